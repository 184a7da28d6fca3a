"""The words participants read: the week page's labels and the standard notice templates.

The notice texts are Session Notice Template records: the standard ones below are added for each
survey language that has none yet (after install, after migrate, with the demo), then they are
the SPP's to reword or translate into further languages. The week page's few labels follow the
participant's language, in English for a language not listed here.
"""

import frappe

WORDS = {
	"fr": {
		"your_week": "Votre semaine",
		"moved": "Déplacé",
		"cancelled": "Annulé",
		"place_changed": "Nouveau lieu",
		"trainer_changed": "Autre animateur",
		"optional": "Facultatif",
		"optional_note": "(séance facultative)",
		"listen": "Écouter",
		"no_session": "Pas de séance cette semaine.",
		"expired": "Ce lien n'est plus valable. Demandez un nouveau lien à l'équipe de votre CPAS.",
		"was": "avant",
	},
	"nl": {
		"your_week": "Jouw week",
		"moved": "Verplaatst",
		"cancelled": "Geannuleerd",
		"place_changed": "Nieuwe plaats",
		"trainer_changed": "Andere begeleider",
		"optional": "Vrijblijvend",
		"optional_note": "(vrijblijvende sessie)",
		"listen": "Luisteren",
		"no_session": "Geen sessie deze week.",
		"expired": "Deze link is niet meer geldig. Vraag een nieuwe link aan het team van je OCMW.",
		"was": "eerst",
	},
	"en": {
		"your_week": "Your week",
		"moved": "Moved",
		"cancelled": "Cancelled",
		"place_changed": "New place",
		"trainer_changed": "Another trainer",
		"optional": "Optional",
		"optional_note": "(optional session)",
		"listen": "Listen",
		"no_session": "No session this week.",
		"expired": "This link is no longer valid. Ask the staff of your CPAS for a new one.",
		"was": "before",
	},
	"ar": {
		"your_week": "أسبوعك",
		"moved": "تغيّر الموعد",
		"cancelled": "أُلغيت",
		"place_changed": "مكان جديد",
		"trainer_changed": "مدرّب آخر",
		"optional": "اختيارية",
		"optional_note": "(جلسة اختيارية)",
		"listen": "استمع",
		"no_session": "لا توجد جلسة هذا الأسبوع.",
		"expired": "هذا الرابط لم يعد صالحًا. اطلب رابطًا جديدًا من فريق مركز الرعاية الاجتماعية.",
		"was": "قبل",
	},
}

CHANGE_WORDS = {
	"Moved": "moved",
	"Cancelled": "cancelled",
	"Place changed": "place_changed",
	"Trainer changed": "trainer_changed",
}


def words(language: str | None) -> dict:
	return WORDS.get(language or "", WORDS["en"])


# change kind -> language -> (e-mail subject, message); placeholders as on the template form.
STANDARD_TEMPLATES = {
	"Moved": {
		"fr": (
			"Votre séance a changé de moment",
			"{{ module }}{{ optional }}: nouvelle date le {{ date }}, {{ time }}, {{ place }}. Votre semaine : {{ link }}",
		),
		"nl": (
			"Je sessie is verplaatst",
			"{{ module }}{{ optional }}: nieuwe datum {{ date }}, {{ time }}, {{ place }}. Jouw week: {{ link }}",
		),
		"en": (
			"Your session has moved",
			"{{ module }}{{ optional }}: now on {{ date }}, {{ time }}, {{ place }}. Your week: {{ link }}",
		),
		"ar": (
			"تغيّر موعد جلستك",
			"{{ module }}{{ optional }}: الموعد الجديد {{ date }}، {{ time }}، {{ place }}. أسبوعك: {{ link }}",
		),
	},
	"Cancelled": {
		"fr": (
			"Votre séance est annulée",
			"{{ module }}{{ optional }} du {{ date }} ({{ time }}) est annulé. Votre semaine : {{ link }}",
		),
		"nl": (
			"Je sessie is geannuleerd",
			"{{ module }}{{ optional }} op {{ date }} ({{ time }}) gaat niet door. Jouw week: {{ link }}",
		),
		"en": (
			"Your session is cancelled",
			"{{ module }}{{ optional }} on {{ date }} ({{ time }}) is cancelled. Your week: {{ link }}",
		),
		"ar": (
			"أُلغيت جلستك",
			"أُلغيت جلسة {{ module }}{{ optional }} يوم {{ date }} ({{ time }}). أسبوعك: {{ link }}",
		),
	},
	"Place changed": {
		"fr": (
			"Votre séance change de lieu",
			"{{ module }}{{ optional }} le {{ date }}, {{ time }} : nouveau lieu {{ place }}. Votre semaine : {{ link }}",
		),
		"nl": (
			"Je sessie heeft een nieuwe plaats",
			"{{ module }}{{ optional }} op {{ date }}, {{ time }}: nieuwe plaats {{ place }}. Jouw week: {{ link }}",
		),
		"en": (
			"Your session has a new place",
			"{{ module }}{{ optional }} on {{ date }}, {{ time }}: new place {{ place }}. Your week: {{ link }}",
		),
		"ar": (
			"مكان جديد لجلستك",
			"{{ module }}{{ optional }} يوم {{ date }}، {{ time }}: المكان الجديد {{ place }}. أسبوعك: {{ link }}",
		),
	},
	"Trainer changed": {
		"fr": (
			"Un autre animateur pour votre séance",
			"{{ module }}{{ optional }} le {{ date }}, {{ time }}, {{ place }} : un autre animateur vous accueille. Votre semaine : {{ link }}",
		),
		"nl": (
			"Een andere begeleider voor je sessie",
			"{{ module }}{{ optional }} op {{ date }}, {{ time }}, {{ place }}: een andere begeleider ontvangt je. Jouw week: {{ link }}",
		),
		"en": (
			"Another trainer for your session",
			"{{ module }}{{ optional }} on {{ date }}, {{ time }}, {{ place }}: another trainer welcomes you. Your week: {{ link }}",
		),
		"ar": (
			"مدرّب آخر لجلستك",
			"{{ module }}{{ optional }} يوم {{ date }}، {{ time }}، {{ place }}: سيستقبلك مدرّب آخر. أسبوعك: {{ link }}",
		),
	},
}


def seed_notice_templates() -> list[str]:
	"""Add the standard templates of each survey language that has no template yet."""
	if not frappe.db.table_exists("Session Notice Template") or not frappe.db.table_exists("Survey Language"):
		return []
	languages = set(frappe.get_all("Survey Language", pluck="name"))
	having = set(frappe.get_all("Session Notice Template", pluck="language", distinct=True))
	made = []
	for kind, texts in STANDARD_TEMPLATES.items():
		for language, (subject, message) in texts.items():
			if language not in languages or language in having:
				continue
			doc = frappe.get_doc(
				{
					"doctype": "Session Notice Template",
					"change_kind": kind,
					"language": language,
					"enabled": 1,
					"subject": subject,
					"message": message,
				}
			).insert(ignore_permissions=True)
			made.append(doc.name)
	return made
