"""The former disclosure control, table by table: kept only to measure what it lost beside today's.

Until the network figures were audited together (rules/disclosure.py), each table was protected
alone: counts from 1 to 4 hidden, then one more entry at a time in a fixed local order (an inner
cell before a total, a small count before a large one, zeros last) until no hidden entry followed
exactly from its own table's totals; when nothing around an exposed entry was left, the whole table
was hidden. The benchmarks run it beside today's method to print the information each one loses.
Not used by the app.
"""

from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass

# Counts from 1 to SMALL_COUNT_LIMIT could point at a person in a small CPAS.
SMALL_COUNT_LIMIT = 4

# Keys of the entries of a table: ("cell", row, column), ("row", row), ("column", column), ("grand",).
GRAND = ("grand",)


@dataclass(frozen=True)
class ProtectedTable:
	"""A count table as it may be shown: None marks a hidden entry."""

	cells: tuple[tuple[int | None, ...], ...]
	row_totals: tuple[int | None, ...]
	column_totals: tuple[int | None, ...]
	grand_total: int | None

	def entry(self, key):
		kind = key[0]
		if kind == "cell":
			return self.cells[key[1]][key[2]]
		if kind == "row":
			return self.row_totals[key[1]]
		if kind == "column":
			return self.column_totals[key[1]]
		return self.grand_total


def is_small_count(count: int) -> bool:
	return 1 <= count <= SMALL_COUNT_LIMIT


def table_entries(cells: Sequence[Sequence[int]]) -> dict[tuple, int]:
	"""Every entry of the table with its margins, by key."""
	entries: dict[tuple, int] = {}
	column_count = len(cells[0]) if cells else 0
	for i, row in enumerate(cells):
		if len(row) != column_count:
			raise ValueError("every row of a table has the same number of columns")
		for j, value in enumerate(row):
			if value < 0:
				raise ValueError("a count cannot be negative")
			entries[("cell", i, j)] = int(value)
		entries[("row", i)] = sum(int(v) for v in row)
	for j in range(column_count):
		entries[("column", j)] = sum(int(row[j]) for row in cells)
	entries[GRAND] = sum(entries[("row", i)] for i in range(len(cells)))
	return entries


def _arc(key) -> tuple:
	"""The arc (tail, head) of an entry in the circulation grand -> rows -> cells -> columns -> grand."""
	kind = key[0]
	if kind == "cell":
		return ("r", key[1]), ("c", key[2])
	if kind == "row":
		return "S", ("r", key[1])
	if kind == "column":
		return ("c", key[1]), "T"
	return "T", "S"


def _reachable(start, goal, residual: dict, excluded_key) -> bool:
	seen = {start}
	queue = deque([start])
	while queue:
		node = queue.popleft()
		if node == goal:
			return True
		for nxt, key in residual.get(node, ()):
			if key != excluded_key and nxt not in seen:
				seen.add(nxt)
				queue.append(nxt)
	return False


def disclosed_entries(entries: dict[tuple, int], hidden: set) -> set:
	"""The hidden entries whose value follows exactly from the entries shown (the exact audit).

	An entry could be larger if flow can return from its head to its tail through hidden entries
	(forward always, backward where the value is at least 1), and smaller, when positive, if flow
	can go from its tail to its head the same way.
	"""
	residual: dict = {}
	for key in hidden:
		tail, head = _arc(key)
		residual.setdefault(tail, []).append((head, key))
		if entries[key] >= 1:
			residual.setdefault(head, []).append((tail, key))
	disclosed = set()
	for key in hidden:
		tail, head = _arc(key)
		can_grow = _reachable(head, tail, residual, key)
		can_shrink = entries[key] >= 1 and _reachable(tail, head, residual, key)
		if not (can_grow or can_shrink):
			disclosed.add(key)
	return disclosed


def _neighbours(key, entries: dict[tuple, int]) -> list[tuple]:
	"""Entries sharing a total with `key`: hiding one of them may protect it."""
	nodes = set(_arc(key))
	return [other for other in entries if other != key and nodes & set(_arc(other))]


def _secondary_choice(candidates: list[tuple], entries: dict[tuple, int]) -> tuple:
	"""Hide an inner cell before a total, a small positive count before a large one, zeros last."""
	return min(candidates, key=lambda k: (k[0] != "cell", entries[k] == 0, entries[k], k))


def _twins(key, rows: int, columns: int) -> list[tuple]:
	"""Entries that always equal `key`: in a one-column table a row's total is its cell, in a
	one-row table a column's total is its cell and the grand total the row's."""
	twins = []
	if columns == 1:
		if key[0] == "cell":
			twins.append(("row", key[1]))
		elif key[0] == "row":
			twins.append(("cell", key[1], 0))
		elif key[0] == "column":
			twins.append(GRAND)
		else:
			twins.append(("column", 0))
	if rows == 1:
		if key[0] == "cell":
			twins.append(("column", key[2]))
		elif key[0] == "column":
			twins.append(("cell", 0, key[1]))
		elif key[0] == "row":
			twins.append(GRAND)
		else:
			twins.append(("row", 0))
	return twins


def suppression(cells: Sequence[Sequence[int]]) -> tuple[dict[tuple, int], set]:
	"""The entries of the table and the set of those to hide (primary, then secondary)."""
	entries = table_entries(cells)
	rows, columns = len(cells), len(cells[0]) if cells else 0

	def hide(key):
		# An entry hidden while its twin shows would be no secret: both go together.
		hidden.add(key)
		hidden.update(_twins(key, rows, columns))

	hidden: set = set()
	for key, value in entries.items():
		if is_small_count(value):
			hide(key)
	while True:
		disclosed = disclosed_entries(entries, hidden)
		if not disclosed:
			return entries, hidden
		exposed = min(disclosed)
		candidates = [k for k in _neighbours(exposed, entries) if k not in hidden]
		if candidates:
			hide(_secondary_choice(candidates, entries))
		else:
			# Nothing around it left to hide: hiding the whole table always protects it.
			hidden = set(entries)


def protect_table(cells: Sequence[Sequence[int]]) -> ProtectedTable:
	"""The table with its margins, as shown outside the owning CPAS."""
	entries, hidden = suppression(cells)
	if disclosed_entries(entries, hidden):  # the audit, before anything is shown
		hidden = set(entries)

	def shown(key):
		return None if key in hidden else entries[key]

	rows = len(cells)
	columns = len(cells[0]) if cells else 0
	return ProtectedTable(
		cells=tuple(tuple(shown(("cell", i, j)) for j in range(columns)) for i in range(rows)),
		row_totals=tuple(shown(("row", i)) for i in range(rows)),
		column_totals=tuple(shown(("column", j)) for j in range(columns)),
		grand_total=shown(GRAND),
	)
