# -*- coding: utf-8 -*-
"""Writer H: reports 87-96 of the AMIF/FAMI network (SPP IS / POD MI and the CPAS/OCMW).

One function per report. Each function writes NN_slug.docx with python-docx and returns the
expected dict, typed by hand from the text written in that same function.

The expected JSON files are written only if they do not exist yet: once frozen (made read-only
before conversion), they are never rewritten.  Run:  python make_reports.py [--docx-only]
"""
import json
import os
import sys

from docx import Document
from docx.enum.section import WD_ORIENT  # noqa: F401
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))


# ----------------------------------------------------------------------------- helpers

def new_doc(font="Calibri", size=11, margins=2.0):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.append(rfonts)
    for k in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(k), font)
    sec = d.sections[0]
    sec.page_width = Cm(21.0)
    sec.page_height = Cm(29.7)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(margins))
    return d


def heading_style(d, level, font=None, size=None, color=None, bold=True):
    s = d.styles["Heading %d" % level]
    if font:
        s.font.name = font
        rpr = s.element.get_or_add_rPr()
        rfonts = rpr.find(qn("w:rFonts"))
        if rfonts is None:
            rfonts = OxmlElement("w:rFonts")
            rpr.append(rfonts)
        for k in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
            rfonts.set(qn(k), font)
        for k in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
            if rfonts.get(qn(k)) is not None:
                del rfonts.attrib[qn(k)]
    if size:
        s.font.size = Pt(size)
    if color:
        s.font.color.rgb = RGBColor.from_string(color)
    s.font.bold = bold
    return s


def fmt_run(r, b=False, i=False, u=False, color=None, size=None, font=None):
    if b:
        r.bold = True
    if i:
        r.italic = True
    if u:
        r.underline = True
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    if size:
        r.font.size = Pt(size)
    if font:
        r.font.name = font
    return r


def P(where, parts="", style=None, align=None, tabs=None, after=None, before=None, first=False, **fmt):
    """Add a paragraph. parts: a string, or a list of strings / (text, dict-of-format) tuples."""
    if first:
        p = where.paragraphs[0]
        if style:
            p.style = style
    else:
        p = where.add_paragraph(style=style) if style else where.add_paragraph()
    if isinstance(parts, str):
        parts = [(parts, fmt)] if parts else []
    for part in parts:
        if isinstance(part, str):
            fmt_run(p.add_run(part), **fmt)
        else:
            text, f = part
            fmt_run(p.add_run(text), **f)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "j":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if tabs:
        for t in tabs:
            p.paragraph_format.tab_stops.add_tab_stop(Cm(t))
    if after is not None:
        p.paragraph_format.space_after = Pt(after)
    if before is not None:
        p.paragraph_format.space_before = Pt(before)
    return p


def add_field(paragraph, instr, size=None):
    r = paragraph.add_run()
    if size:
        r.font.size = Pt(size)
    b = OxmlElement("w:fldChar")
    b.set(qn("w:fldCharType"), "begin")
    r._r.append(b)
    r2 = paragraph.add_run()
    if size:
        r2.font.size = Pt(size)
    t = OxmlElement("w:instrText")
    t.set(qn("xml:space"), "preserve")
    t.text = " %s " % instr
    r2._r.append(t)
    r3 = paragraph.add_run()
    s = OxmlElement("w:fldChar")
    s.set(qn("w:fldCharType"), "separate")
    r3._r.append(s)
    r4 = paragraph.add_run("1")
    if size:
        r4.font.size = Pt(size)
    r5 = paragraph.add_run()
    e = OxmlElement("w:fldChar")
    e.set(qn("w:fldCharType"), "end")
    r5._r.append(e)


def header_footer(d, head_lines, foot_text, page="p. ", total=False, head_align="c", foot_align="c",
                  head_italic=True, size=8, head_color=None):
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    for k, line in enumerate(head_lines):
        p = hp if k == 0 else sec.header.add_paragraph()
        fmt_run(p.add_run(line), i=head_italic, size=size, color=head_color)
        p.alignment = {"c": WD_ALIGN_PARAGRAPH.CENTER, "r": WD_ALIGN_PARAGRAPH.RIGHT,
                       "l": WD_ALIGN_PARAGRAPH.LEFT}[head_align]
    fp = sec.footer.paragraphs[0]
    if foot_text:
        fmt_run(fp.add_run(foot_text), size=size)
    if page is not None:
        fmt_run(fp.add_run(page), size=size)
        add_field(fp, "PAGE", size)
        if total:
            fmt_run(fp.add_run("/"), size=size)
            add_field(fp, "NUMPAGES", size)
    fp.alignment = {"c": WD_ALIGN_PARAGRAPH.CENTER, "r": WD_ALIGN_PARAGRAPH.RIGHT,
                    "l": WD_ALIGN_PARAGRAPH.LEFT}[foot_align]


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def T(d, rows, widths=None, style="Table Grid", head_bold=True, head_fill=None, size=None):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    if style:
        t.style = style
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for r, row in enumerate(rows):
        for c, val in enumerate(row):
            cell = t.cell(r, c)
            p = cell.paragraphs[0]
            fmt_run(p.add_run(val), b=(head_bold and r == 0), size=size)
            if r == 0 and head_fill:
                shade(cell, head_fill)
            if widths:
                cell.width = Cm(widths[c])
    return t


def save(d, name):
    d.save(os.path.join(HERE, name))


# ----------------------------------------------------------------------------- 87
def r87():
    """13 Oct 2016. Pieter Van Hoorebeke, POD MI. NL then FR paragraph by paragraph (FR in italics),
    in person at the POD, whispered interpretation. Heading 1 styles with typed numbers."""
    name = "87_netwerk_kickoff_pod_2016.docx"
    d = new_doc("Calibri", 11)
    heading_style(d, 1, font="Calibri", size=13, color="1F3864")
    header_footer(d, ["Naar een geïntegreerd migratiebeleid, dankzij het AMIF – "
                      "Vers une politique de migration plus intégrée, grâce au FAMI"],
                  "POD MI / SPP IS – Verslag AMIF-netwerk 13.10.2016 – ", page="p. ")
    P(d, "POD | Maatschappelijke Integratie", b=True, size=9, after=0)
    P(d, "SPP | Intégration Sociale", b=True, size=9)
    P(d, "Verslag netwerkbijeenkomst AMIF – Rapport réunion de réseau FAMI", b=True, size=15, align="c",
      before=12)
    P(d, "Donderdag 13 oktober 2016 – jeudi 13 octobre 2016", align="c", after=0)
    P(d, "POD Maatschappelijke Integratie, Koning Albert II-laan 30, 1000 Brussel – zaal 7.12 / salle 7.12",
      align="c")

    P(d, "Aanwezig / Présents", b=True, u=True, before=6)
    people = [
        ("POD MI / SPP IS:", "Pieter Van Hoorebeke, Lisa Asselman"),
        ("OCMW Gent / CPAS Gand:", "Johan Maekelberg, Mieke De Roo"),
        ("CPAS Liège / OCMW Luik:", "Ibrahim Aguelmin, Silvia Soares"),
        ("CPAS Charleroi:", "Ozlem Baslari, Vincent Dupuis"),
        ("OCMW Antwerpen / CPAS Anvers:", "Nauar Elfargani"),
        ("CPAS Bruxelles / OCMW Brussel:", "Agnès Dubus"),
        ("Tolken / Interprètes:", "Anne Vermeulen, Marc Lejeune (fluistertolken / interprétation chuchotée)"),
    ]
    for org, names in people:
        P(d, [(org, {"b": True}), "\t" + names], tabs=[6.5], after=0)
    P(d, [("Verontschuldigd / Excusés:", {"b": True}),
          "\tEls Peeters (OCMW Antwerpen), Murielle Stiévenart (CPAS Binche)"], tabs=[6.5], before=4)

    P(d, "Agenda / Ordre du jour", b=True, u=True, before=8)
    agenda = [
        ("10u00 – 10u15", "Welkom en kennismaking / Accueil et présentation"),
        ("10u15 – 11u00", "Het AMIF-kader: timing, rapportering, subsidies / Le cadre FAMI : calendrier, rapportage, subsides"),
        ("11u00 – 11u15", "Koffiepauze / Pause-café"),
        ("11u15 – 12u30", "Voorstelling van de projecten per OCMW / Présentation des projets par CPAS"),
        ("12u30 – 13u30", "Lunch"),
        ("13u30 – 14u30", "Werking van het netwerk / Fonctionnement du réseau"),
        ("14u30 – 15u00", "Varia en afspraken / Divers et accords"),
    ]
    for t, a in agenda:
        P(d, t + "\t" + a, tabs=[3.0], after=0)

    FR = {"i": True, "color": "404040"}

    def nl_fr(nl, fr):
        P(d, nl, align="j", after=2)
        P(d, fr, align="j", **FR)

    d.add_heading("1. Welkom en kennismaking / Accueil et présentation", level=1)
    nl_fr("Pieter Van Hoorebeke verwelkomt de deelnemers in de kantoren van het POD. Het is de eerste keer dat "
          "alle OCMW's met een AMIF-project samen rond de tafel zitten. Er is fluistervertaling Nederlands-Frans "
          "voorzien, zodat iedereen in zijn eigen taal kan spreken. Na een korte kennismakingsronde licht Pieter "
          "het doel van het netwerk toe: ervaringen uitwisselen, van elkaar leren en samen knelpunten signaleren "
          "aan het POD en aan de verantwoordelijke autoriteit van het fonds.",
          "Pieter Van Hoorebeke accueille les participants dans les locaux du SPP. C'est la première fois que tous "
          "les CPAS porteurs d'un projet FAMI se retrouvent autour de la table. Une interprétation chuchotée "
          "néerlandais-français est assurée, afin que chacun puisse s'exprimer dans sa langue. Après un bref tour "
          "de présentation, Pieter explique l'objectif du réseau : échanger des expériences, apprendre les uns des "
          "autres et signaler ensemble les difficultés au SPP et à l'autorité responsable du fonds.")

    d.add_heading("2. Het AMIF-kader / Le cadre FAMI", level=1)
    P(d, "De projecten lopen in modules, meestal van september tot juni. Het AMIF financiert 75 % van de "
         "personeelskosten; het POD voorziet een bijkomende subsidie van 15 %, de rest (10 %) draagt het OCMW zelf. "
         "Pieter overloopt de belangrijkste data:", align="j", after=2)
    for x in ["tussentijds verslag: eind februari 2017",
              "eindverslag module 2: september 2017",
              "controle ter plaatse: steekproef, aangekondigd minstens twee weken vooraf"]:
        P(d, x, style="List Bullet")
    P(d, "Le FAMI finance 75 % des frais de personnel ; le SPP prévoit une subvention complémentaire de 15 %, le "
         "reste (10 %) étant à charge du CPAS. Les projets fonctionnent par modules, généralement de septembre à "
         "juin. Pieter passe en revue les principales échéances :", align="j", after=2, **FR)
    for x in ["rapport intermédiaire : fin février 2017",
              "rapport final module 2 : septembre 2017",
              "contrôle sur place : par échantillon, annoncé au moins deux semaines à l'avance"]:
        P(d, x, style="List Bullet", **FR)
    nl_fr("Alle bewijsstukken (aanwezigheidslijsten, loonfiches, facturen) moeten bewaard worden. Enkele OCMW's "
          "vragen of de aanwezigheidslijsten met naam aan het POD bezorgd moeten worden. Pieter antwoordt dat dit "
          "niet nodig is: het POD werkt met geanonimiseerde cijfers, de persoonsgegevens blijven bij het OCMW.",
          "Toutes les pièces justificatives (listes de présence, fiches de paie, factures) doivent être conservées. "
          "Quelques CPAS demandent s'il faut transmettre les listes de présence nominatives au SPP. Pieter répond "
          "que ce n'est pas nécessaire : le SPP travaille avec des chiffres anonymisés, les données personnelles "
          "restent au CPAS.")

    d.add_heading("3. Voorstelling van de projecten / Présentation des projets", level=1)
    projects = [
        ("Gent – ", "Het project richt zich op nieuwkomers met een laag taalniveau die al lang een leefloon "
                    "ontvangen. Naast individuele begeleiding is er wekelijks taalactivering in groep en een "
                    "taalcafé in het Sociaal Huis. Johan vertelt dat er sinds januari 38 deelnemers zijn ingestapt.",
         "Gand – ", "Le projet s'adresse aux primo-arrivants qui ont un faible niveau de langue et qui bénéficient "
                    "depuis longtemps du revenu d'intégration. Outre l'accompagnement individuel, il y a chaque "
                    "semaine une activation linguistique en groupe et un café des langues. Johan indique que 38 "
                    "participants sont entrés depuis janvier."),
        ("Luik – ", "Mod' Actions: na een intakegesprek en een oriëntatiebalans worden de deelnemers doorverwezen "
                    "naar een of meer collectieve modules (taal, creatief atelier, informatica). Per deelnemer "
                    "worden drie contracten afgesloten.",
         "Liège – ", "Mod' Actions : après un entretien d'admission et un bilan d'orientation, les participants "
                     "sont orientés vers un ou plusieurs modules collectifs (langue, atelier créatif, informatique). "
                     "Trois contrats sont signés par participant."),
        ("Charleroi – ", "Activ'Up werkt sinds september 2015 in modules van een schooljaar. Voor module 1 werden "
                         "meer dan 1.000 mogelijke deelnemers opgelijst; 315 werden door de maatschappelijk werkers "
                         "weerhouden en 110 kwamen naar de infosessie (35 %). Module 2 is in september gestart.",
         "Charleroi – ", "Activ'Up fonctionne depuis septembre 2015 par modules d'une année scolaire. Pour le "
                         "module 1, plus de 1.000 bénéficiaires potentiels ont été listés ; 315 ont été retenus par "
                         "les assistants sociaux et 110 sont venus à la séance d'information (35 %). Le module 2 a "
                         "démarré en septembre."),
        ("Antwerpen – ", "Het project wordt uitgevoerd samen met de partnergemeenten Schoten, Edegem en Mortsel. "
                         "Nauar legt uit dat de rekrutering via de sociale diensten van de partners nog op gang "
                         "moet komen.",
         "Anvers – ", "Le projet est mené avec les communes partenaires Schoten, Edegem et Mortsel. Nauar explique "
                      "que le recrutement via les services sociaux des partenaires doit encore démarrer."),
        ("Brussel – ", "Agnès stelt het project voor: collectieve infosessies over het leven in België "
                       "(instellingen, rechten en plichten, huisvesting, mobiliteit) en individuele "
                       "trajectbegeleiding.",
         "Bruxelles – ", "Agnès présente le projet : des séances d'information collectives sur la vie en Belgique "
                         "(institutions, droits et devoirs, logement, mobilité) et un accompagnement individuel."),
    ]
    for a, b, c, e in projects:
        P(d, [(a, {"b": True}), b], align="j", after=2)
        P(d, [(c, {"b": True, "i": True, "color": "404040"}), (e, FR)], align="j")
    P(d, "NB: aantal deelnemers Brussel nog aan te vullen / nombre de participants Bruxelles à compléter.",
      color="C00000")

    d.add_heading("4. Werking van het netwerk / Fonctionnement du réseau", level=1)
    nl_fr("De deelnemers willen twee à drie keer per jaar samenkomen, telkens bij een ander OCMW, zodat de "
          "projecten ook ter plaatse bekeken kunnen worden. Het POD zorgt voor de uitnodiging en het verslag; het "
          "ontvangende OCMW voor de zaal en de lunch. De verslagen worden in het Nederlands en in het Frans "
          "verspreid. Er is ook vraag naar een gedeelde map om documenten (fiches, methodieken, sjablonen) uit "
          "te wisselen.",
          "Les participants souhaitent se réunir deux à trois fois par an, chaque fois dans un autre CPAS, afin de "
          "voir aussi les projets sur le terrain. Le SPP se charge de l'invitation et du rapport ; le CPAS qui "
          "accueille, de la salle et du repas. Les rapports sont diffusés en néerlandais et en français. Il y a "
          "aussi une demande pour un dossier partagé afin d'échanger des documents (fiches, méthodologies, "
          "modèles).")

    d.add_heading("5. Varia / Divers", level=1)
    nl_fr("Vincent vraagt of er een gezamenlijke tevredenheidsenquête kan komen voor alle projecten. Het punt "
          "wordt kort besproken; de meningen zijn verdeeld, omdat de modules sterk verschillen.",
          "Vincent demande s'il est possible d'avoir une enquête de satisfaction commune à tous les projets. Le "
          "point est brièvement discuté ; les avis sont partagés, car les modules sont très différents.")

    d.add_heading("Actiepunten / Points d'action", level=1)
    acts = [
        "Pieter bezorgt de presentatie over het AMIF-kader aan alle deelnemers. / Pieter envoie la présentation "
        "sur le cadre FAMI à tous les participants.",
        "Het POD werkt tegen eind oktober een sjabloon uit voor de projectfiche. / Le SPP élabore pour fin "
        "octobre un modèle de fiche projet.",
        "Elk OCMW stuurt vóór 15 november een korte projectfiche (max. 2 blz.) naar het POD. / Chaque CPAS envoie "
        "une courte fiche projet (max. 2 p.) au SPP avant le 15 novembre.",
        "Ozlem en Vincent delen de rekruteringscijfers van Activ'Up (module 1 en 2). / Ozlem et Vincent "
        "partagent les chiffres de recrutement d'Activ'Up (modules 1 et 2).",
        "OCMW Gent: een datum voorstellen voor de bijeenkomst van maart 2017. / CPAS de Gand : proposer une date "
        "pour la réunion de mars 2017.",
        "Een gedeelde map opzetten voor de documenten van het netwerk – wie: nog te bepalen. / Mettre en place "
        "un dossier partagé pour les documents du réseau – qui : à définir.",
    ]
    for a in acts:
        P(d, a, style="List Number")
    P(d, [("Volgende bijeenkomst / Prochaine réunion: ", {"b": True}),
          "maart 2017 in Gent (datum volgt) / mars 2017 à Gand (date à suivre)."], before=8)
    P(d, "Verslag: Pieter Van Hoorebeke, POD MI", i=True, size=9, before=12)
    save(d, name)

    return {
        "file": name,
        "languages": ["nl", "fr"],
        "online": False,
        "interpretation": True,
        "date": "2016-10-13",
        "people": [
            ["Pieter Van Hoorebeke", "Present", "SPP"],
            ["Lisa Asselman", "Present", "SPP"],
            ["Johan Maekelberg", "Present", "GENT"],
            ["Mieke De Roo", "Present", "GENT"],
            ["Ibrahim Aguelmin", "Present", "LIEGE"],
            ["Silvia Soares", "Present", "LIEGE"],
            ["Ozlem Baslari", "Present", "CHARLEROI"],
            ["Vincent Dupuis", "Present", "CHARLEROI"],
            ["Nauar Elfargani", "Present", "ANTWERPEN"],
            ["Agnès Dubus", "Present", "BRUXELLES"],
            ["Anne Vermeulen", "Present", None],
            ["Marc Lejeune", "Present", None],
            ["Els Peeters", "Excused", "ANTWERPEN"],
            ["Murielle Stiévenart", "Excused", "BINCHE"],
        ],
        "agenda": [
            ["10:00", "10:15", "Welkom en kennismaking / Accueil et présentation"],
            ["10:15", "11:00", "Het AMIF-kader: timing, rapportering, subsidies / Le cadre FAMI : calendrier, rapportage, subsides"],
            ["11:00", "11:15", "Koffiepauze / Pause-café"],
            ["11:15", "12:30", "Voorstelling van de projecten per OCMW / Présentation des projets par CPAS"],
            ["12:30", "13:30", "Lunch"],
            ["13:30", "14:30", "Werking van het netwerk / Fonctionnement du réseau"],
            ["14:30", "15:00", "Varia en afspraken / Divers et accords"],
        ],
        "headings": [
            ["1", "Welkom en kennismaking / Accueil et présentation"],
            ["2", "Het AMIF-kader / Le cadre FAMI"],
            ["3", "Voorstelling van de projecten / Présentation des projets"],
            ["4", "Werking van het netwerk / Fonctionnement du réseau"],
            ["5", "Varia / Divers"],
            ["", "Actiepunten / Points d'action"],
        ],
        "actions": [
            ["Network Contact", ["Pieter Van Hoorebeke"], None, "Pieter bezorgt de presentatie over het AMIF-kader"],
            ["SPP", [], None, "Het POD werkt tegen eind oktober een sjabloon"],
            ["CPAS", [], None, "Elk OCMW stuurt vóór 15 november een korte projectfiche"],
            ["Several Network Contacts", ["Ozlem Baslari", "Vincent Dupuis"], None, "Ozlem en Vincent delen de rekruteringscijfers"],
            ["CPAS", [], "GENT", "een datum voorstellen voor de bijeenkomst"],
            ["To Be Assigned", [], None, "Een gedeelde map opzetten voor de documenten"],
        ],
        "next_meeting": {
            "date": None,
            "text": "Volgende bijeenkomst / Prochaine réunion: maart 2017 in Gent (datum volgt) / mars 2017 à Gand (date à suivre).",
        },
        "remarks": [
            "NB: aantal deelnemers Brussel nog aan te vullen / nombre de participants Bruxelles à compléter.",
        ],
    }


