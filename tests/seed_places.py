"""A tiny stand-in gazetteer for the seed articles: names matched by regex, so report tests do not
depend on the place-recognition code."""
import re
from pathlib import Path

from gazetteer.model import Mention, Place
from geo.model import Document

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

HOMS = Place("geonames:169577", "Homs", 34.7268, 36.7234, "city", "SY")
AL_WAER = Place("evacmap:al-waer", "al-Waer", 34.741, 36.668, "district", "SY", parent=HOMS.id)
OLD_HOMS = Place("evacmap:old-homs", "Old Homs", 34.7316, 36.7143, "district", "SY", parent=HOMS.id)
JARABLUS = Place("geonames:169179", "Jarablus", 36.8175, 38.0111, "city", "SY")
IDLIB = Place("geonames:169389", "Idlib", 35.9306, 36.6339, "city", "SY")
IDLIB_PROVINCE = Place("iso3166-2:SY-ID", "Idlib province", 35.83, 36.63, "admin1", "SY")
ALEPPO_COUNTRYSIDE = Place("iso3166-2:SY-HL", "Aleppo countryside", 36.2, 37.15, "admin1", "SY")
DAMASCUS = Place("geonames:170654", "Damascus", 33.5102, 36.2913, "city", "SY")
SYRIA = Place("geonames:163843", "Syria", 35.0, 38.0, "country", "SY")
NORTHERN_SYRIA = Place("evacmap:northern-syria", "northern Syria", 36.5, 38.0, "region", "SY")

# Longest names first, so "Idlib province" wins over "Idlib" and "Old Homs" over "Homs".
NAMES = {
    "Al Waer": AL_WAER, "al-Waer": AL_WAER, "Al-Wair": AL_WAER, "Waer": AL_WAER,
    "Old Homs": OLD_HOMS, "central Homs": OLD_HOMS, "Homs": HOMS,
    "Jarablus": JARABLUS, "Jarablous": JARABLUS,
    "Idlib province": IDLIB_PROVINCE, "Idlib": IDLIB,
    "Aleppo countryside": ALEPPO_COUNTRYSIDE, "Damascus": DAMASCUS,
    "northern Syria": NORTHERN_SYRIA, "Syria": SYRIA,
}


def pattern(names):
    alternation = "|".join(re.escape(n).replace(r"\ ", r"[\s-]").replace(r"\-", r"[\s-]")
                           for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alternation})(?![\w-])", re.IGNORECASE)


def mentions(doc: Document, names=None) -> list[Mention]:
    names = names or NAMES
    lookup = {re.sub(r"[\s-]", " ", k.lower()): v for k, v in names.items()}
    return [Mention(doc.id, m.group(), m.start(), m.end(), lookup[re.sub(r"[\s-]", " ", m.group().lower())], 1.0)
            for m in pattern(names).finditer(doc.text)]


def seed(prefix: str, date=None) -> Document:
    path = next(SEEDS.glob(f"{prefix}_*.txt"))
    return Document(path.stem, path.read_text(encoding="utf-8"), str(path), date)
