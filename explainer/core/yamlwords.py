"""YAML syntax errors in plain words, with a hint at the usual cause.

PyYAML says "while scanning a quoted scalar ... found unexpected end of stream"; an
author needs "the quote opened at 12:10 is never closed". The wording depends only on
PyYAML's problem and context strings and the character at the problem's place.
"""

from __future__ import annotations

import yaml

from .yamlstrict import yaml_lines

_CHARACTER_NAMES = {"\t": "a tab", "@": "'@'", "`": "'`'", "%": "'%'"}


def describe(exc: yaml.MarkedYAMLError, text: str) -> tuple[int, int, str]:
    """1-based (line, column) and a plain message for a YAML syntax error."""
    problem = exc.problem or ""
    context = exc.context or ""
    mark = exc.problem_mark or exc.context_mark
    line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
    opened = exc.context_mark
    where_opened = f"{opened.line + 1}:{opened.column + 1}" if opened else "?"
    if "quoted scalar" in context and "end of stream" in problem:
        quote = _char_at(text, opened) if opened else '"'
        return (
            opened.line + 1 if opened else line,
            opened.column + 1 if opened else col,
            f"the quote {quote} opened here is never closed; add the closing {quote}"
            " (or use a block scalar '|' for long text)",
        )
    if "unknown escape character" in problem:
        return (
            line,
            col,
            (
                f"a backslash escape that double quotes do not know (in the text quoted at {where_opened}); "
                "use single quotes or a block scalar '|' for text with backslashes"
            ),
        )
    if "tab character" in problem:
        return line, col, "a tab: YAML indents with spaces only; replace the tab with spaces"
    if "cannot start any token" in problem:
        found = _char_at(text, mark) if mark else "?"
        if found == "\t":
            return line, col, "a tab: YAML indents with spaces only; replace the tab with spaces"
        name = _CHARACTER_NAMES.get(found, repr(found))
        return line, col, f"a value cannot begin with {name}; put the value in quotes"
    if "mapping values are not allowed" in problem:
        return (
            line,
            col,
            (
                "a ': ' where no key can start: a value that contains ': ' needs quotes (or a block scalar '|'),"
                " and a key must start its own line, lined up with the keys beside it"
            ),
        )
    if "did not find expected key" in problem:
        return (
            line,
            col,
            (
                f"this line does not fit the mapping begun at {where_opened}: check that it is indented like the"
                " keys beside it, and that text after a quoted value is inside the quotes"
            ),
        )
    if "expected '-' indicator" in problem:
        return (
            line,
            col,
            (
                f"this line does not fit the list begun at {where_opened}: list items start with '- ',"
                " lined up with the items before"
            ),
        )
    if "expected ',' or ']'" in problem or "expected ',' or '}'" in problem:
        closing = "]" if "]" in problem else "}"
        return (
            line,
            col,
            (
                f"the {'list' if closing == ']' else 'mapping'} opened at {where_opened} is never closed"
                f" with '{closing}', or two of its items lack a ',' between them"
            ),
        )
    if "undefined alias" in problem:
        return line, col, "'*' starts an alias, but no anchor '&' of that name comes before it; quote the value"
    if "could not find expected ':'" in problem:
        return line, col, (f"the key begun at {where_opened} has no ':' after it; a key needs 'key: value' on one line")
    if "block scalar" in context or "block scalar" in problem:
        return line, col, "a block scalar ('|' or '>') whose lines are not indented more than its key"
    if context and "expected a single document" in context:
        return line, col, "more than one YAML document ('---'); put everything in one"
    return line, col, problem or "invalid YAML"


def _char_at(text: str, mark: yaml.Mark) -> str:
    lines = yaml_lines(text)
    if 0 <= mark.line < len(lines) and 0 <= mark.column < len(lines[mark.line]):
        return lines[mark.line][mark.column]
    return '"'
