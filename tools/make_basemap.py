"""Convert Natural Earth 1:110m countries into the map's offline basemap (run once).

The source is the ``naturalearth_lowres`` shapefile that geopandas 0.14.4 shipped (public domain)::

    pip download geopandas==0.14.4 --no-deps -d /tmp/gpd
    python tools/make_basemap.py /tmp/gpd/geopandas-0.14.4-py3-none-any.whl

writes ``geo/data/countries.geojson``: one Feature per country with its ``name``, coordinates in
GeoJSON's [lon, lat] order rounded to 3 decimals (~100 m, far below what 1:110m can show).
"""
from __future__ import annotations

import argparse
import json
import tempfile
import zipfile
from pathlib import Path

import geopandas
import shapely

SHAPEFILE_IN_WHEEL = "geopandas/datasets/naturalearth_lowres/naturalearth_lowres.shp"
OUTPUT = Path(__file__).resolve().parent.parent / "geo" / "data" / "countries.geojson"
DECIMALS = 3
# A point every reader knows: Damascus must fall inside Syria, so swapped axes cannot pass.
CHECK_COUNTRY, CHECK_LON_LAT = "Syria", (36.29, 33.51)


def read_countries(wheel: Path) -> geopandas.GeoDataFrame:
    """The countries from inside the wheel, in WGS 84."""
    # GDAL's /vsizip/ does not recognise the .whl extension, so unpack the shapefile's parts.
    stem = SHAPEFILE_IN_WHEEL.removesuffix(".shp")
    with zipfile.ZipFile(wheel) as archive, tempfile.TemporaryDirectory() as tmp:
        archive.extractall(tmp, [n for n in archive.namelist() if n.startswith(stem + ".")])
        return geopandas.read_file(Path(tmp) / SHAPEFILE_IN_WHEEL).to_crs("EPSG:4326")


def compact_feature(name: str, geometry) -> dict:
    """A Feature with rounded coordinates; rounding can collapse rings, which ``make_valid`` mends."""
    rounded = shapely.make_valid(shapely.set_precision(geometry, 10**-DECIMALS))
    return {
        "type": "Feature",
        "properties": {"name": name},
        "geometry": json.loads(shapely.to_geojson(rounded)),
    }


def check_axis_order(frame: geopandas.GeoDataFrame) -> None:
    """Fail loudly if longitude and latitude were swapped on the way in."""
    bounds = frame.total_bounds.round(DECIMALS)  # minx, miny, maxx, maxy; the source has 180.00000000000006
    if not (-180 <= bounds[0] and bounds[2] <= 180 and -90 <= bounds[1] and bounds[3] <= 90):
        raise SystemExit(f"coordinates out of range, axes swapped? bounds={bounds}")
    country = frame.loc[frame["name"] == CHECK_COUNTRY].geometry.iloc[0]
    if not country.contains(shapely.Point(*CHECK_LON_LAT)):
        raise SystemExit(f"{CHECK_LON_LAT} is not in {CHECK_COUNTRY}: axes swapped?")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("wheel", type=Path, help="geopandas-0.14.4-py3-none-any.whl")
    parser.add_argument("--output", type=Path, default=OUTPUT)
    args = parser.parse_args()

    frame = read_countries(args.wheel)
    check_axis_order(frame)
    features = [compact_feature(name, geom) for name, geom in zip(frame["name"], frame.geometry)]
    collection = {"type": "FeatureCollection", "features": features}
    text = json.dumps(collection, separators=(",", ":"), ensure_ascii=False)
    args.output.write_text(text + "\n", encoding="utf-8")
    print(f"{len(features)} countries, {len(text) / 1e3:.0f} kB -> {args.output}")


if __name__ == "__main__":
    main()
