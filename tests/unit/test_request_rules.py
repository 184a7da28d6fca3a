"""Bad requests: which reach the app, what they are told, what a user may read of an error."""

import json

from amif_network.rules import links, requests

APP = {"Participant", "Module Session", "CPAS Membership"}


def test_rest_resources_of_the_app_are_guarded_and_frappes_own_are_not():
	assert requests.reaches_app("/api/resource/Participant", None, {}, APP)
	assert requests.reaches_app("/api/resource/Participant/PART-0001", None, {}, APP)
	assert requests.reaches_app("/api/v2/document/Module Session/SES-1", None, {}, APP)
	assert not requests.reaches_app("/api/resource/User", None, {}, APP)


def test_generic_methods_are_guarded_when_they_name_an_app_doctype():
	assert requests.reaches_app("/api/method/frappe.client.get_list", None, {"doctype": "Participant"}, APP)
	doc = json.dumps({"doctype": "Module Session", "attendance": ["x"]})
	assert requests.reaches_app("/api/method/frappe.desk.form.save.savedocs", None, {"doc": doc}, APP)
	assert not requests.reaches_app("/api/method/frappe.client.get_list", None, {"doctype": "User"}, APP)
	assert not requests.reaches_app("/api/method/frappe.client.get_list", None, {"doc": "{bad"}, APP)


def test_the_apps_own_methods_are_always_guarded():
	assert requests.reaches_app("/api/method/amif_network.api.participants.anonymise", None, {}, APP)
	assert requests.reaches_app("/", "amif_network.api.participants.anonymise", {}, APP)
	assert not requests.reaches_app("/api/method/ping", None, {}, APP)


def test_a_refusal_says_what_was_wrong_without_server_details():
	unknown = requests.bad_request_problem(
		"OperationalError", "(1054, \"Unknown column 'nope' in 'where clause'\")"
	)
	assert unknown.args == ("The request names a field that does not exist.",)
	assert "nothing was changed" in unknown.message
	assert requests.bad_request_problem("JSONDecodeError", "").args == ("A value sent is not valid JSON.",)
	assert (
		"table row"
		in requests.bad_request_problem("AttributeError", "'str' object has no attribute 'get'").args[0]
	)
	assert requests.bad_request_problem("OperationalError", "(2013, 'Lost connection to server')") is None
	assert requests.bad_request_problem("OSError", "wkhtmltopdf reported an error") is None


def test_tracebacks_and_server_paths_are_taken_out_of_an_answer():
	trace = 'Traceback (most recent call last):\n  File "/srv/bench/apps/frappe/frappe/app.py", line 1'
	body = {
		"exc_type": "ValidationError",
		"exc": json.dumps([trace]),
		"exception": "frappe.exceptions.ValidationError: x",
		"_exc_source": "amif_network (app)",
		"_server_messages": json.dumps(
			[json.dumps({"message": "Choose the CPAS"}), json.dumps({"message": trace})]
		),
		"errors": [{"type": "ValidationError", "exception": trace}],
	}
	clean = requests.without_traceback(body)
	assert set(clean) == {"exc_type", "_server_messages", "errors"}
	assert clean["errors"] == [{"type": "ValidationError"}]
	assert "Choose the CPAS" in clean["_server_messages"]
	assert not requests.has_traceback(json.dumps(clean))


def test_a_link_to_a_missing_record_is_a_problem():
	existing = {("User", "liege.staff@amif.example")}
	found = links.dangling_links(
		[
			("User", "User", "liege.staff@amif.example"),
			("User", "User", "ghost@amif.example"),
			("CPAS", "CPAS", {"name": "LIEGE"}),
			("Note", "CPAS", None),
		],
		lambda doctype, name: (doctype, name) in existing,
	)
	assert [problem.args[:2] for problem in found] == [("User", "User"), ("CPAS", "CPAS")]
	assert '"ghost@amif.example"' in found[0].render()


def test_the_guards_message_is_translated_with_the_reason_it_carries():
	from amif_network.rules.requests import bad_request_problem

	french = {
		"{0} Check the values sent: nothing was changed.": "{0} Vérifiez les valeurs : rien n'a changé.",
		"A value sent is not valid JSON.": "Une valeur n'est pas du JSON valide.",
	}
	problem = bad_request_problem("JSONDecodeError", "")
	assert problem.render(lambda s: french.get(s, s)) == (
		"Une valeur n'est pas du JSON valide. Vérifiez les valeurs : rien n'a changé."
	)


def test_a_write_the_database_gave_up_on_is_asked_again_not_a_server_error():
	assert requests.busy_problem("QueryDeadlockError", "") == requests.BUSY
	assert (
		requests.busy_problem("OperationalError", "(1213, 'Deadlock found when trying to get lock')")
		== requests.BUSY
	)
	assert requests.busy_problem("OperationalError", "(2013, 'Lost connection to MySQL server')") is None
	assert requests.busy_problem("ValidationError", "Missing value") is None
	# a deadlock is not the request's fault: the bad-request answer leaves it to this one
	assert requests.bad_request_problem("OperationalError", "(1213, 'Deadlock found')") is None
