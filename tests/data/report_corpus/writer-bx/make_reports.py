# -*- coding: utf-8 -*-
"""Builds the ten meeting reports 767-776 of the AMIF network (writer-bx).

One function per report; each report is written as its own author would have written it in Word.
Run: ../venv/bin/python make_reports.py   (the .docx land next to this script)
The expected JSON files are NOT produced here: they were written by hand from reading the reports.
"""
import datetime
import os

from docx import Document
from docx.enum.section import WD_ORIENT  # noqa: F401  (kept for later layouts)
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_COLOR_INDEX
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

NAVY = RGBColor(0x1F, 0x3A, 0x68)
RED = RGBColor(0xC0, 0x00, 0x00)
GREY = RGBColor(0x59, 0x59, 0x59)
TEAL = RGBColor(0x00, 0x6E, 0x7F)


# --------------------------------------------------------------------------- helpers
def _set_font(style_or_font_holder, name):
    rpr = style_or_font_holder.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rfonts.set(qn(a), name)
    for a in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        if rfonts.get(qn(a)) is not None:
            del rfonts.attrib[qn(a)]


def new_doc(font, size, author, title, when, margins=2.5, heading_font=None, heading_color=None):
    d = Document()
    normal = d.styles["Normal"]
    normal.font.size = Pt(size)
    _set_font(normal, font)
    for sname in ("Heading 1", "Heading 2", "Heading 3", "Title", "List Bullet", "List Number"):
        st = d.styles[sname]
        _set_font(st, heading_font or font)
        if heading_color is not None and sname.startswith("Heading"):
            st.font.color.rgb = heading_color
    for s in d.sections:
        s.left_margin = s.right_margin = Cm(margins)
        s.top_margin = s.bottom_margin = Cm(2)
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    dt = datetime.datetime.combine(when, datetime.time(9, 0))
    cp.created = dt
    cp.modified = dt + datetime.timedelta(days=2, hours=5)
    cp.revision = 3
    return d


def p(container, parts="", style=None, align=None, after=None, before=None, indent=None, keep=False):
    """Add a paragraph. parts: a string or a list of (text, fmt) with fmt keys
    b, i, u, color, hl, size, font."""
    par = container.add_paragraph(style=style) if style else container.add_paragraph()
    if isinstance(parts, str):
        parts = [(parts, {})]
    for text, fmt in parts:
        r = par.add_run(text)
        if fmt.get("b"):
            r.bold = True
        if fmt.get("i"):
            r.italic = True
        if fmt.get("u"):
            r.underline = True
        if "color" in fmt:
            r.font.color.rgb = fmt["color"]
        if "hl" in fmt:
            r.font.highlight_color = fmt["hl"]
        if "size" in fmt:
            r.font.size = Pt(fmt["size"])
        if "font" in fmt:
            r.font.name = fmt["font"]
    pf = par.paragraph_format
    if align == "c":
        par.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        par.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "j":
        par.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if after is not None:
        pf.space_after = Pt(after)
    if before is not None:
        pf.space_before = Pt(before)
    if indent is not None:
        pf.left_indent = Cm(indent)
    if keep:
        pf.keep_with_next = True
    return par


def B(t):
    return (t, {"b": True})


def I(t):
    return (t, {"i": True})


def T(t):
    return (t, {})


def cell_text(cell, parts, align=None, shade=None):
    cell.paragraphs[0].text = ""
    par = cell.paragraphs[0]
    if isinstance(parts, str):
        parts = [(parts, {})]
    for text, fmt in parts:
        r = par.add_run(text)
        r.bold = bool(fmt.get("b"))
        r.italic = bool(fmt.get("i"))
        if "color" in fmt:
            r.font.color.rgb = fmt["color"]
        if "size" in fmt:
            r.font.size = Pt(fmt["size"])
    if align == "c":
        par.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if shade:
        tcpr = cell._tc.get_or_add_tcPr()
        tcpr.append(parse_xml(r'<w:shd %s w:val="clear" w:color="auto" w:fill="%s"/>' % (nsdecls("w"), shade)))


def table(container, rows, style="Table Grid", header=True, widths=None, shade=None, size=None):
    t = container.add_table(rows=len(rows), cols=len(rows[0]))
    if style:
        t.style = style
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            parts = val if isinstance(val, list) else [(val, {"b": header and i == 0})]
            if size:
                parts = [(tx, dict(f, size=size)) for tx, f in parts]
            cell_text(t.cell(i, j), parts, shade=shade if (header and i == 0) else None)
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    return t


def header_footer(d, head=None, foot=None, head_align="r", foot_align="c", page_number=False, size=8):
    s = d.sections[0]
    if head:
        hp = s.header.paragraphs[0]
        r = hp.add_run(head)
        r.font.size = Pt(size)
        r.font.color.rgb = GREY
        hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT if head_align == "r" else (
            WD_ALIGN_PARAGRAPH.CENTER if head_align == "c" else WD_ALIGN_PARAGRAPH.LEFT)
    if foot or page_number:
        fp = s.footer.paragraphs[0]
        if foot:
            r = fp.add_run(foot)
            r.font.size = Pt(size)
            r.italic = True
            r.font.color.rgb = GREY
        if page_number:
            if foot:
                fp.add_run("\t")
            fld = parse_xml(r'<w:fldSimple %s w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>' % nsdecls("w"))
            fp._p.append(fld)
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER if foot_align == "c" else WD_ALIGN_PARAGRAPH.LEFT


def heading(d, text, level, color=None, size=None, numbered=None):
    h = d.add_heading("", level)
    r = h.add_run(text)
    if color is not None:
        r.font.color.rgb = color
    if size:
        r.font.size = Pt(size)
    if numbered is not None:  # (numId, ilvl): real Word numbering, the number is not typed
        numpr = h._p.get_or_add_pPr().get_or_add_numPr()
        numpr.get_or_add_ilvl().val = numbered[1]
        numpr.get_or_add_numId().val = numbered[0]
    return h


def add_outline_numbering(d, num_id=90):
    """A multilevel list 1. / 1.1 for headings, as Word makes it with 'Define new multilevel list'."""
    numbering = d.part.numbering_part.element
    absnum = parse_xml(
        '<w:abstractNum %s w:abstractNumId="%d">'
        '<w:multiLevelType w:val="multilevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%%1."/>'
        '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="432" w:hanging="432"/></w:pPr></w:lvl>'
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%%1.%%2"/>'
        '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="576" w:hanging="576"/></w:pPr></w:lvl>'
        '</w:abstractNum>' % (nsdecls("w"), num_id))
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(absnum)
    else:
        numbering.append(absnum)
    numbering.append(parse_xml('<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>'
                               % (nsdecls("w"), num_id, num_id)))
    return num_id


def page_break(d):
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def save(d, name):
    d.save(os.path.join(HERE, name))
    print("wrote", name)


TAG_FR = "Vers une politique de migration plus intégrée, grâce au FAMI"
TAG_NL = "Naar een geïntegreerd migratiebeleid, dankzij het AMIF"


