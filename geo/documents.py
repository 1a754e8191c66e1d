"""Read articles from disk: .txt, .html/.htm, .json and .jsonl files, or folders of them.

This is the pipeline's input edge: everything after it works on ``Document`` values.
A file that cannot be read or decoded raises ``DocumentError`` naming the file and the reason;
batch callers collect those errors and go on with the other files. Within a readable .json or
.jsonl file a bad record is a problem of its own: the other records are still read (one broken
line must not lose a feed of thousands), and a malformed date loses the date, not the article.

It also tells what of a text is its page's and not its story's: a wire outlet (``wire_outlet``), a dateline
naming where the story was filed, in capitals ("BEIRUT (AP) —": ``find_dateline``) or, where the text lost its
capitals, a place opening it before a dash (``place_dash_dateline``) or a city alone before a colon
(``place_colon_dateline``), also under a credit line or after a caption's credit ("(AFP photo)", "Photo: Reuters",
"... ( associated press ) patna, india ( ap ) —"), captions and credits (``page_furniture``), and the date the
article gives itself where the input gives none: a "Published" line, its dateline's date ... (``article_date``).

Text copied from a PDF breaks words at its line ends ("esti-\\nmated", "conflict-\\naffected"); ``joined_words`` gives the
text as read, each such word whole, at the same length, so that every offset into it is one into the text; so does
``sources_uncited`` with a source cited between a word and its figure ("of over (OCHA, 2016) 40,000") or with its date.
``acronyms_spelt_out`` reads an acronym the text defines for a shelter or people moved as its phrase ("relief centres
(PPS)" ... "at 12 PPS"); that text is longer, and ``SpeltOut.offset`` gives the offsets back.
"""
from __future__ import annotations

import json
import re
from collections.abc import Callable, Collection, Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date, timedelta
from html.parser import HTMLParser
from pathlib import Path

from gazetteer.normalize import fold
from geo.dates import YEAR, WEEKDAYS, find_date, month_number
from geo.errors import DocumentError, DocumentWarning
from geo.model import Document
from geo.numbers import MONTH
from geo.sentences import end_of_line

SUFFIXES = (".txt", ".html", ".htm", ".json", ".jsonl")
_TEXT_KEYS = ("text", "body", "content", "article")
# Elements whose text is not part of the article; block elements end a line so sentences don't merge.
_SKIP_TAGS = {"script", "style", "noscript", "template", "svg"}
_BLOCK_TAGS = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section", "article",
               "header", "footer", "blockquote", "figcaption", "title"}

# A word broken by a hyphen at a line's end, its rest opening the next line in lower case ("dis-\nplaced"); also
# where the line break was flattened to a space ("esti- mated"), but not across a paragraph, nor a hyphen left hanging
# before "and", "or", "to" ("pre- and post-war"), nor after a letter alone (a grade: "an A- in maths").
_BROKEN_WORD = re.compile(r"\b(?P<head>[A-Za-z]{2,})-(?P<gap>[ \t]*\r?\n[ \t]*|[ \t]+)(?!(?:and|or|to)\b)(?P<tail>[a-z]+)\b")
# Where the break's hyphen stands, sought first: a scan for one character, and most texts have none.
_HYPHEN_BEFORE_BREAK = re.compile(r"-[ \t\r\n]")


def joined_words(text: str, word_zipf: Mapping[str, float]) -> str:
    """``text`` with each word a line end broke by hyphenation read whole: joined where the joined word is an English
    word (``word_zipf``, keyed by ``fold``), else a compound that keeps its hyphen ("well-\\nknown", "conflict-
    affected"). The break's room goes after the word, so the text keeps its length and offsets.

    >>> known = {fold(word): 4.0 for word in ("estimated", "households")}
    >>> joined_words("some 300 house-\\nholds, an esti- mated 1,500 conflict-\\naffected people", known)
    'some 300 households  , an estimated   1,500 conflict-affected  people'
    >>> joined_words("the Al-\\nWaer quarter; house-\\n\\nholds; pre- and post-war", known)
    'the Al-\\nWaer quarter; house-\\n\\nholds; pre- and post-war'
    """
    def join(broken: re.Match) -> str:
        word = broken["head"] + broken["tail"]
        whole = word if fold(word) in word_zipf else f"{broken['head']}-{broken['tail']}"
        return whole.ljust(len(broken.group()))
    return _BROKEN_WORD.sub(join, text) if _HYPHEN_BEFORE_BREAK.search(text) else text


# A source cited with its year in brackets between a word and the figure after it: "of over (OCHA, 2016) 40,000".
# (The bracket first, the word before it looked behind: the engine then skips to each bracket.)
_CITATION_BEFORE_FIGURE = re.compile(r"\((?<=[A-Za-z] \()[A-Z][^()\d\n]{1,60}?(?:\d{1,2}/\d{1,2}/)?(?:19|20)\d\d\)(?=[ \t]+\d)")


# A source cited in brackets with the day it said so, closing a sentence or a paragraph of a digest: "(ADRA, 2 Sep 2011)",
# "(IFRC, 19 Jun 2013)" (not a dateline's outlet, a dash after it: "(The National, 16 May 2017) –").
_DATED_SOURCE = re.compile(r"\([A-Z][^()\d\n]{1,60}?,[ \t]*(?:\d{1,2}[ \t]+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
                           r"[a-z]*\.?[ \t]+(?:19|20)\d\d\)(?![ \t]*(?:--|[-—–:]))")


