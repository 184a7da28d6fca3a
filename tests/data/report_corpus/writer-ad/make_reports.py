# -*- coding: utf-8 -*-
"""Ten meeting reports (307-316) of the AMIF/FAMI network of the CPAS/OCMW, each written the way
one secretary of the network would write it in Word, with the hand-typed list of what it says."""
import json
import os

from docx import Document
from docx.enum.section import WD_SECTION  # noqa: F401
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK  # noqa: F401
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
TAG_NL = "Naar een geïntegreerd migratiebeleid, dankzij het AMIF"
TAG_FR = "Vers une politique de migration plus intégrée, grâce au FAMI"
RED = RGBColor(0xC0, 0x00, 0x00)
BLUE = RGBColor(0x1F, 0x4E, 0x79)
GREY = RGBColor(0x59, 0x59, 0x59)


# ---------------------------------------------------------------- small Word helpers
def new_doc(font="Calibri", size=11, margins=2.5):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.append(rf)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rf.set(qn(a), font)
    for s in d.sections:
        s.page_height = Cm(29.7)
        s.page_width = Cm(21.0)
        s.left_margin = s.right_margin = Cm(margins)
        s.top_margin = s.bottom_margin = Cm(margins)
    return d


def p(d, text="", bold=False, italic=False, underline=False, size=None, color=None, style=None,
      align=None, space_after=None, caps=False):
    par = d.add_paragraph(style=style) if style else d.add_paragraph()
    if text:
        r = par.add_run(text)
        r.bold = bold
        r.italic = italic
        r.underline = underline
        r.font.all_caps = caps if caps else None
        if size:
            r.font.size = Pt(size)
        if color is not None:
            r.font.color.rgb = color
    if align == "c":
        par.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        par.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "j":
        par.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if space_after is not None:
        par.paragraph_format.space_after = Pt(space_after)
    return par


def rp(d, parts, style=None, align=None):
    """Paragraph of several runs: parts = [(text, dict(bold=.., italic=.., color=..)), ...]."""
    par = d.add_paragraph(style=style) if style else d.add_paragraph()
    for text, fmt in parts:
        r = par.add_run(text)
        r.bold = fmt.get("b")
        r.italic = fmt.get("i")
        r.underline = fmt.get("u")
        if fmt.get("c") is not None:
            r.font.color.rgb = fmt["c"]
        if fmt.get("s"):
            r.font.size = Pt(fmt["s"])
    if align == "c":
        par.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "j":
        par.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    return par


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def cell_text(cell, text, bold=False, italic=False, size=None):
    cell.text = ""
    lines = text.split("\n")
    first = cell.paragraphs[0]
    for i, line in enumerate(lines):
        par = first if i == 0 else cell.add_paragraph()
        r = par.add_run(line)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)


def table(d, rows, style="Table Grid", header=True, widths=None, fill=None, size=None):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = d.styles[style]
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.rows[i].cells[j]
            cell_text(c, val, bold=(header and i == 0), size=size)
            if header and i == 0 and fill:
                shade(c, fill)
            if widths:
                c.width = Cm(widths[j])
    return t


def add_field(run, instr):
    f1 = OxmlElement("w:fldChar")
    f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = instr
    f2 = OxmlElement("w:fldChar")
    f2.set(qn("w:fldCharType"), "end")
    run._r.append(f1)
    run._r.append(it)
    run._r.append(f2)


def header_tagline(d, left=None, italic=True, both=True):
    h = d.sections[0].header
    par = h.paragraphs[0]
    if left:
        r = par.add_run(left + "\t\t")
        r.bold = True
        r.font.size = Pt(8)
    r = par.add_run(TAG_NL + ("\n" + TAG_FR if both else ""))
    r.italic = italic
    r.font.size = Pt(8)
    r.font.color.rgb = GREY


def footer_page(d, label="Page ", of=" / "):
    f = d.sections[0].footer
    par = f.paragraphs[0]
    par.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = par.add_run(label)
    r.font.size = Pt(8)
    r2 = par.add_run()
    r2.font.size = Pt(8)
    add_field(r2, "PAGE")
    if of:
        r3 = par.add_run(of)
        r3.font.size = Pt(8)
        r4 = par.add_run()
        r4.font.size = Pt(8)
        add_field(r4, "NUMPAGES")


def footer_text(d, text):
    f = d.sections[0].footer
    par = f.paragraphs[0]
    r = par.add_run(text)
    r.font.size = Pt(8)
    r.italic = True


