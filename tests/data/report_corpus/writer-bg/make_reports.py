# -*- coding: utf-8 -*-
"""Builds the ten meeting reports 597-606 of the AMIF network (invented people) with python-docx.
One function per report; each one imitates the Word habits of the person who wrote it."""
import os

from docx import Document
from docx.enum.section import WD_ORIENT  # noqa: F401  (kept: some writers switch orientation)
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_COLOR_INDEX
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor, Cm

HERE = os.path.dirname(os.path.abspath(__file__))

TAG_NL = "Naar een geïntegreerd migratiebeleid, dankzij het AMIF"
TAG_FR = "Vers une politique de migration plus intégrée, grâce au FAMI"
GREY = RGBColor(0x59, 0x59, 0x59)
BLUE = RGBColor(0x1F, 0x4E, 0x79)
RED = RGBColor(0xC0, 0x00, 0x00)
GREEN = RGBColor(0x37, 0x86, 0x3C)


# ---------------------------------------------------------------- helpers
def new_doc(font="Calibri", size=11):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.append(rfonts)
    rfonts.set(qn("w:eastAsia"), font)
    return doc


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


def header(doc, lines, italic=True, align=WD_ALIGN_PARAGRAPH.RIGHT, size=8):
    hp = doc.sections[0].header.paragraphs[0]
    hp.alignment = align
    for i, line in enumerate(lines):
        r = hp.add_run(line)
        r.italic = italic
        r.font.size = Pt(size)
        r.font.color.rgb = GREY
        if i < len(lines) - 1:
            r.add_break()


def footer(doc, text, page=True, size=8):
    fp = doc.sections[0].footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run(text)
    r.font.size = Pt(size)
    if page:
        r2 = fp.add_run()
        r2.font.size = Pt(size)
        add_field(r2, "PAGE")


def para(doc, text="", bold=False, italic=False, color=None, size=None, style=None, align=None,
         underline=False, highlight=None, space_after=None):
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        r.underline = underline
        if color is not None:
            r.font.color.rgb = color
        if size:
            r.font.size = Pt(size)
        if highlight is not None:
            r.font.highlight_color = highlight
    if align is not None:
        p.alignment = align
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    return p


def runs(doc_or_cell, parts, style=None, align=None):
    """parts: list of (text, {bold, italic, color, br, tab})"""
    p = doc_or_cell.add_paragraph(style=style) if style else doc_or_cell.add_paragraph()
    for text, fmt in parts:
        r = p.add_run(text)
        r.bold = fmt.get("bold")
        r.italic = fmt.get("italic")
        r.underline = fmt.get("underline")
        if fmt.get("color") is not None:
            r.font.color.rgb = fmt["color"]
        if fmt.get("highlight") is not None:
            r.font.highlight_color = fmt["highlight"]
        if fmt.get("br"):
            r.add_break()
    if align is not None:
        p.alignment = align
    return p


def page_break(doc):
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def table(doc, rows, style="Table Grid", header_bold=True, widths=None, shade_header=None):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    if style:
        t.style = doc.styles[style]
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            cell = t.cell(i, j)
            cell.text = ""
            p = cell.paragraphs[0]
            r = p.add_run(val)
            if i == 0 and header_bold:
                r.bold = True
            if i == 0 and shade_header:
                tcpr = cell._tc.get_or_add_tcPr()
                shd = OxmlElement("w:shd")
                shd.set(qn("w:val"), "clear")
                shd.set(qn("w:color"), "auto")
                shd.set(qn("w:fill"), shade_header)
                tcpr.append(shd)
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    return t


def cell_para(cell, text, bold=False, italic=False, color=None, first=False, style=None):
    p = cell.paragraphs[0] if first else cell.add_paragraph(style=style)
    if style and first:
        p.style = style
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    if color is not None:
        r.font.color.rgb = color
    return p


def save(doc, name):
    doc.save(os.path.join(HERE, name))


