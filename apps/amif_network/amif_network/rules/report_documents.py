"""A report's file read with its structure, as marked text for the recognisers.

Word, PDF and markdown say more than their plain text: a heading style, a bold line, an italic
remark, a table row. Each reader here turns its format into the same small markup, one line per
paragraph, list item or table row, so that `report_import.recognise_report` reads every format
the same way and uses the structure where the file has it:

	# Heading            a heading, one `#` per level (Word's heading styles, a PDF's larger type)
	**text**             a paragraph set in bold as a whole
	*text*               a paragraph set in italics as a whole
	- item / 1. item     a list item, with Word's automatic numbering written out
	| cell | cell |      a table row
	(blank line)         the end of a paragraph

Plain text goes through as it is. Nothing here touches the site; python-docx and pdfminer.six
are imported only when a file of theirs is read.
"""

import functools
import io
import re
from collections import Counter

# Word's heading styles in the languages the network's Word speaks.
_HEADING_STYLE = re.compile(r"^(?:heading|titre|kop|überschrift|titel)\s*(\d)$", re.I)
_TITLE_STYLE = re.compile(r"^(?:title|titre|titel|subtitle|sous-titre|ondertitel)$", re.I)


class UnreadableDocument(ValueError):
	"""The bytes are not a document of the format they claim."""


# --- Word ----------------------------------------------------------------------------------------


def marked_text_of_docx(data: bytes) -> str:
	"""A .docx as marked text: heading styles, numbering, lists, tables, bold and italic kept."""
	import docx
	from docx.table import Table
	from docx.text.paragraph import Paragraph

	try:
		document = docx.Document(io.BytesIO(data))
	except Exception as error:
		raise UnreadableDocument(str(error)) from error
	numbering = DocxNumbering(document)
	lines = []
	for block in document.element.body.iterchildren():
		tag = block.tag.rsplit("}", 1)[-1]
		if tag == "p":
			paragraph = Paragraph(block, document)
			lines.extend(_marked_paragraph(paragraph, numbering))
		elif tag == "tbl":
			table = Table(block, document)
			if _is_layout_table(table):
				lines.extend(_layout_table_lines(table, numbering))
			else:
				lines.extend(_marked_table(table))
			lines.append("")
	return "\n".join(lines)


def _marked_paragraph(paragraph, numbering) -> list[str]:
	text = paragraph.text.replace("\u00a0", " ")
	if not text.strip():
		return [""]
	style = (paragraph.style.name if paragraph.style is not None else "") or ""
	prefix = numbering.prefix(paragraph)
	heading = _HEADING_STYLE.match(style.strip())
	if heading:
		level = max(1, int(heading.group(1)))
		return [f"{'#' * level} {prefix}{text.strip()}", ""]
	if _TITLE_STYLE.match(style.strip()):
		return [text.strip(), ""]
	runs = [run for run in paragraph.runs if run.text.strip()]
	text = prefix + re.sub(r"^>+\s*", "→ ", text.strip())  # a typed "> Vragenlijst aanpassen": an arrow
	if runs and all(_run_flag(run, paragraph, "bold") for run in runs):
		text = f"**{text}**"
	elif runs and all(_run_flag(run, paragraph, "italic") for run in runs):
		text = f"*{text}*"
	if numbering.is_list_item(paragraph):
		return [text if prefix else f"- {text}"]
	return [text, ""]


def _run_flag(run, paragraph, flag: str) -> bool:
	"""A run's bold or italic, from the run, its character style or the paragraph's style."""
	value = getattr(run, flag)
	if value is not None:
		return bool(value)
	style = run.style
	while style is not None:
		if getattr(style.font, flag) is not None:
			return bool(getattr(style.font, flag))
		style = style.base_style
	style = paragraph.style
	while style is not None:
		if getattr(style.font, flag) is not None:
			return bool(getattr(style.font, flag))
		style = style.base_style
	return False


def _join_paragraphs(first: str, second: str, apart: bool = True) -> str:
	"""Two paragraphs of one table cell as one line: kept apart by a semicolon ("Nadia El Ouali – SPP IS;
	Tom Claes – SPP IS") unless the first one ends its sentence, or joined when they are one paragraph
	a converter broke over two lines (`apart` false)."""
	if first.endswith("\\"):
		first, apart = (
			first[:-1].rstrip(),
			True,
		)  # pandoc's hard line break ("Sarah Vanderelst (CPAS Bruxelles)\\")
	if not first or not second:
		return f"{first} {second}".strip()
	joint = "; " if apart and not first.endswith((".", "!", "?", ":", ";")) else " "
	return f"{first}{joint}{second}"


def _distinct_cells(row) -> list:
	cells = []
	for cell in row.cells:
		if not any(cell._tc is seen._tc for seen in cells):  # a merged cell repeats itself
			cells.append(cell)
	return cells


def _is_layout_table(table) -> bool:
	"""A table that lays the report's body out in columns (French left, Dutch right), not a table of
	data: its cells hold whole sections, a heading followed by paragraphs, or its rows alternate
	numbered headings ("| 1. Welkom | 1. Accueil |") and paragraphs."""
	heading_rows = 0
	for row in table.rows:
		texts = [t for t in (" ".join(cell.text.split()) for cell in _distinct_cells(row)) if t]
		numbers = {found.group(0).rstrip(".") for t in texts if (found := re.match(r"[\dIVXA-H.]+", t))}
		if (
			len(texts) == 2
			and all(_SECTION_IN_CELL.match(t) and len(t.split()) <= 10 for t in texts)
			and len(numbers) == 1
		):
			heading_rows += 1  # "| 1. Welkom | 1. Accueil |": one heading in both languages
	if heading_rows >= 2 and len(table.rows) >= 2 * heading_rows - 1:
		return True
	for row in table.rows:
		for cell in _distinct_cells(row):
			paragraphs = [p for p in cell.paragraphs if p.text.strip()]
			if len(paragraphs) < 3:
				continue
			for paragraph in paragraphs[:-1]:
				style = (paragraph.style.name if paragraph.style is not None else "") or ""
				runs = [run for run in paragraph.runs if run.text.strip()]
				bold = runs and all(_run_flag(run, paragraph, "bold") for run in runs)
				if _HEADING_STYLE.match(style.strip()) or (
					bold and len(paragraph.text.split()) <= 12 and not paragraph.text.strip().endswith(".")
				):
					return True
	return False


def _layout_table_lines(table, numbering) -> list[str]:
	"""A layout table's cells as the paragraphs they hold, row by row and cell by cell."""
	lines = []
	for row in table.rows:
		for cell in _distinct_cells(row):
			for paragraph in cell.paragraphs:
				lines.extend(_marked_paragraph(paragraph, numbering))
			lines.append("")
	return lines


def _marked_table(table) -> list[str]:
	rows = []
	for row in table.rows:
		cells = []
		for cell in row.cells:
			value = ""
			# a line break inside a cell's paragraph ("Sarah Vanderelst (CPAS Bruxelles)↵Thomas Dewilde …")
			# parts it as a new paragraph would
			for paragraph in (" ".join(part.split()) for p in cell.paragraphs for part in p.text.split("\n")):
				if paragraph:
					value = _join_paragraphs(value, paragraph)
			if not cells or cells[-1] != value:  # a merged cell repeats itself
				cells.append(value)
		if any(cells):
			rows.append("| " + " | ".join(cells) + " |")
	return rows


