"""Rules of the project fiche, told with the Liège MOD' ACTIONS fiche (seed 002)."""

from amif_network.rules import fiche, scope

LIEGE_MODULES = [
	"Accompagnement individuel",
	"Atelier Activation sociale",
	"Atelier Créatif",
	"Atelier Informatique",
	"Atelier Réalisation de projet",
]
LIEGE_FUNDING = [("FAMI", 75), ("SPP Intégration Sociale", 15), ("CPAS de Liège", 10)]
LIEGE_STAFF = [
	("Travailleuse sociale / animatrice", 1),
	("Travailleuse sociale / animatrice", 1),
	("Coordinateur / animateur", 1),
	("Animateur (mi-temps)", 0.5),
	("Animateur (mi-temps)", 0.5),
]


def three_each(modules):
	return [module for module in modules for _ in range(3)]


def messages(problems):
	return [problem.render() for problem in problems]


# Sub-objectives: at least three per module


def test_the_liege_fiche_has_three_sub_objectives_for_each_of_its_five_modules():
	assert fiche.sub_objective_problems(LIEGE_MODULES, three_each(LIEGE_MODULES)) == []


def test_a_module_with_two_sub_objectives_is_refused_and_named():
	sub_objectives = three_each(LIEGE_MODULES)
	sub_objectives.remove("Atelier Créatif")
	found = messages(fiche.sub_objective_problems(LIEGE_MODULES, sub_objectives))
	assert found == [
		"Module Atelier Créatif has 2 sub-objectives: describe at least 3 changes in the participants."
	]


def test_a_module_without_any_sub_objective_is_refused():
	found = messages(
		fiche.sub_objective_problems(
			["Atelier Créatif", "Atelier Informatique"], three_each(["Atelier Créatif"])
		)
	)
	assert found == [
		"Module Atelier Informatique has 0 sub-objectives: describe at least 3 changes in the participants."
	]


def test_a_sub_objective_of_an_unknown_module_is_refused_with_its_row():
	found = messages(
		fiche.sub_objective_problems(
			["Atelier Créatif"], [*three_each(["Atelier Créatif"]), "Atelier Cuisine"]
		)
	)
	assert found == [
		"Sub-objective row 4 belongs to module Atelier Cuisine, which is not in the modules of the fiche."
	]


def test_two_modules_with_one_name_are_refused():
	found = messages(
		fiche.sub_objective_problems(["Atelier Créatif", "Atelier Créatif"], three_each(["Atelier Créatif"]))
	)
	assert "Module Atelier Créatif appears twice: give each module its own name." in found


# Funding: each share within 0..100, together exactly 100 %


def test_the_liege_split_75_15_10_adds_up_to_100():
	assert fiche.funding_share_problems(LIEGE_FUNDING) == []


def test_shares_adding_up_to_99_are_refused():
	found = messages(fiche.funding_share_problems([("FAMI", 75), ("SPP", 15), ("CPAS", 9)]))
	assert found == ["The funding shares add up to 99 %: they must add up to exactly 100 %."]


def test_shares_adding_up_to_101_are_refused():
	found = messages(fiche.funding_share_problems([("FAMI", 75), ("SPP", 15), ("CPAS", 11)]))
	assert found == ["The funding shares add up to 101 %: they must add up to exactly 100 %."]


def test_shares_with_decimals_that_floats_would_miss_still_add_up_to_100():
	# 70.1 + 0.1 + 29.8 is 99.99999999999999 in floats
	assert 70.1 + 0.1 + 29.8 != 100
	assert fiche.funding_share_problems([("AMIF", 70.1), ("SPP", 0.1), ("CPAS", 29.8)]) == []


def test_a_share_outside_0_to_100_names_its_line():
	found = messages(fiche.funding_share_problems([("FAMI", 110), ("CPAS de Liège", -10)]))
	assert found == [
		"Funding line 1 (FAMI) has a share of 110 %: a share lies between 0 and 100 %.",
		"Funding line 2 (CPAS de Liège) has a share of -10 %: a share lies between 0 and 100 %.",
	]


def test_a_funding_line_without_share_is_refused():
	assert messages(fiche.funding_share_problems([("FAMI", None)])) == ["Funding line 1 (FAMI) has no share."]


def test_a_single_source_may_fund_everything_or_a_line_may_be_zero():
	assert fiche.funding_share_problems([("CPAS", 100)]) == []
	assert fiche.funding_share_problems([("CPAS", 100), ("Sponsor", 0)]) == []


def test_a_fiche_without_funding_lines_is_not_judged_on_its_total():
	assert fiche.funding_share_problems([]) == []


# Staff: FTE lines are positive and the total is their sum


def test_liege_counts_3_fte_plus_2_times_half_an_fte_which_is_4():
	assert fiche.staff_fte_problems(LIEGE_STAFF) == []
	assert fiche.total_fte(fte for _, fte in LIEGE_STAFF) == 4.0


def test_a_negative_fte_is_refused_and_named():
	found = messages(fiche.staff_fte_problems([("Coordinateur", 1), ("Animateur", -0.5)]))
	assert found == ["Staff line 2 (Animateur) has -0.5 FTE: an FTE must be more than 0."]


def test_a_zero_or_missing_fte_is_refused():
	found = messages(fiche.staff_fte_problems([("Animateur", 0), ("Stagiaire", None)]))
	assert found == [
		"Staff line 1 (Animateur) has 0 FTE: an FTE must be more than 0.",
		"Staff line 2 (Stagiaire) has - FTE: an FTE must be more than 0.",
	]


