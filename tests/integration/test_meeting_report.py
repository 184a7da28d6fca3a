"""Network meeting reports on a real site: the SPP drafts with a Liège co-author, reviews,
approves and publishes; a Gent social worker reads the published report, never the draft.

Workflow steps go over HTTP through Frappe's REST workflow endpoint, as the desk does.
"""

import io
import json
import re
import unicodedata
import uuid

import pytest

from tests.integration.support import messages_of

UID = uuid.uuid4().hex[:8]
REPORT = "Network Meeting Report"
CHILD_TABLES = (
	"Network Meeting Co-author",
	"Network Meeting Attendee",
	"Network Meeting Agenda Slot",
	"Network Meeting Section",
	"Network Meeting Action Point",
)
WORKFLOW = "/api/method/frappe.model.workflow.apply_workflow"
PDF = "/api/method/frappe.utils.print_format.download_pdf"


def api(http, method, path, **kwargs):
	return getattr(http, method)(http.base_url + path, **kwargs)


def section(number, heading_fr, heading_nl, body_fr="<p>Texte</p>", body_nl="<p>Tekst</p>"):
	return {
		"number": number,
		"heading_fr": heading_fr,
		"heading_nl": heading_nl,
		"body_fr": body_fr,
		"body_nl": body_nl,
	}


def report_fields(contacts, meeting_date="2001-03-15", **changes):
	fields = {
		"doctype": REPORT,
		"meeting_date": meeting_date,
		"place": f"Gent {UID}",
		"host_cpas": "GENT",
		"attendees": [
			{"attendance": "Present", "contact": contacts["lisa"]},
			{"attendance": "Excused", "contact": contacts["griet"]},
		],
		"agenda": [
			{"from_time": "10:00:00", "to_time": "10:30:00", "title_fr": "Accueil", "title_nl": "Onthaal"}
		],
		"sections": [section(1, "Accueil", "Onthaal")],
	}
	fields.update(changes)
	return fields


@pytest.fixture(scope="module")
def created(site):
	"""Names of reports made here; removed at the end whatever their state."""
	names = []
	yield names
	frappe = site
	frappe.set_user("Administrator")
	frappe.db.rollback()
	for name in names:
		for table in CHILD_TABLES:
			frappe.db.delete(table, {"parent": name, "parenttype": REPORT})
		frappe.db.delete(REPORT, {"name": name})
	frappe.db.commit()


@pytest.fixture(scope="module")
def contacts(site):
	frappe = site
	made = {
		"lisa": frappe.get_doc(
			{
				"doctype": "Network Contact",
				"full_name": f"Lisa Test {UID}",
				"organisation_type": "SPP",
				"role": "Coordinator",
			}
		).insert(),
		"griet": frappe.get_doc(
			{
				"doctype": "Network Contact",
				"full_name": f"Griet Test {UID}",
				"organisation_type": "CPAS",
				"cpas": "GENT",
			}
		).insert(),
	}
	frappe.db.commit()
	yield {key: doc.name for key, doc in made.items()}
	for doc in made.values():
		frappe.db.delete("Network Contact", {"name": doc.name})
	frappe.db.commit()


@pytest.fixture(scope="module")
def sessions(server, users):
	return {key: server.session(users[key]) for key in ("spp_manager", "liege_staff", "gent_staff", "member")}


def published_in_process(site, created, fields):
	"""A report published directly by the administrator (setup, not the story under test)."""
	frappe = site
	frappe.set_user("Administrator")
	doc = frappe.get_doc(fields).insert()
	doc.submit()
	frappe.db.commit()
	created.append(doc.name)
	return doc


def create(http, created, fields):
	response = api(http, "post", f"/api/resource/{REPORT}", data=json.dumps(fields))
	if response.status_code == 200:
		created.append(response.json()["data"]["name"])
	return response


def act(http, name, action):
	return api(
		http, "post", WORKFLOW, data={"doc": json.dumps({"doctype": REPORT, "name": name}), "action": action}
	)