class DocxNumbering:
	"""Word's automatic numbering ("1.", "4.1", bullets) is not in a paragraph's text: rebuild it."""

	W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

	def __init__(self, document):
		self.formats = {}
		self.counters = {}
		try:
			part = document.part.numbering_part.element
		except Exception:
			return
		namespace = {"w": self.W}
		abstract = {}
		for node in part.findall("w:abstractNum", namespace):
			levels = {}
			for level in node.findall("w:lvl", namespace):
				fmt = level.find("w:numFmt", namespace)
				text = level.find("w:lvlText", namespace)
				start = level.find("w:start", namespace)
				levels[int(level.get(self.qn("ilvl")))] = (
					fmt.get(self.qn("val")) if fmt is not None else "decimal",
					text.get(self.qn("val")) if text is not None else "%1.",
					int(start.get(self.qn("val"))) if start is not None else 1,
				)
			abstract[node.get(self.qn("abstractNumId"))] = levels
		for node in part.findall("w:num", namespace):
			ref = node.find("w:abstractNumId", namespace)
			if ref is not None:
				self.formats[node.get(self.qn("numId"))] = abstract.get(ref.get(self.qn("val")), {})

	@classmethod
	def qn(cls, tag: str) -> str:
		return f"{{{cls.W}}}{tag}"

	def _num(self, paragraph):
		props = paragraph._p.pPr
		if props is None or props.numPr is None:
			style = paragraph.style
			while style is not None:
				numbering = style.element.pPr.numPr if style.element.pPr is not None else None
				if numbering is not None and numbering.numId is not None:
					level = numbering.ilvl.val if numbering.ilvl is not None else 0
					return str(numbering.numId.val), int(level)
				style = style.base_style
			return None
		if props.numPr.numId is None:
			return None
		level = props.numPr.ilvl.val if props.numPr.ilvl is not None else 0
		return str(props.numPr.numId.val), int(level)

	def is_list_item(self, paragraph) -> bool:
		style = ((paragraph.style.name if paragraph.style is not None else "") or "").lower()
		return (bool(self._num(paragraph)) and not _HEADING_STYLE.match(style)) or style.startswith("list")

	def prefix(self, paragraph) -> str:
		found = self._num(paragraph)
		if not found or not paragraph.text.strip():
			return ""
		num_id, level = found
		levels = self.formats.get(num_id, {})
		fmt, text, start = levels.get(level, ("decimal", "%1.", 1))
		counters = self.counters.setdefault(num_id, {})
		counters[level] = counters.get(level, start - 1) + 1
		for deeper in [key for key in counters if key > level]:
			del counters[deeper]
		if fmt in ("bullet", "none"):
			return "- "

		def value(match):
			index = int(match.group(1)) - 1
			number = counters.get(index, levels.get(index, ("decimal", "", 1))[2])
			kind = levels.get(index, ("decimal",))[0]
			from amif_network.rules.report_import import format_number

			return format_number(number, kind)

		return re.sub(r"%(\d)", value, text) + " "


# --- PDF -----------------------------------------------------------------------------------------


def marked_text_of_pdf(data: bytes) -> str:
	"""A PDF as marked text: lines in larger type are headings, bold or italic lines are marked,
	pieces of one line (a table's cells) are joined with `|`, and a wider gap ends a paragraph."""
	from pdfminer.high_level import extract_pages
	from pdfminer.layout import LAParams, LTChar, LTTextContainer, LTTextLine

	if not data.startswith(b"%PDF"):
		raise UnreadableDocument("not a PDF")
	pieces = []  # (page, top, x0, bottom, text, size, bold, italic)
	heights = {}
	try:
		for page_number, page in enumerate(extract_pages(io.BytesIO(data), laparams=LAParams())):
			heights[page_number] = page.height
			for element in page:
				if not isinstance(element, LTTextContainer):
					continue
				for line in element:
					if not isinstance(line, LTTextLine):
						continue
					chars = [c for c in line if isinstance(c, LTChar) and c.get_text().strip()]
					text = line.get_text().strip()
					if not chars or not text:
						continue
					sizes = Counter(round(c.size, 1) for c in chars)
					names = [c.fontname.lower() for c in chars]
					pieces.append(
						(
							page_number,
							round(line.y1, 1),
							line.x0,
							line.y0,
							text,
							sizes.most_common(1)[0][0],
							all("bold" in n or "black" in n or "heavy" in n for n in names),
							all("italic" in n or "oblique" in n for n in names),
						)
					)
	except UnreadableDocument:
		raise
	except Exception as error:
		raise UnreadableDocument(str(error)) from error
	return _marked_pdf_lines(_without_running_lines(pieces, heights))


def _without_running_lines(pieces: list, heights: dict) -> list:
	"""Without the lines a page's header or footer repeats on every page (`OCMW Antwerpen – Departement
	Sociale Dienstverlening`, page numbers): they would cut a table or a paragraph in two."""
	edge = {}
	for piece in pieces:
		height = heights.get(piece[0]) or 842
		if piece[1] > height - 75 or piece[3] < 75:
			key = re.sub(r"\d+", "#", " ".join(piece[4].split()))
			edge.setdefault(key, set()).add(piece[0])
	running = {key for key, pages in edge.items() if len(pages) >= 2}
	if not running:
		return pieces
	return [
		p
		for p in pieces
		if not (
			re.sub(r"\d+", "#", " ".join(p[4].split())) in running
			and (p[1] > (heights.get(p[0]) or 842) - 75 or p[3] < 75)
		)
	]


