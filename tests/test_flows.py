from dataclasses import replace
from datetime import date
from hashlib import sha1

import pytest
from builders import BERDIANSK, DNIPRO, MARIUPOL, ZAPORIZHZHIA, report

from gazetteer.model import Place
from geo.flows import aggregate_flows, best_estimate, overall_status
from geo.merge import merge_reports, report_id, told_again
from test_reports import reports_of


def test_same_statement_in_two_articles_is_one_report_citing_both():
    a = report(destinations=[ZAPORIZHZHIA], value=4000, doc="ap", source="Ukrainian officials")
    b = report(destinations=[ZAPORIZHZHIA], value=4000, doc="bbc", start=90, source="the Ukrainian officials")
    [merged] = merge_reports([b, a])
    assert merged.docs == ("ap", "bbc")
    assert report_id(merged) == report_id(a)


def test_a_statement_told_again_keeps_the_better_telling_citing_both_and_takes_only_what_it_lacks():
    kept = report(value=4000, text="more than 4,000", doc="body", quote="the body's words")
    copy = report(value=4000, doc="headline", date="2022-03-14", source="the mayor", quote="a headline")
    merged = told_again(kept, copy)
    assert (merged.quote, merged.count.text) == ("the body's words", "more than 4,000")
    assert merged.docs == ("body", "headline")
    assert (merged.date, merged.attributed_to) == ("2022-03-14", "the mayor")
    assert told_again(merged, copy).citations == merged.citations  # each citation once


def test_a_statement_told_again_keeps_its_own_date_and_source():
    kept = report(value=4000, doc="body", date="2022-03-15", source="the Red Cross")
    copy = report(value=4000, doc="headline", date="2022-03-14", source="the mayor")
    merged = told_again(kept, copy)
    assert (merged.date, merged.attributed_to) == ("2022-03-15", "the Red Cross")


def test_a_date_and_its_words_come_from_one_telling():
    undated = replace(report(value=4000, doc="body"), date_text="on Saturday")  # no article date to resolve it
    dated = replace(report(value=4000, doc="headline", date="2022-03-14"), date_text="on Monday")
    assert (told_again(undated, dated).date, told_again(undated, dated).date_text) == ("2022-03-14", "on Monday")
    words_only = replace(report(value=4000, doc="other"), date_text="last week")
    assert (told_again(undated, words_only).date, told_again(undated, words_only).date_text) == (None, "on Saturday")


def test_different_sources_or_numbers_stay_separate_reports():
    a = report(destinations=[ZAPORIZHZHIA], value=4000, source="the mayor")
    b = report(destinations=[ZAPORIZHZHIA], value=4000, source="the Red Cross", doc="b")
    c = report(destinations=[ZAPORIZHZHIA], value=5000, source="the mayor", doc="c")
    assert len(merge_reports([a, b, c])) == 3


def test_shared_figure_is_attached_to_each_destination_but_never_summed():
    shared = report(destinations=[ZAPORIZHZHIA, DNIPRO], value=2000)
    flows = aggregate_flows([shared])
    assert sorted(f.destination.name for f in flows) == ["Dnipro", "Zaporizhzhia"]
    assert [f.people for f in flows] == [2000, 2000]
    assert all(f.reports == (shared,) for f in flows)


def test_a_routes_own_figure_is_shown_before_a_figure_shared_with_other_destinations():
    shared = report(destinations=[ZAPORIZHZHIA, DNIPRO], value=90000, start=0)
    own = report(destinations=[DNIPRO], value=12000, start=50)
    by_destination = {f.destination.name: f for f in aggregate_flows([shared, own])}
    assert (by_destination["Dnipro"].people, by_destination["Zaporizhzhia"].people) == (12000, 90000)
    assert [e.people for e in by_destination["Dnipro"].episodes] == [12000, 90000]  # neither estimates the other
    # two figures of the route's own still make one estimate, the larger shown
    larger = report(destinations=[DNIPRO], value=15000, start=90)
    assert {f.destination.name: f.people for f in aggregate_flows([shared, own, larger])}["Dnipro"] == 15000
    # a town and the province holding it are one destination named at two scales: its figure is the town's own
    province = Place("t:prov", "Upland Province", 47.0, 36.0, "admin1", "UA")
    town = Place("t:town", "Hillford", 47.1, 36.1, "city", "UA", parent="t:prov")
    both = report(destinations=[town, province], value=88000, start=0)
    vague = report(destinations=[town], low=2000, high=9999, start=50)
    assert {f.destination.name: f.people for f in aggregate_flows([both, vague])}["Hillford"] == 88000


def test_batches_and_cumulative_totals_are_not_added():
    total = report(value=20000, high=20000, low=None, cumulative=True, status="underway")
    first = report(value=1500, batch=True, status="completed", doc="b")
    second = report(value=2500, batch=True, status="underway", doc="c")
    [departure] = aggregate_flows([total, first, second])
    assert departure.kind == "departure"
    assert departure.people == 20000  # the total, not 24,000
    assert (departure.people_min, departure.people_max) == (2500, 20000)  # at least its largest part
    assert departure.status == "completed"


def test_only_batches_gives_the_largest_batch():
    assert best_estimate([report(value=300, batch=True), report(value=450, batch=True)]) == (450, 300, 450)


def test_vague_amounts_give_a_range_without_a_best_estimate():
    assert best_estimate([report(low=200, high=999)]) == (None, 200, 999)


def test_reports_without_numbers_still_make_a_flow():
    [flow] = aggregate_flows([report(destinations=[BERDIANSK], status="planned")])
    assert (flow.people, flow.people_min, flow.people_max, flow.status) == (None, None, None, "planned")


