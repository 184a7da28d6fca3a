"""Field signals on a real site: a Liège social worker reports what she sees, the SPP reviews it,
forwards it to a policy level, records the answer and feeds it back to the network; each step
reaches the reporter in her language. Until it is reviewed, a signal stays between Liège and the
SPP on every read path; afterwards the whole network reads it.

Workflow steps go over HTTP through Frappe's REST workflow endpoint, as the desk does.
"""

import csv
import io
import json
import re
import uuid

import pytest

from tests.integration.support import messages_of

UID = uuid.uuid4().hex[:8]
SIGNAL = "Field Signal"
THEME = f"Mental health {UID}"
REPORT = "Network Meeting Report"
WORKFLOW = "/api/method/frappe.model.workflow.apply_workflow"
PDF = "/api/method/frappe.utils.print_format.download_pdf"
METHODS = "/api/method/amif_network.api.field_signals"


def api(http, method, path, **kwargs):
	return getattr(http, method)(http.base_url + path, **kwargs)


@pytest.fixture(scope="module")
def theme(site):
	frappe = site
	frappe.get_doc(
		{
			"doctype": "Field Signal Theme",
			"theme": THEME,
			"label_fr": "Santé mentale",
			"label_nl": "Mentale gezondheid",
		}
	).insert()
	frappe.db.commit()
	yield THEME
	frappe.db.rollback()
	frappe.delete_doc("Field Signal Theme", THEME, force=True, ignore_permissions=True)
	frappe.db.commit()


@pytest.fixture(scope="module")
def created(site, theme):
	"""Signals and reports made here; removed at the end with their rows, notices and history."""
	made = {"signals": [], "reports": []}
	yield made
	frappe = site
	frappe.set_user("Administrator")
	frappe.db.rollback()
	names = made["signals"] + frappe.get_all(SIGNAL, {"theme": THEME}, pluck="name")
	for name in set(names):
		frappe.db.delete("Field Signal Meeting", {"parent": name, "parenttype": SIGNAL})
		frappe.db.delete("Notification Log", {"document_type": SIGNAL, "document_name": name})
		frappe.db.delete("Version", {"ref_doctype": SIGNAL, "docname": name})
		frappe.db.delete(SIGNAL, {"name": name})
	for name in made["reports"]:
		for table in ("Network Meeting Section", "Network Meeting Co-author"):
			frappe.db.delete(table, {"parent": name, "parenttype": REPORT})
		frappe.db.delete(REPORT, {"name": name})
	frappe.db.commit()


@pytest.fixture(scope="module")
def sessions(server, users):
	return {
		key: server.session(users[key])
		for key in (
			"liege_staff",
			"liege_manager",
			"gent_staff",
			"spp_manager",
			"member",
		)
	}


def signal_fields(theme, **changes):
	fields = {
		"doctype": SIGNAL,
		"title": f"Jeunes en souffrance {UID}",
		"theme": theme,
		"source": "General practitioners",
		"observed_on": "2023-04-03",
		"people_concerned": "5 to 20 people",
		"observation": "Des jeunes issus de la migration disent leur mal-être; les médecins généralistes le confirment.",
		"observation_language": "French",
	}
	fields.update(changes)
	return fields


def report(http, created, fields):
	response = api(http, "post", f"/api/resource/{SIGNAL}", data=json.dumps(fields))
	if response.status_code == 200:
		created["signals"].append(response.json()["data"]["name"])
	return response


def act(http, name, action):
	return api(
		http,
		"post",
		WORKFLOW,
		data={"doc": json.dumps({"doctype": SIGNAL, "name": name}), "action": action},
	)


def put(http, name, values):
	return api(http, "put", f"/api/resource/{SIGNAL}/{name}", data=json.dumps(values))


def state_of(site, name):
	site.db.rollback()  # see what the server committed
	return site.db.get_value(SIGNAL, name, "workflow_state")


def notices_to(site, user, name):
	site.db.rollback()
	return site.get_all(
		"Notification Log",
		{"for_user": user, "document_type": SIGNAL, "document_name": name},
		pluck="subject",
		order_by="creation asc",
	)


