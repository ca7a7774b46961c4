"""The findings panel: what the checks found, grouped by step, one keystroke from the spot at fault.

Attributes down, messages up: the app calls `show(findings)` and sets `profile`; the panel posts
`Selected` (go there), `FixRequested` (apply the safe fix), `ProfileChanged` (switch house style),
and for a misspelling `SuggestionChosen` (put this word in its place) and `AddWordRequested` (add
the word to the library's words). A misspelling's suggestions are listed under it one by one,
with "add to the coalition's words" beside them: enter on one chooses it.
"""

from __future__ import annotations

from collections.abc import Sequence

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.reactive import reactive
from textual.widget import Widget
from textual.widgets import Label, OptionList, Select, Static
from textual.widgets.option_list import Option

from pressdesk.findings import Finding
from pressdesk.model import PROFILES
from pressdesk.tui.finding_steps import StepCount, count_by_step
from pressdesk.tui.spelling_choices import choices, named_word
from pressdesk.tui.widgets.finding_options import (
    Shown,
    count_words,
    listed,
    looks,
    options_for,
    replace_prompts,
    same_rows,
    shown_rows,
)
from pressdesk.tui.widgets.findings_list import FindingsList
from pressdesk.tui.widgets.steady_text import show_text
from pressdesk.tui.word_in_progress import settled


def _same_place(a: Finding, b: Finding) -> bool:
    # Used to keep the highlight on "the same" finding after the list is rebuilt.
    return (a.rule, a.field, a.start) == (b.rule, b.field, b.start)


