"""The CPAS scope: which records a user may see and change.

Every CPAS-owned DocType carries a mandatory `cpas` link. A user of a CPAS role is bound to one
or more CPAS through CPAS Membership records; the decisions below are the only place where
that binding is turned into access.
"""

from amif_network.rules.messages import Problem, _

# Personal data: readable and writable only within the bound CPAS.
CPAS_PRIVATE_DOCTYPES: tuple[str, ...] = (
	"CPAS Membership",
	"Participant",
	"Participant Consent",
	"Intake Assessment",
	"Module Enrolment",
	"Participant Contract",
	"Module Session",
	"Session Notice",
	"Recruitment Campaign",
	"Recruitment Prospect",
	"Survey Response",  # no participant in it, and read only once released (rules.surveys)
	"Survey Comment",  # free texts: read by nobody of a CPAS role, only unattributed in Survey Results
	"Sub-objective Rating",
	"Procedure Application",
	"Integration Answer",  # no participant in it, but kept within its CPAS like the responses
)

# Shared knowledge of the network (fiches, catalogues): read by every network role,
# changed only by users bound to the owning CPAS.
CPAS_SHARED_DOCTYPES: tuple[str, ...] = (
	"Activity Module",
	"CPAS Contract Defaults",
	"CPAS Retention Rule",
	"Group Size Rule",
	"Project Fiche",
)

# The SPP (AMIF Network Manager) is bound to no CPAS, yet approves or returns what a CPAS submits
# to it: it may save a shared record, but only while the stored record awaits its review.
SPP_ROLE = "AMIF Network Manager"
SPP_REVIEW_STATES: dict[str, frozenset[str]] = {"Project Fiche": frozenset({"Submitted to SPP"})}
SPP_REVIEW_PTYPES = frozenset({"write", "submit"})

# Frappe DocTypes whose rows point at another record (DocType column, name column) and that
# Frappe lists to every desk user: rows pointing at unreadable CPAS records are hidden.
REFERENCING_DOCTYPES: dict[str, tuple[str, str]] = {
	"File": ("attached_to_doctype", "attached_to_name"),
	"Tag Link": ("document_type", "document_name"),
	"Document Follow": ("ref_doctype", "ref_docname"),
}

CPAS_ROLES = ("CPAS Manager", "CPAS Staff")
UNRESTRICTED_ROLES = ("System Manager", "Administrator")
WRITE_PTYPES = frozenset(
	{"write", "create", "submit", "cancel", "amend", "delete", "import", "share", "email"}
)


def is_scoped(doctype: str) -> bool:
	return doctype in CPAS_PRIVATE_DOCTYPES or doctype in CPAS_SHARED_DOCTYPES


def is_unrestricted(roles) -> bool:
	"""Administrators configure the system and are not bound to a CPAS."""
	return any(role in UNRESTRICTED_ROLES for role in roles)


def sql_condition(table: str, bound_cpas, quote) -> str:
	"""SQL that keeps the rows of `table` owned by one of `bound_cpas`.

	A plain `IN` on the indexed `cpas` column: rows without a CPAS never match, and the
	index serves the lookup (no `ifnull(...) or` as in generic user permissions).
	"""
	values = sorted({c for c in bound_cpas if c})
	if not values:
		return "1=0"
	return f"`tab{table}`.`cpas` in ({', '.join(quote(v) for v in values)})"


def referencing_condition(table: str, private_doctypes, bound_cpas, quote) -> str:
	"""SQL keeping the rows of `table` that do not point at a CPAS record outside `bound_cpas`."""
	type_column, name_column = REFERENCING_DOCTYPES[table]
	hidden = []
	for doctype in private_doctypes:
		readable = sql_condition(doctype, bound_cpas, quote)
		hidden.append(
			f"(ifnull(`tab{table}`.`{type_column}`, '') = {quote(doctype)} and `tab{table}`.`{name_column}` "
			f"not in (select `tab{doctype}`.`name` from `tab{doctype}` where {readable}))"
		)
	return f"not ({' or '.join(hidden)})" if hidden else ""


def spp_reviews(doctype: str, ptype: str, stored_state: str | None, roles) -> bool:
	"""The SPP saves a shared record it reviews (workflow approve/return), nothing else."""
	return (
		SPP_ROLE in roles
		and doctype in CPAS_SHARED_DOCTYPES
		and ptype in SPP_REVIEW_PTYPES
		and stored_state in SPP_REVIEW_STATES.get(doctype, ())
	)


def may_access(
	doctype: str, ptype: str, record_cpas: str | None, bound_cpas, roles, stored_state: str | None = None
) -> bool | None:
	"""Decide access to one record; None means the CPAS scope has no objection.

	Creation is judged by `binding_problem` at validation, so the user gets a clear message.
	`stored_state` is the workflow state of the record as saved (before the change being made).
	"""
	if is_unrestricted(roles) or not is_scoped(doctype):
		return None
	if spp_reviews(doctype, ptype, stored_state, roles):
		return None
	if ptype == "create":
		return None
	if doctype in CPAS_SHARED_DOCTYPES and ptype not in WRITE_PTYPES:
		return None
	if not record_cpas or record_cpas not in set(bound_cpas):
		return False
	return None


def binding_problem(record_cpas: str | None, previous_cpas: str | None, bound_cpas, roles) -> Problem | None:
	"""Refuse saving a record for a CPAS the user is not bound to, or moving one out of it."""
	if not record_cpas:
		return Problem(_("Choose the CPAS this record belongs to."))
	if is_unrestricted(roles):
		return None
	bound = set(bound_cpas)
	if record_cpas not in bound:
		return Problem(
			_("You are not bound to CPAS {0}: you can only record data for {1}."),
			(record_cpas, ", ".join(sorted(bound)) or "-"),
		)
	if previous_cpas and previous_cpas not in bound:
		return Problem(_("You are not bound to CPAS {0}: this record cannot be changed."), (previous_cpas,))
	return None


def share_problem(
	doctype: str, record_cpas: str | None, everyone: bool, recipient_bound_cpas, recipient_roles
) -> Problem | None:
	"""A CPAS record is shared only with someone who may already see that CPAS.

	Frappe lists shared records to their recipient whatever the list condition says, so a share
	across CPAS would open personal data to another CPAS.
	"""
	if doctype not in CPAS_PRIVATE_DOCTYPES:
		return None
	if everyone:
		return Problem(_("Personal records of a CPAS cannot be shared with everyone."))
	if is_unrestricted(recipient_roles) or (record_cpas and record_cpas in set(recipient_bound_cpas)):
		return None
	return Problem(
		_("This record belongs to CPAS {0}: share it only with users bound to that CPAS."), (record_cpas,)
	)


def workflow_action_problem(record_cpas: str | None, bound_cpas, roles) -> Problem | None:
	"""A workflow action on a CPAS record (e.g. submitting a fiche) is taken within its own CPAS.

	The SPP acts across the network; whether it may take a given action is the workflow's call.
	"""
	if is_unrestricted(roles) or SPP_ROLE in roles:
		return None
	if record_cpas and record_cpas in set(bound_cpas):
		return None
	return Problem(
		_("Only users of CPAS {0} can act on this record; you are bound to {1}."),
		(record_cpas or "-", ", ".join(sorted(set(bound_cpas))) or "-"),
	)
