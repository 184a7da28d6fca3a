# -*- coding: utf-8 -*-
"""Builds the ten meeting reports 737-746 of the AMIF network, each as its own secretary
would have typed it in Word. One function per report. Run with the venv beside given/:
    ../venv/bin/python make_reports.py
The expected.json files are NOT made here: they were written by hand from reading the reports."""
import datetime
import os

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_COLOR_INDEX, WD_TAB_ALIGNMENT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))


# ---------------------------------------------------------------- small Word helpers
def new_doc(font, size, margins_cm=2.5):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), font)
    for s in doc.sections:
        s.left_margin = s.right_margin = Cm(margins_cm)
        s.top_margin = s.bottom_margin = Cm(2)
    return doc


def style_heading(doc, level, font, size, color=None, bold=True, italic=False):
    st = doc.styles["Heading %d" % level]
    st.font.name = font
    rfonts = st.element.get_or_add_rPr().get_or_add_rFonts()
    for att in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        if rfonts.get(qn(att)) is not None:
            del rfonts.attrib[qn(att)]
    rfonts.set(qn("w:ascii"), font)
    rfonts.set(qn("w:hAnsi"), font)
    st.font.size = Pt(size)
    st.font.bold = bold
    st.font.italic = italic
    st.font.color.rgb = color if color is not None else RGBColor(0, 0, 0)
    return st


def p(container, text="", bold=False, italic=False, underline=False, size=None, color=None,
      align=None, style=None, highlight=None, space_after=None):
    par = container.add_paragraph(style=style) if style else container.add_paragraph()
    if text:
        r = par.add_run(text)
        r.bold = bold
        r.italic = italic
        r.underline = underline
        if size:
            r.font.size = Pt(size)
        if color is not None:
            r.font.color.rgb = color
        if highlight is not None:
            r.font.highlight_color = highlight
    if align is not None:
        par.alignment = align
    if space_after is not None:
        par.paragraph_format.space_after = Pt(space_after)
    return par


def runs(par, *parts):
    """parts: strings or (text, dict(bold=..., italic=..., color=..., highlight=..., underline=...))."""
    for part in parts:
        if isinstance(part, str):
            par.add_run(part)
        else:
            text, fmt = part
            r = par.add_run(text)
            r.bold = fmt.get("bold")
            r.italic = fmt.get("italic")
            r.underline = fmt.get("underline")
            if "color" in fmt:
                r.font.color.rgb = fmt["color"]
            if "highlight" in fmt:
                r.font.highlight_color = fmt["highlight"]
            if "size" in fmt:
                r.font.size = Pt(fmt["size"])
    return par


def cell_text(cell, lines, bold=False, italic=False, size=None):
    """Put one or more lines (paragraphs) in a table cell."""
    if isinstance(lines, str):
        lines = [lines]
    first = cell.paragraphs[0]
    for i, line in enumerate(lines):
        par = first if i == 0 else cell.add_paragraph()
        r = par.add_run(line)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)


def widths(table, *cms):
    table.autofit = False
    for i, w in enumerate(cms):
        table.columns[i].width = Cm(w)
        for cell in table.columns[i].cells:
            cell.width = Cm(w)


def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml(r'<w:shd %s w:val="clear" w:color="auto" w:fill="%s"/>' % (nsdecls("w"), hex_fill)))


def add_page_field(par, prefix=""):
    if prefix:
        par.add_run(prefix)
    fld = parse_xml(r'<w:fldSimple %s w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>' % nsdecls("w"))
    par._p.append(fld)


def tabs(par, *positions_cm):
    for pos in positions_cm:
        par.paragraph_format.tab_stops.add_tab_stop(Cm(pos))
    return par


def bottom_border(par, color="1F4E79"):
    pPr = par._p.get_or_add_pPr()
    pPr.append(parse_xml(r'<w:pBdr %s><w:bottom w:val="single" w:sz="8" w:space="1" w:color="%s"/></w:pBdr>'
                         % (nsdecls("w"), color)))


def page_break(doc):
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def save(doc, name, author, written):
    """Document properties as the writer's Word would leave them: her or his name, the day it was typed."""
    cp = doc.core_properties
    cp.title = ""
    cp.subject = ""
    cp.comments = ""
    cp.keywords = ""
    cp.author = author
    cp.last_modified_by = author
    cp.created = cp.modified = datetime.datetime.fromisoformat(written)
    cp.revision = 3
    doc.save(os.path.join(HERE, name))


GREY = RGBColor(0x59, 0x59, 0x59)
RED = RGBColor(0xC0, 0x00, 0x00)
NAVY = RGBColor(0x1F, 0x38, 0x64)


