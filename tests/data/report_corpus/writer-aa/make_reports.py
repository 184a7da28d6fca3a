# -*- coding: utf-8 -*-
"""Ten meeting reports of the AMIF/FAMI network (numbers 277-286), each written in the Word habits of
one secretary, and for each the list of what it says (typed by hand from the report).

Run with a Python that has python-docx: python make_reports.py; writes NNN_slug.docx and NNN_slug.expected.json
next to this file."""
import datetime
import json
import os

from docx import Document
from docx.enum.section import WD_ORIENT  # noqa: F401  (kept for readers who want landscape)
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK  # noqa: F401
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

NB = "\u00a0"  # the non-breaking space Word puts before ':' in French


# ----------------------------------------------------------------------------------------- helpers
def new_doc(author, created, font=None, size=None, margins=(2.5, 2.5, 2.0, 2.0)):
    d = Document()
    s = d.sections[0]
    s.page_width, s.page_height = Cm(21.0), Cm(29.7)
    s.left_margin, s.right_margin, s.top_margin, s.bottom_margin = [Cm(x) for x in margins]
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = created
    cp.modified = created + datetime.timedelta(days=3, hours=2)
    cp.language = ""
    if font:
        st = d.styles["Normal"]
        st.font.name = font
        st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    if size:
        d.styles["Normal"].font.size = Pt(size)
    return d


def fmt_run(r, bold=None, italic=None, underline=None, size=None, color=None, caps=None, font=None):
    if bold is not None:
        r.bold = bold
    if italic is not None:
        r.italic = italic
    if underline is not None:
        r.underline = underline
    if size:
        r.font.size = Pt(size)
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    if caps:
        r.font.all_caps = True
    if font:
        r.font.name = font
    return r


def para(container, text="", style=None, align=None, space_after=None, space_before=None, tabs=None,
         indent=None, first=None, **rf):
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    if text:
        fmt_run(p.add_run(text), **rf)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "justify":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    if space_before is not None:
        p.paragraph_format.space_before = Pt(space_before)
    if tabs:
        for t in tabs:
            p.paragraph_format.tab_stops.add_tab_stop(Cm(t))
    if indent is not None:
        p.paragraph_format.left_indent = Cm(indent)
    if first is not None:
        p.paragraph_format.first_line_indent = Cm(first)
    return p


def mixed(container, parts, style=None, align=None, space_after=None, tabs=None, indent=None, first=None):
    """parts: list of (text, dict of run formats)."""
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    for text, f in parts:
        fmt_run(p.add_run(text), **f)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "justify":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    if tabs:
        for t in tabs:
            p.paragraph_format.tab_stops.add_tab_stop(Cm(t))
    if indent is not None:
        p.paragraph_format.left_indent = Cm(indent)
    if first is not None:
        p.paragraph_format.first_line_indent = Cm(first)
    return p


def cell_text(cell, text, bold=None, italic=None, size=None, color=None, align=None):
    """Put text in the first (empty) paragraph of a cell."""
    p = cell.paragraphs[0]
    fmt_run(p.add_run(text), bold=bold, italic=italic, size=size, color=color)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def cell_add(cell, text, **rf):
    p = cell.add_paragraph()
    fmt_run(p.add_run(text), **rf)
    return p


def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def col_widths(table, widths):
    for row in table.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = Cm(w)


def add_field(paragraph, instr, **rf):
    """A simple field (PAGE, NUMPAGES) as Word writes it."""
    r = paragraph.add_run()
    fmt_run(r, **rf)
    b = OxmlElement("w:fldChar")
    b.set(qn("w:fldCharType"), "begin")
    r._r.append(b)
    r2 = paragraph.add_run()
    fmt_run(r2, **rf)
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " %s " % instr
    r2._r.append(it)
    r3 = paragraph.add_run()
    fmt_run(r3, **rf)
    s = OxmlElement("w:fldChar")
    s.set(qn("w:fldCharType"), "separate")
    r3._r.append(s)
    r4 = paragraph.add_run("1")
    fmt_run(r4, **rf)
    r5 = paragraph.add_run()
    e = OxmlElement("w:fldChar")
    e.set(qn("w:fldCharType"), "end")
    r5._r.append(e)


def no_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement("w:%s" % edge)
        el.set(qn("w:val"), "nil")
        borders.append(el)
    tblPr.append(borders)


def bottom_border(paragraph, color="1F4E79", sz="8"):
    pPr = paragraph._p.get_or_add_pPr()
    pbdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), sz)
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    pbdr.append(b)
    pPr.append(pbdr)


def tagline_header(section, order="nl-fr", with_service=True):
    h = section.header
    p = h.paragraphs[0]
    nl = "Naar een geïntegreerd migratiebeleid, dankzij het AMIF"
    fr = "Vers une politique de migration plus intégrée, grâce au FAMI"
    first, second = (nl, fr) if order == "nl-fr" else (fr, nl)
    fmt_run(p.add_run(first), italic=True, size=8, color="1F4E79")
    p2 = h.add_paragraph()
    fmt_run(p2.add_run(second), italic=True, size=8, color="1F4E79")
    if with_service:
        p3 = h.add_paragraph()
        p3.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        fmt_run(p3.add_run("POD | Maatschappelijke Integratie"), bold=True, size=8)
        p4 = h.add_paragraph()
        p4.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        fmt_run(p4.add_run("SPP | Intégration Sociale"), bold=True, size=8)


