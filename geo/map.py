"""The interactive evacuation map: one self-contained HTML page that works offline.

``build_map`` turns the ``flows.geojson`` / ``places.geojson`` collections of ``evacmap build`` into a
folium Map; ``render_map`` turns that into the page. The page carries everything it needs inline
(Leaflet from xstatic-leaflet, Natural Earth country outlines from ``geo/data``, the drawing code from
``geo/assets``), so it opens from disk with no network. An online tile layer is added only when asked.

The features reach the page as one JSON document; ``geo/assets/evacmap.js`` draws all flows through
one Leaflet GeoJSON layer and builds every popup with textContent, so nothing from an article is ever
parsed as HTML. Scales (widths, radii, colours) live here, shared by the drawing and the legend.
"""
from __future__ import annotations

import base64
import functools
import html
import itertools
import json
import math
import re
import zlib
from importlib import resources
from pathlib import Path

import folium
import xstatic.pkg.leaflet
from branca.element import Element, Figure
from shapely import affinity
from shapely.geometry import MultiPolygon, Point, Polygon
from shapely.ops import nearest_points

from gazetteer.errors import EvacmapError
from gazetteer.online import attribution_for
from geo.model import STATUSES

ATTRIBUTION = (
    "Places: GeoNames (CC BY 4.0), Natural Earth (public domain); "
    "reports: the cited articles"
)
# Okabe-Ito colours: distinguishable with the common colour-vision deficiencies.
STATUS_COLORS = {
    "planned": "#E69F00",
    "underway": "#CC79A7",
    "completed": "#009E73",
    "unknown": "#8C8C8C",
}
ROLE_COLORS = {
    "origin": "#B2182B",
    "destination": "#2166AC",
    "both": "#6A3D9A",
    "mentioned": "#9E9E9E",
}
ROLE_LABELS = {
    "origin": "origin",
    "destination": "destination",
    "both": "origin and destination",
    "mentioned": "mentioned only",
}
TILE_ALIASES = {"osm": "OpenStreetMap"}

NO_FIGURE_WIDTH = 1.5  # thinner than any flow with a number, and drawn dashed
FLOW_WIDTHS = (2.0, 16.0)  # pixels, from a handful of people to FULL_SCALE_PEOPLE and beyond
POINT_RADII = (4.0, 30.0)  # departures and arrivals (``POINT_KINDS``) alike: one scale of people at one place
# An arrival is a square (of a departure's area) outlined in the destinations' colour, thicker than a departure's
# dark hairline, so the two kinds of point (people who left a place, people who reached one) never read as each other.
ARRIVAL_STROKE = (ROLE_COLORS["destination"], 2)
FULL_SCALE_PEOPLE = 50_000
COORDINATE_DECIMALS = 4  # ~11 m: finer than any place the gazetteer resolves
PACK_LEVEL = 6  # zlib's default: level 9 saves ~1% more for twice the time

MOVEMENT_KEYS = ("kind", "origin", "destination", "people", "people_min", "people_max", "households", "status",
                 "same_place")
REPORT_KEYS = (
    "count_text", "unit", "breakdown", "quote", "attributed_to", "date", "status", "docs",
    "destinations", "shared", "cumulative", "batch", "part", "additional", "origin_inferred", "summed_from",
)  # fmt: skip
EPISODE_KEYS = ("date", "term", "people", "people_min", "people_max", "households", "status")
POINT_KINDS = ("departure", "arrival")  # movements drawn at one place: where people left, where they arrived
PLACE_KEYS = ("name", "kind", "country", "mentions", "docs", "surface_forms", "role")


class MapError(EvacmapError, ValueError):
    """The map cannot be built as asked (an unknown tile provider, ...)."""


# --- scales ---------------------------------------------------------------------------------------


def _sqrt_scale(people: int, low: float, high: float) -> float:
    """Square-root scale, so that the drawn size grows like the area a crowd covers."""
    share = math.sqrt(max(people, 0) / FULL_SCALE_PEOPLE)
    return round(min(high, low + (high - low) * share), 1)


def flow_width(people: int | None) -> float:
    """Line width in pixels for a flow of ``people``; a flow with no number gets the minimum.

    >>> flow_width(None)
    1.5
    >>> flow_width(0), flow_width(500), flow_width(2_000), flow_width(12_000)
    (2.0, 3.4, 4.8, 8.9)
    >>> flow_width(50_000), flow_width(1_000_000)
    (16.0, 16.0)
    """
    if people is None:
        return NO_FIGURE_WIDTH
    return _sqrt_scale(people, *FLOW_WIDTHS)


