"""One permission module for every CPAS-owned DocType.

`get_permission_query_conditions` feeds every list-shaped read (desk list, report view, REST
list, `frappe.client`, link search, group-by counts, export); `has_permission` guards every
single-record path (form, REST get, print view, PDF, attachments, workflow actions).
Both take the user's CPAS from the same cached binding.
"""

import frappe
from frappe import _

from amif_network.adapters.problems import refuse
from amif_network.rules import scope

CACHE_KEY = "amif_network:bound_cpas"


def bound_cpas(user: str | None = None) -> list[str]:
	"""The CPAS a user is bound to through CPAS Membership (cached per user)."""
	user = user or frappe.session.user
	cached = frappe.cache.hget(CACHE_KEY, user)
	if cached is None:
		cached = frappe.get_all(
			"CPAS Membership",
			filters={"user": user, "enabled": 1},
			pluck="cpas",
			ignore_permissions=True,
		)
		frappe.cache.hset(CACHE_KEY, user, cached)
	return cached


def clear_binding_cache(doc=None, method=None):
	frappe.cache.delete_value(CACHE_KEY)


def _roles(user: str) -> list[str]:
	return frappe.get_roles(user)


def get_permission_query_conditions(user: str | None = None, doctype: str | None = None) -> str:
	user = user or frappe.session.user
	if not doctype or doctype not in scope.CPAS_PRIVATE_DOCTYPES or scope.is_unrestricted(_roles(user)):
		return ""
	return scope.sql_condition(doctype, bound_cpas(user), frappe.db.escape)


def has_permission(doc, ptype: str = "read", user: str | None = None, debug: bool = False):
	user = user or frappe.session.user
	roles = _roles(user)
	stored_state = (
		_stored_review_state(doc) if scope.SPP_ROLE in roles and ptype in scope.SPP_REVIEW_PTYPES else None
	)
	verdict = scope.may_access(
		doc.doctype, ptype, doc.get("cpas"), bound_cpas(user), roles, stored_state=stored_state
	)
	return verdict


def _stored_review_state(doc) -> str | None:
	"""The workflow state as saved: a workflow action has already set the next one on `doc`."""
	if doc.doctype not in scope.SPP_REVIEW_STATES or not doc.get("name"):
		return None
	return frappe.db.get_value(doc.doctype, doc.name, "workflow_state")


def validate_cpas_binding(doc, method=None):
	"""doc_events validate: a record is saved only for a CPAS the user is bound to."""
	if frappe.flags.in_install or frappe.flags.in_migrate:
		return
	user = frappe.session.user
	before = doc.get_doc_before_save() if not doc.is_new() else None
	if (
		before
		and before.get("cpas") == doc.get("cpas")
		and scope.spp_reviews(doc.doctype, "write", before.get("workflow_state"), _roles(user))
	):
		return  # the SPP approves or returns what the CPAS submitted; the CPAS stays the owner
	problem = scope.binding_problem(
		doc.get("cpas"), before.get("cpas") if before else None, bound_cpas(user), _roles(user)
	)
	refuse(problem, title=_("CPAS scope"), exc=frappe.PermissionError)


def validate_share(doc, method=None):
	"""doc_events validate of DocShare: no share of a CPAS's personal record outside that CPAS."""
	if doc.share_doctype not in scope.CPAS_PRIVATE_DOCTYPES:
		return
	record_cpas = frappe.db.get_value(doc.share_doctype, doc.share_name, "cpas")
	recipient = doc.user or ""
	problem = scope.share_problem(
		doc.share_doctype,
		record_cpas,
		bool(doc.everyone),
		bound_cpas(recipient) if recipient else [],
		_roles(recipient) if recipient else [],
	)
	refuse(problem, title=_("CPAS scope"), exc=frappe.PermissionError)


def referencing_query_conditions(user: str | None = None, doctype: str | None = None) -> str:
	"""Hide rows that point at CPAS records the user cannot read.

	Files, tags and follows carry the name or the title of the record they belong to; Frappe lists
	them to every desk user.
	"""
	user = user or frappe.session.user
	if not doctype or scope.is_unrestricted(_roles(user)):
		return ""
	present = [dt for dt in scope.CPAS_PRIVATE_DOCTYPES if frappe.db.table_exists(dt)]
	return scope.referencing_condition(doctype, present, bound_cpas(user), frappe.db.escape)


def referencing_has_permission(doc, ptype: str = "read", user: str | None = None, debug: bool = False):
	user = user or frappe.session.user
	columns = scope.REFERENCING_DOCTYPES.get(doc.doctype)
	if not columns or scope.is_unrestricted(_roles(user)):
		return None
	ref_doctype, ref_name = doc.get(columns[0]), doc.get(columns[1])
	if ref_doctype in scope.CPAS_PRIVATE_DOCTYPES and ref_name:
		record_cpas = frappe.db.get_value(ref_doctype, ref_name, "cpas")
		if record_cpas not in bound_cpas(user):
			return False
	return None
