# -*- coding: utf-8 -*-
"""Builds the ten invented AMIF/FAMI network meeting reports 527-536 (writer-az).

One function per report; each report is written by a different (invented) secretary with
Word habits of their own. All people are invented.
"""
import os

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

TAG_NL = "Naar een geïntegreerd migratiebeleid, dankzij het AMIF"
TAG_FR = "Vers une politique de migration plus intégrée, grâce au FAMI"
NBSP = "\u00a0"


# ---------------------------------------------------------------- helpers
def new_doc(font="Calibri", size=11, margins_cm=None):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.append(rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rfonts.set(qn(a), font)
    if margins_cm:
        for s in doc.sections:
            s.left_margin = s.right_margin = Cm(margins_cm)
    return doc


def add_page_field(par, prefix=""):
    """Adds 'prefix' + a PAGE field to a paragraph (header/footer page numbers)."""
    if prefix:
        par.add_run(prefix)
    run = par.add_run()
    b = OxmlElement("w:fldChar")
    b.set(qn("w:fldCharType"), "begin")
    run._r.append(b)
    run2 = par.add_run()
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " PAGE "
    run2._r.append(it)
    run3 = par.add_run()
    s = OxmlElement("w:fldChar")
    s.set(qn("w:fldCharType"), "separate")
    run3._r.append(s)
    par.add_run("1")
    run4 = par.add_run()
    e = OxmlElement("w:fldChar")
    e.set(qn("w:fldCharType"), "end")
    run4._r.append(e)


def set_header(doc, lines, align=WD_ALIGN_PARAGRAPH.LEFT, size=8, italic=False):
    hdr = doc.sections[0].header
    p = hdr.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = hdr.add_paragraph()
        r = p.add_run(line)
        r.font.size = Pt(size)
        r.italic = italic
        p.alignment = align
    return hdr


def set_footer(doc, lines=(), page_prefix=None, align=WD_ALIGN_PARAGRAPH.CENTER, size=8):
    ftr = doc.sections[0].footer
    p = ftr.paragraphs[0]
    first = True
    for line in lines:
        if not first:
            p = ftr.add_paragraph()
        first = False
        r = p.add_run(line)
        r.font.size = Pt(size)
        p.alignment = align
    if page_prefix is not None:
        if not first:
            p = ftr.add_paragraph()
        add_page_field(p, page_prefix)
        p.alignment = align
    return ftr


def para(doc, text="", bold=False, italic=False, underline=False, size=None, align=None,
         style=None, caps=False, color=None):
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold or None
        r.italic = italic or None
        r.underline = underline or None
        if caps:
            r.font.all_caps = True
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
    if align is not None:
        p.alignment = align
    return p


def runs(doc_or_cell, parts, style=None):
    """Paragraph made of (text, fmt) parts; fmt is a string of b/i/u."""
    p = doc_or_cell.add_paragraph(style=style) if style else doc_or_cell.add_paragraph()
    for text, fmt in parts:
        r = p.add_run(text)
        if "b" in fmt:
            r.bold = True
        if "i" in fmt:
            r.italic = True
        if "u" in fmt:
            r.underline = True
    return p


def cell_text(cell, text, bold=False, italic=False, size=None):
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(text)
    r.bold = bold or None
    r.italic = italic or None
    if size:
        r.font.size = Pt(size)
    return p


def shade(cell, hex_fill):
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcpr.append(shd)


def table(doc, rows, header_bold=True, style="Table Grid", widths=None, fill=None):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            cell_text(t.cell(i, j), val, bold=(header_bold and i == 0))
            if fill and i == 0:
                shade(t.cell(i, j), fill)
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    return t


def soft_break_para(doc, lines, bold_first=False):
    """One paragraph, lines separated by Shift+Enter (w:br)."""
    p = doc.add_paragraph()
    for i, line in enumerate(lines):
        r = p.add_run(line)
        if bold_first and i == 0:
            r.bold = True
        if i < len(lines) - 1:
            r.add_break(WD_BREAK.LINE)
    return p


def heading_numbering(doc):
    """Adds a Word multilevel list (1. / 1.1.) and returns a function giving new num ids."""
    numbering = doc.part.numbering_part.element
    absid = "90"
    an = OxmlElement("w:abstractNum")
    an.set(qn("w:abstractNumId"), absid)
    mlt = OxmlElement("w:multiLevelType")
    mlt.set(qn("w:val"), "multilevel")
    an.append(mlt)
    for lvl, text in ((0, "%1."), (1, "%1.%2.")):
        l = OxmlElement("w:lvl")
        l.set(qn("w:ilvl"), str(lvl))
        for tag, val in (("w:start", "1"), ("w:numFmt", "decimal"), ("w:lvlText", text), ("w:lvlJc", "left")):
            el = OxmlElement(tag)
            el.set(qn("w:val"), val)
            l.append(el)
        ppr = OxmlElement("w:pPr")
        ind = OxmlElement("w:ind")
        ind.set(qn("w:left"), str(432 + 144 * lvl))
        ind.set(qn("w:hanging"), str(432 + 144 * lvl))
        ppr.append(ind)
        l.append(ppr)
        an.append(l)
    # abstractNum elements must come before num elements
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(an)
    else:
        numbering.append(an)
    counter = {"n": 90}

    def new_num():
        counter["n"] += 1
        num = OxmlElement("w:num")
        num.set(qn("w:numId"), str(counter["n"]))
        a = OxmlElement("w:abstractNumId")
        a.set(qn("w:val"), absid)
        num.append(a)
        for lvl in (0, 1):
            ov = OxmlElement("w:lvlOverride")
            ov.set(qn("w:ilvl"), str(lvl))
            so = OxmlElement("w:startOverride")
            so.set(qn("w:val"), "1")
            ov.append(so)
            num.append(ov)
        numbering.append(num)
        return str(counter["n"])
    return new_num


def numbered_heading(doc, text, level, num_id):
    p = doc.add_paragraph(text, style="Heading %d" % (level + 1))
    ppr = p._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl")
    il.set(qn("w:val"), str(level))
    ni = OxmlElement("w:numId")
    ni.set(qn("w:val"), num_id)
    numpr.append(il)
    numpr.append(ni)
    ppr.insert(0, numpr) if ppr.find(qn("w:pStyle")) is None else ppr.find(qn("w:pStyle")).addnext(numpr)
    return p


def merge_row(t, i, text, bold=True, fill=None):
    a = t.cell(i, 0).merge(t.cell(i, len(t.columns) - 1))
    cell_text(a, text, bold=bold)
    if fill:
        shade(a, fill)
    return a


def tab_stop(p, cm):
    p.paragraph_format.tab_stops.add_tab_stop(Cm(cm))


def save(doc, name):
    doc.core_properties.title = ""
    doc.core_properties.comments = ""
    doc.save(os.path.join(HERE, name))


# ---------------------------------------------------------------- 527 Charleroi 2016
def report_527():
    """Véronique Delhaye, secrétaire administrative, Service Action Migrants, CPAS de Charleroi.
    Arial 10, typed lettered headings (bold + underlined), initials with a legend, agenda lines
    with times and a tab, NBSP before colons, draft line at the top."""
    doc = new_doc("Arial", 10)
    set_header(doc, ["CPAS de Charleroi – Service Action Migrants"], align=WD_ALIGN_PARAGRAPH.RIGHT)
    set_footer(doc, [TAG_FR], page_prefix="Page ")
    c = NBSP + ":"
    para(doc, "PROJET – version du 24/11/2016, à valider par les participants", italic=True, color="C00000")
    para(doc, "RÉUNION DU RÉSEAU FAMI", bold=True, size=14, align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "Rapport de la rencontre du jeudi 17 novembre 2016", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "Lieu" + c + " CPAS de Charleroi, Service Action Migrants, rue du Grand Central 41, 6000 Charleroi")
    para(doc)
    para(doc, "Présents" + c + " VD, TM, SB, GP, AK, WV, LH, KD")
    para(doc, "Excusés" + c + " JS, MR")
    para(doc, "Légende" + c, underline=True)
    for line in ("VD = Véronique Delhaye (CPAS Charleroi), secrétaire de séance",
                 "TM = Thierry Marchal (CPAS Charleroi)",
                 "SB = Sabrina Bouzidi (CPAS Charleroi)",
                 "GP = Grégory Paquet (CPAS Binche)",
                 "AK = An Koninckx (SPP Intégration Sociale)",
                 "WV = Wouter Verhaegen (CPAS Gand)",
                 "LH = Laurence Hubert (CPAS Liège)",
                 "KD = Karima Daoudi (CPAS Bruxelles)",
                 "JS = Jolien Segers (CPAS Anvers)",
                 "MR = Marc Renard (CPAS Liège)"):
        p = para(doc, line, size=9)
        p.paragraph_format.space_after = Pt(0)
    para(doc)
    para(doc, "Ordre du jour" + c, bold=True)
    for t, s in (("9h30 – 10h00", "Accueil et café"),
                 ("10h00 – 10h45", "Tour de table des CPAS"),
                 ("10h45 – 11h30", "Présentation du projet de Charleroi"),
                 ("11h30 – 12h15", "Le recrutement" + c + " des listes aux séances d'information"),
                 ("12h15 – 13h00", "Lunch"),
                 ("13h00 – 14h00", "Visite des ateliers")):
        p = para(doc, t + "\t" + s)
        tab_stop(p, 3.5)
        p.paragraph_format.space_after = Pt(0)
    para(doc)

    def h(text):
        para(doc, text, bold=True, underline=True)

    h("A. Accueil")
    para(doc, "TM souhaite la bienvenue aux collègues et rappelle que c'est la première rencontre du réseau "
              "organisée à Charleroi. GP présente brièvement le CPAS de Binche, partenaire du projet depuis "
              "cette année.")
    h("B. Tour de table")
    para(doc, "B.1 Gand", bold=True)
    para(doc, "WV explique que le groupe du lundi est complet (12 participants). Les ateliers de langue "
              "fonctionnent bien, mais les horaires changent trop souvent pour les participants.")
    para(doc, "B.2 Liège", bold=True)
    para(doc, "LH signale que l'entretien d'admission est désormais fait par une seule personne, ce qui "
              "facilite le bilan d'orientation. Liège aimerait, à terme, organiser une séance commune avec "
              "les autres CPAS wallons.")
    para(doc, "B.3 Bruxelles", bold=True)
    para(doc, "KD présente les premiers chiffres du module d'automne" + c + " [chiffres à compléter]")
    h("C. Présentation du projet de Charleroi")
    para(doc, "SB présente le fonctionnement par modules (septembre à juin), le coaching individuel toutes les "
              "deux semaines et les ateliers collectifs hebdomadaires. Les sorties socioculturelles ont lieu "
              "une fois par mois.")
    para(doc, "Qui" + c + " SB – envoyer la grille des séances d'information aux autres CPAS.")
    para(doc, "Qui" + c + " GP et TM – préparer une note commune Charleroi-Binche sur le partenariat.")
    h("D. Recrutement" + c + " des listes aux séances d'information")
    para(doc, "Charleroi part d'une liste de bénéficiaires proposée par les antennes sociales. Les AS "
              "retiennent une partie des personnes, qui sont invitées à une séance d'information. Environ un "
              "tiers des personnes invitées se présentent. Les autres CPAS trouvent la méthode intéressante "
              "mais lourde.")
    para(doc, "Il est convenu que chaque CPAS garde ses propres listes" + NBSP + "; aucune liste nominative ne "
              "circule entre CPAS.")
    para(doc, "Le SPP va vérifier si les séances d'information peuvent être comptées comme activités FAMI.")
    para(doc, "AK a déjà transmis le modèle de rapport annuel à tous les coordinateurs.")
    para(doc, "Tous les CPAS" + c + " transmettre leurs chiffres de recrutement (listés / retenus / présents) "
              "au SPP pour le vendredi 16 décembre.")
    h("E. Visite des ateliers")
    para(doc, "Visite de l'atelier informatique et de l'atelier créatif. Les participants présents ont expliqué "
              "eux-mêmes leurs activités.")
    h("F. Divers")
    para(doc, "Prochaine rencontre" + c + " au printemps 2017, à Gand.")
    save(doc, "527_reunion_charleroi_2016.docx")


# ---------------------------------------------------------------- 528 Gent 2017
def report_528():
    """Griet Vanhoutte, administratief medewerker, OCMW Gent. Calibri 11, typed '1)' bold
    headings, Word bullets per organisation, agenda as a Word-numbered list with '10u00-10u30',
    'Actie X:' and arrows, soft line breaks, French summary at the end."""
    doc = new_doc("Calibri", 11)
    set_header(doc, ["OCMW Gent", TAG_NL])
    set_footer(doc, page_prefix="")
    para(doc, "Verslag netwerkbijeenkomst AMIF", style="Title")
    soft_break_para(doc, ["Dinsdag 21 maart 2017", "OCMW Gent, zaal De Wilgen, Lindenlei 12, 9000 Gent"],
                    bold_first=True)
    para(doc, "Aanwezig:", bold=True)
    for line in ("OCMW Gent: Griet Vanhoutte (verslag), Wouter Verhaegen, Fatma Yildiz",
                 "OCMW Antwerpen: Jolien Segers, Bart Wuyts",
                 "OCMW Schoten: Els Goossens",
                 "CPAS Liège: Laurence Hubert",
                 "CPAS Charleroi: Thierry Marchal",
                 "CPAS Bruxelles: Karima Daoudi",
                 "POD MI: An Koninckx"):
        para(doc, line, style="List Bullet")
    para(doc, "Verontschuldigd:", bold=True)
    for line in ("CPAS Binche: Grégory Paquet", "OCMW Edegem: Hilde Claes"):
        para(doc, line, style="List Bullet")
    para(doc, "Agenda:", bold=True)
    for line in ("10u00-10u30 Onthaal en kennismaking",
                 "10u30-11u30 Voorstelling van het Gentse project",
                 "11u30-12u30 Tevredenheidsenquête: eerste ervaringen",
                 "12u30-13u30 Lunch",
                 "13u30-15u00 Werkbezoek aan de groepswerking"):
        para(doc, line, style="List Number")
    para(doc)

    def h(t):
        para(doc, t, bold=True, size=12)

    h("1) Onthaal en kennismaking")
    para(doc, "Wouter verwelkomt iedereen in Gent. Els Goossens stelt zich voor: OCMW Schoten stapt dit jaar "
              "als partner mee in het project van Antwerpen.")
    h("2) Voorstelling van het Gentse project")
    para(doc, "Fatma toont hoe een traject in Gent verloopt: intakegesprek, oriëntatiebalans, daarna individuele "
              "begeleiding om de twee weken en een wekelijkse groepswerking. De groepswerking werd in februari "
              "al uitgebreid naar twee groepen.")
    para(doc, "Actie Wouter: de vragenlijst van de intake doorsturen naar alle OCMW's.")
    h("3) Tevredenheidsenquête")
    para(doc, "Iedereen vindt de huidige enquête te abstract voor de doelgroep. Voorstel van Liège: een "
              "gezamenlijke lijst met pictogrammen maken.")
    para(doc, "Beslist: de enquête wordt voortaan mondeling afgenomen, met een tolk waar nodig.")
    para(doc, "→ Fatma en Jolien bekijken samen of de enquête in het Arabisch en het Dari kan.")
    para(doc, "→ Elk OCMW test de vereenvoudigde enquête bij minstens vijf deelnemers tegen eind mei.")
    para(doc, "Actie POD: nagaan of de enquête in meer talen vertaald kan worden.")
    h("4) Werkbezoek")
    para(doc, "Na de lunch bezoeken we de groepswerking in de Brugse Poort. De deelnemers vertellen zelf wat "
              "ze geleerd hebben. (Foto's van het werkbezoek worden nog aan dit verslag toegevoegd.)")
    h("5) Varia")
    para(doc, "De volgende bijeenkomst vindt plaats in Luik op vrijdag 9 juni 2017.")
    para(doc)
    h("Résumé en français")
    para(doc, "Le 21 mars 2017, le CPAS de Gand a accueilli le réseau. Fatma Yildiz a présenté le trajet à "
              "Gand (entretien d'admission, bilan d'orientation, accompagnement individuel et groupe "
              "hebdomadaire). L'enquête de satisfaction est jugée trop abstraite : elle sera désormais faite "
              "oralement. Wouter enverra le questionnaire d'admission à tous les CPAS ; chaque CPAS teste la "
              "version simplifiée de l'enquête d'ici fin mai. Prochaine rencontre : Liège, le vendredi 9 juin "
              "2017.", italic=True)
    save(doc, "528_verslag_gent_2017.docx")


# ---------------------------------------------------------------- 529 Liège 2018
def report_529():
    """Murielle Jacquemin, secrétaire du service insertion, CPAS de Liège. Garamond 12, justified,
    curly apostrophes (AutoCorrect), Heading 2 with typed roman numerals, sub-headings 'a)',
    agenda told in the introduction, 'va + infinitif' and 'Qui : … Quoi : …'."""
    doc = new_doc("Garamond", 12)
    set_header(doc, ["CPAS de Liège", TAG_FR], align=WD_ALIGN_PARAGRAPH.CENTER, italic=True)
    set_footer(doc, page_prefix="– ", align=WD_ALIGN_PARAGRAPH.RIGHT)
    J = WD_ALIGN_PARAGRAPH.JUSTIFY
    para(doc, "Rencontre des CPAS – réseau FAMI", style="Title")
    para(doc, "Liège, le vendredi 8 juin 2018 – Maison de l’insertion, rue des Croisiers 7, 4000 Liège",
         italic=True)
    para(doc, "Étaient présents : Murielle Jacquemin, Laurence Hubert et Olivier Lejeune (CPAS de Liège), "
              "Wouter Verhaegen (CPAS de Gand), Thierry Marchal et Sabrina Bouzidi (CPAS de Charleroi), "
              "Jolien Segers (CPAS d’Anvers), Karima Daoudi (CPAS de Bruxelles), Pieter Mertens (SPP IS).",
         align=J)
    para(doc, "Étaient excusés : Grégory Paquet (CPAS de Binche) et An Koninckx (SPP IS).", align=J)
    doc.add_paragraph("I. Introduction", style="Heading 2")
    para(doc, "Laurence Hubert ouvre la réunion à 9h30 par un tour de table des CPAS. Elle annonce ensuite le "
              "programme : à 10h15, les contrats des participants ; à 11h30, le point du SPP sur les "
              "indicateurs ; de 13h30 à 15h30, un atelier sur l’enquête de satisfaction.", align=J)
    para(doc, "Une interprète avait été prévue pour les collègues néerlandophones, mais elle a dû annuler ; "
              "les échanges se sont faits en français, Wouter Verhaegen aidant pour la traduction.", align=J)
    doc.add_paragraph("II. Tour de table", style="Heading 2")
    doc.add_paragraph("a) Gand", style="Heading 3")
    para(doc, "Le groupe de l’après-midi a été dédoublé. Gand souhaiterait une journée d’échange sur la "
              "médiation interculturelle.", align=J)
    doc.add_paragraph("b) Charleroi", style="Heading 3")
    para(doc, "Charleroi a déjà adapté ses horaires pour mieux équilibrer anciens et nouveaux participants.",
         align=J)
    doc.add_paragraph("c) Anvers et Bruxelles", style="Heading 3")
    para(doc, "Les deux CPAS constatent que les démarches administratives prennent de plus en plus de temps ; "
              "ils planifient désormais les activités trois mois à l’avance.", align=J)
    doc.add_paragraph("III. Les contrats des participants", style="Heading 2")
    para(doc, "Olivier Lejeune présente les trois contrats signés par chaque participant : avec l’assistant "
              "social, avec la personne chargée de l’entretien d’admission et avec le responsable de chaque "
              "module. Ils fixent les règles sur le taux de présence et la ponctualité.", align=J)
    para(doc, "Olivier va envoyer les trois modèles de contrat aux autres CPAS d’ici la fin juin.", align=J)
    para(doc, "Qui : Sabrina Bouzidi et Jolien Segers. Quoi : comparer les règlements d’ordre intérieur de "
              "Charleroi et d’Anvers.", align=J)
    doc.add_paragraph("IV. Indicateurs FAMI", style="Heading 2")
    para(doc, "Pieter Mertens rappelle que chaque CPAS doit compter les participants de la même façon. Le SPP "
              "va préciser la définition de participant pour le comptage des indicateurs.", align=J)
    doc.add_paragraph("V. Atelier : l’enquête de satisfaction", style="Heading 2")
    para(doc, "En petits groupes, les participants de la réunion ont reformulé les questions de l’enquête en "
              "mots simples. Il est décidé de garder un seul questionnaire commun à tout le réseau.", align=J)
    para(doc, "Chaque CPAS va tester la version simplifiée de l’enquête avec un groupe avant septembre. Le CPAS "
              "de Bruxelles va traduire l’enquête en arabe.", align=J)
    doc.add_paragraph("VI. Divers et prochaine rencontre", style="Heading 2")
    para(doc, "La prochaine rencontre aura lieu à Bruxelles le jeudi 18 octobre 2018.", align=J)
    para(doc, "Annexes : présentations PowerPoint (à joindre)", italic=True)
    save(doc, "529_rencontre_liege_2018.docx")


# ---------------------------------------------------------------- 530 Binche 2019
def report_530():
    """Christelle Lebrun, employée administrative, CPAS de Binche. Calibri 11, headings in bold
    with the font's All caps (the stored text is in lower case), blank paragraphs for spacing,
    start times only ('10.00'), status written after a name, '(resp. …)' and passive tasks.
    No next meeting."""
    doc = new_doc("Calibri", 11)
    set_header(doc, ["CPAS de Binche"])
    set_footer(doc, [TAG_FR])
    para(doc, "Version provisoire", bold=True, color="808080")
    para(doc, "Réunion FAMI – CPAS de Binche", bold=True, size=16)
    para(doc, "Mardi 15 octobre 2019, salle du conseil, CPAS de Binche")
    para(doc)
    para(doc, "Participants", bold=True, underline=True)
    for line in ("CPAS de Binche : Christelle Lebrun, Grégory Paquet, Aurore Delvaux",
                 "CPAS de Charleroi : Thierry Marchal, Sabrina Bouzidi (excusée)",
                 "CPAS de Liège : Laurence Hubert (excusée), Olivier Lejeune",
                 "CPAS de Bruxelles : Karima Daoudi",
                 "SPP Intégration Sociale : Pieter Mertens"):
        para(doc, line, style="List Bullet")
    para(doc)
    para(doc, "Programme", bold=True, underline=True)
    for t, s in (("10.00", "Accueil par la présidente du CPAS de Binche"),
                 ("10.30", "Le partenariat Charleroi – Binche"),
                 ("11.15", "Orientation des participants par les assistants sociaux"),
                 ("12.30", "Repas"),
                 ("13.30", "Échanges sur les sorties socioculturelles")):
        p = para(doc, t + "   " + s)
        p.paragraph_format.space_after = Pt(0)
    para(doc)

    def h(t):
        para(doc)
        para(doc, t, bold=True, caps=True)

    h("Accueil")
    para(doc, "La présidente du CPAS de Binche accueille les participants et souligne l'importance du "
              "partenariat avec Charleroi pour les primo-arrivants de la région du Centre.")
    h("Le partenariat Charleroi – Binche")
    para(doc, "Thierry Marchal rappelle le fonctionnement : les participants de Binche suivent les ateliers à "
              "Charleroi deux jours par semaine et le coaching individuel à Binche. Nombre de participants "
              "inscrits en 2019 : XXX (chiffre à compléter)")
    para(doc, "Mise à jour de la liste des antennes sociales partenaires (resp. Grégory Paquet).")
    h("Orientation par les assistants sociaux")
    para(doc, "Les AS de Binche ont déjà reçu une présentation du projet en septembre. Ils souhaiteraient un "
              "document court pour expliquer le projet aux clients.")
    para(doc, "Le modèle de fiche d'orientation sera envoyé par le SPP à tous les CPAS.")
    para(doc, "Organiser une rencontre entre les AS de Binche et l'équipe de Charleroi (resp. Thierry Marchal "
              "et Christelle Lebrun).")
    h("Sorties socioculturelles")
    para(doc, "Les sorties mensuelles sont très appréciées. Proposition : organiser une sortie commune au "
              "musée du Masque au printemps. Charleroi partagera son calendrier de sorties avec Binche.")
    h("Divers")
    para(doc, "Olivier Lejeune remercie le CPAS de Binche pour l'accueil. Pas d'autre point.")
    save(doc, "530_reunion_binche_2019.docx")


# ---------------------------------------------------------------- 531 Antwerpen 2020 (online)
def report_531():
    """Sanne De Wachter, stafmedewerker, OCMW Antwerpen. Heading 1/2 with Word multilevel
    numbering (the numbers are not typed), a people table with x in status columns, agenda as
    bullets with '10.00 – 10.15', a full French version after the Dutch one."""
    doc = new_doc("Calibri", 11)
    set_header(doc, ["OCMW Antwerpen", TAG_NL + " – " + TAG_FR], size=7)
    set_footer(doc, page_prefix="pagina ", align=WD_ALIGN_PARAGRAPH.RIGHT)
    new_num = heading_numbering(doc)
    para(doc, "Verslag online bijeenkomst AMIF-netwerk", style="Title")
    para(doc, "Donderdag 14 mei 2020, 10.00 – 12.00 uur, via Microsoft Teams", bold=True)
    para(doc, "Iedereen sprak in de eigen taal; er was geen tolk voorzien.", italic=True)
    rows = [["Naam", "Organisatie", "Aanwezig", "Verontschuldigd"],
            ["Sanne De Wachter", "OCMW Antwerpen", "x", ""],
            ["Jolien Segers", "OCMW Antwerpen", "x", ""],
            ["Wouter Verhaegen", "OCMW Gent", "x", ""],
            ["Fatma Yildiz", "OCMW Gent", "", "x"],
            ["Laurence Hubert", "OCMW Luik", "x", ""],
            ["Sabrina Bouzidi", "OCMW Charleroi", "x", ""],
            ["Karima Daoudi", "OCMW Brussel", "x", ""],
            ["Els Goossens", "OCMW Schoten", "", "x"],
            ["Hilde Claes", "OCMW Edegem", "x", ""],
            ["Pieter Mertens", "POD MI", "x", ""]]
    table(doc, rows, fill="D9E2F3", widths=[5, 4.5, 2.5, 3])
    para(doc)
    para(doc, "Agenda", bold=True)
    for line in ("10.00 – 10.15: Welkom en technische afspraken",
                 "10.15 – 11.00: Stand van zaken per OCMW",
                 "11.00 – 11.30: Groepsgrootte en hygiëne",
                 "11.30 – 12.00: Afspraken met de POD en varia"):
        para(doc, line, style="List Bullet")
    n1 = new_num()
    numbered_heading(doc, "Welkom en technische afspraken", 0, n1)
    para(doc, "Sanne opent de vergadering. Camera aan bij het begin, microfoon uit als je niet spreekt. Vragen "
              "kunnen ook in de chat.")
    numbered_heading(doc, "Stand van zaken per OCMW", 0, n1)
    numbered_heading(doc, "Gent", 1, n1)
    para(doc, "Sinds half maart geen groepssessies meer. De begeleiders bellen elke deelnemer wekelijks. "
              "Gent wil graag opnieuw starten met groepjes van 4 deelnemers + 1 begeleider.")
    numbered_heading(doc, "Antwerpen en partners", 1, n1)
    para(doc, "Individuele begeleiding gaat verder via telefoon en WhatsApp. Edegem en Schoten volgen dezelfde "
              "aanpak.")
    numbered_heading(doc, "Luik en Charleroi", 1, n1)
    para(doc, "Beide werken met groepjes van 3 deelnemers + 1 begeleider, in grote lokalen.")
    numbered_heading(doc, "Brussel", 1, n1)
    para(doc, "Brussel heeft de laptops voor deelnemers al uitgedeeld; de eerste online taalsessies lopen.")
    numbered_heading(doc, "Groepsgrootte en hygiëne", 0, n1)
    para(doc, "De regels verschillen per OCMW en veranderen snel. Beslist: geen fysieke groepssessies vóór "
              "1 juli.")
    numbered_heading(doc, "Afspraken met de POD en varia", 0, n1)
    for line in ("Sanne De Wachter verzamelt de groepsregels van alle OCMW's in één overzicht (tegen 29 mei).",
                 "De POD bezorgt een nota over de subsidiabiliteit van online sessies.",
                 "Luik deelt zijn draaiboek voor sessies met 3 deelnemers + 1 begeleider.",
                 "Wie de online enquête test, is nog te bepalen."):
        para(doc, line, style="List Bullet")
    para(doc, "Volgende online bijeenkomst: donderdag 25 juni 2020 om 10.00 uur.", bold=True)
    para(doc, "Opmerkingen op dit verslag graag vóór 22 mei aan Sanne.", italic=True)

    # full French version
    doc.add_page_break()
    doc.add_paragraph("Version française", style="Heading 1")
    para(doc, "Jeudi 14 mai 2020, de 10h00 à 12h00, via Microsoft Teams", bold=True)
    para(doc, "Chacun a parlé dans sa langue ; il n'y avait pas d'interprète.", italic=True)
    para(doc, "Présents et excusés : voir le tableau de la version néerlandaise.")
    n2 = new_num()
    numbered_heading(doc, "Accueil et consignes techniques", 0, n2)
    para(doc, "Sanne ouvre la réunion. Caméra allumée au début, micro coupé quand on ne parle pas. Les "
              "questions peuvent aussi être posées dans le chat.")
    numbered_heading(doc, "État des lieux par CPAS", 0, n2)
    numbered_heading(doc, "Gand", 1, n2)
    para(doc, "Plus de séances de groupe depuis la mi-mars. Les accompagnateurs appellent chaque participant "
              "une fois par semaine. Gand voudrait redémarrer avec des groupes de 4 participants + 1 "
              "accompagnateur.")
    numbered_heading(doc, "Anvers et partenaires", 1, n2)
    para(doc, "L'accompagnement individuel continue par téléphone et WhatsApp. Edegem et Schoten font de même.")
    numbered_heading(doc, "Liège et Charleroi", 1, n2)
    para(doc, "Les deux CPAS travaillent avec des groupes de 3 participants + 1 accompagnateur, dans de grands "
              "locaux.")
    numbered_heading(doc, "Bruxelles", 1, n2)
    para(doc, "Bruxelles a déjà distribué les ordinateurs portables aux participants ; les premières séances "
              "de langue en ligne ont commencé.")
    numbered_heading(doc, "Taille des groupes et hygiène", 0, n2)
    para(doc, "Les règles diffèrent d'un CPAS à l'autre et changent vite. Décision : pas de séances de groupe "
              "en présentiel avant le 1er juillet.")
    numbered_heading(doc, "Accords avec le SPP et divers", 0, n2)
    for line in ("Sanne De Wachter rassemble les règles de groupe de tous les CPAS dans un seul aperçu (pour "
                 "le 29 mai).",
                 "Le SPP fournit une note sur l'éligibilité des séances en ligne.",
                 "Liège partage son scénario pour les séances à 3 participants + 1 accompagnateur.",
                 "Qui teste l'enquête en ligne : encore à déterminer."):
        para(doc, line, style="List Bullet")
    para(doc, "Prochaine réunion en ligne : jeudi 25 juin 2020 à 10h00.", bold=True)
    save(doc, "531_verslag_online_antwerpen_2020.docx")


# ---------------------------------------------------------------- 532 Bruxelles 2021 (hybrid)
def report_532():
    """Nathalie Vanderstraeten, secrétaire de direction, CPAS de Bruxelles. Times New Roman 10,
    the whole body in a two-column table FR | NL with merged heading rows, an agenda table,
    arrows for tasks, interpreters listed."""
    doc = new_doc("Times New Roman", 10, margins_cm=1.8)
    set_header(doc, ["CPAS de Bruxelles – OCMW Brussel"], align=WD_ALIGN_PARAGRAPH.CENTER)
    set_footer(doc, [TAG_FR + " / " + TAG_NL], page_prefix="")
    para(doc, "Rapport de réunion FAMI – Verslag AMIF-vergadering", bold=True, size=14,
         align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "Jeudi 7 octobre 2021 – Donderdag 7 oktober 2021", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "Réunion hybride : salle du conseil du CPAS de Bruxelles et Teams – Hybride vergadering: "
              "raadzaal van het OCMW Brussel en Teams", align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "Version NL à relire / NL-versie na te lezen", italic=True, color="C00000",
         align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "Présents / Aanwezig : Nathalie Vanderstraeten, Karima Daoudi (CPAS de Bruxelles) ; Julie Renson, "
              "Pieter Mertens (SPP IS / POD MI) ; Wouter Verhaegen (OCMW Gent, en ligne) ; Olivier Lejeune "
              "(CPAS de Liège) ; Thierry Marchal (CPAS de Charleroi, en ligne) ; Sanne De Wachter (OCMW "
              "Antwerpen) ; Tom Verbruggen (OCMW Mortsel, en ligne).")
    para(doc, "Interprétation simultanée FR-NL / Simultaanvertaling FR-NL : Maud Lenaerts et Koen Dierickx "
              "(interprètes / tolken).")
    para(doc, "Excusés / Verontschuldigd : Grégory Paquet (CPAS de Binche), Hilde Claes (OCMW Edegem).")
    para(doc)
    t = table(doc, [["Heure / Uur", "Point", "Punt"],
                    ["9h30 – 10h00", "Accueil", "Welkom"],
                    ["10h00 – 10h45", "Tour de table", "Ronde van de OCMW's"],
                    ["10h45 – 11h45", "Indicateurs communs du nouveau fonds", "Gemeenschappelijke indicatoren "
                                                                           "van het nieuwe fonds"],
                    ["11h45 – 12h30", "Conservation des données", "Bewaring van gegevens"],
                    ["12h30 – 12h45", "Divers", "Varia"]], fill="E7E6E6", widths=[3.2, 7, 7])
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    para(doc)
    body = [
        ("1. Accueil / Welkom", None),
        ("Karima Daoudi accueille les participants dans la salle et en ligne. Les interprètes sont présents "
         "en cabine ; les participants en ligne choisissent leur canal de langue dans Teams.",
         "Karima Daoudi verwelkomt de deelnemers in de zaal en online. De tolken zitten in de cabine; online "
         "deelnemers kiezen hun taalkanaal in Teams."),
        ("2. Tour de table / Ronde van de OCMW's", None),
        ("Tous les CPAS ont repris les activités de groupe. Liège travaille désormais avec des groupes de 6 "
         "participants + 1 formateur. Mortsel a rejoint le partenariat d'Anvers cette année.",
         "Alle OCMW's zijn opnieuw met groepsactiviteiten gestart. Luik werkt nu met groepen van 6 deelnemers "
         "+ 1 begeleider. Mortsel is dit jaar in het partnerschap van Antwerpen gestapt."),
        ("3. Indicateurs communs du nouveau fonds / Gemeenschappelijke indicatoren van het nieuwe fonds", None),
        ("Julie Renson présente les indicateurs communs du règlement (UE) 2021/1147 : participants par type "
         "d'activité, progression d'au moins un niveau CECR, participants qui estiment que l'activité a aidé "
         "leur intégration. Les CPAS demandent des définitions claires.",
         "Julie Renson stelt de gemeenschappelijke indicatoren van verordening (EU) 2021/1147 voor: deelnemers "
         "per type activiteit, stijging met minstens één ERK-niveau, deelnemers die vinden dat de activiteit "
         "hun integratie hielp. De OCMW's vragen duidelijke definities."),
        ("→ Le SPP envoie la fiche des indicateurs communs à tous les CPAS avant la fin octobre.",
         "→ De POD stuurt de fiche met de gemeenschappelijke indicatoren vóór eind oktober naar alle OCMW's."),
        ("4. Conservation des données / Bewaring van gegevens", None),
        ("Les documents sont conservés cinq ans à partir du 31 décembre de l'année du dernier paiement ; les "
         "données personnelles pas plus longtemps que nécessaire. Un participant peut demander à voir tout ce "
         "que le CPAS conserve sur lui.",
         "Documenten worden vijf jaar bewaard vanaf 31 december van het jaar van de laatste betaling; "
         "persoonsgegevens niet langer dan nodig. Een deelnemer kan vragen om alles in te kijken wat het OCMW "
         "over hem bewaart."),
        ("Décision : aucune donnée nominative n'est partagée entre CPAS ni avec le SPP.",
         "Beslissing: geen enkele naam van een deelnemer wordt gedeeld tussen OCMW's of met de POD."),
        ("→ Karima Daoudi : préparer une proposition de durée de conservation des dossiers sociaux.\n"
         "→ Chaque CPAS vérifie sa procédure de demande d'accès (art. 15 RGPD).\n"
         "→ Rédaction d'une FAQ commune pour les AS : qui s'en charge ? À déterminer.",
         "→ Karima Daoudi: een voorstel van bewaartermijn voor de sociale dossiers voorbereiden.\n"
         "→ Elk OCMW controleert zijn procedure voor inzageverzoeken (art. 15 AVG).\n"
         "→ Opstellen van een gemeenschappelijke FAQ voor de maatschappelijk werkers: wie? Nog te bepalen."),
        ("5. Divers / Varia", None),
        ("Sanne De Wachter aimerait une journée d'échange consacrée aux sorties socioculturelles.",
         "Sanne De Wachter zou graag een uitwisselingsdag over socio-culturele uitstappen organiseren."),
    ]
    bt = doc.add_table(rows=len(body) + 1, cols=2)
    bt.style = "Table Grid"
    cell_text(bt.cell(0, 0), "Français", bold=True)
    cell_text(bt.cell(0, 1), "Nederlands", bold=True)
    for i, (fr, nl) in enumerate(body, start=1):
        if nl is None:
            merge_row(bt, i, fr, fill="DEEAF6")
        else:
            for j, txt in ((0, fr), (1, nl)):
                c = bt.cell(i, j)
                c.text = ""
                lines = txt.split("\n")
                c.paragraphs[0].add_run(lines[0])
                for extra in lines[1:]:
                    c.add_paragraph(extra)
    para(doc)
    para(doc, "Prochaine réunion / Volgende vergadering : printemps 2022 – voorjaar 2022", bold=True)
    save(doc, "532_rencontre_bruxelles_hybride_2021.docx")


# ---------------------------------------------------------------- 533 Schoten 2022
def report_533():
    """Kristel Van Gorp, administratief medewerker sociale dienst, OCMW Schoten. Verdana 9,
    Heading 1/2 with typed decimal numbers ('1.', '2.1'), agenda bullets with start times ('10u'),
    people inline, 'X stuurt …' and 'nog te bepalen', next meeting as a line without a year."""
    doc = new_doc("Verdana", 9)
    set_header(doc, ["OCMW Schoten"], size=7)
    set_footer(doc, [TAG_NL], page_prefix="p. ", align=WD_ALIGN_PARAGRAPH.RIGHT)
    para(doc, "Verslag bijeenkomst AMIF-netwerk", bold=True, size=14)
    para(doc, "dinsdag 22 november 2022 – OCMW Schoten, Sociaal Huis, vergaderzaal 2")
    para(doc, "Aanwezig: Kristel Van Gorp en Els Goossens (Schoten), Jolien Segers en Sanne De Wachter "
              "(Antwerpen), Hilde Claes (Edegem), Pieter Mertens (POD MI).")
    para(doc, "Verontschuldigd: Tom Verbruggen (Mortsel).")
    para(doc, "Agenda", bold=True)
    for line in ("10u – onthaal met koffie",
                 "10u15 – de partnerwerking met Antwerpen",
                 "11u – evaluatie van het modulejaar 2021-2022",
                 "12u – broodjeslunch"):
        para(doc, line, style="List Bullet")
    doc.add_paragraph("1. Onthaal", style="Heading 1")
    para(doc, "Kristel verwelkomt iedereen in het Sociaal Huis van Schoten.")
    doc.add_paragraph("2. Partnerwerking met Antwerpen", style="Heading 1")
    doc.add_paragraph("2.1 Doorverwijzing", style="Heading 2")
    para(doc, "De maatschappelijk werkers van Schoten verwijzen rechtstreeks door naar het intakegesprek in "
              "Antwerpen. Edegem heeft al een vaste contactpersoon aangeduid; Schoten nog niet.")
    doc.add_paragraph("2.2 Vervoer van deelnemers", style="Heading 2")
    para(doc, "Voor deelnemers uit Schoten is de verplaatsing naar Antwerpen een drempel. Cijfers per partner: "
              "[aanvullen: cijfers Mortsel]")
    doc.add_paragraph("3. Evaluatie modulejaar 2021-2022", style="Heading 1")
    doc.add_paragraph("3.1 Wat werkt", style="Heading 2")
    para(doc, "Het intensieve contact (bijna elke dag van de week), de band tussen begeleiders en deelnemers en "
              "de groepsgeest op het einde van de module.")
    doc.add_paragraph("3.2 Wat kan beter", style="Heading 2")
    para(doc, "De communicatie naar deelnemers als lessen wegvallen, en een uurrooster dat oude en nieuwe "
              "deelnemers beter mengt. Voorstel: activiteiten rond gevoelige thema's niet verplicht maken.")
    para(doc, "Afgesproken: lessen worden niet meer geschrapt zonder sms aan de deelnemers.")
    doc.add_paragraph("4. Afspraken", style="Heading 1")
    for line in ("Jolien stuurt het aangepaste uurrooster naar Schoten en Edegem.",
                 "Kristel en Els maken een lijst van deelnemers die vervoer nodig hebben.",
                 "Antwerpen bekijkt of de bus van het OCMW op donderdag kan rijden.",
                 "De POD laat weten of de vervoerskosten subsidiabel zijn.",
                 "Vertaling van de planning in eenvoudig Nederlands: wie, nog te bepalen."):
        para(doc, line, style="List Bullet")
    doc.add_paragraph("5. Volgende bijeenkomst", style="Heading 1")
    para(doc, "Dinsdag 14 maart, 10u, in Edegem.")
    save(doc, "533_bijeenkomst_schoten_2022.docx")


# ---------------------------------------------------------------- 534 Edegem 2024 (hybrid)
def report_534():
    """Hilde Claes, maatschappelijk werker en secretaris, OCMW Edegem. Calibri Light
    10.5, Heading 2 unnumbered, tables everywhere: agenda Tijdstip/Onderwerp/Wie, people with a
    status column, actions Wie/Wat/Wanneer (with a line already done)."""
    doc = new_doc("Calibri Light", 10.5)
    set_header(doc, ["OCMW Edegem"], align=WD_ALIGN_PARAGRAPH.RIGHT)
    set_footer(doc, [TAG_NL], page_prefix="")
    para(doc, "ONTWERPVERSLAG – nog niet goedgekeurd", bold=True, color="FF0000")
    para(doc, "Bijeenkomst AMIF-netwerk", style="Title")
    para(doc, "Maandag 23 september 2024 – hybride: raadzaal OCMW Edegem en online via Teams", italic=True)
    para(doc, "Geen tolken: de Franstalige collega's volgden online en vatten zelf samen in het Frans.",
         italic=True)
    para(doc, "Aanwezigen", bold=True)
    table(doc, [["Naam", "Organisatie", "Status"],
                ["Hilde Claes", "OCMW Edegem", "ter plaatse"],
                ["Tom Verbruggen", "OCMW Mortsel", "ter plaatse"],
                ["Kristel Van Gorp", "OCMW Schoten", "ter plaatse"],
                ["Sanne De Wachter", "OCMW Antwerpen", "ter plaatse"],
                ["Pieter Mertens", "POD MI", "online"],
                ["Olivier Lejeune", "CPAS Liège", "online"],
                ["Aurore Delvaux", "CPAS Binche", "online"],
                ["Wouter Verhaegen", "OCMW Gent", "verontschuldigd"],
                ["Karima Daoudi", "CPAS Bruxelles", "verontschuldigd"]], fill="E2EFD9", widths=[5, 5, 4])
    para(doc, "Agenda", bold=True)
    table(doc, [["Tijdstip", "Onderwerp", "Wie"],
                ["13.30 – 14.00", "Welkom en stand van zaken", "Hilde Claes"],
                ["14.00 – 14.45", "Indicatoren 2021-2027: wat moeten we tellen?", "POD MI"],
                ["14.45 – 15.00", "Pauze", ""],
                ["15.00 – 16.00", "Bewaartermijnen en inzagerecht", "OCMW Antwerpen"]],
          fill="E2EFD9", widths=[3, 8, 4])
    doc.add_paragraph("Welkom", style="Heading 2")
    para(doc, "Hilde heet iedereen welkom, ter plaatse en online.")
    doc.add_paragraph("Stand van zaken", style="Heading 2")
    para(doc, "Edegem begeleidt dit jaar 14 deelnemers. Binche heeft een nieuwe coördinator: Aurore Delvaux. "
              "Mortsel heeft zijn contactpersoon intussen doorgegeven aan Antwerpen.")
    doc.add_paragraph("Indicatoren 2021-2027", style="Heading 2")
    para(doc, "Pieter Mertens legt uit welke gemeenschappelijke output- en resultaatindicatoren de lidstaat elk "
              "jaar rapporteert. Vraag van Luik: hoe meten we de stijging met één ERK-niveau als een "
              "deelnemer halverwege stopt? Zie actiepunten.")
    doc.add_paragraph("Bewaartermijnen en inzagerecht", style="Heading 2")
    para(doc, "Sanne De Wachter overloopt de regels: bewaren tot vijf jaar na 31 december van het jaar van de "
              "laatste betaling, persoonsgegevens niet langer dan nodig, en elke deelnemer mag inzage vragen. "
              "Het is de wens van de partners om één gezamenlijke privacyverklaring te hebben.")
    doc.add_paragraph("Actiepunten", style="Heading 2")
    table(doc, [["Wie", "Wat", "Wanneer"],
                ["Pieter Mertens (POD MI)", "Overzicht van de gemeenschappelijke indicatoren rondsturen",
                 "15 oktober"],
                ["POD MI", "Antwoord op de vraag over de ERK-niveaus bezorgen aan alle OCMW's", "november"],
                ["Alle OCMW's", "Aantal deelnemers per type activiteit 2024 doorgeven", "31 januari 2025"],
                ["Hilde Claes en Tom Verbruggen", "Nota over bewaartermijnen voor de partner-OCMW's opstellen",
                 "december"],
                ["Mortsel", "Contactpersoon doorgeven aan Antwerpen", "gedaan"],
                ["nog te bepalen", "Eenvoudige versie van de privacyverklaring voor deelnemers maken", ""]],
          fill="E2EFD9", widths=[4.5, 8, 3])
    doc.add_paragraph("Varia", style="Heading 2")
    para(doc, "Volgende bijeenkomst: voorjaar 2025, in Brussel.")
    para(doc, "Bijlage (presentatie POD): volgt", italic=True)
    save(doc, "534_bijeenkomst_edegem_2024.docx")


# ---------------------------------------------------------------- 535 SPP 2025 (online)
def report_535():
    """Julie Renson, attachée, SPP Intégration Sociale. Tahoma 10, official template: tagline
    header, Heading 1/2 with typed numbers and bilingual titles, paragraph by paragraph FR then
    NL in italics, tables for people (status column) and agenda, '►' task lines."""
    doc = new_doc("Tahoma", 10)
    set_header(doc, [TAG_NL, TAG_FR, "POD | Maatschappelijke Integratie – SPP | Intégration Sociale"],
               size=7, italic=True)
    set_footer(doc, page_prefix="", align=WD_ALIGN_PARAGRAPH.RIGHT)

    def fr(text, **kw):
        return para(doc, text, **kw)

    def nl(text, **kw):
        return para(doc, text, italic=True, color="1F4E79", **kw)

    para(doc, "Rapport réunion CPAS – Verslag vergadering OCMW's", style="Title")
    para(doc, "Mardi 18 mars 2025 – Dinsdag 18 maart 2025", bold=True)
    fr("Réunion en ligne (Teams), avec interprétation simultanée français-néerlandais.")
    nl("Online vergadering (Teams), met simultaanvertaling Frans-Nederlands.")
    table(doc, [["Nom / Naam", "Organisation / Organisatie", "Statut / Status"],
                ["Julie Renson", "SPP IS / POD MI", "Présente / Aanwezig"],
                ["Pieter Mertens", "SPP IS / POD MI", "Présent / Aanwezig"],
                ["Wouter Verhaegen", "OCMW Gent", "Présent / Aanwezig"],
                ["Fatma Yildiz", "OCMW Gent", "Présente / Aanwezig"],
                ["Olivier Lejeune", "CPAS Liège", "Présent / Aanwezig"],
                ["Sabrina Bouzidi", "CPAS Charleroi", "Présente / Aanwezig"],
                ["Sanne De Wachter", "OCMW Antwerpen", "Présente / Aanwezig"],
                ["Karima Daoudi", "CPAS Bruxelles", "Présente / Aanwezig"],
                ["Tom Verbruggen", "OCMW Mortsel", "Présent / Aanwezig"],
                ["Maud Lenaerts", "Interprète / Tolk", "Présente / Aanwezig"],
                ["Koen Dierickx", "Interprète / Tolk", "Présent / Aanwezig"],
                ["Aurore Delvaux", "CPAS Binche", "Excusée / Verontschuldigd"],
                ["Kristel Van Gorp", "OCMW Schoten", "Excusée / Verontschuldigd"],
                ["Hilde Claes", "OCMW Edegem", "Excusée / Verontschuldigd"]], fill="FCE4D6", widths=[4.5, 5.5, 5])
    para(doc)
    para(doc, "Ordre du jour / Agenda", bold=True)
    table(doc, [["Heure / Uur", "Point", "Punt"],
                ["10h00 – 10h15", "Accueil et consignes techniques", "Onthaal en technische afspraken"],
                ["10h15 – 11h00", "Indicateurs communs : premiers chiffres 2024",
                 "Gemeenschappelijke indicatoren: eerste cijfers 2024"],
                ["11h00 – 11h45", "Enquête de satisfaction : nouvelle version",
                 "Tevredenheidsenquête: nieuwe versie"],
                ["11h45 – 12h00", "Divers et clôture", "Varia en afsluiting"]], fill="FCE4D6", widths=[3, 6, 6])
    doc.add_paragraph("1. Accueil / Onthaal", style="Heading 1")
    fr("Julie Renson accueille les participants et rappelle les consignes : micro coupé, canal de langue à "
       "choisir dans Teams, questions dans le chat.")
    nl("Julie Renson verwelkomt de deelnemers en herhaalt de afspraken: microfoon uit, taalkanaal kiezen in "
       "Teams, vragen in de chat.")
    doc.add_paragraph("2. Indicateurs communs / Gemeenschappelijke indicatoren", style="Heading 1")
    doc.add_paragraph("2.1 Chiffres 2024 / Cijfers 2024", style="Heading 2")
    fr("Pieter Mertens présente les premiers chiffres : participants aux activités de soutien, par cours de "
       "langue, orientation civique et accompagnement professionnel personnel. Les chiffres de Bruxelles "
       "suivront.")
    nl("Pieter Mertens stelt de eerste cijfers voor: deelnemers aan ondersteunende activiteiten, per taalcursus, "
       "maatschappelijke oriëntatie en persoonlijke professionele begeleiding. De cijfers van Brussel volgen "
       "nog.")
    fr("► Le SPP envoie le tableau des indicateurs pré-rempli à chaque CPAS pour le vendredi 4 avril.")
    nl("► De POD stuurt de vooraf ingevulde indicatorentabel tegen vrijdag 4 april naar elk OCMW.")
    fr("► Chaque CPAS complète et renvoie le tableau avant le 30 avril.")
    nl("► Elk OCMW vult de tabel aan en stuurt hem vóór 30 april terug.")
    doc.add_paragraph("2.2 Progression d'un niveau CECR / Stijging met één ERK-niveau", style="Heading 2")
    fr("Le réseau décide de compter la progression uniquement pour les participants qui ont passé un test au "
       "début et à la fin du cours.")
    nl("Het netwerk beslist de stijging enkel te tellen voor deelnemers die bij het begin en op het einde van de "
       "cursus een test aflegden.")
    doc.add_paragraph("3. Enquête de satisfaction / Tevredenheidsenquête", style="Heading 1")
    fr("La nouvelle version utilise des pictogrammes et des phrases courtes. Gand souhaiterait la proposer "
       "aussi en version audio.")
    nl("De nieuwe versie gebruikt pictogrammen en korte zinnen. Gent zou ze ook graag als audioversie "
       "aanbieden.")
    fr("► Sanne De Wachter et Olivier Lejeune testent la nouvelle enquête auprès de deux groupes.")
    nl("► Sanne De Wachter en Olivier Lejeune testen de nieuwe enquête bij twee groepen.")
    fr("► Fatma Yildiz : traduction de l'enquête en dari et en tigrinya.")
    nl("► Fatma Yildiz: vertaling van de enquête in het Dari en het Tigrinya.")
    fr("► CPAS de Charleroi : partage de sa fiche pictogrammes avec le réseau.")
    nl("► OCMW Charleroi: deelt zijn pictogrammenfiche met het netwerk.")
    doc.add_paragraph("4. Divers / Varia", style="Heading 1")
    fr("Prochaine réunion : le jeudi 12 juin 2025 à Charleroi.")
    nl("Volgende vergadering: donderdag 12 juni 2025 in Charleroi.")
    save(doc, "535_reunion_en_ligne_spp_2025.docx")


# ---------------------------------------------------------------- 536 Mortsel 2026
def report_536():
    """Tom Verbruggen, trajectbegeleider en verslaggever, OCMW Mortsel. Everything in Normal,
    headings as bold lines typed '1 – …', initials in brackets after names and used for the tasks,
    agenda in one line without times, 'CONCEPT' at the top."""
    doc = new_doc("Calibri", 11)
    set_footer(doc, ["OCMW Mortsel – " + TAG_NL], page_prefix="blz. ")
    para(doc, "CONCEPT", bold=True)
    para(doc, "Verslag AMIF-overleg Antwerpen en partners", bold=True, size=13)
    para(doc, "Donderdag 5 februari 2026, 13u30, OCMW Mortsel (Sociaal Huis, lokaal 1.04)")
    para(doc, "Aanwezig: Tom Verbruggen (TV, Mortsel), Sanne De Wachter (SDW, Antwerpen), Jolien Segers (JS, "
              "Antwerpen), Hilde Claes (HC, Edegem), Kristel Van Gorp (KVG, Schoten), Julie Renson (JR, POD "
              "MI)")
    para(doc, "Verontschuldigd: Els Goossens (EG, Schoten)")
    para(doc, "Agenda: welkom – terugblik 2025 – bewaren en opruimen van dossiers – planning 2026")
    para(doc, "Geen tolk nodig: alle aanwezigen spraken Nederlands.")
    para(doc)
    para(doc, "1 – Welkom", bold=True)
    para(doc, "TV verwelkomt iedereen in Mortsel.")
    para(doc, "2 – Terugblik 2025", bold=True)
    para(doc, "De vier partners samen begeleidden in 2025 een 60-tal deelnemers. Edegem en Schoten zagen meer "
              "deelnemers doorstromen naar een opleiding. De groepsgeest op het einde van de module blijft "
              "het sterkste punt.")
    para(doc, "3 – Bewaren en opruimen van dossiers", bold=True)
    para(doc, "JR herhaalt: documenten bewaren tot vijf jaar na 31 december van het jaar van de laatste "
              "betaling; daarna mogen persoonsgegevens weg. Afgesproken: er gaat geen lijst met namen rond "
              "tussen de OCMW's; elk OCMW blijft eigenaar van zijn dossiers.")
    para(doc, "→ SDW: checklist voor het opruimen van oude dossiers maken en delen")
    para(doc, "→ HC + KVG: nagaan welke papieren dossiers in Edegem en Schoten nog in het archief liggen")
    para(doc, "→ POD: bevestigen welke datum van laatste betaling geldt voor het vorige programma")
    para(doc, "4 – Planning 2026", bold=True)
    para(doc, "Voorstel van JS: in het najaar een gezamenlijke uitstap met deelnemers van de vier OCMW's. Mortsel "
              "organiseerde in januari al een infosessie voor nieuwe maatschappelijk werkers.")
    para(doc, "→ JS: datum en budget voor de gezamenlijke uitstap voorstellen")
    para(doc, "→ Elk OCMW: aantal deelnemers per module 2026 doorsturen aan Antwerpen")
    para(doc)
    para(doc, "Volgende keer: bij OCMW Antwerpen, in mei.")
    para(doc, "Bijlage: checklist bewaartermijnen (wordt nog toegevoegd)", italic=True)
    save(doc, "536_bijeenkomst_mortsel_2026.docx")


if __name__ == "__main__":
    for f in (report_527, report_528, report_529, report_530, report_531,
              report_532, report_533, report_534, report_535, report_536):
        f()
    print("10 reports written")
