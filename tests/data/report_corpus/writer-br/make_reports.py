# -*- coding: utf-8 -*-
"""Builds the ten meeting reports 707-716 (one writer's hand each) with python-docx."""
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_COLOR_INDEX
from docx.shared import Pt, RGBColor, Cm

TAG = "Vers une politique de migration plus intégrée, grâce au FAMI / Naar een geïntegreerd migratiebeleid, dankzij het AMIF"
BLUE = RGBColor(0x1F, 0x4E, 0x79)
RED = RGBColor(0xC0, 0x00, 0x00)
GREY = RGBColor(0x59, 0x59, 0x59)


def new(header=None, footer=None, font="Calibri", size=11):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    sec = d.sections[0]
    if header:
        hp = sec.header.paragraphs[0]
        hp.text = header
        hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        for r in hp.runs:
            r.italic = True
            r.font.size = Pt(8)
    if footer:
        fp = sec.footer.paragraphs[0]
        fp.text = footer
        for r in fp.runs:
            r.font.size = Pt(8)
    return d


def p(d, text="", style=None, bold=False, italic=False, color=None, size=None, align=None, highlight=None):
    para = d.add_paragraph(style=style) if style else d.add_paragraph()
    if text:
        r = para.add_run(text)
        r.bold = bold or None
        r.italic = italic or None
        if color is not None:
            r.font.color.rgb = color
        if size:
            r.font.size = Pt(size)
        if highlight:
            r.font.highlight_color = highlight
    if align == "c":
        para.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return para


def runs(d, parts, style=None):
    """parts: list of (text, dict of formatting)"""
    para = d.add_paragraph(style=style) if style else d.add_paragraph()
    for t, f in parts:
        r = para.add_run(t)
        r.bold = f.get("b") or None
        r.italic = f.get("i") or None
        if "c" in f:
            r.font.color.rgb = f["c"]
        if "h" in f:
            r.font.highlight_color = f["h"]
    return para


def table(d, rows, style="Table Grid", bold_first=True, widths=None):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    try:
        t.style = style
    except Exception:
        t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            c.text = ""
            lines = val.split("\n")
            c.paragraphs[0].add_run(lines[0]).bold = (bold_first and i == 0) or None
            for ln in lines[1:]:
                c.add_paragraph(ln)
            if widths:
                c.width = Cm(widths[j])
    return t


def pagebreak(d):
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


# ---------------------------------------------------------------- 707 SPP IS / POD MI, bilingual, 2016
def r707():
    d = new(header=TAG, footer="SPP Intégration Sociale | POD Maatschappelijke Integratie – Boulevard du Roi Albert II 30, 1000 Bruxelles", font="Arial", size=10)
    p(d, "POD | Maatschappelijke Integratie", color=BLUE, size=9)
    p(d, "SPP | Intégration Sociale", color=BLUE, size=9)
    p(d, "Rapport rencontre CPAS – Verslag bijeenkomst OCMW's", style="Title")
    p(d, "FAMI 24 novembre 2016 – AMIF 24 november 2016", bold=True)
    p(d, "SPP Intégration Sociale, Boulevard du Roi Albert II 30, 1000 Bruxelles – salle 7.03")
    runs(d, [("Présents / Aanwezig : ", {"b": True}),
             ("Katrien Vandamme (SPP IS), Olivier Mertens (SPP IS), Pieter Van Acker (CPAS Gand), Lien De Smet (CPAS Gand), "
              "Nathalie Lejeune (CPAS Liège), Marc Dufour (CPAS Charleroi), Jan Peeters (CPAS Anvers), Fatma Yilmaz (CPAS Anvers), "
              "Isabelle Van Hove (CPAS Bruxelles)", {})])
    runs(d, [("Interprètes / Tolken : ", {"b": True}), ("Hélène Morel, Dirk Segers (interprétation simultanée FR-NL)", {})])
    runs(d, [("Excusés / Verontschuldigd : ", {"b": True}), ("Karim Belkacem (CPAS Liège), Mehdi Amrani (CPAS Bruxelles)", {})])
    p(d, "Ordre du jour / Agenda", bold=True)
    table(d, [["Heure / Uur", "Point / Punt"],
              ["09h30 – 10h00", "Accueil et café / Onthaal en koffie"],
              ["10h00 – 10h45", "Présentation du réseau FAMI / Voorstelling van het AMIF-netwerk"],
              ["10h45 – 12h00", "Tour de table des CPAS / Rondje van de OCMW's"],
              ["12h00 – 12h45", "Lunch"],
              ["12h45 – 14h00", "Fiche projet : modèle commun / Projectfiche: gemeenschappelijk model"],
              ["14h00 – 14h15", "Divers / Varia"]], widths=[3.5, 12])
    p(d)
    p(d, "Version française", italic=True, color=GREY)
    p(d, "I. Accueil et introduction", style="Heading 1")
    p(d, "Katrien Vandamme souhaite la bienvenue aux participants au nom du SPP Intégration Sociale. C'est la première rencontre "
         "de tous les CPAS qui portent un projet FAMI. Un tour de présentation est fait. La réunion se tient avec une interprétation "
         "simultanée du français vers le néerlandais et inversement.")
    p(d, "II. Présentation du réseau FAMI", style="Heading 1")
    p(d, "Olivier Mertens présente le cadre du Fonds Asile, Migration et Intégration et le rôle du SPP : suivi des projets, "
         "rapportage vers l'autorité responsable, organisation de deux à trois rencontres par an entre CPAS. Chaque CPAS reste "
         "propriétaire des données de ses participants ; le SPP ne reçoit que des chiffres agrégés.")
    p(d, "III. Tour de table des CPAS", style="Heading 1")
    p(d, "Gand : le projet démarre avec deux accompagnateurs et une médiatrice interculturelle ; les premiers groupes commencent en janvier.", style="List Bullet")
    p(d, "Liège : le projet Mod' Actions compte quatre modules collectifs et un accompagnement individuel.", style="List Bullet")
    p(d, "Charleroi : le Service Action Migrants a listé plus de 1.000 personnes potentiellement concernées ; une séance d'information est prévue.", style="List Bullet")
    p(d, "Anvers : recrutement via les assistants sociaux des antennes ; collaboration prévue avec Schoten, Edegem et Mortsel.", style="List Bullet")
    p(d, "Bruxelles : recrutement en cours, le local de l'atelier n'est pas encore disponible.", style="List Bullet")
    p(d, "IV. Fiche projet : modèle commun", style="Heading 1")
    p(d, "Le SPP propose un modèle commun de fiche projet (objectif principal, groupe cible, modules, sous-objectifs, coûts, "
         "facteurs de succès). Les CPAS trouvent le modèle utile mais demandent de pouvoir décrire chaque module séparément.")
    p(d, "Le SPP enverra le modèle adapté de la fiche projet à tous les CPAS pour le 15 décembre 2016.")
    p(d, "Les CPAS renvoient leur fiche complétée au SPP avant le 13 janvier 2017.")
    p(d, "Pieter Van Acker partagera la grille d'entretien d'admission utilisée à Gand avec les autres CPAS.")
    p(d, "V. Divers", style="Heading 1")
    p(d, "Le CPAS de Gand propose d'accueillir la prochaine rencontre. La proposition est acceptée.")
    p(d, "Prochaine réunion : mars 2017, à Gand (date à confirmer).", bold=True)
    pagebreak(d)
    p(d, "Nederlandse versie", italic=True, color=GREY)
    p(d, "I. Onthaal en inleiding", style="Heading 1")
    p(d, "Katrien Vandamme verwelkomt de deelnemers namens de POD Maatschappelijke Integratie. Het is de eerste bijeenkomst van "
         "alle OCMW's met een AMIF-project. Er volgt een voorstellingsronde. De vergadering wordt simultaan getolkt.")
    p(d, "II. Voorstelling van het AMIF-netwerk", style="Heading 1")
    p(d, "Olivier Mertens stelt het kader van het Fonds voor Asiel, Migratie en Integratie voor en de rol van de POD. Elk OCMW "
         "blijft eigenaar van de gegevens van zijn deelnemers; de POD ontvangt enkel geaggregeerde cijfers.")
    p(d, "III. Rondje van de OCMW's", style="Heading 1")
    p(d, "Gent, Luik, Charleroi, Antwerpen en Brussel lichten de stand van hun project toe (zie Franse versie).")
    p(d, "IV. Projectfiche: gemeenschappelijk model", style="Heading 1")
    p(d, "De POD stuurt het aangepaste model van de projectfiche tegen 15 december 2016 naar alle OCMW's.")
    p(d, "De OCMW's bezorgen hun ingevulde fiche vóór 13 januari 2017 aan de POD.")
    p(d, "Pieter Van Acker deelt het intakeschema van Gent met de andere OCMW's.")
    p(d, "V. Varia", style="Heading 1")
    p(d, "Volgende bijeenkomst: maart 2017, in Gent (datum te bevestigen).", bold=True)
    d.save("707_spp_premiere_rencontre_2016.docx")


