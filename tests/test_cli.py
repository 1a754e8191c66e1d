"""The CLI end to end with click's CliRunner: success and failure of every command."""
import json
import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from geo.cli import main

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
OUTPUTS = ("flows.geojson", "places.geojson", "reports.csv", "evacuations.html")


@pytest.fixture(scope="module")
def seed_build(tmp_path_factory):
    out = tmp_path_factory.mktemp("maps")
    result = CliRunner().invoke(main, ["build", str(SEEDS), "--out", str(out), "--quiet"])
    assert result.exit_code == 0, result.output
    return out


def test_build_writes_every_output(seed_build):
    for name in OUTPUTS:
        assert (seed_build / name).stat().st_size > 0
    flows = json.loads((seed_build / "flows.geojson").read_text())
    assert flows["type"] == "FeatureCollection" and flows["features"]


def test_build_is_byte_identical_on_a_rerun(seed_build, tmp_path):
    result = CliRunner().invoke(main, ["build", str(SEEDS), "--out", str(tmp_path), "--quiet"])
    assert result.exit_code == 0, result.output
    for name in OUTPUTS:
        assert (tmp_path / name).read_bytes() == (seed_build / name).read_bytes(), name


@pytest.mark.parametrize("hash_seed", ["8", "1234"])
def test_build_is_byte_identical_whatever_the_hash_seed(seed_build, tmp_path, hash_seed):
    """Another process hashes strings with another seed, so sets iterate in another order: no output may follow it."""
    env = {**os.environ, "PYTHONHASHSEED": hash_seed}
    subprocess.run([sys.executable, "-m", "geo.cli", "build", str(SEEDS), "--out", str(tmp_path), "--quiet"],
                   env=env, check=True, cwd=ROOT)
    for name in OUTPUTS:
        assert (tmp_path / name).read_bytes() == (seed_build / name).read_bytes(), name


def test_committed_maps_match_a_fresh_build(seed_build):
    """maps/ is committed for users to open: it must be what the current code produces."""
    for name in OUTPUTS:
        assert (ROOT / "maps" / name).read_bytes() == (seed_build / name).read_bytes(), \
            f"maps/{name} is stale: run `make maps`"


def test_bad_file_is_reported_and_the_rest_still_processed(tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "good.txt").write_text("Some 3,000 people fled Mariupol for Zaporizhzhia on Monday.", encoding="utf-8")
    (inputs / "broken.txt").write_bytes(b"\xff\xfe\xfa\xff")
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["build", str(inputs), "--out", str(out), "--quiet"])
    assert result.exit_code == 1
    assert "broken.txt" in result.output and "not valid UTF-8" in result.output
    flows = json.loads((out / "flows.geojson").read_text())
    assert any(f["properties"]["origin"] == "Mariupol" for f in flows["features"])


