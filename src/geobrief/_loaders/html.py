"""Load ``.html`` / ``.htm`` pages through trafilatura (the ``html`` extra): body text and metadata."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from geobrief._loaders.decode import check_text, decode, read_bytes, stem
from geobrief._loaders.text import article_from_text
from geobrief._markers import hookimpl
from geobrief.errors import InputError
from geobrief.model import Article, LoadOptions, PluginError


def article_from_html(html: str, path: str, options: LoadOptions) -> Article:
    """Extract the main text and metadata of a page; scripts and styles never reach the text."""
    try:
        import trafilatura
    except ImportError:
        raise InputError(
            "reading HTML needs the 'html' extra: pip install 'geobrief[html]'", path
        ) from None
    text = trafilatura.extract(
        html, include_comments=False, include_tables=False, favor_precision=True
    )
    if not text or not text.strip():
        raise InputError("no article text found in the HTML", path)
    meta = trafilatura.extract_metadata(html)
    published = options.published
    if published is None and meta is not None and meta.date:
        try:
            published = dt.date.fromisoformat(meta.date[:10])
        except ValueError:
            published = None
    article = article_from_text(
        text,
        id=stem(path),
        path=path,
        published=published,
        title=getattr(meta, "title", None),
        author=getattr(meta, "author", None),
        source=getattr(meta, "sitename", None),
        url=getattr(meta, "url", None),
    )
    if published is not None and options.published is None:
        import attrs

        article = attrs.evolve(article, published_status="stated")
    return article


def _load(path: str, data: bytes | None, options: LoadOptions) -> Iterator[Article | PluginError]:
    try:
        if data is None:
            data = read_bytes(path, options.max_bytes)
        html, _bom = decode(data, path)
        check_text(html, path)
        yield article_from_html(html, path, options)
    except InputError as exc:
        yield PluginError("html", "load", exc.reason, error_type="InputError", path=path)
    except (
        Exception
    ) as exc:  # a parser failure on hostile markup names the file, loses nothing else
        yield PluginError(
            "html", "load", f"cannot parse HTML: {exc}", error_type=type(exc).__name__, path=path
        )


@hookimpl
def geobrief_load(path: str, data: bytes | None, options: LoadOptions):
    """HTML pages: ``.html`` and ``.htm``."""
    if not path.lower().endswith((".html", ".htm")):
        return None
    return _load(path, data, options)
