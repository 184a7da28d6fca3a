# -*- coding: utf-8 -*-
"""Builds reports 667-676 (writer-bn): Dutch-speaking side and bilingual teams of the AMIF network.
Run with python (python-docx installed): python make_reports.py"""
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

GREY = "595959"
BLUE = "1F4E79"
RED = "C00000"
GREEN = "2E7D32"


# ---------------------------------------------------------------- helpers
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
    rfonts.set(qn("w:eastAsia"), font)
    return d


def style_run(r, bold=None, italic=None, color=None, size=None, underline=None):
    if bold is not None:
        r.bold = bold
    if italic is not None:
        r.italic = italic
    if underline is not None:
        r.underline = underline
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    if size:
        r.font.size = Pt(size)
    return r


def para(container, text="", style=None, align=None, space_after=None, **fmt):
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    if text:
        style_run(p.add_run(text), **fmt)
    if align is not None:
        p.alignment = align
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    return p


def mixed(container, parts, style=None, align=None):
    """parts: list of (text, fmt-dict) or plain strings."""
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    for part in parts:
        if isinstance(part, str):
            p.add_run(part)
        else:
            txt, fmt = part
            style_run(p.add_run(txt), **fmt)
    if align is not None:
        p.alignment = align
    return p


def cell_write(cell, text, **fmt):
    """Write text into the first (empty) paragraph of a cell."""
    p = cell.paragraphs[0]
    style_run(p.add_run(text), **fmt)
    return p


def cell_lines(cell, lines, **fmt):
    """One paragraph per line in a cell."""
    first = True
    for ln in lines:
        if first:
            cell_write(cell, ln, **fmt)
            first = False
        else:
            style_run(cell.add_paragraph().add_run(ln), **fmt)


def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def add_field(paragraph, instr):
    r = paragraph.add_run()
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
    r._r.append(f1)
    r._r.append(it)
    r._r.append(f2)
    r._r.append(t)
    r._r.append(f3)


def header_footer(d, header=None, footer=None, page_numbers=False, tagline=False):
    sec = d.sections[0]
    if header:
        hp = sec.header.paragraphs[0]
        style_run(hp.add_run(header), size=8, color=GREY)
        hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if tagline:
        tp = sec.header.add_paragraph()
        style_run(tp.add_run("Naar een geïntegreerd migratiebeleid, dankzij het AMIF"), italic=True, size=8,
                  color=BLUE)
        tp.add_run().add_break()
        style_run(tp.add_run("Vers une politique de migration plus intégrée, grâce au FAMI"), italic=True, size=8,
                  color=BLUE)
    fp = sec.footer.paragraphs[0]
    if footer:
        style_run(fp.add_run(footer), size=8, color=GREY)
    if page_numbers:
        if footer:
            fp.add_run("\t\t")
        style_run(fp.add_run("p. "), size=8)
        add_field(fp, "PAGE")


def page_break(d):
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def table(d, rows, widths=None, style="Table Grid", header_fill=None, bold_header=True):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    if style:
        t.style = style
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            if isinstance(val, (list, tuple)):
                cell_lines(c, val, bold=(i == 0 and bold_header) or None)
            else:
                cell_write(c, val, bold=(i == 0 and bold_header) or None)
            if i == 0 and header_fill:
                shade(c, header_fill)
            if widths:
                c.width = Cm(widths[j])
    return t


def save(d, name):
    d.save(os.path.join(HERE, name))
    print("wrote", name)


# ---------------------------------------------------------------- 667
def r667():
    """POD MI, Vlaamse cel. Hanne Verstraete. Formal, Heading styles with typed numbers."""
    d = new_doc("Arial", 10)
    header_footer(d, header="POD Maatschappelijke Integratie – AMIF-netwerk OCMW's", footer="Verslag 18/10/2016",
                  page_numbers=True, tagline=True)
    para(d, "Verslag netwerkbijeenkomst AMIF-OCMW's", bold=True, size=16, color=BLUE)
    para(d, "Dinsdag 18 oktober 2016 – OCMW Gent, vergaderzaal ‘De Brug’", bold=True)
    para(d, "Verslag: Hanne Verstraete (POD MI)", italic=True, color=GREY)

    para(d, "Aanwezig", bold=True, underline=True)
    for x in ["Hanne Verstraete (POD MI)", "Jonas Peeters (POD MI)", "Griet Van Hecke (OCMW Gent)",
              "Tarik El Ouardi (OCMW Gent)", "Els Wouters (OCMW Antwerpen)", "Nadia Bouzid (OCMW Antwerpen)",
              "Aurélie Vanderstraeten (OCMW Brussel)", "Jean-Marc Delvaux (OCMW Luik)",
              "Véronique Lejeune (OCMW Charleroi)"]:
        para(d, x, style="List Bullet")
    mixed(d, [("Verontschuldigd: ", {"bold": True, "underline": True}),
              "Amina Diallo (OCMW Luik) en Karim Haddouchi (OCMW Charleroi)."])

    para(d, "Agenda", bold=True, underline=True)
    for t, item in [("10u00 – 10u15", "Verwelkoming en kennismaking"),
                    ("10u15 – 11u00", "Stand van zaken per OCMW"),
                    ("11u00 – 11u45", "Voorstelling van het Gentse project ‘Samen Vooruit’"),
                    ("11u45 – 12u30", "Tevredenheidsenquête: eerste ervaringen"),
                    ("12u30", "Lunch")]:
        p = para(d, t + "\t" + item, space_after=0)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(3.5))
    para(d, "")

    d.add_heading("1. Verwelkoming en kennismaking", level=1)
    para(d, "Griet Van Hecke verwelkomt de collega's in Gent. Het is de eerste keer dat alle vijf OCMW's samen "
            "aan tafel zitten sinds de start van de AMIF-projecten. Iedereen stelt zich kort voor. De vergadering "
            "verloopt in het Nederlands en het Frans, zonder tolk; de slides zijn tweetalig en wie het nodig heeft, "
            "krijgt een korte samenvatting van een buur.")
    d.add_heading("2. Stand van zaken per OCMW", level=1)
    d.add_heading("2.1 OCMW Gent", level=2)
    para(d, "Het project loopt sinds september. 34 deelnemers zijn gestart, de meesten doorverwezen door de "
            "maatschappelijk werkers van de sociale diensten. Het intakegesprek duurt gemiddeld een uur; er wordt "
            "vaak een intercultureel bemiddelaar ingeschakeld.")
    d.add_heading("2.2 OCMW Antwerpen", level=2)
    para(d, "Antwerpen werkt samen met de partners Schoten, Edegem en Mortsel. De partner-OCMW's hebben elk een "
            "aanspreekpunt aangeduid. De instroom vanuit de partners is nog beperkt (6 deelnemers).")
    d.add_heading("2.3 OCMW Brussel", level=2)
    para(d, "Het Brusselse team werkt tweetalig. Groepen worden zoveel mogelijk per taal samengesteld, maar dat lukt "
            "niet altijd door het kleine aantal Nederlandstalige deelnemers.")
    d.add_heading("2.4 OCMW Luik en OCMW Charleroi", level=2)
    para(d, "Jean-Marc en Véronique geven een gezamenlijke toelichting. In Charleroi werden via de sociale antennes "
            "meer dan 1000 potentiële deelnemers opgelijst; 315 werden weerhouden voor module 1. Luik sluit drie "
            "contracten af per deelnemer (maatschappelijk werker, intake, modulebegeleider).")
    d.add_heading("3. Voorstelling van het Gentse project ‘Samen Vooruit’", level=1)
    para(d, "Tarik El Ouardi stelt de werking voor: individuele begeleiding om de twee weken, een wekelijkse "
            "groepsactiviteit en een maandelijkse uitstap. De groep voelt na enkele weken als een ‘tweede familie’. "
            "Aandachtspunt: uurroosters die wijzigen zorgen voor verwarring bij de deelnemers.")
    d.add_heading("4. Tevredenheidsenquête: eerste ervaringen", level=1)
    para(d, "Alle OCMW's vinden de huidige enquête te abstract voor de doelgroep. Woorden als ‘zelfredzaamheid’ "
            "of ‘competentie’ worden niet begrepen. Er wordt beslist om een vereenvoudigde versie te testen, "
            "eventueel met pictogrammen.")
    d.add_heading("5. Afspraken", level=1)
    for x in ["Griet bezorgt de presentatie van ‘Samen Vooruit’ aan het POD MI.",
              "Het POD MI stuurt de presentaties samen met dit verslag door naar alle deelnemers.",
              "Alle OCMW's bezorgen vóór 30 november hun opmerkingen over de tevredenheidsenquête aan Hanne.",
              "Els en Tarik werken een voorstel uit voor een eenvoudigere versie van de enquête (met pictogrammen).",
              "OCMW Luik: vertaling van de enquête naar het Arabisch en het Dari nagaan."]:
        para(d, x, style="List Bullet")
    d.add_heading("6. Varia", level=1)
    para(d, "Geen punten.")
    mixed(d, [("Volgende bijeenkomst: ", {"bold": True}), "dinsdag 14 februari 2017 in Antwerpen (uitnodiging volgt)."])
    save(d, "667_netwerk-gent-2016.docx")


