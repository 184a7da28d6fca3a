"""Every whitelisted method of the app types its parameters: Frappe 15 then refuses a wrong type."""

from tests.metadata import app_meta

PLANTED = """
import frappe


@frappe.whitelist(methods=["POST"])
def typed(cpas: str, count: int = 1) -> int:
	return count


@frappe.whitelist()
def untyped(cpas: str, filters=None, *rows, **extra):
	return filters


def not_whitelisted(anything):
	return anything
"""


def test_every_whitelisted_method_types_each_parameter():
	untyped = {
		path: found
		for path, source in app_meta.python_sources().items()
		if (found := app_meta.unannotated_whitelisted_parameters(source))
	}
	assert untyped == {}


def test_the_check_catches_a_planted_untyped_parameter():
	assert app_meta.unannotated_whitelisted_parameters(PLANTED) == [
		"untyped(filters)",
		"untyped(rows)",
		"untyped(extra)",
	]


def test_the_check_reads_the_apps_whitelisted_methods():
	"""A check that found no whitelisted method at all would pass on anything."""
	sources = app_meta.python_sources()
	marked = sum(source.count("@frappe.whitelist") for source in sources.values())
	assert marked >= 40


def test_the_check_catches_an_annotation_removed_from_a_copy_of_the_figures_api():
	source = (app_meta.APP / "api" / "figures.py").read_text(encoding="utf-8")
	planted = source.replace(
		"def network_new_referrals(filters: str | dict | None = None):",
		"def network_new_referrals(filters=None):",
	)
	assert planted != source
	assert app_meta.unannotated_whitelisted_parameters(source) == []
	assert app_meta.unannotated_whitelisted_parameters(planted) == ["network_new_referrals(filters)"]
