"""Movement-report quality on IDMC's labelled excerpts: figure, unit, term and location of the report.

    .venv/bin/python bench/figures.py [--split dev|heldout|all] [--limit N] [--errors dev_misses.jsonl]

Each of the 133 excerpts is one ``Document(id="idmc<row>")``; places come from the gazetteer and
reports from ``geo.reports.find_reports``. Against IDMC's labels (one figure per row):

- figure: some report carries the labelled figure: its count's value equals it as an integer, or
  the figure lies within the count's closed [min, max] (a vague "thousands"), or the report gives
  it as the same people in another unit ("150 families (1,206 people)": ``Report.equivalent``). The exact-value rule
  alone is printed too. The first report carrying the figure (exact before range) is "the report";
- unit: the report's unit counts what IDMC's label counts: People = people, persons, individuals,
  residents, ...; Households = households, families, homes, houses, dwellings (IDMC counts destroyed
  homes as households). See ``scoring.UNIT_LABELS``. No report, no unit: a miss;
- term: the report's ``term`` is IDMC's reporting term ignoring case and punctuation, or one of
  evacmap's terms that names it (``TERM_LABELS``: "fled" is IDMC's "Forced to Flee", "sheltered" its
  "In Relief Camp"); n/a while reports have no ``term``;
- location: over rows with a labelled location, the label and the report's origin or a destination
  (text as written or place name) contain each other, ignoring case;
- false reports per excerpt: reports carrying none of the figures labelled for that excerpt's text
  (one excerpt is labelled twice, with two figures: both are true).
- figure F1, for comparison with IDETECT's: precision = share of reports that are not false,
  recall = figure accuracy.

Rows are split by a hash of their source URL (the row labelled twice shares one): 30% is held out.
Develop against ``--split dev`` and its ``--errors`` file; held-out misses are never written.

Data: ../shared/data/idmc/idmc_labelled_excerpts.csv (read in place, never copied).
"""
from __future__ import annotations

import argparse
import csv
import dataclasses
import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from shared_data import SHARED_DATA, add_split_options, check_split_options, require
from scoring import carries_figure, f1, heldout, location_matches, term_matches, unit_matches

DATA = SHARED_DATA / "idmc" / "idmc_labelled_excerpts.csv"
SPLITS = ("dev", "held-out", "all")
TARGETS = "figure >= 0.90, unit >= 0.90, false reports per excerpt <= 0.20"
PUBLISHED = "IDETECT (best rule+model quantity extraction): figure F1 0.75"


#: IDMC reporting terms that evacmap names with another word (``geo.terms.TERMS``).
TERM_LABELS = {
    "Forced to Flee": ("fled",),
    "In Relief Camp": ("sheltered",),
    "Uninhabitable Housing": ("homeless", "destroyed housing"),
}


def term_ok(label: str, term: str | None) -> bool:
    """Whether our ``term`` names IDMC's ``label``.

    >>> term_ok("Forced to Flee", "fled"), term_ok("Destroyed Housing", "destroyed housing"), term_ok("Evacuated", "fled")
    (True, True, False)
    """
    return term_matches(label, term) or term in TERM_LABELS.get(label, ())


@dataclass(frozen=True)
class Excerpt:
    """One labelled row of the IDMC file."""

    id: str  # idmc<row>, row counted from 0 after the header
    key: str  # what the held-out split hashes: the source URL
    text: str
    figure: int
    term: str  # Evacuated, Displaced, Destroyed Housing, ...
    unit: str  # People or Households
    location: str  # "" when unlabelled


def read_excerpts(path: Path) -> list[Excerpt]:
    """The labelled rows. The file is UTF-8; 21 of its excerpts already hold U+FFFD where accented
    letters were lost upstream ("m\ufffds de 2.000"), which is kept as it is."""
    with path.open(encoding="utf-8", newline="") as handle:
        return [Excerpt(f"idmc{i}", row["URL"], row["Excerpt"], int(row["Displacement figure"]),
                        row["Reporting term"], row["Reporting unit"], row["Specific location"].strip())
                for i, row in enumerate(csv.DictReader(handle))]


