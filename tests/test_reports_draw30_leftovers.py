"""Movement reports, issue 5: misreadings left by the 30th round's draw of IDMC-shaped excerpts on real text (news
fragments and humanitarian lines from around the world), told in made-up wordings (not benchmark or corpus text)."""
from test_reports_unseen import figures, reports_of

_RAINS = "Heavy rains flooded the lowlands this month, and many families left their homes. "


def test_an_aside_restating_a_count_that_moved_no_one_is_no_count_of_its_own():
    text = _RAINS + "The rains affected about 12,400 people (2,480 families) and displaced some 3,100 people."
    assert figures(text, headline="") == [(3100, "people", "displaced")]
    # the aside of a count that moved still restates it, as its equivalent
    text = _RAINS + "The rains displaced about 12,400 people (2,480 families) in the delta."
    [report] = reports_of(text, headline="")
    assert (report.count.value, report.unit, report.equivalent) == (12400, "people", (("families", 2480),))
    # a count of its own after one that moved no one still reports
    text = _RAINS + "The rains affected 5,000 people and displaced 600 families (about 3,100 people)."
    assert figures(text, headline="") == [(600, "families", "displaced")]


def test_a_clause_on_a_part_of_the_counted_is_not_their_own_verb():
    text = (_RAINS + "The number of people displaced by the fighting in the hills between the army and the militias has "
            "risen to over 310,000, many of whom are in urgent need of food aid.")
    assert figures(text, headline="") == [(310000, "people", "displaced")]
    text = _RAINS + "The number of displaced families reached 4,200, most of them in need of shelter."
    assert figures(text, headline="") == [(4200, "families", "displaced")]
    # people only in need are no report, with or without such a clause
    assert figures(_RAINS + "Some 310,000 people are in urgent need of food aid.", headline="") == []
    assert figures(_RAINS + "The storm affected 310,000 people, many of whom are in need of aid.", headline="") == []


def test_a_tally_of_people_whose_relative_clause_moves_them_past_its_object():
    text = _RAINS + "The total number of people in the river towns who have lost their homes to the water is 61,000."
    assert figures(text, headline="") == [(61000, "people", "homeless")]
    # a clause that moves no one is no tally of moved people
    text = _RAINS + "The total number of people in the river towns who have lost their jobs to the water is 61,000."
    assert figures(text, headline="") == []
