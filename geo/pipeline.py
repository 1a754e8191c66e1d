"""The pipeline: read documents -> find place mentions -> resolve -> find movement reports -> add the totals
evacmap computes -> merge across documents -> aggregate flows.

Each step is a plain function that tests can call alone; ``run`` chains them over files and
collects unreadable files and records as problems instead of stopping (the others are still processed).
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from gazetteer import Gazetteer
from gazetteer.model import Mention
from geo.documents import as_read, input_files, read_documents
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
    mentions = find_places(document, gazetteer)
    return mentions, with_totals(document, find_reports(document, mentions, gazetteer.peoples(document.text)), mentions)


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
