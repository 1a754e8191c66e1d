"""Exports: flows and places as RFC 7946 GeoJSON, reports as CSV with HXL hashtags.

Builders here are pure (objects in, dicts/strings out); ``write_atomic`` is the only I/O.
GeoJSON positions are [lon, lat] via ``Place.lonlat``, rounded to 6 decimals, with no ``crs`` member.
"""
from __future__ import annotations

import csv
import io
import json
from collections import defaultdict
from collections.abc import Iterable, Sequence
from pathlib import Path

from gazetteer.cache import write_atomic as write_bytes_atomic
from gazetteer.model import Mention, Place
from geo.flows import first_published, flow_id
from geo.merge import corroboration_of, report_id
from geo.model import Episode, Flow, Report

# Column, HXL hashtag: the second header row lets HDX tools read the CSV without a mapping.
REPORT_COLUMNS = (
    ("id", "#meta+id"),
    ("docs", "#meta+documents"),
    ("origin", "#loc+name+origin"),
    ("origin_id", "#loc+code+origin"),
    ("origin_lat", "#geo+lat+origin"),
    ("origin_lon", "#geo+lon+origin"),
    ("origin_inferred", "#meta+origin+inferred"),
    ("destinations", "#loc+name+dest"),
    ("destination_ids", "#loc+code+dest"),
    ("value", "#affected+ind"),
    ("min", "#affected+ind+min"),
    ("max", "#affected+ind+max"),
    ("count_text", "#affected+ind+text"),
    ("unit", "#indicator+unit"),
    ("term", "#indicator+term"),
    ("equivalent", "#affected+equivalent"),
    ("breakdown", "#affected+breakdown"),
    ("status", "#status"),
    ("date", "#date+reported"),
    ("date_text", "#date+text"),
    ("published", "#date+published"),
    ("attributed_to", "#meta+source"),
    ("outlets", "#meta+outlet"),
    ("articles", "#meta+articles"),
    ("independent_outlets", "#meta+outlets+num"),
    ("named_sources_same_figure", "#meta+sources+num"),
    ("cumulative", "#meta+cumulative"),
    ("rose_to", "#affected+ind+latest"),
    ("batch", "#meta+batch"),
    ("part", "#meta+part"),
    ("additional", "#meta+additional"),
    ("summed_from", "#meta+summed"),
    ("quote", "#description+quote"),
)
_LIST_SEPARATOR = "; "


def report_record(report: Report) -> dict:
    """A report as plain JSON-able values (shared by the GeoJSON and the CSV)."""
    count = report.count
    corroboration = report.corroboration or corroboration_of([report])[0]
    destinations = [p.name for p in report.destinations] or list(report.destination_texts)
    return {
        "id": report_id(report),
        "docs": list(report.docs),
        "quote": report.quote,
        "count_text": count.text if count else None,
        "value": count.value if count else None,
        "min": count.min if count else None,
        "max": count.max if count else None,
        "unit": report.unit,
        "term": report.term,
        "equivalent": dict(report.equivalent),
        "breakdown": dict(report.breakdown),
        "status": report.status,
        "date": report.date,
        "date_text": report.date_text,
        # When it was said: the earliest publication date of its articles, for a statement whose words date nothing
        # ("date" stays None: the article's day is when it was told, not when people moved).
        "published": published.isoformat() if (published := first_published(report)) else None,
        "attributed_to": report.attributed_to,
        "outlets": list(report.outlets),
        # How many articles (and independent outlets) carry the statement, and how many credited
        # sources give the same figure for the same movement.
        "articles": corroboration.articles,
        "independent_outlets": corroboration.outlets,
        "named_sources_same_figure": corroboration.sources,
        "origin": report.origin.name if report.origin else report.origin_text or None,
        # The country its people are named after ("10,000 Sudanese crossed into Egypt"), no place the article names.
        "origin_inferred": report.origin_inferred,
        "destinations": destinations,
        # A figure given for several destinations at once: attached to each flow, never summed.
        "shared": len(destinations) > 1 and count is not None,
        "cumulative": report.cumulative,
        "batch": report.batch,
        # A subgroup of the people who moved ("200 wounded people"): part of a movement, never its estimate.
        "part": report.part,
        # People beyond those counted before ("another 25,000"): a movement of its own, never a lower estimate.
        "additional": report.additional,
        # A total evacmap computed, no figure the article gives: the counts it adds up as written ("709,841",
        # "363,832"), each a report of its own; ``count_text`` shows the addition.
        "summed_from": list(report.summed_from),
    }


