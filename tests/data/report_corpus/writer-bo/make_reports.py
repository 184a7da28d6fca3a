# -*- coding: utf-8 -*-
"""Builds the ten meeting reports 677-686, each in its own secretary's Word habits."""
from docx import Document
from docx.shared import Pt, RGBColor, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK

TAG_NL = "Naar een geïntegreerd migratiebeleid, dankzij het AMIF"
TAG_FR = "Vers une politique de migration plus intégrée, grâce au FAMI"


def new(header_lines=None, footer=None, font="Calibri", size=11):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    sec = d.sections[0]
    if header_lines:
        hp = sec.header.paragraphs[0]
        for i, l in enumerate(header_lines):
            if i:
                hp.add_run().add_break()
            r = hp.add_run(l)
            r.italic = True
            r.font.size = Pt(8)
    if footer:
        fp = sec.footer.paragraphs[0]
        fp.text = footer
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return d


def p(d, text="", bold=False, italic=False, color=None, size=None, align=None, style=None, underline=False):
    par = d.add_paragraph(style=style) if style else d.add_paragraph()
    if text:
        r = par.add_run(text)
        r.bold = bold
        r.italic = italic
        r.underline = underline
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
        if size:
            r.font.size = Pt(size)
    if align == "c":
        par.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return par


def lab(d, label, text, bold_label=True):
    par = d.add_paragraph()
    r = par.add_run(label)
    r.bold = bold_label
    par.add_run(text)
    return par


def bullets(d, items, style="List Bullet"):
    for it in items:
        d.add_paragraph(it, style=style)


def table(d, rows, header=True, style="Table Grid", widths=None):
    t = d.add_table(rows=0, cols=len(rows[0]))
    t.style = style
    for i, row in enumerate(rows):
        cells = t.add_row().cells
        for j, val in enumerate(row):
            cells[j].text = ""
            lines = val if isinstance(val, list) else [val]
            for k, l in enumerate(lines):
                par = cells[j].paragraphs[0] if k == 0 else cells[j].add_paragraph()
                r = par.add_run(l)
                if header and i == 0:
                    r.bold = True
    return t


def pagebreak(d):
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