# ================================================================ 737  SPP, Pieter Janssens, 2016
def r737():
    """SPP IS. Pieter Janssens writes everything twice, French first, Dutch in grey italics under it.
    People in a table grouped by organisation, agenda in a table with times, numbered Heading 1/2,
    actions in a Qui/Quoi/Quand table. Interpreters in the booth."""
    doc = new_doc("Arial", 10)
    style_heading(doc, 1, "Arial", 12, NAVY)
    style_heading(doc, 2, "Arial", 10.5, NAVY)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    runs(hp, ("Vers une politique de migration plus intégrée, grâce au FAMI", {"italic": True}))
    hp2 = sec.header.add_paragraph()
    runs(hp2, ("Naar een geïntegreerd migratiebeleid, dankzij het AMIF", {"italic": True}))
    hp3 = sec.header.add_paragraph("POD | Maatschappelijke Integratie    SPP | Intégration Sociale")
    hp3.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = sec.footer.paragraphs[0]
    add_page_field(fp, "Rapport rencontre CPAS FAMI – 17/11/2016 – p. ")
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER

    p(doc, "Rapport rencontre CPAS – Verslag bijeenkomst OCMW's", bold=True, size=15,
      align=WD_ALIGN_PARAGRAPH.CENTER, color=NAVY)
    p(doc, "FAMI – AMIF", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    p(doc, "17 novembre 2016 – 17 november 2016", align=WD_ALIGN_PARAGRAPH.CENTER)
    p(doc, "SPP Intégration Sociale, Boulevard Roi Albert II 30, 1000 Bruxelles – "
           "POD Maatschappelijke Integratie, Koning Albert II-laan 30, 1000 Brussel",
      italic=True, align=WD_ALIGN_PARAGRAPH.CENTER)

    p(doc, "Présents et excusés / Aanwezigen en verontschuldigden", bold=True)
    rows = [
        ("SPP Intégration Sociale / POD Maatschappelijke Integratie", ["Hélène Dewaele", "Pieter Janssens"], ["—"]),
        ("CPAS de Gand / OCMW Gent", ["Griet Van Damme", "Mehmet Yildiz"], ["Lotte De Clercq"]),
        ("CPAS de Liège / OCMW Luik", ["Véronique Lejeune", "Mamadou Diallo"], ["—"]),
        ("CPAS de Charleroi / OCMW Charleroi", ["Sandrine Lorent", "Giuseppe Russo"], ["—"]),
        ("CPAS d'Anvers / OCMW Antwerpen", ["Koen Peeters"], ["Samira Ouali"]),
        ("CPAS de Bruxelles / OCMW Brussel", ["Anne-Sophie Delvaux", "Rachid Amrani"], ["—"]),
        ("Interprètes / Tolken", ["Catherine Mahieu", "Wouter Derycke"], ["—"]),
    ]
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Organisation / Organisatie", "Présents / Aanwezig",
                                      "Excusés / Verontschuldigd"]):
        cell_text(c, h, bold=True)
        shade(c, "D9E2F3")
    for org, pres, exc in rows:
        cells = t.add_row().cells
        cell_text(cells[0], org)
        cell_text(cells[1], pres)
        cell_text(cells[2], exc)
    p(doc)
    p(doc, "La réunion s'est tenue avec interprétation simultanée français-néerlandais, assurée par "
           "Catherine Mahieu et Wouter Derycke.")
    p(doc, "De vergadering verliep met simultaanvertaling Frans-Nederlands door Catherine Mahieu en "
           "Wouter Derycke.", italic=True, color=GREY)

    p(doc, "Ordre du jour / Agenda", bold=True)
    agenda = [
        ("09:30 – 10:00", "Accueil et café / Onthaal met koffie"),
        ("10:00 – 10:15", "Mot de bienvenue du SPP / Verwelkoming door de POD"),
        ("10:15 – 11:30", "Tour de table des projets / Rondetafel van de projecten"),
        ("11:30 – 12:30", "Indicateurs et rapportage FAMI / AMIF-indicatoren en rapportering"),
        ("12:30 – 13:30", "Lunch"),
        ("13:30 – 15:00", "Atelier : l'entretien d'admission / Workshop: het intakegesprek"),
        ("15:00 – 15:30", "Conclusions et prochaine rencontre / Besluiten en volgende bijeenkomst"),
    ]
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for tm, item in agenda:
        cells = t.add_row().cells
        cell_text(cells[0], tm)
        cell_text(cells[1], item)
    widths(t, 3.2, 12.8)
    p(doc)

    def fr_nl(fr, nl):
        p(doc, fr)
        p(doc, nl, italic=True, color=GREY)

    doc.add_heading("1. Mot de bienvenue / Verwelkoming", 1)
    fr_nl("Hélène Dewaele souhaite la bienvenue aux CPAS au nom du SPP Intégration Sociale. Elle rappelle que "
          "les cinq CPAS ont démarré leur projet FAMI entre septembre 2015 et janvier 2016 et que le SPP "
          "souhaite que les équipes apprennent les unes des autres. Le réseau se réunira deux à trois fois "
          "par an, chaque fois chez un autre CPAS.",
          "Hélène Dewaele verwelkomt de OCMW's namens de POD Maatschappelijke Integratie. Ze herinnert eraan "
          "dat de vijf OCMW's hun AMIF-project startten tussen september 2015 en januari 2016 en dat de POD "
          "wil dat de teams van elkaar leren. Het netwerk komt twee à drie keer per jaar samen, telkens bij "
          "een ander OCMW.")

    doc.add_heading("2. Le réseau FAMI des CPAS / Het AMIF-netwerk van de OCMW's", 1)
    fr_nl("Pieter Janssens présente le fonctionnement proposé : une fiche projet commune par CPAS (modèle du "
          "SPP, en-têtes bilingues), un rapport de chaque rencontre rédigé par le SPP et diffusé en français "
          "et en néerlandais, et un espace partagé pour les documents. Les CPAS sont d'accord ; Bruxelles "
          "demande que les fiches restent courtes.",
          "Pieter Janssens stelt de voorgestelde werking voor: een gemeenschappelijke projectfiche per OCMW "
          "(sjabloon van de POD, tweetalige hoofdingen), een verslag van elke bijeenkomst, opgesteld door de "
          "POD en verspreid in het Frans en het Nederlands, en een gedeelde ruimte voor documenten. De OCMW's "
          "gaan akkoord; Brussel vraagt dat de fiches kort blijven.")

    doc.add_heading("3. Tour de table / Rondetafel", 1)
    doc.add_heading("3.1 CPAS de Gand / OCMW Gent", 2)
    fr_nl("Griet Van Damme et Mehmet Yildiz présentent le trajet gantois : un entretien d'admission, un bilan "
          "d'orientation, puis des modules collectifs de quatre mois. Une soixantaine de participants sont "
          "suivis actuellement. Ce sont surtout les assistants sociaux des centres sociaux qui orientent les "
          "candidats.",
          "Griet Van Damme en Mehmet Yildiz stellen het Gentse traject voor: een intakegesprek, een "
          "oriëntatiebalans en daarna collectieve modules van vier maanden. Momenteel worden een zestigtal "
          "deelnemers gevolgd. Vooral de maatschappelijk werkers van de sociale centra verwijzen kandidaten "
          "door.")
    doc.add_heading("3.2 CPAS de Liège / OCMW Luik", 2)
    fr_nl("Véronique Lejeune et Mamadou Diallo expliquent que le projet liégeois combine un accompagnement "
          "individuel et quatre ateliers collectifs (activation sociale, atelier créatif, informatique, "
          "réalisation de projet). Chaque participant signe trois contrats : avec son assistant social, avec "
          "la personne chargée de l'admission et avec le responsable de chaque module.",
          "Véronique Lejeune en Mamadou Diallo leggen uit dat het Luikse project individuele begeleiding "
          "combineert met vier collectieve ateliers (sociale activering, creatief atelier, informatica, "
          "projectrealisatie). Elke deelnemer tekent drie contracten: met zijn maatschappelijk werker, met "
          "de intaker en met de verantwoordelijke van elke module.")
    doc.add_heading("3.3 CPAS de Charleroi / OCMW Charleroi", 2)
    fr_nl("Sandrine Lorent et Giuseppe Russo présentent le travail de mobilisation : un listing de plus de "
          "1 000 bénéficiaires potentiels a été établi avec l'observatoire local ; les assistantes sociales en "
          "ont retenu 315 pour le module 1. 110 personnes sont venues aux séances d'information (35 %).",
          "Sandrine Lorent en Giuseppe Russo stellen het mobilisatiewerk voor: samen met het lokale "
          "observatorium werd een lijst van meer dan 1 000 potentiële deelnemers opgemaakt; de maatschappelijk "
          "werkers hielden er 315 over voor module 1. 110 personen kwamen naar de infosessies (35 %).")
    doc.add_heading("3.4 CPAS d'Anvers / OCMW Antwerpen", 2)
    fr_nl("Koen Peeters présente le projet anversois, qui travaille en petits groupes par langue avec des "
          "médiateurs interculturels. Un deuxième groupe démarrera en janvier.",
          "Koen Peeters stelt het Antwerpse project voor, dat werkt in kleine groepen per taal, met "
          "interculturele bemiddelaars. Een tweede groep start in januari.")
    doc.add_heading("3.5 CPAS de Bruxelles / OCMW Brussel", 2)
    fr_nl("Anne-Sophie Delvaux et Rachid Amrani expliquent que le CPAS de Bruxelles organise des séances "
          "d'information hebdomadaires sur la vie en Belgique (institutions, droits et devoirs, logement, "
          "mobilité, banque et assurances). La difficulté principale est la régularité : le taux de présence "
          "tourne autour de 60 %.",
          "Anne-Sophie Delvaux en Rachid Amrani leggen uit dat het OCMW Brussel wekelijkse infosessies "
          "organiseert over het leven in België (instellingen, rechten en plichten, huisvesting, mobiliteit, "
          "bank en verzekeringen). De grootste moeilijkheid is de regelmaat: de aanwezigheidsgraad schommelt "
          "rond 60 %.")

    doc.add_heading("4. Indicateurs et rapportage / Indicatoren en rapportering", 1)
    fr_nl("Le SPP rappelle que les projets rapportent chaque année le nombre de participants et les activités "
          "suivies. Les CPAS demandent une définition commune du « participant » : à partir de l'entretien "
          "d'admission ou à partir du premier module ? Le SPP propose de compter à partir de la signature du "
          "premier contrat. Décision : cette définition est adoptée pour 2017.",
          "De POD herinnert eraan dat de projecten jaarlijks het aantal deelnemers en de gevolgde activiteiten "
          "rapporteren. De OCMW's vragen een gemeenschappelijke definitie van 'deelnemer': vanaf het "
          "intakegesprek of vanaf de eerste module? De POD stelt voor te tellen vanaf de ondertekening van het "
          "eerste contract. Beslissing: deze definitie geldt voor 2017.")
    p(doc, "[NL: vertaling punt 4 nog na te lezen – PJ]", highlight=WD_COLOR_INDEX.YELLOW)

    doc.add_heading("5. Atelier : l'entretien d'admission / Workshop: het intakegesprek", 1)
    fr_nl("En petits groupes mixtes, les participants comparent leurs grilles d'entretien d'admission. Points "
          "communs : le parcours, les objectifs, la motivation et les obstacles. Différence : Gand et Anvers "
          "utilisent un questionnaire écrit, Liège et Charleroi un entretien libre. Tous constatent que les "
          "termes abstraits posent problème pour un public peu scolarisé.",
          "In gemengde kleine groepen vergelijken de deelnemers hun intakevragenlijsten. Gemeenschappelijk: "
          "traject, doelen, motivatie en drempels. Verschil: Gent en Antwerpen gebruiken een schriftelijke "
          "vragenlijst, Luik en Charleroi een vrij gesprek. Iedereen stelt vast dat abstracte termen moeilijk "
          "zijn voor laaggeschoolde deelnemers.")

    doc.add_heading("6. Points d'action / Actiepunten", 1)
    acts = [
        ("Hélène Dewaele", "Envoie le modèle de fiche projet à tous les CPAS / Stuurt het sjabloon van de "
                           "projectfiche naar alle OCMW's", "02/12/2016"),
        ("Chaque CPAS / Elk OCMW", "Complète la fiche projet et la renvoie au SPP / Vult de projectfiche in en "
                                   "stuurt ze terug naar de POD", "31/01/2017"),
        ("Griet Van Damme, Koen Peeters", "Rassemblent leurs questionnaires d'admission et les partagent avec le "
                                          "réseau / Verzamelen hun intakevragenlijsten en delen ze met het netwerk",
         "15/02/2017"),
        ("SPP / POD", "Vérifie auprès de la Commission si les frais de transport des participants sont éligibles "
                      "/ Gaat bij de Commissie na of de vervoerskosten van deelnemers in aanmerking komen",
         "prochaine rencontre / volgende bijeenkomst"),
        ("CPAS de Liège / OCMW Luik", "Prépare l'accueil de la prochaine rencontre / Bereidt het onthaal van de "
                                      "volgende bijeenkomst voor", "16/03/2017"),
    ]
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Qui / Wie", "Quoi / Wat", "Quand / Wanneer"]):
        cell_text(c, h, bold=True)
        shade(c, "D9E2F3")
    for who, what, when in acts:
        cells = t.add_row().cells
        cell_text(cells[0], who)
        cell_text(cells[1], what)
        cell_text(cells[2], when)
    widths(t, 4, 9, 3)

    doc.add_heading("7. Prochaine rencontre / Volgende bijeenkomst", 1)
    p(doc, "Jeudi 16 mars 2017, au CPAS de Liège. / Donderdag 16 maart 2017, bij het OCMW Luik.")
    p(doc)
    p(doc, "Rapport : Pieter Janssens (SPP IS) – Verslag: Pieter Janssens (POD MI)", italic=True, size=8)
    save(doc, "737_spp_lancement_reseau.docx", "Pieter Janssens", "2016-11-24T16:40:00")


# ================================================================ 738  Gent, Lotte De Clercq, 2017
def _heading_numbering(doc):
    """A Word multilevel list (1. / 1.1) linked to Heading 1 and Heading 2: the numbers are not typed."""
    numbering = doc.part.numbering_part.element
    absn = parse_xml(
        '<w:abstractNum %s w:abstractNumId="77">'
        '<w:multiLevelType w:val="multilevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="Heading1"/>'
        '<w:lvlText w:val="%%1."/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="432" w:hanging="432"/></w:pPr></w:lvl>'
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="Heading2"/>'
        '<w:lvlText w:val="%%1.%%2"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="576" w:hanging="576"/></w:pPr></w:lvl>'
        '</w:abstractNum>' % nsdecls("w"))
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(absn)
    else:
        numbering.append(absn)
    numbering.append(parse_xml('<w:num %s w:numId="77"><w:abstractNumId w:val="77"/></w:num>' % nsdecls("w")))
    for lvl, name in ((0, "Heading 1"), (1, "Heading 2")):
        pPr = doc.styles[name].element.get_or_add_pPr()
        numPr = pPr.get_or_add_numPr()
        numPr.get_or_add_numId().val = 77
        numPr.get_or_add_ilvl().val = lvl


