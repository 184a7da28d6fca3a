# -*- coding: utf-8 -*-
"""Builds meeting reports 427-436 of the AMIF/FAMI network of CPAS/OCMW (python-docx)."""
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_COLOR_INDEX
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

RED = RGBColor(0xC0, 0x00, 0x00)
GREY = RGBColor(0x7F, 0x7F, 0x7F)
BLUE = RGBColor(0x1F, 0x4E, 0x79)
GREEN = RGBColor(0x38, 0x76, 0x1D)


# ---------------------------------------------------------------- helpers
def new_doc(font="Calibri", size=11, margins=2.5, lang=None):
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
    if lang:
        el = OxmlElement("w:lang")
        el.set(qn("w:val"), lang)
        rpr.append(el)
    for s in doc.sections:
        s.page_height = Cm(29.7)
        s.page_width = Cm(21.0)
        s.left_margin = s.right_margin = Cm(margins)
        s.top_margin = s.bottom_margin = Cm(2.2)
    return doc


def fmt_run(r, bold=None, italic=None, underline=None, color=None, highlight=None, size=None, font=None,
            caps=None):
    if bold is not None:
        r.bold = bold
    if italic is not None:
        r.italic = italic
    if underline is not None:
        r.underline = underline
    if color is not None:
        r.font.color.rgb = color
    if highlight is not None:
        r.font.highlight_color = highlight
    if size is not None:
        r.font.size = Pt(size)
    if font is not None:
        r.font.name = font
    if caps is not None:
        r.font.all_caps = caps
    return r


def P(doc, text="", style=None, align=None, space_after=None, indent=None, **kw):
    """Paragraph with one run (or several: text may be a list of (text, dict))."""
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    if isinstance(text, str):
        if text:
            fmt_run(p.add_run(text), **kw)
    else:
        for t, f in text:
            fmt_run(p.add_run(t), **f)
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


def tabstop(p, cm):
    p.paragraph_format.tab_stops.add_tab_stop(Cm(cm))


def shade(cell, hexfill):
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexfill)
    tcpr.append(shd)


def cell_text(cell, text, bold=False, italic=False, size=None, color=None):
    """Write text into a cell; '\n\n' separates paragraphs."""
    parts = text.split("\n\n")
    first = cell.paragraphs[0]
    for i, part in enumerate(parts):
        p = first if i == 0 else cell.add_paragraph()
        if part:
            fmt_run(p.add_run(part), bold=bold, italic=italic, size=size, color=color)
    return cell


def table(doc, rows, style="Table Grid", header=True, widths=None, fill=None, size=None, italic_col=None):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    if style:
        t.style = doc.styles[style]
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            cell_text(c, val, bold=(header and i == 0), size=size,
                      italic=(italic_col is not None and j == italic_col and i > 0))
            if header and i == 0 and fill:
                shade(c, fill)
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    return t


def header_footer(doc, head=None, foot=None, head_italic=True, size=8, align_head="r"):
    s = doc.sections[0]
    if head:
        p = s.header.paragraphs[0]
        p.text = ""
        fmt_run(p.add_run(head), italic=head_italic, size=size, color=GREY)
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT if align_head == "r" else WD_ALIGN_PARAGRAPH.LEFT
    if foot:
        p = s.footer.paragraphs[0]
        p.text = ""
        fmt_run(p.add_run(foot), size=size, color=GREY)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        # page number field
        r = p.add_run()
        for kind, txt in (("begin", None), (None, " PAGE "), ("end", None)):
            if kind:
                fc = OxmlElement("w:fldChar")
                fc.set(qn("w:fldCharType"), kind)
                r._r.append(fc)
            else:
                it = OxmlElement("w:instrText")
                it.set(qn("xml:space"), "preserve")
                it.text = txt
                r._r.append(it)


def bullets(doc, items, style="List Bullet", **kw):
    for it in items:
        P(doc, it, style=style, **kw)


def save(doc, name):
    doc.save(os.path.join(HERE, name))
    print("wrote", name)


# ---------------------------------------------------------------- 427
def r427():
    """POD MI, Flemish staff (Lotte Vandenbroucke). Kick-off of the network, Brussels, 2016."""
    doc = new_doc("Calibri", 11, lang="nl-BE")
    header_footer(doc, "Naar een geïntegreerd migratiebeleid, dankzij het AMIF",
                  "POD Maatschappelijke Integratie – AMIF-kennisnetwerk – verslag 17/11/2016 – p. ")
    P(doc, "Verslag bijeenkomst AMIF-netwerk OCMW’s", style="Title")
    P(doc, "Donderdag 17 november 2016", bold=True, size=13)
    P(doc, "POD Maatschappelijke Integratie, Koning Albert II-laan 30, 1000 Brussel – zaal 4.12")
    P(doc, "Aanwezig", bold=True)
    bullets(doc, [
        "Lotte Vandenbroucke (POD MI, verslag)",
        "Pieter Claeys (POD MI)",
        "Bart Van Hecke (OCMW Gent)",
        "Els Verstraete (OCMW Gent)",
        "Hilde Peeters (OCMW Antwerpen)",
        "Tom Janssens (OCMW Antwerpen)",
        "Julien Collard (OCMW Luik)",
        "Sophie Dumont (OCMW Charleroi)",
        "Amélie Vanderstraeten (OCMW Brussel)",
    ])
    P(doc, "Verontschuldigd", bold=True)
    bullets(doc, ["Nadia Benali (OCMW Luik)", "Rachid Amrani (OCMW Brussel)"])
    P(doc, "Agenda", bold=True)
    for line in ["10.00 – 10.30 u.\tOnthaal en kennismaking",
                 "10.30 – 11.15 u.\tStand van zaken per OCMW",
                 "11.15 – 12.00 u.\tRapportering aan het AMIF: wat verwacht het POD?",
                 "12.00 – 13.00 u.\tLunch",
                 "13.00 – 14.30 u.\tUitwisseling: toeleiding via de maatschappelijk werkers",
                 "14.30 – 15.00 u.\tAfspraken en volgende bijeenkomst"]:
        p = P(doc, line, space_after=0)
        tabstop(p, 3.5)
    P(doc, "")

    P(doc, "1. Onthaal en kennismaking", style="Heading 1")
    P(doc, "Lotte verwelkomt de deelnemers in de gebouwen van het POD. Het is de eerste keer dat de vijf "
           "OCMW’s met een AMIF-project samen rond de tafel zitten. Iedereen stelt zich kort voor: naam, "
           "functie en rol binnen het project. Pieter licht toe waarom het POD een kennisnetwerk opstart: de "
           "projecten zijn erg verschillend, maar lopen tegen dezelfde vragen aan (toeleiding, taal, "
           "aanwezigheid, rapportering). Het netwerk moet een plaats zijn om ervaringen en materiaal te delen, "
           "niet om projecten met elkaar te vergelijken.", align="j")
    P(doc, "Er wordt beslist om de bijeenkomsten voortaan beurtelings bij een OCMW te laten doorgaan. Het POD "
           "blijft het verslag opmaken, in het Nederlands en in het Frans. Amélie merkt op dat een tweetalige "
           "versie voor Brussel handig zou zijn.", align="j")

    P(doc, "2. Stand van zaken per OCMW", style="Heading 1")
    P(doc, "2.1 Gent", style="Heading 2")
    P(doc, "Het project loopt sinds september. Er zijn 42 deelnemers ingeschreven, verdeeld over twee groepen: "
           "een groep met beginnende taalkennis en een groep ‘gevorderd’. Youssef El Idrissi, de intercultureel "
           "bemiddelaar, doet de intakegesprekken samen met de maatschappelijk werker. De folder is intussen "
           "vertaald naar het Arabisch en het Dari.", align="j")
    P(doc, "2.2 Antwerpen", style="Heading 2")
    P(doc, "Antwerpen start in januari met de eerste module. De rekrutering loopt via de sociale centra. Hilde "
           "geeft aan dat de maatschappelijk werkers weinig tijd hebben om kandidaten voor te stellen; er wordt "
           "nagedacht over een vaste contactpersoon per sociaal centrum. De partner-OCMW’s Schoten, Edegem en "
           "Mortsel zijn nog niet formeel ingestapt.", align="j")
    P(doc, "2.3 Luik", style="Heading 2")
    P(doc, "Julien stelt kort ‘Mod’Actions’ voor: individuele begeleiding en vier collectieve ateliers (sociale "
           "activering, creatief atelier, informatica, projectopbouw). Elke deelnemer tekent drie contracten: met "
           "de maatschappelijk werker, met de medewerker die het intakegesprek doet en met de verantwoordelijke "
           "van elke module. Daarin staan de regels over aanwezigheid en stiptheid.", align="j")
    P(doc, "2.4 Charleroi", style="Heading 2")
    P(doc, "Sophie vertelt dat Charleroi samen met het lokale observatorium een lijst van meer dan 1.000 "
           "potentiële deelnemers heeft opgesteld. De maatschappelijk werkers hebben er 315 weerhouden voor "
           "module 1. Op de infosessies kwamen 110 mensen opdagen, dat is 35 %. Dat lage percentage is een "
           "aandachtspunt voor iedereen.", align="j")
    P(doc, "2.5 Brussel", style="Heading 2")
    P(doc, "Het Brusselse project zit nog in de opstartfase: de coördinator is pas aangeworven en de lokalen aan "
           "de Hoogstraat worden ingericht. Een eerste infosessie is gepland in februari.", align="j")

    P(doc, "3. Rapportering aan het AMIF", style="Heading 1")
    P(doc, "Pieter overloopt de rapporteringsverplichtingen: een tussentijds verslag per semester, de "
           "aanwezigheidslijsten per sessie en een overzicht van de personeelskosten in VTE. De "
           "aanwezigheidslijsten blijven bij het OCMW; het POD krijgt enkel geanonimiseerde totalen. Niemand "
           "buiten het OCMW ziet een deelnemer bij naam.", align="j")
    P(doc, "Er waren vragen over deelnemers die na één of twee sessies afhaken: tellen zij mee als deelnemer? "
           "Het POD zal deze vraag voorleggen aan de verantwoordelijke autoriteit en het antwoord per mail "
           "bezorgen.", align="j")

    P(doc, "4. Uitwisseling: toeleiding via de maatschappelijk werkers", style="Heading 1")
    P(doc, "De deelnemers zijn het erover eens dat de toeleiding staat of valt met het vertrouwen van de "
           "maatschappelijk werkers in het project. Enkele vaststellingen uit de discussie:", align="j")
    bullets(doc, [
        "een korte voorstelling op het teamoverleg van de sociale centra werkt beter dan een mail;",
        "maatschappelijk werkers willen feedback over ‘hun’ cliënten, zonder details die de privacy schenden;",
        "een eenvoudig doorverwijsformulier van één pagina verlaagt de drempel;",
        "inschrijven moet altijd mogelijk blijven, ook tijdens een lopende module.",
    ])
    P(doc, "Bart toont de checklist die Gent gebruikt bij de toeleiding. Bart bezorgt de checklist aan de andere "
           "OCMW’s na de vergadering.", align="j")

    P(doc, "5. Actiepunten", style="Heading 1")
    for a in ["Pieter bezorgt de nieuwe rapporteringstemplate aan alle OCMW’s tegen 15 december.",
              "POD legt de vraag over afhakers voor aan de verantwoordelijke autoriteit.",
              "Elk OCMW stuurt een korte beschrijving van zijn toeleidingsprocedure naar Lotte (max. 1 pagina).",
              "OCMW Antwerpen gaat na wanneer Schoten, Edegem en Mortsel formeel kunnen instappen.",
              "Amélie en Julien bekijken samen welke documenten al in beide talen bestaan."]:
        P(doc, [("ACTIE: ", {"bold": True}), (a, {})])

    P(doc, "6. Volgende bijeenkomst", style="Heading 1")
    P(doc, "De volgende bijeenkomst vindt plaats op donderdag 16 februari 2017 bij OCMW Gent.")
    P(doc, "")
    P(doc, "Verslag: Lotte Vandenbroucke, POD MI – cel Europese fondsen", italic=True, size=9)
    save(doc, "427_pod_netwerk_startvergadering_2016.docx")


