"""Movement reports, issue 5: recall on wordings the strict rules miss, without false reports.
Inputs are hand-written sentences, not benchmark or corpus text."""
import pytest

from gazetteer.model import Place
from geo.model import Document
from geo.reports import find_reports
from test_reports import reports_of
from test_reports_seeds import stub_mentions


def figures(text: str, headline: str = "Evacuation news\n\n") -> list[tuple[int | None, str, str, str]]:
    return [((r.count.value or r.count.min) if r.count else None, r.unit, r.term, r.status)
            for r in reports_of(text, headline=headline)]


@pytest.mark.parametrize("text, value, unit, term", [
    # the count's own verb is unknown, but its clause goes on to say its people were displaced
    ("About 2,000 residents packed evacuation shelters on Tuesday.", 2000, "people", "sheltered"),
    ("Thousands of people jammed highways as they fled the storm.", 2000, "people", "fled"),
    ("Some 300 families crammed into cars before fleeing the flames.", 300, "families", "fled"),
])
def test_a_clause_that_says_its_people_were_displaced_vouches_for_their_count(text, value, unit, term):
    [(got, got_unit, got_term, _)] = figures(text)
    assert (got, got_unit, got_term) == (value, unit, term)


@pytest.mark.parametrize("text", [
    "About 40 people complained about the evacuation.",  # a noun names the topic
    "Police arrested 40 people who refused to evacuate.",  # negated
    "About 50 people attended a meeting for displaced residents.",  # the participle describes others
    "About 400 people lost power as residents fled.",  # another clause, other people
    "The fire killed 30 people who had fled their homes.",  # casualties stay casualties
    "Some 20 volunteers staffed the shelters.",  # no people noun the rules count
    "The shelter has room for 500 people.",
    "Officials evacuated the stadium and urged its 2,000 fans to shelter in place.",
    "The church, which held about 1,500 people, was evacuated.",  # the building was emptied
])
def test_the_loose_reading_still_rejects_counts_that_did_not_move(text):
    assert [f for f in figures(text) if f[0] is not None] == []


@pytest.mark.parametrize("text, value, unit, term", [
    # the displacement family: any displacement verb or state the movement words know, homes destroyed
    ("About 700 villagers crowded into a church to take refuge.", 700, "people", "sheltered"),
    ("Local officials counted 2,000 residents whose homes were destroyed by the quake.", 2000, "people", "homeless"),
    ("Nearly 600 families whose huts were burned down now need food and blankets.", 600, "families", "homeless"),
    ("About 400 families loaded trucks before abandoning their homes.", 400, "families", "fled"),
    ("About 400 families packed their belongings, leaving their villages behind.", 400, "families", "evacuated"),
    # a clause that goes on about their homes, or a participle after a comma, is still theirs
    ("Some 3,000 villagers spent a second night in the open after their homes were washed away.", 3000, "people",
     "homeless"),
    ("About 800 people crowded the stadium, having fled the fighting in the north.", 800, "people", "fled"),
    ("Around 900 villagers trekked through the forest, driven from their villages by the militia.", 900, "people",
     "fled"),
])
def test_a_word_of_the_displacement_family_in_the_clause_vouches_for_a_count(text, value, unit, term):
    [(got, got_unit, got_term, _)] = figures(text)
    assert (got, got_unit, got_term) == (value, unit, term)


@pytest.mark.parametrize("text", [
    "The quake killed 300 people whose homes collapsed.",  # deaths
    "Some 30 people whose homes were destroyed died in the fire.",
    "Officials counted 40 people dead after their homes were washed away.",
    "About 70 people were hurt as their homes were swept away.",  # injuries
    "About 50 people were injured, having fled the blaze.",
    "About 5,000 people were affected after their homes were flooded.",  # affected only
    "Some 2,000 people whose homes were damaged received cash grants.",  # damage is no displacement
    "The town of 20,000 people, whose homes were destroyed in 1990, has been rebuilt.",  # populations
    "The district has 45,000 inhabitants whose homes were washed away in 2004.",
    "About 300 people attended the funeral, having travelled from nearby villages.",  # no word of displacement
    "About 500 workers spent the day cleaning, leaving their tools behind.",
    "Thousands of people who read the post answered a call for volunteers needed at the shelters.",  # too far
    "A brawl involving 200 people left two dead near the evacuation centre.",  # a shelter as a landmark
    "Some 120 firefighters battled the blaze, having evacuated the valley.",  # no people noun the rules count
    "Some 300 employees worked from their homes while others evacuated.",  # from their homes, nobody forced
    "About 500 people attended the rally, then police evacuated the square.",  # "then" is no participle
])
def test_the_displacement_family_does_not_vouch_for_harm_damage_or_populations(text):
    assert [f for f in figures(text) if f[0] is not None] == []