def save(d, e):
    d.save(os.path.join(HERE, e["file"]))
    with open(os.path.join(HERE, e["file"][:-5] + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(e, f, ensure_ascii=False, indent=2)
        f.write("\n")


# ---------------------------------------------------------------- 307: SPP, FR, launch 2016
def r307():
    """Julien Lambotte (SPP IS), formal French minutes; Arial 10, Heading 1 with typed numbers,
    agenda with tabs, people as bullets with titles, closing table of actions."""
    d = new_doc("Arial", 10)
    header_tagline(d, left="SPP Intégration Sociale")
    footer_page(d)
    p(d, "Réseau FAMI des CPAS", bold=True, size=16, align="c", color=BLUE, space_after=0)
    p(d, "Réunion de lancement – procès-verbal", bold=True, size=12, align="c")
    p(d, "Date : jeudi 13 octobre 2016, de 9h30 à 12h30", space_after=0)
    p(d, "Lieu : SPP Intégration Sociale, boulevard du Jardin Botanique 50, 1000 Bruxelles – salle 7.14")
    p(d, "Présents :", bold=True, space_after=2)
    for x in ["Mme Nathalie Degrève – SPP Intégration Sociale (présidence)",
              "M. Julien Lambotte – SPP Intégration Sociale (secrétariat)",
              "M. Pieter Van Acker – CPAS de Gand",
              "Mme Leen De Smet – CPAS de Gand",
              "Mme Caroline Jadoul – CPAS de Liège",
              "M. Mehdi Benali – CPAS de Liège",
              "Mme Fabienne Delcourt – CPAS de Charleroi",
              "M. Koen Janssens – CPAS d'Anvers",
              "Mme Amina Diallo – CPAS de Bruxelles"]:
        p(d, x, style="List Bullet")
    rp(d, [("Excusés : ", {"b": True}),
           ("M. Marc Dewulf (CPAS de Bruxelles), Mme Ruth Van den Broeck (CPAS d'Anvers).", {})])
    p(d, "Ordre du jour", bold=True, underline=True, space_after=2)
    for t in ["9h30 – 10h00\tAccueil et café",
              "10h00 – 10h30\tTour de table des CPAS",
              "10h30 – 11h15\tPrésentation du cadre FAMI et des obligations de rapportage",
              "11h15 – 12h00\tFiches projet : modèle commun",
              "12h00 – 12h30\tFonctionnement du réseau et calendrier 2017"]:
        par = p(d, t, space_after=0)
        par.paragraph_format.tab_stops.add_tab_stop(Cm(3.2))
    p(d, "")
    d.add_heading("1. Accueil et tour de table", level=1)
    p(d, "Mme Degrève souhaite la bienvenue aux cinq CPAS qui lancent un projet cofinancé par le Fonds "
         "Asile, Migration et Intégration (FAMI). Chaque CPAS présente en quelques mots son équipe et le "
         "public visé : des primo-arrivants, souvent faiblement scolarisés, qui dépendent depuis longtemps "
         "de l'aide sociale.", align="j")
    p(d, "Le CPAS de Liège rappelle que Mme Sophie Lhoest rejoindra l'équipe en janvier comme chargée "
         "des entretiens d'admission. Le CPAS d'Anvers signale que les CPAS de Schoten, Edegem et Mortsel "
         "souhaitent s'associer au projet anversois.", align="j")
    d.add_heading("2. Le cadre FAMI et le rapportage", level=1)
    p(d, "M. Lambotte présente les règles du cofinancement : 75 % des frais de personnel sont pris en "
         "charge par le FAMI, 15 % par le SPP et 10 % par le CPAS. Les CPAS transmettent chaque année au "
         "SPP le nombre de participants par type d'activité. Les pièces justificatives doivent être "
         "conservées pendant toute la durée prévue par les règles européennes.", align="j")
    p(d, "Plusieurs CPAS s'interrogent sur ce qu'il faut entendre par « participant » "
         "(une personne inscrite ou une personne qui a suivi au moins une séance).", align="j")
    d.add_heading("3. Modèle commun de fiche projet", level=1)
    p(d, "Un modèle commun est proposé : personne de contact, objectif principal, groupe cible, méthode "
         "de recrutement, parties du projet (axes et modules), sous-objectifs, coûts, aspects pratiques, "
         "facteurs de réussite et partenaires. Il est convenu d'indiquer au moins trois sous-objectifs "
         "par module.", align="j")
    d.add_heading("4. Fonctionnement du réseau", level=1)
    p(d, "Le réseau se réunira deux à trois fois par an, à tour de rôle dans chaque CPAS. Les rapports "
         "sont rédigés par le SPP en français et en néerlandais. Les CPAS partenaires pourront être "
         "invités aux rencontres.", align="j")
    d.add_heading("5. Divers", level=1)
    p(d, "Pas de point divers.")
    d.add_heading("6. Récapitulatif des actions", level=1)
    table(d, [["Qui", "Quoi", "Échéance"],
              ["SPP IS", "Envoyer le modèle de fiche projet à tous les CPAS", "31/10/2016"],
              ["Chaque CPAS", "Compléter la fiche projet et la renvoyer au SPP", "30/11/2016"],
              ["Caroline Jadoul", "Partager la grille d'entretien d'admission du CPAS de Liège", "décembre 2016"],
              ["Koen Janssens et Pieter Van Acker",
               "Proposer une traduction néerlandaise du glossaire FAMI", "prochaine réunion"]],
          widths=[4.5, 8.5, 3.0], fill="D9E2F3")
    p(d, "")
    p(d, "Prochaine réunion : jeudi 9 février 2017, au CPAS de Gand (horaire à confirmer).", bold=True)
    p(d, "Rédaction : Julien Lambotte – SPP IS", italic=True, size=8, color=GREY)
    e = {
        "file": "307_pv_lancement_reseau_fami_oct2016.docx",
        "languages": ["fr"],
        "online": False,
        "interpretation": False,
        "date": "2016-10-13",
        "people": [["Nathalie Degrève", "Present", "SPP"],
                   ["Julien Lambotte", "Present", "SPP"],
                   ["Pieter Van Acker", "Present", "GENT"],
                   ["Leen De Smet", "Present", "GENT"],
                   ["Caroline Jadoul", "Present", "LIEGE"],
                   ["Mehdi Benali", "Present", "LIEGE"],
                   ["Fabienne Delcourt", "Present", "CHARLEROI"],
                   ["Koen Janssens", "Present", "ANTWERPEN"],
                   ["Amina Diallo", "Present", "BRUXELLES"],
                   ["Marc Dewulf", "Excused", "BRUXELLES"],
                   ["Ruth Van den Broeck", "Excused", "ANTWERPEN"]],
        "agenda": [["09:30", "10:00", "Accueil et café"],
                   ["10:00", "10:30", "Tour de table des CPAS"],
                   ["10:30", "11:15", "Présentation du cadre FAMI et des obligations de rapportage"],
                   ["11:15", "12:00", "Fiches projet : modèle commun"],
                   ["12:00", "12:30", "Fonctionnement du réseau et calendrier 2017"]],
        "headings": [["1", "Accueil et tour de table"],
                     ["2", "Le cadre FAMI et le rapportage"],
                     ["3", "Modèle commun de fiche projet"],
                     ["4", "Fonctionnement du réseau"],
                     ["5", "Divers"],
                     ["6", "Récapitulatif des actions"]],
        "actions": [["SPP", [], None, "Envoyer le modèle de fiche projet"],
                    ["CPAS", [], None, "Compléter la fiche projet et la renvoyer"],
                    ["Network Contact", ["Caroline Jadoul"], None, "Partager la grille d'entretien d'admission"],
                    ["Several Network Contacts", ["Koen Janssens", "Pieter Van Acker"], None,
                     "Proposer une traduction néerlandaise du glossaire"]],
        "next_meeting": {"date": "2017-02-09",
                         "text": "Prochaine réunion : jeudi 9 février 2017, au CPAS de Gand (horaire à confirmer)."},
        "remarks": [],
    }
    save(d, e)


# ---------------------------------------------------------------- 308: OCMW Gent, NL, 2017
def r308():
    """Leen De Smet (OCMW Gent): practical Dutch notes, people in a table with a status column
    (mixed order), List Number agenda with '10u00', bold unnumbered section lines, 'Actie' lines."""
    d = new_doc("Calibri", 11, 2.2)
    footer_text(d, "OCMW Gent – Dienst Welzijn en Integratie – verslag netwerkoverleg 23/03/2017")
    p(d, "Verslag netwerkoverleg AMIF-projecten OCMW's", bold=True, size=14, color=BLUE)
    rp(d, [("Datum: ", {"b": True}), ("donderdag 23 maart 2017, 10u00 – 15u30", {})])
    rp(d, [("Plaats: ", {"b": True}), ("OCMW Gent, Onderbergen 86, Gent (zaal De Kring)", {})])
    rp(d, [("Verslag: ", {"b": True}), ("Leen De Smet", {})])
    p(d, "")
    table(d, [["Naam", "Organisatie", "Aanwezig?"],
              ["Sarah Peeters", "POD MI", "aanwezig"],
              ["Leen De Smet", "OCMW Gent", "aanwezig"],
              ["Pieter Van Acker", "OCMW Gent", "aanwezig"],
              ["Youssef El Khattabi", "OCMW Gent", "aanwezig"],
              ["Mehdi Benali", "OCMW Luik", "verontschuldigd"],
              ["Caroline Jadoul", "OCMW Luik", "aanwezig"],
              ["Fabienne Delcourt", "OCMW Charleroi", "aanwezig"],
              ["Koen Janssens", "OCMW Antwerpen", "aanwezig"],
              ["Bart Wouters", "OCMW Mortsel", "aanwezig"],
              ["Marc Dewulf", "OCMW Brussel", "verontschuldigd"],
              ["Amina Diallo", "OCMW Brussel", "aanwezig"]],
          style="Light Grid Accent 1", widths=[5, 5, 4])
    p(d, "")
    p(d, "Agenda", bold=True, size=12)
    for t in ["10u00 – 10u30: Verwelkoming en koffie",
              "10u30 – 12u00: Stand van zaken per OCMW",
              "12u00 – 13u00: Lunch",
              "13u00 – 14u30: Intake en oriëntatie: werkwijze Gent",
              "14u30 – 15u30: Varia en afspraken"]:
        p(d, t, style="List Number")
    p(d, "")
    p(d, "Stand van zaken per OCMW", bold=True, underline=True, size=12)
    p(d, "Gent: 42 deelnemers ingeschreven, waarvan 30 actief in de groepsmodules. De wachtlijst "
         "voor de computerworkshop blijft groot.")
    p(d, "Luik: de creatieve workshop loopt goed; Caroline toont een korte film van de deelnemers.")
    p(d, "Charleroi: module 2 is gestart in september. Fabienne meldt dat vooral de infosessies over "
         "huisvesting en bankzaken veel volk trekken.")
    p(d, "Antwerpen: samenwerking met Schoten, Edegem en Mortsel is opgestart. Bart licht toe hoe "
         "Mortsel de doorverwijzing door de maatschappelijk werkers organiseert.")
    p(d, "Mortsel: [cijfers Mortsel nog aan te vullen]")
    rp(d, [("Actie OCMW Antwerpen: ", {"b": True}),
           ("de instroomcijfers van Mortsel doorsturen naar de POD.", {})])
    p(d, "Brussel: Amina meldt dat het team pas sinds januari volledig is.")
    p(d, "Intake en oriëntatie: werkwijze Gent", bold=True, underline=True, size=12)
    p(d, "Youssef stelt de Gentse intakefiche voor. Het intakegesprek gebeurt altijd individueel, "
         "met een tolk indien nodig. De oriëntatiebalans wordt samen met de cliënt opgesteld en "
         "bepaalt welke modules hij of zij volgt.")
    p(d, "→ Youssef stuurt de intakefiche (NL) door naar alle OCMW's.")
    p(d, "Varia", bold=True, underline=True, size=12)
    p(d, "Sarah herinnert eraan dat de jaarrapportering tegen eind juni binnen moet zijn. "
         "Vraag van Charleroi: mogen de uitstappen mee in de rapportering? De meningen zijn verdeeld.")
    p(d, "Afspraken", bold=True, underline=True, size=12)
    for t in ["Sarah bezorgt de nieuwe rapporteringstemplate tegen eind april.",
              "Vertaling van de intakefiche naar het Frans – nog te bepalen wie.",
              "Elk OCMW bezorgt tegen 15 mei een korte fiche over de tevredenheidsenquête.",
              "We houden de volgende bijeenkomst in Charleroi."]:
        p(d, "- " + t)
    p(d, "")
    p(d, "Volgende bijeenkomst: najaar 2017 in Charleroi, datum nog te bepalen.", italic=True)
    e = {
        "file": "308_verslag_netwerkoverleg_gent_maart2017.docx",
        "languages": ["nl"],
        "online": False,
        "interpretation": False,
        "date": "2017-03-23",
        "people": [["Sarah Peeters", "Present", "SPP"],
                   ["Leen De Smet", "Present", "GENT"],
                   ["Pieter Van Acker", "Present", "GENT"],
                   ["Youssef El Khattabi", "Present", "GENT"],
                   ["Caroline Jadoul", "Present", "LIEGE"],
                   ["Fabienne Delcourt", "Present", "CHARLEROI"],
                   ["Koen Janssens", "Present", "ANTWERPEN"],
                   ["Bart Wouters", "Present", "MORTSEL"],
                   ["Amina Diallo", "Present", "BRUXELLES"],
                   ["Mehdi Benali", "Excused", "LIEGE"],
                   ["Marc Dewulf", "Excused", "BRUXELLES"]],
        "agenda": [["10:00", "10:30", "Verwelkoming en koffie"],
                   ["10:30", "12:00", "Stand van zaken per OCMW"],
                   ["12:00", "13:00", "Lunch"],
                   ["13:00", "14:30", "Intake en oriëntatie: werkwijze Gent"],
                   ["14:30", "15:30", "Varia en afspraken"]],
        "headings": [["", "Stand van zaken per OCMW"],
                     ["", "Intake en oriëntatie: werkwijze Gent"],
                     ["", "Varia"],
                     ["", "Afspraken"]],
        "actions": [["CPAS", [], "ANTWERPEN", "de instroomcijfers van Mortsel doorsturen"],
                    ["Network Contact", ["Youssef El Khattabi"], None, "Youssef stuurt de intakefiche (NL) door"],
                    ["Network Contact", ["Sarah Peeters"], None, "Sarah bezorgt de nieuwe rapporteringstemplate"],
                    ["To Be Assigned", [], None, "Vertaling van de intakefiche naar het Frans"],
                    ["CPAS", [], None, "Elk OCMW bezorgt tegen 15 mei"]],
        "next_meeting": {"date": None,
                         "text": "Volgende bijeenkomst: najaar 2017 in Charleroi, datum nog te bepalen."},
        "remarks": ["[cijfers Mortsel nog aan te vullen]"],
    }
    save(d, e)


# ---------------------------------------------------------------- 309: CPAS Liège, FR/NL, 2018
def r309():
    """Sophie Lhoest (CPAS de Liège): bilingual paragraph by paragraph (NL in italics), people in
    one running paragraph grouped by CPAS, agenda table, Heading 2 with Roman numerals, inline
    'Action :' lines; draft line in red at the top."""
    d = new_doc("Cambria", 10.5)
    header_tagline(d, left="CPAS de Liège – Mod' Actions")
    footer_page(d, label="p. ", of=None)
    p(d, "PROJET / ONTWERP – commentaires des CPAS à ajouter avant diffusion / opmerkingen van de "
         "OCMW's nog toe te voegen", italic=True, color=RED, size=9)
    p(d, "Rencontre du réseau FAMI – Ontmoeting AMIF-netwerk", bold=True, size=15, align="c", space_after=0)
    p(d, "7 juin 2018 – 7 juni 2018", bold=True, align="c", space_after=0)
    p(d, "CPAS de Liège, place Saint-Jacques 13, 4000 Liège", align="c")
    rp(d, [("Présents / Aanwezig : ", {"b": True}),
           ("Caroline Jadoul, Sophie Lhoest, Mehdi Benali (CPAS de Liège) ; Julien Lambotte, Sarah Peeters "
            "(SPP IS / POD MI) ; Pieter Van Acker (OCMW Gent) ; Olivier Pirard (CPAS de Charleroi) ; "
            "Isabelle Gossiaux (CPAS de Binche) ; Koen Janssens, Fatima Ouali (OCMW Antwerpen) ; "
            "Thomas Verlinden (CPAS de Bruxelles) ; Hélène Masson et Dirk Bogaert (interprètes / tolken).", {})],
       align="j")
    rp(d, [("Excusés / Verontschuldigd : ", {"b": True}),
           ("Fabienne Delcourt (CPAS de Charleroi), Leen De Smet (OCMW Gent).", {})])
    p(d, "Ordre du jour / Agenda", bold=True)
    table(d, [["Heure / Uur", "Point / Punt"],
              ["9.30 – 10.00", "Accueil / Onthaal"],
              ["10.00 – 11.00", "Le bilan d'orientation à Liège / De oriëntatiebalans in Luik"],
              ["11.00 – 12.30", "État des lieux des projets / Stand van zaken van de projecten"],
              ["12.30 – 13.30", "Lunch"],
              ["13.30 – 15.00", "Atelier : l'enquête de satisfaction / Workshop: de tevredenheidsenquête"],
              ["15.00 – 15.30", "Conclusions et suite / Conclusies en vervolg"]],
          widths=[3.2, 12.8], fill="FBE4D5", size=9.5)

    def fr_nl(fr, nl):
        p(d, fr, align="j", space_after=2)
        p(d, nl, italic=True, color=GREY, align="j")

    d.add_heading("I. Accueil / Onthaal", level=2)
    fr_nl("L'équipe Mod' Actions accueille le réseau dans la maison du projet. Deux interprètes assurent "
          "la traduction simultanée français-néerlandais pendant toute la journée.",
          "Het team van Mod' Actions ontvangt het netwerk in het projecthuis. Twee tolken zorgen de hele "
          "dag voor simultaanvertaling Frans-Nederlands.")
    d.add_heading("II. Le bilan d'orientation / De oriëntatiebalans", level=2)
    fr_nl("Caroline présente le bilan d'orientation : parcours, objectifs, motivation et obstacles du "
          "participant. Trois contrats sont signés : avec l'AS, avec la personne chargée de l'admission et "
          "avec le responsable de chaque module.",
          "Caroline stelt de oriëntatiebalans voor: traject, doelen, motivatie en drempels van de deelnemer. "
          "Er worden drie contracten ondertekend: met de maatschappelijk werker, met de intaker en met de "
          "verantwoordelijke van elke module.")
    rp(d, [("Action : ", {"b": True}), ("Caroline envoie la grille du bilan d'orientation aux CPAS. / ", {}),
           ("Actie: Caroline stuurt het rooster van de oriëntatiebalans naar de OCMW's.", {"i": True})])
    d.add_heading("III. État des lieux / Stand van zaken", level=2)
    fr_nl("Gand et Anvers constatent une hausse des inscriptions. À Charleroi et Binche, le recrutement "
          "passe par les antennes sociales ; Olivier et Isabelle proposent d'accueillir la prochaine rencontre. "
          "Bruxelles lance un atelier informatique.",
          "Gent en Antwerpen zien meer inschrijvingen. In Charleroi en Binche verloopt de werving via de "
          "sociale antennes; Olivier en Isabelle stellen voor om de volgende ontmoeting te organiseren. "
          "Brussel start met een computerworkshop.")
    rp(d, [("Action : ", {"b": True}), ("Olivier et Isabelle préparent la visite à Charleroi et Binche. / ", {}),
           ("Actie: Olivier en Isabelle bereiden het bezoek aan Charleroi en Binche voor.", {"i": True})])
    d.add_heading("IV. L'enquête de satisfaction / De tevredenheidsenquête", level=2)
    fr_nl("Les CPAS trouvent l'enquête actuelle trop abstraite pour le public cible. Une version "
          "simplifiée avec des pictogrammes est discutée en sous-groupes.",
          "De OCMW's vinden de huidige enquête te abstract voor de doelgroep. In subgroepen wordt een "
          "vereenvoudigde versie met pictogrammen besproken.")
    rp(d, [("Action (Qui : SPP) : ", {"b": True}),
           ("traduire l'enquête de satisfaction en arabe, dari et tigrinya. / ", {}),
           ("Actie (Wie: POD): de tevredenheidsenquête vertalen in het Arabisch, Dari en Tigrinya.", {"i": True})])
    rp(d, [("Action : ", {"b": True}),
           ("tester la version simplifiée de l'enquête avec un groupe de participants (Qui : chaque CPAS). / ", {}),
           ("Actie: de vereenvoudigde enquête testen met een groep deelnemers (Wie: elk OCMW).", {"i": True})])
    d.add_heading("V. Conclusions / Conclusies", level=2)
    fr_nl("La journée a permis de mieux connaître les méthodes de Liège. Les participants soulignent "
          "l'accueil chaleureux.",
          "De dag gaf een beter zicht op de werkwijze van Luik. De deelnemers waarderen het warme onthaal.")
    p(d, "Prochaine rencontre / Volgende ontmoeting : jeudi 11 octobre 2018 – donderdag 11 oktober 2018, "
         "CPAS de Charleroi", bold=True)
    e = {
        "file": "309_rencontre_reseau_liege_juin2018.docx",
        "languages": ["fr", "nl"],
        "online": False,
        "interpretation": True,
        "date": "2018-06-07",
        "people": [["Caroline Jadoul", "Present", "LIEGE"],
                   ["Sophie Lhoest", "Present", "LIEGE"],
                   ["Mehdi Benali", "Present", "LIEGE"],
                   ["Julien Lambotte", "Present", "SPP"],
                   ["Sarah Peeters", "Present", "SPP"],
                   ["Pieter Van Acker", "Present", "GENT"],
                   ["Olivier Pirard", "Present", "CHARLEROI"],
                   ["Isabelle Gossiaux", "Present", "BINCHE"],
                   ["Koen Janssens", "Present", "ANTWERPEN"],
                   ["Fatima Ouali", "Present", "ANTWERPEN"],
                   ["Thomas Verlinden", "Present", "BRUXELLES"],
                   ["Hélène Masson", "Present", None],
                   ["Dirk Bogaert", "Present", None],
                   ["Fabienne Delcourt", "Excused", "CHARLEROI"],
                   ["Leen De Smet", "Excused", "GENT"]],
        "agenda": [["09:30", "10:00", "Accueil / Onthaal"],
                   ["10:00", "11:00", "Le bilan d'orientation à Liège / De oriëntatiebalans in Luik"],
                   ["11:00", "12:30", "État des lieux des projets / Stand van zaken van de projecten"],
                   ["12:30", "13:30", "Lunch"],
                   ["13:30", "15:00", "Atelier : l'enquête de satisfaction / Workshop: de tevredenheidsenquête"],
                   ["15:00", "15:30", "Conclusions et suite / Conclusies en vervolg"]],
        "headings": [["I", "Accueil / Onthaal"],
                     ["II", "Le bilan d'orientation / De oriëntatiebalans"],
                     ["III", "État des lieux / Stand van zaken"],
                     ["IV", "L'enquête de satisfaction / De tevredenheidsenquête"],
                     ["V", "Conclusions / Conclusies"]],
        "actions": [["Network Contact", ["Caroline Jadoul"], None, "Caroline envoie la grille du bilan"],
                    ["Several Network Contacts", ["Olivier Pirard", "Isabelle Gossiaux"], None,
                     "Olivier et Isabelle préparent la visite"],
                    ["SPP", [], None, "traduire l'enquête de satisfaction en arabe"],
                    ["CPAS", [], None, "tester la version simplifiée de l'enquête"]],
        "next_meeting": {"date": "2018-10-11",
                         "text": "Prochaine rencontre / Volgende ontmoeting : jeudi 11 octobre 2018 – donderdag "
                                 "11 oktober 2018, CPAS de Charleroi"},
        "remarks": ["PROJET / ONTWERP – commentaires des CPAS à ajouter avant diffusion / opmerkingen van de "
                    "OCMW's nog toe te voegen"],
    }
    save(d, e)


# ---------------------------------------------------------------- 310: CPAS Binche, FR, 2019
def r310():
    """Grégory Lemaire (CPAS de Binche): Times New Roman, people on tabbed lines (name / CPAS /
    function), no agenda, lettered bold-underlined section lines, closing 'Points d'action' with
    typed '1)' numbers and owners after a dash."""
    d = new_doc("Times New Roman", 11.5)
    footer_text(d, "CPAS de Binche – Service d'insertion sociale")
    p(d, "CPAS DE BINCHE", bold=True, size=13, space_after=0)
    p(d, "Rencontre du réseau FAMI – compte rendu", bold=True, size=13)
    p(d, "Binche, le 28 novembre 2019 – salle du Conseil, rue de la Régence", italic=True)
    p(d, "Étaient présents", bold=True, underline=True, space_after=2)
    for x in ["Isabelle Gossiaux\tCPAS Binche\tcoordinatrice du projet",
              "Grégory Lemaire\tCPAS Binche\tassistant social (rédaction)",
              "Fabienne Delcourt\tCPAS Charleroi\tresponsable Service Action Migrants",
              "Olivier Pirard\tCPAS Charleroi\tcoach",
              "Aylin Demir\tCPAS Charleroi\tanimatrice",
              "Julien Lambotte\tSPP IS\tgestionnaire de dossiers FAMI",
              "Caroline Jadoul\tCPAS Liège\tcoordinatrice Mod' Actions",
              "Amina Diallo\tCPAS Bruxelles\tcoordinatrice",
              "Nadia Ferrant\tASBL Lire et Écrire\tformatrice (invitée)"]:
        par = p(d, x, space_after=0)
        par.paragraph_format.tab_stops.add_tab_stop(Cm(5))
        par.paragraph_format.tab_stops.add_tab_stop(Cm(9))
    p(d, "")
    rp(d, [("Se sont excusés : ", {"b": True, "u": True}),
           ("Koen Janssens (OCMW Antwerpen) et Pieter Van Acker (OCMW Gent).", {})])
    p(d, "")
    p(d, "A. Mot d'accueil", bold=True, underline=True)
    p(d, "Mme Gossiaux remercie les participants d'être venus jusqu'à Binche. Elle rappelle que le CPAS "
         "de Binche participe au projet Activ'Up en partenariat avec le CPAS de Charleroi depuis le "
         "module 3.", align="j")
    p(d, "B. Présentation du projet de Binche", bold=True, underline=True)
    p(d, "Le projet binchois suit le même fonctionnement par modules (de septembre à juin) : coaching "
         "individuel tous les quinze jours, ateliers découvertes hebdomadaires et séances d'information "
         "« se débrouiller en Belgique ». Mme Ferrant présente la collaboration avec Lire et Écrire pour "
         "les participants illettrés.", align="j")
    p(d, "C. Recrutement : les chiffres de l'entonnoir", bold=True, underline=True)
    p(d, "À Binche, 64 personnes ont été répertoriées, 38 retenues par les AS et 21 se sont présentées à "
         "la séance d'information (55 %). Pour Charleroi, 280 personnes ont été retenues par les AS pour "
         "le module 3, dont [chiffres de Charleroi pour le module 3 à compléter] présentes à la séance "
         "d'information.", align="j")
    p(d, "Le réseau constate que les procédures administratives sont de plus en plus longues : il faut "
         "anticiper les activités plus tôt.", align="j")
    p(d, "D. Mesures de groupe et horaires", bold=True, underline=True)
    p(d, "Discussion sur l'équilibre des horaires entre anciens et nouveaux participants. Charleroi "
         "propose un horaire type commun pour les deux CPAS.", align="j")
    p(d, "E. Divers", bold=True, underline=True)
    p(d, "Mme Diallo demande si les frais de transport des participants peuvent être pris en charge "
         "par le budget FAMI.", align="j")
    p(d, "")
    p(d, "Points d'action :", bold=True)
    for x in ["1) Envoyer le listing anonymisé des participants potentiels à l'observatoire – Olivier",
              "2) Mettre à jour l'horaire type de la semaine – Isabelle et Aylin",
              "3) Le SPP vérifie si les frais de transport des participants sont éligibles.",
              "4) Organiser une visite de la ferme du CPAS de Liège – ?",
              "5) CPAS de Charleroi : transmettre les chiffres du module 3 avant le 15/12."]:
        par = p(d, x, space_after=0)
        par.paragraph_format.left_indent = Cm(0.6)
    p(d, "")
    p(d, "Prochaine réunion du réseau : au printemps 2020, à Anvers.")
    p(d, "G. Lemaire", align="r", italic=True)
    e = {
        "file": "310_compte_rendu_reseau_binche_nov2019.docx",
        "languages": ["fr"],
        "online": False,
        "interpretation": False,
        "date": "2019-11-28",
        "people": [["Isabelle Gossiaux", "Present", "BINCHE"],
                   ["Grégory Lemaire", "Present", "BINCHE"],
                   ["Fabienne Delcourt", "Present", "CHARLEROI"],
                   ["Olivier Pirard", "Present", "CHARLEROI"],
                   ["Aylin Demir", "Present", "CHARLEROI"],
                   ["Julien Lambotte", "Present", "SPP"],
                   ["Caroline Jadoul", "Present", "LIEGE"],
                   ["Amina Diallo", "Present", "BRUXELLES"],
                   ["Nadia Ferrant", "Present", None],
                   ["Koen Janssens", "Excused", "ANTWERPEN"],
                   ["Pieter Van Acker", "Excused", "GENT"]],
        "agenda": [],
        "headings": [["A", "Mot d'accueil"],
                     ["B", "Présentation du projet de Binche"],
                     ["C", "Recrutement : les chiffres de l'entonnoir"],
                     ["D", "Mesures de groupe et horaires"],
                     ["E", "Divers"]],
        "actions": [["Network Contact", ["Olivier Pirard"], None, "Envoyer le listing anonymisé des participants"],
                    ["Several Network Contacts", ["Isabelle Gossiaux", "Aylin Demir"], None,
                     "Mettre à jour l'horaire type de la semaine"],
                    ["SPP", [], None, "Le SPP vérifie si les frais"],
                    ["To Be Assigned", [], None, "Organiser une visite de la ferme"],
                    ["CPAS", [], "CHARLEROI", "transmettre les chiffres du module 3"]],
        "next_meeting": {"date": None, "text": "Prochaine réunion du réseau : au printemps 2020, à Anvers."},
        "remarks": ["[chiffres de Charleroi pour le module 3 à compléter]"],
    }
    save(d, e)


# ---------------------------------------------------------------- 311: POD MI, NL/FR, Teams 2020
def r311():
    """Sarah Peeters (POD MI): online Teams meeting during covid, two-column people table,
    tabbed agenda with ':' times, Heading 1/2 with decimal numbers, action table Wie/Wat/Tegen,
    unnumbered French summary at the end."""
    d = new_doc("Calibri", 10.5, 2.0)
    header_tagline(d, left="POD MI – SPP IS")
    footer_page(d, label="Pagina ", of=" van ")
    p(d, "Verslag online netwerkvergadering AMIF – Rapport réunion en ligne du réseau FAMI",
      bold=True, size=14, color=BLUE, space_after=0)
    p(d, "14 mei 2020 – 14 mai 2020 – Microsoft Teams, 10u00 – 12u00", bold=True)
    p(d, "Simultaanvertaling via het tolkkanaal in Teams / interprétation simultanée via le canal "
         "d'interprétation de Teams.", italic=True)
    t = d.add_table(rows=2, cols=2)
    t.style = d.styles["Table Grid"]
    cell_text(t.rows[0].cells[0], "Aanwezig / Présents", bold=True)
    cell_text(t.rows[0].cells[1], "Verontschuldigd / Excusés", bold=True)
    shade(t.rows[0].cells[0], "DEEAF6")
    shade(t.rows[0].cells[1], "DEEAF6")
    cell_text(t.rows[1].cells[0], "\n".join([
        "Sarah Peeters – POD MI", "An Verhulst – POD MI", "Pieter Van Acker – OCMW Gent",
        "Caroline Jadoul – CPAS Liège", "Olivier Pirard – CPAS Charleroi", "Fatima Ouali – OCMW Antwerpen",
        "Wim Claes – OCMW Schoten", "Amina Diallo – CPAS Bruxelles", "Hélène Masson – tolk / interprète",
        "Dirk Bogaert – tolk / interprète"]))
    cell_text(t.rows[1].cells[1], "Koen Janssens – OCMW Antwerpen\nMehdi Benali – CPAS Liège")
    p(d, "")
    p(d, "Agenda", bold=True)
    for x in ["10:00 – 10:15\tOpening en technische afspraken (tolkkanaal)",
              "10:15 – 11:00\tCorona: impact op de modules / impact sur les modules",
              "11:00 – 11:30\tGroepsgrootte en hygiëneregels",
              "11:30 – 11:50\tRapportering 2020",
              "11:50\tVaria"]:
        par = p(d, x, space_after=0)
        par.paragraph_format.tab_stops.add_tab_stop(Cm(3))
    d.add_heading("1. Opening", level=1)
    p(d, "Sarah verwelkomt de deelnemers en legt uit hoe het tolkkanaal werkt. Iedereen spreekt in "
         "zijn eigen taal.")
    d.add_heading("2. Corona: impact op de modules", level=1)
    d.add_heading("2.1 Gent", level=2)
    p(d, "De groepsmodules zijn sinds half maart stilgelegd. Individuele coaching gebeurt telefonisch "
         "of via WhatsApp-video. Vanaf juni opnieuw kleine groepen (4 + 1).")
    d.add_heading("2.2 Liège", level=2)
    p(d, "Caroline: les ateliers reprennent à 3 participants + 1 formateur. Les bilans d'orientation "
         "se font par téléphone.")
    p(d, "Cijfers eerste trimester: nog aan te vullen door Liège.")
    d.add_heading("2.3 Charleroi", level=2)
    p(d, "Olivier: même règle qu'à Liège (3 + 1). Les sorties socio-culturelles sont annulées "
         "jusqu'en septembre.")
    d.add_heading("2.4 Antwerpen en Schoten", level=2)
    p(d, "Fatima en Wim: online taalactivering werkt enkel voor deelnemers met een smartphone en "
         "voldoende data. Schoten heeft de planning van september al herbekeken.")
    d.add_heading("2.5 Bruxelles", level=2)
    p(d, "Amina: de meeste deelnemers hebben geen computer; het OCMW leent tablets uit.")
    d.add_heading("3. Groepsgrootte en hygiëneregels", level=1)
    p(d, "De regels verschillen per OCMW en veranderen vaak; het netwerk heeft er vandaag geen "
         "overzicht van.")
    d.add_heading("4. Rapportering 2020", level=1)
    p(d, "Onduidelijk of online sessies meetellen als output voor de Europese Commissie. De meningen "
         "in de beheersautoriteit lopen uiteen.")
    d.add_heading("5. Varia", level=1)
    p(d, "Geen varia.")
    p(d, "Actiepunten / Points d'action", bold=True, size=12, color=BLUE)
    table(d, [["Wie", "Wat", "Tegen"],
              ["POD MI", "Bevestigt bij de Europese Commissie of online sessies meetellen als output.", "juni"],
              ["Elk OCMW / chaque CPAS", "Geeft de huidige groepsregel door (bv. 4 + 1).", "29/05"],
              ["Pieter en Caroline", "Delen hun draaiboek voor online groepssessies.", "15/06"],
              ["?", "Een FR/NL-woordenlijst over corona voor deelnemers opstellen.", "—"],
              ["OCMW Schoten", "Stuurt de aangepaste planning van september.", "30/06"]],
          style="Light List Accent 1", widths=[4, 10, 2.5])
    d.add_heading("Résumé en français", level=1)
    p(d, "La réunion s'est tenue en ligne avec interprétation. Chaque CPAS a présenté l'impact du "
         "coronavirus sur ses modules : les groupes reprennent avec des règles différentes (4 + 1 à Gand, "
         "3 + 1 à Liège et Charleroi). Le POD MI confirmera auprès de la Commission si les séances en "
         "ligne comptent comme output. Chaque CPAS communique sa règle de groupe actuelle.", align="j")
    p(d, "Volgende vergadering / Prochaine réunion : dinsdag 22 september 2020, 10u00, via Teams", bold=True)
    e = {
        "file": "311_verslag_online_netwerk_mei2020.docx",
        "languages": ["nl", "fr"],
        "online": True,
        "interpretation": True,
        "date": "2020-05-14",
        "people": [["Sarah Peeters", "Present", "SPP"],
                   ["An Verhulst", "Present", "SPP"],
                   ["Pieter Van Acker", "Present", "GENT"],
                   ["Caroline Jadoul", "Present", "LIEGE"],
                   ["Olivier Pirard", "Present", "CHARLEROI"],
                   ["Fatima Ouali", "Present", "ANTWERPEN"],
                   ["Wim Claes", "Present", "SCHOTEN"],
                   ["Amina Diallo", "Present", "BRUXELLES"],
                   ["Hélène Masson", "Present", None],
                   ["Dirk Bogaert", "Present", None],
                   ["Koen Janssens", "Excused", "ANTWERPEN"],
                   ["Mehdi Benali", "Excused", "LIEGE"]],
        "agenda": [["10:00", "10:15", "Opening en technische afspraken (tolkkanaal)"],
                   ["10:15", "11:00", "Corona: impact op de modules / impact sur les modules"],
                   ["11:00", "11:30", "Groepsgrootte en hygiëneregels"],
                   ["11:30", "11:50", "Rapportering 2020"],
                   ["11:50", None, "Varia"]],
        "headings": [["1", "Opening"],
                     ["2", "Corona: impact op de modules"],
                     ["2.1", "Gent"],
                     ["2.2", "Liège"],
                     ["2.3", "Charleroi"],
                     ["2.4", "Antwerpen en Schoten"],
                     ["2.5", "Bruxelles"],
                     ["3", "Groepsgrootte en hygiëneregels"],
                     ["4", "Rapportering 2020"],
                     ["5", "Varia"],
                     ["", "Résumé en français"]],
        "actions": [["SPP", [], None, "Bevestigt bij de Europese Commissie of"],
                    ["CPAS", [], None, "Geeft de huidige groepsregel door"],
                    ["Several Network Contacts", ["Pieter Van Acker", "Caroline Jadoul"], None,
                     "Delen hun draaiboek voor online groepssessies."],
                    ["To Be Assigned", [], None, "Een FR/NL-woordenlijst over corona voor deelnemers"],
                    ["CPAS", [], "SCHOTEN", "Stuurt de aangepaste planning van september."]],
        "next_meeting": {"date": "2020-09-22",
                         "text": "Volgende vergadering / Prochaine réunion : dinsdag 22 september 2020, 10u00, via Teams"},
        "remarks": ["Cijfers eerste trimester: nog aan te vullen door Liège."],
    }
    save(d, e)


# ---------------------------------------------------------------- 312: OCMW Antwerpen, NL, hybrid 2021
def r312():
    """Ruth Van den Broeck (OCMW Antwerpen): people grouped per OCMW (on site / online), lettered
    agenda without times, Heading 1 '1)' and Heading 2 '3.1', actions as bullets with initials."""
    d = new_doc("Verdana", 9.5)
    footer_page(d, label="", of="/")
    p(d, "OCMW Antwerpen – AMIF-project", size=9, color=GREY, space_after=0)
    p(d, "Netwerkdag AMIF – verslag", bold=True, size=16, space_after=0)
    p(d, "Donderdag 30 september 2021 – hybride: Stadhuis Antwerpen (zaal Leys) en via Teams", size=10)
    p(d, "Aanwezig (ter plaatse):", bold=True, space_after=0)
    for x in ["OCMW Antwerpen: Koen Janssens (KJ), Fatima Ouali (FO), Ruth Van den Broeck (RVdB, verslag)",
              "OCMW Schoten: Wim Claes (WC)",
              "OCMW Edegem: Els Mertens (EM)",
              "OCMW Mortsel: Bart Wouters (BW)",
              "POD MI: An Verhulst (AV)"]:
        p(d, x, style="List Bullet")
    p(d, "Aanwezig (online):", bold=True, space_after=0)
    for x in ["OCMW Gent: Leen De Smet (LDS)", "CPAS Charleroi: Aylin Demir (AD)"]:
        p(d, x, style="List Bullet")
    rp(d, [("Verontschuldigd: ", {"b": True}),
           ("Caroline Jadoul (CPAS Luik), Thomas Verlinden (CPAS Brussel)", {})])
    p(d, "De Franstalige collega volgde online; er was geen vertaling voorzien.", italic=True, size=8.5)
    p(d, "Agenda", bold=True, space_after=0)
    for x in ["a. Welkom en kennismaking nieuwe partners",
              "b. Terugblik op de coronaperiode",
              "c. Indicatoren nieuwe AMIF-periode 2021-2027",
              "d. Tevredenheidsenquête: eenvoudiger taal",
              "e. Rondvraag"]:
        par = p(d, x, space_after=0)
        par.paragraph_format.left_indent = Cm(0.5)
    d.add_heading("1) Welkom en kennismaking", level=1)
    p(d, "Koen verwelkomt iedereen, voor het eerst sinds 2019 opnieuw (deels) fysiek. Edegem is sinds "
         "dit jaar volwaardig partner; Els stelt haar team voor.")
    d.add_heading("2) Terugblik op de coronaperiode", level=1)
    p(d, "Wat bleef overeind: individuele opvolging, telefonisch contact, kleine groepen. Wat verloren "
         "ging: de groepsgeest en de uitstappen. Gent merkt dat deelnemers met weinig digitale "
         "vaardigheden afhaakten.")
    d.add_heading("3) Indicatoren 2021-2027", level=1)
    d.add_heading("3.1 Gemeenschappelijke outputindicatoren", level=2)
    p(d, "An overloopt de indicatoren van Verordening (EU) 2021/1147: deelnemers aan "
         "ondersteunende activiteiten, per taalcursus, maatschappelijke oriëntatie en persoonlijke "
         "begeleiding.")
    d.add_heading("3.2 Resultaatindicatoren", level=2)
    p(d, "Deelnemers aan een taalcursus die minstens één ERK-niveau stijgen, en deelnemers die zeggen "
         "dat de activiteit hun integratie hielp. Dit vraagt een meting bij start en einde.")
    p(d, "Aantal deelnemers Edegem in 2020: XXX (aan te vullen)")
    d.add_heading("4) Tevredenheidsenquête", level=1)
    p(d, "De huidige enquête is te abstract. Voorstel: korte zinnen, pictogrammen, mondeling afnemen "
         "met een intercultureel bemiddelaar.")
    d.add_heading("5) Rondvraag", level=1)
    p(d, "Aylin vraagt of Charleroi de vereenvoudigde enquête ook in het Frans kan krijgen. Dat is "
         "de bedoeling.")
    d.add_heading("Actiepunten", level=1)
    for x in ["Lijst van de gemeenschappelijke indicatoren rondsturen naar alle partners (AV)",
              "Voorstel vereenvoudigde enquête uitwerken (FO, EM)",
              "Actie Schoten: contact opnemen met de taalschool voor ERK-testen",
              "Koen plant een bezoek aan Gent in november.",
              "Alle OCMW's: aantal deelnemers per module doorgeven vóór 31/10"]:
        p(d, x, style="List Bullet")
    p(d, "")
    p(d, "Volgende netwerkdag: 17 februari 2022 in Brussel (hybride)", bold=True)
    e = {
        "file": "312_verslag_netwerkdag_antwerpen_sept2021.docx",
        "languages": ["nl"],
        "online": True,
        "interpretation": False,
        "date": "2021-09-30",
        "people": [["Koen Janssens", "Present", "ANTWERPEN"],
                   ["Fatima Ouali", "Present", "ANTWERPEN"],
                   ["Ruth Van den Broeck", "Present", "ANTWERPEN"],
                   ["Wim Claes", "Present", "SCHOTEN"],
                   ["Els Mertens", "Present", "EDEGEM"],
                   ["Bart Wouters", "Present", "MORTSEL"],
                   ["An Verhulst", "Present", "SPP"],
                   ["Leen De Smet", "Present", "GENT"],
                   ["Aylin Demir", "Present", "CHARLEROI"],
                   ["Caroline Jadoul", "Excused", "LIEGE"],
                   ["Thomas Verlinden", "Excused", "BRUXELLES"]],
        "agenda": [[None, None, "Welkom en kennismaking nieuwe partners"],
                   [None, None, "Terugblik op de coronaperiode"],
                   [None, None, "Indicatoren nieuwe AMIF-periode 2021-2027"],
                   [None, None, "Tevredenheidsenquête: eenvoudiger taal"],
                   [None, None, "Rondvraag"]],
        "headings": [["1", "Welkom en kennismaking"],
                     ["2", "Terugblik op de coronaperiode"],
                     ["3", "Indicatoren 2021-2027"],
                     ["3.1", "Gemeenschappelijke outputindicatoren"],
                     ["3.2", "Resultaatindicatoren"],
                     ["4", "Tevredenheidsenquête"],
                     ["5", "Rondvraag"],
                     ["", "Actiepunten"]],
        "actions": [["Network Contact", ["An Verhulst"], None, "Lijst van de gemeenschappelijke indicatoren rondsturen"],
                    ["Several Network Contacts", ["Fatima Ouali", "Els Mertens"], None,
                     "Voorstel vereenvoudigde enquête uitwerken"],
                    ["CPAS", [], "SCHOTEN", "contact opnemen met de taalschool voor ERK-testen"],
                    ["Network Contact", ["Koen Janssens"], None, "Koen plant een bezoek aan Gent"],
                    ["CPAS", [], None, "aantal deelnemers per module doorgeven"]],
        "next_meeting": {"date": "2022-02-17", "text": "Volgende netwerkdag: 17 februari 2022 in Brussel (hybride)"},
        "remarks": ["Aantal deelnemers Edegem in 2020: XXX (aan te vullen)"],
    }
    save(d, e)


# ---------------------------------------------------------------- 313: CPAS Bruxelles, FR, 2022
def r313():
    """Thomas Verlinden (CPAS de Bruxelles): FR only with interpreters on site, people as bullets
    with titles and initials, agenda table with 'Intervenant', unnumbered Heading 2/3, actions with
    '►' and initials or CPAS before a colon."""
    d = new_doc("Segoe UI", 10)
    header_tagline(d, left="CPAS de Bruxelles", both=False)
    footer_page(d)
    p(d, "Procès-verbal – Rencontre des CPAS FAMI", bold=True, size=15, color=RGBColor(0x00, 0x70, 0xC0))
    p(d, "Jeudi 8 décembre 2022 – CPAS de Bruxelles, rue Haute 298A, 1000 Bruxelles", bold=True)
    p(d, "Interprétation FR/NL assurée sur place par Hélène et Dirk (interprètes).", italic=True)
    p(d, "Participant·e·s :", bold=True, space_after=0)
    for x in ["Mme Amina Diallo (AD) – CPAS de Bruxelles",
              "M. Thomas Verlinden (TV) – CPAS de Bruxelles, PV",
              "M. Marc Dewulf (MD) – CPAS de Bruxelles",
              "Mme Nathalie Degrève (ND) – SPP IS",
              "M. Julien Lambotte (JL) – SPP IS",
              "M. Youssef El Khattabi (YEK) – OCMW Gent",
              "Mme Sophie Lhoest (SL) – CPAS de Liège",
              "M. Olivier Pirard (OP) – CPAS de Charleroi",
              "Mme Fatima Ouali (FO) – OCMW Antwerpen",
              "Mme Els Mertens (EM) – OCMW Edegem",
              "Hélène et Dirk, interprètes FR/NL"]:
        p(d, x, style="List Bullet")
    rp(d, [("Excusé·e·s : ", {"b": True}),
           ("Pieter Van Acker (OCMW Gent), Isabelle Gossiaux (CPAS de Binche), Bart Wouters (OCMW Mortsel)", {})])
    p(d, "")
    table(d, [["Heure", "Sujet", "Intervenant"],
              ["09h30-10h00", "Accueil – café", ""],
              ["10h00-10h45", "Indicateurs FAMI 2021-2027 : premier rapportage", "SPP"],
              ["10h45-11h30", "Visite de l'espace « Parcours Bruxellois »", "CPAS Bruxelles"],
              ["11h30-12h30", "Feed-back : points forts et points à améliorer", "tous"],
              ["12h30", "Lunch", ""]],
          style="Light Shading Accent 1", widths=[3, 9.5, 3.5])
    d.add_heading("Accueil", level=2)
    p(d, "AD accueille le réseau au CPAS de Bruxelles. Les interprètes sont présentés ; les collègues "
         "néerlandophones s'expriment en néerlandais.")
    d.add_heading("Indicateurs FAMI : premier rapportage", level=2)
    p(d, "JL rappelle les indicateurs communs de réalisation et de résultat. La notion de "
         "« participant » n'est pas définie de la même façon à Liège et au SPP : à Liège, une personne "
         "compte dès l'entretien d'admission ; pour le SPP, dès la première activité de soutien.")
    d.add_heading("Visite du Parcours Bruxellois", level=2)
    p(d, "Visite de l'espace où se déroulent les séances « vivre en Belgique » : institutions, droits "
         "et devoirs, logement, mobilité, banque et assurances.")
    d.add_heading("Feed-back des CPAS", level=2)
    d.add_heading("Points forts", level=3)
    p(d, "Travail intensif avec le public, lien entre les agents et les participants, esprit de groupe "
         "à la fin du module.")
    d.add_heading("Points à améliorer", level=3)
    p(d, "Communication vers les participants lorsque les horaires changent ; les formations pour les "
         "AS des antennes sociales restent trop rares. Youssef vérifiera si Gent peut accueillir une "
         "formation commune au printemps.")
    d.add_heading("Suite", level=2)
    for x in ["► CPAS de Bruxelles : envoyer la présentation et les photos de la visite.",
              "► Le SPP envoie le canevas de rapportage annuel pour le 15 janvier.",
              "► JL et SL : comparer les définitions de « participant » utilisées à Liège et au SPP.",
              "► Tous les CPAS : vérifier le nombre de participants ayant progressé d'un niveau CECR.",
              "► Proposer une date de formation commune pour les AS – à définir"]:
        p(d, x, space_after=2)
    p(d, "")
    p(d, "Prochaine rencontre : mars 2023, à Gand (date à fixer par Doodle).", bold=True)
    e = {
        "file": "313_pv_rencontre_cpas_bruxelles_dec2022.docx",
        "languages": ["fr"],
        "online": False,
        "interpretation": True,
        "date": "2022-12-08",
        "people": [["Amina Diallo", "Present", "BRUXELLES"],
                   ["Thomas Verlinden", "Present", "BRUXELLES"],
                   ["Marc Dewulf", "Present", "BRUXELLES"],
                   ["Nathalie Degrève", "Present", "SPP"],
                   ["Julien Lambotte", "Present", "SPP"],
                   ["Youssef El Khattabi", "Present", "GENT"],
                   ["Sophie Lhoest", "Present", "LIEGE"],
                   ["Olivier Pirard", "Present", "CHARLEROI"],
                   ["Fatima Ouali", "Present", "ANTWERPEN"],
                   ["Els Mertens", "Present", "EDEGEM"],
                   ["Hélène", "Present", None],
                   ["Dirk", "Present", None],
                   ["Pieter Van Acker", "Excused", "GENT"],
                   ["Isabelle Gossiaux", "Excused", "BINCHE"],
                   ["Bart Wouters", "Excused", "MORTSEL"]],
        "agenda": [["09:30", "10:00", "Accueil – café"],
                   ["10:00", "10:45", "Indicateurs FAMI 2021-2027 : premier rapportage"],
                   ["10:45", "11:30", "Visite de l'espace « Parcours Bruxellois »"],
                   ["11:30", "12:30", "Feed-back : points forts et points à améliorer"],
                   ["12:30", None, "Lunch"]],
        "headings": [["", "Accueil"],
                     ["", "Indicateurs FAMI : premier rapportage"],
                     ["", "Visite du Parcours Bruxellois"],
                     ["", "Feed-back des CPAS"],
                     ["", "Points forts"],
                     ["", "Points à améliorer"],
                     ["", "Suite"]],
        "actions": [["Network Contact", ["Youssef El Khattabi"], None, "Youssef vérifiera si Gent peut accueillir"],
                    ["CPAS", [], "BRUXELLES", "envoyer la présentation et les photos"],
                    ["SPP", [], None, "Le SPP envoie le canevas de rapportage"],
                    ["Several Network Contacts", ["Julien Lambotte", "Sophie Lhoest"], None,
                     "comparer les définitions de « participant »"],
                    ["CPAS", [], None, "vérifier le nombre de participants ayant progressé"],
                    ["To Be Assigned", [], None, "Proposer une date de formation commune"]],
        "next_meeting": {"date": None, "text": "Prochaine rencontre : mars 2023, à Gand (date à fixer par Doodle)."},
        "remarks": [],
    }
    save(d, e)


# ---------------------------------------------------------------- 314: SPP, FR|NL side by side, Zoom 2024
def r314():
    """An Verhulst (SPP IS / POD MI): bilingual side-by-side layout in a borderless table, people
    table with merged 'Présents / Aanwezig' rows, agenda lines with '14u00', full-width merged
    section rows '1. Titre / Titel', actions written in both columns (counted once)."""
    d = new_doc("Calibri", 10, 2.0)
    header_tagline(d, left="SPP IS | POD MI")
    footer_page(d, label="", of=" / ")
    p(d, "Version provisoire – les commentaires des CPAS doivent encore être intégrés / Voorlopige "
         "versie – opmerkingen van de OCMW's nog te verwerken", bold=True, color=RED, size=9)
    p(d, "Rapport réunion CPAS – Verslag bijeenkomst OCMW's", bold=True, size=15, align="c", space_after=0)
    p(d, "19 mars 2024 – 19 maart 2024", bold=True, align="c", space_after=0)
    p(d, "Zoom – interprétation simultanée / simultaanvertaling", italic=True, align="c")

    t = d.add_table(rows=1, cols=2)
    t.style = d.styles["Table Grid"]
    cell_text(t.rows[0].cells[0], "Nom / Naam", bold=True)
    cell_text(t.rows[0].cells[1], "Organisation / Organisatie", bold=True)

    def merged(label):
        r = t.add_row()
        c = r.cells[0].merge(r.cells[1])
        cell_text(c, label, bold=True, italic=True)
        shade(c, "E7E6E6")

    def person(n, o):
        r = t.add_row()
        cell_text(r.cells[0], n)
        cell_text(r.cells[1], o)

    merged("Présents / Aanwezig")
    for n, o in [("An Verhulst", "SPP IS / POD MI"), ("Nathalie Degrève", "SPP IS / POD MI"),
                 ("Leen De Smet", "OCMW Gent"), ("Mehdi Benali", "CPAS Liège"),
                 ("Aylin Demir", "CPAS Charleroi"), ("Grégory Lemaire", "CPAS Binche"),
                 ("Koen Janssens", "OCMW Antwerpen"), ("Bart Wouters", "OCMW Mortsel"),
                 ("Marc Dewulf", "CPAS Bruxelles"), ("Claire Dujardin", "interprète / tolk"),
                 ("Joris Hermans", "interprète / tolk")]:
        person(n, o)
    merged("Excusés / Verontschuldigd")
    person("Olivier Pirard", "CPAS Charleroi")
    person("Wim Claes", "OCMW Schoten")
    p(d, "")
    p(d, "Ordre du jour / Agenda", bold=True, space_after=0)
    for x in ["14u00 – 14u10\tAccueil / Verwelkoming",
              "14u10 – 14u50\tConservation des documents et RGPD / Bewaring van documenten en AVG",
              "14u50 – 15u30\tEnquête de satisfaction multilingue / Meertalige tevredenheidsenquête",
              "15u30 – 16u00\tDivers / Varia"]:
        par = p(d, x, space_after=0)
        par.paragraph_format.tab_stops.add_tab_stop(Cm(3))
    p(d, "")

    b = d.add_table(rows=0, cols=2)

    def sec(title):
        r = b.add_row()
        c = r.cells[0].merge(r.cells[1])
        cell_text(c, title, bold=True)
        shade(c, "D9E2F3")

    def two(fr, nl):
        r = b.add_row()
        cell_text(r.cells[0], fr)
        cell_text(r.cells[1], nl, italic=True)

    sec("1. Accueil / Verwelkoming")
    two("Nathalie ouvre la réunion et rappelle les règles de l'interprétation sur Zoom.",
        "Nathalie opent de vergadering en herhaalt de afspraken rond de vertaling in Zoom.")
    sec("2. Conservation des documents et RGPD / Bewaring van documenten en AVG")
    two("Les pièces d'une opération FAMI sont conservées cinq ans à partir du 31 décembre de l'année du "
        "dernier paiement. Les données personnelles des participants ne sont pas gardées plus longtemps "
        "que nécessaire ; chaque participant peut demander à voir ce que le CPAS conserve sur lui.",
        "De stukken van een AMIF-project worden vijf jaar bewaard vanaf 31 december van het jaar van de "
        "laatste betaling. Persoonsgegevens van deelnemers worden niet langer bewaard dan nodig; elke "
        "deelnemer mag vragen wat het OCMW over hem bijhoudt.")
    sec("3. Enquête de satisfaction multilingue / Meertalige tevredenheidsenquête")
    two("La version simplifiée existe en français, néerlandais et arabe. Le dari est prêt ; le tigrinya "
        "et le pachto manquent encore.",
        "De vereenvoudigde versie bestaat in het Frans, Nederlands en Arabisch. Dari is klaar; Tigrinya en "
        "Pasjtoe ontbreken nog.")
    sec("4. Divers / Varia")
    two("Binche utilise le formulaire de consentement de Charleroi mais souhaite une version propre.",
        "Binche gebruikt het toestemmingsformulier van Charleroi maar wil een eigen versie.")
    sec("5. Actions / Acties")
    two("• Le SPP envoie une note sur les délais de conservation.\n"
        "• Chaque CPAS vérifie ce qu'il conserve sur les participants après la fin du trajet.\n"
        "• Mehdi et Leen testent la version en arabe et en dari de l'enquête.\n"
        "• Faire traduire l'enquête en tigrinya et en pachto : à définir.\n"
        "• CPAS de Binche : transmettre son formulaire de consentement RGPD à Charleroi.",
        "• De POD stuurt een nota over de bewaartermijnen.\n"
        "• Elk OCMW gaat na wat het na afloop van het traject over de deelnemers bewaart.\n"
        "• Mehdi en Leen testen de Arabische en Dari-versie van de enquête.\n"
        "• Vertaling van de enquête in het Tigrinya en Pasjtoe: nog te bepalen.\n"
        "• OCMW Binche: zijn AVG-toestemmingsformulier aan Charleroi bezorgen.")
    p(d, "")
    p(d, "Prochaine réunion : le jeudi 13 juin 2024 à Liège / Volgende bijeenkomst: donderdag 13 juni 2024 in Luik",
      bold=True)
    e = {
        "file": "314_rapport_reunion_cpas_zoom_mars2024.docx",
        "languages": ["fr", "nl"],
        "online": True,
        "interpretation": True,
        "date": "2024-03-19",
        "people": [["An Verhulst", "Present", "SPP"],
                   ["Nathalie Degrève", "Present", "SPP"],
                   ["Leen De Smet", "Present", "GENT"],
                   ["Mehdi Benali", "Present", "LIEGE"],
                   ["Aylin Demir", "Present", "CHARLEROI"],
                   ["Grégory Lemaire", "Present", "BINCHE"],
                   ["Koen Janssens", "Present", "ANTWERPEN"],
                   ["Bart Wouters", "Present", "MORTSEL"],
                   ["Marc Dewulf", "Present", "BRUXELLES"],
                   ["Claire Dujardin", "Present", None],
                   ["Joris Hermans", "Present", None],
                   ["Olivier Pirard", "Excused", "CHARLEROI"],
                   ["Wim Claes", "Excused", "SCHOTEN"]],
        "agenda": [["14:00", "14:10", "Accueil / Verwelkoming"],
                   ["14:10", "14:50", "Conservation des documents et RGPD / Bewaring van documenten en AVG"],
                   ["14:50", "15:30", "Enquête de satisfaction multilingue / Meertalige tevredenheidsenquête"],
                   ["15:30", "16:00", "Divers / Varia"]],
        "headings": [["1", "Accueil / Verwelkoming"],
                     ["2", "Conservation des documents et RGPD / Bewaring van documenten en AVG"],
                     ["3", "Enquête de satisfaction multilingue / Meertalige tevredenheidsenquête"],
                     ["4", "Divers / Varia"],
                     ["5", "Actions / Acties"]],
        "actions": [["SPP", [], None, "Le SPP envoie une note sur"],
                    ["CPAS", [], None, "Chaque CPAS vérifie ce qu'il conserve"],
                    ["Several Network Contacts", ["Mehdi Benali", "Leen De Smet"], None,
                     "Mehdi et Leen testent la version"],
                    ["To Be Assigned", [], None, "Faire traduire l'enquête en tigrinya et en pachto"],
                    ["CPAS", [], "BINCHE", "transmettre son formulaire de consentement RGPD"]],
        "next_meeting": {"date": "2024-06-13",
                         "text": "Prochaine réunion : le jeudi 13 juin 2024 à Liège / Volgende bijeenkomst: "
                                 "donderdag 13 juni 2024 in Luik"},
        "remarks": ["Version provisoire – les commentaires des CPAS doivent encore être intégrés / Voorlopige "
                    "versie – opmerkingen van de OCMW's nog te verwerken"],
    }
    save(d, e)


# ---------------------------------------------------------------- 315: OCMW Gent, NL+FR, 2025
def r315():
    """Youssef El Khattabi (OCMW Gent): draft banner, caps title, people in a running line with
    Dhr./Mevr./M./Mme, agenda with '13.30 u.', bold CAPS typed-numbered sections, Heading 3
    sub-sections, a French section from Liège, 'Wie:' after each action."""
    d = new_doc("Calibri", 11)
    footer_text(d, "Verslag netwerkbijeenkomst AMIF – 26.06.2025 – ontwerp")
    p(d, "ONTWERP – opmerkingen van de deelnemers nog toe te voegen", bold=True, color=RED)
    p(d, "VERSLAG NETWERKBIJEENKOMST AMIF – OCMW GENT", bold=True, size=14, space_after=0)
    p(d, "Donderdag 26 juni 2025 | 13.30 u. – 16.30 u. | Wijkcentrum De Sleep, Sleepstraat 140, Gent")
    rp(d, [("Aanwezig: ", {"b": True}),
           ("Dhr. Youssef El Khattabi (OCMW Gent), Mevr. Leen De Smet (OCMW Gent), Mevr. Sarah Peeters "
            "(POD MI), Mme Caroline Jadoul (CPAS Liège), M. Mehdi Benali (CPAS Liège), Mme Fabienne "
            "Delcourt (CPAS Charleroi), Mevr. Ruth Van den Broeck (OCMW Antwerpen), Dhr. Wim Claes "
            "(OCMW Schoten), Mme Amina Diallo (CPAS Bruxelles), Hanne Goossens (vzw De Vonk, gastspreker)", {})],
       align="j")
    rp(d, [("Verontschuldigd: ", {"b": True}),
           ("Mevr. Els Mertens (OCMW Edegem), M. Thomas Verlinden (CPAS Bruxelles)", {})])
    p(d, "Geen tolken: iedereen sprak zijn eigen taal (NL/FR).", italic=True, size=9)
    p(d, "Agenda", bold=True, space_after=0)
    for x in ["13.30 u. – 13.45 u.  Verwelkoming",
              "13.45 u. – 14.45 u.  Vijf jaar netwerk: wat hebben we geleerd?",
              "14.45 u. – 15.00 u.  Pauze",
              "15.00 u. – 16.00 u.  Atelier « Vivre en Belgique »: présentation Liège",
              "16.00 u. – 16.30 u.  Afspraken najaar"]:
        p(d, x, space_after=0)
    p(d, "")
    p(d, "1. VERWELKOMING", bold=True, color=BLUE)
    p(d, "Youssef verwelkomt iedereen in het wijkcentrum, waar de Gentse groepsmodules plaatsvinden. "
         "Hanne Goossens (vzw De Vonk) is te gast als partner voor de vrijetijdsactiviteiten.")
    p(d, "2. VIJF JAAR NETWERK: WAT HEBBEN WE GELEERD?", bold=True, color=BLUE)
    d.add_heading("Wat werkt", level=3)
    for x in ["intensief werken met de deelnemers, bijna elke dag van de week",
              "de band tussen medewerkers en deelnemers, en tussen deelnemers onderling",
              "een groepsgeest aan het einde van de module"]:
        p(d, x, style="List Bullet")
    d.add_heading("Wat kan beter", level=3)
    for x in ["communicatie naar deelnemers als uurroosters wijzigen of lessen wegvallen",
              "evenwichtige uurroosters tussen oude en nieuwe deelnemers",
              "activiteiten vroeger plannen: de administratieve procedures duren steeds langer"]:
        p(d, x, style="List Bullet")
    p(d, "3. ATELIER « VIVRE EN BELGIQUE » (CPAS LIÈGE)", bold=True, color=BLUE)
    p(d, "Caroline et Mehdi présentent le nouvel atelier : huit séances sur les institutions, les droits "
         "sociaux, le logement, la mobilité et la banque. Les participants construisent un carnet "
         "personnel avec les adresses utiles. [photos de l'atelier à ajouter]", align="j")
    p(d, "Le CPAS de Liège enverra le calendrier des ateliers à tous les CPAS.", align="j")
    p(d, "4. AFSPRAKEN NAJAAR", bold=True, color=BLUE)
    for x in ["Overzicht van de geleerde lessen opmaken voor de POD. Wie: Leen",
              "Franstalige versie van het atelierpakket delen. Wie: Caroline en Mehdi",
              "Studiedag voor maatschappelijk werkers organiseren. Wie: nog te bepalen",
              "De POD bezorgt de planning van de indicatorenrapportering 2025.",
              "OCMW Antwerpen: bevraging bij Schoten, Edegem en Mortsel over de vervoerskosten."]:
        p(d, x, style="List Bullet")
    p(d, "")
    p(d, "Volgende bijeenkomst: dinsdag 14 oktober 2025 in Antwerpen (onder voorbehoud).", bold=True)
    e = {
        "file": "315_verslag_netwerkbijeenkomst_gent_juni2025.docx",
        "languages": ["nl", "fr"],
        "online": False,
        "interpretation": False,
        "date": "2025-06-26",
        "people": [["Youssef El Khattabi", "Present", "GENT"],
                   ["Leen De Smet", "Present", "GENT"],
                   ["Sarah Peeters", "Present", "SPP"],
                   ["Caroline Jadoul", "Present", "LIEGE"],
                   ["Mehdi Benali", "Present", "LIEGE"],
                   ["Fabienne Delcourt", "Present", "CHARLEROI"],
                   ["Ruth Van den Broeck", "Present", "ANTWERPEN"],
                   ["Wim Claes", "Present", "SCHOTEN"],
                   ["Amina Diallo", "Present", "BRUXELLES"],
                   ["Hanne Goossens", "Present", None],
                   ["Els Mertens", "Excused", "EDEGEM"],
                   ["Thomas Verlinden", "Excused", "BRUXELLES"]],
        "agenda": [["13:30", "13:45", "Verwelkoming"],
                   ["13:45", "14:45", "Vijf jaar netwerk: wat hebben we geleerd?"],
                   ["14:45", "15:00", "Pauze"],
                   ["15:00", "16:00", "Atelier « Vivre en Belgique »: présentation Liège"],
                   ["16:00", "16:30", "Afspraken najaar"]],
        "headings": [["1", "VERWELKOMING"],
                     ["2", "VIJF JAAR NETWERK: WAT HEBBEN WE GELEERD?"],
                     ["", "Wat werkt"],
                     ["", "Wat kan beter"],
                     ["3", "ATELIER « VIVRE EN BELGIQUE » (CPAS LIÈGE)"],
                     ["4", "AFSPRAKEN NAJAAR"]],
        "actions": [["CPAS", [], "LIEGE", "Le CPAS de Liège enverra le calendrier"],
                    ["Network Contact", ["Leen De Smet"], None, "Overzicht van de geleerde lessen opmaken"],
                    ["Several Network Contacts", ["Caroline Jadoul", "Mehdi Benali"], None,
                     "Franstalige versie van het atelierpakket delen."],
                    ["To Be Assigned", [], None, "Studiedag voor maatschappelijk werkers organiseren."],
                    ["SPP", [], None, "De POD bezorgt de planning van"],
                    ["CPAS", [], "ANTWERPEN", "bevraging bij Schoten, Edegem en Mortsel"]],
        "next_meeting": {"date": "2025-10-14",
                         "text": "Volgende bijeenkomst: dinsdag 14 oktober 2025 in Antwerpen (onder voorbehoud)."},
        "remarks": ["ONTWERP – opmerkingen van de deelnemers nog toe te voegen",
                    "[photos de l'atelier à ajouter]"],
    }
    save(d, e)


# ---------------------------------------------------------------- 316: OCMW Edegem, NL, Teams 2026
def r316():
    """Els Mertens (OCMW Edegem): short working-group note, first names, 'Agenda: zie uitnodiging',
    bold labels with a colon as sections, dash bullets, next meeting as 'do 5/3'."""
    d = new_doc("Calibri Light", 11)
    p(d, "Werkgroep tevredenheidsenquête – verslag", bold=True, size=13)
    p(d, "Teams, 22/01/2026, 14u – 15u30 (met tolk NL/FR in het tolkkanaal)", color=GREY)
    rp(d, [("Aanwezig: ", {"b": True}),
           ("Els (Edegem), Ruth (Antwerpen), Sarah Peeters (POD MI), Mehdi (Luik), Aylin Demir "
            "(Charleroi), Hélène Masson (tolk)", {})])
    rp(d, [("Verontschuldigd: ", {"b": True}), ("Bart (Mortsel)", {})])
    p(d, "Agenda: zie uitnodiging.", italic=True)
    p(d, "Waar staan we:", bold=True, space_after=2)
    p(d, "De vereenvoudigde enquête (versie 3) werd in december getest in Edegem, Antwerpen en Luik. "
         "Deelnemers vullen ze samen met een begeleider in; gemiddeld duurt het 15 minuten.")
    p(d, "Testresultaten:", bold=True, space_after=2)
    p(d, "- Edegem: 9 ingevulde enquêtes, vooral vraag 4 (\"voel je je meer thuis in België?\") was moeilijk.")
    p(d, "- Antwerpen: 14 enquêtes, pictogrammen werken goed.")
    p(d, "- Luik: 11 enquêtes in het Frans, 3 in het Arabisch.")
    p(d, "- Charleroi: [nog aan te vullen]")
    p(d, "Volgende stappen:", bold=True, space_after=2)
    for x in ["Els en Ruth passen de vragen aan (eenvoudige taal, pictogrammen).",
              "Mehdi vraagt aan de collega's in Luik om de Franse versie na te lezen.",
              "Sarah legt de nieuwe versie voor aan de POD-juristen (AVG).",
              "Elk OCMW test de enquête bij minstens 5 deelnemers in februari."]:
        p(d, "- " + x, space_after=0)
    p(d, "")
    p(d, "Volgende werkgroep: do 5/3 om 14u via Teams")
    p(d, "Els", italic=True)
    e = {
        "file": "316_verslag_werkgroep_enquete_jan2026.docx",
        "languages": ["nl"],
        "online": True,
        "interpretation": True,
        "date": "2026-01-22",
        "people": [["Els", "Present", "EDEGEM"],
                   ["Ruth", "Present", "ANTWERPEN"],
                   ["Sarah Peeters", "Present", "SPP"],
                   ["Mehdi", "Present", "LIEGE"],
                   ["Aylin Demir", "Present", "CHARLEROI"],
                   ["Hélène Masson", "Present", None],
                   ["Bart", "Excused", "MORTSEL"]],
        "agenda": [],
        "headings": [["", "Waar staan we"],
                     ["", "Testresultaten"],
                     ["", "Volgende stappen"]],
        "actions": [["Several Network Contacts", ["Els", "Ruth"], None, "Els en Ruth passen de vragen aan"],
                    ["Network Contact", ["Mehdi"], None, "Mehdi vraagt aan de collega's in Luik"],
                    ["Network Contact", ["Sarah Peeters"], None, "Sarah legt de nieuwe versie voor"],
                    ["CPAS", [], None, "Elk OCMW test de enquête bij"]],
        "next_meeting": {"date": "2026-03-05", "text": "Volgende werkgroep: do 5/3 om 14u via Teams"},
        "remarks": ["[nog aan te vullen]"],
    }
    save(d, e)


if __name__ == "__main__":
    for f in (r307, r308, r309, r310, r311, r312, r313, r314, r315, r316):
        f()
    print("done")
