# -*- coding: utf-8 -*-
"""Builds ten invented AMIF/FAMI network meeting reports (577-586) as .docx files.
One function per report; each imitates the Word habits of a different (invented) writer."""
import os

from docx import Document
from docx.enum.section import WD_ORIENT  # noqa: F401
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
TAG_NL = "Naar een geïntegreerd migratiebeleid, dankzij het AMIF"
TAG_FR = "Vers une politique de migration plus intégrée, grâce au FAMI"


# ---------------------------------------------------------------- helpers
def add_page_field(par, prefix=""):
    if prefix:
        par.add_run(prefix)
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


def setup(doc, header_lines=(), footer=None, page=True, font="Calibri", size=11):
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    hdr = sec.header
    first = True
    for line in header_lines:
        p = hdr.paragraphs[0] if first else hdr.add_paragraph()
        first = False
        r = p.add_run(line)
        r.italic = True
        r.font.size = Pt(8)
    ft = sec.footer.paragraphs[0]
    if footer:
        ft.add_run(footer + ("   " if page else ""))
    if page:
        add_page_field(ft)
    ft.alignment = WD_ALIGN_PARAGRAPH.RIGHT


def P(doc, text="", bold=False, italic=False, style=None, size=None, align=None, color=None):
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def PL(doc, label, rest, style=None, label_italic=False):
    """Paragraph with a bold label and normal text after it."""
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    r = p.add_run(label)
    r.bold = True
    r.italic = label_italic
    p.add_run(rest)
    return p


def H(doc, text, level=1):
    return doc.add_heading(text, level=level)


def T(doc, rows, widths=None, head=True, style="Table Grid", cell_fn=None):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            c.text = ""
            lines = val if isinstance(val, list) else [val]
            for k, line in enumerate(lines):
                p = c.paragraphs[0] if k == 0 else c.add_paragraph()
                r = p.add_run(line)
                if head and i == 0:
                    r.bold = True
            if widths:
                c.width = Cm(widths[j])
    return t


def save(doc, name):
    doc.save(os.path.join(HERE, name))


# ---------------------------------------------------------------- 577
def r577():
    """OCMW Antwerpen, partneroverleg with Schoten, Edegem, Mortsel, 2016. Written by the Antwerp
    coordinator: NL only, Word heading styles with typed numbers, agenda as a Word-numbered list."""
    doc = Document()
    setup(doc, [TAG_NL], footer="OCMW Antwerpen – AMIF-project Samen Sterk", page=True)
    P(doc, "Verslag partneroverleg AMIF – OCMW Antwerpen, Schoten, Edegem en Mortsel", bold=True, size=14)
    P(doc, "Donderdag 20 oktober 2016, 10u00 – 12u30")
    P(doc, "Plaats: OCMW Antwerpen, Lange Gasthuisstraat 33, vergaderzaal 2.14")
    P(doc, "")
    P(doc, "Aanwezig", bold=True)
    P(doc, "OCMW Antwerpen: Kristel Wouters (coördinator), Youssef Amrani (intake), Ellen Janssens", style="List Bullet")
    P(doc, "OCMW Schoten: Marleen Verbist", style="List Bullet")
    P(doc, "OCMW Edegem: Tom Leysen", style="List Bullet")
    P(doc, "POD Maatschappelijke Integratie: Pieter Verhaegen", style="List Bullet")
    P(doc, "Verontschuldigd", bold=True)
    P(doc, "OCMW Mortsel: Inge Goossens", style="List Bullet")
    P(doc, "")
    P(doc, "Agenda", bold=True)
    P(doc, "10u00-10u15 Verwelkoming en goedkeuring vorig verslag", style="List Number")
    P(doc, "10u15-11u00 Stand van zaken toeleiding per OCMW", style="List Number")
    P(doc, "11u00-11u45 Intakegesprek en oriëntatiebalans: gemeenschappelijk sjabloon", style="List Number")
    P(doc, "11u45-12u30 Varia en planning", style="List Number")

    H(doc, "1. Verwelkoming en goedkeuring vorig verslag", 1)
    P(doc, "Kristel heet iedereen welkom. Het is de eerste keer dat Pieter van de POD aanschuift bij het "
           "partneroverleg; hij volgt het project vanuit Brussel op en coördineert ook de netwerkbijeenkomsten met de "
           "andere OCMW's (Gent, Luik, Charleroi, Brussel).")
    P(doc, "Het verslag van 8 september wordt goedgekeurd zonder opmerkingen.")

    H(doc, "2. Stand van zaken toeleiding per OCMW", 1)
    H(doc, "2.1 Antwerpen", 2)
    P(doc, "Er zijn 41 aanmeldingen sinds de start in juni. 29 deelnemers hebben een intakegesprek gehad, 22 "
           "zijn gestart in een groepsmodule. De maatschappelijk werkers van de sociale centra Noord en Kiel "
           "verwijzen het meest door; de andere centra kennen het project nog te weinig.")
    P(doc, "Actie Youssef: stelt een korte flyer op voor de maatschappelijk werkers van de sociale centra.")
    H(doc, "2.2 Schoten", 2)
    P(doc, "Vier deelnemers, allen vrouwen met een laag taalniveau Nederlands. Vervoer naar Antwerpen blijft een "
           "drempel. Marleen heeft al gevraagd of de gemeente een busabonnement kan voorzien; er is nog geen antwoord.")
    H(doc, "2.3 Edegem", 2)
    P(doc, "Twee deelnemers gestart, een derde volgt na de herfstvakantie. Tom merkt op dat de aanmelding via "
           "het gedeelde Excel-bestand niet goed werkt omdat Edegem de namen van de andere OCMW's ziet.")
    P(doc, "Beslissing: elk OCMW krijgt een eigen tabblad; de namen van deelnemers worden niet meer gedeeld "
           "tussen OCMW's. Elk OCMW blijft eigenaar van de gegevens van zijn eigen deelnemers.")
    P(doc, "Actie Ellen: splitst het Excel-bestand per OCMW tegen het volgende overleg.")
    H(doc, "2.4 Mortsel", 2)
    P(doc, "Inge is verontschuldigd. Zij liet per mail weten dat er momenteel drie kandidaten zijn.")

    H(doc, "3. Intakegesprek en oriëntatiebalans", 1)
    P(doc, "Youssef stelt het sjabloon voor dat Antwerpen gebruikt voor het intakegesprek: traject, doelen, "
           "motivatie, drempels, en een voorstel van modules. De partners vinden het sjabloon bruikbaar maar te "
           "lang voor deelnemers met een laag taalniveau. Voorstel om een kortere versie te maken met pictogrammen.")
    P(doc, "Actie Pieter: vraagt na of de POD een gemeenschappelijk sjabloon voor de oriëntatiebalans wil opleggen.")

    H(doc, "4. Varia en planning", 1)
    P(doc, "Tom en Marleen vragen een gezamenlijke uitstap voor de deelnemers van de vier OCMW's in het voorjaar. "
           "Iedereen is akkoord om dat verder te bekijken.")
    P(doc, "Actie Marleen en Tom: maken een eerste voorstel voor de gezamenlijke uitstap.")
    P(doc, "")
    P(doc, "Volgend overleg: donderdag 15 december 2016 om 10u00 in OCMW Edegem.", bold=True)
    save(doc, "577_partneroverleg_antwerpen_2016.docx")


