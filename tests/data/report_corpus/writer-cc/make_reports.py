# -*- coding: utf-8 -*-
"""Builds reports 817-826 of the AMIF network (python-docx). One function per report."""
import os
from docx import Document
from docx.shared import Pt, RGBColor, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_COLOR_INDEX, WD_BREAK

HERE = os.path.dirname(os.path.abspath(__file__))
TAG_NL = "Naar een geïntegreerd migratiebeleid, dankzij het AMIF"
TAG_FR = "Vers une politique de migration plus intégrée, grâce au FAMI"


def new_doc(font, size):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    return d


def p(d, text="", bold=False, italic=False, underline=False, color=None, hl=None, style=None,
      align=None, size=None):
    para = d.add_paragraph(style=style) if style else d.add_paragraph()
    if text:
        r = para.add_run(text)
        r.bold, r.italic, r.underline = bold or None, italic or None, underline or None
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
        if hl:
            r.font.highlight_color = hl
        if size:
            r.font.size = Pt(size)
    if align:
        para.alignment = align
    return para


def runs(d, parts, style=None):
    """parts: list of (text, dict of bold/italic/underline/hl/color)."""
    para = d.add_paragraph(style=style) if style else d.add_paragraph()
    for text, f in parts:
        r = para.add_run(text)
        r.bold = f.get("b")
        r.italic = f.get("i")
        r.underline = f.get("u")
        if f.get("hl"):
            r.font.highlight_color = f["hl"]
        if f.get("c"):
            r.font.color.rgb = RGBColor.from_string(f["c"])
    return para


def table(d, rows, style="Table Grid", header_bold=True):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    if style:
        t.style = style
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            cell = t.cell(i, j)
            cell.text = val
            if i == 0 and header_bold:
                for r in cell.paragraphs[0].runs:
                    r.bold = True
    return t


def header_footer(d, head, foot):
    sec = d.sections[0]
    if head:
        sec.header.paragraphs[0].text = head
    if foot:
        sec.footer.paragraphs[0].text = foot


def page_break(d):
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def save(d, name):
    d.save(os.path.join(HERE, name))


# ---------------------------------------------------------------- 817
def r817():
    """Hilde Vanhecke, POD MI (Flemish staff), first network day in Gent. Dutch only, heading styles."""
    d = new_doc("Calibri", 11)
    header_footer(d, TAG_NL + "  |  POD Maatschappelijke Integratie",
                  "POD MI – verslag netwerkdag 13/10/2016")
    p(d, "Verslag netwerkbijeenkomst AMIF-projecten OCMW's", style="Title")
    p(d, "Donderdag 13 oktober 2016 – OCMW Gent, Onderbergen 86, 9000 Gent", italic=True)
    p(d, "Aanwezig en verontschuldigd", bold=True)
    table(d, [
        ["Naam", "Organisatie", ""],
        ["Hilde Vanhecke", "POD MI", "aanwezig"],
        ["Pieter Claeys", "POD MI", "aanwezig"],
        ["Sofie Van Damme", "OCMW Gent", "aanwezig"],
        ["Youssef El Khattabi", "OCMW Gent", "aanwezig"],
        ["Nathalie Peeters", "OCMW Antwerpen", "aanwezig"],
        ["Koen Verbruggen", "OCMW Antwerpen", "aanwezig"],
        ["Jean-Marc Lhoest", "CPAS Luik", "aanwezig"],
        ["Fatima Bensaïd", "CPAS Charleroi", "aanwezig"],
        ["Dragana Petrović", "OCMW Brussel", "aanwezig"],
        ["Martine Collard", "CPAS Charleroi", "verontschuldigd"],
    ])
    p(d)
    p(d, "Agenda", bold=True)
    for line in ["10u00 – 10u30\tOnthaal en koffie",
                 "10u30 – 11u15\tVoorstelling van het project 'Samen Sterk' van OCMW Gent",
                 "11u15 – 12u30\tStand van zaken per OCMW",
                 "12u30 – 13u30\tLunch",
                 "13u30 – 15u00\tProjectfiches en indicatoren",
                 "15u00\tAfsluiting"]:
        p(d, line)
    p(d, "1. Verwelkoming", style="Heading 1")
    p(d, "Sofie Van Damme heet iedereen welkom in de gebouwen van OCMW Gent. Het is de eerste keer dat "
         "de vijf OCMW's met een AMIF-project samenkomen. Na een korte voorstellingsronde licht Hilde "
         "Vanhecke de bedoeling van het netwerk toe: van elkaar leren, en de rapportering aan het fonds "
         "zo eenvoudig mogelijk houden.")
    p(d, "2. Voorstelling van het project van OCMW Gent", style="Heading 1")
    p(d, "Youssef El Khattabi stelt 'Samen Sterk' voor. De maatschappelijk werkers van de sociale "
         "diensten verwijzen cliënten door; na een intakegesprek volgt een oriëntatiebalans. Deelnemers "
         "volgen een individueel traject (om de twee weken) en wekelijkse groepsateliers: taalactivering, "
         "computer en wegwijs in Gent.")
    p(d, "3. Stand van zaken per OCMW", style="Heading 1")
    p(d, "3.1 Antwerpen", style="Heading 2")
    p(d, "Het project start in januari 2017. Er worden gesprekken gevoerd met drie kleinere OCMW's uit "
         "de regio die als partner willen instappen.")
    p(d, "3.2 Luik", style="Heading 2")
    p(d, "Jean-Marc Lhoest vertelt dat er al 40 deelnemers zijn ingeschreven. Per deelnemer worden drie "
         "contracten getekend.")
    p(d, "3.3 Charleroi", style="Heading 2")
    p(d, "Meer dan 1.000 mogelijke deelnemers werden opgelijst; 315 werden door de maatschappelijk "
         "werkers weerhouden voor module 1. 110 van hen kwamen naar de infosessie (35 %).")
    p(d, "3.4 Brussel", style="Heading 2")
    p(d, "Het team is nog in opbouw; twee animatoren worden aangeworven.")
    p(d, "4. Projectfiches en indicatoren", style="Heading 1")
    p(d, "Het POD werkt aan een gemeenschappelijk sjabloon voor de projectfiche (doelgroep, modules, "
         "minstens drie subdoelstellingen per module, kosten in VTE). De OCMW's vragen dat de fiche "
         "tweetalig is.")
    p(d, "5. Afspraken", style="Heading 1")
    table(d, [
        ["Wie", "Wat", "Tegen"],
        ["Hilde Vanhecke", "Bezorgt het sjabloon van de projectfiche aan alle OCMW's", "31/10/2016"],
        ["Elk OCMW", "Vult de projectfiche in en stuurt ze terug naar het POD", "30/11/2016"],
        ["OCMW Gent", "Deelt de presentatie van 'Samen Sterk' met het netwerk", "z.s.m."],
        ["Koen Verbruggen en Nathalie Peeters", "Zoeken een vergaderzaal in Antwerpen voor februari",
         "15/12/2016"],
    ])
    p(d)
    p(d, "Volgende bijeenkomst: donderdag 9 februari 2017 in Antwerpen.", bold=True)
    save(d, "817_gent_eerste_netwerkdag.docx")


