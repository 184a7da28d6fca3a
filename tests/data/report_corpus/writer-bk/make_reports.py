# -*- coding: utf-8 -*-
"""Builds the ten meeting reports 637-646 (writer-bk) with python-docx."""
import os

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.shared import Pt, RGBColor, Cm

HERE = os.path.dirname(os.path.abspath(__file__))

GREY = RGBColor(0x59, 0x59, 0x59)
RED = RGBColor(0xC0, 0x00, 0x00)
BLUE = RGBColor(0x1F, 0x4E, 0x79)
TAG_NL = "Naar een geïntegreerd migratiebeleid, dankzij het AMIF"
TAG_FR = "Vers une politique de migration plus intégrée, grâce au FAMI"


def new_doc(font="Calibri", size=11):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    return d


def para(d, *runs, style=None, align=None, space_after=None):
    """runs: strings or (text, dict(bold, italic, underline, color, size))"""
    p = d.add_paragraph(style=style) if style else d.add_paragraph()
    for r in runs:
        if isinstance(r, str):
            p.add_run(r)
        else:
            text, fmt = r
            run = p.add_run(text)
            run.bold = fmt.get("b")
            run.italic = fmt.get("i")
            run.underline = fmt.get("u")
            if fmt.get("c") is not None:
                run.font.color.rgb = fmt["c"]
            if fmt.get("s"):
                run.font.size = Pt(fmt["s"])
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    return p


def B(t, **k):
    k["b"] = True
    return (t, k)


def I(t, **k):
    k["i"] = True
    return (t, k)


def cell_write(cell, *runs, first=True):
    p = cell.paragraphs[0] if first else cell.add_paragraph()
    for r in runs:
        if isinstance(r, str):
            p.add_run(r)
        else:
            text, fmt = r
            run = p.add_run(text)
            run.bold = fmt.get("b")
            run.italic = fmt.get("i")
            if fmt.get("c") is not None:
                run.font.color.rgb = fmt["c"]
    return p


def table(d, rows, header=True, style="Table Grid", widths=None):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            if isinstance(val, tuple):
                cell_write(c, val)
            else:
                cell_write(c, B(val) if (header and i == 0) else val)
            if widths:
                c.width = Cm(widths[j])
    return t


def header_footer(d, header_lines=(), footer=None, italic=True):
    sec = d.sections[0]
    if header_lines:
        hp = sec.header.paragraphs[0]
        for k, line in enumerate(header_lines):
            r = hp.add_run(line)
            r.italic = italic
            r.font.size = Pt(8)
            r.font.color.rgb = GREY
            if k < len(header_lines) - 1:
                r.add_break()
        hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if footer:
        fp = sec.footer.paragraphs[0]
        r = fp.add_run(footer)
        r.font.size = Pt(8)
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER


def page_break(d):
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def save(d, name):
    d.save(os.path.join(HERE, name))


# ---------------------------------------------------------------- 637
def r637():
    d = new_doc("Arial", 10)
    header_footer(d, ["OCMW Antwerpen – Departement Sociale Dienstverlening", "AMIF-project 'Samen Sterk'"],
                  footer="Verslag opgemaakt door Katrien Peeters – versie 1 – 17/10/2016")
    para(d, B("Opstartvergadering AMIF-project 'Samen Sterk'", s=14, c=BLUE))
    para(d, B("OCMW Antwerpen en partner-OCMW's Schoten, Edegem en Mortsel"))
    para(d, "Donderdag 13 oktober 2016, 14u00 – 16u30")
    para(d, "Locatie: OCMW Antwerpen, Lange Gasthuisstraat, vergaderzaal 2.14")
    para(d, "")
    para(d, B("Aanwezigheden"))
    table(d, [
        ["Organisatie", "Aanwezig", "Verontschuldigd"],
        ["POD Maatschappelijke Integratie", "Pieter De Smedt", "/"],
        ["OCMW Antwerpen", "Katrien Peeters\nHamid Boukhari\nSofie Janssens", "Tom Van den Broeck"],
        ["OCMW Schoten", "Els Wouters", "/"],
        ["OCMW Edegem", "Kristof Mertens\nLieve Claes", "/"],
        ["OCMW Mortsel", "/", "Ann Goossens"],
    ], widths=[5, 6, 5])
    para(d, "")
    para(d, B("Agenda"))
    for item in ["Welkom en voorstelling van de partners",
                 "Het AMIF-project: doelstellingen en timing",
                 "Rol van de partner-OCMW's bij de toeleiding",
                 "Praktische afspraken (registratie, rapportering)",
                 "Varia"]:
        para(d, item, style="List Number")

    d.add_heading("1. Welkom en voorstelling van de partners", level=2)
    para(d, "Katrien heet iedereen welkom. Het is de eerste keer dat de vier OCMW's samen rond de tafel zitten "
            "voor het AMIF-project. Iedereen stelt zich kort voor. Pieter De Smedt volgt het project op namens "
            "het POD MI en zal ook de netwerkbijeenkomsten met de andere OCMW's (Gent, Luik, Charleroi, Brussel) "
            "coördineren.")
    d.add_heading("2. Het AMIF-project: doelstellingen en timing", level=2)
    para(d, "Het project richt zich op nieuwkomers die al lang leefloon ontvangen en weinig Nederlands spreken. "
            "Doel is sociale activering: individuele begeleiding (om de twee weken) en collectieve sessies "
            "(wekelijks). De eerste groep start in januari 2017, een tweede groep in september 2017.")
    para(d, "Pieter licht de financiering toe: 75 % van de personeelskosten via AMIF, 15 % via het POD MI, "
            "de rest draagt het OCMW zelf. De partner-OCMW's leveren geen personeel maar zorgen voor toeleiding "
            "en een lokaal.")
    d.add_heading("3. Rol van de partner-OCMW's bij de toeleiding", level=2)
    para(d, "De maatschappelijk werkers van Schoten, Edegem en Mortsel stellen cliënten voor via een "
            "eenvoudige verwijsfiche. Het intakegesprek gebeurt door het team van Antwerpen, in de gemeente "
            "van de cliënt indien mogelijk.")
    para(d, "Els merkt op dat Schoten weinig cliënten heeft die in aanmerking komen (schatting: 8 à 10). "
            "Kristof verwacht er in Edegem een vijftiental. Er wordt beslist om geen minimumaantal per gemeente "
            "vast te leggen.")
    d.add_heading("4. Praktische afspraken (registratie, rapportering)", level=2)
    para(d, "Elk OCMW blijft eigenaar van de gegevens van zijn eigen cliënten. Antwerpen rapporteert aan het "
            "POD MI enkel geanonimiseerde aantallen. Aanwezigheden worden per sessie bijgehouden.")
    d.add_heading("5. Varia", level=2)
    para(d, "Geen.")
    d.add_heading("Actiepunten", level=2)
    table(d, [
        ["Wat", "Wie", "Tegen wanneer"],
        ["Contactgegevens van de maatschappelijk werkers die mogen toeleiden doorsturen naar Katrien",
         "Els Wouters", "31/10"],
        ["Voorstel van verwijsfiche en registratiefiche opmaken en rondsturen", "Hamid en Sofie", "15/11"],
        ["Subsidievoorwaarden en rapporteringsmodel bezorgen aan alle partners", "POD MI", "15/11"],
        ["Folder voor de doelgroep laten vertalen (Arabisch, Dari, Tigrinya)", "nog te bepalen", "december"],
        ["Een lokaal ter beschikking stellen voor de groepssessies in Mortsel", "OCMW Mortsel", "januari 2017"],
    ], widths=[9, 4, 3])
    para(d, "")
    para(d, B("Volgend overleg: dinsdag 13 december 2016, 14u, zelfde locatie."))
    save(d, "637_opstart-antwerpen-partners.docx")