def test_a_cpas_reports_and_the_spp_forwards_records_the_answer_and_feeds_it_back(
	site, users, sessions, theme, created, tmp_path
):
	liege, spp = sessions["liege_staff"], sessions["spp_manager"]
	response = report(liege, created, signal_fields(theme))
	assert response.status_code == 200, messages_of(response)
	signal = response.json()["data"]
	name = signal["name"]
	assert signal["workflow_state"] == "Reported"
	assert signal["reporting_cpas"] == "LIEGE" and signal["reported_by"] == users["liege_staff"]

	# Only the SPP moves a signal; the reporter cannot even take it up herself.
	assert act(liege, name, "Start Review").status_code != 200
	assert act(spp, name, "Start Review").status_code == 200
	assert state_of(site, name) == "Under review"
	assert any("est en cours d'examen par le SPP" in s for s in notices_to(site, users["liege_staff"], name))

	# Once taken up, the reporting CPAS no longer changes it.
	assert put(liege, name, {"people_concerned": "Unknown"}).status_code == 403

	# A forward without a recipient is refused, in the SPP manager's French, and nothing moves.
	refused = act(spp, name, "Forward")
	assert refused.status_code == 417 or 400 <= refused.status_code < 500, refused.status_code
	assert "Indiquez le destinataire auquel le signal est transmis" in messages_of(refused)
	assert state_of(site, name) == "Under review"

	saved = put(
		spp,
		name,
		{
			"policy_level": "European Commission",
			"forwarded_to": "SPF Intérieur, autorité responsable FAMI, pour la Commission européenne",
			"forward_reference": f"FAMI/{UID}",
		},
	)
	assert saved.status_code == 200, messages_of(saved)
	assert act(spp, name, "Forward").status_code == 200
	site.db.rollback()
	forwarded = site.db.get_value(SIGNAL, name, ["workflow_state", "forwarded_on"], as_dict=True)
	assert forwarded.workflow_state == "Forwarded" and forwarded.forwarded_on
	assert any("a été transmis à SPF Intérieur" in s for s in notices_to(site, users["liege_staff"], name))

	# The answer comes in; it is recorded, then fed back in French and in Dutch.
	assert act(spp, name, "Record Answer").status_code != 200
	assert (
		put(
			spp,
			name,
			{"answer": "La Commission prend note et consultera les États membres."},
		).status_code
		== 200
	)
	assert act(spp, name, "Record Answer").status_code == 200
	assert state_of(site, name) == "Answer received"

	assert (
		put(
			spp,
			name,
			{"feedback_fr": "<p>La Commission consultera les États membres.</p>"},
		).status_code
		== 200
	)
	no_dutch = act(spp, name, "Give Feedback")
	assert no_dutch.status_code != 200
	assert "Écrivez le retour en néerlandais" in messages_of(no_dutch)
	assert state_of(site, name) == "Answer received"
	assert (
		put(
			spp,
			name,
			{
				"feedback_nl": "<p>De Commissie zal de lidstaten raadplegen.</p>",
				"feedback_to_target_group": 1,
			},
		).status_code
		== 200
	)
	assert act(spp, name, "Give Feedback").status_code == 200
	assert state_of(site, name) == "Feedback given"

	# The reporter reads the feedback in French; a Gent social worker of the network in Dutch.
	assert any("La Commission consultera" in s for s in notices_to(site, users["liege_staff"], name))
	assert any(
		"Terugkoppeling over terreinsignaal" in s and "De Commissie zal" in s
		for s in notices_to(site, users["gent_staff"], name)
	)
	assert act(spp, name, "Close").status_code == 200
	assert state_of(site, name) == "Closed"

	# The bilingual print, as sent to the policy level: French and Dutch side by side.
	pdf = api(
		sessions["gent_staff"],
		"get",
		PDF,
		params={"doctype": SIGNAL, "name": name, "format": "Field Signal FR NL"},
	)
	assert pdf.status_code == 200 and pdf.content.startswith(b"%PDF")
	(tmp_path / "signal.pdf").write_bytes(pdf.content)
	text = re.sub(
		r"\s+",
		" ",
		" ".join(page.extract_text() for page in pdf_pages(pdf.content)),
	)
	for expected in (
		"Signal de terrain / Terreinsignaal",
		f"{name} · Clôturé / Afgesloten",
		"Santé mentale",
		"Mentale gezondheid",
		"Médecins généralistes",
		"Huisartsen",
		"CPAS de Liège",
		"OCMW Luik",
		"Commission européenne",
		"Europese Commissie",
		"La Commission consultera les États membres.",
		"De Commissie zal de lidstaten raadplegen.",
	):
		assert expected in text, expected
	assert any("est clôturé" in s for s in notices_to(site, users["liege_staff"], name))


def test_a_dutch_speaking_reporter_is_told_in_dutch(site, users, sessions, theme, created):
	gent, spp = sessions["gent_staff"], sessions["spp_manager"]
	response = report(
		gent,
		created,
		signal_fields(
			theme,
			title=f"Gezinshereniging {UID}",
			observation="Vrouwen na gezinshereniging zijn geïsoleerd.",
			observation_language="Dutch",
		),
	)
	assert response.status_code == 200, messages_of(response)
	name = response.json()["data"]["name"]
	assert response.json()["data"]["reporting_cpas"] == "GENT"
	assert act(spp, name, "Start Review").status_code == 200
	assert put(spp, name, {"not_retained_reason": "Al opgevolgd door het Vlaamse Gewest."}).status_code == 200
	assert act(spp, name, "Do Not Retain").status_code == 200
	subjects = notices_to(site, users["gent_staff"], name)
	assert any("wordt door de POD beoordeeld" in s for s in subjects), subjects
	assert any("werd niet weerhouden: Al opgevolgd" in s for s in subjects), subjects


