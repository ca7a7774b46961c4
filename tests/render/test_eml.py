"""The `.eml` draft: two alternative parts equal to the exports, safe and deterministic headers."""

from __future__ import annotations

import email
import email.policy

import pytest
from render_samples import embargoed, statement

from pressdesk.errors import PressdeskError
from pressdesk.model import Contact
from pressdesk.render import render_eml, render_html, render_text


def parse(raw: bytes) -> email.message.EmailMessage:
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    assert isinstance(msg, email.message.EmailMessage)
    return msg


def test_eml_has_exactly_two_alternative_parts_equal_to_the_exports() -> None:
    release = statement()
    msg = parse(render_eml(release))
    assert msg.get_content_type() == "multipart/alternative"
    parts = list(msg.iter_parts())
    assert [p.get_content_type() for p in parts] == ["text/plain", "text/html"]
    assert all(p.get_content_charset() == "utf-8" for p in parts)
    assert all(p["Content-Transfer-Encoding"] == "quoted-printable" for p in parts)
    # MIME text travels with CRLF line ends; decoded, the parts are the exports themselves.
    assert parts[0].get_content().replace("\r\n", "\n") == render_text(release)
    assert parts[1].get_content().replace("\r\n", "\n") == render_html(release)


def test_eml_headers() -> None:
    raw = render_eml(statement())
    msg = parse(raw)
    assert list(msg.keys()) == ["Subject", "From", "To", "X-Unsent", "MIME-Version", "Content-Type"]
    assert msg["Subject"] == "Harbor Coalition Statement: Port Authority Pauses Tenant Evictions"
    assert msg["From"] == "Dana Whitfield <dana@example.org>"
    assert msg["To"] == "undisclosed-recipients:;"
    assert msg["X-Unsent"] == "1"
    assert "Date" not in msg and "Message-ID" not in msg
    lines = raw.split(b"\r\n")
    assert all(len(line) <= 78 for line in lines)
    assert b"\n" not in raw.replace(b"\r\n", b"")
    assert raw.isascii()


def test_embargoed_subject_has_the_prefix() -> None:
    msg = parse(render_eml(embargoed()))
    assert msg["Subject"] == (
        "EMBARGOED until 12:01 a.m. EDT, Tuesday, June 9, 2026: "
        "Harbor Coalition Statement: Port Authority Pauses Tenant Evictions"
    )


def test_eml_is_deterministic_with_a_content_boundary() -> None:
    first = render_eml(statement())
    assert first == render_eml(statement())
    assert b'boundary="=_pressdesk_' in first
    other = render_eml(statement().replace(headline="Another Headline"))
    assert parse(other).get_boundary() != parse(first).get_boundary()


@pytest.mark.parametrize(
    "headline",
    [
        "Hi\r\nBcc: x@example.org",
        "Hi\nBcc: x@example.org",
        "Hi\u2028Bcc: x@example.org",
        "=?utf-8?q?Hi=0D=0ABcc:_x@example.org?=",
    ],
)
def test_header_injection_in_the_headline_is_refused(headline: str) -> None:
    with pytest.raises(PressdeskError, match="headline"):
        render_eml(statement().replace(headline=headline))


def test_header_injection_in_the_sender_is_refused() -> None:
    bad = statement().replace(
        contacts=(Contact("Eve\r\nBcc: x@example.org", "eve@example.org", "202-555-0100"),)
    )
    with pytest.raises(PressdeskError, match=r"contacts\[0\]\.name"):
        render_eml(bad)


def test_no_contact_or_unusable_address_means_no_from() -> None:
    for contacts in [(), (Contact("Dana", "not an address", "202-555-0100"),)]:
        msg = parse(render_eml(statement().replace(contacts=contacts)))
        assert "From" not in msg


def test_unicode_sender_and_subject_round_trip() -> None:
    release = statement().replace(
        headline="Coalición “Puerto” Statement — Día 1",
        contacts=(Contact("José Núñez", "jose@example.org", "202-555-0101"),),
    )
    msg = parse(render_eml(release))
    assert msg["Subject"] == "Coalición “Puerto” Statement — Día 1"
    assert msg["From"].addresses[0].display_name == "José Núñez"
