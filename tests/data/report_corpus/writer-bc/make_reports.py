# -*- coding: utf-8 -*-
"""Builds the ten meeting reports 557-566 of the AMIF/FAMI network (invented people and meetings).
One function per report; each imitates the Word habits of its (invented) secretary."""
import os

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor, Cm

HERE = os.path.dirname(os.path.abspath(__file__))
TAG_NL = "Naar een geïntegreerd migratiebeleid, dankzij het AMIF"
TAG_FR = "Vers une politique de migration plus intégrée, grâce au FAMI"


# ---------------------------------------------------------------- helpers
def add_field(paragraph, instr):
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), instr)
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "1"
    r.append(t)
    fld.append(r)
    paragraph._p.append(fld)


def new_doc(header_lines=(), footer_text=None, page_field=True, font=None, size=None, header_italic=True):
    doc = Document()
    if font:
        st = doc.styles["Normal"]
        st.font.name = font
        st.font.size = Pt(size or 11)
    sec = doc.sections[0]
    if header_lines:
        hp = sec.header.paragraphs[0]
        for i, line in enumerate(header_lines):
            if i:
                hp = sec.header.add_paragraph()
            r = hp.add_run(line)
            r.italic = header_italic
            r.font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if footer_text:
        fp.add_run(footer_text)
    if page_field:
        add_field(fp, "PAGE")
    return doc


def para(doc, parts, style=None, align=None, italic=False, size=None, color=None):
    """parts: a string, or a list of (text, bold) tuples / strings."""
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    if isinstance(parts, str):
        parts = [parts]
    for part in parts:
        if isinstance(part, tuple):
            text, bold = part
        else:
            text, bold = part, False
        r = p.add_run(text)
        r.bold = bold or None
        if italic:
            r.italic = True
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def bold_line(doc, text, underline=False, size=None):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = True
    if underline:
        r.underline = True
    if size:
        r.font.size = Pt(size)
    return p


def bullets(doc, items, style="List Bullet"):
    for it in items:
        para(doc, it, style=style)


def table(doc, rows, header_bold=True, style="Table Grid", widths=None):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    if style:
        t.style = doc.styles[style]
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            cell = t.cell(i, j)
            lines = val if isinstance(val, list) else [val]
            cell.paragraphs[0].text = ""
            for k, line in enumerate(lines):
                p = cell.paragraphs[0] if k == 0 else cell.add_paragraph()
                r = p.add_run(line)
                if i == 0 and header_bold:
                    r.bold = True
            if widths:
                cell.width = Cm(widths[j])
    return t


def two_col(doc, left, right):
    """A borderless-looking two-column block: left and right are lists of paragraph strings
    (a string starting with '• ' is written as a bullet line)."""
    t = doc.add_table(rows=1, cols=2)
    for cell, lines in ((t.cell(0, 0), left), (t.cell(0, 1), right)):
        cell.paragraphs[0].text = ""
        for k, line in enumerate(lines):
            p = cell.paragraphs[0] if k == 0 else cell.add_paragraph()
            p.add_run(line)
    return t


def page_break(doc):
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def word_numbering(doc, num_id=90, fmt="decimal", text="%1."):
    """Adds a one-level numbering definition so that Word shows the numbers itself."""
    numbering = doc.part.numbering_part.element
    absn = OxmlElement("w:abstractNum")
    absn.set(qn("w:abstractNumId"), str(num_id))
    lvl = OxmlElement("w:lvl")
    lvl.set(qn("w:ilvl"), "0")
    for tag, val in (("w:start", "1"), ("w:numFmt", fmt), ("w:lvlText", text), ("w:lvlJc", "left")):
        e = OxmlElement(tag)
        e.set(qn("w:val"), val)
        lvl.append(e)
    ppr = OxmlElement("w:pPr")
    ind = OxmlElement("w:ind")
    ind.set(qn("w:left"), "432")
    ind.set(qn("w:hanging"), "432")
    ppr.append(ind)
    lvl.append(ppr)
    absn.append(lvl)
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(absn)
    else:
        numbering.append(absn)
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), str(num_id))
    an = OxmlElement("w:abstractNumId")
    an.set(qn("w:val"), str(num_id))
    num.append(an)
    numbering.append(num)
    return num_id


def numbered_heading(doc, text, num_id, level=1):
    p = doc.add_heading(text, level=level)
    ppr = p._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl")
    il.set(qn("w:val"), "0")
    ni = OxmlElement("w:numId")
    ni.set(qn("w:val"), str(num_id))
    numpr.append(il)
    numpr.append(ni)
    ppr.insert(0, numpr)
    return p


def save(doc, name):
    doc.save(os.path.join(HERE, name))
    print("wrote", name)


