"""Read an input's bytes within a size ceiling and decode them as UTF-8, naming the file on failure."""

from __future__ import annotations

import codecs
import hashlib
import os
import stat

from geobrief.errors import InputError


def read_bytes(path: str, max_bytes: int) -> bytes:
    """The file's bytes; an :class:`InputError` naming it when it is missing, unreadable or too big."""
    try:
        info = os.stat(path)
    except FileNotFoundError:
        raise InputError("no such file", path) from None
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}", path) from None
    if stat.S_ISDIR(info.st_mode):
        raise InputError("is a folder, not a file", path)
    if not stat.S_ISREG(info.st_mode):
        raise InputError("not a regular file (a pipe, socket or device); not read", path)
    size = info.st_size
    if size > max_bytes:
        raise InputError(f"{size} bytes is over the limit of {max_bytes} (--max-bytes)", path)
    try:
        with open(path, "rb") as handle:
            data = handle.read(max_bytes + 1)
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}", path) from None
    if len(data) > max_bytes:
        raise InputError(f"over the limit of {max_bytes} bytes (--max-bytes)", path)
    return data


def decode(data: bytes, path: str) -> tuple[str, bool]:
    """Decode UTF-8 (removing and reporting a BOM) or BOM-marked UTF-16; anything else is an error."""
    if data.startswith(codecs.BOM_UTF8):
        return _utf8(data[3:], path, offset=3), True
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16"), True
        except UnicodeDecodeError as exc:
            raise InputError(f"invalid UTF-16 at byte {exc.start}", path) from None
    return _utf8(data, path), False


def _utf8(data: bytes, path: str, offset: int = 0) -> str:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"not UTF-8: invalid byte 0x{data[exc.start]:02x} at byte {exc.start + offset}"
            " (re-encode the file as UTF-8)",
            path,
        ) from None
    if "\x00" in text:
        raise InputError(
            f"contains NUL bytes at character {text.index(chr(0))}: not a text file", path
        )
    return text


def check_text(text: str, path: str, line: int | None = None) -> None:
    """Refuse texts with nothing to read in them."""
    if not text.strip():
        raise InputError("empty (no text to read)" if not text else "whitespace only", path, line)


def content_id(text: str) -> str:
    """A short stable id from the content, for inputs without a name."""
    return hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def stem(path: str) -> str:
    """The file name without its directory and last suffix."""
    name = os.path.basename(path)
    return name.rsplit(".", 1)[0] if "." in name else name
