"""An SPP form administrator customises the app's forms over HTTP, with Frappe's own tools.

Fanny (AMIF Form Administrator, French desk) adds a field to the project fiche and words its label
in French, Dutch and English; Liège and Gent see it in their desks and on the fiche's print. She
adds a choice to a list. What would expose a participant, touch Frappe's own forms or break
records is refused with a message in her language, and nothing of it is applied.
"""

import json
import re
import uuid

import pytest

from tests.integration.support import messages_of
from tests.integration.test_project_fiche import fiche_payload

UID = uuid.uuid4().hex[:6]
RUN_DOC_METHOD = "/api/method/run_doc_method"
LABELS = "/api/method/amif_network.api.customisation"
BUDGET = f"Budget Line {UID}"
BUDGET_FR, BUDGET_NL = f"Ligne budgétaire {UID}", f"Budgetlijn {UID}"
NOTE = f"Follow-up Note {UID}"
LOAN = f"Loan {UID}"
REPORT = "Form Labels Missing a Language"


@pytest.fixture(scope="module")
def http(server, users):
	return {key: server.session(email) for key, email in users.items()}


def call(session, method, path, **kwargs):
	return getattr(session, method)(session.base_url + path, **kwargs)


def fetch_form(session, doctype):
	"""Customize Form as the desk opens it (`frm.call("fetch_to_customize")`)."""
	return call(
		session,
		"post",
		RUN_DOC_METHOD,
		data={
			"docs": json.dumps({"doctype": "Customize Form", "name": "Customize Form", "doc_type": doctype}),
			"method": "fetch_to_customize",
		},
	)


def customise(session, doctype, change):
	"""Open Customize Form on `doctype`, let `change(form)` edit it, press Update."""
	fetched = fetch_form(session, doctype)
	assert fetched.status_code == 200, messages_of(fetched)
	form = fetched.json()["docs"][0]
	change(form)
	return call(
		session, "post", RUN_DOC_METHOD, data={"docs": json.dumps(form), "method": "save_customization"}
	)


def new_field(form, label, fieldtype="Data", **properties):
	row = {
		"doctype": "Customize Form Field",
		"parent": "Customize Form",
		"parentfield": "fields",
		"parenttype": "Customize Form",
		"__islocal": 1,
		"is_custom_field": 1,
		"fieldname": "custom_" + re.sub(r"\W+", "_", label.lower()),
		"label": label,
		"fieldtype": fieldtype,
		"idx": len(form["fields"]) + 1,
	}
	row.update(properties)
	form["fields"].append(row)


def field_of(form, fieldname):
	return next(row for row in form["fields"] if row["fieldname"] == fieldname)


def custom_field(site, doctype, label):
	site.db.rollback()  # see what the server committed
	return site.db.get_value(
		"Custom Field", {"dt": doctype, "label": label}, ["name", "fieldname", "module"], as_dict=True
	)


def report_labels(session, doctype):
	response = call(
		session,
		"get",
		"/api/method/frappe.desk.query_report.run",
		params={"report_name": REPORT, "filters": json.dumps({"doctype_name": doctype})},
	)
	assert response.status_code == 200, messages_of(response)
	return {row["label"] for row in response.json()["message"]["result"] if isinstance(row, dict)}


