# -*- coding: utf-8 -*-
"""Builds the ten AMIF network meeting reports 807-816 (python-docx). One function per report."""
import os
from docx import Document
from docx.shared import Pt, RGBColor, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_COLOR_INDEX, WD_BREAK
from docx.enum.section import WD_ORIENT

HERE = os.path.dirname(os.path.abspath(__file__))


def new_doc(font, size):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    return d


def para(d, text="", bold=False, italic=False, underline=False, size=None, color=None,
         align=None, style=None, highlight=None):
    p = d.add_paragraph(style=style) if style else d.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold, r.italic, r.underline = bold, italic, underline
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
        if highlight:
            r.font.highlight_color = highlight
    if align:
        p.alignment = align
    return p


def runs(d, parts, style=None):
    """parts: list of (text, dict of flags)"""
    p = d.add_paragraph(style=style) if style else d.add_paragraph()
    for t, f in parts:
        r = p.add_run(t)
        r.bold = f.get("b", False)
        r.italic = f.get("i", False)
        r.underline = f.get("u", False)
        if f.get("hl"):
            r.font.highlight_color = f["hl"]
        if f.get("c"):
            r.font.color.rgb = RGBColor.from_string(f["c"])
    return p


def table(d, rows, style="Table Grid", bold_first=True):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            c.text = val
            if i == 0 and bold_first:
                for r in c.paragraphs[0].runs:
                    r.bold = True
    return t


def footer(d, text, header=None):
    s = d.sections[0]
    s.footer.paragraphs[0].text = text
    if header:
        s.header.paragraphs[0].text = header


def save(d, name):
    d.save(os.path.join(HERE, name))


TAG_FR = "Vers une politique de migration plus intégrée, grâce au FAMI"
TAG_NL = "Naar een geïntegreerd migratiebeleid, dankzij het AMIF"


# ---------------------------------------------------------------- 807
def r807():
    """Charleroi, Oct 2016. Caroline Dufrasne starts from the May report's file (footer not updated)."""
    d = new_doc("Calibri", 11)
    footer(d, "Rapport réunion FAMI – 12/05/2016 – page 1", header=TAG_FR)
    para(d, "CPAS DE CHARLEROI – Service Action Migrants", bold=True, size=10, color="1F4E79")
    para(d, "Rapport de la réunion FAMI entre CPAS", bold=True, size=16, align=WD_ALIGN_PARAGRAPH.CENTER)
    para(d, "Jeudi 13 octobre 2016 – Espace Citoyen, boulevard Joseph II 13, 6000 Charleroi",
         align=WD_ALIGN_PARAGRAPH.CENTER)
    para(d, "Présents", bold=True, underline=True)
    table(d, [["Nom", "Organisation"],
              ["Lien Vanhoutte", "SPP Intégration Sociale"],
              ["Hanne De Smet", "CPAS Gand"],
              ["Youssef El Amrani", "CPAS Gand"],
              ["Véronique Lambotte", "CPAS Liège"],
              ["Caroline Dufrasne", "CPAS Charleroi"],
              ["Giuseppe Lombardi", "CPAS Charleroi"],
              ["Els Janssens", "CPAS Anvers"]])
    para(d)
    runs(d, [("Excusés : ", {"b": True}),
             ("Sophie Vandermeulen (CPAS Bruxelles), Karim Bouzidi (CPAS Liège)", {})])
    para(d, "Ordre du jour", bold=True, underline=True)
    for line in ["10h00 – 10h30\tAccueil et tour de table",
                 "10h30 – 11h30\tActiv'Up : bilan du module 1 et lancement du module 2",
                 "11h30 – 12h30\tRecrutement des participants : échanges entre CPAS",
                 "12h30 – 13h30\tLunch",
                 "13h30 – 15h00\tL'enquête de satisfaction : premier retour"]:
        para(d, line)
    runs(d, [("[ordre du jour repris du rapport de mai – vérifier les heures avec Giuseppe]",
              {"i": True, "hl": WD_COLOR_INDEX.YELLOW})])
    para(d, "1. Accueil et tour de table", bold=True, size=12)
    para(d, "Caroline Dufrasne souhaite la bienvenue aux CPAS dans les locaux de l'Espace Citoyen. "
            "Chaque CPAS présente brièvement l'état de son projet. Gand a démarré un deuxième groupe "
            "en septembre ; Liège signale une liste d'attente pour le module destiné aux personnes "
            "avec de très faibles compétences linguistiques ; Anvers est en phase de recrutement.")
    para(d, "2. Activ'Up : bilan du module 1 et lancement du module 2", bold=True, size=12)
    para(d, "Giuseppe Lombardi présente les chiffres du module 1 (septembre 2015 – juin 2016). "
            "Plus de 1 000 personnes ont été listées, 315 ont été retenues par les assistants sociaux "
            "et 110 sont venues à la séance d'information, soit 35 %. Pour le module 2, 199 personnes "
            "ont été retenues ; XX sont venues à la séance du 22 septembre.")
    para(d, "Le module 2 garde les trois axes : coaching individuel (1x toutes les 2 semaines), "
            "activités collectives et suivi social.")
    para(d, "3. Recrutement des participants", bold=True, size=12)
    para(d, "Les CPAS comparent leur façon de recruter. Gand travaille uniquement via les "
            "maatschappelijk werkers ; Liège réalise un bilan d'orientation après l'entretien "
            "d'admission. Tout le monde constate qu'une partie importante des personnes invitées "
            "ne vient pas.", style=None)
    para(d, "4. Enquête de satisfaction", bold=True, size=12)
    para(d, "Les premiers questionnaires montrent que certains termes sont trop abstraits pour le "
            "public (« autonomie », « compétences »). Le SPP propose de retravailler le questionnaire.")
    para(d, "Actions", bold=True, underline=True)
    para(d, "Lien Vanhoutte envoie une version simplifiée de l'enquête aux CPAS avant fin novembre.",
         style="List Bullet")
    para(d, "Giuseppe Lombardi transmet le tableau de recrutement de Charleroi à Hanne De Smet.",
         style="List Bullet")
    para(d, "Chaque CPAS fait tester le questionnaire par deux ou trois participants.",
         style="List Bullet")
    para(d)
    runs(d, [("Prochaine réunion : ", {"b": True}),
             ("le jeudi 9 février 2017 à Gand (lieu exact à confirmer par Hanne).", {})])
    para(d, "Rédaction : Caroline Dufrasne", italic=True, size=9)
    save(d, "807_charleroi_octobre_2016.docx")


