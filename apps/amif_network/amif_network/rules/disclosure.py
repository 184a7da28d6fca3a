"""Disclosure control: network figures that hold against an attacker who combines them.

Everything the network is shown for one population and period is audited together, as one
**publication**: every figure (a count: a cell, a total, a count behind a rate or a share) and the
public linear facts that tie them (a total is the sum of its parts, a CPAS's participants are the sum
of its referrals over the quarters, each funnel stage is a subset of the one before, a share's
positive and negative answers add up to its answers, a survey response holds a known number of face
answers). The releases shown earlier join the publication: a figure hidden before and unchanged
since stays hidden, and what the earlier release showed is part of what an attacker knows.

The attacker knows every shown figure, every public fact above, which figures are zero (zeros are
always shown), that counts are non-negative integers, and this algorithm.

**The protection rule.** For every hidden figure, the range of values an attacker can work out
(the smallest and the largest value consistent with everything shown and every public fact) must be
at least PROTECTION_WIDTH (5) wide and must hold a value outside 1..4 (0, or 5 and more). So nobody
can pin a hidden figure down, and nobody can conclude "a small non-zero count".

**How.** Counts from 1 to 4 are hidden (primary suppression). More figures are hidden (secondary
suppression) by cost, as tau-ARGUS and sdcTable do: a mixed-integer program (scipy's `milp`, HiGHS)
chooses which, hiding the fewest people (then the fewest figures). Its constraints are found by the
audit itself: each audit solves, for every hidden figure, two linear programs (the attacker's
smallest and largest value; an integer program when the linear optimum is fractional, so the range
is the integer one), and every hidden figure whose range breaks the rule gives a cut from the linear
program's dual (Fischetti and Salazar's formulation): "hide enough of these figures to open this
range". The program is solved again with the new cuts until the audit passes. There is no fixed
order of choice for an attacker to replay, and a table is not hidden whole when a few cells do.

A rate or a share is shown only when its numerator and its base both pass the audit.
"""

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

import highspy
import numpy as np
from scipy.optimize import Bounds, LinearConstraint, milp
from scipy.sparse import csc_matrix

# Counts from 1 to SMALL_COUNT_LIMIT could point at a person in a small CPAS.
SMALL_COUNT_LIMIT = 4
# The attacker's range for a hidden figure must be at least this wide.
PROTECTION_WIDTH = 5
# What the attacker is assumed to know a priori about how far above its true value a hidden figure
# may lie: max(its value, this). A bound the attacker may not have narrows the audited ranges, so
# the audit stays on the safe side of an attacker without it.
A_PRIORI_ROOM = 10
# Cut rounds before falling back to hiding every figure of the groups still failing.
MAX_ROUNDS = 60
_EPS = 1e-6

# One mark for every hidden entry: a mark per reason would tell the small counts apart.
HIDDEN_MARK = "x"


def is_small_count(count: int) -> bool:
	return 1 <= count <= SMALL_COUNT_LIMIT


def protection_holds(low: float, high: float) -> bool:
	"""The rule for one hidden figure: its range is PROTECTION_WIDTH wide and holds 0 or a count >= 5."""
	return high - low >= PROTECTION_WIDTH - _EPS and (low <= _EPS or high >= SMALL_COUNT_LIMIT + 1 - _EPS)


# --- a publication: figures and the public facts that tie them --------------------------------------


@dataclass(frozen=True)
class Relation:
	"""A public linear fact: sum(coefficient * figure) == 0 (sense "=") or <= 0 (sense "<=")."""

	terms: tuple
	sense: str = "="