# ---------------------------------------------------------------- 708 OCMW Gent, NL, 2017
def r708():
    d = new(footer="OCMW Gent – AMIF-project – verslag netwerkdag 16/03/2017", font="Calibri", size=11)
    p(d, "ONTWERP – nog na te lezen door Pieter", bold=True, color=RED)
    p(d, "Verslag netwerkdag AMIF – OCMW Gent", bold=True, size=16, color=BLUE)
    p(d, "Datum: donderdag 16 maart 2017")
    p(d, "Plaats: OCMW Gent, Onderbergen 86, 9000 Gent – vergaderzaal De Kouter")
    p(d, "Aanwezigen en verontschuldigden", bold=True)
    table(d, [["Naam", "Organisatie", ""],
              ["Lien De Smet", "OCMW Gent", "aanwezig"],
              ["Pieter Van Acker", "OCMW Gent", "aanwezig"],
              ["Youssef Benali", "OCMW Gent", "aanwezig"],
              ["Katrien Vandamme", "POD MI", "aanwezig"],
              ["Sophie Renard", "OCMW Luik", "aanwezig"],
              ["Julie Lambot", "OCMW Charleroi", "aanwezig"],
              ["Stijn Claes", "OCMW Antwerpen", "aanwezig"],
              ["Chantal Kabongo", "OCMW Brussel", "aanwezig"],
              ["Olivier Mertens", "POD MI", "verontschuldigd"],
              ["Marc Dufour", "OCMW Charleroi", "verontschuldigd"]], style="Light List Accent 1")
    p(d)
    p(d, "Agenda", bold=True)
    for t in ["Verwelkoming en koffie (10u00)", "Voorstelling van het Gentse project (10u15)",
              "Werkbezoek aan de taalactiveringsgroep (11u15)", "Lunch (12u30)",
              "Intake en oriëntatiebalans: uitwisseling (13u30)", "Afspraken en varia (15u00)"]:
        p(d, t, style="List Number")
    p(d, "1. Verwelkoming", bold=True, color=BLUE)
    p(d, "Lien De Smet verwelkomt iedereen in Gent. Er is geen tolk voorzien; Youssef Benali en Sophie Renard vertalen "
         "waar nodig informeel.")
    p(d, "2. Voorstelling van het Gentse project", bold=True, color=BLUE)
    p(d, "Het Gentse project werkt met twee trajectbegeleiders en een interculturele bemiddelaar. Deelnemers worden "
         "doorverwezen door de maatschappelijk werkers van de sociale diensten. Inschrijven kan op elk moment.")
    p(d, "Individuele begeleiding om de twee weken", style="List Bullet")
    p(d, "Wekelijkse groep taalactivering (Nederlands oefenen in het dagelijks leven)", style="List Bullet")
    p(d, "Maandelijkse socio-culturele uitstap", style="List Bullet")
    p(d, "3. Werkbezoek", bold=True, color=BLUE)
    p(d, "De deelnemers van de taalactiveringsgroep tonen hoe ze een bezoek aan de huisarts voorbereiden. De collega's van "
         "Luik en Charleroi vinden de rollenspellen sterk.")
    p(d, "4. Intake en oriëntatiebalans", bold=True, color=BLUE)
    p(d, "Elk OCMW legt uit hoe het intakegesprek verloopt. In Luik worden drie contracten getekend (met de maatschappelijk "
         "werker, met de intaker en met de verantwoordelijke van elke module). Gent werkt met één trajectovereenkomst. "
         "Aantal deelnemers met een oriëntatiebalans in 2016: ... (cijfer op te vragen).")
    p(d, "5. Afspraken", bold=True, color=BLUE)
    table(d, [["Wat", "Wie", "Tegen wanneer"],
              ["Intakeschema van Gent vertalen naar het Frans en doorsturen", "YB", "eind april"],
              ["Voorbeeld van de drie contracten van Luik bezorgen aan alle OCMW's", "SR", "volgende netwerkdag"],
              ["Lijst van gedeelde methodieken opstellen", "KV + LDS", "mei 2017"],
              ["Datum en programma van de netwerkdag in Luik bevestigen", "OCMW Luik", "1 mei"]], style="Table Grid")
    p(d, "YB = Youssef Benali; SR = Sophie Renard; KV = Katrien Vandamme; LDS = Lien De Smet", italic=True, size=9)
    p(d)
    p(d, "Volgende bijeenkomst: donderdag 22 juni 2017 in Luik.", bold=True)
    d.save("708_gent_netwerkdag_maart_2017.docx")