# --------------------------------------------------------------------------- 767
def r767():
    """Steering committee, Oct 2016. Pieter Vanhoutte (POD MI): bilingual FR then NL per section,
    people in an organisation table, agenda with time ranges and tabs, Heading styles with typed
    numbers, action table, interpreters."""
    d = new_doc("Calibri", 11, "Pieter Vanhoutte", "Comité de pilotage FAMI 13/10/2016",
                datetime.date(2016, 10, 14))
    header_footer(d, "POD Maatschappelijke Integratie | SPP Intégration Sociale",
                  TAG_FR + " – " + TAG_NL, page_number=False)
    p(d, [("[traduction NL à relire – NL-vertaling na te lezen]", {"i": True, "hl": WD_COLOR_INDEX.YELLOW})])
    p(d, [("Comité de pilotage FAMI – Stuurgroep AMIF", {"b": True, "size": 16, "color": NAVY})], align="c", after=2)
    p(d, [I("Rapport de la réunion – Verslag van de vergadering")], align="c", after=2)
    p(d, "13 octobre 2016 – 13 oktober 2016", align="c", after=2)
    p(d, "SPP Intégration Sociale, Bruxelles – salle 7.12", align="c", after=12)

    p(d, [B("Participants / Deelnemers")], keep=True)
    table(d, [
        ["Organisation / Organisatie", "Présents / Aanwezig", "Excusés / Verontschuldigd"],
        ["SPP IS / POD MI", "Véronique Lambotte (présidence / voorzitter), Pieter Vanhoutte (rapport / verslag), "
                            "Nadia El Khattabi", "–"],
        ["CPAS Gand / OCMW Gent", "Hilde Verstraete, Yusuf Demir", "–"],
        ["CPAS Liège / OCMW Luik", "Marie-Claire Jacquemin, Karim Benali", "–"],
        ["CPAS Charleroi / OCMW Charleroi", "Jean-Marc Delvaux", "Fatima Ouali"],
        ["CPAS Anvers / OCMW Antwerpen", "Els Peeters", "Mohamed Amrani"],
        ["CPAS Bruxelles / OCMW Brussel", "Isabelle Vandenberghe, Olivier Kabongo", "–"],
        ["Interprètes / Tolken", "Catherine Moreau, Dirk Willems", "–"],
    ], widths=[5, 7.5, 4], shade="D9E2F3", size=10)
    p(d, "", after=0)
    p(d, [B("Ordre du jour / Agenda")], keep=True)
    for line in [
        "10h00 – 10h15\tAccueil et approbation du rapport du 16 juin 2016 – Verwelkoming en goedkeuring van het "
        "verslag van 16 juni 2016",
        "10h15 – 11h00\tÉtat d'avancement des projets – Stand van zaken van de projecten",
        "11h00 – 11h45\tBudget 2017 et rapportage financier – Begroting 2017 en financiële rapportering",
        "11h45 – 12h15\tGroupes de travail : mandats – Werkgroepen: mandaten",
        "12h15 – 12h30\tDivers – Varia",
    ]:
        par = p(d, line, after=0, indent=4.0)
        par.paragraph_format.first_line_indent = Cm(-3.5)
        par.paragraph_format.tab_stops.add_tab_stop(Cm(4.0))
    p(d, [I("Interprétation simultanée FR/NL assurée par Catherine Moreau et Dirk Willems. – "
            "Simultaanvertaling FR/NL door Catherine Moreau en Dirk Willems.")], before=8)

    def fr_nl(fr, nl):
        p(d, fr, align="j", after=2)
        p(d, [I(nl)], align="j", after=8)

    heading(d, "1. Accueil et approbation du rapport – Verwelkoming en goedkeuring verslag", 1, size=13)
    fr_nl("Véronique Lambotte souhaite la bienvenue aux participants, en particulier à Isabelle Vandenberghe qui "
          "reprend la coordination du projet à Bruxelles. Le rapport de la réunion du 16 juin 2016 est approuvé "
          "sans modification.",
          "Véronique Lambotte verwelkomt de deelnemers, in het bijzonder Isabelle Vandenberghe die de coördinatie "
          "van het project in Brussel overneemt. Het verslag van de vergadering van 16 juni 2016 wordt zonder "
          "wijzigingen goedgekeurd.")
    heading(d, "2. État d'avancement des projets – Stand van zaken van de projecten", 1, size=13)
    heading(d, "2.1 Gand – Gent", 2)
    fr_nl("Le projet compte 38 participants actifs. Les entretiens d'admission sont désormais réalisés par Yusuf "
          "Demir. La liste d'attente pour le module de langue reste longue (une vingtaine de personnes).",
          "Het project telt 38 actieve deelnemers. De intakegesprekken worden voortaan door Yusuf Demir gevoerd. "
          "De wachtlijst voor de taalmodule blijft lang (een twintigtal personen).")
    heading(d, "2.2 Liège – Luik", 2)
    fr_nl("Le module « atelier créatif » a redémarré en septembre. Trois contrats sont signés par participant "
          "(assistant social, entretien d'admission, responsable de module). Karim Benali signale des difficultés "
          "pour trouver des interprètes en tigrinya.",
          "De module 'creatief atelier' is in september opnieuw gestart. Per deelnemer worden drie contracten "
          "ondertekend (maatschappelijk werker, intake, moduleverantwoordelijke). Karim Benali meldt dat het "
          "moeilijk is om tolken Tigrinya te vinden.")
    heading(d, "2.3 Charleroi", 2)
    fr_nl("Jean-Marc Delvaux présente les chiffres de recrutement du module 2 : 199 personnes retenues par les "
          "assistants sociaux, 60 présentes à la séance d'information (30 %). Le tableau budgétaire transmis en "
          "septembre contient une erreur de calcul.",
          "Jean-Marc Delvaux stelt de rekruteringscijfers van module 2 voor: 199 personen weerhouden door de "
          "maatschappelijk werkers, 60 aanwezig op de infosessie (30 %). De in september bezorgde begrotingstabel "
          "bevat een rekenfout.")
    heading(d, "2.4 Anvers – Antwerpen", 2)
    fr_nl("Els Peeters indique que le projet cherche des partenaires parmi les CPAS voisins (Schoten, Edegem, "
          "Mortsel). Les premiers contacts sont positifs.",
          "Els Peeters geeft aan dat het project partners zoekt bij de naburige OCMW's (Schoten, Edegem, Mortsel). "
          "De eerste contacten zijn positief.")
    heading(d, "2.5 Bruxelles – Brussel", 2)
    fr_nl("Olivier Kabongo explique que le recrutement passe par les antennes sociales ; 24 personnes ont eu un "
          "bilan d'orientation depuis juin.",
          "Olivier Kabongo legt uit dat de rekrutering via de sociale antennes verloopt; sinds juni kregen 24 "
          "personen een oriëntatiebalans.")
    heading(d, "3. Budget 2017 et rapportage financier – Begroting 2017 en financiële rapportering", 1, size=13)
    fr_nl("Nadia El Khattabi rappelle la clé de financement : FAMI 75 % des frais de personnel, SPP 15 %, CPAS 10 %. "
          "La question de savoir si les frais d'interprétation sociale sont éligibles reste ouverte.",
          "Nadia El Khattabi herinnert aan de financieringssleutel: AMIF 75 % van de personeelskosten, POD 15 %, "
          "OCMW 10 %. De vraag of de kosten voor sociaal tolken subsidiabel zijn, blijft open.")
    heading(d, "4. Groupes de travail : mandats – Werkgroepen: mandaten", 1, size=13)
    fr_nl("Le comité décide de créer deux groupes de travail : interprétation sociale (pilote : CPAS de Gand) et "
          "logement (pilote : CPAS de Charleroi). Chaque groupe fait rapport au comité de pilotage.",
          "Het comité beslist twee werkgroepen op te richten: sociaal tolken (trekker: OCMW Gent) en huisvesting "
          "(trekker: OCMW Charleroi). Elke werkgroep rapporteert aan de stuurgroep.")
    heading(d, "5. Divers – Varia", 1, size=13)
    fr_nl("Pas de point divers.", "Geen varia.")
    heading(d, "6. Actions – Acties", 1, size=13)
    table(d, [
        ["Action – Actie", "Qui – Wie", "Pour le – Tegen"],
        ["Envoyer le modèle de fiche projet aux CPAS – Het sjabloon van de projectfiche naar de OCMW's sturen",
         "SPP IS – POD MI", "31/10/2016"],
        ["Compléter et renvoyer la fiche projet – De projectfiche invullen en terugsturen",
         "Tous les CPAS – Alle OCMW's", "30/11/2016"],
        ["Proposer une date pour le premier GT interprétation – Een datum voorstellen voor de eerste WG tolken",
         "Hilde Verstraete", "15/11/2016"],
        ["Transmettre le tableau budgétaire corrigé – De gecorrigeerde begrotingstabel bezorgen",
         "CPAS Charleroi", "31/10/2016"],
        ["Vérifier l'éligibilité des frais d'interprétation sociale – De subsidiabiliteit van de tolkkosten nagaan",
         "Véronique Lambotte, Nadia El Khattabi", "prochaine réunion – volgende vergadering"],
    ], widths=[9.5, 4, 3], shade="D9E2F3", size=10)
    p(d, "", after=0)
    p(d, [B("Prochaine réunion – Volgende vergadering : "),
          T("jeudi 9 février 2017 – donderdag 9 februari 2017, 10h00, SPP IS.")], before=6)
    save(d, "767_comite_pilotage_2016.docx")