@pytest.fixture(scope="module")
def records(site, users):
	"""A Liège fiche and one participant in Liège and one in Gent; everything this module makes goes."""
	frappe = site
	fiche = frappe.get_doc(dict(fiche_payload(f"Fiche {UID}"), doctype="Project Fiche")).insert()
	participants = {
		code: frappe.get_doc(
			{"doctype": "Participant", "cpas": code, "first_name": first, "last_name": f"{first}{UID}"}
		).insert()
		for code, first in (("LIEGE", "Amina"), ("GENT", "Griet"))
	}
	frappe.db.commit()
	yield {"fiche": fiche.name, "participants": {code: doc.name for code, doc in participants.items()}}
	frappe.db.rollback()
	frappe.set_user("Administrator")
	for table in frappe.get_meta("Project Fiche").get_table_fields():
		frappe.db.delete(table.options, {"parent": fiche.name})
	frappe.db.delete("Version", {"docname": fiche.name})
	frappe.db.delete("Project Fiche", {"name": fiche.name})
	for doc in participants.values():
		frappe.delete_doc("Participant", doc.name, force=True)
	customised = {"Project Fiche", "Participant"}
	setters = frappe.get_all(
		"Property Setter",
		filters={"doc_type": ["in", customised], "value": ["like", f"%{UID}%"]},
		pluck="name",
	)
	fields = frappe.get_all(
		"Custom Field",
		filters={"dt": ["in", customised], "label": ["like", f"%{UID}%"]},
		fields=["name", "dt", "fieldname"],
	)
	setters += frappe.get_all(
		"Property Setter",
		filters={"doc_type": ["in", customised], "field_name": ["in", [f.fieldname for f in fields] or [""]]},
		pluck="name",
	)
	for name in set(setters):
		frappe.db.delete("Version", {"ref_doctype": "Property Setter", "docname": name})
		frappe.db.delete("Property Setter", {"name": name})
	for field in fields:
		frappe.delete_doc("Custom Field", field.name, force=True)
		frappe.db.delete("Version", {"ref_doctype": "Custom Field", "docname": field.name})
		frappe.db.delete("Deleted Document", {"deleted_doctype": "Custom Field", "deleted_name": field.name})
	frappe.db.delete("Translation", {"source_text": ["like", f"%{UID}%"]})
	frappe.db.delete("Print Format", {"name": ["like", f"%{UID}%"]})
	frappe.db.commit()
	for field in fields:  # Frappe keeps a deleted custom field's column; the test leaves none
		frappe.db.sql_ddl(f"alter table `tab{field.dt}` drop column if exists `{field.fieldname}`")
	for doctype in customised:
		frappe.clear_cache(doctype=doctype)
	frappe.translate.clear_cache()


def test_a_field_added_to_the_fiche_shows_in_three_languages_on_form_and_print(
	site, server, users, http, records
):
	admin = http["form_admin"]
	saved = customise(admin, "Project Fiche", lambda form: new_field(form, BUDGET))
	assert saved.status_code == 200, messages_of(saved)
	assert BUDGET in saved.json()["message"]["labels_to_translate"]
	field = custom_field(site, "Project Fiche", BUDGET)
	assert field and field.module == "AMIF Fiches"  # exported with the app's fixtures

	# the new label is reported until it has its French and Dutch wording
	assert BUDGET in report_labels(admin, "Project Fiche")
	pending = call(admin, "get", f"{LABELS}.labels_to_translate", params={"doctype": "Project Fiche"})
	assert [row["label"] for row in pending.json()["message"]] == [BUDGET]
	wording = [{"label": BUDGET, "fr": BUDGET_FR, "nl": BUDGET_NL, "en": BUDGET}]
	stored = call(
		admin,
		"post",
		f"{LABELS}.save_label_translations",
		data={"doctype": "Project Fiche", "rows": json.dumps(wording)},
	)
	assert stored.status_code == 200, messages_of(stored)
	site.db.rollback()
	assert (
		site.db.get_value("Translation", {"source_text": BUDGET, "language": "fr"}, "translated_text")
		== BUDGET_FR
	)
	assert (
		site.db.get_value("Translation", {"source_text": BUDGET, "language": "nl"}, "translated_text")
		== BUDGET_NL
	)
	assert BUDGET not in report_labels(admin, "Project Fiche")

	# the CPAS fill it in and see it in their own desk language
	liege, gent = http["liege_staff"], http["gent_staff"]
	filled = call(
		liege, "put", f"/api/resource/Project Fiche/{records['fiche']}", json={field.fieldname: "12 500 EUR"}
	)
	assert filled.status_code == 200, messages_of(filled)
	meta = call(
		gent, "get", "/api/method/frappe.desk.form.load.getdoctype", params={"doctype": "Project Fiche"}
	)
	assert field.fieldname in {f["fieldname"] for f in meta.json()["docs"][0]["fields"]}
	for user, wording_in_desk in (("liege_staff", BUDGET_FR), ("gent_staff", BUDGET_NL)):
		fresh = server.session(users[user])  # a new login boots the desk with the current translations
		desk = call(fresh, "get", "/app/project-fiche")
		boot_forms = {
			wording_in_desk,
			json.dumps(wording_in_desk)[1:-1],
			json.dumps(json.dumps(wording_in_desk))[3:-3],
		}
		assert desk.status_code == 200 and any(form in desk.text for form in boot_forms), user

	for session, print_format, wording_in_print in (
		(liege, "Project Fiche FR", BUDGET_FR),
		(gent, "Project Fiche NL", BUDGET_NL),
	):
		page = call(
			session,
			"get",
			"/printview",
			params={"doctype": "Project Fiche", "name": records["fiche"], "format": print_format},
		)
		assert page.status_code == 200
		assert wording_in_print in page.text and "12 500 EUR" in page.text, print_format

	# who added it, and when, is in the version history
	site.db.rollback()
	versions = site.get_all(
		"Version", filters={"ref_doctype": "Custom Field", "docname": field.name}, fields=["owner", "data"]
	)
	assert versions and versions[0].owner == site.db.get_value("User", {"first_name": "Fanny"}, "name")
	assert BUDGET in versions[0].data


