"""The library core stays free of Textual and rich, so `check` and scripts start fast."""

import subprocess
import sys

import pytest


def test_library_and_its_rules_import_neither_textual_nor_rich() -> None:
    code = (
        "import sys, pressdesk.library, pressdesk.checks.library_rules; "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('textual', 'rich')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_every_library_name_is_there_and_loaded_only_when_asked_for() -> None:
    code = (
        "import sys, importlib, pressdesk.library as lib\n"
        "early = sorted(m for m in sys.modules if m.startswith('pressdesk.library.'))\n"
        "from pressdesk.library import library_path\n"
        "after_path = sorted(m for m in sys.modules if m.startswith('pressdesk.library.'))\n"
        "names = [n for n in lib.__all__ if getattr(lib, n) is not None]\n"
        "print(early, after_path, len(names) == len(lib.__all__), set(lib.__all__) <= set(dir(lib)))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[] ['pressdesk.library.location'] True True"


def test_an_unknown_library_name_is_an_attribute_error() -> None:
    import pressdesk.library

    with pytest.raises(AttributeError, match="no_such_thing"):
        pressdesk.library.no_such_thing  # type: ignore[attr-defined]  # noqa: B018