# ---------------------------------------------------------------- 818
def r818():
    """Pieter Claeys, POD MI: Antwerpen with partners; written twice, NL then FR. Roman numerals,
    bold underlined headings, people in running text."""
    d = new_doc("Arial", 10)
    header_footer(d, "POD MI – SPP IS", TAG_NL + " / " + TAG_FR)
    p(d, "Verslag bijeenkomst OCMW's", bold=True, size=14, align=WD_ALIGN_PARAGRAPH.CENTER)
    p(d, "9 februari 2017 – OCMW Antwerpen, Lange Gasthuisstraat", align=WD_ALIGN_PARAGRAPH.CENTER)
    runs(d, [("Aanwezig: ", {"b": True}),
             ("Pieter Claeys (POD MI), Hilde Vanhecke (POD MI), Nathalie Peeters (OCMW Antwerpen), "
              "Koen Verbruggen (OCMW Antwerpen), Ann Wouters (OCMW Schoten), Bart Janssens (OCMW Edegem), "
              "Griet Mertens (OCMW Mortsel), Sofie Van Damme (OCMW Gent), Jean-Marc Lhoest (CPAS Luik), "
              "Fatima Bensaïd (CPAS Charleroi), Dragana Petrović (OCMW Brussel)", {})])
    runs(d, [("Verontschuldigd: ", {"b": True}),
             ("Youssef El Khattabi (OCMW Gent), Martine Collard (CPAS Charleroi)", {})])
    runs(d, [("Agenda: ", {"b": True}),
             ("1) Welkom – 2) Het partnerschap Antwerpen, Schoten, Edegem, Mortsel – "
              "3) Projectfiches – 4) Rondvraag", {})])
    p(d)
    p(d, "I. Welkom door OCMW Antwerpen", bold=True, underline=True)
    p(d, "Nathalie Peeters verwelkomt het netwerk. Het Antwerpse project 'Thuis in de stad' is op "
         "2 januari gestart met een eerste groep van 14 deelnemers.")
    p(d, "II. Het partnerschap met Schoten, Edegem en Mortsel", bold=True, underline=True)
    p(d, "De drie partner-OCMW's verwijzen zelf deelnemers door; de modules gaan door in Antwerpen. "
         "Ann Wouters wijst op het vervoer: voor deelnemers uit Schoten duurt de rit meer dan een uur. "
         "Bart Janssens en Griet Mertens stellen voor om één atelier per maand in de partnergemeenten "
         "te organiseren.")
    p(d, "Actie: Griet Mertens bezorgt de cijfers van Mortsel aan Nathalie Peeters vóór 1 maart.")
    p(d, "Actie: OCMW Antwerpen maakt een voorstel van uurrooster met één atelier per maand in de partnergemeenten.")
    p(d, "III. Stand van zaken projectfiches", bold=True, underline=True)
    p(d, "Alle fiches zijn binnen, behalve die van Brussel. Het POD vraagt om bij de kosten het aantal VTE "
         "en de financieringsbron duidelijk te vermelden.")
    p(d, "Actie: Dragana Petrović stuurt de fiche van OCMW Brussel door tegen 20 februari.")
    p(d, "Actie: het POD stuurt een aangepaste versie van het sjabloon met de kolom financiering.")
    p(d, "IV. Rondvraag", bold=True, underline=True)
    p(d, "Geen punten.")
    p(d, "Volgende bijeenkomst: juni 2017 in Luik (datum volgt).", italic=True)
    page_break(d)
    p(d, "Rapport rencontre CPAS", bold=True, size=14, align=WD_ALIGN_PARAGRAPH.CENTER)
    p(d, "9 février 2017 – CPAS d'Anvers", align=WD_ALIGN_PARAGRAPH.CENTER)
    p(d, "(FR-versie nog na te lezen door Dragana)", hl=WD_COLOR_INDEX.YELLOW)
    runs(d, [("Présents : ", {"b": True}),
             ("voir la version néerlandaise. ", {}),
             ("Excusés : ", {"b": True}),
             ("Youssef El Khattabi (CPAS Gand), Martine Collard (CPAS Charleroi)", {})])
    p(d, "I. Accueil par le CPAS d'Anvers", bold=True, underline=True)
    p(d, "Nathalie Peeters accueille le réseau. Le projet anversois « Thuis in de stad » a démarré le "
         "2 janvier avec un premier groupe de 14 participants.")
    p(d, "II. Le partenariat avec Schoten, Edegem et Mortsel", bold=True, underline=True)
    p(d, "Les trois CPAS partenaires orientent eux-mêmes des participants ; les modules ont lieu à Anvers. "
         "Ann Wouters attire l'attention sur le transport. Bart Janssens et Griet Mertens proposent "
         "d'organiser un atelier par mois dans les communes partenaires.")
    p(d, "Action : Griet Mertens transmet les chiffres de Mortsel à Nathalie Peeters avant le 1er mars.")
    p(d, "Action : le CPAS d'Anvers propose un horaire avec un atelier par mois dans les communes partenaires.")
    p(d, "III. État des lieux des fiches projet", bold=True, underline=True)
    p(d, "Toutes les fiches sont rentrées, sauf celle de Bruxelles.")
    p(d, "Action : Dragana Petrović envoie la fiche du CPAS de Bruxelles pour le 20 février.")
    p(d, "Action : le SPP envoie une version adaptée du modèle avec la colonne financement.")
    p(d, "IV. Divers", bold=True, underline=True)
    p(d, "Pas de points.")
    p(d, "Prochaine rencontre : juin 2017 à Liège (date à suivre).", italic=True)
    save(d, "818_antwerpen_partners_nl_fr.docx")

