# -*- coding: utf-8 -*-
"""Builds the ten meeting reports 717-726 of the AMIF/FAMI network with python-docx."""
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_COLOR_INDEX
from docx.shared import Pt, RGBColor, Cm

TAG_NL = "Naar een geïntegreerd migratiebeleid, dankzij het AMIF"
TAG_FR = "Vers une politique de migration plus intégrée, grâce au FAMI"


def new(font="Calibri", size=11, header=None, footer=None):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    sec = d.sections[0]
    if header:
        hp = sec.header.paragraphs[0]
        hp.text = header
        hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        for r in hp.runs:
            r.italic = True
            r.font.size = Pt(8)
    if footer:
        fp = sec.footer.paragraphs[0]
        fp.text = footer
        for r in fp.runs:
            r.font.size = Pt(8)
    return d


def p(d, text="", bold=False, italic=False, size=None, color=None, align=None, style=None, hl=None, under=False):
    para = d.add_paragraph(style=style)
    if text:
        r = para.add_run(text)
        r.bold = bold
        r.italic = italic
        r.underline = under
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
        if hl:
            r.font.highlight_color = hl
    if align == "c":
        para.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return para


def runs(d, parts, style=None):
    """parts: list of (text, dict of format)"""
    para = d.add_paragraph(style=style)
    for t, f in parts:
        r = para.add_run(t)
        r.bold = f.get("b", False)
        r.italic = f.get("i", False)
        if "c" in f:
            r.font.color.rgb = RGBColor.from_string(f["c"])
        if "hl" in f:
            r.font.highlight_color = f["hl"]
    return para


def bl(d, items, style="List Bullet"):
    for it in items:
        if isinstance(it, str):
            p(d, it, style=style)
        else:
            runs(d, it, style=style)


def table(d, rows, widths=None, bold_first=True, style="Table Grid"):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            c.text = val
            if bold_first and i == 0:
                for r in c.paragraphs[0].runs:
                    r.bold = True
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    return t


def pagebreak(d):
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


# ---------------------------------------------------------------- 717
def r717():
    # SPP writer re-used the June file: the footer still carries the old date
    d = new(header=TAG_NL + "\n" + TAG_FR, footer="Rapport rencontre CPAS – FAMI 9 juin 2016 – page 1")
    p(d, "POD | Maatschappelijke Integratie", size=9)
    p(d, "SPP | Intégration Sociale", size=9)
    p(d, "Verslag bijeenkomst OCMW's – Rapport rencontre CPAS", bold=True, size=14, align="c")
    p(d, "FAMI 22 november 2016 – 22 novembre 2016", bold=True, align="c")
    p(d, "CPAS de Charleroi, Service Action Migrants, rue du Grand Central 14, 6000 Charleroi", italic=True, align="c")
    runs(d, [("Présents : ", {"b": True}), ("Hélène Vandermeersch (SPP IS), Sophie Dethier (CPAS Charleroi), Marc Lecocq (CPAS Charleroi), "
             "Valérie Gilson (CPAS Binche), Christophe Lambotte (CPAS Liège), Amina Bouzid (CPAS Liège), Bart Van Damme (CPAS Gand), "
             "Katrien Peeters (CPAS Anvers), Isabelle Mertens (CPAS Bruxelles)", {})])
    runs(d, [("Excusés : ", {"b": True}), ("Leen De Smet (CPAS Gand), Karim Benali (CPAS Bruxelles) ", {}),
             ("[à vérifier : liste reprise du rapport du 9 juin, Karim était-il bien excusé ?]", {"hl": WD_COLOR_INDEX.YELLOW})])
    p(d, "Ordre du jour :", bold=True)
    for t in ["10h00 – 10h30 : Accueil et tour de table",
              "10h30 – 12h00 : Activ'Up : présentation du module 2",
              "12h00 – 13h00 : Lunch",
              "13h00 – 14h30 : Recrutement des participants : échange entre CPAS",
              "14h30 : Divers et clôture"]:
        p(d, t)
    d.add_heading("1. Accueil et tour de table", level=1)
    p(d, "Sophie Dethier accueille les collègues au nom du CPAS de Charleroi. Chaque CPAS donne un bref état de la situation :")
    bl(d, ["Gand : le groupe du mardi est complet, une liste d'attente de 6 personnes.",
           "Liège : le module collectif a redémarré en septembre ; Liège compte actuellement XX participants [chiffre à demander à Christophe].",
           "Anvers : les partenaires Schoten, Edegem et Mortsel démarrent en janvier.",
           "Bruxelles : recrutement via trois antennes sociales, les premiers entretiens d'admission ont eu lieu.",
           "Binche : deux participants suivent les ateliers à Charleroi en attendant un groupe local."])
    d.add_heading("2. Activ'Up : présentation du module 2", level=1)
    p(d, "Marc Lecocq présente le fonctionnement par modules (septembre à juin) et les trois axes du projet : coaching individuel "
         "(un rendez-vous tous les quinze jours), activités collectives et suivi social sur rendez-vous.")
    p(d, "Pour le module 2, 199 participants potentiels ont été retenus par les assistantes sociales ; 60 sont venus aux séances "
         "d'information (30 %). Pour le module 1, c'était 110 sur 315 invités (35 %).")
    d.add_heading("3. Recrutement des participants", level=1)
    p(d, "Les CPAS constatent tous qu'une partie importante des personnes invitées ne se présente pas. Pistes évoquées : invitation "
         "par l'AS elle-même, rappel par téléphone la veille, séance d'information dans l'antenne sociale.")
    p(d, "Actions :", bold=True)
    bl(d, ["Sophie Dethier enverra le canevas de listing des bénéficiaires potentiels à tous les CPAS.",
           "Le SPP vérifie si les frais de transport des participants sont éligibles.",
           "Chaque CPAS transmet ses chiffres de recrutement du module 1 avant le 15 décembre."])
    d.add_heading("4. Divers", level=1)
    p(d, "Il est convenu de garder le même format de rapport pour les prochaines rencontres.")
    p(d, "Katrien Peeters et Bart Van Damme préparent ensemble une proposition de grille d'évaluation pour la prochaine rencontre.")
    d.add_heading("5. Prochaine réunion", level=1)
    p(d, "La prochaine réunion aura lieu le jeudi 16 mars 2017 au CPAS d'Anvers.")
    d.save("717_charleroi_activup.docx")


