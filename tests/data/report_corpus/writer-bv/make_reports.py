# -*- coding: utf-8 -*-
"""Builds the ten meeting reports 747-756 of the AMIF/FAMI network (python-docx).

One function per report; each imitates one writer of the network with their own habits.
The .expected.json files beside the reports are written by hand, not by this script.
Run:  ../venv/bin/python make_reports.py
"""
import datetime
import os

from docx import Document
from docx.enum.section import WD_ORIENT  # noqa: F401  (kept: some writers switch orientation)
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_COLOR_INDEX, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))


# ---------------------------------------------------------------- small helpers

def new_doc(font, size, author, title=None, created=None, margins=None):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.append(rfonts)
    rfonts.set(qn("w:eastAsia"), font)
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title or ""
    cp.comments = ""
    if created:
        cp.created = created
        cp.modified = created
    if margins:
        for s in doc.sections:
            s.left_margin = s.right_margin = Cm(margins)
    return doc


def style_headings(doc, font, sizes, color=None, bold=True, italic_levels=()):
    for lvl, size in sizes.items():
        st = doc.styles["Heading %d" % lvl]
        st.font.name = font
        st.font.size = Pt(size)
        st.font.bold = bold
        st.font.italic = lvl in italic_levels
        st.font.color.rgb = color if color is not None else RGBColor(0, 0, 0)
        rpr = st.element.get_or_add_rPr()
        rfonts = rpr.find(qn("w:rFonts"))
        if rfonts is not None:
            for a in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
                if rfonts.get(qn(a)) is not None:
                    del rfonts.attrib[qn(a)]
            rfonts.set(qn("w:ascii"), font)
            rfonts.set(qn("w:hAnsi"), font)


def para(doc_or_cell, parts, style=None, align=None, space_after=None, indent=None, keep=False):
    """parts: a string, or a list of strings / (text, fmt) with fmt keys
    b, i, u, strike, color (RGBColor), hl (WD_COLOR_INDEX), size, font."""
    p = doc_or_cell.add_paragraph(style=style) if style else doc_or_cell.add_paragraph()
    if isinstance(parts, str):
        parts = [parts]
    for part in parts:
        if isinstance(part, str):
            p.add_run(part)
            continue
        text, fmt = part
        r = p.add_run(text)
        r.bold = fmt.get("b")
        r.italic = fmt.get("i")
        r.underline = fmt.get("u")
        if fmt.get("strike"):
            r.font.strike = True
        if "color" in fmt:
            r.font.color.rgb = fmt["color"]
        if "hl" in fmt:
            r.font.highlight_color = fmt["hl"]
        if "size" in fmt:
            r.font.size = Pt(fmt["size"])
        if "font" in fmt:
            r.font.name = fmt["font"]
    if align is not None:
        p.alignment = align
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    if indent is not None:
        p.paragraph_format.left_indent = Cm(indent)
    if keep:
        p.paragraph_format.keep_with_next = True
    return p


def first_cell_par(cell, parts, **kw):
    """Write into the first (empty) paragraph of a table cell."""
    p = cell.paragraphs[0]
    if isinstance(parts, str):
        parts = [parts]
    for part in parts:
        if isinstance(part, str):
            p.add_run(part)
        else:
            text, fmt = part
            r = p.add_run(text)
            r.bold = fmt.get("b")
            r.italic = fmt.get("i")
            if "color" in fmt:
                r.font.color.rgb = fmt["color"]
            if "size" in fmt:
                r.font.size = Pt(fmt["size"])
            if "hl" in fmt:
                r.font.highlight_color = fmt["hl"]
    if kw.get("align") is not None:
        p.alignment = kw["align"]
    return p


def shade(cell, hexfill):
    tcpr = cell._tc.get_or_add_tcPr()
    shd = parse_xml('<w:shd %s w:val="clear" w:color="auto" w:fill="%s"/>' % (nsdecls("w"), hexfill))
    tcpr.append(shd)


def table(doc, rows, style="Table Grid", widths=None, header=True, head_fill=None, size=None):
    t = doc.add_table(rows=0, cols=len(rows[0]))
    if style:
        t.style = doc.styles[style]
    for ri, row in enumerate(rows):
        cells = t.add_row().cells
        for ci, val in enumerate(row):
            fmt = {}
            if header and ri == 0:
                fmt["b"] = True
            if size:
                fmt["size"] = size
            first_cell_par(cells[ci], [(val, fmt)])
            if header and ri == 0 and head_fill:
                shade(cells[ci], head_fill)
    if widths:
        for row in t.rows:
            for ci, w in enumerate(widths):
                row.cells[ci].width = Cm(w)
    return t


def page_field(paragraph, instr="PAGE"):
    fld = parse_xml('<w:fldSimple %s w:instr="%s"><w:r><w:t>1</w:t></w:r></w:fldSimple>' % (nsdecls("w"), instr))
    paragraph._p.append(fld)


def header_text(doc, text, size=8, italic=True, align=WD_ALIGN_PARAGRAPH.RIGHT, color=None):
    p = doc.sections[0].header.paragraphs[0]
    r = p.add_run(text)
    r.font.size = Pt(size)
    r.italic = italic
    if color is not None:
        r.font.color.rgb = color
    p.alignment = align
    return p


