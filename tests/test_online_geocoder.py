"""The optional online geocoder, against a fake Nominatim on 127.0.0.1: never the internet.

geopy's own Nominatim client talks to a ``ThreadingHTTPServer`` on an ephemeral port that answers
``/search`` with Nominatim-shaped JSON and counts the requests it gets. The rate limiter's clock
and sleep are replaced, so no test waits.
"""
import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

import pytest
from click.testing import CliRunner
from geopy.extra.rate_limiter import RateLimiter

from gazetteer import Gazetteer, Place, online
from gazetteer.online import OnlineGeocoderError, build_geocoder
from geo.cli import main

USER_AGENT = "evacmap-tests (tests@example.org)"
ATTRIBUTION = "Geocoding: © OpenStreetMap contributors (Nominatim)"
ARTICLE = "On Monday 2,000 people fled from Aleppo to Tal Qurmuzan, officials said."
QURMUZAN = {
    "place_id": 1, "licence": "Data © OpenStreetMap contributors, ODbL 1.0.", "osm_type": "node",
    "osm_id": 42, "lat": "36.6341", "lon": "37.0536", "class": "place", "type": "village",
    "place_rank": 19, "importance": 0.3, "addresstype": "village", "name": "Tall Qurmuzan",
    "display_name": "Tall Qurmuzan, Azaz, Aleppo Governorate, Syria",
    "address": {"village": "Tall Qurmuzan", "country": "Syria", "country_code": "sy"},
    "boundingbox": ["36.62", "36.64", "37.04", "37.06"],
}


class FakeNominatim(ThreadingHTTPServer):
    """Answers ``/search?q=...`` from ``answers`` (a miss is ``[]``); ``status`` or ``delay`` make it fail."""

    daemon_threads = True
    block_on_close = False

    def __init__(self):
        super().__init__(("127.0.0.1", 0), _Handler)
        self.answers = {"Tal Qurmuzan": [QURMUZAN]}
        self.queries: list[str] = []
        self.status, self.delay = 200, 0.0
        self.url = f"http://127.0.0.1:{self.server_address[1]}"


class _Handler(BaseHTTPRequestHandler):
    server: FakeNominatim

    def do_GET(self):
        parts = urlsplit(self.path)
        query = parse_qs(parts.query).get("q", [""])[0]
        self.server.queries.append(query)
        time.sleep(self.server.delay)
        body = json.dumps(self.server.answers.get(query, []) if parts.path == "/search" else []).encode()
        self.send_response(self.server.status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):  # keep the test output clean
        pass


@pytest.fixture
def server():
    fake = FakeNominatim()
    thread = threading.Thread(target=fake.serve_forever, daemon=True)
    thread.start()
    yield fake
    fake.shutdown()
    fake.server_close()


class FakeClock:
    """Stands in for the rate limiter's clock and sleep: sleeping moves the clock on."""

    def __init__(self):
        self.now, self.sleeps = 100.0, []

    def clock(self):
        return self.now

    def sleep(self, seconds):
        self.sleeps.append(seconds)
        self.now += seconds


@pytest.fixture
def clock(monkeypatch):
    fake = FakeClock()
    monkeypatch.setattr(RateLimiter, "_clock", lambda self: fake.clock())
    monkeypatch.setattr(RateLimiter, "_sleep", lambda self, seconds: fake.sleep(seconds))
    return fake


@pytest.fixture
def cache_dir(tmp_path, monkeypatch):
    """The geocoder cache in a temp folder; the world index cache stays where it is."""
    monkeypatch.setattr(online, "default_cache_dir", lambda: tmp_path / "cache")
    return tmp_path / "cache"


def small_gazetteer(geocoder):
    return Gazetteer([Gazetteer.from_places([Place("t:aleppo", "Aleppo", 36.2, 37.16, "city", "SY",
                                                   population=2_000_000)]).sources[0]],
                     geocoder=geocoder)


def test_an_unknown_name_is_resolved_through_the_geocoder(server, clock, tmp_path):
    geocoder = build_geocoder("nominatim", user_agent=USER_AGENT, url=server.url, cache_path=tmp_path / "g.json")
    mentions = small_gazetteer(geocoder).find_mentions(ARTICLE, "doc")
    assert [(m.text, m.place.id) for m in mentions] == [("Aleppo", "t:aleppo"), ("Tal Qurmuzan", "nominatim:node/42")]
    place = mentions[1].place
    assert (place.name, place.kind, place.country, place.lat, place.lon) == ("Tall Qurmuzan", "city", "SY",
                                                                           36.6341, 37.0536)
    assert "Nominatim" in place.provenance and '"Tal Qurmuzan"' in place.provenance
    assert server.queries == ["Tal Qurmuzan"]  # the name the offline gazetteer knows never went online


def test_answers_and_misses_are_cached_across_runs(server, clock, tmp_path):
    cache = tmp_path / "g.json"
    text = ARTICLE + " Others went to Tal Nowhere."
    first = small_gazetteer(build_geocoder("nominatim", user_agent=USER_AGENT, url=server.url, cache_path=cache))
    assert [m.text for m in first.find_mentions(text)] == ["Aleppo", "Tal Qurmuzan"]
    assert server.queries == ["Tal Qurmuzan", "Tal Nowhere"]
    stored = json.loads(cache.read_text(encoding="utf-8"))["answers"][f"nominatim {server.url}"]
    assert stored["tal qurmuzan"]["osm_id"] == 42 and stored["tal nowhere"] is None
    again = small_gazetteer(build_geocoder("nominatim", user_agent=USER_AGENT, url=server.url, cache_path=cache))
    assert [m.place.id for m in again.find_mentions(text)] == ["t:aleppo", "nominatim:node/42"]
    assert server.queries == ["Tal Qurmuzan", "Tal Nowhere"]  # the second run sent nothing


def test_requests_are_spaced_by_one_second(server, clock, tmp_path):
    geocoder = build_geocoder("nominatim", user_agent=USER_AGENT, url=server.url, cache_path=tmp_path / "g.json")
    assert geocoder.geocode.min_delay_seconds == 1
    for name in ("Tal Qurmuzan", "Tal One", "Tal Two"):
        geocoder.place(name)
    assert len(server.queries) == 3 and clock.sleeps == [1.0, 1.0]


def test_a_server_error_is_a_warning_and_nothing_is_cached(server, clock, tmp_path):
    server.status = 500
    cache = tmp_path / "g.json"
    geocoder = build_geocoder("nominatim", user_agent=USER_AGENT, url=server.url, cache_path=cache)
    mentions = small_gazetteer(geocoder).find_mentions(ARTICLE + " Others went to Tal Nowhere.")
    assert [m.text for m in mentions] == ["Aleppo"]
    [problem] = geocoder.problems
    assert "nominatim failed on 'Tal Qurmuzan'" in problem and "500" in problem
    assert server.queries == ["Tal Qurmuzan", "Tal Qurmuzan"]  # one retry, then no more requests this run
    assert not cache.exists()  # an error may pass: the name is asked again next run


def test_a_timeout_is_a_warning(server, clock, tmp_path):
    server.delay = 1.0
    geocoder = build_geocoder("nominatim", user_agent=USER_AGENT, url=server.url, cache_path=tmp_path / "g.json",
                              timeout=0.1)
    assert geocoder.place("Tal Qurmuzan") is None
    assert "timed out" in geocoder.problems[0].lower()


def test_answers_that_are_no_place_count_as_misses(server, clock, tmp_path):
    server.answers["Mill Lane"] = [{**QURMUZAN, "osm_type": "way", "class": "highway", "type": "residential",
                                    "addresstype": "road", "name": "Mill Lane"}]
    geocoder = build_geocoder("nominatim", user_agent=USER_AGENT, url=server.url, cache_path=tmp_path / "g.json")
    assert geocoder.place("Mill Lane") is None


def test_an_unreadable_cache_says_how_to_fix_it(tmp_path):
    cache = tmp_path / "g.json"
    cache.write_text("{not json", encoding="utf-8")
    with pytest.raises(OnlineGeocoderError, match="delete the file"):
        build_geocoder("nominatim", user_agent=USER_AGENT, url="http://127.0.0.1:9", cache_path=cache)


# --- the CLI --------------------------------------------------------------------------------------


def _build(tmp_path, *options):
    article = tmp_path / "in" / "article.txt"
    article.parent.mkdir(exist_ok=True)
    article.write_text(ARTICLE, encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["build", str(article), "--out", str(out), "--quiet", *options])
    places = json.loads((out / "places.geojson").read_text(encoding="utf-8")) if out.exists() else None
    html = (out / "evacuations.html").read_text(encoding="utf-8") if out.exists() else ""
    return result, places, html


def test_build_with_the_geocoder_credits_it_in_places_and_map(server, clock, cache_dir, tmp_path):
    result, places, html = _build(tmp_path, "--geocoder", "nominatim", "--user-agent", USER_AGENT,
                                  "--geocoder-url", server.url)
    assert result.exit_code == 0, result.output
    [geocoded] = [f["properties"] for f in places["features"] if f["id"].startswith("nominatim:")]
    assert geocoded["name"] == "Tall Qurmuzan" and "OpenStreetMap contributors" in geocoded["provenance"]
    assert ATTRIBUTION in html
    assert (cache_dir / "geocoder.json").exists()


def test_build_without_geocoder_sends_nothing_and_credits_nothing(server, cache_dir, tmp_path):
    result, places, html = _build(tmp_path)
    assert result.exit_code == 0, result.output
    assert server.queries == []
    assert not any(f["id"].startswith("nominatim:") for f in places["features"])
    assert ATTRIBUTION not in html and not cache_dir.exists()


def test_no_credit_when_the_geocoder_had_no_answer(server, clock, cache_dir, tmp_path):
    server.answers.clear()
    result, _places, html = _build(tmp_path, "--geocoder", "nominatim", "--user-agent", USER_AGENT,
                                   "--geocoder-url", server.url)
    assert result.exit_code == 0 and server.queries == ["Tal Qurmuzan"]
    assert ATTRIBUTION not in html


def test_build_with_a_failing_server_warns_and_completes_offline(server, clock, cache_dir, tmp_path):
    server.status = 500
    result, places, _html = _build(tmp_path, "--geocoder", "nominatim", "--user-agent", USER_AGENT,
                                   "--geocoder-url", server.url)
    assert result.exit_code == 0, result.output
    assert "warning: geocoder nominatim failed on 'Tal Qurmuzan'" in result.output
    assert [f["properties"]["name"] for f in places["features"]] == ["Aleppo"]


def test_geocoder_without_user_agent_fails_clearly(server, cache_dir, tmp_path):
    result, _places, _html = _build(tmp_path, "--geocoder", "nominatim", "--geocoder-url", server.url)
    assert result.exit_code == 1 and "needs a user agent" in result.output and "--user-agent" in result.output
    assert server.queries == []


def test_an_unknown_geocoder_lists_the_valid_ones(tmp_path):
    result = CliRunner().invoke(main, ["gazetteer", "lookup", "Tal Qurmuzan", "--geocoder", "google"])
    assert result.exit_code == 2 and "nominatim" in result.output


def test_lookup_and_places_use_the_geocoder(server, clock, cache_dir, tmp_path):
    options = ["--geocoder", "nominatim", "--user-agent", USER_AGENT, "--geocoder-url", server.url]
    lookup = CliRunner().invoke(main, ["gazetteer", "lookup", "Tal Qurmuzan", *options])
    assert lookup.exit_code == 0 and "nominatim:node/42" in lookup.output
    article = tmp_path / "article.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    places = CliRunner().invoke(main, ["places", str(article), "--format", "json", *options])
    assert places.exit_code == 0
    assert [row["id"] for row in json.loads(places.output)["article"]][-1] == "nominatim:node/42"
    assert server.queries == ["Tal Qurmuzan"]  # the lookup's answer served the places command


def test_a_sample_user_agent_is_refused_for_the_public_service():
    with pytest.raises(OnlineGeocoderError, match="is a sample"):
        build_geocoder("nominatim", user_agent="my-application")  # refused before any request