# ---------------------------------------------------------------- 557 SPP / POD, 2016
def r557():
    """Anne-Sophie Verhaegen (SPP IS): bilingual paragraph by paragraph, FR then NL in grey italics;
    Heading 1 with typed roman numerals; agenda as a table; people inline."""
    doc = new_doc([TAG_NL, TAG_FR, "POD | Maatschappelijke Integratie    SPP | Intégration Sociale"],
                  footer_text="SPP IS – POD MI  |  ")
    NL = "666666"
    para(doc, [("Verslag bijeenkomst OCMW's – Rapport rencontre CPAS", True)], align="center", size=14)
    para(doc, "jeudi 20 octobre 2016 – donderdag 20 oktober 2016", align="center")
    para(doc, "CPAS de Bruxelles, salle du Conseil – OCMW Brussel, Raadzaal", align="center")
    para(doc, [("Présents / Aanwezig : ", True),
               "Anne-Sophie Verhaegen (SPP IS), Pieter Van Damme (SPP IS), Hanne De Clercq (CPAS Gand / OCMW Gent), "
               "Bart Vermeulen (CPAS Gand / OCMW Gent), Martine Lejeune (CPAS Liège / OCMW Luik), "
               "Julien Hardy (CPAS Liège / OCMW Luik), Sandrine Delvaux (CPAS Charleroi), "
               "Tom Peeters (CPAS Anvers / OCMW Antwerpen), Isabelle Moreau (CPAS Bruxelles / OCMW Brussel), "
               "Youssef Benali (CPAS Bruxelles / OCMW Brussel)"])
    para(doc, [("Excusés / Verontschuldigd : ", True),
               "Fatou Diallo (CPAS Liège / OCMW Luik), Sofie Janssens (CPAS Anvers / OCMW Antwerpen)"])
    para(doc, [("Ordre du jour / Agenda", True)])
    table(doc, [["Heure / Uur", "Point / Punt"],
                ["9h30 – 10h00", "Accueil et café / Onthaal en koffie"],
                ["10h00 – 10h30", "Introduction par le SPP / Inleiding door de POD"],
                ["10h30 – 12h00", "Tour de table des projets / Rondetafel van de projecten"],
                ["12h00 – 13h00", "Lunch"],
                ["13h00 – 14h30", "Les indicateurs FAMI / De AMIF-indicatoren"],
                ["14h30 – 15h00", "Divers et clôture / Varia en afsluiting"]], widths=[3.5, 12])

    def fr_nl(fr, nl):
        para(doc, fr)
        para(doc, nl, italic=True, color=NL)

    doc.add_heading("I. Introduction / Inleiding", level=1)
    fr_nl("Le SPP remercie le CPAS de Bruxelles pour son accueil. Cette rencontre est la première depuis le "
          "démarrage des cinq projets FAMI en janvier 2016 ; elle doit permettre de mieux se connaître et "
          "d'échanger sur les premiers mois.",
          "De POD bedankt het OCMW Brussel voor de ontvangst. Dit is de eerste bijeenkomst sinds de start van de "
          "vijf AMIF-projecten in januari 2016; ze moet helpen om elkaar beter te leren kennen en de eerste "
          "maanden te bespreken.")
    fr_nl("Il est décidé que les rencontres auront lieu trois fois par an, chaque fois dans un autre CPAS.",
          "Er wordt beslist dat de bijeenkomsten drie keer per jaar plaatsvinden, telkens in een ander OCMW.")

    doc.add_heading("II. Tour de table / Rondetafel", level=1)
    doc.add_heading("CPAS de Gand / OCMW Gent", level=2)
    fr_nl("Gand a démarré avec deux groupes de douze participants. Le recrutement passe par les assistants "
          "sociaux des antennes ; un entretien d'admission est prévu pour chaque personne.",
          "Gent is gestart met twee groepen van twaalf deelnemers. De toeleiding gebeurt via de maatschappelijk "
          "werkers van de sociale centra; met iedereen wordt een intakegesprek gevoerd.")
    doc.add_heading("CPAS de Liège / OCMW Luik", level=2)
    fr_nl("Liège propose un accompagnement individuel et quatre ateliers collectifs. Trois contrats sont signés "
          "par participant.",
          "Luik biedt individuele begeleiding en vier collectieve ateliers aan. Per deelnemer worden drie "
          "contracten getekend.")
    doc.add_heading("CPAS de Charleroi / OCMW Charleroi", level=2)
    fr_nl("Charleroi a listé plus de 600 bénéficiaires potentiels ; 140 ont été invités à une séance "
          "d'information et 52 sont venus.",
          "Charleroi heeft meer dan 600 mogelijke deelnemers opgelijst; 140 werden uitgenodigd op een "
          "infosessie en 52 kwamen.")
    doc.add_heading("CPAS d'Anvers / OCMW Antwerpen", level=2)
    fr_nl("Anvers a déjà envoyé sa fiche projet au SPP. Le projet travaille avec des médiateurs interculturels.",
          "Antwerpen heeft zijn projectfiche al naar de POD gestuurd. Het project werkt met interculturele "
          "bemiddelaars.")
    doc.add_heading("CPAS de Bruxelles / OCMW Brussel", level=2)
    fr_nl("Bruxelles organise des séances d'information hebdomadaires sur la vie en Belgique (institutions, "
          "logement, mobilité).",
          "Brussel organiseert wekelijkse infosessies over het leven in België (instellingen, huisvesting, "
          "mobiliteit).")

    doc.add_heading("III. Indicateurs FAMI / AMIF-indicatoren", level=1)
    fr_nl("Le SPP présente les indicateurs que le fonds demande : nombre de participants, présence aux "
          "modules, satisfaction. Les CPAS trouvent l'enquête de satisfaction trop abstraite pour le public.",
          "De POD stelt de indicatoren voor die het fonds vraagt: aantal deelnemers, aanwezigheid in de modules, "
          "tevredenheid. De OCMW's vinden de tevredenheidsenquête te abstract voor de doelgroep.")

    doc.add_heading("IV. Points d'action / Actiepunten", level=1)
    fr_nl("Le SPP enverra le modèle de rapport annuel à tous les CPAS avant le 15 novembre.",
          "De POD stuurt het model van jaarverslag vóór 15 november naar alle OCMW's.")
    fr_nl("Chaque CPAS transmet ses chiffres de présence du premier semestre à Pieter Van Damme.",
          "Elk OCMW bezorgt zijn aanwezigheidscijfers van het eerste semester aan Pieter Van Damme.")
    fr_nl("Martine Lejeune et Isabelle Moreau préparent ensemble une proposition de grille d'entretien "
          "d'admission commune.",
          "Martine Lejeune en Isabelle Moreau bereiden samen een voorstel van gemeenschappelijk "
          "intakeformulier voor.")
    fr_nl("Hanne De Clercq partage le questionnaire de satisfaction traduit en arabe.",
          "Hanne De Clercq deelt de in het Arabisch vertaalde tevredenheidsvragenlijst.")

    doc.add_heading("V. Prochaine réunion / Volgende bijeenkomst", level=1)
    fr_nl("La prochaine rencontre aura lieu le jeudi 9 février 2017 au CPAS de Gand.",
          "De volgende bijeenkomst vindt plaats op donderdag 9 februari 2017 bij het OCMW Gent.")
    para(doc, "Rapport : Anne-Sophie Verhaegen – Verslag: Anne-Sophie Verhaegen", italic=True, size=9)
    save(doc, "557_rencontre_bruxelles_2016.docx")


