# -*- coding: utf-8 -*-
"""Writer J: ten minutes of the AMIF/FAMI network of the SPP IS / POD MI and its CPAS/OCMW (107-116).

One function per report. Each function builds the .docx with python-docx the way its secretary
would in Word, and returns the expected dict typed by hand from the text of that report.
The expected JSON files are written only while expected.sha256 does not exist (frozen afterwards).
"""
import hashlib
import json
import os
import sys

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

TAG_FR = "Vers une politique de migration plus intégrée, grâce au FAMI"
TAG_NL = "Naar een geïntegreerd migratiebeleid, dankzij het AMIF"


# ----------------------------------------------------------------------------------------------
# small helpers (what a secretary does with the ribbon)
# ----------------------------------------------------------------------------------------------
def new_doc(font="Calibri", size=11, margins=(2.5, 2.5, 2.5, 2.5), heading_font=None, heading_color=None):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.append(rfonts)
    for k in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rfonts.set(qn(k), font)
    for hn in ("Heading 1", "Heading 2", "Heading 3", "Title"):
        hs = d.styles[hn]
        if heading_font:
            hs.font.name = heading_font
            r = hs.element.get_or_add_rPr()
            rf = r.find(qn("w:rFonts"))
            if rf is None:
                rf = OxmlElement("w:rFonts")
                r.append(rf)
            for k in list(rf.attrib):
                del rf.attrib[k]
            for k in ("w:ascii", "w:hAnsi", "w:cs"):
                rf.set(qn(k), heading_font)
        if heading_color:
            hs.font.color.rgb = RGBColor.from_string(heading_color)
    sec = d.sections[0]
    sec.top_margin, sec.bottom_margin, sec.left_margin, sec.right_margin = [Cm(x) for x in margins]
    return d


def R(text, b=False, i=False, u=False, color=None, size=None, font=None):
    return dict(text=text, b=b, i=i, u=u, color=color, size=size, font=font)


def add_runs(p, runs):
    for r in runs:
        if isinstance(r, str):
            r = R(r)
        run = p.add_run(r["text"])
        if r["b"]:
            run.bold = True
        if r["i"]:
            run.italic = True
        if r["u"]:
            run.underline = True
        if r["color"]:
            run.font.color.rgb = RGBColor.from_string(r["color"])
        if r["size"]:
            run.font.size = Pt(r["size"])
        if r["font"]:
            run.font.name = r["font"]
    return p


def P(d, *runs, style=None, align=None, after=None, before=None, indent=None, tabs=None, keep=False):
    p = d.add_paragraph(style=style)
    add_runs(p, runs)
    pf = p.paragraph_format
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "j":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if after is not None:
        pf.space_after = Pt(after)
    if before is not None:
        pf.space_before = Pt(before)
    if indent is not None:
        pf.left_indent = Cm(indent)
    if tabs:
        for t in tabs:
            pf.tab_stops.add_tab_stop(Cm(t))
    if keep:
        pf.keep_with_next = True
    return p


def H(d, text, level=1, color=None):
    h = d.add_heading(level=level)
    run = h.add_run(text)
    if color:
        run.font.color.rgb = RGBColor.from_string(color)
    return h


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def set_cell(cell, content, bold=False, italic=False, color=None, size=None, style=None):
    """content: str, or list of str / list of runs (one paragraph each)."""
    paras = content if isinstance(content, list) else [content]
    first = True
    for para in paras:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        if style:
            p.style = style
        first = False
        runs = para if isinstance(para, list) else [para]
        for r in runs:
            if isinstance(r, str):
                r = R(r, b=bold, i=italic, color=color, size=size)
            add_runs(p, [r])


def T(d, rows, style="Table Grid", widths=None, head_fill=None, head_bold=True, size=None, align_center=False):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    if style:
        t.style = d.styles[style]
    if align_center:
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for ri, row in enumerate(rows):
        for ci, val in enumerate(row):
            c = t.cell(ri, ci)
            set_cell(c, val, bold=(head_bold and ri == 0), size=size)
            if ri == 0 and head_fill:
                shade(c, head_fill)
    if widths:
        for row in t.rows:
            for ci, w in enumerate(widths):
                row.cells[ci].width = Cm(w)
    return t


def field(paragraph, instr, placeholder="1"):
    r1 = paragraph.add_run()
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), "begin")
    r1._r.append(fc)
    r2 = paragraph.add_run()
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " %s " % instr
    r2._r.append(it)
    r3 = paragraph.add_run()
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), "separate")
    r3._r.append(fc)
    paragraph.add_run(placeholder)
    r5 = paragraph.add_run()
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), "end")
    r5._r.append(fc)


def header(d, runs, align=None, border=False):
    p = d.sections[0].header.paragraphs[0]
    add_runs(p, runs)
    if align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if border:
        bottom_border(p)
    return p


def footer(d, runs, page=None, align=None, size=8):
    p = d.sections[0].footer.paragraphs[0]
    add_runs(p, runs)
    if page == "page":
        field(p, "PAGE")
    elif page == "pageof":
        field(p, "PAGE")
        p.add_run("/")
        field(p, "NUMPAGES")
    for r in p.runs:
        r.font.size = Pt(size)
    if align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def bottom_border(p, color="4F81BD"):
    pPr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), "6")
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    bdr.append(b)
    pPr.append(bdr)


def bullets(d, items, style="List Bullet", indent=None):
    out = []
    for it in items:
        runs = it if isinstance(it, list) else [it]
        out.append(P(d, *runs, style=style, indent=indent))
    return out


# ----------------------------------------------------------------------------------------------
# 107 - SPP IS (Sarah Van Hoof), 13 October 2016, kick-off at the SPP, FR/NL paragraph by paragraph
# ----------------------------------------------------------------------------------------------
def r107():
    d = new_doc("Arial", 10, margins=(2.0, 2.0, 2.0, 2.0), heading_font="Arial", heading_color="1F3864")
    header(d, [R("POD | Maatschappelijke Integratie", b=True, size=8), R("\t\t"),
               R("SPP | Intégration Sociale", b=True, size=8)])
    footer(d, [R(TAG_FR + " – " + TAG_NL + "\t", i=True)], page="page")
    NL = "595959"

    def fr_nl(fr, nl):
        P(d, fr, after=2, align="j")
        P(d, R(nl, i=True, color=NL), after=8, align="j")

    P(d, R("Rapport de la réunion de lancement du réseau FAMI", b=True, size=14), align="c", after=0)
    P(d, R("Verslag startvergadering AMIF-netwerk", b=True, size=14, color="1F3864"), align="c", after=6)
    P(d, R("13 octobre 2016 – 13 oktober 2016", b=True), align="c", after=0)
    P(d, "SPP Intégration Sociale, boulevard du Roi Albert II 30, 1000 Bruxelles (salle 7.12)", align="c", after=0)
    P(d, R("POD Maatschappelijke Integratie, Koning Albert II-laan 30, 1000 Brussel (zaal 7.12)", i=True, color=NL),
      align="c", after=10)

    P(d, R("Participants – Deelnemers", b=True), after=4)
    T(d, [
        ["Organisation / Organisatie", "Présents / Aanwezig", "Excusés / Verontschuldigd"],
        ["SPP IS / POD MI", "Marc Dujardin, Sarah Van Hoof, Julien Mathot", "–"],
        ["CPAS Gand / OCMW Gent", "Katrien Van Damme, Pieter De Wilde", "–"],
        ["CPAS Liège / OCMW Luik", "Nathalie Henrard, Karim Benali", "–"],
        ["CPAS Charleroi / OCMW Charleroi", "Sophie Delvaux", "Mehdi Ouali"],
        ["CPAS Anvers / OCMW Antwerpen", "Wouter Claes", "Nadia El Amrani"],
        ["CPAS Bruxelles / OCMW Brussel", "Amina El Khattabi", "–"],
        ["Interprètes / Tolken", "Griet Lenaerts, Hélène Carpentier", ""],
    ], widths=[5.0, 6.5, 4.5], head_fill="D9E2F3", size=9)
    P(d, R("Interprétation simultanée assurée par Griet Lenaerts et Hélène Carpentier. / "
           "Simultaanvertaling door Griet Lenaerts en Hélène Carpentier.", i=True, size=9), before=4, after=10)

    P(d, R("Ordre du jour – Agenda", b=True), after=4)
    T(d, [
        ["Heure / Uur", "Point / Punt"],
        ["09:30 – 10:00", "Accueil et café / Onthaal en koffie"],
        ["10:00 – 10:30", "Tour de table / Voorstellingsronde"],
        ["10:30 – 11:15", "Le FAMI et le rôle du SPP / Het AMIF en de rol van de POD"],
        ["11:15 – 11:30", "Pause / Pauze"],
        ["11:30 – 12:30", "Présentation des projets des CPAS / Voorstelling van de projecten van de OCMW's"],
        ["12:30 – 13:30", "Lunch"],
        ["13:30 – 14:30", "Fiche projet et rapportage / Projectfiche en rapportering"],
        ["14:30 – 15:00", "Fonctionnement du réseau et divers / Werking van het netwerk en varia"],
    ], widths=[3.0, 13.0], head_fill="D9E2F3", size=9)

    H(d, "I. Accueil et tour de table – Verwelkoming en voorstellingsronde", 1)
    fr_nl("Marc Dujardin souhaite la bienvenue aux participants au nom du SPP Intégration Sociale. Il rappelle "
          "que le réseau a été créé pour permettre aux cinq CPAS qui mènent un projet FAMI d'échanger leurs "
          "expériences, leurs outils et leurs difficultés, et pas seulement de rendre des comptes au SPP. Chaque "
          "participant se présente brièvement (fonction, rôle dans le projet).",
          "Marc Dujardin verwelkomt de deelnemers namens de POD Maatschappelijke Integratie. Hij herinnert eraan "
          "dat het netwerk werd opgericht om de vijf OCMW's met een AMIF-project de kans te geven ervaringen, "
          "instrumenten en moeilijkheden uit te wisselen, en niet alleen om verantwoording af te leggen aan de POD. "
          "Iedere deelnemer stelt zich kort voor (functie, rol in het project).")
    fr_nl("Les interprètes assurent la traduction simultanée pendant toute la journée ; les casques sont à "
          "rendre à l'accueil en fin de réunion.",
          "De tolken zorgen de hele dag voor simultaanvertaling; de koptelefoons worden na de vergadering aan "
          "het onthaal terugbezorgd.")

    H(d, "II. Le FAMI et le rôle du SPP – Het AMIF en de rol van de POD", 1)
    fr_nl("Julien Mathot présente le cadre du Fonds Asile, Migration et Intégration (programme national "
          "2014-2020). Les projets des CPAS s'adressent aux ressortissants de pays tiers (hors UE), en priorité "
          "aux primo-arrivants les plus éloignés de l'intégration : faible autonomie, dépendance de longue durée à "
          "l'aide sociale, facteurs de stress importants.",
          "Julien Mathot stelt het kader van het Asiel-, Migratie- en Integratiefonds voor (nationaal programma "
          "2014-2020). De projecten van de OCMW's richten zich tot onderdanen van derde landen (niet-EU), bij "
          "voorrang nieuwkomers die het verst van integratie staan: weinig zelfredzaamheid, langdurige "
          "afhankelijkheid van leefloon of steun, zware stressfactoren.")
    fr_nl("Financement : le FAMI couvre 75 % des frais de personnel éligibles, le SPP 15 % ; les 10 % restants "
          "sont à charge du CPAS. Le SPP suit les projets, rassemble les chiffres pour l'autorité responsable et "
          "organise le réseau.",
          "Financiering: het AMIF dekt 75 % van de subsidieerbare personeelskosten, de POD 15 %; de overige 10 % "
          "zijn ten laste van het OCMW. De POD volgt de projecten op, verzamelt de cijfers voor de verantwoordelijke "
          "autoriteit en organiseert het netwerk.")
    fr_nl("Question de Liège : les frais d'interprétation (médiateurs interculturels, interprètes sociaux) "
          "sont-ils éligibles ? Le SPP n'a pas de réponse définitive aujourd'hui (voir points d'action).",
          "Vraag van Luik: zijn tolkkosten (interculturele bemiddelaars, sociaal tolken) subsidieerbaar? De POD "
          "heeft vandaag nog geen definitief antwoord (zie actiepunten).")

    H(d, "III. Présentation des projets – Voorstelling van de projecten", 1)
    fr_nl("Chaque CPAS présente son projet en dix minutes. Les présentations sont jointes en annexe (sauf "
          "Bruxelles, voir NB).",
          "Elk OCMW stelt zijn project in tien minuten voor. De presentaties zitten in bijlage (behalve Brussel, "
          "zie NB).")
    bullets(d, [
        [R("Gand : ", b=True), "trajet individuel avec un accompagnateur de trajet, combiné à des activités "
         "collectives d'activation sociale ; les médiateurs interculturels jouent le rôle d'interprètes sociaux."],
        [R("Liège (Mod' Actions) : ", b=True), "entretien d'admission, analyse des besoins et bilan d'orientation, "
         "puis orientation vers un module collectif (faibles compétences linguistiques, compétences avancées, "
         "atelier créatif, atelier informatique)."],
        [R("Charleroi (Activ'Up) : ", b=True), "fonctionnement par modules de septembre à juin ; coaching "
         "individuel tous les quinze jours, ateliers découvertes et séances d'information hebdomadaires, "
         "coaching collectif mensuel."],
        [R("Anvers : ", b=True), "projet en démarrage ; une collaboration avec des CPAS voisins (Schoten, "
         "Edegem, Mortsel) est à l'étude."],
        [R("Bruxelles : ", b=True), "accompagnement individuel et sorties socioculturelles mensuelles, en lien "
         "avec les cours de français des partenaires."],
    ])
    bullets(d, [
        [R("Gent: ", b=True, color=NL), R("individueel traject met een trajectbegeleider, gecombineerd met "
         "collectieve activiteiten rond sociale activering; de interculturele bemiddelaars treden op als sociaal "
         "tolk.", i=True, color=NL)],
        [R("Luik (Mod' Actions): ", b=True, color=NL), R("intakegesprek, behoefteanalyse en oriëntatiebalans, "
         "daarna toeleiding naar een collectieve module (zeer beperkte taalvaardigheid, gevorderde taalvaardigheid, "
         "creatief atelier, computeratelier).", i=True, color=NL)],
        [R("Charleroi (Activ'Up): ", b=True, color=NL), R("werking in modules van september tot juni; individuele "
         "coaching om de twee weken, wekelijkse ontdekkingsateliers en infosessies, maandelijkse groepscoaching.",
         i=True, color=NL)],
        [R("Antwerpen: ", b=True, color=NL), R("project in opstart; een samenwerking met buurgemeenten (Schoten, "
         "Edegem, Mortsel) wordt onderzocht.", i=True, color=NL)],
        [R("Brussel: ", b=True, color=NL), R("individuele begeleiding en maandelijkse socioculturele uitstappen, "
         "in samenhang met de Franse lessen van de partners.", i=True, color=NL)],
    ])
    P(d, R("NB : la présentation du CPAS de Bruxelles doit encore être ajoutée en annexe / de presentatie van "
           "het OCMW Brussel moet nog als bijlage worden toegevoegd.", b=True, size=9), before=4, after=8)

    H(d, "IV. Fiche projet et rapportage – Projectfiche en rapportering", 1)
    fr_nl("Sarah Van Hoof présente le modèle de fiche projet : personne de contact, objectif principal, groupe "
          "cible (à cocher), méthode de recrutement, parties du projet (axes et modules, individuels ou collectifs), "
          "au moins trois sous-objectifs par module, coûts en ETP et type de financement, aspects pratiques, "
          "facteurs de succès, partenaires, évaluation des participants.",
          "Sarah Van Hoof stelt het sjabloon van de projectfiche voor: contactpersoon, hoofddoelstelling, "
          "doelgroep (aan te vinken), rekruteringsmethode, onderdelen van het project (assen en modules, individueel "
          "of collectief), minstens drie subdoelstellingen per module, kosten in VTE en soort financiering, "
          "praktische aspecten, succesfactoren, partners, evaluatie van de deelnemers.")
    fr_nl("Plusieurs CPAS trouvent la rubrique « sous-objectifs » difficile à remplir pour les modules "
          "individuels. Le SPP accepte des sous-objectifs formulés par axe pour le coaching individuel.",
          "Verschillende OCMW's vinden de rubriek 'subdoelstellingen' moeilijk in te vullen voor de individuele "
          "modules. De POD aanvaardt subdoelstellingen per as voor de individuele coaching.")

    H(d, "V. Fonctionnement du réseau – Werking van het netwerk", 1)
    fr_nl("Le réseau se réunira deux à trois fois par an, chaque fois dans un autre CPAS. Le CPAS hôte propose "
          "une visite ou une méthodologie ; le SPP rédige le rapport en français et en néerlandais. Chacun parle "
          "sa langue ; les participants souhaitent que l'interprétation soit prévue à chaque rencontre, dans la "
          "mesure du budget.",
          "Het netwerk komt twee tot drie keer per jaar samen, telkens in een ander OCMW. Het gastOCMW stelt een "
          "bezoek of een methodiek voor; de POD schrijft het verslag in het Frans en in het Nederlands. Iedereen "
          "spreekt zijn eigen taal; de deelnemers wensen dat er op elke bijeenkomst vertaling voorzien wordt, "
          "voor zover het budget dat toelaat.")

    H(d, "VI. Divers – Varia", 1)
    fr_nl("Sophie Delvaux invite les collègues à venir voir une journée d'Activ'Up à Charleroi. Karim Benali "
          "signale que la liste d'attente de Mod' Actions dépasse trente personnes.",
          "Sophie Delvaux nodigt de collega's uit om een dag Activ'Up in Charleroi te komen bekijken. Karim Benali "
          "meldt dat de wachtlijst van Mod' Actions meer dan dertig personen telt.")

    H(d, "VII. Points d'action – Actiepunten", 1)
    T(d, [
        ["Qui / Wie", "Quoi / Wat", "Quand / Wanneer"],
        ["SPP IS / POD MI", ["Envoyer la présentation et le modèle de fiche projet à tous les CPAS.",
                             R("De presentatie en het sjabloon van de projectfiche naar alle OCMW's sturen.", i=True)],
         "fin octobre / eind oktober"],
        ["Chaque CPAS / Elk OCMW", ["Compléter la fiche projet et la renvoyer au SPP.",
                                   R("De projectfiche invullen en terugsturen naar de POD.", i=True)],
         "30/11/2016"],
        ["Julien Mathot", ["Vérifier auprès de l'autorité responsable si les frais d'interprétation sont éligibles.",
                           R("Bij de verantwoordelijke autoriteit nagaan of tolkkosten subsidieerbaar zijn.", i=True)],
         "novembre / november"],
        ["Katrien Van Damme", ["Proposer deux dates pour la prochaine réunion à Gand.",
                               R("Twee data voorstellen voor de volgende vergadering in Gent.", i=True)],
         "fin novembre / eind november"],
        ["Nathalie Henrard et Sophie Delvaux", [
            "Préparer une courte présentation des outils d'orientation (bilan d'orientation, coaching).",
            R("Een korte voorstelling van de oriëntatie-instrumenten voorbereiden (oriëntatiebalans, coaching).",
              i=True)], "prochaine réunion / volgende vergadering"],
        ["À définir / Nog te bepalen", ["Traduire le questionnaire de satisfaction en néerlandais et en arabe.",
                                        R("De tevredenheidsvragenlijst vertalen naar het Nederlands en het Arabisch.",
                                          i=True)], "2017"],
        ["SPP IS / POD MI", ["Diffuser la liste des contacts du réseau.",
                             R("De contactlijst van het netwerk verspreiden.", i=True)], "fin octobre / eind oktober"],
    ], widths=[4.0, 9.0, 3.0], head_fill="D9E2F3", size=9)

    P(d, R("Prochaine réunion – Volgende vergadering : février 2017, CPAS de Gand (date à confirmer) – februari "
           "2017, OCMW Gent (datum te bevestigen)", b=True), before=10)
    P(d, R("Rapport : Sarah Van Hoof (SPP IS) – Verslag: Sarah Van Hoof (POD MI)", i=True, size=8), before=6)

    exp = {
        "file": "107_lancement_reseau_spp.docx",
        "languages": ["fr", "nl"],
        "online": False,
        "interpretation": True,
        "date": "2016-10-13",
        "people": [
            ["Marc Dujardin", "Present", "SPP"],
            ["Sarah Van Hoof", "Present", "SPP"],
            ["Julien Mathot", "Present", "SPP"],
            ["Katrien Van Damme", "Present", "GENT"],
            ["Pieter De Wilde", "Present", "GENT"],
            ["Nathalie Henrard", "Present", "LIEGE"],
            ["Karim Benali", "Present", "LIEGE"],
            ["Sophie Delvaux", "Present", "CHARLEROI"],
            ["Wouter Claes", "Present", "ANTWERPEN"],
            ["Amina El Khattabi", "Present", "BRUXELLES"],
            ["Griet Lenaerts", "Present", None],
            ["Hélène Carpentier", "Present", None],
            ["Mehdi Ouali", "Excused", "CHARLEROI"],
            ["Nadia El Amrani", "Excused", "ANTWERPEN"],
        ],
        "agenda": [
            ["09:30", "10:00", "Accueil et café / Onthaal en koffie"],
            ["10:00", "10:30", "Tour de table / Voorstellingsronde"],
            ["10:30", "11:15", "Le FAMI et le rôle du SPP / Het AMIF en de rol van de POD"],
            ["11:15", "11:30", "Pause / Pauze"],
            ["11:30", "12:30", "Présentation des projets des CPAS / Voorstelling van de projecten van de OCMW's"],
            ["12:30", "13:30", "Lunch"],
            ["13:30", "14:30", "Fiche projet et rapportage / Projectfiche en rapportering"],
            ["14:30", "15:00", "Fonctionnement du réseau et divers / Werking van het netwerk en varia"],
        ],
        "headings": [
            ["I", "Accueil et tour de table – Verwelkoming en voorstellingsronde"],
            ["II", "Le FAMI et le rôle du SPP – Het AMIF en de rol van de POD"],
            ["III", "Présentation des projets – Voorstelling van de projecten"],
            ["IV", "Fiche projet et rapportage – Projectfiche en rapportering"],
            ["V", "Fonctionnement du réseau – Werking van het netwerk"],
            ["VI", "Divers – Varia"],
            ["VII", "Points d'action – Actiepunten"],
        ],
        "actions": [
            ["SPP", [], None, "Envoyer la présentation et le modèle de fiche projet"],
            ["CPAS", [], None, "Compléter la fiche projet et la renvoyer"],
            ["Network Contact", ["Julien Mathot"], None, "Vérifier auprès de l'autorité responsable si"],
            ["Network Contact", ["Katrien Van Damme"], None, "Proposer deux dates pour la prochaine réunion"],
            ["Several Network Contacts", ["Nathalie Henrard", "Sophie Delvaux"], None,
             "Préparer une courte présentation des outils d'orientation"],
            ["To Be Assigned", [], None, "Traduire le questionnaire de satisfaction en néerlandais"],
            ["SPP", [], None, "Diffuser la liste des contacts du réseau"],
        ],
        "next_meeting": {"date": None,
                         "text": "Prochaine réunion – Volgende vergadering : février 2017, CPAS de Gand (date à "
                                 "confirmer) – februari 2017, OCMW Gent (datum te bevestigen)"},
        "remarks": ["NB : la présentation du CPAS de Bruxelles doit encore être ajoutée en annexe / de presentatie "
                    "van het OCMW Brussel moet nog als bijlage worden toegevoegd."],
    }
    return d, exp


