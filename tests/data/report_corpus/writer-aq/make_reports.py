# -*- coding: utf-8 -*-
from docx import Document
from docx.shared import Pt, RGBColor, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_COLOR_INDEX
from docx.enum.table import WD_TABLE_ALIGNMENT

RED = RGBColor(0xC0, 0x00, 0x00)
BLUE = RGBColor(0x1F, 0x4E, 0x79)
GREY = RGBColor(0x59, 0x59, 0x59)
GREEN = RGBColor(0x37, 0x86, 0x3C)


def new_doc(font="Calibri", size=11, header=None, footer=None, margins=2.5):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    for s in doc.sections:
        s.page_height = Cm(29.7)
        s.page_width = Cm(21.0)
        s.left_margin = s.right_margin = Cm(margins)
        s.top_margin = s.bottom_margin = Cm(2.0)
        if header:
            hp = s.header.paragraphs[0]
            for i, line in enumerate(header if isinstance(header, list) else [header]):
                if i:
                    hp = s.header.add_paragraph()
                r = hp.add_run(line)
                r.font.size = Pt(8)
                r.italic = True
                r.font.color.rgb = GREY
        if footer:
            fp = s.footer.paragraphs[0]
            fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = fp.add_run(footer)
            r.font.size = Pt(8)
    return doc


def P(doc, *runs, style=None, align=None, space_after=None, indent=None):
    """runs: str or tuple(text, dict(bold=, italic=, underline=, color=, highlight=, size=))"""
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    for r in runs:
        if isinstance(r, str):
            p.add_run(r)
        else:
            text, fmt = r
            run = p.add_run(text)
            run.bold = fmt.get("b")
            run.italic = fmt.get("i")
            run.underline = fmt.get("u")
            if fmt.get("color") is not None:
                run.font.color.rgb = fmt["color"]
            if fmt.get("hl") is not None:
                run.font.highlight_color = fmt["hl"]
            if fmt.get("size"):
                run.font.size = Pt(fmt["size"])
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "j":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    if indent is not None:
        p.paragraph_format.left_indent = Cm(indent)
    return p


def B(text, **kw):
    kw["b"] = True
    return (text, kw)


def I(text, **kw):
    kw["i"] = True
    return (text, kw)


def F(text, **kw):
    return (text, kw)


def H(doc, text, level=1):
    return doc.add_heading(text, level=level)


def T(doc, rows, header=True, style="Table Grid", widths=None, bold_first_col=False):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    if style:
        t.style = style
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            cell = t.cell(i, j)
            cell.text = ""
            par = cell.paragraphs[0]
            lines = val.split("\n") if isinstance(val, str) else val
            for k, line in enumerate(lines):
                if k:
                    par = cell.add_paragraph()
                run = par.add_run(line)
                if (header and i == 0) or (bold_first_col and j == 0):
                    run.bold = True
            if widths:
                cell.width = Cm(widths[j])
    return t

TAG_FR = "Vers une politique de migration plus intégrée, grâce au FAMI"
TAG_NL = "Naar een geïntegreerd migratiebeleid, dankzij het AMIF"


# ---------------------------------------------------------------- 437 SPP IS, 2016
def r437():
    doc = new_doc(font="Arial", size=10, header=[TAG_NL, TAG_FR],
                  footer="SPP Intégration Sociale | POD Maatschappelijke Integratie – réseau FAMI/AMIF")
    P(doc, B("POD | Maatschappelijke Integratie", color=BLUE), align="r", space_after=0)
    P(doc, B("SPP | Intégration Sociale", color=BLUE), align="r")
    H(doc, "Rapport réunion du réseau FAMI – Verslag netwerkvergadering AMIF", 0)
    P(doc, B("22 novembre 2016 – 22 november 2016"))
    P(doc, "SPP Intégration Sociale, Boulevard du Roi Albert II 30, 1000 Bruxelles – salle 5.12")
    P(doc, B("Présents et excusés / Aanwezigen en verontschuldigden"))
    T(doc, [
        ["Nom / Naam", "Organisation / Organisatie", "Statut / Status"],
        ["Sophie Vandermeulen", "SPP IS", "présente"],
        ["Pieter Claeys", "POD MI", "aanwezig"],
        ["Griet Van Acker", "OCMW Gent", "aanwezig"],
        ["Koen De Smet", "OCMW Gent", "aanwezig"],
        ["Nadia Lemaire", "CPAS Liège", "présente"],
        ["Julien Hardy", "CPAS Liège", "présent"],
        ["Véronique Delhaye", "CPAS Charleroi", "présente"],
        ["Els Peeters", "OCMW Antwerpen", "aanwezig"],
        ["Carine Mertens", "CPAS Bruxelles", "présente"],
        ["Marie-Claire Dupont", "interprète / tolk", "présente"],
        ["Hendrik Verstraete", "interprète / tolk", "aanwezig"],
        ["Yusuf Demir", "OCMW Antwerpen", "verontschuldigd"],
        ["Olivier Lambert", "CPAS Bruxelles", "excusé"],
    ], widths=[5, 6, 4])
    P(doc, "")
    P(doc, B("Ordre du jour / Agenda"))
    T(doc, [
        ["Heure / Uur", "Point / Punt"],
        ["09:30 – 10:00", "Accueil et café / Onthaal en koffie"],
        ["10:00 – 10:45", "Tour de table des projets / Stand van zaken per OCMW"],
        ["10:45 – 11:30", "Enquête de satisfaction / Tevredenheidsenquête"],
        ["11:30 – 12:15", "Indicateurs et rapportage annuel / Indicatoren en jaarrapportering"],
        ["12:15 – 12:30", "Divers et prochaine réunion / Varia en volgende vergadering"],
    ], widths=[3.5, 11.5])

    H(doc, "1. Accueil / Onthaal", 1)
    P(doc, "Sophie Vandermeulen souhaite la bienvenue aux participants. C'est la troisième rencontre du réseau "
           "depuis le lancement des projets FAMI au printemps 2016. La traduction simultanée était assurée "
           "par deux interprètes en cabine, ce qui permet à chacun de s'exprimer dans sa langue.", align="j")
    P(doc, I("Sophie Vandermeulen heet iedereen welkom. Dit is de derde bijeenkomst van het netwerk sinds de start "
             "van de AMIF-projecten in het voorjaar van 2016. Twee tolken in de cabine zorgden voor "
             "simultaanvertaling, zodat iedereen in de eigen taal kon spreken."), align="j")

    H(doc, "2. Tour de table / Stand van zaken per OCMW", 1)
    H(doc, "2.1 Gand / Gent", 2)
    P(doc, "Le projet de Gand a démarré en mai. 42 participants sont inscrits, surtout des femmes avec un niveau "
           "de langue débutant. L'entretien d'admission se fait en binôme avec un médiateur interculturel.", align="j")
    P(doc, I("Het project in Gent is in mei gestart. Er zijn 42 deelnemers ingeschreven, vooral vrouwen met een "
             "beginnersniveau Nederlands. Het intakegesprek gebeurt samen met een interculturele bemiddelaar."), align="j")
    H(doc, "2.2 Liège / Luik", 2)
    P(doc, "Le CPAS de Liège a ouvert deux modules collectifs (faibles compétences linguistiques et compétences "
           "avancées) et un atelier informatique. Trois contrats sont signés par participant. Le taux de "
           "présence moyen est de 78 %.", align="j")
    P(doc, I("Het OCMW van Luik is gestart met twee collectieve modules (zwakke en gevorderde taalvaardigheid) en "
             "een computeratelier. Per deelnemer worden drie contracten ondertekend. De gemiddelde "
             "aanwezigheidsgraad is 78 %."), align="j")
    H(doc, "2.3 Charleroi", 2)
    P(doc, "Charleroi a listé plus de 1 000 personnes potentiellement concernées ; les assistants sociaux en ont "
           "retenu 315 pour le module 1. 110 personnes sont venues à la séance d'information.", align="j")
    P(doc, I("Charleroi lijstte meer dan 1.000 mogelijke deelnemers op; de maatschappelijk werkers hielden er 315 over "
             "voor module 1. 110 personen kwamen naar de infosessie."), align="j")
    H(doc, "2.4 Anvers / Antwerpen", 2)
    P(doc, "Anvers travaille avec les partenaires de Schoten, Edegem et Mortsel, qui rejoindront le réseau en "
           "2017. Les sorties socio-culturelles mensuelles fonctionnent très bien.", align="j")
    P(doc, I("Antwerpen werkt samen met de partners in Schoten, Edegem en Mortsel, die vanaf 2017 mee aansluiten bij "
             "het netwerk. De maandelijkse socio-culturele uitstappen lopen heel goed."), align="j")
    H(doc, "2.5 Bruxelles / Brussel", 2)
    P(doc, "Le CPAS de Bruxelles recrute via les antennes sociales. Participants inscrits au premier module : ",
      F("[à compléter]", hl=WD_COLOR_INDEX.YELLOW), align="j")
    P(doc, I("Het OCMW van Brussel rekruteert via de sociale antennes. Aantal ingeschreven deelnemers: nog door te geven."),
      align="j")

    H(doc, "3. Enquête de satisfaction / Tevredenheidsenquête", 1)
    P(doc, "Tous les CPAS trouvent le questionnaire actuel trop abstrait pour le public cible. Des mots comme "
           "« autonomie » ou « compétences » ne sont pas compris. Il est décidé de garder le questionnaire en deux "
           "langues jusqu'à la fin de l'année ; une version avec pictogrammes serait un plus.", align="j")
    P(doc, I("Alle OCMW's vinden de huidige vragenlijst te abstract voor de doelgroep. Woorden als \"zelfredzaamheid\" "
             "of \"competenties\" worden niet begrepen. Er wordt beslist de vragenlijst tot het einde van het jaar "
             "tweetalig te houden; een versie met pictogrammen zou een meerwaarde zijn."), align="j")

    H(doc, "4. Indicateurs / Indicatoren", 1)
    P(doc, "Pieter Claeys présente les indicateurs que le SPP doit rapporter à l'autorité responsable du fonds : "
           "nombre de participants, heures d'accompagnement, participants ayant terminé un module. Les chiffres "
           "sont demandés par trimestre, sans nom de participant.", align="j")
    P(doc, I("Pieter Claeys stelt de indicatoren voor die de POD moet rapporteren aan de verantwoordelijke autoriteit "
             "van het fonds: aantal deelnemers, begeleidingsuren, deelnemers die een module hebben afgerond. De "
             "cijfers worden per kwartaal opgevraagd, zonder namen van deelnemers."), align="j")

    H(doc, "5. Actions / Acties", 1)
    T(doc, [
        ["Action / Actie", "Qui / Wie", "Échéance / Deadline"],
        ["Envoyer la présentation sur les indicateurs à tous les CPAS / De presentatie over de indicatoren aan alle OCMW's bezorgen",
         "SPP IS", "30/11/2016"],
        ["Traduire l'enquête de satisfaction en arabe et en dari / De tevredenheidsenquête vertalen naar het Arabisch en Dari",
         "Griet Van Acker", "31/01/2017"],
        ["Transmettre les chiffres de présence du premier module / Aanwezigheidscijfers van de eerste module doorgeven",
         "chaque CPAS / elk OCMW", "15/12/2016"],
        ["Proposer une version simplifiée du questionnaire / Een vereenvoudigde vragenlijst voorstellen",
         "Nadia Lemaire, Els Peeters", "prochaine réunion"],
        ["Organiser la visite d'une antenne sociale à Gand / Bezoek aan een sociaal huis in Gent organiseren",
         "OCMW Gent", "14/03/2017"],
    ], widths=[9, 3.5, 2.5])

    H(doc, "6. Prochaine réunion / Volgende vergadering", 1)
    P(doc, "La prochaine réunion aura lieu le mardi 14 mars 2017 à Gand.")
    P(doc, I("De volgende vergadering vindt plaats op dinsdag 14 maart 2017 in Gent."))
    doc.save("437_spp_reseau_bruxelles_2016.docx")


