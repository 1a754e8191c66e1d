"""Normalised forms of place names and of document text, shared by the index and the recogniser.

A name and the words of a document go through the *same* tokenizer, so a gazetteer key matches
text exactly when their token keys are equal. Keys are case-folded, stripped of diacritics and
apostrophes, hyphens become word breaks, and a light transliteration key (``dj``->``j``,
``ou``->``u``, doubled letters collapsed) lets French and English spellings meet:

>>> name_key("Jarablous") == name_key("Djarablous") == name_key("Jarablus")
True
>>> name_key("Ḩimş")
'hims'

The Arabic article is optional: ``al``/``el`` are dropped before another word, other article
forms (``as-``, ``ad-``, ``ash-``...) when written attached with a hyphen.

>>> name_key("al-Waer") == name_key("Al Waer") == name_key("Waer") == name_key("Wa'er")
True
>>> name_key("Ar-Raqqah"), name_key("Ar Raqqah")
('raqah', 'ar raqah')
"""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator, Set as AbstractSet
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate, compress, count, repeat
from operator import itemgetter, ne

#: Always optional before another word.
ARTICLES = frozenset({"al", "el"})
#: Optional when hyphen-attached in text ("as-Sham"); in names of Arabic-speaking countries also
#: when written apart ("As Suwayda"), see ``name_keys(..., arabic=True)``.
ATTACHED_ARTICLES = frozenset({"al", "el", "as", "ad", "an", "ar", "at", "az", "ash", "ath", "adh",
                               "es", "ed", "en", "er", "et", "ez", "ech", "ul"})

#: Separator token: punctuation between words. Keys never span it, so "Homs, Syria" is two names.
SEPARATOR = "|"

_APOSTROPHES = "'’‘`ʿʾʼ´′"
_HYPHENS = "-‐‑‒–"


def _word_split(letters: str) -> re.Pattern:
    """A word: ``letters`` (a character class of letters and digits), possibly joined by apostrophes
    ("Wa'er", "Syria's"), possibly ending in a possessive apostrophe ("Homs’"); captured, so that
    splitting on it keeps the words. The possessive ``*+`` matches the same (no match ever backtracks
    into it) with less work per word."""
    return re.compile(rf"({letters}+(?:[{_APOSTROPHES}]{letters}+)*+[{_APOSTROPHES}]?)")


_WORD_SPLIT = _word_split(r"[^\W_]")
# For a text with no letter or digit outside ASCII (most news: all in ASCII, or but for its quotes,
# dashes and apostrophes) the letters are [A-Za-z0-9]: a plain set of characters is tested faster
# than the Unicode category of each (split 30% faster), and splits such a text the same.
_ASCII_WORD_SPLIT = _word_split("[A-Za-z0-9]")
_NON_ASCII_LETTER = re.compile(r"[^\x00-\x7f\W_]")  # a letter or digit of the Unicode rule only
# What may follow the apostrophe of a possessive suffix ("'s", "'S", or nothing: "Homs’"); "ſ" is the
# long s.
_POSSESSIVE_S = frozenset("sSſ")
_PLAIN = re.compile(r"[A-Za-z]+(?: [A-Za-z]+)*")
_DOUBLED = re.compile(r"([a-z])\1+")
_FIRST_GROUP = itemgetter(1)  # a doubled letter, once
# Letters NFKD does not decompose.
_SPECIAL = str.maketrans({"ı": "i", "ł": "l", "ø": "o", "đ": "d", "ð": "d", "ħ": "h", "ŧ": "t",
                          "æ": "ae", "œ": "oe", "þ": "th", "ß": "ss"})
_DROP = str.maketrans("", "", _APOSTROPHES + "\u02bb\u02bf\u02be")