# ---------------------------------------------------------------- 558 OCMW Gent, 2017
def r558():
    """Hanne De Clercq (OCMW Gent): everything in Normal style, bold typed headings '1.', '3.1';
    people in bullets per organisation; 'Actie X:' lines; a French summary at the end."""
    doc = new_doc(["OCMW Gent – AMIF-project 'Samen Sterk'"], page_field=True, font="Calibri", size=11)
    bold_line(doc, "Verslag netwerkdag AMIF – OCMW Gent", size=14)
    para(doc, "dinsdag 16 mei 2017, zaal Rabot, OCMW Gent")
    para(doc, [("Aanwezig:", True)])
    bullets(doc, ["POD MI: Pieter Van Damme",
                  "OCMW Gent: Hanne De Clercq, Bart Vermeulen, Yasmina El Idrissi",
                  "OCMW Luik: Martine Lejeune",
                  "OCMW Charleroi: Sandrine Delvaux, Mehmet Yilmaz",
                  "OCMW Antwerpen: Tom Peeters, Sofie Janssens",
                  "OCMW Brussel: Isabelle Moreau"])
    para(doc, [("Verontschuldigd: ", True), "Marc Renard (OCMW Luik), Claire Dumont (OCMW Brussel)"])
    para(doc, [("Agenda", True)])
    for line in ["10u00-10u30 Onthaal en voorstelling van de dag",
                 "10u30-12u00 Bezoek aan het taalatelier",
                 "12u00-13u00 Lunch",
                 "13u00-14u30 Intake en oriëntatiebalans: hoe doen jullie het?",
                 "14u30-15u00 Afspraken en varia"]:
        para(doc, line)

    bold_line(doc, "1. Verwelkoming")
    para(doc, "Bart Vermeulen verwelkomt iedereen in Gent en overloopt de dag. De collega's uit Luik, Charleroi "
              "en Brussel volgen in het Nederlands; waar nodig vertaalt Yasmina El Idrissi kort naar het Frans.")
    bold_line(doc, "2. Bezoek aan het taalatelier")
    para(doc, "In het taalatelier oefenen deelnemers met weinig scholing het Nederlands aan de hand van "
              "situaties uit het dagelijks leven: een afspraak maken bij de dokter, een huurcontract lezen, de "
              "bus nemen. Groepen van maximaal tien personen, twee voormiddagen per week.")
    para(doc, "Mehmet Yilmaz stelt voor om een gezamenlijke fotoreportage te maken over de ateliers van de "
              "vijf OCMW's.")
    bold_line(doc, "3. Intake en oriëntatiebalans")
    bold_line(doc, "3.1 Werkwijze Gent")
    para(doc, "In Gent voert de intaker een gesprek van een uur met de cliënt en de maatschappelijk werker. "
              "De oriëntatiebalans beschrijft het traject, de doelen, de motivatie en de drempels, en stelt de "
              "modules voor die passen.")
    bold_line(doc, "3.2 Werkwijze in de andere OCMW's")
    para(doc, "Charleroi nodigt eerst alle opgelijste kandidaten uit op een infosessie; Brussel en Antwerpen "
              "werken met een wachtlijst. Luik: [aanvullen: cijfers instroom Luik]")
    para(doc, "Er wordt afgesproken dat de oriëntatiebalans voortaan ook de leesvaardigheid van de deelnemer "
              "vermeldt.")
    bold_line(doc, "4. Afspraken")
    para(doc, [("Actie Gent: ", True), "de handleiding van het intakegesprek doorsturen naar alle OCMW's."])
    para(doc, [("Actie Sofie Janssens: ", True), "de lijst met sociaal tolken van het Antwerpse project delen."])
    para(doc, [("Actie POD: ", True), "nagaan of de tevredenheidsenquête in het Arabisch en het Dari vertaald "
                                      "kan worden."])
    para(doc, [("Actie alle OCMW's: ", True), "een voorbeeld van hun intakeformulier meebrengen naar de "
                                              "volgende bijeenkomst."])
    para(doc, "Volgende bijeenkomst: dinsdag 14 november 2017 in Antwerpen.")
    para(doc, "")
    bold_line(doc, "Résumé en français")
    para(doc, "Le 16 mai 2017, les CPAS du réseau FAMI se sont réunis à Gand. Ils ont visité l'atelier de langue "
              "et comparé leurs méthodes d'entretien d'admission et de bilan d'orientation. Le CPAS de Gand "
              "enverra son manuel d'entretien d'admission à tous les CPAS ; le SPP examine une traduction de "
              "l'enquête de satisfaction en arabe et en dari. Prochaine rencontre : le 14 novembre 2017 à Anvers.",
         italic=True)
    save(doc, "558_netwerkdag_gent_2017.docx")


# ---------------------------------------------------------------- 559 CPAS Liège, 2018
def r559():
    """Martine Lejeune (CPAS de Liège): letters 'A.' in bold underlined lines; agenda told in the
    introduction; people in a table with a status column ordered by CPAS; 'Qui :' after the task."""
    doc = new_doc(["CPAS de Liège – Projet FAMI « Passerelles »"], footer_text="Page ", font="Arial", size=10)
    para(doc, [("Compte rendu de la rencontre des CPAS du réseau FAMI", True)], align="center", size=13)
    para(doc, [("Jeudi 22 mars 2018 – Maison d'activation sociale, Liège", True)], align="center")
    para(doc, "")
    table(doc, [["Nom", "Organisation", "Statut"],
                ["Nathalie Fontaine", "SPP Intégration Sociale", "Présente"],
                ["Hanne De Clercq", "CPAS de Gand", "Excusée"],
                ["Bart Vermeulen", "CPAS de Gand", "Présent"],
                ["Martine Lejeune", "CPAS de Liège", "Présente"],
                ["Julien Hardy", "CPAS de Liège", "Présent"],
                ["Fatou Diallo", "CPAS de Liège", "Présente"],
                ["Mehmet Yilmaz", "CPAS de Charleroi", "Présent"],
                ["Véronique Hublet", "CPAS de Binche (partenaire de Charleroi)", "Présente"],
                ["Nadia Amrani", "CPAS d'Anvers", "Présente"],
                ["Youssef Benali", "CPAS de Bruxelles", "Excusé"]], widths=[4.5, 7.5, 3])
    para(doc, "")
    bold_line(doc, "A. Accueil", underline=True)
    para(doc, "La journée a commencé à 9h30 par l'accueil des participants, suivi à 10h par la visite de la "
              "ferme pédagogique ; à 11h, l'équipe a présenté les contrats d'engagement, et l'après-midi, dès "
              "13h30, a été consacré à un atelier sur l'enquête de satisfaction.")
    para(doc, "C'est la première fois que le CPAS de Binche participe à une rencontre du réseau, comme "
              "partenaire du CPAS de Charleroi.")
    bold_line(doc, "B. Visite de la ferme", underline=True)
    para(doc, "La ferme du CPAS accueille chaque semaine un groupe de participants pour des activités de "
              "jardinage et de cuisine. Elle permet de rencontrer d'autres usagers du CPAS dans un cadre calme. "
              "(photos de la ferme à insérer)")
    bold_line(doc, "C. Les contrats d'engagement", underline=True)
    para(doc, "Chaque participant signe un contrat avec son assistant social, un avec la personne chargée de "
              "l'entretien d'admission et un avec le responsable de chaque module. Les contrats fixent les règles "
              "sur le taux de présence (80 % minimum) et la ponctualité.")
    para(doc, "Le CPAS de Binche a déjà transmis sa fiche projet au SPP.")
    bold_line(doc, "D. Atelier : l'enquête de satisfaction", underline=True)
    para(doc, "Les CPAS constatent que plusieurs questions sont trop abstraites (« autonomie », « objectifs "
              "atteints ») pour un public peu scolarisé. Il serait utile d'organiser une formation commune sur "
              "le RGPD, qui entre en application en mai.")
    bold_line(doc, "E. Suites à donner", underline=True)
    para(doc, [("Envoyer le modèle des trois contrats aux autres CPAS. ", False), ("Qui : ", True), "Julien Hardy"])
    para(doc, [("Reformuler les questions abstraites de l'enquête de satisfaction. ", False), ("Qui : ", True),
               "Fatou Diallo et Nadia Amrani"])
    para(doc, "Le SPP va demander une traduction de l'enquête en arabe, en dari et en tigrinya.")
    para(doc, "Le CPAS de Charleroi va partager son listing de recrutement (sans données nominatives).")
    para(doc, "")
    para(doc, "Les annexes suivront par courriel.", italic=True)
    para(doc, "Martine Lejeune, secrétaire de séance", italic=True)
    save(doc, "559_rencontre_liege_2018.docx")