def point_radius(people: int | None) -> float:
    """Radius in pixels of the symbol of a departure or an arrival (a square of that circle's area); its area is
    proportional to ``people``.

    >>> point_radius(None), point_radius(1_500), point_radius(12_000)
    (4.0, 8.5, 16.7)
    """
    if people is None:
        return POINT_RADII[0]
    return _sqrt_scale(people, *POINT_RADII)


def place_radius(mentions: int | None) -> float:
    """Radius in pixels of a place marker, growing with how often the articles mention the place.

    >>> place_radius(None), place_radius(1), place_radius(9), place_radius(400)
    (3.0, 4.5, 7.5, 14.0)
    """
    return round(min(14.0, 3.0 + 1.5 * math.sqrt(mentions or 0)), 1)


# --- data for the page ----------------------------------------------------------------------------


def script_json(value) -> str:
    """JSON that can sit inside a <script> element: ``<``, ``>`` and ``&`` are escaped, so a quote
    containing ``</script>`` cannot close the element.

    >>> script_json({"quote": "</script><b>&"})
    '{"quote":"\\\\u003c/script\\\\u003e\\\\u003cb\\\\u003e\\\\u0026"}'
    """
    text = json.dumps(value, separators=(",", ":"), ensure_ascii=False)
    for char, escaped in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"),
                          ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):  # fmt: skip
        text = text.replace(char, escaped)
    return text


def pack(data: dict) -> str:
    """The page's data as base64 of deflated JSON: article text compresses about fourfold, which
    keeps a map of 10,000 flows under 5 MB, and base64 cannot close a <script> element.
    The browser inflates it with DecompressionStream ("deflate").

    >>> "<" in pack({"quote": "</script>"})
    False
    >>> json.loads(zlib.decompress(base64.b64decode(pack({"quote": "</script>"}))))
    {'quote': '</script>'}
    """
    text = json.dumps(data, separators=(",", ":"), ensure_ascii=False)
    return base64.b64encode(zlib.compress(text.encode("utf-8"), PACK_LEVEL)).decode("ascii")


def _present(properties: dict, keys: tuple[str, ...]) -> dict:
    """The listed properties that say something: empty values are left out to keep the page small
    (but a count of 0 says something).

    >>> _present({"people": 0, "quote": "", "shared": False, "docs": [], "date": None}, REPORT_KEYS + ("people",))
    {'people': 0}
    """
    return {
        k: properties[k]
        for k in keys
        if properties.get(k) is not None and properties[k] is not False
        and properties[k] not in ("", [], {})
    }


def _rounded(coordinates):
    if isinstance(coordinates[0], (int, float)):
        return [round(c, COORDINATE_DECIMALS) for c in coordinates]
    return [_rounded(c) for c in coordinates]


def _feature(geometry: dict, properties: dict) -> dict:
    geometry = {"type": geometry["type"], "coordinates": _rounded(geometry["coordinates"])}
    return {"type": "Feature", "geometry": geometry, "properties": properties}


@functools.cache
def _country_outlines() -> dict[str, MultiPolygon]:
    """Each Natural Earth country outline (lon, lat; outer rings), by lower-cased name."""
    outlines = {}
    for feature in json.loads(_package_text("data/countries.geojson"))["features"]:
        geometry = feature["geometry"]
        polygons = geometry["coordinates"] if geometry["type"] == "MultiPolygon" else [geometry["coordinates"]]
        outlines[feature["properties"]["name"].lower()] = MultiPolygon([Polygon(polygon[0]) for polygon in polygons])
    return outlines


def nearest_border(point: tuple[float, float], country: MultiPolygon) -> tuple[float, float] | None:
    """The point of a country's outline nearest to ``point`` (lon, lat); None when ``point`` is inside the country.
    Longitudes are shrunk by the cosine of the point's latitude, near enough for choosing a border.

    >>> square = MultiPolygon([Polygon([(0.0, 0.0), (10.0, 0.0), (10.0, 10.0), (0.0, 10.0)])])
    >>> nearest_border((-5.0, 4.0), square), nearest_border((5.0, 5.0), square)
    ((0.0, 4.0), None)
    """
    here = Point(point)
    if any(polygon.contains(here) for polygon in country.geoms):
        return None
    scale = math.cos(math.radians(point[1]))
    squeezed = affinity.scale(country.boundary, xfact=scale, yfact=1.0, origin=(0.0, 0.0))
    _, nearest = nearest_points(affinity.scale(here, xfact=scale, yfact=1.0, origin=(0.0, 0.0)), squeezed)
    return nearest.x / scale, nearest.y