# ---------------------------------------------------------------- 808
def r808():
    """Gent, March 2017. Youssef El Amrani types up his handwritten notes a week later."""
    d = new_doc("Arial", 10)
    para(d, "Verslag netwerkoverleg AMIF – OCMW Gent", bold=True, size=14)
    para(d, "Overleg van 2 maart 2017, Onthaalcentrum Sint-Pietersnieuwstraat, Gent", italic=True)
    para(d, "(notities uitgetypt op 9 maart – sorry voor de vertraging, Youssef)", italic=True,
         color="7F7F7F")
    runs(d, [("Aanwezig: ", {"b": True}),
             ("Lien (POD MI), Hanne, Youssef en Pieter (OCMW Gent), Véronique (OCMW Luik), "
              "Giuseppe (OCMW Charleroi), Els en Mehmet (OCMW Antwerpen), Sophie (OCMW Brussel)", {})])
    runs(d, [("Verontschuldigd: ", {"b": True}), ("Caroline (OCMW Charleroi)", {})])
    para(d, "Volledige namen voor de publicatie: Lien Vanhoutte, Hanne De Smet, Youssef El Amrani, "
            "Pieter Van Acker, Véronique Lambotte, Giuseppe Lombardi, Els Janssens, Mehmet Yilmaz, "
            "Sophie Vandermeulen, Caroline Dufrasne.", size=8, color="7F7F7F")
    para(d, "Geen vaste agenda, we zijn vertrokken van de vragen die vooraf gemaild werden.")
    para(d, "Stand van zaken per OCMW", bold=True, underline=True)
    para(d, "Gent: tweede groep loopt, 14 deelnemers. Veel afwezigheden tijdens de ramadan → "
            "planning aanpassen.", style="List Bullet")
    para(d, "Luik: werken met drie contracten per deelnemer (maatschappelijk werker, intake, "
            "moduleverantwoordelijke). Werkt goed voor de stiptheid.", style="List Bullet")
    para(d, "Charleroi: module 2 loopt tot juni. Giuseppe heeft de cijfers van de "
            "informatiesessie al doorgestuurd (60 van 199 = 30 %).", style="List Bullet")
    para(d, "Antwerpen: start met partners Schoten en Edegem voorzien na de zomer.",
         style="List Bullet")
    para(d, "Brussel: nog geen vaste coördinator, Sophie doet het tijdelijk.", style="List Bullet")
    para(d, "Tevredenheidsenquête", bold=True, underline=True)
    para(d, "De vereenvoudigde versie van Lien is getest. Nog steeds moeilijk voor analfabete "
            "deelnemers. Idee: met pictogrammen werken, en een versie in het Arabisch en Dari.")
    para(d, "Uitstappen", bold=True, underline=True)
    para(d, "Iedereen doet maandelijkse socio-culturele uitstappen. Kostprijs van vervoer is een "
            "probleem in Antwerpen. ?? (iets over De Lijn-abonnementen, niet meer goed te lezen in "
            "mijn notities)")
    para(d, "Afspraken", bold=True, underline=True)
    para(d, "Hanne – maakt een eerste versie van de enquête met pictogrammen.")
    para(d, "Mehmet – vraagt bij De Lijn na of er een groepstarief bestaat.")
    para(d, "POD – bekijkt of vertaling van de enquête betaald kan worden uit het projectbudget.")
    para(d, "Volgende keer: ergens in juni, in Antwerpen (datum via doodle).", bold=True)
    save(d, "808_gent_notities_2017.docx")