# ---------------------------------------------------------------- 638
def r638():
    d = new_doc("Calibri", 10)
    header_footer(d, [TAG_NL, TAG_FR, "POD | Maatschappelijke Integratie – SPP | Intégration Sociale"])
    para(d, B("Verslag bijeenkomst OCMW's – Rapport rencontre CPAS", s=14), align="c")
    para(d, B("22 juni 2017 – 22 juin 2017"), align="c")
    para(d, "OCMW Gent, Sint-Pietersplein (zaal Zuid) – 9000 Gent", align="c")
    para(d, I("Consecutieve vertaling door Ingrid Callebaut / Interprétation consécutive par Ingrid Callebaut"),
         align="c")
    para(d, B("Aanwezig / Présents : "),
         "Pieter De Smedt (POD MI), Lotte Vanhoutte (POD MI), Griet Van Damme (OCMW Gent), Bram Desmet "
         "(OCMW Gent), Samira Ouali (OCMW Gent), Julie Lambotte (CPAS Liège), Mehdi Cherifi (CPAS Liège), "
         "Audrey Lejeune (CPAS Charleroi), Katrien Peeters (OCMW Antwerpen), Nathalie Vandenberghe "
         "(CPAS Bruxelles), Ingrid Callebaut (tolk – interprète)")
    para(d, B("Verontschuldigd / Excusés : "),
         "Hamid Boukhari (OCMW Antwerpen), Karim Benali (CPAS Bruxelles)")
    para(d, B("Programma / Programme"))
    for line in ["10u00 – 10u30\tOnthaal en koffie / Accueil et café",
                 "10u30 – 11u30\tVoorstelling project OCMW Gent / Présentation du projet du CPAS de Gand",
                 "11u30 – 12u30\tStand van zaken per OCMW / État des lieux par CPAS",
                 "12u30 – 13u30\tMiddagmaal / Repas de midi",
                 "13u30 – 15u00\tTevredenheidsenquête: feedback / Enquête de satisfaction : feedback",
                 "15u00\tAfsluiting / Clôture"]:
        para(d, line, space_after=0)
    para(d, "")

    rows = [
        (("1. Onthaal",
          ["Griet Van Damme verwelkomt de OCMW's in de nieuwe lokalen van het Gentse project. Na de koffie "
           "volgt een korte rondleiding."]),
         ("1. Accueil",
          ["Griet Van Damme accueille les CPAS dans les nouveaux locaux du projet gantois. Après le café, "
           "une courte visite est organisée."])),
        (("2. Voorstelling project OCMW Gent",
          ["Het Gentse project werkt met trajectbegeleiders en intercultureel bemiddelaars. Samira Ouali "
           "legt uit hoe zij als bemiddelaar ook tolkt tijdens het intakegesprek (Arabisch, Berbers).",
           "Sterk punt: de deelnemers zijn bijna elke dag aanwezig. Werkpunt: de uurroosters veranderen te "
           "vaak, wat verwarring geeft bij de deelnemers."]),
         ("2. Présentation du projet du CPAS de Gand",
          ["Le projet gantois travaille avec des accompagnateurs de trajet et des médiateurs interculturels. "
           "Samira Ouali explique comment elle assure aussi l'interprétation lors de l'entretien "
           "d'admission (arabe, berbère).",
           "Point fort : les participants sont présents presque tous les jours. À améliorer : les horaires "
           "changent trop souvent, ce qui crée de la confusion chez les participants."])),
        (("3. Stand van zaken per OCMW",
          ["Luik: 42 deelnemers in de modules, drie contracten per deelnemer.",
           "Charleroi: module 2 loopt; 60 van de 199 uitgenodigde personen kwamen naar de infosessie.",
           "Antwerpen: eerste groep gestart in januari, samenwerking met Schoten, Edegem en Mortsel loopt.",
           "Brussel: moeilijke rekrutering via de sociale antennes; een affiche is in de maak."]),
         ("3. État des lieux par CPAS",
          ["Liège : 42 participants dans les modules, trois contrats par participant.",
           "Charleroi : le module 2 est en cours ; 60 des 199 personnes invitées sont venues à la séance "
           "d'information.",
           "Anvers : premier groupe lancé en janvier, la collaboration avec Schoten, Edegem et Mortsel "
           "fonctionne.",
           "Bruxelles : recrutement difficile via les antennes sociales ; une affiche est en préparation."])),
        (("4. Tevredenheidsenquête: feedback",
          ["Alle OCMW's vinden de huidige enquête te abstract voor de doelgroep. Er wordt voorgesteld om met "
           "pictogrammen te werken en de enquête in meer talen aan te bieden."]),
         ("4. Enquête de satisfaction : feedback",
          ["Tous les CPAS trouvent l'enquête actuelle trop abstraite pour le public cible. Il est proposé de "
           "travailler avec des pictogrammes et de proposer l'enquête dans plus de langues."])),
        (("5. Afspraken",
          ["- Griet bezorgt de Gentse versie van de enquête met pictogrammen aan Pieter.",
           "- Het POD MI vraagt een vertaling van de enquête in het Arabisch, Dari en Tigrinya aan.",
           "- Elk OCMW bezorgt vóór 15 september de aantallen deelnemers per module.",
           "- Julie en Audrey werken samen een voorstel uit voor een gemeenschappelijke intakefiche.",
           "Volgende bijeenkomst: najaar 2017 in Charleroi (datum volgt)."]),
         ("5. Accords",
          ["- Griet envoie la version gantoise de l'enquête avec pictogrammes à Pieter.",
           "- Le SPP IS demande une traduction de l'enquête en arabe, dari et tigrinya.",
           "- Chaque CPAS transmet avant le 15 septembre le nombre de participants par module.",
           "- Julie et Audrey élaborent ensemble une proposition de fiche d'admission commune.",
           "Prochaine rencontre : automne 2017 à Charleroi (date à suivre)."])),
    ]
    t = d.add_table(rows=len(rows), cols=2)
    t.style = "Table Grid"
    for i, (nl, fr) in enumerate(rows):
        for j, (head, paras) in enumerate((nl, fr)):
            c = t.cell(i, j)
            cell_write(c, B(head, c=BLUE))
            for ptxt in paras:
                cell_write(c, ptxt, first=False)
    para(d, "")
    para(d, I("Opmerkingen bij dit verslag worden nog toegevoegd – Les remarques sur ce rapport seront encore "
              "ajoutées.", c=GREY))
    save(d, "638_netwerk-gent-tweetalig.docx")