READ_PATHS = (
	"list",
	"count",
	"client count",
	"get",
	"client get",
	"form",
	"report view",
	"link search",
	"export",
	"pdf",
)


def visible_by_path(http, name):
	"""Whether `name` reaches this user through each read path of the desk and the REST API."""
	filters = json.dumps([["name", "=", name]])
	seen = {}
	listed = api(
		http,
		"get",
		f"/api/resource/{SIGNAL}",
		params={"filters": filters, "limit_page_length": 0},
	)
	seen["list"] = name in {row["name"] for row in listed.json().get("data", [])}
	counted = api(
		http,
		"get",
		"/api/method/frappe.desk.reportview.get_count",
		params={"doctype": SIGNAL, "filters": filters},
	)
	seen["count"] = counted.json().get("message") == 1
	counted = api(
		http,
		"get",
		"/api/method/frappe.client.get_count",
		params={"doctype": SIGNAL, "filters": filters},
	)
	seen["client count"] = counted.json().get("message") == 1
	seen["get"] = api(http, "get", f"/api/resource/{SIGNAL}/{name}").status_code == 200
	seen["client get"] = (
		api(
			http,
			"get",
			"/api/method/frappe.client.get",
			params={"doctype": SIGNAL, "name": name},
		).status_code
		== 200
	)
	seen["form"] = (
		api(
			http,
			"get",
			"/api/method/frappe.desk.form.load.getdoc",
			params={"doctype": SIGNAL, "name": name},
		).status_code
		== 200
	)
	view = api(
		http,
		"post",
		"/api/method/frappe.desk.reportview.get",
		data={
			"doctype": SIGNAL,
			"fields": json.dumps(["`tabField Signal`.`name`"]),
			"filters": filters,
		},
	)
	seen["report view"] = name in json.dumps(view.json().get("message", {}))
	search = api(
		http,
		"get",
		"/api/method/frappe.desk.search.search_link",
		params={
			"doctype": SIGNAL,
			"txt": UID,
			"ignore_user_permissions": 1,
			"page_length": 100,
		},
	)
	seen["link search"] = name in {row["value"] for row in search.json().get("message", [])}
	export = api(
		http,
		"post",
		"/api/method/frappe.desk.reportview.export_query",
		data={
			"doctype": SIGNAL,
			"file_format_type": "CSV",
			"fields": json.dumps(["`tabField Signal`.`name`", "`tabField Signal`.`title`"]),
			"filters": filters,
		},
	)
	seen["export"] = export.status_code == 200 and name in export.text
	pdf = api(
		http,
		"get",
		PDF,
		params={"doctype": SIGNAL, "name": name, "format": "Field Signal FR NL"},
	)
	seen["pdf"] = pdf.status_code == 200 and pdf.content.startswith(b"%PDF")
	return seen


def test_visibility_before_and_after_review_by_every_read_path(site, users, sessions, theme, created):
	response = report(
		sessions["liege_staff"],
		created,
		signal_fields(theme, title=f"Visibilité {UID}"),
	)
	assert response.status_code == 200, messages_of(response)
	name = response.json()["data"]["name"]
	everywhere = dict.fromkeys(READ_PATHS, True)
	nowhere = dict.fromkeys(READ_PATHS, False)

	# Reported, then under review: Liège and the SPP only.
	for step in (None, "Start Review"):
		if step:
			assert act(sessions["spp_manager"], name, step).status_code == 200
		assert visible_by_path(sessions["liege_manager"], name) == everywhere
		assert visible_by_path(sessions["spp_manager"], name) == everywhere
		assert visible_by_path(sessions["gent_staff"], name) == nowhere
		assert visible_by_path(sessions["member"], name) == nowhere

	# Reviewed and forwarded: the whole network.
	assert (
		put(
			sessions["spp_manager"],
			name,
			{"policy_level": "Region", "forwarded_to": "Cabinet régional"},
		).status_code
		== 200
	)
	assert act(sessions["spp_manager"], name, "Forward").status_code == 200
	assert visible_by_path(sessions["gent_staff"], name) == everywhere
	assert visible_by_path(sessions["member"], name) == everywhere