def state_of(site, name):
	site.db.rollback()  # see what the server committed
	return site.db.get_value(REPORT, name, ["workflow_state", "docstatus"], as_dict=True)


def test_the_whole_workflow_by_role(site, users, sessions, contacts, created):
	spp, liege = sessions["spp_manager"], sessions["liege_staff"]

	# The SPP drafts the report and names a Liège social worker as co-author; the Dutch text
	# of the second section is still missing.
	fields = report_fields(
		contacts,
		co_authors=[{"user": users["liege_staff"]}],
		sections=[section(1, "Accueil", "Onthaal"), section(2, "Méthodologies", "Methodieken", body_nl="")],
	)
	response = create(spp, created, fields)
	assert response.status_code == 200, messages_of(response)
	draft = response.json()["data"]
	name = draft["name"]
	assert draft["workflow_state"] == "Draft"
	assert draft["date_line"] == "15 maart 2001 – 15 mars 2001"

	# The co-author completes the place and sends the draft to review.
	edited = api(
		liege, "put", f"/api/resource/{REPORT}/{name}", data=json.dumps({"place": f"OCMW Gent {UID}"})
	)
	assert edited.status_code == 200, messages_of(edited)
	assert act(liege, name, "Send to Review").status_code == 200
	assert state_of(site, name).workflow_state == "In review"

	# A co-author does not approve; a CPAS Staff user who is no author cannot even touch it.
	assert act(liege, name, "Approve").status_code != 200
	assert act(sessions["gent_staff"], name, "Send Back").status_code != 200
	assert state_of(site, name).workflow_state == "In review"

	assert act(spp, name, "Approve").status_code == 200
	assert state_of(site, name).workflow_state == "Approved"

	# Once approved, the text is frozen for the co-author (told in French, her language).
	frozen = api(liege, "put", f"/api/resource/{REPORT}/{name}", data=json.dumps({"place": "Elsewhere"}))
	assert frozen.status_code != 200
	assert "seul un gestionnaire du réseau AMIF peut le modifier" in messages_of(frozen)

	# Publishing by CPAS staff is refused, by the workflow and by a direct submit.
	assert act(liege, name, "Publish").status_code != 200
	submit = api(
		liege,
		"post",
		"/api/method/frappe.client.submit",
		data={"doc": json.dumps(api(spp, "get", f"/api/resource/{REPORT}/{name}").json()["data"])},
	)
	assert submit.status_code != 200
	assert state_of(site, name) == {"workflow_state": "Approved", "docstatus": 0}

	# The SPP may not publish while a Dutch text is missing; the refusal names it (in French,
	# the SPP manager's language).
	refused = act(spp, name, "Publish")
	assert refused.status_code != 200
	assert "Section 2 : texte en néerlandais" in messages_of(refused)
	assert "Section 1" not in messages_of(refused)
	assert state_of(site, name) == {"workflow_state": "Approved", "docstatus": 0}

	# Once the translation is written, the SPP publishes.
	sections = api(spp, "get", f"/api/resource/{REPORT}/{name}").json()["data"]["sections"]
	sections[1]["body_nl"] = "<p>Het team test zijn methodieken.</p>"
	completed = api(spp, "put", f"/api/resource/{REPORT}/{name}", data=json.dumps({"sections": sections}))
	assert completed.status_code == 200, messages_of(completed)
	assert act(spp, name, "Publish").status_code == 200
	assert state_of(site, name) == {"workflow_state": "Published", "docstatus": 1}

	# A published report is not edited, not even by the SPP ...
	edit = api(spp, "put", f"/api/resource/{REPORT}/{name}", data=json.dumps({"place": "Elsewhere"}))
	assert edit.status_code != 200
	assert "ne peut pas être modifié" in messages_of(edit)
	assert site.db.get_value(REPORT, name, "place") == f"OCMW Gent {UID}"

	# ... it is corrected through an amended version, which keeps the published one.
	assert act(spp, name, "Cancel").status_code == 200
	original = api(spp, "get", f"/api/resource/{REPORT}/{name}").json()["data"]
	amendment = {
		key: value
		for key, value in original.items()
		if key not in ("name", "docstatus", "workflow_state", "creation", "modified", "owner", "modified_by")
	}
	for table in ("co_authors", "attendees", "agenda", "sections", "action_points"):
		amendment[table] = [
			{k: v for k, v in row.items() if k not in ("name", "parent", "docstatus")}
			for row in original[table]
		]
	amendment["amended_from"] = name
	amended = create(spp, created, amendment)
	assert amended.status_code == 200, messages_of(amended)
	assert amended.json()["data"]["name"] == f"{name}-1"
	assert amended.json()["data"]["workflow_state"] == "Draft"
	assert state_of(site, name) == {"workflow_state": "Cancelled", "docstatus": 2}


