from datetime import date

import pytest

from pressdesk.model import (
    BulletList,
    FieldPathError,
    Heading,
    Paragraph,
    Quote,
    Release,
    Speaker,
    get_text,
    set_text,
    text_fields,
)


def _release() -> Release:
    return Release(
        date=date(2026, 3, 3),
        headline="Groups Welcome the Vote",
        dateline="OAKLAND, Calif.",
        body=(
            Paragraph("The lede."),
            Quote(("First.", "Second."), Speaker("Ana Ortiz", "Director", "Bay Group")),
            Heading("Background"),
            BulletList(("one", "two")),
        ),
    )


def test_get_and_set_text_by_field_path() -> None:
    r = _release()
    assert get_text(r, "body[1].paragraphs[1]") == "Second."
    assert get_text(r, "body[1].speaker.org") == "Bay Group"
    assert get_text(r, "body[2].heading") == "Background"
    changed = set_text(r, "body[1].paragraphs[1]", "Changed.")
    assert changed.body[1] == Quote(
        ("First.", "Changed."), Speaker("Ana Ortiz", "Director", "Bay Group")
    )
    assert set_text(r, "body[3].items[0]", "uno").body[3] == BulletList(("uno", "two"))
    assert set_text(r, "dateline", "OAKLAND").dateline == "OAKLAND"
    assert r.body[1].paragraphs[1] == "Second."  # the original is untouched


def test_bad_paths_are_refused() -> None:
    r = _release()
    for path in ("body[9].text", "nonsense", "body[1].paragraphs[5]", "body[0]"):
        with pytest.raises(FieldPathError):
            set_text(r, path, "x")


def test_text_fields_walk_in_reading_order() -> None:
    paths = [p for p, _ in text_fields(_release())]
    assert paths[:2] == ["headline", "dateline"]
    assert paths[-2:] == ["body[3].items[0]", "body[3].items[1]"]
    assert "body[1].speaker.name" in paths
