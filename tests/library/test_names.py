import pytest

from pressdesk.library import loose_key, same_name, same_text
from pressdesk.library.names import org_parts, same_phone


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("The Tenants' Union", "tenants union"),
        ("The Tenants’ Union", "TENANTS UNION"),
        ("Niños Unidos", "Ninos Unidos"),
        ("Fight for the Future", "fight-for-the-future"),
        ("Parents & Teachers", "Parents and Teachers"),
        ("  the   harbor  coalition ", "Harbor Coalition."),
    ],
)
def test_names_match_loosely(a: str, b: str) -> None:
    assert same_name(a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Tenants Union", "Tenants Council"),
        ("Theater Alliance", "Alliance"),  # "The" only counts as a whole leading word
        ("", ""),
    ],
)
def test_different_names_do_not_match(a: str, b: str) -> None:
    assert not same_name(a, b)


def test_loose_key_shape() -> None:
    assert loose_key("The Tenants' Union") == "tenants union"
    assert loose_key("Theater Alliance") == "theater alliance"


def test_same_text_ignores_spacing_and_quote_styles() -> None:
    assert same_text("We’re  here.\n", "We're here.")
    assert not same_text("We are here.", "We were here.")


def test_same_phone_compares_digits() -> None:
    assert same_phone("(555) 555-0101", "555.555.0101")
    assert same_phone("+1 555 555 0101", "555-555-0101")
    assert not same_phone("555-555-0101", "555-555-0102")


def test_org_parts_splits_a_joint_speaker_line() -> None:
    assert org_parts("La Colectiva and Riverside Watch") == [
        "La Colectiva and Riverside Watch",
        "La Colectiva",
        "Riverside Watch",
    ]
    assert org_parts("Eastside Legal Aid") == ["Eastside Legal Aid"]
