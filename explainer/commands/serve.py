"""`explainer serve`: the reader in web browsers through textual-serve, one process per tab.

textual-serve is an optional extra, imported only when the command runs.
"""

from __future__ import annotations

import argparse
import sys

from .common import EXIT_USAGE, Commands, load


def add_serve(commands: Commands, shared: list[argparse.ArgumentParser]) -> None:
    serve = commands.add_parser(
        "serve",
        parents=shared,
        help="serve the explainer to a web browser",
        description="Serve the explainer to web browsers with textual-serve; each tab gets its own session. "
        "Binds to 127.0.0.1 unless --host says otherwise: textual-serve has no authentication.",
    )
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    serve.add_argument("--port", type=int, default=8000, help="port (default 8000)")
    serve.add_argument(
        "--max-sessions", type=int, default=10, metavar="N", help="readers at once, one process each (default 10)"
    )
    serve.set_defaults(run=run_serve)


def run_serve(args: argparse.Namespace) -> int:
    import ipaddress
    import shlex

    if not 1 <= args.port <= 65535:
        print("explainer serve: --port must be from 1 to 65535", file=sys.stderr)
        return EXIT_USAGE
    if not 1 <= args.max_sessions <= 1000:
        print("explainer serve: --max-sessions must be from 1 to 1000", file=sys.stderr)
        return EXIT_USAGE
    try:
        from ..serving import serve
    except ImportError:
        print("explainer serve: needs textual-serve: pip install 'explainer[serve]'", file=sys.stderr)
        return EXIT_USAGE
    from ..core.paths import resolve_content_path

    explainer = load(argparse.Namespace(file=None, content=args.content), for_reading=True)  # fail early, clearly
    content = resolve_content_path(args.content).resolve()
    try:
        loopback = args.host == "localhost" or ipaddress.ip_address(args.host).is_loopback
    except ValueError:
        loopback = False
    if not loopback:
        print(
            f"explainer serve: warning: listening on {args.host}, beyond this machine. textual-serve has no "
            "authentication: anyone who can reach this port can use it.",
            file=sys.stderr,
        )
    command = shlex.join([sys.executable, "-m", "explainer", "--content", str(content), "--no-save", "--fresh"])
    return serve(
        command, host=args.host, port=args.port, title=explainer.content.meta.title, max_sessions=args.max_sessions
    )