# ---------------------------------------------------------------- 578
def r578():
    """POD MI, Flemish staff member, network meeting at OCMW Gent 2017. NL then FR paragraph by
    paragraph (FR in italics), headings as bold lines with typed roman numbers, agenda table with times."""
    doc = Document()
    setup(doc, [TAG_NL, TAG_FR], footer="POD MI – SPP IS", page=True, font="Arial", size=10)
    P(doc, "POD | Maatschappelijke Integratie", size=9)
    P(doc, "SPP | Intégration Sociale", size=9)
    P(doc, "")
    P(doc, "Verslag bijeenkomst OCMW's – Rapport rencontre CPAS", bold=True, size=14, align="c")
    P(doc, "AMIF – FAMI 14 maart 2017 – 14 mars 2017", bold=True, align="c")
    P(doc, "OCMW Gent, Onderbergen 86, 9000 Gent", align="c")
    P(doc, "")
    PL(doc, "Aanwezig / Présents : ",
       "Pieter Verhaegen (POD MI), Anne-Sophie Lemaire (SPP IS), Bart De Smet (OCMW Gent), Nadia El Khayari "
       "(OCMW Gent), Griet Van Acker (OCMW Gent), Fabienne Collard (CPAS Liège), Véronique Dethier (CPAS Charleroi), "
       "Kristel Wouters (OCMW Antwerpen), Sarah Mertens (OCMW Brussel)")
    PL(doc, "Verontschuldigd / Excusés : ", "Karim Benali (CPAS Liège), Mehdi Ait Ouali (CPAS Bruxelles)")
    P(doc, "")
    T(doc, [
        ["Uur / Heure", "Onderwerp / Sujet"],
        ["9u30 – 10u00", "Onthaal en koffie / Accueil et café"],
        ["10u00 – 11u00", "Voorstelling project Gent: De Brug / Présentation du projet de Gand : De Brug"],
        ["11u00 – 12u00", "Stand van zaken per OCMW / État des lieux par CPAS"],
        ["12u00 – 13u00", "Lunch / Lunch"],
        ["13u00 – 14u30", "Tevredenheidsenquête / Enquête de satisfaction"],
    ], widths=[3.5, 12])
    P(doc, "")

    def two(nl, fr):
        P(doc, nl)
        P(doc, fr, italic=True, color="1F4E79")

    P(doc, "I. Onthaal / Accueil", bold=True)
    two("Bart De Smet verwelkomt de OCMW's in de lokalen van het project op de Onderbergen. Na een korte "
        "rondleiding start de vergadering om 10u10.",
        "Bart De Smet accueille les CPAS dans les locaux du projet, Onderbergen. Après une courte visite, la "
        "réunion commence à 10h10.")
    P(doc, "II. Voorstelling De Brug / Présentation De Brug", bold=True)
    two("Het Gentse project werkt met een individueel traject (begeleiding om de twee weken) en drie "
        "groepsmodules: taalactivering, digitale vaardigheden en wegwijs in Gent. Nadia toont hoe de "
        "intercultureel bemiddelaars tolken tijdens het intakegesprek.",
        "Le projet gantois travaille avec un trajet individuel (accompagnement toutes les deux semaines) et "
        "trois modules collectifs : activation linguistique, compétences numériques et « se repérer à Gand ». "
        "Nadia montre comment les médiateurs interculturels interprètent pendant l'entretien d'admission.")
    two("→ Nadia bezorgt de presentatie aan alle OCMW's via de POD.",
        "→ Nadia transmet la présentation à tous les CPAS via le SPP.")
    P(doc, "III. Stand van zaken / État des lieux", bold=True)
    two("Luik: 58 deelnemers, de creatieve workshop is volzet. Charleroi: de informatiesessies voor module 2 "
        "lopen; 60 van de 199 uitgenodigde personen kwamen opdagen. Antwerpen: de partners Schoten, Edegem en "
        "Mortsel zijn gestart. Brussel: de tweetalige groep loopt goed, maar de Nederlandstalige groep is klein.",
        "Liège : 58 participants, l'atelier créatif est complet. Charleroi : les séances d'information du module "
        "2 sont en cours ; 60 des 199 personnes invitées sont venues. Anvers : les partenaires Schoten, Edegem et "
        "Mortsel ont démarré. Bruxelles : le groupe bilingue fonctionne bien, mais le groupe néerlandophone est petit.")
    P(doc, "IV. Tevredenheidsenquête / Enquête de satisfaction", bold=True)
    two("Alle OCMW's vinden de huidige enquête te abstract voor de doelgroep. Voorstel: eenvoudiger taal, "
        "smileys, en een versie in het Arabisch, Engels en Tigrinya.",
        "Tous les CPAS trouvent l'enquête actuelle trop abstraite pour le public cible. Proposition : langage "
        "plus simple, smileys, et une version en arabe, anglais et tigrinya.")
    two("→ POD: werkt een nieuwe versie van de enquête uit en legt die voor op de volgende bijeenkomst.",
        "→ SPP : élabore une nouvelle version de l'enquête et la présente à la prochaine rencontre.")
    two("→ Alle OCMW's: sturen hun opmerkingen op de huidige enquête naar Pieter voor 15 april.",
        "→ Tous les CPAS : envoient leurs remarques sur l'enquête actuelle à Pieter avant le 15 avril.")
    P(doc, "")
    P(doc, "Volgende bijeenkomst / Prochaine rencontre: 20 juni 2017 – 20 juin 2017, CPAS Charleroi", bold=True)
    P(doc, "Opmerkingen van de OCMW's nog toe te voegen / Commentaires des CPAS encore à ajouter", italic=True)
    save(doc, "578_bijeenkomst_gent_2017.docx")