@dataclass(frozen=True)
class Outcome:
    """How the reports of one excerpt fare against its labels; None: not measured (no label, no term)."""

    excerpt: Excerpt
    reports: tuple  # geo.model.Report
    exact: bool  # a report's value is the figure
    figure: bool  # ... or the figure is within a report's [min, max]
    unit: bool
    term: bool | None
    location: bool | None
    false_reports: int


def _carries(report, figure: int, ranges: bool = True) -> bool:
    """The report's count carries the figure, or the same people in another unit do ("150 families,
    that is 1,206 people": the report carries both)."""
    count = report.count
    if count is not None and carries_figure(count.value, count.min, count.max, figure, ranges):
        return True
    return figure in dict(getattr(report, "equivalent", ())).values()


def _unit(report, figure: int) -> str:
    """The unit in which the report gives the figure."""
    same = {value: unit for unit, value in getattr(report, "equivalent", ())}
    count = report.count
    exact = count is not None and carries_figure(count.value, count.min, count.max, figure)
    return report.unit if exact or figure not in same else same[figure]


def _places(report) -> list[str]:
    """Every name a report gives its origin and destinations, as written and as resolved."""
    names = [report.origin_text, *report.destination_texts, *(place.name for place in report.destinations)]
    if report.origin is not None:
        names.append(report.origin.name)
    return names


def judge(excerpt: Excerpt, reports: Sequence, figures_of_text: set[int], has_term: bool) -> Outcome:
    """Score one excerpt's reports; ``figures_of_text`` are all figures labelled for the same text."""
    exact = [r for r in reports if _carries(r, excerpt.figure, ranges=False)]
    carrying = exact or [r for r in reports if _carries(r, excerpt.figure)]
    report = carrying[0] if carrying else None
    term = None
    if has_term:
        term = report is not None and term_ok(excerpt.term, getattr(report, "term", None))
    location = None
    if excerpt.location:
        location = report is not None and location_matches(excerpt.location, _places(report))
    false_reports = sum(1 for r in reports if not any(_carries(r, f) for f in figures_of_text))
    return Outcome(excerpt, tuple(reports), bool(exact), report is not None,
                   report is not None and unit_matches(excerpt.unit, _unit(report, excerpt.figure)), term, location,
                   false_reports)


def share(flags: Sequence[bool | None]) -> str:
    """``0.812 (108/133)`` over the measured flags (None is not measured)."""
    measured = [flag for flag in flags if flag is not None]
    if not measured:
        return "n/a"
    hits = sum(measured)
    return f"{hits / len(measured):.3f} ({hits}/{len(measured)})"


def table(outcomes: Sequence[Outcome], has_term: bool) -> dict[str, str]:
    """The printed figures of one split, by row name."""
    n_reports = sum(len(o.reports) for o in outcomes)
    n_false = sum(o.false_reports for o in outcomes)
    precision = (n_reports - n_false) / n_reports if n_reports else 0.0
    recall = sum(o.figure for o in outcomes) / len(outcomes) if outcomes else 0.0
    return {
        "excerpts": str(len(outcomes)),
        "reports": str(n_reports),
        "figure (value or range)": share([o.figure for o in outcomes]),
        "figure (exact value)": share([o.exact for o in outcomes]),
        "unit": share([o.unit for o in outcomes]),
        "term": share([o.term for o in outcomes]) if has_term else "n/a",
        "location": share([o.location for o in outcomes]),
        "false reports/excerpt": f"{n_false / len(outcomes):.2f} ({n_false})" if outcomes else "n/a",
        "figure F1": f"{f1(precision, recall):.3f}" if outcomes else "n/a",
    }


def by_term(outcomes: Sequence[Outcome]) -> dict[str, str]:
    """Figure accuracy per IDMC reporting term: housing damage is not a movement, evacuation is."""
    return {f"  figure: {term}": share([o.figure for o in outcomes if o.excerpt.term == term])
            for term in sorted({o.excerpt.term for o in outcomes})}