# ---------------------------------------------------------------- 809
def r809():
    """Bruxelles, Nov 2018. Sophie Vandermeulen pastes her e-mail summary into Word for the archive."""
    d = new_doc("Times New Roman", 12)
    para(d, "De : Sophie Vandermeulen", size=10)
    para(d, "Envoyé : mercredi 21 novembre 2018 16:42", size=10)
    para(d, "À : réseau FAMI CPAS", size=10)
    para(d, "Objet : résumé de la réunion FAMI du 20/11 à Bruxelles", size=10)
    para(d, "_" * 60, color="A6A6A6")
    para(d, "Bonjour à toutes et à tous,")
    para(d, "Comme promis, voici un petit résumé de notre réunion d'hier au CPAS de Bruxelles "
            "(rue Haute 298a). Étaient là : Marc Delvaux pour le SPP, Hanne De Smet (Gand), "
            "Nadia Rahmouni et Karim Bouzidi (Liège), Fatima Ouali (Charleroi), Sanne Wouters "
            "(Anvers) et, pour Bruxelles, Jean-Pierre Mukendi et moi-même. Els Janssens (Anvers) "
            "s'était excusée.")
    para(d, "Ce qu'on a vu :")
    para(d, "- les nouvelles règles de rapportage du SPP (Marc) : les indicateurs sont à envoyer "
            "une fois par an, pour le 31 janvier ;")
    para(d, "- le nouveau module « vivre en Belgique » de Bruxelles : logement, banque et "
            "assurances, mobilité ;")
    para(d, "- les difficultés de planning : les procédures administratives prennent de plus en "
            "plus de temps, il faut prévoir les activités plus tôt ;")
    para(d, "- les sujets sensibles (sexualité, violences conjugales) : on est d'accord qu'aucune "
            "activité sur ces thèmes ne doit être obligatoire.")
    para(d, "Ce qu'il reste à faire :")
    para(d, "- Marc Delvaux nous renvoie le modèle de tableau des indicateurs en version Excel ;")
    para(d, "- Karim Bouzidi partage le programme des séances d'information de Liège ;")
    para(d, "- chaque CPAS vérifie s'il peut fournir les chiffres par genre.")
    para(d, "On se revoit début mars, Liège s'est proposé pour accueillir.")
    para(d, "Bonne fin de semaine,")
    para(d, "Sophie")
    para(d, "Sophie Vandermeulen\nCoordinatrice projet FAMI – CPAS de Bruxelles", size=9, italic=True)
    para(d, "[mail collé tel quel, mise en page à revoir avant de classer]", italic=True,
         color="C00000", size=9)
    save(d, "809_bruxelles_resume_mail_2018.docx")


