"""Movement reports, issue 5: misreadings left by earlier rounds on real text, told in made-up wordings (not
benchmark or corpus text)."""
from test_reports_unseen import figures


def test_an_estimate_of_displacement_given_its_value_counts_the_displaced():
    # the estimate names the movement by its noun, far from its value: the households are displaced
    text = ("Estimates of forced displacement caused by the raids on the hill villages earlier this month are of "
            "some 620 households.")
    assert figures(text, headline="") == [(620, "households", "displaced")]
    text = "Estimations of new displacement after the clashes near the market town stand at 1,150 households."
    assert figures(text, headline="") == [(1150, "households", "displaced")]
    # an estimate of something else is no tally of movement, whatever the article is about
    text = ("Estimates of the damage caused by the raids on the hill villages earlier this month are of some "
            "620 households.")
    assert figures(text, headline="Displacement news\n\n") == []

