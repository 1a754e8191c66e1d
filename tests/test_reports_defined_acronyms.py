"""Movement reports, issue 5: acronyms a document defines in brackets for a shelter, a site or people moved ("temporary
relief centres (PPS)", "evacuation centres (ECs)") and then uses alone ("431 victims are at 12 PPS"), as Malaysian
agency copy, Philippine sitreps and UN and tracking reports write them. Read through ``geo.pipeline.analyse`` with a
small gazetteer in memory. Inputs are hand-written, not benchmark or corpus text."""
import pytest

from gazetteer import Gazetteer
from gazetteer.model import Place
from geo.documents import acronyms_spelt_out
from geo.model import Document
from geo.pipeline import analyse

TOWN = Place("t:lanthorn", "Lanthorn", 5.0, 102.0, "city", "MY", population=90_000)


@pytest.fixture(scope="module")
def gazetteer():
    return Gazetteer.from_places([TOWN])


def figures(gazetteer, text):
    return [(r.count.value, r.unit, r.term, r.destination_texts) for r in analyse(Document("d", text), gazetteer)[1]]


@pytest.mark.parametrize("text, found", [
    # Malay agency copy, the acronym after its phrase or the phrase after the acronym
    ("Floods hit the state. Temporary relief centres (PPS) were opened in Lanthorn. A total of 431 victims from 120 "
     "families are at 12 PPS in Lanthorn.", [(431, "people", "sheltered", ("Lanthorn",))]),
    ("Floods hit the state. PPS (temporary relief centres) were opened in Lanthorn. A total of 431 victims from 120 "
     "families are at 12 PPS in Lanthorn.", [(431, "people", "sheltered", ("Lanthorn",))]),
    # a Philippine sitrep's evacuation centers, a tracking report's collective centres
    ("The typhoon hit the province. Evacuation centers (ECs) were opened by the town. Some 3,200 families are staying "
     "in 45 ECs in Lanthorn.", [(3200, "families", "sheltered", ("Lanthorn",))]),
    ("Fighting went on. Collective centres (CCs) are full. Some 4,500 people are living in 30 CCs in Lanthorn.",
     [(4500, "people", "sheltered", ("Lanthorn",))]),
    # negatives: an acronym used before its definition, an organisation's, one for no shelter (a committee)
    ("Floods hit the state. Some 3,200 families are staying in 45 ECs in Lanthorn. Evacuation centers (ECs) were "
     "opened.", []),
    ("Floods hit the state. The International Organization for Migration (IOM) said 431 people were at IOM in "
     "Lanthorn.", []),
    ("Floods hit the state. The disaster management committee (JPBN) said 431 victims from 120 families are at 12 "
     "JPBN in Lanthorn.", []),
])
def test_an_acronym_defined_for_a_shelter_reads_as_its_phrase(gazetteer, text, found):
    assert figures(gazetteer, text) == found


def test_a_report_read_with_acronyms_spelt_out_keeps_the_offsets_of_the_text(gazetteer):
    text = "Evacuation centers (ECs) were opened. Some 3,200 families are staying in 45 ECs in Lanthorn. More rain fell."
    mentions, [report] = analyse(Document("d", text), gazetteer)
    [citation] = report.citations
    assert report.quote == text[citation.start:citation.end] == "Some 3,200 families are staying in 45 ECs in Lanthorn."
    assert [(m.start, m.end) for m in mentions] == [(text.index("Lanthorn"), text.index("Lanthorn") + 8)]


@pytest.mark.parametrize("text, spelt", [
    # a UN report's sites; people moved, from the definition on (the use before it stays)
    ("Protection of Civilians sites (PoCs) are full: 5,000 people in two PoCs.", "Protection of Civilians sites (PoCs) "
     "are full: 5,000 people in two protection of civilians sites."),
    ("2 RETs. Returnees (RETs) were counted; 2,000 RETs came back.", "2 RETs. Returnees (RETs) were counted; 2,000 "
     "returnees came back."),
    # one of them: the acronym without its plural "s"
    ("Evacuation centres (ECs) are full; another EC opened.", "Evacuation centres (ECs) are full; another evacuation "
     "centre opened."),
    # negatives: a place's, a unit's, IDPs (read as they are)
    ("The Democratic Republic of the Congo (DRC) said 431 people were in DRC.", None),
    ("a camp 5 kilometres (km) away, 4 km from town", None),
    ("internally displaced persons (IDPs); 500 IDPs", None),
])
def test_which_acronyms_are_spelt_out(text, spelt):
    found = acronyms_spelt_out(text)
    assert (found and found.text) == spelt


@pytest.mark.parametrize("text, found", [
    # Malaysia's temporary relocation centres are shelters: where people are, no place they left
    ("Floods hit the state. Some 8,796 people were at 75 temporary relocation centres in Lanthorn tonight.",
     [(8796, "people", "relocated", ("Lanthorn",))]),
    # negative: their room is no report
    ("Floods hit the state. The relocation centres in Lanthorn can hold 5,000 people.", []),
])
def test_relocation_centres_are_shelters(gazetteer, text, found):
    assert figures(gazetteer, text) == found
