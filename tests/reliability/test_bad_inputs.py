"""Bad input: every broken file gets one clear error line naming it (and its line), the run exits
1, and every good article of the same run is in the output, complete."""

from __future__ import annotations

import codecs
import json
import os
import random
import time
from pathlib import Path

import pytest

from geobrief import from_record
from geobrief.testing import assert_spans_consistent

from .conftest import BUNDLED_EXTRACTORS, cli, error_lines, read_records, story

ARABIC = (
    "محادثات في فيينا\n\n"
    "التقى دبلوماسيون من إيران والاتحاد الأوروبي في فيينا يوم الثلاثاء لمناقشة البرنامج النووي، "
    "وقال مسؤولون إن الجانبين اتفقا على الاجتماع مرة أخرى الشهر المقبل.\n"
)
CYRILLIC = (
    "Переговоры в Вене\n\n"
    "Дипломаты Ирана и Европейского союза встретились во вторник в Вене, чтобы обсудить ядерную "
    "программу, сообщили официальные лица; стороны договорились встретиться снова в следующем месяце.\n"
)
EMOJI = (
    "Zoe\u0308 Kova\u0301c\u030c reports \U0001f1fa\U0001f1e6 from Kyiv\n\n"
    "Ukraine \U0001f1fa\U0001f1e6 and Poland \U0001f1f5\U0001f1f1 signed a grain deal in Warsaw on "
    "Friday \U0001f91d\U0001f3fd, officials said \U0001f468\u200d\U0001f469\u200d\U0001f467, "
    "and the Zoe\u0308 Fund pledged $5 million to NATO allies.\n"
)
GOOD_HTML = (
    "<html><head><title>Vienna talks</title><style>p { color: red } .STYLE-TEXT {}</style>"
    "<script>var leaked = 'SCRIPT-TEXT';</script></head><body><article><h1>Vienna talks</h1>"
    "<p>Diplomats from Iran and the European Union met in Vienna on Tuesday for talks on the "
    "nuclear programme, officials said, and both sides agreed to meet again next month.</p>"
    "<script>document.write('SCRIPT-TEXT')</script><p>Both delegations are expected back next "
    "week for another round of meetings in the Austrian capital, according to a statement.</p>"
    "</article></body></html>"
)


def _write(folder: Path, name: str, data: bytes | str) -> Path:
    path = folder / name
    if isinstance(data, str):
        data = data.encode("utf-8")
    path.write_bytes(data)
    return path


