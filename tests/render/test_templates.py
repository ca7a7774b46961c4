"""Users can adapt the house layout with their own templates; HTML stays escaped regardless."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from render_samples import statement
from test_html import check_email_ready

from pressdesk.errors import PressdeskError
from pressdesk.render import render, render_html, render_text


def user_templates() -> Path:
    folder = Path(os.environ["XDG_CONFIG_HOME"]) / "pressdesk" / "templates" / "export"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def test_a_user_template_overrides_the_bundled_one() -> None:
    (user_templates() / "release.txt.j2").write_text(
        "{{ c.headline | upper }}\n{{ c.release_line }}\n", encoding="utf-8"
    )
    assert render_text(statement()) == (
        "HARBOR COALITION STATEMENT: PORT AUTHORITY PAUSES TENANT EVICTIONS\n"
        "For Immediate Release: Sept. 4, 2026\n"
    )


def test_a_user_html_template_is_escaped_and_its_styles_inlined() -> None:
    (user_templates() / "release.html.j2").write_text(
        "<!DOCTYPE html><html><head><style>p { color: #123456; }</style></head>"
        "<body><p>{{ subject }}</p><p>{{ '<b>raw</b>' }}</p></body></html>",
        encoding="utf-8",
    )
    html = render_html(statement().replace(headline="<script>x</script>"))
    assert '<p style="color:#123456">&lt;script&gt;x&lt;/script&gt;</p>' in html
    assert "&lt;b&gt;raw&lt;/b&gt;" in html


def test_a_misspelt_name_in_a_template_is_an_error_not_an_empty_line() -> None:
    (user_templates() / "release.md.j2").write_text("{{ c.headlin }}\n", encoding="utf-8")
    with pytest.raises(Exception, match="headlin"):
        render(statement(), "markdown")


def test_unknown_format_is_refused() -> None:
    with pytest.raises(ValueError, match="rtf"):
        render(statement(), "rtf")


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("</body>", "<script>alert(1)</script></body>"),
        ('width="100%"', 'width="700"'),
        ('lang="en"', 'lang="fr"'),
        ('<meta charset="utf-8">', ""),
        ('role="presentation"', ""),
        ("</body>", "<p>Text with no inline style</p></body>"),
        ("<h1 ", '<h1 onclick="alert(1)" '),
    ],
)
def test_the_email_ready_checker_catches_planted_defects(old: str, new: str) -> None:
    # The email-ready checks must be able to fail, or passing them proves nothing.
    html = render_html(statement())
    check_email_ready(html, statement().headline)
    assert old in html
    with pytest.raises(AssertionError):
        check_email_ready(html.replace(old, new, 1), statement().headline)


def test_missing_template_is_one_line() -> None:
    from pressdesk.render.environment import template

    with pytest.raises(PressdeskError, match="release.pdf.j2"):
        template("release.pdf.j2", html=False)
