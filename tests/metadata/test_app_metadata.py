"""Static checks over what the app ships: DocTypes, roles, workflows, translations."""

import json

import pytest

from amif_network.rules import scope
from tests.metadata import app_meta

DOCTYPES = app_meta.doctypes()
LINK_TYPES = {"Link", "Table", "Table MultiSelect"}


def test_the_app_ships_doctypes_in_known_modules():
	assert DOCTYPES, "no DocType JSON found"
	modules = set(app_meta.modules())
	for name, meta in DOCTYPES.items():
		assert meta["module"] in modules, f"{name}: module {meta['module']} is not in modules.txt"


@pytest.mark.parametrize("name", sorted(DOCTYPES))
def test_every_link_resolves(name):
	known = set(DOCTYPES) | app_meta.FRAPPE_CORE_DOCTYPES
	for field in DOCTYPES[name].get("fields", []):
		if field["fieldtype"] in LINK_TYPES:
			assert field.get("options") in known, (
				f"{name}.{field['fieldname']} links to unknown {field.get('options')!r}"
			)


def test_the_core_doctypes_we_link_to_exist_in_frappe():
	frappe = pytest.importorskip(
		"frappe", reason="Frappe not importable: core DocType list checked on a bench only"
	)
	from pathlib import Path

	core = {
		json.loads(p.read_text())["name"]
		for p in Path(frappe.__file__).parent.glob("*/doctype/*/*.json")
		if p.stem == p.parent.name
	}
	assert app_meta.FRAPPE_CORE_DOCTYPES <= core, app_meta.FRAPPE_CORE_DOCTYPES - core


def test_the_four_network_roles_ship_with_descriptions():
	roles = {doc["name"]: doc for doc in app_meta.fixture_docs("Role")}
	assert set(roles) == {
		"AMIF Network Manager",
		"CPAS Manager",
		"CPAS Staff",
		"AMIF Network Member",
		"AMIF Form Administrator",
	}
	assert all(doc.get("amif_description") for doc in roles.values())


def test_every_role_in_a_permission_exists():
	known = app_meta.app_roles() | app_meta.FRAPPE_CORE_ROLES
	for name, meta in DOCTYPES.items():
		for perm in meta.get("permissions", []):
			assert perm["role"] in known, f"{name}: unknown role {perm['role']}"
	for doc in app_meta.standard_docs("Report"):
		for row in doc.get("roles", []):
			assert row["role"] in known, f"report {doc['name']}: unknown role {row['role']}"


@pytest.mark.parametrize("doctype", scope.CPAS_PRIVATE_DOCTYPES + scope.CPAS_SHARED_DOCTYPES)
def test_every_cpas_owned_doctype_has_a_mandatory_indexed_cpas_link(doctype):
	assert doctype in DOCTYPES, f"{doctype} is registered in the scope but ships no JSON"
	fields = {f["fieldname"]: f for f in DOCTYPES[doctype]["fields"]}
	cpas = fields.get("cpas")
	assert cpas and cpas["fieldtype"] == "Link" and cpas["options"] == "CPAS"
	assert cpas.get("reqd") and cpas.get("search_index"), f"{doctype}.cpas must be mandatory and indexed"


@pytest.mark.parametrize("doctype", scope.CPAS_PRIVATE_DOCTYPES)
def test_personal_data_stays_out_of_global_search_and_away_from_the_spp(doctype):
	meta = DOCTYPES[doctype]
	assert not any(f.get("in_global_search") for f in meta["fields"]), f"{doctype} feeds global search"
	if doctype != "CPAS Membership":
		assert not any(
			p["role"] in ("AMIF Network Manager", "AMIF Network Member") for p in meta.get("permissions", [])
		)


def workflows():
	return app_meta.fixture_docs("Workflow")


