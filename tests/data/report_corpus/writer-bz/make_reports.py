# -*- coding: utf-8 -*-
"""Builds the ten meeting reports 787-796 of the AMIF/FAMI network (French-speaking side).

One function per report; each report has its own writer, font and layout.
Run:  ../venv/bin/python make_reports.py
The .expected.json files are NOT produced here: they were written by hand.
"""
import datetime
import os

from docx import Document
from docx.enum.section import WD_ORIENT  # noqa: F401  (kept for layout experiments)
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_COLOR_INDEX
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

TAG_FR = "Vers une politique de migration plus intégrée, grâce au FAMI"
TAG_NL = "Naar een geïntegreerd migratiebeleid, dankzij het AMIF"


# ---------------------------------------------------------------- helpers
def new_doc(font, size, author, title, when, heading_color=None):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    for name in ("Heading 1", "Heading 2", "Heading 3", "Title", "Subtitle"):
        s = d.styles[name]
        s.font.name = font
        rpr = s.element.get_or_add_rPr()
        rfonts = rpr.find(qn("w:rFonts"))
        if rfonts is None:
            rfonts = OxmlElement("w:rFonts")
            rpr.insert(0, rfonts)
        for k in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
            rfonts.set(qn(k), font)
        for k in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme"):
            if rfonts.get(qn(k)) is not None:
                del rfonts.attrib[qn(k)]
        if heading_color is not None:
            s.font.color.rgb = heading_color
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = when
    cp.modified = when + datetime.timedelta(days=3)
    cp.revision = 3
    cp.comments = ""
    return d


def p(d, text="", bold=False, italic=False, underline=False, size=None, color=None, align=None,
      style=None, highlight=None, space_after=None):
    para = d.add_paragraph(style=style)
    if text:
        r = para.add_run(text)
        fmt(r, bold, italic, underline, size, color, highlight)
    if align is not None:
        para.alignment = align
    if space_after is not None:
        para.paragraph_format.space_after = Pt(space_after)
    return para


def fmt(r, bold=False, italic=False, underline=False, size=None, color=None, highlight=None):
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
    if highlight is not None:
        r.font.highlight_color = highlight
    return r


def mixed(d, parts, style=None, align=None):
    """parts: list of (text, dict(format))"""
    para = d.add_paragraph(style=style)
    for text, f in parts:
        fmt(para.add_run(text), **f)
    if align is not None:
        para.alignment = align
    return para


def add_field(paragraph, instr):
    r = paragraph.add_run()
    f1 = OxmlElement("w:fldChar")
    f1.set(qn("w:fldCharType"), "begin")
    r._r.append(f1)
    r2 = paragraph.add_run()
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " %s " % instr
    r2._r.append(it)
    r3 = paragraph.add_run()
    f2 = OxmlElement("w:fldChar")
    f2.set(qn("w:fldCharType"), "separate")
    r3._r.append(f2)
    r4 = paragraph.add_run("1")
    r5 = paragraph.add_run()
    f3 = OxmlElement("w:fldChar")
    f3.set(qn("w:fldCharType"), "end")
    r5._r.append(f3)
    return r4


def shade(cell, hexcolor):
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcpr.append(shd)


def cell_text(cell, text, bold=False, italic=False, size=None, color=None):
    cell.text = ""
    para = cell.paragraphs[0]
    fmt(para.add_run(text), bold=bold, italic=italic, size=size, color=color)
    return para


def cell_lines(cell, lines, size=None):
    cell.text = ""
    first = True
    for line in lines:
        para = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        fmt(para.add_run(line), size=size)


def table(d, rows, style="Table Grid", header_fill=None, widths=None, bold_header=True, size=None):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    if style:
        t.style = d.styles[style]
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            if isinstance(val, list):
                cell_lines(c, val, size=size)
            else:
                cell_text(c, val, bold=(bold_header and i == 0), size=size)
            if i == 0 and header_fill:
                shade(c, header_fill)
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    return t


def page_break(d):
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def word_numbering(d, fmt_levels):
    """Adds a multilevel list definition to numbering.xml and returns its numId."""
    numbering = d.part.numbering_part.element
    abs_id = 77
    num_id = 77
    absn = OxmlElement("w:abstractNum")
    absn.set(qn("w:abstractNumId"), str(abs_id))
    mlt = OxmlElement("w:multiLevelType")
    mlt.set(qn("w:val"), "multilevel")
    absn.append(mlt)
    for ilvl, (numfmt, text, indent) in enumerate(fmt_levels):
        lvl = OxmlElement("w:lvl")
        lvl.set(qn("w:ilvl"), str(ilvl))
        start = OxmlElement("w:start")
        start.set(qn("w:val"), "1")
        lvl.append(start)
        nf = OxmlElement("w:numFmt")
        nf.set(qn("w:val"), numfmt)
        lvl.append(nf)
        lt = OxmlElement("w:lvlText")
        lt.set(qn("w:val"), text)
        lvl.append(lt)
        jc = OxmlElement("w:lvlJc")
        jc.set(qn("w:val"), "left")
        lvl.append(jc)
        ppr = OxmlElement("w:pPr")
        ind = OxmlElement("w:ind")
        ind.set(qn("w:left"), str(indent))
        ind.set(qn("w:hanging"), "567")
        ppr.append(ind)
        lvl.append(ppr)
        absn.append(lvl)
    # abstractNum elements must come before num elements
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(absn)
    else:
        numbering.append(absn)
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), str(num_id))
    an = OxmlElement("w:abstractNumId")
    an.set(qn("w:val"), str(abs_id))
    num.append(an)
    numbering.append(num)
    return num_id


def numbered(para, num_id, ilvl):
    ppr = para._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl")
    il.set(qn("w:val"), str(ilvl))
    ni = OxmlElement("w:numId")
    ni.set(qn("w:val"), str(num_id))
    numpr.append(il)
    numpr.append(ni)
    ppr.append(numpr)
    return para


def margins(d, top=2.5, bottom=2.5, left=2.5, right=2.5):
    for s in d.sections:
        s.top_margin = Cm(top)
        s.bottom_margin = Cm(bottom)
        s.left_margin = Cm(left)
        s.right_margin = Cm(right)


def save(d, name):
    d.save(os.path.join(HERE, name))
    print("written", name)