def test_a_choice_is_added_to_a_list_of_the_app(site, http, records):
	"""A choice is added with a Property Setter (its form) or in Customize Form; used choices stay."""
	admin = http["form_admin"]
	options = site.get_meta("Project Fiche").get_field("funding_type").options
	setter = {
		"doc_type": "Project Fiche",
		"doctype_or_field": "DocField",
		"field_name": "funding_type",
		"property": "options",
		"property_type": "Text",
		"value": f"{options}\n{LOAN}",
	}
	added = call(admin, "post", "/api/resource/Property Setter", json=setter)
	assert added.status_code == 200, messages_of(added)
	chosen = call(
		http["liege_staff"],
		"put",
		f"/api/resource/Project Fiche/{records['fiche']}",
		json={"funding_type": LOAN},
	)
	assert chosen.status_code == 200, messages_of(chosen)
	assert added.json()["data"]["module"] == "AMIF Fiches"  # exported with the app's fixtures

	# emptying the list while the fiche holds the new choice is refused, in French, on both paths
	emptied = call(
		admin, "put", f"/api/resource/Property Setter/{added.json()['data']['name']}", json={"value": ""}
	)
	assert emptied.status_code == 417
	assert "Type de financement : des enregistrements utilisent encore les choix" in messages_of(emptied)
	assert LOAN in messages_of(emptied)

	def empty(form):
		field_of(form, "funding_type")["options"] = ""

	refused = customise(admin, "Project Fiche", empty)
	assert refused.status_code == 417
	assert "des enregistrements utilisent encore les choix" in messages_of(refused) and LOAN in messages_of(
		refused
	)
	site.db.rollback()
	site.clear_cache(doctype="Project Fiche")
	assert LOAN in site.get_meta("Project Fiche").get_field("funding_type").options

	# and in Customize Form itself: one more choice on the same list
	grant = f"Grant {UID}"

	def add_choice(form):
		row = field_of(form, "funding_type")
		row["options"] = f"{row['options']}\n{grant}"

	saved = customise(admin, "Project Fiche", add_choice)
	assert saved.status_code == 200, messages_of(saved)
	site.db.rollback()
	site.clear_cache(doctype="Project Fiche")
	assert grant in site.get_meta("Project Fiche").get_field("funding_type").options.split("\n")
	chosen = call(
		http["liege_staff"],
		"put",
		f"/api/resource/Project Fiche/{records['fiche']}",
		json={"funding_type": grant},
	)
	assert chosen.status_code == 200, messages_of(chosen)


@pytest.fixture(scope="module")
def participant_note(site, http, records):
	"""Fanny adds a note at permission level 1 to the participant form: adding is allowed."""
	saved = customise(http["form_admin"], "Participant", lambda form: new_field(form, NOTE, permlevel=1))
	assert saved.status_code == 200, messages_of(saved)
	return custom_field(site, "Participant", NOTE).fieldname


GUARDED_CHANGES = {
	"lower a permission level": (
		lambda form, note: field_of(form, "health_condition").update(permlevel=0),
		"le niveau de permission d'un champ de Participant ne peut pas être abaissé",
	),
	"lower the level of an added field": (
		lambda form, note: field_of(form, note).update(permlevel=0),
		"le niveau de permission d'un champ de Participant ne peut pas être abaissé",
	),
	"show in global search": (
		lambda form, note: field_of(form, "last_name").update(in_global_search=1),
		"les données personnelles de Participant ne peuvent pas apparaître dans la recherche globale",
	),
	"fetch from another form": (
		lambda form, note: field_of(form, note).update(fetch_from="cpas.name_fr"),
		"ne peut pas reprendre sa valeur d'un autre formulaire",
	),
	"link ignoring user permissions": (
		lambda form, note: new_field(
			form, f"Other CPAS {UID}", "Link", options="CPAS", ignore_user_permissions=1
		),
		"ne peut pas ignorer les permissions des utilisateurs",
	),
	"retype the scope link": (
		lambda form, note: field_of(form, "cpas").update(fieldtype="Data", options=""),
		"les règles de l'application utilisent ce champ de Participant",
	),
	"make a rule field optional": (
		lambda form, note: field_of(form, "last_name").update(reqd=0),
		"il reste obligatoire",
	),
}


