"""The whole pipeline over the Multi-News test corpus: reports, flows, throughput, and the largest
flows with their quotes for reading by eye.

    .venv/bin/python bench/flows_corpus.py [--limit N] [--out bench/results/flows_corpus.md]

Multi-News (../shared/data/multinews/multinews_test.jsonl.gz, read in place) holds ~5,600
clusters of lowercased, tokenised news articles (~20k documents) on every topic: it tests that
text nobody here has read runs without errors, that evacuations are still found in it, and
what the pipeline costs per document. Each document is ``Document("mn<cluster>-<n>")``; places come
from ``geo.pipeline.analyse`` and flows from ``geo.pipeline.combine``, as in ``evacmap build``.

Printed: documents, KB, seconds and documents/s (whole pipeline; the report step alone too),
reports (numbered, by term), flows and departures. Written: the ``--top`` largest flows (by
``people``, then households) with every report's figure, source and quote, to judge by eye.
"""
from __future__ import annotations

import argparse
import time
from collections import Counter
from collections.abc import Iterator, Sequence
from itertools import islice
from pathlib import Path

from shared_data import MULTINEWS, multinews, require

OUT = Path(__file__).resolve().parent / "results" / "flows_corpus.md"


def documents(limit: int | None) -> Iterator:
    """The corpus's documents in file order, ``limit`` at most."""
    from geo.model import Document

    return (Document(doc_id, text) for doc_id, text in islice(multinews(), limit))


def flow_section(rank: int, flow) -> str:
    """One flow as Markdown: heading, estimate, and each report with its figure, source and quote."""
    source = f"{flow.origin.name} ({flow.origin.country})" if flow.origin else "(origin not reported)"
    target = flow.destination.name if flow.destination else "(destination not reported)"
    lines = [f"## {rank}. {source} -> {target}",
             f"people {flow.people} [{flow.people_min}-{flow.people_max}], households {flow.households}, "
             f"status {flow.status}, {len(flow.reports)} report(s)", ""]
    if len(flow.episodes) > 1:  # separate movements: the estimate is the largest one's, never their sum
        lines[-1:-1] = ["episodes: " + "; ".join(f"{e.date or 'undated'} {e.term} {e.people} [{e.people_min}-{e.people_max}]"
                                                 f"{f' {e.households} households' if e.households else ''} {e.status}"
                                                 for e in flow.episodes)]
    for report in flow.reports:
        figure = f"{report.count.text} {report.unit}" if report.count else "no figure"
        lines.append(f"- **{figure}** {report.term}, {report.status}, source {report.attributed_to or '-'}, "
                     f"docs {', '.join(report.docs[:3])}")
        lines.append(f"  > {report.quote[:400]}")
    return "\n".join(lines) + "\n"


def largest(flows: Sequence, top: int) -> list:
    """By best estimate, else by the lower bound of a range ("hundreds of thousands have fled"), then households."""
    return sorted(flows, key=lambda f: (-(f.people or f.people_min or 0), -(f.households or 0), f.id))[:top]


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="only the first N documents")
    parser.add_argument("--top", type=int, default=20, help="how many of the largest flows to write")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    require(MULTINEWS)

    from gazetteer import Gazetteer
    from geo.documents import as_read
    from geo.pipeline import combine, find_places
    from geo.reports import find_reports
    from geo.totals import with_totals

    gazetteer = Gazetteer.default()
    docs, mentions, reports = [], [], []
    places_seconds = reports_seconds = 0.0
    size = 0
    for document in documents(args.limit):
        started = time.perf_counter()
        read = as_read(document, gazetteer.word_zipf)  # the steps of ``geo.pipeline.analyse``, each timed
        found = find_places(read, gazetteer)
        placed = time.perf_counter()
        said = with_totals(read, find_reports(read, found, gazetteer.peoples(read.text)), found)
        reports_seconds += time.perf_counter() - placed
        places_seconds += placed - started
        docs.append(document)
        mentions.extend(found)
        reports.extend(said)
        size += len(document.text.encode("utf-8"))
    started = time.perf_counter()
    result = combine(docs, mentions, reports)
    combine_seconds = time.perf_counter() - started
    total = places_seconds + reports_seconds + combine_seconds
    kb = size / 1024
    terms = Counter(r.term for r in result.reports)
    numbered = sum(r.count is not None for r in result.reports)
    kinds = Counter(f.kind for f in result.flows)
    print(f"Multi-News ({MULTINEWS.name}): {len(docs)} documents, {kb:,.0f} KB")
    print(f"  whole pipeline   {total:7.1f} s  {len(docs) / total:7.0f} docs/s")
    print(f"  reports step     {reports_seconds:7.2f} s  {len(docs) / reports_seconds:7.0f} docs/s  "
          f"{1000 * reports_seconds / kb:.3f} ms/KB")
    print(f"  places step      {places_seconds:7.1f} s; merge + flows {combine_seconds:.2f} s")
    print(f"  reports {len(reports)} found, {len(result.reports)} after merging, {numbered} with a figure")
    print(f"  by term          {', '.join(f'{t} {n}' for t, n in terms.most_common())}")
    print(f"  flows {kinds['flow']} origin->destination, {kinds['departure']} departures, {kinds['arrival']} arrivals")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    sections = [flow_section(rank, flow) for rank, flow in enumerate(largest(result.flows, args.top), 1)]
    args.out.write_text(f"# The {args.top} largest flows in Multi-News\n\n" + "\n".join(sections), encoding="utf-8")
    print(f"  the {args.top} largest flows with their quotes: {args.out}")


if __name__ == "__main__":
    main()
