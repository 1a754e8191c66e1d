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
