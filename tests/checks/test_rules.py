"""Each registered rule: a true positive it must find (field, span, severity) and a near miss it
must not (more cases in real_text_cases.py and library_cases.py)."""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path

import library_cases
import pytest
import real_text_cases
from checkcases import (
    EST,
    LEDE,
    Case,
    block,
    clean_release,
    closing,
    contact,
    lede,
    quote_text,
    run,
)

from pressdesk.checks import REGISTRY
from pressdesk.model import (
    Boilerplate,
    BulletList,
    Contact,
    Heading,
    Paragraph,
    Quote,
    Speaker,
    get_text,
)

LONG_HEADLINE = (
    "Riverside Coalition Responds to the County's Decision to Pause Its Rent Relief Program Today"
)
A_QUOTE = Quote(
    ("Families have waited months for help.",),
    Speaker("Ana Lopez", "Director", "Tenants United"),
    approved=True,
)

FIRES = [
    # structure
    Case(
        "no contacts",
        "structure-required",
        clean_release(contacts=()),
        "contacts",
        severity="error",
    ),
    Case("no headline", "structure-required", clean_release(headline=""), "headline"),
    Case("no dateline", "structure-required", clean_release(dateline=""), "dateline"),
    Case(
        "About heading in body",
        "structure-order",
        block(5, Heading("About the Coalition")),
        "body[5].heading",
        "About the Coalition",
        "warning",
    ),
    Case(
        "text after typed end mark",
        "structure-order",
        block(4, Paragraph("###")),
        "body[5]",
        severity="error",
    ),
    # release line and embargo
    Case(
        "embargoed with no time",
        "release-line-present",
        clean_release(line="embargoed"),
        "line",
        severity="warning",
    ),
    Case("bad date", "release-line-date", clean_release(date=None), "date"),
    Case(
        "immediate with embargo",
        "release-line-conflict",
        clean_release(embargo=datetime(2026, 11, 24, 0, 1, tzinfo=EST)),
        "embargo",
        severity="error",
    ),
    Case(
        "embargo phrase in text",
        "release-line-conflict",
        clean_release(subheadline="Embargoed until 12:01 a.m. EST, Nov. 24"),
        "subheadline",
        "Embargoed until",
    ),
    Case(
        "embargo no zone",
        "embargo-complete",
        clean_release(line="embargoed", embargo=datetime(2026, 11, 24, 0, 1)),
        "embargo",
        severity="error",
    ),
    Case(
        "embargo typed without time",
        "embargo-complete",
        clean_release(subheadline="Embargoed until Nov. 24"),
        "subheadline",
        "Embargoed until",
    ),
    Case(
        "EST in July",
        "embargo-dst",
        closing("The call starts at 2 p.m. EST on July 14, 2026."),
        "body[4].text",
        "EST",
        "error",
    ),
    Case(
        "EDT in December",
        "embargo-dst",
        closing("The call starts at 2 p.m. EDT on Dec. 8."),
        "body[4].text",
        "EDT",
    ),
    Case(
        "offset not the zone's",
        "embargo-dst",
        clean_release(
            date=datetime(2026, 7, 14).date(),
            line="embargoed",
            embargo=datetime(2026, 7, 14, 0, 1, tzinfo=EST),
            zone="America/New_York",
        ),
        "embargo",
    ),
    # dates and times
    Case(
        "September before a day",
        "date-month-ap",
        closing("The board meets September 4, 2026."),
        "body[4].text",
        "September",
        "warning",
    ),
    Case(
        "Sept without period",
        "date-month-ap",
        closing("The board meets Sept 4."),
        "body[4].text",
        "Sept",
    ),
    Case(
        "Sep. is not AP",
        "date-month-ap",
        closing("The board meets Sep. 4."),
        "body[4].text",
        "Sep.",
    ),
    Case(
        "Jun. for June", "date-month-ap", closing("The board met Jun. 11."), "body[4].text", "Jun."
    ),
    Case(
        "abbreviated month with year",
        "date-month-ap",
        closing("The program began in Sept. 2020."),
        "body[4].text",
        "Sept.",
    ),
    Case(
        "ordinal",
        "date-no-ordinal",
        closing("The board meets Dec. 8th."),
        "body[4].text",
        "th",
        "warning",
    ),
    Case(
        "ordinal in dateline date",
        "date-no-ordinal",
        clean_release(dateline="RIVERSIDE, Calif., Nov. 24th"),
        "dateline",
        "th",
    ),
    Case(
        "wrong weekday",
        "date-weekday-match",
        closing("The board meets Monday, Dec. 8, 2026."),
        "body[4].text",
        "Monday",
        "error",
    ),
    Case(
        "wrong weekday, no year",
        "date-weekday-match",
        clean_release(headline="Tenants Rally Friday, Nov. 24 at County Hall"),
        "headline",
        "Friday",
    ),
    Case(
        "reused template year",
        "date-year-sanity",
        clean_release(date=datetime(2025, 11, 24).date()),
        "date",
        severity="warning",
    ),
    Case(
        "date far from today",
        "date-year-sanity",
        clean_release(date=datetime(2026, 3, 2).date()),
        "date",
    ),
    Case(
        "AM in caps",
        "time-ap-format",
        closing("Doors open at 9 AM on Dec. 8."),
        "body[4].text",
        "9 AM",
        "warning",
    ),
    Case(
        ":00",
        "time-ap-format",
        closing("Doors open at 9:00 a.m. on Dec. 8."),
        "body[4].text",
        "9:00 a.m.",
    ),
    Case(
        "12 p.m.",
        "time-ap-format",
        closing("Doors open at 12 p.m. on Dec. 8."),
        "body[4].text",
        "12 p.m.",
    ),
    Case(
        "redundant morning",
        "time-ap-format",
        closing("Doors open at 10 a.m. this morning."),
        "body[4].text",
        " this morning",
    ),
    # contacts
    Case(
        "contact without phone: reachable by email, a warning",
        "contact-present",
        contact(phone=""),
        "contacts[0].phone",
        severity="warning",
    ),
    Case("contact without email", "contact-present", contact(email=""), "contacts[0].email"),
    Case(
        "contact nobody can reach",
        "contact-present",
        contact(email="", phone=""),
        "contacts[0].email",
        severity="error",
    ),
    Case(
        "scraped email",
        "contact-email-valid",
        contact(email="[email protected]"),
        "contacts[0].email",
        "[email protected]",
        "error",
    ),
    Case(
        "at obfuscation",
        "contact-email-valid",
        contact(email="dana [at] example [dot] org"),
        "contacts[0].email",
        "dana [at] example [dot] org",
    ),
    Case(
        "(at) obfuscation",
        "contact-email-valid",
        contact(email="dana(at)example.org"),
        "contacts[0].email",
        "dana(at)example.org",
    ),
    Case(
        "mailto left in",
        "contact-email-valid",
        contact(email="mailto:dana@example.org"),
        "contacts[0].email",
        "mailto:",
    ),
    Case(
        "trailing punctuation",
        "contact-email-valid",
        contact(email="dana@example.org."),
        "contacts[0].email",
        "dana@example.org.",
    ),
    Case(
        "no domain dot",
        "contact-email-valid",
        contact(email="dana@example"),
        "contacts[0].email",
        "dana@example",
    ),
    Case(
        "scraped email in the copy",
        "contact-email-valid",
        closing("Write to [email protected] for details."),
        "body[4].text",
        "[email protected]",
    ),
    Case(
        "phone in parentheses",
        "contact-phone-format",
        contact(phone="(202) 555-0143"),
        "contacts[0].phone",
        "(202) 555-0143",
        "warning",
    ),
    Case(
        "phone with dots",
        "contact-phone-format",
        contact(phone="202.555.0143"),
        "contacts[0].phone",
        "202.555.0143",
    ),
    Case(
        "phone digits only",
        "contact-phone-format",
        contact(phone="2025550143"),
        "contacts[0].phone",
    ),
    Case(
        "phone extension",
        "contact-phone-format",
        contact(phone="202-555-0143 x12"),
        "contacts[0].phone",
    ),
    Case(
        "not a phone", "contact-phone-format", contact(phone="call the office"), "contacts[0].phone"
    ),
    Case(
        "same email twice",
        "contact-dup",
        contact(email="marco@example.org"),
        "contacts[1].email",
        severity="warning",
    ),
    Case(
        "same person twice",
        "contact-dup",
        contact(name="Marco Ruiz", email="m2@example.org", phone="202-555-0111"),
        "contacts[1].name",
    ),
    # headline
    Case(
        "two-word headline",
        "headline-present",
        clean_release(headline="Coalition Responds"),
        "headline",
        "Coalition Responds",
        "error",
    ),
    Case(
        "headline over 88",
        "headline-length-chars",
        clean_release(headline=LONG_HEADLINE),
        "headline",
        LONG_HEADLINE[88:],
        "warning",
    ),
    Case(
        "headline over 70",
        "headline-length-chars",
        clean_release(
            headline="Riverside Coalition Responds to the County Decision on Rent Relief Program"
        ),
        "headline",
        severity="info",
    ),
    Case(
        "headline over 22 words",
        "headline-length-words",
        clean_release(headline=" ".join(["word"] * 23)),
        "headline",
        severity="error",
    ),
    Case(
        "headline over 12 words",
        "headline-length-words",
        clean_release(
            headline="Tenants and Lawyers Ask County to Restore Rent Relief Before the Winter Holidays"
        ),
        "headline",
        severity="info",
    ),
    Case(
        "headline period",
        "headline-no-end-punct",
        clean_release(headline="Coalition Responds to County Pause."),
        "headline",
        ".",
        "warning",
    ),
    Case(
        "headline exclamation",
        "headline-no-end-punct",
        clean_release(headline="Coalition Responds to County Pause!"),
        "headline",
        "!",
        "error",
    ),
    Case(
        "headline question",
        "headline-no-end-punct",
        clean_release(headline="Will the County Restore Rent Relief?"),
        "headline",
        "?",
        "warning",
    ),
    Case(
        "caps headline, coalition",
        "headline-all-caps",
        clean_release(headline="COALITION RESPONDS TO COUNTY PAUSE"),
        "headline",
        severity="warning",
    ),
    Case(
        "caps headline, ap",
        "headline-all-caps",
        clean_release(headline="COALITION RESPONDS TO COUNTY PAUSE"),
        "headline",
        severity="error",
        profile="ap",
    ),
    Case(
        "caps headline, wire",
        "headline-all-caps",
        clean_release(headline="COALITION RESPONDS TO COUNTY PAUSE"),
        "headline",
        severity="error",
        profile="wire",
    ),
    # dateline
    Case(
        "body starts with a quote",
        "dateline-present",
        block(0, A_QUOTE),
        "body[0]",
        severity="error",
    ),
    Case(
        "dateline typed in lede",
        "dateline-present",
        lede("RIVERSIDE, Calif. — " + LEDE, dateline=""),
        "body[0].text",
        "RIVERSIDE, Calif. — ",
    ),
    Case(
        "city not in caps",
        "dateline-city-caps",
        clean_release(dateline="Riverside, Calif."),
        "dateline",
        "Riverside",
        "error",
    ),
    Case(
        "state in caps",
        "dateline-city-caps",
        clean_release(dateline="ANN ARBOR, MICH."),
        "dateline",
        "MICH.",
    ),
    Case(
        "WASHINGTON, D.C.",
        "dateline-standalone-city",
        clean_release(dateline="WASHINGTON, D.C."),
        "dateline",
        ", D.C.",
        "warning",
    ),
    Case(
        "NEW YORK, NY",
        "dateline-standalone-city",
        clean_release(dateline="NEW YORK, NY"),
        "dateline",
        ", NY",
    ),
    Case(
        "postal code",
        "dateline-state-ap",
        clean_release(dateline="RIVERSIDE, CA"),
        "dateline",
        "CA",
        "warning",
    ),
    Case(
        "postal code, wire",
        "dateline-state-ap",
        clean_release(dateline="RIVERSIDE, CA"),
        "dateline",
        "CA",
        "info",
        profile="wire",
    ),
    Case(
        "full name AP abbreviates",
        "dateline-state-ap",
        clean_release(dateline="RIVERSIDE, California"),
        "dateline",
        "California",
    ),
    Case(
        "never-abbreviated state",
        "dateline-state-ap",
        clean_release(dateline="AUSTIN, Tex."),
        "dateline",
        "Tex.",
    ),
    Case(
        "dash typed after dateline",
        "dateline-dash",
        clean_release(dateline="RIVERSIDE, Calif. –"),
        "dateline",
        " –",
        "info",
    ),
    Case("dash typed at lede start", "dateline-dash", lede("— " + LEDE), "body[0].text", "— "),
    Case(
        "dateline date mismatch",
        "dateline-date",
        clean_release(dateline="RIVERSIDE, Calif., Nov. 23, 2026"),
        "dateline",
        "Nov. 23, 2026",
        "error",
    ),
    Case(
        "dateline date, ap",
        "dateline-date",
        clean_release(dateline="RIVERSIDE, Calif., Nov. 24, 2026"),
        "dateline",
        "Nov. 24, 2026",
        "info",
        profile="ap",
    ),
    # quotes
    Case(
        "orphan quote block",
        "quote-attributed",
        block(2, Quote(("Nothing in this plan says when payments resume.",), None)),
        "body[2].paragraphs[0]",
        "Nothing in this plan says when payments resume.",
        "error",
    ),
    Case(
        "quoted paragraph with no speaker",
        "quote-attributed",
        closing("“The county must act now.”"),
        "body[4].text",
    ),
    Case(
        "speaker with no quote",
        "speaker-has-quote",
        block(1, Quote((), Speaker("Ana Lopez", "Director", "Tenants United"), approved=True)),
        "body[1].speaker.name",
        "Ana Lopez",
        "error",
    ),
    Case(
        "speaker without title",
        "speaker-header-format",
        block(1, Quote(("Help now.",), Speaker("Ana Lopez", "", "Tenants United"), approved=True)),
        "body[1].speaker.title",
        severity="warning",
    ),
    Case(
        "speaker without org",
        "speaker-header-format",
        block(1, Quote(("Help now.",), Speaker("Ana Lopez", "Director", ""), approved=True)),
        "body[1].speaker.org",
    ),
    Case(
        "header typed in name",
        "speaker-header-format",
        block(
            1, Quote(("Help now.",), Speaker("Ana Lopez, Director, Tenants United"), approved=True)
        ),
        "body[1].speaker.name",
    ),
    Case(
        "typed opening mark",
        "quote-continuation",
        quote_text("“Families have waited months.", "The county has the money."),
        "body[1].paragraphs[0]",
        "“",
        "warning",
    ),
    Case(
        "typed closing mark mid-quote",
        "quote-continuation",
        quote_text("Families have waited months.”", "The county has the money."),
        "body[1].paragraphs[0]",
        "”",
    ),
    Case(
        "inner quote never closes",
        "quote-balanced",
        quote_text("He said: “If we find a problem, we will act.", "Nothing changed."),
        "body[1].paragraphs[0]",
        "“",
        "error",
    ),
    Case(
        "closing mark with no opening",
        "quote-balanced",
        quote_text(
            "Families ” have waited months.",
        ),
        "body[1].paragraphs[0]",
        "”",
    ),
    Case(
        "double inside a quote",
        "quote-nested",
        quote_text(
            "Their “solidarity” posts change nothing.",
        ),
        "body[1].paragraphs[0]",
        "“solidarity”",
        "warning",
    ),
    Case(
        "straight mixed with curly",
        "quote-marks-consistent",
        quote_text(
            "The county’s plan isn’t working, and the board's vote won’t help.",
        ),
        "body[1].paragraphs[0]",
        "'",
        "warning",
    ),
    Case(
        "unapproved quote",
        "quote-approved",
        block(1, Quote(("Help now.",), Speaker("Ana Lopez", "Director", "Tenants United"))),
        "body[1].speaker.name",
        "Ana Lopez",
        "warning",
    ),
    Case(
        "unapproved quote, final",
        "quote-approved",
        block(1, Quote(("Help now.",), Speaker("Ana Lopez", "Director", "Tenants United"))),
        "body[1].speaker.name",
        severity="error",
        final=True,
    ),
    Case(
        "member named with no quote",
        "lede-members-quoted",
        lede(LEDE.replace("Fair Rent Now", "Fair Rent Now, Mijente")),
        "body[0].text",
        "Mijente",
        "warning",
    ),
    Case(
        "repeated 2)",
        "list-numbering",
        closing("Nothing says whether: 1) rents fall; 2) evictions stop; 2) fees end."),
        "body[4].text",
        "2)",
        "warning",
    ),
    Case(
        "(1) (3) gap",
        "list-numbering",
        closing("Two asks: (1) restore the fund (3) publish the data."),
        "body[4].text",
        "(3)",
    ),
    # end marks and boilerplate
    Case(
        "unknown end mark",
        "end-mark-present",
        clean_release(end_mark="***"),
        "end_mark",
        severity="error",
    ),
    Case(
        "-30- typed in a ### release",
        "end-mark-style",
        closing(clean_release().body[4].text + " -30-"),
        "body[4].text",
        " -30-",
        "warning",
    ),
    Case(
        "### typed in the boilerplate",
        "end-mark-position",
        clean_release(
            boilerplate=(
                Boilerplate("Riverside Housing Coalition", "The coalition is 40 groups. ###"),
            )
        ),
        "boilerplate[0].text",
        " ###",
        "warning",
    ),
    Case(
        "no boilerplate",
        "boilerplate-present",
        clean_release(boilerplate=()),
        "boilerplate",
        severity="warning",
    ),
    Case(
        "boilerplate over 100 words",
        "boilerplate-length",
        clean_release(boilerplate=(Boilerplate("R", "word " * 101),)),
        "boilerplate[0].text",
        severity="warning",
    ),
    Case(
        "boilerplate over 50 words",
        "boilerplate-length",
        clean_release(boilerplate=(Boilerplate("R", "word " * 51),)),
        "boilerplate[0].text",
        severity="info",
    ),
    # length and tone
    Case(
        "too short",
        "word-count",
        clean_release(body=(Paragraph(LEDE), A_QUOTE)),
        "body",
        severity="error",
    ),
    Case(
        "too long",
        "word-count",
        clean_release(body=clean_release().body + (Paragraph("word " * 500),)),
        "body",
        severity="warning",
    ),
    Case(
        "placeholder TK",
        "placeholder-left",
        closing("The fund holds TK dollars."),
        "body[4].text",
        "TK",
        "error",
    ),
    Case(
        "placeholder [NAME]",
        "placeholder-left",
        contact(name="[NAME]"),
        "contacts[0].name",
        "[NAME]",
    ),
    Case(
        "placeholder {{…}}",
        "placeholder-left",
        clean_release(headline="{{headline}} Responds to County"),
        "headline",
        "{{headline}}",
    ),
    Case(
        "placeholder ???",
        "placeholder-left",
        closing("The fund holds ??? dollars."),
        "body[4].text",
        "???",
    ),
    Case(
        "exclamation outside quotes",
        "hype-exclamation",
        closing("The board must act!"),
        "body[4].text",
        "!",
        "warning",
    ),
    Case(
        "exclamation outside quotes, wire",
        "hype-exclamation",
        closing("The board must act!"),
        "body[4].text",
        "!",
        "error",
        profile="wire",
    ),
    Case(
        "exclamation in a quote",
        "hype-exclamation",
        quote_text(
            "Act now!",
        ),
        "body[1].paragraphs[0]",
        "!",
        "info",
    ),
    Case(
        "shouting word",
        "hype-caps",
        closing("The board MUST act to restore the fund."),
        "body[4].text",
        "MUST",
        "warning",
    ),
    Case(
        "we outside quotes",
        "third-person",
        closing("We ask the board to restore the fund."),
        "body[4].text",
        "We",
        "warning",
    ),
    Case(
        "our outside quotes, wire",
        "third-person",
        closing("The board ignored our members."),
        "body[4].text",
        "our",
        "error",
        profile="wire",
    ),
    Case(
        "double space",
        "whitespace",
        closing("The board meets soon.  Tenants will attend."),
        "body[4].text",
        "  ",
        "info",
    ),
    Case(
        "trailing space",
        "whitespace",
        clean_release(headline="Riverside Coalition Responds to County Pause "),
        "headline",
        " ",
    ),
    Case(
        "line break in a paragraph",
        "whitespace",
        closing("The board meets soon.\nTenants will attend."),
        "body[4].text",
        "\n",
    ),
    Case(
        "blank line in a paragraph",
        "whitespace",
        closing("The board meets soon.\n\nTenants will attend."),
        "body[4].text",
        "\n\n",
    ),
    Case(
        "link with no scheme",
        "link-wellformed",
        closing("Read the [county report](county.example.org/report)."),
        "body[4].text",
        "county.example.org/report",
        "warning",
    ),
    Case(
        "click here",
        "link-wellformed",
        closing("Read the report [here](https://county.example.org/report)."),
        "body[4].text",
        "here",
    ),
    Case(
        "broken bare link",
        "link-wellformed",
        closing("See https//county.example.org for the report."),
        "body[4].text",
        "https//county.example.org",
    ),
]