def footer_text(doc, text, size=8, with_page=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    p = doc.sections[0].footer.paragraphs[0]
    r = p.add_run(text)
    r.font.size = Pt(size)
    if with_page:
        p.add_run(" ").font.size = Pt(size)
        page_field(p)
    p.alignment = align
    return p


def add_numbering(doc, formats, indent_cm=0.63):
    """New Word numbering definition; formats = [(numFmt, lvlText), ...] per level. Returns numId."""
    numbering = doc.part.numbering_part.element
    abs_ids = [int(a.get(qn("w:abstractNumId"))) for a in numbering.findall(qn("w:abstractNum"))]
    num_ids = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
    aid = max(abs_ids + [0]) + 1
    nid = max(num_ids + [0]) + 1
    lvls = ""
    for i, (fmt, txt) in enumerate(formats):
        left = int((i + 1) * indent_cm * 567)
        lvls += ('<w:lvl w:ilvl="%d"><w:start w:val="1"/><w:numFmt w:val="%s"/><w:lvlText w:val="%s"/>'
                 '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="%d" w:hanging="%d"/></w:pPr></w:lvl>'
                 % (i, fmt, txt, left, int(indent_cm * 567)))
    absnum = parse_xml('<w:abstractNum %s w:abstractNumId="%d"><w:multiLevelType w:val="multilevel"/>%s</w:abstractNum>'
                       % (nsdecls("w"), aid, lvls))
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(absnum)
    else:
        numbering.append(absnum)
    num = parse_xml('<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>' % (nsdecls("w"), nid, aid))
    numbering.append(num)
    return nid


def set_num(paragraph, num_id, level=0):
    numpr = paragraph._p.get_or_add_pPr().get_or_add_numPr()
    numpr.get_or_add_ilvl().val = level
    numpr.get_or_add_numId().val = num_id


def page_break(doc):
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def save(doc, name):
    doc.save(os.path.join(HERE, name))
    print("wrote", name)


GREY = RGBColor(0x59, 0x59, 0x59)
BLUE = RGBColor(0x1F, 0x4E, 0x79)
RED = RGBColor(0xC0, 0x00, 0x00)
SPP_GREEN = RGBColor(0x00, 0x6B, 0x5A)


# ---------------------------------------------------------------- 747
def r747():
    """Sofie Peeters (OCMW Antwerpen) starts from the Gent report of November 2016 and forgets to
    clean up: old title in the file properties, old header and footer, one old section left in."""
    doc = new_doc("Calibri", 11, "Hatice Yilmaz", title="Verslag uitwisseling OCMW's 24 november 2016",
                  created=datetime.datetime(2016, 11, 28, 9, 12))
    doc.core_properties.last_modified_by = "Sofie Peeters"
    style_headings(doc, "Calibri Light", {1: 14, 2: 12}, color=RGBColor(0x2E, 0x74, 0xB5))
    header_text(doc, "AMIF – uitwisseling OCMW's – verslag 24/11/2016")
    footer_text(doc, "Verslag: Hatice Yilmaz (OCMW Gent) – pagina", with_page=True)

    para(doc, [("Verslag uitwisseling OCMW's – AMIF", {"b": True, "size": 16})], align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, [("Datum: ", {"b": True}), "donderdag 9 maart 2017"], space_after=0)
    para(doc, [("Plaats: ", {"b": True}), "OCMW Antwerpen, vergaderzaal 3.12 (campus Lange Gasthuisstraat)"], space_after=0)
    para(doc, [("Verslag: ", {"b": True}), "Sofie Peeters"])

    para(doc, [("Aanwezig", {"b": True})], space_after=2)
    table(doc, [["Naam", "Organisatie"],
                ["Katrien Vanhoutte", "POD Maatschappelijke Integratie"],
                ["Wouter De Smet", "OCMW Gent"],
                ["Hatice Yilmaz", "OCMW Gent"],
                ["Mehdi Amrani", "OCMW Luik"],
                ["Françoise Lejeune", "OCMW Luik"],
                ["Fabrizio Lo Bue", "OCMW Charleroi"],
                ["Sofie Peeters", "OCMW Antwerpen"],
                ["Yassine El Khattabi", "OCMW Antwerpen"],
                ["Tine Van Roey", "OCMW Antwerpen"]], widths=[6, 8], head_fill="DEEAF6")
    para(doc, "")
    para(doc, [("Verontschuldigd", {"b": True})], space_after=2)
    table(doc, [["Naam", "Organisatie"],
                ["Marie-Claire Kabongo", "OCMW Brussel"],
                ["Nathalie Dewez", "OCMW Charleroi"]], widths=[6, 8], head_fill="DEEAF6")
    para(doc, "")
    para(doc, [("Agenda", {"b": True})], space_after=2)
    for line in ["1. Welkom en kennismaking met het team van OCMW Antwerpen",
                 "2. Stand van zaken per OCMW",
                 "3. Voorstelling: trajectbegeleiding in Antwerpen",
                 "4. Tevredenheidsenquête: eerste ervaringen",
                 "5. Varia en volgende bijeenkomst"]:
        para(doc, line, space_after=0, indent=0.5)

    doc.add_heading("1. Welkom", 1)
    para(doc, "Tine Van Roey verwelkomt iedereen in Antwerpen. Het projectteam stelt zich kort voor: "
              "twee trajectbegeleiders, een intaker en een halftijdse coördinator. Daarna volgt een korte "
              "rondleiding op de eerste verdieping, waar de collectieve workshops plaatsvinden.")

    doc.add_heading("2. Stand van zaken per OCMW", 1)
    doc.add_heading("Gent", 2)
    para(doc, "Wouter De Smet: de derde groep is in januari gestart met 14 deelnemers. De meeste "
              "doorverwijzingen komen van de maatschappelijk werkers van twee sociale centra. De werkplaats "
              "draait goed; de deelnemers vragen meer Nederlands op de werkvloer.")
    doc.add_heading("Luik", 2)
    para(doc, "Mehdi Amrani en Françoise Lejeune: elke nieuwe deelnemer krijgt een intakegesprek en een "
              "oriëntatiebalans. Per deelnemer worden drie contracten getekend (maatschappelijk werker, "
              "intaker, verantwoordelijke van de module). Het creatief atelier blijft het meest gevraagd.")
    doc.add_heading("Charleroi", 2)
    para(doc, "Fabrizio Lo Bue: module 2 loopt van september 2016 tot juni 2017. Van de 199 personen die "
              "de maatschappelijk werkers selecteerden, kwamen er 60 naar de infosessie (30 %). Bij module 1 "
              "was dat 110 op 315 (35 %).")
    para(doc, [("→ Fabrizio Lo Bue stuurt de presentatie van de infosessie door naar alle OCMW's.", {"b": True})],
         indent=0.5)
    doc.add_heading("Brussel", 2)
    para(doc, "Geen stand van zaken: Brussel is verontschuldigd.")
    para(doc, [("→ Katrien Vanhoutte vraagt een korte stand van zaken op bij Marie-Claire Kabongo.", {"b": True})],
         indent=0.5)
    doc.add_heading("Antwerpen", 2)
    para(doc, ["Yassine El Khattabi: de eerste groep is in januari gestart. Aantal deelnemers in module 2: ",
               ("[XX – cijfer nog opvragen bij de dienst registratie]", {"hl": WD_COLOR_INDEX.YELLOW}),
               ". Veel deelnemers hebben al lang een leefloon en weinig contact buiten het gezin."])

    doc.add_heading("3. Trajectbegeleiding in Antwerpen", 1)
    para(doc, "Yassine El Khattabi toont hoe een traject verloopt: doorverwijzing door de maatschappelijk "
              "werker, intakegesprek, oriëntatiebalans, individuele coaching om de twee weken en wekelijkse "
              "collectieve workshops (taalactivering, computer, projectopbouw). Na zes maanden volgt een "
              "evaluatiegesprek.")
    para(doc, "Vragen uit de groep: hoe ga je om met deelnemers die vaak te laat komen? Antwerpen werkt met "
              "een afsprakenblad; Luik legt de regels over aanwezigheid en stiptheid vast in de contracten.")
    para(doc, [("→ Yassine El Khattabi bezorgt de sjabloon van de oriëntatiebalans aan Luik en Gent.", {"b": True})],
         indent=0.5)

    doc.add_heading("4. Tevredenheidsenquête", 1)
    para(doc, "Alle OCMW's vinden de huidige enquête te abstract voor de doelgroep (woorden als "
              "'zelfredzaamheid' of 'participatie'). Er is vraag naar een versie in het Arabisch, Dari en "
              "Tigrinya, of met pictogrammen.")
    para(doc, [("→ POD MI bekijkt of de enquête in meer talen kan worden aangeboden.", {"b": True})], indent=0.5,
         space_after=0)
    para(doc, [("→ Alle OCMW's bezorgen hun opmerkingen op de enquête vóór 15 april aan Katrien.", {"b": True})],
         indent=0.5)

    doc.add_heading("5. Varia", 1)
    para(doc, "Charleroi biedt aan om de volgende bijeenkomst te organiseren. Iedereen gaat akkoord.")

    doc.add_heading("6. Bezoek aan de werkplaats", 1)
    para(doc, [("Na de lunch bezochten we de werkplaats van het Gentse project, waar deelnemers onder "
                "begeleiding meubels herstellen en verkopen. Het team legde uit hoe de werkplaats de stap naar "
                "een opleiding voorbereidt. ", {}),
               ("(tekst vorig verslag – nog aan te passen)", {"hl": WD_COLOR_INDEX.YELLOW})])

    para(doc, "")
    para(doc, [("Volgende bijeenkomst: juni 2017 in Charleroi – datum nog te prikken via Doodle.", {"b": True})])
    save(doc, "747_antwerpen_maart_2017.docx")


# ---------------------------------------------------------------- 748
def r748():
    """Katrien Vanhoutte (SPP) types her handwritten notes a week later, in French, with initials."""
    doc = new_doc("Times New Roman", 12, "Katrien Vanhoutte", title="notes reunion Gand",
                  created=datetime.datetime(2016, 12, 2, 16, 40), margins=2.2)

    def h(text):
        para(doc, [(text, {"b": True, "u": True})], keep=True, space_after=4)

    para(doc, [("Réunion réseau FAMI – CPAS", {"b": True, "size": 14})], space_after=0)
    para(doc, "Gand, 24 novembre 2016 – locaux du projet, Sint-Pietersplein")
    para(doc, [("Notes reprises de mon carnet et mises au propre le 2 décembre.", {"i": True})])
    para(doc, [("Présents : ", {"b": True}),
               "Katrien Vanhoutte (SPP IS), Wouter De Smet, Hatice Yilmaz et Lien Vandamme (CPAS Gand), "
               "Mehdi Amrani et Pascale Thiry (CPAS Liège), Fabrizio Lo Bue (CPAS Charleroi), "
               "Sofie Peeters (CPAS Anvers), Olivier Vandenbroucke (CPAS Bruxelles)"])
    para(doc, [("Excusés : ", {"b": True}), "Yassine El Khattabi (CPAS Anvers), Françoise Lejeune (CPAS Liège)"])
    para(doc, "Pas d'ordre du jour envoyé à l'avance ; on a suivi le tour de table proposé par Wouter.")

    h("A. Accueil par le CPAS de Gand")
    para(doc, "WDS accueille le groupe et présente l'équipe : 2 accompagnateurs de trajet, 1 responsable "
              "d'atelier, 1 collaboratrice pour les entretiens d'admission (HY). Le projet a démarré en "
              "septembre ; les AS des centres sociaux proposent les candidats.")

    h("B. Tour de table")
    para(doc, [("Gand : ", {"b": True}),
               "2e groupe démarré en octobre, 12 participants (à vérifier avec Wouter). Beaucoup de "
               "participants peu scolarisés ; les ateliers se font en néerlandais simple."])
    para(doc, [("Liège : ", {"b": True}),
               "MA explique le dispositif : entretien d'admission, bilan d'orientation puis orientation vers "
               "un des modules (faibles compétences linguistiques, compétences avancées, atelier créatif, "
               "atelier informatique). PT insiste sur les 3 contrats signés par participant."])
    para(doc, [("Charleroi : ", {"b": True}),
               "FLB : plus de 1000 personnes listées avec l'observatoire local, 315 retenues par les AS pour "
               "le module 1, 110 venues à la séance d'info. Travail de mobilisation très lourd."])
    para(doc, [("Anvers : ", {"b": True}),
               "SP : démarrage prévu en janvier, recrutement en cours via les AS."])
    para(doc, [("Bruxelles : ", {"b": True}),
               "OV : le projet tourne avec 3 antennes sociales ; difficulté à garder les participants "
               "au-delà de trois mois."])

    h("C. Visite de l'atelier")
    para(doc, "Visite de l'atelier où les participants réparent des meubles avec la formatrice (nom ?). "
              "Très bonne ambiance, les participants expliquent eux-mêmes leur travail en néerlandais.")

    h("D. Questionnaire de satisfaction")
    para(doc, "Tout le monde trouve le questionnaire actuel trop abstrait pour le public. Liège propose des "
              "pictogrammes. Gand voudrait une version en arabe. Pour Bruxelles, la question du "
              "[illisible dans mes notes] reste ouverte.")

    h("E. Divers")
    para(doc, "Liège a déjà envoyé sa fiche projet mise à jour (merci !). Les frais des sorties "
              "socio-culturelles posent question.")

    h("F. À faire")
    for line in ["- MA : envoie à tous le modèle de contrat participant (les 3 contrats).",
                 "- KV : vérifie auprès de l'Autorité de gestion si les frais de sorties culturelles sont éligibles.",
                 "- Anvers : propose une date pour la prochaine réunion (début mars).",
                 "- OV + PT : échangent leurs plannings hebdomadaires.",
                 "- qui ? : traduire le questionnaire en néerlandais/arabe."]:
        para(doc, line, space_after=0, indent=0.6)
    para(doc, "")
    para(doc, [("Prochaine réunion : début mars 2017 à Anvers (date à confirmer).", {"u": True})])
    para(doc, [("KV", {"i": True})], align=WD_ALIGN_PARAGRAPH.RIGHT)
    save(doc, "748_gand_notes_nov2016.docx")


# ---------------------------------------------------------------- 749
def r749():
    """Nordine Bensaïd (SPP) pastes his Outlook summary into Word, mail header and signature included."""
    doc = new_doc("Calibri", 11, "Nordine Bensaïd", title="RE: Résumé réunion FAMI",
                  created=datetime.datetime(2018, 10, 19, 16, 20))
    mailhead = [("De :", "Nordine Bensaïd"),
                ("Envoyé :", "vendredi 19 octobre 2018 16:05"),
                ("À :", "reseau-fami-cpas"),
                ("Cc :", "Katrien Vanhoutte"),
                ("Objet :", "Résumé réunion FAMI 18/10 – CPAS de Bruxelles")]
    for k, v in mailhead:
        para(doc, [(k + " ", {"b": True}), v], space_after=0)
    para(doc, "")
    body_font = {"font": "Segoe UI", "size": 10}

    def line(text, **extra):
        fmt = dict(body_font)
        fmt.update(extra)
        return para(doc, [(text, fmt)], space_after=0)

    line("Bonjour à toutes et à tous,")
    line("")
    line("Comme promis, voici un petit résumé de notre réunion d'hier au CPAS de Bruxelles. Le rapport "
         "officiel suivra (FR/NL).")
    line("")
    line("Étaient présents : Nordine Bensaïd et Katrien Vanhoutte (SPP), Lien Vandamme (Gand), Pascale Thiry "
         "et Aïcha Ndiaye (Liège), Nathalie Dewez et Samira Bouzid (Charleroi), Yassine El Khattabi (Anvers), "
         "Marie-Claire Kabongo, Julien Mertens et Leila Haddouchi (Bruxelles).")
    line("Excusés : Wouter De Smet (Gand), Fabrizio Lo Bue (Charleroi).")
    line("")
    line("Programme de la journée :")
    for t, s in [("10h00", "Accueil et café"), ("10h30", "Présentation du projet bruxellois"),
                 ("12h30", "Lunch"), ("13h30", "Indicateurs et rapportage annuel"), ("15h00", "Divers")]:
        p = line(t + "\t" + s)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(1.5))
    line("")
    line("1) Le projet bruxellois", b=True)
    line("Marie-Claire Kabongo a présenté le projet :")
    line("* 3 antennes sociales orientent les participants ;")
    line("* entretien d'admission puis bilan d'orientation, comme à Liège ;")
    line("* coaching individuel tous les 15 jours et ateliers collectifs chaque semaine ;")
    line("* une sortie socio-culturelle par mois (Parlement, Atomium, bibliothèque).")
    line("Le gros souci reste la communication vers les participants quand un cours est annulé.")
    line("")
    line("2) Indicateurs", b=True)
    line("Katrien rappelle que le SPP doit rassembler chaque année les chiffres des CPAS pour le rapport "
         "annuel : nombre de participants, nombre de modules suivis, sorties. Pas de noms, uniquement des "
         "chiffres (chaque CPAS garde les données de ses participants). Bruxelles a donné ses premiers "
         "chiffres en séance (Julien, peux-tu compléter les chiffres de Bruxelles ?).")
    line("")
    line("3) Divers", b=True)
    line("Liège a déjà envoyé son planning hebdomadaire à tout le monde. Charleroi demande qu'on évite les "
         "réunions en juin (fin de module).")
    line("")
    line("4) À faire", b=True)
    line("- Charleroi : envoie la présentation sur le recrutement (funnel) à tout le monde")
    line("- Tous les CPAS : remplissent le tableau des indicateurs pour le 15 novembre")
    line("- Katrien et moi : préparons le rapport officiel FR/NL")
    line("- SPP : vérifie si le questionnaire peut être traduit en arabe et en dari")
    line("")
    line("La prochaine réunion aura lieu le jeudi 7 février 2019 au CPAS de Charleroi.")
    line("")
    line("Bien à vous,")
    line("Nordine")
    line("")
    line("Nordine Bensaïd | Attaché", color=GREY, size=9)
    line("SPP Intégration Sociale – Service Fonds européens", color=GREY, size=9)
    line("Vers une politique de migration plus intégrée, grâce au FAMI", color=GREY, size=9, i=True)
    line("")
    line("-----Message d'origine-----", color=GREY)
    for k, v in [("De :", "Julien Mertens"), ("Envoyé :", "lundi 15 octobre 2018 09:31"),
                 ("À :", "reseau-fami-cpas"), ("Objet :", "Réunion FAMI 18/10 – plan d'accès")]:
        para(doc, [(k + " ", dict(body_font, b=True, color=GREY)), (v, dict(body_font, color=GREY))], space_after=0)
    line("")
    line("Bonjour,", color=GREY)
    line("Vous trouverez en pièce jointe le plan d'accès. La réunion a lieu au 3e étage, salle Rosa Parks. "
         "Merci de vous annoncer à l'accueil.", color=GREY)
    line("Julien", color=GREY)
    save(doc, "749_mail_resume_bruxelles.docx")


