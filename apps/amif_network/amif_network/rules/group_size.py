"""The group-size rule: at most N participants for M trainers in one session.

During the pandemic each CPAS capped its group sessions ("3 participants + 1 trainer" in
Charleroi and Liège, "4 + 1" in Gent); the cap differs per CPAS and changes over time.

Which rule is in force when several overlap: the rule with the most recent `valid_from` wins
(a newer decision replaces an older one without the older one having to be closed); on the
same `valid_from`, the stricter rule (fewer participants per trainer) wins.
"""

from dataclasses import dataclass
from datetime import date
from fractions import Fraction

from amif_network.rules.messages import Problem, _

# Attendance statuses of people who are in the room; excused and absent people do not count.
IN_ROOM_STATUSES = frozenset({"Present", "Late"})


@dataclass(frozen=True)
class GroupSizeRule:
	name: str
	valid_from: date
	valid_to: date | None
	max_participants: int
	per_trainers: int

	@property
	def ratio(self) -> Fraction:
		return Fraction(self.max_participants, self.per_trainers)

	def applies_on(self, day: date) -> bool:
		return self.valid_from <= day and (self.valid_to is None or day <= self.valid_to)


def rule_problems(
	valid_from: date | None, valid_to: date | None, max_participants, per_trainers
) -> list[Problem]:
	"""What is wrong with a group-size rule as entered."""
	problems = []
	if valid_from and valid_to and valid_to < valid_from:
		problems.append(
			Problem(_("The rule cannot end ({0}) before it starts ({1})."), (valid_to, valid_from))
		)
	if (max_participants or 0) < 1:
		problems.append(Problem(_("A group-size rule allows at least one participant.")))
	if (per_trainers or 0) < 1:
		problems.append(Problem(_("A group-size rule counts at least one trainer.")))
	return problems


def rule_in_force(rules, day: date) -> GroupSizeRule | None:
	"""The rule that applies on `day`: most recent start first, then the stricter one."""
	applicable = [rule for rule in rules if rule.applies_on(day)]
	if not applicable:
		return None
	return max(applicable, key=lambda rule: (rule.valid_from, -rule.ratio, rule.name))


def allowed_participants(rule: GroupSizeRule, trainers: int) -> int:
	"""How many participants `trainers` trainers may receive: N per M, rounded down."""
	return int(Fraction(max(trainers, 0)) * rule.ratio)


def participants_in_room(statuses) -> int:
	return sum(1 for status in statuses if status in IN_ROOM_STATUSES)


def group_size_problem(rule: GroupSizeRule | None, participants: int, trainers: int) -> Problem | None:
	"""Refuse a session that has more participants than the rule in force allows."""
	if rule is None or participants == 0:
		return None
	allowed = allowed_participants(rule, trainers)
	if participants <= allowed:
		return None
	return Problem(
		_(
			"This session has {0} participants for {1} trainer(s), but the group-size rule {2} "
			"({3} participants per {4} trainer(s), in force since {5}) allows at most {6}. "
			"A CPAS Manager may override the rule with a reason."
		),
		(
			participants,
			trainers,
			rule.name,
			rule.max_participants,
			rule.per_trainers,
			rule.valid_from,
			allowed,
		),
	)
