# -*- coding: utf-8 -*-
"""Builds the meeting reports 457-466 of the AMIF/FAMI network as Word files."""
import os

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_COLOR_INDEX
from docx.shared import Mm, Pt, RGBColor, Cm

HERE = os.path.dirname(os.path.abspath(__file__))
TAG_NL = "Naar een geïntegreerd migratiebeleid, dankzij het AMIF"
TAG_FR = "Vers une politique de migration plus intégrée, grâce au FAMI"


# ---------------------------------------------------------------- helpers
def new_doc(font="Calibri", size=11, margins=25, header=None, footer=None):
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Mm(margins))
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    if header:
        hp = sec.header.paragraphs[0]
        for i, line in enumerate(header):
            r = hp.add_run(line)
            r.font.size = Pt(8)
            if i < len(header) - 1:
                r.add_break()
    if footer:
        fp = sec.footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = fp.add_run(footer)
        r.italic = True
        r.font.size = Pt(8)
    return doc


def P(doc, *runs, style=None, align=None, space_after=None, indent=None):
    """runs: strings or (text, fmt) with fmt letters b i u, or dict."""
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    for r in runs:
        if isinstance(r, str):
            p.add_run(r)
            continue
        text, fmt = r
        run = p.add_run(text)
        if isinstance(fmt, str):
            fmt = {k: True for k in fmt}
        run.bold = fmt.get("b")
        run.italic = fmt.get("i")
        run.underline = fmt.get("u")
        if fmt.get("color"):
            run.font.color.rgb = RGBColor.from_string(fmt["color"])
        if fmt.get("hl"):
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


def H(doc, text, level=1):
    return doc.add_heading(text, level=level)


def B(doc, items, style="List Bullet"):
    for it in items:
        if isinstance(it, str):
            doc.add_paragraph(it, style=style)
        else:
            P(doc, *it, style=style)


def T(doc, rows, style="Table Grid", bold_header=True, widths=None, font_size=None):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            cell = t.cell(i, j)
            paras = val if isinstance(val, list) else [val]
            first = True
            for ptxt in paras:
                p = cell.paragraphs[0] if first else cell.add_paragraph()
                first = False
                if isinstance(ptxt, tuple):
                    txt, fmt = ptxt
                else:
                    txt, fmt = ptxt, ""
                r = p.add_run(txt)
                if (bold_header and i == 0) or "b" in fmt:
                    r.bold = True
                if "i" in fmt:
                    r.italic = True
                if "g" in fmt:
                    r.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
                if font_size:
                    r.font.size = Pt(font_size)
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    return t


def save(doc, name):
    doc.save(os.path.join(HERE, name))
    print("wrote", name)


# ---------------------------------------------------------------- 457
def r457():
    """Katrien Vermeulen, POD MI (Brussels, Flemish staff). Heading styles with typed numbers."""
    doc = new_doc("Calibri", 11, header=["POD Maatschappelijke Integratie", "AMIF – netwerk OCMW's"],
                  footer=TAG_NL)
    P(doc, ("Verslag bijeenkomst OCMW's – AMIF-netwerk", {"b": True, "size": 16}), align="c")
    P(doc, ("Donderdag 20 oktober 2016", "b"), align="c")
    P(doc, "OCMW Gent, Sint-Jacobsnieuwstraat 7 (vergaderzaal 2e verdieping), 9000 Gent", align="c")
    P(doc, ("Aanwezig: ", "b"),
      "Katrien Vermeulen (POD MI), Pieter Van Acker (POD MI), Bart Claeys (OCMW Gent), Leen Goossens "
      "(OCMW Gent), Nathalie Collard (OCMW Luik), Mélanie Dufour (OCMW Charleroi), Els Peeters (OCMW "
      "Antwerpen), Anne-Sophie Renard (OCMW Brussel)")
    P(doc, ("Verontschuldigd: ", "b"), "Karim Benali (OCMW Luik), Mehmet Yilmaz (OCMW Antwerpen)")
    P(doc, ("Agenda", "b"))
    for line in ["10u00 – 10u30: Onthaal en kennismaking",
                 "10u30 – 11u30: Voorstelling van het project van OCMW Gent",
                 "11u30 – 12u30: Stand van zaken per OCMW",
                 "12u30 – 13u30: Lunch",
                 "13u30 – 15u00: Projectfiches en indicatoren",
                 "15u00 – 15u30: Afspraken en volgende bijeenkomst"]:
        P(doc, line, space_after=0, indent=0.5)
    P(doc, "")

    H(doc, "1. Onthaal en kennismaking", 1)
    P(doc, "Bart Claeys heet iedereen welkom in Gent. Het is de eerste keer dat de vijf OCMW's met een "
           "AMIF-project samen rond de tafel zitten. Katrien licht toe waarom het POD een netwerk wil "
           "opzetten: de projecten zijn erg verschillend, maar de vragen op het terrein (doorverwijzing, "
           "aanwezigheid, evaluatie) zijn vaak dezelfde. Het netwerk moet vooral een plaats zijn om van "
           "elkaar te leren, niet een extra controle.", align="j")
    P(doc, "Elke deelnemer stelt zichzelf en zijn of haar rol in het project kort voor. Er wordt beslist "
           "om drie keer per jaar samen te komen, telkens bij een ander OCMW. De vergaderingen zijn "
           "tweetalig; het verslag wordt in het Nederlands en in het Frans verspreid.", align="j")

    H(doc, "2. Voorstelling van het project van OCMW Gent", 1)
    P(doc, "Leen Goossens stelt het Gentse project voor. Het richt zich op nieuwkomers die al langer een "
           "leefloon ontvangen en weinig Nederlands spreken. De maatschappelijk werkers van de sociale "
           "antennes verwijzen door; daarna volgt een intakegesprek met een oriëntatiebalans.", align="j")
    B(doc, ["individuele begeleiding, om de twee weken, rond het eigen traject;",
            "collectieve taalactivering in kleine groepen (maximum 10 deelnemers);",
            "infosessies over wonen, mobiliteit, bank en verzekeringen;",
            "een maandelijkse socio-culturele uitstap (museum, bibliotheek, markt)."])
    P(doc, "Er werken twee voltijdse trajectbegeleiders en een halftijdse intercultureel bemiddelaar die ook "
           "als sociaal tolk optreedt. De eerste groep is in september gestart met 14 deelnemers; 11 komen "
           "nog regelmatig. Leen wijst op het belang van een vaste begeleider: deelnemers haken minder snel af "
           "als ze één gezicht kennen.", align="j")

    H(doc, "3. Stand van zaken per OCMW", 1)
    H(doc, "3.1 Luik", 2)
    P(doc, "Nathalie Collard vertelt dat het project Mod' Actions loopt sinds de zomer. Elke deelnemer "
           "tekent drie contracten: met de maatschappelijk werker, met de intaker en met de "
           "verantwoordelijke van de module. Het creatieve atelier trekt veel volk.", align="j")
    H(doc, "3.2 Charleroi", 2)
    P(doc, "Mélanie Dufour licht Activ'Up toe. Het OCMW heeft een grote lijst van mogelijke deelnemers "
           "opgemaakt en nodigt hen uit op een infosessie. Slechts een derde komt effectief opdagen; "
           "Charleroi zoekt manieren om dat te verbeteren.", align="j")
    H(doc, "3.3 Antwerpen", 2)
    P(doc, "Els Peeters meldt dat Antwerpen samenwerkt met drie partner-OCMW's (Schoten, Edegem en "
           "Mortsel). De samenwerkingsovereenkomsten zijn nog niet allemaal ondertekend.", align="j")
    H(doc, "3.4 Brussel", 2)
    P(doc, "Anne-Sophie Renard zegt dat het Brusselse team volledig tweetalig werkt. De werving loopt "
           "trager dan verwacht, vooral omdat de antennes het project nog niet goed kennen.", align="j")

    H(doc, "4. Projectfiches en indicatoren", 1)
    P(doc, "Pieter Van Acker overloopt het sjabloon van de projectfiche: contactpersoon, hoofddoelstelling, "
           "doelgroep (aan te kruisen), wervingsmethode, modules met minstens drie subdoelstellingen per "
           "module, kosten in VTE en financiering, praktische aspecten, succesfactoren, partners en "
           "evaluatie van de deelnemers.", align="j")
    P(doc, "Verschillende OCMW's vinden het moeilijk om per module drie subdoelstellingen te formuleren die "
           "echt iets zeggen over wat er bij de deelnemer verandert. Gent stelt voor om voorbeelden uit te "
           "wisselen. Het POD heeft de lijst van contactpersonen al rondgestuurd op 12 oktober.", align="j")

    H(doc, "5. Afspraken", 1)
    B(doc, ["Katrien stuurt het sjabloon van de projectfiche in Word naar alle deelnemers.",
            "Elk OCMW vult de projectfiche in en bezorgt ze aan het POD tegen 30 november 2016.",
            "OCMW Gent bezorgt de presentatie van vandaag aan alle deelnemers.",
            "Bart Claeys en Els Peeters bekijken samen hoe de intake in Gent en Antwerpen vergeleken kan "
            "worden.",
            "Het POD maakt een overzicht van de indicatoren die elk OCMW vandaag al bijhoudt."])

    H(doc, "6. Volgende bijeenkomst", 1)
    P(doc, "De volgende bijeenkomst vindt plaats op donderdag 15 december 2016 in Antwerpen.")
    P(doc, "")
    P(doc, ("Verslag: Katrien Vermeulen, 24/10/2016", "i"), align="r")
    save(doc, "457_gent_kennismaking_netwerk.docx")


