"""`explainer` with no command: the reader's options, the full-screen reader and `--plain`.

This is the path most people take, so it imports only the standard library here and the
content core and Textual inside `run`, after the command line has been checked.
"""

from __future__ import annotations

import argparse
import os
import sys

from .common import EXIT_OK, EXIT_USAGE, load

NEEDS_TERMINAL = (
    "explainer: the full-screen explainer needs a terminal (standard input and output). Without one, use "
    "`explainer --plain` to read line by line, or `explainer print --all` for the whole text."
)


def add_options(parser: argparse.ArgumentParser) -> None:
    """The reader's options, on the main parser (a command's own options come after its name)."""
    parser.add_argument("--start", metavar="SECTION", help="open at this section id instead of the start")
    parser.add_argument("--fresh", action="store_true", help="ignore the saved place (if you turned saving on)")
    parser.add_argument(
        "--theme",
        metavar="NAME",
        help="colour theme: explainer-dark (default), explainer-light or high-contrast",
    )
    parser.add_argument(
        "--ascii",
        action="store_true",
        help="draw only ASCII (+-| borders, v arrows, words for marks) for terminals without Unicode; "
        "also EXPLAINER_ASCII=1",
    )
    parser.add_argument(
        "--present",
        action="store_true",
        help="presenter mode for counsellors: nothing saved, b blanks, n notes, ctrl+r resets; "
        "`explainer notes` follows it from another terminal",
    )
    parser.add_argument(
        "--route",
        metavar="ID",
        help="with --present: follow a prepared route (content's `routes:`); Space goes to its next section",
    )
    parser.add_argument(
        "--watch",
        action="store_true",
        help="for authors: reload the content file when it is saved, keeping your place; errors show in a panel",
    )
    parser.add_argument(
        "--keymap",
        metavar="FILE",
        help="your own keys, by id (default: $EXPLAINER_KEYMAP, else keymap.yaml in your config folder; "
        "`explainer keys` lists the ids)",
    )
    parser.add_argument(
        "--no-save",
        action="store_true",
        help="never read or write a saved place (used for browser sessions)",
    )
    parser.add_argument(
        "--plain",
        action="store_true",
        help="read line by line without the full-screen interface (for screen readers and scripts)",
    )
    parser.set_defaults(command=None, run=run)


def run(args: argparse.Namespace) -> int:
    """Read: line by line with --plain, else the full-screen app."""
    return _plain(args) if args.plain else _read(args)


def _read(args: argparse.Namespace) -> int:
    """Open the reader's app; the collector waits for its first paint (or for any way out)."""
    from ..core.gcpause import pause_until_first_paint, resume_after_first_paint

    pause_until_first_paint()  # the first screen resumes it once painted
    try:
        return _open_reader(args)
    finally:
        resume_after_first_paint()


