"""Reads what the counting rules of `rules.indicators` count, for one CPAS and one period."""

from datetime import date

import frappe

from amif_network.rules import indicators
from amif_network.rules.network_counts import POSITIVE_FACES, SCALE_ANSWERS


def fiche_modules(fiche: str) -> tuple[str, ...]:
	"""The catalogue modules that carry out the fiche's modules: what the project's return counts."""
	return tuple(
		sorted(
			set(
				frappe.get_all(
					"Project Fiche Module",
					filters={
						"parent": fiche,
						"parenttype": "Project Fiche",
						"activity_module": ["is", "set"],
					},
					pluck="activity_module",
					ignore_permissions=True,
				)
			)
		)
	)


def module_kinds(cpas: str, modules) -> dict[str, frozenset]:
	"""Each module of the project (of the CPAS) with the indicator kinds it is tagged with."""
	if not modules:
		return {}
	rows = frappe.db.sql(
		"""select m.name, k.indicator_kind from `tabActivity Module` m
		join `tabAMIF Indicator Kind` k on k.parent = m.name and k.parenttype = 'Activity Module'
		where m.cpas = %s and m.name in %s""",
		(cpas, tuple(modules)),
	)
	kinds: dict[str, set] = {}
	for module, kind in rows:
		kinds.setdefault(module, set()).add(kind)
	return {module: frozenset(values) for module, values in kinds.items()}


def enrolment_rows(
	cpas: str, period: indicators.Period, modules, with_levels: bool = True, with_names: bool = False
) -> list[indicators.EnrolmentRow]:
	"""Started enrolments of the project's tagged modules that touch the period, plus (with_levels)
	those whose exit level was assessed in it. Only the columns the rules read are fetched: a
	return over 100,000 participants is mostly the time of reading its rows."""
	kinds = module_kinds(cpas, modules)
	if not kinds:
		return []
	values = {
		"cpas": cpas,
		"modules": tuple(kinds),
		"statuses": tuple(indicators.PARTICIPATING_STATUSES),
		"start": period.start,
		"end": period.end,
	}
	name = "name" if with_names else "''"
	rows = []
	# Rows travel packed, one text per module: the driver reads a few long values far faster
	# than 100,000s of short rows. Every enrolment still reaches the rule function as it is.
	frappe.db.sql("set session group_concat_max_len = 1073741824")
	packed = frappe.db.sql(
		f"""select module, group_concat(concat_ws('\t', {name}, participant, status,
			ifnull(from_date, ''), ifnull(to_date, '')) separator '\n')
		from `tabModule Enrolment`
		where cpas = %(cpas)s and module in %(modules)s and status in %(statuses)s
		and from_date <= %(end)s and (to_date is null or to_date >= %(start)s)
		group by module""",
		values,
	)
	days: dict[str, date | None] = {"": None}
	for module, text in packed:
		module_kinds_of = kinds[module]
		for line in (text or "").split("\n"):
			key, participant, status, start, end = line.split("\t")
			if start not in days:
				days[start] = date.fromisoformat(start)
			if end not in days:
				days[end] = date.fromisoformat(end)
			rows.append(
				indicators.EnrolmentRow(
					key, participant, cpas, module, module_kinds_of, status, days[start], days[end]
				)
			)
	if with_levels:
		rows.extend(
			indicators.EnrolmentRow(
				key,
				participant,
				cpas,
				module,
				kinds[module],
				status,
				from_date,
				to_date,
				entry,
				exit_level,
				on,
			)
			for key, participant, module, status, from_date, to_date, entry, exit_level, on in frappe.db.sql(
				f"""select {name}, participant, module, status, from_date, to_date, cefr_entry, cefr_exit, cefr_exit_on
				from `tabModule Enrolment`
				where cpas = %(cpas)s and module in %(modules)s and status in %(statuses)s
				and cefr_exit_on between %(start)s and %(end)s and ifnull(cefr_exit, '') != ''""",
				values,
			)
		)
	return rows


def answer_is_positive(kind: str | None, answer: str | None) -> bool:
	"""A happy face (4 or 5; the happy face of a 3-face scale) or a yes."""
	if kind in SCALE_ANSWERS:
		return answer in POSITIVE_FACES
	return answer == "yes"