def _marked_pdf_lines(pieces: list) -> str:
	if not pieces:
		return ""
	weights = Counter()
	for piece in pieces:
		weights[piece[5]] += len(piece[4])
	body = weights.most_common(1)[0][0]
	larger = sorted({piece[5] for piece in pieces if piece[5] >= body * 1.12}, reverse=True)
	rows = []
	for piece in sorted(pieces, key=lambda p: (p[0], -p[1], p[2])):
		last = rows[-1] if rows else None
		if last and last["page"] == piece[0] and abs(last["top"] - piece[1]) <= 2.5:
			last["pieces"].append(piece)
			last["bottom"] = min(last["bottom"], piece[3])
		else:
			rows.append({"page": piece[0], "top": piece[1], "bottom": piece[3], "pieces": [piece]})
	lines, previous, table, item_x = [], None, None, None
	header, header_line = None, -1  # where the columns of the current table start, and its first row
	for row in rows:
		row_pieces = []
		for piece in sorted(row["pieces"], key=lambda p: p[2]):
			if row_pieces and re.fullmatch(r"[:;.,!?)»]+", piece[4].strip()):
				# "Ordre du jour" then " :" set apart: one piece, not two cells
				row_pieces[-1] = (
					*row_pieces[-1][:4],
					row_pieces[-1][4].rstrip() + " " + piece[4].strip(),
					*row_pieces[-1][5:],
				)
			else:
				row_pieces.append(piece)
		first_piece = row_pieces[0][4].strip() if row_pieces else ""
		arrow = first_piece in ("→", "->", "⇒", "➔", "➢", "➤", "►", "▶")
		bullet = arrow or (
			len(row_pieces) > 1
			and (first_piece in ("-", "–", "*") or (len(first_piece) == 1 and not first_piece.isalnum()))
		)
		if bullet:
			row_pieces = row_pieces[1:]
		elif row_pieces and _SYMBOL_BULLET.match(row_pieces[0][4]):
			first = _SYMBOL_BULLET.sub("", row_pieces[0][4]).strip()
			row_pieces = ([(*row_pieces[0][:4], first, *row_pieces[0][5:])] if first else []) + row_pieces[1:]
			bullet = True
		if not row_pieces:
			continue
		if (
			not bullet
			and item_x is not None
			and len(row_pieces) == 1
			and previous is not None
			and previous["page"] == row["page"]
			and abs(row_pieces[0][2] - item_x) < 3
			and lines
			and len(lines[-1]) > 50
			and previous["bottom"] - row["top"] <= 0.6 * row_pieces[0][5]
			and not lines[-1].rstrip().endswith((".", ";", ":"))
			and not (row_pieces[0][6] or row_pieces[0][5] in larger)
		):
			lines[-1] += " " + " ".join(row_pieces[0][4].split())  # a list item's second line
			previous = row
			continue
		item_x = row_pieces[0][2] if bullet else None
		texts = [" ".join(p[4].split()) for p in row_pieces]
		if len(texts) > 1 and re.fullmatch(r"\d{1,2}[.)]|[IVX]{1,5}[.)]?|[A-H][.)]|[-–]", texts[0]):
			# a list number set apart from its text by a tab
			texts = [f"{texts[0]} {texts[1]}", *texts[2:]]
			row_pieces = [row_pieces[0], *row_pieces[2:]]
		if (
			table
			and not bullet
			and previous is not None
			and previous["page"] == row["page"]
			and previous["bottom"] - row["top"] < 0.6 * row_pieces[0][5]
			and all(min(abs(p[2] - x) for x in table) < 4 for p in row_pieces)
			and (
				all(p[4].strip()[:1].islower() or p[4].strip()[:1] in "(-–" for p in row_pieces)
				or _cell_goes_on(lines[-1], row_pieces, table)
				# "| de satisfaction avec … | tevredenheidsenquête testen … | OCMW |": fewer cells than the
				# row above, the first going on in lower case
				or (row_pieces[0][4].strip()[:1].islower() and 1 < len(row_pieces) < len(table))
			)
		):
			# the next line of a row whose cells run over several lines
			cells = [c.strip() for c in lines[-1].strip().strip("|").split("|")]
			for piece in row_pieces:
				column = min(range(len(table)), key=lambda i: abs(table[i] - piece[2]))
				if column < len(cells):
					cells[column] = f"{cells[column]} {' '.join(piece[4].split())}".strip()
			lines[-1] = "| " + " | ".join(cells) + " |"
			previous = row
			continue
		if (
			table
			and header
			and not bullet
			and 1 < len(row_pieces) < len(header)
			and previous is not None
			and previous["page"] == row["page"]
			and previous["bottom"] - row["top"] < 0.6 * row_pieces[0][5]
			and lines[-1].count("|") - 1 == len(header)
			and header_line == len(lines) - 1  # only the table's first row: its header
			and all(p[2] > header[0] + 15 for p in row_pieces)
		):
			# "| Nom – Naam | Organisation – | Présent – | Excusé – |" then "Organisatie | Aanwezig | …": the
			# next line of a header whose cells run over two lines, its first column done
			cells = [c.strip() for c in lines[-1].strip().strip("|").split("|")]
			for piece in row_pieces:
				column = max(i for i, x in enumerate(header) if x <= piece[2] + 4)
				cells[column] = f"{cells[column]} {' '.join(piece[4].split())}".strip()
			lines[-1] = "| " + " | ".join(cells) + " |"
			previous = row
			continue
		# one piece under a table on the same page: a cell's rest, or a row of its first column alone
		under_table = (
			bool(table)
			and not bullet
			and len(row_pieces) == 1
			and previous is not None
			and previous["page"] == row["page"]
		)
		if (
			under_table
			and abs(row_pieces[0][2] - table[0]) < 4
			and previous["bottom"] - row["top"] < 0.6 * row_pieces[0][5]
			and _PERSON_ENTRY.match(texts[0])
			and _PERSON_ENTRY.match(lines[-1].strip().strip("|").split("|")[0].strip())
		):
			# "Katrien Vermeulen (SPP IS)" under "| Youssef El Amrani (CPAS Liège) | Olivier Lambotte (SPP IS) |":
			# the first column's people go on below a shorter second one
			lines.append("| " + " | ".join([texts[0]] + [""] * (len(table) - 1)) + " |")
			previous = row
			continue
		if under_table and row_pieces[0][2] > table[0] + 15:
			# the rest of a table cell, under its column
			column = min(range(len(table)), key=lambda i: abs(table[i] - row_pieces[0][2]))
			cells = [c.strip() for c in lines[-1].strip().strip("|").split("|")]
			if column < len(cells):
				cells[column] = f"{cells[column]} {texts[0]}".strip()
				lines[-1] = "| " + " | ".join(cells) + " |"
				previous = row
				continue
		text = " | ".join(texts)
		in_table = table is not None or (header is not None and len(row_pieces) > 1)
		table = None
		if len(row_pieces) > 1:
			text = f"| {text} |"
			table = [p[2] for p in row_pieces]
			if (
				in_table
				and header
				and len(row_pieces) < len(header)
				and previous is not None
				and previous["page"] == row["page"]
				and abs(row_pieces[0][2] - header[0]) < 4
				and all(min(abs(p[2] - x) for x in header) < 40 for p in row_pieces)
			):
				# "| Hanne Verbeke | CPAS de Gand | | X |": a row with empty cells, each text in its column
				cells = [""] * len(header)
				for piece, piece_text in zip(row_pieces, texts, strict=True):
					column = max(i for i, x in enumerate(header) if x <= piece[2] + 4)
					cells[column] = f"{cells[column]} {piece_text}".strip()
				text = "| " + " | ".join(cells) + " |"
				table = header
			elif not (in_table and header and len(row_pieces) <= len(header)):
				header, header_line = (
					table,
					len(lines)
					+ (
						1
						if previous is not None and previous["bottom"] - row["top"] > 0.6 * row_pieces[0][5]
						else 0
					),
				)
		else:
			header = None
		if bullet and len(row_pieces) == 1:
			text = f"{'→' if arrow else '-'} {text}"
		size = max(p[5] for p in row_pieces)
		bold = all(p[6] for p in row_pieces)
		italic = all(p[7] for p in row_pieces)
		if previous is not None and (
			previous["page"] != row["page"] or previous["bottom"] - row["top"] > 0.6 * (size or body)
		):
			lines.append("")
		if size in larger and len(row_pieces) == 1 and len(text) < 160:
			level = min(larger.index(size) + 1, 4)
			if lines and lines[-1].startswith("#" * level + " ") and previous["page"] == row["page"]:
				lines[-1] += " " + text  # a heading over two lines
			else:
				lines.append(f"{'#' * level} {text}")
		elif bold and len(row_pieces) == 1:
			lines.append(f"**{text}**")
		elif italic and len(row_pieces) == 1:
			lines.append(f"*{text}*")
		else:
			lines.append(text)
		previous = row
	return "\n".join(lines)


def _cell_goes_on(row: str, pieces: list, table: list) -> bool:
	"""`Sterk doorsturen naar alle` under `| De presentatie van Samen | Hanne | 31 maart |`: one line in
	the first column, under a first cell of several words that ends mid-sentence, goes on with it."""
	if len(pieces) != 1 or abs(pieces[0][2] - table[0]) >= 4:
		return False
	first = row.strip().strip("|").split("|")[0].strip()
	piece = " ".join(pieces[0][4].split())
	if _PERSON_ENTRY.match(first) or _PERSON_ENTRY.match(piece) or re.search(r"\s[–—-]\s", piece):
		return False  # a table of people: each name its row
	lower = [w for w in piece.split() if w[:1].islower()]
	return (
		len(first.split()) >= 3
		and not re.search(r"[.:;!?)]$", first)
		and len(piece.split()) >= 2
		and len(lower) >= len(piece.split()) / 2  # words of a sentence, not a name
	)


# --- markdown ------------------------------------------------------------------------------------

_PANDOC_ATTRIBUTES = re.compile(r"\{[.#][^{}]*\}")
_ESCAPED = re.compile(r"\\([\\`*_{}\[\]()#+\-.!'\"<>|&$~^])")
_GRID_BORDER = re.compile(r"^\s*\+[-=:+]+\+\s*$")
_SIMPLE_BORDER = re.compile(r"^\s*-{3,}(?:\s+-{3,})+\s*$")
_RULE = re.compile(r"^\s*(?:[-*_]\s*){3,}$")