def test_the_loose_reading_needs_an_article_about_forced_movement():
    assert figures("Some 300 fans jammed the streets as they left the stadium.", headline="") == []


PASSAU = Place("geonames:2855328", "Passau", 48.5667, 13.4319, "city", "DE", parent="iso3166-2:DE-BY")
BAVARIA = Place("iso3166-2:DE-BY", "Bavaria", 48.9, 11.4, "admin1", "DE")
GERMANY = Place("geonames:2921044", "Germany", 51.5, 10.5, "country", "DE")
AUSTRIA = Place("geonames:2782113", "Austria", 47.33, 13.33, "country", "AT")
BORDER_TOWNS = {p.name: p for p in (PASSAU, BAVARIA, GERMANY, AUSTRIA)}


def origins(text: str) -> list[tuple[str | None, tuple[str, ...]]]:
    doc = Document("doc", text)
    return [(r.origin.name if r.origin else None, tuple(p.name for p in r.destinations))
            for r in find_reports(doc, stub_mentions(doc, BORDER_TOWNS))]


@pytest.mark.parametrize("destination, origin", [
    ("Germany", None),  # the article's town lies in the destination country
    ("Bavaria", None),  # ... or in the destination region
    ("Passau", None),  # ... or is the destination
    ("Austria", "Passau"),  # another country: the town stands in for the origin
])
def test_the_article_place_stands_in_for_an_origin_only_outside_the_destinations(destination, origin):
    text = ("Refugees reach Passau. Passau officials met on Monday. Volunteers in Passau opened a hall. "
            f"More than 2,000 refugees have been taken to {destination} since Sunday.")
    assert origins(text)[-1] == (origin, (destination,))


@pytest.mark.parametrize("destination", ["Germany", "Austria"])
def test_arrivals_never_take_the_article_place_as_their_origin(destination):
    text = ("Refugees reach Passau. Passau officials met on Monday. Volunteers in Passau opened a hall. "
            f"More than 2,000 refugees have arrived in {destination} since Sunday.")
    assert origins(text)[-1] == (None, (destination,))


@pytest.mark.parametrize("text, value, unit, term", [
    ("The shelter took in 340 new arrivals overnight.", 340, "people", "evacuated"),  # the article's term
    ("Officials counted 1,200 new arrivals at the border camp.", 1200, "people", "evacuated"),
    ("About 400 residents boarded buses out of the city.", 400, "people", "evacuated"),
    ("Roughly 250 villagers were made to leave.", 250, "people", "evacuated"),
    ("Residents of 80 homes were told to leave as the fire approached.", 80, "households", "evacuated"),
    ("Firefighters pulled 45 people out of flooded homes.", 45, "people", "evacuated"),
    ("Some 120 residents were rescued from their homes by boat.", 120, "people", "evacuated"),
    ("Rescuers plucked more than 300 people from rooftops.", 300, "people", "evacuated"),
    ("Local schools are sheltering 900 people from the coast.", 900, "people", "sheltered"),
    ("Some 3,000 migrants made their way to the border on foot.", 3000, "people", "evacuated"),
    ("Some 900 displaced families received aid.", 900, "families", "displaced"),
    ("Some 30,000 people remain homeless a year after the storm.", 30000, "people", "homeless"),
    ("Around 2,000 people were still in shelters on Thursday.", 2000, "people", "sheltered"),
    ("More than 2 million Syrians are now refugees.", 2000000, "people", "fled"),
    ("Some 1.5m Syrians have fled to Turkey.", 1500000, "people", "fled"),
])
def test_wordings_the_strict_rules_missed(text, value, unit, term):
    assert [f[:3] for f in figures(text)] == [(value, unit, term)]


@pytest.mark.parametrize("text", [
    "Rescuers pulled 12 people from the rubble.",  # a rescue, not an evacuation from homes
    "Crews rescued 120 people stranded on the highway.",
    "The camp holds 340 arrivals' belongings.",
    "A party for 200 homeless people was held a week after the storm.",
])
def test_near_wordings_that_are_still_no_report(text):
    assert [f for f in figures(text) if f[0] is not None] == []


