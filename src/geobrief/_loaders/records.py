"""Load ``.json`` (one record) and ``.jsonl`` (one record per line) inputs."""

from __future__ import annotations

import datetime as dt
import json
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


def _load(path: str, data: bytes | None, options: LoadOptions) -> Iterator[Article | PluginError]:
    try:
        if data is None:
            data = read_bytes(path, options.max_bytes)
        text, _bom = decode(data, path)
    except InputError as exc:
        yield _error(exc, path)
        return
    name = stem(path)
    if path.lower().endswith(".jsonl"):
        seen = False
        for number, raw in enumerate(text.splitlines(), start=1):
            if not raw.strip():
                continue
            seen = True
            try:
                try:
                    record = json.loads(raw)
                except json.JSONDecodeError as exc:
                    raise InputError(
                        f"invalid JSON: {exc.msg} (column {exc.colno})", path, number
                    ) from None
                yield article_from_record(record, path, number, options, f"{name}-{number}")
            except InputError as exc:
                yield _error(exc, path)
        if not seen:
            yield _error(InputError("empty (no records)", path), path)
        return
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
