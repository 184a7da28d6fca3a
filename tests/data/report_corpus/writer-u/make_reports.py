# -*- coding: utf-8 -*-
"""Builds reports 217-226 of the AMIF network (Dutch-speaking and bilingual side, occasional writers)
and writes, for each, the expected list typed by hand below (never computed from the text)."""
import json
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_COLOR_INDEX
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor, Cm

HERE = os.path.dirname(os.path.abspath(__file__))

TAGLINE = ("Naar een geïntegreerd migratiebeleid, dankzij het AMIF  –  "
           "Vers une politique de migration plus intégrée, grâce au FAMI")


# ---------------------------------------------------------------- helpers
def new_doc(font="Calibri", size=11, header=None, margins=None):
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
    if margins:
        s = d.sections[0]
        s.left_margin = s.right_margin = Cm(margins)
    if header:
        hp = d.sections[0].header.paragraphs[0]
        r = hp.add_run(header)
        r.font.size = Pt(8)
        r.italic = True
        r.font.color.rgb = RGBColor(0x59, 0x59, 0x59)
    return d


def fmt_run(r, f):
    f = f or ""
    if "b" in f:
        r.bold = True
    if "i" in f:
        r.italic = True
    if "u" in f:
        r.underline = True
    if "red" in f:
        r.font.color.rgb = RGBColor(0xC0, 0x00, 0x00)
    if "blue" in f:
        r.font.color.rgb = RGBColor(0x1F, 0x4E, 0x9A)
    if "grey" in f:
        r.font.color.rgb = RGBColor(0x60, 0x60, 0x60)
    if "yellow" in f:
        r.font.highlight_color = WD_COLOR_INDEX.YELLOW


def para(d, text="", f="", style=None, size=None, align=None, font=None, space_after=None):
    """text is a str, or a list of (text, fmt) pieces."""
    p = d.add_paragraph(style=style) if style else d.add_paragraph()
    pieces = [(text, f)] if isinstance(text, str) else text
    for t, ff in pieces:
        if t == "":
            continue
        r = p.add_run(t)
        fmt_run(r, ff)
        if size:
            r.font.size = Pt(size)
        if font:
            r.font.name = font
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    return p


def cell_paras(cell, items, size=None, style=None):
    """Fill a table cell: items are str or (text, fmt) or list of pieces."""
    first = True
    for it in items:
        if first:
            p = cell.paragraphs[0]
            if style:
                p.style = style
            first = False
        else:
            p = cell.add_paragraph(style=style) if style else cell.add_paragraph()
        pieces = [(it, "")] if isinstance(it, str) else ([it] if isinstance(it, tuple) else it)
        for t, ff in pieces:
            r = p.add_run(t)
            fmt_run(r, ff)
            if size:
                r.font.size = Pt(size)


def table(d, rows, header_fmt="b", style="Table Grid", size=None, widths=None):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    if style:
        t.style = style
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            items = val if isinstance(val, list) else [val]
            if i == 0 and header_fmt:
                items = [(x, header_fmt) if isinstance(x, str) else x for x in items]
            cell_paras(c, items, size=size)
            if widths:
                c.width = Cm(widths[j])
    return t


def numbered_heading(d, text, level=1, num_id=5):
    p = d.add_heading(text, level=level)
    ppr = p._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    ilvl = OxmlElement("w:ilvl")
    ilvl.set(qn("w:val"), "0")
    nid = OxmlElement("w:numId")
    nid.set(qn("w:val"), str(num_id))
    numpr.append(ilvl)
    numpr.append(nid)
    ppr.insert(0, numpr) if ppr.find(qn("w:pStyle")) is None else ppr.find(qn("w:pStyle")).addnext(numpr)
    return p


# ---------------------------------------------------------------- 217
def r217():
    """POD MI, Flemish AMIF desk. Kick-off of the network, 2016. NL with a French summary."""
    fn = "217_pod_startvergadering_netwerk.docx"
    d = new_doc("Calibri", 11, header=TAGLINE)
    para(d, "POD Maatschappelijke Integratie – Cel AMIF", "grey", size=9)
    para(d, "Verslag netwerkvergadering AMIF – OCMW's", "b", size=14)
    para(d, "Datum: donderdag 13 oktober 2016 (10u00 – 15u30)")
    para(d, "Plaats: POD MI, Koning Albert II-laan 30, 1000 Brussel – vergaderzaal 6e verdieping")
    para(d, "Verslag: Lien De Wilde")
    para(d, "")
    para(d, "Aanwezig: Lien De Wilde en Koen Verhaeghe (POD MI), Sofie Claeys en Bart Van Damme (OCMW Gent), "
            "Nathalie Renard (CPAS Luik), Karim El Ouardi (CPAS Charleroi), Els Peeters (OCMW Antwerpen) en "
            "Anne-Sophie Dumont (OCMW Brussel).")
    para(d, "Verontschuldigd: Véronique Lambot (CPAS Charleroi) en Hilde Janssens (OCMW Antwerpen).")
    para(d, "")
    para(d, "Agenda", "b")
    for line in ["a. Verwelkoming en kennismaking",
                 "b. Voorstelling van de vijf projecten",
                 "c. Rapportering aan de POD: timing en indicatoren",
                 "d. Werking van het netwerk in 2017",
                 "e. Varia"]:
        para(d, line, space_after=0)
    d.add_heading("A. Verwelkoming en kennismaking", level=2)
    para(d, "Koen Verhaeghe verwelkomt iedereen op de POD. Het is de eerste keer dat de vijf OCMW's met een "
            "AMIF-project samen rond de tafel zitten. De projecten zijn in 2015 of begin 2016 gestart. Het netwerk "
            "moet een plaats worden om ervaringen uit te wisselen, niet enkel om te rapporteren. Er wordt afgesproken "
            "dat de vergaderingen afwisselend bij een OCMW plaatsvinden en dat het verslag in het Nederlands en het "
            "Frans verspreid wordt.")
    para(d, "Na een korte tafelronde blijkt dat de meeste aanwezigen nog maar enkele maanden aan het project werken.")
    d.add_heading("B. Voorstelling van de projecten", level=2)
    para(d, [("Gent", "b"), (" – Sofie Claeys stelt het Gentse traject voor: intakegesprek, individuele "
            "trajectbegeleiding en groepsmodules rond taalactivering en wonen. Tot nu toe zijn 46 deelnemers "
            "ingestapt, vooral mannen tussen 25 en 45 jaar. De doorverwijzing door de maatschappelijk werkers loopt "
            "nog stroef.", "")])
    para(d, [("Luik", "b"), (" – Nathalie Renard toont het Luikse project met vier modules (individuele begeleiding, "
            "taalatelier, creatief atelier, informatica). Elke deelnemer tekent drie contracten: met de "
            "maatschappelijk werker, met de intaker en met de verantwoordelijke van de module.", "")])
    para(d, [("Charleroi", "b"), (" – Karim El Ouardi: via de sociale antennes werden bijna 800 mogelijke deelnemers "
            "opgelijst, 240 werden uitgenodigd op een infosessie en 85 kwamen opdagen. ", ""),
             ("[cijfers module 2 nog aan te vullen – K.V.]", "")])
    para(d, [("Antwerpen", "b"), (" – in afwezigheid van Hilde toont Els Peeters enkele slides. Antwerpen werkt samen "
            "met de partner-OCMW's Schoten, Edegem en Mortsel; de partners verwijzen door naar de groepsmodules in "
            "Antwerpen.", "")])
    para(d, [("Brussel", "b"), (" – Anne-Sophie Dumont: tweetalige groepen zijn niet evident. Er wordt gewerkt met "
            "aparte FR- en NL-groepen en met een intercultureel bemiddelaar die ook als sociaal tolk optreedt.", "")])
    d.add_heading("C. Rapportering", level=2)
    para(d, "Koen licht de rapportering toe. Elk OCMW bezorgt twee keer per jaar een inhoudelijk verslag en een "
            "financieel overzicht. Voor de indicatoren is er nog veel onduidelijkheid: tellen we deelnemers die na de "
            "intake afhaken mee of niet? Er wordt voorgesteld om een gezamenlijke definitie af te spreken.")
    para(d, "→ Actie K.V. en S.C.: voorstel van gezamenlijke indicatoren uitwerken tegen eind november.")
    para(d, "→ Actie alle OCMW's: contactgegevens van de projectverantwoordelijke bezorgen aan de POD.")
    d.add_heading("D. Het netwerk in 2017", level=2)
    para(d, "Voorstel: drie bijeenkomsten per jaar, telkens bij een ander OCMW, met een inhoudelijk thema (bv. intake, "
            "groepsdynamiek, evaluatie met de deelnemers). Gent is kandidaat voor de eerste uitwisseling van 2017. "
            "Er komt geen simultaanvertaling: iedereen spreekt zijn eigen taal en we helpen elkaar.")
    d.add_heading("E. Varia", level=2)
    para(d, "Nathalie vraagt of de presentaties gedeeld kunnen worden. Geen bezwaar.")
    para(d, "→ Actie L.D.W.: presentaties en aanwezigheidslijst doorsturen naar alle deelnemers.")
    para(d, "")
    para(d, "Volgende netwerkvergadering: in het voorjaar van 2017, bij OCMW Gent.", "b")
    d.add_heading("Résumé en français", level=2)
    para(d, "Première réunion du réseau des CPAS qui ont un projet FAMI, au SPP IS. Chaque CPAS a présenté son projet "
            "(Gand, Liège, Charleroi, Anvers avec ses partenaires, Bruxelles). Le SPP a expliqué le rapportage ; une "
            "proposition d'indicateurs communs sera faite par Koen Verhaeghe et Sofie Claeys. Chaque CPAS transmet "
            "les coordonnées de son responsable de projet au SPP. Les présentations seront envoyées par Lien De Wilde. "
            "Prochaine réunion : printemps 2017 à Gand.", "i")
    d.save(os.path.join(HERE, fn))
    return {
        "file": fn,
        "languages": ["nl", "fr"],
        "online": False,
        "interpretation": False,
        "date": "2016-10-13",
        "people": [
            ["Lien De Wilde", "Present", "SPP"],
            ["Koen Verhaeghe", "Present", "SPP"],
            ["Sofie Claeys", "Present", "GENT"],
            ["Bart Van Damme", "Present", "GENT"],
            ["Nathalie Renard", "Present", "LIEGE"],
            ["Karim El Ouardi", "Present", "CHARLEROI"],
            ["Els Peeters", "Present", "ANTWERPEN"],
            ["Anne-Sophie Dumont", "Present", "BRUXELLES"],
            ["Véronique Lambot", "Excused", "CHARLEROI"],
            ["Hilde Janssens", "Excused", "ANTWERPEN"],
        ],
        "agenda": [
            [None, None, "Verwelkoming en kennismaking"],
            [None, None, "Voorstelling van de vijf projecten"],
            [None, None, "Rapportering aan de POD: timing en indicatoren"],
            [None, None, "Werking van het netwerk in 2017"],
            [None, None, "Varia"],
        ],
        "headings": [
            ["A", "Verwelkoming en kennismaking"],
            ["B", "Voorstelling van de projecten"],
            ["C", "Rapportering"],
            ["D", "Het netwerk in 2017"],
            ["E", "Varia"],
            ["", "Résumé en français"],
        ],
        "actions": [
            ["Several Network Contacts", ["Koen Verhaeghe", "Sofie Claeys"], None,
             "voorstel van gezamenlijke indicatoren uitwerken"],
            ["CPAS", [], None, "contactgegevens van de projectverantwoordelijke bezorgen aan de POD"],
            ["Network Contact", ["Lien De Wilde"], None,
             "presentaties en aanwezigheidslijst doorsturen naar alle deelnemers"],
        ],
        "next_meeting": {"date": None,
                         "text": "Volgende netwerkvergadering: in het voorjaar van 2017, bij OCMW Gent."},
        "remarks": ["[cijfers module 2 nog aan te vullen – K.V.]"],
    }


