# -*- coding: utf-8 -*-
"""Writer k: reports 117-126 of the AMIF network (SPP IS / POD MI and the CPAS/OCMW).

One function per report. Each function builds the .docx with python-docx and returns the
expected dict, typed by hand from the text written in the same function.

Usage:
    python make_reports.py            # writes the .docx files and the .expected.json files
    python make_reports.py --docx     # rewrites only the .docx files (never the expected lists)
An existing .expected.json is never overwritten with different content.
"""
import json
import os
import sys

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
NB = "\u00a0"  # the no-break space French Word puts before : ; ? ! and inside « »

GREY = RGBColor(0x59, 0x59, 0x59)
DARKBLUE = RGBColor(0x1F, 0x3A, 0x68)
GREEN = RGBColor(0x3A, 0x7D, 0x22)
RED = RGBColor(0x9C, 0x1C, 0x2B)
BLUE_LINK = RGBColor(0x05, 0x63, 0xC1)


# ----------------------------------------------------------------------------------- helpers
def new_doc(font="Calibri", size=11, margins=2.2):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.append(rfonts)
    rfonts.set(qn("w:eastAsia"), font)
    rfonts.set(qn("w:cs"), font)
    for s in d.sections:
        s.left_margin = s.right_margin = Cm(margins)
        s.top_margin = Cm(2.0)
        s.bottom_margin = Cm(1.8)
    return d


def R(p, text, bold=False, italic=False, underline=False, size=None, color=None, font=None):
    r = p.add_run(text)
    if bold:
        r.bold = True
    if italic:
        r.italic = True
    if underline:
        r.underline = True
    if size:
        r.font.size = Pt(size)
    if color is not None:
        r.font.color.rgb = color
    if font:
        r.font.name = font
    return r


def P(container, text="", style=None, align=None, after=None, before=None, indent=None, **fmt):
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    if text:
        R(p, text, **fmt)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "j":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if after is not None:
        p.paragraph_format.space_after = Pt(after)
    if before is not None:
        p.paragraph_format.space_before = Pt(before)
    if indent is not None:
        p.paragraph_format.left_indent = Cm(indent)
    return p


def runs(container, parts, style=None, align=None, after=None, before=None, indent=None):
    """parts: list of (text, fmt-dict) or plain strings."""
    p = P(container, style=style, align=align, after=after, before=before, indent=indent)
    for part in parts:
        if isinstance(part, str):
            R(p, part)
        else:
            R(p, part[0], **part[1])
    return p


def add_field(p, instr, size=None):
    def fc(kind):
        r = p.add_run()
        if size:
            r.font.size = Pt(size)
        el = OxmlElement("w:fldChar")
        el.set(qn("w:fldCharType"), kind)
        r._r.append(el)
        return r

    fc("begin")
    r = p.add_run()
    if size:
        r.font.size = Pt(size)
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " %s " % instr
    r._r.append(it)
    fc("separate")
    r = p.add_run("1")
    if size:
        r.font.size = Pt(size)
    fc("end")


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def cell_text(cell, text, bold=False, italic=False, size=None, color=None, align=None):
    p = cell.paragraphs[0]
    R(p, text, bold=bold, italic=italic, size=size, color=color)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def cell_lines(cell, lines, size=None, italic=False, style=None):
    """Write several paragraphs in a cell; each line is a string or a list of (text, fmt) parts."""
    for i, line in enumerate(lines):
        if i == 0:
            p = cell.paragraphs[0]
            if style:
                p.style = style
        else:
            p = cell.add_paragraph(style=style) if style else cell.add_paragraph()
        parts = [line] if isinstance(line, str) else line
        for part in parts:
            if isinstance(part, str):
                R(p, part, size=size, italic=italic)
            else:
                fmt = dict(part[1])
                fmt.setdefault("size", size)
                fmt.setdefault("italic", italic)
                R(p, part[0], **fmt)
    return cell


def col_widths(table, widths_cm):
    for row in table.rows:
        for i, w in enumerate(widths_cm):
            row.cells[i].width = Cm(w)


def header_text(doc, left, right=None, size=8, color=GREY, italic=False):
    hdr = doc.sections[0].header
    p = hdr.paragraphs[0]
    R(p, left, size=size, color=color, italic=italic)
    if right:
        sec = doc.sections[0]
        width = sec.page_width - sec.left_margin - sec.right_margin
        p.paragraph_format.tab_stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT)
        R(p, "\t" + right, size=size, color=color, italic=italic)
    return p


def footer_page(doc, text, total=False, size=8, color=GREY):
    ftr = doc.sections[0].footer
    p = ftr.paragraphs[0]
    sec = doc.sections[0]
    width = sec.page_width - sec.left_margin - sec.right_margin
    p.paragraph_format.tab_stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT)
    R(p, text + "\t", size=size, color=color)
    if total:
        R(p, "p. ", size=size, color=color)
        add_field(p, "PAGE", size=size)
        R(p, "/", size=size, color=color)
        add_field(p, "NUMPAGES", size=size)
    else:
        add_field(p, "PAGE", size=size)
    return p


def heading(doc, text, level=1, color=None, size=None):
    h = doc.add_heading(level=level)
    r = h.add_run(text)
    if color is not None:
        r.font.color.rgb = color
    if size:
        r.font.size = Pt(size)
    return h


# ------------------------------------------------------------------------------- report 117
def r117():
    """Formal narrative proces-verbal, SPP IS, Brussels, 21 June 2016, simultaneous interpretation."""
    d = new_doc("Times New Roman", 11.5, 2.5)
    header_text(d, "SPP Intégration Sociale – Réseau des CPAS FAMI", "PV n° 2016/02", italic=True)
    footer_page(d, "Procès-verbal – séance du 21 juin 2016")

    P(d, "PROCÈS-VERBAL", align="c", bold=True, size=15, after=2)
    P(d, "de la réunion du réseau des CPAS porteurs de projets FAMI", align="c", bold=True, size=12, after=2)
    P(d, "Séance du mardi 21 juin 2016", align="c", size=12, after=2)
    P(d, "SPP Intégration Sociale, Boulevard du Roi Albert II 30, 1000 Bruxelles – salle 7.14",
      align="c", italic=True, after=14)

    P(d, "Sont présents" + NB + ":", bold=True, underline=True, after=4)
    for org, txt in [
        ("Pour le SPP Intégration Sociale" + NB + ": ",
         "Mme Anne-Sophie Delvaux, conseillère, qui préside la réunion" + NB + "; Mme Katrien Vandamme, attachée, "
         "qui assure le secrétariat" + NB + "; M. Pierre-Yves Lemaire, attaché."),
        ("Pour le CPAS de Gand" + NB + ": ",
         "M. Bart De Smet, coordinateur du projet, et Mme Leen Van Acker, assistante sociale."),
        ("Pour le CPAS de Liège" + NB + ": ",
         "Mme Nathalie Lejeune, coordinatrice du projet Mod’Actions, et M. Karim Bensaïd, animateur."),
        ("Pour le CPAS de Charleroi" + NB + ": ",
         "Mme Isabelle Deprez, responsable du Service Action Migrants."),
        ("Pour le CPAS d’Anvers" + NB + ": ",
         "Mme Anke Verbist, chef d’équipe, et M. Jeroen Peeters, collaborateur de projet."),
        ("Pour le CPAS de Bruxelles" + NB + ": ", "M. Olivier Kabongo, assistant social."),
    ]:
        runs(d, [(org, {"italic": True}), txt], indent=0.8, after=2, align="j")
    runs(d, [("Assistent en outre à la réunion" + NB + ": ", {"italic": True}),
             "Mme Marie Dufresne et M. Jan Hermans, interprètes, qui assurent l’interprétation simultanée "
             "français-néerlandais."], indent=0.8, after=8, align="j")
    runs(d, [("Est excusée" + NB + ": ", {"bold": True, "underline": True}),
             "Mme Amélie Vandenberghe (CPAS de Bruxelles)."], after=12)

    P(d, "La séance est ouverte à 10 h 05 sous la présidence de Mme Delvaux, qui souhaite la bienvenue aux "
         "participants et remercie les interprètes de leur présence. Elle rappelle que chacun peut s’exprimer dans "
         "la langue de son choix, une interprétation simultanée étant assurée dans les deux sens.", align="j")
    P(d, "L’ordre du jour, tel qu’il a été communiqué avec la convocation du 3 juin 2016, comporte les points "
         "suivants" + NB + ": approbation du procès-verbal de la séance du 15 mars 2016" + NB + "; état d’avancement "
         "des projets FAMI" + NB + "; indicateurs et rapportage annuel" + NB + "; échange de pratiques sur le "
         "recrutement des participants" + NB + "; divers. L’ordre du jour est adopté sans modification.", align="j")

    heading(d, "I. Approbation du procès-verbal de la séance du 15 mars 2016", 2, color=DARKBLUE)
    P(d, "Le procès-verbal de la séance du 15 mars 2016 est approuvé moyennant une correction" + NB + ": à la "
         "page 3, il convient de lire «" + NB + "315 participants potentiels retenus par les assistants sociaux"
         + NB + "» et non «" + NB + "351" + NB + "». M. De Smet demande que les procès-verbaux soient dorénavant "
         "diffusés dans les deux langues. Mme Delvaux en prend note.", align="j")

    heading(d, "II. État d’avancement des projets FAMI", 2, color=DARKBLUE)
    P(d, "Chaque CPAS présente brièvement l’état d’avancement de son projet.", align="j")
    P(d, "Le CPAS de Gand indique que le premier groupe a démarré en février 2016. Quarante-deux personnes ont été "
         "orientées par les assistants sociaux des antennes, dont trente et une ont effectivement entamé le trajet. "
         "M. De Smet souligne l’importance des médiateurs interculturels, qui interviennent comme interprètes "
         "sociaux lors des entretiens d’admission.", align="j")
    P(d, "Le CPAS de Liège expose le fonctionnement du projet Mod’Actions, qui combine un accompagnement individuel "
         "et quatre ateliers collectifs. Mme Lejeune précise que trois contrats sont signés avec chaque "
         "participant" + NB + ": avec l’assistant social, avec la personne chargée de l’entretien d’admission et "
         "avec le responsable de chaque module. Les règles relatives au taux de présence et à la ponctualité y "
         "sont fixées.", align="j")
    P(d, "Le CPAS de Charleroi rappelle que le projet Activ’Up fonctionne par modules, de septembre à juin. "
         "Mme Deprez fait état d’un important travail de mobilisation" + NB + ": plus de 1000 bénéficiaires "
         "potentiels ont été répertoriés avec l’observatoire local, 315 ont été retenus par les assistants sociaux "
         "pour le premier module et 110 se sont présentés aux séances d’information, soit 35" + NB + "%.",
      align="j")
    P(d, "Le CPAS d’Anvers signale des difficultés de recrutement liées aux listes d’attente des cours de "
         "néerlandais. Mme Verbist présente la brochure d’accueil réalisée en six langues, qui suscite l’intérêt "
         "des autres CPAS. Mme Verbist fera parvenir au secrétariat un exemplaire de la brochure, qui sera diffusé "
         "à l’ensemble des membres du réseau.", align="j")
    P(d, "Le CPAS de Bruxelles indique que le recrutement de l’équipe n’est pas encore finalisé" + NB + "; "
         "M. Kabongo précise que deux engagements sont prévus pour septembre.", align="j")

    heading(d, "III. Indicateurs et rapportage annuel", 2, color=DARKBLUE)
    P(d, "M. Lemaire présente les obligations de rapportage découlant du programme national FAMI. Les CPAS devront "
         "communiquer, pour chaque année, le nombre de participants ayant bénéficié d’un accompagnement, ventilé "
         "par type d’activité. Plusieurs membres font observer que les définitions actuelles laissent une marge "
         "d’interprétation importante, notamment quant à la notion de «" + NB + "participant actif" + NB + "».",
      align="j")
    P(d, "Une proposition de grille commune d’indicateurs sera élaborée par M. Lemaire et Mme Lejeune, en "
         "concertation avec le CPAS de Gand, et soumise à la prochaine réunion.", align="j")
    P(d, "Le canevas du rapport annuel sera transmis aux CPAS par le SPP pour le 15 juillet 2016. Chaque CPAS est "
         "invité à communiquer au secrétariat, pour le 30 septembre 2016 au plus tard, les chiffres de "
         "participation du premier semestre.", align="j")

    heading(d, "IV. Échange de pratiques" + NB + ": le recrutement des participants", 2, color=DARKBLUE)
    P(d, "Les échanges font apparaître que l’orientation par les antennes sociales reste le canal principal de "
         "recrutement. Mme Deprez insiste sur la nécessité d’associer les managers des antennes dès le départ du "
         "projet. M. Peeters relève que les personnes orientées sans entretien préalable abandonnent plus souvent. "
         "Les membres s’accordent sur l’intérêt d’un entretien d’admission centré sur les besoins du participant, "
         "tel qu’il est pratiqué à Liège.", align="j")
    P(d, "Il est par ailleurs convenu que le CPAS de Charleroi communiquera aux membres du réseau la liste des "
         "thèmes abordés lors de ses séances d’information «" + NB + "Se débrouiller en Belgique" + NB + "».",
      align="j")

    heading(d, "V. Divers", 2, color=DARKBLUE)
    P(d, "Mme Vandamme rappelle que les demandes de modification budgétaire doivent être introduites au moins deux "
         "mois à l’avance.", align="j")
    P(d, "La question du CPAS qui accueillera la réunion de printemps 2017 reste à définir" + NB + "; les CPAS "
         "intéressés peuvent se manifester auprès du secrétariat.", align="j")
    P(d, "La prochaine réunion du réseau se tiendra le jeudi 20 octobre 2016 au CPAS de Liège.", align="j")
    P(d, "La séance est levée à 16 h 10.", align="j", after=10)

    P(d, "Annexes" + NB + ":", bold=True, after=2)
    P(d, "Liste de présence signée", style="List Bullet")
    P(d, "Tableau récapitulatif des chiffres de participation (à compléter)", style="List Bullet")

    sig = P(d, before=18)
    sec = d.sections[0]
    sig.paragraph_format.tab_stops.add_tab_stop(Cm(9.5))
    R(sig, "La secrétaire,\tLa présidente,")
    sig2 = P(d, before=24)
    sig2.paragraph_format.tab_stops.add_tab_stop(Cm(9.5))
    R(sig2, "Katrien Vandamme\tAnne-Sophie Delvaux")

    d.save(os.path.join(HERE, "117_pv_reseau_spp_2016.docx"))
    return {
        "file": "117_pv_reseau_spp_2016.docx",
        "languages": ["fr"],
        "online": False,
        "interpretation": True,
        "date": "2016-06-21",
        "people": [
            ["Anne-Sophie Delvaux", "Present", "SPP"],
            ["Katrien Vandamme", "Present", "SPP"],
            ["Pierre-Yves Lemaire", "Present", "SPP"],
            ["Bart De Smet", "Present", "GENT"],
            ["Leen Van Acker", "Present", "GENT"],
            ["Nathalie Lejeune", "Present", "LIEGE"],
            ["Karim Bensaïd", "Present", "LIEGE"],
            ["Isabelle Deprez", "Present", "CHARLEROI"],
            ["Anke Verbist", "Present", "ANTWERPEN"],
            ["Jeroen Peeters", "Present", "ANTWERPEN"],
            ["Olivier Kabongo", "Present", "BRUXELLES"],
            ["Marie Dufresne", "Present", None],
            ["Jan Hermans", "Present", None],
            ["Amélie Vandenberghe", "Excused", "BRUXELLES"],
        ],
        "agenda": [
            ["", "", "approbation du procès-verbal de la séance du 15 mars 2016"],
            ["", "", "état d’avancement des projets FAMI"],
            ["", "", "indicateurs et rapportage annuel"],
            ["", "", "échange de pratiques sur le recrutement des participants"],
            ["", "", "divers"],
        ],
        "headings": [
            ["I", "Approbation du procès-verbal de la séance du 15 mars 2016"],
            ["II", "État d’avancement des projets FAMI"],
            ["III", "Indicateurs et rapportage annuel"],
            ["IV", "Échange de pratiques\u00a0: le recrutement des participants"],
            ["V", "Divers"],
        ],
        "actions": [
            ["Network Contact", ["Anke Verbist"], None, "Mme Verbist fera parvenir au secrétariat un exemplaire"],
            ["Several Network Contacts", ["Pierre-Yves Lemaire", "Nathalie Lejeune"], None,
             "Une proposition de grille commune d’indicateurs sera élaborée"],
            ["SPP", [], None, "Le canevas du rapport annuel sera transmis"],
            ["CPAS", [], None, "Chaque CPAS est invité à communiquer"],
            ["CPAS", [], "CHARLEROI", "le CPAS de Charleroi communiquera aux membres"],
            ["To Be Assigned", [], None, "La question du CPAS qui accueillera"],
        ],
        "next_meeting": {"date": "2016-10-20",
                         "text": "La prochaine réunion du réseau se tiendra le jeudi 20 octobre 2016 au CPAS de Liège."},
        "remarks": ["Tableau récapitulatif des chiffres de participation (à compléter)"],
    }