# ------------------------------------------------------------------ 787
def r787():
    """2016-02-25, kick-off at the SPP in Brussels. Very formal PV by Aurélie Dethier (SPP IS)."""
    d = new_doc("Times New Roman", 11, "Aurélie Dethier", "PV réunion de lancement réseau FAMI",
                datetime.datetime(2016, 2, 29, 9, 12), heading_color=RGBColor(0x1F, 0x3A, 0x68))
    margins(d, 2.5, 2.0, 2.8, 2.5)
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "SPP Intégration Sociale – Cellule FAMI"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = sec.footer.paragraphs[0]
    fmt(fp.add_run(TAG_FR + "\t\tPV du 25.02.2016 – p. "), italic=True, size=8)
    add_field(fp, "PAGE")

    p(d, "RÉSEAU FAMI DES CPAS", bold=True, size=16, align=WD_ALIGN_PARAGRAPH.CENTER, space_after=0)
    p(d, "Procès-verbal de la réunion de lancement", bold=True, size=13, align=WD_ALIGN_PARAGRAPH.CENTER,
      space_after=0)
    p(d, "Jeudi 25 février 2016 – SPP Intégration Sociale, Boulevard du Roi Albert II 30, 1000 Bruxelles "
         "(salle 4.12)", italic=True, align=WD_ALIGN_PARAGRAPH.CENTER)

    p(d, "Présents :", bold=True, underline=True)
    for line in [
        "Mme Aurélie Dethier, attachée, SPP Intégration Sociale (rédaction du procès-verbal)",
        "M. Karim Benali, conseiller, responsable de la cellule FAMI, SPP Intégration Sociale (présidence)",
        "M. Pieter Van Acker, attaché, POD Maatschappelijke Integratie",
        "M. Mehdi Bouazza, coordinateur du projet Mod' Actions, CPAS de Liège",
        "Mme Anne-Sophie Collignon, assistante sociale, CPAS de Liège",
        "Mme Murielle Debaille, responsable du Service Action Migrants, CPAS de Charleroi",
        "Mme Isabelle Fontaine, assistante sociale, CPAS de Binche (partenaire du CPAS de Charleroi)",
        "Mme Bénédicte Lambotte, coordinatrice, CPAS de Bruxelles",
        "Mme Hanne De Smet, projectcoördinator, OCMW Gent",
        "M. Wouter Peeters, stafmedewerker, OCMW Antwerpen",
    ]:
        p(d, line, style="List Bullet")
    p(d, "Excusés :", bold=True, underline=True)
    for line in ["M. Laurent Vermeulen, CPAS de Bruxelles", "Mme Nadia Ouali, OCMW Antwerpen"]:
        p(d, line, style="List Bullet")

    p(d, "Ordre du jour :", bold=True, underline=True)
    table(d, [
        ["Horaire", "Point"],
        ["9h30 – 10h00", "Accueil des participants"],
        ["10h00 – 10h30", "Introduction par le SPP Intégration Sociale"],
        ["10h30 – 11h45", "Présentation des projets FAMI des CPAS"],
        ["11h45 – 12h15", "Modalités de rapportage et de subventionnement"],
        ["12h15 – 12h30", "Calendrier du réseau et divers"],
    ], header_fill="D9E2F3", widths=[3.5, 12])
    p(d)

    H1 = "Heading 1"
    H2 = "Heading 2"
    p(d, "I. Accueil et introduction", style=H1)
    p(d, "M. Karim Benali ouvre la séance à 10h05. Il remercie les participants de leur présence et rappelle "
         "l'objet du réseau : permettre aux cinq CPAS qui mènent un projet cofinancé par le Fonds Asile, "
         "Migration et Intégration (FAMI) d'échanger leurs méthodes, leurs outils et leurs difficultés, avec "
         "l'appui du SPP Intégration Sociale. Les CPAS partenaires, tel le CPAS de Binche, sont invités au même "
         "titre.")
    p(d, "Il précise que les réunions se tiendront en français et en néerlandais, chacun s'exprimant dans sa "
         "langue. Il n'est pas prévu d'interprétation pour les réunions de travail ; les collègues se "
         "traduisent mutuellement lorsque c'est nécessaire.")

    p(d, "II. Présentation des projets FAMI des CPAS", style=H1)
    p(d, "II.1 CPAS de Liège – Mod' Actions", style=H2)
    p(d, "M. Mehdi Bouazza présente le projet Mod' Actions, qui vise l'activation sociale des primo-arrivants. "
         "Chaque nouveau participant est reçu en entretien d'admission par Mme Anne-Sophie Collignon, qui "
         "établit avec lui un bilan d'orientation. Le participant est ensuite orienté vers un ou plusieurs "
         "modules collectifs (activation sociale, atelier créatif, atelier informatique, réalisation de "
         "projet), en complément d'un accompagnement individuel.")
    p(d, "Trois contrats sont signés par participant : avec son assistant social, avec la personne chargée de "
         "l'entretien d'admission et avec le responsable de chaque module suivi. Les règles relatives au taux "
         "de présence et à la ponctualité y sont fixées.")
    p(d, "II.2 CPAS de Charleroi et CPAS de Binche – Activ'Up", style=H2)
    p(d, "Mme Murielle Debaille présente le projet Activ'Up du Service Action Migrants. Le projet fonctionne "
         "par modules d'une année scolaire (module 1 : septembre 2015 – juin 2016) et repose sur trois axes : "
         "un coaching individuel toutes les deux semaines, des activités collectives (ateliers découvertes, "
         "séances d'information hebdomadaires, coaching collectif mensuel, sorties socio-culturelles) et un "
         "suivi social sur rendez-vous.")
    p(d, "Mme Isabelle Fontaine explique que le CPAS de Binche oriente ses usagers vers les activités "
         "organisées à Charleroi. La question des déplacements des participants binchois est à l'étude au CPAS de Binche.")
    p(d, "II.3 CPAS de Bruxelles", style=H2)
    p(d, "Mme Bénédicte Lambotte indique que le projet bruxellois démarrera effectivement en avril 2016, "
         "l'équipe étant en cours de recrutement (un coordinateur et deux animateurs). Le recrutement des "
         "participants se fera par les antennes sociales du CPAS.")
    p(d, "II.4 OCMW Gent et OCMW Antwerpen", style=H2)
    p(d, "Mme Hanne De Smet et M. Wouter Peeters présentent brièvement, en français, les projets gantois et "
         "anversois. À Gand, des médiateurs interculturels interviennent comme interprètes sociaux lors des "
         "entretiens. À Anvers, les participants suivent un trajet individuel combiné à des sessions "
         "collectives d'orientation civique. M. Pieter Van Acker complète en néerlandais lorsque nécessaire.")

    p(d, "III. Modalités de rapportage et de subventionnement", style=H1)
    p(d, "M. Karim Benali rappelle la clé de financement des frais de personnel : 75 % à charge du FAMI, "
         "15 % à charge du SPP Intégration Sociale et 10 % à charge du CPAS. Un rapport intermédiaire sera "
         "demandé à chaque CPAS au terme de chaque module ; un rapport annuel reprendra les données "
         "chiffrées (nombre de participants, taux de présence, sorties).")
    p(d, "Il insiste sur la conservation des pièces justificatives et sur le fait que le SPP ne reçoit "
         "aucune donnée nominative des participants : chaque CPAS reste responsable des données de ses "
         "bénéficiaires.")

    p(d, "IV. Calendrier et divers", style=H1)
    p(d, "Il est décidé que le réseau se réunira deux à trois fois par an, à tour de rôle dans un CPAS, en "
         "commençant par Liège en juin ; Charleroi suivra à l'automne.")

    p(d, "V. Actions à entreprendre", style=H1)
    for line in [
        "Le SPP transmettra aux CPAS, pour le 15 mars 2016, le modèle de fiche projet et le canevas du rapport "
        "intermédiaire.",
        "Chaque CPAS complètera sa fiche projet et la renverra au SPP pour le 15 avril 2016.",
        "M. Mehdi Bouazza communiquera aux participants les modalités pratiques de la réunion de juin à Liège.",
        "Mme Hanne De Smet et M. Wouter Peeters examineront avec le POD la traduction néerlandaise de la fiche "
        "projet.",
    ]:
        p(d, line, style="List Number")
    p(d)
    p(d, "La prochaine réunion du réseau se tiendra le jeudi 9 juin 2016 à 10h00 au CPAS de Liège.", bold=True)
    p(d)
    p(d, "Pour le SPP Intégration Sociale,", space_after=0)
    p(d, "Aurélie Dethier", space_after=0)
    p(d, "Attachée – cellule FAMI", italic=True)
    save(d, "787_lancement_spp_2016.docx")