# ----------------------------------------------------------------------------------------------
# 108 - OCMW Gent (Katrien Van Damme), 16 February 2017, in Gent, NL only
# ----------------------------------------------------------------------------------------------
def r108():
    d = new_doc("Calibri", 11, heading_font="Calibri", heading_color="2E74B5")
    header(d, [R("OCMW Gent – AMIF-project 'Samen op Weg'", size=8, color="7F7F7F")], align="r")
    footer(d, [R("Verslag netwerkvergadering AMIF 16/02/2017 – pagina ")], page="page", align="r")

    P(d, R("Verslag AMIF-netwerkvergadering", b=True, size=16, color="2E74B5"), after=6)
    P(d, R("Datum: ", b=True), "donderdag 16 februari 2017, 9u30 – 15u30", after=0)
    P(d, R("Plaats: ", b=True), "OCMW Gent, Onderbergen 86, 9000 Gent (zaal Leie, 3e verdieping)", after=0)
    P(d, R("Verslag: ", b=True), "Katrien Van Damme", after=8)

    P(d, R("Aanwezig:", b=True), after=2)
    bullets(d, [
        "Sarah Van Hoof (SVH) – POD MI",
        "Katrien Van Damme (KVD) – OCMW Gent",
        "Pieter De Wilde (PDW) – OCMW Gent",
        "Yasmina Bouzid (YB) – OCMW Gent",
        "Nathalie Henrard (NH) – OCMW Luik",
        "Karim Benali (KB) – OCMW Luik",
        "Sophie Delvaux (SD) – OCMW Charleroi",
        "Wouter Claes (WC) – OCMW Antwerpen",
    ])
    P(d, R("Verontschuldigd: ", b=True), "Julien Mathot (POD MI), Amina El Khattabi (OCMW Brussel)", before=4, after=8)

    P(d, R("Agenda", b=True), after=2)
    for line in ["9u30\tOnthaal en koffie", "10u00\tVoorstelling traject OCMW Gent", "11u00\tStand van zaken per OCMW",
                 "12u30\tBroodjeslunch", "13u15\tBezoek aan de groepswerking (wijkcentrum Brugse Poort)",
                 "14u30\tProjectfiche en rapportering", "15u15\tVaria en afspraken"]:
        P(d, line, tabs=[2.0], after=0)

    H(d, "1. Welkom", 1)
    P(d, "Katrien heet iedereen welkom in Gent. Het is de eerste netwerkvergadering sinds de startdag bij de POD "
         "in oktober. Iedereen heeft intussen zijn projectfiche ingediend, behalve Antwerpen (wacht nog op "
         "goedkeuring van het vast bureau).")

    H(d, "2. Voorstelling traject OCMW Gent", 1)
    H(d, "2.1 Intake en trajectbegeleiding", 2)
    P(d, "Deelnemers worden aangemeld door de maatschappelijk werkers van de sociale dienst. Pieter doet het "
         "intakegesprek: traject tot nu, verwachtingen, motivatie, drempels (kinderopvang, mobiliteit, gezondheid). "
         "Op basis daarvan maakt hij samen met de deelnemer een trajectplan. Daarna volgt om de twee weken een "
         "individueel gesprek.")
    P(d, "Vraag van NH: wie beslist over de toelating? In Gent keurt de teamverantwoordelijke het trajectplan goed; "
         "als er info ontbreekt gaat het terug naar de trajectbegeleider. In Luik gebeurt dat op het teamoverleg.")
    H(d, "2.2 Groepswerking en interculturele bemiddeling", 2)
    P(d, "Twee keer per week groepswerking in het wijkcentrum: Nederlands oefenen in de praktijk, info over wonen, "
         "onderwijs, gezondheidszorg, één keer per maand een uitstap. Yasmina werkt als interculturele bemiddelaar "
         "(Arabisch, Berbers) en vertaalt waar nodig tijdens de intake. Groepen van max. 12.")
    P(d, "Sterk: vertrouwen dankzij de bemiddelaar, vaste groep. Moeilijk: deelnemers die afhaken na een "
         "werkaanbieding of verhuis, en de administratie rond aanwezigheden.")

    H(d, "3. Stand van zaken per OCMW", 1)
    bullets(d, [
        [R("Luik: ", b=True), "42 deelnemers ingeschreven sinds september, wachtlijst van ongeveer 30 personen. "
         "Nieuw computeratelier vanaf maart."],
        [R("Charleroi: ", b=True), "module 2 loopt sinds september 2016. Van de 199 uitgenodigden kwamen er 60 naar "
         "de infosessie (30 %). Rekrutering loopt opnieuw via de antennes sociales."],
        [R("Antwerpen: ", b=True), "eerste groep start in april, aanwerving trajectbegeleider lopende."],
        [R("Gent: ", b=True), "35 deelnemers in traject, 18 in de groepswerking."],
        [R("Brussel: ", b=True), "niet aanwezig, geen stand van zaken ontvangen."],
    ])
    P(d, R("Opmerking: cijfers Antwerpen nog aan te vullen.", i=True), before=4)

    H(d, "4. Bezoek groepswerking Brugse Poort", 1)
    P(d, "Na de lunch bezoek aan het wijkcentrum. De deelnemers hadden een korte voorstelling voorbereid in het "
         "Nederlands, met foto's van de uitstappen. Positieve reacties van de collega's, vooral over de sfeer in de "
         "groep en de rol van de bemiddelaar.")

    H(d, "5. Projectfiche en rapportering", 1)
    P(d, "SVH licht de rapportering toe: jaarlijks rapport met aantallen deelnemers per module, aanwezigheden en "
         "resultaten. Minstens drie subdoelstellingen per module blijft de regel. Kosten in VTE: graag de "
         "verdeling per functie vermelden (bv. 1 VTE trajectbegeleider + 2 x 0,5 VTE bemiddelaar).")
    P(d, "Vraag uit Gent en Luik of de kosten van tolken subsidieerbaar zijn: nog steeds geen antwoord van de "
         "verantwoordelijke autoriteit.")

    H(d, "6. Varia", 1)
    P(d, "Sophie stelt voor om op de volgende vergadering een vorming rond de oriëntatiebalans te doen samen met "
         "Luik. Iedereen akkoord.")
    P(d, "WC vraagt of partner-OCMW's mee aan tafel mogen komen. SVH: ja, als ze deel uitmaken van het project.")

    H(d, "7. Afspraken en actiepunten", 1)
    bullets(d, [
        "KVD: verslag en presentaties rondsturen naar alle deelnemers",
        "SVH: navragen bij de verantwoordelijke autoriteit of tolkkosten subsidieerbaar zijn",
        "NH + SD: vorming rond de oriëntatiebalans voorbereiden voor de volgende bijeenkomst",
        "Alle OCMW's: aantal deelnemers per module doorgeven aan de POD (tegen 15 maart)",
        "WC: contact opnemen met Schoten, Edegem en Mortsel over een mogelijk partnerschap",
        "PDW: foto's van de groepswerking delen (enkel met toestemming van de deelnemers!)",
    ])
    P(d, R("Volgende bijeenkomst: donderdag 29 juni 2017 in Charleroi (OCMW Charleroi, Service Action Migrants).",
           b=True), before=10)

    exp = {
        "file": "108_netwerk_gent.docx",
        "languages": ["nl"],
        "online": False,
        "interpretation": False,
        "date": "2017-02-16",
        "people": [
            ["Sarah Van Hoof", "Present", "SPP"],
            ["Katrien Van Damme", "Present", "GENT"],
            ["Pieter De Wilde", "Present", "GENT"],
            ["Yasmina Bouzid", "Present", "GENT"],
            ["Nathalie Henrard", "Present", "LIEGE"],
            ["Karim Benali", "Present", "LIEGE"],
            ["Sophie Delvaux", "Present", "CHARLEROI"],
            ["Wouter Claes", "Present", "ANTWERPEN"],
            ["Julien Mathot", "Excused", "SPP"],
            ["Amina El Khattabi", "Excused", "BRUXELLES"],
        ],
        "agenda": [
            ["09:30", "", "Onthaal en koffie"],
            ["10:00", "", "Voorstelling traject OCMW Gent"],
            ["11:00", "", "Stand van zaken per OCMW"],
            ["12:30", "", "Broodjeslunch"],
            ["13:15", "", "Bezoek aan de groepswerking (wijkcentrum Brugse Poort)"],
            ["14:30", "", "Projectfiche en rapportering"],
            ["15:15", "", "Varia en afspraken"],
        ],
        "headings": [
            ["1", "Welkom"],
            ["2", "Voorstelling traject OCMW Gent"],
            ["2.1", "Intake en trajectbegeleiding"],
            ["2.2", "Groepswerking en interculturele bemiddeling"],
            ["3", "Stand van zaken per OCMW"],
            ["4", "Bezoek groepswerking Brugse Poort"],
            ["5", "Projectfiche en rapportering"],
            ["6", "Varia"],
            ["7", "Afspraken en actiepunten"],
        ],
        "actions": [
            ["Network Contact", ["Katrien Van Damme"], None, "verslag en presentaties rondsturen naar alle deelnemers"],
            ["Network Contact", ["Sarah Van Hoof"], None, "navragen bij de verantwoordelijke autoriteit of tolkkosten"],
            ["Several Network Contacts", ["Nathalie Henrard", "Sophie Delvaux"], None,
             "vorming rond de oriëntatiebalans voorbereiden"],
            ["CPAS", [], None, "aantal deelnemers per module doorgeven aan de POD"],
            ["Network Contact", ["Wouter Claes"], None, "contact opnemen met Schoten, Edegem en Mortsel"],
            ["Network Contact", ["Pieter De Wilde"], None, "foto's van de groepswerking delen"],
        ],
        "next_meeting": {"date": "2017-06-29",
                         "text": "Volgende bijeenkomst: donderdag 29 juni 2017 in Charleroi (OCMW Charleroi, "
                                 "Service Action Migrants)."},
        "remarks": ["Opmerking: cijfers Antwerpen nog aan te vullen."],
    }
    return d, exp


