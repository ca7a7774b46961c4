"""A background save overtaken by a later one never puts older text back on disk.

On a busy machine the autosave's background write can reach the file after ctrl+s or quit has
already written newer text; in CI a quit under a CPU hog left the release without its last
paragraph that way."""

from __future__ import annotations

from pathlib import Path

from tui_helpers import workers_done

from pressdesk.store import load
from pressdesk.tui.app import make_app


async def test_a_late_background_save_does_not_undo_a_newer_save(release_file: Path) -> None:
    app = make_app(release_file, cursor_blink=False)
    async with app.run_test(size=(100, 40)) as pilot:
        editor = app.editor
        editor.release = editor.release.replace(headline="Older headline, saved late")
        editor.autosave.changed()
        editor.autosave._fire()  # the timer's save starts, its write waits for the loop
        editor.release = editor.release.replace(headline="Newer headline, saved at once")
        editor.autosave.changed()
        assert editor.save_now()  # ctrl+s before the background write has run
        await workers_done(pilot)
        assert load(release_file).headline == "Newer headline, saved at once"
        await pilot.press("ctrl+q")
    assert load(release_file).headline == "Newer headline, saved at once"