# ---------------------------------------------------------------- 458
def r458():
    """Jeroen Dewulf, bilingual team CPAS/OCMW Brussel. FR paragraph then NL paragraph, Roman numbers,
    people and agenda in tables."""
    doc = new_doc("Arial", 10, header=["CPAS de Bruxelles – OCMW van Brussel", "Cellule FAMI – AMIF-cel"],
                  footer=TAG_FR + " – " + TAG_NL)
    P(doc, ("Rapport rencontre CPAS – Verslag bijeenkomst OCMW's", {"b": True, "size": 14}))
    P(doc, ("14 mars 2017 – 14 maart 2017", "b"))
    P(doc, "Lieu / Plaats : CPAS de Bruxelles, rue Haute 298A, 1000 Bruxelles – salle Marolles")
    P(doc, "")
    T(doc, [["Nom / Naam", "Organisation / Organisatie", "Présence / Aanwezigheid"],
             ["Sophie Lambert", "SPP Intégration Sociale", "Présente"],
             ["Katrien Vermeulen", "POD Maatschappelijke Integratie", "Aanwezig"],
             ["Anne-Sophie Renard", "CPAS de Bruxelles", "Présente"],
             ["Jeroen Dewulf", "OCMW Brussel", "Aanwezig"],
             ["Samira Haddad", "CPAS de Bruxelles", "Excusée / Verontschuldigd"],
             ["Bart Claeys", "OCMW Gent", "Aanwezig"],
             ["Nathalie Collard", "CPAS de Liège", "Présente"],
             ["Mélanie Dufour", "CPAS de Charleroi", "Excusée / Verontschuldigd"],
             ["Christelle Delvaux", "CPAS de Binche", "Présente"],
             ["Els Peeters", "OCMW Antwerpen", "Aanwezig"]], widths=[5, 6, 5])
    P(doc, "")
    P(doc, ("Ordre du jour / Agenda", "b"))
    T(doc, [["Heure / Uur", "Point / Punt"],
             ["09:30 – 10:00", "Accueil / Onthaal"],
             ["10:00 – 11:00", "Tour de table / Rondetafel"],
             ["11:00 – 12:00", "Les contrats avec les participants / De contracten met de deelnemers"],
             ["12:00 – 12:45", "Lunch"],
             ["12:45 – 14:00", "Visite de l'antenne sociale Marolles / Bezoek aan de sociale antenne Marollen"]],
      style="Light List Accent 1", widths=[3.5, 12.5])
    P(doc, "")

    def fr_nl(fr, nl):
        P(doc, fr, align="j")
        P(doc, (nl, {"i": True, "color": "1F4E79"}), align="j")

    H(doc, "I. Accueil / Onthaal", 2)
    fr_nl("Anne-Sophie Renard accueille les collègues dans les locaux du CPAS. Elle rappelle que l'équipe "
          "bruxelloise est bilingue et que chacun peut parler sa langue ; il n'y a pas d'interprète "
          "aujourd'hui.",
          "Anne-Sophie Renard verwelkomt de collega's. Het Brusselse team is tweetalig en iedereen mag "
          "zijn eigen taal spreken; er is vandaag geen tolk.")

    H(doc, "II. Tour de table / Rondetafel", 2)
    fr_nl("Gand : 2 groupes en cours, 23 participants. Liège : le module pour les personnes avec de très "
          "faibles compétences linguistiques est complet, une liste d'attente existe. Binche : les premiers "
          "participants sont orientés par les AS depuis janvier, en lien avec Charleroi. Anvers : démarrage "
          "des ateliers chez les partenaires de Schoten et Mortsel en février. Bruxelles : 17 participants, "
          "dont une majorité de femmes.",
          "Gent: 2 groepen lopen, 23 deelnemers. Luik: de module voor mensen met zeer beperkte taalkennis "
          "is volzet, er is een wachtlijst. Binche: de eerste deelnemers worden sinds januari doorverwezen "
          "door de maatschappelijk werkers, samen met Charleroi. Antwerpen: start van de ateliers bij de "
          "partners in Schoten en Mortsel in februari. Brussel: 17 deelnemers, vooral vrouwen.")
    fr_nl("Les participants trouvent que les horaires changent trop souvent ; plusieurs CPAS ont eu des "
          "cours annulés sans prévenir les participants à temps.",
          "De deelnemers vinden dat de uurroosters te vaak veranderen; in verschillende OCMW's werden lessen "
          "geannuleerd zonder de deelnemers tijdig te verwittigen.")

    H(doc, "III. Les contrats avec les participants / De contracten met de deelnemers", 2)
    fr_nl("Nathalie Collard présente les trois contrats utilisés à Liège : avec l'assistant social, avec la "
          "personne qui fait l'entretien d'admission, et avec le responsable de chaque module. Ils fixent "
          "les règles sur le taux de présence et la ponctualité. Il est décidé de garder ce modèle comme "
          "exemple pour le réseau ; chaque CPAS reste libre de l'adapter.",
          "Nathalie Collard stelt de drie contracten van Luik voor: met de maatschappelijk werker, met de "
          "intaker en met de verantwoordelijke van elke module. Ze leggen de regels vast over "
          "aanwezigheidsgraad en stiptheid. Er wordt beslist dit model als voorbeeld te houden; elk OCMW "
          "mag het aanpassen.")
    fr_nl("Gand travaille avec un seul contrat, plus court, lu avec un médiateur interculturel. Bart Claeys "
          "souligne qu'un contrat trop long fait peur aux personnes peu alphabétisées.",
          "Gent werkt met één korter contract dat samen met een intercultureel bemiddelaar wordt gelezen. "
          "Bart Claeys wijst erop dat een te lang contract laaggeletterde mensen afschrikt.")

    H(doc, "IV. Visite de l'antenne sociale Marolles / Bezoek aan de sociale antenne Marollen", 2)
    P(doc, "Après le lunch, le groupe visite l'antenne sociale des Marolles. Les AS expliquent comment ils "
           "repèrent les personnes qui pourraient participer au projet : un court formulaire d'orientation "
           "est rempli pendant l'entretien social, puis transmis à la cellule FAMI. Les collègues de Gand et "
           "d'Anvers trouvent le formulaire très clair.", align="j")
    P(doc, ("[NL : à compléter / aan te vullen]", {"i": True, "hl": WD_COLOR_INDEX.YELLOW}))

    H(doc, "V. Actions / Acties", 2)
    B(doc, ["Le SPP enverra un modèle de contrat commun à tous les CPAS.",
            "Anne-Sophie et Jeroen préparent une note sur le formulaire d'orientation de l'antenne.",
            "Chaque CPAS apporte deux exemples de contrat à la prochaine réunion.",
            "Traduction du compte rendu en néerlandais : à définir."])
    B(doc, [(("Het POD stuurt een gemeenschappelijk modelcontract naar alle OCMW's.", "i"),),
            (("Anne-Sophie en Jeroen maken een nota over het oriëntatieformulier van de antenne.", "i"),),
            (("Elk OCMW brengt twee voorbeelden van contracten mee naar de volgende vergadering.", "i"),),
            (("Vertaling van het verslag naar het Nederlands: nog te bepalen.", "i"),)])

    H(doc, "VI. Prochaine réunion / Volgende vergadering", 2)
    P(doc, "Le jeudi 22 juin 2017 à Charleroi, de 10h00 à 15h00.")
    P(doc, ("Donderdag 22 juni 2017 in Charleroi, van 10u00 tot 15u00.", {"i": True, "color": "1F4E79"}))
    save(doc, "458_bruxelles_contrats_bilingue.docx")


