"""What the network is shown, as publications for disclosure control (rules.disclosure).

Two publications hold every network figure:
- **people**: participants per CPAS and status (a snapshot) with its totals, and new referrals per
  CPAS for every quarter (any quarter can be asked for). A CPAS's participants are the sum of its
  referrals over the quarters (plus those without a referral date, never shown): in a CPAS's launch
  quarter the two are equal. The same protected figures serve every quarter's dashboard and the
  Participants per CPAS report.
- **period** (one per quarter): attendance (attended and absent register lines per CPAS, behind the
  attendance rates), the recruitment funnel (stages nested: each a subset of the one before), and the
  satisfaction survey (responses per CPAS; positive and negative face answers per CPAS behind the
  shares; each response holds between the fewest and the most face answers seen in that CPAS).

Each publication is audited with the release shown before it (`with_earlier_release`): a figure
hidden then and unchanged since stays hidden, and what was shown then is known.
"""

from collections.abc import Sequence
from dataclasses import dataclass

from amif_network.rules import disclosure
from amif_network.rules.disclosure import Publication, TableLayout, add_table

EARLIER = "earlier"
ATTENDANCE_COLUMNS = ("attended", "absent")
ANSWER_COLUMNS = ("positive", "negative")


@dataclass
class PeopleCounts:
	"""status[c][s]: participants of CPAS c with status s; referrals[c][q]: referred in quarter q
	(quarters in order, the current one included); undated[c]: participants without a referral date
	(negative: participants with a referral date but not in the status table).
	`cpas` labels the rows (figures keep their keys from one release to the next)."""

	status: Sequence[Sequence[int]]
	quarters: Sequence[str]
	referrals: Sequence[Sequence[int]]
	undated: Sequence[int] | None = None
	cpas: Sequence[str] | None = None


@dataclass
class PeriodCounts:
	"""One quarter: attendance[c] = (attended, absent) lines; funnel[c] = stage counts; responses[c];
	answers[c] = (positive, negative) face answers; answers_per_response[c] = (fewest, most).
	`cpas` labels the rows."""

	attendance: Sequence[Sequence[int]] | None = None
	funnel: Sequence[Sequence[int]] | None = None
	responses: Sequence[int] | None = None
	answers: Sequence[Sequence[int]] | None = None
	answers_per_response: Sequence[tuple[int, int]] | None = None
	cpas: Sequence[str] | None = None


def people_publication(counts: PeopleCounts) -> tuple[Publication, dict[str, TableLayout]]:
	publication = Publication()
	rows = list(counts.cpas) if counts.cpas is not None else None
	status = add_table(publication, "status", counts.status, row_labels=rows)
	referrals = add_table(
		publication,
		"referrals",
		counts.referrals,
		row_totals=False,
		grand_total=False,
		row_labels=rows,
		column_labels=list(counts.quarters),
	)
	for c, row_key in enumerate(status.row_totals):
		parts = list(referrals.cells[c]) if counts.referrals and counts.referrals[0] else []
		# Participants counted on one side only (no referral date; a status outside the table's):
		# never shown, they still belong to the fact.
		undated = int(counts.undated[c]) if counts.undated else 0
		total = row_key
		if undated:
			key = ("undated" if undated > 0 else "unlisted", rows[c] if rows else c)
			publication.figure(key, abs(undated))
			publication.unpublished.add(key)
			if undated > 0:
				parts.append(key)
			else:
				total = publication.figure(("listed", key[1]), publication.values[row_key] - undated)
				publication.unpublished.add(total)
				publication.total(total, [row_key, key])
		publication.total(total, parts)
	return publication, {"status": status, "referrals": referrals}


def nesting_facts(publication: Publication, layout: TableLayout, rows: Sequence[Sequence[int]]):
	"""Each funnel stage is a subset of every stage before it, where the counts say so (a stage
	typed 0 means "not counted" and nests nothing)."""
	for i, row in enumerate(rows):
		for j in range(len(row)):
			for later in range(j + 1, len(row)):
				if row[later] <= row[j] and row[j]:
					publication.at_most(layout.cells[i][later], layout.cells[i][j])
	if rows:
		for j in range(len(rows[0])):
			for later in range(j + 1, len(rows[0])):
				if all(row[later] <= row[j] for row in rows):
					publication.at_most(layout.column_totals[later], layout.column_totals[j])


