"""Network meeting reports: what a draft must hold, when it may be published, who reads it.

The SPP writes a report of each network meeting; members read it in French or in Dutch. A
draft is read by its authors and the SPP only; a published report by the whole network. It is
published only when every section, heading and agenda title exists in both languages.
Open action points are carried over from one report to the next until they are done.
"""

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from amif_network.rules.messages import Problem, _

DRAFT = "Draft"
IN_REVIEW = "In review"
APPROVED = "Approved"
PUBLISHED = "Published"
CANCELLED = "Cancelled"

OPEN = "Open"
DONE = "Done"

NETWORK_MANAGER = "AMIF Network Manager"
# Roles that read every published report of the network.
NETWORK_READERS = ("AMIF Network Member", "CPAS Staff", "CPAS Manager", NETWORK_MANAGER)
UNRESTRICTED_ROLES = ("System Manager", "Administrator")
READ_PTYPES = frozenset({"read", "select", "print", "email", "report", "export", "share"})

MONTHS_FR = (
	"janvier", "février", "mars", "avril", "mai", "juin",
	"juillet", "août", "septembre", "octobre", "novembre", "décembre",
)  # fmt: skip
MONTHS_NL = (
	"januari", "februari", "maart", "april", "mei", "juni",
	"juli", "augustus", "september", "oktober", "november", "december",
)  # fmt: skip

EDITING_PUBLISHED = Problem(
	_("A published meeting report cannot be edited: cancel it and amend it to publish a corrected version.")
)


def _value(row, key):
	"""Rows are dicts in tests and Frappe documents in the controller: both answer `get`."""
	return row.get(key) if hasattr(row, "get") else getattr(row, key, None)


def as_date(value) -> date:
	if isinstance(value, datetime):
		return value.date()
	if isinstance(value, date):
		return value
	return date.fromisoformat(str(value)[:10])


def date_fr(day) -> str:
	"""`3 avril 2023`; the first of a month is `1er` in French."""
	day = as_date(day)
	number = "1er" if day.day == 1 else str(day.day)
	return f"{number} {MONTHS_FR[day.month - 1]} {day.year}"


def date_nl(day) -> str:
	day = as_date(day)
	return f"{day.day} {MONTHS_NL[day.month - 1]} {day.year}"


def date_line(day) -> str:
	"""The bilingual date of the title block: Dutch first, as in the network's reports."""
	return f"{date_nl(day)} – {date_fr(day)}"


_TAG = re.compile(r"<[^>]*>")
_ENTITY_SPACE = re.compile(r"&nbsp;|&#160;", re.IGNORECASE)


def has_text(value) -> bool:
	"""A rich-text body counts only if something readable is left once the markup is removed."""
	if not value:
		return False
	return bool(_ENTITY_SPACE.sub(" ", _TAG.sub(" ", str(value))).strip())


def seconds_of(value) -> int | None:
	"""A Time field arrives as `HH:MM[:SS]` text, `time` or `timedelta` (from the database)."""
	if value in (None, ""):
		return None
	if isinstance(value, timedelta):
		return int(value.total_seconds())
	if isinstance(value, time):
		return value.hour * 3600 + value.minute * 60 + value.second
	parts = [float(p) for p in str(value).split(":")]
	parts += [0.0] * (3 - len(parts))
	return int(parts[0] * 3600 + parts[1] * 60 + parts[2])


def clock(seconds: int) -> str:
	return f"{seconds // 3600:02d}:{seconds % 3600 // 60:02d}"


def section_number(section, position: int):
	return _value(section, "number") or position


_NUMBER_EDGES = re.compile(r"^[\s(]+|[\s.)]+$")


def clean_section_number(value) -> str:
	"""`4.1.`, `(2)` or ` I ` as the authors typed them become `4.1`, `2`, `I`."""
	return _NUMBER_EDGES.sub("", str(value if value is not None else ""))


def section_level(number) -> int:
	"""Depth of a section number as the authors write it: `4` and `IV` are 1, `4.1` is 2, `4.1.2` 3."""
	cleaned = clean_section_number(number)
	if not cleaned:
		return 1
	return cleaned.count(".") + 1


