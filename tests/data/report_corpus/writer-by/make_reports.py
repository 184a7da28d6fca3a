# -*- coding: utf-8 -*-
"""Builds the ten meeting reports 777-786 of the AMIF network (writer-by).

One function per report, each written as one person of the network would have typed it in Word.
Run with the venv beside given/:  ../venv/bin/python make_reports.py
The .expected.json files are NOT produced here: they were written by hand after reading each report.
"""
import datetime
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_COLOR_INDEX, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

RED = RGBColor(0xC0, 0x00, 0x00)
BLUE = RGBColor(0x1F, 0x4E, 0x9A)
GREY = RGBColor(0x80, 0x80, 0x80)
GREEN = RGBColor(0x37, 0x86, 0x3C)
NAVY = RGBColor(0x1B, 0x36, 0x5D)


# ----------------------------------------------------------------------------------------------
# small helpers
# ----------------------------------------------------------------------------------------------
def set_style_font(style, name=None, size=None, bold=None, color=None, italic=None):
    """Set a style's font and drop the theme font attributes that would override it in Word."""
    rpr = style.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is not None:
        for att in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
            if fonts.get(qn(att)) is not None:
                del fonts.attrib[qn(att)]
    if name:
        style.font.name = name
        style.element.rPr.rFonts.set(qn("w:eastAsia"), name)
        style.element.rPr.rFonts.set(qn("w:cs"), name)
    if size:
        style.font.size = Pt(size)
    if bold is not None:
        style.font.bold = bold
    if italic is not None:
        style.font.italic = italic
    if color is not None:
        style.font.color.rgb = color


def set_lang(doc, lang):
    rpr = doc.styles["Normal"].element.get_or_add_rPr()
    el = rpr.find(qn("w:lang"))
    if el is None:
        el = OxmlElement("w:lang")
        rpr.append(el)
    el.set(qn("w:val"), lang)


def new_doc(font, size, lang, margins=2.5, landscape=False, author=None, title=None):
    doc = Document()
    set_style_font(doc.styles["Normal"], font, size)
    set_lang(doc, lang)
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(margins))
    if author:
        doc.core_properties.author = author
        doc.core_properties.last_modified_by = author
    if title:
        doc.core_properties.title = title
    return doc


def add_runs(p, parts):
    """parts: a string, or a list of strings / (text, fmt dict)."""
    if isinstance(parts, str):
        parts = [parts]
    for part in parts:
        if isinstance(part, str):
            p.add_run(part)
            continue
        text, fmt = part
        r = p.add_run(text)
        if fmt.get("b"):
            r.bold = True
        if fmt.get("i"):
            r.italic = True
        if fmt.get("u"):
            r.underline = True
        if fmt.get("strike"):
            r.font.strike = True
        if fmt.get("color") is not None:
            r.font.color.rgb = fmt["color"]
        if fmt.get("hl") is not None:
            r.font.highlight_color = fmt["hl"]
        if fmt.get("size"):
            r.font.size = Pt(fmt["size"])
        if fmt.get("font"):
            r.font.name = fmt["font"]
        if fmt.get("caps"):
            r.font.all_caps = True
    return p


def para(container, parts="", style=None, align=None, space_after=None, space_before=None, indent=None,
         first=None, keep=False):
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    add_runs(p, parts)
    pf = p.paragraph_format
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "justify":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if space_after is not None:
        pf.space_after = Pt(space_after)
    if space_before is not None:
        pf.space_before = Pt(space_before)
    if indent is not None:
        pf.left_indent = Cm(indent)
    if first is not None:
        pf.first_line_indent = Cm(first)
    if keep:
        pf.keep_with_next = True
    return p


def cell_text(cell, parts, bold=False, align=None, size=None, color=None):
    """Write into a cell's first paragraph."""
    p = cell.paragraphs[0]
    if isinstance(parts, str):
        parts = [(parts, {"b": bold, "size": size, "color": color})]
    add_runs(p, parts)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def cell_para(cell, parts, style=None):
    p = cell.add_paragraph(style=style) if style else cell.add_paragraph()
    add_runs(p, parts)
    return p


def shade(cell, hex_fill):
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcpr.append(shd)


def col_widths(table, widths_cm):
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_cm):
        gc.set(qn("w:w"), str(int(w * 567)))
    for row in table.rows:
        for i, w in enumerate(widths_cm):
            row.cells[i].width = Cm(w)


def no_borders(table):
    tblpr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement("w:" + edge)
        el.set(qn("w:val"), "nil")
        borders.append(el)
    tblpr.append(borders)


def add_field(paragraph, instr, cached="1"):
    """A simple Word field (PAGE, NUMPAGES, DATE ...) with a cached result."""
    r1 = paragraph.add_run()
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), "begin")
    r1._r.append(fc)
    r2 = paragraph.add_run()
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " %s " % instr
    r2._r.append(it)
    r3 = paragraph.add_run()
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), "separate")
    r3._r.append(fc)
    paragraph.add_run(cached)
    r5 = paragraph.add_run()
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), "end")
    r5._r.append(fc)


def footer_page(doc, left_text, fmt="Page {PAGE} / {NUMPAGES}", size=8, tab_cm=16):
    sec = doc.sections[0]
    p = sec.footer.paragraphs[0]
    p.text = ""
    r = p.add_run(left_text)
    r.font.size = Pt(size)
    if fmt:
        p.paragraph_format.tab_stops.add_tab_stop(Cm(tab_cm), WD_TAB_ALIGNMENT.RIGHT)
        r = p.add_run("\t")
        pieces = fmt.replace("{PAGE}", "\x00PAGE\x00").replace("{NUMPAGES}", "\x00NUMPAGES\x00").split("\x00")
        for piece in pieces:
            if piece in ("PAGE", "NUMPAGES"):
                add_field(p, piece)
            elif piece:
                rr = p.add_run(piece)
                rr.font.size = Pt(size)
    return p


def header_text(doc, parts, align=None):
    p = doc.sections[0].header.paragraphs[0]
    p.text = ""
    add_runs(p, parts)
    if align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def page_break(doc):
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


# when each writer typed / last saved the report (document properties)
SAVED = {
    "777": (datetime.datetime(2016, 11, 24, 15, 40), datetime.datetime(2016, 11, 25, 9, 12)),
    "778": (datetime.datetime(2017, 2, 20, 10, 0), datetime.datetime(2017, 3, 22, 14, 31)),
    "779": (datetime.datetime(2018, 5, 29, 14, 5), datetime.datetime(2018, 6, 4, 11, 47)),
    "780": (datetime.datetime(2019, 10, 21, 16, 50), datetime.datetime(2019, 10, 21, 16, 55)),
    "781": (datetime.datetime(2020, 6, 11, 9, 58), datetime.datetime(2020, 6, 11, 12, 1)),
    "782": (datetime.datetime(2021, 10, 22, 8, 30), datetime.datetime(2021, 10, 27, 16, 2)),
    "783": (datetime.datetime(2022, 9, 28, 9, 15), datetime.datetime(2022, 10, 5, 13, 40)),
    "784": (datetime.datetime(2023, 11, 15, 10, 20), datetime.datetime(2023, 11, 24, 17, 5)),
    "785": (datetime.datetime(2024, 5, 24, 9, 0), datetime.datetime(2024, 5, 27, 15, 22)),
    "786": (datetime.datetime(2026, 2, 13, 9, 30), datetime.datetime(2026, 2, 16, 18, 10)),
}


def save(doc, name):
    cp = doc.core_properties
    cp.comments = ""
    cp.created, cp.modified = SAVED[name[:3]]
    cp.revision = 3
    doc.save(os.path.join(HERE, name))