def test_bad_input_is_refused_with_a_clear_message_and_nothing_saved(site, users, sessions, theme, created):
	liege = sessions["liege_staff"]
	participant = site.get_all(
		"Participant",
		{"cpas": "LIEGE", "anonymised": 0},
		["first_name", "last_name"],
		limit=1,
	)
	cases = [
		(
			{"observation": "Mme née le 85.07.30-033.28 vit seule."},
			"contient un numéro de registre national (85.07.30-033.28)",
		),
		(
			{"observation": "Contact : aide@example.org"},
			"contient une adresse e-mail (aide@example.org)",
		),
		(
			{"translation": "Bel haar op 0470 12 34 56."},
			"Traduction contient un numéro de téléphone",
		),
	]
	if participant:
		person = participant[0]
		cases.append(
			(
				{"title": f"Suivi de {person.first_name} {person.last_name}"},
				"nomme un participant du CPAS signalant",
			)
		)
	assert len(cases) == 4, "the site has no participant of Liège to test the name guard with"
	for changes, message in cases:
		marker = f"Refusé {uuid.uuid4().hex[:8]}"
		fields = signal_fields(theme, **{"title": marker, **changes})
		response = report(liege, created, fields)
		assert 400 <= response.status_code < 500, (changes, response.status_code)
		text = messages_of(response)
		assert message in text, text
		if participant:
			assert participant[0].last_name not in text.split("Suivi de")[0]
		site.db.rollback()
		assert not site.db.exists(SIGNAL, {"theme": THEME, "title": marker})

	# A merge into itself, or into a signal that is merged already, is refused; nothing moves.
	spp = sessions["spp_manager"]
	names = []
	for title in ("Première", "Deuxième", "Troisième"):
		made = report(liege, created, signal_fields(theme, title=f"{title} {UID}"))
		names.append(made.json()["data"]["name"])
		assert act(spp, names[-1], "Start Review").status_code == 200
	first, second, third = names
	assert put(spp, second, {"merged_into": second}).status_code == 200
	itself = act(spp, second, "Merge")
	assert itself.status_code != 200 and "ne peut pas être fusionné avec lui-même" in messages_of(itself)
	assert put(spp, first, {"merged_into": third}).status_code == 200
	later = act(spp, first, "Merge")
	assert later.status_code != 200 and f"{third} a été signalé après celui-ci" in messages_of(later)
	assert put(spp, second, {"merged_into": first}).status_code == 200
	assert act(spp, second, "Merge").status_code == 200
	site.db.rollback()
	notes = site.get_all("Comment", {"reference_name": first, "comment_type": "Info"}, pluck="content")
	assert any(f"{second} (Deuxième {UID}) a été fusionné avec celui-ci" in note for note in notes), notes
	assert put(spp, third, {"merged_into": second}).status_code == 200
	chained = act(spp, third, "Merge")
	assert chained.status_code != 200
	assert f"{second} est lui-même fusionné avec un autre signal" in messages_of(chained)
	assert state_of(site, third) == "Under review"
	assert state_of(site, second) == "Merged"

	# A network member reads, and never reports.
	assert report(sessions["member"], created, signal_fields(theme)).status_code == 403

	# A reporter cannot write for another CPAS.
	foreign = report(liege, created, signal_fields(theme, reporting_cpas="GENT"))
	assert foreign.status_code in (403, 417) or 400 <= foreign.status_code < 500
	assert "Vous n'êtes pas lié au CPAS GENT" in messages_of(foreign)


