"""Participants: identity checks, duplicates, consent, the status of a trajectory, erasure.

Plain Python: the Participant, Participant Consent and Intake Assessment controllers call these.
"""

import re
import unicodedata
from dataclasses import dataclass
from datetime import date

from amif_network.rules.messages import Problem, _

STATUSES = ("Referred", "In intake", "Active", "Completed", "Withdrawn")

# The steps that move a participant; a status is never typed by hand.
STATUS_STEPS: dict[str, dict[str, str]] = {
	"intake_started": {"Referred": "In intake", "In intake": "In intake", "Active": "Active"},
	"intake_approved": {"Referred": "Active", "In intake": "Active", "Active": "Active"},
	# A rejected orientation ends a new trajectory; an active participant keeps going.
	"intake_rejected": {"Referred": "Withdrawn", "In intake": "Withdrawn", "Active": "Active"},
	"completed": {"Active": "Completed"},
	"withdrawn": {"Referred": "Withdrawn", "In intake": "Withdrawn", "Active": "Withdrawn"},
}

# The 27 member states of the European Union, as Frappe names the countries.
EU_MEMBER_STATES = frozenset(
	{
		"Austria",
		"Belgium",
		"Bulgaria",
		"Croatia",
		"Cyprus",
		"Czech Republic",
		"Czechia",
		"Denmark",
		"Estonia",
		"Finland",
		"France",
		"Germany",
		"Greece",
		"Hungary",
		"Ireland",
		"Italy",
		"Latvia",
		"Lithuania",
		"Luxembourg",
		"Malta",
		"Netherlands",
		"Poland",
		"Portugal",
		"Romania",
		"Slovakia",
		"Slovenia",
		"Spain",
		"Sweden",
	}
)

# Particles that do not identify a family on their own ("El" in "El Amrani", "Van" in "Van Damme").
NAME_PARTICLES = frozenset(
	{
		"al",
		"el",
		"ben",
		"bin",
		"bint",
		"da",
		"de",
		"del",
		"della",
		"den",
		"der",
		"des",
		"di",
		"du",
		"la",
		"le",
		"ter",
		"ten",
		"van",
		"von",
		"t",
	}
)

PROCESSING_CONSENT = "Processing for the project"
SHARING_CONSENT = "Sharing with named partners"

ANONYMISED = "[anonymised]"


def nationality_group(country: str | None) -> str:
	"""EU or non-EU, from the nationality; empty while the nationality is unknown."""
	if not country:
		return ""
	return "EU" if country in EU_MEMBER_STATES else "non-EU"


def birth_date_problem(date_of_birth: date | None, today: date) -> Problem | None:
	if date_of_birth and date_of_birth > today:
		return Problem(_("The date of birth {0} lies in the future."), (date_of_birth.isoformat(),))
	return None


def normalise_name(name: str | None) -> str:
	"""Lower case, no accents, hyphens and apostrophes as spaces: "Dupont-Lévêque" -> "dupont leveque"."""
	text = unicodedata.normalize("NFKD", name or "")
	text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
	text = re.sub(r"[-‐‑‒–—'’`´.,_/]+", " ", text)
	return " ".join(text.split())


def name_parts(name: str | None) -> set[str]:
	return {part for part in normalise_name(name).split() if part not in NAME_PARTICLES and len(part) > 1}


def same_last_name(a: str | None, b: str | None) -> bool:
	"""Same family name, ignoring case and accents; a hyphenated name matches each of its parts.

	"Martin-Dubois" and "MARTIN DUBOIS" are the same name; "Martin" matches "Martin-Dubois"
	(one of the two names was left out at a referral); "El Amrani" does not match "El Idrissi".
	"""
	full_a, full_b = normalise_name(a), normalise_name(b)
	if not full_a or not full_b:
		return False
	if full_a == full_b or full_a.replace(" ", "") == full_b.replace(" ", ""):
		return True
	parts_a, parts_b = name_parts(a), name_parts(b)
	if not parts_a or not parts_b:
		return False
	return parts_a <= parts_b or parts_b <= parts_a


