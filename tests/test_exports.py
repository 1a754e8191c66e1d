import csv
import io
import json

from builders import DNIPRO, MARIUPOL, ZAPORIZHZHIA, report

from gazetteer.model import Mention
from geo import exports
from geo.flows import aggregate_flows
from geo.merge import report_id


def _flows():
    return aggregate_flows([
        report(destinations=[ZAPORIZHZHIA, DNIPRO], value=2000, breakdown=(("fighters", 400),),
               source="the regional governor", date="2022-03-16", quote='<img src=x onerror=alert(1)> "left"'),
        report(value=12000, status="planned", doc="b"),
    ])


def test_flows_geojson_is_rfc7946_lon_lat_without_crs():
    collection = json.loads(exports.geojson_text(exports.flows_to_geojson(_flows())))
    assert "crs" not in collection
    kinds = sorted(f["properties"]["kind"] for f in collection["features"])
    assert kinds == ["departure", "flow", "flow"]
    line = next(f for f in collection["features"] if f["properties"]["destination"] == "Zaporizhzhia")
    assert line["geometry"] == {"type": "LineString", "coordinates": [[37.5494, 47.0958], [35.1903, 47.8229]]}
    props = line["properties"]
    assert props["people"] == 2000 and props["years"] == [2022]
    [rec] = props["reports"]
    assert rec["shared"] is True and rec["breakdown"] == {"fighters": 400}
    assert rec["destinations"] == ["Zaporizhzhia", "Dnipro"] and rec["docs"] == ["a"]
    departure = next(f for f in collection["features"] if f["properties"]["kind"] == "departure")
    assert departure["geometry"]["type"] == "Point" and departure["properties"]["destination"] is None


def test_an_arrival_is_a_point_at_its_destination_with_no_origin_and_makes_it_a_destination():
    sheltered = report(origin=None, destinations=[DNIPRO], value=4500, term="sheltered", quote="<b>camps</b>")
    route = report(destinations=[DNIPRO], value=4000, term="sheltered", doc="b")
    flows = aggregate_flows([sheltered, route])
    collection = json.loads(exports.geojson_text(exports.flows_to_geojson(flows)))
    [arrival] = [f for f in collection["features"] if f["properties"]["kind"] == "arrival"]
    [line] = [f for f in collection["features"] if f["properties"]["kind"] == "flow"]
    assert arrival["geometry"] == {"type": "Point", "coordinates": [34.9833, 48.45]}
    p = arrival["properties"]
    assert (p["origin"], p["origin_id"], p["destination"], p["people"]) == (None, None, "Dnipro", 4500)
    assert p["parts"] == [{"id": line["id"], "origin": "Mariupol"}]  # its figure totals the flow, not added
    assert p["reports"][0]["quote"] == "<b>camps</b>"  # data as written; the map escapes it
    arrivals = [f for f in flows if f.kind == "arrival"]
    places = exports.places_to_geojson([Mention("a", "Dnipro", 0, 6, DNIPRO)], arrivals)
    assert [f["properties"]["role"] for f in places["features"]] == ["destination"]


def test_coordinates_are_rounded_to_six_decimals():
    from gazetteer.model import Place
    place = Place("user:x", "X", 12.123456789, -1.987654321, "city")
    assert exports.place_feature(place)["geometry"]["coordinates"] == [-1.987654, 12.123457]


def test_a_place_feature_keeps_the_places_fields_and_the_extra_ones():
    feature = exports.place_feature(MARIUPOL, mentions=3)
    p = feature["properties"]
    assert (feature["id"], feature["geometry"]["coordinates"]) == (MARIUPOL.id, list(MARIUPOL.lonlat))
    assert (p["name"], p["kind"], p["country"], p["parent"], p["population"], p["provenance"], p["mentions"]) == (
        MARIUPOL.name, MARIUPOL.kind, MARIUPOL.country, MARIUPOL.parent, MARIUPOL.population, MARIUPOL.provenance, 3)


def test_places_geojson_counts_mentions_and_roles():
    flows = _flows()
    mentions = [Mention("a", "Mariupol", 0, 8, MARIUPOL), Mention("b", "Mariupol", 5, 13, MARIUPOL),
                Mention("a", "Zaporizhia", 20, 30, ZAPORIZHZHIA), Mention("a", "Kyiv", 40, 44, None)]
    collection = exports.places_to_geojson(mentions, flows)
    props = {f["properties"]["name"]: f["properties"] for f in collection["features"]}
    assert set(props) == {"Mariupol", "Zaporizhzhia"}
    assert props["Mariupol"]["mentions"] == 2 and props["Mariupol"]["docs"] == ["a", "b"]
    assert props["Mariupol"]["role"] == "origin" and props["Zaporizhzhia"]["role"] == "destination"
    assert props["Zaporizhzhia"]["surface_forms"] == ["Zaporizhia"]


