"""Safety: extraction never touches the network, and no input is ever evaluated or unpickled."""

from __future__ import annotations

import re
import socket
import textwrap
from pathlib import Path

import pytest

from .conftest import cli, read_records, run_process

ROOT = Path(__file__).resolve().parents[2]

#: Code that could run or deserialise what an input contains.
FORBIDDEN = {
    "eval": re.compile(r"(?<![\w.])eval\s*\("),
    "exec": re.compile(r"(?<![\w.])exec\s*\("),
    "pickle": re.compile(r"\b(?:c?[pP]ickle|dill|cloudpickle|shelve)\b(?!r)"),
    "marshal": re.compile(r"\bmarshal\.loads?\b"),
    "unsafe yaml": re.compile(
        r"\byaml\.(?:load|load_all|unsafe_load|full_load)\s*\(|yaml\.(?:Full|Unsafe)?Loader\b"
    ),
    "shell": re.compile(r"\bos\.system\s*\(|shell\s*=\s*True"),
}


def _sources() -> list[Path]:
    files = sorted((ROOT / "src").rglob("*.py")) + sorted((ROOT / "plugins").rglob("*.py"))
    assert len(files) > 20
    return files


def test_safety_no_eval_pickle_or_unsafe_yaml_in_the_code():
    found = []
    for path in _sources():
        for number, line in enumerate(path.read_text("utf-8").splitlines(), start=1):
            code = line.split("#", 1)[0]
            for name, pattern in FORBIDDEN.items():
                if pattern.search(code):
                    found.append(f"{path.relative_to(ROOT)}:{number}: {name}: {line.strip()}")
    assert not found, "\n".join(found)


def test_safety_the_grep_catches_what_it_should():
    """The patterns above are live: each catches the call it is meant to catch."""
    samples = {
        "eval": "x = eval(text)",
        "exec": "exec(code)",
        "pickle": "import pickle",
        "marshal": "marshal.loads(data)",
        "unsafe yaml": "yaml.load(handle, Loader=yaml.Loader)",
        "shell": "subprocess.run(cmd, shell=True)",
    }
    for name, sample in samples.items():
        assert FORBIDDEN[name].search(sample), name
    for harmless in (
        "yaml.safe_load(handle)",
        "evaluate(results)",
        "ast.literal_eval(x)",
        "ForkingPickler.dumps(plugin)",
        "a picklable plugin",
    ):
        assert not any(p.search(harmless) for p in FORBIDDEN.values()), harmless


@pytest.fixture
def no_network(monkeypatch):
    """Every way out of the machine raises (and is recorded)."""
    attempts: list[object] = []

    def refuse(*args, **_kwargs):
        attempts.append(args)
        raise OSError("network access is not allowed in this test")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket.socket, "sendto", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    monkeypatch.setattr(socket, "gethostbyname", refuse)
    return attempts


def test_safety_whole_pipeline_on_the_corpus_without_network(no_network, tmp_path, corpus_dir):
    html = tmp_path / "page.html"
    html.write_text(
        '<html><head><link rel="stylesheet" href="http://example.invalid/a.css">'
        '<script src="http://example.invalid/a.js"></script></head><body><article>'
        '<img src="http://example.invalid/p.png"><p>Diplomats from Iran and the European Union '
        "met in Vienna on Tuesday for talks on the nuclear programme, officials said.</p>"
        "</article></body></html>",
        "utf-8",
    )
    out = tmp_path / "out.jsonl"
    result = cli("extract", corpus_dir, html, "-o", out)
    assert result.exit_code == 0, result.stderr
    assert len(read_records(out)) == 6
    assert no_network == []


AUDIT_HOOK = textwrap.dedent(
    """
    import os
    import sys

    def _refuse(event, args):
        if event in ("socket.connect", "socket.sendto", "socket.sendmsg"):
            address = args[1]
            if isinstance(address, (str, bytes)):  # a local (AF_UNIX) socket is not the network
                return
        elif event not in ("socket.getaddrinfo", "socket.gethostbyname", "socket.gethostbyaddr",
                           "urllib.Request", "http.client.connect"):
            return
        with open(os.environ["NETWORK_LOG"], "a") as log:
            log.write(f"{os.getpid()} {event} {args!r}\\n")
        raise OSError("network access refused by the test")

    sys.addaudithook(_refuse)
    """
)


def test_safety_no_network_in_worker_processes_either(tmp_path, corpus_dir):
    """The same check in real processes (the parent and its workers), through audit hooks."""
    hooks = tmp_path / "hooks"
    hooks.mkdir()
    (hooks / "sitecustomize.py").write_text(AUDIT_HOOK, "utf-8")
    log = tmp_path / "network.log"
    result = run_process(
        "extract", corpus_dir, "--jobs", "2", PYTHONPATH=str(hooks), NETWORK_LOG=str(log)
    )
    assert result.returncode == 0, result.stderr.decode()
    assert len(result.stdout.splitlines()) == 5
    assert not log.exists(), log.read_text()

    probe = run_process("--version", PYTHONPATH=str(hooks), NETWORK_LOG=str(log))
    assert probe.returncode == 0
    import subprocess
    import sys

    check = subprocess.run(
        [sys.executable, "-c", "import socket; socket.getaddrinfo('example.invalid', 80)"],
        env={"PYTHONPATH": str(hooks), "NETWORK_LOG": str(log)},
        capture_output=True,
        check=False,
    )
    assert check.returncode != 0 and log.exists()  # the hook itself works
