"""Turning an operating-system error that reached the top into one line and an exit code."""

from __future__ import annotations

import contextlib
import errno
import sys
from collections.abc import Callable

EXIT_IO = 74
"""EX_IOERR from sysexits.h: the output could not be written (a full disk, /dev/full, an I/O error)."""

EXIT_CANNOT = 2
"""Any other system refusal (a busy port, an address that does not resolve): like a usage error."""

_OUTPUT_ERRORS = {errno.ENOSPC, errno.EIO, errno.EFBIG, errno.EDQUOT}


def describe_os_error(exc: OSError, *, silence: Callable[[], None]) -> int:
    """Print `explainer: REASON` once on stderr; the exit code for it.

    When the output itself failed, stdout is silenced first, or Python would fail again
    flushing it at exit and print its own traceback-like complaint.
    """
    from .escape import visible

    output_failed = exc.errno in _OUTPUT_ERRORS
    if output_failed:
        silence()
    reason = exc.strerror or str(exc) or type(exc).__name__
    where = f" ({visible(str(exc.filename))})" if exc.filename else ""
    prefix = "cannot write the output: " if output_failed and not exc.filename else ""
    with contextlib.suppress(OSError):  # stderr may be the broken device too
        print(f"explainer: {prefix}{reason}{where}", file=sys.stderr)
    return EXIT_IO if output_failed else EXIT_CANNOT
