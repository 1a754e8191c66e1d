"""Aggregate reports into origin -> destination flows, never double counting.

Rules (also in the README):

- A report with a resolved origin feeds one flow per resolved destination, and a *departure*
  (origin only) when it names no resolved destination. A report with resolved destinations and no resolved
  origin ("90,000 sheltered in camps in the district", "2,000 evacuees reached the city") feeds an *arrival*
  (destination only) per destination, by the same rules as a departure; a report with neither feeds nothing.
  Every report stays in ``reports.csv``.
- A figure shared by several destinations ("2,000 head to Idlib or Jarablus") is attached to each
  of those flows and marked shared; it is never split or summed, nor an estimate of one route's own figure: it
  is an episode of its own, shown only on a route that has no figure of its own ("more than one million fled to
  Chad, Egypt and South Sudan" beside "170,000 fled to South Sudan": South Sudan's arrow is 170,000).
- Reports are never added together: cumulative totals ("up to 20,000 in all") and batches ("the
  first 1,500") describe overlapping sets of people. A total of reports the article gives beside them feeds no
  flow: a table's total row has no place while its rows have one (``geo.reports``), and a total evacmap computed
  (``Report.summed_from``, ``geo.totals``) is skipped, so its parts are counted once, each on its own route; the
  flows of its parts list it as their ``totals``, beside their figures, never in them.
- One movement told at two scales ("10,000 fled Myanmar into Thailand", "10,000 fled Myawaddy into
  Thailand") is drawn once: the coarser report joins the one finer route of the same movement (``_refined``); an end
  no report names is the coarsest: a departure ("nearly 89,000 have fled X") joins the one route from its origin of the
  same movement ("88,700 fled X for Y"), an arrival the one route into its destination. A vague
  amount is the same movement only as a figure its own article gives ("thousands crossed into Thailand", then "at least
  10,000 fled Myawaddy into Thailand").
- ``people`` (best estimate) is the largest value among reports that are not parts: later totals
  supersede earlier ones; a part (a batch, a subgroup such as "200 wounded people", fighters or soldiers,
  one of those counted before: "Of those evacuated, 1,200 were British", "Among those crossing, 3,000 are Syrians and
  1,500 Lebanese"; a figure another report gives as its breakdown) is part of a total. Only when every numbered report is a part does the largest part stand in. It is
  always a figure some report gave.
- ``people_min`` / ``people_max`` span the bounds (a count's ``min`` and ``max``) of the same reports
  (parts only when all are): where sources disagree the range shows it; a side no report bounds
  stays None ("up to 20,000" alone: at most 20,000; "more than 34,000" beside "9,500": no upper bound). A vague
  amount ("thousands") bounds nothing beside a figure: its span is a word's convention, often a restatement, not a
  source's estimate.
- A running total is no source disagreeing: a tally ("so far", "in total", ``Report.cumulative``) below its
  movement's estimate, undated or dated only to a month or a year, is an earlier reading of a count that grew
  (``earlier_tallies``): no bound of the range, listed in the episode's ``history`` and, with tallies of older days of
  the same term, the flow's ``tally_history`` ("rose from 5,725 to 120,000"). Two totals of one day, figures not marked
  as totals, a count that fell, people staying somewhere, a part and a smaller figure in a larger one's sentence still
  give a range.
- Units are never mixed: ``people`` and its range come from counts of people (people, fighters,
  soldiers); a count of families or households feeds them only through the people count the
  article gives with it ("1,000 families (3,000 people)"), never multiplied by a household size.
  ``households`` is the best estimate, by the same rule, of the counts of families, households and
  homes (destroyed housing, evacuated homes), kept beside it, per episode; a flow's is its shown episode's.
- ``status`` is the most advanced status of its reports (completed > underway > planned > unknown):
  once any source says people have left, the movement happened.
- A route can carry several movements (*episodes*): reports of different dates (one convoy on
  Wednesday, another a fortnight later; a month and a day in it; a total since a date beside another; undated
  figures of articles published on different days), of different terms (people who fled
  abroad and people displaced within the country), plans beside what happened ("up to 1 million could
  flee"), or people beyond those counted before ("another 25,000", "500 more") are separate episodes.
  Only reports of one episode are compared as an estimate and a range; episodes are never added up.
  ``people``, ``people_min``, ``people_max`` and ``households`` of a flow are those of its largest
  episode that happened (one with a best estimate before one with only a range; a plan only when no
  episode that happened has a figure, in people or else in households);
  ``episodes`` lists them all, oldest first, undated last. Reports without a figure belong to no
  episode (they compare with nothing); they stay among the flow's reports.
- A departure whose shown movement is a total of flows from its origin (same term, a plan or not alike, not
  older than them, at least each one's figure: "45,000 evacuated from X in total" beside "37,500 went from X
  to Y") lists their destinations as its ``parts`` (``totals``): it is drawn as the origin's total, a ring
  around them, not as more people on top. Its reports stay its own.
  An arrival totalling the flows into its destination lists their origins the same way.
- A route or a departure from a place a flow with a figure reached (a transit point: "flown out of Afghanistan to
  Ramstein", then "from Ramstein to Philadelphia") is an onward leg: ``onward_of`` names the origins of those flows, its
  people may be theirs, counted where they first left; its figure is its own, never added. Not a leg larger than every
  flow into its origin (mostly other people).
- An arrival counting people who stay at a place (sheltered or homeless there) and a departure from that
  place may count the same people ("displaced from Kerala", "sheltered in relief camps in Kerala"); nothing says which
  part, so neither totals the other: each names the other (``same_place``), and they are never added.
"""
from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import date