# ---------------------------------------------------------------- 639
def r639():
    d = new_doc("Times New Roman", 12)
    para(d, I("Version provisoire – à relire par Nathalie", c=RED))
    para(d, B("Réunion d'équipe FAMI – CPAS de Bruxelles", s=14))
    para(d, "Mardi 24 avril 2018 – rue Haute, salle du 3e étage – de 9h30 à 12h")
    para(d, "Visite du SPP IS. Chuchotage vers le néerlandais assuré par Mme Hilde Peremans pour Lotte.")
    para(d, B("Présents :"))
    for line in ["Nathalie Vandenberghe, coordinatrice (CPAS Bruxelles)",
                 "Sarah Lemaire, assistante sociale (CPAS Bruxelles)",
                 "Dries Van Acker, animateur (CPAS Bruxelles)",
                 "Fatou Diallo, stagiaire AS (CPAS Bruxelles) – prise de notes",
                 "Lotte Vanhoutte (SPP IS – POD MI)",
                 "Hilde Peremans, interprète"]:
        para(d, line, style="List Bullet")
    para(d, B("Excusés : "), "Karim Benali (congé), Yasmina El Khattabi (SPP IS)")
    para(d, B("Ordre du jour : "), "tour de table, recrutement via les antennes sociales, calendrier du module de "
                                  "septembre, divers.")
    d.add_heading("Tour de table", level=1)
    para(d, "Nathalie présente l'équipe à Lotte, qui suit désormais le projet bruxellois pour le SPP IS. "
            "Le groupe actuel compte 14 participants, dont 9 femmes. Deux personnes ont arrêté en mars "
            "(une pour un emploi, une pour raisons de santé).")
    para(d, "Dries signale que le groupe néerlandophone ne démarre pas : seulement trois inscrits.")
    d.add_heading("Recrutement via les antennes sociales", level=1)
    para(d, "Les AS des antennes envoient peu de personnes. Sarah pense que le projet est mal connu : les AS "
            "n'ont reçu qu'un mail en septembre. Il faudrait aller présenter le projet dans chaque antenne.")
    para(d, "Chiffres de mars : [Nathalie : peux-tu compléter les chiffres de mars ? Je ne les avais pas notés]")
    para(d, "→ Nathalie prendra contact avec les responsables des antennes de Laeken et des Marolles.")
    para(d, "→ Sarah et moi préparons une affiche simple (avec pictogrammes) pour les salles d'attente.")
    d.add_heading("Calendrier du module de septembre", level=1)
    para(d, "Le module commencera le lundi 10 septembre. Les séances d'information sur la vie en Belgique "
            "auront lieu le jeudi matin, les ateliers le mardi et le mercredi. Une sortie par mois est prévue "
            "(premier projet : visite du Parlement bruxellois).")
    para(d, "Réservation de la salle pour septembre : personne pour l'instant, à voir à la prochaine réunion.")
    d.add_heading("Divers", level=1)
    para(d, "Lotte demande si le chuchotage peut devenir la règle lors de ses visites. "
            "→ Le SPP vérifie si les heures de chuchotage peuvent être imputées au budget FAMI.")
    para(d, "")
    para(d, "Prochaine réunion d'équipe le mardi 15 mai à 9h30.")
    para(d, I("Notes : Fatou Diallo"), align="r")
    save(d, "639_equipe-bruxelles-stagiaire.docx")


