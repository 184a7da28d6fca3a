from frappe import _


def get_data():
	"""Prospects of a recruitment campaign who came to this (information) session, one click away."""
	return {
		"fieldname": "information_session",
		"transactions": [{"label": _("Prospects who came"), "items": ["Recruitment Prospect"]}],
	}
