"""The nightly retention job: who is due for erasure, who is held, and the erasure itself.

Decisions are taken by `amif_network.rules.retention`; this module reads the facts in bulk (a few
queries for the whole network, whatever its size), erases with the participant erasure of
`steps.erase_participant` and logs each run as an Erasure Run.
"""

import time
from collections import defaultdict

import frappe
from frappe import _
from frappe.utils import cint, getdate, now_datetime, today

from amif_network.adapters.problems import refuse
from amif_network.rules import retention as rules
from amif_network.rules.messages import Problem

LOCK_NAME = "amif_network:erasure_run"
COMMIT_EVERY = 50


class ErasureRunning(frappe.ValidationError):
	http_status_code = 409


def settings() -> tuple[int, int, bool]:
	"""The SPP's rule: retention years, grace days, whether the job erases or only lists."""
	values = frappe.db.get_singles_dict("Retention Settings")
	years = cint(values.get("retention_years")) or rules.LEGAL_MINIMUM_YEARS
	grace = values.get("grace_days")
	grace = rules.DEFAULT_GRACE_DAYS if grace in (None, "") else cint(grace)
	erase = values.get("erase_automatically")
	return max(years, rules.LEGAL_MINIMUM_YEARS), grace, erase in (None, "") or bool(cint(erase))


def fiches_by_cpas() -> dict[str, list[rules.Fiche]]:
	found = defaultdict(list)
	for row in frappe.get_all(
		"Project Fiche",
		filters={"docstatus": ["<", 2]},
		fields=["cpas", "period_start", "period_end", "last_payment_year"],
		ignore_permissions=True,
	):
		found[row.cpas].append(
			rules.Fiche(
				getdate(row.period_start) if row.period_start else None,
				getdate(row.period_end) if row.period_end else None,
				cint(row.last_payment_year) or None,
			)
		)
	return found


def cpas_rules() -> dict[str, dict[str, int]]:
	found = defaultdict(dict)
	for row in frappe.get_all(
		"CPAS Retention Rule", fields=["cpas", "applies_to", "years"], ignore_permissions=True
	):
		found[row.cpas][row.applies_to] = cint(row.years)
	return found


def _table_exists(doctype: str) -> bool:
	return bool(frappe.db.exists("DocType", doctype)) and frappe.db.table_exists(doctype)


def participants_facts(cpas: list[str] | None = None) -> list[tuple[str, rules.Participant]]:
	"""(CPAS, facts) of every participant not yet anonymised, read with one query per table."""
	condition = "p.anonymised = 0"
	values = {}
	if cpas is not None:
		if not cpas:
			return []
		condition += " and p.cpas in %(cpas)s"
		values["cpas"] = tuple(cpas)
	people = frappe.db.sql(
		f"""select p.name, p.cpas, coalesce(p.referral_date, date(p.creation)) as first_day
		from `tabParticipant` p where {condition}""",
		values,
		as_dict=True,
	)
	if not people:
		return []
	last_days = defaultdict(list)
	took_part = set()
	for row in frappe.db.sql(
		f"""select e.participant, max(greatest(coalesce(e.to_date, e.from_date, date(e.modified)),
				coalesce(e.from_date, date(e.modified)))) as last_day,
			max(e.status != 'Proposed') as took_part
		from `tabModule Enrolment` e join `tabParticipant` p on p.name = e.participant
		where {condition} group by e.participant""",
		values,
		as_dict=True,
	):
		last_days[row.participant].append(row.last_day)
		if row.took_part:
			took_part.add(row.participant)
	for row in frappe.db.sql(
		f"""select c.participant, max(coalesce(c.signed_on, date(c.modified))) as last_day
		from `tabParticipant Contract` c join `tabParticipant` p on p.name = c.participant
		where {condition} group by c.participant""",
		values,
		as_dict=True,
	):
		last_days[row.participant].append(row.last_day)
		took_part.add(row.participant)
	for row in frappe.db.sql(
		f"""select i.participant, max(coalesce(i.interview_date, date(i.modified))) as last_day
		from `tabIntake Assessment` i join `tabParticipant` p on p.name = i.participant
		where {condition} group by i.participant""",
		values,
		as_dict=True,
	):
		last_days[row.participant].append(row.last_day)
	obligation_values = defaultdict(lambda: defaultdict(list))
	for obligation in rules.OBLIGATIONS:
		if not _table_exists(obligation.doctype):
			continue
		table = f"tab{obligation.doctype}"
		for row in frappe.db.sql(
			f"""select o.`{obligation.participant_field}` as participant, o.`{obligation.field}` as value
			from `{table}` o join `tabParticipant` p on p.name = o.`{obligation.participant_field}`
			where {condition} and o.`{obligation.field}` in %(open)s""",
			{**values, "open": tuple(obligation.open_values)},
			as_dict=True,
		):
			obligation_values[row.participant][obligation.doctype].append(row.value)
	open_periods = defaultdict(list)
	for obligation in rules.PERIOD_OBLIGATIONS:
		if not _table_exists(obligation.doctype):
			continue
		for row in frappe.get_all(
			obligation.doctype,
			filters={obligation.state_field: ["not in", list(obligation.accepted)]},
			fields=["cpas", f"{obligation.start_field} as start", f"{obligation.end_field} as end"],
			ignore_permissions=True,
		):
			open_periods[row.cpas].append(
				(
					getdate(row.start) if row.start else None,
					getdate(row.end) if row.end else None,
					obligation.reason,
				)
			)
	facts = []
	for person in people:
		first_day = getdate(person.first_day)
		days = [getdate(d) for d in last_days.get(person.name, []) if d]
		last_day = max([first_day, *days])
		obligations = rules.open_obligations(
			obligation_values.get(person.name, {})
		) + rules.period_obligations(first_day, last_day, open_periods.get(person.cpas, []))
		facts.append(
			(
				person.cpas,
				rules.Participant(person.name, first_day, last_day, person.name in took_part, obligations),
			)
		)
	return facts