# ---------------------------------------------------------------- 819
def r819():
    """Dragana Petrović, OCMW/CPAS Brussel (bilingual team): each paragraph FR then NL (NL in italics).
    Letter headings with Heading 2, agenda and actions in tables."""
    d = new_doc("Verdana", 9)
    header_footer(d, "CPAS de Bruxelles – OCMW Brussel | FAMI / AMIF", "Rapport – Verslag 07.06.2018")
    p(d, "Rapport rencontre CPAS – Verslag bijeenkomst OCMW's", style="Title")
    p(d, "7 juin 2018 – 7 juni 2018", bold=True)
    p(d, "CPAS de Bruxelles, rue Haute 298a, 1000 Bruxelles – OCMW Brussel, Hoogstraat 298a, 1000 Brussel")
    table(d, [
        ["Présents / Aanwezig", "Excusés / Verontschuldigd"],
        ["Dragana Petrović (CPAS de Bruxelles)\nMehdi Ouali (CPAS de Bruxelles)\n"
         "Hilde Vanhecke (SPP IS / POD MI)\nSofie Van Damme (OCMW Gent)\n"
         "Nathalie Peeters (OCMW Antwerpen)\nJean-Marc Lhoest (CPAS de Liège)\n"
         "Fatima Bensaïd (CPAS de Charleroi)\nVéronique Dupont (CPAS de Binche)",
         "Pieter Claeys (SPP IS / POD MI)\nKoen Verbruggen (OCMW Antwerpen)"],
    ])
    p(d)
    p(d, "Ordre du jour / Agenda", bold=True)
    table(d, [
        ["Heure / Uur", "Point / Punt"],
        ["9h30-10h00", "Accueil / Onthaal"],
        ["10h00-11h00", "Le projet bruxellois / Het Brusselse project"],
        ["11h00-12h00", "Tour de table / Rondetafel"],
        ["12h00-12h30", "Enquête de satisfaction / Tevredenheidsenquête"],
    ])
    p(d)
    p(d, "A. Accueil / Onthaal", style="Heading 2")
    p(d, "Mehdi Ouali accueille les participants et présente l'équipe bruxelloise.")
    p(d, "Mehdi Ouali verwelkomt de deelnemers en stelt het Brusselse team voor.", italic=True, color="1F4E79")
    p(d, "B. Le projet bruxellois / Het Brusselse project", style="Heading 2")
    p(d, "Le projet travaille avec des médiateurs interculturels qui servent d'interprètes sociaux lors des "
         "entretiens d'admission. Les ateliers ont lieu en français et en néerlandais.")
    p(d, "Het project werkt met interculturele bemiddelaars die als sociaal tolk optreden tijdens de "
         "intakegesprekken. De ateliers gaan door in het Frans en in het Nederlands.", italic=True, color="1F4E79")
    p(d, "C. Tour de table / Rondetafel", style="Heading 2")
    p(d, "C.1 Gand / Gent", style="Heading 3")
    p(d, "Sofie Van Damme : deuxième groupe complet, liste d'attente de 12 personnes.")
    p(d, "Sofie Van Damme: tweede groep volzet, wachtlijst van 12 personen.", italic=True, color="1F4E79")
    p(d, "C.2 Charleroi et Binche / Charleroi en Binche", style="Heading 3")
    p(d, "Pour le module 2, 199 personnes ont été retenues par les AS, 60 sont venues à la séance "
         "d'information (30 %). Véronique Dupont explique que Binche envoie ses participants à Charleroi.")
    p(d, "Voor module 2 werden 199 personen weerhouden door de maatschappelijk werkers, 60 kwamen naar de "
         "infosessie (30 %). Véronique Dupont legt uit dat Binche haar deelnemers naar Charleroi stuurt.",
      italic=True, color="1F4E79")
    p(d, "D. Enquête de satisfaction / Tevredenheidsenquête", style="Heading 2")
    p(d, "Le questionnaire actuel utilise des termes trop abstraits pour le public. Le réseau demande une "
         "version simplifiée, avec pictogrammes, et en plusieurs langues.")
    p(d, "De huidige vragenlijst gebruikt te abstracte termen voor de doelgroep. Het netwerk vraagt een "
         "vereenvoudigde versie, met pictogrammen, en in meerdere talen.", italic=True, color="1F4E79")
    p(d, "Actions / Acties", bold=True)
    table(d, [
        ["Qui / Wie", "Quoi / Wat"],
        ["SPP IS / POD MI", "Prépare une version simplifiée de l'enquête / Maakt een vereenvoudigde versie van de enquête"],
        ["Tous les CPAS / Alle OCMW's", "Envoient leurs remarques sur l'enquête avant le 15 septembre / Sturen hun opmerkingen over de enquête vóór 15 september"],
        ["Jean-Marc Lhoest", "Partage les pictogrammes utilisés à Liège / Deelt de pictogrammen die in Luik gebruikt worden"],
    ])
    p(d)
    p(d, "Prochaine réunion / Volgende vergadering : 18 octobre 2018 – 18 oktober 2018, à Gand / in Gent", bold=True)
    save(d, "819_bruxelles_bilingue_par_paragraphe.docx")