def test_a_report_with_a_destination_and_no_resolved_origin_is_an_arrival_at_it():
    [arrival] = aggregate_flows([report(origin=None, destinations=[DNIPRO], value=10)])
    assert (arrival.kind, arrival.origin, arrival.destination, arrival.people) == ("arrival", None, DNIPRO, 10)
    assert arrival.id.startswith("arrival-")
    assert aggregate_flows([report(origin=None, value=10)]) == []  # no place at all: reports.csv only


@pytest.mark.parametrize("text, kind, people", [
    ("Some 4,500 people are sheltering in relief camps in Dnipro after the floods, officials said.",
     ("arrival", None, "Dnipro"), 4500),
    ("About 2,300 evacuees have arrived in Zaporizhzhia since Monday, the regional governor said.",
     ("arrival", None, "Zaporizhzhia"), 2300),
    # negatives: a known origin feeds its flow only, or its departure only, never also an arrival
    ("About 2,300 evacuees fled from Mariupol to Zaporizhzhia on Monday, the regional governor said.",
     ("flow", "Mariupol", "Zaporizhzhia"), 2300),
    ("About 2,300 residents fled Mariupol on Monday, the regional governor said.",
     ("departure", "Mariupol", None), 2300),
])
def test_people_counted_where_they_arrived_or_shelter_are_an_arrival_and_a_known_origin_is_never_one(
        text, kind, people):
    [drawn] = aggregate_flows(merge_reports(reports_of(text)))
    assert (drawn.kind, drawn.origin and drawn.origin.name, drawn.destination and drawn.destination.name) == kind
    assert drawn.people == people


def test_a_figure_sheltered_at_two_places_is_an_arrival_at_each_shared_and_never_summed():
    shared = report(origin=None, destinations=[ZAPORIZHZHIA, DNIPRO], value=6000, start=0)
    own = report(origin=None, destinations=[DNIPRO], value=1500, start=50)
    arrivals = {f.destination.name: f for f in aggregate_flows([shared, own])}
    assert {name: f.kind for name, f in arrivals.items()} == {"Dnipro": "arrival", "Zaporizhzhia": "arrival"}
    assert (arrivals["Dnipro"].people, arrivals["Zaporizhzhia"].people) == (1500, 6000)  # the place's own first
    assert [e.people for e in arrivals["Dnipro"].episodes] == [1500, 6000]


def test_an_arrival_keeps_its_episodes_apart_like_a_departure():
    monday = report(origin=None, destinations=[DNIPRO], value=800, date="2022-03-14", term="sheltered")
    later = report(origin=None, destinations=[DNIPRO], value=2100, date="2022-03-21", term="sheltered", doc="b")
    [arrival] = aggregate_flows([monday, later])
    assert [(e.date, e.people) for e in arrival.episodes] == [("2022-03-14", 800), ("2022-03-21", 2100)]
    assert arrival.people == 2100  # the largest movement, never 2,900


def test_an_arrival_totalling_the_flows_into_its_place_lists_their_origins_as_its_parts():
    """'30,000 have reached the city in all' beside '25,000 fled from the port town to it': one movement, drawn
    once; a smaller arrival, or one of another term, counts other people and stays a circle of its own."""
    total = report(origin=None, destinations=[ZAPORIZHZHIA], value=30000, term="fled", date="2022-03-20")
    route = report(destinations=[ZAPORIZHZHIA], value=25000, term="fled", date="2022-03-18", doc="b")
    flows = aggregate_flows([total, route])
    [arrival] = [f for f in flows if f.kind == "arrival"]
    assert arrival.parts == (MARIUPOL,) and arrival.reports == (total,)
    assert all(f.parts == () for f in flows if f.kind == "flow")
    for other in (replace(total, count=replace(total.count, value=900, min=900, max=900)),
                  replace(total, term="sheltered")):
        [arrival] = [f for f in aggregate_flows([other, route]) if f.kind == "arrival"]
        assert arrival.parts == ()


def test_people_sheltered_at_a_place_and_its_departure_name_each_other_and_are_never_added():
    """'45,000 sheltered in camps in the port town' beside '60,000 displaced from the port town': the sheltered may be
    some of those who left, nobody says which, so the square and the circle name each other and keep their figures;
    an arrival of people who came ('2,000 evacuees reached the port town') or a departure elsewhere is not linked."""
    camps = report(origin=None, destinations=[MARIUPOL], value=45000, term="sheltered", doc="b")
    left = report(value=60000, term="displaced")
    flows = {f.kind: f for f in aggregate_flows([camps, left])}
    assert flows["arrival"].same_place == flows["departure"].id and flows["departure"].same_place == flows["arrival"].id
    assert (flows["arrival"].people, flows["departure"].people) == (45000, 60000)
    for pair in ([replace(camps, term="evacuated"), left], [camps, replace(left, origin=BERDIANSK)]):
        assert all(f.same_place is None for f in aggregate_flows(pair))


def test_a_destination_equal_to_the_origin_is_ignored():
    [flow] = aggregate_flows([report(destinations=[MARIUPOL], value=10)])
    assert flow.kind == "departure"


def test_status_is_the_most_advanced():
    assert overall_status([report(status="planned"), report(status="underway")]) == "underway"


