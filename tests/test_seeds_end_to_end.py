"""The five seed articles through the whole pipeline, checked against our own reading of them."""
import math
from pathlib import Path

import pytest

from gazetteer import Gazetteer
from geo.pipeline import run

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
HMC = ("001_11605675adc1a9a5", "003_7545182a43752d89")


@pytest.fixture(scope="module")
def result():
    return run([SEEDS], Gazetteer.default())


def km(place, lat, lon):
    p1, p2 = math.radians(place.lat), math.radians(lat)
    dlat, dlon = p2 - p1, math.radians(lon - place.lon)
    a = math.sin(dlat / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dlon / 2) ** 2
    return 6371 * 2 * math.asin(math.sqrt(a))


def flow(result, origin, destination):
    found = [f for f in result.flows if f.origin.name == origin
             and (f.destination.name if f.destination else None) == destination]
    assert found, f"no flow {origin} -> {destination}: {[(f.origin.name, f.destination and f.destination.name) for f in result.flows]}"
    return found[0]


def reports_with(result, value):
    return [r for r in result.reports if r.count and value in (r.count.value, r.count.min, r.count.max)]


def waer(result):
    [place] = {m.place for m in result.mentions if m.place and m.text.lower().endswith(("waer", "wair"))}
    return place


def test_al_waer_resolves_to_the_homs_district(result):
    place = waer(result)
    assert km(place, 34.741, 36.668) < 4
    assert place.country == "SY"


@pytest.mark.parametrize("surface, lat, lon", [
    ("Jarablus", 36.8175, 38.0111), ("Jarablous", 36.8175, 38.0111),
    ("Idlib", 35.9306, 36.6339), ("Damascus", 33.5102, 36.2913), ("Homs", 34.7240, 36.7256),
])
def test_syrian_places_resolve_to_syria(result, surface, lat, lon):
    texts = {d.id: d.text for d in result.documents}
    found = [m for m in result.mentions if m.text == surface and m.place]
    assert found, f"{surface} not found"
    for mention in found:
        place = mention.place
        if texts[mention.doc_id][mention.end:].startswith(" province"):  # "Homs province": the governorate
            assert place.country == "SY" and place.kind == "admin1" and place.name.startswith(surface), place
        else:
            assert place.country == "SY" and km(place, lat, lon) < 25, place


def test_homs_media_center_report_flows_from_al_waer_to_jarablus_citing_both_articles(result):
    jarablus = flow(result, waer(result).name, next(m.place.name for m in result.mentions if m.text == "Jarablus"))
    [hmc] = [r for r in jarablus.reports if r.count and r.count.value == 2000]
    assert dict(hmc.breakdown) == {"fighters": 400}
    assert set(HMC) <= set(hmc.docs)
    assert "Homs Media Center" in (hmc.attributed_to or "")
    assert jarablus.people == 2000


def test_a_flow_from_al_waer_to_idlib(result):
    idlib = flow(result, waer(result).name, "Idlib")
    assert idlib.destination.country == "SY"


def test_planned_12000_from_al_waer_attributed_to_sohr(result):
    [report] = reports_with(result, 12000)
    assert report.origin == waer(result) and report.status == "planned"
    assert "Syrian Observatory for Human Rights" in report.attributed_to
    assert dict(report.breakdown) == {"fighters": 2500}


def test_planned_first_1500_from_al_waer_is_a_batch(result):
    [report] = [r for r in reports_with(result, 1500) if r.status == "planned"]
    assert report.origin == waer(result) and report.batch


def test_some_2500_in_the_final_phase(result):
    [report] = [r for r in reports_with(result, 2500) if r.count.value == 2500]
    assert report.origin == waer(result) and report.batch
    assert report.count.text.lower().startswith("some")


def test_up_to_20000_in_all(result):
    [report] = reports_with(result, 20000)
    assert report.origin == waer(result) and report.cumulative and report.status == "planned"
    assert report.count.max == 20000


def test_1500_left_old_homs_in_2014(result):
    [report] = [r for r in reports_with(result, 1500) if r.date == "2014"]
    assert report.origin.name == "Old Homs" and report.status == "completed"
    assert km(report.origin, 34.731, 36.714) < 3


@pytest.mark.parametrize("not_a_movement", [75000, 24, 10, 15, 3, 6, 450000])
def test_numbers_that_are_not_movements_are_not_reports(result, not_a_movement):
    assert reports_with(result, not_a_movement) == []


def test_no_places_inside_organisations_or_people(result):
    for doc in result.documents:
        for name in ("Homs Media Center", "Syrian Arab Red Crescent", "Bashar al-Assad", "Talal Barazi",
                     "Syrian Observatory for Human Rights"):
            start = doc.text.find(name)
            while start != -1:
                inside = [m for m in result.mentions if m.doc_id == doc.id and start <= m.start < start + len(name)]
                assert inside == [], (name, inside)
                start = doc.text.find(name, start + 1)


def test_no_flow_is_counted_twice(result):
    for f in result.flows:
        assert f.people is None or f.people <= max(r.count.value or 0 for r in f.reports if r.count)