def r738():
    """OCMW Gent. Lotte De Clercq: Calibri, Word's own multilevel numbering on the headings, bulleted list of
    who was there, excused in one sentence, agenda on tabbed lines with 10u00, bold 'Actie:' lines."""
    doc = new_doc("Calibri", 11)
    style_heading(doc, 1, "Calibri", 13, RGBColor(0x00, 0x70, 0xC0))
    style_heading(doc, 2, "Calibri", 11, RGBColor(0x00, 0x70, 0xC0), italic=True)
    _heading_numbering(doc)
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "OCMW Gent – AMIF-project"
    sec.header.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    add_page_field(sec.footer.paragraphs[0], "Verslag netwerk 18/05/2017 – ")

    p(doc, "Verslag AMIF-netwerk OCMW's", bold=True, size=16, color=RGBColor(0x00, 0x70, 0xC0))
    p(doc, "Donderdag 18 mei 2017 – OCMW Gent, Onderbergen 86, 9000 Gent", bold=True)
    p(doc, "Verslag: Lotte De Clercq", italic=True)

    p(doc, "Aanwezig", bold=True, space_after=0)
    for line in ["Lotte De Clercq (OCMW Gent)", "Griet Van Damme (OCMW Gent)", "Mehmet Yildiz (OCMW Gent)",
                 "Hélène Dewaele (POD MI)", "Carine Hansen (OCMW Luik)", "Giuseppe Russo (OCMW Charleroi)",
                 "Nadia Kasongo (OCMW Charleroi)", "Koen Peeters (OCMW Antwerpen)", "Samira Ouali (OCMW Antwerpen)",
                 "Rachid Amrani (OCMW Brussel)",
                 "Eline Gevaert (Agentschap Integratie en Inburgering) – gast"]:
        p(doc, line, style="List Bullet", space_after=0)
    p(doc)
    runs(p(doc), ("Verontschuldigd: ", {"bold": True}),
         "Véronique Lejeune (OCMW Luik), Anne-Sophie Delvaux (OCMW Brussel) en Pieter Janssens (POD MI).")
    p(doc, "Er was geen tolk voorzien: Griet vatte de belangrijkste punten telkens kort samen in het Frans, "
           "Giuseppe en Rachid vertaalden voor elkaar waar nodig.")

    p(doc, "Agenda", bold=True, space_after=0)
    for tm, item in [("10u00 – 10u30", "Onthaal en koffie"),
                     ("10u30 – 11u15", "Voorstelling Gentse werking: intake en trajectbegeleiding"),
                     ("11u15 – 12u30", "Bezoek aan de taalklas"),
                     ("12u30 – 13u30", "Broodjeslunch"),
                     ("13u30 – 15u00", "Uitwisseling: rekrutering via de sociale diensten"),
                     ("15u00", "Afsluiting")]:
        tabs(p(doc, "%s\t%s" % (tm, item), space_after=0), 3.5)
    p(doc)

    def actie(text):
        par = doc.add_paragraph()
        runs(par, ("Actie: ", {"bold": True}), text)
        par.paragraph_format.left_indent = Cm(0.75)
        return par

    doc.add_heading("Welkom en voorstellingsronde", 1)
    p(doc, "Griet Van Damme heet iedereen welkom in Gent. Korte voorstellingsronde: voor Eline Gevaert van het "
           "Agentschap Integratie en Inburgering is het de eerste keer op het netwerk. Carine Hansen komt in "
           "de plaats van Véronique Lejeune.")

    doc.add_heading("De Gentse werking", 1)
    doc.add_heading("Intake en oriëntatie", 2)
    p(doc, "Mehmet Yildiz licht de intake toe. Elke kandidaat wordt doorverwezen door een maatschappelijk werker "
           "van een sociaal centrum. Het intakegesprek duurt ongeveer een uur; de oriëntatiebalans wordt samen "
           "met de deelnemer opgemaakt: traject, doelen, motivatie en drempels. Daarna volgt een voorstel van "
           "modules. De coördinator keurt de balans goed of stuurt ze terug naar de trajectbegeleider.")
    p(doc, "(Mehmet: cijfers intake 2016 nog aanvullen?)", color=RED)
    actie("Mehmet bezorgt de intakevragenlijst (NL + FR) aan alle OCMW's.")
    doc.add_heading("Trajectbegeleiding", 2)
    p(doc, "Elke deelnemer heeft om de twee weken een individueel gesprek. In groep zijn er wekelijkse workshops "
           "(taalactivering, computer, 'wegwijs in Gent') en één uitstap per maand. Gemiddeld loopt een traject "
           "zeven à acht maanden.")
    p(doc, "Eline Gevaert merkt op dat veel deelnemers tegelijk een inburgeringstraject volgen; afstemming met "
           "de trajectbegeleiders van het Agentschap is dus nodig.")
    actie("Eline Gevaert stuurt de contactgegevens van de Gentse inburgeringscoaches door naar Griet.")

    doc.add_heading("Bezoek aan de taalklas", 1)
    p(doc, "We woonden een deel van de les bij in de taalklas voor laaggeletterde deelnemers. Opvallend: er wordt "
           "veel gewerkt met beelden en voorwerpen, weinig met papier. Giuseppe Russo en Nadia Kasongo vonden de "
           "aanpak bruikbaar voor Charleroi.")
    p(doc, "[foto's toevoegen]", italic=True, color=GREY)

    doc.add_heading("Uitwisseling: rekrutering via de sociale diensten", 1)
    p(doc, "Alle OCMW's botsen op hetzelfde: de maatschappelijk werkers kennen het project te weinig of verwijzen "
           "door op het verkeerde moment. Charleroi maakt een lijst van potentiële deelnemers en nodigt hen uit "
           "op een infosessie; ongeveer een derde komt opdagen. Antwerpen stelt het project voor op de "
           "teamvergaderingen van de sociale centra.")
    p(doc, "Griet heeft de presentatie van Charleroi intussen al rondgestuurd.")
    actie("Koen en Samira bekijken of Antwerpen de infosessies van Charleroi kan overnemen voor de nieuwe groep "
          "in september.")
    actie("elk OCMW brengt een voorbeeld van een uitnodigingsbrief mee naar de volgende bijeenkomst.")

    doc.add_heading("Varia", 1)
    p(doc, "Rachid Amrani vraagt of de vervoerskosten van deelnemers (tram, bus) in aanmerking komen als "
           "projectkost. Niemand weet het zeker.")
    actie("POD MI vraagt na of de vervoerskosten van deelnemers subsidieerbaar zijn.")
    p(doc, "Beslist: de volgende bijeenkomst gaat door in Charleroi.")

    doc.add_heading("Volgende bijeenkomst", 1)
    p(doc, "Volgende bijeenkomst: in oktober bij het OCMW Charleroi, datum volgt via Doodle.")
    save(doc, "738_gent_taalklas.docx", "Lotte De Clercq", "2017-05-22T11:05:00")


# ================================================================ 739  Charleroi, Magali Leclercq, 2018
def r739():
    """CPAS Charleroi. Magali Leclercq: Times New Roman, people on tabbed lines grouped per CPAS, agenda as a
    Word numbered list without times, section titles bold and underlined without numbers, tasks with the
    owner at the end after an arrow."""
    doc = new_doc("Times New Roman", 12)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    runs(hp, ("CPAS DE CHARLEROI", {"bold": True}), "\tService Action Migrants")
    hp.paragraph_format.tab_stops.add_tab_stop(Cm(16), WD_TAB_ALIGNMENT.RIGHT)
    fp = sec.footer.paragraphs[0]
    runs(fp, ("Vers une politique de migration plus intégrée, grâce au FAMI", {"italic": True}))
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER

    p(doc, "Réunion FAMI – Rencontre des CPAS du réseau", bold=True, size=14, align=WD_ALIGN_PARAGRAPH.CENTER)
    p(doc, "Jeudi 15 mars 2018 – Service Action Migrants, Charleroi", align=WD_ALIGN_PARAGRAPH.CENTER)
    p(doc, "PV : Magali Leclercq", italic=True, align=WD_ALIGN_PARAGRAPH.CENTER)

    def org_line(org, names):
        par = doc.add_paragraph()
        runs(par, org + " :\t" + names)
        tabs(par, 5.5)
        par.paragraph_format.space_after = Pt(0)
        return par

    p(doc, "Présents :", bold=True, space_after=2)
    org_line("SPP Intégration Sociale", "Hélène Dewaele, Pieter Janssens")
    org_line("CPAS de Gand", "Griet Van Damme")
    org_line("CPAS de Liège", "Véronique Lejeune, Julien Thiry")
    org_line("CPAS de Charleroi", "Sandrine Lorent, Giuseppe Russo, Nadia Kasongo, Magali Leclercq")
    org_line("CPAS de Binche", "Christelle Moreau")
    org_line("CPAS d'Anvers", "Samira Ouali")
    org_line("CPAS de Bruxelles", "Anne-Sophie Delvaux, Marc Vanderstraeten")
    p(doc)
    p(doc, "Excusés :", bold=True, space_after=2)
    org_line("CPAS de Gand", "Mehmet Yildiz")
    org_line("CPAS d'Anvers", "Koen Peeters")
    p(doc)
    p(doc, "Ordre du jour :", bold=True, space_after=2)
    for item in ["Accueil et présentation du Service Action Migrants",
                 "Bilan du module 2 et lancement du module 3",
                 "Le recrutement : du listing aux séances d'information",
                 "Partenariat avec le CPAS de Binche",
                 "Ce qui marche, ce qu'il faut améliorer",
                 "Divers"]:
        p(doc, item, style="List Number", space_after=0)
    p(doc)

    def titre(text):
        par = p(doc, text, bold=True, underline=True, space_after=4)
        par.paragraph_format.space_before = Pt(10)
        return par

    titre("Accueil")
    p(doc, "Sandrine Lorent accueille les participants au Service Action Migrants et présente brièvement le "
           "service : point info, entretiens d'information sur le parcours d'intégration de la Région wallonne, "
           "cours de FLE et projets d'activation sociale. Le projet FAMI en est à sa troisième année.")

    titre("Bilan du module 2 et lancement du module 3")
    runs(p(doc), "Giuseppe Russo présente le bilan du module 2 (septembre 2016 – juin 2017). Sur 199 personnes "
                 "retenues par les assistantes sociales, 60 sont venues à la séance d'information (30 %) et 41 ont "
                 "commencé le module ; 33 l'ont terminé. Le module 3 a démarré en septembre 2017 avec 38 "
                 "participants. ",
         ("(Sandrine : chiffres du module 3 à vérifier)", {"highlight": WD_COLOR_INDEX.YELLOW}))
    runs(p(doc), "Le fonctionnement reste le même : coaching individuel toutes les deux semaines, ateliers "
                 "découvertes chaque semaine, coaching collectif une fois par mois et sorties socio-culturelles. "
                 "Sorties de cette année : le Bois du Cazier, le musée de la Photographie, ",
         ("[compléter la liste des sorties]", {"color": RED}))

    titre("Le recrutement")
    p(doc, "Nadia Kasongo explique la mobilisation : le listing des bénéficiaires potentiels est établi avec "
           "l'observatoire local du CPAS, puis les antennes sociales font le tri. Les autres CPAS trouvent la "
           "méthode lourde mais efficace. Liège préfère les inscriptions à tout moment. Anvers signale que les "
           "invitations écrites touchent mal les personnes peu alphabétisées : un appel téléphonique avec un "
           "médiateur marche mieux.")

    titre("Partenariat avec le CPAS de Binche")
    p(doc, "Christelle Moreau présente le CPAS de Binche, partenaire de Charleroi depuis janvier 2018. Binche "
           "envoie ses participants aux ateliers de Charleroi deux jours par semaine et assure sur place "
           "l'accompagnement individuel. Le transport reste un obstacle : le trajet Binche–Charleroi prend près "
           "d'une heure en bus.")

    titre("Ce qui marche / ce qu'il faut améliorer")
    p(doc, "Points forts", bold=True, space_after=0)
    for b in ["le travail intensif avec le public, presque tous les jours de la semaine ;",
              "les liens qui se créent entre participants et avec les agents ;",
              "l'esprit de groupe à la fin du module."]:
        p(doc, b, style="List Bullet", space_after=0)
    p(doc, "Points à améliorer", bold=True, space_after=0)
    for b in ["la communication vers les participants quand un horaire change ou qu'un cours est annulé ;",
              "des horaires équilibrés entre anciens et nouveaux participants ;",
              "anticiper les activités : les procédures administratives sont de plus en plus longues ;",
              "l'enquête de satisfaction, trop abstraite pour notre public."]:
        p(doc, b, style="List Bullet", space_after=0)

    titre("Divers")
    p(doc, "Hélène Dewaele annonce que la version révisée de la fiche projet est en ligne depuis février. Marc "
           "Vanderstraeten demande où en est la question des frais de transport des participants : elle est toujours en "
           "suspens auprès de la Commission.")

    titre("À faire")
    for line in ["Envoyer le calendrier des modules 2018-2019 aux autres CPAS → Giuseppe",
                 "Partager la grille d'entretien d'orientation → Nadia et Christelle",
                 "Relancer la Commission sur les frais de transport des participants → SPP",
                 "Faire traduire l'enquête de satisfaction en arabe et en tigrinya → ?",
                 "Transmettre les chiffres de présence du 1er trimestre au SPP → chaque CPAS"]:
        p(doc, line, style="List Bullet", space_after=0)
    p(doc)
    p(doc, "Prochaine réunion : jeudi 21 juin 2018, 9h30, au CPAS de Bruxelles.", bold=True)
    save(doc, "739_charleroi_recrutement.docx", "Magali Leclercq", "2018-03-19T14:20:00")


