"""The Review step: the whole release as the text export, then as rendered Markdown."""

from __future__ import annotations

import asyncio

from textual import work
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Static

from pressdesk.model import Release
from pressdesk.tui.widgets.step import Step


class ReviewStep(Step):
    """Read the whole release before it goes out. Rendering runs off the UI loop."""

    STEP_ID = "review"

    class Changed(Step.Changed):
        """Never posted: the Review step edits nothing (kept so every step has one)."""

    def compose(self) -> ComposeResult:
        # Plain containers, composed with the step: a TabbedContent mounts its panes later, and a
        # render that finished first would find nowhere to go.
        yield from self.compose_intro()
        yield Static("Text export", classes="review-heading")
        yield Static("", id="review-text", markup=False)
        yield Static("Markdown, as a website shows it", classes="review-heading")
        yield Vertical(id="review-markdown-holder")

    def load(self, release: Release) -> None:
        self.render_release(release)

    @work(exclusive=True, group="review", exit_on_error=False)
    async def render_release(self, release: Release) -> None:
        from pressdesk.tui.rendering import export_markdown, export_text

        try:
            text, markdown = await asyncio.to_thread(
                lambda: (export_text(release), export_markdown(release))
            )
        except Exception as exc:  # a renderer bug must not take the editor down
            text = markdown = f"(the export failed: {exc})"
        self.query_one("#review-text", Static).update(text)
        from textual.widgets import Markdown

        holder = self.query_one("#review-markdown-holder", Vertical)
        existing = holder.query(Markdown)
        if existing:
            await existing.first().update(markdown)
        else:
            await holder.mount(Markdown(markdown, id="review-markdown"))
