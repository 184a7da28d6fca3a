# -*- coding: utf-8 -*-
"""Builds the ten AMIF network meeting reports 517-526 with python-docx.

One function per report; each writes the report the way its (invented) secretary would in Word.
The expected lists (*.expected.json) are written by hand next to the reports, not by this script.
"""
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

TAG_NL = "Naar een geïntegreerd migratiebeleid, dankzij het AMIF"
TAG_FR = "Vers une politique de migration plus intégrée, grâce au FAMI"

BLUE = RGBColor(0x1F, 0x4E, 0x79)
GREY = RGBColor(0x59, 0x59, 0x59)
RED = RGBColor(0xC0, 0x00, 0x00)
GREEN = RGBColor(0x38, 0x76, 0x1D)


# ---------------------------------------------------------------- helpers

def new_doc(font="Calibri", size=11, margins=2.2):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    for s in doc.sections:
        s.left_margin = s.right_margin = Cm(margins)
        s.top_margin = s.bottom_margin = Cm(2.0)
    return doc


def add_page_field(par):
    run = par.add_run()
    for kind, text in (("begin", None), (None, "PAGE"), ("end", None)):
        if kind:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        else:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = text
        run._r.append(el)


def header_footer(doc, head_lines, foot_text=None, page=True, head_italic=True, align=WD_ALIGN_PARAGRAPH.RIGHT):
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.alignment = align
    for i, line in enumerate(head_lines):
        r = hp.add_run(line)
        r.italic = head_italic
        r.font.size = Pt(8)
        r.font.color.rgb = GREY
        if i < len(head_lines) - 1:
            r.add_break()
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if foot_text:
        r = fp.add_run(foot_text + ("   –   " if page else ""))
        r.font.size = Pt(8)
    if page:
        add_page_field(fp)


def para(doc, text="", bold=False, italic=False, size=None, color=None, align=None, style=None,
         underline=False, space_after=None):
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        r.underline = underline
        if size:
            r.font.size = Pt(size)
        if color is not None:
            r.font.color.rgb = color
    if align is not None:
        p.alignment = align
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    return p


def mixed(doc_or_cell, parts, style=None, align=None):
    """parts: list of (text, dict(bold=, italic=, color=, underline=))"""
    p = doc_or_cell.add_paragraph(style=style) if style else doc_or_cell.add_paragraph()
    for text, fmt in parts:
        r = p.add_run(text)
        r.bold = fmt.get("b", False)
        r.italic = fmt.get("i", False)
        r.underline = fmt.get("u", False)
        if fmt.get("c") is not None:
            r.font.color.rgb = fmt["c"]
        if fmt.get("s"):
            r.font.size = Pt(fmt["s"])
    if align is not None:
        p.alignment = align
    return p


def heading(doc, text, level=1, color=None):
    h = doc.add_heading(text, level=level)
    if color is not None:
        for r in h.runs:
            r.font.color.rgb = color
    return h


def bullet(doc, text, style="List Bullet", bold_prefix=None):
    p = doc.add_paragraph(style=style)
    if bold_prefix:
        p.add_run(bold_prefix).bold = True
    p.add_run(text)
    return p


def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, italic=False, size=None, color=None):
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    if size:
        r.font.size = Pt(size)
    if color is not None:
        r.font.color.rgb = color
    return p


def table(doc, rows, header=True, style="Table Grid", widths=None, fill=None, size=None):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    if style:
        t.style = style
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            set_cell(c, val, bold=(header and i == 0), size=size)
            if header and i == 0 and fill:
                shade(c, fill)
            if widths:
                c.width = widths[j]
    return t


def page_break(doc):
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def save(doc, name):
    doc.core_properties.title = name
    doc.save(os.path.join(HERE, name))


# ---------------------------------------------------------------- 517

def r517():
    """Griet Vanhoutte, POD MI (Flemish desk). Heading 1 with typed numbers, people inline."""
    doc = new_doc("Arial", 10)
    header_footer(doc, ["POD Maatschappelijke Integratie", TAG_NL])
    para(doc, "Verslag netwerkbijeenkomst AMIF", bold=True, size=16, color=BLUE)
    para(doc, "Donderdag 20 oktober 2016 – OCMW Gent, vergaderzaal Zuid (2de verdieping)", italic=True)
    mixed(doc, [("Aanwezig: ", {"b": True}),
                ("Griet Vanhoutte (POD MI), Nathalie Dumoulin (POD MI), Hanne Van Damme (OCMW Gent), "
                 "Karim El Ouali (OCMW Gent), Wouter Peeters (OCMW Antwerpen), Samira Benali (OCMW Brussel), "
                 "Olivier Dupont (OCMW Charleroi), Mehdi Benkirane (OCMW Luik)", {})])
    mixed(doc, [("Verontschuldigd: ", {"b": True}),
                ("Els Janssens (OCMW Antwerpen), Sophie Lambotte (OCMW Luik)", {})])
    mixed(doc, [("Verslag: ", {"b": True}), ("Griet Vanhoutte", {})])
    para(doc, "Agenda", bold=True, underline=True)
    for i, t in enumerate(["Verwelkoming en kennismaking", "Stand van zaken per OCMW",
                           "Voorstelling van het traject in Gent", "Afspraken rond de projectfiches",
                           "Varia en volgende bijeenkomst"], 1):
        p = para(doc, "%d. %s" % (i, t))
        p.paragraph_format.left_indent = Cm(0.8)
        p.paragraph_format.space_after = Pt(0)
    para(doc)

    heading(doc, "1. Verwelkoming en kennismaking", 1, BLUE)
    para(doc, "Hanne heet iedereen welkom in Gent. Het is de eerste keer dat alle vijf OCMW's samen rond de "
              "tafel zitten sinds de start van de AMIF-projecten. Elke deelnemer stelt zich kort voor. "
              "Griet licht toe waarom de POD dit netwerk opzet: ervaringen uitwisselen tussen de OCMW's en "
              "samen leren uit wat werkt.")
    heading(doc, "2. Stand van zaken per OCMW", 1, BLUE)
    for org, txt in [
        ("Gent: ", "42 deelnemers ingeschreven, twee groepen taalactivering lopen. Wachtlijst voor de "
                   "individuele begeleiding."),
        ("Antwerpen: ", "de samenwerking met Schoten, Edegem en Mortsel is rond; de partnergemeenten starten "
                        "in januari 2017."),
        ("Brussel: ", "het team is tweetalig samengesteld; de eerste infosessie vond plaats in september."),
        ("Charleroi: ", "module 2 van Activ'Up loopt sinds september. Van de 199 door de maatschappelijk "
                        "werkers weerhouden personen kwamen er 60 naar de infosessie."),
        ("Luik: ", "vier collectieve modules en individuele begeleiding; drie contracten per deelnemer."),
    ]:
        bullet(doc, txt, bold_prefix=org)
    heading(doc, "3. Voorstelling van het traject in Gent", 1, BLUE)
    para(doc, "Karim stelt het Gentse traject voor. Elke deelnemer krijgt een intakegesprek en een "
              "oriëntatiebalans. Daarna volgt een voorstel van modules: taalactivering, sociale activering en "
              "individuele begeleiding om de twee weken. De maatschappelijk werkers van de sociale diensten "
              "kunnen op elk moment iemand doorverwijzen.")
    para(doc, "Vragen uit de groep gingen vooral over de aanwezigheidsgraad: Gent werkt met een "
              "aanwezigheidslijst per sessie en bespreekt afwezigheden in het teamoverleg.")
    heading(doc, "4. Afspraken rond de projectfiches", 1, BLUE)
    para(doc, "Er werd beslist dat elk OCMW dezelfde sjabloon van de projectfiche gebruikt, met minstens drie "
              "subdoelstellingen per module.")
    for who, txt in [
        ("Actie Hanne: ", "de presentatie van vandaag doorsturen naar Griet."),
        ("Actie alle OCMW's: ", "de projectfiche invullen en terugbezorgen aan de POD vóór 30 november 2016."),
        ("Actie POD: ", "een gezamenlijke mailinglijst opmaken voor het netwerk."),
    ]:
        mixed(doc, [(who, {"b": True, "c": RED}), (txt, {})])
    heading(doc, "5. Varia en volgende bijeenkomst", 1, BLUE)
    para(doc, "Wouter stelt voor om een volgende bijeenkomst in Antwerpen te houden, samen met de "
              "partnergemeenten. Karim heeft de contactlijst al rondgestuurd tijdens de vergadering.")
    mixed(doc, [("Actie Wouter en Olivier: ", {"b": True, "c": RED}),
                ("een datum voorleggen voor een werkbezoek in Charleroi.", {})])
    para(doc)
    mixed(doc, [("De volgende bijeenkomst vindt plaats op donderdag 15 december 2016 in Antwerpen.", {"b": True})])
    save(doc, "517_gent_kennismaking.docx")