# ------------------------------------------------------------------ 788
def r788():
    """2016-06-09, meeting hosted by the CPAS de Liège; written by Anne-Sophie Collignon (intake)."""
    d = new_doc("Calibri", 11, "Anne-Sophie Collignon", "CR rencontre FAMI Liège 9 juin 2016",
                datetime.datetime(2016, 6, 13, 16, 40))
    margins(d, 2.0, 2.0, 2.2, 2.2)
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    fmt(hp.add_run("CPAS de Liège – Projet Mod’ Actions (FAMI)"), size=9, color=RGBColor(0x80, 0x80, 0x80))

    p(d, "Compte rendu – Rencontre du réseau FAMI", bold=True, size=14, align=WD_ALIGN_PARAGRAPH.CENTER,
      color=RGBColor(0xC0, 0x50, 0x4D), space_after=0)
    p(d, "Liège, le 9 juin 2016 – Espace Mod’ Actions, rue Sainte-Marguerite 112, 4000 Liège",
      align=WD_ALIGN_PARAGRAPH.CENTER)

    p(d, "Participants", bold=True)
    table(d, [
        ["Nom", "Institution", "Présent(e) / Excusé(e)"],
        ["Mehdi Bouazza", "CPAS de Liège", "présent"],
        ["Anne-Sophie Collignon", "CPAS de Liège", "présente"],
        ["Giuseppe Lombardo", "CPAS de Liège", "présent"],
        ["Aurélie Dethier", "SPP Intégration Sociale", "présente"],
        ["Murielle Debaille", "CPAS de Charleroi", "excusée"],
        ["Yassine El Amrani", "CPAS de Charleroi", "présent"],
        ["Isabelle Fontaine", "CPAS de Binche", "présente"],
        ["Bénédicte Lambotte", "CPAS de Bruxelles", "présente"],
        ["Laurent Vermeulen", "CPAS de Bruxelles", "présent"],
        ["Hanne De Smet", "OCMW Gent", "présente"],
        ["Tom Claeys", "OCMW Gent", "excusé"],
        ["Wouter Peeters", "OCMW Antwerpen", "excusé"],
        ["Nadia Ouali", "OCMW Antwerpen", "présente"],
    ], style="Light Grid Accent 2", widths=[5, 5.5, 4.5], bold_header=True, size=10)
    p(d)
    p(d, "Ordre du jour", bold=True)
    for line in ["Accueil et visite des locaux",
                 "Tour de table : état d’avancement des projets",
                 "Le bilan d’orientation à Liège : démonstration",
                 "Enquête de satisfaction : premiers retours",
                 "Divers"]:
        p(d, line, style="List Bullet")

    def h(text):
        return p(d, text, bold=True, underline=True, color=RGBColor(0xC0, 0x50, 0x4D))

    def sub(text):
        return p(d, text, bold=True, italic=True)

    h("1) Accueil et visite des locaux")
    p(d, "Mehdi accueille le groupe et présente l’équipe. Visite de la maison : salle d’atelier, local "
         "informatique (8 postes), petite cuisine où les participants préparent parfois le repas de midi. "
         "Café et croissants offerts par l’atelier créatif.")
    h("2) Tour de table")
    sub("a) Liège")
    p(d, "Premier module presque terminé. 41 personnes reçues en entretien d’admission depuis janvier, 27 "
         "orientées vers un module collectif. L’atelier créatif marche très bien ; l’atelier informatique "
         "manque de places.")
    sub("b) Charleroi / Binche")
    p(d, "Yassine présente les résultats du module 1 d’Activ’Up (septembre 2015 – juin 2016). Le recrutement "
         "via les antennes sociales demande beaucoup d’énergie. Isabelle signale que deux participantes de "
         "Binche ont arrêté à cause du trajet en bus.")
    mixed(d, [("Chiffres du module 1 : ", {}),
              ("(Yassine, peux-tu compléter ici ? – ASC)", {"highlight": WD_COLOR_INDEX.YELLOW})])
    sub("c) Bruxelles")
    p(d, "Bénédicte et Laurent : l’équipe est au complet depuis mai. Premier groupe de 12 personnes, surtout des "
         "femmes ; une garderie a été organisée pour les enfants en bas âge.")
    sub("d) Gand et Anvers")
    p(d, "Hanne et Nadia présentent leurs trajets en quelques mots (en français, merci à elles !). À Gand, les "
         "médiateurs interculturels participent aux intakes. À Anvers, recrutement par les maatschappelijk "
         "werkers, comme chez nous.")
    h("3) Le bilan d’orientation")
    p(d, "Démonstration d’un entretien d’admission fictif (jeu de rôle Anne-Sophie / Giuseppe). Le bilan "
         "porte sur le parcours, les objectifs, la motivation et les obstacles. Questions des collègues : "
         "durée (1h à 1h30), présence d’un interprète (rarement), que faire si la personne refuse un module.")
    h("4) Enquête de satisfaction")
    p(d, "Tout le monde trouve le questionnaire actuel trop abstrait pour notre public (« pertinence », "
         "« adéquation »…). Plusieurs participants ne savent pas lire. Idée : smileys et questions orales.")
    h("5) Divers")
    p(d, "Aurélie remercie les CPAS qui ont déjà mis leur fiche projet à jour.")
    h("6) À faire")
    for line in [
        "Giuseppe : envoyer à tous la grille du bilan d’orientation (version PDF).",
        "Yassine : transmettre les chiffres de fréquentation du module 1 pour le rapport intermédiaire.",
        "Tous les CPAS : relire l’enquête de satisfaction et proposer des formulations plus simples avant le "
        "1er septembre.",
        "Aurélie (SPP) : vérifier si l’enquête peut être traduite en arabe et en dari.",
        "? : organiser la visite de la ferme du CPAS pour les collègues de Gand.",
    ]:
        p(d, line, style="List Bullet")
    p(d)
    mixed(d, [("Prochaine rencontre : ", {"bold": True}),
              ("en octobre, à Charleroi (date à fixer par le CPAS de Charleroi).", {})])
    p(d, "A.-S. Collignon", italic=True, align=WD_ALIGN_PARAGRAPH.RIGHT)
    save(d, "788_liege_bilan_orientation.docx")


# ------------------------------------------------------------------ 789
def r789():
    """2016-10-18, CPAS de Charleroi with its partner Binche; written by Yassine El Amrani."""
    d = new_doc("Arial", 10, "Yassine El Amrani", "Réunion FAMI 18-10-2016",
                datetime.datetime(2016, 10, 20, 11, 5), heading_color=RGBColor(0x00, 0x70, 0xC0))
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "CPAS de Charleroi – Service Action Migrants"
    fp = sec.footer.paragraphs[0]
    fmt(fp.add_run(TAG_FR), italic=True, size=8)
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER

    p(d, "Réunion FAMI – réseau des CPAS", bold=True, size=15, space_after=0)
    p(d, "Mardi 18 octobre 2016 – CPAS de Charleroi, Boulevard Joseph II 13, 6000 Charleroi", size=10)
    mixed(d, [("Présents : ", {"bold": True}),
              ("Yassine El Amrani (CPAS Charleroi), Murielle Debaille (CPAS Charleroi), Stéphanie Ruelle (CPAS "
               "Charleroi), Isabelle Fontaine (CPAS Binche), Grégory Lheureux (CPAS Binche), Aurélie Dethier "
               "(SPP IS), Mehdi Bouazza (CPAS Liège), Giuseppe Lombardo (CPAS Liège), Laurent Vermeulen (CPAS "
               "Bruxelles), Tom Claeys (OCMW Gent), Nadia Ouali (OCMW Anvers)", {})])
    mixed(d, [("Excusés : ", {"bold": True}),
              ("Bénédicte Lambotte (CPAS Bruxelles), Hanne De Smet (OCMW Gent), Anne-Sophie Collignon (CPAS "
               "Liège)", {})])
    p(d, "Ordre du jour :", bold=True, space_after=0)
    for line in ["1. 9h30 Accueil – café",
                 "2. 10h00 Présentation d’Activ’Up (module 2)",
                 "3. 11h00 Le partenariat avec le CPAS de Binche",
                 "4. 11h45 Recrutement des participants : échanges",
                 "5. 12h30 Lunch"]:
        p(d, line, space_after=0)
    p(d)

    H = "Heading 2"
    p(d, "Accueil", style=H)
    p(d, "Murielle Debaille souhaite la bienvenue à tous dans les locaux du Service Action Migrants. Tour de "
         "présentation rapide ; Tom Claeys et Nadia Ouali suivent en français.")
    p(d, "Activ’Up : le module 2", style=H)
    p(d, "Le module 2 a démarré en septembre 2016 et se terminera en juin 2017. Rappel du fonctionnement :")
    for line in ["coaching individuel régulier (1x toutes les 2 semaines), autour du projet de vie ;",
                 "ateliers découvertes (1x/semaine) : informatique, sport, atelier carton, photo ;",
                 "séance d’information « se débrouiller en Belgique » (1x/semaine) ;",
                 "coaching collectif (1x/mois) et sorties socio-culturelles."]:
        p(d, line, style="List Bullet")
    p(d, "Les participants d’Activ’Up sont prioritaires pour les cours de FLE du Service Action Migrants "
         "(subside PCS).")
    p(d, "Partenariat Charleroi – Binche", style=H)
    p(d, "Isabelle Fontaine et Grégory Lheureux expliquent le rôle du CPAS de Binche : les assistants sociaux "
         "binchois repèrent les personnes, le CPAS de Binche organise l’entretien d’admission sur place, puis "
         "les participants rejoignent les ateliers à Charleroi. Douze personnes orientées depuis le début. Le "
         "problème principal reste le transport (coût et durée du trajet).")
    p(d, "Recrutement : ce qui marche, ce qui coince", style=H)
    p(d, "Chiffres présentés par Murielle :")
    table(d, [
        ["", "Module 1", "Module 2"],
        ["Personnes répertoriées (listing observatoire)", "plus de 1000", "plus de 1000"],
        ["Retenues par les assistantes sociales", "315", "199"],
        ["Présentes à la séance d’information", "110 (35 %)", "60 (30 %)"],
    ], style="Light List Accent 1", widths=[8, 3.5, 3.5], size=9)
    p(d)
    p(d, "Le listing est réalisé avec l’observatoire local du CPAS. Beaucoup de personnes ne viennent pas à la "
         "séance d’information : courrier pas compris, changement d’adresse, peur de perdre le RIS. Liège "
         "confirme : le contact direct avec l’assistant social fait toute la différence. Laurent Vermeulen "
         "demande si les antennes reçoivent un retour sur leurs usagers : oui, une fois par mois.")
    p(d, "Points d’action", style=H)
    table(d, [
        ["Quoi", "Qui", "Pour quand"],
        ["Envoyer le listing anonymisé type (sans noms) aux autres CPAS", "Murielle Debaille", "fin octobre"],
        ["Prévoir un abonnement TEC pour les participants de Binche", "CPAS de Binche", "novembre"],
        ["Partager la présentation PowerPoint d’Activ’Up", "Yassine El Amrani et Stéphanie Ruelle",
         "cette semaine"],
        ["Proposer un canevas commun pour les séances d’information", "SPP", "prochaine réunion"],
    ], header_fill="BDD7EE", widths=[9, 4.5, 3])
    p(d)
    p(d, "Annexe 1 – Présentation Activ’Up", style=H)
    p(d, "Les diapositives présentées sont envoyées séparément par e-mail.")
    p(d, "(photos de la visite en annexe – à insérer)", italic=True, color=RGBColor(0x7F, 0x7F, 0x7F))
    save(d, "789_charleroi_binche_activup.docx")


