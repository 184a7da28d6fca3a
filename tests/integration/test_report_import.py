"""Meeting reports as the network writes them, on a real site over HTTP.

The SPP imports the 2019 report from its text, confirms the draft, publishes it in French only
and prints it; then writes a two-language report with sub-sections, several owners, an
organisation owner and an unassigned point over the API, publishes and prints it. Bad input is
refused with a message and nothing is saved.
"""

import base64
import io
import json
import re
import unicodedata
import uuid
from pathlib import Path

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
IMPORT = "/api/method/amif_network.api.report_import"
WORKFLOW = "/api/method/frappe.model.workflow.apply_workflow"
PDF = "/api/method/frappe.utils.print_format.download_pdf"
TEXTS = Path(__file__).resolve().parents[2] / "fixtures" / "report_texts"


def api(http, method, path, **kwargs):
	return getattr(http, method)(http.base_url + path, **kwargs)


def pdf_text(http, name, print_format, keep_in=None):
	"""The text of a print as a PDF; the PDF itself is kept in `keep_in` for a look at it."""
	from pypdf import PdfReader

	response = api(
		http,
		"get",
		PDF,
		params={"doctype": REPORT, "name": name, "format": print_format},
	)
	assert response.status_code == 200 and response.content.startswith(b"%PDF"), response.text[:300]
	if keep_in:
		(keep_in / f"{print_format}.pdf").write_bytes(response.content)
	reader = PdfReader(io.BytesIO(response.content))
	return "\n".join(page.extract_text() for page in reader.pages)


def flat(text):
	"""PDF text on one line, with the ligatures of the print (ﬁ) as plain letters."""
	return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text))


def publish(http, name):
	for action in ("Send to Review", "Approve", "Publish"):
		response = api(
			http,
			"post",
			WORKFLOW,
			data={
				"doc": json.dumps({"doctype": REPORT, "name": name}),
				"action": action,
			},
		)
		assert response.status_code == 200, (action, messages_of(response))


def counts_of(site):
	site.db.rollback()
	return site.db.count(REPORT), site.db.count("Network Contact")


@pytest.fixture(scope="module")
def spp(server, users):
	return server.session(users["spp_manager"])


@pytest.fixture(scope="module")
def cleanup(site):
	"""Reports and contacts made here; removed at the end whatever their state."""
	made = {"reports": [], "contacts": []}
	yield made
	frappe = site
	frappe.set_user("Administrator")
	frappe.db.rollback()
	for name in made["reports"]:
		for table in CHILD_TABLES:
			frappe.db.delete(table, {"parent": name, "parenttype": REPORT})
		frappe.db.delete(REPORT, {"name": name})
	for name in made["contacts"]:
		frappe.db.delete("Network Contact", {"name": name})
	frappe.db.commit()


@pytest.fixture(scope="module")
def contacts(site, cleanup):
	frappe = site
	made = {}
	for key, full_name, organisation_type, cpas in (
		("marie", f"Marie Lambert {UID}", "CPAS", "LIEGE"),
		("jan", f"Jan Peeters {UID}", "CPAS", "GENT"),
		("sofie", f"Sofie Claes {UID}", "CPAS", "GENT"),
	):
		doc = frappe.get_doc(
			{
				"doctype": "Network Contact",
				"full_name": full_name,
				"organisation_type": organisation_type,
				"cpas": cpas,
			}
		).insert()
		made[key] = doc.name
		cleanup["contacts"].append(doc.name)
	frappe.db.commit()
	return made


