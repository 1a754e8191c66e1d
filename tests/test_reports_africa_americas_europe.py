"""Movement reports, issue 5: shapes of African, American and European relief updates and news (people made homeless
"according to" a source with no comma before it, a place's size said to be small, people a shelter is housing who
are called affected). Inputs are hand-written, not benchmark or corpus text."""
import pytest

from test_reports import reports_of
from test_reports_unseen import figures


@pytest.mark.parametrize("text, found", [
    ("Torrents struck the valley and some 2,300 were made homeless according to the provincial office.",
     [(2300, "people", "homeless")]),
    ("About 640 families were left homeless according to local officials.", [(640, "families", "homeless")]),
    # negatives: "homeless" as an attribute of a noun stays none, and so does a figure of people only helped
    ("Volunteers fed 300 homeless veterans according to the charity.", []),
    ("A soup kitchen served 300 homeless people according to the charity.", []),
])
def test_homeless_before_according_to_is_a_state(text, found):
    assert figures(text, headline="Flood update\n\n") == found


@pytest.mark.parametrize("text, found", [
    ("In Moravia, a region of just 1.2 million, some 90,000 people fled the rising river.", [(90000, "people", "fled")]),
    ("In Tarvola, an island of only 40,000, about 6,000 residents were evacuated.", [(6000, "people", "evacuated")]),
    # negatives: a place's size without the adverb was already no report; a movement led by "just" still is
    ("In Moravia, a region of 1.2 million, some 90,000 people fled the rising river.", [(90000, "people", "fled")]),
    ("Just 4,000 residents were evacuated from the island.", [(4000, "people", "evacuated")]),
])
def test_a_place_of_just_so_many_is_its_population(text, found):
    assert figures(text, headline="Flood update\n\n") == found


@pytest.mark.parametrize("text, found", [
    ("Nine shelters in four districts are housing 512 persons affected by the landslides.", [(512, "people", "sheltered")]),
    ("Evacuation centres are sheltering 1,200 residents affected by the eruption.", [(1200, "people", "sheltered")]),
    # a university or a campus shelters people too, and so does a centre in the present, also in a relative clause
    ("The university campus is sheltering 7,000 people displaced by the landslides.", [(7000, "people", "sheltered")]),
    ("The gym has become a relief centre that shelters nearly 2,000 people.", [(2000, "people", "sheltered")]),
    # negatives: a venue that hosts its visitors, a block that houses its families
    ("The town's stadium hosts 40,000 fans on match days.", []),
    ("A building that houses 200 families was cut off by the landslides.", []),
    # negatives: people only affected, with no shelter that holds them, stay none
    ("The landslides have affected 512 persons in four districts.", []),
    ("Officials counted 512 persons affected by the landslides in four districts.", []),
])
def test_people_a_shelter_houses_are_sheltered_though_called_affected(text, found):
    assert figures(text, headline="Landslide update\n\n") == found


@pytest.mark.parametrize("text, found", [
    ("Nearly a fifth (3,480 people) of the affected population were evacuated to schools.", [(3480, "people", "evacuated")]),
    # negatives: the people only affected stay none, with or without the population word
    ("Nearly a fifth (3,480 people) of the population were affected by the mudslide.", []),
    ("The mudslide affected 3,480 people in the valley.", []),
])
def test_a_part_of_the_affected_population_moved(text, found):
    assert figures(text, headline="Mudslide update\n\n") == found


@pytest.mark.parametrize("text, found", [
    ("About 9,300 households have been badly affected with 2,410 getting displaced by the rains.",
     [(2410, "households", "displaced")]),
    ("About 9,300 households were affected with 2,410 displaced by the rains.", [(2410, "households", "displaced")]),
    ("Storms lashed the coast, with 2,410 being evacuated overnight.", [(2410, "people", "evacuated")]),
    # negatives: a part of them told by no movement, and people only helped, stay none
    ("About 9,300 households were affected with 2,410 receiving food aid.", []),
    ("Storms lashed the coast, with 2,410 being fed at schools.", []),
])
def test_a_part_of_those_affected_told_by_its_movement_after_with(text, found):
    assert figures(text, headline="Flood update\n\n") == found


@pytest.mark.parametrize("text, found", [
    ("Just 900 of the 14,000 villagers who eventually fled had heard the siren.", [(14000, "people", "fled")]),
    ("Half of the 6,000 residents who later evacuated were elderly.", [(6000, "people", "evacuated")]),
    # negatives: a relative clause of no movement, past an adverb too, moves no one
    ("Just 900 of the 14,000 villagers who eventually voted had heard the siren.", []),
    ("Half of the 6,000 residents who usually vote were elderly.", []),
])
def test_a_whole_moved_by_a_relative_clause_past_an_adverb(text, found):
    assert figures(text, headline="Flood update\n\n") == found


@pytest.mark.parametrize("text, found", [
    # people who lack the means to move have not moved, however near the movement word stands
    ("Nearby counties offered to house 8,000 residents who do not have the money to evacuate.", []),
    ("The plan lists 8,000 residents who lack the transport to flee the coast.", []),
    # negatives: people who had the means, or lacked something else, and moved still did
    ("Some 8,000 residents who had the means to evacuate have left the coast.", [(8000, "people", "evacuated")]),
    ("Some 8,000 residents who lacked cars were evacuated by bus.", [(8000, "people", "evacuated")]),
])
def test_people_without_the_means_to_move_have_not_moved(text, found):
    assert figures(text, headline="Hurricane update\n\n") == found


def origins_of(text: str) -> list[tuple[int | None, str | None]]:
    return [(r.count.value if r.count else None, r.origin.name if r.origin else None) for r in reports_of(text)]


@pytest.mark.parametrize("text, expected", [
    # a place named after a figure no report counts is that figure's; the count's own place after it is the count's
    ("About 300 households were affected by storms in Mosul in March, and later heavy rains left 1,900 households"
     " displaced in Erbil.", [(1900, "Erbil")]),
    ("At least 40 people died in Mosul during the storms and about 1,900 were evacuated in Erbil.", [(1900, "Erbil")]),
    # negatives: a place opening the sentence before any figure, or a count naming no place of its own, keeps it
    ("In Mosul, storms affected 300 households in March, and later heavy rains left 1,900 households displaced"
     " in Erbil.", [(1900, "Mosul")]),
    ("About 300 households were affected by storms in Mosul in March, and later heavy rains left 1,900 households"
     " displaced.", [(1900, "Mosul")]),
])
def test_the_place_of_a_figure_no_report_counts_is_not_the_counts(text, expected):
    assert origins_of(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a relative clause closed by its comma before the place leaves it to the sentence's movement
    ("Storms, which have hit towns for a week, had made 2,600 people homeless in Erbil.", [(2600, "Erbil")]),
    ("The storms, which flattened 80 villages in Erbil, had made 2,600 people homeless in Mosul.", [(2600, "Mosul")]),
    # negatives: a place inside the clause, still open, is no place of the movement: the article's place stands
    ("Storms, which have hit towns in Erbil for a week, had made 2,600 people homeless.", [(2600, "Mosul")]),
    ("Storms had made 2,600 people homeless, which is twice the number seen in Erbil.", [(2600, "Mosul")]),
])
def test_a_place_after_a_closed_relative_clause_places_the_movement(text, expected):
    assert [(r.count.value if r.count else None, r.origin.name if r.origin else None)
            for r in reports_of(text, headline="Mosul floods\n\n")] == expected
