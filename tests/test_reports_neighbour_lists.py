"""Figures of people who fled into several neighbouring countries, listed in one sentence: each country takes its own
figure as the place people reached, the way the first figure's verb says (made-up countries)."""
import pytest

from gazetteer.model import Place
from geo.model import Document
from geo.reports import find_reports
from test_reports_seeds import stub_mentions

COUNTRIES = {p.name: p for p in (
    Place("t:norland", "Norland", 50.0, 30.0, "country", "NL"),
    Place("t:estavia", "Estavia", 52.0, 20.0, "country", "ES"),
    Place("t:wesmark", "Wesmark", 47.0, 19.0, "country", "WM"),
    Place("t:sudria", "Sudria", 47.0, 28.0, "country", "SU"),
)}


def _read(text: str) -> list[tuple[int, str | None, tuple[str, ...]]]:
    doc = Document("doc", "Refugee news\n\n" + text)
    return [(r.count.min, r.origin.name if r.origin else None, tuple(p.name for p in r.destinations))
            for r in find_reports(doc, stub_mentions(doc, COUNTRIES)) if r.count is not None]


@pytest.mark.parametrize("text, expected", [
    # the first figure enters or reaches a country, each later one is "in" the next: the country it reached
    ("Officials tallied 410,000 people entering Estavia, about 52,000 in Wesmark and some 20,000 in Sudria.",
     [(410000, None, ("Estavia",)), (52000, None, ("Wesmark",)), (20000, None, ("Sudria",))]),
    ("The tally had 410,000 people reaching Estavia, over 52,000 in Wesmark, 20,000 in Sudria, officials said.",
     [(410000, None, ("Estavia",)), (52000, None, ("Wesmark",)), (20000, None, ("Sudria",))]),
    # negatives: figures each displaced in its own place stay where it happened; after "fleeing to" a figure "in" a
    # place is no next destination
    ("Floods displaced 3,000 people in Estavia, 900 in Wesmark and 200 in Sudria.",
     [(3000, "Estavia", ()), (900, "Wesmark", ()), (200, "Sudria", ())]),
    ("Officials tallied 410,000 people fleeing to Estavia, 52,000 in Wesmark.", [(410000, None, ("Estavia",))]),
])
def test_figures_listed_after_a_country_entered_each_reach_their_own(text, expected):
    assert _read(text) == expected
