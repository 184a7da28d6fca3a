"""Disclosure control against an attacker who combines every figure published together.

The attacker (tests/unit/disclosure_attacker.py) shares no code with rules.disclosure: it reads the
protected tables, writes the public structure down as linear constraints over non-negative integers
and asks an integer program for each hidden entry's smallest and largest value. Every hidden entry
must keep a range at least 5 wide that holds 0 or a count of 5 or more.
"""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from amif_network.rules.disclosure import (
	Publication,
	add_table,
	protect,
	protect_count,
	protect_table,
	protected_rate,
	protection_holds,
	shown_value,
)
from amif_network.rules.network_publication import (
	Campaign,
	PeopleCounts,
	PeriodCounts,
	funnel_publication,
	people_publication,
	period_publication,
	protect_release,
)
from tests.unit.disclosure_attacker import Attacker, protected_enough

SETTINGS = settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))


def entries(table):
	return [v for line in table.cells for v in line] + [
		*table.row_totals,
		*table.column_totals,
		table.grand_total,
	]


def people_shown(counts: PeopleCounts, earlier=None):
	publication, layouts = people_publication(counts)
	protection, release = protect_release(publication, earlier)
	assert not protection.unprotected
	return {name: layout.shown(publication, protection.hidden) for name, layout in layouts.items()}, release


def period_shown(counts: PeriodCounts):
	publication, layouts = period_publication(counts)
	protection, _release = protect_release(publication)
	assert not protection.unprotected
	return {name: layout.shown(publication, protection.hidden) for name, layout in layouts.items()}


def read_people(attacker: Attacker, tables, prefix: str = ""):
	status, totals, _columns = attacker.read_table(prefix + "status", tables["status"])
	referrals, _rows, _columns = attacker.read_table(
		prefix + "referrals", tables["referrals"], row_totals=False, grand=False
	)
	for total, quarters in zip(totals, referrals, strict=True):
		attacker.sums_to(total, quarters)  # a CPAS's participants: the sum of its referrals
	return status, totals, referrals


def read_funnel(attacker: Attacker, table):
	cells, _rows, _columns = attacker.read_table("funnel", table, row_totals=False, grand=False)
	for line in cells:  # the network's stages nest as a consequence
		for j, stage in enumerate(line):
			for later in line[j + 1 :]:
				if attacker.shown.get(stage) != 0:  # a stage typed 0 is "not counted"
					attacker.at_most(later, stage)


def read_survey(attacker: Attacker, tables, per_response):
	responses, _rows, _columns = attacker.read_table(
		"surveys", tables["surveys"], row_totals=False, grand=False
	)
	_answers, answered, _columns = attacker.read_table("answers", tables["answers"])
	grand = attacker.read("surveys[+,+]", tables["surveys"].grand_total)
	attacker.sums_to(grand, [line[0] for line in responses])
	for (fewest, most), count, total in zip(per_response, responses, answered, strict=True):
		attacker.at_most(total, count[0], most)
		attacker.inequalities.append({count[0]: fewest, total: -1})


# --- what hypothesis draws -------------------------------------------------------------------------

small = st.one_of(st.integers(0, 6), st.integers(0, 6), st.integers(0, 40))


@st.composite
def people_counts(draw):
	"""Participants per CPAS, quarter and status; some CPAS launch late (zeros before, small counts
	in their launch quarter)."""
	cpas = draw(st.integers(2, 4))
	quarters = draw(st.integers(1, 3))
	statuses = draw(st.integers(2, 4))
	cube = []
	for _c in range(cpas):
		launch = draw(st.integers(0, quarters - 1))
		cube.append(
			[
				[0] * statuses if q < launch else draw(st.lists(small, min_size=statuses, max_size=statuses))
				for q in range(quarters)
			]
		)
	status = [[sum(cube[c][q][s] for q in range(quarters)) for s in range(statuses)] for c in range(cpas)]
	referrals = [[sum(cube[c][q]) for q in range(quarters)] for c in range(cpas)]
	return PeopleCounts(status=status, quarters=[f"Q{q}" for q in range(quarters)], referrals=referrals)


@st.composite
def funnels(draw):
	rows = []
	for _c in range(draw(st.integers(2, 4))):
		stages = sorted(draw(st.lists(small, min_size=5, max_size=5)), reverse=True)
		if draw(st.booleans()):
			stages[0] = 0  # the listing lives elsewhere: "not counted"
		rows.append(stages)
	return rows