# ---------------------------------------------------------------- 750
def r750():
    """Joke Verstraeten (SPP) stands in for Nordine; Dutch report with a French summary at the end."""
    doc = new_doc("Verdana", 10, "Joke Verstraeten", title="Verslag Charleroi 7 februari 2019",
                  created=datetime.datetime(2019, 2, 11, 11, 5))
    style_headings(doc, "Verdana", {1: 13, 2: 11}, color=SPP_GREEN)
    header_text(doc, "POD MI – AMIF-netwerk OCMW's", color=SPP_GREEN)
    footer_text(doc, "Verslag 7/2/2019 – p.", with_page=True, align=WD_ALIGN_PARAGRAPH.RIGHT)

    para(doc, [("Verslag uitwisseling OCMW's – Charleroi", {"b": True, "size": 15, "color": SPP_GREEN})],
         space_after=0)
    para(doc, [("7 februari 2019", {"size": 12})])
    para(doc, [("Verslaggeving: Joke Verstraeten (POD MI), ter vervanging van Nordine Bensaïd", {"i": True})])

    para(doc, [("Aanwezigen", {"b": True})], space_after=2)
    for who in ["Katrien Vanhoutte – POD MI", "Joke Verstraeten – POD MI",
                "Fabrizio Lo Bue – OCMW Charleroi", "Nathalie Dewez – OCMW Charleroi",
                "Kevin Lambot – OCMW Charleroi", "Valérie Cornez – OCMW Binche",
                "Wouter De Smet – OCMW Gent", "Mehdi Amrani – OCMW Luik",
                "Tine Van Roey – OCMW Antwerpen", "Leila Haddouchi – OCMW Brussel"]:
        para(doc, who, style="List Bullet", space_after=0)
    para(doc, "")
    para(doc, [("Verontschuldigd: ", {"b": True}),
               "Nordine Bensaïd (POD MI), Yassine El Khattabi (OCMW Antwerpen), Pascale Thiry (OCMW Luik)"])

    para(doc, [("Agenda", {"b": True})], space_after=2)
    table(doc, [["Uur", "Onderwerp"],
                ["10u00 – 10u30", "Onthaal en koffie"],
                ["10u30 – 12u00", "Activ'Up: werving en infosessies (OCMW Charleroi)"],
                ["12u00 – 13u00", "Lunch"],
                ["13u00 – 14u30", "Samenwerking met partner-OCMW Binche"],
                ["14u30 – 15u30", "Rondvraag"]], widths=[3.5, 11], head_fill="D9EAD3")

    doc.add_heading("Punt 1 – Onthaal", 2)
    para(doc, "Fabrizio Lo Bue verwelkomt de groep in de lokalen van de Service Action Migrants. Kevin Lambot "
              "vertaalt waar nodig voor de Nederlandstalige collega's; Wouter De Smet doet hetzelfde in de "
              "andere richting.")

    doc.add_heading("Punt 2 – Werving en infosessies in Charleroi", 2)
    para(doc, "Charleroi werkt met modules van september tot juni. Samen met het lokale observatorium werd een "
              "lijst van meer dan 1.000 mogelijke deelnemers opgesteld. De maatschappelijk werkers hielden er "
              "315 over voor module 1 en 199 voor module 2. Op de infosessies kwamen respectievelijk 110 (35 %) "
              "en 60 (30 %) personen.")
    para(doc, ["Voor module 3 (september 2018 – juni 2019) werden 240 personen uitgenodigd en kwamen er 81 "
               "naar de infosessie ",
               ("(Nordine: klopt dit cijfer voor module 3?)", {"color": RED})])
    para(doc, "Wat werkt volgens Charleroi: intensief werken (bijna elke dag), een groepsgevoel op het einde van "
              "de module. Wat beter kan: communicatie bij gewijzigde uurroosters, activiteiten vroeger plannen "
              "omdat de administratieve procedures langer worden.")

    doc.add_heading("Punt 3 – Samenwerking met Binche", 2)
    para(doc, "Valérie Cornez legt uit hoe Binche als partner van Charleroi deelnemers laat aansluiten bij de "
              "collectieve workshops. De verplaatsing blijft een drempel: Binche zoekt een oplossing met "
              "bustickets.")

    doc.add_heading("Punt 4 – Rondvraag", 2)
    para(doc, "Gent en Antwerpen willen een gezamenlijke vorming rond het intakegesprek. Brussel vraagt de "
              "tevredenheidsenquête in het Arabisch.")

    doc.add_heading("Acties", 2)
    table(doc, [["Wie", "Wat", "Tegen wanneer"],
                ["Kevin Lambot", "Bezorgt de uitnodigingsbrief voor de infosessies (FR) aan alle OCMW's",
                 "eind februari"],
                ["OCMW Binche", "Stuurt de planning van de gezamenlijke workshops door", "15 maart"],
                ["POD MI", "Zoekt uit of de tevredenheidsenquête in het Arabisch kan worden vertaald",
                 "volgende bijeenkomst"],
                ["Wouter De Smet en Tine Van Roey", "Maken een voorstel voor een gezamenlijke vorming rond intake",
                 "mei"]], widths=[4.5, 8, 3], head_fill="D9EAD3")
    para(doc, "")
    para(doc, [("Volgende bijeenkomst: mei 2019 bij OCMW Gent (datum volgt via Doodle).", {"b": True})])

    doc.add_heading("Résumé en français", 1)
    para(doc, [("[vertaling FR nog na te lezen]", {"hl": WD_COLOR_INDEX.YELLOW})])
    para(doc, "Le CPAS de Charleroi a présenté son travail de recrutement pour Activ'Up : plus de 1.000 personnes "
              "listées, 315 puis 199 personnes retenues par les AS, 35 % et 30 % de présence aux séances "
              "d'information. Le CPAS de Binche, partenaire de Charleroi, rejoint les ateliers collectifs. "
              "Actions : Kevin Lambot envoie la lettre d'invitation, Binche envoie le planning, le SPP examine "
              "une traduction du questionnaire en arabe, Gand et Anvers proposent une formation commune sur "
              "l'entretien d'admission. Prochaine réunion : mai 2019 à Gand.")
    save(doc, "750_charleroi_vervanging.docx")


