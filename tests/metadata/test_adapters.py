"""The Frappe side of the rules has one home, adapters/: refusals, the FR/NL choice, notifications."""

from tests.metadata import app_meta


def test_no_glue_is_written_again_outside_adapters():
	found = {
		path: hits
		for path, source in app_meta.python_sources().items()
		if "/adapters/" not in path and "/rules/" not in path and (hits := app_meta.repeated_glue(source))
	}
	assert found == {}


def test_glue_planted_in_a_copy_of_a_controller_is_caught():
	path = app_meta.APP / "amif_core" / "doctype" / "cpas" / "cpas.py"
	source = path.read_text(encoding="utf-8")
	planted = (
		source
		+ '\n\ndef planted(problem, lang):\n\tfrappe.throw(problem.render(_))\n\treturn lang.startswith("nl")\n'
	)
	assert app_meta.repeated_glue(source) == []
	assert [hit.split(": ", 1)[1] for hit in app_meta.repeated_glue(planted)] == [
		"a rule's problem rendered by hand (use adapters.problems.refuse / text)",
		"French or Dutch decided in place (use adapters.language)",
	]


def test_every_module_the_app_imports_exists():
	"""Glue moved to adapters/ and api/ leaves no import of its old place (permissions.request_guard...)."""
	found = {
		path: missing
		for path, source in app_meta.python_sources().items()
		if (missing := app_meta.missing_app_imports(source))
	}
	assert found == {}
	planted = (
		"from amif_network.permissions.request_guard import app_doctypes\nimport amif_network.rules.scope\n"
	)
	assert app_meta.missing_app_imports(planted) == ["amif_network.permissions.request_guard"]