# ----------------------------------------------------------------------------- 88
def r88():
    """21 Mar 2017. Mieke De Roo, OCMW Gent. NL only, in person in Gent. Arial 10, bold+underlined
    unnumbered headings, people inline with initials, agenda as tab lines with single times."""
    name = "88_netwerkdag_gent_2017.docx"
    d = new_doc("Arial", 10, margins=2.5)
    header_footer(d, ["OCMW Gent – Departement Maatschappelijke Dienstverlening – AMIF-project"],
                  "Verslag netwerkdag 21/03/2017 – pagina ", page="", head_align="r", foot_align="r",
                  head_italic=False, size=8, head_color="7F7F7F")
    P(d, "Verslag AMIF-netwerkdag OCMW's", b=True, size=14, after=2)
    P(d, "Dinsdag 21 maart 2017 – OCMW Gent, Sociaal Huis, Onderbergen 86, 9000 Gent", after=0)
    P(d, "Verslag: Mieke De Roo", i=True)
    P(d, [("Aanwezig: ", {"b": True}),
          "Pieter Van Hoorebeke (PVH) en Lisa Asselman (LA) – POD MI; Johan Maekelberg (JM), Mieke De Roo (MDR) "
          "en Ibrahim Laaroussi (IL) – OCMW Gent; Ibrahim Aguelmin (IA) – OCMW Luik; Vincent Dupuis (VD) – OCMW "
          "Charleroi; Nauar Elfargani (NE) en Els Peeters (EP) – OCMW Antwerpen; An Wouters (AW) – OCMW Schoten; "
          "Agnès Dubus (AD) – OCMW Brussel"], align="j")
    P(d, [("Verontschuldigd: ", {"b": True}), "Ozlem Baslari (OCMW Charleroi), Silvia Soares (OCMW Luik)"])
    P(d, "Agenda", b=True, after=2)
    for t, a in [("10u00", "Onthaal met koffie"), ("10u30", "Stand van zaken per OCMW"),
                 ("11u30", "Taalactivering in Gent (IL)"), ("12u30", "Broodjeslunch"),
                 ("13u30", "Bezoek aan het taalcafé"), ("15u00", "Afspraken en afsluiting")]:
        P(d, t + "\t" + a, tabs=[1.5], after=0)

    def H(t):
        P(d, t, b=True, u=True, before=10, after=4)

    H("Onthaal")
    P(d, "JM heet iedereen welkom in het Sociaal Huis. Hij overloopt kort de agenda en vraagt of iedereen het "
         "verslag van 13 oktober ontvangen heeft. Het verslag wordt goedgekeurd zonder opmerkingen. Er wordt "
         "afwisselend Nederlands en Frans gesproken, wat vlot lukt.", align="j")

    H("Stand van zaken per OCMW")
    for a, b in [
        ("Gent: ", "52 deelnemers in traject, waarvan 19 nieuw sinds oktober. De wachtlijst voor taalactivering "
                   "loopt op. Het team zoekt een tweede lokaal."),
        ("Luik: ", "de groepen lopen goed, de ateliers zitten vol. Probleem: de tevredenheidsenquête is te "
                   "moeilijk voor deelnemers die niet of weinig lezen. Luik zal de tevredenheidsenquête in het "
                   "Arabisch laten vertalen en test ze in april."),
        ("Charleroi: ", "module 2 loopt, 60 van de 199 uitgenodigden kwamen naar de infosessie (30 %). VD wijst "
                        "op de lange administratieve procedures: activiteiten moeten veel vroeger gepland worden."),
        ("Antwerpen: ", "opstart in Schoten is gebeurd (AW), Edegem en Mortsel volgen in mei. NE geeft aan dat de "
                        "doorverwijzing door de maatschappelijk werkers traag op gang komt."),
        ("Brussel: ", "de infosessies over huisvesting en mobiliteit waren een succes, vooral bij vrouwen met "
                      "jonge kinderen (kinderopvang voorzien)."),
    ]:
        P(d, [(a, {"b": True}), b], style="List Bullet")
    P(d, "Opmerking: de cijfers van Brussel waren nog niet beschikbaar, nog aan te vullen.", i=True,
      color="C00000", before=4)

    H("Taalactivering in Gent")
    P(d, "IL stelt de methodiek voor. De deelnemers oefenen Nederlands in alledaagse situaties (bakker, dokter, "
         "gemeentehuis) in groepen van maximaal 10 personen. Er wordt gewerkt met beeldmateriaal en rollenspelen; "
         "schrijven komt pas later. Belangrijk is dat de begeleider geen les geeft maar het gesprek op gang houdt. "
         "De anderen vinden vooral de koppeling met de buurt interessant: de deelnemers gaan zelf op stap naar de "
         "bibliotheek en het buurtcentrum.", align="j")
    P(d, "Vraag van AD: hoe meet je vooruitgang? Gent gebruikt een eenvoudige observatielijst per deelnemer, "
         "drie keer per jaar ingevuld door de begeleider.", align="j")

    H("Bezoek taalcafé")
    P(d, "Na de lunch bezoeken we het taalcafé op de benedenverdieping. Vrijwilligers en deelnemers zitten samen "
         "aan tafels per thema. Een deelneemster vertelt dat ze er voor het eerst Nederlands durfde te spreken "
         "buiten de les. Het taalcafé draait op 12 vrijwilligers; de coördinatie gebeurt door een medewerker van "
         "het project (halftijds).", align="j")

    H("Afspraken")
    for a in ["JM bezorgt de handleiding van het taalcafé aan alle OCMW's.",
              "EP en NE sturen de cijfers van Antwerpen en de partnergemeenten door aan LA.",
              "PVH vraagt bij de verantwoordelijke autoriteit na wanneer de nieuwe projectoproep verwacht wordt.",
              "Het POD stuurt een sjabloon voor de tussentijdse rapportering."]:
        P(d, "- " + a, after=0)
    P(d, [("Volgende bijeenkomst: ", {"b": True}), "najaar 2017 in Charleroi, datum nog te bepalen."], before=10)
    save(d, name)

    return {
        "file": name,
        "languages": ["nl"],
        "online": False,
        "interpretation": False,
        "date": "2017-03-21",
        "people": [
            ["Pieter Van Hoorebeke", "Present", "SPP"],
            ["Lisa Asselman", "Present", "SPP"],
            ["Johan Maekelberg", "Present", "GENT"],
            ["Mieke De Roo", "Present", "GENT"],
            ["Ibrahim Laaroussi", "Present", "GENT"],
            ["Ibrahim Aguelmin", "Present", "LIEGE"],
            ["Vincent Dupuis", "Present", "CHARLEROI"],
            ["Nauar Elfargani", "Present", "ANTWERPEN"],
            ["Els Peeters", "Present", "ANTWERPEN"],
            ["An Wouters", "Present", "SCHOTEN"],
            ["Agnès Dubus", "Present", "BRUXELLES"],
            ["Ozlem Baslari", "Excused", "CHARLEROI"],
            ["Silvia Soares", "Excused", "LIEGE"],
        ],
        "agenda": [
            ["10:00", "", "Onthaal met koffie"],
            ["10:30", "", "Stand van zaken per OCMW"],
            ["11:30", "", "Taalactivering in Gent (IL)"],
            ["12:30", "", "Broodjeslunch"],
            ["13:30", "", "Bezoek aan het taalcafé"],
            ["15:00", "", "Afspraken en afsluiting"],
        ],
        "headings": [
            ["", "Onthaal"],
            ["", "Stand van zaken per OCMW"],
            ["", "Taalactivering in Gent"],
            ["", "Bezoek taalcafé"],
            ["", "Afspraken"],
        ],
        "actions": [
            ["CPAS", [], "LIEGE", "Luik zal de tevredenheidsenquête in het Arabisch"],
            ["Network Contact", ["Johan Maekelberg"], None, "JM bezorgt de handleiding van het taalcafé"],
            ["Several Network Contacts", ["Els Peeters", "Nauar Elfargani"], None, "EP en NE sturen de cijfers van Antwerpen"],
            ["Network Contact", ["Pieter Van Hoorebeke"], None, "PVH vraagt bij de verantwoordelijke autoriteit na"],
            ["SPP", [], None, "Het POD stuurt een sjabloon voor"],
        ],
        "next_meeting": {
            "date": None,
            "text": "Volgende bijeenkomst: najaar 2017 in Charleroi, datum nog te bepalen.",
        },
        "remarks": [
            "Opmerking: de cijfers van Brussel waren nog niet beschikbaar, nog aan te vullen.",
        ],
    }


