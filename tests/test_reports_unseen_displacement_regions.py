"""Movement reports, issue 5: wordings that real, unseen excerpts on displacement and flight (Lake Chad basin, Sahel,
DRC, CAR, Ethiopia, Somalia, Mozambique, Haiti, Central America, Iraq, Yemen) showed dropped or misread. Inputs are
hand-written, not benchmark or corpus text."""
import pytest

from geo.sentences import sentence_spans
from test_reports import reports_of
from test_reports_unseen import figures


def test_a_count_restated_in_parentheses_keeps_the_restatement_whatever_follows():
    [report] = reports_of("Shelling has led to the displacement of 640 families (3,900 individuals) affected by the siege.")
    assert (report.count.value, report.unit, report.equivalent) == (640, "families", (("people", 3900),))
    # negative: people counted apart, not in an aside, are another count (and "affected" no movement)
    [report] = reports_of("Shelling has displaced 640 families, while 3,900 individuals were affected by the siege.")
    assert (report.count.value, report.unit, report.equivalent) == (640, "families", ())


@pytest.mark.parametrize("text, expected", [
    ("The floods left 30 dead, 52,000 evacuees, 8,400 in shelters and 200 homes destroyed.",
     [(52000, "people", "evacuated"), (8400, "people", "sheltered"), (200, "households", "destroyed housing")]),
    ("Across the province there are 9,000 IDPs, 2,500 returnees and 4,000 Sudanese refugees.",
     [(9000, "people", "displaced"), (2500, "people", "returned"), (4000, "people", "fled")]),
])
def test_a_listed_count_of_movers_keeps_its_own_nouns_term(text, expected):
    assert figures(text) == expected


def test_movers_in_shelters_of_their_own_keep_their_nouns_term():
    # negative: the shelters are the evacuees' own ("evacuees in shelters"), no other count between
    assert figures("The floods left 52,000 evacuees in shelters across the province.") == [(52000, "people", "evacuated")]
    assert figures("Officials said 52,000 people remain in shelters across the province.") == [(52000, "people", "sheltered")]


@pytest.mark.parametrize("text, expected", [
    ("The raids have led to the displacement of some 8,000 people, most of whom sought shelter at a church.",
     [(8000, "people", "displaced")]),
    ("The raids have led to the displacement of some 8,000 people near the river, many of whom are in a school.",
     [(8000, "people", "displaced")]),
])
def test_a_clause_on_part_of_the_people_leaves_the_count_its_own_movement(text, expected):
    assert figures(text) == expected


def test_people_whose_only_movement_is_the_part_clause_keep_it():
    # negative: no word of movement before the count, the clause is all there is
    assert figures("Officials counted some 8,000 people, most of whom sought shelter at a church.") == [
        (8000, "people", "sheltered")]


@pytest.mark.parametrize("text, expected", [
    ("Storms flattened homes along the coast. At least 6,500 people are in shelter, the agency said.",
     [(6500, "people", "sheltered")]),
    ("Storms flattened homes along the coast. Some 6,500 residents were in shelter by Monday.",
     [(6500, "people", "sheltered")]),
])
def test_people_in_shelter_without_an_article_are_sheltered(text, expected):
    assert figures(text) == expected


def test_money_or_needs_in_shelter_are_no_people_sheltered():
    assert figures("Storms flattened homes along the coast. Donors spent 6,500 dollars in shelter and water.") == []


@pytest.mark.parametrize("text, expected", [
    ("Key figures: 410,000 displaced since January; 18,000 drought-displaced in March.",
     [(410000, "people", "displaced"), (18000, "people", "displaced")]),
    ("Some 7,200 conflict-displaced people reached the town last week.", [(7200, "people", "displaced")]),
])
def test_a_participle_of_displacement_named_after_its_cause_counts_people(text, expected):
    assert figures(text) == expected


def test_people_named_after_a_disaster_that_only_struck_them_are_no_displacement():
    assert figures("Key figures: 410,000 displaced since January; 18,000 drought-affected in March.") == [
        (410000, "people", "displaced")]


def test_a_tally_of_people_somewhere_who_fled_counts_them_past_the_place():
    assert figures("The number of people in the three border districts who have fled their homes fearing raids by "
                   "armed bands doubled in March to 48,000, a survey showed.") == [(48000, "people", "fled")]


def test_a_tally_of_people_somewhere_who_did_something_else_is_no_movement():
    assert figures("Thousands fled raids last year. The number of people in the three border districts who have "
                   "voted in the election doubled in March to 48,000, a survey showed.") == [(None, "people", "fled")]


def test_homes_whose_verb_stands_past_an_aside_in_brackets_are_destroyed():
    assert figures("At least 140 houses and other buildings (two schools, a clinic and a market) were destroyed "
                   "in the fighting.") == [(140, "households", "destroyed housing")]
    # negative: damage past the aside is still no report
    assert figures("At least 140 houses and other buildings (two schools, a clinic and a market) were damaged "
                   "in the fighting.") == []


def test_a_sentence_going_on_about_most_of_these_people_after_whose_word_it_is_carries_the_count_on():
    [report] = reports_of("Shelling displaced 4,300 people from the town, the agency said. "
                          "The agency said most of these people went to Erbil.")
    assert (report.count.value, [p.name for p in report.destinations]) == (4300, ["Erbil"])


def test_a_sentence_after_whose_word_it_is_with_its_own_count_is_its_own_report():
    reports = reports_of("Shelling displaced 4,300 people from the town, the agency said. "
                         "The agency said some 600 people went to Erbil.")
    assert [(r.count.value, [p.name for p in r.destinations]) for r in reports] == [(4300, []), (600, ["Erbil"])]


def test_a_pdf_line_wrapped_into_an_aside_in_brackets_goes_on_with_its_sentence():
    assert figures("Fighting spread to the district. At least 140 houses and other buildings\n(two schools, a clinic) "
                   "were destroyed in the clashes.") == [(140, "households", "destroyed housing")]


def test_a_line_opening_with_a_capitalised_credit_in_brackets_is_a_new_sentence():
    text = "Hundreds fled the clashes\n(AP) Officials said 140 houses were destroyed."
    assert [text[s:e] for s, e in sentence_spans(text)] == [
        "Hundreds fled the clashes", "(AP) Officials said 140 houses were destroyed."]


def test_a_participle_describing_the_count_before_takes_no_bare_figure_as_its_object():
    assert figures("Some 52,000 persons displaced 200 from the border towns are living in 90 sites.") == [
        (52000, "people", "displaced")]


def test_a_verb_of_displacement_after_other_people_counted_and_a_conjunction_keeps_its_object():
    assert figures("The floods killed 12 people and displaced 300 from the border towns.") == [
        (300, "people", "displaced")]
