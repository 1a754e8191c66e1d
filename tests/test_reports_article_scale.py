"""Movement reports: the scale an article is about (a province told through one of its towns) and places a disaster
struck named before a passive verb. Inputs are hand-written, not benchmark excerpts."""
import pytest

from gazetteer.model import Place
from geo.model import Document
from geo.reports import find_reports
from geo.story import article_place
from test_reports_seeds import stub_mentions

NORTHLAND = Place("t:nl", "Northland", 10.0, 20.0, "admin1", "ZZ")
LAKESIDE = Place("t:ls", "Lakeside", 10.1, 20.1, "admin2", "ZZ", parent="t:nl", enclosing=("t:nl",))
# a town whose parent is its county: it lies in the province all the same
MILLBROOK = Place("t:mb", "Millbrook", 10.2, 20.2, "city", "ZZ", parent="t:ls", enclosing=("t:ls", "t:nl"))
SOUTHMARCH = Place("t:sm", "Southmarch", 5.0, 25.0, "admin1", "ZZ")
ZEDLAND = Place("t:zz", "Zedland", 8.0, 22.0, "country", "ZZ")
OLD_QUARTER = Place("t:oq", "Old Quarter", 10.2, 20.2, "district", "ZZ", parent="t:mb", enclosing=("t:mb", "t:ls", "t:nl"))
PLACES = {p.name: p for p in (NORTHLAND, LAKESIDE, MILLBROOK, SOUTHMARCH, ZEDLAND, OLD_QUARTER)}


@pytest.mark.parametrize("text, place", [
    # a province named more often than the one town the article names most: the article is about the province
    ("Rain hit Northland again. In Millbrook the river rose. Northland's governor asked for help; Northland schools "
     "closed.", NORTHLAND),
    ("Millbrook was soaked. Lakeside county crews worked in Millbrook; Lakeside, Lakeside and Lakeside roads shut.",
     LAKESIDE),
    # negatives: the town named as often as its province; a country named more often (as a nation, its government);
    # a province that does not hold the town; a neighbourhood of the town named less than the town
    ("Rain hit Northland. In Millbrook the river rose.", MILLBROOK),
    ("Zedland sent troops. Zedland's army and Zedland's navy helped Millbrook.", MILLBROOK),
    ("Millbrook flooded. Buses went to Southmarch, Southmarch and Southmarch.", MILLBROOK),
    ("Millbrook and Millbrook again and Millbrook; the Old Quarter flooded.", OLD_QUARTER),
])
def test_a_province_named_more_than_its_leading_town_is_the_articles_place(text, place):
    assert article_place(stub_mentions(Document("d", text), PLACES), text) == place


def test_a_provinces_figure_told_through_one_town_is_the_provinces():
    text = ("Floods in Northland\n\nAbout 50,000 people have been displaced, Northland officials said. In Millbrook "
            "the river rose. Northland's governor asked for help.")
    doc = Document("d", text)
    [report] = find_reports(doc, stub_mentions(doc, PLACES))
    assert (report.count.value, report.origin) == (50000, NORTHLAND)


@pytest.mark.parametrize("text, origin", [
    # a place named before a passive verb of a disaster striking it is where the sentence's count happened
    ("A week after Lakeside was battered by the storm, 3,000 people remain displaced. Millbrook, Millbrook and "
     "Millbrook cleaned up.", LAKESIDE),
    ("Lakeside, hit hardest by the cyclone, saw 3,000 people displaced. Millbrook and Millbrook cleaned up.", LAKESIDE),
    # negatives: a place before a passive verb of no disaster, or a disaster's verb with no "by"
    ("A week after Lakeside was visited by the minister, 3,000 people remain displaced. Millbrook, Millbrook and "
     "Millbrook cleaned up.", MILLBROOK),
    ("A week after Lakeside was flooded with aid offers, 3,000 people remain displaced. Millbrook, Millbrook and "
     "Millbrook cleaned up.", MILLBROOK),
])
def test_a_place_struck_named_before_a_passive_verb_locates_the_count(text, origin):
    doc = Document("d", "Storm news\n\n" + text)
    reports = [r for r in find_reports(doc, stub_mentions(doc, PLACES)) if r.count is not None]
    assert [(r.count.value, r.origin) for r in reports] == [(3000, origin)]


