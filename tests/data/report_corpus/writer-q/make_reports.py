# -*- coding: utf-8 -*-
"""Builds ten meeting reports (177-186) of the AMIF/FAMI network of the CPAS/OCMW with python-docx.

One function per report. Each function writes its .docx and returns the expected dict, typed by
hand from the text written in that same function (not computed from it)."""
import json
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn, nsdecls
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

GREY = RGBColor(0x80, 0x80, 0x80)
BLUE = RGBColor(0x1F, 0x4E, 0x79)


# ----------------------------------------------------------------------------------------------
# small helpers
# ----------------------------------------------------------------------------------------------
def base_font(doc, name, size):
    st = doc.styles["Normal"]
    st.font.name = name
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.append(rfonts)
    for k in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rfonts.set(qn(k), name)


def style_font(doc, style, name=None, size=None, color=None, bold=None, italic=None):
    st = doc.styles[style]
    if name:
        st.font.name = name
        rpr = st.element.get_or_add_rPr()
        rfonts = rpr.find(qn("w:rFonts"))
        if rfonts is None:
            rfonts = OxmlElement("w:rFonts")
            rpr.append(rfonts)
        for k in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
            rfonts.set(qn(k), name)
        for k in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme"):
            if rfonts.get(qn(k)) is not None:
                del rfonts.attrib[qn(k)]
    if size:
        st.font.size = Pt(size)
    if color is not None:
        st.font.color.rgb = color
    if bold is not None:
        st.font.bold = bold
    if italic is not None:
        st.font.italic = italic


def add_runs(par, runs):
    for r in runs:
        if isinstance(r, str):
            par.add_run(r)
            continue
        text, fmt = r
        run = par.add_run(text)
        if fmt.get("b"):
            run.bold = True
        if fmt.get("i"):
            run.italic = True
        if fmt.get("u"):
            run.underline = True
        if fmt.get("color") is not None:
            run.font.color.rgb = fmt["color"]
        if fmt.get("size"):
            run.font.size = Pt(fmt["size"])
        if fmt.get("font"):
            run.font.name = fmt["font"]
        if fmt.get("caps"):
            run.font.all_caps = True
    return par


def P(container, *runs, style=None, align=None, after=None, before=None, left=None, first=None,
      keep=False):
    par = container.add_paragraph(style=style) if style else container.add_paragraph()
    add_runs(par, runs)
    pf = par.paragraph_format
    if align:
        pf.alignment = align
    if after is not None:
        pf.space_after = Pt(after)
    if before is not None:
        pf.space_before = Pt(before)
    if left is not None:
        pf.left_indent = Cm(left)
    if first is not None:
        pf.first_line_indent = Cm(first)
    if keep:
        pf.keep_with_next = True
    return par


def cell_lines(cell, lines, size=None, bold=False, italic=False, color=None, style=None):
    """Fill a cell: first line in the existing paragraph, others in new paragraphs."""
    first = True
    for line in lines:
        if first:
            par = cell.paragraphs[0]
            if style:
                par.style = style
            first = False
        else:
            par = cell.add_paragraph(style=style) if style else cell.add_paragraph()
        runs = line if isinstance(line, list) else [line]
        for r in runs:
            if isinstance(r, str):
                r = (r, {})
            fmt = dict(r[1])
            if bold:
                fmt.setdefault("b", True)
            if italic:
                fmt.setdefault("i", True)
            if color is not None:
                fmt.setdefault("color", color)
            if size:
                fmt.setdefault("size", size)
            add_runs(par, [(r[0], fmt)])
    return cell


def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = parse_xml(r'<w:shd %s w:val="clear" w:color="auto" w:fill="%s"/>' % (nsdecls("w"), hexcolor))
    tcPr.append(shd)


def col_widths(table, widths_cm):
    for row in table.rows:
        for i, w in enumerate(widths_cm):
            if i < len(row.cells):
                row.cells[i].width = Cm(w)


def new_num(doc, fmt="decimal", lvl_text="%1.", left=426, hanging=426):
    """A fresh Word list definition (automatic numbering), returns its numId."""
    numbering = doc.part.numbering_part.element
    aids = [int(a.get(qn("w:abstractNumId"))) for a in numbering.findall(qn("w:abstractNum"))]
    nids = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
    aid, nid = max(aids) + 1, max(nids) + 1
    absn = parse_xml(
        '<w:abstractNum %s w:abstractNumId="%d"><w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="%s"/><w:lvlText w:val="%s"/>'
        '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="%d" w:hanging="%d"/></w:pPr></w:lvl>'
        '</w:abstractNum>' % (nsdecls("w"), aid, fmt, lvl_text, left, hanging))
    numbering.find(qn("w:num")).addprevious(absn)
    numbering.append(parse_xml('<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>'
                               % (nsdecls("w"), nid, aid)))
    return nid


def set_num(par, nid, ilvl=0):
    numPr = par._p.get_or_add_pPr().get_or_add_numPr()
    numPr.get_or_add_ilvl().val = ilvl
    numPr.get_or_add_numId().val = nid


def header_footer(doc, header=None, footer=None, hsize=8, fsize=8, halign=None, falign=None,
                  hitalic=False, fitalic=False, hcolor=None, fcolor=None):
    sec = doc.sections[0]
    if header:
        hp = sec.header.paragraphs[0]
        for i, line in enumerate(header):
            if i:
                hp = sec.header.add_paragraph()
            add_runs(hp, [(line, {"size": hsize, "i": hitalic, "color": hcolor})])
            if halign:
                hp.alignment = halign
    if footer:
        fp = sec.footer.paragraphs[0]
        for i, line in enumerate(footer):
            if i:
                fp = sec.footer.add_paragraph()
            add_runs(fp, [(line, {"size": fsize, "i": fitalic, "color": fcolor})])
            if falign:
                fp.alignment = falign


def margins(doc, top=2.0, bottom=2.0, left=2.2, right=2.2):
    s = doc.sections[0]
    s.top_margin, s.bottom_margin = Cm(top), Cm(bottom)
    s.left_margin, s.right_margin = Cm(left), Cm(right)


def a4(doc, landscape=False):
    s = doc.sections[0]
    if landscape:
        s.orientation = WD_ORIENT.LANDSCAPE
        s.page_width, s.page_height = Cm(29.7), Cm(21.0)
    else:
        s.page_width, s.page_height = Cm(21.0), Cm(29.7)


def save(doc, name, author, last=None):
    cp = doc.core_properties
    cp.title = ""
    cp.author = author
    cp.last_modified_by = last or author
    doc.save(os.path.join(HERE, name))


# ----------------------------------------------------------------------------------------------
# 177 - SPP official, new bilingual template, placeholder prompts partly left in (2016)
# ----------------------------------------------------------------------------------------------
def r177():
    name = "177_rapport_spp_bruxelles_nov2016.docx"
    doc = Document()
    a4(doc)
    margins(doc, 2.0, 2.0, 2.0, 2.0)
    base_font(doc, "Calibri", 10.5)
    style_font(doc, "Heading 1", name="Calibri", size=12, color=BLUE)
    header_footer(doc,
                  header=["POD | Maatschappelijke Integratie\t\tSPP | Intégration Sociale"],
                  footer=["Naar een geïntegreerd migratiebeleid, dankzij het AMIF – "
                          "Vers une politique de migration plus intégrée, grâce au FAMI",
                          "Modèle de rapport réseau / Sjabloon verslag netwerk – v1.0 (09/2016)"],
                  falign=WD_ALIGN_PARAGRAPH.CENTER, fitalic=True, fcolor=GREY)
    ph = {"color": GREY, "i": True}

    P(doc, ("Rapport rencontre CPAS – Verslag bijeenkomst OCMW's", {"b": True, "size": 16, "color": BLUE}),
      align=WD_ALIGN_PARAGRAPH.CENTER, after=2)
    P(doc, ("24 novembre 2016 – 24 november 2016", {"b": True, "size": 12}),
      align=WD_ALIGN_PARAGRAPH.CENTER, after=10)

    t = doc.add_table(rows=7, cols=2)
    t.style = "Table Grid"
    labels = ["Lieu / Plaats", "Interprétation / Vertaling", "Présents / Aanwezig",
              "Interprètes / Tolken", "Excusés / Verontschuldigd", "Rédaction / Opsteller",
              "Date de diffusion / Verzenddatum"]
    for i, lab in enumerate(labels):
        cell_lines(t.rows[i].cells[0], [lab], bold=True)
        shade(t.rows[i].cells[0], "DEEAF6")
    cell_lines(t.rows[0].cells[1], ["SPP Intégration Sociale, boulevard du Roi Albert II 30, 1000 Bruxelles – salle 7.14"])
    cell_lines(t.rows[1].cells[1], ["Interprétation simultanée FR-NL / Simultaanvertaling FR-NL"])
    cell_lines(t.rows[2].cells[1], [
        "Katrien Vanhoutte (SPP IS)",
        "Wouter De Smet (CPAS Gand / OCMW Gent)",
        "Hanne Verstraete (CPAS Gand / OCMW Gent)",
        "Christophe Lemaire (CPAS Liège / OCMW Luik)",
        "Nadia Benali (CPAS Liège / OCMW Luik)",
        "Sandrine Hanotiau (CPAS Charleroi)",
        "Véronique Delcourt (CPAS Binche)",
        "Els Peeters (OCMW Antwerpen / CPAS Anvers)",
        "Amine Kaddouri (CPAS Bruxelles / OCMW Brussel)",
    ])
    cell_lines(t.rows[3].cells[1], ["Marie-Claire Doyen, Jan Bogaert"])
    cell_lines(t.rows[4].cells[1], ["Fabrizio Russo (CPAS Charleroi)",
                                    [("[Nom Prénom (organisation) / Naam Voornaam (organisatie)]", ph)]])
    cell_lines(t.rows[5].cells[1], ["Katrien Vanhoutte"])
    cell_lines(t.rows[6].cells[1], [[("Cliquez ici pour entrer une date.", ph)]])
    col_widths(t, [4.5, 12.5])

    P(doc, ("Ordre du jour / Agenda", {"b": True, "size": 11, "color": BLUE}), before=12, after=4)
    t = doc.add_table(rows=5, cols=2)
    t.style = "Table Grid"
    rows = [("Heure / Uur", "Point / Punt"),
            ("10h00 – 10h15", "Accueil et approbation du rapport du 9 juin / Onthaal en goedkeuring verslag van 9 juni"),
            ("10h15 – 11h15", "Tour de table des CPAS / Rondje OCMW's"),
            ("11h15 – 12h00", "Rapportage FAMI 2016 : calendrier et indicateurs / AMIF-rapportering 2016: timing en indicatoren"),
            ("12h00 – 12h30", "Divers / Varia")]
    for i, (a, b) in enumerate(rows):
        cell_lines(t.rows[i].cells[0], [a], bold=(i == 0))
        cell_lines(t.rows[i].cells[1], [b], bold=(i == 0))
        if i == 0:
            shade(t.rows[i].cells[0], "DEEAF6")
            shade(t.rows[i].cells[1], "DEEAF6")
    col_widths(t, [3.2, 13.8])

    doc.add_paragraph()
    doc.add_heading("I. Accueil / Onthaal", level=1)
    P(doc, "Katrien Vanhoutte souhaite la bienvenue aux participants et rappelle que l'interprétation "
           "simultanée est disponible pendant toute la réunion (casques à l'entrée de la salle). Le rapport "
           "de la rencontre du 9 juin 2016 à Gand est approuvé sans remarques.")
    P(doc, ("Katrien Vanhoutte heet iedereen welkom. Het verslag van 9 juni 2016 in Gent wordt zonder "
            "opmerkingen goedgekeurd.", {"i": True}))

    doc.add_heading("II. Tour de table / Rondje OCMW's", level=1)
    P(doc, ("Résumez ici les points principaux par CPAS. / Vat hier per OCMW de belangrijkste punten samen.", ph))
    for line in [
        "Gand : le deuxième module a démarré le 12 septembre avec 14 participants ; l'entretien d'admission "
        "se fait désormais en binôme avec un médiateur interculturel.",
        "Liège : 22 participants inscrits dans les quatre ateliers ; l'atelier informatique a une liste "
        "d'attente de 8 personnes.",
        "Charleroi / Binche : à la séance d'information du 20 octobre, 60 présents sur 199 invités. Binche "
        "envoie ses premiers participants en janvier.",
        "Anvers : [à compléter : chiffres Anvers / aan te vullen: cijfers Antwerpen]. Els Peeters signale que "
        "l'orientation par les maatschappelijk werkers reste lente.",
        "Bruxelles : le local de la rue Haute sera disponible à partir de décembre.",
    ]:
        P(doc, line, style="List Bullet")

    doc.add_heading("III. Rapportage FAMI 2016 / AMIF-rapportering 2016", level=1)
    P(doc, "Le SPP rappelle que le rapport annuel FAMI doit parvenir à l'autorité responsable pour le "
           "15 février 2017. Les CPAS transmettent au SPP le nombre de participants par module, le nombre "
           "d'heures d'activité et le nombre de personnes ayant terminé un module.")
    P(doc, "Plusieurs CPAS signalent que la définition d'un « participant » n'est pas la même partout : une "
           "personne qui vient à la séance d'information mais ne signe pas de contrat est-elle comptée ? "
           "Décision : seules les personnes ayant signé au moins un contrat sont comptées.")
    P(doc, ("Het jaarrapport AMIF moet tegen 15 februari 2017 bij de verantwoordelijke autoriteit zijn. "
            "Enkel deelnemers die minstens één contract ondertekend hebben, worden meegeteld.", {"i": True}))

    doc.add_heading("IV. Divers / Varia", level=1)
    P(doc, ("Cliquez ici pour taper du texte. / Klik hier om tekst in te voeren.", ph))

    P(doc, ("Actions / Acties", {"b": True, "size": 11, "color": BLUE}), before=12, after=4)
    t = doc.add_table(rows=6, cols=3)
    t.style = "Table Grid"
    rows = [("Action / Actie", "Responsable / Verantwoordelijke", "Échéance / Deadline"),
            ("Envoyer aux CPAS le modèle de tableau pour le rapport annuel / Sjabloon jaarrapport bezorgen aan de OCMW's",
             "SPP IS", "02/12/2016"),
            ("Transmettre les chiffres 2016 par module / Cijfers 2016 per module bezorgen",
             "Tous les CPAS / Alle OCMW's", "31/01/2017"),
            ("Compléter les chiffres d'Anvers dans le rapport / Cijfers Antwerpen aanvullen in het verslag",
             "Els Peeters", "09/12/2016"),
            ("Proposer une date pour la visite à Binche / Datum voorstellen voor bezoek aan Binche",
             "Véronique Delcourt, Sandrine Hanotiau", None),
            (None, None, None)]
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.rows[i].cells[j]
            if val is None:
                txt = "Cliquez ici pour entrer une date." if j == 2 else "Cliquez ici pour taper du texte."
                cell_lines(c, [[(txt, ph)]])
            else:
                cell_lines(c, [val], bold=(i == 0))
            if i == 0:
                shade(c, "DEEAF6")
    col_widths(t, [10.0, 4.5, 2.5])

    P(doc, ("Prochaine réunion / Volgende vergadering : ", {"b": True}),
      "16 mars 2017 – 16 maart 2017, CPAS de Charleroi / OCMW Charleroi", before=12)
    save(doc, name, "Katrien Vanhoutte")

    return {
        "file": name,
        "languages": ["fr", "nl"],
        "online": False,
        "interpretation": True,
        "date": "2016-11-24",
        "people": [
            ["Katrien Vanhoutte", "Present", "SPP"],
            ["Wouter De Smet", "Present", "GENT"],
            ["Hanne Verstraete", "Present", "GENT"],
            ["Christophe Lemaire", "Present", "LIEGE"],
            ["Nadia Benali", "Present", "LIEGE"],
            ["Sandrine Hanotiau", "Present", "CHARLEROI"],
            ["Véronique Delcourt", "Present", "BINCHE"],
            ["Els Peeters", "Present", "ANTWERPEN"],
            ["Amine Kaddouri", "Present", "BRUXELLES"],
            ["Marie-Claire Doyen", "Present", None],
            ["Jan Bogaert", "Present", None],
            ["Fabrizio Russo", "Excused", "CHARLEROI"],
        ],
        "agenda": [
            ["10:00", "10:15", "Accueil et approbation du rapport du 9 juin / Onthaal en goedkeuring verslag van 9 juni"],
            ["10:15", "11:15", "Tour de table des CPAS / Rondje OCMW's"],
            ["11:15", "12:00", "Rapportage FAMI 2016 : calendrier et indicateurs / AMIF-rapportering 2016: timing en indicatoren"],
            ["12:00", "12:30", "Divers / Varia"],
        ],
        "headings": [
            ["I", "Accueil / Onthaal"],
            ["II", "Tour de table / Rondje OCMW's"],
            ["III", "Rapportage FAMI 2016 / AMIF-rapportering 2016"],
            ["IV", "Divers / Varia"],
        ],
        "actions": [
            ["SPP", [], None, "Envoyer aux CPAS le modèle de tableau"],
            ["CPAS", [], None, "Transmettre les chiffres 2016 par module"],
            ["Network Contact", ["Els Peeters"], None, "Compléter les chiffres d'Anvers dans"],
            ["Several Network Contacts", ["Véronique Delcourt", "Sandrine Hanotiau"], None,
             "Proposer une date pour la visite"],
        ],
        "next_meeting": {"date": "2017-03-16",
                         "text": "Prochaine réunion / Volgende vergadering : 16 mars 2017 – 16 maart 2017, CPAS de Charleroi / OCMW Charleroi"},
        "remarks": ["[à compléter : chiffres Anvers / aan te vullen: cijfers Antwerpen]"],
    }


