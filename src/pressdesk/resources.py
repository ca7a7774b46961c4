"""Where pressdesk finds its templates: the user's config dir first, then the bundled ones."""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def bundled_templates() -> Path:
    """The templates shipped with pressdesk (inside the wheel, or the repo's `templates/`)."""
    inside = _PACKAGE / "templates"
    if inside.is_dir():
        return inside
    return _PACKAGE.parent.parent / "templates"


def user_templates() -> Path:
    """A folder where a user can override any bundled template by giving a file the same name."""
    from platformdirs import user_config_path

    return user_config_path("pressdesk", appauthor=False) / "templates"


def template_dirs() -> list[Path]:
    """Template search path, user overrides first."""
    return [user_templates(), bundled_templates()]
