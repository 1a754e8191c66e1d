"""Movement reports, issue 5: wordings of whole regional news paragraphs and sitreps, where the figure stands
among other numbers. Inputs are hand-written, not benchmark or corpus text."""
from geo.numbers import find_counts
from test_reports import reports_of
from test_reports_unseen import figures


def test_people_taking_shelters_in_the_plural_are_sheltered():
    assert figures("Some 2,300 people were hit by the floods, of whom 740 are taking shelters in 12 relief camps.",
                   headline="") == [(740, "people", "sheltered")]
    assert figures("Around 5,100 villagers took shelters in school buildings.", headline="") == [
        (5100, "people", "sheltered")]
    # shelters taken apart or built are no refuge
    assert figures("Some 40 volunteers are taking shelters apart after the storm.", headline="") == []


def test_camps_named_for_the_displaced_count_camps_not_people():
    text = "Relief workers are feeding families spread across 36 internally displaced persons (IDP) camps."
    assert figures(text, headline="Flood news\n\n") == []
    assert figures("Relief workers are feeding families in 36 displaced persons' camps.", headline="Flood news\n\n") == []
    # the people themselves, with their abbreviation, are still counted
    assert figures("Some 36 displaced families (IDPs) reached the town on foot.", headline="") == [
        (36, "families", "displaced")]
    # ... and with no people noun at all: "internally displaced camps" are camps too, beside the people they hold
    text = "Aid groups now run 14 internally displaced camps in the east, where 52,000 displaced persons live."
    assert figures(text, headline="") == [(52000, "people", "displaced")]
    assert figures("The agency said 1,400 displaced camped by the road.", headline="") == [(1400, "people", "displaced")]


def test_mass_displacements_counted_are_events_not_people():
    text = "The monitor logged 47 mass displacements this year, equal to 16,300 people forced from their land."
    assert figures(text, headline="") == [(16300, "people", "fled")]
    # displacements alone are IDMC's count of people
    assert figures("The monitor logged 47,000 new displacements this year.", headline="") == [(47000, "people", "displaced")]


def test_a_whole_estimated_to_have_moved_is_counted_after_a_few_of_its_people():
    text = "Musa and Hauwa are only two of the nearly 90,000 villagers estimated to have been displaced by the raids."
    assert figures(text, headline="") == [(90000, "people", "displaced")]
    # a part of the whole that is itself estimated to have moved is still no count of the whole (an exact share counts
    # the part; "most of" no figure)
    assert figures("Half of the 6,000 villagers are estimated to have fled the raids.", headline="") == [(3000, "people", "fled")]
    assert figures("Most of the 6,000 villagers are estimated to have fled the raids.", headline="") == []


def test_the_children_someone_has_are_no_group_moved():
    text = "Amina, who has 11 grandchildren, says she is too frail to evacuate again."
    assert figures(text, headline="Flood news\n\n") == []
    # a relative clause of an order still counts those ordered out
    assert figures("The mayor, who has ordered 11,000 residents to evacuate, spoke on Monday.", headline="") == [
        (11000, "people", "evacuated")]


def test_the_dead_named_before_an_aside_are_no_movement():
    text = ("Elders said at least 52 people – among them several infants – have died of cold while 9,000 families "
            "have been uprooted by the offensive.")
    assert figures(text, headline="") == [(9000, "families", "fled")]
    text = "Elders said at least 52 people, including several infants, have died of cold while 9,000 families fled."
    assert figures(text, headline="") == [(9000, "families", "fled")]
    # people who fled, named before the same aside, are still counted
    assert figures("Some 520 people – mostly women and infants – have fled the offensive.", headline="") == [
        (520, "people", "fled")]


def test_a_thousands_group_typed_after_a_spaced_comma_is_one_figure():
    assert [(c.text, c.value) for c, _, _ in find_counts("Officials said 1,384, 207 persons were displaced.")] == [
        ("1,384, 207", 1384207)]
    assert [c.value for c, _, _ in find_counts("Officials said 1, 384, 207 persons were displaced.")] == [1384207]
    # one spaced group alone is a date's or a list's
    assert [c.value for c, _, _ in find_counts("On June 3, 207 persons were displaced.")] == [207]
    # after a month the first group is the date's day: the plain reading stays
    assert [c.value for c, _, _ in find_counts("By April 7,310, 562 persons were displaced.")] == [562]
    # a list of figures stays a list
    assert [c.value for c, _, _ in find_counts("They counted 1,384, 207 and 90 tents.")] == [1384, 207, 90]
    assert [c.value for c, _, _ in find_counts("Some 1,384, 207 of them children, were moved.")] == [1384, 207]
    assert [c.value for c, _, _ in find_counts("The tallies were 1,384, 207, 90.")] == [1384, 207, 90]