EASTMERE = Place("t:em", "Eastmere", 10.3, 20.3, "city", "ZZ", parent="t:nl", enclosing=("t:nl",))
WESTFORD = Place("t:wf", "Westford", 5.1, 25.1, "city", "ZZ", parent="t:sm", enclosing=("t:sm",))
TOWNS = {**PLACES, "Eastmere": EASTMERE, "Westford": WESTFORD}


def _placed(text: str) -> list[tuple]:
    doc = Document("d", "Flood news\n\n" + text)
    return [(r.count.value, r.origin.name if r.origin else None, r.part, r.summed_from)
            for r in find_reports(doc, stub_mentions(doc, TOWNS)) if r.count is not None]


@pytest.mark.parametrize("text, found", [
    # a whole broken down place by place after a colon: each part at its place, marked a part; the whole nowhere (as a
    # table's total row), never at the first part's place nor the article's
    ("Rescuers evacuated 6,400 people: 4,000 in Millbrook and 2,400 in Eastmere. Northland asked for help.",
     [(6400, None, False, ()), (4000, "Millbrook", True, ()), (2400, "Eastmere", True, ())]),
    ("Rescuers evacuated 6,400 people - 4,000 in Millbrook, 1,900 in Eastmere and 500 in Westford.",
     [(6400, None, False, ()), (4000, "Millbrook", True, ()), (1900, "Eastmere", True, ()), (500, "Westford", True, ())]),
    # ... the whole's own clause naming its place keeps it
    ("Rescuers evacuated 6,400 people from Lakeside overnight: 4,000 in Millbrook and 2,400 in Eastmere.",
     [(6400, "Lakeside", False, ()), (4000, "Millbrook", True, ()), (2400, "Eastmere", True, ())]),
    # negatives: a breakdown by other things than places; a name heading the first figure as a row does; figures given
    # place by place with no whole before them
    ("Rescuers evacuated 6,400 people from Millbrook: 4,000 by bus and 2,400 by boat.", [(6400, "Millbrook", False, ())]),
    ("Rescuers evacuated 6,400 people from Lakeside: 4,000 in Millbrook and 2,400 in Eastmere.",
     [(6400, "Lakeside", False, ())]),
    ("Rescuers evacuated 4,000 people in Millbrook and 2,400 in Eastmere.",
     [(4000, "Millbrook", False, ()), (2400, "Eastmere", False, ())]),
])
def test_a_whole_broken_down_place_by_place_keeps_its_parts_at_their_places(text, found):
    assert _placed(text) == found


# a quarter of another town, known to no province (as gazetteers place some suburbs): the finest place named
HARBOUR_QUARTER = Place("t:hq", "Harbour Quarter", 9.0, 21.0, "district", "ZZ")
LISTED = {**TOWNS, "Harbour Quarter": HARBOUR_QUARTER}


@pytest.mark.parametrize("text, place", [
    # a quarter named once, one of a list of places side by side, is not the place a story told through its region
    # (named more than once) is about
    ("Shelling hit Northland. Guns were heard in Eastmere, Westford and the Harbour Quarter. Northland roads shut.",
     NORTHLAND),
    ("Shelling hit Northland. Rebels held Eastmere and Harbour Quarter. Northland roads shut.", NORTHLAND),
    # ... nor a list of names the gazetteer mostly does not know
    ("Shelling hit Northland. Tents stood in Harbour Quarter (300 families), Greyhill (50) and Oakvale (20). "
     "Northland roads shut.", NORTHLAND),
    # negatives: the quarter named on its own; no other place named more than once; the place named more often is
    # mostly where people went
    ("Shelling hit Northland. Guns were heard in the Harbour Quarter. Northland roads shut.", HARBOUR_QUARTER),
    ("Shelling hit Northland. Guns were heard in Eastmere and the Harbour Quarter.", HARBOUR_QUARTER),
    ("Shelling hit Eastmere and the Harbour Quarter. Buses left for Southmarch; more left for Southmarch.", HARBOUR_QUARTER),
])
def test_a_place_named_once_in_a_list_is_not_the_articles_place(text, place):
    assert article_place(stub_mentions(Document("d", text), LISTED), text) == place