# ---------------------------------------------------------------- 751
def r751():
    """Nordine Bensaïd: short Teams check-in during the first lockdown, draft never reread."""
    doc = new_doc("Arial", 10, "Nordine Bensaïd", title="Appel de suivi FAMI",
                  created=datetime.datetime(2020, 5, 14, 11, 2), margins=2.0)
    para(doc, [("Brouillon – pas encore relu", {"b": True, "color": RED})], space_after=2)
    para(doc, [("Appel de suivi FAMI – CPAS (Teams)", {"b": True, "size": 13})], space_after=0)
    para(doc, "Jeudi 14 mai 2020, 10h00–10h45")
    para(doc, [("En ligne :", {"b": True})], space_after=0)
    for who in ["Nordine Bensaïd (SPP IS)", "Katrien Vanhoutte (SPP IS)", "Hatice Yilmaz (CPAS Gand)",
                "Pascale Thiry (CPAS Liège)", "Samira Bouzid (CPAS Charleroi)", "Tine Van Roey (CPAS Anvers)",
                "Julien Mertens (CPAS Bruxelles)"]:
        para(doc, "– " + who, space_after=0, indent=0.4)
    para(doc, [("Excusé : ", {"b": True}), "Mehdi Amrani (CPAS Liège)"])
    para(doc, [("Appel court, sans ordre du jour : un tour des CPAS sur la reprise des activités après le "
                "confinement.", {"i": True})])

    def h(t):
        para(doc, [(t, {"b": True, "color": BLUE})], space_after=0, keep=True)

    h("Gand")
    para(doc, "Reprise des ateliers le 18 mai en petits groupes : 4 participants + 1 formateur. Le coaching "
              "individuel a continué par téléphone pendant tout le confinement.")
    h("Liège")
    para(doc, "Règle 3 + 1 (3 participants + 1 formateur). L'atelier créatif reprend en premier ; l'atelier "
              "informatique attend, le local est trop petit.")
    h("Charleroi")
    para(doc, "Aussi 3 + 1. Les séances d'information « se débrouiller en Belgique » sont reportées à "
              "septembre. Beaucoup de participants sans ordinateur : contacts par WhatsApp.")
    h("Anvers")
    para(doc, "Coaching par téléphone, premiers rendez-vous physiques fin mai. Difficile de joindre les "
              "participants qui ont changé de numéro.")
    h("Bruxelles")
    para(doc, "Cours de français en ligne via WhatsApp pour un petit groupe ; les autres attendent la reprise.")
    h("SPP")
    para(doc, ["Les séances à distance peuvent être comptées si la présence est notée. ",
               ("TODO : ajouter le lien vers la circulaire", {"hl": WD_COLOR_INDEX.YELLOW})])
    h("À faire")
    for t in ["– Nordine : envoie un modèle de fiche de présence adaptée aux séances à distance.",
              "– Chaque CPAS : communique avant le 25 mai son nombre de participants actifs.",
              "– Tine et Hatice : partagent leurs outils de coaching par téléphone.",
              "– ? : vérifier si les sorties culturelles peuvent reprendre en juin."]:
        para(doc, t, space_after=0, indent=0.4)
    para(doc, "")
    para(doc, "Prochain appel : jeudi 28 mai, 10h00, même lien Teams.")
    save(doc, "751_appel_suivi_covid.docx")


