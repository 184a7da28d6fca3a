"""The form administrator's reach on Frappe's customisation DocTypes, enforced on every path.

Custom DocPerms (fixtures) give the AMIF Form Administrator Customize Form, Custom Field, Property
Setter and Print Format; the hooks below narrow that to the app's DocTypes (lists and records)
and refuse, for everyone, the changes that would expose a person's data.
"""

import json

import frappe
from frappe import _

from amif_network.adapters.problems import refuse
from amif_network.rules import customisation as rules
from amif_network.rules import scope

# Customisation DocTypes and the column naming the DocType they customise.
TARGET_COLUMN = {"Custom Field": "dt", "Property Setter": "doc_type", "Print Format": "doc_type"}
APP = "amif_network"


def app_doctypes() -> list[str]:
	"""The app's own DocTypes, read from the site (other modules may add DocTypes any time)."""
	modules = frappe.get_module_list(APP)
	return frappe.get_all(
		"DocType", filters={"module": ["in", modules], "custom": 0}, pluck="name", order_by="name"
	)


def personal_doctypes() -> set[str]:
	"""The CPAS's personal DocTypes and their child tables."""
	personal = set(scope.CPAS_PRIVATE_DOCTYPES)
	for doctype in scope.CPAS_PRIVATE_DOCTYPES:
		if frappe.db.exists("DocType", doctype):
			personal |= {df.options for df in frappe.get_meta(doctype).get_table_fields()}
	return personal


def fields_of_rules(doctype: str) -> frozenset[str]:
	standard = frappe.get_all(
		"DocField", filters={"parent": doctype, "parenttype": "DocType"}, fields=["fieldname", "reqd"]
	)
	return rules.rule_fields(standard, scope.is_scoped(doctype))


def _skipped() -> bool:
	flags = frappe.flags
	return bool(
		flags.in_install or flags.in_migrate or flags.in_import or flags.in_patch or flags.in_fixtures
	)


def throw(problems, exc=frappe.ValidationError):
	refuse(problems, title=_("This customisation is refused"), exc=exc)


def check_reach(doctype: str | None, user: str | None = None):
	"""Refuse, with a message, a customisation outside the user's reach."""
	problem = rules.customise_problem(doctype, app_doctypes(), frappe.get_roles(user))
	throw([problem], frappe.PermissionError)


# Permission hooks: records of Frappe's DocTypes are out of a form administrator's sight.


def query_conditions(user: str | None = None, doctype: str | None = None) -> str:
	user = user or frappe.session.user
	if scope.is_unrestricted(frappe.get_roles(user)) or doctype not in TARGET_COLUMN:
		return ""
	names = app_doctypes()
	if not names:
		return "1=0"
	column = TARGET_COLUMN[doctype]
	return f"`tab{doctype}`.`{column}` in ({', '.join(frappe.db.escape(n) for n in names)})"


def has_permission(doc, ptype: str = "read", user: str | None = None, debug: bool = False):
	user = user or frappe.session.user
	if scope.is_unrestricted(frappe.get_roles(user)):
		return None
	target = doc.get(TARGET_COLUMN.get(doc.doctype, "dt"))
	if target and target not in app_doctypes():
		return False
	return None


# Validation: one guard for Custom Field, Property Setter and Print Format, whoever saves them.


def _effective_field(doctype: str, fieldname: str) -> dict:
	df = frappe.get_meta(doctype).get_field(fieldname)
	return {prop: df.get(prop) for prop in rules.GUARDED_PROPERTIES} if df else {}


def used_values(doctype: str, fieldname: str) -> list[str]:
	if not frappe.db.has_column(doctype, fieldname):
		return []
	return frappe.get_all(doctype, distinct=True, pluck=fieldname, filters={fieldname: ["is", "set"]})


