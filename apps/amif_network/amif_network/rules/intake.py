"""The intake-approval workflow: who may move an orientation assessment, and what each move needs.

Draft -> Pending approval -> Approved, or Sent back (reason) -> Pending approval again,
or Rejected (reason). CPAS Staff submit; only a CPAS Manager of the participant's CPAS
decides, never on an intake they created or submitted themselves.
"""

from dataclasses import dataclass

from amif_network.rules.messages import Problem, _

DRAFT = "Draft"
PENDING = "Pending approval"
APPROVED = "Approved"
SENT_BACK = "Sent back"
REJECTED = "Rejected"

STATES = (DRAFT, PENDING, APPROVED, SENT_BACK, REJECTED)

# (from, to) -> the role that may make the move.
TRANSITIONS: dict[tuple[str, str], str] = {
	(DRAFT, PENDING): "CPAS Staff",
	(SENT_BACK, PENDING): "CPAS Staff",
	(PENDING, APPROVED): "CPAS Manager",
	(PENDING, SENT_BACK): "CPAS Manager",
	(PENDING, REJECTED): "CPAS Manager",
}

DECISIONS = frozenset({APPROVED, SENT_BACK, REJECTED})

# The participant's step that each final decision triggers (see rules.participant.STATUS_STEPS).
PARTICIPANT_STEP = {APPROVED: "intake_approved", REJECTED: "intake_rejected"}


@dataclass(frozen=True)
class Actor:
	user: str
	roles: frozenset[str]
	bound_to_intake_cpas: bool

	@property
	def is_administrator(self) -> bool:
		# The Administrator account loads demo data and repairs; it stands outside the CPAS roles.
		return self.user == "Administrator"


def transition_problems(
	previous: str | None,
	new: str,
	actor: Actor,
	*,
	owner: str | None,
	submitted_by: str | None,
	reason: str | None,
	has_processing_consent: bool,
) -> list[Problem]:
	"""Everything that stops an intake moving from `previous` to `new` (empty list: allowed)."""
	previous = previous or DRAFT
	if new not in STATES:
		return [Problem(_("Unknown intake state {0}."), (new,))]
	if previous == new:
		return []
	role = TRANSITIONS.get((previous, new))
	if role is None:
		return [Problem(_("An intake cannot go from {0} to {1}."), (previous, new))]

	problems = []
	if not actor.is_administrator:
		if role == "CPAS Staff" and ("CPAS Staff" not in actor.roles or not actor.bound_to_intake_cpas):
			problems.append(Problem(_("Only CPAS Staff of the participant's CPAS can submit an intake.")))
		if role == "CPAS Manager":
			if "CPAS Manager" not in actor.roles or not actor.bound_to_intake_cpas:
				problems.append(
					Problem(
						_(
							"Only a CPAS Manager of the participant's CPAS can approve, send back or reject an intake."
						)
					)
				)
			elif actor.user in {owner, submitted_by}:
				problems.append(
					Problem(
						_(
							"You cannot decide on an intake you created or submitted yourself: another CPAS Manager must do it."
						)
					)
				)
	if new == SENT_BACK and not (reason or "").strip():
		problems.append(Problem(_("Give the reason for sending the intake back.")))
	if new == REJECTED and not (reason or "").strip():
		problems.append(Problem(_("Give the reason for rejecting the intake.")))
	if new == APPROVED and not has_processing_consent:
		problems.append(
			Problem(
				_(
					"The participant has no valid consent to the processing of their data for the project: an intake cannot be approved without it."
				)
			)
		)
	return problems


def reason_entry_problem(state: str, actor: Actor) -> Problem | None:
	"""A reason is written by the deciding manager, while the intake waits for a decision."""
	if state != PENDING:
		return Problem(_("A reason can only be given while the intake is pending approval."))
	if not actor.is_administrator and ("CPAS Manager" not in actor.roles or not actor.bound_to_intake_cpas):
		return Problem(
			_("Only a CPAS Manager of the participant's CPAS can approve, send back or reject an intake.")
		)
	return None


@dataclass(frozen=True)
class ModuleProposal:
	module: str
	module_cpas: str | None
	approved: bool


def proposal_problems(intake_cpas: str, proposals: list[ModuleProposal]) -> list[Problem]:
	"""Only modules of the participant's own CPAS can be proposed, each once."""
	problems, seen = [], set()
	for row in proposals:
		if row.module_cpas != intake_cpas:
			problems.append(
				Problem(
					_("Module {0} belongs to CPAS {1}, not to the participant's CPAS {2}."),
					(row.module, row.module_cpas or "-", intake_cpas),
				)
			)
		if row.module in seen:
			problems.append(Problem(_("Module {0} is proposed twice."), (row.module,)))
		seen.add(row.module)
	return problems


def enrolments_to_create(proposals: list[ModuleProposal], already_enrolled: set[str]) -> list[str]:
	"""Approved modules the participant is not yet enrolled in (proposed or active)."""
	modules = []
	for row in proposals:
		if row.approved and row.module not in already_enrolled and row.module not in modules:
			modules.append(row.module)
	return modules


# What each state tells whom; {0} is the participant, {1} the reason.
NOTICES = {
	PENDING: _("The intake of {0} is waiting for your approval."),
	SENT_BACK: _("The intake of {0} was sent back: {1}"),
	APPROVED: _("The intake of {0} was approved: proposed enrolments are waiting in the modules."),
	REJECTED: _("The intake of {0} was rejected: {1}"),
}


def notice_recipients(
	state: str, actor: str, submitted_by: str | None, social_worker: str | None, managers: list[str]
) -> list[str]:
	"""Who hears of a move: managers of the CPAS when an intake waits, the submitter of a decision,
	and the referring social worker of an approval or a rejection; never the actor."""
	if state == PENDING:
		people = list(managers)
	elif state == SENT_BACK:
		people = [submitted_by]
	elif state in (APPROVED, REJECTED):
		people = [submitted_by, social_worker]
	else:
		people = []
	seen = []
	for person in people:
		if person and person != actor and person not in seen:
			seen.append(person)
	return seen


# Who may change an intake's content while it rests in a state.
EDITORS = {DRAFT: "CPAS Staff", SENT_BACK: "CPAS Staff", PENDING: "CPAS Manager"}


def edit_problem(state: str | None, actor: Actor) -> Problem | None:
	"""Staff write drafts and sent-back intakes; while an intake awaits approval, only its deciders edit it."""
	state = state or DRAFT
	if actor.is_administrator:
		return None
	role = EDITORS.get(state)
	if role is None:
		return Problem(_("An intake that is {0} cannot be changed."), (state,))
	if role not in actor.roles or not actor.bound_to_intake_cpas:
		if role == "CPAS Manager":
			return Problem(
				_(
					"While the intake is pending approval, only a CPAS Manager of the participant's CPAS can change it."
				)
			)
		return Problem(_("Only CPAS Staff of the participant's CPAS can change this intake."))
	return None
