from amif_network.rules import scope as _scope

app_name = "amif_network"
app_title = "AMIF Network"
app_publisher = "SPP Intégration Sociale / POD Maatschappelijke Integratie"
app_description = "Project fiches, participants, contracts, sessions and bilingual meeting reports for the AMIF network of CPAS/OCMW"
app_email = "amif@mi-is.be"
app_license = "mit"

export_python_type_annotations = True

# Roles ship through these fixtures; each workflow ships in its own file of fixtures/
# (its states, actions and the workflow, as Frappe exports them). Demo data is loaded by `make run`.
# Customisations of the app's DocTypes carry their module, so they export with the app's modules.
_APP_MODULES = [
	m.strip() for m in open(__file__.replace("hooks.py", "modules.txt")).read().splitlines() if m.strip()
]
fixtures = [
	{
		"dt": "Role",
		"filters": [
			[
				"name",
				"in",
				[
					"AMIF Network Manager",
					"CPAS Manager",
					"CPAS Staff",
					"AMIF Network Member",
					"AMIF Form Administrator",
				],
			]
		],
	},
	{"dt": "Custom Field", "filters": [["module", "in", _APP_MODULES]]},
]

# The CPAS scope: one module answers both the list query and the per-record check.
_CPAS_OWNED = _scope.CPAS_PRIVATE_DOCTYPES + _scope.CPAS_SHARED_DOCTYPES

permission_query_conditions = {
	doctype: "amif_network.permissions.cpas_scope.get_permission_query_conditions"
	for doctype in _scope.CPAS_PRIVATE_DOCTYPES
}
for _referencing in _scope.REFERENCING_DOCTYPES:
	permission_query_conditions[_referencing] = (
		"amif_network.permissions.cpas_scope.referencing_query_conditions"
	)

has_permission = {doctype: "amif_network.permissions.cpas_scope.has_permission" for doctype in _CPAS_OWNED}
for _referencing in ("Tag Link", "Document Follow"):  # File has Frappe's own check of the attached record
	has_permission[_referencing] = "amif_network.permissions.cpas_scope.referencing_has_permission"

# Meeting reports have their own rule (drafts for their authors, published ones for the network).
permission_query_conditions["Network Meeting Report"] = (
	"amif_network.permissions.meeting_report.get_permission_query_conditions"
)
has_permission["Network Meeting Report"] = "amif_network.permissions.meeting_report.has_permission"

doc_events = {
	doctype: {"validate": "amif_network.permissions.cpas_scope.validate_cpas_binding"}
	for doctype in _CPAS_OWNED
}
doc_events["DocShare"] = {"validate": "amif_network.permissions.cpas_scope.validate_share"}
doc_events.setdefault("CPAS Membership", {}).update(
	{
		"on_update": "amif_network.permissions.cpas_scope.clear_binding_cache",
		"on_trash": "amif_network.permissions.cpas_scope.clear_binding_cache",
	}
)

override_whitelisted_methods = {
	"frappe.client.get_count": "amif_network.permissions.overrides.get_count",
	"frappe.desk.listview.get_group_by_count": "amif_network.permissions.overrides.get_group_by_count",
	"frappe.desk.search.search_link": "amif_network.permissions.overrides.search_link",
	"frappe.desk.search.search_widget": "amif_network.permissions.overrides.search_widget",
}

# Project fiches: a workflow action on a CPAS record says why another CPAS may not take it;
# the target-group choices of the SPP's template are seeded once, then the SPP edits them.
override_whitelisted_methods["frappe.model.workflow.apply_workflow"] = (
	"amif_network.permissions.workflow_scope.apply_workflow"
)
after_install = ["amif_network.amif_fiches.setup.seed_target_group_options"]
after_migrate = ["amif_network.amif_fiches.setup.seed_target_group_options"]


# No enrolment without a valid processing consent of the participant (see rules.participant).
doc_events.setdefault("Module Enrolment", {})["validate"] = [
	"amif_network.permissions.cpas_scope.validate_cpas_binding",
	"amif_network.amif_participants.steps.enrolment_consent_gate",
]

