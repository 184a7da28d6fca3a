"""The three contracts: an enrolment becomes Active only with all three in force."""

from datetime import date
from itertools import combinations

import pytest

from amif_network.rules import contracts
from amif_network.rules.contracts import (
	INTAKE,
	MODULE,
	SOCIAL_WORKER,
	ContractFacts,
	activation_date,
	add_months,
	contract_problems,
	contract_rule_problems,
	default_valid_until,
	enrolment_can_activate,
	rules_with_defaults,
)

TODAY = date(2026, 11, 22)
CREATIVE = "MOD-LIEGE-002"


def signed(kind, module=None, on=date(2026, 9, 1), until=date(2027, 6, 30)):
	return ContractFacts(kind, module, signed_by_participant=True, signed_on=on, valid_until=until)


ALL_THREE = {
	SOCIAL_WORKER: signed(SOCIAL_WORKER),
	INTAKE: signed(INTAKE),
	MODULE: signed(MODULE, CREATIVE),
}
MISSING_MESSAGE = {
	SOCIAL_WORKER: "There is no social-worker contract.",
	INTAKE: "There is no intake contract.",
	MODULE: "There is no contract for module Atelier Créatif.",
}


def messages(problems):
	return [p.render() for p in problems]


def test_a_participant_with_all_three_signed_contracts_can_start_the_module():
	assert enrolment_can_activate(CREATIVE, ALL_THREE.values(), TODAY) == []


@pytest.mark.parametrize(
	"missing",
	[combo for size in (1, 2, 3) for combo in combinations((SOCIAL_WORKER, INTAKE, MODULE), size)],
	ids=lambda combo: "+".join(combo),
)
def test_each_missing_combination_is_named_exactly(missing):
	present = [facts for kind, facts in ALL_THREE.items() if kind not in missing]
	problems = enrolment_can_activate(CREATIVE, present, TODAY, module_label="Atelier Créatif")
	assert messages(problems) == [
		MISSING_MESSAGE[kind] for kind in (SOCIAL_WORKER, INTAKE, MODULE) if kind in missing
	]


def test_a_contract_for_another_module_does_not_count():
	other = [ALL_THREE[SOCIAL_WORKER], ALL_THREE[INTAKE], signed(MODULE, "MOD-LIEGE-003")]
	assert messages(enrolment_can_activate(CREATIVE, other, TODAY, "Atelier Créatif")) == [
		"There is no contract for module Atelier Créatif."
	]


def test_an_expired_contract_is_named_with_its_end_date():
	expired_intake = signed(INTAKE, until=date(2026, 10, 31))
	problems = enrolment_can_activate(
		CREATIVE, [ALL_THREE[SOCIAL_WORKER], expired_intake, ALL_THREE[MODULE]], TODAY
	)
	assert messages(problems) == ["The intake contract expired on 2026-10-31."]


def test_a_contract_is_still_valid_on_its_last_day():
	last_day = signed(SOCIAL_WORKER, until=TODAY)
	assert enrolment_can_activate(CREATIVE, [last_day, ALL_THREE[INTAKE], ALL_THREE[MODULE]], TODAY) == []


def test_a_renewed_contract_replaces_the_expired_one():
	old = signed(SOCIAL_WORKER, on=date(2025, 9, 1), until=date(2026, 6, 30))
	renewed = signed(SOCIAL_WORKER, on=date(2026, 9, 1), until=date(2027, 6, 30))
	assert enrolment_can_activate(CREATIVE, [old, renewed, ALL_THREE[INTAKE], ALL_THREE[MODULE]], TODAY) == []


def test_an_unsigned_contract_is_not_enough():
	unsigned = ContractFacts(MODULE, CREATIVE, signed_by_participant=False, signed_on=None)
	problems = enrolment_can_activate(
		CREATIVE, [ALL_THREE[SOCIAL_WORKER], ALL_THREE[INTAKE], unsigned], TODAY, "Atelier Créatif"
	)
	assert messages(problems) == ["The contract for module Atelier Créatif is not signed by the participant."]


def test_a_contract_signed_after_the_activation_day_does_not_count_yet():
	later = signed(SOCIAL_WORKER, on=date(2026, 12, 1))
	problems = enrolment_can_activate(CREATIVE, [later, ALL_THREE[INTAKE], ALL_THREE[MODULE]], TODAY)
	assert messages(problems) == ["The social-worker contract is not signed by the participant."]


def test_a_contract_without_end_date_stays_valid():
	open_ended = signed(INTAKE, until=None)
	assert (
		enrolment_can_activate(CREATIVE, [ALL_THREE[SOCIAL_WORKER], open_ended, ALL_THREE[MODULE]], TODAY)
		== []
	)


def test_contracts_must_hold_on_the_enrolment_start_when_it_lies_ahead():
	assert activation_date(TODAY, date(2027, 1, 4)) == date(2027, 1, 4)
	assert activation_date(TODAY, date(2026, 9, 1)) == TODAY
	assert activation_date(TODAY, None) == TODAY
	ends_in_december = signed(INTAKE, until=date(2026, 12, 31))
	present = [ALL_THREE[SOCIAL_WORKER], ends_in_december, ALL_THREE[MODULE]]
	assert messages(enrolment_can_activate(CREATIVE, present, activation_date(TODAY, date(2027, 1, 4)))) == [
		"The intake contract expired on 2026-12-31."
	]