# ---------------------------------------------------------------- 518

def r518():
    """Els Janssens, OCMW Antwerpen. Full NL report, then a full French version. Bold roman headings."""
    doc = new_doc("Calibri", 11)
    header_footer(doc, [TAG_NL, TAG_FR], foot_text="OCMW Antwerpen – AMIF-netwerk")
    para(doc, "Verslag bijeenkomst OCMW's – Rapport rencontre CPAS", bold=True, size=15,
         align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "27 maart 2017 – 27 mars 2017", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "OCMW Antwerpen, Activeringshuis Kiel", align=WD_ALIGN_PARAGRAPH.CENTER, italic=True)
    para(doc, "Met simultaanvertaling Nederlands-Frans.", italic=True, align=WD_ALIGN_PARAGRAPH.CENTER)

    para(doc, "Aanwezig", bold=True, underline=True)
    for org, names in [("POD MI: ", "Griet Vanhoutte, Pieter Claeys"),
                       ("OCMW Antwerpen: ", "Wouter Peeters, Els Janssens, Nadia Bouzid"),
                       ("OCMW Schoten: ", "Kristof Van Looy"),
                       ("OCMW Edegem: ", "An Wouters"),
                       ("OCMW Mortsel: ", "Joke Smets"),
                       ("OCMW Gent: ", "Hanne Van Damme"),
                       ("CPAS Liège: ", "Sophie Lambotte, Mehdi Benkirane"),
                       ("CPAS Charleroi: ", "Olivier Dupont"),
                       ("Tolken: ", "Anne-Sophie Michiels, Dirk Vermeulen")]:
        bullet(doc, names, bold_prefix=org)
    mixed(doc, [("Verontschuldigd: ", {"b": True, "u": True}),
                ("Samira Benali (OCMW Brussel), Karim El Ouali (OCMW Gent)", {})])

    para(doc, "Agenda", bold=True, underline=True)
    table(doc, [["Uur", "Onderwerp"],
                ["10u00 – 10u30", "Onthaal met koffie"],
                ["10u30 – 11u30", "Voorstelling van het project in Antwerpen en de partnergemeenten"],
                ["11u30 – 12u30", "Rondetafel: rekrutering van deelnemers"],
                ["12u30 – 13u30", "Lunch"],
                ["13u30 – 15u00", "Werkbezoek aan het activeringshuis"],
                ["15u00 – 15u30", "Afspraken en afsluiting"]],
          widths=[Cm(3.5), Cm(12.5)], fill="D9E2F3")
    para(doc)

    def H(t):
        para(doc, t, bold=True, size=12, color=BLUE)

    H("I. Onthaal en inleiding")
    para(doc, "Wouter verwelkomt het netwerk in het activeringshuis op het Kiel. Hij schetst hoe OCMW "
              "Antwerpen het project samen met drie kleinere gemeenten draagt: Schoten, Edegem en Mortsel. "
              "Griet bedankt Antwerpen voor de ontvangst en de tolken voor hun inzet.")
    H("II. Voorstelling van het project in Antwerpen en de partnergemeenten")
    para(doc, "Els stelt het traject voor: intakegesprek, oriëntatiebalans, een groepsmodule van twaalf weken "
              "en individuele opvolging. De partnergemeenten sturen hun deelnemers naar de groepsmodules in "
              "Antwerpen, maar doen de intake zelf.")
    para(doc, "Kristof (Schoten), An (Edegem) en Joke (Mortsel) vertellen hoe ze dat lokaal organiseren. In "
              "kleine gemeenten is het aantal nieuwkomers beperkt, waardoor een eigen groep niet haalbaar is.")
    H("III. Rondetafel: rekrutering van deelnemers")
    para(doc, "Elk OCMW vertelt hoe deelnemers worden gevonden. Charleroi werkt met een lijst van potentiële "
              "deelnemers en een infosessie; ongeveer een derde van de uitgenodigden komt effectief. Luik en Gent "
              "werken via doorverwijzing door de maatschappelijk werkers. Antwerpen merkt dat mondelinge "
              "uitnodigingen beter werken dan brieven.")
    para(doc, "Beslist: de rekruteringscijfers worden voortaan per module bijgehouden, in hetzelfde formaat "
              "voor alle OCMW's.", italic=True)
    H("IV. Werkbezoek aan het activeringshuis")
    para(doc, "Nadia leidt de groep rond in het activeringshuis en toont de taalhoek en het computerlokaal. Het "
              "activeringshuis werd bezocht; de foto's staan al op de gedeelde schijf.")
    H("V. Afspraken en afsluiting")
    for t in ["Cijfers over de rekrutering doorsturen naar Els (resp. Kristof, An en Joke).",
              "Folder van het activeringshuis in het Frans laten vertalen (resp. Nadia).",
              "Overzicht van de subsidiabele kosten bezorgen aan alle OCMW's (resp. POD)."]:
        bullet(doc, t)
    para(doc, "Volgende bijeenkomst: juni 2017 in Luik (datum volgt).", bold=True)
    para(doc, "Opmerkingen van Schoten nog toe te voegen.", italic=True, color=RED)

    page_break(doc)
    para(doc, "Version française", bold=True, size=14, color=BLUE)
    para(doc, "Pour les présences et l'ordre du jour, voir la version néerlandaise ci-dessus.", italic=True)
    H("I. Accueil et introduction")
    para(doc, "Wouter accueille le réseau dans la maison d'activation du Kiel. Il explique comment le CPAS "
              "d'Anvers porte le projet avec trois communes plus petites : Schoten, Edegem et Mortsel. Griet "
              "remercie Anvers pour l'accueil et les interprètes pour leur travail.")
    H("II. Présentation du projet à Anvers et dans les communes partenaires")
    para(doc, "Els présente le parcours : entretien d'admission, bilan d'orientation, un module collectif de "
              "douze semaines et un suivi individuel. Les communes partenaires envoient leurs participants aux "
              "modules collectifs à Anvers, mais font elles-mêmes l'entretien d'admission.")
    para(doc, "Kristof (Schoten), An (Edegem) et Joke (Mortsel) expliquent leur organisation locale. Dans les "
              "petites communes, le nombre de primo-arrivants est limité ; un groupe propre n'est pas réaliste.")
    H("III. Table ronde : recrutement des participants")
    para(doc, "Chaque CPAS explique comment il trouve ses participants. Charleroi travaille avec une liste de "
              "participants potentiels et une séance d'information ; environ un tiers des invités vient "
              "réellement. Liège et Gand passent par les assistants sociaux. Anvers constate que les invitations "
              "orales fonctionnent mieux que les courriers.")
    para(doc, "Décidé : les chiffres de recrutement seront désormais tenus par module, dans le même format pour "
              "tous les CPAS.", italic=True)
    H("IV. Visite de la maison d'activation")
    para(doc, "Nadia fait visiter la maison d'activation, avec le coin langue et la salle informatique. Les "
              "photos sont déjà sur le disque partagé.")
    H("V. Accords et clôture")
    for t in ["Envoyer les chiffres du recrutement à Els (resp. Kristof, An et Joke).",
              "Faire traduire en français le dépliant de la maison d'activation (resp. Nadia).",
              "Transmettre à tous les CPAS un aperçu des frais éligibles (resp. SPP)."]:
        bullet(doc, t)
    para(doc, "Prochaine rencontre : juin 2017 à Liège (date à suivre).", bold=True)
    para(doc, "Les remarques de Schoten doivent encore être ajoutées.", italic=True, color=RED)
    save(doc, "518_antwerpen_partners_rekrutering.docx")