def print_tables(columns: dict[str, Sequence[Outcome]], has_term: bool) -> None:
    tables = {split: table(outcomes, has_term) | by_term(outcomes) for split, outcomes in columns.items()}
    terms = sorted({name for t in tables.values() for name in t if name.startswith(" ")})
    names = list(table([], has_term)) + terms
    print(f"IDMC labelled excerpts ({DATA.name})")
    print(f"  {'':38}" + "".join(f"{split:>18}" for split in tables))
    for name in names:
        print(f"  {name:38}" + "".join(f"{t.get(name, '-'):>18}" for t in tables.values()))
    print(f"  published  {PUBLISHED}")
    print(f"  target     {TARGETS}")


def failed(outcome: Outcome) -> list[str]:
    """The checks an excerpt failed (a check not measured is not failed)."""
    checks = {"figure": outcome.figure, "unit": outcome.unit, "term": outcome.term, "location": outcome.location,
              "no false reports": outcome.false_reports == 0}
    return [name for name, ok in checks.items() if ok is False]


def miss_record(outcome: Outcome) -> dict:
    """One dev excerpt that failed a check: its labels, which checks failed, and every report."""
    excerpt = outcome.excerpt
    return {
        "doc": excerpt.id,
        "failed": failed(outcome),
        "label": {"figure": excerpt.figure, "unit": excerpt.unit, "term": excerpt.term, "location": excerpt.location},
        "excerpt": excerpt.text,
        "reports": [{"count": dataclasses.asdict(r.count) if r.count else None, "unit": r.unit,
                     "term": getattr(r, "term", None), "origin_text": r.origin_text,
                     "origin": r.origin.name if r.origin else None,
                     "destination_texts": list(r.destination_texts),
                     "destinations": [place.name for place in r.destinations],
                     "status": r.status, "quote": r.quote}
                    for r in outcome.reports],
    }


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    add_split_options(parser, "excerpts", "misses (labels, failed checks, reports)")
    args = parser.parse_args(argv)
    check_split_options(parser, args, "misses")
    return args


def main(argv: Sequence[str] | None = None) -> None:
    args = parse_args(argv)
    require(DATA)

    from gazetteer import Gazetteer
    from geo.model import Document, Report
    from geo.pipeline import find_places
    from geo.reports import find_reports

    has_term = "term" in {field.name for field in dataclasses.fields(Report)}
    excerpts = read_excerpts(DATA)[:args.limit]
    figures_of_text: dict[str, set[int]] = {}
    for excerpt in excerpts:
        figures_of_text.setdefault(excerpt.text, set()).add(excerpt.figure)
    gazetteer = Gazetteer.default()
    wanted = {"dev": (False,), "heldout": (True,), "all": (False, True)}[args.split]
    outcomes: dict[bool, list[Outcome]] = {False: [], True: []}
    for excerpt in excerpts:
        held = heldout(excerpt.key)
        if held not in wanted:
            continue  # never even run: a held-out excerpt is not looked at while developing
        document = Document(id=excerpt.id, text=excerpt.text)
        reports = find_reports(document, find_places(document, gazetteer))
        outcomes[held].append(judge(excerpt, reports, figures_of_text[excerpt.text], has_term))
    columns = {"dev": outcomes[False], "held-out": outcomes[True], "all": outcomes[False] + outcomes[True]}
    chosen = {"dev": ("dev",), "heldout": ("held-out",), "all": SPLITS}[args.split]
    print_tables({split: columns[split] for split in chosen}, has_term)
    if args.errors:
        misses = [miss_record(o) for o in outcomes[False] if failed(o)]
        args.errors.write_text("".join(json.dumps(m, ensure_ascii=False) + "\n" for m in misses), encoding="utf-8")
        print(f"\n{len(misses)} dev-split misses written to {args.errors}")


if __name__ == "__main__":
    main()