# ---------------------------------------------------------------- 668
def r668():
    """OCMW Antwerpen + partners. Bram Janssens, projectmedewerker. Bold lines, people table, action table."""
    d = new_doc("Calibri", 11)
    header_footer(d, header="OCMW Antwerpen – AMIF-project – intern", footer="overleg partners 21-03-2017")
    p = para(d, "Ontwerpversie – Els, kan jij dit nog nalezen voor ik het rondstuur?", italic=True, color=RED)
    para(d, "Overleg AMIF-partners regio Antwerpen", bold=True, size=14)
    mixed(d, [("Datum: ", {"bold": True}), "21/03/2017, 14u – 16u30"])
    mixed(d, [("Plaats: ", {"bold": True}), "OCMW Antwerpen, campus Zuid, zaal 2.14"])
    para(d, "")
    table(d, [["Organisatie", "Aanwezig", "Verontschuldigd"],
              ["OCMW Antwerpen", ["Els Wouters", "Bram Janssens", "Nadia Bouzid"], "–"],
              ["OCMW Schoten", "Wim Van Dyck", "–"],
              ["OCMW Edegem", "An Mertens", "Joke Verhaegen"],
              ["OCMW Mortsel", "Ruben Claes", "Fatima Ouali"],
              ["POD MI", "Jonas Peeters", "–"]], widths=[4, 6, 5], header_fill="D9E2F3")
    para(d, "")
    para(d, "Op de agenda stonden: de instroom bij de partners, de nieuwe intakeprocedure, de gezamenlijke uitstap "
            "in mei en de rapportering aan het POD MI.")

    para(d, "Instroom bij de partners", bold=True)
    para(d, "Schoten heeft 3 deelnemers doorverwezen, Edegem 2, Mortsel 4. Vooral in Edegem is het moeilijk om "
            "maatschappelijk werkers warm te maken: ze kennen het project te weinig. Wim merkt op dat veel cliënten "
            "de verplaatsing naar Antwerpen te ver vinden.")
    para(d, "Het idee is om één keer per maand een infomoment te houden in het OCMW van de partner zelf. "
            "Jonas vindt dat een goed voorstel en ziet geen probleem voor de subsidiëring.")
    para(d, "Nieuwe intakeprocedure", bold=True)
    para(d, "Nadia licht de nieuwe werkwijze toe: eerst een kort kennismakingsgesprek bij de eigen maatschappelijk "
            "werker, daarna het intakegesprek met oriëntatiebalans in Antwerpen. De flyer die de deelnemer krijgt "
            "is nog te moeilijk geschreven.")
    para(d, "Uitstap mei", bold=True)
    para(d, "Voorstel: bezoek aan het Red Star Line Museum, met picknick. De deelnemers van de vier OCMW's gaan samen. "
            "Mortsel heeft goede contacten met een busmaatschappij.")
    para(d, "Rapportering POD MI", bold=True)
    para(d, "Het POD MI heeft de cijfers per trimester nodig. Antwerpen bundelt sinds januari de cijfers van de partners. "
            "Er is een vraag of de vervoerskosten van deelnemers (tram, bus) terugbetaald kunnen worden.")
    para(d, "Varia", bold=True)
    para(d, "An is vanaf juni met zwangerschapsverlof; haar vervanging is al geregeld (Joke neemt over).")

    para(d, "Actiepunten", bold=True)
    table(d, [["Wat", "Wie", "Tegen"],
              ["Lijst met doorverwijzers bijwerken en terugsturen naar Bram", "alle OCMW's", "7/4"],
              ["Flyer intake in eenvoudig Nederlands herschrijven", "Nadia en An", "eind april"],
              ["Bus reserveren voor de uitstap naar het Red Star Line Museum", "OCMW Mortsel", "asap"],
              ["Cijfers eerste trimester doorsturen aan POD MI", "Bram", "15/4"],
              ["Vraag over terugbetaling vervoerskosten voorleggen aan de AMIF-cel", "POD MI", "volgend overleg"],
              ["Een locatie zoeken voor het volgende overleg", "nog te bepalen", ""]],
          widths=[9, 4, 3], header_fill="E2EFDA")
    para(d, "")
    para(d, "Volgend overleg: juni, datum via Doodle.")
    save(d, "668_overleg-antwerpen-partners.docx")


