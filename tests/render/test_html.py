"""The HTML email: email-ready rules on the rendered document, and user text never becomes code."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import html5lib
import pytest
from render_samples import embargoed, statement

from pressdesk.model import Boilerplate, BulletList, Contact, Heading, Paragraph, Quote, Release
from pressdesk.render import render_html
from pressdesk.render.html import preheader

GMAIL_CLIP = 102_000
FORBIDDEN_TAGS = {
    "script", "form", "input", "button", "select", "textarea", "iframe", "object", "embed",
    "video", "audio", "svg", "base", "link", "frame", "frameset",
}  # fmt: skip
TEXT_TAGS = {"td", "p", "h1", "h2", "h3", "li", "a", "span"}
FONT_PROPERTIES = ("font-family", "font-size", "line-height", "color")


def parse(html: str) -> ET.Element:
    parser = html5lib.HTMLParser(strict=False, namespaceHTMLElements=False)
    root = parser.parse(html)
    assert parser.errors == [], parser.errors
    return root


def styles(element: ET.Element) -> dict[str, str]:
    pairs = (d.split(":", 1) for d in element.get("style", "").split(";") if ":" in d)
    return {k.strip().lower(): v.strip() for k, v in pairs}


def direct_text(element: ET.Element) -> str:
    return ((element.text or "") + "".join(child.tail or "" for child in element)).strip()


def parents(root: ET.Element) -> dict[ET.Element, ET.Element]:
    return {child: parent for parent in root.iter() for child in parent}


def check_email_ready(html: str, subject: str) -> None:
    """The email-ready rules; a failing assert names the rule."""
    assert len(html.encode("utf-8")) < GMAIL_CLIP, "size: Gmail clips at 102,000 bytes"
    root = parse(html)
    assert html.startswith("<!DOCTYPE html>")
    assert root.get("lang") == "en", "lang on <html>"
    head = root.find("head")
    assert head is not None
    assert head[0].tag == "meta" and head[0].get("charset") == "utf-8", "charset first in <head>"
    metas = {m.get("name"): m.get("content") for m in head.iter("meta")}
    assert metas.get("viewport", "").startswith("width=device-width")
    assert metas.get("color-scheme") == "light dark"
    assert metas.get("supported-color-schemes") == "light dark"
    title = head.find("title")
    assert title is not None and title.text == subject

    up = parents(root)
    for el in root.iter():
        tag = el.tag if isinstance(el.tag, str) else ""
        assert tag not in FORBIDDEN_TAGS, f"forbidden tag <{tag}>"
        for name, value in el.attrib.items():
            assert not name.lower().startswith("on"), f"event handler {name} on <{tag}>"
            if name in ("href", "src"):
                assert value.lower().startswith(("https:", "http:", "mailto:")), value
        width = el.get("width", "")
        if width.isdigit():
            assert int(width) <= 640, f"<{tag} width={width}>"
        for prop, value in styles(el).items():
            if prop in ("width", "min-width", "max-width"):
                px = re.fullmatch(r"(\d+)px", value)
                assert px is None or int(px.group(1)) <= 640, f"<{tag} style={prop}:{value}>"
            assert not re.search(r"display\s*:\s*(flex|grid)|position|float", f"{prop}:{value}")
        if tag == "table":
            assert el.get("role") == "presentation", "layout tables are role=presentation"
        if tag in TEXT_TAGS and direct_text(el):
            # Every text element carries its own font and colour, or sits in a cell that does.
            own = styles(el)
            cell = el
            while cell is not None and cell.tag != "td":
                cell = up.get(cell)
            inherited = styles(cell) if cell is not None else {}
            for prop in FONT_PROPERTIES:
                if tag == "a" and prop != "color":
                    continue  # a link takes its font from its paragraph
                assert prop in own or prop in inherited, f"<{tag}> {direct_text(el)[:30]!r}: {prop}"
    # Explicit colours: every coloured text sits on an explicit background colour.
    card = [td for td in root.iter("td") if "background-color" in styles(td)]
    assert card, "text cells carry their own background colour"
    body = root.find("body")
    assert body is not None
    pre = body[0]
    assert "display:none" in pre.get("style", "").replace(" ", ""), "preheader first, hidden"
    pre_text = "".join(pre.itertext()).strip()
    assert 0 < len(pre_text) <= 100, pre_text
    assert pre_text != subject


def test_statement_html_is_email_ready() -> None:
    release = statement()
    check_email_ready(render_html(release), release.headline.replace("'", "\u2019"))


def test_embargoed_html_is_email_ready() -> None:
    html = render_html(embargoed())
    check_email_ready(
        html,
        "EMBARGOED until 12:01 a.m. EDT, Tuesday, June 9, 2026: "
        + statement().headline.replace("'", "\u2019"),
    )
    assert "EMBARGOED UNTIL 12:01 a.m. EDT, Tuesday, June 9, 2026" in html


def test_every_part_of_the_release_appears_in_the_html() -> None:
    release = statement().replace(
        subheadline="Board votes Oct. 6",
        body=(
            Paragraph("Lede with a [report](https://example.org/report) and **bold**."),
            Heading("Background"),
            BulletList(("one", "two")),
            Quote(("Said this.",), None),
        ),
        end_mark="-30-",
        boilerplate=(Boilerplate("Harbor", "Harbor is a coalition.", "About Harbor"),),
    )
    root = parse(render_html(release))
    h1 = list(root.iter("h1"))
    assert [h.text for h in h1] == [release.headline.replace("'", "\u2019")]
    texts = ["".join(e.itertext()) for e in root.iter() if e.tag in ("p", "h2", "li")]
    assert "Board votes Oct. 6" in texts
    assert "BALTIMORE \u2014 Lede with a report and bold." in texts
    assert [t for t in texts if t in ("Background", "About Harbor")] == [
        "Background",
        "About Harbor",
    ]
    assert {"one", "two", "\u201cSaid this.\u201d", "Harbor is a coalition."} <= set(texts)
    links = [a.get("href") for a in root.iter("a")]
    assert links == ["https://example.org/report"]
    marks = [p for p in root.iter("p") if "".join(p.itertext()) == "-30-"]
    assert len(marks) == 2
    assert all(
        m.get("align") == "center" and "text-align:center" in m.get("style", "") for m in marks
    )


def test_a_3000_word_release_stays_under_the_gmail_clip() -> None:
    sentence = "The coalition documented every eviction filed at the port since March. "
    para = (sentence * 5).strip()  # 55 words
    quotes = tuple(
        Quote((para, para), statement().quotes[0].speaker, approved=True) for _ in range(27)
    )
    release = statement().replace(body=(Paragraph(para), *quotes))
    words = sum(len(p.split()) for q in quotes for p in q.paragraphs) + len(para.split())
    assert words >= 3000
    html = render_html(release)
    assert len(html.encode("utf-8")) < GMAIL_CLIP
    check_email_ready(html, release.headline.replace("'", "\u2019"))


def test_preheader_is_the_ledes_first_sentence_within_100_characters() -> None:
    release = statement().replace(body=(Paragraph("Short first sentence. Then more text."),))
    assert preheader(release, "Subject") == "Short first sentence."
    long = statement()
    text = preheader(long, "Subject")
    assert len(text) <= 100 and text.endswith("\u2026")
    assert text.startswith("In response to the Port Authority\u2019s decision")


def test_preheader_is_never_the_subject() -> None:
    release = statement().replace(headline="Same words.", body=(Paragraph("Same words."),))
    assert preheader(release, "Same words.") == "For Immediate Release: Sept. 4, 2026"


PAYLOADS = [
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(2)>',
    "[x](javascript:alert(3))",
    "</td></table>",
    "{{ 7*7 }}",
    "&amp; &lt;b&gt;",
    "[d](data:text/html,hi)",
    "<a href='javascript:alert(4)'>y</a>",
]


def hostile_release() -> Release:
    bad = " ".join(PAYLOADS)
    return Release(
        date=statement().date,
        headline=f"Headline {bad}",
        subheadline=f"Sub {bad}",
        dateline=f"CITY {bad}",
        contacts=(Contact(f"Name {bad}", "press@example.org", f"555 {bad}", f"Org {bad}"),),
        body=(
            Paragraph(f"Lede {bad}"),
            Quote((f"Quote {bad}", f"More {bad}"), statement().quotes[0].speaker),
            Heading(f"Heading {bad}"),
            BulletList((f"Item {bad}",)),
        ),
        boilerplate=(Boilerplate(f"Org {bad}", f"About {bad}", f"About {bad}"),),
    )


def test_xss_payloads_stay_visible_text_in_html() -> None:
    html = render_html(hostile_release())
    root = parse(html)
    for el in root.iter():
        assert el.tag not in ("script", "img"), el.tag
        assert not any(a.lower().startswith("on") for a in el.attrib)
        for name in ("href", "src"):
            value = el.get(name)
            assert value is None or value.startswith(("https:", "http:", "mailto:"))
    assert "javascript:" not in " ".join(a.get("href", "") for a in root.iter("a"))
    visible = "".join(root.find("body").itertext())  # type: ignore[union-attr]
    assert "<script>alert(1)</script>" in visible
    assert "\u201c><img src=x onerror=alert(2)>" in visible  # typography curls the quote, no more
    assert "</td></table>" in visible
    assert "{{ 7*7 }}" in visible and "49" not in visible
    assert "[x](javascript:alert(3))" in visible
    assert "& <b>" in visible  # entities are text, shown decoded; never markup
    # The layout survived: one card cell holds all of the text.
    assert len(list(root.iter("table"))) == 2


def test_html_is_deterministic() -> None:
    assert render_html(statement()) == render_html(statement())


@pytest.mark.parametrize("scheme", ["ftp://example.org/x", "/relative/path", "vbscript:msgbox(1)"])
def test_links_other_than_web_and_mail_become_plain_text(scheme: str) -> None:
    release = statement().replace(body=(Paragraph(f"See [this]({scheme}) now."),))
    root = parse(render_html(release))
    assert list(root.iter("a")) == []
    assert f"See [this]({scheme}) now." in "".join(root.itertext())