# ---------------------------------------------------------------- 519

def r519():
    """Samira Benali, CPAS de Bruxelles / OCMW Brussel. FR then NL, paragraph by paragraph."""
    doc = new_doc("Calibri", 11)
    header_footer(doc, ["CPAS de Bruxelles – OCMW van Brussel", TAG_FR + " / " + TAG_NL],
                  foot_text="Rapport / Verslag 05.06.2018")

    def fr(t, **kw):
        return para(doc, t, space_after=0, **kw)

    def nl(t, **kw):
        kw.setdefault("italic", True)
        kw.setdefault("color", BLUE)
        return para(doc, t, **kw)

    para(doc, "Rapport rencontre CPAS – Verslag bijeenkomst OCMW's", bold=True, size=16,
         align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "Mardi 5 juin 2018 – dinsdag 5 juni 2018", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "CPAS de Bruxelles, rue Haute – OCMW van Brussel, Hoogstraat", align=WD_ALIGN_PARAGRAPH.CENTER)
    fr("Pas d'interprétation : chacun s'exprime dans sa langue, l'équipe bruxelloise aide si nécessaire.")
    nl("Geen tolken: iedereen spreekt zijn eigen taal, het Brusselse team helpt waar nodig.")

    para(doc, "Participants – Deelnemers", bold=True)
    rows = [["Nom – Naam", "Organisation – Organisatie", "Statut – Status"],
            ["Samira Benali", "CPAS de Bruxelles", "présente / aanwezig"],
            ["Thomas Vandenberghe", "CPAS de Bruxelles", "présent / aanwezig"],
            ["Nathalie Dumoulin", "SPP Intégration Sociale", "présente / aanwezig"],
            ["Pieter Claeys", "POD Maatschappelijke Integratie", "présent / aanwezig"],
            ["Hanne Van Damme", "OCMW Gent", "présente / aanwezig"],
            ["Lies Verhaeghe", "OCMW Gent", "présente / aanwezig"],
            ["Nadia Bouzid", "OCMW Antwerpen", "présente / aanwezig"],
            ["Mehdi Benkirane", "CPAS de Liège", "présent / aanwezig"],
            ["Aurélie Lefebvre", "CPAS de Charleroi", "présente / aanwezig"],
            ["Wouter Peeters", "OCMW Antwerpen", "excusé / verontschuldigd"],
            ["Olivier Dupont", "CPAS de Charleroi", "excusé / verontschuldigd"]]
    table(doc, rows, fill="E2EFDA", size=10)
    para(doc)
    para(doc, "Ordre du jour – Agenda", bold=True)
    for t in ["9h30-10h00 : Accueil / Onthaal",
              "10h00-11h30 : Présentation du projet Pont-Brug / Voorstelling van het project Pont-Brug",
              "11h30-12h30 : Atelier enquête de satisfaction / Workshop tevredenheidsenquête",
              "12h30-13h30 : Lunch",
              "13h30-15h00 : Protection des données entre CPAS / Gegevensbescherming tussen OCMW's",
              "15h00-15h30 : Divers et prochaine rencontre / Varia en volgende bijeenkomst"]:
        bullet(doc, t)

    heading(doc, "1. Accueil – Onthaal", 2)
    fr("Samira souhaite la bienvenue au réseau dans les locaux du CPAS de Bruxelles. Elle rappelle que "
       "l'équipe bruxelloise travaille dans les deux langues.")
    nl("Samira verwelkomt het netwerk in de lokalen van het OCMW van Brussel. Ze herinnert eraan dat het "
       "Brusselse team in beide talen werkt.")
    heading(doc, "2. Présentation du projet Pont-Brug – Voorstelling van het project Pont-Brug", 2)
    fr("Thomas présente Pont-Brug : un accueil individuel, un bilan d'orientation, puis des ateliers "
       "collectifs en français ou en néerlandais selon le choix du participant. Les sorties socio-culturelles "
       "ont lieu une fois par mois.")
    nl("Thomas stelt Pont-Brug voor: een individueel onthaal, een oriëntatiebalans en daarna groepsateliers "
       "in het Frans of het Nederlands, naar keuze van de deelnemer. Eén keer per maand is er een "
       "socioculturele uitstap.")
    heading(doc, "3. Atelier enquête de satisfaction – Workshop tevredenheidsenquête", 2)
    fr("Tout le monde trouve l'enquête actuelle trop abstraite pour le public. Gand propose des pictogrammes "
       "et des phrases courtes.")
    nl("Iedereen vindt de huidige enquête te abstract voor de doelgroep. Gent stelt pictogrammen en korte "
       "zinnen voor.")
    fr("Décision : on garde un seul questionnaire commun pour tout le réseau.", bold=True)
    nl("Beslissing: we behouden één gemeenschappelijke vragenlijst voor het hele netwerk.", bold=True)
    fr("Envoyer la grille d'évaluation simplifiée à tous les CPAS → Thomas")
    nl("Het vereenvoudigde evaluatierooster naar alle OCMW's sturen → Thomas")
    fr("Traduire le questionnaire de satisfaction en arabe et en dari → Hanne et Lies")
    nl("De tevredenheidsvragenlijst vertalen naar het Arabisch en het Dari → Hanne en Lies")
    heading(doc, "4. Protection des données – Gegevensbescherming", 2)
    fr("Chaque CPAS reste propriétaire des données de ses participants : aucun autre CPAS, ni le SPP, ne voit "
       "un participant par son nom. Le DPO du CPAS de Bruxelles a déjà donné son avis (voir annexe).")
    nl("Elk OCMW blijft eigenaar van de gegevens van zijn deelnemers: geen ander OCMW, en ook de POD niet, ziet "
       "een deelnemer bij naam. De DPO van het OCMW Brussel gaf al zijn advies (zie bijlage).")
    fr("Vérifier auprès du DPO du SPP quelles données chiffrées peuvent être partagées → SPP")
    nl("Bij de DPO van de POD nagaan welke cijfergegevens gedeeld mogen worden → POD")
    fr("Désigner un référent « données » par CPAS avant le 1er septembre → tous les CPAS")
    nl("Per OCMW een aanspreekpunt voor gegevens aanduiden vóór 1 september → alle OCMW's")
    heading(doc, "5. Divers – Varia", 2)
    fr("Prochaine rencontre : jeudi 4 octobre 2018 à Liège.", bold=True)
    nl("Volgende bijeenkomst: donderdag 4 oktober 2018 in Luik.", bold=True)
    fr("L'annexe (avis du DPO) sera jointe à la version définitive.", italic=True, color=RED)
    nl("De bijlage (advies van de DPO) wordt bij de definitieve versie gevoegd.", color=RED)
    save(doc, "519_bruxelles_pont_brug.docx")


