"""Access to field signals: a signal awaiting its review is read by its reporting CPAS and the SPP,
a reviewed one by the whole network.

Signals hold no personal data, so they are not CPAS-owned records; `condition` is the one place
where a user's roles and CPAS binding become access, feeding both the list query and the
per-record check (form, REST, print, PDF, attachments, workflow actions).
"""

import frappe

from amif_network.permissions.cpas_scope import bound_cpas
from amif_network.rules import scope
from amif_network.rules import signals as rules

SIGNAL = "Field Signal"


def condition(user: str | None = None) -> rules.SignalAccess:
	user = user or frappe.session.user
	return rules.signal_access(user, frappe.get_roles(user), bound_cpas(user))


def get_permission_query_conditions(user: str | None = None, doctype: str | None = None) -> str:
	return condition(user).sql(SIGNAL, frappe.db.escape)


def has_permission(doc, ptype: str = "read", user: str | None = None, debug: bool = False):
	access = condition(user)
	state, reporting_cpas, owner = stored_values(doc)
	if access.may(ptype, state, reporting_cpas, owner):
		return None
	return False


def stored_values(doc) -> tuple:
	"""State, CPAS and owner as saved: a request cannot gain access by changing them."""
	if doc.get("name") and not doc.get("__islocal"):
		stored = frappe.db.get_value(
			SIGNAL, doc.get("name"), ["workflow_state", "reporting_cpas", "owner"], as_dict=True
		)
		if stored:
			return stored.workflow_state, stored.reporting_cpas, stored.owner
	return doc.get("workflow_state"), doc.get("reporting_cpas"), doc.get("owner")


def referencing_query_conditions(user: str | None = None, doctype: str | None = None) -> str:
	"""Hide files, tags and follows of signals the user cannot read (they carry names and titles)."""
	access = condition(user)
	columns = scope.REFERENCING_DOCTYPES.get(doctype or "")
	if access.sees_all or not columns:
		return ""
	type_column, name_column = columns
	readable = access.sql(SIGNAL, frappe.db.escape)
	return (
		f"not (ifnull(`tab{doctype}`.`{type_column}`, '') = {frappe.db.escape(SIGNAL)} and "
		f"`tab{doctype}`.`{name_column}` not in (select `tabField Signal`.`name` from `tabField Signal` where {readable}))"
	)


def referencing_has_permission(doc, ptype: str = "read", user: str | None = None, debug: bool = False):
	"""A tag or follow of a signal is read only by who reads the signal."""
	columns = scope.REFERENCING_DOCTYPES.get(doc.doctype)
	if not columns or doc.get(columns[0]) != SIGNAL or not doc.get(columns[1]):
		return None
	stored = frappe.db.get_value(
		SIGNAL, doc.get(columns[1]), ["workflow_state", "reporting_cpas", "owner"], as_dict=True
	)
	if not stored:
		return None
	if condition(user).may_read(stored.workflow_state, stored.reporting_cpas, stored.owner):
		return None
	return False


def keep_attachment_private(doc, method=None):
	"""doc_events of File: an attachment of a signal is private, so it follows the signal's rule."""
	if doc.attached_to_doctype == SIGNAL and not doc.is_private and not doc.is_folder:
		doc.is_private = 1
		doc.save(ignore_permissions=True)  # Frappe moves the stored file to the private folder