def normalise_national_number(number: str | None) -> str:
	return re.sub(r"\D", "", number or "")


def national_number_problem(number: str | None) -> Problem | None:
	"""A Belgian national register or BIS number: 11 digits, the last two a modulo-97 check."""
	digits = normalise_national_number(number)
	if not (number or "").strip():
		return None
	if len(digits) != 11:
		return Problem(_("The national number {0} must have 11 digits."), (number,))
	body, check = int(digits[:9]), int(digits[9:])
	# People born from 2000 on carry a 2 before the nine digits in the check.
	if check not in (97 - body % 97, 97 - int("2" + digits[:9]) % 97):
		return Problem(_("The national number {0} is not valid (wrong check digits)."), (number,))
	return None


@dataclass(frozen=True)
class Person:
	name: str
	last_name: str | None
	date_of_birth: date | None
	national_number: str | None = None
	full_name: str | None = None


def possible_duplicates(candidate: Person, existing: list[Person]) -> list[Person]:
	"""Participants of the same CPAS who may be the candidate: same last name and birth date,
	or the same national number."""
	found = []
	number = normalise_national_number(candidate.national_number)
	for other in existing:
		if other.name == candidate.name:
			continue
		same_number = bool(number) and number == normalise_national_number(other.national_number)
		same_person = (
			candidate.date_of_birth is not None
			and candidate.date_of_birth == other.date_of_birth
			and same_last_name(candidate.last_name, other.last_name)
		)
		if same_number or same_person:
			found.append(other)
	return found


def duplicate_problem(duplicates: list[Person], confirmed: bool, roles) -> Problem | None:
	"""A possible duplicate blocks creation unless a CPAS Manager confirms a new person."""
	if confirmed and "CPAS Manager" not in roles:
		return Problem(_("Only a CPAS Manager can confirm that a participant is a new person."))
	if duplicates and not confirmed:
		return Problem(
			_(
				"This person may already be registered: {0}. Open the existing record, or ask a CPAS Manager "
				"to confirm that this is a new person."
			),
			(", ".join(f"{d.name} ({d.full_name or d.last_name})" for d in duplicates),),
		)
	return None


def status_change_problem(previous: str | None, new: str, moved_by_step: bool) -> Problem | None:
	"""The status is read-only: only the steps move it."""
	if new not in STATUSES:
		return Problem(_("Unknown participant status {0}."), (new,))
	if previous is not None and previous != new and not moved_by_step:
		return Problem(
			_("The status of a participant follows the intake steps; it cannot be changed by hand.")
		)
	return None


def status_after(step: str, current: str) -> tuple[str | None, Problem | None]:
	"""The participant's status after a step, or the reason the step cannot happen now."""
	moves = STATUS_STEPS.get(step, {})
	if current not in moves:
		return None, Problem(_("A participant with status {0} cannot go through this step."), (current,))
	return moves[current], None


@dataclass(frozen=True)
class Consent:
	consent_type: str
	given: bool
	given_on: date | None
	withdrawn_on: date | None = None
	valid_until: date | None = None  # a consent given for a time ends by itself after that day


def consent_status(consent: Consent, today: date) -> str:
	if not consent.given:
		return "Refused"
	if consent.withdrawn_on and consent.withdrawn_on <= today:
		return "Withdrawn"
	if consent.valid_until and consent.valid_until < today:
		return "Expired"
	return "Valid"


def consent_problems(consent: Consent, partners: str | None, today: date) -> list[Problem]:
	problems = []
	if consent.given_on and consent.given_on > today:
		problems.append(
			Problem(_("A consent cannot be given on a future date ({0})."), (consent.given_on.isoformat(),))
		)
	if consent.withdrawn_on and consent.given_on and consent.withdrawn_on < consent.given_on:
		problems.append(Problem(_("A consent cannot be withdrawn before it was given.")))
	if consent.withdrawn_on and not consent.given:
		problems.append(Problem(_("A refused consent cannot be withdrawn.")))
	if consent.valid_until and consent.given_on and consent.valid_until < consent.given_on:
		problems.append(Problem(_("A consent cannot end before it was given.")))
	if consent.consent_type == SHARING_CONSENT and not (partners or "").strip():
		problems.append(Problem(_("Name the partners the participant agreed to share data with.")))
	return problems


