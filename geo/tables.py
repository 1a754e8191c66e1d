"""Tables of figures: rows under a header naming the columns, in pipes ("| Albay | 1,200 | 4,560 |") or tabs.

Situation reports give their figures per place as a table. The header names what each column counts
("| Province | Displaced families | Evacuees in centres |"); each row's first cell names its place. A row's figure
takes its unit and term from its column's header (``column_reading``) and its place from the row's first cell; a
row whose first cell is a total ("Total", "Grand total") sums the rows above (``TableRow.total``). A markdown
separator line ("|---|---|") belongs to the table; a line of other cells, or none, ends it. A bulleted list under a
lead-in line ending in a colon is read so too (``list_rows``): the lead-in names what every row's figure counts
("Refugee arrivals by country:\\n- Chad: 30,000"), each row its place, and so is a list flattened into one line, its
bullets lost to spaced full stops (``flattened_rows``: "No. of persons evacuated . Punjab - 618,347 . Sindh - 65,583").
The rules are told in ``geo.reports``, which reads the rows in place of sentences. Whether a label says what is
counted, and so names no place ("- Evacuated: 1,200"), is ``counted_label``'s.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from geo.numbers import find_counts
from geo.sentences import end_of_line
from geo.tallies import HARMED_WORDS, named_unit
from geo.terms import term_of
from geo.vocabulary import ARRIVING, MOVEMENT

_I = re.IGNORECASE

_LINE = re.compile(r"[^\n]+")
_SEPARATOR_CELL = re.compile(r":?-{2,}:?")
# A column of people in a place of shelter: "Evacuees in centres", "Families inside evacuation sites".
_IN_SHELTER = re.compile(r"\b(?:in|inside|at)\s+(?:[\w-]+\s+)?(?:cent(?:re|er)s|shelters|camps|sites|schools|tents)\b",
                         _I)
_TOTAL = re.compile(r"(?:grand\s+|sub-?)?totals?\b", _I)
# Words of a label that say what its figure counts: a total, people or homes, or what moved or befell them (also the
# dead, hurt or missing, ``HARMED_WORDS``: "Displaced: 6,200; Deaths: 12"; and in French: "Personnes déplacées : 6 200;
# Décès : 12").
_COUNTED_WORD = re.compile(r"\b(?:total|overall|sub-?total|people|persons|individuals|families|households|affected"
                           r"|displac\w*|evacu\w*|relocat\w*|shelter\w*|homeless|refugees?|idps|arrivals|returnees|houses"
                           rf"|homes|dwellings|figure|number|{HARMED_WORDS}"
                           r"|personnes|m[ée]nages|familles|maisons|habitations|d[ée]plac\w*|[ée]vacu\w*|sinistr\w*|affect[ée]e?s)\b",
                           _I)
# A lead-in line and a bulleted row under it: "More than 5,000 people fled to nearby countries:", "  - Chad: 3,000".
# (Its first non-space character found without backtracking: "[^\n]*\S[^\n]*:" was quadratic in a long line.)
_LEAD_IN = re.compile(r"^[^\S\n]*\S[^\n]*:[ \t]*$", re.MULTILINE)
# The marks that open a list's row ("- Chad", "* Chad", "• Chad", "– Chad", "▪ Chad"): one set for every reader of lists.
LIST_MARKS = "-*\u2022\u2013\u25aa"
_BULLET = re.compile(rf"([ \t]*)[{re.escape(LIST_MARKS)}][ \t]+(?=\S)")
# An item of a list flattened into a line, after the spaced full stop a lost bullet left: " . Punjab - 618,347", its
# figure ending at the next item's full stop, a space or the line's end; and what opens the label before the first
# (a bullet letter or mark standing alone, or the figure ending the line's item before it: "... - 574 o No. of ...").
_FLAT_ITEM = re.compile(r"[ \t]\.[ \t]+(?P<name>[A-Z][\w&'’-]*(?:[ \t][A-Z][\w&'’-]*){0,3})[ \t]+[-\u2013][ \t]+"
                        r"(?P<figure>\d{1,3}(?:,\d{3})+|\d+)(?=[ \t]|$)", re.MULTILINE)
_LABEL_OPENING = re.compile(rf"(?:^|(?<=\s))(?:o|[{re.escape(LIST_MARKS)}])[ \t]|\d(?=[ \t])", re.MULTILINE)
# Where a list's places are the destinations: "fled to neighbouring countries", "crossings into other states".
_INTO_PLACES = re.compile(r"\b(?:to|into|across)\s+(?:(?:neighbou?ring|nearby|other|host)\s+)?"
                          r"(?:countries|states|provinces|districts|regions|areas)\b", _I)


@dataclass(frozen=True)
class Cell:
    """A cell of a table line: its offsets in the text, white space stripped (``start == end`` when empty)."""

    start: int
    end: int


@dataclass(frozen=True)
class TableRow:
    """A row of figures under its table's header: the row's line and cells, and the header's."""

    start: int
    end: int
    cells: tuple[Cell, ...]
    header: tuple[Cell, ...]
    header_start: int  # where the table's header line starts: the rows of one table share it
    total: bool  # the first cell is a total: "Total", "Grand total"