# ---------------------------------------------------------------- 597
def r597():
    """Elke Verstraete (OCMW Gent) reused the file of the October 2022 meeting in Antwerpen."""
    doc = new_doc("Calibri", 11)
    header(doc, [TAG_NL, TAG_FR])
    footer(doc, "Verslag uitwisseling OCMW's – 18/10/2022 – p. ")  # old footer left from the previous file
    para(doc, "Verslag uitwisseling OCMW's", style="Title")
    para(doc, "Dinsdag 7 maart 2023 – OCMW Gent, vergaderzaal 2.14 (Sociaal Huis Zuid)", bold=True)
    para(doc, "NOG NAKIJKEN: stukken uit het vorige verslag (oktober 2022) staan er nog in.",
         bold=True, highlight=WD_COLOR_INDEX.YELLOW)
    para(doc, "Aanwezig:", bold=True, space_after=2)
    table(doc, [
        ["Naam", "Organisatie"],
        ["Elke Verstraete", "OCMW Gent"],
        ["Jonas De Wilde", "OCMW Gent"],
        ["Nadia El Khattabi", "OCMW Gent"],
        ["Pieter Goossens", "OCMW Antwerpen"],
        ["Leen Van Roey", "OCMW Schoten"],
        ["Aurélie Delvaux", "CPAS Liège"],
        ["Sarah Lambrechts", "POD MI"],
    ], widths=[6, 6])
    p = para(doc)
    p.add_run("Verontschuldigd: ").bold = True
    p.add_run("Tom Wouters (OCMW Mortsel), Fatima Ouali (OCMW Brussel)")
    para(doc, "Agenda:", bold=True, space_after=2)
    for a, b in [("10u00 – 10u15", "Onthaal en koffie"),
                 ("10u15 – 11u00", "Stand van zaken per OCMW"),
                 ("11u00 – 12u00", "De tevredenheidsenquête: wat werkt niet?"),
                 ("12u00 – 13u00", "Lunch"),
                 ("13u00 – 14u30", "Werkbezoek atelier Taalactivering"),
                 ("14u30 – 15u00", "Afspraken en volgende bijeenkomst")]:
        p = para(doc, space_after=0)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(3.5))
        p.add_run(a + "\t" + b)

    doc.add_heading("1. Onthaal", level=1)
    para(doc, "Elke verwelkomt iedereen in het Sociaal Huis Zuid. Er is een korte rondleiding langs de "
              "lokalen van het project. Fatima (Brussel) en Tom (Mortsel) laten zich verontschuldigen.")
    doc.add_heading("2. Stand van zaken per OCMW", level=1)
    doc.add_heading("2.1 Gent", level=2)
    para(doc, "Gent heeft sinds januari 23 nieuwe deelnemers. De intakegesprekken gebeuren nu door twee "
              "collega's, zodat de wachttijd gedaald is tot ongeveer drie weken. De groepen blijven klein "
              "(maximum 8 deelnemers), ook al zijn de coronaregels voorbij.")
    doc.add_heading("2.2 Antwerpen en partners", level=2)
    para(doc, "Pieter vertelt dat de doorverwijzing vanuit de sociale centra trager loopt: veel "
              "maatschappelijk werkers kennen het project nog niet. In Schoten loopt een eerste groep van "
              "zes deelnemers. Leen merkt op dat vervoer naar Antwerpen voor sommigen een drempel is.")
    doc.add_heading("2.3 Liège", level=2)
    para(doc, "Aurélie geeft een korte stand van zaken (in het Frans, met slides in het Nederlands). "
              "[aanvullen door Aurélie]")
    doc.add_heading("3. Tevredenheidsenquête", level=1)
    para(doc, "Iedereen is het eens: de huidige enquête is te abstract voor onze doelgroep. Woorden als "
              "“zelfredzaamheid” of “participatie” worden niet begrepen. Deelnemers vullen ze in om de "
              "begeleider een plezier te doen.")
    for t in ["Gent test sinds december een versie met pictogrammen (smileys) en maar 6 vragen.",
              "Liège laat de enquête mondeling afnemen door de animator.",
              "Antwerpen vraagt een versie in meer talen."]:
        para(doc, t, style="List Bullet")
    para(doc, "Aurélie bekijkt hoe Luik de mondelinge afname precies organiseert en stuurt een voorbeeld "
              "van hun fiche naar Nadia.")
    doc.add_heading("4. Werkbezoek atelier Taalactivering", level=1)
    para(doc, "In de namiddag lopen we mee in het atelier Taalactivering. Acht deelnemers oefenen een "
              "gesprek bij de huisarts in rollenspel. Opvallend: de deelnemers helpen elkaar veel, ook "
              "in hun eigen taal. De begeleider laat dat bewust toe.")
    doc.add_heading("5. Afspraken", level=1)
    p = para(doc, style="List Bullet")
    p.add_run("Beslist: ").bold = True
    p.add_run("de tevredenheidsenquête mag voortaan mondeling worden afgenomen, met een tolk als dat "
              "nodig is.")
    for owner, task in [("Actie Nadia: ", "stuurt de vereenvoudigde vragenlijst naar alle OCMW's vóór 31 maart."),
                        ("Actie POD MI: ", "vraagt na of de enquête ook in het Arabisch en het Dari kan "
                                           "worden aangeboden."),
                        ("Actie Pieter en Leen: ", "bezorgen de cijfers van Antwerpen, Schoten en Edegem over "
                                                  "de instroom van 2022.")]:
        p = para(doc, style="List Bullet")
        p.add_run(owner).bold = True
        p.add_run(task)
    doc.add_heading("6. Volgende bijeenkomst", level=1)
    para(doc, "De volgende bijeenkomst vindt plaats op dinsdag 13 juni 2023 bij OCMW Antwerpen.")
    save(doc, "597_uitwisseling_gent_2023.docx")


# ---------------------------------------------------------------- 598
def r598():
    """Maud Lejeune (CPAS Liège) typed her handwritten notes five days after the meeting."""
    doc = new_doc("Arial", 10)
    para(doc, "Réunion FAMI du jeudi 11 octobre 2018 à Liège", bold=True, size=12)
    para(doc, "(notes de Maud, mises au propre le 16/10)", italic=True)
    para(doc, "Étaient présents : Maud Lejeune, Karim Benali et Géraldine Thiry (CPAS Liège), Hélène Dumont "
              "(CPAS Charleroi), Joke Vermeulen (OCMW Gent), Nathalie Rousseau (SPP IS).")
    para(doc, "Excusés : Ans Verbeke (OCMW Antwerpen) et Anne-Sophie Marchal (CPAS Bruxelles).")
    p = para(doc)
    p.add_run("Ordre du jour (envoyé par Nathalie) :").underline = True
    r = p.add_run()
    r.add_break()
    p.add_run("1) tour de table")
    p.runs[-1].add_break()
    p.add_run("2) les contrats avec les participants")
    p.runs[-1].add_break()
    p.add_run("3) l'enquête de satisfaction")
    p.runs[-1].add_break()
    p.add_run("4) divers")

    para(doc, "Tour de table", bold=True)
    para(doc, "- Gand : groupe complet (12), liste d'attente de 5 pers. Joke dit que les AS envoient "
              "beaucoup plus depuis la séance d'info de septembre.")
    para(doc, "- Charleroi : nouveau module depuis sept. Hélène a déjà envoyé le planning à tout le monde. "
              "Problème de retards le matin (bus).")
    para(doc, "- Liège : 3 ateliers tournent (créatif, info, activation sociale). Géraldine reprend les "
              "entretiens d'admission depuis le départ de Fabienne.")

    para(doc, "Les contrats", bold=True)
    para(doc, "Chez nous 3 contrats par participant (AS / entretien d'admission / responsable de module). "
              "Gand et Charleroi trouvent ça intéressant mais lourd. Discussion sur le taux de présence "
              "minimum : 80 % chez nous, Charleroi n'a pas de seuil. Sur les retards on n'a pas vraiment "
              "conclu.")
    para(doc, "(je n'ai pas noté la fin de la discussion sur les retards – à compléter par Karim ?)",
         italic=True, color=RED)
    para(doc, "Karim enverra le modèle des trois contrats à Joke et à Hélène.")

    para(doc, "Enquête de satisfaction", bold=True)
    para(doc, "Tout le monde dit la même chose : trop de mots abstraits, les participants cochent au hasard. "
              "Il faudrait des pictos et plus de langues (arabe, anglais, dari…).")
    para(doc, "Nathalie (SPP) se renseigne pour faire traduire l'enquête en arabe et en anglais.")

    para(doc, "Divers", bold=True)
    para(doc, "- Préparer une courte présentation des chiffres de présence pour la prochaine fois : qui ? "
              "(pas décidé)")
    para(doc, "- Joke propose de faire la prochaine réunion en partie en néerlandais, avec des slides "
              "bilingues.")
    para(doc, "Prochaine réunion : à Charleroi, en février (date à fixer).", bold=True)
    save(doc, "598_notes_liege_2018.docx")