# ---------------------------------------------------------------- 820
def r820():
    """Lotte De Smet, stagiaire maatschappelijk werk bij OCMW Gent. Dutch only; bold lines with '1)',
    bullets for people, open notes highlighted."""
    d = new_doc("Times New Roman", 12)
    p(d, "Verslag netwerkdag AMIF – Charleroi", bold=True, size=16)
    p(d, "14 november 2019", italic=True)
    p(d, "Opgesteld door Lotte De Smet (stagiaire, OCMW Gent)", italic=True, size=10)
    p(d, "Aanwezig:")
    for x in ["Fatima Bensaïd – CPAS Charleroi", "Martine Collard – CPAS Charleroi",
              "Véronique Dupont – CPAS Binche", "Sofie Van Damme – OCMW Gent",
              "Lotte De Smet – OCMW Gent", "Nathalie Peeters – OCMW Antwerpen",
              "Jean-Marc Lhoest – CPAS Luik", "Mehdi Ouali – OCMW Brussel",
              "Hilde Vanhecke – POD MI"]:
        p(d, x, style="List Bullet")
    p(d, "Verontschuldigd:")
    p(d, "Dragana Petrović – OCMW Brussel", style="List Bullet")
    p(d, "We werden ontvangen in Charleroi. Er was geen tolk, maar Martine en Sofie hebben veel vertaald, "
         "waarvoor dank!")
    p(d, "1) Rondleiding in het Service Action Migrants", bold=True)
    p(d, "Fatima gaf een rondleiding. Het project Activ'Up werkt in modules van september tot juni. "
         "Er zijn drie assen: individuele coaching (1x om de 2 weken), collectieve activiteiten en sociale "
         "opvolging.")
    p(d, "2) Wat werkt er goed?", bold=True)
    p(d, "Het intensieve werk met de groep (bijna elke dag), de band tussen begeleiders en deelnemers, "
         "en de groepssfeer aan het einde van een module.")
    p(d, "3) Wat kan beter?", bold=True)
    p(d, "De communicatie naar de deelnemers toe (uurroosters die veranderen, lessen die wegvallen). Ook "
         "moeten activiteiten vroeger gepland worden omdat de administratie steeds langer duurt.")
    runs(d, [("In Gent hadden we dit jaar ", {}), ("XX", {"hl": WD_COLOR_INDEX.YELLOW}),
             (" deelnemers in de eerste module. ", {}),
             ("[cijfer nog vragen aan Sofie]", {"hl": WD_COLOR_INDEX.YELLOW})])
    p(d, "4) Afspraken", bold=True)
    p(d, "Sofie Van Damme: stuurt de nieuwe planning van de ateliers naar de maatschappelijk werkers.",
      style="List Bullet")
    p(d, "Martine Collard: bezorgt de folder van de infosessie aan alle OCMW's.", style="List Bullet")
    p(d, "Elk OCMW: bekijkt of de uurroosters beter verdeeld kunnen worden tussen oude en nieuwe deelnemers.",
      style="List Bullet")
    p(d, "(weet niet zeker of de laatste afspraak voor alle OCMW's geldt, na te vragen)", italic=True)
    p(d, "De volgende keer is in het voorjaar, waarschijnlijk in Brussel.")
    save(d, "820_verslag_stagiaire_charleroi.docx")