class FindingsPanel(Vertical):
    """Findings grouped by step, with severity, rule and message; enter goes there, f fixes."""

    DEFAULT_CSS = """
    FindingsPanel {
        width: 1fr;
        height: 1fr;
        border-left: vkey $primary 30%;
        padding: 0 0 0 1;
    }
    FindingsPanel > #findings-header { height: auto; }
    FindingsPanel #findings-title { width: 1fr; padding: 0 1 0 0; text-style: bold; }
    FindingsPanel #findings-profile { width: 18; }
    FindingsPanel #findings-summary { color: $text-muted; height: auto; }
    FindingsPanel > OptionList { height: 1fr; border: none; padding: 0; }
    FindingsPanel #findings-hint { color: $text-muted; height: 1; }
    """

    BINDINGS = [
        Binding(
            "f",
            "fix",
            "Fix",
            id="findings.fix",
            tooltip="Apply the safe fix of the highlighted finding (it never changes words)",
        ),
    ]

    profile: reactive[str] = reactive("coalition", init=False)
    """The house style the findings are for; the switcher shows it."""

    class _AboutFinding(Message):
        """A message about one finding, sent by the panel (the base of the two below)."""

        def __init__(self, panel: FindingsPanel, finding: Finding) -> None:
            super().__init__()
            self.panel = panel
            self.finding = finding

        @property
        def control(self) -> FindingsPanel:
            return self.panel

    class Selected(_AboutFinding):
        """The staffer chose a finding: go to its step, focus its field and select its span."""

    class FixRequested(_AboutFinding):
        """The staffer asked to apply the safe fix of a finding (`finding.fix` is set)."""

    class SuggestionChosen(_AboutFinding):
        """The staffer chose `word` to replace the misspelt word of `finding`."""

        def __init__(self, panel: FindingsPanel, finding: Finding, word: str) -> None:
            super().__init__(panel, finding)
            self.word = word

    class AddWordRequested(_AboutFinding):
        """The staffer says the word of `finding` is right: add `word` to the library's words."""

        def __init__(self, panel: FindingsPanel, finding: Finding, word: str) -> None:
            super().__init__(panel, finding)
            self.word = word

    class ProfileChanged(Message):
        """The staffer switched the house style (`coalition`, `ap` or `wire`)."""

        def __init__(self, panel: FindingsPanel, profile: str) -> None:
            super().__init__()
            self.panel = panel
            self.profile = profile

        @property
        def control(self) -> FindingsPanel:
            return self.panel

    def __init__(
        self,
        *,
        profile: str = "coalition",
        id: str | None = "findings",
        classes: str | None = None,
    ) -> None:
        super().__init__(id=id, classes=classes)
        self._findings: tuple[Finding, ...] = ()
        self._as_checked: tuple[Finding, ...] = ()  # the same, with the word being typed
        self._by_option: list[Finding] = []  # option "finding-N" shows self._by_option[N]
        self._shown: Shown = []  # what the list shows
        self._looks: tuple[tuple[object, ...], ...] | None = None  # looks() of what it shows
        self._summary = "Checking…"  # what the summary line shows (as composed)
        self._generation = -1
        self._checked = False
        self._behind = False  # findings came while hidden: drawn when the panel shows
        self._offered = False  # whether the footer offers `f` (the highlighted finding is fixable)
        self.set_reactive(FindingsPanel.profile, profile)

    def compose(self) -> ComposeResult:
        with Horizontal(id="findings-header"):
            yield Label("Findings", id="findings-title")
            yield Select(
                [(name, name) for name in PROFILES],
                value=self.profile,
                allow_blank=False,
                compact=True,
                id="findings-profile",
                tooltip="House style the checks follow",
            )
        yield Static("Checking…", id="findings-summary")
        yield FindingsList(id="findings-list")
        yield Static("enter go to it · f fix", id="findings-hint")

    # --- attributes down -----------------------------------------------------------------------

    @property
    def findings(self) -> tuple[Finding, ...]:
        """The findings shown, in reading order."""
        return self._findings

    @property
    def generation(self) -> int:
        """The checker's generation of the findings shown (-1 before the first)."""
        return self._generation

    def show(self, findings: Sequence[Finding], generation: int | None = None) -> None:
        """Show these findings (ignored if `generation` is older than what is shown)."""
        if generation is not None:
            if generation < self._generation:
                return
            self._generation = generation
        self._as_checked = tuple(findings)
        self._findings = settled(findings, self.screen.focused)
        self._checked = True
        # Hidden (a narrow terminal), the list waits until it shows: a hidden widget's repaint
        # makes Textual arrange the whole screen again, which cost a key 17 ms on every word.
        self._behind = not self._on_screen()
        if not self._behind:
            self._draw()

    def catch_up(self) -> None:
        """Show the newest findings, if they came while the panel was hidden (it shows now)."""
        if self._behind and self._on_screen():
            self._behind = False
            self._draw()

    def _on_screen(self) -> bool:
        for node in self.ancestors_with_self:
            if node is self.screen:
                return True
            if not node.display:
                return False
        return False

    def _draw(self) -> None:
        looked = looks(self._findings)
        if looked == self._looks:
            # Typing before the findings moved their words, not what the list says of them: the
            # options stay; only which finding (and span) each one stands for is new.
            self._by_option = listed(self._findings)
            return
        self._looks = looked
        option_list = self.query_one("#findings-list", FindingsList)
        keep = self.highlighted_finding
        keep_index = self._by_option.index(keep) if keep in self._by_option else 0
        options, self._by_option = options_for(self._findings)
        # Typing mostly leaves the findings' words as they were (only their places move): then the
        # list on screen is already right, and rebuilding it would re-lay out the panel on a key.
        shown = shown_rows(options)
        if shown != self._shown:
            if same_rows(shown, self._shown):
                replace_prompts(option_list, options, shown, self._shown)
            else:
                option_list.set_options(options)
            self._shown = shown
        self._restore_highlight(option_list, keep, keep_index)
        self._update_summary()
        self._fix_offered()

    def on_mount(self) -> None:
        self.watch(self.screen, "focused", self._focus_moved, init=False)

    def _focus_moved(self, focused: Widget | None) -> None:
        # A misspelling held back while its word was typed shows once the cursor leaves the field.
        if settled(self._as_checked, focused) != self._findings:
            self.show(self._as_checked)

    def watch_profile(self, profile: str) -> None:
        select = self.query_one("#findings-profile", Select)
        if select.value != profile:
            select.value = profile
        self._update_summary()

    # --- reading ------------------------------------------------------------------------------

    def counts_by_step(self) -> dict[str, StepCount]:
        """Per step (all five, in order): how many errors, warnings and infos it has."""
        return count_by_step(self._findings)

    @property
    def highlighted_finding(self) -> Finding | None:
        """The finding under the cursor, if any."""
        if not self.is_mounted:
            return None
        option = self.query_one("#findings-list", OptionList).highlighted_option
        return self._finding_of(option)

    def _finding_of(self, option: Option | None) -> Finding | None:
        if option is None or option.id is None or not option.id.startswith("finding-"):
            return None
        return self._by_option[int(option.id.removeprefix("finding-"))]

    # --- messages up --------------------------------------------------------------------------

    @on(OptionList.OptionSelected, "#findings-list")
    def _go_to(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        option_id = event.option.id or ""
        kind, _, where = option_id.partition("-")
        if kind == "choice":
            n, _, k = where.partition("-")
            finding = self._by_option[int(n)]
            self.post_message(self.SuggestionChosen(self, finding, choices(finding)[int(k)]))
        elif kind == "addword":
            finding = self._by_option[int(where)]
            self.post_message(self.AddWordRequested(self, finding, named_word(finding)))
        elif (chosen := self._finding_of(event.option)) is not None:
            self.post_message(self.Selected(self, chosen))

    @on(OptionList.OptionHighlighted, "#findings-list")
    def _highlighted(self, event: OptionList.OptionHighlighted) -> None:
        event.stop()
        self._fix_offered()

    def _fix_offered(self) -> None:
        # The footer is rebuilt on every refresh of the bindings: only when `f` comes or goes.
        offered = self.check_action("fix", ()) is True
        if offered != self._offered:
            self._offered = offered
            self.refresh_bindings()

    @on(Select.Changed, "#findings-profile")
    def _profile_switched(self, event: Select.Changed) -> None:
        event.stop()
        value = event.value
        if isinstance(value, str) and value != self.profile:
            self.profile = value
            self.post_message(self.ProfileChanged(self, value))

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "fix":
            finding = self.highlighted_finding
            return True if finding is not None and finding.fix is not None else None
        return True

    def action_fix(self) -> None:
        """Ask for the highlighted finding's safe fix."""
        finding = self.highlighted_finding
        if finding is not None and finding.fix is not None:
            self.post_message(self.FixRequested(self, finding))

    # --- helpers ------------------------------------------------------------------------------

    def _restore_highlight(
        self, option_list: OptionList, keep: Finding | None, keep_index: int
    ) -> None:
        # The same finding if it is still there; else the one that took its place (after a fix).
        if not self._by_option:
            return
        target = min(keep_index, len(self._by_option) - 1)
        if keep is not None:
            for i, finding in enumerate(self._by_option):
                if _same_place(finding, keep):
                    target = i
                    break
        option_list.highlighted = option_list.get_option_index(f"finding-{target}")

    def _update_summary(self) -> None:
        if not self.is_mounted:
            return
        text = self._summary_text()
        if text != self._summary:  # an unchanged line is not laid out again on every key
            self._summary = text
            show_text(self.query_one("#findings-summary", Static), text)

    def _summary_text(self) -> str:
        if not self._checked:
            return "Checking…"
        if not self._findings:
            return f"No findings in the {self.profile} house style."
        total = StepCount()
        for finding in self._findings:
            total = total.add(finding.severity)
        parts = [f"{n} {name}" for n, name in count_words(total) if n]
        fixable = sum(1 for f in self._findings if f.fix is not None)
        if fixable:
            parts.append(f"{fixable} fixable")
        return ", ".join(parts)
