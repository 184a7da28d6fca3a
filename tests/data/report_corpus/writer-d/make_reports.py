# -*- coding: utf-8 -*-
"""Generates reports 39-50 of the AMIF CPAS/OCMW network (writer-d).
One function per report; the text is written out in full.
Run with: python3 make_reports.py
"""
import os
from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH

OUT = os.path.dirname(os.path.abspath(__file__))

TAG_NL = "Naar een geïntegreerd migratiebeleid, dankzij het AMIF"
TAG_FR = "Vers une politique de migration plus intégrée, grâce au FAMI"


# ---------------------------------------------------------------- helpers
def new_doc(tagline=False, logo_line=False, font=None):
    d = Document()
    if font:
        d.styles["Normal"].font.name = font
    if tagline:
        hp = d.sections[0].header.paragraphs[0]
        r = hp.add_run(TAG_NL + "\n" + TAG_FR)
        r.italic = True
        r.font.size = Pt(8)
        if logo_line:
            hp2 = d.sections[0].header.add_paragraph("POD | Maatschappelijke Integratie    SPP | Intégration Sociale")
            hp2.runs[0].font.size = Pt(8)
    return d


def P(d, text="", bold=False, italic=False, style=None, center=False, size=None):
    p = d.add_paragraph(style=style) if style else d.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def R(d, parts, style=None):
    """parts: list of (text, flags) with flags containing 'b' and/or 'i'."""
    p = d.add_paragraph(style=style) if style else d.add_paragraph()
    for text, flags in parts:
        r = p.add_run(text)
        r.bold = "b" in flags
        r.italic = "i" in flags
    return p


def H(d, text, level=1):
    return d.add_heading(text, level=level)


def B(d, text):
    return P(d, text, style="List Bullet")


def N(d, text):
    return P(d, text, style="List Number")


def T(d, rows, bold_first=True, widths=None):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            cell = t.cell(i, j)
            cell.text = ""
            lines = val.split("\n")
            para = cell.paragraphs[0]
            for k, line in enumerate(lines):
                if k:
                    para = cell.add_paragraph()
                run = para.add_run(line)
                if bold_first and i == 0:
                    run.bold = True
    return t


def save(d, name):
    d.save(os.path.join(OUT, name))
    print("wrote", name)


# ---------------------------------------------------------------- 39 Gent, terse, initials
def r39():
    d = new_doc()
    P(d, "Verslag bijeenkomst OCMW's – Rapport rencontre CPAS", bold=True, size=14)
    P(d, "20 oktober 2016 – 20 octobre 2016")
    P(d, "OCMW Gent, Onderbergen 86, 9000 Gent – zaal Sint-Jacobs")
    P(d, "Afkortingen:", bold=True)
    for line in [
        "LA = Lisa Asselman (POD MI)",
        "JM = Johan Maekelberg (OCMW Gent)",
        "MDR = Mieke De Roo (OCMW Gent)",
        "IL = Ibrahim Laaroussi (OCMW Gent)",
        "IA = Ibrahim Aguelmin (OCMW Luik)",
        "SS = Silvia Soares (OCMW Luik)",
        "OB = Ozlem Baslari (OCMW Charleroi)",
        "NE = Nauar Elfargani (OCMW Antwerpen)",
        "AD = Agnès Dubus (OCMW Brussel)",
        "CG = Claudine Gbambili (OCMW Luik)",
    ]:
        P(d, line)
    R(d, [("Aanwezig: ", "b"), ("LA, JM, MDR, IL, IA, SS, OB, NE", "")])
    R(d, [("Verontschuldigd: ", "b"), ("AD, CG", "")])

    P(d, "Agenda", bold=True)
    for line in [
        "- 10u: onthaal met koffie",
        "- 10u15: kennismaking en stand van zaken per OCMW",
        "- 11u30: voorstelling trajectwerking OCMW Gent",
        "- 12u30: lunch",
        "- 13u30: uitwisseling toeleiding via de sociale diensten",
        "- 15u: afspraken en varia",
    ]:
        P(d, line)

    P(d, "1. Kennismaking en stand van zaken", bold=True)
    P(d, "Eerste echte bijeenkomst van het netwerk. LA licht kort de rol van het POD toe: opvolging "
         "van de AMIF-projecten, verzamelen van cijfers, organiseren van 2 à 3 uitwisselingen per jaar. "
         "Elk OCMW ontvangt om beurt.")
    P(d, "Gent:", bold=True)
    P(d, "- gestart in april, 38 deelnemers in traject, 12 op wachtlijst")
    P(d, "- intake door IL, daarna oriëntatiebalans samen met maatschappelijk werker")
    P(d, "- moeilijkheid: veel deelnemers haken af na 2-3 weken")
    P(d, "Luik:", bold=True)
    P(d, "- 4 modules (2 taalniveaus, creatief atelier, informatica)")
    P(d, "- 3 contracten per deelnemer (maatschappelijk werker, intake, moduleverantwoordelijke)")
    P(d, "- inschrijven kan op elk moment")
    P(d, "Charleroi:", bold=True)
    P(d, "- Activ'Up loopt per module van september tot juni")
    P(d, "- lijst van >1000 potentiële deelnemers opgemaakt met het lokaal observatorium, 315 weerhouden voor module 1")
    P(d, "- 110 kwamen naar de infosessie (35 %)")
    P(d, "Antwerpen:", bold=True)
    P(d, "- nog in opstart, samenwerking met Schoten, Edegem en Mortsel wordt uitgewerkt")
    P(d, "- eerste groep voorzien in januari")

    P(d, "2. Voorstelling trajectwerking OCMW Gent", bold=True)
    P(d, "JM en MDR stellen het Gentse traject voor: individuele begeleiding om de 2 weken, "
         "wekelijkse groepsmomenten (taalactivering, maatschappelijke oriëntatie), maandelijkse uitstap. "
         "Tolken/intercultureel bemiddelaars worden ingezet bij intake en evaluatie.")
    P(d, "- vragen van Luik over de duur: gemiddeld 7 à 8 maanden per deelnemer")
    P(d, "- vraag van OB: hoe wordt aanwezigheid opgevolgd? -> aanwezigheidslijst per sessie, opvolging door trajectbegeleider")

    P(d, "3. Toeleiding via de sociale diensten", bold=True)
    P(d, "- overal zelfde probleem: maatschappelijk werkers kennen het project te weinig")
    P(d, "- Charleroi: voorstelling op teamvergadering van elke antenne werkt goed")
    P(d, "- Gent: vaste contactpersoon per sociaal centrum")
    P(d, "- idee: korte folder in eenvoudige taal voor de maatschappelijk werkers")

    P(d, "4. Afspraken", bold=True)
    P(d, "- presentatie trajectwerking doorsturen naar alle OCMW's (MDR)")
    P(d, "- lijst contactpersonen sociale centra Gent delen als voorbeeld (JM/IL)")
    P(d, "- sjabloon intakeverslag Luik bezorgen (IA)")
    P(d, "- cijfers deelnemers 2016 opvragen voor jaarrapport (LA)")
    P(d, "- folder voor maatschappelijk werkers: eerste ontwerp (nog te bepalen)")
    P(d, "- uitnodiging volgende bijeenkomst versturen (POD)")

    P(d, "5. Volgende bijeenkomst", bold=True)
    P(d, "9 februari 2017 in Luik (OCMW Luik ontvangt)")
    save(d, "39_gent-kennismaking.docx")