# ---------------------------------------------------------------- 709 CPAS Liège, FR, 2017
def r709():
    d = new(header="CPAS de Liège – Mod' Actions – projet cofinancé par le FAMI", font="Times New Roman", size=12)
    p(d, "Rencontre des CPAS FAMI", style="Title")
    p(d, "Liège, le jeudi 22 juin 2017 – L'Échelle des Mots", italic=True)
    p(d, "Étaient présents :", bold=True)
    for t in ["Nathalie Lejeune, coordinatrice, CPAS de Liège",
              "Karim Belkacem, assistant social, CPAS de Liège",
              "Sophie Renard, chargée des entretiens d'admission, CPAS de Liège",
              "Olivier Mertens, SPP Intégration Sociale",
              "Lien De Smet, CPAS de Gand",
              "Aïcha Boukhari, CPAS de Charleroi",
              "Jan Peeters, CPAS d'Anvers",
              "Mehdi Amrani, CPAS de Bruxelles"]:
        p(d, t, style="List Bullet")
    p(d, "Se sont excusés :", bold=True)
    for t in ["Katrien Vandamme, SPP Intégration Sociale", "Isabelle Van Hove, CPAS de Bruxelles"]:
        p(d, t, style="List Bullet")
    p(d, "Ordre du jour", bold=True, color=BLUE)
    for t in ["10h00 - 10h30\tAccueil et visite des locaux", "10h30 - 12h00\tLes ateliers de Mod' Actions",
              "12h00 - 13h00\tRepas à la ferme du CPAS", "13h00 - 15h00\tMéthodologies : mise en pratique",
              "15h00 - 15h30\tQuestions et feed-back"]:
        p(d, t)
    p(d, "1) Accueil par l'équipe liégeoise", style="Heading 2")
    p(d, "Nathalie Lejeune accueille les CPAS et présente l'organigramme du service. Une visite des locaux suit.")
    p(d, "2) Les ateliers de Mod' Actions", style="Heading 2")
    p(d, "Karim Belkacem présente les ateliers : activation sociale pour les personnes avec de faibles compétences "
         "linguistiques, atelier créatif, atelier informatique et réalisation de projet. Une excursion socioculturelle est "
         "organisée chaque mois.")
    p(d, "Fréquentation moyenne par atelier : [à compléter]")
    runs(d, [("► Action : ", {"b": True, "c": RED}), ("Sophie Renard envoie le calendrier des ateliers 2017-2018 à tous les CPAS.", {"c": RED})])
    p(d, "3) Méthodologies : mise en pratique", style="Heading 2")
    p(d, "Les participants testent un exercice de présentation et une manière ludique d'aborder le français. Lien De Smet "
         "fait remarquer qu'un exercice semblable existe à Gand en néerlandais.")
    runs(d, [("► Action : ", {"b": True, "c": RED}), ("Lien De Smet et Karim Belkacem comparent les deux exercices et en font une fiche commune.", {"c": RED})])
    p(d, "(photos de l'atelier à insérer)", italic=True, color=GREY)
    p(d, "4) Questions et feed-back", style="Heading 2")
    p(d, "Points forts : accueil chaleureux, travail intensif avec le public, esprit de groupe à la fin d'un module.")
    p(d, "Points à améliorer : communication vers les participants quand un cours est annulé ; l'enquête de satisfaction "
         "contient des termes trop abstraits.")
    runs(d, [("► Action : ", {"b": True, "c": RED}), ("le SPP prépare une version simplifiée de l'enquête de satisfaction pour la rencontre d'octobre.", {"c": RED})])
    p(d, "[Karim : peux-tu compléter les chiffres de fréquentation ?]", highlight=WD_COLOR_INDEX.YELLOW)
    p(d, "La prochaine rencontre aura lieu en octobre à Charleroi ; la date sera communiquée par le SPP.", italic=True)
    d.save("709_liege_mod_actions_juin_2017.docx")