# ------------------------------------------------------------------------------- report 118
def r118():
    """Verslag by the Gent secretary, network day at OCMW Gent, 9 March 2017, NL only."""
    d = new_doc("Arial", 10, 2.0)
    header_text(d, "OCMW Gent – AMIF-project Nieuwkomers", "Netwerkdag AMIF – 09/03/2017")
    footer_page(d, "Verslag netwerkdag AMIF 09/03/2017 – LVA")

    P(d, "Verslag netwerkdag AMIF – OCMW's", bold=True, size=16, color=DARKBLUE, after=2)
    P(d, "Donderdag 9 maart 2017, OCMW Gent, Onderbergen 86, 9000 Gent (zaal Minnemeers)", after=2)
    P(d, "Verslag: Leen Van Acker", italic=True, after=10)

    P(d, "Aanwezigen en verontschuldigden", bold=True, after=4)
    people = [
        ("Katrien Vandamme", "POD Maatschappelijke Integratie", "aanwezig"),
        ("Pierre-Yves Lemaire", "POD Maatschappelijke Integratie", "aanwezig"),
        ("Bart De Smet", "OCMW Gent", "aanwezig"),
        ("Leen Van Acker", "OCMW Gent", "aanwezig (verslag)"),
        ("Yusuf Demir", "OCMW Gent", "aanwezig"),
        ("Nathalie Lejeune", "OCMW Luik", "aanwezig"),
        ("Véronique Dumont", "OCMW Luik", "aanwezig"),
        ("Isabelle Deprez", "OCMW Charleroi", "verontschuldigd"),
        ("Mehdi Ouali", "OCMW Charleroi", "aanwezig"),
        ("Anke Verbist", "OCMW Antwerpen", "aanwezig"),
        ("Fatima El Idrissi", "OCMW Antwerpen", "aanwezig"),
        ("Amélie Vandenberghe", "OCMW Brussel", "verontschuldigd"),
        ("Olivier Kabongo", "OCMW Brussel", "verontschuldigd"),
    ]
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for i, h in enumerate(["Naam", "Organisatie", "Aanwezig?"]):
        cell_text(t.rows[0].cells[i], h, bold=True)
        shade(t.rows[0].cells[i], "D9E2F3")
    for n, o, s in people:
        row = t.add_row()
        cell_text(row.cells[0], n)
        cell_text(row.cells[1], o)
        cell_text(row.cells[2], s, italic=(s == "verontschuldigd"))
    col_widths(t, [5.0, 6.5, 4.5])

    P(d, "Agenda", bold=True, before=10, after=4)
    agenda = [
        ("9u30 – 10u00", "Onthaal met koffie"),
        ("10u00 – 10u15", "Welkom en goedkeuring vorig verslag"),
        ("10u15 – 11u15", "Stand van zaken per OCMW"),
        ("11u15 – 12u15", "Voorstelling: de intercultureel bemiddelaar in het traject"),
        ("12u15 – 13u15", "Middagpauze"),
        ("13u15 – 14u30", "Werkgroep tevredenheidsenquête"),
        ("14u30 – 15u00", "Afspraken en varia"),
    ]
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for tm, ti in agenda:
        row = t.add_row()
        cell_text(row.cells[0], tm)
        cell_text(row.cells[1], ti)
    col_widths(t, [3.5, 12.5])

    heading(d, "1. Welkom en goedkeuring vorig verslag", 1, size=13)
    P(d, "Bart De Smet verwelkomt iedereen in Gent en overloopt de agenda. Het verslag van de vorige bijeenkomst "
         "(Luik, 20 oktober 2016) wordt goedgekeurd zonder opmerkingen. Er wordt kort stilgestaan bij de nieuwe "
         "collega's: Yusuf Demir (intercultureel bemiddelaar Gent) en Véronique Dumont (intake Luik).")

    heading(d, "2. Stand van zaken per OCMW", 1, size=13)
    P(d, "Brussel heeft zich verontschuldigd; er is dus geen update van OCMW Brussel.", italic=True)
    heading(d, "2.1 Gent", 2, size=11)
    P(d, "Sinds de start zijn 58 deelnemers ingestroomd, waarvan 12 in de nieuwe groep van januari. De wachtlijst "
         "voor NT2 blijft een probleem: deelnemers die nog geen les kunnen volgen, haken sneller af. De "
         "maatschappelijk werkers van de sociale diensten verwijzen vlotter door sinds de infosessie van november. "
         "Bart zal het draaiboek van de intakegesprekken delen met de andere OCMW's.")
    heading(d, "2.2 Luik", 2, size=11)
    P(d, "Nathalie licht toe dat het atelier informatica volzet is; er komt een tweede groep na de paasvakantie. "
         "Véronique doet alle intakegesprekken en stelt vast dat veel deelnemers (vooral vrouwen) weinig of niet "
         "gealfabetiseerd zijn. Zij pleit voor meer visueel materiaal.")
    heading(d, "2.3 Charleroi", 2, size=11)
    P(d, "Mehdi Ouali geeft de cijfers van module 2: 199 personen weerhouden door de maatschappelijk werkers, "
         "60 aanwezig op de infosessies (30%). De opkomst blijft dus laag. Charleroi denkt aan een persoonlijke "
         "uitnodiging via de maatschappelijk werker in plaats van een brief.")
    heading(d, "2.4 Antwerpen", 2, size=11)
    P(d, "Anke Verbist meldt dat Antwerpen gesprekken voert met enkele kleinere OCMW's uit de regio (Schoten, "
         "Edegem, Mortsel) om als partner in te stappen. Fatima geeft een overzicht van de groepswerking: 3 groepen "
         "van 8 à 10 deelnemers, twee voormiddagen per week.")
    P(d, "Opmerking: de cijfers van Antwerpen (aantal intakes 2016) zijn nog aan te vullen.", italic=True,
      color=RED)

    heading(d, "3. De intercultureel bemiddelaar in het traject", 1, size=13)
    P(d, "Yusuf Demir stelt zijn werk voor. De bemiddelaar is aanwezig bij het intakegesprek en tolkt indien nodig "
         "(Arabisch, Turks). Hij volgt de deelnemers ook op tijdens de groepsmomenten en is een aanspreekpunt voor "
         "vragen over huisvesting of de school van de kinderen. Belangrijk: de bemiddelaar is geen maatschappelijk "
         "werker en neemt geen beslissingen over de hulpverlening.")
    P(d, "Vragen uit de groep:", after=2)
    P(d, "Hoe zit het met de vertrouwelijkheid? Yusuf volgt de deontologische code van de sociaal tolken.",
      style="List Bullet")
    P(d, "Kan de bemiddelaar ook telefonisch tolken? Ja, maar liefst niet bij een eerste gesprek.",
      style="List Bullet")

    heading(d, "4. Werkgroep tevredenheidsenquête", 1, size=13)
    P(d, "De huidige tevredenheidsenquête is voor veel deelnemers te moeilijk: woorden als 'autonomie' of "
         "'competentie' worden niet begrepen. Luik en Gent hebben elk een vereenvoudigde versie getest. Voorstel: "
         "één gemeenschappelijke versie met pictogrammen, in eenvoudige taal, en vertalingen in de meest "
         "gesproken talen.")
    P(d, "Conclusies werkgroep:", after=2)
    for b in ["korte vragen, één idee per vraag", "antwoordschaal met smileys (3 niveaus)",
              "mondeling afnemen met de bemiddelaar waar nodig"]:
        P(d, b, style="List Bullet")

    heading(d, "5. Afspraken en varia", 1, size=13)
    P(d, "Katrien herinnert aan de timing van de tussentijdse rapportering (zie mail van 14 februari).")
    P(d, "Volgende bijeenkomst: juni 2017 in Antwerpen (datum nog te bevestigen).", bold=True)

    heading(d, "6. Actiepunten", 1, size=13)
    for a in [
        "Aangepaste tevredenheidsenquête (eenvoudige taal + pictogrammen) uitwerken en rondsturen – Yusuf en Véronique",
        "Offerte vragen voor vertaling enquête (Arabisch, Tigrinya, Dari) – POD MI",
        "Cijfers instroom 2016 bezorgen aan Katrien – alle OCMW's (tegen 31/3)",
        "Contact opnemen met Charleroi over de infosessies 'Se débrouiller en Belgique' – Fatima",
        "Datum en locatie bijeenkomst juni bevestigen – Antwerpen",
    ]:
        P(d, a, style="List Bullet")

    d.save(os.path.join(HERE, "118_verslag_netwerkdag_gent_2017.docx"))
    return {
        "file": "118_verslag_netwerkdag_gent_2017.docx",
        "languages": ["nl"],
        "online": False,
        "interpretation": False,
        "date": "2017-03-09",
        "people": [
            ["Katrien Vandamme", "Present", "SPP"],
            ["Pierre-Yves Lemaire", "Present", "SPP"],
            ["Bart De Smet", "Present", "GENT"],
            ["Leen Van Acker", "Present", "GENT"],
            ["Yusuf Demir", "Present", "GENT"],
            ["Nathalie Lejeune", "Present", "LIEGE"],
            ["Véronique Dumont", "Present", "LIEGE"],
            ["Mehdi Ouali", "Present", "CHARLEROI"],
            ["Anke Verbist", "Present", "ANTWERPEN"],
            ["Fatima El Idrissi", "Present", "ANTWERPEN"],
            ["Isabelle Deprez", "Excused", "CHARLEROI"],
            ["Amélie Vandenberghe", "Excused", "BRUXELLES"],
            ["Olivier Kabongo", "Excused", "BRUXELLES"],
        ],
        "agenda": [
            ["09:30", "10:00", "Onthaal met koffie"],
            ["10:00", "10:15", "Welkom en goedkeuring vorig verslag"],
            ["10:15", "11:15", "Stand van zaken per OCMW"],
            ["11:15", "12:15", "Voorstelling: de intercultureel bemiddelaar in het traject"],
            ["12:15", "13:15", "Middagpauze"],
            ["13:15", "14:30", "Werkgroep tevredenheidsenquête"],
            ["14:30", "15:00", "Afspraken en varia"],
        ],
        "headings": [
            ["1", "Welkom en goedkeuring vorig verslag"],
            ["2", "Stand van zaken per OCMW"],
            ["2.1", "Gent"],
            ["2.2", "Luik"],
            ["2.3", "Charleroi"],
            ["2.4", "Antwerpen"],
            ["3", "De intercultureel bemiddelaar in het traject"],
            ["4", "Werkgroep tevredenheidsenquête"],
            ["5", "Afspraken en varia"],
            ["6", "Actiepunten"],
        ],
        "actions": [
            ["Network Contact", ["Bart De Smet"], None, "Bart zal het draaiboek van de intakegesprekken"],
            ["Several Network Contacts", ["Yusuf Demir", "Véronique Dumont"], None,
             "Aangepaste tevredenheidsenquête (eenvoudige taal + pictogrammen) uitwerken"],
            ["SPP", [], None, "Offerte vragen voor vertaling enquête"],
            ["CPAS", [], None, "Cijfers instroom 2016 bezorgen aan Katrien"],
            ["Network Contact", ["Fatima El Idrissi"], None, "Contact opnemen met Charleroi over de infosessies"],
            ["CPAS", [], "ANTWERPEN", "Datum en locatie bijeenkomst juni bevestigen"],
        ],
        "next_meeting": {"date": None,
                         "text": "Volgende bijeenkomst: juni 2017 in Antwerpen (datum nog te bevestigen)."},
        "remarks": ["Opmerking: de cijfers van Antwerpen (aantal intakes 2016) zijn nog aan te vullen."],
    }