# ---------------------------------------------------------------- 428
def r428():
    """Gent, Els Verstraete: rare writer; bold typed Roman headings, no styles, action table."""
    doc = new_doc("Arial", 10, margins=2.0, lang="nl-BE")
    P(doc, "VERSLAG AMIF-NETWERK", bold=True, size=14, align="c")
    P(doc, "Gent, dinsdag 23 mei 2017", bold=True, align="c")
    P(doc, "Sociaal Huis Nieuw Gent, zaal ‘De Kring’", align="c", italic=True)
    P(doc, "")
    P(doc, [("Aanwezig: ", {"bold": True}),
            ("Bart Van Hecke, Els Verstraete en Youssef El Idrissi (OCMW Gent); Hilde Peeters en Fatma Yilmaz "
             "(OCMW Antwerpen); Nadia Benali (OCMW Luik); Karim Haddou (OCMW Charleroi); Rachid Amrani (OCMW "
             "Brussel); Pieter Claeys (POD MI).", {})])
    P(doc, [("Verontschuldigd: ", {"bold": True}),
            ("Sophie Dumont (OCMW Charleroi), Lotte Vandenbroucke (POD MI), Amélie Vanderstraeten (OCMW "
             "Brussel).", {})])
    P(doc, "")

    P(doc, "I. Welkom en rondleiding", bold=True, size=11)
    P(doc, "Bart heet iedereen welkom in Nieuw Gent. Na de koffie volgt een korte rondleiding in het buurtcentrum "
           "waar de collectieve modules doorgaan (taalactivering, kookatelier, computerklas). Het programma van "
           "de dag zag er zo uit:")
    for line in ["1) voorstelling van het Gentse project ‘Samen Vooruit’",
                 "2) intercultureel bemiddelen tijdens de modules",
                 "3) feedbackronde: sterke punten en werkpunten",
                 "4) afspraken en volgende bijeenkomst"]:
        P(doc, line, indent=1.0, space_after=0)
    P(doc, "")

    P(doc, "II. Voorstelling van het Gentse project ‘Samen Vooruit’", bold=True, size=11)
    P(doc, "Het project werkt met vier modules per jaar, telkens van ongeveer tien weken. Elke deelnemer krijgt "
           "om de twee weken een individueel gesprek met een trajectbegeleider. Daarnaast zijn er collectieve "
           "sessies: taalactivering (twee halve dagen per week), ‘Gent ontdekken’ (maandelijkse uitstap) en "
           "infosessies over wonen, werk, gezondheid en onderwijs.")
    P(doc, "Sinds september 2016 stapten 58 deelnemers in. Vandaag zijn er nog 37 actief; 9 deelnemers zijn "
           "doorgestroomd naar een opleiding of naar een traject socio-professionele inschakeling. De wachtlijst "
           "telt momenteel ??? personen.")
    P(doc, "Bart benadrukt dat de intake het belangrijkste moment is: daar wordt samen met de cliënt bekeken "
           "welke modules passen. Een deelnemer die te vroeg in een groep terechtkomt, haakt vaak af.")
    P(doc, "Hilde vraagt hoe Gent omgaat met deelnemers die werk vinden tijdens een module. In Gent mogen zij "
           "de individuele gesprekken verder volgen, ook ’s avonds. Nadia vertelt dat Luik dat ook probeert, "
           "maar dat het team daar eigenlijk te klein voor is.")
    P(doc, "")

    P(doc, "III. Intercultureel bemiddelen tijdens de modules", bold=True, size=11)
    P(doc, "Youssef legt uit hoe hij als intercultureel bemiddelaar werkt. Hij is geen tolk die woord voor woord "
           "vertaalt: hij legt ook uit wat er achter een vraag zit, zowel naar de deelnemer als naar de "
           "begeleider. Soms is dat moeilijk, bv. als hij deelnemers kent uit de eigen gemeenschap. "
           "Vertrouwelijkheid wordt daarom bij de start van elke module uitdrukkelijk besproken.")
    P(doc, "Antwerpen doet voor de intakes een beroep op sociaal tolken via de telefoon. Luik heeft "
           "bemiddelaars in eigen dienst. In Brussel springen tweetalige collega’s bij, wat niet altijd "
           "volstaat voor talen als Tigrinya of Pashtoe.")
    P(doc, "Iedereen is het erover eens dat een bemiddelaar die de deelnemers goed kent een grote meerwaarde is "
           "bij de intake, maar dat het belangrijk blijft om grenzen af te spreken: de bemiddelaar is geen "
           "maatschappelijk werker en neemt geen beslissingen over steun. Karim geeft het voorbeeld van een "
           "deelnemer die de bemiddelaar om geld vroeg; het team heeft toen samen met de deelnemer de regels "
           "opnieuw overlopen.")
    P(doc, "Rachid merkt op dat het in Brussel vaak gaat om drie talen tegelijk (Frans, Nederlands en de "
           "moedertaal van de deelnemer). Voor de collectieve modules kiest Brussel voorlopig voor het Frans.")
    P(doc, "")

    P(doc, "IV. Feedback: sterke punten en werkpunten", bold=True, size=11)
    P(doc, "Sterke punten:", bold=True, italic=True)
    for b in ["- het intensieve contact met de deelnemers (bijna elke dag van de week);",
              "- de band tussen begeleiders en deelnemers en tussen de deelnemers onderling;",
              "- het groepsgevoel op het einde van een module."]:
        P(doc, b, indent=0.5, space_after=0)
    P(doc, "Werkpunten:", bold=True, italic=True)
    for b in ["- communicatie naar de deelnemers toe als een les wordt verplaatst of geschrapt;",
              "- een evenwichtig lesrooster voor oude en nieuwe deelnemers;",
              "- activiteiten vroeger plannen, want administratieve procedures duren steeds langer;",
              "- geen verplichte activiteiten over gevoelige thema’s zoals seksualiteit of partnergeweld."]:
        P(doc, b, indent=0.5, space_after=0)
    p = P(doc, "TODO: cijfers toeleiding Antwerpen aanvullen", bold=True)
    p.runs[0].font.highlight_color = WD_COLOR_INDEX.YELLOW
    P(doc, "")

    P(doc, "V. Afspraken", bold=True, size=11)
    table(doc, [
        ["Wat", "Wie", "Tegen wanneer"],
        ["Powerpointpresentatie ‘Samen Vooruit’ doorsturen naar alle deelnemers", "Youssef", "2 juni"],
        ["Lijst met bemiddelaars en tolken per taal samenstellen", "Bart + Youssef", "eind juni"],
        ["Arabische en Farsi-versie van de tevredenheidsenquête nalezen", "OCMW Antwerpen", "september"],
        ["Gentse doorverwijsfiche in het Frans laten vertalen", "POD", "zomer"],
        ["Datum en plaats volgende bijeenkomst vastleggen", "?", ""],
    ], fill="D9D9D9", widths=[10.0, 3.5, 3.5])
    P(doc, "Luik heeft al aangeboden om de volgende bijeenkomst te organiseren.")
    P(doc, "")

    P(doc, "VI. Volgende bijeenkomst", bold=True, size=11)
    P(doc, "Ergens in oktober in Luik, datum volgt via mail.")
    P(doc, "")
    P(doc, "Els Verstraete – OCMW Gent", italic=True, align="r")
    save(doc, "428_gent_samen_vooruit_2017.docx")