@pytest.mark.parametrize("text, value, term", [
    ("About 5,000 people returned home after the ceasefire.", 5000, "returned"),
    ("More than 2,000 villagers crossed into Jordan last week.", 2000, "crossed"),
])
def test_returning_or_crossing_people_make_an_article_about_displacement(text, value, term):
    assert [f[:3] for f in figures(text, headline="")] == [(value, "people", term)]


def test_the_team_returning_home_is_no_displacement():
    assert figures("About 40 players returned home after the tournament.", headline="") == []


@pytest.mark.parametrize("text, value", [
    ("The number of Syrians registered as refugees has reached the 1 million mark.", 1000000),
    ("The displaced population of 50,000 needs food.", 50000),
])
def test_tallies_named_by_their_displaced_people(text, value):
    assert [f[:2] for f in figures(text)] == [(value, "people")]


@pytest.mark.parametrize("text, value, unit, term", [
    ("About 3,000 people have sought asylum in the neighbouring country.", 3000, "people", "fled"),
    ("An estimated 10,000 residents are still unable to return home.", 10000, "people", "displaced"),
    ("Some 400 people remain in emergency accommodation.", 400, "people", "sheltered"),
    ("Some 900 villagers ran for their lives as the lava advanced.", 900, "people", "fled"),
    ("About 200 people were chased out of the village.", 200, "people", "fled"),
    ("About 40,000 people were told to get out.", 40000, "people", "evacuated"),
    ("The number of homeless rose to 4,000 after the quake.", 4000, "people", "homeless"),
    ("Of the 3 million who fled, most went abroad.", 3000000, "people", "fled"),
    # a part of people who moved is a report of the whole that moved, not of the part
    ("Half of the 4 million Syrians who have fled the country are children.", 4000000, "people", "fled"),
])
def test_more_wordings_of_people_displaced(text, value, unit, term):
    assert [f[:3] for f in figures(text)] == [(value, unit, term)]


def test_a_part_of_people_who_did_not_move_is_still_no_report():
    # the whole did not move; an exact share of it counts the part that did
    assert figures("Half of the 20,000 residents who live near the river have been evacuated.") == [
        (10000, "people", "evacuated", "completed")]
    assert [f[0] for f in figures("The war has displaced half of the country's 22 million people.")] == [11_000_000]
    assert figures("Most of the 20,000 residents who live near the river have been evacuated.") == []


@pytest.mark.parametrize("text, value", [
    ("Hundreds of weary migrants continued to turn up at the border post.", 200),
    ("About 1,000 refugees showed up at the border overnight.", 1000),
    ("More than 500 migrants landed on the island.", 500),
    ("Some 400 migrants came ashore on Sunday.", 400),
    ("Nearly 3,000 people made it to the coast.", 3000),
    ("Some 3,000 people walked across the border.", 3000),
    ("Some 8,000 people trekked to the border.", 8000),
    ("About 500 people started to leave the town.", 500),
])
def test_arrivals_and_journeys_of_a_counted_group(text, value):
    assert [f[0] for f in figures(text)] == [value]


def test_a_march_on_a_palace_is_no_journey():
    assert figures("Hundreds of protesters marched toward the palace.") == []
    assert figures("Hundreds of protesters marched through the streets to reach the parliament.") == []


@pytest.mark.parametrize("text, value", [
    ("Some 2,000 refugees walked for three days through the mountains to reach the camp.", 2000),
    ("Thousands of families trudged along the highway to get to the next town.", 2000),
    ("About 600 villagers waded through the swamp to reach the road.", 600),
])
def test_a_journey_on_foot_through_a_way_to_a_place(text, value):
    assert [f[0] for f in figures(text)] == [value]


@pytest.mark.parametrize("text, value", [
    ("Refugees blazed a new route, with hundreds hiking through cornfields to reach the border.", 200),
    ("The camp keeps growing, with thousands arriving every day.", 2000),
])
def test_a_bare_count_on_the_move_in_a_with_clause(text, value):
    assert [f[0] for f in figures(text)] == [value]


def test_a_bare_count_in_a_with_clause_that_does_not_move_is_no_report():
    assert figures("The last convoy left the city, with hundreds watching from the road.") == []


