"""Hand-made inputs for the map tests, shaped like the ``flows.geojson`` / ``places.geojson`` that
``evacmap build`` writes. ``map_sources`` lists the inputs the generic tests run on; the real
``maps/`` output joins them as soon as it exists."""
from __future__ import annotations

import json
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
HOSTILE = ("<script>alert(1)</script>", "<img src=x onerror=alert(1)>")

# name -> (lat, lon), as a reader would look them up
PLACES = {
    "al-Waer": (34.741, 36.668),
    "Jarablus": (36.8175, 38.0111),
    "Idlib": (35.9306, 36.6339),
    "Old Homs": (34.731, 36.714),
    "Damascus": (33.5102, 36.2913),
}


def lon_lat(name: str) -> list[float]:
    lat, lon = PLACES[name]
    return [lon, lat]


def report(id, quote, count_text=None, value=None, *, docs=("003_7545182a43752d89",), **extra):
    fields = {
        "id": id, "docs": list(docs), "quote": quote, "count_text": count_text, "value": value,
        "min": value, "max": value, "unit": "people", "breakdown": {}, "status": "unknown",
        "date": None, "attributed_to": None, "destinations": [], "shared": False,
        "cumulative": False, "batch": False,
    }  # fmt: skip
    return fields | extra


def movement(id, origin, destination, people, status, years, reports, people_range=None):
    """A flow, or a departure (no destination), or an arrival (no origin)."""
    low, high = people_range or (people, people)
    geometry = (
        {"type": "LineString", "coordinates": [lon_lat(origin), lon_lat(destination)]}
        if origin and destination
        else {"type": "Point", "coordinates": lon_lat(origin or destination)}
    )
    properties = {
        "id": id, "kind": "arrival" if not origin else "flow" if destination else "departure",
        "origin": origin, "origin_id": origin.lower() if origin else None,
        "destination": destination, "destination_id": destination.lower() if destination else None,
        "people": people, "people_min": low, "people_max": high, "status": status,
        "years": years, "reports": reports,
    }  # fmt: skip
    return {"type": "Feature", "id": id, "geometry": geometry, "properties": properties}


def place(name, role, mentions, kind="neighbourhood", country="SY"):
    properties = {
        "id": name.lower(), "name": name, "kind": kind, "country": country,
        "mentions": mentions, "docs": ["003_7545182a43752d89"], "surface_forms": [name],
        "role": role,
    }  # fmt: skip
    geometry = {"type": "Point", "coordinates": lon_lat(name)}
    return {"type": "Feature", "id": name.lower(), "geometry": geometry, "properties": properties}


def collection(features):
    return {"type": "FeatureCollection", "features": features}


def fixture_flows() -> dict:
    return collection([
        movement("waer-jarablus", "al-Waer", "Jarablus", 2000, "completed", [2017], [
            report(
                "r1", "Some 2,000 people, including 400 fighters, left al-Waer for Jarablus on "
                "Saturday, the Homs Media Center said.", "2,000", 2000,
                breakdown={"fighters": 400}, status="completed", date="2017-05-20",
                attributed_to="The Homs Media Center", destinations=["Jarablus"],
                docs=["003_7545182a43752d89", "004_51bec713c1d4a1ee"],
            ),
        ]),
        movement("waer-idlib", "al-Waer", "Idlib", None, "underway", [2017], [
            report(
                "r2", "Thousands of residents are leaving al-Waer for Idlib and Jarablus.",
                "thousands", None, min=2000, status="underway", date="2017-03",
                destinations=["Idlib", "Jarablus"], shared=True,
            ),
        ], people_range=(2000, None)),
        movement("waer-departure", "al-Waer", None, 12000, "planned", [2017], [
            report(
                "r3", "Up to 12,000 people are expected to leave al-Waer under the agreement.",
                "up to 12,000", 12000, status="planned", date="2017-03-13",
                attributed_to="Governor Talal Barazi", cumulative=True,
            ),
        ], people_range=(None, 12000)),
        movement("old-homs-departure", "Old Homs", None, 1500, "completed", [2014], [
            report(
                "r4", "The first 1,500 people were evacuated from the Old City of Homs.",
                "1,500", 1500, status="completed", date="2014", batch=True,
                docs=["001_11605675adc1a9a5"],
            ),
        ]),
        movement("idlib-arrival", None, "Idlib", 3500, "completed", [2017], [
            report(
                "r5", "About 3,500 evacuees are staying in schools and camps in Idlib, aid workers said.",
                "about 3,500", 3500, status="completed", date="2017-05-22", attributed_to="aid workers",
                destinations=["Idlib"],
            ),
        ]),
    ])  # fmt: skip


def fixture_places() -> dict:
    return collection([
        place("al-Waer", "origin", 6),
        place("Jarablus", "destination", 2, kind="town"),
        place("Idlib", "destination", 4, kind="city"),
        place("Old Homs", "origin", 3),
        place("Damascus", "mentioned", 5, kind="city"),
    ])  # fmt: skip


def hostile_collections() -> tuple[dict, dict]:
    """An article that tries to inject markup through every text field the popups show."""
    script, img = HOSTILE
    flows = collection([
        movement("hostile", "al-Waer", "Jarablus", 10, "completed", [2017], [
            report("rx", f"They said {script} and {img}", f"10 {img}", 10,
                   attributed_to=f"Agency {script}", docs=[f"doc{img}"], date="2017"),
        ]),
    ])  # fmt: skip
    flows["features"][0]["properties"]["origin"] = f"al-Waer {img}"
    places = collection([place("al-Waer", "origin", 1), place("Jarablus", "destination", 1)])
    places["features"][0]["properties"]["name"] = f"al-Waer {script}"
    return flows, places


def read_maps_dir(directory: Path) -> tuple[dict, dict]:
    def read(name: str) -> dict:
        return json.loads((directory / name).read_text(encoding="utf-8"))

    return read("flows.geojson"), read("places.geojson")


def map_sources() -> dict[str, tuple[dict, dict]]:
    """The inputs every generic map test runs on: the fixture, plus ``maps/`` once it is built."""
    sources = {"fixture": (fixture_flows(), fixture_places())}
    if (REPO / "maps" / "flows.geojson").exists():
        sources["maps"] = read_maps_dir(REPO / "maps")
    return sources
