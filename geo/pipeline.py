"""The pipeline: read documents -> find place mentions -> resolve -> find movement reports -> add the totals
evacmap computes -> merge across documents -> aggregate flows.

Each step is a plain function that tests can call alone; ``run`` chains them over files and
collects unreadable files and records as problems instead of stopping (the others are still processed).
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from gazetteer import Gazetteer
from gazetteer.model import Mention
from geo.documents import SpeltOut, acronyms_spelt_out, as_read, input_files, read_documents
from geo.errors import DocumentError
from geo.flows import aggregate_flows
from geo.merge import merge_reports
from geo.model import Document, Flow, Report
from geo.places import find_places
from geo.reports import find_reports
from geo.totals import with_totals


@dataclass(frozen=True)
class Evacuations:
    """Everything evacmap learned from a set of articles."""

    documents: tuple[Document, ...]
    mentions: tuple[Mention, ...]
    reports: tuple[Report, ...]  # merged across documents
    flows: tuple[Flow, ...]
    problems: tuple[DocumentError, ...]  # files and records that could not be read (in part), in input order


def analyse(document: Document, gazetteer: Gazetteer) -> tuple[list[Mention], list[Report]]:
    """The per-document steps: place mentions, then the movement reports that use them, with the totals of figures
    a statement gives place by place (``geo.totals``). They read the text as read (``geo.documents.as_read``: words its
    line ends broke joined, no source cited before a figure), whose offsets are those of ``document.text``."""
    document = as_read(document, gazetteer.word_zipf)
    spelt = acronyms_spelt_out(document.text)
    read = document if spelt is None else replace(document, text=spelt.text)
    mentions = find_places(read, gazetteer)
    reports = with_totals(read, find_reports(read, mentions, gazetteer.peoples(read.text)), mentions)
    if spelt is None:
        return mentions, reports
    # read with the acronyms it defines spelt out: offsets and quotes are the text's as written
    mentions = [replace(m, start=spelt.offset(m.start), end=spelt.offset(m.end, end=True)) for m in mentions]
    return mentions, [_as_written(report, document.text, spelt) for report in reports]


def _as_written(report: Report, text: str, spelt: SpeltOut) -> Report:
    """``report`` found in ``spelt.text``, cited and quoted in ``text``, the text as written."""
    citations = tuple(replace(c, start=spelt.offset(c.start), end=spelt.offset(c.end, end=True))
                      for c in report.citations)
    return replace(report, citations=citations, quote=text[citations[0].start:citations[0].end])


def combine(documents: Sequence[Document], mentions: Iterable[Mention], reports: Iterable[Report],
            problems: Sequence[DocumentError] = ()) -> Evacuations:
    """The cross-document steps: merge the same statement across articles, then aggregate flows."""
    merged = merge_reports(reports)
    return Evacuations(tuple(documents), tuple(mentions), tuple(merged), tuple(aggregate_flows(merged)),
                       tuple(problems))


def run(inputs: Iterable[str | Path], gazetteer: Gazetteer,
        on_document: Callable[[Document], None] | None = None) -> Evacuations:
    """Run every step over the article files in ``inputs`` (files or folders).

    ``on_document`` is called after each document is analysed (for progress display).
    """
    documents: list[Document] = []
    mentions: list[Mention] = []
    reports: list[Report] = []
    problems: list[DocumentError] = []
    for path in input_files(inputs):
        try:
            batch, record_problems = read_documents(path)
        except DocumentError as problem:
            batch, record_problems = [], [problem]
        problems.extend(record_problems)
        for document in batch:
            found, said = analyse(document, gazetteer)
            documents.append(document)
            mentions.extend(found)
            reports.extend(said)
            if on_document is not None:
                on_document(document)
    return combine(documents, mentions, reports, problems)