# ---------------------------------------------------------------- 677 SPP IS, FR then NL, 2016
def r677():
    d = new([TAG_NL, TAG_FR, "POD | Maatschappelijke Integratie – SPP | Intégration Sociale"], footer="SPP IS – POD MI")
    p(d, "PROJET – à valider par les CPAS avant diffusion", italic=True, color="C00000")
    p(d, "Rapport rencontre CPAS – Verslag bijeenkomst OCMW's", bold=True, size=16, align="c")
    p(d, "FAMI 24 novembre 2016 – 24 november 2016", bold=True, align="c")
    p(d, "SPP Intégration Sociale, boulevard du Jardin Botanique 50, 1000 Bruxelles", align="c")
    p(d, "Avec interprétation simultanée FR-NL", italic=True, align="c")
    lab(d, "Présents : ", "Lotte Verhaegen (SPP IS), Hanne Goossens (SPP IS), Sofie Van Damme (CPAS Gand), "
        "Pieter Claeys (CPAS Gand), Nadia Lambotte (CPAS Liège), Marc Dufrane (CPAS Charleroi), "
        "Jeroen Peeters (CPAS Anvers), Amélie Verstraeten (CPAS Bruxelles), Karim El Idrissi (CPAS Bruxelles)")
    lab(d, "Interprètes : ", "Anne-Sophie Roels, Koen De Wit")
    lab(d, "Excusés : ", "Gaëtan Renard (CPAS Liège), Ayse Yilmaz (CPAS Anvers)")
    p(d, "Ordre du jour", bold=True)
    for l in ["10h00 – 10h30\tAccueil et tour de table", "10h30 – 11h15\tLe FAMI et le rôle du SPP IS",
              "11h15 – 12h30\tPrésentation des projets des cinq CPAS", "12h30 – 13h30\tLunch",
              "13h30 – 14h30\tIndicateurs et rapportage", "14h30 – 15h00\tQuestions diverses et prochaine rencontre"]:
        p(d, l)
    d.add_heading("I. Accueil et tour de table", 1)
    p(d, "Lotte Verhaegen souhaite la bienvenue aux cinq CPAS qui lancent leur projet FAMI. Chaque participant se "
         "présente brièvement. Les interprètes assurent la traduction simultanée pendant toute la journée.")
    d.add_heading("II. Le FAMI et le rôle du SPP IS", 1)
    p(d, "Le SPP IS suit les projets, rassemble les chiffres des CPAS et fait le lien avec l'autorité responsable du "
         "fonds. Hanne Goossens rappelle que chaque CPAS reste propriétaire des données de ses participants : "
         "le SPP ne reçoit que des chiffres globaux.")
    d.add_heading("III. Présentation des projets", 1)
    p(d, "Gand travaille avec des médiateurs interculturels ; Liège organise un bilan d'orientation pour chaque "
         "nouveau client ; Charleroi liste d'abord les participants potentiels avec les antennes sociales ; "
         "Anvers prépare le partenariat avec Schoten, Edegem et Mortsel ; Bruxelles démarre en janvier.")
    d.add_heading("IV. Indicateurs et rapportage", 1)
    p(d, "Les CPAS demandent un modèle unique de rapport annuel. Il est décidé que les rencontres auront lieu trois "
         "fois par an, à tour de rôle dans un CPAS.")
    d.add_heading("V. Divers", 1)
    p(d, "Points d'action :", bold=True)
    bullets(d, ["Chaque CPAS envoie sa fiche projet complétée au SPP IS pour le 16 décembre 2016.",
                "Le SPP IS fera circuler le modèle de rapport annuel avant fin décembre.",
                "Jeroen Peeters et Sofie Van Damme préparent une proposition de calendrier des rencontres 2017.",
                "Nadia Lambotte transmettra la grille d'entretien d'admission de Liège à tous les CPAS."])
    p(d, "Prochaine rencontre : le 9 mars 2017 au CPAS de Gand.", bold=True)
    pagebreak(d)
    p(d, "Verslag bijeenkomst OCMW's – 24 november 2016", bold=True, size=14, align="c")
    lab(d, "Aanwezig: ", "Lotte Verhaegen (POD MI), Hanne Goossens (POD MI), Sofie Van Damme (OCMW Gent), "
        "Pieter Claeys (OCMW Gent), Nadia Lambotte (OCMW Luik), Marc Dufrane (OCMW Charleroi), "
        "Jeroen Peeters (OCMW Antwerpen), Amélie Verstraeten (OCMW Brussel), Karim El Idrissi (OCMW Brussel)")
    lab(d, "Tolken: ", "Anne-Sophie Roels, Koen De Wit")
    lab(d, "Verontschuldigd: ", "Gaëtan Renard (OCMW Luik), Ayse Yilmaz (OCMW Antwerpen)")
    p(d, "Agenda", bold=True)
    for l in ["10u00 – 10u30\tOnthaal en kennismakingsronde", "10u30 – 11u15\tHet AMIF en de rol van de POD MI",
              "11u15 – 12u30\tVoorstelling van de projecten van de vijf OCMW's", "12u30 – 13u30\tLunch",
              "13u30 – 14u30\tIndicatoren en rapportering", "14u30 – 15u00\tVaria en volgende bijeenkomst"]:
        p(d, l)
    d.add_heading("I. Onthaal en kennismakingsronde", 1)
    p(d, "Lotte Verhaegen verwelkomt de vijf OCMW's die hun AMIF-project opstarten. De tolken verzorgen de hele dag "
         "de simultaanvertaling.")
    d.add_heading("II. Het AMIF en de rol van de POD MI", 1)
    p(d, "De POD MI volgt de projecten op en verzamelt de cijfers. Elk OCMW blijft eigenaar van de gegevens van "
         "zijn deelnemers.")
    d.add_heading("III. Voorstelling van de projecten", 1)
    p(d, "Gent, Luik, Charleroi, Antwerpen en Brussel stellen hun project kort voor.")
    d.add_heading("IV. Indicatoren en rapportering", 1)
    p(d, "Er wordt beslist om drie keer per jaar samen te komen, telkens in een ander OCMW.")
    d.add_heading("V. Varia", 1)
    p(d, "Actiepunten:", bold=True)
    bullets(d, ["Elk OCMW bezorgt zijn ingevulde projectfiche aan de POD MI tegen 16 december 2016.",
                "De POD MI verspreidt het model van jaarrapport voor eind december.",
                "Jeroen Peeters en Sofie Van Damme bereiden een voorstel van kalender 2017 voor.",
                "Nadia Lambotte bezorgt het Luikse intakeschema aan alle OCMW's."])
    p(d, "Volgende bijeenkomst: 9 maart 2017 in OCMW Gent.", bold=True)
    d.save("677_spp_lancement_reseau.docx")


