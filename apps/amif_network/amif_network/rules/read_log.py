"""Who saw whom: which successful requests read a participant's records, and how each read is named.

Opening, printing or exporting a participant, an intake or a contract is logged with Frappe's own
View Log (opened) and Access Log (printed or downloaded as PDF, exported), Frappe writing the
Access Log itself. Frappe logs a view only from the desk form of a DocType tracking views: the app
logs every opening itself (desk form, REST, `frappe.client.get`).
"""

from typing import NamedTuple

from amif_network.rules.messages import _

TRACKED_DOCTYPES: tuple[str, ...] = ("Participant", "Intake Assessment", "Participant Contract")
VIEW_METHODS = ("frappe.desk.form.load.getdoc", "frappe.client.get")
READ_ACTIONS = {
	"View": _("Opened"),
	"Print": _("Printed"),
	"PDF": _("PDF"),
	"Export": _("Exported"),
	"List export": _("Exported with the list"),
}


class Read(NamedTuple):
	log: str  # "View Log"
	doctype: str
	name: str
	method: str | None


def read_of(path: str, method: str | None, arguments: dict) -> Read | None:
	"""The opening of a tracked record that a successful request made (Frappe logs prints itself)."""
	for prefix in ("/api/resource/", "/api/v2/document/"):
		if path.startswith(prefix):
			parts = path[len(prefix) :].split("/")
			if len(parts) == 2 and parts[0] in TRACKED_DOCTYPES and parts[1]:
				return Read("View Log", parts[0], parts[1], None)
			return None
	doctype, name = arguments.get("doctype"), arguments.get("name")
	if doctype not in TRACKED_DOCTYPES or not isinstance(name, str) or not name:
		return None
	if method in VIEW_METHODS:
		return Read("View Log", doctype, name, None)
	return None


def action_of(log: str, method: str | None, reference_name: str | None) -> str:
	"""The action key of a log row, for READ_ACTIONS."""
	if log == "View Log":
		return "View"
	if not reference_name:
		return "List export"
	return method if method in ("Print", "PDF") else "Export"
