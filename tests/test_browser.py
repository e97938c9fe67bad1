"""brief.html in a real browser: headless Chromium at 600 px (email) and 1280 px (desktop).

Needs Debian's chromium (`apt-get install chromium`); skipped cleanly without it. The
screenshots are saved under the test's tmp dir (pytest prints where with -s).
"""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
from pathlib import Path

import pytest

from briefing.brief import Day
from briefing.render.email import inline_css
from briefing.render.html import render_html
from tests.conftest import GOLDEN

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(
    CHROMIUM is None, reason="Chromium is not installed (apt-get install chromium)"
)
# Flags for a closed network: without the background-networking ones Chromium keeps
# trying to reach Google's hosts.
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
]
PROBE = (
    "<script>document.title = document.documentElement.scrollWidth + 'x' + "
    "document.documentElement.clientWidth;</script></body>"
)


def _chromium(tmp_path: Path, *args: str) -> str:
    assert CHROMIUM is not None
    command = [CHROMIUM, *FLAGS, f"--user-data-dir={tmp_path / 'profile'}", *args]
    done = subprocess.run(command, capture_output=True, text=True, timeout=120, check=True)
    return done.stdout


def _png_size(path: Path) -> tuple[int, int]:
    width, height = struct.unpack(">II", path.read_bytes()[16:24])
    return width, height


def _pages(tmp_path: Path) -> dict[str, Path]:
    brief = Day.model_validate_json((GOLDEN / "brief.json").read_text(encoding="utf-8"))
    html = render_html(brief)
    pages = {"brief.html": html, "email-part.html": inline_css(html)}
    paths = {}
    for name, text in pages.items():
        paths[name] = tmp_path / name
        paths[name].write_text(text, encoding="utf-8")
    return paths


@pytest.mark.parametrize("page", ["brief.html", "email-part.html"])
def test_no_horizontal_overflow_at_600px(tmp_path: Path, page: str) -> None:
    path = _pages(tmp_path)[page]
    probe = tmp_path / f"probe-{page}"
    probe.write_text(path.read_text(encoding="utf-8").replace("</body>", PROBE), encoding="utf-8")
    dom = _chromium(tmp_path, "--window-size=600,900", "--dump-dom", probe.as_uri())
    found = re.search(r"<title>(\d+)x(\d+)</title>", dom)
    assert found, dom[:500]
    scroll_width, client_width = map(int, found.groups())
    assert scroll_width <= client_width, f"{page} overflows: {scroll_width}px in {client_width}px"


@pytest.mark.parametrize("width", [600, 1280])
def test_screenshots(tmp_path: Path, width: int) -> None:
    path = _pages(tmp_path)["brief.html"]
    shot = tmp_path / f"brief-{width}.png"
    _chromium(tmp_path, f"--window-size={width},2400", f"--screenshot={shot}", path.as_uri())
    assert _png_size(shot) == (width, 2400)
    print(f"screenshot {shot} {_png_size(shot)} {shot.stat().st_size} bytes")