# ---------------------------------------------------------------- 579
def r579():
    """Bilingual Brussels team, 2018: two-column layout in a borderless table (FR left, NL right),
    headings typed A., B. on full-width bold lines, agenda told in the introduction."""
    doc = Document()
    setup(doc, ["CPAS de Bruxelles – OCMW van Brussel", TAG_FR + " / " + TAG_NL], footer=None, page=True,
          font="Times New Roman", size=11)
    P(doc, "Rapport rencontre CPAS – Verslag bijeenkomst OCMW's", bold=True, size=13, align="c")
    P(doc, "Jeudi 22 novembre 2018 – Donderdag 22 november 2018", align="c")
    P(doc, "CPAS de Bruxelles, rue Haute 298a – OCMW van Brussel, Hoogstraat 298a", align="c")
    P(doc, "")

    def cols(fr, nl):
        t = doc.add_table(rows=1, cols=2)
        t.cell(0, 0).text = fr
        t.cell(0, 1).text = nl
        return t

    cols("Présents : Sarah Mertens, Mehdi Ait Ouali et Katrien Dewit (CPAS de Bruxelles) ; Anne-Sophie Lemaire "
         "et Pieter Verhaegen (SPP IS) ; Bart De Smet (CPAS de Gand) ; Fabienne Collard (CPAS de Liège) ; "
         "Hakim Bouzidi (CPAS de Charleroi) ; Kristel Wouters (CPAS d'Anvers).",
         "Aanwezig: Sarah Mertens, Mehdi Ait Ouali en Katrien Dewit (OCMW Brussel); Anne-Sophie Lemaire en "
         "Pieter Verhaegen (POD MI); Bart De Smet (OCMW Gent); Fabienne Collard (OCMW Luik); Hakim Bouzidi "
         "(OCMW Charleroi); Kristel Wouters (OCMW Antwerpen).")
    cols("Excusée : Véronique Dethier (CPAS de Charleroi).",
         "Verontschuldigd: Véronique Dethier (OCMW Charleroi).")
    P(doc, "")
    P(doc, "A. Introduction – Inleiding", bold=True)
    cols("Sarah Mertens ouvre la réunion à 9h45. Le programme de la journée : à 10h00, la présentation du "
         "projet bruxellois « Bienvenue/Welkom » ; à 11h00, un tour de table ; l'après-midi, de 13h30 à 15h30, "
         "un atelier sur la communication avec les participants.",
         "Sarah Mertens opent de vergadering om 9u45. Het programma van de dag: om 10u00 de voorstelling van "
         "het Brusselse project \u201cBienvenue/Welkom\u201d; om 11u00 een rondetafel; 's namiddags, van 13u30 tot "
         "15u30, een workshop over communicatie met de deelnemers.")
    P(doc, "B. Le projet Bienvenue/Welkom – Het project Bienvenue/Welkom", bold=True)
    cols("Le CPAS de Bruxelles travaille avec deux groupes, l'un en français, l'autre en néerlandais. Les "
         "sorties socioculturelles sont communes. Mehdi explique que le groupe néerlandophone compte seulement "
         "six personnes : peu d'assistants sociaux orientent vers le néerlandais.",
         "Het OCMW van Brussel werkt met twee groepen, een Franstalige en een Nederlandstalige. De "
         "socioculturele uitstappen zijn gemeenschappelijk. Mehdi legt uit dat de Nederlandstalige groep maar "
         "zes personen telt: weinig maatschappelijk werkers verwijzen door naar het Nederlands.")
    cols("Katrien va présenter le projet aux antennes sociales du nord de la ville avant la fin de l'année.",
         "Katrien zal het project voor het einde van het jaar voorstellen aan de sociale antennes in het noorden van de stad.")
    P(doc, "C. Tour de table – Rondetafel", bold=True)
    cols("Gand a adapté la règle de présence : trois absences non justifiées mènent à un entretien, plus à "
         "une exclusion. Liège signale que le contrat avec le responsable de module reste utile. Charleroi "
         "prépare le module 4 ; Anvers accueillera peut-être un quatrième partenaire l'an prochain.",
         "Gent heeft de aanwezigheidsregel aangepast: drie ongewettigde afwezigheden leiden tot een gesprek, niet "
         "meer tot een uitsluiting. Luik meldt dat het contract met de moduleverantwoordelijke nuttig blijft. "
         "Charleroi bereidt module 4 voor; Antwerpen krijgt volgend jaar misschien een vierde partner.")
    P(doc, "D. Atelier communication – Workshop communicatie", bold=True)
    cols("Points forts : les groupes WhatsApp par module ; les rappels par SMS la veille.\n"
         "Points à améliorer : les horaires changent trop souvent ; les cours annulés sont annoncés trop tard.",
         "Sterke punten: WhatsApp-groepen per module; sms-herinneringen de dag voordien.\n"
         "Verbeterpunten: de uurroosters veranderen te vaak; geannuleerde lessen worden te laat gemeld.")
    cols("Le SPP rassemble les bonnes pratiques dans une fiche commune et l'envoie aux CPAS.",
         "De POD bundelt de goede praktijken in een gemeenschappelijke fiche en stuurt die naar de OCMW's.")
    cols("Prochaine rencontre : au printemps 2019, à Liège (date à fixer).",
         "Volgende bijeenkomst: in het voorjaar van 2019, in Luik (datum vast te leggen).")
    save(doc, "579_rencontre_bruxelles_2018.docx")