# Bad input and dangling links: a 400 in the user's language where Frappe would answer 500, no
# traceback for users who are not System Managers, and every Link of the app's records checked.
after_request = [*globals().get("after_request", []), "amif_network.permissions.request_guard.after_request"]
doc_events.setdefault("*", {}).setdefault("validate", []).append(
	"amif_network.permissions.links.validate_links"
)

# Field signals: read by the reporting CPAS and the SPP until reviewed, then by the network; the
# meeting report form gets a button to raise a signal from one of its sections.
permission_query_conditions["Field Signal"] = (
	"amif_network.permissions.field_signal.get_permission_query_conditions"
)
has_permission["Field Signal"] = "amif_network.permissions.field_signal.has_permission"
globals().setdefault("doctype_js", {})["Network Meeting Report"] = (
	"public/js/network_meeting_report_signals.js"
)
for _referencing in ("File", "Tag Link", "Document Follow"):
	_conditions = permission_query_conditions.get(_referencing) or []
	permission_query_conditions[_referencing] = [
		*([_conditions] if isinstance(_conditions, str) else _conditions),
		"amif_network.permissions.field_signal.referencing_query_conditions",
	]
for _referencing in ("Tag Link", "Document Follow"):  # File has Frappe's own check of the attached record
	_checks = has_permission.get(_referencing) or []
	has_permission[_referencing] = [
		*([_checks] if isinstance(_checks, str) else _checks),
		"amif_network.permissions.field_signal.referencing_has_permission",
	]
_file_events = doc_events.setdefault("File", {})
_after_insert = _file_events.get("after_insert") or []
_file_events["after_insert"] = [
	*([_after_insert] if isinstance(_after_insert, str) else _after_insert),
	"amif_network.permissions.field_signal.keep_attachment_private",
]

# Form administrators (SPP): Customize Form, Custom Field, Property Setter and Print Format on the
# app's DocTypes only, guarded against changes that would expose personal data (rules.customisation).
override_doctype_class = globals().get("override_doctype_class", {})
override_doctype_class["Customize Form"] = "amif_network.customisation.customize_form.AMIFCustomizeForm"
for _customisation in ("Custom Field", "Property Setter", "Print Format"):
	permission_query_conditions[_customisation] = "amif_network.customisation.guard.query_conditions"
	has_permission[_customisation] = "amif_network.customisation.guard.has_permission"
doc_events.setdefault("Custom Field", {}).update(
	{
		"validate": "amif_network.customisation.guard.validate_custom_field",
		"after_insert": "amif_network.customisation.guard.record_creation",
		"on_trash": "amif_network.customisation.guard.on_trash_custom_field",
	}
)
doc_events.setdefault("Property Setter", {}).update(
	{
		"validate": "amif_network.customisation.guard.validate_property_setter",
		"after_insert": "amif_network.customisation.guard.record_creation",
		"on_trash": "amif_network.customisation.guard.on_trash_property_setter",
	}
)
doc_events.setdefault("Print Format", {})["validate"] = (
	"amif_network.customisation.guard.validate_print_format"
)
globals().setdefault("doctype_js", {})["Customize Form"] = "public/js/customize_form_labels.js"
override_whitelisted_methods["frappe.core.doctype.doctype.doctype.get_row_size_utilization"] = (
	"amif_network.customisation.customize_form.get_row_size_utilization"
)
override_whitelisted_methods["frappe.modules.utils.export_customizations"] = (
	"amif_network.customisation.guard.export_customizations"
)
fixtures.append({"dt": "Property Setter", "filters": [["module", "in", _APP_MODULES]]})

# Satisfaction surveys: an enrolment or a session opens the tablet page (amif_surveys).
_survey_js = globals().setdefault("doctype_js", {})
for _surveyed in ("Module Enrolment", "Module Session"):
	_before = _survey_js.get(_surveyed) or []
	_survey_js[_surveyed] = [
		*([_before] if isinstance(_before, str) else _before),
		"public/js/survey_buttons.js",
	]

