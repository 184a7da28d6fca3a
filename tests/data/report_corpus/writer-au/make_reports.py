# -*- coding: utf-8 -*-
"""Builds the ten AMIF/FAMI network meeting reports 477-486 with python-docx.

One function per report. Each report is written the way its (invented) secretary
would write it in Word; see NOTES.md for who wrote what.
Run:  python make_reports.py   (writes the .docx files next to this script)
"""
import os

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_COLOR_INDEX
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor, Cm

HERE = os.path.dirname(os.path.abspath(__file__))

TAGLINE_NL = "Naar een geïntegreerd migratiebeleid, dankzij het AMIF"
TAGLINE_FR = "Vers une politique de migration plus intégrée, grâce au FAMI"

GREY = RGBColor(0x59, 0x59, 0x59)
BLUE = RGBColor(0x1F, 0x3A, 0x6E)
RED = RGBColor(0xC0, 0x00, 0x00)


# --------------------------------------------------------------------------- helpers

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
    for att in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rfonts.set(qn(att), font)
    for sec in doc.sections:
        sec.left_margin = Cm(2.2)
        sec.right_margin = Cm(2.2)
    return doc


def p(doc_or_cell, text="", bold=False, italic=False, style=None, color=None, size=None,
      align=None, strike=False, highlight=None, space_after=None):
    par = doc_or_cell.add_paragraph(style=style) if style else doc_or_cell.add_paragraph()
    if text:
        r = par.add_run(text)
        r.bold = bold or None
        r.italic = italic or None
        r.font.strike = strike or None
        if color is not None:
            r.font.color.rgb = color
        if size:
            r.font.size = Pt(size)
        if highlight is not None:
            r.font.highlight_color = highlight
    if align is not None:
        par.alignment = align
    if space_after is not None:
        par.paragraph_format.space_after = Pt(space_after)
    return par


def rich(doc_or_cell, parts, style=None, align=None):
    """parts: list of (text, dict(bold=, italic=, color=, highlight=))."""
    par = doc_or_cell.add_paragraph(style=style) if style else doc_or_cell.add_paragraph()
    for text, fmt in parts:
        r = par.add_run(text)
        if fmt.get("bold"):
            r.bold = True
        if fmt.get("italic"):
            r.italic = True
        if fmt.get("color") is not None:
            r.font.color.rgb = fmt["color"]
        if fmt.get("highlight") is not None:
            r.font.highlight_color = fmt["highlight"]
    if align is not None:
        par.alignment = align
    return par


def B(text):
    return (text, {"bold": True})


def N(text):
    return (text, {})


def I(text):
    return (text, {"italic": True})


def heading(doc, text, level=1, color=None):
    h = doc.add_heading(text, level=level)
    if color is not None:
        for r in h.runs:
            r.font.color.rgb = color
    return h


def cell_text(cell, text, bold=False, italic=False, size=None, shade=None):
    cell.text = ""
    par = cell.paragraphs[0]
    r = par.add_run(text)
    r.bold = bold or None
    r.italic = italic or None
    if size:
        r.font.size = Pt(size)
    if shade:
        shade_cell(cell, shade)
    return par


def shade_cell(cell, hex_fill):
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcpr.append(shd)


def table(doc, rows, header=None, widths=None, style="Table Grid", shade="D9E2F3", size=None):
    ncols = len(header or rows[0])
    t = doc.add_table(rows=0, cols=ncols)
    t.style = style
    if header:
        cells = t.add_row().cells
        for c, h in zip(cells, header):
            cell_text(c, h, bold=True, shade=shade, size=size)
    for row in rows:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            cell_text(c, v, size=size)
    if widths:
        for row in t.rows:
            for c, w in zip(row.cells, widths):
                c.width = Cm(w)
    return t


def add_field(par, instr):
    r = par.add_run()
    f1 = OxmlElement("w:fldChar")
    f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = instr
    f2 = OxmlElement("w:fldChar")
    f2.set(qn("w:fldCharType"), "end")
    r._r.append(f1)
    r._r.append(it)
    r._r.append(f2)


def header_lines(doc, lines, italic=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=8, color=GREY):
    hdr = doc.sections[0].header
    first = True
    for line in lines:
        par = hdr.paragraphs[0] if first else hdr.add_paragraph()
        first = False
        r = par.add_run(line)
        r.italic = italic or None
        r.font.size = Pt(size)
        r.font.color.rgb = color
        par.alignment = align


def footer_page(doc, prefix, size=8, align=WD_ALIGN_PARAGRAPH.CENTER):
    ftr = doc.sections[0].footer
    par = ftr.paragraphs[0]
    r = par.add_run(prefix)
    r.font.size = Pt(size)
    add_field(par, "PAGE")
    par.alignment = align


def save(doc, name):
    doc.core_properties.title = name
    doc.save(os.path.join(HERE, name))


