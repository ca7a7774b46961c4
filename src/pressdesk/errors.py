"""The one exception the shells turn into a one-line message and exit status 2."""


class PressdeskError(Exception):
    """Bad input or a refused action: the message is shown to the user as it is, on one line."""
