"""An attacker of the network figures, written apart from rules.disclosure and sharing none of its code.

It reads only what is shown (the protected tables, None for a hidden entry) and the public structure
of what it reads (totals, "a CPAS's participants are the sum of its referrals", nested funnel stages,
survey answers per response, the earlier release), writes it all down as linear constraints over
non-negative integers, and asks an integer program (scipy's milp) for the smallest and largest value
of every hidden entry. No a-priori upper bound beyond a very large one.
"""

import numpy as np
from scipy.optimize import Bounds, LinearConstraint, milp

LARGE = 100_000


def protected_enough(low: int, high: int) -> bool:
	"""The rule as the issue states it: at least 5 wide, and a value outside 1..4 in the range."""
	return high - low >= 5 and (low == 0 or high >= 5)


class Attacker:
	def __init__(self):
		self.names: dict[str, int] = {}
		self.shown: dict[str, int] = {}
		self.equalities: list[dict[str, int]] = []
		self.inequalities: list[dict[str, int]] = []  # sum <= 0
		self.targets: set[str] = set()  # hidden entries it tries to work out

	def unknown(self, name: str) -> str:
		self.names.setdefault(name, len(self.names))
		return name

	def read(self, name: str, value, target: bool = True) -> str:
		"""An entry as published: a number is known, None is an unknown to work out."""
		self.unknown(name)
		if value is None:
			if target:
				self.targets.add(name)
		else:
			self.shown[name] = int(value)
		return name

	def sums_to(self, total: str, parts):
		terms = {total: 1}
		for part in parts:
			terms[part] = terms.get(part, 0) - 1
		self.equalities.append(terms)

	def same(self, a: str, b: str):
		self.equalities.append({a: 1, b: -1})

	def at_most(self, small: str, large: str, factor: int = 1):
		self.inequalities.append({small: 1, large: -factor} if small != large else {small: 1 - factor})

	def read_table(self, prefix: str, table, row_totals=True, column_totals=True, grand=True):
		"""A protected table and its published margins; returns the names of its cells."""
		rows, columns = len(table.cells), len(table.cells[0]) if table.cells else 0
		cells = [
			[self.read(f"{prefix}[{i},{j}]", table.cells[i][j]) for j in range(columns)] for i in range(rows)
		]
		row_names = []
		if row_totals:
			for i in range(rows):
				row_names.append(self.read(f"{prefix}[{i},+]", table.row_totals[i]))
				self.sums_to(row_names[-1], cells[i])
		column_names = []
		if column_totals:
			for j in range(columns):
				column_names.append(self.read(f"{prefix}[+,{j}]", table.column_totals[j]))
				self.sums_to(column_names[-1], [cells[i][j] for i in range(rows)])
		if grand:
			name = self.read(f"{prefix}[+,+]", table.grand_total)
			self.sums_to(name, [c for line in cells for c in line])
		return cells, row_names, column_names

	def _matrices(self):
		n = len(self.names)
		constraints = []
		for rows, low in ((self.equalities, 0), (self.inequalities, -np.inf)):
			if rows:
				matrix = np.zeros((len(rows), n))
				for r, terms in enumerate(rows):
					for name, coefficient in terms.items():
						matrix[r, self.names[name]] += coefficient
				constraints.append(LinearConstraint(matrix, low, 0))
		lower, upper = np.zeros(n), np.full(n, LARGE)
		for name, value in self.shown.items():
			lower[self.names[name]] = upper[self.names[name]] = value
		return constraints, Bounds(lower, upper)

	def ranges(self) -> dict[str, tuple[int, int]]:
		constraints, bounds = self._matrices()
		n = len(self.names)
		found = {}
		for name in sorted(self.targets):
			ends = []
			for sign in (1, -1):
				c = np.zeros(n)
				c[self.names[name]] = sign
				result = milp(c, constraints=constraints, integrality=np.ones(n), bounds=bounds)
				assert result.status == 0, (name, result.message)
				ends.append(round(sign * result.fun))
			found[name] = (ends[0], ends[1])
		return found

	def broken(self) -> dict[str, tuple[int, int]]:
		"""Hidden entries whose range breaks the rule (empty when the figures hold)."""
		return {name: r for name, r in self.ranges().items() if not protected_enough(*r)}
