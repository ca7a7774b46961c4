"""Cases in the shapes real releases take, learnt from reading the findings on published releases
(the text here is invented): capitals that are names, wire datelines, second references, dates
written day first, text inputs that cannot record approval, and guessed release dates."""

from __future__ import annotations

from datetime import date, datetime

from checkcases import (
    EST,
    Case,
    block,
    clean_release,
    closing,
    contact,
    lede,
)

from pressdesk.model import Boilerplate, Contact, Heading, Paragraph, Quote, Release, Speaker

GUESSED = frozenset({"date"})


def said(*quotes: Quote, before: str = "") -> Release:
    """A release whose body is an optional paragraph, then said-style quotes, then the closing."""
    r = clean_release()
    intro = (Paragraph(before),) if before else ()
    return r.replace(body=(r.body[0],) + intro + quotes + r.body[4:])


def quote(name: str, title: str = "", org: str = "", *, style: str = "said") -> Quote:
    return Quote(
        ("The county has the money to keep this program running.",),
        Speaker(name, title, org),
        style,  # type: ignore[arg-type]
        approved=True,
    )


def paragraphs(*texts: str) -> Release:
    """The release with its closing paragraphs replaced by `texts`."""
    r = clean_release()
    return r.replace(body=r.body[:4] + tuple(Paragraph(t) for t in texts))