def test_a_signal_is_raised_from_a_meeting_report_section_and_shows_the_meeting(
	site, users, sessions, theme, created
):
	frappe = site
	frappe.set_user("Administrator")
	meeting = frappe.get_doc(
		{
			"doctype": REPORT,
			"meeting_date": "2023-04-03",
			"place": f"En ligne {UID}",
			"host_cpas": "GENT",
			"sections": [
				{
					"number": 1,
					"heading_fr": "Accueil",
					"heading_nl": "Onthaal",
					"body_fr": "<p>Café</p>",
					"body_nl": "<p>Koffie</p>",
				},
				{
					"number": 2,
					"heading_fr": "Expert du vécu",
					"heading_nl": "Ervaringsdeskundige",
					"body_fr": "<p>L'enquête de satisfaction est trop complexe pour le groupe cible.</p>",
					"body_nl": "<p>De tevredenheidsenquête is te complex voor de doelgroep.</p>",
				},
				{
					"number": 3,
					"heading_fr": "Tour de table",
					"heading_nl": "Rondvraag",
					"body_fr": "<p>Le questionnaire est trop long.</p>",
					"body_nl": "<p>De vragenlijst is te lang.</p>",
				},
			],
		}
	).insert()
	frappe.db.commit()
	created["reports"].append(meeting.name)

	spp = sessions["spp_manager"]
	raised = api(
		spp,
		"post",
		f"{METHODS}.raise_from_meeting_section",
		data={
			"meeting_report": meeting.name,
			"section_number": 2,
			"theme": theme,
			"title": f"Enquête {UID}",
		},
	)
	assert raised.status_code == 200, messages_of(raised)
	name = raised.json()["message"]
	created["signals"].append(name)
	signal = api(spp, "get", f"/api/resource/{SIGNAL}/{name}").json()["data"]
	assert signal["source"] == "Network meeting" and signal["observed_on"] == "2023-04-03"
	assert not signal.get("reporting_cpas") and signal["workflow_state"] == "Reported"
	assert "trop complexe" in signal["observation"] and "te complex" in signal["translation"]
	assert [
		(
			m["meeting_report"],
			m["section_number"],
			m["section_heading"],
			m["meeting_date"],
		)
		for m in signal["meetings"]
	] == [(meeting.name, 2, "Expert du vécu / Ervaringsdeskundige", "2023-04-03")]

	# Discussed again in the first section: the signal lists both; a second link adds nothing.
	for _ in range(2):
		linked = api(
			spp,
			"post",
			f"{METHODS}.link_meeting_section",
			data={"signal": name, "meeting_report": meeting.name, "section_number": 1},
		)
		assert linked.status_code == 200, messages_of(linked)
	meetings = api(spp, "get", f"/api/resource/{SIGNAL}/{name}").json()["data"]["meetings"]
	assert [m["section_number"] for m in meetings] == [2, 1]

	# A Gent social worker who is no author of the draft report cannot raise from it, nor
	# from a section that does not exist.
	refused = api(
		sessions["gent_staff"],
		"post",
		f"{METHODS}.raise_from_meeting_section",
		data={"meeting_report": meeting.name, "section_number": 2, "theme": theme},
	)
	assert refused.status_code == 403
	missing = api(
		spp,
		"post",
		f"{METHODS}.raise_from_meeting_section",
		data={"meeting_report": meeting.name, "section_number": 9, "theme": theme},
	)
	assert 400 <= missing.status_code < 500 and "n'a pas de section 9" in messages_of(missing)

	# A later signal, raised in section 3 and discussed in section 2 too, is merged into the
	# earlier one: the earlier signal takes over the section it did not have, without doubles.
	later = api(
		spp,
		"post",
		f"{METHODS}.raise_from_meeting_section",
		data={
			"meeting_report": meeting.name,
			"section_number": 3,
			"theme": theme,
			"title": f"Trop long {UID}",
		},
	)
	assert later.status_code == 200, messages_of(later)
	later = later.json()["message"]
	created["signals"].append(later)
	assert (
		api(
			spp,
			"post",
			f"{METHODS}.link_meeting_section",
			data={"signal": later, "meeting_report": meeting.name, "section_number": 2},
		).status_code
		== 200
	)
	assert act(spp, later, "Start Review").status_code == 200
	assert put(spp, later, {"merged_into": name}).status_code == 200
	merged = act(spp, later, "Merge")
	assert merged.status_code == 200, messages_of(merged)
	assert state_of(site, later) == "Merged"
	kept = api(spp, "get", f"/api/resource/{SIGNAL}/{name}").json()["data"]["meetings"]
	assert [(m["meeting_report"], m["section_number"], m["section_heading"]) for m in kept] == [
		(meeting.name, 2, "Expert du vécu / Ervaringsdeskundige"),
		(meeting.name, 1, "Accueil / Onthaal"),
		(meeting.name, 3, "Tour de table / Rondvraag"),
	]


def run_report(http, name, filters):
	result = api(
		http,
		"get",
		"/api/method/frappe.desk.query_report.run",
		params={"report_name": name, "filters": json.dumps(filters)},
	)
	assert result.status_code == 200, messages_of(result)
	return [row for row in result.json()["message"]["result"] if isinstance(row, dict)]


def test_the_answer_owed_list_and_the_report_by_theme_follow_the_review(
	site, users, sessions, theme, created
):
	from datetime import date, timedelta

	liege, spp, gent = (
		sessions["liege_staff"],
		sessions["spp_manager"],
		sessions["gent_staff"],
	)
	name = report(
		liege,
		created,
		signal_fields(theme, title=f"Réponse due {UID}", observed_on="2024-02-12"),
	).json()["data"]["name"]

	def by_theme(http):
		return [
			(
				row["period"],
				row["reported"],
				row["under_review"],
				row["forwarded"],
				row["total"],
			)
			for row in run_report(http, "Field Signals by Theme", {"theme": theme, "period": "Month"})
			if row["period"] == "2024-02"
		]

	def owed(http):
		return [
			(row["name"], row["owed"])
			for row in run_report(http, "Field Signals Answer Owed", {})
			if row["name"] == name
		]

	# Reported: Liège and the SPP count it; Gent does not see it.
	assert by_theme(liege) == [("2024-02", 1, 0, 0, 1)] == by_theme(spp)
	assert by_theme(gent) == []

	# Forwarded 100 days ago and still without an answer: owed, for the whole network to see.
	assert act(spp, name, "Start Review").status_code == 200
	long_ago = (date.today() - timedelta(days=100)).isoformat()
	forwarded = {
		"policy_level": "Federal minister",
		"forwarded_to": "Ministre de l'Intégration sociale",
		"forwarded_on": long_ago,
	}
	assert put(spp, name, forwarded).status_code == 200
	assert act(spp, name, "Forward").status_code == 200
	assert by_theme(gent) == [("2024-02", 0, 0, 1, 1)]
	# the theme is named in the reader's language
	labels = {
		key: {
			row["theme_label"]
			for row in run_report(sessions[key], "Field Signals by Theme", {"theme": theme})
		}
		for key in ("gent_staff", "spp_manager")
	}
	assert labels == {
		"gent_staff": {"Mentale gezondheid"},
		"spp_manager": {"Santé mentale"},
	}
	assert owed(spp) == [(name, "Pas de réponse après 90 jours")]
	assert owed(gent) == [(name, "Geen antwoord na 90 dagen")]

	# The answer arrives: now it is owed to the network, until fed back.
	assert put(spp, name, {"answer": "Le cabinet examine la question."}).status_code == 200
	assert act(spp, name, "Record Answer").status_code == 200
	assert owed(spp) == [(name, "Réponse pas encore communiquée au réseau")]
	both = {
		"feedback_fr": "Le cabinet examine la question.",
		"feedback_nl": "Het kabinet onderzoekt de vraag.",
	}
	assert put(spp, name, both).status_code == 200
	assert act(spp, name, "Give Feedback").status_code == 200
	assert owed(spp) == []