def _open_reader(args: argparse.Namespace) -> int:
    """Open the reader's app on the content."""
    import difflib

    from ..ui.themes import unknown_theme_message

    if args.theme and (problem := unknown_theme_message(args.theme)):
        print(f"explainer: {problem}", file=sys.stderr)
        return EXIT_USAGE
    keymap = _keymap(args)  # checked first: a bad file is reported wherever this runs
    if keymap is None:
        return EXIT_USAGE
    web = os.environ.get("TEXTUAL_DRIVER", "").endswith("WebDriver")  # textual-serve runs us this way
    if not web and not (sys.stdin.isatty() and sys.stdout.isatty()):
        print(NEEDS_TERMINAL, file=sys.stderr)
        return EXIT_USAGE

    from ..core.paths import resolve_content_path

    watch = None
    if args.watch:
        import importlib.util

        if importlib.util.find_spec("watchfiles") is None:
            print("explainer: --watch needs watchfiles: pip install 'explainer[watch]'", file=sys.stderr)
            return EXIT_USAGE
        from ..core.loader import load as parse

        watch = resolve_content_path(args.content)
        explainer = parse(watch)  # parsed each time, never from the cache: the author is editing it
    elif args.present:
        from ..core.cache import load_for_reading

        explainer = load_for_reading(resolve_content_path(args.content), write=False)  # a presenter writes nothing
    else:
        explainer = load(args, for_reading=True)
    if args.start and args.start not in explainer.sections:
        close = difflib.get_close_matches(args.start, list(explainer.sections), n=1)
        hint = f"; did you mean '{close[0]}'?" if close else "; `explainer graph` lists the ids"
        print(f"explainer: no section '{args.start}' in {explainer.file}{hint}", file=sys.stderr)
        return EXIT_USAGE
    if explainer.content.start not in explainer.sections:
        print(
            f"explainer: {explainer.file}: start section '{explainer.content.start}' does not exist; run `explainer lint`",
            file=sys.stderr,
        )
        return EXIT_USAGE
    route = None
    if args.route:
        routes = {r.id: r for r in explainer.content.routes}
        if not args.present:
            print("explainer: --route is for presenter mode: use it with --present", file=sys.stderr)
            return EXIT_USAGE
        if args.route not in routes:
            close = difflib.get_close_matches(args.route, list(routes), n=1)
            hint = f"; did you mean '{close[0]}'?" if close else ""
            known = f" (routes: {', '.join(routes)})" if routes else " (it defines no routes)"
            print(f"explainer: no route '{args.route}' in {explainer.file}{hint}{known}", file=sys.stderr)
            return EXIT_USAGE
        route = routes[args.route]
        if not any(s in explainer.sections for s in route.sections):
            print(f"explainer: route '{route.id}' names no existing section; run `explainer lint`", file=sys.stderr)
            return EXIT_USAGE
    from ..core.state import StateStore
    from ..ui.app import ExplainerApp

    ascii = args.ascii or os.environ.get("EXPLAINER_ASCII", "").strip().lower() not in ("", "0", "no", "false")

    app: ExplainerApp
    if args.present:
        from ..presenter.link import PresenterLink
        from ..ui.presenter_app import PresenterApp

        app = PresenterApp(
            explainer,
            start=args.start,
            theme=args.theme,
            link=PresenterLink(),
            route=route,
            watch=watch,
            keymap=keymap,
            ascii=ascii,
        )
    else:
        state = None if args.no_save else StateStore()
        app = ExplainerApp(
            explainer,
            start=args.start,
            state=state,
            fresh=args.fresh,
            theme=args.theme,
            watch=watch,
            keymap=keymap,
            ascii=ascii,
        )
    from ..core.gcpause import freeze_long_lived

    freeze_long_lived()
    _size_of_a_dumb_terminal(app)
    app.run()
    return app.return_code or EXIT_OK


def _size_of_a_dumb_terminal(app: object) -> None:
    """TERM=dumb (or unknown): Rich then reports 80x25 whatever the terminal's real size.

    Textual starts the screen at that size and then at the real one, and the two layouts
    answer each other with resize events for ever (a repaint loop at full CPU, measured:
    about 100 KB of output a second). Telling the console the real size first gives one size.
    """
    import shutil

    from rich.console import Console

    console = getattr(app, "console", None)
    if isinstance(console, Console) and console.is_dumb_terminal:
        console.size = shutil.get_terminal_size((80, 24))


def _keymap(args: argparse.Namespace) -> dict[str, str] | None:
    """The reader's keymap ({} without one); None after saying, in one line, what is wrong with it."""
    from ..core.keymap import KeymapError, readers_keymap
    from ..ui.bindings import default_keys

    try:
        return readers_keymap(args.keymap, default_keys())[1]
    except KeymapError as exc:
        print(f"explainer: {exc}", file=sys.stderr)
        return None


def _plain(args: argparse.Namespace) -> int:
    import shutil

    explainer = load(args, for_reading=True)
    if args.start and args.start not in explainer.sections:
        print(f"explainer: no section '{args.start}' in {explainer.file}", file=sys.stderr)
        return EXIT_USAGE
    from ..textmodes.plain import run_plain

    width = min(shutil.get_terminal_size((80, 24)).columns, 100)
    return run_plain(explainer, start=args.start, width=max(width, 20))