# ================================================================ 740  Liège, Carine Hansen, 2019
def r740():
    """CPAS Liège. Carine Hansen: Century Gothic, the people in one running sentence with the CPAS in brackets,
    the day's programme as 9h30 lines, Roman numerals in bold, a) b) sub-titles, tasks as sentences starting
    with who does it ('X enverra...')."""
    doc = new_doc("Century Gothic", 10)
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "CPAS de Liège – Service d'activation sociale"
    fp = sec.footer.paragraphs[0]
    add_page_field(fp, "Rencontre FAMI du 10/10/2019 – page ")
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT

    p(doc, "Rapport de la rencontre des CPAS – FAMI", bold=True, size=14, color=RGBColor(0x7F, 0x00, 0x37))
    p(doc, "10 octobre 2019", bold=True)
    p(doc, "Maison de l'activation sociale, rue Sainte-Marguerite 120, 4000 Liège")
    runs(p(doc), ("Présents : ", {"bold": True}),
         "Yasmina El Kaddouri (SPP IS), Hélène Dewaele (SPP IS), Bram Vercruysse (CPAS de Gand), Fatima Azzouzi "
         "(CPAS de Gand), Carine Hansen (CPAS de Liège), Julien Thiry (CPAS de Liège), Aïcha Benali (CPAS de "
         "Liège), Mamadou Diallo (CPAS de Liège), Olivier Deprez (CPAS de Charleroi), Christelle Moreau (CPAS de "
         "Binche), Dirk Van den Broeck (CPAS d'Anvers), Ann Verbiest (CPAS de Schoten), Leila Haddad (CPAS de "
         "Bruxelles), Catherine Mahieu (interprète)")
    runs(p(doc), ("Excusés : ", {"bold": True}),
         "Véronique Lejeune (CPAS de Liège), Giuseppe Russo (CPAS de Charleroi), Rachid Amrani (CPAS de Bruxelles)")
    p(doc, "Programme", bold=True, space_after=0)
    for line in ["9h30 : Accueil et café",
                 "10h : Présentation du nouveau module « Parler pour agir »",
                 "11h15 : Atelier sur la dimension culturelle",
                 "12h30 : Repas à la ferme du CPAS",
                 "13h30 – 15h : Enquête de satisfaction : quelle version pour notre public ?",
                 "15h15 : Conclusions et suites à donner"]:
        p(doc, line, space_after=0)
    p(doc)

    def roman(text):
        par = p(doc, text, bold=True, size=11, color=RGBColor(0x7F, 0x00, 0x37))
        par.paragraph_format.space_before = Pt(12)
        return par

    roman("I. Accueil et introduction")
    p(doc, "L'équipe du CPAS de Liège accueille le réseau à la Maison de l'activation sociale. Véronique Lejeune "
           "étant excusée, c'est Mamadou Diallo qui ouvre la journée. Catherine Mahieu assure l'interprétation "
           "néerlandais-français toute la journée. Yasmina El Kaddouri se présente : elle reprend au SPP le "
           "suivi des projets de Pieter Janssens. Le CPAS de Schoten rejoint le réseau comme partenaire du CPAS "
           "d'Anvers ; Ann Verbiest le représente.")
    p(doc, "[photos de la visite à insérer]", italic=True, highlight=WD_COLOR_INDEX.YELLOW)

    roman("II. Le nouveau module « Parler pour agir »")
    p(doc, "Aïcha Benali présente « Parler pour agir », un module de dix semaines pour les participants de niveau "
           "débutant en français. Chaque séance part d'une situation de la vie quotidienne (chez le médecin, à "
           "la commune, à la banque) : les participants jouent la scène, puis l'animatrice reprend le "
           "vocabulaire. Le groupe compte douze personnes au maximum.")
    p(doc, "Les CPAS néerlandophones demandent si le module peut être adapté au néerlandais ; Bram Vercruysse "
           "trouve la méthode proche de ce que Gand fait en « taalactivering ».")

    roman("III. La dimension culturelle dans le parcours")
    p(doc, "En fin de matinée, Julien Thiry anime un atelier sur la dimension culturelle, fil rouge du projet "
           "liégeois. Les collègues des CPAS testent trois exercices : le blason de présentation, la ligne du "
           "temps du parcours migratoire et un jeu de rôles sur les codes de la vie en Belgique. Tous soulignent "
           "qu'il faut du temps et de la confiance avant d'aborder le parcours migratoire ; certains "
           "participants refusent d'en parler, et c'est leur droit.")

    roman("IV. L'enquête de satisfaction")
    p(doc, "a) Constats", bold=True, italic=True)
    p(doc, "L'enquête actuelle (une par module) est jugée peu claire : termes abstraits (« autonomie », "
           "« compétences »), échelles de 1 à 10 mal comprises, versions uniquement en français et en "
           "néerlandais. À Gand, un tiers des questionnaires reviennent incomplets.")
    p(doc, "b) Propositions", bold=True, italic=True)
    for b in ["des smileys plutôt que des chiffres ;",
              "trois questions simples par module, lues à voix haute par l'animateur ;",
              "des versions en arabe, en dari et en tigrinya ;",
              "une question ouverte : « Qu'est-ce que vous avez appris ? »"]:
        p(doc, b, style="List Bullet", space_after=0)
    p(doc, "Le réseau opte pour une version commune à tous les CPAS. Décision : la version simplifiée sera testée "
           "au premier semestre 2020.")

    roman("V. Suites à donner")
    for s in ["Aïcha Benali enverra la version simplifiée de l'enquête à tous les CPAS pour le 15 novembre.",
              "Le SPP soumettra la nouvelle version de l'enquête à la traduction (arabe, dari, tigrinya).",
              "Bram Vercruysse et Dirk Van den Broeck testeront la version néerlandaise avec un groupe de "
              "participants.",
              "Chaque CPAS communiquera au SPP le nombre de participants actuels par module d'ici fin octobre.",
              "Le CPAS de Schoten présentera son projet lors de la prochaine rencontre."]:
        p(doc, s)
    p(doc, "Julien, peux-tu relire le point III ?", italic=True, color=RED)

    roman("VI. Prochaine rencontre")
    p(doc, "La prochaine rencontre se tiendra le mardi 11 février 2020 au CPAS d'Anvers.")
    p(doc)
    p(doc, "Carine Hansen, CPAS de Liège", italic=True, align=WD_ALIGN_PARAGRAPH.RIGHT)
    save(doc, "740_liege_parler_pour_agir.docx", "Carine Hansen", "2019-10-15T09:30:00")