# ---------------------------------------------------------------- 580
def r580():
    """OCMW Gent coordinator 2019, NL report with a short French summary at the end; people in a
    table with a status column; agenda as bullets with start times only (10.00); Heading 1/2
    with typed numbers 1 / 2.1; action table Wie/Wat/Wanneer."""
    doc = Document()
    setup(doc, ["OCMW Gent – Dienst Samenleven", TAG_NL], footer="OCMW Gent", page=True)
    P(doc, "Verslag bijeenkomst OCMW's – AMIF", style="Title")
    P(doc, "Dinsdag 10 september 2019 – OCMW Gent, Sociaal Huis Nieuw Gent, Gent")
    T(doc, [
        ["Naam", "Organisatie", "Status"],
        ["Griet Van Acker", "OCMW Gent", "aanwezig"],
        ["Sofie Ghekiere", "OCMW Gent", "aanwezig"],
        ["Pieter Verhaegen", "POD MI", "aanwezig"],
        ["Kristel Wouters", "OCMW Antwerpen", "aanwezig"],
        ["Inge Goossens", "OCMW Mortsel", "aanwezig"],
        ["Karim Benali", "OCMW Luik", "aanwezig"],
        ["Hakim Bouzidi", "OCMW Charleroi", "aanwezig"],
        ["Katrien Dewit", "OCMW Brussel", "aanwezig"],
        ["Bart De Smet", "OCMW Gent", "verontschuldigd"],
        ["Cédric Lambot", "OCMW Binche", "verontschuldigd"],
    ], widths=[5, 5, 4])
    P(doc, "")
    P(doc, "Agenda", bold=True)
    for line in ("10.00 Welkom", "10.15 Nieuwe projectperiode 2020: wat verandert er?",
                 "11.00 Ervaringen met de aanwezigheidsgraad", "12.15 Lunch in het Sociaal Huis",
                 "13.15 Bezoek aan de taalactiveringsgroep"):
        P(doc, line, style="List Bullet")

    H(doc, "1 Welkom", 1)
    P(doc, "Griet verwelkomt iedereen in naam van Bart, die ziek is. Sofie is sinds juni trajectbegeleider "
           "in het Gentse project en stelt zich voor.")
    H(doc, "2 Nieuwe projectperiode 2020", 1)
    H(doc, "2.1 Timing", 2)
    P(doc, "Pieter licht toe dat de huidige projecten lopen tot eind 2020. De oproep voor de volgende periode "
           "wordt verwacht in het voorjaar. De projectfiche blijft grotendeels dezelfde, met minstens drie "
           "subdoelstellingen per module.")
    H(doc, "2.2 Financiering", 2)
    P(doc, "De verdeling blijft: 75 % AMIF, 15 % POD, 10 % eigen middelen van het OCMW. Kristel vraagt of "
           "de partners (Schoten, Edegem, Mortsel) een eigen fiche moeten indienen. Pieter moet dit nog nagaan.")
    H(doc, "3 Aanwezigheidsgraad", 1)
    P(doc, "Gent en Luik werken met een minimale aanwezigheidsgraad van 80 %. Charleroi meet ook de stiptheid. "
           "Mortsel merkt dat vrouwen met jonge kinderen vaker afwezig zijn door gebrek aan kinderopvang.")
    P(doc, "Afspraak: de OCMW's registreren afwezigheid en te laat komen per sessie op dezelfde manier, "
           "zodat de cijfers vergelijkbaar zijn.")
    H(doc, "4 Bezoek taalactiveringsgroep", 1)
    P(doc, "In de namiddag bezochten we de groep van Sofie. De deelnemers stelden zichzelf voor in het "
           "Nederlands en toonden hun fotoproject over de buurt.")
    H(doc, "5 Afspraken", 1)
    T(doc, [
        ["Wie", "Wat", "Wanneer"],
        ["Pieter Verhaegen", "nagaan of partner-OCMW's een eigen projectfiche indienen", "oktober"],
        ["Alle OCMW's", "aanwezigheidscijfers per sessie doorsturen in het nieuwe formaat", "vóór 31/10"],
        ["OCMW Gent", "het registratieformaat voor aanwezigheid delen", "volgende week"],
        ["nog te bepalen", "een voorstel uitwerken voor kinderopvang tijdens de modules", "nog te bepalen"],
    ], widths=[4, 9, 3])
    P(doc, "")
    P(doc, "Volgende bijeenkomst: nog te bepalen (december, in Antwerpen?)")
    P(doc, "")
    H(doc, "Résumé en français", 1)
    P(doc, "Le 10 septembre 2019, les CPAS se sont réunis à Gand. Le SPP a présenté le calendrier de la "
           "nouvelle période de projet (appel attendu au printemps 2020). Les CPAS ont discuté du taux de "
           "présence et ont convenu d'enregistrer les absences et les retards de la même manière. L'après-midi, "
           "visite du groupe d'activation linguistique de Gand. Le rapport complet est en néerlandais.")
    save(doc, "580_bijeenkomst_gent_2019.docx")