def test_the_2019_report_is_imported_from_its_text_published_in_french_only_and_printed(
	site, spp, cleanup, tmp_path
):
	text = (TEXTS / "2019_liege_echange.txt").read_text(encoding="utf-8")
	before = counts_of(site)

	# Recognising saves nothing: the user sees the parts and what was left over.
	response = api(spp, "post", f"{IMPORT}.recognise", data={"text": text})
	assert response.status_code == 200, messages_of(response)
	found = response.json()["message"]
	assert counts_of(site) == before
	assert found["counts"] == {"people": 11, "agenda": 0, "headings": 4, "actions": 0, "to_check": 0}
	assert found["meeting_date"] == "2019-05-16"
	assert (found["title_nl"], found["title_fr"]) == (
		"Verslag uitwisseling OCMW's",
		"Rapport échange entre CPAS",
	)
	assert found["place"].startswith("L'Échelle des Mots") and found["host_cpas"] == "LIEGE"
	assert [s["number"] for s in found["sections"]] == ["I", "2", "4", "5"]
	assert found["leftover"] == []
	people = {p["full_name"]: p for p in found["attendees"]}
	assert people["Lisa Asselman"]["organisation_type"] == "SPP"
	assert (
		people["Johan Maekelberg"]["organisation"],
		people["Johan Maekelberg"]["cpas"],
	) == ("CPAS Gand", "GENT")
	assert people["Nauar Elfargani"]["cpas"] == "ANTWERPEN"

	# The user confirms: known contacts are linked, the others created because they were ticked.
	for person in found["attendees"]:
		person["create_contact"] = 0 if person["contact"] else 1
	proposed = [p["full_name"] for p in found["attendees"] if not p["contact"]]
	saved = api(spp, "post", f"{IMPORT}.create_draft", data={"draft": json.dumps(found)})
	assert saved.status_code == 200, messages_of(saved)
	name = saved.json()["message"]
	cleanup["reports"].append(name)
	site.db.rollback()
	cleanup["contacts"].extend(
		site.get_all(
			"Network Contact",
			filters={"full_name": ["in", proposed or ["-"]]},
			pluck="name",
		)
	)
	doc = site.get_doc(REPORT, name)
	assert doc.workflow_state == "Draft" and doc.report_languages == "French only"
	assert len(doc.attendees) == 11
	assert doc.sections[1].heading_fr == "Mod' Actions : présentation du projet et de ses modules"
	assert "<ul>" in doc.sections[1].body_fr and "<ol>" in doc.sections[1].body_fr
	assert not doc.sections[1].heading_nl

	# Published in French only: no Dutch text is asked for, and the print says so.
	publish(spp, name)
	site.db.rollback()
	assert site.db.get_value(REPORT, name, "docstatus") == 1
	text_fr = flat(pdf_text(spp, name, "Meeting Report FR", tmp_path))
	assert "I. Accueil et introduction" in text_fr
	assert "5. Clôture avec des questions et un feed-back" in text_fr
	assert "Ce rapport n'existe qu'en français." in text_fr
	assert "16 mei 2019 – 16 mai 2019" in text_fr
	assert "Agnès Dubus (CPAS de Bruxelles" in text_fr
	# The side-by-side print of a French-only report shows the French text once, not empty Dutch columns.
	side_by_side = flat(pdf_text(spp, name, "Meeting Report FR NL", tmp_path))
	assert side_by_side.count("Accueil et introduction") == 1
	assert "Dit verslag bestaat alleen in het Frans." in side_by_side