# ------------------------------------------------------------------------------- report 119
def r119():
    """Dictated by Karim Bensaid (CPAS de Liege), typed by the secretariat; Liege, 17 May 2018."""
    d = new_doc("Verdana", 10, 2.3)
    header_text(d, "CPAS de Liège – Département de l'Action sociale – Projet Mod'Actions")
    p = P(d, after=0)
    R(p, "N/Réf. : KB/ns/2018-041")
    p = P(d, "Liège, le 22 mai 2018", align="r", after=14)

    P(d, "Compte rendu de la réunion du réseau FAMI", bold=True, underline=True, size=12, align="c", after=2)
    P(d, "Réunion du jeudi 17 mai 2018, chez nous, rue Général Bertrand (maison d'activation sociale)",
      align="c", after=2)
    P(d, "(Dicté par Karim Bensaïd – dactylographié par Nadia Souhami, secrétariat)", italic=True, size=8,
      align="c", after=14)

    P(d, "Alors la réunion a commencé vers 9h45, un peu en retard à cause des travaux sur l'autoroute pour les "
         "collègues de Gand et d'Anvers.")
    P(d, "Étaient présents : pour le SPP Intégration sociale, Katrien Vandamme et Pierre-Yves Lemaire ; pour Gand, "
         "Bart De Smet et Yusuf Demir ; pour Anvers, Anke Verbist ; pour Charleroi, Isabelle Deprez et Mehdi "
         "Ouali ; et pour nous, Nathalie Lejeune, Véronique Dumont et moi-même. Marc Hennuy nous a rejoints "
         "l'après-midi pour l'atelier. Bruxelles s'était excusé, Amélie Vandenberghe avait prévenu la veille "
         "par mail.")
    P(d, "L'ordre du jour, c'était :", after=2)
    for a in ["- accueil et café", "- le tour de table des projets",
              "- la présentation de l'atelier créatif par Marc", "- le repas à la ferme",
              "- l'enquête de satisfaction", "- les divers"]:
        P(d, a, indent=1.0, after=0)
    P(d, "", after=4)

    P(d, "1) Accueil", bold=True, underline=True, before=8)
    P(d, "Nathalie a souhaité la bienvenue à tout le monde et a fait visiter la maison. Les collègues de Gand ont "
         "beaucoup apprécié l'accueil par la personne sous article 60 à l'entrée, ils trouvent que c'est une "
         "bonne idée pour que les gens se sentent attendus.")

    P(d, "2) Tour de table", bold=True, underline=True, before=8)
    P(d, "Gand : Bart a expliqué qu'ils ont maintenant trois groupes qui tournent, et qu'ils travaillent toujours "
         "avec les médiateurs interculturels. Yusuf a montré les petites capsules vidéo qu'ils font en arabe pour "
         "expliquer le CPAS. [passage inaudible sur l'enregistrement]")
    P(d, "Anvers : Anke a dit que Schoten va peut-être rejoindre le projet comme partenaire, ce n'est pas encore "
         "signé. Anvers va vérifier auprès de Schoten s'ils veulent commencer en septembre ou en janvier.")
    P(d, "Charleroi : Isabelle a parlé des séances d'information, le taux de présence reste autour de 30 à 35 %. "
         "Ils ont changé la méthode, maintenant c'est l'AS qui appelle la personne. Mehdi va nous envoyer la liste "
         "des thèmes des séances d'info, ça intéresse Anvers et nous.")
    p = P(d)
    R(p, "Liège : nous avons eu cette année ")
    R(p, "[chiffres à venir – Véronique doit me redonner le nombre exact d'entretiens d'admission]",
      color=RED)
    R(p, " entretiens d'admission, et à peu près deux tiers des gens sont orientés vers le module 1.")

    P(d, "3) L'atelier créatif", bold=True, underline=True, before=8)
    P(d, "L'après-midi, après le repas à la ferme, Marc a présenté son atelier créatif. Il a montré le petit film "
         "qu'il a tourné avec le groupe de l'hiver. On voit bien comment les gens prennent confiance, même ceux "
         "qui ne parlent presque pas le français. Les collègues ont posé beaucoup de questions sur le matériel et "
         "le budget. Pierre-Yves a rappelé que le matériel peut être pris sur les frais de fonctionnement du "
         "projet, dans les limites de la convention.")

    P(d, "4) L'enquête de satisfaction", bold=True, underline=True, before=8)
    P(d, "Tout le monde est d'accord que l'enquête actuelle ne marche pas bien avec notre public, les mots sont "
         "trop abstraits. Véronique et moi, on va préparer une version simplifiée avec des pictos, et on l'envoie "
         "à tout le monde avant fin juin. Chaque CPAS va la tester avec un groupe avant les vacances.")
    P(d, "Le SPP va regarder si on peut la faire traduire en arabe et en dari. Katrien pense que oui, mais elle "
         "doit voir avec le budget.")

    P(d, "5) Divers", bold=True, underline=True, before=8)
    P(d, "Pierre-Yves a rappelé la date limite pour le rapport annuel, c'est le 30 juin.")
    P(d, "Prochaine réunion : en principe en octobre 2018.")
    P(d, "Qui accueille la prochaine fois, c'est encore à définir, peut-être Bruxelles ou Anvers.")
    P(d, "La réunion s'est terminée vers 15h30, tout le monde est reparti avec un petit sac de productions de "
         "l'atelier.")

    P(d, "Karim Bensaïd", before=16, after=0)
    P(d, "Animateur – Mod'Actions", after=14)
    P(d, "N.B. : les adresses mail des nouveaux collègues sont encore à compléter dans la liste de diffusion.",
      italic=True, size=8)

    d.save(os.path.join(HERE, "119_cr_dicte_liege_2018.docx"))
    return {
        "file": "119_cr_dicte_liege_2018.docx",
        "languages": ["fr"],
        "online": False,
        "interpretation": False,
        "date": "2018-05-17",
        "people": [
            ["Katrien Vandamme", "Present", "SPP"],
            ["Pierre-Yves Lemaire", "Present", "SPP"],
            ["Bart De Smet", "Present", "GENT"],
            ["Yusuf Demir", "Present", "GENT"],
            ["Anke Verbist", "Present", "ANTWERPEN"],
            ["Isabelle Deprez", "Present", "CHARLEROI"],
            ["Mehdi Ouali", "Present", "CHARLEROI"],
            ["Nathalie Lejeune", "Present", "LIEGE"],
            ["Véronique Dumont", "Present", "LIEGE"],
            ["Karim Bensaïd", "Present", "LIEGE"],
            ["Marc Hennuy", "Present", "LIEGE"],
            ["Amélie Vandenberghe", "Excused", "BRUXELLES"],
        ],
        "agenda": [
            ["", "", "accueil et café"],
            ["", "", "le tour de table des projets"],
            ["", "", "la présentation de l'atelier créatif par Marc"],
            ["", "", "le repas à la ferme"],
            ["", "", "l'enquête de satisfaction"],
            ["", "", "les divers"],
        ],
        "headings": [
            ["1", "Accueil"],
            ["2", "Tour de table"],
            ["3", "L'atelier créatif"],
            ["4", "L'enquête de satisfaction"],
            ["5", "Divers"],
        ],
        "actions": [
            ["CPAS", [], "ANTWERPEN", "Anvers va vérifier auprès de Schoten"],
            ["Network Contact", ["Mehdi Ouali"], None, "Mehdi va nous envoyer la liste des thèmes"],
            ["Several Network Contacts", ["Véronique Dumont", "Karim Bensaïd"], None,
             "Véronique et moi, on va préparer"],
            ["CPAS", [], None, "Chaque CPAS va la tester avec un groupe"],
            ["SPP", [], None, "Le SPP va regarder si on peut"],
            ["To Be Assigned", [], None, "Qui accueille la prochaine fois, c'est encore"],
        ],
        "next_meeting": {"date": None, "text": "Prochaine réunion : en principe en octobre 2018."},
        "remarks": [
            "[chiffres à venir – Véronique doit me redonner le nombre exact d'entretiens d'admission]",
            "N.B. : les adresses mail des nouveaux collègues sont encore à compléter dans la liste de diffusion.",
        ],
    }


