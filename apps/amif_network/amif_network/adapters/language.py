"""French or Dutch: the one place that decides which of the network's languages a reader gets.

The network writes French and Dutch; a reader whose language is Dutch (nl, nl-BE) gets Dutch,
everyone else French, as the SPP works. Frappe is imported only where the user is looked up,
so the choice itself is tested without a bench.
"""

DUTCH = "nl"
FRENCH = "fr"


def network_language(code: str | None) -> str:
	"""'nl' for a Dutch language code, 'fr' for any other (English readers included)."""
	return DUTCH if (code or "").strip().lower().startswith(DUTCH) else FRENCH


def base_code(code: str | None, default: str = FRENCH) -> str:
	"""The language without its region ('fr-BE' -> 'fr'), for the survey's many languages."""
	return (code or default).split("-")[0].lower() or default


def wording_language(code: str | None) -> str:
	"""For texts the SPP words in French, Dutch and English (indicators): the reader's, else English."""
	base = base_code(code, default="en")
	return base if base in (FRENCH, DUTCH, "en") else "en"


def current() -> str:
	"""The network language of the request's user."""
	import frappe

	return network_language(frappe.local.lang)


def user_code(user: str) -> str | None:
	"""The language set on a user (None: the site's), as Frappe's `_(..., lang=)` takes it."""
	import frappe

	return frappe.db.get_value("User", user, "language") or None


def of_user(user: str) -> str:
	"""The network language of a user, for texts written to them rather than shown to the requester."""
	return network_language(user_code(user))


def column(base: str, code: str | None = None) -> str:
	"""The column holding a bilingual text in the reader's language: `label` -> `label_nl` or `label_fr`."""
	return f"{base}_{network_language(code) if code is not None else current()}"


def pick(french, dutch, code: str | None = None):
	"""Of a French and a Dutch text, the one in the reader's language (or in `code`)."""
	language = network_language(code) if code is not None else current()
	return dutch if language == DUTCH else french