def movement_feature(feature: dict, to_country: bool = False) -> dict:
    """A flow, departure or arrival as the page needs it: popup fields, years and its drawn size. A flow ``to_country``
    (its destination is a whole country) ends at that country's border nearest to the origin, not at the
    country's point deep inside it (Russia's is in Siberia): the report says only that people went into it."""
    p = feature["properties"]
    geometry = feature["geometry"]
    # Only a line has an end to move: an arrival in a whole country ("sheltered in Iraq") stays on its point.
    into_country = to_country and geometry["type"] == "LineString"
    outline = _country_outlines().get((p.get("destination") or "").lower()) if into_country else None
    border = nearest_border(tuple(geometry["coordinates"][0]), outline) if outline else None
    if border is not None:
        geometry = {"type": "LineString", "coordinates": [geometry["coordinates"][0], list(border)]}
    properties = _present(p, MOVEMENT_KEYS)
    if border is not None:
        properties["to_border"] = True
    properties["years"] = list(p.get("years") or [])  # kept when empty: it means "undated"
    properties["reports"] = [_present(r, REPORT_KEYS) for r in p.get("reports") or []]
    episodes = p.get("episodes") or []
    if len(episodes) > 1:  # one movement needs no list: its estimate is the flow's
        properties["episodes"] = [_present(e, EPISODE_KEYS) for e in episodes]
    if p.get("totals"):  # sums evacmap computed of this flow's figure and others: listed, never drawn
        properties["totals"] = [_present(r, REPORT_KEYS) for r in p["totals"]]
    if p.get("parts"):  # a departure (an arrival) that totals flows from its origin (into its place): a ring
        properties["parts"] = [part.get("destination") or part.get("origin") for part in p["parts"]]
    if p.get("tally_history"):  # the running totals its figure rose from: said in words, never drawn as a range
        properties["tally_history"] = [t["count_text"] for t in p["tally_history"]]
    if p.get("onward_of"):  # from a transit point: where the people it may carry came from
        properties["onward_of"] = [leg["origin"] for leg in p["onward_of"]]
    # A range with no single figure ("thousands have left") is drawn at its lower bound: at least that many moved.
    drawn = p.get("people") if p.get("people") is not None else p.get("people_min")
    if p.get("kind") in POINT_KINDS:
        properties["radius"] = point_radius(drawn)
    else:
        properties["width"] = flow_width(drawn)
    return _feature(geometry, properties)


def place_feature(feature: dict) -> dict:
    properties = _present(feature["properties"], PLACE_KEYS)
    properties["radius"] = place_radius(feature["properties"].get("mentions"))
    return _feature(feature["geometry"], properties)


def map_data(flows: dict, places: dict, *, basemap: bool) -> dict:
    """Everything the page draws, split by layer; places are drawn biggest first so small ones stay
    clickable on top."""
    countries = {f["properties"].get("id") for f in places.get("features", []) if f["properties"].get("kind") == "country"}
    movements = [movement_feature(f, f["properties"].get("destination_id") in countries)
                 for f in flows.get("features", [])]
    place_features = sorted(
        (place_feature(f) for f in places.get("features", [])),
        key=lambda f: -f["properties"]["radius"],
    )
    data = {
        "flows": _collection(f for f in movements if f["properties"].get("kind") not in POINT_KINDS),
        "departures": _collection(f for f in movements if f["properties"].get("kind") == "departure"),
        "arrivals": _collection(f for f in movements if f["properties"].get("kind") == "arrival"),
        "places": _collection(place_features),
    }
    if basemap:
        data["countries"] = json.loads(_package_text("data/countries.geojson"))
    return data


def _collection(features) -> dict:
    return {"type": "FeatureCollection", "features": list(features)}


def facets(flows: dict) -> list[dict]:
    """The switches of the filter panel: what to show, which statuses and, when the reports carry
    dates, which years ("undated" for movements without one).

    >>> [(g["facet"], [o["value"] for o in g["options"]]) for g in facets({"features": []})]
    [('show', ['flows', 'departures', 'arrivals', 'places']), ('status', ['planned', 'underway', 'completed', 'unknown'])]
    """
    groups = [
        {"facet": "show", "title": "Show", "options": [
            {"value": "flows", "label": "Flows"},
            {"value": "departures", "label": "Departures, destination not reported"},
            {"value": "arrivals", "label": "Arrivals and shelters, origin not reported"},
            {"value": "places", "label": "Places"},
        ]},
        {"facet": "status", "title": "Status", "options": [
            {"value": s, "label": s, "color": STATUS_COLORS[s]} for s in STATUSES
        ]},
    ]  # fmt: skip
    years_lists = [f["properties"].get("years") or [] for f in flows.get("features", [])]
    years = sorted({year for years in years_lists for year in years})
    if years:
        periods = [{"value": str(y), "label": str(y)} for y in years]
        if any(not ys for ys in years_lists):
            periods.append({"value": "undated", "label": "undated"})
        groups.append({"facet": "period", "title": "Period", "options": periods})
    return groups