def test_an_attachment_and_a_tag_follow_their_signal(site, users, sessions, theme, created):
	liege, spp, gent = (
		sessions["liege_staff"],
		sessions["spp_manager"],
		sessions["gent_staff"],
	)
	name = report(liege, created, signal_fields(theme, title=f"Pièce jointe {UID}")).json()["data"]["name"]
	file_name = f"constat-{UID}.txt"
	uploaded = api(
		liege,
		"post",
		"/api/method/upload_file",
		files={"file": (file_name, b"Constat anonyme des AS.")},
		data={"doctype": SIGNAL, "docname": name, "is_private": 0},
	)
	assert uploaded.status_code == 200, messages_of(uploaded)
	stored = uploaded.json()["message"]
	# asked public, kept private: the file is read through the signal's rule
	assert stored["is_private"] == 1

	tag = f"urgent{UID}"
	tagged = api(
		liege,
		"post",
		"/api/method/frappe.desk.doctype.tag.tag.add_tag",
		data={"tag": tag, "dt": SIGNAL, "dn": name},
	)
	assert tagged.status_code == 200, messages_of(tagged)

	def sees_tag(http):
		listed = api(
			http,
			"get",
			"/api/resource/Tag Link",
			params={
				"filters": json.dumps([["tag", "=", tag]]),
				"fields": json.dumps(["name", "title"]),
			},
		)
		assert listed.status_code == 200, messages_of(listed)
		return bool(listed.json()["data"])

	def sees(http):
		listed = api(
			http,
			"get",
			"/api/resource/File",
			params={
				"filters": json.dumps([["file_name", "=", file_name]]),
				"fields": json.dumps(["name"]),
			},
		)
		assert listed.status_code == 200
		download = api(http, "get", stored["file_url"])
		return bool(listed.json()["data"]), download.status_code == 200

	try:
		assert sees(liege) == (True, True) and sees_tag(liege)
		assert sees(gent) == (False, False) and not sees_tag(gent)
		assert act(spp, name, "Start Review").status_code == 200
		assert sees(gent) == (False, False) and not sees_tag(gent)
		assert (
			put(
				spp,
				name,
				{"policy_level": "Region", "forwarded_to": "Cabinet régional"},
			).status_code
			== 200
		)
		assert act(spp, name, "Forward").status_code == 200
		assert sees(gent) == (True, True) and sees_tag(gent)
	finally:
		site.db.rollback()
		site.db.delete("Tag Link", {"tag": tag})
		site.db.delete("Tag", {"name": tag})
		site.delete_doc("File", stored["name"], force=True, ignore_permissions=True)
		site.db.commit()


STANDARD_THEMES = {
	"Family reunification": ("Regroupement familial", "Gezinshereniging"),
	"Mental health": ("Santé mentale", "Mentale gezondheid"),
	"Housing": ("Logement", "Huisvesting"),
	"Language learning": ("Apprentissage de la langue", "Taalverwerving"),
	"Digital exclusion": ("Fracture numérique", "Digitale uitsluiting"),
	"Procedures": ("Procédures", "Procedures"),
	"The satisfaction survey": ("L'enquête de satisfaction", "De tevredenheidsenquête"),
}


