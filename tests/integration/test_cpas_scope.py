"""A Liège social worker must not reach a Gent participant by any path, and must reach her own.

Every test logs in over HTTP as a real user against gunicorn on 127.0.0.1.
"""

import json
import uuid

import pytest

from tests.integration.support import messages_of

UID = uuid.uuid4().hex[:8]


@pytest.fixture(scope="module")
def records(site, users):
	"""One committed participant in Liège and one in Gent, with a private file on the Gent one."""
	frappe = site
	made = {}
	for code, first, last in (("LIEGE", "Amina", f"Liegeoise{UID}"), ("GENT", "Griet", f"Gentse{UID}")):
		doc = frappe.get_doc(
			{"doctype": "Participant", "cpas": code, "first_name": first, "last_name": last}
		).insert()
		made[code] = doc
	gent_file = frappe.get_doc(
		{
			"doctype": "File",
			"file_name": f"intake-{UID}.txt",
			"content": b"confidential",
			"is_private": 1,
			"attached_to_doctype": "Participant",
			"attached_to_name": made["GENT"].name,
		}
	).insert()
	from frappe.desk.doctype.tag.tag import add_tag

	add_tag(f"followup-{UID}", "Participant", made["GENT"].name)
	frappe.db.commit()
	made["gent_file"] = gent_file
	yield made
	gent_file.delete()
	frappe.db.delete("Tag Link", {"document_name": made["GENT"].name})
	for code in ("LIEGE", "GENT"):
		frappe.delete_doc("Participant", made[code].name, force=True)
	frappe.db.commit()


@pytest.fixture(scope="module")
def liege(server, users):
	return server.session(users["liege_staff"])


def api(http, method, path, **kwargs):
	return getattr(http, method)(http.base_url + path, **kwargs)


def names_in(response) -> set:
	body = response.json()
	data = body.get("data", body.get("message"))
	if isinstance(data, dict) and "values" in data:  # reportview.get packs keys and values
		keys = data["keys"]
		return {dict(zip(keys, row, strict=True)).get("name") for row in data["values"]}
	return {row.get("name") if isinstance(row, dict) else row for row in data or []}


def test_list_over_rest_shows_only_her_own_cpas(liege, records):
	response = api(liege, "get", "/api/resource/Participant", params={"limit_page_length": 0})
	assert response.status_code == 200
	names = names_in(response)
	assert records["LIEGE"].name in names
	assert records["GENT"].name not in names


def test_the_form_and_rest_get_of_a_gent_record_are_refused(liege, records):
	gent, own = records["GENT"].name, records["LIEGE"].name
	assert api(liege, "get", f"/api/resource/Participant/{gent}").status_code == 403
	form = api(
		liege,
		"get",
		"/api/method/frappe.desk.form.load.getdoc",
		params={"doctype": "Participant", "name": gent},
	)
	assert form.status_code == 403 and f"Gentse{UID}" not in form.text
	assert (
		api(liege, "get", f"/api/resource/Participant/{own}").json()["data"]["last_name"] == f"Liegeoise{UID}"
	)
	own_form = api(
		liege,
		"get",
		"/api/method/frappe.desk.form.load.getdoc",
		params={"doctype": "Participant", "name": own},
	)
	assert own_form.status_code == 200


def test_frappe_client_reads_are_scoped(liege, records):
	gent = records["GENT"].name
	got = api(liege, "get", "/api/method/frappe.client.get", params={"doctype": "Participant", "name": gent})
	assert got.status_code == 403
	listed = api(
		liege,
		"get",
		"/api/method/frappe.client.get_list",
		params={"doctype": "Participant", "limit_page_length": 0},
	)
	assert records["GENT"].name not in names_in(listed) and records["LIEGE"].name in names_in(listed)
	value = api(
		liege,
		"get",
		"/api/method/frappe.client.get_value",
		params={"doctype": "Participant", "filters": json.dumps({"name": gent}), "fieldname": "last_name"},
	)
	assert f"Gentse{UID}" not in value.text


def test_counts_do_not_reveal_gent_participants(liege, records):
	filters = json.dumps({"last_name": f"Gentse{UID}"})
	count = api(
		liege,
		"get",
		"/api/method/frappe.client.get_count",
		params={"doctype": "Participant", "filters": filters},
	)
	assert count.status_code == 200 and count.json()["message"] == 0
	own = api(
		liege,
		"get",
		"/api/method/frappe.client.get_count",
		params={"doctype": "Participant", "filters": json.dumps({"last_name": f"Liegeoise{UID}"})},
	)
	assert own.json()["message"] == 1
	desk_count = api(
		liege,
		"get",
		"/api/method/frappe.desk.reportview.get_count",
		params={"doctype": "Participant", "filters": filters},
	)
	assert desk_count.json()["message"] == 0


def test_link_search_ignores_a_client_sent_ignore_user_permissions(liege, records):
	for flag in (0, 1):
		response = api(
			liege,
			"get",
			"/api/method/frappe.desk.search.search_link",
			params={"doctype": "Participant", "txt": UID, "ignore_user_permissions": flag, "page_length": 50},
		)
		assert response.status_code == 200
		values = {row["value"] for row in response.json()["message"]}
		assert records["GENT"].name not in values
		assert records["LIEGE"].name in values


