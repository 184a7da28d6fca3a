#!/usr/bin/env python3
"""What disclosure control costs in information: a benchmark to run by hand, not a test (no site).

On tables drawn with a fixed seed, it prints for the former table-by-table method
(scripts/former_disclosure.py) and for today's (rules/disclosure.py): the figures and inner cells
hidden, the people in the hidden cells, the tables hidden whole, and the time taken; then, on a
sample, what an independent attacker (tests/unit/disclosure_attacker.py, an integer program over
every published figure) works out of the hidden cells:
1. status tables alone (5 CPAS x 5 statuses with their totals), most counts 5 or more;
2. status tables published with the new referrals of each quarter (the CPAS's total is the sum of
   its quarters; some CPAS launch in the last quarter); the former method protected the status
   table and each quarter's column alone.

Run it with any Python that has the app's dependencies, from the repository root:
	python scripts/benchmark_disclosure.py [--tables 3000] [--attacked 150]
"""

import argparse
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "apps" / "amif_network"), str(ROOT), str(ROOT / "scripts")]

import former_disclosure as former

from amif_network.rules import disclosure
from amif_network.rules.network_publication import (
	PeopleCounts,
	people_publication,
	protect_release,
)
from tests.unit.disclosure_attacker import Attacker

STATUSES = 5
CPAS = 5


def count(rng: random.Random, small_share: float) -> int:
	roll = rng.random()
	if roll < small_share:
		return rng.randint(1, 4)
	if roll < small_share + 0.05:
		return 0
	return rng.randint(5, 40)


def status_table(rng: random.Random) -> list[list[int]]:
	small_share = rng.choice((0.0, 0.02, 0.05, 0.1))
	return [[count(rng, small_share) for _s in range(STATUSES)] for _c in range(CPAS)]


def people(rng: random.Random, quarters: int = 4) -> PeopleCounts:
	"""Participants per CPAS, quarter and status; one or two CPAS launch in the last quarter."""
	launching = set(rng.sample(range(CPAS), rng.randint(1, 2)))
	cube = []
	for c in range(CPAS):
		cube.append(
			[
				[0] * STATUSES
				if c in launching and q < quarters - 1
				else [
					count(rng, 0.3 if c in launching else 0.05) // (2 if q else 1) for _s in range(STATUSES)
				]
				for q in range(quarters)
			]
		)
	return PeopleCounts(
		status=[[sum(cube[c][q][s] for q in range(quarters)) for s in range(STATUSES)] for c in range(CPAS)],
		quarters=[f"Q{q + 1}" for q in range(quarters)],
		referrals=[[sum(cube[c][q]) for q in range(quarters)] for c in range(CPAS)],
	)


def loss(tables, margins: bool = True) -> dict:
	"""Information lost over protected tables (None marks a hidden entry) against the true cells;
	without `margins`, only the cells and the column totals are published (referrals per quarter)."""
	figures = cells = persons = whole = 0
	for truth, shown in tables:
		entries = [v for line in shown.cells for v in line] + list(shown.column_totals)
		if margins:
			entries += [*shown.row_totals, shown.grand_total]
		figures += sum(v is None for v in entries)
		hidden = [(i, j) for i, line in enumerate(shown.cells) for j, v in enumerate(line) if v is None]
		cells += len(hidden)
		persons += sum(truth[i][j] for i, j in hidden)
		nonzero = [(i, j) for i, line in enumerate(truth) for j, v in enumerate(line) if v]
		whole += bool(nonzero) and all(shown.cells[i][j] is None for i, j in nonzero)
	return {"figures": figures, "cells": cells, "people": persons, "whole": whole}


def print_loss(label: str, result: dict, seconds: float, count_of_tables: int):
	print(
		f"  {label:<34} figures hidden {result['figures']:6,}   cells {result['cells']:6,}   "
		f"people {result['people']:8,}   tables hidden whole {result['whole']:4,}   "
		f"{1000 * seconds / max(count_of_tables, 1):6.1f} ms a table"
	)


