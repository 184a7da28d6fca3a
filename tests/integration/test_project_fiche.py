"""Project fiches over HTTP: Liège drafts and submits, the SPP returns and approves, Gent only reads.

Every user logs in against gunicorn on 127.0.0.1 and uses the paths the desk uses: the REST
resource API and Frappe's workflow endpoint `frappe.model.workflow.apply_workflow`.
"""

import io
import json
import re
import unicodedata
import uuid

import pytest

from tests.integration.support import FIXTURES, messages_of

UID = uuid.uuid4().hex[:8]
FICHE = "/api/resource/Project Fiche"
APPLY_WORKFLOW = "/api/method/frappe.model.workflow.apply_workflow"
MODULES = ["Accompagnement individuel", "Atelier Créatif"]


def fiche_payload(project_name: str, **changes) -> dict:
	"""A small valid Liège fiche: two modules with three sub-objectives each, a 75/15/10 split."""
	payload = {
		"project_name": project_name,
		"cpas": "LIEGE",
		"contact_person": "Ibrahim Aguelmin",
		"period_start": "2024-09-01",
		"period_end": "2025-06-30",
		"main_objective": "Contribuer à l'intégration des primo-arrivants par l'activation sociale.",
		"target_age": [{"target_group_option": "Age - Adults"}],
		"target_gender": [{"target_group_option": "Gender - Mixed"}],
		"modules": [
			{"axis": "Axe 1", "module_name": MODULES[0], "activity_type": "Individual"},
			{"axis": "Axe 2", "module_name": MODULES[1], "activity_type": "Collective"},
		],
		"sub_objectives": [
			{"module_name": module, "sub_objective": f"{module}: changement {n}"}
			for module in MODULES
			for n in (1, 2, 3)
		],
		"staff_lines": [{"profile": "Travailleuse sociale", "fte": 1}, {"profile": "Animateur", "fte": 0.5}],
		"funding_type": "Both",
		"funding_lines": [
			{"source": "FAMI", "share_percent": 75},
			{"source": "SPP Intégration Sociale", "share_percent": 15},
			{"source": "CPAS de Liège", "share_percent": 10},
		],
		"partners": [
			{"partner": "Les antennes sociales du CPAS de Liège", "role": "Orientent les participants"}
		],
		"inspiration_source": "Field",
	}
	payload.update(changes)
	return payload


def unique_name(label: str) -> str:
	return f"{label} {UID} {uuid.uuid4().hex[:4]}"


@pytest.fixture(scope="module")
def http(server, users):
	"""One logged-in session per test user."""
	return {key: server.session(email) for key, email in users.items()}


@pytest.fixture(scope="module")
def cleanup(site):
	"""Fiches made by this module are removed at the end, approved ones included."""
	made = []
	yield made
	frappe = site
	frappe.db.rollback()
	for project_name in made:
		for name in frappe.get_all("Project Fiche", filters={"project_name": project_name}, pluck="name"):
			for table in frappe.get_meta("Project Fiche").get_table_fields():
				frappe.db.delete(table.options, {"parent": name, "parenttype": "Project Fiche"})
			frappe.db.delete("Comment", {"reference_doctype": "Project Fiche", "reference_name": name})
			frappe.db.delete("Version", {"ref_doctype": "Project Fiche", "docname": name})
			frappe.db.delete("Project Fiche", {"name": name})
	frappe.db.commit()


def create(session, payload, cleanup):
	cleanup.append(payload["project_name"])
	return session.post(session.base_url + FICHE, json=payload)


def apply(session, name, action):
	return session.post(
		session.base_url + APPLY_WORKFLOW,
		data={"doc": json.dumps({"doctype": "Project Fiche", "name": name}), "action": action},
	)


def update(session, name, values):
	return session.put(f"{session.base_url}{FICHE}/{name}", json=values)


def stored(site, name, field):
	site.db.rollback()  # see what the server committed
	return site.db.get_value("Project Fiche", name, field)