# ----------------------------------------------------------------------------------------------
# 777 - 2016, Charleroi: notes in fragments, arrows and abbreviations (Kévin Mabika)
# ----------------------------------------------------------------------------------------------
def r777():
    doc = new_doc("Calibri", 11, "fr-BE", margins=2.0, author="Kevin Mabika")
    A = "\u2192"  # arrow

    para(doc, [("Réunion réseau FAMI – CPAS Charleroi – 24/11/16", {"b": True, "size": 13})], space_after=2)
    para(doc, [("(notes pas relues – à nettoyer avant envoi)", {"i": True, "color": GREY})], space_after=8)
    para(doc, "Lieu : Service Action Migrants, salle du 2e étage")
    para(doc, "Présents : Katrien Vanhoutte (SPP IS), Pieter Van Damme + Hanne De Smet (Gand), "
              "Fatima Zahra El Amrani + Jean-Marc Lhoest (Liège), Els Peeters (Anvers), Aïcha Diallo (Bxl), "
              "Véronique Gilson (Binche), Nathalie Dufrasne, Samira Haddou, Kévin Mabika (CHA)")
    para(doc, "Exc. : Olivier Vandenbroucke (Bxl), Karim Benali (Anvers)", space_after=8)

    para(doc, "OJ :", space_after=0)
    for t in ("9h30\taccueil café",
              "10h-11h\ttour de table",
              "11h-12h30\tprésentation Activ'Up + visite",
              "13h30-15h\trecrutement / séances d'info " + A + " chiffres"):
        p = para(doc, t, indent=0.5, space_after=0)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(3.0))
    para(doc, "")

    para(doc, [("Tour de table", {"u": True})], space_before=6)
    para(doc, "Gand : démarrage module 2 en sept. " + A + " 14 part. inscrits, bcp de femmes, qq pb de garde d'enfants")
    para(doc, A + " PVD : crèche partenaire ? pas encore de solution", indent=1)
    para(doc, "Liège : 3 contrats / part. (AS, entretien d'admission, resp. module) " + A +
              " FZ dit que ça marche bien pr la ponctualité")
    para(doc, "Anvers : recrutement lent, AS pas assez informés " + A + " EP va refaire une séance pour les "
              "antennes en janvier")
    para(doc, "Bxl : Aïcha " + A + " nouveaux locaux à partir de janv., déménagement = 2 sem. sans activités")
    para(doc, "Binche : Véro, 6 part. envoyés vers Charleroi, trajet en bus = frein")

    para(doc, [("Présentation Activ'Up (ND)", {"u": True})], space_before=6)
    for t in ("3 axes : individuel / collectif / suivi social",
              "coaching indiv. 1x/2 sem. ; coaching coll. 1x/mois",
              "ateliers découvertes 1x/sem (info, sport, carton, photo)",
              "séances d'info « se débrouiller en Belgique » " + A + " institutions, droits & devoirs, séjour, "
              "logement, banque",
              "FLE via subside PCS, part. Activ'Up prioritaires"):
        para(doc, "- " + t, indent=0.5, space_after=0)
    para(doc, "visite des locaux " + A + " ok, atelier carton très apprécié par Gand", space_before=4)

    para(doc, [("Recrutement", {"u": True})], space_before=6)
    para(doc, "listing observatoire " + A + " + de 1000 pers.", space_after=0)
    para(doc, "retenus par les AS : 315 (M1)", space_after=0)
    para(doc, ["invités séance d'info " + A + " 110 présents = 35 % ; M2 : ",
               ("[chiffre ? à compléter]", {"hl": WD_COLOR_INDEX.YELLOW})], space_after=0)
    para(doc, "pq si peu ? " + A + " courrier pas compris, pas de rappel tél., horaires", space_after=0)
    para(doc, "idée Gand : rappel par SMS la veille " + A + " Charleroi va tester le rappel SMS en janv.", space_after=0)

    para(doc, [("Actions", {"u": True})], space_before=6)
    para(doc, A + " KV envoie le modèle de rapport intermédiaire à tous avant le 15/12", space_after=0)
    para(doc, A + " SH envoie le courrier d'invitation de Charleroi à Gand et Liège", space_after=0)
    para(doc, A + " chaque CPAS : chiffres recrutement 2016 à KV pour fin janvier", space_after=0)
    para(doc, A + " ??? : trouver une date pour la visite à Gand", space_after=8)

    para(doc, "Proch. réunion : Gand, mars 2017, date à fixer")
    save(doc, "777_notes_fleches_charleroi.docx")


# ----------------------------------------------------------------------------------------------
# 778 - 2017, Gent: the SPP report template with its prompts left in (Hanne De Smet)
# ----------------------------------------------------------------------------------------------
def r778():
    doc = new_doc("Arial", 10, "nl-BE", author="Hanne De Smet")
    set_style_font(doc.styles["Title"], "Arial", 16, bold=True, color=NAVY)
    set_style_font(doc.styles["Heading 1"], "Arial", 12, bold=True, color=NAVY)
    set_style_font(doc.styles["Heading 2"], "Arial", 10, bold=True, color=NAVY)
    header_text(doc, [("POD Maatschappelijke Integratie – AMIF netwerk", {"size": 8, "color": GREY}),
                      ("\tSjabloon verslag v2", {"size": 8, "color": GREY})])
    footer_page(doc, "Naar een geïntegreerd migratiebeleid, dankzij het AMIF", fmt="pagina {PAGE}")
    prompt = {"i": True, "color": GREY}

    para(doc, "Verslag netwerkbijeenkomst AMIF", style="Title")
    t = doc.add_table(rows=6, cols=2)
    t.style = doc.styles["Table Grid"]
    rows = [
        ("Datum:", [("16 maart 2017", {})]),
        ("Plaats:", [("OCMW Gent, Dienstencentrum Kouter, zaal 2", {})]),
        ("Verslaggever:", [("[naam verslaggever]", prompt)]),
        ("Aanwezig:", [("Katrien Vanhoutte (POD MI), Pieter Van Damme (OCMW Gent), Hanne De Smet (OCMW Gent), "
                        "Yusuf Demir (OCMW Gent), Els Peeters (OCMW Antwerpen), Karim Benali (OCMW Antwerpen), "
                        "Wim Verhaegen (OCMW Schoten), Jean-Marc Lhoest (OCMW Luik), "
                        "Olivier Vandenbroucke (OCMW Brussel)", {})]),
        ("Verontschuldigd:", [("Nathalie Dufrasne (OCMW Charleroi), Aïcha Diallo (OCMW Brussel), "
                               "Inge Wouters (OCMW Edegem)", {})]),
        ("Bijlagen:", [("presentatie OCMW Gent (pdf)", {})]),
    ]
    for i, (lab, val) in enumerate(rows):
        cell_text(t.rows[i].cells[0], lab, bold=True)
        shade(t.rows[i].cells[0], "DCE6F1")
        cell_text(t.rows[i].cells[1], val)
    col_widths(t, [3.5, 12.5])

    para(doc, "Agenda", style="Heading 1")
    para(doc, [("<Voeg hier de agenda in, met tijdstippen.>", prompt)])
    for t_ in ("10u00 – 10u15\tVerwelkoming en goedkeuring vorig verslag",
               "10u15 – 11u45\tStand van zaken per OCMW",
               "11u45 – 12u30\tTevredenheidsenquête: eerste ervaringen",
               "12u30 – 13u00\tVaria en volgende bijeenkomst"):
        p = para(doc, t_, space_after=0)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(3.5))
    para(doc, "")

    para(doc, "1. Verwelkoming en goedkeuring vorig verslag", style="Heading 1")
    para(doc, [("<Korte inleiding: wie verwelkomt, opmerkingen bij het vorige verslag.>", prompt)])
    para(doc, "Pieter Van Damme verwelkomt iedereen in Gent en stelt kort het team voor. Het verslag van "
              "24 november 2016 (Charleroi) wordt goedgekeurd zonder opmerkingen.")

    para(doc, "2. Stand van zaken per OCMW", style="Heading 1")
    para(doc, [("<Geef per OCMW een korte stand van zaken: aantal deelnemers, modules, knelpunten.>", prompt)])
    para(doc, "2.1 OCMW Gent", style="Heading 2")
    para(doc, "Module 2 loopt sinds september met 14 deelnemers, vooral vrouwen. Kinderopvang blijft een "
              "probleem: er is nu een afspraak met een buurtcrèche voor vier plaatsen op dinsdag en donderdag. "
              "De individuele coaching gebeurt om de twee weken; de intakegesprekken doet Yusuf.")
    para(doc, "2.2 OCMW Antwerpen (+ Schoten, Edegem, Mortsel)", style="Heading 2")
    para(doc, "De rekrutering verloopt nog traag. Els gaf in januari een infosessie voor de maatschappelijk "
              "werkers van de sociale centra; sindsdien kwamen er 11 doorverwijzingen bij. Schoten stuurt "
              "twee deelnemers door, Edegem en Mortsel nog geen.")
    para(doc, "2.3 OCMW Luik", style="Heading 2")
    para(doc, "Jean-Marc licht de drie contracten per deelnemer toe (maatschappelijk werker, intake, "
              "moduleverantwoordelijke). De aanwezigheidsgraad ligt sinds de invoering ervan hoger.")
    para(doc, "2.4 OCMW Charleroi", style="Heading 2")
    para(doc, [("Klik of tik om tekst in te voeren.", {"color": GREY})])
    para(doc, "2.5 OCMW Brussel", style="Heading 2")
    para(doc, "Olivier meldt dat de verhuis naar de nieuwe lokalen achter de rug is. De collectieve workshops "
              "zijn opnieuw gestart op 6 maart.")

    para(doc, "3. Tevredenheidsenquête", style="Heading 1")
    para(doc, [("<Belangrijkste vaststellingen en besluiten.>", prompt)])
    para(doc, "Alle OCMW's vinden de huidige enquête te abstract voor de doelgroep: woorden als "
              "\u201czelfredzaamheid\u201d of \u201cmaatschappelijke participatie\u201d worden niet begrepen. "
              "Deelnemers vragen de enquête ook in het Arabisch en het Dari. Besluit: er komt een "
              "eenvoudigere versie (zie actiepunten).")

    para(doc, "4. Varia", style="Heading 1")
    para(doc, "Karim vraagt of de projectfiches op de website van de POD mogen verschijnen. Katrien antwoordt "
              "dat dit mag, want de fiches bevatten geen persoonsgegevens.")

    para(doc, "Actiepunten", style="Heading 1")
    para(doc, [("<Vul de tabel aan: één actie per rij.>", prompt)])
    t = doc.add_table(rows=5, cols=3)
    t.style = doc.styles["Table Grid"]
    data = [("Actie", "Wie", "Tegen wanneer"),
            ("Verslag rondsturen naar alle OCMW's en de POD", "Hanne De Smet", "31/03"),
            ("Projectfiche Gent aanpassen (doelgroep, modules)", "Pieter Van Damme", "april"),
            ("Vereenvoudigde versie van de tevredenheidsenquête bezorgen", "POD MI", "mei"),
            ("Contact opnemen met Fedasil voor een infosessie over verblijf", "?", "")]
    for i, row in enumerate(data):
        for j, v in enumerate(row):
            cell_text(t.rows[i].cells[j], v, bold=(i == 0))
            if i == 0:
                shade(t.rows[i].cells[j], "DCE6F1")
    col_widths(t, [10, 3.5, 2.5])
    para(doc, "")
    para(doc, [("Volgende bijeenkomst: ", {"b": True}), "juni 2017 bij CPAS Luik (datum: ",
               ("Klik of tik om een datum in te voeren.", {"color": GREY}), ")"])
    save(doc, "778_sjabloon_prompts_gent.docx")