# ---------------------------------------------------------------- 752
def r752():
    """Pieter Claeys, head of unit at the POD MI: decisions and a task list, Word numbering everywhere."""
    doc = new_doc("Arial", 10, "Pieter Claeys", title="Coördinatorenoverleg AMIF – beslissingen",
                  created=datetime.datetime(2022, 9, 23, 8, 45))
    style_headings(doc, "Arial", {1: 11}, color=RGBColor(0x1F, 0x38, 0x64))
    header_text(doc, "POD Maatschappelijke Integratie – Dienst Europese Fondsen", italic=False,
                align=WD_ALIGN_PARAGRAPH.LEFT, color=GREY)
    footer_text(doc, "Pagina", with_page=True, align=WD_ALIGN_PARAGRAPH.RIGHT)
    head_num = add_numbering(doc, [("decimal", "%1.")])
    agenda_num = add_numbering(doc, [("decimal", "%1.")])

    para(doc, [("Coördinatorenoverleg AMIF – beslissingen en taken", {"b": True, "size": 14})], space_after=2)
    para(doc, [("Datum: ", {"b": True}), "22/09/2022", "\t", ("Locatie: ", {"b": True}),
               "POD MI, Koning Albert II-laan 30, Brussel", "\t", ("Voorzitter: ", {"b": True}), "Pieter Claeys"])
    table(doc, [["Naam", "Organisatie", "Aanwezig"],
                ["Pieter Claeys", "POD MI", "ja"],
                ["Aurélie Gillet", "POD MI", "ja"],
                ["Nordine Bensaïd", "POD MI", "ja"],
                ["Bram Van Acker", "OCMW Gent", "ja"],
                ["Françoise Lejeune", "CPAS Luik", "verontschuldigd"],
                ["Aïcha Ndiaye", "CPAS Luik", "ja"],
                ["Kevin Lambot", "CPAS Charleroi", "ja"],
                ["Ruben Goossens", "OCMW Antwerpen", "ja"],
                ["Ellen Huybrechts", "OCMW Schoten", "verontschuldigd"],
                ["Leila Haddouchi", "OCMW Brussel", "ja"]], widths=[5, 5, 3.5], head_fill="D9E2F3", size=9)
    para(doc, "")
    para(doc, [("Agenda", {"b": True})], space_after=0)
    for item in ["Nieuwe programmaperiode AMIF 2021-2027",
                 "Indicatoren (Verordening (EU) 2021/1147)",
                 "Bewaartermijnen en persoonsgegevens",
                 "Planning netwerkdagen 2023"]:
        p = para(doc, item, space_after=0)
        set_num(p, agenda_num)

    def h(t):
        p = doc.add_heading(t, 1)
        set_num(p, head_num)

    def decision(t):
        para(doc, [("Beslissing: ", {"b": True}), t], indent=0.6)

    h("Nieuwe programmaperiode")
    para(doc, "De vijf OCMW's zetten hun projecten verder in de programmaperiode 2021-2027. De subsidieregels "
              "blijven grotendeels gelijk; de rapportering verandert.")
    decision("de OCMW's rapporteren voortaan per semester in plaats van per jaar.")

    h("Indicatoren")
    para(doc, "De verordening legt gemeenschappelijke output- en resultaatindicatoren op: deelnemers aan "
              "ondersteunende activiteiten (taalcursus, maatschappelijke oriëntatie, persoonlijke "
              "beroepsbegeleiding), deelnemers aan een taalcursus die minstens één ERK-niveau stijgen, en "
              "deelnemers die zeggen dat de activiteit hun integratie heeft geholpen. De POD verzamelt de "
              "cijfers bij de OCMW's en rapporteert jaarlijks.")
    decision("de vraag 'heeft de activiteit u geholpen?' wordt in eenvoudige taal aan de tevredenheidsenquête "
             "toegevoegd.")

    h("Bewaartermijnen en persoonsgegevens")
    para(doc, "Documenten van het project worden vijf jaar bewaard vanaf 31 december van het jaar van de laatste "
              "betaling (art. 82 Verordening (EU) 2021/1060). Persoonsgegevens niet langer dan nodig (art. 5 AVG). "
              "Elk OCMW blijft eigenaar van de gegevens van zijn deelnemers; de POD krijgt geen namen.")
    decision("de POD ontvangt enkel geaggregeerde cijfers, nooit namen van deelnemers.")

    h("Planning 2023")
    para(doc, "Twee netwerkdagen in 2023: voorjaar in Antwerpen, najaar bij een partner-OCMW, eventueel hybride "
              "met tolken voor de online deelnemers.")
    decision("netwerkdag voorjaar 2023 in Antwerpen; najaar bij een partner van Antwerpen.")

    h("Takenlijst")
    table(doc, [["Nr", "Taak", "Wie", "Deadline"],
                ["T1", "Past het sjabloon voor de indicatoren aan de nieuwe verordening aan", "Aurélie Gillet",
                 "15/10/2022"],
                ["T2", "Bezorgen de cijfers van het eerste semester 2022", "alle OCMW's", "31/10/2022"],
                ["T3", "Stelt een nota op over bewaartermijnen en inzagerecht (art. 15 AVG)", "POD MI",
                 "30/11/2022"],
                ["T4", "Organiseert de netwerkdag van het voorjaar 2023", "OCMW Antwerpen", "januari 2023"],
                ["T5", "Vertalen de tevredenheidsenquête in eenvoudige taal (NL/FR)",
                 "Nordine Bensaïd en Bram Van Acker", "31/12/2022"],
                ["T6", "Zoekt een tolkenbureau voor de online sessies", "nog te bepalen", "—"]],
          widths=[1, 8, 4.5, 2.5], head_fill="D9E2F3", size=9)
    para(doc, "")
    para(doc, [("Volgend coördinatorenoverleg: donderdag 8 december 2022, 14u00 (Teams).", {"b": True})])
    para(doc, [("PC", {"i": True, "color": GREY})], align=WD_ALIGN_PARAGRAPH.RIGHT)
    save(doc, "752_beslissingen_coordinatoren.docx")


# ---------------------------------------------------------------- 753
def r753():
    """An Verbist (OCMW Mortsel) writes up the hybrid network day her OCMW hosted, with interpreters."""
    doc = new_doc("Century Gothic", 10, "An Verbist", title="Verslag netwerkbijeenkomst Mortsel",
                  created=datetime.datetime(2023, 10, 17, 14, 30))
    purple = RGBColor(0x5B, 0x2C, 0x6F)
    style_headings(doc, "Century Gothic", {1: 12, 2: 10.5}, color=purple, italic_levels=(2,))
    header_text(doc, "OCMW Mortsel – Sociaal Huis", color=purple)
    footer_text(doc, "AMIF-netwerk – verslag 12 oktober 2023 –", with_page=True)

    para(doc, [("Verslag netwerkbijeenkomst AMIF – OCMW Mortsel (hybride)", {"b": True, "size": 14, "color": purple})],
         space_after=0)
    para(doc, "Donderdag 12 oktober 2023 – Sociaal Huis Mortsel en via Teams")
    para(doc, [("Aanwezig", {"b": True, "u": True})], space_after=0)
    for org, names in [("POD MI", "Aurélie Gillet, Nordine Bensaïd (online)"),
                       ("OCMW Antwerpen", "Ruben Goossens, Sofie Peeters"),
                       ("OCMW Mortsel", "An Verbist, Dragan Petrović"),
                       ("OCMW Edegem", "Koen Wouters"),
                       ("OCMW Gent", "Bram Van Acker (online)"),
                       ("CPAS Luik", "Aïcha Ndiaye (online)"),
                       ("CPAS Charleroi", "Kevin Lambot (online)"),
                       ("CPAS Brussel", "Olivier Vandenbroucke (online)"),
                       ("Tolken (simultaanvertaling NL–FR)", "Irina Popescu, Marc Stassart")]:
        para(doc, [(org + ": ", {"b": True}), names], space_after=0, indent=0.5)
    para(doc, [("Verontschuldigd: ", {"b": True, "u": True}),
               "Ellen Huybrechts (OCMW Schoten), Valérie Cornez (CPAS Binche)"])

    para(doc, [("Agenda", {"b": True, "u": True})], space_after=2)
    table(doc, [["Tijd", "Onderwerp"],
                ["09.30 – 10.00", "Onthaal"],
                ["10.00 – 11.00", "Het partnerschap Antwerpen – Mortsel – Edegem – Schoten"],
                ["11.00 – 12.15", "Stand van zaken per OCMW"],
                ["12.15 – 13.00", "Lunch (ter plaatse)"],
                ["13.00 – 14.30", "Workshop: tevredenheidsmeting in eenvoudige taal"],
                ["14.30 – 15.00", "Afspraken en afsluiting"]], style="Light List Accent 4", widths=[3, 12])

    doc.add_heading("1. Onthaal en praktische afspraken hybride vergadering", 1)
    para(doc, "An Verbist verwelkomt de deelnemers in de zaal en online. De online deelnemers volgen via de "
              "tolkencabine: Irina Popescu en Marc Stassart vertalen simultaan van en naar het Frans. Wie "
              "online het woord neemt, gebruikt de handfunctie in Teams. Wie ter plaatse was, kreeg daarna een "
              "korte rondleiding in het Sociaal Huis.")
    para(doc, [("[foto's van de rondleiding nog toevoegen – An]", {"hl": WD_COLOR_INDEX.TURQUOISE})])

    doc.add_heading("2. Het partnerschap Antwerpen – Mortsel – Edegem – Schoten", 1)
    para(doc, "Ruben Goossens schetst hoe Antwerpen sinds 2021 samenwerkt met drie kleinere OCMW's. Antwerpen "
              "draagt de subsidie; de partners leiden deelnemers toe en organiseren een deel van de workshops zelf.")
    doc.add_heading("2.1 Werking in Mortsel", 2)
    para(doc, "Dragan Petrović: acht deelnemers, vooral vrouwen met jonge kinderen. Individuele coaching om de "
              "twee weken, één collectieve workshop per week in het Sociaal Huis. Kinderopvang tijdens de "
              "workshop blijft het grootste probleem.")
    doc.add_heading("2.2 Werking in Edegem", 2)
    para(doc, ["Koen Wouters: Edegem begon in maart met een groep van elf deelnemers ",
               ("[Koen: klopt het aantal deelnemers in Edegem?]", {"hl": WD_COLOR_INDEX.TURQUOISE}),
               ". De deelnemers volgen de computerworkshop in Antwerpen."])

    doc.add_heading("3. Stand van zaken per OCMW", 1)
    doc.add_heading("3.1 Gent", 2)
    para(doc, "Bram Van Acker: de werkplaats is verhuisd; de nieuwe locatie is beter bereikbaar met de tram.")
    doc.add_heading("3.2 Luik", 2)
    para(doc, "Aïcha Ndiaye: een nieuwe groep voor deelnemers met gevorderde taalkennis is gestart; het creatief "
              "atelier stelt in december tentoon in het stadhuis.")
    doc.add_heading("3.3 Charleroi", 2)
    para(doc, "Kevin Lambot: de module loopt van september tot juni; 42 deelnemers ingeschreven, samen met Binche.")
    doc.add_heading("3.4 Brussel", 2)
    para(doc, "Olivier Vandenbroucke: veel wachtenden voor de taalcursus; de doorstroom naar opleiding (ISP) "
              "verloopt beter dan vorig jaar.")

    doc.add_heading("4. Workshop tevredenheidsmeting", 1)
    para(doc, "In kleine groepen (ter plaatse en online) werd de tevredenheidsenquête herschreven. Voorstellen: "
              "korte zinnen, pictogrammen met drie gezichtjes, één vraag per pagina, de enquête mondeling "
              "afnemen met een tolk of intercultureel bemiddelaar.")

    doc.add_heading("5. Afspraken", 1)
    for t in ["Actie Ruben Goossens: stuurt de nieuwe samenwerkingsovereenkomst naar Schoten.",
              "Actie POD MI: verzamelt de pictogrammen en maakt één gedeelde set voor alle OCMW's.",
              "Actie OCMW Edegem: test de vereenvoudigde enquête bij de groep van november.",
              "Actie Aïcha Ndiaye en Kevin Lambot: leveren de Franse versie van de pictogrammenlijst aan.",
              "Actie elk OCMW: bezorgt vóór 30 november de indicatoren van het eerste halfjaar."]:
        para(doc, t, style="List Bullet", space_after=0)
    para(doc, "")
    para(doc, [("Volgende bijeenkomst: ", {"b": True}),
               "voorjaar 2024, gastheer nog te bepalen (Brussel stelt zich kandidaat)."])
    save(doc, "753_mortsel_hybride.docx")


