"""Movement reports, issue 5: misreadings left by the 26th round's draws on real text, told in made-up wordings (not
benchmark or corpus text)."""
from test_reports_unseen import figures

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