def test_the_next_bracketed_figures_of_a_list_of_places_say_the_same():
    text = "The worst hit counties were Garissa (4,120 displaced), Lamu (1,350), Kilifi (2,600) and Kwale (980)."
    assert figures(text, headline="") == [(4120, "people", "displaced"), (1350, "people", "displaced"),
                                          (2600, "people", "displaced"), (980, "people", "displaced")]
    # bracketed figures of something else, or after no figure moved, are not people moved
    text = "The worst hit counties were Garissa (4,120 displaced), Lamu (1,350 deaths) and Kilifi (12 injured)."
    assert figures(text, headline="") == [(4120, "people", "displaced")]
    assert figures("Rain fell on Garissa (population 4,120), Lamu (1,350) and Kilifi (2,600).", headline="") == []


def test_the_number_of_refugees_is_a_tally_of_people_who_fled():
    text = "The number of refugees has passed the 20,000 mark, aid workers said."
    assert figures(text, headline="") == [(20000, "people", "fled")]
    assert figures("The number of refugees has risen to 8,500.", headline="") == [(8500, "people", "fled")]
    # a tally of other people moved by nothing stays no report
    assert figures("The number of tourists has passed the 20,000 mark, officials said.", headline="") == []


def test_someones_own_family_is_no_group_moved():
    text = "The farmer has 14 children and says he will evacuate."
    assert figures(text, headline="Flood news\n\n") == []
    # children a deed has fleeing are still moved
    assert figures("The shelling had 400 children fleeing.", headline="") == [(400, "people", "fled")]


def test_too_weak_to_move_negates_the_movement():
    text = "Some 60 patients at the clinic are too weak to evacuate, nurses said."
    assert figures(text, headline="Flood news\n\n") == []
    # people once too weak to move who then moved are counted
    assert figures("Some 60 patients who were too weak to walk were evacuated by boat.", headline="") == [
        (60, "people", "evacuated")]


def test_people_kept_waiting_then_allowed_to_cross_crossed():
    text = "About 1,200 families who had been waiting at the frontier for weeks were finally allowed to cross."
    assert figures(text, headline="Refugees flee fighting\n\n") == [(1200, "families", "crossed")]
    assert [r.status for r in reports_of(text, headline="Refugees flee fighting\n\n") if r.count] == ["completed"]
    # still kept from leaving, or allowed only to stay, they did not move
    text = "About 1,200 families who had been waiting at the frontier for weeks were not allowed to cross."
    assert figures(text, headline="Refugees flee fighting\n\n") == []
    text = "About 1,200 families who had been waiting at the frontier for weeks were allowed to stay."
    assert figures(text, headline="Refugees flee fighting\n\n") == []


def test_bracketed_figures_of_places_ranked_by_a_tally_are_each_places():
    text = ("Aid groups said the villages of Omdale (at least 6,500), Karsi (1,200) and Tuvo (480) have the highest "
            "numbers of displaced people.")
    assert figures(text, headline="Flood news\n\n") == [(6500, "people", "displaced"), (1200, "people", "displaced"),
                                                         (480, "people", "displaced")]
    # places ranked by a tally of no moved people give no report
    text = ("Aid groups said the villages of Omdale (at least 6,500), Karsi (1,200) and Tuvo (480) have the highest "
            "numbers of deaths.")
    assert figures(text, headline="Flood news\n\n") == []


def test_a_town_name_ending_in_s_before_the_people_noun_keeps_the_count():
    assert figures("About 2400 Galveston residents were told to evacuate on Monday.", headline="") == [
        (2400, "people", "evacuated")]
    assert figures("Nearly 600 Texas families fled the rising water.", headline="") == [(600, "families", "fled")]
    # a plural noun of something else still ends the count's noun phrase
    assert figures("Crews worked 36 Hours without rest as residents fled.", headline="") == []


def test_a_figureless_headline_is_the_body_statement_that_counts_its_movement():
    text = "Residents ordered to evacuate Galveston\n\nAbout 2,400 residents were ordered to evacuate Galveston on Monday."
    assert figures(text, headline="") == [(2400, "people", "evacuated")]
    # a headline of another movement stays a report of its own
    text = "Residents flee Galveston to Houston\n\nAbout 300 homes were destroyed in Galveston on Monday."
    assert figures(text, headline="") == [(None, "people", "fled"), (300, "households", "destroyed housing")]
    # so is a caption that dates a movement of its own
    text = "Buses evacuated residents from Goma in May 2019\n\nAbout 2,000 residents were evacuated from Goma to Rwanda."
    assert figures(text, headline="") == [(None, "people", "evacuated"), (2000, "people", "evacuated")]


def test_a_sentence_opening_with_a_participle_only_describes_its_people():
    text = "Evacuated families, nurses and volunteers in Goma described a town under strain."
    assert figures(text) == []
    # the participle after its subject is still the movement
    assert figures("Families in Goma evacuated to Rwanda on Monday.") == [(None, "families", "evacuated")]