# --------------------------------------------------------------------------- 768
def r768():
    """Interpreting working group, March 2017, written by Yusuf Demir (OCMW Gent): Dutch, informal,
    people only in a sentence, agenda on one line, lettered bold headings, tasks in sentences with
    first names, next meeting without a date, two open notes."""
    d = new_doc("Arial", 10, "Yusuf Demir", "WG tolken 21-03-2017", datetime.date(2017, 3, 22), margins=2.2)
    p(d, [("Werkgroep sociaal tolken – verslag", {"b": True, "size": 14})], after=2)
    p(d, "Dinsdag 21 maart 2017, 13u30 – 16u00, OCMW Gent, Sociaal Huis, vergaderzaal 2", after=10)
    p(d, "Rond de tafel: Hilde Verstraete en ikzelf (Yusuf Demir) voor OCMW Gent, Els Peeters en Mohamed Amrani "
         "van OCMW Antwerpen, Wim Claes van OCMW Schoten en Karim Benali, die vanuit Luik naar Gent kwam. Sofie Baert "
         "van het Agentschap Integratie en Inburgering kwam het eerste punt toelichten. Olivier Kabongo (Brussel) en "
         "Laetitia Dubois (Charleroi) lieten zich verontschuldigen.")
    p(d, "Karim volgde de vergadering in het Nederlands; waar nodig vatte Hilde iets samen in het Frans. Er was geen "
         "tolk.")
    p(d, [B("Agenda: "), T("tolkenpool van het Agentschap – kostprijs per uur – ervaringen met videotolken – varia")],
      after=10)

    p(d, [B("A. Tolkenpool van het Agentschap")], before=6, keep=True)
    p(d, "Sofie Baert legt uit hoe een OCMW een sociaal tolk aanvraagt: minstens vijf werkdagen vooraf, kosteloos "
         "annuleren kan tot 48 uur vooraf. Voor Tigrinya en Dari zijn er te weinig tolken. Karim merkt op dat het aan "
         "Waalse kant anders georganiseerd is, via een vzw per provincie.")
    p(d, "Hilde bezorgt de lijst van erkende tolkendiensten per regio aan alle leden van de werkgroep.")
    p(d, [B("B. Kostprijs per uur")], before=6, keep=True)
    p(d, "Gent betaalt momenteel € ... per uur voor tolken ter plaatse (bedrag nog op te zoeken). Antwerpen rekent "
         "38 euro per uur voor telefonisch tolken (Els, klopt dit voor Antwerpen?). Schoten gebruikt bijna uitsluitend "
         "telefonisch tolken: korte afstanden, maar heel veel verschillende talen.")
    p(d, "Elk OCMW telt hoeveel tolkuren het in 2016 gebruikt heeft binnen het AMIF-project en mailt dat naar Yusuf "
         "vóór 15 april.")
    p(d, "Actie: ? – tarieven van de diensten naast elkaar zetten in één tabel.")
    p(d, [B("C. Videotolken: eerste ervaringen")], before=6, keep=True)
    p(d, "Antwerpen test sinds januari videotolken via tablet in twee sociale antennes. Positief: sneller "
         "beschikbaar, ook voor zeldzame talen. Negatief: de verbinding valt soms weg en sommige deelnemers (vooral "
         "ouderen) voelen zich niet op hun gemak voor een scherm. Mohamed vraagt bij de dienst ICT na of het systeem "
         "ook buiten de antennes gebruikt kan worden.")
    p(d, [B("D. Varia")], before=6, keep=True)
    p(d, "Wim vraagt of de tolkkosten van de partner-OCMW's via het project van Antwerpen kunnen lopen. Hilde neemt "
         "de vraag mee naar de stuurgroep.")
    p(d, "Yusuf stuurt een doodle rond voor de volgende bijeenkomst.")
    p(d, "Volgende bijeenkomst: juni 2017, in Antwerpen (datum via doodle).", before=8)
    p(d, "Yusuf", before=10)
    save(d, "768_wg_tolken_2017.docx")


# --------------------------------------------------------------------------- 769
def r769():
    """Housing working group, May 2018, written by Laetitia Dubois (CPAS Charleroi): formal PV, Times,
    people table mixing present and excused, agenda bullets with start times, Roman numerals and a)
    sub-headings (bold underlined lines), actions with arrows and initials after the task."""
    d = new_doc("Times New Roman", 12, "Laetitia Dubois", "PV GT Logement 24-05-2018",
                datetime.date(2018, 5, 25), margins=2.5)
    header_footer(d, "CPAS de Charleroi – Service Action Migrants", "GT Logement FAMI – PV du 24/05/2018",
                  page_number=True, size=9)
    p(d, [("Version provisoire", {"b": True, "color": RED})], align="r")
    p(d, [("Groupe de travail « Logement » – Réseau FAMI", {"b": True, "size": 15})], align="c", after=2)
    p(d, "Procès-verbal de la réunion du jeudi 24 mai 2018", align="c", after=10)
    p(d, [B("Lieu : "), T("CPAS de Charleroi, salle du Conseil")])
    table(d, [
        ["Nom", "Institution", "Présence"],
        ["Fatima Ouali", "CPAS de Charleroi", "Présente"],
        ["Laetitia Dubois", "CPAS de Charleroi", "Présente (PV)"],
        ["Didier Hanquet", "CPAS de Binche", "Excusé"],
        ["Christine Lemaire", "CPAS de Binche", "Présente"],
        ["Marie-Claire Jacquemin", "CPAS de Liège", "Présente"],
        ["Sophie Lejeune", "CPAS de Liège", "Présente"],
        ["Rachida Bouzid", "CPAS de Bruxelles", "Excusée"],
        ["Gilles Dethier", "CPAS de Bruxelles", "Présent"],
        ["Nadia El Khattabi", "SPP Intégration Sociale", "Présente"],
        ["Marc Delhaye", "Relais social de Charleroi (invité)", "Présent"],
    ], widths=[5, 7, 4], size=11)
    p(d, "", after=0)
    p(d, [("Ordre du jour :", {"b": True, "u": True})], keep=True)
    for line in ["9h30 : accueil et café",
                 "9h45 : tour de table – la situation du logement pour les participants",
                 "10h30 : présentation du Relais social (M. Delhaye)",
                 "11h15 : pistes de collaboration avec les agences immobilières sociales",
                 "12h00 : divers et clôture"]:
        p(d, line, style="List Bullet", after=0)

    def sect(t):
        p(d, [(t, {"b": True, "u": True})], before=12, keep=True)

    def sub(t):
        p(d, [(t, {"b": True, "i": True})], before=6, keep=True)

    def act(t):
        p(d, [("→ " + t, {"i": True})], indent=1)

    sect("I. Accueil")
    p(d, "Mme Ouali accueille les participants et rappelle le mandat du groupe, confié par le comité de pilotage en "
         "octobre 2016 : échanger les pratiques des CPAS pour aider les participants FAMI à trouver et à garder un "
         "logement décent.", align="j")
    sect("II. Tour de table")
    sub("a) Charleroi et Binche")
    p(d, "À Charleroi, sur les 47 participants du module 3, 19 sont en recherche de logement ou vivent dans un "
         "logement insalubre. Les propriétaires refusent souvent les personnes qui dépendent du revenu "
         "d'intégration. Binche fait le même constat, à plus petite échelle (6 participants concernés). Mme Lemaire "
         "signale que le CPAS de Binche dispose de deux logements d'insertion.", align="j")
    act("Dresser la liste des logements d'insertion et de transit disponibles dans chaque CPAS du réseau "
        "(chaque CPAS)")
    sub("b) Liège")
    p(d, "À Liège, la séance d'information « logement » (bail, garantie locative, état des lieux) est très demandée "
         "par les participants. Mme Lejeune propose de partager le support utilisé.", align="j")
    act("Envoyer le support de la séance « logement » aux membres du GT (SL)")
    sub("c) Bruxelles")
    p(d, [("[à compléter par Bruxelles]", {"hl": WD_COLOR_INDEX.YELLOW})])
    sect("III. Présentation du Relais social")
    p(d, "M. Delhaye présente le Relais social : coordination des acteurs de l'urgence sociale, capteurs logement, "
         "accompagnement post-hébergement. Il insiste sur l'intérêt d'orienter tôt les personnes menacées "
         "d'expulsion.", align="j")
    act("Organiser une rencontre entre les AS des antennes et le capteur logement du Relais social (FO)")
    sect("IV. Agences immobilières sociales (AIS)")
    p(d, "Les AIS ont de longues listes d'attente. Le groupe se demande si une convention pourrait réserver quelques "
         "logements aux participants FAMI. Mme El Khattabi rappelle que le FAMI ne peut pas financer de loyers.",
      align="j")
    act("Se renseigner auprès de l'AIS de la région du Centre sur une éventuelle convention (CPAS de Binche)")
    act("Vérifier si des frais d'accompagnement au logement sont éligibles au FAMI (SPP)")
    sect("V. Divers")
    p(d, "Liège et Binche proposent d'accueillir la prochaine réunion. Le groupe choisit Binche.", align="j")
    p(d, "La prochaine réunion du GT Logement aura lieu le jeudi 20 septembre 2018 à 9h30 au CPAS de Binche.",
      before=6)
    p(d, [I("Pour le PV, Laetitia Dubois")], align="r", before=12)
    save(d, "769_gt_logement_2018.docx")