# ---------------------------------------------------------------- 718
def r718():
    d = new(font="Arial", size=10, footer="OCMW Antwerpen – AMIF-project – intern")
    p(d, "Verslag netwerkbijeenkomst AMIF – OCMW Antwerpen", bold=True, size=13)
    p(d, "Donderdag 16 maart 2017 – vergaderzaal De Schelde, OCMW Antwerpen")
    p(d, "(uitgetypt op 21/03 op basis van handgeschreven notities – KP)", italic=True, color="808080")
    p(d, "Aanwezig:", bold=True)
    bl(d, ["Katrien Peeters, OCMW Antwerpen", "Jonas Wouters, OCMW Antwerpen", "Ann Verbruggen, OCMW Schoten",
           "Dirk Janssens, OCMW Edegem", "Bart Van Damme, OCMW Gent", "Leen De Smet, OCMW Gent",
           "Sophie Dethier, OCMW Charleroi", "Christophe Lambotte, OCMW Luik", "Hélène Vandermeersch, POD MI"])
    runs(d, [("Verontschuldigd: ", {"b": True}), ("Isabelle Mertens (OCMW Brussel), Valérie Gilson (OCMW Binche)", {})])
    p(d, "Geen tolk voorzien; we spraken elk onze eigen taal en Hélène vatte af en toe samen.", italic=True)
    p(d, "Agenda", bold=True)
    bl(d, ["Welkom en rondvraag", "Voorstelling traject Antwerpen en partners", "Evaluatiegrid (voorstel Gent/Antwerpen)", "Varia"],
       style="List Number")
    p(d, "Welkom en rondvraag", bold=True, under=True)
    bl(d, ["Gent: 24 deelnemers, wachtlijst van 6. Dinsdaggroep loopt goed, donderdag minder (veel afwezigen).",
           "Luik: nieuw creatief atelier met kunstenaar, start in april.",
           "Charleroi: module 2 bijna rond, evaluatie in juni.",
           "Antwerpen: 18 deelnemers, 4 uit Schoten en 2 uit Edegem."])
    p(d, "Traject Antwerpen + partners", bold=True, under=True)
    p(d, "Intake door maatschappelijk werker van het sociaal centrum, daarna oriëntatiebalans door Jonas. Partners sturen hun "
         "cliënten naar de groepen in Antwerpen; vervoer blijft een probleem voor Edegem (abonnement? "
         "(onleesbaar in mijn notities – Leen, weet jij dit nog?))")
    runs(d, [("Actie: ", {"b": True}), ("Jonas bezorgt de planning van de infosessies aan Schoten en Edegem.", {})])
    p(d, "Evaluatiegrid", bold=True, under=True)
    p(d, "Voorstel van Gent en Antwerpen (zie bijlage van de uitnodiging). Opmerkingen: te veel abstracte termen voor de doelgroep, "
         "liefst met pictogrammen; ook in het Arabisch en het Dari.")
    runs(d, [("Actie Leen en Katrien: ", {"b": True}), ("grid aanpassen na feedback en nieuwe versie rondsturen.", {})])
    runs(d, [("Actie POD: ", {"b": True}), ("navragen of vertaling van de tevredenheidsenquête in het Arabisch en Dari kan.", {})])
    p(d, "Varia", bold=True, under=True)
    p(d, "Idee van Bart: een student laten onderzoeken waarom mensen afhaken na de infosessie.")
    runs(d, [("Actie (nog niemand aangeduid): ", {"b": True}), ("contact opnemen met de Hogeschool Gent voor een studentenonderzoek.", {})])
    p(d, "")
    p(d, "Volgende bijeenkomst: juni, in Luik (datum via mail).", bold=True)
    d.save("718_antwerpen_notities.docx")