# ---------------------------------------------------------------- 438 OCMW Gent, 2017
def r438():
    doc = new_doc(font="Verdana", size=10, footer="OCMW Gent – Dienst Samenlevingsopbouw – AMIF 'Samen Sterk'")
    P(doc, B("Verslag bijeenkomst OCMW's – AMIF-netwerk", size=14))
    P(doc, "Datum: donderdag 16 maart 2017")
    P(doc, "Plaats: OCMW Gent, Sociaal Huis Nieuw Gent, Jacob Heremansstraat 2, 9000 Gent")
    P(doc, "Verslag: Griet Van Acker")
    P(doc, B("Aanwezig: "), "Griet Van Acker, Koen De Smet, Lies Vermeulen (OCMW Gent), Sophie Vandermeulen (POD MI), "
      "Nadia Lemaire (OCMW Luik), Véronique Delhaye, Samira Bouzid (OCMW Charleroi), Els Peeters (OCMW Antwerpen), "
      "Carine Mertens (OCMW Brussel)")
    P(doc, B("Verontschuldigd: "), "Julien Hardy (OCMW Luik), Yusuf Demir (OCMW Antwerpen)")
    P(doc, B("Programma"))
    for line in ["10.00 – 10.30: Onthaal en rondleiding in het Sociaal Huis",
                 "10.30 – 11.30: Voorstelling project Samen Sterk (OCMW Gent)",
                 "11.30 – 12.30: Intake en oriëntatiebalans: hoe pakken we het aan?",
                 "12.30 – 13.30: Lunch",
                 "13.30 – 15.00: Uitwisseling: sterktes en werkpunten",
                 "15.00 – 15.30: Afspraken en volgende bijeenkomst"]:
        P(doc, line, space_after=0, indent=0.5)
    P(doc, "")

    P(doc, B("Onthaal", u=True))
    P(doc, "Koen verwelkomt de collega's in het Sociaal Huis. Na de koffie volgt een korte rondleiding langs de "
           "lokalen waar de groepssessies doorgaan. De Franstalige collega's krijgen een vertaalde versie van de "
           "dagplanning. Er wordt afwisselend in het Nederlands en het Frans gesproken.")

    P(doc, B("Voorstelling project Samen Sterk", u=True))
    P(doc, "Het Gentse project richt zich op nieuwkomers met een laag taalniveau die al lang leefloon krijgen. "
           "Het team bestaat uit een coördinator, twee trajectbegeleiders en een interculturele bemiddelaar "
           "(samen 3,5 VTE). Deelnemers volgen wekelijks een groepsmodule (taalactivering, wonen in Gent, "
           "mobiliteit) en om de twee weken een individueel gesprek.")
    P(doc, "Sinds de start in mei 2016 zijn 61 deelnemers ingestroomd; 44 zijn nog actief. De aanwezigheidsgraad ligt "
           "rond 80 %. Stiptheid blijft een aandachtspunt, vooral bij de ochtendsessies.")
    P(doc, F("TODO: cijfers instroom Antwerpen toevoegen", color=RED))

    P(doc, B("Intake en oriëntatiebalans", u=True))
    P(doc, "Lies licht toe hoe het intakegesprek verloopt: de maatschappelijk werker stuurt een aanmeldingsfiche, "
           "daarna volgt een gesprek van ongeveer een uur met de deelnemer en, indien nodig, een tolk. Op basis "
           "daarvan wordt een oriëntatiebalans opgemaakt met doelen, motivatie en drempels.")
    P(doc, "In Luik gebeurt dat op een vergelijkbare manier, maar worden drie contracten ondertekend (met de "
           "maatschappelijk werker, met de intaker en met de verantwoordelijke van elke module). In Charleroi "
           "wordt eerst een infosessie georganiseerd voor een grote groep; pas daarna volgt de individuele intake.")
    P(doc, "Lies heeft de planning van de intakes al rondgestuurd naar de sociale diensten.")

    P(doc, B("Uitwisseling", u=True))
    P(doc, "In kleine groepjes bespreken we wat goed loopt en wat beter kan. Samenvatting:")
    P(doc, B("Sterktes:"))
    for s in ["intensief werken met de groep, bijna elke dag van de week",
              "de band tussen begeleiders en deelnemers, en tussen de deelnemers onderling",
              "groepsgevoel op het einde van een module"]:
        P(doc, s, style="List Bullet")
    P(doc, B("Werkpunten:"))
    for s in ["communicatie naar deelnemers bij wijzigingen in het uurrooster of bij afgelaste lessen",
              "evenwicht tussen oude en nieuwe deelnemers in dezelfde groep",
              "activiteiten vroeger plannen: administratieve procedures duren steeds langer",
              "geen verplichte activiteiten rond gevoelige thema's zoals seksualiteit of partnergeweld"]:
        P(doc, s, style="List Bullet")
    P(doc, "Het zou fijn zijn om eens een sessie samen met deelnemers van verschillende OCMW's te organiseren.")

    P(doc, B("Afspraken", u=True))
    P(doc, "We spreken af om voortaan de verslagen in beide talen te publiceren. Verder:")
    for s in ["Koen bezorgt de intakefiche van Gent aan alle OCMW's.",
              "Nadia stuurt het contract met de deelnemers door (in het Frans).",
              "Lijst met tolken per taal opmaken (Els en Samira)",
              "POD MI bekijkt of de tevredenheidsenquête vertaald kan worden."]:
        P(doc, s, style="List Bullet")

    P(doc, B("Volgende bijeenkomst", u=True))
    P(doc, "Dinsdag 13 juni 2017 in Luik (L'Échelle des Mots), 10 uur.")
    doc.save("438_ocmw_gent_uitwisseling_2017.docx")


