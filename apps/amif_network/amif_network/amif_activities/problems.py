"""Turn the verdicts of the plain-Python rules into translated errors for the user."""

import frappe
from frappe import _


def throw_problems(problems, title: str | None = None, intro: str | None = None):
	"""Refuse the action with every problem listed, each translated in the user's language."""
	problems = [p for p in problems if p]
	if not problems:
		return
	lines = [p.render(_) for p in problems]
	if len(lines) == 1 and not intro:
		message = lines[0]
	else:
		items = "".join(f"<li>{frappe.utils.escape_html(line)}</li>" for line in lines)
		message = f"{frappe.utils.escape_html(intro) if intro else ''}<ul>{items}</ul>"
	frappe.throw(message, title=title or _("Not saved"))