# ---------------------------------------------------------------- 459
def r459():
    """Inge Wouters, coordinator OCMW Antwerpen. Partner meeting; bold lines with letters, no heading
    styles; initials legend; actions table."""
    doc = new_doc("Verdana", 9.5, margins=20, header=["OCMW Antwerpen – AMIF-project", "Partneroverleg"])
    P(doc, ("PARTNEROVERLEG AMIF – ANTWERPEN, SCHOTEN, EDEGEM, MORTSEL", {"b": True, "size": 12}))
    P(doc, "Datum: dinsdag 12 juni 2018, 13u30 – 16u00")
    P(doc, "Plaats: OCMW Edegem, Kontichsesteenweg 95, zaal De Linde")
    P(doc, "Aanwezig: Inge Wouters (IW), Els Peeters (EP), Mehmet Yilmaz (MY) – OCMW Antwerpen; Dirk "
           "Janssens (DJ) – OCMW Schoten; An Van den Broeck (AVdB) – OCMW Edegem; Sarah Mertens (SM) – "
           "OCMW Mortsel; Pieter Van Acker (PVA) – POD MI")
    P(doc, "Verontschuldigd: Koen Lenaerts – OCMW Mortsel")
    P(doc, ("Verslag: IW", "i"))
    P(doc, "")
    P(doc, "Inleiding", style=None).runs[0].bold = True
    P(doc, "An heet iedereen welkom in Edegem. Het is het eerste overleg sinds de vier OCMW's samen aan de "
           "modules werken. Pieter Van Acker van het POD sluit aan om de vragen over de rapportering mee te "
           "nemen. Op de agenda stonden:", align="j")
    B(doc, ["Terugblik op de eerste modules",
            "Doorverwijzing door de maatschappelijk werkers",
            "Tevredenheidsenquête",
            "Varia"], style="List Number")

    P(doc, ("A. Terugblik op de eerste modules", "b"))
    P(doc, "Antwerpen heeft in het voorjaar twee groepen taalactivering afgerond (samen 26 deelnemers, 19 "
           "hebben de module uitgedaan). Schoten en Mortsel hadden elk een kleine groep van 8. In Edegem is "
           "de groep pas in april gestart.", align="j")
    P(doc, "Wat goed werkt: bijna dagelijks contact met de deelnemers, de band tussen begeleiders en "
           "deelnemers, en het groepsgevoel op het einde van de module. Wat beter kan: de communicatie over "
           "lessen die niet doorgaan, en een uurrooster dat rekening houdt met oude en nieuwe deelnemers "
           "samen.", align="j")
    P(doc, "In Schoten kwamen vooral mannen naar de eerste groep; Dirk wil de volgende groep op een "
           "voormiddag plannen zodat moeders na het afzetten van de kinderen op school kunnen aansluiten. "
           "Edegem werkt met een lokaal van de bibliotheek en heeft daar goede ervaringen mee: de deelnemers "
           "leren meteen de bibliotheek kennen en lenen er nu zelf boeken.", align="j")
    P(doc, ("NB: cijfers Mortsel volgen nog", {"i": True, "color": "C00000"}))

    P(doc, ("B. Doorverwijzing door de maatschappelijk werkers", "b"))
    P(doc, "De kleine OCMW's krijgen weinig doorverwijzingen. DJ merkt op dat de maatschappelijk werkers in "
           "Schoten het project nog te weinig kennen. EP stelt voor om een korte infosessie per sociale dienst "
           "te geven, eventueel samen met een deelnemer die al een module gevolgd heeft.", align="j")
    P(doc, "Antwerpen werkt met een doorverwijsformulier van één pagina; de partners mogen het gebruiken. "
           "Het formulier is vorige week al naar de partners gemaild.", align="j")

    P(doc, ("C. Tevredenheidsenquête", "b"))
    P(doc, "Iedereen vindt de huidige enquête te moeilijk voor de doelgroep: woorden als 'zelfredzaamheid' en "
           "'participatie' zijn te abstract. Er is vraag naar een versie in meer talen. MY kan de vertaling "
           "naar het Arabisch laten nakijken door een collega-bemiddelaar. PVA neemt de vraag mee naar het "
           "POD, maar wijst erop dat de enquête voor alle OCMW's van het netwerk dezelfde moet blijven.",
      align="j")

    P(doc, "SM vraagt of de enquête ook bij mensen die afhaken kan worden afgenomen, want net hun mening is "
           "interessant. Iedereen is het erover eens dat een kort telefoontje beter werkt dan een formulier.",
      align="j")
    P(doc, ("D. Varia", "b"))
    P(doc, "Sommige deelnemers hebben geen geld voor het openbaar vervoer naar Antwerpen. De vraag is of dat "
           "binnen het AMIF-budget mag worden terugbetaald. Niemand weet het zeker.", align="j")
    P(doc, "Mortsel zou graag een uitstap samen met de deelnemers van Antwerpen organiseren (wens, nog geen "
           "beslissing).", align="j")

    P(doc, ("E. Actiepunten", "b"))
    T(doc, [["Wat", "Wie", "Tegen"],
             ["Lijst van doorverwezen cliënten per maand bijhouden", "alle OCMW's", "doorlopend"],
             ["Vertaling van de tevredenheidsenquête naar het Arabisch laten nakijken", "MY", "30/06"],
             ["Infosessie voor de maatschappelijk werkers in Schoten organiseren", "DJ + IW", "september"],
             ["Cijfers van de eerste module doorsturen naar het POD", "OCMW Edegem", "22/06"],
             ["Vraag over vervoerskosten van deelnemers schriftelijk voorleggen", "?", "?"],
             ["Nakijken of de enquête in eenvoudiger Nederlands kan", "PVA", "volgend overleg"]],
      widths=[10, 3.5, 3])
    P(doc, "")
    P(doc, "Volgend partneroverleg: dinsdag 25 september 2018 om 13u30 in OCMW Mortsel.")
    P(doc, "")
    P(doc, ("Legende: IW = Inge Wouters, EP = Els Peeters, MY = Mehmet Yilmaz, DJ = Dirk Janssens, AVdB = An "
            "Van den Broeck, SM = Sarah Mertens, PVA = Pieter Van Acker", {"i": True, "size": 8}))
    save(doc, "459_antwerpen_partneroverleg.docx")


# ---------------------------------------------------------------- 460
def r460():
    """Kevin Lejeune, new at CPAS Charleroi. No heading styles; typed '1)' numbers in bold;
    typed dashes; agenda as 'from-to : title' lines."""
    doc = new_doc("Times New Roman", 12, header=["CPAS de Charleroi – Service Action Migrants"],
                  footer=TAG_FR)
    P(doc, ("Réunion du réseau FAMI – CPAS de Charleroi", {"b": True, "size": 14}), align="c")
    P(doc, "Jeudi 28 novembre 2019", align="c")
    P(doc, "Lieu : Service Action Migrants, boulevard Joseph II, Charleroi (salle du 1er étage)", align="c")
    P(doc, "")
    P(doc, "Étaient présents :")
    for line in ["- Sophie Lambert (SPP Intégration Sociale)",
                 "- Mélanie Dufour, Kevin Lejeune et Fatima Ouali (CPAS de Charleroi)",
                 "- Christelle Delvaux (CPAS de Binche)",
                 "- Nathalie Collard (CPAS de Liège)",
                 "- Leen Goossens (CPAS de Gand)",
                 "- Inge Wouters (CPAS d'Anvers)",
                 "- Samira Haddad (CPAS de Bruxelles)"]:
        P(doc, line, space_after=0)
    P(doc, "")
    P(doc, "Excusés : Karim Benali (Liège), Bart Claeys (Gand)")
    P(doc, "")
    P(doc, "Programme de la journée :")
    for line in ["9h30-10h00 : accueil café",
                 "10h00-11h15 : présentation Activ'Up et entonnoir de recrutement",
                 "11h15-12h30 : échange sur les séances d'information",
                 "12h30-13h30 : repas",
                 "13h30-14h30 : enquête de satisfaction",
                 "14h30-15h00 : divers et prochaine réunion"]:
        P(doc, line, space_after=0, indent=1)
    P(doc, "")

    P(doc, ("1) Accueil", "b"))
    P(doc, "Mélanie Dufour souhaite la bienvenue à tout le monde et présente Kevin Lejeune, arrivé dans "
           "l'équipe en septembre, qui prend les notes de la réunion. Un café et des croissants sont "
           "offerts.", align="j")

    P(doc, ("2) Activ'Up : où en est-on ?", "b"))
    P(doc, "Le projet fonctionne toujours par modules de septembre à juin. Pour le module en cours :",
      align="j")
    for line in ["- 842 personnes ont été listées à partir des dossiers ;",
                 "- les AS en ont retenu 260 pour le module ;",
                 "- 91 sont venues à la séance d'information (35 %) ;",
                 "- 58 ont commencé le module."]:
        P(doc, line, space_after=0, indent=0.5)
    P(doc, "")
    P(doc, "Pour le module précédent, on était à 30 %. L'équipe a remarqué que les personnes viennent plus "
           "quand l'AS les appelle lui-même la veille. Le coaching individuel se fait toujours tous les "
           "quinze jours ; le coaching collectif une demi-journée tous les 15 jours en 3 groupes.",
      align="j")
    P(doc, ("Chiffres module 4 : ", "b"), ("[à compléter]", {"hl": WD_COLOR_INDEX.YELLOW}))

    P(doc, ("3) Les séances d'information", "b"))
    P(doc, "Les séances d'information (institutions belges, droits et devoirs, logement, mobilité, banque et "
           "assurances) ont lieu chaque semaine. On garde les séances d'information le mardi matin, "
           "c'est décidé. Binche aimerait que ses participants puissent venir aux séances de Charleroi mais "
           "le trajet en bus est long.", align="j")
    P(doc, "Leen Goossens explique qu'à Gand les séances se font en petits groupes avec un médiateur qui "
           "traduit. Samira Haddad dit qu'à Bruxelles c'est pareil mais en deux langues.", align="j")

    P(doc, ("4) L'enquête de satisfaction", "b"))
    P(doc, "Tout le monde trouve l'enquête trop difficile : les participants ne comprennent pas des mots "
           "comme « autonomie » ou « épanouissement ». Gand propose de faire l'enquête oralement avec un "
           "médiateur. Liège utilise déjà des smileys pour les groupes débutants.", align="j")
    P(doc, "Il faudrait aussi l'enquête en plus de langues (arabe, dari, tigrinya, russe).", align="j")
    P(doc, "Fatima Ouali fait remarquer que les participants répondent souvent « tout est bien » pour faire "
           "plaisir au formateur. Elle propose de faire remplir l'enquête par une autre personne que le "
           "formateur du module. Nathalie Collard explique qu'à Liège, c'est Claudine qui fait ça, pendant "
           "l'entretien de fin de module, et que ça marche bien.", align="j")

    P(doc, ("5) Divers", "b"))
    P(doc, "Sophie Lambert rappelle que les fiches projet mises à jour doivent parvenir au SPP avant la fin de "
           "l'année. Inge Wouters signale que les partenaires d'Anvers ont eu un changement de personnel à "
           "Mortsel.", align="j")

    P(doc, ("6) À faire", "b"))
    for line in ["- Envoyer la présentation Activ'Up à tous les participants de la réunion → Kevin",
                 "- Proposer une version simplifiée de l'enquête (avec pictogrammes) → Fatima et Nathalie",
                 "- Chaque CPAS compte le nombre de présents aux séances d'info pour la prochaine fois",
                 "- Le SPP fixe la date de la prochaine réunion et envoie l'invitation",
                 "- Le CPAS de Binche va transmettre ses horaires de cours au CPAS de Charleroi"]:
        P(doc, line, space_after=2)
    P(doc, "")
    P(doc, "Prochaine réunion : en février 2020, à Gand.")
    P(doc, "")
    P(doc, ("K. Lejeune", "i"), align="r")
    save(doc, "460_charleroi_activup_entonnoir.docx")