# ---------------------------------------------------------------- 581
def r581():
    """POD MI Flemish staff member, online meeting (Teams) with simultaneous interpretation, 2020.
    Full NL version, then a full FR version after a page break; headings typed "1)" as bold lines."""
    doc = Document()
    setup(doc, [TAG_NL + " – " + TAG_FR], footer="POD Maatschappelijke Integratie – SPP Intégration Sociale",
          page=True)
    P(doc, "Verslag online bijeenkomst OCMW's – AMIF", bold=True, size=14)
    P(doc, "Dinsdag 17 november 2020, 9u30 – 12u00, via Microsoft Teams")
    P(doc, "Met simultaanvertaling Nederlands-Frans (twee tolken, zie lijst).")
    PL(doc, "Aanwezig: ", "Lotte Van Damme (POD MI), Anne-Sophie Lemaire (POD MI), Sofie Ghekiere (OCMW Gent), "
       "Kristel Wouters (OCMW Antwerpen), Fabienne Collard (OCMW Luik), Véronique Dethier (OCMW Charleroi), "
       "Julie Marchal (OCMW Binche), Sarah Mertens (OCMW Brussel), Claire Honoré (tolk), Jan Roelants (tolk)")
    PL(doc, "Verontschuldigd: ", "Marleen Verbist (OCMW Schoten), Tom Leysen (OCMW Edegem)")
    PL(doc, "Agenda: ", "9u30 opening – 9u45 groepsactiviteiten tijdens de coronamaatregelen – 10u45 pauze – "
       "11u00 online begeleiding – 11u45 varia")
    P(doc, "")
    P(doc, "1) Opening", bold=True)
    P(doc, "Lotte stelt zich voor: zij neemt de opvolging van het netwerk over van Pieter Verhaegen, die naar "
           "een andere dienst is vertrokken. Ze dankt de tolken.")
    P(doc, "2) Groepsactiviteiten tijdens de coronamaatregelen", bold=True)
    P(doc, "Elk OCMW past een andere regel toe voor groepssessies: Gent werkt met 4 deelnemers + 1 begeleider, "
           "Charleroi en Luik met 3 + 1. Binche heeft de groepsmodules stilgelegd tot januari. Antwerpen "
           "organiseert de sessies in de grote zaal van het sociaal centrum, zodat 6 + 1 mogelijk is.")
    P(doc, "Alle OCMW's melden elke wijziging van de regel aan de POD, zodat de cijfers van de indicatoren juist "
           "geïnterpreteerd worden.")
    P(doc, "Julie Marchal bezorgt het nieuwe uurrooster van Binche aan Lotte zodra het klaar is.")
    P(doc, "3) Online begeleiding", bold=True)
    P(doc, "Veel deelnemers hebben geen computer, enkel een smartphone. Gent leent tablets uit; Brussel doet "
           "individuele gesprekken via WhatsApp-video. Het gebrek aan digitale vaardigheden is een grote drempel.")
    P(doc, "Sofie Ghekiere en Sarah Mertens stellen samen een korte handleiding op voor videobellen in eenvoudige taal.")
    P(doc, "4) Varia", bold=True)
    P(doc, "De POD stuurt de aangepaste timing voor de eindrapporten 2020 naar alle OCMW's.")
    P(doc, "Volgende bijeenkomst: dinsdag 9 februari 2021, opnieuw online.")
    p = P(doc, "")
    p.add_run().add_break(WD_BREAK.PAGE)

    P(doc, "Version française", bold=True, size=14)
    P(doc, "Mardi 17 novembre 2020, 9h30 – 12h00, via Microsoft Teams")
    P(doc, "Avec interprétation simultanée néerlandais-français.")
    P(doc, "1) Ouverture", bold=True)
    P(doc, "Lotte se présente : elle reprend le suivi du réseau de Pieter Verhaegen, parti dans un autre "
           "service. Elle remercie les interprètes.")
    P(doc, "2) Activités de groupe pendant les mesures corona", bold=True)
    P(doc, "Chaque CPAS applique une règle différente pour les séances de groupe : Gand travaille avec 4 "
           "participants + 1 accompagnateur, Charleroi et Liège avec 3 + 1. Binche a suspendu les modules "
           "collectifs jusqu'en janvier. Anvers organise les séances dans la grande salle du centre social, ce "
           "qui permet 6 + 1.")
    P(doc, "Tous les CPAS signalent chaque changement de règle au SPP, afin que les chiffres des indicateurs "
           "soient bien interprétés.")
    P(doc, "Julie Marchal transmet le nouvel horaire de Binche à Lotte dès qu'il est prêt.")
    P(doc, "3) Accompagnement en ligne", bold=True)
    P(doc, "Beaucoup de participants n'ont pas d'ordinateur, seulement un smartphone. Gand prête des tablettes ; "
           "Bruxelles fait des entretiens individuels par vidéo WhatsApp. Le manque de compétences numériques est "
           "un obstacle important.")
    P(doc, "Sofie Ghekiere et Sarah Mertens rédigent ensemble un petit guide des appels vidéo en langage simple.")
    P(doc, "4) Divers", bold=True)
    P(doc, "Le SPP envoie le calendrier adapté des rapports finaux 2020 à tous les CPAS.")
    P(doc, "Prochaine rencontre : mardi 9 février 2021, à nouveau en ligne.")
    save(doc, "581_online_bijeenkomst_2020.docx")


# ---------------------------------------------------------------- 582
def r582():
    """Newcomer at CPAS Binche writing her first report (2021), hybrid meeting at CPAS Charleroi.
    FR only, bold unnumbered lines, agenda typed with tabs and "9h30 – 10h00", tasks "va + infinitif"
    and "Qui :", a BROUILLON mark and a placeholder."""
    doc = Document()
    setup(doc, ["CPAS de Binche"], footer=None, page=False, font="Arial", size=10)
    P(doc, "BROUILLON – à relire par Véronique avant diffusion", bold=True, color="C00000")
    P(doc, "")
    P(doc, "Compte rendu de la réunion FAMI", bold=True, size=12)
    P(doc, "Jeudi 7 octobre 2021 – CPAS de Charleroi, Service Action Migrants (et sur Teams pour ceux qui "
           "ne pouvaient pas se déplacer)")
    P(doc, "")
    P(doc, "Étaient présents sur place : Véronique Dethier, Hakim Bouzidi (CPAS de Charleroi), Julie Marchal, "
           "Cédric Lambot (CPAS de Binche), Anne-Sophie Lemaire (SPP IS). Sur Teams : Fabienne Collard (CPAS de "
           "Liège), Mehdi Ait Ouali (CPAS de Bruxelles).")
    P(doc, "Excusés : Lotte Van Damme (SPP IS), Griet Van Acker (CPAS de Gand).")
    P(doc, "")
    P(doc, "Ordre du jour", bold=True)
    for line in ("9h30 – 10h00\tAccueil", "10h00 – 10h45\tReprise des modules collectifs après le confinement",
                 "10h45 – 11h30\tRecrutement : la séance d'information", "11h30 – 12h00\tQuestions diverses"):
        P(doc, line)
    P(doc, "")
    P(doc, "Accueil", bold=True)
    P(doc, "Véronique nous accueille. C'est ma première réunion du réseau, je suis arrivée au CPAS de Binche en "
           "août comme animatrice du projet. Cédric me laisse rédiger le compte rendu pour apprendre.")
    P(doc, "Reprise des modules collectifs", bold=True)
    P(doc, "Depuis septembre, Charleroi et Binche reprennent les ateliers avec 6 participants + 1 formateur. "
           "Liège est toujours à 3 + 1 pour l'atelier informatique parce que la salle est petite. Bruxelles a "
           "repris les sorties socioculturelles (visite du Parlement en octobre).")
    P(doc, "Hakim va envoyer la liste des sorties prévues jusqu'en juin à tous les CPAS.")
    P(doc, "Recrutement : la séance d'information", bold=True)
    P(doc, "Charleroi a invité 140 personnes à la séance d'information de septembre, 38 sont venues (27 %). "
           "Le taux était plus haut avant le covid. Les assistants sociaux ont peu de temps pour relancer les "
           "personnes. Idée : faire un rappel par SMS la veille, comme à Bruxelles. Binche va tester cela pour la "
           "séance de novembre.")
    P(doc, "Qui : Cédric Lambot – rédiger un modèle de SMS de rappel en français simple")
    P(doc, "Questions diverses", bold=True)
    P(doc, "Anne-Sophie rappelle que tous les CPAS doivent encoder les indicateurs de l'année pour le 31 janvier. "
           "Une note explicative sera envoyée par le SPP.")
    P(doc, "Fabienne demande si on peut avoir l'enquête de satisfaction en arabe. Pas de réponse pour le moment.")
    P(doc, "")
    P(doc, "[à compléter : chiffres de Liège et de Bruxelles]", italic=True)
    P(doc, "Prochaine réunion : ?")
    save(doc, "582_reunion_charleroi_2021.docx")


