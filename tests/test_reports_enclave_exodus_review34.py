"""Movement reports: leftovers of an analyst review of an enclave's exodus told by a rising tally (a PDF's lines padded
with spaces, "seeking safety in", "the enclave" told through its main town, a road where it runs, people named by
their region, "crossed the X border", "entered the country"). Made-up places and wordings, not the reviewed texts."""
import pytest

from gazetteer import Gazetteer
from gazetteer.model import Place
from geo.model import Document
from geo.pipeline import find_places
from geo.reports import find_reports
from geo.sentences import sentence_spans
from test_reports_seeds import stub_mentions

HIGHLAND = Place("t:highland", "Highland", 40.0, 46.0, "region", "NR")
CRAGTON = Place("t:cragton", "Cragton", 40.1, 46.1, "city", "NR", parent="t:highland")
NORLAND = Place("t:norland", "Norland", 41.0, 47.0, "country", "NR")
ESTAVIA = Place("t:estavia", "Estavia", 39.0, 44.0, "country", "ES")
VALEMOUTH = Place("t:valemouth", "Valemouth", 39.5, 45.5, "city", "ES")
PORTHAVEN = Place("t:porthaven", "Porthaven", 39.2, 44.5, "city", "ES")
WESMARK = Place("t:wesmark", "Wesmark", 47.0, 19.0, "country", "WM")
PLACES = {p.name: p for p in (HIGHLAND, CRAGTON, NORLAND, ESTAVIA, VALEMOUTH, PORTHAVEN, WESMARK)}


def _read(text: str) -> list[tuple[int | None, str | None, tuple[str, ...]]]:
    doc = Document("doc", "Refugee news\n\n" + text)
    return [(r.count.min if r.count else None, r.origin.name if r.origin else None, tuple(p.name for p in r.destinations))
            for r in find_reports(doc, stub_mentions(doc, PLACES)) if r.count is not None]


@pytest.mark.parametrize("text, expected", [
    # a line a PDF's copy pads with spaces at its end or its start still wraps into the next in lower case
    ("Some 900 refugees have fled \n the town in May, seeking \n shelter in Valemouth.",
     ["Some 900 refugees have fled \n the town in May, seeking \n shelter in Valemouth."]),
    ("In May, 900 refugees from Cragton   \n   arrived in Valemouth.", ["In May, 900 refugees from Cragton   \n   arrived in Valemouth."]),
    # negatives: a line ending a sentence, a next line in capitals, a blank line between
    ("Some 900 refugees have fled. \n they said more would come.", ["Some 900 refugees have fled.", "they said more would come."]),
    ("HIGHLIGHTS \n In May, 900 refugees arrived.", ["HIGHLIGHTS", "In May, 900 refugees arrived."]),
    ("Some 900 refugees have fled Cragton \n \n in May they arrived.", ["Some 900 refugees have fled Cragton", "in May they arrived."]),
])
def test_lines_padded_with_spaces_still_wrap(text, expected):
    assert [text[s:e] for s, e in sentence_spans(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # seeking or finding safety in a place is going there, as seeking refuge in it is
    ("About 5,000 refugees have fled Cragton, seeking safety in Valemouth.", [(5000, "Cragton", ("Valemouth",))]),
    ("About 5,000 people fled Cragton and found safety in Valemouth.", [(5000, "Cragton", ("Valemouth",))]),
    # negative: safety without a verb of seeking or finding it is no journey's end
    ("About 5,000 people fled Cragton, fearing for their safety in Valemouth.", [(5000, "Cragton", ())]),
])
def test_seeking_safety_in_a_place_goes_there(text, expected):
    assert _read(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "the enclave" or "the region" in a story told through the region's main town is the region
    ("Cragton was shelled again. Cragton has no fuel. Highland is cut off. "
     "Officials said 19,000 refugees have crossed into Estavia from the enclave.", [(19000, "Highland", ("Estavia",))]),
    ("Cragton was shelled again. Cragton has no fuel. Highland is cut off. "
     "About 4,000 people fled the breakaway region for Estavia.", [(4000, "Highland", ("Estavia",))]),
    # negatives: "the city" is the town; no region named holding it
    ("Cragton was shelled again. Cragton has no fuel. Highland is cut off. "
     "About 4,000 people fled the city for Estavia.", [(4000, "Cragton", ("Estavia",))]),
    ("Cragton was shelled again. Cragton has no fuel. Porthaven is calm. "
     "About 4,000 people fled the region for Estavia.", [(4000, "Cragton", ("Estavia",))]),
])
def test_the_enclave_told_through_its_town_is_the_region(text, expected):
    assert _read(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a road where it runs is no journey's end: the story's destination stays unset, and so does a figure's
    ("About 3,000 people have crossed from Cragton. The mountain road running from Valemouth to Porthaven is jammed.",
     [(3000, "Cragton", ())]),
    ("About 3,000 people fled Cragton on the road running from Valemouth to Porthaven.",
     [(3000, "Cragton", ())]),
    # negatives: a journey along a road to a place goes there
    ("About 3,000 people have crossed from Cragton. Cars took the road to Porthaven as people fled to Porthaven.",
     [(3000, "Cragton", ("Porthaven",))]),
    ("About 3,000 people fled Cragton along the road to Porthaven.", [(3000, "Cragton", ("Porthaven",))]),
])
def test_a_road_where_it_runs_is_no_destination(text, expected):
    assert _read(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a region named right before the refugees is their origin, as a country is
    ("Officials said 40,000 Highland refugees have arrived in Valemouth.", [(40000, "Highland", ("Valemouth",))]),
    # negative: a region named as the officials' is no origin of the refugees
    ("Highland officials said 40,000 refugees have arrived in Valemouth.", [(40000, None, ("Valemouth",))]),
])
def test_refugees_named_by_their_region_left_it(text, expected):
    assert _read(text) == expected