# ----------------------------------------------------------------------------------------------
# 178 - Gent coordinator typing live during a Teams call, barely edited (2020)
# ----------------------------------------------------------------------------------------------
def r178():
    name = "178_notulen_teams_mei2020.docx"
    doc = Document()
    a4(doc)
    margins(doc, 1.8, 1.8, 2.0, 2.0)
    base_font(doc, "Calibri", 11)
    doc.styles["Normal"].paragraph_format.space_after = Pt(2)

    P(doc, ("netwerk AMIF – teams call 14/5/2020", {"b": True}))
    P(doc, "start 10u05")
    P(doc, "aanw: Hanne Verstraete (Gent, notulen), Wouter De Smet (Gent), Julien Marchal (POD MI), "
           "Nadia Benali (Luik), Fabrizio Russo (Charleroi), Els Peeters (Antwerpen), Bram Van Looy "
           "(Antwerpen), Mathilde Verhaegen (Brussel)")
    P(doc, "verontsch: Tine Goossens (Schoten), Véronique Delcourt (Binche)")
    P(doc, "geen tolk, iedereen praat traag in eigen taal, lukt wel")
    P(doc, "agenda: rondje / groepsgrootte na 18/5 / enquete / varia")
    P(doc, "")

    P(doc, ("1. rondje", {"b": True}))
    P(doc, "- Gent: sinds 16/3 alles stil, mw's bellen elke week hun deelnemers. 3 deelnemers afgehaakt "
           "(terug naar land / geen gsm meer)")
    P(doc, "- Luik: atelier créatif loopt via whatsapp-video, werkt ok voor 6 van de 14. informatica ligt "
           "stil (geen laptops bij deelnmers)")
    P(doc, "- Charleroi: individuele coaching telefonisch, groep nog niet. (cijfers Charleroi nog aan te vullen)")
    P(doc, "- Antwerpen: Els: mondmaskers genaaid in het atelier, veel goeie reacties. Bram: taalactivering "
           "via zoom lukt niet, te veel ruis, deelnemers op gsm")
    P(doc, "- Brussel: Mathilde – alles telefonisch, 2 collega's ziek")
    P(doc, "")

    P(doc, ("2. groepsgrootte na 18/5", {"b": True}))
    P(doc, "- Gent mag vanaf 18/5 terug kleine groepjes: 4 deelnemers + 1 begeleider, mondmasker verplicht")
    P(doc, "- Luik + Charleroi: 3 + 1, pas vanaf juni")
    P(doc, "- Julien: POD heeft geen eigen regel, volg de regels van je stad/gemeente + nationale veiligheidsraad. "
           "mondmaskers en handgel zijn wss subsidiabel")
    P(doc, "-> JM stuurt de richtlijn van het POD over subsidiabele kosten door naar alle ocmw's")
    P(doc, "")

    P(doc, ("3. enquete", {"b": True}))
    P(doc, "- tvo-enquete te moeilijk, zeker nu op afstand. woorden als 'tevredenheid' en 'verwachtingen' "
           "snapt bijna niemand")
    P(doc, "- voorstel Els: smileys + pictogrammen, vragen voorlezen aan de telefoon")
    P(doc, "-> Els + Nadia bekijken vertaling enquete in arabisch, dari en tigrinya")
    P(doc, "- beslist: enquete blijft op papier tot september, niet via online formulier (gdpr: wie ziet "
           "de antwoorden??)")
    P(doc, "")

    P(doc, ("4. varia", {"b": True}))
    P(doc, "- Wouter: moeten we een budgetwijziging 2020 indienen als er minder deelnemers zijn?")
    P(doc, "-> JM checkt of een budgetwijziging nodig is bij minder deelnemers")
    P(doc, "-> nog te bepalen wie: verslag van 6/2 nog eens rondsturen, niemand vindt het terug")
    P(doc, "-> elk ocmw: aantal deelnemers per module (jan-mei) doorgeven aan JM tegen 29/5")
    P(doc, "")
    P(doc, "volgende call: do 4/6, 10u, zelfde teams-link")
    P(doc, ("einde 11u40 (Wouter 2x uit de call gevallen)", {"i": True}))
    save(doc, name, "Hanne Verstraete")

    return {
        "file": name,
        "languages": ["nl"],
        "online": True,
        "interpretation": False,
        "date": "2020-05-14",
        "people": [
            ["Hanne Verstraete", "Present", "GENT"],
            ["Wouter De Smet", "Present", "GENT"],
            ["Julien Marchal", "Present", "SPP"],
            ["Nadia Benali", "Present", "LIEGE"],
            ["Fabrizio Russo", "Present", "CHARLEROI"],
            ["Els Peeters", "Present", "ANTWERPEN"],
            ["Bram Van Looy", "Present", "ANTWERPEN"],
            ["Mathilde Verhaegen", "Present", "BRUXELLES"],
            ["Tine Goossens", "Excused", "SCHOTEN"],
            ["Véronique Delcourt", "Excused", "BINCHE"],
        ],
        "agenda": [
            [None, None, "rondje"],
            [None, None, "groepsgrootte na 18/5"],
            [None, None, "enquete"],
            [None, None, "varia"],
        ],
        "headings": [
            ["1", "rondje"],
            ["2", "groepsgrootte na 18/5"],
            ["3", "enquete"],
            ["4", "varia"],
        ],
        "actions": [
            ["Network Contact", ["Julien Marchal"], None, "JM stuurt de richtlijn van het POD"],
            ["Several Network Contacts", ["Els Peeters", "Nadia Benali"], None, "Els + Nadia bekijken vertaling enquete"],
            ["Network Contact", ["Julien Marchal"], None, "JM checkt of een budgetwijziging"],
            ["To Be Assigned", [], None, "verslag van 6/2 nog eens rondsturen"],
            ["CPAS", [], None, "aantal deelnemers per module (jan-mei)"],
        ],
        "next_meeting": {"date": None, "text": "volgende call: do 4/6, 10u, zelfde teams-link"},
        "remarks": ["(cijfers Charleroi nog aan te vullen)"],
    }