# ================================================================ 741  Antwerpen, Hanne Wouters, 2020
def r741():
    """OCMW Antwerpen. Hanne Wouters: Verdana, a legend of initials at the top and only initials in the
    text, agenda as '10.00 u' lines, Heading 1/2 with typed numbers, tasks starting with initials."""
    doc = new_doc("Verdana", 9)
    style_heading(doc, 1, "Verdana", 11, RGBColor(0xC0, 0x00, 0x00))
    style_heading(doc, 2, "Verdana", 9.5, RGBColor(0x40, 0x40, 0x40))
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "OCMW Antwerpen – AMIF-netwerk"
    add_page_field(sec.footer.paragraphs[0], "p. ")
    sec.footer.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT

    p(doc, "Verslag AMIF-netwerkoverleg (online)", bold=True, size=14)
    p(doc, "Donderdag 25 juni 2020, 10.00 – 12.30 u, Microsoft Teams", bold=True)
    p(doc, "Met simultaanvertaling NL-FR via het tolkenkanaal van Teams.", italic=True)

    p(doc, "Aanwezig (initialen gebruikt in dit verslag)", bold=True, space_after=0)
    legend = [("HDe", "Hélène Dewaele, POD MI"), ("YEK", "Yasmina El Kaddouri, POD MI"),
              ("BV", "Bram Vercruysse, OCMW Gent"), ("CH", "Carine Hansen, OCMW Luik"),
              ("OD", "Olivier Deprez, OCMW Charleroi"), ("CM", "Christelle Moreau, OCMW Binche"),
              ("KP", "Koen Peeters, OCMW Antwerpen (voorzitter)"), ("HW", "Hanne Wouters, OCMW Antwerpen (verslag)"),
              ("DVdB", "Dirk Van den Broeck, OCMW Antwerpen"), ("AV", "Ann Verbiest, OCMW Schoten"),
              ("JM", "Joke Mertens, OCMW Edegem"), ("LH", "Leila Haddad, OCMW Brussel")]
    for ini, who in legend:
        tabs(p(doc, "%s\t%s" % (ini, who), space_after=0), 1.5)
    tabs(p(doc, "Tolken:\tWouter Derycke en Catherine Mahieu", space_after=0), 1.5)
    p(doc)
    p(doc, "Verontschuldigd", bold=True, space_after=0)
    for ini, who in [("IV", "Inge Vermeiren, OCMW Mortsel"), ("MD", "Mamadou Diallo, OCMW Luik")]:
        tabs(p(doc, "%s\t%s" % (ini, who), space_after=0), 1.5)
    p(doc)

    p(doc, "Agenda", bold=True, space_after=0)
    for tm, item in [("10.00 u", "Welkom en technische afspraken"),
                     ("10.15 u", "Stand van zaken per OCMW in coronatijden"),
                     ("11.15 u", "Verlenging van de AMIF-projecten"),
                     ("11.45 u", "Rapportering 2020"),
                     ("12.15 u", "Varia en afsluiting")]:
        tabs(p(doc, "%s\t%s" % (tm, item), space_after=0), 2)

    doc.add_heading("1. Welkom en technische afspraken", 1)
    p(doc, "KP opent de vergadering, de eerste van het netwerk die volledig online doorgaat. Afspraken: micro "
           "uit als je niet spreekt; het Franse kanaal kies je via de tolkenknop. Wie het woord wil, gebruikt de "
           "chat of steekt de hand op. De tolken vragen om traag en één voor één te spreken.")

    doc.add_heading("2. Stand van zaken per OCMW (corona)", 1)
    doc.add_heading("2.1 Gent", 2)
    p(doc, "BV: sinds half maart geen groepssessies meer; de individuele opvolging gebeurt telefonisch en via "
           "WhatsApp. Sinds 8 juni opnieuw kleine groepen volgens de regel 4 deelnemers + 1 begeleider. Veel "
           "deelnemers hebben geen laptop of geen mobiele data.")
    doc.add_heading("2.2 Luik", 2)
    p(doc, "CH: groepen van 3 deelnemers + 1 begeleider in de grote zaal. Het creatieve atelier ging door via "
           "korte video's. Ongeveer de helft van de deelnemers bleef bereikbaar.")
    doc.add_heading("2.3 Charleroi en Binche", 2)
    p(doc, "OD: dezelfde regel als in Luik (3 + 1). De infosessies over het leven in België zijn uitgesteld tot "
           "september. CM: in Binche enkel individuele afspraken, in het OCMW zelf.")
    doc.add_heading("2.4 Antwerpen en partners", 2)
    runs(p(doc), "DVdB: Antwerpen werkte met belrondes door de interculturele bemiddelaars; elke deelnemer werd "
                 "minstens om de twee weken gebeld. AV (Schoten) en JM (Edegem): kleine aantallen, dus vooral "
                 "individuele opvolging. Van Mortsel hebben we geen update (IV verontschuldigd). ",
         ("TODO: cijfers Edegem en Mortsel nog opvragen", {"bold": True, "color": RED}))
    doc.add_heading("2.5 Brussel", 2)
    runs(p(doc), "LH: een deel van het team werd ingezet in de voedselhulp; het project draait op halve kracht. "
                 "Vanaf september wil Brussel opnieuw groepen van 6 + 1, als de regels het toelaten. ",
         ("(HW: klopt dit? nakijken met Koen)", {"highlight": WD_COLOR_INDEX.BRIGHT_GREEN}))

    doc.add_heading("3. Verlenging AMIF-projecten", 1)
    p(doc, "HDe licht toe dat de lopende AMIF-projecten wegens corona verlengd kunnen worden. De POD stelt een "
           "verlenging tot 30 juni 2021 voor, zonder extra middelen, maar met de mogelijkheid om budget tussen "
           "posten te verschuiven. De OCMW's zijn voorstander. Beslissing: alle OCMW's gaan akkoord met de verlenging tot 30 juni 2021.")

    doc.add_heading("4. Rapportering 2020", 1)
    p(doc, "YEK: de jaarrapportering 2020 blijft dezelfde, maar de POD vraagt om de corona-aanpassingen apart te "
           "beschrijven (aantal sessies online, aantal telefonische contacten). De aanwezigheidsgraad van maart "
           "tot juni telt niet mee.")

    doc.add_heading("5. Acties", 1)
    for a in ["KP bezorgt de POD de aangepaste planning voor Antwerpen en de partners tegen 15 juli.",
              "YEK stuurt een overzicht van de toegelaten kosten bij verlenging naar alle OCMW's.",
              "BV en CH delen hun ervaring met videobellen in een korte nota.",
              "Alle OCMW's bezorgen hun aanwezigheidscijfers van maart–juni aan de POD.",
              "OCMW Edegem bekijkt of het vanaf september aansluit bij de groepen van Antwerpen.",
              "?? zet de corona-protocollen van alle OCMW's samen in één document."]:
        p(doc, a, style="List Bullet", space_after=0)

    doc.add_heading("6. Volgende vergadering", 1)
    p(doc, "Dinsdag 6 oktober 2020 om 10.00 u, opnieuw online via Teams, met tolken.")
    save(doc, "741_antwerpen_corona_online.docx", "Hanne Wouters", "2020-06-26T15:10:00")


# ================================================================ 742  Bruxelles, Leila Haddad, 2021
def r742():
    """CPAS Bruxelles. Leila Haddad: Word's typographic apostrophes, the agenda told inside the opening
    paragraph, a people table mixing present and excused, headings A. B. C. in Heading 1, per-CPAS
    sub-titles in bold italics, tasks in the passive, and a Dutch summary at the end."""
    doc = new_doc("Calibri", 11)
    style_heading(doc, 1, "Calibri", 13, RGBColor(0x8B, 0x1A, 0x1A))
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "CPAS de Bruxelles – Département Action sociale – Cellule FAMI"
    sec.footer.paragraphs[0].text = "PV réseau FAMI – 11/03/2021 – version de travail"

    p(doc, "Réseau FAMI – Procès-verbal de la réunion du 11 mars 2021 (visioconférence)", bold=True, size=14,
      color=RGBColor(0x8B, 0x1A, 0x1A))
    p(doc, "La réunion s’est tenue en visioconférence (Zoom) de 9h30 à 12h15. L’ordre du jour prévoyait : "
           "accueil (9h30), tour de table des CPAS (9h45-11h), indicateurs communs du programme FAMI 2021-2027 "
           "(11h-12h) et divers (12h). Pas d’interprétation cette fois : Marc Vanderstraeten et Bram Vercruysse "
           "ont traduit au besoin.")

    p(doc, "Participants", bold=True)
    people = [("Leila Haddad", "CPAS de Bruxelles", "présente"),
              ("Marc Vanderstraeten", "CPAS de Bruxelles", "présent"),
              ("Tatiana Popescu", "CPAS de Bruxelles", "excusée"),
              ("Yasmina El Kaddouri", "SPP IS", "présente"),
              ("Thomas Lambrechts", "SPP IS", "présent"),
              ("Bram Vercruysse", "CPAS de Gand", "présent"),
              ("Fatima Azzouzi", "CPAS de Gand", "excusée"),
              ("Carine Hansen", "CPAS de Liège", "présente"),
              ("Olivier Deprez", "CPAS de Charleroi", "présent"),
              ("Didier Baudoux", "CPAS de Binche", "présent"),
              ("Koen Peeters", "CPAS d’Anvers", "présent"),
              ("Youssef Bakkali", "CPAS de Schoten", "présent"),
              ("Inge Vermeiren", "CPAS de Mortsel", "présente"),
              ("Stijn Aerts", "CPAS d’Edegem", "excusé")]
    t = doc.add_table(rows=1, cols=3)
    t.style = "Light Grid Accent 2"
    for c, h in zip(t.rows[0].cells, ["Nom", "Organisation", "Présence"]):
        cell_text(c, h, bold=True)
    for row in people:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            cell_text(c, v)
    p(doc)

    def sous_titre(text):
        return p(doc, text, bold=True, italic=True, space_after=2)

    doc.add_heading("A. Tour de table", 1)
    sous_titre("Gand")
    p(doc, "Bram Vercruysse : les groupes ont repris selon la règle 4 + 1. Le projet actuel se termine fin juin "
           "2021 et Gand prépare une demande pour le nouveau programme.")
    sous_titre("Liège")
    p(doc, "Carine Hansen : les ateliers créatifs ont repris en extérieur, dans le jardin de la ferme. Les "
           "inscriptions restent possibles à tout moment.")
    sous_titre("Charleroi et Binche")
    runs(p(doc), "Olivier Deprez : 27 participants en cours ; la séance d’information de février n’a réuni que ",
         ("[XX – chiffre à vérifier avec Olivier]", {"highlight": WD_COLOR_INDEX.YELLOW}),
         " personnes. Didier Baudoux : Binche a repris les trajets individuels ; le transport vers Charleroi reste "
         "difficile.")
    sous_titre("Anvers et partenaires")
    p(doc, "Koen Peeters : les médiateurs interculturels travaillent désormais aussi par vidéo. Youssef Bakkali "
           "(Schoten) et Inge Vermeiren (Mortsel) présentent brièvement leurs groupes locaux ; Mortsel a préparé "
           "une présentation de son module « Thuis in Mortsel ».")
    sous_titre("Bruxelles")
    p(doc, "Marc Vanderstraeten : les séances d’information ont repris en groupes de 6 + 1 depuis février. Tatiana "
           "Popescu, excusée, a envoyé ses chiffres par courriel : 48 participants actifs.")

    doc.add_heading("B. Indicateurs communs du programme FAMI 2021-2027", 1)
    p(doc, "Thomas Lambrechts présente les indicateurs communs du règlement (UE) 2021/1147 : le nombre de "
           "participants aux activités de soutien, dont les cours de langue, l’orientation civique et "
           "l’accompagnement professionnel personnalisé ; les participants aux cours de langue qui ont progressé "
           "d’au moins un niveau du CECR ; les participants qui déclarent que l’activité les a aidés dans leur "
           "intégration. Le SPP les rassemble une fois par an auprès des CPAS.")
    p(doc, "Question du réseau : comment mesurer un niveau du CECR sans test formel ? Yasmina El Kaddouri répond "
           "qu’une appréciation par le formateur est acceptée.")

    doc.add_heading("C. Divers", 1)
    p(doc, "Conservation des documents : les pièces d’un projet financé par l’Union européenne doivent être "
           "gardées cinq ans à partir du 31 décembre de l’année du dernier paiement. Les données personnelles "
           "des participants, elles, ne peuvent pas être gardées plus longtemps que nécessaire. Chaque CPAS reste "
           "responsable des données de ses participants : le SPP ne reçoit que des chiffres.")

    doc.add_heading("D. Suites à donner", 1)
    for s in ["Le tableau des indicateurs sera complété par chaque CPAS pour le 30 avril 2021.",
              "Une note sur la conservation des documents sera rédigée par le SPP.",
              "La présentation de Mortsel sera envoyée à tous par Inge Vermeiren.",
              "Une personne de contact RGPD doit encore être désignée pour le réseau (qui ?)."]:
        p(doc, s, style="List Bullet", space_after=0)
    p(doc)
    runs(p(doc), ("Prochaine réunion : ", {"bold": True}), "en juin, date à fixer via Doodle.")

    doc.add_heading("E. Samenvatting in het Nederlands", 1)
    runs(p(doc), ("[version NL à relire par Marc]", {"color": RED, "italic": True}))
    p(doc, "Onlinevergadering (Zoom), zonder tolken. Alle OCMW’s hebben de groepen opnieuw opgestart, met "
           "kleine groepen volgens de coronaregels (4 + 1 in Gent, 6 + 1 in Brussel). Het huidige project loopt "
           "af eind juni 2021.")
    p(doc, "De POD stelde de gemeenschappelijke indicatoren van het nieuwe AMIF-programma 2021-2027 voor: "
           "deelnemers aan ondersteunende activiteiten (taalcursus, maatschappelijke oriëntatie, persoonlijke "
           "professionele begeleiding), deelnemers die minstens één ERK-niveau stijgen en deelnemers die zeggen "
           "dat de activiteit hen hielp bij hun integratie. Een inschatting door de lesgever wordt aanvaard.")
    p(doc, "Documenten van het project worden vijf jaar bewaard vanaf 31 december van het jaar van de laatste "
           "betaling; persoonsgegevens niet langer dan nodig. De afspraken staan onder punt D.")
    save(doc, "742_bruxelles_indicateurs_visio.docx", "Leila Haddad", "2021-03-16T10:45:00")


