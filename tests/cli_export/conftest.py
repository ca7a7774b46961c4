"""Makes the export tests' sample releases (`tests/render/render_samples.py`) importable here."""

from __future__ import annotations

import sys
from pathlib import Path

SAMPLES = str(Path(__file__).resolve().parent.parent / "render")
if SAMPLES not in sys.path:
    sys.path.insert(0, SAMPLES)