def test_the_standard_themes_are_seeded_on_a_site_without_themes_and_the_spps_edits_stay(site, theme):
	from amif_network.amif_network.doctype.field_signal_theme.field_signal_theme import translate_all_themes
	from amif_network.amif_network.signal_setup import seed_field_signal_themes

	frappe = site
	seed = "amif_network.amif_network.signal_setup.seed_field_signal_themes"
	assert seed in frappe.get_hooks("after_install") and seed in frappe.get_hooks("after_migrate")

	def themes():
		rows = frappe.get_all("Field Signal Theme", fields=["name", "label_fr", "label_nl", "enabled"])
		return {row.name: (row.label_fr, row.label_nl) for row in rows}

	frappe.db.rollback()
	kept = frappe.get_all("Field Signal Theme", fields="*")
	try:
		frappe.db.delete("Field Signal Theme")
		seed_field_signal_themes()
		assert themes() == STANDARD_THEMES

		# The SPP renames a label, removes a theme and adds its own: a later migrate keeps all that.
		housing = frappe.get_doc("Field Signal Theme", "Housing")
		housing.label_fr = "Logement et sans-abrisme"
		housing.save()
		frappe.delete_doc("Field Signal Theme", "Procedures")
		frappe.db.commit()
		seed_field_signal_themes()
		after = themes()
		assert after["Housing"] == ("Logement et sans-abrisme", "Huisvesting")
		assert "Procedures" not in after and len(after) == len(STANDARD_THEMES) - 1
	finally:
		frappe.db.rollback()
		frappe.db.delete("Field Signal Theme")
		for row in kept:
			frappe.get_doc({"doctype": "Field Signal Theme", **row}).db_insert()
		translate_all_themes()
		frappe.db.commit()
	assert set(themes()) == {row.name for row in kept}
	assert frappe.db.get_value(
		"Translation", {"source_text": "Housing", "language": "fr"}, "translated_text"
	) == ("Logement")


def test_a_theme_the_spp_adds_is_named_in_each_users_language(site, users, sessions, created):
	"""Lists, links and exports translate a theme's name: its labels become its translations."""
	frappe = site
	name = f"Youth {UID}"

	def exported(http, doctype, field):
		"""The theme's name as an export gives it to this user (the SPP exports themes, a CPAS signals)."""
		export = api(
			http,
			"post",
			"/api/method/frappe.desk.reportview.export_query",
			data={
				"doctype": doctype,
				"file_format_type": "CSV",
				"translate_values": 1,
				"fields": json.dumps([f"`tab{doctype}`.`{field}`"]),
				"filters": json.dumps([[field, "=", name]]),
			},
		)
		assert export.status_code == 200, messages_of(export)
		return list(csv.reader(io.StringIO(export.text)))[-1][-1]

	def translations():
		frappe.db.rollback()
		rows = frappe.get_all("Translation", {"source_text": name}, ["language", "translated_text"])
		return {row.language: row.translated_text for row in rows}

	spp, gent = sessions["spp_manager"], sessions["gent_staff"]
	try:
		added = api(
			spp,
			"post",
			"/api/resource/Field Signal Theme",
			data=json.dumps({"theme": name, "label_fr": f"Jeunesse {UID}", "label_nl": f"Jeugd {UID}"}),
		)
		assert added.status_code == 200, messages_of(added)
		assert translations() == {"fr": f"Jeunesse {UID}", "nl": f"Jeugd {UID}"}
		assert exported(spp, "Field Signal Theme", "name") == f"Jeunesse {UID}"
		signal = report(
			gent, created, signal_fields(name, title=f"Jongeren {UID}", observation_language="Dutch")
		)
		assert signal.status_code == 200, messages_of(signal)
		assert exported(gent, SIGNAL, "theme") == f"Jeugd {UID}"
		assert exported(sessions["liege_manager"], SIGNAL, "theme") == "Thème"  # the header only: not Liège's

		# The SPP renames the Dutch label: the Dutch name follows.
		renamed = api(
			spp,
			"put",
			f"/api/resource/Field Signal Theme/{name}",
			data=json.dumps({"label_nl": f"Jongeren {UID}"}),
		)
		assert renamed.status_code == 200, messages_of(renamed)
		assert translations() == {"fr": f"Jeunesse {UID}", "nl": f"Jongeren {UID}"}
		assert exported(gent, SIGNAL, "theme") == f"Jongeren {UID}"

		# The theme removed, its translations go with it.
		frappe.db.delete(SIGNAL, {"theme": name})
		frappe.db.commit()
		removed = api(spp, "delete", f"/api/resource/Field Signal Theme/{name}")
		assert removed.status_code == 202, messages_of(removed)
		assert translations() == {}
	finally:
		frappe.db.rollback()
		frappe.db.delete(SIGNAL, {"theme": name})
		if frappe.db.exists("Field Signal Theme", name):
			frappe.delete_doc("Field Signal Theme", name, force=True, ignore_permissions=True)
		frappe.db.commit()


