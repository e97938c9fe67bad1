"""Benchmark `briefing daily` against a local fake OpenAI-compatible server.

    .venv/bin/python benchmarks/pipeline.py --articles 25 --latency 1.0 --concurrency 8
    .venv/bin/python benchmarks/pipeline.py --articles 1000 --stories 100 --latency 0.2 \
        --concurrency 32 --no-replay

Generates a corpus of ``--stories`` stories from the labelled stories in eval/stories/
(each story copy replaces most content words of its articles by words made up for that
copy, the same words across the copy, so copies of one labelled story are different
stories; each article also gets a few words of its own and loses a sentence, so no two
are identical), serves every call after a fixed latency, runs the pipeline in-process
and prints one table: articles, stories found (and their BCubed F1 against the copies),
chunks, calls, wall time, the critical path (every call at this concurrency plus one
reduce round, times the latency) and their ratio, prompt tokens sent / cleaned source
tokens, the share of prompt tokens in a prefix already sent (what providers' prompt
caching can reuse), the largest request and its output limit against the smallest
context recorded with (16,384), peak RSS, CPU time spent outside waiting and the share of
it spent clustering. Then, unless --no-replay, the median of 5 runs of `briefing daily`
replaying the seeds with every output format, against the median of 5 bare imports of
the dependencies.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import json
import math
import os
import random
import re
import resource
import statistics
import string
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from briefing.articles import load_articles
from briefing.chunks import count_tokens
from briefing.eval.clusters import bcubed
from briefing.eval.variants import parse_variant
from briefing.llm.recorder import CallTag, Recording, RecordingStore
from briefing.run import run_daily
from briefing.settings import Settings
from briefing.stories.cluster import cluster
from tests.fakes.openai_server import Reply, serve
from tests.fakes.schema_answers import answer, is_extraction

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
DEPENDENCIES = "openai, tiktoken, jinja2, pydantic, pydantic_settings, tenacity, typer, rich"
DEPENDENCIES += ", rapidfuzz, css_inline, platformdirs"
DEPENDENCIES += ", sklearn.cluster, sklearn.feature_extraction.text"
REPLACED = 0.65
# Story copies: most words and every figure made up per copy, so two copies of one
# labelled story share no more than two real stories do (common words, no figures).
STORY_REPLACED = 0.85
OWN_WORDS = 0.1
CONTEXT_TOKENS = 16384
LABELS = ROOT / "eval" / "stories" / "labels.json"


def reword(text: str, rng: random.Random) -> str:
    """Replace about two thirds of the words of four or more letters (names too), each
    consistently by a word made up for this copy, keeping sentence structure. Copies keep
    about 0.35² of the words in common: a content-word Jaccard near 0.35² / (2 - 0.35²),
    0.07, well below the near-duplicate threshold."""
    return _swap_words(text, {}, REPLACED, rng)


def _swap_words(text: str, made_up: dict[str, str], share: float, rng: random.Random) -> str:
    def swap(match: re.Match[str]) -> str:
        word = match.group()
        if word not in made_up:
            letters = "".join(rng.choice(string.ascii_lowercase) for _ in range(len(word)))
            letters = letters.capitalize() if word[0].isupper() else letters
            made_up[word] = letters if rng.random() < share else word
        return made_up[word]

    return re.sub(r"\b[A-Za-z]{4,}\b", swap, text)


def _swap_figures(text: str, made_up: dict[str, str], rng: random.Random) -> str:
    def swap(match: re.Match[str]) -> str:
        digits = match.group()
        if digits not in made_up:
            made_up[digits] = "".join(rng.choice("123456789") for _ in digits)
        return made_up[digits]

    return re.sub(r"\d+", swap, text)


def _labelled_stories() -> list[list[Path]]:
    """The labelled corpus's stories (singletons included), as lists of files."""
    labels = json.loads(LABELS.read_text(encoding="utf-8"))
    return [
        [ROOT / p for p in paths]
        for half in ("tune", "report")
        for paths in labels[half]["stories"].values()
    ]