# ---------------------------------------------------------------- 439 CPAS Liège, 2018
def r439():
    doc = new_doc(font="Times New Roman", size=12, header="CPAS de Liège – Projet FAMI Mod' Actions",
                  margins=2.2)
    P(doc, B("RAPPORT RENCONTRE CPAS – FAMI"), align="c")
    P(doc, "Liège, le jeudi 7 juin 2018", align="c")
    P(doc, "Lieu : la ferme du CPAS, rue des Vergers 12, 4020 Liège", align="c")
    P(doc, "")
    P(doc, B("Présents : "), "Julien Hardy, Nadia Lemaire (CPAS Liège), Anne-Sophie Gilson (CPAS Liège)), "
      "Sophie Vandermeulen (SPP IS), Griet Van Acker (CPAS Gand), Véronique Delhaye (CPAS Charleroi, "
      "Marc Dufour (CPAS Binche), Els Peeters (CPAS Anvers), Carine Mertens ((CPAS Bruxelles)", align="j")
    P(doc, B("Excusés : "), "Koen De Smet (CPAS Gand), Samira Bouzid (CPAS Charleroi)", align="j")
    P(doc, "")

    P(doc, B("I. ACCUEIL ET ORDRE DU JOUR"))
    P(doc, "Nadia accueille les collègues à la ferme du CPAS, un lieu calme où les participants peuvent aussi "
           "rencontrer d'autres usagers du CPAS. Elle présente Anne-Sophie Gilson, nouvelle coordinatrice du "
           "module individuel. L'ordre du jour est ensuite parcouru :", align="j")
    for s in ["Tour de table : où en sont les projets ?",
              "Les contrats avec les participants",
              "Taux de présence et ponctualité",
              "Présentation de l'atelier créatif",
              "Divers"]:
        P(doc, s, style="List Number")

    P(doc, B("II. TOUR DE TABLE"))
    P(doc, "Gand : 58 participants actifs, nouvelle antenne à Nieuw Gent. Un groupe du soir a été ouvert pour les "
           "participants qui travaillent quelques heures par semaine.", align="j")
    P(doc, "Charleroi : module 2 en cours avec 60 personnes venues à la séance d'information sur 199 retenues "
           "(30 %). Binche envoie ses participants aux ateliers de Charleroi deux fois par semaine.", align="j")
    P(doc, "Anvers : les partenaires de Schoten, Edegem et Mortsel ont chacun un petit groupe de 6 à 8 personnes.", align="j")
    P(doc, "Bruxelles : le module « Vivre en Belgique » est complet jusqu'en décembre.", align="j")
    P(doc, I("NB : chiffres à suivre pour Bruxelles et Anvers."))

    P(doc, B("III. LES CONTRATS AVEC LES PARTICIPANTS"))
    P(doc, "À Liège, trois contrats sont signés par participant : un avec l'assistant social, un avec la personne "
           "chargée de l'entretien d'admission et un avec le responsable de chaque module suivi. Les règles sur le "
           "taux de présence et la ponctualité y sont fixées. Les autres CPAS travaillent avec un seul contrat ou "
           "avec une simple charte signée lors du premier atelier.", align="j")
    P(doc, "Le SPP rappelle que les contrats restent au CPAS et ne doivent pas lui être transmis : aucun "
           "participant n'est communiqué nominativement au SPP.", align="j")

    P(doc, B("IV. TAUX DE PRÉSENCE ET PONCTUALITÉ"))
    P(doc, "Les CPAS comptent la présence et les retards à chaque séance. Le seuil varie : 80 % à Liège, 75 % à "
           "Gand, pas de seuil formel à Bruxelles. Plusieurs collègues signalent que les absences sont souvent "
           "liées à des rendez-vous administratifs ou médicaux, ou à la garde des enfants.", align="j")
    P(doc, "On propose de ne pas exclure un participant sur la seule base du taux de présence, mais d'en discuter "
           "d'abord en équipe et avec l'assistant social.", align="j")

    P(doc, B("V. ATELIER CRÉATIF"))
    P(doc, "L'artiste qui anime l'atelier créatif montre un court film sur les activités du groupe : peinture, "
           "photo et écriture. Les participants y gagnent en confiance en eux et osent davantage parler en "
           "français. Les collègues testent ensuite un exercice de présentation et un jeu autour des sons.", align="j")
    P(doc, "Il a été décidé d'inviter l'artiste à la rencontre suivante pour un atelier d'une heure.", align="j")

    P(doc, B("VI. SUITES À DONNER"))
    for s in ["- Le CPAS de Liège enverra ses trois modèles de contrat à tous les partenaires.",
              "- Véronique va transmettre le calendrier des sorties socio-culturelles de Charleroi.",
              "- Chaque CPAS complète le tableau des taux de présence pour le 30 juin.",
              "- Une note sur la ponctualité sera rédigée par Griet et Marc.",
              "- Organiser une visite de l'atelier vélo d'Anvers (à définir)."]:
        P(doc, s, indent=0.6, space_after=2)

    P(doc, B("VII. DIVERS"))
    P(doc, "Le SPP informe que le rapport annuel 2017 a été accepté sans remarque. La prochaine rencontre aura lieu "
           "à Charleroi en octobre (date à fixer).", align="j")
    P(doc, "")
    P(doc, I("Rapport : Julien Hardy"), align="r")
    doc.save("439_cpas_liege_rencontre_2018.docx")