def table_rows(text: str) -> list[TableRow]:
    """The rows of figures of every table in ``text``, in order.

    >>> text = "| Province | Displaced families |\\n|---|---|\\n| Albay | 1,200 |\\n| Total | 1,200 |\\n\\nNext."
    >>> [(text[r.cells[0].start:r.cells[0].end], r.total) for r in table_rows(text)]
    [('Albay', False), ('Total', True)]

    Figures under no header, or under one naming no movement, are no table's rows here:

    >>> table_rows("Albay\\t1,200\\nSorsogon\\t850"), table_rows("Region\\tPopulation\\nAlbay\\t1,200")
    ([], [])
    """
    rows: list[TableRow] = []
    header: tuple[Cell, ...] | None = None
    header_start = 0
    previous_end = -1
    for line in _LINE.finditer(text):
        cells = _cells(text, line.start(), line.end())
        if cells is None or (header is not None and text[previous_end:line.start()].count("\n") > 1):
            header = None  # prose or a blank line ends a table
        previous_end = line.end()
        if cells is None or all(_SEPARATOR_CELL.fullmatch(text, c.start, c.end) or c.start == c.end for c in cells):
            continue  # a separator line "|---|---|" belongs to the table
        figures = any(figure_cell(text, c) for c in cells[1:])
        if not figures and any(column_reading(text[c.start:c.end]) for c in cells[1:]):
            header, header_start = cells, line.start()  # it names what a column counts
        elif header is None or len(cells) != len(header):
            header = None  # a line of other columns
        elif figures and not figure_cell(text, cells[0]):
            first = cells[0]
            rows.append(TableRow(_stripped_start(text, line.start()), line.end(), cells, header, header_start,
                                 _TOTAL.match(text, first.start, first.end) is not None))
        # a row with no figure ("| Masbate | - | - |") goes on with the table
    return rows


