"""Check settings: the profile, rules switched off or re-levelled, thresholds and word lists.

A `pressdesk.toml` in the release's folder or any parent (the nearest wins) can set them; anything
it does not name keeps the profile's default.
"""

from __future__ import annotations

import tomllib
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from types import MappingProxyType
from typing import Any

from pressdesk.errors import PressdeskError
from pressdesk.model import PROFILES

SETTINGS_FILE = "pressdesk.toml"
LEVELS = ("off", "error", "warning", "info")
PAGES = ("letter", "a4")

# AP's 30 US cities that stand alone in a dateline (no state after them).
STANDALONE_CITIES = (
    "ATLANTA", "BALTIMORE", "BOSTON", "CHICAGO", "CINCINNATI", "CLEVELAND", "DALLAS", "DENVER",
    "DETROIT", "HONOLULU", "HOUSTON", "INDIANAPOLIS", "LAS VEGAS", "LOS ANGELES", "MIAMI",
    "MILWAUKEE", "MINNEAPOLIS", "NEW ORLEANS", "NEW YORK", "OKLAHOMA CITY", "PHILADELPHIA",
    "PHOENIX", "PITTSBURGH", "ST. LOUIS", "SALT LAKE CITY", "SAN ANTONIO", "SAN DIEGO",
    "SAN FRANCISCO", "SEATTLE", "WASHINGTON",
)  # fmt: skip

# Upper-case words that are names or common abbreviations, not shouting (hype-caps). The
# organisations a release names and the acronyms it defines are added to these.
ACRONYMS = (
    "AARP", "ACLU", "AFL-CIO", "AIDS", "ASAP", "BIPOC", "CDC", "CEO", "COVID", "CUNY", "DACA", "EPA",
    "FAQ", "FBI", "FCC", "FEMA", "FTC", "GAAP", "HIPAA", "HIV", "HTML", "HTTP", "HTTPS", "HUD",
    "HVAC", "ICE", "IRS", "LGBT", "LGBTQ", "LGBTQIA", "NAACP", "NASA", "NASDAQ", "NATO", "NCAA",
    "NIH", "NOAA", "NYSE", "OSHA", "PDF", "POTUS", "RFID", "RSVP", "SCOTUS", "SNAP", "STEM", "SUNY",
    "UNESCO", "UNICEF", "USA", "USDA", "WIC", "YMCA", "YWCA",
)  # fmt: skip


@dataclass(frozen=True)
class Settings:
    """What the checks use besides the release. Thresholds are the rulebook's defaults."""

    profile: str = "coalition"
    # rule id -> "off" | "error" | "warning" | "info"
    rules: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    # headline-length-chars: info over the first, warning over the second
    headline_chars_info: int = 70
    headline_chars_warning: int = 88
    # headline-length-words: info over the first, error over the second
    headline_words_info: int = 12
    headline_words_error: int = 22
    # word-count, body only: error under min, warning under low or over high, info over long
    body_words_min: int = 125
    body_words_low: int = 300
    body_words_high: int = 800
    body_words_long: int = 600
    # boilerplate-length, per block: info over the first, warning over the second
    boilerplate_words_info: int = 50
    boilerplate_words_warning: int = 100
    # dateline-standalone-city: cities that take no state (replaces the AP list when set)
    standalone_cities: tuple[str, ...] = STANDALONE_CITIES
    # hype-caps: upper-case words that are names (added to the built-in list)
    acronyms: tuple[str, ...] = ACRONYMS
    # the PDF and Word exports' paper: "letter" or "a4" (docs/exports.md)
    page: str = "letter"
    # spelling: the dictionary's English, and words it should take as spelled right
    spelling: str = "en-US"
    known_words: tuple[str, ...] = ()
    # the settings file these came from, if any (for messages)
    source: Path | None = None

    @classmethod
    def for_profile(cls, name: str) -> Settings:
        """The defaults of one profile (coalition, ap or wire)."""
        if name not in PROFILES:
            raise PressdeskError(f"unknown profile {name!r} (choose {', '.join(PROFILES)})")
        return cls(profile=name)

    def with_profile(self, name: str) -> Settings:
        if name not in PROFILES:
            raise PressdeskError(f"unknown profile {name!r} (choose {', '.join(PROFILES)})")
        return replace(self, profile=name)

    def level(self, rule_id: str) -> str | None:
        """The level a settings file gave this rule, or None to keep the rule's own severity."""
        return self.rules.get(rule_id)


_INT_KEYS = {f.name for f in fields(Settings) if f.type == "int"}
_LIST_KEYS = {"standalone_cities", "acronyms", "known"}
SPELLINGS = ("en-US", "en-GB")