# --------------------------------------------------------------------------- 770
def r770():
    """Placements working group, Nov 2019, written by Sarah Janssens (OCMW Antwerpen): Verdana,
    people table with merged group rows (on site / via Skype / excused) and initials, agenda table,
    Heading styles with real Word numbering, action table by initials, annex with a TODO."""
    d = new_doc("Verdana", 9, "Sarah Janssens", "Verslag WG stageplaatsen 07-11-2019",
                datetime.date(2019, 11, 8), margins=2.0, heading_color=TEAL)
    header_footer(d, "OCMW Antwerpen – AMIF-project", "Verslag WG stageplaatsen – 7/11/2019", head_align="l",
                  foot_align="l", page_number=True, size=7)
    num = add_outline_numbering(d)
    t = d.add_paragraph("Werkgroep stageplaatsen", style="Title")
    t.runs[0].font.size = Pt(20)
    p(d, "Verslag van donderdag 7 november 2019, 13.30 – 16.00 u.", after=0)
    p(d, "Locatie: Sociaal Huis Antwerpen, zaal Schelde (+ Skype for Business)", after=10)

    rows = [["Naam", "Initialen", "Organisatie"],
            ["Ter plaatse", "", ""],
            ["Sarah Janssens", "SJ", "OCMW Antwerpen (verslag)"],
            ["Bart Wouters", "BW", "OCMW Antwerpen"],
            ["Mohamed Amrani", "MA", "OCMW Antwerpen"],
            ["Els Peeters", "EP", "OCMW Antwerpen"],
            ["Nele Verhoeven", "NV", "OCMW Schoten"],
            ["Joke Van den Broeck", "JVdB", "OCMW Edegem"],
            ["Lotte Van Acker", "LVA", "OCMW Gent"],
            ["Koenraad Maes", "KM", "VDAB (gastspreker)"],
            ["Via Skype", "", ""],
            ["Tom Aerts", "TA", "OCMW Mortsel"],
            ["Pieter Vanhoutte", "PV", "POD MI"],
            ["Verontschuldigd", "", ""],
            ["Aylin Yilmaz", "", "OCMW Mortsel"],
            ["Wim Claes", "", "OCMW Schoten"]]
    tb = table(d, rows, style="Light List Accent 5", widths=[5.5, 2.5, 7], size=8)
    for i, row in enumerate(rows):
        if row[0] in ("Ter plaatse", "Via Skype", "Verontschuldigd"):
            m = tb.cell(i, 0).merge(tb.cell(i, 2))
            for extra in m.paragraphs[1:]:
                extra._p.getparent().remove(extra._p)
            cell_text(m, [(row[0], {"b": True, "i": True, "size": 8})], shade="DEEAF1")
    p(d, "", after=0)
    p(d, [B("Agenda")], keep=True)
    table(d, [["Uur", "Onderwerp", "Wie"],
              ["13.30 – 13.45", "Welkom en kennismaking", "SJ"],
              ["13.45 – 14.30", "Stages via VDAB: beroepsverkennende stages voor nieuwkomers", "Koenraad Maes"],
              ["14.30 – 15.15", "Stand van zaken stageplaatsen per OCMW", "allen"],
              ["15.15 – 15.45", "Verzekering en vergoeding van stagiairs", "BW"],
              ["15.45 – 16.00", "Afspraken en volgende vergadering", "SJ"]],
          style="Table Grid", widths=[3, 9.5, 3], shade="DEEAF1", size=8)

    H1 = lambda s: heading(d, s, 1, size=12, numbered=(num, 0))  # noqa: E731
    H2 = lambda s: heading(d, s, 2, size=10, numbered=(num, 1))  # noqa: E731
    H1("Welkom en kennismaking")
    p(d, "Sarah heet iedereen welkom, in het bijzonder Joke Van den Broeck (Edegem), die voor het eerst deelneemt, "
         "en Koenraad Maes van de VDAB. Tom Aerts en Pieter Vanhoutte volgen via Skype; het geluid viel twee keer "
         "weg.")
    H1("Stages via VDAB")
    p(d, "Koenraad Maes stelt de beroepsverkennende stage voor: een korte stage (max. 10 dagen) bij een werkgever, "
         "zonder vergoeding, met behoud van leefloon. Voor deelnemers met een laag taalniveau (A1) is begeleiding "
         "door een jobcoach nodig. Werkgevers vragen vooral duidelijkheid over de verzekering.")
    H1("Stand van zaken per OCMW")
    H2("Antwerpen")
    p(d, "12 deelnemers in stage, vooral in zorg, logistiek en horeca. Twee stages werden vroegtijdig stopgezet "
         "(stiptheid, kinderopvang).")
    H2("Schoten")
    p(d, "Drie stageplaatsen: bij het lokaal dienstencentrum en in de gemeentelijke werkplaats.")
    H2("Edegem")
    p(d, "Nog geen stages; eerst wordt de taalmodule afgerond. Edegem wil in het voorjaar starten.")
    H2("Mortsel")
    p(d, "Tom meldt twee stages in een kringloopwinkel. Hij vraagt of het model van stageovereenkomst van "
         "Antwerpen gedeeld kan worden.")
    H2("Gent")
    p(d, "Lotte vertelt dat Gent werkt met 'snuffelstages' van één week binnen de eigen diensten van het OCMW "
         "(keuken, onderhoud, onthaal).")
    H1("Verzekering en vergoeding")
    p(d, "Bart legt uit dat stagiairs verzekerd zijn via de polis van het OCMW (burgerlijke aansprakelijkheid en "
         "arbeidsongevallen) zolang de stage in een overeenkomst vastligt. Een vervoersvergoeding is mogelijk maar "
         "verschilt per OCMW. Pieter bevestigt dat vervoerskosten van deelnemers onder het AMIF-budget kunnen vallen "
         "als ze in de projectfiche voorzien zijn.")
    H1("Afspraken")
    table(d, [["Wat", "Wie", "Tegen"],
              ["Model van stageovereenkomst doorsturen naar alle partners", "SJ", "22/11"],
              ["Overzicht van verzekeringspolissen per OCMW opvragen en bundelen", "MA + EP", "15/12"],
              ["Contact opnemen met de VDAB-werkwinkel voor een infosessie in Edegem", "OCMW Edegem", "januari"],
              ["Bevestigen of vervoerskosten van deelnemers in de projectfiches opgenomen mogen worden", "POD MI",
               "15/12"],
              ["Nagaan of de kringloopwinkel extra stageplaatsen heeft", "TA", "volgende WG"]],
          style="Table Grid", widths=[10, 3, 2.5], shade="DEEAF1", size=8)
    H1("Volgende vergadering")
    p(d, "Dinsdag 4 februari 2020, 13.30 u., OCMW Mortsel.")
    page_break(d)
    heading(d, "Bijlage 1 – Lijst van stagegevers", 1, size=12)
    table(d, [["Stagegever", "Sector", "OCMW", "Plaatsen"],
              ["Woonzorgcentrum (Antwerpen-Noord)", "zorg", "Antwerpen", "4"],
              ["Distributiecentrum Haven", "logistiek", "Antwerpen", "5"],
              ["Sociaal restaurant", "horeca", "Antwerpen", "3"],
              ["Kringloopwinkel", "hergebruik", "Mortsel", "2"]],
          style="Table Grid", size=8)
    p(d, [("TODO: lijst nog aanvullen met de stagegevers van Schoten en Gent", {"hl": WD_COLOR_INDEX.YELLOW})],
      before=6)
    save(d, "770_wg_stageplaatsen_2019.docx")


