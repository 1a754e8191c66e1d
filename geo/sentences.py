"""Split article text into sentences, as character spans, for quoting and for reading one statement.

A sentence ends at ".", "!" or "?" (with any closing quotes or brackets) before white space,
unless the word before the period is an abbreviation ("Mr.", "U.S.", "a.m.") or a single letter
(an initial, not the last letter of a unit: "km/h."), or it is an ellipsis in an open quotation that goes on in lower
case (words left out of it). Lowercased text splits the same way. A line break also ends a
sentence (headlines, captions, list items), except where a wrapped line continues in lower case (past the spaces a
PDF's copy pads a line's end or start with: "have fled Karabakh \n in late September"; also into an aside in
brackets: "basic infrastructure\n(schools, clinics) were destroyed"), or after a word that
ends no sentence (text copied from a PDF: "sleeping in\n14 schools", "members of the\nNuba community"), or where a line
holds only a figure, with its scale word if any (a table cell: "321\nHouses destroyed", "1.3 million\nPeople displaced"),
or a label over such a figure, where a box of them ends with a figure ("People displaced\n71,436\nHomes destroyed\n900").

>>> text = "Mr. Smith left at 10 a.m. on Monday. ( ap ) -- some 300 left , officials said .\\nNext"
>>> [text[s:e] for s, e in sentence_spans(text)]
['Mr. Smith left at 10 a.m. on Monday.', '( ap ) -- some 300 left , officials said .', 'Next']
>>> text = "Gusts reached 200 km/h. J. Smith left."
>>> [text[s:e] for s, e in sentence_spans(text)]
['Gusts reached 200 km/h.', 'J. Smith left.']
"""
from __future__ import annotations

import re

_ABBREVIATIONS = frozenset("""
mr mrs ms dr prof gen col lt sgt capt maj brig cmdr adm gov sen rep st mt ft jr sr no vs etc inc
corp co ltd dept est approx jan feb mar apr jun jul aug sep sept oct nov dec a.m p.m u.s u.n u.k
e.g i.e al
""".split())

#: Longer than this, a "sentence" is a run-on text (a transcript without stops, a pasted list): it is cut, so
#: that reading it stays linear in its length (each count of a sentence is read against the whole sentence)
#: and its quotes stay readable. Two of the 112,000 sentences of the Multi-News corpus are longer.
LONGEST_SENTENCE = 2000
_PIECE_END = re.compile(r"[,;:]\s|\s")

# A candidate end: terminal punctuation and closers, then white space; or a line break.
_END = re.compile(r"""[.!?]+["'”’)\]]*(?=\s)|\n""")
_WORD_BEFORE = re.compile(r"([\w.]+)$")
_LOWER_NEXT = re.compile(r"\s+[a-z]")
_LINE_PAD = re.compile(r"[ \t]*")
# The words a line cannot end a sentence with, so that the next line goes on with it whatever its first letter: an
# article, a preposition, a conjunction or a word before a figure ("some 6,200 families, or about\n31,000 people").
_LINE_GOES_ON = re.compile(r"(?<![\w.])(?:a|an|the|of|in|on|at|to|for|from|by|with|into|about|and|or|than|some|nearly"
                           r"|around)$", re.IGNORECASE)
# A bulleted item of a PDF's text whose lines the extraction set apart with blank lines ("• Some 7.9 million people
# are\n\n\nreportedly displaced"): the item, open with no stop, goes on in lower case past the blank lines.
_BULLET = re.compile(r"[•●▪■◦‣]\s")
_BLANK_LINES = re.compile(r"\s*\n\s*\n\s*")
# A key-figures row on a line of its own ("805K 1.2M 13.1K") goes on into its labels in lower case below it, past
# blank lines ("houses houses people\ndestroyed damaged killed"): the row and its labels are read together.
_FIGURE_ROW = re.compile(r"\s*(?:\d[\d,.]*[KM]?\s+){2,}\d[\d,.]*[KM]?\s*")
_LOWER_LINE_AFTER = re.compile(r"\s*\n\s*[a-z][^\d\n]*(?:\n|$)")
# A wrapped line that opens with an aside in brackets in lower case goes on with the sentence too.
_ASIDE_LINE = re.compile(r"\((?:[a-z]|\d[\d,.]*\s+[a-z])")
# ... with its scale word, as a key-figures box gives it ("1.3 million\nPeople internally displaced")
_FIGURE_LINE = re.compile(r"\s*[\d][\d,. ]*(?:(?:million|billion|thousand|millions|millones|milh[õo]es|mil|lakh|crore)\b\s*)?")
# ... also with the unit it counts, as a cell under its label gives it ("Number of IDPs\n12,300 individuals")
_FIGURE_CELL = re.compile(_FIGURE_LINE.pattern + r"(?:(?:individuals|people|persons|households|families|IDPs)\b[ \t]*)?")
# A key-figures label: a few words, no figure, no sentence's end ("People displaced", "Total number of IDPs:")
_LABEL_LINE = re.compile(r"\s*[A-Za-z#][^\d\n.!?;]{0,60}?:?[ \t]*")