def attack(read) -> tuple[int, int, int]:
	"""(hidden entries, worked out exactly, ranges breaking the protection rule)."""
	attacker = Attacker()
	read(attacker)
	ranges = attacker.ranges()
	exact = sum(low == high for low, high in ranges.values())
	broken = sum(not (high - low >= 5 and (low == 0 or high >= 5)) for low, high in ranges.values())
	return len(ranges), exact, broken


def read_people(status, referrals):
	def read(attacker: Attacker):
		_cells, totals, _columns = attacker.read_table("status", status)
		quarters, _rows, _columns = attacker.read_table("referrals", referrals, row_totals=False, grand=False)
		for total, line in zip(totals, quarters, strict=True):
			attacker.sums_to(total, line)

	return read


def former_referrals(referrals) -> disclosure.ProtectedTable:
	"""As the dashboard showed them before: each quarter's column protected alone (CPAS x 1)."""
	columns = [former.protect_table([[line[q]] for line in referrals]) for q in range(len(referrals[0]))]
	return disclosure.ProtectedTable(
		cells=tuple(tuple(column.cells[i][0] for column in columns) for i in range(len(referrals))),
		row_totals=(None,) * len(referrals),
		column_totals=tuple(column.grand_total for column in columns),
		grand_total=None,
	)


def main():
	parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
	parser.add_argument("--tables", type=int, default=3000, help="status tables drawn")
	parser.add_argument("--scenarios", type=int, default=150, help="status + referrals publications drawn")
	parser.add_argument("--attacked", type=int, default=150, help="of each, how many the attacker tries")
	args = parser.parse_args()
	rng = random.Random(19)

	print(f"1. {args.tables:,} status tables alone ({CPAS} CPAS x {STATUSES} statuses, with their totals)")
	drawn = [status_table(rng) for _t in range(args.tables)]
	started = time.perf_counter()
	before = [former.protect_table(cells) for cells in drawn]
	print_loss(
		"former, fixed local order",
		loss(zip(drawn, before, strict=True)),
		time.perf_counter() - started,
		len(drawn),
	)
	started = time.perf_counter()
	after = [disclosure.protect_table(cells) for cells in drawn]
	print_loss(
		"today, MILP by cost", loss(zip(drawn, after, strict=True)), time.perf_counter() - started, len(drawn)
	)
	for label, shown in (("former", before), ("today", after)):
		found = [0, 0, 0]
		for table in shown[: args.attacked]:
			for k, v in enumerate(attack(lambda a, t=table: a.read_table("status", t))):
				found[k] += v
		print(
			f"  attacker on {min(args.attacked, len(shown))} of them ({label}): {found[0]:,} hidden, "
			f"{found[1]:,} worked out exactly, {found[2]:,} with a range breaking the rule"
		)

	print(
		f"\n2. {args.scenarios:,} status tables published with the new referrals of 4 quarters (launch quarters)"
	)
	scenarios = [people(rng) for _s in range(args.scenarios)]
	started = time.perf_counter()
	before = [(former.protect_table(c.status), former_referrals(c.referrals)) for c in scenarios]
	seconds_before = time.perf_counter() - started
	started = time.perf_counter()
	after = []
	for counts in scenarios:
		publication, layouts = people_publication(counts)
		protection, _release = protect_release(publication)
		after.append(
			tuple(layouts[name].shown(publication, protection.hidden) for name in ("status", "referrals"))
		)
	seconds_after = time.perf_counter() - started
	for label, shown, seconds in (
		("former, table by table", before, seconds_before),
		("today, together", after, seconds_after),
	):
		result = loss([(c.status, s) for c, (s, _r) in zip(scenarios, shown, strict=True)])
		referrals = loss(
			[(c.referrals, r) for c, (_s, r) in zip(scenarios, shown, strict=True)], margins=False
		)
		print_loss(label, {k: result[k] + referrals[k] for k in result}, seconds, len(scenarios))
		found = [0, 0, 0]
		for status, referrals in shown[: args.attacked]:
			for k, v in enumerate(attack(read_people(status, referrals))):
				found[k] += v
		print(
			f"  attacker on {min(args.attacked, len(shown))} of them ({label.split(',')[0]}): {found[0]:,} hidden, "
			f"{found[1]:,} worked out exactly, {found[2]:,} with a range breaking the rule"
		)


if __name__ == "__main__":
	main()
