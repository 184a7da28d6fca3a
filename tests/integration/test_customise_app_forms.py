"""The SPP's form administrator adds a field to each of the app's forms the form rules allow.

Fanny adds a field to the network meeting report and to the intake assessment over HTTP, as the
desk's Customize Form does (a field name listed twice once made both refuse every change), words
the report's label in French and Dutch, and the field prints on the report's FR|NL print. Then she
adds a field to every other form of the app that the form rules let her customise, found at run
time; the forms they keep from her (single settings forms) refuse it. Everything made here goes.
"""

import io
import os
import re
import uuid
from pathlib import Path

import pytest

from amif_network.rules import customisation
from tests.integration import support
from tests.integration.support import messages_of
from tests.integration.test_form_customisation import LABELS, call, custom_field, customise, new_field
from tests.integration.test_meeting_report import CHILD_TABLES, PDF, REPORT, report_fields

UID = uuid.uuid4().hex[:6]
ACCESS = f"Venue Access {UID}"
ACCESS_FR, ACCESS_NL = f"Accès au lieu {UID}", f"Toegang tot de locatie {UID}"
ACCESS_VALUE = f"Entrée rue Haute 5 / Ingang Hoogstraat 5 ({UID})"
FOLLOW_UP = f"Interpreter Needed {UID}"
PROBE = f"Probe {UID}"


@pytest.fixture(scope="module")
def http(server, users):
	return {key: server.session(users[key]) for key in ("form_admin", "gent_staff", "liege_staff")}


@pytest.fixture(scope="module")
def added(site):
	"""DocTypes customised here: their fields, field orders and label translations are removed after."""
	doctypes = set()
	yield doctypes
	frappe = site
	frappe.db.rollback()
	frappe.set_user("Administrator")
	fields = frappe.get_all(
		"Custom Field", filters={"label": ["like", f"%{UID}%"]}, fields=["name", "dt", "fieldname"]
	)
	setters = frappe.get_all(
		"Property Setter",
		filters={"doc_type": ["in", list(doctypes) or [""]], "value": ["like", f"%{UID}%"]},
		pluck="name",
	)
	for name in setters:
		frappe.db.delete("Version", {"ref_doctype": "Property Setter", "docname": name})
		frappe.db.delete("Property Setter", {"name": name})
	for field in fields:
		frappe.delete_doc("Custom Field", field.name, force=True, ignore_permissions=True)
		frappe.db.delete("Version", {"ref_doctype": "Custom Field", "docname": field.name})
		frappe.db.delete("Deleted Document", {"deleted_doctype": "Custom Field", "deleted_name": field.name})
	frappe.db.delete("Translation", {"source_text": ["like", f"%{UID}%"]})
	frappe.db.commit()
	for field in fields:  # Frappe keeps a deleted custom field's column; the test leaves none
		frappe.db.sql_ddl(f"alter table `tab{field.dt}` drop column if exists `{field.fieldname}`")
	for doctype in doctypes:
		frappe.clear_cache(doctype=doctype)
	frappe.translate.clear_cache()


@pytest.fixture(scope="module")
def meeting(site):
	"""Two network contacts for a report's attendees, and the reports made here; all removed after."""
	frappe = site
	contacts = {
		"lisa": frappe.get_doc(
			{"doctype": "Network Contact", "full_name": f"Lisa {UID}", "organisation_type": "SPP"}
		).insert(),
		"griet": frappe.get_doc(
			{
				"doctype": "Network Contact",
				"full_name": f"Griet {UID}",
				"organisation_type": "CPAS",
				"cpas": "GENT",
			}
		).insert(),
	}
	frappe.db.commit()
	made = {"contacts": {key: doc.name for key, doc in contacts.items()}, "reports": []}
	yield made
	frappe.db.rollback()
	frappe.set_user("Administrator")
	for name in made["reports"]:
		for table in CHILD_TABLES:
			frappe.db.delete(table, {"parent": name, "parenttype": REPORT})
		frappe.db.delete("Version", {"ref_doctype": REPORT, "docname": name})
		frappe.db.delete(REPORT, {"name": name})
	for doc in contacts.values():
		frappe.db.delete("Network Contact", {"name": doc.name})
	frappe.db.commit()


