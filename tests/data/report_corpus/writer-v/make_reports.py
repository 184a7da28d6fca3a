# -*- coding: utf-8 -*-
"""Builds the ten meeting reports 227-236 of the AMIF/FAMI network and their expected lists.

One function per report: it builds the .docx the way its secretary would have typed it in Word
and returns the expected dict (typed by hand from the report)."""
import json
import os

from docx import Document
from docx.enum.section import WD_ORIENT  # noqa: F401  (kept: some secretaries change orientation)
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
_CURRENT = {}  # the document being built by the current report function

CENTER = WD_ALIGN_PARAGRAPH.CENTER
RIGHT = WD_ALIGN_PARAGRAPH.RIGHT
JUSTIFY = WD_ALIGN_PARAGRAPH.JUSTIFY

TAG_FR = "Vers une politique de migration plus intégrée, grâce au FAMI"
TAG_NL = "Naar een geïntegreerd migratiebeleid, dankzij het AMIF"


# ---------------------------------------------------------------- helpers
def new_doc(font=None, size=None, margins=2.5, heading_font=None):
    d = Document()
    _CURRENT["doc"] = d
    for s in d.sections:
        s.page_width = Cm(21.0)
        s.page_height = Cm(29.7)
        s.left_margin = s.right_margin = Cm(margins)
        s.top_margin = s.bottom_margin = Cm(2.2)
    st = d.styles["Normal"]
    if font:
        st.font.name = font
        st.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), font)
    if size:
        st.font.size = Pt(size)
    if heading_font:
        for name in ("Heading 1", "Heading 2", "Title", "Subtitle"):
            hs = d.styles[name]
            hs.font.name = heading_font
            rf = hs.element.get_or_add_rPr().get_or_add_rFonts()
            rf.set(qn("w:ascii"), heading_font)
            rf.set(qn("w:hAnsi"), heading_font)
    return d


def _fmt(run, flags="", color=None, size=None, font=None):
    if "b" in flags:
        run.bold = True
    if "i" in flags:
        run.italic = True
    if "u" in flags:
        run.underline = True
    if "c" in flags:
        run.font.all_caps = True
    if color:
        run.font.color.rgb = RGBColor.from_string(color)
    if size:
        run.font.size = Pt(size)
    if font:
        run.font.name = font


def P(container, *parts, style=None, align=None, after=None, before=None, indent=None, first=None,
      size=None, color=None, keep=False):
    """Adds a paragraph; parts are strings or (text, flags) or (text, flags, color)."""
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    for part in parts:
        if isinstance(part, str):
            r = p.add_run(part)
            _fmt(r, "", color, size)
        else:
            text, flags = part[0], part[1]
            col = part[2] if len(part) > 2 else color
            r = p.add_run(text)
            _fmt(r, flags, col, size)
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    if after is not None:
        pf.space_after = Pt(after)
    if before is not None:
        pf.space_before = Pt(before)
    if indent is not None:
        pf.left_indent = Cm(indent)
    if first is not None:
        pf.first_line_indent = Cm(first)
    if keep:
        pf.keep_with_next = True
    return p


def cell_text(cell, parts, flags="", size=None, style=None, align=None, fill=None):
    """Writes one or several paragraphs in a cell. parts: str or list of str/(text, flags)."""
    if isinstance(parts, str):
        parts = [parts]
    first = True
    for part in parts:
        if first:
            p = cell.paragraphs[0]
            if style:
                p.style = style
            first = False
        else:
            p = cell.add_paragraph(style=style) if style else cell.add_paragraph()
        if isinstance(part, str):
            r = p.add_run(part)
            _fmt(r, flags, None, size)
        else:
            r = p.add_run(part[0])
            _fmt(r, part[1], None, size)
        if align is not None:
            p.alignment = align
    if fill:
        shade(cell, fill)


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def table(container, rows, style="Table Grid", header=True, widths=None, size=None, fill=None,
          bold_first_col=False):
    t = container.add_table(rows=len(rows), cols=len(rows[0]))
    if style:
        t.style = style
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            flags = "b" if (header and i == 0) or (bold_first_col and j == 0) else ""
            cell_text(c, val, flags=flags, size=size, fill=fill if (header and i == 0) else None)
    if widths:
        t.autofit = False
        for j, w in enumerate(widths):
            t.columns[j].width = Cm(w)
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    return t


def tight_headings(d, h1=(12, 4), h2=(8, 2)):
    """The secretary's own Heading spacing (Word's default leaves a lot of room above headings)."""
    for name, (b, a) in (("Heading 1", h1), ("Heading 2", h2)):
        pf = d.styles[name].paragraph_format
        pf.space_before = Pt(b)
        pf.space_after = Pt(a)


def field(paragraph, instr):
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), instr)
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "1"
    r.append(t)
    fld.append(r)
    paragraph._p.append(fld)


def header_lines(d, lines, align=None, size=8, flags="i", color=None):
    h = d.sections[0].header
    p = h.paragraphs[0]
    for k, line in enumerate(lines):
        if k:
            p = h.add_paragraph()
        r = p.add_run(line)
        _fmt(r, flags, color, size)
        if align is not None:
            p.alignment = align


def footer_page(d, text, size=8, pages=False, lang="fr"):
    f = d.sections[0].footer
    p = f.paragraphs[0]
    r = p.add_run(text)
    _fmt(r, "", None, size)
    field(p, "PAGE")
    if pages:
        p.add_run(" / " if lang == "fr" else " van ")
        field(p, "NUMPAGES")
    p.alignment = RIGHT


def rule(d):
    """What Word makes of '---' + Enter: an empty paragraph with a bottom border."""
    p = d.add_paragraph()
    pPr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    for k, v in (("w:val", "single"), ("w:sz", "6"), ("w:space", "1"), ("w:color", "auto")):
        b.set(qn(k), v)
    bdr.append(b)
    pPr.append(bdr)
    return p


