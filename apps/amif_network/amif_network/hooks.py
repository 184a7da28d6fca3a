from pathlib import Path

from amif_network.rules import scope as _scope

app_name = "amif_network"
app_title = "AMIF Network"
app_publisher = "SPP Intégration Sociale / POD Maatschappelijke Integratie"
app_description = "Project fiches, participants, contracts, sessions and bilingual meeting reports for the AMIF network of CPAS/OCMW"
app_email = "amif@mi-is.be"
app_license = "mit"

export_python_type_annotations = True

# Each hook is written once, whole, below: what it does for users is said beside its entries.
_APP_MODULES = [
	m.strip() for m in (Path(__file__).parent / "modules.txt").read_text().splitlines() if m.strip()
]
_CPAS_OWNED = _scope.CPAS_PRIVATE_DOCTYPES + _scope.CPAS_SHARED_DOCTYPES
_CPAS_SCOPE = "amif_network.permissions.cpas_scope"
_FIELD_SIGNAL = "amif_network.permissions.field_signal"
_GUARD = "amif_network.customisation.guard"

# Roles ship through these fixtures; each workflow ships in its own file of fixtures/ (its states,
# actions and the workflow, as Frappe exports them). Customisations of the app's DocTypes carry
# their module, so they export with the app's modules. Demo data is loaded by `make run`.
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
	{"dt": "Property Setter", "filters": [["module", "in", _APP_MODULES]]},
]

# Who reads what. The CPAS scope: one module answers both the list query and the per-record check;
# meeting reports and field signals have their own rule; files, tags and follows of a record are
# read only by who reads the record; form administrators reach the app's DocTypes only.
permission_query_conditions = {
	**{
		doctype: f"{_CPAS_SCOPE}.get_permission_query_conditions"
		for doctype in _scope.CPAS_PRIVATE_DOCTYPES
		if doctype != "Survey Response"  # its own entry below
	},
	# a survey response is read only once its release group released it (k = 5)
	"Survey Response": [
		f"{_CPAS_SCOPE}.get_permission_query_conditions",
		"amif_network.permissions.survey_release.get_permission_query_conditions",
	],
	**{
		referencing: [
			f"{_CPAS_SCOPE}.referencing_query_conditions",
			f"{_FIELD_SIGNAL}.referencing_query_conditions",
		]
		for referencing in _scope.REFERENCING_DOCTYPES
	},
	"Network Meeting Report": "amif_network.permissions.meeting_report.get_permission_query_conditions",
	"Field Signal": f"{_FIELD_SIGNAL}.get_permission_query_conditions",
	# an indicator return is read by its CPAS and, once submitted, by the SPP
	"Indicator Return": "amif_network.permissions.indicator_return.get_permission_query_conditions",
	**{
		customisation: f"{_GUARD}.query_conditions"
		for customisation in ("Custom Field", "Property Setter", "Print Format")
	},
}

has_permission = {
	**{doctype: f"{_CPAS_SCOPE}.has_permission" for doctype in _CPAS_OWNED if doctype != "Survey Response"},
	"Survey Response": [
		f"{_CPAS_SCOPE}.has_permission",
		"amif_network.permissions.survey_release.has_permission",
	],
	# File has Frappe's own check of the attached record
	**{
		referencing: [
			f"{_CPAS_SCOPE}.referencing_has_permission",
			f"{_FIELD_SIGNAL}.referencing_has_permission",
		]
		for referencing in ("Tag Link", "Document Follow")
	},
	"Network Meeting Report": "amif_network.permissions.meeting_report.has_permission",
	"Field Signal": f"{_FIELD_SIGNAL}.has_permission",
	"Indicator Return": "amif_network.permissions.indicator_return.has_permission",
	**{
		customisation: f"{_GUARD}.has_permission"
		for customisation in ("Custom Field", "Property Setter", "Print Format")
	},
}

doc_events = {
	# A value its field cannot hold (a 20-digit date, a time "abc") is refused before Frappe casts it;
	# every Link of the app's records points at a record that exists (Frappe 15 skips some), checked
	# before the record's own validate reads the linked record.
	"*": {
		"before_validate": [
			"amif_network.adapters.values.check_typed_values",
			"amif_network.adapters.links.validate_links",
		],
	},
	# A CPAS-owned record stays in the CPAS of its author; no enrolment without a valid consent.
	**{
		doctype: {"validate": f"{_CPAS_SCOPE}.validate_cpas_binding"}
		for doctype in _CPAS_OWNED
		if doctype not in ("Module Enrolment", "CPAS Membership")  # their own entries below
	},
	"Module Enrolment": {
		"validate": [
			f"{_CPAS_SCOPE}.validate_cpas_binding",
			"amif_network.amif_participants.steps.enrolment_consent_gate",
		]
	},
	"CPAS Membership": {
		"validate": f"{_CPAS_SCOPE}.validate_cpas_binding",
		"on_update": f"{_CPAS_SCOPE}.clear_binding_cache",
		"on_trash": f"{_CPAS_SCOPE}.clear_binding_cache",
	},
	"DocShare": {"validate": f"{_CPAS_SCOPE}.validate_share"},
	"File": {
		# a recording uploaded for a survey wording or language must be audio (by its content)
		"before_insert": ["amif_network.amif_surveys.recordings.check_upload"],
		# an attachment of a field signal stays private
		"after_insert": [f"{_FIELD_SIGNAL}.keep_attachment_private"],
	},
	# Form administrators: no change that would expose a person's data (rules.customisation).
	"Custom Field": {
		"validate": f"{_GUARD}.validate_custom_field",
		"after_insert": f"{_GUARD}.record_creation",
		"on_trash": f"{_GUARD}.on_trash_custom_field",
	},
	"Property Setter": {
		"validate": f"{_GUARD}.validate_property_setter",
		"after_insert": f"{_GUARD}.record_creation",
		"on_trash": f"{_GUARD}.on_trash_property_setter",
	},
	"Print Format": {"validate": f"{_GUARD}.validate_print_format"},
}

