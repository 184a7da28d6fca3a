"""No dangling reference, no lost update: what two users or a careless client cannot break."""

import datetime
import json
import uuid

import pytest

from tests.integration.support import messages_of

UID = uuid.uuid4().hex[:8]


def test_a_cpas_manager_cannot_bind_a_user_who_does_not_exist(server, users, site):
	"""Frappe 15 skips the link check when the link has fetch-from fields (the member's name)."""
	manager = server.session(users["liege_manager"])
	ghost = f"ghost-{UID}@amif.example"
	response = manager.post(
		manager.base_url + "/api/resource/CPAS Membership", json={"user": ghost, "cpas": "LIEGE"}
	)
	assert response.status_code == 417, response.text
	assert ghost in messages_of(response)
	assert "n'existe pas" in messages_of(response)  # in the manager's French
	site.db.rollback()
	assert not site.db.exists("CPAS Membership", {"user": ghost})


def test_an_enrolment_in_a_module_that_does_not_exist_is_refused_as_a_missing_record(server, users, site):
	"""The enrolment's own checks read its module (its contracts, its name in the message): the
	missing module is refused first, with the module named, not left to fail inside those checks."""
	manager = server.session(users["liege_manager"])
	# a participant who may start a module: one already following another
	participant = site.get_all(
		"Module Enrolment", {"cpas": "LIEGE", "status": "Active"}, pluck="participant", limit=1
	)[0]
	ghost = f"MOD-GHOST-{UID}"
	response = manager.post(
		manager.base_url + "/api/resource/Module Enrolment",
		json={"participant": participant, "module": ghost, "cpas": "LIEGE", "status": "Active"},
	)
	assert response.status_code == 417, response.text
	assert response.json()["exc_type"] == "LinkValidationError", messages_of(response)
	assert ghost in messages_of(response)
	site.db.rollback()
	assert not site.db.exists("Module Enrolment", {"module": ghost})


@pytest.fixture(scope="module")
def records(site, users):
	"""A Liège participant, a Liège session and a draft meeting report, removed afterwards."""
	frappe = site
	participant = frappe.get_doc(
		{"doctype": "Participant", "cpas": "LIEGE", "first_name": "Nadia", "last_name": f"Concurrent{UID}"}
	).insert()
	module = frappe.get_all("Activity Module", {"cpas": "LIEGE"}, ["name", "period_from"], limit=1)[0]
	session = frappe.get_doc(
		{
			"doctype": "Module Session",
			"module": module.name,
			"cpas": "LIEGE",
			"session_date": module.period_from,
			"start_time": "06:00:00",
			"end_time": "06:30:00",
			"place": "Salle A",
		}
	).insert()
	report = frappe.get_doc(
		{
			"doctype": "Network Meeting Report",
			"title_fr": f"Réunion {UID}",
			"title_nl": f"Vergadering {UID}",
			"meeting_date": datetime.date(2031, 3, 5),
			"report_languages": "French and Dutch",
			"place": "Bruxelles",
		}
	).insert()
	frappe.db.commit()
	yield {
		"Participant": participant.name,
		"Module Session": session.name,
		"Network Meeting Report": report.name,
	}
	frappe.db.rollback()
	for doctype, name in (
		("Network Meeting Report", report.name),
		("Module Session", session.name),
		("Participant", participant.name),
	):
		frappe.delete_doc(doctype, name, force=True, ignore_permissions=True)
	frappe.db.commit()


EDITORS = {
	"Participant": ("liege_staff", "liege_manager", "languages_spoken", "français", "arabe", "fr"),
	"Module Session": ("liege_staff", "liege_manager", "place", "Salle B", "Salle C", "fr"),
	"Network Meeting Report": ("spp_manager", "spp_manager", "place", "Liège", "Gent", "fr"),
}
STALE_MESSAGE = {"fr": "modifié", "nl": "gewijzigd"}


@pytest.mark.parametrize("doctype", list(EDITORS))
def test_a_rest_update_with_the_modified_it_read_does_not_overwrite_a_newer_save(
	doctype, records, server, users, site
):
	first_user, second_user, field, first_value, second_value, language = EDITORS[doctype]
	first, second = server.session(users[first_user]), server.session(users[second_user])
	url = f"/api/resource/{doctype}/{records[doctype]}"
	read_by_first = first.get(first.base_url + url).json()["data"]
	read_by_second = second.get(second.base_url + url).json()["data"]
	assert read_by_first["modified"] == read_by_second["modified"]

	saved = first.put(first.base_url + url, json={field: first_value, "modified": read_by_first["modified"]})
	assert saved.status_code == 200, saved.text
	conflict = second.put(
		second.base_url + url, json={field: second_value, "modified": read_by_second["modified"]}
	)
	assert conflict.status_code == 417, conflict.text
	assert conflict.json()["exc_type"] == "TimestampMismatchError"
	assert STALE_MESSAGE[language] in messages_of(conflict)
	site.db.rollback()
	assert site.db.get_value(doctype, records[doctype], field) == first_value


@pytest.mark.parametrize("doctype", list(EDITORS))
def test_the_second_of_two_desk_saves_gets_a_conflict(doctype, records, server, users, site):
	first_user, second_user, field, first_value, second_value, language = EDITORS[doctype]
	first, second = server.session(users[first_user]), server.session(users[second_user])
	opened = {}
	for key, http in (("first", first), ("second", second)):
		loaded = http.get(
			http.base_url + "/api/method/frappe.desk.form.load.getdoc",
			params={"doctype": doctype, "name": records[doctype]},
		)
		assert loaded.status_code == 200, loaded.text
		opened[key] = loaded.json()["docs"][0]

	def desk_save(http, doc, value):
		return http.post(
			http.base_url + "/api/method/frappe.desk.form.save.savedocs",
			data={"doc": json.dumps({**doc, field: value + " (desk)"}), "action": "Save"},
		)

	assert desk_save(first, opened["first"], first_value).status_code == 200
	conflict = desk_save(second, opened["second"], second_value)
	assert conflict.status_code == 417, conflict.text
	assert STALE_MESSAGE[language] in messages_of(conflict)
	site.db.rollback()
	assert site.db.get_value(doctype, records[doctype], field) == first_value + " (desk)"