# ---------------------------------------------------------------- 710 CPAS Charleroi, FR, 2018 (initials + legend)
def r710():
    d = new(header="CPAS de Charleroi – Service Action Migrants – Activ'Up", footer="Vers une politique de migration plus intégrée, grâce au FAMI", font="Century Gothic", size=10)
    p(d, "BROUILLON – ne pas diffuser", bold=True, color=RED, align="c")
    p(d, "CPAS CHARLEROI", bold=True, size=14, align="c")
    p(d, "Réunion FAMI", bold=True, align="c")
    p(d, "18 octobre 2018", align="c")
    p(d, "Lieu : CPAS de Charleroi, boulevard Joseph II 13, 6000 Charleroi")
    runs(d, [("Présents : ", {"b": True}), ("KV, OM (SPP) – MD, AB, JL (CPAS Charleroi) – VDC (CPAS Binche) – NLJ, SR (CPAS Liège) – PVA (CPAS Gand) – FY (CPAS Anvers) – CK (CPAS Bruxelles)", {})])
    runs(d, [("Excusés : ", {"b": True}), ("JP (CPAS Anvers), IVH (CPAS Bruxelles)", {})])
    p(d, "Légende : KV = Katrien Vandamme ; OM = Olivier Mertens ; MD = Marc Dufour ; AB = Aïcha Boukhari ; JL = Julie Lambot ; "
         "VDC = Véronique Delcourt ; NLJ = Nathalie Lejeune ; SR = Sophie Renard ; PVA = Pieter Van Acker ; FY = Fatma Yilmaz ; "
         "CK = Chantal Kabongo ; JP = Jan Peeters ; IVH = Isabelle Van Hove", italic=True, size=8)
    p(d, "Ordre du jour :", bold=True, color=BLUE)
    p(d, "1. Accueil – 9h30")
    p(d, "2. Le recrutement dans Activ'Up – 10h00")
    p(d, "3. Le partenariat avec Binche – 11h00")
    p(d, "4. Enquête de satisfaction simplifiée – 13h30")
    p(d, "5. Divers – 15h00")
    pagebreak(d)
    p(d, "A. Accueil", style="Heading 1")
    p(d, "MD accueille les CPAS au nom du Service Action Migrants. Tour de table rapide.")
    p(d, "B. Le recrutement dans Activ'Up", style="Heading 1")
    p(d, "JL présente l'entonnoir de recrutement des deux premiers modules :")
    table(d, [["", "Module 1", "Module 2"],
              ["Retenus par les AS", "315", "199"],
              ["Présents à la séance d'info", "110", "60"],
              ["Taux", "35 %", "30 %"]], style="Light Grid Accent 1")
    p(d, "Plus de 1.000 personnes avaient été listées au départ. Les CPAS constatent que l'invitation par courrier fonctionne "
         "mal ; un appel téléphonique de l'AS double le taux de présence.")
    p(d, "C. Le partenariat avec Binche", style="Heading 1")
    p(d, "VDC explique que Binche envoie ses participants aux ateliers collectifs de Charleroi et assure elle-même "
         "l'accompagnement individuel. Le trajet en bus reste un frein pour certains participants.")
    p(d, "D. Enquête de satisfaction simplifiée", style="Heading 1")
    p(d, "Le SPP présente la version simplifiée (pictogrammes, phrases courtes). Les CPAS la trouvent plus claire mais "
         "demandent des traductions en arabe, en dari et en tigrinya.")
    p(d, "E. Divers", style="Heading 1")
    p(d, "Il est décidé que la prochaine rencontre aura lieu au CPAS de Bruxelles.")
    p(d, "Qui fait quoi ?", bold=True, color=BLUE)
    table(d, [["Action", "Qui", "Pour quand"],
              ["Envoyer les chiffres de l'entonnoir de recrutement au SPP", "JL", "fin octobre"],
              ["Organiser une visite croisée Binche – Charleroi pour les AS", "MD + VDC", "décembre"],
              ["Faire traduire l'enquête simplifiée en arabe, dari et tigrinya", "SPP", "janvier 2019"],
              ["Tester l'enquête simplifiée avec un groupe de participants", "tous les CPAS", "prochaine rencontre"],
              ["Chercher une solution pour le transport des participants de Binche", "?", "à voir"]], style="Table Grid")
    p(d)
    p(d, "Prochaine rencontre : 21 février 2019, Bruxelles (CPAS de Bruxelles)", bold=True)
    d.save("710_charleroi_activup_octobre_2018.docx")