# ---------------------------------------------------------------- 719
def r719():
    d = new(font="Calibri", size=11)
    for t in ["De : Isabelle Mertens", "Envoyé : lundi 18 juin 2018 16:42",
              "À : Réseau FAMI – CPAS ; SPP IS", "Objet : Résumé rencontre FAMI du 14/06 à Bruxelles"]:
        p(d, t, size=10, color="1F3864")
    p(d, "")
    p(d, "Bonjour à tous,")
    p(d, "Comme promis, voici un petit résumé de notre rencontre de jeudi dernier (14 juin) au CPAS de Bruxelles. Le SPP fera le "
         "rapport officiel, mais en attendant voici l'essentiel.")
    p(d, "Étaient présents : Pieter Goossens et Hélène Vandermeersch (SPP), Bart Van Damme (Gand), Christophe Lambotte et "
         "Geneviève Halleux (Liège), Marc Lecocq et Fatima Ouali (Charleroi), Jonas Wouters (Anvers), Karim Benali et moi-même (Bruxelles).")
    p(d, "Excusée : Katrien Peeters (Anvers).")
    p(d, "1) La visite", bold=True)
    p(d, "Le matin nous avons visité l'antenne sociale de la rue Haute. Les AS y présentent le projet à chaque nouveau dossier "
         "« primo-arrivant » ; c'est ce qui explique le bon taux de présence aux séances d'info chez nous.")
    p(d, "2) Module « Vivre en Belgique »", bold=True)
    p(d, "Karim a présenté les 7 séances d'information (institutions, droits et devoirs, droits sociaux, séjour, mobilité, logement, "
         "banque et assurances). Liège et Charleroi font à peu près la même chose ; Gand travaille plutôt avec des visites sur place.")
    p(d, "3) Enquête de satisfaction", bold=True)
    p(d, "Tout le monde est d'accord : l'enquête actuelle est trop abstraite pour notre public (« degré de satisfaction », "
         "« pertinence »…). Charleroi utilise déjà des pictogrammes avec de bons résultats.")
    p(d, "4) Pour la suite", bold=True)
    bl(d, ["Pieter (SPP) nous renvoie la version simplifiée de l'enquête avant les vacances ;",
           "chaque CPAS teste l'enquête avec 5 participants en septembre ;",
           "Fatima Ouali partage les pictogrammes de Charleroi ;",
           "le CPAS de Liège envoie la liste des partenaires pour les sorties culturelles."])
    p(d, "Prochaine rencontre : en octobre à Charleroi (date à fixer via Doodle).")
    p(d, "PS : Karim, tu peux compléter pour la visite si j'ai oublié quelque chose ?", italic=True)
    p(d, "")
    p(d, "Bien à vous,")
    p(d, "Isabelle", bold=True)
    p(d, "Coordinatrice projet FAMI – CPAS de Bruxelles", size=9, color="808080")
    d.save("719_bruxelles_mail.docx")


