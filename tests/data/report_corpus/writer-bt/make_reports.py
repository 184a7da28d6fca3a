# -*- coding: utf-8 -*-
"""Builds the ten meeting reports 727-736 (Word files) of the AMIF network with python-docx.
Each report has its own writer, layout and habits. Run: ../venv/bin/python make_reports.py"""
import os
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor, Cm

HERE = os.path.dirname(os.path.abspath(__file__))
TAG_NL = "Naar een geïntegreerd migratiebeleid, dankzij het AMIF"
TAG_FR = "Vers une politique de migration plus intégrée, grâce au FAMI"
BLUE = RGBColor(0x1F, 0x4E, 0x79)
RED = RGBColor(0xC0, 0x00, 0x00)
GREY = RGBColor(0x59, 0x59, 0x59)


def new_doc(font="Calibri", size=11):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    return d


def para(d, *parts, style=None, align=None, space_after=None):
    """parts: strings or (text, dict(b=, i=, u=, c=, hl=, size=))"""
    p = d.add_paragraph(style=style) if style else d.add_paragraph()
    for part in parts:
        if isinstance(part, str):
            p.add_run(part)
        else:
            txt, f = part
            r = p.add_run(txt)
            r.bold = f.get("b")
            r.italic = f.get("i")
            r.underline = f.get("u")
            if f.get("c") is not None:
                r.font.color.rgb = f["c"]
            if f.get("size"):
                r.font.size = Pt(f["size"])
            if f.get("hl"):
                rpr = r._r.get_or_add_rPr()
                h = OxmlElement("w:highlight")
                h.set(qn("w:val"), f["hl"])
                rpr.append(h)
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


def bullets(d, items, style="List Bullet"):
    for it in items:
        if isinstance(it, (list, tuple)) and not (len(it) == 2 and isinstance(it[1], dict)):
            para(d, *it, style=style)
        else:
            para(d, it, style=style)


def table(d, rows, header=True, widths=None, style="Table Grid"):
    t = d.add_table(rows=0, cols=len(rows[0]))
    t.style = style
    for i, row in enumerate(rows):
        cells = t.add_row().cells
        for j, val in enumerate(row):
            cells[j].text = ""
            r = cells[j].paragraphs[0].add_run(val)
            if header and i == 0:
                r.bold = True
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    return t


def header_footer(d, head_lines, foot=None, page_no=False):
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    for k, line in enumerate(head_lines):
        if k:
            hp = sec.header.add_paragraph()
        r = hp.add_run(line)
        r.italic = True
        r.font.size = Pt(8)
        r.font.color.rgb = GREY
        hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = sec.footer.paragraphs[0]
    if foot:
        r = fp.add_run(foot)
        r.font.size = Pt(8)
    if page_no:
        r = fp.add_run("\tpagina " if foot is None or "Verslag" in (foot or "") else "\tpage ")
        r.font.size = Pt(8)
        for kind, txt in (("begin", None), (None, "PAGE"), ("end", None)):
            run = fp.add_run()
            if kind:
                fc = OxmlElement("w:fldChar")
                fc.set(qn("w:fldCharType"), kind)
                run._r.append(fc)
            else:
                it = OxmlElement("w:instrText")
                it.set(qn("xml:space"), "preserve")
                it.text = txt
                run._r.append(it)


def page_break(d):
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def save(d, name):
    d.save(os.path.join(HERE, name))


# ---------------------------------------------------------------- 727
def r727():
    """Kobe Verstraete, POD MI (Flemish staff): start meeting in Gent, 2016. Tidy, agenda table."""
    d = new_doc("Arial", 10)
    header_footer(d, [TAG_NL, TAG_FR], foot="POD MI – Verslag startvergadering AMIF 13/10/2016", page_no=True)
    para(d, B("POD | Maatschappelijke Integratie", c=BLUE))
    para(d, "")
    d.add_heading("Verslag startvergadering AMIF-netwerk OCMW's", level=1)
    para(d, B("Donderdag 13 oktober 2016"), " – OCMW Gent, vergaderzaal Zuid, 9000 Gent")
    para(d, B("Aanwezig: "), "Kobe Verstraete (POD MI), Hanne Claeys (POD MI), Griet Vanhoutte (OCMW Gent), "
         "Tarik Bouzid (OCMW Gent), Els Wouters (OCMW Antwerpen), Julien Dethier (OCMW Luik), "
         "Sébastien Lejeune (OCMW Charleroi), Karim El Idrissi (OCMW Brussel)")
    para(d, B("Verontschuldigd: "), "Fatima Ouali (OCMW Luik), Youssef Amrani (OCMW Antwerpen)")
    para(d, B("Verslag: "), "Kobe Verstraete")
    para(d, B("Agenda"))
    table(d, [["Uur", "Punt"],
              ["10u00 – 10u15", "Verwelkoming en kennismakingsronde"],
              ["10u15 – 11u00", "Voorstelling van de projectfiches per OCMW"],
              ["11u00 – 12u00", "Afspraken rond de werking van het netwerk"],
              ["12u00 – 12u30", "Varia en planning volgende bijeenkomst"]], widths=[3.5, 11])
    para(d, "")
    d.add_heading("1. Verwelkoming en kennismaking", level=2)
    para(d, "Griet Vanhoutte verwelkomt iedereen in Gent. Het is de eerste keer dat de vijf OCMW's met een "
         "AMIF-project samen rond de tafel zitten. Elke deelnemer stelt zich kort voor. De vergadering verloopt "
         "in het Nederlands en het Frans, zonder tolk; wie dat wenst, vat zijn tussenkomst kort samen in de andere taal.")
    d.add_heading("2. Voorstelling van de projectfiches", level=2)
    para(d, "Elk OCMW licht de hoofdlijnen van zijn projectfiche toe: doelgroep, rekrutering, modules en personeelsinzet.")
    bullets(d, [
        [B("Gent: "), "individuele trajectbegeleiding en collectieve workshops taalactivering; 3 VTE + 2 × 0,5 VTE."],
        [B("Antwerpen: "), "project samen met de partnergemeenten Schoten, Edegem en Mortsel; de intake gebeurt centraal in Antwerpen."],
        [B("Luik: "), "Julien Dethier stelt de modules voor (laag en gevorderd taalniveau, creatief atelier, informatica). "
                      "Per deelnemer worden drie contracten getekend."],
        [B("Charleroi: "), "werking in modules van september tot juni; potentiële deelnemers worden eerst opgelijst door de maatschappelijk werkers."],
        [B("Brussel: "), "Karim El Idrissi licht de tweetalige werking toe: groepen in het Frans en in het Nederlands."],
    ])
    d.add_heading("3. Afspraken rond de netwerkwerking", level=2)
    para(d, "Er wordt beslist dat het netwerk twee à drie keer per jaar samenkomt, telkens bij een ander OCMW. "
         "Het POD MI schrijft het verslag en bezorgt het in het Nederlands en in het Frans. Gegevens van deelnemers "
         "worden nooit op naam uitgewisseld: elk OCMW blijft eigenaar van de gegevens van zijn deelnemers.")
    d.add_heading("4. Varia", level=2)
    para(d, "Sébastien Lejeune vraagt of er een gemeenschappelijke tevredenheidsenquête komt. Het POD MI neemt dit mee (zie actiepunten).")
    d.add_heading("5. Actiepunten", level=2)
    bullets(d, [
        "Alle OCMW's bezorgen hun ingevulde projectfiche uiterlijk op 15 november 2016 aan het POD MI.",
        "Hanne Claeys stuurt de contactlijst van het netwerk rond.",
        "Het POD MI maakt een sjabloon voor een gemeenschappelijke tevredenheidsenquête.",
    ])
    para(d, "")
    para(d, B("Volgende bijeenkomst: "), "donderdag 9 februari 2017 in Charleroi (onder voorbehoud).")
    save(d, "727_startvergadering_gent.docx")