@st.composite
def surveys(draw):
	responses, answers, per_response = [], [], []
	for _c in range(draw(st.integers(2, 5))):
		count = draw(small)
		faces = draw(st.integers(1, 2))  # face questions per response, the same for the CPAS
		positive = draw(st.integers(0, count * faces))
		responses.append(count)
		answers.append((positive, count * faces - positive))
		per_response.append((faces, faces) if count else (0, 0))
	return PeriodCounts(responses=responses, answers=answers, answers_per_response=per_response)


tables = st.integers(1, 4).flatmap(
	lambda rows: st.integers(1, 4).flatmap(
		lambda columns: st.lists(
			st.lists(small, min_size=columns, max_size=columns), min_size=rows, max_size=rows
		)
	)
)


# --- one table --------------------------------------------------------------------------------------


@SETTINGS
@given(tables)
def test_a_table_alone_shows_no_small_count_and_every_hidden_cell_keeps_its_interval(cells):
	protected = protect_table(cells)
	assert not [v for v in entries(protected) if v is not None and 1 <= v <= 4]
	for i, line in enumerate(protected.cells):
		for j, value in enumerate(line):
			assert value is None or value == cells[i][j]
	attacker = Attacker()
	attacker.read_table("t", protected)
	assert attacker.broken() == {}


# --- everything published together -----------------------------------------------------------------


@SETTINGS
@given(people_counts())
def test_status_and_referrals_per_quarter_hold_together_launch_quarters_included(counts):
	tables, _release = people_shown(counts)
	for table in tables.values():
		assert not [v for v in entries(table) if v is not None and 1 <= v <= 4]
	attacker = Attacker()
	read_people(attacker, tables)
	assert attacker.broken() == {}


@SETTINGS
@given(funnels())
def test_a_nested_funnel_holds_against_its_nesting(rows):
	tables = period_shown(PeriodCounts(funnel=rows))
	attacker = Attacker()
	read_funnel(attacker, tables["funnel"])
	assert attacker.broken() == {}


@SETTINGS
@given(surveys())
def test_satisfaction_shares_hold_with_their_responses_and_answers(counts):
	tables = period_shown(counts)
	attacker = Attacker()
	read_survey(attacker, tables, counts.answers_per_response)
	assert attacker.broken() == {}
	for c, line in enumerate(tables["answers"].cells):
		# A share is shown only with both its positive and its negative answers.
		if line[0] is not None and tables["answers"].row_totals[c] is not None:
			assert line[1] is not None and not 1 <= line[1] <= 4


@st.composite
def quarters_published(draw):
	"""Everything the network is shown for a quarter: people, attendance, funnel and surveys."""
	people = draw(people_counts())
	cpas = len(people.status)
	survey = draw(surveys())
	rows = draw(funnels())
	period = PeriodCounts(
		attendance=draw(st.lists(st.lists(small, min_size=2, max_size=2), min_size=cpas, max_size=cpas)),
		funnel=(rows * cpas)[:cpas],
		responses=(survey.responses * cpas)[:cpas],
		answers=(survey.answers * cpas)[:cpas],
		answers_per_response=(survey.answers_per_response * cpas)[:cpas],
	)
	return people, period


@SETTINGS
@given(quarters_published())
def test_everything_published_for_a_quarter_holds_against_one_attacker(published):
	people, period = published
	shown = {**people_shown(people)[0], **period_shown(period)}
	attacker = Attacker()
	read_people(attacker, shown)
	attacker.read_table("attendance", shown["attendance"])
	read_funnel(attacker, shown["funnel"])
	read_survey(attacker, shown, period.answers_per_response)
	assert attacker.broken() == {}
	for c, line in enumerate(shown["attendance"].cells):  # a rate only over shown counts
		rate = protected_rate(line[0], shown["attendance"].row_totals[c])
		assert rate is None or not 1 <= period.attendance[c][0] <= 4


@st.composite
def campaigns(draw):
	"""Recruitment campaigns of three CPAS over four quarters, overlapping: a quarter's funnel is
	the sum of the campaigns running in it."""
	made = []
	for k in range(draw(st.integers(1, 4))):
		first = draw(st.integers(0, 3))
		last = draw(st.integers(first, 3))
		stages = sorted(draw(st.lists(small, min_size=5, max_size=5)), reverse=True)
		made.append(Campaign(f"C{k}", draw(st.integers(0, 2)), QUARTERS[first : last + 1], stages))
	return made