def test_gent_staff_reads_a_published_report_but_never_a_draft(site, users, sessions, contacts, created):
	published = published_in_process(site, created, report_fields(contacts, meeting_date="2001-04-02"))
	response = create(
		sessions["spp_manager"],
		created,
		report_fields(contacts, meeting_date="2001-05-07", co_authors=[{"user": users["liege_staff"]}]),
	)
	draft = response.json()["data"]["name"]
	gent = sessions["gent_staff"]

	listed = api(
		gent,
		"get",
		f"/api/resource/{REPORT}",
		params={"filters": json.dumps([["place", "=", f"Gent {UID}"]]), "limit_page_length": 0},
	)
	names = {row["name"] for row in listed.json()["data"]}
	assert published.name in names and draft not in names
	for count_method in ("frappe.client.get_count", "frappe.desk.reportview.get_count"):
		counted = api(
			gent,
			"get",
			f"/api/method/{count_method}",
			params={"doctype": REPORT, "filters": json.dumps([["name", "in", [draft, published.name]]])},
		)
		assert counted.json()["message"] == 1, count_method

	assert api(gent, "get", f"/api/resource/{REPORT}/{published.name}").status_code == 200
	assert api(gent, "get", f"/api/resource/{REPORT}/{draft}").status_code == 403
	form = api(
		gent, "get", "/api/method/frappe.desk.form.load.getdoc", params={"doctype": REPORT, "name": draft}
	)
	assert form.status_code == 403
	assert (
		api(
			gent, "get", "/api/method/frappe.client.get", params={"doctype": REPORT, "name": draft}
		).status_code
		== 403
	)

	refused_pdf = api(
		gent, "get", PDF, params={"doctype": REPORT, "name": draft, "format": "Meeting Report NL"}
	)
	assert refused_pdf.status_code == 403 and not refused_pdf.content.startswith(b"%PDF")
	pdf = api(
		gent, "get", PDF, params={"doctype": REPORT, "name": published.name, "format": "Meeting Report NL"}
	)
	assert pdf.status_code == 200 and pdf.content.startswith(b"%PDF")

	# The co-author from Liège reads the draft; a network member reads only the published one.
	assert api(sessions["liege_staff"], "get", f"/api/resource/{REPORT}/{draft}").status_code == 200
	assert api(sessions["member"], "get", f"/api/resource/{REPORT}/{draft}").status_code == 403
	assert api(sessions["member"], "get", f"/api/resource/{REPORT}/{published.name}").status_code == 200