# ---------------------------------------------------------------- 728
def r728():
    """Ilse Peeters, OCMW Antwerpen: network day with the partner municipalities; NL then FR; whispered interpretation."""
    d = new_doc("Calibri", 11)
    header_footer(d, ["OCMW Antwerpen – AMIF-partnerschap Antwerpen, Schoten, Edegem, Mortsel"])
    para(d, I(TAG_NL), align="c")
    para(d, I(TAG_FR), align="c")
    para(d, B("Verslag netwerkdag OCMW's – Rapport journée réseau CPAS", size=14), align="c")
    para(d, B("21 maart 2017 – 21 mars 2017"), align="c")
    para(d, "OCMW Antwerpen, vergaderzaal De Schelde, Antwerpen", align="c")
    para(d, "")
    para(d, B("Aanwezig / Présents: "), "Ilse Peeters (OCMW Antwerpen), Els Wouters (OCMW Antwerpen), An Smets (OCMW Schoten), "
         "Bram Janssens (OCMW Edegem), Nathalie Goris (OCMW Mortsel), Kobe Verstraete (POD MI), Sophie Lambotte (POD MI), "
         "Griet Vanhoutte (OCMW Gent), Amandine Delvaux (OCMW Charleroi), Caroline Hubert (OCMW Binche), "
         "Marie Vandenbroeck (OCMW Brussel), Anne-Sophie Baert (tolk / interprète)")
    para(d, B("Verontschuldigd / Excusés: "), "Julien Dethier (OCMW Luik)")
    para(d, "")
    para(d, B("Agenda / Ordre du jour"))
    para(d, "09.30 u.\tOnthaal met koffie / Accueil café")
    para(d, "10.00 u.\tVoorstelling van het partnerschap / Présentation du partenariat")
    para(d, "11.00 u.\tToeleiding en intake / Orientation et entretien d'admission")
    para(d, "12.30 u.\tLunch")
    para(d, "13.30 u.\tAfspraken en rondvraag / Accords et tour de table")
    para(d, "")
    para(d, I("Anne-Sophie Baert verzorgde fluistertolken Nederlands-Frans voor de Franstalige collega's. "
              "Le français suit la partie néerlandaise."))
    para(d, B("NEDERLANDS", c=BLUE))
    d.add_heading("1. Welkom", level=2)
    para(d, "Els Wouters heet iedereen welkom in Antwerpen en stelt de partners uit Schoten, Edegem en Mortsel voor.")
    d.add_heading("2. Het partnerschap Antwerpen – Schoten – Edegem – Mortsel", level=2)
    para(d, "Antwerpen coördineert. De partnergemeenten leiden zelf deelnemers toe via hun maatschappelijk werkers, "
         "de groepsmodules vinden plaats in Antwerpen. Voor deelnemers uit Mortsel is de verplaatsing een drempel.")
    d.add_heading("3. Toeleiding en intake", level=2)
    para(d, "Iedere nieuwe deelnemer heeft een intakegesprek met een oriëntatiebalans. Bram Janssens merkt op dat "
         "maatschappelijk werkers in kleine OCMW's weinig tijd hebben om deelnemers voor te bereiden. Caroline Hubert "
         "herkent dit in Binche.")
    d.add_heading("4. Afspraken", level=2)
    bullets(d, [
        "Els Wouters bezorgt het intakeformulier van Antwerpen aan alle partners.",
        "OCMW Mortsel zoekt een lokaal voor groepssessies in Mortsel zelf.",
        "Sophie Lambotte en Kobe Verstraete vragen bij de Europese Commissie na of vervoerskosten van deelnemers subsidieerbaar zijn.",
    ])
    para(d, "Volgende bijeenkomst: juni 2017 in Luik, datum volgt.")
    page_break(d)
    para(d, B("FRANÇAIS", c=BLUE))
    d.add_heading("1. Accueil", level=2)
    para(d, "Els Wouters souhaite la bienvenue à tous à Anvers et présente les partenaires de Schoten, Edegem et Mortsel.")
    d.add_heading("2. Le partenariat Anvers – Schoten – Edegem – Mortsel", level=2)
    para(d, "Anvers coordonne. Les communes partenaires orientent elles-mêmes les participants via leurs assistants "
         "sociaux ; les modules collectifs ont lieu à Anvers. Pour les participants de Mortsel, le déplacement est un frein.")
    d.add_heading("3. Orientation et entretien d'admission", level=2)
    para(d, "Chaque nouveau participant a un entretien d'admission avec un bilan d'orientation. Bram Janssens fait "
         "remarquer que les AS des petits CPAS ont peu de temps pour préparer les participants. Caroline Hubert "
         "reconnaît la même situation à Binche.")
    d.add_heading("4. Accords", level=2)
    bullets(d, [
        "Els Wouters envoie le formulaire d'admission d'Anvers à tous les partenaires.",
        "Le CPAS de Mortsel cherche un local pour des séances collectives à Mortsel même.",
        "Sophie Lambotte et Kobe Verstraete demandent à la Commission européenne si les frais de transport des participants sont éligibles.",
    ])
    para(d, "Prochaine rencontre : juin 2017 à Liège, date à suivre.")
    save(d, "728_netwerkdag_antwerpen.docx")