def normalise_markdown(text: str) -> str:
	"""Markdown as pandoc and other converters write it, in the same markup as the readers above:
	escapes undone, setext headings as `#`, grid and simple tables as `|` rows, rules dropped,
	hard line breaks and line blocks as plain lines."""
	out = []
	# "```{=html}", "<!-- -->", "```": what pandoc puts between two lists that follow each other
	text = re.sub(r"(?m)^```\{=html\}\n<!-- -->\n```\n?", "", text.replace("\r\n", "\n").replace("\r", "\n"))
	lines = _pandoc_tables(text.split("\n"))
	index = 0
	paragraph = False  # the last line written is a paragraph's, which the next line may go on
	# a converter that wraps its paragraphs at a width (pandoc: 72 characters) writes no longer line but its
	# tables' and many lines near that width; a document's own text, one paragraph a line, runs longer
	texts = [line for line in lines if line.strip() and not line.lstrip().startswith(("|", "+"))]
	wrapped = (
		# pandoc's own marks: its escaped apostrophes and brackets, its list markers ("-   ", "1.  ")
		re.search(r"\\['\[\]\"]|^\s*(?:-   |\d{1,2}\.  )\S", text, re.M)
		and len(texts) >= 10
		and sum(1 for line in texts if len(line) > 80) <= 0.02 * len(texts)
		and sum(1 for line in texts if 55 <= len(line) <= 80) >= 0.2 * len(texts)
	)
	while index < len(lines):
		line = lines[index].rstrip()
		following = lines[index + 1].rstrip() if index + 1 < len(lines) else ""
		goes_on, paragraph = paragraph, False
		if line[:1].strip() and re.fullmatch(r"=+", following.strip()) and len(following.strip()) >= 3:
			out.append("# " + _inline(line.strip()))
			index += 2
			continue
		if (
			line[:1].strip()
			and re.fullmatch(r"-+", following.strip())
			and len(following.strip()) >= 3
			and not line.lstrip().startswith(("|", "+"))
		):
			out.append("## " + _inline(line.strip()))
			index += 2
			continue
		if _GRID_BORDER.match(line):
			out.append(_ROW_BORDER)  # a grid table's rows are between its borders
			index += 1
			continue
		if _SIMPLE_BORDER.match(line) or _RULE.match(line):
			index += 1
			continue
		if re.match(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)+\|?\s*$", line):
			index += 1  # a pipe table's alignment row
			continue
		line_block = bool(re.match(r"^\s*\|\s(?=\S)", line)) and not line.strip().endswith("|")
		stripped = re.sub(r"^\s*\|\s(?=\S)", "", line) if not line.strip().endswith("|") else line
		stripped = stripped.rstrip("\\").rstrip()
		stripped = re.sub(
			r"^(?:\s*>)*\s*\\>\s*", "→ ", stripped
		)  # "> \\> Vragenlijst aanpassen": a typed arrow
		# a block quote's lines ("> *Nagaan welke …" then "> afgesloten vóór 2019 …") go on within the quote
		quoted, quoted_before = (
			bool(re.match(r"^\s*>", text)) for text in (line, lines[index - 1] if index else "")
		)
		content, before = (
			re.sub(r"^\s*>\s?", "", text) for text in (line, lines[index - 1] if index else "")
		)
		if (
			wrapped
			and goes_on
			and stripped.strip()
			and not line_block
			and quoted == quoted_before
			and not _MARKDOWN_BLOCK_START.match(content)
			and not before.rstrip().endswith("\\")
			and len(lines[index - 1].rstrip()) <= 80
			# a line broken at the converter's width: the next word would not have fitted on it
			and len(lines[index - 1].rstrip()) + 1 + len(content.split()[0] if content.split() else "") > 72
			# a line marked whole, bold or italic, is a paragraph of its own (a PDF's lines are marked one by one)
			and not re.fullmatch(r"\s*([*_]{1,2})[^*_\s].*\1\s*", content)
			and not re.fullmatch(r"\s*([*_]{1,2})[^*_\s].*\1\s*", before)
		):
			# a paragraph's text wrapped at the converter's width: one line again ("*Légende : VD = … ; NG =
			# Nathalie" then "Ghislain ; PG = …"); not after a hard line break
			following_text = _inline(re.sub(r"^\s*>\s?", "", stripped).strip())
			mark = next(
				(m for m in ("**", "__", "*", "_") if out[-1].endswith(m) and following_text.startswith(m)),
				"",
			)
			if (
				mark
			):  # "**→ Kobe en Sarah stellen … voor op de volgende**" then "**vergadering.**": one bold line
				out[-1] = f"{out[-1][: -len(mark)]} {following_text[len(mark) :]}"
			else:
				out[-1] = f"{out[-1]} {following_text}"
			paragraph = True
			index += 1
			continue
		out.append(_inline(stripped))
		paragraph = bool(stripped.strip()) and not line_block and not line.strip().startswith(("|", "#"))
		index += 1
	return "\n".join(_join_grid_rows(out))


# what starts a block of its own in markdown, not the next line of a paragraph
_MARKDOWN_BLOCK_START = re.compile(
	r"^\s*(?:#{1,6}\s|[-*+•]\s|\(?\d{1,2}[.)]\s|[a-zA-Z][.)]\s{2}|\||>|\+[-=]|[-=_*]{3,}\s*$)"
)


_FULL_BORDER = re.compile(r"^\s*-{10,}\s*$")


def _pandoc_tables(lines: list[str]) -> list[str]:
	"""Pandoc's multiline and simple tables as `|` rows. Their columns are the runs of dashes of the
	line under the header (`---- ------ ----`); a multiline table has a border of dashes above and
	below, and its rows, one or more lines each, are apart by an empty line; a simple table's rows are
	one line each, until an empty line."""
	out, index = [], 0
	while index < len(lines):
		line = lines[index]
		if not _SIMPLE_BORDER.match(line):
			out.append(line)
			index += 1
			continue
		starts = [m.start() for m in re.finditer(r"-{3,}", line)]
		# the header: the lines above, up to the top border (multiline) or an empty line (simple)
		top = index
		while top > 0 and lines[top - 1].strip() and not _FULL_BORDER.match(lines[top - 1]):
			top -= 1
		bordered = top > 0 and _FULL_BORDER.match(lines[top - 1] or "")
		header = lines[top:index]
		rows, end, group = [], index + 1, []
		while end < len(lines):
			current = lines[end]
			if _FULL_BORDER.match(current) or (bordered and _SIMPLE_BORDER.match(current)):
				end += 1
				break
			if not current.strip():
				if group:
					rows.append(group)
					group = []
				if not bordered:
					break
			elif bordered:
				group.append(current)
			else:
				rows.append([current])
			end += 1
		else:
			if bordered:  # no bottom border: not a table this reader knows
				out.append(line)
				index += 1
				continue
		if group:
			rows.append(group)
		if header:
			del out[len(out) - len(header) :]
		if bordered and out and _FULL_BORDER.match(out[-1]):
			out.pop()
		for row in [header, *rows] if header else rows:
			pieces = [_cut(r, starts) for r in row]
			cells = [
				functools.reduce(
					lambda a, b: _join_paragraphs(a, b, apart=False), [p for p in cell if p], ""
				).rstrip("\\ ")
				for cell in zip(*pieces, strict=True)
			]
			out.append("| " + " | ".join(cells) + " |")
		out.append("")
		index = end
	return out


def _inline(line: str) -> str:
	# [underlined]{.underline} keeps its text; a bracket of the text itself ("[chiffres à venir]") stays
	line = re.sub(r"\[([^\]]+)\]\{[.#][^{}]*\}", r"\1", line)
	line = _PANDOC_ATTRIBUTES.sub("", line)
	line = re.sub(r"(?<=\S)---(?=\S)|(?<=\s)---(?=\s)", "—", line)  # pandoc's smart dashes
	line = re.sub(r"(?<=\S)--(?=\S)|(?<=\s)--(?=\s|\*|_|$)", "–", line)
	line = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", line)  # links keep their text
	line = _ESCAPED.sub(r"\1", line)
	return line


_ROW_BORDER = "\x1e"


