"""Place recognition (geotagging) and resolution (geocoding) quality of the gazetteer on LGL and GeoVirus.

    .venv/bin/python bench/geoparse.py [--corpus lgl|geovirus|all] [--split dev|heldout|all]
                                       [--limit N] [--errors dev_errors.jsonl] [--lowercase]

Scores ``Gazetteer.find_mentions`` the way Gritta et al. 2018 score geoparsers (see
../shared/data/README.md): a predicted toponym matches a gold one when the texts are equal ignoring
case and the span midpoints are under 10 characters apart, one to one; geotagging precision,
recall and F1 over those matches; geocoding over matched toponyms that have gold coordinates:
accuracy@161 km, mean and median error, AUC. A matched mention the gazetteer left unresolved counts
as the largest possible error (20039 km): abstaining must not flatter the geocoding figures.

Each corpus is split by a hash of each article's key (LGL: docid; GeoVirus: source URL, so the
paragraphs of one article stay together): 30% is held out. Develop against ``--split dev`` and its
``--errors`` file; the held-out figures are for reporting, and its errors are never written.

``--lowercase`` also scores every article with its text lower-cased against the same gold (Multi-News
is lower-cased, and recognition must hold up there: issue #4), in a column beside each split's
("dev lc"); lower-casing keeps every character's offset (``lower_cased``), so the gold spans stay
valid. Its errors go to the ``--errors`` file too, marked ``"lowercase": true``.

Data: ../shared/data/geoparsing/ (read in place, never copied).
"""
from __future__ import annotations

import argparse
import json
import statistics
import time
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from shared_data import SHARED_DATA, add_split_options, check_split_options, require
from scoring import MAX_ERROR_KM, accuracy_at, auc, haversine_km, heldout, match_toponyms, prf

DATA = SHARED_DATA / "geoparsing"
SPLITS = ("dev", "held-out", "all")
#: Whether the articles of each split's column are held out.
HELD_IN = {"dev": (False,), "held-out": (True,), "all": (False, True)}
CONTEXT_CHARS = 80  # either side of a toponym in the errors file
FAR_KM = 161  # a resolution this far off fails accuracy@161, so it is an error worth studying


@dataclass(frozen=True)
class Toponym:
    """A gold toponym at ``text[start:end]`` (Python offsets); lat/lon None when the corpus gives none."""

    text: str
    start: int
    end: int
    lat: float | None
    lon: float | None


@dataclass(frozen=True)
class Article:
    id: str
    key: str  # what the held-out split hashes
    text: str
    toponyms: tuple[Toponym, ...]


def lower_cased(article: Article) -> Article:
    """The article with its text in lower case, character for character: a character whose lower
    case is longer ("İ" -> "i̇") stays as it is, so every gold offset still points at its toponym.

    >>> lower_cased(Article("a", "a", "İzmir and Van", ())).text
    'İzmir and van'
    """
    text = "".join(lower if len(lower := c.lower()) == 1 else c for c in article.text)
    return Article(article.id, article.key, text, article.toponyms)


def _coordinate(element: ET.Element | None, tag: str) -> float | None:
    value = element.findtext(tag) if element is not None else None
    return float(value) if value and value.strip() else None


def read_lgl(path: Path) -> list[Article]:
    """LGL articles: ``<article docid>``, ``<toponym><start><end><phrase><gaztag><lat><lon>``.

    626 of LGL's toponyms have no ``<gaztag>``: they count for geotagging, not geocoding.
    """
    articles = []
    for element in ET.parse(path).getroot().iter("article"):
        toponyms = tuple(
            Toponym(t.findtext("phrase"), int(t.findtext("start")), int(t.findtext("end")),
                    _coordinate(t.find("gaztag"), "lat"), _coordinate(t.find("gaztag"), "lon"))
            for t in element.iter("toponym"))
        docid = element.get("docid")
        articles.append(Article(docid, docid, element.findtext("text"), toponyms))
    return articles


def read_geovirus(path: Path) -> list[Article]:
    """GeoVirus articles: ``<article><source><text><locations><location><name><start><end><lat><lon>``.

    GeoVirus offsets are one-based (text[start-1:end-1] == name); they are shifted here. Articles
    have no id: ``geovirus<position>``. Some articles are paragraphs of one story sharing a source
    URL, which is the split key so a story never straddles the splits.
    """
    articles = []
    for i, element in enumerate(ET.parse(path).getroot().iter("article")):
        toponyms = tuple(
            Toponym(t.findtext("name"), int(t.findtext("start")) - 1, int(t.findtext("end")) - 1,
                    _coordinate(t, "lat"), _coordinate(t, "lon"))
            for t in element.iter("location"))
        articles.append(Article(f"geovirus{i}", element.findtext("source"), element.findtext("text"), toponyms))
    return articles