# ---------------------------------------------------------------- 560 CPAS Charleroi, 2019
def r560():
    """Sandrine Delvaux (CPAS de Charleroi): Heading 2 with typed '1)'; agenda bullets with start times;
    people inline; '(resp. ...)' after each task; a full Dutch version after a page break."""
    doc = new_doc(["CPAS CHARLEROI – Service Action Migrants", TAG_FR], footer_text="CPAS de Charleroi – ")
    doc.add_paragraph("Rencontre du réseau FAMI – CPAS de Charleroi", style="Title")
    para(doc, [("Jeudi 28 novembre 2019 – Service Action Migrants, Charleroi", True)])
    para(doc, [("Présents : ", True),
               "Sandrine Delvaux (CPAS de Charleroi), Céline Lambot (CPAS de Charleroi), Véronique Hublet "
               "(CPAS de Binche), Nathalie Fontaine (SPP IS), Bart Vermeulen (CPAS de Gand), Julien Hardy "
               "(CPAS de Liège), Nadia Amrani (CPAS d'Anvers), Isabelle Moreau (CPAS de Bruxelles)"])
    para(doc, [("Excusés : ", True), "Mehmet Yilmaz (CPAS de Charleroi), Tom Peeters (CPAS d'Anvers)"])
    para(doc, [("Ordre du jour", True)])
    bullets(doc, ["9h30 : Accueil",
                  "10h00 : Le module Tremplin et l'entonnoir de recrutement",
                  "11h15 : Témoignages de participants",
                  "12h30 : Repas",
                  "13h30 : Évaluation de la période 2018-2019"])

    doc.add_heading("1) Accueil", level=2)
    para(doc, "Sandrine Delvaux accueille le réseau au Service Action Migrants et présente l'équipe du projet "
              "Tremplin : une coordinatrice, deux coachs et une animatrice.")
    doc.add_heading("2) Le module Tremplin et l'entonnoir de recrutement", level=2)
    para(doc, "Pour le module de septembre, 420 personnes ont été listées avec l'observatoire du CPAS ; les "
              "assistants sociaux en ont retenu 180 et 64 sont venues à la séance d'information (36 %). "
              "Le coaching individuel a lieu toutes les deux semaines, le coaching collectif une fois par mois.")
    doc.add_heading("3) Témoignages de participants", level=2)
    para(doc, "Trois participantes racontent leur parcours. Elles citent l'atelier informatique et les sorties "
              "socioculturelles comme les moments les plus utiles.")
    doc.add_heading("4) Évaluation : points forts et points à améliorer", level=2)
    para(doc, "Points forts : le travail intensif avec le public, presque tous les jours ; l'esprit de groupe en "
              "fin de module. Points à améliorer : prévenir plus tôt les participants quand un cours est "
              "annulé ; des horaires qui mélangent mieux anciens et nouveaux participants.")
    para(doc, "Décision : les sorties socioculturelles restent facultatives. Le CPAS de Gand a déjà partagé son "
              "manuel d'entretien d'admission.")
    doc.add_heading("5) Actions", level=2)
    bullets(doc, ["Envoyer à tous les CPAS le canevas de la séance d'information (resp. Céline Lambot).",
                  "Proposer une date pour la visite à Binche (resp. Véronique Hublet et Sandrine Delvaux).",
                  "Compiler les indicateurs 2019 de tous les CPAS (resp. SPP).",
                  "Vérifier si les horaires peuvent être équilibrés entre anciens et nouveaux participants "
                  "(resp. : à définir)."])
    para(doc, "Prochaine rencontre : jeudi 12 mars 2020 à Liège.")

    page_break(doc)
    doc.add_heading("Nederlandse versie", level=1)
    para(doc, [("Donderdag 28 november 2019 – Service Action Migrants, Charleroi", True)])
    para(doc, "Aanwezig en verontschuldigd: zie Franse versie. Agenda: zie Franse versie.", italic=True)
    doc.add_heading("1) Onthaal", level=2)
    para(doc, "Sandrine Delvaux verwelkomt het netwerk in de Service Action Migrants en stelt het team van het "
              "project Tremplin voor: een coördinator, twee coaches en een animator.")
    doc.add_heading("2) De module Tremplin en de rekruteringstrechter", level=2)
    para(doc, "Voor de module van september werden 420 personen opgelijst met het observatorium van het OCMW; "
              "de maatschappelijk werkers selecteerden er 180 en 64 kwamen naar de infosessie (36 %).")
    doc.add_heading("3) Getuigenissen van deelnemers", level=2)
    para(doc, "Drie deelneemsters vertellen over hun traject. Zij noemen het computeratelier en de "
              "socioculturele uitstappen als nuttigste momenten.")
    doc.add_heading("4) Evaluatie: sterke punten en werkpunten", level=2)
    para(doc, "Sterke punten: intensief werken met de doelgroep; groepsgevoel op het einde van de module. "
              "Werkpunten: deelnemers vroeger verwittigen bij afgelaste lessen; evenwichtigere uurroosters.")
    para(doc, "Beslissing: de socioculturele uitstappen blijven vrijblijvend.")
    doc.add_heading("5) Acties", level=2)
    bullets(doc, ["Het draaiboek van de infosessie naar alle OCMW's sturen (verantw. Céline Lambot).",
                  "Een datum voorstellen voor het bezoek aan Binche (verantw. Véronique Hublet en Sandrine "
                  "Delvaux).",
                  "De indicatoren 2019 van alle OCMW's bundelen (verantw. POD).",
                  "Nagaan of de uurroosters evenwichtiger kunnen (verantw.: nog te bepalen)."])
    para(doc, "Volgende bijeenkomst: donderdag 12 maart 2020 in Luik.")
    save(doc, "560_rencontre_charleroi_2019.docx")