def find_settings_file(start: Path) -> Path | None:
    """The nearest `pressdesk.toml` in `start` or any folder above it."""
    folder = start.resolve()
    for candidate in (folder, *folder.parents):
        path = candidate / SETTINGS_FILE
        if path.is_file():
            return path
    return None


def read_settings(start_folder: Path, rule_ids: Collection[str]) -> Settings:
    """The settings of the nearest `pressdesk.toml` above `start_folder`, or the defaults.

    `rule_ids` are the ids a `[rules]` table may name: the registry's, which the caller passes
    (`pressdesk.checks.load_settings` does) so that this module needs no rule.
    """
    path = find_settings_file(Path(start_folder))
    if path is None:
        return Settings()
    return parse_settings(path, rule_ids)


def parse_settings(path: Path, rule_ids: Collection[str]) -> Settings:
    from pressdesk.fileio import read_bytes

    try:
        # Windows editors add a byte-order mark; a FIFO or a huge file is refused by read_bytes.
        data = tomllib.loads(read_bytes(path, "settings file").decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise PressdeskError(f"{path}: cannot read settings ({exc})") from exc
    except tomllib.TOMLDecodeError as exc:
        raise PressdeskError(f"{path}: not valid TOML ({exc})") from exc
    return settings_from_dict(data, path, rule_ids)


def settings_from_dict(data: Mapping[str, Any], path: Path, rule_ids: Collection[str]) -> Settings:
    """Strictly validated settings: any key pressdesk does not know is an error naming it."""
    changes: dict[str, Any] = {"source": path}
    for key, value in data.items():
        if key == "profile":
            if value not in PROFILES:
                raise PressdeskError(
                    f"{path}: profile must be one of {', '.join(PROFILES)}, not {value!r}"
                )
            changes["profile"] = value
        elif key == "page":
            if value not in PAGES:
                raise PressdeskError(
                    f"{path}: page must be one of {', '.join(PAGES)}, not {value!r}"
                )
            changes["page"] = value
        elif key == "rules":
            changes["rules"] = MappingProxyType(_rules(value, path, rule_ids))
        elif key == "thresholds":
            changes.update(_thresholds(value, path))
        elif key == "words":
            changes.update(_word_lists(value, path))
        elif key == "spelling":
            if value not in SPELLINGS:
                raise PressdeskError(
                    f"{path}: spelling must be one of {', '.join(SPELLINGS)}, not {value!r}"
                )
            changes["spelling"] = value
        else:
            raise PressdeskError(
                f"{path}: unknown setting {key!r} "
                "(expected profile, page, spelling, [rules], [thresholds], [words])"
            )
    return replace(Settings(), **changes)


def _table(value: object, path: Path, name: str) -> Mapping[str, Any]:
    if not isinstance(value, dict):
        raise PressdeskError(f"{path}: {name} must be a table ([{name}])")
    return value


def _rules(value: object, path: Path, rule_ids: Collection[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for rule_id, level in _table(value, path, "rules").items():
        if rule_id not in rule_ids:
            raise PressdeskError(
                f"{path}: unknown rule {rule_id!r} in [rules] "
                "(`pressdesk check --list-rules` lists the rules)"
            )
        if level not in LEVELS:
            raise PressdeskError(
                f"{path}: rules.{rule_id} must be one of {', '.join(LEVELS)}, not {level!r}"
            )
        out[rule_id] = level
    return out


def _thresholds(value: object, path: Path) -> dict[str, int]:
    out: dict[str, int] = {}
    for key, number in _table(value, path, "thresholds").items():
        name = key.replace("-", "_")
        if name not in _INT_KEYS:
            raise PressdeskError(f"{path}: unknown setting 'thresholds.{key}'")
        if not isinstance(number, int) or isinstance(number, bool) or number < 0:
            raise PressdeskError(f"{path}: thresholds.{key} must be a whole number, not {number!r}")
        out[name] = number
    return out


def _word_lists(value: object, path: Path) -> dict[str, tuple[str, ...]]:
    out: dict[str, tuple[str, ...]] = {}
    for key, items in _table(value, path, "words").items():
        name = key.replace("-", "_")
        if name not in _LIST_KEYS:
            raise PressdeskError(f"{path}: unknown setting 'words.{key}'")
        if not isinstance(items, list) or not all(isinstance(i, str) for i in items):
            raise PressdeskError(f"{path}: words.{key} must be a list of strings")
        if name == "acronyms":
            out[name] = ACRONYMS + tuple(items)
        elif name == "known":
            out["known_words"] = tuple(items)
        else:
            out[name] = tuple(i.upper() for i in items)
    return out
