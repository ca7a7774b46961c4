"""`pressdesk check` as a user and a CI script see it: compiler-style lines, JSON, exit codes, --fix."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import jsonschema
import pytest
from checkcases import clean_release

from pressdesk import store
from pressdesk.cli import main
from pressdesk.model import Contact, Quote

SCHEMA = {
    "type": "object",
    "required": ["files", "summary"],
    "additionalProperties": False,
    "properties": {
        "files": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["file", "findings"],
                "additionalProperties": False,
                "properties": {
                    "file": {"type": "string"},
                    "findings": {
                        "type": "array",
                        "items": {
                            "type": "object",
                            "required": ["rule", "severity", "message", "field"],
                            "additionalProperties": False,
                            "properties": {
                                "rule": {"type": "string", "pattern": "^[a-z0-9-]+$"},
                                "severity": {"enum": ["error", "warning", "info"]},
                                "message": {"type": "string", "minLength": 1},
                                "field": {"type": "string", "minLength": 1},
                                "start": {"type": "integer", "minimum": 0},
                                "end": {"type": "integer", "minimum": 0},
                                "line": {"type": "integer", "minimum": 1},
                                "column": {"type": "integer", "minimum": 1},
                                # optional, added with the spelling rule (docs/checks.md)
                                "suggestions": {
                                    "type": "array",
                                    "items": {"type": "string", "minLength": 1},
                                    "minItems": 1,
                                },
                                "fix": {
                                    "type": "object",
                                    "required": ["field", "start", "end", "replacement"],
                                    "additionalProperties": False,
                                    "properties": {
                                        "field": {"type": "string"},
                                        "start": {"type": "integer", "minimum": 0},
                                        "end": {"type": "integer", "minimum": 0},
                                        "replacement": {"type": "string"},
                                    },
                                },
                            },
                            "dependentRequired": {
                                "start": ["end"],
                                "end": ["start"],
                                "line": ["column"],
                            },
                        },
                    },
                },
            },
        },
        "summary": {
            "type": "object",
            "required": ["error", "warning", "info"],
            "additionalProperties": False,
            "properties": {
                k: {"type": "integer", "minimum": 0} for k in ("error", "warning", "info")
            },
        },
    },
}


def flawed():
    r = clean_release(dateline="WASHINGTON, D.C.")
    first = Contact(
        "Dana Whitfield", "[email protected]", "(202) 555-0143", "Riverside Housing Coalition"
    )
    return r.replace(contacts=(first,) + r.contacts[1:])


def only_warnings():
    return clean_release(dateline="WASHINGTON, D.C.")


def save(path: Path, release) -> Path:  # type: ignore[no-untyped-def]
    path.write_text(store.dumps(release), encoding="utf-8")
    return path


def check(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = main(["check", *args])
    out, err = capsys.readouterr()
    return status, out, err


def test_clean_release_exits_0(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = save(tmp_path / "clean.toml", clean_release())
    status, out, err = check(capsys, str(path))
    assert (status, err) == (0, "")
    assert out == "no findings in 1 file\n"


def test_findings_print_like_a_compiler(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = save(tmp_path / "r.toml", flawed())
    status, out, _ = check(capsys, str(path))
    assert status == 1
    lines = out.splitlines()
    email_line = next(
        i for i, t in enumerate(store.dumps(flawed()).splitlines(), 1) if t.startswith("email =")
    )
    assert f"{path}:{email_line}:10: error [contact-email-valid] " in out
    assert any(
        line.startswith(f"{path}:")
        and "warning [dateline-standalone-city] AP datelines write WASHINGTON alone" in line
        for line in lines
    )
    assert lines[-1] == "1 error, 2 warnings, 0 info in 1 file"


def test_fail_on_sets_the_level_that_fails(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = save(tmp_path / "r.toml", only_warnings())
    assert check(capsys, str(path))[0] == 0
    assert check(capsys, str(path), "--fail-on", "warning")[0] == 1
    assert check(capsys, str(path), "--fail-on", "info")[0] == 1


def test_unusable_input_exits_2_and_the_others_are_still_checked(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = save(tmp_path / "good.toml", clean_release())
    broken = tmp_path / "broken.toml"
    broken.write_text('pressdesk = 1\nheadline = "x"\n', encoding="utf-8")
    status, out, err = check(capsys, str(tmp_path / "missing.toml"), str(broken), str(good))
    assert status == 2
    assert len(err.strip().splitlines()) == 2 and "missing.toml" in err and "broken.toml" in err
    assert "Traceback" not in err
    assert out.splitlines()[-1] == "no findings in 1 file"


def test_bad_flag_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["check", "--fail-on", "loud", "x.toml"])
    assert exit_.value.code == 2


def test_json_output_matches_the_contract(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    a = save(tmp_path / "a.toml", flawed())
    b = save(tmp_path / "b.toml", clean_release())
    status, out, _ = check(capsys, "--format", "json", str(a), str(b))
    doc = json.loads(out)
    jsonschema.validate(doc, SCHEMA)
    assert status == 1
    assert [f["file"] for f in doc["files"]] == [str(a), str(b)]
    assert doc["summary"] == {"error": 1, "warning": 2, "info": 0}
    dateline = next(
        f for f in doc["files"][0]["findings"] if f["rule"] == "dateline-standalone-city"
    )
    assert (dateline["field"], dateline["start"], dateline["end"]) == ("dateline", 10, 16)
    assert dateline["fix"] == {"field": "dateline", "start": 10, "end": 16, "replacement": ""}


def test_fix_rewrites_the_file_and_lists_what_it_changed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = save(tmp_path / "r.toml", flawed())
    status, out, _ = check(capsys, "--fix", str(path))
    assert "fixed [dateline-standalone-city]" in out and "fixed [contact-phone-format]" in out
    assert status == 1  # the scraped address cannot be fixed safely
    fixed = store.load(path)
    assert fixed.dateline == "WASHINGTON"
    assert fixed.contacts[0].phone == "202-555-0143"
    assert fixed.contacts[0].email == "[email protected]"
    status, out, _ = check(capsys, str(path))
    assert "dateline-standalone-city" not in out and "contact-phone-format" not in out
    assert out.splitlines()[-1] == "1 error, 0 warnings, 0 info in 1 file"


def test_list_rules_names_every_rule(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = check(capsys, "--list-rules")
    assert status == 0
    lines = out.splitlines()
    assert any(
        line.startswith("dateline-state-ap") and "warning" in line and "(wire: info)" in line
        for line in lines
    )
    assert any(line.startswith("quote-approved") and "--final: error" in line for line in lines)
    assert len(lines) >= 49


def test_profile_precedence(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # A capitals headline is a warning in coalition and an error in ap.
    release = clean_release(headline="COALITION RESPONDS TO COUNTY PAUSE")
    (tmp_path / "pressdesk.toml").write_text('profile = "ap"\n', encoding="utf-8")
    text = store.dumps(release)
    without = tmp_path / "no-profile.toml"
    without.write_text(
        "\n".join(line for line in text.splitlines() if not line.startswith("profile")) + "\n",
        encoding="utf-8",
    )
    with_key = save(tmp_path / "with-profile.toml", release)  # profile = "coalition" written
    assert "error [headline-all-caps]" in check(capsys, str(without))[1]  # pressdesk.toml's ap
    assert "warning [headline-all-caps]" in check(capsys, str(with_key))[1]  # the file's own
    assert "error [headline-all-caps]" in check(capsys, "--profile", "wire", str(with_key))[1]


def test_bad_settings_file_exits_2_naming_the_key(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "pressdesk.toml").write_text("[rules]\nshouting = 'off'\n", encoding="utf-8")
    path = save(tmp_path / "r.toml", clean_release())
    status, _, err = check(capsys, str(path))
    assert status == 2
    assert "pressdesk.toml" in err and "'shouting'" in err


def test_final_turns_unapproved_quotes_into_errors(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    r = clean_release()
    q = r.body[1]
    assert isinstance(q, Quote)
    path = save(
        tmp_path / "r.toml",
        r.replace(body=(r.body[0], Quote(q.paragraphs, q.speaker)) + r.body[2:]),
    )
    assert check(capsys, str(path))[0] == 0
    status, out, _ = check(capsys, "--final", str(path))
    assert status == 1 and "error [quote-approved]" in out


def test_a_broken_library_never_stops_the_check(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    library = tmp_path / "library"
    (library / "orgs").mkdir(parents=True)
    (library / "orgs" / "bad.toml").write_text("this is [not toml", encoding="utf-8")
    (library / "coalitions.toml").write_bytes(b"\xff\xfe")
    path = save(tmp_path / "r.toml", clean_release())
    status, out, _ = check(capsys, "--library", str(library), str(path))
    assert status == 0
    assert out.splitlines()[-1].endswith("in 1 file")


# What `pressdesk check` must not load unless a release needs it: the editor, the exports' and
# the library's machinery, and the contact parsers.
HEAVY = (
    "textual",
    "rich",
    "jinja2",
    "markdown_it",
    "docx",
    "typst",
    "phonenumbers",
    "email_validator",
    "slugify",
    "tomli_w",
    "zoneinfo",
    "pressdesk.render",
    "pressdesk.importer",
    "pressdesk.library.folder",
)


def loaded_by_check(path: Path, *args: str) -> list[str]:
    """The HEAVY modules a fresh `pressdesk check` of `path` imports (output to a pipe)."""
    code = (
        "import sys\n"
        "from pressdesk.cli import main\n"
        f"status = main(['check', *{list(args)!r}, {str(path)!r}])\n"
        f"heavy = [m for m in {HEAVY!r} if m in sys.modules]\n"
        "print('HEAVY', ','.join(heavy))\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    line = next((x for x in proc.stdout.splitlines() if x.startswith("HEAVY")), None)
    assert line is not None, proc.stdout + proc.stderr
    return [m for m in line.removeprefix("HEAVY").strip().split(",") if m]


@pytest.mark.slow
def test_check_stays_light(tmp_path: Path) -> None:
    """No Textual, no rich without a terminal, no exports or library, and no phone/email
    parsers when the contacts' numbers and addresses are already in plain AP form."""
    path = save(tmp_path / "r.toml", clean_release())
    assert loaded_by_check(path) == []
    assert loaded_by_check(path, "--format", "json") == []