def field_problems(doctype: str, label: str, fieldname: str, before: dict, after: dict, is_new: bool):
	"""Every reason to refuse one field as it would become (a new one when `is_new`)."""
	personal = personal_doctypes()
	label = _(label) if label else fieldname  # messages name the field in the user's language
	problems = rules.field_change_problems(
		doctype, label, fieldname, before, after, personal, fields_of_rules(doctype)
	)
	problems.append(rules.link_to_personal_problem(doctype, label or fieldname, before, after, personal))
	if is_new:
		problems.append(
			rules.new_mandatory_field_problem(
				label or fieldname, after.get("reqd"), after.get("default"), frappe.db.count(doctype)
			)
		)
	if after.get("fieldtype") == "Select" and not is_new and after.get("options") != before.get("options"):
		problems.append(
			rules.options_problem(label or fieldname, after.get("options"), used_values(doctype, fieldname))
		)
	return [p for p in problems if p]


def set_module(doc, target: str):
	"""A customisation of an app DocType carries its module: it exports with the app's fixtures."""
	if not doc.get("module") and target:
		doc.module = frappe.db.get_value(
			"DocType", {"name": target, "module": ["in", frappe.get_module_list(APP)]}, "module"
		)


def validate_custom_field(doc, method=None):
	if _skipped():
		return
	check_reach(doc.dt)
	set_module(doc, doc.dt)
	before = {}
	if not doc.is_new():
		before = frappe.db.get_value("Custom Field", doc.name, rules.GUARDED_PROPERTIES, as_dict=True) or {}
	elif frappe.get_meta(doc.dt).has_field(doc.fieldname or ""):
		throw([rules.fieldname_clash_problem(doc.fieldname, [doc.fieldname])])
	throw(field_problems(doc.dt, doc.label, doc.fieldname, before, doc.as_dict(), doc.is_new()))


def on_trash_custom_field(doc, method=None):
	if _skipped():
		return
	check_reach(doc.dt)
	throw([rules.removal_problem(doc.dt, doc.label, doc.fieldname, fields_of_rules(doc.dt))])


def _property_change(doc, value) -> tuple[dict, dict]:
	before = _effective_field(doc.doc_type, doc.field_name)
	after = dict(before, **{doc.property: value})
	return before, after


def validate_property_setter(doc, method=None):
	if _skipped():
		return
	check_reach(doc.doc_type)
	set_module(doc, doc.doc_type)
	if doc.doctype_or_field != "DocField" or not doc.field_name:
		return
	before, after = _property_change(doc, doc.value)
	label = (frappe.get_meta(doc.doc_type).get_label(doc.field_name)) or doc.field_name
	throw(field_problems(doc.doc_type, label, doc.field_name, before, after, is_new=False))


def on_trash_property_setter(doc, method=None):
	"""Removing a setter falls back on the field as shipped: e.g. a raised permission level drops."""
	if _skipped():
		return
	check_reach(doc.doc_type)
	if doc.doctype_or_field != "DocField" or not doc.field_name:
		return
	shipped = frappe.db.get_value(
		"DocField", {"parent": doc.doc_type, "fieldname": doc.field_name}, doc.property
	) or frappe.db.get_value("Custom Field", {"dt": doc.doc_type, "fieldname": doc.field_name}, doc.property)
	before, after = _property_change(doc, shipped)
	label = frappe.get_meta(doc.doc_type).get_label(doc.field_name) or doc.field_name
	throw(field_problems(doc.doc_type, label, doc.field_name, before, after, is_new=False))


def validate_print_format(doc, method=None):
	if _skipped() or scope.is_unrestricted(frappe.get_roles()):
		return
	check_reach(doc.doc_type)
	throw(
		[
			rules.print_standard_problem(doc.standard),
			rules.print_template_problem(doc.custom_format, doc.html, doc.format_data),
		]
	)


def record_creation(doc, method=None):
	"""Frappe versions a customisation's updates; its creation is recorded here (who, when, what)."""
	if _skipped():
		return
	values = {
		key: value
		for key, value in doc.as_dict(no_default_fields=True).items()
		if value not in (None, "", 0) and not isinstance(value, list) and not key.startswith("_")
	}
	frappe.get_doc(
		{
			"doctype": "Version",
			"ref_doctype": doc.doctype,
			"docname": doc.name,
			"data": json.dumps({"changed": [[key, None, value] for key, value in sorted(values.items())]}),
		}
	).insert(ignore_permissions=True)
