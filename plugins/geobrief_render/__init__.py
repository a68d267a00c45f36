"""geobrief's bundled render plugin: a brief as Markdown, one self-contained HTML page (inline
SVG graph and timeline, no script), JSON (``geobrief schema brief``) or GraphML."""

from .hooks import FORMATS, geobrief_render

__all__ = ["FORMATS", "geobrief_render"]