# A footnote's mark glued to a figure of a key-figures box, before the figure's noun: "Nearly 4 M* Persons are
# internally displaced", "12,000† people" (the note is below the box; the mark would part the figure from its noun).
# (The mark first, the figure before it looked behind, as for the brackets above.)
_FOOTNOTE_MARK = re.compile(r"[*†](?:(?<=\d[*†])|(?<=\d[MK][*†])|(?<=\d M[*†]))[*†]{0,2}(?=[ \t]+[A-Za-z])")


def sources_uncited(text: str) -> str:
    """``text`` with the sources it cites in brackets blanked, at the same length: one with its year between a word
    and its figure, so that the word reads the figure (``_CITATION_BEFORE_FIGURE``), and one with the day it said so,
    whose agency is no place of the story (``_DATED_SOURCE``: "Adra" is also a town in Spain). A bracket naming no
    year, one with only a year after the figure, and a date alone stay. So does a footnote's mark after a figure
    (``_FOOTNOTE_MARK``), the figure reading its noun; not a mark after a word ("people*": the noun is read already).

    >>> sources_uncited("the displacement of over (OCHA, 2016) 40,000 people (UNHCR, 2017)")
    'the displacement of over              40,000 people (UNHCR, 2017)'
    >>> sources_uncited("Camps were flooded. (ADRA, 2 Sep 2011) More than 2,000 people fled.")
    'Camps were flooded.                    More than 2,000 people fled.'
    >>> sources_uncited("of (local sources) 40,000 people; in (2016) 9,000; in Adra (2 Sep 2011).")
    'of (local sources) 40,000 people; in (2016) 9,000; in Adra (2 Sep 2011).'
    >>> sources_uncited("Nearly 4 M* Persons, 1.2M** IDPs, 900* people; 5 *, 3*4")
    'Nearly 4 M  Persons, 1.2M   IDPs, 900  people; 5 *, 3*4'
    """
    marked = "*" in text or "†" in text  # (most texts have no mark: no scan for one)
    for citation in (_CITATION_BEFORE_FIGURE, _DATED_SOURCE, *((_FOOTNOTE_MARK,) if marked else ())):
        text = citation.sub(lambda cited: " " * len(cited.group()), text)
    return text


def as_read(document: Document, word_zipf: Mapping[str, float]) -> Document:
    """``document`` with its text as read (``joined_words``, ``sources_uncited``), the same length: what the place and
    report steps read, whose offsets stay those of ``document.text``."""
    read = sources_uncited(joined_words(document.text, word_zipf))
    return document if read == document.text else replace(document, text=read)  # (most texts: no copy made)



# An acronym a document defines in brackets for a phrase evacmap reads, which then stands for that phrase: a shelter
# or a site ("temporary relief centres (PPS)", "evacuation centres (ECs)", "Protection of Civilians sites (PoCs)"),
# people moved ("returnees (RETs)") or a movement; also the other way round, "PPS (temporary relief centres)". Not an
# organisation's or a place's ("(IOM)", "(DRC)": no such noun before them), nor a unit ("(km)": no capitals), nor IDPs
# (read as they are). The bracket first, as in ``_CITATION_BEFORE_FIGURE``: the engine skips to each bracket.
_ACRONYM = r"(?=(?:[a-z]?[A-Z]){2})[A-Z][A-Za-z]{1,6}"
_DEFINED = re.compile(rf"\((?:(?P<acronym>{_ACRONYM})|(?P<words>[A-Za-z][A-Za-z -]{{3,60}}))\)")
_MEANT_HEAD = (r"(?:cent(?:re|er)s?|shelters?|camps?|sites?|settlements?|evacuees|returnees|refugees|asylum[\s-]seekers"
               r"|displaced\s+(?:persons|people|families|households)|evacuations?|displacements?|relocations?)")
# The head noun with at most three words before it (the words the vocabulary reads: "relief centres", not "centres"),
# "of" between them ("Protection of Civilians sites"); words of a clause before the phrase are left out
# (``_NOT_MEANT``).
_MEANT = re.compile(rf"(?:[A-Za-z-]+\s+(?:of\s+)?){{0,3}}{_MEANT_HEAD}", re.I)
_MEANT_BEFORE = re.compile(rf"{_MEANT.pattern}\s*$", re.I)
_MEANT_LAST = re.compile(r"cent(?:re|er)s?|shelters?|camps?|sites?|settlements?|evacuees|returnees|refugees|seekers|persons"
                         r"|people|families|households|evacuations?|displacements?|relocations?", re.I)
_NOT_MEANT = {"a", "an", "the", "at", "in", "to", "from", "for", "and", "or", "by", "with", "on", "into", "of", "are",
              "were", "is", "was", "be", "been", "still", "all", "some", "their", "its", "these", "those", "two", "three"}
_ACRONYM_BEFORE = re.compile(rf"\b(?P<acronym>{_ACRONYM})\s*$")
_READ_ALREADY = {"IDP", "IDPs"}


