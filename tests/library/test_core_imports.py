"""The library core stays free of Textual and rich, so `check` and scripts start fast."""

import subprocess
import sys


def test_library_and_its_rules_import_neither_textual_nor_rich() -> None:
    code = (
        "import sys, pressdesk.library, pressdesk.checks.library_rules; "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('textual', 'rich')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