# --------------------------------------------------------------------------- 771
def r771():
    """Satisfaction survey working group, June 2020, online with interpretation, by Nadia El Khattabi
    (SPP): Century Gothic, people grouped by organisation in label lines, agenda in Word list numbering
    with ranges, bold underlined headings numbered 1), to-do list with owner in bold first."""
    d = new_doc("Century Gothic", 10, "Nadia El Khattabi", "GT enquête de satisfaction 16/06/2020",
                datetime.date(2020, 6, 17), margins=2.3)
    header_footer(d, "SPP Intégration Sociale – Réseau FAMI", TAG_FR, size=8)
    p(d, [("GT « Enquête de satisfaction »", {"b": True, "size": 15, "color": NAVY})], after=2)
    p(d, [I("Réunion en ligne (Microsoft Teams) – mardi 16 juin 2020, 14h00-16h00")], after=10)
    p(d, [B("Présents :")], after=2)
    for org, names in [("SPP IS", "Nadia El Khattabi (rapport), Véronique Lambotte"),
                       ("CPAS de Gand", "Lotte Van Acker, Koen De Smet"),
                       ("CPAS de Liège", "Sophie Lejeune"),
                       ("CPAS de Charleroi", "Samira Haddouchi, Laetitia Dubois"),
                       ("CPAS d'Anvers", "Ilse Van Dyck"),
                       ("CPAS de Bruxelles", "Rachida Bouzid"),
                       ("Interprètes", "Catherine Moreau, Dirk Willems")]:
        p(d, [(org + " : ", {"u": True}), T(names)], after=0, indent=0.6)
    p(d, [B("Excusés : "), T("Christine Lemaire (CPAS de Binche), Bart Wouters (CPAS d'Anvers)")], before=6)
    p(d, [I("Interprétation simultanée FR/NL via la plateforme Interactio (interprètes : Catherine Moreau et Dirk "
            "Willems).")])
    p(d, [B("Ordre du jour :")], before=6, after=2)
    for line in ["14h00-14h15 Tour d'écran et nouvelles des projets (déconfinement)",
                 "14h15-15h00 Retours sur l'enquête de satisfaction actuelle",
                 "15h00-15h40 Proposition d'une version simplifiée",
                 "15h40-16h00 Traductions, calendrier et divers"]:
        p(d, line, style="List Number", after=0)

    def sect(t):
        p(d, [(t, {"b": True, "u": True, "color": NAVY})], before=12, keep=True)

    sect("1) Tour d'écran et nouvelles des projets")
    p(d, [T("Tous les CPAS ont repris progressivement les activités collectives depuis le 8 juin, en petits "
            "groupes : 3 participants + 1 formateur à Charleroi et à Liège, 4 + 1 à Gand. Anvers travaille encore "
            "surtout par téléphone et par WhatsApp. Bruxelles a prêté des tablettes à 15 participants. Charleroi a "
            "gardé le contact avec 52 participants sur 61 pendant le confinement "),
          ("[chiffres Charleroi à vérifier]", {"hl": WD_COLOR_INDEX.YELLOW}), T(".")], align="j")
    sect("2) Retours sur l'enquête actuelle")
    p(d, "L'enquête actuelle (une par module) est jugée trop longue et trop abstraite : des termes comme "
         "« autonomie », « compétences » ou « satisfait dans l'ensemble » ne sont pas compris par une partie du "
         "public, surtout les personnes peu ou pas alphabétisées. Les animateurs passent beaucoup de temps à "
         "expliquer les questions, ce qui influence les réponses. Rachida Bouzid souligne que l'enquête n'existe "
         "qu'en français et en néerlandais.", align="j")
    sect("3) Une version simplifiée proposée par Gand et Charleroi")
    p(d, "Lotte Van Acker et Samira Haddouchi présentent une version courte de huit questions, avec une échelle de "
         "trois smileys. Lors d'un test à Gand (11 personnes), les participants ont apprécié l'échelle visuelle. Le "
         "groupe retient cette piste ; la question sur l'intégration (« Cette activité m'aide à trouver ma place en "
         "Belgique ») est gardée telle quelle, car elle servira aux indicateurs du fonds.", align="j")
    sect("4) Traductions et calendrier")
    p(d, [T("Le SPP propose de faire traduire la version courte en arabe, dari, tigrinya et anglais. Calendrier "
            "visé : test en septembre, diffusion à tous les CPAS en octobre 2020. "),
          ("(NB Véronique : paragraphe à valider avant diffusion du rapport)", {"i": True, "color": RED})],
      align="j")
    sect("5) À faire")
    for owner, task in [("CPAS de Liège", "tester la version courte avec le groupe du module 2 en septembre"),
                        ("Lotte Van Acker et Samira Haddouchi", "compléter la version courte avec des pictogrammes"),
                        ("SPP", "faire traduire le questionnaire en arabe, dari, tigrinya et anglais"),
                        ("Tous les CPAS", "envoyer au SPP leurs remarques sur la version courte avant le 10 juillet"),
                        ("À désigner", "centraliser les résultats du test de septembre")]:
        p(d, [B(owner + " : "), T(task)], style="List Bullet", after=0)
    p(d, [I("Prochaine réunion du GT : en septembre 2020, date à fixer par Doodle.")], before=12)
    save(d, "771_gt_enquete_satisfaction_2020.docx")


# --------------------------------------------------------------------------- 772
def r772():
    """EU fund indicators working group, Sept 2022, hybrid, by Thomas Goossens (POD MI): Dutch with a
    French summary, people table with participation groups, agenda table, Heading styles with typed
    numbers without final dot, tasks with owner initials after a dash, draft mark."""
    d = new_doc("Calibri", 11, "Thomas Goossens", "WG AMIF-indicatoren 29-09-2022",
                datetime.date(2022, 9, 30), heading_font="Calibri")
    header_footer(d, "POD Maatschappelijke Integratie – AMIF 2021-2027", TAG_NL + " – " + TAG_FR,
                  page_number=True, size=8)
    p(d, [("ONTWERP v0.3", {"b": True, "color": RED})])
    t = d.add_paragraph("Werkgroep AMIF-indicatoren – Groupe de travail indicateurs FAMI", style="Title")
    t.runs[0].font.size = Pt(22)
    p(d, "Verslag – 29 september 2022 – hybride vergadering (POD MI, Brussel + Teams)", after=10)
    rows = [["Deelname", "Naam", "Organisatie"],
            ["Ter plaatse / Sur place", "Thomas Goossens", "POD MI (verslag)"],
            ["", "Véronique Lambotte", "POD MI"],
            ["", "Hilde Verstraete", "OCMW Gent"],
            ["", "Alain Pirard", "CPAS Liège"],
            ["", "Jean-Marc Delvaux", "CPAS Charleroi"],
            ["", "Gilles Dethier", "CPAS Bruxelles"],
            ["Online / En ligne", "Ilse Van Dyck", "OCMW Antwerpen"],
            ["", "Tom Aerts", "OCMW Mortsel"],
            ["", "Didier Hanquet", "CPAS Binche"],
            ["", "Kristof Declercq", "Verantwoordelijke Autoriteit AMIF (gast)"],
            ["Verontschuldigd / Excusés", "Marie-Claire Jacquemin", "CPAS Liège"],
            ["", "Mohamed Amrani", "OCMW Antwerpen"]]
    table(d, rows, style="Light Grid Accent 1", widths=[4.5, 5, 6.5], size=10)
    p(d, [I("Iedereen sprak zijn eigen taal, zonder tolken. Een Franse samenvatting staat onderaan.")], before=6)
    p(d, [B("Agenda")], keep=True)
    table(d, [["Tijdstip", "Punt"],
              ["10.00-10.15", "Welkom en doel van de werkgroep"],
              ["10.15-11.00", "De gemeenschappelijke indicatoren van Verordening (EU) 2021/1147"],
              ["11.00-11.45", "Wat tellen de OCMW's vandaag al?"],
              ["11.45-12.15", "Resultaatindicator: vraag aan de deelnemers"],
              ["12.15-12.30", "Afspraken"]], style="Table Grid", widths=[3, 13], size=10)

    heading(d, "1 Welkom en doel van de werkgroep", 1, size=14)
    p(d, "Thomas Goossens verwelkomt de deelnemers, ook Kristof Declercq van de Verantwoordelijke Autoriteit (VA), "
         "die online aansluit. De werkgroep moet tegen eind 2022 een gemeenschappelijke manier van tellen "
         "vastleggen, zodat de POD de jaarlijkse cijfers per OCMW kan optellen zonder dat er persoonsgegevens van "
         "deelnemers naar de POD gaan.")
    heading(d, "2 De gemeenschappelijke indicatoren", 1, size=14)
    p(d, "Kristof Declercq overloopt bijlage I van Verordening (EU) 2021/1147.")
    heading(d, "2.1 Outputindicatoren", 2)
    p(d, "Voor de OCMW-projecten zijn vooral de outputindicatoren over deelnemers aan ondersteunende activiteiten "
         "van belang, opgesplitst in taalcursus, maatschappelijke oriëntatie en persoonlijke professionele "
         "begeleiding. Een deelnemer die twee soorten activiteiten volgt, telt in beide rubrieken, maar slechts één "
         "keer in het totaal.")
    heading(d, "2.2 Resultaatindicatoren", 2)
    p(d, [T("Twee resultaatindicatoren zijn relevant: het aantal deelnemers aan een taalcursus dat bij het einde "
            "minstens één ERK-niveau (CEFR) hoger scoort, en het aantal deelnemers dat aangeeft dat de activiteit "
            "hen hielp bij hun integratie. "),
          ("[definitie 'einde van de activiteit' nog af te stemmen met de VA]", {"color": RED})])
    heading(d, "3 Wat tellen de OCMW's vandaag al?", 1, size=14)
    p(d, "Gent en Antwerpen registreren het taalniveau bij de intake, Liège en Charleroi enkel bij de start van de "
         "taalmodule, Bruxelles nog niet systematisch. Binche en Mortsel tellen via hun partner-OCMW. Niemand "
         "registreert vandaag systematisch het niveau bij het einde. Alain Pirard wijst erop dat een deel van het "
         "publiek niet gealfabetiseerd is; voor hen zegt een ERK-niveau weinig.")
    heading(d, "4 Resultaatindicator – vraag aan de deelnemers", 1, size=14)
    p(d, "De vraag wordt toegevoegd aan de vernieuwde tevredenheidsenquête. Hilde Verstraete stelt voor om de vraag "
         "mondeling te stellen, met een schaal in pictogrammen. Jean-Marc Delvaux vraagt hoe een onvolledig traject "
         "(drop-out) geteld wordt.")
    heading(d, "5 Afspraken", 1, size=14)
    for line in ["Het sjabloon voor de jaarlijkse indicatoren aanpassen aan de nieuwe definities – TG",
                 "Nagaan of het ERK-niveau bij de intake én bij het einde kan worden geregistreerd – alle OCMW's",
                 "Een voorstel van vraag voor de resultaatindicator uitwerken, in het Nederlands en het Frans – HV + AP",
                 "Verduidelijking vragen aan de VA over dubbeltellingen en drop-outs – POD MI",
                 "Een proefberekening maken over het eerste semester van 2022 – OCMW Antwerpen"]:
        p(d, line, style="List Bullet", after=0)
    heading(d, "6 Volgende vergadering", 1, size=14)
    p(d, "Donderdag 12 januari 2023, 10.00 u., online (Teams).")
    heading(d, "Résumé en français", 1, size=14)
    p(d, [I("Le groupe de travail a passé en revue les indicateurs communs du règlement (UE) 2021/1147. Les CPAS ne "
            "transmettront au SPP que des chiffres agrégés, jamais de données nominatives. Le niveau CECR des "
            "participants aux cours de langue sera enregistré à l'entrée et à la fin ; pour le public non "
            "alphabétisé, une autre mesure sera recherchée. La question sur l'intégration sera posée oralement, "
            "avec une échelle en pictogrammes. Les actions convenues figurent au point 5. Prochaine réunion : jeudi "
            "12 janvier 2023, 10h00, en ligne.")], align="j")
    save(d, "772_wg_indicatoren_2022.docx")