# Default copying


LIEGE_DEFAULTS = {
	"min_attendance_rate": 80,
	"max_unexcused_absences": 3,
	"max_late_arrivals": 2,
	"late_period": "Per month",
}


def test_a_new_contract_copies_the_cpas_defaults():
	assert rules_with_defaults({}, LIEGE_DEFAULTS) == LIEGE_DEFAULTS


def test_rules_set_on_the_contract_win_even_zero():
	own = {"min_attendance_rate": 90, "max_late_arrivals": 0, "late_period": ""}
	assert rules_with_defaults(own, LIEGE_DEFAULTS) == {
		"min_attendance_rate": 90,
		"max_unexcused_absences": 3,
		"max_late_arrivals": 0,
		"late_period": "Per month",
	}


def test_without_defaults_the_contract_keeps_its_own_rules():
	assert rules_with_defaults({"min_attendance_rate": 75}, {}) == {
		"min_attendance_rate": 75,
		"max_unexcused_absences": None,
		"max_late_arrivals": None,
		"late_period": None,
	}


def test_the_validity_period_gives_the_end_date():
	assert default_valid_until(date(2026, 9, 1), 10) == date(2027, 7, 1)
	assert default_valid_until(date(2026, 9, 1), 0) is None
	assert default_valid_until(None, 12) is None
	assert add_months(date(2027, 1, 31), 1) == date(2027, 2, 28)
	assert add_months(date(2027, 11, 30), 3) == date(2028, 2, 29)


# Bad input


@pytest.mark.parametrize("rate", [100.5, 101, -1, -0.1])
def test_an_attendance_rate_outside_0_to_100_is_refused(rate):
	assert messages(contract_rule_problems(rate, 3, 2)) == [
		f"The minimum attendance rate must lie between 0 and 100 %, not {rate}."
	]


@pytest.mark.parametrize("rate", [0, 75, 100])
def test_an_attendance_rate_within_0_to_100_is_accepted(rate):
	assert contract_rule_problems(rate, 0, 0, "Per module") == []


def test_negative_counts_and_unknown_periods_are_refused():
	assert messages(contract_rule_problems(80, -1, -2, "Per fortnight")) == [
		"The maximum number of unexcused absences cannot be negative.",
		"The maximum number of late arrivals cannot be negative.",
		"Unknown period for late arrivals: Per fortnight.",
	]


def test_a_module_contract_without_a_module_is_refused():
	assert messages(contract_problems(MODULE, None, False, None, None)) == [
		"A module contract needs the module it is about."
	]


def test_an_intake_contract_does_not_name_a_module():
	assert messages(contract_problems(INTAKE, CREATIVE, False, None, None)) == [
		"Only a module contract names a module."
	]


def test_an_unknown_kind_of_contract_is_refused():
	assert messages(contract_problems("Landlord", None, False, None, None)) == [
		"Choose the kind of contract: social worker, intake or module."
	]


def test_a_signed_contract_needs_its_signing_date_and_cannot_end_before_it():
	assert messages(contract_problems(SOCIAL_WORKER, None, True, None, None)) == [
		"Give the date on which the participant signed the contract."
	]
	assert messages(contract_problems(SOCIAL_WORKER, None, True, date(2026, 9, 1), date(2026, 8, 31))) == [
		"The contract cannot end (2026-08-31) before it is signed (2026-09-01)."
	]


def test_every_contract_kind_has_its_three_messages():
	for table in (contracts._MISSING, contracts._UNSIGNED, contracts._EXPIRED):
		assert set(table) == set(contracts.CONTRACT_TYPES)


def _weekly(statuses, optional=False, first=date(2026, 9, 7)):
	from amif_network.rules.attendance import Mark

	return [
		Mark(date.fromordinal(first.toordinal() + 7 * i), status, optional=optional)
		for i, status in enumerate(statuses)
	]


def test_absence_from_sensitive_topic_sessions_never_breaks_the_contract():
	from amif_network.rules.attendance import Thresholds

	limits = [Thresholds(min_attendance_rate=80, max_unexcused_absences=1, max_consecutive_absences=1)]
	compulsory = _weekly(["Present"] * 4)
	sensitive = _weekly(["Absent"] * 4, optional=True, first=date(2026, 9, 10))
	assert contracts.contract_breaches([*compulsory, *sensitive], limits) == []


def test_the_same_absences_on_compulsory_sessions_break_it():
	from amif_network.rules.attendance import Thresholds

	limits = [Thresholds(min_attendance_rate=80, max_unexcused_absences=1, max_consecutive_absences=1)]
	marks = [*_weekly(["Present"] * 4), *_weekly(["Absent"] * 4, first=date(2026, 9, 10))]
	# rate 50 % < 80 % and 4 absences > 1 (the absences alternate with attendance: no run)
	assert len(contracts.contract_breaches(marks, limits)) == 2


def test_late_at_an_optional_session_is_not_judged_by_the_punctuality_rule():
	from amif_network.rules.attendance import Thresholds

	limits = [Thresholds(max_late_arrivals=0, late_period="Per module")]
	assert contracts.contract_breaches(_weekly(["Late", "Late"], optional=True), limits) == []
	assert contracts.contract_breaches(_weekly(["Late"]), limits)


def test_no_contract_in_force_breaks_nothing():
	assert contracts.contract_breaches(_weekly(["Absent"] * 5), []) == []