# ---------------------------------------------------------------- 440 CPAS Charleroi, 2020 (Teams)
def r440():
    doc = new_doc(font="Calibri", size=11, header=TAG_FR,
                  footer="CPAS de Charleroi – Service Action Migrants – Activ'Up")
    P(doc, B("CPAS CHARLEROI", color=BLUE, size=13))
    P(doc, B("Réunion du réseau FAMI – compte rendu", size=13))
    P(doc, "Date : jeudi 19 novembre 2020, de 9h30 à 12h00")
    P(doc, "La réunion s'est tenue via Microsoft Teams en raison des mesures sanitaires.")
    P(doc, "Rédaction : Samira Bouzid")
    P(doc, B("Présent·e·s :"))
    for s in ["– Samira Bouzid, Véronique Delhaye (CPAS Charleroi)",
              "– Marc Dufour (CPAS Binche)",
              "– Sophie Vandermeulen (SPP IS)",
              "– Lies Vermeulen (CPAS Gand)",
              "– Anne-Sophie Gilson (CPAS Liège)",
              "– Els Peeters, Yusuf Demir (CPAS Anvers)",
              "– Olivier Lambert (CPAS Bruxelles)"]:
        P(doc, s, space_after=0, indent=0.5)
    P(doc, B("Excusé·e·s :"))
    for s in ["– Carine Mertens (CPAS Bruxelles)", "– Julien Hardy (CPAS Liège)"]:
        P(doc, s, space_after=0, indent=0.5)
    P(doc, "")
    P(doc, B("Programme"))
    T(doc, [
        ["Heure", "Sujet", "Intervenant(e)"],
        ["09h30 – 09h45", "Ouverture et météo Covid", "Samira"],
        ["09h45 – 10h30", "Recrutement module 2 : l'entonnoir de Charleroi", "Véronique"],
        ["10h30 – 11h15", "Ateliers en petits groupes : quelles règles ?", "tous"],
        ["11h15 – 11h45", "Indicateurs FAMI 2020", "SPP IS"],
        ["11h45 – 12h00", "Divers", ""],
    ], style="Light Grid Accent 1", widths=[3.2, 8.5, 3.3])
    P(doc, "")

    P(doc, B("A. Ouverture", color=BLUE))
    P(doc, "Samira ouvre la réunion et fait un rapide tour de « météo » : tous les CPAS ont dû fermer leurs "
           "ateliers collectifs pendant plusieurs semaines au printemps. Le coaching individuel a continué par "
           "téléphone. Plusieurs participants n'ont pas d'ordinateur ni de connexion stable ; certains suivent "
           "les séances sur le smartphone d'un enfant.", align="j")

    P(doc, B("B. Recrutement et entonnoir", color=BLUE))
    P(doc, "Véronique présente l'entonnoir de recrutement de Charleroi : plus de 1 000 personnes listées, 315 "
           "retenues par les assistants sociaux pour le module 1, dont 110 présentes à la séance d'information "
           "(35 %) ; pour le module 2, 199 retenues et 60 présentes (30 %). Le taux de présence à la séance "
           "d'information reste le point faible.", align="j")
    P(doc, "Binche applique la même méthode à plus petite échelle.")
    P(doc, F("[Binche : compléter les chiffres du module 2]", color=RED))
    P(doc, "Le CPAS de Binche a déjà envoyé ses listes de personnes intéressées au service Action Migrants.", align="j")

    P(doc, B("C. Ateliers en petits groupes", color=BLUE))
    P(doc, "Les règles sanitaires diffèrent d'un CPAS à l'autre :")
    for s in ["Charleroi et Liège : 3 participants + 1 formateur ;",
              "Gand : 4 participants + 1 formateur ;",
              "Anvers : groupes de 4, masque obligatoire, local aéré toutes les heures ;",
              "Bruxelles : ateliers suspendus jusqu'au 13 décembre."]:
        P(doc, s, style="List Bullet")
    P(doc, "Il est convenu de ne pas rendre obligatoires les séances en ligne : elles restent une possibilité pour "
           "les participants qui le souhaitent. Les collègues espèrent pouvoir passer à 6 + 1 au printemps.",
      align="j")

    P(doc, B("D. Indicateurs FAMI 2020", color=BLUE))
    P(doc, "Sophie explique que les indicateurs 2020 se rapportent comme d'habitude, mais que le SPP tiendra "
           "compte de la crise sanitaire : une baisse du nombre d'heures d'accompagnement collectif ne sera pas "
           "sanctionnée si elle est expliquée dans le rapport. Les séances à distance comptent comme des heures "
           "d'accompagnement, à condition de noter la présence.", align="j")

    P(doc, B("E. Actions", color=BLUE))
    acts = [("envoyer le tableau de l'entonnoir de recrutement aux autres CPAS", "Véronique"),
            ("préparer une FAQ sur le rapportage des indicateurs en période Covid", "SPP IS"),
            ("communiquer la règle de groupe en vigueur à partir de janvier", "chaque CPAS"),
            ("tester une séance d'information en ligne avec 3 participants", "Lies et Anne-Sophie"),
            ("trouver un outil de visioconférence accessible aux participants", "?")]
    for what, who in acts:
        P(doc, B("Action : "), what, space_after=0)
        P(doc, I("Qui : " + who), indent=1)

    P(doc, B("F. Prochaine réunion", color=BLUE))
    P(doc, "Jeudi 18 mars 2021, 9h30, via Teams (sauf changement des mesures).")
    doc.save("440_cpas_charleroi_teams_2020.docx")


# ---------------------------------------------------------------- 441 OCMW Antwerpen, 2021 (hybride)
def r441():
    doc = new_doc(font="Calibri", size=11, header=TAG_NL, footer="OCMW Antwerpen – AMIF-partnerschap")
    P(doc, B("Verslag netwerkvergadering AMIF", size=16, color=BLUE))
    P(doc, "Donderdag 14 oktober 2021 – 09:30 tot 12:30")
    P(doc, "Sociaal Huis Antwerpen, Lange Gasthuisstraat 7, 2000 Antwerpen en via Zoom")
    P(doc, B("Aanwezig (ter plaatse): "), "Yusuf Demir, Els Peeters (OCMW Antwerpen), Bart Janssens (OCMW Schoten), "
      "Ann Claes (OCMW Edegem), Lotte Wouters (OCMW Mortsel), Sophie Vandermeulen (POD MI)")
    P(doc, B("Aanwezig (via Zoom): "), "Lies Vermeulen (OCMW Gent), Anne-Sophie Gilson (OCMW Luik), "
      "Samira Bouzid (OCMW Charleroi), Olivier Lambert (OCMW Brussel)")
    P(doc, B("Verontschuldigd: "), "Marc Dufour (OCMW Binche), Carine Mertens (OCMW Brussel)")
    P(doc, I("Afkortingen: EP = Els Peeters, YD = Yusuf Demir, BJ = Bart Janssens, AC = Ann Claes, "
             "LW = Lotte Wouters, SV = Sophie Vandermeulen"), space_after=8)
    P(doc, B("Agenda"))
    for s in ["09:30-10:00\tWelkom en koffie",
              "10:00-10:45\tTerugblik op anderhalf jaar corona",
              "10:45-11:30\tPartnerwerking Schoten, Edegem en Mortsel",
              "11:30-12:15\tTevredenheidsenquête: nieuwe versie",
              "12:15-12:30\tActies en planning"]:
        P(doc, s, style="List Number")

    H(doc, "1) Welkom", 2)
    P(doc, "Els heet iedereen welkom, ter plaatse en online. Het is de eerste keer sinds februari 2020 dat een deel "
           "van het netwerk elkaar weer fysiek ziet. De collega's van Gent, Luik, Charleroi en Brussel volgen via "
           "Zoom; de geluidsverbinding werkt, maar wie online volgt, vraagt om duidelijk in de microfoon te spreken.")

    H(doc, "2) Terugblik op anderhalf jaar corona", 2)
    P(doc, "Elk OCMW geeft kort weer wat de coronaperiode betekende voor de deelnemers. Iedereen merkt een "
           "achterstand in de Nederlandse en Franse taalvaardigheid: wie een jaar lang geen groepsles kon volgen, "
           "is veel vergeten. Individuele begeleiding is overal blijven lopen, telefonisch of op wandel.")
    P(doc, "Antwerpen en de partners werkten met groepjes van 4 deelnemers + 1 begeleider; sinds september zijn "
           "groepen van 8 weer mogelijk. In Luik en Charleroi is de regel nu 6 + 1.")
    P(doc, "Besloten: de online sessies worden niet verder uitgebouwd, behalve voor de infosessies over "
           "huisvesting en mobiliteit, waar ze goed werkten.")

    H(doc, "3) Partnerwerking Schoten, Edegem en Mortsel", 2)
    P(doc, "Bart, Ann en Lotte stellen de werking in de drie partnergemeenten voor. De groepen zijn kleiner "
           "(6 tot 10 deelnemers) en de lijnen met de maatschappelijk werkers korter. Deelnemers uit Schoten en "
           "Edegem komen voor sommige modules naar Antwerpen, wat veel verplaatsingstijd kost.")
    P(doc, "Mortsel bereikt vooral alleenstaande moeders; de kinderopvang tijdens de sessies is een sleutel tot "
           "succes.")
    P(doc, I("[cijfers Mortsel aan te vullen]", color=GREY))

    H(doc, "4) Tevredenheidsenquête", 2)
    P(doc, "Sophie toont de nieuwe versie van de tevredenheidsenquête met pictogrammen en kortere vragen. Het netwerk "
           "vindt ze duidelijker, maar vraagt om ze ook in het Arabisch, Dari, Tigrinya, Engels, Russisch en "
           "Turks aan te bieden. Besloten: de enquête blijft anoniem en wordt per module ingevuld.")

    H(doc, "5) Acties", 2)
    for s in ["EP: presentatie partnerwerking doorsturen naar alle OCMW's",
              "BJ + AC: gezamenlijke folder voor Schoten en Edegem uitwerken",
              "POD MI: nieuwe versie enquête in 6 talen voorleggen",
              "Alle OCMW's: aantal deelnemers 2021 doorgeven vóór 15/11",
              "LW: contact opnemen met het wijkgezondheidscentrum over kinderopvang",
              "Nog te bepalen: vertaling van het verslag naar het Frans"]:
        P(doc, s, style="List Bullet")

    H(doc, "6) Volgende vergadering", 2)
    P(doc, "Voorjaar 2022, datum volgt via Doodle.")

    H(doc, "Résumé en français", 2)
    P(doc, I("La réunion s'est tenue à Anvers et via Zoom. Chaque CPAS a fait le bilan de la période Covid : "
             "retard dans l'apprentissage de la langue, accompagnement individuel maintenu partout. Les partenaires "
             "de Schoten, Edegem et Mortsel ont présenté leur fonctionnement en petits groupes. La nouvelle "
             "enquête de satisfaction avec pictogrammes est jugée plus claire ; elle reste anonyme. Les actions "
             "convenues figurent au point 5 ci-dessus."))
    doc.save("441_ocmw_antwerpen_hybride_2021.docx")