# --------------------------------------------------------------------------- 477
def r477():
    """2016 - formal PV, approved at the next meeting. Nathalie Verstraeten (SPP IS)."""
    doc = new_doc("Times New Roman", 11)
    header_lines(doc, ["SPP Intégration Sociale – Réseau FAMI", TAGLINE_FR])
    footer_page(doc, "PV réseau FAMI du 17 novembre 2016 – page ")

    p(doc, "PROJET – à approuver lors de la prochaine réunion", bold=True, color=RED,
      align=WD_ALIGN_PARAGRAPH.RIGHT)
    doc.add_paragraph("Procès-verbal de la réunion du réseau FAMI", style="Title")
    p(doc, "Réunion des CPAS – jeudi 17 novembre 2016, de 10h00 à 15h30", bold=True)
    p(doc, "Lieu : CPAS de Charleroi, Service Action Migrants, rue du Grand Central 67, 6000 Charleroi")

    p(doc, "Présents", bold=True, space_after=2)
    table(doc, [
        ["Nathalie Verstraeten", "SPP Intégration Sociale"],
        ["Pieter Goossens", "SPP Intégration Sociale"],
        ["Valérie Deprez", "CPAS de Charleroi"],
        ["Kevin Mahieu", "CPAS de Charleroi"],
        ["Martine Dupont", "CPAS de Binche"],
        ["Didier Lhoest", "CPAS de Liège"],
        ["Aurélie Franck", "CPAS de Liège"],
        ["Els Vandamme", "OCMW Gent"],
        ["Joris Peeters", "OCMW Antwerpen"],
    ], header=["Nom", "Institution"], widths=[6, 8], shade="EDEDED")
    p(doc, "")
    rich(doc, [B("Excusés : "), N("Céline Vanderstraeten (CPAS de Bruxelles), Bram De Smet (OCMW Gent).")])
    rich(doc, [B("Secrétariat : "), N("Nathalie Verstraeten (SPP IS).")])

    p(doc, "Ordre du jour", bold=True, space_after=2)
    for line in ["1. Approbation du procès-verbal de la réunion du 9 juin 2016",
                 "2. Tour de table : état d'avancement des projets",
                 "3. Présentation du projet Activ'Up (CPAS de Charleroi)",
                 "4. Rapportage FAMI : indicateurs et calendrier",
                 "5. Divers"]:
        par = p(doc, line, space_after=0)
        par.paragraph_format.left_indent = Cm(0.8)

    heading(doc, "I. Approbation du procès-verbal de la réunion du 9 juin 2016", 1, BLUE)
    p(doc, "Le procès-verbal de la réunion du 9 juin 2016 (Bruxelles) est approuvé sans modification.")

    heading(doc, "II. Tour de table : état d'avancement des projets", 1, BLUE)
    heading(doc, "II.1 CPAS de Charleroi et CPAS de Binche", 2, BLUE)
    p(doc, "Valérie Deprez rappelle que le module 2 a démarré en septembre 2016. Sur les 199 personnes "
           "retenues par les assistants sociaux, 60 se sont présentées aux séances d'information (30 %).")
    p(doc, "Le CPAS de Binche a rejoint le projet en septembre 2016 (nombre de participants : à compléter).")
    p(doc, "Le CPAS de Charleroi communiquera les chiffres définitifs du module 2 au SPP pour le "
           "15 décembre 2016.")
    heading(doc, "II.2 CPAS de Liège", 2, BLUE)
    p(doc, "Didier Lhoest présente le système des trois contrats (avec l'assistant social, avec la personne "
           "chargée de l'entretien d'admission et avec le responsable de chaque module). Les règles relatives "
           "au taux de présence et à la ponctualité y sont fixées. Plusieurs CPAS souhaitent s'en inspirer.")
    rich(doc, [B("Action : "), N("transmettre le modèle de contrat aux autres CPAS du réseau. "),
               B("Qui : "), N("Didier Lhoest. "), B("Délai : "), N("fin décembre 2016.")])
    heading(doc, "II.3 OCMW Gent", 2, BLUE)
    p(doc, "Els Vandamme indique que l'OCMW de Gand a déjà transmis sa fiche projet mise à jour au SPP. "
           "Le groupe actuel compte 14 participants ; les ateliers de langue ont lieu deux fois par semaine.")
    heading(doc, "II.4 OCMW Antwerpen", 2, BLUE)
    p(doc, "Joris Peeters explique que les CPAS de Schoten, Edegem et Mortsel rejoindront le projet anversois "
           "comme partenaires en 2017.")
    rich(doc, [B("Décision : "), N("les CPAS partenaires participeront aux réunions du réseau à partir de 2017.")])

    heading(doc, "III. Présentation du projet Activ'Up", 1, BLUE)
    p(doc, "Valérie Deprez et Kevin Mahieu présentent le projet Activ'Up : coaching individuel tous les quinze "
           "jours, ateliers découvertes hebdomadaires, séances d'information « se débrouiller en Belgique » et "
           "sorties socioculturelles mensuelles. La présentation est jointe en annexe au présent procès-verbal.")
    p(doc, "Les membres soulignent la qualité du travail de mobilisation mené avec les antennes sociales.")

    heading(doc, "IV. Rapportage FAMI : indicateurs et calendrier", 1, BLUE)
    p(doc, "Nathalie Verstraeten présente le tableau des indicateurs à compléter pour le rapport annuel "
           "(participants, modules suivis, taux de présence).")
    p(doc, "Le calendrier du rapportage annuel sera transmis par le SPP aux CPAS avant le 20 décembre 2016.")
    p(doc, "Chaque CPAS complète le tableau des indicateurs et le renvoie au SPP pour le 31 janvier 2017.")

    heading(doc, "V. Divers", 1, BLUE)
    p(doc, "Plusieurs CPAS trouvent l'enquête de satisfaction trop abstraite pour le public cible. "
           "Une version simplifiée de l'enquête de satisfaction sera préparée ; le responsable reste à désigner.")

    heading(doc, "VI. Prochaine réunion", 1, BLUE)
    p(doc, "La prochaine réunion aura lieu le mardi 21 mars 2017 à l'OCMW de Gand.")
    p(doc, "Conformément à l'usage, le présent procès-verbal est approuvé au début de la réunion suivante.",
      italic=True)
    p(doc, "")
    p(doc, "Pour le SPP Intégration Sociale,", space_after=0)
    p(doc, "Nathalie Verstraeten, secrétaire du réseau")
    save(doc, "477_pv-reseau-charleroi-2016.docx")


# --------------------------------------------------------------------------- 478
def r478():
    """2017 - notes typed up a week later by Els Vandamme (OCMW Gent)."""
    doc = new_doc("Arial", 10)
    footer_page(doc, "Verslag AMIF Gent 21/03/2017 – blz. ", align=WD_ALIGN_PARAGRAPH.RIGHT)

    p(doc, "Verslag netwerkbijeenkomst AMIF – Gent", bold=True, size=14, space_after=0)
    p(doc, "dinsdag 21 maart 2017 – OCMW Gent, Sociaal Huis, Onderbergen 86, 9000 Gent")
    p(doc, "(uitgetypt op 28/03 op basis van mijn handgeschreven notities – laat gerust weten als ik iets "
           "verkeerd genoteerd heb. Els)", italic=True, color=GREY)

    p(doc, "Aanwezig", bold=True, space_after=0)
    for org, names in [("POD MI", "Nathalie Verstraeten, Pieter Goossens"),
                       ("OCMW Gent", "Els Vandamme, Bram De Smet, Yasmina El Idrissi"),
                       ("OCMW Antwerpen", "Joris Peeters, Hanne Wouters"),
                       ("CPAS Luik", "Didier Lhoest, Mohamed Benali"),
                       ("CPAS Charleroi", "Kevin Mahieu"),
                       ("CPAS Brussel", "Céline Vanderstraeten"),
                       ("Tolken (simultaanvertaling FR-NL)", "Marie-Laure Gielen, Koen Dierickx")]:
        par = rich(doc, [I(org + ": "), N(names)])
        par.paragraph_format.space_after = Pt(0)
    p(doc, "")
    p(doc, "Verontschuldigd", bold=True, space_after=0)
    p(doc, "Valérie Deprez (CPAS Charleroi), Martine Dupont (CPAS Binche)")

    p(doc, "Welkom in Gent! Het programma zag er zo uit: 9u30 onthaal met koffie, 10u00 voorstelling van het "
           "project ‘Samen Sterk’, 11u30 rondleiding in de lokalen, 12u30 lunch, 13u30 uitwisseling over de "
           "tevredenheidsenquête, 15u00 afspraken en afsluiting.")

    p(doc, "Verwelkoming", bold=True, space_after=2)
    p(doc, "Bram heette iedereen welkom namens OCMW Gent. Korte kennismakingsronde, want er waren een paar "
           "nieuwe gezichten (Mohamed, Hanne).")

    p(doc, "Voorstelling project ‘Samen Sterk’", bold=True, space_after=2)
    p(doc, "Yasmina stelde ons project voor: intake met oriëntatiebalans, daarna individuele begeleiding en "
           "collectieve workshops (taalactivering, computer, creatief). Op dit moment 16 deelnemers, vooral "
           "vrouwen, veel laaggeletterd.")
    p(doc, "- groepen van max. 8 personen werkt het best", space_after=0)
    p(doc, "- samenwerking met de maatschappelijk werkers van de sociale diensten loopt goed, maar de "
           "doorverwijzing kan sneller")
    p(doc, "Mohamed vroeg hoe wij met de drie contracten van Luik omgaan: wij werken met één contract.")
    p(doc, "→ Mohamed stuurt de Luikse versie van het contract door naar Yasmina")

    p(doc, "Rondleiding", bold=True, space_after=2)
    p(doc, "Rondleiding in de lokalen (leslokaal, computerklas, de tuin). Iedereen was onder de indruk van de tuin.")

    p(doc, "Tevredenheidsenquête", bold=True, space_after=2)
    p(doc, "Iedereen vindt de huidige enquête te moeilijk voor onze doelgroep: te abstracte woorden "
           "('tevredenheid', 'verwachtingen'), te lang.")
    p(doc, "Afspraak: de enquête wordt voortaan samen met een tolk of intercultureel bemiddelaar afgenomen.")
    p(doc, "Het zou fijn zijn om de enquête ook in het Arabisch en het Dari te hebben.")
    p(doc, "→ Pieter: navragen bij de POD of een vertaling van de enquête mogelijk is", space_after=0)
    p(doc, "→ Yasmina en Hanne: voorstel van vereenvoudigde enquête uitwerken tegen de volgende keer")

    p(doc, "Afspraken", bold=True, space_after=2)
    p(doc, "Bram heeft de planning van de modules al rondgestuurd (mail van 22/03).")
    p(doc, "Alle OCMW's bezorgen hun aantallen deelnemers voor 30 april aan Nathalie.")
    p(doc, "→ Antwerpen: de partners (Schoten, Edegem, Mortsel) uitnodigen voor de volgende bijeenkomst")
    p(doc, "[cijfers Charleroi nog op te vragen bij Kevin]", color=RED)

    p(doc, "Volgende keer", bold=True, space_after=2)
    p(doc, "Volgende keer: in het najaar in Luik (datum nog te prikken).")
    p(doc, "Foto's van de rondleiding volgen nog.", italic=True)
    save(doc, "478_verslag-gent-uitgetypt.docx")


