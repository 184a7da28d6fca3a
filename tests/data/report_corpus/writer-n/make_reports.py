# -*- coding: utf-8 -*-
"""Writer N: ten meeting reports (147-156) of the AMIF/FAMI network of the CPAS/OCMW,
each in the hand of a different secretary. One function per report: it builds the
document and returns the expected dict, typed by hand from the text written in it."""
import json
import os

from docx import Document
from docx.enum.section import WD_ORIENT  # noqa: F401
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK  # noqa: F401
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))


# ---------------------------------------------------------------- helpers
def base_doc(font="Calibri", size=11, margins=2.5):
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
    for s in doc.sections:
        s.left_margin = s.right_margin = Cm(margins)
        s.top_margin = s.bottom_margin = Cm(margins)
    return doc


def style_font(doc, name, font=None, size=None, color=None, bold=None, italic=None):
    st = doc.styles[name]
    if font:
        st.font.name = font
        rpr = st.element.get_or_add_rPr()
        rfonts = rpr.find(qn("w:rFonts"))
        if rfonts is None:
            rfonts = OxmlElement("w:rFonts")
            rpr.append(rfonts)
        for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
            rfonts.set(qn(a), font)
        for a in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme"):
            if rfonts.get(qn(a)) is not None:
                del rfonts.attrib[qn(a)]
    if size:
        st.font.size = Pt(size)
    if color is not None:
        st.font.color.rgb = RGBColor.from_string(color)
    if bold is not None:
        st.font.bold = bold
    if italic is not None:
        st.font.italic = italic
    return st


def P(container, text="", bold=False, italic=False, underline=False, size=None, color=None,
      align=None, style=None, space_after=None, space_before=None, font=None):
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    if text:
        r = p.add_run(text)
        fmt(r, bold, italic, underline, size, color, font)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "j":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    if space_before is not None:
        p.paragraph_format.space_before = Pt(space_before)
    return p


def fmt(r, bold=False, italic=False, underline=False, size=None, color=None, font=None):
    if bold:
        r.bold = True
    if italic:
        r.italic = True
    if underline:
        r.underline = True
    if size:
        r.font.size = Pt(size)
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    if font:
        r.font.name = font
    return r


def PR(container, runs, style=None, align=None, space_after=None):
    """Paragraph from runs: list of (text, dict(fmt))."""
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    for item in runs:
        if isinstance(item, str):
            p.add_run(item)
        else:
            t, f = item
            fmt(p.add_run(t), **f)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "j":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    return p


def cell_text(cell, text, bold=False, italic=False, size=None, color=None, shade=None):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        if line:
            fmt(p.add_run(line), bold, italic, False, size, color)
    if shade:
        tcpr = cell._tc.get_or_add_tcPr()
        shd = OxmlElement("w:shd")
        shd.set(qn("w:val"), "clear")
        shd.set(qn("w:color"), "auto")
        shd.set(qn("w:fill"), shade)
        tcpr.append(shd)
    return cell


def shade_para(p, fill):
    ppr = p._p.get_or_add_pPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    ppr.append(shd)


def bottom_border(p, color="000000", sz="6"):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), sz)
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    bdr.append(b)
    ppr.append(bdr)


def page_field(p):
    r = p.add_run()
    f1 = OxmlElement("w:fldChar")
    f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = "PAGE"
    f2 = OxmlElement("w:fldChar")
    f2.set(qn("w:fldCharType"), "end")
    r._r.append(f1)
    r._r.append(it)
    r._r.append(f2)
    return r


def col_widths(table, widths_cm):
    table.autofit = False
    for row in table.rows:
        for i, w in enumerate(widths_cm):
            row.cells[i].width = Cm(w)


def tab_stop(p, cm):
    p.paragraph_format.tab_stops.add_tab_stop(Cm(cm))


# ---------------------------------------------------------------- 147
def r147():
    """SPP IS, Véronique Lambotte: kick-off meeting, formal SPP template, Roman numerals."""
    doc = base_doc("Arial", 10, 2.2)
    style_font(doc, "Heading 1", font="Arial", size=11, color="1F3864", bold=True)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = ""
    fmt(hp.add_run("Naar een geïntegreerd migratiebeleid, dankzij het AMIF\n"), italic=True, size=8, color="555555")
    fmt(hp.add_run("Vers une politique de migration plus intégrée, grâce au FAMI"), italic=True, size=8, color="555555")
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = sec.footer.paragraphs[0]
    fmt(fp.add_run("POD Maatschappelijke Integratie | SPP Intégration Sociale – rapport V. Lambotte, version 28/10/2016 – p. "), size=8)
    page_field(fp)

    hp2 = sec.header.add_paragraph()
    fmt(hp2.add_run("POD | Maatschappelijke Integratie    SPP | Intégration Sociale"), bold=True, size=9,
        color="1F3864")
    P(doc, "Rapport réunion de lancement CPAS – Verslag startvergadering OCMW's", bold=True, size=14,
      align="c", space_before=12)
    P(doc, "FAMI 20 octobre 2016 – 20 oktober 2016", bold=True, align="c")
    P(doc, "SPP Intégration Sociale, boulevard du Jardin Botanique 50, 1000 Bruxelles", italic=True, align="c")

    PR(doc, [("Présents : ", dict(bold=True)),
             "Véronique Lambotte (SPP IS), Koen Devriendt (SPP IS), Hanne Vermeulen (CPAS Gand), "
             "Jeroen Claeys (CPAS Gand), Nathalie Goffin (CPAS Liège), Karim Bensaïd (CPAS Liège), "
             "Sophie Lardinois (CPAS Charleroi), Els Peeters (CPAS Anvers), Marie-Claire Nsimba (CPAS Bruxelles)"],
       align="j")
    PR(doc, [("Excusés : ", dict(bold=True)),
             "Thomas Vandenbroucke (CPAS Bruxelles), Mehdi Ouali (CPAS Charleroi)"])

    P(doc, "Ordre du jour", bold=True, space_before=6, space_after=2)
    for t in ["10h00 – 10h30 : Accueil et tour de table",
              "10h30 – 11h15 : Le FAMI et le rôle du SPP",
              "11h15 – 12h30 : Présentation des projets par CPAS",
              "12h30 – 13h30 : Lunch",
              "13h30 – 15h00 : La fiche projet : un modèle commun",
              "15h00 – 15h30 : Planning et divers"]:
        p = P(doc, t, space_after=0)
        p.paragraph_format.left_indent = Cm(1)

    doc.add_heading("I. Accueil et tour de table", level=1)
    P(doc, "Véronique Lambotte souhaite la bienvenue aux cinq CPAS qui démarrent un projet FAMI d'activation "
           "sociale. Chacun se présente brièvement. Pour plusieurs participants, c'est la première fois qu'ils "
           "rencontrent leurs collègues des autres villes.", align="j")
    doc.add_heading("II. Le FAMI et le rôle du SPP", level=1)
    P(doc, "Koen Devriendt rappelle le cadre : le Fonds Asile, Migration et Intégration finance une partie des "
           "frais de personnel ; le SPP suit les projets, organise deux à trois rencontres par an et rassemble "
           "les chiffres demandés par l'Europe. Chaque CPAS reste propriétaire des données personnelles de ses "
           "participants : le SPP ne reçoit que des chiffres globaux.", align="j")
    doc.add_heading("III. Présentation des projets", level=1)
    P(doc, "Tour rapide des cinq projets :", space_after=2)
    for t in ["Gand : trajet individuel et ateliers de groupe, en lien avec les maatschappelijk werkers des antennes ;",
              "Liège : Mod' Actions, un bilan d'orientation puis quatre modules collectifs ;",
              "Charleroi : Activ'Up, fonctionnement par modules de septembre à juin ;",
              "Anvers : 40 participants prévus pour la première année [chiffres à venir pour Bruxelles] ;",
              "Bruxelles : démarrage prévu en janvier, recrutement en cours."]:
        P(doc, t, style="List Bullet", space_after=0)
    doc.add_heading("IV. La fiche projet", level=1)
    P(doc, "Le SPP propose un modèle unique de fiche projet, avec des rubriques bilingues : objectif principal, "
           "groupe cible, méthode de recrutement, modules et sous-objectifs (au moins trois par module), coûts en "
           "ETP, facteurs de succès et partenaires. Les CPAS demandent que le groupe cible puisse être coché "
           "plutôt que décrit.", align="j")
    doc.add_heading("V. Planning et divers", level=1)
    P(doc, "Actions convenues :", italic=True, space_after=2)
    for t in ["Le SPP envoie le modèle de fiche projet bilingue à tous les CPAS pour le 4 novembre 2016.",
              "Chaque CPAS renvoie sa fiche complétée pour le 2 décembre 2016.",
              "Hanne Vermeulen propose une date pour la visite du projet à Gand.",
              "Karim Bensaïd et Nathalie Goffin préparent une courte présentation des trois contrats liégeois."]:
        P(doc, t, style="List Bullet", space_after=0)
    P(doc, "Prochaine réunion : jeudi 9 mars 2017 au CPAS de Gand.", bold=True, space_before=8)
    doc.add_heading("Korte samenvatting", level=1)
    P(doc, "Startvergadering van het AMIF-netwerk met de vijf OCMW's. Het POD stelt een gemeenschappelijke "
           "projectfiche voor; elk OCMW vult ze in tegen begin december. De volgende bijeenkomst vindt plaats in "
           "Gent.", italic=True, align="j")

    return doc, {
        "file": "147_lancement_reseau_bruxelles.docx",
        "languages": ["fr", "nl"],
        "online": False,
        "interpretation": False,
        "date": "2016-10-20",
        "people": [
            ["Véronique Lambotte", "Present", "SPP"],
            ["Koen Devriendt", "Present", "SPP"],
            ["Hanne Vermeulen", "Present", "GENT"],
            ["Jeroen Claeys", "Present", "GENT"],
            ["Nathalie Goffin", "Present", "LIEGE"],
            ["Karim Bensaïd", "Present", "LIEGE"],
            ["Sophie Lardinois", "Present", "CHARLEROI"],
            ["Els Peeters", "Present", "ANTWERPEN"],
            ["Marie-Claire Nsimba", "Present", "BRUXELLES"],
            ["Thomas Vandenbroucke", "Excused", "BRUXELLES"],
            ["Mehdi Ouali", "Excused", "CHARLEROI"],
        ],
        "agenda": [
            ["10:00", "10:30", "Accueil et tour de table"],
            ["10:30", "11:15", "Le FAMI et le rôle du SPP"],
            ["11:15", "12:30", "Présentation des projets par CPAS"],
            ["12:30", "13:30", "Lunch"],
            ["13:30", "15:00", "La fiche projet : un modèle commun"],
            ["15:00", "15:30", "Planning et divers"],
        ],
        "headings": [
            ["I", "Accueil et tour de table"],
            ["II", "Le FAMI et le rôle du SPP"],
            ["III", "Présentation des projets"],
            ["IV", "La fiche projet"],
            ["V", "Planning et divers"],
            ["", "Korte samenvatting"],
        ],
        "actions": [
            ["SPP", [], None, "Le SPP envoie le modèle de fiche projet bilingue"],
            ["CPAS", [], None, "Chaque CPAS renvoie sa fiche complétée"],
            ["Network Contact", ["Hanne Vermeulen"], None, "Hanne Vermeulen propose une date pour la visite"],
            ["Several Network Contacts", ["Karim Bensaïd", "Nathalie Goffin"], None,
             "Karim Bensaïd et Nathalie Goffin préparent une courte présentation"],
        ],
        "next_meeting": {"date": "2017-03-09", "text": "Prochaine réunion : jeudi 9 mars 2017 au CPAS de Gand."},
        "remarks": ["[chiffres à venir pour Bruxelles]"],
    }


