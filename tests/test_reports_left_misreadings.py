"""Movement reports, issue 5: misreadings left by earlier rounds on real text, told in made-up wordings (not
benchmark or corpus text)."""
from datetime import date

from test_reports import reports_of
from test_reports_unseen import figures


def test_an_estimate_of_displacement_given_its_value_counts_the_displaced():
    # the estimate names the movement by its noun, far from its value: the households are displaced
    text = ("Estimates of forced displacement caused by the raids on the hill villages earlier this month are of "
            "some 620 households.")
    assert figures(text, headline="") == [(620, "households", "displaced")]
    text = "Estimations of new displacement after the clashes near the market town stand at 1,150 households."
    assert figures(text, headline="") == [(1150, "households", "displaced")]
    # an estimate of something else is no tally of movement, whatever the article is about
    text = ("Estimates of the damage caused by the raids on the hill villages earlier this month are of some "
            "620 households.")
    assert figures(text, headline="Displacement news\n\n") == []


def test_a_bare_month_in_a_sentence_about_another_storm_is_before_the_articles_own():
    story = ("Hurricane Keziah approaches\n\nHurricane Keziah is expected to make landfall on Tuesday. Officials ordered "
             "the evacuation of 90,000 people along the coast on Saturday. ")
    past = "The county was emptied in October when Hurricane Lorcan came ashore, and 52,000 people were evacuated."
    dates = {r.count.value: r.date for r in reports_of(story + past, published=date(2031, 10, 2), headline="")}
    # Lorcan struck before the article's storm: the October before publication's, a year back
    assert dates[52000] == "2030-10"
    # the article's own storm in the same wording keeps the month of publication
    own = "The county was emptied in October when Hurricane Keziah came ashore, and 52,000 people were evacuated."
    dates = {r.count.value: r.date for r in reports_of(story + own, published=date(2031, 10, 2), headline="")}
    assert dates[52000] == "2031-10"
    # ... and so does a sentence naming no storm
    plain = "The county was emptied in October, and 52,000 people were evacuated."
    dates = {r.count.value: r.date for r in reports_of(story + plain, published=date(2031, 10, 2), headline="")}
    assert dates[52000] == "2031-10"


def test_a_town_mostly_told_as_taking_people_in_is_no_origin_of_those_evacuated():
    text = ("The city of Erbil is taking in many of the families displaced by the fighting, officials said. More than "
            "3,100 survivors have been evacuated from the worst-hit villages. The largest shelter in Erbil is now full. "
            "Erbil cannot take them all, the governor said.")
    [report] = [r for r in reports_of(text, headline="Erbil evacuee shelter full\n\n") if r.count is not None]
    # the host stands in for no origin: the survivors left villages the sentence does not name
    assert (report.count.value, report.origin) == (3100, None)
    # a town named as hit, its houses and its rain no host, is still where the evacuated left
    text = ("Floods hit Erbil on Monday. Erbil houses were flooded. More than 3,100 residents have been evacuated. "
            "Erbil received heavy rain again.")
    [report] = [r for r in reports_of(text, headline="") if r.count is not None]
    assert (report.count.value, report.origin.name) == (3100, "Erbil")


def test_each_figure_of_a_list_sharing_one_verb_of_shelter_is_its_own_report_with_its_own_place():
    text = ("Some 2,400 of the evacuees have been sheltered in 12 places in Mosul, 900 in five places in Erbil and 300 "
            "in two places in Aleppo.")
    found = [(r.count.value, r.term, r.destination_texts) for r in reports_of(text, headline="")]
    # the places are counted, not people: 12, five and two are no reports
    assert found == [(2400, "sheltered", ("Mosul",)), (900, "sheltered", ("Erbil",)), (300, "sheltered", ("Aleppo",))]
    text = "Some 2,400 people have been sheltered in Mosul, 900 in Erbil and 300 in Aleppo."
    assert [r.count.value for r in reports_of(text, headline="")] == [2400, 900, 300]
    # a figure after the list's first that is no list item stays none
    text = "Some 2,400 people have been sheltered in Mosul, with 12 in each tent."
    assert [r.count.value for r in reports_of(text, headline="")] == [2400]


def test_a_listed_figure_placed_by_a_name_the_gazetteer_does_not_know_takes_no_place_before_it():
    text = "Some 2,400 people were displaced in Mosul, 900 in Zorblat and 300 in Erbil."
    found = [(r.count.value, r.origin.name if r.origin else None) for r in reports_of(text, headline="")]
    assert found == [(2400, "Mosul"), (900, None), (300, "Erbil")]
    # a known place after the figure is still its own
    text = "Some 2,400 people were displaced in Mosul, 900 in Aleppo and 300 in Erbil."
    found = [(r.count.value, r.origin.name if r.origin else None) for r in reports_of(text, headline="")]
    assert found == [(2400, "Mosul"), (900, "Aleppo"), (300, "Erbil")]


def test_a_sentence_naming_no_place_after_one_naming_none_goes_on_with_the_paragraphs_scene():
    opening = "Shelling went on in Aleppo through the week. "
    text = opening + ("Heavy rain flooded Mosul on Tuesday. Boats and trucks worked through the night. Some 1,900 "
                      "people were evacuated. Aleppo stayed under fire.")
    assert [(r.count.value, r.origin.name) for r in reports_of(text)] == [(1900, "Mosul")]
    # a new paragraph starts a new scene: the article's place stands in
    text = opening + ("Heavy rain flooded Mosul on Tuesday.\nBoats and trucks worked through the night. Some 1,900 "
                      "people were evacuated. Aleppo stayed under fire.")
    assert [(r.count.value, r.origin.name) for r in reports_of(text)] == [(1900, "Aleppo")]
    # ... and so does a scene the story turned to
    text = opening + ("Heavy rain flooded Mosul on Tuesday. Meanwhile, in Erbil, roads were shut. Boats and trucks "
                      "worked through the night. Some 1,900 people were evacuated. Aleppo stayed under fire.")
    assert [(r.count.value, r.origin.name) for r in reports_of(text)] == [(1900, "Aleppo")]


def test_a_place_taking_in_many_of_the_people_counted_is_where_they_went():
    text = "The city of Erbil is taking in many of the 3,000 people who fled the storm, officials said."
    [report] = reports_of(text)
    assert ([p.name for p in report.destinations], report.origin) == (["Erbil"], None)
    # a place the sentence only locates the counted in is no receiver
    text = "Officials in Erbil said many of the 3,000 people who fled the storm were children."
    assert [[p.name for p in r.destinations] for r in reports_of(text)] == [[]]