@dataclass(frozen=True)
class SpeltOut:
    """A text with the acronyms it defines spelt out after their definition (``acronyms_spelt_out``), and the way
    back to the offsets of the text as written: ``changes`` are (start, end) in the text as written, the phrase put
    there, in order."""

    text: str
    changes: tuple[tuple[int, int, str], ...]

    def offset(self, at: int, end: bool = False) -> int:
        """The offset in the text as written of ``at`` in ``text``; one within a phrase spelt out is its acronym's
        start (``end``: its end)."""
        moved = 0
        for start, stop, phrase in self.changes:
            if at < start + moved:
                break
            if at < start + moved + len(phrase) or (end and at == start + moved + len(phrase)):
                return stop if end and at > start + moved else start
            moved += len(phrase) - (stop - start)
        return at - moved


def acronyms_spelt_out(text: str) -> SpeltOut | None:
    """``text`` with each use of an acronym it defines for a shelter, people moved or a movement (``_DEFINED``) read
    as the phrase it stands for, from its definition on; None when it defines none (most texts: one scan for a
    bracket). Lengths change: ``SpeltOut.offset`` gives the offsets back.

    >>> spelt = acronyms_spelt_out("At 2 PPS. Temporary relief centres (PPS) opened; 431 victims are at 12 PPS.")
    >>> spelt.text
    'At 2 PPS. Temporary relief centres (PPS) opened; 431 victims are at 12 temporary relief centres.'
    >>> spelt.offset(spelt.text.index("12") + 3), spelt.offset(len(spelt.text) - 1, end=True)
    (71, 74)
    >>> acronyms_spelt_out("PPS (temporary relocation centres) opened. 30 people were at 2 PPS.").text[43:]
    '30 people were at 2 temporary relocation centres.'
    >>> [acronyms_spelt_out(text) for text in ("the International Organization for Migration (IOM) said; IOM",
    ...  "internally displaced persons (IDPs); 500 IDPs", "a camp 5 kilometres (km) away; 4 km",
    ...  "the disaster management committee (JPBN) said the shelters were full; JPBN")]
    [None, None, None, None]
    """
    if "(" not in text:
        return None
    meanings: dict[str, tuple[int, str]] = {}  # acronym -> where its definition ends, what it stands for
    for bracket in _DEFINED.finditer(text):
        before = text[max(0, bracket.start() - 80):bracket.start()]
        if bracket["acronym"]:
            # (the phrase's last word first: a search for the phrase tries each place in ``before``)
            last_word = before.rsplit(None, 1)[-1:]
            phrase = last_word and _MEANT_LAST.fullmatch(last_word[0]) and _MEANT_BEFORE.search(before)
            acronym = bracket["acronym"]
            meant = phrase and phrase.group().strip()
        else:
            meant = _MEANT.fullmatch(bracket["words"].strip()) and bracket["words"]
            named = meant and _ACRONYM_BEFORE.search(before)
            acronym = named and named["acronym"]
        if acronym and meant and acronym not in _READ_ALREADY and acronym not in meanings:
            words = meant.split()
            while words[0].lower() in _NOT_MEANT:
                del words[0]
            meanings[acronym] = bracket.end(), " ".join(words).lower()
            one = acronym[:-1]  # "ECs" for "evacuation centres": "an EC" is an evacuation centre
            if acronym.endswith("s") and meant.endswith("s") and re.fullmatch(_ACRONYM, one) and one not in meanings:
                meanings[one] = bracket.end(), meanings[acronym][1][:-1]
    if not meanings:
        return None
    changes = [(use.start(), use.end(), meanings[use.group()][1])
               for use in re.finditer(rf"\b(?:{'|'.join(map(re.escape, meanings))})\b", text)
               if use.start() >= meanings[use.group()][0]]
    if not changes:
        return None
    spelt, last = [], 0
    for start, end, phrase in changes:
        spelt += [text[last:start], phrase]
        last = end
    return SpeltOut("".join(spelt) + text[last:], tuple(changes))


# Page furniture that names places the story is not about: a photo credit ("( ap photo/karim kadim )",
# "(Photo: Getty Images)", a picture's "( associated press )" tag), not a dateline's agency ("(AP) —").
_CREDIT_PATTERN = (r"\(\s*(?:[^()\n]{0,40}\bphotos?\s*(?:/|:|credit\b)[^()\n]{0,80}|(?:the )?associated press|getty images)\s*\)"
                   r"(?!\s*(?:--|[-—–]))")
_CREDIT = re.compile(_CREDIT_PATTERN, re.I)
_MONTH_DAY = r"[A-Z](?:[a-z]{2,8}|[A-Z]{2,8})\.?[ \t]+\d{1,2}"  # "Aug. 9", "SEPTEMBER 25"
_DAY_MONTH = r"\d{1,2}[ \t]+[A-Z](?:[a-z]{2,8}|[A-Z]{2,8})\.?"  # "14 March"
# A wire dateline opening a line, or right after a credit that ends a caption on that line ("... ( associated press )
# patna, india ( ap ) —"): an optional place and date, the agency in brackets, then a dash ("BEIRUT (AP) —", "LONDON,
# May 3 (Reuters) -", "( ap ) --", "(CNN)", a publisher's full name: "(Government of the Yukon) -"), a paper's name
# dated in the brackets ("(The National, May 16, 2017) –"). A known agency needs no dash. The space after the brackets
# is the match's only before a dash: a credit line's ("(AFP photo)") leaves the line break to the dateline under it.
_DATELINE = re.compile(
    rf"(?:^|\n|(?i:{_CREDIT_PATTERN}))(?P<dateline>[ \t]*(?:[^\s(\n][^(\n]{{0,50}}?\s*)?\(\s*(?P<outlet>[A-Za-z][A-Za-z.&' -]{{0,50}}?)"
    rf"(?:,[ \t]*(?:{_MONTH_DAY}(?:,[ \t]*\d{{4}})?|{_DAY_MONTH}(?:[ \t]+\d{{4}})?))?\s*\)"
    r"(?:\s*(?P<dash>--|[-—–:]))?)")