def _join_grid_rows(lines: list[str]) -> list[str]:
	"""A grid table's row runs over several lines (`| a | b |` then `| c | d |`) between two borders:
	one line a row. Rows of a table without borders (a document's table) stay as they are. A row whose
	cells hold whole sections (a numbered heading, then its paragraphs: the body laid out in two language
	columns) gives each cell's paragraphs as lines of their own."""
	out = []
	bordered = False  # the lines since the last border belong to one row of a grid table
	apart: set[int] = set()  # the columns whose last line was empty: their next line is a new paragraph
	row: list = []  # [index of the row's line in out, the paragraphs of each of its cells]

	def close_row():
		if row and _is_layout_row(row[1]):
			at = row[0]
			out[at : at + 1] = [p for cell in row[1] for p in [*cell, ""]]
		row.clear()

	for line in lines:
		if line == _ROW_BORDER:
			close_row()
			bordered, apart = True, set()
			out.append(line)
			continue
		if not line.strip().startswith("|"):
			if bordered:
				close_row()
			bordered = False
		if bordered and re.fullmatch(r"\s*\|(?:\s*\|)+\s*", line):
			apart = set(range(line.count("|")))
			continue
		if (
			bordered
			and line.strip().startswith("|")
			and line.strip().endswith("|")
			and out
			and out[-1].startswith("|")
		):
			previous = [c.strip() for c in out[-1].strip().strip("|").split("|")]
			current = [c.strip() for c in line.strip().strip("|").split("|")]
			# every line between two borders is the same row, also when each of its cells goes on
			if len(previous) == len(current):
				out[-1] = (
					"| "
					+ " | ".join(
						_join_paragraphs(a, b, apart=i in apart)
						for i, (a, b) in enumerate(zip(previous, current, strict=True))
					)
					+ " |"
				)
				if row and len(row[1]) == len(current):
					for i, cell in enumerate(current):
						if cell and (i in apart or not row[1][i]):
							row[1][i].append(cell)
						elif cell:
							row[1][i][-1] = f"{row[1][i][-1]} {cell}"
				apart = {i for i, c in enumerate(current) if not c}
				continue
		apart = set()
		out.append(line)
		if bordered and line.strip().startswith("|"):
			close_row()
			row.extend(
				[len(out) - 1, [[c.strip()] if c.strip() else [] for c in line.strip().strip("|").split("|")]]
			)
	close_row()
	return [line for line in out if line != _ROW_BORDER]


_SECTION_IN_CELL = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2}){0,2}\.?|[IVX]{1,4}\.|[A-H]\.)\s+[A-ZÀ-Ý][^.]{0,80}$")


def _stray_cell_lines(lines: list[str]) -> list[str]:
	"""`| POD Maatschappelijke | Pieter De Smedt | / |`, then `Integratie`, then the table's next row: the end
	of a first cell that a PDF's text put on a line of its own, between two rows of one table."""
	out = []
	for index, line in enumerate(lines):
		body = line.strip()
		following = lines[index + 1].strip() if index + 1 < len(lines) else ""
		if (
			body
			and not body.startswith("|")
			and len(body.split()) <= 3
			and out
			and out[-1].strip().startswith("|")
			and following.startswith("|")
			and following.count("|") >= 3
			and out[-1].strip().count("|") >= 3
			and re.fullmatch(r"[A-ZÀ-Ýa-zà-ÿ'’()\- ]+", body)
			and not _STARTS_A_PART.match(body)  # "Verontschuldigd", "Agenda": a label between two tables
			and not (_STARTS_A_PART.match(following.strip("| ")) and len(following.strip("| ").split()) <= 3)
		):
			cells = out[-1].strip().strip("|").split("|")
			if re.match(r"^\s*(?:\d{1,2}[.)]\s*)?\d{1,2}(?:[.:hu]\d{0,2}|\s*$)", cells[0]) or not re.search(
				r"\w", cells[0]
			):
				out.append(
					line
				)  # "3. 10h45 – 11h30", then "primo-arrivants": the title cell's end, not the time's
				continue
			cells[0] = f"{cells[0].strip()} {body}"
			out[-1] = "| " + " | ".join(c.strip() for c in cells) + " |"
			continue
		out.append(line)
	return out


def _is_layout_row(cells: list[list[str]]) -> bool:
	"""Whether a table's row lays out sections: a cell of paragraphs, one of them a numbered heading."""
	return any(
		len(cell) >= 2
		and any(_SECTION_IN_CELL.match(p.strip("*_ ")) and len(p.split()) <= 10 for p in cell[:-1])
		for cell in cells
	)


def looks_like_markdown(text: str) -> bool:
	"""Whether a text came out of a markdown converter (headings, emphasis, escapes, tables)."""
	sample = text[:20000]
	signs = len(
		re.findall(r"(?m)^#{1,6}\s|\*\*[^*\n]+\*\*|\\[-.'()*]|^\s*\+[-=]{3,}|\{\.underline\}", sample)
	)
	return signs >= 3


# --- logical lines -------------------------------------------------------------------------------

_BULLET = re.compile(r"^\s*[-–•*·▪◦●○■□➢➤►✓\uf0b7\uf0a7\uf0d8\uf076](?=\s)\s*")
_SYMBOL_BULLET = re.compile(r"^\s*[•·▪◦●○■□➢➤►✓\uf0b7\uf0a7\uf0d8\uf076]\s*")
_COLUMN_GAP = re.compile(r"\S(?: {3,}|\t+)\S")


class Line:
	"""One logical line of a report: a paragraph, a list item, a heading or a table row."""

	__slots__ = ("bold", "bullet", "cells", "italic", "level", "raw", "text")

	def __init__(
		self, text: str = "", raw: str = "", level: int = 0, bold: bool = False, italic: bool = False
	):
		self.text = text
		self.raw = raw
		self.level = level
		self.bold = bold
		self.italic = italic
		self.bullet = bool(_BULLET.match(text)) if text else False
		self.cells = None

	@property
	def blank(self) -> bool:
		return not self.text

	def __repr__(self) -> str:
		marks = "".join(
			mark
			for mark, on in (
				(f"#{self.level}", self.level),
				("B", self.bold),
				("I", self.italic),
				("-", self.bullet),
				("|", self.cells is not None),
			)
			if on
		)
		return f"Line({marks} {self.text!r})"


_PAGE_NUMBER_AT_END = re.compile(
	r"(?:\s+[-–—|/,]?\s*|\s*[-–—|/,]\s*)(?:p\.?\s*|page\s+|pagina\s+|blz\.?\s*)?(\d{1,3})(?:\s*/\s*\d{1,3})?\s*$",
	re.I,
)


def without_running_footers(lines: list[str]) -> list[str]:
	"""The lines less a footer or header that comes back on every page with its page number
	(`JS / réseau FAMI 18.03.2025 - 2`, `Verslag: Griet Wouters … – 1`): the same words twice or more,
	followed by different numbers."""
	keys = []
	numbers = {}
	for line in lines:
		stripped = line.strip().strip("*_|# ").strip()
		found = _PAGE_NUMBER_AT_END.search(stripped)
		key = stripped[: found.start()].strip() if found else ""
		if found and len(key) >= 12:
			keys.append(key)
			numbers.setdefault(key, set()).add(found.group(1))
		else:
			keys.append(None)
	return [line for line, key in zip(lines, keys, strict=True) if not (key and len(numbers[key]) >= 2)]


def without_page_edges(text: str) -> str:
	"""A PDF's text without the header and the footer on every page (`OCMW Antwerpen – AMIF-netwerk`,
	`Verslag bijeenkomst 27/02/2024`): a line that starts or ends two pages or more, where the text
	is parted into pages by form feeds."""
	pages = text.split("\f")
	if len(pages) < 3:
		return text

	def key(line: str) -> str:
		return re.sub(r"\d+", "#", " ".join(line.split()))

	def edges(page: str) -> set:
		lines = [line for line in page.split("\n") if line.strip()]
		return {key(line) for line in lines[:2] + lines[-2:]}

	seen: dict = {}
	for page in pages:
		for found in edges(page):
			seen[found] = seen.get(found, 0) + 1
	repeated = {found for found, count in seen.items() if count >= 2 and len(found) <= 90}
	if not repeated:
		return text
	kept = []
	for number, page in enumerate(pages):
		lines = page.split("\n")
		filled = [i for i, line in enumerate(lines) if line.strip()]
		at_edge = set((filled[:2] if number else []) + filled[-2:])  # the first page's top holds the title
		kept.append(
			"\n".join(line for i, line in enumerate(lines) if not (i in at_edge and key(line) in repeated))
		)
	return "\f".join(kept)


