"""Counts as articles write them (geo.numbers)."""
import pytest

from geo.model import Count
from geo.numbers import MONTH_NAMES, find_counts, parse_count


@pytest.mark.parametrize("text, value, low, high", [
    ("2,000", 2000, 2000, 2000),
    ("some 2,500", 2500, 2500, 2500),
    ("about 300", 300, 300, 300),
    ("around 40", 40, 40, 40),
    ("roughly 7,000", 7000, 7000, 7000),
    ("an estimated 90,000", 90000, 90000, 90000),
    ("nearly 1,000", 1000, None, 1000),
    ("almost 600", 600, None, 600),
    ("up to 20,000", 20000, None, 20000),
    ("as many as 5,000", 5000, None, 5000),
    ("at least 10", 10, 10, None),
    ("more than 3,000", 3000, 3000, None),
    ("over 500", 500, 500, None),
    ("fewer than 100", None, None, 100),
    ("12.000", 12000, 12000, 12000),
    ("450.000", 450000, 450000, 450000),
    ("1.200.000", 1200000, 1200000, 1200000),
    ("2 000", 2000, 2000, 2000),
    ("2\u00a0000", 2000, 2000, 2000),
    ("two thousand", 2000, 2000, 2000),
    ("twenty-five", 25, 25, 25),
    ("two hundred and fifty", 250, 250, 250),
    ("a thousand", 1000, 1000, 1000),
    ("a dozen", 12, 12, 12),
    ("1.5 million", 1500000, 1500000, 1500000),
    ("2 million", 2000000, 2000000, 2000000),
    ("tens of thousands", None, 20000, 99999),
    ("hundreds of thousands", None, 200000, 999999),
    ("several hundred thousand", None, 300_000, 999_999),
    ("a few hundred thousand", None, 200_000, 499_999),
    ("tens of millions", None, 20_000_000, 99_999_999),
    ("between 10,000 and 12,000", None, 10000, 12000),
    ("between 10 and 12 million", None, 10000000, 12000000),
    ("10,000-12,000", None, 10000, 12000),
    ("10,000 – 12,000", None, 10000, 12000),
    ("six to eight", None, 6, 8),
    ("dozens", None, 24, 99),
    ("hundreds", None, 200, 999),
    ("a few hundred", None, 200, 499),
    ("several thousand", None, 3000, 9999),
    ("thousands", None, 2000, 9999),
    ("some 2000 people", 2000, 2000, 2000),
    ("1500 militants", 1500, 1500, 1500),
])
def test_parse_count(text, value, low, high):
    count = parse_count(text)
    assert (count.value, count.min, count.max) == (value, low, high)


@pytest.mark.parametrize("text", [
    "in 2014", "since 2013", "back in 2014 after", "1776 will come again", "at 18:21", "18:21 GMT06 March 2021", "May 20, 2017",
    "on 20 May", "the 11th stage", "the 2nd convoy", "40% of them", "10 percent", "$5 million",
    "5 dollars", "a 15-year-old boy", "the six-year war", "COVID-19", "F-16 jets", "2.5 km",
    "no figure at all", "", "the onerous tentative", "Moscow &#124; Moscow", "&#x7c;", "$4m in aid", "£1.5bn",
])
def test_not_counts(text):
    assert find_counts(text) == []


@pytest.mark.parametrize("month", [name for names in MONTH_NAMES for name in names])
def test_a_figure_next_to_any_months_name_is_a_date(month):
    assert find_counts(f"on 12 {month}") == find_counts(f"{month.title()} 12 and 13") == []


def test_a_figure_before_a_word_opening_like_a_month_is_a_count():
    assert [c.value for c, _, _ in find_counts("12 mayors and 30 marchers met 40 junior staff")] == [12, 30, 40]


def test_spans_cover_modifier_and_range():
    text = "Between 10,000 and 12,000 people fled, and up to 20,000 more may follow."
    found = [(text[start:end], count.text) for count, start, end in find_counts(text)]
    assert found == [("Between 10,000 and 12,000",) * 2, ("up to 20,000",) * 2]


def test_lowercased_tokenised_text():
    text = "( ap ) -- some 300 people were evacuated from the town , officials said ."
    assert find_counts(text) == [(Count("some 300", 300, 300, 300), 10, 18)]


def test_counts_in_order_in_a_sentence():
    text = "Two killed, 40 injured; about 15 people each in groups; 2,000 residents, including 400 fighters"
    assert [c.value for c, _, _ in find_counts(text)] == [2, 40, 15, 2000, 400]


def test_years_with_a_plural_noun_or_modifier_are_counts():
    assert parse_count("2014 residents left").value == 2014
    assert parse_count("about 2010").value == 2010
    assert find_counts("between 2010 and 2014") == []


def test_a_year_after_a_month_and_day_is_the_dates_even_before_a_plural_noun():
    assert find_counts("June 4, 2021 Families evacuated from the valley") == []
    assert find_counts("Oct. 12th, 1998 homes flooded") == []
    assert [c.value for c, _, _ in find_counts("On June 4, 300 families were evacuated")] == [300]  # a day, then a count
    assert [c.value for c, _, _ in find_counts("Some 2019 households left")] == [2019]


