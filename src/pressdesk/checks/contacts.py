"""Media contacts: a person, an email and a phone each; addresses that work; AP phone numbers."""

from __future__ import annotations

import re
from collections.abc import Iterator

from pressdesk.checks.context import Context
from pressdesk.checks.patterns import lazy_pattern
from pressdesk.checks.registry import rule
from pressdesk.checks.text import finding, prose_fields
from pressdesk.findings import Finding
from pressdesk.model import Release
from pressdesk.placeholders import PLACEHOLDER

# What web scrapers and obfuscators leave where an address was.
SCRAPED = lazy_pattern(r"\[email(?:&#160;|\s|\u00a0)*protected\]", re.IGNORECASE)
OBFUSCATED = lazy_pattern(
    r"\s*(?:\[\s*at\s*\]|\(\s*at\s*\)|\{\s*at\s*\}|\s+at\s+)\s*|\s*(?:\[\s*dot\s*\]|\(\s*dot\s*\)|\s+dot\s+)\s*",
    re.IGNORECASE,
)
TRAILING = ".,;:!?)>]"
# The conservative everyday subset of RFC 5322 that needs no closer look: dot-separated atoms,
# a dotted domain of letters, digits and hyphens, and a letter-only top-level domain.
PLAIN_ADDRESS = lazy_pattern(
    r"[A-Za-z0-9_%+-]+(?:\.[A-Za-z0-9_%+-]+)*@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,24}"
)
LETTERS = lazy_pattern(r"[^\W\d_]")
# How an extension is written: "ext. 12", "extension 12", "ex. 12", "x12", "2025550123x12".
EXTENSION_WORD = lazy_pattern(r"\b(?:ext|extension|ex|x)\.?(?=\s*\d)|(?<=\d)x(?=\d)", re.IGNORECASE)
# A US number already in AP form (valid area code and exchange), which needs no parsing.
AP_NANP = lazy_pattern(r"[2-9]\d{2}-[2-9]\d{2}-\d{4}(?:, ext\. \d{1,6})?")
LEADING = "<(["


@rule(
    "contact-present",
    "error",
    "Every media contact can be reached: an email and a phone (one missing: warning; both: error). "
    "A press desk line needs no person's name.",
    "OPRM, PRWEB, RWIRE, EMWIRE, TLMW, PRESSWIRE, CISION-NEWS, IPTV",
)
def contact_present(release: Release, ctx: Context) -> Iterator[Finding]:
    for i, c in enumerate(release.contacts):
        who = _contact_label(c.name, c.org, c.email, c.phone)
        email, phone = bool(c.email.strip()), bool(c.phone.strip())
        if not email and not phone:
            # Nobody can reach this contact: the release cannot go out like this.
            yield finding(
                "contact-present", "error",
                f"media contact {who} has no email and no phone number: a reporter cannot reach them",
                f"contacts[{i}].email",
            )  # fmt: skip
        elif not (email and phone):
            # Reachable one way; reporters on deadline want both (docs/checks.md).
            part, label = ("email", "email") if not email else ("phone", "phone number")
            yield finding(
                "contact-present", "warning", f"media contact {who} has no {label}",
                f"contacts[{i}].{part}",
            )  # fmt: skip


def _contact_label(name: str, org: str, email: str, phone: str) -> str:
    """How to name a contact in a message: the person, else the desk by its organisation,
    address or number (a press office line is a contact too)."""
    for value in (name, org, email, phone):
        if value.strip():
            return value.strip()
    return "with nothing filled in"


@rule(
    "contact-email-valid",
    "error",
    "Contact emails are real addresses: no scraper leftovers ([email protected]), no `name [at] org`, no mailto:.",
    "NEWSWIRE-G",
)
def contact_email_valid(release: Release, ctx: Context) -> Iterator[Finding]:
    rid = "contact-email-valid"
    for i, c in enumerate(release.contacts):
        if c.email.strip() and not _placeholder(c.email):
            yield from _check_email(c.email, f"contacts[{i}].email")
    # A scraped address pasted into the copy is just as broken.
    for f in prose_fields(release, dateline=False):
        for m in SCRAPED.finditer(f.text):
            yield finding(
                rid,
                "error",
                "“[email protected]” is what a web scraper left of an address: type the address",
                f.path,
                m.start(),
                m.end(),
            )


def _placeholder(value: str) -> bool:
    # A starter's "[EMAIL]" is reported once, by placeholder-left, not also as a bad address.
    return PLACEHOLDER.fullmatch(value.strip()) is not None


def _address_core(text: str, start: int) -> tuple[str, int]:
    """`text` (found at `start`) without stray punctuation around it, from a pasted sentence,
    and where what is left starts."""
    while text and text[0] in LEADING:
        text, start = text[1:], start + 1
    while text and text[-1] in TRAILING:
        text = text[:-1]
    return text, start


def _check_email(raw: str, path: str) -> Iterator[Finding]:
    rid = "contact-email-valid"
    m = SCRAPED.search(raw)
    if m:
        yield finding(
            rid,
            "error",
            "“[email protected]” is what a web scraper left of an address: type the real one",
            path,
            m.start(),
            m.end(),
        )
        return
    if raw.lower().startswith("mailto:"):
        yield finding(rid, "error", "“mailto:” left in the address", path, 0, 7, "")
        raw_start = 7
    else:
        raw_start = 0
    body = raw[raw_start:]
    lead = len(body) - len(body.lstrip())
    core, core_start = _address_core(body.strip(), raw_start + lead)
    core_end = core_start + len(core)
    if "@" not in core and (OBFUSCATED.search(core) or "(at)" in core.lower()):
        yield finding(
            rid,
            "error",
            f"obfuscated address “{core}”: write it as name@example.org",
            path,
            core_start,
            core_end,
        )
        return
    if core_start > raw_start + lead or core_end < raw_start + len(body.rstrip()):
        yield finding(
            rid,
            "error",
            f"stray punctuation around the address “{core}”",
            path,
            raw_start + lead,
            raw_start + len(body.rstrip()),
            core,
        )
    if PLAIN_ADDRESS.fullmatch(core):
        return  # inside the conservative subset: no need to load the full validator
    from email_validator import EmailNotValidError, validate_email

    try:
        validate_email(core, check_deliverability=False)
    except EmailNotValidError as exc:
        yield finding(rid, "error", f"not a valid address: {exc}", path, core_start, core_end)