def page_break(d):
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def save(d, exp):
    d.save(os.path.join(HERE, exp["file"]))
    base = exp["file"][: -len(".docx")]
    with open(os.path.join(HERE, base + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=2)
        f.write("\n")


# ---------------------------------------------------------------- 227
def r227():
    """SPP IS, Sarah Vandevelde: kick-off meeting, bilingual FR then NL (NL in italics), tables."""
    d = new_doc(font="Calibri", size=10, margins=2.2)
    tight_headings(d)
    header_lines(d, [TAG_NL, TAG_FR, "POD | Maatschappelijke Integratie – SPP | Intégration Sociale"],
                 align=RIGHT, size=8, flags="i", color="1F4E79")
    footer_page(d, "Rapport réunion de lancement / Verslag startvergadering – 17/11/2016 – p. ")

    P(d, ("Rapport réunion de lancement du réseau FAMI – Verslag startvergadering AMIF-netwerk", "b"),
      align=CENTER, size=14, after=2)
    P(d, ("17 novembre 2016 – 17 november 2016", "b"), align=CENTER, after=2)
    P(d, ("SPP Intégration Sociale, Bruxelles, salle 6.12 – POD Maatschappelijke Integratie, Brussel, zaal 6.12", "i"),
      align=CENTER, after=10)

    P(d, ("Présents / Aanwezig :", "b"), after=2)
    table(d, [
        ["Nom / Naam", "Organisation / Organisatie"],
        ["Sarah Vandevelde", "SPP IS / POD MI"],
        ["Julien Moreau", "SPP IS / POD MI"],
        ["Pieter Claeys", "CPAS Gand / OCMW Gent"],
        ["Hanne De Smet", "CPAS Gand / OCMW Gent"],
        ["Nadia Benali", "CPAS Liège / OCMW Luik"],
        ["Pierre-Yves Halleux", "CPAS Liège / OCMW Luik"],
        ["Valérie Piron", "CPAS Charleroi / OCMW Charleroi"],
        ["Liesbeth Janssens", "CPAS Anvers / OCMW Antwerpen"],
        ["Aurélie Van Damme", "CPAS Bruxelles / OCMW Brussel"],
        ["Marie-Hélène Gosset", "interprète / tolk"],
        ["Dirk Van Laere", "interprète / tolk"],
    ], widths=[6, 9], size=9.5, fill="D9E2F3")
    P(d, ("Excusés / Verontschuldigd : ", "b"),
      "Tom Peeters (OCMW Antwerpen), Karim Haddouchi (CPAS Charleroi)", before=6, after=8)

    P(d, ("Ordre du jour / Agenda", "b"), after=2)
    table(d, [
        ["9u30 – 10u00", "Accueil et café / Onthaal en koffie"],
        ["10u00 – 10u45", "Le projet FAMI et le rôle du SPP / Het AMIF-project en de rol van de POD"],
        ["10u45 – 12u00", "Présentation des projets des 5 CPAS / Voorstelling van de projecten van de 5 OCMW’s"],
        ["12u00 – 13u00", "Lunch"],
        ["13u00 – 14u30", "Attentes vis-à-vis du réseau / Verwachtingen ten aanzien van het netwerk"],
        ["14u30 – 15u00", "Planning et clôture / Planning en afsluiting"],
    ], header=False, widths=[3, 12], size=9.5)

    def fr_nl(fr, nl):
        P(d, fr, align=JUSTIFY, after=2)
        P(d, (nl, "i", "404040"), align=JUSTIFY, after=8)

    d.add_heading("1. Accueil / Verwelkoming", level=1)
    fr_nl("Sarah Vandevelde souhaite la bienvenue aux cinq CPAS qui mènent un projet FAMI. C’est la première fois "
          "que les équipes se rencontrent. La réunion se tient avec interprétation simultanée (Marie-Hélène Gosset "
          "et Dirk Van Laere) : chacun peut parler dans sa langue.",
          "Sarah Vandevelde verwelkomt de vijf OCMW’s die een AMIF-project uitvoeren. Het is de eerste keer dat de "
          "teams elkaar ontmoeten. De vergadering wordt simultaan getolkt (Marie-Hélène Gosset en Dirk Van Laere): "
          "iedereen kan in zijn eigen taal spreken.")

    d.add_heading("2. Le projet FAMI et le rôle du SPP / Het AMIF-project en de rol van de POD", level=1)
    fr_nl("Le SPP IS coordonne les projets financés par le Fonds Asile, Migration et Intégration (FAMI) dans le cadre "
          "de la programmation 2014-2020. Il suit les projets sur le plan du contenu et des finances, rassemble les "
          "chiffres pour le rapport annuel et anime le réseau. Julien Moreau rappelle les règles de base : les "
          "dépenses doivent être liées au projet et justifiées par des pièces, les frais de personnel sont "
          "calculés en ETP.",
          "De POD MI coördineert de projecten die gefinancierd worden door het Asiel-, Migratie- en Integratiefonds "
          "(AMIF) binnen de programmatie 2014-2020. Hij volgt de projecten inhoudelijk en financieel op, verzamelt "
          "de cijfers voor het jaarverslag en begeleidt het netwerk. Julien Moreau herinnert aan de basisregels: "
          "uitgaven moeten verband houden met het project en met stukken verantwoord worden, personeelskosten "
          "worden in VTE berekend.")
    fr_nl("Le réseau se réunira deux à trois fois par an, chaque fois dans un autre CPAS.",
          "Het netwerk komt twee à drie keer per jaar samen, telkens in een ander OCMW.")

    d.add_heading("3. Tour des projets / Overzicht van de projecten", level=1)
    d.add_heading("3.1 Gand / Gent", level=2)
    fr_nl("Pieter Claeys présente le projet Kompas : un trajet d’activation sociale pour des primo-arrivants peu "
          "scolarisés, avec un accompagnement individuel et des ateliers collectifs hebdomadaires. Les médiateurs "
          "interculturels jouent le rôle d’interprètes sociaux.",
          "Pieter Claeys stelt het project Kompas voor: een traject sociale activering voor laaggeschoolde "
          "nieuwkomers, met individuele begeleiding en wekelijkse groepsateliers. Intercultureel bemiddelaars "
          "treden op als sociaal tolk.")
    d.add_heading("3.2 Liège / Luik", level=2)
    fr_nl("Nadia Benali et Pierre-Yves Halleux présentent Mod’Actions : un entretien d’admission, un bilan "
          "d’orientation et quatre ateliers (activation sociale, créatif, informatique, réalisation de projet). "
          "Trois contrats sont signés par participant.",
          "Nadia Benali en Pierre-Yves Halleux stellen Mod’Actions voor: een intakegesprek, een oriëntatiebalans en "
          "vier ateliers (sociale activering, creatief, informatica, projectrealisatie). Per deelnemer worden drie "
          "contracten ondertekend.")
    d.add_heading("3.3 Charleroi", level=2)
    fr_nl("Valérie Piron présente Activ’UP : coaching individuel toutes les deux semaines, ateliers découvertes, "
          "séances d’information « se débrouiller en Belgique » et sorties socioculturelles. Le module 2 a démarré "
          "en septembre.",
          "Valérie Piron stelt Activ’UP voor: individuele coaching om de twee weken, ontdekkingsateliers, "
          "infosessies over het leven in België en sociaal-culturele uitstappen. Module 2 is in september gestart.")
    d.add_heading("3.4 Anvers / Antwerpen", level=2)
    fr_nl("Liesbeth Janssens explique que le CPAS d’Anvers travaille avec les CPAS partenaires de Schoten, Edegem et "
          "Mortsel. Le recrutement se fait via les assistants sociaux des antennes.",
          "Liesbeth Janssens legt uit dat het OCMW Antwerpen samenwerkt met de partner-OCMW’s Schoten, Edegem en "
          "Mortsel. De toeleiding gebeurt via de maatschappelijk werkers van de sociale centra.")
    d.add_heading("3.5 Bruxelles / Brussel", level=2)
    P(d, "Aurélie Van Damme présente brièvement le projet bruxellois, qui démarre en janvier 2017.", after=2)
    P(d, ("[présentation du CPAS de Bruxelles à compléter / presentatie OCMW Brussel aan te vullen]", "", "C00000"),
      after=2)
    P(d, ("Aurélie Van Damme stelt kort het Brusselse project voor, dat in januari 2017 van start gaat.", "i",
          "404040"), after=8)

    d.add_heading("4. Attentes vis-à-vis du réseau / Verwachtingen ten aanzien van het netwerk", level=1)
    P(d, "Les CPAS attendent du réseau / De OCMW’s verwachten van het netwerk:", after=2)
    for fr, nl in [
        ("échanger des méthodologies et des outils concrets (contrats, fiches d’inscription, enquêtes) ;",
         "methodieken en concrete instrumenten uitwisselen (contracten, inschrijvingsfiches, enquêtes);"),
        ("visiter les projets des autres CPAS ;", "de projecten van de andere OCMW’s bezoeken;"),
        ("parler des difficultés de recrutement et de la présence des participants ;",
         "de moeilijkheden bij toeleiding en de aanwezigheid van deelnemers bespreken;"),
        ("recevoir des informations claires sur les règles financières du FAMI.",
         "duidelijke informatie krijgen over de financiële regels van het AMIF."),
    ]:
        p = P(d, fr + " / ", style="List Bullet", after=0)
        r = p.add_run(nl)
        r.italic = True
    P(d, ("Décision / Beslissing : ", "b"),
      "le SPP rédige les rapports des réunions ; ils sont publiés en français et en néerlandais après relecture par "
      "les CPAS. / de POD schrijft de verslagen; ze worden in het Frans en het Nederlands gepubliceerd na nalezing "
      "door de OCMW’s.", before=6, after=8)

    d.add_heading("5. Points d’action / Actiepunten", level=1)
    table(d, [
        ["Action / Actie", "Qui / Wie", "Pour le / Tegen"],
        ["Envoyer la fiche projet complétée au SPP / De ingevulde projectfiche naar de POD sturen",
         "Chaque CPAS / Elk OCMW", "15/12/2016"],
        ["Diffuser le modèle de fiche projet bilingue / Het tweetalige sjabloon van de projectfiche verspreiden",
         "Sarah Vandevelde", "25/11/2016"],
        ["Proposer une date et un programme pour la réunion de février / Een datum en programma voorstellen voor "
         "de bijeenkomst van februari", "CPAS Charleroi / OCMW Charleroi", "15/12/2016"],
        ["Rassembler les questions sur les dépenses éligibles / De vragen over subsidiabele uitgaven verzamelen",
         "Julien Moreau + Nadia Benali", "31/01/2017"],
        ["Traduire les fiches projets dans l’autre langue / De projectfiches vertalen in de andere taal",
         "SPP / POD", "31/01/2017"],
    ], widths=[10, 3.5, 2.5], size=9, fill="D9E2F3")
    P(d, ("Prochaine réunion / Volgende bijeenkomst : ", "b"),
      "jeudi 16 février 2017 – donderdag 16 februari 2017, CPAS de Charleroi / OCMW Charleroi", before=10)

    return {
        "file": "227_rapport_lancement_reseau_fami_nov2016.docx",
        "languages": ["fr", "nl"],
        "online": False,
        "interpretation": True,
        "date": "2016-11-17",
        "people": [
            ["Sarah Vandevelde", "Present", "SPP"],
            ["Julien Moreau", "Present", "SPP"],
            ["Pieter Claeys", "Present", "GENT"],
            ["Hanne De Smet", "Present", "GENT"],
            ["Nadia Benali", "Present", "LIEGE"],
            ["Pierre-Yves Halleux", "Present", "LIEGE"],
            ["Valérie Piron", "Present", "CHARLEROI"],
            ["Liesbeth Janssens", "Present", "ANTWERPEN"],
            ["Aurélie Van Damme", "Present", "BRUXELLES"],
            ["Marie-Hélène Gosset", "Present", None],
            ["Dirk Van Laere", "Present", None],
            ["Tom Peeters", "Excused", "ANTWERPEN"],
            ["Karim Haddouchi", "Excused", "CHARLEROI"],
        ],
        "agenda": [
            ["09:30", "10:00", "Accueil et café / Onthaal en koffie"],
            ["10:00", "10:45", "Le projet FAMI et le rôle du SPP / Het AMIF-project en de rol van de POD"],
            ["10:45", "12:00", "Présentation des projets des 5 CPAS / Voorstelling van de projecten van de 5 OCMW’s"],
            ["12:00", "13:00", "Lunch"],
            ["13:00", "14:30", "Attentes vis-à-vis du réseau / Verwachtingen ten aanzien van het netwerk"],
            ["14:30", "15:00", "Planning et clôture / Planning en afsluiting"],
        ],
        "headings": [
            ["1", "Accueil / Verwelkoming"],
            ["2", "Le projet FAMI et le rôle du SPP / Het AMIF-project en de rol van de POD"],
            ["3", "Tour des projets / Overzicht van de projecten"],
            ["3.1", "Gand / Gent"],
            ["3.2", "Liège / Luik"],
            ["3.3", "Charleroi"],
            ["3.4", "Anvers / Antwerpen"],
            ["3.5", "Bruxelles / Brussel"],
            ["4", "Attentes vis-à-vis du réseau / Verwachtingen ten aanzien van het netwerk"],
            ["5", "Points d’action / Actiepunten"],
        ],
        "actions": [
            ["CPAS", [], None, "Envoyer la fiche projet complétée au SPP"],
            ["Network Contact", ["Sarah Vandevelde"], None, "Diffuser le modèle de fiche projet bilingue"],
            ["CPAS", [], "CHARLEROI", "Proposer une date et un programme pour"],
            ["Several Network Contacts", ["Julien Moreau", "Nadia Benali"], None,
             "Rassembler les questions sur les dépenses éligibles"],
            ["SPP", [], None, "Traduire les fiches projets dans l’autre langue"],
        ],
        "next_meeting": {
            "date": "2017-02-16",
            "text": "Prochaine réunion / Volgende bijeenkomst : jeudi 16 février 2017 – donderdag 16 februari 2017, "
                    "CPAS de Charleroi / OCMW Charleroi",
        },
        "remarks": ["[présentation du CPAS de Bruxelles à compléter / presentatie OCMW Brussel aan te vullen]"],
    }


# ---------------------------------------------------------------- 228
def r228():
    """OCMW Gent, Hanne De Smet: Dutch, bullets for people, List Number agenda, bold+underlined typed numbers,
    inline 'Actie Gent:' and arrows."""
    d = new_doc(font="Calibri", size=11, margins=2.2)
    footer_page(d, "Verslag netwerkdag AMIF 22/06/2017 – blz. ", size=8)

    P(d, ("Verslag netwerkdag AMIF", "b"), size=16, after=0)
    P(d, ("OCMW Gent – project Kompas", "", "2E74B5"), size=12, after=10)
    P(d, ("Datum: ", "b"), "donderdag 22 juni 2017", after=0)
    P(d, ("Plaats: ", "b"), "OCMW Gent, dienstencentrum De Vlinder, Gent", after=0)
    P(d, ("Verslag: ", "b"), "Hanne De Smet", after=10)

    P(d, ("Aanwezig:", "b"), after=0)
    for x in ["Pieter Claeys (OCMW Gent)", "Hanne De Smet (OCMW Gent)",
              "Yusuf Kaya (OCMW Gent, intercultureel bemiddelaar)", "Joke (stagiaire OCMW Gent)",
              "Mevr. Sarah Vandevelde (POD MI)", "Nadia Benali (OCMW Luik)", "Fatou Diallo (OCMW Luik)",
              "Karim Haddouchi (OCMW Charleroi)", "Tom Peeters (OCMW Antwerpen)", "Wim Goossens (OCMW Schoten)",
              "Olivier Mertens (OCMW Brussel)", "Dirk Van Laere (tolk FR-NL)"]:
        P(d, x, style="List Bullet", after=0)
    P(d, ("Verontschuldigd:", "b"), before=6, after=0)
    for x in ["Liesbeth Janssens (OCMW Antwerpen)", "Valérie Piron (OCMW Charleroi)"]:
        P(d, x, style="List Bullet", after=0)

    P(d, ("Agenda", "b"), before=10, after=2)
    for x in ["10.00 u. – 10.30 u.\tOnthaal met koffie",
              "10.30 u. – 11.30 u.\tVoorstelling project Kompas (OCMW Gent)",
              "11.30 u. – 12.30 u.\tBezoek aan de werkplaats",
              "12.30 u.\tLunch",
              "13.30 u. – 15.00 u.\tUitwisseling: aanwezigheidsgraad en stiptheid",
              "15.00 u.\tVaria en afspraken"]:
        P(d, x, style="List Number", after=0)

    def h(text):
        P(d, (text, "bu"), before=12, after=4, keep=True)

    h("1. Welkom")
    P(d, "Pieter Claeys verwelkomt iedereen in het dienstencentrum De Vlinder, waar de groepsateliers van Kompas "
         "doorgaan. Dirk Van Laere zorgt vandaag voor de vertaling FR-NL (consecutief). Het verslag van de "
         "bijeenkomst in Charleroi van 16 februari wordt goedgekeurd.")

    h("2. Voorstelling project Kompas")
    P(d, "Hanne De Smet en Yusuf Kaya stellen het project voor. Kompas begeleidt nieuwkomers die al lang een "
         "leefloon ontvangen en weinig Nederlands spreken. Elke deelnemer heeft om de twee weken een individueel "
         "gesprek; daarnaast zijn er wekelijkse ateliers (taalactivering, koken, fietsles) en maandelijkse "
         "uitstappen.")
    P(d, "Yusuf toont hoe de intercultureel bemiddelaars het intakegesprek mee voeren, zodat de deelnemer zijn "
         "verhaal in zijn eigen taal kan vertellen. Joke heeft een overzicht gemaakt van de drempels die "
         "deelnemers noemen: kinderopvang, mobiliteit, gezondheid.")
    P(d, ("Actie Gent:", "b"), " de PowerPoint-presentatie doorsturen naar alle partners.")

    h("3. Bezoek aan de werkplaats")
    P(d, "In de werkplaats herstellen deelnemers fietsen onder begeleiding van een vrijwilliger. De groep bestaat uit "
         "acht deelnemers. Nadia vraagt hoe de verzekering geregeld is: de deelnemers zijn verzekerd via de polis "
         "vrijwilligerswerk van het OCMW.")

    h("4. Uitwisseling: aanwezigheidsgraad en stiptheid")
    P(d, "Elk OCMW licht toe hoe het de aanwezigheid registreert:", after=2)
    for x in ["Luik: drie contracten per deelnemer, met regels rond aanwezigheid en stiptheid; na drie "
              "onverwittigde afwezigheden volgt een gesprek.",
              "Charleroi: registratie per sessie in een Excel-bestand; de maatschappelijk werker krijgt maandelijks "
              "een overzicht.",
              "Antwerpen: een aanwezigheidsreglement dat de deelnemer bij de start ondertekent.",
              "Brussel: nog geen vaste werkwijze, het project is pas gestart.",
              "Gent: aanwezigheidsgraad module 1: 78 %; module 2: (nog aan te vullen door Pieter)"]:
        P(d, "-\t" + x, indent=1.0, first=-0.5, after=0)
    P(d, "Afgesproken wordt om dezelfde definitie van ‘aanwezigheidsgraad’ te gebruiken: het aantal bijgewoonde "
         "sessies gedeeld door het aantal geplande sessies.", before=6)
    P(d, "→ Tom zal het aanwezigheidsreglement van Antwerpen bezorgen aan Hanne.", after=0)
    P(d, "→ Elk OCMW bezorgt tegen eind augustus zijn cijfers over de aanwezigheidsgraad aan de POD.")

    h("5. Varia")
    P(d, "Sarah meldt dat de POD de tolkkosten voor de netwerkdagen voorlopig zelf draagt.")
    P(d, ("Actie POD:", "b"), " nagaan of tolkkosten in het AMIF-budget ingebracht kunnen worden.")
    P(d, "Olivier stelt voor om een infosessie te organiseren over het gebruik van de tevredenheidsenquête. "
         "Iedereen is akkoord.", after=2)
    P(d, ("Infosessie over de tevredenheidsenquête organiseren – trekker: nog te bepalen.", "i"))

    P(d, ("Volgende bijeenkomst: in het najaar bij het OCMW Brussel, datum nog te bepalen.", "b"), before=10)
    P(d, "Hanne De Smet, 26/06/2017", align=RIGHT, size=9)

    return {
        "file": "228_verslag_netwerkdag_gent_juni2017.docx",
        "languages": ["nl"],
        "online": False,
        "interpretation": True,
        "date": "2017-06-22",
        "people": [
            ["Pieter Claeys", "Present", "GENT"],
            ["Hanne De Smet", "Present", "GENT"],
            ["Yusuf Kaya", "Present", "GENT"],
            ["Joke", "Present", "GENT"],
            ["Sarah Vandevelde", "Present", "SPP"],
            ["Nadia Benali", "Present", "LIEGE"],
            ["Fatou Diallo", "Present", "LIEGE"],
            ["Karim Haddouchi", "Present", "CHARLEROI"],
            ["Tom Peeters", "Present", "ANTWERPEN"],
            ["Wim Goossens", "Present", "SCHOTEN"],
            ["Olivier Mertens", "Present", "BRUXELLES"],
            ["Dirk Van Laere", "Present", None],
            ["Liesbeth Janssens", "Excused", "ANTWERPEN"],
            ["Valérie Piron", "Excused", "CHARLEROI"],
        ],
        "agenda": [
            ["10:00", "10:30", "Onthaal met koffie"],
            ["10:30", "11:30", "Voorstelling project Kompas (OCMW Gent)"],
            ["11:30", "12:30", "Bezoek aan de werkplaats"],
            ["12:30", None, "Lunch"],
            ["13:30", "15:00", "Uitwisseling: aanwezigheidsgraad en stiptheid"],
            ["15:00", None, "Varia en afspraken"],
        ],
        "headings": [
            ["1", "Welkom"],
            ["2", "Voorstelling project Kompas"],
            ["3", "Bezoek aan de werkplaats"],
            ["4", "Uitwisseling: aanwezigheidsgraad en stiptheid"],
            ["5", "Varia"],
        ],
        "actions": [
            ["CPAS", [], "GENT", "de PowerPoint-presentatie doorsturen naar alle partners"],
            ["Network Contact", ["Tom Peeters"], None, "Tom zal het aanwezigheidsreglement van Antwerpen bezorgen"],
            ["CPAS", [], None, "Elk OCMW bezorgt tegen eind augustus"],
            ["SPP", [], None, "nagaan of tolkkosten in het AMIF-budget"],
            ["To Be Assigned", [], None, "Infosessie over de tevredenheidsenquête organiseren"],
        ],
        "next_meeting": {
            "date": None,
            "text": "Volgende bijeenkomst: in het najaar bij het OCMW Brussel, datum nog te bepalen.",
        },
        "remarks": ["(nog aan te vullen door Pieter)"],
    }


# ---------------------------------------------------------------- 229
def r229():
    """CPAS de Charleroi, Sophie Lejeune: formal French PV, Arial, Roman numerals, people in one paragraph
    with Mme/M., typed agenda with start times only, action table Quoi/Qui/Pour quand."""
    d = new_doc(font="Arial", size=10, margins=2.0)
    h = d.sections[0].header
    hp = h.paragraphs[0]
    hp.add_run("CPAS de Charleroi – Service Action Migrants").font.size = Pt(8)
    hp.add_run("\t\tProjet Activ’UP – FAMI").font.size = Pt(8)
    footer_page(d, "PV réseau FAMI – Charleroi – 15/03/2018 – page ", size=7)

    P(d, ("PROCÈS-VERBAL DE LA RÉUNION DU RÉSEAU FAMI", "b"), align=CENTER, size=13, after=4)
    P(d, "Charleroi, le 15 mars 2018", align=RIGHT, after=10)
    P(d, ("Lieu : ", "b"), "CPAS de Charleroi, salle du Conseil, 1er étage", after=6)
    P(d, ("Étaient présents : ", "bu"),
      "Mme Valérie Piron, M. Karim Haddouchi, Mme Sophie Lejeune (CPAS de Charleroi) ; Mme Christelle Dufrasne "
      "(CPAS de Binche) ; Mme Sarah Vandevelde (SPP IS) ; Mme Nadia Benali, M. Grégory Lambert (CPAS de Liège) ; "
      "M. Pieter Claeys (CPAS de Gand) ; Mme Samira El Idrissi (CPAS d’Anvers) ; M. Olivier Mertens (CPAS de "
      "Bruxelles).", align=JUSTIFY, after=4)
    P(d, ("Étaient excusés : ", "bu"), "M. Tom Peeters (CPAS d’Anvers), Mme Hanne De Smet (CPAS de Gand).",
      after=4)
    P(d, ("Pas d’interprète pour cette réunion : Pieter et Samira ont accepté de suivre la réunion en français.",
          "i"), size=9, after=10)

    P(d, ("Ordre du jour :", "bu"), after=2)
    for x in ["9h30 : Accueil",
              "10h00 : Présentation du projet Activ’UP – module 3",
              "11h00 : Le recrutement des participants : de la liste aux séances d’information",
              "12h30 : Repas",
              "13h30 : Atelier d’échange : communiquer avec les participants",
              "15h30 : Fin de la réunion"]:
        P(d, x, indent=1.0, after=0)

    def h2(text):
        P(d, (text, "b"), before=14, after=4, size=11, keep=True, color="1F3864")

    h2("I. Accueil et approbation du PV précédent")
    P(d, "Mme Piron accueille les participants au nom du CPAS de Charleroi et présente la nouvelle partenaire du "
         "projet, le CPAS de Binche, représenté par Mme Dufrasne. Le PV de la réunion de Bruxelles du 23 novembre "
         "2017 est approuvé sans remarque.", align=JUSTIFY)

    h2("II. Présentation du projet Activ’UP")
    P(d, "Le projet fonctionne par modules de septembre à juin ; le module 3 a débuté en septembre 2017. Le "
         "programme repose sur trois activités principales :", align=JUSTIFY, after=2)
    for x in ["1. du coaching individuel (toutes les deux semaines) et collectif (une demi-journée tous les 15 "
              "jours) ;",
              "2. des activités collectives : ateliers découvertes (informatique, sport, photo, mobilier en carton) "
              "et sorties socioculturelles ;",
              "3. des séances d’information « se débrouiller en Belgique » (institutions, droits et devoirs, "
              "logement, mobilité, banque et assurances)."]:
        P(d, x, indent=1.0, first=-0.5, after=0)
    P(d, "Depuis janvier, deux participants de Binche rejoignent les ateliers à Charleroi ; le transport reste une "
         "difficulté.", before=6, align=JUSTIFY)

    h2("III. Recrutement : de la liste aux séances d’information")
    P(d, "M. Haddouchi explique la méthode : un listing de bénéficiaires potentiels est établi avec l’observatoire "
         "local du CPAS, les assistantes sociales des antennes font un premier tri, puis les personnes retenues sont "
         "invitées à une séance d’information.", align=JUSTIFY)
    table(d, [
        ["Module", "Personnes listées", "Retenues par les AS", "Présentes à la séance"],
        ["Module 1", "plus de 1.000", "315", "110 (35 %)"],
        ["Module 2", "plus de 1.000", "199", "60 (30 %)"],
        ["Module 3", "1.020", "288", "[chiffre à compléter par Karim]"],
    ], widths=[2.5, 3.5, 4, 5], size=9, fill="E7E6E6")
    P(d, "Les autres CPAS trouvent le taux de présence aux séances faible. Mme Benali signale qu’à Liège les "
         "inscriptions sont possibles à tout moment, ce qui évite les grandes séances collectives.", before=6,
      align=JUSTIFY)

    h2("IV. Atelier d’échange")
    P(d, "En sous-groupes, les participants ont listé ce qui aide la communication avec le public :", after=2)
    for x in ["prévenir par SMS en cas d’annulation d’un cours ;",
              "afficher un horaire hebdomadaire fixe ;",
              "équilibrer les horaires entre anciens et nouveaux participants ;",
              "éviter les activités obligatoires sur des sujets sensibles (sexualité, violences conjugales)."]:
        P(d, "•\t" + x, indent=1.0, first=-0.5, after=0)

    h2("V. Divers")
    P(d, "Mme Vandevelde informe que le SPP a bien reçu tous les rapports financiers 2017. Mme El Idrissi propose "
         "que le CPAS d’Anvers accueille la prochaine réunion ; la proposition est acceptée.", align=JUSTIFY)

    h2("VI. Points d’action")
    table(d, [
        ["Quoi ?", "Qui ?", "Pour quand ?"],
        ["Envoyer la version néerlandaise du présent PV", "Sarah (SPP)", "fin mars"],
        ["Partager le listing type utilisé pour le recrutement", "CPAS de Charleroi", "avril"],
        ["Transmettre les chiffres de présence du module 2", "Tous les CPAS", "30/04/2018"],
        ["Vérifier si la traduction de l’enquête de satisfaction en arabe est éligible", "SPP", "mai"],
        ["Organiser une visite de l’atelier carton pour les partenaires", "Karim et Christelle", "juin"],
        ["Préparer la réunion d’automne", "à définir", "–"],
    ], widths=[9, 4, 3], size=9, fill="E7E6E6")
    P(d, ("Prochaine réunion : à Anvers, en juin (date à confirmer par le CPAS d’Anvers).", "b"), before=10)
    P(d, "Pour le CPAS de Charleroi,", before=12, after=0)
    P(d, "Sophie Lejeune, assistante administrative", after=0)

    return {
        "file": "229_pv_reseau_fami_charleroi_mars2018.docx",
        "languages": ["fr"],
        "online": False,
        "interpretation": False,
        "date": "2018-03-15",
        "people": [
            ["Valérie Piron", "Present", "CHARLEROI"],
            ["Karim Haddouchi", "Present", "CHARLEROI"],
            ["Sophie Lejeune", "Present", "CHARLEROI"],
            ["Christelle Dufrasne", "Present", "BINCHE"],
            ["Sarah Vandevelde", "Present", "SPP"],
            ["Nadia Benali", "Present", "LIEGE"],
            ["Grégory Lambert", "Present", "LIEGE"],
            ["Pieter Claeys", "Present", "GENT"],
            ["Samira El Idrissi", "Present", "ANTWERPEN"],
            ["Olivier Mertens", "Present", "BRUXELLES"],
            ["Tom Peeters", "Excused", "ANTWERPEN"],
            ["Hanne De Smet", "Excused", "GENT"],
        ],
        "agenda": [
            ["09:30", None, "Accueil"],
            ["10:00", None, "Présentation du projet Activ’UP – module 3"],
            ["11:00", None, "Le recrutement des participants : de la liste aux séances d’information"],
            ["12:30", None, "Repas"],
            ["13:30", None, "Atelier d’échange : communiquer avec les participants"],
            ["15:30", None, "Fin de la réunion"],
        ],
        "headings": [
            ["I", "Accueil et approbation du PV précédent"],
            ["II", "Présentation du projet Activ’UP"],
            ["III", "Recrutement : de la liste aux séances d’information"],
            ["IV", "Atelier d’échange"],
            ["V", "Divers"],
            ["VI", "Points d’action"],
        ],
        "actions": [
            ["Network Contact", ["Sarah Vandevelde"], None, "Envoyer la version néerlandaise du présent PV"],
            ["CPAS", [], "CHARLEROI", "Partager le listing type utilisé pour le recrutement"],
            ["CPAS", [], None, "Transmettre les chiffres de présence du module 2"],
            ["SPP", [], None, "Vérifier si la traduction de l’enquête de satisfaction"],
            ["Several Network Contacts", ["Karim Haddouchi", "Christelle Dufrasne"], None,
             "Organiser une visite de l’atelier carton"],
            ["To Be Assigned", [], None, "Préparer la réunion d’automne"],
        ],
        "next_meeting": {
            "date": None,
            "text": "Prochaine réunion : à Anvers, en juin (date à confirmer par le CPAS d’Anvers).",
        },
        "remarks": ["[chiffre à compléter par Karim]"],
    }


# ---------------------------------------------------------------- 230
def r230():
    """OCMW Antwerpen, Liesbeth Janssens: Dutch with a French summary, Verdana, memo table, attendance grid with
    x marks, tab-separated agenda, unnumbered Heading 1/2, 'Wie:' after each action."""
    d = new_doc(font="Verdana", size=9, margins=2.0, heading_font="Verdana")
    header_lines(d, ["OCMW Antwerpen – Netwerkoverleg AMIF-OCMW’s"], align=RIGHT, size=7, flags="")
    footer_page(d, "pagina ", size=7, pages=True, lang="nl")

    t = table(d, [
        ["Verslag", "Netwerkoverleg AMIF-OCMW’s"],
        ["Datum", "18/10/2018"],
        ["Locatie", "OCMW Antwerpen, Lange Gasthuisstraat, zaal Rubens"],
        ["Verslaggever", "Liesbeth Janssens"],
        ["Vertaling", "simultaan FR/NL (zie tolken hieronder)"],
    ], header=False, widths=[3.5, 13.5], bold_first_col=True)
    for row in t.rows:
        shade(row.cells[0], "DEEAF6")
    P(d, "", after=0)

    P(d, ("Aanwezigheden", "b"), after=2)
    table(d, [
        ["Naam", "Organisatie", "Aanwezig", "Verontschuldigd"],
        ["Liesbeth Janssens", "OCMW Antwerpen", "x", ""],
        ["Tom Peeters", "OCMW Antwerpen", "x", ""],
        ["Samira El Idrissi", "OCMW Antwerpen", "", "x"],
        ["Wim Goossens", "OCMW Schoten", "x", ""],
        ["Inge Verhaegen", "OCMW Edegem", "x", ""],
        ["Bart Michiels", "OCMW Mortsel", "", "x"],
        ["Pieter Claeys", "OCMW Gent", "x", ""],
        ["Gülay Aydın", "OCMW Gent", "x", ""],
        ["Nadia Benali", "OCMW Luik", "", "x"],
        ["Grégory Lambert", "OCMW Luik", "x", ""],
        ["Karim Haddouchi", "OCMW Charleroi", "x", ""],
        ["Christelle Dufrasne", "OCMW Binche", "", "x"],
        ["Aïcha N’Diaye", "OCMW Brussel", "x", ""],
        ["Sarah Vandevelde", "POD MI", "x", ""],
        ["Maxime Delvaux", "POD MI", "x", ""],
        ["Marie-Hélène Gosset", "tolk", "x", ""],
        ["Dirk Van Laere", "tolk", "x", ""],
    ], widths=[5, 5, 2.5, 3], size=8, fill="DEEAF6")

    P(d, ("Agenda", "b"), before=10, after=2)
    for x in ["09.30 - 10.00\tOnthaal en koffie",
              "10.00 - 10.15\tGoedkeuring verslag Charleroi (15/03)",
              "10.15 - 11.15\tStand van zaken per OCMW",
              "11.15 - 12.30\tPresentatie: intake en oriëntatiebalans in Antwerpen",
              "12.30 - 13.15\tBroodjeslunch",
              "13.15 - 14.45\tWerkgroepen tevredenheidsenquête",
              "14.45 - 15.00\tAfspraken en volgende bijeenkomst"]:
        p = P(d, x, after=0)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(3.2))

    d.add_heading("Goedkeuring verslag", level=1)
    P(d, "Het verslag van de bijeenkomst in Charleroi (15/03/2018) wordt goedgekeurd. De bijeenkomst die in juni "
         "in Antwerpen gepland was, werd uitgesteld wegens de staking bij het openbaar vervoer.")

    d.add_heading("Stand van zaken per OCMW", level=1)
    d.add_heading("Gent", level=2)
    P(d, "Gülay Aydın: module 3 loopt met 14 deelnemers. Nieuw is een fietsatelier voor vrouwen.")
    d.add_heading("Luik", level=2)
    P(d, "Grégory Lambert: de ateliers lopen per schooljaar. Het creatieve atelier werkt aan een tentoonstelling in "
         "december.")
    d.add_heading("Charleroi – Binche", level=2)
    P(d, "Karim Haddouchi: module 4 is gestart; twee deelnemers uit Binche volgen de ateliers in Charleroi.")
    d.add_heading("Brussel", level=2)
    P(d, "Aïcha N’Diaye: het project telt nu 32 deelnemers, vooral vrouwen. De individuele begeleiding gebeurt in "
         "de sociale centra.")
    d.add_heading("Antwerpen en partners", level=2)
    P(d, "Tom Peeters: Antwerpen heeft het intakeformulier herwerkt (zie hieronder). Schoten en Edegem sturen elk een "
         "vijftal deelnemers naar de groepsmodules in Antwerpen.", after=2)
    P(d, ("Cijfers Mortsel: nog aan te vullen", "i", "C00000"))

    d.add_heading("Intake en oriëntatiebalans in Antwerpen", level=1)
    P(d, "Tom Peeters en Liesbeth Janssens stellen het nieuwe intakeformulier voor. Het gesprek duurt ongeveer een "
         "uur en gebeurt waar nodig met een intercultureel bemiddelaar. De oriëntatiebalans beschrijft traject, "
         "doelen, motivatie en drempels, en eindigt met een voorstel van modules. Dat voorstel gaat naar de "
         "teamverantwoordelijke, die het goedkeurt of met vragen terugstuurt.")
    P(d, "Reacties: Luik vindt het formulier lang; Gent vraagt een rubriek over gezondheid en fysieke conditie.")

    d.add_heading("Werkgroepen tevredenheidsenquête", level=1)
    P(d, "In twee werkgroepen (NL en FR) werd de huidige tevredenheidsenquête besproken. Conclusie: de vragen zijn "
         "te abstract voor de doelgroep (bv. ‘In welke mate heeft de module bijgedragen tot uw zelfredzaamheid?’). "
         "De deelnemers vragen een eenvoudigere versie met pictogrammen en vertalingen in meer talen.")

    d.add_heading("Afspraken", level=1)
    for act, who in [
        ("Het aangepaste intakeformulier delen met het netwerk.", "Tom"),
        ("Voorstel van vereenvoudigde tevredenheidsenquête (pictogrammen) uitwerken.",
         "werkgroep Gent – Brussel (Gülay, Aïcha)"),
        ("Vertaling van de enquête in het Arabisch, Dari en Tigrinya laten offreren.", "POD MI"),
        ("Cijfers deelnemers Mortsel doorgeven aan Antwerpen vóór 15/11.", "OCMW Mortsel"),
        ("Zaal en tolken voor de volgende bijeenkomst vastleggen.", "OCMW Brussel"),
    ]:
        p = P(d, act + " ", style="List Bullet", after=0)
        r = p.add_run("Wie: " + who)
        r.bold = True
    P(d, ("Volgende bijeenkomst: donderdag 14 februari 2019 bij OCMW Brussel.", "b"), before=8)

    d.add_heading("Résumé en français", level=1)
    P(d, ("Le rapport de Charleroi est approuvé. Chaque CPAS a fait le point sur son projet. Anvers a présenté son "
           "nouveau formulaire d’intake et son bilan d’orientation. Les groupes de travail jugent l’enquête de "
           "satisfaction trop abstraite et demandent une version simplifiée avec pictogrammes.", "i"))
    P(d, ("Actions : Tom partage le formulaire d’intake adapté ; Gülay et Aïcha préparent une enquête simplifiée "
           "(pictogrammes) ; le POD MI demande un devis pour la traduction ; Mortsel transmet ses chiffres à Anvers "
           "avant le 15/11 ; le CPAS de Bruxelles réserve la salle et les interprètes.", "i"))
    P(d, ("Prochaine réunion : jeudi 14 février 2019 au CPAS de Bruxelles.", "i"))

    return {
        "file": "230_verslag_netwerkoverleg_antwerpen_okt2018.docx",
        "languages": ["nl", "fr"],
        "online": False,
        "interpretation": True,
        "date": "2018-10-18",
        "people": [
            ["Liesbeth Janssens", "Present", "ANTWERPEN"],
            ["Tom Peeters", "Present", "ANTWERPEN"],
            ["Wim Goossens", "Present", "SCHOTEN"],
            ["Inge Verhaegen", "Present", "EDEGEM"],
            ["Pieter Claeys", "Present", "GENT"],
            ["Gülay Aydın", "Present", "GENT"],
            ["Grégory Lambert", "Present", "LIEGE"],
            ["Karim Haddouchi", "Present", "CHARLEROI"],
            ["Aïcha N’Diaye", "Present", "BRUXELLES"],
            ["Sarah Vandevelde", "Present", "SPP"],
            ["Maxime Delvaux", "Present", "SPP"],
            ["Marie-Hélène Gosset", "Present", None],
            ["Dirk Van Laere", "Present", None],
            ["Samira El Idrissi", "Excused", "ANTWERPEN"],
            ["Bart Michiels", "Excused", "MORTSEL"],
            ["Nadia Benali", "Excused", "LIEGE"],
            ["Christelle Dufrasne", "Excused", "BINCHE"],
        ],
        "agenda": [
            ["09:30", "10:00", "Onthaal en koffie"],
            ["10:00", "10:15", "Goedkeuring verslag Charleroi (15/03)"],
            ["10:15", "11:15", "Stand van zaken per OCMW"],
            ["11:15", "12:30", "Presentatie: intake en oriëntatiebalans in Antwerpen"],
            ["12:30", "13:15", "Broodjeslunch"],
            ["13:15", "14:45", "Werkgroepen tevredenheidsenquête"],
            ["14:45", "15:00", "Afspraken en volgende bijeenkomst"],
        ],
        "headings": [
            ["", "Goedkeuring verslag"],
            ["", "Stand van zaken per OCMW"],
            ["", "Gent"],
            ["", "Luik"],
            ["", "Charleroi – Binche"],
            ["", "Brussel"],
            ["", "Antwerpen en partners"],
            ["", "Intake en oriëntatiebalans in Antwerpen"],
            ["", "Werkgroepen tevredenheidsenquête"],
            ["", "Afspraken"],
            ["", "Résumé en français"],
        ],
        "actions": [
            ["Network Contact", ["Tom Peeters"], None, "Het aangepaste intakeformulier delen met het netwerk"],
            ["Several Network Contacts", ["Gülay Aydın", "Aïcha N’Diaye"], None,
             "Voorstel van vereenvoudigde tevredenheidsenquête (pictogrammen) uitwerken"],
            ["SPP", [], None, "Vertaling van de enquête in het Arabisch"],
            ["CPAS", [], "MORTSEL", "Cijfers deelnemers Mortsel doorgeven aan Antwerpen"],
            ["CPAS", [], "BRUXELLES", "Zaal en tolken voor de volgende bijeenkomst"],
        ],
        "next_meeting": {
            "date": "2019-02-14",
            "text": "Volgende bijeenkomst: donderdag 14 februari 2019 bij OCMW Brussel.",
        },
        "remarks": ["Cijfers Mortsel: nog aan te vullen"],
    }


