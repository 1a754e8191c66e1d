"""The benchmarks' scoring rules on tiny hand-made inputs (no ../shared data needed)."""
import doctest
import importlib
import math
import sys
from pathlib import Path

import pytest

from gazetteer.model import Mention, Place
from geo.model import Citation, Count, Report

# The benchmarks are scripts beside the package, importing each other by bare name as they do when run.
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
scoring = importlib.import_module("scoring")
geoparse = importlib.import_module("geoparse")
figures = importlib.import_module("figures")

PARIS = Place("geonames:2988507", "Paris", 48.8566, 2.3522, "city", "FR")
PARIS_TEXAS = Place("geonames:4717560", "Paris", 33.6609, -95.5555, "city", "US")


def test_doctests():
    assert doctest.testmod(scoring).failed == 0


def test_haversine_is_symmetric_and_zero_on_the_spot():
    assert scoring.haversine_km(10, 20, 10, 20) == 0
    assert scoring.haversine_km(48.8566, 2.3522, 33.6609, -95.5555) == pytest.approx(
        scoring.haversine_km(33.6609, -95.5555, 48.8566, 2.3522))
    assert scoring.haversine_km(90, 0, -90, 0) == pytest.approx(math.pi * scoring.EARTH_RADIUS_KM)


def test_match_midpoints_must_be_under_ten_characters_apart():
    gold = [("Rome", 100, 104)]
    assert scoring.match_toponyms(gold, [("ROME", 109, 113)]) == [(0, 0)]  # 9 apart
    assert scoring.match_toponyms(gold, [("Rome", 110, 114)]) == []  # 10 apart
    # a longer predicted span around the same name is a different surface string
    assert scoring.match_toponyms(gold, [("Rome, Italy", 100, 111)]) == []


def test_match_is_one_to_one_and_prefers_the_nearest():
    gold = [("Paris", 0, 5), ("Paris", 8, 13)]
    predicted = [("Paris", 7, 12), ("Paris", 1, 6), ("Paris", 2, 7)]
    pairs = scoring.match_toponyms(gold, predicted)
    assert pairs == [(0, 1), (1, 0)]
    assert len({p for _, p in pairs}) == len(pairs)


def test_prf_rejects_impossible_counts():
    assert scoring.prf(2, 2, 4) == (1.0, 0.5, pytest.approx(2 / 3))
    with pytest.raises(ValueError):
        scoring.prf(3, 2, 4)


def test_accuracy_and_auc_edges():
    assert scoring.accuracy_at([100, 200], km=161) == 0.5
    assert scoring.accuracy_at([100, 200], km=250) == 1.0
    assert scoring.auc([5.0, 0.0]) == scoring.auc([0.0, 5.0])  # sorted before integrating
    assert scoring.auc([0.0, 1.0, 10.0]) < scoring.auc([0.0, 100.0, 1000.0])


def test_heldout_share_and_stability():
    keys = [f"doc{i}" for i in range(2000)]
    held = [k for k in keys if scoring.heldout(k)]
    assert 0.27 < len(held) / len(keys) < 0.33
    assert held == [k for k in keys if scoring.heldout(k)]
    assert set(held) <= {k for k in keys if scoring.heldout(k, share=0.5)}  # a larger share only adds


def test_figure_unit_location_term_rules():
    assert scoring.carries_figure(483, 483, 483, 483)
    assert not scoring.carries_figure(480, 480, 480, 483)
    assert scoring.carries_figure(None, 100, 999, 483) and not scoring.carries_figure(None, 100, 999, 483, ranges=False)
    assert scoring.unit_matches("Households", "homes") and not scoring.unit_matches("Households", "people")
    assert scoring.unit_matches("People", " people ") and not scoring.unit_matches("Persons", "people")
    assert scoring.location_matches("Sumbe and Porto Amboim", ["Sumbe"])
    assert not scoring.location_matches("Sumbe", ["Luanda"])
    assert scoring.term_matches("Destroyed Housing", "destroyed-housing")
    assert not scoring.term_matches("Displaced", "Evacuated")


# --- the readers and per-item scoring of the two benchmarks --------------------------------------

def test_geovirus_offsets_are_shifted_to_python_offsets(tmp_path):
    xml = tmp_path / "gv.xml"
    xml.write_text("<articles><article><source>u1</source><text>Cases in Pandi, Bulacan.</text><locations>"
                   "<location><name>Pandi</name><start>10</start><end>15</end><lat>14.87</lat><lon>120.95</lon>"
                   "</location></locations></article></articles>", encoding="utf-8")
    (article,) = geoparse.read_geovirus(xml)
    (toponym,) = article.toponyms
    assert article.text[toponym.start:toponym.end] == "Pandi"
    assert (article.id, article.key, toponym.lat, toponym.lon) == ("geovirus0", "u1", 14.87, 120.95)