def test_a_two_language_report_with_sub_sections_and_every_kind_of_owner(
	site, spp, contacts, cleanup, tmp_path
):
	sections = [
		{
			"number": "0",
			"heading_fr": "Accueil",
			"heading_nl": "Onthaal",
			"body_fr": "Café.",
			"body_nl": "Koffie.",
		},
		# a heading that only introduces its sub-sections
		{
			"number": "4",
			"heading_fr": "État des lieux",
			"heading_nl": "Stand van zaken",
		},
		{
			"number": "4.1",
			"heading_fr": f"Gand {UID}",
			"heading_nl": f"Gent {UID}",
			# plain text, as the API sends it: paragraphs and a bullet list
			"body_fr": "Premier paragraphe.\n\nDeuxième paragraphe :\n- premier point\n- second point",
			"body_nl": "Eerste alinea.\n\nTweede alinea:\n- eerste punt\n- tweede punt",
			"remark_fr": "Commentaires de Gand encore à ajouter.",
			"remark_nl": "Opmerkingen van Gent nog aan te vullen.",
		},
		{
			"number": "4.2",
			"heading_fr": "Liège",
			"heading_nl": "Luik",
			"body_fr": "Texte.",
			"body_nl": "Tekst.",
		},
	]
	fields = {
		"doctype": REPORT,
		"title_fr": "Rapport rencontre CPAS",
		"title_nl": "Verslag bijeenkomst OCMW's",
		"meeting_date": "2002-04-03",
		"place": f"OCMW Gent {UID}",
		"host_cpas": "GENT",
		"attendees": [{"attendance": "Present", "contact": contacts["jan"]}],
		# agenda items without times stay without
		"agenda": [
			{"title_fr": "Accueil", "title_nl": "Onthaal"},
			{
				"from_time": "13h30",
				"to_time": "14:00",
				"title_fr": "Visite",
				"title_nl": "Bezoek",
			},
		],
		"sections": sections,
		"action_points": [
			{
				"owner_type": "Several Network Contacts",
				"action_owner": contacts["jan"],
				"second_owner": contacts["sofie"],
				"action": f"Bezorgen de lijst aan het POD {UID}",
				"status": "Open",
			},
			{
				"owner_type": "CPAS",
				"owner_cpas": "GENT",
				"action": f"Organiser une visite {UID}",
				"status": "Open",
			},
			{
				"owner_type": "SPP",
				"action": f"Envoyer le modèle {UID}",
				"status": "Open",
			},
			{
				"owner_type": "To Be Assigned",
				"action": f"Communiquer la date {UID}",
				"status": "Open",
			},
		],
		"next_meeting_note_fr": "Probablement au printemps",
		"next_meeting_note_nl": "Waarschijnlijk in de lente",
	}
	response = api(spp, "post", f"/api/resource/{REPORT}", data=json.dumps(fields))
	assert response.status_code == 200, messages_of(response)
	data = response.json()["data"]
	name = data["name"]
	cleanup["reports"].append(name)
	assert [(s["number"], s["level"]) for s in data["sections"]] == [
		("0", 1),
		("4", 1),
		("4.1", 2),
		("4.2", 2),
	]
	assert [(a["from_time"], a["to_time"]) for a in data["agenda"]] == [
		("", ""),
		("13:30", "14:00"),
	]
	assert data["sections"][2]["body_fr"] == (
		"<p>Premier paragraphe.</p><p>Deuxième paragraphe :</p><ul><li>premier point</li><li>second point</li></ul>"
	)
	assert [p["owner_name"] for p in data["action_points"]] == [
		f"Jan Peeters {UID}, Sofie Claes {UID}",
		"CPAS de Gand / OCMW Gent",
		"SPP IS / POD MI",
		"",
	]

	publish(spp, name)
	text = unicodedata.normalize("NFKC", pdf_text(spp, name, "Meeting Report FR NL", tmp_path))
	flat_text = flat(text)
	for expected in (
		"4. État des lieux",
		"4. Stand van zaken",
		f"4.1 Gand {UID}",
		f"4.1 Gent {UID}",
		"4.2 Liège",
		f"Jan Peeters {UID}, Sofie Claes {UID}",
		"CPAS de Gand / OCMW Gent",
		"SPP IS / POD MI",
		"À attribuer / Nog toe te wijzen",
		"Commentaires de Gand encore à ajouter.",
		"Opmerkingen van Gent nog aan te vullen.",
		"Probablement au printemps / Waarschijnlijk in de lente",
		"13:30 – 14:00",
	):
		assert expected in flat_text, expected
	# paragraphs and list items stay on lines of their own
	lines = [flat(line).strip() for line in text.splitlines()]
	assert any(line.startswith("Premier paragraphe.") for line in lines)
	assert any(line.endswith("premier point") for line in lines)
	assert not any("Premier paragraphe. Deuxième" in line for line in lines)
	# the agenda slot without times is printed without a time of saving
	accueil_row = next(
		line for line in lines if line.startswith("Accueil") or line.endswith("Accueil Onthaal")
	)
	assert not re.search(r"\d{2}:\d{2}", accueil_row)


