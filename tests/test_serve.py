"""`explainer serve` in a real headless Chromium: loopback only, welcome screen, a key, the next screen."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from .app_helpers import shipped
from .conftest import ROOT, run_cli

CHROMIUM = "/usr/bin/chromium"
ARTIFACTS = Path(os.environ.get("EXPLAINER_ARTIFACTS", ROOT / "artifacts"))


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def listening(port: int) -> set[str]:
    """Local addresses listening on the port, from the kernel's own tables (IPv4 and IPv6)."""
    found = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        try:
            lines = Path(table).read_text().splitlines()[1:]
        except OSError:
            continue
        for line in lines:
            local, state = line.split()[1], line.split()[3]
            address, port_hex = local.rsplit(":", 1)
            if state == "0A" and int(port_hex, 16) == port:  # 0A: LISTEN
                found.add(address)
    return found


LOOPBACK = {"0100007F", "00000000000000000000000001000000"}  # 127.0.0.1 and ::1, as the kernel writes them


def wait_for_text(page: Any, *needles: str, timeout: int) -> None:
    """Wait until the terminal shows every needle; a failure names what it last showed."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    script = "needles => needles.every(n => document.querySelector('.xterm-rows').innerText.includes(n))"
    try:
        page.wait_for_function(script, arg=list(needles), timeout=timeout)
    except PlaywrightTimeout as error:
        shown = page.inner_text(".xterm-rows")
        raise AssertionError(f"never showed all of {needles!r}; last showed:\n{shown}") from error


def test_serve_in_a_browser(tmp_path: Path) -> None:
    from playwright.sync_api import sync_playwright

    port = free_port()
    env = {**os.environ, "XDG_STATE_HOME": str(tmp_path / "state"), "XDG_CACHE_HOME": str(tmp_path / "cache")}
    server = subprocess.Popen(
        [sys.executable, "-m", "explainer", "serve", "--port", str(port)],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        stdin=subprocess.DEVNULL,
        env=env,
    )
    try:
        deadline = time.time() + 30
        while not listening(port) and time.time() < deadline:
            time.sleep(0.1)
        addresses = listening(port)
        assert addresses and addresses <= LOOPBACK, f"listening on {addresses}, not only on loopback"
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(
                executable_path=CHROMIUM,
                args=[
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-webgl",
                    "--disable-3d-apis",
                    "--disable-quic",
                    "--no-first-run",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--disable-sync",
                ],
            )
            try:
                page = browser.new_page(viewport={"width": 1200, "height": 800})
                page.goto(f"http://127.0.0.1:{port}/", wait_until="domcontentloaded")
                page.wait_for_selector(".xterm-rows", timeout=30_000)
                wait_for_text(page, "Welcome", timeout=30_000)
                page.click(".xterm-screen", position={"x": 2, "y": 2})  # focus only: the middle may be a choice
                page.keyboard.press("1")
                # Textual paints a screen change over two or three frames: wait for the words, never read once.
                wait_for_text(page, "What would you like to know?", "Myths and facts", timeout=15_000)
                page.screenshot(path=str(ARTIFACTS / "serve.png"))
                second = browser.new_page(viewport={"width": 1200, "height": 800})
                second.goto(f"http://127.0.0.1:{port}/", wait_until="domcontentloaded")
                second.wait_for_selector(".xterm-rows", timeout=30_000)
                total = len(shipped().content.sections)
                wait_for_text(second, "Welcome", f"Seen 1 of {total}", timeout=30_000)  # a new tab is a new session
                wait_for_text(page, f"Seen 2 of {total}", timeout=5_000)  # the first tab kept its own place
            finally:
                browser.close()
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
    assert (ARTIFACTS / "serve.png").stat().st_size > 1000
    assert not (tmp_path / "state").exists(), "a browser session saves nothing"


def test_serve_warns_beyond_loopback_and_checks_the_port() -> None:
    bad = run_cli("serve", "--port", "70000")
    assert bad.code == 2 and "--port must be from 1 to 65535" in bad.err
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "explainer", "serve", "--host", "0.0.0.0", "--port", str(port)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        stdin=subprocess.DEVNULL,
    )
    try:
        deadline = time.time() + 30
        while not listening(port) and time.time() < deadline:
            time.sleep(0.1)
        assert "00000000" in listening(port)
    finally:
        server.terminate()
        _, err = server.communicate(timeout=10)
    assert "warning: listening on 0.0.0.0" in err and "no authentication" in err