@pytest.mark.parametrize("text, value, term", [
    ("The death toll climbed to 200, and 20,000 others were displaced.", 20000, "displaced"),
    ("About 10,000 people abandoned the town.", 10000, "fled"),
    ("Some 15,000 residents have been without a place to live since the storm.", 15000, "homeless"),
    ("The storm forced 2,000 to seek shelter.", 2000, "sheltered"),
    ("The country's refugee count passed 4 million.", 4000000, "fled"),
])
def test_counts_of_people_displaced_said_another_way(text, value, term):
    assert [(f[0], f[2]) for f in figures(text)] == [(value, term)]


def test_a_verb_of_causing_far_from_the_movement_still_makes_it_happened():
    assert figures("It has forced more than 2.5 million people to flee their homes.") == [
        (2500000, "people", "fled", "completed")]


@pytest.mark.parametrize("disaster", ["tornado", "quake", "mudslide", "volcanic eruption", "avalanche"])
def test_a_disaster_makes_an_article_about_displacement(disaster):
    assert [f[0] for f in figures(f"About 5,000 people left the area after the {disaster}.", headline="")] == [5000]


def test_tornado_jets_are_no_disaster():
    assert figures("Six Tornado jets arrived as 130 troops headed to the base.", headline="") == []


@pytest.mark.parametrize("text, value", [
    ("About 300,000 civilians are in flight from the fighting.", 300000),
    ("More than 2 million Afghans remain in exile in Pakistan and Iran.", 2000000),
])
def test_people_in_flight_or_in_exile_fled(text, value):
    assert [f[:3] for f in figures(text)] == [(value, "people", "fled")]


@pytest.mark.parametrize("text", [
    "The plane carried 150 passengers in flight over the Atlantic.",
    "Some 200 passengers were served in-flight meals.",
])
def test_a_plane_in_flight_moves_nobody(text):
    assert figures(text) == []


def test_a_word_before_a_clause_break_is_not_the_next_counts_own():
    assert [(f[0], f[2]) for f in figures("With 500,000 people in shelters, millions more were displaced inside.")] == [
        (500000, "sheltered"), (2000000, "displaced")]


@pytest.mark.parametrize("text, value, term", [
    ("The eruption prompted the evacuation of 70,000 people living near the volcano.", 70000, "evacuated"),
    ("About 800 people were rescued by boat from flooded neighbourhoods.", 800, "evacuated"),
    ("Troops rescued 1,200 people from submerged villages.", 1200, "evacuated"),
    ("About 1,500 people spent the night in a sports hall after the flood.", 1500, "sheltered"),
    ("About 400 residents slept in the local mosque after the quake.", 400, "sheltered"),
    ("Roughly 2,000 people are camping in the open after the quake.", 2000, "homeless"),
])
def test_people_moved_or_sheltering_said_in_other_words(text, value, term):
    assert [(f[0], f[2]) for f in figures(text)] == [(value, term)]


def test_people_sent_toward_a_place_move():
    assert [f[0] for f in figures("The fighting emptied villages, sending 25,000 people toward the border.")] == [25000]


@pytest.mark.parametrize("text", [
    "Rescuers pulled 40 people from the rubble.",
    "Some 30 miners were rescued from the flooded mine.",
    "The team of 30 spent the night in a hotel.",
    "Some 20,000 people living near the volcano watched the eruption.",
])
def test_rescues_nights_and_neighbours_that_are_no_displacement(text):
    assert figures(text) == []


@pytest.mark.parametrize("text, value, term", [
    ("The exodus has now reached 1.3 million people.", 1300000, "fled"),
    ("The number of people who have fled the country has passed 2 million.", 2000000, "fled"),
    ("Nearly 20,000 people are living in makeshift camps.", 20000, "sheltered"),
    ("About 10,000 people have registered as refugees in Chad.", 10000, "fled"),
    ("At least 40,000 people ran from the advancing lava.", 40000, "fled"),
])
def test_flows_camps_registrations_and_runs_from_danger(text, value, term):
    assert [(f[0], f[2]) for f in figures(text)] == [(value, term)]


@pytest.mark.parametrize("text, found", [
    # people living in new, spontaneous or crowded makeshift settlements are sheltered there
    ("Nearly 20,000 people are living in new makeshift settlements.", [(20000, "sheltered")]),
    ("Nearly 20,000 people live in spontaneous settlements near the border.", [(20000, "sheltered")]),
    # negative: settlements of no kind of displacement are homes
    ("Nearly 20,000 people live in new settlements near the border.", []),
])
def test_people_in_makeshift_settlements_are_sheltered(text, found):
    assert [(f[0], f[2]) for f in figures(text)] == found