# ---------------------------------------------------------------- 40 SPP FR, grouped present list
def r40():
    d = new_doc(tagline=True, logo_line=True)
    P(d, "Verslag uitwisseling OCMW's – Rapport échange entre CPAS", bold=True, size=14, center=True)
    P(d, "23 maart 2017 – 23 mars 2017", center=True)
    P(d, "SPP Intégration Sociale, boulevard du Roi Albert II 30, 1000 Bruxelles – salle 4.12", center=True)

    P(d, "Présents :", bold=True)
    P(d, "SPP IS : Lisa Asselman, Pieter Desmet")
    P(d, "CPAS de Gand : Johan Maekelberg, Mieke De Roo")
    P(d, "CPAS de Liège : Silvia Soares, Aurélie Henrard")
    P(d, "CPAS de Charleroi : Ozlem Baslari, Fabrice Dumont")
    P(d, "CPAS d'Anvers : Nauar Elfargani")
    P(d, "CPAS de Bruxelles : Agnès Dubus, Rachid Benali")
    P(d, "Excusés :", bold=True)
    P(d, "CPAS de Liège : Ibrahim Aguelmin")
    P(d, "CPAS de Gand : Ibrahim Laaroussi")

    P(d, "Ordre du jour", bold=True)
    for line in [
        "10h00 – 10h30 : Accueil et tour de table",
        "10h30 – 11h30 : Les indicateurs FAMI et le rapportage annuel",
        "11h30 – 12h30 : Présentation du CPAS de Charleroi : le recrutement pour Activ'Up",
        "12h30 – 13h30 : Lunch",
        "13h30 – 15h00 : Atelier : l'enquête de satisfaction des participants",
        "15h00 – 15h30 : Conclusions et prochaine rencontre",
    ]:
        P(d, line)

    P(d, "Remarque : les commentaires des CPAS participants n'ont pas encore été intégrés dans cette version du rapport.",
      italic=True)

    H(d, "I. Accueil et tour de table", 1)
    P(d, "Lisa Asselman souhaite la bienvenue au nom du SPP et remercie les CPAS pour leur présence. "
         "Chaque CPAS donne en quelques mots l'état d'avancement de son projet. Gand compte une quarantaine "
         "de participants actifs ; Liège a démarré un quatrième module (atelier réalisation de projet) ; "
         "Charleroi termine le module 2 en juin ; Anvers a lancé son premier groupe en janvier avec les CPAS "
         "partenaires de Schoten, Edegem et Mortsel ; Bruxelles signale des difficultés à trouver un local "
         "adapté pour les ateliers collectifs.")

    H(d, "II. Les indicateurs FAMI et le rapportage annuel", 1)
    P(d, "Pieter Desmet explique les indicateurs que le SPP doit transmettre chaque année : nombre de "
         "participants par type d'activité, nombre d'heures d'accompagnement, taux de présence. Plusieurs CPAS "
         "font remarquer que les définitions ne sont pas toujours claires : une personne qui participe à deux "
         "modules compte-t-elle une ou deux fois ? Le SPP précise qu'un participant est compté une seule fois, "
         "mais que chaque module est rapporté séparément.")
    P(d, "Le CPAS de Gand demande s'il est possible de recevoir un modèle de tableau commun pour éviter que chaque "
         "CPAS invente son propre format.")

    H(d, "III. Présentation du CPAS de Charleroi", 1)
    P(d, "Ozlem Baslari et Fabrice Dumont présentent le travail de mobilisation du public pour Activ'Up. Avec "
         "l'observatoire local du CPAS, un listing de plus de 1000 bénéficiaires potentiels a été constitué. Les "
         "assistantes sociales des antennes ont retenu 315 personnes pour le module 1 et 199 pour le module 2. "
         "Toutes ont été invitées à une séance d'information : 110 personnes sont venues pour le module 1 (35 %) "
         "et 60 pour le module 2 (30 %).")
    P(d, "La collaboration avec le service social (rencontre du directeur, des managers et des travailleurs de "
         "première ligne) est jugée primordiale.")

    H(d, "IV. Atelier : l'enquête de satisfaction", 1)
    P(d, "En deux groupes, les CPAS ont relu l'enquête de satisfaction actuelle.")
    H(d, "Points forts :", 2)
    B(d, "l'enquête est courte (une page) ;")
    B(d, "elle existe en français et en néerlandais ;")
    B(d, "elle permet de comparer les modules entre eux.")
    H(d, "Points à améliorer :", 2)
    B(d, "les termes sont trop abstraits pour un public peu scolarisé (« autonomie », « compétences ») ;")
    B(d, "il manque des versions dans d'autres langues (arabe, dari, tigrinya) ;")
    B(d, "les échelles de 1 à 10 sont mal comprises, des pictogrammes seraient plus adaptés.")

    H(d, "V. Conclusions", 1)
    P(d, "Actions :", bold=True)
    B(d, "Les fiches indicateurs et un modèle de tableau commun seront envoyés aux CPAS par Pieter Desmet.")
    B(d, "La présentation d'Activ'Up sera transmise à tous les participants par le CPAS de Charleroi.")
    B(d, "Une proposition d'enquête simplifiée avec pictogrammes sera préparée par Silvia et Aurélie.")
    B(d, "La traduction de l'enquête en arabe et en dari sera prise en charge par le SPP.")
    B(d, "Une compilation des horaires hebdomadaires des cinq CPAS sera réalisée par un CPAS volontaire (à déterminer).")
    P(d, "Prochaine rencontre : date à fixer.", bold=True)
    save(d, "40_spp-indicateurs-enquete.docx")


# ---------------------------------------------------------------- 41 Antwerpen, two-column table
def r41():
    d = new_doc()
    H(d, "Verslag bijeenkomst OCMW's – Rapport rencontre CPAS", 0)
    P(d, "14 juni 2018 – 14 juin 2018")
    P(d, "OCMW Antwerpen, Lange Gasthuisstraat 39, 2000 Antwerpen")
    T(d, [
        ["Aanwezig:", "Verontschuldigd:"],
        ["Nauar Elfargani (OCMW Antwerpen)", "Bram Wouters (OCMW Mortsel)"],
        ["Els Peeters (OCMW Antwerpen)", "Mieke De Roo (OCMW Gent)"],
        ["Kristof Janssens (OCMW Schoten)", "Silvia Soares (CPAS Luik)"],
        ["Annelies Van Dyck (OCMW Edegem)", ""],
        ["Lisa Asselman (POD MI)", ""],
        ["Johan Maekelberg (OCMW Gent)", ""],
        ["Hanne Verstraete (OCMW Gent)", ""],
        ["Ozlem Baslari (CPAS Charleroi)", ""],
        ["Jessica Lambot (CPAS Binche)", ""],
        ["Claudine Gbambili (CPAS Luik)", ""],
        ["Agnès Dubus (OCMW Brussel)", ""],
    ])
    P(d, "")

    H(d, "A. Welkom en inleiding", 1)
    P(d, "Nauar Elfargani verwelkomt iedereen in de gebouwen van het OCMW Antwerpen. Het is de eerste keer dat "
         "de partnergemeenten Schoten en Edegem mee aan tafel zitten. Op de agenda stonden:")
    B(d, "stand van zaken per OCMW")
    B(d, "voorstelling van de partnerwerking Antwerpen – Schoten – Edegem – Mortsel")
    B(d, "bezoek aan het taalatelier")
    B(d, "tevredenheidsenquête: stand van de vertalingen")
    B(d, "varia")
    P(d, "FR : Nauar Elfargani accueille les participants au CPAS d'Anvers. C'est la première fois que les CPAS "
         "partenaires de Schoten et d'Edegem participent à la rencontre.", italic=True)

    H(d, "B. Stand van zaken per OCMW", 1)
    H(d, "Gent", 2)
    P(d, "Hanne Verstraete is sinds maart de nieuwe trajectbegeleider. Gent werkt nu met vaste instroommomenten "
         "om de vier weken, omdat doorlopende instroom de groepsdynamiek verstoorde. OCMW Gent stuurt het "
         "draaiboek van de infosessies door naar de andere OCMW's.")
    P(d, "FR : Gand travaille désormais avec des entrées toutes les quatre semaines. Le CPAS de Gand enverra le "
         "scénario de ses séances d'information aux autres CPAS.", italic=True)
    H(d, "Luik", 2)
    P(d, "Claudine Gbambili vertelt dat de intakegesprekken nu ook een korte oriëntatiebalans bevatten. De "
         "creatieve ateliers met Frederic Darras lopen heel goed; er is een tentoonstelling gepland in september.")
    P(d, "FR : Les entretiens d'admission comprennent maintenant un bref bilan d'orientation. Une exposition de "
         "l'atelier créatif est prévue en septembre.", italic=True)
    H(d, "Charleroi en Binche", 2)
    P(d, "Module 3 is gestart in september 2017. Binche stuurt nu ook deelnemers door; Jessica Lambot volgt die "
         "op. De infosessies over het leven in België (instellingen, rechten en plichten, huisvesting, bank en "
         "verzekeringen) blijven het meest gewaardeerd.")
    P(d, "FR : Le module 3 a démarré en septembre 2017 ; Binche oriente aussi des participants.", italic=True)
    H(d, "Brussel", 2)
    P(d, "Agnès Dubus meldt dat er eindelijk een vast lokaal is gevonden. Wachtlijst van een twintigtal personen.")

    H(d, "C. Partnerwerking in de regio Antwerpen", 1)
    P(d, "Els Peeters, Kristof Janssens en Annelies Van Dyck lichten toe hoe de kleinere OCMW's deelnemers "
         "toeleiden naar de groepsmodules in Antwerpen. Het vervoer blijft een drempel: deelnemers uit Schoten "
         "moeten twee bussen nemen. Er wordt nagedacht over een module die afwisselend in Schoten en Edegem "
         "doorgaat. Kristof en Annelies zullen tegen het najaar een gezamenlijke fiche voor de partnerwerking "
         "opstellen.")
    P(d, "FR : Les petits CPAS partenaires orientent leurs participants vers les modules à Anvers ; la mobilité "
         "reste un obstacle. Une fiche commune sera rédigée par Kristof et Annelies.", italic=True)

    H(d, "D. Bezoek aan het taalatelier", 1)
    P(d, "Na de middag bezochten we het taalatelier, waar een groep van twaalf deelnemers oefende op een "
         "sollicitatiegesprek. De begeleiders werken met beeldkaarten en rollenspel.")

    H(d, "E. Tevredenheidsenquête", 1)
    P(d, "De Nederlandse en Franse versie zijn klaar. Voor de vertaling in het Arabisch en het Dari werd een "
         "offerte gevraagd. Els Peeters bezorgt de vertaalde versies van de enquête aan alle OCMW's tegen eind "
         "september. Het POD MI zal nagaan of er ook budget is voor een versie in het Tigrinya.")
    H(d, "Werkpunten:", 2)
    B(d, "de vragen moeten nog korter")
    B(d, "een versie met pictogrammen voor wie niet kan lezen")
    P(d, "FR : Les traductions de l'enquête seront envoyées à tous les CPAS fin septembre ; le SPP vérifie le budget "
         "pour une version en tigrinya.", italic=True)

    H(d, "F. Varia en volgende bijeenkomst", 1)
    P(d, "Geen varia. De volgende bijeenkomst vindt plaats na de zomer, vermoedelijk in Brussel.")
    P(d, "FR : La prochaine rencontre aura lieu après l'été, probablement à Bruxelles.", italic=True)
    save(d, "41_antwerpen-partnerwerking.docx")