# ---------------------------------------------------------------- 148
def r148():
    """OCMW Gent, Hanne Vermeulen: Dutch, bold-underlined typed numbers, Wat/Wie/Tegen table."""
    doc = base_doc("Calibri", 11, 2.0)
    fp = doc.sections[0].footer.paragraphs[0]
    fmt(fp.add_run("Verslag netwerkdag AMIF 09/03/2017 – HV"), size=8, color="808080")

    P(doc, "VERSLAG NETWERKDAG AMIF – OCMW GENT", bold=True, size=14, space_after=2)
    bottom_border(P(doc, "", space_after=6))
    PR(doc, [("Datum: ", dict(bold=True)), "donderdag 9 maart 2017, 9u30 – 16u"], space_after=0)
    PR(doc, [("Plaats: ", dict(bold=True)), "Dienst Inburgering OCMW Gent, Onderbergen 86, 9000 Gent"], space_after=0)
    PR(doc, [("Verslag: ", dict(bold=True)), "Hanne"])

    P(doc, "Aanwezig:", bold=True, space_after=0)
    for t in ["Hanne Vermeulen, Jeroen Claeys, Fatma Yildiz (OCMW Gent)",
              "Koen Devriendt (POD MI)",
              "Els Peeters, Youssef El Khattabi (OCMW Antwerpen)",
              "Nathalie Goffin, Céline Wathelet (OCMW Luik)",
              "Sophie Lardinois, Mehdi Ouali (OCMW Charleroi)",
              "Thomas Vandenbroucke (OCMW Brussel)",
              "Isabelle Moreau (tolk FR-NL)"]:
        P(doc, t, style="List Bullet", space_after=0)
    P(doc, "Verontschuldigd:", bold=True, space_after=0, space_before=6)
    for t in ["Marie-Claire Nsimba (OCMW Brussel)", "Karim Bensaïd (OCMW Luik)"]:
        P(doc, t, style="List Bullet", space_after=0)
    P(doc, "Isabelle zorgde de hele dag voor fluistertolken voor de Franstalige collega's. Merci!",
      italic=True, space_before=6)

    P(doc, "Agenda", bold=True, space_after=0)
    for t in ["1. Welkom en rondleiding", "2. Voorstelling traject OCMW Gent", "3. Stand van zaken per OCMW",
              "4. Intake en oriëntatie: uitwisseling", "5. Varia"]:
        P(doc, t, space_after=0)

    def sec(t):
        P(doc, t, bold=True, underline=True, space_before=12, space_after=4)

    sec("1. Welkom en rondleiding")
    P(doc, "Jeroen heet iedereen welkom. We starten met een korte rondleiding in het gebouw: onthaal, de twee "
           "groepslokalen en het lokaal waar de individuele gesprekken doorgaan. De Franstalige collega's vinden "
           "de centrale ligging bij de Vrijdagmarkt een troef.")
    sec("2. Voorstelling traject OCMW Gent")
    P(doc, "Fatma stelt het traject voor. Deelnemers worden aangemeld door hun maatschappelijk werker en krijgen "
           "eerst een intakegesprek. Daarna volgen ze minstens drie maanden een groepstraject (twee voormiddagen "
           "per week) en om de twee weken een individueel gesprek. Een uitstap per maand, vaak naar een museum "
           "of de bibliotheek.")
    P(doc, "Vragen van de anderen: hoe lang duurt een traject gemiddeld (antwoord: 6 tot 9 maanden) en wat "
           "gebeurt er na het traject (doorverwijzing naar opleiding of trajectbegeleiding werk).")
    sec("3. Stand van zaken per OCMW")
    P(doc, "Antwerpen: 32 deelnemers gestart, wachtlijst voor de taalactivering. Luik: de modules lopen, het "
           "creatief atelier is erg populair. Charleroi: module 2 loopt sinds september, moeilijk om mensen na de "
           "infosessie effectief te laten starten. Brussel: aanwerving van de coach is rond, eerste groep in april.")
    P(doc, "Charleroi: aantal deelnemers module 2 nog aan te vullen.", italic=True, color="C00000")
    sec("4. Intake en oriëntatie: uitwisseling")
    P(doc, "Luik werkt met een oriëntatiebalans na het intakegesprek, Gent met een kort onthaalgesprek en een "
           "\u2018proefweek\u2019. Iedereen vindt dat de behoeften van de cliënt centraal moeten staan en niet het "
           "aanbod. Idee: een gezamenlijke folder voor de maatschappelijk werkers in de sociale antennes, zodat "
           "zij beter weten wat het project is.")
    sec("5. Varia")
    P(doc, "Het POD herinnert eraan dat de cijfers per OCMW geanonimiseerd moeten worden doorgegeven. Geen namen "
           "van deelnemers in mails tussen OCMW's.")

    sec("Actiepunten")
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for i, h in enumerate(["Wat", "Wie", "Tegen"]):
        cell_text(t.rows[0].cells[i], h, bold=True, shade="D9E2F3")
    rows = [("Powerpoint traject Gent rondsturen naar alle partners", "Jeroen", "17/03"),
            ("Intakeformulier Luik delen (FR versie)", "Céline", "eind maart"),
            ("Cijfers deelnemers 2016 bezorgen aan POD", "elk OCMW", "31/03"),
            ("Datum en locatie volgende bijeenkomst vastleggen", "POD MI", "april"),
            ("Gezamenlijke folder voor maatschappelijk werkers", "nog te bepalen", "–")]
    for r in rows:
        cells = t.add_row().cells
        for i, v in enumerate(r):
            cell_text(cells[i], v)
    col_widths(t, [10, 3.5, 3])
    PR(doc, [("Volgende bijeenkomst: ", dict(bold=True)),
             "juni 2017, OCMW Antwerpen (datum volgt via POD)."])
    doc.paragraphs[-1].paragraph_format.space_before = Pt(10)

    return doc, {
        "file": "148_netwerkdag_gent.docx",
        "languages": ["nl"],
        "online": False,
        "interpretation": True,
        "date": "2017-03-09",
        "people": [
            ["Hanne Vermeulen", "Present", "GENT"],
            ["Jeroen Claeys", "Present", "GENT"],
            ["Fatma Yildiz", "Present", "GENT"],
            ["Koen Devriendt", "Present", "SPP"],
            ["Els Peeters", "Present", "ANTWERPEN"],
            ["Youssef El Khattabi", "Present", "ANTWERPEN"],
            ["Nathalie Goffin", "Present", "LIEGE"],
            ["Céline Wathelet", "Present", "LIEGE"],
            ["Sophie Lardinois", "Present", "CHARLEROI"],
            ["Mehdi Ouali", "Present", "CHARLEROI"],
            ["Thomas Vandenbroucke", "Present", "BRUXELLES"],
            ["Isabelle Moreau", "Present", None],
            ["Marie-Claire Nsimba", "Excused", "BRUXELLES"],
            ["Karim Bensaïd", "Excused", "LIEGE"],
        ],
        "agenda": [
            [None, None, "Welkom en rondleiding"],
            [None, None, "Voorstelling traject OCMW Gent"],
            [None, None, "Stand van zaken per OCMW"],
            [None, None, "Intake en oriëntatie: uitwisseling"],
            [None, None, "Varia"],
        ],
        "headings": [
            ["1", "Welkom en rondleiding"],
            ["2", "Voorstelling traject OCMW Gent"],
            ["3", "Stand van zaken per OCMW"],
            ["4", "Intake en oriëntatie: uitwisseling"],
            ["5", "Varia"],
            ["", "Actiepunten"],
        ],
        "actions": [
            ["Network Contact", ["Jeroen Claeys"], None, "Powerpoint traject Gent rondsturen naar alle partners"],
            ["Network Contact", ["Céline Wathelet"], None, "Intakeformulier Luik delen (FR versie)"],
            ["CPAS", [], None, "Cijfers deelnemers 2016 bezorgen aan POD"],
            ["SPP", [], None, "Datum en locatie volgende bijeenkomst vastleggen"],
            ["To Be Assigned", [], None, "Gezamenlijke folder voor maatschappelijk werkers"],
        ],
        "next_meeting": {"date": None, "text": "Volgende bijeenkomst: juni 2017, OCMW Antwerpen (datum volgt via POD)."},
        "remarks": ["Charleroi: aantal deelnemers module 2 nog aan te vullen."],
    }