# ----------------------------------------------------------------------------- 89
def r89():
    """9 Nov 2017. Vincent Dupuis, CPAS de Charleroi. FR only, in person in Charleroi. Verdana 9.5,
    headings "1)" in dark red, people as bullets per organisation, agenda inside the introduction,
    actions inside the running text (future, va + infinitive, passive, "à définir")."""
    name = "89_reunion_charleroi_activup_2017.docx"
    d = new_doc("Verdana", 9.5)
    header_footer(d, ["CPAS de Charleroi – Service Action Migrants", "Vers une politique de migration plus "
                      "intégrée, grâce au FAMI"], "CR réunion réseau FAMI – 09/11/2017 – page ", page="",
                  total=True, head_align="l", foot_align="r", head_italic=True, size=7.5)
    P(d, "COMPTE RENDU", b=True, size=14, align="c", after=0)
    P(d, "Réunion du réseau FAMI – 9 novembre 2017", b=True, size=11, align="c")
    P(d, [("Lieu : ", {"b": True}), "CPAS de Charleroi, boulevard Joseph II 13, 6000 Charleroi (salle du conseil)"],
      after=0)
    P(d, [("Rédaction : ", {"b": True}), "Vincent Dupuis"])
    P(d, "Étaient présents :", b=True, u=True, after=2)
    for a, b in [("SPP Intégration sociale : ", "Lisa Asselman"),
                 ("CPAS de Charleroi : ", "Ozlem Baslari, Vincent Dupuis, Fatima Ait Ouali"),
                 ("CPAS de Binche : ", "Murielle Stiévenart"),
                 ("CPAS de Gand : ", "Mieke De Roo, Ibrahim Laaroussi"),
                 ("CPAS de Liège : ", "Ibrahim Aguelmin, Claudine Gbambili"),
                 ("CPAS d'Anvers : ", "Els Peeters"),
                 ("CPAS de Bruxelles : ", "Agnès Dubus, Jean-Marc Piron")]:
        P(d, [(a, {"i": True}), b], style="List Bullet")
    P(d, [("Excusés : ", {"b": True, "u": True}),
          "Pieter Van Hoorebeke (SPP IS) et Nauar Elfargani (CPAS d'Anvers)."], before=4)

    P(d, "Ozlem Baslari ouvre la réunion à 9h45 et remercie les collègues d'avoir fait le déplacement jusqu'à "
         "Charleroi. L'ordre du jour est le suivant : tour de table des CPAS, présentation d'Activ'Up et du "
         "partenariat avec Binche, repas, visite de l'atelier carton et divers.", align="j", before=8)

    RED = "943634"

    def H(t):
        P(d, t, b=True, color=RED, size=10.5, before=10, after=4)

    H("1) Tour de table")
    for a, b in [
        ("Gand : ", "61 participants depuis le début du projet. Le café des langues fonctionne bien ; l'équipe "
                    "travaille à une grille d'intake commune pour l'activation linguistique et l'accompagnement "
                    "individuel. Le CPAS de Gand enverra sa grille d'intake aux autres CPAS dès qu'elle sera validée "
                    "en interne."),
        ("Liège : ", "les ateliers (créatif, informatique, réalisation de projet) sont complets. Claudine insiste "
                     "sur l'importance des trois contrats (AS, entretien d'admission, responsable de module) pour "
                     "fixer les règles de présence et de ponctualité."),
        ("Anvers : ", "les communes partenaires ont toutes démarré. Els signale des difficultés pour trouver des "
                      "locaux à Mortsel."),
        ("Bruxelles : ", "Jean-Marc Piron a rejoint l'équipe en septembre comme coordinateur. Les séances "
                         "d'information sur le logement ont eu beaucoup de succès."),
    ]:
        P(d, [(a, {"b": True}), b], align="j")

    H("2) Activ'Up et le partenariat avec Binche")
    P(d, "Fatima présente le fonctionnement par modules (septembre – juin) et les trois axes du projet :", after=2)
    for x in ["coaching individuel (un rendez-vous tous les quinze jours) autour du projet de vie de la personne ;",
              "activités collectives : ateliers découvertes, séances d'information « se débrouiller en Belgique », "
              "coaching collectif, sorties socio-culturelles ;",
              "suivi social sur rendez-vous."]:
        P(d, x, style="List Bullet")
    P(d, "Le recrutement reste un travail de mobilisation important : listing de plus de 1000 bénéficiaires "
         "potentiels avec l'observatoire local, 315 personnes retenues par les AS pour le module 1 et 199 pour le "
         "module 2. Présence aux séances d'information : 110 sur 315 (35 %) et 60 sur 199 (30 %).", align="j")
    P(d, "Module 3 (septembre 2017 – juin 2018) : nombre d'invités et de présents aux séances d'information "
         "[chiffres à venir]", i=True)
    P(d, "Murielle explique que Binche a rejoint le projet comme partenaire : les participants binchois suivent "
         "les ateliers à Charleroi deux jours par semaine, le CPAS de Binche prend en charge le transport. Murielle "
         "va transmettre le calendrier des séances d'information de Binche pour que les AS de Charleroi puissent "
         "aussi y orienter des personnes.", align="j")

    H("3) Visite de l'atelier carton")
    P(d, "Après le repas, le groupe a visité l'atelier carton. Les participants fabriquent des meubles en carton "
         "(tabourets, étagères) qu'ils peuvent ramener chez eux. L'atelier demande peu de français au départ, ce "
         "qui permet à des personnes très faiblement scolarisées de participer dès le premier jour. Plusieurs CPAS "
         "se disent intéressés par l'idée.", align="j")

    H("4) Divers")
    P(d, [("Enquête de satisfaction : ", {"b": True}),
          "tous les CPAS constatent que le questionnaire actuel est trop abstrait pour le public (« Dans quelle "
          "mesure le module a-t-il répondu à vos attentes ? »). Une proposition de questionnaire simplifié "
          "(pictogrammes, trois réponses possibles) sera préparée par Claudine et Fatima. Les traductions (arabe, "
          "dari, tigrinya) seront prises en charge par le SPP."], align="j")
    P(d, [("Formation : ", {"b": True}),
          "l'idée d'une formation commune sur la communication interculturelle pour les agents des CPAS est bien "
          "accueillie. Organisation d'une formation commune en communication interculturelle : à définir."],
      align="j")
    P(d, [("Chiffres : ", {"b": True}),
          "rappel du SPP pour le rapport annuel. Tous les CPAS transmettent leurs chiffres du module en cours au "
          "SPP avant le 15 décembre."], align="j")

    P(d, [("Prochaine réunion : ", {"b": True}), "au printemps 2018, à Anvers."], before=10)
    P(d, "La réunion se termine vers 15h30.", i=True)
    save(d, name)

    return {
        "file": name,
        "languages": ["fr"],
        "online": False,
        "interpretation": False,
        "date": "2017-11-09",
        "people": [
            ["Lisa Asselman", "Present", "SPP"],
            ["Ozlem Baslari", "Present", "CHARLEROI"],
            ["Vincent Dupuis", "Present", "CHARLEROI"],
            ["Fatima Ait Ouali", "Present", "CHARLEROI"],
            ["Murielle Stiévenart", "Present", "BINCHE"],
            ["Mieke De Roo", "Present", "GENT"],
            ["Ibrahim Laaroussi", "Present", "GENT"],
            ["Ibrahim Aguelmin", "Present", "LIEGE"],
            ["Claudine Gbambili", "Present", "LIEGE"],
            ["Els Peeters", "Present", "ANTWERPEN"],
            ["Agnès Dubus", "Present", "BRUXELLES"],
            ["Jean-Marc Piron", "Present", "BRUXELLES"],
            ["Pieter Van Hoorebeke", "Excused", "SPP"],
            ["Nauar Elfargani", "Excused", "ANTWERPEN"],
        ],
        "agenda": [
            ["", "", "tour de table des CPAS"],
            ["", "", "présentation d'Activ'Up et du partenariat avec Binche"],
            ["", "", "repas"],
            ["", "", "visite de l'atelier carton"],
            ["", "", "divers"],
        ],
        "headings": [
            ["1", "Tour de table"],
            ["2", "Activ'Up et le partenariat avec Binche"],
            ["3", "Visite de l'atelier carton"],
            ["4", "Divers"],
        ],
        "actions": [
            ["CPAS", [], "GENT", "Le CPAS de Gand enverra sa grille d'intake"],
            ["Network Contact", ["Murielle Stiévenart"], None, "Murielle va transmettre le calendrier des séances"],
            ["Several Network Contacts", ["Claudine Gbambili", "Fatima Ait Ouali"], None, "Une proposition de questionnaire simplifié (pictogrammes, trois réponses possibles)"],
            ["SPP", [], None, "Les traductions (arabe, dari, tigrinya) seront prises"],
            ["To Be Assigned", [], None, "Organisation d'une formation commune en communication interculturelle"],
            ["CPAS", [], None, "Tous les CPAS transmettent leurs chiffres du module"],
        ],
        "next_meeting": {
            "date": None,
            "text": "Prochaine réunion : au printemps 2018, à Anvers.",
        },
        "remarks": [
            "Module 3 (septembre 2017 – juin 2018) : nombre d'invités et de présents aux séances d'information [chiffres à venir]",
        ],
    }


