"""House typography: curly quotes with direction, apostrophes, nested marks, em dashes."""

from __future__ import annotations

import pytest

from pressdesk.render.typography import smarten


@pytest.mark.parametrize(
    ("typed", "level", "printed"),
    [
        ('She said "yes" today', 0, "She said \u201cyes\u201d today"),
        (
            "Amazon's pledge and the members' vote",
            0,
            "Amazon\u2019s pledge and the members\u2019 vote",
        ),
        ("Back in the '90s", 0, "Back in the \u201990s"),
        ("We won -- again", 0, "We won \u2014 again"),
        ("twenty--five", 0, "twenty \u2014 five"),
        # Inside a quote paragraph a quotation becomes single marks, and the next level double.
        ('feigning "goodness" again', 1, "feigning \u2018goodness\u2019 again"),
        ("feigning 'goodness' again", 1, "feigning \u2018goodness\u2019 again"),
        (
            "He said \"call it 'fair' now\" then",
            1,
            "He said \u2018call it \u201cfair\u201d now\u2019 then",
        ),
        # AP headlines use single marks: typed single quotes at the top level stay single.
        ("Mayor Calls Plan 'Unfair'", 0, "Mayor Calls Plan \u2018Unfair\u2019"),
        ('"Quoted," she said.', 0, "\u201cQuoted,\u201d she said."),
        ('("in brackets")', 0, "(\u201cin brackets\u201d)"),
        ("already \u201ccurly\u201d here", 1, "already \u2018curly\u2019 here"),
    ],
)
def test_smarten(typed: str, level: int, printed: str) -> None:
    assert smarten(typed, level=level) == printed


def test_code_spans_and_link_targets_are_left_alone() -> None:
    typed = 'Run `say "hi"` and read [the "kit"](https://example.org/it\'s "Title")'
    assert smarten(typed) == (
        'Run `say "hi"` and read [the \u201ckit\u201d](https://example.org/it\'s "Title")'
    )


def test_plain_text_is_unchanged() -> None:
    assert smarten("Nothing to change here.") == "Nothing to change here."