# ---------------------------------------------------------------- 729
def r729():
    """Marie Vandenbroeck, CPAS Bruxelles (bilingual team, writes this one in French). Roman numerals."""
    d = new_doc("Times New Roman", 11)
    header_footer(d, [TAG_FR], foot="CPAS de Bruxelles – Cellule FAMI", page_no=True)
    para(d, B("Rapport de la rencontre des CPAS – FAMI", size=15, c=BLUE))
    para(d, B("Bruxelles, le 5 juin 2018"))
    para(d, "Lieu : salle du Conseil, CPAS de Bruxelles")
    para(d, I("Interprétation consécutive (FR-NL) assurée par Michel Renard."))
    para(d, B("Présents", u=True))
    table(d, [["Nom", "Organisation"],
              ["Sophie Lambotte", "SPP Intégration Sociale"],
              ["Kobe Verstraete", "SPP Intégration Sociale"],
              ["Marie Vandenbroeck", "CPAS de Bruxelles"],
              ["Karim El Idrissi", "CPAS de Bruxelles"],
              ["Tarik Bouzid", "CPAS de Gand"],
              ["Els Wouters", "CPAS d'Anvers"],
              ["Julien Dethier", "CPAS de Liège"],
              ["Fatima Ouali", "CPAS de Liège"],
              ["Sébastien Lejeune", "CPAS de Charleroi"],
              ["Michel Renard", "interprète"]], widths=[6, 8])
    para(d, B("Excusés", u=True), " : Griet Vanhoutte (CPAS de Gand), Bram Janssens (CPAS d'Edegem)")
    para(d, B("Ordre du jour", u=True))
    bullets(d, ["Mot d'accueil",
                "Tour de table : état des lieux des projets",
                "Présentation du projet bruxellois « Cap Intégration »",
                "Enquête de satisfaction : retours des participants",
                "Divers"], style="List Number")
    d.add_heading("I. Mot d'accueil", level=1)
    para(d, "Marie Vandenbroeck accueille les participants au nom du CPAS de Bruxelles et rappelle que l'équipe "
         "travaille dans les deux langues.")
    d.add_heading("II. Tour de table", level=1)
    d.add_heading("a) Gand", level=3)
    para(d, "Tarik Bouzid explique que les médiateurs interculturels font désormais office d'interprètes sociaux lors "
         "des entretiens d'admission. 38 participants sont en cours de trajet.")
    d.add_heading("b) Anvers", level=3)
    para(d, "Les partenaires de Schoten, Edegem et Mortsel orientent davantage de personnes ; Mortsel dispose "
         "maintenant d'un local pour les séances collectives.")
    d.add_heading("c) Liège", level=3)
    para(d, "Le module 3 a démarré en janvier. ", ("Liège compte XX participants dans le module 3.", {"hl": "yellow"}))
    para(d, ("[Liège : merci de compléter le nombre de participants du module 3]", {"hl": "yellow", "c": RED}))
    d.add_heading("d) Charleroi", level=3)
    para(d, "Sébastien Lejeune présente l'entonnoir de recrutement : sur 315 personnes retenues par les AS pour le "
         "module 1, 110 sont venues à la séance d'information (35 %).")
    d.add_heading("III. Présentation du projet « Cap Intégration »", level=1)
    para(d, "Karim El Idrissi présente le projet bruxellois : coaching individuel toutes les deux semaines, ateliers "
         "collectifs hebdomadaires, séances d'information sur la vie en Belgique (institutions, logement, mobilité, "
         "banque et assurances) et une sortie socioculturelle par mois.")
    d.add_heading("IV. L'enquête de satisfaction", level=1)
    para(d, "Tous les CPAS trouvent l'enquête actuelle peu claire pour le public cible : les termes sont trop abstraits. "
         "Le réseau demande une version plus simple, avec des pictogrammes, et dans davantage de langues.")
    d.add_heading("V. Divers", level=1)
    para(d, "Le SPP IS rappelle que les activités obligatoires sur des sujets sensibles (sexualité, violences "
         "conjugales) sont à éviter.")
    para(d, B("Actions"))
    table(d, [["Qui", "Quoi", "Pour quand"],
              ["Karim El Idrissi", "Traduire l'enquête de satisfaction en arabe et en dari", "septembre 2018"],
              ["SPP IS", "Centraliser les remarques de chaque CPAS sur l'enquête", "30 juin 2018"],
              ["CPAS de Liège", "Envoyer le calendrier des modules 2018-2019", "rentrée"],
              ["À déterminer", "Organiser une visite de la ferme du CPAS de Liège", "automne"]], widths=[4, 8, 3])
    para(d, "")
    para(d, B("Prochaine réunion : "), "le jeudi 11 octobre 2018 à Gand.")
    save(d, "729_rencontre_bruxelles.docx")