from gazetteer.model import Place
from geo.model import Count, Episode, Flow, Report
from geo.numbers import is_vague
from geo.status import fell_to
from geo.terms import STAYING, same_movement
from geo.vocabulary import HOUSEHOLD_UNITS
from geo.story import inside, nested

_PROGRESS = {"unknown": 0, "planned": 1, "underway": 2, "completed": 3}


def is_part(report: Report) -> bool:
    """Whether a report counts part of the people who moved: a batch ("the first 1,500"), a subgroup ("200
    wounded", "400 children") or fighters and soldiers beside the civilians they left with."""
    return report.batch or report.part or report.unit in PART_UNITS


def best_estimate(reports: Sequence[Report]) -> tuple[int | None, int | None, int | None]:
    """``(people, people_min, people_max)`` of reports about one movement.

    >>> from geo.model import Count
    >>> def r(value, low, high, batch=False, text=None):
    ...     return Report("", (), None, "", (), (), Count(text or str(value), value, low, high), "people", batch=batch)
    >>> best_estimate([r(12000, 12000, 12000), r(1500, 1500, 1500, batch=True), r(20000, None, 20000)])
    (20000, 12000, 20000)
    >>> best_estimate([r(20000, None, 20000), r(1500, 1500, 1500, batch=True)])  # at least its part
    (20000, 1500, 20000)
    >>> best_estimate([r(None, 200, 999)])  # "hundreds": a range, no single figure
    (None, 200, 999)
    >>> best_estimate([r(None, 2000, 9999, text="thousands"), r(8000, 8000, 8000)])  # no source's bounds
    (8000, 8000, 8000)
    >>> best_estimate([r(20000, None, 20000)])  # "up to 20,000": no lower bound given
    (20000, None, 20000)
    >>> best_estimate([r(9500, 9500, 9500), r(34000, 34000, None)])  # "more than 34,000" beside "9,500"
    (34000, 9500, None)
    >>> best_estimate([r(5000, 5000, None), r(12000, 12000, 12000)])  # "more than 5,000" beside "12,000"
    (12000, 5000, 12000)
    >>> best_estimate([])
    (None, None, None)
    """
    counts = [r.count for r in reports if r.count is not None]
    # A figure another report gives as its breakdown ("8,000 people, including 3,000 fighters") is that part.
    named = [{n for _, n in r.breakdown} for r in reports]
    totals = [r.count for i, r in enumerate(reports) if r.count is not None and not is_part(r)
              and not any(r.count.value in parts for j, parts in enumerate(named) if j != i)]
    # A part is no estimate of the whole: totals decide, parts only when there are no totals.
    estimates = totals or counts
    people = max((c.value for c in estimates if c.value is not None), default=None)
    if people is not None:
        # A vague amount is a word's conventional span ("thousands": 2,000-9,999), often a restatement ("the
        # thousands of displaced people faced shortages"); beside a figure it is no source disagreeing.
        estimates = [c for c in estimates if not is_vague(c)]
    # Every count's value lies within its own bounds, so the bounds span ``people``; an open side stays
    # open ("up to 20,000" alone is no more than 20,000, not exactly 20,000), unless a part closes it: a total
    # is at least its largest part.
    lows = [c.min for c in estimates if c.min is not None]
    parts = [c.min for c in counts if c.min is not None] if totals and not lows else []
    low = min(lows) if lows else max(parts, default=None)
    highs = [c.max for c in estimates if c.max is not None]
    # A figure open above beyond every closed one leaves the range open: "more than 34,000" beside "9,500" is
    # not at most 9,500.
    if any(c.max is None and c.min is not None and c.min > max(highs, default=0) for c in estimates):
        return people, low, None
    return people, low, max(highs, default=None)