# ------------------------------------------------------------------ 790
def r790():
    """2017-11-23, OCMW Gent hosts; Hanne De Smet writes in French for once, then a full Dutch version."""
    d = new_doc("Verdana", 9.5, "Hanne De Smet", "Rapport rencontre FAMI Gent 23-11-2017",
                datetime.datetime(2017, 11, 27, 14, 20))
    margins(d, 2.0, 2.0, 2.0, 2.0)
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    fmt(hp.add_run("OCMW Gent – Dienst Activering\tAMIF-netwerk / réseau FAMI"), size=8)

    p(d, "Rapport de la rencontre du réseau FAMI – OCMW Gent", bold=True, size=13, space_after=0)
    p(d, "jeudi 23 novembre 2017 – Campus Sint-Jansvest, salle 2.03, 9000 Gand")
    p(d, "Pour une fois, ce rapport est rédigé d’abord en français, puisque la majorité des participants "
         "étaient francophones. La version néerlandaise suit.", italic=True)

    t = table(d, [
        ["Présents", "Excusés"],
        [["Hanne De Smet (OCMW Gent)", "Fatma Yildiz (OCMW Gent)", "Tom Claeys (OCMW Gent)",
          "Aurélie Dethier (SPP IS)", "Mehdi Bouazza (CPAS Liège)", "Fatou Diallo (CPAS Liège)",
          "Murielle Debaille (CPAS Charleroi)", "Isabelle Fontaine (CPAS Binche)",
          "Laurent Vermeulen (CPAS Bruxelles)", "Olivier Nsimba (CPAS Bruxelles)",
          "Wouter Peeters (OCMW Antwerpen)"],
         ["Karim Benali (SPP IS)", "Yassine El Amrani (CPAS Charleroi)", "Nadia Ouali (OCMW Antwerpen)"]],
    ], header_fill="E2EFD9", widths=[8.5, 8.5], size=9)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    p(d)
    p(d, "Programme", bold=True)
    for line in ["10h – 10h30 : accueil et présentation du projet de Gand",
                 "10h30 – 11h30 : les médiateurs interculturels comme interprètes sociaux",
                 "11h30 – 12h15 : atelier : simplifier l’enquête de satisfaction",
                 "12h15 – 13h : lunch",
                 "13h – 14h30 : visite d’un atelier de langue",
                 "14h30 : clôture"]:
        p(d, line, style="List Number")

    def h(text):
        return p(d, text, bold=True, size=10.5, color=RGBColor(0x38, 0x76, 0x1D))

    h("1. Accueil et présentation du projet de Gand")
    p(d, "Hanne souhaite la bienvenue. Le projet gantois accompagne des primo-arrivants peu scolarisés pendant "
         "un trajet de six à neuf mois : intakegesprek, plan individuel, ateliers collectifs de langue et "
         "d’orientation sociale. Environ 60 participants par an, dont deux tiers de femmes.")
    h("2. Médiateurs interculturels")
    p(d, "Fatma Yildiz explique le travail des médiateurs interculturels (turc, arabe, bulgare, slovaque) qui "
         "interviennent comme interprètes sociaux pendant les entretiens et certains ateliers. Liège et "
         "Bruxelles n’ont pas de médiateurs dans l’équipe : ils font appel au SeTIS wallon ou à des collègues. "
         "Discussion sur la neutralité du médiateur et la confidentialité.")
    h("3. Enquête de satisfaction")
    p(d, "Atelier en trois groupes mixtes. Constats : le vocabulaire est trop abstrait ; les échelles de 1 à 10 "
         "ne sont pas comprises ; les participants répondent « très bien » par politesse. Propositions : "
         "questions courtes, pictogrammes, version orale avec le médiateur, traduction en plus de langues.")
    h("4. Visite de l’atelier de langue")
    p(d, "Visite d’un atelier « Nederlands oefenen » (groupe de 9 personnes). Les collègues francophones "
         "apprécient la méthode par objets du quotidien.")
    h("5. Actions")
    for line in [
        "Hanne : envoyer la version simplifiée de l’enquête (FR et NL) à tous les CPAS.",
        "Fatma et Fatou : comparer les listes de langues des médiateurs et proposer un échange entre Gand et "
        "Liège.",
        "SPP : demander à la Commission si l’enquête peut être traduite sur budget FAMI.",
        "Chaque CPAS : tester l’enquête simplifiée avec un groupe avant la prochaine rencontre.",
    ]:
        p(d, line, style="List Bullet")
    p(d)
    p(d, "Prochaine rencontre : le 15 mars 2018 à Bruxelles (CPAS de Bruxelles).", bold=True)

    page_break(d)
    p(d, "Verslag van de bijeenkomst van het AMIF-netwerk – OCMW Gent", bold=True, size=13, space_after=0)
    p(d, "donderdag 23 november 2017 – Campus Sint-Jansvest, zaal 2.03, 9000 Gent")
    p(d, "Aanwezigen en verontschuldigden: zie de Franse versie hierboven.", italic=True)
    h("1. Onthaal en voorstelling van het Gentse project")
    p(d, "Hanne verwelkomt iedereen. Het Gentse project begeleidt laaggeschoolde nieuwkomers gedurende een traject "
         "van zes tot negen maanden: intakegesprek, individueel plan, collectieve taal- en "
         "oriëntatieateliers. Ongeveer 60 deelnemers per jaar, van wie twee derde vrouwen.")
    h("2. Interculturele bemiddelaars")
    p(d, "Fatma Yildiz licht het werk van de interculturele bemiddelaars toe (Turks, Arabisch, Bulgaars, "
         "Slovaaks), die als sociaal tolk optreden tijdens gesprekken en sommige ateliers. Luik en Brussel hebben "
         "geen bemiddelaars in het team. Discussie over neutraliteit en vertrouwelijkheid.")
    h("3. Tevredenheidsenquête")
    p(d, "Workshop in drie gemengde groepen. Vaststellingen: de woordenschat is te abstract, de schalen van 1 tot "
         "10 worden niet begrepen, deelnemers antwoorden uit beleefdheid positief. Voorstellen: korte vragen, "
         "pictogrammen, mondelinge versie met de bemiddelaar, vertaling in meer talen.")
    h("4. Bezoek aan het taalatelier")
    p(d, "Bezoek aan een atelier ‘Nederlands oefenen’ (groep van 9 personen). De Franstalige collega’s "
         "waarderen de methode met voorwerpen uit het dagelijks leven.")
    h("5. Acties")
    for line in [
        "Hanne: de vereenvoudigde enquête (FR en NL) naar alle OCMW’s sturen.",
        "Fatma en Fatou: de talenlijsten van de bemiddelaars vergelijken en een uitwisseling Gent–Luik voorstellen.",
        "POD: aan de Commissie vragen of de vertaling van de enquête uit het AMIF-budget kan.",
        "Elk OCMW: de vereenvoudigde enquête testen met een groep vóór de volgende bijeenkomst.",
    ]:
        p(d, line, style="List Bullet")
    p(d)
    p(d, "Volgende bijeenkomst: 15 maart 2018 in Brussel (OCMW Brussel).", bold=True)
    p(d)
    p(d, "[Pieter, kan jij de Nederlandse versie nog nalezen? – HDS]", highlight=WD_COLOR_INDEX.BRIGHT_GREEN)
    save(d, "790_gent_en_francais.docx")