# ---------------------------------------------------------------- 520

def r520():
    """Caroline Hanot, CPAS de Binche: first minutes she writes. Bold underlined lines, no numbers."""
    doc = new_doc("Times New Roman", 12, margins=2.5)
    header_footer(doc, ["CPAS de Binche"], page=False, head_italic=False, align=WD_ALIGN_PARAGRAPH.LEFT)
    para(doc, "Réunion réseau FAMI à Charleroi", bold=True, size=14)
    para(doc, "Jeudi 28 novembre 2019", bold=True)
    para(doc, "Lieu : Service Action Migrants, CPAS de Charleroi")
    para(doc, "Présents :", underline=True)
    for t in ["Olivier Dupont (Charleroi)", "Aurélie Lefebvre (Charleroi)", "Caroline Hanot (Binche)",
              "Benoît Lemaire (Binche)", "Pieter Claeys (SPP)", "Mehdi Benkirane (Liège)",
              "Lies Verhaeghe (Gand)", "Thomas Vandenberghe (Bruxelles)"]:
        para(doc, "- " + t, space_after=0)
    para(doc)
    para(doc, "Excusés : Nadia Bouzid (Anvers), Kristof Van Looy (Schoten)")
    para(doc)
    para(doc, "Olivier ouvre la réunion à 9h45 et rappelle le programme de la journée : le bilan du module 4 "
              "d'Activ'Up, la collaboration avec Binche, puis l'après-midi un échange sur les contrats avec les "
              "participants. Les collègues néerlandophones ont suivi en français, sans interprète.")

    def H(t):
        para(doc, t, bold=True, underline=True)

    H("Bilan du module 4")
    para(doc, "Aurélie présente les chiffres : 240 personnes ont été retenues par les AS, 81 sont venues à la "
              "séance d'info (34 %). Il y a eu plus d'abandons que d'habitude, surtout à cause des horaires qui "
              "changent. On a décidé de garder la séance d'info le mardi matin.")
    para(doc, "Les chiffres de Binche seront ajoutés plus tard.", italic=True)
    H("Collaboration Charleroi – Binche")
    para(doc, "Binche envoie ses participants aux ateliers de Charleroi mais le trajet en bus est long "
              "(presque une heure). Benoît explique qu'on cherche une solution avec un atelier par mois à "
              "Binche. Le planning 2020 a déjà été envoyé aux AS de Binche.")
    para(doc, "[photo de la visite à insérer]")
    H("Les contrats avec les participants")
    para(doc, "Mehdi explique les trois contrats de Liège (avec l'AS, avec la personne qui fait l'entretien "
              "d'admission et avec le responsable du module). Tout le monde trouve que c'est clair pour le "
              "participant. Lies dit qu'à Gand il n'y a qu'un seul contrat. Thomas aimerait un modèle commun "
              "pour le réseau.")
    H("Qui fait quoi ?")
    for t in ["Olivier : envoyer les chiffres du module 4 au SPP pour le rapport annuel",
              "Caroline et Benoît : préparer une présentation de Binche pour la prochaine réunion",
              "Pieter (SPP) : renvoyer à tout le monde le modèle de contrat de Liège",
              "Chaque CPAS : relire le contrat type et réagir avant le 20 décembre"]:
        para(doc, "- " + t, space_after=2)
    para(doc)
    para(doc, "Caroline H.", italic=True)
    save(doc, "520_charleroi_binche_module4.docx")


# ---------------------------------------------------------------- 521

def r521():
    """Pieter Claeys, POD MI. Teams meeting, NL with a French summary. Headings '1)', action table."""
    doc = new_doc("Verdana", 9.5)
    header_footer(doc, ["POD MI – AMIF-netwerk", TAG_NL], foot_text="Verslag Teams-vergadering 19/05/2020")
    para(doc, "Verslag – online netwerkvergadering AMIF", bold=True, size=15)
    para(doc, "Dinsdag 19 mei 2020, 10.00 – 12.00 uur, via Microsoft Teams (met simultaanvertaling NL-FR "
              "via het tolkkanaal)", italic=True)
    para(doc, "Deelnemers", bold=True)
    table(doc, [["Organisatie", "Aanwezig", "Verontschuldigd"],
                ["POD MI", "Pieter Claeys, Griet Vanhoutte", ""],
                ["OCMW Gent", "Hanne Van Damme, Karim El Ouali", "Lies Verhaeghe"],
                ["OCMW Antwerpen", "Wouter Peeters, Nadia Bouzid", ""],
                ["OCMW Schoten", "Kristof Van Looy", ""],
                ["OCMW Edegem", "", "An Wouters"],
                ["OCMW Mortsel", "Joke Smets", ""],
                ["OCMW Brussel", "Thomas Vandenberghe", ""],
                ["OCMW Luik", "Mehdi Benkirane, Sophie Lambotte", ""],
                ["OCMW Charleroi", "Aurélie Lefebvre", "Olivier Dupont"]],
          fill="DDEBF7", size=9)
    para(doc)
    para(doc, "Agenda", bold=True)
    for t in ["10.00 Welkom en technische afspraken",
              "10.15 Stand van zaken per OCMW: werking tijdens de coronacrisis",
              "11.00 Groepsgrootte en veiligheidsregels",
              "11.30 Verlenging van de projecten en rapportering",
              "11.50 Varia"]:
        para(doc, t, space_after=0)
    para(doc)

    heading(doc, "1) Welkom en technische afspraken", 2)
    para(doc, "Pieter opent de vergadering. Micro's staan uit wanneer men niet spreekt; wie het woord wil, "
              "gebruikt het handje. De tolken werken via het tolkkanaal, kies bovenaan je taal.")
    heading(doc, "2) Stand van zaken per OCMW", 2)
    for org, txt in [
        ("Gent", "Groepsmodules liggen stil sinds half maart. Individuele begeleiding loopt telefonisch. "
                 "Vanaf juni opnieuw kleine groepen: 4 deelnemers + 1 begeleider."),
        ("Antwerpen en partners", "Videobellen lukt met een deel van de deelnemers; wie geen smartphone heeft, "
                                  "wordt gebeld. Schoten en Mortsel volgen dezelfde aanpak."),
        ("Brussel", "Taalgroepen via WhatsApp, met korte opdrachten. Sommige deelnemers haken af."),
        ("Luik", "Opnieuw open sinds 11 mei met 3 deelnemers + 1 begeleider. Cijfers van Luik volgen nog."),
        ("Charleroi", "Zelfde regel als Luik: 3 deelnemers + 1 begeleider. Infosessie van juni uitgesteld."),
    ]:
        para(doc, org, bold=True, italic=True, space_after=0)
        para(doc, txt)
    heading(doc, "3) Groepsgrootte en veiligheidsregels", 2)
    para(doc, "De regels verschillen per OCMW en veranderen snel. Er is geen reden om één regel voor het hele "
              "netwerk op te leggen; elk OCMW volgt de lokale richtlijnen. Afgesproken: zolang de maatregelen "
              "gelden, blijven de netwerkbijeenkomsten online.")
    heading(doc, "4) Verlenging en rapportering", 2)
    para(doc, "De POD heeft de Europese Commissie al gevraagd om de termijnen te verlengen. Voor de "
              "rapportering komt er een nieuw sjabloon met aparte kolommen voor online en fysieke sessies.")
    heading(doc, "5) Varia", 2)
    para(doc, "Wouter vraagt of er een gedeelde map kan komen voor oefenmateriaal. Iedereen vindt dat een "
              "goed idee, maar er is nog geen beslissing.")
    heading(doc, "6) Actiepunten", 2)
    table(doc, [["Wie", "Wat", "Tegen"],
                ["POD", "Verlengingsaanvraag en nieuw rapporteringssjabloon naar alle OCMW's sturen", "29/05"],
                ["Hanne", "Richtlijnen van Gent (4 + 1) delen met het netwerk", "22/05"],
                ["Alle OCMW's", "Aantal lopende trajecten per module doorgeven", "05/06"],
                ["Wouter + Kristof", "Ervaring met videobellen met deelnemers op papier zetten",
                 "volgende vergadering"],
                ["OCMW Luik", "Datum heropstart groepsmodules bevestigen", "12/06"],
                ["nog te bepalen", "Tolkkanaal in Teams testen vóór de volgende vergadering", "–"]],
          fill="DDEBF7", size=9)
    para(doc)
    para(doc, "Volgende vergadering: dinsdag 6 oktober 2020, opnieuw via Teams.", bold=True)
    para(doc)
    heading(doc, "Résumé en français", 2)
    para(doc, "Réunion en ligne (Teams) avec interprétation simultanée. Chaque CPAS a présenté son "
              "fonctionnement pendant la crise du coronavirus : à Gand, reprise en juin avec des groupes de "
              "4 participants + 1 accompagnateur ; à Liège et à Charleroi, 3 participants + 1 formateur. Anvers "
              "et ses partenaires travaillent par appel vidéo ; Bruxelles utilise WhatsApp.", italic=True)
    para(doc, "Le SPP a déjà demandé une prolongation des délais à la Commission européenne. Le SPP enverra le "
              "nouveau modèle de rapport ; chaque CPAS communique le nombre de trajets en cours par module. "
              "Les chiffres de Liège suivront. Prochaine réunion : mardi 6 octobre 2020 sur Teams.", italic=True)
    save(doc, "521_online_corona_teams.docx")


