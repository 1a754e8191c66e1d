"""Movement reports, issue 5: shapes left by earlier rounds on real text (round 29), told in made-up wordings (not
benchmark or corpus text)."""
from gazetteer.model import Place
from geo.model import Document
from geo.reports import find_reports
from test_reports import reports_of
from test_reports_seeds import stub_mentions
from test_reports_unseen import figures

_FLOOD = "Heavy rain flooded the river valley this week, and thousands of families fled their homes. "


def _of(text: str, value: int) -> list[tuple[int | None, str, str]]:
    return [f for f in figures(_FLOOD + text, headline="") if f[0] == value]


def test_an_aside_giving_the_moved_people_their_size_counts_them():
    assert _of("Those displaced people, now numbering more than 14,000, sleep in tents.", 14000) == [
        (14000, "people", "displaced")]
    assert _of("Displaced households, estimated at 2,600, still lack water.", 2600) == [
        (2600, "households", "displaced")]
    # an aside sizing something else than the people: no report
    assert _of("Losses in the camps of displaced families, estimated at $4 million, were tallied.", 4000000) == []
    assert _of("Aid groups, now numbering 35, run the kitchens.", 35) == []


_FIGHTING = "Fighting spread across the province this week, and thousands of families fled their homes. "


def _roles(text: str) -> list[tuple[int, str, str, tuple[str, ...]]]:
    return [(r.count.value, r.term, r.origin_text, tuple(r.destination_texts))
            for r in reports_of(_FIGHTING + text, headline="") if r.count and r.count.value]


def test_people_burned_out_of_their_homes_were_displaced():
    assert _roles("Nearly 900 farmers were burned out of their homes by the militia.") == [(900, "displaced", "", ())]
    # things burned out are no people moved; homes burned out are destroyed
    assert _roles("Some 40 trucks were burned out on the highway.") == []
    assert [r[1] for r in _roles("About 75 houses were burned out by the militia.")] == ["destroyed housing"]


def test_where_people_driven_out_have_settled_or_now_live_is_their_destination():
    assert _roles("Nearly 900 farmers were burned out of their homes in March and have settled in Erbil.") == [
        (900, "displaced", "", ("Erbil",))]
    assert _roles("About 1,300 people made homeless by the shelling are now living in Erbil.") == [
        (1300, "homeless", "", ("Erbil",))]
    # people living in a place before they were told to leave: it is where they left
    assert _roles("About 1,300 people living in Erbil were told to leave.") == [(1300, "evacuated", "Erbil", ())]


def _placed(text: str) -> list[tuple[int, str, str, bool]]:
    return [(r.count.value, r.term, r.origin_text, r.part)
            for r in reports_of(_FIGHTING + text, headline="") if r.count and r.count.value]


def test_a_whole_including_parts_placed_by_name_reports_each_part_at_its_place():
    assert _placed("About 52,000 people were evacuated across the north, including 41,000 in Mosul and 2,500 in "
                   "Erbil.") == [(52000, "evacuated", "", False), (41000, "evacuated", "Mosul", True),
                                 (2500, "evacuated", "Erbil", True)]
    # a part that is a kind of people, not a place's share, stays the whole's breakdown
    assert _placed("About 52,000 people were evacuated across the north, including 9,000 children.") == [
        (52000, "evacuated", "", False)]


def test_a_sentence_listing_parts_of_the_figure_before_place_by_place_reports_each_part_at_its_place():
    assert _placed("Some 30,500 residents had been evacuated by Monday. This includes about 27,000 in Mosul and "
                   "2,100 in nearby Erbil.") == [(30500, "evacuated", "", False), (27000, "evacuated", "Mosul", True),
                                                 (2100, "evacuated", "Erbil", True)]
    # parts with no place of their own add no report
    assert _placed("Some 30,500 residents had been evacuated by Monday. This includes about 8,000 children.") == [
        (30500, "evacuated", "", False)]


def test_a_key_figure_row_pairs_each_figure_with_the_label_in_its_place():
    text = _FLOOD + "\n\n7,300 2,140 65\npeople displaced households in shelters clinics used as shelters"
    assert figures(text, headline="") == [(None, "families", "fled"), (7300, "people", "displaced"),
                                          (2140, "households", "sheltered")]
    text = _FLOOD + "\n\n41,800 9,620 1,370 22 Affected people Displaced people Damaged houses Affected districts"
    assert [f for f in figures(text, headline="") if f[0]] == [(9620, "people", "displaced")]
    # labels that cannot be paired with the figures (fewer than the cells): only the first figure takes a label
    text = _FLOOD + "\n\n7,300 2,140 65 people displaced households in shelters"
    assert [f for f in figures(text, headline="") if f[0]] == [(7300, "people", "displaced")]


_IRAQ = Place("geonames:99237", "Iraq", 33.0, 44.0, "country", "IQ")
_NINEVEH = Place("geonames:98227", "Nineveh", 36.0, 42.5, "admin1", "IQ", parent="geonames:99237")
_TOWN = Place("geonames:99072", "Mosul", 36.335, 43.1189, "city", "IQ", parent="geonames:98227")
_STORY = ("Floods hit Mosul\n\nThe river burst its banks in Mosul, Iraq on Monday, flooding homes in Nineveh province.\n\n"
          "Rescuers moved families from the lowest streets. ")


def _origins(text: str, story: str = _STORY) -> list[tuple[int, str | None]]:
    doc = Document("doc", story + text)
    names = {p.name: p for p in (_IRAQ, _NINEVEH, _TOWN)}
    return [(r.count.value, r.origin.name if r.origin else None)
            for r in find_reports(doc, stub_mentions(doc, names)) if r.count and r.count.value]


def test_a_figure_of_the_whole_country_or_disaster_area_is_there_not_in_the_articles_town():
    assert _origins("Nationwide, some 26,000 people have fled their homes.") == [(26000, "Iraq")]
    assert _origins("About 7,400 people were displaced in the worst-hit areas.") == [(7400, "Nineveh")]
    # an article naming neither its country nor its province: no origin, never its town
    story = "Floods hit Mosul\n\nThe river burst its banks in Mosul on Monday.\n\nRescuers moved families. "
    assert _origins("Nationwide, some 26,000 people have fled their homes.", story) == [(26000, None)]
    # a figure in the town itself stays there
    assert _origins("About 7,400 people were displaced in the city.") == [(7400, "Mosul")]
