"""Generated content of any size, shaped like the real thing, for benchmarks."""

from __future__ import annotations

import random

import yaml

BODY = (
    "Ketamine acts on [[glutamate]], the brain's main messenger [@src].\n\n"
    '{claim} One article says it "helps grow new links" between brain cells [@src].\n\n'
    "{theory} This is a leading theory, mostly from animal studies [@ref; @src]. Talk to a clinician."
)
"""Citations, a quote and evidence markers, as the real content has them, so lint's evidence rules run."""
NOTES = "**Say:** Keep it simple.\n**Often asked:** Is this safe?\n**Next:** Go on."


def generated_content(sections: int, seed: int = 1) -> str:
    """YAML text of a valid content file with `sections` sections, each reachable and linked to help."""
    rng = random.Random(seed)
    ids = [f"s{i}" for i in range(sections)]
    body = []
    for i, section_id in enumerate(ids):
        targets = {ids[(i + 1) % sections], "help"} | {rng.choice(ids) for _ in range(2)}
        targets.discard(section_id)
        section = {
            "id": section_id,
            "kind": "page",
            "title": f"Section {i}",
            "branch": f"Branch {i % 7}",
            "body": BODY,
            "sources": ["src", "ref"],
            "notes": NOTES,
            "choices": [{"label": f"Go to {t}", "target": t} for t in sorted(targets)],
        }
        if i % 5 == 4:  # every fifth a cascade with a level on each step
            section["kind"] = "steps"
            section["steps"] = [
                {"title": "1. A block", "level": "theory", "text": "It blocks a receptor [@src]."},
                {"title": "2. A surge", "level": "shown", "text": "Shown in a small trial [@ref]."},
            ]
        body.append(section)
    body.append(
        {
            "id": "help",
            "kind": "help",
            "title": "Help now",
            "body": "Help.",
            "end": True,
            "choices": [{"label": "Start", "target": ids[0]}, {"label": "Next", "target": ids[-1]}],
        }
    )
    doc = {
        "meta": {
            "title": "Generated",
            "authors": ["bench"],
            "written": "2026-11-01",
            "review_by": "2099-01-01",
            "disclosure": "Generated.",
            "help": [{"name": "988", "contact": "Call or text 988", "region": "US"}],
        },
        "start": ids[0],
        "sources": [
            {"id": "src", "title": "S", "publisher": "P", "kind": "article", "cite": "000"},
            {
                "id": "ref",
                "title": "R",
                "publisher": "J",
                "kind": "reference",
                "cite": "Author A. Title. J. 2020;1:1-2.",
            },
        ],
        "glossary": [{"term": "glutamate", "short": "A messenger."}],
        "sections": body,
    }
    return yaml.safe_dump(doc, sort_keys=False, width=100)
