"""The editor: holds the one `Release`, applies the steps' edits, and owns its parts — the steps,
the step list, the side column (preview and findings), the desk (checks, library, export) and the
autosave — which it tells what changed (attributes down) and hears from (messages up).

Textual hands keys and messages to the screen; the work of most lives in plain helper objects the
screen owns: `StepViews` (tui/step_views.py: the step widgets and going between them),
`CardEdits` (tui/card_edits.py: adding, moving and removing cards), `TakeBack`
(tui/take_back.py: undo and redo), `FindingActions` (tui/finding_actions.py: the findings),
`Saving` (tui/saving.py: ctrl+s and save as), `CursorWatch` (tui/cursor_watch.py: what follows
the cursor), `Autosave` and `TitleLine`. Those the first frame does not need are made when first
used (`LazyParts`, tui/screens/editor_parts.py)."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from textual import events, on, work
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.reactive import Reactive, reactive
from textual.screen import Screen
from textual.widgets import Button

from pressdesk.model import Release
from pressdesk.tui.autosave import Autosave
from pressdesk.tui.card_edits import CardEdits
from pressdesk.tui.collector import Collector
from pressdesk.tui.cursor_watch import CursorWatch
from pressdesk.tui.edits import Edit, Remove, SetField, is_structural
from pressdesk.tui.keymap import EDITOR_KEYS, key_for
from pressdesk.tui.messages import FileSaved, ReleaseChanged
from pressdesk.tui.screens.editor_parts import LazyParts
from pressdesk.tui.step_views import StepViews
from pressdesk.tui.title_line import TitleLine
from pressdesk.tui.widgets.footer import EditorFooter
from pressdesk.tui.widgets.side_column import SideColumn
from pressdesk.tui.widgets.step import Step
from pressdesk.tui.widgets.step_list import StepList
from pressdesk.tui.widgets.title_bar import TitleBar

if TYPE_CHECKING:
    from pressdesk.library import Library
    from pressdesk.tui.checking import FindingsReady
    from pressdesk.tui.commands import Command
    from pressdesk.tui.desk import Desk
    from pressdesk.tui.widgets.findings_panel import FindingsPanel


class EditorScreen(LazyParts, Screen[None]):
    """The five steps, the step list, the side column, and the file they all save to."""

    BINDINGS = [key.binding() for key in EDITOR_KEYS]

    AUTO_FOCUS = "#headline"  # the one thing every release needs first; focused before first paint

    step: reactive[str] = reactive("release", bindings=True)

    # Screen's own title and sub-title repaint the whole screen when set; the editor sets the
    # sub-title on every word typed (the word count). The title bar watches both and repaints its
    # one line (widgets/title_bar.py), which is all that changes (bench/bench_typing.py,
    # keystroke p95).
    title: Reactive[str | None] = Reactive(None, compute=False, repaint=False)
    sub_title: Reactive[str | None] = Reactive(None, compute=False, repaint=False)

    def __init__(
        self,
        path: Path,
        release: Release,
        *,
        draft: bool = False,
        on_disk: bool = True,
        library: Library | None = None,
    ) -> None:
        super().__init__(id="editor")
        self.release = release
        self.draft = draft
        self.autosave = Autosave(self, path, lambda: self.release, dirty=not on_disk)
        self.title_line = TitleLine(self)
        self.collector = Collector(self)
        self.loaded = asyncio.Event()
        self._resumed = False  # resumed once (shown the first time)
        self.step_ready = asyncio.Event()  # set once the step just gone to shows the release
        self.step_ready.set()
        self.step_views = StepViews(self)
        self.cards = CardEdits(self)
        self.cursor = CursorWatch(self)
        self.paste_as_is = False  # the next paste exactly as copied (the fields read it)
        self.side = SideColumn()
        self._findings_panel: FindingsPanel | None = None  # in the side column once it is built
        self._desk_at = (path.parent, library)

    @property
    def path(self) -> Path:
        return self.autosave.path

    # The steps' widgets live in `step_views`; these names reach them as they did before it.

    @property
    def _steps(self) -> dict[str, Step]:
        return self.step_views.built

    @property
    def _shown(self) -> set[str]:
        return self.step_views.shown

    # --- layout -----------------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        # The title bar and the footer are docked; the rest sits side by side. Every container
        # costs each frame a little, also where its children cover it, so there are few.
        yield TitleBar()
        yield StepList()
        # A plain container, not a ContentSwitcher: that one shows its `initial` child when it
        # finishes mounting, which can undo a step key pressed at start-up. Back and Next are
        # docked under the steps after the first frame.
        with Vertical(id="work"):
            yield self.step_views.first()
        yield self.side
        yield EditorFooter()

    def on_screen_resume(self, event: events.ScreenResume) -> None:
        # Textual restyles every widget on a screen each time it resumes, in case the app's CSS
        # changed while it was away. On the first resume every widget was styled a moment ago, as
        # it mounted: restyling them all again cost the first frame 15-20 ms (bench/bench_tui.py).
        if not self._resumed:
            self._resumed = True
            event.refresh_styles = False

    async def on_mount(self) -> None:
        self.collector.start()
        self.title_line.update()
        await self.step_views.reload()
        self.loaded.set()
        # The first frame comes before what it does not need: Back and Next, the side column
        # (preview, findings), the desk and its first check, and the phone and email libraries.
        self.call_after_refresh(self._after_first_frame)

    async def _after_first_frame(self) -> None:
        from pressdesk.tui.widgets.findings_panel import FindingsPanel

        await self.step_views.mount_nav_bar()
        panel = FindingsPanel(profile=self.release.profile)
        await self.side.build(panel)
        if not self.side.built:
            return  # the app closed first
        self._findings_panel = panel
        await self.mount(self.desk)
        self.side.show_release(self.release)
        self.desk.check(self.release, now=True)
        self.warm_up()
        self.collector.started()

    async def step_widget(self, step_id: str) -> Step:
        """The step's widget, built and mounted on first use."""
        return await self.step_views.widget(step_id)

    async def open(self, path: Path, release: Release, *, draft: bool) -> None:
        """Switch the editor to another file (a recovered draft)."""
        self.release, self.draft = release, draft
        self.autosave.moved(path)
        from pressdesk.tui.history import History

        self.history = History()  # the other file's adds and fixes are not this one's to undo
        await self.step_views.reload()
        self.title_line.update()
        self.side.show_release(release)
        self.desk.check(release, now=True)

    def on_resize(self) -> None:
        self.side.rearrange()

    # --- steps ------------------------------------------------------------------------------------

    def watch_step(self, step: str) -> None:
        self.step_views.switch(step)

    def action_go(self, step: str) -> None:
        self.step_views.go(step)

    def action_next(self) -> None:
        self.step_views.go_by(1)

    def action_back(self) -> None:
        self.step_views.go_by(-1)

    @on(Button.Pressed, "#next")
    def _next_pressed(self) -> None:
        self.action_next()

    @on(Button.Pressed, "#back")
    def _back_pressed(self) -> None:
        self.action_back()

    @on(StepList.StepChosen)
    def _step_chosen(self, event: StepList.StepChosen) -> None:
        self.action_go(event.step)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        return self.step_views.allows(action, parameters)

    # --- edits ------------------------------------------------------------------------------------

    @on(Step.Changed)
    async def _step_changed(self, event: Step.Changed) -> None:
        event.stop()
        await self.apply_edit(event.edit, event.step)

    async def apply_edit(
        self, edit: Edit, step: Step | None = None, *, undoable: bool = True, said: str = ""
    ) -> None:
        """Apply `edit`. Typing (a `SetField` with nothing `said`) just changes the release; an
        add, removal, move or a change `said` in words (a fix, fix-all, a paste that splits a
        paragraph) is remembered for undo and shown, the cursor kept in the card it was in (or
        put in the new one)."""
        before = self.release
        try:
            after = edit.apply(before)
        except (IndexError, ValueError, AttributeError) as exc:  # a stale card; never lose typing
            self.log.warning(f"edit {edit!r} not applied: {exc}")
            return
        change = self.take_back.count()
        if isinstance(edit, SetField) and not said:
            self.release = after
            self.take_back.typed(edit.path, change)
            if edit.path == "profile" and (panel := self.findings_panel()) is not None:
                panel.profile = self.release.profile  # the findings' switcher follows
            self.changed()
            return
        if after == before:
            return  # a move past either end: nothing to show, nothing to undo
        if not said:
            from pressdesk.tui.history import describe

            said = describe(edit, before)
        if undoable:
            self.history.record(said, edit, before, change)
        self.release = after
        self.changed()
        if is_structural(edit):
            await self.cards.rebuild(edit, step)
        else:
            await self.step_views.reload()
        if isinstance(edit, Remove):
            self.toasts.say(
                "history",
                f"{said[:1].upper()}{said[1:]} — {key_for('edit.undo')} brings it back",
                title="Removed",
                timeout=6,
            )

    def on_unmount(self) -> None:
        self.collector.stop()

    def changed(self) -> None:
        """Something changed: save soon, tell listeners, preview and check once typing pauses."""
        self.autosave.changed()
        self.collector.changed()
        self.title_line.update()
        self.step_views.update_problems()
        self.post_message(ReleaseChanged(self.release))
        self.side.show_release(self.release, typing=True)
        self.desk.check(self.release)

    def action_paste_as_is(self) -> None:
        """The next paste goes in exactly as copied."""
        self.paste_as_is = True
        self.toasts.say("cursor", "The next paste goes in exactly as copied.", timeout=4)

    # --- cards, undo and redo ---------------------------------------------------------------------

    def action_add(self, kind: str) -> None:
        self.cards.add(kind)

    def action_move(self, offset: int) -> None:
        self.cards.move(offset)

    def action_remove(self) -> None:
        self.cards.remove()

    def action_undo(self) -> None:
        self.take_back.undo()

    def action_redo(self) -> None:
        self.take_back.redo()

    # --- saving -----------------------------------------------------------------------------------

    @on(FileSaved)
    def _file_saved(self, message: FileSaved) -> None:
        self.saving.saved(message)

    def save_now(self) -> bool:
        """Save at once (quit, ctrl+s); whether the file is up to date."""
        return self.saving.now()

    def action_save(self) -> None:
        self.saving.save()

    def action_save_as(self) -> None:
        self.saving.save_as()

    # --- the side column and the findings ---------------------------------------------------------

    def action_toggle_preview(self) -> None:
        self.side.toggle_preview()

    def action_toggle_findings(self) -> None:
        self.side.toggle_findings()

    def findings_panel(self) -> FindingsPanel | None:
        """The findings panel, once the side column is built (after the first frame). Kept rather
        than queried: new findings come with every key, and a query walks the whole column."""
        return self._findings_panel

    def action_findings(self) -> None:
        self.findings.to_and_fro()

    def on_findings_ready(self, message: FindingsReady) -> None:
        self.findings.show(message)

    def on_findings_panel_selected(self, message: FindingsPanel.Selected) -> None:
        self.findings.select(message.finding)

    def on_findings_panel_fix_requested(self, message: FindingsPanel.FixRequested) -> None:
        self.findings.fix(message.finding)

    def action_fix_all(self) -> None:
        self.findings.fix_all()

    def on_findings_panel_suggestion_chosen(self, message: FindingsPanel.SuggestionChosen) -> None:
        self.findings.choose_spelling(message.finding, message.word)

    def on_findings_panel_add_word_requested(self, message: FindingsPanel.AddWordRequested) -> None:
        self.desk.add_word(message.word, self.release)

    def on_findings_panel_profile_changed(self, message: FindingsPanel.ProfileChanged) -> None:
        self.action_check_profile(message.profile)

    def action_check_profile(self, profile: str) -> None:
        self.findings.check_profile(profile)

    # --- the cursor and the desk ------------------------------------------------------------------

    @on(events.DescendantFocus)
    def _follow(self, event: events.DescendantFocus) -> None:
        self.cursor.follow(event)

    @on(events.DescendantFocus)
    def _suggest_names(self, event: events.DescendantFocus) -> None:
        self.cursor.suggest_names(event)

    def on_key(self, event: events.Key) -> None:
        self.cursor.key(event)

    def on_desk_picked(self, message: Desk.Picked) -> None:
        self.cards.add_picked(message.edit, message.step)

    def action_pick_from_library(self) -> None:
        self.desk.pick(self.step, self.release)

    def action_export(self, fmt: str = "") -> None:
        self.desk.export(self.release, self.path, draft=self.draft, fmt=fmt)

    def action_save_to_library(self) -> None:
        self.desk.save_to_library(self.release, str(getattr(self.focused, "path", "") or ""))

    @work(thread=True, group="warm-up")
    def warm_up(self) -> None:
        """Import the email and phone checkers before the first keystroke needs them."""
        from pressdesk.tui.validation import warm_up

        warm_up()

    # --- the command palette ----------------------------------------------------------------------

    def palette_commands(self) -> Iterator[Command]:
        """Every action by a namespaced name, for the command palette (ctrl+p)."""
        from pressdesk.tui.editor_commands import editor_commands

        yield from editor_commands(self)