# ---------------------------------------------------------------- 522

def r522():
    """Nadia Bouzid, OCMW Antwerpen. Hybrid partner meeting (Webex). Initials with a legend, A./B.1 headings."""
    doc = new_doc("Calibri", 11)
    header_footer(doc, ["OCMW Antwerpen – AMIF-partneroverleg"], foot_text="Verslag partneroverleg")
    para(doc, "CONCEPTVERSIE", bold=True, color=RED, align=WD_ALIGN_PARAGRAPH.RIGHT)
    para(doc, "Verslag partneroverleg AMIF Antwerpen – Schoten – Edegem – Mortsel", bold=True, size=14)
    para(doc, "Woensdag 22 september 2021, 9u30 – 12u00", bold=True)
    para(doc, "Hybride: ter plaatse in het Activeringshuis Kiel, de POD via Webex. Geen vertaling nodig.")
    mixed(doc, [("Aanwezig: ", {"b": True}),
                ("WP, NB (OCMW Antwerpen); KVL (OCMW Schoten); AW (OCMW Edegem); JS, TD (OCMW Mortsel); "
                 "SV (POD MI, via Webex)", {})])
    mixed(doc, [("Verontschuldigd: ", {"b": True}), ("EJ (OCMW Antwerpen), GV (POD MI)", {})])
    para(doc, "Legende initialen", bold=True, size=9)
    for t in ["WP = Wouter Peeters", "NB = Nadia Bouzid", "EJ = Els Janssens", "KVL = Kristof Van Looy",
              "AW = An Wouters", "JS = Joke Smets", "TD = Tom Dierckx", "SV = Sofie Verbeke",
              "GV = Griet Vanhoutte"]:
        para(doc, t, size=9, space_after=0)
    para(doc)
    para(doc, "Agenda", bold=True)
    for t in ["9u30 – 9u45: Welkom en goedkeuring vorig verslag",
              "9u45 – 10u45: Opvolging deelnemers per gemeente",
              "10u45 – 11u15: Nieuwe tevredenheidsenquête",
              "11u15 – 11u45: Rapportering EU-indicatoren",
              "11u45 – 12u00: Rondvraag"]:
        doc.add_paragraph(t, style="List Number")

    heading(doc, "A. Welkom en goedkeuring vorig verslag", 1)
    para(doc, "Het verslag van 8 juni werd goedgekeurd mits één correctie in de naam van de coördinator van "
              "Edegem.")
    para(doc, "Correctie in het verslag van 8 juni doorvoeren en opnieuw rondsturen (WP).")
    heading(doc, "B. Opvolging deelnemers per gemeente", 1)
    heading(doc, "B.1 Antwerpen", 2)
    para(doc, "Twee groepen gestart in september, 23 deelnemers. De ochtendgroep zit vol; de namiddaggroep "
              "heeft nog plaats. Groepen opnieuw tot 6 deelnemers + 1 begeleider.")
    heading(doc, "B.2 Schoten", 2)
    para(doc, "Vijf deelnemers, waarvan twee nieuw. KVL merkt dat het vervoer naar Antwerpen een drempel blijft.")
    heading(doc, "B.3 Edegem", 2)
    para(doc, "Vier deelnemers in begeleiding. Eén traject afgerond richting opleiding (ISP).")
    heading(doc, "B.4 Mortsel", 2)
    para(doc, "TD is nieuw in het team en neemt de opvolging over van JS vanaf oktober.")
    para(doc, "[aan te vullen door Mortsel: aantal deelnemers september]", color=RED)
    para(doc, "Datum van de infosessie in Mortsel bevestigen (OCMW Mortsel).")
    heading(doc, "C. Nieuwe tevredenheidsenquête", 1)
    para(doc, "Beslissing: de enquête wordt voortaan mondeling afgenomen met pictogrammen.", bold=True)
    para(doc, "Enquête testen met de groep van dinsdag (NB).")
    heading(doc, "D. Rapportering EU-indicatoren", 1)
    para(doc, "SV legt de nieuwe gemeenschappelijke indicatoren uit: aantal deelnemers per type activiteit, "
              "deelnemers die minstens één ERK-niveau stijgen, en deelnemers die zeggen dat de activiteit hun "
              "integratie hielp.")
    para(doc, "Sjabloon indicatoren naar de partners sturen (SV).")
    para(doc, "Lijst met deelnemers die een ERK-niveau stegen aanleveren (KVL, AW, JS).")
    heading(doc, "E. Rondvraag", 1)
    para(doc, "AW vraagt of de partnergemeenten ook welkom zijn op de volgende netwerkdag in Brussel. SV "
              "bevestigt.")
    para(doc, "Doodle rondsturen voor het overleg van december (NB).")
    para(doc)
    para(doc, "Volgend overleg: december 2021, in Schoten (datum volgt via Doodle).", italic=True)
    save(doc, "522_antwerpen_partneroverleg_hybride.docx")


# ---------------------------------------------------------------- 523