@dataclass(frozen=True, slots=True)
class Tokens:
    """The words and separators of a text, as columns: token ``i`` is ``text[starts[i]:ends[i]]``
    with key ``keys[i]``; the key is ``SEPARATOR`` for punctuation (which starts and ends where
    the word after it starts).

    Columns, not an object per token: a text has tens of thousands of words, nearly all plain, and
    making an object for each cost more than anything else done with them; the few irregular ones
    are sets of token numbers. A possessive token ends before its suffix ("Ohio" of "Ohio's"): a
    mention is the name alone.

    ``articles``: optional Arabic articles (left out of keys); ``possessives``: written "X's";
    ``attached``: joined to the next word by a hyphen ("al-Waer", "Turkey-backed"); ``vocabulary``:
    the keys of the words, each once (see ``positions``).
    """

    keys: list[str]
    starts: list[int]
    ends: list[int]
    articles: frozenset[int] = frozenset()
    possessives: frozenset[int] = frozenset()
    attached: frozenset[int] = frozenset()
    vocabulary: frozenset[str] = frozenset()

    def __len__(self) -> int:
        return len(self.keys)

    def positions(self, words: AbstractSet[str]) -> list[int]:
        """Numbers, in order, of the tokens whose keys are among ``words`` (a few rare words: months,
        demonyms, kind words).

        >>> tokenize("May, Homs and May").positions(frozenset({"may", "june"}))
        [0, 4]
        """
        # The smaller side is iterated: a dict's keys view intersected with a set (``&``) iterates the set,
        # the document's whole vocabulary for the few plural kind words.
        vocabulary = self.vocabulary
        return key_positions(self.keys, vocabulary.intersection(words) if len(words) < len(vocabulary)
                             else words & vocabulary)


def key_positions(keys: list[str], words: Iterable[str]) -> list[int]:
    """Numbers, in order, of the keys that are ``words``, each looked for by C-level scans of ``keys``:
    a text holds few of the rare words asked for, and asking each of its keys whether it is one (a
    map over every token) cost more than the scans.

    >>> key_positions(["homs", "|", "homs", "may"], ["homs", "june", "may"])
    [0, 2, 3]
    """
    found = []
    for word in words:
        at = -1
        try:  # (the scans end at the word's last place: no Python call per place found)
            while True:
                at = keys.index(word, at + 1)
                found.append(at)
        except ValueError:
            pass
    found.sort()
    return found


@lru_cache(maxsize=200_000)
def fold(word: str) -> str:
    """Case-fold, strip diacritics and apostrophes, and apply the transliteration key.

    >>> fold("Zabadānī"), fold("Dar'ā"), fold("Jarablous"), fold("ALEPPO")
    ('zabadani', 'dara', 'jarablus', 'alepo')
    """
    # A C-level callable, not the template r"\1": a template costs a Python-level call per word.
    return _DOUBLED.sub(_FIRST_GROUP, spelled(word))


@lru_cache(maxsize=200_000)
def spelled(word: str) -> str:
    """``fold`` but for its doubled letters, which stay: the word as its writer spelled it, for asking
    whether it is an English word ("Somme" is not "some", though both have the key "some"). Remembered,
    as ``fold`` is: the words starting sentences ("The", "Officials") are asked of again and again.

    >>> spelled("Somme"), spelled("Aléppo"), fold("Somme")
    ('somme', 'aleppo', 'some')
    """
    word = word.casefold()
    if not word.isascii():
        word = unicodedata.normalize("NFKD", word.translate(_SPECIAL))
        word = "".join(c for c in word if not unicodedata.combining(c))
    return word.translate(_DROP).replace("dj", "j").replace("ou", "u")


def spelling_of(name: str) -> str:
    """The words of a name as ``spelled``, joined by spaces.

    >>> spelling_of("La Somme"), spelling_of("Wa'er-Hills")
    ('la somme', 'waer hills')
    """
    return " ".join(map(spelled, _WORD_SPLIT.findall(name)))