# ================================================================ 743  Binche, Christelle Moreau, 2022
def r743():
    """CPAS Binche. Christelle Moreau: Trebuchet MS, who was there told in the introduction, agenda as bullets
    with '10 h 45', titles '1)' in bold blue, 'Name : task' to-do lines, an annex after a page break."""
    doc = new_doc("Trebuchet MS", 10.5)
    BLUE = RGBColor(0x1F, 0x4E, 0x79)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    runs(hp, ("CPAS de Binche", {"bold": True, "color": BLUE}), " – partenaire du CPAS de Charleroi – projet FAMI")
    sec.footer.paragraphs[0].text = "Compte rendu rencontre réseau FAMI – Binche, 29/09/2022"

    title = p(doc, "Compte rendu – Rencontre du réseau FAMI à Binche", bold=True, size=15, color=BLUE)
    bottom_border(title)
    p(doc, "Jeudi 29 septembre 2022", bold=True)

    p(doc, "Le CPAS de Binche a accueilli le réseau pour la première fois, dans la salle du conseil. Étaient "
           "présents : pour le SPP, Yasmina El Kaddouri et Thomas Lambrechts ; pour le CPAS de Gand, Bram "
           "Vercruysse ; pour le CPAS de Liège, Carine Hansen et Aïcha Benali ; pour le CPAS de Charleroi, "
           "Olivier Deprez et Nadia Kasongo ; pour le CPAS de Binche, Didier Baudoux et moi-même (Christelle "
           "Moreau) ; pour le CPAS d'Anvers, Hanne Wouters ; pour le CPAS de Bruxelles, Leila Haddad. Se sont "
           "excusés : Koen Peeters (Anvers), Joke Mertens (Edegem) et Inge Vermeiren (Mortsel).")

    p(doc, "Ordre du jour", bold=True, color=BLUE, space_after=0)
    for line in ["9 h 30 : accueil, café et couques",
                 "10 h – 10 h 45 : tour de table",
                 "10 h 45 – 11 h 30 : le nouveau programme FAMI et ses indicateurs",
                 "11 h 30 – 12 h 15 : les personnes déplacées d'Ukraine dans nos projets",
                 "12 h 15 : lunch, puis visite du musée du Masque (facultatif)"]:
        p(doc, line, style="List Bullet", space_after=0)
    p(doc)

    def point(text):
        par = p(doc, text, bold=True, size=12, color=BLUE, space_after=3)
        par.paragraph_format.space_before = Pt(10)
        return par

    point("1) Tour de table")
    for who, txt in [("Gand – ", "Bram Vercruysse : le nouveau projet a démarré en mars 2022 ; il met l'accent "
                                 "sur l'orientation vers la formation."),
                     ("Liège – ", "Carine Hansen et Aïcha Benali : « Parler pour agir » continue, avec "
                                  "maintenant deux groupes. Les trois contrats par participant sont maintenus."),
                     ("Charleroi – ", "Olivier Deprez et Nadia Kasongo : le listing des bénéficiaires potentiels "
                                      "a été refait avec l'observatoire ; 240 personnes ont été retenues par les "
                                      "assistantes sociales, séances d'information en octobre."),
                     ("Binche – ", "Didier Baudoux : 14 participants, dont 5 personnes arrivées d'Ukraine. "),
                     ("Anvers – ", "Hanne Wouters : Anvers et ses partenaires (Schoten, Edegem, Mortsel) utilisent "
                                   "désormais un entretien d'admission commun."),
                     ("Bruxelles – ", "Leila Haddad : l'équipe a été renforcée par deux médiatrices "
                                      "interculturelles (ukrainien/russe et arabe).")]:
        par = runs(p(doc), (who, {"bold": True}), txt)
        if who.startswith("Binche"):
            runs(par, ("(à compléter par Didier)", {"highlight": WD_COLOR_INDEX.YELLOW}))

    point("2) Le nouveau programme FAMI et ses indicateurs")
    p(doc, "Thomas Lambrechts rappelle les indicateurs communs (voir annexe 1). Nouveauté : pour chaque participant, "
           "le type d'activité suivie (cours de langue, orientation civique, accompagnement professionnel "
           "personnalisé) est désormais demandé, sans données nominatives. Les CPAS "
           "demandent un modèle de tableau commun.")

    point("3) Personnes déplacées d'Ukraine")
    p(doc, "Depuis le printemps, tous les CPAS accueillent des personnes sous protection temporaire. Yasmina El "
           "Kaddouri confirme qu'elles peuvent participer aux projets FAMI. Difficultés : la langue (peu parlent "
           "français ou néerlandais, beaucoup parlent anglais ou russe), la garde des enfants et l'incertitude "
           "sur la durée du séjour. L'enquête de satisfaction n'existe pas en ukrainien.")

    point("4) Divers")
    p(doc, "Visite du musée du Masque après le repas pour ceux qui le souhaitaient. Merci à toute l'équipe du "
           "CPAS de Binche pour l'accueil (et pour les couques).")

    point("5) À faire")
    for who, task in [("Christelle : ", "envoyer les photos de la journée et la liste des présences."),
                      ("SPP : ", "proposer un modèle de tableau commun pour les indicateurs."),
                      ("Chaque CPAS : ", "indiquer au SPP combien de personnes venues d'Ukraine participent au "
                                         "projet."),
                      ("CPAS de Charleroi : ", "partager un listing vide (sans noms) comme exemple."),
                      ("Didier et Olivier : ", "organiser une navette Binche–Charleroi pour les ateliers du "
                                               "mardi.")]:
        runs(p(doc, style="List Bullet", space_after=0), (who, {"bold": True}), task)
    p(doc)
    runs(p(doc), ("Prochaine rencontre : ", {"bold": True}),
         "le 8 décembre 2022, en ligne (Teams), avec interprétation.")

    page_break(doc)
    point("Annexe 1 – Indicateurs communs (rappel)")
    p(doc, "Indicateurs de réalisation :", italic=True, space_after=0)
    for b in ["participants aux activités de soutien ;",
              "dont participants à un cours de langue ;",
              "dont participants à une orientation civique ;",
              "dont participants à un accompagnement professionnel personnalisé."]:
        p(doc, b, style="List Bullet", space_after=0)
    p(doc, "Indicateurs de résultat :", italic=True, space_after=0)
    p(doc, "[insérer la liste des indicateurs de résultat]", color=RED)
    save(doc, "743_binche_ukraine.docx", "Christelle Moreau", "2022-10-03T13:55:00")