#: Units of people that are part of a movement of everyone ("400 fighters" beside "8,000 people").
PART_UNITS = frozenset({"fighters", "soldiers"})


def in_people(reports: Sequence[Report]) -> list[Report]:
    """The reports that count people: those in a unit of people, and those in households that
    also give the people count (as that count).

    >>> from geo.model import Count
    >>> families = Report("", (), None, "", (), (), Count("1,000", 1000, 1000, 1000), "families",
    ...                   equivalent=(("people", 3000),))
    >>> [r.count.value for r in in_people([families])]
    [3000]
    """
    found = []
    for report in reports:
        if report.unit not in HOUSEHOLD_UNITS:
            found.append(report)
        elif (people := dict(report.equivalent).get("people")) is not None:
            found.append(replace(report, count=Count(str(people), people, people, people), unit="people"))
    return found


def overall_status(reports: Iterable[Report]) -> str:
    """The most advanced status among the reports.

    >>> overall_status([])
    'unknown'
    """
    return max((r.status for r in reports), key=_PROGRESS.__getitem__, default="unknown")


def episode_key(report: Report, position: int) -> tuple:
    """What tells one movement along a route from another: its date, its term, whether it is a plan and, for
    people beyond those counted before ("another 25,000"), the report itself (``position``). Undated reports
    of the same term are one episode when first published the same day (or with no publication date): an undated
    figure is as of its article, and one first reported days later is a later count (``first_published``). A date
    is as precise as written: a month ("in March") and a day in it
    ("on 12 March") are two episodes, since the month's figure may hold the day's and neither estimates the
    other. A plan or forecast ("up to 1 million could flee") is no estimate of what happened: its own episode. So is a
    running total over a period written out ("400,000 since January 1, 2013", beside "1 million refugees"): it counts
    from its own start, which its date (when it was given) does not tell.
    """
    period = report.date_text.lower() if report.date_text and report.date_text.lower().startswith("since") else ""
    as_of = first_published(report) if report.date is None else None
    return (report.date is None, report.date or "", report.term, report.status == "planned", period,
            position if report.additional else -1, as_of.isoformat() if as_of else "", _shared(report))


def _shared(report: Report) -> bool:
    """The figure is given for several destinations at once, not for one named at two scales ("in Wad Madani, in
    Gezira state" is one destination)."""
    places = report.destinations
    return any(not nested(a, b) for i, a in enumerate(places) for b in places[i + 1:])


def first_published(report: Report) -> date | None:
    """The earliest publication date among the articles quoting ``report``: the statement was made by then."""
    return min((c.published for c in report.citations if c.published is not None), default=None)