@pytest.mark.parametrize("change", sorted(GUARDED_CHANGES))
def test_a_guarded_change_on_a_personal_form_is_refused_and_nothing_applied(
	site, http, participant_note, change
):
	edit, message = GUARDED_CHANGES[change]
	before = (
		site.db.count("Property Setter", {"doc_type": "Participant"}),
		site.db.count("Custom Field", {"dt": "Participant"}),
	)
	refused = customise(http["form_admin"], "Participant", lambda form: edit(form, participant_note))
	assert refused.status_code == 417, messages_of(refused)
	assert message in messages_of(refused)
	site.db.rollback()
	after = (
		site.db.count("Property Setter", {"doc_type": "Participant"}),
		site.db.count("Custom Field", {"dt": "Participant"}),
	)
	assert after == before


def test_the_same_changes_over_rest_are_refused(site, http, participant_note):
	admin = http["form_admin"]
	setter = {
		"doc_type": "Participant",
		"doctype_or_field": "DocField",
		"field_name": "first_name",
		"property": "in_global_search",
		"property_type": "Check",
		"value": "1",
	}
	refused = call(admin, "post", "/api/resource/Property Setter", json=setter)
	assert refused.status_code == 417 and "recherche globale" in messages_of(refused)
	link = {
		"dt": "Participant",
		"label": f"Leak {UID}",
		"fieldname": f"leak_{UID}",
		"fieldtype": "Link",
		"options": "CPAS",
		"ignore_user_permissions": 1,
		"insert_after": "cpas",
	}
	refused = call(admin, "post", "/api/resource/Custom Field", json=link)
	assert refused.status_code == 417 and "ignorer les permissions" in messages_of(refused)
	note = site.db.get_value("Custom Field", {"dt": "Participant", "fieldname": participant_note})
	lowered = call(admin, "put", f"/api/resource/Custom Field/{note}", json={"permlevel": 0})
	assert lowered.status_code == 417 and "niveau de permission" in messages_of(lowered)
	shared_link = dict(
		link, dt="Project Fiche", options="Participant", ignore_user_permissions=0, insert_after="cpas"
	)
	refused = call(admin, "post", "/api/resource/Custom Field", json=shared_link)
	assert refused.status_code == 417 and "ne peut pas être lié à des fiches personnelles" in messages_of(
		refused
	)


def test_frappe_forms_stay_out_of_reach_on_every_path(site, http, records):
	admin = http["form_admin"]
	refused = fetch_form(admin, "User")
	assert refused.status_code == 403
	assert "User est un formulaire de Frappe lui-même" in messages_of(refused)
	saved = call(
		admin,
		"post",
		RUN_DOC_METHOD,
		data={
			"docs": json.dumps(
				{"doctype": "Customize Form", "name": "Customize Form", "doc_type": "Role", "fields": []}
			),
			"method": "save_customization",
		},
	)
	assert saved.status_code == 403
	field = {"dt": "User", "label": f"Shoe Size {UID}", "fieldname": f"shoe_{UID}", "fieldtype": "Data"}
	assert call(admin, "post", "/api/resource/Custom Field", json=field).status_code == 403
	setter = {
		"doc_type": "System Settings",
		"doctype_or_field": "DocType",
		"property": "track_changes",
		"property_type": "Check",
		"value": "0",
	}
	assert call(admin, "post", "/api/resource/Property Setter", json=setter).status_code == 403
	listed = call(
		admin,
		"get",
		"/api/resource/Custom Field",
		params={"fields": json.dumps(["dt"]), "limit_page_length": 0},
	)
	assert listed.status_code == 200 and "Role" not in {row["dt"] for row in listed.json()["data"]}
	assert call(admin, "get", "/api/resource/Custom Field/Role-amif_description").status_code == 403
	pf = {
		"name": f"User Card {UID}",
		"doc_type": "User",
		"standard": "No",
		"print_format_builder": 1,
		"format_data": "[]",
	}
	assert call(admin, "post", "/api/resource/Print Format", json=pf).status_code == 403