# ---------------------------------------------------------------- 218
def r218():
    """OCMW Gent project worker, writes a report once a year. Exchange hosted in Gent, 2017."""
    fn = "218_ocmw_gent_uitwisseling_maart.docx"
    d = new_doc("Arial", 10)
    para(d, "verslag AMIF uitwisseling Gent 21/03/2017", "b", size=13)
    para(d, "Locatie: OCMW Gent, Onderbergen 86, zaal 2 (gelijkvloers)")
    para(d, "")
    para(d, "Aanwezig:", "u", space_after=0)
    for line in ["OCMW Gent: Bart Van Damme (coördinator AMIF), Sofie Claeys, Mieke (stagiaire)",
                 "POD MI: Lien De Wilde",
                 "CPAS Luik: Nathalie Renard, Jean-Marc Hoste",
                 "CPAS Charleroi: Karim El Ouardi, Véronique Lambot",
                 "OCMW Antwerpen: Hilde Janssens"]:
        para(d, line, space_after=0)
    para(d, "Verontschuldigd: Anne-Sophie Dumont (Brussel), Koen Verhaeghe (POD)")
    para(d, "")
    para(d, [("We begonnen om 10u met koffie en koekjes. Daarna overliepen we de agenda: ", ""),
             ("rondleiding", "b"), (", ", ""), ("werking van de trajectbegeleiding in Gent", "b"), (", ", ""),
             ("stand van zaken per OCMW", "b"), (" en ", ""), ("de tevredenheidsenquête", "b"),
             (". Na de middag was er nog tijd voor ", ""), ("vragen en feedback", "b"), (".", "")])
    para(d, "Rondleiding", "b")
    para(d, "Bart gaf een rondleiding in het gebouw: onthaal, de lokalen voor de groepsmodules en het computerlokaal "
            "dat we delen met de dienst werk. De collega's van Luik vonden het lokaal voor de taalactivering klein "
            "voor 12 personen (klopt).")
    para(d, "Hoe werkt de trajectbegeleiding in Gent?", "b")
    para(d, "Sofie legde het traject uit. Elke deelnemer heeft eerst een intakegesprek met haar of met Bart. Daarin "
            "maken we samen een oriëntatiebalans: wat wil de persoon, wat zijn de drempels (taal, kinderopvang, "
            "gezondheid…), welke modules passen. Daarna volgt begeleiding om de twee weken en minstens één "
            "groepsmodule.")
    para(d, "Modules nu: taalactivering (2x per week), 'wegwijs in Gent' (infosessies over wonen, mobiliteit, bank "
            "en verzekeringen), een kookatelier en sinds januari een fietsles voor vrouwen. De fietsles is een succes, "
            "er is al een wachtlijst.")
    para(d, "Instroom 2016: 58 deelnemers, waarvan 21 vrouwen. 9 mensen zijn na de intake niet meer gekomen. ")
    para(d, "Stand van zaken", "b")
    para(d, "Luik: Nathalie en Jean-Marc hebben een nieuwe animator voor het creatief atelier. Het informatica-atelier "
            "zit vol. Ze werken met drie contracten per deelnemer, dat helpt voor de aanwezigheid.")
    para(d, "Charleroi: Karim vertelde over de infosessies voor de nieuwe module. Van de uitgenodigde mensen kwam maar "
            "ongeveer een derde. Ze proberen nu de maatschappelijk werkers zelf mee te laten komen naar de infosessie.")
    para(d, "Antwerpen: Hilde: de partners (Schoten, Edegem, Mortsel) verwijzen nog weinig door, vooral Mortsel. "
            "Er is een overleg met de partners gepland in april.")
    para(d, "Brussel was er niet, geen nieuws.")
    para(d, "Wat loopt goed?", "b")
    for line in ["- intensief contact met de deelnemers, bijna elke dag",
                 "- de groep: mensen helpen elkaar, ook buiten de les",
                 "- samenwerking met de sociale diensten is beter dan vorig jaar (Gent, Luik)"]:
        para(d, line, space_after=0)
    para(d, "")
    para(d, "Wat kan beter?", "b")
    for line in ["- deelnemers verwittigen als een les niet doorgaat (sms werkt beter dan een brief)",
                 "- uurroosters: nieuwe en oude deelnemers door elkaar is soms moeilijk",
                 "- de administratie voor uitstappen duurt lang, dus vroeger plannen"]:
        para(d, line, space_after=0)
    para(d, "")
    para(d, "De tevredenheidsenquête: te moeilijk?", "b")
    para(d, "Iedereen vindt de enquête van de POD te moeilijk voor onze doelgroep. Woorden als 'zelfredzaamheid' of "
            "'verwachtingen' begrijpen de deelnemers niet. In Charleroi gebruiken ze al een versie met pictogrammen. "
            "Lien begrijpt de opmerkingen, maar de enquête is dezelfde voor alle projecten. Vraag om de enquête ook in "
            "het Arabisch en het Dari te hebben. Misschien ook de tevredenheidsenquete mondeling afnemen?")
    para(d, "Vragen en feedback", "b")
    para(d, "Luik vond vooral de fietsles interessant.  Charleroi vraagt of ze in het najaar eens mogen meevolgen met "
            "een intake in Gent.")
    para(d, "Foto's van de rondleiding worden nog toegevoegd.", "i")
    para(d, "Volgende bijeenkomst: ergens in juni, in Luik.")
    para(d, "")
    para(d, "Afspraken", "b")
    for line in ["1. Presentatie trajectbegeleiding doorsturen naar iedereen – Sofie",
                 "2. Vertaling van de enquête in Arabisch en Dari navragen – Lien (POD)",
                 "3. Versie van de enquête met pictogrammen delen – Charleroi",
                 "4. Cijfers instroom 2016 bezorgen aan de POD tegen 15/4 – iedereen",
                 "5. Datum volgende bijeenkomst vastleggen met Luik – de coördinator",
                 "6. Intake laten meevolgen door collega's Charleroi – Sofie/Bart"]:
        para(d, line, space_after=2)
    d.save(os.path.join(HERE, fn))
    return {
        "file": fn,
        "languages": ["nl"],
        "online": False,
        "interpretation": False,
        "date": "2017-03-21",
        "people": [
            ["Bart Van Damme", "Present", "GENT"],
            ["Sofie Claeys", "Present", "GENT"],
            ["Mieke", "Present", "GENT"],
            ["Lien De Wilde", "Present", "SPP"],
            ["Nathalie Renard", "Present", "LIEGE"],
            ["Jean-Marc Hoste", "Present", "LIEGE"],
            ["Karim El Ouardi", "Present", "CHARLEROI"],
            ["Véronique Lambot", "Present", "CHARLEROI"],
            ["Hilde Janssens", "Present", "ANTWERPEN"],
            ["Anne-Sophie Dumont", "Excused", "BRUXELLES"],
            ["Koen Verhaeghe", "Excused", "SPP"],
        ],
        "agenda": [
            [None, None, "rondleiding"],
            [None, None, "werking van de trajectbegeleiding in Gent"],
            [None, None, "stand van zaken per OCMW"],
            [None, None, "de tevredenheidsenquête"],
            [None, None, "vragen en feedback"],
        ],
        "headings": [
            ["", "Rondleiding"],
            ["", "Hoe werkt de trajectbegeleiding in Gent?"],
            ["", "Stand van zaken"],
            ["", "Wat loopt goed?"],
            ["", "Wat kan beter?"],
            ["", "De tevredenheidsenquête: te moeilijk?"],
            ["", "Vragen en feedback"],
            ["", "Afspraken"],
        ],
        "actions": [
            ["Network Contact", ["Sofie Claeys"], None, "Presentatie trajectbegeleiding doorsturen naar iedereen"],
            ["Network Contact", ["Lien De Wilde"], None, "Vertaling van de enquête in Arabisch"],
            ["CPAS", [], "CHARLEROI", "Versie van de enquête met pictogrammen delen"],
            ["CPAS", [], None, "Cijfers instroom 2016 bezorgen aan de POD"],
            ["Network Contact", ["Bart Van Damme"], None, "Datum volgende bijeenkomst vastleggen met Luik"],
            ["Several Network Contacts", ["Sofie Claeys", "Bart Van Damme"], None,
             "Intake laten meevolgen door collega's Charleroi"],
        ],
        "next_meeting": {"date": None, "text": "Volgende bijeenkomst: ergens in juni, in Luik."},
        "remarks": ["Foto's van de rondleiding worden nog toegevoegd."],
    }