# ------------------------------------------------------------------------------- report 120
def r120():
    """SPP report in the house form of the 2019 seed, NL paragraph then FR paragraph; Antwerpen, 28 Nov 2019."""
    d = new_doc("Calibri", 10.5, 2.2)
    hdr = d.sections[0].header
    sec = d.sections[0]
    width = sec.page_width - sec.left_margin - sec.right_margin
    p = hdr.paragraphs[0]
    p.paragraph_format.tab_stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT)
    R(p, "Naar een geïntegreerd migratiebeleid, dankzij het AMIF\tPOD | Maatschappelijke Integratie", size=8,
      color=GREEN, italic=True)
    p = hdr.add_paragraph()
    p.paragraph_format.tab_stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT)
    R(p, "Vers une politique de migration plus intégrée, grâce au FAMI\tSPP | Intégration Sociale", size=8,
      color=GREEN, italic=True)
    footer_page(d, "Verslag uitwisseling OCMW's – Rapport échange entre CPAS – 28/11/2019")

    P(d, "Verslag uitwisseling OCMW's – Rapport échange entre CPAS", bold=True, size=14, align="c", after=4)
    P(d, "AMIF 28 november 2019 – FAMI 28 novembre 2019", bold=True, align="c", after=4)
    P(d, "OCMW Antwerpen, Lange Gasthuisstraat 39, 2000 Antwerpen", align="c", after=12)

    runs(d, [("Aanwezig – Présents : ", {"bold": True}),
             "Katrien Vandamme (POD MI – SPP IS), Bart De Smet (OCMW Gent – CPAS Gand), Yusuf Demir (OCMW Gent – "
             "CPAS Gand), Karim Bensaïd (OCMW Luik – CPAS Liège), Véronique Dumont (OCMW Luik – CPAS Liège), Mehdi "
             "Ouali (OCMW Charleroi – CPAS Charleroi), Caroline Mathy (OCMW Binche – CPAS Binche), Anke Verbist "
             "(OCMW Antwerpen – CPAS Anvers), Fatima El Idrissi (OCMW Antwerpen – CPAS Anvers), Els Jacobs (OCMW "
             "Schoten – CPAS Schoten), Stijn Wouters (OCMW Edegem – CPAS Edegem), Olivier Kabongo (OCMW Brussel – "
             "CPAS Bruxelles)"], align="j", after=6)
    runs(d, [("Verontschuldigd – Excusés : ", {"bold": True}),
             "Isabelle Deprez (OCMW Charleroi – CPAS Charleroi), Greet Van Dyck (OCMW Mortsel – CPAS Mortsel)"],
         align="j", after=10)

    P(d, "Agenda – Ordre du jour", bold=True, after=4)
    t = d.add_table(rows=0, cols=2)
    t.style = "Light List Accent 1" if "Light List Accent 1" in [s.name for s in d.styles] else "Table Grid"
    for tm, ti in [
        ("10.00 – 10.30", "Onthaal en koffie – Accueil et café"),
        ("10.30 – 11.30", "Voorstelling project OCMW Antwerpen – Présentation du projet du CPAS d'Anvers"),
        ("11.30 – 12.30", "Stand van zaken per OCMW – État des lieux par CPAS"),
        ("12.30 – 13.30", "Lunch"),
        ("13.30 – 15.00", "Brainstorm: AMIF na 2020 – Brainstorming : le FAMI après 2020"),
        ("15.00 – 15.30", "Feedback en afsluiting – Feed-back et clôture"),
    ]:
        row = t.add_row()
        cell_text(row.cells[0], tm, size=9.5)
        cell_text(row.cells[1], ti, size=9.5)
    col_widths(t, [3.0, 13.5])

    def nlfr(nl, fr):
        P(d, nl, align="j", after=2)
        P(d, fr, align="j", italic=True, color=GREY, after=8)

    heading(d, "I. Welkom en inleiding – Accueil et introduction", 2, color=GREEN)
    nlfr("Anke Verbist verwelkomt de OCMW's in de raadzaal van OCMW Antwerpen. Het is de eerste keer dat ook de "
         "partner-OCMW's Schoten en Edegem deelnemen aan een uitwisseling; Mortsel is verontschuldigd.",
         "Anke Verbist accueille les CPAS dans la salle du conseil du CPAS d'Anvers. C'est la première fois que "
         "les CPAS partenaires de Schoten et d'Edegem participent à un échange ; Mortsel est excusé.")

    heading(d, "2. Voorstelling project OCMW Antwerpen – Présentation du projet du CPAS d'Anvers", 2, color=GREEN)
    nlfr("Fatima El Idrissi stelt het project voor. Antwerpen werkt met groepen van 8 tot 10 deelnemers die twee "
         "voormiddagen per week samenkomen. Elke groep heeft een vaste begeleider en een intercultureel "
         "bemiddelaar. Sinds dit jaar sluiten de partner-OCMW's aan: zij verwijzen deelnemers door en volgen een "
         "deel van de modules mee.",
         "Fatima El Idrissi présente le projet. Anvers travaille avec des groupes de 8 à 10 participants qui se "
         "réunissent deux matinées par semaine. Chaque groupe a un accompagnateur fixe et un médiateur "
         "interculturel. Depuis cette année, les CPAS partenaires sont associés : ils orientent des participants "
         "et suivent une partie des modules.")
    nlfr("Een deelnemster van de groep van september kwam haar ervaring vertellen. Ze benadrukte vooral het "
         "groepsgevoel en de uitstappen in de stad.",
         "Une participante du groupe de septembre est venue témoigner. Elle a surtout souligné l'esprit de groupe "
         "et les sorties en ville.")

    heading(d, "3. Stand van zaken per OCMW – État des lieux par CPAS", 2, color=GREEN)
    for nl, fr in [
        ("Gent: 3 groepen lopen; de video's in het Arabisch en het Dari worden ook door andere diensten gebruikt.",
         "Gand : 3 groupes en cours ; les vidéos en arabe et en dari sont aussi utilisées par d'autres services."),
        ("Luik: de vereenvoudigde tevredenheidsenquête met pictogrammen is in gebruik sinds september; de eerste "
         "reacties zijn positief.",
         "Liège : l'enquête de satisfaction simplifiée avec pictogrammes est utilisée depuis septembre ; les "
         "premiers retours sont positifs."),
        ("Charleroi en Binche: Binche is partner sinds januari 2019. Caroline Mathy vertelt dat de deelnemers uit "
         "Binche moeilijk naar Charleroi kunnen komen (vervoer); een deel van de ateliers wordt daarom in Binche "
         "georganiseerd.",
         "Charleroi et Binche : Binche est partenaire depuis janvier 2019. Caroline Mathy explique que les "
         "participants de Binche ont du mal à se rendre à Charleroi (transport) ; une partie des ateliers est donc "
         "organisée à Binche."),
        ("Brussel: het team is volledig; de nadruk ligt op individuele begeleiding.",
         "Bruxelles : l'équipe est complète ; l'accent est mis sur l'accompagnement individuel."),
    ]:
        P(d, nl, style="List Bullet", after=0)
        P(d, fr, italic=True, color=GREY, indent=0.63, after=6)

    heading(d, "4. Brainstorm: AMIF na 2020 – Brainstorming : le FAMI après 2020", 2, color=GREEN)
    nlfr("Het huidige AMIF-programma loopt af in 2020. Katrien Vandamme licht toe dat de Europese Commissie een "
         "nieuw fonds voorbereidt voor 2021-2027. De OCMW's brainstormen over wat ze in een volgend project willen "
         "behouden en wat anders moet.",
         "Le programme FAMI actuel se termine en 2020. Katrien Vandamme explique que la Commission européenne "
         "prépare un nouveau fonds pour 2021-2027. Les CPAS réfléchissent à ce qu'ils veulent garder dans un "
         "prochain projet et à ce qui doit changer.")
    for nl, fr in [
        ("Behouden: intensieve begeleiding, groepswerking, interculturele bemiddelaars.",
         "À garder : accompagnement intensif, travail de groupe, médiateurs interculturels."),
        ("Anders: minder administratieve last, eenvoudigere indicatoren, meer tijd voor de opstart.",
         "À changer : moins de charge administrative, des indicateurs plus simples, plus de temps pour le "
         "démarrage."),
    ]:
        P(d, nl, style="List Bullet", after=0)
        P(d, fr, italic=True, color=GREY, indent=0.63, after=6)

    heading(d, "5. Feedback: sterktes en werkpunten – Feed-back : points forts et points à améliorer", 2,
            color=GREEN)
    for nl, fr in [
        ("Sterk: de getuigenis van een deelnemer, de uitwisseling met de partner-OCMW's.",
         "Points forts : le témoignage d'une participante, l'échange avec les CPAS partenaires."),
        ("Werkpunt: te weinig tijd voor de brainstorm; volgende keer de voormiddag korter houden.",
         "À améliorer : trop peu de temps pour le brainstorming ; la prochaine fois, raccourcir la matinée."),
    ]:
        P(d, nl, style="List Bullet", after=0)
        P(d, fr, italic=True, color=GREY, indent=0.63, after=6)

    heading(d, "6. Actiepunten – Points d'action", 2, color=GREEN)
    for nl, fr in [
        ("Anke bezorgt de presentatie van Antwerpen aan het POD MI, dat ze doorstuurt naar alle OCMW's.",
         "Anke transmet la présentation d'Anvers au SPP IS, qui la diffusera à tous les CPAS."),
        ("Het POD MI bundelt de resultaten van de brainstorm in een nota voor de beleidscel.",
         "Le SPP IS regroupe les résultats du brainstorming dans une note pour la cellule stratégique."),
        ("Els en Stijn maken samen een lijst van gedeelde partners (taalscholen, CVO's).",
         "Els et Stijn dressent ensemble une liste des partenaires communs (écoles de langues, CVO)."),
        ("Elk OCMW vult de tabel met de cijfers 2019 aan tegen 15 januari 2020.",
         "Chaque CPAS complète le tableau des chiffres 2019 pour le 15 janvier 2020."),
        ("OCMW Charleroi bezorgt de opkomstcijfers van de infosessies per module.",
         "Le CPAS de Charleroi transmet les taux de présence aux séances d'information par module."),
    ]:
        P(d, nl, style="List Bullet", after=0)
        P(d, fr, italic=True, color=GREY, indent=0.63, after=6)

    runs(d, [("Volgende bijeenkomst – Prochaine rencontre : ", {"bold": True}),
             "voorjaar 2020, OCMW Brussel – printemps 2020, CPAS de Bruxelles"], before=8)
    P(d, "Opmerkingen van de OCMW's nog aan te vullen – Commentaires des CPAS encore à ajouter", italic=True,
      color=RED, before=6)

    d.save(os.path.join(HERE, "120_verslag_rapport_antwerpen_2019.docx"))
    return {
        "file": "120_verslag_rapport_antwerpen_2019.docx",
        "languages": ["nl", "fr"],
        "online": False,
        "interpretation": False,
        "date": "2019-11-28",
        "people": [
            ["Katrien Vandamme", "Present", "SPP"],
            ["Bart De Smet", "Present", "GENT"],
            ["Yusuf Demir", "Present", "GENT"],
            ["Karim Bensaïd", "Present", "LIEGE"],
            ["Véronique Dumont", "Present", "LIEGE"],
            ["Mehdi Ouali", "Present", "CHARLEROI"],
            ["Caroline Mathy", "Present", "BINCHE"],
            ["Anke Verbist", "Present", "ANTWERPEN"],
            ["Fatima El Idrissi", "Present", "ANTWERPEN"],
            ["Els Jacobs", "Present", "SCHOTEN"],
            ["Stijn Wouters", "Present", "EDEGEM"],
            ["Olivier Kabongo", "Present", "BRUXELLES"],
            ["Isabelle Deprez", "Excused", "CHARLEROI"],
            ["Greet Van Dyck", "Excused", "MORTSEL"],
        ],
        "agenda": [
            ["10:00", "10:30", "Onthaal en koffie – Accueil et café"],
            ["10:30", "11:30", "Voorstelling project OCMW Antwerpen – Présentation du projet du CPAS d'Anvers"],
            ["11:30", "12:30", "Stand van zaken per OCMW – État des lieux par CPAS"],
            ["12:30", "13:30", "Lunch"],
            ["13:30", "15:00", "Brainstorm: AMIF na 2020 – Brainstorming : le FAMI après 2020"],
            ["15:00", "15:30", "Feedback en afsluiting – Feed-back et clôture"],
        ],
        "headings": [
            ["I", "Welkom en inleiding – Accueil et introduction"],
            ["2", "Voorstelling project OCMW Antwerpen – Présentation du projet du CPAS d'Anvers"],
            ["3", "Stand van zaken per OCMW – État des lieux par CPAS"],
            ["4", "Brainstorm: AMIF na 2020 – Brainstorming : le FAMI après 2020"],
            ["5", "Feedback: sterktes en werkpunten – Feed-back : points forts et points à améliorer"],
            ["6", "Actiepunten – Points d'action"],
        ],
        "actions": [
            ["Network Contact", ["Anke Verbist"], None, "Anke bezorgt de presentatie van Antwerpen"],
            ["SPP", [], None, "Het POD MI bundelt de resultaten"],
            ["Several Network Contacts", ["Els Jacobs", "Stijn Wouters"], None,
             "Els en Stijn maken samen een lijst"],
            ["CPAS", [], None, "Elk OCMW vult de tabel met"],
            ["CPAS", [], "CHARLEROI", "OCMW Charleroi bezorgt de opkomstcijfers van de infosessies"],
        ],
        "next_meeting": {"date": None,
                         "text": "Volgende bijeenkomst – Prochaine rencontre : voorjaar 2020, OCMW Brussel – "
                                 "printemps 2020, CPAS de Bruxelles"},
        "remarks": ["Opmerkingen van de OCMW's nog aan te vullen – Commentaires des CPAS encore à ajouter"],
    }


# ------------------------------------------------------------------------------- report 121
def r121():
    """E-mail of the SPP attachee pasted into Word; Teams meeting of 12 May 2020 (Covid)."""
    d = new_doc("Calibri", 11, 2.0)

    def mailhdr(label, value):
        p = P(d, after=0)
        R(p, label, bold=True)
        R(p, value)

    mailhdr("De : ", "Sarah Benali")
    mailhdr("Envoyé : ", "mercredi 13 mai 2020 16:42")
    mailhdr("À : ", "Réseau FAMI CPAS")
    mailhdr("Cc : ", "Pierre-Yves Lemaire")
    mailhdr("Objet : ", "CR réunion Teams réseau FAMI – 12/05")
    P(d, "", after=0)

    P(d, "Bonjour à toutes et à tous,")
    P(d, "Merci encore pour votre participation à la réunion Teams d'hier, malgré les petits soucis de connexion du "
         "début (et le micro de Bart :-) ). Vous trouverez ci-dessous un petit compte rendu, n'hésitez pas à me "
         "dire si j'ai oublié ou mal compris quelque chose.")
    P(d, "Étaient présents : Pierre-Yves et moi pour le SPP, Bart De Smet et Yusuf Demir (Gand), Karim Bensaïd "
         "(Liège), Isabelle Deprez et Julie Lambot (Charleroi), Anke Verbist (Anvers), Olivier Kabongo et Samira "
         "Haddouchi (Bruxelles). Excusées : Véronique Dumont (Liège) et Caroline Mathy (Binche). Pas d'interprètes "
         "cette fois, merci à tous pour les efforts dans l'autre langue !")
    P(d, "Pour rappel, l'ordre du jour était :", after=0)
    for a in ["1) Tour de table : situation Covid dans les projets",
              "2) Activités de groupe : quelles règles pour la reprise ?",
              "3) Rapport annuel 2019 et indicateurs",
              "4) Divers"]:
        P(d, a, after=0, indent=0.5)
    P(d, "", after=0)

    P(d, "Tour de table", bold=True, underline=True, after=2)
    P(d, "Gand : les groupes sont arrêtés depuis le 13 mars. Les médiateurs appellent les participants chaque "
         "semaine. Yusuf partagera les capsules vidéo sur les mesures Covid (en arabe, dari et tigrinya) réalisées "
         "à Gand.")
    P(d, "Liège : Karim explique que l'équipe fait du suivi individuel par téléphone et WhatsApp ; l'atelier "
         "informatique est suspendu car beaucoup de participants n'ont pas d'ordinateur à la maison.")
    P(d, "Charleroi : idem, suivi par téléphone. Le CPAS prépare un protocole de reprise pour les ateliers.")
    P(d, "Anvers : Anke signale que les groupes WhatsApp marchent bien, surtout pour les femmes. Schoten a mis ses "
         "activités en pause.")
    P(d, "Bruxelles : beaucoup de participants sans accès à internet. Samira et Olivier vont vérifier si des "
         "tablettes peuvent être prêtées et financées sur le budget FAMI.")

    P(d, "Reprise des activités de groupe", bold=True, underline=True, after=2)
    P(d, "Les règles diffèrent d'un CPAS à l'autre selon les locaux : à Charleroi et à Liège, ce sera 3 "
         "participants + 1 formateur par groupe ; à Gand 4 + 1 (la salle est plus grande). Tout le monde garde les "
         "masques et le gel à l'entrée. Julie enverra à tout le monde le protocole de reprise de Charleroi dès "
         "qu'il est validé par le comité.")
    P(d, "Pierre-Yves rappelle que les règles fédérales priment et qu'elles peuvent encore changer.")

    P(d, "Rapport annuel 2019", bold=True, underline=True, after=2)
    P(d, "Nous vous enverrons d'ici fin mai le canevas adapté du rapport annuel (avec un champ « impact Covid »). "
         "Chaque CPAS me fait parvenir ses chiffres 2019 définitifs pour le 5 juin au plus tard.")
    P(d, "NB : les chiffres de Bruxelles pour le 4e trimestre 2019 sont encore à compléter dans le tableau "
         "partagé.", bold=True)

    P(d, "Divers", bold=True, underline=True, after=2)
    P(d, "Anke propose un webinaire sur la santé mentale des participants (isolement, stress). Tout le monde est "
         "intéressé. L'organisation de ce webinaire est encore à définir, on en reparle la prochaine fois.")
    P(d, "Prochaine réunion Teams : début juin (date via Doodle).")

    P(d, "Prenez soin de vous et de vos équipes,")
    P(d, "Sarah", after=12)

    for txt, fmt in [
        ("Sarah Benali", {"bold": True, "color": DARKBLUE, "size": 9}),
        ("Attachée – Cellule FAMI", {"color": GREY, "size": 9}),
        ("SPP Intégration Sociale, Lutte contre la Pauvreté, Économie Sociale et Politique des Grandes Villes",
         {"color": GREY, "size": 9}),
        ("Boulevard du Roi Albert II 30, 1000 Bruxelles", {"color": GREY, "size": 9}),
    ]:
        P(d, txt, after=0, **fmt)
    P(d, "www.mi-is.be", after=6, color=BLUE_LINK, underline=True, size=9)
    P(d, "Vers une politique de migration plus intégrée, grâce au FAMI", italic=True, color=GREEN, size=8)

    d.save(os.path.join(HERE, "121_mail_cr_teams_2020.docx"))
    return {
        "file": "121_mail_cr_teams_2020.docx",
        "languages": ["fr"],
        "online": True,
        "interpretation": False,
        "date": "2020-05-12",
        "people": [
            ["Sarah Benali", "Present", "SPP"],
            ["Pierre-Yves Lemaire", "Present", "SPP"],
            ["Bart De Smet", "Present", "GENT"],
            ["Yusuf Demir", "Present", "GENT"],
            ["Karim Bensaïd", "Present", "LIEGE"],
            ["Isabelle Deprez", "Present", "CHARLEROI"],
            ["Julie Lambot", "Present", "CHARLEROI"],
            ["Anke Verbist", "Present", "ANTWERPEN"],
            ["Olivier Kabongo", "Present", "BRUXELLES"],
            ["Samira Haddouchi", "Present", "BRUXELLES"],
            ["Véronique Dumont", "Excused", "LIEGE"],
            ["Caroline Mathy", "Excused", "BINCHE"],
        ],
        "agenda": [
            ["", "", "Tour de table : situation Covid dans les projets"],
            ["", "", "Activités de groupe : quelles règles pour la reprise ?"],
            ["", "", "Rapport annuel 2019 et indicateurs"],
            ["", "", "Divers"],
        ],
        "headings": [
            ["", "Tour de table"],
            ["", "Reprise des activités de groupe"],
            ["", "Rapport annuel 2019"],
            ["", "Divers"],
        ],
        "actions": [
            ["Network Contact", ["Yusuf Demir"], None, "Yusuf partagera les capsules vidéo sur"],
            ["Several Network Contacts", ["Samira Haddouchi", "Olivier Kabongo"], None,
             "Samira et Olivier vont vérifier si"],
            ["Network Contact", ["Julie Lambot"], None, "Julie enverra à tout le monde le protocole"],
            ["SPP", [], None, "Nous vous enverrons d'ici fin mai"],
            ["CPAS", [], None, "Chaque CPAS me fait parvenir ses chiffres"],
            ["To Be Assigned", [], None, "L'organisation de ce webinaire est encore"],
        ],
        "next_meeting": {"date": None, "text": "Prochaine réunion Teams : début juin (date via Doodle)."},
        "remarks": ["NB : les chiffres de Bruxelles pour le 4e trimestre 2019 sont encore à compléter dans le "
                    "tableau partagé."],
    }


