"""As-you-type checks for fields whose format is certain: dates, times, zones, email, phone.

They only ever mark a field invalid and say why; typing is never blocked. The email and phone
libraries are imported on first use, so opening the editor does not pay for them.
"""

from __future__ import annotations

import re
from datetime import date, time

from textual.validation import ValidationResult, Validator

from pressdesk.placeholders import has_placeholder

_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_TIME = re.compile(r"(\d{1,2})(?::(\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)?", re.IGNORECASE)


def parse_date(text: str) -> date | None:
    """`2026-11-24` as a date, or None."""
    text = text.strip()
    if not _DATE.fullmatch(text):
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None


def parse_time(text: str) -> time | None:
    """`09:00`, `9:30`, `17:00`, `9 am`, `12:01 a.m.` as a time, or None."""
    m = _TIME.fullmatch(text.strip())
    if not m:
        return None
    hour, minute = int(m.group(1)), int(m.group(2) or 0)
    suffix = (m.group(3) or "").replace(".", "").lower()
    if suffix:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if suffix == "pm" else 0)
    elif m.group(2) is None:
        return None  # a bare number is ambiguous: 9 what?
    if hour > 23 or minute > 59:
        return None
    return time(hour, minute)


class FormatValidator(Validator):
    """Checks a value's format, but leaves a starter's placeholder (`[EMAIL]`) alone: the step
    list already says it is still to fill in."""

    def validate(self, value: str) -> ValidationResult:
        if has_placeholder(value):
            return self.success()
        return self.check(value)

    def check(self, value: str) -> ValidationResult:
        raise NotImplementedError


class DateValidator(FormatValidator):
    def check(self, value: str) -> ValidationResult:
        if parse_date(value) is None:
            return self.failure("Write the date as YYYY-MM-DD, for example 2026-11-24.")
        return self.success()


class TimeValidator(FormatValidator):
    def check(self, value: str) -> ValidationResult:
        if parse_time(value) is None:
            return self.failure("Write the time as 09:00, 17:30 or 9:30 am.")
        return self.success()


class ZoneValidator(FormatValidator):
    def check(self, value: str) -> ValidationResult:
        from pressdesk.ap import load_zone

        if value.strip() and load_zone(value.strip()) is None:
            return self.failure("Not a time zone name; try America/New_York or Europe/London.")
        return self.success()


class EmailValidator(FormatValidator):
    """Syntax only: no network look-ups."""

    def check(self, value: str) -> ValidationResult:
        from email_validator import EmailNotValidError, validate_email

        try:
            validate_email(value.strip(), check_deliverability=False)
        except EmailNotValidError as exc:
            return self.failure(str(exc))
        return self.success()


class PhoneValidator(FormatValidator):
    """A number that could be dialled (US numbers without +1 are assumed)."""

    def check(self, value: str) -> ValidationResult:
        import phonenumbers

        try:
            number = phonenumbers.parse(value, "US")
        except phonenumbers.NumberParseException:
            return self.failure("Not a phone number (write 202-555-0143).")
        if not phonenumbers.is_possible_number(number):
            return self.failure("That number has too few or too many digits.")
        return self.success()


def warm_up() -> None:
    """Import the email and phone libraries ahead of the first keystroke that needs them."""
    import email_validator  # noqa: F401
    import phonenumbers  # noqa: F401
