"""The ``evacmap`` command: a thin layer over ``geo.pipeline``, ``geo.exports`` and ``gazetteer``.

Library errors become one-line messages on stderr with exit code 1, never a traceback.
"""
from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import click

from gazetteer import Gazetteer, online
from gazetteer.errors import EvacmapError
from geo.documents import SUFFIXES, as_read, input_files, read_documents
from geo.errors import DocumentWarning
from geo.places import find_places

if TYPE_CHECKING:
    from geo.pipeline import Evacuations

PROGRESS_FROM_BYTES = 1_000_000  # about two seconds of reading: below that a bar only flickers

gazetteer_option = click.option(
    "--gazetteer", "extra_csvs", multiple=True, type=click.Path(dir_okay=False),
    help="Extra places CSV (id,name,aliases,lat,lon,kind,country,parent,provenance); repeatable.")
quiet_option = click.option("--quiet", "-q", is_flag=True, help="No progress or summary on stderr.")


def geocoder_options(command):
    """--geocoder, --user-agent and --geocoder-url, spelled the same on every command."""
    command = click.option(
        "--geocoder-url", metavar="URL",
        help="Another instance of the geocoder, e.g. a self-hosted Nominatim (http://localhost:8080).")(command)
    command = click.option(
        "--user-agent", metavar="TEXT",
        help='Who is asking, required with --geocoder: "evacmap-myproject (me@example.org)".')(command)
    return click.option(
        "--geocoder", type=click.Choice(sorted(online.GEOCODERS)), default=None,
        help="Look up names no offline source knows with this online service, at most one request a "
             "second, answers cached. Default: offline only.")(command)


def _load_gazetteer(extra_csvs: tuple[str, ...], geocoder: str | None = None,
                    user_agent: str | None = None, geocoder_url: str | None = None) -> Gazetteer:
    gazetteer = Gazetteer.default(extra_csvs=extra_csvs,
                                  geocoder=online.from_options(geocoder, user_agent, geocoder_url))
    for problem in gazetteer.problems:
        click.echo(f"warning: {problem} (row skipped)", err=True)
    return gazetteer


def _report_problems(problems: Sequence[EvacmapError]) -> bool:
    """Print the problems of reading the inputs; whether any lost input (a warning lost none)."""
    for problem in problems:
        click.echo(f"{'warning' if isinstance(problem, DocumentWarning) else 'error'}: {problem}", err=True)
    return any(not isinstance(problem, DocumentWarning) for problem in problems)


def _geocoder_warnings(gazetteer: Gazetteer) -> None:
    for problem in gazetteer.geocoder.problems if gazetteer.geocoder else ():
        click.echo(f"warning: {problem}", err=True)


def _fail(error: Exception) -> None:
    raise click.ClickException(str(error))


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="evacmap")
def main() -> None:
    """evacmap: who left where for where, from news articles, offline."""


@main.command()
@click.argument("inputs", nargs=-1, type=click.Path())
@click.option("--out", "out_dir", default="maps", show_default=True, type=click.Path(file_okay=False),
              help="Folder for flows.geojson, places.geojson, reports.csv and evacuations.html.")
@click.option("--tiles", default=None, metavar="PROVIDER",
              help="Add an online tile layer (e.g. osm). Default: offline basemap only.")
@click.option("--title", default="Evacuations and displacement reported in the news", show_default=True)
@gazetteer_option
@geocoder_options
@quiet_option
def build(inputs: tuple[str, ...], out_dir: str, tiles: str | None, title: str, extra_csvs: tuple[str, ...],
          geocoder: str | None, user_agent: str | None, geocoder_url: str | None, quiet: bool) -> None:
    """Read articles (files or folders of .txt, .html, .json, .jsonl; default seeds/) and write
    places, reports, flows and the map to --out.

    Example: evacmap build seeds --out maps
    """
    # Imported here: folium and the report steps' patterns cost time that `places` and `gazetteer` needn't pay.
    from geo import pipeline
    from geo.map import tile_layer

    try:
        if tiles:
            tile_layer(tiles)  # a wrong provider name fails before the articles are read
        gazetteer = _load_gazetteer(extra_csvs, geocoder, user_agent, geocoder_url)
        files = input_files(inputs or ["seeds"])
        if not files:  # an empty folder or a wrong one: say so rather than write an empty map silently
            click.echo(f"warning: no article files ({', '.join(SUFFIXES)}) in {', '.join(inputs or ['seeds'])}",
                       err=True)
        # Progress in characters of text: one big JSONL file is as long a run as many small files.
        size = sum(path.stat().st_size for path in files if path.is_file())
        with click.progressbar(length=size, label="Reading articles", file=sys.stderr,
                               hidden=quiet or size < PROGRESS_FROM_BYTES) as bar:
            result = pipeline.run(files, gazetteer, on_document=lambda document: bar.update(len(document.text)))
            bar.update(size)  # markup and JSON around the texts count too: end at 100%
        write_outputs(result, Path(out_dir), title=title, tiles=tiles)
    except EvacmapError as error:
        _fail(error)
    _geocoder_warnings(gazetteer)
    failed = _report_problems(result.problems)
    if not quiet:
        click.echo(f"{len(result.documents)} articles, {len(result.reports)} reports, {len(result.flows)} flows "
                   f"-> {out_dir}/", err=True)
    if failed:
        sys.exit(1)