override_whitelisted_methods = {
	# Counts, group-by counts and link search answer within the CPAS scope.
	"frappe.client.get_count": "amif_network.api.reads.get_count",
	"frappe.desk.listview.get_group_by_count": "amif_network.api.reads.get_group_by_count",
	"frappe.desk.search.search_link": "amif_network.api.reads.search_link",
	"frappe.desk.search.search_widget": "amif_network.api.reads.search_widget",
	# A workflow action on another CPAS's record says why it is refused.
	"frappe.model.workflow.apply_workflow": "amif_network.api.workflow.apply_workflow",
	# Customize Form and exports of customisations stay on the app's DocTypes.
	"frappe.core.doctype.doctype.doctype.get_row_size_utilization": "amif_network.api.customisation.get_row_size_utilization",
	"frappe.modules.utils.export_customizations": "amif_network.api.customisation.export_customizations",
	# The CPAS and network roles have the AMIF Network workspace, not Frappe's generic ones.
	"frappe.desk.desktop.get_workspace_sidebar_items": "amif_network.api.workspaces.get_workspace_sidebar_items",
	"frappe.desk.desktop.get_desktop_page": "amif_network.api.workspaces.get_desktop_page",
}

override_doctype_class = {"Customize Form": "amif_network.customisation.customize_form.AMIFCustomizeForm"}

doctype_js = {
	"Network Meeting Report": "public/js/network_meeting_report_signals.js",  # raise a field signal
	"Customize Form": "public/js/customize_form_labels.js",  # a label's wording in FR, NL and EN
	"Module Enrolment": [
		"public/js/survey_buttons.js",  # open the survey tablet page
		"public/js/enrolment_ratings.js",  # rate the sub-objectives of its fiche module
	],
	"Module Session": ["public/js/survey_buttons.js"],
	"Project Fiche": ["public/js/fiche_evaluation.js"],  # sub-objective ratings against the approved fiche
}

extend_bootinfo = ["amif_network.api.workspaces.extend_bootinfo"]

# Frappe's HTML error pages: no traceback for users who are not System Managers.
before_request = ["amif_network.adapters.request_guard.before_request"]
# Bad input gets a 400 in the user's language where Frappe would answer 500, no traceback for
# users who are not System Managers; opening, printing or downloading a person's record is logged,
# and so is every opening and export of an indicator return (Access Log).
after_request = [
	"amif_network.adapters.request_guard.after_request",
	"amif_network.amif_participants.read_log.log_reads",
	"amif_network.amif_indicators.returns.log_rest_reads",
]

jinja = {"methods": ["amif_network.amif_surveys.paper.survey_paper"]}  # the paper survey

# The SPP's template target groups and the standard field signal themes are seeded once (the SPP
# edits them after), and so is the SPP's indicator catalogue; theme names are translated from their
# labels; figures get their indexes.
after_install = [
	"amif_network.amif_fiches.setup.seed_target_group_options",
	"amif_network.amif_network.signal_setup.seed_field_signal_themes",
	"amif_network.amif_indicators.setup.seed_indicators",
	"amif_network.amif_activities.notice_words.seed_notice_templates",
]
after_migrate = [
	"amif_network.amif_fiches.setup.seed_target_group_options",
	"amif_network.amif_network.figures.add_figure_indexes",
	"amif_network.amif_network.signal_setup.seed_field_signal_themes",
	"amif_network.amif_network.doctype.field_signal_theme.field_signal_theme.translate_all_themes",
	"amif_network.amif_indicators.setup.seed_indicators",
	"amif_network.amif_indicators.setup.add_indicator_indexes",
	# the standard session notice templates, for survey languages that have none yet
	"amif_network.amif_activities.notice_words.seed_notice_templates",
]

scheduler_events = {
	# The SPP's network figures are refreshed before the five-minute cache runs out.
	"cron": {
		"*/4 * * * *": ["amif_network.amif_network.figures.refresh_network_figures"],
		# Session notices whose last try failed are sent again once their wait is over.
		"*/5 * * * *": ["amif_network.amif_activities.notices.retry_due_notices"],
	},
	# Retention (GDPR Art. 5(1)(e), CPR Art. 82): the nightly job lists the due participants and
	# erases those whose grace period is over; a consent with an end date expires by itself.
	"daily_long": ["amif_network.amif_participants.retention.nightly_erasure"],
	"daily": ["amif_network.amif_participants.retention.expire_consents"],
}