# ----------------------------------------------------------------------------------------------
# 109 - CPAS de Charleroi (Sophie Delvaux), 29 June 2017, at Charleroi, FR only
# ----------------------------------------------------------------------------------------------
def r109():
    d = new_doc("Arial", 10, margins=(2.0, 2.0, 2.2, 2.2))
    header(d, [R("CPAS de Charleroi – Service Action Migrants", size=8), R("\t\t"), R("Réseau FAMI", size=8, i=True)])
    footer(d, [R("PV réunion réseau FAMI – 29/06/2017 – p. ")], page="page", align="c")

    def titre(t):
        P(d, R(t, b=True, u=True), before=10, after=4, keep=True)

    P(d, R("CPAS DE CHARLEROI – SERVICE ACTION MIGRANTS", b=True, size=11), align="c", after=2)
    P(d, R("PROCÈS-VERBAL DE LA RÉUNION DU RÉSEAU FAMI", b=True, size=12), align="c", after=2)
    P(d, "Jeudi 29 juin 2017 – Boulevard Joseph II 13, 6000 Charleroi (salle du 2e étage)", align="c", after=12)

    P(d, R("Étaient présents : ", b=True),
      "pour le SPP Intégration Sociale, Sarah Van Hoof et Julien Mathot ; pour le CPAS de Gand, Katrien Van Damme "
      "et Yasmina Bouzid ; pour le CPAS de Liège, Nathalie Henrard et Karim Benali ; pour le CPAS de Bruxelles, "
      "Amina El Khattabi ; pour le CPAS de Binche, Véronique Hallet ; pour le CPAS de Charleroi, Sophie Delvaux, "
      "Mehdi Ouali et Anne-Françoise Dethier.", align="j")
    P(d, R("Excusés : ", b=True), "Wouter Claes (CPAS d’Anvers) et Pieter De Wilde (CPAS de Gand).")

    titre("A. Accueil et ordre du jour")
    P(d, "Sophie Delvaux accueille les participants au nom du Service Action Migrants et remercie le SPP pour "
         "l’organisation de cette rencontre. L’ordre du jour proposé est accepté : accueil et café (9h30), "
         "présentation du projet Activ’Up (10h00), mobilisation du public et recrutement (11h00), dîner (12h30), "
         "outils d’évaluation et enquête de satisfaction (13h30), divers (15h00).", align="j")

    titre("B. Présentation d’Activ’Up")
    P(d, "Le Service Action Migrants s’adresse à toute personne étrangère ou d’origine étrangère qui réside sur le "
         "territoire de Charleroi. Ses missions : accueil, information, intégration et activation sociale. Les "
         "participants d’Activ’Up sont prioritaires pour les cours de FLE organisés par le service via le subside "
         "PCS (Région wallonne).", align="j")
    P(d, "Activ’Up fonctionne par modules de septembre à juin (module 1 : sept. 2015 – juin 2016 ; module 2 : "
         "sept. 2016 – juin 2017 ; le module 3 démarre en septembre). Le projet repose sur trois axes :", align="j")
    bullets(d, [
        [R("individuel", i=True), " : coaching régulier autour du projet de vie de la personne (un rendez-vous tous "
         "les quinze jours) ;"],
        [R("collectif", i=True), " : ateliers découvertes (1x/semaine : informatique, sport, photo, mobilier en "
         "carton…), séance d’information « se débrouiller en Belgique » (1x/semaine), coaching collectif (1x/mois) "
         "et sorties socioculturelles ;"],
        [R("suivi social", i=True), " : rendez-vous à la demande."],
    ])
    P(d, "Anne-Françoise Dethier montre un exemple de semaine :", before=4)
    T(d, [
        ["Lundi", "Mardi", "Mercredi", "Jeudi", "Vendredi"],
        ["Cours de FLE (PCS)", "Atelier carton / informatique", "Cours de FLE (PCS)",
         "Séance d’info « se débrouiller en Belgique »", "Coaching collectif"],
        ["", "Atelier sport", "Suivi social sur RDV", "Coaching individuel", ""],
    ], size=8, head_fill="E7E6E6")
    P(d, "Ce qui marche selon l’équipe : le travail intensif (les participants sont là presque tous les jours), les "
         "liens qui se créent avec les agents et entre participants, et l’esprit de groupe en fin de module ; "
         "certains sont alors prêts à aller vers l’ISP.", before=6, align="j")

    titre("C. Mobilisation du public")
    P(d, "Mehdi Ouali explique le travail de mobilisation, qu’il juge « primordial ». Le projet a été présenté aux "
         "antennes sociales (directeur, managers, travailleurs de première ligne). Un listing de bénéficiaires "
         "potentiels a été établi avec l’observatoire local du CPAS : plus de 1000 personnes répertoriées pour les "
         "modules 1 et 2. Les assistantes sociales en ont retenu 315 pour le module 1 et 199 pour le module 2.",
      align="j")
    P(d, "Présence aux séances d’information : 110 personnes sur 315 invitées (35 %) pour le module 1, 60 sur 199 "
         "(30 %) pour le module 2.", align="j")
    P(d, "Liège ne travaille pas avec un listing : les inscriptions se font à tout moment via les AS. À Gand, les "
         "maatschappelijk werkers orientent les personnes une par une. Binche compte 12 participants dans le "
         "module 2, recrutés par l’antenne sociale.", align="j")
    P(d, "Mehdi enverra le canevas de la séance d’information à tous les CPAS. Véronique Hallet va transmettre les "
         "chiffres de Binche à Sophie pour le rapport annuel. Sophie et Mehdi rédigeront une fiche « bonnes "
         "pratiques » sur le listing pour la prochaine réunion.", align="j")

    titre("D. Outils d’évaluation et enquête de satisfaction")
    P(d, "Chaque participant remplit une enquête de satisfaction par module. Constat partagé : le questionnaire est "
         "trop abstrait pour notre public (« autonomie », « intégration », « compétences ») et n’existe qu’en "
         "français et en néerlandais. Yasmina Bouzid remarque qu’à Gand les médiateurs doivent presque tout "
         "traduire oralement.", align="j")
    P(d, "Le SPP va examiner la possibilité de traduire l’enquête en arabe, en anglais et en dari, et d’y ajouter "
         "des pictogrammes.", align="j")
    P(d, "La formation sur le bilan d’orientation prévue à Gand n’a pas pu se faire aujourd’hui faute de temps. "
         "Karim Benali présentera le bilan d’orientation de Liège lors de la prochaine réunion.", align="j")

    titre("E. Points à améliorer")
    P(d, "Retour des équipes de Charleroi et de Binche, partagé par les autres CPAS :")
    bullets(d, [
        "la communication envers les participants (horaires qui changent, cours annulés) ;",
        "des horaires équilibrés entre anciens et nouveaux participants ;",
        "anticiper les activités, les procédures administratives étant de plus en plus longues ;",
        "ne pas imposer d’activités obligatoires sur des sujets sensibles (sexualité, violences conjugales).",
    ])

    titre("F. Divers")
    P(d, "Les chiffres de fréquentation du premier semestre seront envoyés au SPP par chaque CPAS pour le 15 "
         "juillet. Sarah Van Hoof rappelle que le rapport annuel reste attendu pour fin février.", align="j")
    P(d, R("NB : les chiffres du module 3 (septembre 2017) sont à compléter dès la clôture des inscriptions.",
           i=True))
    P(d, R("Prochaine réunion : en octobre, au CPAS d’Anvers (date à fixer).", b=True), before=8)
    P(d, "Pour le PV,", before=12, after=0)
    P(d, "Sophie Delvaux")

    exp = {
        "file": "109_pv_charleroi_activup.docx",
        "languages": ["fr"],
        "online": False,
        "interpretation": False,
        "date": "2017-06-29",
        "people": [
            ["Sarah Van Hoof", "Present", "SPP"],
            ["Julien Mathot", "Present", "SPP"],
            ["Katrien Van Damme", "Present", "GENT"],
            ["Yasmina Bouzid", "Present", "GENT"],
            ["Nathalie Henrard", "Present", "LIEGE"],
            ["Karim Benali", "Present", "LIEGE"],
            ["Amina El Khattabi", "Present", "BRUXELLES"],
            ["Véronique Hallet", "Present", "BINCHE"],
            ["Sophie Delvaux", "Present", "CHARLEROI"],
            ["Mehdi Ouali", "Present", "CHARLEROI"],
            ["Anne-Françoise Dethier", "Present", "CHARLEROI"],
            ["Wouter Claes", "Excused", "ANTWERPEN"],
            ["Pieter De Wilde", "Excused", "GENT"],
        ],
        "agenda": [
            ["09:30", "", "accueil et café"],
            ["10:00", "", "présentation du projet Activ’Up"],
            ["11:00", "", "mobilisation du public et recrutement"],
            ["12:30", "", "dîner"],
            ["13:30", "", "outils d’évaluation et enquête de satisfaction"],
            ["15:00", "", "divers"],
        ],
        "headings": [
            ["A", "Accueil et ordre du jour"],
            ["B", "Présentation d’Activ’Up"],
            ["C", "Mobilisation du public"],
            ["D", "Outils d’évaluation et enquête de satisfaction"],
            ["E", "Points à améliorer"],
            ["F", "Divers"],
        ],
        "actions": [
            ["Network Contact", ["Mehdi Ouali"], None, "Mehdi enverra le canevas de la séance d’information"],
            ["Network Contact", ["Véronique Hallet"], None, "Véronique Hallet va transmettre les chiffres de Binche"],
            ["Several Network Contacts", ["Sophie Delvaux", "Mehdi Ouali"], None,
             "Sophie et Mehdi rédigeront une fiche « bonnes pratiques »"],
            ["SPP", [], None, "Le SPP va examiner la possibilité de traduire"],
            ["Network Contact", ["Karim Benali"], None, "Karim Benali présentera le bilan d’orientation de Liège"],
            ["CPAS", [], None, "Les chiffres de fréquentation du premier semestre"],
        ],
        "next_meeting": {"date": None, "text": "Prochaine réunion : en octobre, au CPAS d’Anvers (date à fixer)."},
        "remarks": ["NB : les chiffres du module 3 (septembre 2017) sont à compléter dès la clôture des inscriptions."],
    }
    return d, exp