# ---------------------------------------------------------------- 640
def r640():
    d = new_doc("Calibri", 11)
    header_footer(d, ["POD Maatschappelijke Integratie – AMIF"], footer="Werkgroep tevredenheidsenquête – verslag 19/11/2019")
    para(d, "Verslag werkgroep tevredenheidsenquête", style="Title")
    para(d, "dinsdag 19 november 2019 – POD MI, Koning Albert II-laan 30, 1000 Brussel (zaal 5.12)")
    para(d, "Verslag: Jonas Claeys (nieuw bij het POD MI, eerste verslag)")
    para(d, B("Aanwezig:"))
    for line in ["Lotte Vanhoutte (POD MI)", "Jonas Claeys (POD MI)", "Griet Van Damme (OCMW Gent)",
                 "Elif Yıldız (OCMW Gent)", "Sofie Janssens (OCMW Antwerpen)", "Ann Goossens (OCMW Mortsel)",
                 "Dries Van Acker (OCMW Brussel)"]:
        para(d, line, style="List Bullet")
    para(d, B("Verontschuldigd: "), "Katrien Peeters (OCMW Antwerpen) en Kristof Mertens (OCMW Edegem)")
    para(d, B("Agenda"))
    for line in ["10u00\tWelkom en doel van de werkgroep",
                 "10u15\tOverlopen van de huidige enquête",
                 "11u00\tVoorstellen van de OCMW's",
                 "11u45\tVertalingen en pictogrammen",
                 "12u15\tVolgende stappen"]:
        para(d, line, space_after=0)
    d.add_heading("1. Welkom en doel van de werkgroep", level=2)
    para(d, "Lotte legt uit waarom de werkgroep er komt: op de netwerkbijeenkomsten zeggen alle OCMW's dat "
            "de enquête te moeilijk is voor de deelnemers (abstracte woorden, te lang, enkel in het Nederlands "
            "en het Frans). Doel: tegen de zomer van 2020 een nieuwe versie.")
    d.add_heading("2. Overlopen van de huidige enquête", level=2)
    para(d, "De enquête telt 18 vragen. Veel deelnemers vullen ze niet in of enkel met hulp van de begeleider. "
            "In Gent vulde 62 % van de deelnemers de enquête in. "
            "(Lotte, klopt dit cijfer? Ik had 62 % genoteerd, maar Griet zei misschien 52 %.)")
    d.add_heading("3. Voorstellen van de OCMW's", level=2)
    d.add_heading("3.1 Gent", level=3)
    para(d, "Elif toont een versie met smileys. Ze test die al informeel in de groep van maandag. Deelnemers "
            "vinden de smileys duidelijk maar begrijpen 'in welke mate' niet.")
    d.add_heading("3.2 Antwerpen en Mortsel", level=3)
    para(d, "Sofie en Ann doen de enquête mondeling, in kleine groepjes, met een intercultureel bemiddelaar. "
            "Dat kost veel tijd maar geeft betere antwoorden.")
    d.add_heading("3.3 Brussel", level=3)
    para(d, "(nog aan te vullen: opmerkingen van Dries over de Franse versie)")
    d.add_heading("4. Vertalingen en pictogrammen", level=2)
    para(d, "Iedereen is het eens dat de enquête in meer talen moet bestaan. Er wordt voorgesteld om te "
            "starten met zes talen en pictogrammen te gebruiken voor de antwoordschaal.")
    d.add_heading("5. Volgende stappen", level=2)
    for line in ["Elif maakt een testversie met pictogrammen en test die bij 5 deelnemers.",
                 "POD MI: offerte vragen voor vertaling in 6 talen (Arabisch, Dari, Pashto, Tigrinya, Somali, "
                 "Russisch).",
                 "Sofie en Ann sturen hun huidige vragenlijsten door naar Jonas.",
                 "Alle OCMW's: nagaan hoeveel deelnemers de enquête in 2019 niet hebben ingevuld.",
                 "Jonas stuurt het verslag rond na nalezing door Lotte."]:
        para(d, line, style="List Bullet")
    para(d, "")
    para(d, "De werkgroep komt opnieuw samen op dinsdag 17 december, 10u, zelfde zaal.")
    save(d, "640_werkgroep-enquete-nieuwe-collega.docx")


# ---------------------------------------------------------------- 641
def r641():
    d = new_doc("Verdana", 9)
    header_footer(d, [TAG_NL], footer="POD MI – intern werkdocument")
    para(d, B("Teams-overleg AMIF – Vlaamse OCMW's", s=12))
    para(d, B("Coronamaatregelen en groepsaanbod"), " – dinsdag 28 april 2020, 10u-11u30, via Microsoft Teams")
    para(d, B("Aanwezig: "), "LV, JC, GVD, BD, KP, HB, EW, KM")
    para(d, B("Verontschuldigd: "), "AG, DV")
    para(d, I("LV = Lotte Vanhoutte (POD MI); JC = Jonas Claeys (POD MI); GVD = Griet Van Damme (OCMW Gent); "
              "BD = Bram Desmet (OCMW Gent); KP = Katrien Peeters (OCMW Antwerpen); HB = Hamid Boukhari "
              "(OCMW Antwerpen); EW = Els Wouters (OCMW Schoten); KM = Kristof Mertens (OCMW Edegem); "
              "AG = Ann Goossens (OCMW Mortsel); DV = Dirk Vermeulen (OCMW Mortsel)", s=8))
    para(d, "")
    para(d, B("Stand van zaken per OCMW", u=True))
    para(d, "Gent: alle groepssessies stilgelegd sinds 16 maart. De trajectbegeleiders bellen elke deelnemer "
            "minstens één keer per week. Vanaf 18 mei mogelijk opnieuw in kleine groepjes.")
    para(d, "Antwerpen en partners: individuele opvolging telefonisch. In Schoten en Edegem hebben meerdere "
            "deelnemers geen smartphone met data. Mortsel (via KP): idem.")
    para(d, B("Groepsgrootte en lokalen", u=True))
    para(d, "Gent werkt met de regel '4 + 1' (vier deelnemers en één begeleider) in de grote zaal. Antwerpen "
            "wacht op de richtlijn van het OCMW, waarschijnlijk strenger. In Wallonië werkt men met '3 + 1'.")
    para(d, "Actie GVD: bezorgt het Gentse draaiboek '4 + 1' aan alle OCMW's.")
    para(d, B("Digitale alternatieven", u=True))
    para(d, "WhatsApp werkt het best: iedereen kent het. Teams is te moeilijk voor de meeste deelnemers.")
    para(d, "Actie KP/HB: bekijken of de lessen via WhatsApp-video kunnen doorgaan.")
    para(d, "Actie OCMW Edegem: laptops van het OCMW uitlenen aan deelnemers (4 stuks beschikbaar).")
    para(d, B("Rapportering aan het POD MI", u=True))
    para(d, "Vraag van alle OCMW's: tellen telefonische en online contacten mee als 'sessie'? LV antwoordt dat "
            "dit in principe kan, maar moet nog bevestigd worden door de verantwoordelijke autoriteit.")
    para(d, "Actie POD MI: verduidelijkt of online sessies meetellen voor de indicatoren.")
    para(d, B("Varia", u=True))
    para(d, "Er komen veel dezelfde vragen terug. Voorstel: een FAQ in een gedeeld document.")
    para(d, "Actie ?: iemand moet de FAQ bijhouden – nog te verdelen.")
    para(d, "")
    para(d, B("Volgend Teamsoverleg: dinsdag 12 mei, 10u (link volgt)."))
    save(d, "641_teams-corona-vlaamse-ocmws.docx")


