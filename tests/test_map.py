"""Fast checks of the map page without a browser: escaping, determinism, offline assets, scales."""
from __future__ import annotations

import base64
import doctest
import json
import re
import zlib
from html.parser import HTMLParser

import pytest

import geo.map
from geo.map import (
    MapError,
    build_map,
    facets,
    flow_width,
    leaflet_assets,
    map_data,
    render_map,
)
from map_fixture import HOSTILE, fixture_flows, fixture_places, hostile_collections, map_sources


def render(flows=None, places=None, **kwargs) -> str:
    return render_map(build_map(flows or fixture_flows(), places or fixture_places(), **kwargs))


class LinkCollector(HTMLParser):
    """Every URL the page's own tags point at (script content is not parsed as tags)."""

    def __init__(self):
        super().__init__()
        self.urls: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.urls += [value for name, value in attrs if name in ("src", "href") and value]


def page_data(page: str) -> dict:
    """The data a rendered page carries, unpacked as the browser does (``geo.map.pack``: deflated JSON in base64)."""
    packed = re.search(r'evacmap\.draw\(\w+, "([A-Za-z0-9+/=]*)"', page).group(1)
    return json.loads(zlib.decompress(base64.b64decode(packed)).decode("utf-8"))


def page_urls(page: str) -> list[str]:
    collector = LinkCollector()
    collector.feed(page)
    return collector.urls


def test_docstring_examples():
    result = doctest.testmod(geo.map)
    assert result.attempted and not result.failed


@pytest.mark.parametrize("source", map_sources())
def test_same_input_renders_the_same_bytes(source):
    flows, places = map_sources()[source]
    first, second = render(flows, places), render(flows, places)
    assert first == second
    m = build_map(flows, places)
    assert render_map(m) == render_map(m) == first
    assert render(flows, places, tiles="osm") == render(flows, places, tiles="osm")


def test_offline_page_loads_nothing_from_the_network():
    page = render()
    remote = [u for u in page_urls(page) if re.match(r"(https?:)?//", u)]
    assert remote == []
    assert not re.search(r"url\(\s*['\"]?(https?:)?//", page)  # no CSS import of a remote file
    for cdn in ("cdn.jsdelivr", "code.jquery", "cdnjs", "bootstrapcdn", "tile.openstreetmap"):
        assert cdn not in page


def test_leaflet_images_are_inlined():
    css, js = leaflet_assets()
    assert "url(images/" not in css and "data:image/png;base64," in css
    assert "sourceMappingURL" not in js


def test_osm_tiles_only_when_asked():
    assert "tile.openstreetmap.org" in render(tiles="osm")
    assert "tile.openstreetmap.org" in render(tiles="OpenStreetMap")


def test_unknown_tiles_name_the_options():
    with pytest.raises(MapError, match="OpenStreetMap"):
        build_map(fixture_flows(), fixture_places(), tiles="no such tiles")


def test_article_text_cannot_become_markup():
    page = render(*hostile_collections())
    for attack in HOSTILE:
        assert attack not in page
    assert page.count("<script") == page.count("</script>") == 3  # Leaflet+evacmap, switches, map
    report = page_data(page)["flows"]["features"][0]["properties"]["reports"][0]
    assert report["quote"] == "They said {} and {}".format(*HOSTILE)  # shown as text by the page


def test_article_text_is_not_a_template():
    flows = fixture_flows()
    flows["features"][0]["properties"]["reports"][0]["quote"] = "{{ 7*7 }} {% raw %}"
    page = render(flows, title="{{ 6*7 }}")
    assert '<h1 class="evac-title">{{ 6*7 }}</h1>' in page
    assert page_data(page)["flows"]["features"][0]["properties"]["reports"][0]["quote"] == (
        "{{ 7*7 }} {% raw %}"
    )


def test_title_is_escaped():
    page = render(title="Homs <b>2017</b>")
    assert "<b>2017</b>" not in page
    assert "<title>Homs &lt;b&gt;2017&lt;/b&gt;</title>" in page