# ------------------------------------------------------------------------------- report 122
def r122():
    """Short notes of the Antwerpen team leader, Webex meeting of 23 March 2021, NL."""
    d = new_doc("Arial", 10, 2.0)
    ftr = d.sections[0].footer.paragraphs[0]
    R(ftr, "notities AV – intern", size=7, color=GREY)

    P(d, "Netwerk AMIF – Webex 23/3/21 – notities AV", bold=True, size=11, after=6)
    runs(d, [("Aanw.: ", {"bold": True}),
             "Sarah Benali (SB) en Thomas Claeys (TC), POD MI; Leen Van Acker (LVA) en Bart De Smet (BDS), Gent; "
             "Karim Bensaïd (KB), Luik; Julie Lambot (JL), Charleroi; Samira Haddouchi (SH), Brussel; Els Jacobs "
             "(EJ), Schoten; Wim Goossens (WG) en ik (AV), A'pen"], after=2)
    runs(d, [("Verontsch.: ", {"bold": True}),
             "Stijn Wouters (Edegem), Greet Van Dyck (Mortsel), Isabelle Deprez (Charleroi)"], after=2)
    runs(d, [("Agenda: ", {"bold": True}),
             "ronde OCMW's – nieuwe AMIF-periode 2021-2027 – indicatoren – tevredenheidsenquête – varia"], after=8)

    def block(title, items):
        P(d, title, bold=True, underline=True, before=6, after=2)
        for it in items:
            P(d, it, style="List Bullet", after=0)

    block("Ronde OCMW's", [
        "Gent: groepen terug 4+1 sinds feb., vanaf april misschien 6+1 (afh. van barometer). Bemiddelaars doen "
        "veel telefonisch.",
        "Luik: nog 3+1, veel uitval door quarantaine. Ateliers in 2 shifts.",
        "Charleroi: 3+1. Infosessies online -> opkomst laag (± 30%, zoals vroeger fysiek eigenlijk).",
        "Brussel: tablets uitgeleend (20 st.), werkt.",
        "A'pen: WhatsApp-groepen blijven, fysiek 4+1 in zaal Kiel. Schoten: 3 deeln. doorverwezen, Edegem/Mortsel "
        "nog niks.",
    ])
    block("Nieuwe periode 2021-2027", [
        "nieuwe AMIF-verordening nog niet goedgekeurd, verwacht tegen de zomer",
        "POD wil projecten verlengen tot eind 2021 (overbrugging) -> goed nieuws voor ons, maar budget nog onzeker",
        "nieuwe projectfiche: zelfde structuur, maar doelgroep + subdoelstellingen per module (min. 3)",
    ])
    block("Indicatoren", [
        "EU wil gemeenschappelijke output- en resultaatindicatoren: # deelnemers taalcursus, maatsch. oriëntatie, "
        "individuele begeleiding; # deelnemers met min. 1 ERK-niveau vooruitgang",
        "discussie: ERK meten wij niet! Alleen CVO's doen dat. KB: Luik idem.",
        "SB: desnoods via attest van de taalschool",
    ])
    block("Enquête", [
        "KB toont versie Luik met pictogrammen, heel duidelijk",
        "vraag naar meer talen (Dari, Tigrinya, Arabisch, Somali)",
    ])
    block("Varia", [
        "TC nieuw bij POD (NL-talig aanspreekpunt), vervangt Pierre-Yves Lemaire (pensioen)",
        "Volgende: juni, datum via POD",
    ])
    block("To do", [
        "SB: ontwerp nieuwe projectfiche rondsturen (april)",
        "AV + WG: cijfers Q1 doorgeven aan POD, incl. Schoten",
        "KB: enquête Luik (pictogrammen) delen met iedereen",
        "alle OCMW's: feedback op indicatorenlijst vóór 15/4",
        "POD: checken of vertaling enquête Dari/Tigrinya kan",
        "Werkgroep rond ERK-meting opstarten, trekker nog te bepalen",
        "Wim: Schoten bellen ivm deelnemerslijst",
        "opm.: cijfers Brussel Q4 2020 nog aan te vullen",
    ])
    P(d, "Notities: Anke Verbist, teamleider AMIF – voor intern gebruik", italic=True, size=8, color=GREY,
      before=12)

    d.save(os.path.join(HERE, "122_notities_webex_2021.docx"))
    return {
        "file": "122_notities_webex_2021.docx",
        "languages": ["nl"],
        "online": True,
        "interpretation": False,
        "date": "2021-03-23",
        "people": [
            ["Sarah Benali", "Present", "SPP"],
            ["Thomas Claeys", "Present", "SPP"],
            ["Leen Van Acker", "Present", "GENT"],
            ["Bart De Smet", "Present", "GENT"],
            ["Karim Bensaïd", "Present", "LIEGE"],
            ["Julie Lambot", "Present", "CHARLEROI"],
            ["Samira Haddouchi", "Present", "BRUXELLES"],
            ["Els Jacobs", "Present", "SCHOTEN"],
            ["Wim Goossens", "Present", "ANTWERPEN"],
            ["Anke Verbist", "Present", "ANTWERPEN"],
            ["Stijn Wouters", "Excused", "EDEGEM"],
            ["Greet Van Dyck", "Excused", "MORTSEL"],
            ["Isabelle Deprez", "Excused", "CHARLEROI"],
        ],
        "agenda": [
            ["", "", "ronde OCMW's"],
            ["", "", "nieuwe AMIF-periode 2021-2027"],
            ["", "", "indicatoren"],
            ["", "", "tevredenheidsenquête"],
            ["", "", "varia"],
        ],
        "headings": [
            ["", "Ronde OCMW's"],
            ["", "Nieuwe periode 2021-2027"],
            ["", "Indicatoren"],
            ["", "Enquête"],
            ["", "Varia"],
            ["", "To do"],
        ],
        "actions": [
            ["Network Contact", ["Sarah Benali"], None, "ontwerp nieuwe projectfiche rondsturen (april)"],
            ["Several Network Contacts", ["Anke Verbist", "Wim Goossens"], None,
             "cijfers Q1 doorgeven aan POD, incl. Schoten"],
            ["Network Contact", ["Karim Bensaïd"], None, "enquête Luik (pictogrammen) delen met iedereen"],
            ["CPAS", [], None, "feedback op indicatorenlijst vóór 15/4"],
            ["SPP", [], None, "checken of vertaling enquête Dari/Tigrinya kan"],
            ["To Be Assigned", [], None, "Werkgroep rond ERK-meting opstarten"],
            ["Network Contact", ["Wim Goossens"], None, "Schoten bellen ivm deelnemerslijst"],
        ],
        "next_meeting": {"date": None, "text": "Volgende: juni, datum via POD"},
        "remarks": ["opm.: cijfers Brussel Q4 2020 nog aan te vullen"],
    }