# ---------------------------------------------------------------- 42 Charleroi, informal, online
def r42():
    d = new_doc()
    P(d, "Rapport rencontre CPAS – Verslag bijeenkomst OCMW's", bold=True, size=13)
    P(d, "Réunion du réseau FAMI – jeudi 11 juin 2020", bold=True)
    P(d, "Étaient là :")
    B(d, "Lisa Asselman (SPP IS-MI")
    B(d, "Ozlem Baslari, Samira El Amrani (CPAS Charleroi)")
    B(d, "Jessica Lambot – Binche")
    B(d, "Mieke De Roo, Gand")
    B(d, "Nauar Elfargani (Anvers))")
    B(d, "Silvia Soares (CPAS Liège)")
    B(d, "Agnès Dubus (CPAS Bxl)")
    P(d, "Excusés : Johan Maekelberg (Gand) ; Claudine Gbambili (Liège) ;")
    P(d, "Programme :")
    P(d, "de 9h30 à 10h : tour de table (comment ça va chez vous ?)")
    P(d, "de 10h à 11h : les groupes depuis le déconfinement")
    P(d, "de 11h à 11h30 : questions pour le SPP")

    P(d, "Tour de table", bold=True)
    P(d, "Bon, vu la situation on ne pouvait évidemment pas se voir à Liège comme prévu, donc on s'est retrouvés "
         "sur Zoom (merci à Lisa pour le lien, et désolée pour ceux qui ont eu du mal à se connecter au début, "
         "chez nous le wifi du bâtiment a encore fait des siennes). Tout le monde a raconté un peu comment les "
         "dernières semaines se sont passées. Chez nous à Charleroi on a tout arrêté le 13/03, du jour au "
         "lendemain, et pendant presque deux mois on a gardé le contact avec les participants par téléphone et "
         "par WhatsApp, un appel par semaine minimum pour chacun, ce qui a pris énormément de temps mais on a "
         "senti que les gens en avaient vraiment besoin. Certains n'avaient plus de contact avec personne d'autre "
         "que nous. Mieke raconte que c'était pareil à Gand, avec en plus des tablettes prêtées à quelques "
         "participants, mais beaucoup ne savaient pas s'en servir sans aide. À Anvers, Nauar dit que les "
         "partenaires (Schoten, Edegem, Mortsel) ont fait le relais par téléphone aussi. Silvia explique qu'à "
         "Liège les ateliers créatifs ont continué un peu en envoyant du matériel à la maison, et que les "
         "participants renvoyaient des photos de ce qu'ils avaient fait, c'était très chouette. Agnès dit que "
         "Bruxelles a eu beaucoup de participants malades ou avec des proches malades, et que le suivi social a "
         "pris le dessus sur tout le reste.")

    P(d, "Les groupes depuis le déconfinement", bold=True)
    P(d, "On a repris les activités en petits groupes depuis le 18/05. Chez nous la règle c'est 3 participants "
         "+ 1 formateur, pareil à Liège, ce qui fait qu'on doit multiplier les séances par trois pour voir tout "
         "le monde et les animateurs sont sur les genoux. À Gand c'est 4 + 1 parce que les locaux sont plus "
         "grands. Tout le monde porte le masque et on désinfecte entre chaque groupe. Jessica dit qu'à Binche "
         "ils n'ont pas encore recommencé, ils attendent une salle plus grande, normalement pour le 22/06. On a "
         "beaucoup discuté de ce qu'on fait avec les gens qui ont peur de revenir : on est tous d'accord qu'il ne "
         "faut pas les forcer, et garder le contact individuel.")
    P(d, "Pour le protocole, c'est plus simple de vous l'envoyer que de tout réécrire ici :")
    P(d, "Qui ? Samira")
    P(d, "Quoi ? envoyer à tout le monde notre protocole pour les groupes de 3 + 1")
    P(d, "Quand ? avant le 19/06")
    P(d, "")
    P(d, "Qui ? le CPAS de Gand")
    P(d, "Quoi ? partager la fiche « règles corona » pour les participants, traduite en français")
    P(d, "Quand ? fin juin")

    P(d, "Questions pour le SPP", bold=True)
    P(d, "La grosse question c'était de savoir si les contacts par téléphone et les activités en ligne comptent "
         "pour les indicateurs et pour le rapport annuel. Lisa ne savait pas encore, ça dépend de la "
         "Commission. Elle pense que oui pour l'accompagnement individuel, mais pour les activités collectives "
         "ce n'est pas sûr. Elle a aussi dit que le délai pour le rapport annuel serait probablement prolongé "
         "d'un mois, mais qu'il faut attendre la confirmation officielle. Mieke et Nauar ont demandé si on pouvait "
         "utiliser une partie du budget pour acheter des tablettes ou des cartes de recharge pour les "
         "participants.")
    P(d, "Qui ? Lisa (SPP)")
    P(d, "Quoi ? demander à la Commission si les activités en ligne comptent pour les indicateurs")
    P(d, "Quand ? dès que possible")
    P(d, "")
    P(d, "Qui ? Mieke et Nauar")
    P(d, "Quoi ? faire une petite liste de ce qu'ils voudraient acheter (tablettes, cartes) avec les prix")
    P(d, "Quand ? pour le 30/06")
    P(d, "")
    P(d, "Qui ? on ne sait pas encore")
    P(d, "Quoi ? faire une liste des outils en ligne qui marchent avec notre public")
    P(d, "Quand ? pour la prochaine fois")

    P(d, "Pour la suite", bold=True)
    P(d, "On se revoit dans trois mois, normalement en vrai si tout va bien ! Lisa enverra une proposition de date. "
         "Bonne fin de semaine à tous et prenez soin de vous.")
    P(d, "Samira")
    save(d, "42_charleroi-deconfinement-zoom.docx")