# ---------------------------------------------------------------- 429
def r429():
    """Bruxelles bilingual team (Amélie Vanderstraeten, Inge Dewitte): FR then NL in italics."""
    doc = new_doc("Arial", 10, lang="fr-BE")
    header_footer(doc, "CPAS de Bruxelles – OCMW Brussel | Projet FAMI – AMIF-project",
                  "FAMI/AMIF – Rapport/Verslag 14.03.2018 – ")
    P(doc, "Rapport de la rencontre des CPAS FAMI – Verslag bijeenkomst OCMW’s AMIF", bold=True, size=14,
      align="c", color=BLUE)
    P(doc, "Mercredi 14 mars 2018 – Woensdag 14 maart 2018", bold=True, align="c")
    P(doc, "CPAS de Bruxelles, rue Haute 298a – OCMW Brussel, Hoogstraat 298a", align="c")
    P(doc, "")
    table(doc, [
        ["Présents / Aanwezig", "Organisation / Organisatie"],
        ["Amélie Vanderstraeten", "CPAS de Bruxelles / OCMW Brussel"],
        ["Inge Dewitte", "CPAS de Bruxelles / OCMW Brussel"],
        ["Marie-Claire Ngoy", "CPAS de Bruxelles / OCMW Brussel"],
        ["Lotte Vandenbroucke", "SPP IS / POD MI"],
        ["Els Verstraete", "CPAS de Gand / OCMW Gent"],
        ["Fatma Yilmaz", "CPAS d’Anvers / OCMW Antwerpen"],
        ["Joke Hermans", "CPAS d’Edegem / OCMW Edegem"],
        ["Céline Thiry", "CPAS de Liège / OCMW Luik"],
        ["Véronique Delattre", "CPAS de Charleroi / OCMW Charleroi"],
        ["Isabelle Gobert", "CPAS de Binche / OCMW Binche"],
    ], fill="DEEAF6", widths=[6.0, 9.0])
    P(doc, "")
    P(doc, [("Excusés / Verontschuldigd : ", {"bold": True}),
            ("Rachid Amrani (CPAS de Bruxelles), Bart Van Hecke (CPAS de Gand), Pieter Claeys (SPP IS).", {})])
    P(doc, "")
    P(doc, "Ordre du jour / Agenda", bold=True, color=BLUE)
    table(doc, [
        ["Heure / Uur", "Point / Punt"],
        ["9h30 – 10h00", "Accueil et café / Onthaal en koffie"],
        ["10h00 – 11h00", "Présentation du projet bruxellois / Voorstelling van het Brusselse project"],
        ["11h00 – 12h15", "Tour de table / Rondetafel"],
        ["12h15 – 13h15", "Lunch"],
        ["13h15 – 14h30", "Enquête de satisfaction / Tevredenheidsenquête"],
        ["14h30 – 15h00", "Conclusions et prochaine réunion / Conclusies en volgende vergadering"],
    ], fill="DEEAF6", widths=[3.5, 11.5])

    def bi(fr, nl):
        P(doc, fr, align="j", space_after=2)
        P(doc, nl, align="j", italic=True, color=GREY)

    P(doc, "1. Accueil / Onthaal", style="Heading 1")
    bi("Amélie souhaite la bienvenue à tous dans les nouveaux locaux du projet. C’est la première fois que "
       "Binche et Edegem participent à la rencontre comme partenaires. Il n’y a pas eu d’interprétation : "
       "chacun s’est exprimé dans sa langue et les collègues bilingues ont aidé quand c’était nécessaire.",
       "Amélie heet iedereen welkom in de nieuwe lokalen van het project. Binche en Edegem nemen voor het eerst "
       "als partner deel. Er was geen tolk: iedereen sprak zijn eigen taal en de tweetalige collega’s hielpen "
       "waar nodig.")

    P(doc, "2. Présentation du projet bruxellois / Voorstelling van het Brusselse project", style="Heading 1")
    bi("Le projet « Cap Bruxelles » a démarré en février 2017. L’équipe compte 2 ETP et deux mi-temps "
       "(2 × 0,5 ETP). Les participants suivent un accueil collectif de deux semaines, puis des ateliers de "
       "français oral, un coaching individuel toutes les deux semaines et une sortie socioculturelle par mois. "
       "Marie-Claire montre les pictogrammes que l’équipe utilise avec les personnes peu alphabétisées : "
       "horaires, lieux, documents à apporter.",
       "Het project ‘Koers Brussel’ startte in februari 2017. Het team telt 2 VTE en twee halftijdsen "
       "(2 × 0,5 VTE). De deelnemers volgen eerst twee weken collectief onthaal, daarna ateliers mondeling "
       "Frans, individuele coaching om de twee weken en een maandelijkse socio-culturele uitstap. Marie-Claire "
       "toont de pictogrammen die het team gebruikt voor laaggeletterde deelnemers: uurroosters, plaatsen, "
       "mee te brengen documenten.")
    bi("Depuis le début, 64 personnes ont été orientées par les antennes sociales ; 41 ont commencé le "
       "parcours.",
       "Sinds de start werden 64 personen doorverwezen door de sociale antennes; 41 zijn gestart.")

    P(doc, "3. Tour de table / Rondetafel", style="Heading 1")
    for fr, nl in [
        ("Gand : le groupe « avancé » est complet ; une liste d’attente a été ouverte.",
         "Gent: de groep ‘gevorderd’ is volzet; er is een wachtlijst."),
        ("Anvers et Edegem : le premier module commun a commencé en janvier avec 14 participants.",
         "Antwerpen en Edegem: de eerste gezamenlijke module startte in januari met 14 deelnemers."),
        ("Charleroi et Binche : le module 3 se termine en juin ; Binche envoie ses participants aux ateliers "
         "découvertes de Charleroi.",
         "Charleroi en Binche: module 3 loopt af in juni; Binche stuurt deelnemers naar de "
         "ontdekkingsateliers van Charleroi."),
    ]:
        P(doc, fr, style="List Bullet", space_after=0)
        P(doc, nl, italic=True, color=GREY, indent=1.27)
    P(doc, "Liège / Luik : module 2 – participants / deelnemers : [à compléter / aan te vullen]",
      style="List Bullet")

    P(doc, "4. Enquête de satisfaction / Tevredenheidsenquête", style="Heading 1")
    bi("Tous les CPAS constatent que l’enquête actuelle est difficile pour le public : les termes sont "
       "abstraits (« autonomie », « compétences », « satisfaction globale ») et elle n’existe qu’en français "
       "et en néerlandais. Plusieurs participants la remplissent avec l’aide d’un animateur, ce qui influence "
       "les réponses. On souhaite une version plus courte, avec des smileys et des pictogrammes, et des "
       "traductions en arabe, en dari et en tigrinya.",
       "Alle OCMW’s stellen vast dat de huidige enquête moeilijk is voor de doelgroep: de begrippen zijn "
       "abstract (‘zelfredzaamheid’, ‘competenties’, ‘algemene tevredenheid’) en ze bestaat enkel in het Frans "
       "en het Nederlands. Veel deelnemers vullen ze in met hulp van een begeleider, wat de antwoorden "
       "beïnvloedt. Men wil een kortere versie met smileys en pictogrammen, en vertalingen in het Arabisch, "
       "het Dari en het Tigrinya.")
    bi("Il est convenu de garder la version papier actuelle jusqu’en juin.",
       "Afgesproken wordt de huidige papieren versie tot juni te behouden.")

    P(doc, "5. Actions / Acties", style="Heading 1")
    for fr, nl in [
        ("Le SPP enverra une proposition d’enquête simplifiée à tous les CPAS avant fin avril.",
         "Het POD stuurt vóór eind april een voorstel van vereenvoudigde enquête naar alle OCMW’s."),
        ("Rachid et Inge rassemblent les pictogrammes utilisés à Bruxelles et les partagent.",
         "Rachid en Inge verzamelen de pictogrammen die in Brussel gebruikt worden en delen ze."),
        ("Chaque CPAS teste l’enquête avec au moins cinq participants.",
         "Elk OCMW test de enquête bij minstens vijf deelnemers."),
        ("Liège : partager le calendrier des sorties socioculturelles.",
         "Luik: de kalender van de socio-culturele uitstappen delen."),
        ("Isabelle : vérifier si Binche peut accueillir une réunion en 2019.",
         "Isabelle: nagaan of Binche in 2019 een bijeenkomst kan ontvangen."),
    ]:
        P(doc, fr, style="List Bullet", space_after=0)
        P(doc, nl, italic=True, color=GREY, indent=1.27)

    P(doc, "6. Prochaine réunion / Volgende vergadering", style="Heading 1")
    P(doc, "Le jeudi 21 juin 2018 à Charleroi.", bold=True, space_after=0)
    P(doc, "Donderdag 21 juni 2018 in Charleroi.", italic=True, color=GREY)
    P(doc, "")
    P(doc, "Rédaction / Verslag : Amélie Vanderstraeten & Inge Dewitte", size=8, italic=True)
    save(doc, "429_bruxelles_rencontre_bilingue_2018.docx")


