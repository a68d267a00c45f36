"""The separately packaged example plugin installs like any third-party plugin and is used."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PLUGIN = ROOT / "examples" / "custom_plugin"


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> dict[str, str]:
    target = tmp_path_factory.mktemp("site")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--quiet",
            "--no-deps",
            "--no-build-isolation",
            "--target",
            str(target),
            str(PLUGIN),
        ],
        check=True,
        capture_output=True,
    )
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(target), env.get("PYTHONPATH")]))
    env.pop("GEOBRIEF_DISABLE_PLUGINS", None)
    return env


def test_custom_plugin_is_listed_with_version_and_hooks(installed):
    out = subprocess.run(
        [sys.executable, "-m", "geobrief", "plugins", "--format", "json"],
        env=installed,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    plugins = {p["name"]: p for p in json.loads(out)}
    assert plugins["thinktanks"]["version"] == "0.2.0"
    assert plugins["thinktanks"]["hooks"] == ["geobrief_catalog", "geobrief_mentions"]
    assert plugins["thinktanks"]["origin"] == "geobrief-thinktanks"


def test_custom_plugin_items_reach_extract_output(installed, tmp_path):
    article = tmp_path / "note.txt"
    article.write_text(
        "Analysts at Chatham House and the Institute for the Study of War said on Monday that "
        "the offensive had stalled, while RUSI urged caution.\n",
        "utf-8",
    )
    out = subprocess.run(
        [sys.executable, "-m", "geobrief", "extract", str(article)],
        env=installed,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    record = json.loads(out)
    mentions = {m["text"]: a["id"] for a in record["actors"] for m in a["mentions"]}
    assert mentions["Chatham House"] == "chatham-house"
    assert mentions["Institute for the Study of War"] == "isw"
    assert mentions["RUSI"] == "rusi"


def test_custom_plugin_can_be_disabled_by_name(installed):
    out = subprocess.run(
        [
            sys.executable,
            "-m",
            "geobrief",
            "--disable",
            "thinktanks",
            "plugins",
            "--format",
            "json",
        ],
        env=installed,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "thinktanks" not in {p["name"] for p in json.loads(out)}