# ---------------------------------------------------------------- 43 Brussels bilingual, online + interpretation
def r43():
    d = new_doc(tagline=True)
    H(d, "Rapport rencontre CPAS / Verslag bijeenkomst OCMW's", 0)
    P(d, "18 mars 2021 / 18 maart 2021", bold=True)
    P(d, "En ligne (Teams) – avec interprétation simultanée / Online (Teams) – met simultaanvertaling")

    H(d, "Présents / Aanwezig", 2)
    for line in [
        "Lisa Asselman – SPP IS / POD MI",
        "Thomas Verhelst – SPP IS / POD MI",
        "Agnès Dubus – CPAS de Bruxelles / OCMW Brussel",
        "Aïcha Kaddouri – CPAS de Bruxelles / OCMW Brussel",
        "Mieke De Roo – CPAS de Gand / OCMW Gent",
        "Sofie Vanhaecke – CPAS de Gand / OCMW Gent",
        "Ibrahim Aguelmin – CPAS de Liège / OCMW Luik",
        "Fabrice Dumont – CPAS de Charleroi / OCMW Charleroi",
        "Yusuf Demir – CPAS d'Anvers / OCMW Antwerpen",
        "Hélène Maes – interprète / tolk",
        "Wim Coppens – interprète / tolk",
    ]:
        B(d, line)
    H(d, "Excusés / Verontschuldigd", 2)
    B(d, "Nauar Elfargani – CPAS d'Anvers / OCMW Antwerpen")
    B(d, "Ozlem Baslari – CPAS de Charleroi / OCMW Charleroi")

    H(d, "Ordre du jour / Agenda", 2)
    N(d, "Accueil et tour de table / Onthaal en rondetafel")
    N(d, "Nouvelle programmation FAMI 2021-2027 / Nieuwe AMIF-programmatie 2021-2027")
    N(d, "Les indicateurs communs / De gemeenschappelijke indicatoren")
    N(d, "Présentation du CPAS de Bruxelles : coaching individuel à distance / Voorstelling OCMW Brussel: individuele coaching op afstand")
    N(d, "Divers et prochaine réunion / Varia en volgende vergadering")

    H(d, "1. Accueil et tour de table / Onthaal en rondetafel", 1)
    P(d, "Lisa Asselman ouvre la réunion et rappelle quelques règles pour Teams : micro coupé quand on ne parle "
         "pas, utiliser le canal d'interprétation dans sa langue. Chaque CPAS fait le point : les groupes "
         "fonctionnent toujours en format réduit (3 + 1 à Liège et Charleroi, 4 + 1 à Gand) ; Bruxelles a "
         "basculé une grande partie du coaching individuel par vidéo.")
    P(d, "Lisa Asselman opent de vergadering en herinnert aan de afspraken voor Teams: micro uit als je niet "
         "spreekt, het tolkkanaal in je eigen taal kiezen. Elk OCMW geeft een stand van zaken: de groepen werken "
         "nog altijd in kleine bubbels (3 + 1 in Luik en Charleroi, 4 + 1 in Gent); Brussel doet een groot deel "
         "van de individuele coaching via video.")

    H(d, "2. Nouvelle programmation FAMI 2021-2027 / Nieuwe AMIF-programmatie 2021-2027", 1)
    P(d, "Thomas Verhelst présente le calendrier de la nouvelle programmation. Le règlement (UE) 2021/1147 "
         "n'est pas encore publié définitivement, mais les grandes lignes sont connues. Les projets actuels sont "
         "prolongés jusqu'à fin 2021 ; un nouvel appel est attendu pour le second semestre.")
    P(d, "Thomas Verhelst stelt de timing van de nieuwe programmatie voor. Verordening (EU) 2021/1147 is nog "
         "niet definitief gepubliceerd, maar de krijtlijnen zijn bekend. De huidige projecten worden verlengd "
         "tot eind 2021; een nieuwe oproep wordt verwacht in het tweede semester.")

    H(d, "3. Les indicateurs communs / De gemeenschappelijke indicatoren", 1)
    P(d, "Le nouveau règlement impose des indicateurs communs de réalisation et de résultat : participants aux "
         "activités de soutien (cours de langue, orientation civique, accompagnement professionnel personnalisé), "
         "participants qui progressent d'au moins un niveau du CECR, participants qui déclarent que l'activité "
         "les a aidés dans leur intégration. Plusieurs CPAS s'inquiètent de la charge d'encodage.")
    P(d, "De nieuwe verordening legt gemeenschappelijke output- en resultaatindicatoren op: deelnemers aan "
         "ondersteunende activiteiten (taalcursus, maatschappelijke oriëntatie, persoonlijke professionele "
         "begeleiding), deelnemers die minstens één ERK-niveau stijgen, deelnemers die aangeven dat de activiteit "
         "hun integratie heeft geholpen. Verschillende OCMW's maken zich zorgen over de registratielast.")

    H(d, "4. Présentation du CPAS de Bruxelles : coaching individuel à distance / Voorstelling OCMW Brussel: individuele coaching op afstand", 1)
    P(d, "Agnès Dubus et Aïcha Kaddouri expliquent comment elles ont organisé le coaching par WhatsApp vidéo et "
         "par téléphone, avec un guide d'entretien adapté et des rendez-vous fixes toutes les deux semaines.")
    P(d, "Agnès Dubus en Aïcha Kaddouri leggen uit hoe ze de coaching via WhatsApp-video en telefoon "
         "organiseerden, met een aangepaste gespreksleidraad en vaste afspraken om de twee weken.")
    H(d, "Points forts / Sterke punten :", 2)
    B(d, "le lien avec les participants n'a jamais été rompu / het contact met de deelnemers werd nooit verbroken")
    B(d, "plus de souplesse dans les horaires / meer flexibiliteit in de uren")
    H(d, "Points à améliorer / Werkpunten :", 2)
    B(d, "beaucoup de participants n'ont pas de données mobiles / veel deelnemers hebben geen mobiele data")
    B(d, "difficile de faire appel à un interprète social à distance / moeilijk om op afstand een sociaal tolk in te schakelen")

    H(d, "5. Divers et prochaine réunion / Varia en volgende vergadering", 1)
    P(d, "Actions / Actiepunten", bold=True)
    B(d, "Le SPP envoie la fiche des indicateurs communs avant fin avril. / Het POD stuurt de fiche met de gemeenschappelijke indicatoren vóór eind april.")
    B(d, "Agnès Dubus et Aïcha Kaddouri partageront leur guide d'entretien à distance. / Agnès Dubus en Aïcha Kaddouri delen hun gespreksleidraad voor coaching op afstand.")
    B(d, "Mieke De Roo va vérifier si Gand peut prêter des tablettes à d'autres CPAS. / Mieke De Roo gaat na of Gent tablets kan uitlenen aan andere OCMW's.")
    B(d, "Le CPAS d'Anvers présentera son outil de suivi à la prochaine réunion. / OCMW Antwerpen stelt zijn opvolgingstool voor op de volgende vergadering.")
    P(d, "Prochaine réunion / Volgende vergadering : 14 juin 2021 / 14 juni 2021 (en ligne / online)", bold=True)
    save(d, "43_bruxelles-programmation-2021.docx")


# ---------------------------------------------------------------- 44 Liège outline numbering, online, no interpretation
def r44():
    d = new_doc()
    H(d, "Rapport rencontre CPAS – Verslag bijeenkomst OCMW's", 0)
    P(d, "7 oktober 2021 – 7 octobre 2021")
    P(d, "Présents :", bold=True)
    T(d, [
        ["Nom", "Organisation"],
        ["Ibrahim Aguelmin", "CPAS de Liège"],
        ["Aurélie Henrard", "CPAS de Liège"],
        ["Mamadou Diallo", "CPAS de Liège"],
        ["Lisa Asselman", "SPP IS"],
        ["Thomas Verhelst", "SPP IS"],
        ["Sofie Vanhaecke", "CPAS Gand"],
        ["Karim Bouzidi", "CPAS Gand"],
        ["Véronique Collard", "CPAS Charleroi"],
        ["Giovanni Russo", "CPAS Binche"],
        ["Yusuf Demir", "CPAS Anvers"],
    ])
    P(d, "")
    R(d, [("Excusés : ", "b"), ("Agnès Dubus (CPAS Bruxelles), Nauar Elfargani (CPAS Anvers), Frederic Darras (CPAS Liège)", "")])

    P(d, "Ordre du jour", bold=True)
    T(d, [
        ["Heure", "Point"],
        ["09h30 – 09h45", "Introduction"],
        ["09h45 – 11h00", "Tour des projets"],
        ["11h00 – 11h15", "Pause"],
        ["11h15 – 12h15", "Les indicateurs du nouveau programme"],
        ["12h15 – 12h30", "Divers"],
    ])
    P(d, "")

    H(d, "1. Introduction", 1)
    H(d, "1.1. Organisation de la réunion", 2)
    P(d, "La réunion devait se tenir à Liège mais, vu les mesures sanitaires encore en vigueur, elle a été "
         "organisée en ligne via Teams. Il n'y avait pas d'interprétation pour cette séance : les collègues "
         "néerlandophones ont accepté de s'exprimer en français et Karim a traduit quand c'était nécessaire.")
    H(d, "1.2. Approbation du rapport précédent", 2)
    P(d, "Le rapport de la réunion du 14 juin est approuvé sans modification.")

    H(d, "2. Tour des projets", 1)
    H(d, "2.1. CPAS de Liège", 2)
    H(d, "2.1.1. Modules collectifs", 3)
    P(d, "Depuis septembre, les groupes sont passés de 3 + 1 à 6 + 1. Les quatre modules ont repris : "
         "activation sociale (faibles compétences linguistiques), atelier créatif, atelier informatique et "
         "réalisation de projet. Les sorties socioculturelles mensuelles reprennent en novembre.")
    H(d, "2.1.2. Entretiens d'admission", 3)
    P(d, "Aurélie Henrard a revu le modèle de bilan d'orientation : parcours, objectifs, motivation, obstacles, "
         "et proposition des modules. Elle enverra le modèle aux autres CPAS pour qu'ils puissent s'en inspirer. "
         "Les trois contrats (assistant social, entretien d'admission, responsable de module) sont maintenus.")
    H(d, "2.2. CPAS de Gand", 2)
    P(d, "Sofie Vanhaecke explique que Gand a gardé la règle de 4 + 1 pour les ateliers de langue. La "
         "fréquentation a baissé pendant l'été. Le CPAS de Gand transmettra ses chiffres de fréquentation "
         "mensuels au SPP pour la fin du mois.")
    H(d, "2.3. CPAS de Charleroi et Binche", 2)
    P(d, "Véronique Collard et Giovanni Russo signalent une forte demande : la liste d'attente compte plus de "
         "quarante personnes. Binche a trouvé une nouvelle salle pour les ateliers collectifs.")
    H(d, "2.4. CPAS d'Anvers", 2)
    P(d, "Yusuf Demir présente le nouvel outil de suivi des participants développé avec Mortsel. L'outil est "
         "apprécié par les travailleurs sociaux mais ne contient pas encore les données de présence.")

    H(d, "3. Les indicateurs du nouveau programme", 1)
    H(d, "3.1. Indicateurs de réalisation", 2)
    P(d, "Thomas Verhelst détaille les indicateurs de réalisation : nombre de participants aux activités de "
         "soutien, ventilé par cours de langue, orientation civique et accompagnement professionnel "
         "personnalisé. Le SPP va organiser une session d'information sur l'encodage des indicateurs avant la "
         "fin de l'année.")
    H(d, "3.2. Indicateurs de résultat", 2)
    P(d, "Deux indicateurs posent question : la progression d'au moins un niveau du CECR (les CPAS ne font pas "
         "de tests de langue formels) et la part des participants qui déclarent que l'activité les a aidés dans "
         "leur intégration (à intégrer dans l'enquête de satisfaction).")

    H(d, "4. Divers", 1)
    P(d, "Le glossaire FR-NL des termes du projet doit être mis à jour ; la traduction en néerlandais sera faite "
         "par un volontaire, encore à déterminer.")
    P(d, "La prochaine rencontre aura lieu en février.")
    save(d, "44_liege-indicateurs-teams.docx")


