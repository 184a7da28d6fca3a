"""What an SPP form administrator may change on the app's forms, and what stays out of reach.

The form administrator customises the app's DocTypes with Frappe's own tools (Customize Form,
Custom Field, Property Setter, Print Format). Frappe's DocTypes stay with the site's technician,
and on the personal DocTypes no customisation may widen who sees a person's data.
"""

import re

from amif_network.rules.messages import Problem, _
from amif_network.rules.scope import CPAS_ROLES, is_unrestricted

FORM_ADMIN_ROLE = "AMIF Form Administrator"

# Fields every rule of the app reads, whatever the DocType: the CPAS scope and the workflows.
ALWAYS_RULE_FIELDS = frozenset({"cpas", "workflow_state"})

# Template code a form administrator's print format may hold: the builder's `{{ doc.name }}`
# heading, a field of the printed record; not statements or calls (e.g. frappe.get_all reads any record).
TEMPLATE_EXPRESSION = re.compile(r"\{\{(.*?)\}\}", re.S)
RECORD_FIELD_EXPRESSION = re.compile(r"^\s*doc(\.[A-Za-z]\w*)*\s*$")
TEMPLATE_STATEMENTS = ("{%", "{#")

# Field properties a form administrator changes on a field; the guard compares these.
GUARDED_PROPERTIES = (
	"permlevel",
	"in_global_search",
	"fetch_from",
	"ignore_user_permissions",
	"fieldtype",
	"options",
	"reqd",
)

LINK_TYPES = frozenset({"Link", "Table MultiSelect", "Dynamic Link"})


def is_form_administrator(roles) -> bool:
	"""The role is meant for the SPP: a user also working for a CPAS does not customise forms."""
	roles = set(roles)
	return FORM_ADMIN_ROLE in roles and not roles.intersection(CPAS_ROLES)


def customise_problem(doctype: str | None, app_doctypes, roles) -> Problem | None:
	"""Only the app's DocTypes, and only for the SPP's form administrators (or the technician)."""
	if is_unrestricted(roles):
		return None
	if not is_form_administrator(roles):
		return Problem(_("Only the SPP's form administrators can customise forms."))
	if not doctype:
		return None
	if doctype not in set(app_doctypes):
		return Problem(
			_("{0} is a form of Frappe itself: only the forms of the AMIF Network app can be customised."),
			(doctype,),
		)
	return None


def rule_fields(standard_fields, scoped: bool) -> frozenset[str]:
	"""Fields the app's rules depend on: the scope link, the workflow state, the mandatory fields.

	`standard_fields` are the DocType's own fields (dicts with fieldname and reqd), as shipped.
	"""
	mandatory = {f["fieldname"] for f in standard_fields if f.get("reqd") and f.get("fieldname")}
	present = {f["fieldname"] for f in standard_fields if f.get("fieldname")}
	always = ALWAYS_RULE_FIELDS & present if not scoped else ALWAYS_RULE_FIELDS
	return frozenset(mandatory | always)


def _int(value) -> int:
	try:
		return int(value or 0)
	except (TypeError, ValueError):
		return 0


def _text(value) -> str:
	return (value or "").strip() if isinstance(value, str) else str(value or "")


def field_change_problems(
	doctype: str,
	label: str,
	fieldname: str,
	before: dict,
	after: dict,
	personal_doctypes,
	fields_of_rules=frozenset(),
) -> list[Problem]:
	"""Why a change of one field (or a new field, `before` empty) is refused.

	On a personal DocType a change may not widen who sees a person's data; on every DocType a
	field the app's rules read keeps its type, options and mandatory flag.
	"""
	problems = []
	name = label or fieldname
	if doctype in set(personal_doctypes):
		if _int(after.get("permlevel")) < _int(before.get("permlevel")):
			problems.append(
				Problem(
					_(
						"{0}: the permission level of a field of {1} cannot be lowered, it keeps personal data from users who may not see it."
					),
					(name, doctype),
				)
			)
		if _int(after.get("in_global_search")) and not _int(before.get("in_global_search")):
			problems.append(
				Problem(_("{0}: personal data of {1} cannot be shown in the global search."), (name, doctype))
			)
		if _text(after.get("fetch_from")) and _text(after.get("fetch_from")) != _text(
			before.get("fetch_from")
		):
			problems.append(
				Problem(
					_(
						"{0}: a field of {1} cannot fetch its value from another form, it would copy data past its permissions."
					),
					(name, doctype),
				)
			)
		if _int(after.get("ignore_user_permissions")) and not _int(before.get("ignore_user_permissions")):
			problems.append(
				Problem(
					_(
						"{0}: a link of {1} cannot ignore user permissions, it would show records of another CPAS."
					),
					(name, doctype),
				)
			)
	if before and fieldname in fields_of_rules:
		if _text(after.get("fieldtype")) != _text(before.get("fieldtype")) or not _options_kept(
			after.get("fieldtype"), before.get("options"), after.get("options")
		):
			problems.append(
				Problem(
					_("{0}: the app's rules use this field of {1}; its type and options cannot change."),
					(name, doctype),
				)
			)
		if _int(before.get("reqd")) and not _int(after.get("reqd")):
			problems.append(
				Problem(_("{0}: the app's rules use this field of {1}; it stays mandatory."), (name, doctype))
			)
	return problems