# ----------------------------------------------------------------------------------------------
# 110 - OCMW Antwerpen (Wouter Claes), 22 November 2018, in Antwerpen, NL with a French summary
# ----------------------------------------------------------------------------------------------
def r110():
    d = new_doc("Verdana", 9, heading_font="Verdana", heading_color="C00000")
    header(d, [R("OCMW Antwerpen  |  AMIF-project Traject Nieuwkomers", size=7, color="C00000")], border=True)
    footer(d, [R("Verslag netwerkdag AMIF 22.11.2018  –  p. ")], page="pageof", align="r", size=7)

    P(d, "Verslag netwerkdag AMIF", style="Title")
    P(d, R("22 november 2018 – OCMW Antwerpen, Lange Gasthuisstraat 39, 2000 Antwerpen", b=True), after=8)
    P(d, R("Aanwezig: ", b=True), "Wouter Claes, Nadia El Amrani en Jan Verhoeven (OCMW Antwerpen), Ilse Peeters "
      "(OCMW Schoten), Kristof Mertens (OCMW Edegem), Els Wuyts (OCMW Mortsel), Sarah Van Hoof (POD MI), Katrien "
      "Van Damme (OCMW Gent), Nathalie Henrard (OCMW Luik), Amina El Khattabi (OCMW Brussel)", after=2)
    P(d, R("Verontschuldigd: ", b=True), "Sophie Delvaux (OCMW Charleroi), Véronique Hallet (OCMW Binche)", after=2)
    P(d, R("Verslag: ", b=True), "Wouter Claes", after=8)

    P(d, R("Agenda", b=True), after=2)
    bullets(d, ["Welkom en rondje", "Stand van zaken per OCMW", "Samenwerking met de partner-OCMW's",
                "Tevredenheidsenquête: resultaten en knelpunten", "Lunch", "Bezoek aan het leerwerkatelier", "Varia"])

    H(d, "Welkom en rondje", 2)
    P(d, "Wouter verwelkomt iedereen in Antwerpen. Voor het eerst zijn ook de drie partner-OCMW's van het "
         "Antwerpse project mee aan tafel: Schoten, Edegem en Mortsel. Charleroi en Binche konden er niet bij zijn. "
         "Geen tolk vandaag: iedereen sprak zijn eigen taal, de slides waren tweetalig.")

    H(d, "Stand van zaken per OCMW", 2)
    bullets(d, [
        [R("Gent", b=True), " – 55 deelnemers in 2018, tweede groep gestart in september. De interculturele "
         "bemiddelaars zijn overbevraagd (ook gevraagd door andere diensten)."],
        [R("Luik", b=True), " – computeratelier loopt goed, wachtlijst blijft rond 25 personen."],
        [R("Brussel", b=True), " – 31 deelnemers; mannen zijn moeilijk te bereiken voor de groepsactiviteiten."],
        [R("Antwerpen", b=True), " – 38 deelnemers in traject, 12 op de wachtlijst. Partners: Schoten 9, "
         "Mortsel 7."],
    ])
    P(d, R("Opmerking: de cijfers van Edegem worden nog aangevuld.", i=True, color="7F7F7F"), before=2)

    H(d, "Samenwerking met de partner-OCMW's", 2)
    P(d, "Afspraak tot nu: de partner-OCMW's doen zelf de intake en de individuele opvolging, de collectieve modules "
         "gaan door in Antwerpen. De verplaatsing blijft een drempel: Ilse geeft aan dat deelnemers uit Schoten soms "
         "afhaken omdat de rit met De Lijn te lang duurt. Mortsel werkt met een vrijwilliger die de eerste keren "
         "meegaat. Edegem wacht nog op een beslissing over 2019.")
    P(d, "→ Ilse en Els bezorgen hun deelnemerscijfers aan Wouter vóór 10 december.", indent=0.5)
    P(d, "→ Kristof vraagt bij zijn secretaris na of Edegem in 2019 kan blijven meedoen.", indent=0.5)

    H(d, "Tevredenheidsenquête", 2)
    P(d, "74 % van de deelnemers zegt 'zeer tevreden' te zijn, maar we twijfelen of de vragen goed begrepen worden. "
         "Woorden als 'zelfredzaamheid' en 'participatie' zijn te abstract. Nadia heeft met de hulp van de "
         "bemiddelaars een vertaling gemaakt in het Arabisch, Dari en Tigrinya. Nathalie: in Luik wordt de enquête "
         "mondeling afgenomen in kleine groepjes, dat werkt beter.")
    P(d, "→ Nadia stuurt de vertaalde vragenlijst (Arabisch, Dari, Tigrinya) door naar alle OCMW's.", indent=0.5)
    P(d, "→ POD MI bekijkt of de enquête vereenvoudigd kan worden (pictogrammen, minder abstracte woorden).",
      indent=0.5)

    H(d, "Bezoek leerwerkatelier", 2)
    P(d, "Na de lunch bezoek aan het fietsatelier van het leerwerkbedrijf. Deelnemers oefenen er Nederlands terwijl "
         "ze fietsen herstellen; twee van hen vertelden over hun traject. Amina wil iets gelijkaardigs bekijken in "
         "Brussel.")

    H(d, "Varia", 2)
    P(d, "Katrien stelt een intervisie voor tussen de bemiddelaars en tolken van de verschillende OCMW's.")
    P(d, "→ Katrien zoekt een datum voor een intervisie rond interculturele bemiddeling (voorjaar).", indent=0.5)
    P(d, "→ Nathalie bevestigt de datum voor de bijeenkomst in Luik ten laatste half januari.", indent=0.5)
    P(d, R("Volgende vergadering: voorjaar 2019 in Luik (datum volgt).", b=True), before=8)

    H(d, "Résumé en français", 2)
    P(d, R("Le réseau s'est réuni au CPAS d'Anvers avec, pour la première fois, les trois CPAS partenaires (Schoten, "
           "Edegem, Mortsel). Chaque CPAS a présenté l'état d'avancement de son projet. "
           "Les partenaires assurent l'intake et le suivi individuel, les modules collectifs ont lieu à Anvers ; le "
           "trajet reste un frein pour certains participants. L'enquête de satisfaction est trop abstraite pour une "
           "partie du public : Nadia enverra les versions traduites (arabe, dari, tigrinya) et le SPP examinera une "
           "version simplifiée. L'après-midi, visite de l'atelier vélo. Prochaine réunion au printemps 2019 à "
           "Liège.", i=True), align="j")

    exp = {
        "file": "110_netwerkdag_antwerpen.docx",
        "languages": ["nl", "fr"],
        "online": False,
        "interpretation": False,
        "date": "2018-11-22",
        "people": [
            ["Wouter Claes", "Present", "ANTWERPEN"],
            ["Nadia El Amrani", "Present", "ANTWERPEN"],
            ["Jan Verhoeven", "Present", "ANTWERPEN"],
            ["Ilse Peeters", "Present", "SCHOTEN"],
            ["Kristof Mertens", "Present", "EDEGEM"],
            ["Els Wuyts", "Present", "MORTSEL"],
            ["Sarah Van Hoof", "Present", "SPP"],
            ["Katrien Van Damme", "Present", "GENT"],
            ["Nathalie Henrard", "Present", "LIEGE"],
            ["Amina El Khattabi", "Present", "BRUXELLES"],
            ["Sophie Delvaux", "Excused", "CHARLEROI"],
            ["Véronique Hallet", "Excused", "BINCHE"],
        ],
        "agenda": [
            ["", "", "Welkom en rondje"],
            ["", "", "Stand van zaken per OCMW"],
            ["", "", "Samenwerking met de partner-OCMW's"],
            ["", "", "Tevredenheidsenquête: resultaten en knelpunten"],
            ["", "", "Lunch"],
            ["", "", "Bezoek aan het leerwerkatelier"],
            ["", "", "Varia"],
        ],
        "headings": [
            ["", "Welkom en rondje"],
            ["", "Stand van zaken per OCMW"],
            ["", "Samenwerking met de partner-OCMW's"],
            ["", "Tevredenheidsenquête"],
            ["", "Bezoek leerwerkatelier"],
            ["", "Varia"],
            ["", "Résumé en français"],
        ],
        "actions": [
            ["Several Network Contacts", ["Ilse Peeters", "Els Wuyts"], None,
             "Ilse en Els bezorgen hun deelnemerscijfers aan Wouter"],
            ["Network Contact", ["Kristof Mertens"], None, "Kristof vraagt bij zijn secretaris na"],
            ["Network Contact", ["Nadia El Amrani"], None, "Nadia stuurt de vertaalde vragenlijst"],
            ["SPP", [], None, "POD MI bekijkt of de enquête vereenvoudigd"],
            ["Network Contact", ["Katrien Van Damme"], None, "Katrien zoekt een datum voor een intervisie"],
            ["Network Contact", ["Nathalie Henrard"], None, "Nathalie bevestigt de datum voor de bijeenkomst"],
        ],
        "next_meeting": {"date": None, "text": "Volgende vergadering: voorjaar 2019 in Luik (datum volgt)."},
        "remarks": ["Opmerking: de cijfers van Edegem worden nog aangevuld."],
    }
    return d, exp