def earlier_tallies(reports: Sequence[Report], people: int | None, day: bool) -> list[Report]:
    """The running totals among one movement's ``reports`` that its estimate ``people`` grew past: a count "so far",
    "in total" or "bringing the total to" is as of when it was given, and a count of people who moved only grows, so a
    larger figure of the same movement is a later reading of it, not a source disagreeing ("so far 7,109 extracted
    from Kabul" beside "the airlift of more than 120,000"). Not on one ``day``: two totals of the same day disagree.
    Nor a figure a count fell to ("the number of displaced fell to 18,000") or a count of people staying somewhere
    (sheltered, homeless: they go home, the count falls), nor a part, a plan or more people, nor a figure told in the
    sentence of a larger one ("70,000 displaced since February, bringing the total to 1 million"): one sentence is one
    moment, its smaller figure a part or an increment, not an earlier total.

    >>> from geo.model import Count
    >>> def r(value, cumulative=True, text=None):
    ...     return Report(text or f"So far {value:,} have left.", (), None, "", (), (),
    ...                   Count(f"{value:,}", value, value, value), "people", cumulative=cumulative)
    >>> [t.count.value for t in earlier_tallies([r(5725), r(7109), r(4000, False), r(9000)], 9000, day=False)]
    [5725, 7109]
    >>> fell = r(18000, text="It fell to 18,000.")
    >>> earlier_tallies([r(5725), r(9000)], 9000, day=True), earlier_tallies([fell], 25000, day=False)
    ([], [])
    >>> earlier_tallies([replace(r(5725), term="sheltered"), r(9000)], 9000, day=False)
    []
    """
    if people is None or day:
        return []
    found = [r for r in reports if r.cumulative and not (is_part(r) or r.additional) and r.status != "planned"
             and r.term not in STAYING and r.unit not in HOUSEHOLD_UNITS and r.count is not None
             and r.count.value is not None and r.count.value < people and not _fell(r)]
    return [r for r in found if not any(set(r.citations) & set(o.citations) for o in reports
                                        if o.count is not None and (o.count.value or 0) > r.count.value)]


def _fell(report: Report) -> bool:
    """Whether the report's figure is one a count fell to, as its quote tells ("fell to 18,000")."""
    at = report.quote.find(report.count.text)
    return at >= 0 and fell_to(report.quote, at)


def episodes(reports: Sequence[Report]) -> list[Episode]:
    """The reports of one flow split into its movements, each with its own estimate, oldest first.

    >>> from geo.model import Count
    >>> def r(value, date, status="completed", additional=False):
    ...     return Report("", (), None, "", (), (), Count(str(value), value, value, value), "people",
    ...                   status=status, date=date, term="evacuated", additional=additional)
    >>> [(e.date, e.people, e.people_min, e.people_max) for e in episodes([r(101, "2022-05-03"), r(79, "2022-04-20")])]
    [('2022-04-20', 79, 79, 79), ('2022-05-03', 101, 101, 101)]
    >>> [e.people for e in episodes([r(40000, None), r(25000, None, "planned", additional=True)])]
    [40000, 25000]
    >>> [e.people for e in episodes([r(40000, None), r(25000, None, "planned")])]  # a plan beside what happened
    [40000, 25000]
    >>> tally = replace(r(7109, None), cumulative=True)  # "so far 7,109": an earlier reading, not the range's low end
    >>> [(e.people, e.people_min, [t.count.value for t in e.history]) for e in episodes([tally, r(15000, None)])]
    [(15000, 15000, [7109])]
    """
    grouped: dict[tuple, list[Report]] = {}
    for position, report in enumerate(reports):
        if report.count is not None:  # a report with no figure compares with none: it is no episode's
            grouped.setdefault(episode_key(report, position), []).append(report)
    found = []
    for key in sorted(grouped):
        members = grouped[key]
        people, low, high = best_estimate(in_people(members))
        day = members[0].date is not None and len(members[0].date) == len("2021-08-23")
        history = earlier_tallies(members, people, day)
        if history:  # the total it grew from bounds nothing: the range is the sources' disagreement on the latest
            people, low, high = best_estimate(in_people([r for r in members if r not in history]))
        households = best_estimate([r for r in members if r.unit in HOUSEHOLD_UNITS])[0]
        found.append(Episode(members[0].date, members[0].term, people, low, high, overall_status(members),
                             tuple(members), households, tuple(history)))
    return found


def _size(episode: Episode) -> tuple[bool, bool, int, int]:
    """How an episode ranks for the flow's figure: the route's own before a figure shared with other destinations,
    one with a best estimate first ("150" over "hundreds", which gives only a range), then by its estimate, else its
    lower bound, else its upper bound, then by households."""
    bound = next((n for n in (episode.people, episode.people_min, episode.people_max) if n is not None), -1)
    own = not all(_shared(r) for r in episode.reports) if episode.reports else True
    return own, episode.people is not None, bound, -1 if episode.households is None else episode.households