# ---------------------------------------------------------------- 219
def r219():
    """OCMW Antwerpen project coordinator, local overleg with partner OCMW's Schoten, Edegem, Mortsel, 2018."""
    fn = "219_ocmw_antwerpen_partneroverleg.docx"
    d = new_doc("Calibri", 11)
    para(d, "Partneroverleg AMIF – OCMW Antwerpen en partners Schoten, Edegem, Mortsel", "b", size=13)
    para(d, "Verslag van het overleg van dinsdag 5 juni 2018, 13u30 – 16u15")
    para(d, "Plaats: OCMW Antwerpen, Lange Gasthuisstraat 39, lokaal 1.12")
    para(d, "Deelnemers", "b")
    table(d, [
        ["Naam", "Organisatie", "Aanwezig?"],
        ["Els Peeters", "OCMW Antwerpen – projectcoördinator", "ja"],
        ["Hilde Janssens", "OCMW Antwerpen", "ja"],
        ["Dirk Mertens", "OCMW Schoten", "ja"],
        ["Greet Van Looy", "OCMW Edegem", "ja"],
        ["Yasmina Amrani", "OCMW Mortsel", "ja"],
        ["Koen Verhaeghe", "POD MI (vanaf 14u30)", "ja"],
        ["Tom Wouters", "OCMW Mortsel", "verontschuldigd"],
        ["Nadia Benali", "OCMW Schoten", "verontschuldigd"],
    ], widths=[4.5, 7, 3.5])
    para(d, "")
    para(d, "Agenda", "b")
    table(d, [
        ["Uur", "Punt"],
        ["13u30 – 13u45", "Welkom en goedkeuring vorig verslag"],
        ["13u45 – 14u30", "Stand van zaken per partner"],
        ["14u30 – 15u00", "Doorverwijzing door de maatschappelijk werkers"],
        ["15u00 – 15u15", "Pauze"],
        ["15u15 – 16u00", "Rapportering POD en financiële opvolging"],
        ["16u00", "Varia"],
    ], widths=[3.5, 11.5])
    numbered_heading(d, "Welkom en goedkeuring vorig verslag")
    para(d, "Els verwelkomt iedereen. Het verslag van 13 maart wordt goedgekeurd met één correctie: Edegem had "
            "7 deelnemers in het najaar, niet 5.")
    numbered_heading(d, "Stand van zaken per partner")
    para(d, [("Antwerpen: ", "b"), ("34 deelnemers in de groepsmodules, 12 nieuwe sinds maart. De module 'wegwijs in "
            "Antwerpen' wordt vanaf september opgesplitst in een groep beginners en een groep gevorderden.", "")])
    para(d, [("Schoten: ", "b"), ("4 deelnemers doorverwezen, 3 zijn gestart. Het vervoer naar Antwerpen blijft een "
            "probleem (tram + bus, meer dan een uur).", "")])
    para(d, [("Edegem: ", "b"), ("7 deelnemers. Greet begeleidt zelf 2 mensen individueel omdat zij de groep in "
            "Antwerpen niet kunnen combineren met de kinderopvang.", "")])
    para(d, [("Mortsel: ", "b"), ("Yasmina is nieuw sinds april en neemt over van Tom (deeltijds afwezig). ", ""),
             ("Cijfers Mortsel eerste semester nog aan te vullen.", "red")])
    numbered_heading(d, "Doorverwijzing")
    para(d, "De maatschappelijk werkers van de partners kennen het project nog te weinig. De doorverwijsfiche is te "
            "lang (4 blz.). Voorstel: de fiche inkorten tot 1 blz. met de belangrijkste gegevens (taal, kinderopvang, "
            "mobiliteit, motivatie). Privacy: de partners sturen alleen wat nodig is; namen van deelnemers komen niet "
            "in dit verslag.")
    para(d, "Er wordt ook voorgesteld om in Schoten een infomoment te houden voor de maatschappelijk werkers van "
            "Schoten en Edegem samen.")
    numbered_heading(d, "Rapportering en financiën")
    para(d, "Koen (POD) licht de timing toe: het inhoudelijk jaarverslag moet tegen 31 augustus binnen zijn. De "
            "partners leveren hun cijfers aan Antwerpen, Antwerpen bundelt. Vraag van Edegem: kan de 0,5 VTE van de "
            "begeleider in Edegem ook ingebracht worden als personeelskost van het project? Koen kan daar vandaag niet "
            "op antwoorden.")
    numbered_heading(d, "Varia")
    para(d, "Greet stelt voor om het najaarsoverleg in Edegem te houden. Iedereen akkoord.")
    numbered_heading(d, "Actiepunten")
    table(d, [
        ["Wat", "Wie", "Tegen wanneer"],
        ["Ingekorte doorverwijsfiche rondsturen naar de sociale diensten", "H.J.", "30/06"],
        ["Cijfers eerste semester aanvullen", "OCMW Mortsel", "15/06"],
        ["Infomoment voor maatschappelijk werkers in Schoten organiseren", "Dirk + Greet", "september"],
        ["Vraag over personeelskost 0,5 VTE Edegem beantwoorden", "POD", "30/06"],
        ["Cijfers partners bundelen voor het jaarverslag", "Els", "20/08"],
        ["Vervoer Schoten–Antwerpen: oplossing zoeken (busabonnement?)", "?", ""],
        ["Zaal reserveren in Edegem", "Greet", ""],
    ], widths=[10, 3, 2.5])
    para(d, "")
    para(d, "Volgend partneroverleg: dinsdag 25 september 2018 om 13u30 in Edegem.", "b")
    d.save(os.path.join(HERE, fn))
    return {
        "file": fn,
        "languages": ["nl"],
        "online": False,
        "interpretation": False,
        "date": "2018-06-05",
        "people": [
            ["Els Peeters", "Present", "ANTWERPEN"],
            ["Hilde Janssens", "Present", "ANTWERPEN"],
            ["Dirk Mertens", "Present", "SCHOTEN"],
            ["Greet Van Looy", "Present", "EDEGEM"],
            ["Yasmina Amrani", "Present", "MORTSEL"],
            ["Koen Verhaeghe", "Present", "SPP"],
            ["Tom Wouters", "Excused", "MORTSEL"],
            ["Nadia Benali", "Excused", "SCHOTEN"],
        ],
        "agenda": [
            ["13:30", "13:45", "Welkom en goedkeuring vorig verslag"],
            ["13:45", "14:30", "Stand van zaken per partner"],
            ["14:30", "15:00", "Doorverwijzing door de maatschappelijk werkers"],
            ["15:00", "15:15", "Pauze"],
            ["15:15", "16:00", "Rapportering POD en financiële opvolging"],
            ["16:00", None, "Varia"],
        ],
        "headings": [
            ["", "Welkom en goedkeuring vorig verslag"],
            ["", "Stand van zaken per partner"],
            ["", "Doorverwijzing"],
            ["", "Rapportering en financiën"],
            ["", "Varia"],
            ["", "Actiepunten"],
        ],
        "actions": [
            ["Network Contact", ["Hilde Janssens"], None,
             "Ingekorte doorverwijsfiche rondsturen naar de sociale diensten"],
            ["CPAS", [], "MORTSEL", "Cijfers eerste semester aanvullen"],
            ["Several Network Contacts", ["Dirk Mertens", "Greet Van Looy"], None,
             "Infomoment voor maatschappelijk werkers in Schoten organiseren"],
            ["SPP", [], None, "Vraag over personeelskost 0,5 VTE Edegem beantwoorden"],
            ["Network Contact", ["Els Peeters"], None, "Cijfers partners bundelen voor het jaarverslag"],
            ["To Be Assigned", [], None, "Vervoer Schoten–Antwerpen: oplossing zoeken (busabonnement?)"],
            ["Network Contact", ["Greet Van Looy"], None, "Zaal reserveren in Edegem"],
        ],
        "next_meeting": {"date": "2018-09-25",
                         "text": "Volgend partneroverleg: dinsdag 25 september 2018 om 13u30 in Edegem."},
        "remarks": ["Cijfers Mortsel eerste semester nog aan te vullen."],
    }