def test_a_liege_fiche_is_drafted_submitted_returned_with_a_reason_resubmitted_and_approved(
	site, http, cleanup
):
	created = create(http["liege_staff"], fiche_payload(unique_name("MOD' ACTIONS")), cleanup)
	assert created.status_code == 200, messages_of(created)
	fiche = created.json()["data"]
	name = fiche["name"]
	assert fiche["workflow_state"] == "Draft"
	assert fiche["total_fte"] == 1.5

	# staff draft, only a manager of the CPAS submits
	refused = apply(http["liege_staff"], name, "Submit to SPP")
	assert refused.status_code == 417, messages_of(refused)
	assert stored(site, name, "workflow_state") == "Draft"
	submitted = apply(http["liege_manager"], name, "Submit to SPP")
	assert submitted.status_code == 200, messages_of(submitted)
	assert stored(site, name, "workflow_state") == "Submitted to SPP"

	# while the SPP reviews, the CPAS cannot change the fiche
	edit = update(http["liege_staff"], name, {"main_objective": "Changed while submitted"})
	assert edit.status_code == 417  # Liège staff read French
	assert "Cette fiche est Submitted to SPP : elle ne peut pas être modifiée dans cet état." in messages_of(
		edit
	)

	# the SPP cannot return it without a reason ...
	no_reason = apply(http["spp_manager"], name, "Return for Changes")
	assert no_reason.status_code == 417
	assert "Écrivez le motif du renvoi dans Motif du renvoi" in messages_of(no_reason)
	assert stored(site, name, "workflow_state") == "Submitted to SPP"

	# ... writes only its reason, not the CPAS's content ...
	rewrite = update(http["spp_manager"], name, {"main_objective": "The SPP's own objective"})
	assert rewrite.status_code == 417, messages_of(rewrite)
	assert stored(site, name, "main_objective").startswith("Contribuer")
	reason = "Module Atelier Créatif : précisez les sous-objectifs."
	assert update(http["spp_manager"], name, {"return_reason": reason}).status_code == 200

	# ... and returns it
	returned = apply(http["spp_manager"], name, "Return for Changes")
	assert returned.status_code == 200, messages_of(returned)
	assert stored(site, name, "workflow_state") == "Returned for Changes"
	assert site.db.exists("Comment", {"reference_name": name, "content": ["like", f"%{reason}%"]})

	# Liège staff rework it, the manager resubmits, the SPP approves
	rows = fiche_payload("")["sub_objectives"]
	rows[3]["sub_objective"] = "Découvrir des talents artistiques personnels"
	reworked = update(http["liege_staff"], name, {"sub_objectives": rows})
	assert reworked.status_code == 200, messages_of(reworked)
	resubmitted = apply(http["liege_manager"], name, "Resubmit to SPP")
	assert resubmitted.status_code == 200, messages_of(resubmitted)
	assert stored(site, name, "return_reason") is None
	approved = apply(http["spp_manager"], name, "Approve")
	assert approved.status_code == 200, messages_of(approved)
	assert stored(site, name, "workflow_state") == "Approved"
	assert stored(site, name, "docstatus") == 1

	# an approved fiche is read-only, even for its own CPAS manager
	locked = update(http["liege_manager"], name, {"main_objective": "Changed after approval"})
	assert locked.status_code in (403, 417), messages_of(locked)
	assert stored(site, name, "main_objective").startswith("Contribuer")


def test_an_approved_fiche_changes_through_an_amended_version_that_keeps_the_approved_one(
	site, http, cleanup
):
	project_name = unique_name("Amended")
	name = create(http["liege_staff"], fiche_payload(project_name), cleanup).json()["data"]["name"]
	assert apply(http["liege_manager"], name, "Submit to SPP").status_code == 200
	assert apply(http["spp_manager"], name, "Approve").status_code == 200

	cancelled = apply(http["liege_manager"], name, "Cancel")
	assert cancelled.status_code == 200, messages_of(cancelled)
	amended = create(
		http["liege_manager"],
		fiche_payload(
			project_name, amended_from=name, main_objective="Objectif revu pour la nouvelle période."
		),
		cleanup,
	)
	assert amended.status_code == 200, messages_of(amended)
	new = amended.json()["data"]
	assert new["name"] == f"{name}-1" and new["amended_from"] == name and new["workflow_state"] == "Draft"
	assert stored(site, name, "main_objective").startswith("Contribuer")  # the approved text is kept