# ---------------------------------------------------------------- 754
def r754():
    """Aurélie Gillet (SPP): formal procès-verbal, approved at the following meeting."""
    doc = new_doc("Cambria", 11, "Aurélie Gillet", title="PV réseau FAMI 21.03.2024 – approuvé",
                  created=datetime.datetime(2024, 3, 28, 10, 0), margins=2.5)
    style_headings(doc, "Cambria", {1: 12, 2: 11})
    header_text(doc, "SPP Intégration Sociale – Réseau FAMI des CPAS", align=WD_ALIGN_PARAGRAPH.LEFT)
    footer_text(doc, "PV 21.03.2024 – version approuvée – page", with_page=True)

    para(doc, [("PROCÈS-VERBAL", {"b": True, "size": 16})], align=WD_ALIGN_PARAGRAPH.CENTER, space_after=0)
    para(doc, [("de la réunion du réseau FAMI du jeudi 21 mars 2024", {"size": 12})],
         align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, [("Lieu : ", {"b": True}), "CPAS de Liège, maison de l'activation sociale"])

    box = doc.add_table(rows=1, cols=1)
    box.style = doc.styles["Table Grid"]
    box.alignment = WD_TABLE_ALIGNMENT.CENTER
    shade(box.rows[0].cells[0], "F2F2F2")
    first_cell_par(box.rows[0].cells[0],
                   [("Procès-verbal approuvé lors de la réunion du 13 juin 2024, avec la modification demandée "
                     "par le CPAS de Gand au point III.2 (intégrée ci-dessous).", {"i": True})])
    para(doc, "")
    para(doc, [("Présidence : ", {"b": True}), "Aurélie Gillet (SPP IS) – ", ("Secrétariat : ", {"b": True}),
               "Nordine Bensaïd (SPP IS)"])
    para(doc, [("Présents", {"b": True})], space_after=2)
    table(doc, [["Nom", "Fonction", "Organisation"],
                ["Aurélie Gillet", "Attachée, coordination du réseau", "SPP IS"],
                ["Nordine Bensaïd", "Attaché", "SPP IS"],
                ["Françoise Lejeune", "Coordinatrice", "CPAS de Liège"],
                ["Grégory Delhez", "Animateur, atelier créatif", "CPAS de Liège"],
                ["Aïcha Ndiaye", "Assistante sociale, entretiens d'admission", "CPAS de Liège"],
                ["Kevin Lambot", "Coordinateur Activ'Up", "CPAS de Charleroi"],
                ["Didier Haulotte", "Chef de service", "CPAS de Binche"],
                ["Bram Van Acker", "Coördinator", "OCMW Gent"],
                ["Marie-Claire Kabongo", "Coordinatrice", "CPAS de Bruxelles"]], widths=[4.5, 6.5, 4.5], size=10)
    para(doc, "")
    para(doc, [("Excusés : ", {"b": True}), "Ruben Goossens (CPAS d'Anvers), Valérie Cornez (CPAS de Binche)"])
    para(doc, [("Ordre du jour", {"b": True})], space_after=2)
    for t in ["I.\tApprobation du procès-verbal de la réunion du 12 octobre 2023",
              "II.\tCommunications du SPP",
              "III.\tLe dispositif liégeois : entretien d'admission et contrats",
              "IV.\tIndicateurs 2023",
              "V.\tDivers"]:
        p = para(doc, t, space_after=0, indent=0.5)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(1.5))

    doc.add_heading("I. Approbation du procès-verbal du 12 octobre 2023", 1)
    para(doc, "Le procès-verbal de la réunion hybride du 12 octobre 2023 (Mortsel) est approuvé sans remarque.")

    doc.add_heading("II. Communications du SPP", 1)
    para(doc, "Le SPP informe le réseau que le rapport annuel 2023 reprendra les indicateurs communs prévus par le "
              "règlement (UE) 2021/1147. Il rappelle que les documents du projet sont conservés cinq ans à partir "
              "du 31 décembre de l'année du dernier paiement (article 82 du règlement (UE) 2021/1060).")

    doc.add_heading("III. Le dispositif liégeois", 1)
    doc.add_heading("III.1 Entretien d'admission et bilan d'orientation", 2)
    para(doc, "Aïcha Ndiaye présente l'entretien d'admission : analyse des besoins avec le client, bilan "
              "d'orientation (parcours, objectifs, motivation, obstacles) et proposition des modules adaptés. "
              "Le bilan est validé par la coordinatrice avant l'entrée en module.")
    doc.add_heading("III.2 Les trois contrats", 2)
    para(doc, "Françoise Lejeune rappelle que trois contrats sont signés par participant : avec l'assistant social, "
              "avec la personne chargée des entretiens d'admission et avec le responsable de chaque module suivi. "
              "Ils fixent les règles relatives au taux de présence et à la ponctualité.")
    para(doc, [("Modification approuvée le 13 juin 2024 : ", {"i": True}),
               ("le CPAS de Gand précise qu'il utilise un seul contrat en trois volets, et non trois contrats "
                "distincts.", {"i": True})])
    para(doc, [("Décision : ", {"b": True}),
               "le réseau retient le principe d'un engagement écrit du participant, sous la forme choisie par chaque CPAS."])

    doc.add_heading("IV. Indicateurs 2023", 1)
    para(doc, "Grégory Delhez et Kevin Lambot font part des difficultés à mesurer la progression d'un niveau "
              "CECR chez des participants peu alphabétisés. Le réseau constate que les chiffres 2023 sont "
              "incomplets pour deux CPAS.")

    doc.add_heading("V. Divers", 1)
    para(doc, "Le CPAS de Binche signale un nouveau local pour les ateliers communs avec Charleroi.")

    doc.add_heading("VI. Récapitulatif des actions", 1)
    table(doc, [["Responsable", "Action", "Échéance"],
                ["CPAS de Liège", "transmettra aux membres du réseau les modèles des trois contrats, anonymisés",
                 "30 avril 2024"],
                ["SPP IS", "adressera aux CPAS le canevas de rapportage des indicateurs 2024", "15 mai 2024"],
                ["Bram Van Acker", "présentera l'outil de suivi gantois lors de la prochaine réunion", "13 juin 2024"],
                ["Les CPAS", "communiqueront leurs indicateurs 2023 consolidés", "30 avril 2024"],
                ["Kevin Lambot et Didier Haulotte",
                 "établiront un calendrier commun pour les séances d'information", "13 juin 2024"]],
          widths=[4.5, 8.5, 3], head_fill="E7E6E6", size=10)
    para(doc, "")
    para(doc, "La prochaine réunion se tiendra le jeudi 13 juin 2024 à 10 heures au CPAS de Bruxelles.")
    para(doc, "")
    p = para(doc, "La présidente de séance,\tLe secrétaire,", space_after=0)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(10))
    p = para(doc, "Aurélie Gillet\tNordine Bensaïd")
    p.paragraph_format.tab_stops.add_tab_stop(Cm(10))
    save(doc, "754_pv_liege_mars2024.docx")