@dataclass
class Publication:
	"""Every figure published together, its true value, and the public facts over them.

	`unpublished` figures take part in facts but are never shown (no protection is owed to them,
	unless they are also `sensitive`: a count of people never shown, e.g. one recruitment campaign's,
	that a small value must not be worked out of what is shown);
	`forced` figures are hidden whatever the cost (hidden in an earlier release, unchanged since);
	`known` figures are public already (shown in an earlier release) and cannot be hidden.
	"""

	values: dict = field(default_factory=dict)
	relations: list = field(default_factory=list)
	unpublished: set = field(default_factory=set)
	sensitive: set = field(default_factory=set)
	forced: set = field(default_factory=set)
	known: set = field(default_factory=set)
	# How far above its value a figure may lie a priori, where A_PRIORI_ROOM is not its scale (a sum
	# of faces weighs each answer up to 5).
	room: dict = field(default_factory=dict)

	def figure(self, key, value: int):
		value = int(value)
		if value < 0:
			raise ValueError("a count cannot be negative")
		if self.values.setdefault(key, value) != value:
			raise ValueError(f"figure {key!r} has two values")
		return key

	def fact(self, terms: Iterable[tuple], sense: str = "="):
		terms = tuple((key, coefficient) for key, coefficient in terms if coefficient)
		if terms:
			self.relations.append(Relation(terms, sense))

	def total(self, total_key, part_keys: Iterable):
		"""total = sum of parts."""
		self.fact([(total_key, 1), *((key, -1) for key in part_keys)])

	def at_most(self, smaller, larger, factor: int = 1):
		"""smaller <= factor * larger."""
		self.fact([(smaller, 1), (larger, -factor)], "<=")


@dataclass(frozen=True)
class Protection:
	"""The outcome: which figures to hide, the attacker's range of each hidden figure, and the hidden
	figures that could not be protected whatever was hidden (earlier releases pin them down)."""

	hidden: frozenset
	ranges: dict
	unprotected: frozenset