# ---------------------------------------------------------------- 149
def r149():
    """CPAS Liège, Céline Wathelet: Times, centred title, people in a two-column table,
    letters A. B. C. with a tab, arrows for actions, first names in actions."""
    doc = base_doc("Times New Roman", 12, 2.5)
    P(doc, "CPAS de Liège – Projet Mod' Actions", size=10, italic=True, align="r")
    P(doc, "Réunion du réseau FAMI des CPAS", bold=True, size=16, align="c", space_before=6, space_after=0)
    P(doc, "Liège, le 23 novembre 2017 – L'Échelle des Mots, rue Général Bertrand 35", italic=True, align="c")
    P(doc, "Compte rendu : C. Wathelet", size=10, align="c", space_after=10)

    t = doc.add_table(rows=2, cols=2)
    t.style = "Table Grid"
    cell_text(t.rows[0].cells[0], "Présent(e)s", bold=True)
    cell_text(t.rows[0].cells[1], "Excusé(e)s", bold=True)
    cell_text(t.rows[1].cells[0],
              "Mme Nathalie Goffin (CPAS de Liège)\nM. Karim Bensaïd (CPAS de Liège)\n"
              "Mme Céline Wathelet (CPAS de Liège)\nM. Koen Devriendt (SPP IS)\n"
              "Mme Hanne Vermeulen (CPAS de Gand)\nMme Sophie Lardinois (CPAS de Charleroi)\n"
              "Mme Julie Marchal (CPAS de Binche)\nM. Youssef El Khattabi (CPAS d'Anvers)\n"
              "Mme Leila Haddou (CPAS de Bruxelles)", size=11)
    cell_text(t.rows[1].cells[1], "Mme Els Peeters (CPAS d'Anvers)\nM. Jeroen Claeys (CPAS de Gand)", size=11)
    col_widths(t, [9, 7])

    P(doc, "Ordre du jour", italic=True, underline=True, space_before=10, space_after=2)
    for t_ in ["9h30 Accueil – café",
               "10h00 Les trois contrats : présentation par l'équipe de Liège",
               "11h00 Le bilan d'orientation en pratique",
               "12h30 Repas à la ferme du CPAS",
               "14h00 Échanges sur le recrutement et les antennes sociales",
               "15h30 Fin de la réunion"]:
        P(doc, t_, size=11, space_after=0)

    def sec(letter, title):
        p = P(doc, "", space_before=12, space_after=4)
        tab_stop(p, 1)
        fmt(p.add_run(letter + ".\t" + title), bold=True)

    sec("A", "Accueil")
    P(doc, "Nathalie Goffin accueille les collègues dans la maison de la rue Général Bertrand. Un membre du "
           "personnel (article 60) accueille chaque personne qui entre : l'équipe tient à cet accueil accessible.",
      align="j")
    sec("B", "Les trois contrats")
    P(doc, "Chaque participant signe trois contrats : avec son assistant social, avec la personne chargée des "
           "entretiens d'admission et avec le responsable de chaque module suivi. Les règles sur le taux de "
           "présence et la ponctualité y sont fixées. Gand et Anvers trouvent que trois contrats, c'est beaucoup "
           "pour des personnes peu alphabétisées ; Liège répond que le contrat se lit ensemble, à voix haute.",
      align="j")
    P(doc, "→ Céline envoie le canevas des trois contrats à tous les CPAS d'ici le 8 décembre.", italic=True)
    sec("C", "Le bilan d'orientation")
    P(doc, "Karim Bensaïd présente un bilan anonymisé : parcours, objectifs, motivation, obstacles, et la "
           "proposition de modules. Le bilan est relu par la coordinatrice avant l'orientation. Débat sur le "
           "temps nécessaire (entre une et deux heures par personne).", align="j")
    sec("D", "Recrutement et antennes sociales")
    P(doc, "Charleroi et Binche expliquent leur « entonnoir » : un grand listing de bénéficiaires potentiels, "
           "une sélection par les AS, puis une invitation à une séance d'information. Seul un tiers des invités "
           "vient. À Liège, les inscriptions restent possibles à tout moment.", align="j")
    P(doc, "→ Sophie Lardinois et Julie Marchal présenteront l'entonnoir de recrutement de Charleroi et Binche "
           "à la prochaine réunion.", italic=True)
    P(doc, "NB : les chiffres d'Anvers seront ajoutés après relecture.", size=10, color="7F7F7F")
    sec("E", "Divers")
    P(doc, "Question des repas lors des rencontres : peuvent-ils être pris en charge par le projet ?", align="j")
    P(doc, "→ Le SPP vérifie si les frais de repas des rencontres sont éligibles.", italic=True)
    P(doc, "Prochaine rencontre : à Charleroi, au printemps – date à fixer via Doodle.", bold=True,
      space_before=12)
    P(doc, "Liège, le 30 novembre 2017", italic=True, size=10, align="r")

    return doc, {
        "file": "149_rencontre_liege_contrats.docx",
        "languages": ["fr"],
        "online": False,
        "interpretation": False,
        "date": "2017-11-23",
        "people": [
            ["Nathalie Goffin", "Present", "LIEGE"],
            ["Karim Bensaïd", "Present", "LIEGE"],
            ["Céline Wathelet", "Present", "LIEGE"],
            ["Koen Devriendt", "Present", "SPP"],
            ["Hanne Vermeulen", "Present", "GENT"],
            ["Sophie Lardinois", "Present", "CHARLEROI"],
            ["Julie Marchal", "Present", "BINCHE"],
            ["Youssef El Khattabi", "Present", "ANTWERPEN"],
            ["Leila Haddou", "Present", "BRUXELLES"],
            ["Els Peeters", "Excused", "ANTWERPEN"],
            ["Jeroen Claeys", "Excused", "GENT"],
        ],
        "agenda": [
            ["09:30", None, "Accueil – café"],
            ["10:00", None, "Les trois contrats : présentation par l'équipe de Liège"],
            ["11:00", None, "Le bilan d'orientation en pratique"],
            ["12:30", None, "Repas à la ferme du CPAS"],
            ["14:00", None, "Échanges sur le recrutement et les antennes sociales"],
            ["15:30", None, "Fin de la réunion"],
        ],
        "headings": [
            ["A", "Accueil"],
            ["B", "Les trois contrats"],
            ["C", "Le bilan d'orientation"],
            ["D", "Recrutement et antennes sociales"],
            ["E", "Divers"],
        ],
        "actions": [
            ["Network Contact", ["Céline Wathelet"], None, "Céline envoie le canevas des trois contrats"],
            ["Several Network Contacts", ["Sophie Lardinois", "Julie Marchal"], None,
             "Sophie Lardinois et Julie Marchal présenteront l'entonnoir"],
            ["SPP", [], None, "Le SPP vérifie si les frais de repas"],
        ],
        "next_meeting": {"date": None, "text": "Prochaine rencontre : à Charleroi, au printemps – date à fixer via Doodle."},
        "remarks": ["NB : les chiffres d'Anvers seront ajoutés après relecture."],
    }


