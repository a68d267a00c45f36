"""Write a file atomically: into a temporary file beside it, renamed into place on success."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from typing import IO


@contextmanager
def atomic_writer(path: str, mode: str = "w") -> Iterator[IO[str]]:
    """A handle whose content replaces ``path`` only if the block finishes without an exception."""
    folder = os.path.dirname(os.path.abspath(path))
    fd, temporary = tempfile.mkstemp(
        prefix=f".{os.path.basename(path)}.", suffix=".part", dir=folder
    )
    try:
        # mkstemp creates the file private (0600); give it the permissions a plain open() would
        os.chmod(temporary, _existing_mode(path))
        with os.fdopen(fd, mode, encoding="utf-8", newline="\n") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    except BaseException:
        with suppress(FileNotFoundError):
            os.unlink(temporary)
        raise


def _existing_mode(path: str) -> int:
    """The target's current permissions, or the default for a new file under this umask."""
    try:
        return os.stat(path).st_mode & 0o777
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask
