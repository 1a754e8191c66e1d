"""Movement reports of the five seed articles (geo.reports), read with a tiny stand-in gazetteer:
names matched by regex, so these tests do not depend on the place-recognition code."""
import re
from datetime import date
from pathlib import Path

import pytest

from gazetteer.model import Mention, Place
from geo.model import Document
from geo.reports import find_reports

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

HOMS = Place("geonames:169577", "Homs", 34.7268, 36.7234, "city", "SY")
AL_WAER = Place("evacmap:al-waer", "al-Waer", 34.741, 36.668, "district", "SY", parent=HOMS.id)
OLD_HOMS = Place("evacmap:old-homs", "Old Homs", 34.7316, 36.7143, "district", "SY", parent=HOMS.id)
JARABLUS = Place("geonames:169179", "Jarablus", 36.8175, 38.0111, "city", "SY")
IDLIB = Place("geonames:169389", "Idlib", 35.9306, 36.6339, "city", "SY")
IDLIB_PROVINCE = Place("iso3166-2:SY-ID", "Idlib province", 35.83, 36.63, "admin1", "SY")
ALEPPO_COUNTRYSIDE = Place("iso3166-2:SY-HL", "Aleppo countryside", 36.2, 37.15, "admin1", "SY")
DAMASCUS = Place("geonames:170654", "Damascus", 33.5102, 36.2913, "city", "SY")
SYRIA = Place("geonames:163843", "Syria", 35.0, 38.0, "country", "SY")
NORTHERN_SYRIA = Place("evacmap:northern-syria", "northern Syria", 36.5, 38.0, "region", "SY")

NAMES = {
    "Al Waer": AL_WAER, "al-Waer": AL_WAER, "Al-Wair": AL_WAER, "Waer": AL_WAER,
    "Old Homs": OLD_HOMS, "central Homs": OLD_HOMS, "Homs": HOMS,
    "Jarablus": JARABLUS, "Jarablous": JARABLUS,
    "Idlib province": IDLIB_PROVINCE, "Idlib": IDLIB,
    "Aleppo countryside": ALEPPO_COUNTRYSIDE, "Damascus": DAMASCUS,
    "northern Syria": NORTHERN_SYRIA, "Syria": SYRIA,
}


def _key(name: str) -> str:
    return re.sub(r"[\s-]+", " ", name.lower())


def stub_mentions(doc: Document, names: dict[str, Place] = NAMES) -> list[Mention]:
    """Every name of ``names`` in the text, longest first ("Idlib province" over "Idlib"), any case."""
    alternation = "|".join(re.sub(r"\\[\s-]", r"[\\s-]", re.escape(n)) for n in sorted(names, key=len, reverse=True))
    lookup = {_key(name): place for name, place in names.items()}
    return [Mention(doc.id, m.group(), m.start(), m.end(), lookup[_key(m.group())], 1.0)
            for m in re.finditer(rf"(?<![\w-])(?:{alternation})(?![\w-])", doc.text, re.IGNORECASE)]


def seed_reports(prefix: str, published: date | None = None):
    path = next(SEEDS.glob(f"{prefix}_*.txt"))
    doc = Document(path.stem, path.read_text(encoding="utf-8"), str(path), published)
    return doc, find_reports(doc, stub_mentions(doc))


def numbered(reports, value):
    return [r for r in reports if r.count is not None and value in (r.count.value, r.count.min, r.count.max)]


def test_stub_prefers_longest_names():
    doc = Document("d", "to Idlib province, to al-Waer and Old Homs")
    assert [m.place.name for m in stub_mentions(doc)] == ["Idlib province", "al-Waer", "Old Homs"]


@pytest.mark.parametrize("prefix", ["001", "003"])
def test_2000_residents_including_400_fighters_left_al_waer_for_jarablus(prefix):
    doc, reports = seed_reports(prefix)
    [report] = numbered(reports, 2000)
    assert (report.count.value, report.count.min, report.count.max) == (2000, 2000, 2000)
    assert report.unit == "people" and report.breakdown == (("fighters", 400),)
    assert report.origin == AL_WAER and report.origin_text == "Al-Waer"
    assert report.destinations == (JARABLUS,) and report.destination_texts == ("Jarablus",)
    assert report.status == "completed"  # "have left ... and are heading to": the departure is done
    assert report.attributed_to == "Homs Media Center"
    assert not report.batch and not report.cumulative
    assert numbered(reports, 400) == []  # the included figure is no report of its own
    start, end = report.citations[0].start, report.citations[0].end
    assert report.citations[0].doc_id == doc.id and doc.text[start:end] == report.quote
    assert report.quote.startswith("The Homs Media Center") and report.quote.endswith("Aleppo countryside.")


def test_002_12000_waer_residents_will_be_displaced():
    _, reports = seed_reports("002")
    [report] = numbered(reports, 12000)
    assert (report.count.value, report.unit, report.breakdown) == (12000, "people", (("fighters", 2500),))
    assert report.status == "planned" and report.origin == AL_WAER
    assert report.attributed_to == "Syrian Observatory for Human Rights"
    assert numbered(reports, 2500) == []


def test_002_first_1500_next_week_is_a_planned_batch_credited_through_it_said():
    _, reports = seed_reports("002")
    [report] = numbered(reports, 1500)
    assert report.quote == "It said the first 1,500 people will be evacuated next week."
    assert (report.status, report.batch, report.cumulative) == ("planned", True, False)
    assert report.attributed_to == "Syrian Observatory for Human Rights"
    assert report.origin == AL_WAER and report.origin_text == ""  # from the article's place


def test_002_head_to_idlib_or_jarablus():
    _, reports = seed_reports("002")
    [report] = [r for r in reports if r.destinations == (IDLIB, JARABLUS)]
    assert report.count is None and report.status == "planned"
    assert report.destination_texts == ("Idlib", "Jarablus") and report.origin == AL_WAER


def test_004_some_2500_out_of_the_district_in_the_final_phase():
    _, reports = seed_reports("004")
    [report] = numbered(reports, 2500)
    assert report.count.text == "some 2,500" and report.origin == AL_WAER
    assert report.batch and not report.cumulative and report.unit == "people"


def test_004_up_to_20000_by_the_time_it_is_completed():
    _, reports = seed_reports("004")
    [report] = numbered(reports, 20000)
    assert (report.count.value, report.count.min, report.count.max) == (20000, None, 20000)
    assert (report.status, report.cumulative, report.batch) == ("planned", True, False)
    assert report.origin == AL_WAER and report.origin_text == "the district"
    assert report.attributed_to == "Syrian Observatory for Human Rights"


def test_004_caption_date_and_saturday_against_publication_date():
    _, reports = seed_reports("004", date(2017, 5, 21))
    dates = {r.quote.split(",")[0]: r.date for r in reports if r.count is None}
    assert dates["An opposition fighter holds his weapon on a bus"] == "2017-05-20"
    assert dates["Syrian opposition forces started leaving their last district of Homs city on Saturday in the final "
                 "phase of an evacuation deal that will see Bashar al Assad's regime take back the area in the "
                 "seventh year of the country's war."] == "2017-05-20"


def test_004_idlib_province_and_jarablus():
    _, reports = seed_reports("004")
    [report] = [r for r in reports if IDLIB_PROVINCE in r.destinations]
    assert report.destinations == (IDLIB_PROVINCE, JARABLUS) and report.status == "planned"
    assert report.unit == "fighters"


def test_000_1500_militants_left_central_homs_back_in_2014():
    _, reports = seed_reports("000")
    [report] = numbered(reports, 1500)
    assert (report.origin, report.origin_text, report.unit) == (OLD_HOMS, "central Homs", "fighters")
    assert (report.date, report.status) == ("2014", "completed")


def test_000_going_to_idlib_and_head_to_jarablus_without_a_number():
    _, reports = seed_reports("000")
    [report] = [r for r in reports if "specifying who was going" in r.quote]
    assert report.count is None and report.destinations == (IDLIB, JARABLUS) and report.origin == AL_WAER


def test_000_negated_leaving_is_no_report():
    _, reports = seed_reports("000")
    assert not [r for r in reports if "did not want to leave" in r.quote or "forbade" in r.quote]


@pytest.mark.parametrize("prefix, value", [
    ("001", 75000), ("002", 75000),  # population
    ("000", 24),  # 24 hours
    ("003", 10),  # at least 10 buses
    ("000", 15),  # groups of about 15 people each
    ("001", 3),  # three medical emergency cases
    ("002", 450000),  # lost their lives
    ("001", 24), ("004", 24),  # dozens of buses, "dozens more" (buses)
    ("004", 1),  # at least one bus
])
def test_numbers_that_are_not_movements(prefix, value):
    _, reports = seed_reports(prefix)
    assert numbered(reports, value) == []


def test_casualties_are_no_report():
    _, reports = seed_reports("003")
    assert not [r for r in reports if "killed hundreds" in r.quote]


def test_buses_without_people_are_no_report():
    _, reports = seed_reports("001")
    assert not [r for r in reports if r.quote.startswith("Dozens of buses")]


def test_reports_hold_their_quotes_and_are_deterministic():
    for prefix in ("000", "001", "002", "003", "004"):
        doc, reports = seed_reports(prefix)
        assert reports == seed_reports(prefix)[1]
        for report in reports:
            [citation] = report.citations
            assert doc.text[citation.start:citation.end] == report.quote
        assert [r.citations[0].start for r in reports] == sorted(r.citations[0].start for r in reports)


def test_repeated_caption_gives_one_report():
    _, reports = seed_reports("003")
    assert len([r for r in reports if r.date == "2016-09"]) == 1