# ----------------------------------------------------------------------------------------------
# 779 - 2018, Liège: a report that is mostly one table (Jean-Marc Lhoest)
# ----------------------------------------------------------------------------------------------
def r779():
    doc = new_doc("Verdana", 9, "fr-BE", margins=1.8, landscape=True, author="Jean-Marc Lhoest")
    header_text(doc, [("CPAS de Liège – Mod' Actions – réseau FAMI", {"size": 7, "color": GREY})], align="right")
    footer_page(doc, "Vers une politique de migration plus intégrée, grâce au FAMI", fmt="{PAGE}/{NUMPAGES}",
                size=7, tab_cm=26)

    para(doc, [("Réunion du réseau FAMI – mardi 29 mai 2018", {"b": True, "size": 12})], space_after=2)
    para(doc, "Lieu : maison d'activation sociale, Liège – 9h30 à 13h30", space_after=6)

    t = doc.add_table(rows=2, cols=2)
    t.style = doc.styles["Table Grid"]
    cell_text(t.rows[0].cells[0], "Présents", bold=True)
    cell_text(t.rows[0].cells[1],
              "Katrien Vanhoutte (SPP IS), Mehdi Bouzidi (SPP IS), Hanne De Smet (CPAS Gand), Yusuf Demir "
              "(CPAS Gand), Giulia Rinaldi (CPAS Liège), Jean-Marc Lhoest (CPAS Liège), Fatima Zahra El Amrani "
              "(CPAS Liège), Samira Haddou (CPAS Charleroi), Karim Benali (CPAS Anvers), Olivier Vandenbroucke "
              "(CPAS Bruxelles)")
    cell_text(t.rows[1].cells[0], "Excusés", bold=True)
    cell_text(t.rows[1].cells[1], "Els Peeters (CPAS Anvers), Nathalie Dufrasne (CPAS Charleroi)")
    for r in t.rows:
        shade(r.cells[0], "E7E6E6")
    col_widths(t, [3, 23])
    para(doc, "")

    para(doc, [("Ordre du jour", {"b": True})], space_after=0)
    for t_ in ("9h30\tAccueil",
               "9h45\tTour des CPAS",
               "11h00\tIndicateurs et rapportage annuel",
               "11h45\tEnquête de satisfaction et traduction",
               "12h30\tRGPD : qui voit quoi ?",
               "13h00\tDivers"):
        p = para(doc, t_, space_after=0, indent=0.3)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(2))
    para(doc, "")

    para(doc, [("Relevé des échanges", {"b": True, "size": 10})], space_after=4)
    heads = ("N°", "Point", "Échanges / décisions", "Suite à donner", "Qui", "Pour quand")
    body = [
        ("1", "Accueil",
         "Jean-Marc accueille le réseau dans la maison d'activation sociale. Visite rapide de l'atelier créatif "
         "et de la salle informatique.", "–", "", ""),
        ("2", "Tour des CPAS",
         "Gand : 2 groupes de 12, liste d'attente pour l'atelier langue. Charleroi : module 3 a démarré en "
         "septembre, recrutement via les antennes sociales. Anvers : 31 participants, dont 5 de Schoten. "
         "Bruxelles : 27 participants (chiffres à vérifier avec Olivier). Liège : 3 contrats par participant, "
         "inscriptions possibles à tout moment.", "–", "", ""),
        ("3", "Indicateurs et rapportage annuel",
         "Le SPP explique ce que la Commission attend : nombre de participants par type d'activité, "
         "participants qui terminent un module. Les CPAS ne transmettent que des chiffres, jamais de noms.",
         "Envoyer au SPP les chiffres 2017 consolidés (participants par module)", "Chaque CPAS", "30/06"),
        ("4", "Enquête de satisfaction",
         "Jugée trop abstraite par tous. Liège teste déjà des pictogrammes (smileys) avec le groupe débutant ; "
         "Gand est intéressé.",
         "Proposer une version simplifiée avec pictogrammes", "Giulia Rinaldi et Hanne De Smet", "septembre"),
        ("5", "Traduction de l'enquête",
         "Demandes en arabe, dari et tigrinya. Le SPP dispose d'un budget de traduction.",
         "Faire traduire l'enquête en arabe, dari et tigrinya", "SPP", "fin 2018"),
        ("6", "RGPD",
         "Le RGPD s'applique depuis le 25 mai. Chaque CPAS reste responsable des données de ses "
         "participants ; le SPP ne reçoit aucune donnée nominative. Bruxelles a rédigé une clause "
         "d'information pour les participants.",
         "Partager son modèle de clause d'information avec les autres CPAS", "CPAS Bruxelles", "juin"),
        ("7", "Divers",
         "Anvers accueillera la prochaine réunion. La fiche projet commune doit être mise à jour (nouveaux "
         "modules).",
         "Mettre à jour la fiche projet commune", "?", ""),
    ]
    t = doc.add_table(rows=1 + len(body), cols=6)
    t.style = doc.styles["Table Grid"]
    for j, h in enumerate(heads):
        cell_text(t.rows[0].cells[j], h, bold=True)
        shade(t.rows[0].cells[j], "C00000")
        for r in t.rows[0].cells[j].paragraphs[0].runs:
            r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    for i, row in enumerate(body, start=1):
        for j, v in enumerate(row):
            cell_text(t.rows[i].cells[j], v)
    col_widths(t, [1, 3.5, 10.5, 5.5, 3.5, 2])
    para(doc, "")
    para(doc, [("Prochaine réunion : mardi 16 octobre 2018, 9h30, CPAS d'Anvers.", {"b": True})])

    page_break(doc)
    para(doc, [("Annexe 1 – Horaire type d'une semaine (CPAS de Liège)", {"b": True, "size": 10})], space_after=4)
    t = doc.add_table(rows=3, cols=5)
    t.style = doc.styles["Table Grid"]
    week = [("Lundi", "Mardi", "Mercredi", "Jeudi", "Vendredi"),
            ("Atelier activation sociale (débutants)", "Atelier créatif", "Atelier informatique",
             "Atelier activation sociale (avancés)", "Réalisation de projet"),
            ("Entretiens individuels", "Entretiens d'admission", "Sortie socioculturelle (1x/mois)",
             "Entretiens individuels", "Réunion d'équipe")]
    for i, row in enumerate(week):
        for j, v in enumerate(row):
            cell_text(t.rows[i].cells[j], v, bold=(i == 0))
    save(doc, "779_tableau_liege.docx")


# ----------------------------------------------------------------------------------------------
# 780 - 2019, Bruxelles: a report copied from an e-mail thread (Karim Benali)
# ----------------------------------------------------------------------------------------------
def r780():
    doc = new_doc("Calibri", 11, "nl-BE", margins=2.0, author="Karim Benali")
    hdr = {"b": True}

    def mail_header(lines):
        for lab, val in lines:
            para(doc, [(lab, hdr), val], space_after=0)
        para(doc, "")

    mail_header([("Van: ", "Benali Karim"),
                 ("Verzonden: ", "maandag 21 oktober 2019 16:42"),
                 ("Aan: ", "Bouzidi Mehdi; Vanhoutte Katrien"),
                 ("CC: ", "Peeters Els"),
                 ("Onderwerp: ", "verslag netwerkdag 17/10 – rapport réunion réseau 17/10")])
    para(doc, "Dag Mehdi, Katrien,")
    para(doc, "Hieronder mijn notities van donderdag, zoals beloofd. Mehdi, kan jij het Franse deel nog "
              "nalezen? Mijn Frans is niet altijd even correct \U0001F642")
    para(doc, "Groeten,", space_after=0)
    para(doc, "Karim", space_after=8)
    for line in ("Karim Benali", "Projectcoördinator AMIF | OCMW Antwerpen"):
        para(doc, [(line, {"size": 9, "color": GREY})], space_after=0)
    para(doc, "")

    para(doc, [("VERSLAG NETWERKBIJEENKOMST AMIF – 17/10/2019 – OCMW Brussel", {"b": True})])
    para(doc, "Aanwezig: Mehdi Bouzidi (POD MI), Katrien Vanhoutte (POD MI), Sarah Verbeke (Gent), Yusuf Demir "
              "(Gent), Giulia Rinaldi (Luik), Thierry Collard (Luik), Dimitri Papadopoulos (Charleroi), Karim "
              "Benali (Antwerpen), Inge Wouters (Edegem), Ahmed Ouali (Mortsel), Aïcha Diallo (Brussel), Marta "
              "Kowalczyk (Brussel)")
    para(doc, "Verontschuldigd: Els Peeters (Antwerpen), Samira Haddou (Charleroi), Véronique Gilson (Binche)")

    para(doc, [("1) Onthaal", hdr)], space_after=0)
    para(doc, "Aïcha verwelkomt ons in de raadzaal van het OCMW Brussel. Korte kennismaking met Marta, nieuwe "
              "collega in het Brusselse team.")
    para(doc, [("2) Rondetafel", hdr)], space_after=0)
    para(doc, "Gent: 2 groepen, wachtlijst voor de taalactivering. Sarah vraagt of andere OCMW's met "
              "tolken werken bij de intake: Antwerpen en Brussel doen dat via interculturele bemiddelaars. "
              "Charleroi: Dimitri meldt dat module 4 in september startte met 22 deelnemers. Brussel: 27 deelnemers, "
              "veel nieuwe inschrijvingen via de sociale antennes.")
    para(doc, [("3) Luik – Mod' Actions", hdr)], space_after=0)
    para(doc, "Giulia gaf een uitgebreide presentatie, in het Frans. Ik neem hieronder haar samenvatting over:")
    para(doc, [("« Le CPAS de Liège a accueilli 64 participants en 2019, dont 41 ont terminé au moins un module. "
                "Les sorties socioculturelles mensuelles restent l'activité la plus appréciée. Le principal "
                "problème reste la communication vers les participants quand un atelier est annulé : l'équipe "
                "teste des rappels par SMS. »", {"i": True})], indent=1)
    para(doc, [("4) Antwerpen en partners", hdr)], space_after=0)
    para(doc, "Antwerpen telt 35 deelnemers. Edegem stuurt sinds september vier mensen door, Mortsel drie "
              "(aantal deelnemers Mortsel nog na te vragen). Het vervoer naar Antwerpen blijft een drempel.")
    para(doc, [("5) Indicatoren", hdr)], space_after=0)
    para(doc, "Mehdi legt uit dat de Europese Commissie voor de volgende programmaperiode gemeenschappelijke "
              "indicatoren zal vragen: deelnemers aan taalcursussen, maatschappelijke oriëntatie, begeleiding. "
              "Nog geen definitieve lijst.")
    para(doc, [("6) Afspraken", hdr)], space_after=0)
    for t_ in ("Mehdi bezorgt de nieuwe indicatorenfiche aan alle OCMW's tegen half november.",
               "Elk OCMW bekijkt of de deelnemerslijsten de nodige gegevens bevatten (taalniveau, type cursus).",
               "Giulia en Thierry sturen hun planning van de culturele uitstappen door.",
               "OCMW Gent organiseert in het voorjaar een intervisie voor de trajectbegeleiders."):
        para(doc, "- " + t_, space_after=0, indent=0.5)
    para(doc, "")
    para(doc, "Volgende bijeenkomst: februari 2020 in Charleroi (datum volgt via Doodle).")
    para(doc, "")

    para(doc, [("________________________________", {"color": GREY})], space_after=0)
    mail_header([("Van: ", "Bouzidi Mehdi"),
                 ("Verzonden: ", "donderdag 26 september 2019 11:05"),
                 ("Aan: ", "reseau-fami; netwerk-amif"),
                 ("Onderwerp: ", "Invitation réunion réseau FAMI / uitnodiging netwerkbijeenkomst AMIF 17/10")])
    para(doc, "Bonjour à tous, Dag iedereen,")
    para(doc, "Voici le programme de notre prochaine rencontre, le jeudi 17 octobre au CPAS de Bruxelles / "
              "Hierbij het programma van onze volgende bijeenkomst, donderdag 17 oktober bij het OCMW Brussel :")
    for t_ in ("10h00 – 10h30 : Accueil / Onthaal",
               "10h30 – 12h00 : Tour de table des CPAS / Rondetafel OCMW's",
               "12h00 – 13h00 : Lunch",
               "13h00 – 14h30 : Indicateurs communs du nouveau fonds / Gemeenschappelijke indicatoren",
               "14h30 – 15h00 : Divers et prochaine réunion / Varia en volgende bijeenkomst"):
        para(doc, "• " + t_, space_after=0, indent=0.5)
    para(doc, "")
    para(doc, "Merci de confirmer votre présence / Graag bevestigen.", space_after=0)
    para(doc, "Mehdi")
    save(doc, "780_fil_email_bruxelles.docx")