# ---------------------------------------------------------------- 711 OCMW Antwerpen, NL, 2020 online
def r711():
    d = new(header="OCMW Antwerpen | AMIF-project Samen Verder", footer="Verslag AMIF-netwerk – 14/05/2020", font="Calibri", size=11)
    p(d, "Verslag online netwerkoverleg AMIF", style="Title")
    p(d, "Donderdag 14 mei 2020 – Microsoft Teams", bold=True)
    p(d, "Door de coronamaatregelen vindt het overleg online plaats. Er is geen tolk; iedereen spreekt zijn eigen taal en "
         "vat waar nodig kort samen.", italic=True)
    runs(d, [("Aanwezig: ", {"b": True}),
             ("Stijn Claes (OCMW Antwerpen); Fatma Yilmaz (OCMW Antwerpen); Ann Verbeeck (OCMW Schoten); Koen Wouters (OCMW Edegem); "
              "Eva Janssens (OCMW Mortsel); Katrien Vandamme (POD MI); Youssef Benali (OCMW Gent); Karim Belkacem (OCMW Luik); "
              "Julie Lambot (OCMW Charleroi); Chantal Kabongo (OCMW Brussel)", {})])
    runs(d, [("Verontschuldigd: ", {"b": True}), ("Jan Peeters (OCMW Antwerpen); Véronique Delcourt (OCMW Binche)", {})])
    p(d, "Agenda", style="Heading 2")
    table(d, [["Van", "Tot", "Onderwerp"],
              ["14:00", "14:10", "Check-in"],
              ["14:10", "15:00", "Stand van zaken per OCMW tijdens de lockdown"],
              ["15:00", "15:30", "Groepsactiviteiten heropstarten"],
              ["15:30", "15:45", "Tevredenheidsenquête"],
              ["15:45", "16:00", "Varia"]], style="Medium Shading 1 Accent 1")
    p(d, "1. Check-in", style="Heading 1")
    p(d, "Stijn Claes opent het overleg. Iedereen vertelt kort hoe het team de voorbije weken heeft gewerkt.")
    p(d, "2. Stand van zaken per OCMW", style="Heading 1")
    p(d, "2.1 Antwerpen en partners", style="Heading 2")
    p(d, "Individuele begeleiding loopt telefonisch verder. Schoten, Edegem en Mortsel bellen hun deelnemers wekelijks. "
         "Een aantal deelnemers heeft geen smartphone of geen data.")
    p(d, "2.2 Gent", style="Heading 2")
    p(d, "Gent start in juni opnieuw met kleine groepen: 4 deelnemers + 1 begeleider.")
    p(d, "2.3 Luik en Charleroi", style="Heading 2")
    p(d, "Beide OCMW's hanteren de regel 3 deelnemers + 1 opleider. Charleroi stelt de informatiesessies uit tot september.")
    p(d, "2.4 Brussel", style="Heading 2")
    p(d, "Brussel werkt met videobellen in kleine groepen en leent tablets uit.")
    p(d, "Cijfers Mortsel: (aan te vullen door Eva)", color=RED)
    p(d, "3. Groepsactiviteiten heropstarten", style="Heading 1")
    p(d, "De groepsgrootte verschilt per OCMW en zal wellicht nog veranderen (misschien 6 + 1 na de zomer). Er wordt "
         "afgesproken de regels per OCMW op één overzicht te zetten.")
    runs(d, [("Actie: ", {"b": True}), ("overzicht van de groepsregels per OCMW opmaken en delen (wie: POD MI)", {})])
    runs(d, [("Actie: ", {"b": True}), ("ervaringen met lenen van tablets doorsturen naar Antwerpen (wie: OCMW Brussel)", {})])
    p(d, "4. Tevredenheidsenquête", style="Heading 1")
    p(d, "De vereenvoudigde enquête wordt ook in het Nederlands gebruikt. Antwerpen vraagt extra talen.")
    runs(d, [("Actie: ", {"b": True}), ("tevredenheidsenquête vertalen naar het Arabisch en Dari (wie: Fatma Yilmaz en Koen Wouters)", {})])
    p(d, "5. Varia", style="Heading 1")
    p(d, "Geen varia.")
    p(d, "Volgende vergadering: online, datum volgt via Doodle.", bold=True)
    d.save("711_antwerpen_online_lockdown_2020.docx")


# ---------------------------------------------------------------- 712 CPAS Bruxelles, FR | NL in two columns, 2021 hybrid
def r712():
    d = new(header="CPAS de Bruxelles – OCMW van Brussel", footer=TAG, font="Verdana", size=9)
    p(d, "Rapport de la rencontre des CPAS FAMI – Verslag van de bijeenkomst AMIF-OCMW's", bold=True, size=13, align="c")
    p(d, "21 octobre 2021 – 21 oktober 2021", align="c")
    p(d, "CPAS de Bruxelles, rue Haute 298a, 1000 Bruxelles, et en ligne (Zoom) – interprétation simultanée / simultaanvertaling", align="c")
    p(d, "Participants / Deelnemers", bold=True)
    table(d, [["Nom / Naam", "Organisation / Organisatie", "Présence / Aanwezigheid"],
              ["Isabelle Van Hove", "CPAS de Bruxelles", "présente (salle)"],
              ["Mehdi Amrani", "CPAS de Bruxelles", "présent (salle)"],
              ["Olivier Mertens", "SPP IS / POD MI", "présent (salle)"],
              ["Sarah Haddouchi", "SPP IS / POD MI", "présente (en ligne)"],
              ["Lien De Smet", "OCMW Gent", "aanwezig (online)"],
              ["Nathalie Lejeune", "CPAS de Liège", "présente (salle)"],
              ["Aïcha Boukhari", "CPAS de Charleroi", "présente (en ligne)"],
              ["Fatma Yilmaz", "OCMW Antwerpen", "aanwezig (zaal)"],
              ["Bram Hermans", "OCMW Mortsel", "aanwezig (online)"],
              ["Hélène Morel", "interprète / tolk", "présente (cabine)"],
              ["Chantal Kabongo", "CPAS de Bruxelles", "excusée"],
              ["Véronique Delcourt", "CPAS de Binche", "excusée"]], style="Table Grid")
    p(d)
    p(d, "Ordre du jour / Agenda", bold=True)
    p(d, "9h30 – 10h00 : Accueil / Onthaal")
    p(d, "10h00 – 11h00 : Les nouveaux indicateurs du FAMI 2021-2027 / De nieuwe AMIF-indicatoren 2021-2027")
    p(d, "11h00 – 12h00 : Retour des CPAS sur l'après-confinement / Terugkoppeling van de OCMW's over de periode na de lockdown")
    p(d, "12h00 – 12h30 : Divers / Varia")
    t = d.add_table(rows=5, cols=2)
    t.style = "Table Grid"
    cols = [
        (["1. Accueil", "Isabelle Van Hove accueille les participants dans la salle et en ligne. La rencontre est hybride, avec "
          "interprétation simultanée."],
         ["1. Onthaal", "Isabelle Van Hove verwelkomt de deelnemers in de zaal en online. De bijeenkomst is hybride, met "
          "simultaanvertaling."]),
        (["2. Indicateurs FAMI 2021-2027", "Olivier Mertens présente les indicateurs communs du règlement (UE) 2021/1147 : "
          "participants aux cours de langue, à l'orientation civique et à l'accompagnement professionnel personnalisé, et "
          "participants qui estiment que l'activité les a aidés à s'intégrer. Les CPAS transmettent des chiffres agrégés, "
          "jamais de noms.",
          "Action : le SPP envoie un tableau modèle pour la collecte annuelle des indicateurs.",
          "Action : chaque CPAS désigne une personne de contact pour les indicateurs avant le 30 novembre."],
         ["2. AMIF-indicatoren 2021-2027", "Olivier Mertens stelt de gemeenschappelijke indicatoren van verordening (EU) "
          "2021/1147 voor. De OCMW's bezorgen geaggregeerde cijfers, nooit namen.",
          "Actie: de POD stuurt een modeltabel voor de jaarlijkse verzameling van de indicatoren.",
          "Actie: elk OCMW duidt vóór 30 november een contactpersoon voor de indicatoren aan."]),
        (["3. Après le confinement", "Les groupes ont repris partout, avec des règles différentes (de 4 + 1 à 6 + 1). Les "
          "participants ont besoin de plus de temps pour reprendre un rythme. Liège signale que les démarches "
          "administratives prennent de plus en plus de temps.",
          "Action : Nathalie Lejeune et Aïcha Boukhari rédigent une note commune sur la reprise des groupes."],
         ["3. Na de lockdown", "De groepen zijn overal opnieuw gestart, met verschillende regels (van 4 + 1 tot 6 + 1).",
          "Actie: Nathalie Lejeune en Aïcha Boukhari schrijven een gezamenlijke nota over de heropstart."]),
        (["4. Divers", "Mortsel propose d'accueillir une rencontre en 2022.",
          "Prochaine réunion : 17 mars 2022, en ligne"],
         ["4. Varia", "Mortsel stelt voor om in 2022 een bijeenkomst te organiseren.",
          "Volgende vergadering: 17 maart 2022, online"]),
        (["NB : traduction NL à relire par Lien avant diffusion"], [""]),
    ]
    for i, (fr, nl) in enumerate(cols):
        for j, content in enumerate((fr, nl)):
            c = t.cell(i, j)
            c.text = ""
            first = c.paragraphs[0]
            r = first.add_run(content[0])
            if i < 4:
                r.bold = True
                r.font.color.rgb = BLUE
            else:
                r.italic = True
                r.font.color.rgb = RED
            for line in content[1:]:
                para = c.add_paragraph()
                rr = para.add_run(line)
                if line.startswith(("Action", "Actie")):
                    rr.bold = True
    d.save("712_bruxelles_hybride_indicateurs_2021.docx")


