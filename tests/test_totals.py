"""Totals evacmap computes of figures one statement gives place by place (``geo.totals``): what is summed, what
never is, and that a total is never counted twice. Places and wordings are made up."""
import csv
import io
from dataclasses import replace
from pathlib import Path

import pytest
from test_reports_seeds import stub_mentions

from gazetteer.model import Place
from geo import exports
from geo.flows import aggregate_flows
from geo import map as map_module
from geo.map import REPORT_KEYS, _present, movement_feature
from geo.merge import merge_reports, report_id
from geo.model import Document
from geo.reports import find_reports
from geo.totals import with_totals

MALAWI = Place("t:mw", "Malawi", -13.2, 34.3, "country", "MW")
SOUTH = Place("t:south", "Southern Region", -15.5, 35.0, "admin1", "MW", parent="t:mw")
NSANJE = Place("t:ns", "Nsanje", -16.9, 35.3, "admin2", "MW", parent="t:south")
CHIKWAWA = Place("t:ck", "Chikwawa", -16.0, 34.8, "admin2", "MW", parent="t:south")
MULANJE = Place("t:ml", "Mulanje", -16.0, 35.5, "admin2", "MW", parent="t:south")
BANGULA = Place("t:bg", "Bangula", -16.6, 35.1, "city", "MW", parent="t:ns")
PLACES = {p.name: p for p in (MALAWI, SOUTH, NSANJE, CHIKWAWA, MULANJE, BANGULA)}
HEADLINE = "Evacuation news\n\n"


def found(text: str, headline: str = HEADLINE):
    doc = Document("doc", headline + text)
    mentions = stub_mentions(doc, PLACES)
    return with_totals(doc, find_reports(doc, mentions), mentions)


def totals(text: str, headline: str = HEADLINE):
    return [r for r in found(text, headline) if r.summed_from]


def summary(total):
    count = total.count
    return (count.text, count.value, count.min, count.max, total.unit, total.term, total.origin, total.summed_from)


def test_figures_a_sentence_gives_for_two_districts_add_up_at_the_region_holding_them():
    found_here = found("Heavy rain hit the Southern Region on Sunday. Officials said 4,120 people were displaced "
                       "in Nsanje and some 2,900 in Chikwawa.")
    [total] = [r for r in found_here if r.summed_from]
    assert summary(total) == ("4,120 + some 2,900", 7020, 7020, 7020, "people", "displaced", SOUTH,
                              ("4,120", "some 2,900"))
    assert total.quote.startswith("Officials said 4,120") and total.quote.endswith("in Chikwawa.")
    assert found_here[-1] is total  # right after its last part, which stays a report of its own
    assert [r.count.value for r in found_here if r.origin in (NSANJE, CHIKWAWA)] == [4120, 2900]


def test_destroyed_houses_of_two_places_add_up_and_damaged_ones_are_no_part():
    [total] = totals("Rivers burst their banks in Malawi. In Nsanje, 310 houses were destroyed, while in Chikwawa, "
                     "95 houses were destroyed and 40 damaged.")
    assert summary(total) == ("310 + 95", 405, 405, 405, "households", "destroyed housing", MALAWI, ("310", "95"))


def test_a_block_of_place_headed_lines_adds_up_and_quotes_the_block():
    text = "Rivers burst their banks in the Southern Region.\n\nNsanje\n1,500 evacuated\nChikwawa\n2,250 evacuated"
    [total] = totals(text)
    assert summary(total) == ("1,500 + 2,250", 3750, 3750, 3750, "people", "evacuated", SOUTH, ("1,500", "2,250"))
    assert total.quote == "Nsanje\n1,500 evacuated\nChikwawa\n2,250 evacuated"