# ---------------------------------------------------------------- 678 Gent, NL, online 2021
def r678():
    d = new(["OCMW Gent – AMIF-project"], footer="Verslag netwerkoverleg 11/02/2021", font="Arial", size=10)
    p(d, "ONTWERP – nog na te lezen door Pieter", bold=True, color="FF0000")
    d.add_heading("Verslag netwerkoverleg AMIF – online (Teams)", 0)
    p(d, "Datum: donderdag 11 februari 2021, 9u30 – 12u00")
    p(d, "Verslag: Yasmina Bouzid (OCMW Gent)", italic=True)
    table(d, [["Naam", "Organisatie", "Aanwezig"],
              ["Yasmina Bouzid", "OCMW Gent", "✓"],
              ["Pieter Claeys", "OCMW Gent", "✓"],
              ["Thomas Delvaux", "POD MI", "✓"],
              ["Fatou Diallo", "OCMW Luik", "✓"],
              ["Valérie Gilson", "OCMW Charleroi", "✓"],
              ["Samir Haddouchi", "OCMW Charleroi", "verontschuldigd"],
              ["Ayse Yilmaz", "OCMW Antwerpen", "✓"],
              ["Dirk Smets", "OCMW Mortsel", "verontschuldigd"],
              ["Julie Masson", "OCMW Brussel", "✓"]])
    p(d)
    p(d, "Agenda", bold=True, size=12)
    for it in ["Goedkeuring vorig verslag", "Stand van zaken per OCMW", "Groepsgrootte tijdens corona",
               "Tevredenheidsenquête", "Varia"]:
        d.add_paragraph(it, style="List Number")
    d.add_heading("Goedkeuring vorig verslag", 1)
    p(d, "Het verslag van 15 oktober 2020 wordt zonder opmerkingen goedgekeurd.")
    d.add_heading("Stand van zaken per OCMW", 1)
    d.add_heading("Gent", 2)
    p(d, "De groepsmodules lopen opnieuw, in kleine groepen. De individuele begeleiding gebeurt deels telefonisch.")
    d.add_heading("Luik", 2)
    p(d, "[Luik: stand van zaken nog aan te vullen door Fatou]", italic=True, color="808080")
    d.add_heading("Charleroi", 2)
    p(d, "Charleroi werkt met 3 deelnemers + 1 begeleider. De infosessies worden online aangeboden.")
    d.add_heading("Antwerpen", 2)
    p(d, "Antwerpen en de partners hebben de intakes verder gezet via videobellen.")
    d.add_heading("Brussel", 2)
    p(d, "Brussel heeft een nota gemaakt over online sessies met deelnemers die weinig digitale vaardigheden hebben.")
    d.add_heading("Groepsgrootte tijdens corona", 1)
    p(d, "In Gent geldt de regel 4 deelnemers + 1 begeleider. Er wordt beslist om de 4 + 1-regel aan te houden tot "
         "de paasvakantie.")
    d.add_heading("Tevredenheidsenquête", 1)
    p(d, "De huidige enquête is te abstract voor de doelgroep. Woorden als 'zelfredzaamheid' worden niet begrepen.")
    d.add_heading("Varia", 1)
    p(d, "Geen punten.")
    d.add_heading("Actiepunten", 1)
    table(d, [["Wat", "Wie", "Tegen"],
              ["Nieuwe versie tevredenheidsenquête in eenvoudige taal opstellen", "POD MI", "maart 2021"],
              ["Vertaling enquête naar Arabisch en Dari laten nakijken", "Pieter en Ayse", "april 2021"],
              ["Cijfers deelnemers 2020 doorsturen naar POD MI", "alle OCMW's", "26 februari"],
              ["Afspraak maken met ICT over Teams-licenties", "nog te bepalen", "—"]])
    p(d)
    p(d, "Volgend overleg: donderdag 20 mei 2021 (online)", bold=True)
    d.save("678_gent_overleg_teams.docx")


# ---------------------------------------------------------------- 679 Liège, FR, 2018
def r679():
    d = new(["CPAS de Liège – Projet Mod' Actions", TAG_FR], footer="Compte rendu – réseau FAMI", font="Times New Roman")
    p(d, "Réunion du réseau FAMI – Compte rendu", bold=True, size=15, align="c")
    p(d, "Liège, le jeudi 22 mars 2018", align="c")
    p(d, "Lieu : Maison Mod' Actions, rue des Prémontrés 12, 4000 Liège", align="c")
    p(d, "Présents :", bold=True, underline=True)
    for l in ["Nadia Lambotte (NLa) – CPAS de Liège", "Gaëtan Renard (GR) – CPAS de Liège",
              "Fatou Diallo (FD) – CPAS de Liège", "Lotte Verhaegen (LV) – SPP IS",
              "Sofie Van Damme (SVD) – CPAS de Gand", "Marc Dufrane (MD) – CPAS de Charleroi",
              "Didier Lemaire (DL) – CPAS de Binche", "Wouter Janssens (WJ) – CPAS d'Anvers",
              "Karim El Idrissi (KEI) – CPAS de Bruxelles"]:
        p(d, l)
    p(d, "Excusés :", bold=True, underline=True)
    p(d, "Julie Masson – CPAS de Bruxelles ; Pieter Claeys – CPAS de Gand")
    p(d, "Ordre du jour :", bold=True, underline=True)
    for l in ["9h30 : Accueil – café", "10h00 : Les trois contrats du participant",
              "11h00 : Visite de l'atelier informatique", "12h30 : Repas",
              "13h30 : Échange sur l'enquête de satisfaction", "15h30 : Clôture"]:
        p(d, l)
    d.add_heading("A. Accueil", 2)
    p(d, "NLa accueille le réseau dans la maison du projet. GR présente l'équipe (trois animateurs, une chargée "
         "des entretiens d'admission, un formateur en informatique).")
    d.add_heading("B. Les trois contrats du participant", 2)
    p(d, "FD explique les trois contrats signés par chaque participant : avec son AS, avec la personne qui fait "
         "l'entretien d'admission et avec le responsable de chaque module. Les règles sur le taux de présence et la "
         "ponctualité y sont fixées.")
    p(d, "[à compléter : chiffres de présence du module 2 – Gaëtan]", italic=True, color="0070C0")
    p(d, "→ FD : envoyer le modèle des trois contrats à tous les CPAS.", bold=True)
    d.add_heading("C. Visite de l'atelier informatique", 2)
    p(d, "Visite de l'atelier : huit postes, une séance par semaine, un groupe débutant et un groupe avancé.")
    p(d, "(photos de l'atelier à insérer)", italic=True)
    d.add_heading("D. L'enquête de satisfaction", 2)
    p(d, "Tous les CPAS trouvent l'enquête trop abstraite. SVD propose des pictogrammes ; DL signale que Binche n'a "
         "pas encore reçu la version papier.")
    p(d, "→ LV + SVD : proposer une version simplifiée de l'enquête pour la prochaine réunion.", bold=True)
    p(d, "→ Tous les CPAS : compter les présences par module jusqu'en juin.", bold=True)
    d.add_heading("E. Divers", 2)
    p(d, "Charleroi organise une séance d'information commune avec Binche au printemps.")
    p(d, "→ MD : vérifier avec Binche la date de la séance d'information.", bold=True)
    p(d, "Prochaine réunion : le 14 juin 2018 à Charleroi", bold=True)
    d.save("679_liege_trois_contrats.docx")