def test_lgl_toponym_without_gaztag_has_no_coordinates(tmp_path):
    xml = tmp_path / "lgl.xml"
    xml.write_text('<articles><article docid="7"><text>Paris and Main Street</text><toponyms>'
                   "<toponym><start>0</start><end>5</end><phrase>Paris</phrase><gaztag geonameid='1'>"
                   "<lat>48.85</lat><lon>2.35</lon></gaztag></toponym>"
                   "<toponym><start>10</start><end>21</end><phrase>Main Street</phrase></toponym>"
                   "</toponyms></article></articles>", encoding="utf-8")
    (article,) = geoparse.read_lgl(xml)
    assert [(t.text, t.lat) for t in article.toponyms] == [("Paris", 48.85), ("Main Street", None)]
    assert article.key == "7"


def test_unresolved_match_counts_as_the_largest_error():
    text = "From Paris to Paris and Lyon."
    article = geoparse.Article("a", "a", text, (
        geoparse.Toponym("Paris", 5, 10, 48.8566, 2.3522),
        geoparse.Toponym("Paris", 14, 19, 48.8566, 2.3522),
        geoparse.Toponym("Lyon", 24, 28, None, None),
    ))
    mentions = [Mention("a", "Paris", 5, 10, PARIS), Mention("a", "Paris", 14, 19, None),
                Mention("a", "Lyon", 24, 28, None), Mention("a", "From", 0, 4, None)]
    scored = geoparse.score_article(article, mentions, seconds=1.0)
    assert scored.errors == ((0, 0.0), (1, scoring.MAX_ERROR_KM))  # Lyon has no gold coordinates
    row = geoparse.figures([scored])
    assert (row["matched"], row["predicted"], row["gold toponyms"]) == (3, 4, 3)
    assert (row["acc@161"], row["  of which unresolved"]) == (0.5, 1)
    kinds = [r["kind"] for r in geoparse.error_records("test", scored)]
    assert kinds == ["spurious", "unresolved"]


def test_far_resolution_is_an_error_record():
    article = geoparse.Article("a", "a", "Paris.", (geoparse.Toponym("Paris", 0, 5, 48.8566, 2.3522),))
    scored = geoparse.score_article(article, [Mention("a", "Paris", 0, 5, PARIS_TEXAS)], seconds=0.0)
    (record,) = geoparse.error_records("test", scored)
    assert record["kind"] == "far" and record["error_km"] > 7000
    assert record["context"] == "[[Paris]]."
    assert geoparse.figures([scored])["documents/s"] is None


def _report(value, unit="people", origin_text="", low=None, high=None):
    low = value if low is None else low
    high = value if high is None else high
    return Report("q", (Citation("d", 0, 1),), None, origin_text, (), (), Count(str(value), value, low, high), unit)


def test_judge_uses_the_report_carrying_the_figure():
    excerpt = figures.Excerpt("idmc0", "u", "text", 483, "Homeless", "People", "Sumbe and Porto Amboim")
    reports = [_report(150, "houses", "Sumbe"), _report(483, "people", "Porto Amboim"), _report(2160)]
    outcome = scoring.judge(excerpt, reports, {483, 150}, has_term=False)
    assert (outcome.exact, outcome.figure, outcome.unit, outcome.location) == (True, True, True, True)
    assert outcome.term is None
    assert outcome.false_reports == 1  # 2160: neither labelled figure of this text
    assert scoring.failed(outcome) == ["no false reports"]


def test_fair_location_folds_accents_and_follows_the_hierarchy_but_not_further():
    region = Place("t:rg", "Vallemar", 10.0, 10.0, "admin1", "ZZ")
    town = Place("t:tw", "Porto Lísio", 10.1, 10.1, "city", "ZZ", parent="t:rg")
    other = Place("t:ot", "Cabo Ferro", 12.0, 12.0, "admin1", "ZZ")
    get = {p.id: p for p in (region, town, other)}.get
    from_town = Report("q", (Citation("d", 0, 1),), town, "", (), (), Count("70", 70, 70, 70), "people")

    def judged(label: str, label_places: tuple) -> tuple[bool | None, bool | None]:
        excerpt = figures.Excerpt("idmc2", "u", "text", 70, "Evacuated", "People", label)
        outcome = scoring.judge(excerpt, [from_town], {70}, has_term=False, label_places=label_places, get=get)
        return outcome.location, outcome.contained

    assert judged("Porto Lisio", ()) == (True, True)  # accents folded in both figures
    assert judged("the Vallemar region", (region,)) == (True, False)  # the label's province holds the town
    assert judged("Cabo Ferro and Vallemar", (other, region)) == (True, False)  # one of the places listed
    assert judged("Cabo Ferro", (other,)) == (False, False)  # another province
    assert judged("Daily Courier", ()) == (False, False)  # no place: a news outlet's name stays a miss


