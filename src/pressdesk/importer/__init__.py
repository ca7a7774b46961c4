"""The importer: plain-text and Markdown press releases into structured releases, with findings."""

from pressdesk.importer.reader import DATE_MISSING, ImportResult, NotAReleaseError, import_text

__all__ = ["DATE_MISSING", "ImportResult", "NotAReleaseError", "import_text"]
