"""Movement reports, issue 5: misreadings left by the 29th round's draw of humanitarian documents on conflict and
floods, told in made-up wordings (not benchmark or corpus text)."""
from test_reports_unseen import figures

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
