"""Movement reports, issue 5: shapes left by earlier rounds on real text (round 29), told in made-up wordings (not
benchmark or corpus text)."""
from test_reports_unseen import figures

_FLOOD = "Heavy rain flooded the river valley this week, and thousands of families fled their homes. "


def _of(text: str, value: int) -> list[tuple[int | None, str, str]]:
    return [f for f in figures(_FLOOD + text, headline="") if f[0] == value]


def test_an_aside_giving_the_moved_people_their_size_counts_them():
    assert _of("Those displaced people, now numbering more than 14,000, sleep in tents.", 14000) == [
        (14000, "people", "displaced")]
    assert _of("Displaced households, estimated at 2,600, still lack water.", 2600) == [
        (2600, "households", "displaced")]
    # an aside sizing something else than the people: no report
    assert _of("Losses in the camps of displaced families, estimated at $4 million, were tallied.", 4000000) == []
    assert _of("Aid groups, now numbering 35, run the kitchens.", 35) == []