# ----------------------------------------------------------------------------------------------
# 781 - 2020, Teams: typed live during the call (Mehdi Bouzidi)
# ----------------------------------------------------------------------------------------------
def r781():
    doc = new_doc("Segoe UI", 10, "fr-BE", margins=2.0, author="Mehdi Bouzidi")
    B = {"b": True}
    A = "\u2192"
    para(doc, [("Réunion réseau FAMI/AMIF – Teams – 11/06/2020 (notes live)", {"b": True, "size": 12})])
    para(doc, "Connectés / verbonden : Mehdi Bouzidi (SPP), Katrien Vanhoutte (SPP), Sarah Verbeke, Pieter Van "
              "Damme (Gent), Giulia Rinaldi (Liège), Nathalie Dufrasne, Kévin Mabika (Charleroi), Lotte Janssens, "
              "Karim Benali (Antwerpen), Marta Kowalczyk (Bruxelles)")
    para(doc, "Interprètes / tolken : Claire Maes (FR>NL), Bart Dewulf (NL>FR)")
    para(doc, "Excusés : Aïcha Diallo (Bruxelles) – congé ; Jean-Marc Lhoest (Liège)")
    para(doc, "OJ (envoyé par mail) :", space_after=0)
    for t_ in ("corona : reprise des groupes", "enquête satisfaction en ligne ?",
               "prolongation projets / verlenging 2021", "divers"):
        para(doc, t_, style="List Number", space_after=0)
    para(doc, "")

    para(doc, "10:02 début, problème son Charleroi " + A + " ok à 10:06")
    para(doc, [("1. CORONA – REPRISE DES GROUPES", B)], space_before=6)
    para(doc, "Gent (Sarah): groepen opnieuw sinds 2/6, max 4 deelnemers + 1 begeleider, mondmasker verplicht, "
              "lokaal te klein " + A + " sinds vorige week in de grote zaal")
    para(doc, "Liège (Giulia): 3 participants + 1 formateur, individuel surtout par téléphone. bcp de "
              "participants sans ordi/smartphone " + A + " prêt de tablettes par le CPAS depuis mai")
    para(doc, "Charleroi (Nathalie): idem 3+1. Kévin: sorties culturelles annulées jusqu'à septembre")
    para(doc, "Antwerpen (Lotte): nog geen groepen, enkel individueel, Schoten/Edegem/Mortsel idem. "
              "[Lotte valt weg – verbinding] 10:41 terug")
    para(doc, ["Bxl (Marta): reprise le 15/6 avec 2 groupes de 5 ",
               ("[??? pas compris – micro coupé, demander à Marta]", {"color": RED})])
    para(doc, "Katrien: SPP accepte que l'accompagnement par téléphone compte comme heures de coaching, "
              "à condition de le noter dans le dossier")

    para(doc, [("2. ENQUÊTE DE SATISFACTION", B)], space_before=6)
    para(doc, "idée: enquête en ligne via Forms ? " + A + " Pieter: doelgroep heeft weinig digitale skills, liever "
              "op papier + met tolk/bemiddelaar")
    para(doc, "décision: on garde le papier pour 2020")
    para(doc, [("ACTION SPP:", B), " versions arabe + dari + tigrinya de l'enquête pour sept"])

    para(doc, [("3. VERLENGING / PROLONGATION 2021", B)], space_before=6)
    para(doc, "Katrien: verlenging programma 2014-2020 tot eind 2021 ? nog geen zekerheid van de Commissie")
    para(doc, [("ACTION SPP:", B), " laat iets weten zodra er meer info is"])
    para(doc, "Alle OCMW's: budget 2021 indienen vóór 15/09")

    para(doc, [("4. DIVERS", B)], space_before=6)
    para(doc, "webinaire accompagnement à distance le 25/6 " + A + " Nathalie envoie le lien à tous cet après-midi")
    para(doc, "Kévin + Marta: échanger leurs outils pour les sorties virtuelles")
    para(doc, "11:58 fin.")
    para(doc, "Prochaine réunion : jeudi 24 septembre 2020, 10h, Teams")
    para(doc, "")
    para(doc, [("(à nettoyer + traduire avant envoi !!)", {"b": True, "color": RED})])
    save(doc, "781_notes_live_teams.docx")