def introduces_sub_sections(sections: list, position: int) -> bool:
	"""A heading with no text of its own is fine when the next section sits below it (4 before 4.1)."""
	if position + 1 >= len(sections):
		return False
	here = _value(sections[position], "level") or section_level(_value(sections[position], "number"))
	below = _value(sections[position + 1], "level") or section_level(_value(sections[position + 1], "number"))
	return int(below) > int(here)


# --- rules for every save --------------------------------------------------------------


def section_problems(sections: Iterable) -> list[Problem]:
	"""A section with a heading (in either language) needs a text in at least one language,
	unless it only introduces the sub-sections that follow it."""
	problems = []
	sections = list(sections)
	for position, section in enumerate(sections, start=1):
		heading = (_value(section, "heading_fr") or "").strip() or (
			_value(section, "heading_nl") or ""
		).strip()
		if introduces_sub_sections(sections, position - 1):
			continue
		if heading and not (has_text(_value(section, "body_fr")) or has_text(_value(section, "body_nl"))):
			problems.append(
				Problem(
					_("Section {0} ({1}) has a heading but no text: write its text or remove the section."),
					(section_number(section, position), heading),
				)
			)
	return problems


_CLOCK = re.compile(r"^\s*(\d{1,2})\s*(?:[:hHuU.]\s*(\d{2})?)?(?::\d{2}(?:\.\d+)?)?\s*$")


def clock_text(value) -> str | None:
	"""An agenda time as `HH:MM` from `10:00`, `10:00:00`, `10h00`, `10h`, `10u30` or `10.30`;
	`""` when there is none (a slot without times stays without), None when it is no time."""
	if value in (None, ""):
		return ""
	if isinstance(value, time | timedelta):
		return clock(seconds_of(value))
	found = _CLOCK.match(str(value))
	if not found:
		return None
	hours, minutes = int(found.group(1)), int(found.group(2) or 0)
	if hours > 23 or minutes > 59:
		return None
	return f"{hours:02d}:{minutes:02d}"


def agenda_problems(agenda: Iterable) -> list[Problem]:
	problems = []
	for position, slot in enumerate(agenda, start=1):
		for fieldname in ("from_time", "to_time"):
			if clock_text(_value(slot, fieldname)) is None:
				problems.append(
					Problem(
						_("Agenda slot {0}: {1} is not a time; write it as HH:MM or leave it empty."),
						(position, _value(slot, fieldname)),
					)
				)
		if problems:
			continue
		start = seconds_of(clock_text(_value(slot, "from_time")))
		end = seconds_of(clock_text(_value(slot, "to_time")))
		if start is not None and end is not None and end < start:
			problems.append(
				Problem(
					_("Agenda slot {0} ends at {1}, before it starts at {2}."),
					(position, clock(end), clock(start)),
				)
			)
	return problems


OWNER_CONTACT = "Network Contact"
OWNER_CONTACTS = "Several Network Contacts"
OWNER_CPAS = "CPAS"
OWNER_SPP = "SPP"
OWNER_TO_BE_ASSIGNED = "To Be Assigned"
OWNER_TYPES = (OWNER_CONTACT, OWNER_CONTACTS, OWNER_CPAS, OWNER_SPP, OWNER_TO_BE_ASSIGNED)


def owner_type_of(point) -> str:
	return _value(point, "owner_type") or OWNER_CONTACT


def owner_contacts(point) -> list[str]:
	"""The contacts who carry a point, first owner first, each once."""
	contacts = []
	for fieldname in ("action_owner", "second_owner", "third_owner"):
		contact = _value(point, fieldname)
		if contact and contact not in contacts:
			contacts.append(contact)
	return contacts