# ---------------------------------------------------------------- 150
def r150():
    """CPAS Charleroi, Sophie Lardinois: Arial, blue unnumbered Heading 2, people per CPAS,
    agenda in a borderless table, 'Qui fait quoi ?' with owner before colon, NL summary."""
    doc = base_doc("Arial", 10, 2.0)
    style_font(doc, "Heading 2", font="Arial", size=12, color="2E74B5", bold=True)
    hp = doc.sections[0].header.paragraphs[0]
    fmt(hp.add_run("CPAS de Charleroi – Service Action Migrants"), size=8, bold=True, color="2E74B5")
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT

    P(doc, "Réunion FAMI – Rencontre des CPAS", bold=True, size=18, color="2E74B5", space_after=0)
    P(doc, "Charleroi, 17 mai 2018", size=12, space_after=10)

    P(doc, "Étaient présents :", bold=True, space_after=2)
    for t in ["SPP IS : Koen Devriendt, Sarah Benali",
              "CPAS de Charleroi : Sophie Lardinois, Mehdi Ouali, Aurore Dupont",
              "CPAS de Binche : Julie Marchal",
              "CPAS de Gand : Fatma Yildiz",
              "CPAS de Liège : Karim Bensaïd",
              "CPAS d'Anvers : Els Peeters, avec Bart Verhoeven (CPAS de Schoten)",
              "CPAS de Bruxelles : Leila Haddou"]:
        p = P(doc, t, space_after=0)
        p.paragraph_format.left_indent = Cm(0.5)
    PR(doc, [("Excusés : ", dict(bold=True)), "Hanne Vermeulen (Gand), Nathalie Goffin (Liège)"])
    doc.paragraphs[-1].paragraph_format.space_before = Pt(4)

    P(doc, "Programme", bold=True, space_before=6, space_after=2)
    t = doc.add_table(rows=0, cols=2)
    for a, b in [("10h00", "Accueil et café"), ("10h15", "Activ'Up : bilan du module 2"),
                 ("11h30", "L'entonnoir de recrutement : chiffres et leçons"), ("12h30", "Sandwiches"),
                 ("13h30", "Atelier : mieux communiquer avec les participants"), ("15h00", "Divers et clôture")]:
        cells = t.add_row().cells
        cell_text(cells[0], a, bold=True, color="2E74B5")
        cell_text(cells[1], b)
    col_widths(t, [2, 12])

    doc.add_heading("Accueil", level=2)
    P(doc, "Mehdi Ouali accueille le groupe au Service Action Migrants. Petit rappel : le projet s'adresse à "
           "toute personne étrangère ou d'origine étrangère qui réside à Charleroi. Binche a rejoint le projet "
           "comme partenaire cette année.", align="j")
    doc.add_heading("Activ'Up : bilan du module 2", level=2)
    P(doc, "Le module 2 (septembre 2016 – juin 2017) reposait sur trois axes : coaching individuel tous les "
           "quinze jours, activités collectives (ateliers découvertes, sorties) et séances d'information « se "
           "débrouiller en Belgique ». Ce qui marche : l'intensif, presque tous les jours de la semaine, et "
           "l'esprit de groupe à la fin du module. Plusieurs participants sont prêts à aller vers l'ISP.",
      align="j")
    doc.add_heading("L'entonnoir de recrutement", level=2)
    P(doc, "Module 1 : 315 personnes retenues par les AS, 110 présentes à la séance d'information (35 %). "
           "Module 2 : 199 retenues, 60 présentes (30 %). Module 3 : [chiffres à venir].", align="j")
    P(doc, "Gand et Anvers recrutent au fil de l'eau, sans grand listing ; Bart Verhoeven signale qu'à Schoten "
           "le bouche-à-oreille fonctionne mieux que les courriers.", align="j")
    doc.add_heading("Atelier communication", level=2)
    P(doc, "En petits groupes, les CPAS listent ce qu'il faut améliorer : prévenir plus tôt quand un cours est "
           "annulé, des horaires équilibrés entre anciens et nouveaux participants, anticiper les activités "
           "(les procédures administratives sont de plus en plus longues). Pas d'activités obligatoires sur des "
           "sujets sensibles comme la sexualité ou les violences conjugales.", align="j")
    doc.add_heading("Divers", level=2)
    P(doc, "Le SPP rappelle que la fiche projet peut être mise à jour une fois par an.")
    doc.add_heading("Qui fait quoi ?", level=2)
    for t_ in ["Mehdi Ouali : envoyer le tableau de l'entonnoir (Excel) à tous les CPAS",
               "SPP : vérifier si la fiche projet peut mentionner les partenaires comme Binche et Schoten",
               "CPAS de Binche : transmettre le calendrier des séances d'info communes",
               "Aurore Dupont et Fatma Yildiz : comparer les horaires hebdomadaires de Gand et de Charleroi"]:
        p = doc.add_paragraph(style="List Bullet")
        owner, rest = t_.split(" : ", 1)
        fmt(p.add_run(owner + " : "), bold=True)
        p.add_run(rest)
    P(doc, "Prochaine réunion : mardi 9 octobre 2018 au CPAS d'Anvers.", bold=True, color="2E74B5",
      space_before=10)
    doc.add_heading("Samenvatting (NL)", level=2)
    P(doc, "Bijeenkomst in Charleroi over het project Activ'Up en de rekrutering van deelnemers: van de "
           "honderden mensen die de maatschappelijk werkers voorstellen, komt maar een derde naar de "
           "infosessie. Werkpunten: betere communicatie met de deelnemers en vroeger plannen. De actiepunten "
           "staan hierboven in het Frans.", italic=True, align="j")

    return doc, {
        "file": "150_charleroi_activup_entonnoir.docx",
        "languages": ["fr", "nl"],
        "online": False,
        "interpretation": False,
        "date": "2018-05-17",
        "people": [
            ["Koen Devriendt", "Present", "SPP"],
            ["Sarah Benali", "Present", "SPP"],
            ["Sophie Lardinois", "Present", "CHARLEROI"],
            ["Mehdi Ouali", "Present", "CHARLEROI"],
            ["Aurore Dupont", "Present", "CHARLEROI"],
            ["Julie Marchal", "Present", "BINCHE"],
            ["Fatma Yildiz", "Present", "GENT"],
            ["Karim Bensaïd", "Present", "LIEGE"],
            ["Els Peeters", "Present", "ANTWERPEN"],
            ["Bart Verhoeven", "Present", "SCHOTEN"],
            ["Leila Haddou", "Present", "BRUXELLES"],
            ["Hanne Vermeulen", "Excused", "GENT"],
            ["Nathalie Goffin", "Excused", "LIEGE"],
        ],
        "agenda": [
            ["10:00", None, "Accueil et café"],
            ["10:15", None, "Activ'Up : bilan du module 2"],
            ["11:30", None, "L'entonnoir de recrutement : chiffres et leçons"],
            ["12:30", None, "Sandwiches"],
            ["13:30", None, "Atelier : mieux communiquer avec les participants"],
            ["15:00", None, "Divers et clôture"],
        ],
        "headings": [
            ["", "Accueil"],
            ["", "Activ'Up : bilan du module 2"],
            ["", "L'entonnoir de recrutement"],
            ["", "Atelier communication"],
            ["", "Divers"],
            ["", "Qui fait quoi ?"],
            ["", "Samenvatting (NL)"],
        ],
        "actions": [
            ["Network Contact", ["Mehdi Ouali"], None, "envoyer le tableau de l'entonnoir (Excel)"],
            ["SPP", [], None, "vérifier si la fiche projet peut mentionner"],
            ["CPAS", [], "BINCHE", "transmettre le calendrier des séances d'info"],
            ["Several Network Contacts", ["Aurore Dupont", "Fatma Yildiz"], None,
             "comparer les horaires hebdomadaires de Gand"],
        ],
        "next_meeting": {"date": "2018-10-09", "text": "Prochaine réunion : mardi 9 octobre 2018 au CPAS d'Anvers."},
        "remarks": ["[chiffres à venir]"],
    }


# ---------------------------------------------------------------- 151
def r151():
    """OCMW Antwerpen, Youssef El Khattabi: NL then FR paragraph by paragraph (FR italic grey),
    simultaneous interpretation, Heading 1/2 with typed 1. / 2.1, owner in brackets at the end."""
    doc = base_doc("Verdana", 9.5, 2.2)
    style_font(doc, "Heading 1", font="Verdana", size=11, color="C00000", bold=True)
    style_font(doc, "Heading 2", font="Verdana", size=10, color="C00000", bold=True)
    fp = doc.sections[0].footer.paragraphs[0]
    fmt(fp.add_run("OCMW Antwerpen – AMIF – verslag 14/02/2019"), size=7, color="808080")

    def fr(text):
        return P(doc, text, italic=True, color="595959", align="j")

    P(doc, "Verslag netwerkbijeenkomst AMIF – Rapport de la rencontre du réseau FAMI", bold=True, size=13,
      space_after=0)
    P(doc, "14 februari 2019 – 14 février 2019", bold=True, space_after=0)
    P(doc, "OCMW Antwerpen, Lange Gasthuisstraat 33, 2000 Antwerpen", space_after=8)
    PR(doc, [("Aanwezig / Présents: ", dict(bold=True)),
             "Youssef El Khattabi, Els Peeters, Wim Janssens (OCMW Antwerpen); Bart Verhoeven (OCMW Schoten); "
             "An Wouters (OCMW Edegem); Dirk Van Looy (OCMW Mortsel); Hanne Vermeulen (OCMW Gent); "
             "Karim Bensaïd (CPAS Liège); Aurore Dupont (CPAS Charleroi); Leila Haddou, Marie-Claire Nsimba "
             "(CPAS Bruxelles); Sarah Benali (POD MI / SPP IS); Frank De Smet en Isabelle Moreau "
             "(tolken / interprètes)"], align="j")
    PR(doc, [("Verontschuldigd / Excusés: ", dict(bold=True)),
             "Sophie Lardinois (CPAS Charleroi), Fatma Yildiz (OCMW Gent)"])
    P(doc, "Met simultaanvertaling NL-FR (cabine) – Avec traduction simultanée NL-FR (cabine)", italic=True,
      size=8.5)

    P(doc, "Agenda / Ordre du jour", bold=True, space_before=6, space_after=2)
    for t in ["09u30 – 10u00\tOnthaal / Accueil",
              "10u00 – 11u00\tHet traject in Antwerpen en de partnergemeenten / Le trajet à Anvers et dans les communes partenaires",
              "11u00 – 12u15\tGroepssessies en taalactivering / Séances collectives et activation linguistique",
              "12u15 – 13u00\tLunch",
              "13u00 – 14u00\tEvaluatie door de deelnemers / Évaluation par les participants",
              "14u00 – 14u30\tVaria en afspraken / Divers et accords"]:
        p = P(doc, t, space_after=0)
        p.paragraph_format.left_indent = Cm(3)
        p.paragraph_format.first_line_indent = Cm(-3)
        tab_stop(p, 3)

    doc.add_heading("1. Onthaal / Accueil", level=1)
    P(doc, "Els Peeters verwelkomt de collega's in de Lange Gasthuisstraat. Voor het eerst nemen ook de drie "
           "partnergemeenten deel aan een netwerkbijeenkomst.", align="j")
    fr("Els Peeters accueille les collègues. Pour la première fois, les trois communes partenaires participent "
       "à une rencontre du réseau.")
    doc.add_heading("2. Het traject in Antwerpen en de partnergemeenten / Le trajet à Anvers et dans les "
                    "communes partenaires", level=1)
    P(doc, "Het Antwerpse traject combineert individuele begeleiding met wekelijkse groepssessies over wonen, "
           "mobiliteit en rechten en plichten. Deelnemers worden aangemeld door hun maatschappelijk werker; "
           "inschrijven kan op elk moment.", align="j")
    fr("Le trajet anversois combine un accompagnement individuel et des séances collectives hebdomadaires sur "
       "le logement, la mobilité, les droits et devoirs. Les participants sont orientés par leur assistant "
       "social ; l'inscription est possible à tout moment.")
    doc.add_heading("2.1 Schoten, Edegem en Mortsel / Schoten, Edegem et Mortsel", level=2)
    P(doc, "De kleinere OCMW's hebben weinig deelnemers (5 tot 12 per jaar). Ze sturen hun deelnemers naar de "
           "groepssessies in Antwerpen en doen zelf de individuele opvolging.", align="j")
    fr("Les petits CPAS ont peu de participants (5 à 12 par an). Ils les envoient aux séances collectives à "
       "Anvers et assurent eux-mêmes le suivi individuel.")
    P(doc, "Cijfers Mortsel: nog aan te vullen / Chiffres Mortsel : à compléter", bold=True, color="C00000")
    doc.add_heading("3. Groepssessies en taalactivering / Séances collectives et activation linguistique",
                    level=1)
    P(doc, "Wim Janssens toont hoe de taalactivering werkt: geen klassieke les, wel oefenen in echte situaties "
           "(bakker, apotheek, loket). Luik en Brussel herkennen de aanpak van hun eigen ateliers.", align="j")
    fr("Wim Janssens montre comment fonctionne l'activation linguistique : pas de cours classique, mais des "
       "exercices en situation réelle (boulangerie, pharmacie, guichet). Liège et Bruxelles reconnaissent "
       "l'approche de leurs propres ateliers.")
    doc.add_heading("4. Evaluatie door de deelnemers / Évaluation par les participants", level=1)
    P(doc, "Iedereen vindt de tevredenheidsenquête te abstract voor de doelgroep. Ze bestaat enkel in het "
           "Nederlands en het Frans.", align="j")
    fr("Tout le monde trouve l'enquête de satisfaction trop abstraite pour le public. Elle n'existe qu'en "
       "néerlandais et en français.")
    doc.add_heading("5. Varia en afspraken / Divers et accords", level=1)
    acts = [("De presentatie van Schoten, Edegem en Mortsel wordt rondgestuurd (Wim Janssens).",
             "La présentation de Schoten, Edegem et Mortsel sera envoyée à tous (Wim Janssens)."),
            ("Het POD vraagt na of de tevredenheidsenquête in meer talen mag worden aangeboden.",
             "Le SPP vérifie si l'enquête de satisfaction peut être proposée dans d'autres langues."),
            ("Karim Bensaïd stuurt het Luikse model van oriëntatiebalans naar An Wouters.",
             "Karim Bensaïd envoie le modèle liégeois de bilan d'orientation à An Wouters."),
            ("Elk OCMW bezorgt zijn weekrooster vóór 15 maart aan het POD.",
             "Chaque CPAS envoie son horaire hebdomadaire au SPP avant le 15 mars.")]
    for nl, f in acts:
        p = doc.add_paragraph(style="List Bullet")
        p.add_run(nl)
        p.add_run("\n")
        fmt(p.add_run(f), italic=True, color="595959")
    P(doc, "Volgende bijeenkomst / Prochaine rencontre: 13 juni 2019, OCMW Brussel / CPAS de Bruxelles.",
      bold=True, space_before=10)

    return doc, {
        "file": "151_antwerpen_partnergemeenten.docx",
        "languages": ["nl", "fr"],
        "online": False,
        "interpretation": True,
        "date": "2019-02-14",
        "people": [
            ["Youssef El Khattabi", "Present", "ANTWERPEN"],
            ["Els Peeters", "Present", "ANTWERPEN"],
            ["Wim Janssens", "Present", "ANTWERPEN"],
            ["Bart Verhoeven", "Present", "SCHOTEN"],
            ["An Wouters", "Present", "EDEGEM"],
            ["Dirk Van Looy", "Present", "MORTSEL"],
            ["Hanne Vermeulen", "Present", "GENT"],
            ["Karim Bensaïd", "Present", "LIEGE"],
            ["Aurore Dupont", "Present", "CHARLEROI"],
            ["Leila Haddou", "Present", "BRUXELLES"],
            ["Marie-Claire Nsimba", "Present", "BRUXELLES"],
            ["Sarah Benali", "Present", "SPP"],
            ["Frank De Smet", "Present", None],
            ["Isabelle Moreau", "Present", None],
            ["Sophie Lardinois", "Excused", "CHARLEROI"],
            ["Fatma Yildiz", "Excused", "GENT"],
        ],
        "agenda": [
            ["09:30", "10:00", "Onthaal / Accueil"],
            ["10:00", "11:00", "Het traject in Antwerpen en de partnergemeenten / Le trajet à Anvers et dans les communes partenaires"],
            ["11:00", "12:15", "Groepssessies en taalactivering / Séances collectives et activation linguistique"],
            ["12:15", "13:00", "Lunch"],
            ["13:00", "14:00", "Evaluatie door de deelnemers / Évaluation par les participants"],
            ["14:00", "14:30", "Varia en afspraken / Divers et accords"],
        ],
        "headings": [
            ["1", "Onthaal / Accueil"],
            ["2", "Het traject in Antwerpen en de partnergemeenten / Le trajet à Anvers et dans les communes partenaires"],
            ["2.1", "Schoten, Edegem en Mortsel / Schoten, Edegem et Mortsel"],
            ["3", "Groepssessies en taalactivering / Séances collectives et activation linguistique"],
            ["4", "Evaluatie door de deelnemers / Évaluation par les participants"],
            ["5", "Varia en afspraken / Divers et accords"],
        ],
        "actions": [
            ["Network Contact", ["Wim Janssens"], None, "De presentatie van Schoten, Edegem en Mortsel wordt rondgestuurd"],
            ["SPP", [], None, "Het POD vraagt na of de tevredenheidsenquête"],
            ["Network Contact", ["Karim Bensaïd"], None, "Karim Bensaïd stuurt het Luikse model"],
            ["CPAS", [], None, "Elk OCMW bezorgt zijn weekrooster"],
        ],
        "next_meeting": {"date": "2019-06-13",
                         "text": "Volgende bijeenkomst / Prochaine rencontre: 13 juni 2019, OCMW Brussel / CPAS de Bruxelles."},
        "remarks": ["Cijfers Mortsel: nog aan te vullen / Chiffres Mortsel : à compléter"],
    }