FIRES += [
    Case(
        "two letters swapped",
        "spelling",
        closing("Tenants will recieve the first payments in March, county officials said."),
        "body[4].text",
        "recieve",
        "warning",
    ),
]

NEAR_MISSES = [
    Case("all parts present", "structure-required", clean_release()),
    Case(
        "a surname the dictionary lacks",
        "spelling",
        closing(
            "Tenants will receive the first payments in March, Supervisor Okonkwo-Brandt said."
        ),
    ),
    Case(
        "About in running text",
        "structure-order",
        closing("About 40 tenants spoke at the hearing, which ran late into the evening."),
    ),
    Case("a date", "release-line-date", clean_release()),
    Case(
        "embargoed with time",
        "release-line-present",
        clean_release(
            line="embargoed",
            embargo=datetime(2026, 11, 24, 0, 1, tzinfo=EST),
            zone="America/New_York",
        ),
    ),
    Case(
        "immediate, no embargo",
        "release-line-conflict",
        closing("The plan takes immediate effect, county officials said."),
    ),
    Case(
        "complete embargo typed",
        "embargo-complete",
        clean_release(subheadline="Embargoed until 12:01 a.m. EST, Nov. 24, 2026"),
    ),
    Case("EDT in July", "embargo-dst", closing("The call starts at 2 p.m. EDT on July 14, 2026.")),
    Case(
        "MST in Arizona in July",
        "embargo-dst",
        closing("The call starts at 2 p.m. MST on July 14, 2026.", zone="America/Phoenix"),
    ),
    Case(
        "embargo offset right",
        "embargo-dst",
        clean_release(
            line="embargoed",
            embargo=datetime(2026, 11, 24, 0, 1, tzinfo=EST),
            zone="America/New_York",
        ),
    ),
    Case(
        "AP month forms",
        "date-month-ap",
        closing(
            "The board met Sept. 4 and March 3, and meets again in September 2027 and on Dec. 8."
        ),
    ),
    Case(
        "May as a verb",
        "date-month-ap",
        closing("The board may act in 2 weeks; tenants may 10 times ask."),
    ),
    Case(
        "ordinal not after a month",
        "date-no-ordinal",
        closing("The 4th Street office and the 21st century."),
    ),
    Case("right weekday", "date-weekday-match", closing("The board meets Tuesday, Dec. 8, 2026.")),
    Case(
        "this year, near today",
        "date-year-sanity",
        clean_release(date=datetime(2026, 12, 10).date()),
    ),
    Case(
        "AP times",
        "time-ap-format",
        closing("Doors open at 9 a.m. and close at 3:30 p.m., or at noon."),
    ),
    Case("complete contacts", "contact-present", clean_release()),
    Case("a press desk line needs no person", "contact-present", contact(name="")),
    Case("valid address", "contact-email-valid", contact(email="dana.whitfield+press@example.org")),
    Case("AP phone", "contact-phone-format", contact(phone="202-555-0143, ext. 12")),
    Case("international phone", "contact-phone-format", contact(phone="+44 20 7946 0958")),
    Case("different contacts", "contact-dup", clean_release()),
    Case(
        "three-word headline",
        "headline-present",
        clean_release(headline="Coalition Responds Today"),
    ),
    Case("70-character headline", "headline-length-chars", clean_release(headline="x" * 70)),
    Case(
        "12-word headline", "headline-length-words", clean_release(headline=" ".join(["word"] * 12))
    ),
    Case(
        "headline ending in U.S.",
        "headline-no-end-punct",
        clean_release(headline="Coalition Sues to Stop Evictions Across the U.S."),
    ),
    Case(
        "acronym in headline",
        "headline-all-caps",
        clean_release(headline="ACLU and NAACP Join Riverside Coalition Lawsuit"),
    ),
    Case("dateline opens the lede", "dateline-present", clean_release()),
    Case(
        "lede starting with a capital word",
        "dateline-present",
        lede("RIVERSIDE tenants filled the hearing room on Tuesday.", dateline=""),
    ),
    Case("AP caps", "dateline-city-caps", clean_release(dateline="NEW HAVEN, Conn.")),
    Case(
        "state abbreviation in caps form",
        "dateline-city-caps",
        clean_release(dateline="ALBANY, N.Y."),
    ),
    Case("WASHINGTON alone", "dateline-standalone-city", clean_release(dateline="WASHINGTON")),
    Case(
        "Washington state city",
        "dateline-standalone-city",
        clean_release(dateline="SPOKANE, Wash."),
    ),
    Case("AP abbreviation", "dateline-state-ap", clean_release(dateline="ANN ARBOR, Mich.")),
    Case(
        "never-abbreviated state in full",
        "dateline-state-ap",
        clean_release(dateline="AUSTIN, Texas"),
    ),
    Case("foreign dateline", "dateline-state-ap", clean_release(dateline="TORONTO, Ontario")),
    Case(
        "no dash typed",
        "dateline-dash",
        lede("In response to the plan, tenants - and lawyers - spoke."),
    ),
    Case(
        "dateline date matches",
        "dateline-date",
        clean_release(dateline="RIVERSIDE, Calif., Nov. 24, 2026"),
        profiles=("coalition", "wire"),
    ),
    Case(
        "said-style paragraph",
        "quote-attributed",
        closing("“The county must act now,” said Ana Lopez, director of Tenants United."),
    ),
    Case("speakers have quotes", "speaker-has-quote", clean_release()),
    Case("complete header", "speaker-header-format", clean_release()),
    Case(
        "inner quote at the start",
        "quote-continuation",
        quote_text(
            "“Solidarity” posts change nothing.",
        ),
    ),
    Case(
        "paired single marks",
        "quote-balanced",
        quote_text(
            "Their ‘solidarity’ posts change nothing.",
        ),
    ),
    Case(
        "single inside a quote",
        "quote-nested",
        quote_text(
            "Their ‘solidarity’ posts change nothing.",
        ),
    ),
    Case(
        "all straight",
        "quote-marks-consistent",
        quote_text(
            "The county's plan isn't working, and the board's vote won't help.",
        ),
    ),
    Case("approved quotes, final", "quote-approved", clean_release(), final=True),
    Case(
        "group matched inside a two-group org",
        "lede-members-quoted",
        lede(LEDE.replace("Tenants United", "For Us Not Amazon")).replace(
            body=(
                Paragraph(LEDE.replace("Tenants United", "For Us Not Amazon")),
                Quote(
                    ("Help now.",),
                    Speaker("Ana Lopez", "Organizer", "La ColectiVA and For Us Not Amazon"),
                    approved=True,
                ),
            )
            + clean_release().body[2:]
        ),
    ),
    Case(
        "a starter's placeholder group",
        "lede-members-quoted",
        lede(LEDE.replace("Fair Rent Now", "[MEMBER GROUP B]")),
    ),
    Case(
        "group differing in case",
        "lede-members-quoted",
        lede(LEDE.replace("Fair Rent Now", "FAIR RENT NOW")),
    ),
    Case(
        "list counting up",
        "list-numbering",
        closing("Two things: 1) rents fall; 2) evictions stop."),
    ),
    Case(
        "a lone number in parentheses",
        "list-numbering",
        closing("The fund (see page 2) runs out in (2) weeks."),
    ),
    Case("end mark set", "end-mark-present", clean_release(end_mark="-30-")),
    Case("one end-mark style", "end-mark-style", clean_release(end_mark="-30-")),
    Case("hashtag at the end", "end-mark-position", closing("Follow the campaign at #RentRelief")),
    Case("boilerplate present", "boilerplate-present", clean_release()),
    Case(
        "50-word boilerplate",
        "boilerplate-length",
        clean_release(boilerplate=(Boilerplate("R", "word " * 50),)),
    ),
    Case("about 360 words", "word-count", clean_release()),
    Case(
        "XL and TKO",
        "placeholder-left",
        closing("The XL shirts sold out after the TKO and [sic] notes."),
    ),
    Case("no exclamation", "hype-exclamation", clean_release()),
    Case(
        "acronyms and org short names",
        "hype-caps",
        closing(
            "COVID relief from FEMA and HUD, the Joint Enterprise Defense Infrastructure (JEDI) and XVII."
        ),
    ),
    Case(
        "we inside a quote",
        "third-person",
        closing(
            "“We will be there,” said Ana Lopez, and For Us Not Amazon agreed; the US board voted."
        ),
    ),
    Case(
        "Title I and World War I",
        "third-person",
        closing("Title I funding began after World War I ended."),
    ),
    Case("single spaces", "whitespace", clean_release()),
    Case(
        "good links",
        "link-wellformed",
        closing(
            "Read the [county report](https://county.example.org/report) or www.example.org/fund."
        ),
    ),
]


