# -*- coding: utf-8 -*-
"""Builds the ten meeting reports 647-656 (writer-bl) with python-docx.
Each report is written the way one secretary of the AMIF network would write it in Word."""
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_COLOR_INDEX
from docx.shared import Pt, RGBColor, Cm

HERE = os.path.dirname(os.path.abspath(__file__))

TAG_NL = "Naar een geïntegreerd migratiebeleid, dankzij het AMIF"
TAG_FR = "Vers une politique de migration plus intégrée, grâce au FAMI"

BLUE = RGBColor(0x1F, 0x4E, 0x79)
GREY = RGBColor(0x59, 0x59, 0x59)
RED = RGBColor(0xC0, 0x00, 0x00)
GREEN = RGBColor(0x37, 0x86, 0x3C)
ORANGE = RGBColor(0xC5, 0x5A, 0x11)


def base_font(doc, name, size):
    st = doc.styles["Normal"]
    st.font.name = name
    st.font.size = Pt(size)


def p(doc, text="", style=None, bold=False, italic=False, color=None, size=None, align=None,
      underline=False, highlight=None, space_after=None):
    par = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    if text:
        r = par.add_run(text)
        r.bold = bold
        r.italic = italic
        r.underline = underline
        if color is not None:
            r.font.color.rgb = color
        if size:
            r.font.size = Pt(size)
        if highlight is not None:
            r.font.highlight_color = highlight
    if align is not None:
        par.alignment = align
    if space_after is not None:
        par.paragraph_format.space_after = Pt(space_after)
    return par


def runs(par, parts):
    """parts: list of (text, dict of formats)."""
    for text, fmt in parts:
        r = par.add_run(text)
        r.bold = fmt.get("b", False)
        r.italic = fmt.get("i", False)
        r.underline = fmt.get("u", False)
        if "c" in fmt:
            r.font.color.rgb = fmt["c"]
        if "hl" in fmt:
            r.font.highlight_color = fmt["hl"]
    return par


def header_footer(doc, header_lines, footer_text=None, italic=True):
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    for i, line in enumerate(header_lines):
        r = hp.add_run(line)
        r.italic = italic
        r.font.size = Pt(8)
        r.font.color.rgb = GREY
        if i < len(header_lines) - 1:
            r.add_break()
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if footer_text:
        fp = sec.footer.paragraphs[0]
        r = fp.add_run(footer_text)
        r.font.size = Pt(8)
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER


def cell_lines(cell, lines, bold=False, italic=False, size=None):
    cell.paragraphs[0].text = ""
    first = True
    for line in lines:
        par = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        r = par.add_run(line)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)


def save(doc, name):
    doc.save(os.path.join(HERE, name))


