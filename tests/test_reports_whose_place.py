"""Movement reports, issue 5: whose place a count is when the sentence names it as the people's owner, the subject that
"had" them or was hit "with" them, or the locative opening the clause of "there were" (not the article's place nor the
dateline's, nor the place of the count before). Inputs are hand-written, not benchmark or corpus text."""
from test_reports_where_it_happened import places_of


def test_a_place_whose_possessive_or_had_comes_before_its_counted_people_is_their_home():
    # the article's place (Kaski, named most) does not stand in for the place the people counted belong to
    before = "Rain has soaked Kaski for days, and Kaski and Syangja carried out evacuations.\n\nAn official said "
    assert places_of(before + "Syangja's 420 families were evacuated from the river banks.") == [(420, "Syangja", ())]
    assert places_of(before + "Syangja had 420 families (1,900 people) evacuated from the river banks.") == [
        (420, "Syangja", ())]
    # a place that had or owns something else is no home of the people counted after it
    assert places_of(before + "Syangja had 420 millimetres of rain as 300 families were evacuated from the river "
                     "banks.") == [(300, "Kaski", ())]
    assert places_of(before + "Syangja's 40 shelters took in 300 families evacuated from the river banks.") == [
        (300, "Kaski", ())]


def test_a_place_said_to_be_struck_whose_people_a_with_clause_counts_is_their_home():
    before = "Rain has soaked Kaski for days, and Kaski and Syangja carried out evacuations.\n\n"
    assert places_of(before + "Officials said Syangja was the worst hit, with 420 families moved to 30 schools.") == [
        (420, "Syangja", ())]
    assert places_of(before + "Also hit was the Syangja district, with 300 families sheltering in tents, officials "
                     "said.") == [(300, "Syangja", ())]
    # a struck place whose people are counted in another clause, not a "with" one, lends them no home
    assert places_of(before + "An official said Syangja is still affected by the rain, and 420 families were "
                     "evacuated to 30 schools.") == [(420, "Kaski", ())]
    assert places_of(before + "Also hit was the Syangja district, where roads are closed; 300 families were moved "
                     "into tents.") == [(300, "Kaski", ())]


def test_a_locative_opening_the_clause_of_there_were_places_its_count_not_the_count_before():
    before = "Rain has soaked Nepal for days. "
    assert places_of(before + "In Kaski, 650 people were evacuated while in Syangja, there were 520 evacuees.") == [
        (650, "Kaski", ()), (520, "Syangja", ())]
    assert places_of(before + "In Kaski, 650 people were evacuated while in Syangja there were 520 evacuees.") == [
        (650, "Kaski", ()), (520, "Syangja", ())]
    # a place after the count, in its own clause, stays the count's
    assert places_of(before + "In Kaski, 650 people were evacuated, while 520 were evacuated in Syangja.") == [
        (650, "Kaski", ()), (520, "Syangja", ())]