# ---------------------------------------------------------------- 561 OCMW Antwerpen, 2020
def r561():
    """Tom Peeters (OCMW Antwerpen): online meeting with interpreters; Heading 1 numbered by Word itself;
    NL and FR side by side in two-column tables; agenda and people in tables; tasks with '→ owner'."""
    doc = new_doc(["OCMW Antwerpen | CPAS d'Anvers", TAG_NL + " / " + TAG_FR], footer_text="p. ")
    nid = word_numbering(doc)
    para(doc, [("Verslag netwerkoverleg AMIF – Rapport réunion de réseau FAMI", True)], size=14)
    para(doc, [("dinsdag 16 juni 2020 – mardi 16 juin 2020", True)])
    para(doc, "Online via Microsoft Teams – En ligne via Microsoft Teams")
    para(doc, "Met simultaanvertaling NL/FR (zie tolken in de lijst). / Avec interprétation simultanée NL/FR "
              "(voir interprètes dans la liste).")
    para(doc, [("Concept – nog na te lezen door de POD / Projet – à relire par le SPP", True)], color="C00000")
    para(doc, [("Deelnemers / Participants", True)])
    table(doc, [["Naam / Nom", "Organisatie / Organisation", "Aanwezig / Présent"],
                ["Tom Peeters", "OCMW Antwerpen", "ja / oui"],
                ["Sofie Janssens", "OCMW Antwerpen", "ja / oui"],
                ["Lies Van Looy", "OCMW Schoten", "ja / oui"],
                ["Jeroen Mertens", "OCMW Edegem", "ja / oui"],
                ["Griet Claes", "OCMW Mortsel", "verontschuldigd / excusée"],
                ["Karim Bouzidi", "POD MI / SPP IS", "ja / oui"],
                ["Nathalie Fontaine", "POD MI / SPP IS", "ja / oui"],
                ["Yasmina El Idrissi", "OCMW Gent / CPAS de Gand", "ja / oui"],
                ["Julien Hardy", "OCMW Luik / CPAS de Liège", "ja / oui"],
                ["Céline Lambot", "OCMW Charleroi / CPAS de Charleroi", "ja / oui"],
                ["Véronique Hublet", "OCMW Binche / CPAS de Binche", "verontschuldigd / excusée"],
                ["Claire Dumont", "OCMW Brussel / CPAS de Bruxelles", "ja / oui"],
                ["Dominique Laurent", "tolk / interprète", "ja / oui"],
                ["Ann Goossens", "tolk / interprète", "ja / oui"]], widths=[4.5, 7, 4])
    para(doc, "")
    para(doc, [("Agenda / Ordre du jour", True)])
    table(doc, [["Tijd / Heure", "Agendapunt / Point"],
                ["10.00", "Welkom en praktische afspraken / Accueil et consignes pratiques"],
                ["10.15", "Ronde van de OCMW's: werken in coronatijd / Tour de table des CPAS : travailler en "
                          "période de corona"],
                ["11.00", "Pauze / Pause"],
                ["11.15", "Indicatoren 2020 / Indicateurs 2020"],
                ["11.45", "Varia / Divers"]], widths=[3, 12.5])
    para(doc, "Einde voorzien om 12.15 / Fin prévue à 12h15", italic=True)

    numbered_heading(doc, "Welkom / Accueil", nid)
    two_col(doc, ["Tom Peeters verwelkomt iedereen. Micro's blijven uit wanneer je niet spreekt; wie iets wil "
                  "zeggen, gebruikt de chat of het handje, zodat de tolken kunnen volgen."],
                 ["Tom Peeters souhaite la bienvenue à tous. Les micros restent coupés quand on ne parle pas ; "
                  "pour prendre la parole, on utilise le chat ou la main levée, afin que les interprètes "
                  "puissent suivre."])
    numbered_heading(doc, "Ronde van de OCMW's / Tour de table des CPAS", nid)
    two_col(doc, ["Gent: groepsateliers hervat met maximaal 4 deelnemers + 1 begeleider; de rest gebeurt "
                  "telefonisch.",
                  "Luik en Charleroi: regel van 3 deelnemers + 1 begeleider; de individuele coaching loopt "
                  "gewoon door.",
                  "Antwerpen en partners: Schoten heeft de tablets voor deelnemers al aangekocht; Edegem en "
                  "Mortsel werken met videobellen.",
                  "Brussel: veel deelnemers hebben geen computer thuis; infosessies via WhatsApp-groepen."],
                 ["Gand : ateliers de groupe repris avec au maximum 4 participants + 1 accompagnateur ; le reste "
                  "se fait par téléphone.",
                  "Liège et Charleroi : règle de 3 participants + 1 formateur ; le coaching individuel continue.",
                  "Anvers et partenaires : Schoten a déjà acheté les tablettes pour les participants ; Edegem et "
                  "Mortsel travaillent par appel vidéo.",
                  "Bruxelles : beaucoup de participants n'ont pas d'ordinateur ; séances d'information via des "
                  "groupes WhatsApp."])
    numbered_heading(doc, "Indicatoren 2020 / Indicateurs 2020", nid)
    two_col(doc, ["De POD vraagt de indicatoren voor 2020 ook voor de periode van lockdown op te volgen. "
                  "Telefonische begeleiding telt mee als individuele begeleiding."],
                 ["Le SPP demande de suivre les indicateurs 2020 également pour la période de confinement. "
                  "L'accompagnement par téléphone compte comme accompagnement individuel."])
    numbered_heading(doc, "Varia / Divers", nid)
    two_col(doc, ["Beslist: de bijeenkomsten blijven online tot eind 2020."],
                 ["Décision : les réunions restent en ligne jusqu'à fin 2020."])
    numbered_heading(doc, "Actiepunten / Points d'action", nid)
    two_col(doc, ["• De groepsregel (4 + 1) opnieuw bekijken na 1 september → Yasmina El Idrissi",
                  "• Een gezamenlijke handleiding voor online sessies opstellen → Julien Hardy en Claire Dumont",
                  "• De indicatoren 2020 tegen 15 juli opvragen bij de OCMW's → POD",
                  "• De tevredenheidsenquête omzetten naar een online formulier → nog te bepalen",
                  "• Hun aanwezigheidslijsten van maart tot juni bezorgen aan de POD → alle OCMW's"],
                 ["• Revoir la règle de groupe (4 + 1) après le 1er septembre → Yasmina El Idrissi",
                  "• Rédiger un guide commun pour les séances en ligne → Julien Hardy et Claire Dumont",
                  "• Demander les indicateurs 2020 aux CPAS pour le 15 juillet → SPP",
                  "• Transformer l'enquête de satisfaction en formulaire en ligne → à déterminer",
                  "• Transmettre au SPP leurs listes de présence de mars à juin → tous les CPAS"])
    numbered_heading(doc, "Volgende bijeenkomst / Prochaine réunion", nid)
    two_col(doc, ["De volgende bijeenkomst wordt nog vastgelegd (september 2020, online)."],
                 ["La prochaine réunion sera encore fixée (septembre 2020, en ligne)."])
    save(doc, "561_netwerkoverleg_online_2020.docx")