# ---------------------------------------------------------------- 152
def r152():
    """POD MI, Pieter Vanhaelewyn: Teams during covid, NL | FR side by side in tables,
    shaded section bars, attendance table, action table with Wie / Qui column."""
    doc = base_doc("Calibri", 10, 1.8)
    sec0 = doc.sections[0]
    hp = sec0.header.paragraphs[0]
    fmt(hp.add_run("POD Maatschappelijke Integratie – SPP Intégration Sociale\t\tAMIF / FAMI"), size=8,
        color="1F4E79")
    fp = sec0.footer.paragraphs[0]
    fmt(fp.add_run("Naar een geïntegreerd migratiebeleid, dankzij het AMIF – Vers une politique de migration "
                   "plus intégrée, grâce au FAMI"), italic=True, size=7.5, color="1F4E79")
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER

    P(doc, "Verslag online overleg OCMW's – Rapport concertation en ligne CPAS", bold=True, size=15,
      color="1F4E79", space_after=2)
    P(doc, "Microsoft Teams – 4 juni 2020 / 4 juin 2020, 10u00 – 12u00", size=11, space_after=8)

    t = doc.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    cell_text(t.rows[0].cells[0], "Aanwezig / Présents", bold=True, shade="DEEAF6")
    cell_text(t.rows[0].cells[1], "", shade="DEEAF6")
    pres = [("Pieter Vanhaelewyn", "POD MI (verslag / rapport)"), ("Sarah Benali", "POD MI"),
            ("Hanne Vermeulen", "OCMW Gent"), ("Fatma Yildiz", "OCMW Gent"), ("Nathalie Goffin", "CPAS Liège"),
            ("Aurore Dupont", "CPAS Charleroi"), ("Julie Marchal", "CPAS Binche"),
            ("Els Peeters", "OCMW Antwerpen"), ("Dirk Van Looy", "OCMW Mortsel"), ("Leila Haddou", "CPAS Bruxelles")]
    for n, o in pres:
        c = t.add_row().cells
        cell_text(c[0], n)
        cell_text(c[1], o)
    c = t.add_row().cells
    cell_text(c[0], "Verontschuldigd / Excusés", bold=True, shade="DEEAF6")
    cell_text(c[1], "", shade="DEEAF6")
    for n, o in [("Karim Bensaïd", "CPAS Liège"), ("An Wouters", "OCMW Edegem")]:
        c = t.add_row().cells
        cell_text(c[0], n)
        cell_text(c[1], o)
    col_widths(t, [6, 8])

    P(doc, "Agenda / Ordre du jour", bold=True, space_before=8, space_after=2)
    for a in ["Impact van de coronamaatregelen / Impact des mesures corona",
              "Groepsgrootte per OCMW / Taille des groupes par CPAS",
              "Rapportering 2020 / Rapportage 2020",
              "Varia / Divers"]:
        P(doc, a, style="List Number", space_after=0)

    def bar(text):
        p = P(doc, text, bold=True, color="FFFFFF", space_before=10, space_after=2)
        shade_para(p, "1F4E79")

    def two(nl, fr_):
        tt = doc.add_table(rows=1, cols=2)
        cell_text(tt.rows[0].cells[0], nl)
        cell_text(tt.rows[0].cells[1], fr_, italic=True)
        col_widths(tt, [8.5, 8.5])

    bar("1. Impact van de coronamaatregelen – Impact des mesures corona")
    two("Sinds half maart liggen alle groepsactiviteiten stil. De OCMW's houden contact met de deelnemers via "
        "telefoon en WhatsApp. Veel deelnemers hebben geen laptop; een smartphone is er bijna altijd.",
        "Depuis mi-mars, toutes les activités collectives sont à l'arrêt. Les CPAS gardent le contact avec les "
        "participants par téléphone et WhatsApp. Beaucoup n'ont pas d'ordinateur ; presque tous ont un "
        "smartphone.")
    bar("2. Groepsgrootte per OCMW – Taille des groupes par CPAS")
    two("Charleroi en Luik hervatten in juni met 3 deelnemers + 1 begeleider. Gent werkt met 4 + 1, Antwerpen "
        "volgt vanaf 15 juni dezelfde regel. Mortsel doet enkel individuele gesprekken. Brussel start pas "
        "opnieuw in september.",
        "Charleroi et Liège reprennent en juin avec 3 participants + 1 formateur. Gand applique 4 + 1, Anvers "
        "suivra la même règle à partir du 15 juin. Mortsel ne fait que des entretiens individuels. Bruxelles "
        "ne reprend qu'en septembre.")
    bar("3. Rapportering 2020 – Rapportage 2020")
    two("De aanwezigheden van maart tot mei zijn onvolledig. Het POD aanvaardt een korte toelichting per OCMW "
        "in plaats van volledige lijsten.",
        "Les présences de mars à mai sont incomplètes. Le SPP accepte une courte explication par CPAS au lieu "
        "de listes complètes.")
    P(doc, "Cijfers Brussel nog aan te vullen / chiffres de Bruxelles à compléter", italic=True, color="C00000")
    bar("4. Varia – Divers")
    two("Vraag om bij een volgend online overleg tolken te voorzien: niet iedereen volgt vlot in de andere "
        "taal.",
        "Demande de prévoir des interprètes lors d'une prochaine réunion en ligne : tout le monde ne suit pas "
        "facilement dans l'autre langue.")
    bar("5. Actiepunten – Points d'action")
    at = doc.add_table(rows=1, cols=3)
    at.style = "Table Grid"
    for i, h in enumerate(["Actie / Action", "Wie / Qui", "Deadline"]):
        cell_text(at.rows[0].cells[i], h, bold=True, shade="DEEAF6")
    for a, w, d in [
        ("Overzicht groepsregels per OCMW actualiseren / Mettre à jour l'aperçu des règles de groupe par CPAS",
         "POD MI", "19/06"),
        ("Digitale variant van de infosessie 'wonen in België' testen / Tester une version numérique de la "
         "séance d'info « vivre en Belgique »", "Aurore Dupont, Julie Marchal", "sept."),
        ("Cijfers aanwezigheden maart-mei doorsturen / Envoyer les chiffres de présence mars-mai",
         "Elk OCMW / Chaque CPAS", "30/06"),
        ("Contact opnemen met de Teams-helpdesk voor tolken in het najaar / Contacter le helpdesk Teams pour "
         "l'interprétation à l'automne", "Nog te bepalen / À définir", "–")]:
        c = at.add_row().cells
        cell_text(c[0], a)
        cell_text(c[1], w)
        cell_text(c[2], d)
    col_widths(at, [11, 4, 2])
    P(doc, "Volgende vergadering: 8 oktober 2020 (Teams) – Prochaine réunion : 8 octobre 2020 (Teams)",
      bold=True, space_before=10)

    return doc, {
        "file": "152_teams_corona_groepsgrootte.docx",
        "languages": ["nl", "fr"],
        "online": True,
        "interpretation": False,
        "date": "2020-06-04",
        "people": [
            ["Pieter Vanhaelewyn", "Present", "SPP"],
            ["Sarah Benali", "Present", "SPP"],
            ["Hanne Vermeulen", "Present", "GENT"],
            ["Fatma Yildiz", "Present", "GENT"],
            ["Nathalie Goffin", "Present", "LIEGE"],
            ["Aurore Dupont", "Present", "CHARLEROI"],
            ["Julie Marchal", "Present", "BINCHE"],
            ["Els Peeters", "Present", "ANTWERPEN"],
            ["Dirk Van Looy", "Present", "MORTSEL"],
            ["Leila Haddou", "Present", "BRUXELLES"],
            ["Karim Bensaïd", "Excused", "LIEGE"],
            ["An Wouters", "Excused", "EDEGEM"],
        ],
        "agenda": [
            [None, None, "Impact van de coronamaatregelen / Impact des mesures corona"],
            [None, None, "Groepsgrootte per OCMW / Taille des groupes par CPAS"],
            [None, None, "Rapportering 2020 / Rapportage 2020"],
            [None, None, "Varia / Divers"],
        ],
        "headings": [
            ["1", "Impact van de coronamaatregelen – Impact des mesures corona"],
            ["2", "Groepsgrootte per OCMW – Taille des groupes par CPAS"],
            ["3", "Rapportering 2020 – Rapportage 2020"],
            ["4", "Varia – Divers"],
            ["5", "Actiepunten – Points d'action"],
        ],
        "actions": [
            ["SPP", [], None, "Overzicht groepsregels per OCMW actualiseren"],
            ["Several Network Contacts", ["Aurore Dupont", "Julie Marchal"], None,
             "Digitale variant van de infosessie 'wonen in België' testen"],
            ["CPAS", [], None, "Cijfers aanwezigheden maart-mei doorsturen"],
            ["To Be Assigned", [], None, "Contact opnemen met de Teams-helpdesk"],
        ],
        "next_meeting": {"date": "2020-10-08",
                         "text": "Volgende vergadering: 8 oktober 2020 (Teams) – Prochaine réunion : 8 octobre 2020 (Teams)"},
        "remarks": ["Cijfers Brussel nog aan te vullen / chiffres de Bruxelles à compléter"],
    }