# ---------------------------------------------------------------- 821
def r821():
    """Hilde Vanhecke, POD MI: first online meeting (Teams) during COVID, with interpreters. NL then FR.
    Heading styles with typed decimal numbers; agenda with dotted times."""
    d = new_doc("Calibri", 11)
    header_footer(d, TAG_NL + "\n" + TAG_FR, "POD MI | SPP IS")
    p(d, "Verslag bijeenkomst OCMW's – Rapport rencontre CPAS", style="Title")
    p(d, "28 mei 2020 – 28 mai 2020 – online (Microsoft Teams), met simultaanvertaling NL/FR")
    p(d, "Aanwezig", style="Heading 3")
    for line in ["Hilde Vanhecke, Pieter Claeys – POD MI",
                 "Sofie Van Damme, Youssef El Khattabi – OCMW Gent",
                 "Nathalie Peeters – OCMW Antwerpen",
                 "Griet Mertens – OCMW Mortsel",
                 "Jean-Marc Lhoest – CPAS Luik",
                 "Fatima Bensaïd – CPAS Charleroi",
                 "Mehdi Ouali – OCMW Brussel",
                 "Anouk Lefèvre, Stefaan Goossens – tolken / interprètes"]:
        p(d, line)
    p(d, "Verontschuldigd", style="Heading 3")
    p(d, "Koen Verbruggen – OCMW Antwerpen; Véronique Dupont – CPAS Binche")
    p(d, "Agenda", style="Heading 3")
    for line in ["10.00 – 10.15  Technische check en verwelkoming",
                 "10.15 – 11.15  De projecten tijdens de lockdown",
                 "11.15 – 11.45  Groepsgrootte na de heropstart",
                 "11.45 – 12.00  Varia"]:
        p(d, line)
    p(d, "1. Verwelkoming", style="Heading 1")
    p(d, "Door de coronamaatregelen gaat de bijeenkomst online door. Anouk Lefèvre en Stefaan Goossens "
         "verzorgen de simultaanvertaling.")
    p(d, "2. De projecten tijdens de lockdown", style="Heading 1")
    p(d, "2.1 Gent", style="Heading 2")
    p(d, "Individuele opvolging per telefoon en WhatsApp. Groepsateliers met 4 deelnemers + 1 begeleider.")
    p(d, "2.2 Antwerpen en partners", style="Heading 2")
    p(d, "Nathalie Peeters en Griet Mertens: de deelnemers uit Mortsel hebben vaak geen laptop.")
    p(d, "2.3 Luik en Charleroi", style="Heading 2")
    p(d, "Groepen van 3 deelnemers + 1 opleider. Charleroi geeft de infosessies opnieuw vanaf juni.")
    p(d, "2.4 Brussel", style="Heading 2")
    p(d, "Mehdi Ouali: de bemiddelaars bellen elke deelnemer wekelijks op.")
    p(d, "3. Groepsgrootte na de heropstart", style="Heading 1")
    p(d, "Iedereen verwacht dat de regel na de zomer naar 6 + 1 gaat. Het POD vraagt de OCMW's om de "
         "regel die ze toepassen telkens te melden, omdat die per OCMW verschilt.")
    p(d, "→ Elk OCMW meldt zijn groepsgrootte-regel aan het POD bij elke wijziging.")
    p(d, "→ Het POD vraagt aan de beheersautoriteit of online sessies meetellen voor de indicatoren.")
    p(d, "→ Youssef El Khattabi deelt de WhatsApp-richtlijnen van OCMW Gent.")
    p(d, "4. Varia", style="Heading 1")
    p(d, "Volgende bijeenkomst: 15 oktober 2020, online.", bold=True)
    page_break(d)
    p(d, "Rapport rencontre CPAS – version française", style="Title")
    p(d, "1. Accueil", style="Heading 1")
    p(d, "En raison des mesures corona, la rencontre a lieu en ligne. Anouk Lefèvre et Stefaan Goossens "
         "assurent l'interprétation simultanée.")
    p(d, "2. Les projets pendant le confinement", style="Heading 1")
    p(d, "Gand : suivi individuel par téléphone ; ateliers de 4 participants + 1 accompagnateur. Liège et "
         "Charleroi : groupes de 3 participants + 1 formateur. Bruxelles : appel hebdomadaire.")
    p(d, "3. Taille des groupes après la reprise", style="Heading 1")
    p(d, "→ Chaque CPAS communique sa règle de taille de groupe au SPP à chaque changement.")
    p(d, "→ Le SPP demande à l'autorité responsable si les séances en ligne comptent pour les indicateurs.")
    p(d, "→ Youssef El Khattabi partage les consignes WhatsApp du CPAS de Gand.")
    p(d, "4. Divers", style="Heading 1")
    p(d, "Prochaine rencontre : 15 octobre 2020, en ligne.", bold=True)
    save(d, "821_online_lockdown_nl_fr.docx")


# ---------------------------------------------------------------- 822
def r822():
    """Samira Amrani, maatschappelijk werker OCMW Antwerpen, writes for the first time. Hybrid meeting.
    Dutch only; bold unnumbered headings; owners by initials."""
    d = new_doc("Calibri", 11)
    p(d, "Verslag AMIF-netwerk (hybride)", bold=True, size=14, color="2E74B5")
    p(d, "18 maart 2021, OCMW Antwerpen + via Teams")
    p(d, "Verslag: Samira Amrani (maatschappelijk werker, OCMW Antwerpen)", italic=True)
    p(d, "Aanwezig in de zaal: Nathalie Peeters (NP), Samira Amrani (SA) – OCMW Antwerpen; "
         "Ann Wouters (AW) – OCMW Schoten; Bart Janssens (BJ) – OCMW Edegem")
    p(d, "Online: Hilde Vanhecke (POD MI), Sofie Van Damme (OCMW Gent), Jean-Marc Lhoest (CPAS Luik), "
         "Fatima Bensaïd (CPAS Charleroi), Mehdi Ouali (OCMW Brussel)")
    p(d, "Verontschuldigd: Griet Mertens (OCMW Mortsel)")
    p(d, "Agenda")
    for x in ["Hoe verwijzen de maatschappelijk werkers door?", "Aanwezigheid en stiptheid",
              "Tevredenheidsenquête"]:
        p(d, x, style="List Bullet")
    p(d, "Doorverwijzing door de maatschappelijk werkers", bold=True)
    p(d, "Ik heb uitgelegd hoe wij in Antwerpen cliënten voorstellen: een kort formulier en dan een "
         "intakegesprek. Veel collega's op de sociale diensten kennen het project nog niet goed. In Edegem "
         "en Schoten is het makkelijker omdat het team klein is (BJ, AW).")
    p(d, "Aanwezigheid en stiptheid", bold=True)
    p(d, "De contracten met de deelnemers leggen de regels vast. In Luik tekent elke deelnemer drie "
         "contracten. Online lessen zijn moeilijk te volgen: 'aanwezig' zegt niet veel als de camera uit staat.")
    p(d, "Tevredenheidsenquête", bold=True)
    p(d, "De vereenvoudigde versie met pictogrammen is er nog niet in het Arabisch en het Dari.")
    p(d, "Wie doet wat?", bold=True)
    p(d, "NP: vraagt na bij de dienst vertaling of de enquête vertaald kan worden.")
    p(d, "SA + AW: maken een korte folder over het project voor de collega's van de sociale diensten.")
    p(d, "POD: verzamelt de aanwezigheidsregels van alle OCMW's in één overzicht.")
    p(d, "(Nathalie, kan jij dit nog nalezen voor het naar iedereen gaat?)", color="C00000")
    p(d, "Volgende keer: ergens in juni, datum via Doodle.")
    save(d, "822_hybride_antwerpen_maatschappelijk_werker.docx")


