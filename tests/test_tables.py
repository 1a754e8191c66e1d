"""Tables of figures in situation reports (geo.tables) and the reports of their rows (geo.reports). Tables are
hand-written, not benchmark excerpts."""
import pytest

from geo.tables import column_reading, list_rows, table_rows
from test_reports import ALEPPO, ERBIL, MOSUL, POLAND, RWANDA, reports_of

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


FLED_ABROAD = ("Residents who fled to neighbouring countries this month:\n- Poland: 4,200\n- Rwanda 1,300, most by road\n"
               "- Total: 5,500\n")


def test_a_bulleted_list_under_a_lead_in_naming_a_movement_has_rows():
    rows = list_rows(FLED_ABROAD)
    assert [cell_texts(FLED_ABROAD, r) for r in rows] == [["Poland", "4,200"], ["Rwanda", "1,300"], ["Total", "5,500"]]
    assert [r.total for r in rows] == [False, False, True]


@pytest.mark.parametrize("mark", ["-", "*", "\u2022", "\u2013", "\u25aa"])
def test_every_list_mark_opens_a_row(mark):
    text = f"Families displaced by district:\n{mark} Mosul: 640\n{mark} Erbil 75\n"
    assert [cell_texts(text, r) for r in list_rows(text)] == [["Mosul", "640"], ["Erbil", "75"]]


@pytest.mark.parametrize("text", [
    "Families displaced by district:\n> Mosul: 640\n",  # a quote's mark opens no list's row
    "Families displaced by district:\n+ Mosul: 640\n",
    "Deaths by district:\n- Mosul: 64\n- Erbil: 12\n",  # no movement or state of people
    "Damaged houses:\n- Mosul: 640\n",
    "People affected by the floods:\n- Mosul: 6,400\n",
    "Funding received by the appeal:\n- Mosul: 64,000\n",
    "Families displaced by district\n- Mosul: 640\n",  # no colon: no lead-in
    "- Families displaced by district:\n- Mosul: 640\n",  # a bulleted lead-in heads only rows indented under it
    "Families displaced by district:\n- Mosul: 640 on Monday and 75 on Tuesday\n",  # two figures: no row
])
def test_no_list_rows_without_a_lead_in_naming_a_movement(text):
    assert list_rows(text) == []


def test_a_list_row_takes_the_lead_ins_unit_and_term_and_its_place_where_people_went():
    """People gone "to neighbouring countries" are in the rows' places; a total stays placeless (no double count)."""
    assert _numbered(FLED_ABROAD)[-3:] == [(4200, "people", "fled", None, (POLAND,), False),
                                           (1300, "people", "fled", None, (RWANDA,), False),
                                           (5500, "people", "fled", None, (), True)]


def test_a_list_row_of_a_movement_in_place_is_its_origin():
    text = "Since the dam broke:\n- Families displaced by district:\n  - Mosul: 640\n  - Erbil 75\n"
    assert _numbered(text) == [(640, "families", "displaced", MOSUL, (), False),
                               (75, "families", "displaced", ERBIL, (), False)]


def test_a_list_row_with_a_movement_word_of_its_own_is_read_as_a_sentence():
    text = "Families displaced by district:\n- Mosul: 640 evacuated\n"
    assert [(v, t) for v, _, t, *_ in _numbered(text)] == [(640, "evacuated")]


def test_a_column_of_returnees_puts_people_in_the_rows_places():
    text = "| District | Returnees |\n|---|---|\n| Mosul | 640 |\n"
    assert [(v, o, d) for v, _, _, o, d, _ in _numbered(text)] == [(640, None, (MOSUL,))]