def test_flow_ids_are_stable_and_order_independent():
    reports = [report(destinations=[DNIPRO], value=1), report(destinations=[ZAPORIZHZHIA], value=2, doc="z"),
               report(origin=None, destinations=[DNIPRO], value=3, doc="y"), report(value=4, doc="x")]
    assert [f.id for f in aggregate_flows(reports)] == [f.id for f in aggregate_flows(reversed(reports))]
    assert {f.kind: f.id for f in aggregate_flows(reports) if f.kind != "flow"} == {
        "departure": "departure-" + sha1(f"{MARIUPOL.id}->".encode()).hexdigest()[:12],  # as before arrivals
        "arrival": "arrival-" + sha1(f"->{DNIPRO.id}".encode()).hexdigest()[:12]}


def test_statements_without_a_number_merge_only_when_their_words_are_the_same():
    a = report(destinations=[DNIPRO], quote="Residents left for Dnipro.")
    b = report(destinations=[DNIPRO], quote="Residents will leave for Dnipro.", doc="b")
    c = report(destinations=[DNIPRO], quote="Residents  left for Dnipro.", doc="c")
    assert sorted(r.docs for r in merge_reports([a, b, c])) == [("a", "c"), ("b",)]


def test_corroboration_counts_articles_outlets_and_agreeing_sources():
    wire = [report(destinations=[DNIPRO], value=4000, doc=d, source="the governor", outlet="AP") for d in "abc"]
    own = report(destinations=[DNIPRO], value=4000, doc="d", source="the governor", outlet="BBC")
    other = report(destinations=[DNIPRO], value=4000, doc="e", source="UNHCR")
    different = report(destinations=[DNIPRO], value=5000, doc="f", source="the mayor")
    merged = {r.attributed_to: r for r in merge_reports([*wire, own, other, different])}
    governor = merged["the governor"].corroboration
    assert (governor.articles, governor.outlets, governor.sources) == (4, 2, 2)
    assert merged["the governor"].outlets == ("AP", "BBC")
    assert (merged["the mayor"].corroboration.sources, merged["UNHCR"].corroboration.articles) == (1, 1)


def test_only_named_sources_of_an_exact_figure_agree():
    # a headline credits nobody and "thousands" is no figure to agree on: neither reads as a second source
    headline = report(destinations=[DNIPRO], value=6000, doc="a", quote="6,000 leave for Dnipro")
    named = report(destinations=[DNIPRO], value=6000, doc="b", source="the regional governor")
    vague = [report(destinations=[DNIPRO], low=2000, high=9999, doc=d, source=s, quote=q)
             for d, s, q in (("c", "the Red Cross", "thousands left"), ("d", None, "thousands more left"))]
    merged = {r.docs: r.corroboration.sources for r in merge_reports([headline, named, *vague])}
    assert merged == {("a",): 1, ("b",): 1, ("c",): 0, ("d",): 0}
    # two named sources giving the same exact figure still agree
    other = report(destinations=[DNIPRO], value=6000, doc="e", source="the city council")
    assert {r.corroboration.sources for r in merge_reports([named, other])} == {2}


def test_households_are_never_mixed_into_people():
    families = report(destinations=[DNIPRO], value=1000, unit="families")
    people = report(destinations=[DNIPRO], value=1800, doc="b")
    [flow] = aggregate_flows([families, people])
    assert (flow.people, flow.households) == (1800, 1000)


def test_families_with_a_people_count_feed_people_with_that_count():
    [flow] = aggregate_flows([report(value=1000, unit="families", equivalent=(("people", 3000),))])
    assert (flow.people, flow.people_min, flow.people_max, flow.households) == (3000, 3000, 3000, 1000)


def test_a_batch_is_no_lower_estimate_of_the_total_beside_it():
    """"12,000 have left ... the first 1,500 left on Saturday": the 1,500 are part of the 12,000, not a
    source saying fewer left."""
    moved = report(value=12000)
    more = report(value=1500, batch=True, status="completed", doc="b")
    [departure] = aggregate_flows([moved, more])
    assert (departure.people, departure.people_min, departure.people_max) == (12000, 12000, 12000)


def test_convoys_of_different_days_are_episodes_not_a_range():
    """Convoys of 80 people one day and 110 another are two movements, not sources disagreeing about one."""
    first = report(destinations=[ZAPORIZHZHIA], value=80, date="2022-04-20", term="fled")
    second = report(destinations=[ZAPORIZHZHIA], value=110, date="2022-05-03", doc="b", term="fled")
    [flow] = aggregate_flows([second, first])
    assert (flow.people, flow.people_min, flow.people_max) == (110, 110, 110)
    assert [(e.date, e.people) for e in flow.episodes] == [("2022-04-20", 80), ("2022-05-03", 110)]
    assert [e.reports for e in flow.episodes] == [(first,), (second,)]


def test_undated_reports_of_one_term_still_show_sources_disagreeing():
    low = report(destinations=[ZAPORIZHZHIA], value=4000, source="the mayor")
    high = report(destinations=[ZAPORIZHZHIA], value=5000, source="the Red Cross", doc="b")
    [flow] = aggregate_flows([low, high])
    assert (flow.people, flow.people_min, flow.people_max) == (5000, 4000, 5000)
    assert len(flow.episodes) == 1


def test_people_who_fled_abroad_and_people_displaced_inside_are_separate_movements():
    abroad = report(value=3_000_000, low=3_000_000, term="fled")
    inside = report(value=6_500_000, term="displaced", doc="b")
    [departure] = aggregate_flows([abroad, inside])
    assert (departure.people, departure.people_min, departure.people_max) == (6_500_000, 6_500_000, 6_500_000)
    assert sorted(e.term for e in departure.episodes) == ["displaced", "fled"]