def action_point_problems(action_points: Iterable) -> list[Problem]:
	"""A point is carried by a contact, several contacts, a CPAS, the SPP, or is still to be assigned."""
	problems = []
	for position, point in enumerate(action_points, start=1):
		owner_type = owner_type_of(point)
		if owner_type in (OWNER_CONTACT, OWNER_CONTACTS) and not _value(point, "action_owner"):
			problems.append(
				Problem(
					_("Action point {0} has no owner: name the network contact who will carry it out."),
					(position,),
				)
			)
		elif owner_type == OWNER_CONTACTS and len(owner_contacts(point)) < 2:
			problems.append(
				Problem(_("Action point {0} is carried by several contacts: name at least two."), (position,))
			)
		elif owner_type == OWNER_CPAS and not _value(point, "owner_cpas"):
			problems.append(Problem(_("Action point {0} is carried by a CPAS: name the CPAS."), (position,)))
	return problems


def owner_label(point, contact_names: dict, cpas_names: dict | None = None) -> str:
	"""The owner as stored for lists and prints: names joined, the CPAS, the SPP, or nothing yet.

	`cpas_names` maps a CPAS to its "fr / nl" names; the print shows organisations in its language.
	"""
	owner_type = owner_type_of(point)
	if owner_type in (OWNER_CONTACT, OWNER_CONTACTS):
		contacts = owner_contacts(point) if owner_type == OWNER_CONTACTS else owner_contacts(point)[:1]
		return ", ".join(contact_names.get(contact) or contact for contact in contacts)
	if owner_type == OWNER_CPAS:
		cpas = _value(point, "owner_cpas")
		return (cpas_names or {}).get(cpas) or cpas or ""
	if owner_type == OWNER_SPP:
		return " / ".join(SPP_NAMES)
	return ""


def draft_problems(report) -> list[Problem]:
	return (
		section_problems(_value(report, "sections") or [])
		+ agenda_problems(_value(report, "agenda") or [])
		+ action_point_problems(_value(report, "action_points") or [])
	)


# --- publication --------------------------------------------------------------------------


@dataclass(frozen=True)
class GateProblem(Problem):
	"""A refusal that lists its reasons, each translated on its own."""

	items: tuple = field(default_factory=tuple)

	def render(self, translate=None) -> str:
		template = translate(self.message) if translate else self.message
		return template.format("; ".join(item.render(translate) for item in self.items))


BILINGUAL = "French and Dutch"
FRENCH_ONLY = "French only"
DUTCH_ONLY = "Dutch only"
REPORT_LANGUAGES = {BILINGUAL: ("fr", "nl"), FRENCH_ONLY: ("fr",), DUTCH_ONLY: ("nl",)}


def report_languages(report) -> tuple[str, ...]:
	"""The languages a report is published in: both, unless it exists in one only (old reports)."""
	return REPORT_LANGUAGES.get(_value(report, "report_languages") or BILINGUAL, ("fr", "nl"))


def print_languages(report, wanted: Iterable[str]) -> list[str]:
	"""The languages a print format shows: those asked that the report has, else the one it has."""
	available = report_languages(report)
	shown = [lang for lang in wanted if lang in available]
	return shown or list(available)


def languages_problem(roles, before: str | None, after: str | None) -> Problem | None:
	"""A report is written in both languages unless the SPP decides otherwise for that report."""
	if (after or BILINGUAL) == (before or BILINGUAL) or (after or BILINGUAL) == BILINGUAL:
		return None
	if is_unrestricted(roles) or NETWORK_MANAGER in roles:
		return None
	return Problem(_("Only an AMIF Network Manager can decide that a report is published in one language."))


def missing_translations(report) -> list[Problem]:
	"""Every heading, section text and agenda title that lacks one of the report's languages."""
	languages = report_languages(report)
	missing = []
	sections = list(_value(report, "sections") or [])
	for position, section in enumerate(sections, start=1):
		number = section_number(section, position)
		checks = (
			("heading_fr", _("Section {0}: heading in French")),
			("heading_nl", _("Section {0}: heading in Dutch")),
			("body_fr", _("Section {0}: text in French")),
			("body_nl", _("Section {0}: text in Dutch")),
		)
		introduction = introduces_sub_sections(sections, position - 1)
		for fieldname, message in checks:
			if fieldname[-2:] not in languages or (introduction and fieldname.startswith("body")):
				continue
			if not has_text(_value(section, fieldname)):
				missing.append(Problem(message, (number,)))
	for position, slot in enumerate(_value(report, "agenda") or [], start=1):
		if "fr" in languages and not (_value(slot, "title_fr") or "").strip():
			missing.append(Problem(_("Agenda slot {0}: title in French"), (position,)))
		if "nl" in languages and not (_value(slot, "title_nl") or "").strip():
			missing.append(Problem(_("Agenda slot {0}: title in Dutch"), (position,)))
	for fieldname, message in (
		("title_fr", _("Report title in French")),
		("title_nl", _("Report title in Dutch")),
	):
		if fieldname[-2:] in languages and not (_value(report, fieldname) or "").strip():
			missing.append(Problem(message))
	return missing