def test_an_action_point_of_a_cpas_needs_its_cpas(spp, contacts, cleanup):
	fields = {
		"doctype": REPORT,
		"title_fr": "Rapport",
		"title_nl": "Verslag",
		"meeting_date": "2002-05-03",
		"action_points": [{"owner_type": "CPAS", "action": "Organiser une visite", "status": "Open"}],
	}
	response = api(spp, "post", f"/api/resource/{REPORT}", data=json.dumps(fields))
	assert response.status_code == 417
	assert "est porté par un CPAS : nommez le CPAS" in messages_of(response)


def upload(name, data: bytes):
	return {"filename": name, "content": base64.b64encode(data).decode()}


@pytest.mark.parametrize(
	"payload, message",
	[
		({"text": "   "}, "Le texte est vide"),
		(
			{"text": "Bonjour à tous, merci pour la réunion de ce matin et à bientôt."},
			"ne ressemble pas à un rapport",
		),
		(
			{
				"text": "Rapport rencontre CPAS\n31 février 2023\n\n1. Accueil\n\nBienvenue à tous les CPAS du réseau."
			},
			"La date 31 février 2023 n'existe pas",
		),
		(upload("rapport.docx", b"PK\x03\x04 not really a docx"), "n'a pas pu être lu"),
		(
			upload("rapport.pdf", b"\x89PNG\r\n\x1a\n\x00\x00binary"),
			"n'a pas pu être lu",
		),
		(upload("rapport.txt", bytes(range(256)) * 4), "n'a pas pu être lu"),
		(
			upload("rapport.exe", b"MZ\x90\x00"),
			"Seuls les fichiers .txt, .docx ou .pdf",
		),
		(
			{"filename": "rapport.txt", "content": "%%% not base64 %%%"},
			"n'a pas pu être lu",
		),
	],
	ids=[
		"empty",
		"not-a-report",
		"date-that-does-not-exist",
		"bad-docx",
		"binary-pdf",
		"binary-txt",
		"exe",
		"bad-base64",
	],
)
def test_bad_input_gets_a_clear_message_and_nothing_is_saved(site, spp, payload, message):
	before = counts_of(site)
	response = api(spp, "post", f"{IMPORT}.recognise", data=payload)
	assert 400 <= response.status_code < 500, response.status_code
	assert message in messages_of(response)
	assert counts_of(site) == before


def test_a_draft_with_a_date_that_does_not_exist_is_not_saved(site, spp):
	before = counts_of(site)
	draft = {
		"title_fr": "Rapport",
		"title_nl": "Verslag",
		"meeting_date": "2023-02-31",
		"attendees": [{"full_name": f"New Person {UID}", "create_contact": 1}],
	}
	response = api(spp, "post", f"{IMPORT}.create_draft", data={"draft": json.dumps(draft)})
	assert 400 <= response.status_code < 500
	assert "La date de la réunion manque ou n'existe pas" in messages_of(response)
	assert counts_of(site) == before


def test_cpas_staff_cannot_import(site, server, users):
	staff = server.session(users["liege_staff"])
	response = api(
		staff,
		"post",
		f"{IMPORT}.recognise",
		data={"text": "Rapport 16 mai 2019\n1. Accueil"},
	)
	assert response.status_code == 403


def test_a_report_uploaded_as_docx_or_pdf_is_read_like_its_text(site, spp):
	import docx
	from frappe.utils.pdf import get_pdf

	text = (TEXTS / "2023_subsections_nl.txt").read_text(encoding="utf-8")
	document = docx.Document()
	for line in text.splitlines():
		document.add_paragraph(line)
	buffer = io.BytesIO()
	document.save(buffer)
	from_docx = api(
		spp,
		"post",
		f"{IMPORT}.recognise",
		data=upload("verslag.docx", buffer.getvalue()),
	)
	assert from_docx.status_code == 200, messages_of(from_docx)
	counts = from_docx.json()["message"]["counts"]
	assert {kind: counts[kind] for kind in ("people", "agenda", "headings", "actions")} == {
		"people": 13,
		"agenda": 7,
		"headings": 12,  # with the sub-headings "Sterke punten:" and "Werkpunten:"
		"actions": 5,
	}

	html = "".join(f"<p>{line or '&nbsp;'}</p>" for line in text.splitlines())
	from_pdf = api(spp, "post", f"{IMPORT}.recognise", data=upload("verslag.pdf", get_pdf(html)))
	assert from_pdf.status_code == 200, messages_of(from_pdf)
	found = from_pdf.json()["message"]
	assert found["meeting_date"] == "2023-04-03"
	assert [s["number"] for s in found["sections"]][:5] == ["1", "2", "3", "4", "4.1"]
	assert found["counts"]["people"] == 13