# ---------------------------------------------------------------- 583
def r583():
    """Social worker of OCMW Mortsel standing in for the coordinator (2022), partneroverleg in
    Antwerpen. NL only, people as initials with a legend, "(resp. XX)" after tasks, unnumbered bold
    headings, agenda bullets without times, no next meeting."""
    doc = Document()
    setup(doc, [], footer="OCMW Mortsel – sociale dienst", page=True, font="Verdana", size=9)
    P(doc, "Verslag partneroverleg AMIF Antwerpen", bold=True, size=12)
    P(doc, "woensdag 16 maart 2022, OCMW Antwerpen, sociaal centrum Kiel")
    P(doc, "verslag: Dirk (ter vervanging van Inge)", italic=True)
    P(doc, "")
    P(doc, "Aanwezig: KW, YA, MV, TL, DS, LVD")
    P(doc, "Verontschuldigd: IG, EJ")
    P(doc, "")
    T(doc, [
        ["KW = Kristel Wouters, OCMW Antwerpen", "TL = Tom Leysen, OCMW Edegem"],
        ["YA = Youssef Amrani, OCMW Antwerpen", "DS = Dirk Smolders, OCMW Mortsel"],
        ["EJ = Ellen Janssens, OCMW Antwerpen", "IG = Inge Goossens, OCMW Mortsel"],
        ["MV = Marleen Verbist, OCMW Schoten", "LVD = Lotte Van Damme, POD MI"],
    ], head=False)
    P(doc, "")
    P(doc, "Agenda:")
    for line in ("opvang Oekraïense nieuwkomers", "doorverwijzing vanuit de sociale dienst Mortsel",
                 "tevredenheidsenquête", "varia"):
        P(doc, line, style="List Bullet")
    P(doc, "")
    P(doc, "Opvang Oekraïense nieuwkomers", bold=True)
    P(doc, "Sinds begin maart komen er in alle vier de gemeenten Oekraïense gezinnen aan. KW zegt dat het "
           "AMIF-project niet voor hen bedoeld is (tijdelijke bescherming), maar sommige modules (wegwijs, "
           "taalactivering) zouden wel nuttig zijn. LVD vraagt dit na bij de POD; tot dan geen Oekraïense "
           "deelnemers inschrijven.")
    P(doc, "Navragen of personen met tijdelijke bescherming mogen deelnemen (resp. LVD)")
    P(doc, "Doorverwijzing vanuit de sociale dienst Mortsel", bold=True)
    P(doc, "In Mortsel verwijzen de maatschappelijk werkers weinig door omdat ze het project niet goed kennen. "
           "DS heeft het voorgesteld op het teamoverleg van februari. Er zijn nu twee nieuwe aanmeldingen.")
    P(doc, "Korte voorstelling van het project op het teamoverleg van Edegem en Schoten (resp. TL en MV)")
    P(doc, "Tevredenheidsenquête", bold=True)
    P(doc, "YA heeft de nieuwe enquête met pictogrammen getest in twee groepen. Goed ontvangen, maar de vraag "
           "over 'zelfvertrouwen' wordt niet begrepen. Voorstel om die vraag te vervangen.")
    P(doc, "Aangepaste vraag over zelfvertrouwen doorsturen naar de partners (resp. YA)")
    P(doc, "Varia", bold=True)
    P(doc, "Uitstap naar het MAS is doorgegaan op 2 maart, 23 deelnemers.")
    P(doc, "Datum voor de gezamenlijke uitstap in mei vastleggen (resp. ?)")
    P(doc, "")
    P(doc, "Nog na te lezen door Inge.", italic=True)
    save(doc, "583_partneroverleg_mortsel_2022.docx")


