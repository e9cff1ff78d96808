"""Every key, declared once: the app's and the reader's Textual bindings.

The key bar, the ? screen and the README's key table are all derived from these. A
binding's `description` is its short name (the key bar); its `tooltip` is the sentence
the ? screen and the README show; bindings without a tooltip (2 to 9) are not listed.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Mapping

from textual.binding import Binding

APP_BINDINGS = [
    Binding(
        "exclamation_mark",
        "help_now",
        "Help now",
        key_display="!",
        priority=True,
        id="help-now",
        tooltip="help now, from any screen",
    ),
    Binding("question_mark", "keys", "Keys", key_display="?", id="keys", tooltip="this list of keys"),
    Binding("m", "map", "Map", id="map", tooltip="map of every section by branch; Enter jumps there"),
    Binding("G", "glossary", "Glossary", key_display="G", id="glossary", tooltip="the whole glossary"),
    Binding(
        "ctrl+p",
        "command_palette",
        "Search",
        key_display="^p",
        id="search",
        tooltip="search section titles, their text and glossary terms",
    ),
    Binding("q,ctrl+q", "quit", "Quit", key_display="q", id="quit", tooltip="quit (the presenter asks first)"),
    Binding("n", "toggle_notes", "Notes", id="notes", tooltip="show or hide the counsellor's notes"),
    Binding("b", "blank", "Blank", id="blank", tooltip="blank the screen; any key brings it back"),
    Binding(
        "ctrl+r", "reset", "Reset", key_display="^r", id="reset", tooltip="start again for the next client (asks first)"
    ),
    Binding("e", "export_handout", "Handout", id="handout", tooltip="write a handout of this session"),
    Binding(
        "space",
        "route_next",
        "Next on route",
        key_display="space",
        priority=True,
        id="route-next",
        tooltip="go to the route's next section, from wherever you are",
    ),
    Binding(
        "A",
        "questions",
        "My questions",
        key_display="A",
        show=False,
        id="my-questions",
        tooltip="My questions: see, edit and delete your questions for your clinician",
    ),
    Binding(
        "ctrl+z", "suspend_process", "Suspend", show=False, id="suspend", tooltip="suspend; `fg` in the shell resumes"
    ),
]

READER_BINDINGS = [
    Binding("1", "choose(1)", "Choose", key_display="1-9", id="choose", tooltip="pick a choice (or up/down and Enter)"),
    *(Binding(str(n), f"choose({n})", f"Choice {n}", show=False, id=f"choose-{n}") for n in range(2, 10)),
    Binding(
        "escape,backspace,alt+left", "app.back", "Back", key_display="esc", id="back", tooltip="back along your path"
    ),
    Binding(
        "f,alt+right", "app.forward", "Forward", show=False, id="forward", tooltip="forward again, as in a browser"
    ),
    Binding("h,home", "app.home", "Home", key_display="h", id="home", tooltip="back to the topics"),
    Binding("g", "terms", "Terms", id="terms", tooltip="glossary terms on this screen"),
    Binding("s", "sources", "Sources", id="sources", tooltip="the sources of this screen, in full"),
    Binding(
        "a",
        "add_question",
        "Add question",
        show=False,
        id="add-question",
        tooltip="add this screen's question for your clinician to My questions",
    ),
    Binding(
        "r",
        "app.toggle_remember",
        "Remember place",
        show=False,
        id="remember",
        tooltip="remember your place on this computer (on/off)",
    ),
    Binding(
        "i",
        "toggle_side_panel",
        "Side panel",
        show=False,
        id="side-panel",
        tooltip="terms on this screen, its sources and where you are (beside the text when wide)",
    ),
    Binding("pageup", "scroll_body(-1)", "Scroll up", show=False, id="page-up", tooltip="scroll a long section"),
    Binding("pagedown", "scroll_body(1)", "Scroll down", show=False, id="page-down", tooltip="scroll a long section"),
]

KEYBAR_PRIORITY = [
    "help-now",
    "keys",
    "quit",
    "blank",
    "notes",
    "handout",
    "reset",
    "route-next",
    "choose",
    "back",
    "home",
    "map",
    "terms",
    "sources",
    "glossary",
    "search",
]
"""The key bar keeps keys in this order when it is short of room: help now, keys and quit are never dropped."""

NEVER_DROPPED = frozenset(KEYBAR_PRIORITY[:3])

_KEY_WORDS = {
    "escape": "Esc",
    "backspace": "Backspace",
    "home": "Home",
    "pageup": "Page Up",
    "pagedown": "Page Down",
    "exclamation_mark": "!",
    "question_mark": "?",
}


def key_words(binding: Binding) -> str:
    """The binding's keys as a reader would name them (`Esc, Backspace`); alt+arrows go unlisted."""
    if binding.id == "choose" and binding.key == "1":
        return "1 to 9"
    keys = [key.strip() for key in binding.key.split(",")]
    return ", ".join(_KEY_WORDS.get(key, key) for key in keys if not key.startswith("alt+"))


