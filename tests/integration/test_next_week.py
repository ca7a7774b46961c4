"""Next week's statement from the library: save what last week's release knew, start from the coalition,
fill in, check, export; all through the real `pressdesk` command.
"""

from __future__ import annotations

from pathlib import Path

from pressdesk import store

from .conftest import Pressdesk, type_into

LAST_WEEK = """\
pressdesk = 1
date = 2026-11-24
headline = "Fair Fares Coalition Statement: Transit Board Delays Fare Increase"
dateline = "WASHINGTON"

[[contacts]]
name = "Priya Raman"
email = "priya@example.org"
phone = "202-555-0161"

[[contacts]]
name = "Marcus Bell"
email = "marcus@example.org"
phone = "202-555-0187"

[[body]]
text = "In response to the Metro Transit Board’s vote to delay next year’s fare increase, the Fair Fares Coalition released the following statements from member groups Riders United, Bus Drivers Local 12 and Eastside Parents Network:"

[[body]]
speaker = { name = "Keisha Morgan", title = "Executive Director", org = "Riders United" }
paragraphs = ["A delay is not a victory."]
approved = true

[[body]]
speaker = { name = "Daniel Ortiz", title = "President", org = "Bus Drivers Local 12" }
paragraphs = ["We are not celebrating yet."]
approved = true

[[body]]
speaker = { name = "Ana Lucero", title = "Chair", org = "Eastside Parents Network" }
paragraphs = ["We will be at every board meeting until the increase is gone for good."]
approved = true

[[boilerplate]]
org = "Fair Fares Coalition"
text = "The Fair Fares Coalition is an alliance of 30 rider, labor and neighborhood groups working for affordable, reliable public transit in the capital region."
"""

# The staffer's typing, placeholder by placeholder, into the file `new --coalition` wrote.
FILL_IN = [
    ("[ADD what happened, in under 70 characters]", "Transit Board Drops Fare Increase"),
    ('"[CITY]"', '"WASHINGTON"'),
    (
        "In response to [ADD what happened], Fair Fares Coalition released the following "
        "statements from member groups [MEMBER GROUP A] and [MEMBER GROUP B]:",
        "In response to the Metro Transit Board’s vote to drop next year’s fare increase, the "
        "Fair Fares Coalition released the following statements from member groups Riders "
        "United and Bus Drivers Local 12:",
    ),
    (
        '[[body]]\ntext = "[ADD a quote block for each member group speaking, then delete this '
        "paragraph. Fair Fares Coalition members in the library: Riders United; Bus Drivers "
        'Local 12; Eastside Parents Network]"\n\n',
        "",
    ),
    (
        '{ name = "[FULL NAME]", title = "[TITLE]", org = "[MEMBER GROUP A]" }',
        '{ name = "Keisha Morgan", title = "Executive Director", org = "Riders United" }',
    ),
    (
        '{ name = "[FULL NAME]", title = "[TITLE]", org = "[MEMBER GROUP B]" }',
        '{ name = "Daniel Ortiz", title = "President", org = "Bus Drivers Local 12" }',
    ),
    (
        '    "[ADD the first paragraph of the statement]",\n'
        '    "[ADD the second paragraph, or delete this line]",\n',
        '    "Riders pushed, and the board listened. Thousands of families who ride the bus to '
        'work and school will keep more of their paychecks next year.",\n'
        '    "Now the board must fund the night routes and the weekend service that riders have '
        'asked for since the spring.",\n',
    ),
    (
        '    "[ADD the first paragraph of the statement]",\n',
        '    "Drivers see every day what a fare increase would do to the riders who depend on us. '
        'We are glad the board has finally heard them, and we will hold it to its word.",\n',
    ),
    (
        "[ADD the facts and figures behind the news, and what the coalition asks for next]",
        "The Metro Transit Board proposed a 25 percent fare increase in September. More than "
        "4,000 riders signed the coalition’s petition against it, and dozens testified at three "
        "public hearings this fall.",
    ),
    ("approved = false", "approved = true"),
]