# ---------------------------------------------------------------- 153
def r153():
    """CPAS Bruxelles, Leila Haddou: 'PROCÈS-VERBAL', Webex with interpreters, Mme/M. titles,
    auto-numbered agenda, underlined '1)' sections, owner in brackets at the end."""
    doc = base_doc("Century Gothic", 9.5, 2.3)
    fp = doc.sections[0].footer.paragraphs[0]
    fmt(fp.add_run("CPAS de Bruxelles – Cellule FAMI – PV réunion réseau du 25/11/2021 – page "), size=7.5)
    page_field(fp)
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT

    P(doc, "PROCÈS-VERBAL", bold=True, size=16, align="c", space_after=0)
    P(doc, "Réunion du réseau FAMI – 25/11/2021 – Webex (avec interprétation simultanée FR/NL)", align="c",
      space_after=12)

    P(doc, "Participants", bold=True, space_after=2)
    for org, names in [("Pour le SPP IS", "Mme Sarah Benali, M. Pieter Vanhaelewyn"),
                       ("CPAS de Bruxelles", "Mme Leila Haddou (rédaction), M. Thomas Vandenbroucke"),
                       ("CPAS de Gand", "Mme Hanne Vermeulen"),
                       ("CPAS de Liège", "M. Karim Bensaïd, Mme Céline Wathelet"),
                       ("CPAS de Charleroi", "Mme Aurore Dupont"),
                       ("CPAS d'Anvers", "M. Youssef El Khattabi"),
                       ("CPAS d'Edegem", "Mme An Wouters")]:
        PR(doc, [(org + " : ", dict(italic=True)), names], space_after=0)
    PR(doc, [("Interprètes : ", dict(italic=True)), "Mme Isabelle Moreau et M. Frank De Smet"], space_after=0)
    PR(doc, [("Excusée : ", dict(italic=True)), "Mme Julie Marchal (CPAS de Binche)"])

    P(doc, "Ordre du jour", bold=True, space_before=8, space_after=2)
    for a in ["Nouvelle programmation FAMI 2021-2027", "Indicateurs communs de réalisation et de résultat",
              "Tour de table des CPAS", "Divers"]:
        P(doc, a, style="List Number", space_after=0)

    def sec(t):
        P(doc, t, bold=True, underline=True, space_before=10, space_after=3)

    sec("1) Nouvelle programmation FAMI 2021-2027")
    P(doc, "Mme Benali présente le cadre du nouveau règlement (UE) 2021/1147. Les projets des CPAS sont "
           "prolongés ; la fiche projet reste la même, avec une rubrique en plus pour les indicateurs. Le "
           "cofinancement reste réparti entre le FAMI, le SPP et le CPAS.", align="j")
    sec("2) Indicateurs communs de réalisation et de résultat")
    P(doc, "Le SPP devra rapporter chaque année le nombre de participants aux activités de soutien (cours de "
           "langue, orientation civique, accompagnement personnel), le nombre de participants à un cours de "
           "langue qui ont progressé d'au moins un niveau du CECR, et le nombre de participants qui déclarent "
           "que l'activité les a aidés à s'intégrer.", align="j")
    P(doc, "Les CPAS s'inquiètent : les niveaux CECR ne sont pas testés dans les ateliers d'activation "
           "linguistique, et la question sur l'intégration est trop abstraite pour le public. M. El Khattabi "
           "propose de passer par des pictogrammes.", align="j")
    sec("3) Tour de table des CPAS")
    for t in ["Bruxelles : deux groupes en présentiel depuis septembre, 6 participants + 1 formateur ;",
              "Gand : reprise complète, liste d'attente pour le module du mardi ;",
              "Liège : mise à jour transmise par écrit [à compléter par Liège] ;",
              "Charleroi : nouveau module depuis octobre, peu de nouvelles inscriptions ;",
              "Anvers et Edegem : séances collectives à Anvers, suivi individuel à Edegem."]:
        p = P(doc, t, space_after=0)
        p.paragraph_format.left_indent = Cm(0.6)
    sec("4) Divers")
    P(doc, "L'interprétation sur Webex a bien fonctionné ; merci aux interprètes. Demande de recevoir les "
           "documents 48 heures à l'avance pour eux.", align="j")
    sec("5) Actions retenues")
    for t in ["Envoyer aux CPAS la liste des indicateurs communs avec une définition simple (SPP).",
              "Vérifier comment mesurer la progression d'un niveau CECR dans les ateliers de langue (CPAS de Liège).",
              "Proposer une formulation plus concrète de la question « l'activité vous a aidé à vous intégrer » "
              "(Mme Haddou et M. El Khattabi)."]:
        P(doc, "–  " + t, space_after=2)
    P(doc, "Prochaine réunion : en présentiel au printemps 2022, date à convenir.", italic=True,
      space_before=10)

    return doc, {
        "file": "153_webex_indicateurs_fami.docx",
        "languages": ["fr"],
        "online": True,
        "interpretation": True,
        "date": "2021-11-25",
        "people": [
            ["Sarah Benali", "Present", "SPP"],
            ["Pieter Vanhaelewyn", "Present", "SPP"],
            ["Leila Haddou", "Present", "BRUXELLES"],
            ["Thomas Vandenbroucke", "Present", "BRUXELLES"],
            ["Hanne Vermeulen", "Present", "GENT"],
            ["Karim Bensaïd", "Present", "LIEGE"],
            ["Céline Wathelet", "Present", "LIEGE"],
            ["Aurore Dupont", "Present", "CHARLEROI"],
            ["Youssef El Khattabi", "Present", "ANTWERPEN"],
            ["An Wouters", "Present", "EDEGEM"],
            ["Isabelle Moreau", "Present", None],
            ["Frank De Smet", "Present", None],
            ["Julie Marchal", "Excused", "BINCHE"],
        ],
        "agenda": [
            [None, None, "Nouvelle programmation FAMI 2021-2027"],
            [None, None, "Indicateurs communs de réalisation et de résultat"],
            [None, None, "Tour de table des CPAS"],
            [None, None, "Divers"],
        ],
        "headings": [
            ["1", "Nouvelle programmation FAMI 2021-2027"],
            ["2", "Indicateurs communs de réalisation et de résultat"],
            ["3", "Tour de table des CPAS"],
            ["4", "Divers"],
            ["5", "Actions retenues"],
        ],
        "actions": [
            ["SPP", [], None, "Envoyer aux CPAS la liste des indicateurs communs"],
            ["CPAS", [], "LIEGE", "Vérifier comment mesurer la progression d'un niveau CECR"],
            ["Several Network Contacts", ["Leila Haddou", "Youssef El Khattabi"], None,
             "Proposer une formulation plus concrète de la question"],
        ],
        "next_meeting": {"date": None, "text": "Prochaine réunion : en présentiel au printemps 2022, date à convenir."},
        "remarks": ["[à compléter par Liège]"],
    }