# ---------------------------------------------------------------- 562 CPAS Bruxelles, 2021
def r562():
    """Isabelle Moreau (CPAS de Bruxelles): hybrid meeting; 'PROJET' mark; Heading 1/2 with typed '1.', '2.1';
    agenda as a Word-numbered list with time ranges; people in bullets per organisation; 'Owner : task'."""
    doc = new_doc(["CPAS de Bruxelles – OCMW Brussel", TAG_FR], footer_text="")
    para(doc, [("PROJET", True)], color="C00000", size=12)
    para(doc, [("Réunion du réseau FAMI", True)], size=14)
    para(doc, "Jeudi 14 octobre 2021, de 10h00 à 13h00")
    para(doc, "Lieu : CPAS de Bruxelles (salle Bordet) et en ligne via Teams")
    para(doc, "Pas d'interprétation pour cette réunion : chacun s'exprime dans sa langue et les collègues "
              "traduisent au besoin.")
    para(doc, [("Présents :", True)])
    bullets(doc, ["SPP IS : Karim Bouzidi, Els Wouters (en ligne)",
                  "CPAS de Gand : Yasmina El Idrissi (en ligne)",
                  "CPAS de Liège : Julien Hardy",
                  "CPAS de Charleroi : Céline Lambot",
                  "CPAS de Binche : Véronique Hublet",
                  "CPAS d'Anvers : Sofie Janssens (en ligne)",
                  "CPAS de Mortsel : Griet Claes (en ligne)",
                  "CPAS de Bruxelles : Isabelle Moreau, Youssef Benali, Claire Dumont"])
    para(doc, [("Excusés : ", True), "Tom Peeters (CPAS d'Anvers), Jeroen Mertens (CPAS d'Edegem)"])
    para(doc, [("Ordre du jour", True)])
    bullets(doc, ["10h00-10h15 Accueil et tour de présentation",
                  "10h15-11h00 Reprise des activités collectives après le confinement",
                  "11h00-11h45 Le nouveau programme FAMI 2021-2027",
                  "11h45-12h30 Enquête de satisfaction : version simplifiée",
                  "12h30 Divers"], style="List Number")

    doc.add_heading("1. Accueil et tour de présentation", level=1)
    para(doc, "Isabelle Moreau accueille les participants sur place et en ligne. Griet Claes (Mortsel) et "
              "Véronique Hublet (Binche) présentent leur CPAS, partenaires respectivement d'Anvers et de "
              "Charleroi.")
    doc.add_heading("2. Reprise des activités collectives", level=1)
    doc.add_heading("2.1 Règles de groupe", level=2)
    para(doc, "Depuis septembre, la plupart des CPAS appliquent la règle de 6 participants + 1 formateur. "
              "Le CPAS de Binche a déjà repris les sorties socioculturelles.")
    doc.add_heading("2.2 Présence et ponctualité", level=2)
    para(doc, "Le taux de présence a baissé après le confinement (environ 65 % à Bruxelles). Liège : "
              "[à compléter : chiffres du CPAS de Liège]")
    doc.add_heading("3. Le nouveau programme FAMI 2021-2027", level=1)
    para(doc, "Le SPP présente le règlement (UE) 2021/1147 et ses indicateurs communs : participants aux cours "
              "de langue, à l'orientation civique et à l'accompagnement individuel ; participants qui progressent "
              "d'au moins un niveau du CECR ; participants qui estiment que l'activité a aidé leur intégration.")
    doc.add_heading("4. Enquête de satisfaction", level=1)
    para(doc, "Claire Dumont montre une version simplifiée de l'enquête, avec des pictogrammes et des questions "
              "courtes. Les CPAS souhaitent la recevoir aussi en arabe, en dari et en anglais.")
    doc.add_heading("5. Divers", level=1)
    para(doc, "Il est proposé de tenir la prochaine réunion en présentiel à Gand.")
    doc.add_heading("6. À faire", level=1)
    bullets(doc, [[("SPP : ", True), "La note sur les indicateurs communs sera envoyée par le SPP avant le "
                                     "1er décembre."],
                  [("CPAS de Liège : ", True), "transmettre les chiffres de présence de septembre."],
                  [("Claire Dumont : ", True), "tester la version simplifiée de l'enquête avec deux groupes."],
                  [("Sofie Janssens et Yasmina El Idrissi : ", True), "relire la traduction néerlandaise de "
                                                                      "l'enquête."],
                  [("Tous les CPAS : ", True), "mettre à jour leur fiche projet pour le nouveau programme."]])
    para(doc, [("Prochaine réunion : ", True), "jeudi 10 février 2022, à Gand (à confirmer)."])
    save(doc, "562_reunion_hybride_bruxelles_2021.docx")


# ---------------------------------------------------------------- 563 CPAS Binche, 2022
def r563():
    """Véronique Hublet (CPAS de Binche): no Word styles at all; headings as bold capitals, unnumbered;
    agenda lines with start times; people told in two sentences; tasks as 'va + infinitif' and passives."""
    doc = new_doc(["CPAS de Binche – partenaire du CPAS de Charleroi"], page_field=False, font="Times New Roman",
                  size=12)
    para(doc, [("Rencontre du réseau FAMI au CPAS de Binche", True)], align="center", size=14)
    para(doc, "Jeudi 19 mai 2022, de 13h30 à 16h30", align="center")
    para(doc, "")
    para(doc, "Étaient présents : Véronique Hublet et Laurence Gilson pour le CPAS de Binche, Céline Lambot et "
              "Mehmet Yilmaz pour le CPAS de Charleroi, Karim Bouzidi pour le SPP Intégration Sociale, Fatou "
              "Diallo pour le CPAS de Liège, Claire Dumont pour le CPAS de Bruxelles, Nadia Amrani pour le CPAS "
              "d'Anvers, Jeroen Mertens pour le CPAS d'Edegem et Koen Baert pour le CPAS de Gand.")
    para(doc, "Se sont excusés : Yasmina El Idrissi (CPAS de Gand) et Lies Van Looy (CPAS de Schoten).")
    para(doc, "")
    para(doc, [("Programme de l'après-midi", True)])
    for line in ["13h30 – Accueil au CPAS de Binche",
                 "14h00 – Le partenariat Binche – Charleroi",
                 "14h45 – Visite de l'atelier couture",
                 "15h30 – Échange : points forts et points à améliorer",
                 "16h15 – Conclusions"]:
        para(doc, line)
    para(doc, "")
    bold_line(doc, "ACCUEIL")
    para(doc, "Véronique Hublet remercie les collègues d'être venus jusqu'à Binche. Les échanges se font en "
              "français ; Nadia Amrani aide les collègues néerlandophones quand c'est nécessaire.")
    bold_line(doc, "LE PARTENARIAT BINCHE – CHARLEROI")
    para(doc, "Binche suit la méthode de Charleroi (coaching individuel tous les quinze jours, ateliers "
              "collectifs hebdomadaires) mais avec un petit groupe de huit participants. La mobilité est la "
              "principale difficulté : les bus vers Charleroi sont rares. Le CPAS de Binche a déjà obtenu des "
              "tickets de bus gratuits pour les participants.")
    bold_line(doc, "VISITE DE L'ATELIER COUTURE")
    para(doc, "Laurence Gilson anime l'atelier couture deux matinées par semaine. Les participantes y "
              "pratiquent le français de manière spontanée.")
    bold_line(doc, "POINTS FORTS ET POINTS À AMÉLIORER")
    para(doc, "Points forts : les liens entre les participantes, la souplesse d'un petit CPAS. Points à "
              "améliorer : les horaires des activités, qui changent trop souvent, et l'information des "
              "participants en cas d'annulation. Mehmet Yilmaz souhaite qu'une sortie commune Binche – Charleroi "
              "soit organisée en septembre.")
    bold_line(doc, "SUITE")
    para(doc, "Laurence Gilson va envoyer le planning de l'atelier couture aux autres CPAS. Le compte rendu des "
              "témoignages sera envoyé par le SPP à tout le réseau. Céline Lambot et Véronique Hublet vont revoir "
              "ensemble les horaires des activités en fonction des bus. Chaque CPAS communiquera d'ici fin juin "
              "le nombre de participants ayant terminé un module.")
    para(doc, "La prochaine rencontre aura lieu le jeudi 20 octobre 2022 au CPAS d'Anvers.")
    para(doc, "")
    para(doc, "Les commentaires des partenaires sont encore à ajouter.", italic=True)
    save(doc, "563_rencontre_binche_2022.docx")