# ---------------------------------------------------------------- 461
def r461():
    """Hanne De Smet, POD MI. Online Teams meeting with interpreters, NL then FR per section,
    typed '1)' numbers in Heading 1, agenda with tab separator."""
    doc = new_doc("Calibri", 11, header=["POD Maatschappelijke Integratie | SPP Intégration Sociale"],
                  footer=TAG_NL + " / " + TAG_FR)
    P(doc, ("Verslag online bijeenkomst OCMW's – Rapport réunion en ligne CPAS", {"b": True, "size": 15}))
    P(doc, "19 mei 2020 – 19 mai 2020, 10:00 – 12:00, Microsoft Teams")
    P(doc, "Simultaanvertaling NL-FR / interprétation simultanée NL-FR")
    P(doc, ("Aanwezig / Présents: ", "b"),
      "Hanne De Smet (POD MI), Sophie Lambert (SPP IS), Leen Goossens en Tom Verhaeghe (OCMW Gent), Karim "
      "Benali (CPAS Liège), Mélanie Dufour en Kevin Lejeune (CPAS Charleroi), Els Peeters (OCMW "
      "Antwerpen), Jeroen Dewulf (OCMW Brussel), Claire Bodart en Wim Hendrickx (tolken / interprètes)")
    P(doc, ("Verontschuldigd / Excusés: ", "b"), "Christelle Delvaux (CPAS Binche), Inge Wouters (OCMW Antwerpen)")
    P(doc, ("Agenda / Ordre du jour", "b"))
    for line in ["10:00 – 10:15\tWelkom en technische afspraken / Bienvenue et consignes techniques",
                 "10:15 – 11:15\tWerking tijdens de lockdown / Fonctionnement pendant le confinement",
                 "11:15 – 11:45\tGroepsgrootte en heropstart / Taille des groupes et reprise",
                 "11:45 – 12:00\tAfspraken / Accords"]:
        P(doc, line, space_after=0)
    P(doc, "")

    def nl_fr(nl, fr):
        P(doc, nl, align="j")
        P(doc, ("FR – " + fr, {"color": "595959"}), align="j")

    H(doc, "1) Welkom en technische afspraken / Bienvenue et consignes techniques", 1)
    nl_fr("Hanne opent de eerste online bijeenkomst van het netwerk. Microfoons staan uit als men niet "
          "spreekt; wie de vertaling wil volgen, kiest het juiste kanaal. De tolken vragen om traag te "
          "spreken en de naam te zeggen voor men het woord neemt.",
          "Hanne ouvre la première réunion en ligne du réseau. Les micros restent coupés quand on ne parle "
          "pas ; pour suivre l'interprétation, il faut choisir le bon canal. Les interprètes demandent de "
          "parler lentement et de se présenter avant de prendre la parole.")

    H(doc, "2) Werking tijdens de lockdown / Fonctionnement pendant le confinement", 1)
    nl_fr("Gent – Alle groepsactiviteiten zijn sinds half maart stilgevallen. De begeleiders bellen de "
          "deelnemers wekelijks op; een deel van de taalactivering loopt via WhatsApp-groepen met korte "
          "filmpjes. Niet iedereen heeft een smartphone of voldoende data.",
          "Gand – Toutes les activités de groupe sont arrêtées depuis la mi-mars. Les accompagnateurs "
          "appellent les participants chaque semaine ; une partie de l'activation linguistique se fait par "
          "des groupes WhatsApp avec de courtes vidéos. Tout le monde n'a pas de smartphone ni assez de "
          "données.")
    nl_fr("Luik – Karim vertelt dat het creatieve atelier online verder loopt met een kleine groep. Het "
          "individuele traject gaat telefonisch door. Charleroi – Mélanie meldt dat de infosessies zijn "
          "opgeschort; het team heeft de meest kwetsbare deelnemers thuis bezocht met voedselpakketten, "
          "samen met de sociale antennes.",
          "Liège – Karim explique que l'atelier créatif continue en ligne avec un petit groupe. Le suivi "
          "individuel se fait par téléphone. Charleroi – Mélanie signale que les séances d'information sont "
          "suspendues ; l'équipe a rendu visite aux participants les plus vulnérables avec des colis "
          "alimentaires, en lien avec les antennes sociales.")
    nl_fr("Antwerpen en Brussel – Beide teams werken grotendeels van thuis uit. Jeroen merkt op dat "
          "vooral vrouwen met kleine kinderen moeilijk bereikbaar zijn nu de scholen dicht zijn.",
          "Anvers et Bruxelles – Les deux équipes travaillent surtout à domicile. Jeroen remarque que les "
          "femmes avec de jeunes enfants sont difficiles à joindre tant que les écoles sont fermées.")

    H(doc, "3) Groepsgrootte en heropstart / Taille des groupes et reprise", 1)
    P(doc, "Elk OCMW volgt de regels van zijn gemeente en van het Overlegcomité. Op dit moment: Gent plant "
           "een heropstart in groepen van 4 deelnemers + 1 begeleider; Charleroi en Luik houden het op 3 + 1. "
           "Antwerpen wacht nog op groen licht van de stad. Er wordt afgesproken dat de "
           "tevredenheidsenquête dit jaar telefonisch mag gebeuren.", align="j")
    P(doc, ("[vertaling FR punt 3 volgt / traduction point 3 à suivre]", {"i": True, "color": "C00000"}))

    H(doc, "4) Afspraken / Accords", 1)
    B(doc, ["Het POD vraagt bij de FOD Volksgezondheid na of groepen van 6 + 1 vanaf september mogen.",
            "Leen en Karim maken een korte nota over lessen op afstand via WhatsApp.",
            "Elk OCMW bezorgt tegen 5 juni de aangepaste weekplanning aan het POD.",
            "Het OCMW van Charleroi deelt zijn checklist voor de heropstart met de andere OCMW's."])
    B(doc, [(("Le SPP vérifie auprès du SPF Santé publique si des groupes de 6 + 1 seront possibles en "
              "septembre.", {"color": "595959"}),),
            (("Leen et Karim rédigent une courte note sur les cours à distance via WhatsApp.",
              {"color": "595959"}),),
            (("Chaque CPAS transmet au SPP son horaire hebdomadaire adapté pour le 5 juin.",
              {"color": "595959"}),),
            (("Le CPAS de Charleroi partage sa check-list de reprise avec les autres CPAS.",
              {"color": "595959"}),)])

    H(doc, "5) Volgende vergadering / Prochaine réunion", 1)
    P(doc, "Volgende vergadering: dinsdag 23 juni 2020, 10:00, opnieuw via Teams.")
    P(doc, ("Prochaine réunion : mardi 23 juin 2020, 10h00, à nouveau sur Teams.", {"color": "595959"}))
    save(doc, "461_online_lockdown_nl_fr.docx")


