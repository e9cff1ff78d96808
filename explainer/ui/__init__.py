"""The Textual UI. It renders the content core's model; it never parses content itself."""