# ================================================================ 744  Schoten, Ann Verbiest, 2023
def r744():
    """OCMW Schoten. Ann Verbiest: Calibri, people on tabbed lines (name, OCMW, on site or online), agenda and
    agreements in tables, Heading 1/2 without numbers, hybrid meeting with an interpreter on Teams."""
    doc = new_doc("Calibri", 10.5)
    GREEN = RGBColor(0x37, 0x86, 0x3C)
    style_heading(doc, 1, "Calibri", 13, GREEN)
    style_heading(doc, 2, "Calibri", 11, GREEN, italic=True)
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "OCMW Schoten – Sociaal Huis"
    add_page_field(sec.footer.paragraphs[0], "Verslag netwerkbijeenkomst AMIF 20/04/2023 – blz. ")

    p(doc, "Verslag netwerkbijeenkomst AMIF", bold=True, size=16, color=GREEN)
    p(doc, "20 april 2023 – OCMW Schoten (Sociaal Huis) en online via Teams", bold=True)

    def line3(a, b, c=""):
        par = p(doc, "%s\t%s\t%s" % (a, b, c) if c else "%s\t%s" % (a, b), space_after=0)
        tabs(par, 5, 9)
        return par

    p(doc, "Aanwezig", bold=True, color=GREEN, space_after=0)
    for row in [("Ann Verbiest", "OCMW Schoten", "ter plaatse"), ("Youssef Bakkali", "OCMW Schoten", "ter plaatse"),
                ("Thomas Lambrechts", "POD MI", "ter plaatse"), ("Hanne Wouters", "OCMW Antwerpen", "ter plaatse"),
                ("Ewa Nowak", "OCMW Antwerpen", "ter plaatse"), ("Joke Mertens", "OCMW Edegem", "ter plaatse"),
                ("Tom Heylen", "OCMW Mortsel", "ter plaatse"), ("Lotte De Clercq", "OCMW Gent", "online"),
                ("Julien Thiry", "OCMW Luik", "online"), ("Nadia Kasongo", "OCMW Charleroi", "online"),
                ("Tatiana Popescu", "OCMW Brussel", "online"), ("Wouter Derycke", "tolk", "online")]:
        line3(*row)
    p(doc)
    p(doc, "Verontschuldigd", bold=True, color=GREEN, space_after=0)
    line3("Yasmina El Kaddouri", "POD MI")
    line3("Didier Baudoux", "OCMW Binche")
    p(doc)
    p(doc, "Hybride vergadering: een deel van de groep ter plaatse in Schoten, een deel via Teams. Wouter Derycke "
           "tolkte Nederlands-Frans via Teams.")

    p(doc, "Agenda", bold=True, color=GREEN)
    t = doc.add_table(rows=1, cols=3)
    t.style = "Light List Accent 6"
    for c, h in zip(t.rows[0].cells, ["Tijdstip", "Onderwerp", "Wie"]):
        cell_text(c, h, bold=True)
    for row in [("13.30-13.45", "Welkom in Schoten", "Ann"),
                ("13.45-14.30", "Voorstelling project 'Samen Thuis'", "Youssef"),
                ("14.30-15.15", "Gegevensbescherming: wat bewaren we en hoe lang?", "Thomas (POD MI)"),
                ("15.15-15.30", "Pauze", ""),
                ("15.30-16.15", "Tevredenheidsenquête: resultaten van de test", "Hanne"),
                ("16.15-16.30", "Rondvraag", "")]:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            cell_text(c, v)
    widths(t, 2.6, 10, 3.4)

    doc.add_heading("Welkom", 1)
    p(doc, "Ann Verbiest verwelkomt iedereen in het Sociaal Huis van Schoten. Het is de eerste hybride "
           "bijeenkomst van het netwerk; de verbinding viel twee keer kort weg.")

    doc.add_heading("Project 'Samen Thuis' (Schoten)", 1)
    runs(p(doc), "Youssef Bakkali stelt het project voor: kleine groepen (max. 8) nieuwkomers die samen de "
                 "gemeente leren kennen: bibliotheek, sportdienst, huisarts, woonloket. Elke deelnemer krijgt een "
                 "buddy uit de buurt. Voor de intake werkt Schoten samen met het OCMW Antwerpen. ",
         ("NOG AAN TE VULLEN: aantallen Schoten Q1", {"bold": True, "highlight": WD_COLOR_INDEX.YELLOW}))

    doc.add_heading("Gegevensbescherming", 1)
    p(doc, "Thomas Lambrechts licht toe wat we bewaren en hoe lang.")
    doc.add_heading("Bewaartermijn", 2)
    p(doc, "Documenten van een project dat door de EU gefinancierd wordt, moeten vijf jaar bewaard worden vanaf 31 "
           "december van het jaar van de laatste betaling (artikel 82 van Verordening (EU) 2021/1060). "
           "Persoonsgegevens van deelnemers mogen niet langer bewaard worden dan nodig (AVG, artikel 5). Er is "
           "dus een verschil tussen het projectdossier en de persoonsgegevens; niet elk OCMW maakt dat "
           "onderscheid al.")
    doc.add_heading("Inzagerecht", 2)
    p(doc, "Een deelnemer mag altijd vragen om alles te zien wat het OCMW over hem of haar bijhoudt (AVG, artikel "
           "15). Julien Thiry vraagt hoe dat moet bij gedeelde trajecten, zoals Schoten–Antwerpen. Antwoord: elk "
           "OCMW antwoordt voor de gegevens die het zelf beheert; de POD ziet geen deelnemers bij naam.")

    doc.add_heading("Tevredenheidsenquête", 1)
    p(doc, "Hanne Wouters stelt de resultaten voor van de test met de vereenvoudigde enquête (smileys, drie "
           "vragen): 112 ingevulde enquêtes in Antwerpen en de partnergemeenten; 87 % vond de vragen duidelijk. "
           "Gevraagde nieuwe talen: Oekraïens, Dari, Tigrinya.")

    doc.add_heading("Rondvraag", 1)
    p(doc, "Nadia Kasongo: Charleroi start in september een nieuwe module. Lotte De Clercq: Gent kan de volgende "
           "bijeenkomst niet ontvangen, Edegem stelt zich kandidaat. Tom Heylen: Mortsel heeft sinds maart een "
           "nieuwe coördinator.")

    doc.add_heading("Afspraken", 1)
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Wat", "Wie", "Tegen wanneer"]):
        cell_text(c, h, bold=True)
        shade(c, "E2EFD9")
    for row in [("Nota bewaartermijnen rondsturen (5 jaar vanaf 31/12 van het jaar van de laatste betaling)",
                 "Thomas", "eind mei"),
                ("Procedure voor een inzageverzoek van deelnemers uitschrijven", "elk OCMW", "september"),
                ("Vertaling enquête in het Oekraïens en Dari nalezen", "Ewa en Tatiana", "juni"),
                ("Gezamenlijke folder voor de partnergemeenten maken", "?", "—"),
                ("Planning modules najaar bezorgen aan de POD", "OCMW Mortsel", "30 juni")]:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            cell_text(c, v)
    widths(t, 9.5, 3.5, 3)
    p(doc)
    runs(p(doc), ("Volgende bijeenkomst: ", {"bold": True}), "donderdag 12 oktober 2023 in Edegem.")
    p(doc, "[Ann: Franse versie later]", italic=True, color=GREY)
    save(doc, "744_schoten_hybride_avg.docx", "Ann Verbiest", "2023-04-24T16:00:00")


# ================================================================ 745  Edegem, Joke Mertens, 2024
def r745():
    """OCMW Edegem. Joke Mertens: Aptos, a numbered list of who was there, the agenda only referred to, bold
    '1 – ' titles, arrow lines '→ Name: task', a French summary after a page break."""
    doc = new_doc("Aptos", 11)
    PURPLE = RGBColor(0x5B, 0x2C, 0x6F)
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "Sociaal Huis Edegem – AMIF"
    sec.footer.paragraphs[0].text = "Verslag 28/11/2024 – JM"

    p(doc, "Verslag – netwerkbijeenkomst AMIF – 28 november 2024", bold=True, size=15, color=PURPLE)
    runs(p(doc), ("Plaats: ", {"bold": True}), "Sociaal Huis Edegem, raadzaal")
    p(doc, "Aanwezig", bold=True, space_after=0)
    for who in ["Joke Mertens (OCMW Edegem)", "Stijn Aerts (OCMW Edegem)", "Thomas Lambrechts (POD MI)",
                "Yasmina El Kaddouri (POD MI)", "Hanne Wouters (OCMW Antwerpen)", "Youssef Bakkali (OCMW Schoten)",
                "Tom Heylen (OCMW Mortsel)", "Lotte De Clercq (OCMW Gent)", "Aïcha Benali (CPAS Luik)",
                "Olivier Deprez (CPAS Charleroi)", "Marc Vanderstraeten (OCMW Brussel)"]:
        p(doc, who, style="List Number", space_after=0)
    p(doc)
    runs(p(doc), ("Verontschuldigd: ", {"bold": True}),
         "Inge Vermeiren (OCMW Mortsel), Didier Baudoux (CPAS Binche), Carine Hansen (CPAS Luik).")
    runs(p(doc), ("Agenda: ", {"bold": True}), "zie uitnodiging van 4 november (bijlage bij de mail).")
    p(doc, "Geen tolk: de bijeenkomst verliep in het Nederlands, met een Franse samenvatting achteraan. Lotte en "
           "Marc vertaalden waar nodig.", italic=True)

    def titel(text):
        par = p(doc, text, bold=True, size=12, color=PURPLE, space_after=3)
        par.paragraph_format.space_before = Pt(12)
        return par

    titel("1 – Opening")
    p(doc, "Joke Mertens verwelkomt het netwerk in Edegem. Stijn Aerts is nieuw als trajectbegeleider. Thomas "
           "Lambrechts meldt dat dit de laatste bijeenkomst van 2024 is.")

    titel("2 – Voorstelling Edegem: 'Welkom in Edegem'")
    runs(p(doc), "Stijn Aerts stelt het lokale project voor: een traject van zes maanden met een individueel "
                 "intakegesprek, een oriëntatiebalans en een maandelijkse groepsactiviteit samen met de deelnemers "
                 "van Mortsel. In 2024 volgden 23 deelnemers een traject; ",
         ("??? (bedrag nakijken)", {"highlight": WD_COLOR_INDEX.YELLOW}),
         " ging naar vervoer en kinderopvang.")

    titel("3 – Jaarrapportering 2024: gemeenschappelijke indicatoren")
    p(doc, "Yasmina El Kaddouri overloopt het sjabloon voor de jaarrapportering. Per OCMW: het aantal deelnemers aan "
           "ondersteunende activiteiten, opgesplitst in taalcursus, maatschappelijke oriëntatie en persoonlijke "
           "professionele begeleiding; het aantal deelnemers aan een taalcursus dat minstens één ERK-niveau "
           "steeg; het aantal deelnemers dat zegt dat de activiteit hielp bij hun integratie.")
    p(doc, "Discussie: Gent en Antwerpen meten het ERK-niveau met een test, de kleinere OCMW's op basis van de "
           "inschatting van de lesgever. Afgesproken: beide mogen, maar de methode wordt vermeld.")

    titel("4 – Rondvraag per OCMW")
    for who, txt in [("Gent (Lotte De Clercq): ", "wachtlijst van 19 kandidaten; de intake gebeurt nu binnen de "
                                                 "drie weken."),
                     ("Luik (Aïcha Benali): ", "'Parler pour agir' draait met drie groepen."),
                     ("Charleroi (Olivier Deprez): ", "nieuwe module rond digitale vaardigheden."),
                     ("Antwerpen (Hanne Wouters): ", "de vereenvoudigde tevredenheidsenquête bestaat nu in zeven "
                                                     "talen."),
                     ("Schoten (Youssef Bakkali): ", "tweede groep 'Samen Thuis' gestart in oktober."),
                     ("Mortsel (Tom Heylen): ", "gezamenlijke groepsactiviteiten met Edegem lopen goed."),
                     ("Brussel (Marc Vanderstraeten): ", "het OCMW Brussel heeft moeite om de enquête digitaal af "
                                                         "te nemen.")]:
        runs(p(doc, style="List Bullet", space_after=0), (who, {"bold": True}), txt)
    p(doc, "[nog aan te vullen na feedback Stijn]", color=RED)

    titel("5 – Varia en afspraken")
    for line in ["→ Joke: stuurt de presentatie rond naar alle deelnemers.",
                 "→ POD MI: bezorgt tegen 13 december het definitieve sjabloon voor de indicatoren.",
                 "→ alle OCMW's: indicatoren 2024 invullen tegen 31 januari 2025.",
                 "→ Lotte + Aïcha: werken een voorstel uit voor een gezamenlijke vorming rond traumasensitief "
                 "werken.",
                 "→ OCMW Brussel: gaat na hoe ze de enquête op een tablet kunnen afnemen."]:
        par = p(doc, line, space_after=2)
        par.paragraph_format.left_indent = Cm(0.5)
    p(doc)
    runs(p(doc), ("Volgende bijeenkomst: ", {"bold": True}), "voorjaar 2025, in Brussel (datum volgt).")

    page_break(doc)
    titel("Résumé en français")
    p(doc, "Réunion du réseau FAMI à Edegem, le 28 novembre 2024, sans interprétation. Stijn Aerts a "
           "présenté le projet local « Welkom in Edegem » : un trajet de six mois avec un entretien "
           "d'admission, un bilan d'orientation et une activité de groupe mensuelle avec les participants de "
           "Mortsel.")
    p(doc, "Yasmina El Kaddouri (SPP) a présenté le modèle de rapport annuel des indicateurs communs. Le niveau du "
           "CECR peut être mesuré par un test ou par l'appréciation du formateur, à condition d'indiquer la "
           "méthode.")
    p(doc, "Les actions et la prochaine rencontre sont reprises au point 5 (en néerlandais).")
    save(doc, "745_edegem_indicateurs.docx", "Joke Mertens", "2024-12-02T10:15:00")