# ----------------------------------------------------------------------------------------------
# 111 - SPP IS (Thomas Lejeune), 14 May 2020, Teams, FR | NL side by side
# ----------------------------------------------------------------------------------------------
def r111():
    d = new_doc("Calibri", 10, margins=(2.0, 2.0, 1.8, 1.8), heading_font="Calibri", heading_color="1F4E79")
    header(d, [R("SPP Intégration Sociale – POD Maatschappelijke Integratie", size=8, b=True),
               R("\t\tFAMI / AMIF", size=8)])
    footer(d, [R(TAG_FR + "  |  " + TAG_NL + "   ", i=True)], page="page", size=7)

    def two(fr, nl):
        t = d.add_table(rows=1, cols=2)
        t.style = d.styles["Table Grid"]
        set_cell(t.cell(0, 0), fr)
        set_cell(t.cell(0, 1), [[R(x, i=True)] if isinstance(x, str) else x for x in nl])
        for row in t.rows:
            row.cells[0].width = Cm(8.7)
            row.cells[1].width = Cm(8.7)
        return t

    P(d, R("Réunion du réseau FAMI (Teams) – Vergadering AMIF-netwerk (Teams)", b=True, size=14, color="1F4E79"),
      align="c", after=2)
    P(d, "Jeudi 14 mai 2020, 10:00 – 12:00 – Donderdag 14 mei 2020, 10:00 – 12:00", align="c", after=10)

    P(d, R("Participants / Deelnemers :", b=True), after=2)
    bullets(d, [
        "SPP IS / POD MI : Thomas Lejeune, Sarah Van Hoof",
        "CPAS Gand / OCMW Gent : Katrien Van Damme, Lotte Vermeulen",
        "CPAS Liège / OCMW Luik : Nathalie Henrard, Karim Benali",
        "CPAS Charleroi / OCMW Charleroi : Sophie Delvaux, Mehdi Ouali",
        "CPAS Binche / OCMW Binche : Véronique Hallet",
        "CPAS Anvers / OCMW Antwerpen : Wouter Claes",
        "CPAS Bruxelles / OCMW Brussel : Amina El Khattabi, Fatou Diallo",
    ])
    P(d, R("Excusés / Verontschuldigd : ", b=True), "Ilse Peeters (OCMW Schoten), Els Wuyts (OCMW Mortsel)",
      before=4)
    P(d, R("Pas d'interprétation pour cette réunion en ligne : chacun parle sa langue. / Geen vertaling voor deze "
           "online vergadering: iedereen spreekt zijn eigen taal.", i=True, size=9), after=8)

    P(d, R("Ordre du jour / Agenda", b=True), after=2)
    for line in ["10:00 – 10:15\tAccueil et tour de table / Verwelkoming en rondvraag",
                 "10:15 – 10:50\tLes projets pendant le confinement / De projecten tijdens de lockdown",
                 "10:50 – 11:20\tReprise des activités collectives / Heropstart van de groepsactiviteiten",
                 "11:20 – 11:45\tRapportage et prolongation des projets / Rapportering en verlenging van de projecten",
                 "11:45 – 12:00\tDivers / Varia"]:
        P(d, line, style="List Number", tabs=[3.5])

    H(d, "1. Accueil et tour de table / Verwelkoming en rondvraag", 2)
    two(["Thomas Lejeune ouvre la réunion, la première du réseau sur Teams. Sarah Van Hoof annonce qu'elle quitte "
         "la coordination du réseau fin mai ; Thomas reprend le suivi des projets FAMI au SPP. Lotte Vermeulen "
         "(Gand) et Fatou Diallo (Bruxelles) participent pour la première fois."],
        ["Thomas Lejeune opent de vergadering, de eerste van het netwerk via Teams. Sarah Van Hoof kondigt aan dat "
         "ze eind mei de coördinatie van het netwerk doorgeeft; Thomas neemt de opvolging van de AMIF-projecten bij "
         "de POD over. Lotte Vermeulen (Gent) en Fatou Diallo (Brussel) zijn er voor het eerst bij."])

    H(d, "2. Les projets pendant le confinement / De projecten tijdens de lockdown", 2)
    two(["Depuis le 16 mars, toutes les activités collectives sont suspendues. Les équipes gardent le contact par "
         "téléphone, par WhatsApp et parfois par courrier :",
         "– Gand : appels hebdomadaires, groupes WhatsApp par langue avec les médiateurs ;",
         "– Liège : courtes vidéos de l'atelier créatif envoyées aux participants ;",
         "– Charleroi : prêt de tablettes à 9 participants, coaching individuel par téléphone ;",
         "– Binche : lettres et appels, peu de participants ont internet ;",
         "– Anvers : promenades individuelles avec le trajectbegeleider ;",
         "– Bruxelles : permanence téléphonique, aide aux démarches en ligne (mutuelle, école).",
         "Constat commun : la fracture numérique touche fortement notre public."],
        ["Sinds 16 maart liggen alle groepsactiviteiten stil. De teams houden contact via telefoon, WhatsApp en "
         "soms per brief:",
         "– Gent: wekelijkse belrondes, WhatsApp-groepen per taal met de bemiddelaars;",
         "– Luik: korte video's van het creatief atelier voor de deelnemers;",
         "– Charleroi: tablets uitgeleend aan 9 deelnemers, individuele coaching per telefoon;",
         "– Binche: brieven en telefoontjes, weinig deelnemers hebben internet;",
         "– Antwerpen: individuele wandelingen met de trajectbegeleider;",
         "– Brussel: telefonische permanentie, hulp bij online aanvragen (ziekenfonds, school).",
         "Gemeenschappelijke vaststelling: de digitale kloof treft onze doelgroep hard."])

    H(d, "3. Reprise des activités collectives / Heropstart van de groepsactiviteiten", 2)
    two(["Les règles de reprise diffèrent selon les CPAS et les consignes locales : Charleroi et Liège reprennent en "
         "petits groupes de 3 participants + 1 formateur ; Gand autorise 4 + 1 ; Anvers attend l'avis de la cellule "
         "de crise de la ville ; Bruxelles ne reprendra les groupes qu'en septembre. Masques et gel sont prévus "
         "partout.",
         "Le SPP rappelle que les activités à distance sont éligibles si elles sont documentées (liste de présence, "
         "date, durée)."],
        ["De regels voor de heropstart verschillen per OCMW en volgens de lokale richtlijnen: Charleroi en Luik "
         "starten in kleine groepen van 3 deelnemers + 1 begeleider; Gent laat 4 + 1 toe; Antwerpen wacht op het "
         "advies van de stedelijke crisiscel; Brussel start pas in september opnieuw met groepen. Overal zijn "
         "mondmaskers en handgel voorzien.",
         "De POD herinnert eraan dat activiteiten op afstand subsidieerbaar zijn als ze gedocumenteerd worden "
         "(aanwezigheidslijst, datum, duur)."])

    H(d, "4. Rapportage et prolongation / Rapportering en verlenging", 2)
    two(["Le rapport 2019 est presque complet. La prolongation des conventions jusqu'au 30 juin 2021 est en cours de "
         "validation ; les activités non réalisées ce printemps pourront être reportées."],
        ["Het rapport 2019 is bijna volledig. De verlenging van de overeenkomsten tot 30 juni 2021 wordt nog "
         "gevalideerd; activiteiten die dit voorjaar niet konden doorgaan, mogen worden uitgesteld."])
    P(d, R("Participants 2019 / Deelnemers 2019", b=True, size=9), before=6, after=2)
    T(d, [
        ["CPAS / OCMW", "Participants / Deelnemers"],
        ["Gand / Gent", "61"],
        ["Liège / Luik", "48"],
        ["Charleroi (dont Binche / waarvan Binche : 11)", "57"],
        ["Anvers / Antwerpen (avec partenaires / met partners)", "44"],
        ["Bruxelles / Brussel", "[chiffres à venir]"],
    ], widths=[10.0, 4.0], head_fill="DEEAF6", size=9)

    H(d, "5. Divers / Varia", 2)
    two(["Mehdi et Lotte ont de bonnes expériences avec les groupes WhatsApp (règles, vie privée, modération) et "
         "proposent de les partager. Amina demande un échange sur les outils numériques (tablettes, forfaits data)."],
        ["Mehdi en Lotte hebben goede ervaringen met WhatsApp-groepen (afspraken, privacy, moderatie) en stellen "
         "voor die te delen. Amina vraagt een uitwisseling over digitale hulpmiddelen (tablets, databundels)."])

    H(d, "6. À faire / Te doen", 2)
    t = d.add_table(rows=1, cols=2)
    t.style = d.styles["Table Grid"]
    set_cell(t.cell(0, 0), [
        "Envoyer les règles sanitaires appliquées au SPP (chaque CPAS)",
        "Partager le modèle de convention de prolongation (SPP)",
        "Transmettre les chiffres 2019 manquants (CPAS de Bruxelles)",
        "Présenter l'expérience des groupes WhatsApp à la prochaine réunion (Lotte Vermeulen et Mehdi Ouali)",
        "Organiser un échange sur les outils numériques (Thomas)",
    ], style="List Bullet")
    set_cell(t.cell(0, 1), [
        "De toegepaste coronaregels naar de POD sturen (elk OCMW)",
        "Het model van verlengingsovereenkomst delen (POD)",
        "De ontbrekende cijfers 2019 bezorgen (OCMW Brussel)",
        "De ervaring met WhatsApp-groepen voorstellen op de volgende vergadering (Lotte Vermeulen en Mehdi Ouali)",
        "Een uitwisseling over digitale hulpmiddelen organiseren (Thomas)",
    ], italic=True, style="List Bullet")

    P(d, R("Prochaine réunion / Volgende vergadering : jeudi 17 septembre 2020, 10:00 (Teams) – donderdag 17 "
           "september 2020", b=True), before=10)

    exp = {
        "file": "111_teams_confinement.docx",
        "languages": ["fr", "nl"],
        "online": True,
        "interpretation": False,
        "date": "2020-05-14",
        "people": [
            ["Thomas Lejeune", "Present", "SPP"],
            ["Sarah Van Hoof", "Present", "SPP"],
            ["Katrien Van Damme", "Present", "GENT"],
            ["Lotte Vermeulen", "Present", "GENT"],
            ["Nathalie Henrard", "Present", "LIEGE"],
            ["Karim Benali", "Present", "LIEGE"],
            ["Sophie Delvaux", "Present", "CHARLEROI"],
            ["Mehdi Ouali", "Present", "CHARLEROI"],
            ["Véronique Hallet", "Present", "BINCHE"],
            ["Wouter Claes", "Present", "ANTWERPEN"],
            ["Amina El Khattabi", "Present", "BRUXELLES"],
            ["Fatou Diallo", "Present", "BRUXELLES"],
            ["Ilse Peeters", "Excused", "SCHOTEN"],
            ["Els Wuyts", "Excused", "MORTSEL"],
        ],
        "agenda": [
            ["10:00", "10:15", "Accueil et tour de table / Verwelkoming en rondvraag"],
            ["10:15", "10:50", "Les projets pendant le confinement / De projecten tijdens de lockdown"],
            ["10:50", "11:20", "Reprise des activités collectives / Heropstart van de groepsactiviteiten"],
            ["11:20", "11:45", "Rapportage et prolongation des projets / Rapportering en verlenging van de projecten"],
            ["11:45", "12:00", "Divers / Varia"],
        ],
        "headings": [
            ["1", "Accueil et tour de table / Verwelkoming en rondvraag"],
            ["2", "Les projets pendant le confinement / De projecten tijdens de lockdown"],
            ["3", "Reprise des activités collectives / Heropstart van de groepsactiviteiten"],
            ["4", "Rapportage et prolongation / Rapportering en verlenging"],
            ["5", "Divers / Varia"],
            ["6", "À faire / Te doen"],
        ],
        "actions": [
            ["CPAS", [], None, "Envoyer les règles sanitaires appliquées au SPP"],
            ["SPP", [], None, "Partager le modèle de convention de prolongation"],
            ["CPAS", [], "BRUXELLES", "Transmettre les chiffres 2019 manquants"],
            ["Several Network Contacts", ["Lotte Vermeulen", "Mehdi Ouali"], None,
             "Présenter l'expérience des groupes WhatsApp"],
            ["Network Contact", ["Thomas Lejeune"], None, "Organiser un échange sur les outils numériques"],
        ],
        "next_meeting": {"date": "2020-09-17",
                         "text": "Prochaine réunion / Volgende vergadering : jeudi 17 septembre 2020, 10:00 (Teams) – "
                                 "donderdag 17 september 2020"},
        "remarks": ["[chiffres à venir]"],
    }
    return d, exp


# ----------------------------------------------------------------------------------------------
# 112 - CPAS de Liège (Nathalie Henrard), 18 March 2021, Zoom with simultaneous interpretation, FR
# ----------------------------------------------------------------------------------------------
def r112():
    d = new_doc("Century Gothic", 10, margins=(2.2, 2.0, 2.3, 2.3))
    header(d, [R("CPAS de Liège – Mod’ Actions (FAMI)", size=8, color="8B0000")], align="r")
    footer(d, [R("Réseau FAMI – réunion du 18/03/2021 – ")], page="pageof", align="c")
    RED = "8B0000"

    def titre(t):
        P(d, R(t, b=True, color=RED, size=11), before=12, after=4, keep=True)

    P(d, R("Réunion du réseau FAMI – 18 mars 2021", b=True, size=14, color=RED), after=2)
    P(d, "Visioconférence Zoom organisée par le CPAS de Liège (9h30 – 12h15)", after=0)
    P(d, "Interprétation simultanée FR/NL : Griet Lenaerts et Bert Van Acker (canal « interprétation » de Zoom)",
      after=0)
    P(d, R("Rédaction : Nathalie Henrard", i=True), after=10)

    T(d, [
        ["Nom", "Organisation", "Présence"],
        ["Thomas Lejeune", "SPP IS", "Présent"],
        ["Eline De Smet", "SPP IS", "Présente"],
        ["Lotte Vermeulen", "CPAS de Gand", "Présente"],
        ["Pieter De Wilde", "CPAS de Gand", "Présent"],
        ["Nathalie Henrard", "CPAS de Liège", "Présente"],
        ["Karim Benali", "CPAS de Liège", "Présent"],
        ["Pierre Lambotte", "CPAS de Liège", "Présent"],
        ["Julie Marchal", "CPAS de Charleroi", "Présente"],
        ["Sanne Jacobs", "CPAS d’Anvers", "Présente"],
        ["Amina El Khattabi", "CPAS de Bruxelles", "Présente"],
        ["Griet Lenaerts", "Interprète", "Présente"],
        ["Bert Van Acker", "Interprète", "Présent"],
        ["Sophie Delvaux", "CPAS de Charleroi", "Excusée"],
        ["Véronique Hallet", "CPAS de Binche", "Excusée"],
        ["Wouter Claes", "CPAS d’Anvers", "Excusé"],
    ], widths=[5.0, 5.5, 3.0], head_fill="F2DCDB", size=9)

    P(d, R("Ordre du jour", b=True, u=True), before=10, after=2)
    for line in ["9h30 – 9h45 : Accueil et vérification technique",
                 "9h45 – 10h30 : Le parcours d’un participant à Liège : de l’entretien d’admission au bilan "
                 "d’orientation",
                 "10h30 – 10h45 : Pause",
                 "10h45 – 11h30 : Activités collectives en période Covid : état des lieux",
                 "11h30 – 12h00 : Enquête de satisfaction : proposition de version simplifiée",
                 "12h00 – 12h15 : Divers et prochaine réunion"]:
        P(d, line, after=0, indent=0.5)

    titre("1) Accueil")
    P(d, "Nathalie Henrard accueille les participants et remercie les interprètes. Chacun choisit son canal de "
         "langue dans Zoom ; les questions dans le chat peuvent être posées en français ou en néerlandais. Sophie "
         "Delvaux étant en congé, Julie Marchal reprend la coordination du projet à Charleroi. Sanne Jacobs "
         "représente Anvers (Wouter Claes excusé).", align="j")

    titre("2) Le parcours d’un participant à Liège")
    P(d, "Karim Benali présente le parcours type, étape par étape :", align="j")
    bullets(d, [
        "l’assistant social remplit une fiche d’orientation et l’envoie à l’équipe Mod’ Actions ;",
        "l’entretien d’admission a lieu dans les deux semaines : parcours, objectifs, motivation, obstacles (garde "
        "d’enfants, santé, mobilité) ;",
        "Karim rédige le bilan d’orientation avec une proposition de modules ; la coordinatrice le valide ou le "
        "renvoie quand des informations manquent ;",
        "trois contrats sont signés : avec l’AS, avec Karim pour l’entretien d’admission et avec le responsable de "
        "chaque module. Ils fixent les règles sur le taux de présence et la ponctualité ;",
        "en fin de module : enquête de satisfaction et discussion en équipe sur l’évolution de chaque participant.",
    ])
    P(d, "Pierre Lambotte explique que l’atelier créatif a continué en groupes de 3 + 1, avec masques ; une "
         "exposition des travaux est prévue en juin si les règles le permettent.", align="j")
    P(d, "Questions : Gand demande le délai entre l’orientation et le début du module (en moyenne trois semaines). "
         "Anvers demande si le participant signe le bilan : oui, et il en reçoit une copie.", align="j")
    P(d, R("Remarque : la présentation de Karim (diapositives 8 à 12) est encore à compléter avant diffusion.",
           i=True))

    titre("3) Activités collectives en période Covid")
    P(d, "État des lieux des règles appliquées pour les groupes :", after=2)
    bullets(d, [
        "Liège : 3 + 1 jusqu’à fin février, 4 + 1 depuis mars dans la grande salle ;",
        "Charleroi : 3 participants + 1 formateur ;",
        "Gand : 4 + 1 ;",
        "Anvers : un passage à 6 + 1 pour les activités en plein air est en discussion ;",
        "Bruxelles : uniquement de l’individuel et de petites promenades.",
    ])
    P(d, "Tout le monde constate la fatigue des équipes et des participants qui ont perdu le contact depuis "
         "l’automne.", align="j")

    titre("4) Enquête de satisfaction")
    P(d, "Eline De Smet présente le projet de version simplifiée : 8 questions, des smileys, des phrases courtes. "
         "Langues prévues : français, néerlandais, anglais, arabe, dari et tigrinya. Les médiateurs peuvent lire les "
         "questions à voix haute si nécessaire.", align="j")
    P(d, "Réactions : Lotte propose d’éviter le mot « intégration » ; Julie voudrait une question sur les horaires ; "
         "Sanne insiste sur une version papier.", align="j")

    titre("5) Divers")
    P(d, "Thomas Lejeune rappelle l’échéance du rapport annuel 2020 (31 mars). Amina El Khattabi annonce que le projet "
         "bruxellois déménagera en septembre.", align="j")

    titre("6) Actions")
    bullets(d, [
        "Envoyer la version simplifiée de l’enquête à tous les CPAS (Eline De Smet)",
        "Tester l’enquête avec un groupe de participants avant le 30 avril (chaque CPAS)",
        "Partager le modèle de contrat participant de Liège (Karim)",
        "Vérifier si les frais d’interprétation peuvent être imputés au projet (SPP)",
        "Transmettre la liste des règles Covid en vigueur par CPAS (Julie et Sanne)",
        "Trouver des interprètes pour la réunion de juin (à définir)",
    ])
    P(d, R("Prochaine réunion : jeudi 17 juin 2021 de 9h30 à 12h00, par Zoom.", b=True), before=10)

    exp = {
        "file": "112_zoom_parcours_liege.docx",
        "languages": ["fr"],
        "online": True,
        "interpretation": True,
        "date": "2021-03-18",
        "people": [
            ["Thomas Lejeune", "Present", "SPP"],
            ["Eline De Smet", "Present", "SPP"],
            ["Lotte Vermeulen", "Present", "GENT"],
            ["Pieter De Wilde", "Present", "GENT"],
            ["Nathalie Henrard", "Present", "LIEGE"],
            ["Karim Benali", "Present", "LIEGE"],
            ["Pierre Lambotte", "Present", "LIEGE"],
            ["Julie Marchal", "Present", "CHARLEROI"],
            ["Sanne Jacobs", "Present", "ANTWERPEN"],
            ["Amina El Khattabi", "Present", "BRUXELLES"],
            ["Griet Lenaerts", "Present", None],
            ["Bert Van Acker", "Present", None],
            ["Sophie Delvaux", "Excused", "CHARLEROI"],
            ["Véronique Hallet", "Excused", "BINCHE"],
            ["Wouter Claes", "Excused", "ANTWERPEN"],
        ],
        "agenda": [
            ["09:30", "09:45", "Accueil et vérification technique"],
            ["09:45", "10:30", "Le parcours d’un participant à Liège : de l’entretien d’admission au bilan d’orientation"],
            ["10:30", "10:45", "Pause"],
            ["10:45", "11:30", "Activités collectives en période Covid : état des lieux"],
            ["11:30", "12:00", "Enquête de satisfaction : proposition de version simplifiée"],
            ["12:00", "12:15", "Divers et prochaine réunion"],
        ],
        "headings": [
            ["1", "Accueil"],
            ["2", "Le parcours d’un participant à Liège"],
            ["3", "Activités collectives en période Covid"],
            ["4", "Enquête de satisfaction"],
            ["5", "Divers"],
            ["6", "Actions"],
        ],
        "actions": [
            ["Network Contact", ["Eline De Smet"], None, "Envoyer la version simplifiée de l’enquête"],
            ["CPAS", [], None, "Tester l’enquête avec un groupe de participants"],
            ["Network Contact", ["Karim Benali"], None, "Partager le modèle de contrat participant"],
            ["SPP", [], None, "Vérifier si les frais d’interprétation peuvent"],
            ["Several Network Contacts", ["Julie Marchal", "Sanne Jacobs"], None,
             "Transmettre la liste des règles Covid"],
            ["To Be Assigned", [], None, "Trouver des interprètes pour la réunion"],
        ],
        "next_meeting": {"date": "2021-06-17", "text": "Prochaine réunion : jeudi 17 juin 2021 de 9h30 à 12h00, par Zoom."},
        "remarks": ["Remarque : la présentation de Karim (diapositives 8 à 12) est encore à compléter avant diffusion."],
    }
    return d, exp