def test_workflows_are_consistent():
	states = {doc["name"] for doc in app_meta.fixture_docs("Workflow State")}
	actions = {doc["name"] for doc in app_meta.fixture_docs("Workflow Action Master")}
	roles = app_meta.app_roles() | app_meta.FRAPPE_CORE_ROLES
	for workflow in workflows():
		name = workflow["name"]
		assert workflow["document_type"] in DOCTYPES, f"{name}: unknown DocType"
		docstatus = {}
		for row in workflow["states"]:
			assert row["state"] in states, f"{name}: state {row['state']} is not shipped"
			assert row["allow_edit"] in roles, f"{name}: unknown role {row['allow_edit']}"
			docstatus[row["state"]] = int(row.get("doc_status") or 0)
		assert docstatus, f"{name} has no states"
		for row in workflow["transitions"]:
			assert row["state"] in docstatus and row["next_state"] in docstatus, (
				f"{name}: transition to an unlisted state"
			)
			assert row["action"] in actions, f"{name}: action {row['action']} is not shipped"
			assert row["allowed"] in roles, f"{name}: unknown role {row['allowed']}"
			before, after = docstatus[row["state"]], docstatus[row["next_state"]]
			assert after >= before and not (before == 0 and after == 2), (
				f"{name}: {row['state']} -> {row['next_state']}"
			)
		reachable = {workflow["states"][0]["state"]}
		for _ in workflow["transitions"]:
			reachable |= {t["next_state"] for t in workflow["transitions"] if t["state"] in reachable}
		assert reachable == set(docstatus), f"{name}: unreachable states {set(docstatus) - reachable}"


@pytest.mark.parametrize("lang", ["fr", "nl"])
def test_every_user_facing_string_is_translated(lang):
	table = app_meta.translations(lang)
	missing = sorted(
		{
			f"{where}: {text!r}"
			for where, text in app_meta.all_user_strings()
			if not table.get(text, "").strip()
		}
	)
	assert not missing, f"{len(missing)} strings lack a {lang} translation:\n" + "\n".join(missing[:60])


def test_the_translation_collector_finds_strings_in_every_kind_of_source():
	kinds = {
		"doctype": app_meta.doctype_strings(),
		"python": app_meta.python_strings(),
		"fixtures": app_meta.fixture_strings(),
	}
	for kind, found in kinds.items():
		assert found, f"no {kind} strings found: the collector is broken"
	assert any(text == "Choose the CPAS this record belongs to." for _, text in kinds["python"])


def test_every_python_file_parses_as_python_3_10():
	"""pyproject says requires-python >= 3.10: the code must load on Frappe 15's oldest Python."""
	import ast

	for path in sorted(app_meta.APP.rglob("*.py")):
		ast.parse(path.read_text(encoding="utf-8"), filename=str(path), feature_version=(3, 10))


def test_no_v16_only_api_is_used_without_a_fallback():
	"""IntegrationTestCase exists only from Frappe 16: it is imported through the shim alone."""
	shim = app_meta.APP / "tests" / "__init__.py"
	for path in sorted(app_meta.ROOT.glob("**/*.py")):
		if ".venv" in path.parts or "node_modules" in path.parts or path == shim:
			continue
		text = path.read_text(encoding="utf-8")
		assert "IntegrationTestCase" not in text or path.name == "test_app_metadata.py", (
			f"{path}: use amif_network.tests.AMIFTestCase"
		)


WRITE_RIGHTS = ("write", "create", "delete", "submit", "cancel", "amend", "import", "share")


def test_network_members_only_read():
	for name, meta in DOCTYPES.items():
		for perm in meta.get("permissions", []):
			if perm["role"] == "AMIF Network Member":
				granted = [right for right in WRITE_RIGHTS if perm.get(right)]
				assert not granted, f"{name}: AMIF Network Member may {granted}"


def test_cpas_staff_cannot_delete_a_persons_records():
	"""Erasing a person is the CPAS manager's anonymisation, never a staff member's delete."""
	for name in ("Participant", "Participant Consent", "Intake Assessment"):
		if name not in DOCTYPES:
			continue
		for perm in DOCTYPES[name].get("permissions", []):
			if perm["role"] == "CPAS Staff":
				assert not perm.get("delete"), f"{name}: CPAS Staff may delete"
