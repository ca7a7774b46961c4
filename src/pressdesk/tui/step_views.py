"""The editor's step widgets on screen: each built and mounted on its first visit and loaded with
the release when it first shows, one shown at a time with the step list and the Back/Next bar
saying which and what it still lacks, the cursor put in a step's first field on arrival, and
which keys apply on the step shown."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.containers import Horizontal
from textual.widgets import Button, Static

from pressdesk.tui.card_edits import FIELDS, NEW_ITEMS
from pressdesk.tui.keymap import key_for
from pressdesk.tui.steps import LIST_STEPS, STEP_IDS, STEPS, missing_parts
from pressdesk.tui.widgets.step import Step
from pressdesk.tui.widgets.step_list import StepList
from pressdesk.tui.widgets.step_widgets import new_step

if TYPE_CHECKING:
    from textual.widget import AwaitMount

    from pressdesk.tui.screens.editor import EditorScreen


class StepViews:
    """The editor screen's step widgets; the screen owns one and tells it which step to show."""

    def __init__(self, screen: EditorScreen) -> None:
        self._screen = screen
        self.built: dict[str, Step] = {}  # the steps built so far (the rest on their first visit)
        self.shown: set[str] = set()  # steps whose fields show the release
        self._mounting: dict[str, AwaitMount] = {}
        self._nav: Horizontal | None = None  # Back, where, Next: once mounted

    def first(self) -> Step:
        """The first step's widget, for the screen's first frame."""
        first = STEP_IDS[0]
        return self.built.setdefault(first, new_step(first))

    async def mount_nav_bar(self) -> None:
        """Back and Next, and between them which step this is and what it still lacks, under
        the step. Mounted after the first frame: Textual's Button costs that frame more than
        the rest of its chrome (its stylesheet alone, bench/bench_tui.py)."""
        nav = Horizontal(
            Button(
                "◂ Back",
                id="back",
                compact=True,
                tooltip=f"The previous step ({key_for('go.back')})",
            ),
            Static("", id="where", markup=False),
            Button(
                "Next ▸",
                id="next",
                compact=True,
                tooltip=f"The next step ({key_for('go.next')})",
            ),
            id="nav",
        )
        work = self._screen.query_one("#work")
        if not work.is_attached:
            return  # the app is closing
        await work.mount(nav)
        self._nav = nav
        self._update_nav()

    async def widget(self, step_id: str) -> Step:
        """The step's widget, built and mounted on first use."""
        if step_id not in self.built:
            step = self.built[step_id] = new_step(step_id)
            step.display = step_id == self._screen.step
            work = self._screen.query_one("#work")
            self._mounting[step_id] = work.mount(step, before=self._nav)
        if (mounting := self._mounting.get(step_id)) is not None:
            await mounting  # a second caller waits for the same mount
            self._mounting.pop(step_id, None)
        return self.built[step_id]

    async def show(self, step_id: str) -> None:
        """Show the release in the step, unless it shows it already."""
        if step_id in self.shown:
            return
        step = await self.widget(step_id)
        if step_id in self.shown:  # shown by another caller while this one waited
            return
        self.shown.add(step_id)
        if step_id != "review" and (done := step.load(self._screen.release)) is not None:
            await done

    async def load(self, step_id: str) -> None:
        """Show the release in the (built) step now, whether or not it showed it before."""
        self.shown.add(step_id)
        if (done := self.built[step_id].load(self._screen.release)) is not None:
            await done

    async def reload(self) -> None:
        """Show the release in the current step; the others load when next visited."""
        self.shown.clear()
        await self.show(self._screen.step)
        self.update_problems()

    def switch(self, step: str) -> None:
        """`step` is the one shown now: hide the others, and say so around it."""
        screen = self._screen
        for child in self.built.values():
            child.display = child.id == step
        screen.query_one(StepList).select_step(step)
        self._update_nav()
        screen.side.step = step

    def go(self, step: str) -> None:
        """To `step`; `step_ready` is set once it shows the release with the cursor in it."""
        screen = self._screen
        if screen.step == step:
            return
        screen.step_ready.clear()
        screen.step = step
        # On the screen's queue: the app hands out the next key only after this has run.
        screen.call_later(self._arrive, step)

    def go_by(self, offset: int) -> None:
        """To the step `offset` steps on (-1: the previous one), if there is one."""
        index = STEP_IDS.index(self._screen.step) + offset
        if 0 <= index < len(STEPS):
            self._screen.action_go(STEP_IDS[index])

    async def _arrive(self, step_id: str) -> None:
        screen = self._screen
        await self.show(step_id)
        if step_id == screen.step:
            if step_id == "review":
                self.built["review"].load(screen.release)  # the whole release, as it is now
            self.focus_first_field()
            screen.step_ready.set()

    def allows(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Whether the key for `action` does something on the step shown (the screen's
        `check_action`): None hides Back on the first step and Next on the last."""
        step = self._screen.step
        index = STEP_IDS.index(step)
        if action == "back":
            return None if index == 0 else True
        if action == "next":
            return None if index == len(STEPS) - 1 else True
        if action == "add":
            kind = str(parameters[0]) if parameters else ""
            return step == NEW_ITEMS.get(kind, "story")
        if action in ("move", "remove"):
            return step in LIST_STEPS
        return True

    def focus_first_field(self) -> None:
        """The cursor to the step's first field, at once (the next key goes there)."""
        screen = self._screen
        if screen.step == "release":
            screen.set_focus(screen.query_one("#headline"))
            return
        for widget in self.built[screen.step].query(FIELDS):
            if widget.focusable:
                screen.set_focus(widget)
                return

    def update_problems(self) -> None:
        """The step list's counts and problems, and the current step's first problem."""
        release = self._screen.release
        problems = missing_parts(release)
        counts = {s: len(getattr(release, info.collection)) for s, info in LIST_STEPS.items()}
        self._screen.query_one(StepList).show({k: len(v) for k, v in problems.items()}, counts)
        self._update_where(problems)  # worked out once per keystroke, not twice

    def _update_nav(self) -> None:
        if self._nav is None:
            return
        index = STEP_IDS.index(self._screen.step)
        self._nav.query_one("#back", Button).disabled = index == 0
        self._nav.query_one("#next", Button).disabled = index == len(STEPS) - 1
        self._update_where()

    def _update_where(self, problems: dict[str, list[str]] | None = None) -> None:
        if self._nav is None:
            return
        screen = self._screen
        index = STEP_IDS.index(screen.step)
        missing = (missing_parts(screen.release) if problems is None else problems)[screen.step]
        note = f"Step {index + 1} of {len(STEPS)}"
        if missing:
            note += f" · {missing[0]}"
        where = self._nav.query_one("#where", Static)
        if where.content != note:  # an update re-lays out the screen: only when it changes
            where.update(note)