# ------------------------------------------------------------------------------- report 123
def r123():
    """Verslag of the partner OCMW Mortsel (Sociaal Huis), regional AMIF partner meeting, 6 Oct 2022."""
    d = new_doc("Calibri", 10.5, 2.0)
    header_text(d, "Lokaal Bestuur Mortsel | Sociaal Huis", "VERSLAG", size=9, color=DARKBLUE)
    footer_page(d, "Verslag overleg AMIF-partners – 6 oktober 2022", total=True)

    P(d, "Overleg AMIF-partners regio Antwerpen", bold=True, size=15, color=DARKBLUE, after=8)
    info = d.add_table(rows=0, cols=2)
    info.style = "Table Grid"
    rows = [
        ("Datum", ["donderdag 6 oktober 2022"]),
        ("Uur", ["13u30 – 16u30"]),
        ("Plaats", ["Sociaal Huis Mortsel, vergaderzaal De Linde"]),
        ("Aanwezig", ["Thomas Claeys (POD MI)",
                      "Anke Verbist, Wim Goossens (OCMW Antwerpen)",
                      "Els Jacobs (OCMW Schoten)",
                      "Stijn Wouters, Lotte Maes (OCMW Edegem)",
                      "Greet Van Dyck, Koen Mertens (OCMW Mortsel)",
                      "Leen Van Acker (OCMW Gent, als gast)"]),
        ("Verontschuldigd", ["Sarah Benali (POD MI), Fatima El Idrissi (OCMW Antwerpen)"]),
        ("Verslaggever", ["Koen Mertens"]),
    ]
    for label, lines in rows:
        row = info.add_row()
        cell_text(row.cells[0], label, bold=True)
        shade(row.cells[0], "E7EEF7")
        cell_lines(row.cells[1], lines)
    col_widths(info, [3.5, 13.0])

    P(d, "Agenda", bold=True, size=12, color=DARKBLUE, before=12, after=4)
    for tm, ti in [("13u30", "Welkom en kennismaking"), ("13u45", "Goedkeuring verslag van 12 mei 2022"),
                   ("14u00", "Stand van zaken partnerwerking"), ("15u00", "Pauze"),
                   ("15u15", "Nieuwe indicatoren AMIF 2021-2027"), ("16u00", "Rondvraag")]:
        p = P(d, style="List Number", after=0)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(2.5))
        R(p, tm + "\t" + ti)

    heading(d, "A. Welkom en goedkeuring verslag", 2, color=DARKBLUE)
    P(d, "Greet Van Dyck verwelkomt iedereen in het Sociaal Huis. Korte voorstellingsronde; Lotte Maes is nieuw "
         "bij OCMW Edegem (trajectbegeleider). Het verslag van 12 mei 2022 wordt goedgekeurd zonder opmerkingen.")

    heading(d, "B. Stand van zaken partnerwerking", 2, color=DARKBLUE)
    runs(d, [("Schoten – ", {"bold": True}),
             "7 deelnemers in traject, waarvan 5 in de groepsmodule in Antwerpen. Vervoer blijft een drempel; "
             "De Lijn-abonnementen worden via het project terugbetaald. De deelnemerslijst is niet meer up-to-date."])
    runs(d, [("Edegem – ", {"bold": True}),
             "De groepsmodule in Edegem zelf is gestopt bij gebrek aan een geschikte zaal. Er wordt gezocht naar "
             "een andere locatie (zie actielijst)."])
    P(d, "Nog aan te vullen: cijfers Edegem tweede kwartaal.", italic=True, color=RED)
    runs(d, [("Mortsel – ", {"bold": True}),
             "4 deelnemers, vooral jonge moeders. Greet merkt dat de flyer in het Nederlands weinig effect heeft. "
             "Greet vraagt na bij de dienst communicatie of de flyer ook in het Arabisch en het Oekraïens kan "
             "worden gemaakt."])
    runs(d, [("Antwerpen – ", {"bold": True}),
             "Wim licht toe dat de afsprakennota met de partners (2019) verouderd is: de rolverdeling rond intake "
             "en rapportering moet duidelijker."])
    runs(d, [("Gent (gast) – ", {"bold": True}),
             "Leen vertelt hoe Gent werkt met een vaste contactpersoon per partnerorganisatie. Ze bezorgt het "
             "model van samenwerkingsovereenkomst aan Wim en Anke."])

    heading(d, "C. Nieuwe indicatoren AMIF 2021-2027", 2, color=DARKBLUE)
    P(d, "Thomas Claeys overloopt de gemeenschappelijke indicatoren van de nieuwe verordening (EU) 2021/1147: "
         "aantal deelnemers aan taalcursussen, aan maatschappelijke oriëntatie en aan individuele begeleiding, en "
         "het aantal deelnemers dat minstens één ERK-niveau vooruitgaat. De partners vragen zich af hoe ze dat "
         "laatste moeten meten, want het project zelf geeft geen taalles. Thomas antwoordt dat enkel deelnemers "
         "aan een taalcursus meetellen; het attest van het CVO of het Huis van het Nederlands volstaat.")
    P(d, "Er wordt ook gevraagd of de partners hun cijfers rechtstreeks aan het POD bezorgen. Afspraak: neen, "
         "alles loopt via OCMW Antwerpen als promotor.")

    heading(d, "D. Rondvraag", 2, color=DARKBLUE)
    P(d, "Els vraagt naar een vorming rond werken met sociaal tolken in groepssessies. Iedereen is geïnteresseerd, "
         "maar niemand kan het voorlopig trekken.")
    P(d, "Thomas herinnert eraan dat de tevredenheidsenquête voortaan bij het einde van elke module wordt "
         "afgenomen.")

    heading(d, "E. Actielijst", 2, color=DARKBLUE)
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for i, h in enumerate(["Wie", "Wat", "Tegen wanneer"]):
        cell_text(t.rows[0].cells[i], h, bold=True, color=RGBColor(0xFF, 0xFF, 0xFF))
        shade(t.rows[0].cells[i], "1F3A68")
    for who, what, when in [
        ("Els Jacobs", "Deelnemerslijst Schoten actualiseren en doorsturen naar Antwerpen", "20/10/2022"),
        ("POD MI", "Definitieve lijst indicatoren bezorgen aan alle partners", "november"),
        ("OCMW Edegem", "Nieuwe locatie voor de groepsmodule zoeken", "december"),
        ("Anke / Wim", "Afsprakennota partnerwerking herwerken en rondsturen", "volgende vergadering"),
        ("alle partners", "Tevredenheidsenquête afnemen bij einde module", "doorlopend"),
        ("nog te bepalen", "Vorming rond werken met sociaal tolken organiseren", "voorjaar 2023"),
    ]:
        row = t.add_row()
        cell_text(row.cells[0], who)
        cell_text(row.cells[1], what)
        cell_text(row.cells[2], when)
    col_widths(t, [3.5, 9.5, 3.5])

    P(d, "Volgende vergadering: donderdag 19 januari 2023 om 13u30 in OCMW Edegem.", bold=True, before=10)
    P(d, "Bijlage: presentatie indicatoren POD MI (nog toe te voegen)", italic=True)

    d.save(os.path.join(HERE, "123_verslag_partners_mortsel_2022.docx"))
    return {
        "file": "123_verslag_partners_mortsel_2022.docx",
        "languages": ["nl"],
        "online": False,
        "interpretation": False,
        "date": "2022-10-06",
        "people": [
            ["Thomas Claeys", "Present", "SPP"],
            ["Anke Verbist", "Present", "ANTWERPEN"],
            ["Wim Goossens", "Present", "ANTWERPEN"],
            ["Els Jacobs", "Present", "SCHOTEN"],
            ["Stijn Wouters", "Present", "EDEGEM"],
            ["Lotte Maes", "Present", "EDEGEM"],
            ["Greet Van Dyck", "Present", "MORTSEL"],
            ["Koen Mertens", "Present", "MORTSEL"],
            ["Leen Van Acker", "Present", "GENT"],
            ["Sarah Benali", "Excused", "SPP"],
            ["Fatima El Idrissi", "Excused", "ANTWERPEN"],
        ],
        "agenda": [
            ["13:30", "", "Welkom en kennismaking"],
            ["13:45", "", "Goedkeuring verslag van 12 mei 2022"],
            ["14:00", "", "Stand van zaken partnerwerking"],
            ["15:00", "", "Pauze"],
            ["15:15", "", "Nieuwe indicatoren AMIF 2021-2027"],
            ["16:00", "", "Rondvraag"],
        ],
        "headings": [
            ["A", "Welkom en goedkeuring verslag"],
            ["B", "Stand van zaken partnerwerking"],
            ["C", "Nieuwe indicatoren AMIF 2021-2027"],
            ["D", "Rondvraag"],
            ["E", "Actielijst"],
        ],
        "actions": [
            ["Network Contact", ["Greet Van Dyck"], None, "Greet vraagt na bij de dienst communicatie"],
            ["Network Contact", ["Leen Van Acker"], None, "Ze bezorgt het model van samenwerkingsovereenkomst"],
            ["Network Contact", ["Els Jacobs"], None,
             "Deelnemerslijst Schoten actualiseren en doorsturen naar Antwerpen"],
            ["SPP", [], None, "Definitieve lijst indicatoren bezorgen aan alle partners"],
            ["CPAS", [], "EDEGEM", "Nieuwe locatie voor de groepsmodule zoeken"],
            ["Several Network Contacts", ["Anke Verbist", "Wim Goossens"], None,
             "Afsprakennota partnerwerking herwerken en rondsturen"],
            ["CPAS", [], None, "Tevredenheidsenquête afnemen bij einde module"],
            ["To Be Assigned", [], None, "Vorming rond werken met sociaal tolken organiseren"],
        ],
        "next_meeting": {"date": "2023-01-19",
                         "text": "Volgende vergadering: donderdag 19 januari 2023 om 13u30 in OCMW Edegem."},
        "remarks": [
            "Nog aan te vullen: cijfers Edegem tweede kwartaal.",
            "Bijlage: presentatie indicatoren POD MI (nog toe te voegen)",
        ],
    }


# ------------------------------------------------------------------------------- report 124
def r124():
    """Bilingual side-by-side report of CPAS de Bruxelles, whispered interpretation, 15 June 2023."""
    d = new_doc("Calibri", 10, 1.8)
    header_text(d, "CPAS de Bruxelles – OCMW van Brussel", "Cellule FAMI – AMIF-cel", size=8, color=RED)
    footer_page(d, "Compte rendu réseau FAMI 15/06/2023 – Verslag AMIF-netwerk 15/06/2023 | PL")

    P(d, "Compte rendu – Verslag", bold=True, size=16, align="c", color=RED, after=2)
    P(d, "Réunion du réseau FAMI – Bijeenkomst AMIF-netwerk", bold=True, size=12, align="c", after=2)
    P(d, "Jeudi 15 juin 2023 – Donderdag 15 juni 2023", align="c", after=2)
    P(d, "CPAS de Bruxelles, rue Haute 298a, 1000 Bruxelles – OCMW van Brussel, Hoogstraat 298a, 1000 Brussel",
      align="c", size=9, after=2)
    P(d, "Interprétation chuchotée FR/NL assurée par Marie Dufresne (interprète). – Fluistertolken FR/NL door "
         "Marie Dufresne (tolk).", align="c", italic=True, size=9, after=2)
    P(d, "Rédaction – Verslag : Pieter Lenaerts", align="c", italic=True, size=9, after=10)

    P(d, "Participants – Deelnemers", bold=True, after=4)
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for i, h in enumerate(["Organisation – Organisatie", "Présents – Aanwezig", "Excusés – Verontschuldigd"]):
        cell_text(t.rows[0].cells[i], h, bold=True)
        shade(t.rows[0].cells[i], "F2DCDB")
    for org, pres, exc in [
        ("SPP IS – POD MI", "Sarah Benali, Thomas Claeys", ""),
        ("CPAS de Bruxelles – OCMW Brussel", "Amélie Vandenberghe, Samira Haddouchi, Pieter Lenaerts",
         "Olivier Kabongo"),
        ("CPAS de Gand – OCMW Gent", "Leen Van Acker, Hanne Verstraete", ""),
        ("CPAS de Liège – OCMW Luik", "Sophie Grandjean", "Karim Bensaïd"),
        ("CPAS de Charleroi – OCMW Charleroi", "Julie Lambot", ""),
        ("CPAS de Binche – OCMW Binche", "Caroline Mathy", ""),
        ("CPAS d'Anvers – OCMW Antwerpen", "Wim Goossens", "Anke Verbist"),
        ("Interprète – Tolk", "Marie Dufresne", ""),
    ]:
        row = t.add_row()
        cell_text(row.cells[0], org, size=9)
        cell_text(row.cells[1], pres, size=9)
        cell_text(row.cells[2], exc, size=9, italic=True)
    col_widths(t, [5.5, 7.0, 4.5])

    P(d, "Ordre du jour – Agenda", bold=True, before=10, after=4)
    t = d.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    cell_text(t.rows[0].cells[0], "Heure – Uur", bold=True)
    cell_text(t.rows[0].cells[1], "Point – Punt", bold=True)
    shade(t.rows[0].cells[0], "F2DCDB")
    shade(t.rows[0].cells[1], "F2DCDB")
    for tm, ti in [
        ("9h30 – 10h00", "Accueil et café – Onthaal en koffie"),
        ("10h00 – 10h45", "Présentation du projet du CPAS de Bruxelles – Voorstelling project OCMW Brussel"),
        ("10h45 – 12h00", "Tour de table – Ronde van de OCMW's"),
        ("12h00 – 13h00", "Lunch"),
        ("13h00 – 14h30", "Atelier : enquête de satisfaction multilingue – Workshop: meertalige "
                          "tevredenheidsenquête"),
        ("14h30 – 15h00", "Conclusions et prochaines étapes – Conclusies en volgende stappen"),
    ]:
        row = t.add_row()
        cell_text(row.cells[0], tm, size=9)
        cell_text(row.cells[1], ti, size=9)
    col_widths(t, [3.2, 13.8])

    P(d, "", after=4)
    body = d.add_table(rows=1, cols=2)
    body.style = "Table Grid"
    cell_text(body.rows[0].cells[0], "Français", bold=True, align="c")
    cell_text(body.rows[0].cells[1], "Nederlands", bold=True, align="c")

    def section(title, fr_lines, nl_lines, bullets=False):
        row = body.add_row()
        merged = row.cells[0].merge(row.cells[1])
        cell_text(merged, title, bold=True, color=RED)
        shade(merged, "F2F2F2")
        row = body.add_row()
        cell_lines(row.cells[0], fr_lines, size=9.5, style="List Bullet" if bullets else None)
        cell_lines(row.cells[1], nl_lines, size=9.5, style="List Bullet" if bullets else None)

    section("1. Accueil – Verwelkoming",
            ["Amélie Vandenberghe souhaite la bienvenue au nom du CPAS de Bruxelles. C'est la première rencontre "
             "en présentiel à Bruxelles depuis 2019. Marie Dufresne assure l'interprétation chuchotée pour les "
             "collègues qui le souhaitent."],
            ["Amélie Vandenberghe verwelkomt iedereen namens OCMW Brussel. Het is de eerste fysieke bijeenkomst "
             "in Brussel sinds 2019. Marie Dufresne zorgt voor fluistertolken voor wie dat wenst."])
    section("2. Présentation du projet du CPAS de Bruxelles – Voorstelling project OCMW Brussel",
            ["Samira Haddouchi et Pieter Lenaerts présentent le projet « Premiers pas ». Il combine un "
             "accompagnement individuel toutes les deux semaines et des séances d'information collectives sur la "
             "vie en Belgique (institutions, droits et devoirs, logement, banque et assurances).",
             "Particularité bruxelloise : les séances sont données en français et en néerlandais, et de plus en "
             "plus en anglais."],
            ["Samira Haddouchi en Pieter Lenaerts stellen het project 'Eerste stappen' voor. Het combineert "
             "individuele begeleiding om de twee weken met collectieve infosessies over het leven in België "
             "(instellingen, rechten en plichten, huisvesting, bank en verzekeringen).",
             "Typisch Brussel: de sessies worden in het Frans en het Nederlands gegeven, en steeds vaker in het "
             "Engels."])
    section("3. Tour de table – Ronde van de OCMW's",
            ["Gand : Hanne Verstraete est la nouvelle coordinatrice. Les groupes sont revenus à leur taille "
             "normale (10 à 12 personnes).",
             "Liège : Sophie Grandjean remplace Karim Bensaïd. Forte demande de participants ukrainiens.",
             "Charleroi et Binche : le module d'automne est complet ; Binche organise désormais ses propres "
             "ateliers.",
             "Anvers : Wim Goossens signale que les partenaires Schoten, Edegem et Mortsel sont tous actifs.",
             "Remarque : les chiffres détaillés de chaque CPAS seront ajoutés en annexe (à compléter)."],
            ["Gent: Hanne Verstraete is de nieuwe coördinator. De groepen zijn terug op normale grootte (10 à 12 "
             "personen).",
             "Luik: Sophie Grandjean vervangt Karim Bensaïd. Veel vraag van Oekraïense deelnemers.",
             "Charleroi en Binche: de najaarsmodule is volzet; Binche organiseert voortaan eigen ateliers.",
             "Antwerpen: Wim Goossens meldt dat de partners Schoten, Edegem en Mortsel alle drie actief zijn.",
             "Opmerking: de gedetailleerde cijfers per OCMW worden als bijlage toegevoegd (nog aan te vullen)."],
            bullets=True)
    section("4. Atelier : enquête de satisfaction multilingue – Workshop: meertalige tevredenheidsenquête",
            ["L'enquête de satisfaction reste difficile pour une partie du public. Le CPAS de Bruxelles a préparé "
             "une version trilingue (FR/NL/EN). Le groupe propose des pictogrammes pour chaque question, une "
             "lecture à voix haute par le médiateur et des traductions dans les langues les plus parlées (arabe, "
             "dari, tigrinya, ukrainien)."],
            ["De tevredenheidsenquête blijft moeilijk voor een deel van de doelgroep. OCMW Brussel maakte een "
             "drietalige versie (FR/NL/EN). De groep stelt pictogrammen bij elke vraag voor, voorlezen door de "
             "bemiddelaar en vertalingen in de meest gesproken talen (Arabisch, Dari, Tigrinya, Oekraïens)."])
    section("5. Conclusions et prochaines étapes – Conclusies en volgende stappen",
            ["Les actions convenues figurent dans le tableau ci-dessous."],
            ["De afgesproken acties staan in de tabel hieronder."])

    P(d, "", after=4)
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for i, h in enumerate(["Qui – Wie", "Quoi – Wat", "Quand – Wanneer"]):
        cell_text(t.rows[0].cells[i], h, bold=True)
        shade(t.rows[0].cells[i], "F2DCDB")
    for who, what, when in [
        ("Samira Haddouchi",
         "Envoyer la version trilingue de l'enquête à tous les CPAS – De drietalige versie van de enquête naar "
         "alle OCMW's sturen", "30/06/2023"),
        ("SPP IS – POD MI",
         "Demander un devis pour la traduction en arabe, dari, tigrinya et ukrainien – Offerte vragen voor "
         "vertaling in het Arabisch, Dari, Tigrinya en Oekraïens", "septembre – september"),
        ("Hanne Verstraete et/en Julie Lambot",
         "Tester les pictogrammes avec un groupe de participants – Pictogrammen testen met een groep deelnemers",
         "avant l'été – voor de zomer"),
        ("Tous les CPAS – Alle OCMW's",
         "Transmettre les indicateurs 2022 corrigés au SPP – Verbeterde indicatoren 2022 aan het POD bezorgen",
         "15/07/2023"),
        ("CPAS de Liège – OCMW Luik",
         "Accueillir la prochaine réunion du réseau – Gastheer van de volgende bijeenkomst", "automne – najaar"),
        ("À définir – Nog te bepalen",
         "Coordonner le groupe de travail sur le langage simplifié – De werkgroep eenvoudige taal coördineren",
         "–"),
    ]:
        row = t.add_row()
        cell_text(row.cells[0], who, size=9)
        cell_text(row.cells[1], what, size=9)
        cell_text(row.cells[2], when, size=9)
    col_widths(t, [4.0, 9.5, 3.5])

    P(d, "Prochaine réunion : automne 2023 au CPAS de Liège (date à confirmer). – Volgende bijeenkomst: najaar "
         "2023 in OCMW Luik (datum te bevestigen).", bold=True, before=10)

    d.save(os.path.join(HERE, "124_cr_verslag_bruxelles_2023.docx"))
    return {
        "file": "124_cr_verslag_bruxelles_2023.docx",
        "languages": ["fr", "nl"],
        "online": False,
        "interpretation": True,
        "date": "2023-06-15",
        "people": [
            ["Sarah Benali", "Present", "SPP"],
            ["Thomas Claeys", "Present", "SPP"],
            ["Amélie Vandenberghe", "Present", "BRUXELLES"],
            ["Samira Haddouchi", "Present", "BRUXELLES"],
            ["Pieter Lenaerts", "Present", "BRUXELLES"],
            ["Leen Van Acker", "Present", "GENT"],
            ["Hanne Verstraete", "Present", "GENT"],
            ["Sophie Grandjean", "Present", "LIEGE"],
            ["Julie Lambot", "Present", "CHARLEROI"],
            ["Caroline Mathy", "Present", "BINCHE"],
            ["Wim Goossens", "Present", "ANTWERPEN"],
            ["Marie Dufresne", "Present", None],
            ["Olivier Kabongo", "Excused", "BRUXELLES"],
            ["Karim Bensaïd", "Excused", "LIEGE"],
            ["Anke Verbist", "Excused", "ANTWERPEN"],
        ],
        "agenda": [
            ["09:30", "10:00", "Accueil et café – Onthaal en koffie"],
            ["10:00", "10:45", "Présentation du projet du CPAS de Bruxelles – Voorstelling project OCMW Brussel"],
            ["10:45", "12:00", "Tour de table – Ronde van de OCMW's"],
            ["12:00", "13:00", "Lunch"],
            ["13:00", "14:30", "Atelier : enquête de satisfaction multilingue – Workshop: meertalige "
                               "tevredenheidsenquête"],
            ["14:30", "15:00", "Conclusions et prochaines étapes – Conclusies en volgende stappen"],
        ],
        "headings": [
            ["1", "Accueil – Verwelkoming"],
            ["2", "Présentation du projet du CPAS de Bruxelles – Voorstelling project OCMW Brussel"],
            ["3", "Tour de table – Ronde van de OCMW's"],
            ["4", "Atelier : enquête de satisfaction multilingue – Workshop: meertalige tevredenheidsenquête"],
            ["5", "Conclusions et prochaines étapes – Conclusies en volgende stappen"],
        ],
        "actions": [
            ["Network Contact", ["Samira Haddouchi"], None, "Envoyer la version trilingue de l'enquête"],
            ["SPP", [], None, "Demander un devis pour la traduction"],
            ["Several Network Contacts", ["Hanne Verstraete", "Julie Lambot"], None,
             "Tester les pictogrammes avec un groupe"],
            ["CPAS", [], None, "Transmettre les indicateurs 2022 corrigés"],
            ["CPAS", [], "LIEGE", "Accueillir la prochaine réunion du réseau"],
            ["To Be Assigned", [], None, "Coordonner le groupe de travail sur"],
        ],
        "next_meeting": {"date": None,
                         "text": "Prochaine réunion : automne 2023 au CPAS de Liège (date à confirmer). – Volgende "
                                 "bijeenkomst: najaar 2023 in OCMW Luik (datum te bevestigen)."},
        "remarks": ["Remarque : les chiffres détaillés de chaque CPAS seront ajoutés en annexe (à compléter)."],
    }