QUARTERS = ["Q1", "Q2", "Q3", "Q4"]


def read_campaigns(attacker: Attacker, tables, made):
	names = {}
	for quarter, table in tables.items():
		names[quarter], _rows, _columns = attacker.read_table(quarter, table, row_totals=False, grand=False)
	for campaign in made:
		stages = [attacker.unknown(f"{campaign.name}.{s}") for s in range(5)]
		for s, value in enumerate(campaign.stages):
			if 1 <= value <= 4:
				attacker.targets.add(stages[s])  # never shown, yet not to be worked out
			for later in stages[s + 1 :]:
				attacker.at_most(later, stages[s])
	for quarter in tables:
		for row in range(3):
			for s in range(5):
				running = [f"{c.name}.{s}" for c in made if quarter in c.quarters and c.cpas == row]
				attacker.sums_to(names[quarter][row][s], running)


@SETTINGS
@given(campaigns())
def test_campaigns_over_several_quarters_cannot_be_told_apart_by_subtraction(made):
	publication, layouts = funnel_publication(["A", "B", "C"], QUARTERS, made)
	protection, _release = protect_release(publication)
	assert not protection.unprotected
	shown = {quarter: layout.shown(publication, protection.hidden) for quarter, layout in layouts.items()}
	attacker = Attacker()
	read_campaigns(attacker, shown, made)
	assert attacker.broken() == {}


def test_a_campaign_started_beside_a_running_one_does_not_show_its_three_enrolled():
	made = [
		Campaign("A", 0, ["Q1", "Q2", "Q3"], [300, 200, 150, 60, 40]),
		Campaign("B", 0, ["Q3"], [40, 30, 20, 9, 3]),
		Campaign("G", 1, ["Q1", "Q2", "Q3"], [100, 90, 80, 30, 20]),
	]
	quarters = ["Q1", "Q2", "Q3"]
	rows = {
		q: [
			[sum(c.stages[s] for c in made if q in c.quarters and c.cpas == r) for s in range(5)]
			for r in range(3)
		]
		for q in quarters
	}
	attacker = Attacker()  # each quarter protected alone: 43 - 40 enrolled
	read_campaigns(attacker, {q: protect_table(rows[q]) for q in quarters}, made)
	assert attacker.broken() == {"B.4": (3, 3)}
	publication, layouts = funnel_publication(["A", "B", "C"], quarters, made)
	hidden = protect_release(publication)[0].hidden
	attacker = Attacker()
	read_campaigns(attacker, {q: layouts[q].shown(publication, hidden) for q in quarters}, made)
	assert attacker.broken() == {}


@st.composite
def two_releases(draw):
	"""The same counts twice, one count moved by one between the releases."""
	counts = draw(people_counts())
	c = draw(st.integers(0, len(counts.status) - 1))
	s = draw(st.integers(0, len(counts.status[0]) - 1))
	later_status = [list(line) for line in counts.status]
	later_referrals = [list(line) for line in counts.referrals]
	later_status[c][s] += 1
	later_referrals[c][-1] += 1  # one new referral this quarter
	return counts, PeopleCounts(status=later_status, quarters=counts.quarters, referrals=later_referrals)


def read_two_releases(first, second, first_counts, second_counts) -> Attacker:
	attacker = Attacker()
	before = read_people(attacker, first, "before.")
	now = read_people(attacker, second, "now.")
	# The attacker is told which entries did not change between the releases.
	truth_before = _people_entries(first_counts)
	truth_now = _people_entries(second_counts)
	names_before, names_now = _names(before), _names(now)
	for key, value in truth_before.items():
		if truth_now.get(key) == value:
			attacker.same(names_before[key], names_now[key])
	return attacker


def _people_entries(counts: PeopleCounts) -> dict:
	found = {}
	for c, line in enumerate(counts.status):
		for s, v in enumerate(line):
			found[("status", c, s)] = v
		found[("total", c)] = sum(line)
	for c, line in enumerate(counts.referrals):
		for q, v in enumerate(line):
			found[("referrals", c, q)] = v
	return found


def _names(read) -> dict:
	status, totals, referrals = read
	found = {}
	for c, line in enumerate(status):
		for s, name in enumerate(line):
			found[("status", c, s)] = name
		found[("total", c)] = totals[c]
	for c, line in enumerate(referrals):
		for q, name in enumerate(line):
			found[("referrals", c, q)] = name
	return found


