"""XLSForm to and from a survey template, as plain rows: what KoboToolbox and ODK users exchange."""

from amif_network.rules import surveys, xlsform

LANGUAGES = [
	{
		"code": "fr",
		"name": "Français",
		"words": {
			"yes": "Oui",
			"no": "Non",
			"dont_know": "Je ne sais pas",
			"face_very_bad": "Très mal",
			"face_bad": "Mal",
			"face_neutral": "Moyen",
			"face_good": "Bien",
			"face_very_good": "Très bien",
		},
	},
	{
		"code": "ti",
		"name": "ትግርኛ",
		"words": {
			"yes": "እወ",
			"no": "ኣይፋል",
			"dont_know": "ኣይፈልጥን",
			"face_very_bad": "ብጣዕሚ ሕማቕ",
			"face_bad": "ሕማቕ",
			"face_neutral": "ማእከላይ",
			"face_good": "ጽቡቕ",
			"face_very_good": "ብጣዕሚ ጽቡቕ",
		},
	},
]

TEMPLATE = {
	"title": "Sorties",
	"module_kind": "Outing",
	"questions": [
		{"key": "Q1", "domain": "Content", "kind": surveys.FACES_5, "required": True, "options": []},
		{"key": "Q2", "domain": "Group", "kind": surveys.FACES_3, "required": False, "options": []},
		{"key": "Q3", "domain": "Overall", "kind": surveys.YES_NO, "required": False, "options": []},
		{
			"key": "Q4",
			"domain": "Practical organisation",
			"kind": surveys.CHOICE,
			"required": False,
			"options": [("morning", "sunrise"), ("evening", "moon")],
		},
		{"key": "Q5", "domain": "Overall", "kind": surveys.FREE_TEXT, "required": False, "options": []},
		{"key": "Q6", "domain": "Overall", "kind": surveys.FACES_5, "retired": True, "options": []},
	],
	"wordings": [
		{"key": "Q1", "language": "fr", "wording": "Vous avez aimé ?", "plain_wording": "Aimé ?"},
		{"key": "Q1", "language": "ti", "wording": "ኣፍቂርካዮ ዶ?", "plain_wording": "ኣፍቂርካዮ ዶ?"},
		{"key": "Q2", "language": "fr", "wording": "Le groupe ?", "plain_wording": "Le groupe ?"},
		{"key": "Q3", "language": "fr", "wording": "Utile ?", "plain_wording": "Utile ?"},
		{
			"key": "Q4",
			"language": "fr",
			"wording": "Quand ?",
			"plain_wording": "Quand ?",
			"option_wordings": "Le matin\nLe soir",
		},
		{
			"key": "Q4",
			"language": "ti",
			"wording": "መዓስ?",
			"plain_wording": "መዓስ?",
			"option_wordings": "ንግሆ\nምሸት",
		},
		{"key": "Q5", "language": "fr", "wording": "Autre chose ?", "plain_wording": "Autre chose ?"},
	],
}


def test_a_template_becomes_survey_choices_and_settings_sheets_with_a_column_per_language():
	sheets = xlsform.template_to_sheets(TEMPLATE, LANGUAGES)
	header = sheets["survey"][0]
	assert header[:4] == ["type", "name", "label::French (fr)", "label::Tigrinya (ti)"]
	types = {row[1]: row[0] for row in sheets["survey"][1:]}
	assert types == {
		"Q1": "select_one faces5",
		"Q2": "select_one faces3",
		"Q3": "select_one yes_no_dk",
		"Q4": "select_one q4_choices",
		"Q5": "text",
	}, "a retired question is not exported"
	faces = [row for row in sheets["choices"] if row[0] == "faces3"]
	assert [row[1] for row in faces] == ["1", "3", "5"] and faces[0][3] == "ብጣዕሚ ሕማቕ"
	assert ["q4_choices", "evening", "Le soir", "ምሸት", "moon"] in sheets["choices"]
	assert sheets["settings"][1][:3] == ["Sorties", "sorties", "French (fr)"]


def test_the_sheets_give_back_the_same_template():
	sheets = xlsform.template_to_sheets(TEMPLATE, LANGUAGES)
	template, problems = xlsform.sheets_to_template(sheets, ["fr", "ti"])
	assert problems == []
	again = xlsform.template_to_sheets(dict(template, retired=None), LANGUAGES)
	assert again == sheets
	q4 = next(q for q in template["questions"] if q["key"] == "Q4")
	assert q4["kind"] == surveys.CHOICE and q4["options"] == [("morning", "sunrise"), ("evening", "moon")]


def _kobo():
	"""What KoboToolbox exports: metadata rows, English names of languages, TRUE() as required."""
	return {
		"survey": [
			["type", "name", "label::English (en)", "label::French (fr)", "required", "hint::English (en)"],
			["start", "start", "", "", "", ""],
			["end", "end", "", "", "", ""],
			["select_one yn", "liked", "Did you like it?", "Vous avez aimé ?", "TRUE()", "Tap one"],
			["text", "comment", "Anything else?", "Autre chose ?", "false", ""],
			[None, None, None, None, None, None],
		],
		"choices": [
			["list_name", "name", "label::English (en)", "label::French (fr)"],
			["yn", "yes", "Yes", "Oui"],
			["yn", "no", "No", "Non"],
		],
		"settings": [["form_title", "form_id", "version"], ["Kobo form", "kobo_form", "1"]],
	}


def test_a_kobo_form_of_select_one_text_required_and_translations_becomes_a_template():
	template, problems = xlsform.sheets_to_template(_kobo(), ["fr", "en", "nl"])
	assert problems == []
	assert template["title"] == "Kobo form"
	assert [(q["key"], q["kind"], q["required"]) for q in template["questions"]] == [
		("liked", surveys.CHOICE, True),
		("comment", surveys.FREE_TEXT, False),
	]
	liked_fr = next(w for w in template["wordings"] if w["key"] == "liked" and w["language"] == "fr")
	assert liked_fr["option_wordings"] == "Oui\nNon" and liked_fr["plain_wording"] == "Vous avez aimé ?"


def test_unsupported_types_are_refused_naming_their_rows():
	sheets = _kobo()
	sheets["survey"].insert(3, ["integer", "age", "Age?", "Âge ?", "", ""])
	sheets["survey"].append(["select_multiple yn", "many", "Many?", "Plusieurs ?", "", ""])
	_template, problems = xlsform.sheets_to_template(sheets, ["fr", "en"])
	assert [p.render() for p in problems] == [
		"Row 4: the type integer is not supported (select_one and text only).",
		"Row 8: the type select_multiple yn is not supported (select_one and text only).",
	]


def test_a_language_the_site_does_not_have_or_a_label_without_a_language_is_refused():
	_template, problems = xlsform.sheets_to_template(_kobo(), ["fr"])
	assert [p.args for p in problems] == [("en",)]
	sheets = _kobo()
	sheets["survey"][0][2] = "label"
	_template, problems = xlsform.sheets_to_template(sheets, ["fr", "en"])
	assert problems and problems[0].args == ("label",)
	assert (
		xlsform.sheets_to_template({"choices": []}, ["fr"])[1][0]
		.render()
		.startswith("The workbook has no survey sheet")
	)