@pytest.mark.parametrize("text", [
    "The tremor caused no damage but left people dizzy and frightened from Mosul to Erbil.",
    "The storm left 3,000 residents without power from Mosul to Erbil.",
    "The storm wrecked 30 schools from Mosul to Erbil, leaving 8,400 children without lessons.",
    "The storm left 3,000 students without classes from Mosul to Erbil.",
    "Floodwaters tore through the valley on Sunday, killed nine people and left 30 others missing near Mosul.",
    # a vague amount of them, or refugees who came before what left them so
    "The blockade left thousands of people without water from Mosul to Erbil.",
    "The rains have left 300 refugees without food from Mosul to Erbil.",
])
def test_people_a_disaster_left_in_a_state_did_not_leave(text):
    assert figures(text) == []


def test_refugees_who_left_a_place_left_it():
    # negative of the rule above: refugees, in any amount, who left a place named did move
    assert [(f[0], f[2]) for f in figures("Thousands of refugees left Mosul for Erbil after the shelling.")] == [(2000, "fled")]


@pytest.mark.parametrize("text, moved", [
    ("The storm flattened 300 homes near Mosul. Two people willingly left the plane before takeoff in Erbil.", False),
    ("The storm flattened 300 homes near Mosul. Dozens of people left the stalled bus near Erbil.", False),
    # look-alike: the town itself is the place they left
    ("The storm flattened 300 homes near Mosul. Two hundred people willingly left the town of Erbil.", True),
])
def test_people_who_left_a_vehicle_got_off_it(text, moved):
    assert any(term != "destroyed housing" for _, _, term, _ in figures(text)) is moved


@pytest.mark.parametrize("text, value", [
    ("About 3,000 residents left Mosul for Erbil after the storm.", 3000),
    ("The storm left 3,000 people displaced from Mosul to Erbil.", 3000),  # their own word moves them
    ("The storm left 3,000 children displaced from Mosul to Erbil.", 3000),
])
def test_people_who_left_or_whom_a_disaster_left_displaced_moved(text, value):
    assert [f[0] for f in figures(text)] == [value]


def test_survivors_pulled_out_of_rubble_were_rescued_not_withdrawn():
    assert figures("Rescuers pulled out several survivors from under the debris of a collapsed hotel in Mosul.") == []


@pytest.mark.parametrize("text, term", [
    ("About 3,000 troops pulled out of Mosul on Monday.", "withdrew"),
    ("Rescuers pulled out residents from flooded homes in Mosul on Monday.", "evacuated"),
])
def test_troops_pulling_out_or_people_pulled_out_of_flooded_homes_move(text, term):
    assert [f[2] for f in figures(text)] == [term]


def test_people_escorted_out_of_a_place_move():
    assert [f[0] for f in figures("Police escorted 200 families out of the village.")] == [200]


@pytest.mark.parametrize("text", [
    "Some 2,000 people were left stranded by the floods.",
    "About 300 people were left trapped in their homes.",
    "About 30 suspects ran from the police.",
    "About 500 soldiers are at a training camp.",
    "The programme ran from the spring of 2010 to 2012 and helped 3,000 people.",
])
def test_stranded_people_runs_from_the_police_and_camps_of_another_kind_are_no_report(text):
    assert figures(text) == []


@pytest.mark.parametrize("text, value", [
    ("Thousands of Kurds fled towards the border.", 2000),
    ("Some 5,000 Yazidis fled to the mountain.", 5000),
    ("Some 2,000 Christians fled Mosul.", 2000),
    ("About 4,000 Hazaras fled.", 4000),
    ("An estimated 3 million Syrians now live as refugees in Turkey.", 3000000),
])
def test_peoples_and_faiths_counted_as_people_and_refugees_living_abroad(text, value):
    assert [f[:2] for f in figures(text)] == [(value, "people")]


def test_a_faith_at_prayer_does_not_move():
    assert figures("About 300 Muslims attended prayers.") == []