def answer_rows(cpas: str, period: indicators.Period, domains, modules) -> list[indicators.SurveyAnswerRow]:
	"""Released answers only (groups of at least five), each dated by its release period's start.

	The integration question's answers are kept apart from the responses, per CPAS; the other
	domains are read from the released responses of the project's modules."""
	if not domains or not frappe.db.table_exists("Survey Release Period"):
		return []
	values = {"cpas": cpas, "start": period.start, "end": period.end, "modules": tuple(modules) or ("",)}
	rows = []
	if indicators.INTEGRATION_DOMAIN in domains:
		rows += frappe.db.sql(
			"""select p.start_date, %(domain)s, a.answer_kind, a.answer, count(*)
			from `tabIntegration Answer` a join `tabSurvey Release Period` p on p.name = a.release_period
			where a.cpas = %(cpas)s and a.released = 1 and p.start_date between %(start)s and %(end)s
			group by p.start_date, a.answer_kind, a.answer""",
			{**values, "domain": indicators.INTEGRATION_DOMAIN},
		)
	others = tuple(d for d in domains if d != indicators.INTEGRATION_DOMAIN)
	if others:
		rows += frappe.db.sql(
			"""select p.start_date, a.domain, a.answer_kind, a.answer, count(*)
			from `tabSurvey Response` r
			join `tabSurvey Release Period` p on p.name = r.release_period
			join `tabSurvey Answer` a on a.parent = r.name and a.parenttype = 'Survey Response'
			where r.cpas = %(cpas)s and r.released = 1 and r.module in %(modules)s
			and p.start_date between %(start)s and %(end)s and a.domain in %(domains)s
			group by p.start_date, a.domain, a.answer_kind, a.answer""",
			{**values, "domains": others},
		)
	# identical answers travel as one row with their number; each still reaches the rule as a row
	answers = []
	for start, domain, kind, answer, count in rows:
		answers += [indicators.SurveyAnswerRow(cpas, start, domain, answer_is_positive(kind, answer))] * count
	return answers


def procedure_rows(cpas: str, period: indicators.Period) -> list[indicators.ProcedureRow]:
	rows = frappe.db.sql(
		"""select name, participant, `procedure`, applied_on from `tabProcedure Application`
		where cpas = %s and applied_on between %s and %s""",
		(cpas, period.start, period.end),
	)
	return [
		indicators.ProcedureRow(name, participant, cpas, procedure, on)
		for name, participant, procedure, on in rows
	]


def active_indicators(funding_period: str | None = None) -> list:
	filters = {"is_active": 1}
	if funding_period:
		filters["funding_period"] = funding_period
	names = frappe.get_all(
		"AMIF Indicator",
		filters=filters,
		order_by="sort_order asc, code asc",
		pluck="name",
		ignore_permissions=True,
	)
	return [frappe.get_doc("AMIF Indicator", name) for name in names]


def return_data(
	cpas: str, period: indicators.Period, specs, modules, with_names: bool = False
) -> indicators.ReturnData:
	"""Only what the indicators' rules read is fetched, for the project's modules."""
	rules = {spec.counting_rule for spec in specs}
	domains = {spec.survey_domain for spec in specs if spec.survey_domain}
	return indicators.ReturnData(
		enrolments=tuple(
			enrolment_rows(cpas, period, modules, indicators.RULE_CEFR_GAIN in rules, with_names)
		)
		if rules & {indicators.RULE_MODULE_KINDS, indicators.RULE_CEFR_GAIN}
		else (),
		answers=tuple(answer_rows(cpas, period, domains, modules)),
		procedures=tuple(procedure_rows(cpas, period)) if indicators.RULE_PROCEDURE in rules else (),
	)


def count_return(
	cpas: str, period: indicators.Period, indicator_docs, modules, with_names: bool = False
) -> list[tuple]:
	"""(indicator doc, Figure) for each indicator, each figure from its own named rule function;
	with_names also gives the records behind each figure (the CPAS's drill-down)."""
	specs = [doc.spec() for doc in indicator_docs]
	data = return_data(cpas, period, specs, modules, with_names)
	return [
		(doc, indicators.count_figure(data, spec, period, cpas))
		for doc, spec in zip(indicator_docs, specs, strict=True)
	]