def test_another_n_is_a_movement_of_its_own_not_a_lower_estimate():
    """"30,000 were moved ..., and another 15,000 will be evacuated": 15,000 more people, never 15,000-30,000,
    never 45,000."""
    moved = report(value=30000, term="evacuated")
    more = report(value=15000, status="planned", term="evacuated", additional=True)
    [departure] = aggregate_flows([moved, more])
    assert (departure.people, departure.people_min, departure.people_max) == (30000, 30000, 30000)
    assert [e.people for e in departure.episodes] == [30000, 15000]


def test_a_plan_stands_in_only_when_nothing_that_happened_has_a_figure():
    done = report(value=900, date="2023-01-02", term="relocated")
    planned = report(value=8000, date="2023-01-09", status="planned", term="relocated", doc="b")
    [departure] = aggregate_flows([done, planned])
    assert departure.people == 900
    [departure] = aggregate_flows([report(date="2023-01-02", term="relocated"), planned])
    assert departure.people == 8000


def test_a_figure_outranks_a_vague_range_and_reports_without_a_figure_are_no_episode():
    """"150 crossed" beside "hundreds fled": the flow keeps a figure for its width; a report naming no number
    compares with nothing and makes no episode."""
    crossed = report(destinations=[ZAPORIZHZHIA], value=150, term="crossed")
    fled = report(destinations=[ZAPORIZHZHIA], low=200, high=999, term="fled", doc="b")
    unnumbered = report(destinations=[ZAPORIZHZHIA], term="withdrew", doc="c")
    [flow] = aggregate_flows([crossed, fled, unnumbered])
    assert (flow.people, flow.people_min, flow.people_max) == (150, 150, 150)
    assert sorted(e.term for e in flow.episodes) == ["crossed", "fled"] and len(flow.reports) == 3


def test_a_forecast_is_a_plan_of_its_own_not_the_estimate_of_what_happened():
    """"8,000 people have left" beside "up to 1 million people could flee": the forecast neither sets the
    flow's figure nor widens its range; it stays, as a plan, among the episodes."""
    left = report(value=8000, term="fled")
    forecast = report(value=1_000_000, low=None, high=1_000_000, status="planned", term="fled", doc="b")
    [departure] = aggregate_flows([left, forecast])
    assert (departure.people, departure.people_min, departure.people_max) == (8000, 8000, 8000)
    assert [(e.people, e.people_max, e.status) for e in departure.episodes] == [
        (8000, 8000, "completed"), (1_000_000, 1_000_000, "planned")]


def test_batches_gone_are_what_happened_beside_the_total_still_planned():
    """"Up to 20,000 will be evacuated ... the first 1,500 left on Saturday": 1,500 are known to have left."""
    total = report(value=20000, high=20000, low=None, cumulative=True, status="planned")
    first = report(value=1500, batch=True, doc="b")
    [departure] = aggregate_flows([total, first])
    assert (departure.people, departure.people_min, departure.people_max) == (1500, 1500, 1500)
    assert [e.people for e in departure.episodes] == [1500, 20000]


def test_a_subgroup_is_no_lower_estimate_of_the_departure():
    """"8,000 people left" beside "200 wounded people were evacuated" or "400 fighters left": parts of the 8,000,
    not sources saying fewer left; alone, a part is all there is."""
    everyone = report(value=8000)
    wounded = report(value=200, part=True, doc="b")
    fighters = report(value=400, unit="fighters", doc="c")
    [departure] = aggregate_flows([everyone, wounded, fighters])
    assert (departure.people, departure.people_min, departure.people_max) == (8000, 8000, 8000)
    [departure] = aggregate_flows([wounded, fighters])
    assert (departure.people, departure.people_min, departure.people_max) == (400, 200, 400)


def test_a_vague_amount_beside_a_figure_does_not_widen_the_range():
    """"At least 30,000 displaced" beside "the thousands of displaced people faced shortages": the vague word's
    span (2,000-9,999) is no source's estimate; alone it still gives the range."""
    counted = report(value=30000, low=30000, text="at least 30,000")
    restated = report(low=2000, high=9999, text="thousands", doc="b")
    [departure] = aggregate_flows([counted, restated])
    assert (departure.people, departure.people_min, departure.people_max) == (30000, 30000, None)
    between = report(low=28000, high=35000, text="between 28,000 and 35,000", doc="c")
    [departure] = aggregate_flows([counted, between])  # a range a source gave still counts
    assert (departure.people, departure.people_min, departure.people_max) == (30000, 28000, 35000)
    [departure] = aggregate_flows([restated])
    assert (departure.people, departure.people_min, departure.people_max) == (None, 2000, 9999)


def test_a_month_and_a_day_in_it_are_separate_episodes():
    """"In March, 5,000 fled" and "on 12 March, 4,000 fled": the month's figure may hold the day's; neither is a
    disagreeing estimate of the other, and they are never added."""
    month = report(value=5000, date="2024-03", term="fled")
    day = report(value=4000, date="2024-03-12", term="fled", doc="b")
    [departure] = aggregate_flows([day, month])
    assert (departure.people, departure.people_min, departure.people_max) == (5000, 5000, 5000)
    assert [(e.date, e.people) for e in departure.episodes] == [("2024-03", 5000), ("2024-03-12", 4000)]


def test_undated_figures_of_articles_published_on_different_days_are_separate_episodes():
    """An undated "some 6,000 have left" is as of its article: one first reported two days later is a later count,
    not a source disagreeing; undated figures of articles of the same day (or of no known day) still compare."""
    def published(r, day):
        return replace(r, citations=tuple(replace(c, published=date(2024, 3, day)) for c in r.citations))
    early = published(report(value=6000, term="fled", source="the mayor"), 4)
    same_day = published(report(value=7000, term="fled", doc="b", source="the governor"), 4)
    later = published(report(value=9000, term="fled", doc="c", source="the mayor"), 6)
    [departure] = aggregate_flows([early, same_day, later])
    assert [sorted(r.count.value for r in e.reports) for e in departure.episodes] == [[6000, 7000], [9000]]
    unknown = [report(value=6000, term="fled"), report(value=9000, term="fled", doc="b", source="the governor")]
    [departure] = aggregate_flows(unknown)
    assert [len(e.reports) for e in departure.episodes] == [2]


