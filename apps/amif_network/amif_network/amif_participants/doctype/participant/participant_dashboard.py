from frappe import _


def get_data():
	"""The participant's records, one click from the form."""
	return {
		"fieldname": "participant",
		"transactions": [
			{"label": _("Intake"), "items": ["Participant Consent", "Intake Assessment"]},
			{"label": _("Modules"), "items": ["Module Enrolment", "Participant Contract"]},
		],
	}