@pytest.fixture(scope="module")
def two_cpas_reporter(site, users):
	"""A social worker who works for Liège and Charleroi; removed with her signals at the end."""
	from tests.integration import support

	email = support.ensure_user(
		f"two.cpas.{UID}@{support.TEST_DOMAIN}",
		"Chantal",
		["CPAS Staff"],
		["LIEGE", "CHARLEROI"],
		"fr",
	)
	yield email
	frappe = site
	frappe.set_user("Administrator")
	frappe.db.rollback()
	for name in frappe.get_all(SIGNAL, {"owner": email}, pluck="name"):
		frappe.db.delete("Field Signal Meeting", {"parent": name, "parenttype": SIGNAL})
		frappe.db.delete("Version", {"ref_doctype": SIGNAL, "docname": name})
		frappe.db.delete(SIGNAL, {"name": name})
	frappe.db.delete("CPAS Membership", {"user": email})
	frappe.delete_doc("User", email, force=True, ignore_permissions=True)
	frappe.db.commit()


def test_a_user_of_several_cpas_chooses_the_reporting_cpas_among_her_own(
	site, users, sessions, server, theme, created, two_cpas_reporter
):
	frappe = site
	frappe.set_user("Administrator")
	meeting = frappe.get_doc(
		{
			"doctype": REPORT,
			"meeting_date": "2024-03-11",
			"place": f"Charleroi {UID}",
			"host_cpas": "CHARLEROI",
			"co_authors": [{"user": two_cpas_reporter}],
			"sections": [
				{
					"number": 1,
					"heading_fr": "Logement",
					"heading_nl": "Huisvesting",
					"body_fr": "<p>Les loyers dépassent le revenu d'intégration.</p>",
					"body_nl": "<p>De huurprijzen overstijgen het leefloon.</p>",
				}
			],
		}
	).insert()
	frappe.db.commit()
	created["reports"].append(meeting.name)
	chantal = server.session(two_cpas_reporter)

	# The dialog offers her own two CPAS, by their names; a single-CPAS worker and the SPP get none.
	choices = api(chantal, "get", f"{METHODS}.reporting_cpas_choices").json()["message"]
	assert [c["value"] for c in choices] == ["CHARLEROI", "LIEGE"]
	assert all(c["label"] for c in choices)
	for key in ("liege_staff", "spp_manager"):
		own = api(sessions[key], "get", f"{METHODS}.reporting_cpas_choices").json()["message"]
		assert own == ([{"value": "LIEGE", "label": own[0]["label"]}] if key == "liege_staff" else [])

	def raise_for(reporting_cpas):
		data = {"meeting_report": meeting.name, "section_number": 1, "theme": theme}
		if reporting_cpas:
			data["reporting_cpas"] = reporting_cpas
		response = api(chantal, "post", f"{METHODS}.raise_from_meeting_section", data=data)
		if response.status_code == 200:
			created["signals"].append(response.json()["message"])
		return response

	def count():
		frappe.db.rollback()
		return frappe.db.count(SIGNAL, {"owner": two_cpas_reporter})

	# Without a choice, or for a CPAS that is not hers: refused with a message, nothing saved.
	unchosen = raise_for(None)
	assert 400 <= unchosen.status_code < 500, unchosen.status_code
	assert "Choisissez le CPAS qui signale" in messages_of(unchosen)
	foreign = raise_for("GENT")
	assert 400 <= foreign.status_code < 500, foreign.status_code
	assert "Vous n'êtes pas lié au CPAS GENT" in messages_of(foreign)
	assert count() == 0

	raised = raise_for("CHARLEROI")
	assert raised.status_code == 200, messages_of(raised)
	signal = api(chantal, "get", f"/api/resource/{SIGNAL}/{raised.json()['message']}").json()["data"]
	assert signal["reporting_cpas"] == "CHARLEROI" and signal["reported_by"] == two_cpas_reporter
	assert count() == 1
	# Charleroi's signal, not yet reviewed, stays away from a Liège-only worker.
	assert api(sessions["liege_staff"], "get", f"/api/resource/{SIGNAL}/{signal['name']}").status_code == 403


def test_theme_names_are_found_and_shown_in_the_users_language(site, users, sessions):
	def search(http, txt):
		found = api(
			http,
			"get",
			"/api/method/frappe.desk.search.search_link",
			params={"doctype": "Field Signal Theme", "txt": txt, "page_length": 20},
		)
		assert found.status_code == 200, messages_of(found)
		return {row["value"] for row in found.json()["message"]}

	assert "Family reunification" in search(sessions["spp_manager"], "Regroupement")
	assert "Family reunification" in search(sessions["gent_staff"], "Gezinshereniging")
	assert "Digital exclusion" in search(sessions["gent_staff"], "uitsluiting")

	# The boot of the desk marks the themes as translated, so lists and links show them translated.
	site.db.rollback()
	from frappe.translate import get_translated_doctypes

	assert "Field Signal Theme" in get_translated_doctypes()


def pdf_pages(content: bytes):
	"""The pages of a PDF answer (pypdf comes with Frappe, so it is imported on a bench only)."""
	from pypdf import PdfReader

	return PdfReader(io.BytesIO(content)).pages