def test_the_total_fte_is_exact_where_floats_are_not():
	assert 0.1 + 0.2 != 0.3
	assert fiche.total_fte([0.1, 0.2]) == 0.3
	assert fiche.total_fte([]) == 0.0


# Other parts of the fiche


def test_the_period_ends_after_it_starts():
	assert fiche.period_problem("2017-09-01", "2018-06-30") is None
	assert fiche.period_problem("2018-06-30", "2017-09-01").render() == (
		"The period ends (2017-09-01) before it starts (2018-06-30)."
	)


def test_a_target_group_choice_belongs_to_its_dimension():
	assert fiche.target_group_problems([("Age", "Age - Adults", "Age")]) == []
	found = messages(fiche.target_group_problems([("Age", "Gender - Mixed", "Gender")]))
	assert found == ["Target group Age: the choice Gender - Mixed belongs to Gender."]


# Workflow: the SPP returns a fiche only with a reason


def test_the_spp_returns_a_fiche_only_with_a_reason():
	problem = fiche.return_reason_problem(fiche.SUBMITTED_TO_SPP, fiche.RETURNED_FOR_CHANGES, "  ")
	assert (
		problem.render()
		== "Write the reason for returning the fiche in Reason for Return, save, then return it."
	)
	assert (
		fiche.return_reason_problem(
			fiche.SUBMITTED_TO_SPP, fiche.RETURNED_FOR_CHANGES, "Module 5: trop vague"
		)
		is None
	)


def test_other_transitions_need_no_reason():
	assert fiche.return_reason_problem(fiche.DRAFT, fiche.SUBMITTED_TO_SPP, None) is None
	assert fiche.return_reason_problem(fiche.SUBMITTED_TO_SPP, fiche.APPROVED, None) is None
	# staff editing a returned fiche is not a new return
	assert fiche.return_reason_problem(fiche.RETURNED_FOR_CHANGES, fiche.RETURNED_FOR_CHANGES, None) is None


def test_a_fiche_is_approved_only_by_the_spp_approve_action():
	assert fiche.approval_problem("submit", fiche.SUBMITTED_TO_SPP, fiche.APPROVED) is None
	# a CPAS Manager submitting a draft directly (REST docstatus=1) would skip the SPP
	for previous, following in ((fiche.DRAFT, fiche.DRAFT), (fiche.SUBMITTED_TO_SPP, fiche.SUBMITTED_TO_SPP)):
		assert (
			fiche.approval_problem("submit", previous, following)
			.render()
			.startswith("Only the SPP approves a fiche")
		)
	assert fiche.approval_problem("save", fiche.DRAFT, fiche.SUBMITTED_TO_SPP) is None


def test_in_a_state_only_its_editing_roles_change_the_fiche():
	assert fiche.state_edit_problem(fiche.DRAFT, ["CPAS Staff"], ["CPAS Staff", "CPAS Manager"]) is None
	problem = fiche.state_edit_problem(fiche.SUBMITTED_TO_SPP, ["CPAS Staff"], ["AMIF Network Manager"])
	assert problem.render() == "This fiche is Submitted to SPP: it cannot be changed in this state."


def test_the_spp_writes_only_its_review_while_reviewing():
	assert fiche.spp_review_problem(["return_reason"]) is None
	problem = fiche.spp_review_problem(
		["return_reason", "main_objective"], {"main_objective": "Main Objective"}
	)
	assert problem.render().endswith("these fields belong to the CPAS: Main Objective.")


# The CPAS scope's narrow rule for the SPP (rules/scope.py)

SPP = ["AMIF Network Manager"]


def test_the_spp_may_save_a_fiche_that_awaits_its_review_without_any_cpas_binding():
	for ptype in ("write", "submit"):
		assert (
			scope.may_access("Project Fiche", ptype, "LIEGE", [], SPP, stored_state="Submitted to SPP")
			is None
		)


def test_the_spp_may_not_change_a_fiche_in_draft_returned_or_approved():
	for state in ("Draft", "Returned for Changes", "Approved", None):
		assert scope.may_access("Project Fiche", "write", "LIEGE", [], SPP, stored_state=state) is False


def test_the_spp_review_right_covers_neither_deleting_cancelling_nor_other_doctypes():
	for ptype in ("delete", "cancel", "amend", "share"):
		assert (
			scope.may_access("Project Fiche", ptype, "LIEGE", [], SPP, stored_state="Submitted to SPP")
			is False
		)
	assert (
		scope.may_access("Participant", "write", "LIEGE", [], SPP, stored_state="Submitted to SPP") is False
	)
	assert scope.may_access("Participant", "read", "LIEGE", [], SPP) is False


def test_a_cpas_manager_of_another_cpas_gains_nothing_from_the_review_state():
	gent_manager = ["CPAS Manager", "CPAS Staff"]
	assert (
		scope.may_access(
			"Project Fiche", "write", "LIEGE", ["GENT"], gent_manager, stored_state="Submitted to SPP"
		)
		is False
	)
	assert scope.may_access("Project Fiche", "read", "LIEGE", ["GENT"], gent_manager) is None


def test_a_workflow_action_of_another_cpas_is_refused_with_a_clear_message():
	problem = scope.workflow_action_problem("LIEGE", ["GENT"], ["CPAS Manager", "CPAS Staff"])
	assert problem.render() == "Only users of CPAS LIEGE can act on this record; you are bound to GENT."
	assert scope.workflow_action_problem("LIEGE", ["LIEGE"], ["CPAS Manager"]) is None
	assert scope.workflow_action_problem("LIEGE", [], SPP) is None