def test_a_table_with_no_total_row_adds_up_and_one_with_a_total_row_keeps_its_own():
    table = ("Rivers burst their banks in the Southern Region.\n\n| District | Displaced families |\n|---|---|\n"
             "| Nsanje | 640 |\n| Chikwawa | 75 |\n")
    [total] = totals(table)
    assert summary(total) == ("640 + 75", 715, 715, 715, "families", "displaced", SOUTH, ("640", "75"))
    assert totals(table + "| Total | 715 |\n") == []


def test_an_open_bound_stays_open_and_parts_no_place_holds_give_a_total_with_no_place():
    [total] = totals("Rivers burst their banks. More than 3,000 people were displaced in Nsanje and 1,200 in Chikwawa.")
    assert summary(total) == ("More than 3,000 + 1,200", 4200, 4200, None, "people", "displaced", None,
                              ("More than 3,000", "1,200"))
    assert total.destinations == ()


@pytest.mark.parametrize("text", [
    # a place and a place inside it: a total and its part
    "Rivers burst their banks. About 5,000 people were displaced in Nsanje and 3,000 in Bangula.",
    # two times: dates left unresolved, in other words
    "Rivers burst their banks. Some 4,000 people were displaced in Nsanje last week and 2,000 in Chikwawa on Monday.",
    # the same place twice: a time sequence
    "Rivers burst their banks. About 1,000 people were evacuated from Nsanje on Monday and 3,000 by Tuesday.",
    # different terms
    "Rivers burst their banks. About 2,000 people were evacuated in Nsanje and 1,500 were sheltered in Chikwawa.",
    # different units: never converted
    "Rivers burst their banks. About 2,000 families were displaced in Nsanje and 1,500 people in Chikwawa.",
    # alternatives
    "Rivers burst their banks. Officials said 2,000 people were displaced in Nsanje, or 3,000 people were displaced "
    "in Chikwawa.",
    # a figure already totalled
    "Rivers burst their banks. Some 7,000 people were displaced in the Southern Region, 3,000 of them in Nsanje and "
    "4,000 in Chikwawa.",
    # figures in different sentences of prose
    "Rivers burst their banks. 4,120 people were displaced in Nsanje. Some 2,900 were displaced in Chikwawa.",
    # ... even when the second opens with "another": more people, yet a statement of its own
    "Rivers burst their banks. About 4,120 people fled Nsanje. Another 2,900 fled Chikwawa.",
    # one figure for each place
    "Rivers burst their banks. Over 3,000 people were displaced in each of Nsanje and Chikwawa.",
])
def test_figures_that_are_no_parts_of_one_total_are_never_summed(text):
    assert len([r for r in found(text) if r.count is not None]) >= 1
    assert totals(text) == []


def test_figures_of_one_day_named_once_add_up():
    [total] = totals("Rivers burst their banks. On Monday, 4,000 people were displaced in Nsanje and 2,000 in "
                     "Chikwawa.")
    assert (total.count.value, total.date_text) == (6000, "Monday")


def test_a_total_the_article_gives_elsewhere_is_not_computed_again():
    assert totals("Rivers burst their banks. 7,020 people were displaced in the south. Officials said 4,120 people "
                  "were displaced in Nsanje and some 2,900 in Chikwawa.") == []



def test_a_sum_the_article_writes_as_a_number_read_as_no_report_is_not_computed_again():
    said = ("Officials said 4,120 people were displaced in Nsanje and some 2,900 in Chikwawa. Camp registers in the "
            "south now hold {} names.")
    assert totals(said.format("7,020")) == []
    assert [t.count.value for t in totals(said.format("7,100"))] == [7020]


@pytest.mark.parametrize("elsewhere", [
    # the area's own figure, in another sentence and of another term: the sum would repeat or contradict it
    "Across the Southern Region some 9,500 people were evacuated.",
    # another district of the country: the list goes on in another sentence, and no sum of one piece is a total
    "In Mulanje, 650 people were displaced as well.",
])
def test_a_statement_that_is_not_the_articles_only_word_on_those_people_gives_no_total(elsewhere):
    two = "Officials said 4,120 people were displaced in Nsanje and some 2,900 in Chikwawa."
    assert totals(f"Rivers burst their banks. {elsewhere} {two}") == []
    assert totals(f"Rivers burst their banks. {two} {elsewhere}") == []