def test_word_numbering_and_tables_are_read_as_written(site):
	"""Word keeps "1." and bullets out of a paragraph's text: the import puts them back."""
	import docx

	from amif_network.amif_network.report_import import text_of_docx

	document = docx.Document()
	document.add_paragraph("Rapport rencontre CPAS")
	document.add_paragraph("16 mai 2019")
	document.add_paragraph("Accueil", style="List Number")
	document.add_paragraph("Bienvenue.")
	document.add_paragraph("Modules", style="List Number")
	document.add_paragraph("un point", style="List Bullet")
	table = document.add_table(rows=1, cols=2)
	table.rows[0].cells[0].text, table.rows[0].cells[1].text = "Lisa Asselman", "SPP IS"
	buffer = io.BytesIO()
	document.save(buffer)
	lines = text_of_docx(buffer.getvalue()).splitlines()
	assert "1. Accueil" in lines and "2. Modules" in lines and "- un point" in lines
	assert "| Lisa Asselman | SPP IS |" in lines  # a table row keeps its cells


def test_the_spp_imports_a_report_in_the_desk_dialog(browser_ready, site, server, users, cleanup, tmp_path):
	"""Headless Chromium: the button on the report list, the check dialog, the saved draft."""
	from tests.integration.support import PASSWORD, node

	started = site.utils.now()
	run = node(
		"report_import_dialog.mjs",
		server.base_url,
		server.site,
		users["spp_manager"],
		PASSWORD,
		str(TEXTS / "2021_online_interpretation.txt"),
		str(tmp_path / "import"),
		timeout=240,
	)
	site.db.rollback()
	made = site.get_all(
		"Network Contact", filters={"owner": users["spp_manager"], "creation": [">=", started]}, pluck="name"
	)
	cleanup["contacts"].extend(made)
	name = run.stdout.strip().splitlines()[-1] if run.stdout.strip() else ""
	seen = json.loads(name) if name.startswith("{") else {}
	if seen.get("url"):
		cleanup["reports"].append(seen["url"].rstrip("/").rsplit("/", 1)[-1])
	assert run.returncode == 0, run.stderr[-2000:]
	# the SPP manager works in French
	assert seen["buttonLabel"] == "Importer depuis un texte"
	assert seen["title"] == "Vérifier le rapport importé"
	# the sub-headings "Points forts :" and "Points à améliorer :" are headings of their own, and the
	# items the import is less sure of are counted and listed first
	assert (
		"Reconnu : 12 personnes, 5 points de l'ordre du jour, 6 titres, 5 points d'action." in seen["summary"]
	)
	assert "éléments à vérifier : ils viennent en premier dans chaque tableau" in seen["summary"]
	report = site.get_doc(REPORT, cleanup["reports"][-1])
	assert (
		report.is_online and report.simultaneous_interpretation and report.report_languages == "French only"
	)
	assert [p.owner_type for p in report.action_points] == [
		"Network Contact",
		"CPAS",
		"SPP",
		"Several Network Contacts",
		"To Be Assigned",
	]
	assert (tmp_path / "import-check.png").stat().st_size > 10_000


