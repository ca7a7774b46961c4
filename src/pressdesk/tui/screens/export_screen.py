"""The export screen: choose formats and paper, see where the files go, write them as
`pressdesk export` does, then open the folder or the HTML email.

Files are rendered by `render.render` with the CLI's paper and logo (`tui/export_files.py`) and
written by `fileio.atomic_write`, so they equal the CLI's byte for byte. Nothing is replaced
without asking; with the final check on, a release that still has errors or unapproved quotes
asks first and says why. The body scrolls and the buttons stay in view, so everything is
reachable at 80x24 by Tab alone.
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import (
    Button,
    Checkbox,
    Input,
    Label,
    RadioButton,
    RadioSet,
    SelectionList,
    Static,
)
from textual.widgets.selection_list import Selection

from pressdesk.errors import PressdeskError
from pressdesk.findings import Severity
from pressdesk.model import Release
from pressdesk.render.formats import EXPORTS, PAPERS, ExportOptions
from pressdesk.tui.checking import CheckSetup, check_release, final_context
from pressdesk.tui.export_files import PaperChoice, export_targets, paper_choice, write_exports
from pressdesk.tui.opening import open_on_desktop
from pressdesk.tui.screens.desk_confirm import DeskConfirm
from pressdesk.tui.steps import STEP_LABELS, step_of

if TYPE_CHECKING:
    from pressdesk.library import Library

# Every format the registry has, under its own label: a new export shows here by itself.
FORMAT_LABELS: dict[str, str] = {name: f.label for name, f in EXPORTS.items()}
PAPER_LABELS = {"letter": "Letter (US)", "a4": "A4"}


def shown_path(path: Path) -> str:
    """A full path as a staffer reads it: absolute, with the home folder written `~`."""
    full = path.expanduser().absolute()
    try:
        return f"~/{full.relative_to(Path.home())}"
    except ValueError:
        return str(full)


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
        width: 96; max-width: 100%; height: 100%; max-height: 46;
        border: thick $primary; background: $surface; padding: 0 1;
    }
    ExportScreen #export-title { text-style: bold; }
    ExportScreen #export-body { height: 1fr; }
    ExportScreen .export-label { color: $text-muted; margin-top: 1; }
    ExportScreen .export-note { color: $text-muted; height: auto; }
    ExportScreen #export-formats { height: auto; border: none; padding: 0; }
    ExportScreen #export-paper { height: auto; border: none; padding: 0; layout: horizontal; }
    ExportScreen #export-paper RadioButton { width: auto; margin-right: 2; }
    ExportScreen #export-targets { height: auto; }
    ExportScreen #export-status { height: auto; margin-top: 1; }
    ExportScreen #export-buttons { height: auto; }
    ExportScreen #export-buttons Button { min-width: 0; width: auto; margin-right: 1; }
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
        library: Library | None = None,
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
        # The paper follows the release's own folder (its pressdesk.toml), as `pressdesk export`.
        self.paper: PaperChoice = paper_choice(
            release_path.parent if release_path else self.folder, release, library
        )
        self.chosen_paper = self.paper.paper
        self.use_logo = self.paper.logo is not None

    def compose(self) -> ComposeResult:
        with Vertical(id="export-dialog"):
            yield Label("Export the release", id="export-title")
            with VerticalScroll(id="export-body", can_focus=False):
                yield from self._choices()
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
                yield Button("Open folder", id="export-open-folder")
                yield Button("Open HTML", id="export-open-html", disabled=True)
                yield Button("Copy text", id="export-copy-text")
                yield Button("Close", id="export-close")

    def _choices(self) -> ComposeResult:
        yield Label("Formats", classes="export-label")
        yield SelectionList[str](
            *[
                Selection(FORMAT_LABELS.get(fmt, fmt), fmt, fmt in self.chosen)
                for fmt in self.all_formats
            ],
            id="export-formats",
        )
        yield Label("Folder", classes="export-label")
        yield Input(
            shown_path(self.folder), id="export-folder", select_on_focus=False, compact=True
        )
        yield Label("Paper (PDF and Word)", classes="export-label")
        with RadioSet(id="export-paper"):
            for paper in PAPERS:
                yield RadioButton(
                    PAPER_LABELS[paper], paper == self.chosen_paper, id=f"paper-{paper}"
                )
        if self.paper.logo is not None:
            yield Checkbox(
                f"Logo at the top of the PDF: {shown_path(self.paper.logo)}",
                True,
                id="export-logo",
            )
        else:
            yield Static(
                "No logo: the release's organisation has none in the library "
                '(logo = "…" in its library file).',
                classes="export-note",
                id="export-no-logo",
                markup=False,
            )
        for note in self.paper.notes:
            yield Static(note, classes="export-note", markup=False)

    def on_mount(self) -> None:
        self._show_targets()
        self.query_one("#export-go", Button).focus()
        # Focusing the button must not leave the body scrolled past the formats.
        body = self.query_one("#export-body", VerticalScroll)
        self.call_after_refresh(body.scroll_home, animate=False)

    # --- what goes where --------------------------------------------------------------------

    @property
    def selected_formats(self) -> list[str]:
        chosen = set(self.query_one("#export-formats", SelectionList).selected)
        return [fmt for fmt in self.all_formats if fmt in chosen]

    def targets(self) -> dict[str, Path]:
        """Where the chosen formats will be written."""
        return export_targets(self.release, self.folder, self.selected_formats)

    @property
    def options(self) -> ExportOptions:
        """The paper and logo chosen on the screen (the CLI's, unless changed here)."""
        return ExportOptions(
            paper=self.chosen_paper, logo=self.paper.logo if self.use_logo else None
        )

    def _show_targets(self) -> None:
        lines = []
        existing = 0
        for fmt, path in self.targets().items():
            note = "  (exists)" if path.exists() else ""
            existing += bool(note)
            lines.append(f"{FORMAT_LABELS.get(fmt, fmt)}{note}\n{shown_path(path)}")
        if existing:
            lines.append("A file marked (exists) is replaced only after you say so.")
        self.query_one("#export-targets", Static).update(
            "\n".join(lines) or "Choose at least one format."
        )
        html = export_targets(self.release, self.folder, ["html"])["html"]
        self.query_one("#export-open-html", Button).disabled = not html.exists()
        self.query_one("#export-open-folder", Button).disabled = not self.folder.is_dir()

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

    @on(Checkbox.Changed, "#export-logo")
    def _logo_changed(self, event: Checkbox.Changed) -> None:
        self.use_logo = event.value

    @on(RadioSet.Changed, "#export-paper")
    def _paper_changed(self, event: RadioSet.Changed) -> None:
        self.chosen_paper = "a4" if event.pressed.id == "paper-a4" else "letter"

    # --- actions ----------------------------------------------------------------------------

    @on(Button.Pressed, "#export-go")
    def action_export(self) -> None:
        """Write the chosen formats (asking first where that is wise)."""
        self._export()

    def _say(self, text: str) -> None:
        status = self.query_one("#export-status", Static)
        status.update(text)
        body = self.query_one("#export-body", VerticalScroll)
        # After the next layout, when the status has its new height.
        self.call_after_refresh(body.scroll_to_widget, status, animate=False)

    @work(exclusive=True, group="export")
    async def _export(self) -> None:
        targets = self.targets()
        if not targets:
            self._say("Choose at least one format to export.")
            return
        if not self.folder.is_dir():
            self._say(f"{shown_path(self.folder)}: no such folder.")
            return
        if self.final:
            reasons = await asyncio.to_thread(final_gate, self.release, self.setup)
            if reasons and not await self.app.push_screen_wait(
                DeskConfirm("This release is not ready to go out", reasons, "Export anyway")
            ):
                self._say("Not exported: fix the findings, or export anyway.")
                return
        existing = [path for path in targets.values() if path.exists()]
        if existing and not await self.app.push_screen_wait(
            DeskConfirm(
                f"Replace these files in {shown_path(self.folder)}?",
                [path.name for path in existing],  # one line each at 80 columns
                "Replace them",
            )
        ):
            self._say("Not exported: nothing was replaced.")
            return
        try:
            written = await asyncio.to_thread(write_exports, self.release, targets, self.options)
        except PressdeskError as exc:
            self._say(f"Export failed: {exc}")
            return
        self.written = written
        self._show_targets()
        self._say(
            f"Wrote {len(written)} file{'s' if len(written) != 1 else ''}:\n"
            + "\n".join(shown_path(path) for path in written)
            + "\nOpen folder shows them; Close goes back to the release."
        )
        self.query_one("#export-open-folder", Button).focus()

    @on(Button.Pressed, "#export-open-folder")
    def action_open_folder(self) -> None:
        """Open the export folder in the file manager (or say why it cannot be opened here)."""
        self._open(self.folder, "the folder")

    @on(Button.Pressed, "#export-open-html")
    def action_open_html(self) -> None:
        """Open the HTML email in the browser (once it has been written)."""
        html = export_targets(self.release, self.folder, ["html"])["html"]
        if html.exists():
            self._open(html, html.name)
        else:
            self._say("Export the HTML email first.")

    @work(group="open")
    async def _open(self, path: Path, what: str) -> None:
        # A browser can take a moment to answer: never hold the screen up for it.
        said = await asyncio.to_thread(open_on_desktop, path, what)
        self._say(said.replace(str(path), shown_path(path)))

    @on(Button.Pressed, "#export-copy-text")
    def action_copy_text(self) -> None:
        """Copy the plain-text release (as the text export has it) to the clipboard."""
        from pressdesk.render import render

        self.app.copy_to_clipboard(render(self.release, "text").decode("utf-8"))
        self._say("Copied the plain-text release.")

    @on(Button.Pressed, "#export-close")
    def action_close(self) -> None:
        self.dismiss(self.written or None)
