"""Textual's public API only, in the package and in the tests (issue 14).

Private modules (`textual._doc`, `textual._compositor` ...) and the private attributes
the code review found (`screen._compositor`, `app._exit`, `app._notifications`,
`app._exception`) change without notice between Textual releases.
"""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

PRIVATE = re.compile(
    r"^\s*(?:from|import)\s+textual\._"  # a private module
    r"|(?<!\bos)\._(?:compositor|exit|notifications|exception|driver|loop)\b",  # private App and Screen attributes
    re.MULTILINE,
)


def test_no_private_textual_api_in_the_package_or_the_tests() -> None:
    files = [*(ROOT / "explainer").rglob("*.py"), *(ROOT / "tests").rglob("*.py"), *(ROOT / "benchmarks").rglob("*.py")]
    found = [
        f"{path.relative_to(ROOT)}:{text.count(chr(10), 0, match.start()) + 1}: {match[0].strip()}"
        for path in files
        if path.name != "test_public_api.py"
        for text in [path.read_text(encoding="utf-8")]
        for match in PRIVATE.finditer(text)
    ]
    assert found == []