def verdicts(on=None, cpas: list[str] | None = None) -> list[tuple[str, rules.Verdict]]:
	"""(CPAS, verdict) of every participant not yet anonymised, on day `on`."""
	on = getdate(on or today())
	years, grace, _erase = settings()
	fiches, own_rules = fiches_by_cpas(), cpas_rules()
	return [
		(
			person_cpas,
			rules.retention_verdict(
				person, fiches.get(person_cpas, []), on, years, grace, own_rules.get(person_cpas)
			),
		)
		for person_cpas, person in participants_facts(cpas)
	]


def nightly_erasure():
	"""scheduler_events: list the due participants and erase those whose grace period is over."""
	run_erasure()


def run_erasure(on=None, run_by: str | None = None, cpas: list[str] | None = None) -> dict:
	"""One run of the retention job, refused while another is under way (a database lock).

	`cpas` limits the run to some CPAS (the nightly job runs over the whole network)."""
	on = getdate(on or today())
	got_lock = frappe.db.sql("select get_lock(%s, 0)", LOCK_NAME)[0][0]
	if not got_lock:
		refuse(
			Problem(
				_("An erasure run is already under way: nothing was done. Try again when it has finished.")
			),
			title=_("Erasure already running"),
			exc=ErasureRunning,
		)
	started = time.monotonic()
	run = frappe.get_doc(
		{
			"doctype": "Erasure Run",
			"as_of": on,
			"status": "Running",
			"run_by": run_by or frappe.session.user,
			"started_on": now_datetime(),
		}
	).insert(ignore_permissions=True)
	frappe.db.commit()
	try:
		summary = _run(on, run, cpas)
	except Exception:
		frappe.db.rollback()
		run.reload()
		run.db_set(
			{"status": "Failed", "error": frappe.get_traceback()[-1000:], "finished_on": now_datetime()}
		)
		frappe.db.commit()
		raise
	finally:
		frappe.db.sql("select release_lock(%s)", LOCK_NAME)
	summary["seconds"] = round(time.monotonic() - started, 2)
	run.db_set(
		{
			"status": "Done",
			"finished_on": now_datetime(),
			"seconds": summary["seconds"],
			"participants_checked": summary["checked"],
			"due_count": summary["due"],
			"held_count": summary["held"],
			"erased_count": len(summary["erased"]),
			"erased_participants": "\n".join(summary["erased"]),
		}
	)
	frappe.db.set_single_value("Retention Settings", {"last_run": run.name, "last_run_on": now_datetime()})
	frappe.db.commit()
	return {**summary, "run": run.name}


def _run(on, run, cpas=None) -> dict:
	from amif_network.amif_participants.steps import erase_participant

	_years, _grace, erase = settings()
	found = verdicts(on, cpas)
	summary = {"checked": len(found), "due": 0, "held": 0, "erased": []}
	named = []
	for _cpas, verdict in found:
		if verdict.state == rules.DUE or (verdict.state == rules.ERASE and not erase):
			summary["due"] += 1
		elif verdict.state == rules.HELD:
			summary["held"] += 1
		elif verdict.state == rules.ERASE:
			doc = frappe.get_doc("Participant", verdict.participant)
			erased = erase_participant(
				doc,
				_("Participant anonymised by the retention job ({0}): kept until {1}.").format(
					run.name, frappe.utils.formatdate(verdict.keep_until)
				),
				mentions=False,
			)
			named += erased["identifiers"]
			summary["erased"].append(verdict.participant)
			if len(summary["erased"]) % COMMIT_EVERY == 0:
				frappe.db.commit()
	# other records naming the erased people: one pass per table for the whole run
	from amif_network.amif_participants.personal_data import scrub_mentions

	for start in range(0, len(named), 500):
		scrub_mentions(named[start : start + 500])
	return summary


def run_now(confirmation: str = "") -> dict:
	roles = set(frappe.get_roles())
	if not roles & {"System Manager", "AMIF Network Manager"}:
		refuse(Problem(_("Only the SPP runs the retention job.")), exc=frappe.PermissionError)
	if (confirmation or "").strip() != today():
		refuse(Problem(_("Type today's date {0} to confirm the erasure run."), (today(),)))
	result = run_erasure(run_by=frappe.session.user)
	return {k: result[k] for k in ("run", "checked", "due", "held", "seconds")} | {
		"erased": len(result["erased"])
	}


def expire_consents(on=None) -> list[str]:
	"""scheduler_events: a consent whose end date has passed expires by itself."""
	on = getdate(on or today())
	# "is set" first: Frappe compares an empty date as the earliest one, which would expire every
	# consent given without an end date
	expired = frappe.get_all(
		"Participant Consent",
		filters=[
			["consent_status", "=", "Valid"],
			["valid_until", "is", "set"],
			["valid_until", "<", on],
		],
		pluck="name",
		ignore_permissions=True,
	)
	for name in expired:
		frappe.db.set_value("Participant Consent", name, "consent_status", "Expired")
	frappe.db.commit()
	return expired


def record_last_payment(cpas: str, project_name: str, year: int):
	"""Demo data: the year a fiche received its last payment (an approved fiche keeps this field open)."""
	name = frappe.db.get_value("Project Fiche", {"cpas": cpas, "project_name": project_name}, "name")
	if name:
		frappe.db.set_value("Project Fiche", name, "last_payment_year", year)