# ----------------------------------------------------------------------------------------------
# 782 - 2021, Binche (hybrid): a secretary who writes in long sentences (Véronique Gilson)
# ----------------------------------------------------------------------------------------------
def r782():
    doc = new_doc("Times New Roman", 12, "fr-BE", margins=2.5, author="Veronique Gilson")
    header_text(doc, [("CPAS de Binche – Secrétariat", {"i": True, "size": 9})], align="right")
    footer_page(doc, "Procès-verbal – réseau FAMI – 21 octobre 2021", fmt="- {PAGE} -", size=9)
    J = "justify"

    para(doc, [("Procès-verbal de la réunion du réseau FAMI du jeudi 21 octobre 2021", {"b": True, "size": 14})],
         align="center", space_after=12)
    para(doc, "La réunion s'est tenue dans la salle du conseil du CPAS de Binche et, pour les membres qui "
              "n'avaient pas la possibilité de se déplacer, par l'intermédiaire de la plateforme Teams, de sorte "
              "que la séance, ouverte à 9 heures 45 par Monsieur Mehdi Bouzidi, représentant du SPP Intégration "
              "Sociale, a pu se dérouler sous une forme hybride, ce qui, de l'avis unanime des personnes "
              "présentes, constitue désormais une pratique appelée à perdurer.", align=J)
    para(doc, "Étaient présents dans la salle : Madame Véronique Gilson (CPAS de Binche), Madame Nathalie "
              "Dufrasne, Monsieur Kévin Mabika et Monsieur Dimitri Papadopoulos (CPAS de Charleroi), Monsieur "
              "Mehdi Bouzidi (SPP Intégration Sociale), Madame Giulia Rinaldi et Monsieur Thierry Collard (CPAS "
              "de Liège) ; étaient connectés à distance : Madame Sarah Verbeke et Monsieur Pieter Van Damme "
              "(CPAS de Gand), Madame Lotte Janssens et Monsieur Tomasz Nowak (CPAS d'Anvers), ainsi que "
              "Monsieur Benoît Lambert (CPAS de Bruxelles).", align=J)
    para(doc, "S'étaient excusés : Madame Katrien Vanhoutte (SPP Intégration Sociale), Madame Marta Kowalczyk "
              "(CPAS de Bruxelles) et Monsieur Ahmed Ouali (CPAS de Mortsel).", align=J)
    para(doc, "L'ordre du jour, tel qu'il avait été communiqué aux membres par courrier électronique du 4 octobre "
              "2021, comportait les points suivants :", align=J, space_after=0)
    for t_ in ("a) accueil et approbation du procès-verbal de la réunion précédente ;",
               "b) situation des projets dans le contexte sanitaire ;",
               "c) nouvelle programmation du Fonds et indicateurs communs ;",
               "d) conservation des documents et protection des données ;",
               "e) divers."):
        para(doc, t_, indent=1.25, space_after=0)
    para(doc, "")

    def sec_title(t):
        para(doc, [(t, {"b": True, "u": True})], space_before=10, space_after=6, keep=True)

    sec_title("I. Accueil et approbation du procès-verbal")
    para(doc, "Après que Madame Gilson, au nom du Président du CPAS de Binche, eut souhaité la bienvenue aux "
              "membres du réseau en rappelant que c'était la première fois que le CPAS de Binche, partenaire du "
              "projet de Charleroi, avait l'honneur d'accueillir une réunion du réseau, le procès-verbal de la "
              "réunion précédente, qui s'était tenue en ligne le 17 juin 2021, a été approuvé sans remarque, "
              "étant entendu que Madame Verbeke, qui avait eu l'amabilité de traduire à ses collègues "
              "néerlandophones les passages les plus techniques de la discussion, a souhaité que la version "
              "néerlandaise soit dorénavant diffusée en même temps que la version française.", align=J, first=1)

    sec_title("II. Situation des projets dans le contexte sanitaire")
    para(doc, "Les représentants des différents CPAS ont successivement exposé la situation de leurs projets, "
              "dont il ressort que les activités collectives ont pu reprendre partout depuis le mois de "
              "septembre, que la règle de six participants et un formateur, appliquée désormais à Charleroi comme "
              "à Liège, semble offrir un compromis acceptable entre la sécurité sanitaire et la dynamique de "
              "groupe, et que le CPAS de Gand, qui avait limité ses groupes à quatre participants et un "
              "accompagnateur pendant toute la durée du printemps, envisage de s'aligner sur cette règle dès le "
              "mois de novembre, si la situation le permet.", align=J, first=1)
    para(doc, "Au terme de cet échange, l'assemblée a décidé de maintenir, jusqu'à nouvel ordre, la règle de six "
              "participants et un formateur pour les ateliers collectifs, et il a été convenu que Madame "
              "Dufrasne ferait parvenir à l'ensemble des membres du réseau, avant la fin du mois de novembre, le "
              "tableau de suivi des présences et des retards que l'équipe de Charleroi a mis au point, afin que "
              "chacun puisse juger de l'opportunité de l'adopter.", align=J, first=1)

    sec_title("III. Nouvelle programmation du Fonds (2021-2027) et indicateurs communs")
    para(doc, "Monsieur Bouzidi a exposé que le nouveau règlement européen relatif au Fonds, adopté en juillet "
              "2021, impose aux États membres de rendre compte chaque année d'indicateurs communs de réalisation "
              "et de résultat, parmi lesquels figurent notamment le nombre de participants aux cours de langue, "
              "à l'orientation civique et à l'accompagnement personnalisé, ainsi que la proportion de "
              "participants ayant progressé d'au moins un niveau du cadre européen commun de référence, et il a "
              "précisé que le SPP Intégration Sociale s'est engagé à communiquer aux CPAS, dès que la Commission "
              "européenne les aurait validées, les définitions définitives de ces indicateurs, de manière à ce "
              "que l'encodage puisse commencer sur des bases claires.", align=J, first=1)

    sec_title("IV. Conservation des documents et protection des données")
    para(doc, "En ce qui concerne la conservation des pièces justificatives, il a été rappelé que les documents "
              "relatifs à une opération financée par le Fonds doivent être conservés pendant cinq ans à compter "
              "du 31 décembre de l'année du dernier paiement, mais que les données à caractère personnel des "
              "participants ne peuvent être gardées plus longtemps que nécessaire, de sorte que chaque CPAS a été "
              "invité à vérifier, avec son délégué à la protection des données, que les dossiers des participants "
              "ne seront pas conservés au-delà de ce que requièrent ces obligations.", align=J, first=1)

    sec_title("V. Divers")
    para(doc, "Dans le cadre des divers, Monsieur Papadopoulos et Monsieur Mabika se sont proposés pour préparer, "
              "à l'intention des collègues flamands qui en avaient exprimé le souhait, une visite du projet de "
              "Charleroi au cours du premier trimestre de l'année 2022, visite dont les modalités pratiques "
              "seront précisées ultérieurement.", align=J, first=1)
    para(doc, "La prochaine réunion aura lieu le jeudi 17 février 2022 à Gand, dans les locaux du CPAS.", align=J, first=1)
    para(doc, "L'ordre du jour étant épuisé, la séance a été levée à 12 heures 50.", align=J, first=1)
    para(doc, "")
    para(doc, "Pour le secrétariat,", align="right", space_after=0)
    para(doc, "Véronique Gilson", align="right")
    save(doc, "782_phrases_longues_binche.docx")


# ----------------------------------------------------------------------------------------------
# 783 - 2022, Antwerpen: cover page, table of contents, auto-numbered headings (Lotte Janssens)
# ----------------------------------------------------------------------------------------------
def add_heading_numbering(doc):
    """A multilevel list 1 / 1.1 linked to Heading 1 and Heading 2 (numbers are not typed)."""
    numbering = doc.part.numbering_part.element
    absid = 90
    an = OxmlElement("w:abstractNum")
    an.set(qn("w:abstractNumId"), str(absid))
    mlt = OxmlElement("w:multiLevelType")
    mlt.set(qn("w:val"), "multilevel")
    an.append(mlt)
    for lvl, (fmt, style, ind) in enumerate([("%1", "Heading1", 432), ("%1.%2", "Heading2", 576)]):
        el = OxmlElement("w:lvl")
        el.set(qn("w:ilvl"), str(lvl))
        for tag, val in (("w:start", "1"), ("w:numFmt", "decimal"), ("w:pStyle", style),
                         ("w:lvlText", fmt), ("w:lvlJc", "left")):
            x = OxmlElement(tag)
            x.set(qn("w:val"), val)
            el.append(x)
        ppr = OxmlElement("w:pPr")
        i = OxmlElement("w:ind")
        i.set(qn("w:left"), str(ind))
        i.set(qn("w:hanging"), str(ind))
        ppr.append(i)
        el.append(ppr)
        an.append(el)
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(an)
    else:
        numbering.append(an)
    num = numbering.add_num(absid)
    num_id = num.numId
    for lvl, sname in enumerate(("Heading 1", "Heading 2")):
        ppr = doc.styles[sname].element.get_or_add_pPr()
        numpr = ppr.get_or_add_numPr()  # placed where the schema wants it
        numpr.get_or_add_ilvl().val = lvl
        numpr.get_or_add_numId().val = num_id
    return num_id


def no_numbering(p):
    ppr = p._p.get_or_add_pPr()
    numpr = ppr.get_or_add_numPr()
    numpr.get_or_add_ilvl().val = 0
    numpr.get_or_add_numId().val = 0