class _WordKeys(dict):
    """Keys of the words of texts met so far (word -> ``fold(word)``), for ``tokenize``: a text's words
    are looked up at C level (``map`` over ``__getitem__``; calling ``fold``'s lru_cache for each word
    cost twice as much), a new word folded once. Emptied when full, as news keeps bringing new words."""

    def __missing__(self, word: str) -> str:
        if len(self) >= _WORD_KEYS_KEPT:
            self.clear()
        key = self[word] = fold(word)
        return key


_WORD_KEYS_KEPT = 100_000
_word_keys = _WordKeys()


def tokenize(text: str) -> Tokens:
    """Split text into word tokens and separators, with character offsets into ``text``.

    >>> tokens = tokenize("Homs, Syria's al-Waer")
    >>> tokens.keys, tokens.ends[2], sorted(tokens.possessives), sorted(tokens.articles)
    (['homs', '|', 'syria', 'al', 'waer'], 11, [2], [3])
    >>> len(tokenize(""))
    0
    """
    # One C-level split gives words and the gaps between them; offsets are running sums of their
    # lengths. Python loops run only over the few irregular spots (apostrophes, punctuation,
    # articles): this runs on every document.
    ascii_letters = text.isascii() or not _NON_ASCII_LETTER.search(text)
    parts = (_ASCII_WORD_SPLIT if ascii_letters else _WORD_SPLIT).split(text)  # gap, word, gap, ..., gap
    if len(parts) == 1:
        return Tokens([], [], [])
    words, gaps = parts[1::2], parts[2:-1:2]  # gaps[i - 1] lies before words[i]
    offsets = list(accumulate(map(len, parts)))
    starts, ends = offsets[0:-1:2], offsets[1::2]
    keys = list(map(_word_keys.__getitem__, words))
    possessives = {}  # word -> its end without the suffix
    for at in _apostrophes(text):
        end = at + 2 if text[at + 1:at + 2] in _POSSESSIVE_S else at + 1  # of the suffix
        i = bisect_left(ends, end)
        if i < len(ends) and ends[i] == end and starts[i] < at:  # "Ohio" in "Ohio's"
            stripped = words[i][:at - end]
            keys[i], possessives[i] = fold(stripped), starts[i] + len(stripped)
    for i, end in possessives.items():
        ends[i] = end
    attached, breaks = set(), []
    for i in compress(count(1), map(ne, gaps, repeat(" "))):  # (operator.ne: a bound str.__ne__ is a slower slot wrapper)
        gap = gaps[i - 1]
        if gap in _HYPHENS:
            attached.add(i - 1)
        elif gap in _FULL_STOPS:  # (only a full stop may be an abbreviation's, not a comma: no call for those)
            if not _abbreviated(gap, words[i - 1], words[i], parts[2 * i + 2]):  # the gap after words[i]
                breaks.append(i)
        elif not (gap.isspace() and "\n" not in gap):
            breaks.append(i)  # punctuation or a new line
    broken = set(breaks)
    # "al Waer", "as-Sham"; the written word decides: "all" folds to "al" but is no article.
    # (A map over the keys: English text always holds "an", "as" and "at", whose scans cost more.)
    articles = [i for i in compress(count(), map(ATTACHED_ARTICLES.__contains__, keys))
                if (words[i].casefold() == keys[i] and i + 1 < len(keys) and i + 1 not in broken
                    and (keys[i] in ARTICLES or i in attached))]
    vocabulary = frozenset(keys)  # (the words' keys: taken before separators join them)
    if breaks:
        keys, starts, ends = _with_separators(breaks, keys, starts, ends)
    return Tokens(keys, starts, ends, _shifted(articles, breaks), _shifted(possessives, breaks),
                  _shifted(attached, breaks), vocabulary)


def _apostrophes(text: str) -> Iterator[int]:
    """Offsets of the apostrophes of ``text``, one kind after the other: a C-level find for each (a
    regex of their character class is slower, looking at every character in Python's regex engine).

    >>> sorted(_apostrophes("Homs’ and Syria's"))
    [4, 15]
    """
    for apostrophe in _APOSTROPHES:
        at = text.find(apostrophe)
        while at >= 0:
            yield at
            at = text.find(apostrophe, at + 1)


