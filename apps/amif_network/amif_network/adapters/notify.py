"""Who holds a role, and desk notifications (with their e-mail) worded in each reader's language."""

from collections.abc import Callable, Iterable

import frappe
from frappe import _
from frappe.utils import escape_html

from amif_network.adapters import language

SKIPPED = ("Administrator", "Guest")


def users_with_roles(roles: Iterable[str], among: Iterable[str] | None = None) -> list[str]:
	"""Enabled users holding any of `roles` (only those of `among`, when given)."""
	filters = {"parenttype": "User", "role": ["in", list(roles)]}
	if among is not None:
		among = list(among)
		if not among:
			return []
		filters["parent"] = ["in", among]
	holders = frappe.get_all(
		"Has Role", filters=filters, pluck="parent", distinct=True, ignore_permissions=True
	)
	if not holders:
		return []
	enabled = set(frappe.get_all("User", {"enabled": 1, "name": ["in", holders]}, pluck="name"))
	return [user for user in holders if user in enabled]


def worded(template: str, lang: str | None, *values) -> str:
	"""A notice template in `lang`, its values escaped (they are shown as HTML in the desk)."""
	return _(template, lang=lang).format(*(escape_html(str(value)) for value in values))


def alert(users: Iterable[str], doctype: str, name: str, subject_for: Callable[[str, str | None], str]):
	"""One desk notification per user, its subject worded by `subject_for(user, language code)`.

	The user who takes the step, Administrator and Guest are not told.
	"""
	from frappe.desk.doctype.notification_log.notification_log import make_notification_logs

	skipped = (*SKIPPED, frappe.session.user)
	for user in dict.fromkeys(user for user in users if user and user not in skipped):
		make_notification_logs(
			frappe._dict(
				type="Alert",
				document_type=doctype,
				document_name=name,
				subject=subject_for(user, language.user_code(user)),
				from_user=frappe.session.user,
			),
			[user],
		)


def email_now(recipient: str, subject: str, message: str, doctype: str, name: str):
	"""One e-mail through Frappe's Email Queue, sent at once; returns its Email Queue record (or None)."""
	return frappe.sendmail(
		recipients=[recipient],
		subject=subject,
		message=message,
		reference_doctype=doctype,
		reference_name=name,
		now=True,
		delayed=False,
	)