def test_next_weeks_statement_starts_from_the_library(desk: Path, pressdesk: Pressdesk) -> None:
    (desk / "last-week.toml").write_text(LAST_WEEK, encoding="utf-8")
    ran = pressdesk("library", "save-from", "last-week.toml", "--library", "team-library")
    assert (ran.status, ran.err) == (0, "")
    assert ran.out_lines == [
        "Saved to team-library:",
        "  added coalition Fair Fares Coalition (fair-fares-coalition.toml): boilerplate; "
        "2 people (Priya Raman, Marcus Bell); 3 members",
        "  added member Riders United (riders-united.toml): 1 person (Keisha Morgan)",
        "  added member Bus Drivers Local 12 (bus-drivers-local-12.toml): 1 person (Daniel Ortiz)",
        "  added member Eastside Parents Network (eastside-parents-network.toml): "
        "1 person (Ana Lucero)",
    ]

    # A week later, with the team's library named by the environment instead of a flag.
    team = {"PRESSDESK_LIBRARY": "team-library", "PRESSDESK_TODAY": "2026-12-01"}
    ran = pressdesk("library", "list", env=team)
    assert ran.out_lines[1] == (
        "  fair-fares-coalition      coalition  2 people   Fair Fares Coalition"
    )
    ran = pressdesk("new", "next.toml", "--coalition", "fair fares coalition", env=team)
    assert (ran.status, ran.err) == (0, "")
    assert ran.out_lines == [
        "Created next.toml from the statement starter.",
        "Fill in the [bracketed] parts, then run: pressdesk check next.toml",
    ]
    started = store.load(desk / "next.toml")
    assert started.date.isoformat() == "2026-12-01"
    assert [(c.name, c.email) for c in started.contacts] == [
        ("Priya Raman", "priya@example.org"),
        ("Marcus Bell", "marcus@example.org"),
    ]
    assert started.boilerplate[0].text.startswith("The Fair Fares Coalition is an alliance of 30")

    ran = pressdesk("check", "next.toml", env=team)
    assert ran.status == 1
    assert "next.toml:10:13: error [placeholder-left] placeholder “[CITY]” left in" in ran.out_lines

    type_into(desk / "next.toml", FILL_IN)
    ran = pressdesk("check", "next.toml", "--final", env=team)
    assert (ran.status, ran.err) == (0, "")
    assert "error" not in ran.out_lines[-1].replace("0 errors", "")

    ran = pressdesk("export", "next.toml", "--to", "text", "-o", "-", env=team)
    assert (ran.status, ran.err) == (0, "")
    lines = ran.out_lines
    assert lines[0] == "For Immediate Release: Dec. 1, 2026"
    assert "Priya Raman" in lines[1] and "marcus@example.org, 202-555-0187" in lines[1]
    assert lines[2] == "Fair Fares Coalition Statement: Transit Board Drops Fare Increase"
    assert lines[4] == "Keisha Morgan, Executive Director, Riders United"
    assert lines[-3:] == [
        "###",
        "The Fair Fares Coalition is an alliance of 30 rider, labor and neighborhood groups "
        "working for affordable, reliable public transit in the capital region.",
        "###",
    ]


def test_a_changed_title_is_caught_against_the_library(desk: Path, pressdesk: Pressdesk) -> None:
    (desk / "last-week.toml").write_text(LAST_WEEK, encoding="utf-8")
    assert pressdesk("library", "save-from", "last-week.toml", "--library", "lib").status == 0
    promoted = LAST_WEEK.replace('title = "President"', 'title = "Vice President"')
    (desk / "this-week.toml").write_text(promoted, encoding="utf-8")
    ran = pressdesk("check", "this-week.toml", env={"PRESSDESK_LIBRARY": "lib"})
    findings = [line for line in ran.out_lines if "[speaker-library-title]" in line]
    assert findings == [
        "this-week.toml:25:45: warning [speaker-library-title] the library has Daniel Ortiz as "
        "'President' at Bus Drivers Local 12 (here: 'Vice President')"
    ]


def test_an_unknown_coalition_writes_nothing(desk: Path, pressdesk: Pressdesk) -> None:
    ran = pressdesk("new", "next.toml", "--coalition", "Nobody Alliance", "--library", "lib")
    assert (ran.status, ran.out) == (2, "")
    assert ran.err == "pressdesk: no organisation 'Nobody Alliance' in the library at lib\n"
    assert list(desk.iterdir()) == []