def logical_lines(text: str) -> list[Line]:
	"""The report's text as logical lines, whatever made it: a reader above, a markdown converter,
	a plain-text export (one line a paragraph) or a PDF's text (lines broken at the page width,
	tables as columns of spaces)."""
	text = (text or "").replace("\r\n", "\n").replace("\r", "\n").replace("\ufeff", "")
	text = without_page_edges(text).replace("\f", "\n")
	text = text.replace("\u00a0", " ").replace("\u2009", " ").replace("\u202f", " ")
	if looks_like_markdown(text):
		text = normalise_markdown(text)
	elif any(_SIMPLE_BORDER.match(line) for line in text.split("\n")):
		# pandoc's plain text keeps the tables of its markdown: their columns are set by the dashes
		text = "\n".join(_pandoc_tables(text.split("\n")))
	raw_lines = []
	for line in without_running_footers(text.split("\n")):
		if re.fullmatch(r"\s*(?:-{3,}(?:\s+-{3,})*|[=_]{3,}|\*(?:\s*\*){2,})\s*", line):
			raw_lines.append("")  # a rule, or the border of a table of spaces
			continue
		line = _SYMBOL_BULLET.sub("- ", line) if _SYMBOL_BULLET.match(line) else line
		if re.match(r"^\s*#{1,6}\s", line):
			line = line.replace("\t", " ")  # "## 1.⇥Opvolging vorig verslag": a heading, not two cells
		raw_lines.append(re.sub(r"^(\s*)[-*+](?: {2,}|\t)(?=\S)", r"\1- ", line))
	raw_lines = _stray_cell_lines(_columns_as_rows(_without_contents(raw_lines)))
	lines = []
	for raw in raw_lines:
		lines.append(_marked_line(raw))
	return _unwrapped(lines)


_CONTENTS_LABEL = re.compile(
	r"^(?:table\s+des\s+mati[eè]res|sommaire|inhoud(?:stafel|sopgave)?|(?:table\s+of\s+)?contents)"
	r"(?:\s*[/|–-]\s*(?:table\s+des\s+mati[eè]res|sommaire|inhoud(?:stafel|sopgave)?|(?:table\s+of\s+)?contents))?\s*:?$",
	re.I,
)
# an entry of a table of contents: its title, then a tab, spaces or dots and the page number
_CONTENTS_ENTRY = re.compile(
	r"^\s*(?:[-*]\s+)?(?:\S.{0,160}?(?:\t|\s{2,}|\.{3,}|…+)|\d{1,2}(?:\\?\.\d{1,2})*\\?[.)]?\s+\S.{0,160}?\s)\d{1,3}\s*$"
)


def _without_contents(raw_lines: list[str]) -> list[str]:
	"""The lines without a table of contents ("Table des matières / Inhoudstafel", then "1. Accueil⇥2"
	…): its entries are the headings again, with page numbers, not people or agenda items."""
	kept, index = [], 0
	while index < len(raw_lines):
		line = raw_lines[index]
		if _CONTENTS_LABEL.match(re.sub(r"[*_#|]+", " ", line).strip()):
			after, entries = index + 1, 0
			while after < len(raw_lines) and (
				not raw_lines[after].strip() or _CONTENTS_ENTRY.match(raw_lines[after].replace("*", ""))
			):
				entries += bool(raw_lines[after].strip())
				after += 1
			if entries >= 2:
				kept.append("")
				index = after
				continue
		kept.append(line)
		index += 1
	return kept


def _marked_line(raw: str) -> Line:
	stripped = raw.strip()
	if not stripped:
		return Line("", raw)
	if stripped.startswith("|") and stripped.endswith("|") and len(stripped) > 1:
		cells = [" ".join(_strip_emphasis(c).split()) for c in stripped.strip("|").split("|")]
		line = Line(" | ".join(c for c in cells if c), raw)
		line.cells = cells
		return line
	level = 0
	heading = re.match(r"^(#{1,6})\s+(.*)$", stripped)
	if heading:
		level, stripped = len(heading.group(1)), heading.group(2).strip()
	if stripped.startswith(">"):
		stripped = stripped.lstrip("> ").strip()  # a block quote's mark
	stripped = re.sub(r"^\\>\s*", "→ ", stripped)  # a typed arrow that pandoc escaped
	bullet = _BULLET.match(stripped)
	prefix = ""
	if bullet and not level:
		prefix, stripped = "- ", stripped[bullet.end() :]
	bold = bool(re.fullmatch(r"(\*\*|__)(.+?)\1\s*:?\s*", stripped))
	italic = not bold and bool(re.fullmatch(r"([*_])(?![*_\s])(.+?)(?<![*_\s])\1", stripped))
	text = " ".join(_strip_emphasis(stripped).split())
	return Line(prefix + text, raw, level, bold, italic)


def _strip_emphasis(text: str) -> str:
	text = re.sub(r"(\*\*|__)(.+?)\1", r"\2", text)
	text = re.sub(r"(?<![\w*])\*(?![\s*])(.+?)(?<![\s*])\*(?![\w*])", r"\1", text)
	text = re.sub(r"(?<![\w_])_(?![\s_])(.+?)(?<![\s_])_(?![\w_])", r"\1", text)
	return text.replace("**", "")


def _columns_as_rows(lines: list[str]) -> list[str]:
	"""A table written with columns of spaces (pandoc's plain text and markdown, pdftotext -layout)
	as `|` rows, its cells cut at the columns' positions; the next lines of a row whose cells run over
	several lines join it."""
	out = []
	columns = None  # where the current table's cells start
	row = None  # the index in `out` of the row the next lines may continue
	blank_since_row = False
	tabbed_rows = False  # the rows above had their cells parted by tabs
	for line in lines:
		body = line.strip()
		if not body:
			blank_since_row = row is not None
			out.append(line)
			continue
		indent = len(line) - len(line.lstrip())
		marks = re.fullmatch(r"(\*\*|__|\*|_)(.+)\1", body)  # "**A.⇥Accueil**": a bold numbered line
		tabbed = re.match(
			r"^((?:\d{1,2}(?:\.\d{1,2}){0,3}|[IVXLC]{1,6}|[A-H])[.)]?)\t+(\S[^\t]*)$",
			marks.group(2) if marks else body,
		)
		numbered = (
			tabbed
			or re.match(r"^([IVXLC]{1,6}[.)])\s{2,12}(\S(?:(?!\s{3}).)*)$", body)
			or re.match(r"^(\d{1,2}(?:\.\d{1,2}){0,2}[.)]?)\s{4,12}([A-ZÀ-Ý](?:(?!\s{3}).){2,80})$", body)
			# "1.   Yasmina maakt een vereenvoudigde versie …": a list's number, then its item (one cell)
			or re.match(r"^(\d{1,2}[.)])\s{3,4}(\S(?:(?!\s{3}).){30,240}[.?!])$", body)
		)  # "I.        Accueil et tour de table – Onthaal", "6     Actiepunten": a number, then its title
		if numbered and not body.startswith("|"):
			mark = marks.group(1) if marks and tabbed else ""
			out.append(
				f"{line[:indent]}{mark}{numbered.group(1)} {numbered.group(2)}{mark}"
			)  # "V.⇥Points d'action": a number
			columns, row = None, None
			continue
		gaps = [m.end() for m in re.finditer(r"(?<=\S)(?: {3,}|\t+)(?=\S)", line.rstrip())]
		if gaps and not body.startswith("|") and len(body) < 200:
			starts = [indent, *gaps]
			same = bool(columns and all(any(abs(s - c) <= 2 for c in columns) for s in starts))
			if not same:
				columns = starts  # a new table, or one whose first row sets the columns
			tabbed_rows = "\t" in line and not re.search(r" {3,}", body)
			if tabbed_rows:
				cells = [c.strip() for c in re.split(r"\t+", body)]  # tabs part the cells, wherever they fall
			else:
				cells = _cut(line, columns)
			if (
				same
				and row is not None
				and not blank_since_row
				and body[:1].islower()
				and indent <= columns[0] + 2
			):
				# "visite à Charleroi / Een datum      Yilmaz": the next lines of a row's cells, not a row
				joined = [c.strip() for c in out[row].strip().strip("|").split("|")]
				for position, piece in enumerate(cells):
					if piece and position < len(joined):
						joined[position] = f"{joined[position]} {piece}".strip()
				out[row] = "| " + " | ".join(joined) + " |"
				continue
			out.append("| " + " | ".join(cells) + " |")
			row, blank_since_row = len(out) - 1, False
			continue
		if (
			columns
			and row is not None
			and not tabbed_rows  # "14u30⇥Varia" then "Onthaal": a tab's width is no column to continue
			and any(abs(indent - c) <= 2 for c in columns)
			and not blank_since_row
			and not (
				indent < columns[0] and body[:1].isupper()
			)  # "Ordre du jour" left of the table: after it
		):
			first_width = (columns[1] - columns[0]) if len(columns) > 1 else 0
			first_cell = out[row].strip().strip("|").split("|")[0].strip()
			if _PERSON_ENTRY.match(first_cell) and indent <= columns[0] + 2 and _PERSON_ENTRY.match(body):
				# `Annelies Van Dyck (OCMW Edegem)` under a row whose first cell is complete: a row of
				# its own, with its other cells empty
				out.append("| " + " | ".join([body] + [""] * (len(columns) - 1)) + " |")
				row = len(out) - 1
				continue
			if indent > columns[0] + 2 or (
				len(line.rstrip()) - columns[0] <= first_width + 2
				and not first_cell.endswith((".", ":", ";", "!", "?"))
			):
				# the rest of the row's cells, under their columns
				cells = [c.strip() for c in out[row].strip().strip("|").split("|")]
				for position, piece in enumerate(_cut(line, columns)):
					if piece and position < len(cells):
						cells[position] = f"{cells[position]} {piece}".strip()
				out[row] = "| " + " | ".join(cells) + " |"
				continue
		columns, row = None, None
		out.append(line)
	return out