# ---------------------------------------------------------------- 45 Gent, initials again, remark at end
def r45():
    d = new_doc()
    P(d, "Verslag bijeenkomst OCMW's – Rapport rencontre CPAS", bold=True, size=14)
    P(d, "19 mei 2022 – 19 mai 2022")
    P(d, "Plaats: OCMW Gent, Sociaal Huis Nieuw Gent, Gent")
    P(d, "Initialen in dit verslag: MDR = Mieke De Roo (OCMW Gent), SV = Sofie Vanhaecke (OCMW Gent), "
         "KB = Karim Bouzidi (OCMW Gent), LA = Lisa Asselman (POD MI), TV = Thomas Verhelst (POD MI)",
      italic=True, size=9)
    R(d, [("Aanwezig: ", "b"), (
        "Mieke De Roo (OCMW Gent), Sofie Vanhaecke (OCMW Gent), Karim Bouzidi (OCMW Gent), Lisa Asselman (POD MI), "
        "Thomas Verhelst (POD MI), Aurélie Henrard (OCMW Luik), Mamadou Diallo (OCMW Luik), Véronique Collard "
        "(OCMW Charleroi), Giovanni Russo (OCMW Binche), Tine Claes (OCMW Antwerpen), Bram Wouters (OCMW Mortsel), "
        "Rachid Benali (OCMW Brussel), Leen Aerts (Agentschap Integratie en Inburgering)", "")])
    R(d, [("Verontschuldigd: ", "b"), ("Johan Maekelberg (OCMW Gent); Nauar Elfargani (OCMW Antwerpen);", "")])

    P(d, "Agenda", bold=True)
    for line in [
        "10u – 10u30: onthaal",
        "10u30 – 11u30: rondetafel: heropstart groepswerking na corona",
        "11u30 – 12u30: voorstelling Agentschap Integratie en Inburgering",
        "12u30 – 13u15: lunch",
        "13u15 – 14u30: werkgroepen tevredenheidsenquête",
        "14u30 – 15u: afspraken",
    ]:
        P(d, line)

    P(d, "1) Rondetafel", bold=True)
    P(d, "- Gent: groepen terug op volle sterkte (max. 12), wachtlijst 25")
    P(d, "- Luik: 6+1 losgelaten sinds maart, deelnemers moeten opnieuw wennen aan vaste uren")
    P(d, "- Charleroi/Binche: veel nieuwe aanmeldingen via de antennes, ook Oekraïense nieuwkomers")
    P(d, "- Antwerpen/Mortsel: partnerwerking loopt, vervoer blijft probleem")
    P(d, "- Brussel: nieuw team sinds januari, RB is coördinator")
    P(d, "Opm. TV: Oekraïners met tijdelijke bescherming kunnen meedoen, registratie wel apart houden voor de rapportering.")

    P(d, "2) Voorstelling Agentschap Integratie en Inburgering", bold=True)
    P(d, "Leen Aerts stelt het inburgeringstraject in Vlaanderen voor (NT2, maatschappelijke oriëntatie, "
         "trajectbegeleiding). Veel overlap met de doelgroep van Gent en Antwerpen. Risico op dubbele "
         "begeleiding besproken; sommige OCMW's noteren nu al in het dossier of iemand een inburgeringstraject volgt.")

    P(d, "3) Werkgroepen tevredenheidsenquête", bold=True)
    P(d, "Twee groepen, telkens NL/FR gemengd.")
    P(d, "Sterk:", bold=True)
    P(d, "- kort, één pagina")
    P(d, "- mondeling afnemen met tolk werkt goed")
    P(d, "Werkpunten:", bold=True)
    P(d, "- abstracte woorden ('zelfredzaamheid', 'participatie') vervangen")
    P(d, "- smileys i.p.v. cijferschaal")
    P(d, "- vraag toevoegen: 'Heeft dit je geholpen om je thuis te voelen in België?' (resultaatindicator)")

    P(d, "4) Afspraken", bold=True)
    P(d, "- presentatie Agentschap doorsturen naar alle OCMW's (MDR)")
    P(d, "- vereenvoudigde enquête testen bij 2 groepen (SV/KB)")
    P(d, "- indicatorenfiche 2021 opvragen bij alle OCMW's tegen 30/6 (LA)")
    P(d, "- versie met smileys laten vertalen in Arabisch, Dari, Oekraïens (POD)")
    P(d, "- ervaringen groepsgrootte bundelen in 1 nota (OCMW Luik)")
    P(d, "- contact opnemen met Fedasil i.v.m. doorverwijzing (nog te bepalen)")

    P(d, "5) Volgende", bold=True)
    P(d, "over twee maanden, OCMW Antwerpen ontvangt")

    P(d, "NB: aanvullingen van Luik en Charleroi worden nog verwerkt in dit verslag.", italic=True)
    save(d, "45_gent-heropstart-enquete.docx")


