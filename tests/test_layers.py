"""The layers, enforced: nothing below the UI imports textual or rich, storage never imports the UI.

Layers, lowest first: content (model, loading, lint), rendering (neutral document parts),
storage (state, cache, files, paths, the presenter's socket), then the front-ends: the
plain-text ones (`--plain`, `print`, `explainer notes`), the Textual UI and the CLI.
Every module is found by walking the package, so a new one is checked as soon as it
exists; a new top-level module must be given a layer here first.
"""

from __future__ import annotations

import ast
import json
import re
import subprocess
import sys
from pathlib import Path

from .conftest import ROOT

PACKAGE = ROOT / "explainer"

LAYER_OF = {
    # A module's layer is that of the longest name here that is it or contains it.
    "explainer.__init__": "content",  # the version string
    "explainer.core": "content",
    "explainer.kinds": "content",  # each section kind: model and neutral parts; views by path only
    "explainer.core.markdown": "rendering",
    "explainer.core.document": "rendering",
    "explainer.core.handout": "rendering",
    "explainer.core.cache": "storage",
    "explainer.core.files": "storage",
    "explainer.core.paths": "storage",
    "explainer.core.state": "storage",
    "explainer.presenter.link": "storage",
    "explainer.presenter.message": "storage",  # the link's wire format, decoded strictly
    "explainer.presenter": "text",
    "explainer.textmodes": "text",
    "explainer.ui": "ui",
    "explainer.cli": "cli",  # main's guard: one line and an exit code for every failure
    "explainer.commands": "cli",  # the parser (the only list of commands) and one module per command or group
    "explainer.serving": "cli",  # `explainer serve` only: textual-serve with limits
    "explainer.__main__": "cli",
}

UI = {"textual", "rich", "text", "ui", "cli"}
MAY_NOT_IMPORT = {
    # Layers of this package, or top-level names of other packages.
    "content": UI,
    "rendering": UI,
    "storage": UI,
    "text": {"textual", "ui", "cli"},  # the plain front-ends start without Textual
    "ui": {"cli"},
    "cli": set(),
}

# Run in a clean interpreter that imports nothing of ours; each module is imported in a
# fork of it, so what one module pulls in never hides what another does.
PROBE = """
import json, os, sys
clean = set(sys.modules)
for name in sys.argv[1:]:
    read, write = os.pipe()
    if os.fork() == 0:
        try:
            os.close(read)
            __import__(name)
            os.write(write, json.dumps(sorted(set(sys.modules) - clean)).encode())
        finally:
            os._exit(0)
    os.close(write)
    with os.fdopen(read) as pipe:
        print(json.dumps([name, json.loads(pipe.read() or "null")]))
    os.wait()
"""


def module_names() -> list[str]:
    names = []
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(ROOT).with_suffix("").parts
        names.append(".".join(parts[:-1] if parts[-1] == "__init__" and len(parts) > 1 else parts))
    return names


def layer_of(name: str) -> str | None:
    key = "explainer.__init__" if name == "explainer" else name
    matches = [prefix for prefix in LAYER_OF if key == prefix or key.startswith(prefix + ".")]
    return LAYER_OF[max(matches, key=len)] if matches else None


def broken_rule(importer: str, imported: str) -> bool:
    """Whether importer may not import imported (a module of ours or of another package).

    The packages that contain a module are loaded with it; what they load in turn is checked.
    """
    if importer.startswith(imported + "."):
        return False
    forbidden = MAY_NOT_IMPORT[layer_of(importer) or "content"]
    if imported == "explainer" or imported.startswith("explainer."):
        return layer_of(imported) in forbidden
    return imported.split(".")[0] in forbidden


def test_every_module_has_a_layer() -> None:
    unplaced = [name for name in module_names() if layer_of(name) is None]
    assert unplaced == [], f"give these modules a layer in LAYER_OF: {unplaced}"