# ---------------------------------------------------------------- 713 CPAS Binche, FR, 2022 (simple bold lines, tabs)
def r713():
    d = new(font="Arial", size=11)
    p(d, "CPAS de Binche", bold=True)
    p(d, "Compte rendu – Réunion du réseau FAMI", bold=True, size=14)
    p(d, "Binche, le 12 mai 2022 – salle du Conseil")
    p(d, "Présents :", bold=True)
    for t in ["Delcourt Véronique – CPAS de Binche", "Lambot Julie – CPAS de Charleroi", "Dufour Marc – CPAS de Charleroi",
              "Haddouchi Sarah – SPP Intégration Sociale", "Renard Sophie – CPAS de Liège", "Amrani Mehdi – CPAS de Bruxelles",
              "Verbeeck Ann – OCMW Schoten", "Benali Youssef – OCMW Gent"]:
        p(d, t)
    p(d, "Excusés :", bold=True)
    p(d, "Claes Stijn – OCMW Antwerpen")
    p(d, "Ordre du jour :", bold=True)
    for t in ["9h30\tAccueil café", "10h00\tPrésentation du CPAS de Binche", "10h45\tTrajets des participants : transport et horaires",
              "12h00\tDîner", "13h00\tCommunication vers les participants", "14h30\tDivers"]:
        p(d, t)
    p(d)
    p(d, "Présentation du CPAS de Binche", bold=True, size=12)
    p(d, "Véronique présente le CPAS et son rôle de partenaire de Charleroi dans le projet. Binche suit une quinzaine de "
         "participants par an, surtout des femmes peu scolarisées.")
    p(d, "Trajets des participants", bold=True, size=12)
    p(d, "Depuis la visite croisée, les AS de Binche accompagnent les nouveaux participants lors de leur premier trajet vers "
         "Charleroi. Le CPAS rembourse désormais les abonnements de bus. Les horaires des ateliers restent un problème pour "
         "les mamans (école à 15h30).")
    p(d, "Communication vers les participants", bold=True, size=12)
    p(d, "Tous les CPAS constatent que les changements d'horaires et les cours annulés sont mal communiqués. Charleroi "
         "utilise WhatsApp depuis janvier ; Gand envoie des SMS. Le réseau décide de ne pas imposer un outil commun.")
    p(d, "Divers", bold=True, size=12)
    p(d, "Youssef signale que l'enquête de satisfaction en dari est prête.")
    p(d, "À faire :", bold=True, color=BLUE)
    p(d, "Véronique : envoyer la grille horaire de Binche à Julie pour aligner les ateliers", style="List Bullet")
    p(d, "Julie et Marc : proposer un horaire d'ateliers qui finit avant 15h", style="List Bullet")
    p(d, "SPP : vérifier si les frais de transport des participants sont éligibles au FAMI", style="List Bullet")
    p(d, "CPAS de Gand : partager le modèle de SMS aux participants", style="List Bullet")
    p(d)
    p(d, "Prochaine réunion : à fixer (proposition : Mortsel, automne 2022)")
    p(d, "Marc, peux-tu vérifier les chiffres de Charleroi avant diffusion ?", italic=True, color=RED)
    d.save("713_binche_trajets_participants_2022.docx")