# ----------------------------------------------------------------------------------------------
# 113 - CPAS de Bruxelles (Amina El Khattabi), 4 October 2022, at the CPAS de Bruxelles, FR
#       (Word FR autocorrect: non-breaking space before ":")
# ----------------------------------------------------------------------------------------------
def r113():
    d = new_doc("Tahoma", 10, heading_font="Tahoma", heading_color="00607A")
    header(d, [R("CPAS de Bruxelles – Cellule Primo-arrivants", size=8, color="00607A")])
    footer(d, [R("Compte rendu réseau FAMI – 04.10.2022\tPage ")], page="page", size=8)
    N = "\u00a0"

    P(d, R("Compte rendu – Rencontre du réseau FAMI", b=True, size=16, color="00607A"), after=2)
    P(d, R("Mardi 4 octobre 2022 – CPAS de Bruxelles, Rue Haute 298A, 1000 Bruxelles", b=True), after=2)
    P(d, R("Rédaction" + N + ": Amina El Khattabi – relecture" + N + ": Thomas Lejeune", i=True, size=9), after=10)

    P(d, R("Présents" + N + ":", b=True, u=True), after=2)
    bullets(d, [
        [R("SPP Intégration Sociale" + N + ": ", b=True), "Thomas Lejeune, Eline De Smet"],
        [R("CPAS de Gand" + N + ": ", b=True), "Lotte Vermeulen"],
        [R("CPAS de Liège" + N + ": ", b=True), "Nathalie Henrard, Karim Benali"],
        [R("CPAS de Charleroi" + N + ": ", b=True), "Julie Marchal"],
        [R("CPAS de Binche" + N + ": ", b=True), "Grégory Dupont"],
        [R("CPAS d’Anvers" + N + ": ", b=True), "Sanne Jacobs, Nadia El Amrani"],
        [R("CPAS de Bruxelles" + N + ": ", b=True), "Amina El Khattabi, Laurent Vandenberghe, Fatou Diallo"],
        [R("Invitée" + N + ": ", b=True), "Hélène Dumont (BAPA Via)"],
    ])
    P(d, R("Excusés" + N + ": ", b=True, u=True), "Pieter De Wilde (CPAS de Gand), Els Wuyts (CPAS de Mortsel)",
      before=4, after=10)

    P(d, R("Ordre du jour", b=True, u=True), after=2)
    T(d, [
        ["Horaire", "Point"],
        ["10h00 - 10h15", "Accueil"],
        ["10h15 - 11h00", "Nouvelle programmation FAMI 2021-2027 et indicateurs"],
        ["11h00 - 11h45", "Présentation du projet du CPAS de Bruxelles"],
        ["11h45 - 12h30", "Collaboration avec le BAPA"],
        ["12h30 - 13h30", "Lunch"],
        ["13h30 - 14h30", "Ateliers en sous-groupes" + N + ": le recrutement des participants"],
        ["14h30 - 15h00", "Conclusions et prochaines étapes"],
    ], widths=[3.2, 12.0], head_fill="DAEEF3", size=9)

    H(d, "1. Accueil", 1)
    P(d, "Amina El Khattabi accueille le réseau dans les locaux du CPAS, rue Haute. C’est la première rencontre en "
         "présentiel depuis février 2020. Visite rapide de l’espace d’accueil de la cellule et café. Lotte et Sanne "
         "comprennent le français" + N + "; pas d’interprétation cette fois.", align="j")

    H(d, "2. Nouvelle programmation FAMI 2021-2027", 1)
    P(d, "Thomas Lejeune présente la suite" + N + ": nouvelles conventions à partir de 2023, cofinancement "
         "comparable, mais un rapportage plus précis, basé sur les indicateurs communs européens.", align="j")
    H(d, "2.1 Indicateurs communs", 2)
    P(d, "Le Règlement (UE) 2021/1147 impose des indicateurs de réalisation et de résultat que la Belgique "
         "rapporte chaque année. Pour nos projets" + N + ":", after=2)
    bullets(d, [
        "nombre de participants aux activités de soutien (cours de langue, orientation civique, accompagnement "
        "professionnel personnalisé)" + N + ";",
        "participants à un cours de langue ayant progressé d’au moins un niveau du CECR" + N + ";",
        "participants qui déclarent que l’activité les a aidés dans leur intégration.",
    ])
    P(d, "Un modèle de tableau de bord sera envoyé par le SPP à tous les CPAS d’ici fin octobre.", before=4,
      align="j")
    P(d, "Discussion" + N + ": le niveau CECR ne peut être mesuré que pour les participants qui suivent un cours "
         "de langue (à Liège via les partenaires FLE). Julie Marchal demande comment compter le dernier "
         "indicateur" + N + ": réponse via une question de l’enquête de satisfaction.", align="j")
    H(d, "2.2 Conservation des documents et données personnelles", 2)
    P(d, "Les documents d’une opération FAMI sont conservés cinq ans à partir du 31 décembre de l’année du dernier "
         "paiement (Règlement (UE) 2021/1060, art. 82). Les données personnelles ne sont pas gardées plus longtemps "
         "que nécessaire (RGPD, art. 5, 1, e) et chaque participant peut demander à voir tout ce que l’on conserve "
         "sur lui (art. 15).", align="j")
    P(d, "Rappel" + N + ": chaque CPAS reste propriétaire des données de ses participants" + N + "; le SPP ne "
         "reçoit que des chiffres agrégés, jamais de noms.", align="j")
    P(d, "Une note de synthèse sur la conservation sera rédigée par Eline De Smet.", align="j")

    H(d, "3. Le projet du CPAS de Bruxelles", 1)
    P(d, "Fatou Diallo et Laurent Vandenberghe présentent «" + N + "Pas à Pas" + N + "»" + N + ": entretien "
         "d’accueil, suivi individuel, cours de FLE chez des partenaires associatifs, sorties socioculturelles "
         "mensuelles (musées, marché, visite de la commune). En 2021, 74 participants, dont une majorité de femmes.",
      align="j")
    P(d, R("Chiffres 2022" + N + ": à compléter en janvier.", i=True))

    H(d, "4. Collaboration avec le BAPA", 1)
    P(d, "Hélène Dumont présente le parcours d’accueil pour primo-arrivants du BAPA Via" + N + ": bilan social, "
         "cours de FLE, module citoyenneté, orientation vers l’insertion socioprofessionnelle. Les participants du "
         "CPAS peuvent suivre le module citoyenneté au BAPA sans perdre leur place dans le projet.", align="j")
    P(d, "Hélène Dumont enverra la brochure du parcours d’accueil en plusieurs langues.", align="j")

    H(d, "5. Ateliers" + N + ": le recrutement des participants", 1)
    P(d, "Deux sous-groupes. Idées retenues" + N + ":", after=2)
    bullets(d, [
        "présenter le projet lors des réunions d’équipe des antennes sociales, plusieurs fois par an" + N + ";",
        "des flyers avec pictogrammes (exemple de Gand)" + N + ";",
        "des témoignages d’anciens participants, en vidéo ou en personne" + N + ";",
        "un contact direct entre l’AS et l’équipe du projet avant le premier rendez-vous" + N + ";",
        "une attention particulière pour les hommes et les jeunes adultes, moins présents.",
    ])
    P(d, R("Remarque" + N + ": les commentaires du CPAS d’Anvers sur le point 5 doivent encore être ajoutés.",
           i=True, color="C00000"), before=4)

    H(d, "6. Conclusions et prochaines étapes", 1)
    P(d, R("À faire" + N + ":", b=True), after=2)
    bullets(d, [
        "Partager la grille d’entretien d’admission – Karim Benali",
        "Envoyer les flyers avec pictogrammes de Gand – Lotte Vermeulen",
        "Compléter le tableau des indicateurs 2022 – chaque CPAS",
        "Organiser une journée d’échange pour les AS des antennes sociales – à définir",
    ])
    P(d, R("Prochaine rencontre" + N + ": début 2023, en ligne (Teams).", b=True), before=10)

    exp = {
        "file": "113_cr_bruxelles_programmation.docx",
        "languages": ["fr"],
        "online": False,
        "interpretation": False,
        "date": "2022-10-04",
        "people": [
            ["Thomas Lejeune", "Present", "SPP"],
            ["Eline De Smet", "Present", "SPP"],
            ["Lotte Vermeulen", "Present", "GENT"],
            ["Nathalie Henrard", "Present", "LIEGE"],
            ["Karim Benali", "Present", "LIEGE"],
            ["Julie Marchal", "Present", "CHARLEROI"],
            ["Grégory Dupont", "Present", "BINCHE"],
            ["Sanne Jacobs", "Present", "ANTWERPEN"],
            ["Nadia El Amrani", "Present", "ANTWERPEN"],
            ["Amina El Khattabi", "Present", "BRUXELLES"],
            ["Laurent Vandenberghe", "Present", "BRUXELLES"],
            ["Fatou Diallo", "Present", "BRUXELLES"],
            ["Hélène Dumont", "Present", None],
            ["Pieter De Wilde", "Excused", "GENT"],
            ["Els Wuyts", "Excused", "MORTSEL"],
        ],
        "agenda": [
            ["10:00", "10:15", "Accueil"],
            ["10:15", "11:00", "Nouvelle programmation FAMI 2021-2027 et indicateurs"],
            ["11:00", "11:45", "Présentation du projet du CPAS de Bruxelles"],
            ["11:45", "12:30", "Collaboration avec le BAPA"],
            ["12:30", "13:30", "Lunch"],
            ["13:30", "14:30", "Ateliers en sous-groupes\u00a0: le recrutement des participants"],
            ["14:30", "15:00", "Conclusions et prochaines étapes"],
        ],
        "headings": [
            ["1", "Accueil"],
            ["2", "Nouvelle programmation FAMI 2021-2027"],
            ["2.1", "Indicateurs communs"],
            ["2.2", "Conservation des documents et données personnelles"],
            ["3", "Le projet du CPAS de Bruxelles"],
            ["4", "Collaboration avec le BAPA"],
            ["5", "Ateliers\u00a0: le recrutement des participants"],
            ["6", "Conclusions et prochaines étapes"],
        ],
        "actions": [
            ["SPP", [], None, "Un modèle de tableau de bord sera envoyé"],
            ["Network Contact", ["Eline De Smet"], None, "Une note de synthèse sur la conservation"],
            ["Network Contact", ["Hélène Dumont"], None, "Hélène Dumont enverra la brochure du parcours"],
            ["Network Contact", ["Karim Benali"], None, "Partager la grille d’entretien d’admission"],
            ["Network Contact", ["Lotte Vermeulen"], None, "Envoyer les flyers avec pictogrammes de Gand"],
            ["CPAS", [], None, "Compléter le tableau des indicateurs 2022"],
            ["To Be Assigned", [], None, "Organiser une journée d’échange pour les AS"],
        ],
        "next_meeting": {"date": None, "text": "Prochaine rencontre\u00a0: début 2023, en ligne (Teams)."},
        "remarks": ["Chiffres 2022\u00a0: à compléter en janvier.",
                    "Remarque\u00a0: les commentaires du CPAS d’Anvers sur le point 5 doivent encore être ajoutés."],
    }
    return d, exp