def test_flow_width_is_monotone_with_a_minimum_for_no_number():
    widths = [flow_width(n) for n in (0, 10, 100, 1_000, 5_000, 20_000, 50_000, 10**6)]
    assert widths == sorted(widths)
    assert flow_width(None) < min(widths)


def test_page_data_splits_flows_departures_arrivals_and_places():
    data = map_data(fixture_flows(), fixture_places(), basemap=False)
    assert [f["properties"]["destination"] for f in data["flows"]["features"]] == ["Jarablus", "Idlib"]
    assert [f["properties"]["origin"] for f in data["departures"]["features"]] == [
        "al-Waer",
        "Old Homs",
    ]
    [arrival] = data["arrivals"]["features"]
    assert arrival["geometry"] == {"type": "Point", "coordinates": [36.6339, 35.9306]}  # at Idlib
    assert "origin" not in arrival["properties"]  # none: left out like every empty field
    assert arrival["properties"]["radius"] == geo.map.point_radius(3500)
    assert len(data["places"]["features"]) == 5
    assert "countries" not in data
    jarablus = data["flows"]["features"][0]
    assert jarablus["properties"]["width"] == flow_width(2000)
    assert "origin_id" not in jarablus["properties"]  # ids stay out of the page
    assert jarablus["properties"]["reports"][0]["breakdown"] == {"fighters": 400}


def test_page_lists_a_flow_s_episodes_only_when_it_has_several():
    flows = fixture_flows()
    one, several = flows["features"][0], flows["features"][1]
    one["properties"]["episodes"] = [{"date": "2017-05-20", "term": "evacuated", "people": 2000, "reports": ["r1"]}]
    several["properties"]["episodes"] = [
        {"date": "2017-03", "term": "fled", "people": None, "people_min": 2000, "people_max": 9999, "reports": ["r2"]},
        {"date": None, "term": HOSTILE[0], "people": 900, "people_min": 900, "people_max": 900, "status": "planned"},
    ]
    data = map_data(flows, fixture_places(), basemap=False)
    first, second = data["flows"]["features"]
    assert "episodes" not in first["properties"]
    assert second["properties"]["episodes"] == [
        {"date": "2017-03", "term": "fled", "people_min": 2000, "people_max": 9999},  # report ids stay out of the page
        {"term": HOSTILE[0], "people": 900, "people_min": 900, "people_max": 900, "status": "planned"},
    ]
    assert HOSTILE[0] not in render(flows)  # packed, shown with textContent like every other field


def test_page_carries_households_of_a_flow_and_of_its_episodes_and_marks_parts():
    flows = fixture_flows()
    first, second = flows["features"][0], flows["features"][1]
    first["properties"]["households"] = 600
    first["properties"]["reports"][0]["part"] = True
    second["properties"]["episodes"] = [
        {"date": "2017-03", "term": "fled", "people": 2000, "households": 600, "status": "completed"},
        {"date": None, "term": "destroyed housing", "people": None, "households": 900, "status": "completed"},
    ]
    data = map_data(flows, fixture_places(), basemap=False)
    shown, listed = data["flows"]["features"]
    assert shown["properties"]["households"] == 600 and shown["properties"]["reports"][0]["part"] is True
    assert [e.get("households") for e in listed["properties"]["episodes"]] == [600, 900]


def test_a_range_without_a_single_figure_is_drawn_at_its_lower_bound():
    flows = fixture_flows()
    idlib = flows["features"][1]["properties"]
    assert (idlib["people"], idlib["people_min"]) == (None, 2000)  # "thousands are leaving"
    drawn = map_data(flows, fixture_places(), basemap=False)["flows"]["features"][1]
    assert drawn["properties"]["width"] == flow_width(2000) > flow_width(None)


