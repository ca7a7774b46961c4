"""The source scanner finds every key of any TOML document tomli-w can write, without failing."""

from __future__ import annotations

from datetime import date
from typing import Any

import tomli_w
from hypothesis import given, settings
from hypothesis import strategies as st

from pressdesk.tomlsource import scan

keys = st.text("abcxyz_- .", min_size=1, max_size=6)  # spaces and dots force quoted keys
scalars = st.one_of(
    st.text(max_size=20), st.integers(), st.booleans(), st.dates(), st.floats(allow_nan=False)
)
documents = st.recursive(
    st.dictionaries(keys, scalars, max_size=4),
    lambda inner: st.dictionaries(
        keys,
        st.one_of(scalars, inner, st.lists(inner, max_size=3), st.lists(scalars, max_size=3)),
        max_size=4,
    ),
    max_leaves=20,
)


def leaf_paths(table: dict[str, Any], prefix: str = "") -> list[str]:
    paths: list[str] = []
    for key, value in table.items():
        path = f"{prefix}.{key}" if prefix else key
        if isinstance(value, dict):
            paths += leaf_paths(value, path) if value else []
        elif isinstance(value, list):
            for n, item in enumerate(value):
                if isinstance(item, dict):
                    paths += leaf_paths(item, f"{path}[{n}]")
                else:
                    paths.append(f"{path}[{n}]")
        else:
            paths.append(path)
    return paths


@settings(max_examples=200, deadline=None)
@given(document=documents, multiline=st.booleans())
def test_every_value_is_found(document: dict[str, Any], multiline: bool) -> None:
    text = tomli_w.dumps(document, multiline_strings=multiline)
    found = scan(text)
    for path in leaf_paths(document):
        assert path in found.values, (path, text)


def test_a_date_value_is_found_where_it_starts() -> None:
    found = scan(tomli_w.dumps({"a": {"when": date(2026, 1, 2)}}))
    assert (found.values["a.when"].line, found.values["a.when"].column) == (2, 8)