# ----------------------------------------------------------------------------------------------
# 114 - POD MI (Eline De Smet), 21 March 2024, Webex with interpretation, NL then FR paragraph by paragraph
# ----------------------------------------------------------------------------------------------
def r114():
    d = new_doc("Arial", 10, margins=(2.0, 2.0, 2.2, 2.2), heading_font="Arial", heading_color="2F5496")
    header(d, [R("POD Maatschappelijke Integratie | SPP Intégration Sociale", size=8, b=True, color="2F5496")],
           border=True)
    footer(d, [R(TAG_NL + " – " + TAG_FR + "    ", i=True)], page="page", size=7)
    FR = "7F7F7F"

    def nl_fr(nl, fr):
        P(d, nl, after=2, align="j")
        P(d, R(fr, i=True, color=FR), after=8, align="j")

    P(d, R("Verslag bijeenkomst OCMW's – Rapport rencontre CPAS", b=True, size=15, color="2F5496"), align="c",
      after=2)
    P(d, R("21 maart 2024 – 21 mars 2024", b=True), align="c", after=0)
    P(d, "Online via Webex – En ligne via Webex | 9.30 – 12.30", align="c", after=0)
    P(d, R("Met simultaanvertaling NL/FR door Griet Lenaerts en Bert Van Acker – Avec interprétation simultanée "
           "NL/FR par Griet Lenaerts et Bert Van Acker", i=True, size=9), align="c", after=10)

    T(d, [
        ["Organisatie / Organisation", "Aanwezig / Présents"],
        ["POD MI / SPP IS", "Eline De Smet, Thomas Lejeune"],
        ["OCMW Gent / CPAS Gand", "Lotte Vermeulen, Yasmina Bouzid"],
        ["OCMW Luik / CPAS Liège", "Karim Benali, Chantal Gillet"],
        ["OCMW Charleroi / CPAS Charleroi", "Julie Marchal"],
        ["OCMW Binche / CPAS Binche", "Grégory Dupont"],
        ["OCMW Antwerpen / CPAS Anvers", "Sanne Jacobs"],
        ["OCMW Schoten / CPAS Schoten", "Ilse Peeters"],
        ["OCMW Brussel / CPAS Bruxelles", "Laurent Vandenberghe"],
        ["Tolken / Interprètes", "Griet Lenaerts, Bert Van Acker"],
    ], widths=[6.5, 9.5], head_fill="D9E2F3", size=9)
    P(d, R("Verontschuldigd / Excusés: ", b=True), "Nathalie Henrard (OCMW Luik / CPAS Liège), Amina El Khattabi "
      "(OCMW Brussel / CPAS Bruxelles)", before=4, after=10)

    P(d, R("Agenda / Ordre du jour", b=True), after=2)
    T(d, [
        ["09.30 – 09.45", "Welkom en technische afspraken / Accueil et consignes techniques"],
        ["09.45 – 10.30", "Jaarlijkse rapportering: gemeenschappelijke indicatoren / Rapportage annuel : indicateurs "
                          "communs"],
        ["10.30 – 11.15", "Nieuwe tevredenheidsenquête / Nouvelle enquête de satisfaction"],
        ["11.15 – 11.30", "Pauze / Pause"],
        ["11.30 – 12.15", "Archivering en GDPR / Archivage et RGPD"],
        ["12.15 – 12.30", "Varia en volgende bijeenkomst / Divers et prochaine rencontre"],
    ], widths=[3.0, 13.0], head_bold=False, size=9)

    H(d, "A. Welkom / Accueil", 1)
    nl_fr("Eline De Smet opent de vergadering en overloopt de technische afspraken: micro uit als je niet spreekt, "
          "taalkanaal kiezen via het tolkicoon, vragen in de chat mogen in beide talen.",
          "Eline De Smet ouvre la réunion et rappelle les consignes techniques : micro coupé quand on ne parle pas, "
          "choix du canal de langue via l'icône d'interprétation, questions dans le chat dans les deux langues.")
    nl_fr("Thomas Lejeune meldt dat de nieuwe overeenkomsten 2023-2027 door alle OCMW's ondertekend zijn.",
          "Thomas Lejeune annonce que les nouvelles conventions 2023-2027 ont été signées par tous les CPAS.")

    H(d, "B. Jaarlijkse rapportering: gemeenschappelijke indicatoren / Rapportage annuel : indicateurs communs", 1)
    nl_fr("De POD rapporteert jaarlijks de gemeenschappelijke output- en resultaatindicatoren van Verordening (EU) "
          "2021/1147. Voor onze projecten gaat het om: het aantal deelnemers aan ondersteunende activiteiten "
          "(taalcursus, maatschappelijke oriëntatie, persoonlijke professionele begeleiding), de deelnemers aan een "
          "taalcursus die minstens één ERK-niveau gestegen zijn, en de deelnemers die aangeven dat de activiteit hun "
          "integratie geholpen heeft. De cijfers 2023 worden verwacht tegen 15 april.",
          "Le SPP rapporte chaque année les indicateurs communs de réalisation et de résultat du Règlement (UE) "
          "2021/1147. Pour nos projets : le nombre de participants aux activités de soutien (cours de langue, "
          "orientation civique, accompagnement professionnel personnalisé), les participants à un cours de langue "
          "ayant progressé d'au moins un niveau du CECR, et les participants qui déclarent que l'activité a aidé "
          "leur intégration. Les chiffres 2023 sont attendus pour le 15 avril.")
    nl_fr("Vraag van Charleroi: wie meet het ERK-niveau als het OCMW zelf geen taallessen geeft? Antwoord: enkel "
          "rapporteren wat de taalpartner attesteert, anders 'niet van toepassing'.",
          "Question de Charleroi : qui mesure le niveau CECR quand le CPAS ne donne pas lui-même les cours ? "
          "Réponse : ne rapporter que ce que le partenaire linguistique atteste, sinon « non applicable ».")
    P(d, R("Opmerking: cijfers Luik 2023 nog aan te vullen – Remarque : chiffres de Liège 2023 encore à compléter.",
           b=True, color="C00000"), after=8)

    H(d, "C. Nieuwe tevredenheidsenquête / Nouvelle enquête de satisfaction", 1)
    nl_fr("Sinds september 2023 wordt de vereenvoudigde enquête gebruikt: 9 vragen met smileys, beschikbaar in het "
          "Nederlands, Frans, Engels, Arabisch, Dari, Tigrinya en Oekraïens. Eerste resultaten (342 ingevulde "
          "enquêtes): 81 % vindt dat de activiteiten helpen in het dagelijkse leven.",
          "Depuis septembre 2023, l'enquête simplifiée est utilisée : 9 questions avec smileys, disponible en "
          "néerlandais, français, anglais, arabe, dari, tigrinya et ukrainien. Premiers résultats (342 "
          "questionnaires) : 81 % estiment que les activités les aident au quotidien.")
    nl_fr("Lotte: woorden als 'integratie' en 'zelfstandig' blijven moeilijk. Julie en Grégory: in Charleroi en "
          "Binche vullen deelnemers de enquête in met hulp van de bemiddelaars, wat de antwoorden kan beïnvloeden.",
          "Lotte : des mots comme « intégration » et « autonome » restent difficiles. Julie et Grégory : à "
          "Charleroi et à Binche, les participants remplissent l'enquête avec l'aide des médiateurs, ce qui peut "
          "influencer les réponses.")

    H(d, "D. Archivering en GDPR / Archivage et RGPD", 1)
    nl_fr("Projectdocumenten worden bewaard tot vijf jaar na 31 december van het jaar van de laatste betaling "
          "(art. 82 Verordening (EU) 2021/1060). Persoonsgegevens niet langer dan nodig (AVG art. 5.1.e); een "
          "deelnemer kan inzage vragen in alles wat over hem bewaard wordt (art. 15). Elk OCMW blijft eigenaar van "
          "de gegevens van zijn deelnemers; de POD krijgt enkel geaggregeerde cijfers.",
          "Les documents du projet sont conservés cinq ans à partir du 31 décembre de l'année du dernier paiement "
          "(art. 82 du Règlement (UE) 2021/1060). Les données personnelles pas plus longtemps que nécessaire (RGPD "
          "art. 5.1.e) ; un participant peut demander à voir tout ce qui est conservé à son sujet (art. 15). Chaque "
          "CPAS reste propriétaire des données de ses participants ; le SPP ne reçoit que des chiffres agrégés.")
    nl_fr("Vraag van Binche: mogen papieren aanwezigheidslijsten na het inscannen vernietigd worden? Nog geen "
          "antwoord; dit komt in de FAQ (zie actiepunten).",
          "Question de Binche : peut-on détruire les listes de présence papier après les avoir scannées ? Pas "
          "encore de réponse ; la question sera reprise dans la FAQ (voir points d'action).")

    H(d, "E. Varia / Divers", 1)
    nl_fr("Ilse Peeters gaat in september met pensioen. Iedereen bedankt haar voor haar inzet in het netwerk sinds "
          "2018.",
          "Ilse Peeters prendra sa retraite en septembre. Tout le monde la remercie pour son engagement dans le "
          "réseau depuis 2018.")

    H(d, "F. Actiepunten / Points d'action", 1)
    T(d, [
        ["Wie / Qui", "Wat / Quoi", "Tegen / Pour le"],
        ["POD MI / SPP IS", ["Het rapporteringssjabloon 2023 opnieuw bezorgen aan alle OCMW's.",
                             R("Renvoyer le modèle de rapportage 2023 à tous les CPAS.", i=True, color=FR)], "25/03"],
        ["Alle OCMW's / Tous les CPAS", ["De indicatoren 2023 invullen en terugsturen.",
                                         R("Compléter et renvoyer les indicateurs 2023.", i=True, color=FR)], "15/04"],
        ["OCMW Luik / CPAS Liège", ["De cijfers 2023 van Luik aanvullen.",
                                    R("Compléter les chiffres 2023 de Liège.", i=True, color=FR)], "15/04"],
        ["Lotte Vermeulen", ["Lijst met moeilijke woorden in de enquête doorsturen naar de POD.",
                             R("Envoyer au SPP la liste des mots difficiles de l'enquête.", i=True, color=FR)],
         "30/04"],
        ["Julie Marchal, Grégory Dupont", ["De enquête testen met de bemiddelaars van Charleroi en Binche.",
                                           R("Tester l'enquête avec les médiateurs de Charleroi et de Binche.", i=True,
                                             color=FR)], "juni / juin"],
        ["Eline De Smet", ["Een FAQ over archivering en GDPR opstellen en delen.",
                           R("Rédiger et partager une FAQ sur l'archivage et le RGPD.", i=True, color=FR)],
         "mei / mai"],
        ["Nog te bepalen / À définir", ["Een gastspreker zoeken voor de bijeenkomst in juni (thema: geestelijke "
                                        "gezondheid).",
                                        R("Trouver un intervenant pour la rencontre de juin (thème : santé mentale).",
                                          i=True, color=FR)], "mei / mai"],
    ], widths=[4.0, 10.0, 2.0], head_fill="D9E2F3", size=9)

    P(d, R("Volgende bijeenkomst / Prochaine rencontre: donderdag 20 juni 2024 in Charleroi – jeudi 20 juin 2024 à "
           "Charleroi", b=True), before=10)

    exp = {
        "file": "114_webex_indicatoren.docx",
        "languages": ["nl", "fr"],
        "online": True,
        "interpretation": True,
        "date": "2024-03-21",
        "people": [
            ["Eline De Smet", "Present", "SPP"],
            ["Thomas Lejeune", "Present", "SPP"],
            ["Lotte Vermeulen", "Present", "GENT"],
            ["Yasmina Bouzid", "Present", "GENT"],
            ["Karim Benali", "Present", "LIEGE"],
            ["Chantal Gillet", "Present", "LIEGE"],
            ["Julie Marchal", "Present", "CHARLEROI"],
            ["Grégory Dupont", "Present", "BINCHE"],
            ["Sanne Jacobs", "Present", "ANTWERPEN"],
            ["Ilse Peeters", "Present", "SCHOTEN"],
            ["Laurent Vandenberghe", "Present", "BRUXELLES"],
            ["Griet Lenaerts", "Present", None],
            ["Bert Van Acker", "Present", None],
            ["Nathalie Henrard", "Excused", "LIEGE"],
            ["Amina El Khattabi", "Excused", "BRUXELLES"],
        ],
        "agenda": [
            ["09:30", "09:45", "Welkom en technische afspraken / Accueil et consignes techniques"],
            ["09:45", "10:30", "Jaarlijkse rapportering: gemeenschappelijke indicatoren / Rapportage annuel : "
                               "indicateurs communs"],
            ["10:30", "11:15", "Nieuwe tevredenheidsenquête / Nouvelle enquête de satisfaction"],
            ["11:15", "11:30", "Pauze / Pause"],
            ["11:30", "12:15", "Archivering en GDPR / Archivage et RGPD"],
            ["12:15", "12:30", "Varia en volgende bijeenkomst / Divers et prochaine rencontre"],
        ],
        "headings": [
            ["A", "Welkom / Accueil"],
            ["B", "Jaarlijkse rapportering: gemeenschappelijke indicatoren / Rapportage annuel : indicateurs communs"],
            ["C", "Nieuwe tevredenheidsenquête / Nouvelle enquête de satisfaction"],
            ["D", "Archivering en GDPR / Archivage et RGPD"],
            ["E", "Varia / Divers"],
            ["F", "Actiepunten / Points d'action"],
        ],
        "actions": [
            ["SPP", [], None, "Het rapporteringssjabloon 2023 opnieuw bezorgen"],
            ["CPAS", [], None, "De indicatoren 2023 invullen en terugsturen"],
            ["CPAS", [], "LIEGE", "De cijfers 2023 van Luik aanvullen"],
            ["Network Contact", ["Lotte Vermeulen"], None, "Lijst met moeilijke woorden in de enquête"],
            ["Several Network Contacts", ["Julie Marchal", "Grégory Dupont"], None,
             "De enquête testen met de bemiddelaars"],
            ["Network Contact", ["Eline De Smet"], None, "Een FAQ over archivering en GDPR"],
            ["To Be Assigned", [], None, "Een gastspreker zoeken voor de bijeenkomst"],
        ],
        "next_meeting": {"date": "2024-06-20",
                         "text": "Volgende bijeenkomst / Prochaine rencontre: donderdag 20 juni 2024 in Charleroi – "
                                 "jeudi 20 juin 2024 à Charleroi"},
        "remarks": ["Opmerking: cijfers Luik 2023 nog aan te vullen – Remarque : chiffres de Liège 2023 encore à "
                    "compléter."],
    }
    return d, exp


