"""Movement reports: leftovers of a real-text review of an enclave's exodus into a neighbouring country (a tally of
vehicles beside a tally of people, places a territory passes to, people served named by their home, a part of a
qualified whole). Inputs are hand-written, not benchmark excerpts."""
import pytest

from geo.counting import moving_counts


@pytest.mark.parametrize("text, found", [
    # a figure after a comma that a tally gives its value ("the number of X is N") counts what the tally names:
    # vehicles, trucks are no people
    ("The number of displaced people is 8,200, the number of vehicles is 2,100.", [8200]),
    ("So far 900 people have fled, the number of trucks is 310.", [900]),
    # negatives: a tally of moved people after a comma, a table's label cells
    ("So far 900 people have fled, the number of evacuees is 5,400.", [900, 5400]),
    ("Displaced people: 7,800; Houses destroyed: 300", [7800, 300]),
])
def test_a_tally_after_a_comma_counts_what_it_names(text, found):
    assert [c.count.value for c in moving_counts(text)] == found