# ---------------------------------------------------------------- 720
def r720():
    d = new(header=TAG_NL + " – " + TAG_FR, footer="Verslag 17.10.2019 – Rapport 17.10.2019")
    p(d, "POD | Maatschappelijke Integratie – SPP | Intégration Sociale", size=9)
    p(d, "Verslag bijeenkomst OCMW's – Rapport rencontre CPAS", style="Title")
    p(d, "17 oktober 2019 – 17 octobre 2019", bold=True)
    p(d, "OCMW Gent, Sint-Niklaasstraat 1 (zaal Leie), 9000 Gent")
    p(d, "Rapport rédigé par Leen De Smet (CPAS Gand), en remplacement d'Hélène Vandermeersch (SPP IS), excusée.", italic=True)
    p(d, "Présents", bold=True)
    table(d, [["Nom", "Initiales", "Organisation"],
              ["Leen De Smet", "LDS", "CPAS Gand"], ["Bart Van Damme", "BVD", "CPAS Gand"], ["Yusuf Demir", "YD", "CPAS Gand"],
              ["Geneviève Halleux", "GH", "CPAS Liège"], ["Marc Lecocq", "ML", "CPAS Charleroi"],
              ["Valérie Gilson", "VG", "CPAS Binche"], ["Samira Amrani", "SA", "CPAS Anvers"], ["Els Claes", "EC", "CPAS Mortsel"],
              ["Karim Benali", "KB", "CPAS Bruxelles"], ["Pieter Goossens", "PG", "SPP IS"],
              ["Marianne Lefèvre", "", "interprète"], ["Joost Van Acker", "", "interprète"]], widths=[5, 2, 5])
    p(d, "")
    runs(d, [("Excusés : ", {"b": True}), ("Hélène Vandermeersch (SPP IS), Christophe Lambotte (CPAS Liège)", {})])
    p(d, "Interprétation simultanée assurée par Marianne Lefèvre et Joost Van Acker.")
    p(d, "Ordre du jour", bold=True)
    table(d, [["09:30 – 10:00", "Accueil – café"],
              ["10:00 – 11:00", "Présentation du projet gantois « Samen Verder »"],
              ["11:00 – 12:30", "Atelier : l'entretien d'admission et le bilan d'orientation"],
              ["12:30 – 13:30", "Lunch"],
              ["13:30 – 15:00", "Feed-back : points forts et points à améliorer"]], widths=[3.5, 11], bold_first=False)
    d.add_heading("1. Accueil", level=2)
    p(d, "Bart Van Damme souhaite la bienvenue au nom du CPAS de Gand et présente brièvement l'organisation des services sociaux.")
    d.add_heading("2. Le projet « Samen Verder » de Gand", level=2)
    p(d, "Le projet combine un accompagnement individuel (tous les quinze jours) et trois ateliers collectifs par semaine : "
         "activation linguistique, informatique et construction de projet. Yusuf Demir, médiateur interculturel, assure aussi "
         "l'interprétation sociale lors des entretiens.")
    d.add_heading("3. Atelier entretien d'admission", level=2)
    p(d, "Chaque CPAS a présenté son canevas d'entretien d'admission. Points communs : parcours, objectifs, motivation, obstacles. "
         "Liège et Charleroi rédigent un bilan d'orientation écrit ; Gand et Anvers travaillent avec une grille plus courte.")
    d.add_heading("4. Feed-back", level=2)
    runs(d, [("Points forts : ", {"b": True}), ("l'accueil personnalisé, la présence du médiateur, les petits groupes.", {})])
    runs(d, [("Points à améliorer : ", {"b": True}), ("la communication des changements d'horaire, l'enquête de satisfaction trop abstraite.", {})])
    d.add_heading("5. Actions", level=2)
    bl(d, ["BVD envoie la présentation « Samen Verder » à tous les participants.",
           "GH et ML comparent les canevas de bilan d'orientation de Liège et de Charleroi.",
           "SPP : faire traduire l'enquête de satisfaction en arabe, en dari et en tigrinya.",
           "CPAS de Mortsel : partager son affiche de recrutement simplifiée.",
           "Liège a déjà transmis ses chiffres 2019 (fait)."])
    d.add_heading("6. Prochaine rencontre", level=2)
    p(d, "Prochaine rencontre : mardi 11 février 2020 à Liège.")
    p(d, "(version NL relue par Yusuf – à valider par le SPP)", italic=True, color="C00000")
    pagebreak(d)
    p(d, "Verslag – Nederlandse versie", style="Title")
    p(d, "Verslag opgesteld door Leen De Smet (OCMW Gent), ter vervanging van Hélène Vandermeersch (POD MI), verontschuldigd. "
         "Aanwezigen, verontschuldigden en agenda: zie hierboven.", italic=True)
    d.add_heading("1. Onthaal", level=2)
    p(d, "Bart Van Damme verwelkomt iedereen namens OCMW Gent en stelt kort de sociale dienstverlening voor.")
    d.add_heading("2. Het project « Samen Verder » van Gent", level=2)
    p(d, "Het project combineert individuele begeleiding (om de twee weken) en drie groepsateliers per week: taalactivering, "
         "informatica en projectopbouw. Yusuf Demir, intercultureel bemiddelaar, tolkt ook bij de gesprekken.")
    d.add_heading("3. Workshop intakegesprek", level=2)
    p(d, "Elk OCMW stelde zijn leidraad voor het intakegesprek voor. Luik en Charleroi maken een schriftelijke oriëntatiebalans; "
         "Gent en Antwerpen werken met een korter rooster.")
    d.add_heading("4. Feedback", level=2)
    p(d, "Sterke punten: persoonlijk onthaal, de bemiddelaar, kleine groepen. Werkpunten: communicatie over gewijzigde uurroosters, "
         "te abstracte tevredenheidsenquête.")
    d.add_heading("5. Acties", level=2)
    bl(d, ["BVD stuurt de presentatie « Samen Verder » naar alle deelnemers.",
           "GH en ML vergelijken de sjablonen voor de oriëntatiebalans van Luik en Charleroi.",
           "POD: de tevredenheidsenquête laten vertalen in het Arabisch, Dari en Tigrinya.",
           "OCMW Mortsel: zijn vereenvoudigde wervingsaffiche delen.",
           "Luik heeft zijn cijfers 2019 al bezorgd (gedaan)."])
    d.add_heading("6. Volgende bijeenkomst", level=2)
    p(d, "Volgende bijeenkomst: dinsdag 11 februari 2020 in Luik.")
    d.save("720_gent_remplacement.docx")


# ---------------------------------------------------------------- 721
def r721():
    d = new(font="Segoe UI", size=10)
    p(d, "Check-in AMIF-netwerk (Teams) – dinsdag 12 mei 2020, 10u00–10u45", bold=True, size=12, color="1F4E79")
    p(d, "Genoteerd door Tom Verhulst (POD MI)", italic=True)
    runs(d, [("Deelnemers: ", {"b": True}), ("Tom Verhulst (POD MI), Pieter Goossens (POD MI), Leen De Smet (Gent), Katrien Peeters (Antwerpen), "
             "Ann Verbruggen (Schoten), Geneviève Halleux (Luik), Sophie Dethier (Charleroi), Karim Benali (Brussel)", {})])
    runs(d, [("Afwezig (verontschuldigd): ", {"b": True}), ("Dirk Janssens (Edegem), Els Claes (Mortsel)", {})])
    p(d, "Geen tolken; iedereen sprak zijn eigen taal, Pieter vatte samen waar nodig.", italic=True, size=9)
    p(d, "Korte ronde: hoe lopen de modules tijdens de lockdown?")
    bl(d, ["Gent: groepen max. 4 deelnemers + 1 begeleider, de rest via telefoon. Leen stuurt de richtlijn van Gent door naar de andere OCMW's.",
           "Luik: 3 + 1, ateliers enkel in de boerderij (buiten). Veel deelnemers zonder internet.",
           "Charleroi: 3 + 1; informatica-atelier ligt stil, tablets uitgeleend aan 8 deelnemers.",
           "Antwerpen/Schoten: individuele coaching via videobellen; Schoten start pas in juni opnieuw met groepen.",
           "Brussel: alles telefonisch. Karim vraagt of de indicatoren voor 2020 aangepast worden (geen antwoord vandaag)."])
    p(d, "Afspraken", bold=True)
    bl(d, ["POD MI bekijkt of de deadline voor het jaarverslag verschoven kan worden.",
           "Elk OCMW houdt de aanwezigheden bij, ook voor de online sessies."], style="List Number")
    p(d, "Volgende check-in: dinsdag 26 mei, 10u, zelfde Teams-link.", bold=True)
    d.save("721_checkin_lockdown.docx")