# ----------------------------------------------------------------------------------------------
# 115 - OCMW Mortsel (Els Wuyts), 10 June 2025, at the Sociaal Huis Mortsel, NL only
# ----------------------------------------------------------------------------------------------
def r115():
    d = new_doc("Calibri", 11)
    header(d, [R("OCMW Mortsel – partner AMIF-project Antwerpen", size=8, i=True)])
    footer(d, [R("verslag AMIF-netwerk – Mortsel 10/06/2025\t\t")], page="page", size=8)

    def kop(t):
        P(d, R(t, b=True, size=12), before=12, after=4, keep=True)

    P(d, R("VERSLAG NETWERKBIJEENKOMST AMIF", b=True, size=14), after=2)
    P(d, "dinsdag 10 juni 2025 – Sociaal Huis Mortsel (vergaderzaal 1e verdieping), 13u30 – 16u30", after=0)
    P(d, "Verslag: Els Wuyts (OCMW Mortsel)", after=10)

    P(d, R("Aanwezigen", b=True, u=True), after=2)
    for line in ["- Els Wuyts, Dirk Janssens (OCMW Mortsel)",
                 "- Sanne Jacobs (OCMW Antwerpen)",
                 "- Kristof Mertens (OCMW Edegem)",
                 "- Eline De Smet (POD MI)",
                 "- Lotte Vermeulen (OCMW Gent)",
                 "- Karim Benali (OCMW Luik)",
                 "- Julie Marchal (OCMW Charleroi)",
                 "- Laurent Vandenberghe (OCMW Brussel)"]:
        P(d, line, after=0, indent=0.5)
    P(d, R("Verontschuldigd: ", b=True), "Thomas Lejeune (POD MI), Grégory Dupont (OCMW Binche), Joke Hermans "
      "(OCMW Schoten)", before=6, after=10)

    P(d, R("Agenda", b=True, u=True), after=2)
    for line in ["13u30 - 13u45\tOnthaal en kennismaking",
                 "13u45 - 14u30\tVoorstelling werking Mortsel en Edegem",
                 "14u30 - 15u15\tEindevaluatie deelnemers: hoe pakken we het aan?",
                 "15u15 - 15u30\tKoffiepauze",
                 "15u30 - 16u15\tAfsluiting programmaperiode en overdracht dossiers",
                 "16u15 - 16u30\tVaria"]:
        P(d, line, after=0, tabs=[3.5])

    kop("I. Onthaal")
    P(d, "Els verwelkomt iedereen in het Sociaal Huis. Het is de eerste keer dat een partner-OCMW de bijeenkomst "
         "ontvangt. De vergadering verliep in het Nederlands en het Frans, zonder tolken: iedereen sprak zijn eigen "
         "taal en we hielden het tempo laag.")

    kop("II. Werking Mortsel en Edegem")
    P(d, "Mortsel: kleine groep van 14 deelnemers, vooral vrouwen. Eén keer per week Nederlands oefenen met "
         "vrijwilligers (buddywerking), één keer per maand een uitstap. Dirk doet de intake en de individuele "
         "opvolging. Voor de collectieve modules gaan de deelnemers naar Antwerpen.")
    P(d, "Edegem: enkel individuele trajecten (7 lopende dossiers), doorverwijzing naar Antwerpen voor de "
         "groepsmodules. Kristof merkt dat deelnemers pas na een paar maanden vertrouwen krijgen.")
    P(d, R("Nog aan te vullen: aantal deelnemers Edegem 2024.", i=True))

    kop("III. Eindevaluatie van de deelnemers")
    P(d, "Hoe sluiten we een traject af? Trajecten duren vaak langer dan zes maanden. Elk OCMW laat de "
         "tevredenheidsenquête invullen (nu in 8 talen) en het team bespreekt de vooruitgang van elke deelnemer. "
         "Doorstroom naar ISP of opleiding wordt apart genoteerd.")
    P(d, "Karim: in Luik is er een eindbilan, als spiegel van de oriëntatiebalans bij de start. Julie: Charleroi "
         "sluit elke module af met een groepsmoment, de deelnemers krijgen een attest. Lotte vindt dat het "
         "groepsmoment veel doet voor de groepsgeest.")
    P(d, "Mortsel gebruikt een eigen checklist voor het afsluitgesprek. Dirk zal de checklist van Mortsel aanpassen "
         "na de feedback van vandaag en ze daarna delen.")

    kop("IV. Afsluiting en overdracht dossiers")
    P(d, "Eline overloopt wat er bij het einde van een programmaperiode moet gebeuren: documenten bewaren tot vijf "
         "jaar na 31 december van het jaar van de laatste betaling, persoonsgegevens niet langer dan nodig. Elk OCMW "
         "bewaart zelf de dossiers van zijn deelnemers; de POD krijgt enkel de geaggregeerde cijfers. Bij de "
         "partners: de dossiers blijven in Mortsel, Edegem of Schoten, niet in Antwerpen.")
    P(d, "Sanne vraagt of de partner-OCMW's na 2025 in het project blijven. Daar is nog geen beslissing over.")

    kop("V. Varia")
    P(d, "Laurent meldt dat Brussel vanaf september een nieuwe groep voor jonge mannen start. Karim vraagt of "
         "iemand ervaring heeft met deelnemers met psychische klachten; zeker een thema voor een volgende keer.")

    kop("VI. Afspraken")
    T(d, [
        ["Wie", "Wat", "Tegen wanneer"],
        ["POD MI", "Checklist afsluiting projectperiode bezorgen aan alle OCMW's", "eind juni"],
        ["Kristof", "Aantal deelnemers Edegem 2024 doorgeven aan Eline", "20 juni"],
        ["Alle OCMW's", "Voorbeelden van eindevaluatie delen via het Teams-kanaal", "september"],
        ["Karim + Julie", "Korte voorstelling van het eindbilan (Luik) en het groepsmoment (Charleroi) voorbereiden",
         "volgende bijeenkomst"],
        ["OCMW Antwerpen", "Nagaan of de partner-OCMW's na 2025 in het project blijven", "oktober"],
        ["nog te bepalen", "Verslag vertalen naar het Frans", "z.s.m."],
    ], widths=[3.5, 9.5, 3.5], head_fill="E2EFD9", size=10)

    P(d, R("Volgende bijeenkomst: najaar 2025, online (datum via Doodle).", b=True), before=10)

    exp = {
        "file": "115_verslag_mortsel.docx",
        "languages": ["nl"],
        "online": False,
        "interpretation": False,
        "date": "2025-06-10",
        "people": [
            ["Els Wuyts", "Present", "MORTSEL"],
            ["Dirk Janssens", "Present", "MORTSEL"],
            ["Sanne Jacobs", "Present", "ANTWERPEN"],
            ["Kristof Mertens", "Present", "EDEGEM"],
            ["Eline De Smet", "Present", "SPP"],
            ["Lotte Vermeulen", "Present", "GENT"],
            ["Karim Benali", "Present", "LIEGE"],
            ["Julie Marchal", "Present", "CHARLEROI"],
            ["Laurent Vandenberghe", "Present", "BRUXELLES"],
            ["Thomas Lejeune", "Excused", "SPP"],
            ["Grégory Dupont", "Excused", "BINCHE"],
            ["Joke Hermans", "Excused", "SCHOTEN"],
        ],
        "agenda": [
            ["13:30", "13:45", "Onthaal en kennismaking"],
            ["13:45", "14:30", "Voorstelling werking Mortsel en Edegem"],
            ["14:30", "15:15", "Eindevaluatie deelnemers: hoe pakken we het aan?"],
            ["15:15", "15:30", "Koffiepauze"],
            ["15:30", "16:15", "Afsluiting programmaperiode en overdracht dossiers"],
            ["16:15", "16:30", "Varia"],
        ],
        "headings": [
            ["I", "Onthaal"],
            ["II", "Werking Mortsel en Edegem"],
            ["III", "Eindevaluatie van de deelnemers"],
            ["IV", "Afsluiting en overdracht dossiers"],
            ["V", "Varia"],
            ["VI", "Afspraken"],
        ],
        "actions": [
            ["Network Contact", ["Dirk Janssens"], None, "Dirk zal de checklist van Mortsel aanpassen"],
            ["SPP", [], None, "Checklist afsluiting projectperiode bezorgen aan alle"],
            ["Network Contact", ["Kristof Mertens"], None, "Aantal deelnemers Edegem 2024 doorgeven"],
            ["CPAS", [], None, "Voorbeelden van eindevaluatie delen via het Teams-kanaal"],
            ["Several Network Contacts", ["Karim Benali", "Julie Marchal"], None,
             "Korte voorstelling van het eindbilan"],
            ["CPAS", [], "ANTWERPEN", "Nagaan of de partner-OCMW's na 2025"],
            ["To Be Assigned", [], None, "Verslag vertalen naar het Frans"],
        ],
        "next_meeting": {"date": None, "text": "Volgende bijeenkomst: najaar 2025, online (datum via Doodle)."},
        "remarks": ["Nog aan te vullen: aantal deelnemers Edegem 2024."],
    }
    return d, exp


# ----------------------------------------------------------------------------------------------
# 116 - CPAS de Binche (Grégory Dupont), 22 January 2026, Teams, FR
# ----------------------------------------------------------------------------------------------
def r116():
    d = new_doc("Calibri", 11, margins=(2.0, 2.0, 2.0, 2.0))
    header(d, [R("CPAS de Binche", b=True, size=9), R(" – partenaire du projet FAMI de Charleroi", size=9)])
    footer(d, [R("PV réseau FAMI 22/01/2026 – ")], page="page", align="r", size=8)
    BLUE = "1F497D"

    def titre(t):
        P(d, R(t, b=True, color=BLUE), before=10, after=3, keep=True)

    P(d, R("Réunion réseau FAMI – 22/01/2026 – Teams", b=True, size=14), after=2)
    P(d, R("PV rédigé par Grégory Dupont (CPAS de Binche)", i=True, size=9), after=8)
    P(d, R("Présents : ", b=True), "Grégory Dupont (GD, CPAS de Binche), Julie Marchal (JM, CPAS de Charleroi), "
      "Thomas Lejeune (TL, SPP IS), Eline De Smet (ED, SPP IS), Lotte Vermeulen (LV, CPAS de Gand), Karim Benali "
      "(KB, CPAS de Liège), Sanne Jacobs (SJ, CPAS d’Anvers), Laurent Vandenberghe (LVB, CPAS de Bruxelles)",
      after=2)
    P(d, R("Excusés : ", b=True), "Nathalie Henrard (CPAS de Liège), Dirk Janssens (CPAS de Mortsel)", after=2)
    P(d, R("Réunion sans interprétation ; Lotte et Sanne ont suivi en français.", i=True, size=9), after=8)

    P(d, R("Ordre du jour :", b=True), after=2)
    for it in ["Tour de table", "Bilan 2025 et rapport annuel", "Enquête de satisfaction : premiers résultats",
               "Calendrier des rencontres 2026", "Divers"]:
        P(d, it, style="List Number")

    titre("1. Tour de table")
    bullets(d, [
        "Binche (GD) : module d’automne terminé avec 14 participants, 2 abandons (travail, déménagement).",
        "Charleroi (JM) : nouveau groupe depuis le 12 janvier, 11 inscrits.",
        "Gand (LV) : liste d’attente d’une vingtaine de personnes, surtout pour les groupes de langue.",
        "Liège (KB) : une nouvelle animatrice pour l’atelier créatif.",
        "Anvers (SJ) : Mortsel ne participe plus qu’aux trajets individuels.",
        "Bruxelles (LVB) : le groupe « jeunes hommes » fonctionne bien, 9 participants réguliers.",
    ])

    titre("2. Bilan 2025 et rapport annuel")
    P(d, "TL rappelle que le rapport annuel et les indicateurs communs sont attendus pour le 31 mars. Premiers "
         "chiffres 2025 (participants) : Gand 58, Liège 51, Charleroi 49, Binche 14, Anvers 47 (avec les "
         "partenaires).", align="j")
    P(d, "Les chiffres de Bruxelles sont encore à compléter.")

    titre("3. Enquête de satisfaction : premiers résultats")
    P(d, "ED présente les résultats 2025 : 412 questionnaires, dont un tiers remplis dans une autre langue que le "
         "français ou le néerlandais. La question sur l’aide à l’intégration obtient les meilleurs scores ; la "
         "question sur les horaires les moins bons (changements de dernière minute).", align="j")
    P(d, R("NB : graphiques de l’enquête à ajouter (envoyés séparément).", i=True))

    titre("5. Calendrier 2026")
    P(d, "Rencontres prévues : le 21 mai à Charleroi (en présentiel) et une réunion en ligne en octobre. TL "
         "signale que l’évaluation finale de la programmation arrivera en 2027.", align="j")

    titre("6. Divers")
    P(d, "KB signale que de plus en plus de participants présentent des difficultés de santé mentale ; SJ confirme "
         "pour Anvers. Proposition d’en faire un point à la prochaine rencontre.", align="j")
    P(d, R("À faire :", b=True, u=True), before=6, after=2)
    bullets(d, [
        "Envoyer le modèle de rapport annuel 2025 – le SPP",
        "Compléter les indicateurs 2025 pour le 28 février – chaque CPAS",
        "Partager les résultats détaillés de l’enquête de Gand – LV",
        "Réserver une salle et le lunch pour le 21 mai – JM",
        "Vérifier les chiffres de Binche (module d’automne) – GD",
        "Préparer un point sur la santé mentale des participants – KB et SJ",
    ])
    P(d, R("Prochaine réunion : jeudi 21 mai 2026 à Charleroi (en présentiel)", b=True), before=10)

    exp = {
        "file": "116_pv_teams_binche.docx",
        "languages": ["fr"],
        "online": True,
        "interpretation": False,
        "date": "2026-01-22",
        "people": [
            ["Grégory Dupont", "Present", "BINCHE"],
            ["Julie Marchal", "Present", "CHARLEROI"],
            ["Thomas Lejeune", "Present", "SPP"],
            ["Eline De Smet", "Present", "SPP"],
            ["Lotte Vermeulen", "Present", "GENT"],
            ["Karim Benali", "Present", "LIEGE"],
            ["Sanne Jacobs", "Present", "ANTWERPEN"],
            ["Laurent Vandenberghe", "Present", "BRUXELLES"],
            ["Nathalie Henrard", "Excused", "LIEGE"],
            ["Dirk Janssens", "Excused", "MORTSEL"],
        ],
        "agenda": [
            ["", "", "Tour de table"],
            ["", "", "Bilan 2025 et rapport annuel"],
            ["", "", "Enquête de satisfaction : premiers résultats"],
            ["", "", "Calendrier des rencontres 2026"],
            ["", "", "Divers"],
        ],
        "headings": [
            ["1", "Tour de table"],
            ["2", "Bilan 2025 et rapport annuel"],
            ["3", "Enquête de satisfaction : premiers résultats"],
            ["5", "Calendrier 2026"],
            ["6", "Divers"],
        ],
        "actions": [
            ["SPP", [], None, "Envoyer le modèle de rapport annuel 2025"],
            ["CPAS", [], None, "Compléter les indicateurs 2025 pour le 28 février"],
            ["Network Contact", ["Lotte Vermeulen"], None, "Partager les résultats détaillés de l’enquête de Gand"],
            ["Network Contact", ["Julie Marchal"], None, "Réserver une salle et le lunch"],
            ["Network Contact", ["Grégory Dupont"], None, "Vérifier les chiffres de Binche (module d’automne)"],
            ["Several Network Contacts", ["Karim Benali", "Sanne Jacobs"], None,
             "Préparer un point sur la santé mentale"],
        ],
        "next_meeting": {"date": "2026-05-21", "text": "Prochaine réunion : jeudi 21 mai 2026 à Charleroi (en présentiel)"},
        "remarks": ["Les chiffres de Bruxelles sont encore à compléter.",
                    "NB : graphiques de l’enquête à ajouter (envoyés séparément)."],
    }
    return d, exp


REPORTS = [r107, r108, r109, r110, r111, r112, r113, r114, r115, r116]


def main():
    frozen = os.path.exists(os.path.join(HERE, "expected.sha256"))
    for fn in REPORTS:
        d, exp = fn()
        base = exp["file"][: -len(".docx")]
        d.core_properties.title = base
        d.save(os.path.join(HERE, exp["file"]))
        text = json.dumps(exp, indent=1, ensure_ascii=False) + "\n"
        jp = os.path.join(HERE, base + ".expected.json")
        if frozen:
            with open(jp, encoding="utf-8") as f:
                if f.read() != text:
                    sys.exit("expected list of %s differs from the frozen one: not overwritten" % base)
        else:
            with open(jp, "w", encoding="utf-8") as f:
                f.write(text)
        print("wrote", exp["file"])


if __name__ == "__main__":
    main()