# A caption's own opening: "FILE - In this April 12, 2013, file photo, ...", "In this photo taken ...".
_CAPTION_OPENING = re.compile(r"(?:\s*|.{0,40}\)\s*)(?:file\s*[-—–]|in this\b[^.\n]{0,60}\bphoto\b|image caption\b)", re.I)
#: Text between two credits this close is the next picture's caption, not the story.
_CAPTIONS_RUN = 400
_AGENCIES = {
    "ap": "AP", "associated press": "AP", "the associated press": "AP", "reuters": "Reuters", "afp": "AFP",
    "agence france-presse": "AFP", "agence france presse": "AFP", "cnn": "CNN", "upi": "UPI", "bloomberg": "Bloomberg",
    "xinhua": "Xinhua", "efe": "EFE", "dpa": "dpa", "ani": "ANI", "pti": "PTI", "ians": "IANS", "anadolu": "Anadolu",
    "bbc": "BBC", "ansa": "ANSA", "tass": "TASS", "kyodo": "Kyodo", "yonhap": "Yonhap", "irna": "IRNA", "sana": "SANA",
}
# A dateline without an agency: a place in capitals opening a line, an optional region and date, then a dash
# ("KYIV —", "CHICO, Calif., Aug. 9, 2024 —", "ST. LOUIS, Mo. --", the day first in UN and European style:
# "NAMPULA, 14 March 2024 -"). Not a kicker ("BREAKING —", "UPDATE -").
# A line of its own holding only a place and a full date is one too ("BRUSSELS, 9 May 2025", atop a bulletin).
_DATELINE_PLACE = r"(?P<place>[A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+){0,3})(?:,[ \t]*[A-Z][\w.]*(?: [A-Z][\w.]*){0,2})?"
_PLAIN_DATELINE = re.compile(
    rf"(?:^|\n)[ \t]*{_DATELINE_PLACE}"
    rf"(?:(?:,[ \t]*(?:{_MONTH_DAY}(?:,[ \t]*\d{{4}})?|{_DAY_MONTH}(?:[ \t]+\d{{4}})?))?"
    r"[ \t]*(?:--|[—–]|(?<= )-(?= ))"
    rf"|,[ \t]*(?:{_MONTH_DAY},[ \t]*\d{{4}}|{_DAY_MONTH}[ \t]+\d{{4}})[ \t]*(?=\r?\n))")
# A dateline closed by a full stop after its agency, as national agencies write it: the place in capitals, a date,
# then the agency's name in capitals after a comma ("YEREVAN, SEPTEMBER 25, ARMENPRESS."), in brackets ("KYIV, March 3
# (UNIAN).", also with no date) or between slashes ("MOSCOW, October 5. /TASS/."). A name in capitals after a place
# and a full stop with no date is a heading's ("PARIS, FRANCE."), no agency.
_CLOSED_DATE = rf"(?:,[ \t]*(?:{_MONTH_DAY}|{_DAY_MONTH})(?:,?[ \t]*\d{{4}})?)"
_CLOSED_DATELINE = re.compile(
    rf"(?:^|\n)[ \t]*{_DATELINE_PLACE}(?:{_CLOSED_DATE}"
    r"(?:,[ \t]*(?P<named>[A-Z][A-Z&-]+(?: [A-Z][A-Z&-]+){0,2})|\.[ \t]*/(?P<slashed>[A-Z][A-Za-z&-]+)/)"
    rf"|{_CLOSED_DATE}?[ \t]*\((?P<bracketed>[A-Za-z][A-Za-z.&' -]{{0,50}}?)\))\.(?=\s)")

# A dateline in ordinary or sentence case (Multi-News lost all other capitals): a few words opening the text or the
# body's first line after a headline, an optional region or agency's initials ("Beirut, MINA -"), then a spaced dash
# ("Mexico city —", "Columbus, ohio --", "Maputo - The toll rose."). A headline opens so too ("John nash —", "Maputo -
# Floods displace 5,000"), so only a place opening it, on a line holding a full stop (a headline has none), makes it a
# dateline (``place_dash_dateline``).
_PLACE_DASH_DATELINE = re.compile(
    r"[A-Z][a-z'’.-]+(?: [A-Za-z][a-z'’.-]*){0,3}(?:,[ \t]*(?:[A-Za-z][a-z.]*(?: [a-z.]+){0,2}|[A-Z]{2,6}))?[ \t]+(?:--|[—–-])(?=[ \t])")