# --------------------------------------------------------------------------- 773
def r773():
    """Training day, March 2023, by Sophie Lejeune (CPAS Liège): Garamond, narrative, programme with
    tabs, unnumbered bold underlined headings with bold italic sub-headings, people only in an annex
    table, tasks in sentences, next training without a date, notes to a colleague."""
    d = new_doc("Garamond", 12, "Sophie Lejeune", "Journée de formation FAMI 14-03-2023",
                datetime.date(2023, 3, 16), margins=2.5)
    header_footer(d, "Réseau FAMI – Journée de formation du 14 mars 2023", None, page_number=True, size=9)
    p(d, [("Journée de formation du réseau FAMI", {"b": True, "size": 17})], align="c", after=2)
    p(d, [I("« Accompagner un public vulnérable : protection des données et approche sensible au trauma »")],
      align="c", after=2)
    p(d, "Mardi 14 mars 2023 – CPAS de Liège, salle polyvalente de la maison d'activation sociale", align="c",
      after=12)
    p(d, "Nous étions onze participants, venus de cinq CPAS et du SPP (liste en annexe), autour d'Hélène Gaspard, "
         "formatrice indépendante. Pas d'interprétation prévue : les deux collègues de Gand ont suivi en français, "
         "avec l'aide de leurs voisins de table quand c'était nécessaire.", align="j")
    p(d, [B("Programme de la journée :")], before=6, after=2)
    for line in ["9h00\tAccueil",
                 "9h30 – 12h30\tModule 1 : protection des données et secret professionnel",
                 "12h30\tRepas à la ferme du CPAS",
                 "13h30 – 16h00\tModule 2 : approche sensible au trauma",
                 "16h00 – 16h30\tÉvaluation de la journée"]:
        par = p(d, line, after=0, indent=4.3)
        par.paragraph_format.first_line_indent = Cm(-3.8)
        par.paragraph_format.tab_stops.add_tab_stop(Cm(4.3))

    def sect(t):
        p(d, [(t, {"b": True, "u": True, "size": 13})], before=14, keep=True)

    def sub(t):
        p(d, [(t, {"b": True, "i": True})], before=6, keep=True)

    sect("Matinée – Protection des données")
    p(d, "Hélène Gaspard a commencé par rappeler que chaque CPAS reste responsable des données de ses propres "
         "participants : ni les autres CPAS ni le SPP ne doivent recevoir de noms.", align="j")
    sub("Ce que dit le RGPD")
    p(d, "Les données ne peuvent pas être gardées plus longtemps que nécessaire (article 5, 1, e) et toute personne "
         "peut demander à voir ce que le CPAS détient sur elle (article 15). Pour les pièces du projet FAMI, la règle "
         "de conservation est de cinq ans à partir du 31 décembre de l'année du dernier paiement, ce qui a surpris "
         "plusieurs collègues. Les données sur la santé, la nationalité ou la situation familiale demandent une "
         "prudence particulière.", align="j")
    sub("Cas pratiques")
    p(d, "En petits groupes, nous avons analysé trois situations : un groupe WhatsApp de participants créé par un "
         "animateur, une liste de présences envoyée à un partenaire externe, une photo de groupe publiée sur "
         "Facebook. Conclusion commune : toujours se demander qui a besoin de quelle information, et pourquoi.",
      align="j")
    sect("Après-midi – Approche sensible au trauma")
    p(d, "L'après-midi a porté sur l'accueil de personnes qui ont vécu des événements traumatisants (exil, "
         "violences, détention).", align="j")
    sub("Repères")
    p(d, "Hélène Gaspard a donné quelques repères : prévisibilité (horaires stables, prévenir des changements), "
         "choix laissé à la personne, pas de questions intrusives sur le parcours d'exil, attention aux signes de "
         "stress. Cela rejoint un point soulevé depuis longtemps dans le réseau : ne pas rendre obligatoires des "
         "activités sur des sujets sensibles.", align="j")
    sub("Exercice en sous-groupes")
    p(d, [("[photos à insérer]", {"color": GREY})])
    p(d, [("(Karim, tu peux compléter la partie sur l'exercice de l'après-midi ?)",
           {"i": True, "hl": WD_COLOR_INDEX.BRIGHT_GREEN})])
    sect("Évaluation")
    p(d, "Tour de table très positif. Points forts : le mélange de théorie et de cas concrets, les échanges entre "
         "CPAS. À améliorer : la journée était trop courte pour le module 2, et les collègues néerlandophones "
         "souhaitent une édition en néerlandais.", align="j")
    sect("Suites")
    p(d, "Hélène Gaspard enverra le support de formation à Sophie Lejeune pour la fin mars. Sophie Lejeune "
         "diffusera ensuite le support à tous les participants.", align="j")
    p(d, "Le SPP étudiera la possibilité d'une seconde journée en néerlandais, à Gand.", align="j")
    p(d, "Chaque CPAS vérifiera qui, dans son équipe, a accès aux listes de participants.", align="j")
    p(d, [I("Prochaine journée de formation : à l'automne 2023, thème à choisir par le comité de pilotage.")],
      before=8)
    page_break(d)
    p(d, [("Annexe 1 – Liste des participants", {"b": True, "u": True, "size": 13})], after=8)
    table(d, [["Nom", "Organisation", "Rôle"],
              ["Hélène Gaspard", "formatrice indépendante", "formatrice"],
              ["Sophie Lejeune", "CPAS de Liège", "organisation"],
              ["Karim Benali", "CPAS de Liège", "participant"],
              ["Alain Pirard", "CPAS de Liège", "participant"],
              ["Marie-Claire Jacquemin", "CPAS de Liège", "participante"],
              ["Samira Haddouchi", "CPAS de Charleroi", "participante"],
              ["Christine Lemaire", "CPAS de Binche", "participante"],
              ["Rachida Bouzid", "CPAS de Bruxelles", "participante"],
              ["Olivier Kabongo", "CPAS de Bruxelles", "participant"],
              ["Lotte Van Acker", "CPAS de Gand", "participante"],
              ["Koen De Smet", "CPAS de Gand", "participant"],
              ["Thomas Goossens", "SPP Intégration Sociale", "participant"]],
          style="Table Grid", widths=[5.5, 6, 4], size=11)
    p(d, [B("Excusés : "), T("Laetitia Dubois (CPAS de Charleroi), Gilles Dethier (CPAS de Bruxelles).")], before=8)
    save(d, "773_journee_formation_2023.docx")