# ---------------------------------------------------------------- 442 CPAS Bruxelles, 2022
def r442():
    doc = new_doc(font="Cambria", size=11, header=[TAG_FR, TAG_NL],
                  footer="CPAS de Bruxelles / OCMW van Brussel – Cellule FAMI")
    P(doc, B("DRAFT – commentaires de Gand à intégrer / opmerkingen Gent nog te verwerken", color=RED))
    P(doc, B("Rapport rencontre CPAS – Verslag bijeenkomst OCMW's", size=14), align="c")
    P(doc, B("24 mai 2022 – 24 mei 2022"), align="c")
    P(doc, "CPAS de Bruxelles, rue Haute 298a, 1000 Bruxelles – salle du Conseil", align="c")
    P(doc, "")
    P(doc, B("Présents / Aanwezig :"))
    for s in ["Carine Mertens\tCPAS Bruxelles", "Olivier Lambert\tCPAS Bruxelles", "Thomas Dewulf\tSPP IS",
              "Lies Vermeulen\tOCMW Gent", "Koen De Smet\tOCMW Gent", "Anne-Sophie Gilson\tCPAS Liège",
              "Samira Bouzid\tCPAS Charleroi", "Els Peeters\tOCMW Antwerpen", "Ann Claes\tOCMW Edegem"]:
        P(doc, s, space_after=0)
    P(doc, B("Excusés / Verontschuldigd :"))
    for s in ["Marc Dufour\tCPAS Binche", "Yusuf Demir\tOCMW Antwerpen", "Sophie Vandermeulen\tSPP IS"]:
        P(doc, s, space_after=0)
    P(doc, "")
    P(doc, B("Ordre du jour / Agenda :"))
    for s in ["9h30 : Accueil / Onthaal",
              "10h00 : Nouvelle programmation FAMI 2021-2027 / Nieuwe AMIF-programmatie 2021-2027",
              "11h00 : Tour de table / Rondetafel",
              "12h00 : Conclusions et lunch / Besluiten en lunch"]:
        P(doc, s, space_after=0, indent=0.5)
    P(doc, "")

    P(doc, B("1. Accueil / Onthaal", size=13))
    P(doc, "Carine accueille les collègues au CPAS de Bruxelles. Deux interprètes (FR/NL) ont assuré la traduction "
           "simultanée pendant toute la matinée. Thomas Dewulf, qui reprend le suivi du réseau au SPP, se présente.",
      align="j")
    P(doc, I("Carine verwelkomt de collega's in het OCMW van Brussel. Twee tolken (FR/NL) zorgden de hele voormiddag "
             "voor simultaanvertaling. Thomas Dewulf, die de opvolging van het netwerk bij de POD overneemt, stelt "
             "zich voor."), align="j")

    P(doc, B("2. Nouvelle programmation FAMI 2021-2027 / Nieuwe AMIF-programmatie 2021-2027", size=13))
    P(doc, B("2.1 Indicateurs communs / Gemeenschappelijke indicatoren"))
    P(doc, "Le règlement (UE) 2021/1147 impose des indicateurs communs de réalisation et de résultat : participants "
           "aux activités de soutien (cours de langue, orientation civique, accompagnement professionnel "
           "personnalisé), participants ayant gagné au moins un niveau CECR, participants qui déclarent que "
           "l'activité a aidé leur intégration. Thomas a fait suivre le courriel de l'autorité responsable :", align="j")
    for s in ["De : Thomas Dewulf",
              "Envoyé : mardi 17 mai 2022 14:32",
              "À : reseau-fami",
              "Objet : TR: indicateurs communs – programmation 2021-2027",
              "",
              "Bonjour à toutes et tous,",
              "Vous trouverez ci-dessous le message reçu ce matin. Les indicateurs seront à rapporter une fois par "
              "an, pour le 31 janvier, sur base des participants de l'année civile écoulée. Aucune donnée "
              "nominative ne doit être transmise au SPP.",
              "Bien à vous,",
              "Thomas"]:
        P(doc, F(s, color=GREY, size=10), space_after=0, indent=1)
    P(doc, "")
    P(doc, I("Verordening (EU) 2021/1147 legt gemeenschappelijke output- en resultaatindicatoren op. Thomas stuurde "
             "de e-mail van de verantwoordelijke autoriteit door: de indicatoren worden één keer per jaar "
             "gerapporteerd, tegen 31 januari, zonder namen van deelnemers."), align="j")
    P(doc, "Les CPAS s'inquiètent de la mesure du niveau CECR : seuls Liège et Gand font un test de langue au début "
           "et à la fin du parcours.", align="j")
    P(doc, I("De OCMW's maken zich zorgen over het meten van het ERK-niveau: enkel Luik en Gent nemen een taaltest af "
             "bij de start en op het einde van het traject."), align="j")
    P(doc, B("2.2 Conservation des documents / Bewaring van documenten"))
    P(doc, "Les documents d'une opération financée par l'UE sont conservés cinq ans à partir du 31 décembre de "
           "l'année du dernier paiement (règlement (UE) 2021/1060, article 82). Les données personnelles ne sont "
           "pas gardées plus longtemps que nécessaire (RGPD, article 5). Olivier signale que Bruxelles garde "
           "encore des dossiers papier de 2016.", align="j")
    P(doc, I("Documenten van een door de EU gefinancierde concrete actie worden vijf jaar bewaard vanaf 31 december "
             "van het jaar van de laatste betaling. Persoonsgegevens worden niet langer bewaard dan nodig. "
             "Olivier meldt dat Brussel nog papieren dossiers van 2016 bewaart."), align="j")

    P(doc, B("3. Tour de table / Rondetafel", size=13))
    P(doc, "Gand : recrutement en hausse grâce aux antennes de quartier. Liège : le module « compétences "
           "avancées » se termine en juin. Charleroi : retour aux groupes de 12. Anvers et Edegem : la "
           "collaboration avec les écoles de langue fonctionne bien. Bruxelles : nouvelle équipe de trois "
           "animateurs depuis mars.", align="j")
    P(doc, I("Gent: meer instroom dankzij de buurtantennes. Luik: de module \"gevorderde competenties\" eindigt in juni. "
             "Charleroi: terug naar groepen van 12. Antwerpen en Edegem: de samenwerking met de taalscholen loopt "
             "goed. Brussel: nieuw team van drie animatoren sinds maart."), align="j")
    P(doc, "Le réseau souhaiterait à l'avenir une journée commune avec les participants des différents CPAS.", align="j")

    P(doc, B("4. À faire / Te doen", size=13))
    for fr, nl in [
        ("Envoyer le mail de la Commission à tous les partenaires (resp. SPP)",
         "De e-mail van de Commissie naar alle partners sturen (resp. POD)"),
        ("Compléter la fiche projet actualisée (resp. chaque CPAS)",
         "De geactualiseerde projectfiche invullen (resp. elk OCMW)"),
        ("Vérifier la conservation des dossiers papier 2016-2017 (resp. Olivier)",
         "De bewaring van de papieren dossiers 2016-2017 nakijken (resp. Olivier)"),
        ("Préparer une note commune sur la durée de conservation (resp. Carine et Thomas)",
         "Een gemeenschappelijke nota over de bewaartermijn voorbereiden (resp. Carine en Thomas)"),
        ("Informer le CPAS de Binche des nouvelles règles de rapportage (resp. CPAS Charleroi)",
         "Het OCMW van Binche informeren over de nieuwe rapporteringsregels (resp. OCMW Charleroi)"),
    ]:
        P(doc, fr, space_after=0, style="List Bullet")
        P(doc, I(nl), indent=1.3)

    P(doc, B("5. Prochaine réunion / Volgende vergadering", size=13))
    P(doc, "Jeudi 20 octobre 2022 à Gand / Donderdag 20 oktober 2022 in Gent")
    doc.save("442_cpas_bruxelles_programmation_2022.docx")


