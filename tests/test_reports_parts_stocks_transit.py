"""Movement reports, issue 5: misreadings left by earlier rounds of real-text reviews (a part "of these" placed where
its whole was). Inputs are hand-written, not benchmark or corpus text."""
import pytest

from test_reports_where_it_happened import places_of

_STRUCK_KASKI = "Landslides struck Kaski on Monday. Soldiers evacuated 900 families from the river banks. "
# a later sentence names another place more often, so the article's place is Syangja
_SYANGJA_LATER = " In neighbouring Syangja, 2,000 people were affected. Syangja roads are shut and Syangja schools are closed."


@pytest.mark.parametrize("text, placed", [
    # a part "of these" is where the figure before put its people: where the 900 left, or where they went
    (_STRUCK_KASKI + "Of these, 400 families are staying in schools, an official said." + _SYANGJA_LATER,
     [(900, "Kaski", ()), (400, None, ("Kaski",))]),
    (_STRUCK_KASKI + "Of them, 300 families were moved to tents." + _SYANGJA_LATER,
     [(900, "Kaski", ()), (300, "Kaski", ())]),
    ("Soldiers evacuated 900 families from Kaski to Dhaka. Of these, 400 families are staying in schools." + _SYANGJA_LATER,
     [(900, "Kaski", ("Dhaka",)), (400, None, ("Dhaka",))]),
    # negatives: no part opening, or a whole placed nowhere, leaves the article's place standing in
    (_STRUCK_KASKI + "Some 400 families are staying in schools, an official said." + _SYANGJA_LATER,
     [(900, "Kaski", ()), (400, None, ("Syangja",))]),
    ("Soldiers evacuated 900 families from the river banks. Of these, 400 families are staying in schools." + _SYANGJA_LATER,
     [(900, "Syangja", ()), (400, None, ("Syangja",))]),
])
def test_a_part_of_the_figure_before_is_where_that_figure_put_its_people(text, placed):
    assert places_of(text) == placed
