"""A Google Docs clip pasted into the real editor on a pseudo-terminal (a bracketed paste, as a
terminal sends it): three clean quote paragraphs and the speaker in the file; ctrl+u clears a
one-line field as the terminal sends it (0x15)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pty_editor import PtyEditor

from pressdesk.model import Paragraph, Quote, Release, Speaker
from pressdesk.store import load, save

pytestmark = pytest.mark.slow

CLIP = (
    "Marisol Vega, Executive Director, Renters United\r\n"
    "“We organized for two years. The county called it a “pilot,” but we know better.\r\n"
    "“A pause can end as quietly as it began.\r\n"
    "“Our message is simple: “rent is not an algorithm.””\r\n"
)


def test_a_docs_clip_pasted_in_a_terminal_makes_a_clean_quote(tmp_path: Path) -> None:
    path = tmp_path / "release.toml"
    save(
        path,
        Release(
            date=date(2026, 11, 24),
            headline="Renters Win a Pause",
            body=(Paragraph("The coalition welcomed the pause."), Quote(("Quote here.",), None)),
        ),
    )
    editor = PtyEditor(path, columns=120, lines=40)
    try:
        editor.wait_for("Step 1 of 5")
        x, y = editor.find("Renters Win a Pause", (0, 80))
        editor.click(x + 1, y)
        editor.press("ctrl+u")  # the headline cleared …
        editor.type("Renters Win")  # … and typed again
        editor.press("f4")
        editor.wait_for("Step 3 of 5")
        x, y = editor.find("Quote here.", (0, 80))
        editor.click(x + 1, y)
        editor.press("ctrl+a")
        editor.paste(CLIP)
        editor.wait_for("Quote: Marisol Vega")
        editor.press("ctrl+s")
        clean = Quote(
            (
                "We organized for two years. The county called it a 'pilot,' but we know better.",
                "A pause can end as quietly as it began.",
                "Our message is simple: 'rent is not an algorithm.'",
            ),
            Speaker("Marisol Vega", "Executive Director", "Renters United"),
        )
        editor.wait_until(lambda: load(path).body[1] == clean, "the clean quote saved")
        assert load(path).headline == "Renters Win"
        editor.quit()
    finally:
        editor.kill()
