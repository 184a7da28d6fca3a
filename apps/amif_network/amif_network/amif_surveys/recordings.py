"""Recorded voices of the survey: an interpreter's recording per wording, and per language its name.

Uploads are checked by content and size before anything is kept (rules.surveys.audio_problems);
a template or language pointing at a file that is not a valid recording is refused too.
"""

import os

import frappe
from frappe import _

from amif_network.adapters.problems import refuse
from amif_network.rules import surveys


def file_by_url(url: str):
	name = frappe.db.get_value("File", {"file_url": url}, "name")
	return frappe.get_doc("File", name) if name else None


def check_upload(doc, method=None):
	"""File before_insert: a recording attached to a survey wording or language must be audio."""
	fields = surveys.AUDIO_FIELDS.get(doc.attached_to_doctype or "")
	if not fields or doc.attached_to_field not in fields:
		return
	content = doc.get("content")
	if isinstance(content, str):
		content = content.encode()
	if content is None:
		content = doc.get_content() if doc.file_url else b""
	problems = surveys.audio_problems(doc.file_name or "", len(content or b""), (content or b"")[:16])
	if problems:
		# Frappe wrote the file before this check: nothing of the refused upload stays.
		path = doc.get_full_path() if doc.file_url else None
		if path and os.path.exists(path) and not frappe.db.exists("File", {"file_url": doc.file_url}):
			os.remove(path)
		refuse(problems, title=_("Recording not saved"))


def check_recording(url: str | None):
	"""A template's or language's recording must be a stored, valid audio file."""
	if not url:
		return
	file = file_by_url(url)
	if not file:
		frappe.throw(_("The recording {0} was not found: upload it again.").format(url), title=_("Not saved"))
	content = file.get_content() or b""
	if isinstance(content, str):
		content = content.encode()
	refuse(surveys.audio_problems(file.file_name or url, len(content), content[:16]), title=_("Not saved"))


def recorded_audio(template: str, language: str, question: str | None, option, word: str | None):
	"""(bytes, mimetype) of the recording of what the page asks to hear, if an interpreter made one."""
	url = None
	if word == "language_name":
		url = frappe.db.get_value("Survey Language", language, "name_audio")
	elif question and option in (None, ""):
		url = frappe.db.get_value(
			"Survey Wording",
			{
				"parent": template,
				"parenttype": "Survey Template",
				"question_key": question,
				"language": language,
			},
			"audio",
		)
	file = file_by_url(url) if url else None
	if not file:
		return None
	content = file.get_content() or b""
	if isinstance(content, str):
		content = content.encode()
	kind = surveys.audio_kind(content[:16])
	return (content, kind) if kind else None
