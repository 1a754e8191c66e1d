"""Movement reports, issue 5: misreadings left by the 29th round's draw of humanitarian documents on conflict and
floods, told in made-up wordings (not benchmark or corpus text)."""
from test_reports_unseen import figures, reports_of

_FIGHTING = "Shelling around the market town went on all week, and many families fled to the hills. "


def test_a_tally_that_rose_by_a_step_has_the_value_it_reached():
    text = _FIGHTING + "The number of displaced households grew by 75 households since the last update, reaching 3,410 in all."
    assert (3410, "households", "displaced") in figures(text, headline="")
    text = _FIGHTING + "The number of evacuees climbed by 1,200 people to 8,600."
    assert (8600, "people", "evacuated") in figures(text, headline="")
    # a step with no value reached after it is the only figure
    text = _FIGHTING + "The number of displaced households grew by 75 households since the last update."
    assert [f[0] for f in figures(text, headline="")] == [75]


def test_displaced_idp_families_are_counted_in_families():
    text = _FIGHTING + "Local officials registered 640 newly displaced IDP families in the southern wards."
    assert (640, "families", "displaced") in figures(text, headline="")
    text = _FIGHTING + "Local officials registered 640 displaced refugee households in the southern wards."
    assert (640, "households", "displaced") in figures(text, headline="")
    # displaced IDPs themselves are people
    text = _FIGHTING + "Local officials registered 640 newly displaced IDPs in the southern wards."
    assert (640, "people", "displaced") in figures(text, headline="")


def test_a_tally_of_people_in_shelters_or_sites_counts_them_sheltered():
    text = _FIGHTING + "The number of IDPs found in communal shelters across the province has risen to about 1,250."
    assert (1250, "people", "sheltered") in figures(text, headline="")
    text = _FIGHTING + "The number of civilians seeking protection in four UN-run sites now stands at 23,900."
    assert (23900, "people", "sheltered") in figures(text, headline="")
    # a tally of people placed nowhere, or only said to be in camps, keeps its own term
    text = _FIGHTING + "The number of IDPs across the province has risen to about 1,250."
    assert (1250, "people", "displaced") in figures(text, headline="")
    text = _FIGHTING + "The number of IDPs in the camps across the province has risen to about 1,250."
    assert (1250, "people", "displaced") in figures(text, headline="")


def test_a_number_of_sites_named_for_their_people_counts_no_people():
    text = _FIGHTING + "The number of civilians seeking protection in four Protection of Civilians (PoC) sites now stands at 23,900."
    assert [f[0] for f in figures(text, headline="")] == [23900]
    # a number of civilians themselves is counted
    text = _FIGHTING + "About 4,000 civilians sought protection at the base."
    assert 4000 in [f[0] for f in figures(text, headline="")]


def test_a_tally_of_arrivals_reported_or_registered_as_new_counts_people_moved():
    text = _FIGHTING + "By Friday, the number of new registered arrivals in the border district had reached 6,480 people."
    assert 6480 in [f[0] for f in figures(text, headline="")]
    # arrivals of visitors are no movement of displaced people
    text = _FIGHTING + "By Friday, the number of registered tourist arrivals in the border district had reached 6,480 people."
    assert 6480 not in [f[0] for f in figures(text, headline="")]


def test_a_key_figure_row_with_a_scale_word_or_a_percentage_gives_its_first_figure_the_label_after_it():
    text = _FIGHTING + "\n\n218,400 2.1 million 27% IDPs in the country, Population funding received"
    assert (218400, "people", "displaced") in figures(text, headline="")
    # a percentage of something else after the row: no label of people
    text = _FIGHTING + "\n\n218,400 2.1 million 27% of the appeal funded so far"
    assert 218400 not in [f[0] for f in figures(text, headline="")]


def test_a_tally_given_after_where_the_most_were_recorded_has_that_value():
    text = _FIGHTING + "The largest number of IDPs was registered in the northern province, 48,310 individuals in all."
    assert (48310, "people", "displaced") in figures(text, headline="")
    # a tally of something else recorded there moves no one
    text = _FIGHTING + "The largest number of measles cases was registered in the northern province, 4,310 people."
    assert 4310 not in [f[0] for f in figures(text, headline="")]


_RAINS = "Torrential rains flooded the lowlands this week and thousands of residents fled their homes.\n"


def test_a_key_figure_line_whose_label_names_homes_or_households_counts_them():
    assert (860, "households", "destroyed housing") in figures(_RAINS + "Dwellings destroyed 860", headline="")
    assert (2150, "families", "evacuated") in figures(_RAINS + "• Families evacuated 2,150", headline="")
    # a label naming no unit of its own leaves the figure its verb's object, people
    assert (2150, "people", "evacuated") in figures(_RAINS + "Evacuated 2,150", headline="")
    # homes only damaged are no report
    assert [f for f in figures(_RAINS + "Dwellings damaged 860", headline="") if f[0] == 860] == []


def test_host_families_in_a_label_are_where_people_stay_not_its_unit():
    text = _FIGHTING + "\nIDPs in camps: 7,300 | IDPs with host families: 12,650"
    assert (12650, "people", "displaced") in figures(text, headline="")
    # families counted in host communities are families
    text = _FIGHTING + "\nDisplaced families in host communities: 2,040"
    assert (2040, "families", "displaced") in figures(text, headline="")


def test_a_cumulative_or_overall_total_is_the_running_tally():
    text = _FIGHTING + "Another 820 IDPs arrived in the town this week, bringing the cumulative total to 19,400."
    assert (19400, "people", "displaced") in figures(text, headline="")
    # a running total of the dead is no one moved
    text = _FIGHTING + "Three more civilians died on Sunday, bringing the overall total to 27."
    assert [f for f in figures(text, headline="") if f[0] == 27] == []


def test_a_bare_figure_restated_in_households_in_brackets_counts_people():
    text = _FIGHTING + "An estimated 4,700 (940 HHs) were displaced towards the district capital."
    reports = [(r.count.value, r.unit, dict(r.equivalent).get("households")) for r in reports_of(text, headline="") if r.count]
    assert (4700, "people", 940) in reports
    # a bracket of houses is no restatement of the people
    text = _FIGHTING + "An estimated 4,700 people (in 940 houses) were displaced towards the district capital."
    assert 940 not in [f[0] for f in figures(text, headline="")]