@pytest.mark.parametrize(
	"changes, message",
	[
		(
			{"sections": [section(1, "Clôture", "Afsluiting", body_fr="<p><br></p>", body_nl="")]},
			"a un titre mais pas de texte",
		),
		(
			{
				"agenda": [
					{
						"from_time": "14:00:00",
						"to_time": "13:15:00",
						"title_fr": "Visite",
						"title_nl": "Bezoek",
					}
				]
			},
			"se termine à 13:15, avant de commencer à 14:00",
		),
		(
			{"action_points": [{"action": "Send the intake form to Gent", "status": "Open"}]},
			"n'a pas de responsable",
		),
	],
	ids=["section-without-text", "agenda-slot-backwards", "action-point-without-owner"],
)
def test_bad_input_is_refused_with_a_clear_message_and_nothing_saved(
	site, sessions, contacts, created, changes, message
):
	"""The SPP manager works in French: the refusal reaches her in French."""
	place = f"Refused {uuid.uuid4().hex[:8]}"
	response = create(sessions["spp_manager"], created, report_fields(contacts, place=place, **changes))
	assert response.status_code != 200
	assert message in messages_of(response)
	site.db.rollback()
	assert not site.db.exists(REPORT, {"place": place})


def test_side_by_side_pdf_of_a_six_section_report_holds_every_heading(site, sessions, contacts, created):
	from pypdf import PdfReader

	headings = [(f"Accueil {i} {UID}", f"Onthaal {i} {UID}") for i in range(1, 7)]
	fields = report_fields(
		contacts,
		meeting_date="2001-06-12",
		sections=[
			section(i, fr, nl, body_fr=f"<p>Texte français {i}</p>", body_nl=f"<p>Nederlandse tekst {i}</p>")
			for i, (fr, nl) in enumerate(headings, 1)
		],
	)
	published = published_in_process(site, created, fields)

	pdf = api(
		sessions["gent_staff"],
		"get",
		PDF,
		params={"doctype": REPORT, "name": published.name, "format": "Meeting Report FR NL"},
	)
	assert pdf.status_code == 200 and pdf.content.startswith(b"%PDF")
	reader = PdfReader(io.BytesIO(pdf.content))
	assert len(reader.pages) >= 1
	# NFKC: the PDF sets "ff", "fi" of the random suffix as one ligature glyph ("4cﬀf0b4")
	text = unicodedata.normalize(
		"NFKC", re.sub(r"\s+", " ", " ".join(page.extract_text() for page in reader.pages))
	)
	for heading_fr, heading_nl in headings:
		assert heading_fr in text and heading_nl in text
	assert "12 juni 2001" in text and "12 juin 2001" in text
	assert "Verslag bijeenkomst OCMW's" in text and "Rapport rencontre CPAS" in text


def test_an_open_action_point_appears_on_the_next_report_until_done(site, users, sessions, contacts, created):
	earlier = published_in_process(
		site,
		created,
		report_fields(
			contacts,
			meeting_date="2001-09-20",
			action_points=[
				{
					"action_owner": contacts["griet"],
					"action": f"Send the Arabic survey {UID}",
					"status": "Open",
				},
				{"action_owner": contacts["lisa"], "action": f"Book the room {UID}", "status": "Done"},
			],
		),
	)
	spp = sessions["spp_manager"]
	response = create(
		spp, created, report_fields(contacts, meeting_date="2001-11-22", previous_report=earlier.name)
	)
	assert response.status_code == 200, messages_of(response)
	points = response.json()["data"]["action_points"]
	assert [(p["action"], p["action_owner"], p["status"], p["carried_from"]) for p in points] == [
		(f"Send the Arabic survey {UID}", contacts["griet"], "Open", earlier.name)
	]
	later = response.json()["data"]["name"]

	def open_points(http):
		result = api(
			http,
			"get",
			"/api/method/frappe.desk.query_report.run",
			params={
				"report_name": "Open Action Points",
				"filters": json.dumps({"action_owner": contacts["griet"]}),
			},
		)
		assert result.status_code == 200, messages_of(result)
		return [
			(row["report"], row["action"])
			for row in result.json()["message"]["result"]
			if isinstance(row, dict)
		]

	# The network list shows the point once: on the later report for the SPP, who reads the draft,
	# and on the published one for Gent, who does not.
	assert open_points(spp) == [(later, f"Send the Arabic survey {UID}")]
	assert open_points(sessions["gent_staff"]) == [(earlier.name, f"Send the Arabic survey {UID}")]
