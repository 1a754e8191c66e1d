"""Tables of figures in situation reports (geo.tables) and the reports of their rows (geo.reports). Tables are
hand-written, not benchmark excerpts."""
import pytest

from geo.tables import column_reading, table_rows
from test_reports import ALEPPO, ERBIL, MOSUL, reports_of

PIPES = """| District | Families displaced | People in shelters | Damaged houses |
|:---|---:|---:|---:|
| Mosul | 640 | 2,310 | 95 |
| Erbil | 75 | 380 | 12 |
| Grand total | 715 | 2,690 | 107 |
"""
TABS = "District\tFamilies displaced\tPeople in shelters\nMosul\t640\t2,310\nErbil\t75\t380\nTotal\t715\t2,690\n"


def cell_texts(text, row):
    return [text[c.start:c.end] for c in row.cells]


@pytest.mark.parametrize("text", [PIPES, TABS])
def test_rows_of_figures_under_a_header_of_column_names(text):
    rows = table_rows(text)
    assert [cell_texts(text, r)[:2] for r in rows] == [["Mosul", "640"], ["Erbil", "75"], ["Grand total" if "|" in text
                                                                                          else "Total", "715"]]
    assert [r.total for r in rows] == [False, False, True]
    assert [text[c.start:c.end] for c in rows[0].header][:2] == ["District", "Families displaced"]


@pytest.mark.parametrize("text", [
    "Mosul\t640\t2,310\nErbil\t75\t380\n",  # no header naming the columns
    "| District | Families displaced |\n\n| Mosul | 640 |\n",  # a blank line ends the table
    "| District | Families displaced |\nThe rains went on.\n| Mosul | 640 |\n",  # so does prose
    "| District | Families displaced |\n| Mosul | 640 | 2,310 |\n",  # a row of other columns
    "Sales rose 4% | Shares fell 2%\n",  # a line with a pipe is no table
])
def test_no_rows_without_a_header_of_the_same_columns(text):
    assert table_rows(text) == []


@pytest.mark.parametrize("header, reading", [
    ("Families displaced", ("families", "displaced")),
    ("People in shelters", ("people", "sheltered")),
    ("Evacuees inside schools", ("people", "sheltered")),
    ("Persons pre-emptively evacuated", ("people", "evacuated")),
    ("Houses totally destroyed", ("households", "destroyed housing")),
    ("Damaged houses", None),
    ("Families affected", None),
    ("Deaths", None),
    ("Evacuation centres", None),
    ("District", None),
])
def test_a_column_header_gives_its_figures_unit_and_term(header, reading):
    assert column_reading(header) == reading


def _numbered(text):
    return [(r.count.value, r.unit, r.term, r.origin, r.destinations, r.cumulative)
            for r in reports_of(text, headline="Floods force residents to evacuate\n\nFlash update\n\n")
            if r.count is not None]


@pytest.mark.parametrize("text", [PIPES, TABS])
def test_a_row_reports_each_movement_column_at_its_place_and_a_total_stays_placeless(text):
    """A total sums the rows above: a report of its own, but with no place while the rows have theirs, so that no flow
    counts the same people twice."""
    found = _numbered(text)
    assert found[:4] == [(640, "families", "displaced", MOSUL, (), False),
                         (2310, "people", "sheltered", None, (MOSUL,), False),
                         (75, "families", "displaced", ERBIL, (), False),
                         (380, "people", "sheltered", None, (ERBIL,), False)]
    assert found[4:] == [(715, "families", "displaced", None, (), True), (2690, "people", "sheltered", None, (), True)]


def test_a_total_of_rows_with_no_known_place_stands_for_the_article_place():
    text = ("Floods in Mosul forced thousands to evacuate.\n\n| Camp | Families displaced |\n|---|---|\n"
            "| Total | 715 |\n")
    [report] = [r for r in reports_of(text) if r.count is not None and r.count.value == 715]
    assert (report.origin, report.cumulative) == (MOSUL, True)


def test_rows_whose_first_cell_is_no_place_are_read_as_before():
    """A table of labels ("| Families displaced | 640 |") is read by the label rules, not by its columns."""
    text = "| Indicator | Value |\n|---|---|\n| Families displaced in Mosul | 640 |\n"
    assert [(r.count.value, r.term, r.origin) for r in reports_of(text) if r.count is not None] == [
        (640, "displaced", MOSUL)]


def test_a_row_with_no_figure_goes_on_with_the_table():
    text = "| District | Families displaced |\n|---|---|\n| Mosul | - |\n| Erbil | 75 |\n"
    assert [cell_texts(text, r) for r in table_rows(text)] == [["Erbil", "75"]]


@pytest.mark.parametrize("text, origin, destinations", [
    # a place heading a line's one count, only a colon, a dash or a bracket between, is its place
    ("Mosul: 640 displaced families.", MOSUL, ()),
    ("Mosul - 2,310 evacuees in evacuation centres.", None, (MOSUL,)),
    ("Mosul (75 families) fled to Erbil.", MOSUL, (ERBIL,)),
    # a cue before the heading place still gives its role (the article's place stands in for the origin); a place
    # with no heading, or no place, is read as before
    ("Some fled to Erbil: 640 families.", ALEPPO, (ERBIL,)),
    ("In Mosul, 640 families were displaced.", MOSUL, ()),
    ("640 displaced families.", ALEPPO, ()),
])
def test_a_place_heading_a_lines_one_count_is_its_place(text, origin, destinations):
    """Not the article's place (Aleppo, named most)."""
    story = "Floods swept through Aleppo, and Aleppo residents were told to leave.\n\n"
    [report] = [r for r in reports_of(story + text) if r.count is not None]
    assert (report.origin, report.destinations) == (origin, destinations)
