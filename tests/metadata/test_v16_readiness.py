"""Frappe 16 readiness, on paper: what v16 no longer accepts, looked for in what the app ships.

What was checked here and what still needs a v16 bench is listed in README.md ("Frappe 16").
"""

import copy

from tests.metadata import app_meta


def test_no_sql_function_string_in_the_fields_of_get_list_or_get_all():
	found = {
		path: hits
		for path, source in app_meta.python_sources().items()
		if (hits := app_meta.sql_function_fields(source))
	}
	assert found == {}


def test_no_desk_route_written_as_app_in_the_code():
	found = {
		path: hits for path, text in app_meta.code_files().items() if (hits := app_meta.desk_routes(text))
	}
	assert found == {}


def test_no_number_card_or_chart_filter_has_a_fifth_element():
	found = {
		path: long
		for path, card in app_meta.cards_and_charts().items()
		if (long := app_meta.long_card_filters(card))
	}
	assert app_meta.cards_and_charts(), "no number card or chart found"
	assert found == {}


def test_a_count_string_planted_in_a_copy_of_the_scoped_reads_is_caught():
	source = (app_meta.APP / "api" / "reads.py").read_text(encoding="utf-8")
	planted = (
		source
		+ '\n\ndef planted(frappe):\n\treturn frappe.get_list("Participant", fields=["count(*) as total"])\n'
	)
	assert app_meta.sql_function_fields(source) == []
	assert [hit.split(": ", 1)[1] for hit in app_meta.sql_function_fields(planted)] == ["count(*) as total"]
	positional = 'frappe.get_all("Participant", {"cpas": "LIEGE"}, ["status", "sum(present_count)"])'
	assert len(app_meta.sql_function_fields(positional)) == 1


def test_an_app_route_planted_in_a_copy_of_the_participant_form_script_is_caught():
	path = app_meta.APP / "amif_participants" / "doctype" / "participant" / "participant.js"
	script = path.read_text(encoding="utf-8")
	planted = script + '\nwindow.location.href = "/app/participant/" + name;\n'
	assert app_meta.desk_routes(script) == []
	assert len(app_meta.desk_routes(planted)) == 1
	assert app_meta.desk_routes('frappe.call("/api/method/x"); const u = "/assets/app/x.js";') == []


def test_a_fifth_element_planted_in_a_copy_of_a_number_card_is_caught():
	card = next(c for p, c in app_meta.cards_and_charts().items() if "/active_participants/" in p)
	planted = copy.deepcopy(card)
	filters = app_meta.json.loads(planted["filters_json"])
	filters[0] = [*filters[0], False]
	planted["filters_json"] = app_meta.json.dumps(filters)
	assert app_meta.long_card_filters(card) == []
	assert app_meta.long_card_filters(planted) == [filters[0]]