# ----------------------------------------------------------------------------- 90
def r90():
    """24 May 2018. Lisa Asselman, SPP IS. FR content under the bilingual title of the SPP template
    (as in the real 2019 report), in person at OCMW Antwerpen. People inline, no agenda, bold
    headings starting with "I." then arabic numbers, actions inside the text."""
    name = "90_echange_anvers_2018.docx"
    d = new_doc("Calibri", 11)
    header_footer(d, ["Naar een geïntegreerd migratiebeleid, dankzij het AMIF",
                      "Vers une politique de migration plus intégrée, grâce au FAMI",
                      "POD | Maatschappelijke Integratie     SPP | Intégration Sociale"],
                  "", page="", head_align="l", foot_align="r", size=8, head_color="2E74B5")
    P(d, "Verslag uitwisseling OCMW's – Rapport échange entre CPAS", b=True, size=14, align="c", before=6)
    P(d, "AMIF 24 mei 2018 – FAMI 24 mai 2018", b=True, align="c")
    P(d, "OCMW Antwerpen, Lange Gasthuisstraat 33, 2000 Anvers", align="c")
    P(d, [("Présents : ", {"b": True}),
          "Lisa Asselman (SPP IS-MI), Mieke De Roo (CPAS Gand), Ibrahim Laaroussi (CPAS Gand), Silvia Soares "
          "(CPAS Liège), Claudine Gbambili (CPAS Liège), Vincent Dupuis (CPAS Charleroi), Nauar Elfargani (CPAS "
          "Anvers), Els Peeters (CPAS Anvers), Bart Van Looy (CPAS Edegem), Griet Mertens (CPAS Mortsel), Agnès "
          "Dubus (CPAS Bruxelles)"], align="j")
    P(d, [("Excusés : ", {"b": True}), "Johan Maekelberg (CPAS Gand), Ozlem Baslari (CPAS Charleroi)"])

    def H(t):
        P(d, t, b=True, before=10, after=4)

    H("I. Accueil et introduction")
    P(d, "L'équipe du projet AMIF d'Anvers a accueilli les autres CPAS dans la salle de réunion de la Lange "
         "Gasthuisstraat. Nauar Elfargani a présenté le programme de la journée. Lisa a rappelé brièvement le "
         "calendrier du rapportage FAMI pour 2018 (rapport intermédiaire en septembre).", align="j")

    H("2. Le projet d'Anvers : un accompagnement sur mesure")
    P(d, "Els Peeters expose le fonctionnement du projet. Les participants sont orientés par les assistants "
         "sociaux des antennes sociales. Un entretien d'intake permet de dresser un plan d'accompagnement avec le "
         "participant : ses objectifs, ses obstacles (langue, garde d'enfants, santé) et les modules qui lui "
         "conviennent. L'accompagnement est individuel, avec une rencontre toutes les deux semaines, et complété "
         "par des activités collectives :", align="j", after=2)
    for x in ["des cours de néerlandais oral en petit groupe",
              "des séances d'information sur la vie en Belgique (logement, enseignement, santé)",
              "un groupe de parole pour les femmes",
              "des visites dans la ville (bibliothèque, maison de quartier, VDAB)"]:
        P(d, "- " + x, after=0)
    P(d, "Els enverra le guide d'intake d'Anvers à tous les CPAS.", before=4, align="j")

    H("3. Les partenaires : Edegem et Mortsel")
    P(d, "Bart Van Looy (Edegem) et Griet Mertens (Mortsel) expliquent comment un petit CPAS participe au projet. "
         "Les participants de ces communes suivent l'accompagnement individuel sur place, avec un coach d'Anvers "
         "qui se déplace une demi-journée par semaine. Pour les activités collectives, ils viennent à Anvers. Le "
         "transport reste un obstacle : tous les participants n'ont pas d'abonnement. Le SPP IS vérifiera avec "
         "l'autorité responsable si les frais de transport des participants sont éligibles.", align="j")
    P(d, "Bart et Griet présenteront les résultats de leur collaboration avec Anvers lors de la prochaine "
         "rencontre.", align="j")

    H("4. Méthodologies")
    P(d, "L'après-midi, l'équipe d'Anvers fait découvrir deux de ses méthodes :", after=2)
    for x in ["la « ligne de vie » : le participant dessine sa ligne de vie avec les moments importants, ce qui "
              "ouvre la discussion sur son parcours sans passer par un questionnaire ;",
              "un jeu de cartes sur les services de la ville, en néerlandais simplifié avec des photos."]:
        P(d, "- " + x, after=0)
    P(d, "Les CPAS francophones trouvent le jeu de cartes très utile et aimeraient une version en français.",
      before=4, align="j")

    H("5. Clôture avec des questions et un feed-back")
    P(d, "Quelles leçons les autres CPAS peuvent-ils tirer ?", after=2)
    for x in ["Un accompagnement sur mesure demande du temps, mais le lien de confiance fait la différence",
              "Travailler avec de petits CPAS partenaires est possible si le coach se déplace",
              "Des outils visuels aident beaucoup les participants qui lisent peu"]:
        P(d, "- " + x, after=0)
    P(d, "NB : les commentaires du CPAS de Charleroi doivent encore être ajoutés.", i=True, before=6)
    P(d, "La prochaine rencontre aura lieu à Bruxelles, à l'automne 2018 (date à confirmer).", before=6)
    save(d, name)

    return {
        "file": name,
        "languages": ["fr"],
        "online": False,
        "interpretation": False,
        "date": "2018-05-24",
        "people": [
            ["Lisa Asselman", "Present", "SPP"],
            ["Mieke De Roo", "Present", "GENT"],
            ["Ibrahim Laaroussi", "Present", "GENT"],
            ["Silvia Soares", "Present", "LIEGE"],
            ["Claudine Gbambili", "Present", "LIEGE"],
            ["Vincent Dupuis", "Present", "CHARLEROI"],
            ["Nauar Elfargani", "Present", "ANTWERPEN"],
            ["Els Peeters", "Present", "ANTWERPEN"],
            ["Bart Van Looy", "Present", "EDEGEM"],
            ["Griet Mertens", "Present", "MORTSEL"],
            ["Agnès Dubus", "Present", "BRUXELLES"],
            ["Johan Maekelberg", "Excused", "GENT"],
            ["Ozlem Baslari", "Excused", "CHARLEROI"],
        ],
        "agenda": [],
        "headings": [
            ["I", "Accueil et introduction"],
            ["2", "Le projet d'Anvers : un accompagnement sur mesure"],
            ["3", "Les partenaires : Edegem et Mortsel"],
            ["4", "Méthodologies"],
            ["5", "Clôture avec des questions et un feed-back"],
        ],
        "actions": [
            ["Network Contact", ["Els Peeters"], None, "Els enverra le guide d'intake d'Anvers"],
            ["SPP", [], None, "Le SPP IS vérifiera avec l'autorité responsable"],
            ["Several Network Contacts", ["Bart Van Looy", "Griet Mertens"], None, "Bart et Griet présenteront les résultats"],
        ],
        "next_meeting": {
            "date": None,
            "text": "La prochaine rencontre aura lieu à Bruxelles, à l'automne 2018 (date à confirmer).",
        },
        "remarks": [
            "NB : les commentaires du CPAS de Charleroi doivent encore être ajoutés.",
        ],
    }


# ----------------------------------------------------------------------------- 91
def r91():
    """17 Oct 2019. Yasmina El Khattabi, CPAS de Bruxelles. Bilingual side by side (FR | NL columns),
    in person at the CPAS de Bruxelles, guest from BAPA. People, agenda and actions as tables."""
    name = "91_reseau_bruxelles_bapa_2019.docx"
    d = new_doc("Arial", 10)
    header_footer(d, ["CPAS de Bruxelles – OCMW van Brussel  |  Cellule FAMI – AMIF-cel"], "", page="— ",
                  head_align="r", foot_align="c", head_italic=False, size=8)
    P(d, "Réunion du réseau FAMI – Netwerkvergadering AMIF", b=True, size=13, align="c", after=2)
    P(d, "Jeudi 17 octobre 2019 – Donderdag 17 oktober 2019", align="c", after=0)
    P(d, "CPAS de Bruxelles, rue Haute 298A, 1000 Bruxelles – OCMW van Brussel, Hoogstraat 298A, 1000 Brussel",
      align="c", size=9)

    P(d, "Présents / Aanwezig", b=True, before=6, after=2)
    pr = "présent(e) / aanwezig"
    ex = "excusé(e) / verontschuldigd"
    T(d, [["Nom – Naam", "Organisation – Organisatie", "Présence – Aanwezigheid"],
          ["Lisa Asselman", "SPP IS – POD MI", pr],
          ["Agnès Dubus", "CPAS de Bruxelles", pr],
          ["Yasmina El Khattabi", "CPAS de Bruxelles (rapport – verslag)", pr],
          ["Jean-Marc Piron", "CPAS de Bruxelles", pr],
          ["Mieke De Roo", "OCMW Gent", pr],
          ["Hanne Verstraete", "OCMW Gent", pr],
          ["Ibrahim Aguelmin", "CPAS de Liège", ex],
          ["Silvia Soares", "CPAS de Liège", pr],
          ["Ozlem Baslari", "CPAS de Charleroi", pr],
          ["Els Peeters", "OCMW Antwerpen", pr],
          ["Kobe Janssens", "OCMW Antwerpen", ex],
          ["Karima Haddou", "BAPA BXL (invitée – gast)", pr]],
      widths=[4.5, 6.5, 5.0], head_fill="D9E2F3", size=9)

    P(d, "Ordre du jour / Agenda", b=True, before=8, after=2)
    T(d, [["Heure – Uur", "Point – Punt"],
          ["9h30 – 10h00", "Accueil / Onthaal"],
          ["10h00 – 10h45", "Tour de table / Rondvraag"],
          ["10h45 – 11h30", "Le parcours d'accueil à Bruxelles (BAPA) / Het inburgeringstraject in Brussel"],
          ["11h30 – 11h45", "Pause / Pauze"],
          ["11h45 – 12h30", "Enquête de satisfaction : nouvelle version / Tevredenheidsenquête: nieuwe versie"],
          ["12h30 – 13h30", "Lunch"]],
      widths=[3.5, 12.5], head_fill="D9E2F3", size=9)

    P(d, "", after=0)
    sections = [
        ("1. Accueil – Onthaal",
         "Agnès Dubus souhaite la bienvenue aux participants au nom du Président du CPAS. Elle présente Yasmina "
         "El Khattabi, nouvelle collaboratrice de la cellule FAMI, qui rédige le présent rapport. Le rapport de "
         "la réunion de mai à Liège est approuvé.",
         "Agnès Dubus verwelkomt de deelnemers namens de voorzitter van het OCMW. Ze stelt Yasmina El Khattabi "
         "voor, nieuwe medewerkster van de AMIF-cel, die dit verslag opmaakt. Het verslag van de vergadering van "
         "mei in Luik wordt goedgekeurd."),
        ("2. Tour de table – Rondvraag",
         "Gand : Mieke présente Hanne Verstraete, qui reprend l'accompagnement individuel. 45 participants actifs.\n"
         "Liège : Silvia excuse Ibrahim ; les ateliers ont repris en septembre avec deux nouveaux groupes.\n"
         "Charleroi : le module 5 a démarré avec 24 participants, dont 6 de Binche.\n"
         "Anvers : Els signale que le guide d'intake a encore été adapté cette année.\n"
         "Bruxelles : 38 participants ; les séances collectives sur le logement restent les plus suivies.",
         "Gent: Mieke stelt Hanne Verstraete voor, die de individuele begeleiding overneemt. 45 actieve "
         "deelnemers.\n"
         "Luik: Silvia verontschuldigt Ibrahim; de ateliers zijn in september herstart met twee nieuwe groepen.\n"
         "Charleroi: module 5 is gestart met 24 deelnemers, waarvan 6 uit Binche.\n"
         "Antwerpen: Els meldt dat de intakegids dit jaar opnieuw werd aangepast.\n"
         "Brussel: 38 deelnemers; de groepssessies over huisvesting blijven het best bijgewoond."),
        ("3. Le parcours d'accueil à Bruxelles – Het inburgeringstraject in Brussel",
         "Karima Haddou (BAPA BXL) présente le parcours d'accueil pour primo-arrivants : un bilan social et "
         "linguistique, une formation aux droits et devoirs, des cours de français et une orientation vers "
         "l'emploi ou la formation. Elle explique comment les AS du CPAS peuvent orienter un participant vers le "
         "BAPA et ce qui peut être combiné avec le projet FAMI. Les CPAS flamands comparent avec le parcours "
         "d'intégration civique en Flandre.",
         "Karima Haddou (BAPA BXL) stelt het onthaaltraject voor nieuwkomers voor: een sociale en taalkundige "
         "balans, een vorming over rechten en plichten, Franse les en een doorverwijzing naar werk of opleiding. "
         "Ze legt uit hoe de maatschappelijk werkers van het OCMW een deelnemer naar BAPA kunnen doorverwijzen en "
         "wat gecombineerd kan worden met het AMIF-project. De Vlaamse OCMW's vergelijken met het "
         "inburgeringstraject in Vlaanderen."),
        ("4. Enquête de satisfaction – Tevredenheidsenquête",
         "Lisa présente la nouvelle version de l'enquête, simplifiée après les remarques du réseau : phrases "
         "courtes, trois smileys au lieu d'une échelle de 1 à 5, une seule question ouverte. Les CPAS demandent "
         "des traductions, en particulier en arabe et en dari, et un test avec un petit groupe avant de "
         "généraliser.",
         "Lisa stelt de nieuwe versie van de enquête voor, vereenvoudigd na de opmerkingen van het netwerk: korte "
         "zinnen, drie smileys in plaats van een schaal van 1 tot 5, één open vraag. De OCMW's vragen vertalingen, "
         "vooral in het Arabisch en het Dari, en een test met een kleine groep vóór de veralgemening."),
    ]
    t = d.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    hdr = t.rows[0].cells
    for c, txt in zip(hdr, ["Français", "Nederlands"]):
        fmt_run(c.paragraphs[0].add_run(txt), b=True, i=True)
        shade(c, "F2F2F2")
    for head, fr, nl in sections:
        row = t.add_row()
        m = row.cells[0].merge(row.cells[1])
        fmt_run(m.paragraphs[0].add_run(head), b=True, color="1F3864")
        shade(m, "D9E2F3")
        row = t.add_row()
        for cell, txt in zip(row.cells, [fr, nl]):
            for k, line in enumerate(txt.split("\n")):
                P(cell, line, first=(k == 0), size=9.5, after=2)
    for row in t.rows:
        row.cells[0].width = Cm(8.2)
        row.cells[-1].width = Cm(8.2)

    P(d, "5. Actions – Actiepunten", b=True, color="1F3864", before=10, after=2)
    T(d, [["Qui – Wie", "Quoi – Wat", "Quand – Wanneer"],
          ["Yasmina", "Envoyer la présentation du BAPA à tous les CPAS / De presentatie van BAPA naar alle OCMW's "
                      "sturen", "31/10/2019"],
          ["SPP IS – POD MI", "Faire traduire l'enquête en arabe, dari et anglais / De enquête laten vertalen in "
                              "het Arabisch, Dari en Engels", "décembre 2019 / december 2019"],
          ["Chaque CPAS – Elk OCMW", "Tester la nouvelle version de l'enquête avec un groupe de participants / De "
                                     "nieuwe versie testen met een groep deelnemers",
           "avant la prochaine réunion / vóór de volgende vergadering"],
          ["Mieke + Silvia", "Comparer les grilles d'intake de Gand et de Liège / De intakeformulieren van Gent "
                             "en Luik vergelijken", "janvier 2020 / januari 2020"],
          ["À définir – Nog te bepalen", "Organiser une visite du BAPA pour les AS / Een bezoek aan BAPA "
                                         "organiseren voor de maatschappelijk werkers", "2020"]],
      widths=[3.5, 9.0, 3.5], head_fill="D9E2F3", size=9)
    P(d, "NB : chiffres de Liège (participants 2019) à compléter / cijfers Luik (deelnemers 2019) nog aan te "
         "vullen.", i=True, color="C00000", before=6)
    P(d, [("Prochaine réunion / Volgende vergadering : ", {"b": True}),
          "jeudi 6 février 2020 à Gand / donderdag 6 februari 2020 in Gent"], before=6)
    save(d, name)

    return {
        "file": name,
        "languages": ["fr", "nl"],
        "online": False,
        "interpretation": False,
        "date": "2019-10-17",
        "people": [
            ["Lisa Asselman", "Present", "SPP"],
            ["Agnès Dubus", "Present", "BRUXELLES"],
            ["Yasmina El Khattabi", "Present", "BRUXELLES"],
            ["Jean-Marc Piron", "Present", "BRUXELLES"],
            ["Mieke De Roo", "Present", "GENT"],
            ["Hanne Verstraete", "Present", "GENT"],
            ["Silvia Soares", "Present", "LIEGE"],
            ["Ozlem Baslari", "Present", "CHARLEROI"],
            ["Els Peeters", "Present", "ANTWERPEN"],
            ["Karima Haddou", "Present", None],
            ["Ibrahim Aguelmin", "Excused", "LIEGE"],
            ["Kobe Janssens", "Excused", "ANTWERPEN"],
        ],
        "agenda": [
            ["09:30", "10:00", "Accueil / Onthaal"],
            ["10:00", "10:45", "Tour de table / Rondvraag"],
            ["10:45", "11:30", "Le parcours d'accueil à Bruxelles (BAPA) / Het inburgeringstraject in Brussel"],
            ["11:30", "11:45", "Pause / Pauze"],
            ["11:45", "12:30", "Enquête de satisfaction : nouvelle version / Tevredenheidsenquête: nieuwe versie"],
            ["12:30", "13:30", "Lunch"],
        ],
        "headings": [
            ["1", "Accueil – Onthaal"],
            ["2", "Tour de table – Rondvraag"],
            ["3", "Le parcours d'accueil à Bruxelles – Het inburgeringstraject in Brussel"],
            ["4", "Enquête de satisfaction – Tevredenheidsenquête"],
            ["5", "Actions – Actiepunten"],
        ],
        "actions": [
            ["Network Contact", ["Yasmina El Khattabi"], None, "Envoyer la présentation du BAPA"],
            ["SPP", [], None, "Faire traduire l'enquête en arabe, dari"],
            ["CPAS", [], None, "Tester la nouvelle version de l'enquête"],
            ["Several Network Contacts", ["Mieke De Roo", "Silvia Soares"], None, "Comparer les grilles d'intake de Gand"],
            ["To Be Assigned", [], None, "Organiser une visite du BAPA pour"],
        ],
        "next_meeting": {
            "date": "2020-02-06",
            "text": "Prochaine réunion / Volgende vergadering : jeudi 6 février 2020 à Gand / donderdag 6 februari 2020 in Gent",
        },
        "remarks": [
            "NB : chiffres de Liège (participants 2019) à compléter / cijfers Luik (deelnemers 2019) nog aan te vullen.",
        ],
    }