# ---------------------------------------------------------------- 669
def r669():
    """CPAS de Bruxelles / OCMW Brussel, bilingual team. Aurélie Vanderstraeten. Side by side FR | NL."""
    d = new_doc("Calibri", 10)
    sec = d.sections[0]
    sec.left_margin = Cm(1.8)
    sec.right_margin = Cm(1.8)
    header_footer(d, header="CPAS de Bruxelles – OCMW Brussel | Cellule FAMI / AMIF-cel", page_numbers=True,
                  footer="Rapport / Verslag 07.06.2018")
    para(d, "Rapport rencontre CPAS – Verslag bijeenkomst OCMW's", bold=True, size=15,
         align=WD_ALIGN_PARAGRAPH.CENTER)
    para(d, "Jeudi 7 juin 2018 – Donderdag 7 juni 2018", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    para(d, "CPAS de Bruxelles, salle du Conseil / OCMW Brussel, Raadzaal", italic=True,
         align=WD_ALIGN_PARAGRAPH.CENTER)
    para(d, "")
    para(d, "Présents / Aanwezig :", bold=True)
    for x in ["CPAS de Bruxelles / OCMW Brussel : Aurélie Vanderstraeten, Mehdi Amrani, Sarah Lambrechts, Kevin Mukendi",
              "SPP IS / POD MI : Céline Marchal, Hanne Verstraete",
              "OCMW Gent : Tarik El Ouardi",
              "OCMW Antwerpen : Nadia Bouzid",
              "CPAS de Liège : Laurence Henrard",
              "CPAS de Charleroi : Karim Haddouchi",
              "CPAS de Binche : Stéphanie Lambot"]:
        para(d, x, space_after=0)
    para(d, "")
    mixed(d, [("Excusés / Verontschuldigd : ", {"bold": True}),
              "Griet Van Hecke (OCMW Gent), Wim Van Dyck (OCMW Schoten)"])
    para(d, "Ordre du jour / Agenda", bold=True)
    for x in ["Accueil / Onthaal",
              "Le projet bruxellois en deux langues / Het Brusselse project in twee talen",
              "Interprétation sociale et médiateurs interculturels / Sociaal tolken en interculturele bemiddelaars",
              "Actions à suivre / Actiepunten"]:
        para(d, x, style="List Number")
    para(d, "")

    rows = [
        (("1. Accueil",
          ["Aurélie souhaite la bienvenue aux collègues. La réunion se tient dans les deux langues, sans "
           "interprétation : chacun parle sa langue et l'équipe bruxelloise aide si nécessaire."]),
         ("1. Onthaal",
          ["Aurélie verwelkomt de collega's. De vergadering verloopt in beide talen, zonder tolk: iedereen spreekt "
           "zijn eigen taal en het Brusselse team helpt waar nodig."])),
        (("2. Le projet bruxellois en deux langues",
          ["Le CPAS de Bruxelles accueille des participants francophones et néerlandophones. Les ateliers "
           "collectifs sont organisés par langue quand le groupe est assez grand (minimum 6). Sinon, Sarah anime "
           "en deux langues.",
           "Difficulté : la grille d'évaluation actuelle n'existe qu'en français et elle est trop abstraite."]),
         ("2. Het Brusselse project in twee talen",
          ["Het OCMW Brussel ontvangt Franstalige en Nederlandstalige deelnemers. De groepsateliers worden per "
           "taal georganiseerd als de groep groot genoeg is (minstens 6). Anders begeleidt Sarah tweetalig.",
           "Moeilijkheid: het huidige evaluatierooster bestaat enkel in het Frans en is te abstract."])),
        (("3. Interprétation sociale et médiateurs interculturels",
          ["Kevin présente le travail des médiateurs interculturels lors des entretiens d'admission. Gand et "
           "Anvers travaillent de la même manière. Question pour le SPP : les frais d'interprétation sociale "
           "sont-ils éligibles dans le budget FAMI ?"]),
         ("3. Sociaal tolken en interculturele bemiddelaars",
          ["Kevin stelt het werk van de interculturele bemiddelaars bij de intakegesprekken voor. Gent en "
           "Antwerpen werken op dezelfde manier. Vraag aan het POD: zijn de kosten voor sociaal tolken "
           "subsidiabel binnen het AMIF-budget?",
           "(Nederlandse vertaling nog na te lezen door Sarah)"])),
    ]
    t = d.add_table(rows=len(rows) + 1, cols=2)
    t.style = "Table Grid"
    cell_write(t.cell(0, 0), "Français", bold=True, color=BLUE)
    cell_write(t.cell(0, 1), "Nederlands", bold=True, color=BLUE)
    shade(t.cell(0, 0), "DEEAF6")
    shade(t.cell(0, 1), "DEEAF6")
    for i, (fr, nl) in enumerate(rows, start=1):
        for j, (head, paras) in enumerate((fr, nl)):
            c = t.cell(i, j)
            cell_write(c, head, bold=True)
            for x in paras:
                c.add_paragraph(x)
    # actions row
    c_fr = t.add_row().cells
    cell_write(c_fr[0], "4. Actions à suivre", bold=True)
    for x in ["Mehdi envoie la grille d'évaluation simplifiée à tous les CPAS avant le 30 juin.",
              "Le SPP IS vérifie si les frais d'interprétation sociale sont éligibles.",
              "Chaque CPAS désigne une personne de contact pour le groupe de travail « enquête ».",
              "Sarah et Kevin préparent la visite de la maison de quartier pour la prochaine rencontre."]:
        c_fr[0].add_paragraph(x, style="List Bullet")
    cell_write(c_fr[1], "4. Actiepunten", bold=True)
    for x in ["Mehdi stuurt het vereenvoudigde evaluatierooster vóór 30 juni naar alle OCMW's.",
              "Het POD MI gaat na of de kosten voor sociaal tolken subsidiabel zijn.",
              "Elk OCMW duidt een contactpersoon aan voor de werkgroep ‘enquête’.",
              "Sarah en Kevin bereiden het bezoek aan het buurthuis voor de volgende bijeenkomst voor."]:
        c_fr[1].add_paragraph(x, style="List Bullet")
    para(d, "")
    mixed(d, [("Prochaine rencontre / Volgende bijeenkomst : ", {"bold": True}),
              "jeudi 20 septembre 2018 à Charleroi / donderdag 20 september 2018 in Charleroi"])
    save(d, "669_bruxelles-bilingue.docx")


# ---------------------------------------------------------------- 670
def r670():
    """OCMW Gent, trainee Lotte De Smet. Very complete, typed '1)' headings, agenda table."""
    d = new_doc("Calibri", 11)
    header_footer(d, header="OCMW Gent – AMIF – Samen Vooruit", footer="verslag L. De Smet (stage 2019-2020)",
                  page_numbers=True)
    para(d, "Verslag netwerkdag AMIF 15/10/2019", bold=True, size=18, color=GREEN)
    para(d, "Plaats: ontmoetingscentrum ‘De Waaier’, OCMW Gent")
    para(d, "Verslag: Lotte De Smet (stagiaire maatschappelijk werk)", italic=True)
    para(d, "Er was een tolk aanwezig die consecutief vertaalde voor de Franstalige collega's (na elke spreker een "
            "samenvatting in het Frans of in het Nederlands).")
    para(d, "Aanwezigen:", bold=True)
    for x in ["Griet Van Hecke – OCMW Gent – coördinator",
              "Tarik El Ouardi – OCMW Gent – trajectbegeleider",
              "Zeynep Aydın – OCMW Gent – intercultureel bemiddelaar",
              "Lotte De Smet – OCMW Gent – stagiaire",
              "Hanne Verstraete – POD MI",
              "Els Wouters – OCMW Antwerpen – teamverantwoordelijke",
              "Bram Janssens – OCMW Antwerpen",
              "Mehdi Amrani – OCMW Brussel",
              "Laurence Henrard – OCMW Luik",
              "Giuseppe Russo – OCMW Luik",
              "Karim Haddouchi – OCMW Charleroi",
              "Marc Lefèvre – tolk"]:
        para(d, x, style="List Number")
    para(d, "Afwezig (verontschuldigd):", bold=True)
    for x in ["Céline Marchal – POD MI", "Aurélie Vanderstraeten – OCMW Brussel"]:
        para(d, x, style="List Bullet")

    para(d, "Programma van de dag:", bold=True)
    table(d, [["Uur", "Onderwerp"],
              ["9u30", "Onthaal met koffie"],
              ["10u00", "Rondvraag: hoe loopt de instroom?"],
              ["11u00", "Workshop: de oriëntatiebalans"],
              ["12u30", "Lunch"],
              ["13u30", "Bezoek aan het ontmoetingscentrum"],
              ["15u00", "Afsluiting"]], widths=[2.5, 11], header_fill="E2EFDA")
    para(d, "")

    d.add_heading("1) Onthaal", level=2)
    para(d, "Griet heette iedereen welkom in ‘De Waaier’. Ze legde uit dat de netwerkdag dit jaar in Gent is omdat "
            "het ontmoetingscentrum net vernieuwd is. Daarna was er een korte kennismakingsronde, want er waren "
            "veel nieuwe gezichten (ook ik).")
    d.add_heading("2) Rondvraag: hoe loopt de instroom?", level=2)
    para(d, "Gent: 41 deelnemers op dit moment, waarvan 12 nieuw sinds september. De maatschappelijk werkers "
            "verwijzen beter door sinds er een infomoment per sociaal huis was.")
    para(d, "Antwerpen: ", bold=True).add_run(
        "Els vertelde dat de instroom goed is in Antwerpen zelf maar minder bij de partners.")
    para(d, "Griet, kan jij de cijfers van Antwerpen nog aanvullen? Ik heb ze niet goed genoteerd.", italic=True,
         color=RED)
    para(d, "Brussel: Mehdi zei dat er een wachtlijst is voor de Nederlandstalige groep.")
    para(d, "Luik en Charleroi: Laurence en Karim vertelden dat het werken met de sociale antennes goed loopt. In "
            "Charleroi komen ongeveer 30 à 35 % van de uitgenodigde mensen naar de infosessie.")
    d.add_heading("3) Workshop: de oriëntatiebalans", level=2)
    para(d, "We werkten in kleine groepen rond de vraag wat er in een goede oriëntatiebalans moet staan. Dingen "
            "die vaak terugkwamen:")
    for x in ["het traject en de doelen van de persoon zelf",
              "de motivatie en wat de persoon tegenhoudt (drempels)",
              "welke modules passen",
              "niet te veel gevoelige info opschrijven die niet nodig is"]:
        para(d, x, style="List Bullet")
    para(d, "Luik en Charleroi hebben allebei een sjabloon dat ze willen delen.")
    d.add_heading("4) Bezoek aan het ontmoetingscentrum", level=2)
    para(d, "Zeynep gaf een rondleiding. Het atelier voor de naaigroep en de computerklas vielen erg in de smaak. "
            "(foto's voeg ik nog toe aan het verslag)")
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    d.add_heading("5) Afsluiting en afspraken", level=2)
    para(d, "Iedereen vond de dag nuttig, vooral de workshop. De volgende keer wil men meer tijd voor uitwisseling "
            "tussen de begeleiders zelf.")
    para(d, "Wat er moet gebeuren:")
    para(d, "Griet vraagt aan de dienst communicatie of de video van het project gedeeld mag worden met de andere "
            "OCMW's. Laurence (Luik) en Karim (Charleroi) sturen hun sjabloon van de oriëntatiebalans naar Griet. "
            "Het POD MI bekijkt of er een gezamenlijke opleiding over traumasensitief werken kan komen. "
            "De contactlijst van het netwerk moet nog bijgewerkt worden, maar wie dat doet is nog niet duidelijk.")
    para(d, "De volgende netwerkdag is in het voorjaar van 2020 in Brussel, de datum wordt nog afgesproken.")
    save(d, "670_netwerkdag-gent-stage.docx")


# ---------------------------------------------------------------- 671
def r671():
    """POD MI, Jonas Peeters. Zoom with interpretation. Initials + legend. NL then FR after a page break."""
    d = new_doc("Calibri", 11)
    header_footer(d, header="POD MI / SPP IS – AMIF / FAMI", footer="Verslag – Rapport 12.05.2020",
                  page_numbers=True, tagline=True)
    para(d, "Ontwerp – versie 12/05, nog niet gevalideerd door de deelnemers", italic=True, color=RED)
    para(d, "Verslag online overleg OCMW's – Rapport réunion en ligne CPAS", bold=True, size=15, color=BLUE)
    para(d, "Dinsdag 12 mei 2020 – mardi 12 mai 2020, 14u00–16u00", bold=True)
    para(d, "Via Zoom, met simultaanvertaling NL/FR (tolkenkanaal) – Via Zoom, avec interprétation simultanée NL/FR",
         italic=True)
    mixed(d, [("Aanwezig / Présents: ", {"bold": True}),
              "JP, HV, GVH, TEO, EW, NB, AV, JMD, AD, VL, SL; tolken/interprètes: ED, ML"])
    mixed(d, [("Verontschuldigd / Excusés: ", {"bold": True}), "KH, WVD"])
    para(d, "Legende / Légende", italic=True, size=9)
    legend = [("JP", "Jonas Peeters (POD MI)"), ("HV", "Hanne Verstraete (POD MI)"),
              ("GVH", "Griet Van Hecke (OCMW Gent)"), ("TEO", "Tarik El Ouardi (OCMW Gent)"),
              ("EW", "Els Wouters (OCMW Antwerpen)"), ("NB", "Nadia Bouzid (OCMW Antwerpen)"),
              ("AV", "Aurélie Vanderstraeten (OCMW Brussel / CPAS Bruxelles)"),
              ("JMD", "Jean-Marc Delvaux (CPAS Liège)"), ("AD", "Amina Diallo (CPAS Liège)"),
              ("VL", "Véronique Lejeune (CPAS Charleroi)"), ("SL", "Stéphanie Lambot (CPAS Binche)"),
              ("KH", "Karim Haddouchi (CPAS Charleroi)"), ("WVD", "Wim Van Dyck (OCMW Schoten)"),
              ("ED", "Ellen Deprez (tolk / interprète)"), ("ML", "Marc Lefèvre (tolk / interprète)")]
    t = d.add_table(rows=0, cols=2)
    for ini, full in legend:
        c = t.add_row().cells
        cell_write(c[0], ini, bold=True, size=9)
        cell_write(c[1], full, size=9)
        c[0].width = Cm(1.5)
        c[1].width = Cm(10)
    para(d, "")
    para(d, "Agenda / Ordre du jour", bold=True)
    for tm, it in [("14u00 – 14u10", "Opening en technische afspraken / Ouverture et aspects techniques"),
                   ("14u10 – 15u00", "Werking tijdens de lockdown / Fonctionnement pendant le confinement"),
                   ("15u00 – 15u40", "Groepsactiviteiten: welke regels? / Activités de groupe : quelles règles ?"),
                   ("15u40 – 16u00", "AMIF-rapportering / Rapportage FAMI")]:
        para(d, tm + "\t" + it, space_after=0)
    para(d, "")

    d.add_heading("Nederlandse versie", level=1)
    d.add_heading("1. Opening en technische afspraken", level=2)
    para(d, "Jonas opent de vergadering. Microfoons uit als je niet spreekt; kies bovenaan het tolkenkanaal "
            "in je eigen taal. Het is de eerste netwerkvergadering sinds de lockdown.")
    d.add_heading("2. Werking tijdens de lockdown", level=2)
    para(d, "Alle groepsactiviteiten liggen sinds midden maart stil. De OCMW's volgen hun deelnemers telefonisch of "
            "via WhatsApp op. Luik en Charleroi organiseren wekelijkse belrondes; in Antwerpen bellen de "
            "begeleiders om de twee weken. Veel deelnemers hebben geen laptop; sommigen volgen via de smartphone "
            "van een kind.")
    d.add_heading("3. Groepsactiviteiten en de 4+1-regel", level=2)
    para(d, "Gent herstart vanaf 2 juni met kleine groepen: 4 deelnemers + 1 begeleider, met mondmasker en vaste "
            "plaatsen. Charleroi en Luik denken eerder aan 3 + 1 omdat hun lokalen kleiner zijn. Er is geen "
            "gemeenschappelijke regel: elk OCMW volgt de regels van zijn eigen stad.")
    d.add_heading("4. AMIF-rapportering", level=2)
    para(d, "De deadlines voor de rapportering blijven behouden. Het POD begrijpt dat de cijfers van het tweede "
            "trimester laag zullen zijn. De vraag is of de projecten verlengd kunnen worden.")
    d.add_heading("5. Afspraken", level=2)
    for x in ["Actie GVH: stuurt het Gentse protocol voor groepssessies (4 + 1) naar alle deelnemers.",
              "Actie POD MI: vraagt bij de verantwoordelijke autoriteit na of de projecten verlengd kunnen worden tot eind 2021.",
              "Actie alle OCMW's: bezorgen tegen 29 mei het aantal deelnemers dat online of telefonisch opgevolgd wordt.",
              "Actie JMD en VL: delen hun ervaring met wekelijkse belrondes in een korte nota.",
              "Actie OCMW Antwerpen: informeert de partners Schoten, Edegem en Mortsel over deze afspraken."]:
        para(d, x, style="List Bullet")
    mixed(d, [("Volgende online vergadering: ", {"bold": True}), "dinsdag 16 juni 2020 om 14u (Zoom-link volgt)."])

    page_break(d)
    d.add_heading("Version française", level=1)
    d.add_heading("1. Ouverture et aspects techniques", level=2)
    para(d, "Jonas ouvre la réunion. Micros coupés quand on ne parle pas ; choisir le canal d'interprétation dans "
            "sa langue. C'est la première réunion du réseau depuis le confinement.")
    d.add_heading("2. Fonctionnement pendant le confinement", level=2)
    para(d, "Toutes les activités de groupe sont à l'arrêt depuis la mi-mars. Les CPAS suivent leurs participants "
            "par téléphone ou via WhatsApp. Liège et Charleroi organisent des tournées d'appels hebdomadaires ; à "
            "Anvers, les accompagnateurs appellent toutes les deux semaines.")
    d.add_heading("3. Activités de groupe et la règle 4+1", level=2)
    para(d, "Gand redémarre à partir du 2 juin avec de petits groupes : 4 participants + 1 formateur. Charleroi et "
            "Liège pensent plutôt à 3 + 1. Il n'y a pas de règle commune.")
    d.add_heading("4. Rapportage FAMI", level=2)
    para(d, "Les délais de rapportage sont maintenus. La question d'une prolongation des projets est posée.")
    d.add_heading("5. Actions", level=2)
    for x in ["Action GVH : envoie le protocole gantois pour les séances de groupe (4 + 1) à tous les participants.",
              "Action SPP IS : demande à l'autorité responsable si les projets peuvent être prolongés jusqu'à fin 2021.",
              "Action tous les CPAS : transmettre pour le 29 mai le nombre de participants suivis en ligne ou par téléphone.",
              "Action JMD et VL : partagent leur expérience des tournées d'appels dans une courte note.",
              "Action OCMW Antwerpen : informe les partenaires Schoten, Edegem et Mortsel."]:
        para(d, x, style="List Bullet")
    mixed(d, [("Prochaine réunion en ligne : ", {"bold": True}), "mardi 16 juin 2020 à 14h (lien Zoom suivra)."])
    save(d, "671_online-lockdown-2020.docx")


# ---------------------------------------------------------------- 672
def r672():
    """CPAS Liège, Laurence Henrard, writes in Dutch (rotation), French summary at the end. Teams."""
    d = new_doc("Verdana", 9)
    header_footer(d, header="Réseau FAMI – AMIF-netwerk", footer="CPAS de Liège – L. Henrard – 23/03/2021")
    para(d, "VERSLAG NETWERKVERGADERING AMIF", bold=True, size=13)
    para(d, "23 maart 2021 – online (Microsoft Teams)", bold=True)
    para(d, "Excuseer voor mijn Nederlands – verbeteringen zijn welkom!", italic=True, color=GREY)
    para(d, "Deze keer geen tolken: iedereen sprak zijn eigen taal en wie wilde, kon de ondertitels van Teams "
            "gebruiken.")
    para(d, "Aanwezig:", bold=True)
    for n, o in [("Laurence Henrard", "OCMW Luik"), ("Giuseppe Russo", "OCMW Luik"), ("Céline Marchal", "POD MI"),
                 ("Hanne Verstraete", "POD MI"), ("Griet Van Hecke", "OCMW Gent"), ("Zeynep Aydın", "OCMW Gent"),
                 ("Bram Janssens", "OCMW Antwerpen"), ("Ruben Claes", "OCMW Mortsel"),
                 ("Mehdi Amrani", "OCMW Brussel"), ("Isabelle Dufour", "OCMW Charleroi")]:
        p = para(d, n + "\t" + o, space_after=0)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(5))
    para(d, "")
    para(d, "Verontschuldigd:", bold=True)
    for n, o in [("Jean-Marc Delvaux", "OCMW Luik"), ("Els Wouters", "OCMW Antwerpen"),
                 ("Stéphanie Lambot", "OCMW Binche")]:
        p = para(d, n + "\t" + o, space_after=0)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(5))
    para(d, "")
    para(d, "Agenda", bold=True)
    for x in ["9u30-10u: Welkom en goedkeuring vorig verslag",
              "10u-11u: Tevredenheidsenquête – nieuwe versie met pictogrammen",
              "11u-11u45: Indicatoren nieuw AMIF-programma 2021-2027",
              "11u45-12u: Varia"]:
        para(d, x, space_after=0)
    para(d, "")

    def h(num, title):
        p = d.add_paragraph()
        style_run(p.add_run(num + "\t" + title), bold=True, size=11, color=BLUE)
        p.paragraph_format.space_before = Pt(10)

    h("I.", "Welkom en goedkeuring vorig verslag")
    para(d, "Céline opent de vergadering. Het verslag van december is goedgekeurd, met een kleine correctie bij de "
            "cijfers van Charleroi.")
    h("II.", "Tevredenheidsenquête – nieuwe versie")
    mixed(d, ["Giuseppe toont de nieuwe versie van de enquête met pictogrammen (smileys, tekeningen). Zeynep zegt "
              "dat in Gent sommige deelnemers de smileys niet begrijpen als ‘tevreden/niet tevreden’. Men moet het "
              "eerst uitleggen, eventueel met een tolk. Ook de ",
              ("bilan d'orientation", {"italic": True}),
              " (oriëntatiebalans) zou zo een eenvoudige versie moeten krijgen."])
    para(d, "De enquête bestaat nu in het Frans, Nederlands, Engels en Arabisch. Vraag naar Tigrinya en Dari.")
    h("III.", "Indicatoren AMIF 2021-2027")
    para(d, "Hanne legt uit dat de nieuwe verordening (EU) 2021/1147 gemeenschappelijke indicatoren heeft: aantal "
            "deelnemers aan taalcursussen, maatschappelijke oriëntatie, begeleiding; en hoeveel deelnemers vinden "
            "dat de activiteit geholpen heeft voor hun integratie. De OCMW's moeten dat elk jaar aan het POD "
            "bezorgen.")
    para(d, "[cijfers Brussel aanvullen]", color=RED)
    h("IV.", "Varia")
    para(d, "Mortsel start in april een nieuwe groep met 6 deelnemers, als de coronaregels het toelaten (nu 4 + 1).")
    h("V.", "Actiepunten")
    for x in ["Giuseppe past de pictogrammen aan volgens de opmerkingen van Gent.",
              "Vertaling van de enquête naar het Tigrinya en het Dari: wie? (nog te bepalen)",
              "POD MI stuurt de lijst van de gemeenschappelijke indicatoren naar alle OCMW's.",
              "Elk OCMW test de nieuwe enquête bij minstens 5 deelnemers voor eind april.",
              "Ruben en Bram bekijken samen hoe Mortsel de enquête kan afnemen met een tolk."]:
        para(d, x, style="List Number")
    para(d, "")
    para(d, "Volgende vergadering: in juni, waarschijnlijk in Charleroi als het mag (datum volgt via Doodle).",
         bold=True)
    para(d, "")
    p = d.add_paragraph()
    style_run(p.add_run("Résumé en français"), bold=True, size=11, color=BLUE)
    para(d, "Le rapport du mois de décembre est approuvé. Giuseppe a présenté la nouvelle enquête de satisfaction "
            "avec pictogrammes ; Gand signale que les smileys doivent être expliqués. Hanne a présenté les "
            "indicateurs communs du nouveau règlement FAMI 2021-2027. Actions : Giuseppe adapte les pictogrammes ; "
            "traduction en tigrinya et dari à attribuer ; le SPP envoie la liste des indicateurs ; chaque CPAS "
            "teste l'enquête auprès de 5 participants ; Ruben et Bram voient comment Mortsel peut faire l'enquête "
            "avec un interprète. Prochaine réunion en juin, date via Doodle.", italic=True)
    save(d, "672_liege-in-het-nederlands.docx")


