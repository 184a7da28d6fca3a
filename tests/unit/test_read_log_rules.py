"""Which successful requests are reads of a participant's records, and how each read is named."""

from amif_network.rules.read_log import READ_ACTIONS, Read, action_of, read_of


def test_opening_a_participant_in_the_desk_or_over_rest_is_a_view():
	assert read_of("/api/resource/Participant/PART-1", None, {}) == Read(
		"View Log", "Participant", "PART-1", None
	)
	desk = read_of(
		"/api/method/frappe.desk.form.load.getdoc",
		"frappe.desk.form.load.getdoc",
		{"doctype": "Intake Assessment", "name": "INT-1"},
	)
	assert desk == Read("View Log", "Intake Assessment", "INT-1", None)


def test_prints_and_pdfs_are_left_to_frappes_own_access_log():
	pdf = read_of(
		"/api/method/frappe.utils.print_format.download_pdf",
		"frappe.utils.print_format.download_pdf",
		{"doctype": "Participant Contract", "name": "CON-1"},
	)
	assert pdf is None
	assert read_of("/printview", None, {"doctype": "Participant", "name": "PART-1"}) is None


def test_lists_and_other_doctypes_are_not_reads_of_one_record():
	assert read_of("/api/resource/Participant", None, {}) is None
	assert read_of("/api/resource/Project Fiche/FICHE-1", None, {}) is None
	assert (
		read_of("/api/method/frappe.client.get", "frappe.client.get", {"doctype": "User", "name": "x"})
		is None
	)
	assert (
		read_of(
			"/api/method/frappe.client.get", "frappe.client.get", {"doctype": "Participant", "name": {"a": 1}}
		)
		is None
	)


def test_each_log_row_gets_a_named_action():
	assert action_of("View Log", None, "PART-1") == "View"
	assert action_of("Access Log", "PDF", "PART-1") == "PDF"
	assert action_of("Access Log", None, "PART-1") == "Export"
	assert action_of("Access Log", "PDF", None) == "List export"
	assert set(READ_ACTIONS) == {"View", "Print", "PDF", "Export", "List export"}