# ---------------------------------------------------------------- 680 Charleroi, FR, hybride 2022
def r680():
    d = new(["CPAS de Charleroi – Service Action Migrants – Activ'Up"], footer="Réunion réseau FAMI – 09/06/2022")
    p(d, "CPAS CHARLEROI", bold=True, size=14)
    p(d, "Réunion FAMI", bold=True, size=14)
    p(d, "9 juin 2022", bold=True)
    p(d, TAG_FR, italic=True)
    p(d, "Format hybride : salle du conseil du CPAS de Charleroi et Teams")
    p(d, "Présents", bold=True)
    bullets(d, ["Valérie Gilson – CPAS de Charleroi", "Samir Haddouchi – CPAS de Charleroi",
                "Christelle Hanotiau – CPAS de Binche", "Fatou Diallo – CPAS de Liège",
                "Thomas Delvaux – SPP IS (Teams)", "Yasmina Bouzid – CPAS de Gand (Teams)",
                "Jeroen Peeters – CPAS d'Anvers (Teams)", "Julie Masson – CPAS de Bruxelles (Teams)"])
    p(d, "Excusés", bold=True)
    bullets(d, ["Gaëtan Renard – CPAS de Liège", "Kristel Wouters – CPAS de Schoten"])
    p(d, "Ordre du jour", bold=True)
    table(d, [["Heure", "Point"],
              ["09:30–09:45", "Accueil (salle et Teams)"],
              ["09:45–10:30", "Tour de table"],
              ["10:30–11:15", "L'entonnoir de recrutement à Charleroi"],
              ["11:15–12:00", "Règles de groupe : fin du 6 + 1 ?"],
              ["12:00–12:30", "Points forts et points à améliorer"]])
    p(d)
    p(d, "(relire avec Samir avant envoi)", italic=True, color="7F7F7F")
    d.add_heading("1) Tour de table", 1)
    p(d, "Liège a repris tous ses ateliers. Gand signale des listes d'attente pour le module de langue. Anvers "
         "travaille sur le nouveau programme 2021-2027. Bruxelles a engagé une médiatrice interculturelle.")
    d.add_heading("2) L'entonnoir de recrutement", 1)
    p(d, "Samir présente les chiffres du module 1 : 420 personnes listées par les antennes, 140 retenues par les "
         "AS, 49 présentes à la séance d'information (35 %).")
    p(d, "Chiffres module 2 : ??", color="FF0000")
    p(d, "Action – Samir Haddouchi : mettre à jour l'entonnoir de recrutement pour le module 2.", bold=True)
    d.add_heading("3) Règles de groupe", 1)
    p(d, "Les CPAS sont d'accord pour abandonner la règle 6 + 1 à partir de septembre ; chaque CPAS reprend ses "
         "groupes habituels.")
    p(d, "Action – SPP IS : relancer l'autorité responsable sur les indicateurs communs.", bold=True)
    d.add_heading("4) Points forts et points à améliorer", 1)
    p(d, "Points forts : le travail intensif avec le public, l'esprit de groupe en fin de module.")
    p(d, "Points à améliorer : prévenir plus tôt les participants quand un cours est annulé ; prévoir les "
         "activités plus tôt car les démarches administratives prennent plus de temps.")
    p(d, "Action – CPAS de Binche : envoyer ses horaires de l'automne à Charleroi.", bold=True)
    p(d, "Action – à désigner : rédiger une synthèse des points forts pour le réseau.", bold=True)
    p(d, "Prochaine réunion : septembre 2022, date à fixer via Doodle", bold=True)
    d.save("680_charleroi_reunion_hybride.docx")