# ---------------------------------------------------------------- 462
def r462():
    """Yasmina El Khatib, social worker OCMW Gent, notes for once. Pasted e-mail with the agenda,
    bold+underlined unnumbered headings, sub-headings ending with a colon, ACTIE lines."""
    doc = new_doc("Arial", 10.5, margins=22)
    P(doc, ("Verslag netwerkbijeenkomst AMIF – 23/09/2021", {"b": True, "size": 13}))
    P(doc, "Gent, Sociaal Huis Wondelgem (en via Teams)")
    P(doc, ("Notities: Yasmina El Khatib, maatschappelijk werker sociale antenne Wondelgem (ik neem het "
            "verslag over van Leen, die de vergadering leidde)", "i"))
    P(doc, "")
    P(doc, ("Aanwezig: ", "b"),
      "Leen Goossens, Tom Verhaeghe, Yasmina El Khatib (OCMW Gent), Els Peeters (OCMW Antwerpen, Sarah "
      "Mertens (OCMW Mortsel), Julie Henrard (CPAS Luik)), Samira Haddad (OCMW Brussel), Hanne De Smet "
      "(POD MI)")
    P(doc, ("Verontschuldigd: ", "b"), "Mélanie Dufour en Kevin Lejeune (Charleroi), Anne-Sophie Renard (Brussel)")
    P(doc, "Mortsel en Luik volgden via Teams, de anderen waren in Wondelgem.")
    P(doc, "")
    P(doc, "De agenda kwam van Leen, hieronder de mail:")
    for line, fmt in [("Van: Leen Goossens", ""),
                      ("Verzonden: maandag 13 september 2021 16:42", ""),
                      ("Aan: AMIF-netwerk", ""),
                      ("Onderwerp: agenda bijeenkomst 23/9", ""),
                      ("", ""),
                      ("Dag iedereen,", ""),
                      ("Hierbij de agenda voor donderdag de 23ste, we beginnen om 10u in Wondelgem. Wie niet "
                       "kan komen, kan inloggen via de Teams-link hieronder.", ""),
                      ("1. Stand van zaken per OCMW", ""),
                      ("2. Tevredenheidsenquête: nieuwe versie?", ""),
                      ("3. Doorverwijzing vanuit de sociale antennes", ""),
                      ("4. Planning volgende maanden", ""),
                      ("Groetjes,", ""),
                      ("Leen", "")]:
        P(doc, (line, {"color": "1F3864", "size": 9.5}), space_after=0, indent=0.7)
    P(doc, "")

    def head(t):
        P(doc, (t, "bu"))

    def sub(t):
        P(doc, (t, "b"))

    head("Stand van zaken per OCMW")
    sub("Gent:")
    P(doc, "Sinds juni mogen groepen terug samenkomen met 6 deelnemers + 1 begeleider. Tom vertelt dat er nu "
           "twee groepen taalactivering en een groep 'wonen in Gent' lopen. De flyer is in juni al verspreid "
           "in de antennes van Gent. De wachtlijst is bijna weg.", align="j")
    sub("Antwerpen en Mortsel:")
    P(doc, "Els zegt dat veel deelnemers tijdens corona afgehaakt zijn. Ze bellen iedereen opnieuw op. In "
           "Mortsel is er een nieuwe groep van 7 vrouwen gestart, vooral uit Syrië en Afghanistan. Sarah "
           "merkt op dat de maatschappelijk werkers in Mortsel het project beter kennen sinds de infosessie.",
      align="j")
    P(doc, ("TODO: namen van de nieuwe maatschappelijk werkers in Antwerpen toevoegen", {"color": "FF0000"}))
    sub("Luik:")
    P(doc, "Julie is nieuw in het team van Luik. Het creatieve atelier loopt opnieuw in de boerderij van het "
           "OCMW. Julie zal de planning van de creatieve ateliers nog doorsturen naar iedereen.", align="j")
    sub("Brussel:")
    P(doc, "Samira vertelt dat ze moeite hebben met de bereikbaarheid van deelnemers die verhuisd zijn. "
           "Aantal deelnemers module 2: ", ("[aantal deelnemers ???]", {"hl": WD_COLOR_INDEX.YELLOW}),
      align="j")

    head("Tevredenheidsenquête")
    P(doc, "Hanne toont een nieuwe versie van de enquête met minder tekst en smileys. Iedereen vindt ze beter, "
           "maar nog altijd te lang. De enquête moet er echt komen in het Arabisch, Tigrinya en Dari. Ik "
           "(Yasmina) stel voor om de intake samen met een tolk te doen, dan kan de enquête op het einde op "
           "dezelfde manier.", align="j")
    P(doc, "Vraag van Luik: mag de enquête mondeling afgenomen worden? Hanne: ja, als de antwoorden letterlijk "
           "worden genoteerd.", align="j")

    head("Doorverwijzing vanuit de sociale antennes")
    P(doc, "Wij als maatschappelijk werkers weten niet altijd wat er met een cliënt gebeurt na de "
           "doorverwijzing. Leen gaat akkoord dat de antenne een korte terugkoppeling moet krijgen (zonder "
           "details, de gegevens blijven bij het project). In Mortsel wachten er volgens Sarah nog cliënten "
           "op een intakegesprek, maar niemand weet hoeveel precies.", align="j")
    P(doc, "Tom zegt dat de antennes in Gent sinds de zomer een maandelijks lijstje krijgen met wie er nog "
           "in het project zit en wie gestopt is. Els vindt dat een goed idee, maar in Antwerpen zijn er te "
           "veel antennes om dat manueel te doen.", align="j")
    P(doc, "Brussel werkt met een vast aanspreekpunt per antenne; dat zou Gent ook willen proberen (wens, "
           "nog niet beslist).", align="j")

    head("Wat moet er gebeuren?")
    for line in ["ACTIE: Tom stuurt de nieuwe flyer voor de maatschappelijk werkers door naar iedereen.",
                 "ACTIE: de enquête vertalen in het Arabisch, Tigrinya en Dari – wie: nog te bepalen",
                 "ACTIE: Het POD gaat de cijfers van 2020 samenvatten per OCMW.",
                 "ACTIE: Sarah en Els vragen aan de antennes in Mortsel hoeveel cliënten wachten op een "
                 "intake."]:
        P(doc, line, space_after=3)

    head("Volgende keer")
    P(doc, "Volgende bijeenkomst in december, in Antwerpen. Datum volgt via mail.")
    P(doc, "")
    P(doc, ("Dit is de eerste keer dat ik een verslag maak, opmerkingen zijn welkom! – Yasmina", "i"))
    save(doc, "462_gent_wondelgem_hybride.docx")


