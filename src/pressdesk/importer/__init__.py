"""The importer: plain-text and Markdown press releases into structured releases, with findings."""

from pressdesk.importer.reader import ImportResult, NotAReleaseError, import_text

__all__ = ["ImportResult", "NotAReleaseError", "import_text"]
