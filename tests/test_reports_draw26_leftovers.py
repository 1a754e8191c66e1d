"""Movement reports, issue 5: misreadings left by the 26th round's draws on real text, told in made-up wordings (not
benchmark or corpus text)."""
from gazetteer.model import Place
from geo.model import Document
from geo.reports import find_reports
from test_reports_seeds import stub_mentions
from test_reports_unseen import figures

_PLACES = {p.name: p for p in (Place("t:tarnow", "Tarnow", 18.5, 73.8, "city", "IN"),
                               Place("t:ostland", "Ostland", 26.0, 92.9, "admin1", "IN"))}

_FLOOD = "Heavy rain flooded the river valley this week, and thousands of families were displaced. "


def test_people_moved_somewhere_for_safety_were_evacuated():
    # a move made for safety from a hazard is an evacuation, wherever it took them
    text = "Some 40,000 families were moved to storm shelters and schools for safety by volunteers."
    assert figures(text, headline="") == [(40000, "families", "evacuated")]
    # moved into shelters, no word of why: sheltered there
    text = "Some 40,000 families were moved to storm shelters and schools by volunteers."
    assert figures(text, headline="") == [(40000, "families", "sheltered")]
    # a word naming relocation keeps its own term
    text = "Some 40,000 families were relocated to new homes for their safety."
    assert figures(text, headline="") == [(40000, "families", "relocated")]


def test_people_put_or_placed_in_safer_places_were_evacuated():
    text = _FLOOD + "The navy alone has rescued 6,500 villagers and put them in safer places."
    assert (6500, "people", "evacuated") in figures(text, headline="")
    text = _FLOOD + "Soldiers placed 900 villagers in safe areas on the hills."
    assert (900, "people", "evacuated") in figures(text, headline="")
    # put somewhere that is no safe place, or put at risk: no movement of theirs
    text = _FLOOD + "The storm has put 6,500 villagers in danger of landslides."
    assert [f for f in figures(text, headline="") if f[0] == 6500] == []


def _placed(text: str) -> list[tuple[int | None, str, str | None, tuple[str, ...]]]:
    doc = Document("doc", text)
    return [(r.count.value if r.count else None, r.term, r.origin.name if r.origin else None,
             tuple(p.name for p in r.destinations)) for r in find_reports(doc, stub_mentions(doc, _PLACES))]


def test_a_city_before_a_colon_opening_the_text_is_where_the_story_was_filed():
    text = ("Tarnow: More than 3,000 people were rescued and evacuated from the flooded areas in Ostland, officials said "
            "on Friday. Medical teams have seen over 2,000 people.\n\nThe relief agency said that over 90,000 people have "
            "taken shelter in some 400 camps in the flood-hit state.")
    assert (90000, "sheltered", None, ("Ostland",)) in _placed(text)
    # a region before a colon heads the text: it is the story's place
    text = "Ostland: Over 90,000 people have taken shelter in some 400 camps in the flood-hit state, officials said."
    assert _placed(text) == [(90000, "sheltered", None, ("Ostland",))]
    # a city in a headline (no full stop) is the story's too
    text = ("Floods in Tarnow: 90,000 in camps\n\nOver 90,000 people have taken shelter in some 400 camps in the city, "
            "officials said.")
    assert _placed(text) == [(90000, "sheltered", None, ("Tarnow",))]


def test_people_only_said_to_be_moved_in_an_article_about_a_deal_for_their_evacuation_were_evacuated():
    opening = ("Coaches began leaving the two besieged hill towns at dawn under a truce deal that lets the residents go. "
               "Twelve coaches were seen driving out of the towns.\n\n")
    text = opening + "All residents -- about 5,300 people -- are expected to be bussed out, monitors said."
    assert (5300, "people", "evacuated") in figures(text, headline="")
    # a word naming relocation keeps its own term
    text = opening + "All residents -- about 5,300 people -- are expected to be relocated, monitors said."
    assert (5300, "people", "relocated") in figures(text, headline="")
    # with no deal, being bussed names no evacuation, even in an article about one
    opening = "Coaches began evacuating the two hill towns at dawn as the shelling grew.\n\n"
    text = opening + "About 5,300 people were bussed to camps near the coast, monitors said."
    assert (5300, "people", "evacuated") not in figures(text, headline="")


def test_a_million_people_naming_no_place_are_in_the_only_province_the_article_names():
    text = "Floods in Ostland, 2031\n\n• 210 lives lost\n• At least a million people evacuated"
    assert [r[:3] for r in _placed(text)] == [(1000000, "evacuated", "Ostland")]
    # an article naming other places too: a million naming none may be nationwide, no place of the article's
    text = ("Floods in Ostland, 2031\n\n• 210 lives lost in Ostland and Tarnow\n"
            "• At least a million people evacuated")
    assert [r[:3] for r in _placed(text)] == [(1000000, "evacuated", None)]


def test_a_list_flattened_into_a_line_with_spaced_full_stops_is_read_as_rows_under_its_label():
    text = ("Response\n\no Boats sent to the river villages - 212 o No. of persons evacuated . Ostland - 41,250 . "
            "Tarnow - 3,875 . Total - 45,125 Needs Assessment")
    assert [r[:3] for r in _placed(text)] == [(41250, "evacuated", "Ostland"), (3875, "evacuated", "Tarnow"),
                                              (45125, "evacuated", None)]
    # a label counting no movement heads no rows
    text = ("Response\n\no Families evacuated from the river villages - 212 o No. of boats used . Ostland - 41 . "
            "Tarnow - 38 . Total - 79 Needs Assessment")
    assert not {41, 38, 79} & {r[0] for r in _placed(text)}


def test_people_an_aid_agency_shelters_and_the_number_they_grew_to_are_sheltered():
    opening = "Thousands more families have left their homes since the shelling of the coastal strip began.\n\n"
    text = opening + ("Four days ago, the agency was sheltering around 14,000 people. That number has since nearly "
                      "tripled to over 41,000 - far more than in any earlier war.")
    found = figures(text, headline="")
    assert (14000, "people", "sheltered") in found and (41000, "people", "sheltered") in found
    # people an agency serves are its caseload, no one moved
    text = opening + "The agency serves 5.9 million registered refugees across the region."
    assert [f for f in figures(text, headline="") if f[0] == 5900000] == []


def test_people_who_moved_and_are_camping_somewhere_were_displaced():
    text = _FLOOD + ("After the river burst its banks, 240 households have moved from their hamlets near the delta "
                     "and are camping at a secondary school.")
    assert (240, "households", "displaced") in figures(text, headline="")
    # moved to somewhere they live now: a move, no camp
    text = _FLOOD + ("After the river burst its banks, 240 households have moved from their hamlets near the delta "
                     "to a new estate on the hill.")
    assert (240, "households", "relocated") in figures(text, headline="")
