"""The tablet page of the satisfaction survey, opened by CPAS staff for an enrolment or a session."""

from urllib.parse import quote

import frappe
from frappe import _

from amif_network.amif_surveys.survey import may_run_surveys

no_cache = 1


def get_context(context):
	if frappe.session.user == "Guest":
		frappe.local.flags.redirect_location = "/login?redirect-to=" + quote(
			frappe.request.full_path if frappe.request else "/survey"
		)
		raise frappe.Redirect
	if not may_run_surveys():
		frappe.throw(_("Only the staff of a CPAS can run a satisfaction survey."), frappe.PermissionError)
	frappe.sessions.get_csrf_token()
	args = frappe.form_dict
	context.no_cache = 1
	context.title = _("Satisfaction survey")
	context.staff_lang = frappe.local.lang or "en"
	context.start = {
		"enrolment": args.get("enrolment") or "",
		"session": args.get("session") or "",
		"channel": "Paper" if args.get("channel") == "Paper" else "Tablet",
	}
	# Messages for the staff member holding the tablet, in their own language.
	context.staff_words = {
		"hand_over": _("Hand the tablet to:"),
		"nobody_left": _("Everyone present at this session has answered the survey."),
		"not_saved": _("The answers were not saved."),
		"next_participant": _("Next participant"),
		"close": _("Close the survey"),
		"paper": _("Paper answers"),
		"sending": _("Sending..."),
		"for_staff": _("For staff"),
		"give_back": _("Please give the tablet back to the staff member."),
		"password": _("Staff password"),
		"unlock": _("Continue"),
		"start": _("Start the survey"),
		"choose_language": _("Choose your language: a tap says its name, a second tap starts"),
	}
	return context
