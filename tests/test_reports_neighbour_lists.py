"""Figures of people who fled into several neighbouring countries, listed in one sentence: each country takes its own
figure as the place people reached, the way the first figure's verb says (made-up countries)."""
import pytest

from gazetteer import Gazetteer
from gazetteer.model import Place
from geo.model import Document
from geo.pipeline import find_places
from geo.reports import find_reports
from test_reports_seeds import stub_mentions

COUNTRIES = {p.name: p for p in (
    Place("t:norland", "Norland", 50.0, 30.0, "country", "NL"),
    Place("t:estavia", "Estavia", 52.0, 20.0, "country", "ES"),
    Place("t:wesmark", "Wesmark", 47.0, 19.0, "country", "WM"),
    Place("t:sudria", "Sudria", 47.0, 28.0, "country", "SU"),
)}


def _read(text: str) -> list[tuple[int, str | None, tuple[str, ...]]]:
    doc = Document("doc", "Refugee news\n\n" + text)
    return [(r.count.min, r.origin.name if r.origin else None, tuple(p.name for p in r.destinations))
            for r in find_reports(doc, stub_mentions(doc, COUNTRIES)) if r.count is not None]


def _read_world(text: str) -> list[tuple[int, str | None, tuple[str, ...]]]:
    """The same, with the world's places and peoples ("Ukrainians": Ukraine)."""
    gazetteer = Gazetteer.default()
    doc = Document("doc", text)
    return [(r.count.min, r.origin.name if r.origin else None, tuple(p.name for p in r.destinations))
            for r in find_reports(doc, find_places(doc, gazetteer), gazetteer.peoples(text)) if r.count is not None]


@pytest.mark.parametrize("text, expected", [
    # the first figure enters or reaches a country, each later one is "in" the next: the country it reached
    ("Officials tallied 410,000 people entering Estavia, about 52,000 in Wesmark and some 20,000 in Sudria.",
     [(410000, None, ("Estavia",)), (52000, None, ("Wesmark",)), (20000, None, ("Sudria",))]),
    ("The tally had 410,000 people reaching Estavia, over 52,000 in Wesmark, 20,000 in Sudria, officials said.",
     [(410000, None, ("Estavia",)), (52000, None, ("Wesmark",)), (20000, None, ("Sudria",))]),
    # negatives: figures each displaced in its own place stay where it happened; after "fleeing to" a figure "in" a
    # place is no next destination
    ("Floods displaced 3,000 people in Estavia, 900 in Wesmark and 200 in Sudria.",
     [(3000, "Estavia", ()), (900, "Wesmark", ()), (200, "Sudria", ())]),
    ("Officials tallied 410,000 people fleeing to Estavia, 52,000 in Wesmark.", [(410000, None, ("Estavia",))]),
])
def test_figures_listed_after_a_country_entered_each_reach_their_own(text, expected):
    assert _read(text) == expected


@pytest.mark.parametrize("text, expected", [
    # places listed each before its figure after the first received people: each received its own
    ("Estavia has received 120,000 refugees, Wesmark 64,000 and Sudria 51,000, officials said.",
     [(120000, None, ("Estavia",)), (64000, None, ("Wesmark",)), (51000, None, ("Sudria",))]),
    # negatives: no verb of receiving before the list; a figure of things after a place
    ("Estavia has seen 120,000 refugees, Wesmark 64,000 and Sudria 51,000, officials said.", []),
    ("Estavia has received 120,000 refugees, Wesmark 64,000 tents, officials said.", [(120000, None, ("Estavia",))]),
])
def test_places_listed_before_their_figures_each_received_their_own(text, expected):
    assert _read(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the people named by their country once, for all the figures listed after the first: where each came from
    ("Austria has received 12,000 Ukrainian refugees, Italy 6,400 and Germany 5,100, while 2,000 have fled to Spain,"
     " officials in Vienna said.",
     [(12000, "Ukraine", ("Austria",)), (6400, "Ukraine", ("Italy",)), (5100, "Ukraine", ("Germany",)),
      (2000, "Austria", ("Spain",))]),
    # negative: a figure with a verb of its own is no figure listed after the first
    ("Austria has received 12,000 Ukrainian refugees, and 300 refugees fled to Italy, officials in Vienna said.",
     [(12000, "Ukraine", ("Austria",)), (300, "Austria", ("Italy",))]),
])
def test_figures_listed_after_the_first_count_its_people(text, expected):
    assert _read_world(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a country heading the paragraph of people of another country who fled abroad is where they went
    ("Fighting has driven 300,000 people out of Ukraine.\n\n- Slovakia - Some 26,000 Ukrainians have fled over the"
     " border, border guards said.", [(300000, "Ukraine", ()), (26000, "Ukraine", ("Slovakia",))]),
    # negatives: people named by no country, or by the heading's own, left it
    ("Fighting has driven 300,000 people out of Ukraine.\n\n- Slovakia - Some 26,000 people have fled over the"
     " border, border guards said.", [(300000, "Ukraine", ()), (26000, "Slovakia", ())]),
    ("Fighting has driven 300,000 people out of Slovakia.\n\n- Ukraine - Some 26,000 Ukrainians have fled over the"
     " border, border guards said.", [(300000, "Slovakia", ()), (26000, "Ukraine", ())]),
])
def test_a_country_heading_people_of_another_who_fled_abroad_is_where_they_went(text, expected):
    assert _read_world(text) == expected


@pytest.mark.parametrize("text, expected", [
    # people arriving in another country, in a story of people fleeing a country, came from that country
    ("Fighting has driven 900,000 people out of Ukraine. Families fled Ukraine by train. Some 200,000 have arrived in"
     " Poland, officials said.", [(900000, "Ukraine", ()), (200000, "Ukraine", ("Poland",))]),
    # negatives: an arrival within the country left; a story not of people leaving its country
    ("Fighting has driven 900,000 people out of Ukraine. Families fled Ukraine by train. Some 200,000 have arrived in"
     " Lviv, officials said.", [(900000, "Ukraine", ()), (200000, None, ("Lviv",))]),
    ("Ukraine hosts many students. Some 200,000 people have arrived in Poland, officials in Ukraine said.",
     [(200000, None, ("Poland",))]),
])
def test_arrivals_abroad_in_a_story_of_people_leaving_a_country_came_from_it(text, expected):
    assert _read_world(text) == expected