# ================================================================ 746  Mortsel, Inge Vermeiren, 2026
def r746():
    """OCMW Mortsel. Inge Vermeiren: Tahoma, a draft with its marks still in it, people in a two-column table
    (present | excused), agenda as '14:00' lines, titles in bold capitals, numbered action points typed by hand,
    an annex with a table."""
    doc = new_doc("Tahoma", 10)
    TEAL = RGBColor(0x00, 0x60, 0x64)
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "OCMW Mortsel – Sociaal Huis – AMIF"
    fp = sec.footer.paragraphs[0]
    add_page_field(fp, "Verslag netwerkdag 22/01/2026 – ontwerp – ")

    p(doc, "ONTWERP – niet verspreiden", bold=True, color=RED, align=WD_ALIGN_PARAGRAPH.RIGHT)
    p(doc, "Verslag AMIF-netwerkdag", bold=True, size=16, color=TEAL)
    p(doc, "Donderdag 22 januari 2026 – OCMW Mortsel (Sociaal Huis), Mortsel", bold=True)

    t = doc.add_table(rows=2, cols=2)
    t.style = "Table Grid"
    cell_text(t.rows[0].cells[0], "Aanwezig", bold=True)
    cell_text(t.rows[0].cells[1], "Verontschuldigd", bold=True)
    shade(t.rows[0].cells[0], "D5E8E8")
    shade(t.rows[0].cells[1], "D5E8E8")
    cell_text(t.rows[1].cells[0], ["Inge Vermeiren – OCMW Mortsel", "Tom Heylen – OCMW Mortsel",
                                   "Thomas Lambrechts – POD MI", "Sara Van Hoof – POD MI",
                                   "Lotte De Clercq – OCMW Gent", "Julien Thiry – CPAS Luik",
                                   "Nadia Kasongo – CPAS Charleroi", "Ewa Nowak – OCMW Antwerpen",
                                   "Joke Mertens – OCMW Edegem", "Youssef Bakkali – OCMW Schoten",
                                   "Marc Vanderstraeten – OCMW Brussel"])
    cell_text(t.rows[1].cells[1], ["Hanne Wouters – OCMW Antwerpen", "Didier Baudoux – CPAS Binche",
                                   "Yasmina El Kaddouri – POD MI"])
    p(doc)

    p(doc, "Agenda", bold=True, color=TEAL, space_after=0)
    for tm, item in [("13:30", "Onthaal met koffie"), ("14:00", "Welkom door het OCMW Mortsel"),
                     ("14:15", "Demo van het nieuwe netwerkplatform (POD MI)"),
                     ("15:00", "Intake en goedkeuring: hoe doen we het?"), ("15:45", "Pauze"),
                     ("16:00", "Afsluiting van de projectperiode: wat bewaren we?"), ("16:45", "Drankje")]:
        tabs(p(doc, "%s\t%s" % (tm, item), space_after=0), 1.75)

    def kop(text):
        par = p(doc, text, bold=True, color=TEAL, space_after=3)
        par.paragraph_format.space_before = Pt(12)
        return par

    kop("WELKOM")
    p(doc, "Inge Vermeiren verwelkomt het netwerk in Mortsel. Tom Heylen geeft een korte rondleiding in het "
           "Sociaal Huis. Sara Van Hoof stelt zich voor: zij volgt bij de POD het nieuwe netwerkplatform op.")

    kop("DEMO NETWERKPLATFORM")
    p(doc, "Thomas Lambrechts en Sara Van Hoof tonen de testversie van het platform dat de projectfiches, de "
           "verslagen van het netwerk en de opvolging van de deelnemers samenbrengt. Belangrijk: elk OCMW ziet "
           "enkel zijn eigen deelnemers bij naam; de POD en de andere OCMW's zien alleen cijfers. De projectfiche "
           "wordt een formulier met dezelfde onderdelen als het oude sjabloon (doelgroep, modules, "
           "subdoelstellingen, kosten in VTE, ...).")
    runs(p(doc), "Julien Thiry vraagt of alles ook in het Frans beschikbaar is: het platform wel, de Franse "
                 "handleiding nog niet. ",
         ("[aan te vullen: opmerkingen Gent]", {"highlight": WD_COLOR_INDEX.YELLOW}))

    kop("INTAKE EN GOEDKEURING")
    runs(p(doc), "In het platform doorloopt een deelnemer dezelfde stappen als nu: doorverwijzing door de "
                 "maatschappelijk werker, intakegesprek, oriëntatiebalans, goedkeuring door de verantwoordelijke, "
                 "contracten, modules en sessies, evaluatie en einde van het traject. Nadia Kasongo vraagt dat een "
                 "balans ook teruggestuurd kan worden met commentaar, niet enkel goedgekeurd. Lotte De Clercq wil "
                 "per sessie de aanwezigheid en het te laat komen kunnen registreren. In Mortsel werden in 2025 ",
         ("(aantal: XX)", {"color": RED}), " oriëntatiebalansen opgemaakt.")

    kop("AFSLUITING VAN DE PROJECTPERIODE")
    runs(p(doc), "Marc Vanderstraeten vraagt wat er met de dossiers gebeurt als een project afloopt. Thomas "
                 "Lambrechts verwijst naar de regels in bijlage 1: het projectdossier blijft vijf jaar bewaard, "
                 "persoonsgegevens niet langer dan nodig. Julien Thiry meldt dat Luik vorig jaar al een "
                 "infosessie over archivering hield; de slides staan op het platform. ",
         ("[Tom: bijlage 1 nog laten nalezen door de jurist?]", {"italic": True, "color": RED}))

    kop("ACTIEPUNTEN")
    for a in ["1. Thomas stuurt de testaccounts voor het platform naar de contactpersonen.",
              "2. Elk OCMW duidt vóór 20 februari één beheerder aan voor het platform.",
              "3. Handleiding in het Frans nakijken (wie?)",
              "4. Julien en Nadia testen de goedkeuringsstap met twee fictieve dossiers.",
              "5. OCMW Antwerpen bezorgt de lijst van de partnerlocaties.",
              "6. POD MI plant een infosessie over bewaartermijnen voor de Nederlandstalige OCMW's."]:
        par = p(doc, a, space_after=2)
        par.paragraph_format.left_indent = Cm(0.6)
        par.paragraph_format.first_line_indent = Cm(-0.6)
    p(doc)
    runs(p(doc), ("Volgende netwerkdag: ", {"bold": True}), "donderdag 21 mei 2026 in Luik.")

    page_break(doc)
    kop("Bijlage 1 – Overzicht bewaartermijnen")
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Document", "Bewaartermijn", "Bron"]):
        cell_text(c, h, bold=True)
        shade(c, "D5E8E8")
    for row in [("Projectdossier (facturen, aanwezigheidslijsten, verslagen)",
                 "5 jaar vanaf 31 december van het jaar van de laatste betaling", "Verordening (EU) 2021/1060, art. 82"),
                ("Persoonsgegevens van deelnemers", "niet langer dan nodig", "AVG, art. 5, lid 1, e)"),
                ("Inzage door de deelnemer", "altijd, alle gegevens over de persoon", "AVG, art. 15")]:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            cell_text(c, v, size=9)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    save(doc, "746_mortsel_platform_ontwerp.docx", "Inge Vermeiren", "2026-01-26T17:30:00")


if __name__ == "__main__":
    for f in (r737, r738, r739, r740, r741, r742, r743, r744, r745, r746):
        f()
    print("10 reports written")