# ---------------------------------------------------------------- 46 SPP FR, online + interpretation, actions table
def r46():
    d = new_doc(tagline=True, logo_line=True)
    P(d, "Verslag bijeenkomst OCMW's – Rapport rencontre CPAS", bold=True, size=14, center=True)
    P(d, "28 november 2023 – 28 novembre 2023 (Teams)", center=True)
    P(d, "Interprétation simultanée FR-NL assurée par deux interprètes externes.", italic=True, center=True)

    P(d, "Présents :", bold=True)
    P(d, "SPP IS-MI : Lisa Asselman, Thomas Verhelst, Marie-Laure Fontaine")
    P(d, "CPAS de Gand : Sofie Vanhaecke, Ibrahim Laaroussi")
    P(d, "CPAS de Liège : Silvia Soares, Aurélie Henrard")
    P(d, "CPAS de Charleroi : Samira El Amrani")
    P(d, "CPAS de Binche : Giovanni Russo")
    P(d, "CPAS d'Anvers : Nauar Elfargani, Yusuf Demir")
    P(d, "CPAS d'Edegem : Annelies Van Dyck")
    P(d, "CPAS de Bruxelles : Agnès Dubus, Aïcha Kaddouri")
    P(d, "Fedasil : Dirk Wuyts")
    P(d, "Excusés :", bold=True)
    P(d, "CPAS de Charleroi : Ozlem Baslari, Véronique Collard")
    P(d, "CPAS de Schoten : Kristof Janssens")

    P(d, "Ordre du jour", bold=True)
    B(d, "9h30 : Mot d'accueil du SPP")
    B(d, "9h45 : Tour des CPAS")
    B(d, "10h45 : Présentation de Fedasil : l'orientation des bénéficiaires de protection internationale")
    B(d, "11h30 : Évaluation du parcours des participants : que garder, que changer ?")
    B(d, "12h15 : Actions et clôture")

    H(d, "1. Mot d'accueil du SPP", 1)
    P(d, "Lisa Asselman ouvre la réunion et présente Marie-Laure Fontaine, qui rejoint l'équipe FAMI du SPP et "
         "suivra désormais les CPAS wallons et bruxellois. Elle rappelle le contenu des rapports annuels de mise en "
         "œuvre, y compris les indicateurs communs (participants par cours de langue, orientation civique, "
         "accompagnement professionnel personnalisé ; progression d'au moins un niveau CECR ; participants qui "
         "estiment que l'activité les a aidés).")

    H(d, "2. Tour des CPAS", 1)
    H(d, "a) Gand", 2)
    P(d, "Gand a adapté son trajet : l'entretien d'admission se fait désormais avec un médiateur interculturel "
         "présent dès le début. Les participants restent en moyenne huit mois. Ibrahim Laaroussi note que "
         "beaucoup de participants partent vers une formation professionnelle, ce qui est un bon signe.")
    H(d, "b) Liège", 2)
    P(d, "Liège a fait le bilan du module de septembre : taux de présence de 78 %, mais beaucoup de retards le "
         "lundi matin. L'équipe réfléchit à déplacer les ateliers à 10 heures. Les sorties socioculturelles "
         "restent le moment le plus apprécié.")
    H(d, "c) Charleroi et Binche", 2)
    P(d, "Samira El Amrani et Giovanni Russo expliquent que le recrutement se fait toujours via les antennes "
         "sociales, mais que les informations données aux participants sur les horaires changent trop souvent. "
         "L'idée d'un calendrier imprimé par trimestre a été évoquée.")
    H(d, "d) Anvers et partenaires", 2)
    P(d, "Anvers travaille avec Schoten, Edegem et Mortsel. Annelies Van Dyck souligne que les petits CPAS ont "
         "du mal à constituer des groupes : ils orientent donc vers Anvers. Le déplacement reste un frein.")
    H(d, "e) Bruxelles", 2)
    P(d, "Bruxelles a reçu beaucoup de demandes de personnes qui ont quitté le réseau d'accueil de Fedasil. "
         "L'équipe a besoin de contacts plus directs avec les centres pour préparer la transition.")

    H(d, "3. Présentation de Fedasil", 1)
    P(d, "Dirk Wuyts présente la manière dont Fedasil prépare la sortie des centres d'accueil des personnes qui "
         "obtiennent une protection internationale : recherche de logement, ouverture des droits au CPAS, "
         "transmission d'informations avec l'accord de la personne. Les CPAS demandent un point de contact par "
         "région. Le rappel est fait qu'aucune donnée personnelle de participant ne peut être échangée sans base "
         "légale : chaque CPAS reste responsable des données de ses participants.")

    H(d, "4. Évaluation du parcours des participants", 1)
    P(d, "En sous-groupes, les participants ont discuté de ce qui fonctionne et de ce qui doit changer.")
    H(d, "Ce qui fonctionne :", 2)
    B(d, "un travail intensif avec le public, presque tous les jours de la semaine ;")
    B(d, "le lien entre les travailleurs et les participants, et entre participants ;")
    B(d, "l'esprit de groupe à la fin d'un module.")
    H(d, "Ce qui doit changer :", 2)
    B(d, "la communication vers les participants (horaires qui changent, cours annulés) ;")
    B(d, "des horaires équilibrés entre anciens et nouveaux participants ;")
    B(d, "planifier les activités plus tôt, car les démarches administratives prennent de plus en plus de temps ;")
    B(d, "pas d'activités obligatoires sur des sujets sensibles (sexualité, violences conjugales).")

    H(d, "5. Actions", 1)
    T(d, [
        ["Qui", "Quoi", "Échéance"],
        ["Lisa Asselman", "Envoyer le modèle du rapport annuel et la liste des indicateurs communs", "15 décembre 2023"],
        ["CPAS de Liège", "Partager le bilan chiffré du module de septembre", "janvier 2024"],
        ["SPP", "Demander à Fedasil une liste de points de contact par région", "prochaine réunion"],
        ["Nauar et Yusuf", "Présenter l'outil de suivi anversois mis à jour", "prochaine réunion"],
        ["à déterminer", "Rédiger une fiche commune « communiquer un changement d'horaire »", "à déterminer"],
    ])
    P(d, "")
    P(d, "Prochaine rencontre : le mardi 5 mars 2024, en ligne.", bold=True)
    save(d, "46_spp-parcours-fedasil.docx")


# ---------------------------------------------------------------- 47 Antwerpen, online, no interpreter
def r47():
    d = new_doc()
    H(d, "Verslag bijeenkomst OCMW's – Rapport rencontre CPAS", 0)
    P(d, "24 november 2022 – 24 novembre 2022", bold=True)
    T(d, [
        ["Aanwezig", "Verontschuldigd"],
        ["Tine Claes – OCMW Antwerpen", "Lisa Asselman – POD MI"],
        ["Yusuf Demir – OCMW Antwerpen", "Agnès Dubus – OCMW Brussel"],
        ["Bram Wouters – OCMW Mortsel", "Giovanni Russo – OCMW Binche"],
        ["Kristof Janssens – OCMW Schoten", ""],
        ["Thomas Verhelst – POD MI", ""],
        ["Mieke De Roo – OCMW Gent", ""],
        ["Ibrahim Laaroussi – OCMW Gent", ""],
        ["Silvia Soares – OCMW Luik", ""],
        ["Ozlem Baslari – OCMW Charleroi", ""],
        ["Aïcha Kaddouri – OCMW Brussel", ""],
    ])
    P(d, "De vergadering vond online plaats (Teams). Er was deze keer geen tolk: iedereen sprak in zijn eigen "
         "taal en collega's vertaalden kort waar nodig.", italic=True, size=9)

    P(d, "Agenda", bold=True)
    P(d, "13.30 u – 14.00 u  Welkom")
    P(d, "14.00 u – 15.00 u  Stand van zaken")
    P(d, "15.00 u – 15.45 u  Indicatoren 2022")
    P(d, "15.45 u – 16.00 u  Varia")

    H(d, "Welkom", 1)
    P(d, "Tine Claes neemt de moderatie over omdat Lisa Asselman ziek is. Thomas Verhelst vertegenwoordigt het POD. "
         "Korte kennismaking met Aïcha Kaddouri, die bij OCMW Brussel de intakegesprekken doet.")

    H(d, "Stand van zaken", 1)
    H(d, "OCMW Antwerpen en partners", 2)
    P(d, "De wachtlijst is opgelopen tot 60 personen, vooral door de instroom van Oekraïense nieuwkomers en "
         "erkende vluchtelingen die de opvang verlaten. Tine Claes stuurt het overzicht van de wachtlijsten per "
         "gemeente door naar Lisa. Mortsel heeft een folder in eenvoudig Nederlands gemaakt om deelnemers uit te "
         "nodigen; OCMW Mortsel zal de folder met de andere OCMW's delen.")
    H(d, "OCMW Gent", 2)
    P(d, "Gent start in januari met een nieuwe module 'wonen en energie', omdat veel deelnemers vragen hebben over "
         "hun energiefactuur. Ibrahim Laaroussi geeft aan dat de intercultureel bemiddelaars overbevraagd zijn.")
    H(d, "CPAS Luik", 2)
    P(d, "Silvia Soares vertelt dat de creatieve ateliers een tentoonstelling hadden in het stadhuis. De "
         "aanwezigheidsgraad ligt rond 80 %. De drie contracten per deelnemer blijven behouden, maar "
         "zijn sinds september vereenvoudigd tot één document met drie handtekeningen.")
    H(d, "CPAS Charleroi", 2)
    P(d, "Ozlem Baslari meldt dat Binche tijdelijk geen deelnemers doorstuurt door personeelstekort. De "
         "infosessies over huisvesting en bank/verzekeringen zijn volzet.")
    H(d, "OCMW Brussel", 2)
    P(d, "Aïcha Kaddouri vraagt hoe de andere OCMW's omgaan met deelnemers die inzage willen in hun dossier "
         "(artikel 15 AVG). Iedereen vindt het een goed idee om hierover een infosessie te organiseren; wie die "
         "infosessie over de AVG organiseert, is nog te bepalen.")

    H(d, "Indicatoren 2022", 1)
    P(d, "Thomas Verhelst overloopt de gemeenschappelijke indicatoren uit verordening (EU) 2021/1147. Het POD "
         "bezorgt vóór 15 december de nieuwe rapporteringstemplate. Vooral de resultaatindicator over het stijgen "
         "van minstens één ERK-niveau blijft moeilijk, omdat de OCMW's zelf geen taaltesten afnemen. Yusuf en "
         "Bram bekijken samen hoe de Antwerpse opvolgingstool die gegevens kan registreren.")

    H(d, "Varia", 1)
    P(d, "Kristof Janssens vraagt of de volgende bijeenkomst terug fysiek kan. Algemene instemming.")
    P(d, "Volgende bijeenkomst: datum nog te bepalen (Doodle volgt).", bold=True)
    save(d, "47_antwerpen-wachtlijsten-online.docx")