# a person as a list or a table gives them: `Annelies Van Dyck (OCMW Edegem)`, `Tine Claes – OCMW Antwerpen`
_PERSON_ENTRY = re.compile(
	r"^[A-ZÀ-Ý][\w'’.-]+(?:\s+[\w'’.-]+){1,4}\s*(?:\([^()]{2,40}\)|[–-]\s+(?:OCMW|CPAS|POD|SPP)\b[^()]{0,30})$"
)


_PERSON_START = re.compile(
	r"^[A-ZÀ-Ý][\w'’.-]+(?:\s+[A-ZÀ-Ýa-z][\w'’.-]*){1,4}\s*(?:\([^()]{2,40}\)|[–-]\s+(?:OCMW|CPAS|POD|SPP)\b)"
)


def _cut(line: str, columns: list[int]) -> list[str]:
	"""A line of a table of spaces cut at its columns' starting positions, moved to the nearest
	space when a converter shifted the text by a character or two (`--` written as `–`)."""
	cuts = [_nearest_gap(line, column) for column in columns[1:]]
	bounds = [columns[0], *cuts, len(line)]
	return [" ".join(line[bounds[i] : bounds[i + 1]].split()) for i in range(len(columns))]


def _nearest_gap(line: str, column: int) -> int:
	if column >= len(line) or column <= 0 or line[column - 1] == " ":
		return column
	for shift in range(1, 4):
		for candidate in (column - shift, column + shift):
			if 0 < candidate < len(line) and line[candidate - 1] == " " and line[candidate] != " ":
				return candidate
	return column


def _unwrapped(lines: list[Line]) -> list[Line]:
	"""Lines that a PDF or a converter broke at the page width joined again into their paragraph."""
	plain = [len(line.text) for line in lines if line.text and not line.cells and not line.level]
	if not plain:
		return lines
	width = sorted(plain)[int(len(plain) * 0.9)]
	near_width = sum(1 for length in plain if length >= 0.8 * width)
	# one paragraph a line (a text export) runs past any page's width, more than once
	beyond = sum(1 for length in plain if length > max(1.2 * width, 125))
	# and a wrapped line goes on in lower case on the next line; a paragraph a line seldom does
	texts = [line.text for line in lines]
	near = [i for i, t in enumerate(texts[:-1]) if t and len(t) >= 0.8 * width and texts[i + 1]]
	goes_on = sum(1 for i in near if texts[i + 1][:1].islower()) / max(1, len(near))
	wrapped = (
		len(plain) >= 20
		and width <= 110
		and near_width >= 0.15 * len(plain)
		and beyond <= 1
		and (beyond == 0 or goes_on >= 0.1)
	)
	out = []
	for line in lines:
		previous = out[-1] if out else None
		if (
			previous is not None
			and line.text
			and previous.text
			and not line.level
			and not previous.level
			and not line.cells
			and not previous.cells
			and not line.bullet
			and not (line.bold or line.italic) ^ (previous.bold or previous.italic)
			and _continues(
				previous.text, line.text, width if wrapped else None, previous.raw.split("\n")[-1].strip()
			)
		):
			previous.text = f"{previous.text} {line.text}"
			previous.raw = f"{previous.raw}\n{line.raw}"
			emphasis = re.fullmatch(r"([*_])(?![*_\s])(.+?)(?<![*_\s])\1", previous.text)
			if emphasis:  # italics over several lines of a paragraph
				previous.text, previous.italic = emphasis.group(2), True
			continue
		out.append(line)
	return out


_STARTS_A_PART = re.compile(
	r"^(?:Pr[ée]sent(?:e?s)?|Pr[ée]sences|Excus[ée]e?s?|Excus[ée]\(e\)s|Aanwezig(?:en|heden)?|Verontschuldigd|"
	r"Afwezig|Ordre du jour|Agenda|Programm[ae]|Lieu|Plaats|Participants|Deelnemers|Prochaine|Volgende|Actions?|"
	r"Actiepunten|Afspraken|L[ée]gende|Afkortingen|Abr[ée]viations|Initialen|Initiales|(?:Uur|Heure|Tijd|Horaire)\s*/\s*(?:Heure|Uur|Tijd|Horaire)|"
	# "Organisatie Aanwezig Verontschuldigd": the header of a people table, its cells run together
	r"(?:Organisatie|Organisation|Instelling|Institution|Naam|Nom)\s+(?:Aanwezig|Pr[ée]sents?|Naam|Nom|Organisatie|Organisation))\b"
)


# an owner before a colon, then the task: "KJ: bezorgt …", "SO + AV: werken …", "Alle OCMW's: aanwezigheidslijsten …"
_OWNER_LABEL_START = re.compile(
	r"^(?:[A-ZÀ-Ý]{1,4}(?:\s*(?:\+|&|/|,|en|et)\s*[A-ZÀ-Ý]{1,4})*|"
	r"(?i:(?:alle|tous\s+les|chaque|elk)\s+\S+|nog\s+te\s+bepalen|[àa]\s+d[ée]finir))\s*:\s+[a-zà-ÿ]"
)
_NUMBERED_START = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2})*[.)]?|[IVX]{1,5}\s*[.)–-]|[A-H][.)])\s")
_DANGLING_WORD = re.compile(
	r"\s(?:van|de|du|des|het|een|le|la|les|à|au|aux|en|et|of|voor|met|op|in|dans|pour|sur|avec|par|door|naar|"
	r"aan|bij|d'|l'|el|da|di|dos|ter|ten|von|der|den|om|vers)$",
	re.I,
)
_STARTS_WITH_TIME = re.compile(
	r"^\s*(?:[-–•]\s*)?(?:de\s+|van\s+)?\d{1,2}\s*(?:[:hHuU.]\s*\d{2}|[hHuU])\b", re.I
)