# ---------------------------------------------------------------- 673
def r673():
    """OCMW Antwerpen, Els Wouters, team leader who rarely writes. Terse, hybrid Webex."""
    d = new_doc("Calibri", 11)
    para(d, "Partneroverleg AMIF Antwerpen – Schoten – Edegem – Mortsel", bold=True, size=13)
    para(d, "dinsdag 27/09/2022, 13u30 – 15u, Antwerpen + Webex (Schoten en Edegem online)")
    para(d, "Aanwezig: Els Wouters, Nadia Bouzid, Bram Janssens (Antwerpen); Wim Van Dyck (Schoten – via Webex); "
            "An Mertens (Edegem – via Webex); Ruben Claes, Fatima Ouali (Mortsel).")
    para(d, "Verontschuldigd: Joke Verhaegen (Edegem).")
    t = table(d, [["13u30", "Opening"],
                  ["13u35", "Cijfers instroom Q3"],
                  ["14u00", "Samenwerking met de tolkendienst"],
                  ["14u30", "Afspraken vormingsdag"],
                  ["15u00", "Einde"]], widths=[2, 10], style="Light List Accent 1", bold_header=False)
    para(d, "")
    d.add_heading("Cijfers Q3", level=1)
    para(d, "Antwerpen 28 nieuwe deelnemers, Schoten 4, Edegem 3, Mortsel nog niet doorgegeven.")
    para(d, "Meer vrouwen dan vorig jaar (± 60 %). Veel mensen uit Oekraïne sinds het voorjaar – zij zijn geen "
            "eerste doelgroep maar worden niet geweigerd.")
    d.add_heading("Tolken", level=1)
    para(d, "Sociaal tolken via telefoon werkt goed voor intake. Voor groepen te duur. Voorstel: een vaste tolk "
            "Arabisch en Dari op donderdag, als de prijs meevalt.")
    d.add_heading("Vormingsdag", level=1)
    para(d, "Thema: stress en trauma bij nieuwkomers. Datum: 8 december. Edegem heeft misschien een zaal.")
    d.add_heading("To do", level=1)
    for x in ["Cijfers Q3 Mortsel aanvullen in de gedeelde Excel → Ruben",
              "Offerte tolkendienst opvragen voor vaste tolk → Nadia + Bram",
              "Zaal voor de vormingsdag vastleggen → Edegem",
              "Lesgever voor de vormingsdag zoeken → ???",
              "Alle OCMW's: oude deelnemerslijsten opschonen volgens de bewaartermijnen"]:
        para(d, x, style="List Bullet")
    para(d, "")
    para(d, "Volgende keer: do 17/11 om 13u30 in Mortsel.", bold=True)
    para(d, "(verslag snel getypt – vul aan als ik iets vergeten ben)", italic=True, size=9)
    para(d, "Els")
    save(d, "673_partneroverleg-antwerpen-2022.docx")