# --------------------------------------------------------------------------- 774
def r774():
    """Peer visit Gent -> Brussel, April 2024, by Koen De Smet (OCMW Gent): Trebuchet, people grouped by
    role (visitors / hosts), programme bullets with 9u30 times, bold headings '1 – ...' with italic
    sub-headings 4.1, a 'Wie | Wat' table with first names, tentative next visit, review notes."""
    d = new_doc("Trebuchet MS", 10, "Koen De Smet", "Uitwisselingsbezoek Brussel 23-04-2024",
                datetime.date(2024, 4, 25), margins=2.2)
    header_footer(d, "OCMW Gent – AMIF-project Samen Vooruit", None, head_align="l", size=8)
    p(d, [("NOG NALEZEN DOOR LOTTE", {"b": True, "color": RED})])
    p(d, [("Uitwisselingsbezoek OCMW Gent bij CPAS Brussel", {"b": True, "size": 14})], after=2)
    p(d, "Dinsdag 23 april 2024 – CPAS de Bruxelles, antenne sociale Marolles", after=10)
    p(d, [B("Bezoekers (OCMW Gent): "), T("Koen De Smet (verslag), Lotte Van Acker, Yusuf Demir")], after=0)
    p(d, [B("Gastheren (CPAS Brussel): "), T("Olivier Kabongo, Rachida Bouzid, Isabelle Vandenberghe")], after=0)
    p(d, [B("Verontschuldigd: "), T("Hilde Verstraete (OCMW Gent)")], after=8)
    p(d, [B("Programma van de dag:")], after=2)
    for line in ["9u30 onthaal met koffie",
                 "10u00-12u00 voorstelling van het Brusselse project en rondleiding",
                 "12u00-13u00 lunch met deelnemers",
                 "13u00-15u00 uitwisseling over huisvesting en intake",
                 "15u00 afsluiting"]:
        p(d, line, style="List Bullet", after=0)

    def sect(t):
        p(d, [(t, {"b": True, "size": 11, "color": TEAL})], before=12, keep=True)

    def sub(t):
        p(d, [(t, {"b": True, "i": True})], before=4, keep=True)

    sect("1 – Ontvangst en rondleiding")
    p(d, [T("Olivier Kabongo ontving ons in de antenne in de Marollen. Hij gaf de rondleiding in het Nederlands; "
            "Rachida en Isabelle spraken Frans, Lotte en Yusuf vertaalden af en toe voor elkaar. Het project heeft "
            "twee groepslokalen en een kleine computerruimte. "), ("(foto's nog toe te voegen)", {"i": True})])
    sect("2 – Het Brusselse project")
    p(d, "Het Brusselse project werkt met een individueel traject van gemiddeld negen maanden, collectieve "
         "workshops (twee keer per week) en maandelijkse uitstappen. Sinds 2023 is er een aparte groep voor jonge "
         "moeders, met kinderopvang ter plaatse. Isabelle Vandenberghe legde uit dat de groepen sinds de "
         "coronaperiode klein gebleven zijn (maximaal 8 deelnemers), omdat dat beter werkt voor laaggeletterden.")
    sect("3 – Lunch met deelnemers")
    p(d, "We aten samen met zes deelnemers, die ons vertelden over hun zoektocht naar een woning en naar werk. Voor "
         "de privacy hebben we geen namen genoteerd.")
    sect("4 – Uitwisseling over huisvesting en intake")
    sub("4.1 Huisvesting")
    p(d, "Brussel werkt samen met een sociaal verhuurkantoor en heeft een vaste maatschappelijk werker voor "
         "huisvestingsvragen. Gent heeft dat niet; wij verwijzen door naar het Woonloket.")
    sub("4.2 Intake en oriëntatiebalans")
    p(d, "In Brussel bestaat de intake uit twee gesprekken: het eerste over de situatie en de noden, het tweede over "
         "de doelen en de modules (de oriëntatiebalans). De coördinator keurt de balans goed of stuurt ze terug "
         "naar de intaker. In Gent gebeurt alles in één gesprek.")
    sect("5 – Wat nemen we mee naar Gent?")
    for line in ["een tweede intakegesprek voor wie veel stressfactoren heeft",
                 "kinderopvang tijdens de groepsmomenten bekijken",
                 "meer tijd voor informele momenten (de lunch werkte heel goed)"]:
        p(d, line, style="List Bullet", after=0)
    sect("6 – Afspraken")
    table(d, [["Wie", "Wat"],
              ["Lotte", "stuurt de Brusselse collega's onze intakeleidraad en de Gentse oriëntatiebalans"],
              ["Olivier + Rachida", "bezorgen de fiche van hun huisvestingsmodule (in het Frans)"],
              ["OCMW Gent", "nodigt het Brusselse team uit voor een tegenbezoek in het najaar"],
              ["Yusuf", "bespreekt het voorstel van een tweede intakegesprek op het teamoverleg van mei"],
              ["?", "zoekt uit of deelnemers van beide projecten elkaar kunnen ontmoeten"]],
          style="Light Shading Accent 1", widths=[3.5, 12.5], size=10)
    p(d, [B("Tegenbezoek in Gent: "), T("voorlopig donderdag 17 oktober 2024.")], before=10)
    save(d, "774_uitwisselingsbezoek_brussel_2024.docx")


# --------------------------------------------------------------------------- 775
def r775():
    """Online intervision, Feb 2025, by Samira Haddouchi (CPAS Charleroi): Aptos, participants as a
    bullet list with tabs, 'néant' for excused, typed numbered agenda without times, Heading 2 without
    numbers, follow-ups with initials in square brackets, no open notes."""
    d = new_doc("Aptos", 11, "Samira Haddouchi", "Intervision en ligne 11/02/2025",
                datetime.date(2025, 2, 11), margins=2.5)
    header_footer(d, None, "Confidentiel – usage interne au réseau FAMI", size=8)
    t = d.add_paragraph("Intervision en ligne – réseau FAMI", style="Title")
    t.runs[0].font.size = Pt(24)
    p(d, "Mardi 11 février 2025, 10h00 – 11h30, Microsoft Teams", after=2)
    p(d, [B("Animation et prise de notes : "), T("Samira Haddouchi (CPAS de Charleroi)")], after=8)
    p(d, [B("Participaient à l'intervision :")], after=2)
    for name, org in [("Alain Pirard", "CPAS de Liège (cas présenté)"),
                      ("Sophie Lejeune", "CPAS de Liège"),
                      ("Ilse Van Dyck", "CPAS d'Anvers"),
                      ("Gilles Dethier", "CPAS de Bruxelles"),
                      ("Christine Lemaire", "CPAS de Binche"),
                      ("Aurélie Mertens", "SPP Intégration Sociale (observatrice)")]:
        par = p(d, name + "\t" + org, style="List Bullet", after=0)
        par.paragraph_format.tab_stops.add_tab_stop(Cm(5))
    p(d, [B("Excusé(e)s : "), T("néant")], before=6)
    p(d, [B("Déroulement :")], before=6, after=2)
    for line in ["1. Météo du jour", "2. Présentation du cas (Alain)", "3. Questions de clarification",
                 "4. Pistes et hypothèses", "5. Ce que chacun retient"]:
        p(d, line, after=0, indent=0.6)
    p(d, [I("Rappel de la règle : le cas est présenté sans nom ni détail qui permette d'identifier la personne "
            "(Mme A.).")], before=8)

    H = lambda s: heading(d, s, 2, size=13)  # noqa: E731
    H("Météo")
    p(d, "Ambiance plutôt fatiguée : fin des modules d'hiver, beaucoup de demandes de logement. Gilles signale que "
         "l'équipe bruxelloise tourne à deux personnes sur quatre jusqu'en avril.")
    H("Le cas")
    p(d, "Alain présente la situation de Mme A., 43 ans, en Belgique depuis deux ans, inscrite au module 1 depuis "
         "septembre. Elle vient régulièrement mais ne participe presque pas, quitte parfois le groupe en pleurs et a "
         "refusé la sortie au musée. Son AS soupçonne un vécu traumatique ; Mme A. refuse pour l'instant toute "
         "orientation vers un service de santé mentale. Question d'Alain au groupe : comment la garder dans le "
         "projet sans la brusquer ?")
    H("Questions de clarification")
    for line in ["Parle-t-elle avec un membre du groupe en particulier ? – Oui, avec une voisine qui parle la même "
                 "langue.",
                 "A-t-elle un interprète lors des entretiens individuels ? – Non, les entretiens se font en "
                 "français simple.",
                 "Le module 1 a-t-il des activités obligatoires ? – La sortie mensuelle est présentée comme "
                 "obligatoire."]:
        p(d, line, style="List Bullet", after=0)
    H("Pistes")
    for line in ["Prévoir un entretien individuel avec un interprète social, pour qu'elle puisse dire dans sa langue "
                 "ce dont elle a besoin.",
                 "Ne plus présenter les sorties comme obligatoires (point déjà soulevé dans le réseau).",
                 "Lui proposer un rôle concret dans le groupe (Christine : à Binche, une participante s'occupe du "
                 "café et cela l'a beaucoup aidée).",
                 "Garder le lien avec l'AS et respecter son rythme ; l'orientation vers la santé mentale peut venir "
                 "plus tard. Ilse mentionne les équipes de santé mentale qui travaillent avec des interprètes, comme "
                 "à Anvers."]:
        p(d, line, style="List Bullet", after=0)
    H("Ce que chacun retient")
    for line in ["Sophie : « le choix, toujours laisser le choix »",
                 "Gilles : « le café de Binche »",
                 "Aurélie : la question des activités obligatoires mérite d'être reprise au niveau du réseau",
                 "Alain : « je repars avec trois idées concrètes »"]:
        p(d, line, after=0, indent=0.6)
    H("Suites")
    for line in ["Organiser un entretien avec interprète pour Mme A. et faire le point à la prochaine intervision [AP]",
                 "Envoyer au groupe la liste des services de santé mentale qui travaillent avec des interprètes [IVD]",
                 "Mettre la question des activités obligatoires à l'ordre du jour du prochain comité de pilotage [AM]",
                 "Présenter un cas lors de la prochaine séance [?]"]:
        p(d, line, style="List Bullet", after=0)
    p(d, [B("Prochaine intervision : "), T("mardi 11 mars 2025, 10h00 – 11h30, sur Teams (lien dans l'invitation).")],
      before=10)
    save(d, "775_intervision_en_ligne_2025.docx")