def test_households_are_the_shown_episodes_like_people():
    """An evacuation order for 600 households (2,000 people) beside 900 homes destroyed: the flow's households
    are the evacuation's, the episode its people come from; each episode keeps its own."""
    ordered = report(value=600, unit="households", term="evacuated", equivalent=(("people", 2000),))
    destroyed = report(value=900, unit="households", term="destroyed housing", doc="b")
    [departure] = aggregate_flows([ordered, destroyed])
    assert (departure.people, departure.households) == (2000, 600)
    assert sorted((e.term, e.households) for e in departure.episodes) == [
        ("destroyed housing", 900), ("evacuated", 600)]
    planned = report(value=5000, unit="households", term="evacuated", status="planned", doc="c")
    [departure] = aggregate_flows([destroyed, planned])  # no people anywhere: what happened, in households
    assert (departure.people, departure.households) == (None, 900)


def test_a_figure_another_report_gives_as_its_breakdown_is_that_part():
    """"8,000 people left, including 3,000 fighters" beside "3,000 people left" (another article): the 3,000 are
    the part the first report names, not a source saying fewer left."""
    whole = report(value=8000, breakdown=(("fighters", 3000),))
    part = report(value=3000, doc="b")
    [departure] = aggregate_flows([whole, part])
    assert (departure.people, departure.people_min, departure.people_max) == (8000, 8000, 8000)
    [departure] = aggregate_flows([part, report(value=5000, doc="c")])  # no breakdown: sources disagreeing
    assert (departure.people, departure.people_min, departure.people_max) == (5000, 3000, 5000)


UKRAINE = Place("geonames:690791", "Ukraine", 49.0, 32.0, "country", "UA", population=44622516)
POLAND = Place("geonames:798544", "Poland", 52.0, 20.0, "country", "PL", population=38500000)
PRZEMYSL = Place("geonames:760680", "Przemyśl", 49.7838, 22.7678, "city", "PL", population=66756)


def test_a_movement_told_by_country_joins_the_one_finer_route_of_the_same_movement():
    """"About 8,000 fled Ukraine into Poland" beside "at least 8,000 fled Mariupol into Poland" (another article):
    one movement, drawn once, on the finer route; a reader adding the routes would count it twice."""
    coarse = report(UKRAINE, [POLAND], 8000, term="fled", doc="a")
    fine = report(MARIUPOL, [POLAND], 8000, high=None, term="fled", doc="b")
    [flow] = aggregate_flows([coarse, fine])
    assert (flow.origin, flow.destination, flow.people) == (MARIUPOL, POLAND, 8000)
    assert flow.reports == (fine, coarse)
    [flow] = aggregate_flows([coarse, report(UKRAINE, [PRZEMYSL], 8000, term="fled", doc="c")])
    assert flow.destination == PRZEMYSL  # a finer destination too


def test_a_coarse_report_joins_a_finer_route_telling_its_movement_more_precisely():
    # "8,000 displaced from Ukraine" beside "8,000 fled Mariupol": "fled" tells the displacement more precisely
    coarse = report(UKRAINE, [], 8000, term="fled", doc="a")
    fine = report(MARIUPOL, [], 8000, term="displaced", doc="b")
    [flow] = aggregate_flows([coarse, fine])
    assert (flow.origin, flow.people) == (MARIUPOL, 8000)
    # look-alike: people sheltered are no movement of those who were displaced
    assert len(aggregate_flows([report(UKRAINE, [], 8000, term="sheltered", doc="a"), fine])) == 2


def test_a_coarse_report_stays_on_its_route_unless_one_finer_route_has_the_same_movement():
    coarse = report(UKRAINE, [POLAND], 8000, term="fled")
    other_figure = report(MARIUPOL, [POLAND], 3000, term="fled", doc="b")
    other_term = report(MARIUPOL, [POLAND], 8000, term="evacuated", doc="c")
    other_day = report(MARIUPOL, [POLAND], 8000, term="fled", date="2022-03-01", doc="d")
    dated = report(UKRAINE, [POLAND], 8000, term="fled", date="2022-03-02", doc="e")
    for reports in ([coarse, other_figure], [coarse, other_term], [dated, other_day]):
        assert len(aggregate_flows(reports)) == 2
    # Two finer routes of the same movement: the coarse figure may be their total.
    second = report(ZAPORIZHZHIA, [POLAND], 8000, term="fled", doc="f")
    flows = aggregate_flows([coarse, report(MARIUPOL, [POLAND], 8000, term="fled", doc="g"), second])
    assert sorted(f.origin.name for f in flows) == ["Mariupol", "Ukraine", "Zaporizhzhia"]
    # Another country's place is no finer route.
    assert len(aggregate_flows([coarse, report(PRZEMYSL, [POLAND], 8000, term="fled", doc="h")])) == 2
    # A vague amount tells too little to say it is the same people.
    vague = report(UKRAINE, [POLAND], low=2000, high=9999, text="thousands", term="fled", doc="i")
    assert len(aggregate_flows([vague, report(MARIUPOL, [POLAND], low=2000, high=9999, text="thousands", term="fled")])) == 2