def advisory(words: int) -> Release:
    text = " ".join(["Tenants meet the board at noon."] * (words // 6))
    r = clean_release(kind="advisory")
    return r.replace(body=(Paragraph(text),), boilerplate=r.boilerplate)


EMBARGOED = clean_release(
    line="embargoed", embargo=datetime(2026, 11, 24, 0, 1, tzinfo=EST), zone="America/New_York"
)

FIRES = [
    Case(
        "a control character pasted from another program",
        "control-characters",
        closing("Rents rose\u0092 again."),
        "body[4].text",
        "\u0092",
        "error",
    ),
    # hype-caps: an ordinary word in capitals among lower-case words is still shouting
    Case(
        "a shouted word before a full stop",
        "hype-caps",
        closing("The full report on the fund is online HERE."),
        "body[4].text",
        "HERE",
        "warning",
    ),
    Case(
        "a shouted word shouted twice",
        "hype-caps",
        closing("Entry is FREE for tenants and FREE for their families."),
        "body[4].text",
        "FREE",
    ),
    # quote-approved: a text input cannot record approval; with --final, one reminder
    Case(
        "a text input about to go out",
        "quote-approved",
        clean_release(body=(Paragraph("Intro."), quote("Ana Lopez", "Director", "Tenants United"))),
        "body",
        severity="error",
        final=True,
        imported=True,
    ),
    # speaker-header-format: said-style quotes introduce a speaker once
    Case(
        "a said-style speaker nobody introduced",
        "speaker-header-format",
        said(quote("Marisol Vega")),
        "body[1].speaker.title",
        severity="warning",
    ),
    # dateline-present: a wire-style dateline typed into the lede of a release file
    Case(
        "a wire stamp and dateline typed into the lede",
        "dateline-present",
        lede(
            "(Example Wire) - Nov. 24, 2026 - RIVERSIDE — The county paused its rent relief.",
            dateline="",
        ),
        "body[0].text",
        "(Example Wire) - Nov. 24, 2026 - RIVERSIDE — ",
    ),
    # date-month-ap and date-no-ordinal: a date written day first
    Case(
        "a date written day first",
        "date-month-ap",
        closing("The fund opened on 9 September 2019 and closed in 2025."),
        "body[4].text",
        "9 September 2019",
    ),
    Case(
        "a day-first date in the dateline",
        "date-month-ap",
        clean_release(dateline="RIVERSIDE, Calif., 24 November 2026"),
        "dateline",
        "24 November 2026",
    ),
    Case(
        "an ordinal in a day-first date",
        "date-no-ordinal",
        closing("The board met on the 4th Nov. 2026 at noon."),
        "body[4].text",
        "th",
    ),
    # contact-phone-format: an extension written x217 is written the AP way
    Case(
        "an extension written x",
        "contact-phone-format",
        contact(phone="202-555-0143 x217"),
        "contacts[0].phone",
        "202-555-0143 x217",
    ),
    # contact-dup: a contact with no name is named by its place
    Case(
        "the same address under a nameless contact",
        "contact-dup",
        clean_release(
            contacts=(
                Contact("Dana Whitfield", "press@example.org", "202-555-0143"),
                Contact("", "press@example.org", "202-555-0178"),
            )
        ),
        "contacts[1].email",
    ),
    # third-person: a quotation left open is not carried past a paragraph that does not close it
    Case(
        "direct address after a quotation left open",
        "third-person",
        paragraphs(
            "Ana Lopez called the pause “a betrayal of tenants.", "We ask the board to act."
        ),
        "body[5].text",
        "We",
    ),
    # embargo-past
    Case(
        "an embargo lifting before the release date",
        "embargo-past",
        EMBARGOED.replace(date=date(2026, 11, 25)),
        "embargo",
        severity="warning",
    ),
    Case(
        "an embargo already lifted, about to go out",
        "embargo-past",
        EMBARGOED.replace(
            date=date(2026, 11, 20), embargo=datetime(2026, 11, 20, 0, 1, tzinfo=EST)
        ),
        "embargo",
        severity="error",
        final=True,
    ),
    # the date rules judge a date the text gives
    Case(
        "a wrong weekday with no year, on a release date the text gives",
        "date-weekday-match",
        closing("The board meets on Monday, Dec. 9 at noon."),
        "body[4].text",
        "Monday",
    ),
]

NEAR_MISSES = [
    Case("tabs and line breaks are whitespace's", "control-characters", closing("Rents\trose.")),
    # hype-caps: capitals that are names
    Case(
        "acronym defined by its initials",
        "hype-caps",
        closing(
            "The Riverside Tenant Defense Fund opened in May. RTDF lawyers and RTDF volunteers "
            "staff the desk."
        ),
    ),
    Case(
        "an acronym used three times",
        "hype-caps",
        closing("KELPWORKS built the site. KELPWORKS hosts it. Thanks to KELPWORKS for both."),
    ),
    Case(
        "names in a list of names",
        "hype-caps",
        closing("The fair is co-hosted by CALDERA, Fair Rent Now and Tenants United."),
    ),
    Case(
        "a name before a capitalised word",
        "hype-caps",
        closing("The county adopted the VALOR Act and the Example HTTP Server rules."),
    ),
    Case(
        "field labels of an advisory",
        "hype-caps",
        block(
            4,
            Paragraph(
                "WHEN: Tuesday, Dec. 8, at 9 a.m.\nWHERE: County Hall, 1 Main St.\nWHAT: A rally"
            ),
        ),
    ),
    Case(
        "a label line set in capitals",
        "hype-caps",
        block(4, Paragraph("MEDIA ADVISORY")),
    ),
    Case(
        "a wire stamp and a dateline city in the lede",
        "hype-caps",
        lede(
            "(Example Wire) - Nov. 24, 2026 - FRESNO — The county paused its rent relief, and "
            "FRESNO–(EXAMPLE WIRE)–tenants answered."
        ),
    ),
    Case(
        "a dateline with a state",
        "hype-caps",
        lede("RIVERBEND, Calif. – The county paused its rent relief program today."),
    ),
    Case(
        "a ticker, a credential, a company and a compound",
        "hype-caps",
        closing(
            "Examplecorp (Nasdaq: EXMPL) hired Ana Lopez, M.D., FACP, to advise SANTOS CO., LTD. "
            "on SUNY-Albany and RFID-enabled doors with HDTV screens."
        ),
    ),
    Case(
        "a heading set in capitals at the start of a paragraph",
        "hype-caps",
        closing("ABOUT THE RIVERSIDE TENANT FUND The fund helps families."),
    ),
    Case(
        "a possessive and a brand mark",
        "hype-caps",
        closing("ZORBLAX’s new app and GLIMMO™ launch in May."),
    ),
    Case(
        "a common abbreviation",
        "hype-caps",
        closing("Please RSVP by Friday; STEM students and HVAC workers are welcome."),
    ),
    Case(
        "an organisation's short name from a contact",
        "hype-caps",
        closing("TUNITED lawyers will attend.").replace(
            contacts=(Contact("Dana Whitfield", "dana@example.org", "202-555-0143", "TUNITED"),)
        ),
    ),
    # quote-approved: a text input cannot record approval
    Case(
        "a text input",
        "quote-approved",
        clean_release(body=(Paragraph("Intro."), quote("Ana Lopez", "Director", "Tenants United"))),
        imported=True,
    ),
    # speaker-header-format: AP attributions
    Case(
        "an AP second reference",
        "speaker-header-format",
        said(quote("Marisol Vega", "director", "Tenants United"), quote("Vega")),
    ),
    Case(
        "a second reference to someone named in the text",
        "speaker-header-format",
        said(quote("Okafor"), before="Organizer Sam Okafor led the march."),
    ),
    Case(
        "said-style title with the organisation in it",
        "speaker-header-format",
        said(quote("Ruth Chen", "Tenants United staff attorney")),
    ),
    Case(
        "the title typed before the name",
        "speaker-header-format",
        said(quote("County Special Agent Lena Marsh")),
    ),
    Case(
        "an honorific second reference",
        "speaker-header-format",
        said(quote("Lena Marsh", "agent", "Riverside County"), quote("Dr. Marsh")),
    ),
    # structure-required: a dateline typed into the lede is there
    Case(
        "a wire dateline in the lede",
        "structure-required",
        lede(
            "Riverbend, CA, Nov. 24, 2026 /Example Wire/ -- The county paused its rent relief.",
            dateline="",
        ),
    ),
    Case(
        "a day-first dateline in the lede",
        "structure-required",
        lede("24 November 2026 —RIVERBEND, CA— The county paused its rent relief.", dateline=""),
    ),
    # dateline-present: a text input types its dateline into the lede by nature
    Case(
        "a text input's dateline",
        "dateline-present",
        lede("RIVERBEND, Calif. — The county paused its rent relief.", dateline=""),
        imported=True,
    ),
    # dateline-standalone-city: a day-first date is a date, not a state
    Case(
        "a day-first date after a stand-alone city",
        "dateline-standalone-city",
        clean_release(dateline="WASHINGTON, 24 November 2026"),
    ),
    # date-month-ap: a month and year after a day-first date are the date's
    Case(
        "a day-first date's month",
        "date-month-ap",
        closing("The fund opened in September 2017 and on Nov. 4, 2026 it paused."),
    ),
    # time-ap-format: a no-break space before p.m. is a space
    Case(
        "a no-break space before p.m.",
        "time-ap-format",
        closing("Doors open at 4\u00a0p.m. and close at 7\u202fp.m."),
    ),
    # hype-exclamation: an exclamation mark that is part of a name
    Case(
        "a name with an exclamation mark",
        "hype-exclamation",
        closing("Partners include Wahoo!, an events firm, and the county. Thanks to Wahoo!."),
    ),
    # third-person: pronouns that do not address the reader
    Case(
        "a pronoun inside a compound",
        "third-person",
        closing("Admission is pay-what-you-can, and the fund offers a you-pick garden."),
    ),
    Case(
        "a term spelled out in parentheses",
        "third-person",
        closing(
            "Families look for ‘GYO’ (grow your own) gardens and BYO (bring your own) suppers."
        ),
    ),
    Case(
        "a quotation running on over paragraphs",
        "third-person",
        paragraphs(
            "Ana Lopez said: “The board must act before winter. We cannot wait",
            "for the county to decide what our families are worth.",
            "We need the fund restored now.” The board meets in May.",
        ),
    ),
    Case(
        "AP running quotes",
        "third-person",
        paragraphs(
            "“The fund is late,” said Ana Lopez. “We cannot wait for it.",
            "“We need it restored before the winter holidays.”",
        ),
    ),
    # structure-order: "about" starting a line of prose is not a boilerplate heading
    Case(
        "a line of prose starting with about",
        "structure-order",
        block(5, Heading("about the county's plan for the fund")),
    ),
    # word-count: a media advisory is short by design
    Case("a short media advisory", "word-count", advisory(60)),
    # the date rules do not judge a date the importer guessed
    Case(
        "a weekday with no year, on a guessed release date",
        "date-weekday-match",
        closing("The board meets on Monday, Dec. 9 at noon."),
        guessed=GUESSED,
    ),
    Case(
        "a guessed release date",
        "date-year-sanity",
        clean_release(date=date(2024, 1, 1)),
        guessed=GUESSED,
    ),
    Case(
        "a dateline date against a guessed release date",
        "dateline-date",
        clean_release(dateline="RIVERSIDE, Calif., Nov. 2"),
        guessed=GUESSED,
    ),
    Case(
        "a zone with no date near it, on a guessed release date",
        "embargo-dst",
        closing("Doors open at 9 a.m. EST.", date=date(2026, 7, 1)),
        guessed=GUESSED,
    ),
    # embargo-past
    Case("an embargo lifting on the release date", "embargo-past", EMBARGOED),
    Case(
        "an embargo already lifted, in a draft",
        "embargo-past",
        EMBARGOED.replace(
            date=date(2026, 11, 20), embargo=datetime(2026, 11, 20, 0, 1, tzinfo=EST)
        ),
    ),
    # boilerplate-present: the message names the coalition only in the coalition profile
    Case(
        "boilerplate there",
        "boilerplate-present",
        clean_release(boilerplate=(Boilerplate("Riverside Housing Coalition", "It helps."),)),
    ),
]
