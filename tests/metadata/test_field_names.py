"""A field name twice in a DocType makes Customize Form and Custom Field refuse every change to it."""

import copy

import pytest

from tests.metadata import app_meta

DOCTYPES = app_meta.doctypes()


@pytest.mark.parametrize("name", sorted(DOCTYPES))
def test_no_doctype_or_child_table_repeats_a_field_name(name):
	assert app_meta.repeated_field_names(DOCTYPES[name]) == [], (
		f"{DOCTYPES[name]['_path']}: field names listed twice"
	)


def test_no_fixture_repeats_a_field_name():
	custom_fields = app_meta.fixture_docs("Custom Field")
	assert app_meta.repeated_custom_fields(custom_fields, DOCTYPES) == []
	for doc in app_meta.fixture_docs():
		if doc.get("fields"):
			assert app_meta.repeated_field_names(doc) == [], f"fixture {doc.get('name')}"


def test_the_check_catches_amended_from_listed_twice_in_a_copy_of_the_meeting_report():
	planted = copy.deepcopy(DOCTYPES["Network Meeting Report"])
	amended_from = next(f for f in planted["fields"] if f["fieldname"] == "amended_from")
	planted["fields"].append(dict(amended_from))
	assert app_meta.repeated_field_names(planted) == ["amended_from"]


def test_the_check_catches_a_name_twice_in_a_child_tables_field_order():
	child = next(meta for meta in DOCTYPES.values() if meta.get("istable") and meta.get("field_order"))
	planted = copy.deepcopy(child)
	planted["field_order"].append(planted["field_order"][0])
	assert app_meta.repeated_field_names(planted) == [planted["field_order"][0]]


def test_the_check_catches_a_custom_field_shipped_twice_or_over_a_standard_field():
	shipped = app_meta.fixture_docs("Custom Field")
	twice = copy.deepcopy(shipped + shipped[:1])
	first = shipped[0]
	assert app_meta.repeated_custom_fields(twice, DOCTYPES) == [f"{first['dt']}.{first['fieldname']}"]
	over_standard = {"dt": "Participant", "fieldname": DOCTYPES["Participant"]["fields"][0]["fieldname"]}
	assert app_meta.repeated_custom_fields([over_standard], DOCTYPES) == [
		f"Participant.{over_standard['fieldname']}"
	]