def _with_separators(breaks: list[int], keys: list[str], starts: list[int],
                     ends: list[int]) -> tuple[list[str], list[int], list[int]]:
    """The columns with a separator before each word numbered in ``breaks`` (sorted): one per
    punctuation mark, starting and ending where that word starts."""
    out_keys: list[str] = []
    out_starts: list[int] = []
    out_ends: list[int] = []
    previous = 0
    for i in breaks:  # whole runs of words copied at C level
        at = starts[i]
        out_keys += keys[previous:i]
        out_keys.append(SEPARATOR)
        out_starts += starts[previous:i]
        out_starts.append(at)
        out_ends += ends[previous:i]
        out_ends.append(at)
        previous = i
    return out_keys + keys[previous:], out_starts + starts[previous:], out_ends + ends[previous:]


def _shifted(words: Iterable[int], breaks: list[int]) -> frozenset[int]:
    """Token numbers of words numbered without separators, once a separator stands before each
    word numbered in ``breaks`` (sorted)."""
    return frozenset(i + bisect_right(breaks, i) for i in words)


#: Abbreviations that end with a full stop inside a name: "St. Louis", "Mt. Vernon", "Ste. Genevieve".
_NAME_ABBREVIATIONS = frozenset({"St", "Ste", "Mt", "Ft", "Pt"})


#: The gaps ``_abbreviated`` may find inside a name: a full stop, with a space after it or not.
_FULL_STOPS = frozenset({".", ". "})


def _abbreviated(gap: str, before: str, after: str, gap_after: str = "") -> bool:
    """A full stop that does not end a name: "U.S.", "W.Va.", "N.Y.", "St. Louis", and an initial before a
    short abbreviation with its own full stop ("W. Va.", "D. C."; not "the U.S. Jon Prinsell said").
    Lower-cased text writes them so too ("u.s.", "w.va.", "st. louis"): no sentence ends before a
    lower-case word with no space after its full stop.

    >>> _abbreviated(".", "W", "Va"), _abbreviated(". ", "St", "Louis"), _abbreviated(". ", "Homs", "The")
    (True, True, False)
    >>> _abbreviated(". ", "W", "Va", "."), _abbreviated(". ", "S", "Jon", " ")
    (True, False)
    >>> _abbreviated(".", "u", "s"), _abbreviated(".", "U", "s"), _abbreviated(". ", "u", "s", "."), _abbreviated(". ", "st", "louis")
    (True, False, False, True)
    """
    if gap == ".":
        return len(before) <= 2 and len(after) <= 3 and (after[:1].isupper() or before.islower() and after.islower())
    return gap == ". " and (before in _NAME_ABBREVIATIONS or before.capitalize() in _NAME_ABBREVIATIONS
                            and before.islower() and after.islower() or len(before) == 1 and before.isupper()
                            and len(after) <= 3 and after[:1].isupper() and gap_after.startswith("."))


def name_keys(name: str, *, arabic: bool = False) -> set[str]:
    """Every key under which a gazetteer name is indexed (with and without optional articles).

    ``arabic``: the place is in an Arabic-speaking country, so "As Suwayda" is also "Suwayda".

    >>> sorted(name_keys("Khan al-Assal"))
    ['khan asal']
    >>> sorted(name_keys("As Suwayda'", arabic=True))
    ['as suwayda', 'suwayda']
    >>> name_keys("Al"), name_keys("  ")
    ({'al'}, set())
    >>> sorted(name_keys("Saint Albans")), sorted(name_keys("Mt. Pleasant")), name_keys("Fort")
    (['saint albans', 'st albans'], ['mt pleasant', 'munt pleasant'], {'fort'})
    """
    if _PLAIN.fullmatch(name):  # fast path for most of the 1M world names
        words = [fold(w) for w in name.split()]
        articles = [w in ARTICLES and i + 1 < len(words) for i, w in enumerate(words)]
    else:
        words, articles = _words(tokenize(name))
    if not words:
        return set()
    keys = {" ".join(w for w, article in zip(words, articles) if not article)}
    if arabic and len(words) > 1:
        keys.add(" ".join(w for i, (w, article) in enumerate(zip(words, articles))
                          if not (article or (w in ATTACHED_ARTICLES and i + 1 < len(words)))))
    if not _ABBREVIABLE.isdisjoint(words[:-1]):
        keys |= {form for key in keys for form in _written_short_and_long(key)}
    return {k for k in keys if k}