# ----------------------------------------------------------------------------- 92
def r92():
    """11 Jun 2020. Lisa Asselman, SPP IS. Online (Teams) with simultaneous interpretation by phone line.
    FR report with a Dutch summary at the end. Roman headings in bold, agenda with times as bullets,
    "À faire" list in the infinitive with the owner in brackets."""
    name = "92_rencontre_teams_covid_2020.docx"
    d = new_doc("Calibri", 11)
    header_footer(d, ["Naar een geïntegreerd migratiebeleid, dankzij het AMIF",
                      "Vers une politique de migration plus intégrée, grâce au FAMI",
                      "POD | Maatschappelijke Integratie     SPP | Intégration Sociale"],
                  "", page="", head_align="l", foot_align="r", size=8, head_color="2E74B5")
    P(d, "Verslag bijeenkomst OCMW's – Rapport rencontre CPAS", b=True, size=14, align="c", before=6)
    P(d, "11 juni 2020 – 11 juin 2020", b=True, align="c")
    P(d, "Réunion en ligne via Microsoft Teams, avec interprétation simultanée néerlandais-français", align="c",
      i=True)
    P(d, [("Présents : ", {"b": True}),
          "Lisa Asselman (SPP IS-MI), Karim Bensaïd (SPP IS-MI), Mieke De Roo (CPAS Gand), Hanne Verstraete "
          "(CPAS Gand), Ibrahim Aguelmin (CPAS Liège), Silvia Soares (CPAS Liège), Ozlem Baslari (CPAS "
          "Charleroi), Fatima Ait Ouali (CPAS Charleroi), Els Peeters (CPAS Anvers), Yasmina El Khattabi (CPAS "
          "Bruxelles)"], align="j")
    P(d, [("Interprètes : ", {"b": True}), "Anne Vermeulen, Thomas Declercq"])
    P(d, [("Excusés : ", {"b": True}), "Agnès Dubus (CPAS Bruxelles), Murielle Stiévenart (CPAS Binche)"])
    P(d, "Ordre du jour :", b=True, after=2)
    for x in ["10h00 – 10h10 : Introduction et règles pratiques",
              "10h10 – 11h00 : Tour de table : la crise COVID-19 dans les projets",
              "11h00 – 11h30 : Reprise des activités de groupe",
              "11h30 – 12h00 : Indicateurs et rapportage 2020",
              "12h00 : Clôture"]:
        P(d, x, style="List Bullet")

    def H(t):
        P(d, t, b=True, before=10, after=4)

    H("I. Introduction")
    P(d, "Lisa remercie les participants d'être présents malgré les circonstances. C'est la première rencontre du "
         "réseau en ligne ; la rencontre prévue en avril à Charleroi a dû être annulée. L'interprétation est "
         "assurée en simultané via une ligne téléphonique séparée : merci de couper le micro quand on ne parle "
         "pas, de lever la main dans Teams pour demander la parole et de parler lentement pour les interprètes. "
         "Karim Bensaïd a rejoint l'équipe du SPP ; il est chargé du suivi du rapportage et des indicateurs.", align="j")

    H("II. Tour de table : la crise COVID-19 dans les projets")
    for a, b in [
        ("Gand : ", "toutes les activités collectives ont été arrêtées mi-mars. L'accompagnement individuel a "
                    "continué par téléphone et WhatsApp. Depuis le 2 juin, petits groupes de 4 participants + 1 "
                    "formateur."),
        ("Liège : ", "contacts téléphoniques hebdomadaires avec chaque participant ; envoi de colis d'activités "
                     "(exercices de français, matériel de dessin). Reprise en groupes de 3 + 1 depuis le 8 juin."),
        ("Charleroi : ", "même règle 3 + 1. Fatima signale que beaucoup de participants n'ont pas de connexion "
                         "internet, ou seulement un smartphone avec peu de données. Le CPAS a prêté 10 tablettes."),
        ("Anvers : ", "accompagnement individuel à distance ; les communes partenaires (Schoten, Edegem, Mortsel) "
                      "ont suivi le même rythme. Les cours de néerlandais en ligne n'ont touché qu'une minorité "
                      "des participants."),
        ("Bruxelles : ", "Yasmina explique que les séances d'information ont été remplacées par de courtes vidéos "
                         "en plusieurs langues, envoyées par WhatsApp."),
    ]:
        P(d, [(a, {"b": True}), b], style="List Bullet")
    P(d, "NB : les chiffres d'Anvers (participants touchés par le confinement) sont encore à compléter.", i=True,
      before=4)

    H("III. Reprise des activités de groupe")
    P(d, "Les règles diffèrent d'un CPAS à l'autre et évoluent vite. Gand envisage de passer à 6 + 1 à partir de "
         "septembre si les règles le permettent. Tous soulignent l'importance de bien communiquer avec les "
         "participants (horaires qui changent, activités annulées). Plusieurs participants ont peur de revenir en "
         "groupe. Les sorties socio-culturelles restent suspendues jusqu'à nouvel ordre.", align="j")

    H("IV. Indicateurs et rapportage 2020")
    P(d, "Karim explique que l'autorité responsable accepte que les objectifs chiffrés de 2020 soient revus à la "
         "baisse, à condition de documenter l'impact de la crise. Les activités à distance peuvent être comptées "
         "si elles sont documentées (date, durée, type de contact). Les noms des participants ne sont jamais "
         "transmis au SPP : uniquement des chiffres agrégés par CPAS.", align="j")

    H("V. À faire")
    for x in ["Envoyer le modèle de protocole de reprise des groupes (Gand)",
              "Vérifier avec l'autorité responsable la prolongation des délais de rapportage (SPP)",
              "Compléter le tableau des participants touchés par le confinement (chaque CPAS)",
              "Partager la liste des outils en ligne utilisés pendant le confinement (Fatima et Silvia)",
              "Proposer une date pour la rencontre de septembre (Lisa)"]:
        P(d, x, style="List Bullet")
    P(d, "Prochaine rencontre : septembre 2020, en ligne ou à Gand si la situation sanitaire le permet.", b=True,
      before=8)

    H("Samenvatting")
    P(d, "Eerste online bijeenkomst van het netwerk, via Teams met simultaanvertaling. Alle OCMW's hebben de "
         "groepsactiviteiten half maart stopgezet en de individuele begeleiding op afstand voortgezet (telefoon, "
         "WhatsApp). Sinds juni starten de groepen opnieuw, in kleine groepen: 4 + 1 in Gent, 3 + 1 in Luik en "
         "Charleroi. Het POD bevestigt dat de streefcijfers voor 2020 naar beneden bijgesteld kunnen worden als de "
         "impact van de crisis gedocumenteerd wordt. De afspraken staan onder punt V.", align="j", i=True)
    save(d, name)

    return {
        "file": name,
        "languages": ["fr", "nl"],
        "online": True,
        "interpretation": True,
        "date": "2020-06-11",
        "people": [
            ["Lisa Asselman", "Present", "SPP"],
            ["Karim Bensaïd", "Present", "SPP"],
            ["Mieke De Roo", "Present", "GENT"],
            ["Hanne Verstraete", "Present", "GENT"],
            ["Ibrahim Aguelmin", "Present", "LIEGE"],
            ["Silvia Soares", "Present", "LIEGE"],
            ["Ozlem Baslari", "Present", "CHARLEROI"],
            ["Fatima Ait Ouali", "Present", "CHARLEROI"],
            ["Els Peeters", "Present", "ANTWERPEN"],
            ["Yasmina El Khattabi", "Present", "BRUXELLES"],
            ["Anne Vermeulen", "Present", None],
            ["Thomas Declercq", "Present", None],
            ["Agnès Dubus", "Excused", "BRUXELLES"],
            ["Murielle Stiévenart", "Excused", "BINCHE"],
        ],
        "agenda": [
            ["10:00", "10:10", "Introduction et règles pratiques"],
            ["10:10", "11:00", "Tour de table : la crise COVID-19 dans les projets"],
            ["11:00", "11:30", "Reprise des activités de groupe"],
            ["11:30", "12:00", "Indicateurs et rapportage 2020"],
            ["12:00", "", "Clôture"],
        ],
        "headings": [
            ["I", "Introduction"],
            ["II", "Tour de table : la crise COVID-19 dans les projets"],
            ["III", "Reprise des activités de groupe"],
            ["IV", "Indicateurs et rapportage 2020"],
            ["V", "À faire"],
            ["", "Samenvatting"],
        ],
        "actions": [
            ["CPAS", [], "GENT", "Envoyer le modèle de protocole de reprise"],
            ["SPP", [], None, "Vérifier avec l'autorité responsable la prolongation"],
            ["CPAS", [], None, "Compléter le tableau des participants touchés"],
            ["Several Network Contacts", ["Fatima Ait Ouali", "Silvia Soares"], None, "Partager la liste des outils en ligne"],
            ["Network Contact", ["Lisa Asselman"], None, "Proposer une date pour la rencontre"],
        ],
        "next_meeting": {
            "date": None,
            "text": "Prochaine rencontre : septembre 2020, en ligne ou à Gand si la situation sanitaire le permet.",
        },
        "remarks": [
            "NB : les chiffres d'Anvers (participants touchés par le confinement) sont encore à compléter.",
        ],
    }