# ---------------------------------------------------------------- 231
def r231():
    """CPAS de Liège, Nadia Benali: working group PV, Title/Subtitle styles, tabbed title block, inclusive
    writing, dash-typed people lists with roles, List Number agenda, Heading 2 with letters, '➔ Action :'."""
    d = new_doc(font="Arial", size=10, margins=2.3, heading_font="Arial")
    header_lines(d, ["CPAS de Liège – Projet Mod’Actions (FAMI)"], align=None, size=8, flags="b", color="7F7F7F")
    footer_page(d, "GT enquête – PV 21/11/2019 – ", size=8)

    P(d, "Groupe de travail « Enquête de satisfaction »", style="Title")
    P(d, "Procès-verbal de la réunion du 21 novembre 2019", style="Subtitle")
    for lab, val in [("Date :", "jeudi 21 novembre 2019, 9h30 – 12h30"),
                     ("Lieu :", "Maison de l’activation sociale, CPAS de Liège"),
                     ("Rédaction :", "Nadia Benali")]:
        p = P(d, (lab, "b"), "\t" + val, after=0)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(3))
    P(d, "", after=0)

    P(d, ("Présent·e·s :", "b"), after=0)
    for x in ["Nadia Benali, coordinatrice (CPAS de Liège)",
              "Fatou Diallo, entretiens d’admission (CPAS de Liège)",
              "Grégory Lambert, animateur (CPAS de Liège)",
              "Sophie Lejeune (CPAS de Charleroi)",
              "Christelle Dufrasne (CPAS de Binche)",
              "Aïcha N’Diaye (CPAS de Bruxelles)",
              "Maxime Delvaux (SPP IS)",
              "Fabienne Collard (ASBL Lire et Écrire, invitée)"]:
        P(d, "– " + x, indent=0.6, after=0)
    P(d, ("Excusé·e·s :", "b"), before=6, after=0)
    for x in ["Hakima Tahiri (CPAS de Bruxelles)", "Valérie Piron (CPAS de Charleroi)"]:
        P(d, "– " + x, indent=0.6, after=0)

    P(d, ("Ordre du jour", "b"), before=10, after=2)
    for x in ["Retour sur les résultats de l’enquête 2018-2019",
              "Présentation de Lire et Écrire : questionnaires pour un public peu alphabétisé",
              "Proposition d’une enquête illustrée",
              "Calendrier et suite"]:
        P(d, x, style="List Number", after=0)

    def act(text):
        P(d, ("➔ ", "b", "C55A11"), (text, "b"), indent=0.5, after=6)

    d.add_heading("A. Résultats de l’enquête 2018-2019", level=2)
    P(d, "Grégory Lambert présente les résultats de l’enquête de satisfaction de l’année scolaire 2018-2019 (Liège "
         "et Charleroi). La majorité des participant·e·s se dit satisfaite, mais beaucoup de questions restent sans "
         "réponse ou reçoivent partout la même réponse, ce qui laisse penser qu’elles ne sont pas comprises.",
      align=JUSTIFY)
    P(d, "Taux de réponse : Liège 64 %, Charleroi 58 %, Bruxelles (à compléter par le CPAS de Bruxelles).")
    act("Action : Grégory envoie le fichier Excel des résultats à tous les participants.")

    d.add_heading("B. L’expérience de Lire et Écrire", level=2)
    P(d, "Fabienne Collard explique comment Lire et Écrire évalue ses formations avec un public peu ou pas "
         "alphabétisé : questions orales en petit groupe, smileys, reformulation par un pair, et jamais plus de cinq "
         "questions. Elle insiste sur le fait de ne pas évaluer le jour d’une mauvaise nouvelle (courrier, refus "
         "de séjour…).", align=JUSTIFY)
    P(d, "Fabienne Collard nous fera parvenir sa présentation.")

    d.add_heading("C. Proposition d’enquête illustrée", level=2)
    P(d, "Fatou Diallo et Aïcha N’Diaye ont préparé une version illustrée : cinq questions, une échelle de trois "
         "visages et une question ouverte posée oralement par l’animateur·rice.", align=JUSTIFY)
    P(d, "Il est décidé de garder cinq questions maximum et de tester la version sur deux groupes.")
    act("Action : Fatou et Aïcha testent la version illustrée avec un groupe chacune avant fin janvier.")
    act("Action (CPAS de Charleroi) : demander l’avis des animateurs d’Activ’UP sur les pictogrammes.")

    d.add_heading("D. Calendrier", level=2)
    P(d, "Le SPP souhaite disposer d’une enquête commune pour l’année scolaire 2020-2021, idéalement disponible en "
         "plusieurs langues dès l’été.", align=JUSTIFY)
    act("Action : le SPP vérifie si l’enquête peut être proposée en arabe, en dari et en tigrinya.")
    act("Action : présenter les résultats du test au réseau de février – responsable à définir.")

    d.add_heading("E. Divers", level=2)
    P(d, "Christelle Dufrasne signale que le CPAS de Binche accueillera un stagiaire AS à partir de janvier.")

    P(d, ("Prochaine réunion du groupe de travail : le jeudi 23 janvier 2020 à 9h30, au CPAS de Charleroi.", "b"),
      before=12)

    return {
        "file": "231_pv_gt_enquete_satisfaction_liege_nov2019.docx",
        "languages": ["fr"],
        "online": False,
        "interpretation": False,
        "date": "2019-11-21",
        "people": [
            ["Nadia Benali", "Present", "LIEGE"],
            ["Fatou Diallo", "Present", "LIEGE"],
            ["Grégory Lambert", "Present", "LIEGE"],
            ["Sophie Lejeune", "Present", "CHARLEROI"],
            ["Christelle Dufrasne", "Present", "BINCHE"],
            ["Aïcha N’Diaye", "Present", "BRUXELLES"],
            ["Maxime Delvaux", "Present", "SPP"],
            ["Fabienne Collard", "Present", None],
            ["Hakima Tahiri", "Excused", "BRUXELLES"],
            ["Valérie Piron", "Excused", "CHARLEROI"],
        ],
        "agenda": [
            [None, None, "Retour sur les résultats de l’enquête 2018-2019"],
            [None, None, "Présentation de Lire et Écrire : questionnaires pour un public peu alphabétisé"],
            [None, None, "Proposition d’une enquête illustrée"],
            [None, None, "Calendrier et suite"],
        ],
        "headings": [
            ["A", "Résultats de l’enquête 2018-2019"],
            ["B", "L’expérience de Lire et Écrire"],
            ["C", "Proposition d’enquête illustrée"],
            ["D", "Calendrier"],
            ["E", "Divers"],
        ],
        "actions": [
            ["Network Contact", ["Grégory Lambert"], None, "Grégory envoie le fichier Excel des résultats"],
            ["Network Contact", ["Fabienne Collard"], None, "Fabienne Collard nous fera parvenir sa présentation"],
            ["Several Network Contacts", ["Fatou Diallo", "Aïcha N’Diaye"], None,
             "Fatou et Aïcha testent la version illustrée"],
            ["CPAS", [], "CHARLEROI", "demander l’avis des animateurs d’Activ’UP sur les pictogrammes"],
            ["SPP", [], None, "le SPP vérifie si l’enquête peut"],
            ["To Be Assigned", [], None, "présenter les résultats du test au réseau"],
        ],
        "next_meeting": {
            "date": "2020-01-23",
            "text": "Prochaine réunion du groupe de travail : le jeudi 23 janvier 2020 à 9h30, au CPAS de Charleroi.",
        },
        "remarks": ["(à compléter par le CPAS de Bruxelles)"],
    }