# ---------------------------------------------------------------- 443 CPAS Binche, 2023
def r443():
    doc = new_doc(font="Arial", size=10.5, header="CPAS de Binche – partenaire du projet FAMI Activ'Up (Charleroi)",
                  footer=TAG_FR)
    P(doc, B("Réunion du réseau FAMI des CPAS", size=14), align="c")
    P(doc, "Binche, mardi 28 mars 2023", align="c")
    P(doc, "CPAS de Binche, salle polyvalente, rue de la Triperie", align="c")
    P(doc, "")
    P(doc, B("Étaient présents : "), "Marc Dufour et Martine Leroy (CPAS Binche), Mme Samira Bouzid et "
      "Mme Véronique Delhaye (CPAS Charleroi), M. Thomas Dewulf (SPP IS), Mme Lies Vermeulen (CPAS Gand), "
      "Mme Anne-Sophie Gilson (CPAS Liège), M. Olivier Lambert (CPAS Bruxelles), Mme Els Peeters (CPAS Anvers), "
      "Mme Lotte Wouters (CPAS Mortsel).", align="j")
    P(doc, B("Se sont excusés : "), "M. Julien Hardy (CPAS Liège), M. Bart Janssens (CPAS Schoten).")
    P(doc, "Els Peeters et Lotte Wouters ont suivi la réunion à distance via Teams.")
    P(doc, "")
    P(doc, B("Ordre du jour :"))
    for s in ["9h30 – 10h00 : Accueil et café",
              "10h00 – 11h00 : Le partenariat Charleroi – Binche",
              "11h00 – 12h00 : Enquête de satisfaction : version simplifiée",
              "12h00 – 12h30 : Calendrier des modules 2023-2024 et divers"]:
        P(doc, "\t" + s, space_after=0)
    P(doc, "")

    P(doc, B("1) Accueil au CPAS de Binche"))
    P(doc, "Marc souhaite la bienvenue à tous. C'est la première fois que le réseau se réunit à Binche. Le CPAS "
           "participe au projet comme partenaire de Charleroi depuis 2017 ; une petite équipe (1,5 ETP) suit une "
           "vingtaine de participants par an.", align="j")
    P(doc, "Les participants de Binche sont surtout des familles arrivées depuis moins de trois ans, souvent avec "
           "un niveau de langue débutant. Plusieurs d'entre eux dépendent du revenu d'intégration depuis longtemps. "
           "L'équipe insiste sur l'importance du premier contact : l'entretien d'admission se fait toujours avec "
           "l'assistant social qui connaît déjà la famille.", align="j")

    P(doc, B("2) Le partenariat Charleroi – Binche"))
    P(doc, "Véronique et Martine présentent le fonctionnement : les assistants sociaux de Binche orientent les "
           "participants, l'entretien d'admission se fait à Binche, les ateliers découvertes ont lieu à Charleroi "
           "deux fois par semaine. Le transport reste un frein : le CPAS de Binche rembourse les trajets en train.",
      align="j")
    P(doc, B("Points forts :"))
    for s in ["un suivi individuel de proximité, par une personne que le participant connaît ;",
              "l'accès à une offre d'ateliers plus large qu'à Binche seul ;",
              "des sorties socio-culturelles communes qui créent un esprit de groupe."]:
        P(doc, s, style="List Bullet")
    P(doc, B("Points à améliorer :"))
    for s in ["la communication quand un atelier est annulé à Charleroi ;",
              "les horaires, peu adaptés aux parents qui doivent aller chercher leurs enfants à l'école ;",
              "l'équilibre entre anciens et nouveaux participants dans les groupes."]:
        P(doc, s, style="List Bullet")
    P(doc, "Le CPAS de Charleroi a déjà adapté ses horaires du mercredi. Il serait utile de prévoir un second "
           "lieu d'atelier plus proche de Binche.", align="j")

    P(doc, B("3) Enquête de satisfaction : version simplifiée"))
    P(doc, "Thomas présente la version simplifiée de l'enquête, avec des smileys et des phrases courtes. Les "
           "animateurs de Liège et de Gand l'ont déjà testée : les participants la remplissent en dix minutes au "
           "lieu de trente.", align="j")
    P(doc, "La version simplifiée de l'enquête sera envoyée à tous les CPAS par le SPP. ",
      F("Samira va demander aux animateurs de tester la nouvelle version avec deux groupes.",
        hl=WD_COLOR_INDEX.BRIGHT_GREEN), align="j")
    P(doc, "Traduction de l'enquête en tigrinya et en pachto : à définir.", align="j")
    P(doc, "Thomas et Lies vont comparer les résultats 2022 de Gand et de Charleroi.", align="j")

    P(doc, B("4) Calendrier des modules 2023-2024"))
    P(doc, "Les modules suivent l'année scolaire, de septembre à juin. Charleroi ouvre un module en septembre et "
           "un en février. Le CPAS de Binche transmettra le calendrier des sorties avant les vacances de Pâques.",
      align="j")
    P(doc, "Nombre d'inscrits au module de printemps à Binche : ",
      F("???", hl=WD_COLOR_INDEX.YELLOW), align="j")

    P(doc, B("5) Divers"))
    P(doc, "Prochaine rencontre : le 12/10/2023 à Anvers (à confirmer).")
    P(doc, "")
    P(doc, I("Compte rendu rédigé par Marc Dufour"), align="r")
    doc.save("443_cpas_binche_partenariat_2023.docx")