@pytest.mark.parametrize("text, expected", [
    ("Un incendio forestal destruy\ufffd hoy 24 viviendas y oblig\ufffd a evacuar un centenar de casas.",
     [(24, "households", "destroyed housing"), (100, "households", "evacuated")]),
    ("Las lluvias dejaron 30 viviendas destru\ufffddas.", [(30, "households", "destroyed housing")]),
    ("Unas 500 personas huy\ufffd de la zona.", [(500, "people", "fled")]),
])
def test_spanish_words_with_a_letter_lost_upstream(text, expected):
    assert [f[:3] for f in figures(text, headline="Noticias\n\n")] == expected


@pytest.mark.parametrize("text", [
    "About 250 people were arrested as they tried to flee.",
    "Some 500 migrants were intercepted as they tried to cross into Greece.",
    "More than 200 villagers in the north have drowned in a ferry accident while fleeing the fighting.",
    "Some 40 migrants perished at sea while fleeing Libya.",
])
def test_people_held_or_dead_as_they_tried_to_leave_did_not_move(text):
    assert figures(text) == []


@pytest.mark.parametrize("text, value, term", [
    ("Some 300 migrants were detained and deported to Mexico.", 300, "deported"),
    ("About 200 people were detained after fleeing the country.", 200, "fled"),
])
def test_people_held_and_moved_or_held_after_they_fled_moved(text, value, term):
    assert [(f[0], f[2]) for f in figures(text)] == [(value, term)]


@pytest.mark.parametrize("text, expected", [
    ("Officials told 100,000 residents to clear out.", (100000, "people", "evacuated")),
    ("2,000 homes lost in wildfire", (2000, "households", "destroyed housing")),
    ("More than 500 houses were lost to the floodwaters.", (500, "households", "destroyed housing")),
])
def test_clearing_out_and_homes_lost_to_a_disaster(text, expected):
    assert [f[:3] for f in figures(text)] == [expected]


@pytest.mark.parametrize("text", ["Some 2,000 homes lost power in the storm.", "About 300 homes lost their roofs."])
def test_homes_that_lost_something_still_stand(text):
    assert figures(text) == []


@pytest.mark.parametrize("text, value", [
    ("Some 7,000 fighters and their families were transported to northern Syria.", 7000),
    ("More than 2,500 people got out of the city on Tuesday.", 2500),
    ("An estimated 4,000 people managed to leave the city.", 4000),
    ("Over 3,000 people slipped out of the city overnight.", 3000),
    ("About 500 civilians were let out of the besieged town.", 500),
    ("Some 6,500 people made the journey to Zaporizhzhia on Friday.", 6500),
    ("Some 4,000 migrants set off on foot for the border.", 4000),
    ("More than 40,000 people applied for asylum in Sweden.", 40000),
    ("Some 700 houses were bulldozed.", 700),
])
def test_ways_out_of_a_besieged_city_and_a_way_into_asylum(text, value):
    assert [f[0] for f in figures(text)] == [value]


@pytest.mark.parametrize("text", [
    "Some 30 prisoners were let out of jail.",
    "About 500 people set off fireworks to celebrate.",
    "The company transported 300 tons of grain to the port.",
    "Some 2,000 students applied for the program.",
])
def test_releases_fireworks_and_freight_move_nobody(text):
    assert figures(text) == []


def test_homes_listed_with_their_places_share_the_fate_said_after_the_list():
    assert figures("In all, about 300 homes in Burbank, 250 homes in Glendale and 180 homes in Pasadena were "
                   "under evacuation as of Saturday afternoon.") == [
        (300, "households", "evacuated", "completed"), (250, "households", "evacuated", "completed"),
        (180, "households", "evacuated", "completed")]


@pytest.mark.parametrize("text", [
    # what a place can take is a capacity, even of evacuees
    "Evacuation centres in the province can hold 6,500 people.",
    "Officials opened 25 shelters with room for 3,400 evacuees.",
    "The camp will take up to 2,500 people.",
    # what something has is a population, whatever verb of movement stands before it
    "Trucks carrying water headed to the valley, which has some 14,000 people.",
    # people sent to help are the helpers, not the displaced
    "Some 2,000 soldiers were sent to help evacuate residents.",
    "The army sent 1,500 troops to assist the evacuation of the coast.",
    # the count's own verb comes after an aside between dashes
    "Donors sent blankets to the province, where officials estimated 40,000 people — a third of its population — may need shelter.",
])
def test_counts_of_capacities_wholes_helpers_and_people_in_need_are_no_report(text):
    assert [f for f in figures(text) if f[0] is not None] == []


@pytest.mark.parametrize("text", ["Buses will take 3,000 residents to safer areas on Friday.",
                                  "Officials sent 2,000 residents to secure shelters on higher ground."])
