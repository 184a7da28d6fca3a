"""The fiche's evaluation section: share who progressed per sub-objective, module and period."""

import frappe
from frappe import _
from frappe.utils import getdate

from amif_network.permissions.cpas_scope import bound_cpas
from amif_network.rules import progress, scope


def fiche_progress(fiche: str) -> dict:
	if not isinstance(fiche, str) or not frappe.db.exists("Project Fiche", fiche):
		frappe.throw(_("No project fiche {0}.").format(fiche), frappe.DoesNotExistError)
	doc = frappe.get_doc("Project Fiche", fiche)
	doc.check_permission("read")
	roles = frappe.get_roles()
	exact = scope.is_unrestricted(roles) or (
		doc.cpas in bound_cpas() and any(r in scope.CPAS_ROLES for r in roles)
	)
	rows = frappe.db.sql(
		"""select fiche_module, sub_objective, rating_entry, rating_midway, rating_exit, midway_on, exit_on
		from `tabSub-objective Rating` where fiche = %s""",
		fiche,
	)
	ratings = [
		progress.RatingRow(
			module,
			text,
			entry or None,
			midway or None,
			exit_rating or None,
			getdate(midway_on) if midway_on else None,
			getdate(exit_on) if exit_on else None,
		)
		for module, text, entry, midway, exit_rating, midway_on, exit_on in rows
	]
	order = [(row.module_name, row.sub_objective) for row in doc.sub_objectives]
	lines = progress.progress_lines(ratings, order, protect=not exact)
	return {"protected": not exact, "lines": [line.__dict__ for line in lines]}


def fiche_for_enrolment(enrolment: str) -> tuple[str | None, str | None, list[str]]:
	"""The approved fiche whose module the enrolment's module carries out, that fiche module's
	name and its sub-objectives (None when no approved fiche of its CPAS names the module)."""
	doc = frappe.get_doc("Module Enrolment", enrolment)
	doc.check_permission("read")
	rows = frappe.get_all(
		"Project Fiche Module",
		filters={"activity_module": doc.module, "parenttype": "Project Fiche"},
		fields=["parent", "module_name"],
		ignore_permissions=True,
	)
	for row in rows:
		fiche = frappe.db.get_value("Project Fiche", row.parent, ["cpas", "docstatus"], as_dict=True)
		if fiche and fiche.docstatus == 1 and fiche.cpas == doc.cpas:
			subs = frappe.get_all(
				"Project Fiche Sub-objective",
				filters={"parent": row.parent, "parenttype": "Project Fiche", "module_name": row.module_name},
				pluck="sub_objective",
				order_by="idx asc",
				ignore_permissions=True,
			)
			return row.parent, row.module_name, subs
	return None, None, []


def rating_choices(enrolment: str) -> dict:
	if not isinstance(enrolment, str) or not frappe.db.exists("Module Enrolment", enrolment):
		frappe.throw(_("Choose the enrolment whose progress is rated."))
	fiche, module, subs = fiche_for_enrolment(enrolment)
	return {"fiche": fiche, "fiche_module": module, "sub_objectives": subs}


def add_ratings(enrolment: str) -> list[str]:
	choices = rating_choices(enrolment)
	if not choices["fiche"]:
		frappe.throw(_("No approved project fiche of this CPAS carries out the enrolment's module."))
	made = []
	for text in choices["sub_objectives"]:
		if frappe.db.exists("Sub-objective Rating", {"enrolment": enrolment, "sub_objective": text}):
			continue
		made.append(
			frappe.get_doc(
				{
					"doctype": "Sub-objective Rating",
					"enrolment": enrolment,
					"fiche": choices["fiche"],
					"fiche_module": choices["fiche_module"],
					"sub_objective": text,
				}
			)
			.insert()
			.name
		)
	return made