# ---------------------------------------------------------------- 444 OCMW Schoten, 2024 (Webex, tolken)
def r444():
    doc = new_doc(font="Segoe UI", size=10, header="OCMW Schoten – AMIF-partner van OCMW Antwerpen",
                  footer="Verslag AMIF-netwerk – 8 oktober 2024")
    H(doc, "Verslag AMIF-netwerkvergadering", 0)
    P(doc, B("Dinsdag 8 oktober 2024, 10.00 – 12.30 uur"))
    P(doc, "De vergadering verliep via Webex; er was simultaanvertaling NL/FR via het tolkkanaal.")
    P(doc, "Verslaggever: Bart Janssens")
    P(doc, B("Aanwezig:"))
    for s in ["Bart Janssens – OCMW Schoten", "Eva Wuyts – OCMW Schoten", "Thomas Dewulf – POD MI",
              "Koen De Smet – OCMW Gent", "Anne-Sophie Gilson – OCMW Luik", "Samira Bouzid – OCMW Charleroi",
              "Els Peeters – OCMW Antwerpen", "Ann Claes – OCMW Edegem", "Lotte Wouters – OCMW Mortsel",
              "Olivier Lambert – OCMW Brussel", "Hilde Segers – tolk", "Pascal Renard – tolk"]:
        P(doc, s, style="List Bullet")
    P(doc, B("Verontschuldigd:"))
    for s in ["Marc Dufour – OCMW Binche", "Lies Vermeulen – OCMW Gent"]:
        P(doc, s, style="List Bullet")

    H(doc, "Welkom en praktische afspraken", 1)
    P(doc, "Bart opent de vergadering en overloopt de praktische afspraken: camera aan als het kan, micro uit als "
           "je niet spreekt, Franstaligen kiezen het Franse kanaal. Daarna overloopt hij de agenda van vandaag:")
    for s in ["Rapportering indicatoren 2024", "Nieuwe groepsregels en uurroosters",
              "Communicatie naar deelnemers", "Actiepunten en volgende vergadering"]:
        P(doc, s, style="List Bullet 2")
    P(doc, "Het verslag van de vorige vergadering (Mortsel, mei 2024) wordt zonder opmerkingen goedgekeurd.")

    H(doc, "Rapportering indicatoren 2024", 1)
    P(doc, "Thomas herinnert eraan dat de gemeenschappelijke indicatoren uit Verordening (EU) 2021/1147 jaarlijks "
           "tegen 31 januari worden verzameld. Het gaat om het aantal deelnemers aan ondersteunende activiteiten "
           "(taalcursus, maatschappelijke oriëntatie, persoonlijke professionele begeleiding), het aantal "
           "deelnemers dat minstens één ERK-niveau is gestegen, en het aantal deelnemers dat aangeeft dat de "
           "activiteit hun integratie heeft geholpen.")
    P(doc, "Verschillende OCMW's vragen hoe je het laatste indicator meet bij deelnemers die laaggeletterd zijn. "
           "Gent werkt met een korte mondelinge bevraging met een tolk; Charleroi gebruikt de vereenvoudigde "
           "enquête met smileys.")
    P(doc, F("[aan te vullen door Luik: stand van zaken module 3]", color=BLUE, i=True))

    H(doc, "Nieuwe groepsregels en uurroosters", 1)
    P(doc, "De groepsgrootte is nergens meer beperkt door coronaregels, maar de meeste OCMW's houden groepen van "
           "maximum 12 deelnemers aan. Antwerpen en de partners stappen over op een weekrooster met vaste "
           "dagdelen, zodat oude en nieuwe deelnemers beter gemengd worden.")
    P(doc, "Beslissing: in de nieuwe uurroosters komen geen activiteiten meer na 15 uur op woensdag.")

    H(doc, "Communicatie naar deelnemers", 1)
    P(doc, "Afgelaste lessen en gewijzigde uren blijven het grootste probleem. Schoten test sinds september een "
           "WhatsApp-groep per module, beheerd door de begeleider. Luik stuurt sms'en. Eva merkt op dat sommige "
           "deelnemers geen smartphone hebben; voor hen blijft een briefje op het onthaal nodig.")
    P(doc, "Het netwerk zou graag een gedeelde lijst met pictogrammen voor uurroosters hebben. Anne-Sophie "
           "vertelt dat Luik de uurroosters ook mondeling overloopt op het einde van elke sessie, met hulp van de "
           "interculturele bemiddelaars; dat werkt beter dan een geschreven planning voor deelnemers die "
           "laaggeletterd zijn. Samira voegt toe dat Charleroi de wijzigingen ook aan de maatschappelijk werkers "
           "van de antennes meldt, omdat deelnemers hen vaak eerst bellen.")

    H(doc, "Actiepunten", 1)
    T(doc, [
        ["Wat", "Wie", "Tegen"],
        ["Handleiding indicatoren 2024 bezorgen aan het netwerk", "POD MI", "31/10/2024"],
        ["Cijfers deelnemers per activiteit doorgeven", "alle OCMW's", "15/01/2025"],
        ["Ervaringen met de WhatsApp-groep op papier zetten", "Eva Wuyts", "volgende vergadering"],
        ["Pictogrammen voor uurroosters verzamelen en delen", "nog te bepalen", "–"],
        ["Mondelinge bevraging van Gent voorstellen aan de partners", "Koen De Smet, Ann Claes", "december"],
        ["Vergaderzaal en lunch voor februari reserveren", "OCMW Mortsel", "januari"],
    ], style="Light List Accent 1", widths=[9, 3.5, 2.5])

    H(doc, "Volgende vergadering", 1)
    P(doc, "Donderdag 6 februari 2025, 10u00, in Mortsel (hybride).")
    doc.save("444_ocmw_schoten_webex_2024.docx")


# ---------------------------------------------------------------- 445 OCMW Edegem, 2025 (tweetalige kolommen)
def r445():
    doc = new_doc(font="Calibri", size=10, header=[TAG_NL, TAG_FR], footer="OCMW Edegem – AMIF – verslag/rapport")
    P(doc, B("Verslag bijeenkomst OCMW's – Rapport rencontre CPAS", size=14))
    P(doc, B("20 mei 2025 – 20 mai 2025"))
    P(doc, "Woonzorgcentrum Hof ter Linden, vergaderzaal 1, Edegem")
    P(doc, I("[FR-vertaling nog na te lezen]", color=GREY))
    T(doc, [
        ["Aanwezig – Présents", "Verontschuldigd – Excusés"],
        ["Ann Claes (OCMW Edegem)\nJonas Verhoeven (OCMW Edegem)\nYusuf Demir (OCMW Antwerpen)\n"
         "Lotte Wouters (OCMW Mortsel)\nEva Wuyts (OCMW Schoten)\nThomas Dewulf (POD MI)\n"
         "Koen De Smet (OCMW Gent)\nJulien Hardy (CPAS Liège)\nOlivier Lambert (CPAS Bruxelles)",
         "Samira Bouzid (CPAS Charleroi)\nMarc Dufour (CPAS Binche)\nEls Peeters (OCMW Antwerpen)"],
    ], widths=[8, 8])
    P(doc, "")
    P(doc, B("Agenda – Ordre du jour"))
    T(doc, [
        ["Uur – Heure", "Agendapunt", "Point"],
        ["13:30 – 13:45", "Welkom", "Accueil"],
        ["13:45 – 14:30", "Partnerwerking Antwerpen – Edegem", "Le partenariat Anvers – Edegem"],
        ["14:30 – 15:15", "Tevredenheidsenquête 2024", "Enquête de satisfaction 2024"],
        ["15:15 – 16:00", "Bewaartermijnen en GDPR", "Durées de conservation et RGPD"],
        ["16:00 – 16:15", "Acties", "Actions"],
    ], widths=[3, 6.5, 6.5])
    P(doc, "")

    def section(title, rows):
        H(doc, title, 3)
        T(doc, [["NL", "FR"]] + rows, widths=[8, 8])
        P(doc, "")

    section("A) Welkom – Accueil", [[
        "Ann verwelkomt de collega's in Edegem. Jonas Verhoeven, nieuwe trajectbegeleider, stelt zich voor. "
        "Het is de eerste netwerkvergadering in Edegem; de collega's van Luik en Brussel zijn met de trein gekomen.",
        "Ann accueille les collègues à Edegem. Jonas Verhoeven, nouveau coach de parcours, se présente. C'est la "
        "première réunion du réseau à Edegem ; les collègues de Liège et de Bruxelles sont venus en train."]])
    section("B) Partnerwerking Antwerpen – Edegem", [[
        "Edegem werkt sinds 2017 als partner van Antwerpen. De intake gebeurt in Edegem, de groepsmodules "
        "(taalactivering, wonen, geld en verzekeringen) in Antwerpen of in Mortsel. In 2024 volgden 23 deelnemers "
        "een traject; 17 ronden het af na meer dan zes maanden, 5 stroomden door naar een opleiding.",
        "Edegem travaille depuis 2017 comme partenaire d'Anvers. L'entretien d'admission se fait à Edegem, les "
        "modules collectifs (activation linguistique, logement, banque et assurances) à Anvers ou à Mortsel. En "
        "2024, 23 participants ont suivi un parcours ; 17 l'ont terminé après plus de six mois, 5 ont rejoint une "
        "formation."],
        ["Yusuf benadrukt dat de korte lijnen met de maatschappelijk werkers in een kleine gemeente een sterkte zijn.",
         "Yusuf souligne que les contacts directs avec les assistants sociaux dans une petite commune sont une force."]])
    section("C) Tevredenheidsenquête 2024", [[
        "De vereenvoudigde enquête met pictogrammen werd in alle OCMW's gebruikt. Deelnemers zijn vooral "
        "tevreden over de groepssfeer en de uitstappen. De vraag naar meer taalles komt overal terug. De enquête "
        "bestaat nu in acht talen.",
        "L'enquête simplifiée avec pictogrammes a été utilisée dans tous les CPAS. Les participants sont surtout "
        "satisfaits de l'ambiance de groupe et des sorties. La demande de plus de cours de langue revient partout. "
        "L'enquête existe maintenant en huit langues."],
        ["Besluit: de enquête blijft per module en anoniem.",
         "Décision : l'enquête reste anonyme et se fait par module."]])
    section("D) Bewaartermijnen en GDPR", [[
        "Thomas herhaalt de regel: documenten worden bewaard tot vijf jaar na 31 december van het jaar van de "
        "laatste betaling (Verordening (EU) 2021/1060, art. 82). Persoonsgegevens niet langer dan nodig (AVG art. "
        "5). Een deelnemer heeft in Antwerpen gevraagd om alle gegevens over hem in te zien (art. 15 AVG); het "
        "OCMW heeft een eerste antwoord gestuurd.",
        "Thomas rappelle la règle : les documents sont conservés jusqu'à cinq ans après le 31 décembre de l'année "
        "du dernier paiement (règlement (UE) 2021/1060, art. 82). Les données personnelles pas plus longtemps que "
        "nécessaire (RGPD art. 5). À Anvers, un participant a demandé à voir toutes les données le concernant "
        "(art. 15 RGPD) ; le CPAS a envoyé une première réponse."]])
    section("E) Acties – Actions", [
        ["ACTIE: de bewaartermijnen per documenttype oplijsten – wie: Ann",
         "ACTION : lister les délais de conservation par type de document – qui : Ann"],
        ["ACTIE: het inzageverzoek (art. 15 AVG) afstemmen met de DPO – wie: OCMW Antwerpen",
         "ACTION : coordonner la demande d'accès (art. 15 RGPD) avec le DPO – qui : CPAS Anvers"],
        ["ACTIE: resultaten enquête 2024 per OCMW bezorgen – wie: alle OCMW's",
         "ACTION : transmettre les résultats de l'enquête 2024 par CPAS – qui : tous les CPAS"],
        ["ACTIE: sjabloon jaarrapport indicatoren aanpassen – wie: POD MI",
         "ACTION : adapter le modèle de rapport annuel des indicateurs – qui : SPP IS"],
        ["ACTIE: gezamenlijke uitstap van de partnergroepen voorbereiden – wie: Yusuf en Lotte",
         "ACTION : préparer une sortie commune des groupes partenaires – qui : Yusuf et Lotte"],
        ["ACTIE: rondleiding bij het OCMW van Luik plannen – wie: nog te bepalen",
         "ACTION : planifier une visite au CPAS de Liège – qui : à définir"],
    ])
    doc.save("445_ocmw_edegem_tweetalig_2025.docx")