def publication_gate(report) -> GateProblem | None:
	"""Publication is refused while any text lacks its French or Dutch version; the refusal lists them."""
	missing = missing_translations(report)
	if not missing:
		return None
	return GateProblem(
		_("The report cannot be published while texts are missing in French or in Dutch: {0}."),
		items=tuple(missing),
	)


def is_unrestricted(roles) -> bool:
	return any(role in UNRESTRICTED_ROLES for role in roles)


def publisher_problem(roles, state_before: str | None) -> Problem | None:
	"""Only an AMIF Network Manager publishes, and only a report that was approved."""
	if is_unrestricted(roles):
		return None
	if NETWORK_MANAGER not in roles:
		return Problem(_("Only an AMIF Network Manager can publish a meeting report."))
	if state_before != APPROVED:
		return Problem(
			_("A meeting report is published once it is approved; this one is {0}."), (state_before or DRAFT,)
		)
	return None


def approved_edit_problem(roles, state_before: str | None, state_after: str | None) -> Problem | None:
	"""Once approved, the text is frozen for co-authors: only the SPP changes it or sends it back."""
	if state_before != APPROVED or state_after != APPROVED:
		return None
	if is_unrestricted(roles) or NETWORK_MANAGER in roles:
		return None
	return Problem(
		_("This report is approved: only an AMIF Network Manager can change it or send it back to draft.")
	)


# --- who reads and who writes ------------------------------------------------------------


@dataclass(frozen=True)
class ReportAccess:
	"""What one user may see of meeting reports: one condition for lists and for single records."""

	user: str
	sees_drafts: bool  # the SPP (AMIF Network Managers) and administrators read every draft
	sees_published: bool  # every network role reads published reports

	def is_author(self, owner: str | None, co_authors: Iterable[str]) -> bool:
		return self.user == owner or self.user in set(co_authors)

	def may_read(self, docstatus: int, owner: str | None, co_authors: Iterable[str]) -> bool:
		if self.sees_drafts:
			return True
		if int(docstatus or 0) != 0:
			return self.sees_published
		return self.is_author(owner, co_authors)

	def may_edit(self, docstatus: int, owner: str | None, co_authors: Iterable[str]) -> bool:
		"""Drafts are written by the SPP and by their named authors."""
		if self.sees_drafts:
			return True
		return int(docstatus or 0) == 0 and self.is_author(owner, co_authors)

	def may(self, ptype: str, docstatus: int, owner: str | None, co_authors: Iterable[str]) -> bool:
		if ptype == "create":
			return True
		if ptype in READ_PTYPES:
			return self.may_read(docstatus, owner, co_authors)
		return self.may_edit(docstatus, owner, co_authors)

	def sql(self, table: str, co_author_table: str, quote) -> str:
		"""The same read condition as `may_read`, for list queries ("" means no restriction)."""
		if self.sees_drafts:
			return ""
		user = quote(self.user)
		authored = (
			f"`tab{table}`.`owner` = {user} or exists (select 1 from `tab{co_author_table}` co "
			f"where co.`parent` = `tab{table}`.`name` and co.`parenttype` = {quote(table)} and co.`user` = {user})"
		)
		if self.sees_published:
			return f"(`tab{table}`.`docstatus` != 0 or {authored})"
		return f"({authored})"


def report_access(user: str, roles) -> ReportAccess:
	roles = set(roles)
	sees_drafts = user == "Administrator" or is_unrestricted(roles) or NETWORK_MANAGER in roles
	return ReportAccess(user=user, sees_drafts=sees_drafts, sees_published=bool(roles & set(NETWORK_READERS)))


