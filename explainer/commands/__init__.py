"""The commands of `explainer`, one module per command or group, and the parser that lists them.

`explainer/cli.py` runs them (`main`); `parser.py` is the only list of commands. Every module
here imports only the standard library at import time: what a command needs is imported
inside its handler, so the reader, the most common path, never loads another command.
"""