def r523():
    """Thomas Vandenberghe, CPAS de Bruxelles. Hybrid (Zoom). FR | NL in two columns, 2.1 sub-headings."""
    doc = new_doc("Calibri", 10)
    header_footer(doc, [TAG_FR, TAG_NL], foot_text="CPAS de Bruxelles – OCMW van Brussel")
    para(doc, "Rapport rencontre CPAS – Verslag bijeenkomst OCMW's", bold=True, size=15,
         align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "17 mars 2022 – 17 maart 2022", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "Réunion hybride : CPAS de Bruxelles et via Zoom – Hybride vergadering: OCMW Brussel en via Zoom",
         align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "Sans interprétation – zonder tolken", italic=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    mixed(doc, [("Présents – Aanwezig : ", {"b": True}),
                ("Thomas Vandenberghe (CPAS Bruxelles), Samira Benali (CPAS Bruxelles), Sofie Verbeke (SPP IS / "
                 "POD MI), Nathalie Dumoulin (SPP IS / POD MI), Aurélie Lefebvre (CPAS Charleroi), "
                 "Hanne Van Damme (OCMW Gent, Zoom), Wouter Peeters (OCMW Antwerpen, Zoom), "
                 "Mehdi Benkirane (CPAS Liège, Zoom), Caroline Hanot (CPAS Binche, Zoom)", {})])
    mixed(doc, [("Excusés – Verontschuldigd : ", {"b": True}),
                ("Karim El Ouali (OCMW Gent), Joke Smets (OCMW Mortsel)", {})])
    para(doc, "Ordre du jour – Agenda", bold=True)
    table(doc, [["Heure – Uur", "Point", "Punt"],
                ["9h30-10h00", "Accueil et tour de connexion", "Onthaal en verbindingstest"],
                ["10h00-11h00", "Tour de table : reprise après le covid", "Rondetafel: heropstart na covid"],
                ["11h00-11h45", "Indicateurs communs du nouveau FAMI 2021-2027",
                 "Gemeenschappelijke indicatoren nieuw AMIF 2021-2027"],
                ["11h45-12h15", "Conservation des documents et RGPD", "Bewaring van documenten en AVG"],
                ["12h15-12h30", "Divers", "Varia"]],
          fill="FCE4D6", size=9)
    para(doc)

    cols = doc.add_table(rows=0, cols=2)
    cols.alignment = WD_TABLE_ALIGNMENT.CENTER

    def row(fr_items, nl_items):
        r = cols.add_row()
        for cell, items in ((r.cells[0], fr_items), (r.cells[1], nl_items)):
            cell.width = Cm(8.3)
            first = True
            for kind, text in items:
                p = cell.paragraphs[0] if first else cell.add_paragraph()
                first = False
                run = p.add_run(text)
                if kind == "h":
                    run.bold = True
                    run.font.size = Pt(11)
                    run.font.color.rgb = BLUE
                elif kind == "h2":
                    run.bold = True
                    run.italic = True
                elif kind == "who":
                    run.bold = True
                    run.font.color.rgb = GREEN
                elif kind == "dec":
                    run.italic = True

    row([("h", "FRANÇAIS")], [("h", "NEDERLANDS")])
    row([("h", "1. Introduction"),
         ("p", "Samira et Thomas accueillent les participants, sur place et en ligne. C'est la première "
               "rencontre hybride du réseau.")],
        [("h", "1. Inleiding"),
         ("p", "Samira en Thomas verwelkomen de deelnemers, ter plaatse en online. Het is de eerste hybride "
               "bijeenkomst van het netwerk.")])
    row([("h", "2. Tour de table : reprise après le covid")],
        [("h", "2. Rondetafel: heropstart na covid")])
    row([("h2", "2.1 Gand"),
         ("p", "Les groupes ont repris à 6 + 1. L'équipe utilise des pictogrammes pour les horaires.")],
        [("h2", "2.1 Gent"),
         ("p", "De groepen zijn hervat met 6 + 1. Het team gebruikt pictogrammen voor de uurroosters.")])
    row([("h2", "2.2 Anvers"),
         ("p", "Les communes partenaires envoient à nouveau leurs participants aux ateliers à Anvers.")],
        [("h2", "2.2 Antwerpen"),
         ("p", "De partnergemeenten sturen hun deelnemers opnieuw naar de ateliers in Antwerpen.")])
    row([("h2", "2.3 Liège"),
         ("p", "Les ateliers restent à 3 + 1 jusqu'en mars ; Liège souhaite passer à 6 + 1."),
         ("p", "Confirmer la reprise des ateliers en groupe de 6 + 1."),
         ("who", "Qui : CPAS de Liège")],
        [("h2", "2.3 Luik"),
         ("p", "De ateliers blijven op 3 + 1 tot maart; Luik wil naar 6 + 1."),
         ("p", "De heropstart van de groepsateliers met 6 + 1 bevestigen."),
         ("who", "Wie: OCMW Luik")])
    row([("h2", "2.4 Charleroi et Binche"),
         ("p", "Un atelier mensuel a lieu à Binche depuis janvier. Les trajets en bus posent moins de problèmes.")],
        [("h2", "2.4 Charleroi en Binche"),
         ("p", "Sinds januari is er een maandelijks atelier in Binche. Het busvervoer is minder een probleem.")])
    row([("h2", "2.5 Bruxelles"),
         ("p", "Pont-Brug a accueilli 31 nouveaux participants depuis septembre.")],
        [("h2", "2.5 Brussel"),
         ("p", "Pont-Brug verwelkomde sinds september 31 nieuwe deelnemers.")])
    row([("h", "3. Indicateurs communs FAMI 2021-2027"),
         ("p", "Sofie présente les indicateurs du règlement (UE) 2021/1147. Le SPP a déjà transmis la liste des "
               "indicateurs à la Commission."),
         ("p", "Envoyer la fiche des indicateurs communs avec les définitions."),
         ("who", "Qui : le SPP"),
         ("p", "Compter les participants ayant gagné au moins un niveau CECR en 2021."),
         ("who", "Qui : tous les CPAS")],
        [("h", "3. Gemeenschappelijke indicatoren AMIF 2021-2027"),
         ("p", "Sofie stelt de indicatoren van verordening (EU) 2021/1147 voor. De POD heeft de lijst al aan de "
               "Commissie bezorgd."),
         ("p", "De fiche met de gemeenschappelijke indicatoren en definities bezorgen."),
         ("who", "Wie: de POD"),
         ("p", "Het aantal deelnemers tellen dat in 2021 minstens één ERK-niveau steeg."),
         ("who", "Wie: alle OCMW's")])
    row([("h", "4. Conservation des documents et RGPD"),
         ("p", "Les documents sont conservés cinq ans à partir du 31 décembre de l'année du dernier paiement ; "
               "les données personnelles pas plus longtemps que nécessaire."),
         ("p", "Vérifier la durée de conservation des dossiers papier dans chaque service."),
         ("who", "Qui : Samira et Hanne")],
        [("h", "4. Bewaring van documenten en AVG"),
         ("p", "Documenten worden vijf jaar bewaard vanaf 31 december van het jaar van de laatste betaling; "
               "persoonsgegevens niet langer dan nodig."),
         ("p", "De bewaartermijn van de papieren dossiers in elke dienst nagaan."),
         ("who", "Wie: Samira en Hanne")])
    row([("h", "5. Divers"),
         ("dec", "Décision : les rencontres restent hybrides en 2022."),
         ("p", "Proposer deux dates pour une visite à Binche."),
         ("who", "Qui : Caroline"),
         ("p", "Prochaine rencontre : mardi 14 juin 2022 à Binche (à confirmer).")],
        [("h", "5. Varia"),
         ("dec", "Beslissing: de bijeenkomsten blijven hybride in 2022."),
         ("p", "Twee data voorstellen voor een bezoek aan Binche."),
         ("who", "Wie: Caroline"),
         ("p", "Volgende bijeenkomst: dinsdag 14 juni 2022 in Binche (te bevestigen).")])
    save(doc, "523_bruxelles_hybride_indicateurs.docx")


# ---------------------------------------------------------------- 524

def r524():
    """Lies Verhaeghe, OCMW Gent. NL then FR paragraph by paragraph; unnumbered Heading 1/2, interpreters."""
    doc = new_doc("Calibri", 11)
    header_footer(doc, ["Stad Gent – OCMW Gent", TAG_NL, TAG_FR])

    def nl(t, **kw):
        return para(doc, t, space_after=0, **kw)

    def fr(t, **kw):
        kw.setdefault("italic", True)
        kw.setdefault("color", GREY)
        return para(doc, t, **kw)

    para(doc, "Verslag bijeenkomst OCMW's – Rapport rencontre CPAS", style="Title")
    para(doc, "Dinsdag 10 oktober 2023 – mardi 10 octobre 2023", bold=True)
    para(doc, "OCMW Gent, Sociaal Huis Nieuw Gent", space_after=0)
    fr("CPAS de Gand, Maison sociale Nieuw Gent")
    nl("Met simultaanvertaling door Anne-Sophie Michiels en Claire Dubois.")
    fr("Avec interprétation simultanée par Anne-Sophie Michiels et Claire Dubois.")
    para(doc, "Aanwezig – Présents", bold=True)
    table(doc, [["Organisatie – Organisation", "Aanwezig – Présent(e)s"],
                ["POD MI – SPP IS", "Sofie Verbeke, Griet Vanhoutte"],
                ["OCMW Gent – CPAS Gand", "Lies Verhaeghe, Karim El Ouali, Hanne Van Damme"],
                ["OCMW Antwerpen – CPAS Anvers", "Nadia Bouzid"],
                ["OCMW Edegem", "An Wouters"],
                ["OCMW Brussel – CPAS Bruxelles", "Samira Benali"],
                ["CPAS Liège – OCMW Luik", "Mehdi Benkirane"],
                ["CPAS Charleroi", "Aurélie Lefebvre"],
                ["Tolken – Interprètes", "Anne-Sophie Michiels, Claire Dubois"]],
          fill="E7E6E6", size=10)
    mixed(doc, [("Verontschuldigd – Excusés: ", {"b": True}),
                ("Wouter Peeters (OCMW Antwerpen), Caroline Hanot (CPAS Binche), Thomas Vandenberghe "
                 "(OCMW Brussel)", {})])
    para(doc, "Agenda – Ordre du jour", bold=True)
    for t in ["10.00-10.20 Welkom / Bienvenue",
              "10.20-11.30 Het nieuwe traject in Gent: Samen Sterk / Le nouveau parcours gantois : Samen Sterk",
              "11.30-12.30 Tevredenheidsenquête in eenvoudige taal / Enquête de satisfaction en langage simple",
              "12.30-13.30 Lunch",
              "13.30-15.00 Werkbezoek: taalactiveringsgroep / Visite : groupe d'activation linguistique",
              "15.00-15.30 Afspraken en volgende stappen / Accords et prochaines étapes"]:
        bullet(doc, t)

    heading(doc, "Welkom / Bienvenue", 1)
    nl("Lies verwelkomt iedereen in het Sociaal Huis. Het is de eerste bijeenkomst in Gent sinds 2016.")
    fr("Lies souhaite la bienvenue à tous à la Maison sociale. C'est la première rencontre à Gand depuis 2016.")
    heading(doc, "Het nieuwe traject in Gent: Samen Sterk / Le nouveau parcours gantois : Samen Sterk", 1)
    nl("Karim stelt Samen Sterk voor: intake met een intercultureel bemiddelaar als sociaal tolk, een "
       "oriëntatiebalans en daarna wekelijkse groepsateliers gedurende het schooljaar.")
    fr("Karim présente Samen Sterk : un entretien d'admission avec un médiateur interculturel comme interprète "
       "social, un bilan d'orientation, puis des ateliers collectifs hebdomadaires pendant l'année scolaire.")
    heading(doc, "Sterke punten / Points forts", 2)
    nl("Intensief contact met de deelnemers, bijna elke dag van de week; een echte groepsgeest aan het einde "
       "van de module.")
    fr("Un contact intensif avec les participants, presque tous les jours de la semaine ; un véritable esprit de "
       "groupe à la fin du module.")
    heading(doc, "Werkpunten / Points à améliorer", 2)
    nl("Communicatie over gewijzigde uurroosters en geschrapte lessen; activiteiten vroeger plannen omdat "
       "administratieve procedures langer duren.")
    fr("La communication sur les horaires modifiés et les cours annulés ; planifier plus tôt parce que les "
       "procédures administratives sont plus longues.")
    heading(doc, "Tevredenheidsenquête in eenvoudige taal / Enquête de satisfaction en langage simple", 1)
    nl("Gent heeft de enquête al met 12 deelnemers getest. De vragen zijn korter en elke vraag heeft een "
       "pictogram.")
    fr("Gand a déjà testé l'enquête avec 12 participants. Les questions sont plus courtes et chaque question a "
       "un pictogramme.")
    nl("Beslist: het netwerk gebruikt vanaf januari 2024 één gemeenschappelijke enquête in eenvoudige taal.",
       bold=True)
    fr("Décidé : à partir de janvier 2024, le réseau utilise une seule enquête commune en langage simple.",
       bold=True)
    heading(doc, "Werkbezoek / Visite", 2)
    nl("In de namiddag woonden de deelnemers een sessie van de taalactiveringsgroep bij.")
    fr("L'après-midi, les participants ont assisté à une séance du groupe d'activation linguistique.")
    nl("Foto's van het werkbezoek volgen.", color=RED)
    fr("Les photos de la visite suivront.", color=RED)
    heading(doc, "Afspraken / Accords", 2)
    for n, f in [
        ("Het vereenvoudigde formulier wordt tegen 15 november bezorgd door de POD.",
         "Le formulaire simplifié sera envoyé par le SPP pour le 15 novembre."),
        ("De pictogrammen van Gent worden door Karim gedeeld via de gedeelde map.",
         "Les pictogrammes de Gand seront partagés par Karim via le dossier partagé."),
        ("De vertaling in het Arabisch, Dari en Tigrinya wordt door elk OCMW nagelezen.",
         "La traduction en arabe, dari et tigrinya sera relue par chaque CPAS."),
        ("De enquête zal worden getest in de groepen van Samira en Nadia.",
         "L'enquête sera testée dans les groupes de Samira et Nadia."),
        ("Nalezen van de Franse versie: nog te verdelen.",
         "Relecture de la version française : encore à attribuer."),
    ]:
        bullet(doc, n)
        p = bullet(doc, f)
        for r in p.runs:
            r.italic = True
            r.font.color.rgb = GREY
    para(doc)
    nl("Volgende bijeenkomst: donderdag 25 januari 2024, online via Teams.", bold=True)
    fr("Prochaine rencontre : jeudi 25 janvier 2024, en ligne via Teams.", bold=True)
    save(doc, "524_gent_samen_sterk_enquete.docx")


# ---------------------------------------------------------------- 525

def r525():
    """Julie Renard, CPAS de Liège, new in the team. Teams meeting, FR only, '1 –' bold headings."""
    doc = new_doc("Arial", 10.5)
    header_footer(doc, ["CPAS de Liège – Mod' Actions"], foot_text="CR réseau FAMI 14/02/2025")
    para(doc, "Version provisoire", italic=True, color=RED, align=WD_ALIGN_PARAGRAPH.RIGHT)
    para(doc, "Compte rendu – réunion du réseau FAMI (Teams)", bold=True, size=14)
    para(doc, "Vendredi 14 février 2025, de 9h30 à 11h30, en ligne sur Teams, avec interprétation simultanée "
              "FR/NL.")
    para(doc, "Rédaction : Julie Renard (CPAS de Liège)", italic=True)
    para(doc, "Présents :", bold=True, space_after=0)
    for t in ["pour le SPP : Sofie Verbeke, Nathalie Dumoulin",
              "pour Gand : Lies Verhaeghe",
              "pour Anvers : Nadia Bouzid",
              "pour Bruxelles : Samira Benali",
              "pour Charleroi : Aurélie Lefebvre",
              "pour Binche : Caroline Hanot",
              "pour Liège : Julie Renard, Mehdi Benkirane",
              "Interprètes : Anne-Sophie Michiels, Dirk Vermeulen"]:
        para(doc, t, space_after=0)
    para(doc)
    para(doc, "Excusés : Hanne Van Damme (Gand), Kristof Van Looy (Schoten)")
    para(doc, "Ordre du jour :", bold=True)
    for t in ["Tour de table des projets", "Indicateurs 2024 : état de la collecte",
              "Nouvel appel FAMI et calendrier", "Divers"]:
        doc.add_paragraph(t, style="List Bullet")

    def H(t):
        para(doc, t, bold=True, size=12)

    H("1 – Tour de table des projets")
    para(doc, "Liège : je me suis présentée, je remplace Sophie Lambotte depuis janvier. Le module d'automne "
              "s'est terminé avec 14 participants.")
    para(doc, "Anvers : les partenaires Schoten, Edegem et Mortsel ont chacun un groupe en cours. Bruxelles : "
              "Pont-Brug fonctionne bien mais il manque un animateur néerlandophone. Charleroi et Binche : "
              "l'atelier mensuel à Binche continue.")
    para(doc, "Nadia et Lies vont comparer leurs modèles de convention avec les participants.")
    H("2 – Indicateurs 2024 : état de la collecte")
    para(doc, "Charleroi a déjà envoyé ses chiffres la semaine passée. Il manque encore plusieurs CPAS. "
              "(les chiffres de Gand seront ajoutés dès réception)")
    para(doc, "Chaque CPAS doit envoyer ses chiffres 2024 pour le 28 février.")
    para(doc, "Le SPP va relancer les CPAS qui n'ont pas encore rentré leurs chiffres.")
    para(doc, "Mehdi va envoyer le tableau des présences de janvier au SPP.")
    H("3 – Nouvel appel FAMI et calendrier")
    para(doc, "Sofie explique le calendrier du prochain appel. Les projets actuels continuent jusqu'à la fin de "
              "la période. Ce serait bien d'avoir le questionnaire aussi en ukrainien.")
    para(doc, "On garde la réunion en ligne pour les prochaines fois (décision).")
    H("4 – Divers")
    para(doc, "Je vais mettre en ligne la présentation de Liège sur le SharePoint du réseau.")
    para(doc, "Prochaine réunion : le mardi 20 mai 2025 sur Teams (à confirmer).", bold=True)
    save(doc, "525_liege_teams_indicateurs.docx")


# ---------------------------------------------------------------- 526

def r526():
    """Sofie Verbeke, POD MI. Hybrid at the POD, NL, people table with how they took part, action table."""
    doc = new_doc("Calibri", 11)
    header_footer(doc, ["POD Maatschappelijke Integratie | SPP Intégration Sociale", TAG_NL],
                  foot_text="AMIF-netwerk – verslag 21.04.2026")
    para(doc, "Verslag bijeenkomst OCMW's", bold=True, size=16, color=BLUE)
    para(doc, "Dinsdag 21 april 2026 – POD MI, Brussel (hybride: ter plaatse en via Teams)", bold=True)
    para(doc, "Met simultaanvertaling FR-NL via de tolkfunctie in Teams.", italic=True)
    para(doc, "Deelnemers", bold=True)
    table(doc, [["Organisatie", "Naam", "Deelname"],
                ["POD MI", "Sofie Verbeke", "ter plaatse"],
                ["POD MI", "Jonas Maes", "ter plaatse"],
                ["OCMW Gent", "Lies Verhaeghe", "online"],
                ["OCMW Gent", "Karim El Ouali", "online"],
                ["OCMW Antwerpen", "Nadia Bouzid", "ter plaatse"],
                ["OCMW Mortsel", "Tom Dierckx", "ter plaatse"],
                ["OCMW Brussel", "Samira Benali", "ter plaatse"],
                ["OCMW Luik", "Julie Renard", "online"],
                ["OCMW Charleroi", "Aurélie Lefebvre", "online"],
                ["OCMW Edegem", "An Wouters", "verontschuldigd"],
                ["OCMW Binche", "Caroline Hanot", "verontschuldigd"]],
          fill="D9E2F3", size=10)
    para(doc)
    para(doc, "Agenda", bold=True)
    for t in ["10u00 – 10u15 Welkom en verslag vorige bijeenkomst",
              "10u15 – 11u15 Jaarrapportering indicatoren 2025",
              "11u15 – 12u00 Bewaartermijnen en vernietiging van dossiers",
              "12u00 – 12u30 Afsluiting van de programmaperiode en vooruitblik"]:
        para(doc, t, space_after=0)
    para(doc)
    heading(doc, "1. Welkom en verslag vorige bijeenkomst", 1)
    para(doc, "Sofie verwelkomt de deelnemers in de zaal en online, en stelt Jonas voor, nieuw bij de POD. Het "
              "verslag van de vorige bijeenkomst werd goedgekeurd zonder opmerkingen.")
    heading(doc, "2. Jaarrapportering indicatoren 2025", 1)
    heading(doc, "2.1 Deelnemers per type activiteit", 2)
    para(doc, "Taalcursus, maatschappelijke oriëntatie en persoonlijke begeleiding worden apart geteld. Een "
              "deelnemer die twee activiteiten volgt, telt in beide.")
    heading(doc, "2.2 Stijging van minstens één ERK-niveau", 2)
    para(doc, "Alleen deelnemers met een begin- en eindtest tellen mee. Mortsel heeft zijn cijfers al ingediend.")
    heading(doc, "2.3 Ervaren impact op integratie", 2)
    para(doc, "De vraag in de tevredenheidsenquête blijft dezelfde als in 2024, zodat de cijfers vergelijkbaar "
              "zijn.")
    heading(doc, "3. Bewaartermijnen en vernietiging van dossiers", 1)
    para(doc, "Documenten blijven vijf jaar bewaard vanaf 31 december van het jaar van de laatste betaling. "
              "Persoonsgegevens worden niet langer bewaard dan nodig; een deelnemer mag vragen om alles te zien "
              "wat over hem bewaard wordt (AVG art. 15).")
    heading(doc, "4. Afsluiting van de programmaperiode en vooruitblik", 1)
    para(doc, "Beslist: het slotevent vindt plaats in het najaar van 2026. Nadia stelt voor om deelnemers zelf "
              "aan het woord te laten.")
    heading(doc, "5. Actiepunten", 1)
    table(doc, [["Actie", "Wie", "Deadline"],
                ["Definitieve cijfers 2025 invullen in het rapporteringssjabloon", "alle OCMW's", "15 mei 2026"],
                ["Controle en consolidatie van de indicatoren", "POD MI", "31 mei 2026"],
                ["Overzicht van dossiers ouder dan vijf jaar opmaken", "OCMW Gent", "juni 2026"],
                ["Nota over inzagerecht (AVG art. 15) voorbereiden", "Jonas Maes, Samira Benali",
                 "volgende bijeenkomst"],
                ["Getuigenissen van deelnemers verzamelen voor het slotevent", "Nadia Bouzid", "september 2026"],
                ["Locatie voor het slotevent zoeken", "nog te bepalen", "–"]],
          fill="D9E2F3", size=10)
    para(doc)
    para(doc, "Volgende bijeenkomst: dinsdag 13 oktober 2026, OCMW Mortsel (ter plaatse en via Teams).", bold=True)
    save(doc, "526_pod_hybride_jaarrapportering.docx")


ALL = [r517, r518, r519, r520, r521, r522, r523, r524, r525, r526]

if __name__ == "__main__":
    for f in ALL:
        f()
    print("%d reports written" % len(ALL))