class _Group:
	"""A connected group of figures (linked by facts): the attacker's linear program over it, in
	deviations z = x - truth, so that a shown figure is the bound z = 0. One HiGHS model per group,
	re-solved with another objective or other bounds (warm-started)."""

	def __init__(self, keys: list, publication: Publication):
		self.keys = keys
		self.index = {key: i for i, key in enumerate(keys)}
		self.truth = np.array([publication.values[key] for key in keys], dtype=float)
		self.room = np.array(
			[publication.room.get(key, max(publication.values[key], A_PRIORI_ROOM)) for key in keys],
			dtype=float,
		)
		rows, senses = [], []
		for relation in publication.relations:
			if relation.terms[0][0] not in self.index:
				continue
			row = np.zeros(len(keys))
			for key, coefficient in relation.terms:
				row[self.index[key]] += coefficient
			rows.append(row)
			senses.append(relation.sense)
		self.matrix = np.array(rows) if rows else np.zeros((0, len(keys)))
		self.is_inequality = np.array([sense == "<=" for sense in senses], dtype=bool)
		# Each fact's right-hand side in deviations: 0 for equalities, the slack at the truth (>= 0)
		# for inequalities.
		self.slack = np.where(self.is_inequality, -(self.matrix @ self.truth), 0.0)
		self._model = None
		self._hidden = None
		self._objective_at = None

	def _solver(self):
		if self._model is None:
			model = highspy.Highs()
			model.setOptionValue("output_flag", False)
			lp = highspy.HighsLp()
			lp.num_col_, lp.num_row_ = len(self.keys), len(self.matrix)
			lp.col_cost_ = np.zeros(len(self.keys))
			lp.col_lower_ = np.zeros(len(self.keys))
			lp.col_upper_ = np.zeros(len(self.keys))
			lp.row_lower_ = np.where(self.is_inequality, -highspy.kHighsInf, 0.0)
			lp.row_upper_ = self.slack.copy()
			matrix = csc_matrix(self.matrix)
			lp.a_matrix_.format_ = highspy.MatrixFormat.kColwise
			lp.a_matrix_.start_ = matrix.indptr
			lp.a_matrix_.index_ = matrix.indices
			lp.a_matrix_.value_ = matrix.data
			lp.a_matrix_.num_col_, lp.a_matrix_.num_row_ = len(self.keys), len(self.matrix)
			model.passModel(lp)
			self._model = model
		return self._model

	def bounds(self, hidden: set) -> tuple[np.ndarray, np.ndarray]:
		mask = np.array([key in hidden for key in self.keys], dtype=bool)
		return np.where(mask, -self.truth, 0.0), np.where(mask, self.room, 0.0)

	def reach(self, key, direction: int, hidden: set):
		"""How far (>= 0) the attacker can move `key` up (+1) or down (-1), and the LP's solution
		(deviations, column duals, row duals); the solution is None when the integers gave the answer."""
		model = self._solver()
		columns = np.arange(len(self.keys), dtype=np.int32)
		if self._hidden is not hidden:
			lower, upper = self.bounds(hidden)
			model.changeColsBounds(len(self.keys), columns, lower, upper)
			self._hidden = hidden
		i = self.index[key]
		if self._objective_at is not None:
			model.changeColCost(self._objective_at, 0.0)
		model.changeColCost(i, -float(direction))  # minimise -z for the largest, z for the smallest
		self._objective_at = i
		model.run()
		if model.getModelStatus() != highspy.HighsModelStatus.kOptimal:
			# The truth is always feasible and the bounds finite: anything else is a solver failure.
			raise RuntimeError(f"disclosure audit: {model.modelStatusToString(model.getModelStatus())}")
		solution = model.getSolution()
		z = np.array(solution.col_value)
		reach = -model.getInfo().objective_function_value
		if np.any(np.abs(z - np.round(z)) > _EPS):
			return (
				max(0.0, self._integer_reach(key, direction, hidden)),
				None,
				(
					z,
					np.array(solution.col_dual),
					np.array(solution.row_dual),
				),
			)
		return max(0.0, reach), np.round(z), (z, np.array(solution.col_dual), np.array(solution.row_dual))

	def _integer_reach(self, key, direction: int, hidden: set) -> float:
		constraints = []
		if len(self.matrix):
			constraints.append(
				LinearConstraint(self.matrix, np.where(self.is_inequality, -np.inf, 0.0), self.slack)
			)
		lower, upper = self.bounds(hidden)
		objective = np.zeros(len(self.keys))
		objective[self.index[key]] = -direction
		result = milp(
			objective,
			constraints=constraints,
			integrality=np.ones(len(self.keys)),
			bounds=Bounds(np.ceil(lower - _EPS), np.floor(upper + _EPS)),
		)
		if result.status != 0:
			raise RuntimeError(f"disclosure audit: {result.message}")
		return -result.fun

	def cut(self, solution) -> tuple[np.ndarray, float]:
		"""From the LP's dual: coefficients over the group's figures (hidden or not) and a constant,
		such that for ANY choice y of hidden figures the attacker's reach is at most
		constant + sum(coefficient * y). LP duality: the dual solution stays feasible when the
		bounds (y times the room above, y times the value below) change."""
		_z, column_dual, row_dual = solution
		# A column's dual is the objective's sensitivity to its active bound: negative at the upper
		# bound (room * y), positive at the lower one (-value * y).
		coefficients = self.room * np.maximum(-column_dual, 0.0) + self.truth * np.maximum(column_dual, 0.0)
		constant = -float(self.slack @ row_dual)
		return coefficients, constant


def _groups(publication: Publication) -> list[list]:
	parent = {key: key for key in publication.values}

	def find(key):
		while parent[key] != key:
			parent[key] = parent[parent[key]]
			key = parent[key]
		return key

	for relation in publication.relations:
		first = find(relation.terms[0][0])
		for key, _coefficient in relation.terms[1:]:
			parent[find(key)] = first
	members = defaultdict(list)
	for key in publication.values:
		members[find(key)].append(key)
	return list(members.values())