# ---------------------------------------------------------------- 430
def r430():
    """Charleroi, a social worker taking notes for once (Nathalie Rousseau); plain text, typed letters."""
    doc = new_doc("Times New Roman", 12, margins=2.0, lang="fr-BE")
    P(doc, "Réunion réseau FAMI – CPAS de Charleroi", bold=True, underline=True, size=14)
    P(doc, "Jeudi 10 octobre 2019")
    P(doc, "Lieu : Espace Citoyen de Marchienne-au-Pont, salle du 1er étage")
    P(doc, "Notes prises par Nathalie Rousseau (AS, antenne de Marchienne) – c’est ma première fois, désolée "
           "pour les oublis !", italic=True)
    P(doc, "")
    P(doc, "Présents : Sophie Dumont, Karim Haddou (CPAS Charleroi, Véronique Delattre (CPAS Charleroi), "
           "Nathalie Rousseau (CPAS Charleroi), Isabelle Gobert (Binche), Céline Thiry et Marc Lhoest (CPAS "
           "Liège)), Hilde Peeters (CPAS Anvers), Dirk Verlinden (CPAS Mortsel), Inge Dewitte (CPAS Bruxelles), "
           "Lotte Vandenbroucke (SPP IS)")
    P(doc, "Excusés : Bart Van Hecke (Gand), Nadia Benali (Liège)")
    P(doc, "")
    P(doc, "Programme de la journée :")
    for l in ["9h30-10h : accueil et café",
              "10h-11h : présentation d’Activ’Up, bilan du module 4",
              "11h-12h30 : atelier « recrutement : comment motiver les AS ? »",
              "12h30-13h30 : dîner",
              "13h30-15h : échanges sur les contrats et la ponctualité",
              "15h-15h30 : divers"]:
        P(doc, l, space_after=0)
    P(doc, "")

    P(doc, "A) ACCUEIL", bold=True, underline=True)
    P(doc, "Sophie accueille tout le monde et remercie les collègues néerlandophones d’avoir fait le trajet. "
           "Tour de table rapide. Dirk est là pour la première fois pour Mortsel. Lotte rappelle que le réseau "
           "sert à échanger des pratiques et pas à contrôler les projets.")
    P(doc, "")

    P(doc, "B) ACTIV’UP : BILAN DU MODULE 4", bold=True, underline=True)
    P(doc, "Véronique présente les chiffres du module 4 (sept 2018 – juin 2019) :")
    for l in ["- 43 participants ont commencé, 31 ont terminé le module",
              "- 12 abandons (déménagement, problèmes de santé, emploi trouvé pour 3 personnes)",
              "- coaching individuel toutes les 2 semaines, coaching collectif 1x/mois",
              "- ateliers découvertes : informatique, sport, photo, mobilier en carton"]:
        P(doc, l, space_after=0, indent=0.5)
    p = P(doc, "NB : chiffres du module 5 à suivre", color=RED, bold=True)
    P(doc, "Les participants ont beaucoup aimé les sorties (musée de la photographie, visite du Parlement "
           "wallon). La séance d’info « se débrouiller en Belgique » reste la plus demandée : banque, "
           "assurances, logement, mobilité.")
    P(doc, "")

    P(doc, "C) LE RECRUTEMENT VU PAR LES AS", bold=True, underline=True)
    P(doc, "On m’a demandé de dire comment ça se passe de notre côté, dans les antennes. Honnêtement, on a "
           "beaucoup de dossiers et on pense au projet surtout quand un client demande « quelque chose à faire ». "
           "La liste des participants potentiels faite avec l’observatoire aide, mais beaucoup de personnes "
           "invitées ne viennent pas à la séance d’info (35 % pour le module 1, 30 % pour le module 2).")
    P(doc, "Une intervenante de [à compléter] est venue présenter un outil de motivation par photos que les AS "
           "peuvent utiliser pendant l’entretien. Plusieurs collègues trouvent l’idée intéressante.")
    P(doc, "Idées qui sont sorties de l’atelier :")
    for l in ["- que l’AS accompagne le client à la séance d’info (au moins la première fois)",
              "- un petit film de 2 minutes sur le projet, à montrer dans la salle d’attente",
              "- un retour régulier aux AS sur le parcours de leurs clients"]:
        P(doc, l, space_after=0, indent=0.5)
    P(doc, "Proposition de Hilde : faire une après-midi commune pour les AS de plusieurs CPAS. Pas décidé.")
    P(doc, "")

    P(doc, "D) CONTRATS, PRÉSENCES ET PONCTUALITÉ", bold=True, underline=True)
    P(doc, "Céline explique qu’à Liège chaque participant signe trois contrats : avec son AS, avec la personne "
           "qui fait l’entretien d’admission, et avec le responsable de chaque module. Les règles sur le taux de "
           "présence (minimum 80 %) et la ponctualité y sont écrites. Binche n’a pas encore de contrat et "
           "aimerait partir d’un modèle. Le CPAS de Liège enverra son contrat type au CPAS de Binche.")
    P(doc, "À Charleroi, après trois absences non justifiées il y a un entretien avec le coach. Mortsel "
           "travaille sans contrat écrit mais avec une « charte » signée en groupe.")
    P(doc, "")

    P(doc, "E) DIVERS", bold=True, underline=True)
    P(doc, "Dirk signale que Mortsel a engagé une nouvelle coordinatrice en septembre. Inge a déjà envoyé les "
           "pictogrammes bruxellois à tout le monde la semaine passée.")
    P(doc, "")

    P(doc, "F) QUI FAIT QUOI ?", bold=True, underline=True)
    for l in ["- Véronique va envoyer la liste des ateliers découvertes à tout le monde",
              "- Isabelle va demander à sa direction si Binche peut participer aux sorties de Charleroi",
              "- Le tableau des présences type sera envoyé à tous les CPAS par le SPP",
              "- Tous les CPAS : envoyer leurs affiches de recrutement à Sophie avant le 31/10",
              "- Réserver une salle pour la réunion de décembre : à définir"]:
        P(doc, l, space_after=0)
    P(doc, "")
    P(doc, "Prochaine rencontre : début décembre à Bruxelles, date à confirmer.", bold=True)
    P(doc, "")
    P(doc, "(notes relues par Sophie)", italic=True, size=10)
    save(doc, "430_charleroi_notes_as_2019.docx")


# ---------------------------------------------------------------- 431
def r431():
    """Antwerpen with Schoten, Edegem, Mortsel; Teams (said in a sentence); agenda table; (resp. ...)."""
    doc = new_doc("Calibri", 11, lang="nl-BE")
    header_footer(doc, "OCMW Antwerpen – AMIF-project ‘Thuis in Antwerpen’", "Overleg partner-OCMW’s 24/11/2020")
    P(doc, "Overleg AMIF-project OCMW Antwerpen en partner-OCMW’s", style="Heading 1")
    P(doc, "Dinsdag 24 november 2020, 13.30 – 16.00 uur", bold=True)
    P(doc, "Door de coronamaatregelen vond het overleg plaats via Microsoft Teams. Camera’s stonden aan bij "
           "de voorstellingsronde, daarna konden ze uit.", italic=True)
    p = P(doc, [("Aanwezig:", {"bold": True})], space_after=0)
    p = P(doc, "", space_after=6)
    names = ["Fatma Yilmaz – OCMW Antwerpen (voorzitter, verslag)", "Hilde Peeters – OCMW Antwerpen",
             "Ruben Wouters – OCMW Antwerpen", "Greet Van Dyck – OCMW Schoten", "Joke Hermans – OCMW Edegem",
             "Dirk Verlinden – OCMW Mortsel", "Sarah Dewaele – POD MI"]
    r = p.add_run(names[0])
    for n in names[1:]:
        r.add_break()
        r = p.add_run(n)
    P(doc, [("Verontschuldigd: ", {"bold": True}), ("Tom Janssens (OCMW Antwerpen)", {})])

    P(doc, "Agenda", style="Heading 2")
    table(doc, [
        ["Uur", "Onderwerp", "Wie"],
        ["13.30", "Welkom en goedkeuring vorig verslag", "Fatma"],
        ["13.40", "Stand van zaken Antwerpen", "Hilde"],
        ["14.00", "Stand van zaken partner-OCMW’s", "Greet, Joke, Dirk"],
        ["14.40", "Groepsgrootte en coronamaatregelen", "Ruben"],
        ["15.10", "Tevredenheidsenquête", "Sarah"],
        ["15.40", "Afspraken en varia", "allen"],
    ], style="Light Grid Accent 1", widths=[2.0, 9.5, 4.5])

    P(doc, "Welkom", style="Heading 2")
    P(doc, "Fatma heet iedereen welkom. Het verslag van 29 september wordt goedgekeurd zonder opmerkingen. Sarah "
           "vervangt Lotte, die met ouderschapsverlof is.")

    P(doc, "Stand van zaken Antwerpen", style="Heading 2")
    P(doc, "Na de stopzetting in maart zijn de groepsmodules in september opnieuw gestart in kleine groepen. "
           "Sinds de nieuwe maatregelen van november mogen er in de lokalen aan de Lange Gasthuisstraat "
           "maximaal 4 deelnemers + 1 begeleider samen zijn. De individuele coaching loopt door, deels "
           "telefonisch of via videobellen. Er zijn momenteel 36 actieve deelnemers.")
    P(doc, "Hilde merkt dat vooral de laaggeletterde deelnemers afhaken bij online contact: ze hebben vaak geen "
           "laptop en delen één smartphone met het hele gezin.")
    P(doc, "De toeleiding via de sociale centra is in het najaar sterk teruggevallen: de maatschappelijk "
           "werkers zien hun cliënten minder vaak fysiek en denken minder snel aan het project. Sinds oktober "
           "belt Ruben elke twee weken naar de contactpersonen in de sociale centra. Dat heeft in november "
           "zeven nieuwe aanmeldingen opgeleverd.")

    P(doc, "Stand van zaken partner-OCMW’s", style="Heading 2")
    P(doc, [("Schoten: ", {"bold": True}),
            ("de lokalen werden aangepast (plexischermen, looprichting); de taalactivering loopt in twee "
             "groepjes van vier.", {})], style="List Bullet")
    P(doc, [("Edegem: ", {"bold": True}),
            ("de groep is gesplitst; één vrijwilliger belt elke week alle deelnemers op.", {})],
      style="List Bullet")
    P(doc, [("Mortsel: ", {"bold": True}),
            ("Dirk vraagt of online sessies meetellen als deelname voor de AMIF-rapportering; Sarah kan dat "
             "nu nog niet bevestigen.", {})], style="List Bullet")
    P(doc, [("Aantal actieve deelnemers in Edegem: ", {}), ("XXX", {"highlight": WD_COLOR_INDEX.YELLOW})])

    P(doc, "Groepsgrootte en coronamaatregelen", style="Heading 2")
    P(doc, "Ruben toont het lesrooster van december. Met de regel ‘4 + 1’ zijn er meer sessies nodig voor "
           "hetzelfde aantal deelnemers, en dus meer begeleidersuren. De partners hopen dat vanaf januari weer "
           "‘6 + 1’ kan, maar dat hangt af van het overlegcomité.")
    P(doc, "Greet merkt op dat kleine groepen ook voordelen hebben: deelnemers durven meer te spreken en de "
           "begeleider heeft meer tijd per persoon. Joke vindt dat de deelnemers elkaar wel missen; het "
           "groepsgevoel dat normaal op het einde van een module ontstaat, is er nu veel minder. Dirk vertelt "
           "dat Mortsel één sessie per week buiten organiseert (wandeling in het park met "
           "taalopdrachten), wat goed werkt zolang het droog is.")

    P(doc, "Tevredenheidsenquête", style="Heading 2")
    P(doc, "Sarah licht toe dat het POD werkt aan een vereenvoudigde enquête met pictogrammen, op basis van het "
           "Brusselse voorbeeld. Een online versie is volgens de partners niet haalbaar voor deze doelgroep. "
           "Iedereen is het erover eens dat de vragen in eenvoudig Nederlands moeten.")
    P(doc, "De huidige enquête bevat volgens Fatma te veel abstracte woorden (‘zelfredzaamheid’, ‘competenties’, "
           "‘algemene tevredenheid’). In Antwerpen vullen de meeste deelnemers ze in met hulp van een "
           "begeleider, wat de antwoorden beïnvloedt. Edegem heeft goede ervaringen met een mondelinge "
           "bevraging in kleine groep, met een bemiddelaar erbij.")

    P(doc, "Afspraken", style="Heading 2")
    bullets(doc, [
        "Een aangepast lesrooster voor januari opmaken (resp. Ruben).",
        "De vragenlijst in eenvoudig Nederlands herschrijven (resp. Fatma en Joke).",
        "Bij het POD navragen of online sessies meetellen als deelname (resp. OCMW Mortsel).",
        "Aanwezigheidslijsten van oktober en november bezorgen aan Hilde (resp. alle OCMW’s).",
        "Het POD bekijkt of de tablets uit het noodfonds ingezet kunnen worden.",
    ])
    P(doc, "Voorstel: in het voorjaar een gezamenlijke uitstap organiseren als de maatregelen het toelaten.",
      italic=True)

    P(doc, "Volgend overleg", style="Heading 2")
    P(doc, "Dinsdag 19 januari 2021 om 13.30 uur, opnieuw via Teams.")
    save(doc, "431_antwerpen_partners_teams_2020.docx")