def is_abbreviation(text: str, end: int) -> bool:
    """Whether the period ending at ``end`` closes an abbreviation or an initial, not a sentence."""
    word = _WORD_BEFORE.search(text, max(0, end - 12), end - 1)
    if word is None:
        return False
    token = word.group(1).lower().rstrip(".")
    unit = text[word.start(1) - 1:word.start(1)] == "/"  # "270 km/h.": a unit's last letter, no initial
    return token in _ABBREVIATIONS or (len(token) == 1 and token.isalpha() and not unit)


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each sentence in ``text``, stripped of surrounding white space.

    >>> sentence_spans("  One.  Two?\\n\\nThree")
    [(2, 6), (8, 12), (14, 19)]
    >>> [s for s in sentence_spans("a line that wraps\\nin lower case.")]
    [(0, 32)]
    >>> [s for s in sentence_spans("some 900 people sheltered in\\n14 schools.\\nNext")]
    [(0, 40), (41, 45)]
    >>> [s for s in sentence_spans("100 houses and other buildings\\n(schools, clinics) burned.\\n(AP) Next")]
    [(0, 57), (58, 67)]
    """
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _END.finditer(text):
        end = match.end()
        if match.group() == "\n":
            end = match.start()
            # the line's last and the next line's first character past the spaces a PDF's copy pads them with
            tail, head = len(text[start:end].rstrip(" \t")) + start, _LINE_PAD.match(text, end + 1).end()
            following = text[head:head + 1]
            previous = text[tail - 1:tail]
            if (following.islower() and (previous.isalnum() or previous == ",")) or _LINE_GOES_ON.search(text, start, tail):
                continue  # a wrapped line: the sentence goes on
            if _bullet_goes_on(text, start, end):
                continue
            if _FIGURE_ROW.fullmatch(text, start, end) and _LOWER_LINE_AFTER.match(text, end):
                continue  # a key-figures row over its labels
            if previous.isalpha() and _ASIDE_LINE.match(text, head):
                continue  # ... into an aside in brackets in lower case ("basic infrastructure\n(schools, clinics) were")
            if _FIGURE_LINE.fullmatch(text, start, end):
                continue  # a figure on a line of its own, as in a table cell ("321\nHouses destroyed")
            if _LABEL_LINE.fullmatch(text, start, end) and _labels_above(text, end + 1):
                continue  # a label over its figure ("People displaced\n71,436")
        elif match.group()[0] == "." and is_abbreviation(text, match.start() + 1):
            continue
        elif match.group().startswith("...") and _quotation_open(text[start:match.start()]) and _LOWER_NEXT.match(text, end):
            continue  # words left out of a quotation that goes on: '"35,000 have traveled south ... stopping in X"'
        _add(text, start, end, spans)
        start = match.end()
    _add(text, start, len(text), spans)
    return spans


def _bullet_goes_on(text: str, start: int, end: int) -> bool:
    """Whether the bulleted item from ``start`` goes on past the line break at ``end`` and the blank lines around it
    (``_BULLET``): the item so far ends in a word or a comma (or a word no sentence ends with) and the text after the
    blank lines opens in lower case.

    >>> text = "• Some 7.9 million people are\\n\\n\\nreportedly displaced.\\n\\n• Next"
    >>> _bullet_goes_on(text, 0, 29), _bullet_goes_on(text, 0, 30), _bullet_goes_on(text, 0, 52)
    (True, True, False)
    >>> _bullet_goes_on("Some 7.9 million people are\\n\\nreportedly displaced.", 0, 27)
    False
    """
    if not _BULLET.match(text, start):
        return False
    item_end = len(text[start:end].rstrip()) + start
    gap = _BLANK_LINES.match(text, item_end)
    if gap is None or gap.end() >= len(text) or not text[gap.end()].islower():
        return False
    previous = text[item_end - 1]
    return previous.isalnum() or previous == "," or _LINE_GOES_ON.search(text, start, item_end) is not None


def _labels_above(text: str, start: int) -> bool:
    """Whether the key figures from ``start`` stand under their labels: the lines from there alternate figure and
    label and end with a figure (under labels, a box ends with its last figure; over them, with its last label).

    >>> box = "People displaced\\n71,436\\nHomes destroyed\\n900\\nNext steps."
    >>> _labels_above(box, 17), _labels_above(box, 17 + 7 + 16)
    (True, True)
    >>> _labels_above("Key figures\\n321\\nHouses destroyed\\n540\\nPeople displaced", 12)
    False
    """
    while (line_end := end_of_line(text, start)) > start and _FIGURE_CELL.fullmatch(text, start, line_end):
        label_end = end_of_line(text, line_end + 1)
        if line_end == len(text) or not _LABEL_LINE.fullmatch(text, line_end + 1, label_end):
            return True
        start = label_end + 1
    return False


def _quotation_open(text: str) -> bool:
    """Whether a quotation opened in ``text`` is still open at its end.

    >>> _quotation_open('He said "they left'), _quotation_open('He said "they left" and')
    (True, False)
    """
    return text.count('"') % 2 == 1 or text.count("“") > text.count("”")


def _add(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end - start > LONGEST_SENTENCE:
        cut = _run_on_cut(text, start)
        _add(text, start, cut, spans)
        start = cut
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        spans.append((start, end))


def _run_on_cut(text: str, start: int) -> int:
    """Where to cut a run-on sentence starting at ``start``: after its last comma, semicolon or colon within
    ``LONGEST_SENTENCE`` characters, else at its last space there, else at the limit.

    >>> _run_on_cut("a" * 1500 + ", " + "b " * 1000, 0)
    1502
    """
    limit = start + LONGEST_SENTENCE
    cuts = [m for m in _PIECE_END.finditer(text, start + LONGEST_SENTENCE // 2, limit)]
    clause = [m for m in cuts if m.group()[0] in ",;:"]
    return (clause or cuts)[-1].end() if cuts else limit


def end_of_line(text: str, start: int) -> int:
    """Where the line holding ``start`` ends: its line break, else the text's end.

    >>> end_of_line("Henan Province\\n800 evacuated", 3), end_of_line("Henan Province\\n800 evacuated", 16)
    (14, 28)
    """
    end = text.find("\n", start)
    return end if end >= 0 else len(text)