def test_gent_reads_a_liege_fiche_but_can_neither_edit_nor_submit_it(site, http, cleanup):
	name = create(http["liege_staff"], fiche_payload(unique_name("Shared")), cleanup).json()["data"]["name"]

	for reader in ("gent_staff", "gent_manager", "member", "spp_manager"):
		response = http[reader].get(f"{http[reader].base_url}{FICHE}/{name}")
		assert response.status_code == 200, (reader, messages_of(response))
		assert response.json()["data"]["main_objective"].startswith("Contribuer")
	listed = http["gent_staff"].get(
		http["gent_staff"].base_url + FICHE, params={"filters": json.dumps([["name", "=", name]])}
	)
	assert [row["name"] for row in listed.json()["data"]] == [name]

	# not even its own manager approves it by submitting it directly, without the SPP
	self_approval = update(http["liege_manager"], name, {"docstatus": 1})
	assert self_approval.status_code == 417, messages_of(self_approval)
	assert stored(site, name, "docstatus") == 0 and stored(site, name, "workflow_state") == "Draft"

	edit = update(http["gent_staff"], name, {"main_objective": "Gent writes in a Liège fiche"})
	assert edit.status_code == 403
	submit = apply(http["gent_manager"], name, "Submit to SPP")
	assert submit.status_code == 403
	# the Gent manager reads Dutch
	assert (
		"Alleen gebruikers van OCMW LIEGE kunnen met dit record handelen; u bent verbonden aan GENT."
		in messages_of(submit)
	)
	assert stored(site, name, "workflow_state") == "Draft"

	# the SPP reviews only what is submitted to it: a draft stays the CPAS's
	spp_edit = update(http["spp_manager"], name, {"return_reason": "too early"})
	assert spp_edit.status_code == 403
	# a Gent user cannot create a fiche for Liège either
	foreign = create(http["gent_manager"], fiche_payload(unique_name("Foreign")), cleanup)
	assert foreign.status_code == 403 and "LIEGE" in messages_of(foreign)


def shares(*values):
	return [{"source": f"Source {n}", "share_percent": value} for n, value in enumerate(values, start=1)]


BAD_INPUT = {
	"shares adding up to 99 %": ({"funding_lines": shares(75, 15, 9)}, "99 %"),
	"shares adding up to 101 %": ({"funding_lines": shares(75, 15, 11)}, "101 %"),
	"a module with two sub-objectives": (
		{
			"sub_objectives": [
				{"module_name": module, "sub_objective": f"{module}: changement {n}"}
				for module in MODULES
				for n in ((1, 2, 3) if module == MODULES[0] else (1, 2))
			]
		},
		"Atelier Créatif",
	),
	"a negative FTE": ({"staff_lines": [{"profile": "Animateur", "fte": -0.5}]}, "Animateur"),
}


@pytest.mark.parametrize("case", sorted(BAD_INPUT))
def test_bad_input_is_refused_with_a_clear_message_and_nothing_is_saved(site, http, cleanup, case):
	changes, named = BAD_INPUT[case]
	project_name = unique_name("Bad")
	response = create(http["liege_staff"], fiche_payload(project_name, **changes), cleanup)
	assert response.status_code == 417, messages_of(response)
	assert named in messages_of(response)
	site.db.rollback()
	assert not site.db.exists("Project Fiche", {"project_name": project_name})

	# the same input on an existing draft leaves the stored fiche as it was
	name = create(http["liege_staff"], fiche_payload(project_name), cleanup).json()["data"]["name"]
	response = update(http["liege_staff"], name, changes)
	assert response.status_code == 417 and named in messages_of(response)
	site.db.rollback()
	fiche = site.get_doc("Project Fiche", name)
	assert [row.share_percent for row in fiche.funding_lines] == [75, 15, 10]
	assert len(fiche.sub_objectives) == 6 and fiche.total_fte == 1.5


