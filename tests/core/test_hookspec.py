"""Docs that cannot drift: every hook is documented, exports match ``__all__``."""

from __future__ import annotations

import inspect
from pathlib import Path

import geobrief
from geobrief import hookspec

ROOT = Path(__file__).resolve().parents[2]


def _specs():
    return {
        name: f
        for name, f in vars(hookspec).items()
        if name.startswith("geobrief_") and callable(f)
    }


def test_hookspec_names_follow_the_stages():
    assert sorted(_specs()) == sorted(f"geobrief_{stage}" for stage in hookspec.ALL_STAGES)


def test_hookspec_every_hook_documents_return_and_version():
    for name, function in _specs().items():
        doc = inspect.getdoc(function) or ""
        assert ":return:" in doc, name
        assert "versionadded" in doc, name
        assert ("first non-``None`` answer" in doc) == bool(
            function.geobrief_spec["firstresult"]
        ), f"{name}: say whether the first answer wins"


def test_hookspec_plugin_guide_names_every_hook_with_its_signature():
    guide = (ROOT / "docs" / "plugins.md").read_text("utf-8")
    for name, function in _specs().items():
        arguments = ", ".join(inspect.signature(function).parameters)
        assert f"{name}({arguments})" in guide, f"docs/plugins.md lacks {name}({arguments})"


def test_hookspec_exports_match_all():
    public = {name for name in dir(geobrief) if not name.startswith("_")} - {
        "annotations",
        "os",
        "Any",
    }
    modules = {name for name in public if inspect.ismodule(getattr(geobrief, name))}
    assert set(geobrief.__all__) - {"__version__"} == public - modules
    for name in geobrief.__all__:
        assert hasattr(geobrief, name), name