# ---------------------------------------------------------------- 220
def r220():
    """Bilingual Brussels team hosts the network, 2019. FR | NL side by side under bilingual headings."""
    fn = "220_cpas_bruxelles_rencontre_bilingue.docx"
    d = new_doc("Calibri", 10, header=TAGLINE, margins=2.0)
    para(d, "Rapport rencontre CPAS – Verslag bijeenkomst OCMW's", "b", size=14, align="c")
    para(d, "28 novembre 2019 – 28 november 2019", "b", align="c")
    para(d, "CPAS de Bruxelles / OCMW Brussel – rue Haute 298a / Hoogstraat 298a, 1000 Bruxelles / Brussel", align="c")
    para(d, "Présents / Aanwezig :", "b", space_after=0)
    for line in ["Anne-Sophie Dumont (CPAS de Bruxelles / OCMW Brussel)",
                 "Pieter Vandenbroucke (CPAS de Bruxelles / OCMW Brussel)",
                 "Fatima Zahra Idrissi (CPAS de Bruxelles / OCMW Brussel)",
                 "Lien De Wilde (SPP IS / POD MI)",
                 "Marie Lejeune (SPP IS / POD MI)",
                 "Bart Van Damme (OCMW Gent / CPAS de Gand)",
                 "Nathalie Renard (CPAS de Liège / OCMW Luik)",
                 "Karim El Ouardi (CPAS de Charleroi)",
                 "Sandrine Moreau (CPAS de Binche)",
                 "Els Peeters (OCMW Antwerpen / CPAS d'Anvers)"]:
        para(d, line, style="List Bullet", space_after=0)
    para(d, "Excusés / Verontschuldigd :", "b", space_after=0)
    for line in ["Jean-Marc Hoste (CPAS de Liège / OCMW Luik)",
                 "Hilde Janssens (OCMW Antwerpen / CPAS d'Anvers)"]:
        para(d, line, style="List Bullet", space_after=0)
    para(d, "")
    para(d, "Ordre du jour / Agenda", "b", space_after=0)
    for line in ["09:30 – 10:00\tAccueil / Onthaal",
                 "10:00 – 10:45\tLe projet bruxellois / Het Brusselse project",
                 "10:45 – 11:45\tTour de table / Rondetafel",
                 "11:45 – 12:30\tProgrammation FAMI 2021-2027 / AMIF-programmatie 2021-2027",
                 "12:30\t\tLunch"]:
        para(d, line, space_after=0)

    def section(title, fr, nl, style=None):
        d.add_heading(title, level=1)
        t = d.add_table(rows=1, cols=2)
        t.style = "Table Grid"
        cell_paras(t.cell(0, 0), fr, style=style)
        cell_paras(t.cell(0, 1), [[(x, "i")] if isinstance(x, str) else x for x in nl], style=style)

    section("I. Accueil / Onthaal",
            ["Anne-Sophie Dumont accueille les participants au nom du CPAS de Bruxelles. C'est la première rencontre "
             "du réseau à Bruxelles. Le SPP remercie l'équipe pour l'organisation. Pas d'interprétation aujourd'hui : "
             "chacun parle sa langue, l'équipe bruxelloise aide si nécessaire."],
            ["Anne-Sophie Dumont verwelkomt de deelnemers namens het OCMW Brussel. Het is de eerste bijeenkomst van "
             "het netwerk in Brussel. De POD bedankt het team voor de organisatie. Geen tolken vandaag: iedereen "
             "spreekt zijn eigen taal, het Brusselse team helpt waar nodig."])
    section("II. Le projet bruxellois / Het Brusselse project",
            ["Pieter Vandenbroucke présente le projet. Le public est très varié : plus de 30 nationalités, surtout "
             "hors UE, souvent peu scolarisé. Les groupes sont organisés par langue (FR ou NL), avec une médiatrice "
             "interculturelle qui intervient aussi comme interprète sociale.",
             "Fatima Zahra Idrissi montre les pictogrammes utilisés pour les horaires et les règles de présence. Les "
             "participants signent une convention qui fixe la ponctualité et un taux de présence minimum (80 %)."],
            ["Pieter Vandenbroucke stelt het project voor. Het publiek is zeer divers: meer dan 30 nationaliteiten, "
             "vooral van buiten de EU, vaak laaggeschoold. De groepen zijn per taal (FR of NL), met een interculturele "
             "bemiddelaarster die ook als sociaal tolk optreedt.",
             "Fatima Zahra Idrissi toont de pictogrammen voor de uurroosters en de aanwezigheidsregels. De deelnemers "
             "tekenen een overeenkomst over stiptheid en een minimale aanwezigheidsgraad (80 %)."])
    section("III. Tour de table / Rondetafel",
            ["Gand : 52 participants en 2019, le module vélo pour femmes continue.",
             "Liège : nouveau module « se déplacer en ville », les trois contrats sont maintenus.",
             "Charleroi et Binche : les participants de Binche rejoignent les ateliers à Charleroi ; le transport reste "
             "un frein.",
             "Anvers : les partenaires Schoten, Edegem et Mortsel envoient plus de monde depuis la fiche courte."],
            ["Gent: 52 deelnemers in 2019, de fietsmodule voor vrouwen loopt verder.",
             "Luik: nieuwe module 'zich verplaatsen in de stad', de drie contracten blijven.",
             "Charleroi en Binche: de deelnemers uit Binche volgen de ateliers in Charleroi; vervoer blijft een drempel.",
             "Antwerpen: de partners Schoten, Edegem en Mortsel verwijzen meer door sinds de korte fiche."])
    section("IV. Programmation 2021-2027 / Programmatie 2021-2027",
            ["Marie Lejeune (SPP) explique que la proposition de règlement pour 2021-2027 prévoit des indicateurs communs : participants aux "
             "cours de langue, à l'orientation civique et à l'accompagnement personnel, et participants qui disent que "
             "l'activité les a aidés. Les CPAS craignent une charge administrative plus lourde. Le SPP rassure : les "
             "données personnelles restent au CPAS, le SPP ne reçoit que des chiffres."],
            ["Marie Lejeune (POD) legt uit dat het voorstel van verordening voor 2021-2027 gemeenschappelijke indicatoren voorziet: "
             "deelnemers aan taalcursussen, maatschappelijke oriëntatie en persoonlijke begeleiding, en deelnemers die "
             "zeggen dat de activiteit hen geholpen heeft. De OCMW's vrezen meer administratie. De POD stelt gerust: "
             "persoonsgegevens blijven bij het OCMW, de POD krijgt enkel cijfers."])
    section("V. Actions / Acties",
            ["Le SPP envoie la présentation sur la programmation 2021-2027 à tous les participants.",
             "Pieter et Fatima Zahra rassemblent les pictogrammes dans un petit document à partager.",
             "Chaque CPAS transmet ses remarques sur l'enquête de satisfaction avant le 20 décembre.",
             "Le CPAS de Binche envoie son calendrier des sorties à Charleroi."],
            ["De POD stuurt de presentatie over de programmatie 2021-2027 naar alle deelnemers.",
             "Pieter en Fatima Zahra bundelen de pictogrammen in een klein document om te delen.",
             "Elk OCMW bezorgt zijn opmerkingen over de tevredenheidsenquête voor 20 december.",
             "Het OCMW van Binche stuurt zijn kalender van de uitstappen naar Charleroi."],
            style="List Bullet")
    para(d, "")
    para(d, "Prochaine rencontre / Volgende bijeenkomst : jeudi 12 mars 2020 à Anvers / donderdag 12 maart 2020 "
            "in Antwerpen", "b")
    d.save(os.path.join(HERE, fn))
    return {
        "file": fn,
        "languages": ["fr", "nl"],
        "online": False,
        "interpretation": False,
        "date": "2019-11-28",
        "people": [
            ["Anne-Sophie Dumont", "Present", "BRUXELLES"],
            ["Pieter Vandenbroucke", "Present", "BRUXELLES"],
            ["Fatima Zahra Idrissi", "Present", "BRUXELLES"],
            ["Lien De Wilde", "Present", "SPP"],
            ["Marie Lejeune", "Present", "SPP"],
            ["Bart Van Damme", "Present", "GENT"],
            ["Nathalie Renard", "Present", "LIEGE"],
            ["Karim El Ouardi", "Present", "CHARLEROI"],
            ["Sandrine Moreau", "Present", "BINCHE"],
            ["Els Peeters", "Present", "ANTWERPEN"],
            ["Jean-Marc Hoste", "Excused", "LIEGE"],
            ["Hilde Janssens", "Excused", "ANTWERPEN"],
        ],
        "agenda": [
            ["09:30", "10:00", "Accueil / Onthaal"],
            ["10:00", "10:45", "Le projet bruxellois / Het Brusselse project"],
            ["10:45", "11:45", "Tour de table / Rondetafel"],
            ["11:45", "12:30", "Programmation FAMI 2021-2027 / AMIF-programmatie 2021-2027"],
            ["12:30", None, "Lunch"],
        ],
        "headings": [
            ["I", "Accueil / Onthaal"],
            ["II", "Le projet bruxellois / Het Brusselse project"],
            ["III", "Tour de table / Rondetafel"],
            ["IV", "Programmation 2021-2027 / Programmatie 2021-2027"],
            ["V", "Actions / Acties"],
        ],
        "actions": [
            ["SPP", [], None, "Le SPP envoie la présentation sur la programmation"],
            ["Several Network Contacts", ["Pieter Vandenbroucke", "Fatima Zahra Idrissi"], None,
             "Pieter et Fatima Zahra rassemblent les pictogrammes"],
            ["CPAS", [], None, "Chaque CPAS transmet ses remarques sur l'enquête"],
            ["CPAS", [], "BINCHE", "Le CPAS de Binche envoie son calendrier"],
        ],
        "next_meeting": {"date": "2020-03-12",
                         "text": "Prochaine rencontre / Volgende bijeenkomst : jeudi 12 mars 2020 à Anvers / "
                                 "donderdag 12 maart 2020 in Antwerpen"},
        "remarks": [],
    }


# ---------------------------------------------------------------- 221
def r221():
    """CPAS Charleroi, written by someone new in the job. Zoom meeting with two interpreters, June 2020."""
    fn = "221_cpas_charleroi_reunion_zoom.docx"
    d = new_doc("Times New Roman", 12)
    para(d, "CPAS de Charleroi – Service Action Migrants", size=10)
    para(d, "")
    para(d, "Compte-rendu de la réunion du réseau FAMI", "bu", size=14)
    para(d, "Date : jeudi 18 juin 2020, de 10h à 12h30")
    para(d, "Lieu : réunion en ligne (Zoom), lien envoyé par le SPP")
    para(d, "Rédaction : Aurélie Gilson (je remplace Véronique Lambot depuis le 1er mai, n'hésitez pas à me "
            "corriger !)")
    para(d, "")
    para(d, "Personnes présentes :", space_after=0)
    for line in ["- Mme Aurélie Gilson, CPAS de Charleroi",
                 "- M. Karim El Ouardi, CPAS de Charleroi",
                 "- Mme Sandrine Moreau, CPAS de Binche",
                 "- Mme Lien De Wilde et M. Koen Verhaeghe, SPP Intégration Sociale",
                 "- Mme Nathalie Renard, CPAS de Liège",
                 "- M. Bart Van Damme et Mme Sofie Claeys, CPAS de Gand",
                 "- Mme Els Peeters, CPAS d'Anvers",
                 "- Mme Anne-Sophie Dumont et M. Pieter Vandenbroucke, CPAS de Bruxelles",
                 "- Mme Catherine Vanhove et M. Olivier Dethier, interprètes"]:
        para(d, line, space_after=0)
    para(d, "Excusé : M. Jean-Marc Hoste (CPAS de Liège)")
    para(d, "La réunion s'est faite sur Zoom avec une traduction simultanée français-néerlandais assurée par les deux "
            "interprètes. Il y a eu quelques problèmes de son au début (Gand n'entendait pas le canal néerlandais), "
            "réglé après 10 minutes.")
    para(d, "L'ordre du jour était le suivant : tour de table COVID, reprise des activités de groupe, l'enquête de "
            "satisfaction, le rapport annuel et divers.")
    para(d, "")
    para(d, "1) Tour de table COVID", "bu")
    para(d, "Charleroi : les activités collectives sont arrêtées depuis le 16 mars. On garde le contact par téléphone "
            "et WhatsApp avec la plupart des participants. Le coaching individuel a repris au bureau depuis le 2 juin, "
            "sur rendez-vous.")
    para(d, "Binche : même situation, quelques participants n'ont plus de crédit sur leur téléphone, difficile de les "
            "joindre.")
    para(d, "Liège : appels chaque semaine, envoi de petits exercices de français par courrier.")
    para(d, "Gand : ils ont commencé des groupes de 4 participants + 1 accompagnateur depuis le 8 juin, dehors quand "
            "il fait beau.")
    para(d, "Anvers : café linguistique en ligne, mais beaucoup de participants n'ont pas d'ordinateur ni assez de "
            "data. (à compléter par Anvers : chiffres du café en ligne)")
    para(d, "Bruxelles : suivi par téléphone, la médiatrice interculturelle appelle dans la langue du participant.")
    para(d, "2) Reprise des activités de groupe", "bu")
    para(d, "Chez nous et à Liège la règle est 3 participants + 1 formateur. Gand travaille avec 4 + 1. Le SPP rappelle "
            "que chaque CPAS suit les règles de sa commune et du fédéral, il n'y a pas de règle FAMI spécifique. "
            "On risque d'avoir des règles différentes partout, donc c'est utile de savoir ce que font les autres.")
    para(d, "Chaque CPAS envoie à Lien De Wilde ses règles pour les groupes (nombre de participants, masques, local) "
            "pour le 30 juin.")
    para(d, "3) Enquête de satisfaction", "bu")
    para(d, "Rappel : l'enquête est trop difficile pour notre public. Pour le moment on ne peut pas la faire en groupe. "
            "Proposition de Gand : la faire par téléphone avec un interprète social ? Pas évident. M. Verhaeghe va "
            "demander si l'enquête peut être traduite en arabe, en dari et en tigrinya.")
    para(d, "4. Rapport annuel 2019", "bu")
    para(d, "Le délai est prolongé à cause du COVID.")
    para(d, "Tous : rentrer le rapport annuel 2019 au SPP pour le 15 septembre au plus tard.")
    para(d, "5) Divers", "bu")
    para(d, "Les sorties d'été sont annulées sauf si la situation s'améliore. Mme Moreau et moi on prépare une fiche "
            "commune pour les sorties de septembre, si elles peuvent avoir lieu.")
    para(d, "")
    para(d, "Prochaine réunion : le mardi 22 septembre 2020 à 10h, sur Zoom.")
    para(d, "Merci à tous et bonne santé !")
    para(d, "Aurélie")
    d.save(os.path.join(HERE, fn))
    return {
        "file": fn,
        "languages": ["fr"],
        "online": True,
        "interpretation": True,
        "date": "2020-06-18",
        "people": [
            ["Aurélie Gilson", "Present", "CHARLEROI"],
            ["Karim El Ouardi", "Present", "CHARLEROI"],
            ["Sandrine Moreau", "Present", "BINCHE"],
            ["Lien De Wilde", "Present", "SPP"],
            ["Koen Verhaeghe", "Present", "SPP"],
            ["Nathalie Renard", "Present", "LIEGE"],
            ["Bart Van Damme", "Present", "GENT"],
            ["Sofie Claeys", "Present", "GENT"],
            ["Els Peeters", "Present", "ANTWERPEN"],
            ["Anne-Sophie Dumont", "Present", "BRUXELLES"],
            ["Pieter Vandenbroucke", "Present", "BRUXELLES"],
            ["Catherine Vanhove", "Present", None],
            ["Olivier Dethier", "Present", None],
            ["Jean-Marc Hoste", "Excused", "LIEGE"],
        ],
        "agenda": [
            [None, None, "tour de table COVID"],
            [None, None, "reprise des activités de groupe"],
            [None, None, "l'enquête de satisfaction"],
            [None, None, "le rapport annuel"],
            [None, None, "divers"],
        ],
        "headings": [
            ["1", "Tour de table COVID"],
            ["2", "Reprise des activités de groupe"],
            ["3", "Enquête de satisfaction"],
            ["4", "Rapport annuel 2019"],
            ["5", "Divers"],
        ],
        "actions": [
            ["CPAS", [], None, "Chaque CPAS envoie à Lien De Wilde"],
            ["Network Contact", ["Koen Verhaeghe"], None, "M. Verhaeghe va demander si l'enquête"],
            ["CPAS", [], None, "rentrer le rapport annuel 2019 au SPP"],
            ["Several Network Contacts", ["Sandrine Moreau", "Aurélie Gilson"], None,
             "Mme Moreau et moi on prépare une fiche"],
        ],
        "next_meeting": {"date": "2020-09-22", "text": "Prochaine réunion : le mardi 22 septembre 2020 à 10h, sur Zoom."},
        "remarks": ["(à compléter par Anvers : chiffres du café en ligne)"],
    }