def test_reports_csv_has_hxl_row_and_unresolved_reports():
    rows = list(csv.reader(io.StringIO(exports.reports_csv([
        report(destinations=[DNIPRO], value=300, source="UNHCR"),
        report(origin=None, value=50, doc="z"),
    ]))))
    header, hxl, first, unresolved = rows
    assert header[:3] == ["id", "docs", "origin"] and all(tag.startswith("#") for tag in hxl)
    assert {"#loc+name+origin", "#geo+lat+origin", "#geo+lon+origin", "#loc+name+dest", "#affected+ind",
            "#date+reported", "#meta+source"} <= set(hxl)
    record = dict(zip(header, first))
    assert record["origin_lat"] == "47.0958" and record["destinations"] == "Dnipro" and record["value"] == "300"
    assert dict(zip(header, unresolved))["origin"] == "somewhere"


def test_write_atomic_replaces_whole_file_and_leaves_no_temp(tmp_path):
    target = tmp_path / "out" / "flows.geojson"
    exports.write_atomic(target, "first")
    exports.write_atomic(target, "second")
    assert target.read_text() == "second"
    assert [p.name for p in target.parent.iterdir()] == ["flows.geojson"]


def test_report_records_carry_term_equivalent_corroboration_and_sources():
    from geo.merge import merge_reports
    merged = merge_reports([
        report(value=1000, unit="families", term="fled", equivalent=(("people", 3000),), source="UNHCR", outlet="AP"),
        report(value=1200, unit="families", doc="b", source="the governor"),
    ])
    [flow] = aggregate_flows(merged)
    properties = exports.flow_feature(flow)["properties"]
    record = properties["reports"][0]
    assert (record["term"], record["equivalent"], record["outlets"]) == ("fled", {"people": 3000}, ["AP"])
    assert (record["articles"], record["independent_outlets"], record["named_sources_same_figure"]) == (1, 1, 1)
    assert properties["sources"] == {"UNHCR": ["1000 families"], "the governor": ["1200 families"]}
    # households are those of the episode people come from (fled), not the 1,200 displaced of another term
    assert (properties["people"], properties["households"]) == (3000, 1000)
    header, hxl, *_ = list(csv.reader(io.StringIO(exports.reports_csv(merged))))
    assert {"term", "equivalent", "outlets", "articles", "named_sources_same_figure", "date_text"} <= set(header)


def test_reports_csv_disarms_article_text_that_a_spreadsheet_would_run_as_a_formula():
    header, _, row = list(csv.reader(io.StringIO(exports.reports_csv([
        report(value=300, source="=HYPERLINK(\"http://x\")", quote="=cmd|' /C calc'!A0 300 fled")]))))
    record = dict(zip(header, row))
    assert record["quote"].startswith("'=cmd") and record["attributed_to"].startswith("'=HYPERLINK")
    assert record["value"] == "300"


def test_flows_list_their_episodes_and_reports_csv_marks_additional_people():
    """Convoys of two days and "another 900" are separate movements: each is listed with its own figure, the
    flow's people being the largest one's, and the CSV says which report counts more people."""
    first = report(destinations=[ZAPORIZHZHIA], value=80, date="2022-04-20", term="evacuated")
    second = report(destinations=[ZAPORIZHZHIA], value=110, date="2022-05-03", term="evacuated", doc="b")
    more = report(destinations=[ZAPORIZHZHIA], value=900, term="evacuated", doc="c", additional=True)
    [feature] = exports.flows_to_geojson(aggregate_flows([first, second, more]))["features"]
    props = feature["properties"]
    assert (props["people"], props["people_min"], props["people_max"]) == (900, 900, 900)
    assert [(e["date"], e["people"], e["reports"]) for e in props["episodes"]] == [
        ("2022-04-20", 80, [report_id(first)]), ("2022-05-03", 110, [report_id(second)]), (None, 900, [report_id(more)])]
    assert [r["additional"] for r in props["reports"]] == [False, False, True]
    header, _, *rows = list(csv.reader(io.StringIO(exports.reports_csv([first, more]))))
    assert "#meta+additional" in _ and [dict(zip(header, row))["additional"] for row in rows] == ["false", "true"]