# ------------------------------------------------------------------ 791
def r791():
    """2018-05-17, CPAS de Bruxelles; a very short note by Laurent Vermeulen."""
    d = new_doc("Georgia", 11, "Laurent Vermeulen", "Rencontre FAMI 17-05-2018",
                datetime.datetime(2018, 5, 17, 17, 2))
    p(d, "Rencontre FAMI – 17/05/2018 – CPAS de Bruxelles (rue Haute 298a)", bold=True, size=12, space_after=0)
    p(d, "Bref compte rendu (L. Vermeulen)", italic=True)
    p(d, "Présents : Laurent Vermeulen et Olivier Nsimba (CPAS de Bruxelles) ; Aurélie Dethier (SPP) ; Mehdi "
         "Bouazza (Liège) ; Murielle Debaille et Isabelle Fontaine (Charleroi/Binche) ; Fatma Yildiz (Gand) ; "
         "Nadia Ouali (Anvers).")
    p(d, "Excusée : Bénédicte Lambotte (CPAS de Bruxelles, en congé).")
    p(d, "On a surtout parlé du décrochage des participants après trois mois de trajet.")
    for line in [
        "Bruxelles : XX participants inscrits au module de printemps, dont la moitié orientés par les antennes "
        "sociales. Beaucoup d’absences pendant le ramadan.",
        "Liège : les sorties mensuelles tiennent le groupe ensemble ; Mehdi conseille de les planifier dès "
        "septembre (les procédures administratives prennent de plus en plus de temps).",
        "Charleroi/Binche : même constat, surtout quand les horaires changent. Un SMS la veille aide beaucoup.",
        "Gand : l’enquête simplifiée (pictogrammes) a été testée, les réponses sont plus nuancées.",
    ]:
        p(d, line, style="List Bullet")
    p(d, "À faire :")
    for line in ["Olivier envoie le planning des sorties socioculturelles à tout le monde.",
                 "Le SPP fait le point sur les rapports annuels 2017 (retards ?)."]:
        p(d, line, style="List Bullet")
    p(d, "Prochaine fois : après l’été, à Anvers ?")
    save(d, "791_bruxelles_court.docx")


# ------------------------------------------------------------------ 792
def r792():
    """2020-06-11, online (Teams) with simultaneous interpretation; written by Sophie Lemaire (SPP IS)."""
    d = new_doc("Segoe UI", 10, "Sophie Lemaire", "Rapport réunion FAMI en ligne 11-06-2020",
                datetime.datetime(2020, 6, 15, 10, 30), heading_color=RGBColor(0x2E, 0x75, 0xB6))
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    fmt(hp.add_run("SPP Intégration Sociale | POD Maatschappelijke Integratie"), size=8, bold=True)
    fp = sec.footer.paragraphs[0]
    fmt(fp.add_run(TAG_FR + " / " + TAG_NL), size=7, italic=True)
    fp2 = sec.footer.add_paragraph()
    fp2.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    add_field(fp2, "PAGE")

    num_id = word_numbering(d, [("decimal", "%1.", 567), ("decimal", "%1.%2.", 1134)])

    p(d, "Rapport de la réunion du réseau FAMI (en ligne)", style="Title")
    p(d, "Jeudi 11 juin 2020 – 9h30 à 12h00 – Microsoft Teams, avec interprétation simultanée FR/NL",
      bold=True, color=RGBColor(0x2E, 0x75, 0xB6))
    p(d, "Participants", bold=True)
    table(d, [
        ["Organisation", "Présents", "Excusés"],
        ["SPP IS", ["Sophie Lemaire", "Karim Benali", "Pieter Van Acker"], "–"],
        ["CPAS de Liège", ["Mehdi Bouazza", "Giuseppe Lombardo"], "Fatou Diallo"],
        ["CPAS de Charleroi", ["Murielle Debaille", "Stéphanie Ruelle"], "–"],
        ["CPAS de Binche", "Isabelle Fontaine", "–"],
        ["CPAS de Bruxelles", "Aïcha Tahiri", "Olivier Nsimba"],
        ["OCMW Gent", ["Fatma Yildiz", "Jeroen Van Damme"], "–"],
        ["OCMW Antwerpen", "Koen Janssens", "Nadia Ouali"],
        ["OCMW Schoten", "–", "Sarah Van den Bossche"],
        ["Interprètes", ["Catherine Moreau", "Luc Gérard"], "–"],
    ], style="Light Grid Accent 1", widths=[4, 7, 5], size=9)
    p(d)
    p(d, "Ordre du jour", bold=True)
    table(d, [
        ["Heure", "Point"],
        ["09h30 – 09h45", "Accueil, test du son et de l’interprétation"],
        ["09h45 – 10h45", "Tour de table : les projets pendant le confinement"],
        ["10h45 – 11h00", "Pause"],
        ["11h00 – 11h40", "Reprise des activités collectives : règles par CPAS"],
        ["11h40 – 12h00", "Rapportage 2020 et prolongation des projets"],
    ], style="Light List Accent 1", widths=[3.5, 12.5], size=9)
    p(d)

    def h1(text):
        return numbered(p(d, text, style="Heading 1"), num_id, 0)

    def h2(text):
        return numbered(p(d, text, style="Heading 2"), num_id, 1)

    h1("Accueil")
    p(d, "Karim Benali ouvre la réunion, la première du réseau entièrement en ligne. L’interprétation "
         "simultanée est assurée par Catherine Moreau et Luc Gérard ; chacun choisit son canal (FR ou NL) "
         "dans Teams. Quelques problèmes de son au début, résolus après dix minutes.")
    h1("Tour de table")
    h2("CPAS de Liège")
    p(d, "Les activités collectives sont arrêtées depuis le 16 mars. L’équipe a gardé le contact par téléphone "
         "avec presque tous les participants (appel hebdomadaire). Reprise prévue en petits groupes : 3 "
         "participants + 1 formateur, à partir du 22 juin.")
    h2("CPAS de Charleroi et CPAS de Binche")
    p(d, "Murielle Debaille : prêt de tablettes à 14 participants, ateliers informatiques à distance. Même "
         "règle qu’à Liège (3 + 1). Isabelle Fontaine : à Binche, contacts surtout par WhatsApp.")
    h2("CPAS de Bruxelles")
    p(d, "Aïcha Tahiri : les groupes WhatsApp ont permis de garder le lien, mais plusieurs participants n’ont "
         "ni smartphone ni crédit. Le CPAS a distribué des cartes prépayées.")
    h2("OCMW Gent")
    p(d, "Fatma Yildiz et Jeroen Van Damme : reprise depuis le 2 juin en groupes de 4 + 1, dans une grande "
         "salle. Les médiateurs interculturels ont traduit les consignes sanitaires.")
    h2("OCMW Antwerpen")
    p(d, "Koen Janssens : accompagnement individuel maintenu (marche avec le participant), pas encore de "
         "collectif. Schoten rejoindra le projet en septembre.")
    h1("Reprise des activités collectives")
    p(d, "Récapitulatif des règles annoncées :")
    table(d, [
        ["CPAS/OCMW", "Taille des groupes", "Depuis"],
        ["Liège", "3 participants + 1 formateur", "22 juin"],
        ["Charleroi / Binche", "3 participants + 1 formateur", "15 juin"],
        ["Bruxelles", "pas encore décidé", "–"],
        ["Gent", "4 participants + 1 formateur", "2 juin"],
        ["Antwerpen", "individuel uniquement", "–"],
    ], style="Table Grid", header_fill="DEEAF6", widths=[4, 7, 3], size=9)
    p(d)
    p(d, "Les règles pourront évoluer cet été (on parle de 6 + 1). Le SPP accepte que les heures de contact à "
         "distance soient comptées comme des séances.")
    h1("Rapportage et prolongation")
    p(d, "Pieter Van Acker annonce que les projets seront prolongés jusqu’au 31 décembre 2021 ; la convention "
         "modificative a été signée le 2 juin. Le rapport 2020 comprendra une partie spécifique sur le confinement.")
    h1("Actions")
    for owner, task in [
        ("SPP", "envoyer le modèle de rapport 2020 adapté au confinement d’ici le 30 juin."),
        ("tous les CPAS", "communiquer au SPP le nombre de participants suivis à distance entre mars et juin."),
        ("Murielle Debaille", "partager la procédure de prêt de tablettes."),
        ("Fatma Yildiz et Koen Janssens", "rassembler les consignes de sécurité traduites par les médiateurs."),
        ("à désigner", "rédiger une note commune sur l’usage de WhatsApp avec les participants."),
    ]:
        mixed(d, [("Action – ", {"bold": True}), (owner, {"bold": True}), (" : " + task, {})])
    p(d)
    p(d, "Prochaine réunion : jeudi 8 octobre 2020, 9h30, en ligne (Teams) – interprétation prévue.", bold=True)
    p(d, "[Lien vers l’enregistrement de la réunion à ajouter]", color=RGBColor(0xC0, 0x00, 0x00))
    save(d, "792_en_ligne_confinement.docx")