# ---------------------------------------------------------------- 810
def r810():
    """Antwerpen, Oct 2019. Sanne Wouters writes in place of Els Janssens (on leave); Dutch, then a French summary."""
    d = new_doc("Verdana", 9)
    footer(d, "OCMW Antwerpen – AMIF-netwerk – verslag 17/10/2019", header=TAG_NL + " – " + TAG_FR)
    para(d, "Verslag bijeenkomst OCMW's – Rapport rencontre CPAS", bold=True, size=14,
         align=WD_ALIGN_PARAGRAPH.CENTER, color="2E75B6")
    para(d, "17 oktober 2019 – 17 octobre 2019", align=WD_ALIGN_PARAGRAPH.CENTER, bold=True)
    para(d, "Zaal Kiel, Lange Gasthuisstraat 45, 2000 Antwerpen", align=WD_ALIGN_PARAGRAPH.CENTER)
    para(d, "Verslag: Sanne Wouters (ter vervanging van Els Janssens)", italic=True, size=8)
    para(d, "Aanwezig", bold=True)
    for n in ["Lien Vanhoutte – POD MI", "Pieter Van Acker – OCMW Gent", "Nadia Rahmouni – OCMW Luik",
              "Fatima Ouali – OCMW Charleroi", "Laurence Hennaut – OCMW Binche",
              "Mehmet Yilmaz – OCMW Antwerpen", "Sanne Wouters – OCMW Antwerpen",
              "Bart Verhaegen – OCMW Schoten", "Ilse Claes – OCMW Edegem",
              "Jean-Pierre Mukendi – OCMW Brussel"]:
        para(d, n, style="List Bullet")
    para(d, "Verontschuldigd", bold=True)
    para(d, "Els Janssens – OCMW Antwerpen", style="List Bullet")
    para(d, "Dries Goossens – OCMW Mortsel", style="List Bullet")
    para(d, "Agenda", bold=True)
    table(d, [["Uur", "Punt"],
              ["10.00", "Onthaal en koffie"],
              ["10.15", "Voorstelling van de Antwerpse partners"],
              ["11.00", "Stand van zaken per OCMW"],
              ["12.00", "Lunch"],
              ["13.00", "Workshop: tijdschema's voor oude en nieuwe deelnemers"]], style="Light Grid Accent 1")
    para(d)
    d.add_heading("1. Onthaal", level=2)
    para(d, "Mehmet Yilmaz verwelkomt iedereen namens OCMW Antwerpen en verontschuldigt Els, "
            "die met ziekteverlof is.")
    d.add_heading("2. Voorstelling van de Antwerpse partners", level=2)
    d.add_heading("2.1 Schoten", level=3)
    para(d, "Bart Verhaegen stelt de werking in Schoten voor: kleine groep van 8 deelnemers, "
            "vooral vrouwen, taalactivering twee keer per week.")
    d.add_heading("2.2 Edegem", level=3)
    para(d, "Ilse Claes: individuele begeleiding, 23 deelnemers sinds januari. "
            "(Els: klopt dit cijfer? ik had 32 genoteerd)")
    d.add_heading("3. Stand van zaken per OCMW", level=2)
    para(d, "Gent, Luik, Charleroi en Brussel geven een korte update. Opvallend: overal wordt "
            "de communicatie naar de deelnemers als werkpunt genoemd (lessen die wegvallen, "
            "uurroosters die veranderen). Binche werkt sinds september samen met Charleroi.")
    d.add_heading("4. Workshop tijdschema's", level=2)
    para(d, "In kleine groepen werd gezocht naar een evenwicht tussen deelnemers die al lang "
            "meedoen en nieuwkomers. Resultaten:")
    para(d, "Sterke punten: groepsgeest op het einde van een module, bijna dagelijks contact.",
         style="List Bullet")
    para(d, "Werkpunten: nieuwe deelnemers instromen in een lopende groep, activiteiten vroeger "
            "plannen.", style="List Bullet")
    para(d, "Actiepunten", bold=True)
    table(d, [["Wie", "Wat", "Wanneer"],
              ["Fatima Ouali", "stuurt het weekrooster van Charleroi door naar alle OCMW's", "november"],
              ["POD MI", "verzamelt de voorbeelden van uurroosters in één document", "december"],
              ["Bart Verhaegen en Ilse Claes", "maken samen een fiche over de instroom van nieuwe deelnemers",
               "volgende bijeenkomst"]])
    para(d)
    para(d, "Volgende bijeenkomst: 12 maart 2020 in Brussel.", bold=True)
    para(d, "TODO Franse samenvatting laten nalezen door Jean-Pierre", highlight=WD_COLOR_INDEX.YELLOW)
    r = d.add_paragraph().add_run()
    r.add_break(WD_BREAK.PAGE)
    para(d, "Résumé en français", bold=True, size=12, color="2E75B6")
    para(d, "La réunion a eu lieu à Anvers. Les partenaires de Schoten et d'Edegem ont présenté "
            "leur fonctionnement. Chaque CPAS a fait le point. L'atelier de l'après-midi portait "
            "sur des horaires équilibrés entre anciens et nouveaux participants. Fatima Ouali "
            "enverra l'horaire hebdomadaire de Charleroi ; le SPP rassemblera les exemples. "
            "Prochaine rencontre : 12 mars 2020 à Bruxelles.")
    save(d, "810_antwerpen_vervanging_2019.docx")


# ---------------------------------------------------------------- 811
def r811():
    """Online check-in call, April 2020 (lockdown). Lien Vanhoutte (SPP) keeps it short."""
    d = new_doc("Segoe UI", 10)
    para(d, "Appel de suivi FAMI – réseau CPAS", bold=True, size=13)
    para(d, "Jeudi 23 avril 2020, 10h00 – 10h45, Microsoft Teams", color="595959")
    para(d, "Participants à l'appel :", bold=True)
    para(d, "Lien Vanhoutte\tSPP IS\nHanne De Smet\tCPAS Gand\nVéronique Lambotte\tCPAS Liège\n"
            "Caroline Dufrasne\tCPAS Charleroi\nEls Janssens\tCPAS Anvers\nOlga Nowak\tCPAS Bruxelles")
    para(d, "Pas d'ordre du jour : tour de table rapide sur la reprise des activités.", italic=True)
    para(d, "Tour de table", bold=True, underline=True)
    table(d, [["CPAS", "Situation"],
              ["Gand", "Reprise en petits groupes : 4 participants + 1 formateur. Coaching individuel par téléphone."],
              ["Liège", "3 participants + 1 formateur, uniquement à la ferme. Les contrats sont prolongés."],
              ["Charleroi", "3 + 1 également. Les séances d'information passent en vidéo (WhatsApp)."],
              ["Anvers", "Tout à distance jusqu'à fin mai. Beaucoup de participants sans ordinateur."],
              ["Bruxelles", "Distribution de tablettes prévue ; [nombre à compléter par Olga]."]])
    para(d)
    para(d, "Rapportage", bold=True, underline=True)
    para(d, "Le SPP confirme que les activités à distance peuvent être comptées dans les "
            "indicateurs, à condition de noter la présence.")
    para(d, "À faire", bold=True, underline=True)
    para(d, "→ Liège : envoie sa note sur les règles sanitaires aux autres CPAS.")
    para(d, "→ SPP : vérifie auprès de l'autorité responsable du fonds si les tablettes sont éligibles.")
    para(d, "→ ? : faire une synthèse des solutions à distance pour la prochaine rencontre.")
    para(d)
    para(d, "Prochain appel : jeudi 7 mai 2020 à 10h00 (même lien Teams).", bold=True)
    save(d, "811_appel_suivi_avril_2020.docx")