def test_people_taken_or_sent_to_safety_are_no_capacity_or_helpers(text):
    assert [f[0] for f in figures(text)] in ([3000], [2000])


@pytest.mark.parametrize("text", ["About 300 of the 5,400 residents have left.", "About 300 of 5,400 residents have left.",
                                  "Roughly 6% of the 5,400 residents have left."])
def test_the_whole_a_part_is_counted_of_did_not_move(text):
    assert [f for f in figures(text) if f[0] == 5400] == []


@pytest.mark.parametrize("text, value, term", [
    ("The displaced, numbering about 13,500, are staying in 20 schools.", 13500, "displaced"),
    ("The evacuees, numbering some 2,900, were taken to a stadium.", 2900, "evacuated"),
])
def test_moved_people_numbering_a_figure_are_that_many(text, value, term):
    assert [f[:3] for f in figures(text)] == [(value, "people", term)]


def test_groups_numbering_a_figure_are_still_group_sizes():
    assert figures("They left in groups numbering 15 people each.") == []


@pytest.mark.parametrize("text", ["Some 300 people were hired to build shelters for the displaced.",
                                  "Some 300 volunteers provided new shelters to the displaced.",
                                  "Some 300 volunteers have distributed tents to the displaced."])
def test_people_who_build_or_supply_shelters_are_not_in_them(text):
    assert figures(text) == []


def test_a_tally_rising_from_one_value_to_another_reports_the_last():
    assert [f[:2] for f in figures("The number of evacuees rose from 3,100 to 7,400 overnight.")] == [(7400, "people")]


@pytest.mark.parametrize("text", [
    "The number of people displaced since June 3 has reached 41,000.",
    "The number of refugees who have crossed into Chad since 14 April 2023 has risen to 41,000.",
    "The total number of evacuees since the flooding began on May 2 stood at 41,000.",
])
def test_a_date_between_a_tally_and_its_value_is_no_figure(text):
    assert [f[:2] for f in figures(text)] == [(41000, "people")]


def test_a_figure_between_a_tally_and_a_later_number_still_breaks_it():
    assert [f[:2] for f in figures("The number of people in 12 camps rose by 3 percent.")] == []


@pytest.mark.parametrize("text, value", [("Evacuees increased to 11,800 on Tuesday from 8,000 on Monday.", 11800),
                                         ("IDPs now number 1.3 million.", 1300000)])
def test_a_plural_of_moved_people_is_a_tally_of_its_own(text, value):
    assert [f[:2] for f in figures(text)] == [(value, "people")]


@pytest.mark.parametrize("text, value, term", [
    ("About 900 residents left on Friday, bringing the total evacuated since the fire began to 14,200.", 14200, "evacuated"),
    ("Another 1,100 fled on Sunday, taking the tally displaced to 23,000.", 23000, "displaced"),
    ("The number who have fled the fighting has passed 2.1 million, the agency said.", 2100000, "fled"),
    ("The total evacuated so far stands at 12,000.", 12000, "evacuated"),
])
def test_a_running_total_named_by_the_movement_alone(text, value, term):
    assert (value, "people", term) in [f[:3] for f in figures(text)]


@pytest.mark.parametrize("text", [
    "Four more people died in the floods on Sunday, bringing the total killed to 45.",
    "The number affected by the floods rose to 12,000.",
    "The total evacuated area has grown to 40 square kilometres after the floods.",
])
def test_a_total_of_other_people_or_of_an_area_is_no_running_total_of_movement(text):
    assert figures(text) == []


def test_a_dash_in_a_label_is_no_word():
    assert [f[:2] for f in figures("Total no. of families displaced - 845")] == [(845, "families")]


@pytest.mark.parametrize("text, value, term", [
    ("The fighting sparked the flight of 21,000 people.", 21000, "fled"),
    ("The volcano has kept 9,300 people out of their homes for a month.", 9300, "displaced"),
    ("About 2,100 residents have not been able to return home since the flood.", 2100, "displaced"),
])
def test_more_wordings_of_people_kept_from_their_homes(text, value, term):
    assert [f[:3] for f in figures(text)] == [(value, "people", term)]


def test_a_flight_of_people_on_a_plane_is_no_flight_from_danger():
    assert figures("The brand will charter a flight of 50 people to the island.") == []