@pytest.fixture
def inputs(tmp_path):
    """A folder of good and bad inputs, and what each should give."""
    good: dict[str, str] = {}  # input path -> the article text expected in the output
    bad: dict[str, int | None] = {}  # input path (with :LINE) -> the line named, if any

    def add_good(name: str, data: bytes | str, text: str | None = None) -> None:
        path = _write(tmp_path, name, data)
        good[str(path)] = text if text is not None else data  # type: ignore[assignment]

    add_good("plain.txt", story(1))
    add_good("crlf.txt", story(2).replace("\n", "\r\n"))
    add_good("lone_cr.txt", story(3).replace("\n", "\r"))
    add_good("utf16.txt", codecs.BOM_UTF16_LE + story(4).encode("utf-16-le"), story(4))
    add_good("utf8_bom.txt", codecs.BOM_UTF8 + story(5).encode(), story(5))
    add_good("arabic.txt", ARABIC)
    add_good("cyrillic.txt", CYRILLIC)
    add_good("emoji.txt", EMOJI)
    add_good(
        "malformed.html",
        "<html><p>Diplomats <b>from <i>Iran</b> met</i> in Vienna on "
        "Tuesday for talks on the nuclear programme, officials said <p><div></span>and both "
        "sides agreed to meet again next month.<<<>>> &bogus; </tr></table>",
        "",
    )

    for name, data in [
        ("empty.txt", b""),
        ("whitespace.txt", b" \n\t\r\n  \n"),
        ("garbage.txt", bytes(random.Random(7).randrange(256) for _ in range(4096)) + b"\xff"),
        ("latin1.txt", "Le président a déclaré à Téhéran".encode("latin-1")),
        ("nul.txt", b"Iran and Russia\x00 signed a treaty."),
        ("nested.html", "<html><body>" + "<div>" * 3000 + "<p>deep</p>" + "</div>" * 3000),
        ("garbage.html", b"<<<<>>>> \x00\x01"),
        ("bad.json", b'{"text": "Iran said", '),
    ]:
        bad[str(_write(tmp_path, name, data))] = None

    # JSON Lines: good records around broken ones, each broken line named by number
    lines = [
        json.dumps({"id": "j1", "text": story(10)}),
        "{not json",
        json.dumps({"id": "j3", "text": story(11)}),
        json.dumps({"id": "j4", "text": 5}),
        "",
        '{"id": "j6", "text": "caf\xe9"}',  # replaced below by a latin-1 byte
        json.dumps({"id": "j7", "text": story(12)}),
        json.dumps(["a list"]),
        json.dumps({"id": "j9", "text": story(13)}, ensure_ascii=False) + "\r",
    ]
    raw = "\n".join(lines).encode("utf-8").replace("caf\xe9".encode(), b"caf\xe9") + b"\n"
    batch = _write(tmp_path, "batch.jsonl", raw)
    for number in (1, 3, 7, 9):
        good[f"{batch}:{number}"] = story({1: 10, 3: 11, 7: 12, 9: 13}[number])
    bad[f"{batch}:2"] = 2
    bad[f"{batch}:4"] = 4
    bad[f"{batch}:6"] = 6
    bad[f"{batch}:8"] = 8

    # a folder with a link back to itself and two links that point at each other
    loop = tmp_path / "loopdir"
    (loop / "inner").mkdir(parents=True)
    good[str(_write(loop / "inner", "kept.txt", story(20)))] = story(20)
    os.symlink("..", loop / "inner" / "up")
    os.symlink("b.txt", loop / "a.txt")
    os.symlink("a.txt", loop / "b.txt")
    bad[str(loop / "inner" / "up")] = None
    bad[str(loop / "a.txt")] = None
    bad[str(loop / "b.txt")] = None

    # unreadable things: a pipe named like a text file, a folder named like one, a missing path
    os.mkfifo(tmp_path / "pipe.txt")
    bad[str(tmp_path / "pipe.txt")] = None
    (tmp_path / "folder.txt").mkdir()
    bad[str(tmp_path / "folder.txt")] = None
    bad[str(tmp_path / "missing.txt")] = None

    paths = [str(p) for p in sorted(tmp_path.iterdir())] + [str(tmp_path / "missing.txt")]
    return tmp_path, paths, good, bad


def test_bad_inputs_each_named_once_and_good_articles_complete(inputs):
    folder, paths, good, bad = inputs
    out = folder / "out.jsonl"
    result = cli("extract", *paths, "-o", out)
    assert result.exit_code == 1, result.stderr

    lines = error_lines(result.stderr)
    for path in bad:
        named = [e for e in lines if e.startswith(f"{path}: ")]
        assert len(named) == 1, (path, lines)
        assert " [" in named[0] and "]" in named[0]  # plugin/stage and a reason follow
    assert len(lines) == len(bad), "\n".join(lines)  # nothing else went wrong

    records = read_records(out)
    by_path = {r["article"]["path"]: r for r in records}
    assert sorted(by_path) == sorted(good)
    for path, text in good.items():
        record = by_path[path]
        assert record["errors"] == []
        if text:  # the whole decoded text, never altered (HTML: the extracted text)
            assert record["article"]["text"] == text
        assert_spans_consistent(from_record(record))


def test_bad_inputs_html_scripts_and_styles_never_reach_the_text(tmp_path):
    path = _write(tmp_path, "page.html", GOOD_HTML)
    result = cli("--disable", BUNDLED_EXTRACTORS, "extract", path)
    assert result.exit_code == 0, result.stderr
    (record,) = [json.loads(line) for line in result.stdout.splitlines()]
    text = record["article"]["text"]
    assert "Diplomats from Iran" in text and "Austrian capital" in text
    assert "SCRIPT-TEXT" not in text and "STYLE-TEXT" not in text and "color" not in text


def test_bad_inputs_offsets_are_str_indices_in_every_script(tmp_path):
    paths = [
        _write(tmp_path, n, t)
        for n, t in [("a.txt", ARABIC), ("c.txt", CYRILLIC), ("e.txt", EMOJI)]
    ]
    result = cli("extract", *paths)
    assert result.exit_code == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["article"]["text"] for r in records] == [ARABIC, CYRILLIC, EMOJI]
    for record in records:
        text = record["article"]["text"]
        spans = [r["span"] for r in record["article"]["regions"]] + [record["article"]["body"]]
        spans += [m["span"] for a in record["actors"] for m in a["mentions"]]
        for name in ("figures", "times", "claims", "relationships", "stances"):
            spans += [item["span"] for item in record[name]]
        for start, end in spans:
            assert 0 <= start <= end <= len(text)
        assert_spans_consistent(from_record(record))
    emoji = records[2]
    for actor in emoji["actors"]:
        for mention in actor["mentions"]:
            start, end = mention["span"]
            assert EMOJI[start:end] == mention["text"]


