"""How long a participant's records are kept: the date, the obligations, the grace period."""

from datetime import date

from amif_network.rules import participant as participant_rules
from amif_network.rules import retention as rules

FICHE_2021_2024 = rules.Fiche(date(2021, 9, 1), date(2024, 6, 30), 2025)


def person(
	name="PART-1",
	first=date(2022, 1, 10),
	last=date(2023, 6, 30),
	took_part=True,
	obligations=(),
):
	return rules.Participant(name, first, last, took_part, tuple(obligations))


def test_records_are_kept_five_years_from_31_december_of_the_last_payment():
	assert rules.keep_until(2025, 5) == date(2030, 12, 31)
	verdict = rules.retention_verdict(person(), [FICHE_2021_2024], date(2030, 12, 31))
	assert verdict.state == rules.KEPT and verdict.keep_until == date(2030, 12, 31)


def test_the_end_date_counts_when_no_last_payment_is_recorded():
	fiche = rules.Fiche(date(2021, 9, 1), date(2024, 6, 30), None)
	assert rules.fiche_reference_year(fiche) == 2024
	assert rules.retention_verdict(person(), [fiche], date(2030, 1, 1)).keep_until == date(2029, 12, 31)


def test_a_due_participant_is_listed_during_the_grace_period_then_erased():
	listed = rules.retention_verdict(person(), [FICHE_2021_2024], date(2031, 1, 1), grace_days=30)
	assert listed.state == rules.DUE and listed.erase_from == date(2031, 1, 31)
	assert (
		rules.retention_verdict(person(), [FICHE_2021_2024], date(2031, 1, 30), grace_days=30).state
		== rules.DUE
	)
	assert (
		rules.retention_verdict(person(), [FICHE_2021_2024], date(2031, 1, 31), grace_days=30).state
		== rules.ERASE
	)


def test_no_grace_period_erases_the_day_after_the_retention_period():
	verdict = rules.retention_verdict(person(), [FICHE_2021_2024], date(2031, 1, 1), grace_days=0)
	assert verdict.state == rules.ERASE


def test_an_open_obligation_holds_a_due_participant_and_says_why():
	held = rules.retention_verdict(
		person(obligations=["An enrolment is still active."]),
		[FICHE_2021_2024],
		date(2040, 1, 1),
	)
	assert held.state == rules.HELD and held.reasons == ("An enrolment is still active.",)
	# before the period is over an obligation changes nothing
	assert (
		rules.retention_verdict(person(obligations=["x"]), [FICHE_2021_2024], date(2030, 1, 1)).state
		== rules.KEPT
	)


def test_obligations_are_read_from_the_registry():
	rows = {"Intake Assessment": [1, 0], "Module Enrolment": ["Completed", "Active"]}
	assert rules.open_obligations(rows) == ("An intake is still open.", "An enrolment is still active.")
	assert rules.open_obligations({"Intake Assessment": [1, 2], "Module Enrolment": ["Dropped"]}) == ()


def test_an_indicator_return_not_yet_accepted_keeps_the_participants_of_its_period():
	reason = "An indicator return counting this participant is not yet accepted."
	returns = [(date(2023, 1, 1), date(2023, 12, 31), reason)]
	assert rules.period_obligations(date(2022, 1, 10), date(2023, 6, 30), returns) == (reason,)
	assert rules.period_obligations(date(2021, 1, 10), date(2022, 6, 30), returns) == ()
	held = rules.retention_verdict(
		person(obligations=rules.period_obligations(date(2022, 1, 10), date(2023, 6, 30), returns)),
		[FICHE_2021_2024],
		date(2035, 1, 1),
	)
	assert held.state == rules.HELD and held.reasons == (reason,)


def test_the_latest_fiche_covering_the_participants_time_counts():
	later = rules.Fiche(date(2023, 9, 1), date(2026, 6, 30), 2027)
	elsewhere = rules.Fiche(date(2027, 1, 1), date(2029, 12, 31), 2030)  # after the participant left
	year, _ = rules.reference_year([FICHE_2021_2024, later, elsewhere], date(2022, 1, 10), date(2023, 10, 1))
	assert year == 2027