_PEOPLE_TABLE_HEADER = re.compile(
	r"(?:nom|naam|name)(?:\s*/\s*(?:nom|naam|name))?\s+(?:organisation|organisatie|institution|instelling)\b",
	re.I,
)
# the end of a people table's header or row whose cells a PDF's text ran together: "… Aanwezig / Présent",
# "Nele De Wilde OCMW Gent ja / oui", "Anaïs Vander Elst CPAS Bruxelles excusée"
_PEOPLE_TABLE_ROW_END = re.compile(
	r"\s(?:ja\s*/\s*oui|oui\s*/\s*ja|(?:aanwezig|pr[ée]sente?|verontschuldigd|excus[ée]e?)(?:\s*/\s*(?:pr[ée]sente?|"
	r"aanwezig|excus[ée]e?|verontschuldigd))?|(?:sur\s+place|en\s+ligne)\s*/\s*(?:ter\s+plaatse|online)|"
	r"(?:ter\s+plaatse|online)\s*/\s*(?:sur\s+place|en\s+ligne))$",
	re.I,
)


def _continues(previous: str, current: str, width: int | None, last_line: str | None = None) -> bool:
	last_line = last_line if last_line is not None else previous
	if (
		width
		and _STARTS_WITH_TIME.match(current)
		and (_DANGLING_WORD.search(previous) or previous.endswith(",") or re.search(r"\s[–—-]$", previous))
		and len(last_line) >= 0.75 * width
	):
		return True  # "… om" then "10.00 voorstelling van het partnerschap": a sentence wrapped before a time
	if _STARTS_A_PART.match(current) or _STARTS_WITH_TIME.match(current):
		return False
	if re.search(r"\s[–—/-]\s+(?:[\w'’]+\s+){0,3}?(?:OCMW|CPAS|POD|SPP)$", previous) and re.fullmatch(
		r"[A-ZÀ-Ý][\w'’-]+", current.strip()
	):
		return True  # "Julie Masson – CPAS Bruxelles / OCMW" then "Brussel": an organisation's town, wrapped
	if (
		re.match(r"^\s*(?:→|->|=>|⇒|➔)\s*\S", current)
		and len(current.split()) >= 5
		and re.match(r"^\s*(?:→|->|=>|⇒|➔)", last_line)
	):
		return False  # "→ elk OCMW test de enquête …" under "→ VL past …": the next item of a list of arrows
	if (
		not last_line.rstrip().endswith(("/", "–", "-"))
		and current[:1].isupper()
		and any(_PEOPLE_TABLE_HEADER.match(line) and len(line.split()) <= 10 for line in (current, last_line))
	):
		return False  # "Naam / Nom Organisatie / Organisation Aanwezig / Présent": a people table's header
	if (
		re.fullmatch(r"[A-ZÀ-Ý](?:[a-z]{0,2}[A-ZÀ-Ý]){1,4}[a-z]?", current.strip())
		# after a legend's organisation or its header: "OCMW Gent (verslag)", "POD MI", "Organisatie"
		and re.search(
			r"(?:\)|\b(?:OCMW|CPAS|POD|SPP)\b(?:\s+\S+){0,3}|^\W*(?:initialen|initiales|naam|nom|organisatie|organisation))$",
			last_line.strip(),
			re.I,
		)
		and not _DANGLING_WORD.search(last_line)
	) and current.strip() not in (
		"OCMW",
		"CPAS",
		"SPP",
		"POD",
		"MI",
		"IS",
		"AMIF",
		"FAMI",
		"VZW",
		"ASBL",
		"NL",
		"FR",
		"RGPD",
		"GDPR",
		"AVG",
		"CECR",
		"ERK",
		"EU",
	):
		return False  # "KBa": the initials that start a legend's row, one cell a line
	if _PEOPLE_TABLE_ROW_END.search(last_line) and current[:1].isupper():
		return False  # "… Présent" then "Bram Vandenberghe OCMW Gent ja / oui": a people table's rows
	if re.fullmatch(r"[A-ZÀ-Ý][^.:;!?()]{1,40}?\s?:", current.strip()) and len(current.split()) <= 5:
		return False  # "Étaient présents :": a label on a line of its own starts the list below it
	if re.match(r"^(?:pour|voor|namens)\s+[^:.;]{2,40}?\s?:\s*[A-ZÀ-Ý]", current) and re.match(
		r"^(?:pour|voor|namens)\s+[^:.;]{2,40}?\s?:\s*[A-ZÀ-Ý]|^[^:]{2,30}:\s*$", previous
	):
		return False  # "pour Gand : Lies Verhaeghe" under "pour le SPP : …": the next organisation's people
	if re.fullmatch(r"[–—-]+", current.strip()):
		return False  # "–" alone: an empty cell of a table exported one cell a line
	if re.match(r"^(?:\d{1,2}(?:\.\d{1,2})*[.)]|[IVX]{1,5}\s*[.)–-]|[A-Ha-h][.)])\s", current) or re.match(
		r"^(?:\d{1,2}\.\d{1,2}|\d{1,2}\s+[–—-])\s+[A-ZÀ-Ý]", current
	):
		return False  # a numbered item or heading starts a line of its own ("2.3 Mortsel", "4 – Bewaartermijnen")
	if _OWNER_LABEL_START.match(current):
		return False  # "SO + AV: werken samen een voorstel uit …": the next task of a list, its owner first
	if _PERSON_START.match(current) and re.search(
		r"\)$|[–-]\s+(?:OCMW|CPAS|POD|SPP)\b[^();,]{0,30}$", previous
	):
		return False  # one person a line: a list or a table's column
	if (
		previous.endswith((";", ","))
		and previous.count("(") >= 2
		and re.match(r"^[A-ZÀ-Ý][\w.'’-]*(?:\s+[\w.'’-]+){0,3}\s*\([^()]{2,60}\)\W*$", current)
	):
		return True  # "… SV (OCMW Brussel);" then "LC (Agentschap Integratie en Inburgering, gast)": the list goes on
	if previous.count("(") > previous.count(")") or re.search(r"\)\s*[,;]\s*[^,;()]+$", previous):
		# a list of people broken over lines; "(resp." goes on too
		return not previous.endswith(".") or bool(
			re.search(r"\b(?:resp|cf|ca|bv|dhr|mevr|mme|m)\.$", previous, re.I)
		)
	if (
		previous.endswith(":")
		and (current[:1].islower() or re.search(r"\b(?:qui|wie|who|pour|tegen)\s*:$", previous, re.I))
		and width
		and len(last_line) >= 0.75 * width
	):
		return (
			True  # "T1. Adapter le règlement … -- Qui :" then "chaque CPAS -- Pour : 15/12": one line wrapped
		)
	if previous.endswith((".", "!", "?", ":", ";")) and not previous.endswith(("M.", "Mme.", "p.")):
		return False
	if re.search(r"\s[–/-]$", previous) or _DANGLING_WORD.search(previous):
		return True  # a line never ends on "–" or on "van", "de", "et": the rest is on the next one
	if last_line == previous and _NUMBERED_START.match(previous) and current[:1].isupper():
		return False  # a numbered heading, then its section's first sentence
	if (
		current[:1] == "("
		and re.search(r",\s*[A-ZÀ-Ý][\w.'’-]*$", previous)
		and re.match(r"^\([^()]{2,40}\)", current)
	):
		return (
			True  # "Participants : …, WP, LV" then "(Anvers), IG (Bruxelles)": a list's organisation, wrapped
		)
	if current[:1].islower() or current[:1] in "(,":
		return bool(width) or bool(re.search(r"(?:[,(–-]|\s(?:et|en))$", previous))
	# the line was full, or the next word would not have fitted on it
	return bool(width) and (
		len(last_line) >= 0.75 * width or len(last_line) + 1 + len(current.split()[0]) > 0.95 * width
	)