# ----------------------------------------------------------------------------- 93
def r93():
    """25 Nov 2021. Els Peeters, OCMW Antwerpen. NL only, online (Zoom), no interpretation. Word
    heading styles with typed 1. / 1.1 numbers, people in a table, agenda as an automatic numbered
    list without times, action table Wat / Wie / Tegen wanneer."""
    name = "93_netwerkoverleg_zoom_2021.docx"
    d = new_doc("Calibri", 11)
    heading_style(d, 1, font="Calibri", size=13, color="C00000")
    heading_style(d, 2, font="Calibri", size=11.5, color="404040")
    header_footer(d, ["OCMW Antwerpen  |  AMIF-project \u201eSamen vooruit\u201d"], "Verslag netwerkoverleg "
                  "25/11/2021  –  ", page="blz. ", head_align="l", foot_align="r", head_italic=False, size=8,
                  head_color="C00000")
    P(d, "Verslag AMIF-netwerkoverleg", style="Title")
    P(d, [("Datum: ", {"b": True}), "donderdag 25 november 2021, 13u30 – 16u00"], after=0)
    P(d, [("Plaats: ", {"b": True}), "online (Zoom, link via OCMW Antwerpen)"], after=0)
    P(d, [("Verslag: ", {"b": True}), "Els Peeters"])
    P(d, "Aanwezig", b=True, after=2)
    T(d, [["Naam", "Organisatie"],
          ["Els Peeters", "OCMW Antwerpen"],
          ["Kobe Janssens", "OCMW Antwerpen"],
          ["An Wouters", "OCMW Schoten"],
          ["Griet Mertens", "OCMW Mortsel"],
          ["Nathalie Ghysels", "POD MI"],
          ["Hanne Verstraete", "OCMW Gent"],
          ["Tom De Smet", "OCMW Gent"],
          ["Aurélie Lambotte", "OCMW Luik"],
          ["Fatima Ait Ouali", "OCMW Charleroi"],
          ["Jean-Marc Piron", "OCMW Brussel"]],
      widths=[6.0, 6.0], head_fill="F2DCDB", size=10)
    P(d, [("Verontschuldigd: ", {"b": True}), "Bart Van Looy (OCMW Edegem), Yasmina El Khattabi (OCMW Brussel)"],
      before=6)
    P(d, "Agenda", b=True, after=2)
    for x in ["Welkom en goedkeuring vorig verslag", "Stand van zaken per OCMW",
              "Nieuwe AMIF-programmaperiode 2021-2027", "Tevredenheidsenquête: resultaten", "Varia"]:
        P(d, x, style="List Number")

    d.add_heading("1. Welkom en goedkeuring vorig verslag", level=1)
    P(d, "Els verwelkomt iedereen. Het overleg gebeurt op vraag van het POD online, omdat de coronamaatregelen "
         "opnieuw strenger worden. Er is geen vertaling: iedereen spreekt in zijn eigen taal, de presentaties zijn "
         "tweetalig. Het verslag van het overleg van juni wordt goedgekeurd met één correctie (aantal deelnemers "
         "Gent: 48 i.p.v. 84).", align="j")

    d.add_heading("2. Stand van zaken per OCMW", level=1)
    d.add_heading("2.1 Antwerpen en partnergemeenten", level=2)
    P(d, "In 2021 stapten 57 deelnemers in, waarvan 14 uit Schoten, Edegem en Mortsel. De groepsactiviteiten "
         "lopen opnieuw, met mondmasker en maximaal 8 deelnemers per lokaal. An meldt dat Schoten een eigen lokaal "
         "heeft gevonden in het dienstencentrum. Griet: het project in Mortsel loopt af in juni 2022, een "
         "verlenging is aangevraagd.", align="j")
    d.add_heading("2.2 Gent", level=2)
    P(d, "Hanne en Tom vertellen dat de wachtlijst voor taalactivering weer groeit. Gent werkt sinds september "
         "met groepen van 6 + 1 en een extra groep op zaterdag voor werkende deelnemers. Er is een nieuwe "
         "samenwerking met de bibliotheek.", align="j")
    d.add_heading("2.3 Luik", level=2)
    P(d, "Aurélie is sinds augustus de nieuwe coördinator van Mod' Actions. Het creatief atelier en het "
         "informatica-atelier zitten vol; de module 'Réalisation de projet' heeft nog plaats. De oriëntatiebalans "
         "wordt herwerkt.", align="j")
    d.add_heading("2.4 Charleroi en Brussel", level=2)
    P(d, "Fatima: Activ'Up draait opnieuw volledig, ook de maandelijkse uitstappen. Jean-Marc: in Brussel hebben "
         "31 deelnemers het traject afgerond in 2021.", align="j")
    P(d, "Opmerking: het aantal nieuwe deelnemers in Brussel is nog aan te vullen.", i=True, color="7F7F7F")

    d.add_heading("3. Nieuwe AMIF-programmaperiode 2021-2027", level=1)
    P(d, "Nathalie (POD MI) geeft uitleg over de nieuwe programmaperiode. Verordening (EU) 2021/1147 werkt met "
         "gemeenschappelijke output- en resultaatindicatoren, bv. het aantal deelnemers aan ondersteunende "
         "activiteiten (taalcursussen, oriëntatie over de samenleving, persoonlijke begeleiding) en het aantal "
         "deelnemers dat aangeeft dat de activiteit hun integratie heeft geholpen. De precieze definities en het "
         "sjabloon voor de OCMW's zijn nog niet bekend. De huidige projecten lopen door tot eind 2022.", align="j")
    P(d, "Vraag van Aurélie: moeten we het taalniveau (ERK) van elke deelnemer meten? Nathalie vraagt dit na bij "
         "de beheersautoriteit.", align="j")

    d.add_heading("4. Tevredenheidsenquête: resultaten", level=1)
    P(d, "Kobe stelt de resultaten voor van de enquête 2021 (vereenvoudigde versie met smileys). 212 deelnemers "
         "vulden ze in. De meeste deelnemers zijn tevreden over de begeleiding (87 % positief); de uurroosters en "
         "de communicatie bij afgelaste lessen scoren het laagst. De vraag over 'zelfredzaamheid' werd vaak niet "
         "begrepen.", align="j")
    P(d, "Grafiek met de resultaten per OCMW: nog toe te voegen.", i=True, color="7F7F7F")

    d.add_heading("5. Varia", level=1)
    P(d, "Online lesgeven: meerdere OCMW's willen ervaringen uitwisselen over wat werkt op afstand "
         "(WhatsApp-groepen, korte filmpjes).", style="List Bullet")
    P(d, "Fatima vraagt of er in het voorjaar opnieuw een fysieke bijeenkomst kan komen. Iedereen is "
         "voorstander.", style="List Bullet")

    d.add_heading("6. Actiepunten", level=1)
    T(d, [["Wat", "Wie", "Tegen wanneer"],
          ["Tevredenheidsenquête vereenvoudigen (pictogrammen, eenvoudige taal)", "Kobe + Aurélie", "februari 2022"],
          ["Info over indicatoren nieuwe programmaperiode doorsturen", "POD MI", "zodra beschikbaar"],
          ["Cijfers 2021 (deelnemers per module) bezorgen", "alle OCMW's", "15 januari 2022"],
          ["Uitwisseling rond online lesgeven organiseren", "nog te bepalen", "voorjaar 2022"],
          ["Verslag en presentaties rondsturen naar iedereen", "Els", "begin december"],
          ["Aanvraag verlenging project Mortsel opvolgen", "OCMW Mortsel", "maart 2022"]],
      widths=[9.0, 3.5, 3.5], head_fill="F2DCDB", size=10)
    P(d, [("Volgende overleg: ", {"b": True}),
          "dinsdag 15 maart 2022, 13u30, in Luik (onder voorbehoud van de coronamaatregelen)."], before=8)
    save(d, name)

    return {
        "file": name,
        "languages": ["nl"],
        "online": True,
        "interpretation": False,
        "date": "2021-11-25",
        "people": [
            ["Els Peeters", "Present", "ANTWERPEN"],
            ["Kobe Janssens", "Present", "ANTWERPEN"],
            ["An Wouters", "Present", "SCHOTEN"],
            ["Griet Mertens", "Present", "MORTSEL"],
            ["Nathalie Ghysels", "Present", "SPP"],
            ["Hanne Verstraete", "Present", "GENT"],
            ["Tom De Smet", "Present", "GENT"],
            ["Aurélie Lambotte", "Present", "LIEGE"],
            ["Fatima Ait Ouali", "Present", "CHARLEROI"],
            ["Jean-Marc Piron", "Present", "BRUXELLES"],
            ["Bart Van Looy", "Excused", "EDEGEM"],
            ["Yasmina El Khattabi", "Excused", "BRUXELLES"],
        ],
        "agenda": [
            ["", "", "Welkom en goedkeuring vorig verslag"],
            ["", "", "Stand van zaken per OCMW"],
            ["", "", "Nieuwe AMIF-programmaperiode 2021-2027"],
            ["", "", "Tevredenheidsenquête: resultaten"],
            ["", "", "Varia"],
        ],
        "headings": [
            ["1", "Welkom en goedkeuring vorig verslag"],
            ["2", "Stand van zaken per OCMW"],
            ["2.1", "Antwerpen en partnergemeenten"],
            ["2.2", "Gent"],
            ["2.3", "Luik"],
            ["2.4", "Charleroi en Brussel"],
            ["3", "Nieuwe AMIF-programmaperiode 2021-2027"],
            ["4", "Tevredenheidsenquête: resultaten"],
            ["5", "Varia"],
            ["6", "Actiepunten"],
        ],
        "actions": [
            ["Network Contact", ["Nathalie Ghysels"], None, "Nathalie vraagt dit na bij de beheersautoriteit"],
            ["Several Network Contacts", ["Kobe Janssens", "Aurélie Lambotte"], None, "Tevredenheidsenquête vereenvoudigen (pictogrammen, eenvoudige taal)"],
            ["SPP", [], None, "Info over indicatoren nieuwe programmaperiode doorsturen"],
            ["CPAS", [], None, "Cijfers 2021 (deelnemers per module) bezorgen"],
            ["To Be Assigned", [], None, "Uitwisseling rond online lesgeven organiseren"],
            ["Network Contact", ["Els Peeters"], None, "Verslag en presentaties rondsturen naar iedereen"],
            ["CPAS", [], "MORTSEL", "Aanvraag verlenging project Mortsel opvolgen"],
        ],
        "next_meeting": {
            "date": "2022-03-15",
            "text": "Volgende overleg: dinsdag 15 maart 2022, 13u30, in Luik (onder voorbehoud van de coronamaatregelen).",
        },
        "remarks": [
            "Opmerking: het aantal nieuwe deelnemers in Brussel is nog aan te vullen.",
            "Grafiek met de resultaten per OCMW: nog toe te voegen.",
        ],
    }