# ---------------------------------------------------------------- 463
def r463():
    """Samira Haddad, CPAS Bruxelles. FR | NL columns in tables under each bilingual heading,
    hybrid meeting with interpretation said in a sentence, agenda with start times only."""
    doc = new_doc("Calibri", 10.5, margins=20, header=["CPAS de Bruxelles | OCMW van Brussel – FAMI / AMIF"],
                  footer=TAG_FR + " | " + TAG_NL)
    P(doc, ("Rapport rencontre CPAS – Verslag bijeenkomst OCMW's", {"b": True, "size": 14, "color": "2E74B5"}))
    P(doc, ("5 avril 2022 – 5 april 2022", "b"))
    P(doc, "CPAS de Bruxelles, salle du Conseil / Raadzaal – et/en Teams")
    T(doc, [["Présents – Aanwezig", "Excusés – Verontschuldigd"],
             [["Sophie Lambert (SPP IS)", "Hanne De Smet (POD MI)", "Samira Haddad (CPAS Bruxelles)",
               "Jeroen Dewulf (OCMW Brussel)", "Leen Goossens (OCMW Gent)", "Julie Henrard (CPAS Liège)",
               "Fatima Ouali (CPAS Charleroi)", "Christelle Delvaux (CPAS Binche)",
               "Mehmet Yilmaz (OCMW Antwerpen)", "Lotte Vinck (Agentschap Integratie en Inburgering)",
               "Marc Dujardin (interprète – tolk)"],
              ["Nathalie Collard (CPAS Liège)", "Dirk Janssens (OCMW Schoten)",
               "Anne-Sophie Renard (CPAS Bruxelles)"]]], widths=[9, 8])
    P(doc, "")
    P(doc, ("Ordre du jour – Agenda", "b"))
    for line in ["10h00\tAccueil – Onthaal",
                 "10h15\tTour des CPAS – Ronde van de OCMW's",
                 "11h15\tIndicateurs FAMI 2021-2027 – AMIF-indicatoren 2021-2027",
                 "12h00\tPrésentation de l'Agentschap Integratie en Inburgering – Voorstelling door het "
                 "Agentschap Integratie en Inburgering",
                 "12h45\tConclusions – Besluiten"]:
        P(doc, line, space_after=0)
    P(doc, "")

    def cols(fr, nl):
        T(doc, [[fr, nl]], style="Table Grid", bold_header=False, widths=[8.5, 8.5])
        P(doc, "", space_after=0)

    H(doc, "1. Accueil – Onthaal", 1)
    cols("Samira Haddad accueille les participants, dans la salle et en ligne. La réunion se tient en mode "
         "hybride et une interprétation simultanée français-néerlandais est assurée par Marc Dujardin. "
         "C'est la première rencontre en présentiel depuis 2020.",
         "Samira Haddad verwelkomt de deelnemers in de zaal en online. De vergadering is hybride; Marc "
         "Dujardin verzorgt de simultaanvertaling Frans-Nederlands. Het is de eerste fysieke bijeenkomst "
         "sinds 2020.")

    H(doc, "2. Tour des CPAS – Ronde van de OCMW's", 1)
    H(doc, "2.1 Gand – Gent", 2)
    cols("Les groupes fonctionnent à nouveau à pleine capacité. Gand accueille depuis mars des personnes "
         "venant d'Ukraine ; elles n'entrent pas toutes dans le public cible du projet.",
         "De groepen draaien opnieuw op volle capaciteit. Sinds maart komen er ook mensen uit Oekraïne; "
         "niet iedereen valt onder de doelgroep van het project.")
    H(doc, "2.2 Liège et Charleroi/Binche – Luik en Charleroi/Binche", 2)
    cols("Julie Henrard explique que les trois contrats par participant sont maintenus. Fatima Ouali "
         "présente l'entonnoir de recrutement du nouveau module : 110 personnes présentes à la séance "
         "d'information sur 315 retenues (35 %). Binche envoie ses participants aux ateliers de Charleroi "
         "deux fois par mois.",
         "Julie Henrard legt uit dat de drie contracten per deelnemer behouden blijven. Fatima Ouali toont "
         "de wervingstrechter van de nieuwe module: 110 aanwezigen op de infosessie van 315 weerhouden "
         "personen (35 %). Binche stuurt zijn deelnemers twee keer per maand naar de ateliers in "
         "Charleroi.")
    H(doc, "2.3 Anvers – Antwerpen", 2)
    cols("Mehmet Yilmaz a fait traduire l'enquête de satisfaction en arabe. Les partenaires de Schoten, "
         "Edegem et Mortsel suivent le même calendrier.",
         "Mehmet Yilmaz heeft de tevredenheidsenquête in het Arabisch laten vertalen. De partners in "
         "Schoten, Edegem en Mortsel volgen dezelfde kalender.")
    H(doc, "2.4 Bruxelles – Brussel", 2)
    cols("Jeroen Dewulf présente le point de contact fixe par antenne. Les AS reçoivent un court retour "
         "après chaque orientation, sans données personnelles.",
         "Jeroen Dewulf stelt het vaste aanspreekpunt per antenne voor. De maatschappelijk werkers krijgen "
         "een korte terugkoppeling na elke doorverwijzing, zonder persoonsgegevens.")

    H(doc, "3. Indicateurs FAMI 2021-2027 – AMIF-indicatoren 2021-2027", 1)
    cols("Sophie Lambert présente les indicateurs communs du nouveau règlement (UE) 2021/1147 : nombre de "
         "participants aux activités de soutien (cours de langue, orientation civique, accompagnement "
         "professionnel personnalisé), participants ayant progressé d'au moins un niveau du CECR, et "
         "participants qui déclarent que l'activité a aidé leur intégration. Le SPP rassemble les chiffres "
         "des CPAS chaque année. Le réseau souhaite une enquête avec moins de termes abstraits.",
         "Sophie Lambert stelt de gemeenschappelijke indicatoren van de nieuwe verordening (EU) 2021/1147 "
         "voor: aantal deelnemers aan ondersteunende activiteiten (taalcursus, maatschappelijke oriëntatie, "
         "persoonlijke professionele begeleiding), deelnemers die minstens één ERK-niveau gestegen zijn, en "
         "deelnemers die zeggen dat de activiteit hun integratie heeft geholpen. Het POD verzamelt de "
         "cijfers jaarlijks bij de OCMW's. Het netwerk wil een enquête met minder abstracte termen.")

    H(doc, "4. Présentation de l'Agentschap Integratie en Inburgering – Voorstelling door het Agentschap "
           "Integratie en Inburgering", 1)
    T(doc, [["Lotte Vinck présente le parcours d'intégration flamand et les possibilités d'orientation "
             "vers les cours de néerlandais. Plusieurs CPAS francophones découvrent que leurs participants "
             "domiciliés à Bruxelles peuvent aussi s'y inscrire.",
             ("[NL aan te vullen]", "ig")]], style="Table Grid", bold_header=False, widths=[8.5, 8.5])
    P(doc, "", space_after=0)

    H(doc, "5. Conclusions et actions – Besluiten en acties", 1)
    T(doc, [[["Un tableau commun des indicateurs sera préparé par le SPP.",
              "Les chiffres 2021 seront transmis par chaque CPAS pour le 30 avril.",
              "Mehmet va envoyer la version arabe de l'enquête aux autres CPAS.",
              "Le CPAS de Liège organisera une visite de la ferme pour les nouveaux collègues."],
             ["Het POD bereidt een gemeenschappelijke tabel van de indicatoren voor.",
              "Elk OCMW bezorgt de cijfers van 2021 tegen 30 april.",
              "Mehmet stuurt de Arabische versie van de enquête naar de andere OCMW's.",
              "Het OCMW van Luik organiseert een bezoek aan de boerderij voor de nieuwe collega's."]]],
      style="Table Grid", bold_header=False, widths=[8.5, 8.5])
    P(doc, "")
    P(doc, ("Prochaine rencontre – Volgende bijeenkomst : octobre 2022, Liège – oktober 2022, Luik", "b"))
    save(doc, "463_bruxelles_colonnes_indicateurs.docx")


