"""Exceptions geobrief raises; each also derives from the builtin it resembles."""

from __future__ import annotations


class GeobriefError(Exception):
    """Base class of every error geobrief raises on purpose."""


class InputError(GeobriefError, ValueError):
    """An input that cannot be read as an article; the message names the file (and line)."""

    def __init__(self, message: str, path: str | None = None, line: int | None = None) -> None:
        self.path = path
        self.line = line
        where = path if line is None else f"{path}:{line}"
        super().__init__(f"{where}: {message}" if where else message)
        self.reason = message


class PluginLoadError(GeobriefError, LookupError):
    """A plugin that cannot be found, imported or registered."""


class UsageError(GeobriefError, ValueError):
    """Arguments that do not fit together (a format nobody renders, a bad option)."""