# ---------------------------------------------------------------- 599
def r599():
    """Céline Maréchal (SPP IS) pasted her Outlook summary into Word to file it with the reports."""
    doc = new_doc("Calibri", 11)
    p = doc.add_paragraph()
    for label, val, last in [("De : ", "Céline Maréchal", False),
                             ("Envoyé : ", "mercredi 24 février 2021 16:42", False),
                             ("À : ", "Réseau FAMI CPAS", False),
                             ("Objet : ", "Résumé réunion réseau FAMI du 23/02 – Samenvatting netwerkvergadering "
                                          "23/02", True)]:
        r = p.add_run(label)
        r.bold = True
        r2 = p.add_run(val)
        if not last:
            r2.add_break()
    para(doc, "")
    para(doc, "Bonjour à tous,")
    para(doc, "Voici en bref ce que nous avons dit hier lors de la réunion Teams (9h30–11h). Chacun a parlé "
              "dans sa langue, sans interprète ; la version néerlandaise suit plus bas.")
    para(doc, "Présents : Céline Maréchal et Wouter Dierickx (SPP IS), Joke Vermeulen (OCMW Gent), Lucas "
              "Fontaine (CPAS Liège), Hélène Dumont (CPAS Charleroi), Ans Verbeke (OCMW Antwerpen), Samira "
              "Haddou (CPAS Bruxelles).")
    para(doc, "Excusée : Julie Leclercq (CPAS Binche).")
    para(doc, "1. Groupes en présentiel", bold=True)
    para(doc, "Les règles restent différentes d'un CPAS à l'autre : 3 participants + 1 formateur à Charleroi "
              "et à Liège, 4 + 1 à Gand. Bruxelles a repris deux ateliers en présentiel depuis le 15 février. "
              "Anvers travaille encore surtout par téléphone et par WhatsApp.")
    para(doc, "2. Indicateurs 2020", bold=True)
    para(doc, "Wouter rappelle que le SPP doit rassembler les chiffres de tous les CPAS pour le rapport annuel "
              "FAMI. Plusieurs CPAS comptent différemment les participants « en ligne ». On compte un "
              "participant dès qu'il a suivi au moins une activité, en ligne ou sur place.")
    para(doc, "3. Enquête de satisfaction", bold=True)
    para(doc, "Difficile à faire remplir à distance. Lucas propose de la faire par téléphone avec l'animateur. "
              "Pas de décision pour l'instant.")
    para(doc, "4. À faire", bold=True)
    for t in ["Hélène : envoie la note de Charleroi sur les groupes (3 participants + 1 formateur) à tous",
              "Tous les CPAS : transmettre les indicateurs 2020 au SPP pour le 15 mars",
              "Wouter : prépare un tableau commun pour les indicateurs, à tester avant la prochaine réunion"]:
        para(doc, "- " + t)
    para(doc, "Prochaine réunion : mardi 4 mai 2021, 9h30, sur Teams (invitation suivra).")
    para(doc, "")
    para(doc, "Beste collega's,")
    para(doc, "Hieronder de korte samenvatting in het Nederlands.")
    para(doc, "1. Groepen ter plaatse", bold=True)
    para(doc, "De regels verschillen per OCMW: 3 deelnemers + 1 begeleider in Charleroi en Luik, 4 + 1 in Gent. "
              "Brussel heeft sinds 15 februari twee ateliers ter plaatse hervat. Antwerpen werkt nog vooral "
              "telefonisch en via WhatsApp.")
    para(doc, "2. Indicatoren 2020", bold=True)
    para(doc, "Een deelnemer telt mee zodra hij minstens één activiteit gevolgd heeft, online of ter plaatse.")
    para(doc, "3. Tevredenheidsenquête", bold=True)
    para(doc, "Moeilijk op afstand. Voorstel van Lucas: telefonisch afnemen met de begeleider. Nog geen "
              "beslissing.")
    para(doc, "4. Te doen", bold=True)
    for t in ["Hélène: stuurt de nota van Charleroi over de groepen naar iedereen",
              "Alle OCMW's: indicatoren 2020 aan het POD bezorgen tegen 15 maart",
              "Wouter: maakt een gemeenschappelijke tabel voor de indicatoren"]:
        para(doc, "- " + t)
    para(doc, "Volgende vergadering: dinsdag 4 mei 2021, 9u30, via Teams.")
    para(doc, "")
    p = para(doc, "Bien à vous, / Met vriendelijke groeten,")
    p = doc.add_paragraph()
    r = p.add_run("Céline Maréchal")
    r.bold = True
    r.add_break()
    r2 = p.add_run("SPP Intégration Sociale – Cellule FAMI")
    r2.font.color.rgb = GREY
    save(doc, "599_resume_mail_reseau_2021.docx")


# ---------------------------------------------------------------- 600
def r600():
    """Hanne Jacobs (OCMW Antwerpen) stands in for Katrien Smets, the usual secretary, on leave."""
    doc = new_doc("Verdana", 9)
    header(doc, ["OCMW Antwerpen – AMIF-project", "Partneroverleg"], italic=False, align=WD_ALIGN_PARAGRAPH.LEFT)
    para(doc, "Verslag partneroverleg AMIF – regio Antwerpen", bold=True, size=14, color=BLUE)
    para(doc, "Dinsdag 30 mei 2017, 13u30 – 16u00, OCMW Antwerpen, lokaal 0.12")
    para(doc, "Verslag: Hanne Jacobs (i.v.m. afwezigheid van Katrien)", italic=True)
    para(doc, "Ontwerpversie – nog na te lezen door Katrien", italic=True, color=RED)
    para(doc, "Aanwezigheden", bold=True, underline=True)
    table(doc, [
        ["Naam", "Organisatie", "Aanw.", "Veront."],
        ["Katrien Smets", "OCMW Antwerpen", "", "X"],
        ["Hanne Jacobs", "OCMW Antwerpen", "X", ""],
        ["Dirk Van Gorp", "OCMW Antwerpen", "X", ""],
        ["Lotte Peeters", "OCMW Schoten", "X", ""],
        ["Koen Verhaegen", "OCMW Edegem", "", "X"],
        ["Evi Mertens", "OCMW Mortsel", "X", ""],
        ["Wouter Dierickx", "POD MI", "X", ""],
    ], widths=[5, 5, 2, 2], shade_header="D9E2F3")
    para(doc, "")
    para(doc, "Agenda", bold=True, underline=True)
    for t in ["Opvolging vorig verslag",
              "Instroom en doorverwijzing door de maatschappelijk werkers",
              "Nieuwe groepsmodule “Wegwijs in België”",
              "Rapportering AMIF (POD MI)",
              "Varia"]:
        para(doc, t, style="List Number")

    def h(t):
        para(doc, t, bold=True, underline=True, color=BLUE)

    h("1) Opvolging vorig verslag")
    para(doc, "Het verslag van 14 maart wordt goedgekeurd. De folder voor de sociale centra is gedrukt "
              "(500 ex.) en verdeeld in Antwerpen; Schoten en Mortsel hebben hun exemplaren ook ontvangen.")
    h("2) Instroom en doorverwijzing door de maatschappelijk werkers")
    para(doc, "Er zijn momenteel 41 deelnemers in Antwerpen, 7 in Schoten en 5 in Mortsel. Edegem heeft nog "
              "geen deelnemers doorverwezen (Koen is verontschuldigd, Evi geeft door dat hij wacht op een "
              "nieuwe collega). Dirk stelt voor om, zoals in Charleroi, eerst een lijst van potentiële "
              "deelnemers te maken met de sociale centra en hen dan uit te nodigen op een infosessie.")
    h("3) Nieuwe groepsmodule “Wegwijs in België”")
    para(doc, "De module bestaat uit 8 infosessies: instellingen, rechten en plichten, sociale rechten, "
              "verblijf, mobiliteit, wonen, bank en verzekeringen, gezondheid. Start in september in Antwerpen, "
              "daarna in Schoten. De sessies worden gegeven in eenvoudig Nederlands, met intercultureel "
              "bemiddelaars voor Arabisch en Dari.")
    h("4) Rapportering AMIF (POD MI)")
    para(doc, "Wouter legt uit wat het POD nodig heeft voor het jaarrapport: aantal deelnemers per module, "
              "aanwezigheidsgraad en aantal afgeronde trajecten. Namen van deelnemers worden niet doorgegeven.")
    h("5) Varia")
    para(doc, "Mortsel stuurt de nieuwe folder door naar de andere partners zodra die vertaald is.")
    para(doc, "")
    para(doc, "Actiepunten", bold=True, underline=True)
    table(doc, [
        ["Wat", "Wie", "Tegen wanneer"],
        ["Lijst van potentiële deelnemers opvragen bij de sociale centra", "Dirk", "15/06"],
        ["Infosessie Wegwijs plannen in Schoten", "Lotte", "september"],
        ["Afspraken doorverwijzing op papier zetten", "Katrien (na verlof)", "eind juni"],
        ["Template rapportering bezorgen aan de partners", "POD MI", "30/06"],
    ], widths=[9, 3, 3], shade_header="D9E2F3")
    para(doc, "")
    para(doc, "Volgend overleg: dinsdag 5 september 2017, 13u30, OCMW Edegem.", bold=True)
    save(doc, "600_verslag_antwerpen_partners_2017.docx")