@rule(
    "contact-phone-format",
    "warning",
    "Phone numbers in AP form: 202-555-0123, `, ext. 12`, international +CC groups.",
    "WSU, INDIACAP, HARVREF, PENPAD",
    profiles="wire: parentheses (202) 555-0123 are info",
)
def contact_phone_format(release: Release, ctx: Context) -> Iterator[Finding]:
    phones = [
        (i, c.phone)
        for i, c in enumerate(release.contacts)
        if c.phone.strip() and not AP_NANP.fullmatch(c.phone) and not _placeholder(c.phone)
    ]
    if not phones:
        return

    for i, raw in phones:
        found = _phone_finding(raw, f"contacts[{i}].phone", ctx.settings.profile)
        if found is not None:
            yield found


def _phone_finding(raw: str, path: str, profile: str) -> Finding | None:
    """What is wrong with one contact phone number, if anything."""
    import phonenumbers

    rid = "contact-phone-format"
    if LETTERS.search(EXTENSION_WORD.sub("", raw)):
        # phonenumbers would read letters as keypad digits; a contact number has none.
        message = f"“{raw}” has letters in it: write the digits"
        return finding(rid, "warning", message, path, 0, len(raw))
    try:
        number = phonenumbers.parse(raw, "US")
    except phonenumbers.NumberParseException:
        return finding(rid, "warning", f"“{raw}” is not a phone number", path, 0, len(raw))
    if not phonenumbers.is_possible_number(number):
        message = f"“{raw}” has the wrong number of digits for a phone number"
        return finding(rid, "warning", message, path, 0, len(raw))
    plus_one = raw.lstrip().startswith("+1")
    want = ap_phone(number, keep_plus_one=plus_one)
    # "+1 202-555-0123": the international form's space after the country code is as clear.
    if raw in (want, want.replace("+1-", "+1 ", 1)):
        return None
    parentheses_only = (
        "(" in raw
        and ap_phone(
            phonenumbers.parse(raw.replace("(", "").replace(")", ""), "US"), keep_plus_one=plus_one
        )
        == want
    )
    severity = "info" if profile == "wire" and parentheses_only else "warning"
    # Offer the AP form only when it keeps every digit (a leading trunk 1 may go).
    same_digits = _digits(want) in (_digits(raw), _digits(raw).removeprefix("1"))
    # "extension" -> "ext." would change a word, which --fix never does.
    fix = want if same_digits and "extension" not in raw.lower() else None
    return finding(rid, severity, f"AP writes phone numbers as {want}", path, 0, len(raw), fix)


def ap_phone(number: object, *, keep_plus_one: bool = False) -> str:
    """`202-555-0123`, `202-555-0123, ext. 12`, or `+44 20 7946 0958` for numbers abroad."""
    import phonenumbers

    assert isinstance(number, phonenumbers.PhoneNumber)
    ext = f", ext. {number.extension}" if number.extension else ""
    if number.country_code == 1:
        digits = str(number.national_number)
        if len(digits) == 10:
            text = f"{digits[:3]}-{digits[3:6]}-{digits[6:]}"
            return ("+1-" if keep_plus_one else "") + text + ext
    bare = phonenumbers.PhoneNumber(
        country_code=number.country_code, national_number=number.national_number
    )
    return phonenumbers.format_number(bare, phonenumbers.PhoneNumberFormat.INTERNATIONAL) + ext


def _digits(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())


@rule(
    "contact-dup",
    "warning",
    "The same email or phone under two names, or the same person listed twice.",
    "(logic)",
)
def contact_dup(release: Release, ctx: Context) -> Iterator[Finding]:
    rid = "contact-dup"
    names: dict[str, int] = {}
    emails: dict[str, int] = {}
    phones: dict[str, int] = {}
    for i, c in enumerate(release.contacts):
        name = " ".join(c.name.casefold().split())
        if name and name in names:
            yield finding(
                rid, "warning", f"{c.name} is listed twice", f"contacts[{i}].name", 0, len(c.name)
            )
        email = c.email.strip().casefold()
        if email and not SCRAPED.search(email) and email in emails:
            other = _who(release, emails[email])
            if " ".join(other.casefold().split()) != name:
                yield finding(
                    rid,
                    "warning",
                    f"{c.email.strip()} is also {other}'s address",
                    f"contacts[{i}].email",
                    0,
                    len(c.email),
                )
        digits = _digits(c.phone)[-10:]
        if len(digits) >= 7 and digits in phones:
            other = _who(release, phones[digits])
            if " ".join(other.casefold().split()) != name:
                yield finding(
                    rid,
                    "warning",
                    f"{c.phone.strip()} is also {other}'s number",
                    f"contacts[{i}].phone",
                    0,
                    len(c.phone),
                )
        names.setdefault(name, i)
        if email:
            emails.setdefault(email, i)
        if len(digits) >= 7:
            phones.setdefault(digits, i)


def _who(release: Release, index: int) -> str:
    """A contact as a message names it: the name, or its place in the list when it has none."""
    return release.contacts[index].name.strip() or f"contact {index + 1}"