# ----------------------------------------------------------------------------------------------
# 179 - Brussels coordinator reusing the Gent colleague's Dutch file (2018)
# ----------------------------------------------------------------------------------------------
def r179():
    name = "179_rapport_charleroi_mars2018.docx"
    doc = Document()
    a4(doc)
    margins(doc, 2.5, 2.0, 2.5, 2.0)
    base_font(doc, "Calibri", 11)               # the Gent file's font
    style_font(doc, "Heading 1", name="Calibri", size=13, color=RGBColor(0x00, 0x70, 0xC0))
    # header and footer still from the colleague's October 2017 file
    header_footer(doc,
                  header=["Verslag netwerkvergadering AMIF – Gent, 19 oktober 2017"],
                  footer=["OCMW Gent – Dienst Inburgering | verslag netwerk AMIF | v2 WDS"],
                  halign=WD_ALIGN_PARAGRAPH.RIGHT, hcolor=GREY, fcolor=GREY)
    A = {"font": "Arial", "size": 10}           # what Amine types himself

    P(doc, ("Rapport réunion réseau FAMI", {"b": True, "size": 16, "font": "Arial"}), after=0)
    P(doc, ("Charleroi, le 22 mars 2018 – salle du Conseil, CPAS de Charleroi", {"font": "Arial", "size": 11}),
      after=10)

    P(doc, ("Aanwezig:", {"b": True}), after=2)
    for line in ["Fabrizio Russo – CPAS Charleroi",
                 "Karima Ouali – CPAS Charleroi",
                 "Véronique Delcourt – CPAS Binche",
                 "Nadia Benali – CPAS Liège",
                 "Hanne Verstraete – OCMW Gent",
                 "Els Peeters – OCMW Antwerpen",
                 "Amine Kaddouri – CPAS Bruxelles (rapport)",
                 "Katrien Vanhoutte – SPP IS"]:
        P(doc, (line, A), style="List Bullet", after=0)
    P(doc, ("Verontschuldigd:", {"b": True}), before=6, after=2)
    for line in ["Wouter De Smet – OCMW Gent",
                 "Aurélie Gilson – CPAS Liège"]:
        P(doc, (line, A), style="List Bullet", after=0)

    P(doc, ("Agenda", {"b": True}), before=8, after=2)
    t = doc.add_table(rows=6, cols=2)
    t.style = "Light List Accent 1" if "Light List Accent 1" in [s.name for s in doc.styles] else "Table Grid"
    rows = [("Tijdstip", "Onderwerp"),
            ("9.30 – 10.00", "Accueil et café"),
            ("10.00 – 11.00", "Tour de table"),
            ("11.00 – 12.00", "Le tunnel de recrutement à Charleroi (Karima Ouali)"),
            ("12.00 – 12.30", "RGPD : ce qui change le 25 mai"),
            ("12.30", "Lunch")]
    for i, (a, b) in enumerate(rows):
        if i == 0:
            cell_lines(t.rows[i].cells[0], [a], bold=True)
            cell_lines(t.rows[i].cells[1], [b], bold=True)
        else:
            cell_lines(t.rows[i].cells[0], [[(a, A)]])
            cell_lines(t.rows[i].cells[1], [[(b, A)]])
    col_widths(t, [3.0, 13.0])

    doc.add_heading("1. Accueil", level=1)
    P(doc, ("Fabrizio Russo accueille le réseau dans la salle du Conseil du CPAS de Charleroi. Le rapport de "
            "la réunion de Gand (19 octobre 2017) est approuvé.", A))

    doc.add_heading("2. Tour de table", level=1)
    for txt in [
        "Gand : 12 participants dans le module de printemps ; Hanne Verstraete signale que deux "
        "participantes ont trouvé une formation d'aide-soignante.",
        "Liège : l'atelier « Réalisation de projet » démarre en avril avec 9 participants. Les trois contrats "
        "(assistant social, entretien d'admission, module) sont maintenus.",
        "Anvers : Els Peeters présente les trajets avec Schoten, Edegem et Mortsel ; Mortsel envoie "
        "4 participants au module d'avril.",
        "Binche : premiers participants orientés vers Charleroi depuis janvier (5 personnes).",
        "Bruxelles : 18 participants ; deux départs vers une formation ISP.",
    ]:
        P(doc, (txt, A))

    doc.add_heading("3. Le tunnel de recrutement à Charleroi", level=1)
    P(doc, ("Karima Ouali présente les chiffres des modules 1 et 2 : plus de 1 000 personnes listées avec "
            "l'observatoire local, 315 retenues par les assistants sociaux pour le module 1 et 199 pour le "
            "module 2. Aux séances d'information : 110 sur 315 (35 %) et 60 sur 199 (30 %).", A))
    P(doc, ("Pour le module 3, l'invitation est envoyée par courrier et par SMS ; la présence semble "
            "meilleure.", A))
    P(doc, ("Chiffres du module 3 : à compléter par Karima.", dict(A, i=True, color=RGBColor(0xC0, 0x00, 0x00))))
    P(doc, ("Les autres CPAS trouvent l'approche intéressante mais lourde : Gand et Anvers préfèrent "
            "l'orientation individuelle par le maatschappelijk werker.", A))

    doc.add_heading("4. RGPD : ce qui change le 25 mai", level=1)
    P(doc, ("Katrien Vanhoutte rappelle que chaque CPAS reste responsable des données de ses participants. "
            "Le SPP ne reçoit que des chiffres agrégés, jamais de noms. Les listes de présence papier doivent "
            "être rangées sous clé.", A))
    P(doc, ("Question de Liège : peut-on garder les photos de l'atelier créatif ? Oui, avec un accord écrit "
            "du participant, et pas sur Facebook.", A))

    doc.add_heading("5. Divers", level=1)
    P(doc, ("Binche demande une copie du contrat de participation utilisé à Liège.", A))

    P(doc, ("Actiepunten", {"b": True}), before=10, after=2)
    t = doc.add_table(rows=5, cols=3)
    t.style = "Table Grid"
    rows = [("Actie", "Wie", "Tegen wanneer"),
            ("Envoyer la présentation du tunnel de recrutement à tous les CPAS", "Karima Ouali", "30/03"),
            ("Envoyer le modèle de contrat de participation à Binche", "Nadia Benali", "15/04"),
            ("Préparer un modèle commun de formulaire de consentement RGPD", "SPP IS", "mai"),
            ("Vérifier où sont rangées les listes de présence", "chaque CPAS", "25/05")]
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            if i == 0:
                cell_lines(t.rows[i].cells[j], [val], bold=True)
                shade(t.rows[i].cells[j], "D9E2F3")
            else:
                cell_lines(t.rows[i].cells[j], [[(val, A)]])
    col_widths(t, [10.0, 3.5, 2.5])

    P(doc, ("Prochaine réunion : jeudi 28 juin 2018, CPAS de Bruxelles (à confirmer).", dict(A, b=True)), before=10)
    P(doc, "Dit verslag wordt na goedkeuring op de gedeelde map geplaatst.", before=6)
    save(doc, name, "Wouter De Smet", last="Amine Kaddouri")

    return {
        "file": name,
        "languages": ["fr", "nl"],
        "online": False,
        "interpretation": False,
        "date": "2018-03-22",
        "people": [
            ["Fabrizio Russo", "Present", "CHARLEROI"],
            ["Karima Ouali", "Present", "CHARLEROI"],
            ["Véronique Delcourt", "Present", "BINCHE"],
            ["Nadia Benali", "Present", "LIEGE"],
            ["Hanne Verstraete", "Present", "GENT"],
            ["Els Peeters", "Present", "ANTWERPEN"],
            ["Amine Kaddouri", "Present", "BRUXELLES"],
            ["Katrien Vanhoutte", "Present", "SPP"],
            ["Wouter De Smet", "Excused", "GENT"],
            ["Aurélie Gilson", "Excused", "LIEGE"],
        ],
        "agenda": [
            ["09:30", "10:00", "Accueil et café"],
            ["10:00", "11:00", "Tour de table"],
            ["11:00", "12:00", "Le tunnel de recrutement à Charleroi (Karima Ouali)"],
            ["12:00", "12:30", "RGPD : ce qui change le 25 mai"],
            ["12:30", None, "Lunch"],
        ],
        "headings": [
            ["1", "Accueil"],
            ["2", "Tour de table"],
            ["3", "Le tunnel de recrutement à Charleroi"],
            ["4", "RGPD : ce qui change le 25 mai"],
            ["5", "Divers"],
        ],
        "actions": [
            ["Network Contact", ["Karima Ouali"], None, "Envoyer la présentation du tunnel de recrutement"],
            ["Network Contact", ["Nadia Benali"], None, "Envoyer le modèle de contrat"],
            ["SPP", [], None, "Préparer un modèle commun de formulaire"],
            ["CPAS", [], None, "Vérifier où sont rangées les listes"],
        ],
        "next_meeting": {"date": "2018-06-28",
                         "text": "Prochaine réunion : jeudi 28 juin 2018, CPAS de Bruxelles (à confirmer)."},
        "remarks": ["Chiffres du module 3 : à compléter par Karima."],
    }


# ----------------------------------------------------------------------------------------------
# 180 - two authors: part 1 Antwerpen (NL, Word styles), part 2 Liège (FR, typed, underlined)
# ----------------------------------------------------------------------------------------------
def r180():
    name = "180_verslag_webex_feb2021.docx"
    doc = Document()
    a4(doc)
    margins(doc, 2.0, 2.0, 2.0, 2.0)
    base_font(doc, "Calibri", 11)
    style_font(doc, "Heading 2", name="Calibri", size=12, color=RGBColor(0xC0, 0x00, 0x00))
    style_font(doc, "Title", name="Calibri", size=20)
    header_footer(doc, footer=["Netwerk AMIF – Réseau FAMI | verslag/rapport 09.02.2021"],
                  falign=WD_ALIGN_PARAGRAPH.RIGHT, fcolor=GREY)

    P(doc, "Verslag netwerkmoment OCMW's – Rapport moment réseau CPAS", style="Title")
    P(doc, ("dinsdag 9 februari 2021 – mardi 9 février 2021, 9u30 – 12u00", {"b": True}))
    P(doc, "Online via Webex, met simultaanvertaling NL/FR – en ligne via Webex, avec interprétation simultanée NL/FR")
    P(doc, ("Verslag: deel 1 Bram Van Looy (OCMW Antwerpen), partie 2 Aurélie Gilson (CPAS Liège)", {"i": True}))

    P(doc, ("Aanwezig / Présents", {"b": True}), before=6, after=0)
    for line in ["Julien Marchal – POD MI / SPP IS",
                 "Wouter De Smet – OCMW Gent",
                 "Yusuf Demir – OCMW Gent",
                 "Aurélie Gilson – CPAS Liège",
                 "Nadia Benali – CPAS Liège",
                 "Karima Ouali – CPAS Charleroi",
                 "Bram Van Looy – OCMW Antwerpen",
                 "Fatma Yildiz – OCMW Antwerpen",
                 "Pieter Wouters – OCMW Edegem",
                 "Inès Lambert – CPAS Bruxelles",
                 "Jan Bogaert en Lotte Vandamme – tolken / interprètes"]:
        P(doc, line, style="List Bullet", after=0)
    P(doc, ("Verontschuldigd / Excusés", {"b": True}), before=6, after=0)
    for line in ["Mathilde Verhaegen – CPAS Bruxelles",
                 "Kobe Mertens – OCMW Mortsel"]:
        P(doc, line, style="List Bullet", after=0)

    P(doc, ("Agenda / Ordre du jour", {"b": True}), before=6, after=0)
    for line in ["09:30 – Verwelkoming / Accueil",
                 "09:45 – Stand van zaken per OCMW / État des lieux par CPAS",
                 "10:45 – Tevredenheidsenquête: vereenvoudigde versie / Enquête de satisfaction : version simplifiée",
                 "11:30 – AMIF-indicatoren 2020 / Indicateurs FAMI 2020",
                 "11:50 – Varia / Divers"]:
        P(doc, line, after=0, left=0.5)

    doc.add_heading("1. Verwelkoming", level=2)
    P(doc, "Julien Marchal opent de vergadering. Het is de derde online bijeenkomst; de tolken werken met het "
           "tolkkanaal van Webex. Wie iets wil zeggen, gebruikt het handje.")

    doc.add_heading("2. Stand van zaken per OCMW", level=2)
    for line in [
        "Gent: 11 deelnemers in module 4; groepjes van 4 + 1 in het buurtcentrum. Yusuf Demir doet de "
        "intake nu telefonisch, met een tolk via de tolkentelefoon.",
        "Luik: ateliers opnieuw fysiek sinds januari, groepen van 3 + 1; het computeratelier leent 6 tablets uit.",
        "Charleroi: infosessies in kleinere groepen, 4 sessies in plaats van 2.",
        "Antwerpen: samen met Edegem een gezamenlijk aanbod taalactivering. Pieter Wouters: 3 deelnemers "
        "uit Edegem zijn gestart.",
        "Brussel: activiteiten grotendeels buiten (wandelingen), uitstappen geschrapt.",
    ]:
        P(doc, line, style="List Bullet")
    P(doc, ("Actie: ", {"b": True}), "Fatma Yildiz bezorgt de pictogrammen van de Antwerpse enquête aan alle OCMW's.")
    P(doc, ("Actie: ", {"b": True}), "Pieter Wouters en Bram Van Looy sturen de planning van het gezamenlijke "
                                     "aanbod door naar Gent.")

    P(doc, "* * *", align=WD_ALIGN_PARAGRAPH.CENTER, before=8, after=8)
    T = {"font": "Times New Roman", "size": 11.5}
    TU = dict(T, b=True, u=True)
    J = WD_ALIGN_PARAGRAPH.JUSTIFY
    P(doc, ("Suite du compte rendu : Aurélie Gilson (CPAS de Liège)", dict(T, i=True)))

    P(doc, ("3) Enquête de satisfaction : version simplifiée", TU), before=8)
    P(doc, ("Aurélie Gilson présente la version simplifiée de l'enquête, élaborée avec Nadia Benali. Les "
            "questions abstraites (« Dans quelle mesure vos attentes ont-elles été rencontrées ? ») sont "
            "remplacées par des phrases courtes et trois smileys. Les pictogrammes d'Anvers pourraient être "
            "repris. Gand souhaite une version en arabe, en dari et en tigrinya ; Charleroi ajoute le roumain. "
            "Tout le monde trouve que l'enquête doit rester courte : une page maximum.", T), align=J)
    P(doc, ("→ Tester la version simplifiée avec un groupe de participants avant fin avril (Aurélie et Nadia)", T),
      left=0.6)
    P(doc, ("→ Faire traduire l'enquête en arabe, dari, tigrinya et roumain (SPP)", T), left=0.6)

    P(doc, ("4) Indicateurs FAMI 2020", TU), before=8)
    P(doc, ("Julien Marchal explique que le SPP doit rassembler les chiffres 2020 pour le rapport annuel. Vu "
            "la crise sanitaire, l'autorité responsable accepte que les séances à distance soient comptées, à "
            "condition que la présence soit notée. Le tableau des indicateurs est disponible sur le SharePoint "
            "du réseau [lien à insérer].", T), align=J)
    P(doc, ("→ Les CPAS transmettent leurs chiffres 2020 au SPP pour le 26 février.", T), left=0.6)

    P(doc, ("5) Divers", TU), before=8)
    P(doc, ("Karima Ouali signale que deux animateurs de Charleroi quittent le projet en mars. Le recrutement "
            "est en cours.", T), align=J)
    P(doc, ("Volgende bijeenkomst / Prochaine rencontre : mei 2021, datum volgt / date à fixer par sondage.",
            dict(T, b=True)), before=8)
    save(doc, name, "Bram Van Looy", last="Aurélie Gilson")

    return {
        "file": name,
        "languages": ["nl", "fr"],
        "online": True,
        "interpretation": True,
        "date": "2021-02-09",
        "people": [
            ["Julien Marchal", "Present", "SPP"],
            ["Wouter De Smet", "Present", "GENT"],
            ["Yusuf Demir", "Present", "GENT"],
            ["Aurélie Gilson", "Present", "LIEGE"],
            ["Nadia Benali", "Present", "LIEGE"],
            ["Karima Ouali", "Present", "CHARLEROI"],
            ["Bram Van Looy", "Present", "ANTWERPEN"],
            ["Fatma Yildiz", "Present", "ANTWERPEN"],
            ["Pieter Wouters", "Present", "EDEGEM"],
            ["Inès Lambert", "Present", "BRUXELLES"],
            ["Jan Bogaert", "Present", None],
            ["Lotte Vandamme", "Present", None],
            ["Mathilde Verhaegen", "Excused", "BRUXELLES"],
            ["Kobe Mertens", "Excused", "MORTSEL"],
        ],
        "agenda": [
            ["09:30", None, "Verwelkoming / Accueil"],
            ["09:45", None, "Stand van zaken per OCMW / État des lieux par CPAS"],
            ["10:45", None, "Tevredenheidsenquête: vereenvoudigde versie / Enquête de satisfaction : version simplifiée"],
            ["11:30", None, "AMIF-indicatoren 2020 / Indicateurs FAMI 2020"],
            ["11:50", None, "Varia / Divers"],
        ],
        "headings": [
            ["1", "Verwelkoming"],
            ["2", "Stand van zaken per OCMW"],
            ["3", "Enquête de satisfaction : version simplifiée"],
            ["4", "Indicateurs FAMI 2020"],
            ["5", "Divers"],
        ],
        "actions": [
            ["Network Contact", ["Fatma Yildiz"], None, "Fatma Yildiz bezorgt de pictogrammen"],
            ["Several Network Contacts", ["Pieter Wouters", "Bram Van Looy"], None,
             "Pieter Wouters en Bram Van Looy sturen"],
            ["Several Network Contacts", ["Aurélie Gilson", "Nadia Benali"], None,
             "Tester la version simplifiée avec"],
            ["SPP", [], None, "Faire traduire l'enquête en arabe"],
            ["CPAS", [], None, "Les CPAS transmettent leurs chiffres 2020"],
        ],
        "next_meeting": {"date": None,
                         "text": "Volgende bijeenkomst / Prochaine rencontre : mei 2021, datum volgt / date à fixer par sondage."},
        "remarks": ["[lien à insérer]"],
    }


