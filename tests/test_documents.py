import json
from datetime import date

import pytest

from geo.documents import article_date, find_dateline, input_files, page_furniture, read_documents
from geo.errors import DocumentError, DocumentWarning


def test_txt_document_id_is_the_file_stem(tmp_path):
    path = tmp_path / "kabul_airlift.txt"
    path.write_text("Some 5,000 people were flown out of Kabul.", encoding="utf-8")
    [doc], [] = read_documents(path)
    assert doc.id == "kabul_airlift"
    assert doc.text.startswith("Some 5,000")


def test_html_keeps_visible_text_title_and_date_and_drops_scripts(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(
        "<html><head><title>Flood  evacuation</title><meta property='article:published_time' content='2022-03-16T10:00'>"
        "<script>var x = 'Paris';</script></head><body><p>Residents left Mariupol.</p><p>They reached Zaporizhzhia.</p>"
        "</body></html>", encoding="utf-8")
    [doc], [] = read_documents(path)
    assert "Paris" not in doc.text
    assert "Residents left Mariupol." in doc.text and "They reached Zaporizhzhia." in doc.text
    assert doc.text.index("Mariupol.") < doc.text.index("They")  # paragraphs stay apart
    assert doc.title == "Flood evacuation"
    assert doc.date == date(2022, 3, 16)


def test_jsonl_records_and_clusters(tmp_path):
    path = tmp_path / "feed.jsonl"
    lines = [
        {"id": "a1", "text": "Hundreds fled Goma.", "date": "2024-01-05", "outlet": "Radio Okapi"},
        {"cluster": 7, "documents": ["first text", "second text"]},
    ]
    path.write_text("\n".join(json.dumps(x) for x in lines) + "\n", encoding="utf-8")
    docs, problems = read_documents(path)
    assert problems == []
    assert [d.id for d in docs] == ["feed#a1", "feed#7-0", "feed#7-1"]
    assert docs[0].date == date(2024, 1, 5) and docs[0].outlet == "Radio Okapi"


def test_single_json_object_uses_the_stem(tmp_path):
    path = tmp_path / "one.json"
    path.write_text(json.dumps({"body": "People left Homs."}), encoding="utf-8")
    [doc], [] = read_documents(path)
    assert doc.id == "one" and doc.text == "People left Homs."


@pytest.mark.parametrize("name, content, problem", [
    ("bad.txt", b"\xff\xfe\xfa not utf8 \xff", "not valid UTF-8"),
    ("bad.json", b'{"text": broken}', "invalid JSON at line 1"),
    ("bad.csv", b"a,b", "unknown file type"),
])
def test_unreadable_file_names_the_file_and_the_problem(tmp_path, name, content, problem):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(DocumentError) as info:
        read_documents(path)
    assert str(path) in str(info.value) and problem in str(info.value)


@pytest.mark.parametrize("name, content, problem", [
    ("bad.jsonl", b'{"text": "ok"}\n{"text": broken}\n{"text": "also ok"}\n', "invalid JSON at line 2"),
    ("bad.json", b'[{"text": "ok"}, {"title": "no text"}, {"text": "also ok"}]', "record 2 (article 'bad#1') has no text field"),
    ("bad.jsonl", b'{"text": broken\n\n{"text": "ok"}\n[1, 2]\n{"text": "also ok"}\n', "line 4 is not a JSON object"),
    ("bad.json", b'[{"text": "ok"}, 7, {"text": "also ok"}]', "record 2 is not a JSON object"),
])
def test_a_bad_record_is_a_problem_and_the_other_records_are_read(tmp_path, name, content, problem):
    path = tmp_path / name
    path.write_bytes(content)
    documents, errors = read_documents(path)
    assert [d.text for d in documents] == ["ok", "also ok"]
    assert str(path) in str(errors[-1]) and problem in str(errors[-1])


def test_a_bad_text_of_a_cluster_loses_that_article_only(tmp_path):
    path = tmp_path / "cluster.jsonl"
    path.write_bytes(b'{"id": "c1", "documents": ["ok", 7, "also ok"], "date": "2024-02-30"}\n')
    documents, problems = read_documents(path)
    assert [(d.id, d.text) for d in documents] == [("cluster#c1-0", "ok"), ("cluster#c1-2", "also ok")]
    assert ["has no text field" in str(p) for p in problems] == [False, True, False]  # one error, two date warnings


def test_a_malformed_date_loses_the_date_not_the_article(tmp_path):
    path = tmp_path / "baddate.json"
    path.write_bytes(b'{"text": "Hundreds fled Goma last Tuesday.", "date": "2024-02-30"}')
    [doc], [error] = read_documents(path)
    assert doc.text.startswith("Hundreds") and doc.date is None
    assert str(path) in str(error) and "'2024-02-30' is not an ISO date" in str(error) and "without a date" in str(error)
    assert isinstance(error, DocumentWarning)


def test_missing_file_is_reported_when_read(tmp_path):
    [path] = input_files([tmp_path / "nowhere.txt"])
    with pytest.raises(DocumentError, match="nowhere.txt: cannot be read"):
        read_documents(path)


def test_folders_expand_sorted_to_known_suffixes(tmp_path):
    for name in ("b.txt", "a.html", "notes.md", "sub/c.jsonl"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x", encoding="utf-8")
    assert [p.relative_to(tmp_path).as_posix() for p in input_files([tmp_path])] == ["a.html", "b.txt", "sub/c.jsonl"]


@pytest.mark.parametrize("name, content", [("blank.txt", " \n\n"), ("none.jsonl", ""), ("none.html", "\n")])
def test_an_empty_file_is_a_warning_that_names_it_and_no_article(tmp_path, name, content):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    documents, [problem] = read_documents(path)
    assert documents == [] and isinstance(problem, DocumentWarning)
    assert str(problem) == f"{path}: is empty: no article in it"



def test_html_outlet_is_the_site_name_else_the_wire_agency(tmp_path):
    named = tmp_path / "named.html"
    named.write_text("<html><head><meta property='og:site_name' content=' Coast  Courier '></head>"
                     "<body><p>HILO (AP) — Residents left Hilo.</p></body></html>", encoding="utf-8")
    unnamed = tmp_path / "unnamed.html"
    unnamed.write_text("<html><head><meta name='og:title' content='Coast Courier'></head>"
                       "<body><p>HILO (AP) — Residents left Hilo.</p></body></html>", encoding="utf-8")
    assert [read_documents(p)[0][0].outlet for p in (named, unnamed)] == ["Coast Courier", "AP"]


def _furniture(text):
    from geo.sentences import sentence_spans

    return [text[s:e].strip() for s, e in page_furniture(text, sentence_spans(text))]


def test_captions_and_credits_are_page_furniture():
    # A caption before its credit, the next caption between two credits, a truncated teaser.
    text = ("Families fled the valley on foot. Farmers plough a field near Tarvel, Monday, June 3, 2019. "
            "( ap photo/lee roe ) ( associated press ) A boy waves from a truck in Tarvel, Sunday. Early on... "
            "( associated press ) The water kept rising.")
    assert _furniture(text) == [
        "Farmers plough a field near Tarvel, Monday, June 3, 2019.", "( ap photo/lee roe )",
        "( ap photo/lee roe ) ( associated press ) A boy waves from a truck in Tarvel, Sunday.", "( associated press )",
        "Early on...",
        "( associated press )"]
    # "FILE - In this ... photo" opens a caption; "(Photo: ...)" is a credit.
    assert _furniture("FILE - In this 2012 photo, boats sit in Tarvel harbour. The river rose. (Photo: Kim Lo) Next.") == [
        "FILE - In this 2012 photo, boats sit in Tarvel harbour.", "The river rose.", "(Photo: Kim Lo)"]


def test_a_story_without_credits_has_no_furniture():
    # A dateline's agency is no credit; a photo in the story is no caption.
    assert _furniture("TARVEL (AP) — Families fled the valley. A woman showed a photo of her son. "
                      "Two related floods followed in Tarvel.") == []



def test_a_dateline_closed_by_a_full_stop_names_its_agency():
    from geo.documents import find_dateline
    assert find_dateline("Headline\n\nTARVEL, MARCH 3, VALLEYPRESS. Families fled.") == ("VALLEYPRESS", 10, 39)
    assert find_dateline("TARVEL, 3 March (Valley News). Families fled.") == ("Valley News", 0, 30)
    assert find_dateline("TARVEL, March 3. /VNA/. Families fled.") == ("VNA", 0, 23)
    assert find_dateline("TARVEL (Valley News). Families fled.") == ("Valley News", 0, 21)
    # no date before a name in capitals: a heading ("TARVEL, NORTH VALLEY."); a kicker is no agency
    assert find_dateline("TARVEL, NORTH VALLEY. Families fled.") is None
    assert find_dateline("TARVEL, March 3, UPDATE. Families fled.") is None
    # a sentence that opens with a bracket after a place is no dateline
    assert find_dateline("Families fled Tarvel (Valley). The river rose.") is None


def test_a_place_opening_text_in_sentence_case_before_a_dash_is_a_dateline():
    from geo.documents import place_dash_dateline
    assert place_dash_dateline("Monterrey, nuevo leon — floods forced hundreds out.", {0}) == (0, 23)
    assert place_dash_dateline("Hurricane season — floods forced hundreds out.", set()) is None  # no place opens it
    assert place_dash_dateline("Monterrey officials said 300 left — more may follow.", {0}) is None  # a sentence
    # a news agency's initials after the place, as wire copy writes them
    assert place_dash_dateline("Floods hit\n\nMonterrey, NTX - Floods forced hundreds out.", {12}) == (12, 28)
    assert place_dash_dateline("Monterrey, NTX and the state said 300 left — more may follow.", {0}) is None


def test_a_source_cited_with_its_date_is_read_as_blank():
    from geo.documents import as_read
    from geo.model import Document
    text = "Rivers burst their banks. (RIVERAID, 4 Mar 2012) Over 900 villagers fled to the hills."
    read = as_read(Document(id="d", text=text), {}).text
    assert "RIVERAID" not in read and len(read) == len(text) and read.endswith("Over 900 villagers fled to the hills.")
    # a dateline's outlet before its dash, and a date alone in brackets, stay
    for kept in ("(The Courier, 4 Mar 2012) – Over 900 villagers fled.", "Over 900 villagers fled (4 Mar 2012)."):
        assert as_read(Document(id="d", text=kept), {}).text == kept


def test_a_footnote_mark_after_a_key_figure_is_read_as_blank():
    from geo.documents import as_read
    from geo.model import Document
    for text, read in [("Nearly 2 M* Persons are internally displaced.", "Nearly 2 M  Persons are internally displaced."),
                       ("Some 12,400** people fled the district.", "Some 12,400   people fled the district.")]:
        assert as_read(Document(id="d", text=text), {}).text == read
    # a mark after a word, one standing alone and a product stay
    for kept in ("Some 12,400 people* fled.", "Figures as of May *", "Area: 3*4 km"):
        assert as_read(Document(id="d", text=kept), {}).text == kept


@pytest.mark.parametrize("text, expected", [
    # a stamp line under the headline, labelled or alone on its line with its time
    ("Floods in Tarvel\nPublished: 4 September 2017\n\nFamilies fled on Saturday.", date(2017, 9, 4)),
    ("Floods in Tarvel\nPosted on Sept. 4, 2017 at 10:32 GMT\nFamilies fled on Saturday.", date(2017, 9, 4)),
    ("Floods in Tarvel\n2017-09-30 12:55\nFamilies fled on Saturday.", date(2017, 9, 30)),
    ("Floods in Tarvel\nTuesday, 12 September 2017\nFamilies fled on Saturday.", date(2017, 9, 12)),
    # "Published" wins over "Updated", whichever comes first; "Updated" alone dates the article
    ("Floods\nUpdated 09 September 2017\nPublished 4 September 2017\nFamilies fled.", date(2017, 9, 4)),
    ("Floods\nUpdated 09 September 2017\nFamilies fled.", date(2017, 9, 9)),
    # a date in the story's sentences is not the article's, however early
    ("Floods in Tarvel\nFamilies fled on 4 September 2017 to the hills.", None),
    ("Floods in Tarvel\nPublished works of 2017 were lost.", None),
])
def test_an_article_takes_its_own_date_from_a_stamp_line(text, expected):
    assert article_date(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("TARVEL, May 3, 2024 (Valley News) - Families fled.", date(2024, 5, 3)),
    # a year-less dateline takes the year of a full date near the top within a month of its day (a caption's) ...
    ("Families wait in Tarvel, May 2, 2024. (Photo: Valley News)\nTARVEL, May 3 (Valley News) - Families fled.",
     date(2024, 5, 3)),
    ("Families wait, December 30, 2023.\nTARVEL, Jan 2 (Valley News) - Families fled.", date(2024, 1, 2)),
    # ... but none from a far one, and a year is never guessed
    ("Families wait, March 2, 2019.\nTARVEL, May 3 (Valley News) - Families fled.", None),
    ("TARVEL, May 3 (Valley News) - Families fled.", None),
    # a "Published" stamp wins over the dateline's date, which wins over "Updated"
    ("Published: 2 May 2024\nTARVEL, May 3, 2024 (Valley News) - Families fled.", date(2024, 5, 2)),
    ("Updated: 9 May 2024\nTARVEL, May 3, 2024 (Valley News) - Families fled.", date(2024, 5, 3)),
    ("Updated: 9 May 2024\nTARVEL, May 3 (Valley News) - Families fled.", date(2024, 5, 9)),
])
def test_a_dateline_dates_an_article_only_with_a_year(text, expected):
    dateline = find_dateline(text)
    assert article_date(text, dateline[1:]) == expected


def test_an_input_date_wins_over_the_text_stamp():
    from geo.model import Document
    from geo.reports import _with_dateline
    text = "Floods\nPublished: 4 September 2017\nFamilies fled on Saturday."
    given = Document(id="a", text=text, date=date(2017, 9, 6))
    assert _with_dateline(given, text, None).date == date(2017, 9, 6)
    assert _with_dateline(Document(id="b", text=text), text, None).date == date(2017, 9, 4)
    updated = "Floods\nUpdated 09 September 2017\nFamilies fled on Saturday."
    assert _with_dateline(Document(id="c", text=updated, date=date(2017, 9, 6)), updated, None).date == date(2017, 9, 6)
    assert _with_dateline(Document(id="d", text=updated), updated, None).date == date(2017, 9, 9)