# --------------------------------------------------------------------------- 776
def r776():
    """Closing meeting of the 2023-2026 project period, June 2026, by Aurélie Mertens (SPP): Arial,
    coloured Heading styles with typed numbers and bilingual titles, FR | NL two-column tables under
    each heading, seed-like 'Présents / Aanwezig' lines, agenda table, actions in sentences, curly
    apostrophes, interpreters, draft mark."""
    d = new_doc("Arial", 10, "Aurélie Mertens", "Réunion de clôture 2023-2026", datetime.date(2026, 6, 19),
                margins=2.0, heading_color=NAVY)
    s = d.sections[0]
    hp = s.header.paragraphs[0]
    hp.text = "POD | Maatschappelijke Integratie\tSPP | Intégration Sociale"
    for r in hp.runs:
        r.font.size = Pt(8)
        r.font.color.rgb = GREY
    fp = s.footer.paragraphs[0]
    r = fp.add_run(TAG_NL + "\n" + TAG_FR)
    r.italic = True
    r.font.size = Pt(8)
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER

    p(d, [("PROJET v2 – ONTWERP v2", {"b": True, "hl": WD_COLOR_INDEX.YELLOW})], align="r")
    p(d, [("Réunion de clôture de la période de projet 2023-2026 – Slotbijeenkomst projectperiode 2023-2026",
           {"b": True, "size": 14, "color": NAVY})], align="c", after=2)
    p(d, "Rapport – Verslag", align="c", after=2)
    p(d, "18 juin 2026 – 18 juni 2026", align="c", after=2)
    p(d, "SPP Intégration Sociale, Bruxelles – POD Maatschappelijke Integratie, Brussel", align="c", after=10)
    p(d, [B("Présents / Aanwezig : "),
          T("Aurélie Mertens (SPP IS-MI), Thomas Goossens (SPP IS-MI), Véronique Lambotte (SPP IS-MI), Hilde "
            "Verstraete (CPAS Gand), Lotte Van Acker (CPAS Gand), Alain Pirard (CPAS Liège), Sophie Lejeune (CPAS "
            "Liège), Samira Haddouchi (CPAS Charleroi), Christine Lemaire (CPAS Binche), Ilse Van Dyck (CPAS "
            "Anvers), Nele Verhoeven (CPAS Schoten), Joke Van den Broeck (CPAS Edegem), Tom Aerts (CPAS Mortsel), "
            "Isabelle Vandenberghe (CPAS Bruxelles), Gilles Dethier (CPAS Bruxelles)")], align="j")
    p(d, [B("Interprètes / Tolken : "), T("Catherine Moreau, Dirk Willems")])
    p(d, [B("Excusés / Verontschuldigd : "),
          T("Jean-Marc Delvaux (CPAS Charleroi), Yusuf Demir (CPAS Gand), Aylin Yilmaz (CPAS Mortsel)")], after=8)
    table(d, [["Heure – Uur", "Point – Punt"],
              ["09:30 - 10:00", "Accueil – Onthaal"],
              ["10:00 - 11:00", "Bilan chiffré de la période 2023-2026 – Cijfermatige balans van de periode "
                                "2023-2026"],
              ["11:00 - 12:00", "Ce que nous retenons : forces et points à améliorer – Wat we onthouden: sterke "
                                "punten en werkpunten"],
              ["12:00 - 12:30", "Clôture administrative et archivage – Administratieve afsluiting en archivering"],
              ["12:30 - 13:00", "Suites et mot de fin – Vervolg en slotwoord"]],
          style="Medium Shading 1 Accent 1", widths=[3.2, 13.8], size=9)

    def two(fr, nl):
        t = d.add_table(rows=1, cols=2)
        t.style = "Table Grid"
        cell_text(t.cell(0, 0), fr if isinstance(fr, list) else [T(fr)])
        cell_text(t.cell(0, 1), [I(nl)])
        for row in t.rows:
            row.cells[0].width = Cm(8.5)
            row.cells[1].width = Cm(8.5)

    heading(d, "1. Accueil / Onthaal", 1, size=13)
    two("Véronique Lambotte remercie les équipes pour ces trois années de travail et rappelle que c’est la "
        "dernière réunion du réseau dans sa forme actuelle. Elle salue la présence des trois CPAS partenaires "
        "d’Anvers.",
        "Véronique Lambotte dankt de teams voor drie jaar werk en herinnert eraan dat dit de laatste bijeenkomst "
        "van het netwerk in zijn huidige vorm is. Ze verwelkomt de drie partner-OCMW’s van Antwerpen.")
    heading(d, "2. Bilan chiffré / Cijfermatige balans", 1, size=13)
    two([T("Thomas Goossens présente les indicateurs consolidés. Sur la période, les cinq projets ont accompagné "
           "1 148 participants "), ("[chiffres définitifs à insérer après validation]", {"b": True, "color": RED}),
         T(". 61 % ont suivi un cours de langue, 74 % une orientation civique, 38 % un accompagnement professionnel "
           "personnalisé. Parmi les participants aux cours de langue évalués à l’entrée et à la sortie, 46 % ont "
           "progressé d’au moins un niveau du CECR. 82 % des participants interrogés disent que l’activité les a "
           "aidés dans leur intégration.")],
        "Thomas Goossens stelt de geconsolideerde indicatoren voor. Over de hele periode begeleidden de vijf "
        "projecten 1 148 deelnemers. 61 % volgde een taalcursus, 74 % maatschappelijke oriëntatie, 38 % persoonlijke "
        "professionele begeleiding. Van de deelnemers aan een taalcursus die bij de start en op het einde getest "
        "werden, ging 46 % minstens één ERK-niveau vooruit. 82 % van de bevraagde deelnemers zegt dat de activiteit "
        "hen hielp bij hun integratie.")
    heading(d, "3. Forces et points à améliorer / Sterke punten en werkpunten", 1, size=13)
    heading(d, "3.1 Forces / Sterke punten", 2, size=11)
    two("Le travail intensif avec le public, presque tous les jours ; les liens entre équipes et participants ; "
        "l’esprit de groupe en fin de module ; les visites entre pairs et les intervisions en ligne, jugées très "
        "utiles par les équipes.",
        "Het intensieve werk met het publiek, bijna elke dag; de band tussen teams en deelnemers; de groepsgeest op "
        "het einde van een module; de uitwisselingsbezoeken en de online intervisies, die de teams erg nuttig "
        "vonden.")
    heading(d, "3.2 Points à améliorer / Werkpunten", 2, size=11)
    two("La communication vers les participants quand les horaires changent ; l’enquête de satisfaction, encore "
        "trop abstraite malgré la version courte ; les procédures administratives de plus en plus longues ; le "
        "manque d’interprètes dans certaines langues.",
        "De communicatie naar de deelnemers wanneer uurroosters wijzigen; de tevredenheidsenquête, die ondanks de "
        "korte versie nog te abstract is; de administratieve procedures die steeds langer duren; het gebrek aan "
        "tolken in sommige talen.")
    heading(d, "4. Clôture administrative et archivage / Administratieve afsluiting en archivering", 1, size=13)
    two("Aurélie Mertens rappelle que les pièces justificatives doivent être conservées cinq ans à partir du 31 "
        "décembre de l’année du dernier paiement (règlement (UE) 2021/1060, article 82). Les données personnelles "
        "des participants, elles, ne sont pas gardées plus longtemps que nécessaire : chaque CPAS applique sa propre "
        "politique, le SPP ne détient aucune donnée nominative.",
        "Aurélie Mertens herinnert eraan dat de bewijsstukken vijf jaar bewaard moeten worden vanaf 31 december van "
        "het jaar van de laatste betaling (Verordening (EU) 2021/1060, artikel 82). De persoonsgegevens van de "
        "deelnemers worden niet langer bewaard dan nodig: elk OCMW volgt zijn eigen beleid, de POD bezit geen "
        "nominatieve gegevens.")
    heading(d, "5. Suites / Vervolg", 1, size=13)
    two("Le SPP transmettra le rapport final consolidé à l’autorité responsable avant le 30 septembre 2026. Chaque "
        "CPAS vérifiera l’archivage de ses pièces justificatives et en confirmera le lieu au SPP. Le CPAS de "
        "Charleroi enverra ses derniers chiffres d’indicateurs pour le 30 juin. Hilde Verstraete et Ilse Van Dyck "
        "prépareront une présentation commune des résultats pour la journée de lancement. Samira Haddouchi rédigera "
        "une courte note sur les intervisions en ligne, pour que la pratique continue.",
        "De POD bezorgt het geconsolideerde eindrapport vóór 30 september 2026 aan de verantwoordelijke autoriteit. "
        "Elk OCMW controleert de archivering van zijn bewijsstukken en bevestigt de plaats ervan aan de POD. Het "
        "OCMW Charleroi stuurt zijn laatste indicatorcijfers tegen 30 juni. Hilde Verstraete en Ilse Van Dyck "
        "bereiden een gezamenlijke voorstelling van de resultaten voor op de startdag. Samira Haddouchi schrijft een "
        "korte nota over de online intervisies, zodat de praktijk blijft bestaan.")
    p(d, [B("Prochaine réunion / Volgende bijeenkomst : "),
          T("lancement de la nouvelle période, jeudi 24 septembre 2026 – start van de nieuwe periode, donderdag 24 "
            "september 2026 (SPP IS / POD MI).")], before=10)
    save(d, "776_cloture_periode_2026.docx")


if __name__ == "__main__":
    for f in (r767, r768, r769, r770, r771, r772, r773, r774, r775, r776):
        f()
