"""pressdesk: a terminal press-release desk."""

__version__ = "0.1.0"
