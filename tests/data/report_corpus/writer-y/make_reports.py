# -*- coding: utf-8 -*-
"""Ten meeting reports of the AMIF/FAMI network (257-266), each written as one secretary of the
network would write it in Word, with the list of what each report says, typed from the report."""
import json
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

GREY = RGBColor(0x59, 0x59, 0x59)
BLUE = RGBColor(0x1F, 0x4E, 0x79)
RED = RGBColor(0xC0, 0x00, 0x00)
GREEN = RGBColor(0x37, 0x56, 0x23)


# ----------------------------------------------------------------------------------------- helpers
def new_doc(font=None, size=None, margins=None):
    doc = Document()
    if font or size:
        st = doc.styles["Normal"]
        if font:
            st.font.name = font
            st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
        if size:
            st.font.size = Pt(size)
    sec = doc.sections[0]
    sec.page_height = Cm(29.7)
    sec.page_width = Cm(21.0)
    m = margins or (2.5, 2.5, 2.5, 2.5)
    sec.top_margin, sec.bottom_margin, sec.left_margin, sec.right_margin = [Cm(x) for x in m]
    return doc


def P(doc, parts="", style=None, align=None, size=None, color=None, bold=None, italic=None,
      space_after=None, indent=None):
    """parts: a string or a list of (text, fmt) where fmt is a string of flags b/i/u."""
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    if isinstance(parts, str):
        parts = [(parts, "")]
    for text, fmt in parts:
        r = p.add_run(text)
        if "b" in fmt or bold:
            r.bold = True
        if "i" in fmt or italic:
            r.italic = True
        if "u" in fmt:
            r.underline = True
        if size:
            r.font.size = Pt(size)
        if color is not None:
            r.font.color.rgb = color
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "j":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    if indent is not None:
        p.paragraph_format.left_indent = Cm(indent)
    return p


def cell_write(cell, text, bold=False, italic=False, size=None, color=None, shade=None):
    cell.text = ""
    lines = text.split("\n") if isinstance(text, str) else text
    for i, line in enumerate(lines):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if color is not None:
            r.font.color.rgb = color
    if shade:
        tcPr = cell._tc.get_or_add_tcPr()
        shd = OxmlElement("w:shd")
        shd.set(qn("w:val"), "clear")
        shd.set(qn("w:color"), "auto")
        shd.set(qn("w:fill"), shade)
        tcPr.append(shd)


def table(doc, rows, header=True, style="Table Grid", widths=None, size=None, shade="D9E2F3"):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    if style:
        t.style = doc.styles[style]
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            cell_write(t.rows[i].cells[j], val, bold=(header and i == 0), size=size,
                       shade=(shade if header and i == 0 else None))
    if widths:
        t.autofit = False
        for j, w in enumerate(widths):
            t.columns[j].width = Cm(w)
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    return t


def add_field(run, instr):
    f1 = OxmlElement("w:fldChar")
    f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = instr
    f2 = OxmlElement("w:fldChar")
    f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t")
    t.text = "1"
    f3 = OxmlElement("w:fldChar")
    f3.set(qn("w:fldCharType"), "end")
    for el in (f1, it, f2, t, f3):
        run._r.append(el)


def footer_page(doc, text, size=8, align="r"):
    ft = doc.sections[0].footer
    p = ft.paragraphs[0]
    p.text = ""
    r = p.add_run(text)
    r.font.size = Pt(size)
    r2 = p.add_run()
    r2.font.size = Pt(size)
    add_field(r2, "PAGE")
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT if align == "r" else WD_ALIGN_PARAGRAPH.CENTER


def header_lines(doc, lines, size=8, align="l", italic=False, color=None):
    hd = doc.sections[0].header
    first = True
    for line in lines:
        p = hd.paragraphs[0] if first else hd.add_paragraph()
        first = False
        r = p.add_run(line)
        r.font.size = Pt(size)
        r.italic = italic
        if color is not None:
            r.font.color.rgb = color
        if align == "r":
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif align == "c":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER


def spp_header(doc):
    header_lines(doc, [TAG_NL, TAG_FR], size=8, italic=True, color=GREY)
    hd = doc.sections[0].header
    p = hd.add_paragraph()
    r = p.add_run("POD | Maatschappelijke Integratie\tSPP | Intégration Sociale")
    r.font.size = Pt(8)
    r.bold = True


def H(doc, text, level=1, color=None):
    h = doc.add_heading(text, level=level)
    if color is not None:
        for r in h.runs:
            r.font.color.rgb = color
    return h