def test_basemap_is_drawn_offline_only():
    countries = map_data(fixture_flows(), fixture_places(), basemap=True)["countries"]
    syria = next(f for f in countries["features"] if f["properties"]["name"] == "Syria")
    lons = [lon for ring in syria["geometry"]["coordinates"] for lon, _ in ring]
    assert 35 < min(lons) < max(lons) < 43  # [lon, lat] order: Syria spans longitudes 35.7-42.4
    assert "countries" in page_data(render())
    assert "countries" not in page_data(render(tiles="osm"))


def test_layer_names():
    groups = {g["facet"]: [o["label"] for o in g["options"]] for g in facets(fixture_flows())}
    assert groups == {
        "show": ["Flows", "Departures, destination not reported", "Arrivals and shelters, origin not reported",
                 "Places"],
        "status": ["planned", "underway", "completed", "unknown"],
        "period": ["2014", "2017"],
    }


def test_movements_without_years_get_an_undated_switch():
    flows = fixture_flows()
    flows["features"][0]["properties"]["years"] = []
    periods = [g for g in facets(flows) if g["facet"] == "period"][0]["options"]
    assert [o["value"] for o in periods] == ["2014", "2017", "undated"]


def test_legend_title_and_attribution_are_on_the_page():
    page = render(title="Homs 2017")
    assert 'class="evac-title">Homs 2017<' in page
    assert "Flows (arrow points to the destination)" in page
    assert "ring: all who left, its flows are parts (not added)" in page
    assert "Arrivals and shelters, origin not reported" in page
    assert f'<rect x="3" y="3" width="13.6" height="13.6" fill="#CCCCCC" stroke="{geo.map.ARRIVAL_STROKE[0]}"' in page
    assert "GeoNames (CC BY 4.0)" in page
    assert "L.control.scale()" in page


def test_page_names_the_parts_of_a_departure_that_totals_flows_and_keeps_their_ids_out():
    flows = fixture_flows()
    departures = [f for f in flows["features"] if f["properties"].get("kind") == "departure"]
    departures[0]["properties"]["parts"] = [{"id": "flow-1", "destination": HOSTILE[0]}]
    data = map_data(flows, fixture_places(), basemap=False)
    first, second = data["departures"]["features"]
    assert first["properties"]["parts"] == [HOSTILE[0]]
    assert "parts" not in second["properties"]


def test_page_says_what_a_running_total_rose_from_and_where_an_onward_legs_people_came_from():
    flows = fixture_flows()
    first, second = [f for f in flows["features"] if f["properties"].get("kind") == "departure"]
    first["properties"]["tally_history"] = [{"id": "r-1", "count_text": HOSTILE[0], "value": 5, "date": None,
                                             "docs": ["a"]}]
    first["properties"]["onward_of"] = [{"id": "flow-3", "origin": HOSTILE[1]}]
    data = map_data(flows, fixture_places(), basemap=False)
    shown, plain = data["departures"]["features"]
    assert (shown["properties"]["tally_history"], shown["properties"]["onward_of"]) == ([HOSTILE[0]], [HOSTILE[1]])
    assert "tally_history" not in plain["properties"] and "onward_of" not in plain["properties"]
    page = render(flows)
    assert "A running total that rose from" in page and "Onward leg from" in page
    assert all(attack not in page for attack in HOSTILE)  # packed, shown with textContent


def test_page_names_the_parts_of_an_arrival_by_their_origins_and_escapes_what_the_article_says():
    flows = fixture_flows()
    [arrival] = [f for f in flows["features"] if f["properties"].get("kind") == "arrival"]
    arrival["properties"]["parts"] = [{"id": "flow-2", "origin": HOSTILE[0]}]
    arrival["properties"]["destination"] = f"Idlib {HOSTILE[1]}"
    arrival["properties"]["reports"][0]["quote"] = f"They said {HOSTILE[0]}"
    [drawn] = map_data(flows, fixture_places(), basemap=False)["arrivals"]["features"]
    assert drawn["properties"]["parts"] == [HOSTILE[0]]
    page = render(flows)
    assert all(attack not in page for attack in HOSTILE)  # packed, shown with textContent like every other field