# ... or closed by a colon, in title case: "New Delhi: More than 300 people were evacuated." (``place_colon_dateline``).
_PLACE_COLON_DATELINE = re.compile(r"[A-Z][a-z'’.-]+(?: [A-Z][a-z'’.-]+){0,2}:(?=[ \t]+[A-Z0-9])")
#: The dateline opens the text or the line after its headline (credit lines aside: ``_CREDIT_LINE``).
_DATELINE_LINES = 2
# A line that only credits a picture ("Photo: Reuters", "(AFP photo)", "Photo credit: Jo Doe"), or a caption ending in
# a credit ("Rescuers wade through Sylhet. (Photo: AFP)"): page furniture between a headline and its dateline.
_CREDIT_LINE = re.compile(
    r"[ \t]*(?:(?:photos?|pictures?|images?)(?:[ \t]+credit)?[ \t]*:[^\n]{1,60}|\([^()\n]{1,40}\bphotos?[ \t]*\)"
    r"|[^\n]{0,300}\([^()\n]{0,40}\bphotos?[ \t]*(?:/|:|credit\b)[^()\n]{0,80}\))[ \t]*$", re.I)
_KICKER = re.compile(r"\b(?:BREAKING|NEWS|UPDATES?|EXCLUSIVE|OPINION|ANALYSIS|EDITORIAL|WATCH|LIVE|PHOTOS?|VIDEO)\b")
_NOT_OUTLET = re.compile(r"photo|file|video|update|pictured|reporting|editing|graphic|watch|listen|audio|map", re.I)


def wire_outlet(text: str, within: int = 600) -> str:
    """The agency of a wire dateline opening one of the article's first lines, else "".

    >>> wire_outlet("BEIRUT (AP) — Buses left Aleppo."), wire_outlet("( ap ) -- some 300 left"), wire_outlet("(CNN)Thousands fled")
    ('AP', 'AP', 'CNN')
    >>> wire_outlet("LONDON, May 3 (Reuters) - Some 300 left."), wire_outlet("GOMA (Radio Okapi) - ...")
    ('Reuters', 'Radio Okapi')
    >>> wire_outlet("WHITEHORSE, May 3, 2024 (Government of the Yukon) - Some 300 left.")
    'Government of the Yukon'
    >>> wire_outlet("LAE, Papua New Guinea (The Courier, June 2, 2019) – Some 300 left.")
    'The Courier'
    >>> wire_outlet("Mariupol (pictured) was shelled."), wire_outlet("The UN (OCHA) said 300 left.")
    ('', '')
    >>> wire_outlet("Lae (Morobe, June 2, 2019) was shelled.")
    ''
    """
    found = find_dateline(text, within)
    return found[0] if found else ""


def find_dateline(text: str, within: int = 600) -> tuple[str, int, int] | None:
    """``(outlet, start, end)`` of the first dateline in the article's first ``within`` characters:
    the span covers the place, the date and the agency ("BEIRUT (AP) —"), where the story was filed,
    which is not where it happened.

    Known agencies get their usual name; another bracketed name counts when a dash follows it.

    >>> find_dateline("KABUL, Afghanistan (AP) — Thousands fled.")
    ('AP', 0, 25)

    A place in capitals and a dash, with no agency, is a dateline of no known outlet:

    >>> find_dateline("CHICO, Calif., Aug. 9, 2024 — Thousands fled."), find_dateline("BREAKING — Thousands fled.")
    (('', 0, 29), None)

    A credit line above it is none:

    >>> find_dateline("(AFP photo)\\nDHAKA, June 3, 2023 (AFP) - Thousands fled.")
    ('AFP', 12, 39)

    nor is a caption ending in a credit on its line:

    >>> find_dateline("Crowds wait in Sylhet on Friday. (Photo: Jo Doe) DHAKA (AFP) - Thousands fled.")
    ('AFP', 48, 62)

    A national agency's closed by a full stop is one too:

    >>> find_dateline("MINSK, MAY 4, BELTA. Thousands fled."), find_dateline("MINSK, BELARUS. Thousands fled.")
    (('BELTA', 0, 20), None)
    """
    for match in _DATELINE.finditer(text, 0, within):
        name = " ".join(match["outlet"].split())
        known = _AGENCIES.get(name.lower())
        if known is None and match["dash"] and match["dash"] != ":" and len(name.split()) <= 6 and not _NOT_OUTLET.search(name):
            known = name
        if known:
            return known, match.start("dateline"), match.end()
    plain = _PLAIN_DATELINE.search(text, 0, within)
    if plain and not _KICKER.search(plain["place"]):
        return "", plain.start() + (text[plain.start()] == "\n"), plain.end()
    closed = _CLOSED_DATELINE.search(text, 0, within)
    if closed and not _KICKER.search(closed["place"]):
        name = " ".join((closed["named"] or closed["slashed"] or closed["bracketed"]).split())
        if not _NOT_OUTLET.search(name) and not _KICKER.search(name):
            return _AGENCIES.get(name.lower(), name), closed.start() + (text[closed.start()] == "\n"), closed.end()
    return None


# A full date: "2017-09-30", "Sept. 4, 2017", "4 September 2017".
_FULL_DATE = (rf"(?:{YEAR}-[01]\d-[0-3]\d|{MONTH}\s+[0-3]?\d(?:st|nd|rd|th)?,?\s+{YEAR}"
              rf"|[0-3]?\d(?:st|nd|rd|th)?\s+{MONTH},?\s+{YEAR})")