# ---------------------------------------------------------------- 642
def r642():
    d = new_doc("Calibri", 11)
    header_footer(d, [TAG_FR, TAG_NL, "SPP | Intégration Sociale – POD | Maatschappelijke Integratie"])
    para(d, B("Rapport rencontre CPAS – Verslag bijeenkomst OCMW's", s=15), align="c")
    para(d, "Jeudi 18 mars 2021 – Donderdag 18 maart 2021", align="c")
    para(d, "Réunion sur Zoom, avec interprétation simultanée (Marc Hoste et Ingrid Callebaut)", align="c")
    para(d, "")
    para(d, B("Participants / Deelnemers"))
    table(d, [
        ["Nom / Naam", "Organisation / Organisatie", "Présent / Aanwezig – Excusé / Verontschuldigd"],
        ["Yasmina El Khattabi", "SPP IS", "présente"],
        ["Marie-Laure Dethier", "SPP IS", "présente"],
        ["Pieter De Smedt", "POD MI", "excusé"],
        ["Julie Lambotte", "CPAS Liège", "présente"],
        ["Mehdi Cherifi", "CPAS Liège", "présent"],
        ["Audrey Lejeune", "CPAS Charleroi", "présente"],
        ["Christelle Delvaux", "CPAS Binche", "présente"],
        ["Griet Van Damme", "OCMW Gent", "présente"],
        ["Samira Ouali", "OCMW Gent", "excusée"],
        ["Katrien Peeters", "OCMW Antwerpen", "présente"],
        ["Nathalie Vandenberghe", "CPAS Bruxelles", "présente"],
        ["Karim Benali", "CPAS Bruxelles", "présent"],
        ["Marc Hoste", "interprète / tolk", "présent"],
        ["Ingrid Callebaut", "interprète / tolk", "présente"],
    ], widths=[5, 5, 6])
    para(d, "")
    para(d, B("Ordre du jour / Agenda"))
    table(d, [
        ["09h30 – 09h45", "Accueil technique et mot de bienvenue"],
        ["09h45 – 10h45", "Tour des CPAS : situation sanitaire et modules"],
        ["10h45 – 11h00", "Pause"],
        ["11h00 – 11h45", "Nouvelle programmation FAMI 2021-2027 : indicateurs communs"],
        ["11h45 – 12h15", "Questions diverses et clôture"],
    ], header=False, style="Light List Accent 1", widths=[3.5, 12.5])
    page_break(d)
    d.add_heading("VERSION FRANÇAISE", level=1)
    d.add_heading("1. Accueil et mot de bienvenue", level=2)
    para(d, "Yasmina El Khattabi ouvre la réunion et rappelle les règles de la visioconférence : micro coupé, "
            "choisir le canal de langue dans Zoom (français ou néerlandais). Elle remercie les interprètes.")
    d.add_heading("2. Tour des CPAS", level=2)
    para(d, B("Liège : "), "les ateliers reprennent en groupes de 3 participants + 1 formateur. "
                           "Le module créatif se fait en partie à l'extérieur.")
    para(d, B("Charleroi / Binche : "), "même règle « 3 + 1 ». Binche a pu garder ses séances d'information "
                                        "grâce à une salle plus grande prêtée par la commune.")
    para(d, B("Gand : "), "groupes de 4 + 1, bientôt peut-être 6 + 1. Les participants sont fatigués des "
                         "contacts par téléphone.")
    para(d, B("Anvers : "), "les partenaires Schoten, Edegem et Mortsel suivent les règles d'Anvers.")
    para(d, B("Bruxelles : "), "forte baisse des inscriptions ; les antennes sociales travaillent surtout à "
                              "distance.")
    d.add_heading("3. Nouvelle programmation FAMI 2021-2027", level=2)
    para(d, "Marie-Laure Dethier présente le nouveau règlement (UE) 2021/1147 et les indicateurs communs de "
            "réalisation et de résultat : nombre de participants aux activités de soutien (cours de langue, "
            "orientation civique, accompagnement professionnel personnalisé), participants qui progressent "
            "d'au moins un niveau du CECR, participants qui estiment que l'activité a aidé leur intégration.")
    para(d, "Les CPAS s'inquiètent de la charge administrative et de la mesure du niveau de langue pour un "
            "public souvent analphabète.")
    d.add_heading("4. Questions diverses", level=2)
    para(d, "Question de Liège sur la durée de conservation des listes de présence signées par les "
            "participants.")
    d.add_heading("Actions", level=3)
    for line in ["Le SPP IS enverra la liste des indicateurs communs (règlement (UE) 2021/1147) à tous les CPAS.",
                 "Chaque CPAS transmet pour le 30 avril le nombre de participants par type d'activité.",
                 "Julie et Christelle partageront leur planning des sessions en ligne.",
                 "Le CPAS de Charleroi testera le nouveau formulaire d'inscription en ligne.",
                 "Mehdi vérifie avec le DPO du CPAS de Liège la durée de conservation des listes de présence."]:
        para(d, line, style="List Bullet")
    para(d, B("Prochaine rencontre : jeudi 17 juin 2021, en principe à Charleroi si les mesures le permettent, "
              "sinon sur Zoom."))
    page_break(d)
    d.add_heading("NEDERLANDSE VERSIE", level=1)
    para(d, I("Opmerking: vertaling nog na te lezen door Pieter.", c=RED))
    d.add_heading("1. Onthaal en welkomstwoord", level=2)
    para(d, "Yasmina El Khattabi opent de vergadering en herinnert aan de regels van de videovergadering: micro "
            "uit, het taalkanaal kiezen in Zoom (Frans of Nederlands). Ze bedankt de tolken.")
    d.add_heading("2. Ronde van de OCMW's", level=2)
    para(d, B("Luik: "), "de ateliers starten opnieuw in groepen van 3 deelnemers + 1 begeleider.")
    para(d, B("Charleroi / Binche: "), "zelfde regel '3 + 1'. Binche kan zijn infosessies behouden dankzij "
                                       "een grotere zaal van de gemeente.")
    para(d, B("Gent: "), "groepen van 4 + 1, binnenkort misschien 6 + 1.")
    para(d, B("Antwerpen: "), "de partners Schoten, Edegem en Mortsel volgen de Antwerpse regels.")
    para(d, B("Brussel: "), "sterke daling van de inschrijvingen.")
    d.add_heading("3. Nieuwe AMIF-programmatie 2021-2027", level=2)
    para(d, "Marie-Laure Dethier stelt de nieuwe verordening (EU) 2021/1147 en de gemeenschappelijke output- "
            "en resultaatindicatoren voor. De OCMW's maken zich zorgen over de administratieve last.")
    d.add_heading("4. Varia", level=2)
    para(d, "Vraag van Luik over de bewaartermijn van de aanwezigheidslijsten.")
    d.add_heading("Acties", level=3)
    for line in ["De POD MI stuurt de lijst van gemeenschappelijke indicatoren naar alle OCMW's.",
                 "Elk OCMW bezorgt tegen 30 april het aantal deelnemers per type activiteit.",
                 "Julie en Christelle delen hun planning van de online sessies.",
                 "Het OCMW Charleroi test het nieuwe online inschrijvingsformulier.",
                 "Mehdi gaat met de DPO van het OCMW Luik de bewaartermijn van de aanwezigheidslijsten na."]:
        para(d, line, style="List Bullet")
    para(d, B("Volgende bijeenkomst: donderdag 17 juni 2021, in principe in Charleroi, anders via Zoom."))
    save(d, "642_zoom-reseau-fr-nl.docx")