def test_episodes_keep_their_households_and_reports_csv_marks_a_part():
    """An evacuation order for 600 households (2,000 people) beside 900 homes destroyed: each episode has its own
    households; the flow shows the evacuation's. "200 wounded people" is marked as a part in both exports."""
    ordered = report(value=600, unit="households", term="evacuated", equivalent=(("people", 2000),))
    destroyed = report(value=900, unit="households", term="destroyed housing", doc="b")
    wounded = report(value=200, term="evacuated", part=True, doc="c")
    [feature] = exports.flows_to_geojson(aggregate_flows([ordered, destroyed, wounded]))["features"]
    props = feature["properties"]
    assert (props["people"], props["households"]) == (2000, 600)
    assert sorted((e["term"], e["households"]) for e in props["episodes"]) == [
        ("destroyed housing", 900), ("evacuated", 600)]
    assert [r["part"] for r in props["reports"]] == [False, False, True]
    header, hxl, *rows = list(csv.reader(io.StringIO(exports.reports_csv([ordered, wounded]))))
    assert "#meta+part" in hxl and [dict(zip(header, row))["part"] for row in rows] == ["false", "true"]


def test_a_departure_names_the_flows_it_totals_and_a_flow_names_none():
    total = report(value=52000, term="fled")
    part = report(destinations=[ZAPORIZHZHIA], value=40000, term="fled", doc="b")
    features = exports.flows_to_geojson(aggregate_flows([total, part]))["features"]
    parts = {f["properties"]["kind"]: f["properties"]["parts"] for f in features}
    [flow] = [f for f in features if f["properties"]["kind"] == "flow"]
    assert parts == {"departure": [{"id": flow["id"], "destination": "Zaporizhzhia"}], "flow": []}


def test_reports_csv_marks_an_origin_inferred_from_the_people_named():
    from dataclasses import replace
    named = report(destinations=[ZAPORIZHZHIA], value=500, term="fled")
    inferred = replace(report(destinations=[DNIPRO], value=700, term="fled", doc="b"), origin_text="", origin_inferred=True)
    header, tags, *rows = list(csv.reader(io.StringIO(exports.reports_csv([named, inferred]))))
    assert "#meta+origin+inferred" in tags
    assert [dict(zip(header, row))["origin_inferred"] for row in rows] == ["false", "true"]


def test_a_report_carries_when_its_articles_were_published_beside_the_date_its_words_give():
    from dataclasses import replace
    from datetime import date

    from geo.model import Citation
    told = (Citation("late", 0, 5, published=date(2024, 10, 31)), Citation("early", 0, 5, published=date(2024, 10, 29)))
    undated = exports.report_record(replace(report(value=300), citations=told))
    assert (undated["date"], undated["published"]) == (None, "2024-10-29")
    # the movement's own date stays its own; an article with no date gives none
    dated = exports.report_record(replace(report(value=300, date="2024-10-20"), citations=told))
    assert (dated["date"], dated["published"]) == ("2024-10-20", "2024-10-29")
    assert exports.report_record(report(value=300))["published"] is None
    header, hxl, _ = list(csv.reader(io.StringIO(exports.reports_csv([report(value=300)]))))
    assert dict(zip(header, hxl))["published"] == "#date+published"


def test_a_flow_lists_the_running_totals_it_rose_from_and_an_onward_leg_the_origins_of_its_people():
    older = report(destinations=[ZAPORIZHZHIA], value=3100, cumulative=True, term="fled", text="3,100")
    newer = report(destinations=[ZAPORIZHZHIA], value=4700, cumulative=True, term="fled", doc="b")
    onward = report(origin=ZAPORIZHZHIA, destinations=[DNIPRO], value=2000, term="fled", doc="c")
    flows = aggregate_flows([older, newer, onward])
    features = {f["properties"]["origin"]: f["properties"] for f in exports.flows_to_geojson(flows)["features"]}
    first, leg = features["Mariupol"], features["Zaporizhzhia"]
    assert first["tally_history"] == [{"id": report_id(older), "count_text": "3,100", "value": 3100, "date": None,
                                       "docs": ["a"]}]
    assert first["episodes"][0]["history"] == [report_id(older)] and first["people_min"] == 4700
    assert leg["onward_of"] == [{"id": first["id"], "origin": "Mariupol"}] and first["onward_of"] == []
    header, _, *rows = list(csv.reader(io.StringIO(exports.reports_csv([older, newer, onward], flows))))
    assert [row[header.index("rose_to")] for row in rows] == ["4700", "", ""]  # the earlier count and what it rose to