def write_outputs(result: Evacuations, out_dir: Path, *, title: str, tiles: str | None) -> None:
    """Every output of ``evacmap build``, each written whole (temp file, then rename).

    All are made in memory first, so a failure leaves the previous outputs as they were.
    """
    from geo import exports
    from geo.map import build_map, render_map

    flows = exports.flows_to_geojson(result.flows)
    places = exports.places_to_geojson(result.mentions, result.flows)
    outputs = {
        "flows.geojson": exports.geojson_text(flows),
        "places.geojson": exports.geojson_text(places),
        "reports.csv": exports.reports_csv(result.reports, result.flows),
        "evacuations.html": render_map(build_map(flows, places, title=title, tiles=tiles)),
    }
    for name, text in outputs.items():
        exports.write_atomic(out_dir / name, text)


@main.command()
@click.argument("files", nargs=-1, required=True, type=click.Path())
@click.option("--format", "output_format", type=click.Choice(["table", "json"]), default="table", show_default=True)
@gazetteer_option
@geocoder_options
def places(files: tuple[str, ...], output_format: str, extra_csvs: tuple[str, ...], geocoder: str | None,
           user_agent: str | None, geocoder_url: str | None) -> None:
    """Print the resolved place mentions of each article.

    Example: evacmap places seeds/001_11605675adc1a9a5.txt --format json
    """
    try:
        gazetteer = _load_gazetteer(extra_csvs, geocoder, user_agent, geocoder_url)
    except EvacmapError as error:
        _fail(error)
    by_doc: dict[str, list[dict]] = {}
    failed = False
    for path in input_files(files):
        try:
            documents, problems = read_documents(path)
        except EvacmapError as error:
            documents, problems = [], [error]
        failed = _report_problems(problems) or failed
        for document in documents:
            try:
                read = as_read(document, gazetteer.word_zipf)  # as `build` reads it
                by_doc[document.id] = [_mention_record(m) for m in find_places(read, gazetteer)]
            except EvacmapError as error:  # the geocoder cache cannot be written
                _fail(error)
    _geocoder_warnings(gazetteer)
    if output_format == "json":
        click.echo(json.dumps(by_doc, ensure_ascii=False, indent=2))
    else:
        _print_table(by_doc)
    if failed:
        sys.exit(1)


def _mention_record(mention) -> dict:
    place = mention.place
    return {"text": mention.text, "start": mention.start, "end": mention.end,
            "id": place.id if place else None, "name": place.name if place else None,
            "lat": round(place.lat, 6) if place else None, "lon": round(place.lon, 6) if place else None,
            "kind": place.kind if place else None}


def _print_table(by_doc: dict[str, list[dict]]) -> None:
    columns = ("text", "start", "end", "id", "name", "lat", "lon", "kind")
    for doc_id, rows in by_doc.items():
        click.echo(f"# {doc_id}")
        cells = [[str("" if row[c] is None else row[c]) for c in columns] for row in rows]
        widths = [max([len(c)] + [len(r[i]) for r in cells]) for i, c in enumerate(columns)]
        for line in [list(columns)] + cells:
            click.echo("  ".join(cell.ljust(width) for cell, width in zip(line, widths)).rstrip())


@main.group()
def gazetteer() -> None:
    """Inspect and rebuild the offline gazetteer."""


@gazetteer.command("lookup")
@click.argument("name")
@click.option("--limit", default=10, show_default=True, help="How many candidates to show.")
@gazetteer_option
@geocoder_options
def gazetteer_lookup(name: str, limit: int, extra_csvs: tuple[str, ...], geocoder: str | None,
                     user_agent: str | None, geocoder_url: str | None) -> None:
    """List the candidate places for NAME with their scores, best first.

    Example: evacmap gazetteer lookup "Idlib province"
    """
    try:
        gazetteer = _load_gazetteer(extra_csvs, geocoder, user_agent, geocoder_url)
        candidates = gazetteer.lookup(name)
    except EvacmapError as error:
        _fail(error)
    _geocoder_warnings(gazetteer)
    if not candidates:
        raise click.ClickException(f"no place called {name!r} in the gazetteer")
    for place, score in candidates[:limit]:
        click.echo(f"{score:7.3f}  {place.id:<24} {place.name} ({place.kind}, {place.country or '-'}) "
                   f"{place.lat:.4f},{place.lon:.4f}")


@gazetteer.command("build")
@click.option("--force", is_flag=True, help="Rebuild even when the cache is up to date.")
def gazetteer_build(force: bool) -> None:
    """Compile the world index cache from the GeoNames data on disk (done on first use otherwise).

    Example: evacmap gazetteer build --force
    """
    from gazetteer import build_world_index

    try:
        path = build_world_index(force=force)
    except EvacmapError as error:
        _fail(error)
    click.echo(f"world index: {path}")


if __name__ == "__main__":  # "python -m geo.cli" as well as the installed "evacmap"
    main()
