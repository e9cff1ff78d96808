"""Widgets: one per section kind, and the reader's chrome (choices, breadcrumb, status)."""