# ---------------------------------------------------------------- 823
def r823():
    """Jean-Marc Lhoest, CPAS de Liège, asked to write in both languages: FR first, then his own NL.
    Headings '1 - ...', agenda with start times only."""
    d = new_doc("Cambria", 11)
    header_footer(d, "CPAS de Liège – Service Mod' Actions", TAG_FR)
    p(d, "Rapport rencontre CPAS", bold=True, size=16, align=WD_ALIGN_PARAGRAPH.CENTER)
    p(d, "Liège, le 6 octobre 2022 – L'Échelle des Mots", align=WD_ALIGN_PARAGRAPH.CENTER)
    p(d, "Présents : Jean-Marc Lhoest, Claire Henrard (CPAS de Liège) – Pieter Claeys (SPP IS) – "
         "Youssef El Khattabi (CPAS de Gand) – Nathalie Peeters, Samira Amrani (CPAS d'Anvers) – "
         "Fatima Bensaïd (CPAS de Charleroi) – Thomas Vandenbroucke (CPAS de Bruxelles)")
    p(d, "Excusés : Sofie Van Damme (CPAS de Gand), Véronique Dupont (CPAS de Binche)")
    p(d, "Ordre du jour :")
    for x in ["9h30 : Accueil et café", "10h00 : Visite de la ferme du CPAS",
              "11h00 : Les trois contrats du participant", "13h30 : Indicateurs du nouveau programme FAMI"]:
        p(d, x)
    p(d, "1 - Accueil", bold=True, color="7F6000")
    p(d, "Claire Henrard accueille le réseau. Pas d'interprète aujourd'hui : Samira Amrani et Thomas "
         "Vandenbroucke ont aidé pour les traductions.")
    p(d, "2 - Visite de la ferme", bold=True, color="7F6000")
    p(d, "La ferme est un lieu calme où les participants rencontrent d'autres usagers du CPAS.")
    p(d, "3 - Les trois contrats", bold=True, color="7F6000")
    p(d, "Un contrat avec l'AS, un avec la personne qui fait l'entretien d'admission, un avec le "
         "responsable de chaque module. Anvers trouve que trois contrats, c'est beaucoup pour le public.")
    p(d, "4 - Indicateurs 2021-2027", bold=True, color="7F6000")
    p(d, "Le nouveau règlement (UE) 2021/1147 demande des indicateurs communs : participants aux cours "
         "de langue, orientation civique, accompagnement professionnel. Le SPP rassemble les chiffres de "
         "chaque CPAS une fois par an.")
    p(d, "→ Le SPP envoie le tableau des indicateurs avant le 1er novembre.")
    p(d, "→ Claire Henrard envoie le modèle des trois contrats à Nathalie Peeters.")
    p(d, "→ Chaque CPAS vérifie qui, dans son équipe, encode les chiffres.")
    p(d, "Prochaine réunion : le 16 mars 2023 à Gand.", bold=True)
    page_break(d)
    p(d, "Verslag bijeenkomst OCMW's", bold=True, size=16, align=WD_ALIGN_PARAGRAPH.CENTER)
    p(d, "[vertaling door mij, graag nalezen door een Nederlandstalige collega]", italic=True,
      hl=WD_COLOR_INDEX.BRIGHT_GREEN)
    p(d, "Luik, 6 oktober 2022")
    p(d, "1 - Onthaal", bold=True, color="7F6000")
    p(d, "Claire Henrard verwelkomt het netwerk. Geen tolk vandaag: Samira Amrani en Thomas "
         "Vandenbroucke hebben geholpen met vertalen.")
    p(d, "2 - Bezoek aan de boerderij", bold=True, color="7F6000")
    p(d, "De boerderij is een rustige plek waar de deelnemers andere cliënten van het OCMW ontmoeten.")
    p(d, "3 - De drie contracten", bold=True, color="7F6000")
    p(d, "Een contract met de maatschappelijk werker, een met de intake, een met de verantwoordelijke van "
         "elke module.")
    p(d, "4 - Indicatoren 2021-2027", bold=True, color="7F6000")
    p(d, "De nieuwe verordening vraagt gemeenschappelijke indicatoren. Het POD verzamelt de cijfers een "
         "keer per jaar.")
    p(d, "→ Het POD stuurt de tabel van de indicatoren voor 1 november.")
    p(d, "→ Claire Henrard stuurt het model van de drie contracten naar Nathalie Peeters.")
    p(d, "→ Elk OCMW kijkt wie in zijn team de cijfers invoert.")
    p(d, "Volgende vergadering: 16 maart 2023 in Gent.", bold=True)
    save(d, "823_liege_fr_nl_par_jean_marc.docx")


