"""Lets the check tests import their shared release builders (`checkcases`) under importlib mode."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