def _required_split(value: int, up_room: float, down_room: float) -> tuple[float, float] | None:
	"""How far down and up a hidden figure must be movable for the rule to hold (a fixed target the
	cuts aim at), given how far it could move at most; None when no choice can protect it."""
	if is_small_count(value):
		down = min(float(value), down_room)  # down to 0 when possible: "not a small count"
		up = PROTECTION_WIDTH - down  # then up to at least 5 and 5 wide
	else:
		up = min(up_room, 3.0)
		down = PROTECTION_WIDTH - up
		if down > down_room:
			down = down_room
			up = PROTECTION_WIDTH - down
	if up > up_room + _EPS or down > down_room + _EPS:
		return None
	return down, up


def _owed_protection(publication: Publication, key) -> bool:
	"""Every hidden figure that was published, and a sensitive unpublished count from 1 to 4."""
	if key not in publication.unpublished:
		return True
	return key in publication.sensitive and is_small_count(publication.values[key])


def audit(publication: Publication, hidden: set) -> dict:
	"""The attacker's range (low, high) of every hidden published figure (the audit)."""
	ranges = {}
	for keys in _groups(publication):
		group = _Group(keys, publication)
		for key in keys:
			if key in hidden and _owed_protection(publication, key):
				up, _z, _solution = group.reach(key, 1, hidden)
				down, _z, _solution = group.reach(key, -1, hidden)
				ranges[key] = (publication.values[key] - down, publication.values[key] + up)
	return ranges