# ---------------------------------------------------------------- 232
def r232():
    """SPP IS, Maxime Delvaux: online (Zoom) with interpretation, COVID; bilingual section headings, body in a
    borderless two-column table FR | NL, people in one paragraph like the 2019 report, draft line on top."""
    d = new_doc(font="Calibri", size=10)
    header_lines(d, [TAG_NL + " – " + TAG_FR], align=CENTER, size=7, flags="i", color="1F4E79")
    footer_page(d, "POD | Maatschappelijke Integratie – SPP | Intégration Sociale        ", size=7)

    P(d, ("PROJET – ONTWERP : les commentaires des CPAS doivent encore être ajoutés / de opmerkingen van de "
           "OCMW’s moeten nog worden toegevoegd.", "b", "C00000"), size=9, after=8)
    P(d, ("Rapport réunion CPAS (Zoom) – Verslag bijeenkomst OCMW’s (Zoom)", "b"), align=CENTER, size=14, after=2)
    P(d, ("FAMI/AMIF 11 juin 2020 – 11 juni 2020", "b"), align=CENTER, after=2)
    P(d, ("En ligne via Zoom, avec interprétation simultanée FR/NL – Online via Zoom, met simultaantolken FR/NL", "i"),
      align=CENTER, after=10)

    P(d, ("Présents / Aanwezig : ", "b"),
      "Maxime Delvaux (SPP IS), Sarah Vandevelde (SPP IS), Pieter Claeys (CPAS Gand), Yusuf Kaya (CPAS Gand), "
      "Nadia Benali (CPAS Liège), Valérie Piron (CPAS Charleroi), Sophie Lejeune (CPAS Charleroi), Liesbeth "
      "Janssens (CPAS Anvers), Tom Peeters (CPAS Anvers), Olivier Mertens (CPAS Bruxelles), Aïcha N’Diaye (CPAS "
      "Bruxelles)", align=JUSTIFY, after=2)
    P(d, ("Interprètes / Tolken : ", "b"), "Marie-Hélène Gosset, Dirk Van Laere", after=2)
    P(d, ("Excusés / Verontschuldigd : ", "b"), "Christelle Dufrasne (CPAS Binche), Inge Verhaegen (OCMW Edegem)",
      after=8)

    P(d, ("Ordre du jour / Agenda", "b"), after=2)
    for x in ["14.00-14.45 Tour de table : la situation COVID-19 dans chaque CPAS / Tafelronde: de "
              "COVID-19-situatie in elk OCMW",
              "14.45-15.15 Règles pour les activités de groupe / Regels voor groepsactiviteiten",
              "15.15-15.45 Prolongation des projets et budget 2020 / Verlenging van de projecten en budget 2020",
              "15.45-16.00 Divers / Varia"]:
        P(d, x, style="List Bullet", after=0)

    def section(title, fr, nl):
        d.add_heading(title, level=1)
        t = d.add_table(rows=1, cols=2)
        t.autofit = False
        cell_text(t.cell(0, 0), fr, align=JUSTIFY)
        cell_text(t.cell(0, 1), [(x, "i") if isinstance(x, str) else x for x in nl], align=JUSTIFY)
        for c, w in zip(t.rows[0].cells, (8, 8)):
            c.width = Cm(w)

    section("1. Tour de table – Tafelronde",
            ["Tous les CPAS ont dû suspendre les activités collectives à la mi-mars. Le suivi individuel a continué "
             "par téléphone, par WhatsApp et parfois par une visite à domicile (sur le pas de la porte).",
             "Gand a prêté des tablettes à 12 participants. Bruxelles signale que plusieurs participants ont perdu "
             "leur job étudiant ou leur emploi article 60 et vivent un stress important."],
            ["Alle OCMW’s moesten de groepsactiviteiten half maart stopzetten. De individuele opvolging liep verder "
             "via telefoon, WhatsApp en soms een huisbezoek (aan de deur).",
             "Gent leende tablets uit aan 12 deelnemers. Brussel meldt dat verschillende deelnemers hun studentenjob "
             "of hun artikel 60-job verloren en onder grote stress staan."])
    section("2. Règles pour les activités de groupe – Regels voor groepsactiviteiten",
            ["Depuis le 8 juin, les activités de groupe reprennent progressivement, avec des règles propres à chaque "
             "CPAS :",
             "– Charleroi et Liège : 3 participants + 1 formateur ;",
             "– Gand : 4 participants + 1 formateur ;",
             "– Anvers : promenades et activités en extérieur uniquement ;",
             "– Bruxelles : reprise prévue en septembre.",
             "Le SPP rappelle que ces règles peuvent encore évoluer (on parle de 6 + 1 après l’été)."],
            ["Sinds 8 juni worden de groepsactiviteiten geleidelijk hervat, met eigen regels per OCMW:",
             "– Charleroi en Luik: 3 deelnemers + 1 begeleider;",
             "– Gent: 4 deelnemers + 1 begeleider;",
             "– Antwerpen: enkel wandelingen en activiteiten buiten;",
             "– Brussel: herstart gepland in september.",
             "De POD herinnert eraan dat deze regels nog kunnen wijzigen (er is sprake van 6 + 1 na de zomer)."])
    section("3. Prolongation et budget 2020 – Verlenging en budget 2020",
            ["Maxime Delvaux explique que la Commission européenne autorise une prolongation des projets FAMI. Les "
             "dépenses liées au COVID-19 (matériel de protection, tablettes, forfaits de données pour les "
             "participants) peuvent être éligibles si elles sont directement liées au projet. Les budgets 2020 non "
             "dépensés ne seront pas reportés automatiquement."],
            ["Maxime Delvaux legt uit dat de Europese Commissie een verlenging van de AMIF-projecten toestaat. "
             "Uitgaven in verband met COVID-19 (beschermingsmateriaal, tablets, databundels voor deelnemers) kunnen "
             "subsidiabel zijn als ze rechtstreeks verband houden met het project. Niet-bestede budgetten 2020 "
             "worden niet automatisch overgedragen."])
    section("4. Divers – Varia",
            ["Liesbeth Janssens demande si la réunion d’automne pourra avoir lieu en présentiel. Décision : on "
             "verra en fonction des mesures ; en attendant, les réunions se tiennent sur Zoom avec interprétation."],
            ["Liesbeth Janssens vraagt of de najaarsbijeenkomst fysiek kan doorgaan. Beslissing: afhankelijk van de "
             "maatregelen; intussen vergaderen we via Zoom met tolken."])
    section("5. Actions – Acties",
            ["• Le SPP envoie une note sur les dépenses COVID éligibles (matériel de protection, tablettes).",
             "• Chaque CPAS communique ses règles de groupe actuelles avant le 30 juin (Maxime centralise).",
             "• Pieter et Tom partagent leurs fiches d’activités en extérieur.",
             "• Valérie : envoyer le protocole sanitaire de Charleroi."],
            ["• De POD stuurt een nota over de subsidiabele COVID-uitgaven (beschermingsmateriaal, tablets).",
             "• Elk OCMW bezorgt zijn huidige groepsregels vóór 30 juni (Maxime centraliseert).",
             "• Pieter en Tom delen hun fiches met buitenactiviteiten.",
             "• Valérie: het sanitair protocol van Charleroi doorsturen."])

    P(d, ("Prochaine réunion / Volgende bijeenkomst : ", "b"),
      "septembre 2020, en ligne (date via Doodle) / september 2020, online (datum via Doodle)", before=10)

    return {
        "file": "232_rapport_reunion_cpas_zoom_juin2020.docx",
        "languages": ["fr", "nl"],
        "online": True,
        "interpretation": True,
        "date": "2020-06-11",
        "people": [
            ["Maxime Delvaux", "Present", "SPP"],
            ["Sarah Vandevelde", "Present", "SPP"],
            ["Pieter Claeys", "Present", "GENT"],
            ["Yusuf Kaya", "Present", "GENT"],
            ["Nadia Benali", "Present", "LIEGE"],
            ["Valérie Piron", "Present", "CHARLEROI"],
            ["Sophie Lejeune", "Present", "CHARLEROI"],
            ["Liesbeth Janssens", "Present", "ANTWERPEN"],
            ["Tom Peeters", "Present", "ANTWERPEN"],
            ["Olivier Mertens", "Present", "BRUXELLES"],
            ["Aïcha N’Diaye", "Present", "BRUXELLES"],
            ["Marie-Hélène Gosset", "Present", None],
            ["Dirk Van Laere", "Present", None],
            ["Christelle Dufrasne", "Excused", "BINCHE"],
            ["Inge Verhaegen", "Excused", "EDEGEM"],
        ],
        "agenda": [
            ["14:00", "14:45", "Tour de table : la situation COVID-19 dans chaque CPAS / Tafelronde: de "
                               "COVID-19-situatie in elk OCMW"],
            ["14:45", "15:15", "Règles pour les activités de groupe / Regels voor groepsactiviteiten"],
            ["15:15", "15:45", "Prolongation des projets et budget 2020 / Verlenging van de projecten en budget 2020"],
            ["15:45", "16:00", "Divers / Varia"],
        ],
        "headings": [
            ["1", "Tour de table – Tafelronde"],
            ["2", "Règles pour les activités de groupe – Regels voor groepsactiviteiten"],
            ["3", "Prolongation et budget 2020 – Verlenging en budget 2020"],
            ["4", "Divers – Varia"],
            ["5", "Actions – Acties"],
        ],
        "actions": [
            ["SPP", [], None, "Le SPP envoie une note sur les dépenses"],
            ["CPAS", [], None, "Chaque CPAS communique ses règles de groupe"],
            ["Several Network Contacts", ["Pieter Claeys", "Tom Peeters"], None,
             "Pieter et Tom partagent leurs fiches d’activités"],
            ["Network Contact", ["Valérie Piron"], None, "envoyer le protocole sanitaire de Charleroi"],
        ],
        "next_meeting": {
            "date": None,
            "text": "Prochaine réunion / Volgende bijeenkomst : septembre 2020, en ligne (date via Doodle) / "
                    "september 2020, online (datum via Doodle)",
        },
        "remarks": ["PROJET – ONTWERP : les commentaires des CPAS doivent encore être ajoutés / de opmerkingen van de "
                    "OCMW’s moeten nog worden toegevoegd."],
    }


