"""How much of each old meeting report "Import from text" recognises, against hand-made lists.

For every report of a folder (by default the repository's `fixtures/report_texts/`) that its
`expected.json` describes, prints per kind (people, agenda items, headings, action points) how
many of the expected ones the import found, as the import's dialog would show them, and how many
it found that the list does not hold. The network's contacts come from
`fixtures/39_network_contacts.json`, as on a site with the demo data.

	python scripts/measure_report_import.py [folder]

`expected.json` maps a file name (.txt, .docx or .pdf) to its lists:
	people:   [full name, "Present" | "Excused", CPAS code or "SPP"]
	agenda:   [from "HH:MM" or "", to "HH:MM" or "", title]
	headings: [number as written, heading]
	actions:  [owner type, [owner names], owner CPAS or null, how the action's sentence starts]
A .docx or .pdf is read as the import reads an upload (needs python-docx and pdfminer.six).
"""

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "apps" / "amif_network"))

from amif_network.rules import report_import as ri

KINDS = ("people", "agenda", "headings", "actions")
GOAL = 0.95


def contacts() -> list:
	records = json.loads((ROOT / "fixtures" / "39_network_contacts.json").read_text(encoding="utf-8"))
	return [ri.Contact(r["name"], r["full_name"], r.get("cpas"), r.get("organisation_type")) for r in records]


def text_of(path: Path) -> str:
	if path.suffix.lower() == ".txt":
		return ri.text_of_bytes(path.read_bytes()) or ""
	from amif_network.amif_network import report_import as upload  # python-docx, pdfminer.six

	if path.suffix.lower() == ".docx":
		return upload.text_of_docx(path.read_bytes())
	return upload.text_of_pdf(path.read_bytes())


def found_items(report) -> dict:
	"""What the import found, in the shape of the expected lists, compared without accents or case."""
	return {
		"people": [
			(ri.fold(p.full_name), p.attendance, p.cpas or ("SPP" if p.organisation_type == "SPP" else None))
			for p in report.attendees
			if p.full_name
		],
		"agenda": [(a.from_time, a.to_time, ri.fold(a.title)) for a in report.agenda],
		"headings": [(s.number, ri.fold(s.heading)) for s in report.sections],
		"actions": [
			(
				a.owner_type,
				[ri.fold(o) for o in (a.owners if a.owner_type.startswith(("Network", "Several")) else [])],
				a.owner_cpas,
				ri.fold(a.action),
			)
			for a in report.action_points
		],
	}


def expected_items(expected: dict) -> dict:
	return {
		"people": [(ri.fold(n), attendance, org) for n, attendance, org in expected.get("people", [])],
		"agenda": [(f, t, ri.fold(title)) for f, t, title in expected.get("agenda", [])],
		"headings": [(number, ri.fold(title)) for number, title in expected.get("headings", [])],
		"actions": [
			(kind, [ri.fold(o) for o in owners], cpas, ri.fold(start))
			for kind, owners, cpas, start in expected.get("actions", [])
		],
	}


def same(kind: str, wanted, found) -> bool:
	if kind == "actions":
		return wanted[:3] == found[:3] and found[3].startswith(wanted[3])
	return wanted == found


def recognised(kind: str, wanted: list, found: list) -> tuple[int, int]:
	"""(expected items found, found items that were not expected); each found item counts once."""
	left = list(found)
	hits = 0
	for item in wanted:
		match = next((f for f in left if same(kind, item, f)), None)
		if match is not None:
			left.remove(match)
			hits += 1
	return hits, len(left)


def main(folder: Path) -> int:
	expected_lists = json.loads((folder / "expected.json").read_text(encoding="utf-8"))
	known = contacts()
	totals = {kind: [0, 0, 0] for kind in KINDS}
	print(
		f"Import from text, measured on {len(expected_lists)} reports of {folder.name}/ (goal: {GOAL:.0%} per kind)"
	)
	print(f"{'report':34} " + " ".join(f"{kind:>16}" for kind in KINDS))
	for filename, expected in sorted(expected_lists.items()):
		report = ri.recognise_report(text_of(folder / filename), known)
		if report.problems:
			print(f"{filename:34} refused: " + "; ".join(p.render() for p in report.problems))
		found, wanted = found_items(report), expected_items(expected)
		cells = []
		for kind in KINDS:
			hits, extra = recognised(kind, wanted[kind], found[kind])
			totals[kind][0] += hits
			totals[kind][1] += len(wanted[kind])
			totals[kind][2] += extra
			cell = f"{hits}/{len(wanted[kind])}" + (f" +{extra}" if extra else "")
			cells.append(f"{cell:>16}")
		print(f"{filename:34} " + " ".join(cells))
	cells = []
	for kind in KINDS:
		hits, total, extra = totals[kind]
		share = hits / total if total else 1.0
		cells.append(f"{f'{hits}/{total} {share:.0%}':>16}")
	print(f"{'all reports':34} " + " ".join(cells))
	extras = ", ".join(f"{kind} {totals[kind][2]}" for kind in KINDS)
	print(f"found but not in the lists (+): {extras}")
	below = [kind for kind in KINDS if totals[kind][1] and totals[kind][0] / totals[kind][1] < GOAL]
	print("every kind reaches the goal" if not below else "below the goal: " + ", ".join(below))
	return 0


if __name__ == "__main__":
	sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "fixtures" / "report_texts"))
