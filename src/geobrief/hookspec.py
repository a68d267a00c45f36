"""Hook specifications: the seven stages of the geobrief pipeline, in the order they run.

A plugin is a plain module (or object) with functions marked ``@geobrief.hookimpl`` and named
after these specs. An implementation may accept any subset of a spec's keyword arguments, so a
new argument added later breaks no plugin. Every stage sees what earlier stages found.

Return contracts: hooks that return items return an *iterable* (a list, a tuple or a
generator); ``None`` means "nothing to add". The pipeline checks each returned item at the
boundary (its type, and that its span lies inside the text and matches its ``text``) and
reports a bad item against the plugin that returned it.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from geobrief._markers import hookspec

if TYPE_CHECKING:
    from geobrief.catalog import Catalog
    from geobrief.model import (
        Actor,
        Article,
        Claim,
        Figure,
        LoadOptions,
        Mention,
        PluginError,
        Relationship,
        Stance,
        TimeRef,
    )
    from geobrief.text import Doc

# -------------------------------------------------------------------------------------------------
# 1. load
# -------------------------------------------------------------------------------------------------


@hookspec(firstresult=True)
def geobrief_load(
    path: str, data: bytes | None, options: LoadOptions
) -> Iterable[Article | PluginError] | None:
    """Turn one input into articles.

    Called once per input file (directories are walked by the core) and once for ``-`` (stdin).

    :param path: the file's path, or ``"-"`` for standard input.
    :param data: the raw bytes when the core already has them (stdin); otherwise ``None`` and the
        loader reads ``path`` itself.
    :param options: the size ceiling and caller overrides (``options.published``).
    :return: an iterable of :class:`~geobrief.Article`, with a :class:`~geobrief.PluginError` in
        place of each record that could not be read (a bad JSON Lines line names its line); or
        ``None`` when this loader does not handle the input.

    Stops at the first non-``None`` answer. Bundled loaders handle ``.txt`` (and ``-``), ``.json``
    and ``.jsonl``, ``.html`` and ``.htm``; mark yours ``tryfirst=True`` to take a suffix over.

    .. versionadded:: 0.1
    """


# -------------------------------------------------------------------------------------------------
# 2. catalog
# -------------------------------------------------------------------------------------------------


@hookspec
def geobrief_catalog() -> Iterable[Actor] | None:
    """Contribute known actors (gazetteer entries).

    Called once per pipeline, before any article. Every answer is collected; an actor whose id is
    already known is merged into it (aliases, acronyms, demonyms, institutions and offices are
    added), so a plugin can extend a bundled actor as well as add new ones.

    :return: an iterable of :class:`~geobrief.Actor`.

    .. versionadded:: 0.1
    """


# -------------------------------------------------------------------------------------------------
# 3. mentions
# -------------------------------------------------------------------------------------------------


@hookspec
def geobrief_mentions(
    article: Article, doc: Doc, catalog: Catalog
) -> Iterable[Mention | Actor] | None:
    """Find actor mentions in one article.

    :param article: the article.
    :param doc: shared per-article text work (paragraphs, sentences, tokens, normalised text).
    :param catalog: every known actor.
    :return: an iterable of :class:`~geobrief.Mention`, plus an :class:`~geobrief.Actor` for each
        actor found in the text that the catalog does not know (a person named in the article).

    Every answer is collected; overlapping mentions of the same actor are merged by the pipeline.

    .. versionadded:: 0.1
    """


# -------------------------------------------------------------------------------------------------
# 4. facts
# -------------------------------------------------------------------------------------------------


@hookspec
def geobrief_facts(
    article: Article,
    doc: Doc,
    catalog: Catalog,
    actors: tuple[Actor, ...],
    mentions: tuple[Mention, ...],
) -> Iterable[Figure | TimeRef | Claim | Mention | Actor] | None:
    """Extract facts from one article: figures, time references and attributed claims.

    :param actors: the actors the mentions stage found (catalog entries and new people).
    :param mentions: every actor mention, in text order.
    :return: an iterable of :class:`~geobrief.Figure`, :class:`~geobrief.TimeRef` and
        :class:`~geobrief.Claim`; a plugin that finds a speaker the mentions stage missed may add
        that :class:`~geobrief.Mention` (and its :class:`~geobrief.Actor`) too.

    Every answer is collected.

    .. versionadded:: 0.1
    """


# -------------------------------------------------------------------------------------------------
# 5. links
# -------------------------------------------------------------------------------------------------


@hookspec
def geobrief_links(
    article: Article,
    doc: Doc,
    catalog: Catalog,
    actors: tuple[Actor, ...],
    mentions: tuple[Mention, ...],
    figures: tuple[Figure, ...],
    times: tuple[TimeRef, ...],
    claims: tuple[Claim, ...],
) -> Iterable[Relationship | Stance] | None:
    """Link actors: typed relationships and the stances of the author and of each speaker.

    Receives everything the facts stage found; ``Relationship.claim`` indexes ``claims``.

    :return: an iterable of :class:`~geobrief.Relationship` and :class:`~geobrief.Stance`.

    Every answer is collected.

    .. versionadded:: 0.1
    """


# -------------------------------------------------------------------------------------------------
# 6. corpus
# -------------------------------------------------------------------------------------------------


@hookspec
def geobrief_corpus(brief: Any) -> Iterable[Any] | None:
    """Cross-article analysis over a whole brief (merging, links, corroboration, contradiction).

    Called once per brief, after every article has been extracted.

    :param brief: the :class:`~geobrief.Brief` under construction, with its ``results``.
    :return: an iterable of :class:`~geobrief.BriefSection` to add to the brief.

    Every answer is collected, in plugin order (use ``tryfirst``/``trylast`` to order); each
    plugin sees, in ``brief.sections``, what the plugins before it contributed, and
    ``brief.doc(article_id)`` gives the shared sentence splitting of each article. A plugin that
    raises, or returns something that is not a section with a new id and JSON-able data, is
    recorded in ``brief.errors``; the other plugins go on.

    .. versionadded:: 0.1
    """


# -------------------------------------------------------------------------------------------------
# 7. render
# -------------------------------------------------------------------------------------------------


@hookspec(firstresult=True)
def geobrief_render(brief: Any, format: str) -> str | bytes | None:
    """Render a brief in one format (markdown, html, json, graphml, ...).

    :param brief: the finished :class:`~geobrief.Brief`.
    :param format: the format name the user asked for.
    :return: the document, or ``None`` when this plugin does not render ``format``. A renderer
        that raises stops :meth:`~geobrief.Brief.render` with a ``RenderError`` naming it.

    Stops at the first non-``None`` answer.

    .. versionadded:: 0.1
    """


#: The item-returning stages, in pipeline order.
ARTICLE_STAGES = ("mentions", "facts", "links")
ALL_STAGES = ("load", "catalog", "mentions", "facts", "links", "corpus", "render")