# ---------------------------------------------------------------- 730
def r730():
    """Lotte Van Damme, trainee at OCMW Gent: first report, informal, initials with a legend, bold lines."""
    d = new_doc("Calibri", 11)
    para(d, B("Verslag netwerkvergadering AMIF"))
    para(d, "Dinsdag 26/11/2019 – OCMW Gent (lokaal 2.14)")
    para(d, "Verslag: Lotte Van Damme (stagiaire OCMW Gent)")
    para(d, "")
    para(d, "Aanwezig: GV, TB, VD, LVD (OCMW Gent), KV (POD MI), EW, YA (OCMW Antwerpen), KEI (OCMW Brussel), FO (OCMW Luik)")
    para(d, "Verontschuldigd: SL (OCMW Charleroi)")
    para(d, I("Afkortingen: GV = Griet Vanhoutte, TB = Tarik Bouzid, VD = Veerle Dhondt, LVD = Lotte Van Damme, "
              "KV = Kobe Verstraete, EW = Els Wouters, YA = Youssef Amrani, KEI = Karim El Idrissi, FO = Fatima Ouali, "
              "SL = Sébastien Lejeune"))
    para(d, "")
    para(d, "Agenda:")
    bullets(d, ["Welkom + rondvraag", "Stand van zaken per OCMW", "Oriëntatiebalans: hoe doen jullie dat?",
                "Tevredenheidsenquête", "Varia"])
    para(d, "")
    para(d, B("Welkom + rondvraag"))
    para(d, "GV heette iedereen welkom. Korte rondvraag, iedereen stelde zich voor omdat er een paar nieuwe mensen waren "
         "(VD en ik). FO sprak Frans, de meesten konden goed volgen.")
    para(d, B("Stand van zaken"))
    para(d, "Gent: 42 deelnemers in traject, 12 nieuwe sinds september. ", ("(Griet, klopt dit cijfer? Ik had 42 genoteerd maar Tarik zei 44)", {"c": RED}))
    para(d, "Antwerpen: groepen zitten vol, wachtlijst voor de workshop taalactivering. Schoten en Mortsel leiden meer toe dan vorig jaar.")
    para(d, "Luik: nieuwe groep voor mensen die nog niet kunnen lezen of schrijven.")
    para(d, "Brussel: ", ("[nog aan te vullen: cijfers Brussel]", {"hl": "yellow"}))
    para(d, B("Oriëntatiebalans"))
    para(d, "Iedereen doet een intakegesprek maar de oriëntatiebalans ziet er overal anders uit. In Gent gebeurt het "
         "met de maatschappelijk werker erbij, in Antwerpen apart. YA vindt dat de balans te lang is voor mensen met "
         "weinig Nederlands.")
    para(d, "→ VD en YA wisselen hun intakeformulieren uit.")
    para(d, B("Tevredenheidsenquête"))
    para(d, "De enquête is nog altijd te moeilijk (woorden als 'zelfredzaamheid'). Er is vraag naar meer talen.")
    para(d, "→ TB zoekt uit of de enquête in het Tigrinya vertaald kan worden.")
    para(d, B("Varia"))
    para(d, "Bedankt aan TB voor de koffiekoeken!")
    para(d, "→ Zaal voor de volgende keer reserveren: nog niemand aangeduid.")
    para(d, "")
    para(d, "Volgende keer: ergens in maart 2020 in Brussel, datum volgt.")
    save(d, "730_netwerkvergadering_stagiaire.docx")