def list_rows(text: str) -> list[TableRow]:
    """The rows of the bulleted lists in ``text`` whose lead-in line, ending in a colon, names what their figures count
    (``column_reading``): each row a place and its one figure, with no movement word of its own (a row with one is
    a sentence of its own, "- Chad: 3,000 arrivals"), read as a table's row under a header of the lead-in. A
    lead-in that is a bullet itself heads only the rows indented under it.

    >>> text = "Refugee arrivals by country:\\n- Chad: 3,000\\n- Niger 1,500 via Agadez\\n- Total: 4,500\\n\\nNext."
    >>> [(text[r.cells[0].start:r.cells[0].end], text[r.cells[1].start:r.cells[1].end], r.total) for r in list_rows(text)]
    [('Chad', '3,000', False), ('Niger', '1,500', False), ('Total', '4,500', True)]

    A lead-in naming no movement or state of people heads no rows:

    >>> list_rows("Deaths by region:\\n- Chad: 30\\n- Niger: 12"), list_rows("Damaged houses:\\n- Chad: 300")
    ([], [])
    """
    rows: list[TableRow] = []
    for lead_in in _LEAD_IN.finditer(text):
        header = _strip(text, lead_in.start(), lead_in.start() + lead_in.group().rindex(":"))
        if column_reading(text[header.start:header.end]) is None or MOVEMENT.search(text, header.start, header.end) is None:
            continue
        bulleted = _BULLET.match(text, lead_in.start())
        indent = len(bulleted.group(1)) if bulleted else -1  # a bulleted lead-in heads the rows indented under it
        position = lead_in.end() + 1
        while (bullet := _BULLET.match(text, position)) is not None and len(bullet.group(1)) > indent:
            line_end = end_of_line(text, position)
            row = _list_row(text, position + len(bullet.group(1)), bullet.end(), line_end, header, lead_in.start())
            if row is not None:
                rows.append(row)
            position = line_end + 1
    return rows


def flattened_rows(text: str) -> list[TableRow]:
    """The rows of a list flattened into one line, its bullets lost to spaced full stops, as a converted report prints
    it: a label naming what every figure counts (``column_reading``, with a movement word), then two or more items of
    a name, a spaced dash and one figure ("No. of persons evacuated . Punjab - 618,347 . Sindh - 65,583 . Total -
    683,930"). Each item is a row under the label, as a bulleted list's; the label runs back to the line's start, a
    bullet letter or the figure of the item before it.

    >>> text = "o Boats used - 574 o No. of persons evacuated . Dera - 6,347 . Kot - 583 . Total - 6,930 MIRA"
    >>> [(text[r.cells[0].start:r.cells[0].end], text[r.cells[1].start:r.cells[1].end], text[r.header[1].start:r.header[1].end])
    ...  for r in flattened_rows(text)]
    [('Dera', '6,347', 'No. of persons evacuated'), ('Kot', '583', 'No. of persons evacuated'), ('Total', '6,930', 'No. of persons evacuated')]

    One item is no list, and a label naming no movement heads none:

    >>> flattened_rows("No. of persons evacuated . Dera - 6,347 ."), flattened_rows("No. of boats . Dera - 63 . Kot - 58")
    ([], [])
    """
    rows: list[TableRow] = []
    position = 0
    for item in _FLAT_ITEM.finditer(text):
        if item.start() < position:
            continue  # an item of a list already read
        items = [item]
        while (following := _FLAT_ITEM.match(text, items[-1].end())) is not None:
            items.append(following)
        position = items[-1].end()
        label_end = item.start()
        label_start = max(text.rfind("\n", 0, label_end) + 1,
                          max((m.end() for m in _LABEL_OPENING.finditer(text, 0, label_end)), default=0))
        header = _strip(text, label_start, label_end)
        label = text[header.start:header.end]
        if len(items) < 2 or column_reading(label) is None or MOVEMENT.search(label) is None:
            continue
        for found in items:
            name, figure = Cell(*found.span("name")), Cell(*found.span("figure"))
            rows.append(TableRow(name.start, figure.end, (name, figure), (Cell(name.start, name.start), header),
                                 header.start, _TOTAL.match(text, name.start, name.end) is not None))
    return rows


def _list_row(text: str, row_start: int, start: int, end: int, header: Cell, header_start: int) -> TableRow | None:
    """A bulleted row of a name and its one figure ("Chad: 3,000", "Niger 1,500 via Agadez"), the name's cell and
    the figure's, under the lead-in as the figure's header; None for a row of another shape or with a movement
    word of its own before any comma after the figure."""
    counts = find_counts(text[start:end])
    if len(counts) != 1:
        return None
    _, count_start, count_end = counts[0]
    aside = text.find(",", start + count_end, end)  # "3,000, mostly returnees": an aside on part of them
    if MOVEMENT.search(text, start, end if aside < 0 else aside) is not None:
        return None
    name = _strip(text, start, start + count_start)
    while name.end > name.start and text[name.end - 1] in ":-\u2013":
        name = _strip(text, name.start, name.end - 1)
    if name.start == name.end or any(c.isdigit() for c in text[name.start:name.end]):
        return None
    figure = Cell(start + count_start, start + count_end)
    return TableRow(row_start, end, (name, figure), (Cell(row_start, row_start), header),
                    header_start, _TOTAL.match(text, name.start, name.end) is not None)