@pytest.mark.parametrize("text, expected", [
    # people who entered "the country" from a place of another went to the one other country the article names
    ("Norland's army took Cragton. Estavia opened its border. 19,000 refugees have entered the country from Cragton.",
     [(19000, "Cragton", ("Estavia",))]),
    # negatives: two other countries named, which one is unknown; a destination named
    ("Norland's army took Cragton. Wesmark and Estavia sent aid. 19,000 refugees have entered the country from Cragton.",
     [(19000, "Cragton", ())]),
    ("Norland's army took Cragton. 19,000 refugees have entered the country from Cragton, reaching Valemouth.",
     [(19000, "Cragton", ("Valemouth",))]),
])
def test_people_who_entered_the_country_went_to_the_other_one(text, expected):
    assert _read(text) == expected


def _read_world(text: str) -> list[tuple[int, str | None, tuple[str, ...]]]:
    """With the world's places and peoples ("Polish": Poland)."""
    gazetteer = Gazetteer.default()
    doc = Document("doc", "Refugee news\n\n" + text)
    return [(r.count.min, r.origin.name if r.origin else None, tuple(p.name for p in r.destinations))
            for r in find_reports(doc, find_places(doc, gazetteer), gazetteer.peoples(text)) if r.count is not None]


@pytest.mark.parametrize("text, expected", [
    # the border a verb of crossing names as its object is the country's: they went there
    ("More than 6,000 refugees from Ukraine crossed the Polish border near the town of Medyka.", [(6000, "Ukraine", ("Poland",))]),
    # negative: reaching a border is not crossing it
    ("More than 6,000 refugees from Ukraine reached the Polish border.", [(6000, "Ukraine", ())]),
])
def test_crossing_a_nations_border_goes_into_its_country(text, expected):
    assert _read_world(text) == expected


@pytest.mark.parametrize("text, batch", [
    # a hedged time frame is no rate: the figure is the whole so far
    ("The agency counted more than 88,700 refugee arrivals in Estavia in less than a week.", False),
    ("Some 6,000 refugees arrived in Estavia in just a week.", False),
    # negatives: a rate per week or a day is a part
    ("Some 6,000 refugees arrived in Estavia a week.", True),
    ("Some 6,000 refugees are arriving in Estavia every week.", True),
])
def test_a_hedged_time_frame_is_no_rate(text, batch):
    doc = Document("doc", "Refugee news\n\n" + text)
    [report] = [r for r in find_reports(doc, stub_mentions(doc, PLACES)) if r.count is not None]
    assert report.batch is batch


@pytest.mark.parametrize("text, expected", [
    # the article's place lying in where the story says people went stands in for no origin: where they left does
    ("Refugees from Cragton arrive to Estavia. Officials in Valemouth register the refugees from Cragton as they come "
     "to Estavia. Valemouth has opened a centre. There are about 300 evacuees in the first group.", [(300, "Cragton", ())]),
    # negative: an article's place outside the story's destination is still where people left
    ("Refugees from Valemouth arrive to Wesmark. Officials in Porthaven register them as they come to Wesmark. "
     "Valemouth has opened a centre. About 300 people were evacuated in the first group.", [(300, "Valemouth", ())]),
    # ... nor a country only credited ("according to"), which is no place people went
    ("According to Estavia radio, Valemouth firefighters said the flood has forced at least 800 families from their homes.",
     [(800, "Valemouth", ())]),
])
def test_the_articles_place_in_the_storys_destination_is_no_origin(text, expected):
    assert _read(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a bare figure right after "noting" (or "stating") whose "that" is left out is the subject of its verb
    ("The agency said refugees keep fleeing Cragton, noting about 9,000 have fled in one week.", [(9000, "Cragton", ())]),
    ("Officials said aid was short, stating some 2,500 had left Cragton by Friday.", [(2500, "Cragton", ())]),
    # negative: a figure of things noted is no people
    ("People fled Cragton, the agency said, noting 300 complaints about the camps.", []),
])
def test_a_bare_figure_after_noting_is_its_verbs_subject(text, expected):
    assert _read(text) == expected