# ------------------------------------------------------------------ 793
def r793():
    """2021-10-14, hybrid meeting at Liège (on site + Teams); written by Giuseppe Lombardo."""
    d = new_doc("Cambria", 11, "Giuseppe Lombardo", "Réseau FAMI réunion 14-10-2021",
                datetime.datetime(2021, 10, 18, 8, 55))
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    fmt(hp.add_run("CPAS de Liège – Mod’ Actions"), size=9, italic=True)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fmt(fp.add_run("– "), size=9)
    add_field(fp, "PAGE")
    fmt(fp.add_run(" –"), size=9)

    p(d, "Réseau FAMI – réunion du 14 octobre 2021", bold=True, size=16, color=RGBColor(0x7B, 0x2C, 0x86),
      space_after=0)
    p(d, "Hybride : Espace Mod’ Actions (Liège) + Teams", italic=True)
    mixed(d, [("Sur place : ", {"bold": True}),
              ("Giuseppe Lombardo, Mehdi Bouazza, Fatou Diallo (CPAS de Liège) – Murielle Debaille, Yassine El "
               "Amrani (CPAS de Charleroi) – Grégory Lheureux (CPAS de Binche) – Sophie Lemaire (SPP IS)", {})])
    mixed(d, [("En ligne : ", {"bold": True}),
              ("Aïcha Tahiri (CPAS de Bruxelles) – Jeroen Van Damme (OCMW Gent) – Koen Janssens (OCMW Antwerpen) "
               "– Lien Mertens (OCMW Edegem)", {})])
    mixed(d, [("Excusés : ", {"bold": True}), ("Karim Benali (SPP IS), Fatma Yildiz (OCMW Gent)", {})])

    p(d, "Ordre du jour", bold=True, space_after=2)
    for line in ["09h30\tAccueil (café sur place, connexion Teams)",
                 "10h00\tRetour sur la rentrée : groupes de 6 + 1",
                 "11h00\tLe contrat participant revu par Liège",
                 "11h45\tEnquête de satisfaction : versions en arabe, dari et tigrinya",
                 "12h15\tConclusions et date de la prochaine réunion"]:
        para = p(d, line, space_after=0)
        para.paragraph_format.tab_stops.add_tab_stop(Cm(2))
    p(d)
    p(d, "Pas d’interprétation aujourd’hui : Sophie a résumé en néerlandais les points principaux pour les "
         "collègues en ligne, et Lien Mertens a traduit quelques passages dans le chat.", italic=True, size=10)

    def h(text):
        return p(d, text, bold=True, size=12, color=RGBColor(0x7B, 0x2C, 0x86))

    h("A. Retour sur la rentrée")
    p(d, "Depuis septembre, tous les CPAS travaillent avec des groupes de 6 participants + 1 formateur. À Liège, "
         "deux groupes par module au lieu d’un. Les participants sont contents de revenir, mais plusieurs ont "
         "décroché pendant la crise et doivent refaire un bilan d’orientation.")
    mixed(d, [("Charleroi : reprise de l’atelier carton et des séances d’information. ", {}),
              ("(à compléter : chiffres de fréquentation de Charleroi)", {"highlight": WD_COLOR_INDEX.YELLOW})])
    h("B. Le contrat participant")
    p(d, "Mehdi présente la nouvelle version des trois contrats (assistant social, entretien d’admission, "
         "responsable de module). Les règles sur le taux de présence sont assouplies : on parle maintenant de "
         "« présence attendue » et les absences justifiées (santé, rendez-vous administratifs) ne comptent plus. "
         "Koen demande si Anvers peut reprendre le modèle : oui.")
    h("C. Enquête de satisfaction")
    p(d, "L’enquête existe en français, néerlandais et anglais. Le SPP a reçu des traductions en arabe et en "
         "dari ; la version dari a déjà été relue à Bruxelles. Le tigrinya manque toujours. Aïcha rappelle que pour beaucoup de participants, une "
         "passation orale reste indispensable.")
    h("D. Divers")
    p(d, "Grégory présente l’atelier vélo du CPAS de Binche (apprendre à rouler, réparer, code de la route). "
         "Très bon retour, surtout chez les femmes.")
    p(d, "TODO : insérer les photos de l’atelier", color=RGBColor(0xFF, 0x00, 0x00))
    h("E. Qui fait quoi ?")
    for line in [
        "Envoyer le nouveau modèle de contrat (3 contrats) aux CPAS intéressés – Giuseppe",
        "Relire la traduction arabe de l’enquête – Yassine + Fatou",
        "Vérifier le budget pour la traduction en tigrinya – SPP",
        "Organiser une visite de l’atelier vélo de Binche – ?",
    ]:
        p(d, line, style="List Bullet")
    p(d)
    p(d, "Prochaine réunion : février 2022, Anvers (à confirmer)")
    save(d, "793_liege_hybride.docx")