# ---------------------------------------------------------------- 601
def r601():
    """Wouter Dierickx (POD MI) writes a short bilingual note after a Teams check-in."""
    doc = new_doc("Calibri", 11)
    header(doc, ["POD Maatschappelijke Integratie | SPP Intégration Sociale"], italic=False)
    para(doc, "Korte check-in (Teams) – Bref point de contact (Teams)", bold=True, size=13)
    para(doc, "Donderdag 19 november 2020, 10u00–10u45 – jeudi 19 novembre 2020, 10h00–10h45", italic=True)
    para(doc, "Deelnemers / Participants:", bold=True, space_after=0)
    for t in ["Wouter Dierickx (POD MI)", "Joke Vermeulen (OCMW Gent)", "Lucas Fontaine (CPAS Liège)",
              "Hélène Dumont (CPAS Charleroi)", "Ans Verbeke (OCMW Antwerpen)",
              "Samira Haddou (CPAS Bruxelles)"]:
        para(doc, t, style="List Bullet")

    def bi(nl, fr):
        para(doc, nl)
        para(doc, fr, italic=True, color=GREY)

    para(doc, "Groepsgrootte / Taille des groupes", bold=True)
    bi("Gent blijft bij 4 deelnemers + 1 begeleider. Charleroi en Luik werken met 3 + 1. Brussel heeft alle "
       "groepsactiviteiten stilgelegd tot half december.",
       "Gand reste à 4 participants + 1 accompagnateur. Charleroi et Liège travaillent à 3 + 1. Bruxelles a "
       "suspendu toutes les activités de groupe jusqu'à la mi-décembre.")
    para(doc, "Digitale opvolging / Suivi à distance", bold=True)
    bi("Antwerpen belt deelnemers via WhatsApp-video en heeft daar een korte handleiding voor gemaakt. "
       "Ans bezorgt de handleiding voor videobellen aan alle OCMW's.",
       "Anvers appelle les participants par vidéo WhatsApp et a rédigé un petit guide. Ans transmet le guide "
       "pour les appels vidéo à tous les CPAS.")
    para(doc, "Rapportering 2020 / Rapport annuel 2020", bold=True)
    bi("Het jaarverslag mag later ingediend worden. Het POD stuurt de nieuwe timing voor het jaarverslag nog "
       "deze week per mail.",
       "Le rapport annuel peut être remis plus tard. Le SPP envoie le nouveau calendrier par mail cette "
       "semaine encore.")
    p = para(doc)
    p.add_run("Volgende check-in: donderdag 17 december 2020, 10u.").bold = True
    p.runs[-1].add_break()
    r = p.add_run("Prochain point : jeudi 17 décembre 2020, 10h.")
    r.bold = True
    r.italic = True
    save(doc, "601_checkin_call_2020.docx")


# ---------------------------------------------------------------- 602
def r602():
    """Philippe Collard, head of service (CPAS Charleroi), lists decisions and tasks with initials."""
    doc = new_doc("Arial", 10)
    header(doc, ["CPAS de Charleroi – Service Action Migrants"], italic=False, align=WD_ALIGN_PARAGRAPH.LEFT)
    footer(doc, "Activ'Up – coordination FAMI – ", page=True)
    para(doc, "Réunion de coordination FAMI Charleroi – Binche", bold=True, size=14)
    p = para(doc)
    p.add_run("Date : ").bold = True
    p.add_run("12/09/2024\t")
    p.add_run("Lieu : ").bold = True
    p.add_run("CPAS de Charleroi, salle 3")
    p = para(doc)
    p.add_run("Participants : ").bold = True
    p.add_run("PC (Philippe Collard), HD (Hélène Dumont), MB (Mehdi Bouzid), JL (Julie Leclercq, CPAS Binche), "
              "SR (Sophie Renard, CPAS Binche)")
    p = para(doc)
    p.add_run("Excusé : ").bold = True
    p.add_run("TG (Thomas Gérard, SPP IS)")
    para(doc, "Pas d'ordre du jour formel : point de rentrée après l'été.", italic=True)

    para(doc, "A. Décisions", bold=True, size=12, color=BLUE)
    for t in ["Le module d'octobre démarre le 14/10 à Charleroi et le 21/10 à Binche.",
              "Les ateliers restent limités à 10 participants + 1 animateur.",
              "Les participants de Binche peuvent suivre les cours de FLE à Charleroi (priorité aux "
              "participants Activ'Up).",
              "L'enquête de satisfaction sera faite oralement en fin de module, avec un interprète social si "
              "nécessaire."]:
        para(doc, t, style="List Number")

    para(doc, "B. Actions", bold=True, size=12, color=BLUE)
    table(doc, [
        ["N°", "Action", "Resp.", "Échéance"],
        ["1", "Mettre à jour le listing des bénéficiaires potentiels avec les antennes sociales", "HD", "30/09"],
        ["2", "Organiser deux séances d'information à Binche (module d'octobre)", "JL / SR", "04/10"],
        ["3", "Envoyer au SPP les indicateurs du 1er semestre", "MB", "15/10"],
        ["4", "Réserver la salle pour la sortie culturelle de novembre", "à désigner", "–"],
        ["5", "Transmettre la nouvelle convention de partenariat signée", "CPAS Binche", "20/09"],
    ], widths=[1, 9, 2.5, 2.5])

    para(doc, "")
    para(doc, "C. Points en suspens", bold=True, size=12, color=BLUE)
    para(doc, "Faut-il revenir à la règle des 6 + 1 pour les ateliers informatiques (matériel limité) ? À "
              "rediscuter avec le SPP.")
    para(doc, "Transport Binche – Charleroi : remboursement des tickets TEC à clarifier.")
    para(doc, "")
    para(doc, "Prochain point de coordination : jeudi 10 octobre 2024 à 14h00 (Binche).", bold=True)
    para(doc, "PC", align=WD_ALIGN_PARAGRAPH.RIGHT)
    save(doc, "602_decisions_charleroi_binche_2024.docx")