def save(doc, fname, exp):
    doc.save(os.path.join(HERE, fname))
    base = fname[: -len(".docx")]
    keys = ["file", "languages", "online", "interpretation", "date", "people", "agenda", "headings",
            "actions", "next_meeting", "remarks"]
    exp = dict(exp)
    exp["file"] = fname
    out = {k: exp[k] for k in keys}
    with open(os.path.join(HERE, base + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=2)
        f.write("\n")
    return out


# ============================================================================================ 257
def r257():
    """SPP IS, attachée (Sophie Lambotte), 2016. Classic French PV: header/footer, people and agenda
    in grid tables, Heading 1/2 with typed numbers, a final action table (N°/Action/Responsable)."""
    fname = "257_pv_reunion_reseau_bruxelles_oct2016.docx"
    doc = new_doc(font="Calibri", size=11)
    header_lines(doc, ["SPP Intégration Sociale – Cellule FAMI", TAG_FR], size=8, color=GREY)
    footer_page(doc, "PV réunion du réseau FAMI – 20/10/2016 – p. ")

    P(doc, [("PROCÈS-VERBAL", "b")], align="c", size=14, space_after=0)
    P(doc, [("Réunion du réseau des CPAS – projets FAMI", "b")], align="c", size=12, space_after=0)
    P(doc, "Jeudi 20 octobre 2016, de 9h30 à 12h30", align="c")
    P(doc, "SPP Intégration Sociale, boulevard du Roi Albert II 30, 1000 Bruxelles – salle 3B", align="c",
      italic=True)

    P(doc, [("Présents", "b")], space_after=2)
    table(doc, [
        ["Nom", "Institution"],
        ["Sophie Lambotte", "SPP Intégration Sociale (PV)"],
        ["Pieter Claeys", "SPP Intégration Sociale"],
        ["Griet Vermeulen", "CPAS de Gand"],
        ["Marie-Claire Hansen", "CPAS de Liège"],
        ["Fabienne Lecomte", "CPAS de Charleroi"],
        ["Christophe Baudour", "CPAS de Binche"],
        ["Nadia Boukhari", "CPAS d'Anvers"],
        ["Olivier Vanderstraeten", "CPAS de Bruxelles"],
    ], widths=[6, 9])
    P(doc, "")
    P(doc, [("Excusés : ", "b"), ("M. Karim Benali (CPAS de Liège), Mme Els Peeters (CPAS d'Anvers)", "")])

    P(doc, [("Ordre du jour", "b")], space_after=2)
    agenda = [
        ("9h30 – 10h00", "Accueil et café"),
        ("10h00 – 10h45", "Tour de table : état d'avancement des projets FAMI"),
        ("10h45 – 11h30", "Le rapportage annuel et les indicateurs"),
        ("11h30 – 12h15", "Le recrutement des participants : échange de pratiques"),
        ("12h15 – 12h30", "Divers et prochaine réunion"),
    ]
    table(doc, [["Heure", "Point"]] + [list(a) for a in agenda], widths=[3.5, 11.5])
    P(doc, "")

    H(doc, "1. Accueil et tour de table", 1)
    P(doc, "Sophie Lambotte souhaite la bienvenue aux participants et rappelle que le réseau se réunit "
           "pour la troisième fois depuis le lancement des projets FAMI. Chaque CPAS présente brièvement "
           "l'état d'avancement de son projet.", align="j")
    P(doc, [("Gand : ", "b"), ("le projet a démarré en septembre avec quatre groupes de douze participants. "
            "Les médiateurs interculturels assurent l'accueil en arabe, en dari et en somali.", "")], align="j")
    P(doc, [("Liège : ", "b"), ("Marie-Claire Hansen présente le projet en l'absence de Karim Benali. Les "
            "entretiens d'admission se font en binôme avec l'assistant social de l'antenne. Un bilan "
            "d'orientation est rédigé pour chaque nouveau participant.", "")], align="j")
    P(doc, [("Charleroi et Binche : ", "b"), ("le module 2 a débuté le 12 septembre. Binche rejoint le "
            "projet de Charleroi comme CPAS partenaire à partir de ce module.", "")], align="j")
    P(doc, [("Anvers : ", "b"), ("les ateliers collectifs ont lieu deux fois par semaine ; le coaching "
            "individuel est proposé toutes les deux semaines.", "")], align="j")
    P(doc, [("Bruxelles : ", "b"), ("le recrutement est plus lent que prévu ; le projet compte 38 participants "
            "inscrits.", "")], align="j")

    H(doc, "2. Rapportage annuel et indicateurs", 1)
    P(doc, "Pieter Claeys présente le calendrier du rapportage. Le rapport annuel porte sur l'année civile "
           "et doit reprendre le nombre de participants par activité (cours de langue, orientation "
           "civique, accompagnement individuel). La date limite de dépôt auprès de la Commission est "
           "encore à confirmer. Les CPAS demandent un modèle commun afin que les chiffres soient "
           "comparables.", align="j")
    P(doc, "Il est décidé que les participants qui abandonnent avant la fin du module seront comptés "
           "séparément.", align="j")

    H(doc, "3. Recrutement des participants", 1)
    H(doc, "3.1 Charleroi et Binche", 2)
    P(doc, "Le CPAS de Charleroi a constitué, avec l'observatoire local, un listing de bénéficiaires "
           "potentiels : plus de 1000 personnes répertoriées ; 315 ont été retenues par les assistants "
           "sociaux pour le module 1 et 199 pour le module 2. Les personnes retenues sont invitées à une "
           "séance d'information : 110 sur 315 sont venues (35 %) pour le module 1, 60 sur 199 (30 %) "
           "pour le module 2. Pour Binche, le nombre d'invitations envoyées est de 64 "
           "[chiffres de Binche à compléter].", align="j")
    H(doc, "3.2 Gand", 2)
    P(doc, "À Gand, ce sont les maatschappelijk werkers des antennes qui orientent directement les "
           "clients vers le projet. Griet Vermeulen souligne l'importance de présenter le projet "
           "régulièrement lors des réunions d'équipe des antennes sociales. Nadia Boukhari confirme "
           "qu'Anvers travaille de la même façon.", align="j")

    H(doc, "4. Divers", 1)
    P(doc, "Olivier Vanderstraeten signale que plusieurs participants ne comprennent pas l'enquête de "
           "satisfaction (termes trop abstraits). Le point sera rediscuté lors de la prochaine réunion.",
      align="j")
    nm = "Prochaine réunion : le jeudi 9 février 2017 à 9h30, au CPAS de Charleroi."
    P(doc, [(nm, "b")])

    H(doc, "5. Tableau des actions", 1)
    table(doc, [
        ["N°", "Action", "Responsable", "Échéance"],
        ["1", "Envoyer le modèle de rapport annuel aux CPAS", "SPP", "04/11/2016"],
        ["2", "Transmettre les chiffres de recrutement du module 2", "Chaque CPAS", "18/11/2016"],
        ["3", "Partager la grille d'entretien d'admission avec Gand et Anvers", "Marie-Claire Hansen",
         "30/11/2016"],
        ["4", "Présenter le listing de bénéficiaires à la prochaine réunion", "CPAS Charleroi",
         "09/02/2017"],
        ["5", "Organiser une visite du projet de Gand pour les CPAS wallons",
         "G. Vermeulen / N. Boukhari", "à convenir"],
        ["6", "Traduire l'enquête de satisfaction en arabe et en dari", "à définir", "—"],
    ], widths=[1, 8.5, 3.5, 2.5], size=10)
    P(doc, "")
    P(doc, "PV rédigé par Sophie Lambotte, SPP IS.", italic=True, size=9, color=GREY)

    return save(doc, fname, {
        "languages": ["fr"], "online": False, "interpretation": False, "date": "2016-10-20",
        "people": [
            ["Sophie Lambotte", "Present", "SPP"],
            ["Pieter Claeys", "Present", "SPP"],
            ["Griet Vermeulen", "Present", "GENT"],
            ["Marie-Claire Hansen", "Present", "LIEGE"],
            ["Fabienne Lecomte", "Present", "CHARLEROI"],
            ["Christophe Baudour", "Present", "BINCHE"],
            ["Nadia Boukhari", "Present", "ANTWERPEN"],
            ["Olivier Vanderstraeten", "Present", "BRUXELLES"],
            ["Karim Benali", "Excused", "LIEGE"],
            ["Els Peeters", "Excused", "ANTWERPEN"],
        ],
        "agenda": [
            ["09:30", "10:00", "Accueil et café"],
            ["10:00", "10:45", "Tour de table : état d'avancement des projets FAMI"],
            ["10:45", "11:30", "Le rapportage annuel et les indicateurs"],
            ["11:30", "12:15", "Le recrutement des participants : échange de pratiques"],
            ["12:15", "12:30", "Divers et prochaine réunion"],
        ],
        "headings": [
            ["1", "Accueil et tour de table"],
            ["2", "Rapportage annuel et indicateurs"],
            ["3", "Recrutement des participants"],
            ["3.1", "Charleroi et Binche"],
            ["3.2", "Gand"],
            ["4", "Divers"],
            ["5", "Tableau des actions"],
        ],
        "actions": [
            ["SPP", [], None, "Envoyer le modèle de rapport annuel aux CPAS"],
            ["CPAS", [], None, "Transmettre les chiffres de recrutement du module 2"],
            ["Network Contact", ["Marie-Claire Hansen"], None, "Partager la grille d'entretien d'admission"],
            ["CPAS", [], "CHARLEROI", "Présenter le listing de bénéficiaires"],
            ["Several Network Contacts", ["Griet Vermeulen", "Nadia Boukhari"], None,
             "Organiser une visite du projet de Gand"],
            ["To Be Assigned", [], None, "Traduire l'enquête de satisfaction en arabe"],
        ],
        "next_meeting": {"date": "2017-02-09", "text": nm},
        "remarks": ["[chiffres de Binche à compléter]"],
    })


# ============================================================================================ 258
def r258():
    """OCMW Gent, projectcoördinator (Griet Vermeulen), 2017. Dutch only. Title style, bulleted people
    with dashes, agenda in Word's automatic List Number with '9u30 – 10u00' and a tab, headings as
    bold underlined lines with typed numbers, arrows '→ Actie ...' in the text and a short summary
    of the same agreements at the end."""
    fname = "258_verslag_netwerkdag_gent_maart2017.docx"
    doc = new_doc(font="Arial", size=10)
    header_lines(doc, ["OCMW Gent – Dienst Samenleven – AMIF-project 'Samen Op Weg'"], size=8,
                 align="r", color=GREY)
    footer_page(doc, "Verslag netwerkdag 09.03.2017 – blz. ", align="c")

    doc.add_paragraph("Verslag AMIF-netwerkdag", style="Title")
    P(doc, [("Datum: ", "b"), ("donderdag 9 maart 2017, 9u30 – 15u00", "")], space_after=0)
    P(doc, [("Plaats: ", "b"), ("Ontmoetingscentrum De Loods, Gent", "")], space_after=0)
    P(doc, [("Verslag: ", "b"), ("Griet Vermeulen", "")])

    P(doc, [("Aanwezig:", "b")], space_after=0)
    for line in ["Griet Vermeulen – OCMW Gent (verslag)",
                 "Bart De Wilde – OCMW Gent",
                 "Yasmina El Idrissi – OCMW Gent, interculturele bemiddelaar",
                 "Pieter Claeys – POD MI",
                 "Els Peeters – OCMW Antwerpen",
                 "Sanne Wuyts – OCMW Schoten",
                 "Karim Benali – OCMW Luik",
                 "Olivier Vanderstraeten – OCMW Brussel"]:
        P(doc, line, style="List Bullet", space_after=0)
    P(doc, [("Verontschuldigd:", "b")], space_after=0)
    for line in ["Fabienne Lecomte – OCMW Charleroi", "Sophie Lambotte – POD MI"]:
        P(doc, line, style="List Bullet", space_after=0)
    P(doc, "")

    P(doc, [("Agenda", "b")], space_after=0)
    agenda = [("9u30 – 10u00", "Onthaal en koffie"),
              ("10u00 – 11u00", "Voorstelling van het project 'Samen Op Weg'"),
              ("11u00 – 12u00", "Rondleiding in de ateliers"),
              ("12u00 – 13u00", "Broodjeslunch"),
              ("13u00 – 14u30", "Intervisie: intake en oriëntatiebalans"),
              ("14u30 – 15u00", "Varia en afspraken")]
    for t, title in agenda:
        P(doc, t + "\t" + title, style="List Number", space_after=0)
    P(doc, "")

    def kop(text):
        P(doc, [(text, "bu")], space_after=4, color=BLUE)

    kop("1. Voorstelling van het project 'Samen Op Weg'")
    P(doc, "Bart De Wilde stelt het Gentse project voor. De doelgroep zijn nieuwkomers die al lang "
           "leefloon ontvangen en weinig Nederlands spreken. De maatschappelijk werkers van de "
           "sociale diensten verwijzen door; inschrijven kan op elk moment. Er lopen momenteel vier "
           "groepen van maximum twaalf deelnemers.", align="j")
    P(doc, "Het project bestaat uit drie delen: individuele trajectbegeleiding (om de twee weken), "
           "collectieve ateliers (wekelijks: koken, fietsen, computer, taalactivering) en maandelijkse "
           "uitstappen. Yasmina El Idrissi licht toe hoe de interculturele bemiddelaars als sociaal tolk "
           "optreden tijdens de intakegesprekken.", align="j")
    P(doc, "Els Peeters vraagt of de onthaalbrochure ook in andere talen bestaat. Die is in Gent "
           "vertaald naar het Arabisch, Dari en Tigrinya.", align="j")
    P(doc, [("→ Actie: ", "b"), ("Yasmina bezorgt de vertaalde onthaalbrochure aan Antwerpen en Schoten.", "")])
    P(doc, "In Schoten loopt de eerste groep sinds januari (cijfers Schoten nog aan te vullen).", align="j")
    P(doc, [("→ Actie OCMW Schoten: ", "b"), ("cijfers van de eerste groep doorsturen naar Els.", "")])

    kop("2. Rondleiding in de ateliers")
    P(doc, "De deelnemers van het fietsatelier tonen hoe zij een fiets herstellen. In het kookatelier "
           "wordt het middagmaal voor de groep voorbereid. De bezoekers zijn onder de indruk van de "
           "groepssfeer. Karim Benali merkt op dat Luik een gelijkaardig creatief atelier heeft.",
      align="j")

    kop("3. Intervisie: intake en oriëntatiebalans")
    P(doc, "Elke OCMW vertelt hoe het intakegesprek verloopt. In Luik tekent de deelnemer drie "
           "contracten (met de maatschappelijk werker, met de intaker en met de verantwoordelijke van "
           "elke module). In Gent is er één engagementsverklaring. Iedereen vindt het nuttig om een "
           "gemeenschappelijk intakeformulier te hebben, in het Nederlands en het Frans.", align="j")
    P(doc, [("→ Actie: ", "b"), ("Bart en Karim werken een gemeenschappelijk intakeformulier uit (FR/NL).", "")])
    P(doc, "Er wordt beslist om de intervisie twee keer per jaar te herhalen.", align="j")

    kop("4. Varia")
    P(doc, "Pieter Claeys meldt dat het POD de subsidiebrieven voor 2017 intussen verstuurd heeft. De "
           "templates voor de tussentijdse rapportering worden aangepast.", align="j")
    P(doc, [("→ Actie POD: ", "b"), ("de nieuwe templates voor de tussentijdse rapportering rondsturen vóór 1 april.", "")])
    nm = "Volgende bijeenkomst: donderdag 15 juni 2017 in Antwerpen (te bevestigen door Els)."
    P(doc, [(nm, "i")])

    P(doc, [("Samenvatting afspraken", "b")], space_after=0)
    for line in ["Yasmina: onthaalbrochure naar Antwerpen en Schoten",
                 "Schoten: cijfers eerste groep naar Els",
                 "Bart + Karim: gemeenschappelijk intakeformulier FR/NL",
                 "POD: templates tussentijdse rapportering vóór 1 april"]:
        P(doc, line, style="List Bullet", space_after=0)

    return save(doc, fname, {
        "languages": ["nl"], "online": False, "interpretation": False, "date": "2017-03-09",
        "people": [
            ["Griet Vermeulen", "Present", "GENT"],
            ["Bart De Wilde", "Present", "GENT"],
            ["Yasmina El Idrissi", "Present", "GENT"],
            ["Pieter Claeys", "Present", "SPP"],
            ["Els Peeters", "Present", "ANTWERPEN"],
            ["Sanne Wuyts", "Present", "SCHOTEN"],
            ["Karim Benali", "Present", "LIEGE"],
            ["Olivier Vanderstraeten", "Present", "BRUXELLES"],
            ["Fabienne Lecomte", "Excused", "CHARLEROI"],
            ["Sophie Lambotte", "Excused", "SPP"],
        ],
        "agenda": [[t.replace("u", ":").split(" – ")[0].zfill(5), t.replace("u", ":").split(" – ")[1], title]
                   for t, title in agenda],
        "headings": [
            ["1", "Voorstelling van het project 'Samen Op Weg'"],
            ["2", "Rondleiding in de ateliers"],
            ["3", "Intervisie: intake en oriëntatiebalans"],
            ["4", "Varia"],
            ["", "Samenvatting afspraken"],
        ],
        "actions": [
            ["Network Contact", ["Yasmina El Idrissi"], None, "Yasmina bezorgt de vertaalde onthaalbrochure"],
            ["CPAS", [], "SCHOTEN", "cijfers van de eerste groep doorsturen"],
            ["Several Network Contacts", ["Bart De Wilde", "Karim Benali"], None,
             "Bart en Karim werken een gemeenschappelijk intakeformulier uit"],
            ["SPP", [], None, "de nieuwe templates voor de tussentijdse rapportering"],
        ],
        "next_meeting": {"date": "2017-06-15", "text": nm},
        "remarks": ["(cijfers Schoten nog aan te vullen)"],
    })


# ============================================================================================ 259
def r259():
    """CPAS de Liège, responsable des admissions (Marie-Claire Hansen), 2018. French with Word's curly
    apostrophes, people as one running paragraph, agenda as start times and tabs, Heading 1 with
    Roman numerals and Heading 2 with 'a)', actions as dashes with 'Qui :' after the task."""
    fname = "259_compte_rendu_intervision_liege_janv2018.docx"
    doc = new_doc(font="Cambria", size=11)
    header_lines(doc, ["CPAS de Liège – Projet FAMI « Mod’Actions »"], size=9, color=GREEN)
    footer_page(doc, "Compte rendu – intervision FAMI – 25 janvier 2018 – ", align="c")

    H(doc, "Compte rendu de l’intervision des CPAS FAMI", 0)
    P(doc, [("Date : ", "b"), ("jeudi 25 janvier 2018", "")], space_after=0)
    P(doc, [("Lieu : ", "b"), ("Espace Saint-Gilles, CPAS de Liège", "")], space_after=0)
    P(doc, [("Rédaction : ", "b"), ("Marie-Claire Hansen", "")])
    P(doc, [("Étaient présents : ", "b"),
            ("Karim Benali (CPAS Liège), Marie-Claire Hansen (CPAS Liège), Jérôme Lixon (CPAS Liège), "
             "Sophie Lambotte (SPP IS), Fabienne Lecomte (CPAS Charleroi), Mehmet Yilmaz (CPAS Charleroi), "
             "Agathe Mbuyi (CPAS Bruxelles), Bart De Wilde (OCMW Gent).", "")], align="j")
    P(doc, [("Excusés : ", "b"), ("Nadia Boukhari (OCMW Antwerpen), Christophe Baudour (CPAS Binche).", "")])

    P(doc, [("Ordre du jour", "bu")], space_after=2)
    agenda = [("09.30", "Accueil"),
              ("10.00", "Les contrats de participation : retour d’expérience"),
              ("11.00", "Les médiateurs interculturels"),
              ("12.30", "Repas à la ferme"),
              ("13.30", "Atelier : l’enquête de satisfaction"),
              ("15.30", "Fin")]
    for t, title in agenda:
        p = P(doc, t + "\t" + title, space_after=0, indent=0.5)
    P(doc, "")

    H(doc, "I. Accueil", 1)
    P(doc, "Karim Benali accueille les CPAS et rappelle que l’intervision est née d’une demande de la "
           "dernière réunion du réseau : échanger sur les outils concrets plutôt que sur les chiffres. "
           "Sophie Lambotte remercie l’équipe liégeoise pour l’organisation.", align="j")

    H(doc, "II. Les contrats de participation", 1)
    P(doc, "À Liège, trois contrats sont signés par chaque participant. Ils fixent les règles relatives "
           "au taux de présence et à la ponctualité.", align="j")
    H(doc, "a) Le contrat avec l’assistant social", 2)
    P(doc, "Il reprend les engagements pris dans le cadre du PIIS. Fabienne Lecomte indique que "
           "Charleroi n’a pas de contrat séparé mais une annexe au PIIS. Taux de présence moyen "
           "2017 : … % (à compléter).", align="j")
    H(doc, "b) Le contrat avec le responsable de module", 2)
    P(doc, "Chaque responsable de module fait signer un contrat au début du module. Mehmet Yilmaz "
           "propose d’y ajouter une photo des règles de la classe, pour les participants qui lisent "
           "difficilement. Il a été convenu de garder les trois contrats à Liège.", align="j")

    H(doc, "III. Les médiateurs interculturels", 1)
    P(doc, "Les médiateurs interculturels servent d’interprètes sociaux lors des entretiens "
           "d’admission et des bilans d’orientation. Bart De Wilde explique qu’à Gand les bemiddelaars "
           "font partie de l’équipe du projet. À Bruxelles, Agathe Mbuyi fait appel au service de "
           "traduction sociale, ce qui demande de réserver une semaine à l’avance.", align="j")

    H(doc, "IV. L’enquête de satisfaction", 1)
    P(doc, "L’atelier de l’après-midi a montré que l’enquête actuelle est trop abstraite pour le public "
           "(« degré de satisfaction », « pertinence des contenus »). Les participants répondent "
           "souvent au hasard. Pistes : des pictogrammes (smileys), des questions plus courtes, une "
           "passation orale en petit groupe, et une version dans les langues des participants.",
      align="j")

    H(doc, "V. Suites à donner", 1)
    P(doc, "– Adapter l’enquête de satisfaction avec des pictogrammes. Qui : Jérôme", space_after=0)
    P(doc, "– Envoyer les trois modèles de contrat aux autres CPAS. Qui : Marie-Claire", space_after=0)
    P(doc, "– Demander au SPP si l’enquête peut être traduite en arabe, en tigrinya et en dari. "
           "Qui : Karim et Agathe", space_after=0)
    P(doc, "– Le SPP vérifie si les frais de médiation interculturelle sont éligibles.", space_after=0)
    P(doc, "– Recenser les langues parlées par les participants. Qui : tous les CPAS")
    nm = "Prochaine intervision : au printemps, à Charleroi (date à fixer)."
    P(doc, [(nm, "i")])

    return save(doc, fname, {
        "languages": ["fr"], "online": False, "interpretation": False, "date": "2018-01-25",
        "people": [
            ["Karim Benali", "Present", "LIEGE"],
            ["Marie-Claire Hansen", "Present", "LIEGE"],
            ["Jérôme Lixon", "Present", "LIEGE"],
            ["Sophie Lambotte", "Present", "SPP"],
            ["Fabienne Lecomte", "Present", "CHARLEROI"],
            ["Mehmet Yilmaz", "Present", "CHARLEROI"],
            ["Agathe Mbuyi", "Present", "BRUXELLES"],
            ["Bart De Wilde", "Present", "GENT"],
            ["Nadia Boukhari", "Excused", "ANTWERPEN"],
            ["Christophe Baudour", "Excused", "BINCHE"],
        ],
        "agenda": [[t.replace(".", ":"), None, title] for t, title in agenda],
        "headings": [
            ["I", "Accueil"],
            ["II", "Les contrats de participation"],
            ["a", "Le contrat avec l’assistant social"],
            ["b", "Le contrat avec le responsable de module"],
            ["III", "Les médiateurs interculturels"],
            ["IV", "L’enquête de satisfaction"],
            ["V", "Suites à donner"],
        ],
        "actions": [
            ["Network Contact", ["Jérôme Lixon"], None, "Adapter l’enquête de satisfaction avec des pictogrammes"],
            ["Network Contact", ["Marie-Claire Hansen"], None, "Envoyer les trois modèles de contrat"],
            ["Several Network Contacts", ["Karim Benali", "Agathe Mbuyi"], None,
             "Demander au SPP si l’enquête peut"],
            ["SPP", [], None, "Le SPP vérifie si les frais"],
            ["CPAS", [], None, "Recenser les langues parlées par les participants"],
        ],
        "next_meeting": {"date": None, "text": nm},
        "remarks": ["(à compléter)"],
    })


# ============================================================================================ 260
def r260():
    """SPP IS / POD MI, bilingual attaché (Pieter Claeys), 2019. The network's own form (seed 000):
    tagline header, bilingual title and date, people as running lists with '(CPAS Gand)', no agenda,
    plain bold section lines numbered inconsistently (I., 2., 4., 5.), French body with a Dutch
    summary that repeats the action points, a draft line in red."""
    fname = "260_verslag_rapport_echange_cpas_gand_nov2019.docx"
    doc = new_doc(font="Calibri", size=11)
    spp_header(doc)

    P(doc, [("[Version provisoire : commentaires des CPAS encore à ajouter]", "b")], color=RED, size=9)
    P(doc, [("Verslag uitwisseling OCMW's – Rapport échange entre CPAS", "b")], align="c", size=14)
    P(doc, [("FAMI 21 november 2019 – 21 novembre 2019", "b")], align="c")
    P(doc, "OCMW Gent, Ontmoetingscentrum De Loods, Gent", align="c")
    P(doc, [("Présents : ", "b"),
            ("Pieter Claeys (SPP IS-MI), Griet Vermeulen (CPAS Gand), Bart De Wilde (CPAS Gand), "
             "Yasmina El Idrissi (CPAS Gand), Karim Benali (CPAS Liège), Jérôme Lixon (CPAS Liège), "
             "Mehmet Yilmaz (CPAS Charleroi), Els Peeters (CPAS Anvers), Ruben Mertens (CPAS Mortsel), "
             "Agathe Mbuyi (CPAS Bruxelles), Dirk Maes (interprète), Claire Noël (interprète)", "")],
      align="j")
    P(doc, [("Excusés : ", "b"), ("Sophie Lambotte (SPP IS-MI), Fabienne Lecomte (CPAS Charleroi)", "")])
    P(doc, "La réunion s'est tenue en français et en néerlandais avec interprétation simultanée.",
      italic=True)

    P(doc, [("I. Accueil et introduction", "b")])
    P(doc, "L'équipe du projet FAMI de Gand a accueilli les autres CPAS dans ses locaux. Pieter Claeys "
           "rappelle que la programmation FAMI 2014-2020 touche à sa fin et que les projets en cours "
           "peuvent être prolongés jusqu'à fin 2021. Un tour de table rapide a suivi.", align="j")

    P(doc, [("2. Samen Op Weg : présentation du projet gantois", "b")])
    P(doc, "Griet Vermeulen présente l'organigramme et le fonctionnement du projet. Les clients sont "
           "orientés par les maatschappelijk werkers des antennes. Une analyse des besoins est faite "
           "lors d'un entretien individuel, avec l'aide d'un médiateur interculturel si nécessaire. "
           "Le participant est ensuite orienté vers un ou plusieurs modules :", align="j")
    for line in ["1) trajet individuel (un rendez-vous toutes les deux semaines)",
                 "2) ateliers collectifs hebdomadaires (cuisine, vélo, informatique)",
                 "3) séances d'information « Vivre en Belgique » (logement, mobilité, banque et assurances)",
                 "4) sorties socioculturelles mensuelles"]:
        P(doc, "- " + line, space_after=0, indent=0.6)
    P(doc, "")
    P(doc, "Yasmina El Idrissi montre une courte vidéo réalisée avec les participants de l'atelier vélo. "
           "En 2019, 61 personnes ont commencé un trajet ; 44 l'ont terminé.", align="j")

    P(doc, [("4. Feed-back : points forts et points à améliorer", "b")])
    P(doc, "Les CPAS citent comme points forts :", space_after=0)
    for line in ["le travail intensif avec le public, presque tous les jours de la semaine",
                 "les liens entre le personnel et les participants, et entre participants",
                 "l'esprit de groupe à la fin d'un module"]:
        P(doc, "- " + line, space_after=0, indent=0.6)
    P(doc, "Et comme points à améliorer :", space_after=0)
    for line in ["la communication vers les participants lorsque les horaires changent",
                 "l'enquête de satisfaction, trop abstraite pour le groupe cible",
                 "anticiper les activités, car les procédures administratives sont de plus en plus longues"]:
        P(doc, "- " + line, space_after=0, indent=0.6)
    P(doc, "")

    P(doc, [("5. Points d'action", "b")])
    for line in ["Griet Vermeulen enverra la présentation PowerPoint à tous les CPAS.",
                 "Le SPP IS prépare une note sur les indicateurs de la nouvelle programmation pour la "
                 "réunion de mars.",
                 "Le CPAS de Bruxelles transmettra la liste de ses sorties socioculturelles aux autres CPAS.",
                 "Agathe Mbuyi et Karim Benali rédigent ensemble une proposition de questionnaire simplifié."]:
        P(doc, "• " + line, space_after=0, indent=0.6)
    P(doc, "")
    nm = "Prochaine rencontre : le mardi 17 mars 2020 à Bruxelles (CPAS de Bruxelles)."
    P(doc, [(nm, "b")])

    P(doc, [("Samenvatting in het Nederlands", "b")])
    P(doc, "Het Gentse project 'Samen Op Weg' werd voorgesteld, met een bezoek aan de ateliers. Als "
           "sterke punten worden het intensieve werk met de doelgroep en de groepssfeer genoemd; te "
           "verbeteren zijn de communicatie bij gewijzigde uurroosters en de tevredenheidsenquête.",
      align="j")
    P(doc, "Actiepunten: Griet Vermeulen stuurt de presentatie naar alle OCMW's. De POD MI bereidt een "
           "nota voor over de nieuwe indicatoren. Het OCMW Brussel bezorgt de lijst van de "
           "socioculturele uitstappen. Agathe Mbuyi en Karim Benali maken een voorstel van "
           "vereenvoudigde vragenlijst.", align="j")
    P(doc, "Volgende bijeenkomst: dinsdag 17 maart 2020 in Brussel.")

    return save(doc, fname, {
        "languages": ["fr", "nl"], "online": False, "interpretation": True, "date": "2019-11-21",
        "people": [
            ["Pieter Claeys", "Present", "SPP"],
            ["Griet Vermeulen", "Present", "GENT"],
            ["Bart De Wilde", "Present", "GENT"],
            ["Yasmina El Idrissi", "Present", "GENT"],
            ["Karim Benali", "Present", "LIEGE"],
            ["Jérôme Lixon", "Present", "LIEGE"],
            ["Mehmet Yilmaz", "Present", "CHARLEROI"],
            ["Els Peeters", "Present", "ANTWERPEN"],
            ["Ruben Mertens", "Present", "MORTSEL"],
            ["Agathe Mbuyi", "Present", "BRUXELLES"],
            ["Dirk Maes", "Present", None],
            ["Claire Noël", "Present", None],
            ["Sophie Lambotte", "Excused", "SPP"],
            ["Fabienne Lecomte", "Excused", "CHARLEROI"],
        ],
        "agenda": [],
        "headings": [
            ["I", "Accueil et introduction"],
            ["2", "Samen Op Weg : présentation du projet gantois"],
            ["4", "Feed-back : points forts et points à améliorer"],
            ["5", "Points d'action"],
            ["", "Samenvatting in het Nederlands"],
        ],
        "actions": [
            ["Network Contact", ["Griet Vermeulen"], None, "Griet Vermeulen enverra la présentation PowerPoint"],
            ["SPP", [], None, "Le SPP IS prépare une note"],
            ["CPAS", [], "BRUXELLES", "Le CPAS de Bruxelles transmettra la liste"],
            ["Several Network Contacts", ["Agathe Mbuyi", "Karim Benali"], None,
             "Agathe Mbuyi et Karim Benali rédigent ensemble"],
        ],
        "next_meeting": {"date": "2020-03-17", "text": nm},
        "remarks": ["[Version provisoire : commentaires des CPAS encore à ajouter]"],
    })


# ============================================================================================ 261
def r261():
    """OCMW Antwerpen, projectleider (Els Peeters), May 2020, Teams meeting in lockdown. Dutch with the
    French contributions pasted as sent; presence grid with 'x' marks, agenda in '10.00 – 10.15 u.'
    with tabs, Heading 1/2 with typed numbers, action table 'Wat / Wie / Tegen' with initials."""
    fname = "261_verslag_teamsoverleg_antwerpen_mei2020.docx"
    doc = new_doc(font="Calibri", size=11, margins=(2, 2, 2.2, 2.2))
    header_lines(doc, ["OCMW Antwerpen | AMIF-netwerk | intern werkdocument"], size=8, align="r",
                 color=GREY)
    footer_page(doc, "Verslag Teamsoverleg 14/05/2020 – p. ")

    P(doc, [("Verslag online overleg AMIF-netwerk (Microsoft Teams)", "b")], size=15, color=BLUE,
      space_after=2)
    P(doc, "Donderdag 14 mei 2020 – 10.00 tot 12.00 u.", space_after=0)
    P(doc, "Tolkkanaal NL/FR voorzien in Teams (tolken: Claire Noël en Dirk Maes).", italic=True)

    P(doc, [("Deelnemers", "b")], space_after=2)
    rows = [["Naam", "Organisatie", "Aanwezig", "Verontschuldigd"],
            ["Els Peeters", "OCMW Antwerpen", "x", ""],
            ["Tom Janssens", "OCMW Antwerpen", "x", ""],
            ["Ruben Mertens", "OCMW Mortsel", "", "x"],
            ["Sanne Wuyts", "OCMW Schoten", "x", ""],
            ["Hilde Goossens", "OCMW Edegem", "x", ""],
            ["Griet Vermeulen", "OCMW Gent", "x", ""],
            ["Karim Benali", "CPAS Luik", "", "x"],
            ["Jérôme Lixon", "CPAS Luik", "x", ""],
            ["Fabienne Lecomte", "CPAS Charleroi", "x", ""],
            ["Agathe Mbuyi", "OCMW Brussel", "x", ""],
            ["Pieter Claeys", "POD MI", "x", ""],
            ["Claire Noël", "tolk", "x", ""],
            ["Dirk Maes", "tolk", "x", ""]]
    t = table(doc, rows, widths=[5, 5, 2.5, 3.5], size=10, shade="FCE4D6")
    for row in t.rows[1:]:
        for c in row.cells[2:]:
            c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    P(doc, "")

    P(doc, [("Agenda", "b")], space_after=2)
    agenda = [("10.00 – 10.15 u.", "Welkom en technische afspraken (micro, tolkkanaal)"),
              ("10.15 – 11.00 u.", "Stand van zaken per OCMW: werking tijdens de lockdown"),
              ("11.00 – 11.30 u.", "Groepsgrootte en veiligheidsregels bij de heropstart"),
              ("11.30 – 11.45 u.", "Rapportering en verlenging van de projecten"),
              ("11.45 – 12.00 u.", "Varia")]
    for tm, title in agenda:
        P(doc, tm + "\t" + title, space_after=0)
    P(doc, "")

    H(doc, "1. Welkom en technische afspraken", 1)
    P(doc, "Els Peeters heet iedereen welkom op het eerste online overleg van het netwerk. Micro's "
           "staan uit als je niet spreekt; wie Frans of Nederlands wil horen, kiest het tolkkanaal. "
           "Het verslag wordt in het Nederlands opgemaakt; de teksten van de Franstalige OCMW's "
           "worden overgenomen zoals ze werden bezorgd.", align="j")

    H(doc, "2. Stand van zaken per OCMW", 1)
    H(doc, "2.1 Antwerpen en partners", 2)
    P(doc, "Sinds 16 maart zijn alle groepsactiviteiten stilgelegd. Tom Janssens belt de deelnemers "
           "wekelijks op; wie een smartphone heeft, krijgt oefeningen via WhatsApp. Ongeveer de helft "
           "van de deelnemers heeft geen computer of geen stabiele internetverbinding.", align="j")
    P(doc, "In Schoten en Edegem gebeurt de opvolging telefonisch door de maatschappelijk werkers.",
      align="j")
    P(doc, "Aantal actieve deelnemers Edegem: nog aan te vullen")
    H(doc, "2.2 Gent", 2)
    P(doc, "Gent werkt met kleine buitenactiviteiten (wandelingen, fietsles op de parking) volgens de "
           "regel 4 deelnemers + 1 begeleider. Griet Vermeulen merkt op dat de deelnemers vooral "
           "nood hebben aan correcte informatie over de maatregelen in hun eigen taal.", align="j")
    H(doc, "2.3 Luik", 2)
    P(doc, [("Contribution du CPAS de Liège (texte transmis) : ", "i"),
            ("les entretiens individuels se font par téléphone. L'atelier créatif continue à distance : "
             "l'artiste envoie chaque semaine une petite mission par vidéo. Les nouvelles inscriptions "
             "sont suspendues jusqu'à la reprise.", "")], align="j")
    H(doc, "2.4 Charleroi", 2)
    P(doc, [("Contribution du CPAS de Charleroi (texte transmis) : ", "i"),
            ("les séances collectives reprendront le 2 juin avec la règle « 3 participants + 1 formateur ». "
             "Les participants joignables par téléphone sont suivis chaque semaine "
             "[nombre de participants joignables à compléter].", "")], align="j")
    H(doc, "2.5 Brussel", 2)
    P(doc, "Agathe Mbuyi meldt dat het OCMW Brussel tablets heeft uitgeleend aan twaalf deelnemers. De "
           "lessen Frans gaan online door in kleine groepen.", align="j")

    H(doc, "3. Groepsgrootte en veiligheidsregels", 1)
    P(doc, "Elk OCMW volgt de regels van zijn eigen stad; een gemeenschappelijke regel is niet "
           "mogelijk. Voorlopig: 3 + 1 in Charleroi en Luik, 4 + 1 in Gent en Antwerpen. Mondmaskers "
           "worden door het OCMW voorzien.", align="j")

    H(doc, "4. Rapportering en verlenging", 1)
    P(doc, "Pieter Claeys bevestigt dat de indieningsdatum van het tussentijds rapport wordt "
           "uitgesteld. Het POD stelt voor om de projectperiode met zes maanden te verlengen; "
           "dat moet nog door de Europese Commissie worden goedgekeurd.", align="j")

    H(doc, "5. Varia", 1)
    nm = "Volgende vergadering: eind september, opnieuw via Teams (datum volgt via Doodle)."
    P(doc, nm)

    H(doc, "6. Actiepunten", 1)
    table(doc, [["Wat", "Wie", "Tegen"],
                ["Overzicht digitale middelen per deelnemer opmaken", "EP", "29/05"],
                ["Richtlijnen groepsgrootte delen met de partners", "TJ", "22/05"],
                ["Vraag tot verlenging projectperiode voorleggen aan de Europese Commissie", "POD", "juni"],
                ["Aangepaste timing tussentijds rapport bezorgen", "alle OCMW's", "15/06"],
                ["Contact opnemen met Mortsel over de heropstart", "SW + HG", "22/05"],
                ["Oefenbundels FLE doorsturen naar Brussel", "OCMW Charleroi", "zsm"],
                ["Budget voor tablets deelnemers nagaan", "?", ""]],
          widths=[10, 3.5, 2.5], size=10, shade="FCE4D6")

    return save(doc, fname, {
        "languages": ["nl", "fr"], "online": True, "interpretation": True, "date": "2020-05-14",
        "people": [
            ["Els Peeters", "Present", "ANTWERPEN"],
            ["Tom Janssens", "Present", "ANTWERPEN"],
            ["Sanne Wuyts", "Present", "SCHOTEN"],
            ["Hilde Goossens", "Present", "EDEGEM"],
            ["Griet Vermeulen", "Present", "GENT"],
            ["Jérôme Lixon", "Present", "LIEGE"],
            ["Fabienne Lecomte", "Present", "CHARLEROI"],
            ["Agathe Mbuyi", "Present", "BRUXELLES"],
            ["Pieter Claeys", "Present", "SPP"],
            ["Claire Noël", "Present", None],
            ["Dirk Maes", "Present", None],
            ["Ruben Mertens", "Excused", "MORTSEL"],
            ["Karim Benali", "Excused", "LIEGE"],
        ],
        "agenda": [[tm[:5].replace(".", ":"), tm[8:13].replace(".", ":"), title] for tm, title in agenda],
        "headings": [
            ["1", "Welkom en technische afspraken"],
            ["2", "Stand van zaken per OCMW"],
            ["2.1", "Antwerpen en partners"],
            ["2.2", "Gent"],
            ["2.3", "Luik"],
            ["2.4", "Charleroi"],
            ["2.5", "Brussel"],
            ["3", "Groepsgrootte en veiligheidsregels"],
            ["4", "Rapportering en verlenging"],
            ["5", "Varia"],
            ["6", "Actiepunten"],
        ],
        "actions": [
            ["Network Contact", ["Els Peeters"], None, "Overzicht digitale middelen per deelnemer opmaken"],
            ["Network Contact", ["Tom Janssens"], None, "Richtlijnen groepsgrootte delen met de partners"],
            ["SPP", [], None, "Vraag tot verlenging projectperiode voorleggen"],
            ["CPAS", [], None, "Aangepaste timing tussentijds rapport bezorgen"],
            ["Several Network Contacts", ["Sanne Wuyts", "Hilde Goossens"], None,
             "Contact opnemen met Mortsel over de heropstart"],
            ["CPAS", [], "CHARLEROI", "Oefenbundels FLE doorsturen naar Brussel"],
            ["To Be Assigned", [], None, "Budget voor tablets deelnemers nagaan"],
        ],
        "next_meeting": {"date": None, "text": nm},
        "remarks": ["Aantal actieve deelnemers Edegem: nog aan te vullen",
                    "[nombre de participants joignables à compléter]"],
    })


# ============================================================================================ 262
def r262():
    """CPAS de Charleroi, Service Action Migrants, agente administrative (Laura Di Stefano), 2021.
    Hybrid meeting. No Heading styles: coloured bold unnumbered lines; 'Présent·e·s' bullets with
    '(sur place)/(en ligne)'; agenda '9h30-10h : ...'; actions as arrows with the owner in
    parentheses or after '— Qui :'."""
    fname = "262_pv_reunion_hybride_charleroi_sept2021.docx"
    doc = new_doc(font="Century Gothic", size=10)
    header_lines(doc, ["CPAS de Charleroi – Service Action Migrants", "Projet FAMI « Activ'Up »"],
                 size=8, align="l", color=RGBColor(0x7F, 0x3F, 0x98))
    footer_page(doc, "Activ'Up – PV réunion réseau du 16/09/2021 – page ", align="c")

    P(doc, [("Réunion du réseau FAMI – PV", "b")], size=16, color=RGBColor(0x7F, 0x3F, 0x98),
      space_after=0)
    P(doc, "Jeudi 16 septembre 2021 – Charleroi, salle du Conseil (boulevard Joseph II) et sur Teams",
      italic=True)

    P(doc, [("Présent·e·s :", "b")], space_after=0)
    for line in ["Fabienne Lecomte, CPAS de Charleroi (sur place)",
                 "Laura Di Stefano, CPAS de Charleroi (sur place) – PV",
                 "Mehmet Yilmaz, CPAS de Charleroi (sur place)",
                 "Anne-Sophie Wauthier, CPAS de Binche (sur place)",
                 "Aline Dufrasne, SPP Intégration sociale (en ligne)",
                 "Marie-Claire Hansen, CPAS de Liège (en ligne)",
                 "Hanane Ouali, CPAS de Bruxelles (en ligne)",
                 "Tom Janssens, OCMW Antwerpen (en ligne)"]:
        P(doc, line, style="List Bullet", space_after=0)
    P(doc, [("Excusé·e·s :", "b")], space_after=0)
    for line in ["Christophe Baudour, CPAS de Binche", "Griet Vermeulen, OCMW Gent"]:
        P(doc, line, style="List Bullet", space_after=0)
    P(doc, "")

    P(doc, [("Ordre du jour :", "b")], space_after=0)
    agenda = [("9h30-10h", "Accueil (café sur place, connexion Teams)"),
              ("10h-10h45", "Bilan du module 2020-2021"),
              ("10h45-11h30", "Nouvelle programmation FAMI 2021-2027"),
              ("11h30-12h", "Organisation des groupes à partir d'octobre"),
              ("12h", "Fin de la réunion")]
    for tm, title in agenda:
        P(doc, tm + " : " + title, space_after=0, indent=0.5)
    P(doc, "")

    PURPLE = RGBColor(0x7F, 0x3F, 0x98)

    def titre(text):
        P(doc, [(text, "b")], color=PURPLE, size=11, space_after=3)

    titre("Bilan du module 2020-2021")
    P(doc, "Le module s'est déroulé en grande partie en petits groupes (3 participants + 1 formateur) "
           "et avec des appels téléphoniques réguliers. Mehmet Yilmaz a déjà mis à jour le tableau "
           "des présences. 47 participants ont commencé le module, 31 l'ont terminé ; 9 sont "
           "orientés vers une formation ou l'ISP.", align="j")
    P(doc, "Taux de présence moyen : [XX % – à compléter]", space_after=2)
    P(doc, "Anne-Sophie Wauthier explique qu'à Binche les participants ont surtout apprécié les "
           "sorties en extérieur dès qu'elles ont été à nouveau autorisées. Les séances en ligne ont "
           "été difficiles pour les personnes peu alphabétisées.", align="j")

    titre("Nouvelle programmation FAMI 2021-2027")
    P(doc, "Aline Dufrasne présente les grandes lignes du nouveau règlement (UE) 2021/1147 : les "
           "projets seront suivis avec des indicateurs communs de réalisation et de résultat "
           "(participants aux cours de langue, à l'orientation civique, à l'accompagnement "
           "individuel ; participants qui progressent d'au moins un niveau CECR). L'appel à projets "
           "n'est pas encore publié.", align="j")
    P(doc, "Hanane Ouali demande si les projets actuels peuvent continuer sans interruption entre les "
           "deux programmations. Réponse du SPP : c'est l'objectif, mais rien n'est garanti à ce stade.",
      align="j")

    titre("Organisation des groupes")
    P(doc, "À partir d'octobre, les groupes passent à 6 participants + 1 formateur, avec le masque "
           "dans les locaux. Binche et Charleroi souhaitent introduire une fiche projet commune pour "
           "la nouvelle programmation. Tom Janssens signale qu'Anvers travaille aussi avec ses "
           "partenaires (Schoten, Edegem, Mortsel) sur une fiche commune.", align="j")

    titre("Actions")
    for line in ["→ Envoyer la présentation du bilan aux participants en ligne (Laura)",
                 "→ Le SPP communique le calendrier de l'appel FAMI dès sa publication",
                 "→ Préparer une fiche projet commune Charleroi-Binche (Fabienne + Anne-Sophie)",
                 "→ Réserver la salle de Binche pour les séances d'information — Qui : CPAS Binche",
                 "→ Désigner un référent pour le suivi des absences — Qui : à définir"]:
        P(doc, line, space_after=1, indent=0.3)
    P(doc, "")

    titre("Divers")
    nm = "Prochaine réunion : jeudi 18 novembre 2021 à 9h30, à Binche et sur Teams."
    P(doc, [(nm, "b")])
    P(doc, "PV : Laura Di Stefano – relu par Fabienne Lecomte", size=8, color=GREY, italic=True)

    return save(doc, fname, {
        "languages": ["fr"], "online": True, "interpretation": False, "date": "2021-09-16",
        "people": [
            ["Fabienne Lecomte", "Present", "CHARLEROI"],
            ["Laura Di Stefano", "Present", "CHARLEROI"],
            ["Mehmet Yilmaz", "Present", "CHARLEROI"],
            ["Anne-Sophie Wauthier", "Present", "BINCHE"],
            ["Aline Dufrasne", "Present", "SPP"],
            ["Marie-Claire Hansen", "Present", "LIEGE"],
            ["Hanane Ouali", "Present", "BRUXELLES"],
            ["Tom Janssens", "Present", "ANTWERPEN"],
            ["Christophe Baudour", "Excused", "BINCHE"],
            ["Griet Vermeulen", "Excused", "GENT"],
        ],
        "agenda": [
            ["09:30", "10:00", "Accueil (café sur place, connexion Teams)"],
            ["10:00", "10:45", "Bilan du module 2020-2021"],
            ["10:45", "11:30", "Nouvelle programmation FAMI 2021-2027"],
            ["11:30", "12:00", "Organisation des groupes à partir d'octobre"],
            ["12:00", None, "Fin de la réunion"],
        ],
        "headings": [
            ["", "Bilan du module 2020-2021"],
            ["", "Nouvelle programmation FAMI 2021-2027"],
            ["", "Organisation des groupes"],
            ["", "Actions"],
            ["", "Divers"],
        ],
        "actions": [
            ["Network Contact", ["Laura Di Stefano"], None, "Envoyer la présentation du bilan aux participants"],
            ["SPP", [], None, "Le SPP communique le calendrier de l'appel"],
            ["Several Network Contacts", ["Fabienne Lecomte", "Anne-Sophie Wauthier"], None,
             "Préparer une fiche projet commune Charleroi-Binche"],
            ["CPAS", [], "BINCHE", "Réserver la salle de Binche"],
            ["To Be Assigned", [], None, "Désigner un référent pour le suivi"],
        ],
        "next_meeting": {"date": "2021-11-18", "text": nm},
        "remarks": ["[XX % – à compléter]"],
    })


# ============================================================================================ 263
def r263():
    """CPAS de Bruxelles / OCMW Brussel, coordinatrice (Hanane Ouali), 2022. Bilingual house style:
    bilingual labels, people in a two-column table (present | excused), agenda in Word's List
    Number with times, Heading 1 lettered 'A.' and Heading 2 'a)', actions in a three-column table
    with bilingual owners, next meeting as the only line of its own section."""
    fname = "263_rapport_verslag_reseau_bruxelles_juin2022.docx"
    doc = new_doc(font="Verdana", size=9.5)
    header_lines(doc, ["CPAS de Bruxelles – OCMW van Brussel", "Projet FAMI « Trait d'Union » – AMIF-project"],
                 size=7.5, align="r", color=BLUE)
    footer_page(doc, "Rapport / Verslag 23.06.2022 – ", align="r")

    P(doc, [("Rapport de la réunion du réseau FAMI", "b")], align="c", size=13, space_after=0)
    P(doc, [("Verslag van de AMIF-netwerkvergadering", "b")], align="c", size=13, space_after=4)
    P(doc, "23 juin 2022 – 23 juni 2022", align="c", space_after=0)
    P(doc, "Salle du Conseil / Raadzaal, rue Haute 298A, 1000 Bruxelles", align="c", italic=True)

    t = doc.add_table(rows=2, cols=2)
    t.style = doc.styles["Table Grid"]
    cell_write(t.rows[0].cells[0], "Présents / Aanwezig", bold=True, shade="DEEAF6")
    cell_write(t.rows[0].cells[1], "Excusés / Verontschuldigd", bold=True, shade="DEEAF6")
    cell_write(t.rows[1].cells[0], [
        "Hanane Ouali (CPAS de Bruxelles)",
        "Olivier Vanderstraeten (CPAS de Bruxelles)",
        "Agathe Mbuyi (CPAS de Bruxelles)",
        "Aline Dufrasne (SPP IS)",
        "Koen Vandamme (POD MI)",
        "Bart De Wilde (OCMW Gent)",
        "Nadia Boukhari (OCMW Antwerpen)",
        "Marie-Claire Hansen (CPAS de Liège)",
        "Mehmet Yilmaz (CPAS de Charleroi)",
        "Claire Noël (interprète / tolk)",
        "Dirk Maes (interprète / tolk)"])
    cell_write(t.rows[1].cells[1], [
        "Els Peeters (OCMW Antwerpen)",
        "Jérôme Lixon (CPAS de Liège)",
        "Anne-Sophie Wauthier (CPAS de Binche)"])
    P(doc, "")
    P(doc, "Interprétation simultanée FR/NL assurée pendant toute la réunion – simultaanvertaling FR/NL "
           "tijdens de hele vergadering.", italic=True, size=8.5)

    P(doc, [("Ordre du jour / Agenda", "b")], space_after=0)
    agenda = [("10h00 – 10h20", "Accueil / Onthaal"),
              ("10h20 – 11h00", "Présentation du projet « Trait d'Union » / Voorstelling van het project"),
              ("11h00 – 11h45", "Indicateurs communs FAMI 2021-2027 / Gemeenschappelijke AMIF-indicatoren"),
              ("11h45 – 12h30", "Brainstorming : l'enquête de satisfaction / Brainstorm: de tevredenheidsenquête"),
              ("12h30", "Lunch")]
    for tm, title in agenda:
        P(doc, tm + "\t" + title, style="List Number", space_after=0)
    P(doc, "")

    H(doc, "A. Accueil / Onthaal", 1)
    P(doc, "Olivier Vanderstraeten accueille le réseau au nom du Président du CPAS. C'est la première "
           "réunion en présentiel depuis 2020. Koen Vandamme, nouveau collègue néerlandophone du SPP, "
           "se présente.", align="j")
    P(doc, "Koen Vandamme stelt zich voor: hij volgt vanaf nu samen met Aline Dufrasne de AMIF-projecten "
           "van de OCMW's op.", align="j", italic=True)

    H(doc, "B. Le projet « Trait d'Union »", 1)
    P(doc, "Agathe Mbuyi présente le projet bruxellois : un parcours de six mois combinant un "
           "accompagnement individuel, des ateliers collectifs hebdomadaires (français, informatique, "
           "« se débrouiller à Bruxelles ») et des sorties culturelles. Le public est très diversifié : "
           "plus de 30 nationalités. L'entretien d'admission se fait avec un médiateur interculturel.",
      align="j")
    P(doc, "Bart De Wilde vraagt hoe Brussel omgaat met deelnemers die afhaken. Antwoord: na drie "
           "afwezigheden zonder verwittiging neemt de maatschappelijk werker contact op.", align="j",
      italic=True)

    H(doc, "C. Indicateurs communs / Gemeenschappelijke indicatoren", 1)
    P(doc, "Aline Dufrasne présente les indicateurs du règlement (UE) 2021/1147 : nombre de "
           "participants aux activités de soutien (cours de langue, orientation civique, "
           "accompagnement professionnel personnalisé), participants ayant progressé d'au moins un "
           "niveau CECR, et participants déclarant que l'activité a été utile à leur intégration. Le "
           "SPP rassemble les chiffres des CPAS une fois par an.", align="j")
    P(doc, "Nadia Boukhari merkt op dat een CEFR-niveau niet meetbaar is voor analfabete deelnemers; "
           "volgens het POD kan dan een tussenniveau (A1 breakthrough) worden gebruikt.", align="j",
      italic=True)

    H(doc, "D. Brainstorming sur l'enquête de satisfaction", 1)
    H(doc, "a) Ce qui fonctionne / Wat werkt", 2)
    for line in ["les smileys à Liège et à Charleroi", "een mondelinge bevraging in kleine groep (Gent)",
                 "une version courte de cinq questions"]:
        P(doc, line, style="List Bullet", space_after=0)
    H(doc, "b) À améliorer / Te verbeteren", 2)
    for line in ["les termes abstraits (« pertinence », « degré de satisfaction »)",
                 "de enquête bestaat enkel in het Frans en het Nederlands",
                 "la question sur l'intégration doit correspondre à l'indicateur européen"]:
        P(doc, line, style="List Bullet", space_after=0)

    H(doc, "E. Actions / Acties", 1)
    table(doc, [
        ["Action / Actie", "Responsable / Verantwoordelijke", "Délai / Termijn"],
        ["Transmettre la version simplifiée de l'enquête au SPP", "CPAS de Bruxelles", "15/07/2022"],
        ["Vertaling van de enquête naar het Arabisch en Dari laten nakijken",
         "Bart De Wilde + Nadia Boukhari", "30/09/2022"],
        ["Envoyer le tableau des indicateurs communs avec les définitions", "SPP IS / POD MI", "08/07/2022"],
        ["Compter les participants ayant progressé d'un niveau CECR", "Tous les CPAS / alle OCMW's",
         "31/12/2022"],
        ["Organiser la visite de « Trait d'Union » pour Liège et Charleroi", "Olivier Vanderstraeten",
         "septembre / september"],
        ["Pictogrammes pour l'enquête : graphiste à trouver", "?", "—"],
    ], widths=[8.5, 5, 3], size=8.5, shade="DEEAF6")

    H(doc, "F. Prochaine réunion / Volgende vergadering", 1)
    nm = ("Jeudi 20 octobre 2022 à Anvers / Donderdag 20 oktober 2022 in Antwerpen "
          "(OCMW Antwerpen, Lange Gasthuisstraat).")
    P(doc, nm)

    return save(doc, fname, {
        "languages": ["fr", "nl"], "online": False, "interpretation": True, "date": "2022-06-23",
        "people": [
            ["Hanane Ouali", "Present", "BRUXELLES"],
            ["Olivier Vanderstraeten", "Present", "BRUXELLES"],
            ["Agathe Mbuyi", "Present", "BRUXELLES"],
            ["Aline Dufrasne", "Present", "SPP"],
            ["Koen Vandamme", "Present", "SPP"],
            ["Bart De Wilde", "Present", "GENT"],
            ["Nadia Boukhari", "Present", "ANTWERPEN"],
            ["Marie-Claire Hansen", "Present", "LIEGE"],
            ["Mehmet Yilmaz", "Present", "CHARLEROI"],
            ["Claire Noël", "Present", None],
            ["Dirk Maes", "Present", None],
            ["Els Peeters", "Excused", "ANTWERPEN"],
            ["Jérôme Lixon", "Excused", "LIEGE"],
            ["Anne-Sophie Wauthier", "Excused", "BINCHE"],
        ],
        "agenda": [
            ["10:00", "10:20", "Accueil / Onthaal"],
            ["10:20", "11:00", "Présentation du projet « Trait d'Union » / Voorstelling van het project"],
            ["11:00", "11:45", "Indicateurs communs FAMI 2021-2027 / Gemeenschappelijke AMIF-indicatoren"],
            ["11:45", "12:30", "Brainstorming : l'enquête de satisfaction / Brainstorm: de tevredenheidsenquête"],
            ["12:30", None, "Lunch"],
        ],
        "headings": [
            ["A", "Accueil / Onthaal"],
            ["B", "Le projet « Trait d'Union »"],
            ["C", "Indicateurs communs / Gemeenschappelijke indicatoren"],
            ["D", "Brainstorming sur l'enquête de satisfaction"],
            ["a", "Ce qui fonctionne / Wat werkt"],
            ["b", "À améliorer / Te verbeteren"],
            ["E", "Actions / Acties"],
            ["F", "Prochaine réunion / Volgende vergadering"],
        ],
        "actions": [
            ["CPAS", [], "BRUXELLES", "Transmettre la version simplifiée de l'enquête"],
            ["Several Network Contacts", ["Bart De Wilde", "Nadia Boukhari"], None,
             "Vertaling van de enquête naar het Arabisch"],
            ["SPP", [], None, "Envoyer le tableau des indicateurs communs"],
            ["CPAS", [], None, "Compter les participants ayant progressé d'un niveau"],
            ["Network Contact", ["Olivier Vanderstraeten"], None, "Organiser la visite de « Trait d'Union »"],
            ["To Be Assigned", [], None, "Pictogrammes pour l'enquête : graphiste à trouver"],
        ],
        "next_meeting": {"date": "2022-10-20", "text": nm},
        "remarks": [],
    })


# ============================================================================================ 264
def r264():
    """POD MI, Nederlandstalige attaché (Koen Vandamme), 2023. The network form of the 2020s: hybrid
    meeting with interpretation channel, red draft line, bilingual title and date, people table with
    interpreters, agenda table with '13.30 – 13.45', Heading 1 '1. NL – FR', every paragraph in Dutch
    followed by its French translation in grey italics, action points in a typed numbered list."""
    fname = "264_verslag_bijeenkomst_ocmw_brussel_april2023.docx"
    doc = new_doc(font="Calibri", size=10.5)
    spp_header(doc)
    footer_page(doc, "Verslag – Rapport 03/04/2023 – ", align="r")

    def fr(text, **kw):
        return P(doc, text, italic=True, color=GREY, align="j", **kw)

    P(doc, "ONTWERP – opmerkingen van de OCMW's nog toe te voegen / PROJET – commentaires des CPAS "
           "encore à ajouter", bold=True, color=RED, size=9)
    P(doc, [("Verslag bijeenkomst OCMW's – Rapport rencontre CPAS", "b")], align="c", size=14)
    P(doc, [("3 april 2023 – 3 avril 2023", "b")], align="c", space_after=0)
    P(doc, "POD MI, Koning Albert II-laan 30, Brussel, en via Teams (tolkkanaal NL/FR) – "
           "SPP IS, boulevard du Roi Albert II 30, Bruxelles, et via Teams (canal d'interprétation NL/FR)",
      align="c", size=9, italic=True)

    P(doc, [("Aanwezig – Présents", "b")], space_after=2)
    table(doc, [["Naam – Nom", "Organisatie – Organisation"],
                ["Koen Vandamme", "POD MI – SPP IS"],
                ["Aline Dufrasne", "POD MI – SPP IS"],
                ["Griet Vermeulen", "OCMW Gent – CPAS Gand (online)"],
                ["Yasmina El Idrissi", "OCMW Gent – CPAS Gand (online)"],
                ["Karim Benali", "OCMW Luik – CPAS Liège"],
                ["Laura Di Stefano", "OCMW Charleroi – CPAS Charleroi (en ligne)"],
                ["Els Peeters", "OCMW Antwerpen – CPAS Anvers"],
                ["Sanne Wuyts", "OCMW Schoten – CPAS Schoten"],
                ["Hanane Ouali", "OCMW Brussel – CPAS Bruxelles"],
                ["Dirk Maes", "Tolk – Interprète"],
                ["Claire Noël", "Tolk – Interprète"]], widths=[5.5, 10], size=9.5, shade="E2EFDA")
    P(doc, "")
    P(doc, [("Verontschuldigd – Excusés: ", "b"),
            ("Ruben Mertens (OCMW Mortsel), Fabienne Lecomte (CPAS Charleroi)", "")])

    P(doc, [("Agenda – Ordre du jour", "b")], space_after=2)
    agenda = [("13.30 – 13.45", "Onthaal – Accueil"),
              ("13.45 – 14.30", "Stand van zaken per OCMW – État des lieux par CPAS"),
              ("14.30 – 15.15", "Bewaring van documenten en GDPR – Conservation des documents et RGPD"),
              ("15.15 – 15.30", "Pauze – Pause"),
              ("15.30 – 16.15", "Tevredenheidsenquête: nieuwe versie – Enquête de satisfaction : nouvelle version"),
              ("16.15 – 16.30", "Varia – Divers")]
    table(doc, [["Uur – Heure", "Agendapunt – Point"]] + [list(a) for a in agenda],
          widths=[3, 12.5], size=9.5, shade="E2EFDA")
    P(doc, "")

    H(doc, "1. Inleiding – Introduction", 1)
    P(doc, "Koen Vandamme verwelkomt de deelnemers ter plaatse en online. Het is de eerste bijeenkomst "
           "sinds de start van de nieuwe AMIF-projecten in januari 2023.", align="j")
    fr("Koen Vandamme accueille les participants sur place et en ligne. C'est la première rencontre "
       "depuis le démarrage des nouveaux projets FAMI en janvier 2023.")

    H(doc, "2. Stand van zaken per OCMW – État des lieux par CPAS", 1)
    P(doc, "Gent: 42 deelnemers gestart, twee groepen op wachtlijst. Luik: de drie contracten per "
           "deelnemer blijven behouden; het creatieve atelier is volzet. Charleroi: Laura Di Stefano "
           "meldt dat Binche vanaf september opnieuw meedoet. Antwerpen en Schoten: "
           "[cijfers nog aan te vullen / chiffres à compléter]. Brussel: 35 deelnemers, vooral "
           "vrouwen met jonge kinderen.", align="j")
    fr("Gand : 42 participants ont commencé, deux groupes en liste d'attente. Liège : les trois "
       "contrats par participant sont maintenus ; l'atelier créatif est complet. Charleroi : Laura Di "
       "Stefano annonce que Binche participera de nouveau à partir de septembre. Bruxelles : 35 "
       "participants, surtout des femmes avec de jeunes enfants.")

    H(doc, "3. Bewaring van documenten en GDPR – Conservation des documents et RGPD", 1)
    P(doc, "Documenten van een door de EU gefinancierde concrete actie worden vijf jaar bewaard vanaf "
           "31 december van het jaar van de laatste betaling (Verordening (EU) 2021/1060, artikel 82). "
           "Persoonsgegevens worden niet langer bewaard dan nodig (AVG, artikel 5, lid 1, e). Een "
           "deelnemer mag vragen om alle gegevens in te kijken die over hem bewaard worden (artikel 15). "
           "Elk OCMW blijft eigenaar van de gegevens van zijn deelnemers; het POD ziet geen namen.",
      align="j")
    fr("Les documents d'une opération financée par l'UE sont conservés cinq ans à compter du 31 "
       "décembre de l'année du dernier paiement (règlement (UE) 2021/1060, article 82). Les données "
       "personnelles ne sont pas conservées plus longtemps que nécessaire (RGPD, article 5, §1, e). Un "
       "participant peut demander à voir toutes les données conservées à son sujet (article 15). Chaque "
       "CPAS reste propriétaire des données de ses participants ; le SPP ne voit aucun nom.")

    H(doc, "4. Tevredenheidsenquête – Enquête de satisfaction", 1)
    P(doc, "De nieuwe versie telt acht vragen met pictogrammen. Karim Benali vindt de vraag over "
           "integratie nog te abstract. Hanane Ouali stelt voor om de vragen mondeling te overlopen met "
           "een bemiddelaar.", align="j")
    fr("La nouvelle version compte huit questions avec pictogrammes. Karim Benali trouve la question "
       "sur l'intégration encore trop abstraite. Hanane Ouali propose de parcourir les questions "
       "oralement avec un médiateur.")

    H(doc, "5. Actiepunten – Points d'action", 1)
    acts = [("Koen stuurt de nota over de bewaartermijnen naar alle OCMW's.",
             "Koen envoie la note sur les délais de conservation à tous les CPAS."),
            ("Elk OCMW controleert welke persoonsgegevens het langer bewaart dan nodig.",
             "Chaque CPAS vérifie quelles données personnelles il conserve plus longtemps que nécessaire."),
            ("Het OCMW Gent test de nieuwe enquête met twee groepen vóór juni.",
             "Le CPAS de Gand teste la nouvelle enquête avec deux groupes avant juin."),
            ("Laura en Hanane bezorgen de Franse versie van de enquête met pictogrammen.",
             "Laura et Hanane fournissent la version française de l'enquête avec pictogrammes."),
            ("Het POD vraagt bij de Europese Commissie na of de tevredenheidsvraag als resultaatindicator telt.",
             "Le SPP demande à la Commission européenne si la question de satisfaction compte comme "
             "indicateur de résultat.")]
    for i, (nl, frt) in enumerate(acts, 1):
        P(doc, "%d. %s" % (i, nl), space_after=0, indent=0.5)
        P(doc, "    " + frt, italic=True, color=GREY, indent=0.5)

    H(doc, "6. Volgende bijeenkomst – Prochaine rencontre", 1)
    nm = ("Volgende bijeenkomst: dinsdag 26 september 2023 in Luik – Prochaine rencontre : mardi 26 "
          "septembre 2023 à Liège.")
    P(doc, nm)

    return save(doc, fname, {
        "languages": ["nl", "fr"], "online": True, "interpretation": True, "date": "2023-04-03",
        "people": [
            ["Koen Vandamme", "Present", "SPP"],
            ["Aline Dufrasne", "Present", "SPP"],
            ["Griet Vermeulen", "Present", "GENT"],
            ["Yasmina El Idrissi", "Present", "GENT"],
            ["Karim Benali", "Present", "LIEGE"],
            ["Laura Di Stefano", "Present", "CHARLEROI"],
            ["Els Peeters", "Present", "ANTWERPEN"],
            ["Sanne Wuyts", "Present", "SCHOTEN"],
            ["Hanane Ouali", "Present", "BRUXELLES"],
            ["Dirk Maes", "Present", None],
            ["Claire Noël", "Present", None],
            ["Ruben Mertens", "Excused", "MORTSEL"],
            ["Fabienne Lecomte", "Excused", "CHARLEROI"],
        ],
        "agenda": [[tm[:5].replace(".", ":"), tm[8:13].replace(".", ":"), title] for tm, title in agenda],
        "headings": [
            ["1", "Inleiding – Introduction"],
            ["2", "Stand van zaken per OCMW – État des lieux par CPAS"],
            ["3", "Bewaring van documenten en GDPR – Conservation des documents et RGPD"],
            ["4", "Tevredenheidsenquête – Enquête de satisfaction"],
            ["5", "Actiepunten – Points d'action"],
            ["6", "Volgende bijeenkomst – Prochaine rencontre"],
        ],
        "actions": [
            ["Network Contact", ["Koen Vandamme"], None, "Koen stuurt de nota over de bewaartermijnen"],
            ["CPAS", [], None, "Elk OCMW controleert welke persoonsgegevens"],
            ["CPAS", [], "GENT", "Het OCMW Gent test de nieuwe enquête"],
            ["Several Network Contacts", ["Laura Di Stefano", "Hanane Ouali"], None,
             "Laura en Hanane bezorgen de Franse versie"],
            ["SPP", [], None, "Het POD vraagt bij de Europese Commissie"],
        ],
        "next_meeting": {"date": "2023-09-26", "text": nm},
        "remarks": ["ONTWERP – opmerkingen van de OCMW's nog toe te voegen / PROJET – commentaires des CPAS "
                    "encore à ajouter",
                    "[cijfers nog aan te vullen / chiffres à compléter]"],
    })


# ============================================================================================ 265
def r265():
    """OCMW Edegem, maatschappelijk werker (Hilde Goossens), 2024. Short informal Teams call of the
    Antwerp partners. First names, no agenda, Heading 2 without numbers, agreements as bullets with
    the owner after a dash ('– Ruben'); one agreement repeated from the text."""
    fname = "265_verslag_partneroverleg_teams_nov2024.docx"
    doc = new_doc(font="Aptos", size=11)
    footer_page(doc, "OCMW Edegem – verslag partneroverleg AMIF – ", align="c")

    P(doc, [("Partneroverleg AMIF Antwerpen – Schoten – Edegem – Mortsel", "b")], size=13, space_after=0)
    P(doc, "Verslag: Hilde (OCMW Edegem)", italic=True, space_after=6)
    P(doc, [("Wanneer: ", "b"), ("dinsdag 12 november 2024, 14u – 15u30", "")], space_after=0)
    P(doc, [("Waar: ", "b"), ("Teams", "")], space_after=0)
    P(doc, [("Aanwezig: ", "b"), ("Hilde (Edegem), Wim Verhaegen (OCMW Edegem, diensthoofd), Sanne (Schoten), "
                                 "Ruben (Mortsel), Els en Tom (Antwerpen)", "")], space_after=0)
    P(doc, [("Verontschuldigd: ", "b"), ("Nadia (Antwerpen)", "")])

    H(doc, "Terugblik op de infosessies", 2)
    P(doc, "In oktober waren er infosessies in de drie partnergemeenten. In Schoten kwamen 14 van de "
           "22 uitgenodigde cliënten, in Edegem 9 van de 15. Mortsel: ?? aanwezigen (nog aan te vullen). "
           "De presentatie van Sanne werd goed ontvangen, vooral de foto's van de ateliers.")
    P(doc, "Sanne zal de presentatie van de infosessie doorsturen, zodat we dezelfde kunnen gebruiken.")

    H(doc, "Wachtlijst en doorverwijzing", 2)
    P(doc, "Er staan momenteel 11 mensen op de wachtlijst voor de module van februari. De maatschappelijk "
           "werkers vragen een eenvoudiger doorverwijsformulier: nu weten ze niet waar ze het taalniveau "
           "moeten aanduiden. Wim vindt dat we beter één wachtlijst hebben voor Schoten en Edegem, "
           "omdat de groepen toch samen in Antwerpen doorgaan.")

    H(doc, "Taalcafé Mortsel", 2)
    P(doc, "Ruben vertelt over het taalcafé dat elke woensdag in het dienstencentrum doorgaat. Het is "
           "open voor alle deelnemers van de partners. Els vraagt om de flyer ook in andere talen te "
           "maken. Tom heeft de flyer al naar de Antwerpse teams gestuurd.")

    H(doc, "Afspraken", 2)
    for line in ["Presentatie infosessie doorsturen – Sanne",
                 "Flyer taalcafé laten vertalen naar het Engels en het Arabisch – Ruben",
                 "Doorverwijsformulier aanpassen met een vakje voor het taalniveau – Hilde & Wim",
                 "Wachtlijst Schoten en Edegem samenvoegen in één Excel – nog te bepalen",
                 "Antwerpen bezorgt de nieuwe planning van de modules voor het voorjaar"]:
        P(doc, line, style="List Bullet", space_after=0)
    P(doc, "")
    nm = "Volgende keer: donderdag 13/02/2025 om 14u, bij ons in Edegem (niet online)."
    P(doc, nm)

    return save(doc, fname, {
        "languages": ["nl"], "online": True, "interpretation": False, "date": "2024-11-12",
        "people": [
            ["Hilde", "Present", "EDEGEM"],
            ["Wim Verhaegen", "Present", "EDEGEM"],
            ["Sanne", "Present", "SCHOTEN"],
            ["Ruben", "Present", "MORTSEL"],
            ["Els", "Present", "ANTWERPEN"],
            ["Tom", "Present", "ANTWERPEN"],
            ["Nadia", "Excused", "ANTWERPEN"],
        ],
        "agenda": [],
        "headings": [
            ["", "Terugblik op de infosessies"],
            ["", "Wachtlijst en doorverwijzing"],
            ["", "Taalcafé Mortsel"],
            ["", "Afspraken"],
        ],
        "actions": [
            ["Network Contact", ["Sanne"], None, "Sanne zal de presentatie van de infosessie doorsturen"],
            ["Network Contact", ["Ruben"], None, "Flyer taalcafé laten vertalen naar het Engels"],
            ["Several Network Contacts", ["Hilde", "Wim Verhaegen"], None,
             "Doorverwijsformulier aanpassen met een vakje voor het taalniveau"],
            ["To Be Assigned", [], None, "Wachtlijst Schoten en Edegem samenvoegen in één Excel"],
            ["CPAS", [], "ANTWERPEN", "Antwerpen bezorgt de nieuwe planning van de modules"],
        ],
        "next_meeting": {"date": "2025-02-13", "text": nm},
        "remarks": ["(nog aan te vullen)"],
    })


# ============================================================================================ 266
def r266():
    """CPAS de Binche, coordinatrice du projet partenaire (Anne-Sophie Wauthier), 2026. Formal French
    PV with Mme/M. titles and functions in bullets, non-breaking spaces before colons in labels,
    agenda in a 'De / À / Point' table, Heading 1/2 numbered '1.' and '2.1', actions in Word's
    List Number with the owner before a colon, next meeting as a sentence."""
    fname = "266_pv_reunion_reseau_binche_janv2026.docx"
    doc = new_doc(font="Times New Roman", size=11.5)
    header_lines(doc, ["CPAS de Binche", "Service d'insertion sociale – partenaire du projet FAMI de Charleroi"],
                 size=8.5, align="l", color=GREY)
    footer_page(doc, "PV du réseau FAMI du 27 janvier 2026 – page ", align="r")

    P(doc, [("Procès-verbal de la réunion du réseau FAMI", "b")], align="c", size=15, space_after=2)
    P(doc, "Mardi 27 janvier 2026 – CPAS de Binche, salle polyvalente, rue de Robiansart", align="c",
      space_after=10)

    P(doc, [("Présents\u00a0:", "b")], space_after=0)
    for line in ["Mme Anne-Sophie Wauthier, coordinatrice, CPAS de Binche (rédaction du PV)",
                 "M. Christophe Baudour, directeur de l'action sociale, CPAS de Binche",
                 "Mme Laura Di Stefano, CPAS de Charleroi",
                 "M. Mehmet Yilmaz, coach, CPAS de Charleroi",
                 "Mme Aline Dufrasne, SPP Intégration sociale",
                 "M. Jérôme Lixon, CPAS de Liège",
                 "Mme Yasmina El Idrissi, CPAS de Gand",
                 "M. Samir Haddad, Lire et Écrire Centre-Mons-Borinage (invité)"]:
        P(doc, line, style="List Bullet", space_after=0)
    P(doc, "")
    P(doc, [("Excusés\u00a0: ", "b"),
            ("M. Koen Vandamme (SPP IS), Mme Els Peeters (OCMW d'Anvers), Mme Hanane Ouali (CPAS de Bruxelles).", "")])

    P(doc, [("Ordre du jour\u00a0:", "b")], space_after=2)
    agenda = [("09:30", "09:45", "Accueil par la Présidente du CPAS de Binche"),
              ("09:45", "10:30", "Bilan 2025 : indicateurs communs et rapport annuel"),
              ("10:30", "11:15", "Présentation de Lire et Écrire : l'alphabétisation des primo-arrivants"),
              ("11:15", "11:30", "Pause"),
              ("11:30", "12:15", "Conservation des données et clôture de la programmation"),
              ("12:15", "12:30", "Divers")]
    table(doc, [["De", "À", "Point"]] + [list(a) for a in agenda], widths=[1.6, 1.6, 12.8],
          size=10.5, shade="EDEDED")
    P(doc, "")

    H(doc, "1. Accueil", 1)
    P(doc, "La Présidente du CPAS de Binche souhaite la bienvenue aux membres du réseau et rappelle que "
           "Binche participe au projet de Charleroi depuis 2016. Elle souligne le travail des "
           "assistants sociaux des antennes, qui orientent la majorité des participants.", align="j")

    H(doc, "2. Bilan 2025", 1)
    H(doc, "2.1 Indicateurs communs", 2)
    P(doc, "Aline Dufrasne rappelle les indicateurs communs du règlement (UE) 2021/1147. Les chiffres "
           "provisoires pour 2025 sont les suivants :", align="j")
    for line in ["Charleroi : 64 participants aux activités de soutien, dont 41 au cours de langue",
                 "Liège : 58 participants, 22 en orientation civique",
                 "Gand : 71 participants ; 19 ont progressé d'au moins un niveau CECR",
                 "Binche : XXX participants ayant progressé d'un niveau CECR"]:
        P(doc, line, style="List Bullet 2", space_after=0)
    P(doc, "")
    P(doc, "Le tableau détaillé figure en annexe [annexe : tableau des indicateurs 2025 – à compléter].",
      align="j")
    H(doc, "2.2 Rapport annuel", 2)
    P(doc, "Le canevas du rapport annuel reste identique à celui de 2024. Le SPP a déjà envoyé les "
           "définitions des indicateurs en décembre. La question « l'activité vous a-t-elle aidé dans "
           "votre intégration ? » est posée à la fin de chaque module.", align="j")

    H(doc, "3. Alphabétisation des primo-arrivants", 1)
    P(doc, "Samir Haddad présente l'offre de Lire et Écrire : des groupes d'alphabétisation de 12 "
           "personnes maximum, quatre matinées par semaine, avec un test de positionnement à "
           "l'entrée. Pour les participants peu ou pas scolarisés, un niveau CECR n'a pas de sens au "
           "départ ; Lire et Écrire utilise ses propres repères. Mehmet Yilmaz explique que les "
           "séances en ligne organisées pendant la crise sanitaire n'avaient pas fonctionné pour ce "
           "public.", align="j")

    H(doc, "4. Conservation des données", 1)
    P(doc, "Les documents de la programmation 2014-2020 doivent être conservés cinq ans à compter du "
           "31 décembre de l'année du dernier paiement. Les données personnelles des participants ne "
           "sont gardées que le temps nécessaire. Jérôme Lixon signale que Liège a encore des "
           "archives papier de 2016 à 2020 qu'il faudra trier.", align="j")

    H(doc, "5. Divers", 1)
    P(doc, "Yasmina El Idrissi propose que la prochaine réunion se tienne à Gand, avec une visite de "
           "l'atelier vélo. La proposition est acceptée.", align="j")
    nm = "La prochaine réunion du réseau aura lieu le jeudi 21 mai 2026 à Gand."
    P(doc, [(nm, "b")])

    H(doc, "6. Points d'action", 1)
    for line in ["Le SPP envoie le canevas du rapport annuel 2025 pour le 13 février.",
                 "Chaque CPAS transmet ses indicateurs communs 2025 au SPP pour le 6 mars.",
                 "CPAS de Charleroi\u00a0: mettre à jour la liste des participants ayant quitté le projet.",
                 "Jérôme Lixon et Yasmina El Idrissi\u00a0: préparer une proposition de grille "
                 "d'évaluation simplifiée pour les personnes peu scolarisées.",
                 "Samir Haddad\u00a0: envoyer le calendrier des formations de Lire et Écrire.",
                 "Inventaire des archives papier 2016-2020\u00a0: responsable à définir."]:
        P(doc, line, style="List Number", space_after=2)
    P(doc, "")
    P(doc, "Binche, le 3 février 2026 – Anne-Sophie Wauthier", align="r", italic=True)

    return save(doc, fname, {
        "languages": ["fr"], "online": False, "interpretation": False, "date": "2026-01-27",
        "people": [
            ["Anne-Sophie Wauthier", "Present", "BINCHE"],
            ["Christophe Baudour", "Present", "BINCHE"],
            ["Laura Di Stefano", "Present", "CHARLEROI"],
            ["Mehmet Yilmaz", "Present", "CHARLEROI"],
            ["Aline Dufrasne", "Present", "SPP"],
            ["Jérôme Lixon", "Present", "LIEGE"],
            ["Yasmina El Idrissi", "Present", "GENT"],
            ["Samir Haddad", "Present", None],
            ["Koen Vandamme", "Excused", "SPP"],
            ["Els Peeters", "Excused", "ANTWERPEN"],
            ["Hanane Ouali", "Excused", "BRUXELLES"],
        ],
        "agenda": [[a, b, c] for a, b, c in agenda],
        "headings": [
            ["1", "Accueil"],
            ["2", "Bilan 2025"],
            ["2.1", "Indicateurs communs"],
            ["2.2", "Rapport annuel"],
            ["3", "Alphabétisation des primo-arrivants"],
            ["4", "Conservation des données"],
            ["5", "Divers"],
            ["6", "Points d'action"],
        ],
        "actions": [
            ["SPP", [], None, "Le SPP envoie le canevas du rapport annuel"],
            ["CPAS", [], None, "Chaque CPAS transmet ses indicateurs communs 2025"],
            ["CPAS", [], "CHARLEROI", "mettre à jour la liste des participants"],
            ["Several Network Contacts", ["Jérôme Lixon", "Yasmina El Idrissi"], None,
             "préparer une proposition de grille d'évaluation"],
            ["Network Contact", ["Samir Haddad"], None, "envoyer le calendrier des formations"],
            ["To Be Assigned", [], None, "Inventaire des archives papier 2016-2020"],
        ],
        "next_meeting": {"date": "2026-05-21", "text": nm},
        "remarks": ["Binche : XXX participants ayant progressé d'un niveau CECR",
                    "[annexe : tableau des indicateurs 2025 – à compléter]"],
    })


if __name__ == "__main__":
    for fn in (r257, r258, r259, r260, r261, r262, r263, r264, r265, r266):
        e = fn()
        print("wrote", e["file"])