def test_a_range_of_people_may_open_with_a_figure_that_reads_like_a_year():
    assert [(c.min, c.max) for c, _, _ in find_counts("between 1500 and 1800 herders fled")] == [(1500, 1800)]
    assert find_counts("between 1990 and 1995, as the war went on") == []


@pytest.mark.parametrize("text, value, low, high", [
    ("2.14 lakh", 214000, 214000, 214000),
    ("1.5 crore", 15_000_000, 15_000_000, 15_000_000),
    ("over a lakh", 100_000, 100_000, None),  # "a lakh" as "a thousand": one of the scale
    ("a crore", 10_000_000, 10_000_000, 10_000_000),
    ("2 mil", 2000, 2000, 2000),
    ("un centenar", 100, 100, 100),
    ("más de diez", 10, 10, None),
    ("més de 400", 400, 400, None),  # "más" with its accent lost upstream (U+FFFD, read as "é")
    ("hasta 5 mil", 5000, None, 5000),
    ("cientos", None, 200, 999),
    ("4m", 4_000_000, 4_000_000, 4_000_000),
    ("nearly 1.5m", 1_500_000, None, 1_500_000),
    ("over 10k", 10_000, 10_000, None),
    # key-figure boxes: a capital "M" after a space is a million (a small "m" after a space is metres)
    ("(1.2 M)", 1_200_000, 1_200_000, 1_200_000),
    ("nearly 3.5 M IDPs", 3_500_000, None, 3_500_000),
    ("200 m from the river", 200, 200, 200),
    ("4 MW of power", 4, 4, 4),
])
def test_local_scales_and_spanish(text, value, low, high):
    count = parse_count(text)
    assert (count.value, count.min, count.max) == (value, low, high)


def test_second_day_of_a_date_range_is_not_a_count():
    assert [c.value for c, _, _ in find_counts("the storms of March 28 and 29 left 2,160 people")] == [2160]


@pytest.mark.parametrize("text, value", [
    ("1,00,000 people", 100_000),
    ("3,50,000 people", 350_000),
    ("12,34,567 people", 1_234_567),
    ("half a million people", 500_000),
    ("a quarter of a million people", 250_000),
    # hyphenated as one word
    ("well over half-a-million refugees", 500_000),
    ("a quarter-of-a-million people", 250_000),
    # negative: a half of a smaller unit is no round amount
    ("half-a-dozen people", None),
])
def test_south_asian_grouping_and_fractions_of_a_million(text, value):
    count = parse_count(text)
    assert (count.value if count else None) == value


def test_nearly_half_a_million_is_at_most_half_a_million():
    assert parse_count("nearly half a million people") == Count("nearly half a million", 500_000, None, 500_000)


def test_a_thousand_or_a_million_in_spanish_and_portuguese():
    assert parse_count("mil pessoas").value == 1000
    assert parse_count("un millón de personas").value == 1_000_000
    assert parse_count("2 mil viviendas").value == 2000


@pytest.mark.parametrize("text, values", [
    # agency English writes the hundreds after "thousand" in digits: one figure
    ("In all, 12 thousand 450 residents left and 3 thousand 75 of them stay in shelters.", [12450, 3075]),
    ("Over 8 thousand 600 people were moved.", [8600]),
    # negative: a figure with groups of its own, or one after a word, is a figure of its own
    ("Some 4 thousand 1,300 tents were sent.", [4000, 1300]),
    ("About 6 thousand in 12 villages left.", [6000, 12]),
])
def test_the_hundreds_after_thousand_in_digits_are_one_figure(text, values):
    assert [c.value for c, _, _ in find_counts(text)] == values


@pytest.mark.parametrize("text, expected", [
    # "-odd" after a figure: that many and some more
    ("200-odd families", Count("200-odd", 200, 200, None)),
    ("2,000 odd people", Count("2,000 odd", 2000, 2000, None)),
])
def test_odd_after_a_figure_is_a_lower_bound(text, expected):
    assert parse_count(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a plus sign glued after a figure: that many and some more
    ("40,000+ people", Count("40,000+", 40000, 40000, None)),
    ("over 1,500+ families", Count("over 1,500+", 1500, 1500, None)),
    # negatives: a sum, a signed figure (no count), a plus apart from the figure
    ("4+3 people", Count("4", 4, 4, 4)),
    ("+250 people", None),
    ("250 + people", Count("250", 250, 250, 250)),
])
def test_a_plus_after_a_figure_is_a_lower_bound(text, expected):
    assert parse_count(text) == expected


def test_a_compound_is_still_no_count():
    assert parse_count("a 15-year-old boy") is None and parse_count("an odd number") is None


def test_a_figure_rising_from_one_value_to_another_is_no_range():
    assert [c.text for c, _, _ in find_counts("The toll rose from 3,000 to 7,500; estimates range from 10,000 to 12,000.")] == [
        "3,000", "7,500", "10,000 to 12,000"]


