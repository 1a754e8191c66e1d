"""Dates of statements (geo.dates) and sentence spans (geo.sentences)."""
from datetime import date

import pytest

from geo.dates import find_date, find_date_text
from geo.sentences import sentence_spans

SATURDAY_20_MAY_2017 = date(2017, 5, 20)


@pytest.mark.parametrize("sentence, published, expected", [
    ("with 1,500 militants leaving central Homs back in 2014", None, "2014"),
    ("The rebel fighters withdrew from old Homs in 2014 after two years", None, "2014"),
    ("under a government siege since 2013", None, None),
    ("buses evacuated residents from Al Waer in September 2016", None, "2016-09"),
    ("in Homs, Syria May 20, 2017.", None, "2017-05-20"),
    ("on 20 May 2017", None, "2017-05-20"),
    ("on 3rd of March, 2022", None, "2022-03-03"),
    ("report dated 2022-03-16", None, "2022-03-16"),
    ("started leaving on Saturday", date(2017, 5, 22), "2017-05-20"),
    ("started leaving on Saturday", SATURDAY_20_MAY_2017, "2017-05-20"),
    ("left on Sunday", SATURDAY_20_MAY_2017, "2017-05-14"),
    ("left on Saturday", None, None),
    ("fled yesterday", date(2022, 3, 1), "2022-02-28"),
    ("left three days ago", date(2022, 3, 1), "2022-02-26"),
    ("arrived a week ago", date(2022, 3, 1), "2022-02-22"),
    ("were displaced 2 months ago", date(2022, 3, 1), "2022-01"),
    ("fled five years ago", date(2022, 3, 1), "2017"),
    ("began in March", date(2017, 5, 20), "2017-03"),
    ("began in March", None, None),
    ("the people may leave", date(2017, 5, 20), None),
    ("In 2014, they left on Tuesday", date(2014, 6, 5), "2014-06-03"),
    ("some 5,000 people were evacuated from aleppo on tuesday", date(2016, 12, 16), "2016-12-13"),
    ("at 18:21 GMT, 11th stage, 24 hours", None, None),
    ("February 30, 2017", None, None),
    # a day and month with no year: the most recent such day on or before publication, none without it
    ("forced 3,000 people to flee on 12 March", date(2024, 5, 9), "2024-03-12"),
    ("Since April 1, more than 6,000 have returned", date(2024, 5, 9), "2024-05-09"),
    ("fled on the night of 12 December", date(2024, 5, 9), "2023-12-12"),
    ("fled on 12 March", None, None),
    ("as of 30 February", date(2024, 5, 9), None),
    ("2,000 fled and 10 may have died", date(2024, 5, 9), None),
    ("a group of 5 may have fled", date(2024, 5, 9), None),
    ("the river burst its banks on 6 may , forcing", date(2024, 9, 24), "2024-05-06"),
    ("ahead of the 3 May deadline", date(2024, 5, 9), None),
    ("on 12 March, 2022", date(2024, 5, 9), "2022-03-12"),
    # an abbreviated month keeps its dot, and what follows the dot still dates it
    ("displaced on Sept. 3, 2024", None, "2024-09-03"),
    ("displaced in Mar. 2020", None, "2020-03"),
    # a range of days: its last day, the day its figure stands as of
    ("some 8,000 fled the district between Aug. 3 and Aug. 9", date(2024, 9, 2), "2024-08-09"),
    ("were moved to the camp between 4 and 11 June", date(2024, 9, 2), "2024-06-11"),
    ("left by bus between 2 July and 15 July 2023", None, "2023-07-15"),
    ("were evacuated from June 3 to June 8", date(2024, 9, 2), "2024-06-08"),
    ("were evacuated from 3 to 8 June", date(2024, 9, 2), "2024-06-08"),
    ("fled between 3 and 8 June", None, None),
    ("between 30 and 31 February", date(2024, 9, 2), None),
    ("between 40 and 50 may have fled", date(2024, 9, 2), None),
    ("rose from 2,000 to 5,000 people", date(2024, 9, 2), None),
])
def test_find_date(sentence, published, expected):
    assert find_date(sentence, published) == expected


def test_a_full_stop_after_a_month_is_not_in_its_words():
    assert find_date_text("They fled on 12 March.", date(2024, 5, 9)) == ("2024-03-12", "on 12 March")


@pytest.mark.parametrize("sentence, published, expected", [
    # a running total since a start stands as of when it is given: the date it was said, else the article's
    ("Some 40,000 have left Tigray since fighting broke out on Nov. 4, the agency said on Friday",
     date(2020, 12, 1), ("2020-11-27", "Friday")),
    ("Some 40,000 have left Tigray since fighting broke out on Nov. 4", date(2020, 12, 1),
     ("2020-12-01", "since fighting broke out on Nov. 4")),
    ("more than 9,000 people have returned since 2019", date(2023, 6, 2), ("2023-06-02", "since 2019")),
    ("more than 9,000 people have returned since 2019", None, (None, "since 2019")),
    ("Since 3 October, about 700 families have fled", None, (None, "Since 3 October")),
    ("about 700 families have fled since the fighting began in May 2021, officials said yesterday", None,
     (None, "yesterday")),
    # the date of a later event that bounds the movement is not its own: "since" gives the as-of date first
    ("80,000 fled since March, most of them to Goma before the rebels took it on June 2", date(2024, 8, 1),
     ("2024-08-01", "since March")),
    # and an event's date is still the movement's when nothing else dates it
    ("1,500 were moved out before the cyclone struck on Sunday", date(2024, 8, 1), ("2024-07-28", "Sunday")),
    # look-alikes: a date that opens no period, or a "since" a clause away
    ("the worst floods since 1998 forced 3,000 to flee on Monday", date(2024, 8, 1), ("2024-07-29", "Monday")),
    ("Shelling has gone on since 2019; 2,000 fled in March 2024", None, ("2024-03", "March 2024")),
    ("2,000 left before 5 July", date(2024, 8, 1), ("2024-07-05", "before 5 July")),
])
def test_a_period_since_a_start_stands_as_of_when_it_is_given(sentence, published, expected):
    assert find_date_text(sentence, published) == expected


