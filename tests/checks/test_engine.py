"""The engine: settings switch rules off and re-level them; profiles are validated; every family loads."""

from __future__ import annotations

from types import MappingProxyType

import pytest
from checkcases import clean_release, run

from pressdesk.checks import FAMILIES, REGISTRY, Settings
from pressdesk.errors import PressdeskError

WASHINGTON = clean_release(dateline="WASHINGTON, D.C.")


def test_a_rule_switched_off_is_not_run() -> None:
    s = Settings(rules=MappingProxyType({"dateline-standalone-city": "off"}))
    assert [f.rule for f in run(WASHINGTON)] == ["dateline-standalone-city"]
    assert run(WASHINGTON, settings=s) == []


def test_a_relevelled_rule_takes_its_new_severity() -> None:
    s = Settings(rules=MappingProxyType({"dateline-standalone-city": "error"}))
    assert [f.severity.value for f in run(WASHINGTON, settings=s)] == ["error"]


def test_final_keeps_placeholders_errors_even_when_relevelled() -> None:
    s = Settings(rules=MappingProxyType({"placeholder-left": "info"}))
    release = clean_release(subheadline="TK")
    assert [f.severity.value for f in run(release, settings=s) if f.rule == "placeholder-left"] == [
        "info"
    ]
    assert [
        f.severity.value
        for f in run(release, settings=s, final=True)
        if f.rule == "placeholder-left"
    ] == ["error"]


def test_unknown_profile_is_refused() -> None:
    with pytest.raises(PressdeskError, match="tabloid"):
        Settings.for_profile("tabloid")


def test_every_family_module_registered_rules() -> None:
    modules = {r.func.__module__.rsplit(".", 1)[1] for r in REGISTRY.values()}
    assert set(FAMILIES) <= modules


def test_every_rule_declares_severity_description_and_source() -> None:
    for r in REGISTRY.values():
        assert r.description and r.source and r.severity.value in ("error", "warning", "info"), r.id


def test_the_whitespace_fix_never_merges_two_paragraphs() -> None:
    from datetime import date

    from pressdesk.checks import Context, Settings, fix_all
    from pressdesk.model import Boilerplate, Paragraph, Release

    release = Release(
        date=date(2026, 11, 24),
        headline="Tenants Win a Rent Freeze in Riverside",
        body=(Paragraph("The board voted.\n\nTenants cheered.  Then they went home\nearly."),),
        boilerplate=(Boilerplate("Riverside Tenants", "We organize.\n\nWe win."),),
    )
    fixed, _ = fix_all(release, Context(settings=Settings(), today=date(2026, 11, 20)))
    assert fixed.body == (
        Paragraph("The board voted.\n\nTenants cheered. Then they went home early."),
    )
    assert fixed.boilerplate[0].text == "We organize.\n\nWe win."
