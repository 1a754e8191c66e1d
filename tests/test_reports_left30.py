"""Misreadings left by the Katrina, Idai and Fort McMurray reviews (made-up wording; positives failed before)."""
from __future__ import annotations

from datetime import date

import pytest

from geo.counting import moving_counts
from geo.model import Document, Place
from geo.reports import find_reports
from test_reports_seeds import stub_mentions

WESTLAND = Place("t:we", "Westland", 30.0, -91.0, "admin1", "US")
RIVERTON = Place("t:ri", "Riverton", 29.7, -95.3, "city", "US")
HARBOURTON = Place("t:ha", "Harbourton", 29.9, -90.1, "city", "US", parent="t:we", enclosing=("t:we",))
PLACES = {p.name: p for p in (WESTLAND, RIVERTON, HARBOURTON)}
OPENING = "Thousands of storm evacuees left flooded Harbourton on Tuesday, and more were evacuated by bus."


def reports_of(text: str):
    doc = Document("doc", "Storm evacuees move on\n\n" + OPENING + "\n\n" + text, date=date(2005, 8, 31))
    return find_reports(doc, stub_mentions(doc, PLACES))


def _figures(text: str) -> list[tuple[int | None, tuple[str, ...]]]:
    return [(r.count.value, tuple(p.name for p in r.destinations)) for r in reports_of(text) if r.count is not None]


def _values(text: str) -> list[int | None]:
    return [c.count.value for c in moving_counts(text)]


@pytest.mark.parametrize("text, values", [
    # a participle and its preposition after the noun only describe the people; their verb comes after an aside
    ("The 12,000 people now confined to the crowded arena, as well as some other evacuees, will go to Dallas.", [12000]),
    # ... past the place's listed adjectives, and others added without a closing comma
    ("But the 4,000 families now crammed into the hot, noisy gym, as well as a few others will be moved to a camp.",
     [4000]),
    # negative: people described by their harm are casualties, their transport care
    ("The 300 people injured in the collapse were taken to hospital.", []),
    # negative: an -ed verb with no preposition is the people's own verb
    ("About 2,000 people protested because they were displaced by the dam.", []),
])
def test_a_participle_describing_people_is_not_their_verb(text, values):
    assert _values(text) == values


@pytest.mark.parametrize("text, figures", [
    # the clause a contrast opens with the count is its own: the places before "but" are another movement's
    ("Patients had already been evacuated to hospitals in other Westland towns, but the 12,000 people now confined to "
     "the arena, as well as some other evacuees, will go to Riverton.", [(12000, ("Riverton",))]),
    ("Patients were flown to hospitals in Westland, but about 12,000 people will go to Riverton by bus.",
     [(12000, ("Riverton",))]),
    # negative: with no place of its own, the count keeps the sentence's
    ("Most residents fled to Riverton, but the 12,000 who evacuated later have not been counted there.",
     [(12000, ("Riverton",))]),
])
def test_a_count_opening_a_contrast_takes_its_clause_places(text, figures):
    assert [f for f in _figures(text) if f[0] == 12000] == figures


@pytest.mark.parametrize("text, term", [
    # people put or placed into a hall, an arena or a dome are taken in there: sheltered, where the article is
    ("Another 2,000 evacuees were put into the Westfield Arena next door.", "sheltered"),
    ("Another 2,000 evacuees were placed inside the old convention center downtown.", "sheltered"),
    # negative: put in place is no building
    ("Another 2,000 evacuees were put in place on buses and driven away.", "evacuated"),
])
def test_people_put_into_a_hall_are_sheltered_there(text, term):
    assert [r.term for r in reports_of(text) if r.count is not None and r.count.value == 2000] == [term]


@pytest.mark.parametrize("text, values", [
    # a clause of when "they" were moved, a few words after the count, is the count's people's movement
    ("Witnesses saw hundreds of flood victims carrying bundles on their backs as they were moved to a camp near the "
     "port.", [None]),
    # negative: they did something else; others moved them
    ("Witnesses saw hundreds of flood victims carrying bundles on their backs as they were selling fruit.", []),
    ("Witnesses saw hundreds of flood victims carrying bundles on their backs as soldiers moved them to a camp.", []),
])
def test_a_count_moved_as_they_a_few_words_on(text, values):
    assert _values(text) == values