def protect(publication: Publication) -> Protection:
	"""Choose the figures to hide (primary, then secondary by cost) and prove it by the audit."""
	keys = list(publication.values)
	position = {key: i for i, key in enumerate(keys)}
	low, high, cost = np.zeros(len(keys)), np.ones(len(keys)), np.zeros(len(keys))
	for i, key in enumerate(keys):
		value = publication.values[key]
		# The fewest people hidden, then the fewest figures; unpublished figures cost nothing.
		cost[i] = 0 if key in publication.unpublished else value + 1e-3
		if key in publication.unpublished or key in publication.forced or is_small_count(value):
			low[i] = 1
		if key in publication.known or (value == 0 and key not in publication.forced):
			high[i] = 0  # public already, or zero: the attacker knows it
		if low[i] > high[i]:
			low[i] = high[i] = 0  # a count shown in an earlier release cannot be taken back
	groups = [_Group(group_keys, publication) for group_keys in _groups(publication)]
	cuts, rhs = [], []
	targets: dict = {}
	unprotectable: set = set()

	def choose() -> set | None:
		constraints = [LinearConstraint(np.array(cuts), np.array(rhs), np.inf)] if cuts else []
		result = milp(cost, constraints=constraints, integrality=np.ones(len(keys)), bounds=Bounds(low, high))
		if result.status != 0:
			return None
		return {keys[i] for i in np.flatnonzero(result.x > 0.5)}

	def add_cut(group: _Group, solution, target, needed: float):
		"""If `target` is hidden, the attacker's reach must be `needed`: constant + sum(coefficient *
		y) >= needed * y[target] (always true when the target is shown, the left side being >= 0)."""
		coefficients, constant = group.cut(solution)
		row = np.zeros(len(keys))
		for key, coefficient in zip(group.keys, coefficients, strict=True):
			row[position[key]] = coefficient
		row[position[target]] -= needed
		cuts.append(row)
		rhs.append(-constant - _EPS)

	def add_no_good(group: _Group, hidden: set, target) -> bool:
		"""Hiding more never narrows a range, so with `target` hidden, some figure not hidden yet must
		be: sum(y outside the pattern) >= y[target]."""
		row = np.zeros(len(keys))
		for key in group.keys:
			if key not in hidden and high[position[key]] > 0:
				row[position[key]] = 1
		if row.any():
			row[position[target]] -= 1
			cuts.append(row)
			rhs.append(0)
		return bool(row.any())

	def check(group: _Group, hidden: set, ranges: dict) -> bool:
		"""Audit one group under `hidden`; add cuts for every figure breaking the rule."""
		failed = False
		# Every integral solution is a table the attacker cannot rule out: it shows how far each
		# hidden figure can move at least, which spares most of the linear programs.
		seen_up, seen_down = np.zeros(len(group.keys)), np.zeros(len(group.keys))

		def witness(z):
			if z is not None:
				np.maximum(seen_up, z, out=seen_up)
				np.maximum(seen_down, -z, out=seen_down)

		audited = [k for k in group.keys if k in hidden and _owed_protection(publication, k)]
		audited.sort(key=lambda k: not is_small_count(publication.values[k]))  # small counts first
		for key in audited:
			i, value = group.index[key], publication.values[key]
			if protection_holds(value - seen_down[i], value + seen_up[i]):
				ranges[key] = (value - seen_down[i], value + seen_up[i])
				continue
			up, z, up_lp = group.reach(key, 1, hidden)
			witness(z)
			if protection_holds(value - seen_down[i], value + up):
				ranges[key] = (value - seen_down[i], value + up)
				continue
			down, z, down_lp = group.reach(key, -1, hidden)
			witness(z)
			ranges[key] = (value - down, value + up)
			if key in unprotectable or protection_holds(value - down, value + up):
				continue
			if key not in targets:
				everything = {k for k in group.keys if high[position[k]] > 0}
				most_up, _z, _lp = group.reach(key, 1, everything)
				most_down, _z, _lp = group.reach(key, -1, everything)
				targets[key] = _required_split(value, most_up, most_down)
				if targets[key] is None or not protection_holds(value - most_down, value + most_up):
					unprotectable.add(key)
					continue
			need_down, need_up = targets[key]
			cut_made = False
			if up < need_up - _EPS:
				add_cut(group, up_lp, key, need_up)
				cut_made = True
			if down < need_down - _EPS:
				add_cut(group, down_lp, key, need_down)
				cut_made = True
			if not cut_made:  # the linear program allows it, the integers do not
				cut_made = add_no_good(group, hidden, key)
			failed = failed or cut_made
		return failed

	for _round in range(MAX_ROUNDS):
		hidden = choose()
		if hidden is None:
			break
		ranges: dict = {}
		failing = [group for group in groups if check(group, hidden, ranges)]
		if not failing:
			break
	else:
		hidden = None
	if hidden is None:
		# No pattern found in time: every figure that may be hidden is hidden.
		hidden = {keys[i] for i in range(len(keys)) if high[i] > 0}
		ranges = audit(publication, hidden)
	unprotected = frozenset(key for key, (lo, hi) in ranges.items() if not protection_holds(lo, hi))
	return Protection(frozenset(hidden), ranges, unprotected)


# --- tables ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ProtectedTable:
	"""A count table as it may be shown: None marks a hidden entry (or a margin not published)."""

	cells: tuple[tuple[int | None, ...], ...]
	row_totals: tuple[int | None, ...]
	column_totals: tuple[int | None, ...]
	grand_total: int | None


@dataclass
class TableLayout:
	"""Where the entries of one table sit in a publication: the key of each cell and margin."""

	cells: list
	row_totals: list
	column_totals: list
	grand_total: object

	def shown(self, publication: Publication, hidden: Iterable) -> ProtectedTable:
		hidden = set(hidden)

		def value(key):
			if key is None or key in hidden:
				return None
			return publication.values[key]

		return ProtectedTable(
			cells=tuple(tuple(value(key) for key in row) for row in self.cells),
			row_totals=tuple(value(key) for key in self.row_totals),
			column_totals=tuple(value(key) for key in self.column_totals),
			grand_total=value(self.grand_total),
		)

	def exact(self, publication: Publication) -> ProtectedTable:
		return self.shown(publication, ())