# ---------------------------------------------------------------- 564 OCMW Schoten, 2023
def r564():
    """Lies Van Looy (OCMW Schoten): online with interpretation; people as initials with a legend table;
    bold typed roman numerals; agenda lines with tabs; tasks as 'XX stuurt ...'."""
    doc = new_doc(["OCMW Schoten – partner van OCMW Antwerpen", TAG_NL], footer_text="Pagina ")
    para(doc, [("Verslag AMIF-netwerkoverleg", True)], size=14)
    para(doc, "Dinsdag 21 maart 2023, 10u00 - 12u30")
    para(doc, "De vergadering vond online plaats via Teams, met simultaanvertaling NL-FR.")
    para(doc, [("Aanwezig: ", True), "LVL, TP, GC, JM, KB, EW, KBa, FD, CL"])
    para(doc, [("Tolken: ", True), "Dominique Laurent en Ann Goossens"])
    para(doc, [("Verontschuldigd: ", True), "YB, VH"])
    para(doc, [("Legende", True)])
    table(doc, [["Initialen", "Naam", "Organisatie"],
                ["LVL", "Lies Van Looy", "OCMW Schoten (verslag)"],
                ["TP", "Tom Peeters", "OCMW Antwerpen"],
                ["GC", "Griet Claes", "OCMW Mortsel"],
                ["JM", "Jeroen Mertens", "OCMW Edegem"],
                ["KB", "Karim Bouzidi", "POD MI"],
                ["EW", "Els Wouters", "POD MI"],
                ["KBa", "Koen Baert", "OCMW Gent"],
                ["FD", "Fatou Diallo", "OCMW Luik"],
                ["CL", "Céline Lambot", "OCMW Charleroi"],
                ["YB", "Youssef Benali", "OCMW Brussel"],
                ["VH", "Véronique Hublet", "OCMW Binche"]], widths=[2.5, 5, 6])
    para(doc, "")
    para(doc, [("Agenda", True)])
    for line in ["10u00 - 10u15\tWelkom",
                 "10u15 - 11u15\tStand van zaken per OCMW",
                 "11u15 - 11u45\tIndicatoren 2022",
                 "11u45 - 12u15\tTevredenheidsenquête in meer talen",
                 "12u15 - 12u30\tVaria"]:
        para(doc, line)
    para(doc, "")
    bold_line(doc, "I. Welkom")
    para(doc, "TP opent de vergadering en herinnert aan de afspraken voor online overleg met tolken: traag "
              "spreken, één persoon tegelijk.")
    bold_line(doc, "II. Stand van zaken per OCMW")
    para(doc, "Schoten, Edegem en Mortsel volgen samen met Antwerpen een gezamenlijke module 'Wonen in België'. "
              "KBa heeft de nieuwe folder van Gent al verspreid bij de sociale centra. FD meldt dat Luik een "
              "wachtlijst heeft voor de taalactivering. CL vertelt over de pilot met een gedeelde intaker in "
              "Charleroi.")
    bold_line(doc, "III. Indicatoren 2022")
    para(doc, "KB licht de jaarlijkse rapportering toe: de POD verzamelt de gemeenschappelijke indicatoren van "
              "alle OCMW's en bezorgt ze aan de Europese Commissie. Deelnemers worden nooit bij naam "
              "doorgegeven.")
    bold_line(doc, "IV. Tevredenheidsenquête")
    para(doc, "De enquête blijft te abstract voor laaggeletterde deelnemers. FD stelt voor om met pictogrammen "
              "te werken.")
    bold_line(doc, "V. Varia")
    para(doc, "Geen varia.")
    para(doc, "")
    para(doc, [("Afspraken", True)])
    bullets(doc, ["EW stuurt de sjabloon voor de indicatoren 2022 vóór 15 april naar alle OCMW's.",
                  "GC en JM bezorgen samen een voorstel van pictogrammen voor de enquête.",
                  "De POD laat de enquête vertalen in het Arabisch, Dari, Pasjtoe en Tigrinya.",
                  "Elk OCMW bezorgt zijn cijfers over de aanwezigheidsgraad tegen eind april.",
                  "Opvolging van de pilot in Charleroi: nog te bepalen."])
    para(doc, "De volgende bijeenkomst vindt plaats in Edegem, in het najaar van 2023.")
    para(doc, "Bijlage: presentatie indicatoren (volgt)", italic=True)
    save(doc, "564_netwerkoverleg_schoten_2023.docx")


# ---------------------------------------------------------------- 565 OCMW Edegem, 2025
def r565():
    """Jeroen Mertens (OCMW Edegem): 'ONTWERP'; Heading 2 without numbers; agenda and people in tables
    (people with a presence column, in list order); tasks in a Wie/Wat/Wanneer table."""
    doc = new_doc(["OCMW Edegem", TAG_NL], footer_text="")
    para(doc, [("ONTWERP", True)], color="808080")
    doc.add_paragraph("Verslag bijeenkomst AMIF-netwerk", style="Title")
    para(doc, "Donderdag 13 maart 2025 – OCMW Edegem, vergaderzaal 'De Molen'")
    table(doc, [["Uur", "Onderwerp"],
                ["10.00-10.30", "Verwelkoming en koffie"],
                ["10.30-11.30", "Rondvraag: stand van zaken"],
                ["11.30-12.15", "Bewaartermijnen en persoonsgegevens (POD)"],
                ["12.15-13.00", "Eindevaluatie van de trajecten"]], widths=[3, 12])
    para(doc, "")
    table(doc, [["Naam", "Organisatie", "Aanwezig"],
                ["Jeroen Mertens", "OCMW Edegem", "x"],
                ["An Verbruggen", "OCMW Edegem", "x"],
                ["Sofie Janssens", "OCMW Antwerpen", "x"],
                ["Lies Van Looy", "OCMW Schoten", "verontschuldigd"],
                ["Griet Claes", "OCMW Mortsel", "x"],
                ["Els Wouters", "POD MI", "x"],
                ["Koen Baert", "OCMW Gent", "x"],
                ["Fatou Diallo", "OCMW Luik", "verontschuldigd"],
                ["Mehmet Yilmaz", "OCMW Charleroi", "x"],
                ["Claire Dumont", "OCMW Brussel", "x"]], widths=[4.5, 6, 4])

    doc.add_heading("Verwelkoming", level=2)
    para(doc, "Jeroen Mertens verwelkomt het netwerk voor het eerst in Edegem. De Franstalige collega's "
              "volgen in het Nederlands; er is geen vertaling voorzien.")
    doc.add_heading("Rondvraag: stand van zaken", level=2)
    para(doc, "Antwerpen en de drie partners ronden in juni de laatste module af. Gent en Charleroi zien meer "
              "deelnemers doorstromen naar een opleiding of naar socioprofessionele inschakeling. Mortsel: "
              "[cijfers Mortsel volgen]")
    doc.add_heading("Bewaartermijnen en persoonsgegevens", level=2)
    para(doc, "Els Wouters legt uit dat documenten van een AMIF-project vijf jaar bewaard worden vanaf 31 "
              "december van het jaar van de laatste betaling (artikel 82 van verordening (EU) 2021/1060). "
              "Persoonsgegevens van deelnemers mogen niet langer bewaard worden dan nodig (artikel 5 AVG), en "
              "een deelnemer mag vragen wat er over hem bijgehouden wordt (artikel 15 AVG).")
    para(doc, "Er wordt beslist dat elk OCMW zelf eigenaar blijft van de gegevens van zijn deelnemers; de POD "
              "krijgt enkel geanonimiseerde cijfers.")
    doc.add_heading("Eindevaluatie van de trajecten", level=2)
    para(doc, "De OCMW's willen een gemeenschappelijk sjabloon voor de eindevaluatie, eenvoudig genoeg om "
              "samen met de deelnemer in te vullen. Claire Dumont zou graag een Franse versie van in het begin.")
    doc.add_heading("Afspraken", level=2)
    table(doc, [["Wie", "Wat", "Wanneer"],
                ["Els Wouters", "Nota over de bewaartermijn doorsturen naar alle OCMW's", "eind maart"],
                ["Alle OCMW's", "Nagaan welke deelnemersgegevens na afloop gewist moeten worden", "juni"],
                ["Griet Claes en An Verbruggen", "Een sjabloon voor de eindevaluatie uitwerken",
                 "volgende bijeenkomst"],
                ["OCMW Brussel", "Voorbeeld van inzageverzoek (art. 15 AVG) delen", "april"],
                ["nog te bepalen", "Vertaling van de eindevaluatie naar het Frans", "nog te bepalen"]],
          widths=[4.5, 8, 3.5])
    para(doc, "")
    para(doc, "Volgende bijeenkomst: donderdag 19 juni 2025, OCMW Mortsel.")
    save(doc, "565_bijeenkomst_edegem_2025.docx")