# ---------------------------------------------------------------- 584
def r584():
    """Bilingual Brussels team, 2023, hybrid with simultaneous interpretation. FR report with an NL
    summary ("Samenvatting"); Heading 1/2 styles with typed 1. / 1.1; agenda table with start times
    only; people table per organisation with a status column."""
    doc = Document()
    setup(doc, ["CPAS de Bruxelles | OCMW van Brussel", TAG_FR], footer="CPAS de Bruxelles – Cellule FAMI",
          page=True)
    P(doc, "Rapport rencontre CPAS – FAMI", style="Title")
    P(doc, "Mardi 13 juin 2023 – CPAS de Bruxelles, salle du Conseil, et en ligne (Webex)")
    P(doc, "Interprétation simultanée FR-NL assurée en salle et en ligne.")
    P(doc, "")
    T(doc, [
        ["Organisation", "Nom", "Présence"],
        ["SPP IS", "Lotte Van Damme", "présente (en ligne)"],
        ["SPP IS", "Anne-Sophie Lemaire", "présente"],
        ["CPAS de Bruxelles", "Sarah Mertens", "présente"],
        ["CPAS de Bruxelles", "Mehdi Ait Ouali", "présent"],
        ["CPAS de Gand", "Sofie Ghekiere", "présente (en ligne)"],
        ["CPAS d'Anvers", "Youssef Amrani", "présent"],
        ["CPAS de Liège", "Karim Benali", "présent"],
        ["CPAS de Charleroi", "Hakim Bouzidi", "présent (en ligne)"],
        ["—", "Nathalie Goffin (interprète)", "présente"],
        ["—", "Koen Vermeulen (interprète)", "présent"],
        ["CPAS de Binche", "Julie Marchal", "excusée"],
        ["CPAS d'Anvers", "Kristel Wouters", "excusée"],
    ], widths=[4, 6, 4])
    P(doc, "")
    T(doc, [
        ["Heure", "Point"],
        ["10h00", "Mot d'accueil"],
        ["10h15", "Les indicateurs communs du FAMI 2021-2027"],
        ["11h15", "Atelier : l'enquête de satisfaction en plusieurs langues"],
        ["12h30", "Conclusions"],
    ], widths=[3, 12])
    H(doc, "1. Mot d'accueil", 1)
    P(doc, "Sarah Mertens accueille les participants, en salle et en ligne. Le projet bruxellois a déménagé "
           "rue Haute ; les groupes FR et NL se retrouvent désormais dans le même bâtiment.")
    H(doc, "2. Les indicateurs communs du FAMI 2021-2027", 1)
    H(doc, "2.1 Ce que demande le règlement", 2)
    P(doc, "Lotte Van Damme présente les indicateurs communs du règlement (UE) 2021/1147 : nombre de "
           "participants aux activités de soutien (cours de langue, orientation civique, accompagnement "
           "professionnel personnalisé), participants ayant progressé d'au moins un niveau CECR, et participants "
           "qui déclarent que l'activité a aidé leur intégration.")
    H(doc, "2.2 Questions des CPAS", 2)
    P(doc, "Liège demande comment compter un participant qui suit deux modules : il est compté une fois par "
           "type d'activité. Charleroi signale que le niveau CECR n'est pas mesuré pour les personnes "
           "analphabètes. Le SPP va vérifier avec la Commission.")
    P(doc, "Une note sur le comptage des participants sera envoyée par le SPP avant l'été.")
    H(doc, "3. Atelier : l'enquête de satisfaction", 1)
    P(doc, "L'enquête existe maintenant en français, néerlandais, arabe et anglais. Les CPAS demandent le "
           "dari, le tigrinya et l'ukrainien. Anvers propose d'utiliser les médiateurs interculturels pour les "
           "personnes qui ne lisent pas.")
    P(doc, "Le CPAS de Bruxelles transmettra les traductions en dari réalisées par ses médiateurs.")
    P(doc, "Tous les CPAS testent la version en plusieurs langues d'ici septembre et envoient leurs remarques au SPP.")
    H(doc, "4. Conclusions", 1)
    P(doc, "Prochaine rencontre le mardi 10 octobre 2023 à Anvers.")
    P(doc, "")
    H(doc, "Samenvatting", 1)
    P(doc, "Op 13 juni 2023 kwamen de OCMW's samen in Brussel en online, met simultaanvertaling. De POD "
           "stelde de gemeenschappelijke indicatoren van het AMIF 2021-2027 voor; de POD stuurt voor de zomer "
           "een nota over het tellen van deelnemers. De tevredenheidsenquête bestaat nu in vier talen; alle "
           "OCMW's testen ze tegen september. Volgende bijeenkomst: 10 oktober 2023 in Antwerpen.")
    save(doc, "584_rencontre_bruxelles_2023.docx")


# ---------------------------------------------------------------- 585
def r585():
    """POD MI, another Flemish staff member (2025): online, no interpretation, NL first with the FR
    paragraph after each NL one; headings Heading 2 with typed "1." ; agenda as a numbered typed
    list with times "10.00"; "X stuurt ..." tasks."""
    doc = Document()
    setup(doc, [TAG_NL, TAG_FR], footer="POD MI | SPP IS", page=True)
    P(doc, "POD | Maatschappelijke Integratie – SPP | Intégration Sociale", size=9)
    P(doc, "Verslag bijeenkomst OCMW's – Rapport rencontre CPAS", style="Title")
    P(doc, "27 februari 2025 – 27 février 2025 – online (Teams)")
    P(doc, "Deze bijeenkomst verliep zonder tolken; iedereen sprak in zijn eigen taal. / Cette rencontre "
           "s'est déroulée sans interprètes ; chacun a parlé dans sa langue.", italic=True)
    P(doc, "")
    PL(doc, "Aanwezig / Présents: ", "Hanne Peeters (POD MI), Lotte Van Damme (POD MI), Sofie Ghekiere "
       "(OCMW Gent), Youssef Amrani (OCMW Antwerpen), Tom Leysen (OCMW Edegem), Karim Benali (CPAS Liège), "
       "Hakim Bouzidi (CPAS Charleroi), Katrien Dewit (OCMW Brussel / CPAS Bruxelles)")
    PL(doc, "Verontschuldigd / Excusés: ", "Marleen Verbist (OCMW Schoten), Sarah Mertens (CPAS Bruxelles)")
    P(doc, "")
    P(doc, "Agenda / Ordre du jour", bold=True)
    for line in ("1. 10.00 – 10.15 Welkom / Accueil",
                 "2. 10.15 – 11.00 Bewaren van documenten en persoonsgegevens / Conservation des documents et des données personnelles",
                 "3. 11.00 – 11.45 Jaarlijkse indicatoren 2024 / Indicateurs annuels 2024",
                 "4. 11.45 – 12.00 Rondvraag / Tour de table"):
        P(doc, line)

    def two(nl, fr):
        P(doc, nl)
        P(doc, fr, italic=True)

    H(doc, "1. Welkom / Accueil", 2)
    two("Hanne Peeters is de nieuwe contactpersoon bij de POD voor het netwerk; Lotte blijft tot de zomer "
        "betrokken voor de overdracht.",
        "Hanne Peeters est la nouvelle personne de contact du SPP pour le réseau ; Lotte reste impliquée "
        "jusqu'à l'été pour la transition.")
    H(doc, "2. Bewaren van documenten en persoonsgegevens / Conservation des documents et des données", 2)
    two("Documenten van een AMIF-project moeten vijf jaar bewaard worden vanaf 31 december van het jaar van de "
        "laatste betaling (verordening (EU) 2021/1060, artikel 82). Persoonsgegevens van deelnemers mogen niet "
        "langer bewaard worden dan nodig (AVG, artikel 5). Elk OCMW blijft eigenaar van de gegevens van zijn "
        "deelnemers; de POD ziet geen namen.",
        "Les documents d'un projet FAMI doivent être conservés cinq ans à partir du 31 décembre de l'année du "
        "dernier paiement (règlement (UE) 2021/1060, article 82). Les données personnelles des participants ne "
        "peuvent pas être conservées plus longtemps que nécessaire (RGPD, article 5). Chaque CPAS reste "
        "propriétaire des données de ses participants ; le SPP ne voit aucun nom.")
    two("Gent vraagt hoe om te gaan met een deelnemer die al zijn gegevens wil inkijken (artikel 15). Dat "
        "verloopt via de DPO van het OCMW zelf.",
        "Gand demande comment réagir quand un participant veut consulter toutes ses données (article 15). Cela "
        "passe par le DPO du CPAS lui-même.")
    two("Hanne stuurt een overzicht van de bewaartermijnen naar alle OCMW's.",
        "Hanne envoie un aperçu des délais de conservation à tous les CPAS.")
    H(doc, "3. Jaarlijkse indicatoren 2024 / Indicateurs annuels 2024", 2)
    two("De cijfers van Gent, Antwerpen en Charleroi zijn binnen.",
        "Les chiffres de Gand, Anvers et Charleroi sont arrivés.")
    two("Katrien Dewit en Karim Benali bezorgen de indicatoren van Brussel en Luik tegen 14 maart.",
        "Katrien Dewit et Karim Benali transmettent les indicateurs de Bruxelles et de Liège pour le 14 mars.")
    H(doc, "4. Rondvraag / Tour de table", 2)
    two("Edegem stopt eind 2025 als partner van Antwerpen; de deelnemers worden overgenomen door OCMW Antwerpen.",
        "Edegem arrête fin 2025 comme partenaire d'Anvers ; les participants sont repris par le CPAS d'Anvers.")
    two("Youssef stuurt de nieuwe folder van het Antwerpse project door naar Hanne.",
        "Youssef envoie le nouveau dépliant du projet anversois à Hanne.")
    P(doc, "")
    P(doc, "Volgende bijeenkomst / Prochaine rencontre: donderdag 22 mei 2025 – jeudi 22 mai 2025, OCMW Gent",
      bold=True)
    save(doc, "585_online_bijeenkomst_2025.docx")


