"""A participant's week, reached by the signed link of their notices: no login, no data without it."""

import frappe

from amif_network.amif_activities import notice_words, week

no_cache = 1


def get_context(context):
	context.no_cache = 1
	token = frappe.form_dict.get("t")
	participant = week.participant_of(token)
	if not participant:
		# The same neutral page for an expired, tampered or unknown link: nothing tells them apart.
		context.neutral = [notice_words.WORDS[code]["expired"] for code in ("fr", "nl", "en")]
		context.language = {"code": "fr", "rtl": False, "voice": "", "words": notice_words.WORDS["fr"]}
		context.lines = []
		context.title = " / ".join(notice_words.WORDS[code]["your_week"] for code in ("fr", "nl", "en"))
		return context
	context.neutral = None
	context.language, context.lines = week.week_lines(participant)
	context.title = context.language["words"]["your_week"]
	context.token = token
	context.days = []
	for index, line in enumerate(context.lines):
		line["index"] = index
		if not context.days or context.days[-1]["day"] != line["day"]:
			context.days.append(
				{"day": line["day"], "weekday": line["weekday"], "date": line["date"], "lines": []}
			)
		context.days[-1]["lines"].append(line)
	return context