# ---------------------------------------------------------------- 233
def r233():
    """CPAS de Bruxelles, Olivier Mertens: short compte rendu of a Teams meeting, Times New Roman, people grouped
    per CPAS, typed a) b) agenda, bold '1)' section titles, 'Actions à suivre' with owner labels in front."""
    d = new_doc(font="Times New Roman", size=11, margins=2.5)
    footer_page(d, "CPAS de Bruxelles – CR réseau FAMI 18/03/2021 – ", size=8)

    P(d, ("CPAS de Bruxelles", "b"), after=0)
    P(d, "Département de l’Action sociale – Cellule FAMI", size=9, after=12)
    P(d, ("Compte rendu – Réunion du réseau FAMI", "bu"), size=13, after=6)
    P(d, ("Date : ", "b"), "18/03/2021 – 10h00-12h00", after=0)
    P(d, ("Lieu : ", "b"), "Microsoft Teams (pas d’interprétation : chacun s’exprime dans sa langue)", after=0)
    P(d, ("Rédaction : ", "b"), "Olivier Mertens", after=8)

    P(d, ("Participants :", "b"), after=0)
    for org, names in [("CPAS de Bruxelles : ", "Olivier Mertens, Hakima Tahiri, Aïcha N’Diaye"),
                       ("CPAS de Gand : ", "Gülay Aydın"),
                       ("CPAS de Liège : ", "Nadia Benali, Fatou Diallo"),
                       ("CPAS de Charleroi : ", "Sophie Lejeune"),
                       ("CPAS d’Anvers : ", "Tom Peeters ; CPAS de Schoten : Wim Goossens"),
                       ("SPP IS : ", "Maxime Delvaux, Anke Verstraeten")]:
        P(d, (org, "i"), names, indent=0.8, after=0)
    P(d, ("Excusé(e)s : ", "b"), "Pieter Claeys (Gand), Liesbeth Janssens (Anvers), Valérie Piron (Charleroi)",
      before=4, after=8)

    P(d, ("Ordre du jour :", "b"), after=0)
    for x in ["a) Approbation du CR du 10 décembre 2020",
              "b) Nouvelle programmation FAMI 2021-2027",
              "c) Les indicateurs communs",
              "d) Reprise des activités collectives",
              "e) Divers"]:
        P(d, x, indent=0.8, after=0)

    def h(text):
        P(d, (text, "b"), before=10, after=3, keep=True)

    h("1) Approbation du CR du 10 décembre 2020")
    P(d, "Le compte rendu est approuvé moyennant une correction (orthographe du nom de Gülay Aydın).")
    h("2) FAMI 2021-2027 : état des lieux")
    P(d, "Anke Verstraeten explique que le nouveau règlement FAMI est encore en discussion au niveau européen. Le "
         "programme national belge sera soumis à la Commission après son adoption. Les projets actuels sont "
         "prolongés jusqu’à fin 2022. Pour la nouvelle période, le modèle de fiche projet reste le même.", align=JUSTIFY)
    P(d, "Plusieurs CPAS s’inquiètent de la continuité de leurs équipes (contrats à durée déterminée).")
    h("3) Indicateurs communs")
    P(d, "Le futur règlement prévoit des indicateurs communs de réalisation et de résultat, par exemple :", after=2)
    for x in ["le nombre de participants à des activités de soutien (cours de langue, orientation civique, "
              "accompagnement professionnel personnalisé) ;",
              "le nombre de participants aux cours de langue qui progressent d’au moins un niveau du CECR ;",
              "le nombre de participants qui déclarent que l’activité les a aidés à s’intégrer."]:
        P(d, "– " + x, indent=0.8, after=0)
    P(d, "Maxime Delvaux précise que ces chiffres sont rassemblés chaque année par le SPP auprès des CPAS. Le CPAS de "
         "Bruxelles a déjà fait un test de comptage : en 2020, le CPAS de Bruxelles a accompagné [XXX] "
         "participants, dont 41 femmes.", before=4, align=JUSTIFY)
    h("4) Reprise des activités collectives")
    P(d, "Bruxelles : groupes de 4 participants + 1 formateur, dans la grande salle du rez-de-chaussée. Liège : les "
         "ateliers créatifs ont repris à 3 + 1. Gand envisage de passer à 6 + 1 si les mesures le permettent. "
         "Anvers et Schoten organisent surtout des promenades.", align=JUSTIFY)
    h("5) Divers")
    P(d, "Fatou Diallo demande si l’enquête de satisfaction illustrée existe en dari. Ce n’est pas encore le cas.")

    P(d, ("Actions à suivre :", "bu"), before=10, after=2)
    for x in ["Tous les CPAS : envoyer au SPP le nombre de participants 2020 par type d’activité, pour le 15 avril.",
              "SPP : diffuser la fiche explicative sur les indicateurs (FR/NL).",
              "Hakima : partager le planning de reprise du CPAS de Bruxelles.",
              "Anke et Maxime : organiser une séance d’info sur la programmation 2021-2027.",
              "Traduction de l’enquête de satisfaction en dari – qui ? à définir."]:
        P(d, x, style="List Bullet", after=0)
    P(d, ("Prochaine réunion : mi-juin, date à fixer via Doodle.", "b"), before=10)

    return {
        "file": "233_compte_rendu_reseau_fami_teams_mars2021.docx",
        "languages": ["fr"],
        "online": True,
        "interpretation": False,
        "date": "2021-03-18",
        "people": [
            ["Olivier Mertens", "Present", "BRUXELLES"],
            ["Hakima Tahiri", "Present", "BRUXELLES"],
            ["Aïcha N’Diaye", "Present", "BRUXELLES"],
            ["Gülay Aydın", "Present", "GENT"],
            ["Nadia Benali", "Present", "LIEGE"],
            ["Fatou Diallo", "Present", "LIEGE"],
            ["Sophie Lejeune", "Present", "CHARLEROI"],
            ["Tom Peeters", "Present", "ANTWERPEN"],
            ["Wim Goossens", "Present", "SCHOTEN"],
            ["Maxime Delvaux", "Present", "SPP"],
            ["Anke Verstraeten", "Present", "SPP"],
            ["Pieter Claeys", "Excused", "GENT"],
            ["Liesbeth Janssens", "Excused", "ANTWERPEN"],
            ["Valérie Piron", "Excused", "CHARLEROI"],
        ],
        "agenda": [
            [None, None, "Approbation du CR du 10 décembre 2020"],
            [None, None, "Nouvelle programmation FAMI 2021-2027"],
            [None, None, "Les indicateurs communs"],
            [None, None, "Reprise des activités collectives"],
            [None, None, "Divers"],
        ],
        "headings": [
            ["1", "Approbation du CR du 10 décembre 2020"],
            ["2", "FAMI 2021-2027 : état des lieux"],
            ["3", "Indicateurs communs"],
            ["4", "Reprise des activités collectives"],
            ["5", "Divers"],
        ],
        "actions": [
            ["CPAS", [], None, "envoyer au SPP le nombre de participants"],
            ["SPP", [], None, "diffuser la fiche explicative sur les indicateurs"],
            ["Network Contact", ["Hakima Tahiri"], None, "partager le planning de reprise du CPAS"],
            ["Several Network Contacts", ["Anke Verstraeten", "Maxime Delvaux"], None,
             "organiser une séance d’info sur la programmation"],
            ["To Be Assigned", [], None, "Traduction de l’enquête de satisfaction en dari"],
        ],
        "next_meeting": {
            "date": None,
            "text": "Prochaine réunion : mi-juin, date à fixer via Doodle.",
        },
        "remarks": ["[XXX]"],
    }


