"""The indicator return outside its form: exports in FR, NL or EN, the participant rows behind a
figure (its CPAS only), the network's accepted figures (the SPP), and the Access Log of each read."""

import csv
import io

import frappe
from frappe import _

from amif_network.amif_indicators import counting
from amif_network.amif_indicators.doctype.indicator_return.indicator_return import log_access
from amif_network.permissions.cpas_scope import bound_cpas
from amif_network.rules import indicators

LANGUAGES = ("fr", "nl", "en")
FORMATS = ("xlsx", "csv")


def readable_return(name: str):
	if not isinstance(name, str) or not frappe.db.exists("Indicator Return", name):
		frappe.throw(_("No indicator return {0}.").format(name), frappe.DoesNotExistError)
	doc = frappe.get_doc("Indicator Return", name)
	doc.check_permission("read")
	return doc


def return_table(doc, lang: str) -> list[list]:
	"""The return as rows: a heading block, then one row per indicator, in the chosen language."""
	wordings = {
		row.name: row
		for row in frappe.get_all(
			"AMIF Indicator",
			fields=["name", "wording_fr", "wording_nl", "wording_en"],
			ignore_permissions=True,
		)
	}
	rows = [
		[_("Indicator Return", lang=lang), doc.name],
		[_("CPAS", lang=lang), doc.cpas],
		[_("Project", lang=lang), doc.project_name],
		[_("Reporting Period", lang=lang), f"{_(doc.period_kind, lang=lang)} {doc.year}"],
		[_("From", lang=lang), str(doc.period_start)],
		[_("To", lang=lang), str(doc.period_end)],
		[_("Status", lang=lang), _(doc.workflow_state or "Draft", lang=lang)],
		[],
		[_("Indicator", lang=lang), _("Wording", lang=lang), _("Count", lang=lang)],
	]
	for line in doc.lines:
		indicator = wordings.get(line.indicator)
		wording = (indicator.get(f"wording_{lang}") if indicator else None) or line.wording
		rows.append([line.indicator, wording, int(line.participant_count or 0)])
	return rows


def download_return(name: str, file_format: str = "xlsx", language: str = "fr"):
	if file_format not in FORMATS:
		frappe.throw(_("Choose XLSX or CSV."))
	if language not in LANGUAGES:
		frappe.throw(_("Choose French, Dutch or English."))
	doc = readable_return(name)
	rows = return_table(doc, language)
	filename = f"{doc.name}-{language}.{file_format}"
	if file_format == "xlsx":
		from openpyxl import Workbook

		book = Workbook()
		sheet = book.active
		sheet.title = str(doc.year)
		for row in rows:
			sheet.append(row)
		sheet.column_dimensions["A"].width = 22
		sheet.column_dimensions["B"].width = 90
		buffer = io.BytesIO()
		book.save(buffer)
		content = buffer.getvalue()
	else:
		buffer = io.StringIO()
		csv.writer(buffer).writerows(rows)
		content = buffer.getvalue().encode("utf-8-sig")
	log_access(doc.name, "Export", file_format.upper())
	frappe.response["filename"] = filename
	frappe.response["filecontent"] = content
	frappe.response["type"] = "binary"


def participant_rows(name: str, indicator: str) -> list[dict]:
	doc = readable_return(name)
	if not indicators.may_drill_down(doc.cpas, bound_cpas(), frappe.get_roles()):
		frappe.throw(
			_("Only the CPAS that owns a return sees the participants behind its figures."),
			frappe.PermissionError,
		)
	if not isinstance(indicator, str) or not frappe.db.exists("AMIF Indicator", indicator):
		frappe.throw(_("No indicator {0}.").format(indicator))
	spec = frappe.get_doc("AMIF Indicator", indicator)
	period = indicators.Period(frappe.utils.getdate(doc.period_start), frappe.utils.getdate(doc.period_end))
	[(_doc, figure)] = counting.count_return(
		doc.cpas, period, [spec], counting.fiche_modules(doc.fiche), with_names=True
	)
	log_access(doc.name, "Participant rows")
	if figure.records is None:
		return []
	if spec.counting_rule == indicators.RULE_PROCEDURE:
		return frappe.get_all(
			"Procedure Application",
			filters={"name": ["in", list(figure.records) or [""]]},
			fields=["name", "participant", "procedure", "applied_on"],
			order_by="participant asc",
		)
	return frappe.get_all(
		"Module Enrolment",
		filters={"name": ["in", list(figure.records) or [""]]},
		fields=[
			"name",
			"participant",
			"participant_name",
			"module",
			"status",
			"from_date",
			"to_date",
			"cefr_entry",
			"cefr_exit",
			"cefr_exit_on",
		],
		order_by="participant asc, from_date asc",
	)


def accepted_figures(year: int, period_kind: str) -> tuple[list[str], list[dict]]:
	"""The accepted returns of every CPAS for a period, per indicator, with the network's total."""
	returns = frappe.get_all(
		"Indicator Return",
		filters={"year": year, "period_kind": period_kind, "workflow_state": "Accepted"},
		fields=["name", "cpas"],
		order_by="cpas asc",
		ignore_permissions=True,
	)
	per_cpas: dict[str, dict[str, int]] = {}
	for row in returns:
		lines = frappe.get_all(
			"Indicator Return Line",
			filters={"parent": row.name, "parenttype": "Indicator Return"},
			fields=["indicator", "participant_count"],
			ignore_permissions=True,
		)
		figures = per_cpas.setdefault(row.cpas, {})
		for line in lines:
			figures[line.indicator] = figures.get(line.indicator, 0) + int(line.participant_count or 0)
	return sorted(per_cpas), [per_cpas[c] for c in sorted(per_cpas)]


def log_rest_reads(response=None, request=None):
	"""hooks after_request: a return opened over REST or frappe.client is logged like the desk form."""
	if response is None or request is None or response.status_code != 200 or not frappe.db:
		return
	if request.method != "GET" or frappe.session.user == "Guest":
		return
	path = request.path
	name = None
	for prefix in ("/api/resource/Indicator Return/", "/api/resource/Indicator%20Return/"):
		if path.startswith(prefix):
			name = path[len(prefix) :].strip("/")
	if path.endswith("/frappe.client.get") and frappe.form_dict.get("doctype") == "Indicator Return":
		name = frappe.form_dict.get("name")
	if name and isinstance(name, str):
		log_access(name, "Open")
		frappe.db.commit()  # the request's own transaction is already closed