def story_corpus(folder: Path, articles: int, stories: int) -> dict[str, int]:
    """``articles`` files under ``folder`` in ``stories`` stories; file stem -> story."""
    bases = _labelled_stories()
    labels: dict[str, int] = {}
    # One vocabulary per story copy, shared by its articles, so they stay alike.
    words: dict[int, dict[str, str]] = {}
    rngs: dict[int, random.Random] = {}
    for n in range(articles):
        story = n % stories
        rng = rngs.setdefault(story, random.Random(story))
        members = bases[story % len(bases)]
        source = members[(n // stories) % len(members)].read_text(encoding="utf-8")
        vocabulary = words.setdefault(story, {})
        text = _swap_figures(_swap_words(source, vocabulary, STORY_REPLACED, rng), vocabulary, rng)
        own = _swap_words(text, {}, OWN_WORDS, random.Random(n))
        lines = own.split("\n")
        drop = random.Random(n).randrange(len(lines))
        kept = "\n".join(line for i, line in enumerate(lines) if i != drop or len(lines) < 3)
        name = f"{n:04d}"
        (folder / f"{name}.txt").write_text(f"Report {n}: {kept}", encoding="utf-8")
        labels[name] = story
    return labels


def corpus(folder: Path, articles: int) -> None:
    """``articles`` files under ``folder``, re-worded copies of the seeds."""
    seeds = sorted(SEEDS.glob("*.txt"))
    for n in range(articles):
        source = seeds[n % len(seeds)].read_text(encoding="utf-8")
        text = reword(source, random.Random(n))
        (folder / f"{n:04d}.txt").write_text(f"Copy {n}: {text}", encoding="utf-8")


def _prefix_share(requests: list[dict[str, Any]]) -> float:
    """Share of prompt tokens in a system prompt already sent before (cacheable prefix)."""
    seen: set[str] = set()
    reused = total = 0
    for body in requests:
        system, user = (m["content"] for m in body["messages"][:2])
        tokens = count_tokens(system), count_tokens(user)
        total += sum(tokens)
        if system in seen:
            reused += tokens[0]
        seen.add(system)
    return reused / total if total else 0.0


def _clustering_cpu(folder: Path, settings: Settings) -> float:
    """CPU seconds of the clustering the run does (done again on the same articles)."""
    articles = load_articles([folder]).articles
    started = time.process_time()
    cluster(
        articles,
        distance=settings.story_distance,
        core_distance=settings.story_core_distance,
        window_days=settings.story_window_days,
        core_window_days=settings.story_core_window_days,
        rewrite_share=settings.rewrite_share,
    )
    return time.process_time() - started


def run(args: argparse.Namespace) -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "articles"
        folder.mkdir()
        labels: dict[str, int] | None = None
        if args.stories:
            labels = story_corpus(folder, args.articles, args.stories)
        else:
            corpus(folder, args.articles)
        source_tokens = sum(count_tokens(a.text) for a in load_articles([folder]).articles)
        with serve(answer) as (url, server):
            server.schedule = lambda _n, body: Reply(content=answer(body), hang_s=args.latency)
            settings = Settings(
                mode="live",
                base_url=url,
                model="bench",
                concurrency=args.concurrency,
                chunk_tokens=args.chunk_tokens,
                no_cache=True,
            )
            cpu, wall = time.process_time(), time.monotonic()
            result = asyncio.run(
                run_daily(
                    settings,
                    [folder],
                    date=dt.date(2026, 1, 7),
                    out=Path(tmp) / "out",
                    overrides=parse_variant(args.variant) if args.variant else None,
                )
            )
            wall, cpu = time.monotonic() - wall, time.process_time() - cpu
            requests = list(server.requests)
        clustering = _clustering_cpu(folder, settings)
    day = result.day
    chunks = sum(b.counts.chunks for b in day.stories)
    # Every call at this concurrency, plus one round: the last story's reduce calls
    # (disputes, summary, outlook run together) wait for its extractions.
    critical = (math.ceil(len(requests) / args.concurrency) + 1) * args.latency
    sizes = [sum(count_tokens(m["content"]) for m in body["messages"]) for body in requests]
    mapped = sum(n for n, body in zip(sizes, requests, strict=True) if is_extraction(body))
    largest = max(
        (n + body.get("max_tokens", 0), n) for n, body in zip(sizes, requests, strict=True)
    )
    found = {a: b.story.id for b in day.stories if b.story for a in b.story.articles}
    quality = "n/a"
    if labels:
        names = sorted(labels)
        quality = f"{bcubed([found[n] for n in names], [labels[n] for n in names])[2]:.3f}"
    return {
        "articles": args.articles,
        "stories (BCubed F1)": f"{len(day.stories)} ({quality})",
        "chunks": chunks,
        "calls": len(requests),
        "wall s": round(wall, 2),
        "critical path s": round(critical, 2),
        "wall / critical": round(wall / critical, 3) if critical else "n/a",
        "prompt / source tokens": round(sum(sizes) / source_tokens, 3),
        "of which map": round(mapped / source_tokens, 3),
        "cached-prefix share": round(_prefix_share(requests), 3),
        "largest request + output / context": f"{largest[0]} / {CONTEXT_TOKENS}",
        "peak RSS MiB": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "CPU s (not waiting)": round(cpu, 2),
        "clustering share of CPU": f"{clustering / cpu:.1%}" if cpu else "n/a",
    }


def _median_wall(command: list[str], env: dict[str, str], runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        started = time.monotonic()
        subprocess.run(command, check=True, cwd=ROOT, env=env, capture_output=True)
        times.append(time.monotonic() - started)
    return statistics.median(times)


def replay_timing() -> dict[str, Any]:
    """Median wall time of replaying the seeds with every output, and of importing the
    dependencies, each in a fresh interpreter."""
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "BRIEFING_CACHE_DIR": tmp}
        daily = [sys.executable, "-m", "briefing", "daily", "seeds", "--mode", "replay"]
        daily += ["--out", tmp, "--format", "md,json,html,eml"]
        imports = _median_wall([sys.executable, "-c", f"import {DEPENDENCIES}"], env)
        replay = _median_wall(daily, env)
        [manifest] = Path(tmp).glob("*/manifest.json")
        recorded = _recorded_ratio(json.loads(manifest.read_text(encoding="utf-8")))
    return {
        "replay seeds s": round(replay, 3),
        "import deps s": round(imports, 3),
        "replay / import": round(replay / imports, 2),
        "seeds recorded prompt / source tokens": round(recorded, 3),
    }


def _recorded_ratio(manifest: dict[str, Any]) -> float:
    """Prompt tokens / cleaned source tokens of the seeds' recorded run (real model answers,
    so the reduce stages see real claims), counted with the benchmark's encoding."""
    store, sent = RecordingStore(ROOT / "recordings"), 0
    for call in manifest["calls"]:
        tag = CallTag.model_validate(call)
        path = store.path(tag, call["request_key"])
        recording = Recording.model_validate_json(path.read_text(encoding="utf-8"))
        sent += sum(count_tokens(m["content"]) for m in recording.request["messages"])
    source = sum(count_tokens(a.text) for a in load_articles([SEEDS]).articles)
    return sent / source


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--articles", type=int, default=25)
    parser.add_argument(
        "--stories", type=int, default=0, help="Stories in the corpus (0: seed copies)."
    )
    parser.add_argument("--latency", type=float, default=1.0)
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--chunk-tokens", type=int, default=None, help="Default: the prompt's.")
    parser.add_argument("--variant", help="Prompt versions, e.g. extract@v4 (default: active).")
    parser.add_argument("--no-replay", action="store_true", help="Skip the replay timing.")
    args = parser.parse_args()
    row = run(args)
    if not args.no_replay:
        row |= replay_timing()
    print("| " + " | ".join(row) + " |")
    print("|" + "---|" * len(row))
    print("| " + " | ".join(str(v) for v in row.values()) + " |")


if __name__ == "__main__":
    main()
