"""The paper version of a survey: a PDF in one language, or two side by side, with the pictograms."""

import frappe
from frappe import _
from frappe.utils.pdf import get_pdf
from werkzeug.wrappers import Response

from amif_network.adapters import language
from amif_network.amif_surveys import pictograms
from amif_network.amif_surveys.audio import require_audio_role
from amif_network.amif_surveys.survey import survey_payload


def paper_context(template: str, languages: str) -> dict:
	codes = [code.strip() for code in (languages or "").split(",") if code.strip()]
	if not 1 <= len(codes) <= 2:
		frappe.throw(_("Choose one language, or two to print side by side."))
	payload = survey_payload(template)
	known = {lang["code"]: lang for lang in payload["languages"]}
	unknown = [code for code in codes if code not in known]
	if unknown:
		frappe.throw(_("Unknown survey language: {0}.").format(", ".join(unknown)))
	questions = payload["questions"]
	for q in questions:
		q["pictogram_svgs"] = [pictograms.svg(p, i) for i, p in enumerate(q.get("pictograms") or [])]
		q["signs"] = {name: pictograms.svg(name) for name in ("check", "cross", "question")}
	return {
		"title": frappe.db.get_value("Survey Template", template, "title"),
		"languages": [known[code] for code in codes],
		"questions": questions,
	}


def survey_pdf(template: str, languages: str = "fr"):
	require_audio_role()
	if not frappe.db.exists("Survey Template", template):
		frappe.throw(_("Survey template {0} was not found.").format(template), frappe.DoesNotExistError)
	frappe.has_permission("Survey Template", "read", template, throw=True)
	context = paper_context(template, languages)
	html = frappe.render_template("templates/print/survey_paper.html", context)
	pdf = get_pdf(html, {"orientation": "Portrait", "page-size": "A4"})
	filename = f"{template}-{languages.replace(',', '-')}.pdf"
	return Response(
		pdf, mimetype="application/pdf", headers={"Content-Disposition": f'inline; filename="{filename}"'}
	)


def print_language_code() -> str:
	"""The survey language matching the print language chosen in the desk, else French."""
	code = language.base_code(frappe.local.lang)
	return code if frappe.db.exists("Survey Language", {"name": code, "enabled": 1}) else "fr"


def survey_paper(doc, languages: str | None = None) -> dict:
	"""Jinja method of the Survey Template print formats: the given languages, or the print language."""
	return paper_context(doc.name, languages or print_language_code())
