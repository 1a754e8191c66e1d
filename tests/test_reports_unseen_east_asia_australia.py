"""Movement reports, issue 5: wordings that real, unseen excerpts on disasters in East and Southeast Asia and Australia
showed dropped or wrongly kept. Inputs are hand-written, not benchmark or corpus text."""
from test_reports_unseen import figures


def test_homes_half_destroyed_are_damage_not_destroyed_housing():
    assert figures("Villagers fled after seven houses were half-collapsed by the landslide near the school.") == []
    assert figures("Landslides left 12 homes half-buried and 30 homes buried, and 200 residents were evacuated.") == [
        (30, "households", "destroyed housing"), (200, "people", "evacuated")]
    # without "half" the homes are destroyed
    assert figures("Villagers fled after seven houses were collapsed by the landslide near the school.") == [
        (7, "households", "destroyed housing")]