def _options_kept(fieldtype, old_options, new_options) -> bool:
	"""A choice list may grow; a link keeps its target."""
	if fieldtype == "Select":
		return set(select_options(old_options)) <= set(select_options(new_options))
	return _text(old_options) == _text(new_options)


def link_to_personal_problem(
	doctype: str, label: str, before: dict, after: dict, personal_doctypes
) -> Problem | None:
	"""A form outside the CPAS scope cannot point at a person: the network would see who it is."""
	personal = set(personal_doctypes)
	if doctype in personal or after.get("fieldtype") not in LINK_TYPES:
		return None
	if before and (before.get("fieldtype"), _text(before.get("options"))) == (
		after.get("fieldtype"),
		_text(after.get("options")),
	):
		return None
	if _text(after.get("options")) in personal:
		return Problem(
			_("{0}: {1} is shared with the whole network and cannot link to personal records ({2})."),
			(label, doctype, _text(after.get("options"))),
		)
	return None


def removal_problem(doctype: str, label: str, fieldname: str, fields_of_rules) -> Problem | None:
	if fieldname in fields_of_rules:
		return Problem(
			_("{0}: the app's rules use this field of {1}; it cannot be removed."),
			(label or fieldname, doctype),
		)
	return None


def select_options(options) -> list[str]:
	return [line.strip() for line in _text(options).split("\n") if line.strip()]


def options_problem(label: str, new_options, used_values) -> Problem | None:
	"""A choice still held by records stays in the list (emptying it would orphan their values)."""
	kept = set(select_options(new_options))
	orphaned = sorted({value for value in used_values if value and value not in kept})
	if not orphaned:
		return None
	return Problem(
		_("{0}: records still use the choices {1}; keep them in the list or change those records first."),
		(label, ", ".join(orphaned)),
	)


def new_mandatory_field_problem(label: str, reqd, default, existing_records: int) -> Problem | None:
	"""A new mandatory field needs a default when records exist: they could not be saved again."""
	if _int(reqd) and not _text(default) and existing_records > 0:
		return Problem(
			_("{0}: a new mandatory field needs a default value, {1} existing records have none."),
			(label, existing_records),
		)
	return None


def fieldname_clash_problem(fieldname: str, existing_fieldnames) -> Problem | None:
	if fieldname and fieldname in set(existing_fieldnames):
		return Problem(_("A field named {0} already exists on this form; choose another name."), (fieldname,))
	return None


def print_template_problem(custom_format, html, format_data) -> Problem | None:
	"""Form administrators build prints with the builder; templates are code and stay with the technician."""
	text = f"{html or ''}{format_data or ''}"
	expressions = TEMPLATE_EXPRESSION.findall(text)
	if (
		_int(custom_format)
		or any(marker in text for marker in TEMPLATE_STATEMENTS)
		or not all(RECORD_FIELD_EXPRESSION.match(expression) for expression in expressions)
	):
		return Problem(
			_(
				"Print formats with Jinja templates are set up by the site's technician; use the Print Format Builder."
			)
		)
	return None


def print_standard_problem(standard) -> Problem | None:
	"""A standard print format is part of the app's code (written to its folder in developer mode)."""
	if _text(standard) == "Yes":
		return Problem(_("Standard print formats ship with the app; save yours with Standard set to No."))
	return None


def labels_to_translate(before_labels: dict, after_labels: dict) -> list[str]:
	"""Labels of fields that are new or whose label changed ({fieldname: label} before and after)."""
	return sorted(
		{
			label
			for fieldname, label in after_labels.items()
			if label and before_labels.get(fieldname) != label
		}
	)


def missing_languages(label: str, translations: dict, languages=("fr", "nl")) -> list[str]:
	"""Languages in which `label` has no wording yet ({language: {source: translated}})."""
	return [lang for lang in languages if not _text(translations.get(lang, {}).get(label))]