def _ids(cases: list[Case]) -> list[str]:
    return [f"{c.rule}: {c.id}" for c in cases]


ALL_FIRES = FIRES + real_text_cases.FIRES + library_cases.FIRES
ALL_NEAR_MISSES = NEAR_MISSES + real_text_cases.NEAR_MISSES + library_cases.NEAR_MISSES


@pytest.mark.parametrize("case", ALL_FIRES, ids=_ids(ALL_FIRES))
def test_rule_finds_the_defect(case: Case) -> None:
    found = case.findings()
    assert found, f"{case.rule} found nothing"
    assert case.field in {f.field for f in found}
    hit = next(f for f in found if f.field == case.field)
    if case.span is not None:
        assert hit.start is not None and hit.end is not None
        assert get_text(case.release, hit.field)[hit.start : hit.end] == case.span
    if case.severity is not None:
        assert hit.severity.value == case.severity


@pytest.mark.parametrize("case", ALL_NEAR_MISSES, ids=_ids(ALL_NEAR_MISSES))
def test_rule_leaves_the_near_miss_alone(case: Case) -> None:
    for profile in case.profiles:
        found = case.findings(profile)
        assert found == [], f"{profile}: {found}"


def test_every_registered_rule_has_a_true_positive_and_a_near_miss() -> None:
    # Keyed on the registry, the one list of rules: a rule added without a case fails here.
    checked = {r.id for r in REGISTRY.values() if not r.on_import}
    assert checked - {c.rule for c in ALL_FIRES} == set()
    assert checked - {c.rule for c in ALL_NEAR_MISSES} == set()