# ---------------------------------------------------------------- 566 OCMW Mortsel, 2026
def r566():
    """Griet Claes (OCMW Mortsel): hybrid with interpreters; full Dutch version then full French version,
    Heading 1 with typed letters; agenda bullets with start times (repeated in French); owner in
    brackets after the task; no word about the next meeting; version note."""
    doc = new_doc(["OCMW Mortsel", TAG_NL + " – " + TAG_FR], footer_text="")
    para(doc, "Versie 0.2 – opmerkingen graag vóór 20 februari", italic=True, color="808080")
    doc.add_paragraph("Verslag netwerkbijeenkomst OCMW's – Rapport rencontre CPAS", style="Title")
    para(doc, [("Dinsdag 10 februari 2026", True), " – OCMW Mortsel en online (Teams)"])
    para(doc, "Met simultaanvertaling NL-FR in de zaal en online.")
    para(doc, [("Aanwezig: ", True),
               "Griet Claes (Mortsel), Wim Hermans (Mortsel), Karim Bouzidi (POD MI), Els Wouters (POD MI, "
               "online), Koen Baert (Gent), Sofie Janssens (Antwerpen), Lies Van Looy (Schoten, online), "
               "Jeroen Mertens (Edegem), Fatou Diallo (Luik, online), Mehmet Yilmaz (Charleroi, online), "
               "Laurence Gilson (Binche, online), Claire Dumont (Brussel)"])
    para(doc, [("Tolken: ", True), "Dominique Laurent, Ann Goossens"])
    para(doc, [("Verontschuldigd: ", True), "An Verbruggen (Edegem), Youssef Benali (Brussel)"])
    para(doc, [("Agenda", True)])
    bullets(doc, ["10u00 Onthaal",
                  "10u15 Stand van zaken per OCMW",
                  "11u00 Het digitale platform van het netwerk (demo)",
                  "12u00 Jaarlijkse indicatoren",
                  "12u30 Afspraken en varia"])

    doc.add_heading("A. Onthaal", level=1)
    para(doc, "Griet Claes verwelkomt de collega's in Mortsel en online. Wim Hermans stelt het Mortselse team "
              "voor.")
    doc.add_heading("B. Stand van zaken", level=1)
    para(doc, "Alle OCMW's lopen op schema. Edegem heeft de testfase van het nieuwe intakeformulier al "
              "afgerond. Luik en Charleroi vragen een Franse versie van alle sjablonen tegelijk met de "
              "Nederlandse.")
    doc.add_heading("C. Het digitale platform van het netwerk", level=1)
    para(doc, "Karim Bouzidi toont het platform dat de papieren fiches en verslagen zal vervangen: "
              "doorverwijzing door de maatschappelijk werker, intake en oriëntatiebalans met goedkeuring door "
              "een verantwoordelijke, aanwezigheden per sessie en tevredenheidsenquêtes. Elk OCMW ziet enkel "
              "zijn eigen deelnemers. [screenshot demo invoegen]")
    para(doc, "Beslist: het platform wordt vanaf september 2026 door alle OCMW's gebruikt.")
    doc.add_heading("D. Jaarlijkse indicatoren", level=1)
    para(doc, "De indicatoren van 2025 worden op het platform verzameld in plaats van per e-mail.")
    doc.add_heading("E. Afspraken", level=1)
    bullets(doc, ["Testaccounts aanvragen voor alle projectmedewerkers (Karim Bouzidi).",
                  "Voorstel van gezamenlijke eindmeting opmaken (Sofie Janssens, Koen Baert).",
                  "Het POD bezorgt de definitieve lijst van indicatoren vóór 31 maart.",
                  "OCMW Charleroi bezorgt de vertaalde intakeformulieren aan Mortsel.",
                  "Opleiding voor maatschappelijk werkers over het platform organiseren: wie, nog te bepalen."])

    page_break(doc)
    doc.add_heading("Version française", level=1)
    para(doc, [("Mardi 10 février 2026", True), " – CPAS de Mortsel et en ligne (Teams)"])
    para(doc, "Avec interprétation simultanée NL-FR dans la salle et en ligne. Présents et excusés : voir la "
              "version néerlandaise.")
    para(doc, [("Ordre du jour", True)])
    bullets(doc, ["10h00 Accueil",
                  "10h15 État des lieux par CPAS",
                  "11h00 La plateforme numérique du réseau (démo)",
                  "12h00 Indicateurs annuels",
                  "12h30 Accords et divers"])
    doc.add_heading("A. Accueil", level=1)
    para(doc, "Griet Claes accueille les collègues à Mortsel et en ligne. Wim Hermans présente l'équipe de "
              "Mortsel.")
    doc.add_heading("B. État des lieux", level=1)
    para(doc, "Tous les CPAS sont dans les temps. Edegem a déjà terminé la phase de test du nouveau formulaire "
              "d'admission. Liège et Charleroi demandent une version française de tous les modèles en même "
              "temps que la version néerlandaise.")
    doc.add_heading("C. La plateforme numérique du réseau", level=1)
    para(doc, "Karim Bouzidi montre la plateforme qui remplacera les fiches et rapports sur papier. Chaque CPAS "
              "ne voit que ses propres participants.")
    para(doc, "Décision : la plateforme sera utilisée par tous les CPAS à partir de septembre 2026.")
    doc.add_heading("D. Indicateurs annuels", level=1)
    para(doc, "Les indicateurs 2025 seront rassemblés sur la plateforme et non plus par courriel.")
    doc.add_heading("E. Suites", level=1)
    bullets(doc, ["Demander des comptes de test pour tous les collaborateurs du projet (Karim Bouzidi).",
                  "Rédiger une proposition de mesure finale commune (Sofie Janssens, Koen Baert).",
                  "Le SPP fournira la liste définitive des indicateurs avant le 31 mars.",
                  "Le CPAS de Charleroi transmet les formulaires d'admission traduits à Mortsel.",
                  "Organiser une formation sur la plateforme pour les assistants sociaux : qui, à déterminer."])
    save(doc, "566_rencontre_mortsel_2026.docx")


if __name__ == "__main__":
    for f in (r557, r558, r559, r560, r561, r562, r563, r564, r565, r566):
        f()