# ---------------------------------------------------------------- 222
def r222():
    """POD MI Flemish desk, Teams meeting Feb 2021; the interpreters only appear in a thank-you."""
    fn = "222_pod_netwerkvergadering_teams.docx"
    d = new_doc("Calibri", 11, header=TAGLINE)
    para(d, "POD Maatschappelijke Integratie – AMIF-netwerk OCMW's", "grey", size=9)
    para(d, "Verslag netwerkvergadering (online)", "b", size=15)
    para(d, "Dinsdag 9 februari 2021, 10u00 – 12u30, Microsoft Teams")
    para(d, "Aanwezig waren Lien De Wilde, Koen Verhaeghe en Marie Lejeune van de POD, Bart Van Damme en Sofie Claeys "
            "voor Gent, Nathalie Renard en Jean-Marc Hoste voor Luik, Aurélie Gilson voor Charleroi, Els Peeters voor "
            "Antwerpen en Pieter Vandenbroucke voor Brussel.")
    para(d, "Karim El Ouardi (Charleroi) en Anne-Sophie Dumont (Brussel) hadden zich verontschuldigd.")
    para(d, "Agenda", "b", space_after=0)
    for line in ["10u00\tWelkom en technische afspraken",
                 "10u10\tTerugblik 2020: wat heeft corona met de projecten gedaan?",
                 "11u00\tDe nieuwe AMIF-periode 2021-2027",
                 "11u45\tIndicatoren: wat moeten we meten?",
                 "12u20\tRondvraag"]:
        para(d, line, space_after=0)
    d.add_heading("Wat heeft corona met de projecten gedaan?", level=1)
    para(d, "Koen opent en vraagt iedereen om de micro uit te zetten als je niet spreekt. Daarna een korte terugblik "
            "per OCMW. Rode draad: 2020 was een jaar van bellen, WhatsApp en kleine groepen. Alle projecten zagen "
            "minder nieuwe instroom, vooral in het voorjaar.")
    para(d, "Gent haalde 41 deelnemers (tegenover 63 in 2019), maar met weinig afhakers: de kleine groepen van 4 + 1 "
            "werken goed voor de groepssfeer. Luik heeft het informatica-atelier omgevormd tot hulp bij online "
            "administratie (afspraken maken, formulieren van de mutualiteit…), dat blijkt erg nodig. Charleroi werkt "
            "sinds september met groepen van 6 + 1 in een grotere zaal. Antwerpen: het online taalcafé bereikte vooral "
            "jongere deelnemers; de partners hebben nauwelijks kunnen doorverwijzen. Brussel heeft de mediatoren "
            "ingezet om mensen wegwijs te maken in de coronamaatregelen in hun eigen taal.")
    d.add_heading("Wat verandert er in 2021-2027?", level=1)
    para(d, "Marie licht de nieuwe verordening toe. De huidige projecten lopen nog tot eind 2021; de vraag is of een "
            "verlenging mogelijk is zodat er geen gat valt tussen beide periodes. De nieuwe oproep wordt ten vroegste "
            "in het najaar verwacht. Inhoudelijk blijft sociale activering van nieuwkomers centraal, maar met meer "
            "nadruk op meetbare resultaten.")
    d.add_heading("Wat moeten we meten?", level=1)
    para(d, "De Europese Commissie werkt met gemeenschappelijke output- en resultaatindicatoren: onder meer het aantal "
            "deelnemers aan taalcursussen, aan maatschappelijke oriëntatie en aan persoonlijke begeleiding, en het "
            "aantal deelnemers dat zegt dat de activiteit hielp bij hun integratie. Discussie: onze projecten geven geen "
            "taalcursussen in strikte zin (taalactivering), tellen die dan mee? Nathalie wijst erop dat de "
            "tevredenheidsenquête nu al te moeilijk is; als de resultaatindicator daarop steunt, moet de enquête "
            "eenvoudiger.")
    para(d, "Iedereen is het erover eens dat persoonsgegevens bij het OCMW blijven; naar de POD gaan alleen "
            "geaggregeerde cijfers.")
    d.add_heading("Rondvraag", level=1)
    para(d, "De POD wil in de nieuwsbrief een getuigenis van een deelnemer (met toestemming). Pieter meldt dat Brussel "
            "vanaf maart een nieuwe medewerker heeft. We sloten af om 12u40, iets later dan gepland – met dank aan de "
            "tolken voor het extra kwartier.")
    para(d, "(slides van Luik worden nog toegevoegd)", "i")
    para(d, "Volgende vergadering: dinsdag 8 juni 2021 om 10u, opnieuw via Teams.", "b")
    d.add_heading("Actiepunten", level=1)
    for line in ["Verslag en presentaties rondsturen – L.D.W.",
                 "Overzicht van de gemeenschappelijke indicatoren in FR en NL bezorgen – K.V.",
                 "Nagaan of taalactivering meetelt als taalcursus – K.V.",
                 "Aantal deelnemers per module 2020 doorsturen, ook wie online volgde – iedereen",
                 "Nagaan of een verlenging tot eind 2022 mogelijk is – POD",
                 "Ervaringen met het online taalcafé op papier zetten – Antwerpen",
                 "Getuigenis deelnemer voor de nieuwsbrief zoeken – B.V.D. en N.R."]:
        para(d, line, style="List Number")
    d.save(os.path.join(HERE, fn))
    return {
        "file": fn,
        "languages": ["nl"],
        "online": True,
        "interpretation": True,
        "date": "2021-02-09",
        "people": [
            ["Lien De Wilde", "Present", "SPP"],
            ["Koen Verhaeghe", "Present", "SPP"],
            ["Marie Lejeune", "Present", "SPP"],
            ["Bart Van Damme", "Present", "GENT"],
            ["Sofie Claeys", "Present", "GENT"],
            ["Nathalie Renard", "Present", "LIEGE"],
            ["Jean-Marc Hoste", "Present", "LIEGE"],
            ["Aurélie Gilson", "Present", "CHARLEROI"],
            ["Els Peeters", "Present", "ANTWERPEN"],
            ["Pieter Vandenbroucke", "Present", "BRUXELLES"],
            ["Karim El Ouardi", "Excused", "CHARLEROI"],
            ["Anne-Sophie Dumont", "Excused", "BRUXELLES"],
        ],
        "agenda": [
            ["10:00", None, "Welkom en technische afspraken"],
            ["10:10", None, "Terugblik 2020: wat heeft corona met de projecten gedaan?"],
            ["11:00", None, "De nieuwe AMIF-periode 2021-2027"],
            ["11:45", None, "Indicatoren: wat moeten we meten?"],
            ["12:20", None, "Rondvraag"],
        ],
        "headings": [
            ["", "Wat heeft corona met de projecten gedaan?"],
            ["", "Wat verandert er in 2021-2027?"],
            ["", "Wat moeten we meten?"],
            ["", "Rondvraag"],
            ["", "Actiepunten"],
        ],
        "actions": [
            ["Network Contact", ["Lien De Wilde"], None, "Verslag en presentaties rondsturen"],
            ["Network Contact", ["Koen Verhaeghe"], None, "Overzicht van de gemeenschappelijke indicatoren in FR"],
            ["Network Contact", ["Koen Verhaeghe"], None, "Nagaan of taalactivering meetelt als taalcursus"],
            ["CPAS", [], None, "Aantal deelnemers per module 2020 doorsturen"],
            ["SPP", [], None, "Nagaan of een verlenging tot eind 2022"],
            ["CPAS", [], "ANTWERPEN", "Ervaringen met het online taalcafé"],
            ["Several Network Contacts", ["Bart Van Damme", "Nathalie Renard"], None,
             "Getuigenis deelnemer voor de nieuwsbrief zoeken"],
        ],
        "next_meeting": {"date": "2021-06-08",
                         "text": "Volgende vergadering: dinsdag 8 juni 2021 om 10u, opnieuw via Teams."},
        "remarks": ["(slides van Luik worden nog toegevoegd)"],
    }