# --- page furniture -------------------------------------------------------------------------------


def _line_sample(width: float, color: str = "#555555", dashed: bool = False) -> str:
    dash = ' stroke-dasharray="6 5"' if dashed else ""
    return (
        f'<svg width="44" height="18" aria-hidden="true"><line x1="2" y1="9" x2="42" y2="9" '
        f'stroke="{color}" stroke-width="{width}"{dash}/></svg>'
    )


def _circle_sample(radius: float, fill: str, stroke: str = "#333333") -> str:
    size = 2 * radius + 4
    return (
        f'<svg width="{size:g}" height="{size:g}" aria-hidden="true"><circle cx="{size / 2:g}" '
        f'cy="{size / 2:g}" r="{radius:g}" fill="{fill}" stroke="{stroke}" fill-opacity="0.8"/></svg>'
    )


def _square_sample(radius: float, fill: str, stroke: str, stroke_width: float) -> str:
    """An arrival's square: the area of a circle of ``radius``, as the page draws it (``evacmap.js``)."""
    side = round(radius * math.sqrt(math.pi), 1)
    size = side + 2 * stroke_width + 2
    return (
        f'<svg width="{size:g}" height="{size:g}" aria-hidden="true"><rect x="{stroke_width + 1:g}" '
        f'y="{stroke_width + 1:g}" width="{side:g}" height="{side:g}" fill="{fill}" stroke="{stroke}" '
        f'stroke-width="{stroke_width:g}" fill-opacity="0.8"/></svg>'
    )


def _legend_list(rows: list[tuple[str, str]]) -> str:
    items = "".join(f"<li>{sample}<span>{html.escape(label)}</span></li>" for sample, label in rows)
    return f"<ul>{items}</ul>"


def legend_html() -> str:
    """The legend: flow widths, status colours, departure and arrival sizes and place roles, from the same
    scales the drawing uses."""
    widths = [(_line_sample(flow_width(None), dashed=True), "no figure given")] + [
        (_line_sample(flow_width(n)), f"{n:,} people") for n in (1_000, 10_000, FULL_SCALE_PEOPLE)
    ] + [(_line_sample(4), "to a whole country: ends at its nearest border")]
    statuses = [(_line_sample(4, STATUS_COLORS[s]), s) for s in STATUSES]
    departures = [
        (_circle_sample(point_radius(n), "#CCCCCC"), f"{n:,} people") for n in (1_000, 10_000)
    ] + [(_circle_sample(point_radius(10_000), "none"), "ring: all who left, its flows are parts (not added)")]
    arrivals = [
        (_square_sample(point_radius(n), "#CCCCCC", *ARRIVAL_STROKE), f"{n:,} people") for n in (1_000, 10_000)
    ] + [(_square_sample(point_radius(10_000), "none", *ARRIVAL_STROKE),
          "hollow: all who arrived, its flows are parts (not added)")]
    roles = [(_circle_sample(5, ROLE_COLORS[r], "#FFFFFF"), ROLE_LABELS[r]) for r in ROLE_COLORS]
    return (
        '<div class="evac-legend">'
        "<h4>Flows (arrow points to the destination)</h4>" + _legend_list(widths)
        + "<h4>Status</h4>" + _legend_list(statuses)
        + "<h4>Departures, destination not reported</h4>" + _legend_list(departures)
        + "<h4>Arrivals and shelters, origin not reported</h4>" + _legend_list(arrivals)
        + "<h4>Places (size: how often mentioned)</h4>" + _legend_list(roles)
        + "</div>"
    )  # fmt: skip


@functools.cache
def _package_text(relative: str) -> str:
    return resources.files("geo").joinpath(relative).read_text(encoding="utf-8")


def _data_uri(path: Path) -> str:
    return "data:image/png;base64," + base64.b64encode(path.read_bytes()).decode("ascii")


