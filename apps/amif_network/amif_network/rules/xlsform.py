"""XLSForm, the workbook KoboToolbox and ODK users exchange, to and from a survey template.

A workbook is three sheets of rows (a header row, then values): `survey` (one question a row:
`type`, `name`, `label::Language (code)` per survey language, `required`), `choices` (the
answers of each `select_one` list) and `settings` (`form_title`, `form_id`, `default_language`).
The template's own facts travel in `amif_` columns that other tools ignore: the plain wording per
language, the question's domain, a choice's pictogram, the template's module kind.

Faces and yes / no / don't know are `select_one` lists of fixed names (`faces5`, `faces3`,
`yes_no_dk`); any other list is a choice question; `text` is free text. Kobo's metadata rows
(start, end, today, device id...) carry no question and are left out; any other type is refused,
naming its row.
"""

import re

from amif_network.rules.messages import Problem, _
from amif_network.rules.surveys import (
	CHOICE,
	DOMAINS,
	FACES_3,
	FACES_5,
	FREE_TEXT,
	SCALE_ANSWERS,
	YES_NO,
	YES_NO_ANSWERS,
)

# How XLSForm names the languages this network uses ("label::French (fr)").
LANGUAGE_NAMES = {
	"fr": "French",
	"nl": "Dutch",
	"en": "English",
	"ar": "Arabic",
	"ti": "Tigrinya",
	"prs": "Dari",
	"ps": "Pashto",
	"so": "Somali",
	"uk": "Ukrainian",
	"tr": "Turkish",
}
FIXED_LISTS = {"faces5": FACES_5, "faces3": FACES_3, "yes_no_dk": YES_NO}
LIST_OF_KIND = {kind: name for name, kind in FIXED_LISTS.items()}
FACE_WORDS = {
	"1": "face_very_bad",
	"2": "face_bad",
	"3": "face_neutral",
	"4": "face_good",
	"5": "face_very_good",
}
YES_NO_WORDS = {"yes": "yes", "no": "no", "dont_know": "dont_know"}
METADATA_TYPES = {
	"start",
	"end",
	"today",
	"deviceid",
	"username",
	"simserial",
	"subscriberid",
	"phonenumber",
	"audit",
	"start-geopoint",
}
TRUE_VALUES = {"yes", "true", "true()", "1"}
_LANGUAGE_COLUMN = re.compile(r"^(label|amif_plain)::(.*?)\s*\(([A-Za-z]{2,3}(?:-[A-Za-z0-9]+)?)\)\s*$")
_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_.-]{0,63}$")


def language_label(code: str, own_name: str | None = None) -> str:
	"""`French (fr)`: the language's English name where known, else its own name."""
	return f"{LANGUAGE_NAMES.get(code) or own_name or code} ({code})"


def form_id(title: str) -> str:
	slug = re.sub(r"[^a-z0-9]+", "_", (title or "").lower()).strip("_")
	return slug or "survey"


def _choice_list(question: dict) -> str:
	return LIST_OF_KIND.get(question["kind"]) or f"{question['key'].lower()}_choices"


def template_to_sheets(template: dict, languages: list[dict]) -> dict[str, list[list]]:
	"""The workbook of a template: `template` has title, module_kind, questions and wordings (as in
	rules.surveys); `languages` are {code, name, words} of the survey languages, in order."""
	codes = [lang["code"] for lang in languages]
	labels = [language_label(lang["code"], lang.get("name")) for lang in languages]
	wordings = {(w["key"], w["language"]): w for w in template["wordings"]}
	active = [q for q in template["questions"] if not q.get("retired")]
	survey = [
		[
			"type",
			"name",
			*(f"label::{label}" for label in labels),
			*(f"amif_plain::{label}" for label in labels),
			"required",
			"amif_domain",
		]
	]
	for q in active:
		kind = q["kind"]
		row_type = "text" if kind == FREE_TEXT else f"select_one {_choice_list(q)}"
		texts = [wordings.get((q["key"], code), {}) for code in codes]
		survey.append(
			[
				row_type,
				q["key"],
				*((w.get("wording") or "") for w in texts),
				*((w.get("plain_wording") or w.get("wording") or "") for w in texts),
				"yes" if q.get("required") else "",
				q.get("domain") or "",
			]
		)
	choices = [["list_name", "name", *(f"label::{label}" for label in labels), "amif_pictogram"]]
	written = set()
	for q in active:
		kind = q["kind"]
		if kind == FREE_TEXT:
			continue
		list_name = _choice_list(q)
		if list_name in written:
			continue
		written.add(list_name)
		if kind in SCALE_ANSWERS:
			for value in SCALE_ANSWERS[kind]:
				choices.append(
					[
						list_name,
						value,
						*(lang["words"].get(FACE_WORDS[value]) or "" for lang in languages),
						"",
					]
				)
		elif kind == YES_NO:
			for value in YES_NO_ANSWERS:
				choices.append(
					[
						list_name,
						value,
						*(lang["words"].get(YES_NO_WORDS[value]) or "" for lang in languages),
						"",
					]
				)
		else:
			lines = {
				code: [
					line.strip()
					for line in (wordings.get((q["key"], code), {}).get("option_wordings") or "").splitlines()
					if line.strip()
				]
				for code in codes
			}
			for i, (key, pictogram) in enumerate(q.get("options") or ()):
				choices.append(
					[
						list_name,
						key,
						*((lines[code][i] if i < len(lines[code]) else "") for code in codes),
						pictogram or "",
					]
				)
	settings = [
		["form_title", "form_id", "default_language", "amif_module_kind"],
		[
			template.get("title") or "",
			form_id(template.get("title")),
			labels[0] if labels else "",
			template.get("module_kind") or "",
		],
	]
	return {"survey": survey, "choices": choices, "settings": settings}