@dataclass(frozen=True)
class Corpus:
    name: str
    path: Path
    read: Callable[[Path], list[Article]]
    published: tuple[str, ...]  # reference lines from the README
    targets: dict[str, float]  # figure name -> lowest acceptable value


CORPORA = {
    "lgl": Corpus("LGL", DATA / "lgl.xml", read_lgl, (
        "acc@161  CamCoder 0.76, Edinburgh 0.76, CLAVIN 0.71, GeoTxt 0.68; Mordecai 3 0.83 (its held-out LGL)",
        "F1       Topocluster 0.71, GeoTxt 0.68, Edinburgh 0.62, CLAVIN 0.57",
    ), {"F1": 0.75, "acc@161": 0.85}),
    "geovirus": Corpus("GeoVirus", DATA / "GeoVirus.xml", read_geovirus, (
        "acc@161  CamCoder 0.82, CLAVIN 0.79, Edinburgh 0.78",
    ), {"acc@161": 0.90}),
}


@dataclass(frozen=True)
class Scored:
    """One article scored: its predictions, the gold-predicted pairs, and the geocoding errors."""

    article: Article
    mentions: tuple  # gazetteer.model.Mention, in the gazetteer's order
    pairs: tuple[tuple[int, int], ...]  # (gold index, mention index)
    errors: tuple[tuple[int, float], ...]  # (gold index, km) for matched gold toponyms with coordinates
    seconds: float


def score_article(article: Article, mentions: Sequence, seconds: float) -> Scored:
    """Match the mentions against the gold toponyms and measure the geocoding error of each match."""
    predicted = [(article.text[m.start:m.end], m.start, m.end) for m in mentions]
    gold = [(t.text, t.start, t.end) for t in article.toponyms]
    pairs = match_toponyms(gold, predicted)
    errors = []
    for g, p in pairs:
        toponym, place = article.toponyms[g], mentions[p].place
        if toponym.lat is None:
            continue
        error = MAX_ERROR_KM if place is None else haversine_km(toponym.lat, toponym.lon, place.lat, place.lon)
        errors.append((g, error))
    return Scored(article, tuple(mentions), tuple(pairs), tuple(errors), seconds)


def figures(scored: Sequence[Scored]) -> dict[str, float | int | None]:
    """The figures of one split, by row name (None when there is nothing to measure)."""
    n_gold = sum(len(s.article.toponyms) for s in scored)
    n_pred = sum(len(s.mentions) for s in scored)
    tp = sum(len(s.pairs) for s in scored)
    errors = [error for s in scored for _, error in s.errors]
    unresolved = sum(1 for s in scored for g, p in s.pairs
                     if s.mentions[p].place is None and s.article.toponyms[g].lat is not None)
    precision, recall, f1 = prf(tp, n_pred, n_gold)
    seconds = sum(s.seconds for s in scored)
    return {
        "documents": len(scored),
        "gold toponyms": n_gold,
        "predicted": n_pred,
        "matched": tp,
        "precision": precision,
        "recall": recall,
        "F1": f1,
        "geocoded (gold coords)": len(errors),
        "  of which unresolved": unresolved,
        "acc@161": accuracy_at(errors),
        "mean error km": statistics.fmean(errors) if errors else None,
        "median error km": statistics.median(errors) if errors else None,
        "AUC": auc(errors),
        "documents/s": len(scored) / seconds if seconds else None,
    }


def format_value(value: float | int | None, row: str) -> str:
    if value is None:
        return "n/a"
    if isinstance(value, int):
        return str(value)
    return f"{value:.0f}" if row.endswith(("km", "/s")) else f"{value:.3f}"


def print_table(corpus: Corpus, columns: dict[str, Sequence[Scored]]) -> None:
    tables = {split: figures(scored) for split, scored in columns.items()}
    rows = next(iter(tables.values())).keys()
    print(f"\n{corpus.name} ({corpus.path.name})")
    print(f"  {'':24}" + "".join(f"{split:>10}" for split in tables))
    for row in rows:
        print(f"  {row:24}" + "".join(f"{format_value(t[row], row):>10}" for t in tables.values()))
    for line in corpus.published:
        print(f"  published  {line}")
    targets = ", ".join(f"{name} >= {value:.2f}" for name, value in corpus.targets.items())
    print(f"  target     {targets}")