def largest_episode(found: Sequence[Episode]) -> Episode | None:
    """The episode whose figures a flow shows, households included: the largest that happened (``_size``), a
    plan only when nothing that happened has a figure (in people, else in households); the earliest among equals.

    >>> a = Episode("2022-04-20", "fled", 79, 79, 79, "completed")
    >>> b = Episode(None, "evacuated", 10000, 10000, 10000, "planned")
    >>> largest_episode([a, b]).people, largest_episode([b]).people, largest_episode([])
    (79, 10000, None)
    """
    happened = [e for e in found if e.status != "planned" and _size(e)[2] >= 0]
    happened = happened or [e for e in found if e.status != "planned" and e.households is not None] or list(found)
    return max(happened, key=_size, default=None)


def tally_history(found: Sequence[Episode], shown: Episode | None) -> tuple[Report, ...]:
    """The running totals the ``shown`` movement's figure grew from, oldest first: those of older days of the same
    term (a total "so far" on 20 August beside one of 23 August), then its own undated earlier readings, smallest
    first (``Episode.history``), so the flow says "rose from 5,725 to 120,000".

    >>> from geo.model import Count
    >>> def e(date, value):
    ...     tally = Report("", (), None, "", (), (), Count(str(value), value, value, value), "people",
    ...                    cumulative=True, status="completed", date=date, term="evacuated")
    ...     return Episode(date, "evacuated", value, value, value, "completed", (tally,))
    >>> older, newer, month = e("2021-08-20", 5725), e("2021-08-23", 7109), e("2021-08", 4000)
    >>> [r.count.value for r in tally_history([older, newer], newer)], tally_history([month, newer], newer)
    ([5725], ())
    """
    if shown is None:
        return ()
    # (a month's total may hold the day's: no earlier reading of it)
    older = [r for e in found if e.date and shown.date and e.date < shown.date and not shown.date.startswith(e.date)
             and e.term == shown.term for r in earlier_tallies(e.reports, shown.people, day=False)]
    return tuple(sorted(older, key=lambda r: r.date)) + tuple(sorted(shown.history, key=lambda r: r.count.value))


def flow_id(origin: Place | None, destination: Place | None) -> str:
    """Stable id of the flow between two places (or of a departure, or an arrival)."""
    key = f"{origin.id if origin else ''}->{destination.id if destination else ''}"
    prefix = "arrival" if origin is None else "flow" if destination else "departure"
    return f"{prefix}-{hashlib.sha1(key.encode()).hexdigest()[:12]}"


def _within(place: Place | None, coarser: Place | None) -> bool:
    """Whether ``place`` is ``coarser`` or lies in it, as far as the places themselves tell: a country holds
    every place of its country, any other place the places it is the parent of."""
    if place is None or coarser is None:
        return place is coarser
    return inside(place, coarser)


def _within_end(place: Place | None, coarser: Place | None) -> bool:
    """``_within`` for a route's end, where an end no report names (a departure's destination, an arrival's origin)
    holds any place: it is the coarsest telling of the route."""
    return coarser is None or _within(place, coarser)


def _same_movement(report: Report, other: Report) -> bool:
    """Whether two reports could count the same people on the same move: terms telling one movement
    (``geo.terms.same_movement``: "displaced" and "forced to flee"), a plan or not alike,
    dates that do not differ, both in people or both in households, and figures whose spans overlap (``_reach``). A vague
    amount ("thousands") tells too little to say it is the same people, except beside a figure of the same article: one
    article telling a movement roughly and then exactly tells it once ("thousands crossed", "at least 10,000 fled")."""
    if any(r.count is None or r.additional for r in (report, other)):
        return False
    vague = [r for r in (report, other) if is_vague(r.count)]
    if len(vague) == 2 or (vague and not set(report.docs) & set(other.docs)):
        return False
    if report.date and other.date and report.date != other.date:
        return False
    if not same_movement(report.term, other.term):
        return False
    if ((report.status == "planned", report.unit in HOUSEHOLD_UNITS)
            != (other.status == "planned", other.unit in HOUSEHOLD_UNITS)):
        return False
    return bool(vague) or _overlap(_reach(report.count), _reach(other.count))