# ----------------------------------------------------------------------------------------------
# 181 - Brussels coordinator, Zoom; the present list is the pasted Outlook distribution list (2022)
# ----------------------------------------------------------------------------------------------
def r181():
    name = "181_pv_zoom_juin2022.docx"
    doc = Document()
    a4(doc)
    margins(doc, 2.0, 2.0, 2.3, 2.3)
    base_font(doc, "Century Gothic", 10)
    style_font(doc, "Heading 2", name="Century Gothic", size=11, color=RGBColor(0x5B, 0x2C, 0x6F))
    header_footer(doc, header=["CPAS de Bruxelles – Département Action sociale – Cellule FAMI"],
                  footer=["PV réseau FAMI 21/06/2022 – document de travail, ne pas diffuser hors réseau"],
                  halign=WD_ALIGN_PARAGRAPH.LEFT, falign=WD_ALIGN_PARAGRAPH.CENTER, hcolor=GREY, fcolor=GREY)

    P(doc, ("PV réunion réseau FAMI (Zoom) – 21 juin 2022", {"b": True, "size": 14}), after=4)
    P(doc, "Réunion en ligne via Zoom, 9h30-12h. Pas d'interprétation : chacun parle sa langue, les documents "
           "sont bilingues.", after=8)
    P(doc, ("Présents (copie de la liste de diffusion de l'invitation) :", {"b": True}), after=2)
    P(doc, ("Marchal Julien <julien.marchal@mi-is.be>; Claeys Sofie <sofie.claeys@mi-is.be>; Lambert Inès "
            "<ines.lambert@cpasbxl.brussels>; Verhaegen Mathilde <mathilde.verhaegen@cpasbxl.brussels>; "
            "Benali Nadia <nadia.benali@cpasdeliege.be>; Ouali Karima <karima.ouali@cpascharleroi.be>; "
            "Delcourt Véronique <veronique.delcourt@cpasbinche.be>; Peeters Els <els.peeters@antwerpen.be>; "
            "Goossens Tine <tine.goossens@ocmwschoten.be>; El Idrissi Samira <samira.elidrissi@lire-et-ecrire.be>",
            {"font": "Calibri", "size": 9, "color": RGBColor(0x1F, 0x3A, 0x93)}), after=4)
    P(doc, ("Excusés : ", {"b": True}), "Wouter De Smet (Gand), Yusuf Demir (Gand), Aurélie Gilson (Liège)", after=8)

    P(doc, ("Ordre du jour :", {"b": True}), after=2)
    for line in ["Approbation du PV du 15 mars 2022",
                 "Accueil des personnes sous protection temporaire (Ukraine) dans les projets",
                 "Nouvelle programmation FAMI 2021-2027 : indicateurs communs",
                 "Présentation de Lire et Écrire (Samira El Idrissi)",
                 "Divers"]:
        P(doc, line, style="List Number", after=0)

    hnum = new_num(doc, "decimal", "%1.", left=426, hanging=426)

    def H(text):
        h = doc.add_heading(text, level=2)
        set_num(h, hnum)
        return h

    H("Approbation du PV du 15 mars 2022")
    P(doc, "Le PV est approuvé moyennant une correction : Schoten était bien présent le 15 mars.")

    H("Personnes sous protection temporaire (Ukraine)")
    P(doc, "Depuis mars, les CPAS reçoivent des personnes ukrainiennes sous protection temporaire. Julien "
           "Marchal confirme qu'elles peuvent participer aux projets FAMI comme ressortissants de pays tiers. "
           "Liège en a déjà 5 dans l'atelier de français ; Anvers et Schoten constatent une forte demande de "
           "cours de néerlandais, mais les listes d'attente des centres de langues sont longues.")
    P(doc, ("Actions", {"u": True}), after=0)
    P(doc, "SPP : envoyer la note sur l'éligibilité des bénéficiaires de la protection temporaire", style="List Bullet")
    P(doc, "Anvers : partager la liste des cours de néerlandais à Anvers et environs", style="List Bullet")

    H("Indicateurs communs 2021-2027")
    P(doc, "Sofie Claeys présente les indicateurs communs du règlement (UE) 2021/1147 : nombre de participants "
           "à des activités de soutien (cours de langue, orientation civique, accompagnement professionnel "
           "personnalisé), nombre de participants qui progressent d'au moins un niveau du CECR, et nombre de "
           "participants qui déclarent que l'activité les a aidés à s'intégrer. Ce dernier indicateur suppose "
           "une question dans l'enquête de satisfaction.")
    P(doc, "Discussion : qui mesure le niveau CECR ? Les CPAS n'ont pas de test de langue. Proposition de "
           "Liège : utiliser le test d'entrée et de sortie des cours de FLE.")
    P(doc, ("Actions", {"u": True}), after=0)
    P(doc, "Tous les CPAS : vérifier quelles données de présence sont disponibles par module", style="List Bullet")
    P(doc, "Sofie et Nadia : proposer une formulation simple de la question en français et en néerlandais",
      style="List Bullet")

    H("Présentation de Lire et Écrire")
    P(doc, "Samira El Idrissi présente l'offre d'alphabétisation à Bruxelles et en Wallonie. Beaucoup de "
           "participants des CPAS n'ont pas été scolarisés dans leur langue ; un test de positionnement est "
           "nécessaire avant toute orientation. Lire et Écrire peut accueillir des groupes de 8 à 12 personnes.")

    H("Divers")
    P(doc, "Karima Ouali annonce que le module de Charleroi se termine le 24 juin par une fête avec les familles.")
    P(doc, ("Compléments de Gand : à compléter après la réunion d'équipe du 28/06.", {"i": True}))
    P(doc, ("Actions", {"u": True}), after=0)
    P(doc, "À définir : organisation pratique de la rencontre de septembre à Liège (salle, lunch)",
      style="List Bullet")

    P(doc, ("Prochaine réunion : mardi 20 septembre 2022, 9h30, en présentiel à Liège.", {"b": True}), before=10)
    save(doc, name, "Inès Lambert")

    return {
        "file": name,
        "languages": ["fr"],
        "online": True,
        "interpretation": False,
        "date": "2022-06-21",
        "people": [
            ["Marchal Julien", "Present", "SPP"],
            ["Claeys Sofie", "Present", "SPP"],
            ["Lambert Inès", "Present", "BRUXELLES"],
            ["Verhaegen Mathilde", "Present", "BRUXELLES"],
            ["Benali Nadia", "Present", "LIEGE"],
            ["Ouali Karima", "Present", "CHARLEROI"],
            ["Delcourt Véronique", "Present", "BINCHE"],
            ["Peeters Els", "Present", "ANTWERPEN"],
            ["Goossens Tine", "Present", "SCHOTEN"],
            ["El Idrissi Samira", "Present", None],
            ["Wouter De Smet", "Excused", "GENT"],
            ["Yusuf Demir", "Excused", "GENT"],
            ["Aurélie Gilson", "Excused", "LIEGE"],
        ],
        "agenda": [
            [None, None, "Approbation du PV du 15 mars 2022"],
            [None, None, "Accueil des personnes sous protection temporaire (Ukraine) dans les projets"],
            [None, None, "Nouvelle programmation FAMI 2021-2027 : indicateurs communs"],
            [None, None, "Présentation de Lire et Écrire (Samira El Idrissi)"],
            [None, None, "Divers"],
        ],
        "headings": [
            ["", "Approbation du PV du 15 mars 2022"],
            ["", "Personnes sous protection temporaire (Ukraine)"],
            ["", "Indicateurs communs 2021-2027"],
            ["", "Présentation de Lire et Écrire"],
            ["", "Divers"],
        ],
        "actions": [
            ["SPP", [], None, "envoyer la note sur l'éligibilité"],
            ["CPAS", [], "ANTWERPEN", "partager la liste des cours"],
            ["CPAS", [], None, "vérifier quelles données de présence"],
            ["Several Network Contacts", ["Claeys Sofie", "Benali Nadia"], None, "proposer une formulation simple de"],
            ["To Be Assigned", [], None, "organisation pratique de la rencontre"],
        ],
        "next_meeting": {"date": "2022-09-20",
                         "text": "Prochaine réunion : mardi 20 septembre 2022, 9h30, en présentiel à Liège."},
        "remarks": ["Compléments de Gand : à compléter après la réunion d'équipe du 28/06."],
    }