# ---------------------------------------------------------------- 812
def r812():
    """Antwerpen with its partners, Sept 2021. Els Janssens, team lead, writes decisions and tasks only."""
    d = new_doc("Calibri", 11)
    footer(d, "Intern – niet verspreiden buiten het partnerschap")
    para(d, "AMIF-partneroverleg Antwerpen – Schoten – Edegem – Mortsel", bold=True, size=14)
    para(d, "Dinsdag 14 september 2021 | Campus Lange Gasthuisstraat, Antwerpen", size=10)
    table(d, [["Aanwezig", "Verontschuldigd"],
              ["Els Janssens (OCMW Antwerpen, voorzitter)\nMehmet Yilmaz (OCMW Antwerpen)\n"
               "Bart Verhaegen (OCMW Schoten)\nDries Goossens (OCMW Mortsel)\nTom Peeters (POD MI)",
               "Ilse Claes (OCMW Edegem)"]], style="Light List Accent 1")
    para(d)
    para(d, "Agenda: 1) terugblik zomerwerking 2) groepsgrootte vanaf oktober 3) indicatoren 2021 "
            "4) varia")
    para(d, "A. Beslissingen", bold=True, size=12, color="C55A11")
    para(d, "B1. Vanaf 1 oktober gaan we naar groepen van 6 deelnemers + 1 begeleider, in alle "
            "vier de gemeenten.")
    para(d, "B2. De zomerwerking wordt volgend jaar herhaald, met uitstappen in de eigen gemeente.")
    para(d, "B3. De indicatoren worden centraal door Antwerpen verzameld en doorgestuurd naar het POD.")
    para(d, "B. Taken", bold=True, size=12, color="C55A11")
    para(d, "T1. Mehmet Yilmaz: past het weekrooster aan voor de nieuwe groepsgrootte (tegen 28/09).")
    para(d, "T2. Bart Verhaegen: bezorgt de aanwezigheidslijsten van de zomer aan Mehmet.")
    para(d, "T3. Elk OCMW: levert de cijfers per indicator aan tegen 15 december.")
    para(d, "T4. POD: bevestigt welke taalniveaus (ERK) meetellen voor de resultaatindicator.")
    para(d, "T5. Nog te bepalen: contact opnemen met de bibliotheek van Mortsel voor een lokaal.")
    para(d, "C. Varia", bold=True, size=12, color="C55A11")
    para(d, "Dries vraagt of de tevredenheidsenquête ook in het Tigrinya kan. Is intussen al "
            "doorgegeven aan het netwerk.")
    para(d, "Volgend overleg: dinsdag 16 november 2021, 14u, in Mortsel.", bold=True)
    para(d, "E.J.", italic=True, align=WD_ALIGN_PARAGRAPH.RIGHT)
    save(d, "812_antwerpen_beslissingen_2021.docx")