# ---------------------------------------------------------------- 824
def r824():
    """Youssef El Khattabi, teamleider OCMW Gent, hosts in Gent. Dutch only; Heading 1 with bare numbers,
    action table with owner column, annex after a page break."""
    d = new_doc("Segoe UI", 10)
    header_footer(d, "OCMW Gent – Team Samen Sterk", "Verslag netwerkdag 16.03.2023 – intern en netwerk")
    p(d, "Netwerkdag AMIF-projecten", style="Title")
    p(d, "Datum: 16 maart 2023\tPlaats: OCMW Gent, Sint-Pietersabdij (zaal 2)")
    p(d, "Aanwezig", bold=True)
    table(d, [
        ["Naam", "OCMW / dienst"],
        ["Youssef El Khattabi", "OCMW Gent (teamleider)"],
        ["Sofie Van Damme", "OCMW Gent"],
        ["Elif Yılmaz", "OCMW Gent"],
        ["Pieter Claeys", "POD MI"],
        ["Samira Amrani", "OCMW Antwerpen"],
        ["Ann Wouters", "OCMW Schoten"],
        ["Claire Henrard", "OCMW Luik"],
        ["Fatima Bensaïd", "OCMW Charleroi"],
        ["Thomas Vandenbroucke", "OCMW Brussel"],
    ])
    p(d, "Verontschuldigd: Nathalie Peeters (OCMW Antwerpen), Griet Mertens (OCMW Mortsel)")
    p(d, "Agenda: 9u30 onthaal – 10u00 tot 12u00 werkwinkels – 13u00 tot 15u00 evaluatie van de deelnemers")
    p(d, "1 Onthaal", style="Heading 1")
    p(d, "Youssef El Khattabi verwelkomt iedereen in de Sint-Pietersabdij. Elif Yılmaz is nieuw in het "
         "team als intercultureel bemiddelaar.")
    p(d, "2 Werkwinkels", style="Heading 1")
    p(d, "In kleine groepen werd gewerkt rond drie vragen: hoe houden we de groepssfeer vast, hoe "
         "verdelen we de uurroosters tussen oude en nieuwe deelnemers, en hoe plannen we uitstappen vroeger.")
    p(d, "Geen verplichte activiteiten rond gevoelige thema's zoals seksualiteit of partnergeweld; het "
         "netwerk is het daar unaniem over eens.", italic=True)
    p(d, "3 Evaluatie van de deelnemers", style="Heading 1")
    p(d, "Elk team bespreekt de vooruitgang per deelnemer. De tevredenheidsenquête wordt per module "
         "ingevuld. Gent test een versie met smileys.")
    p(d, "4 Actiepunten", style="Heading 1")
    table(d, [
        ["Actiepunt", "Verantwoordelijke", "Deadline"],
        ["Verspreidt de smiley-versie van de enquête in het netwerk", "Sofie Van Damme", "april"],
        ["Verzamelt de uurroosters van alle OCMW's", "POD MI", "mei"],
        ["Organiseert een uitwisseling over de uitstappen", "?", "na de zomer"],
        ["Bekijken samen een gedeeld vervoersbudget voor de partnergemeenten", "Samira Amrani, Ann Wouters", "juni"],
    ])
    p(d)
    p(d, "Volgende netwerkdag: dinsdag 10 oktober 2023, Brussel.", bold=True, color="00B050")
    page_break(d)
    p(d, "Bijlage 1 – Overzicht groepsgrootte per OCMW", style="Heading 1")
    table(d, [
        ["OCMW", "2020", "2021", "2023"],
        ["Gent", "4 + 1", "6 + 1", "geen limiet"],
        ["Luik", "3 + 1", "6 + 1", "geen limiet"],
        ["Charleroi", "3 + 1", "6 + 1", "geen limiet"],
    ])
    save(d, "824_gent_teamleider_werkwinkels.docx")


# ---------------------------------------------------------------- 825
def r825():
    """Thomas Vandenbroucke, OCMW Brussel, bilingual: each paragraph NL first then FR.
    Typed numbers '1.' in bold lines, agenda table with times '13u30'."""
    d = new_doc("Arial", 10)
    header_footer(d, "OCMW Brussel – CPAS de Bruxelles", TAG_NL + " – " + TAG_FR)
    p(d, "Verslag bijeenkomst OCMW's – Rapport rencontre CPAS", bold=True, size=14)
    p(d, "10 oktober 2024 – 10 octobre 2024 | OCMW Brussel / CPAS de Bruxelles")
    p(d, "Aanwezig / Présents", bold=True)
    table(d, [
        ["Naam / Nom", "Organisatie / Organisation"],
        ["Thomas Vandenbroucke", "OCMW Brussel – CPAS de Bruxelles"],
        ["Mehdi Ouali", "OCMW Brussel – CPAS de Bruxelles"],
        ["Lies Verhoeven", "POD MI – SPP IS"],
        ["Elif Yılmaz", "OCMW Gent – CPAS de Gand"],
        ["Samira Amrani", "OCMW Antwerpen – CPAS d'Anvers"],
        ["Bart Janssens", "OCMW Edegem – CPAS d'Edegem"],
        ["Claire Henrard", "CPAS Luik – CPAS de Liège"],
        ["Martine Collard", "CPAS Charleroi"],
    ])
    p(d, "Verontschuldigd / Excusés: Fatima Bensaïd (CPAS Charleroi), Youssef El Khattabi (OCMW Gent)")
    p(d, "Agenda / Ordre du jour", bold=True)
    table(d, [
        ["", ""],
        ["13u30", "Verwelkoming / Accueil"],
        ["13u45", "Gegevens van deelnemers bijhouden / Conserver les données des participants"],
        ["15u00", "Stand van zaken / État des lieux"],
        ["16u00", "Einde / Fin"],
    ], header_bold=False)
    p(d)
    p(d, "1. Verwelkoming / Accueil", bold=True, color="1F3864")
    p(d, "Mehdi Ouali verwelkomt de groep en stelt Lies Verhoeven voor, de nieuwe contactpersoon bij het POD.")
    p(d, "Mehdi Ouali accueille le groupe et présente Lies Verhoeven, la nouvelle personne de contact au SPP.",
      italic=True)
    p(d, "2. Gegevens van deelnemers bijhouden / Conserver les données des participants", bold=True, color="1F3864")
    p(d, "Elk OCMW is eigenaar van de persoonsgegevens van zijn deelnemers; het POD ziet geen namen. "
         "Projectdocumenten moeten vijf jaar bewaard worden vanaf 31 december van het jaar van de laatste "
         "betaling; persoonsgegevens niet langer dan nodig.")
    p(d, "Chaque CPAS est propriétaire des données personnelles de ses participants ; le SPP ne voit pas "
         "de noms. Les documents du projet sont conservés cinq ans à partir du 31 décembre de l'année du "
         "dernier paiement ; les données personnelles pas plus longtemps que nécessaire.", italic=True)
    p(d, "2.1 Inzagerecht / Droit d'accès", bold=True, color="1F3864")
    p(d, "Een deelnemer mag vragen om alles te zien wat over hem bijgehouden wordt (AVG artikel 15).")
    p(d, "Un participant peut demander à voir tout ce qui est conservé sur lui (RGPD article 15).", italic=True)
    p(d, "3. Stand van zaken / État des lieux", bold=True, color="1F3864")
    p(d, "Edegem heeft dit jaar 9 deelnemers doorverwezen. Charleroi start een nieuwe module in januari.")
    p(d, "Edegem a orienté 9 participants cette année. Charleroi démarre un nouveau module en janvier.",
      italic=True)
    p(d, "Afspraken / Accords", bold=True)
    p(d, "• Lies Verhoeven stuurt een nota over de bewaartermijnen naar alle OCMW's. / "
         "Lies Verhoeven envoie une note sur les délais de conservation à tous les CPAS.")
    p(d, "• OCMW Edegem deelt zijn toestemmingsformulier voor deelnemers. / "
         "Le CPAS d'Edegem partage son formulaire de consentement pour les participants.")
    p(d, "• Claire Henrard en Martine Collard vertalen het formulier naar het Frans. / "
         "Claire Henrard et Martine Collard traduisent le formulaire en français.")
    p(d, "Volgende vergadering / Prochaine réunion: maart 2025 (datum volgt / date à suivre)", bold=True)
    save(d, "825_brussel_tweetalig_gegevens.docx")


