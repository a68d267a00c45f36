"""Helpers for the reliability tests: run the CLI in-process or as a real process, read output."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

HERE = Path(__file__).resolve().parent
#: Every article-stage plugin that ships with geobrief: disabling them leaves load + core.
BUNDLED_EXTRACTORS = "actors,figures,times,claims,relations,stances"


def cli(*args: object, env: dict[str, str] | None = None, stdin: bytes | None = None):
    """``geobrief ARGS`` in this process (fast); the result has exit_code, stdout, stderr."""
    from geobrief.cli import main

    runner = CliRunner()
    clean = {"GEOBRIEF_PLUGINS": None, "GEOBRIEF_DISABLE_PLUGINS": None, **(env or {})}
    return runner.invoke(main, [str(a) for a in args], env=clean, input=stdin)


def process_env(**extra: str) -> dict[str, str]:
    """The environment for a geobrief process that can import the fault plugins."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("GEOBRIEF_")}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(HERE), env.get("PYTHONPATH")]))
    env.update(extra)
    return env


def geobrief_command(*args: object) -> list[str]:
    return [sys.executable, "-m", "geobrief", *(str(a) for a in args)]


def run_process(*args: object, timeout: float = 120, **extra: str) -> subprocess.CompletedProcess:
    """``geobrief ARGS`` as a separate process."""
    return subprocess.run(
        geobrief_command(*args),
        capture_output=True,
        env=process_env(**extra),
        timeout=timeout,
        check=False,
    )


def read_records(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle]


def error_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.strip()]


def story(i: int, extra: str = "") -> str:
    """A short, well-formed news paragraph."""
    return (
        f"Talks resume in Vienna ({i})\n\n"
        f"Diplomats from Iran and the European Union met in Vienna on Tuesday for round {i} of "
        "talks on the nuclear programme, officials said, and both sides agreed to meet again "
        f"next month after what one envoy called a useful exchange of views.{extra}\n"
    )


@pytest.fixture(autouse=True)
def _sys_path_for_fault_plugins(monkeypatch):
    """In-process runs import the fault plugins the way the worker processes do."""
    monkeypatch.syspath_prepend(str(HERE))