def test_only_the_spp_decides_that_a_new_report_has_one_language(site, server, users, cleanup):
	"""A CPAS co-author writes reports in both languages; the SPP may decide otherwise."""
	fields = {
		"doctype": REPORT,
		"title_fr": "Rapport",
		"title_nl": "Verslag",
		"meeting_date": "2002-06-03",
		"report_languages": "French only",
	}
	staff = server.session(users["liege_staff"])
	refused = api(staff, "post", f"/api/resource/{REPORT}", data=json.dumps(fields))
	assert refused.status_code == 417
	assert (
		"Seul un gestionnaire du réseau AMIF peut décider qu'un rapport est publié dans une seule langue"
		in (messages_of(refused))
	)
	accepted = api(
		server.session(users["spp_manager"]), "post", f"/api/resource/{REPORT}", data=json.dumps(fields)
	)
	assert accepted.status_code == 200, messages_of(accepted)
	cleanup["reports"].append(accepted.json()["data"]["name"])


CORPUS = Path(__file__).resolve().parents[2] / "tests" / "data" / "report_corpus"


@pytest.mark.parametrize(
	"stem, suffix",
	[
		("05_bruxelles-bilan-orientation-2018", ".docx"),
		("13_charleroi-binche-2024", ".pdf"),
		("23_zoom-2020-10", ".pdf"),
		("16_antwerpen-2017-03", ".docx"),
	],
)
def test_a_network_report_uploaded_as_docx_or_pdf_becomes_the_draft_its_expected_lists_describe(
	site, spp, cleanup, stem, suffix
):
	"""Reports of the blind corpus's train part, uploaded as their file through the dialog's two
	methods, as a first import: what the draft holds is what the report's author listed."""
	from rapidfuzz import fuzz

	expected = json.loads((CORPUS / f"{stem}.expected.json").read_text(encoding="utf-8"))
	data = (CORPUS / f"{stem}{suffix}").read_bytes()
	before = counts_of(site)
	response = api(spp, "post", f"{IMPORT}.recognise", data=upload(f"{stem}{suffix}", data))
	assert response.status_code == 200, messages_of(response)
	found = response.json()["message"]
	assert counts_of(site) == before  # recognising saves nothing

	def folded(text):
		return " ".join(
			unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower().split()
		)

	people = {(folded(p["full_name"]), p["attendance"]) for p in found["attendees"] if p["full_name"]}
	assert {(folded(name), attendance) for name, attendance, _org in expected["people"]} <= people
	assert found["meeting_date"] == expected["date"]
	assert bool(found["is_online"]) == expected["online"]

	# the user confirms the draft as the dialog sends it, creating no contact
	draft = {**found, "report_languages": "French and Dutch" if len(expected["languages"]) > 1 else None}
	for person in draft["attendees"]:
		person["create_contact"] = 0
	saved = api(spp, "post", f"{IMPORT}.create_draft", data={"draft": json.dumps(draft)})
	assert saved.status_code == 200, messages_of(saved)
	name = saved.json()["message"]
	cleanup["reports"].append(name)
	site.db.rollback()  # see what the server committed
	report = site.get_doc(REPORT, name)
	lang = "nl" if found["language"] == "nl" else "fr"

	agenda = [(row.from_time or "", row.to_time or "", row.get(f"title_{lang}")) for row in report.agenda]
	for start, end, title in expected["agenda"]:
		assert any(
			(not start or clock(a) == start)
			and (not end or clock(b) == end)
			and fuzz.ratio(folded(t), folded(title)) >= 85
			for a, b, t in agenda
		), (title, agenda)
	# an unnumbered heading is saved with its position as its number (signals cite sections by number)
	headings = [(row.number or "", row.get(f"heading_{lang}")) for row in report.sections]
	for number, title in expected["headings"]:
		assert any(
			(not number or n.rstrip(".)") == number)
			and fuzz.ratio(folded(h).strip(" :"), folded(title).strip(" :")) >= 85
			for n, h in headings
		), (number, title, headings)
	actions = [folded(row.action) for row in report.action_points]
	for _kind, _owners, _cpas, opening in expected["actions"]:
		assert any(folded(opening) in action for action in actions), (opening, actions)
	owner_types = {folded(row.action)[:40]: row.owner_type for row in report.action_points}
	assert len(owner_types) == len(report.action_points)


def clock(value) -> str:
	"""A time field as HH:MM, whatever form the database gives it back in."""
	text = str(value or "")
	parts = text.split(":")
	return f"{int(parts[0]):02d}:{parts[1]}" if len(parts) >= 2 else text