def test_judge_accepts_a_range_and_misses_without_reports():
    excerpt = figures.Excerpt("idmc1", "u", "text", 2000, "Evacuated", "Households", "")
    ranged = scoring.judge(excerpt, [_report(None, "families", low=1000, high=9999)], {2000}, has_term=True)
    assert (ranged.exact, ranged.figure, ranged.unit, ranged.location, ranged.term) == (False, True, True, None, False)
    empty = scoring.judge(excerpt, [], {2000}, has_term=False)
    assert scoring.failed(empty) == ["figure", "unit"]


def test_labelled_sentence_counts_its_reports_once_and_a_sentence_without_figure_only_false_reports():
    labelled = importlib.import_module("figures_labelled")
    two = [labelled.Label("mn1-0", 0, 50, 500000, "People", "fled"), labelled.Label("mn1-0", 0, 50, 537000, "People", "fled")]
    outcomes = labelled.sentence_outcomes(two, [_report(537000), _report(12)], has_term=False)
    assert [(o.figure, o.unit, o.false_reports, len(o.reports)) for o in outcomes] == [(False, False, 1, 2), (True, True, 0, 0)]
    table = scoring.figure_table(outcomes, has_term=False, texts=1)
    assert (table["figure (value or range)"], table["false reports/excerpt"]) == ("0.500 (1/2)", "1.00 (1)")
    [none] = labelled.sentence_outcomes([labelled.Label("mn2-0", 0, 9, None, "", "")], [_report(40)], has_term=True)
    assert (none.figure, none.unit, none.term, none.false_reports) == (None, None, None, 1)
    assert scoring.failed(none) == ["no false reports"]


def test_labelled_reads_reports_whose_quote_overlaps_the_sentence():
    labelled = importlib.import_module("figures_labelled")
    inside = Report("q", (Citation("mn1-0", 10, 30),), None, "", (), (), None, "people")
    other_doc = Report("q", (Citation("mn1-1", 10, 30),), None, "", (), (), None, "people")
    before = Report("q", (Citation("mn1-0", 0, 10),), None, "", (), (), None, "people")
    assert labelled.overlapping([inside, other_doc, before], "mn1-0", 5, 12) == [inside, before]
    assert labelled.overlapping([inside, other_doc, before], "mn1-0", 10, 20) == [inside]


def test_labels_are_references_only():
    labelled = importlib.import_module("figures_labelled")
    first = labelled.read_labels()
    clusters = {label.doc_id.split("-")[0] for label in first}
    assert len({label.sentence for label in first}) == 135 and len(clusters) == 135
    second = labelled.read_labels(labelled.LABELS_2)
    assert len({label.sentence for label in second}) == 150
    assert not {label.doc_id.split("-")[0] for label in second} & clusters  # unseen articles
    third = labelled.read_labels(labelled.LABELS_3)
    assert len({label.sentence for label in third}) == 201 and sum(label.figure is not None for label in third) == 21
    assert not {label.sentence for label in third} & {label.sentence for label in first + second}  # unseen sentences
    fourth = labelled.read_labels(labelled.LABELS_4)
    assert len({label.sentence for label in fourth}) == 123 and sum(label.figure is not None for label in fourth) == 8
    assert not {label.sentence for label in fourth} & {label.sentence for label in first + second + third}
    geoparsing = labelled.read_labels(labelled.GEOPARSING_LABELS)
    assert len({label.sentence for label in geoparsing}) == 150
    assert sum(label.figure is not None for label in geoparsing) == 18
    for labels in (first, second, third, fourth, geoparsing):
        assert all(label.unit in ("People", "Households") for label in labels if label.figure is not None)
    headers = {path: path.read_text(encoding="utf-8").splitlines()[0] for source in labelled.SOURCES.values()
               for path in source.labels}
    assert headers == {labelled.LABELS: "cluster,doc,start,end,figure,unit,term",
                       labelled.LABELS_2: "cluster,doc,start,end,figure,unit,term",
                       labelled.LABELS_3: "cluster,doc,start,end,figure,unit,term",
                       labelled.LABELS_4: "cluster,doc,start,end,figure,unit,term",
                       labelled.GEOPARSING_LABELS: "corpus,article,start,end,figure,unit,term"}


def test_location_matches_ignores_accents_and_case():
    assert scoring.location_matches("Québec", ["QUEBEC"])
    assert scoring.location_matches("Province of Quebec", ["Québec"])
    assert scoring.location_matches("São Tomé", ["Sao Tome and Principe"])
    assert not scoring.location_matches("Québec", ["Quebrada"])
    assert not scoring.location_matches("Sao Tome", ["Sana'a"])