# --------------------------------------------------------------------------- 479
def r479():
    """2018 - network day in Liège, FR | NL in columns, with annexes. Pieter Goossens (POD MI)."""
    doc = new_doc("Calibri", 10)
    header_lines(doc, [TAGLINE_NL + " / " + TAGLINE_FR,
                       "POD | Maatschappelijke Integratie – SPP | Intégration Sociale"])
    footer_page(doc, "Journée du réseau / netwerkdag 07.06.2018 – ")

    p(doc, "Journée du réseau FAMI – AMIF-netwerkdag", bold=True, size=16, color=BLUE,
      align=WD_ALIGN_PARAGRAPH.CENTER, space_after=0)
    p(doc, "jeudi 7 juin 2018 – donderdag 7 juni 2018", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER,
      space_after=0)
    p(doc, "CPAS de Liège, Maison de l'activation sociale, rue des Vennes 112, 4020 Liège",
      align=WD_ALIGN_PARAGRAPH.CENTER)
    p(doc, "Interprétation simultanée / simultaanvertaling : Koen Dierickx, Sandrine Pirard", italic=True)

    p(doc, "Participants / Deelnemers", bold=True, space_after=2)
    table(doc, [
        ["Pieter Goossens", "SPP IS / POD MI"],
        ["Nathalie Verstraeten", "SPP IS / POD MI"],
        ["Didier Lhoest", "CPAS de Liège"],
        ["Aurélie Franck", "CPAS de Liège"],
        ["Mohamed Benali", "CPAS de Liège"],
        ["Valérie Deprez", "CPAS de Charleroi"],
        ["Martine Dupont", "CPAS de Binche"],
        ["Els Vandamme", "OCMW Gent"],
        ["Yasmina El Idrissi", "OCMW Gent"],
        ["Hanne Wouters", "OCMW Antwerpen"],
        ["Kristel Van Gorp", "OCMW Schoten"],
        ["Tom Verhaegen", "OCMW Edegem"],
        ["Céline Vanderstraeten", "CPAS de Bruxelles / OCMW Brussel"],
        ["Anne Collignon", "Université de Liège (invitée / gast)"],
        ["Koen Dierickx", "interprète / tolk"],
        ["Sandrine Pirard", "interprète / tolk"],
    ], header=["Nom / Naam", "Organisation / Organisatie"], widths=[6, 9], size=9)
    p(doc, "")
    rich(doc, [B("Excusés / Verontschuldigd : "),
               N("Joris Peeters (OCMW Antwerpen), Kevin Mahieu (CPAS de Charleroi)")])

    p(doc, "Programme / Programma", bold=True, space_after=2)
    table(doc, [
        ["09h30 – 10h00", "Accueil et café", "Onthaal en koffie"],
        ["10h00 – 10h15", "Ouverture par le SPP", "Opening door de POD"],
        ["10h15 – 11h30", "Présentation du dispositif liégeois", "Voorstelling van de Luikse werking"],
        ["11h30 – 12h30", "Atelier : méthodologies d'animation", "Workshop: animatiemethodes"],
        ["12h30 – 13h30", "Repas à la ferme du CPAS", "Lunch op de boerderij van het OCMW"],
        ["13h30 – 15h00", "Brainstorm en sous-groupes", "Brainstorm in subgroepen"],
        ["15h00 – 15h30", "Conclusions et suite", "Conclusies en vervolg"],
    ], header=["Heure / Uur", "FR", "NL"], widths=[3.2, 6, 6], size=9)
    p(doc, "")

    body = doc.add_table(rows=0, cols=2)
    body.style = "Table Grid"

    def hrow(fr, nl):
        c = body.add_row().cells
        cell_text(c[0], fr, bold=True, shade="DEEAF6")
        cell_text(c[1], nl, bold=True, shade="DEEAF6")

    def trow(fr_pars, nl_pars):
        c = body.add_row().cells
        for cell, pars in ((c[0], fr_pars), (c[1], nl_pars)):
            cell.text = ""
            first = True
            for t in pars:
                par = cell.paragraphs[0] if first else cell.add_paragraph()
                first = False
                par.add_run(t)

    hrow("1. Accueil et ouverture", "1. Onthaal en opening")
    trow(["Didier Lhoest accueille le réseau à la Maison de l'activation sociale. Pieter Goossens rappelle "
          "l'objectif de la journée : apprendre les uns des autres, à partir du terrain."],
         ["Didier Lhoest verwelkomt het netwerk in het Huis van de sociale activering. Pieter Goossens herinnert "
          "aan het doel van de dag: van elkaar leren, vertrekkend vanuit het terrein."])
    hrow("2. Présentation du dispositif liégeois", "2. Voorstelling van de Luikse werking")
    trow(["Aurélie Franck présente le parcours : entretien d'admission, bilan d'orientation, trois contrats, "
          "puis orientation vers un ou plusieurs modules. Le CPAS de Liège a déjà adapté son contrat de "
          "participation après la réunion de Gand."],
         ["Aurélie Franck stelt het traject voor: intakegesprek, oriëntatiebalans, drie contracten en daarna "
          "toeleiding naar een of meer modules. Het OCMW Luik heeft zijn deelnamecontract al aangepast na de "
          "bijeenkomst in Gent."])
    hrow("3. Atelier : méthodologies d'animation", "3. Workshop: animatiemethodes")
    trow(["En sous-groupes, les participants testent un exercice de présentation, une mission créative et une "
          "manière ludique d'aborder le français. Anne Collignon (Université de Liège) commente les exercices "
          "sous l'angle de l'apprentissage des adultes peu scolarisés."],
         ["In subgroepen testen de deelnemers een voorstellingsoefening, een creatieve opdracht en een speelse "
          "manier om Frans te oefenen. Anne Collignon (Universiteit Luik) geeft duiding vanuit het leren van "
          "laaggeschoolde volwassenen."])
    hrow("4. Brainstorm : ce qui marche, ce qu'il faut améliorer", "4. Brainstorm: wat werkt, wat kan beter")
    trow(["Ce qui marche : le travail intensif avec le public, les liens entre agents et participants, l'esprit "
          "de groupe en fin de module.",
          "À améliorer : la communication envers les participants quand les horaires changent, des horaires "
          "équilibrés entre anciens et nouveaux, des activités planifiées plus tôt.",
          "Les résultats détaillés figurent en annexe 2."],
         ["Wat werkt: intensief werken met de doelgroep, de band tussen medewerkers en deelnemers, de "
          "groepsgeest op het einde van een module.",
          "Wat beter kan: communicatie naar de deelnemers als de uurroosters wijzigen, evenwichtige uurroosters "
          "voor oude en nieuwe deelnemers, activiteiten vroeger plannen.",
          "De gedetailleerde resultaten staan in bijlage 2."])
    hrow("5. Conclusions et suite", "5. Conclusies en vervolg")
    trow(["Décision : une journée du réseau sera organisée chaque année en juin, à tour de rôle chez un CPAS.",
          "Prochaine rencontre : automne 2018 à Anvers, date à fixer."],
         ["Beslissing: elk jaar in juni komt er een netwerkdag, telkens bij een ander OCMW.",
          "Volgende bijeenkomst: najaar 2018 in Antwerpen, datum nog vast te leggen."])
    hrow("6. Annexes", "6. Bijlagen")
    trow(["Annexe 1 : présentation du CPAS de Liège",
          "Annexe 2 : résultats du brainstorm (à ajouter après relecture par les sous-groupes)",
          "Annexe 3 : liste de présence signée"],
         ["Bijlage 1: presentatie van het OCMW Luik",
          "Bijlage 2: resultaten van de brainstorm (toe te voegen na nalezing door de subgroepen)",
          "Bijlage 3: getekende aanwezigheidslijst"])
    for row in body.rows:
        row.cells[0].width = Cm(8.2)
        row.cells[1].width = Cm(8.2)

    p(doc, "")
    p(doc, "Actions / Acties", bold=True, space_after=2)
    table(doc, [
        ["SPP IS / POD MI", "Envoyer les annexes à tous les participants",
         "De bijlagen naar alle deelnemers sturen", "22/06/2018"],
        ["CPAS de Liège", "Partager le canevas du bilan d'orientation",
         "Het sjabloon van de oriëntatiebalans delen", "30/06/2018"],
        ["Kristel Van Gorp, Tom Verhaegen", "Présenter l'expérience des partenaires à la prochaine rencontre",
         "De ervaring van de partners voorstellen op de volgende bijeenkomst", "automne / najaar"],
        ["Tous les CPAS / alle OCMW's", "Tester la version simplifiée de l'enquête avec un groupe de participants",
         "De vereenvoudigde enquête testen met een groep deelnemers", "30/09/2018"],
        ["À désigner / aan te duiden", "Rédiger une synthèse des points à améliorer pour le rapport annuel",
         "Een synthese van de verbeterpunten schrijven voor het jaarverslag", "—"],
    ], header=["Qui / Wie", "Action", "Actie", "Délai / Termijn"], widths=[3.5, 5.3, 5.3, 2.4], size=9)
    save(doc, "479_journee-reseau-liege.docx")