def test_clean_release_has_no_findings_in_any_profile() -> None:
    for profile in ("coalition", "ap", "wire"):
        assert run(clean_release(), profile) == []


def test_unused_imports_are_used() -> None:
    # BulletList is a body block the rules read too: a list item with a placeholder is found.
    r = block(5, BulletList(("Restore the fund", "Publish TK figures")))
    assert [f.field for f in run(r) if f.rule == "placeholder-left"] == ["body[5].items[1]"]


def test_a_starter_placeholder_contact_is_reported_once_as_a_placeholder() -> None:
    r = clean_release()
    r = r.replace(contacts=(Contact("Ana Ruiz", "[EMAIL]", "[PHONE]"),) + r.contacts[1:])
    rules = {f.rule for f in run(r) if f.field.startswith("contacts[0]")}
    assert rules == {"placeholder-left"}


@pytest.mark.parametrize(
    ("pasted", "fixed"),
    [("rents\x1b[0m rose", "rents[0m rose"), ("rents\u2028rose", "rents rose"), ("a\x0bb", "a b")],
)
def test_control_characters_are_errors_with_a_fix_that_keeps_words(pasted: str, fixed: str) -> None:
    from pressdesk.checks import apply_fixes

    r = closing(f"Last year {pasted} again.")
    found = [f for f in run(r) if f.rule == "control-characters"]
    assert [(f.field, f.severity.value) for f in found] == [("body[4].text", "error")]
    new, _ = apply_fixes(r, found)
    assert get_text(new, "body[4].text") == f"Last year {fixed} again."


def test_ordinary_text_has_no_control_characters() -> None:
    assert not [f for f in run(clean_release()) if f.rule == "control-characters"]


def test_every_registered_rule_has_its_row_in_the_rulebook_doc() -> None:
    # docs/checks.md's table under "## The rules" is the rulebook users read: one row per rule in
    # the registry, at the registry's severity, and no row for a rule that does not exist.
    doc = (Path(__file__).resolve().parents[2] / "docs" / "checks.md").read_text("utf-8")
    table = doc.split("## The rules", 1)[1].split("\n## ", 1)[0]
    rows = dict(re.findall(r"^\| `([a-z0-9-]+)` \| (\w+) \|", table, re.M))
    assert rows == {r.id: r.severity.value for r in REGISTRY.values()}


def test_a_desk_address_with_no_name_is_named_by_its_organisation() -> None:
    # The shape of a wire release's "Contact: E-mail: media@…" line: a desk, reachable by email only.
    case = Case("desk by email", "contact-present", contact(name="", phone=""))
    assert [(f.severity.value, f.message) for f in case.findings()] == [
        ("warning", "media contact Riverside Housing Coalition has no phone number")
    ]
