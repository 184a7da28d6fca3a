"""Who saw whom: which successful requests read a participant's records, and how each read is named.

Opening, printing or exporting a participant, an intake or a contract is logged with Frappe's own
View Log (opened) and Access Log (printed, PDF, exported). Frappe logs a view only for DocTypes
tracking views, and a PDF download not at all: the app logs these reads itself.
"""

from typing import NamedTuple

from amif_network.rules.messages import _

TRACKED_DOCTYPES: tuple[str, ...] = ("Participant", "Intake Assessment", "Participant Contract")
VIEW_METHODS = ("frappe.desk.form.load.getdoc", "frappe.client.get")
PDF_METHODS = ("frappe.utils.print_format.download_pdf",)
READ_ACTIONS = {
	"View": _("Opened"),
	"Print": _("Printed"),
	"PDF": _("PDF"),
	"Export": _("Exported"),
	"List export": _("Exported with the list"),
}


class Read(NamedTuple):
	log: str  # "View Log" or "Access Log"
	doctype: str
	name: str
	method: str | None  # Access Log method: "Print" or "PDF"


def read_of(path: str, method: str | None, arguments: dict) -> Read | None:
	"""The read of a tracked record that a successful request made, if it is not logged by Frappe."""
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
	if method in PDF_METHODS:
		return Read("Access Log", doctype, name, "PDF")
	if path.rstrip("/") == "/printview":
		return Read("Access Log", doctype, name, "Print")
	return None


def action_of(log: str, method: str | None, reference_name: str | None) -> str:
	"""The action key of a log row, for READ_ACTIONS."""
	if log == "View Log":
		return "View"
	if not reference_name:
		return "List export"
	return method if method in ("Print", "PDF") else "Export"