@pytest.mark.parametrize("text", ["Traffic was heavy as an estimated 480,000 people headed inland.",
                                  "About 2,200 residents headed away from the coast."])
def test_heading_inland_or_away_is_a_movement(text):
    assert [f[1] for f in figures(text)] == ["people"]


@pytest.mark.parametrize("text", ["Some 12,000 people have received food aid since the evacuation.",
                                  "Over 3,000 families received relief goods after the evacuation."])
def test_people_who_received_something_did_not_move(text):
    assert [f for f in figures(text) if f[0] is not None] == []


def test_people_received_in_camps_are_still_sheltered():
    assert [f[:3] for f in figures("Some 2,000 refugees were received in relief camps.")] == [(2000, "people", "sheltered")]


@pytest.mark.parametrize("text", [
    "Aid groups were sending food and blankets to the region, where officials counted 2 million people.",
    "Volunteers were bringing water to some 3,000 people on the roofs.",
])
def test_relief_sent_to_people_moves_the_relief_not_the_people(text):
    assert [f for f in figures(text) if f[0] is not None] == []


@pytest.mark.parametrize("text, value", [
    ("A ferry is expected to bring another 800 people from Mosul to Erbil on Friday.", 800),
    ("Trains were bringing around 5,000 people a day to Dnipro.", 5000),
    ("Buses took an estimated 1,200 villagers from Mosul to Erbil.", 1200),
])
def test_a_count_s_modifier_is_no_word_between_a_carrying_verb_and_where_it_takes_people(text, value):
    assert [f[:3] for f in figures(text)] == [(value, "people", "evacuated")]


@pytest.mark.parametrize("text, found", [
    # a range "between ... and ..." is the count, no words between the verb and the people
    ("Soldiers moved between 1,500 and 2,500 villagers from Mosul to Erbil.", [(1500, 2500)]),
    # negative: a range of things carried is no people moved
    ("Lorries brought between 150 and 250 tonnes of flour to Erbil.", []),
])
def test_a_range_between_two_figures_is_carried_as_one_count(text, found):
    assert [(r.count.min, r.count.max) for r in reports_of(text) if r.count is not None] == found


@pytest.mark.parametrize("text", [
    "Trucks brought about 300 tonnes of aid to the camp on Sunday.",
    "Volunteers brought some 500 meals a day to the shelters.",
    "The storm brought more than 300 millimetres of rain to the coast.",
])
def test_things_carried_somewhere_are_no_people_moved(text):
    assert [f for f in figures(text) if f[0] is not None] == []


def test_aid_workers_sent_to_evacuate_residents_still_evacuate_them():
    assert [f[:3] for f in figures("The agency sent aid workers to the town to evacuate 300 residents.")] == [
        (300, "people", "evacuated")]


@pytest.mark.parametrize("text, value, unit", [
    # a shelter or camp that accommodates people, or provides them accommodation, holds them now
    ("The relief camps near the river currently accommodate some 2,400 flood victims.", 2400, "people"),
    ("School shelters in the district provide temporary accommodation to 460 persons.", 460, "people"),
    ("The church shelters now provide accommodation for 380 residents.", 380, "people"),
    ("Together the four centres now accommodate about 700 families.", 700, "families"),
    # ... also said open first, as situation reports do
    ("A total of 45 displacement sites are active, accommodating 12,300 people.", 12300, "people"),
    ("The relief camps remain open, hosting about 4,100 people.", 4100, "people"),
])
def test_shelters_that_accommodate_people_hold_them(text, value, unit):
    assert [f[:3] for f in figures(text, headline="Flood update\n\n")] == [(value, unit, "sheltered")]


@pytest.mark.parametrize("text", [
    # what a shelter can take, or a hall or stadium holds, is a capacity, not people there
    "The new shelters can accommodate 5,000 people.",
    "Relief camps in the hills were built to accommodate 2,000 people.",
    "Shelters in the district are able to provide accommodation for 900 persons.",
    "The district built shelters with accommodation for 3,000 people.",
    "The stadium accommodates 40,000 spectators.",
    "The town hall is accommodating 300 guests for the festival.",
    # open to people is room for them; a venue open and hosting is hosting its visitors
    "The camps remain open to 4,100 people.",
    "The stadium is open, hosting 40,000 fans.",
])
def test_room_in_shelters_halls_and_stadiums_is_no_report(text):
    assert [f for f in figures(text, headline="Flood update\n\n") if f[0] is not None] == []