def test_bad_inputs_unreadable_file_is_named(tmp_path, monkeypatch):
    from geobrief._loaders import decode

    locked = _write(tmp_path, "locked.txt", story(1))
    fine = _write(tmp_path, "fine.txt", story(2))
    real_open = open

    def guarded_open(file, *args, **kwargs):
        if os.fspath(file) == str(locked):
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(decode, "open", guarded_open, raising=False)
    result = cli("extract", locked, fine)
    assert result.exit_code == 1
    (line,) = error_lines(result.stderr)
    assert line.startswith(f"{locked}: ") and "Permission denied" in line
    (record,) = [json.loads(x) for x in result.stdout.splitlines()]
    assert record["article"]["path"] == str(fine)


def test_bad_inputs_max_bytes_is_a_clear_error(tmp_path):
    big = _write(tmp_path, "big.txt", "word " * 4000)
    batch = _write(
        tmp_path,
        "b.jsonl",
        json.dumps({"text": "x " * 3000}) + "\n" + json.dumps({"text": story(1)}) + "\n",
    )
    result = cli("--disable", BUNDLED_EXTRACTORS, "extract", "--max-bytes", "1000", big, batch)
    assert result.exit_code == 1
    lines = error_lines(result.stderr)
    assert len(lines) == 2
    assert lines[0].startswith(f"{big}: ") and "--max-bytes" in lines[0]
    assert lines[1].startswith(f"{batch}:1: ") and "--max-bytes" in lines[1]
    (record,) = [json.loads(x) for x in result.stdout.splitlines()]
    assert record["article"]["path"] == f"{batch}:2"


def test_bad_inputs_usage_errors_exit_2(tmp_path):
    path = _write(tmp_path, "a.txt", story(1))
    assert cli("extract", path, "--jobs", "-1").exit_code == 2
    assert cli("extract", path, "--timeout", "0").exit_code == 2
    assert cli("extract", path, "--resume").exit_code == 2  # nothing to resume into
    assert cli("extract", path, "--dask", "local").exit_code == 2  # no output folder


@pytest.mark.slow
def test_bad_inputs_fifty_megabyte_line_stays_linear(tmp_path):
    """A 50 MB single line goes through load, region detection, sentence splitting and
    serialisation (no extractors) well within a linear budget, as text and as a JSON record."""
    rng = random.Random(3)
    words = (
        "Iran",
        "said",
        "the",
        "talks",
        "in",
        "Vienna",
        "were",
        "useful,",
        "officials",
        "added.",
        "U.S.",
        "3,000",
    )
    block = " ".join(rng.choice(words) for _ in range(50_000)) + " "
    text = (block * (50 * 1024 * 1024 // len(block) + 1))[: 50 * 1024 * 1024].rstrip()
    line = _write(tmp_path, "line.txt", text)
    record = _write(
        tmp_path, "line.jsonl", json.dumps({"id": "big", "text": text[: 30 * 1024 * 1024]}) + "\n"
    )
    out = tmp_path / "out.jsonl"

    started = time.perf_counter()
    result = cli("--disable", BUNDLED_EXTRACTORS, "extract", line, record, "-o", out)
    elapsed = time.perf_counter() - started
    assert result.exit_code == 0, result.stderr
    first, second = read_records(out)
    assert first["article"]["text"] == text and len(second["article"]["text"]) == 30 * 1024 * 1024
    assert elapsed < 60, f"{elapsed:.1f} s for 80 MB: something is not linear"

    from geobrief import Article
    from geobrief.text import Doc

    doc = Doc(Article("big", text))
    started = time.perf_counter()
    assert len(doc.paragraphs) == 1 and doc.sentences[-1].end == len(text.rstrip())
    assert time.perf_counter() - started < 30


def test_bad_inputs_too_big_fifty_megabytes_is_refused_quickly(tmp_path):
    path = tmp_path / "huge.txt"
    with open(path, "wb") as handle:
        handle.truncate(50 * 1024 * 1024)  # sparse: 50 MB of NUL without writing them
    started = time.perf_counter()
    result = cli("extract", path, "--max-bytes", str(10 * 1024 * 1024))
    assert time.perf_counter() - started < 5
    assert result.exit_code == 1
    (line,) = error_lines(result.stderr)
    assert line.startswith(f"{path}: ") and "over the limit" in line