# --- action points --------------------------------------------------------------------


def _point_key(point) -> tuple:
	owner = _value(point, "action_owner") or _value(point, "owner_cpas") or owner_type_of(point)
	return (owner, " ".join(str(_value(point, "action") or "").split()).lower())


CARRIED_FIELDS = ("owner_type", "action_owner", "second_owner", "third_owner", "owner_cpas", "owner_name")


def carried_over_points(
	previous_report: str, previous_points: Iterable, current_points: Iterable
) -> list[dict]:
	"""The open action points of the previous report that the next report does not hold yet.

	A point keeps travelling from report to report while it is open; marking it Done on the
	latest report stops it.
	"""
	present = {_point_key(point) for point in current_points}
	carried = []
	for point in previous_points:
		if (_value(point, "status") or OPEN) != OPEN or _point_key(point) in present:
			continue
		present.add(_point_key(point))
		carried.append(
			{
				**{fieldname: _value(point, fieldname) for fieldname in CARRIED_FIELDS},
				"owner_type": owner_type_of(point),
				"action": _value(point, "action"),
				"due_date": _value(point, "due_date"),
				"status": OPEN,
				"carried_from": previous_report,
			}
		)
	return carried


def open_action_points(points: Iterable) -> list:
	"""Open points of the network, each once: a point carried to a later report is shown there.

	Each point needs `parent` (its report), `action_owner`, `action`, `status`, `carried_from`.
	"""
	points = list(points)
	superseded = {(_value(p, "carried_from"), *_point_key(p)) for p in points if _value(p, "carried_from")}
	return [
		p
		for p in points
		if (_value(p, "status") or OPEN) == OPEN and (_value(p, "parent"), *_point_key(p)) not in superseded
	]


# --- network contacts --------------------------------------------------------------------

SPP_NAMES = ("SPP IS", "POD MI")


def organisation_names(organisation_type: str | None, cpas_names: tuple | None) -> tuple[str, str]:
	"""How the present list names a contact's organisation in French and in Dutch."""
	if organisation_type == "SPP":
		return SPP_NAMES
	if cpas_names:
		return tuple(cpas_names)
	return ("CPAS", "OCMW")


# --- section texts ------------------------------------------------------------------------

_BULLET = re.compile(r"^\s*[-–•*·▪o]\s+(.*)$")
_NUMBERED = re.compile(r"^\s*(?:\d{1,2}|[a-z])[.)]\s+(.*)$")


def _escape(text: str) -> str:
	return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def looks_like_html(value: str) -> bool:
	return bool(re.search(r"<(p|div|br|ul|ol|li|strong|em|b|i|u|h\d|span|table|a)\b[^>]*>", value, re.I))


def text_as_html(value) -> str:
	"""Plain text (sent over the API or pasted) as the paragraphs and lists its lines show.

	Blank lines separate paragraphs; lines starting with `-`, `•` or `*` form a bullet list,
	lines starting with `1)`, `2.` or `a)` a numbered one. HTML is kept as it is.
	"""
	if not value or looks_like_html(str(value)):
		return value
	blocks, paragraph, items, kind = [], [], [], None

	def close_paragraph():
		if paragraph:
			blocks.append("<p>" + "<br>".join(_escape(line) for line in paragraph) + "</p>")
			paragraph.clear()

	def close_list():
		nonlocal kind
		if items:
			blocks.append(f"<{kind}>" + "".join(f"<li>{_escape(item)}</li>" for item in items) + f"</{kind}>")
			items.clear()
		kind = None

	for raw in str(value).replace("\r\n", "\n").replace("\r", "\n").split("\n"):
		line = raw.strip()
		bullet, numbered = _BULLET.match(line), _NUMBERED.match(line)
		if not line:
			close_paragraph()
			close_list()
		elif bullet or numbered:
			close_paragraph()
			wanted = "ul" if bullet else "ol"
			if kind and kind != wanted:
				close_list()
			kind = wanted
			items.append((bullet or numbered).group(1))
		else:
			close_list()
			paragraph.append(line)
	close_paragraph()
	close_list()
	return "".join(blocks)
