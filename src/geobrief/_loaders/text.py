"""Load ``.txt`` files and standard input: the whole text is the article, with regions detected."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from geobrief._loaders.decode import check_text, content_id, decode, read_bytes, stem
from geobrief._loaders.regions import detect_layout
from geobrief._markers import hookimpl
from geobrief.errors import InputError
from geobrief.model import Article, LoadOptions, PluginError

SUFFIXES = (".txt", ".text")


def article_from_text(
    text: str,
    id: str | None = None,
    path: str | None = None,
    published: dt.date | None = None,
    bom: bool = False,
    **metadata: object,
) -> Article:
    """An article from a decoded text: regions detected, caller metadata taking precedence."""
    layout = detect_layout(text)
    status = "missing"
    if published is not None:
        status = "given"
    elif layout.published is not None:
        published, status = layout.published, "stated"
    fields = {
        "title": layout.title,
        "author": layout.author,
        "source": layout.source,
    }
    fields.update({k: v for k, v in metadata.items() if v is not None})
    return Article(
        id=id or content_id(text),
        text=text,
        path=path,
        published=published,
        published_status=status,
        body=layout.body,
        regions=layout.regions,
        bom=bom,
        **fields,  # type: ignore[arg-type]
    )


def _load(path: str, data: bytes | None, options: LoadOptions) -> Iterator[Article | PluginError]:
    try:
        if data is None:
            data = read_bytes(path, options.max_bytes)
        elif len(data) > options.max_bytes:
            raise InputError(f"over the limit of {options.max_bytes} bytes (--max-bytes)", path)
        text, bom = decode(data, path)
        check_text(text, path)
    except InputError as exc:
        yield PluginError("txt", "load", exc.reason, error_type="InputError", path=path)
        return
    article_id = content_id(text) if path == "-" else stem(path)
    yield article_from_text(text, id=article_id, path=path, published=options.published, bom=bom)


@hookimpl(trylast=True)
def geobrief_load(path: str, data: bytes | None, options: LoadOptions):
    """Plain text: ``.txt`` files and ``-`` (stdin)."""
    if path != "-" and not path.lower().endswith(SUFFIXES):
        return None
    return _load(path, data, options)