# ----------------------------------------------------------------------------------------------
# 182 - Antwerpen coordinator keeps a decision-and-action log as one table (2023)
# ----------------------------------------------------------------------------------------------
def r182():
    name = "182_besluitenlijst_antwerpen_sept2023.docx"
    doc = Document()
    a4(doc, landscape=True)
    margins(doc, 1.5, 1.5, 1.5, 1.5)
    base_font(doc, "Calibri", 10)
    header_footer(doc, header=["OCMW Antwerpen – AMIF-project | besluiten- en actielijst"],
                  footer=["Lijst bijgehouden door Els Peeters – wordt aangevuld na elke vergadering"],
                  halign=WD_ALIGN_PARAGRAPH.RIGHT, hcolor=GREY, fcolor=GREY)

    P(doc, ("Besluiten- en actielijst netwerk AMIF – Liste des décisions et actions réseau FAMI",
            {"b": True, "size": 13, "color": RGBColor(0xC0, 0x00, 0x00)}), after=2)
    P(doc, "Vergadering 28 september 2023 – Réunion du 28 septembre 2023 – OCMW Antwerpen, Sociaal Huis, zaal Schelde",
      after=4)
    P(doc, ("Aanwezig / Présents: ", {"b": True}),
      "Els Peeters (ANT), Bram Van Looy (ANT), Tine Goossens (Schoten), Pieter Wouters (Edegem), "
      "Kobe Mertens (Mortsel), Hanne Verstraete (GENT), Christophe Lemaire (LIÈGE), Sandrine Hanotiau "
      "(CHARLEROI), Inès Lambert (BXL), Sofie Claeys (POD MI)", after=2)
    P(doc, ("Verontschuldigd / Excusés: ", {"b": True}),
      "Julien Marchal (SPP IS), Véronique Delcourt (Binche)", after=2)
    P(doc, ("Geen tolken – iedereen spreekt zijn eigen taal / Pas d'interprètes – chacun parle sa langue",
            {"i": True}), after=6)

    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    hdr = ["Nr", "Onderwerp / Sujet", "Besluit / Décision", "Actie / Action", "Wie / Qui", "Tegen / Pour le"]
    for j, h in enumerate(hdr):
        cell_lines(t.rows[0].cells[j], [[(h, {"b": True, "color": RGBColor(0xFF, 0xFF, 0xFF)})]])
        shade(t.rows[0].cells[j], "C00000")

    def section(text):
        row = t.add_row()
        c = row.cells[0].merge(row.cells[5])
        c.text = ""
        cell_lines(c, [[(text, {"b": True})]])
        shade(c, "D9D9D9")

    def item(nr, subj, dec, act, who, when):
        row = t.add_row()
        for j, val in enumerate([nr, subj, dec, act, who, when]):
            cell_lines(row.cells[j], [val], size=9)

    section("A. Opvolging vorige vergadering – Suivi de la réunion précédente")
    item("1", "Verslag 15 juni 2023 / PV du 15 juin 2023", "Goedgekeurd / Approuvé", "–", "–", "–")
    item("2", "Vertaling enquête / Traduction de l'enquête",
         "Arabisch en Dari klaar; Tigrinya volgt / arabe et dari prêts, tigrinya suit",
         "Tigrinya-versie nalezen met een intercultureel bemiddelaar / Relire la version tigrinya avec un "
         "médiateur interculturel", "OCMW Gent", "31/10")
    section("B. Stand van zaken – État des lieux")
    item("3", "Groepsgrootte / Taille des groupes",
         "Geen beperking meer; max. 12 deelnemers per atelier blijft de regel / Plus de restriction ; max. 12 "
         "participants par atelier", "–", "–", "–")
    item("4", "Instroom Schoten-Edegem-Mortsel / Recrutement Schoten-Edegem-Mortsel",
         "Gezamenlijke infosessie in Mortsel / Séance d'information commune à Mortsel",
         "Uitnodiging infosessie versturen naar de maatschappelijk werkers van de drie gemeenten / Envoyer "
         "l'invitation aux AS des trois communes", "OCMW Mortsel", "13/10")
    item("5", "Aanwezigheidscijfers Q3 / Taux de présence T3", "[nog aan te vullen – à compléter]",
         "Cijfers Q3 bezorgen aan het POD / Transmettre les chiffres du T3 au SPP",
         "alle OCMW's / tous les CPAS", "20/10")
    section("C. Rapportering en GDPR – Rapportage et RGPD")
    item("6", "Resultaatindicator integratie / Indicateur de résultat intégration",
         "Vraag wordt toegevoegd aan de tevredenheidsenquête / La question est ajoutée à l'enquête de satisfaction",
         "Aangepaste enquête verspreiden bij alle OCMW's / Diffuser l'enquête adaptée à tous les CPAS",
         "POD MI / SPP IS", "15/11")
    item("7", "Bewaartermijn dossiers / Durée de conservation",
         "Projectdocumenten: 5 jaar na 31/12 van het jaar van de laatste betaling; persoonsgegevens niet langer "
         "dan nodig / Documents : 5 ans après le 31/12 de l'année du dernier paiement ; données personnelles "
         "pas plus longtemps que nécessaire",
         "Voorstel gemeenschappelijke archiefregel uitwerken / Élaborer une règle d'archivage commune",
         "Els + Christophe", "december")
    item("8", "Inzagerecht deelnemer / Droit d'accès du participant",
         "Elk OCMW antwoordt zelf; het POD heeft geen namen / Chaque CPAS répond lui-même ; le SPP n'a pas de noms",
         "–", "–", "–")
    section("D. Varia – Divers")
    item("9", "Slotconferentie 2024 / Conférence de clôture 2024", "Principe goedgekeurd / Principe approuvé",
         "Locatie en datum zoeken voor de slotconferentie / Chercher un lieu et une date",
         "nog te bepalen / à définir", "–")
    item("10", "Fotoreportage Brussel / Reportage photo Bruxelles", "–",
         "Toestemmingsformulier foto's delen met het netwerk / Partager le formulaire d'autorisation photos",
         "Inès", "30/10")
    row = t.add_row()
    c = row.cells[0].merge(row.cells[5])
    c.text = ""
    cell_lines(c, [[("Volgende vergadering / Prochaine réunion: donderdag 7 december 2023 – jeudi 7 décembre "
                     "2023, Gent", {"b": True, "color": RGBColor(0xC0, 0x00, 0x00)})]])
    col_widths(t, [1.0, 5.0, 7.2, 7.5, 3.3, 2.2])
    save(doc, name, "Els Peeters")

    return {
        "file": name,
        "languages": ["nl", "fr"],
        "online": False,
        "interpretation": False,
        "date": "2023-09-28",
        "people": [
            ["Els Peeters", "Present", "ANTWERPEN"],
            ["Bram Van Looy", "Present", "ANTWERPEN"],
            ["Tine Goossens", "Present", "SCHOTEN"],
            ["Pieter Wouters", "Present", "EDEGEM"],
            ["Kobe Mertens", "Present", "MORTSEL"],
            ["Hanne Verstraete", "Present", "GENT"],
            ["Christophe Lemaire", "Present", "LIEGE"],
            ["Sandrine Hanotiau", "Present", "CHARLEROI"],
            ["Inès Lambert", "Present", "BRUXELLES"],
            ["Sofie Claeys", "Present", "SPP"],
            ["Julien Marchal", "Excused", "SPP"],
            ["Véronique Delcourt", "Excused", "BINCHE"],
        ],
        "agenda": [],
        "headings": [
            ["A", "Opvolging vorige vergadering – Suivi de la réunion précédente"],
            ["B", "Stand van zaken – État des lieux"],
            ["C", "Rapportering en GDPR – Rapportage et RGPD"],
            ["D", "Varia – Divers"],
        ],
        "actions": [
            ["CPAS", [], "GENT", "Tigrinya-versie nalezen met een intercultureel bemiddelaar"],
            ["CPAS", [], "MORTSEL", "Uitnodiging infosessie versturen naar de"],
            ["CPAS", [], None, "Cijfers Q3 bezorgen aan het POD"],
            ["SPP", [], None, "Aangepaste enquête verspreiden bij alle"],
            ["Several Network Contacts", ["Els Peeters", "Christophe Lemaire"], None,
             "Voorstel gemeenschappelijke archiefregel uitwerken"],
            ["To Be Assigned", [], None, "Locatie en datum zoeken voor"],
            ["Network Contact", ["Inès Lambert"], None, "Toestemmingsformulier foto's delen met het"],
        ],
        "next_meeting": {"date": "2023-12-07",
                         "text": "Volgende vergadering / Prochaine réunion: donderdag 7 december 2023 – jeudi 7 décembre 2023, Gent"},
        "remarks": ["[nog aan te vullen – à compléter]"],
    }


# ----------------------------------------------------------------------------------------------
# 183 - Liège head of service: a procès-verbal in full sentences only (2024)
# ----------------------------------------------------------------------------------------------
def r183():
    name = "183_pv_liege_mars2024.docx"
    doc = Document()
    a4(doc)
    margins(doc, 2.5, 2.5, 2.8, 2.5)
    base_font(doc, "Garamond", 12)
    doc.styles["Normal"].paragraph_format.space_after = Pt(8)
    header_footer(doc, header=["CPAS de Liège", "Service d'activation sociale"],
                  footer=["Réf. : AS/FAMI/2024/031"], halign=WD_ALIGN_PARAGRAPH.RIGHT, hsize=9, fsize=8)
    J = WD_ALIGN_PARAGRAPH.JUSTIFY
    nb = "\u00a0"

    P(doc, ("Procès-verbal de la rencontre du réseau FAMI du 14 mars 2024", {"b": True, "size": 14}),
      align=WD_ALIGN_PARAGRAPH.CENTER, after=18)
    P(doc, "La rencontre du réseau FAMI s'est tenue le jeudi 14 mars 2024, de 9 h 30 à 13 heures, dans les "
           "locaux de la maison d'activation sociale du CPAS de Liège. Elle s'est déroulée sans interprétation, "
           "les collègues néerlandophones ayant bien voulu suivre les échanges en français et s'exprimer dans "
           "la langue de leur choix.", align=J)
    P(doc, "Étaient présents, pour le CPAS de Liège, Monsieur Christophe Lemaire, Madame Nadia Benali et "
           "Madame Aurélie Gilson" + nb + "; pour le CPAS de Charleroi, Madame Karima Ouali et Monsieur Fabrizio "
           "Russo" + nb + "; pour le CPAS de Binche, Madame Véronique Delcourt" + nb + "; pour le CPAS de "
           "Bruxelles, Madame Inès Lambert" + nb + "; pour l'OCMW de Gand, Madame Hanne Verstraete" + nb +
           "; pour l'OCMW d'Anvers, Monsieur Bram Van Looy" + nb + "; et, pour le SPP Intégration sociale, "
           "Monsieur Julien Marchal et Madame Sofie Claeys. Madame Els Peeters (OCMW d'Anvers) et Monsieur "
           "Wouter De Smet (OCMW de Gand) s'étaient excusés.", align=J)
    P(doc, "L'ordre du jour, communiqué le 29 février, comprenait quatre points" + nb + ": le tour de table des "
           "CPAS, les indicateurs communs du FAMI pour l'année 2023, la révision de l'enquête de satisfaction "
           "et les divers.", align=J)
    P(doc, "Après un mot d'accueil, chaque CPAS a présenté l'état de son projet. À Liège, quarante-deux "
           "participants ont été orientés depuis septembre, dont trente et un ont signé leurs trois contrats. "
           "Charleroi constate que les séances d'information attirent moins de monde qu'auparavant et envisage "
           "d'inviter les participants par l'intermédiaire de leur assistant social plutôt que par courrier. "
           "Binche, Bruxelles, Gand et Anvers ont fait état d'une situation stable, Gand signalant toutefois un "
           "manque de places dans les cours de néerlandais.", align=J)
    P(doc, "Monsieur Marchal a ensuite présenté les indicateurs communs que le SPP doit rapporter pour l'année "
           "2023. Il a rappelé que seuls des chiffres agrégés sont transmis et qu'aucun nom de participant ne "
           "quitte le CPAS. Le nombre de participants qui déclarent que l'activité les a aidés à s'intégrer "
           "reste difficile à établir, faute d'une question claire dans l'enquête. Madame Benali transmettra "
           "aux membres du réseau, pour le 29 mars, le tableau de présence que Liège utilise par module. Le SPP "
           "fera parvenir aux CPAS, avant la fin du mois d'avril, le modèle de rapport annuel adapté aux "
           "nouveaux indicateurs.", align=J)
    P(doc, "La révision de l'enquête de satisfaction a fait l'objet d'un long échange. Tous s'accordent à dire "
           "que la version actuelle reste trop abstraite pour notre public. Il a été convenu de conserver les "
           "smileys introduits en 2021 et d'ajouter une seule question sur l'intégration. Il serait souhaitable "
           "que l'enquête existe aussi en ukrainien et en pachto. Chaque CPAS testera la nouvelle question "
           "auprès d'un groupe de participants d'ici la fin du mois de mai et en communiquera les résultats à "
           "Madame Gilson.", align=J)
    P(doc, "Au titre des divers, le CPAS de Charleroi a proposé d'accueillir la prochaine rencontre. Il "
           "appartiendra au CPAS de Charleroi d'envoyer l'invitation et l'ordre du jour au plus tard trois "
           "semaines avant la date retenue.", align=J)
    P(doc, "La prochaine rencontre se tiendra le jeudi 13 juin 2024 au CPAS de Charleroi.", align=J)
    P(doc, "Je remercie l'ensemble des participants pour la qualité des échanges, ainsi que l'équipe "
           "d'activation sociale pour l'organisation de cette matinée.", align=J)
    P(doc, "Christophe Lemaire", before=18, after=0, left=9.0)
    P(doc, ("Chef du service d'activation sociale", {"i": True}), left=9.0)
    save(doc, name, "Christophe Lemaire")

    return {
        "file": name,
        "languages": ["fr"],
        "online": False,
        "interpretation": False,
        "date": "2024-03-14",
        "people": [
            ["Christophe Lemaire", "Present", "LIEGE"],
            ["Nadia Benali", "Present", "LIEGE"],
            ["Aurélie Gilson", "Present", "LIEGE"],
            ["Karima Ouali", "Present", "CHARLEROI"],
            ["Fabrizio Russo", "Present", "CHARLEROI"],
            ["Véronique Delcourt", "Present", "BINCHE"],
            ["Inès Lambert", "Present", "BRUXELLES"],
            ["Hanne Verstraete", "Present", "GENT"],
            ["Bram Van Looy", "Present", "ANTWERPEN"],
            ["Julien Marchal", "Present", "SPP"],
            ["Sofie Claeys", "Present", "SPP"],
            ["Els Peeters", "Excused", "ANTWERPEN"],
            ["Wouter De Smet", "Excused", "GENT"],
        ],
        "agenda": [
            [None, None, "le tour de table des CPAS"],
            [None, None, "les indicateurs communs du FAMI pour l'année 2023"],
            [None, None, "la révision de l'enquête de satisfaction"],
            [None, None, "les divers"],
        ],
        "headings": [],
        "actions": [
            ["Network Contact", ["Nadia Benali"], None, "Madame Benali transmettra aux membres du réseau"],
            ["SPP", [], None, "Le SPP fera parvenir aux CPAS"],
            ["CPAS", [], None, "Chaque CPAS testera la nouvelle question"],
            ["CPAS", [], "CHARLEROI", "Il appartiendra au CPAS de Charleroi"],
        ],
        "next_meeting": {"date": "2024-06-13",
                         "text": "La prochaine rencontre se tiendra le jeudi 13 juin 2024 au CPAS de Charleroi."},
        "remarks": [],
    }


