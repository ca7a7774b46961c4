"""What Python's `email` package chokes on (issue 17) is made safe or is one line: a sender name of
dots and spaces made it raise AttributeError reading the draft back; a 1 MB headline took a
minute to fold into a Subject."""

from __future__ import annotations

import email
import email.policy

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from render_samples import statement

from pressdesk.errors import PressdeskError
from pressdesk.model import Contact, Release
from pressdesk.render import render


def _from(name: str) -> Release:
    return statement().replace(contacts=(Contact(name, "dana@example.org", "202-555-0142"),))


def _headers(raw: bytes) -> dict[str, str]:
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    return {k: str(v) for k, v in msg.items()}


@pytest.mark.parametrize("name", [". . . . " * 39, ". " * 3, " . ", ".\t.", "..."])
def test_email_package_crash_on_a_sender_of_dots_leaves_from_out(name: str) -> None:
    headers = _headers(render(_from(name), "eml"))
    assert "From" not in headers or headers["From"].endswith("<dana@example.org>")
    assert headers["To"] == "undisclosed-recipients:;"


def test_ordinary_sender_is_kept() -> None:
    headers = _headers(render(_from("Dana Whitlow"), "eml"))
    assert headers["From"] == "Dana Whitlow <dana@example.org>"


def test_email_subject_over_the_limit_is_one_line() -> None:
    release = statement().replace(headline="Word " * 200_000)
    with pytest.raises(PressdeskError) as caught:
        render(release, "eml")
    assert str(caught.value) == (
        "headline: 999,999 characters is too long for an email subject (at most 2,000); "
        "shorten it for the .eml draft"
    )


def test_email_subject_at_the_limit_is_written() -> None:
    headline = ("Coalition Welcomes the Vote " * 80)[:2000].strip()
    subject = _headers(render(statement().replace(headline=headline), "eml"))["Subject"]
    assert "".join(subject.split()) == "".join(headline.split())


NAME_PARTS = st.sampled_from(
    [".", " ", ",", ";", ":", '"', "(", ")", "<", ">", "@", "[", "]", "\\", "\t", "=?", "?=",
     "é", "\u200b", "Dana", "x", "'", "\u00a0"]
)  # fmt: skip


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(NAME_PARTS, max_size=60).map("".join))
def test_email_package_never_raises_on_a_sender_name(name: str) -> None:
    try:
        raw = render(_from(name), "eml")
    except PressdeskError as exc:
        assert "\n" not in str(exc)
        return
    headers = _headers(raw)
    assert list(headers)[:1] == ["Subject"]