def add_field(http, added, doctype: str, label: str):
	added.add(doctype)
	return customise(http["form_admin"], doctype, lambda form: new_field(form, label))


def pdf_text(content: bytes) -> str:
	from pypdf import PdfReader

	reader = PdfReader(io.BytesIO(content))
	return re.sub(r"\s+", " ", " ".join(page.extract_text() for page in reader.pages))


def test_she_adds_a_field_to_the_meeting_report_and_the_intake_and_it_prints_in_french_and_dutch(
	site, http, added, meeting
):
	for doctype, label in ((REPORT, ACCESS), ("Intake Assessment", FOLLOW_UP)):
		saved = add_field(http, added, doctype, label)
		assert saved.status_code == 200, messages_of(saved)
		assert custom_field(site, doctype, label), doctype
	access = custom_field(site, REPORT, ACCESS)
	follow_up = custom_field(site, "Intake Assessment", FOLLOW_UP)

	# the CPAS staff's desk gets the intake's new field
	meta = call(
		http["liege_staff"],
		"get",
		"/api/method/frappe.desk.form.load.getdoctype",
		params={"doctype": "Intake Assessment"},
	)
	assert meta.status_code == 200, messages_of(meta)
	assert follow_up.fieldname in {f["fieldname"] for f in meta.json()["docs"][0]["fields"]}

	# the report's label in French and Dutch, then a published report that fills it in
	wording = [{"label": ACCESS, "fr": ACCESS_FR, "nl": ACCESS_NL, "en": ACCESS}]
	stored = call(
		http["form_admin"],
		"post",
		f"{LABELS}.save_label_translations",
		data={"doctype": REPORT, "rows": site.as_json(wording)},
	)
	assert stored.status_code == 200, messages_of(stored)
	frappe = site
	frappe.db.rollback()
	frappe.clear_cache(doctype=REPORT)
	frappe.set_user("Administrator")
	report = frappe.get_doc(
		report_fields(meeting["contacts"], meeting_date="2001-09-20", **{access.fieldname: ACCESS_VALUE})
	).insert()
	report.submit()
	frappe.db.commit()
	meeting["reports"].append(report.name)

	pdf = call(
		http["gent_staff"],
		"get",
		PDF,
		params={"doctype": REPORT, "name": report.name, "format": "Meeting Report FR NL"},
	)
	assert pdf.status_code == 200 and pdf.content.startswith(b"%PDF"), messages_of(pdf)
	shots = os.environ.get("AMIF_SCREENSHOTS")
	if shots:
		Path(shots, "meeting-report-added-field-fr-nl.pdf").write_bytes(pdf.content)
	text = pdf_text(pdf.content)
	assert ACCESS_FR in text and ACCESS_NL in text, text[-600:]
	assert ACCESS_VALUE in text


def test_she_adds_a_field_to_every_form_the_form_rules_allow(site, http, added, users):
	frappe = site
	doctypes = support.app_doctypes(frappe)
	names = [d.name for d in doctypes]
	roles = frappe.get_roles(users["form_admin"])
	allowed = [
		d.name
		for d in doctypes
		if not d.issingle
		and not d.is_virtual
		and customisation.customise_problem(d.name, names, roles) is None
	]
	kept_from_her = [d.name for d in doctypes if d.issingle]
	assert {REPORT, "Intake Assessment", "Participant", "Project Fiche"} <= set(allowed)
	refused = []
	for doctype in allowed:
		saved = add_field(http, added, doctype, PROBE)
		if saved.status_code != 200 or not custom_field(site, doctype, PROBE):
			refused.append(f"{doctype}: {saved.status_code} {messages_of(saved)[:200]}")
	assert not refused, "\n".join(refused)
	for doctype in kept_from_her:
		fetched = call(
			http["form_admin"],
			"post",
			"/api/method/run_doc_method",
			data={
				"docs": site.as_json(
					{"doctype": "Customize Form", "name": "Customize Form", "doc_type": doctype}
				),
				"method": "fetch_to_customize",
			},
		)
		assert 400 <= fetched.status_code < 500, (doctype, fetched.status_code)
	print(f"\nthe form administrator added a field to {len(allowed)} forms; {len(kept_from_her)} refused")