def test_a_departure_or_an_arrival_joins_the_one_route_of_its_end_carrying_the_same_movement():
    """"Nearly 8,900 have fled Mariupol" (no destination) beside "more than 8,800 fled Mariupol for Zaporizhzhia":
    an end no report names is the coarsest telling of the route, drawn once; so is an arrival naming no origin."""
    departure = report(MARIUPOL, [], 8900, high=8900, term="fled", doc="a", text="nearly 8,900")
    route = report(MARIUPOL, [ZAPORIZHZHIA], 8800, low=8800, term="fled", doc="b", text="more than 8,800")
    [flow] = aggregate_flows([departure, route])
    assert (flow.origin, flow.destination, flow.people) == (MARIUPOL, ZAPORIZHZHIA, 8900)
    arrival = report(None, [ZAPORIZHZHIA], 8900, high=8900, term="fled", doc="c", text="nearly 8,900")
    [flow] = aggregate_flows([arrival, route])
    assert (flow.origin, flow.destination) == (MARIUPOL, ZAPORIZHZHIA)
    # look-alikes: another figure, another movement, or two routes it may total keep the departure on its own
    assert len(aggregate_flows([report(MARIUPOL, [], 2000, term="fled", doc="d"), route])) == 2
    assert len(aggregate_flows([report(MARIUPOL, [], 8900, term="returned", doc="e"), route])) == 2
    other = report(MARIUPOL, [DNIPRO], 8800, low=8800, term="fled", doc="f", text="more than 8,800")
    assert len(aggregate_flows([departure, route, other])) == 3


def test_a_vague_amount_joins_the_finer_route_of_a_figure_its_own_article_gives_for_the_movement():
    """"Thousands have fled Ukraine into Poland" and, further down the same article, "at least 9,000 fled Mariupol
    into Poland": the article tells one movement roughly, then exactly; drawn twice, it is counted twice."""
    rough = report(UKRAINE, [POLAND], low=2000, high=9999, text="thousands", term="fled", doc="k")
    exact = report(MARIUPOL, [POLAND], 9000, high=None, term="crossed", doc="k", start=400)
    [flow] = aggregate_flows([rough, exact])
    assert (flow.origin, flow.people) == (MARIUPOL, 9000)
    # look-alikes: the same words in another article, or beside another movement, are no restatement of the figure
    elsewhere = replace(exact, citations=report(doc="m").citations)
    assert len(aggregate_flows([rough, elsewhere])) == 2
    assert len(aggregate_flows([rough, report(MARIUPOL, [POLAND], 9000, term="returned", doc="k", start=400)])) == 2


def test_a_figure_open_on_one_side_joins_only_a_movement_near_its_bound():
    """"60,000 displaced across Ukraine" beside "at least 15,000 displaced from Mariupol": a lower bound names a figure
    near it, not four times as many; the country's figure stays on its own route (drawn on the city's, the city
    would show 60,000). "At least 7,000" beside 8,000 may well be the same people."""
    country = report(UKRAINE, [], 60000, term="displaced", doc="a")
    city = report(MARIUPOL, [], 15000, low=15000, term="displaced", doc="b", text="at least 15,000")
    assert sorted(f.origin.name for f in aggregate_flows([country, city])) == ["Mariupol", "Ukraine"]
    nearly = report(UKRAINE, [], 60000, high=60000, term="displaced", doc="c", text="nearly 60,000")
    assert len(aggregate_flows([nearly, city])) == 2  # an upper bound names a figure near it too
    near = report(MARIUPOL, [], 7000, low=7000, term="displaced", doc="d", text="at least 7,000")
    [flow] = aggregate_flows([report(UKRAINE, [], 8000, term="displaced", doc="e"), near])
    assert flow.origin == MARIUPOL


def test_a_total_since_a_date_is_a_period_of_its_own_not_a_lower_estimate():
    """"More than 400,000 have fled since January 1, 2013" beside "1 million have fled": the first counts from its own
    start (undated here, as in an article with no date): no source saying fewer fled."""
    total = report(value=1000000, term="fled")
    since = replace(report(value=400000, high=None, term="fled", doc="b"), date_text="since January 1, 2013")
    [departure] = aggregate_flows([total, since])
    assert (departure.people, departure.people_min, departure.people_max) == (1000000, 1000000, 1000000)
    assert sorted(e.people for e in departure.episodes) == [400000, 1000000]


def test_a_figure_open_above_keeps_the_range_open():
    """"more than 30,000" beside "8,000" in one episode: 8,000 or more, never "at most 8,000" under a best
    estimate of 30,000."""
    low = report(destinations=[ZAPORIZHZHIA], value=8000, source="the mayor")
    high = report(destinations=[ZAPORIZHZHIA], value=30000, low=30000, source="the ministry", doc="b",
                  text="more than 30,000")
    [flow] = aggregate_flows([low, high])
    assert (flow.people, flow.people_min, flow.people_max) == (30000, 8000, None)


def test_a_figure_open_above_below_a_closed_one_keeps_its_bound():
    low = report(destinations=[ZAPORIZHZHIA], value=8000, low=8000, source="the mayor", text="more than 8,000")
    high = report(destinations=[ZAPORIZHZHIA], value=30000, source="the ministry", doc="b")
    [flow] = aggregate_flows([low, high])
    assert (flow.people, flow.people_min, flow.people_max) == (30000, 8000, 30000)


