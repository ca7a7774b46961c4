"""The Markdown export: CommonMark that reads well raw and renders well on a website or GitHub."""

from __future__ import annotations

import dataclasses
import re

from pressdesk.model import Release
from pressdesk.render import content
from pressdesk.render.environment import template
from pressdesk.render.inline import literal_markdown, to_markdown


def markdown_end_mark(mark: str) -> str:
    """`\\###` (a bare `###` line is an empty heading); `-30-` needs no escape."""
    return to_markdown(mark)


_RULE = re.compile(r"(?:[-*_][ \t]*){3,}")


def list_item(markdown: str) -> str:
    """An item after its `- ` bullet: `--` would make `- --`, a thematic break, so escape it."""
    return "\\" + markdown if _RULE.fullmatch("- " + markdown) else markdown


def render_markdown(release: Release) -> str:
    """The release as CommonMark: `# Headline`, speaker lines in bold, escaped end marks."""
    worded = content.build(release, to_markdown, literal_markdown)
    blocks = tuple(
        dataclasses.replace(b, items=tuple(list_item(i) for i in b.items)) for b in worded.blocks
    )
    worded = dataclasses.replace(worded, blocks=blocks)
    return template("release.md.j2", html=False).render(
        c=worded, end_mark=markdown_end_mark(worded.end_mark)
    )
