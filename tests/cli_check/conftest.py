"""The CLI tests build their releases with the check tests' builders (`checkcases`)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent.parent / "checks"))
