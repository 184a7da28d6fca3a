"""Who may move an intake through the approval workflow, and what each move needs."""

from amif_network.rules import intake as rules

LISE = rules.Actor("lise@liege", frozenset({"CPAS Staff"}), True)
LUC = rules.Actor("luc@liege", frozenset({"CPAS Manager", "CPAS Staff"}), True)
GEERT = rules.Actor("geert@gent", frozenset({"CPAS Manager", "CPAS Staff"}), False)


def move(previous, new, actor, owner="lise@liege", submitted_by="lise@liege", reason=None, consent=True):
	return rules.transition_problems(
		previous,
		new,
		actor,
		owner=owner,
		submitted_by=submitted_by,
		reason=reason,
		has_processing_consent=consent,
	)


def test_staff_submit_and_a_manager_of_the_cpas_approves():
	assert move(rules.DRAFT, rules.PENDING, LISE) == []
	assert move(rules.PENDING, rules.APPROVED, LUC) == []


def test_staff_cannot_decide():
	for decision in (rules.APPROVED, rules.SENT_BACK, rules.REJECTED):
		problems = move(rules.PENDING, decision, LISE, reason="because")
		assert problems and "Only a CPAS Manager" in problems[0].render()


def test_a_manager_of_another_cpas_cannot_decide():
	assert move(rules.PENDING, rules.APPROVED, GEERT)


def test_a_manager_never_decides_on_an_intake_they_created_or_submitted():
	assert "yourself" in move(rules.PENDING, rules.APPROVED, LUC, owner="luc@liege")[0].render()
	assert (
		"yourself"
		in move(rules.PENDING, rules.REJECTED, LUC, submitted_by="luc@liege", reason="x")[0].render()
	)


def test_sending_back_and_rejecting_need_a_reason():
	assert move(rules.PENDING, rules.SENT_BACK, LUC, reason="  ")
	assert move(rules.PENDING, rules.REJECTED, LUC, reason=None)
	assert move(rules.PENDING, rules.SENT_BACK, LUC, reason="Goals are missing") == []
	assert move(rules.PENDING, rules.REJECTED, LUC, reason="Not in the target group") == []


def test_no_approval_without_a_valid_processing_consent():
	problems = move(rules.PENDING, rules.APPROVED, LUC, consent=False)
	assert len(problems) == 1 and "consent" in problems[0].render()


def test_a_sent_back_intake_is_resubmitted_by_staff():
	assert move(rules.SENT_BACK, rules.PENDING, LISE) == []
	assert move(rules.SENT_BACK, rules.APPROVED, LUC)


def test_no_shortcuts_through_the_workflow():
	assert move(rules.DRAFT, rules.APPROVED, LUC)
	assert move(rules.APPROVED, rules.DRAFT, LUC)
	assert move(rules.REJECTED, rules.PENDING, LISE)
	assert move(rules.DRAFT, "Done", LUC)


def test_the_administrator_account_is_not_bound_by_cpas_roles_but_still_by_reason_and_consent():
	admin = rules.Actor("Administrator", frozenset({"Administrator"}), False)
	assert move(rules.PENDING, rules.APPROVED, admin, owner="Administrator") == []
	assert move(rules.PENDING, rules.REJECTED, admin)
	assert move(rules.PENDING, rules.APPROVED, admin, consent=False)


def test_only_the_deciding_manager_writes_a_reason_while_pending():
	assert rules.reason_entry_problem(rules.PENDING, LUC) is None
	assert rules.reason_entry_problem(rules.PENDING, LISE)
	assert rules.reason_entry_problem(rules.PENDING, GEERT)
	assert rules.reason_entry_problem(rules.DRAFT, LUC)


def test_only_modules_of_the_participants_cpas_can_be_proposed_once():
	ok = [rules.ModuleProposal("MOD-LIEGE-001", "LIEGE", True)]
	assert rules.proposal_problems("LIEGE", ok) == []
	assert rules.proposal_problems("LIEGE", [rules.ModuleProposal("MOD-GENT-001", "GENT", True)])
	assert rules.proposal_problems("LIEGE", ok + ok)


def test_approval_enrols_only_in_approved_modules_not_yet_followed():
	proposals = [
		rules.ModuleProposal("MOD-1", "LIEGE", True),
		rules.ModuleProposal("MOD-2", "LIEGE", False),
		rules.ModuleProposal("MOD-3", "LIEGE", True),
	]
	assert rules.enrolments_to_create(proposals, already_enrolled={"MOD-3"}) == ["MOD-1"]


def test_each_move_tells_the_people_who_act_next_but_never_the_actor():
	managers = ["luc@liege", "lea@liege"]
	assert (
		rules.notice_recipients(rules.PENDING, "lise@liege", "lise@liege", "sw@liege", managers) == managers
	)
	assert rules.notice_recipients(rules.PENDING, "luc@liege", "luc@liege", "sw@liege", managers) == [
		"lea@liege"
	]
	assert rules.notice_recipients(rules.SENT_BACK, "luc@liege", "lise@liege", "sw@liege", managers) == [
		"lise@liege"
	]
	assert rules.notice_recipients(rules.APPROVED, "luc@liege", "lise@liege", "sw@liege", managers) == [
		"lise@liege",
		"sw@liege",
	]
	assert rules.notice_recipients(rules.REJECTED, "luc@liege", "lise@liege", None, managers) == [
		"lise@liege"
	]
	assert rules.notice_recipients(rules.DRAFT, "lise@liege", None, "sw@liege", managers) == []


def test_while_pending_only_a_manager_of_the_cpas_changes_the_intake():
	assert rules.edit_problem(rules.DRAFT, LISE) is None
	assert rules.edit_problem(rules.SENT_BACK, LISE) is None
	assert rules.edit_problem(rules.PENDING, LISE)
	assert rules.edit_problem(rules.PENDING, LUC) is None
	assert rules.edit_problem(rules.PENDING, GEERT)
	assert rules.edit_problem(rules.APPROVED, LUC)