def hyphens_dropped(name: str) -> str:
    """The name written without its hyphens, as text also writes it ("Jalalabad" for Jalal-Abad,
    "Bazarkorgon" for Bazar-Korgon); "" for a name without one, or with a joined part under four
    letters: an article ("Khan al-Assal" is never "alAssal") or a short word ("Grand-Est" is no
    "Grandest").

    >>> hyphens_dropped("Jalal-Abad"), hyphens_dropped("Khan al-Assal"), hyphens_dropped("Grand-Est")
    ('JalalAbad', '', '')
    """
    words = name.split(" ")
    if "-" not in name or not all(w.isalpha() or all(p.isalpha() and len(p) >= 4 for p in w.split("-"))
                                  for w in words):
        return ""
    return " ".join(w.replace("-", "") for w in words)


#: Words of a name written in full or abbreviated before another word ("Saint Albans", "St. Albans";
#: "Mount Vernon", "Mt. Vernon"): a name is indexed under both. (Folded: "Mount" is "munt".)
_SHORT = {fold(full): fold(short) for full, short in (("Saint", "St"), ("Sainte", "Ste"), ("Mount", "Mt"),
                                                       ("Fort", "Ft"))}
_LONG = {short: full for full, short in _SHORT.items()}
_ABBREVIABLE = frozenset(_SHORT) | frozenset(_LONG)


def _written_short_and_long(key: str) -> tuple[str, str]:
    """``key`` with every word of ``_SHORT`` before another word abbreviated, and spelled out.

    >>> _written_short_and_long("saint albans"), _written_short_and_long("munt saint fort")
    (('st albans', 'saint albans'), ('mt st fort', 'munt saint fort'))
    """
    words = key.split()
    last = words.pop()
    return (" ".join([*(_SHORT.get(w, w) for w in words), last]),
            " ".join([*(_LONG.get(w, w) for w in words), last]))


#: A vowel run, with a word-final "h" after it ("-iyeh", "-ah"): transliterations of one name differ there.
_VOWELS = re.compile(r"[aeiou]+(?:h\b)?")


def spelling_skeleton(key: str) -> str:
    """``key`` with every run of vowels one vowel: two transliterations of one name share it
    ("Tendelti" and "Tandalti", "Hamouriyeh" and "Hamuriyah", "Atareb" and "Atarib"); a vowel gained
    or lost is another name ("Adra" is not "Dara").

    >>> spelling_skeleton("tendelti"), spelling_skeleton("tandalti"), spelling_skeleton("adra"), spelling_skeleton("dara")
    ('tandalta', 'tandalta', 'adra', 'dara')
    >>> spelling_skeleton(name_key("Hamouriyeh")) == spelling_skeleton(name_key("Hamuriyah"))
    True
    """
    return _VOWELS.sub("a", key)


def name_key(name: str) -> str:
    """The main key of a name (articles dropped as in running text); "" for an empty name.

    >>> name_key("Idlib Province")
    'idlib province'
    """
    words, articles = _words(tokenize(name))
    return " ".join(w for w, article in zip(words, articles) if not article)


def _words(tokens: Tokens) -> tuple[list[str], list[bool]]:
    """The keys of the words of ``tokens`` (separators left out), and whether each is an article."""
    words = [i for i, key in enumerate(tokens.keys) if key != SEPARATOR]
    return [tokens.keys[i] for i in words], [i in tokens.articles for i in words]