def context(text: str, start: int, end: int) -> str:
    """The toponym in [[brackets]] with some text either side, on one line."""
    left = text[max(0, start - CONTEXT_CHARS):start]
    right = text[end:end + CONTEXT_CHARS]
    return " ".join(f"{left}[[{text[start:end]}]]{right}".split())


def _place_json(place) -> dict | None:
    if place is None:
        return None
    return {"id": place.id, "name": place.name, "kind": place.kind, "country": place.country,
            "lat": place.lat, "lon": place.lon}


def error_records(corpus: str, s: Scored) -> Iterable[dict]:
    """What went wrong in one article, in text order: gold toponyms missed, mentions not in the gold
    (spurious), matched ones left unresolved, and matched ones resolved 161 km or more away (far)."""
    text, toponyms = s.article.text, s.article.toponyms
    matched_gold = {g: p for g, p in s.pairs}
    matched_pred = {p for _, p in s.pairs}
    error_of = dict(s.errors)
    records = []
    for g, toponym in enumerate(toponyms):
        gold = None if toponym.lat is None else {"lat": toponym.lat, "lon": toponym.lon}
        if g not in matched_gold:
            kind, mention = "missed", None
        else:
            mention = s.mentions[matched_gold[g]]
            if g not in error_of or error_of[g] < FAR_KM:
                continue
            kind = "unresolved" if mention.place is None else "far"
        records.append({"kind": kind, "start": toponym.start, "end": toponym.end, "text": toponym.text,
                        "gold": gold, "predicted": _place_json(mention.place if mention else None),
                        "error_km": round(error_of[g], 1) if g in error_of else None})
    for p, mention in enumerate(s.mentions):
        if p not in matched_pred:
            records.append({"kind": "spurious", "start": mention.start, "end": mention.end,
                            "text": text[mention.start:mention.end], "gold": None,
                            "predicted": _place_json(mention.place), "error_km": None})
    for record in sorted(records, key=lambda r: (r["start"], r["end"], r["kind"])):
        yield {"corpus": corpus, "doc": s.article.id, **record,
               "context": context(text, record["start"], record["end"])}


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", choices=("lgl", "geovirus", "all"), default="all")
    add_split_options(parser, "articles of each corpus", "errors (gold vs predicted, with context)")
    parser.add_argument("--lowercase", action="store_true",
                        help="also score each article lower-cased, in a column beside each split's")
    args = parser.parse_args(argv)
    check_split_options(parser, args, "errors")
    return args


def main(argv: Sequence[str] | None = None) -> None:
    args = parse_args(argv)
    names = list(CORPORA) if args.corpus == "all" else [args.corpus]
    for name in names:
        require(CORPORA[name].path)

    from gazetteer import Gazetteer

    t0 = time.perf_counter()
    gazetteer = Gazetteer.default()
    print(f"gazetteer loaded in {time.perf_counter() - t0:.1f} s")
    error_lines = []
    cases = (False, True) if args.lowercase else (False,)
    chosen = {"dev": ("dev",), "heldout": ("held-out",), "all": SPLITS}[args.split]
    wanted = {held for split in chosen for held in HELD_IN[split]}
    for name in names:
        corpus = CORPORA[name]
        articles = corpus.read(corpus.path)[:args.limit]
        scored = {(held, lower): [] for held in (False, True) for lower in cases}
        for article in articles:
            held = heldout(article.key)
            if held not in wanted:
                continue  # never even run: a held-out article is not looked at while developing
            for lower in cases:
                read = lower_cased(article) if lower else article
                start = time.perf_counter()
                mentions = gazetteer.find_mentions(read.text, read.id)
                scored[held, lower].append(score_article(read, mentions, time.perf_counter() - start))
        columns = {split + (" lc" if lower else ""): [s for held in HELD_IN[split] for s in scored[held, lower]]
                   for split in chosen for lower in cases}
        print_table(corpus, columns)
        for lower in cases:
            error_lines.extend(json.dumps(record | ({"lowercase": True} if lower else {}), ensure_ascii=False)
                               for s in scored[False, lower] for record in error_records(name, s))
    if args.errors:
        args.errors.write_text("".join(line + "\n" for line in error_lines), encoding="utf-8")
        print(f"\n{len(error_lines)} dev-split errors written to {args.errors}")


if __name__ == "__main__":
    main()