@pytest.mark.slow
def test_check_loads_a_parser_only_for_the_contact_that_needs_it(tmp_path: Path) -> None:
    odd_phone = Contact("Dana Whitfield", "dana@example.org", "(202) 555-0143")
    odd_email = Contact("Dana Whitfield", "dana@bücher.example", "202-555-0143")
    phone = save(tmp_path / "phone.toml", clean_release(contacts=(odd_phone,)))
    email = save(tmp_path / "email.toml", clean_release(contacts=(odd_email,)))
    assert loaded_by_check(phone) == ["phonenumbers"]
    assert loaded_by_check(email) == ["email_validator"]


@pytest.mark.slow
def test_check_loads_the_zone_database_only_for_an_embargo(tmp_path: Path) -> None:
    embargoed = clean_release(
        line="embargoed",
        embargo=datetime(2026, 11, 25, 9, 0, tzinfo=UTC),
        zone="America/New_York",
    )
    assert loaded_by_check(save(tmp_path / "e.toml", embargoed)) == ["zoneinfo"]


@pytest.mark.slow
def test_check_reads_a_library_only_when_there_is_one(tmp_path: Path) -> None:
    library = tmp_path / "library"
    library.mkdir()
    (library / "tenants-united.toml").write_text('name = "Tenants United"\n', encoding="utf-8")
    path = save(tmp_path / "r.toml", clean_release())
    loaded = loaded_by_check(path, "--library", str(library))
    # Matching "Fair Rent Now" against the library's file names takes its slug.
    assert loaded == ["slugify", "pressdesk.library.folder"]