# ---------------------------------------------------------------- 722
def r722():
    d = new(font="Calibri", size=11, header="SPP Intégration Sociale – Service FAMI", footer="Usage interne réseau FAMI")
    p(d, "Réunion réseau FAMI – 4 février 2021 (Teams)", bold=True, size=14)
    p(d, "Décisions et tâches – note de Nadia El Khattabi", italic=True)
    runs(d, [("Participants : ", {"b": True}), ("Nadia El Khattabi (SPP), Pieter Goossens (SPP), Bart Van Damme (Gand), Amina Bouzid (Liège), "
             "Marc Lecocq (Charleroi), Valérie Gilson (Binche), Samira Amrani (Anvers), Isabelle Mertens (Bruxelles)", {})])
    runs(d, [("Excusés : ", {"b": True}), ("Katrien Peeters (Anvers), Wim Hermans (Mortsel)", {})])
    runs(d, [("Interprétation : ", {"b": True}), ("néant (réunion en français, résumé NL envoyé séparément).", {})])
    d.add_heading("Décisions", level=2)
    for t in ["D1 – La règle « 6 + 1 » s'applique à partir du 1er mars pour les ateliers collectifs, sauf avis contraire du CPAS.",
              "D2 – L'enquête de satisfaction simplifiée (version pictogrammes) est adoptée pour tous les CPAS.",
              "D3 – Les rencontres restent en ligne jusqu'en juin."]:
        p(d, t)
    p(d, "(Pieter : merci de compléter D3 si j'ai mal résumé)", italic=True, hl=WD_COLOR_INDEX.YELLOW)
    d.add_heading("Tâches", level=2)
    table(d, [["N°", "Qui", "Quoi", "Échéance"],
              ["T1", "SPP", "Envoyer la note sur la règle 6 + 1 aux directions des CPAS", "12/02"],
              ["T2", "Bart Van Damme", "Mettre à jour la version NL de l'enquête", "26/02"],
              ["T3", "Amina Bouzid + Samira Amrani", "Préparer l'atelier « trajets longs » pour la rencontre d'avril", "avril"],
              ["T4", "CPAS Charleroi", "Communiquer les chiffres du tunnel de recrutement 2020", "28/02"],
              ["T5", "à désigner", "Rechercher un lieu pour la journée réseau 2021", "—"],
              ["T6", "Tous les CPAS", "Encoder les indicateurs 2020 dans le tableau commun", "15/03"],
              ["T7", "Isabelle Mertens", "Diffuser le guide « Vivre en Belgique » aux AS", "fait ✔"]], widths=[1, 4, 8, 2])
    p(d, "")
    p(d, "Prochaine réunion : jeudi 22 avril 2021, 9h30, Teams.", bold=True)
    d.save("722_decisions_taches.docx")