# ---------------------------------------------------------------- 731
def r731():
    """Karim El Idrissi, CPAS/OCMW Brussel: online meeting, simultaneous interpretation, bilingual throughout."""
    d = new_doc("Calibri", 10.5)
    header_footer(d, [TAG_NL, TAG_FR], foot="OCMW Brussel – CPAS de Bruxelles", page_no=True)
    para(d, B("ONTWERP – PROJET: nog na te lezen door Wouter – à relire par Wouter", c=RED))
    para(d, B("Verslag online vergadering OCMW's – Rapport réunion en ligne CPAS", size=14))
    para(d, B("12 mei 2020 – 12 mai 2020"), " | Microsoft Teams")
    para(d, I("Simultaanvertaling NL-FR / Interprétation simultanée FR-NL"))
    para(d, B("Aanwezig – Présents"))
    table(d, [["Naam / Nom", "Organisatie / Organisation"],
              ["Kobe Verstraete", "POD MI – SPP IS"],
              ["Wouter Desmet", "POD MI – SPP IS"],
              ["Sophie Lambotte", "POD MI – SPP IS"],
              ["Griet Vanhoutte", "OCMW Gent – CPAS de Gand"],
              ["Els Wouters", "OCMW Antwerpen – CPAS d'Anvers"],
              ["Julien Dethier", "OCMW Luik – CPAS de Liège"],
              ["Fatima Ouali", "OCMW Luik – CPAS de Liège"],
              ["Sébastien Lejeune", "OCMW Charleroi – CPAS de Charleroi"],
              ["Caroline Hubert", "OCMW Binche – CPAS de Binche"],
              ["Karim El Idrissi", "OCMW Brussel – CPAS de Bruxelles"],
              ["Inès Moulaert", "OCMW Brussel – CPAS de Bruxelles"]], widths=[5, 9])
    para(d, B("Tolken – Interprètes: "), "Anne-Sophie Baert, Michel Renard")
    para(d, B("Verontschuldigd – Excusés: "), "An Smets (OCMW Schoten), Nathalie Goris (OCMW Mortsel)")
    para(d, B("Agenda – Ordre du jour"))
    table(d, [["14:00 – 14:10", "Welkom – Bienvenue"],
              ["14:10 – 15:00", "De groepsactiviteiten tijdens de coronacrisis – Les activités de groupe pendant la crise du coronavirus"],
              ["15:00 – 15:30", "Registratie van aanwezigheden – Enregistrement des présences"],
              ["15:30 – 15:45", "Varia – Divers"]], header=False, widths=[3, 11])
    d.add_heading("1. Welkom – Bienvenue", level=1)
    para(d, "Kobe Verstraete opent de eerste online vergadering van het netwerk en bedankt de tolken.")
    para(d, I("Kobe Verstraete ouvre la première réunion en ligne du réseau et remercie les interprètes."))
    d.add_heading("2. Groepsactiviteiten tijdens de coronacrisis – Activités de groupe pendant la crise du coronavirus", level=1)
    para(d, "Elk OCMW hanteert een eigen regel voor de groepsgrootte: Gent werkt met 4 deelnemers + 1 begeleider, "
         "Charleroi en Luik met 3 deelnemers + 1 begeleider. Brussel belt deelnemers wekelijks op. Veel deelnemers "
         "hebben geen computer of internet thuis.")
    para(d, I("Chaque CPAS applique sa propre règle : Gand travaille avec 4 participants + 1 formateur, Charleroi et "
              "Liège avec 3 participants + 1 formateur. Bruxelles appelle les participants chaque semaine. Beaucoup de "
              "participants n'ont ni ordinateur ni internet à domicile."))
    d.add_heading("3. Registratie van aanwezigheden – Enregistrement des présences", level=1)
    para(d, "Aanwezigheid en stiptheid worden per sessie bijgehouden, ook voor telefonische opvolging. Charleroi "
         "gebruikt een online formulier.")
    para(d, I("La présence et la ponctualité sont enregistrées par séance, y compris pour le suivi téléphonique. "
              "Charleroi utilise un formulaire en ligne."))
    d.add_heading("4. Varia – Divers", level=1)
    para(d, "Geen punten. – Pas de points.")
    d.add_heading("5. Actiepunten – Points d'action", level=1)
    table(d, [["Wie – Qui", "Actie", "Action"],
              ["Wouter Desmet", "Een FAQ over de groepsregels opstellen en verspreiden", "Rédiger et diffuser une FAQ sur les règles de groupe"],
              ["Alle OCMW's – Tous les CPAS", "De aanwezigheidslijsten van maart en april doorsturen naar het POD", "Envoyer au SPP les listes de présence de mars et avril"],
              ["OCMW Charleroi – CPAS de Charleroi", "Een voorbeeld van het online registratieformulier delen", "Partager un exemple du formulaire d'enregistrement en ligne"],
              ["Griet Vanhoutte, Julien Dethier", "Samen een nota opstellen over de ervaringen met kleine groepen", "Rédiger ensemble une note sur l'expérience des petits groupes"]],
          widths=[4, 5.5, 5.5])
    para(d, "")
    para(d, B("Volgende online vergadering – Prochaine réunion en ligne: dinsdag 23 juni 2020 om 14:00 – mardi 23 juin 2020 à 14h00"))
    save(d, "731_online_corona.docx")


# ---------------------------------------------------------------- 732
def r732():
    """Nathalie Goris, social worker OCMW Mortsel: short online partnership meeting, action table."""
    d = new_doc("Calibri", 11)
    para(d, B("Overleg partnerschap AMIF Antwerpen – Schoten – Edegem – Mortsel", u=True))
    para(d, "9 februari 2021, online via Teams (10u – 11u30)")
    para(d, "")
    para(d, "Aanwezig:")
    bullets(d, ["Nathalie Goris – OCMW Mortsel (verslag)", "Els Wouters – OCMW Antwerpen",
                "Ilse Peeters – OCMW Antwerpen", "An Smets – OCMW Schoten", "Bram Janssens – OCMW Edegem",
                "Hanne Claeys – POD MI"])
    para(d, "Verontschuldigd:")
    bullets(d, ["Youssef Amrani – OCMW Antwerpen"])
    para(d, "")
    para(d, I("We hebben de punten uit de uitnodiging van Els overlopen."))
    para(d, B("Hoe gaat het met de groepen?", u=True))
    para(d, "Nog altijd maximum 4 deelnemers + 1 begeleider per groep. In Mortsel lukt dat in de raadzaal. "
         "Sommige deelnemers haken af omdat de uren veel veranderen, ze weten niet meer wanneer er les is.")
    para(d, B("Digitale kloof", u=True))
    para(d, "Veel mensen volgen via hun gsm, dat is te klein voor de oefeningen. An vraagt of er tablets "
         "uitgeleend kunnen worden. Hanne zegt dat materiaal voor deelnemers in principe past in het budget.")
    para(d, B("Afspraken", u=True))
    table(d, [["Wie", "Wat", "Tegen wanneer"],
              ["Bram", "Vraagt na of de bib van Edegem tablets kan uitlenen", "maart"],
              ["OCMW Schoten", "Stuurt de lijst van deelnemers zonder internet door naar Ilse", "20/02"],
              ["Nathalie + An", "Maken samen een folder in eenvoudig Nederlands met de nieuwe uren", "eind februari"],
              ["?", "De wandeling in april organiseren", "april"]], widths=[3, 9, 3])
    para(d, "")
    para(d, "Volgend overleg: ergens in juni, datum volgt.")
    para(d, "")
    para(d, ("(Els, mag jij dit nog nalezen voor ik het doorstuur?)", {"i": True, "c": GREY}))
    save(d, "732_overleg_partners_online.docx")