# ------------------------------------------------------------------ 794
def r794():
    """2022-05-12, OCMW Antwerpen with Schoten, Edegem, Mortsel; Koen Janssens writes in French."""
    d = new_doc("Trebuchet MS", 10, "Koen Janssens", "Compte rendu réseau FAMI Anvers 12-05-2022",
                datetime.datetime(2022, 5, 16, 15, 45), heading_color=RGBColor(0xC5, 0x5A, 0x11))
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    fmt(hp.add_run("OCMW Antwerpen – AMIF-project | réseau FAMI"), size=8, color=RGBColor(0xC5, 0x5A, 0x11))
    fp = sec.footer.paragraphs[0]
    fmt(fp.add_run("Verslag / compte rendu 12.05.2022"), size=8)

    p(d, "Compte rendu de la réunion du réseau FAMI", bold=True, size=15, space_after=0)
    p(d, "12 mai 2022 – OCMW Antwerpen, site De Schaliën, salle 1, 2000 Anvers", space_after=2)
    p(d, "Ce compte rendu est rédigé en français par l’OCMW Antwerpen ; une courte samenvatting en néerlandais "
         "se trouve à la fin.", italic=True, size=9)

    p(d, "Aanwezig / Présents", bold=True)
    table(d, [
        ["Naam / Nom", "Organisatie / Organisation"],
        ["Koen Janssens", "OCMW Antwerpen"],
        ["Nadia Ouali", "OCMW Antwerpen"],
        ["Sarah Van den Bossche", "OCMW Schoten"],
        ["Lien Mertens", "OCMW Edegem"],
        ["Bart Wouters", "OCMW Mortsel"],
        ["Sophie Lemaire", "SPP Intégration Sociale"],
        ["Pieter Van Acker", "POD Maatschappelijke Integratie"],
        ["Mehdi Bouazza", "CPAS de Liège"],
        ["Stéphanie Ruelle", "CPAS de Charleroi"],
        ["Aïcha Tahiri", "CPAS de Bruxelles"],
        ["Jeroen Van Damme", "OCMW Gent"],
    ], style="Light Shading Accent 2", widths=[6, 8], size=9)
    p(d)
    mixed(d, [("Verontschuldigd / Excusés : ", {"bold": True}),
              ("Murielle Debaille (CPAS Charleroi), Isabelle Fontaine (CPAS Binche), Olivier Nsimba (CPAS "
               "Bruxelles)", {})])

    p(d, "Agenda / ordre du jour", bold=True)
    for line in ["10.00 – 10.30\tWelkom – accueil",
                 "10.30 – 11.15\tLes partenaires : Schoten, Edegem, Mortsel",
                 "11.15 – 12.00\tNouveau programme FAMI 2021-2027 : indicateurs",
                 "12.00 – 12.30\tFeedback : points forts / points à améliorer"]:
        p(d, line, style="List Bullet")

    H2, H3 = "Heading 2", "Heading 3"
    p(d, "1 Welkom – accueil", style=H2)
    p(d, "Koen souhaite la bienvenue à Anvers et s’excuse d’avance pour son français. Il remercie Pieter qui a "
         "relu le texte. C’est la première réunion en présentiel depuis 2019 pour plusieurs collègues.")
    p(d, "2 Les partenaires de l’OCMW Antwerpen", style=H2)
    p(d, "Depuis le nouveau programme, trois OCMW plus petits travaillent avec Anvers. Chacun garde ses "
         "maatschappelijk werkers et ses dossiers ; les ateliers collectifs sont communs.")
    p(d, "2.1 Schoten", style=H3)
    p(d, "Sarah Van den Bossche : 9 participants, surtout des familles ukrainiennes arrivées en mars. Besoin "
         "d’un accueil rapide, les cours de néerlandais sont complets.")
    p(d, "2.2 Edegem", style=H3)
    p(d, "Lien Mertens : 6 participants. Le transport vers Anvers est un frein (même problème qu’entre Binche et "
         "Charleroi, dit Stéphanie).")
    p(d, "2.3 Mortsel", style=H3)
    mixed(d, [("Bart Wouters : 11 participants, dont 8 ont rempli l’enquête de satisfaction simplifiée. ", {}),
              ("(Nadia: klopt dit cijfer voor Mortsel? / ce chiffre est-il correct ?)",
               {"highlight": WD_COLOR_INDEX.TURQUOISE})])
    p(d, "3 Le nouveau programme FAMI 2021-2027", style=H2)
    p(d, "Sophie Lemaire présente les indicateurs communs du règlement (UE) 2021/1147 que la Belgique doit "
         "rapporter chaque année :")
    for line in ["participants aux activités de soutien (cours de langue, orientation civique, accompagnement "
                 "professionnel personnalisé) ;",
                 "participants aux cours de langue qui ont progressé d’au moins un niveau du CECR ;",
                 "participants qui déclarent que l’activité les a aidés à s’intégrer."]:
        p(d, line, style="List Bullet 2")
    p(d, "Questions : comment mesurer un niveau CECR sans test formel ? Qui pose la question sur l’intégration, "
         "et dans quelle langue ? Le SPP rassemble chaque année les chiffres auprès des CPAS/OCMW.")
    p(d, "4 Feedback", style=H2)
    table(d, [
        ["Points forts", "Points à améliorer"],
        [["travail intensif, presque tous les jours", "liens entre participants", "esprit de groupe à la fin"],
         ["communication quand les horaires changent", "planifier plus tôt (procédures longues)",
          "pas d’activité obligatoire sur des sujets sensibles"]],
    ], style="Table Grid", header_fill="FBE4D5", widths=[8, 8], size=9)
    p(d)
    p(d, "5 Afspraken / accords", style=H2)
    table(d, [
        ["Wie / Qui", "Wat / Quoi", "Deadline"],
        ["Koen Janssens", "rassemble les questions des CPAS sur les indicateurs et les envoie au SPP", "30/06/2022"],
        ["SPP", "organise une séance d’information sur les indicateurs communs (en ligne, avec interprètes)",
         "septembre"],
        ["OCMW Mortsel", "partage son modèle de tevredenheidsenquête simplifié", "31/05/2022"],
        ["Sarah Van den Bossche en Lien Mertens",
         "préparent une présentation commune des partenaires pour la prochaine réunion", "17/11/2022"],
    ], style="Table Grid", header_fill="F4B183", widths=[4.5, 9.5, 2.5], size=9)
    p(d)
    p(d, "Volgende vergadering / prochaine réunion : 17/11/2022, CPAS de Bruxelles", bold=True)
    p(d, "Korte samenvatting (NL)", style=H2)
    p(d, "Op 12 mei 2022 kwam het AMIF-netwerk samen in Antwerpen. De partners Schoten, Edegem en Mortsel "
         "stelden hun werking voor. Het POD gaf uitleg over de gemeenschappelijke indicatoren van het nieuwe "
         "programma 2021-2027 (verordening (EU) 2021/1147). In de feedbackronde kwamen dezelfde sterke punten en "
         "werkpunten terug als in vorige jaren: intensief werken loont, de communicatie naar deelnemers kan "
         "beter.")
    save(d, "794_anvers_en_francais.docx")


# ------------------------------------------------------------------ 795
def r795():
    """2024-04-18, formal SPP report, in person in Brussels with interpreters; FR + Dutch summary."""
    d = new_doc("Garamond", 12, "Amandine Jacquemin", "Verslag bijeenkomst OCMW's - Rapport rencontre CPAS",
                datetime.datetime(2024, 4, 23, 9, 0), heading_color=RGBColor(0x00, 0x33, 0x66))
    margins(d, 2.2, 2.2, 2.5, 2.5)
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    fmt(hp.add_run("POD | Maatschappelijke Integratie\nSPP | Intégration Sociale"), size=9, bold=True,
        color=RGBColor(0x00, 0x33, 0x66))
    fp = sec.footer.paragraphs[0]
    fmt(fp.add_run(TAG_NL + "\n" + TAG_FR), size=8, italic=True)
    fp2 = sec.footer.add_paragraph()
    fp2.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    add_field(fp2, "PAGE")

    p(d, "Verslag bijeenkomst OCMW’s – Rapport rencontre CPAS", bold=True, size=16,
      align=WD_ALIGN_PARAGRAPH.CENTER, space_after=0)
    p(d, "FAMI 18 april 2024 – 18 avril 2024", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, space_after=0)
    p(d, "SPP Intégration Sociale, Boulevard du Roi Albert II 30, 1000 Bruxelles – salle Europa",
      align=WD_ALIGN_PARAGRAPH.CENTER, space_after=0)
    p(d, "Avec interprétation simultanée français – néerlandais", italic=True, align=WD_ALIGN_PARAGRAPH.CENTER)

    mixed(d, [("Présents : ", {"bold": True}),
              ("Amandine Jacquemin (SPP IS-MI), Karim Benali (SPP IS-MI), Pieter Van Acker (SPP IS-MI), Mehdi "
               "Bouazza (CPAS Liège), Fatou Diallo (CPAS Liège), Yassine El Amrani (CPAS Charleroi), Grégory "
               "Lheureux (CPAS Binche), Aïcha Tahiri (CPAS Bruxelles), Olivier Nsimba (CPAS Bruxelles), Jeroen "
               "Van Damme (CPAS Gand), Fatma Yildiz (CPAS Gand), Koen Janssens (CPAS Anvers), Bart Wouters (CPAS "
               "Mortsel), Ann De Wilde et Marc Lejeune (interprètes)", {})])
    mixed(d, [("Excusés : ", {"bold": True}),
              ("Sophie Lemaire (SPP IS-MI), Murielle Debaille (CPAS Charleroi), Sarah Van den Bossche (CPAS "
               "Schoten), Lien Mertens (CPAS Edegem)", {})])
    p(d, "Ordre du jour", bold=True)
    table(d, [
        ["Heure / Uur", "Point / Punt"],
        ["10h00 – 10h15", "Accueil et introduction / Onthaal en inleiding"],
        ["10h15 – 11h15", "État d’avancement des projets / Stand van zaken van de projecten"],
        ["11h15 – 12h00", "Indicateurs communs 2023 / Gemeenschappelijke indicatoren 2023"],
        ["12h00 – 13h00", "Lunch"],
        ["13h00 – 14h30", "Brainstorm : l’enquête de satisfaction / Brainstorm: de tevredenheidsenquête"],
        ["14h30 – 15h00", "Conservation des documents et RGPD / Bewaring van documenten en AVG"],
    ], style="Table Grid", header_fill="D5DCE4", widths=[3.5, 12.5], size=10)
    p(d)

    def h(text):
        return p(d, text, bold=True, size=13, color=RGBColor(0x00, 0x33, 0x66))

    def sub(text):
        return p(d, text, bold=True, italic=True)

    h("I. Accueil et introduction")
    p(d, "Karim Benali accueille les participants au SPP. Il présente Amandine Jacquemin, qui reprend le suivi "
         "des projets francophones, et remercie les interprètes, Ann De Wilde et Marc Lejeune. Il rappelle que "
         "le programme FAMI 2021-2027 est entré dans sa phase de croisière.")
    h("2. État d’avancement des projets")
    sub("Liège")
    p(d, "Mehdi Bouazza : 58 participants en 2023, dont 31 ont terminé un trajet de plus de six mois. Sept "
         "personnes ont été orientées vers l’insertion socioprofessionnelle (ISP) ou une formation.")
    sub("Charleroi et Binche")
    mixed(d, [("Yassine El Amrani : 64 participants, 12 venant de Binche. Taux de présence moyen de 71 %. ", {}),
              ("[chiffres de Charleroi à vérifier]", {"highlight": WD_COLOR_INDEX.YELLOW})])
    sub("Bruxelles")
    p(d, "Aïcha Tahiri : nouveau local à Laeken, plus accessible. Groupe spécifique pour les femmes avec de "
         "jeunes enfants (garderie sur place).")
    sub("Gand")
    p(d, "Jeroen Van Damme et Fatma Yildiz : les médiateurs interculturels couvrent désormais douze langues. Le "
         "projet teste un suivi individuel après la fin du trajet.")
    sub("Anvers et Mortsel")
    p(d, "Koen Janssens et Bart Wouters : les ateliers communs avec les partenaires fonctionnent ; Mortsel "
         "souhaite un atelier local pour les personnes sans moyen de transport.")
    h("3. Indicateurs communs 2023")
    p(d, "Pieter Van Acker présente la synthèse des indicateurs communs du règlement (UE) 2021/1147 transmise à "
         "la Commission : participants aux activités de soutien, participants aux cours de langue ayant "
         "progressé d’au moins un niveau du CECR, participants déclarant que l’activité les a aidés à "
         "s’intégrer. Les CPAS signalent que la dernière question est difficile à poser de manière neutre.")
    h("5. Brainstorm : l’enquête de satisfaction")
    p(d, "Travail en deux groupes linguistiques, avec restitution en plénière (interprétée).")
    sub("Points forts")
    for line in ["l’enquête est courte et existe désormais en sept langues ;",
                 "la version avec pictogrammes de Charleroi est bien comprise ;",
                 "la passation orale avec un médiateur rassure les participants."]:
        p(d, line, style="List Bullet")
    sub("Points à améliorer")
    for line in ["certains termes restent abstraits (« autonomie », « impact ») ;",
                 "l’enquête arrive trop tard, quand des participants ont déjà quitté le module ;",
                 "demande de versions en ukrainien et en tigrinya."]:
        p(d, line, style="List Bullet")
    h("6. Conservation des documents et RGPD")
    p(d, "Amandine Jacquemin rappelle que les documents d’une opération cofinancée doivent être conservés "
         "pendant cinq ans à compter du 31 décembre de l’année du dernier paiement (article 82 du règlement "
         "(UE) 2021/1060). Les données personnelles ne peuvent pas être gardées plus longtemps que nécessaire "
         "(article 5, paragraphe 1, e) du RGPD). Chaque CPAS reste responsable des données de ses participants ; "
         "le SPP ne reçoit que des données agrégées.")
    h("7. Actions")
    for line in [
        "Le SPP enverra aux CPAS le tableau des indicateurs communs pré-rempli pour vérification, au plus tard "
        "le 15 mai 2024.",
        "Le CPAS de Charleroi partagera sa version illustrée de l’enquête de satisfaction (pictogrammes).",
        "Aïcha Tahiri et Fatma Yildiz rédigeront une proposition d’enquête en langage simple, en français et en "
        "néerlandais.",
        "Chaque CPAS vérifiera ses règles internes de conservation des dossiers au regard de l’article 82 du "
        "règlement (UE) 2021/1060.",
        "Pieter Van Acker fera traduire l’enquête en ukrainien et en tigrinya.",
    ]:
        p(d, line, style="List Bullet")
    p(d)
    p(d, "Prochaine rencontre : lundi 14 octobre 2024 au CPAS de Charleroi.", bold=True)
    p(d, "Les commentaires des CPAS de Gand et d’Anvers doivent encore être ajoutés à ce rapport.",
      italic=True, color=RGBColor(0xC0, 0x00, 0x00))

    page_break(d)
    h("Samenvatting")
    p(d, "Op 18 april 2024 kwamen de OCMW’s samen bij de POD Maatschappelijke Integratie in Brussel, met "
         "simultaanvertaling Frans–Nederlands. Elk OCMW gaf een stand van zaken van zijn project. De POD stelde "
         "de gemeenschappelijke indicatoren 2023 voor. In de brainstorm over de tevredenheidsenquête werden de "
         "pictogrammen van Charleroi en de mondelinge afname met een bemiddelaar als sterke punten genoemd; "
         "abstracte termen en het late tijdstip van de enquête blijven werkpunten. Tot slot werden de regels "
         "voor de bewaring van documenten (artikel 82 van verordening (EU) 2021/1060) en de AVG overlopen.")
    p(d, "Volgende bijeenkomst: maandag 14 oktober 2024 in het OCMW van Charleroi.")
    save(d, "795_spp_rencontre_interpretes.docx")


