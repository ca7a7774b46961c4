"""Export file names: the release date and the slugified headline, with the format's extension."""

from __future__ import annotations

from pressdesk.model import Release
from pressdesk.render.formats import export_format


def output_stem(release: Release) -> str:
    """`2020-06-11-athena-statement-amazon-temporarily-halts-rekognition` (no extension)."""
    from slugify import slugify

    from pressdesk.render.inline import to_plain

    slug = slugify(to_plain(release.headline), max_length=55, word_boundary=True)
    return f"{release.date.isoformat()}-{slug or 'release'}"


def output_name(release: Release, fmt: str) -> str:
    """The default file name of one export of `release` in format `fmt`."""
    return output_stem(release) + export_format(fmt).extension
