"""Screens: the reader, and the modal map, glossary and keys screens."""