@SETTINGS
@given(two_releases())
def test_a_count_that_changes_between_two_releases_gives_nothing_away(pair):
	first_counts, second_counts = pair
	first, release = people_shown(first_counts)
	second, _release = people_shown(second_counts, earlier=release)
	attacker = read_two_releases(first, second, first_counts, second_counts)
	assert attacker.broken() == {}


# --- the attacker can win: against tables protected one by one ------------------------------------


def test_the_attacker_works_out_a_single_participant_from_tables_protected_one_by_one():
	status = [[3, 5, 14], [0, 9, 2], [0, 1, 0], [5, 9, 2]]
	alone = {"status": protect_table(status), "referrals": protect_table([[sum(line)] for line in status])}
	attacker = Attacker()
	read_people(attacker, alone)
	assert attacker.broken()["status[2,+]"] == (1, 1)  # the third CPAS: exactly one participant
	# Audited together, the same counts hold.
	counts = PeopleCounts(status=status, quarters=["Q1"], referrals=[[sum(line)] for line in status])
	together, _release = people_shown(counts)
	attacker = Attacker()
	read_people(attacker, together)
	assert attacker.broken() == {}


def test_the_attacker_uses_the_funnels_nesting_against_a_table_protected_without_it():
	rows = [[30, 6, 6, 2, 0], [30, 14, 9, 9, 9], [14, 9, 9, 1, 0]]
	attacker = Attacker()
	read_funnel(attacker, protect_table(rows))
	assert attacker.broken()["funnel[1,3]"] == (9, 9)  # 9 enrolled, so at least 9 came: exactly 9
	attacker = Attacker()
	read_funnel(attacker, period_shown(PeriodCounts(funnel=rows))["funnel"])
	assert attacker.broken() == {}


# --- the five examples of the issue -----------------------------------------------------------------


def test_launch_quarter_the_network_line_no_longer_gives_a_cpas_its_single_participant():
	# Launch quarter: each CPAS's total is its referrals of the quarter; Charleroi has 1 participant.
	status = [[1, 0, 0, 0, 0], [6, 3, 0, 0, 0], [12, 8, 5, 0, 0], [9, 0, 7, 0, 0]]
	counts = PeopleCounts(status=status, quarters=["2026-Q4"], referrals=[[sum(line)] for line in status])
	tables, _release = people_shown(counts)
	attacker = Attacker()
	read_people(attacker, tables)
	ranges = attacker.ranges()
	assert ranges["status[0,+]"][0] == 0 and ranges["status[0,+]"][1] >= 5
	assert attacker.broken() == {}


def test_a_funnel_whose_nesting_pins_a_cpas_cannot_give_another_cpas_kept_count():
	# Liège: 6 listed and 6 invited, so 6 kept; Gent kept 3. The network's kept column is shown.
	rows = [[6, 6, 6, 5, 5], [30, 3, 3, 0, 0], [60, 40, 35, 12, 8]]
	tables = period_shown(PeriodCounts(funnel=rows))
	assert tables["funnel"].cells[1][1] is None
	attacker = Attacker()
	read_funnel(attacker, tables["funnel"])
	assert attacker.broken() == {}


def test_the_network_share_does_not_say_that_a_small_group_answered_negatively():
	# Three respondents of Gent all negative; Charleroi hidden with them; one face question each.
	counts = PeriodCounts(
		responses=[3, 8, 20],
		answers=[(0, 3), (6, 2), (15, 5)],
		answers_per_response=[(1, 1), (1, 1), (1, 1)],
	)
	tables = period_shown(counts)
	attacker = Attacker()
	read_survey(attacker, tables, counts.answers_per_response)
	assert attacker.broken() == {}
	# 80.0 % of 5 responses would mean exactly one negative answer: that share is not shown.
	counts = PeriodCounts(
		responses=[5, 20, 30],
		answers=[(4, 1), (15, 5), (20, 10)],
		answers_per_response=[(1, 1), (1, 1), (1, 1)],
	)
	tables = period_shown(counts)
	answers = tables["answers"]
	assert protected_rate(answers.cells[0][0], answers.row_totals[0]) is None
	attacker = Attacker()
	read_survey(attacker, tables, counts.answers_per_response)
	assert attacker.broken() == {}