_WEEKDAY = "|".join(WEEKDAYS)
# A line stamping the page's own date: labelled ("Published: 4 September 2017", "Updated 09 September 2017", "Posted on
# Sept. 4, 2017", "date 2017-09-30", whatever follows on its line) or a date alone on its line, a time and zone after
# it at most ("2017-09-30 12:55", "Tuesday, 12 September 2017"). A date in a sentence of the story is none.
_DATE_STAMP = re.compile(
    rf"^[ \t]*(?:(?P<label>(?:first[ \t]+|last[ \t]+)?(?:published|updated|posted|modified|date))(?:[ \t]+on)?[ \t]*[:|-]?[ \t]*"
    rf"(?:(?:{_WEEKDAY}),?[ \t]+)?(?P<date>{_FULL_DATE})\b"
    rf"|(?:(?:{_WEEKDAY}),?[ \t]+)?(?P<bare>{_FULL_DATE})(?:[ \t,|-]+\d{{1,2}}[:.]\d\d(?:[ \t]*[ap]\.?m\.?)?[ \t\w()+]{{0,12}})?[ \t]*$)",
    re.IGNORECASE | re.MULTILINE)
# The day of a dateline that gives no year: "LONDON, Aug 28 (Reuters) -", "DHAKA, 4 Sept -".
_DATELINE_DAY = re.compile(rf"\b(?:(?P<month>{MONTH})\s+(?P<day>[0-3]?\d)|(?P<day2>[0-3]?\d)\s+(?P<month2>{MONTH}))\b",
                           re.IGNORECASE)
#: How far a year-less dateline's day may lie from the full date that lends it its year (a caption's).
_YEAR_REACH = timedelta(days=31)


def article_date(text: str, dateline: tuple[int, int] | None = None, within: int = 600) -> date | None:
    """The date an article gives itself in its first ``within`` characters, for an input that gives none (an input's
    own ``date`` field or page metadata always wins: this is asked only without one).

    In order: a "Published" stamp (or "Posted", "date", a date alone on its line: when the story was first put out,
    the day its "on Saturday" and "last week" were written against), the full date of the dateline (``dateline``: its
    span), an "Updated" stamp (a later edit, which seldom rewrites the story's days), the day of a dateline with no
    year ("LONDON, Aug 28 (Reuters) -") in the year of a full date of those lines within a month of it (a caption's
    "September 3, 2017"). A year is never guessed: a year-less dateline alone gives no date.

    >>> article_date("Storm\\nPublished: 4 September 2017\\nThousands fled on Saturday.")
    datetime.date(2017, 9, 4)
    >>> article_date("Storm\\nThousands fled on 4 September 2017 to the hills.") is None
    True
    """
    updated = None
    for stamp in _DATE_STAMP.finditer(text, 0, within):
        label = (stamp["label"] or "").lower()
        found = _day(stamp["date"] or stamp["bare"])
        if found and (label.endswith("updated") or label == "modified"):
            updated = updated or found
        elif found:
            return found
    if dateline is not None:
        written = text[dateline[0]:dateline[1]]
        full = re.search(_FULL_DATE, written, re.IGNORECASE)
        if full:
            return _day(full.group())
        if updated:
            return updated
        day = _DATELINE_DAY.search(written)
        if day:
            month, number = month_number(day["month"] or day["month2"]), int(day["day"] or day["day2"])
            for other in re.finditer(_FULL_DATE, text[:within], re.IGNORECASE):
                anchor = _day(other.group())
                for year in (anchor.year, anchor.year - 1, anchor.year + 1) if anchor else ():
                    try:
                        own = date(year, month, number)
                    except ValueError:
                        continue
                    if abs(own - anchor) <= _YEAR_REACH:
                        return own
    return updated


def _day(written: str) -> date | None:
    """The date of a full date's words, None for an impossible one ("31 June 2017")."""
    iso = find_date(written)
    return date.fromisoformat(iso) if iso and len(iso) == 10 else None


def place_dash_dateline(text: str, place_starts: Collection[int], within: int = 600) -> tuple[int, int] | None:
    """``(start, end)`` of a dateline in ordinary or sentence case opening the text or the body's first line, when a
    place mention (its start in ``place_starts``) opens it: where the story was filed, like "MEXICO CITY —".

    >>> place_dash_dateline("Mexico city — gangs in michoacán forced hundreds to flee.", {0, 23})
    (0, 13)
    >>> place_dash_dateline("Storm: toll rises to 21\\n\\nMaputo - The toll rose.", {25})
    (25, 33)
    >>> place_dash_dateline("John nash — the mathematician fled nothing.", set())
    >>> place_dash_dateline("Maputo - Floods displace 5,000\\n\\nThe toll rose.", {0})
    >>> place_dash_dateline("Storm: toll rises to 21\\n\\nPhoto: Reuters\\nMaputo - The toll rose.", {40})
    (40, 48)
    """
    return _opening_dateline(text, _PLACE_DASH_DATELINE, lambda start, end: start in place_starts, within)


