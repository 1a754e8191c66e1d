"""Throughput and memory of the whole pipeline over the Multi-News corpus (about 20k lowercased articles).

Prints documents/s, MB/s and peak memory for evacmap's per-document steps (find places, resolve,
find reports) plus merge and flow aggregation, next to the floor: a bare Aho-Corasick scan of the
same text with the same names, measured in the same run. Also times a cold ``evacmap places`` on
one sentence in a fresh process.

    python bench/pipeline_bench.py [--limit N]

Data: ../shared/data/multinews/multinews_test.jsonl.gz (read in place, never copied).
"""
from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import tempfile
import time
from itertools import islice
from pathlib import Path

from shared_data import MULTINEWS, multinews, require


def load_corpus(limit: int | None) -> list[str]:
    """The non-empty Multi-News texts in file order, ``limit`` at most."""
    return list(islice((text for _, text in multinews() if text.strip()), limit))


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def floor_scan(texts: list[str], automata: list) -> float:
    """Seconds for a bare scan with every source's automaton over the lowercased text, nothing else."""
    start = time.perf_counter()
    for text in texts:
        lowered = " " + text.lower() + " "
        for automaton in automata:
            for _ in automaton.iter(lowered):
                pass
    return time.perf_counter() - start


def cold_places_seconds() -> float:
    with tempfile.TemporaryDirectory() as tmp:
        sentence = Path(tmp) / "one.txt"
        sentence.write_text("Some 2,000 people left Al-Waer for Jarablus in the Aleppo countryside.", encoding="utf-8")
        evacmap = Path(sys.executable).with_name("evacmap")
        subprocess.run([str(evacmap), "places", str(sentence)], check=True, capture_output=True)  # warm the cache
        start = time.perf_counter()
        subprocess.run([str(evacmap), "places", str(sentence)], check=True, capture_output=True)
        return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="only the first N documents")
    args = parser.parse_args()
    require(MULTINEWS)

    from gazetteer import Gazetteer
    from geo.model import Document
    from geo.pipeline import analyse, combine

    # Compile the cache first, in another process, so this one measures what a user's run pays.
    subprocess.run([str(Path(sys.executable).with_name("evacmap")), "gazetteer", "build"], check=True,
                   capture_output=True)
    texts = load_corpus(args.limit)
    megabytes = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    base_mb = peak_mb()
    t0 = time.perf_counter()
    gazetteer = Gazetteer.default()
    load_s = time.perf_counter() - t0
    index_mb = peak_mb() - base_mb

    mentions, reports = [], []
    t0 = time.perf_counter()
    for n, text in enumerate(texts):
        found, said = analyse(Document(id=f"mn{n}", text=text), gazetteer)
        mentions.extend(found)
        reports.extend(said)
    result = combine([], mentions, reports)
    pipeline_s = time.perf_counter() - t0
    floor_s = floor_scan(texts, [source.index.automaton for source in gazetteer.sources])

    print(f"corpus: {len(texts)} documents, {megabytes:.1f} MB")
    print(f"gazetteer load: {load_s:.2f} s, index memory ~{index_mb:.0f} MB")
    print(f"pipeline: {len(texts) / pipeline_s:.0f} documents/s, {megabytes / pipeline_s:.2f} MB/s "
          f"({len(mentions)} mentions, {len(result.reports)} reports, {len(result.flows)} flows)")
    print(f"floor (bare Aho-Corasick scan, same names): {len(texts) / floor_s:.0f} documents/s, "
          f"{megabytes / floor_s:.2f} MB/s; pipeline/floor time ratio {pipeline_s / floor_s:.1f}x")
    print(f"peak memory: {peak_mb():.0f} MB")
    print(f"cold `evacmap places` on one sentence: {cold_places_seconds():.2f} s")


if __name__ == "__main__":
    main()