# ---------------------------------------------------------------- 733
def r733():
    """Julien Dethier, CPAS Liège: hybrid meeting, asked to write in French and Dutch. FR first."""
    d = new_doc("Arial", 10)
    header_footer(d, [TAG_FR, TAG_NL], foot="CPAS de Liège – OCMW Luik")
    para(d, B("Rapport de la rencontre FAMI – Verslag bijeenkomst AMIF", size=13), align="c")
    para(d, B("29 septembre 2022 – 29 september 2022"), align="c")
    para(d, "CPAS de Liège, Maison de l'insertion + Teams (hybride / hybride)", align="c")
    para(d, "")
    para(d, B("Présents / Aanwezig :"))
    bullets(d, ["Julien Dethier (CPAS Liège)", "Nadia Colson (CPAS Liège)", "Fatima Ouali (CPAS Liège)",
                "Sophie Lambotte (SPP IS)", "Wouter Desmet (SPP IS) – en ligne",
                "Griet Vanhoutte (CPAS Gand) – en ligne", "Pieter-Jan Maes (CPAS Gand) – en ligne",
                "Amandine Delvaux (CPAS Charleroi)", "Caroline Hubert (CPAS Binche)",
                "Inès Moulaert (CPAS Bruxelles) – en ligne", "Ilse Peeters (CPAS Anvers) – en ligne"])
    para(d, B("Excusés / Verontschuldigd :"), " Els Wouters (CPAS Anvers), Karim El Idrissi (CPAS Bruxelles)")
    para(d, "")
    para(d, B("Ordre du jour / Agenda"))
    table(d, [["Heure", "Point", "Punt"],
              ["9h30 – 10h00", "Accueil et tour de table", "Onthaal en rondvraag"],
              ["10h00 – 11h00", "Le nouveau programme FAMI 2021-2027 et les indicateurs", "Het nieuwe AMIF programma 2021-2027 en de indicatoren"],
              ["11h00 – 12h00", "Recrutement : l'entonnoir de Charleroi", "Rekrutering: de trechter van Charleroi"],
              ["12h00 – 12h30", "Divers", "Varia"]], widths=[3, 6, 6])
    para(d, "")
    para(d, ("NB : la partie en néerlandais doit encore être relue par un collègue néerlandophone.", {"i": True, "c": RED}))
    para(d, "")
    para(d, B("PARTIE EN FRANÇAIS", c=BLUE))
    d.add_heading("1) Accueil et tour de table", level=2)
    para(d, "Julien Dethier accueille les collègues à Liège et ceux qui suivent en ligne. Pas d'interprète cette fois : "
         "chacun parle sa langue et les collègues aident quand c'est nécessaire.")
    d.add_heading("2) Le nouveau programme FAMI 2021-2027", level=2)
    para(d, "Sophie Lambotte présente les indicateurs communs du règlement (UE) 2021/1147 : nombre de participants aux "
         "activités de soutien (cours de langue, orientation civique, accompagnement professionnel personnalisé), "
         "participants qui progressent d'au moins un niveau CECR, participants qui déclarent que l'activité a aidé "
         "leur intégration. Le SPP IS rassemble les chiffres des CPAS chaque année.")
    d.add_heading("3) Recrutement", level=2)
    para(d, "Amandine Delvaux présente l'entonnoir de Charleroi : plus de 1 000 personnes listées, 199 retenues par les AS "
         "pour le module 2, 60 présentes à la séance d'information (30 %). Binche a commencé la même méthode.")
    d.add_heading("4) Divers", level=2)
    para(d, "Pieter-Jan Maes signale que Gand passe de la règle 4 + 1 à des groupes normaux depuis septembre.")
    d.add_heading("5) Actions", level=2)
    bullets(d, [
        "Wouter Desmet enverra la liste des indicateurs communs à tous les CPAS.",
        "Chaque CPAS communique ses chiffres de participants 2022 pour le 31 octobre.",
        "Amandine Delvaux et Caroline Hubert présenteront l'entonnoir de Binche à la prochaine réunion.",
    ])
    para(d, "Prochaine réunion : à Bruxelles, en février 2023 (date à fixer).")
    page_break(d)
    para(d, B("NEDERLANDSE VERSIE", c=BLUE))
    para(d, ("(vertaling Julien – graag nalezen)", {"i": True, "c": RED}))
    d.add_heading("1) Onthaal en rondvraag", level=2)
    para(d, "Julien Dethier verwelkomt de collega's in Luik en deze die online volgen. Geen tolk deze keer: iedereen "
         "spreekt zijn taal en de collega's helpen als het nodig is.")
    d.add_heading("2) Het nieuwe AMIF programma 2021-2027", level=2)
    para(d, "Sophie Lambotte stelt de gemeenschappelijke indicatoren van de verordening (EU) 2021/1147 voor: aantal "
         "deelnemers aan ondersteunende activiteiten (taalcursus, maatschappelijke oriëntatie, persoonlijke "
         "beroepsbegeleiding), deelnemers die minstens een ERK-niveau stijgen, deelnemers die zeggen dat de activiteit "
         "hun integratie heeft geholpen. Het POD MI verzamelt elk jaar de cijfers van de OCMW's.")
    d.add_heading("3) Rekrutering", level=2)
    para(d, "Amandine Delvaux stelt de trechter van Charleroi voor: meer dan 1 000 personen opgelijst, 199 behouden door "
         "de maatschappelijk werkers voor module 2, 60 aanwezig op de infosessie (30 %). Binche is met dezelfde methode begonnen.")
    d.add_heading("4) Varia", level=2)
    para(d, "Pieter-Jan Maes zegt dat Gent sinds september van de regel 4 + 1 naar normale groepen gaat.")
    d.add_heading("5) Acties", level=2)
    bullets(d, [
        "Wouter Desmet zal de lijst van de gemeenschappelijke indicatoren naar alle OCMW's sturen.",
        "Elk OCMW geeft zijn cijfers van deelnemers 2022 voor 31 oktober.",
        "Amandine Delvaux en Caroline Hubert zullen de trechter van Binche op de volgende vergadering voorstellen.",
    ])
    para(d, "Volgende vergadering: in Brussel, in februari 2023 (datum nog te bepalen).")
    save(d, "733_rencontre_hybride_liege.docx")