# ---------------------------------------------------------------- 223
def r223():
    """CPAS de Liège, first report by a new staff member. Network day in Liège, Sept 2022."""
    fn = "223_cpas_liege_rencontre_reseau.docx"
    d = new_doc("Arial", 10.5)
    para(d, "CPAS de Liège – Projet FAMI", size=9)
    para(d, "Rencontre du réseau FAMI des CPAS", "b", size=14, align="c")
    para(d, "Mardi 27 septembre 2022 – CPAS de Liège, Place Saint-Jacques 13, salle du 2e étage", align="c")
    para(d, "Rapport rédigé par Julie Marchal (c'est mon premier rapport, soyez indulgents svp)", "i")
    para(d, "Étaient présents : Mme Nathalie Renard, M. Jean-Marc Hoste et Mme Julie Marchal (CPAS de Liège), "
            "Mme Aurélie Gilson (CPAS de Charleroi), Mme Sandrine Moreau (CPAS de Binche), M. Bart Van Damme et "
            "Mme Sofie Claeys (CPAS de Gand), Mme Els Peeters (CPAS d'Anvers), M. Dirk Mertens (CPAS de Schoten), "
            "Mme Fatima Zahra Idrissi (CPAS de Bruxelles), Mme Marie Lejeune et M. Koen Verhaeghe (SPP IS), ainsi "
            "que M. Youssef Hamdi de l'asbl Passerelles, invité.")
    para(d, "Étaient excusés : Mme Lien De Wilde (SPP IS) et M. Pieter Vandenbroucke (CPAS de Bruxelles).")
    para(d, "La réunion s'est déroulée en français, nos collègues flamands ont eu la gentillesse de suivre en français.")
    para(d, "Programme de la journée :", "b")
    table(d, [
        ["Heure", "Point"],
        ["9h30 – 10h00", "Accueil – café"],
        ["10h00 – 10h15", "Mot d'introduction du SPP"],
        ["10h15 – 11h30", "Tour de table : où en sont les projets ?"],
        ["11h30 – 12h30", "Présentation de l'asbl Passerelles"],
        ["12h30 – 13h30", "Repas"],
        ["13h30 – 15h00", "Atelier : améliorer l'enquête de satisfaction"],
    ], widths=[3.5, 11])
    para(d, "")
    para(d, "1. Introduction du SPP", "b", size=12)
    para(d, "M. Verhaeghe rappelle que les projets de la nouvelle programmation FAMI 2021-2027 ont démarré. Il présente "
            "Marie Lejeune, qui reprend le suivi des CPAS francophones. Le SPP rappelle aussi les règles de "
            "conservation : les documents du projet doivent être gardés 5 ans à partir du 31 décembre de l'année du "
            "dernier paiement. Les données personnelles des participants ne doivent pas être gardées plus longtemps "
            "que nécessaire.")
    para(d, "2. Où en sont les projets ?", "b", size=12)
    para(d, "Liège : les modules ont repris en septembre, 3 groupes. Nouveauté : un module « se déplacer en ville » "
            "avec le TEC. Les trois contrats (AS, entretien d'admission, module) sont maintenus.")
    para(d, "Charleroi : 2 groupes ont redémarré. Le recrutement par les antennes sociales reste difficile, beaucoup "
            "d'invités ne viennent pas à la séance d'info. (chiffres de Charleroi à compléter)")
    para(d, "Binche : Mme Moreau explique que les participants de Binche vont maintenant directement aux ateliers à "
            "Charleroi, le trajet est remboursé.")
    para(d, "Gand : beaucoup de nouveaux arrivants ukrainiens depuis le printemps, liste d'attente pour le module de "
            "langue. Ils ont engagé une personne qui parle ukrainien et russe.")
    para(d, "Anvers et Schoten : collaboration plus forte avec les partenaires, Schoten envoie maintenant une dizaine de "
            "personnes par module.")
    para(d, "Bruxelles : Mme Idrissi présente les nouveaux horaires, équilibrés entre anciens et nouveaux "
            "participants.")
    para(d, "3. Qui est Passerelles ?", "b", size=12)
    para(d, "M. Hamdi présente l'asbl Passerelles, qui fait de l'accompagnement vers la formation pour des personnes "
            "primo-arrivantes peu scolarisées. Ils travaillent déjà avec le CPAS de Liège pour la fin de parcours "
            "(orientation vers une formation ou l'ISP). Plusieurs CPAS sont intéressés par leur méthode de « portfolio "
            "de compétences ».")
    para(d, "4. Comment améliorer l'enquête de satisfaction ?", "b", size=12)
    para(d, "En petits groupes, on a repris les questions de l'enquête une par une. Résultats :", space_after=0)
    for line in ["• trop de mots abstraits (« autonomie », « attentes », « épanouissement »)",
                 "• échelle de 1 à 5 pas claire, préférer des smileys (3 choix)",
                 "• besoin de versions en arabe, dari, tigrinya, ukrainien",
                 "• pas de questions sur des sujets sensibles (violence, santé) dans une enquête de groupe"]:
        para(d, line, space_after=0)
    para(d, "Le SPP trouve les propositions intéressantes, tout en rappelant le lien avec les indicateurs européens.")
    para(d, "5. Divers", "b", size=12)
    para(d, "Gand propose d'accueillir la réunion du printemps.")
    para(d, "Actions", "b")
    for line in ["Envoyer la présentation de Passerelles à tous les CPAS (Julie)",
                 "Proposer une version en langage simple de l'enquête (SPP)",
                 "Tester la nouvelle version de l'enquête avec un groupe (CPAS de Gand)",
                 "Vérifier le budget pour les interprètes sociaux (J.-M. Hoste)",
                 "Réfléchir à une sortie commune au printemps (tous)"]:
        para(d, line, style="List Bullet", space_after=0)
    para(d, "")
    para(d, "Prochaine rencontre : à Bruxelles, en principe le mardi 13 décembre 2022.")
    para(d, "Liste des présences à vérifier (j'ai peut-être oublié quelqu'un)", "i")
    d.save(os.path.join(HERE, fn))
    return {
        "file": fn,
        "languages": ["fr"],
        "online": False,
        "interpretation": False,
        "date": "2022-09-27",
        "people": [
            ["Nathalie Renard", "Present", "LIEGE"],
            ["Jean-Marc Hoste", "Present", "LIEGE"],
            ["Julie Marchal", "Present", "LIEGE"],
            ["Aurélie Gilson", "Present", "CHARLEROI"],
            ["Sandrine Moreau", "Present", "BINCHE"],
            ["Bart Van Damme", "Present", "GENT"],
            ["Sofie Claeys", "Present", "GENT"],
            ["Els Peeters", "Present", "ANTWERPEN"],
            ["Dirk Mertens", "Present", "SCHOTEN"],
            ["Fatima Zahra Idrissi", "Present", "BRUXELLES"],
            ["Marie Lejeune", "Present", "SPP"],
            ["Koen Verhaeghe", "Present", "SPP"],
            ["Youssef Hamdi", "Present", None],
            ["Lien De Wilde", "Excused", "SPP"],
            ["Pieter Vandenbroucke", "Excused", "BRUXELLES"],
        ],
        "agenda": [
            ["09:30", "10:00", "Accueil – café"],
            ["10:00", "10:15", "Mot d'introduction du SPP"],
            ["10:15", "11:30", "Tour de table : où en sont les projets ?"],
            ["11:30", "12:30", "Présentation de l'asbl Passerelles"],
            ["12:30", "13:30", "Repas"],
            ["13:30", "15:00", "Atelier : améliorer l'enquête de satisfaction"],
        ],
        "headings": [
            ["1", "Introduction du SPP"],
            ["2", "Où en sont les projets ?"],
            ["3", "Qui est Passerelles ?"],
            ["4", "Comment améliorer l'enquête de satisfaction ?"],
            ["5", "Divers"],
            ["", "Actions"],
        ],
        "actions": [
            ["Network Contact", ["Julie Marchal"], None, "Envoyer la présentation de Passerelles à tous"],
            ["SPP", [], None, "Proposer une version en langage simple"],
            ["CPAS", [], "GENT", "Tester la nouvelle version de l'enquête"],
            ["Network Contact", ["Jean-Marc Hoste"], None, "Vérifier le budget pour les interprètes sociaux"],
            ["CPAS", [], None, "Réfléchir à une sortie commune au printemps"],
        ],
        "next_meeting": {"date": "2022-12-13",
                         "text": "Prochaine rencontre : à Bruxelles, en principe le mardi 13 décembre 2022."},
        "remarks": ["(chiffres de Charleroi à compléter)",
                    "Liste des présences à vérifier (j'ai peut-être oublié quelqu'un)"],
    }