def test_not_less_than_is_a_lower_bound_and_not_more_than_an_upper_one():
    assert parse_count("not less than 1,200 residents") == Count("not less than 1,200", 1200, 1200, None)
    assert parse_count("not more than 300 people") == Count("not more than 300", 300, None, 300)


@pytest.mark.parametrize("text, value", [
    ("3,4 mil desabrigados", 3400),
    ("7,25 mil familias", 7250),
    ("1,8 millones de personas", 1_800_000),
    ("2,3 millions de déplacés", 2_300_000),
    ("1,5 milhão de pessoas", 1_500_000),
    ("4,500 people", 4500),  # a thousands comma, not a decimal one
])
def test_a_decimal_comma_before_a_scale_word(text, value):
    assert parse_count(text).value == value


def test_a_decimal_comma_without_a_scale_is_no_count():
    assert find_counts("a 2,5 millas del río") == []


@pytest.mark.parametrize("text, low, high", [
    ("des milliers de personnes", 2000, 9999),
    ("milhares de famílias", 2000, 9999),
    ("des centaines de ménages", 200, 999),
    ("centenas de moradores", 200, 999),
])
def test_french_and_portuguese_vague_amounts(text, low, high):
    count = parse_count(text)
    assert (count.value, count.min, count.max) == (None, low, high)


@pytest.mark.parametrize("text, bounds", [
    ("the tally of uprooted villagers passed 18,000 by noon", (18000, 18000, None)),
    ("arrivals at the border have topped 6,500", (6500, 6500, None)),
    ("the count has now exceeded 940", (940, 940, None)),
    ("the displaced have climbed above 3,200", (3200, 3200, None)),
    ("registrations crossed the 45,000 mark", (45000, 45000, None)),
    ("the total neared 7,000", (7000, None, 7000)),
    ("the camp's count almost reached 2,600", (2600, None, 2600)),
])
def test_a_verb_passing_a_figure_bounds_it_and_leaves_its_text(text, bounds):
    [(count, start, end)] = find_counts(text)
    assert (count.value, count.min, count.max) == bounds
    assert count.text == text[start:end] and count.text[0].isdigit()


@pytest.mark.parametrize("text, bounds", [
    ("the tally of uprooted villagers reached 18,000", (18000, 18000, 18000)),
    ("the river crossed the 45,000 residents' fields", (45000, 45000, 45000)),  # "the" with no mark after
    ("the bus passed more than 80 people", (80, 80, None)),  # the modifier is the figure's own
])
def test_other_verbs_leave_a_figure_exact(text, bounds):
    [(count, _, _)] = find_counts(text)
    assert (count.value, count.min, count.max) == bounds


def test_a_number_after_no_names_a_building_not_a_count():
    assert [(c.min, c.max) for c, _, _ in find_counts("shelter No. 14 — 60 people")] == [(60, 60)]
    assert [c.value for c, _, _ in find_counts("Hall No. 2 housed 75 families")] == [75]
    assert [c.value for c, _, _ in find_counts("No 75 families were moved")] == [75]  # no dot: no designation


@pytest.mark.parametrize("text, value", [
    ("some three and a half million villagers", 3_500_000),
    ("one-and-one-half million residents", 1_500_000),
    ("four and a half thousand herders", 4500),
])
def test_a_half_before_a_large_scale_is_part_of_the_figure(text, value):
    assert find_counts(text)[0][0].value == value


def test_a_half_before_anything_else_is_not_a_figure():
    assert [c.value for c, _, _ in find_counts("two and a half hours later 40 families left")] == [2, 40]


@pytest.mark.parametrize("text, value", [
    ("as many as 62'000 residents", 62000),
    ("about 1\u2019250 households", 1250),
    ("3'400'000 people", 3_400_000),
])
def test_an_apostrophe_may_group_thousands(text, value):
    assert find_counts(text)[0][0].value == value


def test_an_apostrophe_before_fewer_digits_groups_nothing():
    values = [c.value for c, _, _ in find_counts("a 6'2 tall man and 35 others")]
    assert 62 not in values and values[-1] == 35


@pytest.mark.parametrize("text, values", [
    # a figure after a slash that follows a word counts the same people in another unit
    ("2,450 families/11,300 persons were moved", [2450, 11300]),
    # after a figure the slash writes a fraction, a ratio or a date: no count of its own
    ("1,640/4,200 residents had left", [1640]),
    ("a 3/4 majority and 24/7 patrols in 2021/22", [3, 24]),
])
def test_a_figure_after_a_slash_counts_only_after_a_word(text, values):
    assert [c.value for c, _, _ in find_counts(text)] == values


def test_a_modifier_with_its_accent_lost_upstream_stays_with_its_figure():
    assert [c.text for c, _, _ in find_counts("ils sont pr\u00e9s de 900 \u00e0 fuir")] == ["pr\u00e9s de 900"]
    assert [c.text for c, _, _ in find_counts("ils sont pr\u00e9sents, 900 \u00e0 fuir")] == ["900"]


def test_a_before_a_word_that_is_no_scale_is_no_count():
    assert parse_count("a lake of people") is None
    assert parse_count("a lakhs") is None