TEXT_RELEASE = """FOR IMMEDIATE RELEASE: Nov. 24, 2026
Media Contact: Dana Whitfield, [email protected], 202-555-0143
Riverside Coalition Responds to County Rent Relief Pause
WASHINGTON, D.C. – The Riverside Housing Coalition released the following statement from member group Tenants United:
Ana Lopez, Director, Tenants United
“Families have waited months for help that the county promised them.”
###
The Riverside Housing Coalition is an alliance of 40 tenant groups.
###
"""


def test_a_text_release_is_imported_and_checked_with_lines(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "draft.txt"
    path.write_text(TEXT_RELEASE, encoding="utf-8")
    status, out, _ = check(capsys, str(path))
    assert status == 1
    assert f"{path}:2:" in out and "error [contact-email-valid]" in out
    assert f"{path}:4:11: warning [dateline-standalone-city]" in out
    assert "[dateline-dash]" in out  # the importer's own layout finding, merged in


def test_fix_on_a_text_release_asks_for_a_release_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "draft.txt"
    path.write_text(TEXT_RELEASE, encoding="utf-8")
    _, out, _ = check(capsys, "--fix", str(path))
    assert f"{path}: note: fixes need a release file: run `pressdesk import {path}`" in out
    assert path.read_text(encoding="utf-8") == TEXT_RELEASE


EXAMPLES = sorted((Path(__file__).resolve().parents[2] / "examples").glob("*.toml"))


@pytest.mark.parametrize("example", EXAMPLES, ids=[p.name for p in EXAMPLES])
def test_every_example_is_clean_in_its_own_profile(
    example: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # Checked as on its release date, the day the staffer would send it.
    monkeypatch.setenv("PRESSDESK_TODAY", store.load(example).date.isoformat())
    status, out, _ = check(capsys, "--fail-on", "warning", str(example))
    assert status == 0, out  # info findings may remain; no errors or warnings


def test_there_are_examples() -> None:
    assert len(EXAMPLES) >= 2


def test_the_docs_list_every_rule() -> None:
    from pressdesk.checks import REGISTRY

    docs = (Path(__file__).resolve().parents[2] / "docs" / "checks.md").read_text(encoding="utf-8")
    assert [r for r in REGISTRY if f"| `{r}` |" not in docs] == []


def test_no_file_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = check(capsys)
    assert (status, out) == (2, "")
    assert err.startswith("pressdesk: ") and "FILE" in err


@pytest.mark.parametrize("kind", ["folder", "binary", "empty"])
def test_unreadable_inputs_exit_2_with_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], kind: str
) -> None:
    path = tmp_path / "release.toml"
    if kind == "folder":
        path.mkdir()
    elif kind == "binary":
        path.write_bytes(b"\xff\xfe\x00release")
    else:
        path.write_text("", encoding="utf-8")
    status, out, err = check(capsys, str(path))
    assert status == 2
    assert len(err.strip().splitlines()) == 1 and str(path) in err and "Traceback" not in err
    assert out == ""  # no "no findings" summary for a file that was never checked