def save(doc, exp):
    doc.save(os.path.join(HERE, exp["file"]))
    jp = os.path.join(HERE, exp["file"][: -len(".docx")] + ".expected.json")
    with open(jp, "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=2)
        f.write("\n")


# ------------------------------------------------------------------------------------------- 277
def r277():
    """SPP IS, Olivier Lambotte: kick-off of the network, October 2016. Heading 1/2 styles with typed
    numbers, people in a table sorted by organisation with a status column, agenda as List Number
    with times, a closing action table (Action / Qui / Échéance)."""
    fn = "277_pv_lancement_reseau_fami_oct2016.docx"
    d = new_doc("Olivier Lambotte", datetime.datetime(2016, 10, 24, 9, 12), font="Calibri", size=11)
    tagline_header(d.sections[0], order="fr-nl")
    fp = d.sections[0].footer.paragraphs[0]
    fmt_run(fp.add_run("SPP Intégration Sociale – Cellule FAMI – PV réunion de lancement du réseau\t\tPage "), size=8)
    add_field(fp, "PAGE", size=8)

    para(d, "SPP Intégration Sociale", bold=True, size=12, color="1F4E79", space_after=0)
    para(d, "Service Lutte contre la pauvreté – Cellule FAMI", size=10, space_after=12)
    para(d, "Procès-verbal de la réunion de lancement du réseau FAMI des CPAS", style="Title")
    para(d, "Date : jeudi 20 octobre 2016, de 9h30 à 12h30", space_after=0)
    para(d, "Lieu : SPP Intégration Sociale, Boulevard du Roi Albert II 30, 1000 Bruxelles – salle 3.12",
         space_after=0)
    para(d, "Rédaction : Olivier Lambotte", space_after=10)

    para(d, "Participants", bold=True, size=12, color="1F4E79", space_after=4)
    rows = [
        ("Olivier Lambotte", "SPP Intégration Sociale", "présent"),
        ("Katrien Vermeulen", "SPP Intégration Sociale", "présente"),
        ("Wouter De Smet", "CPAS de Gand", "présent"),
        ("Fatma Yilmaz", "CPAS de Gand", "présente"),
        ("Nathalie Renard", "CPAS de Liège", "présente"),
        ("Youssef El Amrani", "CPAS de Liège", "présent"),
        ("Sophie Lejeune", "CPAS de Charleroi", "présente"),
        ("Kevin Dumont", "CPAS de Charleroi", "excusé"),
        ("Els Peeters", "CPAS d'Anvers", "présente"),
        ("Tom Verbruggen", "CPAS d'Anvers", "présent"),
        ("Julie Vandenbossche", "CPAS de Bruxelles", "présente"),
        ("Mehdi Ouali", "CPAS de Bruxelles", "excusé"),
        ("Véronique Stas", "Interprète (externe)", "présente"),
        ("Leen Hermans", "Interprète (externe)", "présente"),
    ]
    t = d.add_table(rows=1, cols=3)
    t.style = "Light Grid Accent 1"
    for i, h in enumerate(("Nom", "Organisation", "Présence")):
        cell_text(t.rows[0].cells[i], h, bold=True)
    for r in rows:
        cells = t.add_row().cells
        for i, v in enumerate(r):
            cell_text(cells[i], v, size=10)
    col_widths(t, (5.5, 6.5, 3.0))

    para(d, "", space_after=0)
    para(d, "Ordre du jour", bold=True, size=12, color="1F4E79", space_after=4)
    for tm, title in [("9h30 – 10h00", "Accueil et café"),
                      ("10h00 – 10h30", "Présentation du réseau FAMI et de son calendrier"),
                      ("10h30 – 11h45", "Tour de table : les projets des cinq CPAS"),
                      ("11h45 – 12h15", "Indicateurs et rapportage"),
                      ("12h15 – 12h30", "Divers et prochaine réunion")]:
        p = d.add_paragraph(style="List Number")
        p.paragraph_format.tab_stops.add_tab_stop(Cm(4.2))
        fmt_run(p.add_run(tm))
        p.add_run("\t" + title)

    d.add_heading("1. Accueil et introduction", level=1)
    para(d, "Olivier Lambotte souhaite la bienvenue aux participants et rappelle l'objectif du réseau : "
            "permettre aux cinq CPAS qui portent un projet FAMI d'échanger leurs méthodes, leurs outils et "
            "leurs difficultés. Katrien Vermeulen présente le calendrier de la programmation 2014-2020 et "
            "les modalités de suivi des projets par le SPP.", align="justify")
    para(d, "Un tour de présentation rapide est organisé. L'interprétation simultanée FR/NL est assurée par "
            "Véronique Stas et Leen Hermans.", align="justify")

    d.add_heading("2. Présentation du réseau FAMI", level=1)
    para(d, "Le réseau se réunira deux à trois fois par an, à tour de rôle dans un des CPAS. Chaque réunion "
            "comprendra une partie « visite » chez le CPAS hôte et une partie d'échange thématique. Il est "
            "décidé que le SPP rédige le procès-verbal des réunions et le diffuse en français et en "
            "néerlandais dans les trois semaines.", align="justify")
    para(d, "Les CPAS souhaitent que les documents de travail (fiches projet, grilles d'entretien, "
            "calendriers) soient partagés. Le SPP a ouvert à cet effet un espace partagé sur son extranet, "
            "accessible à tous les participants depuis le 17 octobre.", align="justify")

    d.add_heading("3. Tour de table des projets", level=1)
    d.add_heading("3.1 CPAS de Gand", level=2)
    para(d, "Wouter De Smet présente le projet « Samen Vooruit », destiné à des primo-arrivants peu "
            "scolarisés, suivis depuis longtemps par le CPAS. Le recrutement passe par les assistants "
            "sociaux des centres sociaux de quartier. Un premier groupe de 12 participants démarre en "
            "novembre.", align="justify")
    d.add_heading("3.2 CPAS de Liège", level=2)
    para(d, "Nathalie Renard et Youssef El Amrani présentent Mod'Actions : un accompagnement individuel et "
            "quatre ateliers collectifs (activation sociale, atelier créatif, informatique, réalisation de "
            "projet). Chaque nouveau participant passe par un entretien d'admission et un bilan "
            "d'orientation.", align="justify")
    d.add_heading("3.3 CPAS de Charleroi", level=2)
    para(d, "Sophie Lejeune présente Activ'Up, qui fonctionne par modules de septembre à juin. Kevin Dumont, "
            "excusé, a transmis les chiffres du listing réalisé avec l'observatoire local : plus de 1 000 "
            "personnes répertoriées, 315 retenues par les assistantes sociales pour le module 1.",
         align="justify")
    d.add_heading("3.4 CPAS d'Anvers", level=2)
    para(d, "Els Peeters et Tom Verbruggen présentent « Wegwijs ». Des contacts sont en cours avec les CPAS "
            "de Schoten, d'Edegem et de Mortsel, qui pourraient orienter leurs propres usagers vers le "
            "projet à partir de 2018.", align="justify")
    d.add_heading("3.5 CPAS de Bruxelles", level=2)
    para(d, "Julie Vandenbossche présente « Cap Intégration ». Le recrutement passe par les antennes "
            "sociales ; les premiers entretiens d'admission ont eu lieu début octobre.", align="justify")

    d.add_heading("4. Indicateurs et rapportage", level=1)
    para(d, "Katrien Vermeulen explique le rapport trimestriel : nombre de participants, modules suivis, "
            "taux de présence. Les CPAS s'interrogent sur la manière de compter un participant qui suit "
            "plusieurs modules. Le SPP propose de compter chaque personne une seule fois par année civile ; "
            "la proposition sera rediscutée à Gand.", align="justify")

    d.add_heading("5. Divers", level=1)
    para(d, "Plusieurs CPAS demandent un glossaire FR/NL des termes du projet (bénéficiaire final / "
            "eindbegunstigde, bilan d'orientation / oriëntatiebalans, activation sociale / sociale "
            "activering).", align="justify")
    mixed(d, [("Prochaine réunion : jeudi 9 février 2017, au CPAS de Gand (adresse à confirmer).",
               {"bold": True})])

    d.add_heading("6. Récapitulatif des actions", level=1)
    acts = [
        ("Envoyer le modèle de rapport trimestriel aux cinq CPAS", "SPP IS", "15/11/2016"),
        ("Communiquer au SPP le nom et l'adresse e-mail de leur personne de contact FAMI", "Tous les CPAS",
         "31/10/2016"),
        ("Partager la grille d'entretien d'admission utilisée à Liège", "Nathalie Renard", "prochaine réunion"),
        ("Vérifier la disponibilité d'une salle au CPAS de Gand pour février", "Wouter De Smet", "30/11/2016"),
        ("Préparer un échange sur le recrutement via les antennes sociales", "Els Peeters et Julie Vandenbossche",
         "février 2017"),
        ("Établir un glossaire FR/NL des termes du projet", "À définir", "–"),
    ]
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for i, h in enumerate(("Action", "Qui", "Échéance")):
        cell_text(t.rows[0].cells[i], h, bold=True)
        shade(t.rows[0].cells[i], "D9E2F3")
    for a in acts:
        cells = t.add_row().cells
        for i, v in enumerate(a):
            cell_text(cells[i], v, size=10)
    col_widths(t, (9.0, 4.0, 3.0))

    exp = {
        "file": fn,
        "languages": ["fr"],
        "online": False,
        "interpretation": True,
        "date": "2016-10-20",
        "people": [
            ["Olivier Lambotte", "Present", "SPP"],
            ["Katrien Vermeulen", "Present", "SPP"],
            ["Wouter De Smet", "Present", "GENT"],
            ["Fatma Yilmaz", "Present", "GENT"],
            ["Nathalie Renard", "Present", "LIEGE"],
            ["Youssef El Amrani", "Present", "LIEGE"],
            ["Sophie Lejeune", "Present", "CHARLEROI"],
            ["Els Peeters", "Present", "ANTWERPEN"],
            ["Tom Verbruggen", "Present", "ANTWERPEN"],
            ["Julie Vandenbossche", "Present", "BRUXELLES"],
            ["Véronique Stas", "Present", None],
            ["Leen Hermans", "Present", None],
            ["Kevin Dumont", "Excused", "CHARLEROI"],
            ["Mehdi Ouali", "Excused", "BRUXELLES"],
        ],
        "agenda": [
            ["09:30", "10:00", "Accueil et café"],
            ["10:00", "10:30", "Présentation du réseau FAMI et de son calendrier"],
            ["10:30", "11:45", "Tour de table : les projets des cinq CPAS"],
            ["11:45", "12:15", "Indicateurs et rapportage"],
            ["12:15", "12:30", "Divers et prochaine réunion"],
        ],
        "headings": [
            ["1", "Accueil et introduction"],
            ["2", "Présentation du réseau FAMI"],
            ["3", "Tour de table des projets"],
            ["3.1", "CPAS de Gand"],
            ["3.2", "CPAS de Liège"],
            ["3.3", "CPAS de Charleroi"],
            ["3.4", "CPAS d'Anvers"],
            ["3.5", "CPAS de Bruxelles"],
            ["4", "Indicateurs et rapportage"],
            ["5", "Divers"],
            ["6", "Récapitulatif des actions"],
        ],
        "actions": [
            ["SPP", [], None, "Envoyer le modèle de rapport trimestriel"],
            ["CPAS", [], None, "Communiquer au SPP le nom et l'adresse"],
            ["Network Contact", ["Nathalie Renard"], None, "Partager la grille d'entretien d'admission utilisée"],
            ["Network Contact", ["Wouter De Smet"], None, "Vérifier la disponibilité d'une salle au"],
            ["Several Network Contacts", ["Els Peeters", "Julie Vandenbossche"], None,
             "Préparer un échange sur le recrutement via"],
            ["To Be Assigned", [], None, "Établir un glossaire FR/NL des termes"],
        ],
        "next_meeting": {"date": "2017-02-09",
                         "text": "Prochaine réunion : jeudi 9 février 2017, au CPAS de Gand (adresse à confirmer)."},
        "remarks": [],
    }
    save(d, exp)


# ------------------------------------------------------------------------------------------- 278
def r278():
    """OCMW Gent, Lotte Vanhove: network day in Gent, March 2017. No Word styles at all: bold typed
    '1.' section lines, people grouped per OCMW in one running line ('X, Y en Z (OCMW Gent)'), agenda
    lettered a) b) c) with tabs and no times, actions as 'Actie:' lines inside the sections."""
    fn = "278_verslag_netwerkdag_gent_maart2017.docx"
    d = new_doc("Lotte Vanhove", datetime.datetime(2017, 3, 20, 14, 3), font="Arial", size=10)
    fp = d.sections[0].footer.paragraphs[0]
    fmt_run(fp.add_run("Verslag netwerkdag AMIF – OCMW Gent – opgemaakt door Lotte Vanhove"), size=8,
            color="808080")

    para(d, "OCMW Gent – Departement Sociale Activering", size=9, color="808080", space_after=6)
    para(d, "Verslag netwerkdag AMIF-projecten", bold=True, size=14, space_after=2)
    para(d, "Donderdag 16 maart 2017 – OCMW Gent, vergaderzaal Leie, Onderbergen 86, 9000 Gent", space_after=10)

    mixed(d, [("Aanwezig: ", {"bold": True}),
              ("Katrien Vermeulen (POD MI), Wouter De Smet, Fatma Yilmaz en Lotte Vanhove (OCMW Gent), "
               "Nathalie Renard en Marc Delvaux (OCMW Luik), Sophie Lejeune en Kevin Dumont (OCMW Charleroi), "
               "Els Peeters (OCMW Antwerpen), Mehdi Ouali (OCMW Brussel)", {})], space_after=2)
    mixed(d, [("Tolken (simultaan NL-FR): ", {"bold": True}), ("Koen Mertens en Véronique Stas", {})],
          space_after=2)
    mixed(d, [("Verontschuldigd: ", {"bold": True}),
              ("Tom Verbruggen (OCMW Antwerpen), Julie Vandenbossche (OCMW Brussel), Olivier Lambotte (POD MI)",
               {})], space_after=10)

    para(d, "Agenda", bold=True, underline=True, space_after=2)
    for letter, title in [("a)", "Verwelkoming en koffie"), ("b)", "Voorstelling project Samen Vooruit"),
                          ("c)", "Stand van zaken per OCMW"), ("d)", "Bezoek aan het buurtcentrum Rabot"),
                          ("e)", "Varia")]:
        para(d, letter + "\t" + title, tabs=[1.0], indent=0.5, space_after=0)
    para(d, "")

    para(d, "1. Verwelkoming", bold=True, space_after=2)
    para(d, "Wouter De Smet heet iedereen welkom in Gent. Katrien Vermeulen blikt kort terug op de "
            "startvergadering van oktober in Brussel. Op het verslag daarvan kwamen geen opmerkingen; het is "
            "dus goedgekeurd. Er wordt beslist om de netwerkdagen voortaan bij toerbeurt te organiseren bij "
            "een van de vijf OCMW's.")

    para(d, "2. Voorstelling project Samen Vooruit", bold=True, space_after=2)
    para(d, "Samen Vooruit richt zich op nieuwkomers met weinig scholing die al lang een leefloon krijgen. "
            "Elke deelnemer heeft eerst een intakegesprek en krijgt een oriëntatiebalans. Daarna volgt hij "
            "een traject van zes maanden: individuele coaching om de twee weken, een wekelijkse groep "
            "taalactivering en een maandelijkse uitstap. Twee interculturele bemiddelaars treden op als "
            "sociaal tolk.")
    para(d, "Van de 64 doorverwezen cliënten kwamen er 41 naar het intakegesprek; 29 zijn effectief gestart.")
    para(d, "Vragen uit de groep: Luik vraagt hoe Gent omgaat met deelnemers die vaak te laat komen. In Gent "
            "wordt stiptheid opgenomen in het trajectcontract; na drie keer onverwittigd afwezig volgt een "
            "gesprek met de maatschappelijk werker.")
    mixed(d, [("Actie: ", {"bold": True}),
              ("Wouter bezorgt de intakefiche en het trajectcontract van Gent aan alle OCMW's.", {})])

    para(d, "3. Stand van zaken per OCMW", bold=True, space_after=2)
    para(d, "•\tLuik: Mod'Actions loopt met vier collectieve modules; het atelier informatica zit vol. De "
            "planning van module 2 is nog niet rond.", tabs=[0.5], indent=0.5, first=-0.5, space_after=2)
    mixed(d, [("Actie OCMW Luik: ", {"bold": True}),
              ("de planning van module 2 doorsturen naar de POD en naar Gent.", {})], indent=0.5)
    para(d, "•\tCharleroi: module 2 van Activ'Up is in september gestart met 23 deelnemers. Charleroi heeft "
            "de cijfers van module 1 al aan de POD bezorgd.", tabs=[0.5], indent=0.5, first=-0.5, space_after=2)
    para(d, "•\tAntwerpen: 14 deelnemers in Wegwijs, [aantal doorverwijzingen nog aan te vullen door Tom]. "
            "De gesprekken met Schoten, Edegem en Mortsel lopen nog.", tabs=[0.5], indent=0.5, first=-0.5,
         space_after=2)
    para(d, "•\tBrussel: Mehdi Ouali meldt dat de rekrutering via de antennes traag verloopt; de "
            "maatschappelijk werkers kennen het project nog onvoldoende. Brussel denkt aan een infomoment "
            "per antenne.", tabs=[0.5], indent=0.5, first=-0.5)
    para(d, "Gent en Luik zijn het erover eens dat dit probleem overal speelt.")
    mixed(d, [("Actie: ", {"bold": True}),
              ("POD MI vraagt bij de verantwoordelijke autoriteit na of de kosten van de tolken subsidiabel zijn.",
               {})])

    para(d, "4. Bezoek aan het buurtcentrum Rabot", bold=True, space_after=2)
    para(d, "In de namiddag bezoeken we het buurtcentrum waar de groepen van Samen Vooruit samenkomen. Een "
            "deelneemster vertelt over haar traject. De collega's van Luik en Charleroi zijn onder de indruk "
            "van de huiselijke sfeer en de kinderopvang ter plaatse.")
    para(d, "Fatma en Lotte plannen een tweede bezoek voor de collega's van Antwerpen en Brussel die vandaag "
            "niet konden komen.")

    para(d, "5. Varia", bold=True, space_after=2)
    para(d, "Er is nog altijd nood aan een gemeenschappelijke woordenlijst Frans-Nederlands (zie ook het "
            "verslag van oktober).")
    mixed(d, [("Actie (nog te bepalen): ", {"bold": True}),
              ("de woordenlijst FR/NL opstellen op basis van de projectfiches.", {})])
    para(d, "")
    mixed(d, [("Volgende netwerkdag: juni 2017 in Luik (datum volgt via mail).", {"bold": True})])

    exp = {
        "file": fn,
        "languages": ["nl"],
        "online": False,
        "interpretation": True,
        "date": "2017-03-16",
        "people": [
            ["Katrien Vermeulen", "Present", "SPP"],
            ["Wouter De Smet", "Present", "GENT"],
            ["Fatma Yilmaz", "Present", "GENT"],
            ["Lotte Vanhove", "Present", "GENT"],
            ["Nathalie Renard", "Present", "LIEGE"],
            ["Marc Delvaux", "Present", "LIEGE"],
            ["Sophie Lejeune", "Present", "CHARLEROI"],
            ["Kevin Dumont", "Present", "CHARLEROI"],
            ["Els Peeters", "Present", "ANTWERPEN"],
            ["Mehdi Ouali", "Present", "BRUXELLES"],
            ["Koen Mertens", "Present", None],
            ["Véronique Stas", "Present", None],
            ["Tom Verbruggen", "Excused", "ANTWERPEN"],
            ["Julie Vandenbossche", "Excused", "BRUXELLES"],
            ["Olivier Lambotte", "Excused", "SPP"],
        ],
        "agenda": [
            [None, None, "Verwelkoming en koffie"],
            [None, None, "Voorstelling project Samen Vooruit"],
            [None, None, "Stand van zaken per OCMW"],
            [None, None, "Bezoek aan het buurtcentrum Rabot"],
            [None, None, "Varia"],
        ],
        "headings": [
            ["1", "Verwelkoming"],
            ["2", "Voorstelling project Samen Vooruit"],
            ["3", "Stand van zaken per OCMW"],
            ["4", "Bezoek aan het buurtcentrum Rabot"],
            ["5", "Varia"],
        ],
        "actions": [
            ["Network Contact", ["Wouter De Smet"], None, "Wouter bezorgt de intakefiche en het trajectcontract"],
            ["CPAS", [], "LIEGE", "de planning van module 2 doorsturen"],
            ["SPP", [], None, "POD MI vraagt bij de verantwoordelijke autoriteit"],
            ["Several Network Contacts", ["Fatma Yilmaz", "Lotte Vanhove"], None,
             "Fatma en Lotte plannen een tweede bezoek"],
            ["To Be Assigned", [], None, "de woordenlijst FR/NL opstellen op basis"],
        ],
        "next_meeting": {"date": None, "text": "Volgende netwerkdag: juni 2017 in Luik (datum volgt via mail)."},
        "remarks": ["[aantal doorverwijzingen nog aan te vullen door Tom]"],
    }
    save(d, exp)


# ------------------------------------------------------------------------------------------- 279
def r279():
    """CPAS de Charleroi, Aïcha Bensaïd (Service Action Migrants): November 2017. Word's French
    autocorrect (curly apostrophes, non-breaking space before ':'), typed '- ' bullets with 'Mme'/'M.',
    excused inline, agenda with '9.30 – 10.00' and tabs, Roman capitals for sections, arrows and
    'Qui :' for the action points."""
    fn = "279_pv_reunion_fami_charleroi_nov2017.docx"
    d = new_doc("Aïcha Bensaïd", datetime.datetime(2017, 11, 27, 11, 40), font="Times New Roman", size=11)
    fp = d.sections[0].footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fmt_run(fp.add_run("CPAS de Charleroi – Service Action Migrants – PV réunion FAMI du 23/11/2017"), size=8,
            italic=True)
    hp = d.sections[0].header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fmt_run(hp.add_run("Vers une politique de migration plus intégrée, grâce au FAMI"), italic=True, size=8)

    para(d, "CPAS DE CHARLEROI", bold=True, size=14, align="center", space_after=0)
    para(d, "Service Action Migrants", align="center", space_after=12)
    para(d, "RÉUNION DU RÉSEAU FAMI", bold=True, size=13, align="center", space_after=0)
    para(d, "Procès-verbal de la réunion du jeudi 23 novembre 2017", italic=True, align="center", space_after=12)
    para(d, f"Lieu{NB}: Service Action Migrants, salle polyvalente (2e étage), Charleroi", space_after=8)

    para(d, f"Présents{NB}:", bold=True, underline=True, space_after=2)
    for line in ["Mme Katrien Vermeulen, SPP Intégration Sociale",
                 "M. Olivier Lambotte, SPP Intégration Sociale",
                 "M. Wouter De Smet, CPAS de Gand",
                 "Mme Nathalie Renard, CPAS de Liège",
                 "Mme Sophie Lejeune, CPAS de Charleroi",
                 "M. Kevin Dumont, CPAS de Charleroi",
                 "Mme Aïcha Bensaïd, CPAS de Charleroi",
                 "Mme Anne-Sophie Hautier, CPAS de Binche",
                 "Mme Els Peeters, CPAS d’Anvers",
                 "Mme Julie Vandenbossche, CPAS de Bruxelles",
                 "M. Didier Collard, Observatoire local de la cohésion sociale (invité)"]:
        para(d, "-\t" + line, tabs=[0.75], indent=0.75, first=-0.75, space_after=0)
    para(d, "", space_after=0)
    mixed(d, [(f"Excusés{NB}: ", {"bold": True, "underline": True}),
              ("M. Youssef El Amrani (CPAS de Liège), Mme Fatma Yilmaz (CPAS de Gand), "
               "M. Tom Verbruggen (CPAS d’Anvers).", {})], space_after=4)
    para(d, "Les collègues de Gand et d’Anvers ont souhaité que la réunion se tienne en français, sans "
            "interprétation.", italic=True, size=10, space_after=10)

    para(d, f"Ordre du jour{NB}:", bold=True, underline=True, space_after=2)
    for tm, title in [("9.30 – 10.00", "Accueil – café"),
                      ("10.00 – 11.00", f"Présentation d’Activ’Up{NB}: bilan du module 2"),
                      ("11.00 – 11.15", "Pause"),
                      ("11.15 – 12.15", f"Le recrutement via les antennes sociales{NB}: échange de pratiques"),
                      ("12.15 – 12.30", "Divers")]:
        para(d, tm + "\t" + title, tabs=[3.0], indent=0.5, space_after=0)
    para(d, "")

    def sec(t):
        para(d, t, bold=True, size=12, space_before=8, space_after=4)

    sec("I. ACCUEIL")
    para(d, "Sophie Lejeune accueille les participants au nom du Service Action Migrants et remercie le SPP "
            "pour son soutien. Elle rappelle que le projet Activ’Up fonctionne par modules, de septembre à "
            "juin, et que le module 3 a démarré le 11 septembre.", align="justify")

    sec("II. BILAN DU MODULE 2 D’ACTIV’UP")
    para(d, f"Kevin Dumont présente le bilan du module 2 (septembre 2016 – juin 2017){NB}:", align="justify",
         space_after=2)
    for line in [f"187 personnes retenues par les assistantes sociales sur base du listing{NB};",
                 f"58 personnes présentes aux séances d’information (31{NB}%){NB};",
                 "41 participants inscrits au module."]:
        para(d, "-\t" + line, tabs=[0.75], indent=0.75, first=-0.75, space_after=0)
    para(d, f"Nombre de participants ayant terminé le module 2{NB}: XXX", space_before=4)
    para(d, f"Points forts{NB}: l’intensité du travail avec le public (presque tous les jours de la semaine), "
            "les liens entre les participants et l’esprit de groupe en fin de module.", align="justify")
    para(d, f"Points à améliorer{NB}: la communication des changements d’horaire aux participants, "
            "l’équilibre des horaires entre anciens et nouveaux, et l’anticipation des sorties, les "
            "procédures administratives étant de plus en plus longues.", align="justify")
    para(d, "Anne-Sophie Hautier explique que le CPAS de Binche a déjà adapté sa fiche d’inscription sur le "
            "modèle de Charleroi. Un premier groupe de 8 personnes de Binche rejoindra Activ’Up en janvier.",
         align="justify")

    sec(f"III. RECRUTEMENT{NB}: ÉCHANGE DE PRATIQUES")
    para(d, "Didier Collard présente la méthode du listing réalisé avec l’observatoire local de la cohésion "
            "sociale{0}: croisement des dossiers du CPAS, puis tri par les assistantes sociales des antennes. "
            "Sur plus de 1{1}000 personnes répertoriées, seules 30{1}% environ viennent à la séance "
            "d’information.".format(NB, NB), align="justify")
    para(d, "Els Peeters explique qu’à Anvers les maatschappelijk werkers accompagnent eux-mêmes le client "
            "au premier rendez-vous, ce qui augmente nettement la présence. Julie Vandenbossche signale que "
            "Bruxelles rencontre les mêmes difficultés que Charleroi. Il est proposé que des AS des antennes "
            "de Charleroi rencontrent leurs collègues d’Anvers.", align="justify")

    sec("IV. DIVERS")
    para(d, "Le SPP remercie les CPAS qui ont déjà remis leur rapport du 3e trimestre. La question des "
            "attestations de présence (demandées par certaines écoles et certains employeurs) reste sans "
            "réponse à ce stade.", align="justify")

    sec("V. POINTS D’ACTION")
    for line in [f"Envoyer la présentation Activ’Up et le bilan chiffré à tous les participants. Qui{NB}: Aïcha",
                 f"Transmettre au SPP les chiffres du premier groupe de janvier. Qui{NB}: CPAS de Binche",
                 "Organiser une rencontre entre les AS des antennes de Charleroi et d’Anvers. "
                 f"Qui{NB}: Sophie Lejeune et Els Peeters",
                 f"Relancer la question des attestations de présence. Qui{NB}:{NB}?",
                 "Le SPP diffusera la liste des personnes de contact mise à jour."]:
        para(d, "→\t" + line, tabs=[0.75], indent=0.75, first=-0.75, space_after=2)
    para(d, "")
    para(d, f"Prochaine réunion{NB}: au printemps 2018, au CPAS d’Anvers (date à fixer par Doodle).", bold=True)
    para(d, "Aïcha Bensaïd", italic=True, align="right", space_after=0)
    para(d, "Service Action Migrants", italic=True, align="right")

    exp = {
        "file": fn,
        "languages": ["fr"],
        "online": False,
        "interpretation": False,
        "date": "2017-11-23",
        "people": [
            ["Katrien Vermeulen", "Present", "SPP"],
            ["Olivier Lambotte", "Present", "SPP"],
            ["Wouter De Smet", "Present", "GENT"],
            ["Nathalie Renard", "Present", "LIEGE"],
            ["Sophie Lejeune", "Present", "CHARLEROI"],
            ["Kevin Dumont", "Present", "CHARLEROI"],
            ["Aïcha Bensaïd", "Present", "CHARLEROI"],
            ["Anne-Sophie Hautier", "Present", "BINCHE"],
            ["Els Peeters", "Present", "ANTWERPEN"],
            ["Julie Vandenbossche", "Present", "BRUXELLES"],
            ["Didier Collard", "Present", None],
            ["Youssef El Amrani", "Excused", "LIEGE"],
            ["Fatma Yilmaz", "Excused", "GENT"],
            ["Tom Verbruggen", "Excused", "ANTWERPEN"],
        ],
        "agenda": [
            ["09:30", "10:00", "Accueil – café"],
            ["10:00", "11:00", "Présentation d’Activ’Up\u00a0: bilan du module 2"],
            ["11:00", "11:15", "Pause"],
            ["11:15", "12:15", "Le recrutement via les antennes sociales\u00a0: échange de pratiques"],
            ["12:15", "12:30", "Divers"],
        ],
        "headings": [
            ["I", "ACCUEIL"],
            ["II", "BILAN DU MODULE 2 D’ACTIV’UP"],
            ["III", "RECRUTEMENT\u00a0: ÉCHANGE DE PRATIQUES"],
            ["IV", "DIVERS"],
            ["V", "POINTS D’ACTION"],
        ],
        "actions": [
            ["Network Contact", ["Aïcha Bensaïd"], None, "Envoyer la présentation Activ’Up et le bilan"],
            ["CPAS", [], "BINCHE", "Transmettre au SPP les chiffres du premier"],
            ["Several Network Contacts", ["Sophie Lejeune", "Els Peeters"], None,
             "Organiser une rencontre entre les AS des"],
            ["To Be Assigned", [], None, "Relancer la question des attestations de présence"],
            ["SPP", [], None, "Le SPP diffusera la liste des personnes"],
        ],
        "next_meeting": {"date": None,
                         "text": "Prochaine réunion\u00a0: au printemps 2018, au CPAS d’Anvers (date à fixer par Doodle)."},
        "remarks": ["Nombre de participants ayant terminé le module 2\u00a0: XXX"],
    }
    save(d, exp)


# ------------------------------------------------------------------------------------------- 280
def r280():
    """OCMW Antwerpen, Hanne Jacobs: network meeting in Antwerpen with the partner OCMW's, June 2018.
    Everything in tables: a meta table, people in two columns (present / excused), agenda table with
    '10u00-10u15', the report itself in a two-column NL | FR table with full-width section rows, then
    a bilingual action table with initials and first names."""
    fn = "280_verslag_netwerk_antwerpen_juni2018.docx"
    d = new_doc("Hanne Jacobs", datetime.datetime(2018, 6, 18, 16, 25), font="Calibri", size=10,
                margins=(2.0, 2.0, 1.8, 1.8))
    hp = d.sections[0].header.paragraphs[0]
    fmt_run(hp.add_run("OCMW Antwerpen – Wegwijs\tAMIF / FAMI"), size=8, color="C00000", bold=True)
    fp = d.sections[0].footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fmt_run(fp.add_run("p. "), size=8)
    add_field(fp, "PAGE", size=8)

    para(d, "Verslag netwerkbijeenkomst AMIF", bold=True, size=15, color="C00000", space_after=0)
    para(d, "Compte rendu de la rencontre du réseau FAMI", bold=True, italic=True, size=13, color="7F7F7F",
         space_after=8)

    meta = d.add_table(rows=0, cols=2)
    meta.style = "Table Grid"
    for k, v in [("Datum / Date", "donderdag 14 juni 2018 – jeudi 14 juin 2018"),
                 ("Plaats / Lieu", "OCMW Antwerpen, Sociaal Huis, Lange Gasthuisstraat 39, 2000 Antwerpen – zaal Rubens"),
                 ("Vertaling / Interprétation", "simultaan NL-FR / simultanée NL-FR"),
                 ("Verslag / Rapport", "Hanne Jacobs")]:
        c = meta.add_row().cells
        cell_text(c[0], k, bold=True)
        shade(c[0], "F2F2F2")
        cell_text(c[1], v)
    col_widths(meta, (4.5, 12.5))
    para(d, "", space_after=0)

    pt = d.add_table(rows=2, cols=2)
    pt.style = "Table Grid"
    cell_text(pt.rows[0].cells[0], "Aanwezig / Présents", bold=True)
    cell_text(pt.rows[0].cells[1], "Verontschuldigd / Excusés", bold=True)
    shade(pt.rows[0].cells[0], "FBE4D5")
    shade(pt.rows[0].cells[1], "FBE4D5")
    pres = ["Els Peeters – OCMW Antwerpen", "Tom Verbruggen – OCMW Antwerpen", "Hanne Jacobs – OCMW Antwerpen",
            "Jan Wouters – OCMW Schoten", "Ilse Van Dyck – OCMW Edegem", "Katrien Vermeulen – POD MI / SPP IS",
            "Wouter De Smet – OCMW Gent", "Nathalie Renard – CPAS de Liège", "Youssef El Amrani – CPAS de Liège",
            "Kevin Dumont – CPAS de Charleroi", "Julie Vandenbossche – CPAS de Bruxelles",
            "Koen Mertens – tolk / interprète", "Véronique Stas – tolk / interprète"]
    exc = ["Bart Goossens – OCMW Mortsel", "Sophie Lejeune – CPAS de Charleroi", "Olivier Lambotte – POD MI / SPP IS"]
    cell_text(pt.rows[1].cells[0], pres[0])
    for x in pres[1:]:
        cell_add(pt.rows[1].cells[0], x)
    cell_text(pt.rows[1].cells[1], exc[0])
    for x in exc[1:]:
        cell_add(pt.rows[1].cells[1], x)
    col_widths(pt, (8.5, 8.5))
    para(d, "", space_after=0)

    para(d, "Agenda / Ordre du jour", bold=True, size=11, color="C00000", space_after=2)
    at = d.add_table(rows=1, cols=2)
    at.style = "Light List Accent 2"
    cell_text(at.rows[0].cells[0], "Uur / Heure", bold=True)
    cell_text(at.rows[0].cells[1], "Agendapunt / Point", bold=True)
    for tm, title in [("10u00-10u15", "Welkom / Accueil"),
                      ("10u15-11u00", "Partnerwerking met Schoten, Edegem en Mortsel / Le partenariat avec "
                                      "Schoten, Edegem et Mortsel"),
                      ("11u00-12u00", "Tevredenheidsenquête: eerste resultaten / Enquête de satisfaction : "
                                      "premiers résultats"),
                      ("12u00-12u30", "Varia en afspraken / Divers et accords"),
                      ("12u30", "Lunch")]:
        c = at.add_row().cells
        cell_text(c[0], tm)
        cell_text(c[1], title)
    col_widths(at, (3.0, 14.0))
    para(d, "", space_after=0)

    body = d.add_table(rows=0, cols=2)
    body.style = "Table Grid"

    def head(text):
        r = body.add_row().cells
        m = r[0].merge(r[1])
        cell_text(m, text, bold=True, color="C00000")
        shade(m, "F2F2F2")

    def both(nl, fr):
        r = body.add_row().cells
        cell_text(r[0], nl[0])
        for x in nl[1:]:
            cell_add(r[0], x)
        cell_text(r[1], fr[0], italic=True)
        for x in fr[1:]:
            cell_add(r[1], x, italic=True)

    def full(text, **rf):
        r = body.add_row().cells
        m = r[0].merge(r[1])
        cell_text(m, text, **rf)

    head("1. Welkom – Accueil")
    both(["Els Peeters verwelkomt de deelnemers in Antwerpen. Voor het eerst zijn ook de partner-OCMW's "
          "Schoten en Edegem aanwezig; Mortsel is verontschuldigd."],
         ["Els Peeters accueille les participants à Anvers. Pour la première fois, les CPAS partenaires de "
          "Schoten et d'Edegem sont présents ; Mortsel est excusé."])
    head("2. Partnerwerking Schoten, Edegem en Mortsel – Partenariat avec Schoten, Edegem et Mortsel")
    both(["Sinds januari verwijzen de sociale diensten van de drie partner-OCMW's deelnemers door naar "
          "Wegwijs. De collectieve modules vinden plaats in Antwerpen; de individuele begeleiding gebeurt "
          "in de eigen gemeente.",
          "Jan Wouters (Schoten) meldt 9 doorverwijzingen, Ilse Van Dyck (Edegem) 6. Het vervoer naar "
          "Antwerpen blijft voor sommige deelnemers een drempel; Edegem betaalt voortaan een "
          "De Lijn-abonnement."],
         ["Depuis janvier, les services sociaux des trois CPAS partenaires orientent des participants vers "
          "Wegwijs. Les modules collectifs ont lieu à Anvers ; l'accompagnement individuel se fait dans la "
          "commune même.",
          "Jan Wouters (Schoten) signale 9 orientations, Ilse Van Dyck (Edegem) 6. Le trajet vers Anvers "
          "reste un frein pour certains participants ; Edegem paie désormais un abonnement De Lijn."])
    full("[Mortsel: nog aan te vullen – à compléter]", italic=True, color="7F7F7F")
    head("3. Tevredenheidsenquête – Enquête de satisfaction")
    both(["Tom Verbruggen stelt de eerste resultaten voor (52 ingevulde enquêtes). De deelnemers zijn "
          "tevreden over de begeleiding, maar veel vragen zijn te abstract voor de doelgroep ('in welke "
          "mate', 'zelfredzaamheid'). Luik en Gent bevestigen dit.",
          "Er wordt beslist om de vragenlijst in te korten tot tien vragen. Er is ook vraag naar een versie "
          "met pictogrammen en in meer talen."],
         ["Tom Verbruggen présente les premiers résultats (52 enquêtes remplies). Les participants sont "
          "satisfaits de l'accompagnement, mais beaucoup de questions sont trop abstraites pour le public "
          "(« dans quelle mesure », « autonomie »). Liège et Gand le confirment.",
          "Il est décidé de réduire le questionnaire à dix questions. Une version avec pictogrammes et en "
          "plusieurs langues est également demandée."])
    head("4. Varia – Divers")
    both(["Kevin Dumont laat weten dat Charleroi in september met module 3 start. Julie Vandenbossche "
          "nodigt iedereen uit voor de slotdag van Cap Intégration in december."],
         ["Kevin Dumont annonce que Charleroi démarre le module 3 en septembre. Julie Vandenbossche invite "
          "chacun à la journée de clôture de Cap Intégration en décembre."])
    col_widths(body, (8.5, 8.5))

    para(d, "", space_after=0)
    para(d, "5. Actiepunten – Points d'action", bold=True, size=11, color="C00000", space_after=2)
    act = d.add_table(rows=1, cols=3)
    act.style = "Table Grid"
    for i, h in enumerate(("Wat / Quoi", "Wie / Qui", "Timing")):
        cell_text(act.rows[0].cells[i], h, bold=True)
        shade(act.rows[0].cells[i], "FBE4D5")
    for nl, fr, who, when in [
        ("De vragenlijst herwerken tot tien eenvoudige vragen met pictogrammen",
         "Remanier le questionnaire en dix questions simples avec pictogrammes", "Tom / Hanne", "september"),
        ("De tevredenheidsenquête laten vertalen naar het Arabisch en het Dari",
         "Faire traduire l'enquête de satisfaction en arabe et en dari", "POD MI / SPP IS", "oktober"),
        ("Cijfers doorverwijzingen Q2 bezorgen aan Antwerpen",
         "Transmettre à Anvers les chiffres d'orientation du T2", "OCMW Schoten", "30/06"),
        ("Draaiboek infosessie delen met de partner-OCMW's",
         "Partager le scénario de la séance d'information avec les CPAS partenaires", "Els P.", "juli"),
        ("Feedback geven op de ingekorte vragenlijst", "Réagir au questionnaire raccourci",
         "alle OCMW's / tous les CPAS", "volgende bijeenkomst"),
        ("Een gezamenlijke vorming voor maatschappelijk werkers uitwerken",
         "Élaborer une formation commune pour les assistants sociaux", "nog te bepalen / à définir", "–"),
    ]:
        c = act.add_row().cells
        cell_text(c[0], nl)
        cell_add(c[0], fr, italic=True, color="7F7F7F")
        cell_text(c[1], who)
        cell_text(c[2], when)
    col_widths(act, (10.5, 4.0, 2.5))
    para(d, "", space_after=0)
    para(d, "Volgende bijeenkomst / Prochaine rencontre: donderdag 18 oktober 2018 – jeudi 18 octobre 2018, "
            "OCMW Luik / CPAS de Liège", bold=True)

    exp = {
        "file": fn,
        "languages": ["nl", "fr"],
        "online": False,
        "interpretation": True,
        "date": "2018-06-14",
        "people": [
            ["Els Peeters", "Present", "ANTWERPEN"],
            ["Tom Verbruggen", "Present", "ANTWERPEN"],
            ["Hanne Jacobs", "Present", "ANTWERPEN"],
            ["Jan Wouters", "Present", "SCHOTEN"],
            ["Ilse Van Dyck", "Present", "EDEGEM"],
            ["Katrien Vermeulen", "Present", "SPP"],
            ["Wouter De Smet", "Present", "GENT"],
            ["Nathalie Renard", "Present", "LIEGE"],
            ["Youssef El Amrani", "Present", "LIEGE"],
            ["Kevin Dumont", "Present", "CHARLEROI"],
            ["Julie Vandenbossche", "Present", "BRUXELLES"],
            ["Koen Mertens", "Present", None],
            ["Véronique Stas", "Present", None],
            ["Bart Goossens", "Excused", "MORTSEL"],
            ["Sophie Lejeune", "Excused", "CHARLEROI"],
            ["Olivier Lambotte", "Excused", "SPP"],
        ],
        "agenda": [
            ["10:00", "10:15", "Welkom / Accueil"],
            ["10:15", "11:00", "Partnerwerking met Schoten, Edegem en Mortsel / Le partenariat avec Schoten, "
                               "Edegem et Mortsel"],
            ["11:00", "12:00", "Tevredenheidsenquête: eerste resultaten / Enquête de satisfaction : "
                               "premiers résultats"],
            ["12:00", "12:30", "Varia en afspraken / Divers et accords"],
            ["12:30", None, "Lunch"],
        ],
        "headings": [
            ["1", "Welkom – Accueil"],
            ["2", "Partnerwerking Schoten, Edegem en Mortsel – Partenariat avec Schoten, Edegem et Mortsel"],
            ["3", "Tevredenheidsenquête – Enquête de satisfaction"],
            ["4", "Varia – Divers"],
            ["5", "Actiepunten – Points d'action"],
        ],
        "actions": [
            ["Several Network Contacts", ["Tom Verbruggen", "Hanne Jacobs"], None,
             "De vragenlijst herwerken tot tien eenvoudige vragen"],
            ["SPP", [], None, "De tevredenheidsenquête laten vertalen naar het Arabisch"],
            ["CPAS", [], "SCHOTEN", "Cijfers doorverwijzingen Q2 bezorgen aan Antwerpen"],
            ["Network Contact", ["Els Peeters"], None, "Draaiboek infosessie delen met de partner-OCMW's"],
            ["CPAS", [], None, "Feedback geven op de ingekorte vragenlijst"],
            ["To Be Assigned", [], None, "Een gezamenlijke vorming voor maatschappelijk werkers"],
        ],
        "next_meeting": {"date": "2018-10-18",
                         "text": "Volgende bijeenkomst / Prochaine rencontre: donderdag 18 oktober 2018 – jeudi "
                                 "18 octobre 2018, OCMW Luik / CPAS de Liège"},
        "remarks": ["[Mortsel: nog aan te vullen – à compléter]"],
    }
    save(d, exp)


# ------------------------------------------------------------------------------------------- 281
def r281():
    """CPAS de Liège, Marc Delvaux (coordinator Mod'Actions): September 2019. Heading 1 / Heading 2
    with typed '1.' and '2.1', people in a two-column table (Présents | Excusés) with '(CPAS Liège)',
    agenda table 'Heure | Point' with '09h30 – 10h00', action points as '► Action' lines where the owner
    is sometimes a label '(SPP)', sometimes the subject of the sentence."""
    fn = "281_compte_rendu_reseau_liege_sept2019.docx"
    d = new_doc("Marc Delvaux", datetime.datetime(2019, 9, 30, 10, 5), font="Calibri", size=11)
    hp = d.sections[0].header.paragraphs[0]
    fmt_run(hp.add_run("CPAS de Liège – Département d'Insertion – Projet Mod'Actions"), size=8, color="2E74B5")
    fp = d.sections[0].footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fmt_run(fp.add_run("Projet cofinancé par le Fonds Asile, Migration et Intégration (FAMI) – "), size=7)
    add_field(fp, "PAGE", size=7)

    para(d, "Réunion du réseau FAMI – Compte rendu", style="Title")
    para(d, "Liège, le 26 septembre 2019", bold=True, space_after=0)
    para(d, "Lieu : Maison de l'activation sociale, rue Sainte-Marguerite 120, 4000 Liège", space_after=8)

    pt = d.add_table(rows=2, cols=2)
    pt.style = "Light Shading Accent 1"
    cell_text(pt.rows[0].cells[0], "Présents", bold=True)
    cell_text(pt.rows[0].cells[1], "Excusés", bold=True)
    pres = ["Marc Delvaux (CPAS Liège)", "Nathalie Renard (CPAS Liège)", "Youssef El Amrani (CPAS Liège)",
            "Katrien Vermeulen (SPP IS)", "Sarah Ben Haddou (SPP IS)", "Wouter De Smet (CPAS Gand)",
            "Sophie Lejeune (CPAS Charleroi)", "Kevin Dumont (CPAS Charleroi)", "Tom Verbruggen (CPAS Anvers)",
            "Mehdi Ouali (CPAS Bruxelles)", "Caroline Dewulf (CPAS Bruxelles)"]
    exc = ["Els Peeters (CPAS Anvers)", "Fatma Yilmaz (CPAS Gand)", "Olivier Lambotte (SPP IS)"]
    cell_text(pt.rows[1].cells[0], pres[0])
    for x in pres[1:]:
        cell_add(pt.rows[1].cells[0], x)
    cell_text(pt.rows[1].cells[1], exc[0])
    for x in exc[1:]:
        cell_add(pt.rows[1].cells[1], x)
    para(d, "Interprétation simultanée FR/NL assurée par le service d'interprètes du SPP.", italic=True,
         size=9, space_before=4)

    para(d, "Ordre du jour", bold=True, color="2E74B5", size=12, space_after=2)
    at = d.add_table(rows=1, cols=2)
    at.style = "Table Grid"
    cell_text(at.rows[0].cells[0], "Heure", bold=True)
    cell_text(at.rows[0].cells[1], "Point", bold=True)
    for tm, title in [("09h30 – 10h00", "Accueil et visite de la maison d'activation"),
                      ("10h00 – 11h00", "Tour de table des CPAS"),
                      ("11h00 – 11h45", "Les trois contrats du parcours Mod'Actions"),
                      ("11h45 – 12h30", "Indicateurs FAMI : comptage des participants"),
                      ("12h30", "Lunch à la ferme du CPAS"),
                      ("13h30 – 14h30", "Divers et clôture")]:
        c = at.add_row().cells
        cell_text(c[0], tm)
        cell_text(c[1], title)
    col_widths(at, (3.5, 12.5))

    def action(text):
        p = para(d, "", indent=0.6)
        fmt_run(p.add_run("► "), color="C00000")
        fmt_run(p.add_run(text), italic=True)

    d.add_heading("1. Accueil", level=1)
    para(d, "Marc Delvaux accueille le réseau à la maison d'activation sociale. Les participants visitent les "
            "locaux et l'atelier créatif, où les participants du module 1 présentent leurs réalisations "
            "(photos, objets en céramique).", align="justify")

    d.add_heading("2. Tour de table", level=1)
    d.add_heading("2.1 CPAS de Gand", level=2)
    para(d, "Wouter De Smet : trois groupes en cours, 34 participants. Gand a engagé une médiatrice "
            "interculturelle supplémentaire pour les entretiens en arabe. Le CPAS de Gand propose "
            "d'organiser en 2020 une formation commune sur le travail avec les interprètes sociaux.",
         align="justify")
    d.add_heading("2.2 CPAS de Charleroi", level=2)
    para(d, "Sophie Lejeune et Kevin Dumont : le module 3 a démarré avec 38 participants, dont 8 orientés "
            "par le CPAS de Binche. Le calendrier des sorties socio-culturelles n'a pas encore été diffusé.",
         align="justify")
    action("Action (CPAS Charleroi) : envoyer le calendrier des sorties socio-culturelles aux autres CPAS.")
    d.add_heading("2.3 CPAS d'Anvers", level=2)
    para(d, "Tom Verbruggen : le partenariat avec Schoten, Edegem et Mortsel fonctionne ; 21 personnes ont "
            "été orientées par les CPAS partenaires depuis janvier.", align="justify")
    para(d, "[Commentaires du CPAS d'Anvers à ajouter]", color="808080")
    d.add_heading("2.4 CPAS de Bruxelles", level=2)
    para(d, "Mehdi Ouali et Caroline Dewulf présentent la nouvelle grille d'entretien d'admission, plus "
            "courte, qui part des besoins exprimés par la personne plutôt que de son dossier.",
         align="justify")
    action("Action : Mehdi Ouali et Caroline Dewulf testent la grille d'entretien dans deux antennes sociales.")

    d.add_heading("3. Les contrats d'accompagnement", level=1)
    para(d, "Youssef El Amrani explique les trois contrats signés par chaque participant : un avec "
            "l'assistant social, un avec la personne chargée de l'entretien d'admission et un avec le "
            "responsable de chaque module suivi. Ils fixent les règles relatives au taux de présence et à la "
            "ponctualité. Plusieurs CPAS trouvent l'idée intéressante mais craignent une surcharge "
            "administrative.", align="justify")
    action("Action : Youssef prépare une fiche synthétique sur les trois contrats, en français et en néerlandais.")

    d.add_heading("4. Indicateurs FAMI", level=1)
    para(d, "Sarah Ben Haddou présente la note du SPP sur le comptage des participants. Un participant qui "
            "suit plusieurs modules doit-il être compté plusieurs fois ? Les CPAS demandent de compter les "
            "personnes une seule fois et de compter les modules séparément. Le SPP est d'accord sur le "
            "principe.", align="justify")
    action("Action (SPP) : adapter la note sur les indicateurs et la renvoyer aux CPAS pour le 15 octobre.")
    action("Action : chaque CPAS communique à Marc le nombre de contrats signés depuis janvier.")

    d.add_heading("5. Divers", level=1)
    para(d, "Le courrier commun aux antennes sociales, évoqué en octobre 2018, n'a toujours pas été rédigé.",
         align="justify")
    action("Action : rédiger un courrier commun aux antennes sociales pour présenter le réseau – responsable "
           "à définir.")
    para(d, "La prochaine réunion aura lieu le jeudi 12 décembre 2019 au CPAS de Bruxelles.", bold=True,
         space_before=6)

    exp = {
        "file": fn,
        "languages": ["fr"],
        "online": False,
        "interpretation": True,
        "date": "2019-09-26",
        "people": [
            ["Marc Delvaux", "Present", "LIEGE"],
            ["Nathalie Renard", "Present", "LIEGE"],
            ["Youssef El Amrani", "Present", "LIEGE"],
            ["Katrien Vermeulen", "Present", "SPP"],
            ["Sarah Ben Haddou", "Present", "SPP"],
            ["Wouter De Smet", "Present", "GENT"],
            ["Sophie Lejeune", "Present", "CHARLEROI"],
            ["Kevin Dumont", "Present", "CHARLEROI"],
            ["Tom Verbruggen", "Present", "ANTWERPEN"],
            ["Mehdi Ouali", "Present", "BRUXELLES"],
            ["Caroline Dewulf", "Present", "BRUXELLES"],
            ["Els Peeters", "Excused", "ANTWERPEN"],
            ["Fatma Yilmaz", "Excused", "GENT"],
            ["Olivier Lambotte", "Excused", "SPP"],
        ],
        "agenda": [
            ["09:30", "10:00", "Accueil et visite de la maison d'activation"],
            ["10:00", "11:00", "Tour de table des CPAS"],
            ["11:00", "11:45", "Les trois contrats du parcours Mod'Actions"],
            ["11:45", "12:30", "Indicateurs FAMI : comptage des participants"],
            ["12:30", None, "Lunch à la ferme du CPAS"],
            ["13:30", "14:30", "Divers et clôture"],
        ],
        "headings": [
            ["1", "Accueil"],
            ["2", "Tour de table"],
            ["2.1", "CPAS de Gand"],
            ["2.2", "CPAS de Charleroi"],
            ["2.3", "CPAS d'Anvers"],
            ["2.4", "CPAS de Bruxelles"],
            ["3", "Les contrats d'accompagnement"],
            ["4", "Indicateurs FAMI"],
            ["5", "Divers"],
        ],
        "actions": [
            ["CPAS", [], "CHARLEROI", "envoyer le calendrier des sorties socio-culturelles"],
            ["Several Network Contacts", ["Mehdi Ouali", "Caroline Dewulf"], None,
             "Mehdi Ouali et Caroline Dewulf testent la grille"],
            ["Network Contact", ["Youssef El Amrani"], None, "Youssef prépare une fiche synthétique sur les"],
            ["SPP", [], None, "adapter la note sur les indicateurs et"],
            ["CPAS", [], None, "chaque CPAS communique à Marc le nombre"],
            ["To Be Assigned", [], None, "rédiger un courrier commun aux antennes sociales"],
        ],
        "next_meeting": {"date": "2019-12-12",
                         "text": "La prochaine réunion aura lieu le jeudi 12 décembre 2019 au CPAS de Bruxelles."},
        "remarks": ["[Commentaires du CPAS d'Anvers à ajouter]"],
    }
    save(d, exp)


# ------------------------------------------------------------------------------------------- 282
def r282():
    """POD MI, Katrien Vermeulen: first online meeting during the lockdown, May 2020. Draft banner in red,
    each paragraph in Dutch then in French (italic, grey), Heading 2 with typed '1)', participants as
    List Bullet, interpreters on their own line, agenda as List Number with times, actions in a
    bilingual table (owners as services, 'Alle OCMW's', first names, 'Nog te bepalen')."""
    fn = "282_verslag_online_netwerk_mei2020.docx"
    d = new_doc("Katrien Vermeulen", datetime.datetime(2020, 5, 14, 17, 48), font="Calibri", size=10)
    tagline_header(d.sections[0], order="nl-fr")
    fp = d.sections[0].footer.paragraphs[0]
    fmt_run(fp.add_run("POD MI / SPP IS – AMIF-netwerk / réseau FAMI – ONTWERP / PROJET"), size=7, color="808080")

    para(d, "ONTWERP – opmerkingen van de OCMW's nog toe te voegen / PROJET – commentaires des CPAS encore à "
            "ajouter", italic=True, bold=True, color="FF0000", size=9, space_after=10)
    para(d, "Verslag AMIF-netwerkvergadering (online)", bold=True, size=14, color="1F4E79", space_after=0)
    para(d, "Rapport de la réunion du réseau FAMI (en ligne)", italic=True, size=12, color="1F4E79", space_after=6)
    para(d, "Dinsdag 12 mei 2020 – mardi 12 mai 2020, 10.00-12.00 – Microsoft Teams", space_after=8)

    para(d, "Deelnemers / Participants:", bold=True, space_after=2)
    for x in ["Katrien Vermeulen (POD MI)", "Sarah Ben Haddou (POD MI)", "Lotte Vanhove (OCMW Gent)",
              "Wouter De Smet (OCMW Gent)", "Nathalie Renard (CPAS Liège)", "Kevin Dumont (CPAS Charleroi)",
              "Aïcha Bensaïd (CPAS Charleroi)", "Hanne Jacobs (OCMW Antwerpen)",
              "Julie Vandenbossche (CPAS Bruxelles)", "Mehdi Ouali (CPAS Bruxelles)"]:
        para(d, x, style="List Bullet", space_after=0)
    mixed(d, [("Tolken / Interprètes: ", {"bold": True}),
              ("Leen Hermans en/et Koen Mertens (tolkkanaal in Teams / canal d'interprétation Teams)", {})],
          space_after=2)
    mixed(d, [("Verontschuldigd / Excusés: ", {"bold": True}),
              ("Marc Delvaux (CPAS Liège), Els Peeters (OCMW Antwerpen)", {})], space_after=8)

    para(d, "Agenda / Ordre du jour", bold=True, space_after=2)
    for tm, title in [("10.00-10.15", "Welkom en technische afspraken / Accueil et consignes techniques"),
                      ("10.15-11.00", "Stand van zaken per OCMW tijdens de lockdown / État des lieux par CPAS "
                                      "pendant le confinement"),
                      ("11.00-11.30", "Groepsactiviteiten: regels per OCMW / Activités de groupe : règles par "
                                      "CPAS"),
                      ("11.30-11.50", "Impact op de AMIF-subsidie / Impact sur le subside FAMI"),
                      ("11.50-12.00", "Varia / Divers")]:
        p = d.add_paragraph(style="List Number")
        p.paragraph_format.tab_stops.add_tab_stop(Cm(3.0))
        p.paragraph_format.space_after = Pt(0)
        p.add_run(tm + "\t" + title)

    def h(t):
        d.add_heading(t, level=2)

    def nlfr(nl, fr):
        para(d, nl, align="justify", space_after=2)
        para(d, fr, italic=True, color="595959", align="justify")

    h("1) Welkom en technische afspraken / Accueil et consignes techniques")
    nlfr("Katrien Vermeulen opent de eerste online netwerkvergadering. Microfoons staan uit tijdens de "
         "presentaties; vragen kunnen via de chat. De tolken werken via het tolkkanaal: kies bovenaan "
         "'Nederlands' of 'Français'.",
         "Katrien Vermeulen ouvre la première réunion du réseau en ligne. Les micros restent coupés pendant "
         "les présentations ; les questions passent par le chat. Les interprètes travaillent via le canal "
         "d'interprétation : choisissez « Nederlands » ou « Français » en haut de l'écran.")
    h("2) Stand van zaken per OCMW / État des lieux par CPAS")
    nlfr("Alle OCMW's hebben de collectieve activiteiten op 16 maart stopgezet. De individuele begeleiding "
         "loopt telefonisch of via WhatsApp-video. Gent en Antwerpen bellen elke deelnemer minstens één keer "
         "per week; Charleroi stuurt wekelijks een oefenpakket per post. In Brussel zijn 11 deelnemers "
         "onbereikbaar. Luik heeft een Facebookgroep opgestart.",
         "Tous les CPAS ont arrêté les activités collectives le 16 mars. L'accompagnement individuel se fait "
         "par téléphone ou en vidéo WhatsApp. Gand et Anvers appellent chaque participant au moins une fois "
         "par semaine ; Charleroi envoie chaque semaine un paquet d'exercices par la poste. À Bruxelles, 11 "
         "participants sont injoignables. Liège a lancé un groupe Facebook.")
    h("3) Groepsactiviteiten: regels per OCMW / Activités de groupe : règles par CPAS")
    nlfr("Vanaf juni mogen kleine groepen opnieuw starten. De regels verschillen per OCMW: Charleroi en Luik "
         "werken met 3 deelnemers + 1 begeleider, Gent met 4 + 1. Antwerpen wacht nog op het advies van de "
         "preventieadviseur. Gent heeft al een protocol (ontsmetting, looprichting, mondmaskers).",
         "Les petits groupes pourront reprendre à partir de juin. Les règles diffèrent selon le CPAS : "
         "Charleroi et Liège travaillent avec 3 participants + 1 formateur, Gand avec 4 + 1. Anvers attend "
         "encore l'avis du conseiller en prévention. Gand dispose déjà d'un protocole (désinfection, sens de "
         "circulation, masques).")
    h("4) Impact op de AMIF-subsidie / Impact sur le subside FAMI")
    nlfr("Sarah Ben Haddou licht toe dat de personeelskosten subsidiabel blijven zolang het personeel voor "
         "het project blijft werken (telewerk, telefonische opvolging). Veel vragen blijven open (zie "
         "actiepunt 1).",
         "Sarah Ben Haddou explique que les frais de personnel restent éligibles tant que le personnel "
         "continue à travailler pour le projet (télétravail, suivi téléphonique). Beaucoup de questions "
         "restent ouvertes (voir point d'action 1).")
    h("5) Varia / Divers")
    nlfr("Verschillende OCMW's vragen of tablets of laptops voor deelnemers in aanmerking komen. Ook de "
         "registratie van aanwezigheden bij online sessies is nog niet overal dezelfde.",
         "Plusieurs CPAS demandent si des tablettes ou des ordinateurs portables pour les participants sont "
         "éligibles. L'enregistrement des présences aux séances en ligne n'est pas encore harmonisé.")
    h("6) Actiepunten / Points d'action")
    t = d.add_table(rows=1, cols=3)
    t.style = "Light Grid Accent 1"
    for i, x in enumerate(("Actie / Action", "Wie / Qui", "Deadline")):
        cell_text(t.rows[0].cells[i], x, bold=True)
    for nl, fr, who, when in [
        ("Een FAQ over corona en de subsidiabele kosten opstellen",
         "Rédiger une FAQ sur le coronavirus et les coûts éligibles", "POD MI / SPP IS", "29/05"),
        ("Het aangepaste weekrooster doorsturen naar de POD", "Envoyer l'horaire hebdomadaire adapté au SPP",
         "Alle OCMW's / Tous les CPAS", "05/06"),
        ("Ervaringen met videobellen met deelnemers bundelen",
         "Rassembler les expériences d'appels vidéo avec les participants", "Lotte, Nathalie", "volgende vergadering"),
        ("Het protocol voor groepsactiviteiten (4+1) delen", "Partager le protocole pour les activités de groupe (4+1)",
         "OCMW Gent", "20/05"),
        ("Mogelijke financiering van tablets voor deelnemers onderzoeken",
         "Examiner un financement possible de tablettes pour les participants", "Nog te bepalen / À déterminer", "–"),
        ("De registratie van aanwezigheden bij online sessies afstemmen",
         "Harmoniser l'enregistrement des présences aux séances en ligne", "Sarah", "juni"),
    ]:
        c = t.add_row().cells
        cell_text(c[0], nl, size=9)
        cell_add(c[0], fr, italic=True, size=9, color="595959")
        cell_text(c[1], who, size=9)
        cell_text(c[2], when, size=9)
    col_widths(t, (10.0, 4.5, 2.5))
    para(d, "", space_after=0)
    para(d, "Volgende vergadering / Prochaine réunion: begin september 2020, online of in Brussel (datum volgt / "
            "date à suivre)", bold=True)

    exp = {
        "file": fn,
        "languages": ["nl", "fr"],
        "online": True,
        "interpretation": True,
        "date": "2020-05-12",
        "people": [
            ["Katrien Vermeulen", "Present", "SPP"],
            ["Sarah Ben Haddou", "Present", "SPP"],
            ["Lotte Vanhove", "Present", "GENT"],
            ["Wouter De Smet", "Present", "GENT"],
            ["Nathalie Renard", "Present", "LIEGE"],
            ["Kevin Dumont", "Present", "CHARLEROI"],
            ["Aïcha Bensaïd", "Present", "CHARLEROI"],
            ["Hanne Jacobs", "Present", "ANTWERPEN"],
            ["Julie Vandenbossche", "Present", "BRUXELLES"],
            ["Mehdi Ouali", "Present", "BRUXELLES"],
            ["Leen Hermans", "Present", None],
            ["Koen Mertens", "Present", None],
            ["Marc Delvaux", "Excused", "LIEGE"],
            ["Els Peeters", "Excused", "ANTWERPEN"],
        ],
        "agenda": [
            ["10:00", "10:15", "Welkom en technische afspraken / Accueil et consignes techniques"],
            ["10:15", "11:00", "Stand van zaken per OCMW tijdens de lockdown / État des lieux par CPAS pendant le "
                               "confinement"],
            ["11:00", "11:30", "Groepsactiviteiten: regels per OCMW / Activités de groupe : règles par CPAS"],
            ["11:30", "11:50", "Impact op de AMIF-subsidie / Impact sur le subside FAMI"],
            ["11:50", "12:00", "Varia / Divers"],
        ],
        "headings": [
            ["1", "Welkom en technische afspraken / Accueil et consignes techniques"],
            ["2", "Stand van zaken per OCMW / État des lieux par CPAS"],
            ["3", "Groepsactiviteiten: regels per OCMW / Activités de groupe : règles par CPAS"],
            ["4", "Impact op de AMIF-subsidie / Impact sur le subside FAMI"],
            ["5", "Varia / Divers"],
            ["6", "Actiepunten / Points d'action"],
        ],
        "actions": [
            ["SPP", [], None, "Een FAQ over corona en de subsidiabele"],
            ["CPAS", [], None, "Het aangepaste weekrooster doorsturen naar de"],
            ["Several Network Contacts", ["Lotte Vanhove", "Nathalie Renard"], None,
             "Ervaringen met videobellen met deelnemers bundelen"],
            ["CPAS", [], "GENT", "Het protocol voor groepsactiviteiten (4+1) delen"],
            ["To Be Assigned", [], None, "Mogelijke financiering van tablets voor deelnemers"],
            ["Network Contact", ["Sarah Ben Haddou"], None, "De registratie van aanwezigheden bij online"],
        ],
        "next_meeting": {"date": None,
                         "text": "Volgende vergadering / Prochaine réunion: begin september 2020, online of in "
                                 "Brussel (datum volgt / date à suivre)"},
        "remarks": ["ONTWERP – opmerkingen van de OCMW's nog toe te voegen / PROJET – commentaires des CPAS encore "
                    "à ajouter"],
    }
    save(d, exp)


# ------------------------------------------------------------------------------------------- 283
def r283():
    """CPAS de Bruxelles, Caroline Dewulf: hybrid meeting, October 2021. Curly apostrophes, inclusive
    writing (Présent·e·s), people one per line with a tab before the organisation, split into 'sur place'
    and 'En ligne', agenda as List Bullet without times, unnumbered bold underlined section titles,
    'Action :' / 'Action Gand :' lines."""
    fn = "283_pv_reunion_hybride_bruxelles_oct2021.docx"
    d = new_doc("Caroline Dewulf", datetime.datetime(2021, 10, 18, 8, 57), font="Arial", size=10)
    hp = d.sections[0].header.paragraphs[0]
    fmt_run(hp.add_run("CPAS de Bruxelles – Département Action sociale – Cellule Cap Intégration"), size=8,
            color="595959")
    bottom_border(hp, color="E36C0A")
    fp = d.sections[0].footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    add_field(fp, "PAGE", size=8)

    para(d, "Réunion du réseau FAMI – 14 octobre 2021", bold=True, size=14, align="center", color="E36C0A",
         space_after=2)
    para(d, "Format hybride : salle Bréderode du CPAS de Bruxelles et en ligne (Zoom)", align="center",
         italic=True, space_after=2)
    para(d, "PV : Caroline Dewulf", align="center", size=9, space_after=10)

    para(d, "Présent·e·s sur place :", bold=True, space_after=2)
    for n, o in [("Julie Vandenbossche", "CPAS de Bruxelles"), ("Mehdi Ouali", "CPAS de Bruxelles"),
                 ("Caroline Dewulf", "CPAS de Bruxelles"), ("Pieter Claeys", "SPP Intégration Sociale"),
                 ("Sophie Lejeune", "CPAS de Charleroi"), ("Amira Kassem", "Université Saint-Louis (invitée)")]:
        para(d, n + "\t" + o, tabs=[5.5], indent=0.5, space_after=0)
    para(d, "En ligne :", bold=True, space_before=4, space_after=2)
    for n, o in [("Anne-Sophie Hautier", "CPAS de Binche"), ("Hanne Jacobs", "OCMW Antwerpen"),
                 ("Lotte Vanhove", "OCMW Gent"), ("Nathalie Renard", "CPAS de Liège")]:
        para(d, n + "\t" + o, tabs=[5.5], indent=0.5, space_after=0)
    mixed(d, [("Excusé·e·s : ", {"bold": True}),
              ("Kevin Dumont (CPAS de Charleroi), Wouter De Smet (OCMW Gent), Sarah Ben Haddou (SPP IS)", {})],
          space_after=4)
    para(d, "Pas d’interprétation : les échanges se font en français, les présentations sont disponibles en "
            "néerlandais.", italic=True, size=9, space_after=10)

    para(d, "Ordre du jour", bold=True, space_after=2)
    for x in ["Accueil et tour de table", "Retour sur la réunion du 22 avril 2021 (en ligne)",
              "Présentation : la nouvelle enquête de satisfaction (Amira Kassem)",
              "Le futur programme FAMI 2021-2027 et ses indicateurs communs", "Divers"]:
        para(d, x, style="List Bullet", space_after=0)

    def sec(t):
        para(d, t, bold=True, underline=True, color="E36C0A", space_before=10, space_after=4)

    def action(lbl, text):
        mixed(d, [(lbl, {"bold": True}), (text, {})], indent=0.5)

    sec("Accueil et tour de table")
    para(d, "Julie Vandenbossche accueille les participant·e·s, pour la première fois depuis mars 2020 en "
            "partie sur place. Les groupes ont repris partout, avec des jauges qui varient encore : 6 + 1 à "
            "Bruxelles et, selon Lotte Vanhove, à Gand ; 4 + 1 à Charleroi et à Binche. Anne-Sophie Hautier "
            "signale que Binche a perdu quatre participant·e·s pendant le confinement.", align="justify")

    sec("Retour sur la réunion du 22 avril")
    para(d, "Les actions de la réunion d’avril ont été réalisées, sauf la traduction néerlandaise de "
            "l’enquête, que Gand n’a pas pu terminer faute de temps.", align="justify")

    sec("La nouvelle enquête de satisfaction")
    para(d, "Amira Kassem (Université Saint-Louis) présente une version simplifiée de l’enquête de "
            "satisfaction : 12 questions, des smileys, des phrases courtes au présent. Elle a été testée avec "
            "deux groupes à Bruxelles. Les participant·e·s comprennent mieux les questions, mais celles qui "
            "portent sur « l’autonomie » restent abstraites.", align="justify")
    para(d, "Résultats de l’enquête 2020-2021 à Liège : [à compléter par le CPAS de Liège]", align="justify")
    para(d, "Hanne Jacobs trouve la version très utile pour Anvers et ses CPAS partenaires. Sophie Lejeune "
            "propose d’ajouter une question sur les horaires.", align="justify")
    action("Action : ", "Mehdi et Julie adaptent la présentation et l’envoient à tous.")
    action("Action Gand : ", "partager la version néerlandaise de l’enquête simplifiée.")
    action("Action : ", "Hanne vérifie si Schoten, Edegem et Mortsel peuvent utiliser la même version.")
    para(d, "Chaque CPAS fait tester l’enquête par au moins cinq participant·e·s avant la prochaine réunion.",
         indent=0.5)

    sec("Programme FAMI 2021-2027 : indicateurs communs")
    para(d, "Pieter Claeys présente les indicateurs communs du règlement (UE) 2021/1147 : participants aux "
            "cours de langue, à l’orientation civique et à l’accompagnement professionnel ; participants "
            "dont le niveau CECR a progressé d’au moins un niveau ; participants qui estiment que l’activité "
            "les a aidés à s’intégrer. Les chiffres sont rapportés chaque année à la Commission par l’État "
            "membre.", align="justify")
    para(d, "Le SPP envoie d’ici fin octobre la fiche des indicateurs communs avec leurs définitions.",
         indent=0.5)

    sec("Divers")
    para(d, "Nathalie Renard demande que les documents soient envoyés au moins une semaine avant la réunion.",
         align="justify")
    para(d, "Prochaine réunion : 17/02/2022, 10h, en ligne (Teams).", bold=True, space_before=8)

    exp = {
        "file": fn,
        "languages": ["fr"],
        "online": True,
        "interpretation": False,
        "date": "2021-10-14",
        "people": [
            ["Julie Vandenbossche", "Present", "BRUXELLES"],
            ["Mehdi Ouali", "Present", "BRUXELLES"],
            ["Caroline Dewulf", "Present", "BRUXELLES"],
            ["Pieter Claeys", "Present", "SPP"],
            ["Sophie Lejeune", "Present", "CHARLEROI"],
            ["Amira Kassem", "Present", None],
            ["Anne-Sophie Hautier", "Present", "BINCHE"],
            ["Hanne Jacobs", "Present", "ANTWERPEN"],
            ["Lotte Vanhove", "Present", "GENT"],
            ["Nathalie Renard", "Present", "LIEGE"],
            ["Kevin Dumont", "Excused", "CHARLEROI"],
            ["Wouter De Smet", "Excused", "GENT"],
            ["Sarah Ben Haddou", "Excused", "SPP"],
        ],
        "agenda": [
            [None, None, "Accueil et tour de table"],
            [None, None, "Retour sur la réunion du 22 avril 2021 (en ligne)"],
            [None, None, "Présentation : la nouvelle enquête de satisfaction (Amira Kassem)"],
            [None, None, "Le futur programme FAMI 2021-2027 et ses indicateurs communs"],
            [None, None, "Divers"],
        ],
        "headings": [
            ["", "Accueil et tour de table"],
            ["", "Retour sur la réunion du 22 avril"],
            ["", "La nouvelle enquête de satisfaction"],
            ["", "Programme FAMI 2021-2027 : indicateurs communs"],
            ["", "Divers"],
        ],
        "actions": [
            ["Several Network Contacts", ["Mehdi Ouali", "Julie Vandenbossche"], None,
             "Mehdi et Julie adaptent la présentation"],
            ["CPAS", [], "GENT", "partager la version néerlandaise de l’enquête simplifiée"],
            ["Network Contact", ["Hanne Jacobs"], None, "Hanne vérifie si Schoten, Edegem et Mortsel"],
            ["CPAS", [], None, "Chaque CPAS fait tester l’enquête par"],
            ["SPP", [], None, "Le SPP envoie d’ici fin octobre la"],
        ],
        "next_meeting": {"date": "2022-02-17", "text": "Prochaine réunion : 17/02/2022, 10h, en ligne (Teams)."},
        "remarks": ["[à compléter par le CPAS de Liège]"],
    }
    save(d, exp)


# ------------------------------------------------------------------------------------------- 284
def r284():
    """SPP IS, Pieter Claeys: the template of the network's own reports (as seed 000), March 2023 in
    Charleroi. Bilingual title and date, presents and excused in running lines with (SPP IS-MI) /
    (CPAS X), interpreters on a separate line, no agenda, plain bold section lines numbered
    irregularly ('I.' then '2.'), strengths / points to improve in a table, actions as sentences
    with the owner as subject, a closing line saying comments are still to come."""
    fn = "284_rapport_rencontre_cpas_charleroi_mars2023.docx"
    d = new_doc("Pieter Claeys", datetime.datetime(2023, 3, 28, 15, 30), font="Verdana", size=9.5)
    tagline_header(d.sections[0], order="nl-fr")

    para(d, "Verslag bijeenkomst OCMW's – Rapport rencontre CPAS", bold=True, size=13, space_after=6)
    para(d, "AMIF 23 maart 2023 – FAMI 23 mars 2023", bold=True, space_after=6)
    para(d, "Maison de l'Activation, rue du Parc 12, 6000 Charleroi", space_after=8)
    para(d, "Présents : Pieter Claeys (SPP IS-MI), Sarah Ben Haddou (SPP IS-MI), Lotte Vanhove (CPAS Gand), "
            "Fatma Yilmaz (CPAS Gand), Nathalie Renard (CPAS Liège), Marc Delvaux (CPAS Liège), Sophie Lejeune "
            "(CPAS Charleroi), Aïcha Bensaïd (CPAS Charleroi), Anne-Sophie Hautier (CPAS Binche), Hanne Jacobs "
            "(CPAS Anvers), Mehdi Ouali (CPAS Bruxelles)", align="justify", space_after=4)
    para(d, "Excusés : Julie Vandenbossche (CPAS Bruxelles), Els Peeters (CPAS Anvers)", space_after=4)
    para(d, "Interprètes : Leen Hermans, Koen Mertens", space_after=10)

    def sec(t):
        para(d, t, bold=True, space_before=8, space_after=4)

    sec("I. Accueil et introduction")
    para(d, "L'équipe Activ'Up du CPAS de Charleroi a accueilli les autres CPAS dans ses nouveaux locaux de "
            "la rue du Parc. Pieter Claeys rappelle qu'il s'agit de la première rencontre du réseau dans le "
            "cadre du programme FAMI 2021-2027 et présente Sarah Ben Haddou, qui reprend le suivi des projets "
            "wallons et bruxellois.", align="justify")

    sec("2. Activ'Up 2023 : le nouveau module « Se débrouiller en Belgique »")
    para(d, "Aïcha Bensaïd présente le module d'information, huit séances hebdomadaires de deux heures. "
            "Thèmes abordés :", align="justify", space_after=2)
    for x in ["la Belgique et ses institutions fédérales, régionales et locales ;",
              "les droits et devoirs du citoyen, les droits sociaux ;", "le droit de séjour ;",
              "la mobilité et le logement ;", "la banque et les assurances."]:
        para(d, x, style="List Bullet", space_after=0)
    para(d, "Le module est ouvert aux participants de Binche depuis janvier ; le CPAS de Binche a mis en place "
            "un transport en groupe le jeudi matin (Anne-Sophie Hautier).", align="justify", space_before=4)
    para(d, "Sophie Lejeune enverra la présentation et le calendrier des séances à tous les CPAS.",
         align="justify")

    sec("3. Retours des CPAS : points forts et points à améliorer")
    t = d.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    cell_text(t.rows[0].cells[0], "Points forts", bold=True)
    cell_text(t.rows[0].cells[1], "Points à améliorer", bold=True)
    for a, b in [("le travail intensif avec le public, presque tous les jours de la semaine",
                  "la communication vers les participants quand les horaires changent"),
                 ("les liens entre participants, et entre participants et équipe",
                  "l'équilibre des horaires entre anciens et nouveaux participants"),
                 ("l'esprit de groupe à la fin du module",
                  "anticiper les activités : les procédures administratives sont de plus en plus longues")]:
        c = t.add_row().cells
        cell_text(c[0], a)
        cell_text(c[1], b)
    para(d, "Le SPP transmettra aux CPAS, avant le 30 avril, la liste des indicateurs communs à rapporter "
            "pour 2023.", align="justify", space_before=6)

    sec("4. Brainstorm : une enquête de satisfaction plus lisible")
    para(d, "Résultats du brainstorm en petits groupes :", space_after=2)
    for x in ["remplacer les termes abstraits (« autonomie », « inclusion ») par des exemples concrets ;",
              "une question par page, avec des pictogrammes ;",
              "proposer l'enquête en plusieurs langues ;",
              "laisser l'assistant social ou le médiateur interculturel lire les questions à voix haute."]:
        para(d, x, style="List Bullet", space_after=0)
    para(d, "Lotte et Hanne rédigeront ensemble une version simplifiée en néerlandais. Le CPAS de Liège fera "
            "traduire l'enquête en arabe, en dari et en tigrinya.", align="justify", space_before=4)

    sec("5. Clôture")
    para(d, "Les participants remercient l'équipe de Charleroi pour l'accueil et le repas.", align="justify")
    para(d, "Prochaine rencontre : juin 2023 à Gand (date à confirmer).", bold=True)
    para(d, "Les commentaires des CPAS doivent encore être ajoutés à ce rapport.", italic=True, color="808080",
         space_before=12)

    exp = {
        "file": fn,
        "languages": ["fr"],
        "online": False,
        "interpretation": True,
        "date": "2023-03-23",
        "people": [
            ["Pieter Claeys", "Present", "SPP"],
            ["Sarah Ben Haddou", "Present", "SPP"],
            ["Lotte Vanhove", "Present", "GENT"],
            ["Fatma Yilmaz", "Present", "GENT"],
            ["Nathalie Renard", "Present", "LIEGE"],
            ["Marc Delvaux", "Present", "LIEGE"],
            ["Sophie Lejeune", "Present", "CHARLEROI"],
            ["Aïcha Bensaïd", "Present", "CHARLEROI"],
            ["Anne-Sophie Hautier", "Present", "BINCHE"],
            ["Hanne Jacobs", "Present", "ANTWERPEN"],
            ["Mehdi Ouali", "Present", "BRUXELLES"],
            ["Leen Hermans", "Present", None],
            ["Koen Mertens", "Present", None],
            ["Julie Vandenbossche", "Excused", "BRUXELLES"],
            ["Els Peeters", "Excused", "ANTWERPEN"],
        ],
        "agenda": [],
        "headings": [
            ["I", "Accueil et introduction"],
            ["2", "Activ'Up 2023 : le nouveau module « Se débrouiller en Belgique »"],
            ["3", "Retours des CPAS : points forts et points à améliorer"],
            ["4", "Brainstorm : une enquête de satisfaction plus lisible"],
            ["5", "Clôture"],
        ],
        "actions": [
            ["Network Contact", ["Sophie Lejeune"], None, "Sophie Lejeune enverra la présentation et le"],
            ["SPP", [], None, "Le SPP transmettra aux CPAS, avant le"],
            ["Several Network Contacts", ["Lotte Vanhove", "Hanne Jacobs"], None,
             "Lotte et Hanne rédigeront ensemble une version"],
            ["CPAS", [], "LIEGE", "Le CPAS de Liège fera traduire l'enquête"],
        ],
        "next_meeting": {"date": None, "text": "Prochaine rencontre : juin 2023 à Gand (date à confirmer)."},
        "remarks": ["Les commentaires des CPAS doivent encore être ajoutés à ce rapport."],
    }
    save(d, exp)


# ------------------------------------------------------------------------------------------- 285
def r285():
    """OCMW Mortsel, Bart Goossens: regional consultation Antwerpen and partner OCMW's, November 2024.
    Memo layout: meta table, attendance table with 'x' columns (some names with Mevr./Dhr., an intern
    by first name only), agenda lines with '10.00 u. – 10.15 u.', Heading 2 with '1.<tab>Title', an
    unnumbered 'Actiepunten' heading over a table of initials (EP, IVD + BG), next meeting at the end."""
    fn = "285_verslag_regionaal_overleg_mortsel_nov2024.docx"
    d = new_doc("Bart Goossens", datetime.datetime(2024, 11, 21, 13, 14), font="Calibri", size=11)
    hp = d.sections[0].header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fmt_run(hp.add_run("OCMW Mortsel – Sociale Dienst"), size=8, bold=True, color="00703C")
    fp = d.sections[0].footer.paragraphs[0]
    fmt_run(fp.add_run("OCMW Mortsel – verslag regionaal AMIF-overleg – p. "), size=8, color="808080")
    add_field(fp, "PAGE", size=8, color="808080")

    para(d, "Verslag regionaal AMIF-overleg", bold=True, size=16, color="00703C", space_after=6)
    meta = d.add_table(rows=0, cols=2)
    meta.style = "Table Grid"
    for k, v in [("Overleg", "Regionaal AMIF-overleg Antwerpen en partner-OCMW's"),
                 ("Datum", "dinsdag 19 november 2024, 10.00 – 12.00 u."),
                 ("Locatie", "Sociaal Huis Mortsel, vergaderzaal 2"),
                 ("Verslag", "Bart Goossens (OCMW Mortsel)"),
                 ("Status", "definitief (goedgekeurd per mail op 26/11)")]:
        c = meta.add_row().cells
        cell_text(c[0], k, bold=True)
        shade(c[0], "E2EFD9")
        cell_text(c[1], v)
    col_widths(meta, (3.5, 12.5))

    para(d, "Aanwezigheden", bold=True, color="00703C", space_before=10, space_after=2)
    at = d.add_table(rows=1, cols=4)
    at.style = "Table Grid"
    for i, x in enumerate(("Naam", "Organisatie", "Aanw.", "Verontsch.")):
        cell_text(at.rows[0].cells[i], x, bold=True)
        shade(at.rows[0].cells[i], "E2EFD9")
    for n, o, a, v in [("Bart Goossens", "OCMW Mortsel", "x", ""),
                       ("Yasmina", "OCMW Mortsel (stagiaire)", "x", ""),
                       ("Els Peeters", "OCMW Antwerpen", "x", ""),
                       ("Tom Verbruggen", "OCMW Antwerpen", "", "x"),
                       ("Hanne Jacobs", "OCMW Antwerpen", "x", ""),
                       ("Jan Wouters", "OCMW Schoten", "x", ""),
                       ("Mevr. Ilse Van Dyck", "OCMW Edegem", "x", ""),
                       ("Dhr. Pieter Claeys", "POD MI", "", "x"),
                       ("Noor El Idrissi", "Atlas Antwerpen (gast)", "x", "")]:
        c = at.add_row().cells
        cell_text(c[0], n)
        cell_text(c[1], o)
        cell_text(c[2], a, align="center")
        cell_text(c[3], v, align="center")
    col_widths(at, (5.0, 6.5, 2.0, 2.5))

    para(d, "Agenda", bold=True, color="00703C", space_before=10, space_after=2)
    for tm, title in [("10.00 u. – 10.15 u.", "Opvolging vorig verslag"),
                      ("10.15 u. – 10.45 u.", "Cijfers Q3 per OCMW"),
                      ("10.45 u. – 11.30 u.", "Doorverwijzing via de sociale dienst (met Atlas)"),
                      ("11.30 u. – 11.50 u.", "Afsluiting AMIF-project 2025"),
                      ("11.50 u. – 12.00 u.", "Varia")]:
        para(d, tm + "\t" + title, tabs=[4.0], space_after=0)

    def h(t):
        p = d.add_heading(t, level=2)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(1.0))

    h("1.\tOpvolging vorig verslag")
    for x in ["Fiche doorverwijzing Edegem: OK, verspreid op 3 oktober.",
              "Checklist eindrapportage: nog niet ontvangen van de POD.",
              "Vorming 'werken met tolken': nog niet gepland."]:
        para(d, x, style="List Bullet", space_after=0)

    h("2.\tCijfers Q3 per OCMW")
    for x in ["Antwerpen: 46 actieve deelnemers, waarvan 12 uit de partnergemeenten.",
              "Edegem: 7 doorverwijzingen, 5 gestart.", "Mortsel: 6 doorverwijzingen, 4 gestart.",
              "Cijfers Q3 Schoten: nog aan te vullen"]:
        para(d, x, style="List Bullet", space_after=0)
    para(d, "Jan Wouters licht toe dat de cijfers van Schoten vertraging hebben door een personeelswissel op de "
            "sociale dienst.", space_before=4)

    h("3.\tDoorverwijzing via de sociale dienst")
    para(d, "Noor El Idrissi (Atlas) stelt het inburgeringstraject voor en hoe Atlas en de OCMW's elkaar "
            "kunnen aanvullen. De maatschappelijk werkers van Edegem en Mortsel kennen Wegwijs nog te weinig: "
            "doorverwijzingen komen vooral van twee collega's. Voorstel: een korte infosessie in elk sociaal "
            "huis, samen met iemand van Wegwijs.")

    h("4.\tAfsluiting AMIF-project 2025")
    para(d, "Het project loopt af eind 2025. Hanne Jacobs herinnert aan de bewaartermijn: documenten vijf jaar "
            "bijhouden vanaf 31 december van het jaar van de laatste betaling (art. 82 Verordening (EU) "
            "2021/1060). Persoonsgegevens niet langer bijhouden dan nodig (AVG art. 5). Elk OCMW blijft "
            "eigenaar van de gegevens van zijn eigen deelnemers; de partner-OCMW's sturen geen dossiers naar "
            "Antwerpen.")

    h("5.\tVaria")
    para(d, "Yasmina loopt tot eind januari stage bij OCMW Mortsel en helpt bij de registratie van de "
            "aanwezigheden.")

    d.add_heading("Actiepunten", level=2)
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for i, x in enumerate(("Wat", "Wie", "Tegen")):
        cell_text(t.rows[0].cells[i], x, bold=True)
        shade(t.rows[0].cells[i], "E2EFD9")
    for w, who, when in [("Overzicht doorverwijzingen per sociaal centrum bezorgen", "EP", "15/12"),
                         ("Infosessie Wegwijs plannen in de sociale huizen van Edegem en Mortsel", "IVD + BG", "januari"),
                         ("Checklist eindrapportage opnieuw opvragen bij de POD", "OCMW Antwerpen", "eind november"),
                         ("Cijfers Q3 invullen in de gedeelde Excel", "OCMW Schoten", "29/11"),
                         ("Vorming 'werken met tolken' organiseren", "?", "2025")]:
        c = t.add_row().cells
        cell_text(c[0], w)
        cell_text(c[1], who)
        cell_text(c[2], when)
    col_widths(t, (10.5, 3.0, 2.5))
    para(d, "", space_after=0)
    para(d, "Volgend overleg: dinsdag 11 februari 2025 om 14.00 u. in het Sociaal Huis van Edegem.", bold=True)

    exp = {
        "file": fn,
        "languages": ["nl"],
        "online": False,
        "interpretation": False,
        "date": "2024-11-19",
        "people": [
            ["Bart Goossens", "Present", "MORTSEL"],
            ["Yasmina", "Present", "MORTSEL"],
            ["Els Peeters", "Present", "ANTWERPEN"],
            ["Hanne Jacobs", "Present", "ANTWERPEN"],
            ["Jan Wouters", "Present", "SCHOTEN"],
            ["Ilse Van Dyck", "Present", "EDEGEM"],
            ["Noor El Idrissi", "Present", None],
            ["Tom Verbruggen", "Excused", "ANTWERPEN"],
            ["Pieter Claeys", "Excused", "SPP"],
        ],
        "agenda": [
            ["10:00", "10:15", "Opvolging vorig verslag"],
            ["10:15", "10:45", "Cijfers Q3 per OCMW"],
            ["10:45", "11:30", "Doorverwijzing via de sociale dienst (met Atlas)"],
            ["11:30", "11:50", "Afsluiting AMIF-project 2025"],
            ["11:50", "12:00", "Varia"],
        ],
        "headings": [
            ["1", "Opvolging vorig verslag"],
            ["2", "Cijfers Q3 per OCMW"],
            ["3", "Doorverwijzing via de sociale dienst"],
            ["4", "Afsluiting AMIF-project 2025"],
            ["5", "Varia"],
            ["", "Actiepunten"],
        ],
        "actions": [
            ["Network Contact", ["Els Peeters"], None, "Overzicht doorverwijzingen per sociaal centrum bezorgen"],
            ["Several Network Contacts", ["Ilse Van Dyck", "Bart Goossens"], None,
             "Infosessie Wegwijs plannen in de sociale huizen"],
            ["CPAS", [], "ANTWERPEN", "Checklist eindrapportage opnieuw opvragen bij de POD"],
            ["CPAS", [], "SCHOTEN", "Cijfers Q3 invullen in de gedeelde Excel"],
            ["To Be Assigned", [], None, "Vorming 'werken met tolken' organiseren"],
        ],
        "next_meeting": {"date": "2025-02-11",
                         "text": "Volgend overleg: dinsdag 11 februari 2025 om 14.00 u. in het Sociaal Huis van Edegem."},
        "remarks": ["Cijfers Q3 Schoten: nog aan te vullen"],
    }
    save(d, exp)