# Dashboards: the CPAS and network roles have the AMIF Network workspace as home, not Frappe's
# generic workspaces; prospects join the CPAS's private records through rules.scope.
override_whitelisted_methods.update(
	{
		"frappe.desk.desktop.get_workspace_sidebar_items": "amif_network.permissions.workspaces.get_workspace_sidebar_items",
		"frappe.desk.desktop.get_desktop_page": "amif_network.permissions.workspaces.get_desktop_page",
	}
)
_boot = globals().setdefault("extend_bootinfo", [])
if isinstance(_boot, str):
	extend_bootinfo = _boot = [_boot]
_boot.append("amif_network.permissions.workspaces.extend_bootinfo")
after_migrate.append("amif_network.amif_network.figures.add_figure_indexes")
# The SPP's network figures are refreshed before the five-minute cache runs out.
_cron = globals().setdefault("scheduler_events", {}).setdefault("cron", {})
_cron.setdefault("*/4 * * * *", []).append("amif_network.amif_network.figures.refresh_network_figures")

# Who saw whom: opening, printing or downloading a participant's record, intake or contract is logged.
after_request.append("amif_network.amif_participants.read_log.log_reads")

# Frappe's HTML error pages: no traceback for users who are not System Managers.
before_request = [
	*globals().get("before_request", []),
	"amif_network.permissions.request_guard.before_request",
]

# Satisfaction surveys: the Survey Template print formats render the paper survey (amif_surveys).
_survey_jinja = globals().setdefault("jinja", {})
_survey_jinja.setdefault("methods", []).append("amif_network.amif_surveys.paper.survey_paper")

# Field signals: the standard themes are seeded on a site that has none (the SPP edits them after).
after_install.append("amif_network.amif_network.signal_setup.seed_field_signal_themes")
after_migrate.append("amif_network.amif_network.signal_setup.seed_field_signal_themes")
# Field signals: theme names translated from their labels, for themes made before this existed.
after_migrate.append(
	"amif_network.amif_network.doctype.field_signal_theme.field_signal_theme.translate_all_themes"
)

# Retention (GDPR Art. 5(1)(e), CPR Art. 82): the nightly job lists the due participants and erases
# those whose grace period is over; a consent with an end date expires by itself.
_retention = globals().setdefault("scheduler_events", {})
_retention.setdefault("daily_long", []).append("amif_network.amif_participants.retention.nightly_erasure")
_retention.setdefault("daily", []).append("amif_network.amif_participants.retention.expire_consents")
# AMIF indicators: the SPP's catalogue is seeded once; a return is read by its CPAS and, once
# submitted, by the SPP; every opening and export of a return goes to the Access Log.
after_install.append("amif_network.amif_indicators.setup.seed_indicators")
after_migrate.append("amif_network.amif_indicators.setup.seed_indicators")
permission_query_conditions["Indicator Return"] = (
	"amif_network.permissions.indicator_return.get_permission_query_conditions"
)
has_permission["Indicator Return"] = "amif_network.permissions.indicator_return.has_permission"
after_request.append("amif_network.amif_indicators.returns.log_rest_reads")
_fiche_js = globals().setdefault("doctype_js", {})
_fiche_before = _fiche_js.get("Project Fiche") or []
_fiche_js["Project Fiche"] = [
	*([_fiche_before] if isinstance(_fiche_before, str) else _fiche_before),
	"public/js/fiche_evaluation.js",
]
# Satisfaction surveys: a response is read only once its release group released it (k = 5).
for _hooks, _method in (
	(permission_query_conditions, "get_permission_query_conditions"),
	(has_permission, "has_permission"),
):
	_before = _hooks.get("Survey Response") or []
	_hooks["Survey Response"] = [
		*([_before] if isinstance(_before, str) else _before),
		f"amif_network.permissions.survey_release.{_method}",
	]
# Satisfaction surveys: a recording uploaded for a wording or a language must be audio (by content).
_file_before = doc_events.setdefault("File", {}).get("before_insert") or []
doc_events["File"]["before_insert"] = [
	*([_file_before] if isinstance(_file_before, str) else _file_before),
	"amif_network.amif_surveys.recordings.check_upload",
]