def r783():
    doc = new_doc("Calibri", 11, "nl-BE", margins=2.5, author="Lotte Janssens",
                  title="Verslag netwerkbijeenkomst AMIF 27 september 2022")
    set_style_font(doc.styles["Heading 1"], "Cambria", 14, bold=True, color=RGBColor(0xA5, 0x00, 0x21))
    set_style_font(doc.styles["Heading 2"], "Cambria", 12, bold=True, color=RGBColor(0xA5, 0x00, 0x21))
    add_heading_numbering(doc)
    for name in ("TOC 1", "TOC 2"):
        if name not in [s.name for s in doc.styles]:
            st = doc.styles.add_style(name, 1)
            st.base_style = doc.styles["Normal"]
            st.paragraph_format.space_after = Pt(2)
            if name == "TOC 2":
                st.paragraph_format.left_indent = Cm(0.6)
    sec = doc.sections[0]
    sec.different_first_page_header_footer = True
    footer_page(doc, "Verslag netwerkbijeenkomst AMIF – 27/09/2022", fmt="{PAGE}")
    header_text(doc, [("OCMW Antwerpen – AMIF", {"size": 8, "color": GREY})], align="right")

    # cover page
    for _ in range(6):
        para(doc, "")
    para(doc, [("Naar een geïntegreerd migratiebeleid, dankzij het AMIF", {"i": True, "color": GREY})],
         align="center")
    para(doc, "")
    para(doc, [("Verslag netwerkbijeenkomst AMIF", {"b": True, "size": 26, "color": RGBColor(0xA5, 0x00, 0x21)})],
         align="center")
    para(doc, [("dinsdag 27 september 2022", {"size": 16})], align="center")
    para(doc, [("OCMW Antwerpen – met de partnerbesturen Schoten, Edegem en Mortsel", {"size": 12})],
         align="center")
    for _ in range(10):
        para(doc, "")
    para(doc, [("Opgesteld door: Lotte Janssens, OCMW Antwerpen", {"size": 10})], align="right", space_after=0)
    para(doc, [("Versie 1.0 – definitief", {"size": 10})], align="right")
    page_break(doc)

    # table of contents (field with its last computed result)
    no_numbering(para(doc, "Inhoud", style="TOC Heading"))
    toc = [("TOC 1", "1\tInleiding\t3"), ("TOC 1", "2\tStand van zaken per OCMW\t3"),
           ("TOC 2", "2.1\tOCMW Gent\t3"), ("TOC 2", "2.2\tOCMW Luik\t3"), ("TOC 2", "2.3\tOCMW Charleroi\t4"),
           ("TOC 2", "2.4\tOCMW Antwerpen en partnerbesturen\t4"), ("TOC 2", "2.5\tOCMW Brussel\t4"),
           ("TOC 1", "3\tPresentatie: van intake tot oriëntatiebalans\t4"),
           ("TOC 1", "4\tNieuwe AMIF-programmatie 2021-2027\t5"), ("TOC 1", "5\tAfspraken\t5"),
           ("TOC 1", "6\tVolgende bijeenkomst\t5"),
           ("TOC 1", "Bijlage 1 – Rekruteringstrechter OCMW Antwerpen\t6")]
    for k, (st, txt) in enumerate(toc):
        p = doc.add_paragraph(style=st)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(1.0) if st == "TOC 1" else Cm(1.7))
        p.paragraph_format.tab_stops.add_tab_stop(Cm(16), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
        if k == 0:
            r = p.add_run()
            fc = OxmlElement("w:fldChar")
            fc.set(qn("w:fldCharType"), "begin")
            r._r.append(fc)
            r = p.add_run()
            it = OxmlElement("w:instrText")
            it.set(qn("xml:space"), "preserve")
            it.text = ' TOC \\o "1-2" \\h \\z \\u '
            r._r.append(it)
            r = p.add_run()
            fc = OxmlElement("w:fldChar")
            fc.set(qn("w:fldCharType"), "separate")
            r._r.append(fc)
        p.add_run(txt)
        if k == len(toc) - 1:
            r = p.add_run()
            fc = OxmlElement("w:fldChar")
            fc.set(qn("w:fldCharType"), "end")
            r._r.append(fc)
    page_break(doc)

    # practical block
    para(doc, [("Datum: ", {"b": True}), "dinsdag 27 september 2022, 09.30 – 15.00 uur"], space_after=0)
    para(doc, [("Plaats: ", {"b": True}), "OCMW Antwerpen, vergaderzaal 4.12"], space_after=6)
    para(doc, [("Aanwezig", {"b": True})], space_after=2)
    people = [("Joris Claeys", "POD Maatschappelijke Integratie"), ("Mehdi Bouzidi", "POD Maatschappelijke Integratie"),
              ("Sarah Verbeke", "OCMW Gent"), ("Pieter Van Damme", "OCMW Gent"), ("Thierry Collard", "OCMW Luik"),
              ("Dimitri Papadopoulos", "OCMW Charleroi"), ("Lotte Janssens", "OCMW Antwerpen"),
              ("Tomasz Nowak", "OCMW Antwerpen"), ("Wim Verhaegen", "OCMW Schoten"), ("Inge Wouters", "OCMW Edegem"),
              ("Ahmed Ouali", "OCMW Mortsel"), ("Benoît Lambert", "OCMW Brussel")]
    people.insert(0, ("Naam", "Organisatie"))
    t = doc.add_table(rows=len(people), cols=2)
    t.style = doc.styles["Light List Accent 2"]
    for i, (n, o) in enumerate(people):
        cell_text(t.rows[i].cells[0], n)
        cell_text(t.rows[i].cells[1], o)
    col_widths(t, [6, 10])
    para(doc, "")
    para(doc, [("Verontschuldigd", {"b": True})], space_after=2)
    para(doc, "Giulia Rinaldi (OCMW Luik), Nathalie Dufrasne (OCMW Charleroi), Marta Kowalczyk (OCMW Brussel)")
    para(doc, [("Agenda", {"b": True})], space_after=2)
    ag = [("09.30 – 10.00", "Onthaal en inleiding"), ("10.00 – 11.15", "Stand van zaken per OCMW"),
          ("11.30 – 12.30", "Presentatie: van intake tot oriëntatiebalans"),
          ("13.30 – 14.30", "Nieuwe AMIF-programmatie 2021-2027"),
          ("14.30 – 15.00", "Afspraken en volgende bijeenkomst")]
    t = doc.add_table(rows=len(ag), cols=2)
    t.style = doc.styles["Table Grid"]
    for i, (a, b) in enumerate(ag):
        cell_text(t.rows[i].cells[0], a)
        cell_text(t.rows[i].cells[1], b)
    col_widths(t, [3.5, 12.5])

    para(doc, "Inleiding", style="Heading 1")
    para(doc, "Tomasz Nowak verwelkomt de deelnemers namens het OCMW Antwerpen. Joris Claeys stelt zich voor als "
              "nieuwe netwerkcoördinator bij de POD; hij neemt die rol over van Katrien Vanhoutte. Er is geen "
              "tolk vandaag: Pieter en Benoît vatten de Franstalige tussenkomsten samen voor wie dat wenst.")
    para(doc, "Stand van zaken per OCMW", style="Heading 1")
    para(doc, "OCMW Gent", style="Heading 2")
    para(doc, "Twee groepen van acht deelnemers, opnieuw volledig in groep sinds maart. De wachtlijst voor de "
              "taalactivering is weggewerkt.")
    para(doc, "OCMW Luik", style="Heading 2")
    para(doc, "Thierry meldt dat de drie contracten per deelnemer behouden blijven. Het creatieve atelier krijgt een "
              "nieuwe begeleider.")
    para(doc, "OCMW Charleroi", style="Heading 2")
    para(doc, "Dimitri: 48 deelnemers in module 7, samen met Binche. De sessies over wonen en verblijf worden nu "
              "samen met een jurist gegeven.")
    para(doc, "OCMW Antwerpen en partnerbesturen", style="Heading 2")
    para(doc, "Antwerpen begeleidt 52 deelnemers. Schoten, Edegem en Mortsel verwijzen samen 19 mensen door; de "
              "volledige rekruteringstrechter staat in bijlage 1.")
    para(doc, "OCMW Brussel", style="Heading 2")
    para(doc, "Benoît: nieuwe samenwerking met een taalschool; de individuele coaching gebeurt om de twee weken.")
    para(doc, "Presentatie: van intake tot oriëntatiebalans", style="Heading 1")
    para(doc, "Tomasz toont hoe Antwerpen de intake aanpakt: een individueel gesprek, een behoefteanalyse en een "
              "oriëntatiebalans (traject, doelen, motivatie, drempels). De teamverantwoordelijke keurt de balans "
              "goed of stuurt ze terug met vragen. Enkel het OCMW zelf ziet de deelnemer bij naam.")
    for t_ in ("Sterk: de deelnemer kiest mee de modules.",
               "Werkpunt: de balans is lang (7 pagina's) en wordt soms pas na drie weken afgewerkt."):
        para(doc, t_, style="List Bullet")
    para(doc, "Nieuwe AMIF-programmatie 2021-2027", style="Heading 1")
    para(doc, "Joris licht de gemeenschappelijke output- en resultaatindicatoren toe (Verordening (EU) 2021/1147). "
              "De OCMW's rapporteren jaarlijks aan de POD; de POD bundelt de cijfers voor de Commissie.")
    para(doc, "Afspraken", style="Heading 1")
    for t_ in ("Tomasz Nowak bezorgt het sjabloon van de oriëntatiebalans aan alle OCMW's.",
               "De POD MI stuurt vóór 31 oktober de definitieve lijst van gemeenschappelijke indicatoren.",
               "Elk OCMW levert tegen 15 december de cijfers van de rekruteringstrechter aan.",
               "Inge Wouters en Ahmed Ouali werken samen een folder uit voor de maatschappelijk werkers van de "
               "partnerbesturen.",
               "Nog te bepalen: nalezen van de Franse vertaling van de folder."):
        para(doc, t_, style="List Bullet")
    para(doc, "Volgende bijeenkomst", style="Heading 1")
    para(doc, "De volgende bijeenkomst vindt plaats op dinsdag 7 februari 2023 in Luik.")

    page_break(doc)
    p = para(doc, "Bijlage 1 – Rekruteringstrechter OCMW Antwerpen", style="Heading 1")
    no_numbering(p)
    funnel = [("Stap", "Aantal", "%"), ("Gelijst door de sociale centra", "640", ""),
              ("Weerhouden door maatschappelijk werkers", "210", "100 %"),
              ("Aanwezig op infosessie", "71", "34 %"), ("Gestart in een module", "58", "28 %")]
    t = doc.add_table(rows=len(funnel), cols=3)
    t.style = doc.styles["Light Grid Accent 2"]
    for i, row in enumerate(funnel):
        for j, v in enumerate(row):
            cell_text(t.rows[i].cells[j], v)
    save(doc, "783_inhoudstafel_antwerpen.docx")


# ----------------------------------------------------------------------------------------------
# 784 - 2023, Bruxelles: French and Dutch side by side in two columns (Joris Claeys)
# ----------------------------------------------------------------------------------------------
def r784():
    doc = new_doc("Trebuchet MS", 10, "fr-BE", margins=1.8, author="Joris Claeys")
    header_text(doc, [("SPP Intégration Sociale – POD Maatschappelijke Integratie", {"size": 8, "color": BLUE})],
                align="center")
    footer_page(doc, "Vers une politique de migration plus intégrée, grâce au FAMI / Naar een geïntegreerd "
                     "migratiebeleid, dankzij het AMIF", fmt="{PAGE}", size=7)


    t = doc.add_table(rows=0, cols=2)
    t.style = doc.styles["Table Grid"]

    def full(parts, fill=None, bold=False, center=False, size=None):
        row = t.add_row()
        c = row.cells[0].merge(row.cells[1])
        if isinstance(parts, str):
            parts = [(parts, {"b": bold, "size": size})]
        add_runs(c.paragraphs[0], parts)
        if center:
            c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        if fill:
            shade(c, fill)
        return c

    def pair(fr, nl):
        row = t.add_row()
        for cell, content in ((row.cells[0], fr), (row.cells[1], nl)):
            items = content if isinstance(content, list) else [content]
            first = True
            for it in items:
                p = cell.paragraphs[0] if first else cell.add_paragraph()
                first = False
                add_runs(p, it)
        return row

    full("Rapport rencontre CPAS – Verslag bijeenkomst OCMW's", fill="1F4E9A", bold=True, center=True, size=13)
    for r in t.rows[-1].cells[0].paragraphs[0].runs:
        r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    full("14 novembre 2023 – 14 november 2023", center=True, bold=True)
    full("CPAS de Bruxelles, salle du conseil – OCMW Brussel, raadzaal", center=True)
    full([("Présents / Aanwezig : ", {"b": True}),
          "Joris Claeys (SPP IS – POD MI), Mehdi Bouzidi (SPP IS – POD MI), Sarah Verbeke (Gand – Gent), Hanne De "
          "Smet (Gand – Gent), Giulia Rinaldi (Liège – Luik), Fatima Zahra El Amrani (Liège – Luik), Nathalie "
          "Dufrasne (Charleroi), Véronique Gilson (Binche), Lotte Janssens (Anvers – Antwerpen), Benoît Lambert "
          "(Bruxelles – Brussel), Marta Kowalczyk (Bruxelles – Brussel)"])
    full([("Interprètes / Tolken : ", {"b": True}), "Anouk Verstraete, Hamza El Idrissi"])
    full([("Excusés / Verontschuldigd : ", {"b": True}),
          "Tomasz Nowak (Anvers – Antwerpen), Kévin Mabika (Charleroi)"])
    c = full([("Ordre du jour / Agenda", {"b": True})], fill="DEEAF6")
    for it in ("10h00 – 10h20 : Accueil / Onthaal",
               "10h20 – 11h30 : Tour de table des CPAS / Rondetafel van de OCMW's",
               "11h30 – 12h30 : Indicateurs communs : premier rapportage / Gemeenschappelijke indicatoren: "
               "eerste rapportering",
               "13h30 – 14h30 : Enquête de satisfaction simplifiée / Vereenvoudigde tevredenheidsenquête",
               "14h30 – 15h00 : Points d'action et prochaine réunion / Actiepunten en volgende bijeenkomst"):
        cell_para(c, it)
    pair([[("Français", {"i": True, "color": GREY})]], [[("Nederlands", {"i": True, "color": GREY})]])

    def sect(num, title):
        full([("%s. %s" % (num, title), {"b": True})], fill="DEEAF6")

    sect(1, "Accueil / Onthaal")
    pair("Benoît Lambert accueille le réseau au nom du CPAS de Bruxelles. La réunion se tient avec "
         "interprétation simultanée ; les casques sont distribués à l'entrée.",
         "Benoît Lambert verwelkomt het netwerk namens het OCMW Brussel. De vergadering verloopt met "
         "simultaanvertaling; de koptelefoons worden aan de ingang uitgedeeld.")
    sect(2, "Tour de table des CPAS / Rondetafel van de OCMW's")
    pair(["Gand : 24 participants, nouvelle coach depuis septembre.",
          "Liège : l'atelier informatique est complet ; liste d'attente.",
          "Charleroi et Binche : 51 participants ; les sorties mensuelles reprennent.",
          "Anvers : intake raccourci (3 pages au lieu de 7).",
          "Bruxelles : 33 participants, collaboration avec une école de langues."],
         ["Gent: 24 deelnemers, nieuwe coach sinds september.",
          "Luik: het computeratelier is volzet; wachtlijst.",
          "Charleroi en Binche: 51 deelnemers; de maandelijkse uitstappen worden hervat.",
          "Antwerpen: kortere intake (3 pagina's in plaats van 7).",
          "Brussel: 33 deelnemers, samenwerking met een taalschool."])
    sect(3, "Indicateurs communs : premier rapportage / Gemeenschappelijke indicatoren: eerste rapportering")
    pair("Mehdi Bouzidi présente le premier rapportage annuel : participants aux cours de langue, à l'orientation "
         "civique et à l'accompagnement personnalisé ; participants ayant gagné au moins un niveau CECR. Les "
         "niveaux CECR manquent encore souvent dans les dossiers.",
         "Mehdi Bouzidi stelt de eerste jaarlijkse rapportering voor: deelnemers aan taalcursussen, "
         "maatschappelijke oriëntatie en persoonlijke begeleiding; deelnemers die minstens één ERK-niveau "
         "stegen. De ERK-niveaus ontbreken nog vaak in de dossiers.")
    sect(4, "Enquête de satisfaction simplifiée / Vereenvoudigde tevredenheidsenquête")
    pair("Giulia Rinaldi montre la nouvelle enquête avec pictogrammes, testée à Liège et à Gand. Les participants "
         "la remplissent plus facilement. Décision : elle remplace l'ancienne version dès janvier 2024.",
         [["Giulia Rinaldi toont de nieuwe enquête met pictogrammen, getest in Luik en Gent. Deelnemers vullen ze "
           "makkelijker in. Beslissing: ze vervangt de oude versie vanaf januari 2024. ",
           ("[vertaling nog na te lezen door Sarah]", {"color": RED})]])
    sect(5, "Points d'action / Actiepunten")
    pair(["Giulia Rinaldi envoie la version simplifiée de l'enquête (avec pictogrammes) à tous les CPAS.",
          "Le SPP prépare un modèle commun pour le rapportage des indicateurs.",
          "Chaque CPAS vérifie que les niveaux CECR des participants aux cours de langue sont encodés.",
          "Le CPAS de Gand partage son guide d'accueil des nouveaux collaborateurs."],
         ["Giulia Rinaldi bezorgt de vereenvoudigde enquête (met pictogrammen) aan alle OCMW's.",
          "De POD maakt een gemeenschappelijk sjabloon voor de rapportering van de indicatoren.",
          "Elk OCMW controleert of de ERK-niveaus van de deelnemers aan taalcursussen ingevoerd zijn.",
          "Het OCMW Gent deelt zijn onthaalbrochure voor nieuwe medewerkers."])
    sect(6, "Prochaine réunion / Volgende bijeenkomst")
    pair("La prochaine réunion aura lieu le mardi 19 mars 2024 à Liège.",
         "De volgende bijeenkomst vindt plaats op dinsdag 19 maart 2024 in Luik.")
    for row in t.rows:
        row.cells[0].width = Cm(8.7)
        row.cells[1].width = Cm(8.7)
    save(doc, "784_deux_colonnes_bruxelles.docx")


# ----------------------------------------------------------------------------------------------
# 785 - 2024, Gent (hybrid): remarks to colleagues left in coloured text (Sarah Verbeke)
# ----------------------------------------------------------------------------------------------
def r785():
    doc = new_doc("Aptos", 11, "nl-BE", margins=2.2, author="Sarah Verbeke")
    set_style_font(doc.styles["Heading 1"], "Aptos", 13, bold=True, color=RGBColor(0x0E, 0x6E, 0x5C))
    set_style_font(doc.styles["Heading 2"], "Aptos", 11, bold=True, color=RGBColor(0x0E, 0x6E, 0x5C))
    header_text(doc, [("OCMW Gent – AMIF-netwerk", {"size": 8, "color": GREY})])
    footer_page(doc, "verslag 23/05/2024", fmt="p. {PAGE}")

    para(doc, [("Verslag AMIF-netwerk – 23 mei 2024", {"b": True, "size": 16, "color": RGBColor(0x0E, 0x6E, 0x5C)})])
    para(doc, [("Plaats: ", {"b": True}), "OCMW Gent, Sint-Pietersplein, zaal Leie – en via Teams"], space_after=0)
    para(doc, [("Aanwezig: ", {"b": True}),
               "Sarah Verbeke, Hanne De Smet, Yusuf Demir (OCMW Gent), Joris Claeys (POD MI), Lotte Janssens "
               "(OCMW Antwerpen), Wim Verhaegen (OCMW Schoten), Ahmed Ouali (OCMW Mortsel), Marta Kowalczyk, "
               "Benoît Lambert (OCMW Brussel)"], space_after=0)
    para(doc, [("Online: ", {"b": True}), "Fatima Zahra El Amrani (OCMW Luik), Nathalie Dufrasne (OCMW Charleroi)"],
         space_after=0)
    para(doc, [("Verontschuldigd: ", {"b": True}),
               "Mehdi Bouzidi (POD MI), Inge Wouters (OCMW Edegem), Thierry Collard (OCMW Luik)"])

    para(doc, [("Agenda", {"b": True})], space_after=0)
    for t_ in ("13u30  Welkom en goedkeuring verslag",
               "13u45  Rondetafel",
               "14u45  Eerste jaarrapport indicatoren",
               "15u30  Bewaartermijnen en privacy",
               "16u00  Afspraken en varia"):
        para(doc, t_, style="List Bullet", space_after=0)

    para(doc, "1. Welkom en goedkeuring verslag 14 november 2023", style="Heading 1")
    para(doc, "Sarah verwelkomt iedereen in Gent en online. Het verslag van 14 november wordt goedgekeurd. Er is "
              "geen tolk: wie online volgt, krijgt de Nederlandstalige stukken kort samengevat in het Frans.")

    para(doc, "2. Rondetafel", style="Heading 1")
    para(doc, ["Gent: 26 deelnemers, twee nieuwe groepen in april. ",
               ("Hanne: klopt dit cijfer? Ik had 28 genoteerd.", {"color": RED})])
    para(doc, "Antwerpen: 49 deelnemers; Schoten en Mortsel verwijzen samen 14 mensen door.")
    para(doc, ["Edegem: ", ("[nog aan te vullen door Antwerpen]", {"hl": WD_COLOR_INDEX.YELLOW})])
    para(doc, "Luik: het computeratelier draait nu ook op woensdagvoormiddag. Charleroi: de maandelijkse "
              "uitstappen trekken meer deelnemers dan de workshops.")
    para(doc, ["Brussel: twee deelnemers vroegen inzage in alles wat het OCMW over hen bijhoudt (artikel 15 AVG). ",
               ("(Joris, mag dit zo in het verslag of is dit te gevoelig?)", {"color": BLUE})])

    para(doc, "3. Eerste jaarrapport indicatoren", style="Heading 1")
    para(doc, "Joris overloopt het eerste jaarrapport aan de Commissie. Alle OCMW's hebben hun cijfers tijdig "
              "bezorgd.")
    para(doc, "3.1 Wat loopt goed", style="Heading 2")
    for t_ in ("Intensief werken met de deelnemers, bijna elke dag van de week.",
               "Sterke band tussen begeleiders en deelnemers en tussen deelnemers onderling.",
               "Groepsgevoel op het einde van een module."):
        para(doc, t_, style="List Bullet")
    para(doc, "3.2 Werkpunten", style="Heading 2")
    for t_ in ("Communicatie naar de deelnemers bij gewijzigde uurroosters of geschrapte lessen.",
               "ERK-niveaus worden niet overal op dezelfde manier gemeten.",
               "Activiteiten vroeger plannen: de administratieve procedures duren steeds langer."):
        para(doc, t_, style="List Bullet")

    para(doc, "4. Bewaartermijnen en privacy", style="Heading 1")
    para(doc, "Documenten van een AMIF-project worden vijf jaar bewaard vanaf 31 december van het jaar van de "
              "laatste betaling. Persoonsgegevens van deelnemers mogen niet langer bewaard worden dan nodig "
              "(artikel 5.1.e AVG). Het netwerk wil een gemeenschappelijk overzicht per documenttype.")

    para(doc, "5. Afspraken", style="Heading 1")
    t = doc.add_table(rows=6, cols=3)
    t.style = doc.styles["Light List Accent 1"]
    data = [("Wat", "Wie", "Wanneer"),
            ("Voorbeeld van antwoord op een inzageverzoek (art. 15 AVG) delen met het netwerk", "OCMW Brussel", "juni"),
            ("Bewaartermijnen per documenttype op een rij zetten", "POD MI", "september"),
            ("Cijfers ERK-niveaus 2023 corrigeren in het jaarrapport", "Hanne De Smet & Lotte Janssens", "15 juni"),
            ("Toestemmingsformulier fotoreportage vertalen naar het Frans", "?", ""),
            ("Lokaal reserveren voor de bijeenkomst in oktober", "Fatima Zahra El Amrani", "september")]
    for i, row in enumerate(data):
        for j, v in enumerate(row):
            cell_text(t.rows[i].cells[j], v, bold=(i == 0))
    col_widths(t, [9.5, 4.5, 2.5])
    para(doc, "")
    para(doc, [("Volgende bijeenkomst: ", {"b": True}), "oktober 2024 in Luik (datum via Doodle)."])
    save(doc, "785_opmerkingen_kleur_gent.docx")


# ----------------------------------------------------------------------------------------------
# 786 - 2026, SPP Brussels: a draft sent around for corrections (Mehdi Bouzidi)
# ----------------------------------------------------------------------------------------------
def r786():
    doc = new_doc("Arial", 10, "fr-BE", margins=2.2, author="Mehdi Bouzidi")
    set_style_font(doc.styles["Heading 1"], "Arial", 12, bold=True, color=BLUE)
    set_style_font(doc.styles["Heading 2"], "Arial", 10, bold=True, color=BLUE)
    set_style_font(doc.styles["Title"], "Arial", 16, bold=True, color=BLUE)
    header_text(doc, [("PROJET – NE PAS DIFFUSER", {"b": True, "color": RED, "size": 9})], align="right")
    footer_page(doc, "SPP IS – Réseau FAMI – rapport 12/02/2026 – v0.2", fmt="{PAGE}/{NUMPAGES}")

    para(doc, [("PROJET v0.2 – pour relecture. Merci de m'envoyer vos corrections pour le 20 février au plus tard.",
                {"b": True, "color": RED, "hl": WD_COLOR_INDEX.YELLOW})])
    para(doc, "Rapport de la réunion du réseau FAMI", style="Title")
    para(doc, [("Jeudi 12 février 2026 – SPP Intégration Sociale, Bruxelles – 10h00-15h30", {"b": True})])

    para(doc, [("Participants", {"b": True})], space_after=2)
    ppl = [("Mehdi Bouzidi", "SPP IS", "P"), ("Joris Claeys", "SPP IS", "P"), ("Thierry Collard", "CPAS Liège", "E"),
           ("Yusuf Demir", "CPAS Gand", "P"), ("Nathalie Dufrasne", "CPAS Charleroi", "P"),
           ("Véronique Gilson", "CPAS Binche", "E"), ("Lotte Janssens", "CPAS Anvers", "P"),
           ("Marta Kowalczyk", "CPAS Bruxelles", "P"), ("Benoît Lambert", "CPAS Bruxelles", "E"),
           ("Tomasz Nowak", "CPAS Anvers", "P"), ("Giulia Rinaldi", "CPAS Liège", "P"),
           ("Sarah Verbeke", "CPAS Gand", "P")]
    t = doc.add_table(rows=1 + len(ppl), cols=3)
    t.style = doc.styles["Table Grid"]
    for j, h in enumerate(("Nom", "Organisation", "P / E")):
        cell_text(t.rows[0].cells[j], h, bold=True)
        shade(t.rows[0].cells[j], "D9E2F3")
    for i, row in enumerate(ppl, start=1):
        for j, v in enumerate(row):
            cell_text(t.rows[i].cells[j], v, align="center" if j == 2 else None)
    col_widths(t, [6, 6, 2])
    para(doc, [("P = présent, E = excusé", {"i": True, "size": 8})])

    para(doc, [("Ordre du jour", {"b": True})], space_after=2)
    for t_ in ("10.00-10.15 Ouverture",
               "10.15-11.30 Bilan 2025 par CPAS",
               "11.30-12.15 Rapport annuel des indicateurs",
               "13.15-14.00 Conservation des documents après la clôture",
               "14.00-15.00 Évaluation à mi-parcours",
               "15.00-15.30 Actions et prochaine réunion"):
        para(doc, t_, style="List Number", space_after=0)

    para(doc, "1. Ouverture", style="Heading 1")
    para(doc, "Joris Claeys ouvre la réunion et rappelle que le programme FAMI 2021-2027 entre dans sa seconde "
              "moitié. Le rapport de la réunion d'octobre 2025 est approuvé.")

    para(doc, "2. Bilan 2025 par CPAS", style="Heading 1")
    para(doc, ["Gand : ", ("38", {"strike": True, "color": RED}), " ", ("42", {"u": True, "color": RED}),
               " participants, dont 17 ont terminé au moins un module. ",
               ("[GR : 42 et non 38 – à confirmer]", {"color": RED})])
    para(doc, "Liège : 57 participants ; l'atelier informatique reste le plus demandé.")
    para(doc, "Charleroi et Binche : 49 participants ; les séances d'information sur le logement sont données avec "
              "un juriste.")
    para(doc, "Anvers (avec Schoten, Edegem, Mortsel) : 61 participants.")
    para(doc, ["Bruxelles : XX participants en 2025 ", ("[chiffre à recevoir de Benoît]", {"hl": WD_COLOR_INDEX.YELLOW})])

    para(doc, "3. Rapport annuel des indicateurs (Règlement (UE) 2021/1147)", style="Heading 1")
    para(doc, "Le SPP a transmis à la Commission les indicateurs communs 2025 : participants aux activités de "
              "soutien, par cours de langue, orientation civique et accompagnement professionnel personnalisé ; "
              "participants ayant progressé d'au moins un niveau CECR ; participants déclarant que l'activité a "
              "aidé leur intégration. Les CPAS ne transmettent que des totaux, jamais de noms.")

    para(doc, "4. Conservation des documents après la clôture", style="Heading 1")
    para(doc, "Rappel : les documents d'une opération sont conservés cinq ans à partir du 31 décembre de l'année du "
              "dernier paiement (Règlement (UE) 2021/1060, article 82). Les données personnelles des participants "
              "ne sont pas gardées plus longtemps que nécessaire (RGPD, article 5, 1, e). Un participant peut "
              "demander à voir tout ce qui est conservé à son sujet (article 15).")

    para(doc, "5. Évaluation à mi-parcours", style="Heading 1")
    para(doc, "5.1 Points forts", style="Heading 2")
    for t_ in ("le travail intensif avec le public, presque tous les jours de la semaine ;",
               "les liens entre les équipes et les participants, et entre participants ;",
               "l'esprit de groupe à la fin d'un module."):
        para(doc, t_, style="List Bullet")
    para(doc, "5.2 Points à améliorer", style="Heading 2")
    for t_ in ("la communication vers les participants quand un horaire change ou qu'un cours est annulé ;",
               "des horaires équilibrés entre anciens et nouveaux participants ;",
               "pas d'activités obligatoires sur des sujets sensibles (sexualité, violences conjugales)."):
        para(doc, t_, style="List Bullet")

    para(doc, "6. Actions", style="Heading 1")
    acts = [("Nathalie Dufrasne : ", "transmettre la liste des documents à archiver pour Charleroi et Binche."),
            ("SPP : ", "envoyer le canevas du rapport annuel 2025 avant le 1er mars."),
            ("Tous les CPAS : ", "compléter le canevas et le renvoyer pour le 31 mars."),
            ("CPAS d'Anvers : ", "partager l'outil de suivi des présences (Excel)."),
            ("Sarah Verbeke et Yusuf Demir : ", "organiser l'intervision des coachs en avril."),
            ("À attribuer : ", "mise à jour de la fiche projet commune.")]
    for owner, task in acts:
        para(doc, [(owner, {"b": True}), task], style="List Bullet", space_after=2)

    para(doc, [("Prochaine réunion : ", {"b": True}), "jeudi 11 juin 2026 à Charleroi (à confirmer)"],
         space_before=8)
    save(doc, "786_projet_relecture_spp.docx")


if __name__ == "__main__":
    for f in (r777, r778, r779, r780, r781, r782, r783, r784, r785, r786):
        f()
    print("10 reports written")