# ---------------------------------------------------------------- 813
def r813():
    """Hybrid meeting hosted by partner CPAS Binche, May 2022, with an interpreter. Laurence Hennaut writes."""
    d = new_doc("Century Gothic", 10)
    footer(d, "CPAS de Binche – Rencontre FAMI 19/05/2022", header=TAG_FR + "  |  " + TAG_NL)
    para(d, "Rapport rencontre CPAS – Verslag bijeenkomst OCMW's", bold=True, size=15, color="385723")
    para(d, "19 mai 2022 – 19 mei 2022", bold=True)
    para(d, "CPAS de Binche, salle du Conseil, rue de Robiano 2, 7130 Binche – et en ligne (Teams)")
    para(d, "Interprétation simultanée FR-NL / Simultaanvertaling FR-NL : Ann-Sofie Mertens", italic=True)
    para(d, "Présents / Aanwezig", bold=True, underline=True)
    runs(d, [("En salle / in de zaal : ", {"i": True}),
             ("Laurence Hennaut (CPAS Binche), Caroline Dufrasne (CPAS Charleroi), Fatima Ouali "
              "(CPAS Charleroi), Karim Bouzidi (CPAS Liège), Aïcha Benali (SPP IS), Ann-Sofie "
              "Mertens (interprète)", {})])
    runs(d, [("En ligne / online : ", {"i": True}),
             ("Pieter Van Acker (OCMW Gent), Sanne Wouters (OCMW Antwerpen), Dries Goossens "
              "(OCMW Mortsel), Olga Nowak (CPAS Bruxelles)", {})])
    runs(d, [("Excusés / Verontschuldigd : ", {"b": True}), ("Hanne De Smet (OCMW Gent)", {})])
    para(d, "Ordre du jour / Agenda", bold=True, underline=True)
    for t in ["9h30 – 10h00 : Accueil / Onthaal",
              "10h00 – 11h00 : Le partenariat Charleroi – Binche / Het partnerschap Charleroi – Binche",
              "11h00 – 12h00 : Les nouveaux indicateurs du FAMI 2021-2027 / De nieuwe AMIF-indicatoren",
              "12h00 – 12h30 : Divers et prochaine rencontre / Varia en volgende bijeenkomst"]:
        para(d, t, style="List Number")
    d.add_heading("1. Accueil / Onthaal", level=1)
    para(d, "Laurence Hennaut accueille les participants, pour la première fois à Binche. "
            "La connexion Teams est testée avec les collègues en ligne ; l'interprète travaille "
            "depuis la salle.")
    para(d, "Laurence Hennaut verwelkomt de deelnemers, voor het eerst in Binche.", italic=True)
    d.add_heading("2. Le partenariat Charleroi – Binche / Het partnerschap", level=1)
    para(d, "Binche reçoit depuis 2019 une partie des participants dans ses propres locaux. "
            "Le recrutement se fait via les AS de Binche, le bilan d'orientation reste à Charleroi. "
            "Les données personnelles restent chez le CPAS qui suit la personne.")
    para(d, "Binche ontvangt sinds 2019 een deel van de deelnemers. De persoonsgegevens blijven "
            "bij het OCMW dat de persoon begeleidt.", italic=True)
    d.add_heading("3. Nouveaux indicateurs / Nieuwe indicatoren", level=1)
    para(d, "Aïcha Benali présente les indicateurs communs du règlement (UE) 2021/1147 : "
            "participants aux activités de soutien (cours de langue, orientation civique, "
            "accompagnement professionnel personnalisé), participants ayant gagné au moins un "
            "niveau du CECR, participants qui estiment que l'activité a aidé leur intégration.")
    para(d, "[NL-vertaling van punt 3 volgt]", color="C00000")
    d.add_heading("4. Divers / Varia", level=1)
    para(d, "Sanne Wouters signale que la connexion était difficile pour les collègues en ligne "
            "pendant la présentation. Pour la prochaine fois : un micro d'ambiance.")
    para(d, "Actions / Acties", bold=True, underline=True)
    para(d, "Action : Aïcha Benali envoie la fiche des indicateurs en FR et NL à tous les CPAS.")
    para(d, "Action : le CPAS de Charleroi rédige une note commune avec Binche sur le partage des données.")
    para(d, "Actie: Sanne Wouters test een conferentiemicro voor de volgende hybride bijeenkomst.")
    para(d)
    para(d, "Prochaine rencontre / Volgende bijeenkomst : octobre 2022, à Gand (date à fixer).", bold=True)
    save(d, "813_binche_hybride_2022.docx")


# ---------------------------------------------------------------- 814
def r814():
    """Formal procès-verbal, Liège, March 2023, approved at the next meeting. Written by Aïcha Benali (SPP)."""
    d = new_doc("Garamond", 12)
    footer(d, "SPP Intégration Sociale – PV réseau FAMI 30.03.2023")
    para(d, "Approuvé lors de la réunion du 12 octobre 2023", bold=True, color="00B050",
         align=WD_ALIGN_PARAGRAPH.RIGHT, size=10)
    para(d, "SPP | Intégration Sociale", size=10)
    para(d, "PROCÈS-VERBAL", bold=True, size=18, align=WD_ALIGN_PARAGRAPH.CENTER)
    para(d, "de la réunion du réseau FAMI des CPAS du jeudi 30 mars 2023",
         align=WD_ALIGN_PARAGRAPH.CENTER, size=13)
    para(d, "Lieu : CPAS de Liège, L'Échelle des Mots, rue Général Bertrand 35, 4000 Liège")
    para(d, "Sont présents : Mme Aïcha Benali (SPP IS), présidente de séance ; Mme Hanne De Smet "
            "(CPAS de Gand) ; M. Karim Bouzidi et Mme Nadia Rahmouni (CPAS de Liège) ; "
            "M. Giuseppe Lombardi (CPAS de Charleroi) ; M. Mehmet Yilmaz (CPAS d'Anvers) ; "
            "M. Jean-Pierre Mukendi (CPAS de Bruxelles).")
    para(d, "Sont excusés : Mme Laurence Hennaut (CPAS de Binche) ; Mme Olga Nowak (CPAS de Bruxelles).")
    para(d, "Ordre du jour :")
    for t in ["I. Approbation du procès-verbal de la réunion du 17 novembre 2022",
              "II. Communications du SPP",
              "III. Conservation des documents et protection des données",
              "IV. Évaluation des participants",
              "V. Divers"]:
        para(d, t)
    para(d, "La séance est ouverte à 10 h 05.", italic=True)
    para(d, "I. Approbation du procès-verbal du 17 novembre 2022", bold=True, underline=True)
    para(d, "Le procès-verbal de la réunion du 17 novembre 2022 est approuvé sans remarque.")
    para(d, "II. Communications du SPP", bold=True, underline=True)
    para(d, "La présidente informe les membres que le rapport annuel des indicateurs a été "
            "transmis à l'autorité responsable le 28 février 2023.")
    para(d, "III. Conservation des documents et protection des données", bold=True, underline=True)
    para(d, "Les documents d'une opération financée par le fonds sont conservés cinq ans à "
            "compter du 31 décembre de l'année du dernier paiement (règlement (UE) 2021/1060, "
            "article 82). Les données personnelles ne sont pas conservées plus longtemps que "
            "nécessaire (RGPD, article 5, paragraphe 1er, e). Tout participant peut demander à "
            "consulter les données qui le concernent (article 15).")
    para(d, "IV. Évaluation des participants", bold=True, underline=True)
    para(d, "IV.1 Enquête de satisfaction", bold=True)
    para(d, "Les membres constatent que l'enquête reste peu claire pour le public cible. "
            "Il est décidé de la proposer désormais en six langues.")
    para(d, "IV.2 Suivi individuel", bold=True)
    para(d, "Le CPAS de Liège expose sa pratique : chaque participant est discuté en équipe à la "
            "fin de chaque module.")
    para(d, "V. Divers", bold=True, underline=True)
    para(d, "Il est pris acte des points suivants à réaliser :")
    para(d, "Le SPP transmettra aux membres une note sur les délais de conservation.")
    para(d, "Le CPAS de Gand présentera son enquête illustrée lors de la prochaine réunion.")
    para(d, "M. Karim Bouzidi fera circuler la grille d'évaluation utilisée à Liège.")
    para(d, "La prochaine réunion est fixée au jeudi 12 octobre 2023 à Gand.")
    para(d, "La séance est levée à 12 h 40.", italic=True)
    para(d, "La présidente,\t\t\t\tLe secrétaire de séance,")
    para(d, "Aïcha Benali\t\t\t\t\tGiuseppe Lombardi")
    save(d, "814_pv_liege_2023.docx")