def _line(origin, destination, start, end):
    properties = {"kind": "flow", "origin": origin, "destination": destination,
                  "destination_id": destination.lower(), "people": 500, "status": "completed", "reports": []}
    return {"type": "Feature", "geometry": {"type": "LineString", "coordinates": [start, end]}, "properties": properties}


def _point(name, kind, lonlat):
    return {"type": "Feature", "geometry": {"type": "Point", "coordinates": lonlat},
            "properties": {"id": name.lower(), "name": name, "kind": kind, "mentions": 1}}


def test_a_line_into_a_whole_country_ends_at_its_nearest_border():
    """A movement "into Russia" says nothing of where in it: the line stops at the border nearest the origin,
    not at the country's point in Siberia; a town destination and a country the origin lies in keep their points."""
    donetsk, russia, kyiv, ukraine = [37.8, 48.0], [100.0, 60.0], [30.52, 50.45], [31.0, 49.0]
    flows = {"type": "FeatureCollection", "features": [
        _line("Donetsk", "Russia", donetsk, russia), _line("Donetsk", "Kyiv", donetsk, kyiv),
        _line("Donetsk", "Ukraine", donetsk, ukraine)]}
    places = {"type": "FeatureCollection", "features": [
        _point("Russia", "country", russia), _point("Kyiv", "city", kyiv), _point("Ukraine", "country", ukraine)]}
    into_russia, to_kyiv, within = map_data(flows, places, basemap=False)["flows"]["features"]
    (_, _), (lon, lat) = into_russia["geometry"]["coordinates"]
    assert into_russia["properties"]["to_border"] is True and 37.8 < lon < 41 and 46 < lat < 50
    assert to_kyiv["geometry"]["coordinates"][1] == kyiv and "to_border" not in to_kyiv["properties"]
    assert within["geometry"]["coordinates"][1] == ukraine and "to_border" not in within["properties"]


def test_an_arrival_in_a_whole_country_stays_on_its_point():
    """People counted where they are sheltered "in Iraq" are a square at the country's point: only a line has an
    end that can stop at a border (an arrival's Point has none), while a line into the country still does."""
    syria, iraq = [38.5, 35.0], [43.5, 33.0]
    arrival = {"type": "Feature", "geometry": {"type": "Point", "coordinates": iraq},
               "properties": {"kind": "arrival", "origin": None, "destination": "Iraq", "destination_id": "iraq",
                              "people": 900, "status": "completed", "reports": []}}
    flows = {"type": "FeatureCollection", "features": [arrival, _line("Syria", "Iraq", syria, iraq)]}
    places = {"type": "FeatureCollection", "features": [_point("Iraq", "country", iraq)]}
    data = map_data(flows, places, basemap=False)
    [square], [line] = data["arrivals"]["features"], data["flows"]["features"]
    assert square["geometry"]["coordinates"] == iraq and "to_border" not in square["properties"]
    assert line["properties"]["to_border"] is True and line["geometry"]["coordinates"][1] != iraq


def test_a_departure_and_the_shelter_at_its_place_carry_their_link_to_the_popup():
    """The page gets ``same_place`` of a circle and a square drawn at one place (their popups say they may be the same
    people, not added); a movement with no such neighbour carries none."""
    at = [43.1, 36.3]

    def point(kind, other):
        return {"type": "Feature", "geometry": {"type": "Point", "coordinates": at},
                "properties": {"kind": kind, "origin": "Halden" if kind == "departure" else None,
                               "destination": "Halden" if kind == "arrival" else None, "people": 900,
                               "status": "completed", "reports": [], "same_place": other}}
    flows = {"type": "FeatureCollection", "features": [point("departure", "arrival-1"), point("arrival", None)]}
    data = map_data(flows, {"type": "FeatureCollection", "features": []}, basemap=False)
    assert data["departures"]["features"][0]["properties"]["same_place"] == "arrival-1"
    assert "same_place" not in data["arrivals"]["features"][0]["properties"]
    assert "may be among the people who left it (not added)" in render(flows)
