# Copyright (c) 2026, SPP Intégration Sociale / POD Maatschappelijke Integratie and contributors
# For license information, please see license.txt

"""Satisfaction survey results per module and question, for the CPAS; per module kind and CPAS for the SPP.

A CPAS user sees the exact figures of the CPAS they are bound to; the SPP sees every CPAS through
disclosure control (rules.network_publication.protected_survey_results): answer counts, answers,
responses, the enrolments behind the response rate and the sum of faces behind the average are
audited together, hidden figures read "x". Only
released responses count (batches of at least five per module and release period); a CPAS user
sees how many wait, and the free texts of their released groups, unattributed and shuffled.
"""

import random

import frappe
from frappe import _
from frappe.utils import getdate, today

from amif_network.adapters import language
from amif_network.adapters.problems import text as problem_text
from amif_network.amif_surveys.survey import question_dicts
from amif_network.permissions.cpas_scope import bound_cpas
from amif_network.rules import network_publication, scope, surveys


def execute(filters=None):
	filters = frappe._dict(filters or {})
	roles = frappe.get_roles()
	unrestricted = scope.is_unrestricted(roles)
	network_view = not unrestricted and scope.SPP_ROLE in roles
	if unrestricted or network_view:
		cpas_list = frappe.get_all("CPAS", pluck="name")
	else:
		cpas_list = sorted(bound_cpas())
	template = filters.get("template") or frappe.db.get_value(
		"Survey Template", {"is_active": 1}, "name", order_by="creation desc"
	)
	if not cpas_list or not template:
		return columns(network_view), []
	conditions = {"cpas": ("in", cpas_list), "template": template, "released": 1}
	if filters.get("release_period"):
		conditions["release_period"] = filters.release_period
	if filters.get("module"):
		conditions["module"] = filters.module
	if filters.get("module_kind"):
		conditions["module_kind"] = filters.module_kind
	responses = frappe.get_all(
		"Survey Response",
		filters=conditions,
		fields=["name", "cpas", "module", "module_kind"],
		limit_page_length=0,
		ignore_permissions=True,  # the CPAS are chosen above; waiting responses are filtered out
	)

	def group_of(row) -> tuple:
		return (row.module_kind, row.cpas) if network_view else (row.module, row.cpas)

	group_by_response = {r.name: group_of(r) for r in responses}
	response_counts: dict[tuple, int] = {}
	for group in group_by_response.values():
		response_counts[group] = response_counts.get(group, 0) + 1
	answers = []
	if responses:
		for row in frappe.get_all(
			"Survey Answer",
			filters={"parenttype": "Survey Response", "parent": ("in", list(group_by_response))},
			fields=["parent", "question_key", "answer"],
			limit_page_length=0,
			ignore_permissions=True,
		):
			if row.answer:
				answers.append((group_by_response[row.parent], row.question_key, row.answer))
	groups = sorted(response_counts)
	questions = [
		q
		for q in question_dicts(frappe.get_doc("Survey Template", template))
		if q["kind"] != surveys.FREE_TEXT
	]
	eligible = eligible_enrolments(groups, network_view, getdate(filters.get("rate_date") or today()))
	lines = surveys.result_lines(groups, questions, answers, response_counts, eligible)
	if network_view:
		lines = network_publication.protected_survey_results(lines, eligible)
	labels = question_labels(template)
	data = [row_of(line, network_view, labels) for line in lines]
	if not network_view:
		data += waiting_rows(cpas_list, filters) + comment_rows(cpas_list, template, filters, labels)
	return columns(network_view), data, None, chart(data)


def waiting_rows(cpas_list, filters) -> list[dict]:
	"""One line per module and release period whose next batch is not full yet."""
	from amif_network.amif_surveys.survey import waiting_counts

	rows = []
	modules = dict(frappe.get_all("Activity Module", fields=["name", "cpas"], as_list=True))
	for (module, period), waiting in sorted(waiting_counts(cpas_list).items()):
		if filters.get("module") and module != filters.module:
			continue
		if filters.get("release_period") and period != filters.release_period:
			continue
		problem = surveys.waiting_problem(waiting)
		rows.append(
			{
				"module": module,
				"cpas": modules.get(module),
				"question": period,
				"comment": problem_text(problem) if problem else "",
			}
		)
	return rows