# ---------------------------------------------------------------- 674
def r674():
    """CPAS Charleroi, Isabelle Dufour, asked to write both languages: alternating paragraphs FR / NL."""
    d = new_doc("Arial", 10)
    header_footer(d, header="CPAS de Charleroi – Service Action Migrants", page_numbers=True,
                  footer="Rencontre FAMI – AMIF-bijeenkomst 05/10/2023")

    def fr(text, **k):
        return para(d, text, **k)

    def nl(text, **k):
        k.setdefault("italic", True)
        k.setdefault("color", "2F5496")
        return para(d, text, **k)

    para(d, "Rencontre des CPAS FAMI – Bijeenkomst van de AMIF-OCMW's", bold=True, size=15,
         align=WD_ALIGN_PARAGRAPH.CENTER)
    para(d, "Charleroi, jeudi 5 octobre 2023 / donderdag 5 oktober 2023", align=WD_ALIGN_PARAGRAPH.CENTER)
    fr("Interprétation chuchotée (FR → NL) assurée par Ellen Deprez pour les collègues néerlandophones.")
    nl("Fluistertolken (FR → NL) door Ellen Deprez voor de Nederlandstalige collega's.")
    para(d, "")
    rows = [["Organisation / Organisatie", "Nom / Naam", "Présent / Aanwezig"],
            ["SPP IS / POD MI", "Céline Marchal", "oui / ja"],
            ["SPP IS / POD MI", "Youssef Benali", "oui / ja"],
            ["CPAS Charleroi", "Isabelle Dufour", "oui / ja"],
            ["CPAS Charleroi", "Karim Haddouchi", "oui / ja"],
            ["CPAS Binche", "Stéphanie Lambot", "excusée / verontschuldigd"],
            ["OCMW Gent", "Tarik El Ouardi", "oui / ja"],
            ["OCMW Gent", "Kobe Vermeulen", "oui / ja"],
            ["OCMW Antwerpen", "Nadia Bouzid", "oui / ja"],
            ["CPAS Liège", "Amina Diallo", "oui / ja"],
            ["CPAS Bruxelles", "Kevin Mukendi", "excusé / verontschuldigd"],
            ["Interprète / Tolk", "Ellen Deprez", "oui / ja"]]
    table(d, rows, widths=[5, 5, 5], header_fill="FCE4D6")
    para(d, "")
    para(d, "Ordre du jour / Agenda", bold=True)
    for x in ["10h00 – 10h30 : Accueil et café / Onthaal en koffie",
              "10h30 – 11h30 : Activ'Up en 2023 / Activ'Up in 2023",
              "11h30 – 12h30 : Enquête de satisfaction : résultats / Tevredenheidsenquête: resultaten",
              "12h30 – 13h30 : Lunch",
              "13h30 – 15h00 : Visite du Service Action Migrants / Bezoek aan de Service Action Migrants"]:
        para(d, x, style="List Bullet")

    d.add_heading("1. Accueil / Onthaal", level=2)
    fr("Karim accueille les participants au nom du CPAS de Charleroi et présente brièvement le Service Action "
       "Migrants.")
    nl("Karim verwelkomt de deelnemers namens het OCMW Charleroi en stelt kort de Service Action Migrants voor.")
    d.add_heading("2. Activ'Up en 2023 / Activ'Up in 2023", level=2)
    fr("Le projet fonctionne toujours par modules de septembre à juin. Le module actuel compte 38 participants. "
       "Le recrutement passe par les antennes sociales ; sur 210 personnes invitées à la séance d'information, 67 "
       "sont venues (32 %).")
    nl("Het project werkt nog steeds met modules van september tot juni. De huidige module telt 38 deelnemers. "
       "De rekrutering loopt via de sociale antennes; van de 210 mensen die voor de infosessie werden uitgenodigd, "
       "kwamen er 67 (32 %).")
    fr("Points forts : le travail intensif, presque tous les jours de la semaine, et l'esprit de groupe. À "
       "améliorer : la communication quand un cours est annulé.")
    nl("Sterke punten: het intensieve werk, bijna elke dag van de week, en de groepsgeest. Te verbeteren: de "
       "communicatie als een les geannuleerd wordt.")
    d.add_heading("3. Enquête de satisfaction / Tevredenheidsenquête", level=2)
    fr("Céline présente les premiers résultats de la nouvelle enquête. Les participants de Gand et d'Anvers "
       "répondent plus souvent « je ne sais pas ». Tarik pense que certaines questions restent trop abstraites en "
       "néerlandais.")
    nl("Céline stelt de eerste resultaten van de nieuwe enquête voor. Deelnemers in Gent en Antwerpen antwoorden "
       "vaker ‘ik weet het niet’. Tarik denkt dat sommige vragen in het Nederlands nog te abstract zijn.")
    d.add_heading("4. Visite / Bezoek", level=2)
    fr("L'après-midi, visite des locaux et de l'atelier carton. Les participants ont présenté leurs meubles.")
    nl("In de namiddag bezoek aan de lokalen en het kartonatelier. De deelnemers toonden hun meubels.")
    d.add_heading("5. Actions / Acties", level=2)
    for f, n in [("Karim envoie les chiffres de recrutement du module 2 à Céline.",
                  "Karim stuurt de rekruteringscijfers van module 2 naar Céline."),
                 ("Le SPP prépare une synthèse des enquêtes de tous les CPAS pour la prochaine rencontre.",
                  "Het POD maakt een synthese van de enquêtes van alle OCMW's voor de volgende bijeenkomst."),
                 ("Tarik et Nadia proposent une version néerlandaise simplifiée du questionnaire.",
                  "Tarik en Nadia stellen een vereenvoudigde Nederlandse versie van de vragenlijst voor."),
                 ("CPAS de Binche : transmettre la liste anonymisée des participants orientés vers l'ISP.",
                  "OCMW Binche: de geanonimiseerde lijst bezorgen van de deelnemers die naar SPI doorstromen.")]:
        para(d, f, style="List Bullet")
        p = para(d, n, style="List Bullet 2", italic=True, color="2F5496")
    para(d, "")
    fr("Prochaine rencontre : en février 2024 à Gand, date à confirmer.", bold=True)
    nl("Volgende bijeenkomst: in februari 2024 in Gent, datum te bevestigen.", bold=True)
    para(d, "")
    para(d, "NB : traduction néerlandaise relue par Kobe pour les points 1 à 3 seulement ; le reste doit encore "
            "être relu.", size=8, color=GREY)
    save(d, "674_charleroi-bilingue-2023.docx")


