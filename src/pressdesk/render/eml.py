"""The `.eml` draft: the text and HTML exports as one multipart/alternative message.

Built with the stdlib `email` package. Drafts carry no Date or Message-ID and take their MIME
boundary from a hash of the content, so the same release gives the same bytes. Header values are
checked by pressdesk itself: some Python versions decode an RFC 2047 encoded word such as
`=?utf-8?q?Hi=0D=0ABcc:…?=` into a real extra header, so any line break or encoded-word look-alike
is refused, and the finished message is parsed back and its headers compared before it is used.
Whatever the `email` package itself cannot write or read back is one line (PressdeskError): a
sender it garbles is left out (the mail client fills From in), anything else refuses the draft.
"""

from __future__ import annotations

import email
import email.errors
import email.policy
import hashlib
import re
from email.headerregistry import Address, Group
from email.message import EmailMessage

from pressdesk.errors import PressdeskError
from pressdesk.model import Release
from pressdesk.render import content
from pressdesk.render.html import render_html
from pressdesk.render.inline import to_plain
from pressdesk.render.text import render_text

_ENCODED_WORD = re.compile(r"=\?[^?\s]+\?[bBqQ]\?[^?\s]*\?=")
UNDISCLOSED = "undisclosed-recipients"
# The stdlib folds a long header in time that grows with the square of its length (a 1 MB headline
# took 35 s); mail clients show a few hundred characters of a subject at most.
SUBJECT_LIMIT = 2000
# What the `email` package raises on input it cannot handle, besides its own errors: e.g. an
# AttributeError reading back a display name of dots and spaces (CPython's header parser).
_EMAIL_FAILURES = (
    email.errors.MessageError,
    AttributeError,
    IndexError,
    KeyError,
    LookupError,
    TypeError,
    ValueError,
)


def check_header(field: str, value: str) -> str:
    """`value` if it is safe in a mail header; otherwise a one-line PressdeskError naming `field`."""
    if len(value.splitlines()) > 1 or any(ch in value for ch in "\r\n\0"):
        raise PressdeskError(f"{field}: a line break cannot go into an email header")
    if _ENCODED_WORD.search(value):
        raise PressdeskError(
            f"{field}: text that looks like an encoded email header (=?…?=) cannot go into an email"
        )
    return value


def _sender(release: Release) -> Address | None:
    """The first media contact as the draft's From, or None when there is no usable one."""
    for i, contact in enumerate(release.contacts[:1]):
        if not contact.email.strip():
            return None
        name = check_header(f"contacts[{i}].name", contact.name)
        addr = check_header(f"contacts[{i}].email", contact.email)
        try:
            sender = Address(display_name=name.strip(), addr_spec=addr.strip())
        except _EMAIL_FAILURES:
            # A draft needs no From (the mail client fills it in); `check` reports the address.
            return None
        return sender if _reads_back(sender) else None
    return None


def _reads_back(sender: Address) -> bool:
    """Whether the `email` package reads a From of `sender` back as written."""
    msg = EmailMessage(policy=email.policy.SMTP)
    try:
        msg["From"] = sender
        parsed = email.message_from_bytes(msg.as_bytes(), policy=email.policy.default)
        return _words(str(parsed["From"])) == _words(str(sender))
    except _EMAIL_FAILURES:
        return False


def build_message(release: Release) -> tuple[EmailMessage, str, str]:
    """The draft message, with the text and HTML it carries."""
    # Check what the staffer typed, before rendering folds a line break into a space.
    check_header("headline", release.headline)
    subject = check_header("headline", content.subject(release, to_plain))
    if len(subject) > SUBJECT_LIMIT:
        raise PressdeskError(
            f"headline: {len(subject):,} characters is too long for an email subject "
            f"(at most {SUBJECT_LIMIT:,}); shorten it for the .eml draft"
        )
    sender = _sender(release)
    text = render_text(release)
    html = render_html(release)
    msg = EmailMessage(policy=email.policy.SMTP)
    msg["Subject"] = subject
    if sender is not None:
        msg["From"] = sender
    msg["To"] = Group(UNDISCLOSED)
    msg["X-Unsent"] = "1"  # mail clients that know it open the file as a draft to send
    msg.set_content(text, cte="quoted-printable")
    msg.add_alternative(html, subtype="html", cte="quoted-printable")
    for part in msg.iter_parts():
        del part["MIME-Version"]  # add_alternative copies it into the part; once is enough
    digest = hashlib.sha256((text + "\0" + html).encode("utf-8")).hexdigest()
    msg.set_boundary("=_pressdesk_" + digest[:24])  # "=_" never occurs in quoted-printable text
    return msg, subject, str(sender) if sender is not None else ""


def render_eml(release: Release) -> bytes:
    """The release as a `.eml` draft (CRLF line ends, 7-bit clean, deterministic)."""
    try:
        msg, subject, sender = build_message(release)
        raw = msg.as_bytes()
        _verify(raw, subject, sender)
    except _EMAIL_FAILURES as exc:
        raise PressdeskError(
            f"the email draft cannot be written from this release ({exc.__class__.__name__} in "
            "Python's email package)"
        ) from exc
    return raw


def _words(value: str) -> str:
    # The stdlib's folding may add a space beside an encoded word or drop one between two of
    # them; what must survive is every other character, in order.
    return "".join(value.split())


def _verify(raw: bytes, subject: str, sender: str) -> None:
    """Parse the message back and compare its headers with what was meant to be written."""
    parsed = email.message_from_bytes(raw, policy=email.policy.default)
    expected = ["Subject", *(["From"] if sender else []), "To", "X-Unsent", "MIME-Version"]
    expected.append("Content-Type")
    names = list(parsed.keys())
    problems = []
    if names != expected:
        problems.append(f"headers {names} instead of {expected}")
    if _words(str(parsed["Subject"])) != _words(subject):
        problems.append("the subject changed")
    if sender and _words(str(parsed["From"])) != _words(sender):
        problems.append("the sender changed")
    if str(parsed["To"]) != f"{UNDISCLOSED}:;":
        problems.append("the recipients changed")
    types = [p.get_content_type() for p in parsed.iter_parts()]
    if parsed.get_content_type() != "multipart/alternative" or types != ["text/plain", "text/html"]:
        problems.append(f"parts {types}")
    if problems:
        raise PressdeskError("the email draft did not read back as written: " + "; ".join(problems))