# ---------------------------------------------------------------- 586
def r586():
    """OCMW Antwerpen project staff, 2026: network meeting hosted in Antwerpen with simultaneous
    interpretation in the room. NL only, draft mark, agenda table Tijd/Onderwerp with 13.30 – 14.00,
    Heading 1 with typed roman numbers, people in bullets per organisation, mixed task forms."""
    doc = Document()
    setup(doc, ["OCMW Antwerpen – AMIF-project Samen Sterk", TAG_NL], footer="pagina", page=True)
    P(doc, "ONTWERP – versie 0.2", bold=True, color="808080")
    P(doc, "Verslag bijeenkomst OCMW's", style="Title")
    P(doc, "Dinsdag 24 maart 2026, 13.30 – 16.30 – OCMW Antwerpen, Lange Gasthuisstraat 33")
    P(doc, "Er was simultaanvertaling Nederlands–Frans in de zaal.")
    P(doc, "")
    P(doc, "Aanwezig", bold=True)
    P(doc, "OCMW Antwerpen: Ellen Janssens, Youssef Amrani", style="List Bullet")
    P(doc, "OCMW Schoten: Marleen Verbist", style="List Bullet")
    P(doc, "OCMW Mortsel: Dirk Smolders", style="List Bullet")
    P(doc, "OCMW Gent: Sofie Ghekiere", style="List Bullet")
    P(doc, "CPAS Liège: Karim Benali", style="List Bullet")
    P(doc, "CPAS Charleroi: Hakim Bouzidi", style="List Bullet")
    P(doc, "CPAS Bruxelles: Mehdi Ait Ouali", style="List Bullet")
    P(doc, "POD MI: Hanne Peeters", style="List Bullet")
    P(doc, "Tolken: Nathalie Goffin, Koen Vermeulen", style="List Bullet")
    P(doc, "Verontschuldigd", bold=True)
    P(doc, "CPAS Binche: Julie Marchal", style="List Bullet")
    P(doc, "")
    T(doc, [
        ["Tijd", "Onderwerp"],
        ["13.30 – 14.00", "Welkom en rondleiding"],
        ["14.00 – 15.00", "Eindevaluatie van het traject: hoe sluiten we af?"],
        ["15.00 – 15.15", "Pauze"],
        ["15.15 – 16.15", "Werkt wat we doen? Resultaten van de tevredenheidsenquête 2025"],
        ["16.15 – 16.30", "Afspraken"],
    ], widths=[3.5, 12])
    H(doc, "I. Welkom en rondleiding", 1)
    P(doc, "Ellen verwelkomt het netwerk in Antwerpen. Na de rondleiding in het nieuwe activeringshuis "
           "start de vergadering om 14.05. Edegem is sinds januari geen partner meer.")
    H(doc, "II. Eindevaluatie van het traject", 1)
    P(doc, "Een traject duurt gemiddeld acht maanden. Antwerpen sluit af met een eindgesprek en een "
           "doorverwijzing naar werk of opleiding (sociaal-professionele integratie) waar dat kan. Charleroi "
           "organiseert een slotmoment per module, met certificaat. Gent merkt dat veel deelnemers na het einde "
           "nog langskomen.")
    P(doc, "Voorstel van Luik: een gemeenschappelijk sjabloon voor het eindgesprek. Geen beslissing; eerst "
           "verder bespreken in juni.")
    P(doc, "→ Sofie Ghekiere verzamelt de bestaande sjablonen voor het eindgesprek bij alle OCMW's.")
    H(doc, "III. Resultaten van de tevredenheidsenquête 2025", 1)
    P(doc, "Hanne toont de resultaten: 412 ingevulde enquêtes. 78 % van de deelnemers zegt dat het project "
           "hielp bij hun integratie. De enquête in eenvoudige taal met pictogrammen werkt beter dan de oude versie. "
           "De grafieken per OCMW worden nog toegevoegd.")
    P(doc, "[grafieken per OCMW invoegen]", italic=True)
    P(doc, "Actie POD: stuurt de resultaten per OCMW afzonderlijk door, zonder de cijfers van de andere OCMW's.")
    P(doc, "Actie OCMW Charleroi: deelt het certificaatmodel met de andere OCMW's.")
    H(doc, "IV. Afspraken", 1)
    P(doc, "Mehdi Ait Ouali en Hakim Bouzidi bereiden samen de workshop over eindgesprekken voor in juni.")
    P(doc, "Een gastspreker zoeken voor de workshop in juni: nog te bepalen wie.")
    P(doc, "Volgende bijeenkomst: dinsdag 16 juni 2026 in Charleroi.")
    save(doc, "586_bijeenkomst_antwerpen_2026.docx")


if __name__ == "__main__":
    for fn in (r577, r578, r579, r580, r581, r582, r583, r584, r585, r586):
        fn()
    print("ok")
