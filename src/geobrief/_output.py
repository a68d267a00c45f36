"""Where ``geobrief extract`` writes: standard output, or a file that only ever holds whole records.

``-o FILE``: records go to a temporary file beside FILE, which replaces FILE in one rename when
the run ends - however it ends. A run that stops early (SIGINT, SIGTERM, an error) commits the
whole records written so far, so FILE is always a valid JSON Lines file, never half a record;
the run can then be continued with ``--resume``. Only a run that stops before its first record
leaves FILE as it was. (SIGKILL cannot be caught: FILE is then left as it was.)

``--resume``: FILE is read first; the articles it holds (by article id and path) are skipped,
and new records are appended to it one whole line at a time. A last line cut short (by a power
cut or SIGKILL) is dropped, so its article is run again.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from contextlib import suppress
from typing import IO, Any

from geobrief.errors import UsageError

__all__ = ["RecordSink", "done_keys", "json_line", "record_key"]


def record_key(record: dict[str, Any]) -> tuple[str, str | None]:
    """What identifies an article's record: its id and the path it was read from."""
    article = record["article"]
    return (str(article["id"]), article.get("path"))


def done_keys(path: str) -> tuple[set[tuple[str, str | None]], int, int | None]:
    """The keys of the whole records in a JSON Lines output, the byte offset where they end, and
    the line number of a cut-short last line that was found after them (``None`` if none).

    A malformed line that is not the last is an error: the file is not a geobrief output.
    """
    keys: set[tuple[str, str | None]] = set()
    end = 0
    number = 0
    with open(path, "rb") as handle:
        for raw in handle:
            number += 1
            problem = None
            if not raw.endswith(b"\n"):
                problem = "cut short"
            else:
                try:
                    keys.add(record_key(json.loads(raw)))
                except (ValueError, KeyError, TypeError, AttributeError) as exc:
                    problem = f"not a geobrief record ({exc})"
            if problem is None:
                end += len(raw)
                continue
            if handle.read(1):
                raise UsageError(
                    f"{path}:{number}: {problem}; cannot resume from a file that is not "
                    "geobrief extract output"
                )
            return keys, end, number
    return keys, end, None


def _file_mode(path: str) -> int:
    """The permissions FILE has, or those a new file gets (not the private ones of a temporary
    file)."""
    try:
        return os.stat(path).st_mode & 0o7777
    except OSError:
        mask = os.umask(0)
        os.umask(mask)
        return 0o666 & ~mask


def json_line(result: Any) -> tuple[str, tuple[Any, ...]]:
    """A result's JSON Lines record, and its errors (to report): the same bytes whoever makes
    it, in this process, a worker process or a cluster worker."""
    from geobrief.serialize import to_record

    return json.dumps(to_record(result), ensure_ascii=False) + "\n", result.errors


class RecordSink:
    """Whole records to standard output, to a file replaced atomically, or appended to a file
    (``resume``). Use as a context manager; ``write`` one record (a line) at a time."""

    def __init__(self, path: str | None, resume: bool = False) -> None:
        self.path = None if path in (None, "-") else path
        self.resume = resume
        self.records = 0
        self.skipped_tail: int | None = None
        self.done: set[tuple[str, str | None]] = set()
        self._handle: IO[bytes] | None = None
        self._temporary: str | None = None
        self._size = 0
        self._opened = False
        if resume and self.path is None:
            raise UsageError("--resume needs an output file (-o FILE)")

    def __enter__(self) -> RecordSink:
        if not self._opened:
            self.open()
        return self

    def open(self) -> RecordSink:
        """Read the file to resume (if any) and open the output; raises ``UsageError`` for a
        file that cannot be resumed."""
        self._opened = True
        if self.path is None:
            return self
        if self.resume and os.path.exists(self.path):
            self.done, self._size, self.skipped_tail = done_keys(self.path)
            self._handle = open(self.path, "r+b")  # noqa: SIM115 - closed in close()
            self._handle.truncate(self._size)
            self._handle.seek(self._size)
        elif self.resume:
            self._handle = open(self.path, "wb")  # noqa: SIM115 - closed in close()
        else:
            folder = os.path.dirname(os.path.abspath(self.path))
            fd, self._temporary = tempfile.mkstemp(
                prefix=f".{os.path.basename(self.path)}.", suffix=".part", dir=folder
            )
            os.chmod(self._temporary, _file_mode(self.path))
            self._handle = os.fdopen(fd, "wb", buffering=1 << 20)
        return self

    def write(self, line: str) -> None:
        """One record: a line of text ending in a newline."""
        if self._handle is None:
            sys.stdout.write(line)
        else:
            data = line.encode("utf-8")
            self._handle.write(data)
            if self.resume:
                self._handle.flush()
            self._size += len(data)
        self.records += 1

    def __exit__(self, exc_type: type[BaseException] | None, *_: object) -> None:
        self.close(failed=exc_type is not None and not issubclass(exc_type, KeyboardInterrupt))

    def close(self, failed: bool = False) -> None:
        """Commit the whole records written (keep FILE as it was if the run failed before the
        first record)."""
        handle, self._handle = self._handle, None
        if handle is None:
            if self.path is None:
                with suppress(BrokenPipeError, ValueError):
                    sys.stdout.flush()
            return
        try:
            handle.flush()
            handle.truncate(self._size)  # a record cut short by a forced stop goes
            os.fsync(handle.fileno())
        finally:
            handle.close()
        if self._temporary is not None:
            if failed and self.records == 0:
                with suppress(FileNotFoundError):
                    os.unlink(self._temporary)
            else:
                os.replace(self._temporary, self.path)  # type: ignore[arg-type]
            self._temporary = None