# ---------------------------------------------------------------- 432
def r432():
    """POD MI (Sarah Dewaele): Webex with interpreters, lettered headings, people table, FR summary."""
    doc = new_doc("Verdana", 9.5, lang="nl-BE")
    header_footer(doc, "POD MI | SPP IS – AMIF/FAMI", "Verslag netwerkbijeenkomst 08.06.2021 – pagina ")
    P(doc, "Verslag netwerkbijeenkomst AMIF – OCMW’s", bold=True, size=15, color=BLUE)
    P(doc, "Dinsdag 8 juni 2021 – Webex", bold=True)
    P(doc, "Er was simultaanvertaling Nederlands-Frans door twee tolken (kanaal NL / kanaal FR).")
    P(doc, "Deelnemers", bold=True, color=BLUE)
    table(doc, [
        ["Naam", "Organisatie", "Status"],
        ["Sarah Dewaele", "POD MI", "aanwezig (verslag)"],
        ["Lotte Vandenbroucke", "POD MI", "aanwezig"],
        ["Bart Van Hecke", "OCMW Gent", "aanwezig"],
        ["Youssef El Idrissi", "OCMW Gent", "aanwezig"],
        ["Fatma Yilmaz", "OCMW Antwerpen", "aanwezig"],
        ["Nadia Benali", "OCMW Luik", "verontschuldigd"],
        ["Céline Thiry", "OCMW Luik", "aanwezig"],
        ["Sophie Dumont", "OCMW Charleroi", "aanwezig"],
        ["Isabelle Gobert", "OCMW Binche", "verontschuldigd"],
        ["Inge Dewitte", "OCMW Brussel", "aanwezig"],
        ["Marie-Claire Ngoy", "OCMW Brussel", "aanwezig"],
        ["Claire Van Roey", "tolk", "aanwezig"],
        ["Marc Dubois", "tolk", "aanwezig"],
    ], fill="BDD7EE", size=8.5, widths=[5.0, 5.0, 5.0])
    P(doc, "")
    P(doc, "Agenda", bold=True, color=BLUE)
    bullets(doc, ["09.30 – 09.45: Welkom en technische afspraken",
                  "09.45 – 10.45: Stand van zaken per OCMW",
                  "10.45 – 11.00: Pauze",
                  "11.00 – 11.45: Nieuwe AMIF-programmaperiode 2021-2027",
                  "11.45 – 12.20: Tevredenheidsenquête in meer talen",
                  "12.20 – 12.30: Acties en volgende bijeenkomst"])

    P(doc, "A. Welkom en technische afspraken", style="Heading 1")
    P(doc, "Sarah verwelkomt de deelnemers en geeft enkele praktische afspraken: micro uit als je niet spreekt, "
           "kies bovenaan het juiste taalkanaal, en spreek rustig zodat de tolken kunnen volgen. De bijeenkomst "
           "wordt niet opgenomen. Lotte is terug na haar verlof; zij volgt sinds mei het dossier ‘nieuwe "
           "programmaperiode’.", align="j")

    P(doc, "B. Stand van zaken per OCMW", style="Heading 1")
    P(doc, "Gent:", bold=True, space_after=0)
    P(doc, "Tot eind juni geldt in Gent nog de regel 4 deelnemers + 1 begeleider per lokaal. Vanaf juli hoopt "
           "het team op 6 + 1. De uitstappen starten opnieuw in september.", align="j")
    P(doc, "Antwerpen:", bold=True, space_after=0)
    P(doc, "De partners Schoten, Edegem en Mortsel werken opnieuw met kleine groepen. De online coaching wordt "
           "voor een deel behouden, omdat sommige deelnemers dat verkiezen (werkende deelnemers, moeders met "
           "jonge kinderen).", align="j")
    P(doc, "Luik:", bold=True, space_after=0)
    P(doc, "De boerderij van het OCMW is weer open voor de ateliers, met maximaal 3 deelnemers + 1 begeleider. "
           "Het creatief atelier werkt buiten zolang het weer het toelaat.", align="j")
    P(doc, "Charleroi:", bold=True, space_after=0)
    P(doc, "Ook Charleroi werkt met 3 + 1. De infosessies voor nieuwe deelnemers lopen in heel kleine groepen, "
           "waardoor er veel meer sessies nodig zijn.", align="j")
    P(doc, "Brussel:", bold=True, space_after=0)
    P(doc, "Inge meldt dat het team sinds april opnieuw voltallig is. Er starten in september twee nieuwe "
           "groepen.", align="j")
    P(doc, "NB: cijfers OCMW Brussel volgen nog", color=RED, italic=True)

    P(doc, "C. Nieuwe AMIF-programmaperiode 2021-2027", style="Heading 1")
    P(doc, "Lotte overloopt wat de nieuwe verordening (EU) 2021/1147 verandert. Projecten worden gemeten met "
           "gemeenschappelijke output- en resultaatindicatoren, onder meer:", align="j")
    for b in ["aantal deelnemers aan ondersteunende activiteiten;",
              "aantal deelnemers aan een taalcursus, aan inburgering/maatschappelijke oriëntatie en aan "
              "persoonlijke professionele begeleiding;",
              "aantal deelnemers aan een taalcursus die minstens één ERK-niveau gestegen zijn;",
              "aantal deelnemers die aangeven dat de activiteit hen hielp bij hun integratie."]:
        P(doc, b, style="List Number")
    P(doc, "De lidstaten rapporteren deze indicatoren elk jaar. Het POD verzamelt de cijfers voortaan één keer "
           "per jaar bij de OCMW’s, in plaats van per semester. Céline vraagt hoe het ERK-niveau gemeten moet "
           "worden als een OCMW zelf geen taallessen geeft; Lotte antwoordt dat een positioneringstest bij de start en op het einde volstaat.", align="j")

    P(doc, "D. Tevredenheidsenquête in meer talen", style="Heading 1")
    P(doc, "De vereenvoudigde enquête bestaat nu in het Arabisch, het Dari en het Tigrinya. Youssef merkt op dat "
           "de vertalingen soms te letterlijk zijn en dat woorden als ‘zelfvertrouwen’ in het Dari anders "
           "begrepen worden. Inge en Marie-Claire tonen de Brusselse versie met pictogrammen; de andere OCMW’s "
           "zijn enthousiast. Gent wil graag ook een versie in het Pashtoe.", align="j")

    P(doc, "E. Acties", style="Heading 1")
    for a in ["Nieuwe vertalingen van de enquête (Arabisch, Dari, Tigrinya) laten nakijken door de bemiddelaars "
              "– wie: Youssef",
              "Indicatorenfiche 2021-2027 rondsturen naar alle OCMW’s – wie: POD",
              "Cijfers eerste semester 2021 bezorgen aan het POD – wie: alle OCMW’s",
              "Brusselse pictogrammenversie van de enquête delen – wie: Inge en Marie-Claire",
              "Een gezamenlijke vorming over traumasensitief werken organiseren – wie: nog te bepalen"]:
        P(doc, "– " + a, indent=0.5, space_after=2)

    P(doc, "F. Volgende bijeenkomst", style="Heading 1")
    P(doc, "De volgende bijeenkomst is gepland op dinsdag 19 oktober 2021, indien mogelijk fysiek in Charleroi.")

    P(doc, "Résumé en français", style="Heading 1")
    P(doc, "Réunion en ligne (Webex) avec interprétation simultanée. Tous les CPAS travaillent encore en petits "
           "groupes (3 + 1 à Liège et Charleroi, 4 + 1 à Gand). Le SPP a présenté les indicateurs communs de la "
           "nouvelle période FAMI 2021-2027 (règlement (UE) 2021/1147) ; les chiffres seront désormais collectés "
           "une fois par an. L’enquête de satisfaction existe en arabe, dari et tigrinya ; les médiateurs "
           "vérifieront les traductions.", italic=True, align="j")
    P(doc, "Actions : Youssef fait relire les traductions ; le SPP envoie la fiche indicateurs ; tous les CPAS "
           "envoient leurs chiffres du premier semestre ; Inge et Marie-Claire partagent la version en "
           "pictogrammes ; une formation commune sur le trauma reste à organiser (responsable à définir).",
      italic=True, align="j")
    P(doc, "Prochaine réunion : mardi 19 octobre 2021, si possible en présentiel à Charleroi.", italic=True)
    save(doc, "432_pod_webex_tolken_2021.docx")