# ---------------------------------------------------------------- 643
def r643():
    d = new_doc("Calibri", 11)
    para(d, B("Stuurgroep AMIF – OCMW Gent", s=13))
    para(d, "Dinsdag 27 september 2022, 13u30 – Sociaal Huis, zaal 1 + via Teams")
    para(d, I("Verslag: Wouter Verhaeghe (maatschappelijk werker, ik neem het verslag over van Griet)"))
    para(d, "Aanwezig in de zaal: Bram Desmet, Samira Ouali, Elif Yıldız en ikzelf (Wouter Verhaeghe). "
            "Via Teams: Lotte Vanhoutte (POD MI) en Liesbeth Van Hecke (diensthoofd sociale dienst). "
            "Verontschuldigd: Griet Van Damme (ziek).")
    para(d, B("Agenda"))
    for line in ["Opvolging instroom september",
                 "Tevredenheidsenquête: resultaten eerste semester",
                 "Samenwerking met de sociale dienst (toeleiding)",
                 "Budget 2023",
                 "Varia"]:
        para(d, line, space_after=0)
    para(d, "")
    para(d, B("A. Opvolging instroom september", u=True))
    para(d, "In september zijn 17 nieuwe deelnemers gestart. 6 mensen hadden een intakegesprek maar kwamen "
            "daarna niet opdagen. Samira denkt dat de brief te moeilijk was.")
    para(d, B("TO DO Samira: "), "belt de 6 deelnemers die niet kwamen opdagen na het intakegesprek.")
    para(d, B("B. Tevredenheidsenquête – resultaten", u=True))
    para(d, "De nieuwe enquête met pictogrammen werkt beter: bijna iedereen vult ze zelf in. [cijfers volgen]")
    para(d, I("Griet, kan jij de cijfers onder B nog aanvullen? Ik had de tabel niet.", c=RED))
    para(d, B("C. Toeleiding via de sociale dienst", u=True))
    para(d, "Liesbeth zegt dat veel collega's van de sociale dienst het project niet (meer) kennen, zeker de "
            "nieuwe maatschappelijk werkers. Het project moet opnieuw voorgesteld worden.")
    para(d, B("TO DO Bram + Elif: "), "infosessie voor de maatschappelijk werkers van de sociale dienst "
                                      "organiseren (oktober).")
    para(d, B("D. Budget 2023", u=True))
    para(d, "De personeelskosten stijgen door de indexering. Lotte kijkt na of de verhoging van het budget nog "
            "in 2023 kan. Budgetraming 2023 moet nog iemand opmaken (wie?).")
    para(d, B("E. Varia", u=True))
    para(d, "Elif is vanaf november halftijds met ouderschapsverlof. Haar vervanging is al geregeld (interim via de personeelsdienst).")
    para(d, "Griet stuurt een datumprikker rond zodra ze terug is.")
    para(d, "")
    para(d, "Volgende stuurgroep: eind november (datum volgt).")
    save(d, "643_stuurgroep-gent-vervanger.docx")


# ---------------------------------------------------------------- 644
def r644():
    d = new_doc("Calibri", 11)
    header_footer(d, ["OCMW Antwerpen – AMIF netwerkdag 12/10/2023"], footer="Opgemaakt door Hamid Boukhari")
    para(d, "Verslag netwerkdag AMIF", style="Title")
    para(d, B("Donderdag 12 oktober 2023"), " – OCMW Antwerpen, Sociaal Huis De Ring")
    para(d, "Voor de collega's uit Luik, Charleroi, Binche en Brussel was er consecutieve vertaling "
            "(tolk: Marc Hoste).")
    para(d, B("Aanwezig"))
    for line in ["POD MI\tHanne Verbruggen, Lotte Vanhoutte",
                 "OCMW Antwerpen\tHamid Boukhari, Sofie Janssens, Nadia Azzouzi",
                 "OCMW Schoten\tEls Wouters",
                 "OCMW Edegem\tKristof Mertens",
                 "OCMW Mortsel\tDirk Vermeulen",
                 "OCMW Gent\tBram Desmet",
                 "CPAS Liège\tMehdi Cherifi",
                 "CPAS Charleroi\tAudrey Lejeune",
                 "CPAS Binche\tChristelle Delvaux",
                 "CPAS Bruxelles\tKarim Benali",
                 "Tolk\tMarc Hoste"]:
        para(d, line, space_after=0)
    para(d, "")
    para(d, B("Verontschuldigd"))
    para(d, "Katrien Peeters (OCMW Antwerpen), Griet Van Damme (OCMW Gent), Julie Lambotte (CPAS Liège)")
    para(d, B("Programma"))
    table(d, [
        ["9u30 – 10u00", "Ontvangst en koffie"],
        ["10u00 – 10u45", "Het Antwerpse traject: toeleiding met de partnergemeenten"],
        ["10u45 – 11u30", "Getuigenissen van deelnemers"],
        ["11u30 – 12u30", "Werken met intercultureel bemiddelaars"],
        ["12u30 – 13u30", "Lunch"],
        ["13u30 – 15u00", "Workshop: indicatoren en gegevensbescherming"],
        ["15u00 – 15u30", "Afspraken en afsluiting"],
    ], header=False, widths=[3.5, 12.5])
    d.add_heading("1. Ontvangst", level=1)
    para(d, "Hanne Verbruggen opent de dag namens het POD MI. Zij volgt sinds dit jaar het netwerk op, samen "
            "met Lotte.")
    d.add_heading("2. Het Antwerpse traject", level=1)
    para(d, "Nadia stelt het traject voor: toeleiding door de maatschappelijk werkers van Antwerpen, Schoten, "
            "Edegem en Mortsel, intake in de eigen gemeente, daarna groepsmodules in Antwerpen. "
            "Mortsel leidt het meest toe van de drie partners.")
    d.add_heading("3. Getuigenissen van deelnemers", level=1)
    para(d, "Drie deelnemers vertellen over hun traject (met toestemming, zonder achternaam). Een deelnemer "
            "zegt: 'Hier heb ik voor het eerst Belgische vrienden gemaakt.'")
    d.add_heading("4. Werken met intercultureel bemiddelaars", level=1)
    para(d, "Antwerpen werkt met bemiddelaars die ook als sociaal tolk optreden. Karim merkt op dat Brussel "
            "vooral met vrijwilligers werkt, wat minder stabiel is.")
    d.add_heading("5. Workshop indicatoren en gegevensbescherming", level=1)
    d.add_heading("5.1 Wat werkt", level=2)
    para(d, "Elk OCMW houdt de namen van zijn deelnemers bij zichzelf; het POD MI krijgt enkel aantallen. "
            "De gemeenschappelijke indicatoren zijn nu duidelijker dan in 2021.")
    d.add_heading("5.2 Wat kan beter", level=2)
    para(d, "De vraag of een deelnemer 'vindt dat de activiteit hielp bij zijn integratie' is moeilijk te "
            "stellen. Er is nog geen gemeenschappelijk model van privacyverklaring.")
    d.add_heading("6. Afspraken", level=1)
    for line in ["Nadia stuurt de presentatie van het Antwerpse traject naar alle deelnemers.",
                 "Het POD MI werkt een model van privacyverklaring uit in het Nederlands en het Frans.",
                 "OCMW Mortsel bezorgt de cijfers van de toeleiding 2023 aan Hamid.",
                 "Karim en Mehdi bereiden samen de volgende netwerkdag in Brussel voor.",
                 "Een verantwoordelijke voor de gedeelde map op Teams moet nog aangeduid worden."]:
        para(d, line, style="List Number")
    para(d, B("Volgende netwerkdag: donderdag 7 december 2023 in Brussel (CPAS Bruxelles)."))
    para(d, I("Foto's van de dag volgen in bijlage (nog toe te voegen)."))
    page_break(d)
    d.add_heading("Résumé en français", level=1)
    para(d, "Le CPAS d'Anvers a accueilli la journée du réseau. Nadia a présenté le trajet anversois avec les "
            "communes partenaires (Schoten, Edegem, Mortsel). Trois participants ont témoigné. L'après-midi, "
            "atelier sur les indicateurs et la protection des données : chaque CPAS garde les noms de ses "
            "participants, le SPP IS ne reçoit que des chiffres.")
    para(d, "Accords : Nadia envoie la présentation à tous ; le SPP IS prépare un modèle de déclaration de "
            "confidentialité en français et en néerlandais ; Mortsel transmet ses chiffres à Hamid ; Karim et "
            "Mehdi préparent la prochaine journée ; un responsable du dossier partagé sur Teams reste à désigner.")
    para(d, "Prochaine rencontre : le 7 décembre à Bruxelles.")
    save(d, "644_netwerkdag-antwerpen.docx")


