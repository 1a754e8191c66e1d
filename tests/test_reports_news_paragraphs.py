"""Movement reports, issue 5: wordings of whole news paragraphs (a speaker's reported estimate, a live blog's dated
heading) that real, unseen news texts showed dropped or wrongly read. Inputs are hand-written, not benchmark or corpus text."""
from test_reports_unseen import figures


def test_a_speaker_who_said_or_estimated_a_figure_reports_it():
    assert figures('"It is grim," said the district officer Ruth Amos, who estimated that 2,500 villagers had fled.') == [
        (2500, "people", "fled")]
    assert figures("The roads are open again, said Ruth Amos, who said 800 families had been evacuated.") == [
        (800, "families", "evacuated")]
    # the speaker's own movement is still not the count's
    assert figures('"We lost everything," said Ruth Amos, who fled her village with 14 neighbours.') == []


def test_homes_set_fire_to_or_being_burnt_down_are_destroyed():
    assert figures("Gunmen set fire to about 250 huts in the hamlet.") == [(250, "households", "destroyed housing")]
    assert figures("Two men were killed, with raiders burning down some 90 houses.") == [
        (90, "households", "destroyed housing")]
    # a fire set to a market or homes still burning are no count of homes destroyed
    assert figures("Rioters set fire to the market and 300 residents fled.") == [(300, "people", "fled")]
    assert figures("Families ran from their burning homes as 40 firefighters arrived.") == []


def test_the_people_an_evacuation_order_affects_were_told_to_leave():
    assert figures("The evacuation order affects about 6,200 people, the county said.") == [(6200, "people", "evacuated")]
    # what a plan or a drill affects is no one moved
    assert figures("The county's evacuation plan affects 45,000 residents.") == []


def test_people_who_spent_the_night_in_makeshift_accommodation_were_sheltered():
    assert figures("Almost 350 residents spent the night in makeshift accommodation.") == [(350, "people", "sheltered")]
    assert figures("About 120 families slept in temporary shelters.") == [(120, "families", "sheltered")]
    # the crew of a job who stay the night somewhere are no one sheltered
    assert figures("Some 50 officers spent the night in temporary accommodation near the summit.") == []