# ---------------------------------------------------------------- 224
def r224():
    """OCMW Gent hosts, Dec 2023. NL report; Charleroi's update pasted in French as they sent it."""
    fn = "224_ocmw_gent_bijeenkomst_december.docx"
    d = new_doc("Calibri", 11)
    hp = d.sections[0].header.paragraphs[0]
    hp.add_run("Stad Gent – OCMW Gent | AMIF-project").font.size = Pt(8)
    para(d, "Verslag bijeenkomst OCMW's – AMIF-netwerk", "b", size=16)
    para(d, "Donderdag 14 december 2023 – Gent, Administratief Centrum Zuid, Woodrow Wilsonplein 1 (zaal Zuid 3)")
    para(d, "Wie was er?", "b")
    table(d, [
        ["Organisatie", "Aanwezig"],
        ["OCMW Gent", "Sofie Claeys, Tarik Bensaïd, Mieke De Smet"],
        ["POD MI", "Marie Lejeune (netwerkcoördinator), Koen Verhaeghe"],
        ["CPAS Luik", "Nathalie Renard, Julie Marchal"],
        ["CPAS Charleroi", "Aurélie Gilson"],
        ["OCMW Antwerpen", "Els Peeters, Hilde Janssens"],
        ["OCMW Brussel", "Pieter Vandenbroucke, Fatima Zahra Idrissi"],
    ], widths=[4, 11])
    para(d, "Verontschuldigd: Bart Van Damme (Gent, met verlof), Jean-Marc Hoste (Luik), Karim El Ouardi (Charleroi).")
    para(d, "De vergadering verliep in het Nederlands en het Frans door elkaar, zonder tolken.")
    para(d, "Agenda", "b", space_after=0)
    for line in ["10.00 u – Welkom en kennismaking nieuwe collega's",
                 "10.15 u – Stand van zaken per OCMW",
                 "11.30 u – Bewaartermijnen en GDPR: wat moeten we bijhouden?",
                 "12.15 u – Eindevaluatie en tevredenheidsenquête",
                 "12.45 u – Planning 2024"]:
        para(d, line, space_after=0)
    d.add_heading("Welkom en kennismaking", level=1)
    para(d, "Sofie verwelkomt iedereen in het nieuwe gebouw. Nieuwe collega's: Tarik (trajectbegeleider Gent sinds "
            "september) en Mieke (intake Gent). Julie Marchal van Luik was al eens op het netwerk in 2022.")
    d.add_heading("Stand van zaken per OCMW", level=1)
    d.add_heading("Gent", level=2)
    para(d, "De nieuwe projectperiode is goed gestart: 37 deelnemers sinds januari, waarvan 15 vrouwen. Vooral de "
            "module 'wegwijs in Gent' loopt goed. Moeilijk: deelnemers die na 6 maanden nog geen Nederlands spreken, "
            "doorverwijzen naar werk (ISP) lukt dan niet.")
    para(d, "Actie (Gent): tevredenheidsenquête in eenvoudig Nederlands testen in januari.")
    d.add_heading("Antwerpen", level=2)
    para(d, "Els en Hilde: de partners Schoten, Edegem en Mortsel hebben dit jaar samen 26 mensen doorverwezen. Edegem "
            "organiseert nu zelf een kleine groep. Goede ervaringen met de gedeelde doorverwijsfiche van 1 blz.")
    d.add_heading("Charleroi (tekst doorgestuurd door Aurélie)", level=2)
    for line in ["Voici notre mise à jour pour le rapport :",
                 "Le module 1 de la nouvelle programmation a commencé en septembre avec 14 participants (11 femmes, "
                 "3 hommes). Le recrutement via les antennes sociales fonctionne mieux depuis que nous présentons le "
                 "projet nous-mêmes lors des réunions d'équipe des AS.",
                 "Le coaching individuel a lieu toutes les deux semaines, les ateliers découvertes une fois par semaine. "
                 "Nous avons dû annuler deux sorties socioculturelles à cause des grèves des TEC, les participants "
                 "étaient déçus.",
                 "Points à améliorer : la communication quand un atelier est annulé (nous testons un groupe WhatsApp "
                 "par module) et les délais administratifs pour réserver les sorties.",
                 "Nous enverrons notre nouveau flyer à tous les CPAS début janvier.",
                 "Bien à vous, Aurélie"]:
        para(d, line, font="Arial", size=10, space_after=4)
    d.add_heading("Luik", level=2)
    para(d, "Nathalie en Julie vertellen over de drie contracten en de nieuwe module rond mobiliteit. "
            "[Luik: tekst volgt nog]")
    d.add_heading("Brussel", level=2)
    para(d, "Pieter: de groepen zijn nu gemengd FR/NL met de mediatoren erbij, dat lukt beter dan verwacht. Fatima Zahra "
            "vraagt of andere OCMW's ervaring hebben met deelnemers die analfabeet zijn in hun eigen taal.")
    d.add_heading("Bewaartermijnen en GDPR", level=1)
    para(d, "Marie (POD) licht toe: documenten van een project met Europese middelen moeten 5 jaar bewaard worden vanaf "
            "31 december van het jaar van de laatste betaling. Maar persoonsgegevens niet langer dan nodig, en een "
            "deelnemer mag altijd vragen om alles te zien wat over hem of haar wordt bijgehouden. Elk OCMW blijft "
            "eigenaar van de gegevens van zijn deelnemers; de POD ziet geen namen.")
    para(d, "Discussie: sommige OCMW's bewaren intakeverslagen 10 jaar, andere vernietigen ze na het traject. Er is nood "
            "aan een overzicht.")
    para(d, "Actie: de coördinator stuurt het overzicht van de bewaartermijnen naar alle OCMW's.")
    para(d, "Actie: iedereen kijkt na hoe lang deelnemersdossiers nu bewaard worden.")
    d.add_heading("Eindevaluatie en tevredenheidsenquête", level=1)
    para(d, "De nieuwe versie van de enquête met smileys is beter, maar nog steeds lang. Gent test in januari een versie "
            "in eenvoudig Nederlands (zie hoger). Voorstel om ook de oriëntatiebalans aan het einde van het traject "
            "opnieuw te bekijken met de deelnemer.")
    para(d, "Actie: Sofie en Tarik maken een korte handleiding over de oriëntatiebalans bij het einde van een traject.")
    d.add_heading("Planning 2024", level=1)
    para(d, "Drie bijeenkomsten zoals altijd. Brussel wil in het voorjaar ontvangen.")
    para(d, "Actie (wie?): planning 2024 opmaken en rondsturen naar alle partners.")
    para(d, "")
    para(d, "Volgende bijeenkomst: voorjaar 2024 in Brussel.", "b")
    para(d, "Nog aan te vullen: opmerkingen van Antwerpen bij het punt over GDPR.", "yellow")
    d.save(os.path.join(HERE, fn))
    return {
        "file": fn,
        "languages": ["nl", "fr"],
        "online": False,
        "interpretation": False,
        "date": "2023-12-14",
        "people": [
            ["Sofie Claeys", "Present", "GENT"],
            ["Tarik Bensaïd", "Present", "GENT"],
            ["Mieke De Smet", "Present", "GENT"],
            ["Marie Lejeune", "Present", "SPP"],
            ["Koen Verhaeghe", "Present", "SPP"],
            ["Nathalie Renard", "Present", "LIEGE"],
            ["Julie Marchal", "Present", "LIEGE"],
            ["Aurélie Gilson", "Present", "CHARLEROI"],
            ["Els Peeters", "Present", "ANTWERPEN"],
            ["Hilde Janssens", "Present", "ANTWERPEN"],
            ["Pieter Vandenbroucke", "Present", "BRUXELLES"],
            ["Fatima Zahra Idrissi", "Present", "BRUXELLES"],
            ["Bart Van Damme", "Excused", "GENT"],
            ["Jean-Marc Hoste", "Excused", "LIEGE"],
            ["Karim El Ouardi", "Excused", "CHARLEROI"],
        ],
        "agenda": [
            ["10:00", None, "Welkom en kennismaking nieuwe collega's"],
            ["10:15", None, "Stand van zaken per OCMW"],
            ["11:30", None, "Bewaartermijnen en GDPR: wat moeten we bijhouden?"],
            ["12:15", None, "Eindevaluatie en tevredenheidsenquête"],
            ["12:45", None, "Planning 2024"],
        ],
        "headings": [
            ["", "Welkom en kennismaking"],
            ["", "Stand van zaken per OCMW"],
            ["", "Gent"],
            ["", "Antwerpen"],
            ["", "Charleroi (tekst doorgestuurd door Aurélie)"],
            ["", "Luik"],
            ["", "Brussel"],
            ["", "Bewaartermijnen en GDPR"],
            ["", "Eindevaluatie en tevredenheidsenquête"],
            ["", "Planning 2024"],
        ],
        "actions": [
            ["CPAS", [], "GENT", "tevredenheidsenquête in eenvoudig Nederlands testen in januari"],
            ["CPAS", [], "CHARLEROI", "Nous enverrons notre nouveau flyer à"],
            ["Network Contact", ["Marie Lejeune"], None, "de coördinator stuurt het overzicht van de bewaartermijnen"],
            ["CPAS", [], None, "iedereen kijkt na hoe lang deelnemersdossiers"],
            ["Several Network Contacts", ["Sofie Claeys", "Tarik Bensaïd"], None,
             "Sofie en Tarik maken een korte handleiding"],
            ["To Be Assigned", [], None, "planning 2024 opmaken en rondsturen"],
        ],
        "next_meeting": {"date": None, "text": "Volgende bijeenkomst: voorjaar 2024 in Brussel."},
        "remarks": ["[Luik: tekst volgt nog]",
                    "Nog aan te vullen: opmerkingen van Antwerpen bij het punt over GDPR."],
    }


# ---------------------------------------------------------------- 225
def r225():
    """OCMW Mortsel, partner of Antwerpen; writes the partner overleg report when it is their turn. Webex 2025."""
    fn = "225_ocmw_mortsel_partneroverleg_webex.docx"
    d = new_doc("Verdana", 10)
    para(d, "Verslag partneroverleg AMIF 18/03/2025 (Webex)", "b", size=11)
    para(d, "Aanwezig: Els (Antwerpen), Yasmina Amrani en ikzelf (Tom Wouters) voor Mortsel, Dirk Mertens en Nadia voor "
            "Schoten, Greet (Edegem). Verontschuldigd: Hilde Janssens (Antwerpen).")
    para(d, "Agenda: 1. opvolging acties vorige keer 2. instroom en wachtlijst 3. nieuwe tevredenheidsenquête "
            "4. wat na 2027? 5. varia")
    para(d, "Els had de Webex gestart, Greet kon eerst niet binnen (oude link), vandaar dat we om 14u10 begonnen ipv 14u.")
    para(d, "Over de acties van vorige keer: de doorverwijsfiche is aangepast en iedereen gebruikt ze nu. Het "
            "busabonnement voor de deelnemers uit Schoten is goedgekeurd door het Vast Bureau. De vraag over de "
            "personeelskosten is nog altijd niet beantwoord door de POD, Els vraagt het nog eens na bij de POD.")
    para(d, "Instroom: Antwerpen zit vol tot juni, er is een wachtlijst van 19 mensen, waarvan 6 uit de "
            "partnergemeenten. Schoten heeft 8 mensen die wachten. Voorstel van Nadia om voor de wachtenden al een "
            "infosessie 'wonen en huren' te doen in Schoten zelf, iedereen akkoord. Nadia en Dirk organiseren die "
            "infosessie in april. Een tolk Tigrinya zoeken voor die infosessie: nog niemand. Schoten bezorgt de "
            "wachtlijstcijfers aan Els voor eind maart. Cijfers Edegem nog niet ontvangen, vul ik aan als ze er zijn.")
    para(d, "Nieuwe tevredenheidsenquête: de POD heeft de nieuwe versie met smileys gestuurd (NL, FR, EN, Arabisch). "
            "Greet test ze met de groep van dinsdag. Yasmina vindt ze nog te lang voor mensen die niet kunnen lezen, "
            "misschien mondeling afnemen met de mediator?")
    para(d, "Wat na 2027? Niemand weet het. Els zegt dat de POD pas in 2026 meer zal weten over de volgende "
            "programmatie. We moeten wel nu al nadenken hoe we de partners erbij houden, zeker Mortsel en Edegem met "
            "hun kleine aantallen. Een deelnemer uit Mortsel vroeg of ze na haar traject nog mag langskomen voor de "
            "uitstappen, dat zou mooi zijn.")
    para(d, "Varia: Dirk gaat met pensioen in september!! Nadia neemt over.")
    para(d, "Ik stuur dit verslag ook naar Hilde.")
    para(d, "")
    para(d, "Volgende keer: 17 juni, 14u, bij ons in Mortsel (live!)")
    para(d, "")
    para(d, "Tom")
    d.save(os.path.join(HERE, fn))
    return {
        "file": fn,
        "languages": ["nl"],
        "online": True,
        "interpretation": False,
        "date": "2025-03-18",
        "people": [
            ["Els", "Present", "ANTWERPEN"],
            ["Yasmina Amrani", "Present", "MORTSEL"],
            ["Tom Wouters", "Present", "MORTSEL"],
            ["Dirk Mertens", "Present", "SCHOTEN"],
            ["Nadia", "Present", "SCHOTEN"],
            ["Greet", "Present", "EDEGEM"],
            ["Hilde Janssens", "Excused", "ANTWERPEN"],
        ],
        "agenda": [
            [None, None, "opvolging acties vorige keer"],
            [None, None, "instroom en wachtlijst"],
            [None, None, "nieuwe tevredenheidsenquête"],
            [None, None, "wat na 2027?"],
            [None, None, "varia"],
        ],
        "headings": [],
        "actions": [
            ["Network Contact", ["Els"], None, "Els vraagt het nog eens na"],
            ["Several Network Contacts", ["Nadia", "Dirk Mertens"], None, "Nadia en Dirk organiseren die infosessie"],
            ["To Be Assigned", [], None, "Een tolk Tigrinya zoeken voor die infosessie"],
            ["CPAS", [], "SCHOTEN", "Schoten bezorgt de wachtlijstcijfers aan Els"],
            ["Network Contact", ["Greet"], None, "Greet test ze met de groep van dinsdag"],
            ["Network Contact", ["Tom Wouters"], None, "Ik stuur dit verslag ook naar Hilde"],
        ],
        "next_meeting": {"date": "2025-06-17", "text": "Volgende keer: 17 juni, 14u, bij ons in Mortsel (live!)"},
        "remarks": ["Cijfers Edegem nog niet ontvangen, vul ik aan als ze er zijn."],
    }