# --------------------------------------------------------------------------- 480
def r480():
    """2019 - two POD colleagues writing in turn: Pieter (morning, NL), Karim (afternoon, FR)."""
    doc = new_doc("Calibri", 11)
    header_lines(doc, ["POD MI – SPP IS | AMIF / FAMI"], italic=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    footer_page(doc, "")

    p(doc, "Verslag bijeenkomst OCMW's – Rapport rencontre CPAS", bold=True, size=15, color=BLUE,
      space_after=0)
    p(doc, "dinsdag 15 oktober 2019 – mardi 15 octobre 2019", bold=True, space_after=0)
    p(doc, "OCMW Antwerpen, Campus Kielpark, Antwerpen")

    p(doc, "Aanwezigen – Présents", bold=True, space_after=2)
    table(doc, [
        ["Pieter Goossens", "POD MI", "aanwezig"],
        ["Karim Bouzidi", "POD MI", "aanwezig"],
        ["Nathalie Verstraeten", "POD MI", "verontschuldigd"],
        ["Els Vandamme", "OCMW Gent", "aanwezig"],
        ["Bram De Smet", "OCMW Gent", "verontschuldigd"],
        ["Sophie Delvaux", "CPAS Luik", "aanwezig"],
        ["Mohamed Benali", "CPAS Luik", "aanwezig"],
        ["Kevin Mahieu", "CPAS Charleroi", "aanwezig"],
        ["Fatima Zerouali", "CPAS Charleroi", "aanwezig"],
        ["Laurent Hoyois", "CPAS Binche", "verontschuldigd"],
        ["Joris Peeters", "OCMW Antwerpen", "aanwezig"],
        ["Hanne Wouters", "OCMW Antwerpen", "aanwezig"],
        ["Emre Yildiz", "OCMW Antwerpen", "aanwezig"],
        ["Kristel Van Gorp", "OCMW Schoten", "aanwezig"],
        ["Tom Verhaegen", "OCMW Edegem", "aanwezig"],
        ["An Mertens", "OCMW Mortsel", "aanwezig"],
        ["Ilse Claes", "OCMW Brussel", "aanwezig"],
    ], header=["Naam / Nom", "Organisatie", "Status"], widths=[5.5, 5, 4], shade="E2EFD9", size=10)
    p(doc, "")
    p(doc, "Geen simultaanvertaling: iedereen sprak zijn eigen taal, collega's vertaalden waar nodig.")

    p(doc, "Agenda", bold=True, space_after=2)
    for line in ["10.00 Verwelkoming en koffie",
                 "10.15 Stand van zaken per OCMW",
                 "11.15 Voorstelling van de partners Schoten, Edegem en Mortsel",
                 "12.30 Broodjeslunch",
                 "13.30 Atelier enquête de satisfaction",
                 "15.00 Indicateurs FAMI 2019",
                 "15.45 Divers"]:
        doc.add_paragraph(line, style="List Bullet")

    p(doc, "(verslag voormiddag: Pieter)", italic=True, color=GREY)
    heading(doc, "1) Verwelkoming door OCMW Antwerpen", 2)
    p(doc, "Joris verwelkomt iedereen in de nieuwe lokalen op Kielpark. Voor het eerst zijn de drie "
           "partnergemeenten erbij.")
    heading(doc, "2) Stand van zaken per OCMW", 2)
    for line in ["Gent: 18 deelnemers, wachtlijst voor de taalworkshop. Gent heeft de nieuwe projectfiche al ingediend.",
                 "Luik: nieuw team rond Sophie; de boerderij blijft de centrale plek voor de groepsactiviteiten.",
                 "Charleroi: module 3 afgerond in juni, 41 deelnemers; Fatima neemt de coördinatie over van Valérie.",
                 "Antwerpen: start met de partners in september.",
                 "Brussel: moeilijke rekrutering via de sociale antennes, 9 deelnemers."]:
        doc.add_paragraph(line, style="List Bullet")
    heading(doc, "3) Voorstelling partners Schoten, Edegem en Mortsel", 2)
    p(doc, "Kristel, Tom en An stellen hun werking kort voor: kleinere groepen (4 à 6 deelnemers), veel "
           "individuele begeleiding.")
    p(doc, "Er wordt beslist dat elke partner een eigen contactpersoon in het netwerk heeft.")
    rich(doc, [B("Actie: "), N("Joris – de samenwerking met de partners op papier zetten (wie doet wat, wie rapporteert)")])
    rich(doc, [B("Actie: "), N("POD – model van partnerovereenkomst bezorgen aan Antwerpen")])
    p(doc, "[foto's van de flipcharts toevoegen]", highlight=WD_COLOR_INDEX.YELLOW)

    p(doc, "(notes de l'après-midi : Karim)", italic=True, color=GREY)
    heading(doc, "4. Atelier : l'enquête de satisfaction", 2)
    p(doc, "Les CPAS confirment que l'enquête actuelle est trop abstraite. La version simplifiée proposée par "
           "Gand et Anvers (pictogrammes, phrases courtes) est bien accueillie.")
    p(doc, "Fatima et Sophie vont tester la version simplifiée auprès de deux groupes d'ici décembre.")
    p(doc, "Le SPP va préparer une traduction de l'enquête en arabe et en dari.")
    p(doc, "Emre souhaiterait un moment d'échange entre les intervenants de terrain (animateurs, formateurs).")
    heading(doc, "5. Indicateurs FAMI 2019", 2)
    p(doc, "Rappel des indicateurs à fournir pour le rapport annuel : nombre de participants, modules suivis, "
           "taux de présence.")
    p(doc, "Les chiffres 2019 seront envoyés par chaque CPAS au SPP pour le 15 janvier 2020.")
    p(doc, "(mes notes sur le point 5 sont incomplètes – Pieter, peux-tu compléter ?)", italic=True, color=RED)
    heading(doc, "6. Divers et prochaine réunion", 2)
    p(doc, "Ilse remercie Anvers pour l'accueil.")
    p(doc, "Prochaine réunion : février 2020, à Bruxelles ou en ligne – à confirmer.")
    save(doc, "480_verslag-antwerpen-twee-schrijvers.docx")


# --------------------------------------------------------------------------- 481
def r481():
    """2020 - short Teams check-in during the lockdown. Karim Bouzidi (SPP IS)."""
    doc = new_doc("Calibri", 11)

    p(doc, "Check-in FAMI (Teams) – jeudi 23 avril 2020, 14h00-14h45", bold=True, size=13)
    p(doc, "Présents : Karim Bouzidi (SPP), Pieter Goossens (SPP), Els Vandamme (Gent), Sophie Delvaux "
           "(Liège), Kevin Mahieu (Charleroi), Hanne Wouters (Anvers), Ilse Claes (Bruxelles). "
           "Excusée : Martine Dupont (Binche).")
    p(doc, "Réunion en français, sans interprétation. Un seul point : la continuité des modules pendant le "
           "confinement.")

    p(doc, "Tour de table", bold=True, space_after=2)
    for line in ["Gent : appels téléphoniques hebdomadaires à chaque participant ; reprise prévue en petits "
                 "groupes (4 + 1) dès que possible.",
                 "Liège : capsules vidéo en français facile ; groupes de 3 participants + 1 formateur à la ferme, "
                 "sur rendez-vous.",
                 "Charleroi : même règle 3 + 1 ; le coaching individuel continue par téléphone.",
                 "Anvers : Hanne a déjà partagé la liste des tablettes prêtées aux participants ; les partenaires "
                 "suivent le même schéma.",
                 "Bruxelles : beaucoup de participants sans connexion internet ; contact via les AS.",
                 "Plusieurs CPAS utilisent des groupes WhatsApp avec les participants : question sur le RGPD."]:
        doc.add_paragraph(line, style="List Bullet")

    p(doc, "À faire", bold=True, space_after=2)
    for who, what in [("Karim : ", "envoyer une note sur l'usage de WhatsApp et le RGPD (avant le prochain check-in)"),
                      ("Kevin et Sophie : ", "comparer les règles 3 + 1 et voir si on peut passer à 4 + 1"),
                      ("Chaque CPAS : ", "noter le nombre de contacts par participant (téléphone, vidéo, visite)")]:
        rich(doc, [B(who), N(what)], style="List Bullet")
    p(doc, "")
    p(doc, "Prochain check-in : jeudi 7 mai 2020 à 14h00, même lien Teams.")
    save(doc, "481_check-in-teams-confinement.docx")


# --------------------------------------------------------------------------- 482
def r482():
    """2021 - e-mail summary pasted into Word, FR with NL summary. Sarah Lambrechts (SPP IS)."""
    doc = new_doc("Calibri", 11)

    for lab, val in [("De : ", "Lambrechts Sarah (SPP IS)"),
                     ("Envoyé : ", "jeudi 11 mars 2021 16:42"),
                     ("À : ", "reseau-fami"),
                     ("Objet : ", "Résumé réunion FAMI du 9 mars / Samenvatting AMIF-vergadering 9 maart")]:
        par = rich(doc, [B(lab), N(val)])
        par.paragraph_format.space_after = Pt(0)
    p(doc, "")
    p(doc, "Bonjour à tous,")
    p(doc, "Voici, comme promis, un petit résumé de notre réunion Zoom de mardi dernier (9 mars 2021, "
           "9h30-12h00). Pas d’interprétation cette fois : chacun a parlé sa langue, avec le chat pour les "
           "questions.")
    p(doc, "Étaient présents : Sarah Lambrechts et Pieter Goossens (SPP), Els Vandamme et Yasmina El Idrissi "
           "(Gand), Sophie Delvaux (Liège), Fatima Zerouali (Charleroi), Laurent Hoyois (Binche), Hanne Wouters "
           "(Anvers), Ilse Claes (Bruxelles). Excusés : Emre Yildiz (Anvers), Kristel Van Gorp (Schoten).")
    p(doc, "Pour rappel, l’ordre du jour était : 1) nouvelles du FAMI 2021-2027 ; 2) groupes et règles "
           "sanitaires ; 3) indicateurs communs ; 4) divers.")

    p(doc, "1) Programme FAMI 2021-2027", bold=True, space_after=2)
    p(doc, "Le nouveau règlement (UE) 2021/1147 est en cours d’adoption. Les projets actuels sont prolongés "
           "jusqu’à la fin de 2021 ; l’appel pour la nouvelle période suivra en fin d’année.")
    p(doc, "2) Règles sanitaires et taille des groupes", bold=True, space_after=2)
    p(doc, "Gand travaille toujours avec des groupes de 4 + 1, Liège et Charleroi avec 3 + 1. Anvers espère "
           "passer à 6 + 1 après Pâques.")
    p(doc, "Décision : chaque CPAS garde ses propres règles jusqu’à nouvel ordre, en suivant les consignes de "
           "sa commune.")
    p(doc, "3) Indicateurs communs", bold=True, space_after=2)
    p(doc, "La Commission introduit des indicateurs communs (participants aux cours de langue, à l’orientation "
           "civique, à l’accompagnement individuel ; progression d’au moins un niveau du CECR ; participants "
           "qui disent que l’activité les a aidés à s’intégrer).")
    p(doc, "→ Je vous envoie la liste complète des indicateurs d’ici fin mars.", space_after=0)
    p(doc, "→ Chaque CPAS me renvoie le tableau des chiffres 2020 pour le 31 mars.", space_after=0)
    p(doc, "→ Anvers (Hanne) : vérifier avec Schoten, Edegem et Mortsel qui encode les chiffres des partenaires.")
    p(doc, "4) Divers", bold=True, space_after=2)
    p(doc, "Yasmina a déjà envoyé la version simplifiée de l’enquête à tout le monde (merci !).")
    p(doc, "Point sur l’enquête de satisfaction à préparer pour juin – qui s’en charge ? Pas encore de "
           "volontaire.")
    p(doc, "Prochaine réunion : mardi 8 juin 2021 à 9h30, sur Zoom (l’invitation suivra).")
    p(doc, "Bonne fin de semaine,", space_after=0)
    p(doc, "Sarah")
    p(doc, "PS : les slides de la DG Migration suivront dès que je les reçois.")
    p(doc, "Sarah Lambrechts | Attachée – Fonds européens | SPP Intégration Sociale", size=9, color=GREY)
    p(doc, "-----")
    p(doc, "Samenvatting in het Nederlands", bold=True, space_after=2)
    p(doc, "Zoom-vergadering van dinsdag 9 maart 2021, zonder tolken. Belangrijkste punten: de lopende projecten "
           "worden verlengd tot eind 2021; elk OCMW houdt voorlopig zijn eigen groepsregels; er komen nieuwe "
           "gemeenschappelijke indicatoren (lijst volgt van Sarah). Alle OCMW's bezorgen hun cijfers 2020 tegen "
           "31 maart. Volgende vergadering: dinsdag 8 juni 2021 (Zoom).")
    save(doc, "482_resume-mail-zoom.docx")


# --------------------------------------------------------------------------- 483
def r483():
    """2022 - stand-in secretary Ilse Claes (CPAS de Bruxelles) for Sarah Lambrechts."""
    doc = new_doc("Calibri", 11)
    header_lines(doc, ["CPAS de Bruxelles – réunion du réseau FAMI"], italic=False,
                 align=WD_ALIGN_PARAGRAPH.LEFT)
    footer_page(doc, "Page ", align=WD_ALIGN_PARAGRAPH.RIGHT)

    doc.add_paragraph("Rapport de la rencontre des CPAS – réseau FAMI", style="Title")
    p(doc, "Jeudi 20 octobre 2022 – CPAS de Bruxelles, salle polyvalente, rue Haute, 1000 Bruxelles", bold=True)
    p(doc, "Rapport rédigé par Ilse Claes (CPAS de Bruxelles) en remplacement de Sarah Lambrechts (SPP), "
           "excusée. Version provisoire, non relue par le SPP.", italic=True, color=GREY)
    p(doc, "Interprétation simultanée FR↔NL.")

    p(doc, "Présents (initiales utilisées dans le rapport)", bold=True, space_after=2)
    for line in ["Pieter Goossens (PG) – SPP IS",
                 "Karim Bouzidi (KB) – SPP IS",
                 "Ilse Claes (IC) – CPAS de Bruxelles",
                 "Jean-Marc Lefèvre (JML) – CPAS de Bruxelles",
                 "Els Vandamme (EV) – OCMW Gent",
                 "Bram De Smet (BDS) – OCMW Gent",
                 "Sophie Delvaux (SD) – CPAS de Liège",
                 "Fatima Zerouali (FZ) – CPAS de Charleroi",
                 "Laurent Hoyois (LH) – CPAS de Binche",
                 "Emre Yildiz (EY) – OCMW Antwerpen",
                 "An Mertens (AM) – OCMW Mortsel",
                 "Sandrine Pirard, Koen Dierickx – interprètes"]:
        doc.add_paragraph(line, style="List Bullet")
    p(doc, "Excusés", bold=True, space_after=2)
    for line in ["Sarah Lambrechts – SPP IS",
                 "Hanne Wouters – OCMW Antwerpen",
                 "Tom Verhaegen – OCMW Edegem"]:
        doc.add_paragraph(line, style="List Bullet")

    p(doc, "Programme", bold=True, space_after=2)
    for t, title in [("9h30-10h00", "Accueil et mot de bienvenue du CPAS de Bruxelles"),
                     ("10h00-11h00", "Tour de table des projets"),
                     ("11h00-12h00", "Indicateurs communs : premiers chiffres 2022"),
                     ("12h00-13h00", "Repas"),
                     ("13h00-14h30", "Conservation des documents et RGPD"),
                     ("14h30-15h00", "Divers et prochaine réunion")]:
        par = p(doc, t + "\t" + title, space_after=0)
        par.paragraph_format.tab_stops.add_tab_stop(Cm(3))
    p(doc, "")

    heading(doc, "A. Accueil", 2)
    p(doc, "JML accueille le réseau au nom du CPAS de Bruxelles et excuse Sarah, retenue par une autre réunion. "
           "Tour rapide des nouveaux : BDS revient dans le réseau après deux ans, AM représente Mortsel.")
    heading(doc, "B. Tour de table", 2)
    for line in ["Gent (EV, BDS) : 22 participants, deux groupes de langue ; le partenariat avec la bibliothèque "
                 "continue.",
                 "Liège (SD) : reprise des sorties socioculturelles mensuelles.",
                 "Charleroi et Binche (FZ, LH) : l'enquête de satisfaction existe désormais en cinq langues.",
                 "Anvers et partenaires (EY, AM) : Mortsel démarre un groupe du soir.",
                 "Bruxelles (IC, JML) : beaucoup de nouvelles demandes de personnes venant d'Ukraine."]:
        doc.add_paragraph(line, style="List Bullet")
    p(doc, "Décision : la limite de taille des groupes est levée partout à partir de novembre ; chaque CPAS "
           "reste libre de garder de petits groupes.")
    heading(doc, "C. Indicateurs communs : premiers chiffres 2022", 2)
    p(doc, "PG a déjà transmis la liste des indicateurs communs (mail du 3 octobre 2022).")
    p(doc, "Premiers chiffres du premier semestre : environ 140 participants pour le réseau (chiffres exacts à "
           "ajouter).")
    p(doc, "Envoyer les chiffres du premier semestre au SPP (resp. chaque CPAS, pour le 30 novembre).")
    heading(doc, "D. Conservation des documents et RGPD", 2)
    p(doc, "KB rappelle les règles : les documents d'une opération FAMI sont conservés cinq ans à partir du "
           "31 décembre de l'année du dernier paiement (règlement (UE) 2021/1060, art. 82) ; les données "
           "personnelles ne sont pas gardées plus longtemps que nécessaire (RGPD, art. 5) ; un participant peut "
           "demander à voir tout ce qui est conservé à son sujet (RGPD, art. 15).")
    p(doc, "Décision : les dossiers nominatifs restent au CPAS ; le SPP ne reçoit que des chiffres agrégés.")
    p(doc, "Rédiger une note commune sur la durée de conservation des dossiers (resp. KB).")
    p(doc, "Vérifier avec le DPO du CPAS de Bruxelles la procédure de demande d'accès (resp. IC et JML).")
    heading(doc, "E. Divers", 2)
    p(doc, "Mettre à jour la fiche projet de Mortsel avant fin décembre (resp. OCMW Mortsel).")
    p(doc, "EY aimerait organiser une visite commune du projet d'Anvers au printemps.")
    p(doc, "La prochaine réunion se tiendra au printemps 2023 à Mortsel, en format hybride.")
    save(doc, "483_rapport-bruxelles-remplacement.docx")


# --------------------------------------------------------------------------- 484
def r484():
    """2023 - hybrid meeting hosted by OCMW Mortsel, written by An Mertens."""
    doc = new_doc("Verdana", 9)
    header_lines(doc, ["OCMW Mortsel"], italic=False, align=WD_ALIGN_PARAGRAPH.RIGHT, size=8)
    footer_page(doc, "Verslag AMIF-netwerk 25/04/2023 – p. ")

    doc.add_paragraph("Verslag AMIF-netwerkbijeenkomst", style="Title")
    p(doc, "Dinsdag 25 april 2023, 10u00 – 14u00", bold=True, space_after=0)
    p(doc, "Hybride: Sociaal Huis Mortsel (zaal De Linde) en online via Teams", space_after=0)
    p(doc, "Simultaanvertaling FR-NL: in de zaal via koptelefoons, online via het tolkkanaal in Teams.")

    p(doc, "Aanwezig", bold=True, space_after=2)
    table(doc, [
        ["An Mertens", "OCMW Mortsel", "zaal"],
        ["Dirk Van Looy", "OCMW Mortsel", "zaal"],
        ["Hanne Wouters", "OCMW Antwerpen", "zaal"],
        ["Emre Yildiz", "OCMW Antwerpen", "zaal"],
        ["Kristel Van Gorp", "OCMW Schoten", "zaal"],
        ["Tom Verhaegen", "OCMW Edegem", "zaal"],
        ["Els Vandamme", "OCMW Gent", "zaal"],
        ["Sarah Lambrechts", "POD MI", "zaal"],
        ["Sophie Delvaux", "CPAS Luik", "online"],
        ["Aurélie Franck", "CPAS Luik", "online"],
        ["Fatima Zerouali", "CPAS Charleroi", "online"],
        ["Laurent Hoyois", "CPAS Binche", "online"],
        ["Ilse Claes", "OCMW Brussel", "online"],
        ["Sandrine Pirard", "tolk", "zaal"],
        ["Wim Laureys", "tolk", "zaal"],
    ], header=["Naam", "Organisatie", "Waar"], widths=[5, 5, 3], shade="FCE4D6")
    p(doc, "")
    rich(doc, [B("Verontschuldigd: "), N("Pieter Goossens (POD MI), Bram De Smet (OCMW Gent)")])

    p(doc, "Agenda", bold=True, space_after=2)
    table(doc, [
        ["10u00 – 10u15", "Welkom door OCMW Mortsel"],
        ["10u15 – 11u00", "Voorstelling van de werking in Mortsel"],
        ["11u00 – 12u00", "Stand van zaken per OCMW"],
        ["12u00 – 12u45", "Lunch (voor wie ter plaatse is)"],
        ["12u45 – 13u45", "Indicatoren: eerste rapportering over 2022"],
        ["13u45 – 14u00", "Varia en afspraken"],
    ], header=["Uur", "Punt"], widths=[3.5, 10], shade="FCE4D6")

    heading(doc, "1. Welkom", 1)
    p(doc, "An verwelkomt iedereen in Mortsel: voor het eerst een bijeenkomst bij een partner-OCMW. Sarah "
           "bedankt Mortsel voor de hybride opstelling.")
    heading(doc, "2. Werking OCMW Mortsel", 1)
    p(doc, "Dirk Van Looy stelt de werking voor: kleine groepen (max. 6), een vaste begeleider per deelnemer, "
           "samenwerking met de bibliotheek voor taalactivering.")
    rich(doc, [B("Actie: "), N("An – folder van de werking in Mortsel doorsturen naar alle OCMW's.")])
    heading(doc, "3. Stand van zaken per OCMW", 1)
    heading(doc, "3.1 Gent", 2)
    p(doc, "Els: nieuwe groep gestart in maart, 12 deelnemers. Gent wil graag meer uitwisseling tussen de "
           "trajectbegeleiders.")
    heading(doc, "3.2 Luik", 2)
    p(doc, "Sophie en Aurélie: het nieuwe intakeformulier is klaar.")
    rich(doc, [B("Actie CPAS Luik: "), N("het nieuwe intakeformulier delen met het netwerk.")])
    heading(doc, "3.3 Charleroi en Binche", 2)
    p(doc, "Charleroi heeft de tevredenheidsenquête al in vijf talen laten vertalen (Arabisch, Dari, Tigrinya, "
           "Pasjtoe, Engels). Binche volgt dezelfde werkwijze.")
    heading(doc, "3.4 Antwerpen en partners", 2)
    p(doc, "Hanne: de partners rapporteren sinds januari via Antwerpen. Schoten en Edegem zoeken samen een "
           "locatie voor een gezamenlijke workshop.")
    heading(doc, "3.5 Brussel", 2)
    rich(doc, [N("Ilse: de rekrutering via de sociale antennes loopt goed. "),
               ("[cijfers Brussel volgen]", {"highlight": WD_COLOR_INDEX.YELLOW})])
    heading(doc, "4. Indicatoren", 1)
    p(doc, "Sarah licht de eerste rapportering over 2022 toe. Niet alle OCMW's tellen de deelnemers op dezelfde "
           "manier.")
    p(doc, "Beslist: een deelnemer telt mee vanaf het ondertekende contract.")
    p(doc, "De POD zal een sjabloon voor de indicatoren rondsturen vóór 1 juni.")
    p(doc, "Alle OCMW's vullen het sjabloon in tegen 30 juni.")
    heading(doc, "5. Varia en afspraken", 1)
    p(doc, "Kristel en Tom werken samen een voorstel uit voor een gezamenlijke uitstap met deelnemers.")
    rich(doc, [B("Volgende bijeenkomst: "), N("dinsdag 17 oktober 2023 in Gent (hybride).")])
    save(doc, "484_verslag-mortsel-hybride.docx")


# --------------------------------------------------------------------------- 485
def r485():
    """2024 - manager's decisions and tasks, NL with French summary. Griet Claessens (POD MI)."""
    doc = new_doc("Calibri", 11)
    header_lines(doc, ["POD Maatschappelijke Integratie – Dienst Europese Fondsen", TAGLINE_NL])
    footer_page(doc, "")

    p(doc, "Overleg AMIF-coördinatoren – beslissingen en taken", bold=True, size=14, color=BLUE)
    p(doc, "Maandag 16 september 2024, 14u00-16u00, POD MI, Brussel (vergaderzaal 6B)")
    p(doc, "Aanwezig: Griet Claessens (diensthoofd), Sarah Lambrechts en Pieter Goossens (POD MI); Els Vandamme "
           "(OCMW Gent), Aurélie Franck (CPAS Luik), Fatima Zerouali (CPAS Charleroi), Hanne Wouters (OCMW "
           "Antwerpen), Ilse Claes (OCMW Brussel). Verontschuldigd: Laurent Hoyois (CPAS Binche).")
    p(doc, "Agenda", bold=True, space_after=2)
    for line in ["Stand van de AMIF-programmering 2021-2027",
                 "Rapportering indicatoren 2023",
                 "Bewaring van documenten en persoonsgegevens",
                 "Planning netwerkbijeenkomsten 2025"]:
        doc.add_paragraph(line, style="List Number")

    heading(doc, "Beslissingen", 1)
    for line in ["B1. De netwerkbijeenkomsten gaan in 2025 twee keer door: één keer fysiek, één keer online.",
                 "B2. De POD MI bewaart geen persoonsgegevens van deelnemers, enkel geaggregeerde cijfers.",
                 "B3. Het sjabloon voor de indicatoren blijft ongewijzigd voor 2024.",
                 "B4. Binche, Schoten, Edegem en Mortsel rapporteren via hun hoofdaanvrager."]:
        p(doc, line, space_after=3)

    heading(doc, "Taken", 1)
    p(doc, "Reeds gedaan: de nieuwe contactlijst van het netwerk werd op 10/09 rondgestuurd.", italic=True)
    table(doc, [
        ["Sarah", "Planning 2025 voorstellen aan het netwerk", "15/10/2024"],
        ["POD MI", "Nota over de bewaartermijnen (art. 82 Verordening 2021/1060) opstellen", "31/10/2024"],
        ["OCMW Antwerpen", "Cijfers van Schoten, Edegem en Mortsel bundelen", "30/11/2024"],
        ["Alle OCMW's", "Indicatoren 2024 aanleveren via het sjabloon", "31/01/2025"],
        ["Els + Aurélie", "Vereenvoudigde tevredenheidsenquête testen en evalueren", "december"],
        ["nog te bepalen", "Oekraïense vertaling van de enquête laten nalezen", "–"],
    ], header=["Wie", "Wat", "Tegen"], widths=[3.5, 10, 3])

    heading(doc, "Résumé en français", 1)
    p(doc, "Réunion des coordinateurs FAMI du lundi 16 septembre 2024 au SPP IS. Décisions : deux rencontres du "
           "réseau en 2025 (une en présentiel, une en ligne) ; le SPP ne conserve aucune donnée personnelle des "
           "participants ; le modèle d'indicateurs reste inchangé pour 2024 ; Binche, Schoten, Edegem et Mortsel "
           "rapportent via leur CPAS principal. Les tâches figurent dans le tableau ci-dessus.", italic=True)
    p(doc, "")
    p(doc, "Griet Claessens", space_after=0)
    p(doc, "Diensthoofd Europese Fondsen")
    save(doc, "485_beslissingen-taken-coordinatoren.docx")


# --------------------------------------------------------------------------- 486
def r486():
    """2026 - report started from the previous meeting's file. Bram De Smet (OCMW Gent), Teams."""
    doc = new_doc("Calibri", 11)
    header_lines(doc, ["OCMW Gent – AMIF"], italic=False, align=WD_ALIGN_PARAGRAPH.LEFT)
    footer_page(doc, "Verslag AMIF-netwerk – ", align=WD_ALIGN_PARAGRAPH.RIGHT)

    p(doc, "Verslag AMIF-netwerk (online)", bold=True, size=16, space_after=0)
    p(doc, "Maandag 2 februari 2026 – 10u00 tot 12u00 – Teams", bold=True, space_after=0)
    p(doc, "Plaats: OCMW Gent, zaal 2.14", strike=True, color=GREY, space_after=0)
    p(doc, "Online via Teams")
    p(doc, "Geen tolken deze keer: iedereen spreekt zijn eigen taal, vragen mogen in de chat.")

    p(doc, "Aanwezig:", bold=True, space_after=0)
    for line in ["Sarah Lambrechts (POD MI)", "Thomas Renard (POD MI)", "Bram De Smet (OCMW Gent)",
                 "Lotte Vermeulen (OCMW Gent)", "Nora Haddad (CPAS Luik)", "Fatima Zerouali (CPAS Charleroi)",
                 "Laurent Hoyois (CPAS Binche)", "Emre Yildiz (OCMW Antwerpen)", "Tom Verhaegen (OCMW Edegem)",
                 "Jean-Marc Lefèvre (CPAS Brussel)"]:
        doc.add_paragraph(line, style="List Bullet")
    p(doc, "Verontschuldigd:", bold=True, space_after=0)
    for line in ["Ilse Claes (CPAS Brussel)", "Kristel Van Gorp (OCMW Schoten)"]:
        doc.add_paragraph(line, style="List Bullet")

    p(doc, "Agenda:", bold=True, space_after=0)
    for line in ["1. Goedkeuring verslag vorige vergadering (10:00)",
                 "2. Opvolging actiepunten (10:10)",
                 "3. Indicatoren 2025: stand van zaken (10:30)",
                 "4. Nieuwe oproep AMIF 2026-2027 (11:00)",
                 "5. Varia (11:40)"]:
        p(doc, line, space_after=0)
    p(doc, "")

    heading(doc, "1. Goedkeuring verslag vorige vergadering", 2)
    p(doc, "Het verslag van 16/09/2025 wordt goedgekeurd zonder opmerkingen.")
    heading(doc, "2. Opvolging actiepunten", 2)
    table(doc, [
        ["Sjabloon indicatoren 2025 rondsturen", "POD", "afgerond"],
        ["Oekraïense vertaling enquête laten nalezen", "?", "afgerond (Charleroi)"],
        ["Folder Mortsel doorsturen", "An", "geschrapt (An niet meer in het netwerk)"],
    ], header=["Actiepunt (16/09/2025)", "Wie", "Status"], widths=[8, 2.5, 6], shade="EDEDED")
    heading(doc, "3. Indicatoren 2025: stand van zaken", 2)
    rich(doc, [N("Sarah: de meeste OCMW's hebben hun cijfers 2025 al doorgestuurd. "),
               ("[cijfers Charleroi: nog aan te vullen]", {"highlight": WD_COLOR_INDEX.YELLOW})])
    rich(doc, [N("Indicatorentabel 2025 finaliseren en doorsturen naar de POD. "), B("Wie: "),
               N("alle OCMW's. "), B("Tegen: "), N("27/02.")])
    rich(doc, [N("Nagaan of Binche apart kan rapporteren voor 2026. "), B("Wie: "), N("Fatima en Laurent.")])
    heading(doc, "4. Nieuwe oproep AMIF 2026-2027", 2)
    p(doc, "Thomas stelt de nieuwe oproep voor: dezelfde doelgroep, meer nadruk op de gemeenschappelijke "
           "indicatoren. De indieningsdatum is nog niet gekend.")
    rich(doc, [N("Infosessie over de nieuwe oproep organiseren voor de partner-OCMW's. "), B("Wie: "), N("POD MI.")])
    rich(doc, [N("Nora: in Luik werkt men sinds september met een verkorte intake. "),
               ("[presentatie Luik nog toevoegen als bijlage]", {"highlight": WD_COLOR_INDEX.YELLOW})])
    rich(doc, [N("Presentatie over de verkorte intake delen met het netwerk. "), B("Wie: "), N("Nora.")])
    p(doc, "OCMW Edegem stuurt de aangepaste projectfiche vóór eind februari naar de POD.")
    heading(doc, "5. Varia", 2)
    p(doc, "Beslissing: de netwerkdag 2026 gaat door in Charleroi.")
    rich(doc, [N("Gezamenlijke vorming rond taalniveaus (ERK) uitwerken. "), B("Wie: "),
               N("nog niemand – vrijwilligers welkom.")])
    heading(doc, "6. Volgende vergadering", 2)
    p(doc, "Dinsdag 12 mei 2026, fysiek in Charleroi (netwerkdag).")
    save(doc, "486_verslag-online-vorig-bestand.docx")


if __name__ == "__main__":
    for f in (r477, r478, r479, r480, r481, r482, r483, r484, r485, r486):
        f()
    print("10 reports written")