def test_the_number_of_people_moved_named_without_a_figure_is_no_report():
    assert figures("Nobody has yet counted the number of people displaced from Goma.") == []
    assert figures("The largest number of residents are being evacuated from Kharkiv.") == []
    # a vague amount is still a report
    assert figures("A large number of residents are being evacuated from Kharkiv.") == [(None, "people", "evacuated")]


def test_a_population_stated_with_was_is_no_movement():
    text = "The town's population was about 90,000, but a further 12,000 people have fled there since."
    assert figures(text) == [(12000, "people", "fled")]
    # a displaced population is still one
    assert figures("The displaced population was about 90,000 last week.") == [(90000, "people", "displaced")]


def test_people_a_deed_is_done_for_are_not_moved():
    text = "Officials ordered 5,000 residents to flee their homes, while power was shut off for millions of people."
    assert figures(text, headline="") == [(5000, "people", "evacuated")]
    # people moved in the passive are still moved, and so are those an order of movement is issued for
    assert figures("Some 800 people were evacuated from the riverbank.", headline="") == [(800, "people", "evacuated")]
    assert figures("Evacuation orders were issued for some 800 people on the riverbank.", headline="") == [
        (800, "people", "evacuated")]


def test_sheltering_in_their_own_homes_is_staying_put():
    text = "Of the 3,100 people counted, 240 were in shelters and 1,900 were sheltering in their own homes."
    assert (1900, "people", "sheltered") not in figures(text)
    assert figures("Some 1,900 people were sheltering in the town hall.") == [(1900, "people", "sheltered")]


def test_people_living_in_evacuation_shelters_are_sheltered():
    text = "There were still 2,300 people living in evacuation shelters two months after the quake."
    assert figures(text, headline="") == [(2300, "people", "sheltered")]
    # the shelters themselves are no people
    assert figures("The town has opened 14 evacuation shelters for the quake.", headline="") == []


def test_an_order_to_flee_is_an_evacuation():
    assert figures("The sheriff ordered 6,500 residents to flee their homes on Sunday.", headline="") == [
        (6500, "people", "evacuated")]
    # people who fled on their own fled
    assert figures("Some 6,500 residents fled their homes on Sunday.", headline="") == [(6500, "people", "fled")]


def test_they_stands_for_people_named_before_it():
    text = "Driven out of Goma twice already, they are now leaving for Rwanda after hearing that rebels took the hill."
    assert figures(text) == []
    assert figures("The families said they will leave Goma for Rwanda.") == [(None, "families", "evacuated")]


def test_the_return_of_peace_is_no_return_of_people():
    text = ("Elders in Goma pleaded for the return of peace as displacement grows. "
            "Some 3,000 people have arrived in Goma since May.")
    assert figures(text, headline="") == [(3000, "people", "displaced")]
    # people who return are still a return
    assert figures("Some 3,000 people have returned to Goma since May.") == [(3000, "people", "returned")]


def test_forced_out_before_the_people_counted_moves_them():
    assert figures("A brush fire near Goma has forced out about 700 residents.") == [(700, "people", "fled")]
    # the same particle after another verb moves no one
    assert figures("The stadium sold out 700 tickets as the storm neared.") == []


def test_a_line_ending_in_a_word_that_ends_no_sentence_goes_on():
    # text copied from a PDF breaks lines anywhere: after "in" or "about" the next line is the same sentence
    assert figures("About 4,100 villagers slept in\n31 shelters on Friday night.", headline="") == [
        (4100, "people", "sheltered")]
    [report] = reports_of("Close to 6,200 households, or about\n31,000 people, fled the valley.", headline="")
    assert (report.count.value, report.unit, report.equivalent) == (6200, "households", (("people", 31000),))
    # a line ending in any other word still ends its sentence (a headline over the body)
    [report] = reports_of("Floods hit the north\n4,100 people were staying in shelters on Friday.", headline="")
    assert report.quote == "4,100 people were staying in shelters on Friday."


def test_a_tally_of_moved_people_numbering_households_between_dashes():
    # the tally's people and the households its value counts: families, named as evacuated by the tally
    assert figures("The evacuees – numbering 1,340 families in all – remain in schools.", headline="") == [
        (1340, "families", "evacuated")]
    # the tally's noun is the count's movement, whatever verb the sentence goes on with
    assert figures("The evacuees – numbering 1,340 families – spent Sunday at the town's mosque.", headline="") == [
        (1340, "families", "evacuated")]
    assert figures("The evacuees, numbering 800, received food parcels.", headline="") == [(800, "people", "evacuated")]
    # people who did not move, numbering whatever, are no tally of movement
    assert figures("The volunteers – numbering 1,340 – handed out food in the schools.", headline="") == []