# ---------------------------------------------------------------- 603
def r603():
    """Thomas Gérard (SPP IS): hybrid meeting hosted by CPAS Binche, FR | NL side by side."""
    doc = new_doc("Calibri", 10)
    header(doc, [TAG_FR, TAG_NL])
    footer(doc, "SPP Intégration Sociale – POD Maatschappelijke Integratie – ")
    para(doc, "Rapport rencontre CPAS – Verslag bijeenkomst OCMW's", bold=True, size=14,
         align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "jeudi 24 novembre 2022 – donderdag 24 november 2022", align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "CPAS de Binche (salle du Conseil) et en ligne via Teams – OCMW Binche (raadzaal) en online via "
              "Teams", align=WD_ALIGN_PARAGRAPH.CENTER, italic=True)

    t = doc.add_table(rows=4, cols=2)
    t.style = doc.styles["Table Grid"]
    rows = [
        ("Présents sur place / Aanwezig ter plaatse",
         "Thomas Gérard (SPP IS), Julie Leclercq (CPAS Binche), Sophie Renard (CPAS Binche), Hélène Dumont "
         "(CPAS Charleroi), Lucas Fontaine (CPAS Liège), Samira Haddou (CPAS Bruxelles)"),
        ("En ligne / Online",
         "Joke Vermeulen (OCMW Gent), Ans Verbeke (OCMW Antwerpen), Evi Mertens (OCMW Mortsel)"),
        ("Interprètes / Tolken", "Claire Vandamme, Marc Hendrickx (interprétation simultanée / simultaanvertaling)"),
        ("Excusés / Verontschuldigd", "Wouter Dierickx (SPP IS), Lotte Peeters (OCMW Schoten)"),
    ]
    for i, (a, b) in enumerate(rows):
        cell_para(t.cell(i, 0), a, bold=True, first=True)
        cell_para(t.cell(i, 1), b, first=True)
    para(doc, "")
    para(doc, "Ordre du jour / Agenda", bold=True)
    ag = [("09:30 – 10:00", "Accueil / Onthaal"),
          ("10:00 – 10:45", "Présentation du CPAS de Binche / Voorstelling OCMW Binche"),
          ("10:45 – 11:30", "Indicateurs communs FAMI 2021-2027 / Gemeenschappelijke AMIF-indicatoren 2021-2027"),
          ("11:30 – 11:45", "Pause / Pauze"),
          ("11:45 – 12:30", "Enquête de satisfaction : nouvelle version / Tevredenheidsenquête: nieuwe versie"),
          ("12:30", "Clôture et lunch / Afsluiting en lunch")]
    t = doc.add_table(rows=len(ag), cols=2)
    for i, (a, b) in enumerate(ag):
        t.cell(i, 0).text = a
        t.cell(i, 1).text = b
        t.cell(i, 0).width = Cm(3)
        t.cell(i, 1).width = Cm(13)
    para(doc, "")

    body = [
        (("1. Accueil", [
            "Julie Leclercq souhaite la bienvenue au nom du CPAS de Binche, partenaire du projet de Charleroi. "
            "C'est la première réunion hybride du réseau : trois collègues suivent via Teams. Les interprètes "
            "travaillent depuis la cabine ; les participants en ligne choisissent leur canal de langue."]),
         ("1. Onthaal", [
            "Julie Leclercq verwelkomt iedereen namens OCMW Binche, partner van het project van Charleroi. "
            "Het is de eerste hybride bijeenkomst van het netwerk: drie collega's volgen via Teams. De tolken "
            "werken vanuit de cabine; wie online is, kiest zijn taalkanaal."])),
        (("2. Présentation du CPAS de Binche", [
            "Binche suit une vingtaine de participants, surtout des femmes avec enfants en bas âge. Les "
            "ateliers ont lieu le mardi et le jeudi matin pour tenir compte des horaires d'école. Les "
            "participants vont à Charleroi pour les cours de FLE ; le trajet reste un frein."]),
         ("2. Voorstelling OCMW Binche", [
            "Binche volgt een twintigtal deelnemers op, vooral vrouwen met jonge kinderen. De ateliers vinden "
            "plaats op dinsdag- en donderdagvoormiddag, rekening houdend met de schooluren. [vertaling punt 2 "
            "nog na te lezen]"])),
        (("3. Indicateurs communs", [
            "Pour la nouvelle période FAMI, l'Union européenne demande des indicateurs communs : participants "
            "aux cours de langue, à l'orientation civique et à l'accompagnement personnel, et participants qui "
            "disent que l'activité a aidé leur intégration. Le SPP enverra la fiche explicative des "
            "indicateurs communs avant le 15 décembre.",
            "Chaque CPAS désigne une personne de contact pour les indicateurs d'ici la fin de l'année."]),
         ("3. Gemeenschappelijke indicatoren", [
            "Voor de nieuwe AMIF-periode vraagt de Europese Unie gemeenschappelijke indicatoren. Het POD "
            "stuurt de toelichtingsfiche vóór 15 december.",
            "Elk OCMW duidt een contactpersoon voor de indicatoren aan tegen het einde van het jaar."])),
        (("4. Enquête de satisfaction", [
            "La nouvelle version compte huit questions avec des pictogrammes. Elle est jugée plus claire, "
            "mais les réponses restent difficiles à comparer entre CPAS.",
            "Joke et Lucas testent la version avec pictogrammes dans leurs groupes en janvier."]),
         ("4. Tevredenheidsenquête", [
            "De nieuwe versie telt acht vragen met pictogrammen. Ze is duidelijker, maar de antwoorden zijn "
            "moeilijk te vergelijken tussen OCMW's.",
            "Joke en Lucas testen de versie met pictogrammen in hun groepen in januari."])),
        (("5. Divers", [
            "Le son dans la salle était parfois difficile pour les collègues en ligne ; Binche a déjà "
            "commandé un deuxième micro.",
            "Prochaine rencontre : printemps 2023, à Mortsel (date à confirmer)."]),
         ("5. Varia", [
            "Het geluid in de zaal was soms moeilijk voor wie online volgde.",
            "Volgende bijeenkomst: voorjaar 2023 in Mortsel (datum te bevestigen)."])),
    ]
    t = doc.add_table(rows=len(body) + 1, cols=2)
    t.style = doc.styles["Table Grid"]
    cell_para(t.cell(0, 0), "Français", bold=True, first=True)
    cell_para(t.cell(0, 1), "Nederlands", bold=True, first=True)
    for i, ((hfr, pfr), (hnl, pnl)) in enumerate(body, start=1):
        cell_para(t.cell(i, 0), hfr, bold=True, color=BLUE, first=True)
        for x in pfr:
            cell_para(t.cell(i, 0), x)
        cell_para(t.cell(i, 1), hnl, bold=True, color=BLUE, first=True)
        for x in pnl:
            cell_para(t.cell(i, 1), x, italic=True)
    save(doc, "603_hybride_binche_2022.docx")


