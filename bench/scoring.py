"""Scoring helpers shared by the quality benchmarks (``geoparse.py``, ``figures.py``,
``figures_labelled.py``).

Pure functions, no I/O. Geoparsing conventions follow Gritta et al. 2018, "What's missing in
geographical parsing?" (see ../shared/data/README.md); the movement-report rules are evacmap's own,
written down here so both the benchmark and its tests use the same ones.
"""
from __future__ import annotations

import hashlib
import math
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from gazetteer import Place

#: Half the Earth's circumference in km: the largest possible error, and the AUC's normaliser.
MAX_ERROR_KM = 20039.0
EARTH_RADIUS_KM = 6371.0088  # mean radius (IUGG)


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km.

    >>> haversine_km(0, 0, 0, 0)
    0.0
    >>> round(haversine_km(51.5074, -0.1278, 48.8566, 2.3522))  # London - Paris
    344
    >>> round(haversine_km(0, 0, 0, 180))  # antipodes: half the circumference
    20015
    """
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    a = (math.sin((phi2 - phi1) / 2) ** 2
         + math.cos(phi1) * math.cos(phi2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2)
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


def match_toponyms(gold: Sequence[tuple[str, int, int]], predicted: Sequence[tuple[str, int, int]],
                   max_distance: float = 10) -> list[tuple[int, int]]:
    """One-to-one matches between gold and predicted toponyms, as (gold index, predicted index).

    Each toponym is ``(surface text, start, end)``. A pair can match when the texts are equal
    ignoring case and the span midpoints are under ``max_distance`` characters apart. Closest pairs
    are taken first (ties by position), so a repeated name ("Paris ... Paris") pairs with its own
    occurrence rather than whichever comes first. Pairs come back sorted by gold index.

    >>> match_toponyms([("Paris", 0, 5)], [("paris", 2, 7)])
    [(0, 0)]
    >>> match_toponyms([("Paris", 0, 5)], [("Paris", 10, 15)])  # midpoints 10 apart: too far
    []
    >>> match_toponyms([("Paris", 0, 5)], [("Paris, Texas", 0, 12)])  # different surface
    []
    >>> match_toponyms([("Rome", 0, 4), ("Rome", 6, 10)], [("Rome", 6, 10)])  # one-to-one, nearest
    [(1, 0)]
    >>> match_toponyms([], [("Rome", 0, 4)])
    []
    """
    candidates = []
    for g, (g_text, g_start, g_end) in enumerate(gold):
        for p, (p_text, p_start, p_end) in enumerate(predicted):
            distance = abs((g_start + g_end) - (p_start + p_end)) / 2
            if distance < max_distance and g_text.casefold() == p_text.casefold():
                candidates.append((distance, g, p))
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    pairs = []
    for _, g, p in sorted(candidates):
        if g not in used_gold and p not in used_pred:
            used_gold.add(g)
            used_pred.add(p)
            pairs.append((g, p))
    return sorted(pairs)


def prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    """Precision, recall and F1; a zero denominator gives 0.0 (nothing predicted is not precise).

    >>> prf(3, 4, 6)
    (0.75, 0.5, 0.6)
    >>> prf(0, 0, 5)
    (0.0, 0.0, 0.0)
    >>> prf(0, 0, 0)
    (0.0, 0.0, 0.0)
    """
    if tp > min(n_pred, n_gold):
        raise ValueError(f"{tp} true positives cannot exceed {n_pred} predicted or {n_gold} gold")
    precision = tp / n_pred if n_pred else 0.0
    recall = tp / n_gold if n_gold else 0.0
    return precision, recall, f1(precision, recall)


def f1(precision: float, recall: float) -> float:
    """Harmonic mean of precision and recall; 0.0 when both are 0.

    >>> f1(0.5, 1.0), f1(0.0, 0.0)
    (0.6666666666666666, 0.0)
    """
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def accuracy_at(errors: Sequence[float], km: float = 161) -> float | None:
    """Share of errors under ``km`` (161 km = 100 miles, the literature's threshold); None when empty.

    >>> accuracy_at([0.0, 10.0, 160.9, 161.0])
    0.75
    >>> accuracy_at([]) is None
    True
    """
    if not errors:
        return None
    return sum(1 for error in errors if error < km) / len(errors)


def auc(errors: Sequence[float]) -> float | None:
    """Area under the curve of sorted log errors, normalised to [0, 1]; lower is better.

    ``trapz(ln(1 + err)) / (ln(20039) * (n - 1))`` over errors sorted ascending, as in Gritta et
    al.'s evaluation code. A single error has no area; it gives its normalised log error, the value
    a flat curve at that height would have. None when empty.

    >>> auc([0.0, 0.0, 0.0])
    0.0
    >>> round(auc([20039.0, 20039.0]), 3)  # every guess at the antipodes
    1.0
    >>> round(auc([0.0, 20039.0]), 3)  # trapezoid from 0 to the maximum: half the area
    0.5
    >>> round(auc([20039.0]), 3)
    1.0
    >>> auc([]) is None
    True
    """
    if not errors:
        return None
    logs = [math.log1p(error) for error in sorted(errors)]
    if len(logs) == 1:
        return logs[0] / math.log(MAX_ERROR_KM)
    area = sum((a + b) / 2 for a, b in zip(logs, logs[1:]))
    return area / (math.log(MAX_ERROR_KM) * (len(logs) - 1))


def heldout(key: str, share: float = 0.3) -> bool:
    """Whether the document keyed ``key`` is in the held-out split.

    Deterministic across runs, machines and Python versions (sha1, not ``hash()``), and
    independent of the other documents, so adding or removing documents never moves one
    between splits.

    >>> heldout("40450848"), heldout("40450848")
    (False, False)
    >>> heldout("anything", share=0.0), heldout("anything", share=1.0)
    (False, True)
    >>> sum(heldout(str(i)) for i in range(10000))  # about 30%
    2989
    """
    digest = hashlib.sha1(key.encode("utf-8")).digest()
    return int.from_bytes(digest[:8], "big") / 2**64 < share


# --- movement reports (IDMC excerpts) ---------------------------------------------------------

#: Our report units by the IDMC "Reporting unit" they count as. IDMC counts housing units
#: ("60 homes were destroyed") as households, so homes and houses go with households and families.
UNIT_LABELS = {
    "People": frozenset({"people", "persons", "individuals", "residents", "civilians", "fighters",
                         "children", "refugees", "migrants", "evacuees", "villagers"}),
    "Households": frozenset({"households", "families", "homes", "houses", "dwellings", "housing units"}),
}


def carries_figure(value: int | None, low: int | None, high: int | None, figure: int,
                   ranges: bool = True) -> bool:
    """Whether a report's count carries the labelled ``figure``: its value equals it, or, with
    ``ranges``, the figure lies within its closed [min, max] (a vague "thousands" read as
    [1000, 9999] carries 2000). Open bounds ("more than 2,000": min only) are not ranges.

    >>> carries_figure(2000, 2000, 2000, 2000)
    True
    >>> carries_figure(None, 1000, 9999, 2000)
    True
    >>> carries_figure(None, 1000, 9999, 2000, ranges=False)
    False
    >>> carries_figure(None, 1000, None, 2000)  # an open bound is no range
    False
    """
    if value == figure:
        return True
    return ranges and low is not None and high is not None and low <= figure <= high


def unit_matches(label: str, unit: str) -> bool:
    """Whether our ``unit`` counts what the IDMC ``label`` ("People" or "Households") counts.

    >>> unit_matches("Households", "families"), unit_matches("People", "Persons")
    (True, True)
    >>> unit_matches("People", "households"), unit_matches("People", "vehicles")
    (False, False)
    """
    return unit.strip().casefold() in UNIT_LABELS.get(label, frozenset())


def location_matches(label: str, names: Iterable[str]) -> bool:
    """Whether the labelled location and one of a report's place names contain each other,
    ignoring case and diacritics (``folded``: "Nuristan" matches "Afghan province of Nūristān",
    "Quebec" matches "Québec"). Empty strings match nothing.

    >>> location_matches("Afghan province of Nuristan", ["Nuristan"])
    True
    >>> location_matches("Hunan", ["Hunan Province", "China"])
    True
    >>> location_matches("QUEBEC", ["Québec"]), location_matches("Quebec", ["Québec City"])
    (True, True)
    >>> location_matches("Bihar", ["", "Patna"]), location_matches("Québec", ["Quebrada"])
    (False, False)
    >>> location_matches("", ["Patna"])
    False
    """
    wanted = folded(label)
    if not wanted:
        return False
    for name in names:
        name = folded(name)
        if name and (name in wanted or wanted in name):
            return True
    return False


def folded(text: str) -> str:
    """``text`` without case or diacritics, as an analyst comparing names would read it.

    >>> folded(" Nūristān "), folded("Sarapiquí")
    ('nuristan', 'sarapiqui')
    """
    decomposed = unicodedata.normalize("NFKD", text.strip().casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def within_each_other(label_place: Place, report_place: Place, get: Callable[[str], Place | None]) -> bool:
    """Whether two places are the same or one encloses the other (``gazetteer.resolve.within``: by the index's
    hierarchy, ``get`` mapping a place id to its place, or as its country): "Guantánamo" labels a report from
    Baracoa, and a district labels one whose origin is its province.

    >>> from gazetteer import Place
    >>> cu = Place("t:cu", "Cuba", 21.5, -79.5, "country", "CU")
    >>> gt = Place("t:gt", "Guantánamo", 20.1, -75.2, "admin1", "CU", parent="t:cu")
    >>> ba = Place("t:ba", "Baracoa", 20.3, -74.5, "city", "CU", parent="t:gt")
    >>> ha = Place("t:ha", "Havana", 23.1, -82.4, "city", "CU", parent="t:cu")
    >>> get = {p.id: p for p in (cu, gt, ba, ha)}.get
    >>> within_each_other(gt, ba, get), within_each_other(ba, cu, get), within_each_other(gt, ha, get)
    (True, True, False)
    """
    from gazetteer.resolve import within
    return (label_place.id == report_place.id or within(report_place, label_place, get)
            or within(label_place, report_place, get))


def location_fair(label: str, label_places: Sequence[Place], report: Any, get: Callable[[str], Place | None]) -> bool:
    """The fair location check: the label and one of the report's names contain each other once
    case and diacritics are folded (``location_matches``), or one of the label's places
    (``label_places``, resolved by the gazetteer with the excerpt as context; a label may list
    several) is one of the report's origin and destinations or one encloses the other
    (``within_each_other``). A label naming no place the report's lie in or enclose, such as a
    news agency, stays a miss."""
    if location_matches(label, place_names(report)):
        return True
    places = [report.origin, *report.destinations] if report.origin is not None else list(report.destinations)
    return any(within_each_other(mine, theirs, get) for mine in label_places for theirs in places)


def term_matches(label: str, term: str | None) -> bool:
    """Whether our reporting ``term`` is the IDMC label, ignoring case, spaces, hyphens, underscores.

    >>> term_matches("Forced to Flee", "forced_to_flee"), term_matches("Evacuated", None)
    (True, False)
    """
    def norm(text: str) -> str:
        return "".join(ch for ch in text.casefold() if ch.isalnum())
    return term is not None and norm(label) == norm(term)


# --- figure benchmarks (figures.py on IDMC's excerpts, figures_labelled.py on labelled news sentences) ------

#: IDMC reporting terms that evacmap names with another word (``geo.terms.TERMS``). A crossing is flight told more
#: precisely (``geo.terms.more_specific``: a headline's "fled" and its body's "crossed" are one report), so it is
#: IDMC's "Forced to Flee" too.
TERM_LABELS = {
    "Forced to Flee": ("fled", "crossed"),
    "In Relief Camp": ("sheltered",),
    "Uninhabitable Housing": ("homeless", "destroyed housing"),
}


def term_ok(label: str, term: str | None) -> bool:
    """Whether our ``term`` names the labelled one (IDMC's or evacmap's own).

    >>> term_ok("Forced to Flee", "fled"), term_ok("Destroyed Housing", "destroyed housing"), term_ok("Evacuated", "fled")
    (True, True, False)
    >>> term_ok("Forced to Flee", "crossed"), term_ok("Evacuated", "crossed")
    (True, False)
    """
    return term_matches(label, term) or term in TERM_LABELS.get(label, ())


def report_carries(report, figure: int, ranges: bool = True) -> bool:
    """The report's count carries the figure (``carries_figure``), or the same people in another unit
    do ("150 families, that is 1,206 people": the report carries both)."""
    count = report.count
    if count is not None and carries_figure(count.value, count.min, count.max, figure, ranges):
        return True
    return figure in dict(getattr(report, "equivalent", ())).values()


def unit_of(report, figure: int) -> str:
    """The unit in which the report gives the figure."""
    same = {value: unit for unit, value in getattr(report, "equivalent", ())}
    count = report.count
    exact = count is not None and carries_figure(count.value, count.min, count.max, figure)
    return report.unit if exact or figure not in same else same[figure]


def place_names(report) -> list[str]:
    """Every name a report gives its origin and destinations, as written and as resolved."""
    names = [report.origin_text, *report.destination_texts, *(place.name for place in report.destinations)]
    if report.origin is not None:
        names.append(report.origin.name)
    return names


@dataclass(frozen=True)
class Outcome:
    """How the reports of one labelled text fare against one of its labels; None: not measured (no
    label, no term). ``item`` is the label: it has ``figure`` (None for a text labelled with no
    figure, where only false reports count), ``unit``, ``term`` and ``location``."""

    item: Any
    reports: tuple  # geo.model.Report
    exact: bool | None  # a report's value is the figure
    figure: bool | None  # ... or the figure is within a report's [min, max]
    unit: bool | None
    term: bool | None
    location: bool | None  # ``location_fair``
    false_reports: int
    contained: bool | None = None  # the location by the older ``location_matches`` alone
    # false reports again, the parts of a total evacmap computed that carries a labelled figure not among them:
    # the label counts the same people in one figure (``labelled_sum_parts``)
    false_beside_sums: int = 0


def judge(item, reports: Sequence, figures_of_text: set[int], has_term: bool, label_places: Sequence[Place] = (),
          get: Callable[[str], Place | None] | None = None) -> Outcome:
    """Score the reports of one text against ``item``; ``figures_of_text`` are all figures labelled for
    the text: a report carrying none of them is false. The first report carrying the figure (exact
    before range) is the one whose unit, term and location are judged; ``label_places`` are the
    places of the location label, ``get`` the index's lookup of a place by id (``location_fair``)."""
    false = [i for i, r in enumerate(reports) if not any(report_carries(r, f) for f in figures_of_text)]
    false_reports = len(false)
    false_beside_sums = len(set(false) - labelled_sum_parts(reports, figures_of_text))
    if item.figure is None:
        return Outcome(item, tuple(reports), None, None, None, None, None, false_reports,
                       false_beside_sums=false_beside_sums)
    exact = [r for r in reports if report_carries(r, item.figure, ranges=False)]
    report = next(iter(exact or [r for r in reports if report_carries(r, item.figure)]), None)
    term = None
    if has_term:
        term = report is not None and term_ok(item.term, getattr(report, "term", None))
    location = contained = None
    if item.location:
        contained = report is not None and location_matches(item.location, place_names(report))
        location = report is not None and location_fair(item.location, label_places, report, get)
    unit = report is not None and unit_matches(item.unit, unit_of(report, item.figure))
    return Outcome(item, tuple(reports), bool(exact), report is not None, unit, term, location, false_reports,
                   contained, false_beside_sums)


def labelled_sum_parts(reports: Sequence, figures: set[int]) -> set[int]:
    """The indexes of the reports that are parts of a total evacmap computed (``Report.summed_from``) carrying one
    of ``figures`` (``Report.adds_up``): the label counts their people in one figure.

    >>> from geo.model import Citation, Count, Report
    >>> def r(text, value, start, end, summed_from=()):
    ...     return Report("q", (Citation("d", start, end),), None, "", (), (), Count(text, value, value, value),
    ...                   "people", summed_from=summed_from)
    >>> parts = [r("700", 700, 0, 40), r("300", 300, 0, 40), r("50", 50, 41, 60)]
    >>> labelled_sum_parts(parts + [r("700 + 300", 1000, 0, 40, ("700", "300"))], {1000})
    {0, 1}
    >>> labelled_sum_parts(parts + [r("700 + 300", 1000, 0, 40, ("700", "300"))], {700})
    set()
    """
    totals = [t for t in reports if getattr(t, "summed_from", ()) and any(report_carries(t, f) for f in figures)]
    return {i for i, r in enumerate(reports) if any(t.adds_up(r) for t in totals)}


def share(flags: Sequence[bool | None]) -> str:
    """``0.812 (108/133)`` over the measured flags (None is not measured).

    >>> share([True, False, None, True]), share([None])
    ('0.667 (2/3)', 'n/a')
    """
    measured = [flag for flag in flags if flag is not None]
    if not measured:
        return "n/a"
    hits = sum(measured)
    return f"{hits / len(measured):.3f} ({hits}/{len(measured)})"


def figure_table(outcomes: Sequence[Outcome], has_term: bool, texts: int | None = None) -> dict[str, str]:
    """The printed figures of one split, by row name; ``texts`` is how many texts the outcomes
    judge (default: one each), the denominator of false reports.

    >>> table = figure_table([], has_term=False)
    >>> table["figure (value or range)"], table["false reports/excerpt"]
    ('n/a', 'n/a')
    """
    texts = len(outcomes) if texts is None else texts
    n_reports = sum(len(o.reports) for o in outcomes)
    n_false = sum(o.false_reports for o in outcomes)
    n_false_beside_sums = sum(o.false_beside_sums for o in outcomes)
    figures = [o.figure for o in outcomes if o.figure is not None]
    precision = (n_reports - n_false) / n_reports if n_reports else 0.0
    recall = sum(figures) / len(figures) if figures else 0.0
    return {
        "excerpts": str(texts),
        "labelled figures": str(len(figures)),
        "reports": str(n_reports),
        "figure (value or range)": share([o.figure for o in outcomes]),
        "figure (exact value)": share([o.exact for o in outcomes]),
        "unit": share([o.unit for o in outcomes]),
        "term": share([o.term for o in outcomes]) if has_term else "n/a",
        "location": share([o.location for o in outcomes]),
        "location (contain-match)": share([o.contained for o in outcomes]),
        "false reports/excerpt": f"{n_false / texts:.2f} ({n_false})" if texts else "n/a",
        "false reports/excerpt, sums' parts not": (f"{n_false_beside_sums / texts:.2f} ({n_false_beside_sums})"
                                                   if texts else "n/a"),
        "figure F1": f"{f1(precision, recall):.3f}" if figures else "n/a",
    }


def by_term(outcomes: Sequence[Outcome]) -> dict[str, str]:
    """Figure accuracy per labelled term: housing damage is not a movement, evacuation is."""
    labelled = [o for o in outcomes if o.figure is not None]
    return {f"  figure: {term}": share([o.figure for o in labelled if o.item.term == term])
            for term in sorted({o.item.term for o in labelled})}


def table_lines(title: str, columns: dict[str, tuple[Sequence[Outcome], int | None]], has_term: bool,
                published: str, targets: str) -> list[str]:
    """The benchmark's printout: one column per split, given as (outcomes, number of texts)."""
    tables = {split: figure_table(outcomes, has_term, texts) | by_term(outcomes)
              for split, (outcomes, texts) in columns.items()}
    terms = sorted({name for t in tables.values() for name in t if name.startswith(" ")})
    lines = [title, f"  {'':38}" + "".join(f"{split:>18}" for split in tables)]
    for name in list(figure_table([], has_term)) + terms:
        lines.append(f"  {name:38}" + "".join(f"{t.get(name, '-'):>18}" for t in tables.values()))
    return lines + [f"  published  {published}", f"  target     {targets}"]


def report_record(report) -> dict:
    """A report as JSON for a benchmark's misses file: count, unit, term, places, status, quote."""
    count = report.count
    return {"count": {"text": count.text, "value": count.value, "min": count.min, "max": count.max} if count else None,
            "unit": report.unit, "term": getattr(report, "term", None), "origin_text": report.origin_text,
            "origin": report.origin.name if report.origin else None,
            "destination_texts": list(report.destination_texts),
            "destinations": [place.name for place in report.destinations],
            "status": report.status, "quote": report.quote}


def failed(outcome: Outcome) -> list[str]:
    """The checks a text failed (a check not measured is not failed)."""
    checks = {"figure": outcome.figure, "unit": outcome.unit, "term": outcome.term, "location": outcome.location,
              "no false reports": outcome.false_reports == 0}
    return [name for name, ok in checks.items() if ok is False]