def test_report_view_and_group_by_counts_are_scoped(liege, records):
	report = api(
		liege,
		"post",
		"/api/method/frappe.desk.reportview.get",
		data={
			"doctype": "Participant",
			"fields": json.dumps(["`tabParticipant`.`name`", "`tabParticipant`.`last_name`"]),
			"page_length": 500,
		},
	)
	assert report.status_code == 200
	assert records["GENT"].name not in names_in(report) and records["LIEGE"].name in names_in(report)
	grouped = api(
		liege,
		"get",
		"/api/method/frappe.desk.listview.get_group_by_count",
		params={"doctype": "Participant", "current_filters": json.dumps({}), "field": "cpas"},
	)
	assert {row["name"] for row in grouped.json()["message"]} == {"LIEGE"}


def test_print_view_and_pdf_of_a_gent_record_are_refused(liege, records):
	gent, own = records["GENT"].name, records["LIEGE"].name
	page = api(liege, "get", "/printview", params={"doctype": "Participant", "name": gent})
	assert f"Gentse{UID}" not in page.text and page.status_code in (403, 200)
	assert "permission" in page.text.lower() or page.status_code == 403
	pdf = api(
		liege,
		"get",
		"/api/method/frappe.utils.print_format.download_pdf",
		params={"doctype": "Participant", "name": gent},
	)
	assert pdf.status_code == 403 and not pdf.content.startswith(b"%PDF")
	own_page = api(liege, "get", "/printview", params={"doctype": "Participant", "name": own})
	assert own_page.status_code == 200 and f"Liegeoise{UID}" in own_page.text
	own_pdf = api(
		liege,
		"get",
		"/api/method/frappe.utils.print_format.download_pdf",
		params={"doctype": "Participant", "name": own},
	)
	assert own_pdf.status_code == 200 and own_pdf.content.startswith(b"%PDF")


def test_export_holds_only_her_own_cpas(liege, records):
	response = api(
		liege,
		"post",
		"/api/method/frappe.desk.reportview.export_query",
		data={
			"doctype": "Participant",
			"file_format_type": "CSV",
			"fields": json.dumps(["`tabParticipant`.`name`", "`tabParticipant`.`last_name`"]),
			"filters": json.dumps([]),
		},
	)
	assert response.status_code == 200
	assert f"Liegeoise{UID}" in response.text
	assert f"Gentse{UID}" not in response.text


def test_files_attached_to_gent_records_are_not_listed(liege, records):
	response = api(
		liege,
		"get",
		"/api/resource/File",
		params={"fields": json.dumps(["name", "file_name"]), "limit_page_length": 0},
	)
	assert response.status_code == 200
	assert f"intake-{UID}.txt" not in response.text


def test_tags_of_gent_records_do_not_reveal_their_titles(liege, records):
	response = api(
		liege,
		"get",
		"/api/resource/Tag Link",
		params={"fields": json.dumps(["name", "title", "tag"]), "limit_page_length": 0},
	)
	assert response.status_code == 200
	assert f"Gentse{UID}" not in response.text and f"followup-{UID}" not in response.text


def test_a_liege_manager_cannot_share_a_participant_with_gent(server, users, records, site):
	manager = server.session(users["liege_manager"])
	own = records["LIEGE"].name
	response = api(
		manager,
		"post",
		"/api/method/frappe.share.add",
		data={"doctype": "Participant", "name": own, "user": users["gent_staff"], "read": 1},
	)
	assert response.status_code == 403
	assert "partagez-le uniquement avec des utilisateurs rattachés à ce CPAS" in messages_of(response)
	site.db.rollback()
	assert not site.db.exists("DocShare", {"share_name": own, "user": users["gent_staff"]})
	gent = server.session(users["gent_staff"])
	assert own not in names_in(api(gent, "get", "/api/resource/Participant", params={"limit_page_length": 0}))


def test_creating_a_gent_record_is_refused_with_a_clear_message_and_nothing_saved(liege, site):
	last_name = f"Intrus{UID}"
	response = api(
		liege,
		"post",
		"/api/resource/Participant",
		json={"cpas": "GENT", "first_name": "X", "last_name": last_name},
	)
	assert response.status_code == 403
	assert "Vous n'êtes pas rattaché au CPAS GENT" in messages_of(response)  # a French-speaking user
	missing = api(
		liege, "post", "/api/resource/Participant", json={"first_name": "X", "last_name": last_name}
	)
	assert missing.status_code in (403, 417)
	site.db.rollback()
	assert not site.db.exists("Participant", {"last_name": last_name})


def test_her_own_record_cannot_be_moved_into_another_cpas(liege, records, site):
	own = records["LIEGE"].name
	response = api(liege, "put", f"/api/resource/Participant/{own}", json={"cpas": "GENT"})
	assert response.status_code == 403
	site.db.rollback()
	assert site.db.get_value("Participant", own, "cpas") == "LIEGE"


def test_a_gent_user_cannot_update_a_liege_record(server, users, records, site):
	gent = server.session(users["gent_staff"])
	own = records["LIEGE"].name
	response = api(gent, "put", f"/api/resource/Participant/{own}", json={"first_name": "Changed"})
	assert response.status_code == 403
	site.db.rollback()
	assert site.db.get_value("Participant", own, "first_name") == "Amina"


def test_the_spp_sees_no_participant_by_name(server, users, records):
	spp = server.session(users["spp_manager"])
	assert api(spp, "get", "/api/resource/Participant").status_code == 403
	assert api(spp, "get", f"/api/resource/Participant/{records['LIEGE'].name}").status_code == 403
	search = api(
		spp,
		"get",
		"/api/method/frappe.desk.search.search_link",
		params={"doctype": "Participant", "txt": UID},
	)
	assert f"Liegeoise{UID}" not in search.text
