"""A rule's problems (rules.messages.Problem) as the user reads them: one message, or one refusal.

Every controller and method refuses through `refuse`, so each message is translated in the user's
language and its values HTML-escaped the same way everywhere.
"""

import html
from collections.abc import Iterable

import frappe
from frappe import _

from amif_network.rules.messages import Problem


def listed(problems: Problem | Iterable[Problem | None] | None) -> list[Problem]:
	"""The problems that are there: one problem, or the non-empty ones of a list."""
	if problems is None:
		return []
	if isinstance(problems, Problem):
		return [problems]
	return [problem for problem in problems if problem]


def text(problem: Problem, lang: str | None = None) -> str:
	"""One problem as plain text in the user's language (or `lang`), its message arguments translated too."""
	return problem.render(lambda source: _(source, lang=lang))


def message(problems, intro: str | None = None) -> str:
	"""Every problem, translated and HTML-escaped: one line, or a list under its intro ("" if none)."""
	lines = [html.escape(text(problem), quote=False) for problem in listed(problems)]
	if not lines:
		return ""
	if len(lines) == 1 and not intro:
		return lines[0]
	items = "".join(f"<li>{line}</li>" for line in lines)
	return f"{html.escape(intro, quote=False) if intro else ''}<ul>{items}</ul>"


def refuse(problems, title: str | None = None, intro: str | None = None, exc=frappe.ValidationError):
	"""Refuse the action with every problem at once (nothing is saved); no problem, no refusal."""
	shown = message(problems, intro)
	if shown:
		frappe.throw(shown, exc, title=title or _("Not saved"))


def field_label(df, row: int | None = None) -> str:
	"""A field's label as the user reads it in a message, with its row number inside a table."""
	label = _(df.label or df.fieldname, context=df.parent)
	return _("Row #{0}: {1}").format(row, label) if row else label
