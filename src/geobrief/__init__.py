"""geobrief: structured, source-linked briefs from geopolitical news and commentary.

The public API: the data model, the ``hookimpl`` marker for plugins, the pipeline and
:func:`extract`. Everything else is private and may change.
"""

from __future__ import annotations

import os
import typing
from typing import Any

from geobrief._markers import hookimpl
from geobrief.brief import Brief, BriefSection
from geobrief.catalog import Catalog
from geobrief.errors import GeobriefError, InputError, PluginLoadError, UsageError
from geobrief.model import (
    Actor,
    Article,
    Claim,
    Figure,
    LoadOptions,
    Mention,
    Office,
    PluginError,
    Region,
    Relationship,
    Result,
    Span,
    Stance,
    TimeRef,
)
from geobrief.text import Doc

if typing.TYPE_CHECKING:
    from geobrief.pipeline import Pipeline
    from geobrief.serialize import converter, from_record, schema, to_record

#: Names imported on first use, so ``import geobrief`` stays light (no plugin manager, no cattrs).
_LAZY = {
    "Pipeline": "geobrief.pipeline",
    "converter": "geobrief.serialize",
    "from_record": "geobrief.serialize",
    "schema": "geobrief.serialize",
    "to_record": "geobrief.serialize",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'geobrief' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))


__version__ = "0.1.0"

__all__ = [
    "Actor",
    "Article",
    "Brief",
    "BriefSection",
    "Catalog",
    "Claim",
    "Doc",
    "Figure",
    "GeobriefError",
    "InputError",
    "LoadOptions",
    "Mention",
    "Office",
    "Pipeline",
    "PluginError",
    "PluginLoadError",
    "Region",
    "Relationship",
    "Result",
    "Span",
    "Stance",
    "TimeRef",
    "UsageError",
    "__version__",
    "converter",
    "extract",
    "from_record",
    "hookimpl",
    "schema",
    "to_record",
]

_default_pipeline: Pipeline | None = None  # built on the first extract()


def extract(text_or_path: str | os.PathLike[str], **metadata: Any) -> Result:
    """Extract everything from one text, or from the file at a path.

    ``metadata`` (title, published, author, source, url, id) overrides what is found in the text.
    A file that cannot be read raises :class:`InputError` naming it.
    """
    import datetime as dt

    from geobrief.pipeline import Pipeline

    global _default_pipeline
    if _default_pipeline is None:
        _default_pipeline = Pipeline()
    published = metadata.pop("published", None)
    if isinstance(published, str):
        published = dt.date.fromisoformat(published)
    is_path = isinstance(text_or_path, os.PathLike) or (
        isinstance(text_or_path, str)
        and "\n" not in text_or_path
        and len(text_or_path) < 4096
        and os.path.isfile(text_or_path)
    )
    if is_path:
        options = LoadOptions(published=published)
        items = list(_default_pipeline.load([os.fspath(text_or_path)], options))
        articles = [a for a in items if isinstance(a, Article)]
        if not articles:
            error = next(e for e in items if isinstance(e, PluginError))
            raise InputError(error.message, error.path, error.line)
        article = articles[0]
        if metadata:
            import attrs

            article = attrs.evolve(article, **metadata)
    else:
        from geobrief._loaders.text import article_from_text

        article = article_from_text(str(text_or_path), published=published, **metadata)
    return _default_pipeline.run(article)
