"""The editor: holds the one `Release`, applies the steps' edits, autosaves and previews."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from textual import on, work
from textual.app import ComposeResult
from textual.containers import Container, Horizontal, Vertical
from textual.reactive import reactive
from textual.screen import Screen
from textual.timer import Timer
from textual.widget import Widget
from textual.widgets import Button, Footer, Header, Static

from pressdesk.model import Release
from pressdesk.tui.desk_wiring import DESK_BINDINGS, DeskMixin
from pressdesk.tui.edits import Edit, Insert, Move, Remove, SetField, is_structural
from pressdesk.tui.keys import EDITOR_BINDINGS
from pressdesk.tui.messages import ReleaseChanged
from pressdesk.tui.screens.autosave import AutosaveMixin
from pressdesk.tui.screens.name_suggestions import NameSuggestionsMixin
from pressdesk.tui.screens.side_column import SideColumnMixin
from pressdesk.tui.steps import STEP_IDS, STEPS, missing_parts
from pressdesk.tui.widgets.step import Card, Step, focused_card
from pressdesk.tui.widgets.step_list import StepList
from pressdesk.tui.widgets.step_widgets import new_step

if TYPE_CHECKING:
    from textual.widget import AwaitMount

    from pressdesk.tui.finding_steps import StepCount

LIST_STEPS = {"contacts": "contact", "story": "block", "boilerplate": "boilerplate block"}


class EditorScreen(SideColumnMixin, AutosaveMixin, NameSuggestionsMixin, DeskMixin, Screen[None]):
    """The five steps, the step list, the preview, and the file they all save to."""

    BINDINGS = [*EDITOR_BINDINGS, *DESK_BINDINGS]

    AUTO_FOCUS = "#headline"  # the one thing every release needs first; focused before first paint

    step: reactive[str] = reactive("release", bindings=True)
    show_preview: reactive[bool | None] = reactive(None)  # None: decide by the terminal's width
    show_findings: reactive[bool | None] = reactive(None)  # None: shown on wide terminals

    def __init__(
        self, path: Path, release: Release, *, draft: bool = False, on_disk: bool = True
    ) -> None:
        super().__init__(id="editor")
        self.path = path
        self.release = release
        self.draft = draft
        self.dirty = not on_disk
        self._shown: set[str] = set()  # steps whose fields show the release
        self.loaded = asyncio.Event()
        self.step_ready = asyncio.Event()  # set once the step just gone to shows the release
        self.step_ready.set()  # set once every step shows the release (tests wait on it)
        self._save_lock = threading.Lock()
        self._save_timer: Timer | None = None
        self._preview_timer: Timer | None = None
        self._before_findings: Widget | None = None  # where F7 returns to from the findings
        self._steps: dict[str, Step] = {}  # the steps visited so far (the rest are not built yet)
        self._mounting: dict[str, AwaitMount] = {}

    # --- layout ---------------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="main"):
            yield StepList()
            with Vertical(id="work"):
                # A plain container, not a ContentSwitcher: that one shows its `initial` child
                # when it finishes mounting, which can undo a step key pressed at start-up.
                with Container(id="switcher"):
                    # Only the step shown first; the others are built on their first visit.
                    first = STEP_IDS[0]
                    yield self._steps.setdefault(first, new_step(first))
                with Horizontal(id="nav"):
                    yield Button(
                        "◂ Back", id="back", compact=True, tooltip="The previous step (alt+←)"
                    )
                    yield Static("", id="where", markup=False)
                    yield Button("Next ▸", id="next", compact=True, tooltip="The next step (alt+→)")
            # The side column: the preview above the findings (each shown or hidden on its own).
            yield from self.compose_side()
        yield Footer()

    async def on_mount(self) -> None:
        self._update_title()
        await self.load_everything()
        self.loaded.set()
        # The first frame comes before what it does not need: the side column (preview,
        # findings, checker), the first check, and the phone and email libraries.
        self.call_after_refresh(self._after_first_frame)

    async def _after_first_frame(self) -> None:
        await self.build_side()
        if not self.side_built:
            return  # the app closed first
        self.desk_start()
        self.warm_up()

    async def load_everything(self) -> None:
        """Show the release in the current step; the others load when first visited, so the
        first screen of a long release comes up fast."""
        self._shown.clear()
        await self._show_step(self.step)
        self._update_problems()

    # --- what DeskMixin asks of its host (tui/desk_wiring.py) -----------------------------------

    def desk_reload(self) -> object:
        return self.load_everything()

    def desk_changed(self) -> None:
        self.changed()

    def desk_go(self, step: str) -> None:
        self.action_go(step)

    def desk_show_counts(self, counts: dict[str, StepCount]) -> None:
        """Findings per step, beside each step in the step list."""
        self.query_one(StepList).show_findings(counts)

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

    async def _arrive(self, step_id: str) -> None:
        await self._show_step(step_id)
        if step_id == self.step:
            if step_id == "review":
                self._steps["review"].load(self.release)  # the whole release, as it is now
            self._focus_step()
            self.step_ready.set()

    async def open(self, path: Path, release: Release, *, draft: bool) -> None:
        """Switch the editor to another file (a recovered draft)."""
        self.path, self.release, self.draft, self.dirty = path, release, draft, False
        await self.load_everything()
        self._update_title()
        self.schedule_preview()
        self.desk_start()  # the findings are for the file now open

    def on_resize(self) -> None:
        self._apply_side()

    # --- steps ----------------------------------------------------------------------------------

    def watch_step(self, step: str) -> None:
        for child in self._steps.values():
            child.display = child.id == step
        self.query_one(StepList).select_step(step)
        index = STEP_IDS.index(step)
        self.query_one("#back", Button).disabled = index == 0
        self.query_one("#next", Button).disabled = index == len(STEPS) - 1
        self._update_where()
        self._apply_side()
        self.schedule_preview()

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
        current = self._steps[self.step]
        if self.step == "release":
            self.query_one("#headline").focus()  # the one thing every release needs first
            return
        for widget in current.query("TextField, ProseField, ChoiceField, Tab"):
            if widget.focusable:
                widget.focus()
                return

    def action_go(self, step: str) -> None:
        if self.step != step:
            self.step_ready.clear()
            self.step = step
            self.call_later(self._arrive, step)

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
        if action == "add_contact":
            return self.step == "contacts"
        if action == "add_block":
            return self.step == "story"
        if action == "add_boilerplate":
            return self.step == "boilerplate"
        if action in ("move", "remove"):
            return self.step in LIST_STEPS
        return True

    # --- edits ----------------------------------------------------------------------------------

    @on(Step.Changed)
    async def _apply(self, event: Step.Changed) -> None:
        event.stop()
        await self.apply_edit(event.step, event.edit)

    async def apply_edit(self, step: Step, edit: Edit) -> None:
        """Apply `edit` to the release; after a structural edit, reload the step and keep focus."""
        try:
            self.release = edit.apply(self.release)
        except (IndexError, ValueError, AttributeError) as exc:  # a stale card; never lose typing
            self.log.warning(f"edit {edit!r} not applied: {exc}")
            return
        if isinstance(edit, SetField) and edit.path == "profile":
            self.desk_follow_profile()  # the findings panel's switcher shows the same house style
        if is_structural(edit):
            where = self._focus_place()
            self.changed()
            self._shown.add(step.STEP_ID)
            done = step.load(self.release)
            if done is not None:
                await done
            self._refocus(step, edit, where)
            return
        self.changed()

    def changed(self) -> None:
        """Something changed: mark unsaved, tell listeners, and schedule a save and a preview."""
        self.dirty = True
        self._update_title()
        self._update_problems()
        self.post_message(ReleaseChanged(self.release))
        self.schedule_save()
        self.schedule_preview(typing=True)
        self.desk_check()

    def _update_problems(self) -> None:
        problems = missing_parts(self.release)
        counts = {
            "contacts": len(self.release.contacts),
            "story": len(self.release.body),
            "boilerplate": len(self.release.boilerplate),
        }
        self.query_one(StepList).show({k: len(v) for k, v in problems.items()}, counts)
        self._update_where(problems)  # worked out once per keystroke, not twice

    def _focus_place(self) -> tuple[int, int]:
        """(card index, field position inside the card) of the focused field, or (-1, 0)."""
        card = focused_card(self.focused)
        if card is None:
            return -1, 0
        fields = [w for w in card.query("TextField, ProseField, ChoiceField, Checkbox")]
        return card.index, fields.index(self.focused) if self.focused in fields else 0

    def _refocus(self, step: Step, edit: Edit, where: tuple[int, int]) -> None:
        cards = list(step.query(Card))
        if not cards:
            return
        index, position = where
        if isinstance(edit, Insert):
            count = len(getattr(self.release, edit.collection))
            index, position = (count - 1 if edit.index is None else edit.index), 0
        elif isinstance(edit, Move):
            index = edit.target if 0 <= edit.target < len(cards) else edit.index
        elif isinstance(edit, Remove):
            index, position = min(edit.index, len(cards) - 1), 0
        card = next((c for c in cards if c.index == index), cards[-1])
        fields = list(card.query("TextField, ProseField, ChoiceField, Checkbox"))
        if fields:
            target = fields[min(position, len(fields) - 1)]
            target.focus()
            card.scroll_visible()

    def _current_list_step(self) -> Step | None:
        step = self._steps.get(self.step)
        return step if step is not None and step.COLLECTION else None

    def action_add_contact(self) -> None:
        self._add_on("contacts")

    def action_add_boilerplate(self) -> None:
        self._add_on("boilerplate")

    def action_add_block(self, kind: str) -> None:
        card = focused_card(self.focused)
        self._add_on("story", kind, None if card is None else card.index + 1)

    def add_block_at_end(self, kind: str) -> None:
        self._add_on("story", kind)

    def _add_on(self, step_id: str, kind: str = "", index: int | None = None) -> None:
        """Add an item on `step_id` (built first if the palette asks before it was visited)."""

        async def add() -> None:
            (await self.step_widget(step_id)).add(kind, index)

        self.call_later(add)

    def action_move(self, offset: int) -> None:
        step, card = self._current_list_step(), focused_card(self.focused)
        if step is None or card is None:
            self.notify("Put the cursor in the item to move first.", severity="warning")
            return
        step.move(card.index, offset)

    def action_remove(self) -> None:
        step, card = self._current_list_step(), focused_card(self.focused)
        if step is None or card is None:
            self.notify("Put the cursor in the item to remove first.", severity="warning")
            return
        step.remove_item(card.index)

    @work(thread=True, group="warm-up")
    def warm_up(self) -> None:
        """Import the email and phone checkers before the first keystroke needs them."""
        from pressdesk.tui.validation import warm_up

        warm_up()

    # --- the command palette ----------------------------------------------------------------------

    def palette_commands(self) -> Iterator[tuple[str, str, Callable[[], object]]]:
        """(title, help, callback) for every action, namespaced for the command palette."""
        from pressdesk.tui.commands import editor_commands

        return editor_commands(self)

    def export(self, fmt: str) -> None:
        """Write one export beside the release file (never over an existing file)."""
        from pressdesk.tui.commands import export_beside

        export_beside(self, fmt)