# ---------------------------------------------------------------- 755
def r755():
    """Aurélie Gillet (SPP) with Nathalie Dewez: bilingual report of the network day, with three annexes."""
    doc = new_doc("Calibri", 10.5, "Aurélie Gillet", title="Journée du réseau FAMI – AMIF-netwerkdag 2025",
                  created=datetime.datetime(2025, 6, 20, 15, 10))
    teal = RGBColor(0x00, 0x6D, 0x77)
    style_headings(doc, "Calibri", {1: 13, 2: 11}, color=teal)
    header_text(doc, "Vers une politique de migration plus intégrée, grâce au FAMI / "
                     "Naar een geïntegreerd migratiebeleid, dankzij het AMIF", color=teal)
    footer_text(doc, "SPP IS – POD MI | Journée du réseau – Netwerkdag 12.06.2025 |", with_page=True)

    nl = {"i": True, "color": GREY}

    def bi(fr, nl_text):
        para(doc, fr, space_after=2)
        para(doc, [(nl_text, nl)])

    para(doc, [("Journée du réseau FAMI – AMIF-netwerkdag", {"b": True, "size": 18, "color": teal})],
         align=WD_ALIGN_PARAGRAPH.CENTER, space_after=0)
    para(doc, [("12 juin 2025 – 12 juni 2025", {"size": 12})], align=WD_ALIGN_PARAGRAPH.CENTER, space_after=0)
    para(doc, "CPAS de Charleroi, Espace Activ'Up – en collaboration avec le CPAS de Binche",
         align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, [("Présents / Aanwezig : ", {"b": True}), "voir annexe 1 – zie bijlage 1"], space_after=0)
    para(doc, [("Interprétation simultanée FR/NL – Simultaanvertaling FR/NL : ", {"b": True}),
               "Marc Stassart, Irina Popescu"])
    para(doc, [("Programme – Programma", {"b": True})], space_after=2)
    table(doc, [["Heure – Uur", "Programme – Programma"],
                ["09h30 – 10h00", "Accueil – Onthaal"],
                ["10h00 – 10h30", "Mot de bienvenue du CPAS de Charleroi – Welkomstwoord OCMW Charleroi"],
                ["10h30 – 12h00", "Dix ans de projets FAMI : ce qui marche – Tien jaar AMIF-projecten: wat werkt"],
                ["12h00 – 13h00", "Lunch"],
                ["13h00 – 14h30", "Ateliers en sous-groupes – Workshops in subgroepen"],
                ["14h30 – 15h30", "Restitution et conclusions – Terugkoppeling en besluiten"]],
          widths=[3.2, 12.5], head_fill="D5ECEE", size=9.5)

    doc.add_heading("1. Accueil – Onthaal", 1)
    bi("Café et inscriptions à l'Espace Activ'Up. Les participants du module en cours ont préparé l'accueil.",
       "Koffie en registratie in de Espace Activ'Up. De deelnemers van de lopende module verzorgden het onthaal.")
    doc.add_heading("2. Mot de bienvenue – Welkomstwoord", 1)
    bi("Kevin Lambot et Didier Haulotte rappellent dix ans de collaboration entre Charleroi et Binche : "
       "modules de septembre à juin, ateliers communs, sorties socio-culturelles mensuelles.",
       "Kevin Lambot en Didier Haulotte blikken terug op tien jaar samenwerking tussen Charleroi en Binche: "
       "modules van september tot juni, gezamenlijke workshops, maandelijkse socio-culturele uitstappen.")
    doc.add_heading("3. Dix ans de projets FAMI – Tien jaar AMIF-projecten", 1)
    doc.add_heading("3.1 Ce qui marche – Wat werkt", 2)
    bi("Le travail intensif avec le public (presque tous les jours de la semaine), les liens entre agents et "
       "participants et entre participants, l'esprit de groupe à la fin d'un module.",
       "Intensief werken met de doelgroep (bijna elke dag van de week), de band tussen medewerkers en "
       "deelnemers en tussen deelnemers onderling, het groepsgevoel op het einde van een module.")
    doc.add_heading("3.2 À améliorer – Wat beter kan", 2)
    bi("La communication vers les participants (horaires qui changent, cours annulés), des horaires équilibrés "
       "entre anciens et nouveaux, planifier plus tôt, pas d'activités obligatoires sur des sujets sensibles.",
       "De communicatie naar deelnemers (wijzigende uurroosters, geschrapte lessen), evenwichtige roosters voor "
       "oude en nieuwe deelnemers, vroeger plannen, geen verplichte activiteiten over gevoelige thema's.")
    doc.add_heading("4. Ateliers – Workshops", 1)
    bi("Trois ateliers : A. recrutement et séances d'information ; B. enquête de satisfaction en langage simple ; "
       "C. conservation des documents et protection des données. Résultats en annexe 2.",
       "Drie workshops: A. werving en infosessies; B. tevredenheidsenquête in eenvoudige taal; C. bewaren van "
       "documenten en bescherming van persoonsgegevens. Resultaten in bijlage 2.")
    doc.add_heading("5. Conclusions et actions – Besluiten en acties", 1)
    bi("Le réseau décide de garder deux rencontres par an, dont une en format hybride avec interprétation.",
       "Het netwerk beslist twee bijeenkomsten per jaar te houden, waarvan één hybride met tolken.")
    table(doc, [["Qui – Wie", "Quoi – Wat", "Quand – Wanneer"],
                ["SPP IS – POD MI", "diffuse la synthèse des ateliers à tout le réseau / verspreidt de synthese van "
                                    "de workshops in het netwerk", "juillet – juli 2025"],
                ["CPAS de Binche – OCMW Binche", "accueille un groupe de participants de Charleroi pour une sortie "
                                                 "commune / ontvangt een groep deelnemers uit Charleroi voor een "
                                                 "gezamenlijke uitstap", "septembre – september 2025"],
                ["Lien Vandamme", "partage la version simplifiée de l'enquête de satisfaction / deelt de "
                                  "vereenvoudigde versie van de tevredenheidsenquête", "30.06.2025"],
                ["Chaque CPAS – Elk OCMW", "vérifie ses délais de conservation des dossiers / controleert de "
                                           "bewaartermijnen van zijn dossiers", "octobre – oktober 2025"],
                ["Samira Bouzid, Aïcha Ndiaye", "coordonnent un échange de pratiques sur l'entretien d'admission / "
                                                "coördineren een uitwisseling over het intakegesprek",
                 "octobre – oktober 2025"]],
          widths=[4, 9, 3], head_fill="D5ECEE", size=9.5)
    para(doc, "")
    para(doc, [("Prochaine rencontre – Volgende bijeenkomst : 16 octobre 2025 – 16 oktober 2025, OCMW Gent",
                {"b": True, "color": teal})])

    page_break(doc)
    doc.add_heading("Annexe 1 – Liste des participants – Deelnemerslijst", 1)
    rows = [["Nom – Naam", "Organisation – Organisatie", "Présent / Excusé – Aanwezig / Verontschuldigd"]]
    for n, o in [("Aurélie Gillet", "SPP IS – POD MI"), ("Nordine Bensaïd", "SPP IS – POD MI"),
                 ("Kevin Lambot", "CPAS Charleroi"), ("Samira Bouzid", "CPAS Charleroi"),
                 ("Nathalie Dewez", "CPAS Charleroi"), ("Didier Haulotte", "CPAS Binche"),
                 ("Valérie Cornez", "CPAS Binche"), ("Lien Vandamme", "OCMW Gent"),
                 ("Bram Van Acker", "OCMW Gent"), ("Aïcha Ndiaye", "CPAS Liège"),
                 ("Grégory Delhez", "CPAS Liège"), ("Ruben Goossens", "OCMW Antwerpen"),
                 ("Koen Wouters", "OCMW Edegem"), ("Dragan Petrović", "OCMW Mortsel"),
                 ("Leila Haddouchi", "CPAS Bruxelles – OCMW Brussel"),
                 ("Lotte Jacobs", "Agentschap Integratie en Inburgering (invitée – gast)"),
                 ("Marc Stassart", "Interprète – Tolk"), ("Irina Popescu", "Interprète – Tolk")]:
        rows.append([n, o, "Présent – Aanwezig"])
    for n, o in [("Marie-Claire Kabongo", "CPAS Bruxelles – OCMW Brussel"), ("Ellen Huybrechts", "OCMW Schoten"),
                 ("Françoise Lejeune", "CPAS Liège")]:
        rows.append([n, o, "Excusé(e) – Verontschuldigd"])
    table(doc, rows, widths=[4.5, 7, 4.5], head_fill="D5ECEE", size=9)

    page_break(doc)
    doc.add_heading("Annexe 2 – Résultats des ateliers – Resultaten van de workshops", 1)
    for title, points in [
        ("A. Recrutement – Werving", ["Lister les participants potentiels avec les AS, puis inviter à une séance "
                                      "d'information : compter qui vient (entonnoir).",
                                      "Relancer par SMS la veille de la séance."]),
        ("B. Enquête de satisfaction – Tevredenheidsenquête", ["Phrases courtes, pictogrammes, une question par page.",
                                                               "Faire passer l'enquête oralement avec un médiateur "
                                                               "interculturel."]),
        ("C. Conservation et données – Bewaren en gegevens", ["Cinq ans à partir du 31 décembre de l'année du "
                                                              "dernier paiement (art. 82, règlement (UE) 2021/1060).",
                                                              "Pas de données personnelles plus longtemps que "
                                                              "nécessaire ; droit d'accès (art. 15 RGPD)."])]:
        para(doc, [(title, {"b": True})], space_after=0, keep=True)
        for pt in points:
            para(doc, pt, style="List Bullet", space_after=0)
        para(doc, "")

    page_break(doc)
    doc.add_heading("Annexe 3 – Indicateurs communs 2024 – Gemeenschappelijke indicatoren 2024", 1)
    para(doc, [("(NL-versie van bijlage 3 volgt)", {"hl": WD_COLOR_INDEX.YELLOW})])
    table(doc, [["CPAS", "Participants aux activités de soutien", "dont cours de langue", "dont orientation civique",
                 "Progression d'au moins un niveau CECR"],
                ["Gent", "64", "41", "38", "17"],
                ["Liège", "71", "52", "44", "21"],
                ["Charleroi + Binche", "83", "49", "60", "19"],
                ["Antwerpen + partners", "92", "70", "55", "26"],
                ["Bruxelles", "[XX : chiffres de Bruxelles manquants]", "", "", ""]],
          widths=[3.5, 3.5, 3, 3, 3], head_fill="D5ECEE", size=9)
    save(doc, "755_journee_reseau_annexes.docx")