def test_one_new_referral_does_not_let_the_next_release_give_the_hidden_cells_away():
	status = [[4, 10, 12, 9], [8, 9, 20, 7], [15, 11, 30, 6]]
	first_counts = PeopleCounts(status=status, quarters=["Q1"], referrals=[[sum(line)] for line in status])
	later = [[5, 10, 12, 9], [8, 9, 20, 7], [15, 11, 30, 6]]  # the 4 becomes a 5
	second_counts = PeopleCounts(status=later, quarters=["Q1"], referrals=[[sum(line)] for line in later])
	first, release = people_shown(first_counts)
	hidden_before = sum(v is None for v in entries(first["status"]))
	assert hidden_before >= 4
	second, _release = people_shown(second_counts, earlier=release)
	# The same decision for the same figures: what was hidden and has not changed stays hidden.
	for i, line in enumerate(first["status"].cells):
		for j, value in enumerate(line):
			if value is None and status[i][j] == later[i][j]:
				assert second["status"].cells[i][j] is None
	attacker = read_two_releases(first, second, first_counts, second_counts)
	assert attacker.broken() == {}


def test_a_single_small_count_in_the_first_row_and_column_does_not_hide_the_whole_table():
	cells = [[4, 7, 9, 6], [8, 5, 11, 6], [6, 9, 7, 6]]  # 84 people, one 4
	protected = protect_table(cells)
	hidden = [(i, j) for i in range(3) for j in range(4) if protected.cells[i][j] is None]
	assert len(hidden) == 4  # a rectangle: the 4 and three partners
	assert sum(cells[i][j] for i, j in hidden) <= 4 + 5 + 5 + 8
	assert protected.grand_total == 84 and None not in protected.row_totals + protected.column_totals


def test_unchanged_counts_get_the_earlier_decision_without_solving_again():
	status = [[4, 10, 12, 9], [8, 9, 20, 7], [15, 11, 30, 6]]
	counts = PeopleCounts(status=status, quarters=["Q1"], referrals=[[sum(line)] for line in status])
	first, release = people_shown(counts)
	publication, layouts = people_publication(counts)
	protection, again = protect_release(publication, release)
	assert again is release and protection.ranges == {}  # no audit ran: the stored decision
	assert layouts["status"].shown(publication, protection.hidden) == first["status"]


# --- the rule and the small parts ------------------------------------------------------------------


def test_the_protection_rule():
	assert protection_holds(0, 5) and protection_holds(3, 8) and protection_holds(0, 40)
	assert not protection_holds(0, 4)  # too narrow
	assert not protection_holds(1, 4)  # narrow, and nothing but small counts
	assert not protection_holds(3, 3)  # exact
	assert protected_enough(0, 5) and not protected_enough(1, 5)


def test_secondary_suppression_hides_the_fewest_people():
	# The 3 needs partners: the cheap ones are the 5s, not the 40s.
	protected = protect_table([[3, 40, 5], [40, 40, 40], [6, 40, 5]])
	hidden = {(i, j) for i in range(3) for j in range(3) if protected.cells[i][j] is None}
	assert hidden == {(0, 0), (0, 2), (2, 0), (2, 2)}


def test_a_single_column_table_hides_a_small_count_and_one_partner_not_the_whole_table():
	protected = protect_table([[0], [3], [8], [20], [0]])
	assert [row[0] for row in protected.cells] == [0, None, None, 20, 0]
	assert protected.row_totals == (0, None, None, 20, 0) and protected.grand_total == 31


def test_a_table_without_small_counts_is_shown_whole():
	protected = protect_table([[10, 0], [7, 25]])
	assert protected.cells == ((10, 0), (7, 25)) and protected.grand_total == 42


def test_zeros_are_never_hidden_the_attacker_knows_them():
	publication = Publication()
	add_table(publication, "t", [[0, 3, 9], [0, 8, 12]])
	hidden = protect(publication).hidden
	assert ("t", "cell", 0, 0) not in hidden and ("t", "cell", 1, 0) not in hidden


def test_negative_counts_are_a_bug():
	with pytest.raises(ValueError):
		protect_table([[1, -2]])
	with pytest.raises(ValueError):
		protect_count(-1)


def test_single_counts_and_rates():
	assert protect_count(3) is None and protect_count(0) == 0 and protect_count(5) == 5
	assert protected_rate(110, 315) == 34.9
	assert protected_rate(None, 315) is None and protected_rate(60, None) is None
	assert protected_rate(0, 0) is None
	assert shown_value(None) == "x" and shown_value(12) == "12"
