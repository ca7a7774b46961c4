"""The Release step: release line, date, embargo, headline (with a length meter), subheadline,
dateline and house style."""

from __future__ import annotations

from datetime import UTC, datetime

from textual import on
from textual.app import ComposeResult
from textual.await_complete import AwaitComplete
from textual.containers import Horizontal
from textual.widgets import Input, Static

from pressdesk.ap import embargo_local, load_zone
from pressdesk.model import PROFILES, Release
from pressdesk.tui.edits import Edit, SetField
from pressdesk.tui.validation import (
    DateValidator,
    TimeValidator,
    ZoneValidator,
    parse_date,
    parse_time,
)
from pressdesk.tui.widgets.choice import ChoiceField
from pressdesk.tui.widgets.field_row import FieldRow
from pressdesk.tui.widgets.fields import TextField
from pressdesk.tui.widgets.step import Step

LINES = [("Immediate", "immediate"), ("Embargoed", "embargoed")]
PROFILE_NAMES = {"coalition": "Coalition", "ap": "AP", "wire": "Wire"}

HEADLINE_HELP = """\
### Headline
One line that says who did what. Aim for **under 70 characters** (inboxes and search cut the
rest) and never more than 88; 10 words or fewer reads best. No full stop at the end.
Type plain quote marks and dashes: pressdesk sets the typography on export."""

HELP = {
    "date": "### Release date\nThe day the release goes out, as YYYY-MM-DD. Exports print it AP style (Nov. 24, 2026).",
    "embargo-date": "### Embargo date\nThe day the news may be published, as YYYY-MM-DD.",
    "embargo-time": "### Embargo time\nThe clock time the embargo lifts, such as 09:00 or 12:01 am, in the time zone beside it.",
    "zone": "### Time zone\nAn IANA zone such as America/New_York, so the release prints EDT or EST correctly.",
    "subheadline": "### Subheadline\nOptional: one sentence under the headline that adds the key detail.",
    "dateline": "### Dateline\nThe city the news comes from, in capitals (WASHINGTON, or SPRINGFIELD, Ill.). Exports put it, with a dash, before the lede.",
}


LINE_HELP = """\
### Release line
**Immediate**: reporters may publish at once. **Embargoed**: not before the date and time you
give; pressdesk prints it AP style (9:30 a.m. PST, Wednesday, Nov. 25, 2026)."""
PROFILE_HELP = """\
### House style
Which rulebook the checks follow: **Coalition** (statements from member groups), **AP** (the
Associated Press Stylebook), or **Wire** (what the newswire services ask for)."""


def headline_note(headline: str) -> tuple[str, str]:
    """The length meter under the headline, and its level ("", "info" or "warning")."""
    chars, words = len(headline), len(headline.split())
    text = f"{chars} characters, {words} words"
    if chars > 88 or words > 22:
        return f"{text}: too long for most wires (88 at most)", "warning"
    if chars > 70:
        return f"{text}: inboxes may cut it after 70", "info"
    return text, ""


