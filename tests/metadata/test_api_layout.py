"""The methods the desk, the app's pages and REST clients call live in api/, one module per area
(as frappe/crm keeps its api/): typed, thin, calling the logic that stays in its module or in rules/.

Outside api/, a module whitelists a function only where Frappe looks for it there
(`app_meta.WHITELISTED_OUTSIDE_API`, each with its reason). Methods of classes are Frappe's own
places and stay: DocType controller methods called by `frm.call`, the Customize Form subclass. The
methods that replace Frappe's own (hooks.override_whitelisted_methods) are reached only through
their dotted path in hooks.py, so they live in api/ too (reads.py, workflow.py, workspaces.py,
customisation.py).
"""

from pathlib import PurePosixPath

from tests.metadata import app_meta


def misplaced() -> dict[str, list[str]]:
	found = {}
	for path in sorted(app_meta.APP.rglob("*.py")):
		relative = path.relative_to(app_meta.APP).as_posix()
		if names := app_meta.misplaced_whitelisted(relative, path.read_text(encoding="utf-8")):
			found[relative] = names
	return found


def test_no_module_outside_api_whitelists_a_function():
	assert misplaced() == {}


def test_the_api_holds_the_apps_whitelisted_methods():
	"""A check that found no whitelisted function in api/ would pass on an app that had none."""
	in_api = sum(
		len(app_meta.module_whitelisted(path.read_text(encoding="utf-8")))
		for path in (app_meta.APP / "api").glob("*.py")
	)
	assert in_api >= 40


def test_each_exception_is_still_used():
	"""An exception that no file needs any more is taken out of the list."""
	for pattern, name, why in app_meta.WHITELISTED_OUTSIDE_API:
		users = [
			path
			for path in app_meta.APP.rglob("*.py")
			if PurePosixPath(path.relative_to(app_meta.APP).as_posix()).match(pattern)
			and name in app_meta.module_whitelisted(path.read_text(encoding="utf-8"))
		]
		assert users, (pattern, name, why)


def test_a_whitelisted_function_planted_in_a_copy_of_the_participant_steps_is_caught():
	path = "amif_participants/steps.py"
	source = (app_meta.APP / path).read_text(encoding="utf-8")
	planted = source.replace(
		"\ndef end_trajectory(", '\n@frappe.whitelist(methods=["POST"])\ndef end_trajectory(', 1
	)
	assert planted != source
	assert app_meta.misplaced_whitelisted(path, source) == []
	assert app_meta.misplaced_whitelisted(path, planted) == ["end_trajectory"]
	# the same file in api/ is where it belongs
	assert app_meta.misplaced_whitelisted("api/steps.py", planted) == []


def test_a_function_whitelisted_by_a_call_in_a_copy_of_a_controller_is_caught():
	path = "amif_network/doctype/field_signal/field_signal.py"
	source = (app_meta.APP / path).read_text(encoding="utf-8")
	planted = source + "\n\nreporting_cpas_choices = frappe.whitelist()(reporting_cpas_choices)\n"
	assert app_meta.misplaced_whitelisted(path, source) == []
	assert app_meta.misplaced_whitelisted(path, planted) == ["reporting_cpas_choices"]


def test_a_chart_source_keeps_its_get_and_nothing_else():
	path = "amif_network/dashboard_chart_source/amif_network_figures/amif_network_figures.py"
	source = (app_meta.APP / path).read_text(encoding="utf-8")
	assert app_meta.module_whitelisted(source) == ["get"]
	assert app_meta.misplaced_whitelisted(path, source) == []
	planted = (
		source + "\n\n@frappe.whitelist()\ndef figures_for_everyone(quarter: str) -> dict:\n\treturn {}\n"
	)
	assert app_meta.misplaced_whitelisted(path, planted) == ["figures_for_everyone"]
	# `get` is allowed in a chart source only
	assert app_meta.misplaced_whitelisted("amif_network/figures.py", source) == ["get"]


def test_methods_of_classes_stay_where_frappe_calls_them():
	path = "customisation/customize_form.py"
	source = (app_meta.APP / path).read_text(encoding="utf-8")
	assert source.count("@frappe.whitelist()") >= 5  # the Customize Form subclass's methods
	assert app_meta.module_whitelisted(source) == []
	planted = (
		source
		+ "\n\n@frappe.whitelist()\ndef app_doctype_query(doctype: str, txt: str) -> list:\n\treturn []\n"
	)
	assert app_meta.misplaced_whitelisted(path, planted) == ["app_doctype_query"]