@pytest.mark.parametrize("text, place", [
    # a quarter named only in lists, however many, is not the place either
    ("Shelling hit Northland. Guns were heard in Eastmere and the Harbour Quarter. Northland roads shut. Bodies were "
     "found in Westford and the Harbour Quarter.", NORTHLAND),
    # negative: once named on its own, the quarter is the place again
    ("Shelling hit Northland. Guns were heard in Eastmere and the Harbour Quarter. Northland roads shut. Bodies were "
     "found in the Harbour Quarter.", HARBOUR_QUARTER),
])
def test_a_place_named_only_in_lists_is_not_the_articles_place(text, place):
    assert article_place(stub_mentions(Document("d", text), LISTED), text) == place


def test_a_count_naming_no_place_is_the_region_s_not_a_listed_quarter_s():
    doc = Document("d", "Fighting news\n\nShelling hit Northland. Rebels held Eastmere, Westford and Harbour Quarter. "
                        "Northland roads shut. More than 700 residents were evacuated on Friday night.")
    assert [(r.count.value, r.origin) for r in find_reports(doc, stub_mentions(doc, LISTED)) if r.count] == [(700, NORTHLAND)]


@pytest.mark.parametrize("text, origin, destinations", [
    # one figure from two places joined by "and" is from the finest place the article names holding both, as listed
    # figures are
    ("Storms hit Northland. Officials had registered more than 4,000 people arriving from Millbrook and Eastmere.",
     "Northland", []),
    ("Storms hit Northland. More than 4,000 people fled from Millbrook and Eastmere in March.", "Northland", []),
    # negatives: no place named holds both (the first stays); one origin and a destination
    ("Storms hit Northland. More than 4,000 people fled from Millbrook and Westford in March.", "Millbrook", []),
    ("Storms hit Northland. More than 4,000 people fled from Millbrook to Eastmere in March.", "Millbrook", ["Eastmere"]),
])
def test_one_figure_from_places_joined_is_from_the_place_holding_them(text, origin, destinations):
    doc = Document("d", "Flood news\n\n" + text)
    assert [(r.count.value, r.origin.name, [d.name for d in r.destinations])
            for r in find_reports(doc, stub_mentions(doc, TOWNS)) if r.count] == [(4000, origin, destinations)]


KORVA = Place("t:kv", "Korva", 11.0, 21.0, "region", "ZZ")  # an island the index holds apart from its county
KORVA_COUNTY = Place("t:kc", "Korva County", 11.1, 21.1, "admin2", "ZZ", parent="t:nl", enclosing=("t:nl",))
PINEHAVEN = Place("t:ph", "Pinehaven", 11.2, 21.2, "city", "ZZ", parent="t:kc", enclosing=("t:kc", "t:nl"))
ASHFORD_PROVINCE = Place("t:ap", "Ashford Province", 12.0, 22.0, "admin1", "ZZ")
ASHFORD = Place("t:af", "Ashford", 12.1, 22.1, "city", "ZZ", parent="t:ap", enclosing=("t:ap",))
NAMESAKES = {p.name: p for p in (KORVA, KORVA_COUNTY, PINEHAVEN, ASHFORD_PROVINCE, ASHFORD)}


@pytest.mark.parametrize("text, place", [
    # the island and its county are one place: named five times, more than the town
    ("Fire tore through Pinehaven. Pinehaven lost 200 homes. Korva officials said Korva roads shut and Korva "
     "schools closed; Korva County opened shelters, Korva County said.", KORVA_COUNTY),
    ("Korva was hit hard. Pinehaven burned, and Pinehaven's harbour too. Korva County and Korva asked for help.",
     KORVA_COUNTY),
    # negatives: the county alone, named as often as the town; a city and its province are two scales
    ("Fire tore through Pinehaven. Pinehaven lost 200 homes. Korva County opened shelters, Korva County said.",
     PINEHAVEN),
    ("Ashford flooded. Ashford lost power, and Ashford Province sent boats.", ASHFORD),
])
def test_an_island_and_the_county_of_its_name_are_one_place_for_the_articles_place(text, place):
    assert article_place(stub_mentions(Document("d", text), NAMESAKES), text) == place