# ---------------------------------------------------------------- 723
def r723():
    d = new(header=TAG_NL + " / " + TAG_FR, footer="OCMW Mortsel – CPAS de Mortsel")
    p(d, "Verslag netwerkdag OCMW's – Rapport rencontre CPAS", bold=True, size=15, color="2E74B5")
    p(d, "29 september 2022 – 29 septembre 2022", bold=True)
    p(d, "OCMW Mortsel, Sociaal Huis, zaal Edegemsestraat – hybride / hybride (Teams)")
    runs(d, [("Aanwezig ter plaatse / Présents sur place: ", {"b": True}),
             ("Els Claes (OCMW Mortsel), Wim Hermans (OCMW Mortsel), Katrien Peeters (OCMW Antwerpen), Jonas Wouters (OCMW Antwerpen), "
              "Dirk Janssens (OCMW Edegem), Ann Verbruggen (OCMW Schoten), Yusuf Demir (OCMW Gent), Nadia El Khattabi (POD MI / SPP IS)", {})])
    runs(d, [("Online / En ligne: ", {"b": True}),
             ("Amina Bouzid (CPAS Liège), Sophie Dethier (CPAS Charleroi), Valérie Gilson (CPAS Binche), Isabelle Mertens (CPAS Bruxelles)", {})])
    runs(d, [("Tolken / Interprètes: ", {"b": True}), ("Joost Van Acker, Claire Dewitte (simultaan, via het Teams-kanaal / simultanée, via le canal Teams)", {})])
    runs(d, [("Verontschuldigd / Excusés: ", {"b": True}), ("Bart Van Damme (OCMW Gent), Pieter Goossens (POD MI)", {})])
    p(d, "Agenda / Ordre du jour", bold=True)
    table(d, [["10:00–10:15", "Welkom / Accueil"],
              ["10:15–11:15", "Mortsel stelt voor: buurtgerichte werking / Mortsel présente : travail de quartier"],
              ["11:15–12:00", "Nieuwe EU-indicatoren (AMIF 2021-2027) / Nouveaux indicateurs UE (FAMI 2021-2027)"],
              ["12:00–12:30", "Rondvraag / Tour de table"]], widths=[3, 12], bold_first=False)

    def two(nl, fr):
        p(d, nl)
        p(d, fr, italic=True, color="595959")
    d.add_heading("1. Welkom / Accueil", level=1)
    two("Els Claes verwelkomt de deelnemers in Mortsel, voor het eerst een partner-OCMW als gastheer.",
        "Els Claes accueille les participants à Mortsel ; c'est la première fois qu'un CPAS partenaire reçoit le réseau.")
    d.add_heading("2. Buurtgerichte werking in Mortsel / Le travail de quartier à Mortsel", level=1)
    two("Mortsel werkt met een buurtwerker die deelnemers thuis opzoekt. Groepen van maximaal 8 personen, in het lokale dienstencentrum.",
        "Mortsel travaille avec un travailleur de quartier qui rend visite aux participants. Groupes de 8 personnes maximum, au centre de services local.")
    d.add_heading("3. Nieuwe EU-indicatoren / Nouveaux indicateurs UE", level=1)
    two("Nadia El Khattabi licht de gemeenschappelijke output- en resultaatindicatoren van Verordening (EU) 2021/1147 toe: deelnemers per type "
        "activiteit, deelnemers aan taalcursussen die minstens één ERK-niveau stijgen, en deelnemers die zeggen dat de activiteit hun integratie hielp.",
        "Nadia El Khattabi présente les indicateurs communs de réalisation et de résultat du règlement (UE) 2021/1147 : participants par type "
        "d'activité, participants aux cours de langue qui gagnent au moins un niveau du CECR, et participants qui estiment que l'activité a aidé leur intégration.")
    p(d, "[FR-vertaling punt 3 nog na te lezen door Nadia]", color="C00000")
    d.add_heading("4. Rondvraag / Tour de table", level=1)
    two("Liège en Charleroi vragen een eenvoudig sjabloon; Antwerpen meet het taalniveau al bij de start.",
        "Liège et Charleroi demandent un modèle simple ; Anvers mesure déjà le niveau de langue au départ.")
    d.add_heading("5. Afspraken / Actions", level=1)
    bl(d, ["Nadia El Khattabi bezorgt de fiche met de gemeenschappelijke indicatoren aan alle OCMW's.",
           "Elk OCMW meet vanaf januari het ERK-niveau bij start en einde van de taalmodule.",
           "Dirk Janssens en Ann Verbruggen plannen een gezamenlijke infosessie in het voorjaar.",
           "Nog te bepalen wie: een korte vragenlijst opstellen voor de deelnemers (\"heeft de activiteit je geholpen?\")."])
    bl(d, ["Nadia El Khattabi transmet la fiche des indicateurs communs à tous les CPAS.",
           "Chaque CPAS mesure dès janvier le niveau CECR au début et à la fin du module de langue.",
           "Dirk Janssens et Ann Verbruggen planifient une séance d'information commune au printemps.",
           "Reste à désigner : rédiger un court questionnaire pour les participants (\"l'activité t'a-t-elle aidé ?\")."])
    d.add_heading("6. Volgende bijeenkomst / Prochaine rencontre", level=1)
    p(d, "Volgende bijeenkomst / Prochaine rencontre: februari 2023 in Charleroi (datum volgt / date à confirmer)")
    d.save("723_mortsel_hybride.docx")


# ---------------------------------------------------------------- 724
def r724():
    d = new(font="Times New Roman", size=11, footer="PV réseau FAMI – séance du 7 décembre 2023")
    p(d, "PROCÈS-VERBAL", bold=True, size=16, align="c")
    p(d, "Réunion du réseau FAMI des CPAS", bold=True, align="c")
    p(d, "Séance du jeudi 7 décembre 2023 – CPAS de Bruxelles, salle du Conseil", align="c")
    p(d, "Version approuvée en séance du 14 mars 2024 (point I).", italic=True, align="c", color="385623")
    p(d, "Présents :", bold=True)
    for t in ["Mme Nadia El Khattabi\tSPP Intégration Sociale, présidente",
              "M. Pieter Goossens\tSPP Intégration Sociale, secrétaire",
              "Mme Isabelle Mertens\tCPAS de Bruxelles",
              "M. Karim Benali\tCPAS de Bruxelles",
              "M. Christophe Lambotte\tCPAS de Liège",
              "Mme Fatima Ouali\tCPAS de Charleroi",
              "Mme Valérie Gilson\tCPAS de Binche",
              "Mme Leen De Smet\tCPAS de Gand",
              "M. Jonas Wouters\tCPAS d'Anvers"]:
        para = p(d, t)
        para.paragraph_format.tab_stops.add_tab_stop(Cm(6))
    p(d, "Excusés :", bold=True)
    for t in ["Mme Samira Amrani\tCPAS d'Anvers", "M. Wim Hermans\tCPAS de Mortsel"]:
        para = p(d, t)
        para.paragraph_format.tab_stops.add_tab_stop(Cm(6))
    p(d, "La séance est ouverte à 9 h 45 sous la présidence de Mme El Khattabi. Les membres néerlandophones ont accepté que la séance "
         "se tienne en français ; aucune interprétation n'a été prévue.")
    p(d, "Ordre du jour :", bold=True)
    for t in ["I. Approbation du PV de la séance du 21 septembre 2023",
              "II. Clôture administrative du programme 2014-2020",
              "III. Conservation des documents et données personnelles",
              "IV. Calendrier 2024",
              "V. Divers"]:
        p(d, t)
    d.add_heading("I. Approbation du PV de la séance du 21 septembre 2023", level=1)
    p(d, "Le procès-verbal de la séance du 21 septembre 2023 est approuvé sans remarques.")
    d.add_heading("II. Clôture administrative du programme 2014-2020", level=1)
    p(d, "Le secrétaire rappelle que les derniers paiements du programme 2014-2020 ont été effectués. Le CPAS de Binche n'a pas encore "
         "transmis ses chiffres définitifs 2022.")
    p(d, "Le CPAS de Binche communique ses chiffres définitifs 2022 au SPP avant le 31 décembre 2023.")
    d.add_heading("III. Conservation des documents et données personnelles", level=1)
    p(d, "Les documents d'une opération financée par l'UE sont conservés cinq ans à partir du 31 décembre de l'année du dernier paiement "
         "(règlement (UE) 2021/1060, article 82). Les données personnelles des participants ne sont pas conservées plus longtemps que "
         "nécessaire (RGPD, article 5, § 1er, e). Chaque participant peut demander à consulter les données le concernant (article 15).")
    p(d, "Le secrétariat (SPP) transmettra la note « conservation des documents » aux directions des CPAS.")
    p(d, "Chaque CPAS désigne un référent RGPD pour le projet d'ici le 31 janvier 2024.")
    p(d, "M. Lambotte présentera à la prochaine séance la procédure liégeoise de demande d'accès (art. 15 RGPD).")
    d.add_heading("IV. Calendrier 2024", level=1)
    p(d, "La réunion décide que les rencontres 2024 auront lieu en présentiel, avec interprétation lorsque des collègues néerlandophones "
         "le demandent.")
    p(d, "Prochaine séance : le jeudi 14 mars 2024 à 9 h 30 au CPAS de Binche.")
    d.add_heading("V. Divers", level=1)
    p(d, "Néant. La séance est levée à 12 h 20.")
    p(d, "")
    t = table(d, [["Le secrétaire,", "La présidente,"], ["Pieter Goossens", "Nadia El Khattabi"]], bold_first=False, style=None)
    d.save("724_pv_bruxelles.docx")