def test_print_formats_are_built_with_the_builder_not_with_template_code(site, http, records):
	admin = http["form_admin"]
	built = {
		"name": f"Fiche Card {UID}",
		"doc_type": "Project Fiche",
		"standard": "No",
		"print_format_builder": 1,
		"format_data": json.dumps(
			[
				{
					"fieldname": "print_heading_template",
					"fieldtype": "Custom HTML",
					"options": "<h2>Fiche</h2>",
				},
				{"fieldtype": "Section Break"},
				{"fieldname": "project_name", "fieldtype": "Data", "label": "Project Name"},
			]
		),
	}
	created = call(admin, "post", "/api/resource/Print Format", json=built)
	assert created.status_code == 200, messages_of(created)
	jinja = dict(
		built,
		name=f"Fiche Leak {UID}",
		custom_format=1,
		print_format_type="Jinja",
		html="{{ frappe.get_all('Participant', fields=['last_name']) }}",
	)
	refused = call(admin, "post", "/api/resource/Print Format", json=jinja)
	assert refused.status_code == 417 and "modèles Jinja" in messages_of(refused)
	standard = dict(built, name=f"Fiche Standard {UID}", standard="Yes", module="AMIF Fiches")
	refused = call(admin, "post", "/api/resource/Print Format", json=standard)
	assert refused.status_code == 417  # Frappe refuses it too outside developer mode, the app always
	assert "d'impression standard" in messages_of(refused).lower()
	site.db.rollback()
	assert not site.db.exists("Print Format", standard["name"])
	exported = call(
		admin,
		"post",
		"/api/method/frappe.modules.utils.export_customizations",
		data={"module": "AMIF Fiches", "doctype": "Project Fiche"},
	)
	assert exported.status_code == 403  # developer mode or not, files of the app are the technician's


def test_the_print_format_builder_opens_for_the_app_forms(site, http, records):
	admin, staff = http["form_admin"], http["liege_staff"]
	page = "/api/method/frappe.desk.desk_page.getpage"
	assert call(admin, "get", page, params={"name": "print-format-builder"}).status_code == 200
	assert call(staff, "get", page, params={"name": "print-format-builder"}).status_code == 403
	create = "/api/method/frappe.printing.page.print_format_builder.print_format_builder.create_custom_format"
	made = call(admin, "post", create, data={"doctype": "Project Fiche", "name": f"Fiche Builder {UID}"})
	assert made.status_code == 200, messages_of(made)
	heading = (
		'<div class="print-heading"><h2>Fiche<br><small>{{ doc.name }}</small></h2></div>'  # the builder's
	)
	layout = json.dumps(
		[
			{"fieldname": "print_heading_template", "fieldtype": "Custom HTML", "options": heading},
			{"fieldtype": "Section Break", "label": ""},
			{"fieldname": "project_name", "print_hide": 0},
		]
	)
	saved = call(
		admin,
		"post",
		"/api/method/frappe.client.set_value",
		data={
			"doctype": "Print Format",
			"name": f"Fiche Builder {UID}",
			"fieldname": "format_data",
			"value": layout,
		},
	)
	assert saved.status_code == 200, messages_of(saved)
	refused = call(admin, "post", create, data={"doctype": "User", "name": f"User Builder {UID}"})
	assert refused.status_code == 403


@pytest.mark.parametrize("user", ["liege_manager", "gent_staff", "spp_manager", "member"])
def test_no_one_else_customises_anything(http, user):
	session = http[user]
	assert fetch_form(session, "Project Fiche").status_code == 403
	field = {"dt": "Project Fiche", "label": f"Extra {UID}", "fieldname": f"extra_{UID}", "fieldtype": "Data"}
	assert call(session, "post", "/api/resource/Custom Field", json=field).status_code == 403
	wording = [{"label": "Project Name", "fr": "x", "nl": "y", "en": "Project Name"}]
	stored = call(
		session,
		"post",
		f"{LABELS}.save_label_translations",
		data={"doctype": "Project Fiche", "rows": json.dumps(wording)},
	)
	assert stored.status_code == 403