@pytest.mark.parametrize("elsewhere", [
    "Across the Southern Region some 950 families were evacuated.",  # another unit: families are never people
    "In Mulanje, 65 houses were destroyed.",  # another unit in another district
])
def test_figures_of_another_unit_elsewhere_leave_the_total(elsewhere):
    text = (f"Rivers burst their banks. {elsewhere} Officials said 4,120 people were displaced in Nsanje and some "
            "2,900 in Chikwawa.")
    assert [t.count.value for t in totals(text)] == [7020]

TWO_DISTRICTS = ("Heavy rain hit the Southern Region on Sunday. Officials said 4,120 people were displaced in Nsanje "
                 "and some 2,900 in Chikwawa.")


def test_flows_count_the_parts_never_their_total_beside_them():
    flows = aggregate_flows(found(TWO_DISTRICTS))
    assert sorted((f.origin.name, f.people) for f in flows if f.people is not None) == [("Chikwawa", 2900),
                                                                                         ("Nsanje", 4120)]
    assert all(not r.summed_from for f in flows for r in f.reports)
    # listed beside the figure of each part, so the sum stays traceable on the map
    assert [[t.count.value for t in f.totals] for f in flows if f.people is not None] == [[7020], [7020]]


def test_a_total_merges_only_with_the_same_sum_never_into_a_report_of_that_figure():
    [total] = totals(TWO_DISTRICTS)
    given = found("Heavy rain hit the Southern Region on Sunday. Some 7,020 people were displaced across the "
                  "Southern Region.")
    [stated] = [r for r in given if r.count is not None and r.count.value == 7020]
    assert (stated.origin, stated.unit) == (total.origin, total.unit)
    assert len(merge_reports([total, stated])) == 2
    copy = replace(total, citations=tuple(replace(c, doc_id="other") for c in total.citations))  # wire copy
    [merged] = merge_reports([total, copy])
    assert merged.docs == ("doc", "other")


def test_exports_say_a_total_is_a_sum_evacmap_computed():
    [total] = totals(TWO_DISTRICTS)
    header, tags, row = list(csv.reader(io.StringIO(exports.reports_csv([total]))))
    assert tags[header.index("summed_from")] == "#meta+summed"
    assert dict(zip(header, row))["summed_from"] == "4,120; some 2,900"
    record = exports.report_record(total)
    assert (record["count_text"], record["summed_from"]) == ("4,120 + some 2,900", ["4,120", "some 2,900"])
    assert _present(record, REPORT_KEYS)["summed_from"] == ["4,120", "some 2,900"]  # the popup's note reads it
    [part] = [r for r in found(TWO_DISTRICTS) if r.count is not None and r.count.value == 4120]
    assert "summed_from" not in _present(exports.report_record(part), REPORT_KEYS)
    features = exports.flows_to_geojson(aggregate_flows(found(TWO_DISTRICTS)))["features"]
    [nsanje] = [f for f in features if f["properties"]["origin"] == "Nsanje" and f["properties"]["people"]]
    assert [t["summed_from"] for t in nsanje["properties"]["totals"]] == [["4,120", "some 2,900"]]
    assert movement_feature(nsanje)["properties"]["totals"][0]["count_text"] == "4,120 + some 2,900"
    popup = (Path(map_module.__file__).parent / "assets" / "evacmap.js").read_text(encoding="utf-8")
    assert "Part of a sum computed by evacmap" in popup and "A sum computed by evacmap of the figures quoted" in popup


def test_totals_are_the_same_on_every_run():
    first, second = found(TWO_DISTRICTS), found(TWO_DISTRICTS)
    assert first == second and [report_id(r) for r in first] == [report_id(r) for r in second]