# ---------------------------------------------------------------- 756
def r756():
    """Lien Vandamme (Gent) writes the morning in Dutch, Françoise Lejeune (Liège) the afternoon in French."""
    doc = new_doc("Calibri", 11, "Lien Vandamme", title="verslag netwerk 5 feb 2026",
                  created=datetime.datetime(2026, 2, 6, 9, 30))
    doc.core_properties.last_modified_by = "Françoise Lejeune"
    style_headings(doc, "Calibri", {2: 12}, color=RGBColor(0x00, 0x5A, 0x9C))
    footer_text(doc, "OCMW Gent / CPAS Liège – verslag-rapport 05.02.2026", with_page=False)

    para(doc, [("Verslag netwerkbijeenkomst AMIF – Rapport rencontre réseau FAMI", {"b": True, "size": 14})],
         space_after=0)
    para(doc, "Gent, 5 februari 2026 – Gand, 5 février 2026")
    para(doc, [("Verslag: voormiddag Lien Vandamme (NL), namiddag Françoise Lejeune (FR)", {"i": True})])
    para(doc, [("[LV: lijst verontschuldigden nog checken met Aurélie]", {"color": RED})])

    para(doc, [("Aanwezig – Présents", {"b": True})], space_after=0)
    for n, o in [("Lien Vandamme", "OCMW Gent"), ("Bram Van Acker", "OCMW Gent"), ("Hatice Yilmaz", "OCMW Gent"),
                 ("Aurélie Gillet", "POD MI – SPP IS"), ("Françoise Lejeune", "CPAS Liège"),
                 ("Mehdi Amrani", "CPAS Liège"), ("Aïcha Ndiaye", "CPAS Liège"), ("Samira Bouzid", "CPAS Charleroi"),
                 ("Tine Van Roey", "OCMW Antwerpen"), ("Julien Mertens", "CPAS Bruxelles")]:
        p = para(doc, n + "\t" + o, space_after=0)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(5.5))
    para(doc, "")
    para(doc, [("Verontschuldigd – Excusés", {"b": True})], space_after=0)
    for n, o in [("Nordine Bensaïd", "POD MI – SPP IS"), ("Kevin Lambot", "CPAS Charleroi")]:
        p = para(doc, n + "\t" + o, space_after=0)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(5.5))
    para(doc, "")
    para(doc, [("Agenda", {"b": True})], space_after=0)
    for t in ["Verwelkoming en stand van zaken AMIF 2021-2027 (tussentijdse evaluatie)",
              "De Gentse werking van intake tot uitstroom",
              "Après-midi : atelier sur l'évaluation des participants",
              "Varia – Divers"]:
        para(doc, t, style="List Bullet", space_after=0)
    para(doc, [("Geen tolken: Mehdi en Bram vertaalden voor elkaar waar nodig.", {"i": True})])

    # --- Lien's part
    doc.add_heading("Verwelkoming", 2)
    para(doc, "Bram Van Acker verwelkomt iedereen in het nieuwe gebouw aan de Sint-Pietersnieuwstraat. Tien jaar "
              "na de eerste bijeenkomst in Gent zijn er nog drie mensen van het eerste uur aanwezig.")
    doc.add_heading("Stand van zaken programma", 2)
    para(doc, "Aurélie Gillet licht de tussentijdse evaluatie van het programma 2021-2027 toe. De POD verzamelt "
              "de indicatoren per semester; de cijfers van het tweede semester 2025 zijn volledig, behalve die "
              "van Antwerpen (uitstroom naar opleiding).")
    para(doc, [("Actie OCMW Antwerpen: ", {"b": True}), "bezorgt de cijfers over uitstroom naar opleiding."])
    para(doc, [("Actie POD MI: ", {"b": True}), "stuurt de timing van de tussentijdse evaluatie door."])
    doc.add_heading("De Gentse werking van intake tot uitstroom", 2)
    para(doc, "Hatice Yilmaz toont het traject: intakegesprek, oriëntatiebalans, individuele coaching, de "
              "werkplaats en, na gemiddeld acht maanden, een overstap naar een opleiding of werk. Het team "
              "bespreekt elke deelnemer op het teamoverleg.")

    # --- Françoise's part: other font, bold-underlined lettered headings
    def fl(parts, **kw):
        if isinstance(parts, str):
            parts = [(parts, {})]
        parts = [(t, dict(f, font="Arial", size=10)) for t, f in parts]
        return para(doc, parts, **kw)

    fl([("— Partie de l'après-midi (Françoise) —", {"i": True, "color": GREY})], align=WD_ALIGN_PARAGRAPH.CENTER)
    fl([("(Lien, peux-tu relire ma partie et corriger les noms néerlandais ?)", {"hl": WD_COLOR_INDEX.YELLOW})])
    fl([("a) Atelier sur l'évaluation des participants", {"b": True, "u": True})], keep=True)
    fl("En sous-groupes, nous avons comparé la manière dont chaque CPAS évalue les progrès des participants : "
       "discussion en réunion d'équipe à Liège, grille d'observation à Gand, entretien d'évaluation après six "
       "mois à Anvers. Tout le monde voudrait une grille commune, simple, avec peu d'écrit.")
    fl([("À faire : ", {"b": True}), ("Mehdi Amrani et Aïcha Ndiaye préparent une grille d'observation commune "
                                      "pour juin.", {})])
    fl([("b) Enquête de satisfaction", {"b": True, "u": True})], keep=True)
    fl("La version simplifiée (pictogrammes) est utilisée à Gand et à Charleroi. Bruxelles a besoin d'une "
       "version en arabe ; Tine signale que la version en dari d'Anvers peut être partagée.")
    fl([("À faire : ", {"b": True}), ("Julien Mertens envoie la traduction arabe du questionnaire.", {})])
    fl([("c) Divers", {"b": True, "u": True})], keep=True)
    fl("Samira rappelle la journée de juin avec les CPAS partenaires (Binche, Schoten, Edegem, Mortsel).")
    fl([("À faire : ", {"b": True}), ("??? – relancer les CPAS partenaires pour la journée de juin.", {})])
    fl("")
    fl([("Volgende bijeenkomst – Prochaine réunion : juin 2026, CPAS Bruxelles / OCMW Brussel", {"b": True})])
    save(doc, "756_gent_twee_schrijvers.docx")


if __name__ == "__main__":
    for fn in (r747, r748, r749, r750, r751, r752, r753, r754, r755, r756):
        fn()