# ---------------------------------------------------------------- 675
def r675():
    """POD MI, Hanne Verstraete. Hybrid, booths. Letter headings, grouped people, inline → actions."""
    d = new_doc("Calibri", 11)
    header_footer(d, header="ONTWERP – POD MI – AMIF-netwerk", footer="Verslag netwerkvergadering 19/11/2024",
                  page_numbers=True, tagline=True)
    para(d, "ONTWERP v0.2 – nog te valideren door het diensthoofd", bold=True, color=RED)
    para(d, "Verslag netwerkvergadering AMIF – 19 november 2024", bold=True, size=16, color=BLUE)
    mixed(d, [("Plaats: ", {"bold": True}),
              "POD MI, Brussel (zaal ‘Kanaal’) en online via Teams. Simultaanvertaling NL/FR vanuit de cabines."])
    para(d, "Aanwezig", bold=True, color=BLUE)
    for org, names in [("POD MI", "Hanne Verstraete, Jonas Peeters, Youssef Benali"),
                       ("OCMW Gent", "Griet Van Hecke, Kobe Vermeulen (online)"),
                       ("OCMW Antwerpen", "Nadia Bouzid"),
                       ("OCMW Edegem", "An Mertens (online)"),
                       ("OCMW Brussel", "Aurélie Vanderstraeten, Sarah Lambrechts"),
                       ("OCMW Luik", "Amina Diallo"),
                       ("OCMW Charleroi", "Isabelle Dufour (online)"),
                       ("Tolken", "Ellen Deprez, Marc Lefèvre")]:
        mixed(d, [(org + ": ", {"bold": True}), names]).paragraph_format.space_after = Pt(0)
    para(d, "")
    mixed(d, [("Verontschuldigd: ", {"bold": True, "color": BLUE}),
              "Els Wouters (OCMW Antwerpen), Laurence Henrard (OCMW Luik), Stéphanie Lambot (OCMW Binche)"])
    para(d, "Agenda", bold=True, color=BLUE)
    for x in ["Goedkeuring vorig verslag", "Rapportering indicatoren 2024",
              "Bewaartermijnen en GDPR: wat met oude dossiers?", "Evaluatie van de trajecten: eerste resultaten",
              "Planning 2025"]:
        para(d, x, style="List Number")

    d.add_heading("A. Goedkeuring vorig verslag", level=1)
    para(d, "Het vorige verslag wordt goedgekeurd zonder opmerkingen.")
    d.add_heading("B. Rapportering indicatoren 2024", level=1)
    para(d, "Jonas overloopt de gemeenschappelijke output- en resultaatindicatoren (verordening (EU) 2021/1147). "
            "Niet alle OCMW's tellen de deelnemers op dezelfde manier: sommige tellen per module, andere per "
            "persoon. Afspraak: elke persoon telt één keer per jaar.")
    para(d, "→ Alle OCMW's bezorgen hun indicatorentabel tegen 15 januari 2025 aan het POD MI.", bold=True)
    para(d, "[link naar de presentatie invoegen]", color=RED)
    d.add_heading("C. Bewaartermijnen en GDPR", level=1)
    para(d, "Documenten van een AMIF-project moeten vijf jaar bewaard worden vanaf 31 december van het jaar van de "
            "laatste betaling (art. 82 verordening 2021/1060). Persoonsgegevens niet langer dan nodig. Amina vraagt "
            "of dit ook geldt voor de intakeverslagen met gevoelige gegevens (gezondheid, gezinssituatie).")
    para(d, "→ Youssef zoekt uit of de bewaartermijn van vijf jaar ook geldt voor de intakeverslagen.", bold=True)
    d.add_heading("D. Evaluatie van de trajecten", level=1)
    para(d, "Gent en Brussel evalueren de deelnemers in een teamoverleg per deelnemer, elke drie maanden. De "
            "andere OCMW's zijn geïnteresseerd.")
    para(d, "→ Kobe en Sarah stellen hun evaluatiemethode voor op de volgende vergadering.", bold=True)
    d.add_heading("E. Planning 2025", level=1)
    para(d, "Drie vergaderingen in 2025, waarvan één volledig online.")
    para(d, "→ Het POD MI stuurt de definitieve planning 2025 rond.", bold=True)
    para(d, "→ Gastheer voor de vergadering van juni 2025: nog te zoeken.", bold=True)
    para(d, "")
    para(d, "Volgende netwerkvergadering: dinsdag 18 maart 2025, 10u, in Luik (onder voorbehoud).",
         bold=True, color=BLUE)
    save(d, "675_netwerk-pod-2024.docx")