# ---------------------------------------------------------------- 234
def r234():
    """OCMW Mortsel, Bart Michiels: hybrid meeting, Dutch, memo table, on-site people in a table and online people
    in a line, agenda table Tijdstip/Onderwerp/Wie, Heading 1/2 with typed 1. / 1.1, numbered action table."""
    d = new_doc(font="Calibri", size=11, margins=2.0)
    header_lines(d, ["OCMW Mortsel – Sociaal Huis"], align=RIGHT, size=8, flags="", color="2F5496")
    footer_page(d, "Verslag netwerkbijeenkomst AMIF 09/03/2023 – p. ", size=8, pages=True, lang="nl")

    P(d, ("Verslag netwerkbijeenkomst AMIF", "b"), size=15, after=6, color="2F5496")
    table(d, [
        ["Datum", "donderdag 9 maart 2023"],
        ["Uur", "13u30 – 16u30"],
        ["Plaats", "Sociaal Huis Mortsel (zaal 1.03) en online via Teams"],
        ["Verslaggever", "Bart Michiels"],
    ], header=False, widths=[3.5, 13.5], bold_first_col=True, size=10)

    P(d, ("Aanwezig ter plaatse", "b"), before=10, after=2)
    table(d, [
        ["Naam", "Organisatie"],
        ["Bart Michiels", "OCMW Mortsel"],
        ["Inge Verhaegen", "OCMW Edegem"],
        ["Wim Goossens", "OCMW Schoten"],
        ["Tom Peeters", "OCMW Antwerpen"],
        ["Samira El Idrissi", "OCMW Antwerpen"],
        ["Anke Verstraeten", "POD MI"],
    ], widths=[7, 10], size=10, fill="D9E2F3")
    P(d, ("Aanwezig online: ", "b"),
      "Gülay Aydın (OCMW Gent), Fatou Diallo (OCMW Luik), Sophie Lejeune (OCMW Charleroi), Jean-Marc Nzeza "
      "(OCMW Brussel)", before=6, after=2)
    P(d, ("Verontschuldigd: ", "b"), "Koen Wouters (OCMW Antwerpen), Maxime Delvaux (POD MI)", after=10)

    P(d, ("Agenda", "b"), after=2)
    table(d, [
        ["Tijdstip", "Onderwerp", "Wie"],
        ["13u30-13u45", "Verwelkoming en tafelronde", "Bart"],
        ["13u45-14u30", "Stand van zaken nieuwe projectperiode AMIF 2021-2027", "POD MI"],
        ["14u30-15u15", "Indicatoren: wat tellen we en hoe?", "Anke"],
        ["15u15-15u30", "Pauze", ""],
        ["15u30-16u15", "Bewaartermijnen en GDPR", "Tom"],
        ["16u15-16u30", "Varia en afspraken", ""],
    ], widths=[3, 11, 3], size=10, fill="D9E2F3")

    d.add_heading("1. Verwelkoming en tafelronde", level=1)
    P(d, "Bart verwelkomt iedereen in het nieuwe Sociaal Huis. Het is de eerste keer dat Mortsel een "
         "netwerkbijeenkomst organiseert. Er is geen tolk voorzien: iedereen spreekt in zijn eigen taal en de "
         "slides zijn tweetalig.")
    d.add_heading("1.1 Mortsel", level=2)
    P(d, "Mortsel begeleidt 11 deelnemers, vooral moeders met jonge kinderen. De naaiworkshop loopt goed; de "
         "kinderopvang tijdens de workshop blijft een probleem.")
    d.add_heading("1.2 Edegem en Schoten", level=2)
    P(d, "Inge Verhaegen: Edegem werkt samen met Antwerpen voor de groepsmodules en doet zelf de individuele "
         "begeleiding. Wim Goossens: Schoten start in april met een nieuwe groep.", after=2)
    P(d, ("Aantal deelnemers Schoten 2022: nog aan te vullen door OCMW Schoten", "", "FF0000"))

    d.add_heading("2. Nieuwe projectperiode AMIF 2021-2027", level=1)
    P(d, "Anke Verstraeten licht de stand van zaken toe. Het nieuwe AMIF-programma (Verordening (EU) 2021/1147) is "
         "goedgekeurd; de OCMW-projecten lopen door in de nieuwe periode. De projectfiches werden in januari "
         "geactualiseerd, met minstens drie subdoelstellingen per module.")

    d.add_heading("3. Indicatoren", level=1)
    P(d, "De Europese Commissie werkt met gemeenschappelijke output- en resultaatindicatoren. De POD verzamelt ze "
         "jaarlijks bij de OCMW’s.")
    d.add_heading("3.1 Outputindicatoren", level=2)
    for x in ["aantal deelnemers aan ondersteunende activiteiten;", "waarvan in een taalcursus;",
              "waarvan in een cursus maatschappelijke oriëntatie;",
              "waarvan in persoonlijke professionele begeleiding."]:
        P(d, x, style="List Bullet", after=0)
    P(d, "Discussie: telt een deelnemer die één keer naar een infosessie kwam mee? Afspraak: ja, vanaf één "
         "deelname.", before=4)
    d.add_heading("3.2 Resultaatindicatoren", level=2)
    for x in ["deelnemers aan een taalcursus die minstens één ERK-niveau gestegen zijn;",
              "deelnemers die verklaren dat de activiteit hen geholpen heeft bij hun integratie."]:
        P(d, x, style="List Bullet", after=0)
    P(d, "Tom merkt op dat het ERK-niveau niet overal bij de start gemeten wordt. Fatou: in Luik gebeurt dat door de "
         "partner voor de taallessen.", before=4)

    d.add_heading("4. Bewaartermijnen en GDPR", level=1)
    P(d, "Tom Peeters zet de regels op een rij:", after=2)
    for x in ["documenten van een AMIF-project worden bewaard tot vijf jaar na 31 december van het jaar van de "
              "laatste betaling (art. 82 Verordening (EU) 2021/1060);",
              "persoonsgegevens niet langer dan nodig (art. 5, lid 1, e) AVG);",
              "een deelnemer mag inzage vragen in alle gegevens die over hem bijgehouden worden (art. 15 AVG)."]:
        P(d, x, style="List Bullet", after=0)
    P(d, "Elk OCMW blijft eigenaar van de gegevens van zijn deelnemers; de POD ziet geen namen.", before=4)

    d.add_heading("5. Varia", level=1)
    P(d, "Sophie betreurt dat er vandaag geen tolk was. Anke legt uit dat het tolkbudget voor 2023 pas in april "
         "beschikbaar is.")

    d.add_heading("6. Actiepunten", level=1)
    table(d, [
        ["Nr", "Actie", "Wie", "Tegen wanneer"],
        ["1", "Sjabloon registratie indicatoren rondsturen", "POD MI", "31/03"],
        ["2", "Nagaan hoe het ERK-niveau bij start en einde gemeten wordt", "Anke + Tom", "april"],
        ["3", "Bewaartermijnen opnemen in het registratiereglement", "OCMW Edegem", "juni"],
        ["4", "Procedure voor inzageverzoeken (art. 15 AVG) uitschrijven", "elk OCMW", "juni"],
        ["5", "Gastspreker GDPR zoeken voor een volgende bijeenkomst", "nog te bepalen", ""],
        ["6", "Foto’s van de workshop in Mortsel delen", "Bart", "volgende week"],
    ], widths=[1, 9.5, 3.5, 3], size=10, fill="D9E2F3")

    P(d, ("Volgende overleg: dinsdag 6 juni 2023, online (Teams).", "b"), before=10)

    return {
        "file": "234_verslag_netwerkbijeenkomst_mortsel_hybride_maart2023.docx",
        "languages": ["nl"],
        "online": True,
        "interpretation": False,
        "date": "2023-03-09",
        "people": [
            ["Bart Michiels", "Present", "MORTSEL"],
            ["Inge Verhaegen", "Present", "EDEGEM"],
            ["Wim Goossens", "Present", "SCHOTEN"],
            ["Tom Peeters", "Present", "ANTWERPEN"],
            ["Samira El Idrissi", "Present", "ANTWERPEN"],
            ["Anke Verstraeten", "Present", "SPP"],
            ["Gülay Aydın", "Present", "GENT"],
            ["Fatou Diallo", "Present", "LIEGE"],
            ["Sophie Lejeune", "Present", "CHARLEROI"],
            ["Jean-Marc Nzeza", "Present", "BRUXELLES"],
            ["Koen Wouters", "Excused", "ANTWERPEN"],
            ["Maxime Delvaux", "Excused", "SPP"],
        ],
        "agenda": [
            ["13:30", "13:45", "Verwelkoming en tafelronde"],
            ["13:45", "14:30", "Stand van zaken nieuwe projectperiode AMIF 2021-2027"],
            ["14:30", "15:15", "Indicatoren: wat tellen we en hoe?"],
            ["15:15", "15:30", "Pauze"],
            ["15:30", "16:15", "Bewaartermijnen en GDPR"],
            ["16:15", "16:30", "Varia en afspraken"],
        ],
        "headings": [
            ["1", "Verwelkoming en tafelronde"],
            ["1.1", "Mortsel"],
            ["1.2", "Edegem en Schoten"],
            ["2", "Nieuwe projectperiode AMIF 2021-2027"],
            ["3", "Indicatoren"],
            ["3.1", "Outputindicatoren"],
            ["3.2", "Resultaatindicatoren"],
            ["4", "Bewaartermijnen en GDPR"],
            ["5", "Varia"],
            ["6", "Actiepunten"],
        ],
        "actions": [
            ["SPP", [], None, "Sjabloon registratie indicatoren rondsturen"],
            ["Several Network Contacts", ["Anke Verstraeten", "Tom Peeters"], None,
             "Nagaan hoe het ERK-niveau bij start"],
            ["CPAS", [], "EDEGEM", "Bewaartermijnen opnemen in het registratiereglement"],
            ["CPAS", [], None, "Procedure voor inzageverzoeken (art. 15 AVG) uitschrijven"],
            ["To Be Assigned", [], None, "Gastspreker GDPR zoeken voor een volgende bijeenkomst"],
            ["Network Contact", ["Bart Michiels"], None, "Foto’s van de workshop in Mortsel delen"],
        ],
        "next_meeting": {
            "date": "2023-06-06",
            "text": "Volgende overleg: dinsdag 6 juni 2023, online (Teams).",
        },
        "remarks": ["Aantal deelnemers Schoten 2022: nog aan te vullen door OCMW Schoten"],
    }