def test_bad_input_is_refused_with_nothing_half_applied(site, http, records):
	admin = http["form_admin"]
	before = site.db.count("Custom Field", {"dt": "Project Fiche"})

	def clash(form):
		new_field(form, f"Harmless {UID}")
		new_field(form, "Project Name again", fieldname="project_name")

	refused = customise(admin, "Project Fiche", clash)
	assert refused.status_code == 417 and "Un champ nommé project_name existe déjà" in messages_of(refused)

	def mandatory(form):
		new_field(form, f"Harmless {UID}")
		new_field(form, f"Approval Code {UID}", reqd=1)

	refused = customise(admin, "Project Fiche", mandatory)
	assert refused.status_code == 417
	assert "un nouveau champ obligatoire a besoin d'une valeur par défaut" in messages_of(refused)
	site.db.rollback()
	assert site.db.count("Custom Field", {"dt": "Project Fiche"}) == before  # not even the harmless one

	wrong = [{"label": "No such label", "fr": "x", "nl": "y", "en": "z"}]
	refused = call(
		admin,
		"post",
		f"{LABELS}.save_label_translations",
		data={"doctype": "Project Fiche", "rows": json.dumps(wrong)},
	)
	assert refused.status_code == 417 and "n'est pas un libellé" in messages_of(refused)


def test_the_scope_still_hides_another_cpas_participants_after_a_field_was_added(
	site, http, records, participant_note
):
	gent = http["gent_staff"]
	listed = call(
		gent,
		"get",
		"/api/resource/Participant",
		params={"fields": json.dumps(["name", "cpas", participant_note]), "limit_page_length": 0},
	)
	assert listed.status_code == 200
	names = {row["name"] for row in listed.json()["data"]}
	assert records["participants"]["GENT"] in names
	assert records["participants"]["LIEGE"] not in names
	assert {row["cpas"] for row in listed.json()["data"]} == {"GENT"}
	assert (
		call(gent, "get", f"/api/resource/Participant/{records['participants']['LIEGE']}").status_code == 403
	)


def test_in_chromium_she_adds_a_field_with_the_form_builder_and_words_its_label(
	browser_ready, site, server, users, tmp_path
):
	"""Customize Form in the desk: form builder, Update, the three-language dialog; Liège sees French."""
	from tests.integration.support import PASSWORD, node, printed_json

	label, french, dutch = (
		f"Evaluation Contact {UID}",
		f"Contact évaluation {UID}",
		f"Contactpersoon evaluatie {UID}",
	)
	try:
		run = node(
			"customize_form_field.mjs",
			server.base_url,
			server.site,
			users["form_admin"],
			PASSWORD,
			"Project Fiche",
			label,
			french,
			dutch,
			str(tmp_path / "customize-form"),
			users["liege_staff"],
			timeout=300,
		)
		assert run.returncode == 0, run.stderr[-3000:]
		seen = printed_json(run)
		assert seen["title"] == "Formulez les libellés en français, néerlandais et anglais"
		assert seen["labels"] == [label]
		assert seen["saved"]["fieldtype"] == "Data"
		assert seen["storedStatus"] == 200
		assert "Libellés enregistrés en trois langues." in seen["alerts"]
		assert seen["dialogsLeft"] == 0  # asked once, in one dialog
		assert seen["viewerLabel"] == french  # Liège's desk is in French
		site.db.rollback()
		assert (
			site.db.get_value("Translation", {"source_text": label, "language": "nl"}, "translated_text")
			== dutch
		)
		assert (tmp_path / "customize-form-3-label-wording.png").stat().st_size > 10_000
	finally:
		site.db.rollback()
		for name in site.get_all(
			"Custom Field", filters={"dt": "Project Fiche", "label": label}, pluck="name"
		):
			site.delete_doc("Custom Field", name, force=True)
			site.db.delete("Version", {"docname": name})
			site.db.delete("Deleted Document", {"deleted_name": name})
		for name in site.get_all(
			"Property Setter",
			filters={"doc_type": "Project Fiche", "value": ["like", f"%{UID}%"]},
			pluck="name",
		):
			site.db.delete("Version", {"docname": name})
			site.db.delete("Property Setter", {"name": name})
		site.db.delete("Translation", {"source_text": label})
		site.db.commit()
		fieldname = "custom_" + re.sub(r"\W+", "_", label.lower())
		site.db.sql_ddl(f"alter table `tabProject Fiche` drop column if exists `{fieldname}`")
		site.clear_cache(doctype="Project Fiche")
