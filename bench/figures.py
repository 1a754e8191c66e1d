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
  evacmap's terms that names it (``scoring.TERM_LABELS``: "fled" is IDMC's "Forced to Flee", "sheltered" its
  "In Relief Camp"); n/a while reports have no ``term``;
- location: over rows with a labelled location, the label and the report's origin or a destination
  are the same place or one lies inside the other (``scoring.location_fair``): their names (as
  written or resolved) contain each other ignoring case and diacritics ("Nuristan", "Nūristān"), or
  a place the gazetteer finds in the label, read after the excerpt so that the excerpt is its
  context, is the report's place or encloses it or lies in it by the index's hierarchy ("Sichuan
  province" is "Sichuan Sheng", "Guantánamo" holds Baracoa); a label listing several places
  matches when the report's place is one of them. Noise such as a news agency's name stays a miss.
  The older figure, names containing each other ignoring case only, is printed beside it;
- false reports per excerpt: reports carrying none of the figures labelled for that excerpt's text
  (one excerpt is labelled twice, with two figures: both are true). A total evacmap computed
  (``Report.summed_from``) counts like any report. "false reports/excerpt" is that count, unchanged;
  "false reports/excerpt, sums' parts not" leaves out the parts of a total whose sum carries a labelled figure
  (IDMC labels "709,841 ... in Jajpur and 363,832 in Puri" 1,073,673: its parts are the label's figures, not
  false; ``scoring.labelled_sum_parts``).
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
from typing import TYPE_CHECKING

from shared_data import SHARED_DATA, add_split_options, check_split_options, require
from scoring import Outcome, failed, heldout, judge, report_record, table_lines

DATA = SHARED_DATA / "idmc" / "idmc_labelled_excerpts.csv"
SPLITS = ("dev", "held-out", "all")
TARGETS = "figure >= 0.90, unit >= 0.90, false reports per excerpt <= 0.20"
if TYPE_CHECKING:  # the gazetteer is imported when the benchmark runs (``main``), not to read its options
    from gazetteer import Gazetteer, Place

PUBLISHED = "IDETECT (best rule+model quantity extraction): figure F1 0.75"


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


def label_places(gazetteer: Gazetteer, excerpt: Excerpt) -> tuple[Place, ...]:
    """The places the gazetteer finds in the location label, resolved with the excerpt before it; a label written
    all in lower case ("sichuan province") is read capitalised, as the gazetteer takes no lower-case words for names."""
    lead = excerpt.text + "\n\n"
    label = excerpt.location.title() if excerpt.location.islower() else excerpt.location
    mentions = gazetteer.find_mentions(lead + label)
    return tuple(m.place for m in mentions if m.start >= len(lead) and m.place is not None)


def miss_record(outcome: Outcome) -> dict:
    """One dev excerpt that failed a check: its labels, which checks failed, and every report."""
    excerpt = outcome.item
    return {
        "doc": excerpt.id,
        "failed": failed(outcome),
        "label": {"figure": excerpt.figure, "unit": excerpt.unit, "term": excerpt.term, "location": excerpt.location},
        "excerpt": excerpt.text,
        "reports": [report_record(r) for r in outcome.reports],
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
    from geo.pipeline import analyse

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
        reports = analyse(document, gazetteer)[1]
        outcomes[held].append(judge(excerpt, reports, figures_of_text[excerpt.text], has_term,
                                    label_places(gazetteer, excerpt) if excerpt.location else (), gazetteer.get))
    columns = {"dev": outcomes[False], "held-out": outcomes[True], "all": outcomes[False] + outcomes[True]}
    chosen = {"dev": ("dev",), "heldout": ("held-out",), "all": SPLITS}[args.split]
    print("\n".join(table_lines(f"IDMC labelled excerpts ({DATA.name})",
                                {split: (columns[split], None) for split in chosen}, has_term, PUBLISHED, TARGETS)))
    if args.errors:
        misses = [miss_record(o) for o in outcomes[False] if failed(o)]
        args.errors.write_text("".join(json.dumps(m, ensure_ascii=False) + "\n" for m in misses), encoding="utf-8")
        print(f"\n{len(misses)} dev-split misses written to {args.errors}")


if __name__ == "__main__":
    main()