# ---------------------------------------------------------------- 226
def r226():
    """Bilingual Brussels team, Teams meeting Jan 2026 with interpretation channel; FR with NL summary."""
    fn = "226_cpas_bruxelles_reunion_teams.docx"
    d = new_doc("Calibri", 10.5, header=TAGLINE)
    para(d, "CPAS DE BRUXELLES – OCMW BRUSSEL", "b", size=9)
    para(d, "Rapport de la rencontre du réseau FAMI (en ligne)", "b", size=14)
    para(d, "Jeudi 22 janvier 2026 – 9h30-12h30 – Microsoft Teams")
    para(d, "Réunion Teams avec interprétation simultanée FR/NL (canal d'interprétation Teams), assurée par deux "
            "interprètes du SPP.")
    para(d, "Participants", "b")
    table(d, [
        ["Organisation", "Présents", "Excusés"],
        ["CPAS de Bruxelles / OCMW Brussel", "Anne-Sophie Dumont, Pieter Vandenbroucke, Fatima Zahra Idrissi", "–"],
        ["SPP IS / POD MI", "Marie Lejeune, Koen Verhaeghe", "Lien De Wilde"],
        ["CPAS de Gand / OCMW Gent", "Sofie Claeys, Tarik Bensaïd", "–"],
        ["CPAS de Liège", "Julie Marchal", "Nathalie Renard"],
        ["CPAS de Charleroi (+ Binche)", "Aurélie Gilson, Sandrine Moreau (CPAS de Binche)", "–"],
        ["CPAS d'Anvers / OCMW Antwerpen", "Els Peeters", "Hilde Janssens"],
        ["Partenaires d'Anvers", "Nadia Benali (Schoten), Yasmina Amrani (Mortsel)", "Greet Van Looy (Edegem)"],
    ], size=9.5, widths=[5, 7, 4])
    para(d, "")
    para(d, "Ordre du jour", "b", space_after=0)
    for line in ["9h30 – 9h45 : Ouverture et nouvelles têtes",
                 "9h45 – 10h45 : Bilan 2025 par CPAS",
                 "10h45 – 11h00 : pause",
                 "11h00 – 11h45 : Indicateurs communs : résultats 2025",
                 "11h45 – 12h15 : Conservation des documents après la fin du projet",
                 "12h15 – 12h30 : Divers et clôture"]:
        para(d, line, space_after=0)
    para(d, "")
    para(d, "1. OUVERTURE ET NOUVELLES TÊTES", "b")
    para(d, "Anne-Sophie ouvre la réunion. Tarik Bensaïd (Gand) et Nadia Benali (Schoten, elle reprend le dossier de "
            "Dirk Mertens parti à la pension) se présentent.")
    para(d, "2. BILAN 2025 PAR CPAS", "b")
    para(d, "Bruxelles : 96 participants en 2025, groupes mixtes FR/NL avec les médiatrices. Gand : 88 participants, "
            "beaucoup de personnes ukrainiennes et afghanes. Liège : les trois contrats restent la base ; le module "
            "mobilité est devenu permanent. Charleroi et Binche : le groupe WhatsApp par module a réduit les absences "
            "quand un atelier est annulé. Anvers et partenaires : liste d'attente de plus de 20 personnes au printemps.")
    para(d, "Les chiffres d'Anvers seront ajoutés dès réception.", "blue")
    para(d, "3. INDICATEURS COMMUNS : RÉSULTATS 2025", "b")
    para(d, "Marie présente les premiers résultats agrégés pour le réseau : 412 participants aux activités "
            "d'accompagnement, dont 268 à des activités de langue et 301 à l'orientation civique ; 71 % des "
            "participants qui ont rempli l'enquête disent que l'activité les a aidés. Question de Liège : comment "
            "compter une personne qui suit deux modules ? Réponse : une seule fois par indicateur. Les listes "
            "nominatives restent au CPAS, le SPP ne reçoit aucun nom.")
    para(d, "4. CONSERVATION DES DOCUMENTS", "b")
    para(d, "La programmation 2021-2027 touche à sa fin. Les documents doivent être conservés cinq ans à partir du "
            "31 décembre de l'année du dernier paiement (art. 82 du règlement 2021/1060). Les données personnelles : "
            "pas plus longtemps que nécessaire, et chaque participant peut demander à voir ce qu'on garde sur lui. "
            "Plusieurs CPAS demandent une note claire.")
    para(d, "5. DIVERS", "b")
    para(d, "Le CPAS de Bruxelles pense avoir encore du budget pour les interprètes sociaux jusqu'en juin. Gand propose "
            "une visite croisée entre les équipes de terrain.")
    para(d, "6. ACTIONS", "b")
    table(d, [
        ["Action", "Qui", "Quand"],
        ["Envoyer le tableau des indicateurs 2025 complété", "Tous les CPAS", "15/02"],
        ["Partager une note sur la conservation des documents", "SPP", "fin janvier"],
        ["Organiser une visite croisée Bruxelles–Gand", "A.-S.D. et S.C.", "mars"],
        ["Vérifier le montant restant pour les interprètes sociaux", "CPAS de Bruxelles", "31/01"],
        ["Proposer une date pour la rencontre de printemps", "à déterminer", "–"],
    ], size=9.5, widths=[9, 4, 3])
    para(d, "")
    para(d, "Prochaine rencontre : au printemps, en présentiel à Gand.", "b")
    para(d, "")
    para(d, "SAMENVATTING IN HET NEDERLANDS", "b")
    para(d, "Online bijeenkomst via Teams met tolken. Elk OCMW gaf een stand van zaken over 2025. De POD stelde de eerste "
            "resultaten van de gemeenschappelijke indicatoren voor (412 deelnemers, 71 % zegt dat de activiteit hielp). "
            "Documenten moeten 5 jaar bewaard worden vanaf 31 december van het jaar van de laatste betaling; de POD "
            "stuurt een nota. Alle OCMW's bezorgen hun indicatorentabel 2025 tegen 15/02. Volgende bijeenkomst: in het "
            "voorjaar in Gent.", "i")
    d.save(os.path.join(HERE, fn))
    return {
        "file": fn,
        "languages": ["fr", "nl"],
        "online": True,
        "interpretation": True,
        "date": "2026-01-22",
        "people": [
            ["Anne-Sophie Dumont", "Present", "BRUXELLES"],
            ["Pieter Vandenbroucke", "Present", "BRUXELLES"],
            ["Fatima Zahra Idrissi", "Present", "BRUXELLES"],
            ["Marie Lejeune", "Present", "SPP"],
            ["Koen Verhaeghe", "Present", "SPP"],
            ["Sofie Claeys", "Present", "GENT"],
            ["Tarik Bensaïd", "Present", "GENT"],
            ["Julie Marchal", "Present", "LIEGE"],
            ["Aurélie Gilson", "Present", "CHARLEROI"],
            ["Sandrine Moreau", "Present", "BINCHE"],
            ["Els Peeters", "Present", "ANTWERPEN"],
            ["Nadia Benali", "Present", "SCHOTEN"],
            ["Yasmina Amrani", "Present", "MORTSEL"],
            ["Lien De Wilde", "Excused", "SPP"],
            ["Nathalie Renard", "Excused", "LIEGE"],
            ["Hilde Janssens", "Excused", "ANTWERPEN"],
            ["Greet Van Looy", "Excused", "EDEGEM"],
        ],
        "agenda": [
            ["09:30", "09:45", "Ouverture et nouvelles têtes"],
            ["09:45", "10:45", "Bilan 2025 par CPAS"],
            ["10:45", "11:00", "pause"],
            ["11:00", "11:45", "Indicateurs communs : résultats 2025"],
            ["11:45", "12:15", "Conservation des documents après la fin du projet"],
            ["12:15", "12:30", "Divers et clôture"],
        ],
        "headings": [
            ["1", "OUVERTURE ET NOUVELLES TÊTES"],
            ["2", "BILAN 2025 PAR CPAS"],
            ["3", "INDICATEURS COMMUNS : RÉSULTATS 2025"],
            ["4", "CONSERVATION DES DOCUMENTS"],
            ["5", "DIVERS"],
            ["6", "ACTIONS"],
            ["", "SAMENVATTING IN HET NEDERLANDS"],
        ],
        "actions": [
            ["CPAS", [], None, "Envoyer le tableau des indicateurs 2025 complété"],
            ["SPP", [], None, "Partager une note sur la conservation des documents"],
            ["Several Network Contacts", ["Anne-Sophie Dumont", "Sofie Claeys"], None,
             "Organiser une visite croisée Bruxelles–Gand"],
            ["CPAS", [], "BRUXELLES", "Vérifier le montant restant pour les interprètes"],
            ["To Be Assigned", [], None, "Proposer une date pour la rencontre de printemps"],
        ],
        "next_meeting": {"date": None, "text": "Prochaine rencontre : au printemps, en présentiel à Gand."},
        "remarks": ["Les chiffres d'Anvers seront ajoutés dès réception."],
    }


REPORTS = [r217, r218, r219, r220, r221, r222, r223, r224, r225, r226]


def main():
    for f in REPORTS:
        e = f()
        base = e["file"][: -len(".docx")]
        with open(os.path.join(HERE, base + ".expected.json"), "w", encoding="utf-8") as fh:
            json.dump(e, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
        print("wrote", e["file"])


if __name__ == "__main__":
    main()
