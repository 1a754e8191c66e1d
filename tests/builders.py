"""Small builders for hand-made places and reports in tests (not from the seed articles)."""
from gazetteer.model import Place
from geo.model import Citation, Count, Report

MARIUPOL = Place("geonames:701822", "Mariupol", 47.0958, 37.5494, "city", "UA", population=481626)
ZAPORIZHZHIA = Place("geonames:687700", "Zaporizhzhia", 47.8229, 35.1903, "city", "UA", population=750685)
BERDIANSK = Place("geonames:712451", "Berdyansk", 46.7568, 36.7869, "city", "UA", population=121692)
DNIPRO = Place("geonames:709930", "Dnipro", 48.4500, 34.9833, "city", "UA", population=1032822)


def count(value=None, low=None, high=None, text=None):
    if low is None and high is None and value is not None:
        low = high = value
    return Count(text or f"{value}", value, low, high)


def report(origin=MARIUPOL, destinations=(), value=None, *, low=None, high=None, doc="a", start=0,
           status="completed", source=None, batch=False, cumulative=False, date=None, unit="people",
           quote="quote", breakdown=(), term="displaced", equivalent=(), outlet="", additional=False, part=False,
           text=None):
    numbered = value is not None or low is not None or high is not None
    return Report(
        quote=quote,
        citations=(Citation(doc, start, start + len(quote), outlet),),
        origin=origin,
        origin_text=origin.name if origin else "somewhere",
        destinations=tuple(destinations),
        destination_texts=tuple(d.name for d in destinations),
        count=count(value, low, high, text) if numbered else None,
        unit=unit,
        breakdown=tuple(breakdown),
        status=status,
        date=date,
        attributed_to=source,
        cumulative=cumulative,
        batch=batch,
        part=part,
        additional=additional,
        term=term,
        equivalent=tuple(equivalent),
    )