def test_a_day_and_month_still_to_come_is_the_next_one():
    assert find_date("will be relocated on 2 January", date(2024, 12, 20), ahead=True) == "2025-01-02"


def test_sentences_keep_abbreviations_and_initials():
    text = "Gen. Khalil and J. Smith met at 10 a.m. in the U.S. embassy. Then they left."
    assert [text[s:e] for s, e in sentence_spans(text)] == [
        "Gen. Khalil and J. Smith met at 10 a.m. in the U.S. embassy.", "Then they left."]


def test_sentences_end_at_headlines_and_quotes():
    text = 'Rebels to leave Homs\n\n"We will go," he said. It said 1,500 people will leave.'
    assert [text[s:e] for s, e in sentence_spans(text)] == [
        "Rebels to leave Homs", '"We will go," he said.', "It said 1,500 people will leave."]


def test_sentences_of_lowercased_tokenised_text():
    text = "( ap ) -- some 300 people were evacuated , officials said . others stayed ."
    assert [text[s:e] for s, e in sentence_spans(text)] == [
        "( ap ) -- some 300 people were evacuated , officials said .", "others stayed ."]


def test_decimal_figures_do_not_end_sentences():
    text = "Some 1.5 million people left. 12.000 stayed."
    assert [text[s:e] for s, e in sentence_spans(text)] == ["Some 1.5 million people left.", "12.000 stayed."]


@pytest.mark.parametrize("sentence, expected", [
    # the weekday dates the saying, which is past, even when what was said is still to come
    ("The governor had said on Monday that up to 900 residents would be moved", "2023-06-05"),
    ("The governor on Monday announced that 900 residents would be moved", "2023-06-05"),
    # look-alikes: the weekday is the plan's own, the saying elsewhere in the sentence
    ("900 residents will be moved on Monday, the governor said", "2023-06-12"),
    ("900 residents will be moved on Monday, said the governor", "2023-06-12"),
])
def test_the_day_a_plan_was_announced_is_past(sentence, expected):
    assert find_date(sentence, date(2023, 6, 8), ahead=True) == expected


@pytest.mark.parametrize("sentence, published, expected", [
    # two days joined as one period: the figure stands as of the second, and the words keep both
    ("400 were moved out on Friday and Saturday", date(2023, 6, 11), ("2023-06-10", "Friday and Saturday")),
    ("400 were moved out Friday to Sunday", date(2023, 6, 11), ("2023-06-11", "Friday to Sunday")),
    # look-alike: two days of two movements, the first one's still the sentence's
    ("400 were moved out on Friday, and 200 more on Saturday", date(2023, 6, 11), ("2023-06-09", "Friday")),
    # a running total since an event with no date stands as of the article's date
    ("12,000 have fled the valley since the start of the siege", date(2023, 6, 11),
     ("2023-06-11", "since the start of the siege")),
    ("12,000 have fled the valley since the fighting began", None, (None, "since the fighting began")),
    # look-alikes: a dated saying still wins, and a sentence with no "since" stays undated
    ("12,000 have fled since the fighting began, the agency said on Friday", date(2023, 6, 11), ("2023-06-09", "Friday")),
    ("12,000 have fled the valley as the fighting began", date(2023, 6, 11), (None, None)),
])
def test_two_days_and_a_period_since_an_undated_event(sentence, published, expected):
    assert find_date_text(sentence, published) == expected


@pytest.mark.parametrize("sentence, expected", [
    # weeks or more after a beginning on a day: a running total as of when it is given
    ("Five weeks after the exodus began on May 2, the total who fled the valley passed 40,000",
     ("2023-06-11", "Five weeks after the exodus began on May 2")),
    ("Two months after the fighting erupted on 9 April, 12,000 have left", ("2023-06-11", "Two months after the fighting erupted on 9 April")),
    # look-alikes: days after a beginning date a movement near that day; a weekday of the movement itself stays
    ("Two days after the storm began on Friday, 3,000 fled", ("2023-06-09", "Friday")),
    ("3,000 fled on Saturday, five weeks after the storm began on May 5", ("2023-06-10", "Saturday")),
])
def test_a_time_of_weeks_after_a_dated_beginning_starts_the_period(sentence, expected):
    assert find_date_text(sentence, date(2023, 6, 11)) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("On 3 February, 4,500 villagers left the valley.", ("2021-02-03", "On 3 February")),
    ("As of March 8, 700 families were in the school.", ("2021-03-08", "As of March 8")),
    ("On 3 February 2020, 600 people left.", ("2020-02-03", "3 February 2020")),
])
def test_a_day_opening_a_sentence_before_a_count_dates_it(sentence, expected):
    assert find_date_text(sentence, date(2021, 3, 20)) == expected


@pytest.mark.parametrize("sentence", [
    "Rain fell on March 5, 6 and 7 across the hills.",  # days listed: no one of them
    "On 3 February, 14 people drowned.",  # a small figure after the day may be another day
])
def test_a_day_followed_by_another_day_dates_nothing(sentence):
    assert find_date_text(sentence, date(2021, 3, 20)) == (None, None)