def add_table(
	publication: Publication,
	name: str,
	cells: Sequence[Sequence[int]],
	row_totals: bool | Sequence = True,
	column_totals: bool = True,
	grand_total: bool | object = True,
	row_labels: Sequence | None = None,
	column_labels: Sequence | None = None,
) -> TableLayout:
	"""Add a table and its margins to a publication, with "total = sum of its parts" as facts.

	`row_totals` may name the keys of figures published elsewhere that are these row totals (a
	CPAS's participants are the total of its referrals over the quarters); so may `grand_total`. A
	margin that repeats a single cell (a one-column or one-row table) is that cell's own key. Keys
	name rows and columns by their labels when given (a CPAS, a quarter), so that the same figure
	keeps its key from one release to the next.
	"""
	rows = len(cells)
	columns = len(cells[0]) if rows else 0
	for row in cells:
		if len(row) != columns:
			raise ValueError("every row of a table has the same number of columns")
	row_ids = list(row_labels) if row_labels is not None else list(range(rows))
	column_ids = list(column_labels) if column_labels is not None else list(range(columns))
	keys = [
		[publication.figure((name, "cell", row_ids[i], column_ids[j]), v) for j, v in enumerate(row)]
		for i, row in enumerate(cells)
	]
	row_keys: list = [None] * rows
	if row_totals is not False:
		for i in range(rows):
			if row_totals is True:
				key = keys[i][0] if columns == 1 else (name, "row", row_ids[i])
			else:
				key = row_totals[i]
			publication.figure(key, sum(int(v) for v in cells[i]))
			if key != keys[i][0] or columns != 1:
				publication.total(key, keys[i])
			row_keys[i] = key
	column_keys: list = [None] * columns
	if column_totals:
		for j in range(columns):
			key = keys[0][j] if rows == 1 else (name, "column", column_ids[j])
			publication.figure(key, sum(int(row[j]) for row in cells))
			if rows != 1:
				publication.total(key, [keys[i][j] for i in range(rows)])
			column_keys[j] = key
	grand_key = None
	if grand_total is not False and rows and columns:
		if grand_total is not True:
			grand_key = grand_total
		elif rows == 1 and row_keys[0] is not None:
			grand_key = row_keys[0]
		elif columns == 1 and column_keys[0] is not None:
			grand_key = column_keys[0]
		else:
			grand_key = (name, "grand")
		publication.figure(grand_key, sum(int(v) for row in cells for v in row))
		if row_totals is not False and rows > 1 and grand_key not in row_keys:
			publication.total(grand_key, row_keys)
		if column_totals and columns > 1 and grand_key not in column_keys:
			publication.total(grand_key, column_keys)
		if row_totals is False and not column_totals:
			publication.total(grand_key, [key for row in keys for key in row])
	return TableLayout(keys, row_keys, column_keys, grand_key)


def protect_table(cells: Sequence[Sequence[int]]) -> ProtectedTable:
	"""One table with its margins and nothing else published with it, as shown outside the CPAS."""
	publication = Publication()
	layout = add_table(publication, "table", cells)
	return layout.shown(publication, protect(publication).hidden)


def protect_count(count: int) -> int | None:
	"""A single count shown on its own (a number card): hidden from 1 to 4."""
	if count < 0:
		raise ValueError("a count cannot be negative")
	return None if is_small_count(count) else count


def protected_rate(numerator: int | None, base: int | None, digits: int = 1) -> float | None:
	"""A percentage, hidden when its numerator or its base is hidden (or the base is zero).

	A rate over a shown base gives its numerator away, so both must have passed the audit.
	"""
	if numerator is None or base is None or base == 0:
		return None
	return round(100.0 * numerator / base, digits)


def shown_value(value: int | float | None, hidden_mark: str = HIDDEN_MARK) -> str:
	"""How a protected entry reads in a table or a card."""
	return hidden_mark if value is None else str(value)
