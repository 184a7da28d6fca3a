# -*- coding: utf-8 -*-
"""Builds the ten meeting reports 487-496 of the AMIF network (one function per report).

Each function writes the report the way its secretary would in Word. The expected lists
(*.expected.json) are written separately, by hand, from the text of the finished reports.
"""
import datetime
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

POD_BLUE = RGBColor(0x1F, 0x3A, 0x68)
GENT_BLUE = RGBColor(0x00, 0x6E, 0xB7)
ANTW_RED = RGBColor(0xC0, 0x00, 0x1E)
BXL_GREEN = RGBColor(0x2E, 0x7D, 0x32)
GREY = RGBColor(0x59, 0x59, 0x59)


# ---------------------------------------------------------------- helpers

def new_doc(font="Calibri", size=11, margins=None):
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
    if margins:
        for s in d.sections:
            s.left_margin = s.right_margin = Cm(margins)
    return d


def heading_colours(d, colour, font=None, sizes=(14, 12, 11)):
    for lvl, sz in zip((1, 2, 3), sizes):
        st = d.styles["Heading %d" % lvl]
        st.font.color.rgb = colour
        st.font.size = Pt(sz)
        if font:
            st.font.name = font
            rpr = st.element.get_or_add_rPr()
            rfonts = rpr.find(qn("w:rFonts"))
            if rfonts is None:
                rfonts = OxmlElement("w:rFonts")
                rpr.append(rfonts)
            for k in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
                rfonts.set(qn(k), font)


def p(container, text="", bold=False, italic=False, size=None, color=None, style=None,
      align=None, underline=False, space_after=None):
    par = container.add_paragraph(style=style)
    if text:
        r = par.add_run(text)
        r.bold = bold
        r.italic = italic
        r.underline = underline
        if size:
            r.font.size = Pt(size)
        if color is not None:
            r.font.color.rgb = color
    if align is not None:
        par.alignment = align
    if space_after is not None:
        par.paragraph_format.space_after = Pt(space_after)
    return par


def mixed(container, parts, style=None, par=None):
    """parts: list of (text, dict of formatting)."""
    if par is None:
        par = container.add_paragraph(style=style)
    for text, fmt in parts:
        r = par.add_run(text)
        r.bold = fmt.get("b", False)
        r.italic = fmt.get("i", False)
        r.underline = fmt.get("u", False)
        if "c" in fmt:
            r.font.color.rgb = fmt["c"]
        if "s" in fmt:
            r.font.size = Pt(fmt["s"])
    return par


def cell_text(cell, text, bold=False, italic=False, color=None, size=None, style=None):
    par = cell.paragraphs[0]
    if style:
        par.style = style
    r = par.add_run(text)
    r.bold = bold
    r.italic = italic
    if color is not None:
        r.font.color.rgb = color
    if size:
        r.font.size = Pt(size)
    return par


def cell_add(cell, text, bold=False, italic=False, style=None, color=None):
    par = cell.add_paragraph(style=style)
    r = par.add_run(text)
    r.bold = bold
    r.italic = italic
    if color is not None:
        r.font.color.rgb = color
    return par


def shade(cell, hex_fill):
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcpr.append(shd)


def widths(table, cms):
    for row in table.rows:
        for cell, w in zip(row.cells, cms):
            cell.width = Cm(w)


def page_field(par, prefix=""):
    if prefix:
        par.add_run(prefix)
    run = par.add_run()
    b = OxmlElement("w:fldChar")
    b.set(qn("w:fldCharType"), "begin")
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = " PAGE "
    e = OxmlElement("w:fldChar")
    e.set(qn("w:fldCharType"), "end")
    run._r.append(b)
    run._r.append(instr)
    run._r.append(e)


def header_footer(d, header_lines, footer_text=None, page=False, size=8, color=GREY, align_h=None):
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    for i, line in enumerate(header_lines):
        if i:
            hp = sec.header.add_paragraph()
        r = hp.add_run(line)
        r.font.size = Pt(size)
        r.font.color.rgb = color
        if align_h is not None:
            hp.alignment = align_h
    fp = sec.footer.paragraphs[0]
    if footer_text:
        r = fp.add_run(footer_text)
        r.font.size = Pt(size)
        r.italic = True
        r.font.color.rgb = color
    if page:
        page_field(fp, "   p. " if footer_text else "")
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER


def no_borders(table):
    tbl = table._tbl
    tblpr = tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement("w:%s" % edge)
        el.set(qn("w:val"), "nil")
        borders.append(el)
    tblpr.append(borders)


AUTHORS = {"487": ("Hanne Verstraete", "OCMW Gent"), "488": ("Pieter Goossens", "POD MI"),
           "489": ("Els Peeters", "OCMW Antwerpen"), "490": ("Sarah Vandenbussche", "CPAS de Bruxelles"),
           "491": ("Katrien Van Hove", "POD MI"), "492": ("Céline Moreau", "CPAS de Binche"),
           "493": ("Wout Vermeulen", "OCMW Gent"), "494": ("Sofie Claeys", "POD MI"),
           "495": ("Tom Wouters", "OCMW Antwerpen"), "496": ("Karim Benali", "CPAS de Bruxelles")}


WRITTEN = {"487": datetime.datetime(2016, 10, 24, 9, 12), "488": datetime.datetime(2017, 3, 28, 14, 40),
           "489": datetime.datetime(2018, 6, 13, 16, 5), "490": datetime.datetime(2019, 12, 2, 11, 30),
           "491": datetime.datetime(2020, 6, 15, 10, 20), "492": datetime.datetime(2021, 2, 26, 15, 55),
           "493": datetime.datetime(2022, 10, 4, 8, 45), "494": datetime.datetime(2023, 5, 22, 13, 10),
           "495": datetime.datetime(2025, 3, 18, 17, 2), "496": datetime.datetime(2026, 2, 9, 9, 35)}


def save(d, name):
    author, org = AUTHORS[name[:3]]
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = ""
    cp.subject = "AMIF / FAMI – " + org
    cp.comments = ""
    cp.created = cp.modified = WRITTEN[name[:3]]
    d.save(os.path.join(HERE, name))


TAGLINE = ("Naar een geïntegreerd migratiebeleid, dankzij het AMIF – "
           "Vers une politique de migration plus intégrée, grâce au FAMI")


# ---------------------------------------------------------------- 487
def report_487():
    """OCMW Gent, Hanne Verstraete. Dutch only, Heading styles with typed numbers,
    people grouped per organisation, agenda as automatic numbered list with 10u00 – 10u30."""
    d = new_doc("Calibri", 11)
    heading_colours(d, GENT_BLUE)
    header_footer(d, ["OCMW Gent – Dienst Welzijn en Samenleving – AMIF-project Wegwijs"],
                  "Verslag AMIF-netwerk 20/10/2016", page=True)

    p(d, "Verslag netwerkbijeenkomst AMIF – OCMW's", bold=True, size=16, color=GENT_BLUE)
    mixed(d, [("Datum: ", {"b": True}), ("donderdag 20 oktober 2016, 10u00 – 15u30", {})])
    mixed(d, [("Plaats: ", {"b": True}), ("OCMW Gent, Sociaal Huis Gent-Centrum, vergaderzaal Leie", {})])
    mixed(d, [("Verslag: ", {"b": True}), ("Hanne Verstraete", {})])

    p(d, "Aanwezig", bold=True, color=GENT_BLUE)
    for org, names in [
        ("POD Maatschappelijke Integratie: ", "Katrien Van Hove, Pieter Goossens"),
        ("OCMW Gent: ", "Hanne Verstraete, Bart De Smet, Yasmina El Khattabi"),
        ("OCMW Antwerpen: ", "Els Peeters, Mohamed Azzouzi"),
        ("CPAS Liège: ", "Julien Lecomte"),
        ("CPAS Charleroi: ", "Nathalie Dupont"),
    ]:
        mixed(d, [(org, {"b": True}), (names, {})], style="List Bullet")
    p(d, "Verontschuldigd", bold=True, color=GENT_BLUE)
    mixed(d, [("CPAS Bruxelles: ", {"b": True}), ("Marie-Claire Dewaele", {})], style="List Bullet")

    p(d, "Agenda", bold=True, color=GENT_BLUE)
    for slot in ["10u00 – 10u30\tOnthaal en kennismaking",
                 "10u30 – 11u30\tVoorstelling project Wegwijs (OCMW Gent)",
                 "11u30 – 12u30\tStand van zaken per OCMW",
                 "12u30 – 13u30\tLunch",
                 "13u30 – 15u00\tRekrutering van deelnemers: wat werkt?",
                 "15u00 – 15u30\tAfspraken en varia"]:
        p(d, slot, style="List Number")

    d.add_heading("1. Onthaal en kennismaking", level=1)
    p(d, "Hanne verwelkomt iedereen in het Sociaal Huis. Omdat dit de eerste bijeenkomst is sinds de "
         "start van de projecten, stelt elke deelnemer zich kort voor. Katrien licht de bedoeling van het "
         "netwerk toe: ervaringen uitwisselen tussen de vijf OCMW's die een AMIF-project uitvoeren, en samen "
         "zoeken naar wat werkt voor nieuwkomers met weinig scholing.")
    p(d, "De bijeenkomst verloopt in het Nederlands en het Frans, zonder tolk. Katrien en Julien vatten "
         "waar nodig kort samen in de andere taal.")

    d.add_heading("2. Voorstelling van het project Wegwijs", level=1)
    p(d, "Bart stelt het project Wegwijs voor. Het richt zich op volwassen nieuwkomers van buiten de EU "
         "die al lang een leefloon ontvangen. Na doorverwijzing door de maatschappelijk werker volgt een "
         "intakegesprek met een oriëntatiebalans. Daarna stapt de deelnemer in een of meer modules: "
         "individuele coaching (om de twee weken), de wekelijkse groepsmodule 'Wegwijs in Gent' en "
         "maandelijkse socio-culturele uitstappen.")
    p(d, "Yasmina werkt als interculturele bemiddelaar en tolkt tijdens de intake in het Arabisch en het "
         "Berbers. Zij merkt dat veel deelnemers pas na enkele weken vertrouwen krijgen.")
    p(d, "Bart heeft de folder in vijf talen al rondgestuurd naar alle aanwezigen.")

    d.add_heading("3. Stand van zaken per OCMW", level=1)
    d.add_heading("3.1 OCMW Antwerpen", level=2)
    p(d, "Het project Samen Vooruit is in september gestart met 14 deelnemers. De intake gebeurt met een "
         "eigen intakefiche die nog wordt bijgestuurd.")
    mixed(d, [("Actie: ", {"b": True}), ("Els bezorgt de intakefiche van OCMW Antwerpen aan alle partners.", {})])
    d.add_heading("3.2 CPAS Liège", level=2)
    p(d, "Julien vertelt dat inschrijven op elk moment kan. Elke deelnemer tekent drie contracten: met de "
         "maatschappelijk werker, met de intaker en met de verantwoordelijke van elke module. Daarin staan "
         "de afspraken over aanwezigheid en stiptheid.")
    d.add_heading("3.3 CPAS Charleroi", level=2)
    p(d, "Nathalie licht de rekrutering toe: samen met het lokale observatorium werd een lijst opgemaakt van "
         "meer dan 1000 mogelijke deelnemers; de maatschappelijk werkers hielden er 315 over voor module 1. "
         "Van die 315 kwamen er 110 naar de infosessie (35 %).")

    d.add_heading("4. Rekrutering van deelnemers", level=1)
    p(d, "Alle OCMW's herkennen dat een groot deel van de uitgenodigde cliënten niet komt opdagen. Wat helpt: "
         "een persoonlijke uitnodiging door de eigen maatschappelijk werker, een herinnering per sms de dag "
         "voordien, en een infosessie op een vertrouwde plek.")
    p(d, "Er wordt beslist om de tevredenheidsenquête samen te herwerken: de huidige versie is te abstract "
         "voor de doelgroep.")

    d.add_heading("5. Afspraken", level=1)
    p(d, "Gedeelde map op de server van de POD aanmaken voor alle documenten → Katrien Van Hove",
      style="List Bullet")
    p(d, "Elk OCMW stuurt vóór 15 november zijn rekruteringscijfers naar Katrien.", style="List Bullet")
    mixed(d, [("Actie: ", {"b": True}),
              ("Julien en Nathalie vergelijken de infosessies van Luik en Charleroi en brengen verslag uit "
               "op de volgende bijeenkomst.", {})], style="List Bullet")
    mixed(d, [("Actie: ", {"b": True}),
              ("OCMW Antwerpen bezorgt een lijst van organisaties die taalcafés organiseren.", {})],
          style="List Bullet")

    d.add_heading("6. Varia", level=1)
    p(d, "Yasmina vraagt of er budget is voor tolken op de bijeenkomsten. De vraag naar een tolkenbudget "
         "wordt door de POD bekeken tegen de volgende bijeenkomst.")
    p(d, "Volgende bijeenkomst: donderdag 15 december 2016 bij CPAS Liège.", bold=True)
    save(d, "487_verslag_netwerk_gent_2016.docx")


