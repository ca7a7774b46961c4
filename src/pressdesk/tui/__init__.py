"""The Textual editor (`pressdesk [FILE]`). Importing this package imports Textual."""

from pressdesk.tui.app import PressdeskApp, make_app

__all__ = ["PressdeskApp", "make_app"]