# ---------------------------------------------------------------- 681 Antwerpen, NL, 2019
def r681():
    d = new(["OCMW Antwerpen – AMIF", TAG_NL], footer="Verslag netwerkdag 28/11/2019")
    p(d, "Verslag netwerkdag AMIF", bold=True, size=16)
    p(d, "Donderdag 28 november 2019 – OCMW Antwerpen, Lange Gasthuisstraat 39, 2000 Antwerpen")
    p(d, "Met fluistertolk Frans-Nederlands voor de Franstalige collega's.", italic=True)
    p(d, "Aanwezig", bold=True)
    for l in ["Wouter Janssens\tOCMW Antwerpen", "Jeroen Peeters\tOCMW Antwerpen", "Ayse Yilmaz\tOCMW Antwerpen",
              "Kristel Wouters\tOCMW Schoten", "An Vermeulen\tOCMW Edegem", "Ilse Mertens\tOCMW Mortsel",
              "Lotte Verhaegen\tPOD MI", "Sofie Van Damme\tOCMW Gent", "Gaëtan Renard\tOCMW Luik",
              "Marc Dufrane\tOCMW Charleroi", "Amélie Verstraeten\tOCMW Brussel", "Céline Dumont\ttolk"]:
        p(d, l)
    p(d, "Verontschuldigd", bold=True)
    for l in ["Bart Claes\tOCMW Edegem", "Nadia Lambotte\tOCMW Luik"]:
        p(d, l)
    p(d, "Agenda", bold=True)
    for l in ["09.30 u – 10.00 u: Onthaal en koffie", "10.00 u – 11.00 u: Het Antwerpse traject en de partners",
              "11.00 u – 12.00 u: Werken met de partner-OCMW's", "12.00 u – 13.00 u: Lunch",
              "13.00 u – 14.30 u: Workshop tevredenheidsenquête", "14.30 u – 15.00 u: Afspraken"]:
        p(d, l)
    d.add_heading("1. Onthaal", 1)
    p(d, "Wouter Janssens verwelkomt iedereen. Céline Dumont tolkt voor de collega's van Luik, Charleroi en Brussel.")
    d.add_heading("2. Het Antwerpse traject", 1)
    d.add_heading("2.1 Intake en oriëntatiebalans", 2)
    p(d, "Elke deelnemer heeft een intakegesprek en krijgt een oriëntatiebalans. ACTIE Jeroen: de planning van de "
         "modules 2020 bezorgen aan de partners.")
    d.add_heading("2.2 Modules", 2)
    p(d, "Taalactivering, infosessies over wonen en mobiliteit, maandelijkse uitstappen.")
    d.add_heading("3. Werken met de partner-OCMW's", 1)
    d.add_heading("3.1 Schoten", 2)
    p(d, "Schoten verwijst vooral alleenstaande moeders door.")
    d.add_heading("3.2 Edegem", 2)
    p(d, "Edegem heeft weinig deelnemers; het vervoer naar Antwerpen blijft een drempel.")
    d.add_heading("3.3 Mortsel", 2)
    p(d, "Mortsel start in januari met een eigen taalcafé.")
    d.add_heading("4. Workshop tevredenheidsenquête", 1)
    p(d, "In groepjes wordt de enquête herschreven. Conclusie: minder tekst, meer pictogrammen, en ook in het Frans, "
         "Arabisch en Engels.")
    d.add_heading("5. Afspraken", 1)
    p(d, "Er wordt afgesproken dat de partners voortaan elk kwartaal samenkomen.")
    bullets(d, ["Ayse en Ilse werken samen een voorstel van eenvoudige enquête uit.",
                "POD MI: bezorgt de nieuwe richtlijnen voor de jaarrapportering.",
                "OCMW Edegem: geeft door hoeveel deelnemers het vervoer niet kunnen betalen."])
    p(d, "Volgende bijeenkomst: 12 maart 2020 in Brussel (OCMW Brussel)", bold=True)
    d.save("681_antwerpen_netwerkdag.docx")


# ---------------------------------------------------------------- 682 Bruxelles, FR/NL, online 2020
def r682():
    d = new([TAG_FR + " / " + TAG_NL], footer="CPAS de Bruxelles – OCMW Brussel")
    p(d, "NL à relire par Amélie / NL na te lezen door Amélie", italic=True, color="C00000")
    p(d, "Rapport rencontre CPAS / Verslag bijeenkomst OCMW's", bold=True, size=15, align="c")
    p(d, "15 octobre 2020 / 15 oktober 2020", bold=True, align="c")
    p(d, "En ligne (Zoom), avec interprétation simultanée / Online (Zoom), met simultaanvertaling", align="c")
    table(d, [["Présents / Aanwezig", "Excusés / Verontschuldigd"],
              [["Karim El Idrissi – CPAS Bruxelles / OCMW Brussel", "Julie Masson – CPAS Bruxelles / OCMW Brussel",
                "Amélie Verstraeten – CPAS Bruxelles / OCMW Brussel", "Lotte Verhaegen – SPP IS / POD MI",
                "Thomas Delvaux – SPP IS / POD MI", "Yasmina Bouzid – CPAS Gand / OCMW Gent",
                "Fatou Diallo – CPAS Liège / OCMW Luik", "Valérie Gilson – CPAS Charleroi / OCMW Charleroi",
                "Ayse Yilmaz – CPAS Anvers / OCMW Antwerpen", "Christelle Hanotiau – CPAS Binche / OCMW Binche"],
               ["Wouter Janssens – CPAS Anvers / OCMW Antwerpen", "Dirk Smets – CPAS Mortsel / OCMW Mortsel"]]])
    lab(d, "Interprètes / Tolken : ", "Céline Dumont, Hendrik Baert")
    p(d, "Ordre du jour / Agenda", bold=True)
    for l in ["10:00 – 10:15 Accueil / Onthaal",
              "10:15 – 11:15 Les CPAS pendant le confinement / De OCMW's tijdens de lockdown",
              "11:15 – 11:45 Indicateurs FAMI / AMIF-indicatoren", "11:45 – 12:00 Divers / Varia"]:
        p(d, l)
    d.add_heading("1. Introduction / Inleiding", 1)
    p(d, "Karim El Idrissi ouvre la réunion et explique le fonctionnement des canaux d'interprétation dans Zoom.")
    p(d, "Karim El Idrissi opent de vergadering en legt uit hoe de tolkkanalen in Zoom werken.", italic=True)
    d.add_heading("2. Les CPAS pendant le confinement / De OCMW's tijdens de lockdown", 1)
    p(d, "Tous les CPAS ont dû arrêter les ateliers collectifs au printemps. Les groupes ont repris en septembre avec "
         "3 participants + 1 formateur à Charleroi et à Liège, 4 + 1 à Gand. Bruxelles a testé des sessions en ligne "
         "mais beaucoup de participants n'ont pas d'ordinateur.")
    p(d, "Alle OCMW's moesten in de lente de groepsateliers stopzetten. In september zijn de groepen hernomen met "
         "3 deelnemers + 1 begeleider in Charleroi en Luik, 4 + 1 in Gent.", italic=True)
    p(d, "Action : Julie Masson envoie la note sur les sessions en ligne à tous les CPAS.", bold=True)
    p(d, "Actie: Julie Masson stuurt de nota over online sessies naar alle OCMW's.", italic=True)
    d.add_heading("3. Indicateurs FAMI / AMIF-indicatoren", 1)
    p(d, "La question est de savoir si une séance en ligne compte comme activité de soutien.")
    p(d, "De vraag is of een online sessie telt als ondersteunende activiteit.", italic=True)
    p(d, "Action : le SPP IS vérifie si les séances en ligne comptent comme activité de soutien.", bold=True)
    p(d, "Actie: de POD MI gaat na of online sessies meetellen.", italic=True)
    p(d, "Action : chaque CPAS communique son nombre de participants pour le 30 octobre.", bold=True)
    p(d, "Actie: elk OCMW geeft zijn aantal deelnemers door tegen 30 oktober.", italic=True)
    d.add_heading("4. Divers / Varia", 1)
    p(d, "Binche remercie le réseau pour l'accueil de ses collègues. / Binche bedankt het netwerk.")
    p(d, "Prochaine rencontre / Volgende bijeenkomst : février 2021, en ligne / online", bold=True)
    d.save("682_bruxelles_zoom_confinement.docx")