def flow_feature(flow: Flow) -> dict:
    """One flow as a GeoJSON Feature: a LineString, or a Point at the origin for a departure, at the destination
    for an arrival."""
    if flow.kind != "flow":
        geometry = {"type": "Point", "coordinates": list(flow.place.lonlat)}
    else:
        geometry = {"type": "LineString", "coordinates": [list(flow.origin.lonlat), list(flow.destination.lonlat)]}
    years = sorted({int(r.date[:4]) for r in flow.reports if r.date})
    properties = {
        "id": flow.id,
        "kind": flow.kind,
        "origin": flow.origin.name if flow.origin else None,
        "origin_id": flow.origin.id if flow.origin else None,
        "destination": flow.destination.name if flow.destination else None,
        "destination_id": flow.destination.id if flow.destination else None,
        "people": flow.people,
        "people_min": flow.people_min,
        "people_max": flow.people_max,
        "households": flow.households,
        "status": flow.status,
        "years": years,
        # Which source said what: the figures each credited source gave for this flow.
        "sources": _figures_by_source(flow.reports),
        "reports": [report_record(r) for r in flow.reports],
        # The separate movements along the route, each with its own estimate; people and its range are the
        # largest one's, never their sum.
        "episodes": [episode_record(e) for e in flow.episodes],
        # A departure's: the flows from its origin whose people its figure totals; never add them to it. An
        # arrival's: the flows into its destination it totals.
        "parts": [_part(flow, p) for p in flow.parts],
        # Totals evacmap computed that this flow's reports are parts of (``summed_from``): never in its figures.
        "totals": [report_record(r) for r in flow.totals],
        # A departure's: the arrival at its origin counting people who stay there, an arrival's: the departure from
        # its place; they may be the same people, never add them.
        "same_place": flow.same_place,
        # The running totals its figure grew from, oldest first ("rose from 5,725 to 120,000"): no range, not added.
        "tally_history": [_tally(r) for r in flow.tally_history],
        # From a transit point: the flows that brought people to its origin; its people may be theirs (not added).
        "onward_of": [{"id": flow_id(o, flow.origin), "origin": o.name} for o in flow.onward_of],
    }
    return {"type": "Feature", "id": flow.id, "geometry": geometry, "properties": properties}


def _tally(report: Report) -> dict:
    """An earlier reading of a running total: its report's id, figure as written and as a value, and date."""
    return {"id": report_id(report), "count_text": report.count.text, "value": report.count.value,
            "date": report.date, "docs": list(report.docs)}


def _part(point: Flow, place: Place) -> dict:
    """A flow a departure or an arrival totals: its id and its other end."""
    if point.kind == "arrival":
        return {"id": flow_id(place, point.destination), "origin": place.name}
    return {"id": flow_id(point.origin, place), "destination": place.name}


def episode_record(episode: Episode) -> dict:
    """One movement of a flow: its date, term, estimate (households apart), status and the ids of its reports."""
    return {
        "date": episode.date,
        "term": episode.term,
        "people": episode.people,
        "people_min": episode.people_min,
        "people_max": episode.people_max,
        "households": episode.households,
        "status": episode.status,
        "reports": [report_id(r) for r in episode.reports],
        # Running totals it grew past: among its reports, no bound of its range (``geo.flows.earlier_tallies``).
        "history": [report_id(r) for r in episode.history],
    }


def _figures_by_source(reports: Iterable[Report]) -> dict[str, list[str]]:
    """ "SOHR": ["12,000 people"], "not named": [...]: each source's figures, in report order."""
    found: dict[str, list[str]] = {}
    for report in reports:
        if report.count is not None:
            figure = f"{report.count.text} {report.unit}"
            figures = found.setdefault(report.attributed_to or "not named", [])
            if figure not in figures:
                figures.append(figure)
    return found