def test_no_date_can_be_computed_without_a_covering_fiche_or_while_a_project_runs():
	no_fiche = rules.retention_verdict(person(), [], date(2050, 1, 1))
	assert no_fiche.state == rules.UNKNOWN and "No project fiche" in no_fiche.reasons[0]
	running = rules.Fiche(date(2021, 9, 1), None, None)
	assert rules.retention_verdict(person(), [running], date(2050, 1, 1)).state == rules.UNKNOWN


def test_a_cpas_may_shorten_the_period_for_people_who_never_took_part():
	never = person(took_part=False, last=date(2023, 3, 1))
	shorter = {rules.NEVER_TOOK_PART: 1}
	verdict = rules.retention_verdict(
		never, [FICHE_2021_2024], date(2025, 1, 1), cpas_rules=shorter, grace_days=0
	)
	assert verdict.keep_until == date(2024, 12, 31) and verdict.state == rules.ERASE
	# someone who took part stays under the fund's rule
	kept = rules.retention_verdict(person(), [FICHE_2021_2024], date(2025, 1, 1), cpas_rules=shorter)
	assert kept.state == rules.KEPT and kept.keep_until == date(2030, 12, 31)


def test_a_cpas_rule_for_everyone_may_lengthen_never_shorten():
	longer = rules.retention_verdict(
		person(),
		[FICHE_2021_2024],
		date(2031, 6, 1),
		cpas_rules={rules.EVERY_PARTICIPANT: 7},
	)
	assert longer.keep_until == date(2032, 12, 31)
	assert rules.cpas_rule_problems(rules.EVERY_PARTICIPANT, 3, 5)
	assert (
		"shorter than the legal minimum" in rules.cpas_rule_problems(rules.EVERY_PARTICIPANT, 3, 5)[0].message
	)
	assert rules.cpas_rule_problems(rules.EVERY_PARTICIPANT, 6, 5) == []
	assert rules.cpas_rule_problems(rules.NEVER_TOOK_PART, 1, 5) == []
	assert rules.cpas_rule_problems(rules.NEVER_TOOK_PART, 0, 5)
	assert rules.cpas_rule_problems("Someone", 6, 5)


def test_the_spp_rule_is_never_shorter_than_the_fund_s_five_years():
	assert rules.network_rule_problems(5, 30) == []
	assert rules.network_rule_problems(10, 0) == []
	assert "legal minimum" in rules.network_rule_problems(4, 30)[0].message
	assert rules.network_rule_problems(5, -1)
	assert rules.network_rule_problems(5, 400)


def test_the_last_payment_year_lies_within_the_project():
	assert rules.last_payment_year_problem(2020, date(2021, 9, 1), 2026).args == (
		2020,
		2021,
	)
	assert rules.last_payment_year_problem(2021, date(2021, 9, 1), 2026) is None
	assert rules.last_payment_year_problem(2027, date(2021, 9, 1), 2026)
	assert rules.last_payment_year_problem(None, date(2021, 9, 1), 2026) is None


def test_a_consent_with_an_end_date_expires_by_itself():
	consent = participant_rules.Consent(
		participant_rules.PROCESSING_CONSENT,
		True,
		date(2026, 1, 10),
		None,
		date(2026, 6, 30),
	)
	assert participant_rules.consent_status(consent, date(2026, 6, 30)) == "Valid"
	assert participant_rules.consent_status(consent, date(2026, 7, 1)) == "Expired"
	assert participant_rules.has_valid_processing_consent([consent], date(2026, 6, 30))
	assert not participant_rules.has_valid_processing_consent([consent], date(2026, 7, 1))
	ends_before = participant_rules.Consent(
		participant_rules.PROCESSING_CONSENT,
		True,
		date(2026, 1, 10),
		None,
		date(2025, 1, 1),
	)
	assert participant_rules.consent_problems(ends_before, None, date(2026, 2, 1))