# ---------------------------------------------------------------- 683 Binche, FR, 2023
def r683():
    d = new(["CPAS de Binche – partenaire du projet FAMI de Charleroi"], font="Arial", size=10)
    p(d, "COMPTE RENDU DE LA RENCONTRE DU RÉSEAU FAMI", bold=True, size=13, align="c")
    p(d, "Jeudi 11 mai 2023 – CPAS de Binche, salle du conseil", align="c")
    p(d, "Étaient présents : Mme Christelle Hanotiau et M. Didier Lemaire pour le CPAS de Binche ; Mme Valérie "
         "Gilson et M. Samir Haddouchi pour le CPAS de Charleroi ; M. Thomas Delvaux et Mme Hanne Goossens pour le "
         "SPP Intégration Sociale ; M. Gaëtan Renard pour le CPAS de Liège ; Mme Julie Masson pour le CPAS de "
         "Bruxelles ; M. Pieter Claeys pour le CPAS de Gand ; Mme Ayse Yilmaz pour le CPAS d'Anvers.")
    p(d, "Étaient excusés : Mme Fatou Diallo (CPAS de Liège) et M. Jeroen Peeters (CPAS d'Anvers).")
    p(d, "Ordre du jour :")
    bullets(d, ["Accueil et présentation du CPAS de Binche", "Le partenariat Binche – Charleroi",
                "Les sorties socioculturelles", "Le nouveau programme FAMI 2021-2027", "Divers"])
    p(d, "a) Accueil et présentation du CPAS de Binche", bold=True)
    p(d, "Christelle Hanotiau présente le CPAS de Binche et son équipe d'insertion. Binche envoie ses participants "
         "aux modules collectifs de Charleroi depuis 2019.")
    p(d, "b) Le partenariat Binche – Charleroi", bold=True)
    p(d, "Le trajet en bus reste difficile pour les participants. Le partenariat est jugé positif par les deux CPAS.")
    p(d, "c) Les sorties socioculturelles", bold=True)
    p(d, "Une sortie par mois : musée, marché, bibliothèque, visite de la maison communale.")
    p(d, "Nombre de participants aux sorties en 2022 : XX (à compléter)", color="FF0000")
    p(d, "d) Le nouveau programme FAMI 2021-2027", bold=True)
    p(d, "Thomas Delvaux présente les indicateurs communs du règlement (UE) 2021/1147 : participants aux cours de "
         "langue, à l'orientation civique, à l'accompagnement professionnel personnalisé.")
    p(d, "e) Divers", bold=True)
    p(d, "Pas d'autre point.")
    p(d, "f) Qui fait quoi ?", bold=True)
    for l in ["- Didier Lemaire : contacter le TEC pour les abonnements des participants.",
              "- Valérie Gilson et Christelle Hanotiau : fixer les dates des sorties de l'automne.",
              "- Le SPP : préciser les indicateurs communs à encoder à partir de 2023.",
              "- Le CPAS de Charleroi : transmettre le calendrier du module 3 à Binche."]:
        p(d, l)
    p(d, "Prochaine rencontre : jeudi 12 octobre 2023 à Anvers (à confirmer).")
    p(d, "Christelle Hanotiau, secrétaire de séance", italic=True)
    d.save("683_binche_sorties_socioculturelles.docx")


