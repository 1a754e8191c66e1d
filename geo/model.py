"""Value objects that flow through the pipeline: Document -> Report -> Flow.

Places and mentions come from the gazetteer (``gazetteer.model``).
"""
from __future__ import annotations

from dataclasses import dataclass, field
import datetime

from gazetteer.model import Place

STATUSES = ("planned", "underway", "completed", "unknown")


@dataclass(frozen=True)
class Document:
    """One article. ``id`` is the file stem (``stem#n`` for the n-th record of a JSONL file)."""

    id: str
    text: str
    path: str = ""
    date: datetime.date | None = None  # publication date when the input gives one
    title: str = ""
    outlet: str = ""


@dataclass(frozen=True)
class Count:
    """A number of people as written and as a value or range.

    ``value`` is None for vague amounts ("hundreds"), which only bound ``min``/``max``.
    """

    text: str
    value: int | None
    min: int | None
    max: int | None


@dataclass(frozen=True)
class Citation:
    """Where a report's quote stands: ``doc_id`` and character offsets into that document's text."""

    doc_id: str
    start: int
    end: int
    outlet: str = ""  # who published the article (AP, Reuters ...), when known: not the report's source
    published: datetime.date | None = None  # the article's publication date, when the input gives one


@dataclass(frozen=True)
class Corroboration:
    """How many articles and sources carry a report's figure (``geo.merge.corroboration_of``).

    ``articles``: articles quoting this statement; ``outlets``: the distinct outlets among them (an
    article of unknown outlet counts as its own), so wire copy republished ten times is one outlet;
    ``sources``: distinct named sources (SOHR, a governor ...) giving the same exact figure for the same
    movement, this report's own included; an uncredited statement adds none, a vague amount ("thousands") has 0.
    """

    articles: int
    outlets: int
    sources: int


@dataclass(frozen=True)
class Report:
    """One statement that people moved, are moving or will move.

    ``origin_text`` / ``destination_texts`` keep the words as written, so a report whose places
    could not be resolved still says where it was about.
    """

    quote: str
    citations: tuple[Citation, ...]
    origin: Place | None
    origin_text: str
    destinations: tuple[Place, ...]
    destination_texts: tuple[str, ...]
    count: Count | None
    unit: str  # people, families, households, fighters, ...
    breakdown: tuple[tuple[str, int], ...] = ()  # e.g. (("fighters", 400),)
    status: str = "unknown"  # one of STATUSES
    date: str | None = None  # ISO 8601, as precise as the article: "2014", "2017-05", "2017-05-20"
    attributed_to: str | None = None
    cumulative: bool = False  # a running or final total ("up to 20,000 ... by the time it is completed")
    batch: bool = False  # one part of a larger movement ("the first 1,500", "the final phase")
    part: bool = False  # a subgroup of the people who moved ("200 wounded people", "400 children"), no estimate of all
    additional: bool = False  # people beyond those counted before ("another 25,000", "500 more"): a movement of its own
    term: str = "displaced"  # the kind of movement as reported: one of ``geo.terms.TERMS``
    # The same people in another unit, as written: "1,000 families (3,000 people)" -> (("people", 3000),)
    equivalent: tuple[tuple[str, int], ...] = ()
    date_text: str | None = None  # the words that gave ``date`` ("on Saturday", "last year"), kept when unresolved
    corroboration: Corroboration | None = None  # set when reports are merged across articles (``geo.merge``)
    # the origin is the country the people are named after, no place the article names ("10,000 Sudanese crossed
    # into Egypt": from Sudan), so an analyst can tell it was inferred
    origin_inferred: bool = False
    # a total evacmap computed, no figure the article gives: the counts it adds up as written, each a report of its
    # own ("709,841", "363,832" of "709,841 people displaced in Jajpur and 363,832 in Puri"; ``geo.totals``)
    summed_from: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if self.status not in STATUSES:
            raise ValueError(f"status {self.status!r} is not one of {', '.join(STATUSES)}")

    @property
    def docs(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(c.doc_id for c in self.citations))

    @property
    def outlets(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(c.outlet for c in self.citations if c.outlet))

    def adds_up(self, part: Report) -> bool:
        """Whether this is a total evacmap computed (``summed_from``) and ``part`` one of the figures it adds up: a
        report of the same movement whose count is written as one of them, quoted inside the total's statement."""
        count = part.count
        return (bool(self.summed_from) and not part.summed_from and count is not None and count.text in self.summed_from
                and (part.unit, part.term, part.status, part.date) == (self.unit, self.term, self.status, self.date)
                and any(c.doc_id == t.doc_id and t.start <= c.start and c.end <= t.end
                        for c in part.citations for t in self.citations))


