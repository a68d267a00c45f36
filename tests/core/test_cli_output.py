"""The output sink of ``geobrief extract``: -o FILE only ever holds whole records."""

from __future__ import annotations

import json
import os
import stat

import pytest

from geobrief._output import RecordSink, done_keys
from geobrief.errors import UsageError


def _record(i: int) -> str:
    return json.dumps({"schema": "1.0", "article": {"id": f"a{i}", "path": f"in.jsonl:{i}"}}) + "\n"


def test_cli_output_replaces_file_atomically_keeping_its_mode(tmp_path):
    out = tmp_path / "out.jsonl"
    out.write_text("old\n")
    os.chmod(out, 0o640)
    with RecordSink(str(out)) as sink:
        sink.write(_record(1))
        assert out.read_text() == "old\n"  # nothing visible until the end
        temporary = [p for p in tmp_path.iterdir() if p.name.endswith(".part")]
        assert len(temporary) == 1
    assert out.read_text() == _record(1)
    assert stat.S_IMODE(out.stat().st_mode) == 0o640
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.jsonl"]


def test_cli_output_failure_before_any_record_leaves_file_alone(tmp_path):
    out = tmp_path / "out.jsonl"
    out.write_text("old\n")
    with pytest.raises(RuntimeError), RecordSink(str(out)):
        raise RuntimeError("boom")
    assert out.read_text() == "old\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.jsonl"]


def test_cli_output_stop_after_records_commits_whole_records(tmp_path):
    out = tmp_path / "out.jsonl"
    with pytest.raises(KeyboardInterrupt), RecordSink(str(out)) as sink:
        sink.write(_record(1))
        sink.write(_record(2))
        sink._handle.write(b'{"schema": "1.0", "art')  # a record cut short by a forced stop
        raise KeyboardInterrupt
    assert out.read_text() == _record(1) + _record(2)


def test_cli_output_resume_appends_after_whole_records(tmp_path):
    out = tmp_path / "out.jsonl"
    out.write_text(_record(1) + _record(2) + _record(3)[:10])
    keys, end, cut = done_keys(str(out))
    assert keys == {("a1", "in.jsonl:1"), ("a2", "in.jsonl:2")}
    assert end == len((_record(1) + _record(2)).encode()) and cut == 3
    with RecordSink(str(out), resume=True) as sink:
        assert sink.done == keys and sink.skipped_tail == 3
        sink.write(_record(3))
    assert out.read_text() == _record(1) + _record(2) + _record(3)


def test_cli_output_resume_refuses_foreign_files(tmp_path):
    out = tmp_path / "out.jsonl"
    out.write_text("hello\n" + _record(1))
    with pytest.raises(UsageError, match=r"out\.jsonl:1"):
        RecordSink(str(out), resume=True).open()
    with pytest.raises(UsageError, match="output file"):
        RecordSink(None, resume=True)


def test_cli_output_stdout(capsys):
    with RecordSink(None) as sink:
        sink.write(_record(1))
    assert capsys.readouterr().out == _record(1)