# ---------------------------------------------------------------- 725
def r725():
    d = new(header=TAG_FR + " / " + TAG_NL, footer="Journée réseau FAMI 2025 – Liège")
    p(d, "Journée réseau FAMI 2025 – Netwerkdag AMIF 2025", style="Title")
    p(d, "Liège, salle polyvalente du CPAS, quai de l'Écluse 8 – jeudi 20 mars 2025", bold=True)
    p(d, "Interprétation simultanée FR-NL : Claire Dewitte et Joost Van Acker (cabines)", italic=True)
    p(d, "Rapport : Sarah Collignon (SPP IS)", italic=True)
    p(d, "Participants", bold=True, size=12)
    table(d, [["Organisation", "Présents", "Excusés"],
              ["SPP IS", "Sarah Collignon, Nadia El Khattabi", "—"],
              ["CPAS Gand", "Yusuf Demir, Leen De Smet", "Bart Van Damme"],
              ["CPAS Liège", "Christophe Lambotte, Amina Bouzid, Geneviève Halleux", "—"],
              ["CPAS Charleroi", "Fatima Ouali", "Sophie Dethier"],
              ["CPAS Binche", "Valérie Gilson", "—"],
              ["CPAS Anvers", "Katrien Peeters, Samira Amrani", "—"],
              ["CPAS Schoten", "—", "Ann Verbruggen"],
              ["CPAS Edegem", "Dirk Janssens", "—"],
              ["CPAS Mortsel", "Els Claes", "—"],
              ["CPAS Bruxelles", "Karim Benali", "Isabelle Mertens"],
              ["Interprètes", "Claire Dewitte, Joost Van Acker", "—"]], widths=[3.5, 8, 4])
    p(d, "")
    p(d, "Programme", bold=True, size=12)
    for t in ["09h30 – 10h00\tAccueil, café",
              "10h00 – 10h30\tOuverture et bilan 2024 du réseau",
              "10h30 – 12h00\tAteliers en parallèle (voir annexe 2)",
              "12h00 – 13h00\tRepas à la ferme du CPAS",
              "13h00 – 14h30\tRetour des ateliers et discussion",
              "14h30 – 15h00\tConclusions et suite"]:
        para = p(d, t)
        para.paragraph_format.tab_stops.add_tab_stop(Cm(3.5))
    d.add_heading("1. Ouverture et bilan 2024", level=1)
    p(d, "Nadia El Khattabi ouvre la journée et présente le bilan 2024 du réseau (voir annexe 1) : 412 participants accompagnés dans "
         "les cinq projets, dont 188 en cours de langue.")
    d.add_heading("2. Ateliers", level=1)
    d.add_heading("2.1 Atelier A – L'enquête de satisfaction en langage simple", level=2)
    p(d, "Animé par Geneviève Halleux. Le groupe a testé une version avec pictogrammes et trois niveaux de réponse. Les phrases doivent "
         "rester courtes ; éviter « pertinent », « adéquat » et autres termes abstraits.")
    d.add_heading("2.2 Atelier B – Indicateurs communs et niveaux CECR", level=2)
    p(d, "Animé par Katrien Peeters. Anvers et Mortsel testent un niveau CECR à l'entrée et à la sortie depuis 2023 ; la difficulté reste "
         "le test de sortie quand le participant arrête avant la fin du module.")
    d.add_heading("3. Retour en plénière", level=1)
    p(d, "Les deux ateliers convergent : moins de questions, mieux posées, et une seule fiche par participant pour les indicateurs.")
    d.add_heading("4. Conclusions et suite", level=1)
    p(d, "La journée réseau 2026 sera organisée en Flandre.")
    bl(d, ["Sarah Collignon fait circuler la version en langage simple de l'enquête (FR, NL, arabe, dari, ukrainien) pour le 30 avril.",
           "Amina Bouzid et Yusuf Demir testent le nouveau tableau d'indicateurs sur le premier trimestre.",
           "SPP : organiser une formation « langage simple » pour les AS, à l'automne.",
           "CPAS de Charleroi : envoyer les photos de la journée (accord des participants vérifié)."])
    p(d, "Prochaine rencontre : juin 2025, en ligne (date à fixer).", bold=True)
    pagebreak(d)
    d.add_heading("Annexe 1 – Présentation « Bilan 2024 »", level=1)
    bl(d, ["412 participants accompagnés (2023 : 376)", "188 participants en cours de langue, 64 ont gagné au moins un niveau CECR",
           "71 % des répondants disent que l'activité les a aidés"])
    d.add_heading("Annexe 2 – Répartition dans les ateliers", level=1)
    table(d, [["Atelier A", "Atelier B"],
              ["Geneviève Halleux, Fatima Ouali, Valérie Gilson, Leen De Smet, Karim Benali, Sarah Collignon",
               "Katrien Peeters, Samira Amrani, Els Claes, Dirk Janssens, Yusuf Demir, Amina Bouzid, Christophe Lambotte"]])
    d.add_heading("Annexe 3 – Résultats du sondage de fin de journée", level=1)
    p(d, "23 réponses. Note moyenne : 8,1/10.")
    p(d, "[Annexe 3 : graphiques à insérer]", hl=WD_COLOR_INDEX.YELLOW)
    d.save("725_journee_reseau_liege.docx")