# ---------------------------------------------------------------- 464
def r464():
    """Julie Henrard, new at CPAS Liège. Webex meeting, heading styles with 1. and 2.1, Heading 3
    sub-headings with a colon, auto-numbered agenda, bullets for people."""
    doc = new_doc("Calibri", 11, header=["CPAS de Liège – Projet Mod' Actions (FAMI)"], footer=TAG_FR)
    P(doc, ("Procès-verbal – réunion du réseau FAMI des CPAS", {"b": True, "size": 14}))
    P(doc, ("Mardi 17 octobre 2023, de 9h30 à 12h00", "b"))
    P(doc, "La réunion a eu lieu via Webex. Pas d'interprétation cette fois : chacun parle sa langue et "
           "les collègues néerlandophones ont accepté de suivre en français.", align="j")
    P(doc, ("Présent·e·s :", "b"))
    B(doc, ["Julie Henrard – CPAS de Liège (rédaction du PV)",
            "Nathalie Collard – CPAS de Liège",
            "Karim Benali – CPAS de Liège",
            "Hanne De Smet – SPP IS / POD MI",
            "Pieter Van Acker – SPP IS / POD MI",
            "Tom Verhaeghe – CPAS de Gand",
            "Fatima Ouali – CPAS de Charleroi",
            "Mehmet Yilmaz – CPAS d'Anvers",
            "An Van den Broeck – CPAS d'Edegem (partenaire d'Anvers)",
            "Samira Haddad – CPAS de Bruxelles"])
    P(doc, ("Excusé·e·s :", "b"))
    B(doc, ["Mélanie Dufour – CPAS de Charleroi", "Christelle Delvaux – CPAS de Binche"])
    P(doc, ("Ordre du jour", "b"))
    B(doc, ["Mot d'accueil",
            "Retour sur les indicateurs communs 2022",
            "Conservation des documents et données personnelles",
            "Évaluation des modules par les participants",
            "Divers"], style="List Number")

    H(doc, "1. Mot d'accueil", 1)
    P(doc, "Nathalie Collard ouvre la réunion et présente Julie Henrard, arrivée en juin dans l'équipe "
           "Mod' Actions comme chargée des entretiens d'admission. C'est Julie qui rédige le PV.", align="j")

    H(doc, "2. Retour sur les indicateurs communs 2022", 1)
    H(doc, "2.1 Participants aux activités", 2)
    P(doc, "Hanne De Smet présente le tableau consolidé : les cinq CPAS et leurs partenaires ont accompagné "
           "ensemble 612 participants en 2022, dont 388 dans des activités de langue, 401 en orientation "
           "civique et 157 en accompagnement professionnel personnalisé (une même personne peut être "
           "comptée plusieurs fois). Le SPP a déjà transmis les chiffres 2022 à la Commission.", align="j")
    P(doc, "Détail par CPAS : Gand 141, Liège 118, Anvers et partenaires 132, Bruxelles ",
      ("[à compléter : chiffres de Bruxelles]", {"color": "C00000", "b": True}),
      ", Charleroi : ", ("XXX (chiffre à vérifier)", {"hl": WD_COLOR_INDEX.YELLOW}), " participants.")
    H(doc, "2.2 Progression en langue (niveaux CECR)", 2)
    P(doc, "Pour l'indicateur « au moins un niveau CECR gagné », tous les CPAS ne mesurent pas de la même "
           "façon. Gand utilise un test au début et à la fin ; Liège se base sur l'avis du formateur. "
           "Karim Benali va envoyer le tableau des indicateurs corrigé à Hanne avant la fin du mois.",
      align="j")

    H(doc, "3. Conservation des documents et données personnelles", 1)
    P(doc, "Pieter Van Acker rappelle que les documents d'une opération financée par l'UE doivent être "
           "conservés cinq ans à partir du 31 décembre de l'année du dernier paiement (règlement (UE) "
           "2021/1060, art. 82). Les données personnelles des participants, elles, ne doivent pas être "
           "gardées plus longtemps que nécessaire (RGPD, art. 5) et un participant peut demander à voir "
           "tout ce que le CPAS garde sur lui (art. 15).", align="j")
    P(doc, "Une liste des documents à garder sera envoyée à tous par Pieter. Chaque CPAS reste seul "
           "propriétaire des données de ses participants : le SPP ne reçoit que des chiffres.", align="j")

    H(doc, "4. Évaluation des modules par les participants", 1)
    P(doc, "Tour de table sur les enquêtes de satisfaction de juin 2023.")
    H(doc, "Points forts :", 3)
    B(doc, ["le lien avec les formateurs et entre participants ;",
            "l'esprit de groupe à la fin du module ;",
            "les sorties socio-culturelles (très appréciées à Liège et à Gand)."])
    H(doc, "Points à améliorer :", 3)
    B(doc, ["la communication quand un cours est annulé ;",
            "les horaires quand anciens et nouveaux participants sont mélangés ;",
            "pas d'activité obligatoire sur des thèmes sensibles (violences conjugales, sexualité)."])
    P(doc, "Edegem propose d'ajouter une question orale à la fin de l'enquête, pour les personnes qui ne "
           "savent pas lire.", align="j")

    H(doc, "5. Divers", 1)
    P(doc, "Samira Haddad demande si une réunion en présentiel est possible au printemps. Tout le monde est "
           "d'accord.", align="j")

    H(doc, "6. Actions", 1)
    B(doc, ["Le SPP va rédiger une note courte sur la durée de conservation des documents.",
            "Chaque CPAS va vérifier quelles données personnelles sont encore gardées pour les participants "
            "sortis en 2017.",
            "Tom et Mehmet vont comparer leurs enquêtes de satisfaction et proposer une version commune."])

    H(doc, "7. Prochaine réunion", 1)
    P(doc, "La prochaine réunion aura lieu le mardi 27 février 2024, en présentiel, chez un partenaire "
           "d'Anvers (lieu exact à confirmer).")
    save(doc, "464_liege_webex_indicateurs_rgpd.docx")


# ---------------------------------------------------------------- 465
def r465():
    """Els Peeters, OCMW Antwerpen. Agenda table with times and presenter, headings numbered
    without a dot, imperative action list with '(resp. ...)'."""
    doc = new_doc("Cambria", 11, header=["OCMW Antwerpen – AMIF-netwerk"], footer="Verslag bijeenkomst 27/02/2024")
    P(doc, ("Verslag bijeenkomst AMIF-netwerk", {"b": True, "size": 16, "color": "385623"}))
    P(doc, "Dinsdag 27 februari 2024 – OCMW Mortsel, Lusthovenlaan 30, 2640 Mortsel")
    P(doc, "Aanwezig: Els Peeters, Inge Wouters (OCMW Antwerpen); Dirk Janssens (OCMW Schoten); An Van den "
           "Broeck (OCMW Edegem); Sarah Mertens, Koen Lenaerts (OCMW Mortsel); Pieter Van Acker (POD MI)")
    P(doc, "Verontschuldigd: Mehmet Yilmaz (OCMW Antwerpen)")
    P(doc, "")
    T(doc, [["Tijdstip", "Onderwerp", "Wie"],
             ["13:30-13:45", "Welkom in Mortsel", "Sarah"],
             ["13:45-14:30", "Stand van zaken modules 2023-2024", "allen"],
             ["14:30-15:00", "Jaarrapportage AMIF-indicatoren", "Pieter"],
             ["15:00-15:15", "Pauze", ""],
             ["15:15-16:00", "Nieuwe doelgroepen: Oekraïense deelnemers", "An"],
             ["16:00-16:15", "Afspraken", "Els"]], style="Light Shading Accent 6", widths=[3, 10, 3])
    P(doc, "")

    H(doc, "1 Welkom in Mortsel", 1)
    P(doc, "Sarah verwelkomt iedereen in het nieuwe Sociaal Huis van Mortsel. Ze geeft een korte rondleiding: "
           "de groepslokalen liggen op het gelijkvloers, naast de sociale dienst, zodat deelnemers hun "
           "maatschappelijk werker gemakkelijk kunnen binnenlopen.", align="j")

    H(doc, "2 Stand van zaken modules 2023-2024", 1)
    P(doc, "Antwerpen: drie groepen taalactivering en één groep projectopbouw, samen 41 deelnemers. Inge "
           "merkt dat de intakegesprekken langer duren omdat de administratieve procedures steeds "
           "ingewikkelder worden; activiteiten moeten vroeger gepland worden.", align="j")
    P(doc, "Schoten: Dirk vertelt dat de computerlessen volzet zijn. Er is een wachtlijst van 9 mensen. De "
           "deelnemers leren vooral hoe ze online een afspraak maken, hoe ze hun bankapp gebruiken en hoe "
           "ze een mail naar de school van hun kinderen sturen.", align="j")
    P(doc, "Edegem: An meldt dat de groep kleiner is (6), maar heel stabiel. Iedereen komt bijna elke week.",
      align="j")
    P(doc, "Mortsel: de groep loopt goed. Koen heeft de uitstap naar het MAS georganiseerd, met 12 "
           "deelnemers. Cijfers Mortsel: ", ("[nog aan te vullen]", {"i": True, "color": "7030A0"}), align="j")

    H(doc, "3 Jaarrapportage AMIF-indicatoren", 1)
    P(doc, "Pieter overloopt de jaarrapportage. Het POD verzamelt per OCMW het aantal deelnemers per type "
           "activiteit en het aantal deelnemers dat zegt dat het project hen geholpen heeft. De partners "
           "rapporteren via Antwerpen, niet rechtstreeks. Het POD heeft de handleiding in januari al "
           "rondgestuurd.", align="j")
    P(doc, "Er wordt beslist dat de partners ook in 2024 via Antwerpen blijven rapporteren.",
      align="j")

    H(doc, "4 Nieuwe doelgroepen: Oekraïense deelnemers", 1)
    P(doc, "An stelt vast dat meer cliënten met een tijdelijke bescherming uit Oekraïne naar het project "
           "vragen. Ze hebben vaak een hoger opleidingsniveau maar spreken geen Nederlands of Engels. De "
           "vraag is of het project voor hen aangepast moet worden, of dat zij beter naar gewone "
           "taallessen gaan. Geen beslissing vandaag.", align="j")
    P(doc, "Dirk zou graag een Oekraïense bemiddelaar inschakelen (voorstel).", align="j")
    P(doc, "Pieter wijst erop dat personen met tijdelijke bescherming onder bepaalde voorwaarden wel tot de "
           "doelgroep van het AMIF kunnen behoren, maar dat de OCMW's moeten blijven letten op de "
           "oorspronkelijke doelgroep: mensen die al lang van hulp afhangen en weinig contact hebben buiten "
           "het OCMW. Inge voegt toe dat een gemengde groep ook voordelen heeft, omdat deelnemers elkaar "
           "helpen. Het punt komt in juni terug op de agenda.", align="j")

    H(doc, "5 Te doen", 1)
    B(doc, ["Bezorg de planning van de modules voor het voorjaar aan alle partners (resp. Els).",
            "Vraag bij de sociale dienst van Edegem na hoeveel cliënten Oekraïens spreken (resp. An).",
            "Maak een eenvoudige versie van de tevredenheidsenquête met pictogrammen (resp. nog te bepalen).",
            "Stuur de AMIF-indicatoren 2023 naar Antwerpen vóór 15 maart (resp. alle OCMW's).",
            "Reserveer een zaal in Schoten voor de volgende bijeenkomst (resp. OCMW Schoten).",
            "Bekijk samen hoe de intake in Edegem en Mortsel op elkaar afgestemd kan worden (resp. Sarah en "
            "An)."])
    P(doc, "")
    P(doc, "Volgende bijeenkomst: ergens in juni, in Schoten.")
    P(doc, ("verslag: Els", "i"), align="r")
    save(doc, "465_mortsel_partners_jaarrapportage.docx")


