"""The editor: holds the one `Release`, applies the steps' edits, and owns its parts — the steps,
the step list, the side column (preview and findings), the desk (checks, library, export) and the
autosave — which it tells what changed (attributes down) and hears from (messages up)."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from functools import cached_property, partial
from pathlib import Path
from typing import TYPE_CHECKING

from textual import events, on, work
from textual.app import ComposeResult
from textual.containers import Container, Horizontal, Vertical
from textual.reactive import Reactive, reactive
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Button, Input, Static, TextArea

from pressdesk.model import Release
from pressdesk.tui.autosave import Autosave
from pressdesk.tui.commands import Command
from pressdesk.tui.desk import Desk
from pressdesk.tui.edits import Edit, Group, Insert, Move, Remove, SetField, is_structural
from pressdesk.tui.history import CannotUndo, History, describe
from pressdesk.tui.key_order import typed_character
from pressdesk.tui.keymap import EDITOR_KEYS, key_for
from pressdesk.tui.messages import FileSaved, ReleaseChanged
from pressdesk.tui.steps import LIST_STEPS, STEP_IDS, STEPS, missing_parts, step_of
from pressdesk.tui.title_line import TitleLine
from pressdesk.tui.toasts import Toasts
from pressdesk.tui.widgets.fields import ProseField, TextField
from pressdesk.tui.widgets.footer import EditorFooter
from pressdesk.tui.widgets.side_column import SideColumn
from pressdesk.tui.widgets.step import Card, Step, focused_card
from pressdesk.tui.widgets.step_list import StepList
from pressdesk.tui.widgets.step_widgets import new_step
from pressdesk.tui.widgets.title_bar import TitleBar

if TYPE_CHECKING:
    from textual.widget import AwaitMount

    from pressdesk.findings import Finding
    from pressdesk.library import Library
    from pressdesk.tui.checking import FindingsReady
    from pressdesk.tui.widgets.findings_panel import FindingsPanel

FIELDS = "TextField, ProseField, ChoiceField, Checkbox"  # what the cursor can be in, in a card
NEW_ITEMS = {
    "contacts": "contacts",
    "boilerplate": "boilerplate",
}  # add(kind) -> step, if not story


class EditorScreen(Screen[None]):
    """The five steps, the step list, the side column, and the file they all save to."""

    BINDINGS = [key.binding() for key in EDITOR_KEYS]

    AUTO_FOCUS = "#headline"  # the one thing every release needs first; focused before first paint

    step: reactive[str] = reactive("release", bindings=True)

    # Screen's own title and sub-title repaint the whole screen when set; the editor sets the
    # sub-title on every word typed (the word count). The title bar watches both and repaints its
    # one line (widgets/title_bar.py), which is all that changes (bench/bench_tui.py, keystroke p95).
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
        self.history = History()
        self.title_line = TitleLine(self)
        self.loaded = asyncio.Event()
        self.step_ready = asyncio.Event()  # set once the step just gone to shows the release
        self.step_ready.set()
        self._shown: set[str] = set()  # steps whose fields show the release
        self._steps: dict[str, Step] = {}  # the steps built so far (the rest on their first visit)
        self._mounting: dict[str, AwaitMount] = {}
        self._changes = 0  # counts every change, to tell typing from an add or removal in undo
        self._typed: dict[str, int] = {}  # field path -> the change count when last typed in
        self._before_findings: Widget | None = None  # where F7 goes back to from the findings
        self.paste_as_is = False  # the next paste exactly as copied (the fields read it)
        self.side = SideColumn()
        self.desk = Desk(
            path.parent, library
        )  # mounted (its checker with it) after the first frame

    @property
    def path(self) -> Path:
        return self.autosave.path

    @cached_property
    def toasts(self) -> Toasts:
        """Saved, undo and removal toasts, each replacing the last of its kind."""
        return Toasts(self.app)

    # --- layout -----------------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        yield TitleBar()
        with Horizontal(id="main"):
            yield StepList()
            with Vertical(id="work"):
                # A plain container, not a ContentSwitcher: that one shows its `initial` child
                # when it finishes mounting, which can undo a step key pressed at start-up.
                with Container(id="switcher"):
                    first = STEP_IDS[0]
                    yield self._steps.setdefault(first, new_step(first))
                with Horizontal(id="nav"):
                    yield Button(
                        "◂ Back",
                        id="back",
                        compact=True,
                        tooltip=f"The previous step ({key_for('go.back')})",
                    )
                    yield Static("", id="where", markup=False)
                    yield Button(
                        "Next ▸",
                        id="next",
                        compact=True,
                        tooltip=f"The next step ({key_for('go.next')})",
                    )
            yield self.side
        yield EditorFooter()

    async def on_mount(self) -> None:
        self.title_line.update()
        await self._reload()
        self.loaded.set()
        # The first frame comes before what it does not need: the side column (preview,
        # findings), the desk and its first check, and the phone and email libraries.
        self.call_after_refresh(self._after_first_frame)

    async def _after_first_frame(self) -> None:
        from pressdesk.tui.widgets.findings_panel import FindingsPanel

        await self.side.build(FindingsPanel(profile=self.release.profile))
        if not self.side.built:
            return  # the app closed first
        await self.mount(self.desk)
        self.side.show_release(self.release)
        self.desk.check(self.release, now=True)
        self.warm_up()

    async def _reload(self) -> None:
        """Show the release in the current step; the others load when next visited."""
        self._shown.clear()
        await self._show_step(self.step)
        self._update_problems()

    async def step_widget(self, step_id: str) -> Step:
        """The step's widget, built and mounted on first use."""
        if step_id not in self._steps:
            step = self._steps[step_id] = new_step(step_id)
            step.display = step_id == self.step
            self._mounting[step_id] = self.query_one("#switcher").mount(step)
        if (mounting := self._mounting.get(step_id)) is not None:
            await mounting  # a second caller waits for the same mount
            self._mounting.pop(step_id, None)
        return self._steps[step_id]

    async def _show_step(self, step_id: str) -> None:
        if step_id in self._shown:
            return
        step = await self.step_widget(step_id)
        if step_id in self._shown:  # shown by another caller while this one waited
            return
        self._shown.add(step_id)
        if step_id != "review" and (done := step.load(self.release)) is not None:
            await done

    async def open(self, path: Path, release: Release, *, draft: bool) -> None:
        """Switch the editor to another file (a recovered draft)."""
        self.release, self.draft = release, draft
        self.autosave.moved(path)
        self.history = History()
        await self._reload()
        self.title_line.update()
        self.side.show_release(release)
        self.desk.check(release, now=True)

    def on_resize(self) -> None:
        self.side.rearrange()

    # --- steps ------------------------------------------------------------------------------------

    def watch_step(self, step: str) -> None:
        for child in self._steps.values():
            child.display = child.id == step
        self.query_one(StepList).select_step(step)
        index = STEP_IDS.index(step)
        self.query_one("#back", Button).disabled = index == 0
        self.query_one("#next", Button).disabled = index == len(STEPS) - 1
        self._update_where()
        self.side.step = step

    def _update_where(self, problems: dict[str, list[str]] | None = None) -> None:
        index = STEP_IDS.index(self.step)
        missing = (missing_parts(self.release) if problems is None else problems)[self.step]
        note = f"Step {index + 1} of {len(STEPS)}"
        if missing:
            note += f" · {missing[0]}"
        where = self.query_one("#where", Static)
        if where.content != note:  # an update re-lays out the screen: only when it changes
            where.update(note)

    def _focus_step(self) -> None:
        """The cursor to the step's first field, at once (the next key goes there)."""
        if self.step == "release":
            self.set_focus(self.query_one("#headline"))
            return
        for widget in self._steps[self.step].query(FIELDS):
            if widget.focusable:
                self.set_focus(widget)
                return

    def action_go(self, step: str) -> None:
        if self.step == step:
            return
        self.step_ready.clear()
        self.step = step
        # On the screen's queue: the app hands out the next key only after this has run.
        self.call_later(self._arrive, step)

    async def _arrive(self, step_id: str) -> None:
        await self._show_step(step_id)
        if step_id == self.step:
            if step_id == "review":
                self._steps["review"].load(self.release)  # the whole release, as it is now
            self._focus_step()
            self.step_ready.set()

    def action_next(self) -> None:
        index = STEP_IDS.index(self.step)
        if index < len(STEPS) - 1:
            self.action_go(STEP_IDS[index + 1])

    def action_back(self) -> None:
        index = STEP_IDS.index(self.step)
        if index > 0:
            self.action_go(STEP_IDS[index - 1])

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
        index = STEP_IDS.index(self.step)
        if action == "back":
            return None if index == 0 else True
        if action == "next":
            return None if index == len(STEPS) - 1 else True
        if action == "add":
            kind = str(parameters[0]) if parameters else ""
            return self.step == NEW_ITEMS.get(kind, "story")
        if action in ("move", "remove"):
            return self.step in LIST_STEPS
        return True

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
        self._changes += 1
        if isinstance(edit, SetField) and not said:
            self.release = after
            self._typed[edit.path] = self._changes
            if edit.path == "profile" and (panel := self.findings_panel()) is not None:
                panel.profile = self.release.profile  # the findings' switcher follows
            self.changed()
            return
        if after == before:
            return  # a move past either end: nothing to show, nothing to undo
        said = said or describe(edit, before)
        if undoable:
            self.history.record(said, edit, before, self._changes)
        self.release = after
        self.changed()
        if is_structural(edit):
            await self._rebuild(edit, step)
        else:
            await self._reload()
        if isinstance(edit, Remove):
            self.toasts.say(
                "history",
                f"{said[:1].upper()}{said[1:]} — {key_for('edit.undo')} brings it back",
                title="Removed",
                timeout=6,
            )

    async def _rebuild(self, edit: Edit, step: Step | None = None) -> None:
        """Show a structural edit in its step, keeping the cursor where the staffer works."""
        assert isinstance(edit, Insert | Remove | Move | Group)
        step_id = step.STEP_ID if step is not None else step_of(edit.collection)
        target = await self.step_widget(step_id)
        where = self._focus_place()
        # The cards follow one add, removal or move; after a group they reload by position.
        target.structural_edit = None if isinstance(edit, Group) else edit
        self._shown.add(step_id)
        if (done := target.load(self.release)) is not None:
            await done
        if step_id == self.step:
            self._refocus(target, edit, where)

    def changed(self) -> None:
        """Something changed: save soon, tell listeners, preview and check once typing pauses."""
        self.autosave.changed()
        self.title_line.update()
        self._update_problems()
        self.post_message(ReleaseChanged(self.release))
        self.side.show_release(self.release, typing=True)
        self.desk.check(self.release)

    def _update_problems(self) -> None:
        problems = missing_parts(self.release)
        counts = {s: len(getattr(self.release, info.collection)) for s, info in LIST_STEPS.items()}
        self.query_one(StepList).show({k: len(v) for k, v in problems.items()}, counts)
        self._update_where(problems)  # worked out once per keystroke, not twice

    def _focus_place(self) -> tuple[int, int]:
        """(card index, field position inside the card) of the focused field, or (-1, 0)."""
        card = focused_card(self.focused)
        if card is None:
            return -1, 0
        fields = list(card.query(FIELDS))
        return card.index, fields.index(self.focused) if self.focused in fields else 0

    def _refocus(
        self, step: Step, edit: Insert | Remove | Move | Group, where: tuple[int, int]
    ) -> None:
        cards = list(step.query(Card))
        if not cards:
            return
        index, position = where
        if isinstance(edit, Group):
            landing = edit.landing()
            index, position = (index, position) if landing is None else (landing, 0)
        elif isinstance(edit, Insert):
            last = len(cards) - 1
            index, position = (last if edit.index is None else min(edit.index, last)), 0
        elif isinstance(edit, Move):
            index = edit.target if 0 <= edit.target < len(cards) else edit.index
        else:
            index, position = min(edit.index, len(cards) - 1), 0
        card = next((c for c in cards if c.index == index), cards[-1])
        fields = list(card.query(FIELDS))
        if fields:
            self.set_focus(fields[min(position, len(fields) - 1)])
            self._bring_into_sight(card)

    def _bring_into_sight(self, card: Card) -> None:
        """Scroll `card` into sight: a card just mounted has no place yet, so it scrolls itself
        into sight when first laid out (after the palette the screen waits a moment first)."""
        if card.virtual_region:
            self.call_after_refresh(card.scroll_visible, animate=False)
        else:
            card.into_sight_when_laid_out = True

    def _edit_on(self, step_id: str, make: str, index: int | None = None, offset: int = 0) -> None:
        """An add, move or removal from a key or the palette, applied on the screen's queue (so the
        app's next key waits for it), the step built first if never visited."""

        async def run() -> None:
            step = await self.step_widget(step_id)
            edit: Edit | None
            if make == "move" and index is not None:
                edit = Move(step.COLLECTION, index, offset)
            elif make == "remove" and index is not None:
                edit = Remove(step.COLLECTION, index)
            else:
                edit = step.new_item(make, index)
            if edit is not None:
                await self.apply_edit(edit, step)

        self.call_later(run)

    def action_add(self, kind: str) -> None:
        """Add a contact, a boilerplate, or a story block of `kind` after the one being edited."""
        step_id = NEW_ITEMS.get(kind, "story")
        card = focused_card(self.focused) if self.step == step_id else None
        if step_id != self.step:
            self.action_go(step_id)
        self._edit_on(step_id, kind, None if card is None else card.index + 1)

    def action_move(self, offset: int) -> None:
        self._on_card("move", offset)

    def action_remove(self) -> None:
        self._on_card("remove")

    def _on_card(self, make: str, offset: int = 0) -> None:
        card = focused_card(self.focused)
        if self.step not in LIST_STEPS or card is None:
            self.toasts.say(
                "cursor", f"Put the cursor in the item to {make} first.", severity="warning"
            )
            return
        self._edit_on(self.step, make, card.index, offset)

    # --- undo and redo ----------------------------------------------------------------------------

    def action_undo(self) -> None:
        self._take_back(redo=False)

    def action_redo(self) -> None:
        self._take_back(redo=True)

    def _take_back(self, *, redo: bool) -> None:
        """ctrl+z / ctrl+y: the newest of the release's changes (add, remove, move, fix) and the
        typing in the field with the cursor; a field's own history when it is the newer."""
        field = self.focused
        path = getattr(field, "path", None)
        typed = self._typed.get(path, -1) if isinstance(path, str) else -1
        in_field = _field_can(field, redo=redo)
        if in_field and (typed >= self.history.newest(redo=redo)):
            _field_step(field, redo=redo)
            return
        if self.history.newest(redo=redo) < 0:
            if in_field:
                _field_step(field, redo=redo)
            return

        async def run() -> None:
            self._changes += 1
            try:
                stepper = self.history.redo if redo else self.history.undo
                release, change = stepper(self.release, self._changes)
            except CannotUndo as exc:
                self.notify(
                    f"{str(exc)[:1].upper()}{str(exc)[1:]}",
                    title="Nothing changed",
                    severity="warning",
                )
                return
            back = change.back
            self.release = release
            self.changed()
            if is_structural(back):
                await self._rebuild(back)
                if (where := step_of(getattr(back, "collection", ""))) != self.step:
                    self.action_go(where)
            else:
                await self._reload()
            self.toasts.say("history", f"{'Redid' if redo else 'Undid'}: {change.said}")

        self.call_later(run)

    # --- saving -----------------------------------------------------------------------------------

    @on(FileSaved)
    def _file_saved(self, message: FileSaved) -> None:
        if message.error:
            self.title_line.not_saved()
            self.notify(message.error, title="Not saved", severity="error", timeout=8)
        else:
            self.title_line.update()

    def save_now(self) -> bool:
        """Save at once (quit, ctrl+s); whether the file is up to date."""
        done = self.autosave.save_now()
        self.title_line.update()
        return done

    def action_save(self) -> None:
        if self.save_now():
            self.toasts.say("saved", f"Saved {self.path}", timeout=2)

    def action_save_as(self) -> None:
        """Keep the release in a file of its own (an untitled draft's way out of the data folder)."""
        from pressdesk.render.naming import output_stem
        from pressdesk.tui.screens.save_as import SaveAsScreen

        suggested = f"{output_stem(self.release)}.toml"
        self.app.push_screen(SaveAsScreen(suggested, Path.cwd()), self._save_as)

    def _save_as(self, path: Path | None) -> None:
        if path is None:
            return
        try:
            self.autosave.write(self.release, path, overwrite=False)
        except Exception as exc:
            self.notify(f"Could not save {path}: {exc}", title="Not saved", severity="error")
            return
        old, was_draft = self.path, self.draft
        self.autosave.moved(path)
        self.draft = False
        if was_draft:
            old.unlink(missing_ok=True)  # it lives in its own file now: nothing to recover
        self.title_line.update()
        self.desk.moved(path.parent)
        self.post_message(FileSaved())
        self.toasts.say("saved", f"Saved as {path}; it saves there from now on", timeout=4)

    # --- the side column and the desk --------------------------------------------------------------

    def action_toggle_preview(self) -> None:
        self.side.toggle_preview()

    def action_toggle_findings(self) -> None:
        self.side.toggle_findings()

    def findings_panel(self) -> FindingsPanel | None:
        from pressdesk.tui.widgets.findings_panel import FindingsPanel

        found = self.side.query(FindingsPanel) if self.side.built else None
        return found.first() if found else None

    def action_findings(self) -> None:
        """F7: to the findings (showing them if hidden); from the findings, back to the step."""
        panel = self.findings_panel()
        if panel is None:
            return
        if panel.has_focus_within:
            back, self._before_findings = self._before_findings, None
            if self.side.show_findings and not self.side.wide:
                self.side.show_findings = None  # a narrow terminal gives the room back to the step
            if back is not None and back.is_attached and back.focusable:
                self.set_focus(back)
            else:
                self._focus_step()
            return
        self._before_findings = self.focused
        self.side.show_findings = True
        self.set_focus(panel.query_one("#findings-list"))

    def on_findings_ready(self, message: FindingsReady) -> None:
        if (panel := self.findings_panel()) is None:
            return
        panel.show(message.findings, message.generation)
        self.query_one(StepList).show_findings(panel.counts_by_step())

    def on_findings_panel_selected(self, message: FindingsPanel.Selected) -> None:
        self.action_go(step_of(message.finding.field))
        self.call_later(self._select, message.finding)

    async def _select(self, finding: Finding) -> None:
        from pressdesk.tui.finding_steps import jump_target
        from pressdesk.tui.spans import select_finding

        await self._show_step(step_of(finding.field))
        select_finding(self, jump_target(finding))  # a speaker's finding: the Speaker field

    def on_findings_panel_fix_requested(self, message: FindingsPanel.FixRequested) -> None:
        from pressdesk.tui.fixing import FixError, apply_fix

        try:
            _fixed, applied = apply_fix(self.release, message.finding)
        except FixError as exc:
            self.notify(str(exc), title="Not fixed", severity="warning")
            return
        edit = SetField(applied.field, applied.after)
        self.call_later(partial(self.apply_edit, edit, said=f"fixed {message.finding.rule}"))

    def action_fix_all(self) -> None:
        """Every safe fix in the release at once (`check --fix`'s); one undo takes all back."""

        async def run() -> None:
            from pressdesk.tui.checking import CheckSetup
            from pressdesk.tui.fixing import fix_everything

            checker = self.desk.checker
            setup = checker.setup if checker is not None else CheckSetup(folder=self.path.parent)
            group, count = await asyncio.to_thread(
                fix_everything, self.release, setup.context(self.release)
            )
            if not group.edits:
                self.toasts.say("history", "No safe fixes to make.", title="Fix all")
                return
            said = f"{count} safe fix{'es' if count != 1 else ''}"
            await self.apply_edit(group, said=f"made {said}")
            self.toasts.say(
                "history", f"Made {said} — {key_for('edit.undo')} takes them all back", timeout=6
            )

        self.call_later(run)

    def on_findings_panel_suggestion_chosen(self, message: FindingsPanel.SuggestionChosen) -> None:
        # A chosen spelling goes through the fix path: one ctrl+z takes it back.
        fixed = self.desk.suggestion(self.release, message.finding, message.word)
        if fixed is not None:
            self.on_findings_panel_fix_requested(message.panel.FixRequested(message.panel, fixed))

    def on_findings_panel_add_word_requested(self, message: FindingsPanel.AddWordRequested) -> None:
        self.desk.add_word(message.word, self.release)

    def action_paste_as_is(self) -> None:
        """The next paste goes in exactly as copied."""
        self.paste_as_is = True
        self.toasts.say("cursor", "The next paste goes in exactly as copied.", timeout=4)

    def on_findings_panel_profile_changed(self, message: FindingsPanel.ProfileChanged) -> None:
        self.action_check_profile(message.profile)

    def action_check_profile(self, profile: str) -> None:
        """Check against another house style (`coalition`, `ap`, `wire`)."""
        if (panel := self.findings_panel()) is not None:
            panel.profile = profile
        self.release = self.release.replace(profile=profile)
        self.changed()
        self.call_later(self._reload)

    @on(events.DescendantFocus)
    def _follow(self, event: events.DescendantFocus) -> None:
        # The preview shows the block (contact, boilerplate) the cursor is in.
        step = self._steps.get(self.step)
        if step is not None and step in event.widget.ancestors:
            card = focused_card(event.widget)
            self.side.follow(card.index if card is not None else -1)

    def on_key(self, event: events.Key) -> None:
        """A letter typed where no text goes (a checkbox, a button, the findings list) would vanish
        without a word: say so, and how to reach a field."""
        if not typed_character(event) or event.key in self.app.active_bindings:
            return  # a key with a job here (space ticks a box, f fixes a finding)
        if isinstance(self.focused, Input | TextArea):
            return
        self.toasts.say(
            "cursor",
            "Typing went nowhere: no text field has the cursor. "
            "Press Tab or click a field to type.",
            severity="warning",
        )

    @on(events.DescendantFocus)
    def _suggest_names(self, event: events.DescendantFocus) -> None:
        # Cards mount fields as blocks are added, so each name field gets the library's
        # suggestions when first focused (the library itself is opened when one is wanted).
        widget = event.widget
        if isinstance(widget, TextField) and widget.suggester is None:
            from pressdesk.tui.desk import org_beside

            widget.suggester = self.desk.suggester_for(
                widget.path, lambda: org_beside(lambda: self.release, widget.path)
            )

    def on_desk_picked(self, message: Desk.Picked) -> None:
        edit = message.edit
        card = focused_card(self.focused) if message.step == self.step else None
        if isinstance(edit, Insert) and edit.index is None and card is not None:
            edit = Insert(edit.collection, card.index + 1, edit.item)  # after the cursor's card

        async def run() -> None:
            if message.step != self.step:
                self.action_go(message.step)
            await self.apply_edit(edit)
            if not is_structural(edit):
                await self._reload()

        self.call_later(run)

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


def _field_can(widget: Widget | None, *, redo: bool) -> bool:
    """Whether the field `widget` has typing to undo (or redo)."""
    if isinstance(widget, TextField):
        return widget.can_redo if redo else widget.can_undo
    if isinstance(widget, ProseField):
        return bool(widget.history.redo_stack if redo else widget.history.undo_stack)
    return False


def _field_step(widget: Widget | None, *, redo: bool) -> None:
    if isinstance(widget, TextField):
        widget.action_redo() if redo else widget.action_undo()
    elif isinstance(widget, ProseField):
        widget.redo() if redo else widget.undo()