# ------------------------------------------------------------------------------------------- 286
def r286():
    """CPAS de Binche, Anne-Sophie Hautier: small Webex meeting Charleroi – Binche – SPP, February 2026.
    Short note: people in two running lines (grouped 'X et Y (CPAS Charleroi)'), agenda as List Bullet
    with '14:00–14:20 :', lettered bold sections 'A.', actions as 'Action :' lines with the owner after
    a dash ('– Kevin', '– SPP', '– à définir'), a remark in parentheses, no next meeting."""
    fn = "286_note_reunion_webex_binche_fev2026.docx"
    d = new_doc("Anne-Sophie Hautier", datetime.datetime(2026, 2, 6, 9, 20), font="Aptos", size=11)
    hp = d.sections[0].header.paragraphs[0]
    fmt_run(hp.add_run("CPAS de Binche – Service d'insertion sociale"), size=9, italic=True)

    para(d, "Réunion FAMI Charleroi – Binche – SPP (Webex)", bold=True, size=14, space_after=2)
    para(d, "Date : 05/02/2026, 14h00 – 15h30", space_after=2)
    para(d, "Participants : Anne-Sophie Hautier (CPAS Binche), Sophie Lejeune et Kevin Dumont (CPAS Charleroi), "
            "Sarah Ben Haddou (SPP IS).", space_after=2)
    para(d, "Excusée : Aïcha Bensaïd (CPAS Charleroi).", space_after=8)

    para(d, "Ordre du jour", bold=True, space_after=2)
    for x in ["14:00–14:20 : Tour de table", "14:20–14:50 : Indicateurs communs 2025",
              "14:50–15:20 : Conservation des documents du projet", "15:20–15:30 : Divers"]:
        para(d, x, style="List Bullet", space_after=0)

    def sec(t):
        para(d, t, bold=True, space_before=10, space_after=4)

    def action(text):
        mixed(d, [("Action : ", {"bold": True, "color": "2F5496"}), (text, {})])

    sec("A. Tour de table")
    para(d, "Binche : 9 participants actifs ; le groupe du jeudi se termine en mars. Charleroi : 41 participants "
            "et deux nouveaux ateliers (cuisine et numérique). Sophie Lejeune souligne que les participants "
            "de Binche s'intègrent bien dans les groupes de Charleroi.")

    sec("B. Indicateurs communs 2025")
    para(d, "Sarah Ben Haddou rappelle les indicateurs communs à rapporter pour 2025 (règlement (UE) "
            "2021/1147) :", space_after=2)
    for x in ["participants aux cours de langue : 37 à Charleroi, 6 à Binche ;",
              "participants à l'orientation civique : 41 à Charleroi, 9 à Binche ;",
              "participants ayant progressé d'au moins un niveau CECR : 23 à Charleroi, Binche (tableau des "
              "indicateurs à compléter) ;",
              "participants estimant que l'activité les a aidés à s'intégrer : enquête en cours."]:
        para(d, x, style="List Bullet", space_after=0)
    para(d, "", space_after=0)
    action("compléter le tableau des indicateurs 2025 pour Binche – Anne-Sophie")
    action("envoyer le modèle de tableau consolidé – SPP")
    para(d, "Le CPAS de Charleroi transmet au SPP les chiffres consolidés Charleroi + Binche pour le 27 février.")

    sec("C. Conservation des documents du projet")
    para(d, "Les documents du projet doivent être conservés cinq ans à partir du 31 décembre de l'année du "
            "dernier paiement (art. 82 du règlement (UE) 2021/1060). Les données personnelles des "
            "participants ne sont pas gardées plus longtemps que nécessaire (RGPD, art. 5) et chaque "
            "participant peut demander à voir ce que le CPAS détient sur lui (art. 15).")
    action("vérifier avec le DPO du CPAS la durée de conservation des dossiers individuels – Kevin")
    action("organiser l'archivage des listes de présence papier de 2022-2024 – à définir")

    sec("D. Divers")
    para(d, "Sophie Lejeune informe que le CPAS de Charleroi a introduit une demande pour la suite du "
            "programme. Réponse attendue au printemps.")
    para(d, "AS Hautier – 06/02/2026", italic=True, size=9, align="right", space_before=12)

    exp = {
        "file": fn,
        "languages": ["fr"],
        "online": True,
        "interpretation": False,
        "date": "2026-02-05",
        "people": [
            ["Anne-Sophie Hautier", "Present", "BINCHE"],
            ["Sophie Lejeune", "Present", "CHARLEROI"],
            ["Kevin Dumont", "Present", "CHARLEROI"],
            ["Sarah Ben Haddou", "Present", "SPP"],
            ["Aïcha Bensaïd", "Excused", "CHARLEROI"],
        ],
        "agenda": [
            ["14:00", "14:20", "Tour de table"],
            ["14:20", "14:50", "Indicateurs communs 2025"],
            ["14:50", "15:20", "Conservation des documents du projet"],
            ["15:20", "15:30", "Divers"],
        ],
        "headings": [
            ["A", "Tour de table"],
            ["B", "Indicateurs communs 2025"],
            ["C", "Conservation des documents du projet"],
            ["D", "Divers"],
        ],
        "actions": [
            ["Network Contact", ["Anne-Sophie Hautier"], None, "compléter le tableau des indicateurs 2025 pour"],
            ["SPP", [], None, "envoyer le modèle de tableau consolidé"],
            ["CPAS", [], "CHARLEROI", "Le CPAS de Charleroi transmet au SPP"],
            ["Network Contact", ["Kevin Dumont"], None, "vérifier avec le DPO du CPAS la"],
            ["To Be Assigned", [], None, "organiser l'archivage des listes de présence papier"],
        ],
        "next_meeting": None,
        "remarks": ["(tableau des indicateurs à compléter)"],
    }
    save(d, exp)


if __name__ == "__main__":
    for f in (r277, r278, r279, r280, r281, r282, r283, r284, r285, r286):
        f()
    print("done")