# ----------------------------------------------------------------------------- 94
def r94():
    """28 Sep 2023. Aurélie Lambotte, CPAS de Liège. FR only (curly apostrophes from Word), in person in
    Liège. Headings A. B. C. bold+underlined in green, people inline grouped per CPAS, agenda table with
    single start times, "À faire" list with the owner after a dash."""
    name = "94_pv_liege_indicateurs_2023.docx"
    d = new_doc("Calibri", 11)
    header_footer(d, ["CPAS de Liège – Mod’ Actions – Projet FAMI"], "PV réunion réseau FAMI – 28/09/2023 – ",
                  page="page ", total=True, head_align="r", foot_align="c", head_italic=True, size=8,
                  head_color="538135")
    P(d, "Procès-verbal de la réunion du réseau FAMI", b=True, size=15, color="538135", after=2)
    P(d, "Jeudi 28 septembre 2023 – L’Échelle des Mots, rue Général Bertrand 35, 4000 Liège", b=True)
    P(d, [("Présent·e·s : ", {"b": True}),
          "Aurélie Lambotte, Claudine Gbambili et Frederic Darras (CPAS de Liège) ; Nathalie Ghysels et Karim "
          "Bensaïd (SPP IS) ; Tom De Smet (CPAS de Gand) ; Fatima Ait Ouali (CPAS de Charleroi) ; Murielle "
          "Stiévenart (CPAS de Binche) ; Kobe Janssens (CPAS d’Anvers) ; Jean-Marc Piron (CPAS de Bruxelles)."],
      align="j")
    P(d, [("Excusé·e·s : ", {"b": True}),
          "Hanne Verstraete (CPAS de Gand), Els Peeters (CPAS d’Anvers), Yasmina El Khattabi (CPAS de "
          "Bruxelles)."], align="j")
    P(d, [("Rédaction : ", {"b": True}), "Aurélie Lambotte"])
    P(d, "Ordre du jour", b=True, after=2)
    T(d, [["Heure", "Point"],
          ["9h30", "Accueil, café"],
          ["10h00", "Tour de table"],
          ["10h45", "Les indicateurs communs du FAMI 2021-2027"],
          ["11h45", "Atelier : les contrats avec les participants"],
          ["12h30", "Repas à la ferme du CPAS"],
          ["13h30", "Divers et clôture"]],
      widths=[2.5, 12.0], head_fill="E2EFD9", size=10)

    GREEN = "538135"

    def H(t):
        P(d, t, b=True, u=True, color=GREEN, before=12, after=4)

    H("A. Accueil")
    P(d, "Aurélie accueille le réseau à L’Échelle des Mots, quatre ans après la dernière rencontre à Liège. "
         "Claudine fait visiter les locaux rénovés. Tour de présentation rapide : plusieurs personnes ont rejoint "
         "le réseau depuis la dernière rencontre en présentiel.", align="j")

    H("B. Tour de table")
    for a, b in [
        ("Gand : ", "3 groupes d’activation linguistique (6 à 10 participants) ; le projet actuel se termine en "
                    "décembre 2023, un nouveau projet a été introduit pour 2024-2027."),
        ("Charleroi et Binche : ", "Activ’Up poursuit ses modules de septembre à juin. Binche a lancé un groupe "
                                   "à Binche même pour éviter les trajets."),
        ("Anvers : ", "42 participants actifs, dont 11 via Schoten, Edegem et Mortsel. Taux de présence moyen : "
                      "[chiffres à venir]"),
        ("Bruxelles : ", "Jean-Marc indique que le parcours d’accueil est désormais obligatoire pour une partie "
                         "des primo-arrivants à Bruxelles, ce qui change le profil des personnes orientées vers le "
                         "projet."),
        ("Liège : ", "4 modules collectifs + accompagnement individuel ; toujours 3 contrats par participant (AS, "
                     "entretien d’admission, responsable de module)."),
    ]:
        P(d, [(a, {"b": True}), b], style="List Bullet")

    H("C. Les indicateurs communs du FAMI 2021-2027")
    P(d, "Nathalie et Karim présentent les indicateurs que le SPP doit rapporter chaque année à partir des "
         "chiffres des CPAS :", after=2)
    for x in ["nombre de participants aux activités de soutien (cours de langue, orientation civique, "
              "accompagnement personnel) ;",
              "nombre de participants aux cours de langue ayant progressé d’au moins un niveau du CECR ;",
              "nombre de participants déclarant que l’activité les a aidés dans leur intégration."]:
        P(d, x, style="List Bullet")
    P(d, "Les CPAS s’inquiètent de la charge de travail : mesurer un niveau CECR demande un test que tous les "
         "projets n’ont pas. Karim va préparer une note explicative sur les indicateurs de résultat, avec des "
         "exemples. Les chiffres restent agrégés : aucun nom de participant n’est transmis au SPP.", align="j")

    H("D. Atelier : les contrats avec les participants")
    P(d, "Claudine présente les trois contrats de Liège et les règles sur le taux de présence et la ponctualité. "
         "Discussion en sous-groupes : faut-il un contrat écrit pour un public peu alphabétisé ? Gand travaille "
         "avec un accord oral et un pictogramme, Charleroi avec une charte signée le premier jour. Tom et Kobe "
         "présenteront leur outil d’évaluation commun à la prochaine réunion.", align="j")

    H("E. Divers")
    P(d, "Frederic montre le film de l’atelier créatif 2023. Le repas a été servi à la ferme du CPAS, merci à "
         "l’équipe !", align="j")
    P(d, "Remarque : les chiffres du CPAS de Bruxelles pour 2023 sont à compléter.", i=True)

    H("F. À faire")
    for x in ["Envoyer le tableau des indicateurs communs complété – chaque CPAS, pour le 31 octobre",
              "Diffuser le modèle de contrat de Liège (version anonymisée) – Claudine",
              "Vérifier la définition de « participant ayant progressé d’au moins un niveau CECR » – SPP IS",
              "Organiser une visite de la ferme pour les AS des antennes – à définir"]:
        P(d, x, style="List Bullet")
    P(d, [("Prochaine réunion : ", {"b": True}), "février 2024, en ligne."], before=10)
    save(d, name)

    return {
        "file": name,
        "languages": ["fr"],
        "online": False,
        "interpretation": False,
        "date": "2023-09-28",
        "people": [
            ["Aurélie Lambotte", "Present", "LIEGE"],
            ["Claudine Gbambili", "Present", "LIEGE"],
            ["Frederic Darras", "Present", "LIEGE"],
            ["Nathalie Ghysels", "Present", "SPP"],
            ["Karim Bensaïd", "Present", "SPP"],
            ["Tom De Smet", "Present", "GENT"],
            ["Fatima Ait Ouali", "Present", "CHARLEROI"],
            ["Murielle Stiévenart", "Present", "BINCHE"],
            ["Kobe Janssens", "Present", "ANTWERPEN"],
            ["Jean-Marc Piron", "Present", "BRUXELLES"],
            ["Hanne Verstraete", "Excused", "GENT"],
            ["Els Peeters", "Excused", "ANTWERPEN"],
            ["Yasmina El Khattabi", "Excused", "BRUXELLES"],
        ],
        "agenda": [
            ["09:30", "", "Accueil, café"],
            ["10:00", "", "Tour de table"],
            ["10:45", "", "Les indicateurs communs du FAMI 2021-2027"],
            ["11:45", "", "Atelier : les contrats avec les participants"],
            ["12:30", "", "Repas à la ferme du CPAS"],
            ["13:30", "", "Divers et clôture"],
        ],
        "headings": [
            ["A", "Accueil"],
            ["B", "Tour de table"],
            ["C", "Les indicateurs communs du FAMI 2021-2027"],
            ["D", "Atelier : les contrats avec les participants"],
            ["E", "Divers"],
            ["F", "À faire"],
        ],
        "actions": [
            ["Network Contact", ["Karim Bensaïd"], None, "Karim va préparer une note explicative"],
            ["Several Network Contacts", ["Tom De Smet", "Kobe Janssens"], None, "Tom et Kobe présenteront leur outil"],
            ["CPAS", [], None, "Envoyer le tableau des indicateurs communs"],
            ["Network Contact", ["Claudine Gbambili"], None, "Diffuser le modèle de contrat de Liège"],
            ["SPP", [], None, "Vérifier la définition de « participant ayant progressé"],
            ["To Be Assigned", [], None, "Organiser une visite de la ferme pour"],
        ],
        "next_meeting": {
            "date": None,
            "text": "Prochaine réunion : février 2024, en ligne.",
        },
        "remarks": [
            "Anvers : 42 participants actifs, dont 11 via Schoten, Edegem et Mortsel. Taux de présence moyen : [chiffres à venir]",
            "Remarque : les chiffres du CPAS de Bruxelles pour 2023 sont à compléter.",
        ],
    }


# ----------------------------------------------------------------------------- 95
def r95():
    """13 Feb 2025. Nathalie Ghysels, SPP IS. FR then NL paragraph by paragraph (NL in blue), online
    (Webex) with simultaneous interpretation. Heading 1 with typed Roman numbers, people grouped per
    organisation, agenda as tab lines with ranges, actions with the owner before a colon."""
    name = "95_rencontre_webex_rgpd_2025.docx"
    d = new_doc("Arial", 10)
    heading_style(d, 1, font="Arial", size=12, color="1F3864")
    header_footer(d, ["Vers une politique de migration plus intégrée, grâce au FAMI  |  Naar een geïntegreerd "
                      "migratiebeleid, dankzij het AMIF"], "SPP Intégration sociale | POD Maatschappelijke "
                  "Integratie – ", page="p. ", head_align="c", foot_align="r", size=7.5, head_color="1F3864")
    NL = {"color": "2E74B5"}
    P(d, "Rapport rencontre CPAS – Verslag bijeenkomst OCMW’s", b=True, size=14, align="c", after=2)
    P(d, "13 février 2025 – 13 februari 2025", b=True, align="c", after=0)
    P(d, "Webex, avec interprétation simultanée FR-NL / met simultaanvertaling FR-NL", align="c", i=True)

    P(d, "Présents / Aanwezig", b=True, u=True, before=6, after=2)
    for org, names in [
        ("SPP IS / POD MI : ", "Nathalie Ghysels (rapport / verslag), Karim Bensaïd"),
        ("CPAS de Gand / OCMW Gent : ", "Tom De Smet, Hanne Verstraete"),
        ("CPAS de Liège / OCMW Luik : ", "Aurélie Lambotte"),
        ("CPAS de Charleroi / OCMW Charleroi : ", "Fatima Ait Ouali, Vincent Dupuis"),
        ("CPAS d’Anvers / OCMW Antwerpen : ", "Kobe Janssens"),
        ("CPAS de Schoten / OCMW Schoten : ", "An Wouters"),
        ("CPAS de Bruxelles / OCMW Brussel : ", "Yasmina El Khattabi"),
        ("Interprètes / Tolken : ", "Ellen Verhaegen, Pierre Collard"),
    ]:
        P(d, [(org, {"b": True}), names], after=0)
    P(d, [("Excusés / Verontschuldigd : ", {"b": True}),
          "Claudine Gbambili (CPAS de Liège), Griet Mertens (OCMW Mortsel)"], before=4)

    P(d, "Ordre du jour / Agenda", b=True, u=True, before=6, after=2)
    for t, a in [("9h30 – 9h45", "Accueil et tests techniques / Onthaal en technische test"),
                 ("9h45 – 10h30", "Rapport annuel 2024 : indicateurs / Jaarverslag 2024: indicatoren"),
                 ("10h30 – 10h40", "Pause / Pauze"),
                 ("10h40 – 11h30", "Conservation des documents et RGPD / Bewaring van documenten en AVG"),
                 ("11h30 – 12h00", "Enquête de satisfaction multilingue / Meertalige tevredenheidsenquête"),
                 ("12h00 – 12h15", "Divers / Varia")]:
        P(d, t + "\t" + a, tabs=[3.0], after=0)

    def fr_nl(fr, nl):
        P(d, fr, align="j", after=2)
        P(d, nl, align="j", **NL)

    d.add_heading("I. Accueil / Onthaal", level=1)
    fr_nl("Nathalie souhaite la bienvenue et rappelle les consignes : caméra allumée si possible, micro coupé, "
          "choisir le canal de langue dans Webex. Vincent Dupuis revient au projet de Charleroi après trois ans au "
          "service d’insertion socioprofessionnelle ; An Wouters représente à nouveau Schoten.",
          "Nathalie verwelkomt iedereen en herhaalt de afspraken: camera aan indien mogelijk, micro uit, het "
          "taalkanaal kiezen in Webex. Vincent Dupuis keert na drie jaar bij de dienst socio-professionele "
          "inschakeling terug naar het project van Charleroi; An Wouters vertegenwoordigt opnieuw Schoten.")

    d.add_heading("II. Rapport annuel 2024 : indicateurs / Jaarverslag 2024: indicatoren", level=1)
    fr_nl("Karim présente la synthèse des chiffres 2024 transmis par les CPAS (chiffres provisoires). Au total, 486 "
          "participants ont pris part à une activité de soutien, dont 301 à des cours ou ateliers de langue. 118 "
          "participants aux cours de langue ont progressé d’au moins un niveau CECR ; ce chiffre est probablement "
          "sous-estimé, car tous les CPAS ne testent pas systématiquement. 72 % des répondants à l’enquête "
          "déclarent que l’activité les a aidés dans leur intégration.",
          "Karim stelt de synthese voor van de cijfers 2024 die de OCMW’s bezorgden (voorlopige cijfers). In "
          "totaal namen 486 deelnemers deel aan een ondersteunende activiteit, waarvan 301 aan taallessen of "
          "taalateliers. 118 deelnemers aan taallessen gingen minstens één ERK-niveau vooruit; dat cijfer is "
          "wellicht een onderschatting, omdat niet alle OCMW’s systematisch testen. 72 % van de respondenten zegt "
          "dat de activiteit hun integratie heeft geholpen.")
    P(d, "Remarque / Opmerking : les chiffres 2024 de Bruxelles sont encore à compléter / de cijfers 2024 van "
         "Brussel moeten nog aangevuld worden.", i=True, color="C00000")

    d.add_heading("III. Conservation des documents et RGPD / Bewaring van documenten en AVG", level=1)
    fr_nl("Karim rappelle les règles : les documents d’une opération financée par le FAMI doivent être conservés "
          "cinq ans à partir du 31 décembre de l’année du dernier paiement (art. 82 du règlement (UE) 2021/1060). "
          "En même temps, le RGPD impose de ne pas garder les données personnelles plus longtemps que nécessaire, "
          "et chaque participant peut demander à voir les données qui le concernent. Chaque CPAS reste seul "
          "responsable des données de ses participants. Piste discutée : conserver les pièces justificatives "
          "(listes de présence, contrats), mais supprimer les notes de suivi détaillées à la fin du trajet.",
          "Karim herhaalt de regels: de documenten van een door het AMIF gefinancierde verrichting moeten vijf jaar "
          "bewaard worden vanaf 31 december van het jaar van de laatste betaling (art. 82 van Verordening (EU) "
          "2021/1060). Tegelijk mogen persoonsgegevens volgens de AVG niet langer dan nodig bewaard worden, en elke "
          "deelnemer kan vragen om de gegevens over hem of haar in te kijken. Elk OCMW blijft als enige "
          "verantwoordelijk voor de gegevens van zijn deelnemers. Besproken piste: de bewijsstukken "
          "(aanwezigheidslijsten, contracten) bewaren, maar de gedetailleerde opvolgingsnota’s aan het einde van "
          "het traject verwijderen.")

    d.add_heading("IV. Enquête de satisfaction multilingue / Meertalige tevredenheidsenquête", level=1)
    fr_nl("Yasmina et Tom présentent la version en pictogrammes testée à Bruxelles et à Gand. Elle existe en "
          "français, néerlandais, anglais, arabe et dari. Les participants la remplissent plus vite et posent moins "
          "de questions. Plusieurs CPAS demandent d’ajouter l’ukrainien et le pachto.",
          "Yasmina en Tom stellen de pictogrammenversie voor die in Brussel en Gent getest werd. Ze bestaat in het "
          "Frans, Nederlands, Engels, Arabisch en Dari. De deelnemers vullen ze sneller in en stellen minder "
          "vragen. Meerdere OCMW’s vragen om het Oekraïens en het Pasjtoe toe te voegen.")

    d.add_heading("V. Divers / Varia", level=1)
    fr_nl("Fatima invite le réseau à venir voir le nouvel atelier de réparation de vélos d’Activ’Up.",
          "Fatima nodigt het netwerk uit om het nieuwe fietsherstelatelier van Activ’Up te komen bekijken.")

    d.add_heading("VI. Actions / Actiepunten", level=1)
    for a, b, c in [
        ("SPP IS : ", "envoyer le modèle de tableau des indicateurs 2025", " / POD MI: de sjabloon voor de "
                                                                          "indicatoren 2025 versturen"),
        ("Tous les CPAS : ", "vérifier leurs règles d’archivage (5 ans à partir du 31 décembre de l’année du "
                             "dernier paiement)", " / Alle OCMW’s: hun archiefregels nakijken"),
        ("Karim : ", "transmettre la note sur la conservation des données", " / de nota over de bewaring van "
                                                                            "gegevens bezorgen"),
        ("Yasmina et Tom : ", "finaliser la version en pictogrammes de l’enquête", " / de pictogrammenversie van "
                                                                                   "de enquête afwerken"),
        ("CPAS de Charleroi : ", "proposer une date pour une visite de l’atelier vélo", " / OCMW Charleroi: een "
                                 "datum voorstellen voor een bezoek aan het fietsatelier"),
        ("À définir : ", "traduction de l’enquête en ukrainien et en pachto", " / Nog te bepalen: vertaling van "
                                                                             "de enquête in het Oekraïens en "
                                                                             "Pasjtoe"),
    ]:
        P(d, [(a, {"b": True}), b, (c, NL)], style="List Bullet")
    P(d, [("Prochaine rencontre / Volgende bijeenkomst : ", {"b": True}),
          "jeudi 12 juin 2025 à Gand / donderdag 12 juni 2025 in Gent"], before=10)
    save(d, name)

    return {
        "file": name,
        "languages": ["fr", "nl"],
        "online": True,
        "interpretation": True,
        "date": "2025-02-13",
        "people": [
            ["Nathalie Ghysels", "Present", "SPP"],
            ["Karim Bensaïd", "Present", "SPP"],
            ["Tom De Smet", "Present", "GENT"],
            ["Hanne Verstraete", "Present", "GENT"],
            ["Aurélie Lambotte", "Present", "LIEGE"],
            ["Fatima Ait Ouali", "Present", "CHARLEROI"],
            ["Vincent Dupuis", "Present", "CHARLEROI"],
            ["Kobe Janssens", "Present", "ANTWERPEN"],
            ["An Wouters", "Present", "SCHOTEN"],
            ["Yasmina El Khattabi", "Present", "BRUXELLES"],
            ["Ellen Verhaegen", "Present", None],
            ["Pierre Collard", "Present", None],
            ["Claudine Gbambili", "Excused", "LIEGE"],
            ["Griet Mertens", "Excused", "MORTSEL"],
        ],
        "agenda": [
            ["09:30", "09:45", "Accueil et tests techniques / Onthaal en technische test"],
            ["09:45", "10:30", "Rapport annuel 2024 : indicateurs / Jaarverslag 2024: indicatoren"],
            ["10:30", "10:40", "Pause / Pauze"],
            ["10:40", "11:30", "Conservation des documents et RGPD / Bewaring van documenten en AVG"],
            ["11:30", "12:00", "Enquête de satisfaction multilingue / Meertalige tevredenheidsenquête"],
            ["12:00", "12:15", "Divers / Varia"],
        ],
        "headings": [
            ["I", "Accueil / Onthaal"],
            ["II", "Rapport annuel 2024 : indicateurs / Jaarverslag 2024: indicatoren"],
            ["III", "Conservation des documents et RGPD / Bewaring van documenten en AVG"],
            ["IV", "Enquête de satisfaction multilingue / Meertalige tevredenheidsenquête"],
            ["V", "Divers / Varia"],
            ["VI", "Actions / Actiepunten"],
        ],
        "actions": [
            ["SPP", [], None, "envoyer le modèle de tableau des indicateurs"],
            ["CPAS", [], None, "vérifier leurs règles d’archivage (5 ans"],
            ["Network Contact", ["Karim Bensaïd"], None, "transmettre la note sur la conservation"],
            ["Several Network Contacts", ["Yasmina El Khattabi", "Tom De Smet"], None, "finaliser la version en pictogrammes de l’enquête"],
            ["CPAS", [], "CHARLEROI", "proposer une date pour une visite"],
            ["To Be Assigned", [], None, "traduction de l’enquête en ukrainien et"],
        ],
        "next_meeting": {
            "date": "2025-06-12",
            "text": "Prochaine rencontre / Volgende bijeenkomst : jeudi 12 juin 2025 à Gand / donderdag 12 juni 2025 in Gent",
        },
        "remarks": [
            "Remarque / Opmerking : les chiffres 2024 de Bruxelles sont encore à compléter / de cijfers 2024 van Brussel moeten nog aangevuld worden.",
        ],
    }