# ---------------------------------------------------------------- 433
def r433():
    """Liège, new hand (Laura Gillet): hybrid, Roman headings, initials legend, pasted e-mail."""
    doc = new_doc("Calibri", 11, lang="fr-BE")
    header_footer(doc, "CPAS de Liège – Mod’Actions – FAMI", "Compte rendu réseau FAMI – 30/09/2022")
    P(doc, "Compte rendu – Réunion du réseau FAMI", style="Title")
    P(doc, "Vendredi 30 septembre 2022 – CPAS de Liège (La Ferme) et via Teams", bold=True)
    P(doc, "Rédaction : Laura Gillet (nouvelle collaboratrice du projet Mod’Actions)", italic=True)
    P(doc, "Présents sur place :", bold=True, space_after=0)
    bullets(doc, ["Céline Thiry (CPAS Liège)", "Julien Collard (CPAS Liège)", "Marc Lhoest (CPAS Liège)",
                  "Laura Gillet (CPAS Liège)", "Sophie Dumont (CPAS Charleroi)", "Karim Haddou (CPAS Charleroi)",
                  "Lotte Vandenbroucke (SPP IS)"])
    P(doc, "Présents en ligne :", bold=True, space_after=0)
    bullets(doc, ["Bart Van Hecke (CPAS Gand)", "Hilde Peeters (CPAS Anvers)", "Rachid Amrani (CPAS Bruxelles)",
                  "Dirk Verlinden (CPAS Mortsel)"])
    P(doc, [("Excusés : ", {"bold": True}),
            ("Isabelle Gobert (CPAS Binche), Inge Dewitte (CPAS Bruxelles)", {})])
    P(doc, "Légende des initiales : CT = Céline Thiry ; JC = Julien Collard ; ML = Marc Lhoest ; "
           "LG = Laura Gillet ; SD = Sophie Dumont ; LV = Lotte Vandenbroucke", size=9, color=GREY)
    P(doc, "Ordre du jour", bold=True)
    for a in ["Accueil et tour de table", "Visite de la ferme et présentation des ateliers",
              "Indicateurs communs FAMI 2021-2027", "Contrats et taux de présence", "Divers"]:
        P(doc, a, style="List Number")

    P(doc, "I. Accueil et tour de table", style="Heading 1")
    P(doc, "Céline accueille les collègues à la ferme, sur place et en ligne. La connexion Teams a mis un peu "
           "de temps au début (le micro de la salle ne marchait pas), désolée pour les collègues à distance. "
           "Chaque CPAS se présente en deux minutes. Je me suis présentée aussi : je remplace Nadia, qui a "
           "rejoint le service ISP du CPAS.")

    P(doc, "II. Visite de la ferme et présentation des ateliers", style="Heading 1")
    P(doc, "Marc fait visiter le potager, le poulailler et l’atelier bois. La ferme accueille XXX participants "
           "par semaine (chiffre à vérifier). Les ateliers se déroulent en petits groupes ; depuis juin, il n’y a "
           "plus de limite de type « 3 + 1 », mais l’équipe garde des groupes de 8 au maximum.")
    P(doc, "Julien présente les quatre ateliers collectifs de Mod’Actions (activation sociale, créatif, "
           "informatique, réalisation de projet) et l’accompagnement individuel. Une sortie socioculturelle "
           "est toujours organisée chaque mois.")

    P(doc, "III. Indicateurs communs FAMI 2021-2027", style="Heading 1")
    P(doc, "Ce que le SPP demande :", bold=True, color=BLUE)
    P(doc, "Lotte avait envoyé un mail avant la réunion, je le recopie ici pour ceux qui ne l’ont pas reçu :")
    for l in ["De : Lotte Vandenbroucke",
              "Envoyé : mardi 20 septembre 2022 14:12",
              "À : Réseau FAMI CPAS",
              "Objet : Indicateurs communs – période 2021-2027",
              "",
              "Bonjour à toutes et à tous,",
              "Comme annoncé, voici les indicateurs communs que nous devrons rapporter chaque année à l’autorité "
              "responsable : nombre de participants aux activités de soutien ; nombre de participants à un cours "
              "de langue, à une orientation civique et à un accompagnement professionnel personnalisé ; nombre "
              "de participants à un cours de langue ayant progressé d’au moins un niveau du CECR ; nombre de "
              "participants qui déclarent que l’activité les a aidés à s’intégrer. Nous en parlerons le 30/09 à "
              "Liège.",
              "Bien à vous,",
              "Lotte"]:
        P(doc, l, font="Courier New", size=9, space_after=0, indent=0.5)
    P(doc, "")
    P(doc, "Questions des CPAS :", bold=True, color=BLUE)
    bullets(doc, [
        "Comment mesurer le niveau CECR quand le CPAS ne donne pas lui-même de cours de langue ? (Gand)",
        "La question « l’activité vous a-t-elle aidé à vous intégrer ? » est trop abstraite pour notre public "
        "(Charleroi, Liège).",
        "Faut-il compter les personnes qui ne viennent qu’à la séance d’info ? (Anvers)",
    ])
    P(doc, "Lotte répond que seules les personnes qui commencent réellement une activité comptent. Pour le CECR, "
           "un test de positionnement au début et à la fin est accepté.")

    P(doc, "IV. Contrats et taux de présence", style="Heading 1")
    P(doc, "Rappel : à Liège, chaque participant signe trois contrats (AS, entretien d’admission, responsable "
           "de module). Le taux de présence demandé est de 80 %. Charleroi et Mortsel voudraient s’en "
           "inspirer. Le CPAS de Liège enverra le modèle de contrat aux partenaires qui le souhaitent.")
    P(doc, "Karim remarque que la ponctualité s’est beaucoup améliorée depuis qu’un SMS de rappel est envoyé la "
           "veille des ateliers.")

    P(doc, "V. Divers", style="Heading 1")
    P(doc, "Bart annonce que Gand accueille depuis le printemps beaucoup de personnes venues d’Ukraine. Plusieurs "
           "CPAS aimeraient une fiche d’évaluation en ukrainien.")
    p = P(doc, "TODO : ajouter le lien vers le dossier partagé")
    p.runs[0].font.highlight_color = WD_COLOR_INDEX.PINK

    P(doc, "VI. Actions", style="Heading 1")
    table(doc, [
        ["Action", "Qui", "Pour quand"],
        ["Envoyer le lien du dossier partagé aux participants en ligne", "LG", "7/10"],
        ["Compléter le tableau des indicateurs 2022 (premier essai)", "tous les CPAS", "15/10/2022"],
        ["Préparer une note sur la conservation des documents (5 ans)", "LV", "décembre"],
        ["Organiser une visite de la ferme pour les AS des antennes", "CT / JC", "novembre"],
        ["Traduire la fiche d’évaluation en ukrainien", "?", ""],
    ], style="Light List Accent 1", widths=[10.0, 3.0, 3.0])

    P(doc, "VII. Prochaine réunion", style="Heading 1")
    P(doc, "La prochaine réunion aura lieu le jeudi 8 décembre 2022 à Gand (à confirmer).")
    save(doc, "433_liege_hybride_indicateurs_2022.docx")


