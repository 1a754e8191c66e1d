"""Movement reports, issue 5: wordings that real, unseen excerpts on displacement and flight (Lake Chad basin, Sahel,
DRC, CAR, Ethiopia, Somalia, Mozambique, Haiti, Central America, Iraq, Yemen) showed dropped or misread. Inputs are
hand-written, not benchmark or corpus text."""
from test_reports import reports_of

def test_a_count_restated_in_parentheses_keeps_the_restatement_whatever_follows():
    [report] = reports_of("Shelling has led to the displacement of 640 families (3,900 individuals) affected by the siege.")
    assert (report.count.value, report.unit, report.equivalent) == (640, "families", (("people", 3900),))
    # negative: people counted apart, not in an aside, are another count (and "affected" no movement)
    [report] = reports_of("Shelling has displaced 640 families, while 3,900 individuals were affected by the siege.")
    assert (report.count.value, report.unit, report.equivalent) == (640, "families", ())