# A figure bounded on one side only names a number near its bound: "over 180,000" is not 508,244, "nearly 9,000" not 2,000.
BOUND_REACH = 1.5


def _reach(count: Count) -> tuple[float, float]:
    """The span of people a count could be telling, an open side reaching ``BOUND_REACH`` times past its bound.

    >>> from geo.model import Count
    >>> _reach(Count("over 180,000", 180000, 180000, None)), _reach(Count("nearly 900", 900, None, 900))
    ((180000, 270000.0), (600.0, 900))
    """
    low, high = count.min, count.max
    if low is None and high is None:
        return 0, float("inf")
    return (high / BOUND_REACH if low is None else low), (low * BOUND_REACH if high is None else high)


def _overlap(one: tuple[float, float], other: tuple[float, float]) -> bool:
    return max(one[0], other[0]) <= min(one[1], other[1])


Route = tuple[str, str]


def _refined(groups: dict[Route, tuple[Place | None, Place | None, list[Report]]]) -> None:
    """Move each report told at a coarser scale into the route of the one finer place that another report
    gives for the same movement, so the people are drawn once.

    "10,000 fled Myanmar into Thailand" beside "10,000 fled Myawaddy into Thailand" (another article) are one
    movement: drawn twice, a reader adding the routes counts 20,000. So is a departure naming no destination (an
    arrival naming no origin) beside the one route from its origin (into its destination) carrying the same movement:
    "nearly 89,000 have fled X" beside "88,700 fled X for Y". With two or more finer routes of the
    same movement the coarse report may be their total: it keeps its own route.
    """
    moves = []
    for route, (origin, destination, grouped) in groups.items():
        for report in grouped:
            finer = [other for other, (o, d, members) in groups.items()
                     if _within_end(o, origin) and _within_end(d, destination)
                     and not (_within(origin, o) and _within(destination, d))
                     and any(_same_movement(report, member) for member in members)]
            if len(finer) == 1:
                moves.append((report, route, finer[0]))
    for report, route, finer in moves:
        groups[route][2].remove(report)
        groups[finer][2].append(report)
    for route in [route for route, (_, _, grouped) in groups.items() if not grouped]:
        del groups[route]


def _drawn(episode: Episode | Flow | None) -> int | None:
    """The figure an episode (or a flow, its shown episode's) is drawn at: its estimate, else its lower bound."""
    if episode is None:
        return None
    return episode.people if episode.people is not None else episode.people_min


def totals(point: Episode | None, flow: Episode | None) -> bool:
    """Whether the shown movement of a ``point`` (a departure or an arrival) is a total holding a flow's from its
    origin (into its destination): the same term, a plan or not alike, in people, the flow's date not after the
    point's, and a figure at least the flow's ("45,000 evacuated from X in total" beside "37,500 went from X to Y",
    "30,000 reached Y in all" beside "25,000 fled from X to Y"). A point of an earlier day, of another term or
    smaller than the flow counts other people, or only some: it is drawn on its own.

    >>> total = Episode("2016-12-22", "evacuated", 45000, 45000, 45000, "completed")
    >>> totals(total, Episode(None, "evacuated", 37500, 37500, 37500, "completed"))
    True
    >>> totals(total, Episode("2016-12-23", "evacuated", 500, 500, 500, "completed"))
    False
    >>> totals(total, Episode(None, "fled", 500, 500, 500, "completed"))
    False
    """
    if point is None or flow is None or point.people is None or _drawn(flow) is None:
        return False
    if (point.term, point.status == "planned") != (flow.term, flow.status == "planned"):
        return False
    if point.date and flow.date and flow.date > point.date:
        return False
    return point.people >= _drawn(flow)


def _with_parts(flows: list[Flow], shown: dict[str, Episode | None]) -> list[Flow]:
    """Each departure with the destinations of the flows from its origin that it totals (``totals``), each arrival
    with the origins of the flows into its destination that it totals: a reader adding a circle to the widths of
    its flows counts the same people twice. ``shown``: each flow's largest episode, by id."""
    routes = [f for f in flows if f.kind == "flow"]

    def parts(point: Flow) -> tuple[Place, ...]:
        if point.kind == "departure":
            return tuple(o.destination for o in routes
                         if o.origin.id == point.origin.id and totals(shown[point.id], shown[o.id]))
        return tuple(o.origin for o in routes
                     if o.destination.id == point.destination.id and totals(shown[point.id], shown[o.id]))

    return [f if f.kind == "flow" else replace(f, parts=parts(f)) for f in flows]