# ---------------------------------------------------------------- 235
def r235():
    """CPAS de Binche, Christelle Dufrasne: provisional report, initials for everyone, 'Qui :' after the task,
    unnumbered Heading 1/2, programme with tabs and '9.30 – 10.00' times."""
    d = new_doc(font="Calibri", size=11)
    footer_page(d, "Réseau FAMI – Binche – 25 avril 2024 – version provisoire – ", size=8)

    P(d, ("CPAS de Binche", "b", "00703C"), align=RIGHT, after=0)
    P(d, ("Réunion du réseau FAMI", "b"), size=16, after=0)
    P(d, "Rapport – version provisoire", size=12, after=6, color="595959")
    P(d, ("Version provisoire – les commentaires du CPAS de Charleroi doivent encore être intégrés.", "i", "C00000"),
      after=8)
    P(d, ("Date : ", "b"), "jeudi 25 avril 2024 – ", ("Lieu : ", "b"),
      "Maison sociale du CPAS de Binche, rue des Archers 12, 7130 Binche", after=6)
    P(d, ("Présents : ", "b"),
      "Christelle Dufrasne (CD, CPAS Binche), Valérie Piron (VP, CPAS Charleroi), Mehmet Yilmaz (MY, CPAS "
      "Charleroi), Anke Verstraeten (AV, SPP IS), Maxime Delvaux (MD, SPP IS), Nadia Benali (NB, CPAS Liège), "
      "Gülay Aydın (GA, CPAS Gand), Samira El Idrissi (SE, CPAS Anvers), Jean-Marc Nzeza (JMN, CPAS Bruxelles), "
      "Marie-Hélène Gosset (interprète FR-NL)", align=JUSTIFY, after=2)
    P(d, ("Excusés : ", "b"), "Pieter Claeys (CPAS Gand), Tom Peeters (CPAS Anvers)", after=8)

    P(d, ("Programme", "b"), after=2)
    for x in ["9.30 – 10.00\tAccueil et café",
              "10.00 – 11.00\tLe projet « Cap Binche » : un an de partenariat avec Charleroi",
              "11.00 – 12.15\tVisite de l’atelier couture",
              "12.15 – 13.15\tLunch",
              "13.15 – 14.45\tPoints forts et points à améliorer",
              "14.45 – 15.00\tConclusions"]:
        p = P(d, x, after=0)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(3))

    d.add_heading("Accueil", level=1)
    P(d, "CD accueille le réseau à Binche pour la première fois. Le président du CPAS adresse quelques mots de "
         "bienvenue. Marie-Hélène Gosset assure l’interprétation pour GA et SE.")

    d.add_heading("Le projet « Cap Binche »", level=1)
    P(d, "Depuis septembre 2023, Binche mène son propre volet du projet avec Charleroi : accompagnement individuel à "
         "Binche, ateliers collectifs à Charleroi deux fois par semaine et un atelier couture à Binche le mardi. "
         "17 participants, dont 13 femmes.", align=JUSTIFY)
    P(d, "VP rappelle la règle de 2020 (3 participants + 1 formateur) ; aujourd’hui les groupes vont jusqu’à 12 "
         "personnes.")

    d.add_heading("Visite de l’atelier couture", level=1)
    P(d, "Les participantes ont présenté leurs réalisations (sacs, vêtements d’enfants). L’atelier est animé par "
         "une bénévole et une animatrice du CPAS. Plusieurs participantes y prononcent leurs premières phrases en "
         "français.", align=JUSTIFY)

    d.add_heading("Points forts et points à améliorer", level=1)
    d.add_heading("Points forts", level=2)
    for x in ["le travail intensif avec le public (presque tous les jours pour certains participants) ;",
              "les liens entre participants et avec l’équipe ;", "l’esprit de groupe en fin de module."]:
        P(d, x, style="List Bullet", after=0)
    d.add_heading("Points à améliorer", level=2)
    for x in ["la communication envers les participants quand un horaire change ou qu’un cours est annulé ;",
              "des horaires équilibrés entre anciens et nouveaux participants ;",
              "anticiper les activités, car les démarches administratives prennent de plus en plus de temps."]:
        P(d, x, style="List Bullet", after=0)
    P(d, "MY enverra le planning hebdomadaire type.", before=4)

    d.add_heading("Conclusions et actions", level=1)
    for task, who in [("Envoyer les photos de l’atelier aux participants du réseau", "CD"),
                      ("Rédiger une note commune sur la communication des horaires aux participants", "VP et NB"),
                      ("Transmettre le calendrier du rapportage annuel des indicateurs", "SPP"),
                      ("Prévoir un temps d’échange sur les sujets sensibles (violences conjugales) à la prochaine "
                       "réunion", "?"),
                      ("Mettre à jour la fiche projet (partenariat Binche)", "CPAS de Charleroi")]:
        p = P(d, task + " – ", style="List Bullet", after=0)
        r = p.add_run("Qui : " + who)
        r.bold = True
    P(d, ("Prochaine rencontre du réseau : jeudi 26 septembre 2024 au CPAS d’Anvers (à confirmer).", "b"),
      before=10)

    return {
        "file": "235_rapport_reseau_fami_binche_avril2024.docx",
        "languages": ["fr"],
        "online": False,
        "interpretation": True,
        "date": "2024-04-25",
        "people": [
            ["Christelle Dufrasne", "Present", "BINCHE"],
            ["Valérie Piron", "Present", "CHARLEROI"],
            ["Mehmet Yilmaz", "Present", "CHARLEROI"],
            ["Anke Verstraeten", "Present", "SPP"],
            ["Maxime Delvaux", "Present", "SPP"],
            ["Nadia Benali", "Present", "LIEGE"],
            ["Gülay Aydın", "Present", "GENT"],
            ["Samira El Idrissi", "Present", "ANTWERPEN"],
            ["Jean-Marc Nzeza", "Present", "BRUXELLES"],
            ["Marie-Hélène Gosset", "Present", None],
            ["Pieter Claeys", "Excused", "GENT"],
            ["Tom Peeters", "Excused", "ANTWERPEN"],
        ],
        "agenda": [
            ["09:30", "10:00", "Accueil et café"],
            ["10:00", "11:00", "Le projet « Cap Binche » : un an de partenariat avec Charleroi"],
            ["11:00", "12:15", "Visite de l’atelier couture"],
            ["12:15", "13:15", "Lunch"],
            ["13:15", "14:45", "Points forts et points à améliorer"],
            ["14:45", "15:00", "Conclusions"],
        ],
        "headings": [
            ["", "Accueil"],
            ["", "Le projet « Cap Binche »"],
            ["", "Visite de l’atelier couture"],
            ["", "Points forts et points à améliorer"],
            ["", "Points forts"],
            ["", "Points à améliorer"],
            ["", "Conclusions et actions"],
        ],
        "actions": [
            ["Network Contact", ["Mehmet Yilmaz"], None, "MY enverra le planning hebdomadaire type"],
            ["Network Contact", ["Christelle Dufrasne"], None, "Envoyer les photos de l’atelier aux participants"],
            ["Several Network Contacts", ["Valérie Piron", "Nadia Benali"], None,
             "Rédiger une note commune sur la communication"],
            ["SPP", [], None, "Transmettre le calendrier du rapportage annuel des indicateurs"],
            ["To Be Assigned", [], None, "Prévoir un temps d’échange sur les sujets"],
            ["CPAS", [], "CHARLEROI", "Mettre à jour la fiche projet"],
        ],
        "next_meeting": {
            "date": "2024-09-26",
            "text": "Prochaine rencontre du réseau : jeudi 26 septembre 2024 au CPAS d’Anvers (à confirmer).",
        },
        "remarks": ["Version provisoire – les commentaires du CPAS de Charleroi doivent encore être intégrés."],
    }