# ----------------------------------------------------------------------------------------------
# 184 - POD MI: formal report, paragraphs numbered 1 to 23 across lettered sections (2025)
# ----------------------------------------------------------------------------------------------
def r184():
    name = "184_verslag_pod_okt2025.docx"
    doc = Document()
    a4(doc)
    margins(doc, 2.2, 2.0, 2.5, 2.2)
    base_font(doc, "Verdana", 9)
    doc.styles["Normal"].paragraph_format.space_after = Pt(4)
    header_footer(doc, header=["POD Maatschappelijke Integratie – Netwerk AMIF-projecten OCMW's"],
                  footer=["Naar een geïntegreerd migratiebeleid, dankzij het AMIF",
                          "Verslag 16.10.2025 – definitieve versie"],
                  halign=WD_ALIGN_PARAGRAPH.RIGHT, falign=WD_ALIGN_PARAGRAPH.LEFT, hsize=7.5, fsize=7.5,
                  fcolor=GREY)

    P(doc, ("VERSLAG", {"b": True, "size": 16}), after=0)
    P(doc, ("Netwerkvergadering AMIF-projecten OCMW's", {"b": True, "size": 11}), after=10)

    def kv(label, value):
        par = P(doc, (label, {"b": True}), "\t" + value, after=1)
        par.paragraph_format.tab_stops.add_tab_stop(Cm(3.0))
        return par

    kv("Datum:", "donderdag 16 oktober 2025, 10.00 – 12.30 u.")
    kv("Plaats:", "online (Microsoft Teams), met simultaanvertaling NL-FR")

    def tabbed(lines, label):
        P(doc, (label, {"b": True}), before=6, after=1)
        for a, b in lines:
            par = P(doc, a + "\t" + b, after=0, left=0.5)
            par.paragraph_format.tab_stops.add_tab_stop(Cm(5.5))

    tabbed([("Sofie Claeys", "POD MI (voorzitter, verslag)"),
            ("Julien Marchal", "POD MI"),
            ("Hanne Verstraete", "OCMW Gent"),
            ("Yusuf Demir", "OCMW Gent"),
            ("Aurélie Gilson", "OCMW Luik"),
            ("Karima Ouali", "OCMW Charleroi"),
            ("Bram Van Looy", "OCMW Antwerpen"),
            ("Tine Goossens", "OCMW Schoten"),
            ("Inès Lambert", "OCMW Brussel"),
            ("Jan Bogaert", "tolk"),
            ("Lotte Vandamme", "tolk")], "Aanwezig:")
    tabbed([("Nadia Benali", "OCMW Luik"),
            ("Véronique Delcourt", "OCMW Binche"),
            ("Kobe Mertens", "OCMW Mortsel")], "Verontschuldigd:")
    tabbed([("10.00 u.", "Opening en goedkeuring verslag 19 juni 2025"),
            ("10.15 u.", "Stand van zaken per OCMW"),
            ("11.00 u.", "Eindrapportering AMIF 2021-2027: tijdlijn"),
            ("11.45 u.", "Bewaring van documenten en persoonsgegevens"),
            ("12.15 u.", "Varia en volgende vergadering")], "Agenda:")

    def sec(letter, title):
        P(doc, (letter + ".\t" + title, {"b": True}), before=10, after=4, keep=True)

    n = [0]

    def para(text):
        n[0] += 1
        par = P(doc, "%d.\t%s" % (n[0], text), left=1.0, first=-1.0, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
        par.paragraph_format.tab_stops.add_tab_stop(Cm(1.0))
        return par

    sec("A", "OPENING EN GOEDKEURING VERSLAG")
    para("De voorzitter opent de vergadering om 10.05 u. en verwelkomt de tolken. De Franstalige deelnemers "
         "volgen via het tolkkanaal.")
    para("Het verslag van 19 juni 2025 wordt goedgekeurd mits één correctie: OCMW Schoten was aanwezig.")
    sec("B", "STAND VAN ZAKEN PER OCMW")
    para("OCMW Gent: module 9 is gestart met 13 deelnemers. De intake gebeurt sinds september met een "
         "oriëntatiebalans in eenvoudige taal.")
    para("OCMW Luik: 38 deelnemers, van wie 9 met tijdelijke bescherming. Het computeratelier is volzet.")
    para("OCMW Charleroi: de infosessies worden vervangen door individuele uitnodigingen via de maatschappelijk "
         "werker; de opkomst steeg van 30 % naar 52 %.")
    para("OCMW Antwerpen en Schoten: 21 deelnemers; de cijfers van Edegem en Mortsel volgen nog (nog aan te vullen).")
    para("OCMW Brussel: het projectlokaal verhuist in december; de ateliers gaan intussen door in het Sociaal Huis.")
    sec("C", "EINDRAPPORTERING AMIF")
    para("De heer Marchal licht de tijdlijn toe. De OCMW's bezorgen hun gegevens over 2025 uiterlijk eind "
         "januari 2026; het POD bundelt ze voor de verantwoordelijke autoriteit.")
    para("De gemeenschappelijke indicatoren blijven ongewijzigd: deelnemers aan taalcursussen, maatschappelijke "
         "oriëntatie en persoonlijke begeleiding, deelnemers die minstens één ERK-niveau stijgen en deelnemers "
         "die aangeven dat de activiteit hun integratie heeft geholpen.")
    para("OCMW Luik vraagt hoe deelnemers zonder taaltest geteld worden. Afgesproken wordt dat enkel deelnemers "
         "met een begin- én eindtest meetellen voor de ERK-indicator.")
    para("Het POD MI bezorgt de OCMW's uiterlijk op 14 november 2025 het aangepaste rapporteringssjabloon.")
    para("Elk OCMW controleert vóór 15 december of de aanwezigheidslijsten per sessie volledig zijn.")
    sec("D", "BEWARING VAN DOCUMENTEN EN PERSOONSGEGEVENS")
    para("De projectdocumenten worden bewaard tot vijf jaar na 31 december van het jaar van de laatste betaling "
         "(artikel 82 van Verordening (EU) 2021/1060).")
    para("Persoonsgegevens worden niet langer bewaard dan nodig (artikel 5, lid 1, e, AVG). Elk OCMW blijft "
         "verwerkingsverantwoordelijke voor de gegevens van zijn deelnemers.")
    para("Een deelnemer die vraagt om alle gegevens over hem in te zien (artikel 15 AVG), richt zich tot zijn "
         "OCMW. Het POD beschikt niet over namen.")
    para("OCMW Gent heeft een bewaarschema opgesteld dat als basis kan dienen.")
    para("Hanne Verstraete en Inès Lambert werken op basis daarvan een gemeenschappelijk voorstel uit tegen de "
         "volgende vergadering.")
    sec("E", "VARIA")
    para("OCMW Charleroi deelt zijn aangepaste uitnodigingsbrief met de andere OCMW's.")
    para("De slotconferentie van het netwerk wordt voorzien in het voorjaar van 2026.")
    para("Opstellen van het programma van de slotconferentie: nog te bepalen.")
    para("De tevredenheidsenquête bestaat nu in negen talen, waaronder Oekraïens en Pasjtoe.")
    sec("F", "VOLGENDE VERGADERING")
    para("De voorzitter dankt de tolken en sluit de vergadering om 12.35 u.")
    para("De volgende vergadering vindt plaats op donderdag 22 januari 2026 in Gent (fysiek).")
    assert n[0] == 23
    save(doc, name, "Sofie Claeys")

    return {
        "file": name,
        "languages": ["nl"],
        "online": True,
        "interpretation": True,
        "date": "2025-10-16",
        "people": [
            ["Sofie Claeys", "Present", "SPP"],
            ["Julien Marchal", "Present", "SPP"],
            ["Hanne Verstraete", "Present", "GENT"],
            ["Yusuf Demir", "Present", "GENT"],
            ["Aurélie Gilson", "Present", "LIEGE"],
            ["Karima Ouali", "Present", "CHARLEROI"],
            ["Bram Van Looy", "Present", "ANTWERPEN"],
            ["Tine Goossens", "Present", "SCHOTEN"],
            ["Inès Lambert", "Present", "BRUXELLES"],
            ["Jan Bogaert", "Present", None],
            ["Lotte Vandamme", "Present", None],
            ["Nadia Benali", "Excused", "LIEGE"],
            ["Véronique Delcourt", "Excused", "BINCHE"],
            ["Kobe Mertens", "Excused", "MORTSEL"],
        ],
        "agenda": [
            ["10:00", None, "Opening en goedkeuring verslag 19 juni 2025"],
            ["10:15", None, "Stand van zaken per OCMW"],
            ["11:00", None, "Eindrapportering AMIF 2021-2027: tijdlijn"],
            ["11:45", None, "Bewaring van documenten en persoonsgegevens"],
            ["12:15", None, "Varia en volgende vergadering"],
        ],
        "headings": [
            ["A", "OPENING EN GOEDKEURING VERSLAG"],
            ["B", "STAND VAN ZAKEN PER OCMW"],
            ["C", "EINDRAPPORTERING AMIF"],
            ["D", "BEWARING VAN DOCUMENTEN EN PERSOONSGEGEVENS"],
            ["E", "VARIA"],
            ["F", "VOLGENDE VERGADERING"],
        ],
        "actions": [
            ["SPP", [], None, "Het POD MI bezorgt de OCMW's"],
            ["CPAS", [], None, "Elk OCMW controleert vóór 15 december"],
            ["Several Network Contacts", ["Hanne Verstraete", "Inès Lambert"], None,
             "Hanne Verstraete en Inès Lambert werken"],
            ["CPAS", [], "CHARLEROI", "OCMW Charleroi deelt zijn aangepaste uitnodigingsbrief"],
            ["To Be Assigned", [], None, "Opstellen van het programma van de slotconferentie"],
        ],
        "next_meeting": {"date": "2026-01-22",
                         "text": "De volgende vergadering vindt plaats op donderdag 22 januari 2026 in Gent (fysiek)."},
        "remarks": ["(nog aan te vullen)"],
    }


# ----------------------------------------------------------------------------------------------
# 185 - OCMW Mortsel (partner of Antwerpen) reports the network day it hosted (2017)
# ----------------------------------------------------------------------------------------------
def r185():
    name = "185_verslag_netwerkdag_mortsel_juni2017.docx"
    doc = Document()
    a4(doc)
    margins(doc, 2.0, 2.0, 2.2, 2.2)
    base_font(doc, "Trebuchet MS", 10)
    GREEN = RGBColor(0x3A, 0x7D, 0x22)
    style_font(doc, "Heading 2", name="Trebuchet MS", size=12, color=GREEN)
    header_footer(doc, header=["OCMW Mortsel – Sociale Dienst",
                               "partner van OCMW Antwerpen in het AMIF-project"],
                  footer=["OCMW Mortsel – verslag netwerkdag 8 juni 2017 – An Janssens"],
                  halign=WD_ALIGN_PARAGRAPH.LEFT, hcolor=GREEN, fcolor=GREY)

    P(doc, ("Verslag netwerkdag AMIF – 8 juni 2017", {"b": True, "size": 18, "color": GREEN}), after=2)
    P(doc, "Gastheer: OCMW Mortsel, Sociaal Huis, zaal De Linde", after=0)
    P(doc, "Fluistertolk Frans voor de collega's uit Wallonië en Brussel: Lotte Vandamme", after=8)

    P(doc, ("Wie was er?", {"b": True}), after=2)
    t = doc.add_table(rows=1, cols=3)
    t.style = "Light Grid Accent 3" if "Light Grid Accent 3" in [s.name for s in doc.styles] else "Table Grid"
    for j, h in enumerate(["Naam", "Organisatie", "Aanwezig?"]):
        cell_lines(t.rows[0].cells[j], [h], bold=True)
    for row in [("An Janssens", "OCMW Mortsel", "ja"),
                ("Kobe Mertens", "OCMW Mortsel", "ja"),
                ("Els Peeters", "OCMW Antwerpen", "ja"),
                ("Bram Van Looy", "OCMW Antwerpen", "nee, verontschuldigd"),
                ("Tine Goossens", "OCMW Schoten", "ja"),
                ("Pieter Wouters", "OCMW Edegem", "ja"),
                ("Wouter De Smet", "OCMW Gent", "ja"),
                ("Christophe Lemaire", "CPAS Liège", "ja"),
                ("Sandrine Hanotiau", "CPAS Charleroi", "ja"),
                ("Véronique Delcourt", "CPAS Binche", "nee, verontschuldigd"),
                ("Mathilde Verhaegen", "CPAS Bruxelles", "ja"),
                ("Katrien Vanhoutte", "POD MI", "ja"),
                ("Lotte Vandamme", "tolk", "ja")]:
        cells = t.add_row().cells
        for j, val in enumerate(row):
            cell_lines(cells[j], [val], size=9)
    col_widths(t, [5.5, 5.0, 4.5])

    P(doc, ("Programma", {"b": True}), before=8, after=2)
    for a, b in [("9u30 - 10u00", "Onthaal met koffie en Mortselse taart"),
                 ("10u00 - 10u45", "Voorstelling van het partnerschap Antwerpen – Schoten – Edegem – Mortsel"),
                 ("10u45 - 12u00", "Wandeling met deelnemers langs de plekken uit het atelier ‘Mijn buurt’"),
                 ("12u00 - 13u00", "Lunch"),
                 ("13u00 - 14u30", "Uitwisseling: wat werkt, wat kan beter?"),
                 ("14u30", "Afsluiting")]:
        par = P(doc, a + "\t" + b, after=0)
        par.paragraph_format.tab_stops.add_tab_stop(Cm(3.2))

    doc.add_heading("Onthaal", level=2)
    P(doc, "Wij waren heel blij om voor het eerst gastheer te zijn! Na de koffie (en de taart van onze "
           "poetsploeg, bedankt Rita) stelde onze voorzitter kort het OCMW van Mortsel voor.")

    doc.add_heading("Het partnerschap Antwerpen – Schoten – Edegem – Mortsel", level=2)
    P(doc, "Els Peeters legt uit hoe de kleine OCMW's deelnemers doorsturen naar het Antwerpse project. Mortsel "
           "heeft dit jaar 7 deelnemers, Schoten 5 en Edegem 4. De maatschappelijk werkers van de kleine OCMW's "
           "doen de intake samen met de Antwerpse intaker, zodat de deelnemer niet twee keer zijn verhaal moet "
           "doen. Het vervoer blijft een probleem: niet iedereen kan de tram naar Antwerpen betalen.")

    doc.add_heading("Wandeling ‘Mijn buurt’", level=2)
    P(doc, "Kobe Mertens begeleidde samen met vier deelnemers de wandeling. De deelnemers stelden zelf de plekken "
           "voor die ze in het atelier gekozen hadden: de bibliotheek, het Sociaal Huis, de markt en het station. "
           "Lotte Vandamme vertaalde fluisterend voor de Franstalige collega's. Een mooie ochtend, ook al "
           "regende het op het einde.")

    doc.add_heading("Uitwisseling: wat werkt, wat kan beter?", level=2)
    P(doc, ("Wat werkt:", {"b": True, "i": True}), after=0)
    for line in ["intensief werken, bijna elke dag contact met de deelnemers",
                 "de groep: deelnemers helpen elkaar, ook buiten de lessen",
                 "een vaste begeleider die de deelnemer echt kent"]:
        P(doc, line, style="List Bullet", after=0)
    P(doc, ("Wat kan beter:", {"b": True, "i": True}), before=4, after=0)
    for line in ["uurroosters die veranderen en lessen die wegvallen – de deelnemers worden niet altijd verwittigd",
                 "activiteiten vroeger plannen, want de administratieve procedures duren steeds langer",
                 "geen verplichte activiteiten over gevoelige onderwerpen (bv. seksualiteit, partnergeweld)"]:
        P(doc, line, style="List Bullet", after=0)

    doc.add_heading("Afspraken", level=2)
    for line in ["Kobe bezorgt de foto's van de wandeling aan iedereen (met toestemming van de deelnemers).",
                 "OCMW Antwerpen plant een overleg met de drie kleine OCMW's over de gezamenlijke intake.",
                 "Katrien (POD) vraagt na of de tramtickets voor de deelnemers subsidiabel zijn.",
                 "Sandrine en Christophe sturen hun lijstje ‘wat kan beter’ uit Charleroi en Luik door, dan maken "
                 "we er één lijst van."]:
        P(doc, line, style="List Bullet", after=0)
    P(doc, ("Bijlage foto's: nog aan te vullen", {"color": RGBColor(0xC0, 0x00, 0x00)}), before=6)
    P(doc, ("Volgende netwerkdag: najaar 2017 in Gent, datum volgt via het POD.", {"b": True}), before=6)

    doc.add_heading("Résumé en français", level=2)
    P(doc, ("Le 8 juin 2017, le CPAS de Mortsel a accueilli la journée du réseau. Els Peeters a présenté le "
            "partenariat entre Anvers et les petits CPAS de Schoten, Edegem et Mortsel (intake commun). Une "
            "promenade avec des participants a été suivie d'un échange sur ce qui fonctionne et ce qui peut être "
            "amélioré. Les accords pris figurent ci-dessus (« Afspraken »). Prochaine journée : automne 2017 à "
            "Gand.", {"i": True}))
    save(doc, name, "An Janssens")

    return {
        "file": name,
        "languages": ["nl", "fr"],
        "online": False,
        "interpretation": True,
        "date": "2017-06-08",
        "people": [
            ["An Janssens", "Present", "MORTSEL"],
            ["Kobe Mertens", "Present", "MORTSEL"],
            ["Els Peeters", "Present", "ANTWERPEN"],
            ["Tine Goossens", "Present", "SCHOTEN"],
            ["Pieter Wouters", "Present", "EDEGEM"],
            ["Wouter De Smet", "Present", "GENT"],
            ["Christophe Lemaire", "Present", "LIEGE"],
            ["Sandrine Hanotiau", "Present", "CHARLEROI"],
            ["Mathilde Verhaegen", "Present", "BRUXELLES"],
            ["Katrien Vanhoutte", "Present", "SPP"],
            ["Lotte Vandamme", "Present", None],
            ["Bram Van Looy", "Excused", "ANTWERPEN"],
            ["Véronique Delcourt", "Excused", "BINCHE"],
        ],
        "agenda": [
            ["09:30", "10:00", "Onthaal met koffie en Mortselse taart"],
            ["10:00", "10:45", "Voorstelling van het partnerschap Antwerpen – Schoten – Edegem – Mortsel"],
            ["10:45", "12:00", "Wandeling met deelnemers langs de plekken uit het atelier ‘Mijn buurt’"],
            ["12:00", "13:00", "Lunch"],
            ["13:00", "14:30", "Uitwisseling: wat werkt, wat kan beter?"],
            ["14:30", None, "Afsluiting"],
        ],
        "headings": [
            ["", "Onthaal"],
            ["", "Het partnerschap Antwerpen – Schoten – Edegem – Mortsel"],
            ["", "Wandeling ‘Mijn buurt’"],
            ["", "Uitwisseling: wat werkt, wat kan beter?"],
            ["", "Afspraken"],
            ["", "Résumé en français"],
        ],
        "actions": [
            ["Network Contact", ["Kobe Mertens"], None, "Kobe bezorgt de foto's van de wandeling"],
            ["CPAS", [], "ANTWERPEN", "OCMW Antwerpen plant een overleg"],
            ["Network Contact", ["Katrien Vanhoutte"], None, "Katrien (POD) vraagt na of"],
            ["Several Network Contacts", ["Sandrine Hanotiau", "Christophe Lemaire"], None,
             "Sandrine en Christophe sturen hun lijstje"],
        ],
        "next_meeting": {"date": None, "text": "Volgende netwerkdag: najaar 2017 in Gent, datum volgt via het POD."},
        "remarks": ["Bijlage foto's: nog aan te vullen"],
    }


# ----------------------------------------------------------------------------------------------
# 186 - SPP coordinator, last meeting of the programme, with a long annex (2026)
# ----------------------------------------------------------------------------------------------
def r186():
    name = "186_rapport_gand_janv2026_annexe.docx"
    doc = Document()
    a4(doc)
    margins(doc, 2.0, 1.8, 2.0, 2.0)
    base_font(doc, "Calibri", 10)
    style_font(doc, "Heading 1", name="Calibri", size=13, color=BLUE)
    style_font(doc, "Heading 2", name="Calibri", size=11, color=BLUE)
    header_footer(doc, header=["SPP Intégration Sociale – Réseau FAMI des CPAS"],
                  footer=["Vers une politique de migration plus intégrée, grâce au FAMI"],
                  halign=WD_ALIGN_PARAGRAPH.RIGHT, falign=WD_ALIGN_PARAGRAPH.CENTER, fitalic=True, fcolor=GREY)
    ACT = {"b": True, "color": RGBColor(0x2E, 0x75, 0xB6)}

    P(doc, ("Rapport de la rencontre du réseau FAMI des CPAS", {"b": True, "size": 15, "color": BLUE}), after=2)
    P(doc, ("Gand, jeudi 22 janvier 2026 – Stad Gent, campus Sociale Dienstverlening", {"b": True}), after=2)
    P(doc, ("Rédaction : Julien Marchal (SPP IS) – version du 30/01/2026", {"i": True, "color": GREY}), after=8)

    t = doc.add_table(rows=2, cols=2)
    t.style = "Table Grid"
    cell_lines(t.rows[0].cells[0], ["Présents"], bold=True)
    cell_lines(t.rows[0].cells[1], ["Excusés"], bold=True)
    shade(t.rows[0].cells[0], "DEEAF6")
    shade(t.rows[0].cells[1], "DEEAF6")
    cell_lines(t.rows[1].cells[0], ["SPP IS : Julien Marchal, Sofie Claeys",
                                    "Gand : Hanne Verstraete, Yusuf Demir",
                                    "Liège : Nadia Benali, Aurélie Gilson",
                                    "Charleroi : Karima Ouali",
                                    "Anvers : Els Peeters, Fatma Yildiz",
                                    "Edegem : Pieter Wouters",
                                    "Bruxelles : Inès Lambert",
                                    "Invitée : Leen Vermeulen (Universiteit Gent)"])
    cell_lines(t.rows[1].cells[1], ["Binche : Véronique Delcourt",
                                    "Mortsel : Kobe Mertens",
                                    "Schoten : Tine Goossens"])
    col_widths(t, [10.0, 7.0])
    P(doc, "Réunion en présentiel, sans interprétation ; les supports étaient bilingues.", before=4, after=6)

    P(doc, ("Ordre du jour", {"b": True}), after=2)
    for line in ["Accueil et approbation du rapport du 16 octobre 2025 (10h00)",
                 "Bilan du réseau 2021-2025 (10h15)",
                 "Présentation de l'évaluation externe par l'UGent (11h00)",
                 "Archivage et clôture (12h00)",
                 "Divers (12h30)"]:
        P(doc, line, style="List Number", after=0)

    doc.add_heading("1. Accueil", level=1)
    P(doc, "Hanne Verstraete accueille le réseau à Gand. Le rapport du 16 octobre 2025 est approuvé sans "
           "modification.")

    doc.add_heading("2. Bilan du réseau 2021-2025", level=1)
    doc.add_heading("2.1 Chiffres", level=2)
    P(doc, "Les chiffres par CPAS figurent à l'annexe 1. Sur l'ensemble de la période, 1 146 personnes ont "
           "participé à au moins une activité de soutien ; 412 ont suivi un cours de langue et 163 ont progressé "
           "d'au moins un niveau du CECR.")
    P(doc, ("► Action", ACT), " : mettre l'annexe 1 à jour avec les chiffres définitifs de décembre 2025 (CPAS de Gand).")
    doc.add_heading("2.2 Ce qui a fonctionné", level=2)
    P(doc, "Tous les CPAS citent le travail intensif avec le public, le lien entre l'équipe et les participants, "
           "et l'esprit de groupe qui naît à la fin d'un module. Le réseau lui-même a permis d'échanger des outils "
           "(contrats de Liège, tunnel de recrutement de Charleroi, pictogrammes d'Anvers).")
    doc.add_heading("2.3 Points d'amélioration", level=2)
    P(doc, "La communication vers les participants reste fragile (horaires qui changent, cours annulés). Les "
           "procédures administratives s'allongent et obligent à planifier plus tôt. L'enquête de satisfaction "
           "a été simplifiée mais reste difficile pour les personnes peu alphabétisées.")

    doc.add_heading("3. Évaluation externe (UGent)", level=1)
    P(doc, "Leen Vermeulen présente les premiers résultats de l'évaluation externe (annexe 2). Les entretiens "
           "avec 46 participants montrent que l'effet le plus cité est la confiance en soi, avant la langue.")
    P(doc, ("► Action", ACT), " : envoyer le rapport intermédiaire de l'évaluation à tous les membres du réseau "
                               "(Sofie Claeys).")

    doc.add_heading("4. Archivage et clôture", level=1)
    P(doc, "Les documents du projet sont conservés cinq ans à partir du 31 décembre de l'année du dernier "
           "paiement (règlement (UE) 2021/1060, art. 82). Les données personnelles des participants ne sont pas "
           "conservées plus longtemps que nécessaire (RGPD, art. 5, 1, e) ; chaque CPAS détruit les listes "
           "nominatives selon son propre schéma de conservation (annexe 3).")
    P(doc, ("► Action", ACT), " : chaque CPAS envoie au SPP une attestation de conservation des pièces "
                               "justificatives pour le 31 mars 2026.")
    P(doc, ("► Action", ACT), " : préparer une note commune sur l'archivage numérique (SPP).")

    doc.add_heading("5. Divers", level=1)
    P(doc, "Il s'agissait de la dernière rencontre du réseau dans la programmation actuelle. Les participants "
           "remercient les équipes pour dix années d'échanges.")
    P(doc, ("► Action", ACT), " : organisation d'une journée de clôture au printemps 2026 (à définir).")

    # ---------------- annex ----------------
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    doc.add_heading("Annexe 1 – Participants par CPAS et par année (indicateurs communs)", level=1)
    P(doc, "Personnes ayant participé à au moins une activité de soutien, par année de première participation.")
    t = doc.add_table(rows=1, cols=7)
    t.style = "Table Grid"
    for j, h in enumerate(["CPAS", "2021", "2022", "2023", "2024", "2025", "Total"]):
        cell_lines(t.rows[0].cells[j], [h], bold=True, size=9)
        shade(t.rows[0].cells[j], "DEEAF6")
    data = [("Gand", 41, 48, 52, 50, 47, 238),
            ("Liège", 44, 51, 49, 55, 53, 252),
            ("Charleroi (+ Binche)", 38, 42, 45, 47, 44, 216),
            ("Anvers (+ Schoten, Edegem, Mortsel)", 46, 50, 53, 49, 48, 246),
            ("Bruxelles", 34, 38, 40, 42, 40, 194),
            ("Total", 203, 229, 239, 243, 232, 1146)]
    for row in data:
        cells = t.add_row().cells
        for j, val in enumerate(row):
            cell_lines(cells[j], [str(val)], size=9, bold=(row[0] == "Total"))
    col_widths(t, [6.0, 1.8, 1.8, 1.8, 1.8, 1.8, 2.0])
    P(doc, "")
    t = doc.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    cell_lines(t.rows[0].cells[0], ["Indicateur commun (règlement (UE) 2021/1147)"], bold=True, size=9)
    cell_lines(t.rows[0].cells[1], ["Total 2021-2025"], bold=True, size=9)
    for a, b in [("Participants à des activités de soutien", "1 146"),
                 ("dont cours de langue", "412"),
                 ("dont orientation civique", "618"),
                 ("dont accompagnement professionnel personnalisé", "287"),
                 ("Participants ayant progressé d'au moins un niveau du CECR", "163"),
                 ("Participants déclarant que l'activité a aidé leur intégration", "702 sur 881 répondants (80 %)")]:
        cells = t.add_row().cells
        cell_lines(cells[0], [a], size=9)
        cell_lines(cells[1], [b], size=9)
    col_widths(t, [11.0, 6.0])
    P(doc, ("Chiffres de décembre 2025 provisoires pour Gand et Bruxelles.", {"i": True, "size": 9}), before=4)
    P(doc, "Évolution 2021-2025 : [graphique à insérer]", before=4)

    doc.add_heading("Annexe 2 – Évaluation externe : premiers résultats (UGent)", level=1)
    P(doc, "Méthode : 46 entretiens individuels avec des participants (avec médiateur interculturel si besoin), "
           "5 groupes focus avec les équipes, analyse des enquêtes de satisfaction 2023-2025.")
    for line in ["La confiance en soi est l'effet le plus cité (31 participants sur 46).",
                 "La langue progresse surtout quand l'atelier est quotidien ou presque.",
                 "Les participants apprécient d'avoir une personne de référence fixe.",
                 "Les sorties socioculturelles sont citées comme le meilleur souvenir du trajet.",
                 "Les changements d'horaire sont la première source de frustration.",
                 "Les contrats écrits sont peu compris, mais la règle de présence est connue.",
                 "Les participants orientés ensuite vers l'ISP ou une formation citent l'atelier « projet » comme décisif.",
                 "Les équipes demandent plus de temps de concertation avec les assistants sociaux."]:
        P(doc, line, style="List Bullet", after=0)
    P(doc, ("« Au début je ne parlais à personne. Maintenant je prends le bus seule pour aller au CPAS. »",
            {"i": True}), before=6, left=1.0)
    P(doc, ("« Le plus difficile, c'était quand le cours changeait de jour et que je ne le savais pas. »",
            {"i": True}), left=1.0)

    doc.add_heading("Annexe 3 – Liste des documents à conserver", level=1)
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for j, h in enumerate(["Document", "Qui conserve", "Durée"]):
        cell_lines(t.rows[0].cells[j], [h], bold=True, size=9)
        shade(t.rows[0].cells[j], "DEEAF6")
    for row in [("Contrats de participation", "CPAS", "5 ans après le 31/12 de l'année du dernier paiement"),
                ("Listes de présence par session", "CPAS", "5 ans après le 31/12 de l'année du dernier paiement"),
                ("Bilans d'orientation et dossiers d'admission", "CPAS", "selon le schéma de conservation du CPAS"),
                ("Enquêtes de satisfaction (papier)", "CPAS", "jusqu'à l'encodage, puis destruction"),
                ("Tableaux d'indicateurs agrégés", "SPP et CPAS", "5 ans après le 31/12 de l'année du dernier paiement"),
                ("Rapports des rencontres du réseau", "SPP", "5 ans après le 31/12 de l'année du dernier paiement")]:
        cells = t.add_row().cells
        for j, val in enumerate(row):
            cell_lines(cells[j], [val], size=9)
    col_widths(t, [7.0, 3.0, 7.0])
    save(doc, name, "Julien Marchal")

    return {
        "file": name,
        "languages": ["fr"],
        "online": False,
        "interpretation": False,
        "date": "2026-01-22",
        "people": [
            ["Julien Marchal", "Present", "SPP"],
            ["Sofie Claeys", "Present", "SPP"],
            ["Hanne Verstraete", "Present", "GENT"],
            ["Yusuf Demir", "Present", "GENT"],
            ["Nadia Benali", "Present", "LIEGE"],
            ["Aurélie Gilson", "Present", "LIEGE"],
            ["Karima Ouali", "Present", "CHARLEROI"],
            ["Els Peeters", "Present", "ANTWERPEN"],
            ["Fatma Yildiz", "Present", "ANTWERPEN"],
            ["Pieter Wouters", "Present", "EDEGEM"],
            ["Inès Lambert", "Present", "BRUXELLES"],
            ["Leen Vermeulen", "Present", None],
            ["Véronique Delcourt", "Excused", "BINCHE"],
            ["Kobe Mertens", "Excused", "MORTSEL"],
            ["Tine Goossens", "Excused", "SCHOTEN"],
        ],
        "agenda": [
            ["10:00", None, "Accueil et approbation du rapport du 16 octobre 2025"],
            ["10:15", None, "Bilan du réseau 2021-2025"],
            ["11:00", None, "Présentation de l'évaluation externe par l'UGent"],
            ["12:00", None, "Archivage et clôture"],
            ["12:30", None, "Divers"],
        ],
        "headings": [
            ["1", "Accueil"],
            ["2", "Bilan du réseau 2021-2025"],
            ["2.1", "Chiffres"],
            ["2.2", "Ce qui a fonctionné"],
            ["2.3", "Points d'amélioration"],
            ["3", "Évaluation externe (UGent)"],
            ["4", "Archivage et clôture"],
            ["5", "Divers"],
            ["", "Annexe 1 – Participants par CPAS et par année (indicateurs communs)"],
            ["", "Annexe 2 – Évaluation externe : premiers résultats (UGent)"],
            ["", "Annexe 3 – Liste des documents à conserver"],
        ],
        "actions": [
            ["CPAS", [], "GENT", "mettre l'annexe 1 à jour"],
            ["Network Contact", ["Sofie Claeys"], None, "envoyer le rapport intermédiaire de l'évaluation"],
            ["CPAS", [], None, "chaque CPAS envoie au SPP une attestation"],
            ["SPP", [], None, "préparer une note commune sur l'archivage"],
            ["To Be Assigned", [], None, "organisation d'une journée de clôture"],
        ],
        "next_meeting": None,
        "remarks": ["[graphique à insérer]"],
    }


# ----------------------------------------------------------------------------------------------
def main():
    for fn in (r177, r178, r179, r180, r181, r182, r183, r184, r185, r186):
        exp = fn()
        out = os.path.join(HERE, exp["file"][:-len(".docx")] + ".expected.json")
        with open(out, "w", encoding="utf-8") as f:
            json.dump(exp, f, ensure_ascii=False, indent=2)
            f.write("\n")
        print("wrote", exp["file"])


if __name__ == "__main__":
    main()