def period_publication(counts: PeriodCounts) -> tuple[Publication, dict[str, TableLayout]]:
	publication = Publication()
	layouts = {}
	rows = list(counts.cpas) if counts.cpas is not None else None
	if counts.attendance is not None:
		layouts["attendance"] = add_table(
			publication, "attendance", counts.attendance, row_labels=rows, column_labels=ATTENDANCE_COLUMNS
		)
	if counts.funnel is not None:
		layouts["funnel"] = add_table(
			publication, "funnel", counts.funnel, row_totals=False, grand_total=False, row_labels=rows
		)
		nesting_facts(publication, layouts["funnel"], counts.funnel)
	if counts.responses is not None:
		layouts["surveys"] = add_table(
			publication, "surveys", [[r] for r in counts.responses], row_labels=rows
		)
		answers = counts.answers or [(0, 0)] * len(counts.responses)
		layouts["answers"] = add_table(
			publication, "answers", answers, row_labels=rows, column_labels=ANSWER_COLUMNS
		)
		per_response = counts.answers_per_response or [(0, 0)] * len(counts.responses)
		for c, (fewest, most) in enumerate(per_response):
			answered, responses = layouts["answers"].row_totals[c], layouts["surveys"].cells[c][0]
			# fewest * responses <= answers <= most * responses: the templates' structure is public.
			publication.at_most(answered, responses, factor=most)
			if fewest:
				publication.fact([(responses, fewest), (answered, -1)], "<=")
	return publication, layouts


@dataclass
class Campaign:
	"""A recruitment campaign as the funnel counts it: its CPAS (a row), the quarters it runs in and
	its stage counts. Never shown on its own, it counts in every quarter it runs in."""

	name: str
	cpas: int
	quarters: Sequence[str]
	stages: Sequence[int]


def funnel_publication(
	cpas: Sequence[str], quarters: Sequence[str], campaigns: Sequence[Campaign]
) -> tuple[Publication, dict[str, TableLayout]]:
	"""The funnel of every quarter (any can be asked for), per CPAS and stage, with the network's
	stages: each quarter's figure is the sum of the campaigns running in it, so two quarters'
	figures may give away one campaign's. A campaign's stage counts are never shown, yet one from 1
	to 4 must not be worked out either (sensitive); stages nest within a campaign and a quarter."""
	publication = Publication()
	stage_keys = {}
	for campaign in campaigns:
		keys = [publication.figure(("campaign", campaign.name, s), v) for s, v in enumerate(campaign.stages)]
		publication.unpublished.update(keys)
		publication.sensitive.update(keys)
		for j, value in enumerate(campaign.stages):
			for later in range(j + 1, len(campaign.stages)):
				if value and campaign.stages[later] <= value:
					publication.at_most(keys[later], keys[j])
		stage_keys[campaign.name] = keys
	layouts = {}
	width = len(campaigns[0].stages) if campaigns else 0
	for quarter in quarters:
		running = [c for c in campaigns if quarter in c.quarters]
		cells = [
			[sum(c.stages[s] for c in running if c.cpas == row) for s in range(width)]
			for row in range(len(cpas))
		]
		layout = add_table(
			publication,
			f"funnel:{quarter}",
			cells,
			row_totals=False,
			grand_total=False,
			row_labels=list(cpas),
		)
		nesting_facts(publication, layout, cells)
		for row in range(len(cpas)):
			for s in range(width):
				publication.total(
					layout.cells[row][s], [stage_keys[c.name][s] for c in running if c.cpas == row]
				)
		layouts[quarter] = layout
	return publication, layouts


# --- releases ------------------------------------------------------------------------------------


def release_of(publication: Publication, hidden) -> dict:
	"""What a release showed, to be stored: every figure's value, what was hidden, the facts."""
	return {
		"values": [[list(key), value] for key, value in publication.values.items()],
		"hidden": [list(key) for key in hidden],
		"unpublished": [list(key) for key in publication.unpublished],
		"sensitive": [list(key) for key in publication.sensitive],
		"relations": [[[list(key), c] for key, c in r.terms] + [r.sense] for r in publication.relations],
	}


def _key(value) -> tuple:
	return tuple(_key(v) if isinstance(v, list) else v for v in value)


def with_earlier_release(publication: Publication, earlier: dict | None) -> Publication:
	"""The publication audited together with the release shown before it.

	The earlier release's figures join under ("earlier", ...) keys: those it showed are known, those
	it hid stay hidden and must keep their protection. A figure whose value has not changed is
	linked to its earlier self (the attacker may know it did not change) and gets the same decision:
	hidden now if hidden then, shown if shown then.
	"""
	if not earlier:
		return publication
	joint = Publication(
		values=dict(publication.values),
		relations=list(publication.relations),
		unpublished=set(publication.unpublished),
		sensitive=set(publication.sensitive),
		forced=set(publication.forced),
		known=set(publication.known),
		room=dict(publication.room),
	)
	hidden_before = {_key(k) for k in earlier.get("hidden", ())}
	unpublished_before = {_key(k) for k in earlier.get("unpublished", ())}
	sensitive_before = {_key(k) for k in earlier.get("sensitive", ())}
	for raw_key, value in earlier.get("values", ()):
		key = _key(raw_key)
		old = (EARLIER, *key)
		joint.figure(old, value)
		if key in unpublished_before:
			joint.unpublished.add(old)
			if key in sensitive_before:
				joint.sensitive.add(old)
		elif key in hidden_before:
			joint.forced.add(old)
		else:
			joint.known.add(old)
		if publication.values.get(key) == value:
			joint.fact([(old, 1), (key, -1)])
			if key in unpublished_before:
				continue
			# The same decision for the same figure: hidden again, or (shown then) public already.
			(joint.forced if key in hidden_before else joint.known).add(key)
	for *terms, sense in earlier.get("relations", ()):
		joint.fact([((EARLIER, *_key(k)), c) for k, c in terms], sense)
	return joint