# ---------------------------------------------------------------- 676
def r676():
    """CPAS de Bruxelles bilingual team, Kevin Mukendi, team leader. French PV + Dutch summary. Webex."""
    d = new_doc("Calibri", 11)
    header_footer(d, header="CPAS de Bruxelles – OCMW Brussel · Équipe FAMI bilingue", page_numbers=True)
    para(d, "PV de la réunion du réseau FAMI du mardi 10 février 2026 (Webex)", bold=True, size=14)
    para(d, "PV non encore validé par les participants – merci de transmettre vos corrections à Kevin d'ici le "
            "20/02.", italic=True, color=RED)
    para(d, "Étaient présents pour le SPP IS : Céline Marchal et Youssef Benali ; pour le CPAS de Bruxelles : Kevin "
            "Mukendi, Sarah Lambrechts et Mehdi Amrani ; pour l'OCMW de Gand : Kobe Vermeulen ; pour l'OCMW "
            "d'Anvers : Nadia Bouzid et Bram Janssens ; pour l'OCMW de Schoten : Wim Van Dyck ; pour le CPAS de "
            "Charleroi : Karim Haddouchi.")
    para(d, "Se sont excusés : Griet Van Hecke (Gand) et Amina Diallo (Liège).")
    para(d, "Pas d'ordre du jour formel : la réunion faisait suite à la demande des CPAS de faire le point sur la "
            "fin de la programmation. Chacun parle sa langue, sans interprétation.")

    d.add_heading("1. Contexte", level=2)
    para(d, "Céline rappelle que la programmation FAMI 2021-2027 entre dans sa dernière phase. Les projets doivent "
            "préparer leur rapport final et l'archivage des dossiers.")
    d.add_heading("2. Tour de table", level=2)
    d.add_heading("2.1 Gand", level=3)
    para(d, "Kobe : 52 participants en 2025, dont 19 ont terminé leur trajet ; 7 sont passés vers une formation ou "
            "l'ISP.")
    d.add_heading("2.2 Anvers et partenaires", level=3)
    para(d, "Nadia et Bram : Schoten et Mortsel continuent ; Edegem arrête fin juin. Wim confirme que Schoten "
            "voudrait garder le groupe du jeudi même après le projet.")
    d.add_heading("2.3 Bruxelles", level=3)
    para(d, "Sarah : les groupes néerlandophones restent petits (4 à 6 personnes). Mehdi a repris le suivi des "
            "bilans d'orientation.")
    d.add_heading("2.4 Charleroi", level=3)
    para(d, "Karim : bonne participation aux séances d'information, mais beaucoup d'annulations en hiver.")
    d.add_heading("3. Fin de la programmation et archivage", level=2)
    para(d, "Youssef rappelle la règle des cinq ans à partir du 31 décembre de l'année du dernier paiement, et le "
            "droit d'accès des participants (art. 15 RGPD). Les CPAS restent propriétaires des données de leurs "
            "participants ; le SPP ne reçoit que des chiffres.")
    d.add_heading("4. Suites à donner", level=2)
    table(d, [["Quoi", "Qui", "Quand"],
              ["Envoyer le modèle de rapport final", "SPP IS", "fin février"],
              ["Vérifier les délais de conservation des dossiers papier", "chaque CPAS", "avant la prochaine réunion"],
              ["Partager la procédure d'archivage de l'OCMW d'Anvers", "Nadia / Bram", "mars"],
              ["Organiser un moment de clôture commun avec les participants", "à désigner", "juin"],
              ["Traduire la FAQ archivage en néerlandais", "Sarah", "mars"]],
          widths=[9, 3.5, 3.5], header_fill="D9D9D9")
    para(d, "")
    mixed(d, [("Prochaine réunion : ", {"bold": True}),
              "mardi 21 avril 2026 à 10h, en présentiel à Bruxelles (lieu à confirmer)."])
    para(d, "")
    d.add_heading("Samenvatting in het Nederlands", level=2)
    para(d, "De FAMI/AMIF-programmatie 2021-2027 loopt op zijn einde. Elk OCMW gaf een stand van zaken (Gent, "
            "Antwerpen en partners, Brussel, Charleroi). Het POD stuurt het model van het eindrapport; elk OCMW "
            "controleert de bewaartermijnen; Nadia en Bram delen de archiveringsprocedure van Antwerpen; Sarah "
            "vertaalt de FAQ. Volgende vergadering: dinsdag 21 april 2026 in Brussel.", italic=True)
    para(d, "Kevin Mukendi, chef d'équipe / teamleider", size=9, color=GREY)
    save(d, "676_pv-bruxelles-2026.docx")


if __name__ == "__main__":
    for f in (r667, r668, r669, r670, r671, r672, r673, r674, r675, r676):
        f()
