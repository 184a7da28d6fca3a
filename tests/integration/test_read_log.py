"""Who saw whom: a CPAS manager lists who opened, printed or downloaded a participant's records.

A Liège social worker opens a Liège participant in the desk, over REST and as a PDF; the Liège
manager sees these reads in the Participant Record Views report, the Gent manager cannot run it
for a Liège participant, and nobody of Gent could open the record (so nobody of Gent is listed).
The participant's erasure scrubs their identity from the Access Log's readable text.
"""

import json
import uuid

import pytest

UID = uuid.uuid4().hex[:8]
REPORT = "Participant Record Views"
PARTICIPANTS = "amif_network.api.participants"


@pytest.fixture(scope="module")
def participant(site, users):
	frappe = site
	doc = frappe.get_doc(
		{"doctype": "Participant", "cpas": "LIEGE", "first_name": "Samira", "last_name": f"Lecture{UID}"}
	).insert()
	frappe.db.commit()
	yield doc
	frappe.db.rollback()
	frappe.db.delete("View Log", {"reference_name": doc.name})
	frappe.db.delete("Access Log", {"reference_document": doc.name})
	frappe.delete_doc("Participant", doc.name, force=True, ignore_permissions=True)
	frappe.db.commit()


def run_report(http, participant: str):
	return http.post(
		http.base_url + "/api/method/frappe.desk.query_report.run",
		data={"report_name": REPORT, "filters": json.dumps({"participant": participant})},
	)


def test_a_cpas_manager_sees_who_read_a_participants_records(participant, server, users, site):
	lise, griet = server.session(users["liege_staff"]), server.session(users["gent_staff"])
	opened = lise.get(
		lise.base_url + "/api/method/frappe.desk.form.load.getdoc",
		params={"doctype": "Participant", "name": participant.name},
	)
	assert opened.status_code == 200, opened.text
	assert lise.get(lise.base_url + f"/api/resource/Participant/{participant.name}").status_code == 200
	pdf = lise.get(
		lise.base_url + "/api/method/frappe.utils.print_format.download_pdf",
		params={"doctype": "Participant", "name": participant.name},
	)
	assert pdf.status_code == 200 and pdf.content.startswith(b"%PDF"), pdf.text[:300]
	# another CPAS cannot open it, and its attempt is no read
	assert griet.get(griet.base_url + f"/api/resource/Participant/{participant.name}").status_code == 403

	luc = server.session(users["liege_manager"])
	report = run_report(luc, participant.name)
	assert report.status_code == 200, report.text
	rows = report.json()["message"]["result"]
	reads = {(row["user"], row["action"], row["record"]) for row in rows if isinstance(row, dict)}
	assert (users["liege_staff"], "Ouvert", participant.name) in reads  # desk and REST, in French
	assert (users["liege_staff"], "Imprimé", participant.name) in reads  # Frappe's own Access Log of the PDF
	assert len([r for r in rows if r["user"] == users["liege_staff"] and r["action"] == "Ouvert"]) == 2
	assert not [row for row in rows if row["user"] == users["gent_staff"]]


def test_a_manager_of_another_cpas_cannot_list_who_read_a_participant(participant, server, users):
	geert = server.session(users["gent_manager"])
	refused = run_report(geert, participant.name)
	assert refused.status_code == 403, refused.text
	assert participant.last_name not in refused.text
	staff = server.session(users["liege_staff"])
	assert run_report(staff, participant.name).status_code == 403


def test_erasure_scrubs_the_participant_from_the_access_log(participant, server, users, site):
	frappe = site
	# a printed list of participants, as Frappe's report_to_pdf keeps it in the Access Log
	printed = frappe.get_doc(
		{
			"doctype": "Access Log",
			"user": users["liege_staff"],
			"export_from": "Participant",
			"method": "PDF",
			"file_type": "PDF",
			"page": f"<table><tr><td>Samira Lecture{UID}</td></tr></table>",
			"filters": json.dumps({"last_name": f"Lecture{UID}"}),
		}
	).insert(ignore_permissions=True)
	frappe.db.commit()
	luc = server.session(users["liege_manager"])
	erased = luc.post(
		luc.base_url + f"/api/method/{PARTICIPANTS}.anonymise",
		json={"participant": participant.name, "confirmation": participant.name},
	)
	assert erased.status_code == 200, erased.text
	frappe.db.rollback()
	assert not frappe.db.sql(
		"select name from `tabAccess Log` where page like %(v)s or filters like %(v)s",
		{"v": f"%Lecture{UID}%"},
	)
	# who saw the record stays known
	assert frappe.db.count("View Log", {"reference_name": participant.name}) == 2
	frappe.db.delete("Access Log", {"name": printed.name})
	frappe.db.commit()