# ---------------------------------------------------------------- 604
def r604():
    """Anne-Sophie Marchal, secrétaire (CPAS Bruxelles): a formal PV, approved at the next meeting."""
    doc = new_doc("Times New Roman", 12)
    footer(doc, "PV réseau FAMI – séance du 20 octobre 2016 – page ")
    para(doc, "PROCÈS-VERBAL", bold=True, size=16, align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "de la réunion du réseau FAMI des CPAS", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "Séance du jeudi 20 octobre 2016, à 10 heures", align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "CPAS de Bruxelles – salle du Conseil", align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "")
    para(doc, "Sont présents :", bold=True, underline=True)
    for t in ["M. Olivier Lambert, président de séance (CPAS de Bruxelles) ;",
              "Mme Anne-Sophie Marchal, secrétaire (CPAS de Bruxelles) ;",
              "Mme Samira Haddou (CPAS de Bruxelles) ;",
              "M. Wouter Dierickx (SPP Intégration Sociale) ;",
              "Mme Joke Vermeulen (OCMW Gent) ;",
              "M. Karim Benali (CPAS de Liège) ;",
              "Mme Hélène Dumont (CPAS de Charleroi)."]:
        para(doc, t, space_after=0).paragraph_format.left_indent = Cm(1)
    para(doc, "Assiste également :", bold=True, underline=True)
    para(doc, "Mme Leila Amrani (Centre régional d'intégration), invitée pour le point IV.").paragraph_format.left_indent = Cm(1)
    para(doc, "Sont excusés :", bold=True, underline=True)
    para(doc, "Mme Ans Verbeke (OCMW Antwerpen) ; M. Philippe Collard (CPAS de Charleroi).").paragraph_format.left_indent = Cm(1)
    para(doc, "")
    para(doc, "Ordre du jour :", bold=True, underline=True)
    for t in ["I. Approbation du procès-verbal de la réunion du 16 juin 2016",
              "II. Communications du SPP",
              "III. État d'avancement des projets",
              "IV. Plan de communication commun",
              "V. Divers"]:
        para(doc, t, space_after=0).paragraph_format.left_indent = Cm(1)
    para(doc, "")
    para(doc, "La séance est ouverte à 10 h 05 sous la présidence de M. Lambert.", italic=True)

    def h(t):
        p = para(doc, t, bold=True, size=12)
        p.paragraph_format.space_before = Pt(12)

    h("I. Approbation du procès-verbal de la réunion du 16 juin 2016")
    para(doc, "L'assemblée approuve le procès-verbal de la réunion du 16 juin 2016 sans modification.")
    h("II. Communications du SPP")
    para(doc, "M. Dierickx informe l'assemblée que le rapport annuel 2016 devra être remis pour le 28 février "
              "2017. Le SPP transmettra aux CPAS, pour le 15 novembre 2016, le canevas du rapport annuel. Il "
              "rappelle que les documents du projet doivent être conservés selon les règles du Fonds et "
              "qu'aucune donnée nominative des participants n'est transmise au SPP.")
    h("III. État d'avancement des projets")
    para(doc, "III.1 CPAS de Bruxelles", italic=True, bold=True)
    para(doc, "Mme Haddou présente les premiers résultats : 34 participants inscrits, dont 21 ont terminé le "
              "premier module. Le taux de présence moyen est de 74 %.")
    para(doc, "III.2 Autres CPAS", italic=True, bold=True)
    para(doc, "Mme Vermeulen (Gand), M. Benali (Liège) et Mme Dumont (Charleroi) font le point. Tous signalent "
              "que les démarches administratives (inscriptions, attestations) prennent de plus en plus de "
              "temps et qu'il faut planifier les activités plus tôt.")
    h("IV. Plan de communication commun")
    para(doc, "Mme Amrani présente l'expérience du Centre régional d'intégration en matière de communication "
              "vers un public peu alphabétisé. L'assemblée retient le principe d'un plan de communication commun "
              "aux CPAS du réseau. Mme Haddou est chargée de rédiger une proposition de plan de communication "
              "commun pour la prochaine séance.")
    h("V. Divers")
    para(doc, "Les CPAS communiqueront au secrétariat leurs dates de sorties socio-culturelles pour le premier "
              "trimestre 2017, afin de permettre des sorties communes.")
    para(doc, "La prochaine réunion aura lieu le jeudi 26 janvier 2017 à 10 heures au CPAS de Liège.")
    para(doc, "La séance est levée à 12 h 40.", italic=True)
    para(doc, "")
    t = doc.add_table(rows=2, cols=2)
    t.cell(0, 0).text = "La secrétaire,"
    t.cell(0, 1).text = "Le président de séance,"
    t.cell(1, 0).text = "A.-S. Marchal"
    t.cell(1, 1).text = "O. Lambert"
    para(doc, "")
    para(doc, "Procès-verbal approuvé en séance du 26 janvier 2017.", italic=True, size=10)
    save(doc, "604_pv_bruxelles_2016.docx")


