"""What the editor does with the checks' findings: F7 to the findings panel and back, new findings
shown, a finding chosen (the cursor to its words), fixed, every safe fix made at once, a spelling
chosen, and the house style switched.

The findings panel, the fixes and the spans are imported when first used (start-up, issue 18)."""

from __future__ import annotations

import asyncio
from functools import partial
from typing import TYPE_CHECKING

from pressdesk.tui.edits import SetField
from pressdesk.tui.keymap import key_for
from pressdesk.tui.steps import step_of
from pressdesk.tui.widgets.step_list import StepList

if TYPE_CHECKING:
    from textual.widget import Widget

    from pressdesk.findings import Finding
    from pressdesk.tui.checking import FindingsReady
    from pressdesk.tui.screens.editor import EditorScreen


class FindingActions:
    """The editor screen's handling of the findings; the screen owns one and hands it the
    findings panel's messages."""

    def __init__(self, screen: EditorScreen) -> None:
        self._screen = screen
        self._before_findings: Widget | None = None  # where F7 goes back to from the findings

    def to_and_fro(self) -> None:
        """F7: to the findings (showing them if hidden); from the findings, back to the step."""
        screen = self._screen
        panel = screen.findings_panel()
        if panel is None:
            return
        if panel.has_focus_within:
            back, self._before_findings = self._before_findings, None
            if screen.side.show_findings and not screen.side.wide:
                screen.side.show_findings = (
                    None  # a narrow terminal gives the room back to the step
                )
            if back is not None and back.is_attached and back.focusable:
                screen.set_focus(back)
            else:
                screen.step_views.focus_first_field()
            return
        self._before_findings = screen.focused
        screen.side.show_findings = True
        screen.set_focus(panel.query_one("#findings-list"))

    def show(self, message: FindingsReady) -> None:
        """The checker's newest findings, in the panel and as counts in the step list."""
        screen = self._screen
        if (panel := screen.findings_panel()) is None:
            return
        panel.show(message.findings, message.generation)
        screen.query_one(StepList).show_findings(panel.counts_by_step())

    def select(self, finding: Finding) -> None:
        """To the step of `finding`, and the cursor to its words."""
        self._screen.action_go(step_of(finding.field))
        self._screen.call_later(self._select, finding)

    async def _select(self, finding: Finding) -> None:
        from pressdesk.tui.finding_steps import jump_target
        from pressdesk.tui.spans import select_finding

        await self._screen.step_views.show(step_of(finding.field))
        select_finding(self._screen, jump_target(finding))  # a speaker's finding: the Speaker field

    def fix(self, finding: Finding) -> None:
        """Make the safe fix of `finding`, as a change one ctrl+z takes back."""
        from pressdesk.tui.fixing import FixError, apply_fix

        screen = self._screen
        try:
            _fixed, applied = apply_fix(screen.release, finding)
        except FixError as exc:
            screen.notify(str(exc), title="Not fixed", severity="warning")
            return
        edit = SetField(applied.field, applied.after)
        screen.call_later(partial(screen.apply_edit, edit, said=f"fixed {finding.rule}"))

    def fix_all(self) -> None:
        """Every safe fix in the release at once (`check --fix`'s); one undo takes all back."""
        screen = self._screen

        async def run() -> None:
            from pressdesk.tui.checking import CheckSetup
            from pressdesk.tui.fixing import fix_everything

            checker = screen.desk.checker
            setup = checker.setup if checker is not None else CheckSetup(folder=screen.path.parent)
            group, count = await asyncio.to_thread(
                fix_everything, screen.release, setup.context(screen.release)
            )
            if not group.edits:
                screen.toasts.say("history", "No safe fixes to make.", title="Fix all")
                return
            said = f"{count} safe fix{'es' if count != 1 else ''}"
            await screen.apply_edit(group, said=f"made {said}")
            screen.toasts.say(
                "history", f"Made {said} — {key_for('edit.undo')} takes them all back", timeout=6
            )

        screen.call_later(run)

    def choose_spelling(self, finding: Finding, word: str) -> None:
        # A chosen spelling goes through the fix path: one ctrl+z takes it back.
        fixed = self._screen.desk.suggestion(self._screen.release, finding, word)
        if fixed is not None:
            self.fix(fixed)

    def check_profile(self, profile: str) -> None:
        """Check against another house style (`coalition`, `ap`, `wire`)."""
        screen = self._screen
        if (panel := screen.findings_panel()) is not None:
            panel.profile = profile
        screen.release = screen.release.replace(profile=profile)
        screen.changed()
        screen.call_later(screen.step_views.reload)