# ---------------------------------------------------------------- 826
def r826():
    """Lies Verhoeven, POD MI: hybrid meeting with interpreters, NL then FR, still a draft with open notes.
    Heading styles with typed '1.' and '1.1'."""
    d = new_doc("Calibri", 11)
    header_footer(d, "ONTWERP – niet verspreiden / PROJET – ne pas diffuser",
                  "POD MI – SPP IS | " + TAG_NL)
    p(d, "Verslag bijeenkomst OCMW's – Rapport rencontre CPAS", style="Title")
    p(d, "12 februari 2026 – 12 février 2026", bold=True)
    p(d, "POD MI, Brussel, en online (hybride) – simultaanvertaling door Anouk Lefèvre en Karim Haddou")
    p(d, "ONTWERP v0.3", bold=True, color="FF0000")
    p(d, "Aanwezig: Lies Verhoeven (POD MI), Pieter Claeys (POD MI), Elif Yılmaz (OCMW Gent), "
         "Samira Amrani (OCMW Antwerpen), Griet Mertens (OCMW Mortsel), Claire Henrard (CPAS Luik), "
         "Martine Collard (CPAS Charleroi), Véronique Dupont (CPAS Binche), Thomas Vandenbroucke "
         "(OCMW Brussel), Anouk Lefèvre (tolk), Karim Haddou (tolk)")
    p(d, "Verontschuldigd: Youssef El Khattabi (OCMW Gent), Bart Janssens (OCMW Edegem)")
    p(d, "Agenda", style="Heading 3")
    table(d, [
        ["Van", "Tot", "Punt"],
        ["10:00", "10:20", "Inleiding"],
        ["10:20", "11:30", "Jaarlijkse indicatoren 2025"],
        ["11:30", "12:30", "Toekomst van het netwerk na 2027"],
    ])
    p(d, "1. Inleiding", style="Heading 1")
    p(d, "Lies Verhoeven opent de vergadering. Een deel van de deelnemers volgt online.")
    p(d, "2. Jaarlijkse indicatoren 2025", style="Heading 1")
    p(d, "2.1 Deelnemers per activiteit", style="Heading 2")
    p(d, "Gent: 64 deelnemers; Antwerpen met partners: 81; Brussel: 57; Charleroi en Binche: 70; "
         "Luik: [aan te vullen door Luik].")
    p(d, "2.2 Taalniveau (ERK)", style="Heading 2")
    p(d, "XX % van de deelnemers aan een taalcursus steeg minstens één niveau. (cijfer POD nog te checken)")
    p(d, "3. Toekomst van het netwerk na 2027", style="Heading 1")
    p(d, "De OCMW's willen het netwerk behouden, ook zonder AMIF-middelen. Samen met de collega's van "
         "Mortsel en Binche wordt bekeken hoe kleine partners beter betrokken kunnen worden.")
    p(d, "Acties", style="Heading 3")
    p(d, "Luik: bezorgt de cijfers van 2025 vóór 1 maart.", style="List Bullet")
    p(d, "Het POD: stuurt het ontwerp van het jaarverslag naar alle OCMW's.", style="List Bullet")
    p(d, "Griet Mertens en Véronique Dupont: schrijven een voorstel over de rol van de partner-OCMW's.",
      style="List Bullet")
    p(d, "Nog te bepalen: trekt de werkgroep 'netwerk na 2027'.", style="List Bullet")
    p(d, "Volgende bijeenkomst: 4 juni 2026 in Charleroi.", bold=True)
    page_break(d)
    p(d, "Version française", style="Title")
    p(d, "1. Introduction", style="Heading 1")
    p(d, "Lies Verhoeven ouvre la réunion. Une partie des participants suit en ligne.")
    p(d, "2. Indicateurs annuels 2025", style="Heading 1")
    p(d, "2.1 Participants par activité", style="Heading 2")
    p(d, "Gand : 64 ; Anvers et partenaires : 81 ; Bruxelles : 57 ; Charleroi et Binche : 70 ; Liège : "
         "[à compléter par Liège].")
    p(d, "2.2 Niveau de langue (CECR)", style="Heading 2")
    p(d, "[traduction à faire]", hl=WD_COLOR_INDEX.YELLOW)
    p(d, "3. Avenir du réseau après 2027", style="Heading 1")
    p(d, "[traduction à faire – point 3]", hl=WD_COLOR_INDEX.YELLOW)
    p(d, "Prochaine rencontre : le 4 juin 2026 à Charleroi.", bold=True)
    save(d, "826_hybride_indicatoren_ontwerp.docx")



REPORTS = [r817, r818, r819, r820, r821, r822, r823, r824, r825, r826]

if __name__ == "__main__":
    for f in REPORTS:
        f()
    print("built", len(REPORTS))
