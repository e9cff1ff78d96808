"""The JSON Schema of content files, generated from the model so the two cannot drift."""

from __future__ import annotations

import json
from typing import Any

import msgspec

from .model import Content

SCHEMA_ID = "https://explainer.invalid/content.schema.json"


def json_schema() -> dict[str, Any]:
    """The schema as a dict, with the draft and a title an editor shows."""
    schema = msgspec.json.schema(Content)
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": "explainer content file",
        "description": "A branching explainer: meta, sources, glossary and sections. See docs/content-format.md.",
        **schema,
    }


def schema_text() -> str:
    """The schema as committed in content.schema.json (stable key order, trailing newline)."""
    return json.dumps(json_schema(), indent=2, ensure_ascii=False) + "\n"