# ---------------------------------------------------------------- 488
def report_488():
    """POD MI, Pieter Goossens. Two columns NL | FR in a borderless table, Roman numbers,
    inline people list like the network's own reports, agenda table, interpreters."""
    d = new_doc("Arial", 10, margins=2.0)
    header_footer(d, ["POD | Maatschappelijke Integratie", "SPP | Intégration Sociale"], TAGLINE,
                  page=True, size=8, color=POD_BLUE)

    p(d, "Verslag bijeenkomst OCMW's – Rapport rencontre CPAS", bold=True, size=14, color=POD_BLUE,
      align=WD_ALIGN_PARAGRAPH.CENTER)
    p(d, "AMIF 21 maart 2017 – FAMI 21 mars 2017", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    p(d, "OCMW Antwerpen, Sociaal Huis Centrum, 2000 Antwerpen", italic=True, align=WD_ALIGN_PARAGRAPH.CENTER)

    mixed(d, [("Aanwezig / Présents : ", {"b": True}),
              ("Katrien Van Hove (POD MI – SPP IS), Pieter Goossens (POD MI – SPP IS), Els Peeters "
               "(OCMW Antwerpen – CPAS Anvers), Mohamed Azzouzi (OCMW Antwerpen), Liesbeth Janssens "
               "(OCMW Antwerpen), Hanne Verstraete (OCMW Gent – CPAS Gand), Julien Lecomte (CPAS Liège – "
               "OCMW Luik), Fatima Ouali (CPAS Liège), Nathalie Dupont (CPAS Charleroi), Sarah "
               "Vandenbussche (CPAS Bruxelles – OCMW Brussel)", {})])
    mixed(d, [("Tolken / Interprètes : ", {"b": True}), ("Ingrid Maes, Pascale Renard", {})])
    mixed(d, [("Verontschuldigd / Excusés : ", {"b": True}),
              ("Bart De Smet (OCMW Gent), Marie-Claire Dewaele (CPAS Bruxelles)", {})])

    p(d, "Agenda / Ordre du jour", bold=True, color=POD_BLUE)
    rows = [("9u30 – 10u00", "Onthaal en koffie / Accueil et café"),
            ("10u00 – 11u00", "Bezoek aan het project / Visite du projet"),
            ("11u00 – 12u30", "Stand van zaken per OCMW / État des lieux par CPAS"),
            ("12u30 – 13u30", "Lunch / Déjeuner"),
            ("13u30 – 15u00", "Workshop tevredenheidsenquête / Atelier enquête de satisfaction"),
            ("15u00 – 15u30", "Afspraken / Accords")]
    t = d.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    cell_text(t.rows[0].cells[0], "Uur / Heure", bold=True)
    cell_text(t.rows[0].cells[1], "Onderwerp / Sujet", bold=True)
    for c in t.rows[0].cells:
        shade(c, "D9E2F3")
    for a, b in rows:
        r = t.add_row().cells
        cell_text(r[0], a)
        cell_text(r[1], b)
    widths(t, [3.5, 12.5])
    p(d, "")

    body = d.add_table(rows=1, cols=2)
    no_borders(body)
    cell_text(body.rows[0].cells[0], "Nederlands", bold=True, italic=True, color=GREY)
    cell_text(body.rows[0].cells[1], "Français", bold=True, italic=True, color=GREY)

    def row(nl, fr, heading=False):
        c = body.add_row().cells
        if heading:
            cell_text(c[0], nl, bold=True, color=POD_BLUE, size=11)
            cell_text(c[1], fr, bold=True, color=POD_BLUE, size=11)
        else:
            cell_text(c[0], nl)
            cell_text(c[1], fr)
        return c

    def bullets(nl_items, fr_items):
        c = body.add_row().cells
        for cell, items in ((c[0], nl_items), (c[1], fr_items)):
            first = True
            for it in items:
                if first:
                    par = cell.paragraphs[0]
                    par.style = "List Bullet"
                    par.add_run(it)
                    first = False
                else:
                    cell_add(cell, it, style="List Bullet")

    row("I. Onthaal en kennismaking", "I. Accueil et présentation", heading=True)
    row("Els Peeters verwelkomt de deelnemers in het Sociaal Huis. Voor het eerst zijn er tolken aanwezig; "
        "de POD dankt OCMW Antwerpen voor de zaal met tolkcabine.",
        "Els Peeters accueille les participants à la Maison sociale. Pour la première fois, des interprètes "
        "sont présents ; le SPP remercie le CPAS d'Anvers pour la salle équipée d'une cabine "
        "d'interprétation.")
    row("II. Bezoek aan het project Samen Vooruit", "II. Visite du projet Samen Vooruit", heading=True)
    row("Het project Samen Vooruit werkt met groepen van 12 deelnemers. Mohamed toont de lokalen en de "
        "weekplanning: maandag en woensdag taalactivering, dinsdag infosessies over wonen, mobiliteit en "
        "gezondheid, donderdag individuele coaching.",
        "Le projet Samen Vooruit travaille avec des groupes de 12 participants. Mohamed montre les locaux "
        "et l'horaire de la semaine : lundi et mercredi activation linguistique, mardi séances "
        "d'information sur le logement, la mobilité et la santé, jeudi coaching individuel.")
    row("Liesbeth stelt de nieuwe intakefiche voor, die na de vorige bijeenkomst werd aangepast.",
        "Liesbeth présente la nouvelle fiche d'admission, adaptée après la dernière rencontre.")
    row("III. Stand van zaken per OCMW", "III. État des lieux par CPAS", heading=True)
    row("Gent: 38 deelnemers ingestapt, 9 doorgestroomd naar een opleiding. Luik: de creatieve module wordt "
        "goed gevolgd; de aanwezigheidsgraad ligt rond 80 %. Charleroi: module 2 loopt tot juni; 60 van de "
        "199 uitgenodigden kwamen naar de infosessie (30 %). Brussel: het team is opnieuw voltallig sinds "
        "februari.",
        "Gand : 38 participants entrés, 9 orientés vers une formation. Liège : le module créatif est bien "
        "suivi ; le taux de présence tourne autour de 80 %. Charleroi : le module 2 court jusqu'en juin ; "
        "60 des 199 invités sont venus à la séance d'information (30 %). Bruxelles : l'équipe est de "
        "nouveau au complet depuis février.")
    row("IV. Workshop: de tevredenheidsenquête", "IV. Atelier : l'enquête de satisfaction", heading=True)
    row("In kleine groepen overlopen we de huidige enquête. Conclusie: de vragen zijn te abstract ('In welke "
        "mate heeft de module uw zelfredzaamheid versterkt?'), te lang en enkel in het Nederlands of het "
        "Frans beschikbaar.",
        "En petits groupes, nous parcourons l'enquête actuelle. Conclusion : les questions sont trop "
        "abstraites (« Dans quelle mesure le module a-t-il renforcé votre autonomie ? »), trop longues et "
        "disponibles seulement en français ou en néerlandais.")
    row("Beslist: de enquête blijft anoniem en wordt per module afgenomen.",
        "Décision : l'enquête reste anonyme et est remplie par module.")
    row("De presentatie van OCMW Antwerpen werd intussen naar alle deelnemers gestuurd.",
        "La présentation du CPAS d'Anvers a entre-temps été envoyée à tous les participants.")
    row("V. Afspraken", "V. Accords", heading=True)
    bullets(["Een overzicht van de enquêtes die elk OCMW nu gebruikt, wordt tegen eind april bezorgd door "
             "de POD.",
             "Een vereenvoudigde versie van de enquête opstellen met pictogrammen (resp. Liesbeth Janssens "
             "en Fatima Ouali).",
             "De vertaling van de enquête in het Arabisch, Tigrinya en Dari laten nakijken (resp. OCMW Gent).",
             "Rekruteringscijfers 2016 doorsturen naar Pieter (resp. elk OCMW)."],
            ["Un aperçu des enquêtes utilisées par chaque CPAS sera envoyé par le SPP pour fin avril.",
             "Rédiger une version simplifiée de l'enquête avec des pictogrammes (resp. Liesbeth Janssens "
             "et Fatima Ouali).",
             "Faire relire la traduction de l'enquête en arabe, tigrinya et dari (resp. CPAS de Gand).",
             "Envoyer les chiffres de recrutement 2016 à Pieter (resp. chaque CPAS)."])
    row("Volgende bijeenkomst: donderdag 22 juni 2017 bij CPAS Charleroi.",
        "Prochaine rencontre : jeudi 22 juin 2017 au CPAS de Charleroi.")
    widths(body, [8.5, 8.5])
    save(d, "488_verslag_rapport_antwerpen_2017.docx")


# ---------------------------------------------------------------- 489
def report_489():
    """OCMW Antwerpen, Els Peeters. Dutch with a French summary at the end; people as initials
    with a legend table; agenda inside the introduction; bold lettered lines (no heading styles)."""
    d = new_doc("Arial", 10)
    header_footer(d, ["OCMW Antwerpen – AMIF-partnerschap Antwerpen · Schoten · Edegem · Mortsel"],
                  "netwerkdag 11/06/2018", page=True)

    p(d, "Netwerkdag AMIF – verslag", bold=True, size=15, color=ANTW_RED)
    p(d, "maandag 11 juni 2018 – Mortsel, Sociaal Huis", italic=True)
    p(d, "Verslaggever: Els Peeters (OCMW Antwerpen)", italic=True, color=GREY)

    mixed(d, [("Aanwezig: ", {"b": True}),
              ("KVH en PG (POD MI); EP, MA en TW (OCMW Antwerpen); AV (OCMW Schoten); KM (OCMW Edegem); "
               "GVDB (OCMW Mortsel); HV en YEK (OCMW Gent); SV (OCMW Brussel); LC (Agentschap Integratie "
               "en Inburgering, gast)", {})])
    mixed(d, [("Verontschuldigd: ", {"b": True}), ("JL (CPAS Luik), ND (CPAS Charleroi)", {})])
    p(d, "Legende initialen", italic=True, size=9, color=GREY)
    legend = [("AV", "An Verhaegen", "OCMW Schoten"), ("EP", "Els Peeters", "OCMW Antwerpen"),
              ("GVDB", "Griet Van den Broeck", "OCMW Mortsel"), ("HV", "Hanne Verstraete", "OCMW Gent"),
              ("JL", "Julien Lecomte", "CPAS Liège"), ("KM", "Kristof Mertens", "OCMW Edegem"),
              ("KVH", "Katrien Van Hove", "POD MI"), ("LC", "Lotte Claes", "Agentschap Integratie en Inburgering"),
              ("MA", "Mohamed Azzouzi", "OCMW Antwerpen"), ("ND", "Nathalie Dupont", "CPAS Charleroi"),
              ("PG", "Pieter Goossens", "POD MI"), ("SV", "Sarah Vandenbussche", "OCMW Brussel"),
              ("TW", "Tom Wouters", "OCMW Antwerpen"), ("YEK", "Yasmina El Khattabi", "OCMW Gent")]
    t = d.add_table(rows=0, cols=3)
    t.style = "Light List Accent 1"
    for a, b, c in legend:
        r = t.add_row().cells
        cell_text(r[0], a, bold=True, size=9)
        cell_text(r[1], b, size=9)
        cell_text(r[2], c, size=9)
    widths(t, [1.8, 5.0, 8.0])
    p(d, "")

    p(d, "A. Verwelkoming", bold=True, size=11, color=ANTW_RED)
    p(d, "GVDB verwelkomt ons in het Sociaal Huis van Mortsel. Els opent de netwerkdag en overloopt het "
         "programma: om 9.30 onthaal met koffie, om 10.00 voorstelling van het partnerschap "
         "Antwerpen-Schoten-Edegem-Mortsel, om 11.15 uitwisseling over de intake, om 12.30 lunch, om 13.30 "
         "bezoek aan het taalcafé van Mortsel en om 15.00 afspraken en afsluiting.")
    p(d, "De netwerkdag verloopt in het Nederlands, zonder tolken: de Franstalige collega's van Luik en "
         "Charleroi zijn verontschuldigd. SV vertaalt voor zichzelf waar nodig.")

    p(d, "B. Het partnerschap Antwerpen-Schoten-Edegem-Mortsel", bold=True, size=11, color=ANTW_RED)
    p(d, "Sinds januari werken drie kleinere OCMW's als partner mee aan het Antwerpse project. De intake en "
         "de infosessies gebeuren in Antwerpen; elk partner-OCMW organiseert lokaal een eigen groepsmoment.")
    p(d, "Schoten", bold=True, italic=True)
    p(d, "Zeven deelnemers, vooral vrouwen met jonge kinderen. Kinderopvang tijdens de sessies blijft een "
         "probleem. De uitnodiging voor de infosessie in Schoten is al verstuurd (AV).")
    p(d, "Edegem", bold=True, italic=True)
    p(d, "Vijf deelnemers. KM merkt dat het vervoer naar Antwerpen een drempel is; een deel van de infosessies "
         "zou beter in Edegem doorgaan.")
    p(d, "Aanvulling van Edegem over de cijfers volgt nog.", italic=True, color=GREY)
    p(d, "Mortsel", bold=True, italic=True)
    p(d, "Negen deelnemers. Het taalcafé (elke dinsdag) draait met vrijwilligers en is ook open voor andere "
         "cliënten van het OCMW.")

    p(d, "C. Uitwisseling: de intake", bold=True, size=11, color=ANTW_RED)
    p(d, "Antwerpen en Gent vergelijken hun intake. In Gent volgt op het intakegesprek een oriëntatiebalans "
         "(traject, doelen, motivatie, drempels); in Antwerpen wordt alleen een intakefiche ingevuld. LC licht "
         "toe hoe het Agentschap de doorverwijzing naar Nederlandse les organiseert.")
    p(d, "Beslist: de partners gebruiken vanaf september hetzelfde aanwezigheidsblad.")

    p(d, "D. Bezoek taalcafé Mortsel", bold=True, size=11, color=ANTW_RED)
    p(d, "We nemen deel aan een tafel van het taalcafé. Opvallend: de deelnemers spreken elkaar aan in het "
         "Nederlands, ook buiten de tafels. (foto's taalcafé nog toe te voegen)")

    p(d, "E. Afspraken", bold=True, size=11, color=ANTW_RED)
    for it in ["Intakeformulier Antwerpen doorsturen naar alle partners (EP)",
               "Afspraak maken met het Agentschap over de doorverwijzing naar Nederlandse les (MA + LC)",
               "Oriëntatiebalans van Gent en Antwerpen naast elkaar leggen (HV, EP)",
               "Data volgende netwerkdag voorstellen via mail (KVH)",
               "Organisatie van de netwerkdag in het najaar: nog te bepalen"]:
        p(d, it, style="List Bullet")
    p(d, "Volgende netwerkdag: in oktober, datum volgt (zie actie KVH).", bold=True)

    p(d, "Résumé en français", bold=True, size=11, color=ANTW_RED)
    p(d, "La journée du réseau s'est tenue à Mortsel, chez un des trois CPAS partenaires d'Anvers (Schoten, "
         "Edegem, Mortsel). Les partenaires organisent chacun un moment de groupe local ; l'admission et les "
         "séances d'information se font à Anvers. Gand et Anvers ont comparé leur entretien d'admission et "
         "leur bilan d'orientation. Le formulaire d'admission d'Anvers sera envoyé à tous les partenaires. "
         "Prochaine journée : en octobre, date à fixer.", italic=True)
    save(d, "489_netwerkdag_mortsel_2018.docx")


# ---------------------------------------------------------------- 490
def report_490():
    """CPAS de Bruxelles / OCMW Brussel, Sarah Vandenbussche. French then Dutch paragraph by
    paragraph (Dutch in grey italics), headings '1)' on one bilingual line, people table."""
    d = new_doc("Calibri", 11)
    header_footer(d, ["CPAS de Bruxelles – OCMW Brussel · Projet FAMI / AMIF-project"], TAGLINE, page=True)

    def fr(text, bold=False):
        return p(d, text, bold=bold, space_after=2)

    def nl(text):
        return p(d, text, italic=True, color=GREY)

    def h(text):
        return p(d, text, bold=True, size=12, color=BXL_GREEN)

    p(d, "Rencontre du réseau FAMI – Ontmoeting AMIF-netwerk", bold=True, size=16, color=BXL_GREEN)
    p(d, "Mardi 26 novembre 2019 – Dinsdag 26 november 2019", bold=True)
    p(d, "CPAS de Bruxelles – OCMW Brussel, salle du Conseil / Raadzaal", italic=True)

    t = d.add_table(rows=1, cols=3)
    t.style = "Light Grid Accent 6"
    for c, txt in zip(t.rows[0].cells, ["Nom / Naam", "Organisation / Organisatie", "Présence / Aanwezigheid"]):
        cell_text(c, txt, bold=True)
    P = "présent(e) / aanwezig"
    E = "excusé(e) / verontschuldigd"
    for name, org, st in [("Katrien Van Hove", "SPP IS / POD MI", P),
                          ("Aurélie Lambert", "SPP IS / POD MI", P),
                          ("Hanne Verstraete", "OCMW Gent", E),
                          ("Bart De Smet", "OCMW Gent", P),
                          ("Els Peeters", "OCMW Antwerpen", P),
                          ("Tom Wouters", "OCMW Antwerpen", P),
                          ("Julien Lecomte", "CPAS Liège", P),
                          ("Fatima Ouali", "CPAS Liège", E),
                          ("Nathalie Dupont", "CPAS Charleroi", P),
                          ("Sarah Vandenbussche", "CPAS de Bruxelles", P),
                          ("Karim Benali", "CPAS de Bruxelles", P),
                          ("Marie-Claire Dewaele", "CPAS de Bruxelles", P)]:
        r = t.add_row().cells
        cell_text(r[0], name)
        cell_text(r[1], org)
        cell_text(r[2], st, italic=(st == E))
    widths(t, [5.0, 5.0, 6.0])
    p(d, "")

    p(d, "Ordre du jour / Agenda", bold=True, color=BXL_GREEN)
    for it in ["Accueil / Verwelkoming",
               "Tour de table des CPAS / Rondetafel van de OCMW’s",
               "Présentation : la médiation interculturelle au CPAS de Bruxelles / Voorstelling: "
               "interculturele bemiddeling bij OCMW Brussel",
               "Enquête de satisfaction : version simplifiée / Tevredenheidsenquête: vereenvoudigde versie",
               "Divers et prochaine rencontre / Varia en volgende ontmoeting"]:
        p(d, it, style="List Number")

    h("1) Accueil / Verwelkoming")
    fr("Marie-Claire Dewaele accueille le réseau au CPAS de Bruxelles et rappelle que l’équipe FAMI "
       "travaille dans les deux langues.")
    nl("Marie-Claire Dewaele verwelkomt het netwerk bij OCMW Brussel en herinnert eraan dat het AMIF-team "
       "in beide talen werkt.")
    fr("Pas d’interprétation aujourd’hui : chacun parle sa langue, l’équipe bruxelloise traduit au besoin.")
    nl("Vandaag geen tolken: iedereen spreekt zijn eigen taal, het Brusselse team vertaalt waar nodig.")

    h("2) Tour de table / Rondetafel")
    fr("Gand : les groupes sont complets jusqu’en janvier, avec une liste d’attente de 11 personnes. Anvers : "
       "le partenariat avec Schoten, Edegem et Mortsel fonctionne bien ; les partenaires envoient leurs "
       "participants aux séances d’information à Anvers. Liège : nouveau module « Réalisation de projet » "
       "depuis septembre. Charleroi : 22 participants en module 3, plusieurs sont passés vers l’ISP.")
    nl("Gent: de groepen zijn volzet tot januari, met een wachtlijst van 11 personen. Antwerpen: het "
       "partnerschap met Schoten, Edegem en Mortsel loopt goed; de partners sturen hun deelnemers naar de "
       "infosessies in Antwerpen. Luik: nieuwe module ‘Projectrealisatie’ sinds september. Charleroi: 22 "
       "deelnemers in module 3, verschillende zijn doorgestroomd naar SPI.")

    h("3) La médiation interculturelle / Interculturele bemiddeling")
    fr("Karim Benali présente le travail des médiateurs interculturels : ils interviennent pendant "
       "l’entretien d’admission et le bilan d’orientation, surtout en arabe, en dari et en roumain. Ils ne "
       "traduisent pas seulement la langue, mais aussi les codes : rendez-vous, ponctualité, documents.")
    nl("Karim Benali stelt het werk van de interculturele bemiddelaars voor: zij komen tussen tijdens het "
       "intakegesprek en de oriëntatiebalans, vooral in het Arabisch, Dari en Roemeens. Ze vertalen niet "
       "alleen de taal, maar ook de codes: afspraken, stiptheid, documenten.")
    mixed(d, [("Action : ", {"b": True}),
              ("partager le protocole de la médiation interculturelle (anonymisé). ", {}),
              ("Qui : ", {"b": True}), ("Karim et Marie-Claire", {})])
    mixed(d, [("Actie: ", {"b": True, "i": True, "c": GREY}),
              ("het protocol van de interculturele bemiddeling (geanonimiseerd) delen. ", {"i": True, "c": GREY}),
              ("Wie: ", {"b": True, "i": True, "c": GREY}), ("Karim en Marie-Claire", {"i": True, "c": GREY})])

    h("4) Enquête de satisfaction / Tevredenheidsenquête")
    fr("Aurélie présente la version simplifiée : 8 questions au lieu de 20, des pictogrammes (smileys) et "
       "des phrases courtes. Les CPAS trouvent cette version plus claire, mais demandent des traductions.")
    nl("Aurélie stelt de vereenvoudigde versie voor: 8 vragen in plaats van 20, pictogrammen (smileys) en "
       "korte zinnen. De OCMW’s vinden deze versie duidelijker, maar vragen vertalingen.")
    fr("Décision : la version simplifiée remplace l’ancienne à partir des modules de février 2020.")
    nl("Beslissing: de vereenvoudigde versie vervangt de oude vanaf de modules van februari 2020.")
    mixed(d, [("Action : ", {"b": True}),
              ("traduire la version simplifiée en arabe, dari, tigrinya et russe. ", {}),
              ("Qui : ", {"b": True}), ("Aurélie Lambert", {})])
    mixed(d, [("Actie: ", {"b": True, "i": True, "c": GREY}),
              ("de vereenvoudigde versie vertalen naar het Arabisch, Dari, Tigrinya en Russisch. ",
               {"i": True, "c": GREY}),
              ("Wie: ", {"b": True, "i": True, "c": GREY}), ("Aurélie Lambert", {"i": True, "c": GREY})])
    mixed(d, [("Action : ", {"b": True}),
              ("tester la nouvelle version avec un groupe du module 3. ", {}),
              ("Qui : ", {"b": True}), ("Julien", {})])
    mixed(d, [("Actie: ", {"b": True, "i": True, "c": GREY}),
              ("de nieuwe versie testen met een groep van module 3. ", {"i": True, "c": GREY}),
              ("Wie: ", {"b": True, "i": True, "c": GREY}), ("Julien", {"i": True, "c": GREY})])

    h("5) Divers / Varia")
    fr("Le SPP a déjà transmis à tous les CPAS la liste des indicateurs communs du FAMI.")
    nl("De POD heeft de lijst van gemeenschappelijke AMIF-indicatoren al aan alle OCMW’s bezorgd.")
    mixed(d, [("Action : ", {"b": True}),
              ("vérifier les chiffres d’indicateurs 2019 avant le 20 décembre. ", {}),
              ("Qui : ", {"b": True}), ("tous les CPAS", {})])
    mixed(d, [("Actie: ", {"b": True, "i": True, "c": GREY}),
              ("de indicatorcijfers 2019 nakijken vóór 20 december. ", {"i": True, "c": GREY}),
              ("Wie: ", {"b": True, "i": True, "c": GREY}), ("alle OCMW’s", {"i": True, "c": GREY})])
    fr("Prochaine rencontre : mardi 28 janvier 2020 à Gand (OCMW Gent).", bold=True)
    nl("Volgende ontmoeting: dinsdag 28 januari 2020 in Gent (OCMW Gent).")
    p(d, "Sarah Vandenbussche – CPAS de Bruxelles / OCMW Brussel", size=9, color=GREY,
      align=WD_ALIGN_PARAGRAPH.RIGHT)
    save(d, "490_rencontre_ontmoeting_bruxelles_2019.docx")


# ---------------------------------------------------------------- 491
def report_491():
    """POD MI, Katrien Van Hove. Online (Zoom) with interpreters; shared top block; full Dutch
    version then full French version; Heading styles with 1. and 2.1; action table per version."""
    d = new_doc("Calibri", 11)
    heading_colours(d, POD_BLUE, sizes=(15, 13, 11))
    header_footer(d, ["POD | Maatschappelijke Integratie – SPP | Intégration Sociale"], TAGLINE, page=True,
                  color=POD_BLUE)

    p(d, "Verslag online bijeenkomst OCMW's – Rapport réunion en ligne CPAS", bold=True, size=15,
      color=POD_BLUE)
    p(d, "10 juni 2020 – 10 juin 2020 · Zoom · 10.00 – 12.30", bold=True)
    p(d, "Met dank aan de tolken voor de simultaanvertaling via Zoom. / Merci aux interprètes pour "
         "l'interprétation simultanée sur Zoom.", italic=True, color=GREY)

    p(d, "Aanwezig / Présents", bold=True, color=POD_BLUE)
    for it in ["Katrien Van Hove (POD MI)", "Sofie Claeys (POD MI)", "Hanne Verstraete (OCMW Gent)",
               "Bart De Smet (OCMW Gent)", "Els Peeters (OCMW Antwerpen)", "Mohamed Azzouzi (OCMW Antwerpen)",
               "Julien Lecomte (CPAS Liège)", "Nathalie Dupont (CPAS Charleroi)",
               "Grégory Lhoir (CPAS Charleroi)", "Sarah Vandenbussche (OCMW Brussel)"]:
        p(d, it, style="List Bullet")
    p(d, "Verontschuldigd / Excusés", bold=True, color=POD_BLUE)
    for it in ["Karim Benali (CPAS Bruxelles)", "Fatima Ouali (CPAS Liège)"]:
        p(d, it, style="List Bullet")

    p(d, "Agenda / Ordre du jour", bold=True, color=POD_BLUE)
    for tm, it in [("10.00", "Welkom en technische afspraken / Bienvenue et consignes techniques"),
                   ("10.15", "Stand van zaken per OCMW tijdens de coronacrisis / État des lieux par CPAS "
                             "pendant la crise du coronavirus"),
                   ("11.15", "Groepsactiviteiten: welke regels? / Activités de groupe : quelles règles ?"),
                   ("12.00", "Indicatoren en rapportering / Indicateurs et rapportage"),
                   ("12.20", "Varia / Divers")]:
        mixed(d, [(tm, {"b": True}), ("\t" + it, {})])

    def action_table(head, rows):
        t = d.add_table(rows=1, cols=3)
        t.style = "Medium Shading 1 Accent 1"
        for c, txt in zip(t.rows[0].cells, head):
            cell_text(c, txt, bold=True)
        for a, b, c in rows:
            r = t.add_row().cells
            cell_text(r[0], a)
            cell_text(r[1], b)
            cell_text(r[2], c)
        widths(t, [9.5, 4.0, 3.0])

    # ---- Nederlandse versie
    d.add_heading("Nederlandse versie", level=1)
    d.add_heading("1. Welkom", level=2)
    p(d, "Katrien verwelkomt iedereen op deze eerste online bijeenkomst van het netwerk. De bijeenkomst van "
         "januari in Gent was de laatste fysieke ontmoeting; sinds maart werken alle projecten in aangepaste "
         "vorm.")
    p(d, "Technische afspraken: microfoon uit wanneer je niet spreekt, kies het tolkkanaal van je taal en "
         "gebruik de chat voor vragen.")
    d.add_heading("2. Stand van zaken per OCMW", level=2)
    d.add_heading("2.1 OCMW Gent", level=3)
    p(d, "Groepssessies zijn sinds 8 juni opnieuw mogelijk met maximaal 4 deelnemers en 1 begeleider (4 + 1). "
         "Individuele coaching liep de hele periode door via telefoon en videobellen.")
    d.add_heading("2.2 OCMW Antwerpen", level=3)
    p(d, "OCMW Antwerpen heeft intussen tablets uitgedeeld aan 12 deelnemers. De infosessies over wonen en "
         "gezondheid worden opgenomen en via WhatsApp gedeeld. De partners Schoten, Edegem en Mortsel volgen "
         "hetzelfde schema.")
    d.add_heading("2.3 CPAS Luik", level=3)
    p(d, "Kleine groepen van 3 deelnemers en 1 begeleider in het activeringshuis. De creatieve module gaat "
         "gedeeltelijk buiten door.")
    d.add_heading("2.4 CPAS Charleroi", level=3)
    p(d, "Ook in Charleroi geldt de regel 3 + 1. Nathalie en Grégory gaven een maand lang Franse les via "
         "WhatsApp-groepen; de deelname was hoger dan verwacht.")
    d.add_heading("2.5 OCMW Brussel", level=3)
    p(d, "Sarah meldt dat het team grotendeels van thuis werkt. De cijfers van OCMW Brussel volgen nog.")
    d.add_heading("3. Groepsactiviteiten", level=2)
    p(d, "De regels verschillen per OCMW en veranderen snel. Het netwerk vraagt een overzicht, zodat de teams "
         "elkaars aanpak kennen.")
    p(d, "Beslissing: fysieke netwerkbijeenkomsten worden uitgesteld tot minstens september.", bold=True)
    d.add_heading("4. Indicatoren en rapportering", level=2)
    p(d, "De POD herinnert aan de jaarlijkse rapportering van de indicatoren. Door de crisis zullen de "
         "aantallen lager liggen; dat wordt in het jaarverslag toegelicht.")
    d.add_heading("5. Actiepunten", level=2)
    action_table(["Wat", "Wie", "Tegen wanneer"],
                 [("Coronaregels per OCMW in één overzicht zetten", "POD", "19 juni"),
                  ("Protocol voor groepssessies (4 + 1) delen met het netwerk", "Bart", "19 juni"),
                  ("Ervaringen met lessen via WhatsApp bundelen", "Nathalie en Grégory", "september"),
                  ("Cijfers eerste semester 2020 aanleveren", "alle OCMW's", "15 juli"),
                  ("Nagaan of de AMIF-deadline voor het jaarverslag verschuift", "nog te bepalen", "–")])
    d.add_heading("6. Varia", level=2)
    p(d, "Volgende bijeenkomst: in september, online of bij OCMW Gent; datum volgt via Doodle.")

    # ---- Version française
    d.add_heading("Version française", level=1)
    d.add_heading("1. Bienvenue", level=2)
    p(d, "Katrien souhaite la bienvenue à tous pour cette première réunion en ligne du réseau. La rencontre "
         "de janvier à Gand a été la dernière en présentiel ; depuis mars, tous les projets fonctionnent de "
         "manière adaptée.")
    p(d, "Consignes techniques : micro coupé quand vous ne parlez pas, choisissez le canal d'interprétation "
         "de votre langue et utilisez le chat pour les questions.")
    d.add_heading("2. État des lieux par CPAS", level=2)
    d.add_heading("2.1 CPAS de Gand", level=3)
    p(d, "Les séances de groupe sont de nouveau possibles depuis le 8 juin avec au maximum 4 participants et "
         "1 accompagnateur (4 + 1). Le coaching individuel a continué pendant toute la période par téléphone "
         "et appel vidéo.")
    d.add_heading("2.2 CPAS d'Anvers", level=3)
    p(d, "Le CPAS d'Anvers a entre-temps distribué des tablettes à 12 participants. Les séances d'information "
         "sur le logement et la santé sont enregistrées et partagées via WhatsApp. Les partenaires Schoten, "
         "Edegem et Mortsel suivent le même schéma.")
    d.add_heading("2.3 CPAS de Liège", level=3)
    p(d, "Petits groupes de 3 participants et 1 formateur à la maison d'activation. Le module créatif se "
         "déroule en partie à l'extérieur.")
    d.add_heading("2.4 CPAS de Charleroi", level=3)
    p(d, "À Charleroi aussi, la règle est de 3 + 1. Nathalie et Grégory ont donné pendant un mois des cours "
         "de français via des groupes WhatsApp ; la participation a été plus élevée que prévu.")
    d.add_heading("2.5 CPAS de Bruxelles", level=3)
    p(d, "Sarah signale que l'équipe travaille surtout depuis la maison. Les chiffres du CPAS de Bruxelles "
         "suivront.")
    d.add_heading("3. Activités de groupe", level=2)
    p(d, "Les règles diffèrent selon les CPAS et changent vite. Le réseau demande un aperçu, pour que les "
         "équipes connaissent l'approche des autres.")
    p(d, "Décision : les rencontres du réseau en présentiel sont reportées au moins jusqu'en septembre.",
      bold=True)
    d.add_heading("4. Indicateurs et rapportage", level=2)
    p(d, "Le SPP rappelle le rapportage annuel des indicateurs. À cause de la crise, les chiffres seront plus "
         "bas ; ce sera expliqué dans le rapport annuel.")
    d.add_heading("5. Points d'action", level=2)
    action_table(["Quoi", "Qui", "Pour quand"],
                 [("Rassembler les règles corona de chaque CPAS dans un aperçu", "SPP", "19 juin"),
                  ("Partager le protocole des séances de groupe (4 + 1) avec le réseau", "Bart", "19 juin"),
                  ("Rassembler les expériences des cours via WhatsApp", "Nathalie et Grégory", "septembre"),
                  ("Fournir les chiffres du premier semestre 2020", "tous les CPAS", "15 juillet"),
                  ("Vérifier si l'échéance FAMI du rapport annuel est reportée", "à déterminer", "–")])
    d.add_heading("6. Divers", level=2)
    p(d, "Prochaine réunion : en septembre, en ligne ou au CPAS de Gand ; date à fixer via Doodle.")
    save(d, "491_online_verslag_rapport_2020.docx")


# ---------------------------------------------------------------- 492
def report_492():
    """CPAS Binche, Céline Moreau, writing her first minutes. French only, Webex, plain bold
    lines without numbers, inline people, typed agenda lines 9h30-9h45, owners in the sentence."""
    d = new_doc("Calibri", 11)
    p(d, "Compte rendu réunion FAMI (Webex)", bold=True, underline=True, size=13)
    p(d, "Jeudi 25 février 2021 – 9h30 à 11h15")
    p(d, "Présents : Sofie Claeys et Aurélie Lambert (SPP), Nathalie Dupont et Grégory Lhoir (CPAS "
         "Charleroi), Julien Lecomte (CPAS Liège), Céline Moreau et Damien Leroy (CPAS Binche)")
    p(d, "Excusée : Fatima Ouali (CPAS Liège)")
    p(d, "C'est la première fois que je fais le PV, merci d'être indulgents !", italic=True)
    p(d, "Ordre du jour :", bold=True)
    for line in ["9h30-9h45 : tour de table",
                 "9h45-10h30 : enquête de satisfaction (version simplifiée)",
                 "10h30-11h00 : indicateurs FAMI 2020",
                 "11h00-11h15 : divers"]:
        p(d, "- " + line, space_after=0)
    p(d, "")

    p(d, "Tour de table", bold=True)
    p(d, "Charleroi : les groupes sont toujours à 3 participants + 1 formateur. Beaucoup de participants "
         "n'ont pas d'ordinateur, donc les cours à distance sont difficiles.")
    p(d, "Binche : on a commencé le module 2 en janvier avec 8 personnes. Damien a déjà fait la liste des "
         "participants du module 2.")
    p(d, "Liège : Julien explique qu'ils ont repris l'atelier créatif en petits groupes.")
    p(d, "On a décidé de garder les groupes à 3 participants + 1 formateur jusqu'à Pâques.")

    p(d, "Enquête de satisfaction", bold=True)
    p(d, "Sofie montre la version simplifiée avec les pictogrammes. Tout le monde trouve que c'est mieux mais "
         "il faut encore des langues en plus (arabe, pachto ?).")
    p(d, "Nathalie va envoyer le nouveau questionnaire à Binche pour qu'on puisse l'utiliser aussi.")
    p(d, "Julien et moi allons tester les pictogrammes avec nos groupes en mars.")

    p(d, "Indicateurs FAMI 2020", bold=True)
    p(d, "Aurélie explique quels chiffres 2020 le SPP doit rapporter à l'Europe (nombre de participants, "
         "cours de langue, orientation civique).")
    p(d, "Chiffres : Charleroi 41 participants, Binche 12 participants, Liège [chiffres à compléter]")
    p(d, "Le modèle de tableau pour les indicateurs sera envoyé par le SPP avant le 5 mars.")
    p(d, "Le CPAS de Charleroi va compléter les chiffres de Binche et Charleroi ensemble dans un seul tableau.")

    p(d, "Divers", bold=True)
    p(d, "Il faut encore voir qui présente le projet de Binche à la réunion du réseau en avril.")
    p(d, "Prochaine réunion le jeudi 22 avril 2021 à 9h30 (Webex).")
    p(d, "")
    p(d, "Céline Moreau, CPAS de Binche")
    save(d, "492_pv_reunion_webex_binche_2021.docx")


# ---------------------------------------------------------------- 493
def report_493():
    """OCMW Gent, Wout Vermeulen. Dutch only, hybrid with interpreters, unnumbered Heading 2 and
    Heading 3 styles, people table per organisation with present / excused columns."""
    d = new_doc("Verdana", 10)
    heading_colours(d, GENT_BLUE, font="Verdana", sizes=(14, 12, 10))
    sec = d.sections[0]
    sec.header.paragraphs[0].add_run("Stad Gent | OCMW Gent").bold = True
    sec.header.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = sec.footer.paragraphs[0]
    page_field(fp, "AMIF-netwerk – 30.09.2022 – pagina ")

    d.add_heading("Verslag netwerkbijeenkomst AMIF", level=1)
    mixed(d, [("Vrijdag 30 september 2022", {"b": True}),
              (" | 9u30 – 12u30 | OCMW Gent, Sociaal Huis Wondelgem en via Microsoft Teams (hybride)", {})])
    p(d, "Tolken NL-FR ter plaatse en in Teams. Verslag: Wout Vermeulen (OCMW Gent).", italic=True)

    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, txt in zip(t.rows[0].cells, ["Organisatie", "Aanwezig", "Verontschuldigd"]):
        cell_text(c, txt, bold=True, color=RGBColor(0xFF, 0xFF, 0xFF))
        shade(c, "006EB7")
    for org, pres, exc in [("POD MI", "Sofie Claeys (Teams), Jonas De Wilde", "–"),
                           ("OCMW Gent", "Wout Vermeulen, Bart De Smet, Yasmina El Khattabi", "Hanne Verstraete"),
                           ("OCMW Antwerpen", "Els Peeters, Tom Wouters (Teams)", "Mohamed Azzouzi"),
                           ("CPAS Luik", "Julien Lecomte (Teams)", "–"),
                           ("CPAS Charleroi", "Nathalie Dupont", "Grégory Lhoir"),
                           ("OCMW Brussel", "Karim Benali", "–"),
                           ("Tolken", "Ingrid Maes, Luc Hendrickx", "–")]:
        r = t.add_row().cells
        cell_text(r[0], org, bold=True)
        cell_text(r[1], pres)
        cell_text(r[2], exc)
    widths(t, [3.5, 8.5, 4.5])

    p(d, "")
    p(d, "Agenda", bold=True, color=GENT_BLUE)
    for it in ["Welkom en praktische afspraken (hybride)",
               "Nieuwe AMIF-programmaperiode 2021-2027: wat verandert er?",
               "Gemeenschappelijke indicatoren (Verordening 2021/1147)",
               "Ervaringsuitwisseling: deelnemers uit Oekraïne",
               "Rondvraag"]:
        p(d, it, style="List Bullet")

    d.add_heading("Welkom", level=2)
    p(d, "Wout verwelkomt de deelnemers in Wondelgem en online. Het is de eerste bijeenkomst met deelnemers "
         "in de zaal sinds 2020. De tolken zitten in de zaal; online deelnemers kiezen hun taalkanaal in "
         "Teams.")

    d.add_heading("Nieuwe programmaperiode 2021-2027", level=2)
    p(d, "Jonas licht de nieuwe AMIF-periode toe. De projecten lopen verder, maar de projectfiche wordt "
         "aangepast: per module minstens drie subdoelstellingen; de doelgroep blijft aangevinkt zoals "
         "voorheen.")
    mixed(d, [("Actie: ", {"b": True, "c": GENT_BLUE}),
              ("de POD bezorgt de nieuwe projectfiche-template tegen 31 oktober.", {})])

    d.add_heading("Gemeenschappelijke indicatoren", level=2)
    p(d, "Verordening (EU) 2021/1147 legt gemeenschappelijke output- en resultaatindicatoren op. De POD "
         "verzamelt ze jaarlijks bij de OCMW's.")
    d.add_heading("Output-indicatoren", level=3)
    p(d, "Aantal deelnemers aan ondersteunende activiteiten, opgesplitst naar taalcursus, maatschappelijke "
         "oriëntatie en persoonlijke professionele begeleiding. Tom heeft de handleiding voor de "
         "aanwezigheidsregistratie al aangepast.")
    p(d, "→ Jonas: overzicht maken van welke indicator welk OCMW al registreert.")
    d.add_heading("Resultaatindicatoren", level=3)
    p(d, "Deelnemers aan een taalcursus die minstens één ERK-niveau stijgen, en deelnemers die aangeven dat "
         "de activiteit hun integratie heeft geholpen. Die laatste vraag zit nog niet in alle eindenquêtes.")
    mixed(d, [("Actie voor alle OCMW's: ", {"b": True, "c": GENT_BLUE}),
              ("de vraag over integratie opnemen in de eindenquête van het najaar.", {})])

    d.add_heading("Deelnemers uit Oekraïne", level=2)
    p(d, "Gent en Brussel ontvangen sinds het voorjaar deelnemers uit Oekraïne. Yasmina en Karim merken dat "
         "zij andere vragen hebben: huisvesting, erkenning van diploma's, kinderopvang.")
    p(d, "→ Yasmina en Karim: infosessie 'wonen in België' vertalen naar het Oekraïens en het Russisch.")

    d.add_heading("Rondvraag", level=2)
    p(d, "Afgesproken: de hybride formule blijft behouden zolang de tolken ook via Teams kunnen werken.")
    mixed(d, [("Actie OCMW Antwerpen: ", {"b": True, "c": GENT_BLUE}),
              ("een zaal zoeken voor de opleiding van maatschappelijk werkers over doorverwijzing.", {})])
    save(d, "493_verslag_hybride_gent_2022.docx")


# ---------------------------------------------------------------- 494
def report_494():
    """POD MI, Sofie Claeys. Dutch with a French summary under each section; bilingual
    numbered Heading styles 1. / 3.1; agenda table with 10u00 – 10u30; '(resp. …)' owners."""
    d = new_doc("Calibri", 11)
    heading_colours(d, POD_BLUE, sizes=(13, 11, 11))
    header_footer(d, ["POD | Maatschappelijke Integratie", "SPP | Intégration Sociale"], TAGLINE, page=True,
                  color=POD_BLUE)

    p(d, "Verslag bijeenkomst OCMW's – Rapport rencontre CPAS", bold=True, size=15, color=POD_BLUE,
      align=WD_ALIGN_PARAGRAPH.CENTER)
    p(d, "16 mei 2023 – 16 mai 2023", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    p(d, "Locatie / Lieu : Sociaal Huis Edegem", align=WD_ALIGN_PARAGRAPH.CENTER)

    p(d, "Aanwezig / Présents :", bold=True)
    for it in ["Sofie Claeys – POD MI", "Jonas De Wilde – POD MI", "Wout Vermeulen – OCMW Gent",
               "Bart De Smet – OCMW Gent", "Els Peeters – OCMW Antwerpen", "Kristof Mertens – OCMW Edegem",
               "Griet Van den Broeck – OCMW Mortsel", "An Verhaegen – OCMW Schoten",
               "Julien Lecomte – CPAS Liège", "Céline Moreau – CPAS Binche",
               "Sarah Vandenbussche – CPAS Bruxelles"]:
        p(d, it, style="List Bullet", space_after=0)
    p(d, "Verontschuldigd / Excusés :", bold=True)
    for it in ["Nathalie Dupont – CPAS Charleroi", "Karim Benali – CPAS Bruxelles"]:
        p(d, it, style="List Bullet", space_after=0)

    p(d, "Agenda / Ordre du jour", bold=True)
    t = d.add_table(rows=1, cols=2)
    t.style = "Light Shading Accent 1"
    cell_text(t.rows[0].cells[0], "Tijdstip", bold=True)
    cell_text(t.rows[0].cells[1], "Onderwerp / Sujet", bold=True)
    for a, b in [("10u00 – 10u30", "Onthaal / Accueil"),
                 ("10u30 – 11u30", "Het partnerschap in Edegem / Le partenariat à Edegem"),
                 ("11u30 – 12u30", "Resultaten tevredenheidsenquête 2022 / Résultats de l'enquête de "
                                   "satisfaction 2022"),
                 ("12u30 – 13u30", "Lunch / Déjeuner"),
                 ("13u30 – 15u00", "Bewaring van documenten en privacy / Conservation des documents et vie "
                                   "privée"),
                 ("15u00 – 15u30", "Afspraken / Accords")]:
        r = t.add_row().cells
        cell_text(r[0], a)
        cell_text(r[1], b)
    widths(t, [3.5, 13.0])

    def resume(text):
        mixed(d, [("Résumé : ", {"b": True, "i": True, "c": GREY}), (text, {"i": True, "c": GREY})])

    d.add_heading("1. Onthaal – Accueil", level=1)
    p(d, "Kristof Mertens verwelkomt het netwerk in Edegem, voor het eerst bij een partner-OCMW. Er is "
         "simultaanvertaling NL-FR door twee tolken van de POD.")
    resume("Kristof Mertens accueille le réseau à Edegem, pour la première fois chez un CPAS partenaire. "
           "Interprétation simultanée NL-FR assurée par deux interprètes du SPP.")

    d.add_heading("2. Het partnerschap in Edegem – Le partenariat à Edegem", level=1)
    p(d, "Edegem werkt sinds 2018 samen met OCMW Antwerpen. Deelnemers volgen de infosessies in Antwerpen en "
         "de taalwandelingen in Edegem. Per jaar starten een vijftiental deelnemers.")
    p(d, "Céline vraagt hoe de taalwandelingen georganiseerd worden; ze wil iets gelijkaardigs proberen in "
         "Binche. Kristof stuurt de planning van de taalwandelingen door naar Céline.")
    p(d, "Opmerkingen van OCMW Mortsel nog toe te voegen.", italic=True, color=RGBColor(0xC0, 0x00, 0x00))
    resume("Edegem collabore depuis 2018 avec le CPAS d'Anvers. Les participants suivent les séances "
           "d'information à Anvers et les promenades linguistiques à Edegem. Kristof enverra le planning des "
           "promenades à Céline.")

    d.add_heading("3. Tevredenheidsenquête 2022 – Enquête de satisfaction 2022", level=1)
    p(d, "Jonas overloopt de resultaten: 212 ingevulde enquêtes, waarvan 64 met de pictogrammenversie. De POD "
         "heeft de geanonimiseerde resultaten al gedeeld op het platform.")
    d.add_heading("3.1 Wat werkt – Ce qui marche", level=2)
    for it in ["Intensief werken met de deelnemers, bijna elke dag van de week",
               "De band tussen deelnemers en begeleiders, en tussen deelnemers onderling",
               "Groepsgevoel op het einde van een module"]:
        p(d, it, style="List Bullet")
    d.add_heading("3.2 Wat beter kan – À améliorer", level=2)
    for it in ["Communicatie naar deelnemers bij gewijzigde uurroosters of geannuleerde lessen",
               "Evenwichtige uurroosters voor oude en nieuwe deelnemers",
               "Activiteiten vroeger plannen, omdat administratieve procedures langer duren",
               "Geen verplichte activiteiten over gevoelige onderwerpen zoals seksualiteit of partnergeweld"]:
        p(d, it, style="List Bullet")
    p(d, "Beslissing: vanaf september worden de enquêteresultaten één keer per jaar gebundeld.", bold=True)
    resume("212 enquêtes remplies, dont 64 avec la version à pictogrammes. Ce qui marche : le travail "
           "intensif, les liens, l'esprit de groupe. À améliorer : la communication sur les horaires, des "
           "horaires équilibrés, anticiper les activités, pas d'activités obligatoires sur des sujets "
           "sensibles. Décision : les résultats seront regroupés une fois par an à partir de septembre.")

    d.add_heading("4. Bewaring van documenten en privacy – Conservation des documents et vie privée", level=1)
    p(d, "Documenten van een AMIF-project moeten vijf jaar bewaard worden vanaf 31 december van het jaar van "
         "de laatste betaling (Verordening (EU) 2021/1060, artikel 82). Persoonsgegevens van deelnemers "
         "worden niet langer bijgehouden dan nodig (AVG, artikel 5). Elk OCMW blijft eigenaar van de gegevens "
         "van zijn deelnemers; de POD ziet geen namen.")
    p(d, "Een deelnemer kan vragen om alle gegevens in te zien die over hem bijgehouden worden (artikel 15 "
         "AVG). Geen enkel OCMW heeft daar al een vaste procedure voor.")
    resume("Les documents sont conservés cinq ans à partir du 31 décembre de l'année du dernier paiement ; "
           "les données personnelles pas plus longtemps que nécessaire. Chaque CPAS reste propriétaire des "
           "données de ses participants. Aucun CPAS n'a encore de procédure pour le droit d'accès (art. 15 "
           "RGPD).")

    d.add_heading("5. Afspraken – Accords", level=1)
    for it in ["Een bewaartermijnenlijst opstellen per documenttype (resp. Jonas)",
               "Resultaten van de enquête per OCMW terugkoppelen naar de teams (resp. elk OCMW)",
               "De pictogrammenversie uitproberen in Schoten en Mortsel (resp. An en Griet)",
               "Procedure voor inzageverzoeken (art. 15 AVG) uitschrijven (resp. OCMW Antwerpen)"]:
        p(d, it, style="List Bullet")
    p(d, "Volgende bijeenkomst: dinsdag 17 oktober 2023 bij OCMW Gent (onder voorbehoud).", bold=True)
    resume("Jonas établit une liste des délais de conservation ; chaque CPAS renvoie les résultats vers ses "
           "équipes ; test de la version à pictogrammes à Schoten et Mortsel ; le CPAS d'Anvers rédige une "
           "procédure pour le droit d'accès. Prochaine rencontre : mardi 17 octobre 2023 à Gand (sous "
           "réserve).")
    save(d, "494_verslag_rapport_edegem_2023.docx")


# ---------------------------------------------------------------- 495
def report_495():
    """OCMW Antwerpen, Tom Wouters. Dutch partner meeting on Teams, draft mark, people with
    initials in brackets, headings '1)' and 'a)' as bold lines, numbered action table."""
    d = new_doc("Arial", 10)
    header_footer(d, ["OCMW Antwerpen – AMIF-partnerschap regio Antwerpen"], "partneroverleg 17.03.2025",
                  page=True)

    p(d, "ONTWERP – nog na te lezen door de partners", bold=True, color=RGBColor(0xC0, 0x00, 0x00))
    p(d, "Overleg AMIF-partnerschap regio Antwerpen", bold=True, size=14, color=ANTW_RED)
    p(d, "Maandag 17 maart 2025, 13.30 – 15.30, online (Teams)")

    p(d, "Aanwezig", bold=True)
    for it in ["Tom Wouters (TW) – OCMW Antwerpen, verslag", "Els Peeters (EP) – OCMW Antwerpen",
               "Mohamed Azzouzi (MA) – OCMW Antwerpen", "An Verhaegen (AV) – OCMW Schoten",
               "Kristof Mertens (KM) – OCMW Edegem", "Jonas De Wilde (JDW) – POD MI"]:
        p(d, it, style="List Bullet", space_after=0)
    p(d, "Verontschuldigd", bold=True)
    p(d, "Griet Van den Broeck (GVDB) – OCMW Mortsel", style="List Bullet")

    p(d, "Agenda", bold=True)
    for it in ["13.30-13.45\tOpening en goedkeuring vorig verslag",
               "13.45-14.30\tStand van zaken per partner",
               "14.30-15.00\tVoorbereiding netwerkbijeenkomst mei",
               "15.00-15.30\tEinde projectperiode: rapportering en archief"]:
        p(d, it, space_after=0)
    p(d, "")

    def h(text):
        p(d, text, bold=True, size=11, color=ANTW_RED)

    def sub(text):
        p(d, text, bold=True, italic=True)

    h("1) Opening")
    p(d, "Het verslag van het overleg van 9 december 2024 wordt zonder opmerkingen goedgekeurd.")
    h("2) Stand van zaken per partner")
    sub("a) Antwerpen")
    p(d, "Twee groepen lopen (maandag en donderdag), samen 26 deelnemers. MA merkt dat de doorverwijzing door "
         "de sociale centra vertraagt sinds de nieuwe werkwijze.")
    sub("b) Schoten")
    p(d, "Vijf nieuwe deelnemers sinds januari. AV heeft het nieuwe inschrijvingsformulier al in gebruik "
         "genomen.")
    sub("c) Edegem")
    p(d, "De taalwandelingen lopen verder. KM heeft intussen een tweede vrijwilliger gevonden voor de "
         "woensdag.")
    sub("d) Mortsel")
    p(d, "Stand van zaken Mortsel: volgt na contact met Griet.", italic=True)
    h("3) Netwerkbijeenkomst mei 2025")
    p(d, "Beslist: de netwerkbijeenkomst van mei vindt plaats in Schoten. Thema's: de eindrapportering van "
         "de projectperiode en digitale inclusie van deelnemers.")
    h("4) Rapportering en archief")
    p(d, "De projectperiode loopt naar haar einde. Alle documenten moeten vijf jaar bewaard blijven vanaf 31 "
         "december van het jaar van de laatste betaling; persoonsgegevens niet langer dan nodig. JDW bevestigt "
         "dat de POD een richtlijn voorbereidt.")
    h("5) Actielijst")
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, txt in zip(t.rows[0].cells, ["Nr", "Actie", "Wie", "Deadline"]):
        cell_text(c, txt, bold=True)
        shade(c, "F2DCDB")
    for row in [("1", "Jaarcijfers 2024 aanvullen in het gedeelde rekenblad", "alle partners", "31/03"),
                ("2", "Programma netwerkbijeenkomst mei uitwerken", "EP, TW", "14/04"),
                ("3", "Mortsel bevragen over de stand van zaken", "MA", "24/03"),
                ("4", "Archieflijst documenten 2021-2025 opmaken (art. 82)", "OCMW Antwerpen", "30/04"),
                ("5", "Richtlijn bewaartermijnen persoonsgegevens bezorgen", "POD", "15/04"),
                ("6", "Spreker zoeken voor het thema digitale inclusie", "nog te bepalen", "–")]:
        r = t.add_row().cells
        for c, txt in zip(r, row):
            cell_text(c, txt)
    widths(t, [1.0, 9.0, 3.5, 2.5])
    p(d, "Afkortingen: zie lijst van aanwezigen.", italic=True, size=9, color=GREY)
    p(d, "Volgend partneroverleg: na de netwerkbijeenkomst, datum nog te prikken.")
    save(d, "495_partneroverleg_antwerpen_ontwerp_2025.docx")


# ---------------------------------------------------------------- 496
def report_496():
    """CPAS de Bruxelles, Karim Benali. Hybrid with interpreters; French | Dutch in two columns
    (French left); people grouped per organisation with '(exc.)'; lettered headings; '→ Name'."""
    d = new_doc("Calibri", 10, margins=1.8)
    header_footer(d, ["CPAS de Bruxelles – OCMW Brussel", "Projet FAMI / AMIF-project"], TAGLINE, page=True,
                  color=BXL_GREEN, align_h=WD_ALIGN_PARAGRAPH.RIGHT)

    p(d, "Rapport rencontre CPAS – Verslag bijeenkomst OCMW's", bold=True, size=15, color=BXL_GREEN)
    p(d, "Mercredi 4 février 2026 – Woensdag 4 februari 2026", bold=True)
    p(d, "CPAS de Bruxelles (salle Bordet) et Teams – OCMW Brussel (zaal Bordet) en Teams")
    p(d, "Interprétation simultanée FR-NL / Simultaanvertaling FR-NL", italic=True)

    t = d.add_table(rows=1, cols=2)
    t.style = "Light Grid Accent 6"
    cell_text(t.rows[0].cells[0], "Organisation / Organisatie", bold=True)
    cell_text(t.rows[0].cells[1], "Participants / Deelnemers", bold=True)
    for org, ppl in [("SPP IS / POD MI", "Sofie Claeys, Jonas De Wilde"),
                     ("CPAS de Bruxelles / OCMW Brussel", "Karim Benali, Sarah Vandenbussche, Inès Moulaert"),
                     ("OCMW Gent / CPAS de Gand", "Wout Vermeulen (Teams), Yasmina El Khattabi (exc.)"),
                     ("OCMW Antwerpen / CPAS d'Anvers", "Tom Wouters (Teams)"),
                     ("Partenaires d'Anvers / Partners Antwerpen",
                      "An Verhaegen (Schoten), Kristof Mertens (Edegem, Teams), Griet Van den Broeck "
                      "(Mortsel, exc.)"),
                     ("CPAS de Liège / OCMW Luik", "Julien Lecomte"),
                     ("CPAS de Charleroi", "Nathalie Dupont (exc.)"),
                     ("CPAS de Binche", "Céline Moreau"),
                     ("Interprètes / Tolken", "Pascale Renard, Luc Hendrickx")]:
        r = t.add_row().cells
        cell_text(r[0], org, bold=True)
        cell_text(r[1], ppl)
    widths(t, [6.5, 11.0])
    p(d, "(exc.) = excusé·e / verontschuldigd – (Teams) = à distance / online", italic=True, size=8, color=GREY)

    p(d, "Ordre du jour / Agenda", bold=True, color=BXL_GREEN)
    a = d.add_table(rows=1, cols=2)
    a.style = "Table Grid"
    cell_text(a.rows[0].cells[0], "Heure / Uur", bold=True)
    cell_text(a.rows[0].cells[1], "Point / Punt", bold=True)
    for x, y in [("9h30 – 10h00", "Accueil / Onthaal"),
                 ("10h00 – 11h00", "Bilan du programme FAMI 2021-2027 à mi-parcours / Tussentijdse balans AMIF "
                                   "2021-2027"),
                 ("11h00 – 12h00", "Nouvelle enquête de satisfaction multilingue / Nieuwe meertalige "
                                   "tevredenheidsenquête"),
                 ("12h00 – 12h30", "Conservation et accès aux données / Bewaring en inzage van gegevens"),
                 ("12h30 – 13h00", "Accords et prochaine rencontre / Afspraken en volgende bijeenkomst")]:
        r = a.add_row().cells
        cell_text(r[0], x)
        cell_text(r[1], y)
    widths(a, [3.5, 14.0])
    p(d, "")

    body = d.add_table(rows=1, cols=2)
    body.style = "Table Grid"
    cell_text(body.rows[0].cells[0], "Français", bold=True, color=BXL_GREEN)
    cell_text(body.rows[0].cells[1], "Nederlands", bold=True, color=BXL_GREEN)
    for c in body.rows[0].cells:
        shade(c, "E2EFDA")

    def row(fr, nl, heading=False):
        c = body.add_row().cells
        cell_text(c[0], fr, bold=heading, color=BXL_GREEN if heading else None)
        cell_text(c[1], nl, bold=heading, color=BXL_GREEN if heading else None)

    def bullets(fr_items, nl_items):
        c = body.add_row().cells
        for cell, items in ((c[0], fr_items), (c[1], nl_items)):
            for i, it in enumerate(items):
                if i == 0:
                    par = cell.paragraphs[0]
                    par.style = "List Bullet"
                    par.add_run(it)
                else:
                    cell_add(cell, it, style="List Bullet")

    row("A. Accueil", "A. Onthaal", heading=True)
    row("Karim Benali accueille les participants, dans la salle et sur Teams. Sarah Vandenbussche rappelle les "
        "règles de la réunion hybride : micro coupé, canal d'interprétation au choix.",
        "Karim Benali verwelkomt de deelnemers, in de zaal en in Teams. Sarah Vandenbussche herinnert aan de "
        "regels van de hybride vergadering: microfoon uit, tolkkanaal naar keuze.")
    row("B. Bilan à mi-parcours", "B. Tussentijdse balans", heading=True)
    row("Sofie Claeys présente le bilan à mi-parcours du programme FAMI 2021-2027 : 1 184 participants "
        "accompagnés dans les neuf CPAS du réseau, dont 61 % en cours de langue. 27 % des participants en "
        "cours de langue ont progressé d'au moins un niveau du CECR.",
        "Sofie Claeys stelt de tussentijdse balans van het AMIF-programma 2021-2027 voor: 1 184 deelnemers "
        "begeleid in de negen OCMW's van het netwerk, waarvan 61 % in een taalcursus. 27 % van de deelnemers "
        "aan een taalcursus steeg minstens één ERK-niveau.")
    row("C. Enquête de satisfaction multilingue", "C. Meertalige tevredenheidsenquête", heading=True)
    row("La nouvelle enquête existe en français, en néerlandais, en arabe, en dari, en tigrinya et en "
        "ukrainien. Le CPAS de Gand a déjà testé la version néerlandaise avec 18 participants.",
        "De nieuwe enquête bestaat in het Frans, Nederlands, Arabisch, Dari, Tigrinya en Oekraïens. OCMW Gent "
        "heeft de Nederlandstalige versie al getest met 18 deelnemers.")
    row("Décision : la nouvelle enquête remplace l'ancienne dès le module de mars.",
        "Beslissing: de nieuwe enquête vervangt de oude vanaf de module van maart.")
    row("→ Inès Moulaert : envoyer les traductions en pachto et en russe aux autres CPAS dès qu'elles sont "
        "relues.",
        "→ Inès Moulaert: de vertalingen in het Pasjtoe en Russisch naar de andere OCMW's sturen zodra ze "
        "nagelezen zijn.")
    row("D. Données personnelles : conservation et accès", "D. Persoonsgegevens: bewaring en inzage",
        heading=True)
    row("Rappel : chaque CPAS reste propriétaire des données de ses participants. Les documents du projet sont "
        "conservés cinq ans à partir du 31 décembre de l'année du dernier paiement. Un participant a le droit "
        "de consulter toutes les données qui le concernent (article 15 du RGPD).",
        "Herinnering: elk OCMW blijft eigenaar van de gegevens van zijn deelnemers. Projectdocumenten worden "
        "vijf jaar bewaard vanaf 31 december van het jaar van de laatste betaling. Een deelnemer heeft het "
        "recht alle gegevens over zichzelf in te zien (artikel 15 AVG).")
    row("Le SPP va envoyer une note sur le droit d'accès à tous les CPAS avant la rencontre de mai.",
        "De POD stuurt vóór de bijeenkomst van mei een nota over het inzagerecht naar alle OCMW's.")
    row("E. Accords", "E. Afspraken", heading=True)
    bullets(["Préparer le rapport annuel des indicateurs 2025 → chaque CPAS, pour le 31 mars",
             "Organiser la rencontre de mai à Liège → Julien Lecomte",
             "Comparer les contrats de participation de Liège et de Binche → Julien Lecomte et Céline Moreau",
             "Vérifier si l'interprétation via Teams peut être reconduite en 2027 → à désigner"],
            ["Jaarrapport indicatoren 2025 voorbereiden → elk OCMW, tegen 31 maart",
             "De bijeenkomst van mei in Luik organiseren → Julien Lecomte",
             "De deelnemerscontracten van Luik en Binche vergelijken → Julien Lecomte en Céline Moreau",
             "Nagaan of de tolken via Teams in 2027 verlengd kunnen worden → aan te duiden"])
    row("Prochaine rencontre : jeudi 21 mai 2026 au CPAS de Liège.",
        "Volgende bijeenkomst: donderdag 21 mei 2026 bij OCMW Luik.")
    widths(body, [8.7, 8.7])
    p(d, "Rédaction / Verslag : Karim Benali", size=8, color=GREY, align=WD_ALIGN_PARAGRAPH.RIGHT)
    save(d, "496_rapport_verslag_bruxelles_hybride_2026.docx")


REPORTS = [report_487, report_488, report_489, report_490, report_491,
           report_492, report_493, report_494, report_495, report_496]

if __name__ == "__main__":
    for f in REPORTS:
        f()
    print("%d reports written" % len(REPORTS))