class ReleaseStep(Step):
    """Release line, date, embargo, headline, subheadline, dateline and profile."""

    STEP_ID = "release"
    _release: Release | None = None  # the release last loaded

    class Changed(Step.Changed):
        """A field of the Release step changed."""

    def compose(self) -> ComposeResult:
        yield from self.compose_intro()
        yield FieldRow(
            "Release line", ChoiceField(LINES, value="immediate", id="line", help=LINE_HELP)
        )
        yield FieldRow(
            "Date",
            TextField(
                path="date",
                placeholder="YYYY-MM-DD",
                validators=[DateValidator()],
                valid_empty=False,
                help=HELP["date"],
            ),
            id="date-row",
        )
        # The embargo line goes under the date: built with the step for an embargoed release,
        # and otherwise right after the first frame, which it would cost 8-10 ms while hidden.
        yield FieldRow(
            "Headline",
            TextField(
                path="headline",
                placeholder="Who did what, in one line",
                help=HEADLINE_HELP,
                id="headline",
            ),
            id="headline-row",
        )
        yield FieldRow(
            "Subheadline",
            TextField(path="subheadline", placeholder="optional", help=HELP["subheadline"]),
        )
        yield FieldRow(
            "Dateline",
            TextField(
                path="dateline", placeholder="WASHINGTON", help=HELP["dateline"], id="dateline"
            ),
        )
        yield FieldRow(
            "House style",
            ChoiceField(
                [(PROFILE_NAMES[p], p) for p in PROFILES],
                value="coalition",
                id="profile",
                help=PROFILE_HELP,
            ),
        )

    def on_mount(self) -> None:
        # The embargo's fields show whenever the line says embargoed, however it came to say it
        # (a pick, a load, a fix), and at once rather than when the change message arrives.
        self.watch(self.query_one("#line", ChoiceField), "value", self._show_embargo)
        self.call_after_refresh(self._embargo_fields)

    def _show_embargo(self, line: str) -> None:
        if (row := self._embargo_row()) is not None:
            row.display = line == "embargoed"
        elif line == "embargoed":
            self.call_later(self._embargo_fields)  # picked before it was built

    def _embargo_row(self) -> Horizontal | None:
        """The embargo line, once it is built."""
        found = self.query_children("#embargo-row")
        return found.first(Horizontal) if found else None

    async def _embargo_fields(self) -> None:
        """Build the embargo line, if it is not built yet, and show the release in it."""
        if self._embargo_row() is not None or not self.is_attached:
            return
        row, note = self._new_embargo()
        row.display = self.query_one("#line", ChoiceField).value == "embargoed"
        await self.mount(row, note, after=self.query_one("#date-row"))
        if self._release is not None:
            self._load_embargo(self._release)

    def _new_embargo(self) -> tuple[Horizontal, Static]:
        """Date, time and zone on one line, and one note under them for whichever is wrong:
        three notes side by side would each wrap to a column of words."""
        row = Horizontal(
            Static("Embargo", classes="field-label", markup=False),
            *(
                TextField(
                    path=path,
                    placeholder=placeholder,
                    validators=[validator],
                    valid_empty=valid_empty,
                    help=HELP[path],
                    id=path,
                )
                for path, placeholder, validator, valid_empty in (
                    ("embargo-date", "YYYY-MM-DD", DateValidator(), False),
                    ("embargo-time", "09:00", TimeValidator(), False),
                    ("zone", "America/New_York", ZoneValidator(), True),
                )
            ),
            id="embargo-row",
            classes="field-line",
        )
        note = Static("", id="embargo-note", classes="field-message -invalid", markup=False)
        note.display = False
        return row, note

    @on(Input.Changed, "#embargo-row TextField")
    def _embargo_note(self) -> None:
        """Say what is wrong with the first embargo field that has something wrong typed in it
        (an empty one is reported in the step's summary and the findings, not here)."""
        problem = ""
        row = self._embargo_row()
        if row is None:
            return
        for field in row.query(TextField):
            result = field.validate(field.value) if field.value.strip() else None
            if result is not None and not result.is_valid:
                problem = result.failure_descriptions[0]
                break
        note = self.query_one("#embargo-note", Static)
        if note.content != problem:
            note.update(problem)
        note.display = bool(problem)
        row.set_class(bool(problem), "-noted")

    def load(self, release: Release) -> AwaitComplete | None:
        self._release = release  # for the embargo line, if it is built later
        for select_id, value in (("line", release.line), ("profile", release.profile)):
            self.query_one(f"#{select_id}", ChoiceField).load(value)
        self._load_fields(
            {
                "date": release.date.isoformat(),
                "headline": release.headline,
                "subheadline": release.subheadline,
                "dateline": release.dateline,
            }
        )
        self._meter(release.headline)
        if self._embargo_row() is not None:
            self._load_embargo(release)
        elif release.line == "embargoed" or release.embargo is not None:
            return AwaitComplete(self._embargo_fields())  # on screen from the first frame
        return None

    def _load_embargo(self, release: Release) -> None:
        values = {"zone": release.zone}
        if release.embargo is not None:
            local = embargo_local(release.embargo, release.zone)
            values["embargo-date"] = local.date().isoformat()
            values["embargo-time"] = f"{local:%H:%M}"
        self._load_fields(values)
        self._embargo_note()

    def _load_fields(self, values: dict[str, str]) -> None:
        for field in self.query(TextField):
            if field.path in values:
                field.load(values[field.path])
                if isinstance(field.parent, FieldRow):
                    field.parent.show_result(
                        field.validate(field.value) if field.validators else None
                    )

    def _meter(self, headline: str) -> None:
        note, level = headline_note(headline)
        self.query_one("#headline-row", FieldRow).set_note(note, level=level)

    def _embargo(self, zone: str | None = None) -> datetime | None:
        if self._embargo_row() is None:
            return None  # not built yet: nothing typed in it
        day = parse_date(self.query_one("#embargo-date", TextField).value)
        clock = parse_time(self.query_one("#embargo-time", TextField).value)
        if day is None or clock is None:
            return None
        name = (zone if zone is not None else self.query_one("#zone", TextField).value).strip()
        return datetime.combine(day, clock, tzinfo=load_zone(name) or UTC)

    def edit_for(self, field: TextField, value: str) -> Edit | None:
        if field.path == "headline":
            self._meter(value)
        if field.path == "date":
            day = parse_date(value)
            return SetField("date", day) if day is not None else None
        if field.path in ("embargo-date", "embargo-time", "zone"):
            if field.path == "zone":
                if load_zone(value.strip()) is None and value.strip():
                    return None
                self.post_edit(SetField("zone", value.strip()))
            embargo = self._embargo()
            return SetField("embargo", embargo) if embargo is not None else None
        return SetField(field.path, value)

    @on(ChoiceField.Changed)
    def _choice_changed(self, event: ChoiceField.Changed) -> None:
        event.stop()
        if event.choice.id == "line":
            embargoed = event.value == "embargoed"
            self.post_edit(SetField("line", event.value))
            self.post_edit(SetField("embargo", self._embargo() if embargoed else None))
        elif event.choice.id == "profile":
            self.post_edit(SetField("profile", event.value))