def test_list_rules_as_json(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = check(capsys, "--list-rules", "--format", "json")
    rules = {r["id"]: r for r in json.loads(out)["rules"]}
    assert status == 0
    assert rules["headline-all-caps"]["severity"] == "error"
    assert rules["headline-all-caps"]["profiles"] == "coalition: warning"


def test_colour_only_on_a_terminal(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path = save(tmp_path / "r.toml", only_warnings())
    plain = check(capsys, str(path))[1]
    assert "\x1b[" not in plain
    monkeypatch.delenv("NO_COLOR")
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    coloured = check(capsys, str(path))[1]
    assert "\x1b[" in coloured and "dateline-standalone-city" in coloured


def test_settings_also_quiet_the_importers_layout_findings(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    draft = tmp_path / "draft.txt"
    draft.write_text(
        "FOR IMMEDIATE RELEASE: Nov. 24, 2026\n"
        "Media Contact: Ana Ruiz, ana@example.org, 202-555-0143\n"
        "Riverside Groups Welcome County Vote on Rent Relief\n"
        "RIVERSIDE, Calif. – The county board voted Tuesday to restore rent relief.\n"
        "###\n",
        encoding="utf-8",
    )
    assert "[dateline-dash]" in check(capsys, str(draft))[1]
    (tmp_path / "pressdesk.toml").write_text('[rules]\ndateline-dash = "off"\n', encoding="utf-8")
    assert "[dateline-dash]" not in check(capsys, str(draft))[1]
    (tmp_path / "pressdesk.toml").write_text('[rules]\ndateline-dash = "error"\n', encoding="utf-8")
    assert "error [dateline-dash]" in check(capsys, str(draft))[1]


def test_a_settings_file_saved_with_a_byte_order_mark_is_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    release = save(tmp_path / "release.toml", clean_release())
    (tmp_path / "pressdesk.toml").write_bytes('\ufeff[rules]\nword-count = "off"\n'.encode())
    status, out, err = check(capsys, str(release))
    assert (status, err) == (0, "")
    assert "[word-count]" not in out