# ---------------------------------------------------------------- 48 Charleroi, informal, in person, QQQ at the end
def r48():
    d = new_doc()
    P(d, "Verslag bijeenkomst OCMW's – Rapport rencontre CPAS", bold=True, size=13)
    P(d, "Rencontre du jeudi 8 février 2024, chez nous au Service Action Migrants (CPAS de Charleroi)", bold=True)
    P(d, "Il y avait : Lisa Asselman et Marie-Laure Fontaine (SPP), Samira El Amrani, Véronique Collard et Ozlem "
         "Baslari (CPAS Charleroi), Giovanni Russo et Jessica Lambot (CPAS Binche), Aurélie Henrard (CPAS Liège), "
         "Sofie Vanhaecke (OCMW Gent), Tine Claes (OCMW Antwerpen), Agnès Dubus (CPAS Bruxelles).")
    P(d, "Excusés : Yusuf Demir (Anvers), Mamadou Diallo (Liège)")
    P(d, "Programme de la journée :", bold=True)
    P(d, "- de 9h30 à 10h : café et accueil")
    P(d, "- de 10h à 11h15 : visite de l'atelier carton et de l'atelier informatique")
    P(d, "- de 11h15 à 12h30 : présentation du CPAS de Binche")
    P(d, "- à partir de 13h30 : brainstorm « garder les participants motivés »")

    P(d, "Accueil et visite", bold=True)
    P(d, "Tout le monde est arrivé à l'heure malgré les travaux sur le ring, bravo ! On a commencé par un café et "
         "des croissants dans la salle du rez, puis on a fait le tour des ateliers. À l'atelier carton, les "
         "participants étaient en train de finir une étagère pour la salle d'attente de l'antenne de Marchienne, "
         "ils étaient très fiers de montrer leur travail et certains ont même expliqué en néerlandais à Sofie et "
         "Tine comment ils mesuraient les pièces, ce qui a fait rire tout le monde. À l'atelier informatique, "
         "Véronique a montré comment on prépare les participants à prendre rendez-vous en ligne (mutuelle, "
         "commune, Forem), parce que de plus en plus de démarches ne se font plus qu'en ligne et que nos gens se "
         "retrouvent bloqués. On a eu une longue discussion dans le couloir sur les smartphones : presque tous les "
         "participants en ont un, mais très peu savent faire autre chose que WhatsApp et Facebook.")

    P(d, "Présentation du CPAS de Binche", bold=True)
    P(d, "Giovanni et Jessica ont expliqué comment Binche travaille avec nous depuis le début : ils recrutent chez "
         "eux via leurs assistants sociaux, font l'entretien d'admission sur place, et les participants viennent "
         "ensuite aux ateliers collectifs à Charleroi deux fois par semaine (ils ont négocié des tickets TEC avec "
         "leur CPAS). Depuis le 15/01 ils ont aussi un petit groupe de conversation chez eux le mardi, parce que "
         "le trajet jusqu'à Charleroi fait peur à certaines dames qui ne sont jamais sorties seules de Binche. Ils "
         "organisent aussi des sorties culturelles, la dernière c'était le musée du Masque, vraiment une belle "
         "réussite. Aurélie a demandé combien de participants ils suivent : une vingtaine en ce moment, dont huit "
         "qui viennent régulièrement à Charleroi. Lisa a rappelé que les participants de Binche comptent dans les "
         "indicateurs de Charleroi puisque c'est le même projet.")

    P(d, "Brainstorm : garder les participants motivés", bold=True)
    P(d, "Après le dîner (merci à la cuisine du CPAS pour les lasagnes), on s'est mis en deux groupes mélangés FR et "
         "NL, avec Aurélie et Sofie qui faisaient un peu les traductions. On a mis en commun sur le grand tableau.")
    P(d, "Points forts :", bold=True)
    P(d, "- le groupe : les gens reviennent pour les autres participants autant que pour les activités")
    P(d, "- un animateur qui connaît chacun par son prénom et appelle quand quelqu'un manque")
    P(d, "- les sorties, qui donnent envie de rester dans le projet")
    P(d, "À améliorer :", bold=True)
    P(d, "- prévenir beaucoup plus tôt quand un cours est annulé (SMS la veille minimum)")
    P(d, "- ne pas mélanger les anciens qui s'ennuient et les nouveaux qui sont perdus")
    P(d, "- le questionnaire de satisfaction : les mots sont trop compliqués, il faudrait une version simple")

    P(d, "Qui fait quoi ?", bold=True)
    P(d, "Qui ? Giovanni (Binche)")
    P(d, "Quoi ? envoyer le planning de leurs sorties culturelles à tout le monde")
    P(d, "Quand ? le 12/03 au plus tard")
    P(d, "")
    P(d, "Qui ? Véronique et Samira")
    P(d, "Quoi ? mettre par écrit la procédure « SMS la veille » et la partager")
    P(d, "Quand ? avant la prochaine réunion")
    P(d, "")
    P(d, "Qui ? le SPP")
    P(d, "Quoi ? nous dire si les sorties culturelles peuvent être comptées comme orientation civique dans les indicateurs")
    P(d, "Quand ? fin février")
    P(d, "")
    P(d, "Qui ? CPAS de Liège")
    P(d, "Quoi ? envoyer l'adresse et le plan d'accès pour la prochaine fois")
    P(d, "Quand ? début mars")
    P(d, "")
    P(d, "Qui ? personne pour l'instant")
    P(d, "Quoi ? faire une version simplifiée du questionnaire de satisfaction")
    P(d, "Quand ? ?")

    P(d, "La prochaine fois c'est jeudi 14 mars à Liège !", bold=True)
    P(d, "PS : Binche et Anvers doivent encore m'envoyer leurs remarques, je les ajouterai dès que je les ai.",
      italic=True)
    P(d, "Samira El Amrani – Service Action Migrants")
    save(d, "48_charleroi-binche-motivation.docx")


