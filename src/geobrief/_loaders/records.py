"""Load ``.json`` (one record) and ``.jsonl`` (one record per line) inputs."""

from __future__ import annotations

import codecs
import datetime as dt
import json
import os
from collections.abc import Iterator

from geobrief._loaders.decode import check_text, content_id, decode, read_bytes, stem
from geobrief._loaders.regions import parse_date
from geobrief._loaders.text import article_from_text
from geobrief._markers import hookimpl
from geobrief.errors import InputError
from geobrief.model import Article, LoadOptions, PluginError

_TEXT_FIELDS = ("title", "author", "source", "url")


def _published(value: object, path: str, line: int | None) -> dt.date | None:
    if value in (None, ""):
        return None
    if not isinstance(value, str):
        raise InputError(
            f"'published' must be a date string, not {type(value).__name__}", path, line
        )
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        date = parse_date(value)
        if date is None:
            raise InputError(f"'published' is not a date: {value!r}", path, line) from None
        return date


def article_from_record(
    record: object, path: str, line: int | None, options: LoadOptions, fallback_id: str
) -> Article:
    """An article from one JSON object ``{"text": ..., "id"?, "title"?, "published"?, ...}``."""
    if not isinstance(record, dict):
        raise InputError(f"expected a JSON object, found {type(record).__name__}", path, line)
    text = record.get("text")
    if not isinstance(text, str):
        raise InputError('the record has no "text" string', path, line)
    if "\x00" in text:
        raise InputError("the record's text contains NUL characters", path, line)
    check_text(text, path, line)
    for key in _TEXT_FIELDS:
        if record.get(key) is not None and not isinstance(record[key], str):
            raise InputError(f"{key!r} must be a string", path, line)
    published = options.published or _published(record.get("published"), path, line)
    article = article_from_text(
        text,
        id=str(record["id"]) if record.get("id") is not None else fallback_id,
        path=path if line is None else f"{path}:{line}",
        published=published,
        **{key: record.get(key) for key in _TEXT_FIELDS},
    )
    if published is not None and options.published is None:
        article = _with_status(article, "stated")
    return article


def _with_status(article: Article, status: str) -> Article:
    import attrs

    return attrs.evolve(article, published_status=status)


def _error(exc: InputError, path: str) -> PluginError:
    return PluginError(
        "json", "load", exc.reason, error_type="InputError", path=path, line=exc.line
    )


def _record_line(
    raw: bytes, path: str, number: int, options: LoadOptions, name: str
) -> Article | PluginError | None:
    """The article of one JSON Lines line (``None`` for a blank line)."""
    try:
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise InputError(
                f"not UTF-8: invalid byte 0x{raw[exc.start]:02x} at byte {exc.start + 1} of the"
                " line (re-encode the file as UTF-8)",
                path,
                number,
            ) from None
        if not line.strip():
            return None
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(
                f"invalid JSON: {exc.msg} (column {exc.colno})", path, number
            ) from None
        return article_from_record(record, path, number, options, f"{name}-{number}")
    except InputError as exc:
        return _error(exc, path)


def iter_jsonl(
    path: str,
    options: LoadOptions,
    start: int = 0,
    end: int | None = None,
    first_line: int = 1,
) -> Iterator[Article | PluginError]:
    """Stream the records of a JSON Lines file, one line at a time (memory stays flat whatever
    the file's size): ``--max-bytes`` bounds each line. ``start``/``end`` (byte offsets at line
    starts) and ``first_line`` (the line number at ``start``) read one part of the file."""
    name = stem(path)
    limit = options.max_bytes
    seen = False
    try:
        handle = open(path, "rb")  # noqa: SIM115 - closed below, also when the reader stops early
    except OSError as exc:
        yield _error(InputError(f"cannot read: {exc.strerror or exc}", path), path)
        return
    with handle:
        try:
            handle.seek(start)
            if start == 0 and handle.peek(2)[:2] in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE):
                handle.close()
                yield from _whole_jsonl(path, None, options)
                return
            position = start
            number = first_line - 1
            while end is None or position < end:
                raw = handle.readline(limit + 1)
                if not raw:
                    break
                number += 1
                position += len(raw)
                if len(raw) > limit and not raw.endswith(b"\n"):
                    while raw and not raw.endswith(b"\n"):  # skip the rest of the line
                        raw = handle.readline(1 << 20)
                        position += len(raw)
                    seen = True
                    yield _error(
                        InputError(
                            f"line over the limit of {limit} bytes (--max-bytes)", path, number
                        ),
                        path,
                    )
                    continue
                raw = raw.rstrip(b"\r\n") if raw.endswith(b"\n") else raw
                if number == 1 and raw.startswith(codecs.BOM_UTF8):
                    raw = raw[3:]
                item = _record_line(raw, path, number, options, name)
                if item is not None:
                    seen = True
                    yield item
        except OSError as exc:
            yield _error(InputError(f"cannot read: {exc.strerror or exc}", path), path)
            return
    if not seen and start == 0 and end is None:
        yield _error(InputError("empty (no records)", path), path)


def _whole_jsonl(
    path: str, data: bytes | None, options: LoadOptions
) -> Iterator[Article | PluginError]:
    """JSON Lines given as bytes (or marked UTF-16): decoded whole, then read line by line."""
    try:
        if data is None:
            data = read_bytes(path, options.max_bytes)
        text, _bom = decode(data, path)
    except InputError as exc:
        yield _error(exc, path)
        return
    name = stem(path)
    seen = False
    for number, line in enumerate(text.split("\n"), start=1):
        item = _record_line(
            line.rstrip("\r").encode("utf-8", "surrogatepass"), path, number, options, name
        )
        if item is not None:
            seen = True
            yield item
    if not seen:
        yield _error(InputError("empty (no records)", path), path)


def _load(path: str, data: bytes | None, options: LoadOptions) -> Iterator[Article | PluginError]:
    if path.lower().endswith(".jsonl"):
        if data is None and os.path.isfile(path):
            yield from iter_jsonl(path, options)
        else:
            yield from _whole_jsonl(path, data, options)
        return
    try:
        if data is None:
            data = read_bytes(path, options.max_bytes)
        text, _bom = decode(data, path)
    except InputError as exc:
        yield _error(exc, path)
        return
    name = stem(path)
    try:
        try:
            record = json.loads(text)
        except json.JSONDecodeError as exc:
            raise InputError(
                f"invalid JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})", path
            ) from None
        records = record if isinstance(record, list) else [record]
        for index, item in enumerate(records):
            fallback = name if len(records) == 1 else f"{name}-{index + 1}"
            yield article_from_record(item, path, None, options, fallback or content_id(text))
    except InputError as exc:
        yield _error(exc, path)


@hookimpl
def geobrief_load(path: str, data: bytes | None, options: LoadOptions):
    """JSON records: ``.json`` (an object, or a list of them) and ``.jsonl``."""
    if not path.lower().endswith((".json", ".jsonl")):
        return None
    return _load(path, data, options)