# ----------------------------------------------------------------------------- 96
def r96():
    """20 Jan 2026. Sofie Claes, POD MI. NL report with a French summary, in person at the POD. Heading 1 /
    Heading 2 with typed numbers (1., 2.1), people as a bullet list, agenda lines "10.00 – 10.15: ...",
    actions in the running text (present tense) and a "Te doen:" list with the owner in brackets."""
    name = "96_netwerk_pod_evaluatie_2026.docx"
    d = new_doc("Calibri", 11)
    heading_style(d, 1, font="Calibri", size=13, color="7030A0")
    heading_style(d, 2, font="Calibri", size=11, color="7030A0")
    header_footer(d, ["POD Maatschappelijke Integratie – AMIF-netwerk OCMW's"],
                  "Verslag 20/01/2026 – versie 1 (ontwerp) – ", page="", head_align="l", foot_align="r",
                  head_italic=False, size=8, head_color="7030A0")
    P(d, "Verslag netwerkbijeenkomst AMIF", b=True, size=16, color="7030A0", after=2)
    P(d, "Dinsdag 20 januari 2026, 10.00 – 13.00 u", after=0)
    P(d, "POD Maatschappelijke Integratie, Koning Albert II-laan 30, 1000 Brussel", after=0)
    P(d, "Verslag: Sofie Claes", i=True)
    P(d, "Aanwezig:", b=True, after=0)
    for x in ["Sofie Claes (POD MI)", "Nathalie Ghysels (POD MI)", "Tom De Smet (OCMW Gent)",
              "Aurélie Lambotte (OCMW Luik)", "Vincent Dupuis (OCMW Charleroi)", "Murielle Stiévenart (OCMW Binche)",
              "Kobe Janssens (OCMW Antwerpen)", "Bart Van Looy (OCMW Edegem)", "Yasmina El Khattabi (OCMW Brussel)"]:
        P(d, x, style="List Bullet")
    P(d, [("Verontschuldigd: ", {"b": True}), "Hanne Verstraete (OCMW Gent) en Fatima Ait Ouali (OCMW Charleroi)"],
      before=4)
    P(d, "Agenda", b=True, after=0)
    for x in ["10.00 – 10.15: Welkom en voorstelling nieuwe collega's",
              "10.15 – 11.15: Evaluatie van de projecten: wat werkt, wat kan beter",
              "11.15 – 11.30: Pauze",
              "11.30 – 12.15: Bewaring van projectdocumenten en persoonsgegevens",
              "12.15 – 12.45: Planning 2026"]:
        P(d, x, after=0)

    d.add_heading("1. Welkom", level=1)
    P(d, "Nathalie opent de bijeenkomst en stelt Sofie Claes voor, die vanaf januari de coördinatie van het "
         "netwerk overneemt. Nathalie blijft tot de zomer betrokken voor de afsluiting van de oude projecten. Er "
         "is geen tolk voorzien: de presentaties zijn tweetalig en de Franstalige collega's kunnen in het Frans "
         "tussenkomen. Ook Bart Van Looy (Edegem) is nieuw in het netwerk.", align="j")

    d.add_heading("2. Evaluatie van de projecten", level=1)
    P(d, "Sofie vraagt elk OCMW wat de voorbije jaren het best werkte en wat beter kan, ter voorbereiding van de "
         "tussentijdse evaluatie van het programma.", align="j")
    d.add_heading("2.1 Wat werkt", level=2)
    for x in ["intensief werken met de deelnemers, liefst bijna elke dag van de week (Charleroi, Luik)",
              "de band tussen begeleiders en deelnemers en tussen deelnemers onderling; op het einde van een "
              "module is er vaak een echte groepsgeest",
              "het intakegesprek waarin de noden van de deelnemer centraal staan (Luik, Gent)",
              "de vereenvoudigde tevredenheidsenquête met pictogrammen"]:
        P(d, x, style="List Bullet")
    d.add_heading("2.2 Wat kan beter", level=2)
    for x in ["communicatie met de deelnemers bij gewijzigde uurroosters of afgelaste lessen",
              "evenwichtige uurroosters tussen oude en nieuwe deelnemers",
              "activiteiten vroeger plannen: de administratieve procedures worden steeds langer",
              "geen verplichte activiteiten rond gevoelige thema's zoals seksualiteit of partnergeweld"]:
        P(d, x, style="List Bullet")
    P(d, "Kobe stuurt de nieuwe planningstool van Antwerpen door, waarmee wijzigingen per sms aan de deelnemers "
         "worden gemeld.", align="j", before=4)
    P(d, "Opmerking: de evaluatiecijfers van Charleroi en Binche zijn nog aan te vullen.", i=True, color="C00000")

    d.add_heading("3. Bewaring van documenten en persoonsgegevens", level=1)
    P(d, "Nathalie herhaalt de regels die in februari 2025 werden besproken: de projectdocumenten worden vijf jaar "
         "bewaard vanaf 31 december van het jaar van de laatste betaling (art. 82 Verordening (EU) 2021/1060), "
         "maar persoonsgegevens niet langer dan nodig (AVG, art. 5). Murielle vraagt wat er moet gebeuren met de "
         "dossiers van deelnemers uit de periode 2014-2020. Het POD bezorgt een checklist met de bewaartermijnen "
         "per type document. Elk OCMW gaat na welke persoonsgegevens van afgesloten trajecten nog bewaard "
         "worden.", align="j")
    P(d, "[bijlage: presentatie POD – nog toe te voegen]", color="7F7F7F")

    d.add_heading("4. Planning 2026", level=1)
    P(d, "Voorstel: drie bijeenkomsten in 2026 (voorjaar in Brussel, najaar in Luik, een online bijeenkomst in "
         "december). Iedereen gaat akkoord.", align="j")
    P(d, "Te doen:", after=0)
    for x in ["datum en locatie van de voorjaarsbijeenkomst vastleggen (Yasmina en Sofie)",
              "oriëntatiebalans van Luik vertalen naar het Nederlands (OCMW Luik)",
              "opleiding voor maatschappelijk werkers over doorverwijzing: trekker nog te bepalen"]:
        P(d, x, style="List Bullet")
    P(d, [("Volgende bijeenkomst: ", {"b": True}), "voorjaar 2026 in Brussel (OCMW Brussel), datum volgt."],
      before=8)

    d.add_heading("Résumé en français", level=1)
    P(d, "Sofie Claes (SPP IS) reprend la coordination du réseau à partir de janvier 2026. Les CPAS ont fait le "
         "bilan de ce qui fonctionne (travail intensif avec le public, liens entre participants et équipes, "
         "entretien d'admission centré sur les besoins, enquête en pictogrammes) et de ce qui peut être amélioré "
         "(communication sur les changements d'horaire, planification plus précoce, pas d'activités obligatoires "
         "sur des sujets sensibles). Le SPP rappelle les règles de conservation des documents (5 ans) et le RGPD. "
         "Les actions sont reprises dans le texte néerlandais (points 2 à 4).", align="j", i=True)
    save(d, name)

    return {
        "file": name,
        "languages": ["nl", "fr"],
        "online": False,
        "interpretation": False,
        "date": "2026-01-20",
        "people": [
            ["Sofie Claes", "Present", "SPP"],
            ["Nathalie Ghysels", "Present", "SPP"],
            ["Tom De Smet", "Present", "GENT"],
            ["Aurélie Lambotte", "Present", "LIEGE"],
            ["Vincent Dupuis", "Present", "CHARLEROI"],
            ["Murielle Stiévenart", "Present", "BINCHE"],
            ["Kobe Janssens", "Present", "ANTWERPEN"],
            ["Bart Van Looy", "Present", "EDEGEM"],
            ["Yasmina El Khattabi", "Present", "BRUXELLES"],
            ["Hanne Verstraete", "Excused", "GENT"],
            ["Fatima Ait Ouali", "Excused", "CHARLEROI"],
        ],
        "agenda": [
            ["10:00", "10:15", "Welkom en voorstelling nieuwe collega's"],
            ["10:15", "11:15", "Evaluatie van de projecten: wat werkt, wat kan beter"],
            ["11:15", "11:30", "Pauze"],
            ["11:30", "12:15", "Bewaring van projectdocumenten en persoonsgegevens"],
            ["12:15", "12:45", "Planning 2026"],
        ],
        "headings": [
            ["1", "Welkom"],
            ["2", "Evaluatie van de projecten"],
            ["2.1", "Wat werkt"],
            ["2.2", "Wat kan beter"],
            ["3", "Bewaring van documenten en persoonsgegevens"],
            ["4", "Planning 2026"],
            ["", "Résumé en français"],
        ],
        "actions": [
            ["Network Contact", ["Kobe Janssens"], None, "Kobe stuurt de nieuwe planningstool van"],
            ["SPP", [], None, "Het POD bezorgt een checklist met"],
            ["CPAS", [], None, "Elk OCMW gaat na welke persoonsgegevens"],
            ["Several Network Contacts", ["Yasmina El Khattabi", "Sofie Claes"], None, "datum en locatie van de voorjaarsbijeenkomst vastleggen"],
            ["CPAS", [], "LIEGE", "oriëntatiebalans van Luik vertalen naar het Nederlands"],
            ["To Be Assigned", [], None, "opleiding voor maatschappelijk werkers over doorverwijzing"],
        ],
        "next_meeting": {
            "date": None,
            "text": "Volgende bijeenkomst: voorjaar 2026 in Brussel (OCMW Brussel), datum volgt.",
        },
        "remarks": [
            "Opmerking: de evaluatiecijfers van Charleroi en Binche zijn nog aan te vullen.",
            "[bijlage: presentatie POD – nog toe te voegen]",
        ],
    }


# ----------------------------------------------------------------------------- main
REPORTS = [r87, r88, r89, r90, r91, r92, r93, r94, r95, r96]


def main():
    docx_only = "--docx-only" in sys.argv
    for f in REPORTS:
        exp = f()
        jpath = os.path.join(HERE, exp["file"][: -len(".docx")] + ".expected.json")
        if docx_only or os.path.exists(jpath):
            print("docx", exp["file"], "(expected kept)" if os.path.exists(jpath) else "")
            continue
        with open(jpath, "w", encoding="utf-8") as fh:
            json.dump(exp, fh, indent=1, ensure_ascii=False)
            fh.write("\n")
        print("docx+json", exp["file"])


if __name__ == "__main__":
    main()