# ------------------------------------------------------------------ 796
def r796():
    """2026-01-27, online (Teams), draft by Stéphanie Ruelle (CPAS de Charleroi)."""
    d = new_doc("Century Gothic", 10, "Stéphanie Ruelle", "Réunion FAMI Teams 27-01-2026 (projet)",
                datetime.datetime(2026, 2, 2, 12, 10))
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fmt(hp.add_run("PROJET"), bold=True, color=RGBColor(0xC0, 0x00, 0x00), size=9)

    p(d, "PROJET – version de travail du 2 février 2026, à relire avant diffusion", bold=True,
      color=RGBColor(0xC0, 0x00, 0x00), size=9)
    p(d, "Réunion FAMI (Teams) – 27 janvier 2026", bold=True, size=14, space_after=4)
    mixed(d, [("Participants : ", {"underline": True}),
              ("Stéphanie Ruelle (CPAS Charleroi, rédaction), Yassine El Amrani (CPAS Charleroi), Grégory "
               "Lheureux (CPAS Binche), Amandine Jacquemin (SPP), Mehdi Bouazza (CPAS Liège), Aïcha Tahiri (CPAS "
               "Bruxelles), Jeroen Van Damme (OCMW Gent).", {})])
    mixed(d, [("Excusé(e)s : ", {"underline": True}),
              ("Koen Janssens (OCMW Antwerpen), Fatou Diallo (CPAS Liège)", {})])
    p(d, "Réunion en français, sans interprétation ; Jeroen Van Damme a présenté le point de Gand en français.",
      italic=True, size=9)
    p(d, "Au programme :", underline=True, space_after=0)
    for line in ["(1) Clôture des trajets 2025 et orientation vers l’ISP",
                 "(2) Conservation des dossiers : combien de temps ?",
                 "(3) Demandes d’accès des participants (article 15 RGPD)",
                 "(4) Divers"]:
        p(d, line, space_after=0)
    p(d)

    def h(text):
        return p(d, text, bold=True, underline=True, size=11)

    def act(text):
        return p(d, text, italic=True, color=RGBColor(0x1F, 0x4E, 0x79))

    h("1 – Clôture des trajets 2025")
    p(d, "Tour rapide. La plupart des trajets durent plus de six mois. Liège (Mehdi) : 9 personnes orientées "
         "vers l’ISP ou une formation en 2025. Gand (Jeroen) : davantage d’orientations vers des formations "
         "professionnelles en néerlandais. Charleroi/Binche : ", space_after=0)
    mixed(d, [("Yassine, peux-tu ajouter le nombre de trajets clôturés en 2025 ?",
               {"highlight": WD_COLOR_INDEX.YELLOW})])
    act("→ Grégory et Yassine : faire le point sur les participants de Binche encore en trajet.")

    h("2 – Conservation des dossiers")
    p(d, "Amandine rappelle la règle : les documents sont conservés cinq ans à compter du 31 décembre de "
         "l’année du dernier paiement (article 82 du règlement (UE) 2021/1060). Pour les dossiers du programme "
         "précédent, la date de départ n’est pas claire pour tout le monde. "
         "[à vérifier avec le SPP : date du dernier paiement du programme 2014-2020 ?]")
    p(d, "Les données personnelles ne doivent pas être gardées plus longtemps que nécessaire (RGPD, art. 5.1.e) : "
         "il faut distinguer les pièces justificatives (à garder) des notes de suivi (à supprimer plus tôt).")
    act("→ Amandine Jacquemin (SPP) confirme par écrit la date de départ du délai de conservation.")
    act("→ Chaque CPAS : lister les documents papier encore conservés pour 2016-2020.")

    h("3 – Demandes d’accès")
    p(d, "Aïcha : le CPAS de Bruxelles a reçu en 2025 une demande d’une ancienne participante qui voulait voir "
         "tout ce qui était conservé sur elle (article 15 RGPD). Réponse donnée en 3 semaines. Chaque CPAS est "
         "seul responsable des données de ses participants ; le SPP ne voit aucun nom.")
    act("→ Le CPAS de Bruxelles partage son modèle de réponse aux demandes d’accès.")

    h("4 – Divers")
    p(d, "Rien de particulier.")
    p(d)
    p(d, "Prochaine réunion : à fixer, probablement en mai 2026.")
    save(d, "796_charleroi_projet_rgpd.docx")


if __name__ == "__main__":
    for f in (r787, r788, r789, r790, r791, r792, r793, r794, r795, r796):
        f()