# ---------------------------------------------------------------- 726
def r726():
    d = new(font="Calibri", size=11, footer="Overleg Vlaamse OCMW's AMIF – 15/01/2026")
    p(d, "Overleg Vlaamse OCMW's AMIF – verslag", style="Title")
    p(d, "Donderdag 15 januari 2026 – online (Teams)", bold=True)
    p(d, "Verslag: Leen (deel 1–2) en Yusuf (deel 3–4)", italic=True)
    runs(d, [("Aanwezig: ", {"b": True}), ("Leen De Smet (OCMW Gent), Yusuf Demir (OCMW Gent), Katrien Peeters (OCMW Antwerpen), "
             "Jonas Wouters (OCMW Antwerpen), Ann Verbruggen (OCMW Schoten), Els Claes (OCMW Mortsel), Tom Verhulst (POD MI)", {})])
    runs(d, [("Verontschuldigd: ", {"b": True}), ("Dirk Janssens (OCMW Edegem), Samira Amrani (OCMW Antwerpen)", {})])
    p(d, "Agenda (13u30–15u00)", bold=True)
    for t in ["13u30 Welkom", "13u40 Terugblik netwerkjaar 2025", "14u00 Bewaring van dossiers na afloop project", "14u40 Planning 2026"]:
        p(d, t, style="List Bullet")
    d.add_heading("1 Terugblik 2025", level=2)
    p(d, "Positieve reacties op de netwerkdag van maart en de online bijeenkomsten van 2025. De versie in eenvoudige taal van de tevredenheidsenquête wordt sinds september "
         "in Gent en Antwerpen gebruikt; deelnemers vullen ze sneller en vollediger in.")
    d.add_heading("2 Bewaring dossiers", level=2)
    p(d, "Vraag van Schoten: hoe lang moeten de papieren dossiers van deelnemers bewaard blijven? Tom herinnert aan de regel: "
         "documenten 5 jaar vanaf 31 december van het jaar van de laatste betaling, persoonsgegevens niet langer dan nodig.")
    runs(d, [("Actie Katrien: ", {"b": True}), ("nagaan bij de juridische dienst van Antwerpen tot wanneer de papieren dossiers bewaard moeten blijven.", {})])
    runs(d, [("Actie POD MI: ", {"b": True}), ("een modelnota over bewaartermijnen bezorgen aan alle OCMW's.", {})])
    runs(d, [("[LDS: link naar de nota nog toevoegen]", {"c": "C00000"})])
    runs(d, [("[Yusuf, kan jij deel 3 en 4 aanvullen? – gedaan]", {"c": "808080"})])
    d.add_heading("3 Planning 2026", level=2)
    runs(d, [("Infosessies in Schoten en Mortsel in het voorjaar; Mortsel start een nieuwe groep in april (", {"c": "2F5496"}),
             ("YD: cijfers Mortsel nog te bevestigen door Els", {"c": "2F5496", "i": True}), (").", {"c": "2F5496"})])
    for t in ["→ Jonas en Ann maken een voorstel voor de gezamenlijke infosessies in Schoten.",
              "→ OCMW Mortsel bezorgt zijn lesrooster voor het voorjaar.",
              "→ Nog toe te wijzen: zaal voor de netwerkdag 2026 reserveren."]:
        p(d, t, color="2F5496")
    d.add_heading("4 Varia", level=2)
    p(d, "Volgend overleg: donderdag 19 maart 2026 om 13u30 (Teams).", color="2F5496")
    d.save("726_vlaams_overleg_duo.docx")


if __name__ == "__main__":
    for f in (r717, r718, r719, r720, r721, r722, r723, r724, r725, r726):
        f()
