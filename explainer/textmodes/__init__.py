"""Ways to read without the full-screen UI: printed sections and line-by-line reading."""
