"""The authors' commands: `lint`, `graph`, `schema` and `rules`, over the content layer.

Each adds its subparser with its handler (`set_defaults(run=...)`); what a handler needs is
imported inside it, so the reader and the other commands never load the linter.
"""

from __future__ import annotations

import argparse
import sys

from .common import EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, Commands, load, print_json


def add_lint(commands: Commands, shared: list[argparse.ArgumentParser]) -> None:
    lint = commands.add_parser(
        "lint",
        parents=shared,
        help="check a content file",
        description="Check a content file. Exit 0 when clean, 1 on errors (or warnings with --strict), "
        "2 when the file cannot be loaded.",
    )
    lint.add_argument("file", nargs="?", metavar="FILE", help="content file (default: --content)")
    lint.add_argument("--format", choices=("text", "json"), default="text", help="output format (default: text)")
    lint.add_argument("--ignore", metavar="CODE,...", default="", help="rule codes to skip, comma-separated")
    lint.add_argument("--strict", action="store_true", help="exit 1 on warnings too")
    lint.add_argument(
        "--sources",
        metavar="DIR",
        help="folder of the source article texts to check quotes against (default: $EXPLAINER_SOURCES)",
    )
    lint.add_argument(
        "--update-quotes",
        action="store_true",
        help="with the articles, rewrite content.quotes.lock (beside the content) with the quotes verified",
    )
    lint.set_defaults(run=run_lint)


def add_graph(commands: Commands, shared: list[argparse.ArgumentParser]) -> None:
    graph = commands.add_parser(
        "graph", parents=shared, help="print the section graph", description="Print the section graph."
    )
    graph.add_argument("file", nargs="?", metavar="FILE", help="content file (default: --content)")
    graph.add_argument("--format", choices=("mermaid", "dot"), default="mermaid", help="output format")
    graph.set_defaults(run=run_graph)


def add_schema(commands: Commands, shared: list[argparse.ArgumentParser]) -> None:
    schema = commands.add_parser(
        "schema",
        parents=shared,
        help="print the JSON Schema of content files",
        description="Print the JSON Schema of content files (committed as content.schema.json).",
    )
    schema.set_defaults(run=run_schema)


def add_rules(commands: Commands, shared: list[argparse.ArgumentParser]) -> None:
    rules = commands.add_parser(
        "rules", parents=shared, help="list the linter's rule codes", description="List the linter's rule codes."
    )
    rules.add_argument(
        "--format",
        choices=("text", "md"),
        default="text",
        help="text (default), or md: the rule table of docs/content-format.md",
    )
    rules.set_defaults(run=run_rules)


def run_lint(args: argparse.Namespace) -> int:
    from ..core.lint import lint
    from ..core.rules import RULES

    ignore = {code.strip().upper() for code in args.ignore.split(",") if code.strip()}
    unknown = sorted(code for code in ignore if code not in RULES)
    if unknown:
        print(f"explainer lint: unknown rule code(s) in --ignore: {', '.join(unknown)}", file=sys.stderr)
        return EXIT_USAGE
    from ..core.lint_evidence import QuoteCheck
    from ..core.paths import resolve_content_path
    from ..core.quotes import SOURCES_ENV, lock_path_for, sources_dir

    folder = sources_dir(args.sources)
    if folder is not None and not folder.is_dir():
        where = "--sources" if args.sources else SOURCES_ENV
        print(f"explainer lint: {where}: '{folder}' is not a folder of article texts", file=sys.stderr)
        return EXIT_USAGE
    if args.update_quotes and folder is None:
        print(
            "explainer lint: --update-quotes needs the articles: add --sources DIR (or set EXPLAINER_SOURCES)",
            file=sys.stderr,
        )
        return EXIT_USAGE
    explainer = load(args)
    check = QuoteCheck(
        folder, lock_path_for(resolve_content_path(args.file or args.content)), update=args.update_quotes
    )
    try:
        found = lint(explainer, ignore=ignore, quotes=check)
    except OSError as exc:
        print(f"explainer lint: cannot write {check.lock}: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_USAGE
    if check.written is not None:
        print(f"explainer lint: wrote {check.lock} ({check.written} quote(s) verified)", file=sys.stderr)
    counts = {severity: sum(d.severity == severity for d in found) for severity in ("error", "warning", "info")}
    if args.format == "json":
        payload = {"file": explainer.file, "diagnostics": [d.as_dict() for d in found], "summary": counts}
        print_json(payload)
    else:
        for diagnostic in found:
            print(diagnostic)
        sections = len(explainer.content.sections)
        print(
            f"{explainer.file}: {counts['error']} error(s), {counts['warning']} warning(s), "
            f"{counts['info']} note(s) in {sections} section(s)",
            file=sys.stderr,
        )
    if counts["error"] or (args.strict and counts["warning"]):
        return EXIT_FINDINGS
    return EXIT_OK


def run_graph(args: argparse.Namespace) -> int:
    """Print the graph; a choice that leads nowhere is drawn as MISSING, reported placed, and exits 1."""
    from ..core.graph import to_dot, to_mermaid
    from ..core.lint import lint

    explainer = load(args)
    content = explainer.content
    sys.stdout.write(to_dot(content) if args.format == "dot" else to_mermaid(content))
    broken = [d for d in lint(explainer) if d.code == "E103"]
    for diagnostic in broken:
        print(diagnostic, file=sys.stderr)
    return EXIT_FINDINGS if broken else EXIT_OK


def run_schema(args: argparse.Namespace) -> int:
    from ..core.schema import schema_text

    sys.stdout.write(schema_text())
    return EXIT_OK


def run_rules(args: argparse.Namespace) -> int:
    from ..core.rules import RULES, rules_markdown

    if args.format == "md":
        sys.stdout.write(rules_markdown())
        return EXIT_OK
    for rule in RULES.values():
        print(f"{rule.code}  {rule.severity:<7}  {rule.name:<24}  {rule.summary}")
    return EXIT_OK
