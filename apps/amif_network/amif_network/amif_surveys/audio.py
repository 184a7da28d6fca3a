"""Read-aloud audio of the survey, made on the server so any tablet can play it.

An interpreter's recording of the wording (or of the language's name) comes first. Otherwise
espeak-ng speaks the wording into a WAV file, cached in the site's private files per voice and
text (a changed wording gets a new file). A language with no voice gets a clear 404; the page
then tries the tablet's own voice, or hides the speaker.
"""

import os
import shutil
import subprocess
import tempfile

import frappe
from frappe import _
from werkzeug.wrappers import Response

from amif_network.amif_surveys.recordings import recorded_audio
from amif_network.amif_surveys.survey import WORD_FIELDS, may_run_surveys
from amif_network.rules import scope, surveys

AUDIO_FOLDER = ("private", "files", "survey_audio")


def require_audio_role():
	if not (may_run_surveys() or scope.SPP_ROLE in frappe.get_roles()):
		frappe.throw(_("Only the staff of a CPAS can run a satisfaction survey."), frappe.PermissionError)


def text_to_speak(template: str, language: str, question: str | None, option, word: str | None) -> str:
	"""The wording the page asks for, looked up on the server: clients never send text to speak."""
	if word == "language_name":
		return frappe.db.get_value("Survey Language", language, "language_name") or ""
	if word:
		if f"word_{word}" not in WORD_FIELDS:
			frappe.throw(_("Unknown word {0}.").format(word), frappe.DoesNotExistError)
		return frappe.db.get_value("Survey Language", language, f"word_{word}") or ""
	row = frappe.db.get_value(
		"Survey Wording",
		{"parent": template, "parenttype": "Survey Template", "question_key": question, "language": language},
		["wording", "plain_wording", "option_wordings"],
		as_dict=True,
	)
	if not row:
		frappe.throw(
			_("Question {0} has no wording in {1}.").format(question, language), frappe.DoesNotExistError
		)
	if option not in (None, ""):
		lines = [line.strip() for line in (row.option_wordings or "").splitlines() if line.strip()]
		index = int(option) if str(option).isdigit() else -1
		if not 0 <= index < len(lines):
			frappe.throw(_("Unknown option {0}.").format(option), frappe.DoesNotExistError)
		return lines[index]
	return row.plain_wording or row.wording


def audio_file(voice: str, text: str) -> str:
	"""The cached WAV of `text` in `voice`, made once with espeak-ng."""
	folder = frappe.get_site_path(*AUDIO_FOLDER)
	os.makedirs(folder, exist_ok=True)
	path = os.path.join(folder, surveys.audio_cache_key(voice, text) + ".wav")
	if os.path.exists(path) and os.path.getsize(path) > 0:
		return path
	espeak = shutil.which("espeak-ng")
	if not espeak:
		frappe.throw(_("The server cannot read aloud: espeak-ng is not installed."), frappe.DoesNotExistError)
	handle, partial = tempfile.mkstemp(suffix=".wav", dir=folder)
	os.close(handle)
	try:
		# The text goes in on stdin, never on the command line.
		subprocess.run(
			[espeak, "-v", voice, "-s", "140", "-w", partial, "--stdin"],
			input=text.encode(),
			check=True,
			timeout=30,
			capture_output=True,
		)
		os.replace(partial, path)
	finally:
		if os.path.exists(partial):
			os.remove(partial)
	return path


def speak(
	template: str,
	language: str,
	question: str | None = None,
	option: str | None = None,
	word: str | None = None,
):
	require_audio_role()
	if not frappe.db.exists("Survey Language", language):
		frappe.throw(_("Choose one of the survey languages."), frappe.DoesNotExistError)
	recorded = recorded_audio(template, language, question, option, word)
	if recorded:
		data, mimetype = recorded
		return Response(
			data,
			mimetype=mimetype,
			headers={"Cache-Control": "private, max-age=86400", "X-Survey-Voice": "recorded"},
		)
	voice = frappe.db.get_value("Survey Language", language, "voice")
	if not voice:
		frappe.throw(_("No voice reads {0} aloud on the server.").format(language), frappe.DoesNotExistError)
	text = text_to_speak(template, language, question, option, word)
	if not text.strip():
		frappe.throw(_("There is nothing to read aloud."), frappe.DoesNotExistError)
	with open(audio_file(voice, text), "rb") as handle:
		data = handle.read()
	return Response(
		data,
		mimetype="audio/wav",
		headers={"Cache-Control": "private, max-age=86400", "X-Survey-Voice": "espeak-ng"},
	)