@functools.cache
def leaflet_assets() -> tuple[str, str]:
    """Leaflet's CSS and JS from xstatic-leaflet, made self-contained: the CSS's images become data
    URIs and the source-map comment goes (a page opened from disk has no map file next to it)."""
    base = Path(xstatic.pkg.leaflet.BASE_DIR)
    css = re.sub(
        r"url\((images/[^)]+\.png)\)",
        lambda m: f"url({_data_uri(base / m.group(1))})",
        (base / "leaflet.css").read_text(encoding="utf-8"),
    )
    js = re.sub(r"//# sourceMappingURL=\S+", "", (base / "leaflet.js").read_text(encoding="utf-8"))
    return css, js


class RawHTML(Element):
    """Text that goes into the page as it is.

    branca's ``Element(text)`` compiles its text as a jinja template: with article text inside,
    ``{{ ... }}`` in a quote would be evaluated while rendering (and lexing megabytes of data takes
    seconds). Everything evacmap puts on the page goes through this class instead.
    """

    def __init__(self, text: str):
        super().__init__()
        self._name = "RawHTML"
        self.text = text

    def render(self, **kwargs) -> str:
        return self.text


def inline_assets() -> RawHTML:
    """Leaflet and the evacmap drawing code, inline in the page's <head>."""
    leaflet_css, leaflet_js = leaflet_assets()
    css = leaflet_css + "\n" + _package_text("assets/evacmap.css")
    js = leaflet_js + "\n" + _package_text("assets/evacmap.js")
    return RawHTML(f"<style>{css}</style>\n<script>{js}</script>")


class EvacuationLayers(Element):
    """Flows, departures, arrivals, places and the offline basemap, drawn by ``evacmap.draw`` on the map
    this element is added to; ``data`` travels packed (see ``pack``)."""

    def __init__(self, data: dict, options: dict):
        super().__init__()
        self._name = "EvacuationLayers"
        self.packed, self.options = pack(data), script_json(options)

    def render(self, **kwargs) -> str:
        call = f'evacmap.draw({self._parent.get_name()}, "{self.packed}", {self.options});'
        self.get_root().script.add_child(RawHTML(call), name=self.get_name())
        return ""


def tile_layer(tiles: str) -> folium.TileLayer:
    """The online tile layer a provider name asks for; an unknown name raises ``MapError``."""
    try:
        return folium.TileLayer(TILE_ALIASES.get(tiles.lower(), tiles))
    except ValueError:
        raise MapError(
            f"unknown tiles {tiles!r}: give a tile provider name such as 'osm', 'OpenStreetMap' "
            "or 'CartoDB Positron', or leave tiles out for the offline basemap"
        ) from None


# --- the map --------------------------------------------------------------------------------------


def build_map(
    flows: dict, places: dict, *, title: str = "Evacuations", tiles: str | None = None
) -> folium.Map:
    """The evacuation map of ``flows`` and ``places`` (FeatureCollections as ``evacmap build``
    writes them). ``tiles=None`` keeps it offline, on Natural Earth country outlines; a provider
    name ("osm", "OpenStreetMap", ...) draws that online tile layer instead."""
    m = folium.Map(tiles=None, control_scale=True)
    # folium's defaults load Leaflet, jQuery, Bootstrap and Font Awesome from CDNs; this page
    # uses none of folium's widgets that need them, and brings Leaflet inline.
    m.default_js, m.default_css = [], []
    if tiles is not None:
        m.add_child(tile_layer(tiles))
    figure = m.get_root()
    figure.title = html.escape(title)
    figure.header.add_child(inline_assets(), name="evacmap_assets")
    figure.html.add_child(RawHTML(f'<h1 class="evac-title">{html.escape(title)}</h1>'), name="title")
    figure.html.add_child(RawHTML(legend_html()), name="legend")
    # An online geocoder's answers on the map owe it a credit; offline maps stay as they were.
    credits = attribution_for(f["properties"]["id"] for f in places["features"])
    options = {
        "attribution": html.escape("; ".join([ATTRIBUTION, *credits])),
        "status_colors": STATUS_COLORS,
        "role_colors": ROLE_COLORS,
        "arrival_stroke": ARRIVAL_STROKE,
        "facets": facets(flows),
    }
    m.add_child(EvacuationLayers(map_data(flows, places, basemap=tiles is None), options))
    return m


def _number_elements(figure: Figure) -> None:
    """folium names elements after random ids (os.urandom); number them in tree order instead, so
    the same map always renders to the same bytes."""
    counter = itertools.count()

    def visit(element: Element) -> None:
        element._id = f"{next(counter):04d}"
        for child in element._children.values():
            visit(child)

    for part in (figure, figure.header, figure.html, figure.script):
        visit(part)


def render_map(m: folium.Map) -> str:
    """The page as one self-contained HTML string; the same map gives byte-identical output."""
    figure = m.get_root()
    _number_elements(figure)
    return figure.render()