# ------------------------------------------------------------------------------- report 125
def r125():
    """CPAS de Charleroi (Service Action Migrants), FR report with a Dutch summary; 21 Nov 2024."""
    d = new_doc("Calibri", 10.5, 2.2)
    header_text(d, "CPAS de Charleroi – Service Action Migrants", "Réseau FAMI", size=8, color=RED)
    footer_page(d, "CR réseau FAMI 21/11/2024 – JL")

    P(d, "COMPTE RENDU – Réunion du réseau FAMI", bold=True, size=14, color=RED, after=2)
    P(d, "Jeudi 21 novembre 2024 – CPAS de Charleroi, Service Action Migrants (salle polyvalente, 3e étage)",
      after=2)
    P(d, "Rédaction : Julie Lambot", italic=True, size=9, after=10)

    P(d, "Ordre du jour", bold=True, underline=True, after=2)
    for tm, ti in [("9h30", "Accueil – café"), ("10h00", "Tour de table des projets"),
                   ("11h00", "Le partenariat Charleroi – Binche"), ("12h15", "Lunch"),
                   ("13h15", "Indicateurs communs FAMI 2021-2027 : état des lieux"),
                   ("14h30", "Évaluation des participants : retours sur l'enquête"),
                   ("15h30", "Divers et clôture")]:
        p = P(d, after=0, indent=0.5)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(2.5))
        R(p, tm + "\t" + ti)

    P(d, "Présents", bold=True, underline=True, before=10, after=2)
    for org, names in [
        ("SPP Intégration Sociale", "Thomas Claeys, Sarah Benali"),
        ("CPAS de Gand", "Hanne Verstraete"),
        ("CPAS de Liège", "Sophie Grandjean, Karim Bensaïd"),
        ("CPAS de Charleroi", "Isabelle Deprez, Julie Lambot, Mehdi Ouali"),
        ("CPAS de Binche", "Caroline Mathy, Damien Leroy"),
        ("CPAS d'Anvers", "Wim Goossens"),
        ("CPAS de Bruxelles", "Samira Haddouchi"),
    ]:
        runs(d, [(org + " : ", {"bold": True}), names], style="List Bullet", after=0)
    runs(d, [("Excusés : ", {"bold": True, "underline": True}),
             "Leen Van Acker (CPAS de Gand), Pieter Lenaerts (CPAS de Bruxelles)"], before=6, after=8)

    heading(d, "1. Tour de table des projets", 1, color=RED, size=13)
    for b in [
        "Gand : Hanne Verstraete explique que le projet touche surtout des familles afghanes et érythréennes ; la "
        "liste d'attente pour les cours de néerlandais reste longue.",
        "Liège : Sophie Grandjean présente la grille d'observation utilisée pendant les ateliers (participation, "
        "ponctualité, prise de parole). Karim Bensaïd précise que la grille sert aussi au bilan de fin de module.",
        "Anvers : Wim Goossens annonce que Mortsel quittera le partenariat fin 2024 ; Schoten et Edegem "
        "continuent.",
        "Bruxelles : Samira Haddouchi signale une hausse des demandes de participants ukrainiens, souvent "
        "hautement qualifiés, pour qui le module de base ne convient pas.",
    ]:
        P(d, b, style="List Bullet", after=2)

    heading(d, "2. Le partenariat Charleroi – Binche", 1, color=RED, size=13)
    heading(d, "2.1 Recrutement", 2, color=RED, size=11)
    P(d, "Mehdi Ouali rappelle la méthode de Charleroi : listing des bénéficiaires potentiels avec l'observatoire, "
         "sélection par les AS des antennes sociales, puis invitation à une séance d'information. Pour le module "
         "de septembre 2024, 240 personnes ont été retenues et 81 se sont présentées (34 %).")
    P(d, "Binche suit la même méthode à plus petite échelle.")
    P(d, "Chiffres de recrutement de Binche pour le module d'automne : [chiffres à venir]", italic=True,
      color=GREY)
    heading(d, "2.2 Difficultés rencontrées", 2, color=RED, size=11)
    P(d, "Caroline Mathy et Damien Leroy évoquent les déplacements (peu de bus entre Binche et Charleroi), la "
         "garde des enfants pendant les ateliers et les changements d'horaires, qui découragent certains "
         "participants. Binche organise désormais deux ateliers par semaine sur place.")

    heading(d, "3. Indicateurs communs FAMI 2021-2027", 1, color=RED, size=13)
    P(d, "Thomas Claeys revient sur les indicateurs de réalisation et de résultat : nombre de participants aux "
         "cours de langue, à l'orientation civique et à l'accompagnement professionnel personnalisé, et "
         "participants ayant progressé d'au moins un niveau du CECR. Plusieurs CPAS comptent encore un même "
         "participant deux fois pour la même activité. Le SPP rappelle qu'un participant est compté une fois "
         "par type d'activité.")

    heading(d, "4. Évaluation des participants", 1, color=RED, size=13)
    P(d, "Les résultats de l'enquête de satisfaction 2024 sont globalement bons. Les participants demandent plus "
         "de sorties et moins de changements d'horaire. Le questionnaire avec pictogrammes fonctionne, mais la "
         "version en tigrinya n'est toujours pas disponible.")
    P(d, "Le CPAS de Liège transmettra son modèle de contrat participant, qui fixe les règles de présence et de "
         "ponctualité.")

    heading(d, "5. Divers", 1, color=RED, size=13)
    P(d, "Isabelle Deprez propose d'organiser une journée d'échange pour les AS des antennes sociales des "
         "différents CPAS. L'idée est bien accueillie.")
    P(d, "Prochaine réunion : mars 2025, à Gand (date à fixer).", bold=True)

    heading(d, "6. À faire", 1, color=RED, size=13)
    for a in [
        "Envoyer le tableau de suivi du recrutement à Binche (Mehdi)",
        "Le SPP : transmettre la note de clarification sur l'indicateur « niveau CECR »",
        "Chaque CPAS : vérifier le comptage des participants par type d'activité avant le rapport annuel",
        "Caroline et Damien : présenter le module de Binche à la prochaine réunion",
        "Sophie – partager la grille d'observation de Liège",
        "Journée d'échange pour les AS des antennes : responsable à définir",
    ]:
        P(d, a, style="List Bullet", after=2)

    heading(d, "Samenvatting in het Nederlands", 1, color=GREY, size=12)
    P(d, "Op 21 november 2024 kwam het AMIF-netwerk samen in Charleroi. Na een ronde van de OCMW's stelden "
         "Charleroi en Binche hun samenwerking voor: werving via de sociale antennes en infosessies, met een "
         "opkomst van 34 %. Het POD MI lichtte de gemeenschappelijke indicatoren toe; een deelnemer telt één keer "
         "per type activiteit. De tevredenheidsenquête 2024 is positief, maar de Tigrinya-versie ontbreekt nog. "
         "Afspraken: het POD bezorgt een nota over de ERK-indicator en elk OCMW controleert de telling per type "
         "activiteit vóór het jaarverslag. Volgende bijeenkomst: maart 2025 in Gent.", italic=True)

    d.save(os.path.join(HERE, "125_cr_charleroi_binche_2024.docx"))
    return {
        "file": "125_cr_charleroi_binche_2024.docx",
        "languages": ["fr", "nl"],
        "online": False,
        "interpretation": False,
        "date": "2024-11-21",
        "people": [
            ["Thomas Claeys", "Present", "SPP"],
            ["Sarah Benali", "Present", "SPP"],
            ["Hanne Verstraete", "Present", "GENT"],
            ["Sophie Grandjean", "Present", "LIEGE"],
            ["Karim Bensaïd", "Present", "LIEGE"],
            ["Isabelle Deprez", "Present", "CHARLEROI"],
            ["Julie Lambot", "Present", "CHARLEROI"],
            ["Mehdi Ouali", "Present", "CHARLEROI"],
            ["Caroline Mathy", "Present", "BINCHE"],
            ["Damien Leroy", "Present", "BINCHE"],
            ["Wim Goossens", "Present", "ANTWERPEN"],
            ["Samira Haddouchi", "Present", "BRUXELLES"],
            ["Leen Van Acker", "Excused", "GENT"],
            ["Pieter Lenaerts", "Excused", "BRUXELLES"],
        ],
        "agenda": [
            ["09:30", "", "Accueil – café"],
            ["10:00", "", "Tour de table des projets"],
            ["11:00", "", "Le partenariat Charleroi – Binche"],
            ["12:15", "", "Lunch"],
            ["13:15", "", "Indicateurs communs FAMI 2021-2027 : état des lieux"],
            ["14:30", "", "Évaluation des participants : retours sur l'enquête"],
            ["15:30", "", "Divers et clôture"],
        ],
        "headings": [
            ["1", "Tour de table des projets"],
            ["2", "Le partenariat Charleroi – Binche"],
            ["2.1", "Recrutement"],
            ["2.2", "Difficultés rencontrées"],
            ["3", "Indicateurs communs FAMI 2021-2027"],
            ["4", "Évaluation des participants"],
            ["5", "Divers"],
            ["6", "À faire"],
            ["", "Samenvatting in het Nederlands"],
        ],
        "actions": [
            ["CPAS", [], "LIEGE", "Le CPAS de Liège transmettra son modèle"],
            ["Network Contact", ["Mehdi Ouali"], None, "Envoyer le tableau de suivi du recrutement"],
            ["SPP", [], None, "transmettre la note de clarification sur l'indicateur"],
            ["CPAS", [], None, "vérifier le comptage des participants par"],
            ["Several Network Contacts", ["Caroline Mathy", "Damien Leroy"], None,
             "présenter le module de Binche"],
            ["Network Contact", ["Sophie Grandjean"], None, "partager la grille d'observation de Liège"],
            ["To Be Assigned", [], None, "Journée d'échange pour les AS des antennes"],
        ],
        "next_meeting": {"date": None, "text": "Prochaine réunion : mars 2025, à Gand (date à fixer)."},
        "remarks": ["Chiffres de recrutement de Binche pour le module d'automne : [chiffres à venir]"],
    }