def key_named(binding_id: str, keymap: Mapping[str, str] | None = None) -> str:
    """The first key that does this, as the reader's keymap has it: for hints written in the text
    ('s shows them in full'), so that a remapped key is the one they name."""
    keys = (keymap or {}).get(binding_id) or default_keys()[binding_id]
    first = keys.split(",")[0].strip()
    return _KEY_WORDS.get(first, first)


def short_key_named(binding_id: str, keymap: Mapping[str, str] | None = None) -> str:
    """As key_named, with Page Down as its key cap says it ('PgDn'), for a hint short of room."""
    key = key_named(binding_id, keymap)
    return _KEY_CAPS.get(key, key)


_KEY_CAPS = {"Page Down": "PgDn", "Page Up": "PgUp"}


def default_keys() -> dict[str, str]:
    """Every binding id and its keys as declared: what a keymap file may change."""
    return {b.id: b.key for b in (*READER_BINDINGS, *APP_BINDINGS) if b.id}


def with_keymap(bindings: Iterable[Binding], keymap: Mapping[str, str]) -> list[Binding]:
    """The bindings with a reader's keymap applied, so the key bar and ? show the keys that work."""
    return [
        dataclasses.replace(b, key=keymap[b.id], key_display=None) if b.id is not None and b.id in keymap else b
        for b in bindings
    ]


def reader_bindings_in(mode_allows: Callable[[str], bool], keymap: Mapping[str, str] | None = None) -> list[Binding]:
    """The reader's keys, then the app's, that this mode allows (presenter keys only when presenting)."""
    every = with_keymap([*READER_BINDINGS, *APP_BINDINGS], keymap or {})
    return [b for b in every if mode_allows(b.action.removeprefix("app.").split("(")[0])]


def listed(bindings: Iterable[Binding]) -> list[tuple[str, str]]:
    """(keys, meaning) rows for the ? screen and the README, one per binding that has words."""
    rows: list[tuple[str, str]] = []
    for binding in bindings:
        if not binding.tooltip:
            continue
        keys = key_words(binding)
        if rows and rows[-1][1] == binding.tooltip:  # page up and page down share a sentence
            rows[-1] = (f"{rows[-1][0]}, {keys}", binding.tooltip)
        else:
            rows.append((keys, binding.tooltip))
    return rows


KEY_GROUPS: dict[str, tuple[str, ...]] = {
    "Help": ("help-now", "keys", "quit", "suspend"),
    "Move": ("choose", "back", "forward", "home", "route-next", "map", "page-up", "page-down"),
    "Read": ("terms", "glossary", "sources", "search", "side-panel", "add-question", "my-questions", "remember"),
    "Present": ("notes", "blank", "handout", "reset"),
}
"""The ? screen's headings and which binding ids each holds (every binding with words is in one).

Help comes first: help now is the one key a reader in trouble must find without scrolling."""


def grouped(bindings: Iterable[Binding]) -> list[tuple[str, list[tuple[str, str]]]]:
    """(heading, rows) for the ? screen, in KEY_GROUPS order; groups this mode has no key in are left out."""
    every = list(bindings)
    groups = []
    for heading, ids in KEY_GROUPS.items():
        rows = listed(sorted((b for b in every if b.id in ids), key=lambda b: ids.index(b.id or "")))
        if rows:
            groups.append((heading, rows))
    return groups


def readme_table(rows: list[tuple[str, str]]) -> str:
    """The README's key table, from the same rows as the ? screen."""
    lines = ["| key | what it does |", "| --- | --- |"]
    lines += [f"| {', '.join(f'`{k.strip()}`' for k in keys.split(', '))} | {meaning} |" for keys, meaning in rows]
    return "\n".join(lines)