# ---------------------------------------------------------------- 645
def r645():
    d = new_doc("Calibri", 10.5)
    header_footer(d, ["OCMW Brussel – CPAS de Bruxelles", "AMIF / FAMI"], italic=False)
    para(d, B("Verslag netwerkvergadering – Rapport de la réunion du réseau", s=13))
    para(d, "Dinsdag 20 mei 2025 – Mardi 20 mai 2025")
    para(d, "Hoogstraat / rue Haute, Brussel – hybride vergadering via Webex / réunion hybride via Webex")
    para(d, "Er was geen tolk; iedereen sprak zijn eigen taal. ",
         I("Pas d'interprète : chacun s'est exprimé dans sa langue.", c=GREY))
    para(d, B("Aanwezig / Présents :"))
    for line in ["Dries Van Acker, Karim Benali, Fatou Diallo – OCMW Brussel / CPAS Bruxelles",
                 "Hanne Verbruggen – POD MI / SPP IS (Webex)",
                 "Bram Desmet, Elif Yıldız – OCMW Gent (Webex)",
                 "Sofie Janssens, Nadia Azzouzi – OCMW Antwerpen",
                 "Els Wouters – OCMW Schoten (Webex)",
                 "Julie Lambotte – CPAS Liège (Webex)",
                 "Audrey Lejeune – CPAS Charleroi"]:
        para(d, line, style="List Bullet")
    para(d, B("Verontschuldigd / Excusés : "),
         "Nathalie Vandenberghe (CPAS Bruxelles), Kristof Mertens (OCMW Edegem), Christelle Delvaux (CPAS Binche).")
    para(d, B("Agenda / Ordre du jour :"))
    for line in ["Welkom / Bienvenue",
                 "Stand van zaken per OCMW / État des lieux par CPAS",
                 "Nieuwe tevredenheidsenquête / Nouvelle enquête de satisfaction",
                 "Bewaartermijnen en GDPR / Durée de conservation et RGPD",
                 "Afspraken en volgende vergadering / Accords et prochaine réunion"]:
        para(d, line, style="List Bullet 2")

    def nlfr(nl, fr):
        para(d, nl)
        para(d, I(fr, c=GREY))

    d.add_heading("1. Welkom / Bienvenue", level=2)
    nlfr("Dries verwelkomt iedereen in Brussel en op Webex. Nathalie is met verlof; Karim zit de vergadering voor.",
         "Dries souhaite la bienvenue à tous, à Bruxelles et sur Webex. Nathalie est en congé ; Karim préside la réunion.")
    d.add_heading("2. Stand van zaken per OCMW / État des lieux par CPAS", level=2)
    nlfr("Gent en Antwerpen melden een stabiele instroom. Schoten heeft dit jaar slechts vier deelnemers. "
         "Luik en Charleroi starten in september met een nieuwe groep.",
         "Gand et Anvers signalent un flux stable. Schoten n'a que quatre participants cette année. "
         "Liège et Charleroi lancent un nouveau groupe en septembre.")
    d.add_heading("3. Nieuwe tevredenheidsenquête / Nouvelle enquête de satisfaction", level=2)
    nlfr("De nieuwe enquête met pictogrammen bestaat nu in acht talen. De tekst blijft voor sommige deelnemers "
         "te moeilijk; voorstel om een versie in eenvoudige taal te maken.",
         "La nouvelle enquête avec pictogrammes existe maintenant en huit langues. Le texte reste trop difficile "
         "pour certains participants ; proposition de faire une version en langage simple.")
    d.add_heading("4. Bewaartermijnen en GDPR / Durée de conservation et RGPD", level=2)
    nlfr("Hanne herinnert eraan dat documenten van het project vijf jaar bewaard worden vanaf 31 december van "
         "het jaar van de laatste betaling. Persoonsgegevens niet langer dan nodig. Een deelnemer kan vragen "
         "om alles in te kijken wat over hem bijgehouden wordt.",
         "Hanne rappelle que les documents du projet sont conservés cinq ans à partir du 31 décembre de "
         "l'année du dernier paiement. Les données personnelles pas plus longtemps que nécessaire. Un "
         "participant peut demander à voir tout ce qui est conservé à son sujet.")
    d.add_heading("5. Afspraken / Accords", level=2)
    for nl, fr in [
        ("Fatou zet de nieuwe enquête om in eenvoudig Frans (FALC).",
         "Fatou adapte la nouvelle enquête en FALC."),
        ("Elif doet hetzelfde voor de Nederlandse versie.",
         "Elif fait de même pour la version néerlandaise."),
        ("Het POD MI stuurt een nota over de bewaartermijn naar alle OCMW's.",
         "Le SPP IS envoie une note sur la durée de conservation à tous les CPAS."),
        ("Alle OCMW's kijken na welke gegevens ze nog bewaren van deelnemers uit 2016-2019.",
         "Tous les CPAS vérifient quelles données ils conservent encore des participants de 2016-2019."),
        ("Dries en Karim: uitnodiging netwerkdag najaar versturen.",
         "Dries et Karim : envoyer l'invitation à la journée du réseau d'automne."),
    ]:
        p = para(d, nl, style="List Bullet")
        p.add_run().add_break()
        r = p.add_run(fr)
        r.italic = True
        r.font.color.rgb = GREY
    para(d, "")
    para(d, B("Volgende vergadering / Prochaine réunion : dinsdag 23 september 2025 / mardi 23 septembre 2025, "
              "OCMW Gent."))
    para(d, I("Dit verslag werd nog niet goedgekeurd door Nathalie. / Ce rapport n'a pas encore été validé par "
              "Nathalie.", c=RED))
    save(d, "645_reseau-bruxelles-hybride.docx")