# ---------------------------------------------------------------- 446 OCMW Mortsel, 2026
def r446():
    doc = new_doc(font="Calibri Light", size=11, footer="OCMW Mortsel – Sociaal Huis – AMIF-netwerk")
    P(doc, B("OCMW MORTSEL", color=GREEN))
    P(doc, B("Verslag netwerkdag AMIF – 12 februari 2026", size=15))
    P(doc, "Plaats: Sociaal Huis Mortsel, Eggestraat, zaal De Mast")
    P(doc, "Tijd: 10u – 15u")
    P(doc, "")
    P(doc, B("Aanwezig: "), "Lotte Wouters, Dirk Van Damme (OCMW Mortsel); Thomas Dewulf (POD MI); Yusuf Demir, "
      "Els Peeters (OCMW Antwerpen); Ann Claes (OCMW Edegem); Eva Wuyts (OCMW Schoten); Koen De Smet (OCMW Gent); "
      "Anne-Sophie Gilson (CPAS Luik); Véronique Delhaye (CPAS Charleroi); Carine Mertens (CPAS Brussel)")
    P(doc, B("Verontschuldigd: "), "Bart Janssens (OCMW Schoten); Marc Dufour (CPAS Binche)")
    P(doc, "")
    P(doc, B("Agenda"))
    for s in ["10u – 10u30 : Welkom en koffie",
              "10u30 – 12u : Stand van zaken per OCMW",
              "12u – 13u : Lunch in het sociaal restaurant",
              "13u – 14u : Einde programmaperiode: wat bewaren we?",
              "14u – 15u : Tevredenheid deelnemers en afspraken"]:
        P(doc, s, space_after=0)
    P(doc, "")

    P(doc, B("1. Welkom in Mortsel", u=True))
    P(doc, "Lotte en Dirk ontvangen het netwerk in het Sociaal Huis. Mortsel is partner van Antwerpen sinds 2017 en "
           "organiseert de module wonen en mobiliteit voor de drie partnergemeenten. De Franstalige collega's "
           "verstaan voldoende Nederlands en stellen hun vragen in het Frans.")

    P(doc, B("2. Stand van zaken per OCMW", u=True))
    for city, txt in [
        ("Gent", "stabiele instroom, 70 actieve deelnemers; wachtlijst voor de avondgroep."),
        ("Luik", "nieuwe samenwerking met een vzw rond slachtoffers van mensenhandel."),
        ("Charleroi", "module van september volzet; infosessie in februari gehaald door 40 % van de "
                      "uitgenodigden."),
        ("Antwerpen/Edegem/Schoten/Mortsel", "samen 96 deelnemers; de gezamenlijke uitstap naar Brussel was een succes."),
        ("Brussel", "het team is weer volledig; focus op deelnemers die al lang leefloon krijgen.")]:
        P(doc, B(city + ": "), txt, style="List Bullet")
    P(doc, F("NB: cijfers Q4 2025 volgen nog", hl=WD_COLOR_INDEX.YELLOW))
    P(doc, "In de bespreking komt vooral de doorstroming na het traject terug. In bijna alle OCMW's stroomt een "
           "kwart tot een derde van de deelnemers door naar een opleiding of naar socio-professionele inschakeling. "
           "Voor deelnemers met een beperkte fysieke conditie of zware stressfactoren blijft sociale activering het "
           "eindpunt, en dat is ook een resultaat. Véronique vertelt over een deelnemer die na twee modules zelf een "
           "praatgroep voor nieuwe deelnemers is gestart.")

    P(doc, B("3. Einde programmaperiode: wat bewaren we?", u=True))
    P(doc, "De huidige projecten lopen tot eind 2027. Thomas gaat na of de bewaartermijn van vijf jaar voor alle "
           "OCMW's op dezelfde datum ingaat. Documenten van het project (aanwezigheidslijsten, contracten, "
           "oriëntatiebalansen) blijven bij het OCMW; de POD ontvangt alleen geanonimiseerde cijfers.")
    P(doc, "Carine merkt op dat persoonsgegevens niet langer bewaard mogen worden dan nodig, ook als de "
           "projectdocumenten nog bewaard moeten blijven. Voorstel: een gedeeld schema met per documenttype de "
           "termijn en wie het bijhoudt.")

    P(doc, B("4. Tevredenheid deelnemers", u=True))
    P(doc, "De resultaten van de enquête 2025 zijn positief: 87 % van de deelnemers zegt dat het traject hen heeft "
           "geholpen om hun weg te vinden in België. Werkpunten blijven de communicatie bij gewijzigde uren en "
           "het evenwicht tussen oude en nieuwe deelnemers in een groep.")
    P(doc, "Koen heeft de Gentse resultaten al in een korte presentatie gegoten; die werd tijdens de vergadering "
           "getoond.")

    P(doc, B("5. Te doen", u=True))
    for s in ["Uurrooster van de voorjaarsmodule doorsturen → Lotte",
              "Schema bewaartermijnen per documenttype opstellen → Carine en Anne-Sophie",
              "Resultaten enquête 2025 per activiteit opsplitsen → alle OCMW's",
              "Franse samenvatting van dit verslag maken → nog te bepalen",
              "Infosessie Charleroi voorstellen op de volgende vergadering → CPAS Charleroi"]:
        P(doc, s, style="List Bullet")

    P(doc, B("6. Volgende vergadering", u=True))
    P(doc, "Dinsdag 19 mei 2026 in Gent, 10 uur.")
    P(doc, "")
    P(doc, I("Verslag: Lotte Wouters"))
    doc.save("446_ocmw_mortsel_netwerkdag_2026.docx")


if __name__ == "__main__":
    for f in (r437, r438, r439, r440, r441, r442, r443, r444, r445, r446):
        f()
    print("done")
