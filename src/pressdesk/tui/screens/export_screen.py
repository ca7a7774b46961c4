"""The export screen: choose formats, see where the files go, and write them as `pressdesk export` does.

Files are rendered by `render.render` and written by `fileio.atomic_write`, the CLI's own code, so
they equal the CLI's byte for byte. Nothing is replaced without asking; with the final check on, a
release that still has errors or unapproved quotes asks first and says why.
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from pathlib import Path

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Checkbox, Input, Label, SelectionList, Static
from textual.widgets.selection_list import Selection

from pressdesk.errors import PressdeskError
from pressdesk.findings import Severity
from pressdesk.model import Release
from pressdesk.render.formats import EXPORTS
from pressdesk.tui.checking import CheckSetup, check_release, final_context
from pressdesk.tui.screens.desk_confirm import DeskConfirm
from pressdesk.tui.steps import STEP_LABELS, step_of

# Every format the registry has, under its own label: a new export shows here by itself.
FORMAT_LABELS: dict[str, str] = {name: f.label for name, f in EXPORTS.items()}


def export_targets(release: Release, folder: Path, formats: Sequence[str]) -> dict[str, Path]:
    """Where each format goes: `folder` / date + slugified headline + extension, as the CLI names it."""
    from pressdesk.render import output_name

    return {fmt: folder / output_name(release, fmt) for fmt in formats}


def write_exports(release: Release, targets: dict[str, Path]) -> list[Path]:
    """Render and write each file atomically, exactly as `pressdesk export --force` does.

    Everything is rendered before anything is written, so a format that cannot be rendered (a
    headline a mail header refuses) leaves no half-done set of files behind.
    """
    from pressdesk.fileio import atomic_write
    from pressdesk.render import render

    rendered = {fmt: render(release, fmt) for fmt in targets}
    for path in targets.values():
        if path.is_dir():
            raise PressdeskError(f"{path}: is a folder")
    written = []
    for fmt, path in targets.items():
        atomic_write(path, rendered[fmt], overwrite=True)
        written.append(path)
    return written


def final_gate(release: Release, setup: CheckSetup) -> list[str]:
    """Why the release is not ready to go out (as `check --final` sees it); empty when it is."""
    findings = check_release(release, final_context(setup, release))
    reasons = [
        f"{f.message} [{f.rule}, {STEP_LABELS[step_of(f.field)]}]"
        for f in findings
        if f.severity is Severity.ERROR
    ]
    unapproved = [q for q in release.quotes if not q.approved]
    reported = any(f.rule == "quote-approved" and f.severity is Severity.ERROR for f in findings)
    if unapproved and not reported:
        names = ", ".join(q.speaker.name if q.speaker else "(no speaker)" for q in unapproved)
        reasons.append(f"{len(unapproved)} quote(s) not approved by the speaker: {names}")
    return reasons


class ExportScreen(ModalScreen[list[Path] | None]):
    """Export the release in the formats chosen; dismisses with the files written (or None)."""

    DEFAULT_CSS = """
    ExportScreen { align: center middle; }
    ExportScreen > #export-dialog {
        width: 96; max-width: 100%; height: auto; max-height: 100%;
        border: thick $primary; background: $surface; padding: 0 1;
    }
    ExportScreen #export-title { text-style: bold; margin-bottom: 1; }
    ExportScreen .export-label { color: $text-muted; margin-top: 1; }
    ExportScreen #export-formats { height: auto; border: none; padding: 0; }
    ExportScreen #export-targets { height: auto; }
    ExportScreen #export-status { height: auto; margin-top: 1; }
    ExportScreen #export-buttons { height: auto; margin-top: 1; }
    ExportScreen #export-buttons Button { margin-right: 1; }
    """

    BINDINGS = [
        Binding("escape", "close", "Close", id="export.close", tooltip="Close the export screen"),
        Binding(
            "f9",
            "export",
            "Export",
            id="export.write",
            tooltip="Write the chosen formats (F9 again)",
        ),
        Binding(
            "ctrl+o",
            "open_html",
            "Open HTML",
            id="export.open-html",
            tooltip="Open the exported HTML email in the browser",
        ),
        Binding(
            "ctrl+y",
            "copy_text",
            "Copy text",
            id="export.copy-text",
            tooltip="Copy the plain-text release to the clipboard",
        ),
    ]

    def __init__(
        self,
        release: Release,
        release_path: Path | None = None,
        *,
        formats: Sequence[str] | None = None,
        folder: Path | None = None,
        setup: CheckSetup | None = None,
        final: bool = True,
    ) -> None:
        super().__init__()
        from pressdesk.render import FORMATS

        self.release = release
        self.folder = folder or (release_path.parent if release_path else Path.cwd())
        self.chosen = tuple(formats) if formats else tuple(FORMATS)
        self.all_formats = tuple(FORMATS)
        self.setup = setup or CheckSetup(folder=self.folder)
        self.final = final
        self.written: list[Path] = []

    def compose(self) -> ComposeResult:
        with Vertical(id="export-dialog"):
            yield Label("Export the release", id="export-title")
            yield Label("Formats", classes="export-label")
            yield SelectionList[str](
                *[
                    Selection(FORMAT_LABELS.get(fmt, fmt), fmt, fmt in self.chosen)
                    for fmt in self.all_formats
                ],
                id="export-formats",
            )
            yield Label("Folder", classes="export-label")
            yield Input(str(self.folder), id="export-folder", select_on_focus=False, compact=True)
            yield Label("Files", classes="export-label")
            yield Static(id="export-targets", markup=False)
            yield Checkbox(
                "Final check: stop me if it has errors or unapproved quotes",
                self.final,
                id="export-final",
            )
            yield Static(id="export-status", markup=False)
            with Horizontal(id="export-buttons"):
                yield Button("Export", id="export-go", variant="primary")
                yield Button("Open HTML", id="export-open-html", disabled=True)
                yield Button("Copy text", id="export-copy-text")
                yield Button("Close", id="export-close")

    def on_mount(self) -> None:
        self._show_targets()
        self.query_one("#export-go", Button).focus()

    # --- what goes where --------------------------------------------------------------------

    @property
    def selected_formats(self) -> list[str]:
        chosen = set(self.query_one("#export-formats", SelectionList).selected)
        return [fmt for fmt in self.all_formats if fmt in chosen]

    def targets(self) -> dict[str, Path]:
        """Where the chosen formats will be written."""
        return export_targets(self.release, self.folder, self.selected_formats)

    def _show_targets(self) -> None:
        lines = []
        existing = 0
        for fmt, path in self.targets().items():
            note = "  (exists)" if path.exists() else ""
            existing += bool(note)
            lines.append(f"{FORMAT_LABELS.get(fmt, fmt):<20}{path.name}{note}")
        if existing:
            lines.append("A file marked (exists) is replaced only after you say so.")
        self.query_one("#export-targets", Static).update(
            "\n".join(lines) or "Choose at least one format."
        )
        html = export_targets(self.release, self.folder, ["html"])["html"]
        self.query_one("#export-open-html", Button).disabled = not html.exists()

    @on(SelectionList.SelectedChanged, "#export-formats")
    def _formats_changed(self) -> None:
        self._show_targets()

    @on(Input.Changed, "#export-folder")
    def _folder_changed(self, event: Input.Changed) -> None:
        self.folder = Path(event.value).expanduser()
        self._show_targets()

    @on(Checkbox.Changed, "#export-final")
    def _final_changed(self, event: Checkbox.Changed) -> None:
        self.final = event.value

    # --- actions ----------------------------------------------------------------------------

    @on(Button.Pressed, "#export-go")
    def action_export(self) -> None:
        """Write the chosen formats (asking first where that is wise)."""
        self._export()

    @work(exclusive=True, group="export")
    async def _export(self) -> None:
        status = self.query_one("#export-status", Static)
        targets = self.targets()
        if not targets:
            status.update("Choose at least one format to export.")
            return
        if not self.folder.is_dir():
            status.update(f"{self.folder}: no such folder.")
            return
        if self.final:
            reasons = await asyncio.to_thread(final_gate, self.release, self.setup)
            if reasons and not await self.app.push_screen_wait(
                DeskConfirm("This release is not ready to go out", reasons, "Export anyway")
            ):
                status.update("Not exported: fix the findings, or export anyway.")
                return
        existing = [path for path in targets.values() if path.exists()]
        if existing and not await self.app.push_screen_wait(
            DeskConfirm("Replace these files?", [str(path) for path in existing], "Replace them")
        ):
            status.update("Not exported: nothing was replaced.")
            return
        try:
            written = await asyncio.to_thread(write_exports, self.release, targets)
        except PressdeskError as exc:
            status.update(f"Export failed: {exc}")
            return
        self.written = written
        status.update("Wrote:\n" + "\n".join(f"  {path}" for path in written))
        self._show_targets()

    @on(Button.Pressed, "#export-open-html")
    def action_open_html(self) -> None:
        """Open the HTML email in the browser (once it has been written)."""
        html = export_targets(self.release, self.folder, ["html"])["html"]
        if html.exists():
            self.app.open_url(html.resolve().as_uri())
            self.query_one("#export-status", Static).update(f"Opened {html.name} in the browser.")
        else:
            self.query_one("#export-status", Static).update("Export the HTML email first.")

    @on(Button.Pressed, "#export-copy-text")
    def action_copy_text(self) -> None:
        """Copy the plain-text release (as the text export has it) to the clipboard."""
        from pressdesk.render import render

        self.app.copy_to_clipboard(render(self.release, "text").decode("utf-8"))
        self.query_one("#export-status", Static).update("Copied the plain-text release.")

    @on(Button.Pressed, "#export-close")
    def action_close(self) -> None:
        self.dismiss(self.written or None)