# ---------------------------------------------------------------------------------------------
# 647 - Katrien Van Hoorebeke, POD MI, kick-off 2016, NL | FR side by side
# ---------------------------------------------------------------------------------------------
def r647():
    doc = Document()
    base_font(doc, "Calibri", 10.5)
    header_footer(doc, [TAG_NL, TAG_FR, "POD | Maatschappelijke Integratie – SPP | Intégration Sociale"],
                  "AMIF-netwerk OCMW's – Réseau FAMI des CPAS – 2016")
    p(doc, "Verslag startbijeenkomst AMIF-netwerk OCMW's – Rapport réunion de lancement du réseau FAMI des CPAS",
      bold=True, size=14, align=WD_ALIGN_PARAGRAPH.CENTER, color=BLUE)
    p(doc, "Donderdag 13 oktober 2016 – Jeudi 13 octobre 2016", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    p(doc, "POD MI, Koning Albert II-laan 37, 1030 Brussel – zaal 5B / salle 5B", align=WD_ALIGN_PARAGRAPH.CENTER)
    p(doc, "Simultaanvertaling NL/FR in de zaal (cabines) – Interprétation simultanée NL/FR en salle (cabines)",
      italic=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=9)
    p(doc, "ONTWERP – nog na te lezen door Aurélie / PROJET – à relire par Aurélie", bold=True, italic=True,
      color=RED, align=WD_ALIGN_PARAGRAPH.CENTER)

    p(doc, "Aanwezigen en verontschuldigden – Présents et excusés", bold=True, space_after=4)
    rows = [
        ("POD MI / SPP IS", ["Katrien Van Hoorebeke", "Aurélie Dethier", "Laurent Gillard"], ["–"]),
        ("OCMW Gent / CPAS Gand", ["Jeroen De Clercq", "Hanne Vermeersch"], ["Youssef El Amrani"]),
        ("CPAS Liège / OCMW Luik", ["Benoît Lejeune", "Fatoumata Diallo"], ["–"]),
        ("CPAS Charleroi / OCMW Charleroi", ["Sophie Delvaux", "Nordine Boukhari"], ["–"]),
        ("OCMW Antwerpen / CPAS Anvers", ["Els Peeters"], ["Tom Janssens"]),
        ("CPAS Bruxelles / OCMW Brussel", ["Isabelle Vandenbroeck", "Karim Haddouchi"], ["–"]),
        ("Tolken / Interprètes", ["Anne-Sophie Maréchal", "Koen Dierickx"], ["–"]),
    ]
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    cell_lines(t.rows[0].cells[0], ["Organisatie / Organisation"], bold=True)
    cell_lines(t.rows[0].cells[1], ["Aanwezig / Présents"], bold=True)
    cell_lines(t.rows[0].cells[2], ["Verontschuldigd / Excusés"], bold=True)
    for org, pres, exc in rows:
        c = t.add_row().cells
        cell_lines(c[0], [org])
        cell_lines(c[1], pres)
        cell_lines(c[2], exc)

    p(doc)
    p(doc, "Agenda – Ordre du jour", bold=True, space_after=4)
    ag = [
        ("10.00-10.30", "Onthaal en koffie / Accueil et café"),
        ("10.30-11.00", "Welkom en voorstelling AMIF-netwerk / Mot d'accueil et présentation du réseau FAMI"),
        ("11.00-12.30", "Voorstelling van de projecten per OCMW / Présentation des projets par CPAS"),
        ("12.30-13.30", "Lunch / Déjeuner"),
        ("13.30-14.45", "Projectfiche en indicatoren / Fiche projet et indicateurs"),
        ("14.45-15.30", "Afspraken en planning netwerk / Accords et planning du réseau"),
    ]
    t = doc.add_table(rows=0, cols=2)
    t.style = "Light List Accent 1"
    for hh, title in ag:
        c = t.add_row().cells
        cell_lines(c[0], [hh])
        cell_lines(c[1], [title])
    t.columns[0].width = Cm(3)

    def sbs(nl, fr):
        tb = doc.add_table(rows=1, cols=2)
        cell_lines(tb.rows[0].cells[0], nl)
        cell_lines(tb.rows[0].cells[1], fr, italic=True)

    doc.add_page_break()
    doc.add_heading("1. Welkom en voorstelling van het netwerk – Mot d'accueil et présentation du réseau", 1)
    sbs(["Laurent Gillard verwelkomt de vijf OCMW's. Het AMIF cofinanciert vanaf dit jaar vijf projecten "
         "rond sociale activering van nieuwkomers. Het POD MI wil de OCMW's twee à drie keer per jaar samenbrengen "
         "om ervaringen uit te wisselen.",
         "Er komen twee à drie bijeenkomsten per jaar, telkens bij een ander OCMW."],
        ["Laurent Gillard souhaite la bienvenue aux cinq CPAS. Le FAMI cofinance depuis cette année cinq projets "
         "d'activation sociale des primo-arrivants. Le SPP IS souhaite réunir les CPAS deux à trois fois par an "
         "pour échanger leurs expériences.",
         "Il y aura deux à trois rencontres par an, chaque fois dans un autre CPAS."])

    doc.add_heading("2. Voorstelling van de projecten – Présentation des projets", 1)
    doc.add_heading("2.1 Gent / Gand", 2)
    sbs(["Jeroen stelt het Gentse project voor: intake door een trajectbegeleider, daarna groepsmodules "
         "taalactivering en een individueel traject. Start met 25 deelnemers in januari."],
        ["Jeroen présente le projet gantois : entretien d'admission par un accompagnateur, ensuite des modules "
         "collectifs d'activation linguistique et un trajet individuel. Démarrage avec 25 participants en janvier."])
    doc.add_heading("2.2 Liège / Luik", 2)
    sbs(["Mod' Actions: individuele begeleiding en vier collectieve ateliers (sociale activering, creatief, "
         "informatica, projectrealisatie). Fatoumata doet de intakegesprekken."],
        ["Mod' Actions : accompagnement individuel et quatre ateliers collectifs (activation sociale, créatif, "
         "informatique, réalisation de projet). Fatoumata se charge des entretiens d'admission."])
    doc.add_heading("2.3 Charleroi", 2)
    sbs(["Activ'Up werkt met modules van september tot juni. Via de sociale antennes werd een lijst van "
         "mogelijke deelnemers opgemaakt; Binche wordt partner."],
        ["Activ'Up fonctionne par modules de septembre à juin. Un listing de bénéficiaires potentiels a été "
         "établi via les antennes sociales ; Binche devient partenaire."])
    doc.add_heading("2.4 Antwerpen / Anvers", 2)
    sbs(["Antwerpen werkt samen met drie partner-OCMW's (Schoten, Edegem, Mortsel). Antwerpen mikt op 60 "
         "deelnemers per jaar (Els: klopt dit aantal?)."],
        ["Anvers travaille avec trois CPAS partenaires (Schoten, Edegem, Mortsel). Anvers vise 60 participants "
         "par an."])
    doc.add_heading("2.5 Bruxelles / Brussel", 2)
    sbs(["Het Brusselse project richt zich vooral op vrouwen met een laag taalniveau; er is kinderopvang "
         "tijdens de ateliers."],
        ["Le projet bruxellois vise surtout des femmes avec un faible niveau de langue ; une garderie est "
         "prévue pendant les ateliers."])

    doc.add_heading("3. Projectfiche en indicatoren – Fiche projet et indicateurs", 1)
    sbs(["Katrien overloopt het ontwerp van de projectfiche: doelgroep, modules, minstens drie subdoelstellingen "
         "per module, kosten in VTE, financiering. De OCMW's vragen om de fiche kort te houden."],
        ["Katrien présente le projet de fiche projet : public cible, modules, au moins trois sous-objectifs par "
         "module, coûts en ETP, financement. Les CPAS demandent que la fiche reste courte."])

    doc.add_heading("4. Afspraken – Accords", 1)
    tb = doc.add_table(rows=1, cols=2)
    left, right = tb.rows[0].cells
    left.paragraphs[0].text = "Acties:"
    for line in [
        "Het POD MI bezorgt de definitieve template van de projectfiche aan alle OCMW's vóór 15 november.",
        "Elk OCMW vult zijn projectfiche in en stuurt ze terug naar Katrien tegen 16 december 2016.",
        "Sophie Delvaux en Nordine Boukhari bevestigen tegen eind januari of de ontvangst in Charleroi haalbaar is.",
        "Jeroen De Clercq stuurt zijn presentatie rond via het POD MI.",
    ]:
        left.add_paragraph(line, style="List Bullet")
    right.paragraphs[0].text = "Actions :"
    for line in [
        "Le SPP IS transmet le modèle définitif de la fiche projet à tous les CPAS avant le 15 novembre.",
        "Chaque CPAS complète sa fiche projet et la renvoie à Katrien pour le 16 décembre 2016.",
        "Sophie Delvaux et Nordine Boukhari confirment d'ici fin janvier si l'accueil à Charleroi est possible.",
        "Jeroen De Clercq fait circuler sa présentation via le SPP IS.",
    ]:
        right.add_paragraph(line, style="List Bullet")
    for c in (left, right):
        for par in c.paragraphs:
            for r in par.runs:
                r.font.size = Pt(10)

    p(doc)
    p(doc, "Volgende bijeenkomst / Prochaine réunion: donderdag 23 maart 2017 / jeudi 23 mars 2017, "
           "in Charleroi (onder voorbehoud / sous réserve)", bold=True)
    save(doc, "647_startbijeenkomst-brussel.docx")


# ---------------------------------------------------------------------------------------------
# 648 - Sophie Delvaux, CPAS Charleroi, 2017, FR, bold underlined roman numerals
# ---------------------------------------------------------------------------------------------
def r648():
    doc = Document()
    base_font(doc, "Arial", 10)
    header_footer(doc, ["CPAS de Charleroi – Service Action Migrants"], "Rapport rédigé par S. Delvaux", italic=False)
    p(doc, "RÉUNION FAMI – ÉCHANGE ENTRE CPAS", bold=True, size=13, align=WD_ALIGN_PARAGRAPH.CENTER)
    p(doc, "Charleroi, le jeudi 23 mars 2017", align=WD_ALIGN_PARAGRAPH.CENTER)
    p(doc, TAG_FR, italic=True, align=WD_ALIGN_PARAGRAPH.CENTER, color=GREY, size=9)
    p(doc, "Lieu : Service Action Migrants, boulevard Joseph II 13, 6000 Charleroi")

    par = doc.add_paragraph()
    runs(par, [("Étaient présents : ", {"b": True}),
               ("Aurélie Dethier et Laurent Gillard (SPP IS), Jeroen De Clercq et Lieselot Van Damme (CPAS de Gand), "
                "Benoît Lejeune et Cédric Fraipont (CPAS de Liège), Els Peeters et Wouter Goossens (CPAS d'Anvers), "
                "Karim Haddouchi (CPAS de Bruxelles), Sophie Delvaux, Nordine Boukhari et Marie-Pierre Lambot "
                "(CPAS de Charleroi), ainsi que Valérie Hanotiau (CPAS de Binche, partenaire).", {})])
    par = doc.add_paragraph()
    runs(par, [("Excusés : ", {"b": True}),
               ("Katrien Van Hoorebeke (SPP IS), Isabelle Vandenbroeck (CPAS de Bruxelles).", {})])
    p(doc, "Pas d'interprète prévu : les collègues néerlandophones ont suivi en français, avec quelques passages "
           "en anglais quand c'était nécessaire.", italic=True)
    par = doc.add_paragraph()
    runs(par, [("Au programme de la journée : ", {"b": True}),
               ("accueil et tour de table, présentation d'Activ'Up, le recrutement des participants, visite de "
                "l'atelier carton et, pour finir, questions et feed-back.", {})])

    def h(text):
        p(doc, text, bold=True, underline=True, space_after=3)

    h("I. Accueil et tour de table")
    p(doc, "Monsieur Gillard remercie le CPAS de Charleroi pour l'accueil. Chaque CPAS présente brièvement "
           "l'état de son projet six mois après le démarrage. Gand et Anvers ont déjà des groupes complets ; "
           "Bruxelles a pris du retard dans les engagements.")

    h("II. Présentation d'Activ'Up")
    p(doc, "Sophie présente le projet : coaching individuel (1x toutes les 2 semaines), ateliers découvertes "
           "(1x/semaine), séances d'information « se débrouiller en Belgique » et sorties socio-culturelles. "
           "Les participants d'Activ'Up sont prioritaires pour les cours de FLE du Service Action Migrants.")
    p(doc, "Module 1 : sept 2015 – juin 2016 ; module 2 : sept 2016 – juin 2017.")

    h("III. Le recrutement : un travail de mobilisation")
    p(doc, "Avec l'observatoire local, plus de 1000 bénéficiaires potentiels ont été répertoriés. Les assistantes "
           "sociales en ont retenu 315 pour le module 1 et 199 pour le module 2.")
    par = doc.add_paragraph()
    runs(par, [("Présence aux séances d'information : 110 sur 315 invités (35 %) pour le module 1 ; "
                "pour le module 2 : ", {}),
               ("[à compléter par Nordine : chiffres du module 2 au 15 mars]", {"hl": WD_COLOR_INDEX.YELLOW})])
    p(doc, "Liège et Gand recrutent surtout par les assistants sociaux au cas par cas ; Anvers se demande si le "
           "listing en masse est compatible avec la protection des données. Chaque CPAS reste propriétaire des "
           "données de ses participants.")

    h("IV. Visite de l'atelier carton")
    p(doc, "Visite de l'atelier mobilier carton et de la salle informatique. Les participants présents ont "
           "expliqué eux-mêmes leurs réalisations.")

    h("V. Questions et feed-back")
    p(doc, "Ce qui marche, selon les collègues :")
    for s in ["le travail intensif avec le public (presque tous les jours de la semaine) ;",
              "les liens qui se créent entre agents et participants, et entre participants ;",
              "l'esprit de groupe à la fin du module."]:
        p(doc, "- " + s)
    p(doc, "Ce qui est à améliorer :")
    for s in ["la communication vers les participants quand les horaires changent ;",
              "anticiper les activités, car les procédures administratives sont de plus en plus longues."]:
        p(doc, "- " + s)
    p(doc, "Gand se propose d'accueillir la prochaine réunion.")

    h("VI. Divers")
    p(doc, "→ Sophie envoie la présentation et le planning type de la semaine à tous les CPAS.")
    p(doc, "→ Le SPP vérifie si les frais de sorties socio-culturelles peuvent être pris en compte dans le budget FAMI.")
    p(doc, "→ Chaque CPAS réfléchit à deux ou trois questions pour l'enquête de satisfaction (pour la prochaine réunion).")
    p(doc, "→ Marie-Pierre et Wouter comparent les fiches d'inscription de Charleroi et d'Anvers.")
    p(doc)
    p(doc, "Prochaine réunion : à Gand, en automne – date encore à fixer.", bold=True)
    save(doc, "648_activup-charleroi.docx")


# ---------------------------------------------------------------------------------------------
# 649 - Hanne Vermeersch, OCMW Gent, 2017, NL, heading styles without numbers, actions table
# ---------------------------------------------------------------------------------------------
def r649():
    doc = Document()
    base_font(doc, "Verdana", 9.5)
    header_footer(doc, ["OCMW Gent – Dienst Trajectbegeleiding", TAG_NL], "netwerkdag AMIF – verslag")
    doc.add_heading("Verslag netwerkdag AMIF – Gent, 28 november 2017", 0)
    p(doc, "Dinsdag 28 november 2017, buurtcentrum Rabot, Gent", italic=True)

    p(doc, "Aanwezig", bold=True, space_after=2)
    for line in ["OCMW Gent: Jeroen De Clercq, Hanne Vermeersch, Youssef El Amrani",
                 "OCMW Luik: Benoît Lejeune, Giulia Russo",
                 "OCMW Charleroi: Nordine Boukhari",
                 "OCMW Antwerpen: Tom Janssens, Nadia Ouali",
                 "OCMW Brussel: Olga Petrova",
                 "POD MI: Katrien Van Hoorebeke",
                 "Tolk: Anne-Sophie Maréchal"]:
        p(doc, line, style="List Bullet")
    p(doc, "Verontschuldigd", bold=True, space_after=2)
    p(doc, "Sophie Delvaux (OCMW Charleroi), Aurélie Dethier (POD MI), Els Peeters (OCMW Antwerpen)",
      style="List Bullet")

    p(doc, "Programma", bold=True, space_after=2)
    for line in ["09u30\tOnthaal",
                 "10u00\tWelkom door Jeroen De Clercq",
                 "10u15\tStand van zaken per OCMW",
                 "11u30\tBezoek aan het buurtcentrum",
                 "12u30\tBroodjeslunch",
                 "13u30\tTevredenheidsenquête: eerste ervaringen",
                 "15u00\tVaria en afsluiting"]:
        p(doc, line, style="List Number")

    doc.add_heading("Welkom", 1)
    p(doc, "Jeroen heet iedereen welkom in het buurtcentrum. Voor de Franstalige collega's werd de hele dag "
           "gefluisterd vertaald door Anne-Sophie; de presentaties waren tweetalig.")

    doc.add_heading("Stand van zaken per OCMW", 1)
    doc.add_heading("Gent", 2)
    p(doc, "Tweede groep gestart in september, 22 deelnemers. Vooral mensen uit Syrië, Afghanistan en Eritrea. "
           "De intakegesprekken lopen goed maar duren lang (gemiddeld 1u30).")
    doc.add_heading("Luik", 2)
    p(doc, "Mod' Actions heeft nu vier ateliers. Het creatief atelier heeft een wachtlijst. Drie contracten per "
           "deelnemer: met de maatschappelijk werker, met de intaker en met de moduleverantwoordelijke.")
    doc.add_heading("Charleroi", 2)
    p(doc, "Module 3 start in januari in plaats van september, door personeelswissels. Nordine vraagt tips om "
           "de opkomst op infosessies te verhogen (nu 30 à 35 %).")
    doc.add_heading("Antwerpen", 2)
    p(doc, "De partners Schoten, Edegem en Mortsel zijn gestart. Gezamenlijke intake in Antwerpen; de activiteiten "
           "lopen lokaal.")
    doc.add_heading("Brussel", 2)
    p(doc, "Het team is sinds oktober volledig. Eerste groep van 12 vrouwen, kinderopvang ter plaatse.")

    doc.add_heading("Bezoek aan het buurtcentrum Rabot", 1)
    p(doc, "Rondleiding door Youssef: taalcafé, computerklas en de moestuin die door deelnemers wordt onderhouden.")

    doc.add_heading("Tevredenheidsenquête", 1)
    p(doc, "Alle OCMW's hebben de enquête van het POD MI een eerste keer gebruikt. Conclusie: de vragen zijn te "
           "abstract voor de doelgroep (\"in welke mate heeft de module bijgedragen tot uw zelfredzaamheid?\"). "
           "Deelnemers vragen de enquête in hun eigen taal. Luik gebruikt smileys, dat werkt beter.")

    doc.add_heading("Varia", 1)
    p(doc, "Katrien meldt dat de tussentijdse rapportering van alle OCMW's binnen is. Bedankt!")

    doc.add_heading("Actiepunten", 1)
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, txt in zip(t.rows[0].cells, ["Wat", "Wie", "Tegen"]):
        cell_lines(c, [txt], bold=True)
    for wat, wie, tegen in [
        ("Enquête vereenvoudigen: minder abstracte termen, pictogrammen toevoegen", "Youssef", "januari"),
        ("Vertaling enquête in Arabisch, Dari en Tigrinya laten maken", "POD MI", "maart"),
        ("Aantal ingevulde enquêtes per module doorsturen", "Alle OCMW's", "15/12"),
        ("Contact opnemen met Atlas over gezamenlijke infosessies", "nog te bepalen", "?"),
        ("Planning van de bezoeken aan Luik doorsturen", "Benoît + Giulia", "volgende bijeenkomst"),
    ]:
        c = t.add_row().cells
        cell_lines(c[0], [wat])
        cell_lines(c[1], [wie])
        cell_lines(c[2], [tegen])

    p(doc)
    p(doc, "Volgende bijeenkomst: dinsdag 6 maart 2018 in Luik (onder voorbehoud).", bold=True, color=BLUE)
    save(doc, "649_netwerkdag-gent.docx")


# ---------------------------------------------------------------------------------------------
# 650 - Sanne Claes, OCMW Edegem, 2018, NL, initials + legend, no agenda
# ---------------------------------------------------------------------------------------------
def r650():
    doc = Document()
    base_font(doc, "Calibri", 11)
    header_footer(doc, ["OCMW Edegem"], "SC – verslag clusteroverleg", italic=False)
    p(doc, "Clusteroverleg AMIF Antwerpen – partners", bold=True, size=14)
    p(doc, "Verslag – donderdag 7 juni 2018 – OCMW Edegem, zaal De Schelde")
    par = doc.add_paragraph()
    runs(par, [("Aanwezig: ", {"b": True}),
               ("EP, TJ, WG (OCMW Antwerpen) – BW (Schoten) – SC, RM (Edegem) – GVdB (Mortsel) – PJM (POD MI)", {})])
    par = doc.add_paragraph()
    runs(par, [("Verontschuldigd: ", {"b": True}), ("IV (Schoten), DH (Mortsel)", {})])
    t = doc.add_table(rows=0, cols=2)
    for ini, name in [("EP", "Els Peeters"), ("TJ", "Tom Janssens"), ("WG", "Wouter Goossens"),
                      ("BW", "Bart Wouters"), ("SC", "Sanne Claes"), ("RM", "Ruben Mertens"),
                      ("GVdB", "Greet Van den Bossche"), ("PJM", "Pieter-Jan Maes"),
                      ("IV", "Ilse Verhaegen"), ("DH", "Dries Heylen")]:
        c = t.add_row().cells
        cell_lines(c[0], [ini], size=8)
        cell_lines(c[1], [name], size=8)

    def h(text):
        p(doc, text, bold=True, space_after=2)

    p(doc)
    h("1. Goedkeuring verslag vorig overleg")
    p(doc, "Verslag van 15/03 goedgekeurd zonder opmerkingen.")

    h("2. Stand van zaken per partner")
    h("2.1 Schoten")
    p(doc, "8 deelnemers in de groep, aanwezigheid goed (ca. 85 %). Twee mensen stoppen omdat ze werk gevonden "
           "hebben via art. 60.")
    par = doc.add_paragraph()
    runs(par, [("Actie BW: ", {"b": True}), ("bezorgt de aanwezigheidslijsten van mei aan TJ.", {})])
    h("2.2 Edegem")
    p(doc, "Groep van 6, allemaal vrouwen. Het lokaal in het dienstencentrum is te klein; we zoeken een "
           "alternatief voor september.")
    h("2.3 Mortsel")
    par = doc.add_paragraph()
    runs(par, [("Start was moeilijk (weinig doorverwijzingen). ", {}),
               ("[GVdB: cijfers Mortsel nog aanvullen]", {"hl": WD_COLOR_INDEX.YELLOW})])

    h("3. Doorverwijzing door de maatschappelijk werkers")
    p(doc, "De MW'ers kennen het project nog te weinig. Een korte voorstelling op het teamoverleg werkt beter "
           "dan een mail. TJ geeft aan dat Antwerpen hetzelfde probleem had in het begin.")
    par = doc.add_paragraph()
    runs(par, [("Actie SC + RM: ", {"b": True}),
               ("maken een korte flyer voor de sociale dienst, in eenvoudig Nederlands.", {})])
    par = doc.add_paragraph()
    runs(par, [("Actie Antwerpen: ", {"b": True}),
               ("organiseert in september een gezamenlijke opleiding voor de trajectbegeleiders.", {})])

    h("4. Financiële rapportering")
    p(doc, "PJM licht de nieuwe regels toe: personeelskosten per semester, met loonfiches. Het AMIF betaalt "
           "75 %, het POD MI 15 %, de rest draagt het OCMW.")
    par = doc.add_paragraph()
    runs(par, [("Actie POD MI: ", {"b": True}),
               ("stuurt het nieuwe rapporteringssjabloon door naar de vier OCMW's.", {})])
    par = doc.add_paragraph()
    runs(par, [("Actie alle OCMW's: ", {"b": True}),
               ("personeelskosten 1e semester doorgeven aan Antwerpen (EP) vóór 31/07.", {})])

    h("5. Varia")
    p(doc, "Infosessie over huisvesting gevraagd door de deelnemers in Schoten en Edegem.")
    par = doc.add_paragraph()
    runs(par, [("Actie ???: ", {"b": True}), ("infosessie huisvesting – spreker zoeken", {})])
    p(doc)
    p(doc, "Volgend overleg: 11/10 om 14u, OCMW Mortsel.", bold=True)
    save(doc, "650_clusteroverleg-edegem.docx")


# ---------------------------------------------------------------------------------------------
# 651 - Mathilde Coppens, CPAS Bruxelles, 2019, FR then full NL version
# ---------------------------------------------------------------------------------------------
def r651():
    doc = Document()
    base_font(doc, "Cambria", 11)
    header_footer(doc, ["CPAS de Bruxelles – OCMW Brussel", TAG_FR], "Réseau FAMI – 10/12/2019")
    p(doc, "Version provisoire – non encore validée par les participants", italic=True, color=RED, size=9)
    doc.add_heading("Rencontre du réseau FAMI – CPAS de Bruxelles", 0)
    p(doc, "Mardi 10 décembre 2019, rue Haute 298a, 1000 Bruxelles", bold=True)
    p(doc, "Interprétation consécutive FR-NL assurée par Mireille Kabongo.", italic=True)

    p(doc, "Présents :", bold=True, space_after=2)
    for line in ["Katrien Van Hoorebeke – SPP IS", "Samira Benali – SPP IS",
                 "Hanne Vermeersch – CPAS de Gand", "Lieselot Van Damme – CPAS de Gand",
                 "Fatoumata Diallo – CPAS de Liège", "Cédric Fraipont – CPAS de Liège",
                 "Ayşe Yilmaz – CPAS de Charleroi", "Jean-Marc Dufrasne – CPAS de Binche",
                 "Nadia Ouali – CPAS d'Anvers",
                 "Isabelle Vandenbroeck – CPAS de Bruxelles", "Olga Petrova – CPAS de Bruxelles",
                 "Mathilde Coppens – CPAS de Bruxelles", "Mireille Kabongo – interprète"]:
        p(doc, line, style="List Bullet")
    p(doc, "Excusés :", bold=True, space_after=2)
    for line in ["Benoît Lejeune – CPAS de Liège", "Tom Janssens – CPAS d'Anvers",
                 "Karim Haddouchi – CPAS de Bruxelles"]:
        p(doc, line, style="List Bullet")

    p(doc, "Ordre du jour :", bold=True, space_after=2)
    for line in ["10h00 - 10h15 : Accueil",
                 "10h15 - 11h00 : Présentation du projet bruxellois « Trait d'union »",
                 "11h00 - 12h00 : Les indicateurs communs et la collecte des données",
                 "12h00 - 13h00 : Lunch",
                 "13h00 - 14h30 : Atelier : l'enquête de satisfaction en plusieurs langues",
                 "14h30 - 15h00 : Divers et prochaine réunion"]:
        p(doc, line, space_after=0)

    doc.add_heading("1. Accueil", 1)
    p(doc, "Isabelle Vandenbroeck accueille le réseau au nom du CPAS de Bruxelles. C'est la première rencontre "
           "avec Samira, qui reprend le suivi des projets au SPP IS avec Katrien.")
    doc.add_heading("2. Le projet « Trait d'union »", 1)
    p(doc, "Olga présente le projet : 3 groupes de 10 femmes, ateliers de langue et de vie quotidienne, "
           "sorties mensuelles. La garderie reste indispensable. Difficulté : beaucoup d'abandons après le "
           "troisième mois, souvent pour des raisons de santé ou de logement.")
    doc.add_heading("3. Indicateurs communs et collecte des données", 1)
    p(doc, "Katrien rappelle que le SPP doit rassembler chaque année les chiffres des CPAS. Les CPAS ne "
           "transmettent pas de données nominatives : chaque CPAS reste responsable des données de ses "
           "participants.")
    p(doc, "Le SPP enverra aux CPAS le tableau des indicateurs communs avant le 15 janvier 2020.")
    p(doc, "Chaque CPAS désigne une personne de contact pour la collecte des données.")
    doc.add_heading("4. Atelier enquête de satisfaction", 1)
    p(doc, "En petits groupes, les CPAS ont reformulé les questions de l'enquête. Proposition retenue : "
           "des questions courtes, des pictogrammes, une version « facile à lire ».")
    p(doc, "Fatoumata et Cédric adaptent la version « facile à lire » de l'enquête et la partagent avec le réseau.")
    p(doc, "Le CPAS de Bruxelles fait traduire l'enquête en arabe et en russe.")
    doc.add_heading("5. Divers", 1)
    p(doc, "Organisation d'une visite d'échange à Anvers : responsable à désigner.")
    p(doc, "Prochaine réunion : mars 2020, à Liège (date à confirmer).", bold=True)

    doc.add_page_break()
    p(doc, "(Nederlandse versie)", italic=True, color=GREY, align=WD_ALIGN_PARAGRAPH.CENTER)
    p(doc, "Ontmoeting AMIF-netwerk – OCMW Brussel", bold=True, size=16)
    p(doc, "Dinsdag 10 december 2019, Hoogstraat 298a, 1000 Brussel", bold=True)
    p(doc, "Consecutieve vertaling FR-NL door Mireille Kabongo. Aanwezigen en agenda: zie Franse versie.",
      italic=True)
    doc.add_heading("1. Onthaal", 1)
    p(doc, "Isabelle Vandenbroeck verwelkomt het netwerk namens het OCMW Brussel. Het is de eerste bijeenkomst "
           "voor Samira, die samen met Katrien de opvolging van de projecten bij het POD MI overneemt.")
    doc.add_heading("2. Het project 'Trait d'union'", 1)
    p(doc, "Olga stelt het project voor: 3 groepen van 10 vrouwen, taal- en dagelijks-levenateliers, maandelijkse "
           "uitstappen. De kinderopvang blijft onmisbaar. Moeilijkheid: veel uitval na de derde maand, vaak door "
           "gezondheid of huisvesting.")
    doc.add_heading("3. Gemeenschappelijke indicatoren en gegevensverzameling", 1)
    p(doc, "Katrien herinnert eraan dat het POD elk jaar de cijfers van de OCMW's verzamelt. Er worden geen "
           "nominatieve gegevens doorgegeven.")
    p(doc, "Het POD stuurt de OCMW's de tabel met gemeenschappelijke indicatoren vóór 15 januari 2020.")
    p(doc, "Elk OCMW duidt een contactpersoon aan voor de gegevensverzameling.")
    doc.add_heading("4. Workshop tevredenheidsenquête", 1)
    p(doc, "In kleine groepen werden de vragen herschreven: korte vragen, pictogrammen, een versie in "
           "makkelijk lezen.")
    p(doc, "Fatoumata en Cédric passen de versie in makkelijk lezen aan en delen ze met het netwerk.")
    p(doc, "Het OCMW Brussel laat de enquête vertalen in het Arabisch en het Russisch.")
    doc.add_heading("5. Varia", 1)
    p(doc, "Uitwisselingsbezoek aan Antwerpen: verantwoordelijke nog aan te duiden.")
    p(doc, "Volgende bijeenkomst: maart 2020 in Luik (datum te bevestigen).", bold=True)
    save(doc, "651_reseau-bruxelles.docx")


# ---------------------------------------------------------------------------------------------
# 652 - Ilse Verhaegen, OCMW Schoten, 2020, NL, Zoom, letters, people table, no agenda
# ---------------------------------------------------------------------------------------------
def r652():
    doc = Document()
    base_font(doc, "Arial", 10)
    header_footer(doc, ["OCMW Schoten – sociale dienst"], None, italic=False)
    p(doc, "Verslag clusteroverleg AMIF (Zoom)", bold=True, size=13, color=GREEN)
    p(doc, "do 14 mei 2020 – 10u tot 11u45 – via Zoom (link verstuurd door Nadia)")
    p(doc, "Agenda: zie mail van Nadia van 7/5.", italic=True)
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, txt in zip(t.rows[0].cells, ["Naam", "OCMW", "aanwezig?"]):
        cell_lines(c, [txt], bold=True)
    for n, o, a in [("Els Peeters", "Antwerpen", "ja"), ("Nadia Ouali", "Antwerpen", "ja"),
                    ("Wouter Goossens", "Antwerpen", "verontschuldigd"),
                    ("Ilse Verhaegen", "Schoten", "ja (verslag)"), ("Bart Wouters", "Schoten", "ja"),
                    ("Sanne Claes", "Edegem", "ja"), ("Ruben Mertens", "Edegem", "verontschuldigd"),
                    ("Dries Heylen", "Mortsel", "ja"), ("Greet Van den Bossche", "Mortsel", "verontschuldigd"),
                    ("Pieter-Jan Maes", "POD MI", "ja")]:
        c = t.add_row().cells
        cell_lines(c[0], [n])
        cell_lines(c[1], [o])
        cell_lines(c[2], [a])
    p(doc)

    def h(text):
        p(doc, text, bold=True, underline=True, space_after=2)

    h("A. Hoe loopt het nu?")
    p(doc, "Sinds half maart geen groepsactiviteiten meer. Iedereen belt de deelnemers wekelijks op; in Antwerpen "
           "ook via WhatsApp-groepjes per module. Sommige deelnemers zijn niet meer bereikbaar.")
    p(doc, "Nadia checkt bij de POD of telefonische opvolging meetelt als begeleidingsmoment.")
    h("B. Groepsgrootte en hygiëne")
    p(doc, "Antwerpen mag vanaf 2 juni terug in kleine groepen: 4 + 1 (4 deelnemers en 1 begeleider). "
           "Misschien later 6 + 1, afhankelijk van de Nationale Veiligheidsraad. Mondmaskers en handgel voorzien "
           "door de OCMW's.")
    p(doc, "POD MI bezorgt richtlijn over de aanwezigheidsregistratie bij kleine groepen.")
    h("C. Digitale ondersteuning deelnemers")
    p(doc, "Veel deelnemers hebben enkel een smartphone. Schoten heeft 4 laptops van de gemeente kunnen lenen.")
    p(doc, "Elk OCMW houdt een lijst bij van deelnemers zonder laptop of wifi.")
    h("D. Rapportering AMIF")
    p(doc, "De rapportering Q1 is binnen, behalve Mortsel.")
    p(doc, "Mortsel bezorgt zijn cijfers Q1 nog aan Antwerpen.")
    p(doc, "(deel D nog na te kijken door Pieter-Jan)", italic=True, color=GREY)
    h("E. Rondvraag")
    p(doc, "Edegem: infosessies in juni gaan door in de tuin van het dienstencentrum als het weer meezit.")
    p(doc, "Planning infosessies juni doorsturen – Bart")
    p(doc)
    p(doc, "Volgend Zoom-overleg: donderdag 25 juni, 10u.", bold=True)
    p(doc, "Groetjes, Ilse")
    save(doc, "652_zoom-schoten.docx")


# ---------------------------------------------------------------------------------------------
# 653 - Valérie Hanotiau, CPAS Binche, 2021, FR, Webex, blue "1)" headings, "Qui fait quoi ?"
# ---------------------------------------------------------------------------------------------
def r653():
    doc = Document()
    base_font(doc, "Century Gothic", 10)
    header_footer(doc, ["CPAS de Binche – Partenariat FAMI avec le CPAS de Charleroi"], "page 1", italic=True)
    p(doc, "BROUILLON – Sophie, peux-tu relire le point 3 avant diffusion ?", bold=True, color=RED,
      highlight=WD_COLOR_INDEX.YELLOW)
    p(doc, "RÉUNION PARTENARIAT FAMI CHARLEROI – BINCHE", bold=True, size=13, color=BLUE)
    p(doc, "Jeudi 30 septembre 2021 – 14h00, par Webex", bold=True)

    p(doc, "Participants :", bold=True, underline=True)
    p(doc, "Pour le CPAS de Charleroi : Sophie Delvaux, Ayşe Yilmaz et Marie-Pierre Lambot.")
    p(doc, "Pour le CPAS de Binche : Jean-Marc Dufrasne et moi-même, Valérie Hanotiau.")
    p(doc, "Pour le SPP IS : Samira Benali (en début de réunion).")
    p(doc, "Excusé : Nordine Boukhari (CPAS de Charleroi).")

    p(doc, "Ordre du jour :", bold=True, underline=True)
    par = doc.add_paragraph()
    lines = ["14h00\tTour de table",
             "14h15 – 15h00\tReprise des modules en présentiel (6 + 1)",
             "15h00\tRecrutement via les antennes sociales de Binche",
             "15h30\tRapport annuel et indicateurs",
             "\tDivers"]
    for i, line in enumerate(lines):
        r = par.add_run(line)
        if i < len(lines) - 1:
            r.add_break()

    def h(text):
        p(doc, text, bold=True, color=BLUE, size=11, space_after=3)

    h("1) Tour de table")
    p(doc, "Chacun·e est reconnecté·e après l'été. À Binche, 7 participants sur 9 ont repris ; deux sont partis "
           "en formation ISP. Charleroi a recommencé les séances d'information le 13 septembre.")
    h("2) Reprise des modules en présentiel")
    p(doc, "Depuis septembre, les ateliers se font à 6 participants + 1 formateur (au lieu de 3 + 1 au printemps). "
           "Le masque reste obligatoire dans les locaux du CPAS. Les participants sont contents de se retrouver, "
           "mais certains ont peur des transports en commun.")
    h("3) Recrutement à Binche")
    p(doc, "Peu d'orientations par les AS de Binche depuis le Covid. Ayşe propose de refaire une présentation "
           "du projet aux équipes des antennes, comme Charleroi l'a fait en 2016. "
           "Les AS ne connaissent pas toujours la différence avec le PIIS.")
    h("4) Rapport annuel et indicateurs")
    p(doc, "Samira explique que, pour le nouveau programme 2021-2027, il faudra compter les participants par type "
           "d'activité (cours de langue, orientation civique, accompagnement). Pour 2021, on garde l'ancien "
           "modèle.")
    h("5) Divers")
    p(doc, "L'excursion à Bruxelles (Parlamentarium) est reportée au printemps.")

    p(doc, "Qui fait quoi ?", bold=True, underline=True)
    for line in ["Jean-Marc : envoie aux AS de Binche la fiche de présentation du projet.",
                 "Ayşe et Marie-Pierre : proposent deux dates pour une séance d'info commune à Binche.",
                 "SPP : confirme si les participants de Binche comptent dans les indicateurs de Charleroi.",
                 "CPAS de Charleroi : transmet le modèle de rapport annuel à Binche.",
                 "À désigner : quelqu'un pour animer l'atelier informatique à Binche (le formateur part en novembre)."]:
        p(doc, line, style="List Bullet")
    p(doc)
    p(doc, "Prochaine réunion : à fixer via Doodle, probablement fin novembre.", italic=True)
    p(doc, "Valérie")
    save(doc, "653_partenariat-binche.docx")


# ---------------------------------------------------------------------------------------------
# 654 - Fatoumata Diallo, CPAS Liège, 2022, FR + NL summary, hybrid, simultaneous interpretation
# ---------------------------------------------------------------------------------------------
def r654():
    doc = Document()
    base_font(doc, "Calibri", 11)
    header_footer(doc, [TAG_NL, TAG_FR], "CPAS de Liège – Mod' Actions")
    p(doc, "Rapport rencontre CPAS – réseau FAMI", bold=True, size=16, color=ORANGE)
    p(doc, "Mardi 22 mars 2022 – L'Échelle des Mots, Liège, et sur Teams", size=12)
    p(doc, "Réunion hybride. Interprétation simultanée FR/NL en salle et sur le canal Teams "
           "(Koen Dierickx et Anne-Sophie Maréchal).", italic=True)

    p(doc, "Présents en salle", bold=True, space_after=2)
    for line in ["CPAS de Liège : Benoît Lejeune, Cédric Fraipont, Giulia Russo, Fatoumata Diallo",
                 "CPAS de Gand : Hanne Vermeersch, Youssef El Amrani",
                 "CPAS de Charleroi : Sophie Delvaux",
                 "SPP IS : Samira Benali, Katrien Van Hoorebeke",
                 "Interprètes : Koen Dierickx, Anne-Sophie Maréchal"]:
        p(doc, line, style="List Bullet")
    p(doc, "Présents sur Teams", bold=True, space_after=2)
    for line in ["CPAS d'Anvers : Nadia Ouali",
                 "CPAS de Bruxelles : Olga Petrova, Mathilde Coppens",
                 "CPAS de Binche : Valérie Hanotiau"]:
        p(doc, line, style="List Bullet")
    p(doc, "Excusés", bold=True, space_after=2)
    p(doc, "Tom Janssens (Anvers), Jeroen De Clercq (Gand), Ayşe Yilmaz (Charleroi)", style="List Bullet")

    p(doc, "Ordre du jour", bold=True, space_after=2)
    for line in ["9h30 – 10h00 : Accueil café",
                 "10h00 – 10h45 : Deux ans de Covid : ce que nous gardons",
                 "10h45 – 12h00 : Règlement FAMI 2021-2027 : nouveaux indicateurs",
                 "12h00 – 13h00 : Repas à la ferme du CPAS",
                 "13h00 – 14h30 : Atelier : les contrats avec les participants",
                 "14h30 – 15h00 : Tour de table et clôture"]:
        p(doc, line, style="List Number")

    doc.add_heading("1. Accueil", 2)
    p(doc, "Benoît accueille les collègues, enfin de nouveau en présentiel pour une partie du réseau. "
           "Petit test technique : la salle entend bien les collègues sur Teams, et l'interprétation fonctionne "
           "des deux côtés.")
    doc.add_heading("2. Deux ans de Covid : ce que nous gardons", 2)
    p(doc, "Chaque CPAS cite ce qu'il garde de la période Covid :")
    for s in ["Gand : les groupes WhatsApp par module, pour prévenir des changements d'horaire ;",
              "Charleroi : les petits groupes (passés de 3 + 1 à 6 + 1) qui permettent plus d'échanges ;",
              "Liège : les appels individuels entre deux ateliers ;",
              "Bruxelles : un atelier « smartphone » pour les démarches en ligne."]:
        p(doc, s, style="List Bullet 2")
    doc.add_heading("3. Nouveaux indicateurs FAMI 2021-2027", 2)
    p(doc, "Samira présente les indicateurs communs du règlement (UE) 2021/1147 : nombre de participants aux "
           "activités de soutien (cours de langue, orientation civique, accompagnement professionnel), "
           "participants ayant progressé d'au moins un niveau du CECR, participants qui estiment que l'activité "
           "a aidé leur intégration.")
    par = doc.add_paragraph()
    runs(par, [("Question : un participant qui suit deux modules compte-t-il deux fois ? Réponse du SPP : non, "
                "une personne = un participant par type d'activité. ", {}),
               ("Samira, peux-tu vérifier le numéro de l'article ?", {"c": RED, "i": True})])
    p(doc, "Le SPP partagera la liste des indicateurs communs avec leur définition (règlement (UE) 2021/1147).")
    p(doc, "Chaque CPAS vérifie d'ici fin avril quelles données il récolte déjà.")
    doc.add_heading("4. Atelier contrats", 2)
    p(doc, "À Liège, trois contrats par participant : avec l'AS, avec moi pour l'entretien d'admission, et avec le "
           "responsable de chaque module. Gand fait un seul contrat, plus court, avec des pictogrammes. "
           "Discussion sur la ponctualité : sanction ou pas ? Pas de consensus.")
    p(doc, "Le CPAS de Gand partagera son modèle de contrat en néerlandais et en français.")
    p(doc, "Benoît et Cédric préparent pour la prochaine rencontre un atelier sur la ponctualité.")
    doc.add_heading("5. Tour de table", 2)
    p(doc, "Tout le monde est content de la formule hybride, même si les collègues sur Teams ont eu du mal à "
           "suivre l'atelier de l'après-midi.")
    p(doc, "Giulia envoie les photos de la journée à tous.")
    p(doc, "[Annexe : slides du SPP – à joindre]", color=GREY)
    p(doc, "Prochaine rencontre : le mardi 18 octobre 2022 à Anvers (en présentiel).", bold=True)

    doc.add_heading("Samenvatting in het Nederlands", 2)
    p(doc, "Hybride bijeenkomst in Luik met simultaanvertaling. Elk OCMW vertelde wat het na twee jaar Covid "
           "behoudt (WhatsApp-groepen, kleinere groepen, individuele opvolging). Het POD MI stelde de nieuwe "
           "gemeenschappelijke indicatoren voor. Gent deelt zijn contractmodel; Benoît en Cédric bereiden een "
           "workshop over stiptheid voor. Elk OCMW kijkt tegen eind april na welke gegevens het al verzamelt.")
    p(doc, "Volgende bijeenkomst: dinsdag 18 oktober 2022 in Antwerpen.")
    save(doc, "654_rencontre-liege.docx")


# ---------------------------------------------------------------------------------------------
# 655 - Nadia Ouali, OCMW Antwerpen, 2024, NL / FR alternating paragraphs, interpretation
# ---------------------------------------------------------------------------------------------
def r655():
    doc = Document()
    base_font(doc, "Segoe UI", 10)
    header_footer(doc, ["OCMW Antwerpen – AMIF", TAG_NL + " / " + TAG_FR], "Verslag / Rapport – 12.03.2024")
    doc.add_heading("Verslag netwerkbijeenkomst OCMW's – Rapport rencontre du réseau des CPAS", 0)
    p(doc, "Dinsdag 12 maart 2024 – Mardi 12 mars 2024", bold=True)
    p(doc, "Antwerpen, Lange Gasthuisstraat – Anvers", italic=True)

    par = doc.add_paragraph()
    runs(par, [("Aanwezig / Présents: ", {"b": True}),
               ("Nadia Ouali, Els Peeters, Wouter Goossens (OCMW Antwerpen); Bart Wouters (OCMW Schoten); "
                "Sanne Claes (OCMW Edegem); Dries Heylen (OCMW Mortsel); Lieselot Van Damme, Youssef El Amrani "
                "(OCMW Gent); Benoît Lejeune (CPAS Liège); Sophie Delvaux, Nordine Boukhari (CPAS Charleroi); "
                "Karim Haddouchi (CPAS Bruxelles); Samira Benali, Pieter-Jan Maes (POD MI); "
                "tolken / interprètes: Koen Dierickx, Mireille Kabongo; gastspreker / oratrice invitée: "
                "Hilde Vandevelde (Universiteit Antwerpen).", {})])
    par = doc.add_paragraph()
    runs(par, [("Verontschuldigd / Excusés: ", {"b": True}),
               ("Fatoumata Diallo (CPAS Liège), Olga Petrova (CPAS Bruxelles), Valérie Hanotiau (CPAS Binche).", {})])
    p(doc, "Simultaanvertaling vanuit de cabines – interprétation simultanée depuis les cabines.", italic=True,
      color=GREY)

    t = doc.add_table(rows=1, cols=2)
    t.style = "Light Grid Accent 1"
    cell_lines(t.rows[0].cells[0], ["Tijd / Heure"], bold=True)
    cell_lines(t.rows[0].cells[1], ["Onderwerp / Sujet"], bold=True)
    for tm, s in [("9u30", "Onthaal met koffie / Accueil café"),
                  ("10u", "Verwelkoming / Mot de bienvenue"),
                  ("10u15", "Het Antwerpse traject: intake en oriëntatiebalans / Le trajet anversois : intake et bilan d'orientation"),
                  ("11u30", "Gastspreker: meten wat werkt / Orateur invité : mesurer ce qui fonctionne"),
                  ("12u30", "Lunch"),
                  ("13u30", "Rondetafel bewaring en GDPR / Table ronde conservation des documents et RGPD"),
                  ("15u", "Afsluiting / Clôture")]:
        c = t.add_row().cells
        cell_lines(c[0], [tm])
        cell_lines(c[1], [s])

    def nl(text):
        p(doc, text)

    def fr(text):
        p(doc, text, italic=True, color=GREY)

    doc.add_heading("1. Verwelkoming / Mot de bienvenue", 1)
    nl("Els Peeters verwelkomt het netwerk in Antwerpen. Het is acht jaar geleden dat de eerste bijeenkomst "
       "plaatsvond; drie collega's van het eerste uur zijn er nog bij.")
    fr("Els Peeters souhaite la bienvenue au réseau à Anvers. La première rencontre a eu lieu il y a huit ans ; "
       "trois collègues de la première heure sont toujours là.")
    doc.add_heading("2. Het Antwerpse traject / Le trajet anversois", 1)
    nl("Wouter toont hoe de intake en de oriëntatiebalans nu verlopen: één intakegesprek, een balans met doelen, "
       "motivatie en drempels, en een voorstel van modules. De teamverantwoordelijke keurt de balans goed of "
       "stuurt ze terug.")
    fr("Wouter montre le déroulement de l'intake et du bilan d'orientation : un entretien, un bilan avec objectifs, "
       "motivation et obstacles, puis une proposition de modules. Le responsable d'équipe approuve le bilan ou le "
       "renvoie.")
    doc.add_heading("3. Meten wat werkt / Mesurer ce qui fonctionne", 1)
    nl("Hilde Vandevelde stelt haar onderzoek voor over zelfrapportering door deelnemers met een laag "
       "taalniveau. Tip: minder vragen, vaker bevragen, en altijd met een tolk of een intercultureel bemiddelaar.")
    fr("Hilde Vandevelde présente sa recherche sur l'auto-évaluation par des participants avec un faible niveau de "
       "langue. Conseil : moins de questions, plus souvent, et toujours avec un interprète ou un médiateur "
       "interculturel.")
    doc.add_heading("4. Bewaring van documenten en GDPR / Conservation des documents et RGPD", 1)
    nl("Pieter-Jan herinnert aan de regels: documenten van het project worden vijf jaar bewaard vanaf 31 december "
       "van het jaar van de laatste betaling; persoonsgegevens niet langer dan nodig. Een deelnemer mag vragen "
       "om alles in te zien wat over hem of haar bewaard wordt.")
    fr("Pieter-Jan rappelle les règles : les documents du projet sont conservés cinq ans à partir du 31 décembre de "
       "l'année du dernier paiement ; les données personnelles pas plus longtemps que nécessaire. Un participant "
       "peut demander à voir tout ce qui est conservé à son sujet.")
    doc.add_heading("5. Afspraken / Accords", 1)
    nl("Het POD MI stuurt een nota over de bewaartermijn naar alle OCMW's.")
    fr("Le SPP IS envoie une note sur le délai de conservation à tous les CPAS.")
    nl("Elk OCMW controleert welke deelnemersgegevens langer bewaard worden dan nodig.")
    fr("Chaque CPAS vérifie quelles données de participants sont conservées plus longtemps que nécessaire.")
    nl("Wouter en Bart werken een gezamenlijk sjabloon voor de oriëntatiebalans uit.")
    fr("Wouter et Bart élaborent un modèle commun de bilan d'orientation.")
    nl("Hilde Vandevelde bezorgt haar presentatie aan het POD MI.")
    fr("Hilde Vandevelde transmet sa présentation au SPP IS.")
    nl("OCMW Charleroi onderzoekt of een bezoek aan Antwerpen in het najaar mogelijk is.")
    fr("Le CPAS de Charleroi examine si une visite à Anvers est possible à l'automne.")
    nl("Vertaling van de nieuwe folder naar het Frans: nog te verdelen.")
    fr("Traduction du nouveau dépliant en français : encore à répartir.")
    p(doc)
    p(doc, "Volgende bijeenkomst / Prochaine rencontre: dinsdag 8 oktober 2024 / mardi 8 octobre 2024, "
           "Brussel / Bruxelles.", bold=True)
    save(doc, "655_netwerk-antwerpen.docx")


# ---------------------------------------------------------------------------------------------
# 656 - Greet Van den Bossche, OCMW Mortsel, 2026, NL + FR summary, hybrid
# ---------------------------------------------------------------------------------------------
def r656():
    doc = Document()
    base_font(doc, "Calibri", 11)
    header_footer(doc, ["OCMW Mortsel"], "Concept verslag netwerk AMIF 22/01/2026", italic=False)
    p(doc, "Concept – nog niet goedgekeurd door de deelnemers", italic=True, color=RED)
    p(doc, "Netwerkbijeenkomst AMIF – OCMW Mortsel", bold=True, size=15)
    p(doc, "Donderdag 22 januari 2026, 9u30-15u – Sociaal Huis Mortsel + Teams voor wie niet kon komen", bold=True)
    p(doc, "Geen tolk deze keer: de presentaties waren in het Nederlands, Samira heeft de vragen in het Frans "
           "samengevat.", italic=True)

    t = doc.add_table(rows=2, cols=2)
    t.style = "Table Grid"
    cell_lines(t.rows[0].cells[0], ["Aanwezig"], bold=True)
    cell_lines(t.rows[0].cells[1], ["Verontschuldigd"], bold=True)
    cell_lines(t.rows[1].cells[0], [
        "Greet Van den Bossche (Mortsel)", "Dries Heylen (Mortsel)", "Els Peeters (Antwerpen)",
        "Tom Janssens (Antwerpen)", "Ilse Verhaegen (Schoten)", "Ruben Mertens (Edegem)",
        "Hanne Vermeersch (Gent)", "Samira Benali (POD MI)", "Giulia Russo (Luik) – online",
        "Marie-Pierre Lambot (Charleroi) – online", "Isabelle Vandenbroeck (Brussel) – online"])
    cell_lines(t.rows[1].cells[1], ["Sanne Claes (Edegem)", "Jeroen De Clercq (Gent)", "Jean-Marc Dufrasne (Binche)"])

    p(doc)
    par = doc.add_paragraph()
    runs(par, [("Agenda: ", {"b": True}),
               ("terugblik op tien jaar netwerk – nieuwe tevredenheidsenquête – rapportering indicatoren 2025 – varia",
                {})])

    def h(num, title):
        par = doc.add_paragraph(style="Heading 2")
        par.add_run(num + "\t" + title)

    h("1", "Terugblik op tien jaar netwerk")
    p(doc, "Samira toont de eerste projectfiches van 2016. Sommige dingen blijven: intensief werken met de groep, "
           "de band tussen deelnemers. Nieuw sinds 2021: de gemeenschappelijke indicatoren en de rapportering per "
           "type activiteit.")
    p(doc, "TODO: foto groepsmoment invoegen", color=ORANGE, bold=True)
    h("2", "Nieuwe tevredenheidsenquête")
    p(doc, "De nieuwe enquête is korter (8 vragen), met pictogrammen, en beschikbaar in het Nederlands, Frans, "
           "Engels, Arabisch, Dari en Oekraïens. Luik en Charleroi vinden vraag 5 nog te abstract.")
    p(doc, "→ Samira stuurt de definitieve enquête in 6 talen door.")
    p(doc, "→ Alle OCMW's testen de enquête bij minstens tien deelnemers vóór eind maart.")
    h("3", "Rapportering indicatoren 2025")
    p(doc, "De cijfers 2025 zijn binnen voor iedereen behalve Binche. Vraag van Gent: hoe tellen we deelnemers die "
           "halverwege stoppen? Antwoord POD MI: ze tellen mee als deelnemer, niet voor de resultaatindicator.")
    p(doc, "→ POD MI: vraagt de Franse vertaling van het verslag aan.")
    h("4", "Varia")
    p(doc, "De gedeelde map van het netwerk staat nog op een oude server.")
    p(doc, "→ Dries en Els leggen een gedeelde map aan voor de netwerkdocumenten.")
    p(doc, "→ OCMW Brussel bekijkt of het de volgende bijeenkomst kan ontvangen.")
    p(doc, "→ Wie trekt de werkgroep 'eenvoudige taal'? Nog te bepalen.")
    p(doc)
    p(doc, "Volgende bijeenkomst: donderdag 23 april, in Brussel of online (te bevestigen).", bold=True)

    doc.add_page_break()
    par = doc.add_paragraph(style="Heading 2")
    par.add_run("Résumé en français")
    p(doc, "Réunion hybride à Mortsel, sans interprète. Retour sur dix ans de réseau ; la nouvelle enquête de "
           "satisfaction (8 questions, pictogrammes, 6 langues) sera testée par tous les CPAS auprès d'au moins "
           "dix participants avant fin mars. Les chiffres 2025 sont rentrés, sauf Binche. Le CPAS de Bruxelles "
           "examine s'il peut accueillir la prochaine réunion, le jeudi 23 avril.", italic=True)
    save(doc, "656_netwerk-mortsel.docx")


if __name__ == "__main__":
    for f in (r647, r648, r649, r650, r651, r652, r653, r654, r655, r656):
        f()
    print("done")