def test_the_command_line_is_the_cli_layer() -> None:
    names = ["explainer.cli", *(name for name in module_names() if name.startswith("explainer.commands"))]
    assert {"explainer.commands.parser", "explainer.commands.reader", "explainer.commands.authoring"} <= set(names)
    assert {layer_of(name) for name in names} == {"cli"}


MAX_LINES = 400
OVER_THE_LIMIT: dict[str, int] = {
    # Modules not yet split, each with the length it may not pass; remove the line once it is split.
}


def test_no_module_passes_400_lines() -> None:
    lengths = {
        path.relative_to(ROOT).as_posix(): len(path.read_text(encoding="utf-8").splitlines())
        for path in PACKAGE.rglob("*.py")
    }
    too_long = {name: n for name, n in sorted(lengths.items()) if n > OVER_THE_LIMIT.get(name, MAX_LINES)}
    assert too_long == {}, f"split these modules (at most {MAX_LINES} lines each): {too_long}"
    split_already = [name for name in OVER_THE_LIMIT if lengths.get(name, 0) <= MAX_LINES]
    assert split_already == [], f"remove these from OVER_THE_LIMIT: {split_already}"


def test_the_reader_never_asks_whether_it_is_presenting() -> None:
    """Presenter mode is a subclass (ui/presenter_app.py, ui/screens/presenter.py) filling the reader's hooks."""
    presenter = {"explainer/ui/presenter_app.py", "explainer/ui/screens/presenter.py"}
    asking = re.compile(r"\.present\b|isinstance\([^)]*Presenter(App|Screen)")
    found = [
        f"{path.relative_to(ROOT).as_posix()}:{number}"
        for path in sorted((PACKAGE / "ui").rglob("*.py"))
        if path.relative_to(ROOT).as_posix() not in presenter
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if asking.search(line)
    ]
    assert found == [], f"the reader branches on presenter mode here; override a hook in PresenterApp instead: {found}"


def test_importing_a_module_loads_nothing_from_a_layer_above_it() -> None:
    names = [name for name in module_names() if MAY_NOT_IMPORT[layer_of(name) or "content"]]  # not the CLI
    probe = subprocess.run(
        [sys.executable, "-c", PROBE, *names], cwd=ROOT, capture_output=True, text=True, timeout=300, check=False
    )
    assert probe.returncode == 0, probe.stderr
    loaded = dict(json.loads(line) for line in probe.stdout.splitlines())
    assert sorted(loaded) == sorted(names)
    failed_imports = [name for name, modules in loaded.items() if modules is None]
    assert failed_imports == [], probe.stderr
    crossings = sorted(
        f"{name} loads {module}" for name, modules in loaded.items() for module in modules if broken_rule(name, module)
    )
    assert crossings == [], "\n".join(crossings)
    assert "textual" in loaded["explainer.ui.app"], "the probe sees what a module loads"


def imports_in(path: Path, name: str) -> set[str]:
    """Every module the file names in an import, deferred ones (inside functions) too."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            found.add(base)
            for alias in node.names:  # `from . import x` names a module when x is one
                if (ROOT / f"{base}.{alias.name}".replace(".", "/")).with_suffix(".py").exists():
                    found.add(f"{base}.{alias.name}")
    return found


def test_no_deferred_import_crosses_a_layer_either() -> None:
    crossings = sorted(
        f"{name} imports {imported}"
        for name, path in zip(module_names(), sorted(PACKAGE.rglob("*.py")), strict=True)
        for imported in imports_in(path, name)
        if broken_rule(name, imported)
    )
    assert crossings == [], "\n".join(crossings)


def test_the_rules_catch_a_crossing() -> None:
    assert broken_rule("explainer.core.lint", "textual.app")
    assert broken_rule("explainer.core.state", "explainer.ui.app")
    assert broken_rule("explainer.core.new_module", "rich.console"), "a new core module is covered"
    assert not broken_rule("explainer.textmodes.printing", "rich.console")
    assert not broken_rule("explainer.core.cache", "explainer.core.loader")