def figure_cell(text: str, cell: Cell) -> bool:
    """Whether a cell holds one count and nothing else ("1,200", "about 300")."""
    counts = find_counts(text[cell.start:cell.end])
    return len(counts) == 1 and counts[0][1] == 0 and counts[0][2] == cell.end - cell.start


def column_reading(header: str) -> tuple[str, str] | None:
    """The unit and term a column's header gives its figures: "Displaced families" (families, displaced), "Evacuees
    in centres" (people, sheltered), "Houses destroyed" (households, destroyed housing); None for a column that
    names no movement or state of people or homes ("Population", "Affected families", "Damaged houses", "Deaths").

    >>> column_reading("Displaced families"), column_reading("Evacuees in centres"), column_reading("Houses destroyed")
    (('families', 'displaced'), ('people', 'sheltered'), ('households', 'destroyed housing'))
    >>> column_reading("Affected families"), column_reading("Damaged houses"), column_reading("Population")
    (None, None, None)
    """
    unit = named_unit(header)
    term = "sheltered" if _IN_SHELTER.search(header) else term_of(header)
    if unit is None or term is None or (unit == "housing") != (term == "destroyed housing"):
        return None
    return ("households" if unit == "housing" else unit), term


def counted_label(label: str) -> bool:
    """Whether a label says what its figure counts, so that it names no place: a word of a total, people or homes,
    or their movement or state ("Grand total", "Families", "Evacuated", "Houses"). A list's row headed by it
    ("- Evacuated: 1,200") is no row of a place. Whole words, not ``column_reading``'s stems, which read a column's
    header, not a name: its "camp" and "desert" would take "Camp Creek" and "Palm Desert" for labels.

    >>> counted_label("Grand total"), counted_label("Families"), counted_label("Evacuated")
    (True, True, True)
    >>> counted_label("Kasaba First Nation"), counted_label("Camp Creek"), counted_label("Palm Desert")
    (False, False, False)
    """
    return _COUNTED_WORD.search(label) is not None


def toward_rows(header: str) -> bool:
    """Whether the places of the rows under ``header`` are where people went, not where they left: arrivals or
    returnees, or people gone "to neighbouring countries".

    >>> toward_rows("Refugee arrivals"), toward_rows("People who fled to neighbouring countries")
    (True, True)
    >>> toward_rows("Displaced families"), toward_rows("People evacuated in districts")
    (False, False)
    """
    return ARRIVING.search(header) is not None or _INTO_PLACES.search(header) is not None


def _cells(text: str, start: int, end: int) -> tuple[Cell, ...] | None:
    """The cells of a line split by pipes or tabs (the border pipes of "| a | b |" open and close no cell), or None
    when it has fewer than two."""
    line = text[start:end]
    separator = "|" if "|" in line else "\t" if "\t" in line else None
    if separator is None:
        return None
    bounds = [start - 1, *(i for i in range(start, end) if text[i] == separator), end]
    cells = [_strip(text, a + 1, b) for a, b in zip(bounds, bounds[1:])]
    if separator == "|":
        if line.strip().startswith("|"):
            cells = cells[1:]
        if line.strip().endswith("|"):
            cells = cells[:-1]
    return tuple(cells) if len(cells) >= 2 else None


def _strip(text: str, start: int, end: int) -> Cell:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Cell(start, end)


def _stripped_start(text: str, start: int) -> int:
    while text[start].isspace():
        start += 1
    return start