# ---------------------------------------------------------------- 49 Brussels bilingual, in person, interpreters
def r49():
    d = new_doc(tagline=True)
    H(d, "Rapport rencontre CPAS / Verslag bijeenkomst OCMW's", 0)
    P(d, "24 avril 2025 / 24 april 2025", bold=True)
    P(d, "CPAS de Bruxelles / OCMW Brussel – rue Haute 298a, 1000 Bruxelles / Hoogstraat 298a, 1000 Brussel")

    P(d, "Présents :", bold=True)
    P(d, "Agnès Dubus (CPAS de Bruxelles), Rachid Benali (CPAS de Bruxelles), Catherine Vandenbroucke (CPAS de "
         "Bruxelles), Marie-Laure Fontaine (SPP IS), Silvia Soares (CPAS de Liège), Mamadou Diallo (CPAS de Liège), "
         "Samira El Amrani (CPAS de Charleroi)")
    P(d, "Aanwezig:", bold=True)
    P(d, "Lisa Asselman (POD MI), Mieke De Roo (OCMW Gent), Hanne Verstraete (OCMW Gent), Nauar Elfargani (OCMW "
         "Antwerpen), Annelies Van Dyck (OCMW Edegem), Agnès Dubus (OCMW Brussel)")
    P(d, "Excusés / Verontschuldigd :", bold=True)
    P(d, "Ibrahim Aguelmin (CPAS de Liège), Jessica Lambot (CPAS de Binche), Tine Claes (OCMW Antwerpen)")

    P(d, "Ordre du jour / Agenda", bold=True)
    N(d, "9h30 – 10h00 Accueil / Onthaal")
    N(d, "10h00 – 11h00 Tour de table / Rondetafel")
    N(d, "11h00 – 12h00 Fin de projet et conservation des documents / Projecteinde en bewaring van documenten")
    N(d, "13h00 – 14h30 Brainstorm : l'après-trajet / Brainstorm: na het traject")
    N(d, "14h30 – 15h00 Conclusions / Besluiten")

    P(d, "Les commentaires des CPAS seront ajoutés après relecture. / De opmerkingen van de OCMW's worden na "
         "nalezing toegevoegd.", italic=True)

    H(d, "1. Accueil / Onthaal", 1)
    P(d, "Agnès Dubus accueille les collègues dans les nouveaux locaux du CPAS de Bruxelles, rue Haute. Des "
         "interprètes étaient présents toute la journée, ce qui a permis à chacun de parler dans sa langue.")
    P(d, "Agnès Dubus verwelkomt de collega's in de nieuwe lokalen van het OCMW Brussel in de Hoogstraat. Er waren "
         "de hele dag tolken aanwezig, zodat iedereen in zijn eigen taal kon spreken.")

    H(d, "2. Tour de table / Rondetafel", 1)
    P(d, "Liège prépare la fin de son cycle de modules en juin ; Charleroi constate que les participants restent "
         "plus longtemps dans le trajet (souvent plus de six mois) ; Gand et Anvers signalent une hausse des "
         "orientations vers des formations ; Edegem a accueilli son premier groupe local.")
    P(d, "Luik bereidt het einde van de modulecyclus in juni voor; Charleroi stelt vast dat deelnemers langer in "
         "het traject blijven (vaak meer dan zes maanden); Gent en Antwerpen zien meer doorstroom naar opleiding; "
         "Edegem had zijn eerste lokale groep.")

    H(d, "3. Fin de projet et conservation des documents / Projecteinde en bewaring van documenten", 1)
    P(d, "Lisa Asselman rappelle les règles : les documents d'une opération financée par le FAMI doivent être "
         "conservés cinq ans à partir du 31 décembre de l'année du dernier paiement (règlement (UE) 2021/1060, "
         "article 82). Les données personnelles ne doivent pas être gardées plus longtemps que nécessaire "
         "(RGPD, article 5). Chaque CPAS reste seul responsable des données de ses participants.")
    P(d, "Lisa Asselman herinnert aan de regels: documenten van een AMIF-operatie worden vijf jaar bewaard vanaf "
         "31 december van het jaar van de laatste betaling (verordening (EU) 2021/1060, artikel 82). "
         "Persoonsgegevens mogen niet langer bewaard worden dan nodig (AVG, artikel 5). Elk OCMW blijft als enige "
         "verantwoordelijk voor de gegevens van zijn deelnemers.")

    H(d, "4. Brainstorm : l'après-trajet / Brainstorm: na het traject", 1)
    H(d, "Points forts / Sterke punten :", 2)
    B(d, "le suivi individuel continue quelques semaines / de individuele opvolging loopt nog enkele weken door")
    B(d, "les anciens participants reviennent comme parrains / oud-deelnemers komen terug als meter of peter")
    H(d, "Points à améliorer / Werkpunten :", 2)
    B(d, "le passage vers l'ISP est trop brusque / de overgang naar SPI is te bruusk")
    B(d, "les AS des antennes ne sont pas informés de la fin du trajet / de maatschappelijk werkers worden niet "
         "verwittigd van het einde van het traject")

    H(d, "5. Conclusions / Besluiten", 1)
    P(d, "Actions / Actiepunten :", bold=True)
    B(d, "Lisa Asselman enverra une note sur la conservation des documents. / Lisa Asselman stuurt een nota over de "
         "bewaring van documenten.")
    B(d, "Le CPAS de Charleroi partagera son modèle de lettre de fin de trajet. / OCMW Charleroi deelt zijn "
         "sjabloon van de brief bij het einde van het traject.")
    B(d, "Mieke De Roo et Nauar Elfargani vont proposer un système de parrainage commun. / Mieke De Roo en Nauar "
         "Elfargani werken een voorstel uit voor een gezamenlijk peterschap.")
    B(d, "Le SPP organise une séance d'information RGPD à l'automne. / Het POD MI organiseert in het najaar een "
         "infosessie over de AVG.")
    P(d, "Prochaine rencontre : à l'automne, à Gand / Volgende bijeenkomst: in het najaar, in Gent", bold=True)
    save(d, "49_bruxelles-fin-de-trajet.docx")


# ---------------------------------------------------------------- 50 Liège outline numbering, passive owners at end
def r50():
    d = new_doc(font="Calibri")
    H(d, "Rapport rencontre CPAS – Verslag bijeenkomst OCMW's", 0)
    P(d, "22 januari 2026 – 22 janvier 2026")
    P(d, "L'Échelle des Mots, rue Général Bertrand 35, 4000 Liège")
    R(d, [("Présents : ", "b"), (
        "Ibrahim Aguelmin (CPAS de Liège), Silvia Soares (CPAS de Liège), Claudine Gbambili (CPAS de Liège), "
        "Aurélie Henrard (CPAS de Liège), Lisa Asselman (SPP IS-MI), Thomas Verhelst (SPP IS-MI), Johan Maekelberg "
        "(CPAS Gand), Sofie Vanhaecke (CPAS Gand), Véronique Collard (CPAS Charleroi), Yusuf Demir (CPAS Anvers), "
        "Kristof Janssens (CPAS Schoten), Catherine Vandenbroucke (CPAS Bruxelles), Julie Mertens (CRIPEL)", "")])
    R(d, [("Afwezig met kennisgeving / Excusés : ", "b"), (
        "Agnès Dubus (CPAS Bruxelles), Ozlem Baslari (CPAS Charleroi)", "")])

    H(d, "Ordre du jour", 2)
    B(d, "10h00 : Accueil et visite de la ferme")
    B(d, "10h45 : Bilan 2025 des projets")
    B(d, "12h00 : Lunch")
    B(d, "13h00 : Demandes d'accès aux dossiers (article 15 RGPD)")
    B(d, "14h30 : Suites et clôture")

    H(d, "1. Accueil", 1)
    H(d, "1.1. Mot de bienvenue", 2)
    P(d, "Ibrahim Aguelmin accueille les CPAS à L'Échelle des Mots. Une visite de la ferme du CPAS a suivi ; "
         "les participants du module 1 y cultivent un potager depuis le printemps dernier.")
    H(d, "1.2. Présentation de Julie Mertens", 2)
    P(d, "Julie Mertens (CRIPEL, centre régional d'intégration) présente le parcours d'intégration en Wallonie et "
         "les possibilités d'orienter les participants vers les cours de FLE.")

    H(d, "2. Bilan 2025 des projets", 1)
    H(d, "2.1. Chiffres", 2)
    P(d, "Thomas Verhelst présente les premiers chiffres consolidés : 412 participants pour les cinq CPAS en 2025, "
         "dont 61 % de femmes. Le taux de présence moyen est de 74 %.")
    H(d, "2.1.1. Indicateurs de résultat", 3)
    P(d, "La progression d'au moins un niveau CECR reste difficile à mesurer ; Liège et Gand testent une "
         "auto-évaluation illustrée. 83 % des participants déclarent que l'activité les a aidés dans leur "
         "intégration.")
    H(d, "2.2. Témoignages des CPAS", 2)
    P(d, "Gand et Anvers insistent sur le travail avec les médiateurs interculturels ; Charleroi sur les "
         "sorties socioculturelles ; Schoten sur la difficulté de constituer un groupe dans une petite commune ; "
         "Bruxelles sur le suivi après la fin du trajet.")

    H(d, "3. Demandes d'accès aux dossiers", 1)
    H(d, "3.1. Cadre légal", 2)
    P(d, "Lisa Asselman rappelle qu'un participant peut demander à voir tout ce qui est conservé à son sujet "
         "(RGPD, article 15) et que chaque CPAS est responsable de ses propres données. Le SPP ne voit aucun "
         "participant nominativement.")
    H(d, "3.2. Pratiques des CPAS", 2)
    P(d, "Les notes des animateurs posent question : certains écrivent des remarques personnelles qui ne "
         "devraient pas figurer dans le dossier. Le CPAS de Gand a une procédure écrite.")

    H(d, "4. Suites", 1)
    H(d, "4.1. Actions", 2)
    P(d, "Le calendrier des modules 2026-2027 sera transmis aux autres CPAS par Aurélie Henrard.")
    P(d, "Les chiffres consolidés des indicateurs 2025 seront envoyés en février par le SPP.")
    P(d, "Une note sur la conservation des documents et les demandes d'accès sera rédigée par Lisa Asselman et "
         "Thomas Verhelst.")
    P(d, "La procédure écrite sur l'accès aux dossiers sera partagée par le CPAS de Gand.")
    P(d, "La mise à jour du glossaire FR-NL sera assurée par un CPAS encore à désigner.")
    H(d, "4.2. Prochaine rencontre", 2)
    P(d, "Le 23 avril 2026 au CPAS de Charleroi.")
    save(d, "50_liege-bilan-rgpd.docx")


if __name__ == "__main__":
    for f in (r39, r40, r41, r42, r43, r44, r45, r46, r47, r48, r49, r50):
        f()