# ---------------------------------------------------------------- 605
def r605():
    """Sarah Lambrechts (POD MI): network day in Gent, NL with FR in grey italics, annexes at the end."""
    doc = new_doc("Calibri", 11)
    header(doc, [TAG_NL, TAG_FR])
    footer(doc, "Netwerkdag AMIF – Journée du réseau FAMI – 5/6/2025 – ")
    para(doc, "Netwerkdag AMIF – Journée du réseau FAMI", style="Title")
    para(doc, "Verslag – Rapport", size=14, color=BLUE)
    para(doc, "Donderdag 5 juni 2025 – jeudi 5 juin 2025", bold=True)
    para(doc, "OCMW Gent, Feestzaal Sint-Pieters – met simultaanvertaling NL/FR – avec interprétation "
              "simultanée NL/FR")
    para(doc, "Bijlagen / Annexes: 3 (zie p. 4)", italic=True)
    page_break(doc)

    para(doc, "Aanwezig / Présents", style="Heading 3")
    table(doc, [
        ["Organisatie / Organisation", "Naam / Nom"],
        ["OCMW Gent", "Elke Verstraete, Jonas De Wilde, Nadia El Khattabi"],
        ["OCMW Antwerpen", "Pieter Goossens"],
        ["OCMW Edegem", "Koen Verhaegen"],
        ["CPAS Liège", "Lucas Fontaine, Aurélie Delvaux"],
        ["CPAS Charleroi", "Hélène Dumont"],
        ["CPAS Binche", "Julie Leclercq"],
        ["CPAS Bruxelles", "Samira Haddou"],
        ["POD MI / SPP IS", "Sarah Lambrechts, Thomas Gérard"],
        ["Gastspreker / Oratrice", "Annelies Claes (Hogeschool Gent)"],
        ["Tolken / Interprètes", "Claire Vandamme, Marc Hendrickx"],
    ], style="Light Grid Accent 1", widths=[5, 11])
    p = para(doc)
    p.add_run("Verontschuldigd / Excusés: ").bold = True
    p.add_run("Evi Mertens (OCMW Mortsel), Lotte Peeters (OCMW Schoten)")

    para(doc, "Programma / Programme", style="Heading 3")
    table(doc, [
        ["Uur / Heure", "Onderdeel / Point"],
        ["09:30–10:00", "Onthaal / Accueil"],
        ["10:00–10:30", "Welkom door OCMW Gent / Mot de bienvenue du CPAS de Gand"],
        ["10:30–11:30", "Gastspreker: taalactivering bij laaggeletterde nieuwkomers / Oratrice invitée : "
                        "activation linguistique des primo-arrivants peu alphabétisés"],
        ["11:30–12:30", "Workshops in kleine groepen / Ateliers en petits groupes"],
        ["12:30–13:30", "Lunch"],
        ["13:30–14:30", "Terugkoppeling workshops / Retour des ateliers"],
        ["14:30–15:00", "Bewaartermijnen en GDPR / Délais de conservation et RGPD"],
        ["15:00", "Afsluiting / Clôture"],
    ], style="Light Grid Accent 1", widths=[3, 13])

    def bi(nl, fr):
        para(doc, nl)
        para(doc, fr, italic=True, color=GREY)

    doc.add_heading("1. Welkom / Accueil", level=1)
    bi("Elke Verstraete verwelkomt de deelnemers namens OCMW Gent. Het is de eerste netwerkdag sinds 2023 "
       "waarop alle vijf projecten en drie partner-OCMW's aanwezig zijn.",
       "Elke Verstraete accueille les participants au nom du CPAS de Gand. C'est la première journée du réseau "
       "depuis 2023 où les cinq projets et trois CPAS partenaires sont présents.")
    doc.add_heading("2. Gastspreker / Oratrice invitée", level=1)
    bi("Annelies Claes stelt haar onderzoek voor naar taalactivering bij laaggeletterde nieuwkomers. "
       "Kernboodschap: leren gebeurt vooral in echte situaties (winkel, dokter, school) en niet in de klas.",
       "Annelies Claes présente sa recherche sur l'activation linguistique des primo-arrivants peu "
       "alphabétisés. Message principal : on apprend surtout dans des situations réelles.")
    doc.add_heading("3. Workshops / Ateliers", level=1)
    bi("In vier groepen bespraken we wat werkt en wat beter kan. De ruwe notities staan in bijlage 2.",
       "En quatre groupes, nous avons discuté de ce qui marche et de ce qui peut être amélioré. Les notes "
       "brutes figurent en annexe 2.")
    doc.add_heading("3.1 Sterktes / Points forts", level=2)
    for nl, fr in [("Intensief werken met de deelnemers, bijna elke dag van de week",
                    "Travail intensif avec les participants, presque tous les jours"),
                   ("Groepsgevoel op het einde van een module",
                    "Esprit de groupe à la fin d'un module")]:
        p = para(doc, style="List Bullet")
        p.add_run(nl + " / ")
        r = p.add_run(fr)
        r.italic = True
        r.font.color.rgb = GREY
    doc.add_heading("3.2 Verbeterpunten / Points à améliorer", level=2)
    for nl, fr in [("Communicatie naar deelnemers bij gewijzigde uurroosters",
                    "Communication aux participants quand l'horaire change"),
                   ("Activiteiten vroeger plannen: administratieve procedures duren langer",
                    "Planifier plus tôt : les procédures administratives sont plus longues"),
                   ("Geen verplichte activiteiten rond gevoelige thema's",
                    "Pas d'activités obligatoires sur des sujets sensibles")]:
        p = para(doc, style="List Bullet")
        p.add_run(nl + " / ")
        r = p.add_run(fr)
        r.italic = True
        r.font.color.rgb = GREY
    doc.add_heading("4. Bewaartermijnen en GDPR / Délais de conservation et RGPD", level=1)
    bi("Thomas Gérard licht toe: documenten van een AMIF-project worden vijf jaar bewaard vanaf 31 december "
       "van het jaar van de laatste betaling. Persoonsgegevens van deelnemers niet langer dan nodig; een "
       "deelnemer kan altijd vragen wat het OCMW over hem bijhoudt.",
       "Thomas Gérard explique : les documents d'un projet FAMI sont conservés cinq ans à partir du 31 décembre "
       "de l'année du dernier paiement. Les données personnelles pas plus longtemps que nécessaire.")
    doc.add_heading("5. Afspraken / Accords", level=1)
    for nl, fr in [
        ("Jonas bundelt de resultaten van de workshops in één document voor het hele netwerk.",
         "Jonas rassemble les résultats des ateliers dans un seul document pour tout le réseau."),
        ("Het POD MI zet de presentatie van de gastspreker op de gedeelde map.",
         "Le SPP IS met la présentation de l'oratrice dans le dossier partagé."),
        ("Alle OCMW's controleren voor eind september hun bewaartermijnen voor AMIF-dossiers.",
         "Tous les CPAS vérifient d'ici fin septembre leurs délais de conservation des dossiers FAMI."),
        ("Lucas en Hélène werken een voorstel uit voor een gemeenschappelijke fiche ‘planning en communicatie "
         "naar deelnemers’.",
         "Lucas et Hélène élaborent une proposition de fiche commune « planning et communication vers les "
         "participants »."),
    ]:
        p = para(doc, style="List Number")
        p.add_run(nl)
        r = p.add_run()
        r.add_break()
        r = p.add_run(fr)
        r.italic = True
        r.font.color.rgb = GREY
    doc.add_heading("6. Volgende netwerkdag / Prochaine journée du réseau", level=1)
    bi("Volgende netwerkdag: dinsdag 18 november 2025 in Luik.",
       "Prochaine journée du réseau : mardi 18 novembre 2025 à Liège.")

    page_break(doc)
    doc.add_heading("Bijlage 1 – Programma van de dag / Annexe 1 – Programme de la journée", level=1)
    para(doc, "Zie het programma hierboven; de uitnodiging met wegbeschrijving zit in de gedeelde map.")
    doc.add_heading("Bijlage 2 – Resultaten workshops / Annexe 2 – Résultats des ateliers", level=1)
    para(doc, "Bijlage 2 wordt nog aangevuld met de notities van de Franstalige groep.",
         italic=True, color=RED)
    table(doc, [
        ["Groep", "Wat werkt", "Wat kan beter"],
        ["1 (Gent, Edegem)", "Rollenspel in echte situaties; koppels oud/nieuw", "Uurrooster te vaak gewijzigd"],
        ["2 (Antwerpen, POD)", "Vaste begeleider per deelnemer", "Te weinig tolken voor Tigrinya"],
        ["3 (Luik, Charleroi)", "Ateliers créatifs, confiance en soi", "Annulations communiquées trop tard"],
    ])
    doc.add_heading("Bijlage 3 – Presentatie gastspreker / Annexe 3 – Présentation de l'oratrice", level=1)
    para(doc, "Apart bestand (PDF, 18 dia's) – fichier séparé.")
    save(doc, "605_netwerkdag_gent_2025.docx")