# ---------------------------------------------------------------- 714 OCMW Schoten, NL, 2023 hybrid
def r714():
    d = new(header="OCMW Schoten – partner AMIF-project OCMW Antwerpen", font="Calibri", size=11)
    p(d, "Verslag netwerkdag AMIF", style="Title")
    p(d, "9 februari 2023 – Sociaal Huis Schoten en via Teams", bold=True)
    p(d, "Aanwezig", style="Heading 3")
    p(d, "OCMW Schoten: Ann Verbeeck, Tom Geerts")
    p(d, "OCMW Antwerpen: Stijn Claes, Fatma Yilmaz")
    p(d, "OCMW Edegem: Koen Wouters (online)")
    p(d, "OCMW Mortsel: Eva Janssens")
    p(d, "OCMW Gent: Lien De Smet (online)")
    p(d, "CPAS Liège: Karim Belkacem (online)")
    p(d, "POD MI: Sarah Haddouchi")
    p(d, "Verontschuldigd", style="Heading 3")
    p(d, "CPAS Charleroi: Aïcha Boukhari")
    p(d, "CPAS Bruxelles: Isabelle Van Hove")
    p(d, "Agenda", style="Heading 3")
    for t in ["10u – 10u15 welkom", "10u15 – 11u werking van de partners in de Antwerpse rand", "11u – 12u evenwichtige uurroosters voor oude en nieuwe deelnemers",
              "12u – 12u30 gevoelige thema's in groepsactiviteiten"]:
        p(d, t, style="List Bullet")
    p(d, "Welkom", style="Heading 2")
    p(d, "Ann Verbeeck verwelkomt de collega's in het Sociaal Huis. Drie collega's volgen online. Er is geen vertaling; de "
         "Franstalige collega volgt met ondertitels in Teams.")
    p(d, "Werking van de partners in de Antwerpse rand", style="Heading 2")
    p(d, "Schoten, Edegem en Mortsel werken samen met Antwerpen. De kleine OCMW's doen zelf de intake en de individuele "
         "begeleiding; de groepsmodules vinden in Antwerpen plaats.")
    p(d, "Schoten: 14 deelnemers in 2022, waarvan 9 vrouwen.", style="List Bullet")
    runs(d, [("Edegem: 11 deelnemers in 2022.", {"h": WD_COLOR_INDEX.YELLOW})], style="List Bullet")
    runs(d, [("Mortsel: 8 deelnemers in 2022.", {"h": WD_COLOR_INDEX.YELLOW})], style="List Bullet")
    p(d, "Evenwichtige uurroosters", style="Heading 2")
    p(d, "Nieuwe deelnemers komen vaak midden in een module binnen. Antwerpen test een instapweek. Het netwerk vindt dat "
         "oude en nieuwe deelnemers niet altijd samen moeten zitten.")
    p(d, "Gevoelige thema's", style="Heading 2")
    p(d, "Activiteiten over seksualiteit of huiselijk geweld worden nooit verplicht gemaakt. Het netwerk beslist dat deze "
         "sessies altijd vrijblijvend zijn en door een externe partner worden gegeven.")
    p(d, "Actielijst", style="Heading 2")
    table(d, [["Nr", "Actie", "Verantwoordelijke", "Timing"],
              ["1", "Verslag van de instapweek bezorgen aan het netwerk", "Stijn Claes", "april 2023"],
              ["2", "Lijst van externe partners voor gevoelige thema's aanvullen", "alle OCMW's", "volgende netwerkdag"],
              ["3", "Nagaan of ondertiteling in Teams volstaat als vertaling", "POD MI", "maart 2023"],
              ["4", "Gezamenlijke vorming voor de intakers organiseren", "nog te bepalen", "najaar 2023"]], style="Light Grid Accent 5")
    p(d)
    p(d, "Tekst in geel nog te bevestigen door Koen en Eva.", italic=True)
    p(d, "Volgende netwerkdag: dinsdag 13 juni 2023 in Edegem", bold=True)
    d.save("714_schoten_netwerkdag_hybride_2023.docx")


# ---------------------------------------------------------------- 715 OCMW Edegem, NL + FR paragraph by paragraph, 2024 online
def r715():
    d = new(header=TAG, footer="OCMW Edegem – verslag / rapport 28.11.2024", font="Calibri", size=10)
    p(d, "Verslag bijeenkomst OCMW's – Rapport rencontre CPAS", style="Title")
    p(d, "28 november 2024 – 28 novembre 2024", bold=True)
    p(d, "Online (Webex), met simultaanvertaling NL-FR / en ligne (Webex), avec interprétation simultanée NL-FR")
    table(d, [["Aanwezig / Présents", "Verontschuldigd / Excusés"],
              ["Koen Wouters (OCMW Edegem)\nEva Janssens (OCMW Mortsel)\nAnn Verbeeck (OCMW Schoten)\nFatma Yilmaz (OCMW Antwerpen)\n"
               "Sarah Haddouchi (POD MI / SPP IS)\nYoussef Benali (OCMW Gent)\nSophie Renard (CPAS Liège)\nJulie Lambot (CPAS Charleroi)\n"
               "Mehdi Amrani (CPAS Bruxelles)\nDirk Segers (tolk / interprète)\nHélène Morel (tolk / interprète)",
               "Stijn Claes (OCMW Antwerpen)\nVéronique Delcourt (CPAS Binche)"]], style="Table Grid")
    p(d)
    p(d, "Agenda / Ordre du jour", bold=True)
    for t in ["09:30-09:45 Verwelkoming / Accueil", "09:45-10:45 Bewaring van documenten en persoonsgegevens / Conservation des documents et données personnelles",
              "10:45-11:30 Stand van zaken / État des lieux", "11:30-12:00 Varia / Divers"]:
        p(d, t)
    p(d, "1. Verwelkoming – Accueil", style="Heading 1")
    p(d, "Koen Wouters opent de vergadering en test kort de tolkkanalen.")
    p(d, "Koen Wouters ouvre la réunion et teste les canaux d'interprétation.", italic=True, color=GREY)
    p(d, "2. Bewaring van documenten en persoonsgegevens – Conservation des documents et données personnelles", style="Heading 1")
    p(d, "Sarah Haddouchi herinnert aan de regels: documenten van een AMIF-project worden vijf jaar bewaard vanaf 31 december "
         "van het jaar van de laatste betaling (verordening (EU) 2021/1060, artikel 82). Persoonsgegevens worden niet langer "
         "bewaard dan nodig (AVG artikel 5.1.e). Een deelnemer mag inzage vragen in alles wat over hem bewaard wordt.")
    p(d, "Sarah Haddouchi rappelle les règles : les documents d'un projet FAMI sont conservés cinq ans à partir du 31 décembre "
         "de l'année du dernier paiement. Les données personnelles ne sont pas gardées plus longtemps que nécessaire.", italic=True, color=GREY)
    runs(d, [("→ ", {"b": True}), ("Sarah Haddouchi bezorgt een overzicht van de bewaartermijnen aan alle OCMW's.", {})])
    runs(d, [("→ ", {"b": True}), ("Sarah Haddouchi transmet un aperçu des délais de conservation à tous les CPAS.", {"i": True, "c": GREY})])
    runs(d, [("→ ", {"b": True}), ("Elk OCMW controleert welke deelnemersdossiers van 2016-2018 nog bewaard worden.", {})])
    runs(d, [("→ ", {"b": True}), ("Chaque CPAS vérifie quels dossiers de participants de 2016-2018 sont encore conservés.", {"i": True, "c": GREY})])
    p(d, "3. Stand van zaken – État des lieux", style="Heading 1")
    p(d, "Edegem en Mortsel melden een stijging van het aantal aanmeldingen. Gent en Luik werken met wachtlijsten.")
    p(d, "Edegem et Mortsel signalent une hausse des inscriptions. Gand et Liège travaillent avec des listes d'attente.", italic=True, color=GREY)
    runs(d, [("→ ", {"b": True}), ("Youssef Benali en Sophie Renard delen hun werkwijze met wachtlijsten op de volgende bijeenkomst.", {})])
    runs(d, [("→ ", {"b": True}), ("Youssef Benali et Sophie Renard présentent leur gestion des listes d'attente à la prochaine rencontre.", {"i": True, "c": GREY})])
    p(d, "[FR-vertaling van punt 4 nog toe te voegen]", color=RED)
    p(d, "4. Varia – Divers", style="Heading 1")
    p(d, "Mortsel organiseert de volgende bijeenkomst ter plaatse.")
    p(d)
    p(d, "Volgende bijeenkomst / Prochaine rencontre : 20 maart 2025 – 20 mars 2025, Mortsel", bold=True)
    d.save("715_edegem_bewaring_conservation_2024.docx")