# ---------------------------------------------------------------- 154
def r154():
    """OCMW Gent, Fatma Yildiz: Word Title + Heading 1/2 styles with typed decimals,
    attendance table with status column, French summary at the end."""
    doc = base_doc("Calibri Light", 11, 2.5)
    style_font(doc, "Title", font="Calibri Light", size=20, color="385623")
    style_font(doc, "Heading 1", font="Calibri Light", size=13, color="385623", bold=False)
    style_font(doc, "Heading 2", font="Calibri Light", size=11, color="538135", bold=False, italic=True)
    hp = doc.sections[0].header.paragraphs[0]
    fmt(hp.add_run("OCMW Gent · AMIF-netwerk"), size=8, color="385623")
    fp = doc.sections[0].footer.paragraphs[0]
    fmt(fp.add_run("Ontwerp – ter nalezing"), size=8, italic=True, color="808080")

    doc.add_paragraph("Verslag bijeenkomst OCMW's – tevredenheidsenquête", style="Title")
    P(doc, "Dinsdag 28 maart 2023, 13u30 – 16u00 · POD Maatschappelijke Integratie, Brussel", space_after=4)
    P(doc, "Verslaggever: Fatma Yildiz (OCMW Gent)", italic=True, size=10)

    P(doc, "Aanwezigheden", bold=True, space_after=2)
    t = doc.add_table(rows=1, cols=3)
    t.style = "Light List Accent 6" if "Light List Accent 6" in [s.name for s in doc.styles] else "Table Grid"
    for i, h in enumerate(["Naam", "Organisatie", "Status"]):
        cell_text(t.rows[0].cells[i], h, bold=True)
    rows = [("Fatma Yildiz", "OCMW Gent", "aanwezig"), ("Jeroen Claeys", "OCMW Gent", "aanwezig"),
            ("Hanne Vermeulen", "OCMW Gent", "verontschuldigd"), ("Sarah Benali", "POD MI", "aanwezig"),
            ("Lotte Desmet", "POD MI", "aanwezig"), ("Céline Wathelet", "OCMW Luik", "aanwezig"),
            ("Mehdi Ouali", "OCMW Charleroi", "verontschuldigd"), ("Aurore Dupont", "OCMW Charleroi", "aanwezig"),
            ("Wim Janssens", "OCMW Antwerpen", "aanwezig"), ("Dirk Van Looy", "OCMW Mortsel", "aanwezig"),
            ("Thomas Vandenbroucke", "OCMW Brussel", "aanwezig")]
    for r in rows:
        c = t.add_row().cells
        for i, v in enumerate(r):
            cell_text(c[i], v, size=10)
    col_widths(t, [5.5, 5, 4])

    P(doc, "Agenda", bold=True, space_before=10, space_after=2)
    for a in ["13:30 Welkom", "13:45 Resultaten tevredenheidsenquête 2022",
              "14:30 Werkgroepen: een duidelijkere enquête", "15:30 Terugkoppeling en afspraken", "16:00 Einde"]:
        P(doc, a, space_after=0)

    doc.add_heading("1. Welkom", level=1)
    P(doc, "Sarah Benali opent de vergadering en stelt Lotte Desmet voor, nieuwe collega bij het POD die het "
           "netwerk mee zal opvolgen.")
    doc.add_heading("2. Resultaten tevredenheidsenquête 2022", level=1)
    P(doc, "Het POD heeft 214 ingevulde enquêtes ontvangen van vier OCMW's. Per module vult elke deelnemer één "
           "enquête in.")
    doc.add_heading("2.1 Wat loopt goed", level=2)
    P(doc, "Deelnemers zijn tevreden over de sfeer in de groep en de band met de begeleiders. De uitstappen "
           "scoren het hoogst.")
    doc.add_heading("2.2 Werkpunten", level=2)
    P(doc, "Veel vragen worden niet begrepen: woorden als \u2018zelfredzaamheid\u2019 of \u2018participatie\u2019 "
           "zijn te abstract. Deelnemers met een lage geletterdheid hebben hulp nodig en antwoorden dan vaak "
           "wat de begeleider graag hoort.")
    P(doc, "De resultaten van Mortsel zijn nog aan te vullen.", italic=True, color="C00000")
    doc.add_heading("3. Werkgroepen: een duidelijkere enquête", level=1)
    P(doc, "Twee werkgroepen (NL en FR) herschrijven de vragen. Voorstellen: smileys in plaats van een schaal "
           "van 1 tot 5, maximaal tien vragen, een audioversie, en de enquête laten afnemen door iemand anders "
           "dan de eigen begeleider. Deelname aan de enquête blijft vrijwillig.")
    doc.add_heading("4. Afspraken", level=1)
    for a in ["Fatma Yildiz past de enquête aan met pictogrammen en eenvoudige zinnen (tegen eind april).",
              "Jeroen Claeys en Wim Janssens testen de nieuwe versie met een groep deelnemers in Gent en Antwerpen.",
              "Het POD bekijkt of de enquête in het Arabisch, Dari en Tigrinya kan worden vertaald.",
              "Vertaling naar het Oekraïens – nog te bepalen."]:
        P(doc, a, style="List Bullet", space_after=0)
    P(doc, "Volgende bijeenkomst: 21 september 2023 in Luik.", bold=True, space_before=10)
    doc.add_heading("5. Résumé en français", level=1)
    P(doc, "Réunion consacrée à l'enquête de satisfaction 2022 : les participants apprécient l'ambiance et les "
           "sorties, mais beaucoup de questions sont trop abstraites. Deux groupes de travail ont proposé une "
           "version plus simple (pictogrammes, dix questions au maximum, version audio). La nouvelle version "
           "sera testée à Gand et à Anvers avant l'été.", italic=True)

    return doc, {
        "file": "154_tevredenheidsenquete.docx",
        "languages": ["nl", "fr"],
        "online": False,
        "interpretation": False,
        "date": "2023-03-28",
        "people": [
            ["Fatma Yildiz", "Present", "GENT"],
            ["Jeroen Claeys", "Present", "GENT"],
            ["Sarah Benali", "Present", "SPP"],
            ["Lotte Desmet", "Present", "SPP"],
            ["Céline Wathelet", "Present", "LIEGE"],
            ["Aurore Dupont", "Present", "CHARLEROI"],
            ["Wim Janssens", "Present", "ANTWERPEN"],
            ["Dirk Van Looy", "Present", "MORTSEL"],
            ["Thomas Vandenbroucke", "Present", "BRUXELLES"],
            ["Hanne Vermeulen", "Excused", "GENT"],
            ["Mehdi Ouali", "Excused", "CHARLEROI"],
        ],
        "agenda": [
            ["13:30", None, "Welkom"],
            ["13:45", None, "Resultaten tevredenheidsenquête 2022"],
            ["14:30", None, "Werkgroepen: een duidelijkere enquête"],
            ["15:30", None, "Terugkoppeling en afspraken"],
            ["16:00", None, "Einde"],
        ],
        "headings": [
            ["1", "Welkom"],
            ["2", "Resultaten tevredenheidsenquête 2022"],
            ["2.1", "Wat loopt goed"],
            ["2.2", "Werkpunten"],
            ["3", "Werkgroepen: een duidelijkere enquête"],
            ["4", "Afspraken"],
            ["5", "Résumé en français"],
        ],
        "actions": [
            ["Network Contact", ["Fatma Yildiz"], None, "Fatma Yildiz past de enquête aan"],
            ["Several Network Contacts", ["Jeroen Claeys", "Wim Janssens"], None,
             "Jeroen Claeys en Wim Janssens testen de nieuwe versie"],
            ["SPP", [], None, "Het POD bekijkt of de enquête"],
            ["To Be Assigned", [], None, "Vertaling naar het Oekraïens"],
        ],
        "next_meeting": {"date": "2023-09-21", "text": "Volgende bijeenkomst: 21 september 2023 in Luik."},
        "remarks": ["De resultaten van Mortsel zijn nog aan te vullen."],
    }


# ---------------------------------------------------------------- 155
def r155():
    """CPAS Charleroi, Aurore Dupont: short Zoom notes in default Word, bold lines without numbers,
    agenda inline with semicolons, typed dashes, first names."""
    doc = Document()  # default Calibri 11 / template as is

    P(doc, "Réunion réseau FAMI (Zoom) – 19/09/2024", bold=True, size=13)
    PR(doc, [("Participants : ", dict(bold=True)),
             "Aurore Dupont (Charleroi), Julie Marchal (Binche), Lotte Desmet et Sarah Benali (SPP), "
             "Jeroen Claeys (Gand), Céline Wathelet (Liège), Wim Janssens (Anvers), Thomas Vandenbroucke "
             "(Bruxelles)."])
    PR(doc, [("Excusé : ", dict(bold=True)), "Youssef El Khattabi (Anvers)."])
    P(doc, "Liste des présents à compléter (plusieurs personnes connectées par téléphone).", italic=True)
    PR(doc, [("Ordre du jour : ", dict(bold=True)),
             "tour de table ; indicateurs annuels 2024 ; conservation des documents et RGPD ; divers."])

    P(doc, "Tour de table", bold=True, space_before=6)
    P(doc, "Charleroi : rentrée du module le 9 septembre, 14 participants dont 6 nouveaux. Binche : groupe "
           "complet, Julie cherche un local plus grand. Gand : beaucoup de participants ukrainiens, le "
           "néerlandais de base reste le frein principal. Liège : l'atelier informatique est relancé. Anvers : "
           "rien de particulier. Bruxelles : nouvelle coordinatrice en octobre.")
    P(doc, "Indicateurs annuels", bold=True, space_before=6)
    P(doc, "Sarah rappelle que les chiffres 2024 suivent le même calendrier que l'an dernier. Toujours le même problème pour "
           "les niveaux CECR : seuls Gand et Liège ont des tests. On garde la règle : on ne compte que ce qui est "
           "mesuré.")
    P(doc, "Conservation des documents / RGPD", bold=True, space_before=6)
    P(doc, "Lotte explique : les pièces d'un projet financé par le FAMI sont gardées 5 ans à partir du 31 "
           "décembre de l'année du dernier paiement (règlement 2021/1060, art. 82). Mais les données "
           "personnelles pas plus longtemps que nécessaire (RGPD art. 5), et un participant peut demander à voir "
           "tout ce qu'on a sur lui (art. 15). Question de Jeroen : que fait-on des vieux dossiers papier de "
           "2016 ? Pas de réponse claire pour l'instant.")
    P(doc, "Divers", bold=True, space_before=6)
    P(doc, "Rien.")
    P(doc, "À faire :", space_before=6, space_after=0)
    for a in ["- Lotte envoie une note sur la durée de conservation avant la fin octobre.",
              "- Chaque CPAS vérifie où sont archivés les dossiers papier des participants.",
              "- Julie regarde avec l'informatique de Binche pour les fichiers partagés.",
              "- Charleroi : relancer les AS pour les enquêtes de satisfaction du module de juin."]:
        P(doc, a, space_after=0)
    P(doc, "Prochaine réunion : fin janvier, en présentiel si possible.", space_before=8)
    P(doc, "Aurore", italic=True)

    return doc, {
        "file": "155_zoom_conservation_rgpd.docx",
        "languages": ["fr"],
        "online": True,
        "interpretation": False,
        "date": "2024-09-19",
        "people": [
            ["Aurore Dupont", "Present", "CHARLEROI"],
            ["Julie Marchal", "Present", "BINCHE"],
            ["Lotte Desmet", "Present", "SPP"],
            ["Sarah Benali", "Present", "SPP"],
            ["Jeroen Claeys", "Present", "GENT"],
            ["Céline Wathelet", "Present", "LIEGE"],
            ["Wim Janssens", "Present", "ANTWERPEN"],
            ["Thomas Vandenbroucke", "Present", "BRUXELLES"],
            ["Youssef El Khattabi", "Excused", "ANTWERPEN"],
        ],
        "agenda": [
            [None, None, "tour de table"],
            [None, None, "indicateurs annuels 2024"],
            [None, None, "conservation des documents et RGPD"],
            [None, None, "divers"],
        ],
        "headings": [
            ["", "Tour de table"],
            ["", "Indicateurs annuels"],
            ["", "Conservation des documents / RGPD"],
            ["", "Divers"],
        ],
        "actions": [
            ["Network Contact", ["Lotte Desmet"], None, "Lotte envoie une note sur la durée de conservation"],
            ["CPAS", [], None, "Chaque CPAS vérifie où sont archivés"],
            ["Network Contact", ["Julie Marchal"], None, "Julie regarde avec l'informatique de Binche"],
            ["CPAS", [], "CHARLEROI", "relancer les AS pour les enquêtes"],
        ],
        "next_meeting": {"date": None, "text": "Prochaine réunion : fin janvier, en présentiel si possible."},
        "remarks": ["Liste des présents à compléter (plusieurs personnes connectées par téléphone)."],
    }