def _cell(value) -> str:
	return "" if value is None else str(value).strip()


def _records(rows: list[list]) -> tuple[list[str], list[tuple[int, dict]]]:
	"""Header and (spreadsheet row number, {column: value}) of the non-empty rows of a sheet."""
	if not rows:
		return [], []
	header = [_cell(h) for h in rows[0]]
	records = []
	for number, row in enumerate(rows[1:], start=2):
		values = {header[i]: _cell(v) for i, v in enumerate(row) if i < len(header) and header[i]}
		if any(values.values()):
			records.append((number, values))
	return header, records


def language_columns(header: list[str], default_code: str | None) -> tuple[dict, list[Problem]]:
	"""{(prefix, code): column} for the label and plain-wording columns of a sheet."""
	columns, problems = {}, []
	for column in header:
		match = _LANGUAGE_COLUMN.match(column)
		if match:
			columns[(match.group(1), match.group(3).lower())] = column
		elif column in ("label", "amif_plain"):
			if default_code:
				columns[(column, default_code)] = column
			else:
				problems.append(
					Problem(
						_(
							"Column {0} names no language: write label::Language (code), e.g. label::French (fr)."
						),
						(column,),
					)
				)
		elif column.startswith("label::"):
			problems.append(
				Problem(
					_(
						"Column {0} has no language code: write label::Language (code), e.g. label::French (fr)."
					),
					(column,),
				)
			)
	return columns, problems


def sheets_to_template(sheets: dict[str, list[list]], known_languages) -> tuple[dict, list[Problem]]:
	"""A template from a workbook's sheets, and what in it cannot become a template.

	`known_languages` are the codes of the site's survey languages.
	"""
	problems: list[Problem] = []
	if "survey" not in sheets:
		return {}, [Problem(_("The workbook has no survey sheet: it is not an XLSForm."))]
	_settings_header, settings_rows = _records(sheets.get("settings") or [])
	settings = settings_rows[0][1] if settings_rows else {}
	default = _LANGUAGE_COLUMN.match("label::" + settings.get("default_language", ""))
	default_code = default.group(3).lower() if default else None
	header, rows = _records(sheets["survey"])
	if "type" not in header or "name" not in header:
		return {}, [Problem(_("The survey sheet needs a type and a name column."))]
	columns, column_problems = language_columns(header, default_code)
	problems += column_problems
	codes = sorted({code for _prefix, code in columns})
	for code in codes:
		if code not in known_languages:
			problems.append(
				Problem(
					_("Language {0} is not a survey language of this site: add it first, then import."),
					(code,),
				)
			)
	choice_header, choice_rows = _records(sheets.get("choices") or [])
	choice_columns, choice_problems = language_columns(choice_header, default_code)
	problems += [p for p in choice_problems if p not in problems]
	lists: dict[str, list[dict]] = {}
	for _number, values in choice_rows:
		lists.setdefault(values.get("list_name", ""), []).append(values)
	questions, wordings, keys = [], [], set()
	for number, values in rows:
		row_type = values.get("type", "")
		parts = row_type.split()
		if not parts or parts[0] in METADATA_TYPES:
			continue
		name = values.get("name", "")
		if not _NAME.match(name):
			problems.append(Problem(_("Row {0}: the name {1} is not a valid question name."), (number, name)))
			continue
		if name in keys:
			problems.append(Problem(_("Row {0}: the name {1} is used twice."), (number, name)))
			continue
		keys.add(name)
		options = []
		option_lines: dict[str, list[str]] = {}
		if parts == ["text"]:
			kind = FREE_TEXT
		elif parts[0] == "select_one" and len(parts) == 2:
			list_rows = lists.get(parts[1], [])
			if parts[1] in FIXED_LISTS:
				kind = FIXED_LISTS[parts[1]]
			else:
				kind = CHOICE
				if len(list_rows) < 2:
					problems.append(
						Problem(_("Row {0}: the list {1} needs at least two choices."), (number, parts[1]))
					)
				for choice in list_rows:
					options.append((choice.get("name", ""), choice.get("amif_pictogram", "")))
					for (prefix, code), column in choice_columns.items():
						if prefix == "label":
							option_lines.setdefault(code, []).append(choice.get(column, ""))
		else:
			problems.append(
				Problem(
					_("Row {0}: the type {1} is not supported (select_one and text only)."),
					(number, row_type),
				)
			)
			continue
		domain = values.get("amif_domain") or "Overall"
		questions.append(
			{
				"key": name,
				"domain": domain if domain in DOMAINS else "Overall",
				"kind": kind,
				"required": values.get("required", "").lower() in TRUE_VALUES,
				"retired": False,
				"options": options,
			}
		)
		for code in codes:
			wording = values.get(columns.get(("label", code), ""), "")
			if not wording:
				continue
			plain = values.get(columns.get(("amif_plain", code), ""), "") or wording
			row = {"key": name, "language": code, "wording": wording, "plain_wording": plain}
			if kind == CHOICE:
				row["option_wordings"] = "\n".join(option_lines.get(code, []))
			wordings.append(row)
	if not questions and not problems:
		problems.append(Problem(_("The survey sheet holds no question (select_one or text).")))
	template = {
		"title": settings.get("form_title") or "XLSForm",
		"module_kind": settings.get("amif_module_kind", ""),
		"questions": questions,
		"wordings": wordings,
	}
	return template, problems