def flows_to_geojson(flows: Iterable[Flow]) -> dict:
    return {"type": "FeatureCollection", "features": [flow_feature(f) for f in flows]}


def place_feature(place: Place, **extra: object) -> dict:
    """A gazetteer entry as a GeoJSON Point Feature; ``extra`` adds properties (mentions, docs ...)."""
    properties = {"id": place.id, "name": place.name, "kind": place.kind, "country": place.country,
                  "parent": place.parent, "population": place.population, "provenance": place.provenance}
    return {"type": "Feature", "id": place.id, "geometry": {"type": "Point", "coordinates": list(place.lonlat)},
            "properties": {**properties, **extra}}


def places_to_geojson(mentions: Iterable[Mention], flows: Sequence[Flow]) -> dict:
    """Every resolved place with its mention count, documents, surface forms and role in the flows."""
    by_place: dict[str, list[Mention]] = defaultdict(list)
    for mention in mentions:
        if mention.place is not None:
            by_place[mention.place.id].append(mention)
    roles: dict[str, set[str]] = defaultdict(set)
    for flow in flows:
        if flow.origin is not None:
            roles[flow.origin.id].add("origin")
        if flow.destination is not None:
            roles[flow.destination.id].add("destination")
    features = []
    for place_id in sorted(by_place):
        found = by_place[place_id]
        role = roles.get(place_id, set())
        features.append(place_feature(
            found[0].place,
            mentions=len(found),
            docs=sorted({m.doc_id for m in found}),
            surface_forms=sorted({m.text for m in found}),
            role="both" if len(role) == 2 else next(iter(role), "mentioned"),
        ))
    return {"type": "FeatureCollection", "features": features}


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _cell(value: object) -> str:
    """A CSV cell. Text opening like a formula gets a leading apostrophe: a spreadsheet would run an article's
    "=HYPERLINK(...)" or "=cmd|..." (CSV injection); numbers, such as a negative longitude, are left alone.

    >>> _cell("=cmd|' /C calc'!A0"), _cell(-72.29), _cell(["a", "b"])
    ("'=cmd|' /C calc'!A0", '-72.29', 'a; b')
    """
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return str(value)
    if isinstance(value, list):
        text = _LIST_SEPARATOR.join(str(v) for v in value)
    elif isinstance(value, dict):
        text = json.dumps(value, sort_keys=True) if value else ""
    else:
        text = str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


def reports_csv(reports: Iterable[Report], flows: Iterable[Flow] = ()) -> str:
    """All reports, resolved or not, as CSV: a header row, an HXL hashtag row, one row per report. A running total
    that a flow's figure grew past (``Flow.tally_history``) says in ``rose_to`` what it rose to: an earlier count,
    not a source disagreeing."""
    rose_to: dict[str, list[int]] = defaultdict(list)
    for flow in flows:
        for tally in flow.tally_history:
            figures = rose_to[report_id(tally)]
            if flow.people not in figures:
                figures.append(flow.people)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow([name for name, _ in REPORT_COLUMNS])
    writer.writerow([tag for _, tag in REPORT_COLUMNS])
    for report in reports:
        record = report_record(report)
        origin = report.origin
        record.update(
            origin_id=origin.id if origin else None,
            origin_lat=round(origin.lat, 6) if origin else None,
            origin_lon=round(origin.lon, 6) if origin else None,
            destination_ids=[p.id for p in report.destinations],
            rose_to=rose_to.get(record["id"], []),
        )
        writer.writerow([_cell(record[name]) for name, _ in REPORT_COLUMNS])
    return buffer.getvalue()


def geojson_text(collection: dict) -> str:
    """Deterministic GeoJSON text: fixed key order, UTF-8 kept readable, one feature per line."""
    features = ",\n".join(json.dumps(f, ensure_ascii=False) for f in collection["features"])
    return '{"type": "FeatureCollection", "features": [\n' + features + "\n]}\n"


def write_atomic(path: Path, text: str) -> None:
    """Write a whole UTF-8 text file or nothing (a temp file beside it, then a rename)."""
    write_bytes_atomic(path, text.encode("utf-8"))
