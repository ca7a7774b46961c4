"""Settings: the nearest pressdesk.toml wins; rules switch off or change level; thresholds apply;
anything unknown is one error naming the file and the key."""

from __future__ import annotations

from pathlib import Path

import pytest
from checkcases import clean_release, run

from pressdesk.checks import Settings, load_settings
from pressdesk.errors import PressdeskError
from pressdesk.model import Paragraph


def write(folder: Path, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "pressdesk.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_no_file_gives_the_coalition_defaults(tmp_path: Path) -> None:
    assert load_settings(tmp_path) == Settings()


def test_the_nearest_file_wins(tmp_path: Path) -> None:
    write(tmp_path, 'profile = "wire"\n')
    write(tmp_path / "team", 'profile = "ap"\n')
    (tmp_path / "team" / "drafts").mkdir()
    assert load_settings(tmp_path / "team" / "drafts").profile == "ap"
    assert load_settings(tmp_path).profile == "wire"


def test_rules_off_relevelled_and_thresholds(tmp_path: Path) -> None:
    write(
        tmp_path,
        """
[rules]
hype-caps = "off"
third-person = "error"
[thresholds]
headline_chars_info = 40
[words]
acronyms = ["RHC"]
standalone-cities = ["RIVERSIDE"]
""",
    )
    s = load_settings(tmp_path)
    release = clean_release(dateline="RIVERSIDE, Calif.")
    release = release.replace(
        body=release.body[:4] + (Paragraph("We MUST act."),) + release.body[5:]
    )
    found = {f.rule: f for f in run(release, settings=s)}
    assert "hype-caps" not in found
    assert found["third-person"].severity.value == "error"
    assert found["headline-length-chars"].severity.value == "info"  # 56 characters > 40
    assert "dateline-standalone-city" in found
    assert "RHC" in s.acronyms and "NAACP" in s.acronyms


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ('colour = "blue"\n', "'colour'"),
        ('[rules]\nno-such-rule = "off"\n', "'no-such-rule'"),
        ('[rules]\nhype-caps = "loud"\n', "rules.hype-caps"),
        ("[thresholds]\nheadline_size = 3\n", "'thresholds.headline_size'"),
        ('[thresholds]\nheadline_chars_info = "70"\n', "thresholds.headline_chars_info"),
        ("[words]\nacronyms = [1]\n", "words.acronyms"),
        ('profile = "tabloid"\n', "tabloid"),
        ("profile = \n", "not valid TOML"),
    ],
)
def test_unknown_or_bad_settings_name_the_file_and_key(
    tmp_path: Path, text: str, named: str
) -> None:
    path = write(tmp_path, text)
    with pytest.raises(PressdeskError) as err:
        load_settings(tmp_path)
    message = str(err.value)
    assert str(path) in message and named in message and "\n" not in message


def test_a_rule_the_rulebook_only_plans_is_refused_like_any_unknown_one(tmp_path: Path) -> None:
    # Planned rules live in docs/checks.md, not in the registry: naming one has no effect, so
    # the settings file is told so rather than silently accepted.
    path = write(tmp_path, '[rules]\nheadline-case = "off"\n')
    with pytest.raises(PressdeskError) as err:
        load_settings(tmp_path)
    assert str(err.value) == (
        f"{path}: unknown rule 'headline-case' in [rules] "
        "(`pressdesk check --list-rules` lists the rules)"
    )


def test_an_importer_finding_can_be_switched_off(tmp_path: Path) -> None:
    write(tmp_path, '[rules]\nimport-unplaced = "off"\nimport-date-missing = "info"\n')
    s = load_settings(tmp_path)
    assert (s.level("import-unplaced"), s.level("import-date-missing")) == ("off", "info")
