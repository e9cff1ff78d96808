"""The linter's rules: stable codes, severities and one-line summaries.

Codes never change meaning once published; retired codes are not reused. E is an error
(exit 1), W a warning (exit 1 with --strict), I information. L codes are load errors
(exit 2), raised by the loader rather than found by the linter.
"""

from __future__ import annotations

from dataclasses import dataclass

from .diagnostics import Severity


@dataclass(frozen=True, slots=True)
class Rule:
    code: str
    name: str
    severity: Severity
    summary: str


_RULES = [
    Rule("L001", "unreadable-file", "error", "The file is missing, a directory, or cannot be read."),
    Rule("L002", "file-too-large", "error", "The file is larger than the size limit."),
    Rule("L003", "binary-file", "error", "The file holds binary data (a NUL byte)."),
    Rule("L004", "not-utf8", "error", "The file is not valid UTF-8."),
    Rule("L005", "yaml-syntax", "error", "The file is not valid YAML."),
    Rule("L006", "forbidden-tag", "error", "A YAML tag that could construct objects (e.g. !!python/...)."),
    Rule("L007", "too-deep-or-alias-bomb", "error", "Nesting too deep, recursive aliases, or an alias bomb."),
    Rule("L008", "empty-file", "error", "The file has no content."),
    Rule("L009", "schema", "error", "A value has the wrong type, a key is missing or unknown."),
    Rule("E101", "duplicate-key", "error", "A key appears twice in one mapping; YAML would keep only the last."),
    Rule("E102", "duplicate-section-id", "error", "Two sections share an id."),
    Rule("E103", "unknown-target", "error", "A choice leads to a section that does not exist."),
    Rule("E104", "unknown-start", "error", "`start` names a section that does not exist."),
    Rule("E105", "unknown-source", "error", "A section cites a source id that is not in `sources`."),
    Rule("E106", "too-many-choices", "error", "More than 9 choices: number keys 1-9 cannot pick them all."),
    Rule("E107", "dead-end", "error", "A section with no choices that is not marked `end: true`."),
    Rule("E108", "undefined-term", "error", "A body marks [[term]] that the glossary does not define."),
    Rule("E109", "no-help-now", "error", "No help-now resources in meta.help, or no section of kind help."),
    Rule("E110", "suicide-without-help", "error", "A section mentions suicide but has no choice leading to help."),
    Rule("E111", "duplicate-source-id", "error", "Two sources share an id."),
    Rule("E112", "unknown-hub", "error", "`hub` names a section that does not exist."),
    Rule("E113", "unknown-handout-section", "error", "`handout` names a section that does not exist."),
    Rule("E114", "unknown-citation", "error", "An inline citation [@id] names a source that is not in `sources`."),
    Rule(
        "E115", "quote-not-found", "error", "A quote cited to an article is not that article's words (--sources DIR)."
    ),
    Rule(
        "E116",
        "quote-not-verified",
        "error",
        "Without the articles: a quote that content.quotes.lock does not record as verified.",
    ),
    Rule("E117", "missing-level", "error", "A step or timeline item has no evidence level, or a marker is unknown."),
    Rule(
        "E118",
        "level-without-support",
        "error",
        "A 'claim' cites no article; a 'shown' or 'context' block cites no reference.",
    ),
    Rule("E119", "unknown-route-section", "error", "A route names a section that does not exist."),
    Rule("E120", "duplicate-route-id", "error", "Two routes share an id."),
    Rule("W201", "unreachable", "warning", "No path of choices leads from `start` to this section."),
    Rule("W202", "empty-section", "warning", "A section shows nothing but its title."),
    Rule("W203", "uncited-source", "warning", "A source that no section cites."),
    Rule(
        "W204",
        "unsourced-facts",
        "warning",
        "A factual section cites no source (set factual: false if it states none).",
    ),
    Rule("W205", "unused-term", "warning", "A glossary term that no section uses."),
    Rule("W206", "review-overdue", "warning", "The content's review date has passed."),
    Rule("W207", "self-loop", "warning", "A choice leads back to the section it is on."),
    Rule("W208", "duplicate-choice", "warning", "Two choices of one section share a target or a label."),
    Rule("W209", "duplicate-term", "warning", "A glossary term or alias is defined twice."),
    Rule("W210", "figures-in-nonfactual", "warning", "A section marked factual: false states figures."),
    Rule("W211", "review-before-written", "warning", "meta.review_by is not after meta.written."),
    Rule("W212", "control-characters", "warning", "Text holds control characters; they are shown as escapes."),
    Rule(
        "W213", "no-not-advice-line", "warning", "meta.not_advice is empty: the 'not medical advice' line is required."
    ),
    Rule("W214", "listed-not-cited", "warning", "A section lists a source in `sources` but never cites it inline."),
    Rule(
        "W215",
        "quote-lock-outdated",
        "warning",
        "A verified quote is not in content.quotes.lock; run lint with --update-quotes.",
    ),
    Rule("W216", "route-repeats-section", "warning", "A route lists the same section twice."),
    Rule("W217", "ask-not-a-question", "warning", "A section's `ask:` does not end with a question mark."),
    Rule("I301", "single-choice", "info", "A section with only one way on."),
]

RULES: dict[str, Rule] = {rule.code: rule for rule in _RULES}