@pytest.fixture(scope="module")
def demo_fiche(site):
	"""The Liège MOD' ACTIONS fiche of the demo data, loaded as `make run` loads it."""
	from amif_network.demo import load_records

	load_records(FIXTURES / "10_project_fiche_liege.json")
	site.db.commit()
	record = json.loads((FIXTURES / "10_project_fiche_liege.json").read_text(encoding="utf-8"))[0]
	name = site.db.get_value("Project Fiche", {"cpas": "LIEGE", "project_name": record["project_name"]})
	return name, record


def plain(text: str) -> str:
	"""PDF text as words: ligatures undone, case and line breaks ignored."""
	return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text)).casefold()


def test_the_side_by_side_pdf_of_the_demo_fiche_holds_both_languages_and_all_sub_objectives(
	site, http, demo_fiche
):
	from pypdf import PdfReader

	name, record = demo_fiche
	assert site.db.get_value("Project Fiche", name, "workflow_state") == "Approved"
	reader = http["gent_staff"]  # any network member may print a fiche
	response = reader.get(
		reader.base_url + "/api/method/frappe.utils.print_format.download_pdf",
		params={
			"doctype": "Project Fiche",
			"name": name,
			"format": "Project Fiche FR NL",
			"no_letterhead": 1,
		},
	)
	assert response.status_code == 200, messages_of(response)
	assert response.content.startswith(b"%PDF")
	text = plain("\n".join(page.extract_text() for page in PdfReader(io.BytesIO(response.content)).pages))

	assert plain(site._("Main Objective", lang="fr")) in text
	assert plain(site._("Main Objective", lang="nl")) in text
	assert plain(site._("Main Objective", lang="fr")) != plain(site._("Main Objective", lang="nl"))
	assert "vers une politique de migration plus intégrée, grâce au fami" in text
	assert "naar een geïntegreerd migratiebeleid, dankzij het amif" in text
	sub_objectives = [row["sub_objective"] for row in record["sub_objectives"]]
	assert len(sub_objectives) == 15
	missing = [s for s in sub_objectives if plain(s) not in text]
	assert not missing, missing


def test_the_spp_maintains_the_target_group_choices_that_the_cpas_only_pick_from(site, http, users):
	options = "/api/resource/Target Group Option"
	label = f"Teenagers {UID}"
	spp, staff, member = http["spp_manager"], http["liege_staff"], http["member"]
	added = spp.post(
		spp.base_url + options,
		json={
			"dimension": "Age",
			"option_label": label,
			"label_fr": "adolescents",
			"label_nl": "tieners",
			"display_order": 4,
		},
	)
	assert added.status_code == 200, messages_of(added)
	name = added.json()["data"]["name"]
	try:
		assert name == f"Age - {label}"
		seeded = site.db.get_all("Target Group Option", filters={"dimension": "Age"}, pluck="option_label")
		assert {"Adults", "Young People", "Elderly People"} <= set(seeded)
		for user in (staff, member):
			assert (
				user.post(
					user.base_url + options,
					json={"dimension": "Age", "option_label": "x", "label_fr": "x", "label_nl": "x"},
				).status_code
				== 403
			)
			assert user.put(f"{user.base_url}{options}/{name}", json={"label_fr": "ados"}).status_code == 403
		renamed = spp.put(f"{spp.base_url}{options}/{name}", json={"label_fr": "ados"})
		assert renamed.status_code == 200, messages_of(renamed)
	finally:
		assert spp.delete(f"{spp.base_url}{options}/{name}").status_code in (200, 202)


def test_a_network_member_reads_fiches_but_writes_none(site, http, cleanup):
	name = create(http["liege_staff"], fiche_payload(unique_name("Member")), cleanup).json()["data"]["name"]
	member = http["member"]
	assert member.get(f"{member.base_url}{FICHE}/{name}").status_code == 200
	assert update(member, name, {"main_objective": "Member writes"}).status_code == 403
	assert create(member, fiche_payload(unique_name("By member")), cleanup).status_code == 403
	assert member.delete(f"{member.base_url}{FICHE}/{name}").status_code == 403