# ------------------------------------------------------------------------------- report 126
def r126():
    """Dutch version of the POD MI report of the Zoom meeting of 10 Feb 2026 with simultaneous interpretation."""
    d = new_doc("Calibri", 10.5, 2.2)
    header_text(d, "POD Maatschappelijke Integratie – AMIF-netwerk OCMW's",
                "Naar een geïntegreerd migratiebeleid, dankzij het AMIF", size=8, color=GREEN, italic=True)
    footer_page(d, "Verslag bijeenkomst OCMW's 10/02/2026 – NL", total=True)

    P(d, "Verslag bijeenkomst OCMW's – AMIF-netwerk", bold=True, size=15, color=DARKBLUE, after=2)
    P(d, "Online (Zoom) – dinsdag 10 februari 2026, 9u30 – 12u30", bold=True, after=2)
    P(d, "Simultaanvertaling NL-FR via het tolkkanaal van Zoom: Jan Hermans en Lucie Marchal (tolken).",
      italic=True, after=2)
    P(d, "Verslag: Thomas Claeys (POD MI) – Franse versie volgt", italic=True, size=9, after=10)

    P(d, "Aanwezig", bold=True, after=2)
    t = d.add_table(rows=1, cols=2)
    t.style = "Light Grid Accent 1" if "Light Grid Accent 1" in [s.name for s in d.styles] else "Table Grid"
    cell_text(t.rows[0].cells[0], "Naam", bold=True)
    cell_text(t.rows[0].cells[1], "Organisatie", bold=True)
    for n, o in [("Thomas Claeys", "POD MI"), ("Sarah Benali", "POD MI"), ("Hanne Verstraete", "OCMW Gent"),
                 ("Sophie Grandjean", "OCMW Luik"), ("Julie Lambot", "OCMW Charleroi"),
                 ("Caroline Mathy", "OCMW Binche"), ("Wim Goossens", "OCMW Antwerpen"),
                 ("Els Jacobs", "OCMW Schoten"), ("Samira Haddouchi", "OCMW Brussel"),
                 ("Jan Hermans", "tolk"), ("Lucie Marchal", "tolk")]:
        row = t.add_row()
        cell_text(row.cells[0], n)
        cell_text(row.cells[1], o)
    col_widths(t, [6.0, 6.0])
    runs(d, [("Verontschuldigd: ", {"bold": True}),
             "Isabelle Deprez (OCMW Charleroi), Stijn Wouters (OCMW Edegem) en Amélie Vandenberghe (OCMW Brussel)."],
         before=6, after=8)

    P(d, "Agenda", bold=True, after=2)
    for tm, ti in [("9u30-9u45", "Welkom en technische afspraken"), ("9u45-10u45", "Stand van zaken per OCMW"),
                   ("10u45-11u00", "Pauze"),
                   ("11u00-11u45", "Tussentijdse evaluatie AMIF 2021-2027 en jaarverslag 2025"),
                   ("11u45-12u15", "Bewaring van documenten en persoonsgegevens"),
                   ("12u15-12u30", "Varia en afsluiting")]:
        p = P(d, style="List Number", after=0)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(3.5))
        R(p, tm + "\t" + ti)

    heading(d, "I. Welkom en technische afspraken", 1, color=DARKBLUE, size=13)
    P(d, "Thomas Claeys opent de vergadering en legt uit hoe het tolkkanaal werkt (wereldbolicoon onderaan het "
         "scherm). Deelnemers wordt gevraagd hun micro uit te zetten wanneer ze niet spreken en bij de eerste "
         "tussenkomst hun naam en OCMW te vermelden, zodat de tolken kunnen volgen.")

    heading(d, "II. Stand van zaken per OCMW", 1, color=DARKBLUE, size=13)
    for who, txt in [
        ("Gent – Hanne Verstraete: ",
         "de groepen zitten vol tot juni. Nieuw is een module 'digitaal wegwijs' (e-loket, itsme, bankapps)."),
        ("Luik – Sophie Grandjean: ",
         "de drie contracten per deelnemer (maatschappelijk werker, intake, moduleverantwoordelijke) zijn "
         "vereenvoudigd tot één contract met bijlagen."),
        ("Charleroi en Binche – Julie Lambot en Caroline Mathy: ",
         "de werving loopt goed; de module van september telt 22 deelnemers in Charleroi en 9 in Binche."),
        ("Antwerpen en partners – Wim Goossens: ",
         "Schoten en Edegem blijven partner, Mortsel is sinds 2025 gestopt. Els Jacobs (Schoten) meldt dat "
         "vervoer nog altijd de grootste drempel is."),
        ("Brussel – Samira Haddouchi: ",
         "veel aanvragen van hooggeschoolde nieuwkomers; Brussel test een aparte groep in het Engels."),
    ]:
        runs(d, [(who, {"bold": True}), txt], after=4)
    P(d, "Nog aan te vullen: stand van zaken Edegem.", italic=True, color=RED)

    heading(d, "III. Tussentijdse evaluatie en jaarverslag 2025", 1, color=DARKBLUE, size=13)
    P(d, "Sarah Benali licht toe dat de tussentijdse evaluatie van het programma loopt. Het POD vraagt de OCMW's "
         "om hun cijfers voor het jaarverslag 2025 per indicator aan te leveren: deelnemers aan een taalcursus, "
         "aan maatschappelijke oriëntatie en aan individuele begeleiding; deelnemers die minstens één ERK-niveau "
         "vooruitgingen; deelnemers die aangeven dat de activiteit hun integratie heeft geholpen.")
    P(d, "De definitieve versie van het jaarverslag wordt eind maart ingediend door het POD MI.")
    P(d, "[cijfers jaarverslag 2025: nog aan te vullen na ontvangst van de tabellen]", color=GREY)

    heading(d, "IV. Bewaring van documenten en persoonsgegevens", 1, color=DARKBLUE, size=13)
    P(d, "Sarah herinnert eraan dat de documenten van een AMIF-project vijf jaar bewaard moeten worden vanaf "
         "31 december van het jaar van de laatste betaling (art. 82 Verordening (EU) 2021/1060). "
         "Persoonsgegevens van deelnemers mogen daarentegen niet langer bewaard worden dan nodig (AVG, art. 5). "
         "Verschillende OCMW's vragen hoe ze die twee regels moeten combineren, vooral voor de "
         "aanwezigheidslijsten. Elke deelnemer kan ook vragen om alle gegevens in te zien die over hem bewaard "
         "worden (art. 15 AVG); in Luik kwam zo'n vraag onlangs voor het eerst binnen.")
    P(d, "Het POD herhaalt dat het zelf geen deelnemers bij naam ziet: elk OCMW blijft eigenaar van de gegevens "
         "van zijn deelnemers.")

    heading(d, "V. Varia", 1, color=DARKBLUE, size=13)
    P(d, "Julie vraagt of de volgende bijeenkomst opnieuw fysiek kan. Iedereen is voorstander; een gastheer is er "
         "nog niet.")
    P(d, "Volgende bijeenkomst: dinsdag 16 juni 2026, fysiek (plaats nog te bepalen).", bold=True)

    heading(d, "VI. Actiepunten", 1, color=DARKBLUE, size=13)
    for a in [
        "→ POD MI: nota over de bewaartermijnen rondsturen (art. 82 Verordening 2021/1060)",
        "→ Elk OCMW: de eigen bewaarregels voor deelnemersdossiers nakijken en terugkoppelen vóór 31 maart",
        "→ Sophie (Luik) en Hanne (Gent): een gezamenlijk model van antwoord op een inzageverzoek uitwerken",
        "→ OCMW Antwerpen: cijfers van de partners Schoten en Edegem bundelen voor het jaarverslag",
        "→ Julie: resultaten tevredenheidsenquête 2025 van Charleroi en Binche delen",
        "→ Organisatie fysieke bijeenkomst in juni: gastheer nog te bepalen",
    ]:
        P(d, a, after=2, indent=0.5)

    d.save(os.path.join(HERE, "126_verslag_zoom_2026.docx"))
    return {
        "file": "126_verslag_zoom_2026.docx",
        "languages": ["nl"],
        "online": True,
        "interpretation": True,
        "date": "2026-02-10",
        "people": [
            ["Thomas Claeys", "Present", "SPP"],
            ["Sarah Benali", "Present", "SPP"],
            ["Hanne Verstraete", "Present", "GENT"],
            ["Sophie Grandjean", "Present", "LIEGE"],
            ["Julie Lambot", "Present", "CHARLEROI"],
            ["Caroline Mathy", "Present", "BINCHE"],
            ["Wim Goossens", "Present", "ANTWERPEN"],
            ["Els Jacobs", "Present", "SCHOTEN"],
            ["Samira Haddouchi", "Present", "BRUXELLES"],
            ["Jan Hermans", "Present", None],
            ["Lucie Marchal", "Present", None],
            ["Isabelle Deprez", "Excused", "CHARLEROI"],
            ["Stijn Wouters", "Excused", "EDEGEM"],
            ["Amélie Vandenberghe", "Excused", "BRUXELLES"],
        ],
        "agenda": [
            ["09:30", "09:45", "Welkom en technische afspraken"],
            ["09:45", "10:45", "Stand van zaken per OCMW"],
            ["10:45", "11:00", "Pauze"],
            ["11:00", "11:45", "Tussentijdse evaluatie AMIF 2021-2027 en jaarverslag 2025"],
            ["11:45", "12:15", "Bewaring van documenten en persoonsgegevens"],
            ["12:15", "12:30", "Varia en afsluiting"],
        ],
        "headings": [
            ["I", "Welkom en technische afspraken"],
            ["II", "Stand van zaken per OCMW"],
            ["III", "Tussentijdse evaluatie en jaarverslag 2025"],
            ["IV", "Bewaring van documenten en persoonsgegevens"],
            ["V", "Varia"],
            ["VI", "Actiepunten"],
        ],
        "actions": [
            ["SPP", [], None, "De definitieve versie van het jaarverslag"],
            ["SPP", [], None, "nota over de bewaartermijnen rondsturen"],
            ["CPAS", [], None, "de eigen bewaarregels voor deelnemersdossiers nakijken"],
            ["Several Network Contacts", ["Sophie Grandjean", "Hanne Verstraete"], None,
             "een gezamenlijk model van antwoord op een inzageverzoek"],
            ["CPAS", [], "ANTWERPEN", "cijfers van de partners Schoten en Edegem"],
            ["Network Contact", ["Julie Lambot"], None, "resultaten tevredenheidsenquête 2025 van Charleroi en Binche delen"],
            ["To Be Assigned", [], None, "Organisatie fysieke bijeenkomst in juni"],
        ],
        "next_meeting": {"date": "2026-06-16",
                         "text": "Volgende bijeenkomst: dinsdag 16 juni 2026, fysiek (plaats nog te bepalen)."},
        "remarks": [
            "Nog aan te vullen: stand van zaken Edegem.",
            "[cijfers jaarverslag 2025: nog aan te vullen na ontvangst van de tabellen]",
        ],
    }


# ---------------------------------------------------------------------------------------- main
REPORTS = [r117, r118, r119, r120, r121, r122, r123, r124, r125, r126]


def main():
    docx_only = "--docx" in sys.argv
    for fn in REPORTS:
        exp = fn()
        jpath = os.path.join(HERE, exp["file"][: -len(".docx")] + ".expected.json")
        text = json.dumps(exp, indent=1, ensure_ascii=False) + "\n"
        if docx_only:
            print("docx", exp["file"])
            continue
        if os.path.exists(jpath):
            with open(jpath, encoding="utf-8") as f:
                old = f.read()
            if old != text:
                sys.exit("refusing to overwrite a different %s" % jpath)
            print("same", jpath)
            continue
        with open(jpath, "w", encoding="utf-8") as f:
            f.write(text)
        print("wrote", exp["file"], os.path.basename(jpath))


if __name__ == "__main__":
    main()
