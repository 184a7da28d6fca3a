"""Rules of the project fiche (the SPP's template, seed 002).

Plain Python: the Project Fiche controller passes plain values in and renders the problems.
"""

from collections.abc import Iterable, Sequence
from decimal import Decimal, InvalidOperation

from amif_network.rules.messages import Problem, _

MIN_SUB_OBJECTIVES_PER_MODULE = 3
FULL_FUNDING = Decimal("100")
# Shares are percentages with at most two decimals; finer digits are float noise.
SHARE_QUANTUM = Decimal("0.01")
FTE_QUANTUM = Decimal("0.001")

# Workflow states of the fiche ("AMIF Project Fiche Workflow").
DRAFT = "Draft"
SUBMITTED_TO_SPP = "Submitted to SPP"
RETURNED_FOR_CHANGES = "Returned for Changes"
APPROVED = "Approved"

# Fields the SPP fills while a fiche awaits its review; the rest belongs to the CPAS.
SPP_REVIEW_FIELDS = frozenset({"return_reason"})


def as_decimal(value, quantum: Decimal) -> Decimal | None:
	"""A number as a Decimal rounded to `quantum` (floats such as 0.1 + 0.2 compare exactly)."""
	if value is None or value == "":
		return None
	try:
		return Decimal(str(value)).quantize(quantum)
	except (InvalidOperation, ValueError):
		return None


def sub_objective_problems(
	module_names: Sequence[str],
	sub_objective_modules: Sequence[str],
	minimum: int = MIN_SUB_OBJECTIVES_PER_MODULE,
) -> list[Problem]:
	"""Every module has at least `minimum` sub-objectives; every sub-objective names a module.

	`sub_objective_modules` holds, for each sub-objective row in order, the module it belongs to.
	"""
	problems = []
	known = [name.strip() for name in module_names if name and name.strip()]
	seen = set()
	for name in known:
		if name in seen:
			problems.append(Problem(_("Module {0} appears twice: give each module its own name."), (name,)))
		seen.add(name)
	for row, module in enumerate(sub_objective_modules, start=1):
		if not module or module.strip() not in seen:
			problems.append(
				Problem(
					_(
						"Sub-objective row {0} belongs to module {1}, which is not in the modules of the fiche."
					),
					(row, module or "-"),
				)
			)
	counts = {name: 0 for name in seen}
	for module in sub_objective_modules:
		if module and module.strip() in counts:
			counts[module.strip()] += 1
	for name in dict.fromkeys(known):
		if counts[name] < minimum:
			problems.append(
				Problem(
					_(
						"Module {0} has {1} sub-objectives: describe at least {2} changes in the participants."
					),
					(name, counts[name], minimum),
				)
			)
	return problems


def funding_share_problems(lines: Sequence[tuple[str, object]]) -> list[Problem]:
	"""Funding lines are (source, share %): each share within 0..100, together exactly 100 %."""
	problems = []
	total = Decimal("0")
	for row, (source, share) in enumerate(lines, start=1):
		amount = as_decimal(share, SHARE_QUANTUM)
		label = source or "-"
		if amount is None:
			problems.append(Problem(_("Funding line {0} ({1}) has no share."), (row, label)))
			continue
		if amount < 0 or amount > FULL_FUNDING:
			problems.append(
				Problem(
					_("Funding line {0} ({1}) has a share of {2} %: a share lies between 0 and 100 %."),
					(row, label, _plain(amount)),
				)
			)
		total += amount
	if lines and not problems and total != FULL_FUNDING:
		problems.append(
			Problem(
				_("The funding shares add up to {0} %: they must add up to exactly 100 %."),
				(_plain(total),),
			)
		)
	return problems


def staff_fte_problems(lines: Sequence[tuple[str, object]]) -> list[Problem]:
	"""Staff lines are (profile, FTE): every FTE is positive."""
	problems = []
	for row, (profile, fte) in enumerate(lines, start=1):
		amount = as_decimal(fte, FTE_QUANTUM)
		if amount is None or amount <= 0:
			problems.append(
				Problem(
					_("Staff line {0} ({1}) has {2} FTE: an FTE must be more than 0."),
					(row, profile or "-", _plain(amount) if amount is not None else "-"),
				)
			)
	return problems


def total_fte(ftes: Iterable[object]) -> float:
	"""The fiche's total staff, the exact sum of its FTE lines."""
	total = sum((as_decimal(fte, FTE_QUANTUM) or Decimal("0") for fte in ftes), Decimal("0"))
	return float(total)


def period_problem(start, end) -> Problem | None:
	"""The funding period ends after it starts (ISO dates or date objects compare alike)."""
	if start and end and str(end) < str(start):
		return Problem(_("The period ends ({0}) before it starts ({1})."), (end, start))
	return None


def target_group_problems(chosen: Sequence[tuple[str, str, str]]) -> list[Problem]:
	"""Target-group choices are (field dimension, option, option's dimension): they must match."""
	return [
		Problem(
			_("Target group {0}: the choice {1} belongs to {2}."),
			(expected, option, actual or "-"),
		)
		for expected, option, actual in chosen
		if actual != expected
	]


def return_reason_problem(
	previous_state: str | None, next_state: str | None, reason: str | None
) -> Problem | None:
	"""A fiche goes back to its CPAS only with the reason the SPP gives."""
	if next_state == RETURNED_FOR_CHANGES and previous_state != RETURNED_FOR_CHANGES:
		if not (reason or "").strip():
			return Problem(
				_("Write the reason for returning the fiche in Reason for Return, save, then return it.")
			)
	return None


def approval_problem(
	action: str | None, previous_state: str | None, next_state: str | None
) -> Problem | None:
	"""A fiche is approved (submitted, docstatus 1) only by the SPP's Approve action.

	Frappe would otherwise let anyone with the submit right (a CPAS Manager needs it to cancel for
	an amendment) submit a draft directly and so skip the SPP.
	"""
	if action == "submit" and not (previous_state == SUBMITTED_TO_SPP and next_state == APPROVED):
		return Problem(
			_("Only the SPP approves a fiche, with the Approve action once the fiche is submitted to it.")
		)
	return None


def state_edit_problem(
	state: str | None, roles: Iterable[str], editing_roles: Iterable[str]
) -> Problem | None:
	"""Outside a workflow transition, only the roles allowed to edit the current state change a fiche."""
	if set(roles) & set(editing_roles):
		return None
	return Problem(_("This fiche is {0}: it cannot be changed in this state."), (state or "-",))


def spp_review_problem(changed_fields: Iterable[str], labels: dict | None = None) -> Problem | None:
	"""While reviewing, the SPP writes only its review fields, never the CPAS's content."""
	outside = sorted(field for field in changed_fields if field not in SPP_REVIEW_FIELDS)
	if not outside:
		return None
	labels = labels or {}
	return Problem(
		_(
			"The SPP reviews this fiche and may only write the reason for return; these fields belong to the CPAS: {0}."
		),
		(", ".join(labels.get(field, field) for field in outside),),
	)


def _plain(amount: Decimal) -> str:
	"""100.00 -> 100, 99.50 -> 99.5 (no exponent notation)."""
	text = f"{amount:f}"
	return text.rstrip("0").rstrip(".") if "." in text else text
