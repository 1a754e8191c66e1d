"""How long the map of 10,000 flows takes to build and render, and how big the page is.

    .venv/bin/python bench/map_bench.py [--flows 10000] [--seed 7]

The flows are synthetic (fixed seed) but shaped like ``evacmap build`` output: 15% departures,
a fifth without a number, one to three reports each with a quote of 80-220 characters. The baseline
is ``json.dumps`` of the same two FeatureCollections, measured in the same run: the page cannot be
much smaller than its data, nor built much faster than the data is serialised.
Targets: under 2 s and under 5 MB for 10,000 flows.
"""
from __future__ import annotations

import argparse
import json
import random
import time

from geo.map import build_map, render_map

STATUSES = ("planned", "underway", "completed", "unknown")
SOURCES = ("the Homs Media Center", "the governor", "the UN", "a local council", None)
WORDS = (
    "people buses residents left fighters families arrived under the agreement from for were "
    "evacuated on Saturday convoy crossing town camp displaced civilians according to officials"
).split()


def synthetic_places(rng: random.Random, count: int) -> list[dict]:
    places = []
    for i in range(count):
        lon, lat = round(rng.uniform(35.5, 42.0), 4), round(rng.uniform(32.5, 37.3), 4)
        properties = {
            "id": f"p{i}", "name": f"Place {i}", "kind": "town", "country": "SY",
            "mentions": rng.randint(1, 60), "docs": [f"{i:03d}_{i:016x}"],
            "surface_forms": [f"Place {i}"], "role": rng.choice(["origin", "destination", "both"]),
        }  # fmt: skip
        geometry = {"type": "Point", "coordinates": [lon, lat]}
        places.append({"type": "Feature", "id": f"p{i}", "geometry": geometry, "properties": properties})
    return places


def synthetic_report(rng: random.Random, i: int, people: int | None, year: int) -> dict:
    quote = " ".join(rng.choice(WORDS) for _ in range(rng.randint(14, 36))).capitalize() + "."
    return {
        "id": f"r{i}", "docs": [f"{rng.randint(0, 999):03d}_{rng.getrandbits(64):016x}"],
        "quote": quote, "count_text": f"{people:,}" if people else None, "value": people,
        "min": people, "max": people, "unit": "people",
        "breakdown": {"fighters": people // 5} if people and rng.random() < 0.1 else {},
        "status": rng.choice(STATUSES), "date": f"{year}-{rng.randint(1, 12):02d}",
        "attributed_to": rng.choice(SOURCES), "destinations": [], "shared": rng.random() < 0.05,
        "cumulative": False, "batch": rng.random() < 0.1,
    }  # fmt: skip


def synthetic_flows(rng: random.Random, places: list[dict], count: int) -> list[dict]:
    flows = []
    for i in range(count):
        origin, destination = rng.sample(places, 2)
        departure = rng.random() < 0.15
        people = None if rng.random() < 0.2 else int(rng.lognormvariate(7, 1.5))
        year = rng.randint(2012, 2020)
        reports = [synthetic_report(rng, i * 3 + k, people, year) for k in range(rng.randint(1, 3))]
        o, d = origin["properties"], destination["properties"]
        geometry = (
            {"type": "Point", "coordinates": origin["geometry"]["coordinates"]}
            if departure
            else {"type": "LineString", "coordinates": [origin["geometry"]["coordinates"],
                                                        destination["geometry"]["coordinates"]]}
        )  # fmt: skip
        properties = {
            "id": f"f{i}", "kind": "departure" if departure else "flow",
            "origin": o["name"], "origin_id": o["id"],
            "destination": None if departure else d["name"],
            "destination_id": None if departure else d["id"],
            "people": people, "people_min": people, "people_max": people,
            "status": rng.choice(STATUSES), "years": [year], "reports": reports,
        }  # fmt: skip
        flows.append({"type": "Feature", "id": f"f{i}", "geometry": geometry, "properties": properties})
    return flows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--flows", type=int, default=10_000)
    parser.add_argument("--places", type=int, default=500)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()

    rng = random.Random(args.seed)
    place_features = synthetic_places(rng, args.places)
    flows = {"type": "FeatureCollection", "features": synthetic_flows(rng, place_features, args.flows)}
    places = {"type": "FeatureCollection", "features": place_features}

    start = time.perf_counter()
    baseline = json.dumps(flows) + json.dumps(places)
    baseline_seconds = time.perf_counter() - start

    start = time.perf_counter()
    m = build_map(flows, places)
    built = time.perf_counter()
    page = render_map(m)
    done = time.perf_counter()

    page_mb, baseline_mb = len(page.encode()) / 1e6, len(baseline.encode()) / 1e6
    print(f"flows: {args.flows:,}  places: {args.places:,}  seed: {args.seed}")
    print(f"build {built - start:.2f} s + render {done - built:.2f} s = {done - start:.2f} s"
          f"  (json.dumps baseline {baseline_seconds:.2f} s, x{(done - start) / baseline_seconds:.1f})")
    print(f"page {page_mb:.2f} MB  (json.dumps baseline {baseline_mb:.2f} MB,"
          f" x{page_mb / baseline_mb:.2f})")


if __name__ == "__main__":
    main()