# ---------------------------------------------------------------- 646
def r646():
    d = new_doc("Calibri", 11)
    header_footer(d, [TAG_NL, TAG_FR], footer="POD MI – AMIF 2021-2027")
    para(d, B("ONTWERPVERSLAG – niet verspreiden", c=RED), align="r")
    para(d, B("Netwerkvergadering AMIF – OCMW's", s=14))
    para(d, "Dinsdag 27 januari 2026, 10u00 – 12u15, online (Microsoft Teams)")
    para(d, B("Aanwezig"))
    table(d, [
        ["Naam", "Functie", "Organisatie"],
        ["Hanne Verbruggen", "projectbeheerder", "POD MI"],
        ["Jonas Claeys", "dossierbeheerder", "POD MI"],
        ["Griet Van Damme", "coördinator", "OCMW Gent"],
        ["Wouter Verhaeghe", "maatschappelijk werker", "OCMW Gent"],
        ["Katrien Peeters", "coördinator", "OCMW Antwerpen"],
        ["Nadia Azzouzi", "trajectbegeleider", "OCMW Antwerpen"],
        ["Dirk Vermeulen", "", "OCMW Mortsel"],
        ["Kristof Mertens", "", "OCMW Edegem"],
        ["Karim Benali", "coordinateur", "CPAS Bruxelles"],
    ], widths=[5, 5, 5])
    para(d, "Verontschuldigd: Els Wouters (OCMW Schoten) en Sofie Janssens (OCMW Antwerpen).")
    para(d, B("Agenda"))
    for line in ["10.00 – 10.15  Welkom en goedkeuring vorig verslag",
                 "10.15 – 11.00  Jaarrapportering 2025: gemeenschappelijke indicatoren",
                 "11.00 – 11.30  Resultaten tevredenheidsenquête (nieuwe versie)",
                 "11.30 – 12.00  Planning 2026-2027",
                 "12.00  Rondvraag"]:
        para(d, line, style="List Number")
    d.add_heading("I. Welkom en goedkeuring vorig verslag", level=2)
    para(d, "Hanne verwelkomt iedereen. Het verslag van 23 september 2025 wordt goedgekeurd zonder opmerkingen.")
    d.add_heading("II. Jaarrapportering 2025", level=2)
    para(d, "Jonas overloopt het formulier voor de gemeenschappelijke indicatoren. Nieuw dit jaar: het aantal "
            "deelnemers dat minstens één ERK/CEFR-niveau vooruitging, per module. Gent en Antwerpen vragen "
            "hoe dit te meten bij analfabete deelnemers; Jonas antwoordt dat een korte "
            "mondelinge test volstaat.")
    d.add_heading("III. Tevredenheidsenquête", level=2)
    para(d, "In totaal vulden [aantal nog in te vullen] deelnemers de nieuwe enquête in. De versie in "
            "eenvoudige taal wordt goed onthaald.")
    para(d, I("Punt III nog aan te vullen na nalezing door Griet.", c=RED))
    d.add_heading("IV. Planning 2026-2027", level=2)
    para(d, "Het programma loopt tot eind 2027. Mortsel en Edegem willen weten of ze als aparte partner "
            "kunnen instappen. Karim stelt voor om in 2027 een slotbijeenkomst te houden met alle OCMW's.")
    d.add_heading("V. Rondvraag", level=2)
    para(d, "Geen punten.")
    d.add_heading("Actiepunten", level=2)
    table(d, [
        ["Nr", "Actie", "Verantwoordelijke", "Deadline"],
        ["1", "Cijfers gemeenschappelijke indicatoren 2025 aanleveren via het formulier", "alle OCMW's", "20/02"],
        ["2", "Formulier aanpassen zodat CEFR-niveaus per module kunnen worden ingevuld", "Jonas", "06/02"],
        ["3", "Vergelijking oude en nieuwe enquête voorstellen op de volgende vergadering", "Griet en Nadia", "–"],
        ["4", "Nagaan of Mortsel en Edegem vanaf 2027 als aparte partner kunnen instappen", "POD MI", "maart"],
        ["5", "Draaiboek afsluiting project (archief, bewaartermijnen) opstellen", "nog te bepalen", "?"],
        ["6", "Aantal lopende trajecten per partnergemeente doorgeven", "OCMW Antwerpen", "20/02"],
    ], widths=[1, 9, 3.5, 2.5])
    save(d, "646_teams-netwerk-ontwerp.docx")


if __name__ == "__main__":
    for f in (r637, r638, r639, r640, r641, r642, r643, r644, r645, r646):
        f()
    print("done")
