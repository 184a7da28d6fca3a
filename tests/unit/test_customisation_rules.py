"""What an SPP form administrator may change on the app's forms (rules.customisation)."""

from amif_network.rules import customisation as rules

APP = ["Project Fiche", "Participant", "Activity Module"]
PERSONAL = {"Participant", "Participant Consent"}
ADMIN = ["AMIF Form Administrator", "All"]


def messages(problems):
	return " ".join(p.render() for p in problems if p)


def test_a_form_administrator_customises_the_apps_forms_only():
	assert rules.customise_problem("Project Fiche", APP, ADMIN) is None
	refused = rules.customise_problem("User", APP, ADMIN)
	assert refused and "User" in refused.render() and "Frappe" in refused.render()


def test_the_technician_customises_anything():
	assert rules.customise_problem("User", APP, ["System Manager"]) is None


def test_cpas_users_and_the_spp_manager_do_not_customise():
	for roles in (
		["CPAS Staff"],
		["AMIF Network Manager"],
		["AMIF Form Administrator", "CPAS Manager"],
	):
		assert rules.customise_problem("Project Fiche", APP, roles), roles
	assert not rules.is_form_administrator(["AMIF Form Administrator", "CPAS Staff"])
	assert rules.is_form_administrator(ADMIN)


def test_a_personal_field_keeps_its_permission_level():
	problems = rules.field_change_problems(
		"Participant", "Notes", "notes", {"permlevel": 1}, {"permlevel": 0}, PERSONAL
	)
	assert "permission level" in messages(problems)
	assert not rules.field_change_problems(
		"Participant", "Notes", "notes", {"permlevel": 0}, {"permlevel": 1}, PERSONAL
	)


def test_a_personal_field_stays_out_of_global_search_fetch_and_ignored_user_permissions():
	after = {
		"in_global_search": 1,
		"fetch_from": "cpas.cpas_name",
		"ignore_user_permissions": 1,
	}
	text = messages(rules.field_change_problems("Participant", "Name", "first_name", {}, after, PERSONAL))
	assert "global search" in text and "fetch" in text and "ignore user permissions" in text


def test_the_same_properties_are_free_on_shared_forms():
	after = {"in_global_search": 1, "fetch_from": "cpas.cpas_name"}
	assert not rules.field_change_problems("Project Fiche", "Title", "title", {}, after, PERSONAL)


def test_a_field_a_rule_reads_keeps_type_options_and_mandatory_flag():
	before = {"fieldtype": "Link", "options": "CPAS", "reqd": 1}
	retyped = rules.field_change_problems(
		"Participant",
		"CPAS",
		"cpas",
		before,
		dict(before, fieldtype="Data"),
		PERSONAL,
		{"cpas"},
	)
	optional = rules.field_change_problems(
		"Participant", "CPAS", "cpas", before, dict(before, reqd=0), PERSONAL, {"cpas"}
	)
	relabelled = rules.field_change_problems(
		"Participant", "CPAS", "cpas", before, before, PERSONAL, {"cpas"}
	)
	assert "type and options" in messages(retyped)
	assert "mandatory" in messages(optional)
	assert not relabelled


def test_rule_fields_are_the_mandatory_fields_the_scope_link_and_the_workflow_state():
	standard = [{"fieldname": "title", "reqd": 1}, {"fieldname": "notes", "reqd": 0}]
	assert rules.rule_fields(standard, scoped=True) == {
		"title",
		"cpas",
		"workflow_state",
	}
	assert rules.rule_fields(standard, scoped=False) == {"title"}


def test_a_rule_field_is_not_removed():
	assert rules.removal_problem("Participant", "CPAS", "cpas", {"cpas"})
	assert rules.removal_problem("Participant", "Hobby", "custom_hobby", {"cpas"}) is None


def test_a_shared_form_cannot_link_to_a_person():
	new_link = {"fieldtype": "Link", "options": "Participant"}
	assert rules.link_to_personal_problem("Project Fiche", "Person", {}, new_link, PERSONAL)
	assert rules.link_to_personal_problem("Project Fiche", "Person", new_link, new_link, PERSONAL) is None
	assert rules.link_to_personal_problem("Participant Consent", "Person", {}, new_link, PERSONAL) is None


def test_choices_still_used_stay_in_the_list():
	problem = rules.options_problem("Gender", "Women\nMen", ["Women", "Mixed"])
	assert problem and "Mixed" in problem.render()
	assert rules.options_problem("Gender", "Women\nMen\nMixed\nOther", ["Women", "Mixed"]) is None
	assert rules.options_problem("Gender", "", ["Women"])


def test_a_new_mandatory_field_needs_a_default_when_records_exist():
	assert rules.new_mandatory_field_problem("Budget line", 1, None, 3)
	assert rules.new_mandatory_field_problem("Budget line", 1, "n/a", 3) is None
	assert rules.new_mandatory_field_problem("Budget line", 1, None, 0) is None
	assert rules.new_mandatory_field_problem("Budget line", 0, None, 3) is None


def test_a_field_name_is_not_taken_twice():
	assert rules.fieldname_clash_problem("title", ["title", "cpas"])
	assert rules.fieldname_clash_problem("budget", ["title"]) is None


def test_print_formats_of_form_administrators_hold_no_template_code():
	assert rules.print_template_problem(1, "<p>x</p>", None)
	assert rules.print_template_problem(
		0, None, '[{"fieldtype": "HTML", "options": "{{ frappe.get_all(\'User\') }}"}]'
	)
	assert rules.print_template_problem(0, None, '[{"fieldname": "title"}]') is None
	heading = (
		'[{"fieldname": "print_heading_template", "options": "<h2>Fiche<small>{{ doc.name }}</small></h2>"}]'
	)
	assert rules.print_template_problem(0, None, heading) is None  # the builder's own heading
	assert rules.print_template_problem(0, None, heading.replace("doc.name", "doc.get_formatted('cpas')"))
	assert rules.print_template_problem(0, None, heading.replace("doc.name", "doc.__class__"))
	assert rules.print_template_problem(
		0, None, '[{"options": "{% for p in frappe.get_all(\'User\') %}{% endfor %}"}]'
	)


def test_new_and_changed_labels_are_the_ones_to_word():
	before = {"title": "Title", "goal": "Goal"}
	after = {"title": "Title", "goal": "Main Goal", "custom_budget": "Budget"}
	assert rules.labels_to_translate(before, after) == ["Budget", "Main Goal"]


def test_a_label_misses_the_languages_without_wording():
	translations = {"fr": {"Budget": "Budget (FR)"}, "nl": {}}
	assert rules.missing_languages("Budget", translations) == ["nl"]
	assert rules.missing_languages("Other", translations) == ["fr", "nl"]


def test_a_choice_list_a_rule_reads_may_grow_but_not_lose_a_choice():
	before = {"fieldtype": "Select", "options": "Own Means\nSubsidies\nBoth", "reqd": 1}
	grown = dict(before, options="Own Means\nSubsidies\nBoth\nLoan")
	shrunk = dict(before, options="Own Means\nBoth")
	assert not rules.field_change_problems(
		"Project Fiche", "Funding", "funding_type", before, grown, set(), {"funding_type"}
	)
	assert rules.field_change_problems(
		"Project Fiche", "Funding", "funding_type", before, shrunk, set(), {"funding_type"}
	)


def test_a_form_administrators_print_format_is_not_standard():
	assert rules.print_standard_problem("Yes")
	assert rules.print_standard_problem("No") is None