# ---------------------------------------------------------------- 434
def r434():
    """Antwerpen (Tom Janssens): network day with interpreters in the booth, 2.1 sub-headings, '– wie:'."""
    doc = new_doc("Calibri", 11, lang="nl-BE")
    header_footer(doc, "Naar een geïntegreerd migratiebeleid, dankzij het AMIF / Vers une politique de migration "
                       "plus intégrée, grâce au FAMI", "Netwerkdag AMIF – Antwerpen – 8 mei 2023")
    P(doc, "ONTWERP – cijfers Mortsel nog aan te vullen", bold=True, color=RED)
    P(doc, "Verslag netwerkdag AMIF – OCMW Antwerpen", style="Title")
    P(doc, "Maandag 8 mei 2023 – Stadscampus, zaal Magazijn, Antwerpen", bold=True)
    P(doc, [("Aanwezig: ", {"bold": True}),
            ("Tom Janssens, Hilde Peeters, Fatma Yilmaz (OCMW Antwerpen); Greet Van Dyck (OCMW Schoten); Joke "
             "Hermans (OCMW Edegem); Dirk Verlinden (OCMW Mortsel); Ann-Sophie De Clercq, Youssef El Idrissi "
             "(OCMW Gent); Laura Gillet, Julien Collard (CPAS Liège); Karim Haddou (CPAS Charleroi); Isabelle "
             "Gobert (CPAS Binche); Rachid Amrani (CPAS Bruxelles); Sarah Dewaele, Koen Mertens (POD MI).", {})],
      align="j")
    P(doc, [("Verontschuldigd: ", {"bold": True}),
            ("Bart Van Hecke (OCMW Gent), Sophie Dumont (CPAS Charleroi)", {})])
    P(doc, "Agenda", bold=True)
    for l in ["09u30\tOnthaal met koffie",
              "10u00\tWelkom en inleiding",
              "10u15\tStand van zaken per OCMW",
              "11u30\tVoorstelling: werken met Oekraïense deelnemers",
              "12u30\tLunch",
              "13u30\tWorkshop: van 4+1 naar 6+1 – groepsgrootte na corona",
              "15u00\tAfspraken en afsluiting"]:
        p = P(doc, l, space_after=0)
        tabstop(p, 2.0)

    P(doc, "1. Welkom en inleiding", style="Heading 1")
    P(doc, "Tom verwelkomt iedereen in Antwerpen, voor het eerst opnieuw een volledige dag ter plaatse en zonder onlinedeelnemers. Twee tolken in de "
           "cabine zorgden de hele dag voor simultaanvertaling Nederlands-Frans; de koptelefoons lagen aan de "
           "ingang. Koen stelt zich voor: hij volgt sinds januari samen met Sarah het netwerk op bij het POD.",
      align="j")

    P(doc, "2. Stand van zaken per OCMW", style="Heading 1")
    P(doc, "Overzicht van de cijfers die de OCMW’s vooraf bezorgden (kalenderjaar 2022):", italic=True)
    table(doc, [
        ["OCMW", "Ingeschreven", "Afgerond", "Doorstroom opleiding/ISP"],
        ["Antwerpen + Schoten + Edegem", "88", "61", "17"],
        ["Mortsel", "–", "–", "–"],
        ["Gent", "74", "52", "14"],
        ["Luik", "69", "47", "9"],
        ["Charleroi + Binche", "81", "55", "12"],
        ["Brussel", "57", "36", "8"],
    ], fill="E2EFD9", widths=[6.5, 3.0, 3.0, 4.0])
    P(doc, "2.1 Antwerpen en partners", style="Heading 2")
    P(doc, "De drie partner-OCMW’s werken sinds dit jaar met één gezamenlijke kalender. Schoten organiseert de "
           "taalactivering voor de drie gemeenten; Edegem neemt de uitstappen voor zijn rekening.", align="j")
    P(doc, "2.2 Gent", style="Heading 2")
    P(doc, "Ann-Sophie is de nieuwe coördinator sinds Bart deeltijds werkt. Gent wil in het najaar een "
           "uitwisseling tussen de bemiddelaars van de verschillende OCMW’s organiseren.", align="j")
    P(doc, "2.3 Luik", style="Heading 2")
    P(doc, "Laura en Julien vertellen dat de boerderij vol zit; er is een wachtlijst voor het creatief atelier. "
           "De drie contracten per deelnemer blijven behouden.", align="j")
    P(doc, "2.4 Charleroi en Binche", style="Heading 2")
    P(doc, "Karim meldt dat Binche nu volwaardig meedraait in de ontdekkingsateliers. De infosessies worden "
           "beter bijgewoond sinds de maatschappelijk werkers hun cliënten zelf meebrengen.", align="j")
    P(doc, "2.5 Brussel", style="Heading 2")
    P(doc, "Rachid stelt de nieuwe module ‘wonen in Brussel’ voor, samen met het Huurdersplatform.", align="j")

    P(doc, "3. Werken met Oekraïense deelnemers", style="Heading 1")
    P(doc, "Hilde en Fatma stellen voor hoe Antwerpen sinds maart 2022 Oekraïense nieuwkomers opvangt. Het "
           "profiel verschilt sterk van de vroegere doelgroep: vaak hoog opgeleid, maar met veel stress over "
           "familie die achterbleef. Korte, praktische infosessies werken beter dan lange modules.", align="j")
    P(doc, "Fatma toont het programma van vier weken: wonen en huurcontracten, kinderopvang en school, "
           "gezondheidszorg en huisarts, werk en erkenning van diploma’s. Veel deelnemers willen zo snel "
           "mogelijk werken; de taal blijft de grootste drempel. De Franstalige OCMW’s herkennen dat beeld. "
           "Julien vertelt dat in Luik vooral de erkenning van diploma’s veel tijd kost.", align="j")
    P(doc, "[foto’s toevoegen]", italic=True, color=GREY)

    P(doc, "4. Workshop groepsgrootte", style="Heading 1")
    P(doc, "Tijdens corona gebruikten de OCMW’s verschillende regels (3 + 1 in Luik en Charleroi, 4 + 1 in Gent). "
           "Nu alle maatregelen weg zijn, werken de meeste OCMW’s met groepen van 6 deelnemers + 1 begeleider "
           "voor de taalactivering en tot 10 deelnemers voor uitstappen. De deelnemers zijn het erover eens "
           "dat kleine groepen de band tussen deelnemers versterken.", align="j")
    P(doc, "In kleine groepen rond de tafel werden voor- en nadelen verzameld:", align="j")
    for b in ["kleinere groepen: meer spreektijd per deelnemer, meer vertrouwen, maar meer begeleidersuren;",
              "grotere groepen: meer groepsdynamiek en makkelijker om uitstappen te organiseren;",
              "gemengde groepen (oude en nieuwe deelnemers): goed voor de nieuwkomers, maar het lesrooster "
              "moet dan evenwichtig zijn."]:
        P(doc, b, style="List Bullet")
    P(doc, "Er wordt beslist om de ervaringen in oktober opnieuw te bespreken.", align="j")

    P(doc, "5. Te doen", style="Heading 1")
    for a in ["Presentaties van vandaag op de gedeelde map zetten – wie: Tom",
              "Contact opnemen met de VDAB voor een gezamenlijke infosessie – wie: Hilde & Fatma",
              "Ervaringen met het 6+1-model bijhouden tot oktober – wie: elk OCMW",
              "Binche toegang geven tot de gedeelde map – wie: OCMW Charleroi",
              "Budgetwijziging 2023 indienen bij de verantwoordelijke autoriteit – wie: POD",
              "Het evaluatieformulier laten vertalen naar het Oekraïens – wie: nog te bepalen"]:
        P(doc, a, style="List Bullet")

    P(doc, "6. Volgende netwerkdag", style="Heading 1")
    P(doc, "Dinsdag 17 oktober 2023 in Brussel (CPAS de Bruxelles).")
    save(doc, "434_antwerpen_netwerkdag_tolken_2023.docx")


# ---------------------------------------------------------------- 435
def r435():
    """Brussels bilingual team (Inge Dewitte & Rachid Amrani): NL | FR side by side in two columns."""
    doc = new_doc("Arial", 10, margins=1.8, lang="nl-BE")
    header_footer(doc, "OCMW Brussel – CPAS de Bruxelles", "Netwerk AMIF / Réseau FAMI – 27.11.2024 – ")
    P(doc, "Verslag netwerkbijeenkomst OCMW’s – Rapport rencontre réseau CPAS", bold=True, size=14, align="c")
    P(doc, "27 november 2024 – 27 novembre 2024", bold=True, align="c")
    P(doc, "OCMW Brussel / CPAS de Bruxelles – Hoogstraat 298a / rue Haute 298a", align="c", space_after=10)
    table(doc, [
        ["Organisatie / Organisation", "Aanwezig / Présent·e·s", "Verontschuldigd / Excusé·e·s"],
        ["POD MI / SPP IS", "Koen Mertens, Sarah Dewaele", ""],
        ["OCMW Gent / CPAS de Gand", "Ann-Sophie De Clercq", "Youssef El Idrissi"],
        ["OCMW Antwerpen / CPAS d’Anvers", "Tom Janssens, Fatma Yilmaz", ""],
        ["OCMW Schoten / CPAS de Schoten", "Greet Van Dyck", ""],
        ["OCMW Luik / CPAS de Liège", "Laura Gillet", "Céline Thiry"],
        ["OCMW Charleroi / CPAS de Charleroi", "Karim Haddou", ""],
        ["OCMW Binche / CPAS de Binche", "Isabelle Gobert", ""],
        ["OCMW Brussel / CPAS de Bruxelles", "Inge Dewitte, Rachid Amrani, Marie-Claire Ngoy", ""],
        ["OCMW Mortsel / CPAS de Mortsel", "", "Dirk Verlinden"],
    ], fill="FBE4D5", size=9, widths=[6.0, 6.5, 4.5])
    P(doc, "")
    P(doc, "Agenda / Ordre du jour", bold=True)
    table(doc, [
        ["Van / De", "Tot / À", "Agendapunt / Point"],
        ["10:00", "10:15", "Welkom – Accueil"],
        ["10:15", "11:30", "Stand van zaken – État des lieux"],
        ["11:30", "12:30", "Bewaring van documenten en GDPR – Conservation des documents et RGPD"],
        ["12:30", "13:30", "Lunch – Dîner"],
        ["13:30", "14:45", "Tevredenheidsenquête: resultaten 2024 – Enquête de satisfaction : résultats 2024"],
        ["14:45", "15:00", "Afspraken – Accords"],
    ], fill="FBE4D5", size=9, widths=[2.0, 2.0, 13.0])

    def two(nl, fr):
        t = doc.add_table(rows=1, cols=2)
        cell_text(t.cell(0, 0), nl)
        cell_text(t.cell(0, 1), fr, italic=True)
        for row in t.rows:
            row.cells[0].width = Cm(8.7)
            row.cells[1].width = Cm(8.7)
        return t

    P(doc, "1. Welkom – Accueil", style="Heading 2")
    two("Inge verwelkomt iedereen in het OCMW Brussel. Het verslag wordt zoals altijd door het Brusselse team "
        "in twee talen opgemaakt; er waren vandaag geen tolken.",
        "Inge souhaite la bienvenue à tous au CPAS de Bruxelles. Comme d’habitude, l’équipe bruxelloise rédige "
        "le rapport dans les deux langues ; il n’y avait pas d’interprètes aujourd’hui.")

    P(doc, "2. Stand van zaken – État des lieux", style="Heading 2")
    two("Gent: nieuwe groep voor jonge volwassenen (18-25 jaar) sinds september.\n\n"
        "Antwerpen en Schoten: de gezamenlijke kalender werkt goed; Edegem en Mortsel sluiten vanaf januari "
        "weer aan.\n\n"
        "Luik: Laura neemt de coördinatie tijdelijk over.\n\n"
        "Charleroi en Binche: 46 deelnemers in module 9; Binche organiseert zelf twee ateliers.\n\n"
        "Brussel: de module ‘wonen in Brussel’ wordt in 2025 herhaald.",
        "Gand : nouveau groupe pour jeunes adultes (18-25 ans) depuis septembre.\n\n"
        "Anvers et Schoten : le calendrier commun fonctionne bien ; Edegem et Mortsel reviennent à partir de "
        "janvier.\n\n"
        "Liège : Laura reprend temporairement la coordination.\n\n"
        "Charleroi et Binche : 46 participants au module 9 ; Binche organise elle-même deux ateliers.\n\n"
        "Bruxelles : le module « se loger à Bruxelles » sera répété en 2025.")

    P(doc, "3. Bewaring van documenten en GDPR – Conservation des documents et RGPD", style="Heading 2")
    two("Koen legt uit dat documenten van een AMIF-project vijf jaar bewaard moeten worden vanaf 31 december "
        "van het jaar van de laatste betaling (art. 82 van verordening (EU) 2021/1060). Persoonsgegevens mogen "
        "niet langer bewaard worden dan nodig (art. 5 AVG), en een deelnemer kan vragen om alles in te zien wat "
        "over hem bewaard wordt (art. 15).\n\n"
        "Elk OCMW blijft eigenaar van de dossiers van zijn deelnemers. Het POD ontvangt enkel anonieme cijfers.",
        "Koen explique que les documents d’un projet FAMI doivent être conservés cinq ans à partir du 31 "
        "décembre de l’année du dernier paiement (art. 82 du règlement (UE) 2021/1060). Les données "
        "personnelles ne peuvent pas être gardées plus longtemps que nécessaire (art. 5 RGPD), et un "
        "participant peut demander à voir tout ce qui est conservé à son sujet (art. 15).\n\n"
        "Chaque CPAS reste propriétaire des dossiers de ses participants. Le SPP ne reçoit que des chiffres "
        "anonymes.")

    P(doc, "4. Tevredenheidsenquête – Enquête de satisfaction", style="Heading 2")
    two("In 2024 werden 212 enquêtes ingevuld, waarvan 78 % positief. De pictogrammenversie wordt het meest "
        "gebruikt. Marie-Claire toont de nieuwe versie met audio in het Arabisch en het Dari, via een QR-code. "
        "Sommige OCMW’s vinden de vraag over ‘integratie’ nog altijd te abstract.",
        "[traduction à suivre]")

    P(doc, "5. Afspraken – Accords", style="Heading 2")
    table(doc, [
        ["Actie – Action", "Wie – Qui", "Tegen – Pour le"],
        ["Het POD stuurt een nota over de bewaartermijnen naar alle OCMW’s. / Le SPP envoie une note sur les "
         "délais de conservation à tous les CPAS.", "POD / SPP", "31/01/2025"],
        ["De pictogrammenversie van de enquête met audio delen. / Partager la version en pictogrammes avec "
         "audio de l’enquête.", "Marie-Claire", "15/12/2024"],
        ["Een overzicht maken van de gedeelde activiteiten Charleroi–Binche. / Faire un aperçu des activités "
         "communes Charleroi–Binche.", "Karim + Isabelle", "maart / mars 2025"],
        ["Nagaan welke oude dossiers (project 2016-2020) vernietigd mogen worden. / Vérifier quels anciens "
         "dossiers (projet 2016-2020) peuvent être détruits.", "Alle OCMW’s / Tous les CPAS", "—"],
        ["De projectfiche 2025 van Schoten actualiseren. / Actualiser la fiche projet 2025 de Schoten.",
         "OCMW Schoten / CPAS de Schoten", "februari / février 2025"],
        ["De volgende vergadering praktisch organiseren. / Organiser la prochaine réunion sur le plan "
         "pratique.", "nog te bepalen / à définir", ""],
    ], fill="FBE4D5", size=9, widths=[11.0, 3.5, 3.0])

    P(doc, "6. Volgende vergadering – Prochaine réunion", style="Heading 2")
    two("Maart 2025, datum nog te bepalen.", "Mars 2025, date à fixer.")
    save(doc, "435_bruxelles_tweetalig_naast_elkaar_2024.docx")