def test_a_bad_line_of_a_feed_is_reported_and_its_other_articles_still_mapped(tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_text('{"id": "a", "text": "Some 3,000 people fled Mariupol for Zaporizhzhia on Monday."}\n'
                    '{"id": "b", "text": unquoted}\n', encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["build", str(feed), "--out", str(out), "--quiet"])
    assert result.exit_code == 1
    assert "feed.jsonl: invalid JSON at line 2" in result.output
    flows = json.loads((out / "flows.geojson").read_text())
    assert any(f["properties"]["origin"] == "Mariupol" for f in flows["features"])


def test_a_malformed_date_is_a_warning_and_the_run_does_not_fail(tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_text('{"id": "a", "text": "Some 3,000 people fled Mariupol.", "date": "20 May 2017"}\n', encoding="utf-8")
    result = CliRunner().invoke(main, ["build", str(feed), "--out", str(tmp_path / "out"), "--quiet"])
    assert result.exit_code == 0
    assert "warning: " in result.output and "line 1 (article 'feed#a'): date '20 May 2017'" in result.output


def test_a_folder_without_articles_is_warned_about(tmp_path):
    (tmp_path / "notes.md").write_text("Some 3,000 people fled Mariupol.", encoding="utf-8")
    result = CliRunner().invoke(main, ["build", str(tmp_path), "--out", str(tmp_path / "out"), "--quiet"])
    assert result.exit_code == 0
    assert f"warning: no article files (.txt, .html, .htm, .json, .jsonl) in {tmp_path}" in result.output


def test_places_table_and_json():
    seed = str(SEEDS / "001_11605675adc1a9a5.txt")
    table = CliRunner().invoke(main, ["places", seed])
    assert table.exit_code == 0, table.output
    assert re.search(r"Jarablous\s+\d+\s+\d+\s+geonames:169179", table.output)
    as_json = CliRunner().invoke(main, ["places", seed, "--format", "json"])
    data = json.loads(as_json.output)
    [rows] = data.values()
    assert {"text", "start", "end", "id", "name", "lat", "lon", "kind"} <= set(rows[0])


def test_places_on_a_missing_file_fails_with_its_name(tmp_path):
    result = CliRunner().invoke(main, ["places", str(tmp_path / "nope.txt")])
    assert result.exit_code == 1 and "nope.txt" in result.output


def test_gazetteer_lookup_lists_candidates_and_fails_clearly():
    found = CliRunner().invoke(main, ["gazetteer", "lookup", "Idlib province"])
    assert found.exit_code == 0 and "iso3166-2:SY-ID" in found.output.splitlines()[0]
    missing = CliRunner().invoke(main, ["gazetteer", "lookup", "Xqzzyville"])
    assert missing.exit_code == 1 and "no place called 'Xqzzyville'" in missing.output


def test_user_gazetteer_csv_with_a_bad_row_warns_and_loads_the_rest(tmp_path):
    extra = tmp_path / "extra.csv"
    extra.write_text("id,name,aliases,lat,lon,kind,country,parent,provenance\n"
                     "camp1,Zaatari Camp,Zaatari,32.2950,36.3240,site,JO,,UNHCR\n"
                     "camp2,Broken Camp,,999,36,site,JO,,typo\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["gazetteer", "lookup", "Zaatari Camp", "--gazetteer", str(extra)])
    assert result.exit_code == 0
    assert f"{extra}:3" in result.output and "Zaatari Camp" in result.output


def test_every_command_is_in_the_readme():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for name, command in main.commands.items():
        subcommands = getattr(command, "commands", None)
        for full in ([f"evacmap {name} {sub}" for sub in subcommands] if subcommands else [f"evacmap {name}"]):
            assert full in readme, f"README does not show `{full}`"


@pytest.mark.parametrize("command", ["places seeds/001_11605675adc1a9a5.txt", 'gazetteer lookup "Idlib province"'])
def test_the_readme_shows_what_its_examples_print(command, monkeypatch):
    """The README's console examples are what the commands print now (they went stale once)."""
    monkeypatch.chdir(ROOT)
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    shown = readme.split(f"$ evacmap {command}\n", 1)[1].split("```", 1)[0]
    assert CliRunner().invoke(main, shlex.split(command)).output == shown


def test_unknown_tiles_fail_before_anything_is_read_or_written(tmp_path):
    result = CliRunner().invoke(main, ["build", str(SEEDS), "--out", str(tmp_path / "out"), "--tiles", "nope"])
    assert result.exit_code == 1 and "unknown tiles 'nope'" in result.output
    assert not (tmp_path / "out").exists()


def test_online_tiles_only_when_asked(tmp_path):
    result = CliRunner().invoke(main, ["build", str(SEEDS / "004_51bec713c1d4a1ee.txt"), "--out", str(tmp_path),
                                       "--tiles", "osm", "--quiet"])
    assert result.exit_code == 0, result.output
    assert "tile.openstreetmap.org" in (tmp_path / "evacuations.html").read_text(encoding="utf-8")


def test_progress_shows_on_long_runs_and_quiet_silences_it(tmp_path):
    inputs = tmp_path / "feed.jsonl"
    filler = "Talks went on through the night in the capital. " * 40
    inputs.write_text("\n".join(json.dumps({"id": n, "text": filler}) for n in range(520)), encoding="utf-8")
    assert inputs.stat().st_size > 1_000_000  # one big file is a long run too
    loud = CliRunner().invoke(main, ["build", str(inputs), "--out", str(tmp_path / "a")])
    quiet = CliRunner().invoke(main, ["build", str(inputs), "--out", str(tmp_path / "b"), "--quiet"])
    assert loud.exit_code == quiet.exit_code == 0
    assert "Reading articles" in loud.output and "520 articles" in loud.output
    assert quiet.output == ""


def test_the_cli_also_runs_as_a_module():
    done = subprocess.run([sys.executable, "-m", "geo.cli", "--help"], capture_output=True, text=True, check=True)
    assert "Usage" in done.stdout


def test_places_and_lookup_do_not_load_the_report_steps():
    # Compiling the report steps' patterns takes most of a second: a one-sentence `evacmap places` needn't pay it.
    probe = "import sys, geo.cli; print(sorted(m for m in ('geo.reports', 'geo.exports', 'folium') if m in sys.modules))"
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"