def test_a_departure_totalling_the_flows_from_its_origin_lists_them_as_its_parts():
    """'52,000 have left the port town in all' beside '40,000 reached Zaporizhzhia' and '12,000 went to Dnipro':
    the departure is the town's total, its flows are parts of it; every report stays where it was."""
    total = report(value=52000, date="2022-03-20", term="fled", source="the council")
    west = report(destinations=[ZAPORIZHZHIA], value=40000, date="2022-03-18", term="fled", doc="b")
    east = report(destinations=[DNIPRO], value=12000, term="fled", doc="c")
    flows = aggregate_flows([total, west, east])
    [departure] = [f for f in flows if f.destination is None]
    assert {p.id for p in departure.parts} == {ZAPORIZHZHIA.id, DNIPRO.id}
    assert departure.people == 52000 and departure.reports == (total,)
    assert all(f.parts == () for f in flows if f.destination is not None)


def test_a_departure_of_another_day_term_or_size_is_no_total_of_the_flows():
    """An earlier day's departure, one of another term or a smaller one counts other people, or only some."""
    flow = report(destinations=[ZAPORIZHZHIA], value=3000, date="2022-03-18", term="fled", doc="b")
    for departure_report in (report(value=9000, date="2022-03-10", term="fled"),
                             report(value=9000, date="2022-03-20", term="evacuated"),
                             report(value=900, date="2022-03-20", term="fled"),
                             report(value=9000, date="2022-03-20", term="fled", status="planned")):
        [departure] = [f for f in aggregate_flows([departure_report, flow]) if f.destination is None]
        assert departure.parts == ()


def test_an_onward_leg_is_a_flow_from_the_place_reached_and_the_origin_counts_its_people_once():
    """'fled from A to B, and later moved on to C': A to B and B to C, the same people; no flow from A to C, so the
    origin does not show them twice."""
    reports = merge_reports(reports_of("About 600 residents fled from Mariupol to Zaporizhzhia on Monday, and later "
                                       "moved on to Dnipro, officials said."))
    routes = {(f.origin.name, f.destination.name if f.destination else None): f.people
              for f in aggregate_flows(reports)}
    assert routes == {("Mariupol", "Zaporizhzhia"): 600, ("Zaporizhzhia", "Dnipro"): 600}


@pytest.mark.parametrize("text, routes", [
    ("About 600 residents fled from Mariupol to Zaporizhzhia and Dnipro on Monday.",
     {("Mariupol", "Zaporizhzhia"), ("Mariupol", "Dnipro")}),  # one figure for two destinations, shared
    ("About 600 residents fled from Mariupol to Zaporizhzhia, many of whom travelled on to Dnipro.",
     {("Mariupol", "Zaporizhzhia")}),  # a part of them moving on gives the count no place
])
def test_destinations_named_together_or_a_part_moving_on_are_no_onward_leg(text, routes):
    flows = aggregate_flows(merge_reports(reports_of(text)))
    assert {(f.origin.name, f.destination.name) for f in flows if f.destination} == routes


def test_a_running_total_that_rose_shows_its_latest_tally_and_the_earlier_ones_as_its_history():
    """Undated tallies of one movement ("so far 5,100", "in total 6,300", "9,800 in all"): a count that grew, not
    sources disagreeing between 5,100 and 9,800; the flow carries the latest and says what it rose from."""
    tallies = [report(value=v, cumulative=True, term="evacuated", doc=d, source="the ministry")
               for v, d in ((6300, "b"), (5100, "a"), (9800, "c"))]
    [departure] = aggregate_flows(tallies)
    assert (departure.people, departure.people_min, departure.people_max) == (9800, 9800, 9800)
    assert [r.count.value for r in departure.tally_history] == [5100, 6300]
    assert [r.count.value for r in departure.episodes[0].history] == [6300, 5100]  # still among its reports
    assert len(departure.episodes[0].reports) == 3


def test_a_running_total_below_a_larger_figure_of_the_same_movement_is_an_earlier_reading():
    """"So far 4,200 have left" beside "12,000 left" (not marked as a total): the total so far was as of then."""
    so_far = report(value=4200, cumulative=True, term="fled", source="the mayor")
    whole = report(value=12000, term="fled", doc="b")
    [departure] = aggregate_flows([so_far, whole])
    assert (departure.people_min, departure.people_max, departure.tally_history) == (12000, 12000, (so_far,))


def test_dated_running_totals_of_earlier_days_are_the_history_of_the_latest():
    """Tallies of 20 and 23 March are two episodes; the flow shows the 23rd's and says it rose from the 20th's."""
    older = report(destinations=[ZAPORIZHZHIA], value=3100, cumulative=True, term="fled", date="2022-03-20")
    newer = report(destinations=[ZAPORIZHZHIA], value=4700, cumulative=True, term="fled", date="2022-03-23", doc="b")
    convoy = report(destinations=[ZAPORIZHZHIA], value=900, term="fled", date="2022-03-19", doc="c")  # no tally
    [flow] = aggregate_flows([newer, convoy, older])
    assert flow.people == 4700 and flow.tally_history == (older,)


@pytest.mark.parametrize("tallies", [
    # two sources on the same day's total disagree: a range
    [dict(value=5100, cumulative=True, date="2022-03-20"), dict(value=6300, cumulative=True, date="2022-03-20")],
    # undated figures not marked as totals disagree: a range
    [dict(value=5100), dict(value=6300)],
    # a count that fell ("the number of evacuees fell to 5,100") is no earlier reading of a larger one
    [dict(value=5100, cumulative=True, quote="The number fell to 5,100.", text="5,100"),
     dict(value=6300, cumulative=True)],
    # a part so far ("400 children so far") is no earlier tally of everyone
    [dict(value=5100, cumulative=True, part=True), dict(value=6300, cumulative=True)],
    # people staying in shelters go home: a count of them falls as well as rises
    [dict(value=5100, cumulative=True, term="sheltered"), dict(value=6300, cumulative=True, term="sheltered")],
])
def test_sources_that_disagree_on_one_tally_still_give_a_range(tallies):
    reports = [report(destinations=[ZAPORIZHZHIA], doc=str(i), source=f"source {i}", **{"term": "fled", **t})
               for i, t in enumerate(tallies)]
    [flow] = aggregate_flows(reports)
    assert flow.people == 6300 and flow.tally_history == ()
    if not any(t.get("part") for t in tallies):
        assert (flow.people_min, flow.people_max) == (5100, 6300)