# ---------------------------------------------------------------- 716 OCMW Mortsel, NL, 2026 (concept, 01/02 headings, checkboxes)
def r716():
    d = new(header="OCMW Mortsel – AMIF-netwerk", footer="CONCEPT v0.2", font="Aptos", size=11)
    p(d, "CONCEPT v0.2 – niet verspreiden", bold=True, color=RED)
    p(d, "Verslag netwerkbijeenkomst AMIF", style="Title")
    p(d, "Mortsel, donderdag 19 maart 2026 – Sociaal Huis, Mortsel", bold=True)
    p(d, "Aanwezig", bold=True, color=BLUE)
    for t in ["Eva Janssens (OCMW Mortsel, coördinator)", "Bram Hermans (OCMW Mortsel, trajectbegeleider)",
              "Koen Wouters (OCMW Edegem)", "Stijn Claes (OCMW Antwerpen)", "Sarah Haddouchi (POD MI)",
              "Lien De Smet (OCMW Gent)", "Nathalie Lejeune (OCMW Luik)", "Julie Lambot (OCMW Charleroi)",
              "Prof. Els Vermeulen (Universiteit Antwerpen, gastspreker)"]:
        p(d, t, style="List Bullet")
    p(d, "Verontschuldigd", bold=True, color=BLUE)
    for t in ["Ann Verbeeck (OCMW Schoten)", "Isabelle Van Hove (OCMW Brussel)", "Véronique Delcourt (OCMW Binche)"]:
        p(d, t, style="List Bullet")
    p(d, "Programma", bold=True, color=BLUE)
    for tm, tt in [("13:30 – 13:45", "Ontvangst"), ("13:45 – 14:45", "Eindevaluatie van de AMIF-projecten"),
                   ("14:45 – 15:30", "Wat werkt? Resultaten van het onderzoek"), ("15:30 – 16:00", "Afsluiting en afspraken")]:
        runs(d, [(tm, {"b": True}), ("\t" + tt, {})])
    p(d, "01 Ontvangst", style="Heading 1")
    p(d, "Eva Janssens verwelkomt de deelnemers. Er is geen tolk; de Franstalige collega's begrijpen Nederlands en "
         "spreken Frans.")
    p(d, "02 Eindevaluatie van de AMIF-projecten", style="Heading 1")
    p(d, "Sarah Haddouchi schetst het tijdpad van de eindrapportering. De POD verzamelt de resultaatindicatoren per OCMW: "
         "deelnemers die minstens één ERK-niveau zijn gestegen en deelnemers die zeggen dat de activiteit hen bij de "
         "integratie heeft geholpen.")
    p(d, "Aantal deelnemers Mortsel 2021-2025: 46 [EJ: klopt dit cijfer?]")
    p(d, "03 Wat werkt?", style="Heading 1")
    p(d, "Prof. Els Vermeulen stelt de resultaten voor van interviews met deelnemers van Antwerpen en de partnergemeenten. "
         "De band met de begeleider en de groepsgeest aan het einde van een module komen telkens terug.")
    p(d, "[grafiek onderzoek nog invoegen]", italic=True, color=GREY)
    p(d, "04 Afsluiting en afspraken", style="Heading 1")
    p(d, "☑ Tevredenheidsenquêtes 2025 verzameld (alle OCMW's)")
    p(d, "☐ Bram: resultaatindicatoren van Mortsel invullen in het sjabloon van de POD tegen 30 april")
    p(d, "☐ Lien + Nathalie: presentatie voor de slotconferentie voorbereiden")
    p(d, "☐ OCMW Antwerpen: cijfers van de partnergemeenten bundelen en aan de POD bezorgen")
    p(d, "☐ Slotconferentie: een geschikte locatie zoeken (wie?)")
    p(d)
    p(d, "Volgende bijeenkomst: najaar 2026, gastheer nog te bepalen.", italic=True)
    d.save("716_mortsel_eindevaluatie_2026.docx")


if __name__ == "__main__":
    for f in (r707, r708, r709, r710, r711, r712, r713, r714, r715, r716):
        f()