# ---------------------------------------------------------------- 684 Schoten, NL, online 2025
def r684():
    d = new(["OCMW Schoten"], footer="Concept – niet verspreiden")
    p(d, "Concept – niet verspreiden", bold=True, color="FF0000")
    p(d, "Verslag online netwerkoverleg AMIF", bold=True, size=14)
    p(d, "16 januari 2025 – via Teams – verslag: Kristel Wouters")
    p(d, "Aanwezig: Kristel Wouters (Schoten), Ayse Yilmaz (Antwerpen), Wouter Janssens (Antwerpen), Bart Claes "
         "(Edegem), Ilse Mertens (Mortsel), Hanne Goossens (POD MI), Yasmina Bouzid (Gent), Gaëtan Renard (Luik), "
         "Samir Haddouchi (Charleroi), Julie Masson (Brussel)")
    p(d, "Verontschuldigd: Dirk Smets (Mortsel), Christelle Hanotiau (Binche)")
    p(d, "Agenda:")
    for l in ["14:00-14:10 Welkom en goedkeuring verslag",
              "14:10-14:40 Jaarrapportering 2024: gemeenschappelijke indicatoren",
              "14:40-15:10 Bewaring van documenten en persoonsgegevens", "15:10-15:30 Rondvraag"]:
        p(d, l)
    p(d, "Welkom en goedkeuring verslag", bold=True, underline=True)
    p(d, "Het verslag van oktober wordt goedgekeurd.")
    p(d, "Jaarrapportering 2024", bold=True, underline=True)
    p(d, "Hanne Goossens overloopt de gemeenschappelijke indicatoren. Antwerpen en partners telden 64 deelnemers "
         "aan taalcursussen.")
    p(d, "Vraag aan Ayse: klopt het cijfer van 64 deelnemers?", italic=True, color="0070C0")
    p(d, "Bewaring van documenten en persoonsgegevens", bold=True, underline=True)
    p(d, "Documenten worden vijf jaar bewaard vanaf 31 december van het jaar van de laatste betaling (art. 82 "
         "verordening 2021/1060). Persoonsgegevens niet langer dan nodig. Een deelnemer kan inzage vragen (art. 15 AVG).")
    p(d, "Rondvraag", bold=True, underline=True)
    p(d, "Gent vraagt de enquête ook in het Oekraïens.")
    p(d, "Actiepunten", bold=True, underline=True)
    table(d, [["Actiepunt", "Verantwoordelijke", "Deadline"],
              ["Aantal deelnemers met minstens één ERK-niveau vooruitgang doorgeven", "alle OCMW's", "31/01"],
              ["Nota over bewaartermijnen (art. 82) rondsturen", "POD MI", "15/02"],
              ["Sjabloon inzageverzoek (art. 15 AVG) uitwerken", "Bart en Ilse", "maart"],
              ["Tellingen van Schoten opnieuw nakijken", "OCMW Schoten", "31/01"],
              ["Datum volgend overleg prikken", "nog niemand", ""]])
    p(d)
    p(d, "Volgend overleg: nog te bepalen (zie actiepunten)")
    d.save("684_schoten_online_rapportering.docx")


# ---------------------------------------------------------------- 685 Edegem, NL, 2017
def r685():
    d = new(["OCMW Edegem"], font="Verdana", size=10)
    p(d, "Partneroverleg AMIF – verslag", bold=True, size=13)
    p(d, "Donderdag 21 september 2017, OCMW Edegem, Prins Boudewijnlaan 43, 2650 Edegem")
    p(d, "Aanwezig:", bold=True)
    for l in ["- Bart Claes, OCMW Edegem", "- An Vermeulen, OCMW Edegem", "- Jeroen Peeters, OCMW Antwerpen",
              "- Ayse Yilmaz, OCMW Antwerpen", "- Kristel Wouters, OCMW Schoten", "- Ilse Mertens, OCMW Mortsel",
              "- Lotte Verhaegen, POD MI"]:
        p(d, l)
    p(d, "Verontschuldigd:", bold=True)
    for l in ["- Dirk Smets, OCMW Mortsel", "- Wouter Janssens, OCMW Antwerpen"]:
        p(d, l)
    p(d, "Agenda:", bold=True)
    for l in ["10u00\tVerwelkoming", "10u15\tHet partnerschap met OCMW Antwerpen",
              "11u00\tDoorverwijzing door de maatschappelijk werkers", "11u45\tPraktische afspraken",
              "12u30\tBroodjeslunch"]:
        p(d, l)
    p(d, "1\tVerwelkoming", bold=True, size=11)
    p(d, "Bart Claes verwelkomt de partners in Edegem.")
    p(d, "(foto's van de locatie nog toevoegen)", italic=True)
    p(d, "2\tHet partnerschap met OCMW Antwerpen", bold=True, size=11)
    p(d, "Jeroen Peeters licht toe hoe Antwerpen de partners betrekt: de deelnemers van Schoten, Edegem en Mortsel "
         "volgen de collectieve modules in Antwerpen, de individuele begeleiding gebeurt in het eigen OCMW.")
    p(d, "3\tDoorverwijzing door de maatschappelijk werkers", bold=True, size=11)
    p(d, "De maatschappelijk werkers kennen het project nog te weinig. Inschrijven kan op elk moment.")
    p(d, "4\tPraktische afspraken", bold=True, size=11)
    for l in ["Het draaiboek voor de intake aanpassen aan de kleinere gemeenten (actie: An)",
              "Een folder in eenvoudig Nederlands maken voor de maatschappelijk werkers (actie: Kristel en Ilse)",
              "De lijst met contactpersonen per partner bijwerken (actie: OCMW Antwerpen)",
              "Een vervoersregeling voor deelnemers uit Mortsel zoeken (actie: nog te bepalen)"]:
        d.add_paragraph(l, style="List Bullet")
    p(d, "Volgende partneroverleg: dinsdag 5 december 2017 in Mortsel", bold=True)
    d.save("685_edegem_partneroverleg.docx")