# ---------------------------------------------------------------- 815
def r815():
    """Working group on the satisfaction survey, Gent, Nov 2024, with two guests. Hanne De Smet writes."""
    d = new_doc("Aptos", 11)
    footer(d, "Werkgroep tevredenheidsenquête – versie 1")
    para(d, "Werkgroep tevredenheidsenquête AMIF", style="Title")
    para(d, "Donderdag 21 november 2024, 13u30 – 16u00 | OCMW Gent, Onderbergen 86")
    para(d, "Deelnemers", bold=True)
    table(d, [["Naam", "Organisatie", "Rol"],
              ["Hanne De Smet", "OCMW Gent", "trekker werkgroep"],
              ["Aïcha Benali", "POD MI", ""],
              ["Nadia Rahmouni", "CPAS Luik", ""],
              ["Sanne Wouters", "OCMW Antwerpen", ""],
              ["Olga Nowak", "CPAS Brussel", ""],
              ["Lotte Vermeiren", "UGent, vakgroep Sociaal Werk", "gast"],
              ["Samir Haddouchi", "Agentschap Integratie en Inburgering", "gast"]],
          style="Medium Shading 1 Accent 1")
    para(d, "Verontschuldigd: Fatima Ouali (CPAS Charleroi)", size=10)
    para(d, "Agenda", bold=True)
    table(d, [["13u30 – 13u45", "Welkom en kennismaking met de gasten"],
              ["13u45 – 14u45", "Resultaten van de testfase"],
              ["15u00 – 16u00", "Naar een enquête in eenvoudige taal"]], bold_first=False)
    d.add_heading("Welkom", level=1)
    para(d, "Hanne stelt de gasten voor. Lotte Vermeiren onderzoekt bevragingen bij laaggeletterde "
            "nieuwkomers; Samir Haddouchi werkt aan het inburgeringstraject bij het Agentschap.")
    d.add_heading("Resultaten van de testfase", level=1)
    d.add_heading("Wat werkt", level=2)
    para(d, "De pictogrammen worden goed begrepen. Deelnemers vullen liever samen met een "
            "intercultureel bemiddelaar in dan alleen.", style="List Bullet")
    d.add_heading("Wat moeilijk blijft", level=2)
    para(d, "Abstracte begrippen (\"zelfstandigheid\", \"integratie\") en schalen van 1 tot 10. "
            "In totaal werden [XX: aantal geteste deelnemers aanvullen] deelnemers bevraagd.",
         style="List Bullet")
    d.add_heading("Naar een enquête in eenvoudige taal", level=1)
    para(d, "Lotte raadt aan om met drie smileys te werken en elke vraag op één concreet moment "
            "te richten. Samir heeft de vertalingen van het Agentschap al bezorgd "
            "(Arabisch, Dari, Tigrinya, Oekraïens, Russisch, Somali).")
    runs(d, [("Besluit: ", {"b": True}),
             ("de werkgroep kiest voor één korte enquête per module, met smileys.", {})])
    d.add_heading("Afspraken", level=1)
    runs(d, [("Actie Hanne De Smet en Aïcha Benali: ", {"b": True}),
             ("herwerken de vragenlijst tot maximaal tien vragen.", {})])
    runs(d, [("Actie Nadia Rahmouni: ", {"b": True}),
             ("vertaalt de nieuwe versie naar het Frans en test ze in Luik.", {})])
    runs(d, [("Actie OCMW Antwerpen: ", {"b": True}),
             ("test de smileyversie bij twee groepen in december.", {})])
    para(d)
    para(d, "Volgende werkgroep: 23 januari 2025 (online).", bold=True, color="1F3864")
    para(d, "Opmerking Hanne: gasten vragen of ze dit verslag mogen ontvangen – nog te bevestigen door het POD.",
         italic=True, size=9)
    save(d, "815_werkgroep_enquete_2024.docx")


