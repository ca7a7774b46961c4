"""What the preview and the Review step show: the text export of the part of the release a step
edits, or of all of it. Imported lazily (the renderers are not needed to draw the first screen)."""

from __future__ import annotations

from pressdesk.model import Release


def _part(release: Release, step: str) -> Release:
    # Keep the frame a reader needs (release line, headline, end mark) and the step's own part.
    if step == "release":
        return release.replace(contacts=(), body=(), boilerplate=())
    if step == "contacts":
        return release.replace(body=(), boilerplate=())
    if step == "story":
        return release.replace(contacts=(), boilerplate=())
    if step == "boilerplate":
        return release.replace(contacts=(), body=())
    return release


def preview_text(release: Release, step: str) -> str:
    """The text export of the part of `release` that `step` edits."""
    from pressdesk.render import render_text

    return render_text(_part(release, step))


def preview_at(release: Release, step: str, index: int) -> tuple[str, int]:
    """The preview of `step`, and the line of it where card `index` (a contact, a body block, a
    boilerplate block) starts: where the text of the release cut before that card first differs
    from the whole of it. Line 0 when there is no such card."""
    from pressdesk.tui.steps import LIST_STEPS

    text = preview_text(release, step)
    info = LIST_STEPS.get(step)
    items = getattr(release, info.collection) if info is not None else ()
    if not 0 <= index < len(items):
        return text, 0
    assert info is not None
    cut = preview_text(release.replace(**{info.collection: items[:index]}), step).splitlines()
    whole = text.splitlines()
    line = next((n for n, (a, b) in enumerate(zip(whole, cut, strict=False)) if a != b), len(cut))
    return text, line


def export_text(release: Release) -> str:
    from pressdesk.render import render_text

    return render_text(release)


def export_markdown(release: Release) -> str:
    from pressdesk.render import render_markdown

    return render_markdown(release)