# ---------------------------------------------------------------- 436
def r436():
    """POD MI (Koen Mertens): Teams, DRAFT line, unnumbered headings, indicator table, passive future."""
    doc = new_doc("Calibri", 11, lang="nl-BE")
    header_footer(doc, "POD Maatschappelijke Integratie – AMIF 2021-2027", "Netwerkbijeenkomst 10.02.2026 – p. ")
    P(doc, "DRAFT – opmerkingen van de OCMW’s nog toe te voegen", bold=True, color=RED,
      highlight=WD_COLOR_INDEX.YELLOW)
    P(doc, "Verslag netwerkbijeenkomst AMIF-OCMW’s", style="Title")
    P(doc, "10 februari 2026, 10.00 – 12.30 uur", bold=True)
    P(doc, "De bijeenkomst vond online plaats (Microsoft Teams); er was geen vertolking, de Franstalige collega’s "
           "spraken Frans en iedereen begreep elkaar.")
    P(doc, "Aanwezig", bold=True, space_after=0)
    bullets(doc, ["Koen Mertens (POD MI, voorzitter en verslag)", "Sarah Dewaele (POD MI)",
                  "Ann-Sophie De Clercq (OCMW Gent)", "Youssef El Idrissi (OCMW Gent)",
                  "Tom Janssens (OCMW Antwerpen)", "Joke Hermans (OCMW Edegem)", "Laura Gillet (OCMW Luik)",
                  "Karim Haddou (OCMW Charleroi)", "Marie-Claire Ngoy (OCMW Brussel)"])
    P(doc, [("Verontschuldigd: ", {"bold": True}),
            ("Fatma Yilmaz (OCMW Antwerpen), Greet Van Dyck (OCMW Schoten), Inge Dewitte (OCMW Brussel)", {})])
    P(doc, "Agenda", bold=True, space_after=0)
    bullets(doc, ["Goedkeuring vorig verslag", "Jaarrapportering 2025: gemeenschappelijke indicatoren",
                  "Tussentijdse evaluatie van het programma", "Bewaring van projectdocumenten na afloop",
                  "Varia"])

    P(doc, "Goedkeuring vorig verslag", style="Heading 1")
    P(doc, "Het verslag van 14 oktober 2025 wordt goedgekeurd. Er zijn geen opmerkingen van Luik of Brussel "
           "binnengekomen.")

    P(doc, "Jaarrapportering 2025", style="Heading 1")
    P(doc, "Sarah toont de eerste cijfers voor de jaarlijkse rapportering van de gemeenschappelijke "
           "indicatoren (verordening (EU) 2021/1147):")
    table(doc, [
        ["OCMW", "Deelnemers steunactiviteiten", "Waarvan taalcursus", "Min. 1 ERK-niveau hoger",
         "‘Hielp bij integratie’"],
        ["Gent", "81", "44", "29", "83 %"],
        ["Antwerpen (+ partners)", "102", "61", "37", "79 %"],
        ["Luik", "73", "40", "22", "86 %"],
        ["Charleroi (+ Binche)", "88", "52", "31", "81 %"],
        ["Brussel", "cijfers volgen", "", "", ""],
    ], style="Light Grid Accent 1", size=9, widths=[4.0, 3.5, 3.0, 3.0, 3.0])
    P(doc, "")
    P(doc, "De percentages voor ‘hielp bij integratie’ zijn gebaseerd op de pictogrammenversie van de "
           "tevredenheidsenquête. De definitieve indicatorentabel wordt tegen 27 februari aan de "
           "verantwoordelijke autoriteit bezorgd door het POD.")
    P(doc, "Laura vraagt of deelnemers die in 2025 gestart zijn maar nog niet afgerond hebben, al meetellen. "
           "Sarah bevestigt dat iedereen meetelt die in 2025 minstens één activiteit gevolgd heeft. Voor het "
           "ERK-niveau tellen alleen deelnemers met een test bij de start én op het einde. Tom merkt op dat "
           "Antwerpen de cijfers van Schoten, Edegem en Mortsel samen rapporteert, zoals afgesproken.")

    P(doc, "Tussentijdse evaluatie", style="Heading 1")
    P(doc, "Het programma wordt dit voorjaar extern geëvalueerd. De evaluatoren willen per OCMW met "
           "deelnemers spreken. Youssef wijst erop dat dit niet zonder bemiddelaar kan en dat deelnemers vooraf "
           "moeten weten wat er met hun antwoorden gebeurt. Youssef zal de vragenlijst voor de deelnemers testen "
           "met twee groepen in Gent.")
    P(doc, "Tom vindt dat de evaluatie ook moet kijken naar het werk van de maatschappelijk werkers in de "
           "sociale centra, niet alleen naar het projectteam. Koen heeft dat punt intussen al in het evaluatiekader opgenomen.")
    P(doc, "Ann-Sophie stelt voor om ook oud-deelnemers te laten spreken, bv. mensen die in 2022 of 2023 "
           "een traject afgerond hebben en nu werken of een opleiding volgen. Karim vindt dat een goed idee, "
           "maar waarschuwt dat oud-deelnemers vaak moeilijk te bereiken zijn.")

    P(doc, "Bewaring van projectdocumenten", style="Heading 1")
    P(doc, "Koen herhaalt de regel: documenten van een AMIF-operatie worden vijf jaar bewaard vanaf 31 december "
           "van het jaar van de laatste betaling. Persoonsgegevens van deelnemers worden niet langer bewaard dan "
           "nodig. Er wordt beslist dat het POD geen kopieën van deelnemersdossiers bijhoudt; elk OCMW blijft "
           "verantwoordelijk voor de eigen dossiers en voor vragen om inzage.")
    P(doc, "Voor de dossiers van het project 2016-2020 loopt de bewaartermijn in de meeste OCMW’s af. Joke "
           "vraagt of papieren aanwezigheidslijsten dan vernietigd mogen worden. Koen antwoordt dat dit kan "
           "zodra de termijn verstreken is, op voorwaarde dat de eindafrekening afgesloten is.")

    P(doc, "Varia", style="Heading 1")
    P(doc, "Sophie Dumont is eind 2025 met pensioen gegaan; Karim neemt de coördinatie in Charleroi over. "
           "Iedereen bedankt Sophie voor tien jaar inzet in het netwerk. Marie-Claire heeft de audioversie van "
           "de enquête intussen ook in het Tigrinya opgenomen.")

    P(doc, "Afspraken", style="Heading 1")
    for a in ["Bezorg de ontbrekende cijfers 2025 aan Sarah vóór 20 februari (alle OCMW’s).",
              "Lees het ontwerp van evaluatiekader na en stuur opmerkingen naar Koen (Tom, Laura).",
              "Plan een lokaal overleg met de DPO over de bewaartermijnen (OCMW Edegem).",
              "Zoek een gastspreker over digitale inclusie voor de volgende bijeenkomst (nog te bepalen)."]:
        P(doc, a, style="List Number")

    P(doc, "Volgende bijeenkomst", style="Heading 1")
    P(doc, "Dinsdag 19 mei 2026, 10.00 uur, via Teams.")
    save(doc, "436_pod_jaarrapportering_teams_2026.docx")


if __name__ == "__main__":
    for f in (r427, r428, r429, r430, r431, r432, r433, r434, r435, r436):
        f()
