"""Movement reports, issue 5: text copied out of a PDF (situation reports, factsheets) as excerpts cut it: words a
line end broke by hyphenation, compounds broken at their hyphen, labels over their figures in a key-figures box, a
source cited between a word and its figure. Read through ``geo.pipeline.analyse`` with a small gazetteer in memory.
Inputs are hand-written, not benchmark or corpus text."""
import pytest

from gazetteer import Gazetteer
from gazetteer.model import Place
from geo.documents import joined_words
from geo.model import Document
from geo.pipeline import analyse

TOWN = Place("t:kassala", "Kassala", 15.45, 36.40, "city", "SD", population=400_000)
HEADLINE = "Flood situation report\n\nHeavy rain hit the state on Monday. "


@pytest.fixture(scope="module")
def gazetteer():
    return Gazetteer.from_places([TOWN])


def figures(gazetteer, text):
    return [(r.count.value if r.count else None, r.unit, r.term) for r in analyse(Document("d", text), gazetteer)[1]]


@pytest.mark.parametrize("text, found", [
    # a word broken by a hyphen at a line's end is read whole, also where the break was flattened to a space
    ("An esti-\nmated 2,400 house-\nholds were evacu-\nated from villages near Kassala.",
     [(2400, "households", "evacuated")]),
    ("Some 2,400 peo-\nple were dis-\nplaced from villages near Kassala.", [(2400, "people", "displaced")]),
    ("Some 2,400 residents were dis- placed from villages near Kassala.", [(2400, "people", "displaced")]),
    # negative: a word broken across a paragraph is no broken word
    ("Some 2,400 residents were dis-\n\nplaced from villages near Kassala.", []),
])
def test_a_word_a_line_end_broke_is_read_whole(gazetteer, text, found):
    assert figures(gazetteer, HEADLINE + text) == found


def test_a_joined_word_keeps_the_offsets_of_the_text(gazetteer):
    text = HEADLINE + "Some 2,400 peo-\nple were evacu-\nated from villages near Kassala."
    mentions, [report] = analyse(Document("d", text), gazetteer)
    [town] = [m for m in mentions if m.text == "Kassala"]
    assert (town.start, report.citations[0].end) == (text.index("Kassala"), len(text))


@pytest.mark.parametrize("text, read", [
    # a compound broken at its hyphen keeps it, its gap closed
    ("a well-\nknown road", "a well-known  road"),
    ("the conflict- affected towns", "the conflict-affected  towns"),
    # negatives: a name going on in upper case, a hyphen left hanging before "and", a letter's (a grade)
    ("the Al-\nWaer quarter", "the Al-\nWaer quarter"),
    ("pre- and post-flood surveys", "pre- and post-flood surveys"),
    ("a grade of A- in the audit", "a grade of A- in the audit"),
])
def test_a_compound_broken_at_its_hyphen_keeps_it(gazetteer, text, read):
    assert joined_words(text, gazetteer.word_zipf) == read


@pytest.mark.parametrize("text, found", [
    # a compound broken at its hyphen goes on in the next line: one sentence, read as the compound
    ("Some 2,400 conflict-\naffected residents were displaced near Kassala.", [(2400, "people", "displaced")]),
    # negative: a dash ending a line after a space still ends a line's sentence
    ("Some 2,400 residents of Kassala -\nofficials said the road was open.", []),
])
def test_a_compound_broken_at_its_hyphen_goes_on(gazetteer, text, found):
    assert figures(gazetteer, HEADLINE + text) == found


@pytest.mark.parametrize("box, found", [
    # labels over their figures: the box ends with a figure
    ("Key figures\nPeople displaced\n8,215\nHouseholds displaced\n1,640",
     [(8215, "people", "displaced"), (1640, "households", "displaced")]),
    ("Number of IDPs in Kassala\n5,120 individuals", [(5120, "people", "displaced")]),
    # negative: figures over their labels, the box ending with a label, stay so
    ("Key figures\n8,215\nPeople displaced\n1,640\nHouseholds displaced",
     [(8215, "people", "displaced"), (1640, "households", "displaced")]),
])
def test_a_label_over_its_figure_names_it(gazetteer, box, found):
    assert figures(gazetteer, HEADLINE + "Roads to Kassala are cut.\n" + box) == found


@pytest.mark.parametrize("text, found", [
    # a source cited with its year between "of over" and the figure: the figure is the displacement's
    ("The clashes led to the displacement of over (Relief Agency, 2018) 6,300 people near Kassala.",
     [(6300, "people", "displaced")]),
    ("Clashes caused the displacement of some (Relief Agency 12/05/2018) 6,300 people near Kassala.",
     [(6300, "people", "displaced")]),
    # negative: a bracket without a year before a figure stays, so its figure is not the displacement's
    ("The clashes led to the displacement of over (see the annex) 6,300 people near Kassala.", []),
])
def test_a_source_cited_before_a_figure_is_read_past(gazetteer, text, found):
    assert figures(gazetteer, HEADLINE + text) == found
