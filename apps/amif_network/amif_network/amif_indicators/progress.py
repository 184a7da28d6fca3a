"""The fiche's evaluation section: share who progressed per sub-objective, module and period."""

import frappe
from frappe import _
from frappe.utils import getdate

from amif_network.permissions.cpas_scope import bound_cpas
from amif_network.rules import progress, scope


@frappe.whitelist()
def fiche_progress(fiche: str) -> dict:
	"""Exact for the users of the fiche's CPAS; through the disclosure control for everyone else."""
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
