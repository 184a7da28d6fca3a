"""The README's records of processing list every DocType that holds personal data (GDPR Art. 30)."""

import re

from amif_network.rules.scope import CPAS_PRIVATE_DOCTYPES
from tests.metadata import app_meta

PERSON_LINKS = {"Participant", "User", "Network Contact"}
PERSONAL_FIELDS = re.compile(
	r"(^|_)(first_name|last_name|full_name|email|phone|date_of_birth|national_number|owner_name)$"
)


def personal_fields(meta: dict, seen=()) -> list[str]:
	"""Fields of a DocType (its child tables included) that name or point at a person."""
	found = []
	for field in meta.get("fields", []):
		if field.get("fieldtype") in ("Link", "Table MultiSelect") and field.get("options") in PERSON_LINKS:
			found.append(field["fieldname"])
		elif PERSONAL_FIELDS.search(field.get("fieldname", "")):
			found.append(field["fieldname"])
		elif field.get("fieldtype") in ("Table", "Table MultiSelect") and field.get("options") not in seen:
			child = app_meta.doctypes().get(field.get("options"))
			if child:
				found += personal_fields(child, (*seen, field["options"]))
	return found


def personal_doctypes() -> set[str]:
	return {
		name
		for name, meta in app_meta.doctypes().items()
		if not meta.get("istable")
		and not meta.get("issingle")
		and (name in CPAS_PRIVATE_DOCTYPES or personal_fields(meta))
	}


def listed_in_readme() -> set[str]:
	text = (app_meta.ROOT / "README.md").read_text(encoding="utf-8")
	section = text.split("### Records of processing", 1)[1].split("\n## ", 1)[0]
	return {row.split("|")[1].strip().strip("*") for row in section.splitlines() if row.startswith("| ")}


def test_every_doctype_with_personal_fields_is_in_the_records_of_processing():
	missing = sorted(personal_doctypes() - listed_in_readme())
	assert not missing, (
		f"README.md, Records of processing: add {missing} (data held, why, who reads, how long)"
	)


def test_the_check_finds_personal_doctypes():
	assert {
		"Participant",
		"Module Enrolment",
		"Network Contact",
		"Recruitment Prospect",
	} <= personal_doctypes()
	assert "Target Group Option" not in personal_doctypes()