@dataclass(frozen=True)
class Episode:
    """One movement along a flow: the reports that may disagree about the same people (``geo.flows.episodes``).

    ``date`` is its reports' date (None when undated); ``people``, ``people_min`` and ``people_max`` compare
    only these reports; ``term`` is the kind of movement they report and ``status`` the most advanced of theirs.
    """

    date: str | None
    term: str
    people: int | None
    people_min: int | None
    people_max: int | None
    status: str
    reports: tuple[Report, ...] = field(default=())
    households: int | None = None  # best estimate of its families, households and homes, never in ``people``
    # Earlier readings of a running total that grew ("so far 5,725", then "so far 7,109" beside 120,000): among
    # ``reports`` but no bound of the range, since a count that rose is no source disagreeing (``geo.flows``).
    history: tuple[Report, ...] = field(default=())


@dataclass(frozen=True)
class Flow:
    """Reports aggregated per origin -> destination; ``destination`` None makes it a departure, ``origin`` None an
    arrival (people who reached or are sheltered at a place, where from not reported); never both None."""

    id: str
    origin: Place | None
    destination: Place | None
    people: int | None
    people_min: int | None
    people_max: int | None
    status: str
    reports: tuple[Report, ...] = field(default=())
    households: int | None = None  # the shown episode's families, households and homes, never in ``people``
    # The separate movements along the route, oldest first (undated last); ``people`` and its range are the
    # largest one's (``geo.flows``), never a sum of them.
    episodes: tuple[Episode, ...] = field(default=())
    # A departure only: the destinations of the flows from its origin that its figure totals ("45,000 left East
    # Aleppo" beside "37,500 went to Aleppo Province"), drawn as parts of it, never added to it (``geo.flows``);
    # an arrival's likewise: the origins of the flows into its destination that its figure totals.
    parts: tuple[Place, ...] = field(default=())
    # Totals evacmap computed that this flow's reports are parts of ("709,841 + 363,832" beside the flow of the 709,841
    # from Jajpur, ``geo.totals``): shown with it so the sum stays traceable, never in its figures.
    totals: tuple[Report, ...] = field(default=())
    # A departure's: the id of the arrival counting people who stay at its origin ("sheltered in camps in the state"
    # beside "displaced from the state"), an arrival's: that of the departure from its place; they may be the same
    # people, nobody says which part, so they are never added (``geo.flows``).
    same_place: str | None = None
    # The running totals its shown figure grew from, oldest first (``geo.flows.tally_history``): "rose from 5,725 to
    # 120,000", never a range nor added.
    tally_history: tuple[Report, ...] = field(default=())
    # A route or a departure from a transit point: the origins of the flows with a figure that brought people to its
    # origin ("flown out of Afghanistan to Ramstein", then "from Ramstein to Philadelphia"). Its people may be theirs,
    # on an onward leg: counted once, where they first left, never added (``geo.flows``).
    onward_of: tuple[Place, ...] = field(default=())

    @property
    def kind(self) -> str:
        if self.origin is None:
            return "arrival"
        return "flow" if self.destination is not None else "departure"

    @property
    def place(self) -> Place:
        """Where a departure or an arrival is drawn: the one end it has (a flow's origin)."""
        return self.origin if self.origin is not None else self.destination