def _same_place(flows: list[Flow], shown: dict[str, Episode | None]) -> list[Flow]:
    """Each departure and the arrival at its origin counting people who stay there name each other (``same_place``):
    a reader adding the square to the circle may count the same people twice. An arrival of people who came
    ("2,000 evacuees reached the city") is other people than the city's own who left. ``shown``: each flow's
    largest episode, by id."""
    departures = {f.origin.id: f.id for f in flows if f.kind == "departure"}
    pairs = [(departures[f.destination.id], f.id) for f in flows if f.kind == "arrival"
             and f.destination.id in departures and shown[f.id] is not None and shown[f.id].term in STAYING]
    beside = {**dict(pairs), **{arrival: departure for departure, arrival in pairs}}
    return [replace(f, same_place=beside[f.id]) if f.id in beside else f for f in flows]


def _onward(flows: list[Flow]) -> list[Flow]:
    """Each route and each departure from a place that flows with a figure brought people to (a transit point: "flown
    out of Afghanistan to Ramstein", then "from Ramstein to Philadelphia") with their origins (``onward_of``): its
    people may be theirs on an onward leg, counted where they first left; a reader adding the legs counts them twice.
    Not a leg larger than every flow into its origin (3 million displaced in a country 77 returned to), nor after a
    flow into the place holding its own origin."""
    arriving: dict[str, list[Flow]] = {}
    for flow in flows:
        # (a flow into the country holding its origin brought nobody from elsewhere)
        if flow.kind == "flow" and _drawn(flow) is not None and not _within(flow.origin, flow.destination):
            arriving.setdefault(flow.destination.id, []).append(flow)
    found = []
    for flow in flows:
        into = arriving.get(flow.origin.id, []) if flow.origin else []
        # a leg carrying more than ever arrived is mostly other people: no onward leg of theirs
        if into and (_drawn(flow) or 0) <= max(_drawn(f) for f in into):
            flow = replace(flow, onward_of=tuple(f.origin for f in into))
        found.append(flow)
    return found



def _routes(report: Report) -> list[Route]:
    """The routes a report feeds: one per resolved destination other than its origin, else its origin's departure;
    with no resolved origin, one arrival per resolved destination; with neither, none."""
    origin = report.origin.id if report.origin else ""
    destinations = [d.id for d in report.destinations if d.id != origin]
    if not origin:
        return [("", d) for d in destinations]
    return [(origin, d) for d in destinations] or [(origin, "")]


def aggregate_flows(reports: Iterable[Report]) -> list[Flow]:
    """One Flow per origin -> destination pair, one per origin-only departure and one per destination-only
    arrival, sorted by id."""
    groups: dict[Route, tuple[Place | None, Place | None, list[Report]]] = {}
    summed: list[Report] = []
    for report in reports:
        if report.summed_from:
            summed.append(report)  # a total evacmap computed is drawn by its parts, listed beside their figures
            continue
        places = {p.id: p for p in report.destinations}
        for route in _routes(report):
            groups.setdefault(route, (report.origin, places.get(route[1]), []))[2].append(report)
    _refined(groups)
    flows = []
    for origin, destination, grouped in groups.values():
        found = episodes(grouped)
        shown = largest_episode(found)
        people, low, high, households = ((shown.people, shown.people_min, shown.people_max, shown.households)
                                         if shown else (None, None, None, None))
        flows.append(Flow(flow_id(origin, destination), origin, destination, people, low, high,
                          overall_status(grouped), tuple(grouped), households, tuple(found),
                          totals=tuple(t for t in summed if any(t.adds_up(r) for r in grouped)),
                          tally_history=tally_history(found, shown)))
    shown = {f.id: largest_episode(f.episodes) for f in flows}  # what each draws, read by both links below
    return sorted(_onward(_same_place(_with_parts(flows, shown), shown)), key=lambda f: f.id)