# ---------------------------------------------------------------- 734
def r734():
    """Els Wouters, team leader OCMW Antwerpen: partnership meeting, decimal headings, presence table."""
    d = new_doc("Calibri", 11)
    header_footer(d, [TAG_NL], foot="Verslag: Els Wouters, teamleider AMIF – OCMW Antwerpen", page_no=True)
    para(d, B("OCMW Antwerpen – AMIF-partnerschap", c=BLUE, size=9))
    d.add_heading("Verslag bijeenkomst partnerschap AMIF", level=0)
    para(d, B("Datum: "), "17 oktober 2023\t", B("Plaats: "), "OCMW Antwerpen, zaal 3")
    para(d, "")
    table(d, [["Naam", "Organisatie", "Aanwezig"],
              ["Els Wouters", "OCMW Antwerpen", "ja"],
              ["Youssef Amrani", "OCMW Antwerpen", "ja"],
              ["Ilse Peeters", "OCMW Antwerpen", "ja"],
              ["An Smets", "OCMW Schoten", "verontschuldigd"],
              ["Jolien Mertens", "OCMW Schoten", "ja"],
              ["Bram Janssens", "OCMW Edegem", "ja"],
              ["Nathalie Goris", "OCMW Mortsel", "ja"],
              ["Hanne Claeys", "POD MI", "ja"],
              ["Wouter Desmet", "POD MI", "verontschuldigd"],
              ["Griet Vanhoutte", "OCMW Gent (te gast)", "ja"],
              ["Sarah Aerts", "OCMW Gent (te gast)", "ja"]], widths=[5, 6, 3.5])
    para(d, "")
    para(d, B("Agenda"))
    for line in ["13u30\tOnthaal", "13u45\tStand van zaken per partner", "14u45\tPauze",
                 "15u00\tIndicatoren en jaarrapportering", "16u00\tAfsluiting"]:
        para(d, line, space_after=0)
    d.add_heading("1\tWelkom", level=1)
    para(d, "Els verwelkomt Jolien Mertens, de nieuwe contactpersoon in Schoten, en de collega's van Gent die komen "
         "kijken hoe het partnerschap werkt.")
    d.add_heading("2\tStand van zaken per partner", level=1)
    d.add_heading("2.1\tOCMW Schoten", level=2)
    para(d, "Acht deelnemers in traject, twee zijn doorgestroomd naar een opleiding.")
    d.add_heading("2.2\tOCMW Edegem", level=2)
    para(d, "Bram meldt dat de tevredenheidsenquêtes van de lente nog niet verwerkt zijn.")
    d.add_heading("2.3\tOCMW Mortsel", level=2)
    para(d, "De groep in Mortsel loopt goed; er is een sterke groepsgeest op het einde van de module.")
    d.add_heading("2.4\tOCMW Antwerpen", level=2)
    para(d, "Wachtlijst van 15 personen. De uurroosters worden beter verdeeld tussen oude en nieuwe deelnemers.")
    d.add_heading("3\tIndicatoren en jaarrapportering", level=1)
    para(d, "Hanne licht de gemeenschappelijke indicatoren toe. Het moeilijkste is het aantal deelnemers dat minstens één "
         "ERK-niveau stijgt: niet elke deelnemer doet een test.")
    d.add_heading("4\tAfspraken", level=1)
    para(d, "Beslist: we houden de 6 + 1-regel voor groepen niet langer aan.")
    bullets(d, [
        [B("Youssef Amrani:"), " stelt een sjabloon op voor de ERK-niveaus per deelnemer."],
        [B("OCMW Edegem:"), " bezorgt de tevredenheidsenquêtes van de lente aan Antwerpen."],
        [B("Alle OCMW's:"), " bezorgen hun cijfers voor de jaarrapportering uiterlijk op 15 januari 2024."],
        [B("POD MI:"), " bevestigt of deelnemers zonder ERK-test meetellen voor de indicator."],
    ])
    d.add_heading("5\tVolgende bijeenkomst", level=1)
    para(d, "Dinsdag 12 maart 2024 om 13u30 in Mortsel (Gemeenteplein).")
    save(d, "734_partnerschap_antwerpen.docx")


# ---------------------------------------------------------------- 735
def r735():
    """Inès Moulaert, CPAS de Bruxelles: online thematic meeting on archiving and GDPR, in French, with interpreters. Draft."""
    d = new_doc("Calibri", 11)
    header_footer(d, [TAG_FR], foot="CPAS de Bruxelles – réunion FAMI du 20/03/2025", page_no=True)
    para(d, B("PROJET – version non relue", c=RED), align="r")
    para(d, B("Réunion thématique FAMI : conservation des documents et données personnelles", size=14, c=BLUE))
    para(d, "Jeudi 20 mars 2025, 10h00 – 12h30, en ligne (Teams), avec interprétation simultanée FR/NL")
    para(d, "")
    para(d, B("Participants : "), "Sophie Lambotte (SPP IS), Wouter Desmet (SPP IS), Inès Moulaert (CPAS de Bruxelles), "
         "Karim El Idrissi (CPAS de Bruxelles), Sarah Aerts (CPAS de Gand), Nadia Colson (CPAS de Liège), "
         "Amandine Delvaux (CPAS de Charleroi), Youssef Amrani (CPAS d'Anvers), Jolien Mertens (CPAS de Schoten) ; "
         "interprètes : Michel Renard et Lieve De Smet")
    para(d, B("Excusé·es : "), "Caroline Hubert (CPAS de Binche), Bram Janssens (CPAS d'Edegem)")
    para(d, "")
    para(d, B("Ordre du jour"))
    para(d, "10h00-10h15  Introduction", space_after=0)
    para(d, "10h15-11h00  Conservation des documents FAMI", space_after=0)
    para(d, "11h00-11h45  Données personnelles des participants (RGPD)", space_after=0)
    para(d, "11h45-12h30  Questions-réponses")
    d.add_heading("Introduction", level=1)
    para(d, "Sophie Lambotte explique pourquoi cette réunion : plusieurs CPAS se demandent combien de temps garder les "
         "dossiers des anciens participants, surtout depuis la fin du programme 2014-2020.")
    d.add_heading("Conservation des documents", level=1)
    para(d, "Les documents d'une opération financée par l'UE sont conservés cinq ans à compter du 31 décembre de l'année "
         "du dernier paiement (règlement (UE) 2021/1060, article 82). ",
         ("[à vérifier : date exacte du dernier paiement FAMI 2014-2020]", {"hl": "yellow"}))
    para(d, "Le CPAS de Gand a déjà supprimé les dossiers papier de 2016, après accord du SPP IS.")
    d.add_heading("Données personnelles", level=1)
    para(d, "Les données des participants ne sont pas gardées plus longtemps que nécessaire (RGPD, article 5, 1, e). "
         "Chaque CPAS reste propriétaire des données de ses participants ; le SPP ne reçoit que des chiffres. "
         "Un participant peut demander à voir tout ce qui est conservé à son sujet (article 15).")
    bullets(d, ["données sensibles : nationalité, niveau de langue, santé, situation familiale ;",
                "accès limité à l'équipe du projet et à l'AS de référence ;",
                "pas d'échange de noms entre CPAS."])
    d.add_heading("Questions-réponses", level=1)
    para(d, "Youssef Amrani demande ce qu'il faut faire des enquêtes de satisfaction papier. Réponse : elles sont anonymes "
         "et suivent la même règle de cinq ans que les autres pièces justificatives.")
    d.add_heading("Suites", level=1)
    bullets(d, [
        "Le SPP IS diffusera une note sur les délais de conservation avant l'été.",
        "Chaque CPAS désigne une personne de référence RGPD pour le projet.",
        "Nadia Colson partagera le modèle de registre de traitement utilisé à Liège.",
        "Une fiche d'information en langage simple pour les participants reste à rédiger (responsable à désigner).",
    ])
    save(d, "735_rgpd_conservation_en_ligne.docx")