# ---------------------------------------------------------------- 156
def r156():
    """OCMW Edegem, An Wouters: surname-first names, '1 - ' sections in dark green,
    'ACTIE – owner:' lines at the end of each section, agenda times '10.00 u.'."""
    doc = base_doc("Arial Narrow", 11, 2.0)
    hp = doc.sections[0].header.paragraphs[0]
    fmt(hp.add_run("OCMW Edegem – Sociale dienst"), size=8, bold=True)
    hp.add_run("\t\t")
    fmt(hp.add_run("AMIF-netwerk"), size=8)
    fp = doc.sections[0].footer.paragraphs[0]
    fmt(fp.add_run("verslag_netwerkoverleg_20260129_v2.docx"), size=7, color="7F7F7F")

    P(doc, "Netwerkoverleg AMIF – OCMW's en partnerbesturen", bold=True, size=16, color="375623", space_after=0)
    P(doc, "Verslag van 29/01/2026", size=12, space_after=0)
    P(doc, "Plaats: OCMW Mortsel, Gasthuisstraat 3, 2640 Mortsel", space_after=10)

    P(doc, "Aanwezig", bold=True, underline=True, space_after=0)
    for t in ["Wouters An – OCMW Edegem (verslag)", "Van Looy Dirk – OCMW Mortsel (gastheer)",
              "Verhoeven Bart – OCMW Schoten", "Janssens Wim – OCMW Antwerpen", "Peeters Els – OCMW Antwerpen",
              "Desmet Lotte – POD MI", "Claeys Jeroen – OCMW Gent", "Wathelet Céline – CPAS Luik",
              "Dupont Aurore – CPAS Charleroi", "Haddou Leila – CPAS Brussel"]:
        P(doc, t, space_after=0)
    P(doc, "Verontschuldigd", bold=True, underline=True, space_before=6, space_after=0)
    for t in ["Marchal Julie – CPAS Binche", "Benali Sarah – POD MI"]:
        P(doc, t, space_after=0)
    P(doc, "Iedereen spreekt zijn eigen taal; geen tolk voorzien.", italic=True, size=10, space_before=4)

    P(doc, "Agenda", bold=True, underline=True, space_before=6, space_after=0)
    for t in ["10.00 u. – Opening en kennismaking", "10.20 u. – Tussentijdse evaluatie AMIF 2021-2027",
              "11.15 u. – Jaarlijkse indicatoren 2025", "12.00 u. – Bewaartermijnen en inzagerecht",
              "12.30 u. – Rondvraag"]:
        P(doc, t, space_after=0)

    def sec(t):
        P(doc, t, bold=True, size=12, color="375623", space_before=12, space_after=3)

    def actie(owner, rest):
        PR(doc, [("ACTIE – " + owner + ": ", dict(bold=True)), rest], space_after=2)

    sec("1 - Opening en kennismaking")
    P(doc, "Dirk verwelkomt ons in Mortsel, voor het eerst gastheer van het netwerk. Korte voorstellingsronde: "
           "Leila is sinds januari coördinator in Brussel, Lotte volgt het netwerk op voor het POD.")
    sec("2 - Tussentijdse evaluatie")
    P(doc, "Het POD laat het programma AMIF 2021-2027 tussentijds evalueren door een extern bureau. Elk OCMW "
           "krijgt een vragenlijst en misschien een interview. De antwoorden van Charleroi [nog aan te vullen] "
           "worden later toegevoegd aan het overzicht.")
    actie("Desmet Lotte", "stuurt de vragenlijst van de evaluator door naar alle OCMW's.")
    sec("3 - Indicatoren 2025")
    P(doc, "Antwerpen en de drie partnergemeenten rapporteren samen. Discussie over de indicator \u2018minstens één "
           "ERK-niveau gestegen\u2019: enkel meetbaar waar een taaltest gebeurt.")
    P(doc, "Cijfers Schoten 2025: nog aan te vullen door Bart.", italic=True)
    actie("Peeters Els", "bezorgt de samengevoegde cijfers van Antwerpen en de partnergemeenten aan het POD.")
    actie("elk OCMW", "telt het aantal deelnemers dat minstens één ERK-niveau steeg.")
    sec("4 - Bewaartermijnen en inzagerecht")
    P(doc, "Vervolg op de vraag van september 2024. Stukken van het project blijven 5 jaar bewaard vanaf 31 "
           "december van het jaar van de laatste betaling; persoonsgegevens niet langer dan nodig. Een "
           "deelnemer die inzage vraagt (art. 15 AVG) moet alles krijgen wat het OCMW over hem bijhoudt, ook "
           "de notities van de groepsbegeleiders.")
    actie("Van Looy Dirk en Wouters An", "maken een eenvoudige procedure voor een inzageverzoek.")
    actie("OCMW Schoten", "controleert het archief van de dossiers 2016-2019.")
    sec("5 - Rondvraag")
    P(doc, "Céline vraagt wie de volgende netwerkdag wil organiseren. Niemand meldt zich meteen.")
    actie("nog te bepalen", "wie de volgende netwerkdag organiseert.")
    P(doc, "Volgende bijeenkomst: donderdag 14 mei 2026, plaats nog te bepalen.", bold=True, space_before=10)
    P(doc, "A.W.", size=10, align="r")

    return doc, {
        "file": "156_mortsel_evaluatie_bewaartermijn.docx",
        "languages": ["nl"],
        "online": False,
        "interpretation": False,
        "date": "2026-01-29",
        "people": [
            ["Wouters An", "Present", "EDEGEM"],
            ["Van Looy Dirk", "Present", "MORTSEL"],
            ["Verhoeven Bart", "Present", "SCHOTEN"],
            ["Janssens Wim", "Present", "ANTWERPEN"],
            ["Peeters Els", "Present", "ANTWERPEN"],
            ["Desmet Lotte", "Present", "SPP"],
            ["Claeys Jeroen", "Present", "GENT"],
            ["Wathelet Céline", "Present", "LIEGE"],
            ["Dupont Aurore", "Present", "CHARLEROI"],
            ["Haddou Leila", "Present", "BRUXELLES"],
            ["Marchal Julie", "Excused", "BINCHE"],
            ["Benali Sarah", "Excused", "SPP"],
        ],
        "agenda": [
            ["10:00", None, "Opening en kennismaking"],
            ["10:20", None, "Tussentijdse evaluatie AMIF 2021-2027"],
            ["11:15", None, "Jaarlijkse indicatoren 2025"],
            ["12:00", None, "Bewaartermijnen en inzagerecht"],
            ["12:30", None, "Rondvraag"],
        ],
        "headings": [
            ["1", "Opening en kennismaking"],
            ["2", "Tussentijdse evaluatie"],
            ["3", "Indicatoren 2025"],
            ["4", "Bewaartermijnen en inzagerecht"],
            ["5", "Rondvraag"],
        ],
        "actions": [
            ["Network Contact", ["Desmet Lotte"], None, "stuurt de vragenlijst van de evaluator"],
            ["Network Contact", ["Peeters Els"], None, "bezorgt de samengevoegde cijfers van Antwerpen"],
            ["CPAS", [], None, "telt het aantal deelnemers dat"],
            ["Several Network Contacts", ["Van Looy Dirk", "Wouters An"], None,
             "maken een eenvoudige procedure voor"],
            ["CPAS", [], "SCHOTEN", "controleert het archief van de dossiers"],
            ["To Be Assigned", [], None, "wie de volgende netwerkdag organiseert"],
        ],
        "next_meeting": {"date": "2026-05-14",
                         "text": "Volgende bijeenkomst: donderdag 14 mei 2026, plaats nog te bepalen."},
        "remarks": ["[nog aan te vullen]", "Cijfers Schoten 2025: nog aan te vullen door Bart."],
    }


REPORTS = [r147, r148, r149, r150, r151, r152, r153, r154, r155, r156]


def main():
    for fn in REPORTS:
        doc, exp = fn()
        doc.save(os.path.join(HERE, exp["file"]))
        with open(os.path.join(HERE, exp["file"][:-5] + ".expected.json"), "w", encoding="utf-8") as f:
            json.dump(exp, f, ensure_ascii=False, indent=2)
            f.write("\n")
        print("wrote", exp["file"])


if __name__ == "__main__":
    main()