# ---------------------------------------------------------------- 606
def r606():
    """Sarah Lambrechts (NL) and Thomas Gérard (FR), POD MI / SPP IS, each wrote their own points."""
    doc = new_doc("Calibri", 11)
    header(doc, ["POD MI – SPP IS | AMIF / FAMI"], italic=False)
    para(doc, "WERKVERSIE – VERSION DE TRAVAIL", bold=True, color=RED, align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "Verslag netwerkvergadering – Rapport de réunion du réseau", bold=True, size=14)
    para(doc, "Dinsdag 27 januari 2026 – POD MI, Brussel (zaal Kruidtuin)")
    p = para(doc)
    p.add_run("Aanwezig / Présents: ").bold = True
    p.add_run("Sarah Lambrechts, Thomas Gérard (POD MI / SPP IS); Elke Verstraete (OCMW Gent); Pieter Goossens "
              "(OCMW Antwerpen); Aurélie Delvaux (CPAS Liège); Hélène Dumont (CPAS Charleroi); Samira Haddou "
              "(CPAS Bruxelles)")
    p = para(doc)
    p.add_run("Verontschuldigd / Excusés: ").bold = True
    p.add_run("Koen Verhaegen (OCMW Edegem), Julie Leclercq (CPAS Binche)")
    p = para(doc)
    p.add_run("Agenda / Ordre du jour").bold = True
    for tm, t in [("10u00", "Opening"), ("10u15", "Indicateurs 2025"), ("11u00", "Nieuwe projectoproep"),
                  ("11u45", "Enquête multilingue"), ("12u15", "Varia")]:
        r = p.add_run()
        r.add_break()
        p.add_run(tm + "\t" + t)
    para(doc, "Iedereen spreekt zijn eigen taal; er is geen tolk. Sarah schrijft de Nederlandstalige punten, "
              "Thomas les points en français.", italic=True, color=GREY)

    # Sarah's parts: Heading 2, Calibri, bullets
    def sarah_h(t):
        doc.add_heading(t, level=2)

    # Thomas's parts: bold capitals in Arial, his comments in green
    def thomas_h(t):
        p = doc.add_paragraph()
        r = p.add_run(t)
        r.bold = True
        r.font.name = "Arial"
        r.font.size = Pt(11)

    def thomas_p(t, color=None):
        p = doc.add_paragraph()
        r = p.add_run(t)
        r.font.name = "Arial"
        r.font.size = Pt(10)
        if color is not None:
            r.font.color.rgb = color
        return p

    sarah_h("1. Opening en goedkeuring vorig verslag")
    para(doc, "Sarah verwelkomt iedereen. Het verslag van 14 oktober 2025 wordt goedgekeurd mits één correctie "
              "(Edegem was wel aanwezig).")
    thomas_h("2 – INDICATEURS 2025")
    thomas_p("Tous les CPAS ont envoyé des chiffres provisoires. Liège : 96 participants, Gand : 71, Bruxelles : 58. "
             "Il reste des différences dans la façon de compter les participants qui ont progressé d'au moins "
             "un niveau du CECR.")
    thomas_p("[Thomas: kan jij hier de cijfers van Charleroi nog toevoegen?]", color=RED)
    thomas_p("Les CPAS envoient leurs chiffres définitifs 2025 au SPP pour le 28 février 2026.")
    thomas_p("Thomas prépare un modèle de tableau Excel commun, avec une ligne par module.")
    sarah_h("3. Nieuwe projectoproep AMIF")
    para(doc, "De nieuwe oproep wordt in het voorjaar verwacht. De voorwaarden zijn nog niet gekend.")
    for t in ["Gent wil graag een infosessie over de oproep voor de maatschappelijk werkers.",
              "Het POD bezorgt de timing van de nieuwe oproep zodra die gekend is.",
              "Vraag van Antwerpen: kunnen partner-OCMW's zelf indienen? Nog geen antwoord."]:
        para(doc, t, style="List Bullet")
    thomas_h("4 – ENQUÊTE DE SATISFACTION MULTILINGUE")
    thomas_p("Plusieurs CPAS ont déjà traduit l'enquête de leur côté. Il faut éviter de faire le travail deux "
             "fois.")
    thomas_p("Aurélie et Samira rassemblent les versions existantes de l'enquête (FR, NL, arabe, dari) avant "
             "la prochaine réunion.")
    sarah_h("5. Varia / Divers")
    para(doc, "Pieter stuurt de Antwerpse vertaling van de enquête (Arabisch, Tigrinya) door naar Aurélie en "
              "Samira.", style="List Bullet")
    para(doc, "Volgende vergadering / Prochaine réunion: dinsdag 21 april 2026 – mardi 21 avril 2026, CPAS "
              "de Charleroi.", style="List Bullet")
    save(doc, "606_verslag_twee_schrijvers_2026.docx")


if __name__ == "__main__":
    for f in (r597, r598, r599, r600, r601, r602, r603, r604, r605, r606):
        f()
    print("ok")
