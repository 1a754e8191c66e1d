"""Movement reports, issue 5: misreadings left by the 28th round's reviews (a wildfire, an earthquake) on real text,
told in made-up wordings (not benchmark or corpus text)."""
from gazetteer.model import Place
from geo.model import Document
from geo.reports import find_reports
from test_reports_seeds import stub_mentions

_PLACES = {p.name: p for p in (Place("t:marlow", "Marlow", 39.7, -121.8, "city", "US"),
                               Place("t:fenton", "Fenton", 39.4, -121.7, "city", "US"))}

_FIRE = "A wind-driven wildfire forced thousands of residents to flee their homes this week. "


def _placed(text: str) -> list[tuple[int | None, str, str | None, tuple[str, ...]]]:
    doc = Document("doc", text)
    return [(r.count.value if r.count else None, r.term, r.origin.name if r.origin else None,
             tuple(p.name for p in r.destinations)) for r in find_reports(doc, stub_mentions(doc, _PLACES))]


def test_people_camping_out_at_a_refuge_are_sheltered_there():
    text = _FIRE + "Officials said 820 people were registered at the fairgrounds in Marlow, including 90 camping outdoors."
    assert (820, "sheltered", None, ("Marlow",)) in _placed(text)
    text = _FIRE + "Everyone inside the shelter in Fenton has left, but 40 people are still sleeping outside there."
    assert (40, "sheltered", None, ("Fenton",)) in _placed(text)
    # camping out in a town, no refuge named: homeless where they lived
    text = _FIRE + "Officials said 820 people were camping outdoors in Marlow after the blaze."
    assert (820, "homeless", "Marlow", ()) in _placed(text)


def _statuses(text: str) -> list[tuple[int | None, str]]:
    doc = Document("doc", text)
    return [(r.count.value if r.count else None, r.status) for r in find_reports(doc, stub_mentions(doc, _PLACES))]


def test_a_future_perfect_reached_within_the_day_told_is_underway():
    # a running total the speaker says will be reached by the end of the day: mostly done, the rest under way
    text = _FIRE + "\"We will have flown 8,400 people out of Marlow since Monday by the end of today,\" the airline said."
    assert (8400, "underway") in _statuses(text)
    text = _FIRE + "Officials said 8,400 people will have left Marlow by tonight."
    assert (8400, "underway") in _statuses(text)
    # one reached on a later day is a projection: planned
    text = _FIRE + "Officials said 8,400 people will have left Marlow by Friday."
    assert (8400, "planned") in _statuses(text)


_WAR = "Fighting forced thousands of families to flee the border province this week. "


def test_people_who_passed_through_a_border_crossing_crossed():
    text = _WAR + "Officials said 3,100 refugees had passed through the Kessa border crossing since Monday."
    assert [(v, t) for v, t, _, _ in _placed(text) if v == 3100] == [(3100, "crossed")]
    # passing through a town is no crossing, nor a movement of theirs
    text = _WAR + "Officials said 3,100 refugees had passed through the town centre since Monday."
    assert [(v, t) for v, t, _, _ in _placed(text) if v == 3100] == []


def test_passengers_carried_day_after_day_are_people_moving():
    # a stream of passengers a day out of a place is people leaving it, no one vehicle's load
    text = _FIRE + "A coach operator said it transported some 1,700 passengers a day from Marlow to other towns."
    assert (1700, "Marlow") in [(v, o) for v, _, o, _ in _placed(text)]
    # a vehicle's passengers, counted once, are its occupants: a bus emptied
    text = _FIRE + "A coach operator said all 70 passengers were evacuated from a bus near Marlow."
    assert [v for v, _, _, _ in _placed(text) if v == 70] == []


def test_a_group_taken_somewhere_with_no_figure_takes_its_figure_told_later():
    opening = (_FIRE + "Crews evacuated a clinic and a care home. Clinic patients were sent to a school in Marlow.\n\n"
               "Two roads were closed for the night.\n\n")
    placed = _placed(opening + "The clinic's 45 patients have been evacuated, a spokeswoman said.")
    assert (45, "evacuated", None, ("Marlow",)) in placed
    assert (None, "evacuated", None, ("Marlow",)) not in placed  # told again with its figure
    # another owner's people are another group: no destination of the first's
    placed = _placed(opening + "The care home's 45 residents have been evacuated, a spokeswoman said.")
    assert (45, "evacuated", None, ()) in placed