def test_running_totals_of_two_movements_never_merge_into_one_history():
    """A total so far of people evacuated and one of people who returned are two movements: neither's history."""
    evacuated = report(value=9800, cumulative=True, term="evacuated")
    returned = report(value=5100, cumulative=True, term="returned", doc="b")
    [departure] = aggregate_flows([evacuated, returned])
    assert departure.people == 9800 and departure.tally_history == ()
    assert sorted(e.people for e in departure.episodes) == [5100, 9800]


KYIV = Place("geonames:703448", "Kyiv", 50.4547, 30.5238, "city", "UA", population=2797553)
UKRAINE = Place("geonames:690791", "Ukraine", 49.0, 32.0, "country", "UA")
RZESZOW = Place("geonames:759734", "Rzeszów", 50.0412, 21.9991, "city", "PL", population=196208)
WARSAW = Place("geonames:756135", "Warsaw", 52.2298, 21.0118, "city", "PL", population=1702139)


def test_a_leg_from_a_transit_point_is_an_onward_leg_of_the_people_who_reached_it():
    """'3,400 were flown out of Kyiv to Rzeszów' and then 'from Rzeszów to Warsaw': the second leg and any departure
    from Rzeszów name the first leg's origin; the first leg and the origin's departure stay as they are."""
    first = report(origin=KYIV, destinations=[RZESZOW], value=3400, term="evacuated")
    second = report(origin=RZESZOW, destinations=[WARSAW], value=3000, term="evacuated", doc="b")
    hub = report(origin=RZESZOW, value=900, term="evacuated", doc="c")
    flows = {(f.origin.name, f.destination.name if f.destination else None): f
             for f in aggregate_flows([first, second, hub])}
    assert [p.name for p in flows[("Rzeszów", "Warsaw")].onward_of] == ["Kyiv"]
    assert [p.name for p in flows[("Rzeszów", None)].onward_of] == ["Kyiv"]
    assert flows[("Kyiv", "Rzeszów")].onward_of == ()
    assert flows[("Rzeszów", "Warsaw")].people == 3000  # its own figure, nothing added or taken


def test_a_flow_with_no_figure_into_a_place_makes_no_onward_leg():
    """'Evacuees were flown to Rzeszów' (no number) brings no counted people: a departure from Rzeszów is its own."""
    first = report(origin=KYIV, destinations=[RZESZOW], term="evacuated")
    hub = report(origin=RZESZOW, value=900, term="evacuated", doc="c")
    assert all(f.onward_of == () for f in aggregate_flows([first, hub]))


@pytest.mark.parametrize("text, people, low, history", [
    # a count so far, then an operation's count to date: a total that rose
    ("So far 3,100 people have been evacuated from Mariupol, officials said. Some 5,400 people have been evacuated "
     "from Mariupol as part of the rescue operation, the Red Cross said.", 5400, 5400, ["3,100"]),
    ("Another 800 left Mariupol, bringing the total to 3,100, officials said. Some 5,400 people have left Mariupol, "
     "the Red Cross said.", 5400, 5400, ["3,100"]),
    # two sources on how many left, neither a total so far: they disagree
    ("About 3,100 people were evacuated from Mariupol, officials said. Some 5,400 people were evacuated from Mariupol "
     "as part of the operation on Monday, the Red Cross said.", 5400, 3100, []),
])
def test_a_tally_so_far_read_from_the_text_is_an_earlier_reading_and_other_figures_disagree(text, people, low, history):
    flows = [f for f in aggregate_flows(merge_reports(reports_of(text))) if f.people == people]
    [flow] = flows
    assert (flow.people_min, [r.count.text for r in flow.tally_history]) == (low, history)


def test_a_smaller_figure_in_the_sentence_of_a_total_is_no_earlier_total():
    """"70,000 displaced since February, bringing the total to 1 million": one sentence is one moment; the 70,000 is
    an increment, still a figure of the range as before, not a total the million rose from."""
    increment = report(value=70000, low=70000, high=None, cumulative=True, quote="one sentence")
    total = report(value=1000000, cumulative=True, quote="one sentence")
    [departure] = aggregate_flows([increment, total])
    assert departure.tally_history == () and departure.people_min == 70000


def test_no_onward_leg_larger_than_what_arrived_or_after_a_flow_into_the_country_holding_its_origin():
    """77 returned from Rzeszów to Ukraine beside 3 million displaced in Ukraine: mostly other people. A flow from
    Kyiv 'to Ukraine' brought nobody from elsewhere to Ukraine."""
    returned = report(origin=RZESZOW, destinations=[UKRAINE], value=77, term="returned")
    inside = report(origin=UKRAINE, value=3000000, doc="b")
    assert all(f.onward_of == () for f in aggregate_flows([returned, inside]))
    into_own_country = report(origin=KYIV, destinations=[UKRAINE], value=5000, term="fled")
    onward = report(origin=UKRAINE, destinations=[RZESZOW], value=900, term="fled", doc="c")
    assert all(f.onward_of == () for f in aggregate_flows([into_own_country, onward]))
