#!/usr/bin/env python3
"""Reports 51-62 of the AMIF network archive (writer-e).

Six secretaries, two reports each:
  51, 52  CPAS Liège       - Nathalie Pirard   (long French paragraphs, decisions inside them)
  53, 54  OCMW Antwerpen   - Kathleen Verbruggen (Dutch, tables: attendance, agenda, actions)
  55, 56  SPP IS / POD MI  - Lisa Asselman     (bilingual, Word heading styles, header/footer)
  57, 58  CPAS Charleroi   - Fabienne Lambot   (typed numbering, typed lists, no styles)
  59, 60  OCMW Gent        - Mieke De Roo      (short bullet minutes, owners as initials)
  61, 62  CPAS Bruxelles   - Sofie Janssens    (bilingual FR/NL: side by side, paragraph by paragraph)

Each function writes the report exactly as typed and holds its expected dict as a literal,
written by hand from the report text.
"""
import json
import os
import sys

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
NB = "\u00a0"  # non-breaking space (French typography in Word)


# --------------------------------------------------------------------------- helpers
def new_doc(font="Calibri", size=11):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.append(rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rfonts.set(qn(a), font)
    for s in d.sections:
        s.left_margin = Cm(2.2)
        s.right_margin = Cm(2.2)
        s.top_margin = Cm(2.0)
        s.bottom_margin = Cm(2.0)
    return d


def para(d, text="", style=None, bold=False, italic=False, align=None, size=None,
         underline=False, space_after=None, indent=None, color=None):
    p = d.add_paragraph(style=style) if style else d.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold or None
        r.italic = italic or None
        r.underline = underline or None
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "justify":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    if indent is not None:
        p.paragraph_format.left_indent = Cm(indent)
    return p


def mixed(d, parts, style=None, align=None, space_after=None, indent=None):
    """parts: list of (text, fmt) with fmt containing b / i / u."""
    p = d.add_paragraph(style=style) if style else d.add_paragraph()
    for text, fmt in parts:
        r = p.add_run(text)
        if "b" in fmt:
            r.bold = True
        if "i" in fmt:
            r.italic = True
        if "u" in fmt:
            r.underline = True
    if align == "justify":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    elif align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    if indent is not None:
        p.paragraph_format.left_indent = Cm(indent)
    return p


def cell_text(cell, text, bold=False, italic=False, size=None):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold or None
        r.italic = italic or None
        if size:
            r.font.size = Pt(size)


def table(d, rows, header=True, style="Table Grid", widths=None, size=None, shade_header=None):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    if style:
        t.style = d.styles[style]
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            cell_text(t.cell(i, j), val, bold=(header and i == 0), size=size)
            if header and i == 0 and shade_header:
                tcPr = t.cell(i, j)._tc.get_or_add_tcPr()
                shd = OxmlElement("w:shd")
                shd.set(qn("w:val"), "clear")
                shd.set(qn("w:color"), "auto")
                shd.set(qn("w:fill"), shade_header)
                tcPr.append(shd)
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    return t


def header_text(d, lines, italic=False, size=9, align=None):
    h = d.sections[0].header
    first = True
    for line in lines:
        p = h.paragraphs[0] if first else h.add_paragraph()
        first = False
        r = p.add_run(line)
        r.italic = italic or None
        r.font.size = Pt(size)
        if align == "right":
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif align == "center":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER


def footer_text(d, lines, size=8, italic=True):
    f = d.sections[0].footer
    first = True
    for line in lines:
        p = f.paragraphs[0] if first else f.add_paragraph()
        first = False
        r = p.add_run(line)
        r.italic = italic or None
        r.font.size = Pt(size)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER


def _numbering(d):
    return d.part.numbering_part.element


def new_list(d, style_name="List Number"):
    """A fresh w:num on the abstract list of a list style, restarting at 1."""
    numbering = _numbering(d)
    st = d.styles[style_name].element
    numId = st.pPr.numPr.numId.val
    num = numbering.xpath('./w:num[@w:numId="%d"]' % numId)[0]
    absid = num.xpath("./w:abstractNumId")[0].get(qn("w:val"))
    new_id = max(int(x.get(qn("w:numId"))) for x in numbering.xpath("./w:num")) + 1
    el = OxmlElement("w:num")
    el.set(qn("w:numId"), str(new_id))
    a = OxmlElement("w:abstractNumId")
    a.set(qn("w:val"), absid)
    el.append(a)
    lo = OxmlElement("w:lvlOverride")
    lo.set(qn("w:ilvl"), "0")
    so = OxmlElement("w:startOverride")
    so.set(qn("w:val"), "1")
    lo.append(so)
    el.append(lo)
    numbering.append(el)
    return new_id


def set_num(p, num_id, ilvl=0):
    numPr = p._p.get_or_add_pPr().get_or_add_numPr()
    numPr.get_or_add_ilvl().val = ilvl
    numPr.get_or_add_numId().val = num_id


def heading_numbering(d, levels=(("%1.", "Heading1"), ("%1.%2.", "Heading2"))):
    """Multilevel automatic numbering linked to the heading styles (as Word does it)."""
    numbering = _numbering(d)
    absids = [int(x.get(qn("w:abstractNumId"))) for x in numbering.xpath("./w:abstractNum")]
    abs_id = max(absids) + 1
    an = OxmlElement("w:abstractNum")
    an.set(qn("w:abstractNumId"), str(abs_id))
    mlt = OxmlElement("w:multiLevelType")
    mlt.set(qn("w:val"), "multilevel")
    an.append(mlt)
    for ilvl, (text, style_id) in enumerate(levels):
        lvl = OxmlElement("w:lvl")
        lvl.set(qn("w:ilvl"), str(ilvl))
        for tag, val in (("w:start", "1"), ("w:numFmt", "decimal"), ("w:pStyle", style_id),
                         ("w:lvlText", text), ("w:lvlJc", "left")):
            e = OxmlElement(tag)
            e.set(qn("w:val"), val)
            lvl.append(e)
        ppr = OxmlElement("w:pPr")
        ind = OxmlElement("w:ind")
        ind.set(qn("w:left"), str(432 + 144 * ilvl))
        ind.set(qn("w:hanging"), str(432 + 144 * ilvl))
        ppr.append(ind)
        lvl.append(ppr)
        an.append(lvl)
    first_num = numbering.xpath("./w:num")[0]
    first_num.addprevious(an)
    new_id = max(int(x.get(qn("w:numId"))) for x in numbering.xpath("./w:num")) + 1
    el = OxmlElement("w:num")
    el.set(qn("w:numId"), str(new_id))
    a = OxmlElement("w:abstractNumId")
    a.set(qn("w:val"), str(abs_id))
    el.append(a)
    numbering.append(el)
    for ilvl, (_, style_id) in enumerate(levels):
        st = d.styles["Heading %s" % style_id[-1]]
        numPr = st.element.get_or_add_pPr().get_or_add_numPr()
        numPr.get_or_add_ilvl().val = ilvl
        numPr.get_or_add_numId().val = new_id
    return new_id


def no_num(p):
    """Switch off the style's automatic numbering for one paragraph (numId 0)."""
    numPr = p._p.get_or_add_pPr().get_or_add_numPr()
    numPr.get_or_add_ilvl().val = 0
    numPr.get_or_add_numId().val = 0


def save(d, fname, expected):
    assert expected["file"] == fname
    d.save(os.path.join(HERE, fname))
    base = fname[:-5]
    with open(os.path.join(HERE, base + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, indent=1, ensure_ascii=False)
        f.write("\n")
    print("wrote", fname)


# =========================================================================== 51 (Liège)
def r51():
    fname = "51_liege_reseau_novembre_2016.docx"
    d = new_doc("Arial", 10.5)
    header_text(d, ["CPAS de Liège – Département de l’Action sociale – Cellule FAMI"], italic=True, size=8)
    para(d, "Compte rendu de la réunion du réseau FAMI des CPAS", bold=True, align="center", size=14)
    para(d, "Réunion du jeudi 24 novembre 2016, de 9h30 à 15h30, salle du Conseil du CPAS de Liège, "
            "place Saint-Jacques 13 à 4000 Liège.", align="center", italic=True)
    mixed(d, [("Étaient présents" + NB + ": ", "b"),
              ("Mme Lisa Asselman (SPP Intégration sociale), M. Johan Maekelberg et Mme Mieke De Roo "
               "(CPAS de Gand), M. Ibrahim Aguelmin, Mme Silvia Soares, Mme Claudine Gbambili et "
               "Mme Nathalie Pirard (CPAS de Liège), Mme Ozlem Baslari (CPAS de Charleroi), "
               "Nauar Elfargani (CPAS d’Anvers).", "")], align="justify")
    mixed(d, [("Étaient excusés" + NB + ": ", "b"),
              ("Mme Agnès Dubus (CPAS de Bruxelles) et M. Frederic Darras (CPAS de Liège).", "")],
          align="justify")
    mixed(d, [("Rédaction" + NB + ": ", "b"), ("N. Pirard", "")])
    para(d, "Ordre du jour" + NB + ":", bold=True, underline=True, space_after=2)
    for line in ["9h30-10h" + NB + ": accueil et café",
                 "10h-10h45" + NB + ": tour de table des projets",
                 "10h45-12h15" + NB + ": présentation du projet Mod’Actions et de ses modules",
                 "12h15-13h15" + NB + ": repas",
                 "13h15-15h" + NB + ": l’entretien d’admission et le bilan d’orientation",
                 "15h-15h30" + NB + ": divers et clôture"]:
        para(d, line, indent=1.0, space_after=0)
    para(d, "")

    para(d, "1. Accueil et introduction", bold=True)
    para(d, "M. Aguelmin, coordinateur du projet FAMI au CPAS de Liège, souhaite la bienvenue aux "
            "participants et rappelle que c’est la première fois que le réseau se réunit en dehors de "
            "Bruxelles depuis le lancement des projets en septembre 2015. Mme Asselman remercie le CPAS "
            "de Liège pour son accueil et rappelle l’objectif du réseau" + NB + ": permettre aux CPAS qui "
            "mènent un projet financé par le FAMI d’échanger leurs pratiques, leurs outils et leurs "
            "difficultés, dans un climat de confiance et sans que des données personnelles des "
            "participants ne circulent entre les CPAS. La réunion s’est tenue en français" + NB + "; "
            "M. Maekelberg et Mme De Roo ont eu la gentillesse de suivre sans traduction, aucun "
            "interprète n’ayant pu être réservé pour cette date.", align="justify")

    para(d, "2. Tour de table des projets", bold=True)
    para(d, "Le CPAS de Gand explique que son projet Kompas accueille actuellement une quarantaine de "
            "participants, principalement des femmes peu scolarisées, et que le recrutement passe "
            "exclusivement par les travailleurs sociaux des antennes" + NB + "; l’équipe constate que "
            "beaucoup de participants décrochent après quelques semaines lorsque l’horaire des cours de "
            "néerlandais change, et souhaite réfléchir avec les autres CPAS à la manière de mieux "
            "communiquer ces changements. Le CPAS de Charleroi présente brièvement le projet Activ’Up, "
            "dont le premier module a démarré en septembre 2015" + NB + ": Mme Baslari précise qu’un "
            "listing de plus de mille bénéficiaires potentiels a été constitué avec l’observatoire local "
            "et que les assistants sociaux ont retenu 315 personnes pour le premier module, ce qui a "
            "suscité beaucoup de questions des autres CPAS sur la charge de travail que représente une "
            "telle mobilisation. Le CPAS d’Anvers signale que les CPAS de Schoten, d’Edegem et de "
            "Mortsel rejoindront le projet comme partenaires, ce qui demandera un travail de coordination "
            "supplémentaire, notamment pour les déplacements des participants. Pour Bruxelles, Mme "
            "Asselman fait part des informations transmises par Mme Dubus" + NB + ": le projet a pris du "
            "retard en raison du recrutement de l’équipe et les premiers ateliers débuteront en janvier. "
            "Chaque CPAS communiquera au SPP, pour la fin janvier 2017, le nombre de participants "
            "inscrits et le nombre de participants ayant terminé un module, afin de préparer le rapport "
            "annuel au fonds" + NB + "; il s’agit uniquement de chiffres, sans aucun nom.",
         align="justify")

    para(d, "3. Le projet Mod’Actions", bold=True)
    para(d, "L’équipe du CPAS de Liège présente le projet Mod’Actions, qui vise à lever les obstacles "
            "qui freinent le processus d’intégration des primo-arrivants, qu’ils se situent au niveau de "
            "la société d’accueil ou au niveau personnel. Après un accompagnement individuel, les "
            "participants sont orientés vers un ou plusieurs modules collectifs" + NB + ": l’atelier "
            "d’activation sociale destiné aux personnes qui ont de très faibles compétences "
            "linguistiques, l’atelier créatif animé par M. Darras, l’atelier informatique (courriels, CV, "
            "permis de conduire théorique en ligne) et l’atelier de réalisation de projet pour les "
            "personnes les plus avancées dans leur réflexion socioprofessionnelle. Une excursion "
            "socioculturelle est organisée chaque mois. Les collègues des autres CPAS ont été "
            "particulièrement intéressés par la dimension culturelle, qui constitue le fil rouge du "
            "projet, et par la combinaison du travail individuel et collectif. Le CPAS de Liège mettra à "
            "disposition des autres CPAS, par courriel, les fiches de présentation de chaque module "
            "ainsi que le planning hebdomadaire des ateliers.", align="justify")

    para(d, "4. Entretien d’admission et bilan d’orientation", bold=True)
    para(d, "Mme Gbambili, qui se charge des entretiens d’admission, explique la démarche" + NB + ": "
            "chaque nouveau client est reçu en entretien individuel, les besoins sont analysés avec lui, "
            "puis un bilan d’orientation est rédigé (parcours, objectifs, motivation, obstacles) qui "
            "détermine le ou les modules proposés. Trois contrats sont signés par participant" + NB + ": "
            "avec son travailleur social, avec la personne chargée de l’admission et avec le responsable "
            "de chaque module suivi" + NB + "; les règles concernant le taux de présence et la "
            "ponctualité y sont fixées. Le débat a porté sur la question de savoir si le bilan "
            "d’orientation peut être transmis au SPP" + NB + ": Mme Asselman confirme que le SPP n’a pas "
            "besoin de données nominatives et que seuls des chiffres agrégés seront demandés aux CPAS. "
            "Il est convenu que Mme Asselman fera parvenir à chaque CPAS, avant le 20 décembre, le "
            "canevas du rapport intermédiaire ainsi qu’une note précisant les données qui peuvent être "
            "transmises sans identifier les participants.", align="justify")

    para(d, "5. Divers", bold=True)
    para(d, "La question de l’interprétation lors des prochaines rencontres a été soulevée par les "
            "collègues de Gand, qui souhaiteraient pouvoir s’exprimer en néerlandais. Quelqu’un devra se "
            "renseigner sur le coût d’une interprétation simultanée pour la prochaine rencontre" + NB +
            "; personne n’a encore été désigné pour ce faire. M. Maekelberg et Mme De Roo proposeront "
            "par courriel deux ou trois dates possibles. La prochaine rencontre aura lieu à Gand au "
            "printemps 2017, la date exacte restant à fixer.", align="justify")
    para(d, "La séance est levée à 15h40.")
    para(d, "")
    para(d, "Pour le CPAS de Liège,", space_after=0)
    para(d, "Nathalie Pirard")
    para(d, "")
    para(d, "Les collègues de Charleroi doivent encore compléter le point 2 avec leurs chiffres de "
            "présence aux séances d’information.", italic=True, size=9)

    expected = {
        "file": fname,
        "languages": ["fr"],
        "online": False,
        "interpretation": False,
        "date": "2016-11-24",
        "people": [
            ["Lisa Asselman", "Present", "SPP"],
            ["Johan Maekelberg", "Present", "GENT"],
            ["Mieke De Roo", "Present", "GENT"],
            ["Ibrahim Aguelmin", "Present", "LIEGE"],
            ["Silvia Soares", "Present", "LIEGE"],
            ["Claudine Gbambili", "Present", "LIEGE"],
            ["Nathalie Pirard", "Present", "LIEGE"],
            ["Ozlem Baslari", "Present", "CHARLEROI"],
            ["Nauar Elfargani", "Present", "ANTWERPEN"],
            ["Agnès Dubus", "Excused", "BRUXELLES"],
            ["Frederic Darras", "Excused", "LIEGE"],
        ],
        "agenda": [
            ["09:30", "10:00", "accueil et café"],
            ["10:00", "10:45", "tour de table des projets"],
            ["10:45", "12:15", "présentation du projet Mod’Actions et de ses modules"],
            ["12:15", "13:15", "repas"],
            ["13:15", "15:00", "l’entretien d’admission et le bilan d’orientation"],
            ["15:00", "15:30", "divers et clôture"],
        ],
        "headings": [
            ["1", "Accueil et introduction"],
            ["2", "Tour de table des projets"],
            ["3", "Le projet Mod’Actions"],
            ["4", "Entretien d’admission et bilan d’orientation"],
            ["5", "Divers"],
        ],
        "actions": [
            ["CPAS", [], None, "Chaque CPAS communiquera au SPP"],
            ["CPAS", [], "LIEGE", "Le CPAS de Liège mettra à disposition"],
            ["Network Contact", ["Lisa Asselman"], None,
             "Il est convenu que Mme Asselman fera parvenir"],
            ["To Be Assigned", [], None, "Quelqu’un devra se renseigner sur le coût"],
            ["Several Network Contacts", ["Johan Maekelberg", "Mieke De Roo"], None,
             "M. Maekelberg et Mme De Roo proposeront"],
        ],
        "next_meeting": {
            "date": None,
            "text": "La prochaine rencontre aura lieu à Gand au printemps 2017, la date exacte restant à fixer.",
        },
        "remarks": [
            "Les collègues de Charleroi doivent encore compléter le point 2 avec leurs chiffres de présence aux séances d’information."
        ],
    }
    save(d, fname, expected)


# =========================================================================== 52 (Liège)
def r52():
    fname = "52_liege_pv_teams_mars_2021.docx"
    d = new_doc("Arial", 10.5)
    header_text(d, ["CPAS de Liège – Département de l’Insertion – Cellule FAMI / Mod’Actions"],
                italic=True, size=8)
    para(d, "Procès-verbal de la réunion du réseau FAMI", bold=True, align="center", size=14,
         space_after=0)
    para(d, "Réunion du 18 mars 2021", bold=True, align="center")
    mixed(d, [("Participaient à la réunion" + NB + ": ", "b"),
              ("pour le SPP Intégration sociale, Lisa Asselman et Pieter Vanhoutte" + NB + "; pour le "
               "CPAS de Gand, Mieke De Roo et Lotte Claeys" + NB + "; pour le CPAS de Liège, Ibrahim "
               "Aguelmin, Silvia Soares et Nathalie Pirard" + NB + "; pour le CPAS de Charleroi, Ozlem "
               "Baslari et Fabienne Lambot" + NB + "; pour le CPAS d’Anvers, Kathleen Verbruggen" + NB +
               "; pour le CPAS de Bruxelles, Agnès Dubus et Sofie Janssens" + NB + "; en qualité "
               "d’interprètes, Olga Petrenko et Hilde Claes.", "")], align="justify")
    mixed(d, [("Excusés" + NB + ": ", "b"),
              ("Claudine Gbambili (CPAS de Liège), Johan Maekelberg (CPAS de Gand) et Véronique "
               "Delplanque (CPAS de Binche).", "")], align="justify")
    para(d, "")

    para(d, "Introduction", bold=True)
    para(d, "En raison des mesures sanitaires, la réunion s’est tenue par vidéoconférence via Microsoft "
            "Teams, de 9h30 à 12h30. Une interprétation simultanée français-néerlandais a été assurée par "
            "Mmes Petrenko et Claes, ce qui a permis à chacun de s’exprimer dans sa langue" + NB + "; "
            "Mme Asselman remercie les participants pour leur discipline (micros coupés, prise de parole "
            "via la main levée). L’ordre du jour était le suivant" + NB + ": tour de table des projets "
            "en période de crise sanitaire" + NB + "; règles applicables aux activités de groupe" + NB +
            "; programmation FAMI 2021-2027" + NB + "; enquête de satisfaction" + NB + "; divers. Il a "
            "été accepté sans modification.", align="justify")

    para(d, "I. Tour de table des projets en période de crise sanitaire", bold=True)
    para(d, "Le CPAS de Gand a pu maintenir les ateliers en présentiel depuis septembre, dans le respect "
            "de la règle de quatre participants et un formateur (4 + 1)" + NB + "; les séances "
            "d’information sur la vie en Belgique ont été filmées et envoyées aux participants par "
            "WhatsApp, et Mme Claeys souligne que les participants les plus isolés ont été appelés chaque "
            "semaine par leur accompagnateur. Au CPAS de Liège, les ateliers collectifs fonctionnent par "
            "groupes de trois participants et un formateur, ce qui oblige à dédoubler presque tous les "
            "ateliers et à réduire leur fréquence" + NB + "; l’atelier créatif a été maintenu à la ferme, "
            "en plein air lorsque le temps le permettait, et l’atelier informatique a servi à apprendre "
            "aux participants à utiliser les applications de visioconférence. Le CPAS de Charleroi "
            "applique également la règle 3 + 1" + NB + "; Mme Lambot signale que le taux de présence a "
            "baissé à environ 60 % depuis l’automne, en partie parce que les horaires changent trop "
            "souvent et que les participants ne sont pas toujours prévenus à temps. Mme Lambot fera "
            "circuler auprès de tous les CPAS le protocole sanitaire validé par le CPAS de Charleroi, "
            "qui pourra servir de modèle. À Anvers, les cours ont été donnés en ligne jusqu’en février" +
            NB + "; Mme Verbruggen note que beaucoup de participants n’ont qu’un smartphone et que les "
            "partenaires (Schoten, Edegem, Mortsel) ont prêté quelques tablettes. Le CPAS de Bruxelles a "
            "privilégié le suivi individuel, avec des rendez-vous à l’extérieur sous forme de promenades "
            "dans le quartier, ce que les participants ont beaucoup apprécié.", align="justify")

    para(d, "II. Règles applicables aux activités de groupe", bold=True)
    para(d, "Le débat porte sur la possibilité de passer à six participants et un formateur (6 + 1) dès "
            "que les mesures le permettront. Les CPAS ne sont pas tous soumis aux mêmes directives "
            "internes et les conseillers en prévention n’ont pas tous la même lecture des règles" + NB +
            "; il est décidé que chaque CPAS garde sa propre règle, en fonction des directives de son "
            "institution. Se pose aussi la question des séances organisées à distance" + NB + ": le SPP "
            "vérifiera auprès de l’autorité responsable du fonds si elles peuvent être comptabilisées "
            "comme des heures d’activité collective, et informera les CPAS de la réponse.",
         align="justify")

    para(d, "III. Programmation FAMI 2021-2027", bold=True)
    para(d, "M. Vanhoutte présente les grandes lignes de la nouvelle programmation. Le fonds mesurera "
            "désormais les projets au moyen d’indicateurs communs" + NB + ": le nombre de participants "
            "aux activités de soutien (cours de langue, orientation civique, accompagnement "
            "professionnel personnalisé), le nombre de participants à un cours de langue ayant progressé "
            "d’au moins un niveau du cadre européen commun de référence et le nombre de participants qui "
            "déclarent que l’activité les a aidés à s’intégrer. Une nouvelle prolongation des projets "
            "actuels jusqu’au 30 juin 2022 est à l’étude. Plusieurs CPAS s’inquiètent de la mesure des "
            "niveaux de langue pour un public en grande partie analphabète. Lisa Asselman et Pieter "
            "Vanhoutte organiseront, au mois d’avril, une séance d’information en ligne consacrée aux "
            "nouveaux indicateurs, à destination des coordinateurs et des assistants sociaux.",
         align="justify")

    para(d, "IV. Enquête de satisfaction", bold=True)
    para(d, "Tous les CPAS constatent que l’enquête de satisfaction actuelle est trop abstraite pour le "
            "public" + NB + ": des termes comme «" + NB + "pertinence" + NB + "» ou «" + NB + "objectifs"
            + NB + "» ne sont pas compris, même après explication, et beaucoup de participants répondent "
            "au hasard. Nous nous sommes engagés, au CPAS de Liège, à traduire l’enquête en arabe et en "
            "dari d’ici la fin avril et à proposer une version illustrée par des pictogrammes. Chaque "
            "CPAS est invité à faire parvenir ses remarques sur le questionnaire actuel pour le 15 avril "
            "au plus tard.", align="justify")

    para(d, "V. Divers", bold=True)
    para(d, "Mme Dubus annonce son départ à la retraite à la fin de l’année" + NB + "; Mme Janssens, "
            "qui travaille déjà dans l’équipe depuis 2019, est désignée pour lui succéder. Les "
            "participants remercient chaleureusement Mme Dubus pour son engagement dans le réseau depuis 2015. La prochaine réunion est "
            "envisagée dans le courant du mois de juin 2021, si possible en présentiel à Charleroi.",
         align="justify")
    para(d, "La réunion se termine à 12h35.")
    para(d, "N. Pirard", align="right")

    expected = {
        "file": fname,
        "languages": ["fr"],
        "online": True,
        "interpretation": True,
        "date": "2021-03-18",
        "people": [
            ["Lisa Asselman", "Present", "SPP"],
            ["Pieter Vanhoutte", "Present", "SPP"],
            ["Mieke De Roo", "Present", "GENT"],
            ["Lotte Claeys", "Present", "GENT"],
            ["Ibrahim Aguelmin", "Present", "LIEGE"],
            ["Silvia Soares", "Present", "LIEGE"],
            ["Nathalie Pirard", "Present", "LIEGE"],
            ["Ozlem Baslari", "Present", "CHARLEROI"],
            ["Fabienne Lambot", "Present", "CHARLEROI"],
            ["Kathleen Verbruggen", "Present", "ANTWERPEN"],
            ["Agnès Dubus", "Present", "BRUXELLES"],
            ["Sofie Janssens", "Present", "BRUXELLES"],
            ["Olga Petrenko", "Present", None],
            ["Hilde Claes", "Present", None],
            ["Claudine Gbambili", "Excused", "LIEGE"],
            ["Johan Maekelberg", "Excused", "GENT"],
            ["Véronique Delplanque", "Excused", "BINCHE"],
        ],
        "agenda": [
            ["", "", "tour de table des projets en période de crise sanitaire"],
            ["", "", "règles applicables aux activités de groupe"],
            ["", "", "programmation FAMI 2021-2027"],
            ["", "", "enquête de satisfaction"],
            ["", "", "divers"],
        ],
        "headings": [
            ["", "Introduction"],
            ["I", "Tour de table des projets en période de crise sanitaire"],
            ["II", "Règles applicables aux activités de groupe"],
            ["III", "Programmation FAMI 2021-2027"],
            ["IV", "Enquête de satisfaction"],
            ["V", "Divers"],
        ],
        "actions": [
            ["Network Contact", ["Fabienne Lambot"], None,
             "Mme Lambot fera circuler auprès de tous les CPAS"],
            ["SPP", [], None, "le SPP vérifiera auprès de l’autorité responsable"],
            ["Several Network Contacts", ["Lisa Asselman", "Pieter Vanhoutte"], None,
             "Lisa Asselman et Pieter Vanhoutte organiseront"],
            ["CPAS", [], "LIEGE", "Nous nous sommes engagés, au CPAS de Liège"],
            ["CPAS", [], None, "Chaque CPAS est invité à faire parvenir"],
        ],
        "next_meeting": {
            "date": None,
            "text": "La prochaine réunion est envisagée dans le courant du mois de juin 2021, si possible en présentiel à Charleroi.",
        },
        "remarks": [],
    }
    save(d, fname, expected)


# =========================================================================== 53 (Antwerpen)
def r53():
    fname = "53_antwerpen_netwerkvergadering_feb_2018.docx"
    d = new_doc("Calibri", 11)
    header_text(d, ["OCMW Antwerpen – Departement Sociale Dienstverlening – AMIF-project Ankerpunt"],
                size=8, align="right")
    para(d, "Verslag netwerkvergadering AMIF-OCMW’s", style="Title")
    table(d, [["Datum", "donderdag 8 februari 2018"],
              ["Locatie", "OCMW Antwerpen, Lange Gasthuisstraat 33, 2000 Antwerpen – vergaderzaal 2.14"],
              ["Verslaggever", "Kathleen Verbruggen"]], header=False, widths=[3.5, 12.5])
    para(d, "")
    para(d, "Aanwezigen en verontschuldigden", bold=True)
    table(d, [["Naam", "Organisatie", "Status"],
              ["Kathleen Verbruggen", "OCMW Antwerpen", "aanwezig"],
              ["Nauar Elfargani", "OCMW Antwerpen", "aanwezig"],
              ["Jasper Peeters", "OCMW Antwerpen", "aanwezig"],
              ["Els Mertens", "OCMW Schoten", "aanwezig"],
              ["Bart Wuyts", "OCMW Edegem", "aanwezig"],
              ["Lisa Asselman", "POD Maatschappelijke Integratie", "aanwezig"],
              ["Johan Maekelberg", "OCMW Gent", "aanwezig"],
              ["Ibrahim Laaroussi", "OCMW Gent", "aanwezig"],
              ["Ibrahim Aguelmin", "OCMW Luik", "aanwezig"],
              ["Ozlem Baslari", "OCMW Charleroi", "aanwezig"],
              ["Agnès Dubus", "OCMW Brussel", "aanwezig"],
              ["Tine Van den Broeck", "Agentschap Integratie en Inburgering", "aanwezig"],
              ["Youssef El Amrani", "tolk FR-NL", "aanwezig"],
              ["Anja Verstraete", "tolk FR-NL", "aanwezig"],
              ["Mieke De Roo", "OCMW Gent", "verontschuldigd"],
              ["Silvia Soares", "OCMW Luik", "verontschuldigd"],
              ["Griet Van Looy", "OCMW Mortsel", "verontschuldigd"]],
          widths=[5, 7.5, 3.5], size=10, shade_header="D9E2F3")
    para(d, "")
    para(d, "Agenda", bold=True)
    table(d, [["Tijdstip", "Onderwerp", "Wie"],
              ["09:30 - 10:00", "Onthaal en koffie", ""],
              ["10:00 - 10:30", "Voorstelling project Ankerpunt (OCMW Antwerpen en partners)",
               "Kathleen, Nauar"],
              ["10:30 - 11:15", "Stand van zaken per OCMW", "alle OCMW’s"],
              ["11:15 - 12:00", "Samenwerking met het Agentschap Integratie en Inburgering",
               "Tine Van den Broeck"],
              ["12:00 - 13:00", "Lunch", ""],
              ["13:00 - 14:30", "Werkgroep tevredenheidsenquête", "Jasper"],
              ["14:30 - 15:00", "Varia en afspraken", "Lisa"]],
          widths=[3, 9.5, 3.5], size=10, shade_header="D9E2F3")

    d.add_heading("1. Verwelkoming", level=1)
    para(d, "Kathleen heet iedereen welkom in Antwerpen. Een speciaal woord van dank aan de tolken "
            "Youssef El Amrani en Anja Verstraete, die de hele dag simultaan vertalen (FR-NL), zodat "
            "iedereen in zijn eigen taal kan spreken. Lisa licht kort het doel van de dag toe: elkaars "
            "werking leren kennen en concrete afspraken maken rond de tevredenheidsenquête, die door "
            "alle OCMW’s als te moeilijk ervaren wordt.")

    d.add_heading("2. Voorstelling project Ankerpunt", level=1)
    para(d, "Ankerpunt richt zich op nieuwkomers met een leefloon die nog geen inburgeringstraject "
            "volgen of die hun traject afgerond hebben zonder verdere stappen naar werk of opleiding. "
            "Het project rust op drie pijlers: individuele trajectbegeleiding (om de twee weken), "
            "groepsmodules (taalactivering, digitale vaardigheden, wegwijs in Antwerpen) en een "
            "maandelijkse uitstap. De partner-OCMW’s Schoten en Edegem sturen hun deelnemers naar de "
            "groepsmodules in Antwerpen; Mortsel start pas in het voorjaar.")
    para(d, "Els geeft aan dat de verplaatsing voor de deelnemers uit Schoten een echte drempel blijft. "
            "Ze krijgen nu een busabonnement via het project, maar sommige deelnemers durven de bus "
            "niet alleen te nemen. Bart bevestigt dit voor Edegem.")

    d.add_heading("3. Stand van zaken per OCMW", level=1)
    d.add_heading("3.1 Gent", level=2)
    para(d, "Johan: 38 deelnemers in traject, 12 hebben een module afgerond. Het grootste probleem blijft "
            "de wachtlijst voor de lessen Nederlands als tweede taal. Ibrahim L. vertelt hoe de "
            "intercultureel bemiddelaars als sociaal tolk ingezet worden tijdens de intake; dat "
            "verlaagt de drempel enorm.")
    d.add_heading("3.2 Luik", level=2)
    para(d, "Ibrahim A. toont een filmpje van het creatief atelier van Frederic Darras. De drie "
            "contracten (maatschappelijk werker, intake, moduleverantwoordelijke) werken goed om "
            "aanwezigheid en stiptheid op te volgen. Luik wil hun fiche voor de oriëntatiebalans graag "
            "delen, maar die bestaat enkel in het Frans.")
    d.add_heading("3.3 Charleroi", level=2)
    para(d, "Ozlem: module 2 loopt. Op de infosessies kwamen 60 van de 199 uitgenodigden opdagen "
            "(30 %), iets minder dan bij module 1. Het is moeilijk om de groepen in evenwicht te houden "
            "tussen oude en nieuwe deelnemers.")
    d.add_heading("3.4 Brussel", level=2)
    para(d, "Agnès: het team is nu volledig. De eerste groep is in januari gestart met 14 deelnemers.")
    d.add_heading("3.5 Antwerpen en partner-OCMW’s", level=2)
    para(d, "Zie punt 2. Jasper vult aan dat de aanmeldingen via de sociale centra traag op gang komen; "
            "het infomoment voor de maatschappelijk werkers in januari leverde nog weinig aanmeldingen "
            "op.")

    d.add_heading("4. Samenwerking met het Agentschap Integratie en Inburgering", level=1)
    para(d, "Tine Van den Broeck geeft uitleg over het inburgeringstraject: cursus maatschappelijke "
            "oriëntatie, Nederlands als tweede taal en loopbaanoriëntatie, met een trajectbegeleider "
            "van het Agentschap. Bij gemeenschappelijke klanten is afstemming nodig, zodat de "
            "deelnemers niet twee keer dezelfde vragen krijgen. Vraag van Luik en Charleroi: bestaat er "
            "iets vergelijkbaars in Wallonië? Ja, het parcours d’intégration van het Waals Gewest, via "
            "de regionale integratiecentra.")

    d.add_heading("5. Werkgroep tevredenheidsenquête", level=1)
    para(d, "De huidige enquête is voor veel deelnemers te abstract: woorden als ‘relevantie’ of "
            "‘verwachtingen’ worden niet begrepen en de antwoordschaal van 1 tot 5 is verwarrend. "
            "Ideeën uit de werkgroep: smileys in plaats van cijfers, korte vragen in de ik-vorm, de "
            "vragen mondeling overlopen met een tolk, en vertalingen in meer talen. Zie actiepunten "
            "voor de verdere stappen.")

    d.add_heading("6. Varia", level=1)
    para(d, "Lisa geeft mee dat de verantwoordelijke autoriteit de timing van het tussentijds rapport "
            "AMIF nog niet bevestigd heeft. "
            "De tolkkosten voor vandaag werden gedragen door OCMW Antwerpen; het is nog niet duidelijk "
            "of het POD die in de toekomst kan overnemen.")

    d.add_heading("7. Actiepunten", level=1)
    table(d, [["Actie", "Wie", "Deadline"],
              ["Presentatie en filmpje van vandaag doorsturen naar alle deelnemers", "Kathleen",
               "15/02/2018"],
              ["Eerste versie tevredenheidsenquête in eenvoudig Nederlands en Frans", "Nauar en Jasper",
               "eind maart"],
              ["Contactgegevens trajectbegeleiders Agentschap bezorgen aan de partner-OCMW’s",
               "Tine (Agentschap)", "28/02/2018"],
              ["Instroomcijfers 2017 doorgeven aan het POD", "alle OCMW’s", "01/03/2018"],
              ["Nagaan of het POD de tolkkosten kan dragen", "POD MI", "z.s.m."],
              ["Datum en locatie volgende bijeenkomst voorstellen", "OCMW Charleroi", "april"],
              ["Fiche oriëntatiebalans van Luik vertalen naar het Nederlands", "nog te bepalen", "/"]],
          widths=[10, 3.5, 2.5], size=10, shade_header="D9E2F3")
    para(d, "")
    para(d, "Aanvulling van Brussel bij punt 3.4 volgt nog.", italic=True)

    expected = {
        "file": fname,
        "languages": ["nl"],
        "online": False,
        "interpretation": True,
        "date": "2018-02-08",
        "people": [
            ["Kathleen Verbruggen", "Present", "ANTWERPEN"],
            ["Nauar Elfargani", "Present", "ANTWERPEN"],
            ["Jasper Peeters", "Present", "ANTWERPEN"],
            ["Els Mertens", "Present", "SCHOTEN"],
            ["Bart Wuyts", "Present", "EDEGEM"],
            ["Lisa Asselman", "Present", "SPP"],
            ["Johan Maekelberg", "Present", "GENT"],
            ["Ibrahim Laaroussi", "Present", "GENT"],
            ["Ibrahim Aguelmin", "Present", "LIEGE"],
            ["Ozlem Baslari", "Present", "CHARLEROI"],
            ["Agnès Dubus", "Present", "BRUXELLES"],
            ["Tine Van den Broeck", "Present", None],
            ["Youssef El Amrani", "Present", None],
            ["Anja Verstraete", "Present", None],
            ["Mieke De Roo", "Excused", "GENT"],
            ["Silvia Soares", "Excused", "LIEGE"],
            ["Griet Van Looy", "Excused", "MORTSEL"],
        ],
        "agenda": [
            ["09:30", "10:00", "Onthaal en koffie"],
            ["10:00", "10:30", "Voorstelling project Ankerpunt (OCMW Antwerpen en partners)"],
            ["10:30", "11:15", "Stand van zaken per OCMW"],
            ["11:15", "12:00", "Samenwerking met het Agentschap Integratie en Inburgering"],
            ["12:00", "13:00", "Lunch"],
            ["13:00", "14:30", "Werkgroep tevredenheidsenquête"],
            ["14:30", "15:00", "Varia en afspraken"],
        ],
        "headings": [
            ["1", "Verwelkoming"],
            ["2", "Voorstelling project Ankerpunt"],
            ["3", "Stand van zaken per OCMW"],
            ["3.1", "Gent"],
            ["3.2", "Luik"],
            ["3.3", "Charleroi"],
            ["3.4", "Brussel"],
            ["3.5", "Antwerpen en partner-OCMW’s"],
            ["4", "Samenwerking met het Agentschap Integratie en Inburgering"],
            ["5", "Werkgroep tevredenheidsenquête"],
            ["6", "Varia"],
            ["7", "Actiepunten"],
        ],
        "actions": [
            ["Network Contact", ["Kathleen Verbruggen"], None,
             "Presentatie en filmpje van vandaag doorsturen"],
            ["Several Network Contacts", ["Nauar Elfargani", "Jasper Peeters"], None,
             "Eerste versie tevredenheidsenquête in eenvoudig"],
            ["Network Contact", ["Tine Van den Broeck"], None,
             "Contactgegevens trajectbegeleiders Agentschap bezorgen aan"],
            ["CPAS", [], None, "Instroomcijfers 2017 doorgeven aan het POD"],
            ["SPP", [], None, "Nagaan of het POD de tolkkosten"],
            ["CPAS", [], "CHARLEROI", "Datum en locatie volgende bijeenkomst voorstellen"],
            ["To Be Assigned", [], None, "Fiche oriëntatiebalans van Luik vertalen"],
        ],
        "next_meeting": None,
        "remarks": ["Aanvulling van Brussel bij punt 3.4 volgt nog."],
    }
    save(d, fname, expected)


# =========================================================================== 54 (Antwerpen)
def r54():
    fname = "54_antwerpen_netwerkdag_schoten_okt_2023.docx"
    d = new_doc("Calibri", 11)
    header_text(d, ["OCMW Antwerpen – AMIF-project Ankerpunt – netwerk OCMW’s"], size=8, align="right")
    para(d, "Verslag netwerkdag AMIF – OCMW’s en POD MI", style="Title")
    table(d, [["Datum", "donderdag 12 oktober 2023"],
              ["Plaats", "Sociaal Huis Schoten, Verbertstraat 3, 2900 Schoten"],
              ["Tijd", "van 10 tot 15 uur"],
              ["Verslag", "Kathleen Verbruggen (OCMW Antwerpen)"]], header=False, widths=[3, 13])
    para(d, "")
    table(d, [["Aanwezig", "Verontschuldigd"],
              ["Kathleen Verbruggen – OCMW Antwerpen", "Nauar Elfargani – OCMW Antwerpen"],
              ["Hanne Goossens – OCMW Antwerpen", "Ibrahim Aguelmin – CPAS Luik"],
              ["Els Mertens – OCMW Schoten", "Catherine Leroy – OCMW Brussel"],
              ["Bart Wuyts – OCMW Edegem", "Véronique Delplanque – CPAS Binche"],
              ["Griet Van Looy – OCMW Mortsel", ""],
              ["Sarah Ben Haddou – POD MI", ""],
              ["Koen Wouters – POD MI", ""],
              ["Lotte Claeys – OCMW Gent", ""],
              ["Wouter Van Damme – OCMW Gent", ""],
              ["Nathalie Pirard – CPAS Luik", ""],
              ["Malika Hamdaoui – CPAS Charleroi", ""],
              ["Mehdi Bouzid – OCMW Brussel", ""]],
          widths=[8, 8], size=10, shade_header="E2EFD9")
    para(d, "")
    para(d, "Agenda", bold=True, space_after=2)
    for line in ["van 10 tot 10.30 uur: welkom en voorstelling Sociaal Huis Schoten",
                 "van 10.30 tot 12 uur: nieuwe AMIF-programmatie en gemeenschappelijke indicatoren",
                 "van 12 tot 13 uur: broodjeslunch",
                 "van 13 tot 14.30 uur: bewaartermijnen, GDPR en inzageverzoeken",
                 "van 14.30 tot 15 uur: varia en afspraken"]:
        para(d, line, style="List Bullet", space_after=0)

    d.add_heading("Welkom in Schoten", level=1)
    para(d, "Els verwelkomt ons in het nieuwe Sociaal Huis, waar sinds de zomer alle sociale diensten "
            "van de gemeente en het OCMW samen zitten. De deelnemers van Schoten volgen nog steeds de "
            "groepsmodules in Antwerpen, maar de individuele begeleiding gebeurt nu hier, wat de drempel "
            "sterk verlaagt.")
    para(d, "Er was deze keer geen tolk: de Franstalige collega’s volgden in het Nederlands en de "
            "presentaties waren tweetalig. Dank aan Nathalie, Malika en Mehdi voor hun inspanning!")

    d.add_heading("Nieuwe AMIF-programmatie", level=1)
    para(d, "Sarah licht de stand van zaken toe. De projecten lopen in de nieuwe programmatie tot "
            "31 december 2025, met een mogelijke verlenging. De rapportering gebeurt voortaan jaarlijks, "
            "op basis van de gemeenschappelijke indicatoren van Verordening (EU) 2021/1147. Het POD "
            "verzamelt de cijfers van de OCMW’s en rapporteert ze aan de verantwoordelijke autoriteit.")
    d.add_heading("Gemeenschappelijke indicatoren", level=2)
    para(d, "Outputindicatoren: het aantal deelnemers aan ondersteunende activiteiten, opgesplitst in "
            "taalcursus, maatschappelijke oriëntatie en persoonlijke professionele begeleiding. "
            "Resultaatindicatoren: het aantal deelnemers aan een taalcursus dat minstens één ERK-niveau "
            "gestegen is, en het aantal deelnemers dat aangeeft dat de activiteit hun integratie heeft "
            "geholpen.")
    para(d, "Discussie: hoe meet je het ERK-niveau bij deelnemers die nooit getest werden? Gent gebruikt "
            "de testen van het Huis van het Nederlands; Luik en Charleroi werken met de "
            "positioneringstesten van hun partners voor Frans als vreemde taal. Het POD vraagt geen "
            "namen, enkel aantallen per OCMW.")

    d.add_heading("Bewaartermijnen en GDPR", level=1)
    para(d, "Koen geeft een overzicht. Documenten van een AMIF-project worden vijf jaar bewaard vanaf "
            "31 december van het jaar van de laatste betaling (Verordening (EU) 2021/1060, art. 82). "
            "Persoonsgegevens mogen niet langer bewaard worden dan nodig (AVG art. 5.1.e). Dat is niet "
            "altijd makkelijk te combineren: het projectdossier moet bewaard blijven, maar de gevoelige "
            "gegevens over de deelnemers (nationaliteit, gezondheid, gezinssituatie) moeten zo beperkt "
            "mogelijk blijven.")
    para(d, "Mortsel bewaart vandaag de volledige intakeformulieren, inclusief informatie over de "
            "gezondheid van de deelnemers. Griet zal de vraag rond de bewaartermijn van papieren "
            "dossiers voorleggen aan de DPO van haar OCMW. Deelnemers kunnen ook vragen om alles in te "
            "kijken wat over hen bewaard wordt (art. 15 AVG); geen enkel OCMW heeft daar al een "
            "procedure voor.")

    d.add_heading("Varia", level=1)
    para(d, "Mehdi: de projectwerking van het OCMW Brussel verhuist in januari naar een nieuwe locatie "
            "in de Marollen. Lotte: Gent zoekt nog een animator voor het atelier digitale vaardigheden; "
            "wie een goed profiel kent, mag het laten weten.")

    d.add_heading("Actiepunten", level=1)
    table(d, [["Actie", "Wie", "Deadline"],
              ["Overzichtstabel indicatoren per OCMW aanvullen", "alle OCMW’s", "15/11/2023"],
              ["Sjabloon jaarlijks indicatorenrapport rondsturen", "POD (Sarah)", "31/10/2023"],
              ["Nota bewaartermijnen juridisch laten nakijken", "Koen Wouters", "december 2023"],
              ["Intakeformulier aanpassen: enkel noodzakelijke gegevens bewaren", "OCMW Mortsel",
               "01/12/2023"],
              ["Gezamenlijke procedure voor inzageverzoeken uitwerken", "Hanne, Lotte en Mehdi",
               "volgende netwerkdag"],
              ["Foto’s van de netwerkdag delen op het Teams-kanaal", "Els", "asap"]],
          widths=[9.5, 4, 2.5], size=10, shade_header="E2EFD9")

    d.add_heading("Volgende netwerkdag", level=1)
    para(d, "Donderdag 14 maart 2024 bij OCMW Gent (Onderbergen 86, 9000 Gent)")

    expected = {
        "file": fname,
        "languages": ["nl"],
        "online": False,
        "interpretation": False,
        "date": "2023-10-12",
        "people": [
            ["Kathleen Verbruggen", "Present", "ANTWERPEN"],
            ["Hanne Goossens", "Present", "ANTWERPEN"],
            ["Els Mertens", "Present", "SCHOTEN"],
            ["Bart Wuyts", "Present", "EDEGEM"],
            ["Griet Van Looy", "Present", "MORTSEL"],
            ["Sarah Ben Haddou", "Present", "SPP"],
            ["Koen Wouters", "Present", "SPP"],
            ["Lotte Claeys", "Present", "GENT"],
            ["Wouter Van Damme", "Present", "GENT"],
            ["Nathalie Pirard", "Present", "LIEGE"],
            ["Malika Hamdaoui", "Present", "CHARLEROI"],
            ["Mehdi Bouzid", "Present", "BRUXELLES"],
            ["Nauar Elfargani", "Excused", "ANTWERPEN"],
            ["Ibrahim Aguelmin", "Excused", "LIEGE"],
            ["Catherine Leroy", "Excused", "BRUXELLES"],
            ["Véronique Delplanque", "Excused", "BINCHE"],
        ],
        "agenda": [
            ["10:00", "10:30", "welkom en voorstelling Sociaal Huis Schoten"],
            ["10:30", "12:00", "nieuwe AMIF-programmatie en gemeenschappelijke indicatoren"],
            ["12:00", "13:00", "broodjeslunch"],
            ["13:00", "14:30", "bewaartermijnen, GDPR en inzageverzoeken"],
            ["14:30", "15:00", "varia en afspraken"],
        ],
        "headings": [
            ["", "Welkom in Schoten"],
            ["", "Nieuwe AMIF-programmatie"],
            ["", "Gemeenschappelijke indicatoren"],
            ["", "Bewaartermijnen en GDPR"],
            ["", "Varia"],
            ["", "Actiepunten"],
            ["", "Volgende netwerkdag"],
        ],
        "actions": [
            ["Network Contact", ["Griet Van Looy"], None, "Griet zal de vraag rond de bewaartermijn"],
            ["CPAS", [], None, "Overzichtstabel indicatoren per OCMW aanvullen"],
            ["Network Contact", ["Sarah Ben Haddou"], None, "Sjabloon jaarlijks indicatorenrapport rondsturen"],
            ["Network Contact", ["Koen Wouters"], None, "Nota bewaartermijnen juridisch laten nakijken"],
            ["CPAS", [], "MORTSEL", "Intakeformulier aanpassen: enkel noodzakelijke gegevens"],
            ["Several Network Contacts", ["Hanne Goossens", "Lotte Claeys", "Mehdi Bouzid"], None,
             "Gezamenlijke procedure voor inzageverzoeken uitwerken"],
            ["Network Contact", ["Els Mertens"], None, "Foto’s van de netwerkdag delen"],
        ],
        "next_meeting": {
            "date": "2024-03-14",
            "text": "Donderdag 14 maart 2024 bij OCMW Gent (Onderbergen 86, 9000 Gent)",
        },
        "remarks": [],
    }
    save(d, fname, expected)


# =========================================================================== 55 (SPP)
def r55():
    fname = "55_spp_rencontre_cpas_octobre_2019.docx"
    d = new_doc("Calibri", 11)
    header_text(d, ["POD | Maatschappelijke Integratie", "SPP | Intégration Sociale"], size=9)
    footer_text(d, ["Naar een geïntegreerd migratiebeleid, dankzij het AMIF – "
                    "Vers une politique de migration plus intégrée, grâce au FAMI"])
    para(d, "Verslag bijeenkomst OCMW’s – Rapport rencontre CPAS", style="Title")
    para(d, "AMIF – FAMI 17 oktober 2019 – 17 octobre 2019", bold=True)
    para(d, "POD Maatschappelijke Integratie, Koning Albert II-laan 30, 1000 Brussel – zaal Ensor / "
            "SPP Intégration Sociale, boulevard du Roi Albert II 30, 1000 Bruxelles – salle Ensor")
    para(d, "Aanwezig / Présents :", bold=True, space_after=2)
    for line in ["Lisa Asselman (POD MI – SPP IS)",
                 "Pieter Vanhoutte (POD MI – SPP IS)",
                 "Johan Maekelberg, Mieke De Roo (OCMW Gent – CPAS Gand)",
                 "Ibrahim Aguelmin, Claudine Gbambili (OCMW Luik – CPAS Liège)",
                 "Ozlem Baslari, Grégory Dutrieux (OCMW Charleroi – CPAS Charleroi)",
                 "Véronique Delplanque (OCMW Binche – CPAS Binche)",
                 "Nauar Elfargani, Kathleen Verbruggen (OCMW Antwerpen – CPAS Anvers)",
                 "Agnès Dubus (OCMW Brussel – CPAS Bruxelles)",
                 "Marc Debruyne (Fedasil)",
                 "Olga Petrenko, Hilde Claes (tolken – interprètes)"]:
        para(d, line, style="List Bullet", space_after=0)
    para(d, "Verontschuldigd / Excusés :", bold=True, space_after=2)
    for line in ["Silvia Soares (OCMW Luik – CPAS Liège)",
                 "Ibrahim Laaroussi (OCMW Gent – CPAS Gand)",
                 "Els Mertens (OCMW Schoten – CPAS Schoten)"]:
        para(d, line, style="List Bullet", space_after=0)
    para(d, "")
    para(d, "Agenda / Ordre du jour", bold=True, space_after=2)
    for line in ["9.30 u\tOnthaal met koffie / Accueil café",
                 "10.00 u\tInleiding en stand van zaken AMIF / Introduction et état des lieux FAMI",
                 "10.30 u\tRondetafel per OCMW / Tour de table par CPAS",
                 "12.00 u\tLunch",
                 "13.00 u\tFedasil: doorverwijzing van nieuwkomers / Fedasil : orientation des primo-arrivants",
                 "14.00 u\tTevredenheidsenquête / Enquête de satisfaction",
                 "15.00 u\tAfsluiting / Clôture"]:
        p = para(d, line, space_after=0)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(2))

    d.add_heading("1. Inleiding – Introduction", level=1)
    para(d, "Lisa Asselman verwelkomt de deelnemers in de lokalen van het POD. De vergadering wordt "
            "simultaan getolkt door Olga Petrenko en Hilde Claes. Lisa geeft een stand van zaken: de "
            "huidige projecten lopen tot eind 2020; het POD bereidt samen met de verantwoordelijke "
            "autoriteit de volgende programmatie voor. Ze herinnert eraan dat het POD nooit namen van "
            "deelnemers vraagt: elk OCMW blijft eigenaar van de gegevens van zijn deelnemers.")
    para(d, "Lisa Asselman accueille les participants dans les locaux du SPP. La réunion bénéficie d’une "
            "interprétation simultanée assurée par Olga Petrenko et Hilde Claes. Lisa fait le point : "
            "les projets actuels courent jusqu’à fin 2020 ; le SPP prépare avec l’autorité responsable "
            "la prochaine programmation. Elle rappelle que le SPP ne demande jamais le nom des "
            "participants : chaque CPAS reste propriétaire des données de ses participants.")

    d.add_heading("2. Rondetafel – Tour de table", level=1)
    d.add_heading("2.1 Gent – Gand", level=2)
    para(d, "Kompas telt dit jaar 46 deelnemers. De groepsmodule ‘Wegwijs in Gent’ (wonen, mobiliteit, "
            "bank en verzekeringen) wordt sinds september in kleinere groepen gegeven, met een "
            "intercultureel bemiddelaar erbij. Johan merkt op dat de combinatie met de lessen NT2 "
            "moeilijk blijft omdat de lesuren vaak wijzigen.")
    para(d, "Kompas compte cette année 46 participants. Le module collectif « Wegwijs in Gent » "
            "(logement, mobilité, banque et assurances) est donné depuis septembre en plus petits "
            "groupes, avec un médiateur interculturel. Johan fait remarquer que la combinaison avec les "
            "cours de néerlandais reste difficile car les horaires changent souvent.")
    d.add_heading("2.2 Luik – Liège", level=2)
    para(d, "Na de netwerkdag van mei in Luik is Mod’Actions gestart met een nieuw atelier ‘projet’ "
            "voor deelnemers die dicht bij een opleiding of werk staan. Claudine voert nu alle "
            "intakegesprekken en stelt de oriëntatiebalans op.")
    para(d, "Après la rencontre de mai à Liège, Mod’Actions a lancé un nouvel atelier « réalisation de "
            "projet » pour les participants proches d’une formation ou d’un emploi. Claudine mène "
            "désormais tous les entretiens d’admission et rédige le bilan d’orientation.")
    d.add_heading("2.3 Charleroi en/et Binche", level=2)
    para(d, "Binche is sinds januari partner van Charleroi. Véronique: 12 deelnemers uit Binche volgen "
            "de collectieve coaching in Charleroi, de individuele opvolging gebeurt in Binche. Grégory "
            "stelt de cijfers van de mobilisatie voor module 3 voor.")
    para(d, "Binche est partenaire de Charleroi depuis janvier. Véronique : 12 participants de Binche "
            "suivent le coaching collectif à Charleroi, le suivi individuel se fait à Binche. Grégory "
            "présente les chiffres de mobilisation du module 3.")
    d.add_heading("2.4 Antwerpen – Anvers", level=2)
    para(d, "Ankerpunt werkt nu met drie partner-OCMW’s (Schoten, Edegem, Mortsel). Nauar en Kathleen "
            "stellen de eerste versie van de vereenvoudigde tevredenheidsenquête voor, met smileys.")
    para(d, "Ankerpunt travaille maintenant avec trois CPAS partenaires (Schoten, Edegem, Mortsel). "
            "Nauar et Kathleen présentent la première version de l’enquête de satisfaction simplifiée, "
            "avec des smileys.")
    d.add_heading("2.5 Brussel – Bruxelles", level=2)
    para(d, "Twee groepen lopen parallel, een Franstalige en een Nederlandstalige. Agnès wijst op het "
            "belang van de maandelijkse socio-culturele uitstappen voor de groepsgeest.")
    para(d, "Deux groupes fonctionnent en parallèle, un francophone et un néerlandophone. Agnès souligne "
            "l’importance des sorties socioculturelles mensuelles pour l’esprit de groupe.")

    d.add_heading("3. Fedasil – doorverwijzing / orientation", level=1)
    para(d, "Marc Debruyne legt uit hoe de overgang van een opvangcentrum naar het OCMW verloopt na de "
            "erkenning: de bewoners hebben twee maanden om het centrum te verlaten, wat vaak te kort "
            "is om een woning te vinden. Een betere doorverwijzing naar de AMIF-projecten kan helpen om "
            "nieuwkomers sneller te bereiken.")
    para(d, "Marc Debruyne explique comment se passe la transition d’un centre d’accueil vers le CPAS "
            "après la reconnaissance : les résidents ont deux mois pour quitter le centre, ce qui est "
            "souvent trop court pour trouver un logement. Une meilleure orientation vers les projets "
            "FAMI pourrait aider à toucher les primo-arrivants plus tôt.")

    d.add_heading("4. Tevredenheidsenquête – Enquête de satisfaction", level=1)
    para(d, "De resultaten tonen een hoge tevredenheid (gemiddeld 4,2 op 5), maar veel vragen bleven "
            "open en de antwoorden lijken vaak sociaal wenselijk. Alle OCMW’s vragen een kortere versie "
            "in eenvoudige taal en in meer talen.")
    para(d, "Les résultats montrent une satisfaction élevée (4,2 sur 5 en moyenne), mais beaucoup de "
            "questions sont restées sans réponse et les réponses semblent souvent socialement "
            "désirables. Tous les CPAS demandent une version plus courte, en langage simple et en plus "
            "de langues.")

    d.add_heading("5. Actiepunten – Points d’action", level=1)
    for line in ["Het POD bezorgt vóór eind november een nieuwe versie van de tevredenheidsenquête in "
                 "eenvoudige taal. / Le SPP fournira avant fin novembre une nouvelle version de "
                 "l’enquête de satisfaction en langage simple.",
                 "Marc Debruyne bezorgt de contactlijst van de opvangcentra aan Lisa. / Marc Debruyne "
                 "transmet la liste de contacts des centres d’accueil à Lisa.",
                 "Elk OCMW test de nieuwe enquête bij minstens tien deelnemers. / Chaque CPAS teste la "
                 "nouvelle enquête auprès d’au moins dix participants.",
                 "Grégory en Véronique schrijven een korte nota over de samenwerking Charleroi-Binche. / "
                 "Grégory et Véronique rédigent une courte note sur la collaboration Charleroi-Binche.",
                 "OCMW Gent zoekt een zaal voor de volgende bijeenkomst. / Le CPAS de Gand cherche une "
                 "salle pour la prochaine rencontre."]:
        para(d, line, style="List Bullet")

    d.add_heading("6. Volgende bijeenkomst – Prochaine rencontre", level=1)
    para(d, "Donderdag 13 februari 2020 in Gent – jeudi 13 février 2020 à Gand.")

    expected = {
        "file": fname,
        "languages": ["nl", "fr"],
        "online": False,
        "interpretation": True,
        "date": "2019-10-17",
        "people": [
            ["Lisa Asselman", "Present", "SPP"],
            ["Pieter Vanhoutte", "Present", "SPP"],
            ["Johan Maekelberg", "Present", "GENT"],
            ["Mieke De Roo", "Present", "GENT"],
            ["Ibrahim Aguelmin", "Present", "LIEGE"],
            ["Claudine Gbambili", "Present", "LIEGE"],
            ["Ozlem Baslari", "Present", "CHARLEROI"],
            ["Grégory Dutrieux", "Present", "CHARLEROI"],
            ["Véronique Delplanque", "Present", "BINCHE"],
            ["Nauar Elfargani", "Present", "ANTWERPEN"],
            ["Kathleen Verbruggen", "Present", "ANTWERPEN"],
            ["Agnès Dubus", "Present", "BRUXELLES"],
            ["Marc Debruyne", "Present", None],
            ["Olga Petrenko", "Present", None],
            ["Hilde Claes", "Present", None],
            ["Silvia Soares", "Excused", "LIEGE"],
            ["Ibrahim Laaroussi", "Excused", "GENT"],
            ["Els Mertens", "Excused", "SCHOTEN"],
        ],
        "agenda": [
            ["09:30", "", "Onthaal met koffie / Accueil café"],
            ["10:00", "", "Inleiding en stand van zaken AMIF / Introduction et état des lieux FAMI"],
            ["10:30", "", "Rondetafel per OCMW / Tour de table par CPAS"],
            ["12:00", "", "Lunch"],
            ["13:00", "", "Fedasil: doorverwijzing van nieuwkomers / Fedasil : orientation des primo-arrivants"],
            ["14:00", "", "Tevredenheidsenquête / Enquête de satisfaction"],
            ["15:00", "", "Afsluiting / Clôture"],
        ],
        "headings": [
            ["1", "Inleiding – Introduction"],
            ["2", "Rondetafel – Tour de table"],
            ["2.1", "Gent – Gand"],
            ["2.2", "Luik – Liège"],
            ["2.3", "Charleroi en/et Binche"],
            ["2.4", "Antwerpen – Anvers"],
            ["2.5", "Brussel – Bruxelles"],
            ["3", "Fedasil – doorverwijzing / orientation"],
            ["4", "Tevredenheidsenquête – Enquête de satisfaction"],
            ["5", "Actiepunten – Points d’action"],
            ["6", "Volgende bijeenkomst – Prochaine rencontre"],
        ],
        "actions": [
            ["SPP", [], None, "Het POD bezorgt vóór eind november"],
            ["Network Contact", ["Marc Debruyne"], None, "Marc Debruyne bezorgt de contactlijst"],
            ["CPAS", [], None, "Elk OCMW test de nieuwe enquête"],
            ["Several Network Contacts", ["Grégory Dutrieux", "Véronique Delplanque"], None,
             "Grégory en Véronique schrijven een korte nota"],
            ["CPAS", [], "GENT", "OCMW Gent zoekt een zaal"],
        ],
        "next_meeting": {
            "date": "2020-02-13",
            "text": "Donderdag 13 februari 2020 in Gent – jeudi 13 février 2020 à Gand.",
        },
        "remarks": [],
    }
    save(d, fname, expected)


# =========================================================================== 56 (SPP)
def r56():
    fname = "56_spp_reunion_webex_fevrier_2025.docx"
    d = new_doc("Calibri", 11)
    header_text(d, ["SPP Intégration Sociale | POD Maatschappelijke Integratie",
                    "Réseau FAMI des CPAS – réunion en ligne (Webex)"], size=9)
    footer_text(d, ["Vers une politique de migration plus intégrée, grâce au FAMI – "
                    "Naar een geïntegreerd migratiebeleid, dankzij het AMIF"])
    heading_numbering(d)
    para(d, "Rapport de la réunion du réseau FAMI des CPAS", style="Title")
    para(d, "Jeudi 6 février 2025, 9h30-12h30 – Webex", bold=True)
    para(d, "Rédaction : Lisa Asselman (SPP IS)", italic=True)
    para(d, "Participants / Deelnemers", bold=True, space_after=2)
    table(d, [["Organisation", "Présents", "Excusés"],
              ["SPP IS", "Lisa Asselman, Sarah Ben Haddou, Koen Wouters", "–"],
              ["CPAS de Gand", "Lotte Claeys, Wouter Van Damme", "–"],
              ["CPAS de Liège", "Nathalie Pirard, Ibrahim Aguelmin", "Frederic Darras"],
              ["CPAS de Charleroi", "Malika Hamdaoui, Fabienne Lambot", "–"],
              ["CPAS de Binche", "Véronique Delplanque", "–"],
              ["CPAS d’Anvers", "Hanne Goossens", "Kathleen Verbruggen"],
              ["CPAS d’Edegem", "Bart Wuyts", "–"],
              ["CPAS de Mortsel", "–", "Griet Van Looy"],
              ["CPAS de Bruxelles", "Mehdi Bouzid, Catherine Leroy, Sofie Janssens", "–"],
              ["Interprètes", "Olga Petrenko, Pieter-Jan Hermans", "–"]],
          widths=[4, 8, 4], size=10, shade_header="DEEAF6")
    para(d, "")
    para(d, "Ordre du jour", bold=True, space_after=2)
    nid = new_list(d, "List Number")
    for line in ["9h30 – 9h45 : Accueil et consignes techniques (Webex, interprétation)",
                 "9h45 – 10h30 : Rapportage annuel : indicateurs communs 2024",
                 "10h30 – 11h15 : Conservation des documents et RGPD",
                 "11h15 – 11h30 : Pause",
                 "11h30 – 12h15 : Enquête de satisfaction multilingue",
                 "12h15 – 12h30 : Divers et prochaine réunion"]:
        p = para(d, line, style="List Number", space_after=0)
        set_num(p, nid)

    d.add_heading("Accueil et consignes techniques", level=1)
    para(d, "Lisa Asselman ouvre la réunion et rappelle les consignes : micro coupé, caméra si possible, "
            "questions dans le chat. L’interprétation simultanée FR-NL est assurée par Olga Petrenko et "
            "Pieter-Jan Hermans ; chacun choisit son canal de langue via l’icône « Interprétation » en "
            "bas de l’écran. Quelques collègues ont eu des difficultés de connexion au début, résolues "
            "en quelques minutes.")

    d.add_heading("Rapportage annuel 2024", level=1)
    para(d, "Sarah Ben Haddou présente le modèle de rapportage annuel 2024. Les CPAS rapportent les "
            "indicateurs communs du règlement (UE) 2021/1147 ; le SPP les consolide et les transmet à "
            "l’autorité responsable. Aucune donnée nominative n’est demandée : uniquement des nombres "
            "par CPAS.")
    d.add_heading("Indicateurs de réalisation", level=2)
    para(d, "Nombre de participants aux activités de soutien, ventilé en cours de langue, orientation "
            "civique et accompagnement professionnel personnalisé. Un participant qui suit plusieurs "
            "activités est compté dans chacune, mais une seule fois dans le total. Chiffres provisoires : "
            "Gand 61, Liège 48, Charleroi et Binche 73, Anvers et partenaires 55.")
    d.add_heading("Indicateurs de résultat", level=2)
    para(d, "Participants à un cours de langue ayant progressé d’au moins un niveau du CECR ; "
            "participants déclarant que l’activité les a aidés à s’intégrer. Pour ce second indicateur, "
            "la question figure désormais dans l’enquête de satisfaction (voir point 4). Malika "
            "Hamdaoui demande comment compter la progression des participants en alphabétisation, qui "
            "n’atteignent pas encore le niveau A1 : la question reste ouverte.")

    d.add_heading("Conservation des documents et RGPD", level=1)
    para(d, "Koen Wouters rappelle les règles : les documents d’une opération financée par le fonds sont "
            "conservés cinq ans à partir du 31 décembre de l’année du dernier paiement (règlement (UE) "
            "2021/1060, article 82) ; les données à caractère personnel ne sont pas conservées plus "
            "longtemps que nécessaire (RGPD, article 5, paragraphe 1, e) ; toute personne peut demander "
            "à voir l’ensemble des données détenues à son sujet (RGPD, article 15). Pour les projets de "
            "la programmation 2014-2020 dont le dernier paiement a eu lieu en 2023, les dossiers doivent "
            "donc être conservés jusqu’au 31 décembre 2028.")
    para(d, "Plusieurs CPAS signalent qu’ils n’ont pas de procédure pour répondre à une demande d’accès "
            "d’un participant ; les dossiers sont souvent répartis entre l’antenne sociale et l’équipe "
            "du projet.")

    d.add_heading("Enquête de satisfaction multilingue", level=1)
    para(d, "La version multilingue de l’enquête (français, néerlandais, anglais, arabe, dari, tigrinya, "
            "ukrainien, turc) est prête, avec des pictogrammes et des questions courtes. Une version "
            "audio est en test à Charleroi et à Anvers : le participant écoute la question dans sa "
            "langue et répond en touchant un smiley sur une tablette.")

    d.add_heading("Divers", level=1)
    para(d, "Le CPAS de Bruxelles a regroupé son équipe FAMI dans les nouveaux locaux de la rue Haute. "
            "Le CPAS de Gand cherche des exemples d’horaires hebdomadaires équilibrés entre anciens et "
            "nouveaux participants.")
    para(d, "Prochaine réunion : à fixer (en présentiel, probablement en juin à Charleroi).")

    d.add_heading("Actions", level=1)
    for line in ["→ SPP : envoyer le modèle de rapportage annuel 2024 aux CPAS pour le 21 février.",
                 "→ Tous les CPAS : compléter les indicateurs de réalisation et de résultat pour le "
                 "14 mars.",
                 "→ CPAS de Liège : partager la version arabe et dari de l’enquête (fichiers Word).",
                 "→ Koen Wouters : vérifier la date du dernier paiement par projet pour fixer la fin de "
                 "la conservation.",
                 "→ Malika Hamdaoui et Hanne Goossens : présenter les résultats du test de la version "
                 "audio.",
                 "→ À désigner : rédiger une procédure commune pour les demandes d’accès (art. 15 RGPD)."]:
        para(d, line, space_after=2, indent=0.5)
    para(d, "")
    para(d, "Le point 2.1 sera complété avec les chiffres du CPAS de Bruxelles dès réception.",
         italic=True, space_after=0)
    para(d, "Les présentations seront ajoutées en annexe à la version définitive du rapport.",
         italic=True)

    h = d.add_heading("Samenvatting in het Nederlands", level=1)
    no_num(h)
    para(d, "Online vergadering via Webex, met simultaanvertaling FR-NL. Sarah Ben Haddou stelde het "
            "sjabloon voor de jaarrapportering 2024 voor: de OCMW’s rapporteren de gemeenschappelijke "
            "indicatoren (aantallen, geen namen). Koen Wouters overliep de bewaartermijnen: vijf jaar "
            "vanaf 31 december van het jaar van de laatste betaling; persoonsgegevens niet langer dan "
            "nodig. De meertalige tevredenheidsenquête is klaar; een audioversie wordt getest in "
            "Charleroi en Antwerpen. De afspraken staan in punt 6. De datum van de volgende vergadering "
            "wordt later vastgelegd.")

    expected = {
        "file": fname,
        "languages": ["fr", "nl"],
        "online": True,
        "interpretation": True,
        "date": "2025-02-06",
        "people": [
            ["Lisa Asselman", "Present", "SPP"],
            ["Sarah Ben Haddou", "Present", "SPP"],
            ["Koen Wouters", "Present", "SPP"],
            ["Lotte Claeys", "Present", "GENT"],
            ["Wouter Van Damme", "Present", "GENT"],
            ["Nathalie Pirard", "Present", "LIEGE"],
            ["Ibrahim Aguelmin", "Present", "LIEGE"],
            ["Malika Hamdaoui", "Present", "CHARLEROI"],
            ["Fabienne Lambot", "Present", "CHARLEROI"],
            ["Véronique Delplanque", "Present", "BINCHE"],
            ["Hanne Goossens", "Present", "ANTWERPEN"],
            ["Bart Wuyts", "Present", "EDEGEM"],
            ["Mehdi Bouzid", "Present", "BRUXELLES"],
            ["Catherine Leroy", "Present", "BRUXELLES"],
            ["Sofie Janssens", "Present", "BRUXELLES"],
            ["Olga Petrenko", "Present", None],
            ["Pieter-Jan Hermans", "Present", None],
            ["Frederic Darras", "Excused", "LIEGE"],
            ["Kathleen Verbruggen", "Excused", "ANTWERPEN"],
            ["Griet Van Looy", "Excused", "MORTSEL"],
        ],
        "agenda": [
            ["09:30", "09:45", "Accueil et consignes techniques (Webex, interprétation)"],
            ["09:45", "10:30", "Rapportage annuel : indicateurs communs 2024"],
            ["10:30", "11:15", "Conservation des documents et RGPD"],
            ["11:15", "11:30", "Pause"],
            ["11:30", "12:15", "Enquête de satisfaction multilingue"],
            ["12:15", "12:30", "Divers et prochaine réunion"],
        ],
        "headings": [
            ["1", "Accueil et consignes techniques"],
            ["2", "Rapportage annuel 2024"],
            ["2.1", "Indicateurs de réalisation"],
            ["2.2", "Indicateurs de résultat"],
            ["3", "Conservation des documents et RGPD"],
            ["4", "Enquête de satisfaction multilingue"],
            ["5", "Divers"],
            ["6", "Actions"],
            ["", "Samenvatting in het Nederlands"],
        ],
        "actions": [
            ["SPP", [], None, "envoyer le modèle de rapportage annuel"],
            ["CPAS", [], None, "compléter les indicateurs de réalisation"],
            ["CPAS", [], "LIEGE", "partager la version arabe et dari"],
            ["Network Contact", ["Koen Wouters"], None, "vérifier la date du dernier paiement"],
            ["Several Network Contacts", ["Malika Hamdaoui", "Hanne Goossens"], None,
             "présenter les résultats du test"],
            ["To Be Assigned", [], None, "rédiger une procédure commune pour"],
        ],
        "next_meeting": {
            "date": None,
            "text": "Prochaine réunion : à fixer (en présentiel, probablement en juin à Charleroi).",
        },
        "remarks": [
            "Le point 2.1 sera complété avec les chiffres du CPAS de Bruxelles dès réception.",
            "Les présentations seront ajoutées en annexe à la version définitive du rapport.",
        ],
    }
    save(d, fname, expected)


# =========================================================================== 57 (Charleroi)
def r57():
    fname = "57_charleroi_reunion_fami_juin_2017.docx"
    d = new_doc("Arial", 10)
    header_text(d, ["CPAS de Charleroi – Service Action Migrants"], size=8)
    para(d, "RÉUNION FAMI DU 29 JUIN 2017", bold=True, align="center", size=13, space_after=0)
    para(d, "Procès-verbal", align="center")
    para(d, "Lieu : CPAS de Charleroi, boulevard Joseph II 13, 6000 Charleroi (salle du 3e étage)",
         space_after=0)
    para(d, "Horaire : 9h30 – 16h", space_after=0)
    para(d, "Rédaction : Fabienne Lambot")
    para(d, "Présents :", bold=True, underline=True, space_after=0)
    for line in ["- Lisa Asselman, SPP Intégration Sociale",
                 "- Johan Maekelberg et Ibrahim Laaroussi, CPAS de Gand",
                 "- Ibrahim Aguelmin et Frederic Darras, CPAS de Liège",
                 "- Ozlem Baslari, Fabienne Lambot et Grégory Dutrieux, CPAS de Charleroi",
                 "- Nauar Elfargani, CPAS d'Anvers",
                 "- Agnès Dubus, CPAS de Bruxelles",
                 "- Salvatore Di Marco, CRIC (Centre Régional d'Intégration de Charleroi)",
                 "- Youssef El Amrani, interprète FR/NL"]:
        para(d, line, space_after=0, indent=0.5)
    para(d, "")
    para(d, "Excusés :", bold=True, underline=True, space_after=0)
    for line in ["- Mieke De Roo, CPAS de Gand",
                 "- Silvia Soares et Claudine Gbambili, CPAS de Liège"]:
        para(d, line, space_after=0, indent=0.5)
    para(d, "")
    para(d, "Ordre du jour :", bold=True, underline=True, space_after=0)
    for line in ["9h30 : Accueil",
                 "10h00 : Présentation du Service Action Migrants et du projet Activ'Up",
                 "11h30 : Le travail de mobilisation du public",
                 "12h30 : Repas",
                 "13h30 : Échange entre CPAS : ce qui marche, ce qu'il faut améliorer",
                 "15h30 : Conclusions et suites"]:
        para(d, line, space_after=0, indent=0.5)
    para(d, "")

    para(d, "1. Accueil", bold=True)
    para(d, "Mme Baslari accueille les participants au nom du CPAS de Charleroi et du Service Action "
            "Migrants. Youssef El Amrani assure l'interprétation pour les collègues néerlandophones "
            "(interprétation consécutive le matin, chuchotée pendant l'échange de l'après-midi).")

    para(d, "2. Présentation du Service Action Migrants", bold=True)
    para(d, "2.1. Public cible et objectifs", bold=True, indent=0.5)
    para(d, "Public cible : toute personne étrangère ou d'origine étrangère qui réside sur le territoire "
            "de Charleroi. Objectifs : accueil, information, intégration et activation sociale. Le "
            "service regroupe :")
    for line in ["- le Point-Info et les entretiens d'information sur le Parcours d'Intégration de la "
                 "Région wallonne ;",
                 "- les cours de FLE (subside PCS) ;",
                 "- les projets « Les enfants Roms sur le chemin de l'école », « École maternelle » et "
                 "« Horizon été » ;",
                 "- la sensibilisation (tolérance, préjugés, réfugiés...) et une formation en "
                 "communication interculturelle pour les agents du CPAS ;",
                 "- une recherche-action avec l'observatoire local de la cohésion sociale."]:
        para(d, line, space_after=0, indent=1.0)
    para(d, "")
    para(d, "2.2. Le projet Activ'Up", bold=True, indent=0.5)
    para(d, "Le projet fonctionne par modules : Module 1 (sept. 2015 – juin 2016), Module 2 (sept. 2016 – "
            "juin 2017) et Module 3 (sept. 2017 – juin 2018). L'objectif est l'émancipation de la "
            "personne, à travers trois axes :")
    for line in ["1) individuel : coaching individuel régulier (1x toutes les 2 semaines), travail autour "
                 "du projet de vie de la personne ;",
                 "2) collectif : ateliers découvertes (1x/semaine), séance d'information (1x/semaine), "
                 "coaching collectif (1x/mois), sorties socio-culturelles ;",
                 "3) suivi social : rendez-vous à la demande."]:
        para(d, line, space_after=0, indent=1.0)
    para(d, "")
    para(d, "Exemple de semaine : lundi et mercredi cours de FLE ; mardi atelier carton, atelier "
            "informatique et atelier sport ; jeudi séance d'information « se débrouiller en Belgique » "
            "et coaching individuel ; vendredi coaching collectif. Les séances d'information abordent "
            "la Belgique et ses institutions, les droits et devoirs du citoyen, les droits sociaux, le "
            "droit de séjour, la mobilité, le logement, la banque et les assurances.")
    para(d, "Les participants d'Activ'Up sont prioritaires pour les cours de FLE organisés au sein du "
            "service via le subside PCS. M. Di Marco (CRIC) précise que les places sont limitées et que "
            "cette priorité pose question aux autres opérateurs.")

    para(d, "3. Le travail de mobilisation", bold=True)
    para(d, "Le travail de mobilisation est primordial :")
    for line in ["- collaboration avec le service social via les Antennes Sociales (rencontre du "
                 "directeur, des managers et des travailleurs de première ligne) ;",
                 "- création d'un listing de bénéficiaires potentiels avec l'observatoire local du CPAS : "
                 "plus de 1000 personnes répertoriées pour les Modules 1 et 2 ;",
                 "- participants retenus par les assistantes sociales : 315 pour le Module 1 et 199 pour "
                 "le Module 2 ;",
                 "- invitation à deux séances d'information : 110 présents sur 315 invités (35 %) pour le "
                 "Module 1, 60 sur 199 (30 %) pour le Module 2."]:
        para(d, line, space_after=0, indent=1.0)
    para(d, "")
    para(d, "M. Maekelberg fait remarquer qu'à Gand, où seuls les travailleurs sociaux orientent les "
            "clients, il y a moins de candidats mais le taux de présence à l'information est plus "
            "élevé. M. Aguelmin confirme la même chose pour Liège.")

    para(d, "4. Échange entre CPAS", bold=True)
    para(d, "a) Ce qui marche", bold=True, indent=0.5)
    for line in ["• faire de l'intensif avec le public : les participants sont là presque tous les jours "
                 "de la semaine et on sent un réel progrès ;",
                 "• les liens qui se créent avec les agents et entre participants ;",
                 "• l'esprit de groupe à la fin du module : les gens sont plus ouverts et certains sont "
                 "prêts à aller vers l'ISP."]:
        para(d, line, space_after=0, indent=1.0)
    para(d, "")
    para(d, "b) Ce qu'il faut améliorer", bold=True, indent=0.5)
    for line in ["• la communication envers les participants (horaires qui changent, cours annulés) ;",
                 "• des horaires équilibrés entre anciens et nouveaux participants ;",
                 "• anticiper les activités, car les procédures administratives sont de plus en plus "
                 "longues ;",
                 "• ne pas imposer d'activités obligatoires sur des sujets sensibles comme la sexualité "
                 "ou les violences conjugales."]:
        para(d, line, space_after=0, indent=1.0)
    para(d, "")

    para(d, "5. Décisions et suites", bold=True)
    for line in ["- Le PowerPoint de la présentation sera envoyé à tous les participants par Fabienne "
                 "Lambot.",
                 "- Envoi au SPP des chiffres de mobilisation des modules 1 et 2 (listing, invitations, "
                 "présences) : à charge de Grégory Dutrieux.",
                 "- Le CPAS de Liège prépare pour la prochaine réunion une présentation de ses trois "
                 "contrats (AS, admission, module).",
                 "- Chaque CPAS réfléchit à une séance d'information commune sur le droit de séjour, à "
                 "discuter en octobre.",
                 "- La question de la priorité aux cours de FLE (subside PCS) sera relayée auprès de la "
                 "Région wallonne par le SPP.",
                 "- Visite du Service Action Migrants pour les collègues de Gand et d'Anvers : à "
                 "organiser, responsable à désigner."]:
        para(d, line, space_after=2, indent=0.5)
    para(d, "")
    para(d, "6. Prochaine réunion", bold=True)
    para(d, "La prochaine réunion aura lieu le jeudi 12 octobre 2017 au CPAS de Bruxelles (à confirmer).")
    para(d, "")
    para(d, "N.B. : le point 4 b) sera complété avec les remarques des collègues d'Anvers, qui doivent "
            "encore nous les envoyer.", size=9)

    expected = {
        "file": fname,
        "languages": ["fr"],
        "online": False,
        "interpretation": True,
        "date": "2017-06-29",
        "people": [
            ["Lisa Asselman", "Present", "SPP"],
            ["Johan Maekelberg", "Present", "GENT"],
            ["Ibrahim Laaroussi", "Present", "GENT"],
            ["Ibrahim Aguelmin", "Present", "LIEGE"],
            ["Frederic Darras", "Present", "LIEGE"],
            ["Ozlem Baslari", "Present", "CHARLEROI"],
            ["Fabienne Lambot", "Present", "CHARLEROI"],
            ["Grégory Dutrieux", "Present", "CHARLEROI"],
            ["Nauar Elfargani", "Present", "ANTWERPEN"],
            ["Agnès Dubus", "Present", "BRUXELLES"],
            ["Salvatore Di Marco", "Present", None],
            ["Youssef El Amrani", "Present", None],
            ["Mieke De Roo", "Excused", "GENT"],
            ["Silvia Soares", "Excused", "LIEGE"],
            ["Claudine Gbambili", "Excused", "LIEGE"],
        ],
        "agenda": [
            ["09:30", "", "Accueil"],
            ["10:00", "", "Présentation du Service Action Migrants et du projet Activ'Up"],
            ["11:30", "", "Le travail de mobilisation du public"],
            ["12:30", "", "Repas"],
            ["13:30", "", "Échange entre CPAS : ce qui marche, ce qu'il faut améliorer"],
            ["15:30", "", "Conclusions et suites"],
        ],
        "headings": [
            ["1", "Accueil"],
            ["2", "Présentation du Service Action Migrants"],
            ["2.1", "Public cible et objectifs"],
            ["2.2", "Le projet Activ'Up"],
            ["3", "Le travail de mobilisation"],
            ["4", "Échange entre CPAS"],
            ["a", "Ce qui marche"],
            ["b", "Ce qu'il faut améliorer"],
            ["5", "Décisions et suites"],
            ["6", "Prochaine réunion"],
        ],
        "actions": [
            ["Network Contact", ["Fabienne Lambot"], None, "Le PowerPoint de la présentation sera envoyé"],
            ["Network Contact", ["Grégory Dutrieux"], None, "Envoi au SPP des chiffres de mobilisation"],
            ["CPAS", [], "LIEGE", "Le CPAS de Liège prépare pour la prochaine réunion"],
            ["CPAS", [], None, "Chaque CPAS réfléchit à une séance"],
            ["SPP", [], None, "La question de la priorité aux cours"],
            ["To Be Assigned", [], None, "Visite du Service Action Migrants pour"],
        ],
        "next_meeting": {
            "date": "2017-10-12",
            "text": "La prochaine réunion aura lieu le jeudi 12 octobre 2017 au CPAS de Bruxelles (à confirmer).",
        },
        "remarks": [
            "N.B. : le point 4 b) sera complété avec les remarques des collègues d'Anvers, qui doivent encore nous les envoyer."
        ],
    }
    save(d, fname, expected)


# =========================================================================== 58 (Charleroi)
def r58():
    fname = "58_charleroi_reunion_binche_sept_2022.docx"
    d = new_doc("Arial", 10)
    para(d, "Réunion du réseau FAMI – CPAS de Binche – 22/09/2022", bold=True, size=12, space_after=0)
    para(d, "Compte rendu : F. Lambot (CPAS de Charleroi)", italic=True)
    para(d, "Lieu : CPAS de Binche, salle polyvalente, rue des Archers 8, 7130 Binche – de 9h30 à 15h.")
    para(d, "")
    para(d, "Présents :", bold=True, space_after=0)
    for line in ["SPP IS : Sarah Ben Haddou",
                 "CPAS de Charleroi : Fabienne Lambot, Malika Hamdaoui, Grégory Dutrieux",
                 "CPAS de Binche : Véronique Delplanque, Jean-Marc Hautier",
                 "CPAS de Liège : Nathalie Pirard, Frederic Darras",
                 "CPAS de Gand : Lotte Claeys",
                 "CPAS d'Anvers : Kathleen Verbruggen",
                 "CPAS de Bruxelles : Sofie Janssens, Mehdi Bouzid",
                 "Lire et Écrire Centre-Mons-Borinage : Anne-Sophie Collignon"]:
        para(d, line, space_after=0, indent=0.5)
    para(d, "")
    mixed(d, [("Excusés : ", "b"),
              ("Koen Wouters (SPP IS), Wouter Van Damme (CPAS de Gand), Hanne Goossens (CPAS d'Anvers)",
               "")])
    para(d, "")
    para(d, "Ordre du jour :", bold=True, space_after=0)
    for line in ["a) Accueil par le CPAS de Binche",
                 "b) Taille des groupes : retour à la normale ?",
                 "c) Programmation FAMI 2021-2027 : état des conventions",
                 "d) Collaboration avec Lire et Écrire",
                 "e) Divers"]:
        para(d, line, space_after=0, indent=0.5)
    para(d, "")

    para(d, "I. Accueil", bold=True)
    para(d, "Véronique Delplanque nous accueille à Binche, pour la première réunion du réseau organisée "
            "chez un CPAS partenaire. Jean-Marc Hautier, directeur général du CPAS de Binche, dit "
            "quelques mots sur la collaboration avec Charleroi depuis 2019. Pas d'interprète cette "
            "fois-ci : les collègues néerlandophones ont suivi en français (merci à eux !).")

    para(d, "II. Taille des groupes", bold=True)
    para(d, "Tour de table sur les règles appliquées depuis la fin des mesures sanitaires.")
    para(d, "A. Charleroi et Binche", bold=True, indent=0.5)
    para(d, "Plus de limite stricte depuis juin. On garde des groupes de 8 maximum pour les ateliers et "
            "de 12 pour les séances d'info. Pour rappel : 3+1 pendant la crise, puis 6+1 à partir de "
            "l'automne 2021.", indent=0.5)
    para(d, "B. Liège", bold=True, indent=0.5)
    para(d, "Retour à 10 personnes pour l'atelier créatif à la ferme, 8 pour l'informatique (nombre "
            "d'ordinateurs).", indent=0.5)
    para(d, "C. Gand et Anvers", bold=True, indent=0.5)
    para(d, "Gand a gardé la règle 4+1 jusqu'en mars 2022, maintenant des groupes de 10. Anvers : groupes "
            "de 8, les partenaires suivent la même règle.", indent=0.5)
    para(d, "D. Bruxelles", bold=True, indent=0.5)
    para(d, "Toujours deux groupes par séance, les locaux sont trop petits. Déménagement prévu.",
         indent=0.5)

    para(d, "III. Programmation 2021-2027", bold=True)
    para(d, "Sarah : les conventions 2022-2023 sont en cours de signature. Le modèle de convention 2023 "
            "contient une erreur dans l'annexe budgétaire (la répartition FAMI 75 % – SPP 15 % – CPAS "
            "10 % n'est pas reprise partout). Les CPAS demandent que la convention "
            "arrive plus tôt : les procédures administratives internes sont de plus en plus longues.")

    para(d, "IV. Lire et Écrire", bold=True)
    para(d, "Anne-Sophie Collignon présente les formations en alphabétisation de Lire et Écrire "
            "Centre-Mons-Borinage : tests de positionnement, groupes oral et écrit, listes d'attente "
            "d'environ six mois à Charleroi. Beaucoup de participants FAMI pourraient en bénéficier "
            "après un module. Il est important de connaître les dates des modules de chaque CPAS pour "
            "mieux planifier les orientations.")

    para(d, "V. Divers", bold=True)
    para(d, "- Kathleen : le CPAS d'Anvers cherche des exemples de fiches d'évaluation des participants.",
         space_after=0)
    para(d, "- Lotte : Gand a accueilli beaucoup de familles ukrainiennes depuis le printemps, elles ne "
            "relèvent pas du projet mais posent les mêmes questions.")

    para(d, "VI. À faire", bold=True)
    for line in ["1) Envoyer le modèle de convention 2023 corrigé (Sarah)",
                 "2) Préparer une fiche commune sur les règles de groupe appliquées de 2020 à 2022 "
                 "(Véronique + Malika)",
                 "3) Communiquer les dates des modules 2022-2023 à Lire et Écrire (chaque CPAS)",
                 "4) Vérifier si les frais de transport des participants sont éligibles (SPP)",
                 "5) Transmettre la brochure des formations alpha (Anne-Sophie)",
                 "6) Envoyer le planning des ateliers d'automne (CPAS Bruxelles)",
                 "7) Organiser une visite de Lire et Écrire pour les collègues flamands (qui ?)"]:
        para(d, line, space_after=0, indent=0.5)
    para(d, "")
    para(d, "Prochaine réunion : novembre 2022, en ligne (Teams).", bold=True)

    expected = {
        "file": fname,
        "languages": ["fr"],
        "online": False,
        "interpretation": False,
        "date": "2022-09-22",
        "people": [
            ["Sarah Ben Haddou", "Present", "SPP"],
            ["Fabienne Lambot", "Present", "CHARLEROI"],
            ["Malika Hamdaoui", "Present", "CHARLEROI"],
            ["Grégory Dutrieux", "Present", "CHARLEROI"],
            ["Véronique Delplanque", "Present", "BINCHE"],
            ["Jean-Marc Hautier", "Present", "BINCHE"],
            ["Nathalie Pirard", "Present", "LIEGE"],
            ["Frederic Darras", "Present", "LIEGE"],
            ["Lotte Claeys", "Present", "GENT"],
            ["Kathleen Verbruggen", "Present", "ANTWERPEN"],
            ["Sofie Janssens", "Present", "BRUXELLES"],
            ["Mehdi Bouzid", "Present", "BRUXELLES"],
            ["Anne-Sophie Collignon", "Present", None],
            ["Koen Wouters", "Excused", "SPP"],
            ["Wouter Van Damme", "Excused", "GENT"],
            ["Hanne Goossens", "Excused", "ANTWERPEN"],
        ],
        "agenda": [
            ["", "", "Accueil par le CPAS de Binche"],
            ["", "", "Taille des groupes : retour à la normale ?"],
            ["", "", "Programmation FAMI 2021-2027 : état des conventions"],
            ["", "", "Collaboration avec Lire et Écrire"],
            ["", "", "Divers"],
        ],
        "headings": [
            ["I", "Accueil"],
            ["II", "Taille des groupes"],
            ["A", "Charleroi et Binche"],
            ["B", "Liège"],
            ["C", "Gand et Anvers"],
            ["D", "Bruxelles"],
            ["III", "Programmation 2021-2027"],
            ["IV", "Lire et Écrire"],
            ["V", "Divers"],
            ["VI", "À faire"],
        ],
        "actions": [
            ["Network Contact", ["Sarah Ben Haddou"], None, "Envoyer le modèle de convention"],
            ["Several Network Contacts", ["Véronique Delplanque", "Malika Hamdaoui"], None,
             "Préparer une fiche commune sur"],
            ["CPAS", [], None, "Communiquer les dates des modules"],
            ["SPP", [], None, "Vérifier si les frais de transport"],
            ["Network Contact", ["Anne-Sophie Collignon"], None, "Transmettre la brochure des formations"],
            ["CPAS", [], "BRUXELLES", "Envoyer le planning des ateliers"],
            ["To Be Assigned", [], None, "Organiser une visite de Lire"],
        ],
        "next_meeting": {
            "date": None,
            "text": "Prochaine réunion : novembre 2022, en ligne (Teams).",
        },
        "remarks": [],
    }
    save(d, fname, expected)


# =========================================================================== 59 (Gent)
def r59():
    fname = "59_gent_verslag_netwerk_okt_2018.docx"
    d = new_doc("Calibri", 10)
    para(d, "Verslag AMIF-netwerk – 11/10/2018", bold=True, size=13, space_after=2)
    para(d, "Plaats: OCMW Gent, Onderbergen 86 – start 10u", space_after=6)
    mixed(d, [("Aanwezig: ", "b"),
              ("Johan Maekelberg (JM), Mieke De Roo (MDR), Ibrahim Laaroussi (IL) – OCMW Gent; Lisa "
               "Asselman (LA) – POD MI; Ibrahim Aguelmin (IA), Claudine Gbambili (CG) – OCMW Luik; Ozlem "
               "Baslari (OB) – OCMW Charleroi; Nauar Elfargani (NE), Kathleen Verbruggen (KV) – OCMW "
               "Antwerpen; Agnès Dubus (AD) – OCMW Brussel; Tine Van den Broeck (TVDB) – Agentschap "
               "Integratie en Inburgering", "")], space_after=2)
    mixed(d, [("Verontschuldigd: ", "b"),
              ("Silvia Soares en Frederic Darras (OCMW Luik), Bart Wuyts (OCMW Edegem)", "")])

    para(d, "Welkom", bold=True, space_after=2)
    for line in ["JM: welkom in Gent, korte rondleiding in de lokalen van Kompas",
                 "LA: tussentijds rapport komt eraan, nieuwe timing volgt (zie to do)"]:
        para(d, line, style="List Bullet", space_after=0)

    para(d, "Rondje OCMW's", bold=True, space_after=2)
    para(d, "Gent", style="List Bullet", space_after=0)
    for line in ["42 deelnemers, 3 groepen taalactivering",
                 "wachtlijst Huis van het Nederlands blijft een probleem (tot 5 maanden)"]:
        para(d, line, style="List Bullet 2", space_after=0)
    para(d, "Luik", style="List Bullet", space_after=0)
    for line in ["nieuw atelier 'réalisation de projet' gestart in september",
                 "CG stelt volgende keer de 3 contracten voor (AS, intake, module)"]:
        para(d, line, style="List Bullet 2", space_after=0)
    para(d, "Charleroi", style="List Bullet", space_after=0)
    for line in ["module 3 gestart, 54 deelnemers",
                 "infosessies beter bezocht sinds de AS hun cliënten vooraf opbellen"]:
        para(d, line, style="List Bullet 2", space_after=0)
    para(d, "Antwerpen", style="List Bullet", space_after=0)
    for line in ["Mortsel is gestart als 3de partner",
                 "KV: deelnemers van de partners moeilijk bereikbaar met openbaar vervoer"]:
        para(d, line, style="List Bullet 2", space_after=0)
    para(d, "Brussel", style="List Bullet", space_after=0)
    para(d, "AD: 2 groepen, 1 FR en 1 NL – de NL-groep is kleiner (8 pers.)", style="List Bullet 2")

    para(d, "Intake en oriëntatie", bold=True, space_after=2)
    for line in ["vergelijking intakeformulieren: Gent vraagt veel (te veel?) info over gezondheid en "
                 "gezinssituatie",
                 "TVDB: afstemmen met inburgeringstraject, deelnemers niet 2x dezelfde vragen stellen",
                 "IA: in Luik wordt de oriëntatiebalans samen met de cliënt opgesteld, niet erover"]:
        para(d, line, style="List Bullet", space_after=0)

    para(d, "Tevredenheidsenquête", bold=True, space_after=2)
    for line in ["te abstract voor laaggeletterden, smileys?",
                 "Antwerpen werkt aan een versie in eenvoudig Nederlands (NE)",
                 "afspraak: nog niet veranderen tot het POD nieuwe richtlijnen heeft"]:
        para(d, line, style="List Bullet", space_after=0)

    para(d, "Varia", bold=True, space_after=2)
    for line in ["vertaling van de verslagen: wie doet dat? (zie to do)",
                 "OB vraagt of er een gezamenlijke uitstap kan komen voor de deelnemers van alle OCMW's "
                 "– idee voor 2019"]:
        para(d, line, style="List Bullet", space_after=0)

    para(d, "To do", bold=True, space_after=2)
    for line in ["LA: nieuwe timing tussentijds rapport doorsturen",
                 "IL + NE: vergelijking maken van de intakeformulieren Gent en Antwerpen",
                 "OCMW Luik: datum volgende vergadering voorstellen",
                 "Alle OCMW's: deelnemersaantallen module 2 doorgeven aan LA (geen namen!)",
                 "TVDB: info inburgeringstraject en NT2-wachtlijsten bezorgen",
                 "POD: navragen of tolkkosten subsidieerbaar zijn",
                 "??: verslag vertalen naar het Frans"]:
        para(d, line, style="List Bullet", space_after=0)
    para(d, "")
    para(d, "Volgende vergadering: voorjaar 2019 in Luik (datum volgt via Luik)")
    para(d, "Cijfers Charleroi nog aan te vullen.", italic=True)
    para(d, "MDR", align="right")

    expected = {
        "file": fname,
        "languages": ["nl"],
        "online": False,
        "interpretation": False,
        "date": "2018-10-11",
        "people": [
            ["Johan Maekelberg", "Present", "GENT"],
            ["Mieke De Roo", "Present", "GENT"],
            ["Ibrahim Laaroussi", "Present", "GENT"],
            ["Lisa Asselman", "Present", "SPP"],
            ["Ibrahim Aguelmin", "Present", "LIEGE"],
            ["Claudine Gbambili", "Present", "LIEGE"],
            ["Ozlem Baslari", "Present", "CHARLEROI"],
            ["Nauar Elfargani", "Present", "ANTWERPEN"],
            ["Kathleen Verbruggen", "Present", "ANTWERPEN"],
            ["Agnès Dubus", "Present", "BRUXELLES"],
            ["Tine Van den Broeck", "Present", None],
            ["Silvia Soares", "Excused", "LIEGE"],
            ["Frederic Darras", "Excused", "LIEGE"],
            ["Bart Wuyts", "Excused", "EDEGEM"],
        ],
        "agenda": [],
        "headings": [
            ["", "Welkom"],
            ["", "Rondje OCMW's"],
            ["", "Intake en oriëntatie"],
            ["", "Tevredenheidsenquête"],
            ["", "Varia"],
            ["", "To do"],
        ],
        "actions": [
            ["Network Contact", ["Claudine Gbambili"], None, "CG stelt volgende keer de 3 contracten voor"],
            ["Network Contact", ["Lisa Asselman"], None, "nieuwe timing tussentijds rapport doorsturen"],
            ["Several Network Contacts", ["Ibrahim Laaroussi", "Nauar Elfargani"], None,
             "vergelijking maken van de intakeformulieren"],
            ["CPAS", [], "LIEGE", "datum volgende vergadering voorstellen"],
            ["CPAS", [], None, "deelnemersaantallen module 2 doorgeven aan"],
            ["Network Contact", ["Tine Van den Broeck"], None,
             "info inburgeringstraject en NT2-wachtlijsten bezorgen"],
            ["SPP", [], None, "navragen of tolkkosten subsidieerbaar zijn"],
            ["To Be Assigned", [], None, "verslag vertalen naar het Frans"],
        ],
        "next_meeting": {
            "date": None,
            "text": "Volgende vergadering: voorjaar 2019 in Luik (datum volgt via Luik)",
        },
        "remarks": ["Cijfers Charleroi nog aan te vullen."],
    }
    save(d, fname, expected)


# =========================================================================== 60 (Gent)
def r60():
    fname = "60_gent_netwerkoverleg_online_juni_2020.docx"
    d = new_doc("Calibri", 10)
    para(d, "Verslag AMIF-netwerkoverleg – 11/06/2020", bold=True, size=13, space_after=4)
    para(d, "Door corona vergaderden we via Zoom, van 10u tot 12u30. Er was een tolkkanaal FR/NL "
            "(tolken: Olga Petrenko en Hilde Claes), dat na wat zoeken goed werkte.")
    para(d, "Aanwezig:", bold=True, space_after=0)
    for line in ["Mieke De Roo (OCMW Gent)",
                 "Lotte Claeys (OCMW Gent)",
                 "Johan Maekelberg (OCMW Gent)",
                 "Lisa Asselman (POD MI)",
                 "Pieter Vanhoutte (POD MI)",
                 "Ibrahim Aguelmin (OCMW Luik)",
                 "Nathalie Pirard (OCMW Luik)",
                 "Fabienne Lambot (OCMW Charleroi)",
                 "Véronique Delplanque (OCMW Binche)",
                 "Kathleen Verbruggen (OCMW Antwerpen)",
                 "Griet Van Looy (OCMW Mortsel)",
                 "Agnès Dubus (OCMW Brussel)"]:
        para(d, line, style="List Bullet", space_after=0)
    mixed(d, [("Verontschuldigd: ", "b"),
              ("Ozlem Baslari (OCMW Charleroi), Nauar Elfargani (OCMW Antwerpen)", "")])
    para(d, "Agenda", bold=True, space_after=0)
    for line in ["10u00-10u20: check-in en technische test",
                 "10u20-11u15: hoe draaien de projecten in coronatijd?",
                 "11u15-11u45: groepsgrootte na 1 juli",
                 "11u45-12u15: verlenging projecten en budget 2020",
                 "12u15-12u30: varia"]:
        para(d, line, style="List Bullet", space_after=0)
    para(d, "")

    para(d, "Check-in", bold=True, space_after=2)
    for line in ["iedereen geraakt binnen, enkele collega's via gsm",
                 "LA: dank aan iedereen om door te werken in deze moeilijke periode"]:
        para(d, line, style="List Bullet", space_after=0)

    para(d, "Projecten in coronatijd", bold=True, space_after=2)
    for line in ["Gent: alle groepslessen stilgelegd half maart; sinds eind mei kleine groepjes 4+1 in "
                 "de grote zaal; wekelijkse telefonische opvolging",
                 "Luik: bellen + WhatsApp-groepen, het creatief atelier gaat door via filmpjes",
                 "Charleroi/Binche: FL: pakketten met oefeningen aan huis gebracht; in Binche gaan de AS "
                 "langs bij de deelnemers (aan de deur)",
                 "Antwerpen/Mortsel: online lessen lukken voor ongeveer 1/3 van de deelnemers (geen "
                 "laptop, enkel smartphone)",
                 "Brussel: AD: veel deelnemers zonder internet, er worden prepaidkaarten uitgedeeld"]:
        para(d, line, style="List Bullet", space_after=0)

    para(d, "Groepsgrootte na 1 juli", bold=True, space_after=2)
    for line in ["Gent blijft bij 4+1 tot september; Luik en Charleroi werken met 3+1",
                 "misschien 6+1 vanaf september? hangt af van de Nationale Veiligheidsraad",
                 "geen uniforme regel nodig: elk OCMW volgt zijn eigen preventiedienst"]:
        para(d, line, style="List Bullet", space_after=0)

    para(d, "Verlenging en budget", bold=True, space_after=2)
    for line in ["LA: het POD heeft de verlenging van de projecten tot 31/12/2021 aangevraagd bij de "
                 "verantwoordelijke autoriteit – formeel akkoord nog niet binnen",
                 "onderbesteding 2020 door corona: budget mag herschikt worden (minder uitstappen, meer "
                 "materiaal en data voor deelnemers)",
                 "aanwezigheden blijven belangrijk voor de rapportering, ook online"]:
        para(d, line, style="List Bullet", space_after=0)

    para(d, "Varia", bold=True, space_after=2)
    para(d, "KV: Mortsel zoekt goedkope laptops voor deelnemers, tips welkom", style="List Bullet")

    para(d, "Acties", bold=True, space_after=2)
    for line in ["Bevestiging verlenging per mail naar alle OCMW's – Wie: LA – Tegen: 30/06",
                 "FAQ over corona-maatregelen en subsidieerbaarheid opstellen – Wie: PVH + LA",
                 "Draaiboek voor online lessen delen – Wie: LC",
                 "Aanwezigheden per sessie blijven registreren, ook bij online lessen – Wie: alle OCMW's",
                 "Protocol 3+1 in het Nederlands laten vertalen en delen – Wie: OCMW Luik",
                 "Voorbeeld van een aangepast budget bezorgen – Wie: NP",
                 "Lijst met tips voor goedkope laptops en tablets – Wie: ?"]:
        para(d, line, style="List Bullet", space_after=0)
    para(d, "(LA = Lisa Asselman, PVH = Pieter Vanhoutte, LC = Lotte Claeys, NP = Nathalie Pirard)",
         italic=True, size=9)
    para(d, "")
    para(d, "Volgende netwerkmoment: dinsdag 22 september 2020, hopelijk fysiek in Charleroi.", bold=True)

    expected = {
        "file": fname,
        "languages": ["nl"],
        "online": True,
        "interpretation": True,
        "date": "2020-06-11",
        "people": [
            ["Mieke De Roo", "Present", "GENT"],
            ["Lotte Claeys", "Present", "GENT"],
            ["Johan Maekelberg", "Present", "GENT"],
            ["Lisa Asselman", "Present", "SPP"],
            ["Pieter Vanhoutte", "Present", "SPP"],
            ["Ibrahim Aguelmin", "Present", "LIEGE"],
            ["Nathalie Pirard", "Present", "LIEGE"],
            ["Fabienne Lambot", "Present", "CHARLEROI"],
            ["Véronique Delplanque", "Present", "BINCHE"],
            ["Kathleen Verbruggen", "Present", "ANTWERPEN"],
            ["Griet Van Looy", "Present", "MORTSEL"],
            ["Agnès Dubus", "Present", "BRUXELLES"],
            ["Ozlem Baslari", "Excused", "CHARLEROI"],
            ["Nauar Elfargani", "Excused", "ANTWERPEN"],
        ],
        "agenda": [
            ["10:00", "10:20", "check-in en technische test"],
            ["10:20", "11:15", "hoe draaien de projecten in coronatijd?"],
            ["11:15", "11:45", "groepsgrootte na 1 juli"],
            ["11:45", "12:15", "verlenging projecten en budget 2020"],
            ["12:15", "12:30", "varia"],
        ],
        "headings": [
            ["", "Check-in"],
            ["", "Projecten in coronatijd"],
            ["", "Groepsgrootte na 1 juli"],
            ["", "Verlenging en budget"],
            ["", "Varia"],
            ["", "Acties"],
        ],
        "actions": [
            ["Network Contact", ["Lisa Asselman"], None, "Bevestiging verlenging per mail naar"],
            ["Several Network Contacts", ["Pieter Vanhoutte", "Lisa Asselman"], None,
             "FAQ over corona-maatregelen en subsidieerbaarheid"],
            ["Network Contact", ["Lotte Claeys"], None, "Draaiboek voor online lessen delen"],
            ["CPAS", [], None, "Aanwezigheden per sessie blijven registreren"],
            ["CPAS", [], "LIEGE", "Protocol 3+1 in het Nederlands"],
            ["Network Contact", ["Nathalie Pirard"], None, "Voorbeeld van een aangepast budget"],
            ["To Be Assigned", [], None, "Lijst met tips voor goedkope"],
        ],
        "next_meeting": {
            "date": "2020-09-22",
            "text": "Volgende netwerkmoment: dinsdag 22 september 2020, hopelijk fysiek in Charleroi.",
        },
        "remarks": [],
    }
    save(d, fname, expected)


# =========================================================================== 61 (Bruxelles)
def r61():
    fname = "61_bruxelles_reunion_teams_novembre_2020.docx"
    d = new_doc("Verdana", 9.5)
    header_text(d, ["CPAS de Bruxelles – OCMW van Brussel | Cellule FAMI – AMIF-cel"], size=8,
                align="right")
    para(d, "Rapport de la réunion du réseau FAMI – Verslag van de AMIF-netwerkvergadering",
         bold=True, align="center", size=12)
    para(d, "19/11/2020 – Microsoft Teams (en ligne / online) – 10h00-12h30", align="center")
    para(d, "Présents – Aanwezig :", bold=True, space_after=0)
    for line in ["SPP IS / POD MI : Lisa Asselman",
                 "CPAS de Bruxelles / OCMW van Brussel : Agnès Dubus, Sofie Janssens, Mehdi Bouzid",
                 "CPAS de Gand / OCMW Gent : Mieke De Roo",
                 "CPAS de Liège / OCMW Luik : Ibrahim Aguelmin, Nathalie Pirard",
                 "CPAS de Charleroi / OCMW Charleroi : Fabienne Lambot",
                 "CPAS d’Anvers / OCMW Antwerpen : Kathleen Verbruggen",
                 "CPAS de Schoten / OCMW Schoten : Els Mertens",
                 "BON (Brussels Onthaalbureau Inburgering) : Nadia Achahbar",
                 "BAPA Via : Thomas Lejeune"]:
        para(d, line, space_after=0, indent=0.5)
    para(d, "")
    mixed(d, [("Excusés – Verontschuldigd : ", "b"),
              ("Pieter Vanhoutte (SPP IS / POD MI), Lotte Claeys (OCMW Gent), Véronique Delplanque "
               "(CPAS de Binche)", "")])
    para(d, "Pas d’interprétation : chacun s’exprime dans sa langue. – Geen tolken: iedereen spreekt "
            "zijn eigen taal.", italic=True)
    para(d, "Ordre du jour – Agenda", bold=True, space_after=0)
    for line in ["10h00 – 10h15 : Accueil / Onthaal",
                 "10h15 – 11h00 : Le projet du CPAS de Bruxelles pendant le confinement / Het project "
                 "van het OCMW Brussel tijdens de lockdown",
                 "11h00 – 11h45 : Parcours d’intégration bruxellois : BAPA et BON / Brussels "
                 "inburgeringstraject: BAPA en BON",
                 "11h45 – 12h15 : Prolongation 2021 / Verlenging 2021",
                 "12h15 – 12h30 : Divers / Varia"]:
        para(d, line, space_after=0, indent=0.5)

    def side(rows):
        t = table(d, rows, header=False, style="Table Grid", widths=[8.2, 8.2], size=9)
        para(d, "", space_after=0)
        return t

    d.add_heading("1) Accueil / Onthaal", level=2)
    side([["Agnès Dubus accueille les participants (virtuellement) au nom du CPAS de Bruxelles et "
           "remercie chacun d’être présent malgré la deuxième vague. Sofie Janssens rédige le rapport.",
           "Agnès Dubus verwelkomt de deelnemers (virtueel) namens het OCMW van Brussel en dankt "
           "iedereen om er ondanks de tweede golf bij te zijn. Sofie Janssens maakt het verslag."]])

    d.add_heading("2) Le projet bruxellois pendant le confinement / Het Brusselse project tijdens de "
                  "lockdown", level=2)
    side([["Depuis le 2 novembre, les ateliers collectifs sont à nouveau suspendus. Le suivi individuel "
           "se fait par téléphone et lors de rendez-vous à l’extérieur. Des cartes prépayées ont été "
           "distribuées aux participants qui n’ont pas d’accès à internet.",
           "Sinds 2 november zijn de groepsateliers opnieuw opgeschort. De individuele opvolging gebeurt "
           "telefonisch en tijdens afspraken buiten. Deelnemers zonder internettoegang kregen een "
           "prepaidkaart."],
          ["Mehdi Bouzid explique que l’atelier informatique s’est transformé en « permanence "
           "smartphone » : les participants viennent un par un, sur rendez-vous, pour apprendre à "
           "utiliser WhatsApp, Teams et l’application de leur banque.",
           "Mehdi Bouzid legt uit dat het computeratelier een ‘smartphonepermanentie’ geworden is: de "
           "deelnemers komen één voor één, op afspraak, om WhatsApp, Teams en de app van hun bank te "
           "leren gebruiken."]])

    d.add_heading("3) BAPA et BON / BAPA en BON", level=2)
    side([["Thomas Lejeune présente BAPA Via, bureau d’accueil pour primo-arrivants : parcours d’accueil "
           "en français, avec un volet droits et devoirs, cours de français et orientation "
           "socioprofessionnelle. Nadia Achahbar présente le parcours d’intégration de BON en "
           "néerlandais. Beaucoup de participants des CPAS ne savent pas qu’ils peuvent suivre ces "
           "parcours gratuitement.",
           "Thomas Lejeune stelt BAPA Via voor, het Franstalige onthaalbureau voor nieuwkomers: "
           "onthaaltraject in het Frans, met rechten en plichten, Franse les en socio-professionele "
           "oriëntatie. Nadia Achahbar stelt het inburgeringstraject van BON voor. Veel deelnemers van "
           "de OCMW’s weten niet dat ze deze trajecten gratis kunnen volgen."]])

    d.add_heading("4) Prolongation 2021 / Verlenging 2021", level=2)
    side([["Lisa Asselman annonce que l’autorité responsable a accepté en principe la prolongation des "
           "projets jusqu’au 31 décembre 2021.",
           "Lisa Asselman meldt dat de verantwoordelijke autoriteit in principe akkoord gaat met de "
           "verlenging van de projecten tot 31 december 2021."]])

    d.add_heading("5) Divers / Varia", level=2)
    side([["Kathleen Verbruggen et Els Mertens signalent que Schoten a dû fermer ses locaux pendant deux "
           "semaines (cas de COVID dans l’équipe). Nathalie Pirard rappelle que le CPAS de Liège a "
           "traduit son protocole 3+1 en néerlandais.",
           "Kathleen Verbruggen en Els Mertens melden dat Schoten zijn lokalen twee weken moest sluiten "
           "(COVID-gevallen in het team). Nathalie Pirard herinnert eraan dat het OCMW Luik zijn "
           "protocol 3+1 naar het Nederlands vertaald heeft."]])

    d.add_heading("6) Actions / Acties", level=2)
    table(d, [["Action – à charge de", "Actie – verantwoordelijke"],
              ["Envoyer la présentation de BAPA Via à tous les participants – à charge de : Thomas "
               "Lejeune",
               "De presentatie van BAPA Via naar alle deelnemers sturen – verantwoordelijke: Thomas "
               "Lejeune"],
              ["Organiser une séance d’info commune BON/BAPA pour les AS du CPAS – à charge de : Nadia "
               "Achahbar et Sofie Janssens",
               "Een gezamenlijke infosessie BON/BAPA voor de maatschappelijk werkers organiseren – "
               "verantwoordelijke: Nadia Achahbar en Sofie Janssens"],
              ["Confirmer par écrit la prolongation jusqu’au 31/12/2021 – à charge de : SPP",
               "De verlenging tot 31/12/2021 schriftelijk bevestigen – verantwoordelijke: POD"],
              ["Partager le guide « ateliers à distance » – à charge de : CPAS de Bruxelles",
               "De gids ‘ateliers op afstand’ delen – verantwoordelijke: OCMW Brussel"],
              ["Transmettre au SPP le budget révisé 2021 – à charge de : chaque CPAS",
               "Het herziene budget 2021 aan het POD bezorgen – verantwoordelijke: elk OCMW"]],
          widths=[8.2, 8.2], size=9, shade_header="F2F2F2")
    para(d, "")
    para(d, "Prochaine réunion / Volgende vergadering : jeudi 18 mars 2021, en ligne / donderdag "
            "18 maart 2021, online", bold=True)
    para(d, "Les compléments de Charleroi seront ajoutés dans la version finale. / De aanvullingen van "
            "Charleroi worden in de definitieve versie toegevoegd.", italic=True)

    expected = {
        "file": fname,
        "languages": ["fr", "nl"],
        "online": True,
        "interpretation": False,
        "date": "2020-11-19",
        "people": [
            ["Lisa Asselman", "Present", "SPP"],
            ["Agnès Dubus", "Present", "BRUXELLES"],
            ["Sofie Janssens", "Present", "BRUXELLES"],
            ["Mehdi Bouzid", "Present", "BRUXELLES"],
            ["Mieke De Roo", "Present", "GENT"],
            ["Ibrahim Aguelmin", "Present", "LIEGE"],
            ["Nathalie Pirard", "Present", "LIEGE"],
            ["Fabienne Lambot", "Present", "CHARLEROI"],
            ["Kathleen Verbruggen", "Present", "ANTWERPEN"],
            ["Els Mertens", "Present", "SCHOTEN"],
            ["Nadia Achahbar", "Present", None],
            ["Thomas Lejeune", "Present", None],
            ["Pieter Vanhoutte", "Excused", "SPP"],
            ["Lotte Claeys", "Excused", "GENT"],
            ["Véronique Delplanque", "Excused", "BINCHE"],
        ],
        "agenda": [
            ["10:00", "10:15", "Accueil / Onthaal"],
            ["10:15", "11:00",
             "Le projet du CPAS de Bruxelles pendant le confinement / Het project van het OCMW Brussel tijdens de lockdown"],
            ["11:00", "11:45",
             "Parcours d’intégration bruxellois : BAPA et BON / Brussels inburgeringstraject: BAPA en BON"],
            ["11:45", "12:15", "Prolongation 2021 / Verlenging 2021"],
            ["12:15", "12:30", "Divers / Varia"],
        ],
        "headings": [
            ["1", "Accueil / Onthaal"],
            ["2", "Le projet bruxellois pendant le confinement / Het Brusselse project tijdens de lockdown"],
            ["3", "BAPA et BON / BAPA en BON"],
            ["4", "Prolongation 2021 / Verlenging 2021"],
            ["5", "Divers / Varia"],
            ["6", "Actions / Acties"],
        ],
        "actions": [
            ["Network Contact", ["Thomas Lejeune"], None, "Envoyer la présentation de BAPA Via"],
            ["Several Network Contacts", ["Nadia Achahbar", "Sofie Janssens"], None,
             "Organiser une séance d’info commune"],
            ["SPP", [], None, "Confirmer par écrit la prolongation"],
            ["CPAS", [], "BRUXELLES", "Partager le guide « ateliers à distance »"],
            ["CPAS", [], None, "Transmettre au SPP le budget révisé"],
        ],
        "next_meeting": {
            "date": "2021-03-18",
            "text": "Prochaine réunion / Volgende vergadering : jeudi 18 mars 2021, en ligne / donderdag 18 maart 2021, online",
        },
        "remarks": [
            "Les compléments de Charleroi seront ajoutés dans la version finale. / De aanvullingen van Charleroi worden in de definitieve versie toegevoegd."
        ],
    }
    save(d, fname, expected)


# =========================================================================== 62 (Bruxelles)
def r62():
    fname = "62_bruxelles_reunion_reseau_janvier_2026.docx"
    d = new_doc("Verdana", 9.5)
    header_text(d, ["CPAS de Bruxelles – OCMW van Brussel"], size=8, align="right")
    para(d, "Réunion du réseau FAMI – Netwerkvergadering AMIF", style="Title")
    para(d, "22 janvier 2026 – 22 januari 2026", bold=True, space_after=0)
    para(d, "CPAS de Bruxelles, rue Haute 298A, 1000 Bruxelles – OCMW van Brussel, Hoogstraat 298A, "
            "1000 Brussel")
    para(d, "Présents – Aanwezig", bold=True, space_after=2)
    table(d, [["Nom – Naam", "Organisation – Organisatie"],
              ["Sofie Janssens", "CPAS de Bruxelles – OCMW van Brussel"],
              ["Mehdi Bouzid", "idem"],
              ["Catherine Leroy", "idem"],
              ["Sarah Ben Haddou", "SPP IS – POD MI"],
              ["Koen Wouters", "SPP IS – POD MI"],
              ["Wouter Van Damme", "OCMW Gent – CPAS de Gand"],
              ["Nathalie Pirard", "CPAS de Liège – OCMW Luik"],
              ["Malika Hamdaoui", "CPAS de Charleroi"],
              ["Véronique Delplanque", "CPAS de Binche"],
              ["Hanne Goossens", "OCMW Antwerpen – CPAS d’Anvers"],
              ["Griet Van Looy", "OCMW Mortsel"],
              ["Marc Debruyne", "Fedasil"],
              ["Olga Petrenko", "interprète – tolk"],
              ["Pieter-Jan Hermans", "interprète – tolk"]],
          widths=[6, 10], size=9, shade_header="FBE4D5")
    para(d, "")
    para(d, "Excusés – Verontschuldigd", bold=True, space_after=2)
    table(d, [["Lotte Claeys", "OCMW Gent – CPAS de Gand"],
              ["Bart Wuyts", "OCMW Edegem"],
              ["Ibrahim Aguelmin", "CPAS de Liège – OCMW Luik"]],
          header=False, widths=[6, 10], size=9)
    para(d, "")
    para(d, "Ordre du jour – Agenda", bold=True, space_after=2)
    nid = new_list(d, "List Number")
    for line in ["Accueil et présentation de la nouvelle équipe / Onthaal en voorstelling van het nieuwe "
                 "team",
                 "Bilan 2025 : indicateurs communs / Balans 2025: gemeenschappelijke indicatoren",
                 "Fedasil : de l’accueil au CPAS / Fedasil: van opvang naar OCMW",
                 "Enquête de satisfaction multilingue : résultats / Meertalige tevredenheidsenquête: "
                 "resultaten",
                 "Divers / Varia"]:
        p = para(d, line, style="List Number", space_after=0)
        set_num(p, nid)

    def fr_nl(fr, nl):
        para(d, fr, align="justify", space_after=2)
        para(d, nl, italic=True, align="justify", color="404040")

    d.add_heading("Accueil – Onthaal", level=1)
    fr_nl("Sofie Janssens accueille le réseau au CPAS de Bruxelles et présente la nouvelle équipe FAMI "
          "bruxelloise, installée depuis l’an dernier rue Haute. L’interprétation simultanée est "
          "assurée par Olga Petrenko et Pieter-Jan Hermans, depuis la cabine au fond de la salle.",
          "Sofie Janssens verwelkomt het netwerk in het OCMW van Brussel en stelt het nieuwe Brusselse "
          "AMIF-team voor, dat sinds vorig jaar in de Hoogstraat zit. De simultaanvertaling wordt "
          "verzorgd door Olga Petrenko en Pieter-Jan Hermans, vanuit de cabine achteraan in de zaal.")

    d.add_heading("Bilan 2025 – Balans 2025", level=1)
    fr_nl("Koen Wouters présente le tableau provisoire des indicateurs communs 2025. Tous les CPAS ont "
          "transmis leurs chiffres de réalisation ; les indicateurs de résultat sont encore incomplets "
          "pour deux CPAS.",
          "Koen Wouters stelt de voorlopige tabel van de gemeenschappelijke indicatoren 2025 voor. Alle "
          "OCMW’s hebben hun outputcijfers bezorgd; de resultaatindicatoren zijn voor twee OCMW’s nog "
          "onvolledig.")
    d.add_heading("Gand – Gent", level=2)
    fr_nl("64 participants, dont 41 en cours de langue. Wouter Van Damme souligne que le test de niveau "
          "à l’entrée et à la sortie est maintenant systématique.",
          "64 deelnemers, van wie 41 in een taalcursus. Wouter Van Damme benadrukt dat de niveautest bij "
          "de start en op het einde nu systematisch gebeurt.")
    d.add_heading("Liège – Luik", level=2)
    fr_nl("52 participants. Nathalie Pirard signale que l’atelier créatif reste le module le plus "
          "demandé.",
          "52 deelnemers. Nathalie Pirard meldt dat het creatief atelier de meest gevraagde module "
          "blijft.")
    d.add_heading("Charleroi et Binche – Charleroi en Binche", level=2)
    fr_nl("77 participants au total. Malika Hamdaoui explique que les séances d’information sur le "
          "logement et la banque ont été les plus suivies.",
          "In totaal 77 deelnemers. Malika Hamdaoui legt uit dat de infosessies over wonen en bank het "
          "best bezocht waren.")
    d.add_heading("Anvers et Mortsel – Antwerpen en Mortsel", level=2)
    fr_nl("58 participants, dont 9 à Mortsel. Griet Van Looy indique que Mortsel a adapté son "
          "formulaire d’admission : seules les données nécessaires sont encore conservées.",
          "58 deelnemers, van wie 9 in Mortsel. Griet Van Looy geeft aan dat Mortsel zijn "
          "intakeformulier aangepast heeft: enkel de noodzakelijke gegevens worden nog bewaard.")
    d.add_heading("Bruxelles – Brussel", level=2)
    fr_nl("49 participants. Les indicateurs de résultat manquent encore : les évaluations de fin de "
          "module ont lieu en février.",
          "49 deelnemers. De resultaatindicatoren ontbreken nog: de evaluaties op het einde van de "
          "module vinden plaats in februari.")

    d.add_heading("Fedasil", level=1)
    fr_nl("Marc Debruyne fait le point sur la transition de l’accueil vers le CPAS. Les dates de sortie "
          "des centres sont souvent communiquées trop tard aux CPAS, ce qui complique l’inscription des "
          "personnes dans les projets.",
          "Marc Debruyne geeft een stand van zaken over de overgang van de opvang naar het OCMW. De "
          "vertrekdata uit de centra worden vaak te laat aan de OCMW’s doorgegeven, wat de inschrijving "
          "in de projecten bemoeilijkt.")

    d.add_heading("Enquête de satisfaction – Tevredenheidsenquête", level=1)
    fr_nl("Malika Hamdaoui et Hanne Goossens présentent les résultats du test de la version audio : "
          "131 questionnaires complétés, beaucoup moins de réponses manquantes qu’avec la version "
          "papier. 83 % des participants déclarent que l’activité les a aidés à s’intégrer.",
          "Malika Hamdaoui en Hanne Goossens stellen de resultaten van de test met de audioversie voor: "
          "131 ingevulde vragenlijsten, veel minder ontbrekende antwoorden dan met de papieren versie. "
          "83 % van de deelnemers zegt dat de activiteit hun integratie heeft geholpen.")

    d.add_heading("Divers – Varia", level=1)
    fr_nl("Plusieurs CPAS accompagnent des bénéficiaires de la protection temporaire (Ukraine) qui "
          "posent les mêmes questions que les participants FAMI ; un échange de pratiques est souhaité.",
          "Verschillende OCMW’s begeleiden begunstigden van tijdelijke bescherming (Oekraïne) die "
          "dezelfde vragen stellen als de AMIF-deelnemers; een uitwisseling van praktijken is gewenst.")

    d.add_heading("Accords – Afspraken", level=1)
    for line in ["Koen Wouters enverra le tableau consolidé des indicateurs 2025 pour le 13 février. / "
                 "Koen Wouters zal de geconsolideerde tabel van de indicatoren 2025 tegen 13 februari "
                 "bezorgen.",
                 "Marc Debruyne vérifiera si Fedasil peut communiquer plus tôt les dates de sortie des "
                 "centres. / Marc Debruyne zal nagaan of Fedasil de vertrekdata uit de centra vroeger "
                 "kan doorgeven.",
                 "Le SPP publiera la version définitive de l’enquête en huit langues sur l’extranet. / "
                 "Het POD zal de definitieve versie van de enquête in acht talen op het extranet "
                 "plaatsen.",
                 "Chaque CPAS vérifiera ses délais de conservation (cinq ans à partir du 31 décembre de "
                 "l’année du dernier paiement). / Elk OCMW zal zijn bewaartermijnen nakijken (vijf jaar "
                 "vanaf 31 december van het jaar van de laatste betaling).",
                 "Le CPAS de Gand accueillera la réunion de juin. / OCMW Gent zal de vergadering van juni "
                 "ontvangen.",
                 "Wouter Van Damme et Griet Van Looy prépareront un échange de pratiques sur "
                 "l’accompagnement des bénéficiaires de la protection temporaire. / Wouter Van Damme en "
                 "Griet Van Looy zullen een uitwisseling over de begeleiding van begunstigden van "
                 "tijdelijke bescherming voorbereiden.",
                 "Rédiger une FAQ commune sur les demandes d’accès (art. 15 RGPD) : qui ? / Een "
                 "gemeenschappelijke FAQ over inzageverzoeken (art. 15 AVG) opstellen: wie?"]:
        para(d, line, style="List Bullet", space_after=3)

    d.add_heading("Prochaine réunion – Volgende vergadering", level=1)
    para(d, "Juin 2026 à Gand, date exacte à fixer. / Juni 2026 in Gent, exacte datum nog vast te leggen.")

    expected = {
        "file": fname,
        "languages": ["fr", "nl"],
        "online": False,
        "interpretation": True,
        "date": "2026-01-22",
        "people": [
            ["Sofie Janssens", "Present", "BRUXELLES"],
            ["Mehdi Bouzid", "Present", "BRUXELLES"],
            ["Catherine Leroy", "Present", "BRUXELLES"],
            ["Sarah Ben Haddou", "Present", "SPP"],
            ["Koen Wouters", "Present", "SPP"],
            ["Wouter Van Damme", "Present", "GENT"],
            ["Nathalie Pirard", "Present", "LIEGE"],
            ["Malika Hamdaoui", "Present", "CHARLEROI"],
            ["Véronique Delplanque", "Present", "BINCHE"],
            ["Hanne Goossens", "Present", "ANTWERPEN"],
            ["Griet Van Looy", "Present", "MORTSEL"],
            ["Marc Debruyne", "Present", None],
            ["Olga Petrenko", "Present", None],
            ["Pieter-Jan Hermans", "Present", None],
            ["Lotte Claeys", "Excused", "GENT"],
            ["Bart Wuyts", "Excused", "EDEGEM"],
            ["Ibrahim Aguelmin", "Excused", "LIEGE"],
        ],
        "agenda": [
            ["", "", "Accueil et présentation de la nouvelle équipe / Onthaal en voorstelling van het nieuwe team"],
            ["", "", "Bilan 2025 : indicateurs communs / Balans 2025: gemeenschappelijke indicatoren"],
            ["", "", "Fedasil : de l’accueil au CPAS / Fedasil: van opvang naar OCMW"],
            ["", "", "Enquête de satisfaction multilingue : résultats / Meertalige tevredenheidsenquête: resultaten"],
            ["", "", "Divers / Varia"],
        ],
        "headings": [
            ["", "Accueil – Onthaal"],
            ["", "Bilan 2025 – Balans 2025"],
            ["", "Gand – Gent"],
            ["", "Liège – Luik"],
            ["", "Charleroi et Binche – Charleroi en Binche"],
            ["", "Anvers et Mortsel – Antwerpen en Mortsel"],
            ["", "Bruxelles – Brussel"],
            ["", "Fedasil"],
            ["", "Enquête de satisfaction – Tevredenheidsenquête"],
            ["", "Divers – Varia"],
            ["", "Accords – Afspraken"],
            ["", "Prochaine réunion – Volgende vergadering"],
        ],
        "actions": [
            ["Network Contact", ["Koen Wouters"], None, "Koen Wouters enverra le tableau consolidé"],
            ["Network Contact", ["Marc Debruyne"], None, "Marc Debruyne vérifiera si Fedasil"],
            ["SPP", [], None, "Le SPP publiera la version définitive"],
            ["CPAS", [], None, "Chaque CPAS vérifiera ses délais"],
            ["CPAS", [], "GENT", "Le CPAS de Gand accueillera la réunion"],
            ["Several Network Contacts", ["Wouter Van Damme", "Griet Van Looy"], None,
             "Wouter Van Damme et Griet Van Looy prépareront"],
            ["To Be Assigned", [], None, "Rédiger une FAQ commune sur"],
        ],
        "next_meeting": {
            "date": None,
            "text": "Juin 2026 à Gand, date exacte à fixer. / Juni 2026 in Gent, exacte datum nog vast te leggen.",
        },
        "remarks": [],
    }
    save(d, fname, expected)


# =========================================================================== checks
ORGS = {"GENT", "LIEGE", "CHARLEROI", "ANTWERPEN", "BRUXELLES", "BINCHE", "SCHOTEN", "EDEGEM",
        "MORTSEL", "SPP", None}
CPAS_CODES = ORGS - {"SPP", None}
KINDS = {"Network Contact", "Several Network Contacts", "SPP", "CPAS", "To Be Assigned"}


def docx_text(path):
    """All text python-docx reads back from the body, paragraphs and (nested) tables, in order."""
    doc = Document(path)
    out = []

    def walk(el):
        for child in el.iterchildren():
            if child.tag == qn("w:p"):
                out.append("".join(t.text or "" for t in child.iter(qn("w:t"))))
            elif child.tag == qn("w:tbl"):
                for tr in child.iter(qn("w:tr")):
                    for tc in tr.iterchildren(qn("w:tc")):
                        walk(tc)

    walk(doc.element.body)
    return "\n".join(out)


def check(fname):
    import re
    base = fname[:-5]
    errors = []
    with open(os.path.join(HERE, base + ".expected.json"), encoding="utf-8") as f:
        e = json.load(f)
    text = docx_text(os.path.join(HERE, fname))
    keys = ["file", "languages", "online", "interpretation", "date", "people", "agenda", "headings",
            "actions", "next_meeting", "remarks"]
    if list(e.keys()) != keys:
        errors.append("keys %r" % list(e.keys()))
    if e["file"] != fname:
        errors.append("file name")
    if e["languages"] not in (["fr"], ["nl"], ["fr", "nl"], ["nl", "fr"]):
        errors.append("languages")
    if not isinstance(e["online"], bool) or not isinstance(e["interpretation"], bool):
        errors.append("bools")
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", e["date"]):
        errors.append("date")
    names = set()
    seen_excused = False
    for person in e["people"]:
        name, status, org = person
        names.add(name)
        if status not in ("Present", "Excused"):
            errors.append("status %s" % name)
        if status == "Excused":
            seen_excused = True
        elif seen_excused:
            errors.append("present after excused: %s" % name)
        if org not in ORGS:
            errors.append("org %s" % org)
        if name not in text:
            errors.append("name not in text: %s" % name)
    for start, end, title in e["agenda"]:
        for t in (start, end):
            if t and not re.fullmatch(r"\d{2}:\d{2}", t):
                errors.append("agenda time %r" % t)
        if title not in text:
            errors.append("agenda title not in text: %s" % title)
    for num, title in e["headings"]:
        if title not in text:
            errors.append("heading not in text: %s" % title)
        if num.endswith((".", ")", "-")):
            errors.append("heading number %r" % num)
    for kind, persons, code, opening in e["actions"]:
        if kind not in KINDS:
            errors.append("kind %s" % kind)
        if kind == "Network Contact" and len(persons) != 1:
            errors.append("NC persons %r" % persons)
        if kind == "Several Network Contacts" and len(persons) < 2:
            errors.append("SNC persons %r" % persons)
        if kind in ("SPP", "CPAS", "To Be Assigned") and persons:
            errors.append("persons for %s" % kind)
        if kind == "CPAS" and code not in CPAS_CODES | {None}:
            errors.append("code %r" % code)
        if kind != "CPAS" and code is not None:
            errors.append("code on %s" % kind)
        for p in persons:
            if p not in names:
                errors.append("action person not in people: %s" % p)
        if len(opening.split()) < 4:
            errors.append("opening too short: %s" % opening)
        if opening not in text:
            errors.append("opening not in text: %s" % opening)
    nm = e["next_meeting"]
    if nm is not None:
        if set(nm) != {"date", "text"}:
            errors.append("next_meeting keys")
        if nm["date"] is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", nm["date"]):
            errors.append("next date")
        if nm["text"] not in text:
            errors.append("next text not in text: %s" % nm["text"])
    for r in e["remarks"]:
        if r not in text:
            errors.append("remark not in text: %s" % r)
    return errors


REPORTS = [r51, r52, r53, r54, r55, r56, r57, r58, r59, r60, r61, r62]

if __name__ == "__main__":
    if "--check-only" not in sys.argv:
        for fn in REPORTS:
            fn()
    bad = 0
    for f in sorted(os.listdir(HERE)):
        if f.endswith(".docx") and f[:2].isdigit():
            errs = check(f)
            print(("OK   " if not errs else "FAIL ") + f)
            for x in errs:
                print("     ", x)
            bad += bool(errs)
    sys.exit(1 if bad else 0)