def place_colon_dateline(text: str, city_spans: Collection[tuple[int, int]], within: int = 600) -> tuple[int, int] | None:
    """``(start, end)`` of a dateline in ordinary case closed by a colon, as Indian papers write it: a town's or
    city's name alone (its mention's span in ``city_spans``) opening the text or the body's first line, then a sentence.
    A region or a topic before a colon heads the text instead ("Kerala: ...", "Floods: ...").

    >>> place_colon_dateline("New Delhi: More than 300 people were evacuated.", {(0, 9)})
    (0, 10)
    >>> place_colon_dateline("New Delhi: More than 300 people were evacuated.", set())
    >>> place_colon_dateline("New Delhi: 300 evacuated\\n\\nThe toll rose.", {(0, 9)})
    """
    return _opening_dateline(text, _PLACE_COLON_DATELINE, lambda start, end: (start, end - 1) in city_spans, within)


def _opening_dateline(text: str, dateline: re.Pattern, opens: Callable[[int, int], bool],
                      within: int) -> tuple[int, int] | None:
    """``(start, end)`` of the first of the text's opening lines that ``dateline`` opens, its place a mention
    (``opens`` of the match's span), and a sentence goes on after it (a full stop: not a headline)."""
    for start in _opening_lines(text, within):
        found = dateline.match(text, start)
        line = text[start:end_of_line(text, start)]
        if found is not None and opens(start, found.end()) and "." in line[found.end() - start:]:
            return start, found.end()
    return None


def _opening_lines(text: str, within: int) -> list[int]:
    """Where the text's first lines start, credit lines aside: where a dateline may stand."""
    starts = [start for start in [0] + [found.end() for found in re.finditer(r"\n\s*", text[:within])]
              if not _CREDIT_LINE.match(text, start, end_of_line(text, start))]
    return starts[:_DATELINE_LINES]


