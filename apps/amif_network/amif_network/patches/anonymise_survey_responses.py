"""Responses saved before the k-anonymous release get the same protection as new ones.

Each response is filed under the release period holding its month (one is made for months no
period holds), gets a random name (Frappe's hash names began with the time they were made),
its period's start as creation and modification time and Administrator as author; its free
texts become Survey Comments apart from it; the enrolment keeps only the release period. The
day, language and channel columns of enrolments and responses are emptied and dropped, and the
version rows that held them deleted. Then every group releases its full batches.
"""

from datetime import date, timedelta

import frappe
from frappe.utils import getdate

from amif_network.amif_surveys.survey import new_name, release_periods, release_ready_batch
from amif_network.rules import surveys


def _columns(table: str) -> set[str]:
	"""The table's columns as they are now (Frappe caches them; this patch drops some)."""
	if not frappe.db.table_exists(table):
		return set()
	return {row[0] for row in frappe.db.sql(f"show columns from `tab{table}`")}


def _month_start(period: str | None) -> date | None:
	try:
		year, month = (int(part) for part in (period or "").split("-")[:2])
		return date(year, month, 1)
	except ValueError:
		return None


def _period_for(day: date, made: dict) -> str:
	name = surveys.period_covering(release_periods(), day)
	if name:
		return name
	# One period per uncovered school year (September to August, as the modules run), ending
	# before or starting after the periods already set: nothing overlaps.
	first_year = day.year if day.month >= 9 else day.year - 1
	start, end = date(first_year, 9, 1), date(first_year + 1, 8, 31)
	for _name, other_start, other_end in release_periods():
		if other_start <= end and start <= other_end:
			if other_start > day:
				end = min(end, other_start - timedelta(days=1))
			else:
				start = max(start, other_end + timedelta(days=1))
	name = f"{first_year}-{first_year + 1}"
	if frappe.db.exists("Survey Release Period", name):
		name = f"{start:%Y-%m-%d} – {end:%Y-%m-%d}"
	doc = frappe.get_doc(
		{"doctype": "Survey Release Period", "period_name": name, "start_date": start, "end_date": end}
	)
	doc.insert(ignore_permissions=True)
	made[doc.name] = doc
	return doc.name


def execute():
	response_columns = _columns("Survey Response")
	answer_columns = _columns("Survey Answer")
	enrolment_columns = _columns("Module Enrolment")
	made: dict = {}
	groups = set()
	if "period" in response_columns:
		language = "language" if "language" in response_columns else "null"
		for row in frappe.db.sql(
			f"""select name, period, {language} as language, cpas, module, template
			from `tabSurvey Response` where ifnull(release_period, '') = ''""",
			as_dict=True,
		):
			day = _month_start(row.period) or date.today()
			period = _period_for(day, made)
			start = getdate(frappe.db.get_value("Survey Release Period", period, "start_date"))
			at = surveys.release_timestamp(start)
			name = new_name()
			if "free_text" in answer_columns:
				for key, text in frappe.db.sql(
					"""select question_key, free_text from `tabSurvey Answer`
					where parent=%s and parenttype='Survey Response' and ifnull(free_text, '') != ''""",
					row.name,
				):
					frappe.db.sql(
						"""insert into `tabSurvey Comment` (name, creation, modified, owner, modified_by,
						cpas, module, release_period, template, question_key, language, text, released, withheld)
						values (%s, %s, %s, 'Administrator', 'Administrator', %s, %s, %s, %s, %s, %s, %s, 0, 0)""",
						(
							new_name(),
							at,
							at,
							row.cpas,
							row.module,
							period,
							row.template,
							key,
							row.language,
							text,
						),
					)
				frappe.db.sql(
					"""delete from `tabSurvey Answer` where parent=%s and parenttype='Survey Response'
					and ifnull(free_text, '') != ''""",
					row.name,
				)
			for (answer,) in frappe.db.sql(
				"select name from `tabSurvey Answer` where parent=%s and parenttype='Survey Response'",
				row.name,
			):
				frappe.db.sql(
					"""update `tabSurvey Answer` set name=%s, parent=%s, creation=%s, modified=%s,
					owner='Administrator', modified_by='Administrator' where name=%s""",
					(new_name(), name, at, at, answer),
				)
			frappe.db.sql(
				"""update `tabSurvey Response` set name=%s, release_period=%s, released=0,
				pending_language=%s, creation=%s, modified=%s, owner='Administrator',
				modified_by='Administrator' where name=%s""",
				(name, period, row.language, at, at, row.name),
			)
			groups.add((row.module, period))
	if "survey_done_on" in enrolment_columns:
		for name, done_on in frappe.db.sql(
			"""select name, survey_done_on from `tabModule Enrolment`
			where survey_done_on is not null and ifnull(survey_release_period, '') = ''"""
		):
			frappe.db.set_value(
				"Module Enrolment",
				name,
				"survey_release_period",
				_period_for(getdate(done_on), made),
				update_modified=False,
			)
	for module, period in sorted(groups):
		release_ready_batch(module, period)
	# What told the day, the language or the channel: emptied, then dropped.
	for table, columns in (
		("Survey Response", ("period", "language", "channel")),
		("Survey Answer", ("free_text",)),
		("Module Enrolment", ("survey_done_on", "survey_language", "survey_channel")),
	):
		for column in columns:
			if column in _columns(table):
				frappe.db.sql_ddl(f"alter table `tab{table}` drop column `{column}`")
	frappe.db.sql(
		"""delete from `tabVersion` where ref_doctype in ('Survey Response', 'Survey Comment')
		or (ref_doctype = 'Module Enrolment' and (data like '%%survey_done_on%%'
		or data like '%%survey_language%%' or data like '%%survey_channel%%'))"""
	)
	frappe.db.commit()
