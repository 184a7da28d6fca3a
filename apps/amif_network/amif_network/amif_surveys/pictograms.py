"""The survey's pictograms as SVG for the paper version: the same drawings as the tablet page
(public/survey/survey.js), never emoji characters, which a PDF or a tablet may lack a font for."""

from markupsafe import Markup

_STROKE = 'fill="none" stroke="#333" stroke-width="5" stroke-linecap="round" stroke-linejoin="round"'
ICONS = {
	"check": f'<path d="M9 25l10 10 20-22" {_STROKE} stroke-width="7"/>',
	"cross": f'<path d="M12 12l24 24M36 12L12 36" {_STROKE} stroke-width="7"/>',
	"question": f'<path d="M16 17q0-9 8-9t8 8q0 6-8 9v5" {_STROKE} stroke-width="6"/>'
	'<circle cx="24" cy="39" r="3.5" fill="#333"/>',
	"sun": '<circle cx="24" cy="24" r="9" fill="#f6ad55" stroke="#975a16" stroke-width="3"/>'
	'<path d="M24 3v7M24 38v7M3 24h7M38 24h7M9 9l5 5M34 34l5 5M39 9l-5 5M14 34l-5 5" stroke="#975a16" '
	'stroke-width="4" stroke-linecap="round"/>',
	"sunrise": '<path d="M10 34a14 14 0 0 1 28 0z" fill="#f6ad55" stroke="#975a16" stroke-width="3"/>'
	'<path d="M4 38h40M24 8v8M8 18l5 5M40 18l-5 5" stroke="#975a16" stroke-width="4" stroke-linecap="round"/>',
	"moon": '<path d="M30 6a18 18 0 1 0 12 28A15 15 0 0 1 30 6z" fill="#4a5568" stroke="#1a202c" stroke-width="3"/>',
	"cup": '<path d="M8 18h26v10q0 12-13 12T8 28z" fill="#975a16"/>'
	f'<path d="M34 21h4q5 0 5 5t-5 5h-5" {_STROKE}/><path d="M15 6q-3 4 0 8M23 6q-3 4 0 8" {_STROKE} stroke-width="3"/>',
	"house": f'<path d="M6 24L24 8l18 16M11 20v20h26V20" {_STROKE}/><path d="M20 40V29h8v11" {_STROKE}/>',
	"book": f'<path d="M6 10q9-3 18 2 9-5 18-2v28q-9-3-18 2-9-5-18-2zM24 12v28" {_STROKE} stroke-width="4"/>',
	"people": '<circle cx="16" cy="15" r="6" fill="#333"/><circle cx="32" cy="15" r="6" fill="#333"/>'
	f'<path d="M4 40q0-14 12-14t12 14M20 40q0-14 12-14t12 14" {_STROKE} stroke-width="4"/>',
}
# Pictograms of older templates written as characters.
ALIASES = {
	"☕": "cup",
	"☀": "sun",
	"☀️": "sun",
	"☾": "moon",
	"🌙": "moon",
	"🌅": "sunrise",
	"🏠": "house",
	"📖": "book",
}


def svg(pictogram: str | None, index: int = 0, size: int = 40) -> Markup:
	"""The drawing of a pictogram (an icon name or an old character); an unknown one is its number."""
	text = (pictogram or "").strip()
	name = text if text in ICONS else ALIASES.get(text)
	if name:
		body = ICONS[name]
	else:
		body = (
			'<circle cx="24" cy="24" r="20" fill="#fff" stroke="#333" stroke-width="3"/>'
			f'<text x="24" y="32" text-anchor="middle" font-size="22" font-family="sans-serif" fill="#333">{index + 1}</text>'
		)
	return Markup(
		f'<svg width="{size}" height="{size}" viewBox="0 0 48 48" xmlns="http://www.w3.org/2000/svg">{body}</svg>'
	)