# ---------------------------------------------------------------- 736
def r736():
    """Hanne Claeys, POD MI: hybrid network meeting in Gent on the simplified satisfaction survey, 2026."""
    d = new_doc("Arial", 10)
    header_footer(d, [TAG_NL, TAG_FR], foot="POD MI – Verslag netwerkbijeenkomst AMIF", page_no=True)
    para(d, B("POD | Maatschappelijke Integratie", c=BLUE))
    para(d, B("Verslag netwerkbijeenkomst AMIF – 27 januari 2026", size=14))
    para(d, "OCMW Gent, Sociaal Huis Nieuwpoort, en online via Teams")
    para(d, "")
    para(d, B("Aanwezig in Gent: "), "Hanne Claeys (POD MI), Pieter-Jan Maes (OCMW Gent), Sarah Aerts (OCMW Gent), "
         "Veerle Dhondt (OCMW Gent), Ilse Peeters (OCMW Antwerpen), Karim El Idrissi (OCMW Brussel)")
    para(d, B("Aanwezig online: "), "Nadia Colson (OCMW Luik), Sébastien Lejeune (OCMW Charleroi), Nathalie Goris (OCMW Mortsel)")
    para(d, B("Verontschuldigd: "), "Wouter Desmet (POD MI), Jolien Mertens (OCMW Schoten)")
    para(d, "")
    para(d, B("Agenda"))
    para(d, "09:30\tOnthaal", space_after=0)
    para(d, "10:00\tTerugblik op de modules 2024-2025", space_after=0)
    para(d, "10:45\tDe vereenvoudigde tevredenheidsenquête", space_after=0)
    para(d, "11:45\tVaria")
    d.add_heading("1. Terugblik op de modules 2024-2025", level=1)
    para(d, "Alle OCMW's rapporteren een goede opkomst. Trajecten duren vaak langer dan zes maanden. Charleroi telde ",
         ("[XXX deelnemers – cijfer Charleroi nog opvragen]", {"hl": "yellow"}), ".")
    para(d, "Wat werkt: intensief werken met de groep, bijna elke dag van de week, en de band tussen begeleiders en "
         "deelnemers. Wat beter kan: communicatie over lessen die wegvallen, en activiteiten vroeger plannen omdat "
         "administratieve procedures steeds langer duren.")
    d.add_heading("2. De vereenvoudigde tevredenheidsenquête", level=1)
    para(d, "Sarah Aerts stelt de nieuwe vragenlijst voor: korte zinnen, smileys, één vraag per pagina. De deelnemers "
         "van Gent testten ze in december. Opmerkingen:")
    bullets(d, ["de vraag over 'zelfredzaamheid' schrappen;",
                "een versie in het Arabisch, Dari, Tigrinya en Oekraïens;",
                "de enquête laten afnemen door iemand anders dan de eigen begeleider."])
    d.add_heading("3. Varia", level=1)
    para(d, "Karim El Idrissi meldt dat Brussel sinds januari een nieuwe coördinator heeft.")
    d.add_heading("4. Actiepunten", level=1)
    bullets(d, [
        "Sarah Aerts past de vragenlijst aan op basis van de feedback van vandaag.",
        "Het POD MI laat de vragenlijst vertalen in het Arabisch, Dari, Tigrinya en Oekraïens.",
        "OCMW Brussel test de nieuwe versie met een groep in februari.",
        "Veerle Dhondt en Ilse Peeters bekijken hoe maatschappelijk werkers de enquête kunnen afnemen.",
    ], style="List Number")
    para(d, "")
    para(d, B("Volgende netwerkbijeenkomst: donderdag 7 mei 2026 in Charleroi."))
    page_break(d)
    d.add_heading("Bijlage – Vereenvoudigde tevredenheidsenquête (ontwerp)", level=1)
    para(d, ("TODO: bijlage met de Arabische vertaling nog toevoegen", {"c": RED, "b": True}))
    table(d, [["Vraag", "😀", "😐", "☹"],
              ["Ik kom graag naar de groep.", "", "", ""],
              ["Ik begrijp wat de begeleider zegt.", "", "", ""],
              ["Ik ken nu meer mensen.", "", "", ""],
              ["Ik weet beter waar ik hulp kan vragen.", "", "", ""]], widths=[9, 1.5, 1.5, 1.5])
    save(d, "736_tevredenheidsenquete_hybride.docx")


if __name__ == "__main__":
    for f in (r727, r728, r729, r730, r731, r732, r733, r734, r735, r736):
        f()
    print("10 reports written")