def has_valid_processing_consent(consents: list[Consent], on: date) -> bool:
	"""The consent gate: processing for the project given on or before `on` and not withdrawn by then."""
	return any(
		c.consent_type == PROCESSING_CONSENT
		and c.given
		and (c.given_on is None or c.given_on <= on)
		and not (c.withdrawn_on and c.withdrawn_on <= on)
		and not (c.valid_until and c.valid_until < on)
		for c in consents
	)


def consent_gate_problem(consents: list[Consent], on: date) -> Problem | None:
	if has_valid_processing_consent(consents, on):
		return None
	return Problem(
		_(
			"The participant has no valid consent to the processing of their data for the project. Record it first."
		)
	)


def erasure_problem(
	roles, bound_to_participant_cpas: bool, confirmation: str | None, participant: str
) -> Problem | None:
	"""Only a CPAS Manager of the participant's CPAS erases, after typing the participant's ID."""
	if "CPAS Manager" not in roles or not bound_to_participant_cpas:
		return Problem(_("Only a CPAS Manager of the participant's CPAS can anonymise a participant."))
	if (confirmation or "").strip() != participant:
		return Problem(_("Type the participant's ID {0} to confirm the anonymisation."), (participant,))
	return None


def anonymised_birth_date(date_of_birth: date | None) -> date | None:
	"""Keep the year (age bands in the statistics), drop the day."""
	return date(date_of_birth.year, 7, 1) if date_of_birth else None


def scrub_text(value, former: list[str]):
	"""Replace a text holding any former identifying value; other values pass unchanged."""
	if not isinstance(value, str) or not value:
		return value
	folded = normalise_name(value)
	for secret in former:
		secret_folded = normalise_name(secret)
		if secret and (secret in value or (secret_folded and secret_folded in folded)):
			return ANONYMISED
	return value


def scrub_version_data(data: dict, fields: set[str], former: list[str]) -> dict:
	"""Clean one Version row's `data`: values of erased fields and any text holding a former value."""

	def clean(value, fieldname=None):
		if fieldname in fields and value not in (None, "", 0):
			return ANONYMISED
		if isinstance(value, dict):
			return {k: clean(v, k) for k, v in value.items()}
		if isinstance(value, list):
			return [clean(v) for v in value]
		return scrub_text(value, former)

	result = dict(data)
	changed = []
	for row in data.get("changed") or []:
		fieldname, *values = row
		changed.append([fieldname, *[clean(v, fieldname) for v in values]])
	if "changed" in data:
		result["changed"] = changed
	for key in ("added", "removed"):
		if key in data:
			result[key] = [[table, clean(row)] for table, row in data[key]]
	if "row_changed" in data:
		result["row_changed"] = [
			[table, idx, name, [[f, *[clean(v, f) for v in vals]] for f, *vals in rows]]
			for table, idx, name, rows in data["row_changed"]
		]
	for key, value in data.items():
		if key not in ("changed", "added", "removed", "row_changed"):
			result[key] = clean(value, key)
	return result


def participant_link_problem(
	participant: str, participant_cpas: str | None, record_cpas: str | None, user_may_read_participant: bool
) -> Problem | None:
	"""A consent or an intake belongs to the participant's own CPAS, recorded by someone of that CPAS."""
	if not user_may_read_participant:
		return Problem(
			_("Participant {0} belongs to another CPAS: you cannot record data for them."), (participant,)
		)
	if record_cpas and participant_cpas and record_cpas != participant_cpas:
		return Problem(
			_("The participant belongs to CPAS {0}, not to CPAS {1}."), (participant_cpas, record_cpas)
		)
	return None


def enrolment_needs_consent(previous_status: str | None, status: str) -> bool:
	"""The consent gate guards a new enrolment and an enrolment becoming active."""
	return previous_status is None or (status == "Active" and previous_status != "Active")
