"""The few exceptions learnscope raises on purpose.

Every message says what was received, what is allowed, and how to fix it, in one
line, so the CLI can print it as is and exit with status 2.
"""


class LearnscopeError(Exception):
    """Base class of every error learnscope raises on purpose."""


class InvalidValueError(LearnscopeError, ValueError):
    """A logged key or value, or an argument, is not acceptable."""


class RunNotFoundError(LearnscopeError, LookupError):
    """A run reference matches no run in the store."""


class StoreError(LearnscopeError):
    """The store cannot be opened, read or written."""


class ImportFormatError(LearnscopeError, ValueError):
    """A log file is malformed or holds no numeric series."""


class RunFinishedError(LearnscopeError, RuntimeError):
    """A value was logged into a run after its ``finish()``: it would be lost."""