# ---------------------------------------------------------------- 686 Mortsel, NL | FR, hybride 2026
def r686():
    d = new([TAG_NL, TAG_FR], footer="OCMW Mortsel – CPAS de Mortsel")
    p(d, "CONCEPT v0.2 – graag opmerkingen vóór 20/02", bold=True, color="C00000")
    p(d, "Verslag bijeenkomst OCMW's – Rapport rencontre CPAS", bold=True, size=15, align="c")
    p(d, "5 februari 2026 – 5 février 2026", bold=True, align="c")
    p(d, "Hybride: OCMW Mortsel en Teams – Hybride : CPAS de Mortsel et Teams", align="c")
    p(d, "Met tolken / Avec interprètes: Hendrik Baert, Céline Dumont", align="c")
    p(d, "Aanwezig / Présents", bold=True)
    table(d, [["Naam / Nom", "Organisatie / Organisation", "Ter plaatse / Sur place – Online / En ligne"],
              ["Ilse Mertens", "OCMW Mortsel", "ter plaatse"],
              ["Dirk Smets", "OCMW Mortsel", "ter plaatse"],
              ["Thomas Delvaux", "POD MI / SPP IS", "ter plaatse"],
              ["Hanne Goossens", "POD MI / SPP IS", "online"],
              ["Pieter Claeys", "OCMW Gent", "ter plaatse"],
              ["Nadia Lambotte", "CPAS de Liège", "online"],
              ["Samir Haddouchi", "CPAS de Charleroi", "online"],
              ["Didier Lemaire", "CPAS de Binche", "online"],
              ["Ayse Yilmaz", "OCMW Antwerpen", "ter plaatse"],
              ["Kristel Wouters", "OCMW Schoten", "ter plaatse"],
              ["Bart Claes", "OCMW Edegem", "online"],
              ["Karim El Idrissi", "CPAS de Bruxelles / OCMW Brussel", "online"]])
    p(d, "Verontschuldigd / Excusés: An Vermeulen (OCMW Edegem), Julie Masson (OCMW Brussel / CPAS Bruxelles)")
    p(d, "Agenda / Ordre du jour", bold=True)
    for l in ["13:30 Welkom / Accueil",
              "13:45 Stand van zaken AMIF 2021-2027 / État des lieux FAMI 2021-2027",
              "14:45 Tevredenheidsenquête in meer talen / Enquête de satisfaction en plusieurs langues",
              "15:30 Afspraken / Accords"]:
        p(d, l)
    p(d)
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"

    def row(nl, fr):
        cells = t.add_row().cells
        for cell, lines in ((cells[0], nl), (cells[1], fr)):
            for k, (txt, b) in enumerate(lines):
                par = cell.paragraphs[0] if k == 0 else cell.add_paragraph()
                par.add_run(txt).bold = b
    row([("Nederlands", True)], [("Français", True)])
    row([("1. Welkom", True), ("Ilse Mertens verwelkomt iedereen in Mortsel en online. De tolken werken vanuit "
                               "de cabine; online deelnemers kiezen hun taalkanaal in Teams.", False)],
        [("1. Accueil", True), ("Ilse Mertens souhaite la bienvenue à tous, à Mortsel et en ligne. Les interprètes "
                                "travaillent en cabine ; en ligne, chacun choisit son canal dans Teams.", False)])
    row([("2. Stand van zaken AMIF 2021-2027", True),
         ("Thomas Delvaux geeft de cijfers van 2025: alle OCMW's halen hun doel voor deelnemers aan "
          "ondersteunende activiteiten. Voor taalcursussen ontbreken nog gegevens.", False),
         ("Actie alle OCMW's: tellingen 2025 invullen in het gedeelde rekenblad.", False)],
        [("2. État des lieux FAMI 2021-2027", True),
         ("Thomas Delvaux présente les chiffres 2025 : tous les CPAS atteignent leur objectif de participants aux "
          "activités de soutien. Il manque des données pour les cours de langue.", False),
         ("Action tous les CPAS : compléter les comptages 2025 dans le tableau partagé.", False)])
    row([("3. Tevredenheidsenquête in meer talen", True),
         ("De nieuwe enquête met pictogrammen is klaar in het Nederlands en het Frans.", False),
         ("Actie POD MI: bezorgt vóór 1 maart de vertaalde enquête in het Arabisch, Dari en Oekraïens.", False),
         ("Actie Pieter Claeys en Nadia Lambotte: testen de enquête met een groep deelnemers.", False)],
        [("3. Enquête de satisfaction en plusieurs langues", True),
         ("La nouvelle enquête avec pictogrammes est prête en français et en néerlandais.", False),
         ("Action SPP IS : envoie avant le 1er mars l'enquête traduite en arabe, dari et ukrainien.", False),
         ("Action Pieter Claeys et Nadia Lambotte : testent l'enquête avec un groupe de participants.", False)])
    row([("4. Afspraken", True),
         ("De volgende bijeenkomst is opnieuw hybride, met tolken.", False),
         ("Actie OCMW Mortsel: een vergaderzaal met tolkcabine reserveren voor juni.", False),
         ("Volgende bijeenkomst: 11 juni 2026 in Charleroi", True)],
        [("4. Accords", True),
         ("La prochaine rencontre sera de nouveau hybride, avec interprètes.", False),
         ("[FR-tekst nog te laten nakijken door Dirk]", False),
         ("Prochaine rencontre : 11 juin 2026 à Charleroi", True)])
    d.save("686_mortsel_hybride_tolken.docx")


if __name__ == "__main__":
    for f in (r677, r678, r679, r680, r681, r682, r683, r684, r685, r686):
        f()
