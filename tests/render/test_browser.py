"""The HTML email in a real browser: headless Chromium at 600 and 375 px.

Overflow is measured inside a same-origin `srcdoc` iframe of exact width, because `--dump-dom`
does not honour a `--window-size` under 500 px; the email itself gets no script (the iframe's
sandbox has no `allow-scripts`). Screenshots are taken of the email file at each width.
"""

from __future__ import annotations

import html as html_lib
import json
import os
import re
import shutil
import struct
import subprocess
import zlib
from pathlib import Path

import pytest
from render_samples import statement

from pressdesk.model import Paragraph
from pressdesk.render import render_html

pytestmark = pytest.mark.browser

WIDTHS = (600, 375)
INSTALL = "headless Chromium is needed: install it with `apt-get install -y chromium` (Debian)"


def chromium() -> str:
    """Chromium's path. A newcomer's machine may not have it: there the browser tests are skipped
    with one line saying how to install it; CI (CI=true) installs it, so there it must be found."""
    path = shutil.which("chromium") or shutil.which("chromium-browser")
    if path is None:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(INSTALL, pytrace=False)
        pytest.skip(INSTALL)
    return path


def run_chromium(tmp: Path, *args: str) -> subprocess.CompletedProcess[str]:
    command = [
        chromium(),
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--hide-scrollbars",
        f"--user-data-dir={tmp / 'profile'}",
        *args,
    ]
    return subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)


HARNESS = """<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="margin:0">
<iframe id="f" sandbox="allow-same-origin" style="border:0;width:{width}px;height:900px"
 srcdoc="{srcdoc}"></iframe>
<pre id="probe">pending</pre>
<script>
document.getElementById("f").addEventListener("load", function () {{
  var w = this.contentWindow, d = this.contentDocument;
  var wide = [];
  d.querySelectorAll("*").forEach(function (el) {{
    var r = el.getBoundingClientRect();
    if (r.right > w.innerWidth + 0.5) wide.push(el.tagName + " " + Math.round(r.right));
  }});
  document.getElementById("probe").textContent = JSON.stringify({{
    viewport: w.innerWidth, scrollWidth: d.documentElement.scrollWidth, wide: wide.slice(0, 5)
  }});
}});
</script></body></html>"""


def measure(tmp: Path, html: str, width: int) -> dict[str, object]:
    page = tmp / f"harness-{width}.html"
    page.write_text(
        HARNESS.format(width=width, srcdoc=html_lib.escape(html, quote=True)), encoding="utf-8"
    )
    result = run_chromium(
        tmp, "--window-size=1024,1000", "--virtual-time-budget=5000", "--dump-dom", page.as_uri()
    )
    found = re.search(r'<pre id="probe">(.*?)</pre>', result.stdout, re.S)
    assert found, f"chromium printed no measurement: {result.stderr[-500:]}"
    probe: dict[str, object] = json.loads(html_lib.unescape(found.group(1)))
    return probe


def png_pixels(path: Path) -> tuple[int, int, bytes]:
    """Width, height and the raw (filtered) scanlines of a PNG, with the stdlib only."""
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    pos, idat, width, height = 8, b"", 0, 0
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        kind = data[pos + 4 : pos + 8]
        chunk = data[pos + 8 : pos + 8 + length]
        if kind == b"IHDR":
            width, height = struct.unpack(">II", chunk[:8])
        elif kind == b"IDAT":
            idat += chunk
        pos += 12 + length
    return width, height, zlib.decompress(idat)


EXAMPLES = sorted((Path(__file__).resolve().parents[2] / "examples").glob("*.html"))
CASES = ["long-link", *(p.name for p in EXAMPLES)]


@pytest.fixture(scope="module", params=CASES)
def email_html(request: pytest.FixtureRequest) -> str:
    """A built release with a long unbreakable link, and each example's committed HTML export."""
    if request.param != "long-link":
        return next(p for p in EXAMPLES if p.name == request.param).read_text(encoding="utf-8")
    long_link = "https://example.org/reports/" + "port-evictions-" * 8 + "final.pdf"
    release = statement()
    body = (
        *release.body,
        Paragraph(f"Read the full report at [{long_link}]({long_link}) or {long_link}."),
    )
    return render_html(release.replace(body=body))


@pytest.mark.parametrize("width", WIDTHS)
def test_no_horizontal_overflow(tmp_path: Path, email_html: str, width: int) -> None:
    probe = measure(tmp_path, email_html, width)
    assert probe["viewport"] == width
    assert isinstance(probe["scrollWidth"], int)
    assert probe["scrollWidth"] <= width, f"overflow at {width} px: {probe}"
    assert probe["wide"] == []


def test_the_harness_detects_overflow(tmp_path: Path) -> None:
    # A 700 px table must be caught at 375 px, or the test above proves nothing.
    wide = '<!DOCTYPE html><html><body><table width="700"><tr><td>x</td></tr></table></body></html>'
    probe = measure(tmp_path, wide, 375)
    assert isinstance(probe["scrollWidth"], int) and probe["scrollWidth"] > 375


@pytest.mark.parametrize("width", WIDTHS)
def test_screenshot_is_not_blank(tmp_path: Path, email_html: str, width: int) -> None:
    page = tmp_path / "email.html"
    page.write_text(email_html, encoding="utf-8")
    shot = tmp_path / f"shot-{width}.png"
    result = run_chromium(
        tmp_path, f"--window-size={width},900", f"--screenshot={shot}", page.as_uri()
    )
    assert shot.exists(), f"no screenshot: {result.stderr[-500:]}"
    w, h, pixels = png_pixels(shot)
    assert (w, h) == (width, 900)
    # A blank page compresses to a handful of byte values; text and colours give many.
    assert len(set(pixels)) > 50
    assert len(zlib.compress(pixels)) > 5_000