def comment_rows(cpas_list, template: str, filters, labels: dict) -> list[dict]:
	"""Free texts of released groups, per module and question, in a random order and unattributed."""
	conditions = {"cpas": ("in", cpas_list), "template": template, "released": 1}
	for key in ("module", "release_period"):
		if filters.get(key):
			conditions[key] = filters[key]
	comments = frappe.get_all(
		"Survey Comment",
		filters=conditions,
		fields=["module", "cpas", "question_key", "text", "withheld"],
		limit_page_length=0,
		ignore_permissions=True,  # a CPAS role reads no comment itself: only this unattributed view
	)
	random.SystemRandom().shuffle(comments)
	groups: dict[tuple, list] = {}
	for row in comments:
		groups.setdefault((row.module, row.cpas, row.question_key), []).append(row)
	rows = []
	for (module, cpas, key), group in sorted(groups.items()):
		question = f"{key} · {labels.get(key, '')}"
		for row in group:
			if not row.withheld:
				rows.append({"module": module, "cpas": cpas, "question": question, "comment": row.text})
		withheld = sum(1 for row in group if row.withheld)
		if withheld:
			rows.append(
				{
					"module": module,
					"cpas": cpas,
					"question": question,
					"comment": _(
						"{0} comments withheld: written in a language fewer than 5 people of their group answered in"
					).format(withheld),
				}
			)
	return rows


def eligible_enrolments(groups, network_view: bool, cutoff) -> dict:
	"""Enrolments that ended or are active since the cutoff, per group of the report."""
	if not groups:
		return {}
	modules = {
		m.name: m.kind
		for m in frappe.get_all("Activity Module", fields=["name", "kind"], limit_page_length=0)
	}
	counts: dict[tuple, int] = {}
	for row in frappe.get_all(
		"Module Enrolment",
		filters={"cpas": ("in", sorted({cpas for _key, cpas in groups}))},
		fields=["module", "cpas", "status", "from_date"],
		limit_page_length=0,
		ignore_permissions=True,  # counts only: the SPP has no right on enrolments and sees no row
	):
		if surveys.counts_for_rate(row.status, getdate(row.from_date) if row.from_date else None, cutoff):
			group = (modules.get(row.module), row.cpas) if network_view else (row.module, row.cpas)
			counts[group] = counts.get(group, 0) + 1
	return counts


def question_labels(template: str) -> dict:
	"""The question's plain wording in the user's language, else in French."""
	lang = language.base_code(frappe.local.lang)
	labels = {}
	for row in frappe.get_all(
		"Survey Wording",
		filters={"parent": template, "parenttype": "Survey Template"},
		fields=["question_key", "language", "wording"],
	):
		if row.language == lang or (row.language == "fr" and row.question_key not in labels):
			labels[row.question_key] = row.wording
	return labels


def row_of(line: dict, network_view: bool, labels: dict) -> dict:
	first, cpas = line["group"]
	rate = line["response_rate"]
	return {
		"module_kind" if network_view else "module": _(first) if network_view else first,
		"cpas": cpas,
		"question": f"{line['question']} · {labels.get(line['question'], '')}",
		"domain": _(line["domain"]),
		"responses": line["responses"],
		"answered": line["answered"],
		"average": line["average"] if line["average"] is not None else "",
		"distribution": surveys.distribution_text(
			line["counts"], {"yes": _("Yes"), "no": _("No"), "dont_know": _("Don't know")}
		),
		"response_rate": f"{rate} %" if isinstance(rate, float) else (rate or ""),
	}


def columns(network_view: bool) -> list[dict]:
	first = (
		{"fieldname": "module_kind", "label": _("Module Kind"), "fieldtype": "Data", "width": 170}
		if network_view
		else {
			"fieldname": "module",
			"label": _("Module"),
			"fieldtype": "Link",
			"options": "Activity Module",
			"width": 190,
		}
	)
	return [
		first,
		{"fieldname": "cpas", "label": _("CPAS"), "fieldtype": "Link", "options": "CPAS", "width": 110},
		{"fieldname": "question", "label": _("Question"), "fieldtype": "Data", "width": 300},
		{"fieldname": "domain", "label": _("Domain"), "fieldtype": "Data", "width": 140},
		{"fieldname": "responses", "label": _("Responses"), "fieldtype": "Data", "width": 100},
		{"fieldname": "answered", "label": _("Answered"), "fieldtype": "Data", "width": 100},
		{"fieldname": "average", "label": _("Average (1-5)"), "fieldtype": "Data", "width": 110},
		{"fieldname": "distribution", "label": _("Distribution"), "fieldtype": "Data", "width": 260},
		{"fieldname": "response_rate", "label": _("Response Rate"), "fieldtype": "Data", "width": 120},
		*(
			[]
			if network_view
			else [{"fieldname": "comment", "label": _("Comment"), "fieldtype": "Data", "width": 320}]
		),
	]


def chart(data: list[dict]):
	"""Average face per question, over the lines whose average is shown."""
	shown = [row for row in data if isinstance(row.get("average"), float)][:24]
	if not shown:
		return None
	return {
		"data": {
			"labels": [
				f"{row.get('module') or _(row.get('module_kind') or '')} {row['cpas']} {row['question'].split(' ')[0]}"
				for row in shown
			],
			"datasets": [{"name": _("Average (1-5)"), "values": [row["average"] for row in shown]}],
		},
		"type": "bar",
		"colors": ["#2b6cb0"],
	}
