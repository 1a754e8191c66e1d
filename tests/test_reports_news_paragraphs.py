"""Movement reports, issue 5: wordings of whole news paragraphs (a speaker's reported estimate, a live blog's dated
heading) that real, unseen news texts showed dropped or wrongly read. Inputs are hand-written, not benchmark or corpus text."""
from test_reports_unseen import figures


def test_a_speaker_who_said_or_estimated_a_figure_reports_it():
    assert figures('"It is grim," said the district officer Ruth Amos, who estimated that 2,500 villagers had fled.') == [
        (2500, "people", "fled")]
    assert figures("The roads are open again, said Ruth Amos, who said 800 families had been evacuated.") == [
        (800, "families", "evacuated")]
    # the speaker's own movement is still not the count's
    assert figures('"We lost everything," said Ruth Amos, who fled her village with 14 neighbours.') == []