# ---------------------------------------------------------------- 236
def r236():
    """OCMW Gent, Els Van Hecke: online Teams with interpretation channel, full Dutch report followed by the French
    version (after a page break), 'Naam – Organisatie' bullets, List Number agenda and actions (Word keeps
    counting), owner in brackets after the task, figures table with a missing cell."""
    d = new_doc(font="Calibri", size=10, margins=2.0)
    header_lines(d, ["OCMW Gent – AMIF-project Kompas"], align=None, size=8, flags="", color="808080")
    footer_page(d, "Verslag / Rapport 29/01/2026 – ", size=8, pages=True, lang="nl")

    P(d, ("Verslag bijeenkomst OCMW’s – AMIF-netwerk", "b"), size=15, after=2)
    P(d, ("Datum: ", "b"), "29 januari 2026", after=0)
    P(d, ("Online via Microsoft Teams, met tolkkanaal NL/FR", "i"), after=0)
    P(d, ("Verslag: ", "b"), "Els Van Hecke (OCMW Gent) – Franse vertaling: POD MI", after=8)

    P(d, ("Aanwezig", "b"), after=0)
    for x in ["Els Van Hecke – OCMW Gent", "Gülay Aydın – OCMW Gent", "Anke Verstraeten – POD MI",
              "Maxime Delvaux – POD MI", "Nadia Benali – OCMW Luik", "Grégory Lambert – OCMW Luik",
              "Mehmet Yilmaz – OCMW Charleroi", "Christelle Dufrasne – OCMW Binche",
              "Samira El Idrissi – OCMW Antwerpen", "Inge Verhaegen – OCMW Edegem", "Jean-Marc Nzeza – OCMW Brussel",
              "Tolken: Dirk Van Laere en Céline Ramaekers"]:
        P(d, x, style="List Bullet", after=0)
    P(d, ("Verontschuldigd: ", "b"),
      "Hakima Tahiri (OCMW Brussel), Wim Goossens (OCMW Schoten), Bart Michiels (OCMW Mortsel)", before=6, after=8)

    P(d, ("Agenda", "b"), after=0)
    for x in ["10u00 – 10u15 Welkom en praktische afspraken Teams",
              "10u15 – 11u00 Jaarrapportering indicatoren 2025",
              "11u00 – 11u45 Tevredenheidsenquête: nieuwe versie in zes talen",
              "11u45 – 12u00 Planning 2026 en varia"]:
        P(d, x, style="List Number", after=0)

    def h(text):
        P(d, (text, "b", "1F4E79"), size=11.5, before=8, after=2, keep=True)

    # ---- Nederlands
    h("1. Welkom")
    P(d, "Els Van Hecke opent de vergadering. Anke Verstraeten legt uit hoe het tolkkanaal in Teams werkt: kies "
         "bovenaan ‘Taal’ en selecteer Nederlands of Frans.")
    h("2. Jaarrapportering indicatoren 2025")
    P(d, "De POD MI rapporteert de gemeenschappelijke indicatoren (Verordening (EU) 2021/1147) jaarlijks aan de "
         "Commissie. Anke overloopt de voorlopige cijfers per OCMW:", after=2)
    table(d, [
        ["OCMW", "Deelnemers 2025", "waarvan taalcursus", "waarvan maatsch. oriëntatie"],
        ["Gent", "46", "31", "46"],
        ["Luik", "52", "20", "52"],
        ["Charleroi – Binche", "61", "35", "61"],
        ["Antwerpen (+ partners)", "74", "40", "74"],
        ["Brussel", "[cijfers nog aan te vullen]", "", ""],
    ], widths=[5, 4, 4, 4], size=9.5, fill="DDEBF7")
    P(d, "Resultaatindicator ‘minstens één ERK-niveau gestegen’: enkel Gent en Antwerpen kunnen dit al meten.",
      before=4)
    h("3. Tevredenheidsenquête")
    P(d, "De vereenvoudigde enquête met pictogrammen bestaat nu in zes talen (Nederlands, Frans, Engels, Arabisch, "
         "Dari, Tigrinya). Oekraïens wordt toegevoegd. De bemiddelaars in Gent hebben de Tigrinya-versie nog niet "
         "nagelezen.")
    h("4. Archivering en bewaartermijnen")
    P(d, "Maxime Delvaux herinnert eraan dat projectdocumenten bewaard worden tot vijf jaar na 31 december van het "
         "jaar van de laatste betaling, en persoonsgegevens niet langer dan nodig. Binche vraagt of de "
         "aanwezigheidslijsten van 2016 nog bewaard moeten worden; de POD antwoordt dat dit afhangt van de datum "
         "van de laatste betaling van die programmatie.")
    h("5. Planning 2026")
    P(d, "Drie bijeenkomsten: juni (fysiek, Brussel), oktober (online), december (fysiek, Luik, te bevestigen).")
    h("6. Actiepunten")
    for x in ["Template jaarrapportering 2025 invullen en terugsturen tegen 27 februari (elk OCMW)",
              "Nieuwe enquête in het Tigrinya en het Oekraïens nalezen met de bemiddelaars (OCMW Gent)",
              "Richtlijn bewaartermijnen (5 jaar na 31 december van het jaar van de laatste betaling) rondsturen "
              "(POD MI)",
              "Nadia en Samira stellen samen de good practices rond stiptheid voor op de volgende bijeenkomst",
              "Gastspreker over traumasensitief werken zoeken (nog te bepalen)",
              "Jean-Marc: zaal in Brussel reserveren voor de fysieke bijeenkomst in juni"]:
        P(d, x, style="List Number", after=0)
    P(d, ("Volgende bijeenkomst: donderdag 11 juni 2026, fysiek bij OCMW Brussel (met tolken).", "b"), before=10)

    # ---- Français
    rule(d)
    P(d, ("Rapport de la réunion des CPAS – réseau FAMI (version française)", "b"), size=15, after=2)
    P(d, ("29 janvier 2026 – en ligne (Teams, canal d’interprétation NL/FR)", "i"), after=8)
    h("1. Bienvenue")
    P(d, "Els Van Hecke ouvre la réunion. Anke Verstraeten explique comment fonctionne le canal d’interprétation "
         "dans Teams : choisir « Langue » en haut de l’écran et sélectionner le néerlandais ou le français.")
    h("2. Rapportage annuel des indicateurs 2025")
    P(d, "Le SPP IS rapporte chaque année les indicateurs communs (règlement (UE) 2021/1147) à la Commission. Anke "
         "passe en revue les chiffres provisoires par CPAS :", after=2)
    table(d, [
        ["CPAS", "Participants 2025", "dont cours de langue", "dont orientation civique"],
        ["Gand", "46", "31", "46"],
        ["Liège", "52", "20", "52"],
        ["Charleroi – Binche", "61", "35", "61"],
        ["Anvers (+ partenaires)", "74", "40", "74"],
        ["Bruxelles", "[chiffres à compléter]", "", ""],
    ], widths=[5, 4, 4, 4], size=9.5, fill="DDEBF7")
    P(d, "Indicateur de résultat « au moins un niveau du CECR gagné » : seuls Gand et Anvers peuvent déjà le "
         "mesurer.", before=4)
    h("3. Enquête de satisfaction")
    P(d, "L’enquête simplifiée avec pictogrammes existe désormais en six langues (néerlandais, français, anglais, "
         "arabe, dari, tigrinya). L’ukrainien sera ajouté. Les médiateurs de Gand n’ont pas encore relu la version "
         "en tigrinya.")
    h("4. Archivage et délais de conservation")
    P(d, "Maxime Delvaux rappelle que les documents du projet sont conservés jusqu’à cinq ans après le 31 décembre "
         "de l’année du dernier paiement, et les données personnelles pas plus longtemps que nécessaire. Binche "
         "demande si les listes de présence de 2016 doivent encore être gardées ; le SPP répond que cela dépend de "
         "la date du dernier paiement de cette programmation.")
    h("5. Planning 2026")
    P(d, "Trois réunions : juin (en présentiel, Bruxelles), octobre (en ligne), décembre (en présentiel, Liège, à "
         "confirmer).")
    h("6. Points d’action")
    for x in ["Compléter et renvoyer le modèle de rapportage 2025 pour le 27 février (chaque CPAS)",
              "Relire la nouvelle enquête en tigrinya et en ukrainien avec les médiateurs (CPAS de Gand)",
              "Diffuser la note sur les délais de conservation (SPP IS)",
              "Nadia et Samira présentent ensemble les bonnes pratiques sur la ponctualité à la prochaine réunion",
              "Trouver un orateur sur le travail sensible au trauma (à définir)",
              "Jean-Marc : réserver une salle à Bruxelles pour la réunion en présentiel de juin"]:
        P(d, x, style="List Bullet", after=0)
    P(d, ("Prochaine réunion : jeudi 11 juin 2026, en présentiel au CPAS de Bruxelles (avec interprètes).", "b"),
      before=10)

    return {
        "file": "236_verslag_bijeenkomst_ocmws_teams_jan2026.docx",
        "languages": ["nl", "fr"],
        "online": True,
        "interpretation": True,
        "date": "2026-01-29",
        "people": [
            ["Els Van Hecke", "Present", "GENT"],
            ["Gülay Aydın", "Present", "GENT"],
            ["Anke Verstraeten", "Present", "SPP"],
            ["Maxime Delvaux", "Present", "SPP"],
            ["Nadia Benali", "Present", "LIEGE"],
            ["Grégory Lambert", "Present", "LIEGE"],
            ["Mehmet Yilmaz", "Present", "CHARLEROI"],
            ["Christelle Dufrasne", "Present", "BINCHE"],
            ["Samira El Idrissi", "Present", "ANTWERPEN"],
            ["Inge Verhaegen", "Present", "EDEGEM"],
            ["Jean-Marc Nzeza", "Present", "BRUXELLES"],
            ["Dirk Van Laere", "Present", None],
            ["Céline Ramaekers", "Present", None],
            ["Hakima Tahiri", "Excused", "BRUXELLES"],
            ["Wim Goossens", "Excused", "SCHOTEN"],
            ["Bart Michiels", "Excused", "MORTSEL"],
        ],
        "agenda": [
            ["10:00", "10:15", "Welkom en praktische afspraken Teams"],
            ["10:15", "11:00", "Jaarrapportering indicatoren 2025"],
            ["11:00", "11:45", "Tevredenheidsenquête: nieuwe versie in zes talen"],
            ["11:45", "12:00", "Planning 2026 en varia"],
        ],
        "headings": [
            ["1", "Welkom"],
            ["2", "Jaarrapportering indicatoren 2025"],
            ["3", "Tevredenheidsenquête"],
            ["4", "Archivering en bewaartermijnen"],
            ["5", "Planning 2026"],
            ["6", "Actiepunten"],
            ["1", "Bienvenue"],
            ["2", "Rapportage annuel des indicateurs 2025"],
            ["3", "Enquête de satisfaction"],
            ["4", "Archivage et délais de conservation"],
            ["5", "Planning 2026"],
            ["6", "Points d’action"],
        ],
        "actions": [
            ["CPAS", [], None, "Template jaarrapportering 2025 invullen en terugsturen"],
            ["CPAS", [], "GENT", "Nieuwe enquête in het Tigrinya en het Oekraïens"],
            ["SPP", [], None, "Richtlijn bewaartermijnen (5 jaar na 31 december"],
            ["Several Network Contacts", ["Nadia Benali", "Samira El Idrissi"], None,
             "Nadia en Samira stellen samen de good practices"],
            ["To Be Assigned", [], None, "Gastspreker over traumasensitief werken zoeken"],
            ["Network Contact", ["Jean-Marc Nzeza"], None, "zaal in Brussel reserveren voor de fysieke bijeenkomst"],
        ],
        "next_meeting": {
            "date": "2026-06-11",
            "text": "Volgende bijeenkomst: donderdag 11 juni 2026, fysiek bij OCMW Brussel (met tolken).",
        },
        "remarks": ["[cijfers nog aan te vullen]", "[chiffres à compléter]"],
    }


REPORTS = [r227, r228, r229, r230, r231, r232, r233, r234, r235, r236]


def main():
    for fn in REPORTS:
        exp = fn()
        save(_CURRENT["doc"], exp)
        print("wrote", exp["file"])


if __name__ == "__main__":
    main()