# ---------------------------------------------------------------- 816
def r816():
    """Brussels, Feb 2026. Olga Nowak (FR) and Tom Peeters (NL) write the report in turn."""
    d = new_doc("Arial", 10)
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2)
    footer(d, "Brouillon partagé – gedeeld ontwerp", header="FAMI / AMIF 2021-2027")
    para(d, "Rencontre du réseau FAMI – Bijeenkomst AMIF-netwerk", bold=True, size=14)
    para(d, "Mardi 10 février 2026 – dinsdag 10 februari 2026", bold=True)
    para(d, "SPP Intégration Sociale, boulevard du Jardin Botanique 50, 1000 Bruxelles")
    para(d, "Rédaction à deux : Olga Nowak (parties en français) et Tom Peeters (delen in het Nederlands)",
         italic=True, size=9)
    para(d, "Présents – Aanwezig : Tom Peeters (POD MI), Aïcha Benali (SPP IS), Youssef El Amrani "
            "(OCMW Gent), Nadia Rahmouni (CPAS Liège), Caroline Dufrasne (CPAS Charleroi), "
            "Laurence Hennaut (CPAS Binche), Mehmet Yilmaz (OCMW Antwerpen), Ilse Claes (OCMW Edegem), "
            "Olga Nowak (CPAS Bruxelles)")
    para(d, "Excusés – Verontschuldigd : Bart Verhaegen (OCMW Schoten), Sanne Wouters (OCMW Antwerpen)")
    para(d, "1 – Ouverture", bold=True, size=12, color="1F4E79")
    para(d, "[Olga] Aïcha ouvre la réunion et rappelle que c'est la dernière année complète de la "
            "programmation actuelle avant la clôture.")
    para(d, "2 – De nieuwe digitale fiches", bold=True, size=12, color="1F4E79")
    para(d, "[Tom] Het POD stelt de webtoepassing voor die de projectfiches en de verslagen in "
            "Word vervangt. Elk OCMW ziet enkel zijn eigen deelnemers; het POD ziet geen namen, "
            "alleen geanonimiseerde cijfers.")
    para(d, "Olga: deze zin over de toegangsrechten nog eens nakijken met Aïcha?",
         highlight=WD_COLOR_INDEX.YELLOW)
    para(d, "3 – Conservation des données", bold=True, size=12, color="1F4E79")
    para(d, "[Olga] Les CPAS demandent combien de temps garder les dossiers. Rappel : cinq ans "
            "à partir du 31 décembre de l'année du dernier paiement pour les pièces du projet ; "
            "les données personnelles pas plus longtemps que nécessaire.")
    para(d, "Tom, peux-tu compléter ce point avec la date du dernier paiement prévue par le SPP ?",
         highlight=WD_COLOR_INDEX.YELLOW)
    para(d, "4 – Rondvraag", bold=True, size=12, color="1F4E79")
    para(d, "[Tom] Edegem vraagt of de groepsgrootte nog beperkt moet worden: neen, de "
            "coronaregels gelden al lang niet meer. Charleroi meldt een wachtlijst voor module 2.")
    para(d, "5 – Actions / Acties", bold=True, size=12, color="1F4E79")
    table(d, [["Qui / Wie", "Quoi / Wat", "Pour / Tegen"],
              ["Tom Peeters", "stuurt de handleiding van de webtoepassing naar alle OCMW's", "28/02"],
              ["CPAS de Bruxelles", "teste l'encodage des présences dans l'application pendant un mois", "mars"],
              ["SPP / POD", "communique le calendrier de clôture du programme", "avril"],
              ["Youssef El Amrani et Mehmet Yilmaz", "préparent ensemble une démo pour les assistants sociaux",
               "juin"]], style="Light Grid Accent 5")
    para(d)
    para(d, "Prochaine réunion – volgende bijeenkomst : jeudi 18 juin 2026 à Liège / donderdag 18 juni 2026 in Luik.",
         bold=True)
    para(d, "[à relire par nous deux avant envoi – samen nalezen]", italic=True, color="C00000")
    save(d, "816_bruxelles_deux_plumes_2026.docx")


REPORTS = [r807, r808, r809, r810, r811, r812, r813, r814, r815, r816]

if __name__ == "__main__":
    for f in REPORTS:
        f()