def page_furniture(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``(start, end)`` of the parts of an article that belong to its page, not its story: photo captions (a
    sentence right before a credit, or between two credits close together, or opening like one: "FILE - In this
    photo ...", or a sentence's words before a credit inside it) and the credits themselves. A place they name is
    where a picture was taken, so it does not stand in for a place the story leaves unnamed. ``spans`` are the
    text's sentences (``sentence_spans``).

    >>> text = "Thousands fled to the hills. Crowds pray in Sadr City, Baghdad, Friday. ( ap photo/jo doe ) Next."
    >>> from geo.sentences import sentence_spans
    >>> [text[s:e] for s, e in page_furniture(text, sentence_spans(text))]
    ['Crowds pray in Sadr City, Baghdad, Friday.', '( ap photo/jo doe )']
    """
    credits = [(m.start(), m.end()) for m in _CREDIT.finditer(text)]
    furniture = list(credits)
    for start, end in spans:
        words = _after_credits(text, start, credits)
        following = next((c for c in credits if c[0] >= end), None)
        preceding = next((c for c in reversed(credits) if c[1] <= words), None)
        before_credit = following is not None and not text[end:following[0]].strip()
        between = (following is not None and preceding is not None and following[0] - preceding[1] <= _CAPTIONS_RUN)
        if before_credit or between or _CAPTION_OPENING.match(text, start, end):
            furniture.append((start, end))
            continue
        inner = [c for c in credits if start < c[0] < end]
        if inner:  # a caption run into the story's sentence: "... in Whittier ( photo: jo doe ) a wedding party ..."
            furniture.append((start, inner[-1][0]))
    return sorted(furniture)


def _after_credits(text: str, start: int, credits: list[tuple[int, int]]) -> int:
    """Where a sentence's own words start, past the credits opening it ("( ap photo/jo doe ) ( associated press )
    A woman holds ...")."""
    for credit_start, credit_end in credits:
        if credit_start >= start and not text[start:credit_start].strip():
            start = credit_end
    return start


def in_furniture(furniture: list[tuple[int, int]], at: int) -> bool:
    """Whether the character at ``at`` lies in one of the ``page_furniture`` spans."""
    return any(start <= at < end for start, end in furniture)


def input_files(inputs: Iterable[str | Path]) -> list[Path]:
    """Expand files and folders into the sorted list of article files they hold.

    A folder contributes every file with a known suffix, recursively; anything else is kept as
    given, so that reading it reports a clear error (unknown type, no such file).
    """
    files: list[Path] = []
    for item in inputs:
        path = Path(item)
        if path.is_dir():
            files.extend(p for p in sorted(path.rglob("*")) if p.is_file() and p.suffix.lower() in SUFFIXES)
        else:
            files.append(path)
    return list(dict.fromkeys(files))


def read_documents(path: str | Path) -> tuple[list[Document], list[DocumentError]]:
    """All articles in one file (a .json or .jsonl file may hold several), and the problems of
    records that were left out or read in part, in file order."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise DocumentError(str(path), f"cannot be read ({exc.strerror or exc})") from exc
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise DocumentError(str(path), f"is not valid UTF-8 (byte {exc.start}); save it as UTF-8") from exc
    if not text.strip():
        return [], [DocumentWarning(str(path), "is empty: no article in it")]
    suffix = path.suffix.lower()
    if suffix == ".txt":
        return [Document(id=path.stem, text=text, path=str(path), outlet=wire_outlet(text))], []
    if suffix in (".html", ".htm"):
        return [_html_document(path, text)], []
    if suffix == ".json":
        data = _parse_json(path, text)
        records = data if isinstance(data, list) else [data]
        return _json_documents(path, [(f"record {n}", record) for n, record in enumerate(records, 1)])
    if suffix == ".jsonl":
        placed: list[tuple[str, object]] = []
        problems: list[DocumentError] = []
        for lineno, line in enumerate(text.splitlines(), 1):
            if line.strip():
                try:
                    placed.append((f"line {lineno}", _parse_json(path, line, lineno)))
                except DocumentError as problem:
                    problems.append(problem)
        documents, record_problems = _json_documents(path, placed)
        return documents, problems + record_problems
    raise DocumentError(str(path), f"unknown file type {suffix!r}; expected one of {', '.join(SUFFIXES)}")


def _parse_json(path: Path, text: str, lineno: int | None = None) -> object:
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        where = f"line {lineno}" if lineno else f"line {exc.lineno}"
        raise DocumentError(str(path), f"invalid JSON at {where}: {exc.msg}") from exc


def _json_documents(path: Path, placed: list[tuple[str, object]]) -> tuple[list[Document], list[DocumentError]]:
    """Articles from JSON records (objects, or objects with a ``documents`` list of texts), each with where
    it stands in the file, for problems ("record 2", "line 7" of a .jsonl file)."""
    documents: list[Document] = []
    problems: list[DocumentError] = []
    for index, (place, record) in enumerate(placed):
        try:
            articles = _record_articles(path, record, index, place, single=len(placed) == 1)
        except DocumentError as problem:
            problems.append(problem)
            continue
        for doc_id, article in articles:
            try:
                document = _json_document(path, article, doc_id, place)
            except DocumentError as problem:
                problems.append(problem)
                continue
            written = article.get("date") or article.get("published")
            try:
                document = replace(document, date=_iso_date(written))
            except ValueError:
                problems.append(DocumentWarning(str(path), f"{place} (article {doc_id!r}): date {written!r} is not an "
                                                           "ISO date such as 2017-05-20; read without a date"))
            documents.append(document)
    return documents, problems


def _record_articles(path: Path, record: object, index: int, place: str, single: bool) -> list[tuple[str, dict]]:
    """``(article id, fields)`` of each article of one record: a cluster record gives one per text."""
    if isinstance(record, str):
        record = {"text": record}
    if not isinstance(record, dict):
        raise DocumentError(str(path), f"{place} is not a JSON object or string")
    record_id = str(record.get("id", record.get("cluster", index)))
    base_id = path.stem if single and "id" not in record else f"{path.stem}#{record_id}"
    texts = record.get("documents")
    if isinstance(texts, list):  # a cluster of articles, as in Multi-News
        return [(f"{base_id}-{n}", {**record, "text": text}) for n, text in enumerate(texts)]
    return [(base_id, record)]


def _json_document(path: Path, record: dict, doc_id: str, place: str) -> Document:
    """The article of one record, undated (its caller reads the date: a malformed one is a warning)."""
    text = next((record[k] for k in _TEXT_KEYS if isinstance(record.get(k), str)), None)
    if text is None:
        raise DocumentError(str(path), f"{place} (article {doc_id!r}) has no text field ({', '.join(_TEXT_KEYS)})")
    return Document(
        id=doc_id,
        text=text,
        path=str(path),
        title=str(record.get("title") or ""),
        outlet=str(record.get("outlet") or record.get("source") or "") or wire_outlet(text),
    )


def _iso_date(value: object) -> date | None:
    """The date an ISO string starts with, None for none; raises ``ValueError`` for a malformed one."""
    return date.fromisoformat(str(value)[:10]) if value else None


def _published_date(value: str) -> date | None:
    """A page's own date is a hint, not its content: a malformed one is ignored rather than fatal."""
    try:
        return _iso_date(value)
    except ValueError:
        return None


class _ArticleText(HTMLParser):
    """Visible text of an HTML page plus its title and publication date, with the stdlib parser."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.title = ""
        self.published = ""
        self.site = ""
        self._skip = 0
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attr = dict(attrs)
        if tag in _SKIP_TAGS:
            self._skip += 1
        elif tag == "title":
            self._in_title = True
        elif tag == "meta" and attr.get("property", attr.get("name")) in ("article:published_time", "date", "pubdate"):
            self.published = self.published or (attr.get("content") or "")
        elif tag == "meta" and attr.get("property") == "og:site_name":  # the publisher, as a feed's ``outlet``
            self.site = self.site or " ".join((attr.get("content") or "").split())
        elif tag == "time" and attr.get("datetime"):
            self.published = self.published or (attr.get("datetime") or "")
        if tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP_TAGS and self._skip:
            self._skip -= 1
        elif tag == "title":
            self._in_title = False
        if tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self._skip:
            return
        if self._in_title:
            self.title += data
        self.parts.append(data)


def _html_document(path: Path, text: str) -> Document:
    parser = _ArticleText()
    parser.feed(text)
    parser.close()
    lines = (" ".join(line.split()) for line in "".join(parser.parts).splitlines())
    body = "\n\n".join(line for line in lines if line)
    return Document(
        id=path.stem,
        text=body,
        path=str(path),
        date=_published_date(parser.published),
        title=" ".join(parser.title.split()),
        outlet=parser.site or wire_outlet(body),
    )