def protect_release(
	publication: Publication, earlier: dict | None = None
) -> tuple[disclosure.Protection, dict]:
	"""Protect a publication with its earlier release; the protection and the release to store.

	Counts that have not changed since the earlier release get its very decision, without solving
	again (the dashboards ask for the same figures many times between two changes of the data)."""
	if earlier and {_key(k): v for k, v in earlier.get("values", ())} == publication.values:
		hidden = frozenset(_key(k) for k in earlier.get("hidden", ()))
		return disclosure.Protection(hidden, {}, frozenset()), earlier
	protection = disclosure.protect(with_earlier_release(publication, earlier))
	hidden = {key for key in protection.hidden if key in publication.values}
	return protection, release_of(publication, hidden)


def share(answers: disclosure.ProtectedTable, responses: disclosure.ProtectedTable, row: int | None):
	"""A satisfaction share (positive answers over face answers), shown only when its positive
	answers, its face answers and its responses all passed the audit; `row` None for the network."""
	if row is None:
		if responses.grand_total is None:
			return None
		return disclosure.protected_rate(answers.column_totals[0], answers.grand_total)
	if responses.cells[row][0] is None:
		return None
	return disclosure.protected_rate(answers.cells[row][0], answers.row_totals[row])


# --- the survey results the SPP reads (per module kind and CPAS, per question) -------------------

SCALE_FACES = ("1", "2", "3", "4", "5")


def survey_results_publication(lines: Sequence[dict], enrolments: dict) -> tuple[Publication, list[dict]]:
	"""Survey Results as a publication: per group (module kind, CPAS) its responses and the
	enrolments its response rate rests on; per question the answers, the count of each answer
	(adding up to the answers, never more than the responses) and, behind the average face, the sum
	of the faces given."""
	publication = Publication()
	where = []
	for line in lines:
		group, question = tuple(line["group"]), line["question"]
		keys = {
			"responses": publication.figure(("results", *group, "responses"), line["responses"]),
			"enrolments": publication.figure(("results", *group, "enrolments"), enrolments.get(group, 0)),
			"answered": publication.figure(("results", *group, question, "answered"), line["answered"]),
			"counts": {
				answer: publication.figure(("results", *group, question, "count", answer), count)
				for answer, count in line["counts"].items()
			},
			"faces": None,
		}
		if keys["counts"]:
			publication.total(keys["answered"], keys["counts"].values())
		publication.at_most(keys["answered"], keys["responses"])
		if line.get("average") is not None and all(answer in SCALE_FACES for answer in line["counts"]):
			faces = sum(int(answer) * count for answer, count in line["counts"].items())
			keys["faces"] = publication.figure(("results", *group, question, "faces"), faces)
			publication.room[keys["faces"]] = max(faces, 5 * disclosure.A_PRIORI_ROOM)
			publication.fact([(keys["faces"], 1), *((key, -int(a)) for a, key in keys["counts"].items())])
		where.append(keys)
	return publication, where


def protected_survey_results(lines: Sequence[dict], enrolments: dict) -> list[dict]:
	"""The result lines as the SPP sees them: every figure through disclosure control, hidden ones
	as the one hidden mark; an average only over a shown sum of faces and shown answers, a response
	rate only over shown responses and enrolments."""
	publication, where = survey_results_publication(lines, enrolments)
	hidden = disclosure.protect(publication).hidden
	mark = disclosure.HIDDEN_MARK

	def shown(key):
		return mark if key in hidden else publication.values[key]

	protected = []
	for line, keys in zip(lines, where, strict=True):
		average_shown = keys["faces"] is not None and not {keys["faces"], keys["answered"]} & hidden
		rate_shown = not {keys["responses"], keys["enrolments"]} & hidden
		protected.append(
			{
				**line,
				"responses": shown(keys["responses"]),
				"answered": shown(keys["answered"]),
				"counts": {answer: shown(key) for answer, key in keys["counts"].items()},
				"average": line["average"] if average_shown or line["average"] is None else mark,
				"response_rate": line["response_rate"]
				if rate_shown or line["response_rate"] is None
				else mark,
			}
		)
	return protected