# ---------------------------------------------------------------- 466
def r466():
    """Hanne De Smet, POD MI. Draft, online Teams with interpretation channel, NL then FR in each
    section, unnumbered Heading 2, people table with merged rows, action table with owners."""
    doc = new_doc("Calibri", 10.5, header=["POD Maatschappelijke Integratie | SPP Intégration Sociale",
                                           "AMIF / FAMI – netwerk OCMW's / réseau CPAS"],
                  footer=TAG_NL + " – " + TAG_FR)
    P(doc, ("DRAFT v0.2 – ontwerpverslag, nog niet verspreiden / projet de rapport, ne pas diffuser",
            {"b": True, "color": "FF0000"}))
    P(doc, ("Verslag bijeenkomst OCMW's – Rapport rencontre CPAS", {"b": True, "size": 15}), align="c")
    P(doc, "29 januari 2026 – 29 janvier 2026", align="c")
    P(doc, "Online / en ligne (Microsoft Teams)", align="c")
    P(doc, "")
    t = T(doc, [["Naam – Nom", "Organisatie – Organisation"],
                 ["Aanwezig – Présents", ""],
                 ["Hanne De Smet", "POD MI – SPP IS"],
                 ["Sophie Lambert", "SPP IS – POD MI"],
                 ["Tom Verhaeghe", "OCMW Gent"],
                 ["Yasmina El Khatib", "OCMW Gent"],
                 ["Julie Henrard", "CPAS Liège"],
                 ["Kevin Lejeune", "CPAS Charleroi"],
                 ["Christelle Delvaux", "CPAS Binche"],
                 ["Inge Wouters", "OCMW Antwerpen"],
                 ["Dirk Janssens", "OCMW Schoten"],
                 ["Samira Haddad", "CPAS Bruxelles"],
                 ["Jeroen Dewulf", "OCMW Brussel"],
                 ["Claire Bodart", "tolk – interprète"],
                 ["Marc Dujardin", "tolk – interprète"],
                 ["Verontschuldigd – Excusés", ""],
                 ["Koen Lenaerts", "OCMW Mortsel"],
                 ["An Van den Broeck", "OCMW Edegem"],
                 ["Karim Benali", "CPAS Liège"]], style="Light Grid Accent 1", widths=[7, 8])
    for r in (1, 15):
        a, b = t.cell(r, 0), t.cell(r, 1)
        a.merge(b)
        for p in a.paragraphs:
            for run in p.runs:
                run.bold = True
                run.italic = True
    P(doc, "")
    T(doc, [["Uur – Heure", "Agendapunt – Point"],
             ["09:30–09:45", "Welkom – Accueil"],
             ["09:45–10:45", "Ronde van de OCMW's – Tour des CPAS"],
             ["10:45–11:30", "Bewaring van documenten en inzagerecht – Conservation des documents et droit "
                             "d'accès"],
             ["11:30–12:00", "Tevredenheidsenquête in meer talen – Enquête de satisfaction en plusieurs "
                             "langues"],
             ["12:00–12:15", "Varia en afspraken – Divers et accords"]], widths=[3, 12])
    P(doc, "")

    def nl_fr(nl, fr):
        P(doc, nl, align="j")
        P(doc, (fr, "i"), align="j")

    H(doc, "Welkom – Accueil", 2)
    nl_fr("Hanne De Smet opent de vergadering. Tolken waren beschikbaar via het tolkkanaal in Teams; wie "
          "het kanaal niet vindt, kan het in de chat vragen. Het is de laatste bijeenkomst voor de "
          "tussentijdse evaluatie van het programma 2021-2027.",
          "Hanne De Smet ouvre la réunion. L'interprétation était disponible via le canal d'interprétation "
          "de Teams ; en cas de problème, on peut le signaler dans le chat. C'est la dernière rencontre "
          "avant l'évaluation à mi-parcours du programme 2021-2027.")

    H(doc, "Ronde van de OCMW's – Tour des CPAS", 2)
    nl_fr("Gent werkt sinds september met een vaste dag per week voor nieuwe deelnemers, zodat oude en "
          "nieuwe deelnemers niet door elkaar zitten. Yasmina El Khatib is nu de vaste contactpersoon voor "
          "de antennes. Luik heeft de drie contracten vereenvoudigd tot twee. Charleroi en Binche melden "
          "een daling van de opkomst op de infosessies (28 %). Antwerpen en Schoten hebben een wachtlijst "
          "voor de computermodule. Brussel heeft 52 deelnemers.",
          "Gand travaille depuis septembre avec un jour fixe par semaine pour les nouveaux participants, "
          "pour ne pas mélanger anciens et nouveaux. Yasmina El Khatib est maintenant la personne de "
          "contact fixe pour les antennes. Liège a simplifié les trois contrats en deux. Charleroi et "
          "Binche signalent une baisse de la participation aux séances d'information (28 %). Anvers et "
          "Schoten ont une liste d'attente pour le module informatique. Bruxelles compte 52 participants.")
    P(doc, ("[cijfers Brussel volgen – chiffres Bruxelles à suivre]", {"color": "0070C0", "i": True}))

    H(doc, "Bewaring van documenten en inzagerecht – Conservation des documents et droit d'accès", 2)
    nl_fr("Sophie Lambert herinnert aan de bewaartermijn: vijf jaar vanaf 31 december van het jaar van de "
          "laatste betaling. Persoonsgegevens worden niet langer bewaard dan nodig. Brussel kreeg in "
          "december een eerste inzageverzoek van een oud-deelnemer (art. 15 AVG). Het POD bezorgt een "
          "modelantwoord voor inzageverzoeken aan alle OCMW's.",
          "Sophie Lambert rappelle la durée de conservation : cinq ans à partir du 31 décembre de l'année du "
          "dernier paiement. Les données personnelles ne sont pas gardées plus longtemps que nécessaire. "
          "Bruxelles a reçu en décembre une première demande d'accès d'un ancien participant (art. 15 "
          "RGPD). Le SPP transmettra un modèle de réponse aux demandes d'accès à tous les CPAS.")

    H(doc, "Tevredenheidsenquête in meer talen – Enquête de satisfaction en plusieurs langues", 2)
    nl_fr("De enquête bestaat nu in het Nederlands, Frans, Engels en Arabisch. Het netwerk wil ze ook in het "
          "Dari, Tigrinya, Oekraïens en Russisch. Charleroi stelt voor om een audioversie te maken voor "
          "deelnemers die niet kunnen lezen.",
          "L'enquête existe en néerlandais, français, anglais et arabe. Le réseau la souhaite aussi en dari, "
          "tigrinya, ukrainien et russe. Charleroi propose une version audio pour les participants qui ne "
          "savent pas lire.")

    H(doc, "Afspraken – Accords", 2)
    T(doc, [["Actie – Action", "Wie – Qui", "Tegen – Pour le"],
             [["Modelantwoord voor inzageverzoeken bezorgen", ("Envoyer le modèle de réponse", "i")],
              "POD MI – SPP IS", "28/02/2026"],
             [["Lijst van vertalers voor Dari en Tigrinya opstellen", ("Établir une liste de traducteurs", "i")],
              "Yasmina (OCMW Gent)", "15/03/2026"],
             [["Opkomst infosessies 2025 per maand doorsturen", ("Envoyer la participation aux séances", "i")],
              "alle OCMW's – tous les CPAS", "31/03/2026"],
             [["Audioversie van de enquête testen met een groep", ("Tester une version audio de l'enquête", "i")],
              "Kevin, Christelle", "juni – juin"],
             [["Oekraïense en Russische vertaling laten nalezen", ("Faire relire les traductions", "i")],
              "?", "?"],
             [["Ervaring met het eerste inzageverzoek delen", ("Partager l'expérience de la demande d'accès", "i")],
              "CPAS Bruxelles", "volgende vergadering"]], widths=[9, 4, 3])
    P(doc, "")

    H(doc, "Volgende bijeenkomst – Prochaine réunion", 2)
    P(doc, "Donderdag 11 juni 2026 in Gent (fysiek) – jeudi 11 juin 2026 à Gand (en présentiel).")
    save(doc, "466_online_tolkkanaal_bewaring_draft.docx")


if __name__ == "__main__":
    for f in (r457, r458, r459, r460, r461, r462, r463, r464, r465, r466):
        f()
