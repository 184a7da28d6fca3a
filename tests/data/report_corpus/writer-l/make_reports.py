# -*- coding: utf-8 -*-
"""Meeting reports of the AMIF/FAMI knowledge network (reports 127-136).
Each function builds one .docx in the habits of one secretary and returns the expected dict,
typed by hand from the text written in that function."""
import json
import os

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
NB = "\u00a0"

# colours used by the different hands
NAVY = RGBColor(0x1F, 0x3A, 0x68)
GREEN = RGBColor(0x3A, 0x7D, 0x22)
GREY = RGBColor(0x59, 0x59, 0x59)
RED = RGBColor(0xC0, 0x00, 0x00)
TEAL = RGBColor(0x00, 0x6D, 0x77)
ORANGE = RGBColor(0xC5, 0x5A, 0x11)


def fr(s):
    """French autocorrect as Word does it: non-breaking spaces before : ; ? ! and inside « »,
    curly apostrophes."""
    for a, b in ((" :", NB + ":"), (" ;", NB + ";"), (" ?", NB + "?"), (" !", NB + "!"),
                 ("« ", "«" + NB), (" »", NB + "»")):
        s = s.replace(a, b)
    return s.replace("'", "\u2019")


def curly(s):
    return s.replace("'", "\u2019")


def same(s):
    return s


def deep(f, obj):
    if isinstance(obj, str):
        return f(obj)
    if isinstance(obj, list):
        return [deep(f, x) for x in obj]
    if isinstance(obj, dict):
        return {k: (v if k == "file" else deep(f, v)) for k, v in obj.items()}
    return obj


def _font(rpr_owner, name):
    rpr = rpr_owner.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.insert(0, rf)
    for att in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        if rf.get(qn(att)) is not None:
            del rf.attrib[qn(att)]
    for att in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rf.set(qn(att), name)


def new_doc(font="Calibri", size=11, margins=2.2, lang=None):
    d = Document()
    st = d.styles["Normal"]
    st.font.size = Pt(size)
    _font(st.element, font)
    for name in ("Heading 1", "Heading 2", "Heading 3", "Title", "List Bullet", "List Number"):
        _font(d.styles[name].element, font)
    for s in d.sections:
        s.left_margin = s.right_margin = Cm(margins)
        s.top_margin = s.bottom_margin = Cm(2.0)
    return d


def style_heading(d, level, size, color=None, bold=True, italic=False, before=12, after=4):
    s = d.styles["Heading %d" % level]
    s.font.size = Pt(size)
    s.font.bold = bold
    s.font.italic = italic
    if color is not None:
        s.font.color.rgb = color
    s.paragraph_format.space_before = Pt(before)
    s.paragraph_format.space_after = Pt(after)
    return s


def P(d, text="", bold=False, italic=False, size=None, color=None, align=None, style=None,
      after=None, before=None, underline=False, indent=None, runs=None):
    """A paragraph; runs=[(text, {bold, italic, color, underline, size}), ...] for mixed formatting."""
    p = d.add_paragraph(style=style) if style else d.add_paragraph()
    if runs is None:
        runs = [(text, {})] if text else []
        base = dict(bold=bold, italic=italic, size=size, color=color, underline=underline)
    else:
        base = dict(bold=False, italic=italic, size=size, color=color, underline=False)
    for t, fmt in runs:
        o = dict(base)
        o.update(fmt)
        r = p.add_run(t)
        r.bold = o["bold"] or None
        r.italic = o["italic"] or None
        r.underline = o["underline"] or None
        if o["size"]:
            r.font.size = Pt(o["size"])
        if o["color"] is not None:
            r.font.color.rgb = o["color"]
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "j":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if after is not None:
        p.paragraph_format.space_after = Pt(after)
    if before is not None:
        p.paragraph_format.space_before = Pt(before)
    if indent is not None:
        p.paragraph_format.left_indent = Cm(indent)
    return p


def page_field(p, instr="PAGE"):
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), instr)
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "1"
    r.append(t)
    fld.append(r)
    p._p.append(fld)


def header_footer(d, head=None, foot=None, page=True, head_align="r", foot_align="c",
                  color=GREY, size=8, italic_foot=False, page_prefix=" – "):
    s = d.sections[0]
    if head:
        hp = s.header.paragraphs[0]
        for i, line in enumerate(head if isinstance(head, list) else [head]):
            if i:
                hp.add_run().add_break()
            r = hp.add_run(line)
            r.font.size = Pt(size)
            r.font.color.rgb = color
        hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT if head_align == "r" else (
            WD_ALIGN_PARAGRAPH.CENTER if head_align == "c" else WD_ALIGN_PARAGRAPH.LEFT)
    fp = s.footer.paragraphs[0]
    if foot:
        r = fp.add_run(foot)
        r.font.size = Pt(size)
        r.font.color.rgb = color
        r.italic = italic_foot or None
    if page:
        r = fp.add_run(page_prefix if foot else "")
        r.font.size = Pt(size)
        page_field(fp)
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER if foot_align == "c" else (
        WD_ALIGN_PARAGRAPH.RIGHT if foot_align == "r" else WD_ALIGN_PARAGRAPH.LEFT)


def shade(cell, hexfill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexfill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, italic=False, size=None, color=None):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold or None
        r.italic = italic or None
        if size:
            r.font.size = Pt(size)
        if color is not None:
            r.font.color.rgb = color


def table(d, rows, widths=None, header=True, fill="D9E2F3", size=None, style="Table Grid",
          italic_cols=()):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = d.styles[style]
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            set_cell(c, val, bold=(header and i == 0), italic=(j in italic_cols and i > 0), size=size)
            if header and i == 0 and fill:
                shade(c, fill)
            if widths:
                c.width = Cm(widths[j])
    return t


def save(d, exp):
    d.save(os.path.join(HERE, exp["file"]))
    base = exp["file"][:-5]
    with open(os.path.join(HERE, base + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, indent=1, ensure_ascii=False)
        f.write("\n")


# ---------------------------------------------------------------------------------------------
# 127 - SPP, French-speaking coordinator (Hélène Dujardin). Arial 10, bilingual paragraph by
# paragraph (FR, then NL in grey italics), typed Roman headings in navy bold, people per
# organisation on lines, agenda table with FR and NL columns, actions in a table.
# ---------------------------------------------------------------------------------------------
def r127():
    T = fr
    d = new_doc("Arial", 10)
    header_footer(d, head=["POD | Maatschappelijke Integratie", "SPP | Intégration Sociale"],
                  foot=T("Vers une politique de migration plus intégrée, grâce au FAMI – Naar een geïntegreerd migratiebeleid, dankzij het AMIF"),
                  italic_foot=True, color=GREEN)

    def H(num, title):
        P(d, runs=[(num + ".\t", {}), (T(title), {})], bold=True, color=NAVY, size=11, before=14, after=4)

    def FRNL(f, n):
        P(d, T(f), align="j", after=2)
        P(d, T(n), italic=True, color=GREY, align="j", after=8)

    P(d, T("Rapport rencontre CPAS – Verslag bijeenkomst OCMW's"), bold=True, size=14, align="c", after=2)
    P(d, T("Réunion de lancement du réseau FAMI – Startvergadering van het AMIF-netwerk"), bold=True, size=11, align="c", after=2)
    P(d, "13 octobre 2016 – 13 oktober 2016", size=11, align="c", after=2)
    P(d, T("SPP Intégration Sociale, boulevard du Roi Albert II 30, 1000 Bruxelles – salle 6.12"), italic=True, align="c", after=2)
    P(d, T("Interprétation simultanée FR/NL – Simultaanvertaling FR/NL"), italic=True, align="c", after=12)

    P(d, T("Présents / Aanwezig :"), bold=True, after=2)
    for org, names in [("SPP IS / POD MI", "Hélène Dujardin, Pieter Vanhoutte, Wouter Claeys"),
                       ("CPAS de Gand / OCMW Gent", "Griet Vermeulen, Bram De Smedt"),
                       ("CPAS de Liège / OCMW Luik", "Marie-Christine Lambotte, Youssef Tahiri"),
                       ("CPAS de Charleroi / OCMW Charleroi", "Valérie Ghislain, Mehdi Ouazzani"),
                       ("CPAS d'Anvers / OCMW Antwerpen", "Eva Verhaegen"),
                       ("CPAS de Bruxelles / OCMW Brussel", "Aurélie Van Cauwenberghe"),
                       ("Interprètes / Tolken", "Patricia Rondeau, Dirk Lemmens")]:
        P(d, runs=[(T(org + " : "), {"italic": True}), (names, {})], after=0, indent=0.5)
    P(d, T("Excusés / Verontschuldigd :"), bold=True, before=6, after=2)
    P(d, runs=[(T("CPAS d'Anvers / OCMW Antwerpen : "), {"italic": True}), ("Kobe Janssens", {})], after=0, indent=0.5)
    P(d, runs=[(T("CPAS de Bruxelles / OCMW Brussel : "), {"italic": True}), ("Karim Haddouchi", {})], after=10, indent=0.5)

    P(d, T("Ordre du jour / Agenda :"), bold=True, after=4)
    table(d, [["Heure – Uur", "Ordre du jour", "Agenda"],
              ["9h30 – 10h00", T("Accueil et café"), "Onthaal en koffie"],
              ["10h00 – 10h30", T("Tour de table"), "Voorstellingsronde"],
              ["10h30 – 11h30", T("Le FAMI et le rôle du SPP"), "Het AMIF en de rol van de POD"],
              ["11h30 – 12h30", T("Présentation des projets par CPAS"), "Voorstelling van de projecten per OCMW"],
              ["12h30 – 13h30", T("Lunch"), "Lunch"],
              ["13h30 – 14h45", T("Rapportage et indicateurs"), "Rapportering en indicatoren"],
              ["14h45 – 15h00", T("Divers et prochaine rencontre"), "Varia en volgende bijeenkomst"]],
          widths=[3.2, 6.5, 6.5], size=9, italic_cols=(2,))

    H("I", "Accueil et tour de table – Onthaal en voorstellingsronde")
    FRNL("Hélène Dujardin souhaite la bienvenue aux représentants des cinq CPAS et rappelle l'objectif du réseau : permettre aux CPAS qui mènent un projet FAMI d'échanger leurs pratiques, leurs outils et leurs difficultés, par-delà la frontière linguistique. Chaque participant se présente brièvement, avec sa fonction dans le projet.",
         "Hélène Dujardin verwelkomt de vertegenwoordigers van de vijf OCMW's en herinnert aan het doel van het netwerk: de OCMW's met een AMIF-project laten uitwisselen over hun praktijken, hun instrumenten en hun moeilijkheden, over de taalgrens heen. Iedere deelnemer stelt zich kort voor, met zijn of haar functie in het project.")

    H("II", "Le FAMI et le rôle du SPP – Het AMIF en de rol van de POD")
    FRNL("Pieter Vanhoutte présente le cadre du Fonds Asile, Migration et Intégration 2014-2020. Le SPP suit les projets, rassemble les rapports et fait le lien avec l'autorité responsable du fonds. Les projets des CPAS visent l'activation sociale de ressortissants de pays tiers arrivés récemment. Il insiste sur un point : les données personnelles des participants restent au CPAS ; le SPP ne reçoit que des chiffres agrégés.",
         "Pieter Vanhoutte stelt het kader van het Asiel-, Migratie- en Integratiefonds 2014-2020 voor. De POD volgt de projecten op, verzamelt de rapporten en vormt de schakel met de verantwoordelijke autoriteit. De projecten van de OCMW's richten zich op de sociale activering van recent aangekomen onderdanen van derde landen. De persoonsgegevens van de deelnemers blijven bij het OCMW; de POD ontvangt enkel geaggregeerde cijfers.")
    FRNL("Wouter Claeys précise le calendrier : un rapport intermédiaire par an et un rapport final à la fin de la période. Les frais de personnel doivent être justifiés par des fiches de prestations mensuelles ; les frais de fonctionnement par des factures au nom du CPAS.",
         "Wouter Claeys licht de timing toe: een tussentijds rapport per jaar en een eindrapport op het einde van de periode. De personeelskosten worden verantwoord met maandelijkse prestatiestaten, de werkingskosten met facturen op naam van het OCMW.")

    H("III", "Présentation des projets – Voorstelling van de projecten")
    P(d, T("Chaque CPAS présente son projet en une dizaine de minutes."), after=4)
    for city, txt in [("Gand.", "Le projet « Nieuwe Start » combine un accompagnement individuel toutes les deux semaines et des ateliers collectifs de néerlandais pratique. Les participants sont orientés par les travailleurs sociaux des antennes ; un premier groupe de douze personnes a commencé en septembre."),
                      ("Liège.", "Le projet « Pas à Pas » fonctionne par modules : activation sociale pour les personnes peu scolarisées, atelier créatif, atelier informatique. Un entretien d'admission et un bilan d'orientation précèdent chaque inscription ; les inscriptions restent ouvertes toute l'année."),
                      ("Charleroi.", "« Cap Intégration » s'appuie sur une liste de bénéficiaires potentiels établie avec les assistants sociaux ; une première séance d'information est prévue le 8 novembre."),
                      ("Anvers.", "« Samen Vooruit » démarrera en janvier 2017 ; le recrutement du coach est en cours. Des CPAS voisins ont fait part de leur intérêt pour un partenariat."),
                      ("Bruxelles.", "« Trait d'Union » propose des séances d'information sur la vie en Belgique (institutions, droits et devoirs, logement, mobilité) et une sortie socioculturelle par mois.")]:
        P(d, runs=[(city + " ", {"bold": True}), (T(txt), {})], align="j", after=3)
    P(d, T("Elk OCMW stelt zijn project voor. Gent: individuele begeleiding om de twee weken en collectieve ateliers praktisch Nederlands, eerste groep van twaalf deelnemers sinds september. Luik: modulewerking (sociale activering, creatief atelier, informatica) na een intakegesprek en een oriëntatiebalans. Charleroi: lijst van potentiële deelnemers samen met de maatschappelijk werkers, eerste infosessie op 8 november. Antwerpen: start in januari 2017, aanwerving coach lopende. Brussel: infosessies over het leven in België en een maandelijkse sociaal-culturele uitstap."),
      italic=True, color=GREY, align="j", after=8)

    H("IV", "Rapportage et indicateurs – Rapportering en indicatoren")
    FRNL("La discussion porte sur ce qu'il faut compter : le nombre de participants, les heures de présence, les sorties vers une formation ou l'ISP. Les CPAS demandent des définitions communes, pour éviter que chacun compte à sa façon. Griet Vermeulen et Valérie Ghislain se proposent pour préparer une première liste d'indicateurs.",
         "De discussie gaat over wat er geteld moet worden: het aantal deelnemers, de aanwezigheidsuren, de uitstroom naar opleiding of SPI. De OCMW's vragen gemeenschappelijke definities, zodat niet iedereen op zijn eigen manier telt. Griet Vermeulen en Valérie Ghislain bieden aan een eerste lijst van indicatoren voor te bereiden.")

    H("V", "Points d'action – Actiepunten")
    table(d, [["Qui / Wie", "Quoi / Wat", "Échéance / Deadline"],
              ["Hélène Dujardin", T("Envoyer le modèle de fiche projet aux CPAS.\nHet sjabloon van de projectfiche naar de OCMW's sturen."), "28/10/2016"],
              [T("Chaque CPAS / Elk OCMW"), T("Compléter la fiche projet et la renvoyer au SPP.\nDe projectfiche invullen en terugsturen naar de POD."), "30/11/2016"],
              ["Griet Vermeulen, Valérie Ghislain", T("Préparer une proposition d'indicateurs communs.\nEen voorstel van gemeenschappelijke indicatoren voorbereiden."), T("prochaine rencontre / volgende bijeenkomst")],
              ["SPP / POD", T("Proposer un calendrier des rencontres 2017.\nEen kalender van de bijeenkomsten 2017 voorstellen."), "15/12/2016"],
              ["CPAS de Charleroi", T("Partager les supports de la séance d'information.\nHet materiaal van de infosessie delen."), "après le 8/11"],
              [T("À définir / Te bepalen"), T("Rassembler les coordonnées des référents de chaque projet.\nDe contactgegevens van de referenten per project verzamelen."), "—"]],
          widths=[4, 9, 3.2], size=9)

    H("VI", "Prochaine rencontre – Volgende bijeenkomst")
    FRNL("La prochaine rencontre aura lieu le 16 février 2017 au CPAS de Gand.",
         "De volgende bijeenkomst vindt plaats op 16 februari 2017 bij het OCMW Gent.")
    P(d, T("Rapport : Hélène Dujardin – relu par Pieter Vanhoutte, 21/10/2016"), italic=True, size=8, color=GREY, before=12, align="r")

    exp = {
        "file": "127_rencontre_lancement_reseau_2016.docx",
        "languages": ["fr", "nl"],
        "online": False,
        "interpretation": True,
        "date": "2016-10-13",
        "people": [["Hélène Dujardin", "Present", "SPP"], ["Pieter Vanhoutte", "Present", "SPP"],
                   ["Wouter Claeys", "Present", "SPP"], ["Griet Vermeulen", "Present", "GENT"],
                   ["Bram De Smedt", "Present", "GENT"], ["Marie-Christine Lambotte", "Present", "LIEGE"],
                   ["Youssef Tahiri", "Present", "LIEGE"], ["Valérie Ghislain", "Present", "CHARLEROI"],
                   ["Mehdi Ouazzani", "Present", "CHARLEROI"], ["Eva Verhaegen", "Present", "ANTWERPEN"],
                   ["Aurélie Van Cauwenberghe", "Present", "BRUXELLES"], ["Patricia Rondeau", "Present", None],
                   ["Dirk Lemmens", "Present", None], ["Kobe Janssens", "Excused", "ANTWERPEN"],
                   ["Karim Haddouchi", "Excused", "BRUXELLES"]],
        "agenda": [["09:30", "10:00", "Accueil et café"], ["10:00", "10:30", "Tour de table"],
                   ["10:30", "11:30", "Le FAMI et le rôle du SPP"],
                   ["11:30", "12:30", "Présentation des projets par CPAS"], ["12:30", "13:30", "Lunch"],
                   ["13:30", "14:45", "Rapportage et indicateurs"],
                   ["14:45", "15:00", "Divers et prochaine rencontre"]],
        "headings": [["I", "Accueil et tour de table – Onthaal en voorstellingsronde"],
                     ["II", "Le FAMI et le rôle du SPP – Het AMIF en de rol van de POD"],
                     ["III", "Présentation des projets – Voorstelling van de projecten"],
                     ["IV", "Rapportage et indicateurs – Rapportering en indicatoren"],
                     ["V", "Points d'action – Actiepunten"],
                     ["VI", "Prochaine rencontre – Volgende bijeenkomst"]],
        "actions": [["Network Contact", ["Hélène Dujardin"], None, "Envoyer le modèle de fiche projet aux CPAS"],
                    ["CPAS", [], None, "Compléter la fiche projet et la renvoyer"],
                    ["Several Network Contacts", ["Griet Vermeulen", "Valérie Ghislain"], None,
                     "Préparer une proposition d'indicateurs communs"],
                    ["SPP", [], None, "Proposer un calendrier des rencontres 2017"],
                    ["CPAS", [], "CHARLEROI", "Partager les supports de la séance d'information"],
                    ["To Be Assigned", [], None, "Rassembler les coordonnées des référents de chaque projet"]],
        "next_meeting": {"date": "2017-02-16",
                         "text": "La prochaine rencontre aura lieu le 16 février 2017 au CPAS de Gand."},
        "remarks": [],
    }
    return d, deep(T, exp)


# ---------------------------------------------------------------------------------------------
# 128 - OCMW Gent, secretary Bram De Smedt. Calibri 11, Word heading styles with typed "1.",
# agenda as lines with "10u00", people inline per city in one sentence, actions in the running
# text ("zal") and as arrow lines, French summary at the end. Straight apostrophes.
# ---------------------------------------------------------------------------------------------
def r128():
    d = new_doc("Calibri", 11)
    style_heading(d, 1, 13, color=TEAL)
    style_heading(d, 2, 11, color=TEAL)
    header_footer(d, head="OCMW Gent – Dienst Sociale Activering", foot="Verslag AMIF-netwerk 16/02/2017 – pagina",
                  page_prefix=" ", head_align="l", foot_align="r")

    P(d, "Verslag netwerkbijeenkomst AMIF", style="Title", after=0)
    P(d, "Donderdag 16 februari 2017 – Sociaal Huis Ledeberg, Gent", bold=True, color=TEAL, after=10)
    P(d, runs=[("Aanwezig: ", {"bold": True}),
               ("voor het OCMW Gent Griet Vermeulen, Nadia Ait Ouali en Bram De Smedt (verslag); voor het OCMW Luik Marie-Christine Lambotte en Delphine Masset; voor het OCMW Charleroi Valérie Ghislain; voor het OCMW Antwerpen Eva Verhaegen en Fatma Yildiz; voor het OCMW Brussel Aurélie Van Cauwenberghe en Karim Haddouchi; voor de POD Maatschappelijke Integratie Pieter Vanhoutte.", {})],
      align="j", after=4)
    P(d, runs=[("Verontschuldigd: ", {"bold": True}), ("Hélène Dujardin (POD MI), Mehdi Ouazzani (OCMW Charleroi).", {})], after=4)
    P(d, "Er was geen tolk voorzien. Iedereen sprak in zijn eigen taal; waar nodig vatte Nadia kort samen in het Frans.",
      italic=True, after=10)

    P(d, "Agenda", bold=True, color=TEAL, after=2)
    for line in ["10u00 – 10u15\tVerwelkoming en goedkeuring verslag 13 oktober",
                 "10u15 – 11u00\tVoorstelling project Nieuwe Start (OCMW Gent)",
                 "11u00 – 12u00\tStand van zaken per OCMW",
                 "12u00 – 13u00\tLunch",
                 "13u00 – 14u30\tWerkgroep intake en oriëntatiebalans",
                 "14u30 – 15u00\tAfspraken en varia"]:
        P(d, line, after=0, indent=0.5)
    P(d, "", after=4)

    P(d, "1. Verwelkoming", style="Heading 1")
    P(d, "Griet Vermeulen heet iedereen welkom in het Sociaal Huis van Ledeberg, waar het project Nieuwe Start zijn groepsactiviteiten houdt. Het verslag van de startvergadering van 13 oktober 2016 wordt zonder opmerkingen goedgekeurd.", align="j")

    P(d, "2. Voorstelling Nieuwe Start", style="Heading 1")
    P(d, "Het project begeleidt nieuwkomers die al lang leefloon krijgen en weinig contact hebben buiten hun eigen gemeenschap. Elke deelnemer heeft om de twee weken een individueel gesprek met een trajectbegeleider. Daarnaast zijn er twee collectieve modules:", align="j", after=2)
    for b in ["praktijkgericht Nederlands (twee voormiddagen per week), met oefeningen in de winkel, bij de huisarts en op de bus;",
              "een atelier 'Wegwijs in Gent' met bezoeken aan het Sociaal Huis, de bibliotheek en het wijkgezondheidscentrum."]:
        P(d, b, style="List Bullet", after=0)
    P(d, "De intercultureel bemiddelaars treden op als sociaal tolk tijdens de intakegesprekken. Op dit moment lopen 23 trajecten; 4 deelnemers zijn gestopt (verhuis, werk, ziekte).", align="j", before=4)

    P(d, "3. Stand van zaken per OCMW", style="Heading 1")
    for city, txt in [("Luik", "de modules lopen; het creatief atelier heeft een wachtlijst. Drie contracten per deelnemer (maatschappelijk werker, intake, modulebegeleider) werken goed om afspraken over aanwezigheid vast te leggen."),
                      ("Charleroi", "de eerste infosessie in november trok 41 van de 120 uitgenodigde personen. Een tweede sessie volgt in maart."),
                      ("Antwerpen", "de coach is sinds januari in dienst. Gesprekken met Schoten, Edegem en Mortsel over een samenwerking lopen nog."),
                      ("Brussel", "veel vraag naar de infosessies over huisvesting; de groep is vaak te groot voor één lokaal.")]:
        P(d, runs=[(city + ": ", {"bold": True}), (txt, {})], style="List Bullet", after=2)

    P(d, "4. Werkgroep intake en oriëntatiebalans", style="Heading 1")
    P(d, "In twee groepen vergelijken we hoe elk OCMW de intake doet. Gemeenschappelijk: een individueel gesprek, een analyse van de noden en een voorstel van modules. Verschillen zitten vooral in de duur (van 45 minuten tot twee keer een uur) en in wie het gesprek voert. Luik gebruikt een vast formulier dat ook de motivatie en de hindernissen bevraagt. Delphine zal het intakeformulier van Luik doorsturen naar alle OCMW's, met een korte toelichting in het Nederlands.", align="j")
    P(d, "De groep vindt dat de oriëntatiebalans ook iets moet zeggen over wat de deelnemer zelf wil bereiken, niet alleen over wat hem tegenhoudt.", align="j")
    P(d, "De opmerkingen van OCMW Antwerpen over dit punt zijn nog aan te vullen.", italic=True, color=RED)

    P(d, "5. Afspraken", style="Heading 1")
    for line in ["→ Griet en Eva maken een gezamenlijke vragenlijst voor de intake op, op basis van het formulier van Luik.",
                 "→ De POD bezorgt voor eind maart het rapporteringssjabloon 2017.",
                 "→ Elk OCMW stuurt zijn cijfers van 2016 naar Pieter (aantal deelnemers, uitstroom).",
                 "→ Een locatie zoeken voor de bijeenkomst van juni: wie, nog te bepalen."]:
        P(d, line, after=2, indent=0.3)

    P(d, "6. Varia", style="Heading 1")
    P(d, "Karim vraagt of de POD een opleiding over interculturele communicatie kan organiseren voor de maatschappelijk werkers van de antennes. Pieter antwoordt dat daar in 2017 geen budget voor is.", align="j")
    P(d, "Volgende bijeenkomst: juni 2017, plaats nog te bepalen.", bold=True, before=6)

    P(d, "Résumé en français", style="Heading 1")
    P(d, "Le CPAS de Gand a présenté son projet Nieuwe Start (accompagnement individuel toutes les deux semaines, néerlandais pratique, atelier de découverte de la ville). Tour de table : Liège a une liste d'attente pour l'atelier créatif, Charleroi a accueilli 41 personnes sur 120 invitées à sa séance d'information, Anvers a engagé son coach, Bruxelles manque de place pour ses séances. Sur l'entretien d'admission : Delphine envoie le formulaire de Liège à tous ; Griet et Eva préparent un questionnaire commun ; le SPP envoie le modèle de rapport 2017 avant fin mars ; chaque CPAS envoie ses chiffres 2016 à Pieter. Prochaine rencontre en juin 2017.",
      italic=True, align="j", size=10)

    exp = {
        "file": "128_verslag_netwerk_gent_2017.docx",
        "languages": ["nl", "fr"],
        "online": False,
        "interpretation": False,
        "date": "2017-02-16",
        "people": [["Griet Vermeulen", "Present", "GENT"], ["Nadia Ait Ouali", "Present", "GENT"],
                   ["Bram De Smedt", "Present", "GENT"], ["Marie-Christine Lambotte", "Present", "LIEGE"],
                   ["Delphine Masset", "Present", "LIEGE"], ["Valérie Ghislain", "Present", "CHARLEROI"],
                   ["Eva Verhaegen", "Present", "ANTWERPEN"], ["Fatma Yildiz", "Present", "ANTWERPEN"],
                   ["Aurélie Van Cauwenberghe", "Present", "BRUXELLES"], ["Karim Haddouchi", "Present", "BRUXELLES"],
                   ["Pieter Vanhoutte", "Present", "SPP"], ["Hélène Dujardin", "Excused", "SPP"],
                   ["Mehdi Ouazzani", "Excused", "CHARLEROI"]],
        "agenda": [["10:00", "10:15", "Verwelkoming en goedkeuring verslag 13 oktober"],
                   ["10:15", "11:00", "Voorstelling project Nieuwe Start (OCMW Gent)"],
                   ["11:00", "12:00", "Stand van zaken per OCMW"],
                   ["12:00", "13:00", "Lunch"],
                   ["13:00", "14:30", "Werkgroep intake en oriëntatiebalans"],
                   ["14:30", "15:00", "Afspraken en varia"]],
        "headings": [["1", "Verwelkoming"], ["2", "Voorstelling Nieuwe Start"], ["3", "Stand van zaken per OCMW"],
                     ["4", "Werkgroep intake en oriëntatiebalans"], ["5", "Afspraken"], ["6", "Varia"],
                     ["", "Résumé en français"]],
        "actions": [["Network Contact", ["Delphine Masset"], None, "Delphine zal het intakeformulier van Luik doorsturen"],
                    ["Several Network Contacts", ["Griet Vermeulen", "Eva Verhaegen"], None,
                     "Griet en Eva maken een gezamenlijke vragenlijst"],
                    ["SPP", [], None, "De POD bezorgt voor eind maart het rapporteringssjabloon"],
                    ["CPAS", [], None, "Elk OCMW stuurt zijn cijfers van 2016"],
                    ["To Be Assigned", [], None, "Een locatie zoeken voor de bijeenkomst van juni"]],
        "next_meeting": {"date": None, "text": "Volgende bijeenkomst: juni 2017, plaats nog te bepalen."},
        "remarks": ["De opmerkingen van OCMW Antwerpen over dit punt zijn nog aan te vullen."],
    }
    return d, exp


# ---------------------------------------------------------------------------------------------
# 129 - CPAS de Liège, secretary Delphine Masset. Century Gothic 10.5, headings as lettered bold
# underlined lines "A.", people in prose per CPAS with Mme/M., agenda in a sentence of the
# introduction, actions in the running text (future, "va + infinitif") and a few bullets with
# the owner in brackets. Word French autocorrect (nbsp, « », curly apostrophes).
# ---------------------------------------------------------------------------------------------
def r129():
    T = fr
    d = new_doc("Century Gothic", 10.5, margins=2.5)
    header_footer(d, head=T("CPAS de Liège – Département de l'Action sociale – Projet FAMI « Pas à Pas »"),
                  foot=T("PV rencontre réseau FAMI du 7 juin 2018"), color=ORANGE, foot_align="l", page_prefix=" – page ")

    def H(letter, title):
        P(d, runs=[(letter + ". " + T(title), {"bold": True, "underline": True})], before=12, after=4, color=ORANGE)

    P(d, T("PROCÈS-VERBAL"), bold=True, size=16, color=ORANGE, after=0)
    P(d, T("Rencontre du réseau FAMI des CPAS"), bold=True, size=12, after=0)
    P(d, T("Jeudi 7 juin 2018, de 9h30 à 15h30 – Maison de l'activation sociale, rue Sainte-Marguerite 112, 4000 Liège"), italic=True, after=12)

    P(d, T("Étaient présents : pour le CPAS de Liège, Mme Marie-Christine Lambotte, M. Youssef Tahiri, M. Grégory Lejeune et moi-même, Delphine Masset ; pour l'OCMW Gent, Mme Griet Vermeulen et M. Bram De Smedt ; pour le CPAS de Charleroi, Mme Valérie Ghislain ; pour l'OCMW d'Anvers, Mme Eva Verhaegen et M. Kobe Janssens ; pour le CPAS de Bruxelles, Mme Aurélie Van Cauwenberghe ; pour le SPP Intégration sociale, Mme Hélène Dujardin."), align="j")
    P(d, T("S'étaient excusés : M. Pieter Vanhoutte (SPP) et Mme Fatma Yildiz (OCMW d'Anvers)."), align="j")
    P(d, T("Les collègues néerlandophones ont suivi la journée en français ; aucune interprétation n'avait été prévue, Mme Vermeulen et M. Janssens ayant indiqué qu'ils n'en avaient pas besoin."), align="j")
    P(d, T("L'ordre du jour prévoyait, après l'accueil, la visite du potager collectif, un retour sur les contrats de participation, l'atelier « Dire et écrire sa ville » et un tour de table sur les enquêtes de satisfaction."), align="j", after=8)

    H("A", "Accueil")
    P(d, T("Mme Lambotte accueille les CPAS dans la maison de l'activation sociale, où se déroulent tous les ateliers du projet depuis janvier. Elle rappelle que l'accueil est assuré chaque matin par un membre du personnel, pour que personne n'arrive « dans le vide ». Café et croissants ont été offerts par l'équipe."), align="j")

    H("B", "Visite du potager collectif")
    P(d, T("Le potager, à dix minutes à pied, est cultivé deux matinées par semaine par un groupe de huit participants avec M. Tahiri. Le travail de la terre sert de support à la langue : on nomme les outils, on lit les étiquettes des semis, on note la météo. Plusieurs participants, qui étaient agriculteurs dans leur pays, y prennent un rôle de tuteur, ce qui renforce leur confiance en eux."), align="j")

    H("C", "Les contrats de participation")
    P(d, T("Chaque participant signe trois contrats : avec son assistant social, avec la personne qui mène l'entretien d'admission et avec le responsable du module. Les règles sur le taux de présence (80 %) et la ponctualité y figurent. Les autres CPAS trouvent la formule intéressante mais s'interrogent sur la charge administrative ; Gand et Anvers travaillent avec un seul contrat de trajet."), align="j")
    P(d, T("Le CPAS de Liège va envoyer le modèle des trois contrats à tous les partenaires, avec la grille utilisée pour suivre les retards."), align="j")

    H("D", "Atelier « Dire et écrire sa ville »")
    P(d, T("M. Lejeune fait vivre aux participants de la réunion une séquence de l'atelier : à partir de photos prises dans le quartier, chacun décrit un lieu, puis écrit une phrase sur une carte postale. L'exercice montre qu'on peut travailler l'écrit avec des personnes très peu scolarisées si l'on part de leur environnement. Mme Van Cauwenberghe souhaite l'adapter aux séances d'information de Bruxelles."), align="j")

    H("E", "Enquêtes de satisfaction : tour de table")
    P(d, T("Tous les CPAS constatent que l'enquête actuelle est difficile pour le public : les termes sont abstraits (« pertinence », « atteinte des objectifs ») et elle n'existe qu'en français et en néerlandais. À Charleroi, les participants la remplissent avec l'aide d'un animateur, ce qui influence les réponses. À Gand, une médiatrice interculturelle traduit oralement."), align="j")
    P(d, T("Griet proposera une version simplifiée de l'enquête, avec des pictogrammes, pour la prochaine rencontre. Le SPP va se renseigner sur la possibilité de faire traduire l'enquête en arabe, en dari et en tigrinya. Chaque CPAS fera parvenir ses remarques sur l'enquête avant le 15 septembre."), align="j")

    H("F", "Suites")
    P(d, T("Outre ce qui précède :"), after=2)
    for b in ["Transmettre les photos de la journée aux participants du réseau (Youssef)",
              "Mettre en ligne le compte rendu sur l'espace partagé (Mme Dujardin)"]:
        P(d, T(b), style="List Bullet", after=0)
    P(d, T("Prochaine rencontre : en novembre, à Charleroi."), bold=True, before=10)
    P(d, T("Pour le CPAS de Liège,"), before=14, after=0)
    P(d, "Delphine Masset", italic=True, after=0)
    P(d, T("Agente d'insertion – entretiens d'admission"), size=9, after=0)

    exp = {
        "file": "129_pv_rencontre_liege_2018.docx",
        "languages": ["fr"],
        "online": False,
        "interpretation": False,
        "date": "2018-06-07",
        "people": [["Marie-Christine Lambotte", "Present", "LIEGE"], ["Youssef Tahiri", "Present", "LIEGE"],
                   ["Grégory Lejeune", "Present", "LIEGE"], ["Delphine Masset", "Present", "LIEGE"],
                   ["Griet Vermeulen", "Present", "GENT"], ["Bram De Smedt", "Present", "GENT"],
                   ["Valérie Ghislain", "Present", "CHARLEROI"], ["Eva Verhaegen", "Present", "ANTWERPEN"],
                   ["Kobe Janssens", "Present", "ANTWERPEN"], ["Aurélie Van Cauwenberghe", "Present", "BRUXELLES"],
                   ["Hélène Dujardin", "Present", "SPP"], ["Pieter Vanhoutte", "Excused", "SPP"],
                   ["Fatma Yildiz", "Excused", "ANTWERPEN"]],
        "agenda": [[None, None, "l'accueil"], [None, None, "la visite du potager collectif"],
                   [None, None, "un retour sur les contrats de participation"],
                   [None, None, "l'atelier « Dire et écrire sa ville »"],
                   [None, None, "un tour de table sur les enquêtes de satisfaction"]],
        "headings": [["A", "Accueil"], ["B", "Visite du potager collectif"], ["C", "Les contrats de participation"],
                     ["D", "Atelier « Dire et écrire sa ville »"], ["E", "Enquêtes de satisfaction : tour de table"],
                     ["F", "Suites"]],
        "actions": [["CPAS", [], "LIEGE", "Le CPAS de Liège va envoyer le modèle"],
                    ["Network Contact", ["Griet Vermeulen"], None, "Griet proposera une version simplifiée de l'enquête"],
                    ["SPP", [], None, "Le SPP va se renseigner sur la possibilité"],
                    ["CPAS", [], None, "Chaque CPAS fera parvenir ses remarques sur"],
                    ["Network Contact", ["Youssef Tahiri"], None, "Transmettre les photos de la journée aux participants"],
                    ["Network Contact", ["Hélène Dujardin"], None, "Mettre en ligne le compte rendu sur"]],
        "next_meeting": {"date": None, "text": "Prochaine rencontre : en novembre, à Charleroi."},
        "remarks": [],
    }
    return d, deep(T, exp)


# ---------------------------------------------------------------------------------------------
# 130 - CPAS de Charleroi, secretary Caroline Dethier (partner Binche present). Verdana 9.5,
# headings typed "1)" in bold capitals-free lines, people in a table (name / organisation /
# presence, excused mixed in), agenda as an automatic numbered list with "9h30 :", actions as
# bullets with the owner in brackets or before a colon, "[chiffres ... à venir]". Straight
# apostrophes, no autocorrect spaces.
# ---------------------------------------------------------------------------------------------
def r130():
    d = new_doc("Verdana", 9.5)
    header_footer(d, head="CPAS de Charleroi - Service Intégration des personnes étrangères",
                  foot="Réunion réseau FAMI - 20/11/2018 - page", page_prefix=" ", head_align="l", foot_align="r")

    def H(num, title):
        P(d, num + ") " + title, bold=True, size=10.5, color=RED, before=12, after=4)

    P(d, "CPAS DE CHARLEROI", bold=True, size=12, color=RED, after=0)
    P(d, "Réunion du réseau FAMI - Compte rendu", bold=True, size=12, after=0)
    P(d, "Mardi 20 novembre 2018 - Espace citoyen de Marchienne-Docherie, rue de la Providence 31, 6030 Charleroi", after=2)
    P(d, "Secrétariat: Caroline Dethier - Interprétation: non prévue", italic=True, size=8.5, after=10)

    P(d, "Participants", bold=True, after=2)
    table(d, [["Nom", "Organisation", "Présence"],
              ["Valérie Ghislain", "CPAS de Charleroi", "présente"],
              ["Mehdi Ouazzani", "CPAS de Charleroi", "présent"],
              ["Caroline Dethier", "CPAS de Charleroi", "présente (PV)"],
              ["Fabienne Hanoteau", "CPAS de Binche", "présente"],
              ["Julien Stiévenart", "CPAS de Binche", "présent"],
              ["Hélène Dujardin", "SPP Intégration sociale", "présente"],
              ["Pieter Vanhoutte", "SPP Intégration sociale", "excusé"],
              ["Griet Vermeulen", "OCMW Gent", "présente"],
              ["Marie-Christine Lambotte", "CPAS de Liège", "présente"],
              ["Eva Verhaegen", "OCMW Antwerpen", "présente"],
              ["Inge Peeters", "OCMW Schoten", "présente"],
              ["Aurélie Van Cauwenberghe", "CPAS de Bruxelles", "excusée"]],
          widths=[5, 6, 4], fill="F2DCDB", size=8.5)

    P(d, "Ordre du jour", bold=True, before=10, after=2)
    for it in ["9h30: Accueil", "9h45: Le partenariat Charleroi-Binche", "10h30: Recrutement: du listing à la séance d'information",
               "11h30: Règles d'éligibilité des dépenses (SPP)", "12h15: Divers"]:
        P(d, it, style="List Number", after=0)

    H("1", "Accueil")
    P(d, "Valérie Ghislain accueille le réseau à Marchienne. C'est la première réunion à laquelle participent les collègues de Binche, partenaire du projet depuis septembre, et Inge Peeters pour Schoten, qui rejoindra le projet d'Anvers.", align="j")

    H("2", "Le partenariat Charleroi-Binche")
    P(d, "Fabienne Hanoteau explique pourquoi Binche a choisi de s'associer à Charleroi plutôt que de lancer son propre projet: un petit CPAS n'a pas assez de participants pour former des groupes chaque semaine, ni le personnel pour un coordinateur à temps plein. Concrètement:", align="j", after=2)
    for b in ["les participants binchois suivent les ateliers à Charleroi deux jours par semaine (trajet en bus pris en charge);",
              "le coaching individuel se fait à Binche, avec Julien Stiévenart, toutes les deux semaines;",
              "les AS de Binche orientent directement vers le projet, sans passer par le listing de Charleroi."]:
        P(d, "- " + b, indent=0.6, after=0)
    P(d, "Difficulté principale: la mobilité. Plusieurs personnes ne viennent plus l'hiver, quand les bus sont moins fréquents.", before=4, align="j")

    H("3", "Recrutement: du listing à la séance d'information")
    P(d, "Mehdi Ouazzani présente les chiffres du module 3 (septembre 2018 - juin 2019):", after=2)
    table(d, [["Étape", "Nombre", "%"],
              ["Personnes répertoriées (listing observatoire)", "940", "-"],
              ["Retenues par les AS", "262", "28 %"],
              ["Présentes à la séance d'information", "84", "32 % des invitées"],
              ["Inscrites au module", "51", "61 % des présentes"]],
          widths=[8, 3, 4], fill="F2DCDB", size=8.5)
    P(d, "[chiffres de Binche à venir]", italic=True, before=4)
    P(d, "Le taux de présence aux séances d'information reste autour d'un tiers. Les AS qui appellent eux-mêmes la personne la veille obtiennent de meilleurs résultats qu'un simple courrier. Gand signale que la présence d'un médiateur interculturel à la séance aide beaucoup les personnes qui ne lisent pas le français ou le néerlandais.", align="j")

    H("4", "Règles d'éligibilité des dépenses (SPP)")
    P(d, "Hélène Dujardin rappelle que les frais de déplacement des participants sont éligibles s'ils sont justifiés (tickets, abonnements). Les repas lors des sorties aussi, dans une limite raisonnable. Les frais d'un partenaire comme Binche doivent passer par la convention de partenariat.", align="j")

    H("5", "Divers")
    P(d, "Eva Verhaegen annonce que Schoten, Edegem et Mortsel entreront comme partenaires d'Anvers en 2019.", align="j")

    P(d, "Actions", bold=True, size=10.5, color=RED, before=12, after=4)
    for b in ["Envoyer le tableau de suivi du recrutement aux CPAS (Mehdi)",
              "CPAS de Binche: compléter les chiffres de participation du module 3",
              "Le SPP transmettra la note sur les dépenses éligibles des partenaires",
              "Valérie et Fabienne organisent une rencontre avec les antennes sociales de Binche",
              "Fixer une date pour l'échange de pratiques entre animateurs (à définir)"]:
        P(d, b, style="List Bullet", after=0)
    P(d, "La prochaine réunion du réseau se tiendra en mars 2019 à Anvers.", before=10, bold=True)

    exp = {
        "file": "130_compte_rendu_charleroi_2018.docx",
        "languages": ["fr"],
        "online": False,
        "interpretation": False,
        "date": "2018-11-20",
        "people": [["Valérie Ghislain", "Present", "CHARLEROI"], ["Mehdi Ouazzani", "Present", "CHARLEROI"],
                   ["Caroline Dethier", "Present", "CHARLEROI"], ["Fabienne Hanoteau", "Present", "BINCHE"],
                   ["Julien Stiévenart", "Present", "BINCHE"], ["Hélène Dujardin", "Present", "SPP"],
                   ["Griet Vermeulen", "Present", "GENT"], ["Marie-Christine Lambotte", "Present", "LIEGE"],
                   ["Eva Verhaegen", "Present", "ANTWERPEN"], ["Inge Peeters", "Present", "SCHOTEN"],
                   ["Pieter Vanhoutte", "Excused", "SPP"], ["Aurélie Van Cauwenberghe", "Excused", "BRUXELLES"]],
        "agenda": [["09:30", None, "Accueil"], ["09:45", None, "Le partenariat Charleroi-Binche"],
                   ["10:30", None, "Recrutement: du listing à la séance d'information"],
                   ["11:30", None, "Règles d'éligibilité des dépenses (SPP)"], ["12:15", None, "Divers"]],
        "headings": [["1", "Accueil"], ["2", "Le partenariat Charleroi-Binche"],
                     ["3", "Recrutement: du listing à la séance d'information"],
                     ["4", "Règles d'éligibilité des dépenses (SPP)"], ["5", "Divers"], ["", "Actions"]],
        "actions": [["Network Contact", ["Mehdi Ouazzani"], None, "Envoyer le tableau de suivi du recrutement aux CPAS"],
                    ["CPAS", [], "BINCHE", "compléter les chiffres de participation du module 3"],
                    ["SPP", [], None, "Le SPP transmettra la note sur les dépenses"],
                    ["Several Network Contacts", ["Valérie Ghislain", "Fabienne Hanoteau"], None,
                     "Valérie et Fabienne organisent une rencontre avec"],
                    ["To Be Assigned", [], None, "Fixer une date pour l'échange de pratiques"]],
        "next_meeting": {"date": None, "text": "La prochaine réunion du réseau se tiendra en mars 2019 à Anvers."},
        "remarks": ["[chiffres de Binche à venir]"],
    }
    return d, exp


# ---------------------------------------------------------------------------------------------
# 131 - POD MI, Dutch-speaking coordinator (Pieter Vanhoutte). Online (Teams), simultaneous
# interpretation. Calibri 10, NL and FR side by side in a borderless two-column table under
# each Heading 2 "1. Welkom – Accueil", agenda table with "09.30-09.45", actions table.
# ---------------------------------------------------------------------------------------------
def r131():
    d = new_doc("Calibri", 10)
    style_heading(d, 2, 11.5, color=NAVY, before=12, after=3)
    header_footer(d, head=["POD | Maatschappelijke Integratie", "SPP | Intégration Sociale"],
                  foot="Naar een geïntegreerd migratiebeleid, dankzij het AMIF – Vers une politique de migration plus intégrée, grâce au FAMI",
                  italic_foot=True, color=GREEN)

    def SBS(nl, fr_):
        t = d.add_table(rows=1, cols=2)
        set_cell(t.cell(0, 0), nl)
        set_cell(t.cell(0, 1), fr_, italic=True, color=GREY)
        t.cell(0, 0).width = Cm(8.3)
        t.cell(0, 1).width = Cm(8.3)
        P(d, "", after=0)

    P(d, "Verslag bijeenkomst OCMW's – Rapport rencontre CPAS", bold=True, size=15, color=NAVY, align="c", after=2)
    P(d, "14 mei 2020 – 14 mai 2020", bold=True, size=11, align="c", after=2)
    P(d, "Online via Microsoft Teams – En ligne via Microsoft Teams", align="c", after=2)
    P(d, "Met simultaanvertaling NL/FR – Avec interprétation simultanée NL/FR", italic=True, align="c", after=10)

    P(d, "Aanwezig – Présents", bold=True, after=2)
    for n in ["Pieter Vanhoutte (POD MI)", "Hélène Dujardin (SPP IS)", "Wouter Claeys (POD MI)",
              "Griet Vermeulen (OCMW Gent)", "Nadia Ait Ouali (OCMW Gent)",
              "Marie-Christine Lambotte (CPAS Liège)", "Grégory Lejeune (CPAS Liège)",
              "Valérie Ghislain (CPAS Charleroi)", "Fabienne Hanoteau (CPAS Binche)",
              "Eva Verhaegen (OCMW Antwerpen)", "Tom Van Looy (OCMW Edegem)", "Liesbeth De Wilde (OCMW Mortsel)",
              "Aurélie Van Cauwenberghe (CPAS Bruxelles)",
              "Anke Wouters en Laurent Deprez (tolken – interprètes)"]:
        P(d, n, style="List Bullet", after=0)
    P(d, "Verontschuldigd – Excusés", bold=True, before=6, after=2)
    for n in ["Karim Haddouchi (CPAS Bruxelles)", "Inge Peeters (OCMW Schoten)"]:
        P(d, n, style="List Bullet", after=0)

    P(d, "Agenda – Ordre du jour", bold=True, before=8, after=2)
    table(d, [["Uur – Heure", "Agendapunt", "Point"],
              ["09.30-09.45", "Welkom en technische check", "Accueil et vérification technique"],
              ["09.45-10.45", "Stand van zaken per OCMW", "État des lieux par CPAS"],
              ["10.45-11.00", "Pauze", "Pause"],
              ["11.00-11.45", "Hervatting van de groepsactiviteiten", "Reprise des activités de groupe"],
              ["11.45-12.15", "Budget en verlenging", "Budget et prolongation"],
              ["12.15-12.30", "Varia", "Divers"]],
          widths=[3, 6.5, 6.5], size=9, italic_cols=(2,))

    P(d, "1. Welkom – Accueil", style="Heading 2")
    SBS("Pieter Vanhoutte opent de eerste online bijeenkomst van het netwerk. De bijeenkomst in Antwerpen van 19 maart werd geannuleerd wegens de lockdown. Iedereen wordt gevraagd de micro uit te zetten en het kanaal van de tolken te kiezen (NL of FR).",
        "Pieter Vanhoutte ouvre la première rencontre en ligne du réseau. La rencontre d'Anvers du 19 mars a été annulée en raison du confinement. Chacun est prié de couper son micro et de choisir le canal d'interprétation (NL ou FR).")

    P(d, "2. Stand van zaken per OCMW – État des lieux par CPAS", style="Heading 2")
    SBS("Alle groepsactiviteiten liggen stil sinds half maart. De OCMW's houden contact met de deelnemers via telefoon, WhatsApp en soms videobellen.\n"
        "Gent: individuele gesprekken telefonisch, met de intercultureel bemiddelaar in een driegesprek. Luik: oefenbladen worden aan huis gebracht. Charleroi en Binche: wekelijkse telefoon per deelnemer; Binche stelt vast dat vier deelnemers geen gsm-krediet meer hebben. Antwerpen, Edegem en Mortsel: de start van de groep in Mortsel is uitgesteld. Brussel: de helft van de deelnemers is niet bereikbaar.",
        "Toutes les activités de groupe sont à l'arrêt depuis la mi-mars. Les CPAS gardent le contact avec les participants par téléphone, WhatsApp et parfois en visio.\n"
        "Gand : entretiens individuels par téléphone, à trois avec le médiateur interculturel. Liège : des fiches d'exercices sont déposées à domicile. Charleroi et Binche : un appel par semaine et par participant ; Binche constate que quatre participants n'ont plus de crédit d'appel. Anvers, Edegem et Mortsel : le démarrage du groupe de Mortsel est reporté. Bruxelles : la moitié des participants est injoignable.")

    P(d, "3. Groepsgrootte en hervatting – Taille des groupes et reprise", style="Heading 2")
    SBS("Vanaf juni mogen kleine groepen opnieuw samenkomen, volgens de regels van elk OCMW. Charleroi en Luik werken met 3 deelnemers + 1 begeleider, Gent met 4 + 1. Brussel wacht nog op het advies van de preventieadviseur. Iedereen is het erover eens dat de deelnemers de wijzigingen van het uurrooster tijdig en in een eenvoudige taal moeten krijgen.",
        "À partir de juin, de petits groupes pourront se réunir à nouveau, selon les règles de chaque CPAS. Charleroi et Liège travaillent avec 3 participants + 1 formateur, Gand avec 4 + 1. Bruxelles attend encore l'avis du conseiller en prévention. Tous s'accordent à dire que les participants doivent recevoir les changements d'horaire à temps et dans une langue simple.")

    P(d, "4. Budget en verlenging – Budget et prolongation", style="Heading 2")
    SBS("Wouter Claeys meldt dat de verantwoordelijke autoriteit een verlenging van de projecten tot eind 2021 toestaat. Onderbesteding in 2020 kan worden overgedragen, op voorwaarde dat de OCMW's een aangepaste planning indienen.",
        "Wouter Claeys annonce que l'autorité responsable accepte une prolongation des projets jusqu'à fin 2021. La sous-utilisation de 2020 peut être reportée, à condition que les CPAS introduisent un planning adapté.")
    P(d, "Cijfers Brussel nog aan te vullen – chiffres de Bruxelles à compléter.", italic=True, color=RED, after=6)

    P(d, "5. Actiepunten – Points d'action", style="Heading 2")
    table(d, [["Wie – Qui", "Wat – Quoi", "Tegen – Pour le"],
              ["POD MI – SPP IS", "Een FAQ over de verlenging van de projecten rondsturen.\nEnvoyer une FAQ sur la prolongation des projets.", "29/05"],
              ["Alle OCMW's – Tous les CPAS", "De aangepaste planning voor september doorsturen.\nEnvoyer le planning adapté pour septembre.", "15/06"],
              ["Wouter Claeys", "Een overzicht van de onderbesteding per OCMW maken.\nFaire un relevé de la sous-utilisation par CPAS.", "15/06"],
              ["Griet + Valérie", "Ervaringen met begeleiding op afstand bundelen in een korte nota.\nRassembler les expériences d'accompagnement à distance dans une note.", "volgende bijeenkomst"],
              ["OCMW Antwerpen", "Nagaan welke partner-OCMW's tablets of laptops nodig hebben.\nVérifier quels CPAS partenaires ont besoin de tablettes ou d'ordinateurs.", "juni"]],
          widths=[4, 9.5, 3], size=9)

    P(d, "6. Volgende bijeenkomst – Prochaine rencontre", style="Heading 2")
    SBS("Volgende bijeenkomst: 1 oktober 2020, opnieuw via Teams, tenzij fysiek samenkomen dan weer mogelijk is.",
        "Prochaine rencontre : le 1er octobre 2020, à nouveau via Teams, sauf si une rencontre physique est à nouveau possible.")

    exp = {
        "file": "131_verslag_online_teams_2020.docx",
        "languages": ["nl", "fr"],
        "online": True,
        "interpretation": True,
        "date": "2020-05-14",
        "people": [["Pieter Vanhoutte", "Present", "SPP"], ["Hélène Dujardin", "Present", "SPP"],
                   ["Wouter Claeys", "Present", "SPP"], ["Griet Vermeulen", "Present", "GENT"],
                   ["Nadia Ait Ouali", "Present", "GENT"], ["Marie-Christine Lambotte", "Present", "LIEGE"],
                   ["Grégory Lejeune", "Present", "LIEGE"], ["Valérie Ghislain", "Present", "CHARLEROI"],
                   ["Fabienne Hanoteau", "Present", "BINCHE"], ["Eva Verhaegen", "Present", "ANTWERPEN"],
                   ["Tom Van Looy", "Present", "EDEGEM"], ["Liesbeth De Wilde", "Present", "MORTSEL"],
                   ["Aurélie Van Cauwenberghe", "Present", "BRUXELLES"], ["Anke Wouters", "Present", None],
                   ["Laurent Deprez", "Present", None], ["Karim Haddouchi", "Excused", "BRUXELLES"],
                   ["Inge Peeters", "Excused", "SCHOTEN"]],
        "agenda": [["09:30", "09:45", "Welkom en technische check"], ["09:45", "10:45", "Stand van zaken per OCMW"],
                   ["10:45", "11:00", "Pauze"], ["11:00", "11:45", "Hervatting van de groepsactiviteiten"],
                   ["11:45", "12:15", "Budget en verlenging"], ["12:15", "12:30", "Varia"]],
        "headings": [["1", "Welkom – Accueil"], ["2", "Stand van zaken per OCMW – État des lieux par CPAS"],
                     ["3", "Groepsgrootte en hervatting – Taille des groupes et reprise"],
                     ["4", "Budget en verlenging – Budget et prolongation"],
                     ["5", "Actiepunten – Points d'action"],
                     ["6", "Volgende bijeenkomst – Prochaine rencontre"]],
        "actions": [["SPP", [], None, "Een FAQ over de verlenging van de projecten"],
                    ["CPAS", [], None, "De aangepaste planning voor september doorsturen"],
                    ["Network Contact", ["Wouter Claeys"], None, "Een overzicht van de onderbesteding per OCMW"],
                    ["Several Network Contacts", ["Griet Vermeulen", "Valérie Ghislain"], None,
                     "Ervaringen met begeleiding op afstand bundelen"],
                    ["CPAS", [], "ANTWERPEN", "Nagaan welke partner-OCMW's tablets of laptops"]],
        "next_meeting": {"date": "2020-10-01",
                         "text": "Volgende bijeenkomst: 1 oktober 2020, opnieuw via Teams, tenzij fysiek samenkomen dan weer mogelijk is."},
        "remarks": ["Cijfers Brussel nog aan te vullen – chiffres de Bruxelles à compléter."],
    }
    return d, exp


# ---------------------------------------------------------------------------------------------
# 132 - OCMW Antwerpen, secretary Fatma Yildiz (FY). Dutch-speaking working group of the
# network on the satisfaction survey, online (Zoom). Trebuchet MS 10, people as a list per
# organisation with initials explained, agenda bullets without times, unnumbered bold headings
# (no styles), action table with initials, one action in the text by initials.
# ---------------------------------------------------------------------------------------------
def r132():
    d = new_doc("Trebuchet MS", 10)
    header_footer(d, head="OCMW Antwerpen | AMIF-project Samen Vooruit", foot="Werkgroep tevredenheidsenquête – 09/02/2021",
                  color=GREY, foot_align="l", page_prefix="  |  p. ")

    def H(title):
        P(d, title, bold=True, size=11, before=10, after=3)

    P(d, "Verslag werkgroep tevredenheidsenquête AMIF-netwerk", bold=True, size=14, after=2)
    P(d, runs=[("Datum: ", {"bold": True}), ("dinsdag 9 februari 2021, 14u00 – 16u00", {})], after=0)
    P(d, runs=[("Waar: ", {"bold": True}), ("online via Zoom (link verstuurd door KJ)", {})], after=0)
    P(d, runs=[("Verslag: ", {"bold": True}), ("FY", {})], after=8)

    P(d, "Aanwezig", bold=True, after=2)
    for org, names in [("OCMW Antwerpen", "Eva Verhaegen (EV), Kobe Janssens (KJ), Fatma Yildiz (FY)"),
                       ("OCMW Schoten", "Inge Peeters (IP)"),
                       ("OCMW Edegem", "Tom Van Looy (TVL)"),
                       ("OCMW Mortsel", "Liesbeth De Wilde (LDW)"),
                       ("OCMW Gent", "Griet Vermeulen (GV), Jolien Van Acker (JVA)"),
                       ("POD MI", "Pieter Vanhoutte (PV)")]:
        P(d, runs=[(org + ": ", {"bold": True}), (names, {})], style="List Bullet", after=0)
    P(d, runs=[("Verontschuldigd: ", {"bold": True}), ("Bram De Smedt (OCMW Gent)", {})], before=4, after=8)

    P(d, "Agenda", bold=True, after=2)
    for it in ["Goedkeuring verslag vorige werkgroep", "Feedback deelnemers op de tevredenheidsenquête",
               "Voorstel vereenvoudigde vragenlijst", "Vertalingen", "Planning voorjaar"]:
        P(d, it, style="List Bullet", after=0)

    H("Goedkeuring verslag")
    P(d, "Het verslag van 10 december 2020 is goedgekeurd. Geen opmerkingen.")

    H("Feedback op de tevredenheidsenquête")
    P(d, "Elke partner heeft de huidige enquête laten invullen door minstens één groep. De vaststellingen zijn overal dezelfde:", after=2)
    for b in ["woorden als 'relevantie', 'doelstelling' en 'verwachtingen' worden niet begrepen, ook niet na uitleg;",
              "een schaal van 1 tot 5 is voor laaggeletterde deelnemers te abstract, ze kruisen vaak gewoon 5 aan;",
              "deelnemers durven geen negatieve antwoorden geven als de begeleider naast hen zit;",
              "in Schoten vulden deelnemers de enquête online in op de tablet, wat beter lukte dan verwacht (IP)."]:
        P(d, b, style="List Bullet", after=0)
    P(d, "Feedback OCMW Edegem: nog aan te vullen.", italic=True, color=ORANGE, before=4)

    H("Voorstel vereenvoudigde vragenlijst")
    P(d, "JVA toont het ontwerp van Gent: zes vragen in plaats van veertien, met smileys in plaats van cijfers en een pictogram per vraag. De vragen gaan over wat de deelnemer geleerd heeft, of hij zich welkom voelde en of hij de activiteit zou aanraden aan een vriend. De werkgroep vindt het een goede basis. LDW stelt voor om ook een open vraag toe te voegen die mondeling kan worden beantwoord, met de intercultureel bemiddelaar.")
    P(d, "PV herinnert eraan dat de enquête anoniem moet blijven: geen naam, geen rijksregisternummer, enkel de module en de maand.")

    H("Vertalingen")
    P(d, "Gevraagde talen: Arabisch, Dari, Tigrinya, Somali, Pasjtoe. Vertaling door de intercultureel bemiddelaars is niet ideaal (tijd, neutraliteit). De POD kan een vertaalbureau inschakelen als de tekst definitief is.")

    H("Planning voorjaar")
    P(d, "Test van de nieuwe vragenlijst in maart, bespreking in de werkgroep van 23 maart, daarna voorstel aan het volledige netwerk (ook de Franstalige OCMW's) in april. KJ stuurt de Zoom-link voor de volgende werkgroep rond, met het ontwerp in bijlage.")

    H("Actiepunten")
    table(d, [["Actie", "Wie", "Tegen"],
              ["Vragenlijst herwerken met pictogrammen en smileys + open vraag", "EV + JVA", "1/3"],
              ["Testen bij twee groepen in Mortsel", "LDW", "maart"],
              ["Offerte vertaling Arabisch, Dari, Tigrinya, Somali, Pasjtoe opvragen", "POD", "maart"],
              ["Resultaten van Schoten en Edegem bundelen", "OCMW Antwerpen", "19/3"],
              ["Franstalige OCMW's informeren over de werkgroep", "nog te bepalen", "april"]],
          widths=[10, 3.5, 2.5], fill="E2EFDA", size=9)

    H("Volgende werkgroep")
    P(d, "Volgende werkgroep: dinsdag 23 maart 2021 om 14u via Zoom.")

    exp = {
        "file": "132_werkgroep_enquete_zoom_2021.docx",
        "languages": ["nl"],
        "online": True,
        "interpretation": False,
        "date": "2021-02-09",
        "people": [["Eva Verhaegen", "Present", "ANTWERPEN"], ["Kobe Janssens", "Present", "ANTWERPEN"],
                   ["Fatma Yildiz", "Present", "ANTWERPEN"], ["Inge Peeters", "Present", "SCHOTEN"],
                   ["Tom Van Looy", "Present", "EDEGEM"], ["Liesbeth De Wilde", "Present", "MORTSEL"],
                   ["Griet Vermeulen", "Present", "GENT"], ["Jolien Van Acker", "Present", "GENT"],
                   ["Pieter Vanhoutte", "Present", "SPP"], ["Bram De Smedt", "Excused", "GENT"]],
        "agenda": [[None, None, "Goedkeuring verslag vorige werkgroep"],
                   [None, None, "Feedback deelnemers op de tevredenheidsenquête"],
                   [None, None, "Voorstel vereenvoudigde vragenlijst"], [None, None, "Vertalingen"],
                   [None, None, "Planning voorjaar"]],
        "headings": [["", "Goedkeuring verslag"], ["", "Feedback op de tevredenheidsenquête"],
                     ["", "Voorstel vereenvoudigde vragenlijst"], ["", "Vertalingen"], ["", "Planning voorjaar"],
                     ["", "Actiepunten"], ["", "Volgende werkgroep"]],
        "actions": [["Network Contact", ["Kobe Janssens"], None, "KJ stuurt de Zoom-link voor de volgende"],
                    ["Several Network Contacts", ["Eva Verhaegen", "Jolien Van Acker"], None,
                     "Vragenlijst herwerken met pictogrammen en smileys"],
                    ["Network Contact", ["Liesbeth De Wilde"], None, "Testen bij twee groepen in Mortsel"],
                    ["SPP", [], None, "Offerte vertaling Arabisch, Dari, Tigrinya, Somali"],
                    ["CPAS", [], "ANTWERPEN", "Resultaten van Schoten en Edegem bundelen"],
                    ["To Be Assigned", [], None, "Franstalige OCMW's informeren over de werkgroep"]],
        "next_meeting": {"date": "2021-03-23", "text": "Volgende werkgroep: dinsdag 23 maart 2021 om 14u via Zoom."},
        "remarks": ["Feedback OCMW Edegem: nog aan te vullen."],
    }
    return d, exp


# ---------------------------------------------------------------------------------------------
# 133 - CPAS de Bruxelles, secretary Nathalie Servais. Times New Roman 11, heading styles with
# typed decimal numbering (2.1, 2.2 per CPAS), people in a table per organisation
# (présents / excusés), agenda table without times, actions in the text in the passive with the
# owner at the end, "à définir", a dash line with a surname; Dutch summary at the end.
# Interpreters in booths. Word French autocorrect.
# ---------------------------------------------------------------------------------------------
def r133():
    T = fr
    d = new_doc("Times New Roman", 11, margins=2.5)
    style_heading(d, 1, 12.5, color=NAVY, before=14)
    style_heading(d, 2, 11, color=NAVY, italic=True, before=8, after=2)
    header_footer(d, head=T("CPAS de Bruxelles – OCMW van Brussel"), foot=T("Rencontre du réseau FAMI – 23 juin 2022"),
                  color=NAVY, head_align="l", page_prefix=" | ")

    P(d, T("Rapport de la rencontre des CPAS – Verslag van de bijeenkomst van de OCMW's"), bold=True, size=14, color=NAVY, align="c", after=2)
    P(d, T("Jeudi 23 juin 2022 – donderdag 23 juni 2022"), align="c", after=0)
    P(d, T("CPAS de Bruxelles, rue Haute 298A, 1000 Bruxelles – salle du Conseil"), align="c", italic=True, after=2)

    table(d, [["Organisation", "Présents", "Excusés"],
              [T("SPP Intégration sociale"), "Sarah El Moussaoui, Wouter Claeys", "Pieter Vanhoutte"],
              ["OCMW Gent", "Griet Vermeulen", "Jolien Van Acker"],
              [T("CPAS de Liège"), "Marie-Christine Lambotte, Youssef Tahiri", ""],
              ["CPAS de Charleroi", "Mehdi Ouazzani", ""],
              ["CPAS de Binche", "Julien Stiévenart", ""],
              ["OCMW Antwerpen", "Kobe Janssens", "Eva Verhaegen"],
              ["OCMW Edegem", "Tom Van Looy", ""],
              ["CPAS de Bruxelles", "Aurélie Van Cauwenberghe, Karim Haddouchi, Nathalie Servais", ""],
              [T("Invité"), T("Bart Coppens (Agentschap Integratie en Inburgering)"), ""]],
          widths=[4.5, 7.5, 4], fill="DEEAF6", size=10)
    P(d, T("Interprétation simultanée en cabine assurée par Mme Anke Wouters et M. Laurent Deprez."), italic=True, size=10, before=4, after=6)

    P(d, "Ordre du jour", bold=True, before=10, after=2)
    table(d, [["N°", "Point"],
              ["1", T("Accueil et approbation du rapport du 17 février")],
              ["2", T("Nouvelles des CPAS")],
              ["3", T("Le FAMI 2021-2027 : indicateurs communs")],
              ["4", T("Intervention de l'Agentschap Integratie en Inburgering")],
              ["5", T("Divers")]],
          widths=[1.5, 14], fill="DEEAF6", size=10)

    P(d, T("1. Accueil et approbation du rapport"), style="Heading 1")
    P(d, T("Mme Van Cauwenberghe souhaite la bienvenue au réseau, qui se réunit pour la première fois en présentiel depuis février 2020. Le rapport de la rencontre en ligne du 17 février est approuvé, moyennant une correction du nom d'un participant de Binche."), align="j")

    P(d, T("2. Nouvelles des CPAS"), style="Heading 1")
    P(d, T("2.1 Gand"), style="Heading 2")
    P(d, T("Les groupes ont repris à 6 participants + 1 formateur. La nouvelle enquête de satisfaction avec pictogrammes est utilisée depuis avril ; les participants la remplissent seuls, en dix minutes."), align="j")
    P(d, T("2.2 Liège"), style="Heading 2")
    P(d, T("M. Tahiri signale une forte demande pour l'atelier informatique : démarches en ligne, prise de rendez-vous, banque. Une liste d'attente de 19 personnes existe."), align="j")
    P(d, T("2.3 Charleroi et Binche"), style="Heading 2")
    P(d, T("Le module 2021-2022 se termine fin juin ; 14 participants sur 38 s'orientent vers une formation ou un projet d'ISP. M. Stiévenart note que le transport reste le frein principal pour Binche."), align="j")
    P(d, T("2.4 Anvers et Edegem"), style="Heading 2")
    P(d, T("M. Janssens présente le nouveau parcours commun avec Edegem, Schoten et Mortsel ; Edegem accueille désormais son propre groupe le mardi."), align="j")
    P(d, T("2.5 Bruxelles"), style="Heading 2")
    P(d, T("Les séances sur le logement et la banque sont complètes ; une séance supplémentaire sur les assurances est prévue en septembre."), align="j")

    P(d, T("3. Le FAMI 2021-2027 : indicateurs communs"), style="Heading 1")
    P(d, T("Mme El Moussaoui présente les indicateurs communs du règlement (UE) 2021/1147 que le SPP devra rapporter chaque année : nombre de participants aux activités de soutien (cours de langue, orientation civique, accompagnement professionnel personnalisé), nombre de participants à un cours de langue qui ont progressé d'au moins un niveau du CECR, et part des participants qui déclarent que l'activité les a aidés dans leur intégration."), align="j")
    P(d, T("Les CPAS s'inquiètent de la mesure des niveaux du CECR : aucun projet ne fait de test de langue formel. Le CPAS de Charleroi partagera sa grille d'évaluation des niveaux, utilisée avec les écoles de promotion sociale. Le modèle de rapport annuel sera envoyé par le SPP avant la fin de l'été. Une liste des formations linguistiques reconnues dans chaque région sera établie par Karim et Aurélie."), align="j")
    P(d, T("Commentaires de l'OCMW Gent sur ce point : à compléter."), italic=True, color=RED)

    P(d, T("4. Intervention de l'Agentschap Integratie en Inburgering"), style="Heading 1")
    P(d, T("M. Coppens présente le parcours d'intégration civique flamand et les possibilités de collaboration avec les OCMW : orientation vers les cours de néerlandais, accompagnement vers l'emploi, tests de niveau. Il propose que les projets FAMI flamands reçoivent les résultats des tests de langue avec l'accord du participant."), align="j")

    P(d, T("5. Divers"), style="Heading 1")
    P(d, T("L'organisation d'une visite d'étude à Gand pour les équipes de terrain : à définir."), align="j")
    P(d, T("– Mme Van Acker : envoyer les pictogrammes de l'enquête à Bruxelles et à Liège."), indent=0.5)
    P(d, T("La prochaine rencontre est prévue le jeudi 13 octobre 2022 à Liège."), bold=True, before=8)

    P(d, "Samenvatting in het Nederlands", style="Heading 1")
    P(d, T("Eerste fysieke bijeenkomst sinds februari 2020. Nieuws: Gent werkt met groepen van 6 + 1 en de nieuwe enquête met pictogrammen; Luik heeft een wachtlijst voor het informatica-atelier; in Charleroi en Binche stromen 14 van de 38 deelnemers door naar opleiding of SPI; Antwerpen werkt met een gezamenlijk traject met Edegem, Schoten en Mortsel. De POD stelde de gemeenschappelijke indicatoren van Verordening (EU) 2021/1147 voor; het meten van ERK-niveaus is voor de OCMW's een probleem. Charleroi deelt zijn evaluatierooster, de POD stuurt het model van jaarverslag, Karim en Aurélie maken een lijst van erkende taalopleidingen. Het Agentschap Integratie en Inburgering lichtte het Vlaamse inburgeringstraject toe. Volgende bijeenkomst: 13 oktober 2022 in Luik."),
      italic=True, align="j", size=10)
    P(d, T("Rapport : Nathalie Servais, CPAS de Bruxelles"), size=9, color=GREY, align="r", before=10)

    exp = {
        "file": "133_rapport_rencontre_bruxelles_2022.docx",
        "languages": ["fr", "nl"],
        "online": False,
        "interpretation": True,
        "date": "2022-06-23",
        "people": [["Sarah El Moussaoui", "Present", "SPP"], ["Wouter Claeys", "Present", "SPP"],
                   ["Griet Vermeulen", "Present", "GENT"], ["Marie-Christine Lambotte", "Present", "LIEGE"],
                   ["Youssef Tahiri", "Present", "LIEGE"], ["Mehdi Ouazzani", "Present", "CHARLEROI"],
                   ["Julien Stiévenart", "Present", "BINCHE"], ["Kobe Janssens", "Present", "ANTWERPEN"],
                   ["Tom Van Looy", "Present", "EDEGEM"], ["Aurélie Van Cauwenberghe", "Present", "BRUXELLES"],
                   ["Karim Haddouchi", "Present", "BRUXELLES"], ["Nathalie Servais", "Present", "BRUXELLES"],
                   ["Bart Coppens", "Present", None], ["Anke Wouters", "Present", None],
                   ["Laurent Deprez", "Present", None],
                   ["Pieter Vanhoutte", "Excused", "SPP"], ["Jolien Van Acker", "Excused", "GENT"],
                   ["Eva Verhaegen", "Excused", "ANTWERPEN"]],
        "agenda": [[None, None, "Accueil et approbation du rapport du 17 février"], [None, None, "Nouvelles des CPAS"],
                   [None, None, "Le FAMI 2021-2027 : indicateurs communs"],
                   [None, None, "Intervention de l'Agentschap Integratie en Inburgering"], [None, None, "Divers"]],
        "headings": [["1", "Accueil et approbation du rapport"], ["2", "Nouvelles des CPAS"], ["2.1", "Gand"],
                     ["2.2", "Liège"], ["2.3", "Charleroi et Binche"], ["2.4", "Anvers et Edegem"],
                     ["2.5", "Bruxelles"], ["3", "Le FAMI 2021-2027 : indicateurs communs"],
                     ["4", "Intervention de l'Agentschap Integratie en Inburgering"], ["5", "Divers"],
                     ["", "Samenvatting in het Nederlands"]],
        "actions": [["CPAS", [], "CHARLEROI", "Le CPAS de Charleroi partagera sa grille"],
                    ["SPP", [], None, "Le modèle de rapport annuel sera envoyé"],
                    ["Several Network Contacts", ["Karim Haddouchi", "Aurélie Van Cauwenberghe"], None,
                     "Une liste des formations linguistiques reconnues"],
                    ["To Be Assigned", [], None, "L'organisation d'une visite d'étude à Gand"],
                    ["Network Contact", ["Jolien Van Acker"], None, "envoyer les pictogrammes de l'enquête à Bruxelles"]],
        "next_meeting": {"date": "2022-10-13",
                         "text": "La prochaine rencontre est prévue le jeudi 13 octobre 2022 à Liège."},
        "remarks": ["Commentaires de l'OCMW Gent sur ce point : à compléter."],
    }
    return d, deep(T, exp)


# ---------------------------------------------------------------------------------------------
# 134 - SPP, French-speaking coordinator (Sarah El Moussaoui). Online (Webex) with simultaneous
# interpretation. Aptos-like Calibri Light 10.5, people inline "Présents : Nom (Org), ...",
# agenda table with start times only, unnumbered bilingual Heading 1 titles, actions as an
# automatic numbered list with the owner after a dash and the Dutch version under each item.
# ---------------------------------------------------------------------------------------------
def r134():
    T = fr
    d = new_doc("Calibri Light", 10.5)
    style_heading(d, 1, 12, color=GREEN, before=14, after=4)
    header_footer(d, head=["POD | Maatschappelijke Integratie", "SPP | Intégration Sociale"],
                  foot=T("Vers une politique de migration plus intégrée, grâce au FAMI / Naar een geïntegreerd migratiebeleid, dankzij het AMIF"),
                  italic_foot=True, color=GREEN, page_prefix="   ")

    P(d, T("Rapport rencontre CPAS – Verslag bijeenkomst OCMW's"), bold=True, size=15, color=GREEN, after=2)
    P(d, T("Mardi 17 octobre 2023 – dinsdag 17 oktober 2023, 10h00-12h30"), bold=True, after=2)
    P(d, T("En ligne (Webex), avec interprétation simultanée FR-NL – Online (Webex), met simultaanvertaling FR-NL"), italic=True, after=8)
    P(d, T("Présents : Sarah El Moussaoui (SPP IS), Wouter Claeys (SPP IS), Anne-Sophie Leclercq (SPP IS, déléguée à la protection des données), Griet Vermeulen (OCMW Gent), Jolien Van Acker (OCMW Gent), Youssef Tahiri (CPAS Liège), Valérie Ghislain (CPAS Charleroi), Fabienne Hanoteau (CPAS Binche), Kobe Janssens (OCMW Antwerpen), Inge Peeters (OCMW Schoten), Liesbeth De Wilde (OCMW Mortsel), Aurélie Van Cauwenberghe (CPAS Bruxelles), Nathalie Servais (CPAS Bruxelles)"), align="j", after=2)
    P(d, T("Interprètes : Patricia Rondeau, Dirk Lemmens"), after=2)
    P(d, T("Excusés : Marie-Christine Lambotte (CPAS Liège), Mehdi Ouazzani (CPAS Charleroi), Tom Van Looy (OCMW Edegem)"), after=10)

    table(d, [["Heure", T("Ordre du jour – Agenda")],
              ["10h00", T("Accueil et tour de table")],
              ["10h15", T("Les indicateurs communs du FAMI : premier exercice de rapportage")],
              ["11h00", T("Conservation des documents et protection des données")],
              ["11h45", T("La nouvelle plateforme de suivi des participants")],
              ["12h15", T("Divers et clôture")]],
          widths=[2.5, 13.5], fill="E2EFDA", size=9.5)

    P(d, T("Accueil et tour de table – Verwelkoming en kennismaking"), style="Heading 1")
    P(d, T("Sarah El Moussaoui ouvre la réunion et présente Anne-Sophie Leclercq, nouvelle déléguée à la protection des données du SPP. Tour de table rapide : tous les projets ont redémarré en septembre ; Charleroi et Binche accueillent un groupe mixte anciens et nouveaux participants, ce qui demande des horaires équilibrés entre les deux publics."), align="j")

    P(d, T("Indicateurs communs – Gemeenschappelijke indicatoren"), style="Heading 1")
    P(d, T("Wouter Claeys revient sur le premier exercice de rapportage des indicateurs du règlement (UE) 2021/1147. Sur les neuf CPAS du réseau, sept ont envoyé leurs chiffres à temps. Les points délicats :"), align="j", after=2)
    for b in ["les participants qui suivent à la fois un cours de langue et un accompagnement individuel doivent être comptés une fois par type d'activité, mais une seule fois au total ;",
              "la progression d'un niveau du CECR n'est mesurable que pour les participants qui passent un test externe ;",
              "la question « l'activité vous a-t-elle aidé dans votre intégration ? » est mal comprise dans sa formulation actuelle."]:
        P(d, T(b), style="List Bullet", after=0)
    P(d, T("Les chiffres 2022 de Charleroi et de Binche sont à compléter."), italic=True, color=RED, before=4)
    P(d, T("[tableau des indicateurs par CPAS à insérer]"), italic=True, color=RED)

    P(d, T("Conservation des documents et RGPD – Bewaring van documenten en AVG"), style="Heading 1")
    P(d, T("Anne-Sophie Leclercq rappelle les règles : les documents d'une opération financée par le fonds sont conservés cinq ans à partir du 31 décembre de l'année du dernier paiement (règlement (UE) 2021/1060, article 82). Les données personnelles, elles, ne sont gardées que le temps nécessaire (RGPD, article 5, 1, e) : une fois le dossier clôturé et le délai de conservation écoulé, elles doivent être supprimées. Tout participant peut demander à voir l'ensemble des données que le CPAS détient sur lui (article 15)."), align="j")
    P(d, T("Questions des CPAS : que faire des listes de présence signées ? (réponse : elles sont des pièces justificatives, donc conservées) ; et des notes manuscrites des entretiens d'admission ? (à intégrer au dossier ou à détruire)."), align="j")

    P(d, T("Plateforme de suivi – Opvolgingsplatform"), style="Heading 1")
    P(d, T("Le SPP présente la maquette de la plateforme qui remplacera les fiches projet et les tableaux Excel : chaque CPAS y encode ses participants, ses modules et ses séances ; le SPP ne voit que des chiffres agrégés. Les CPAS demandent un export des indicateurs et la possibilité d'enregistrer les retards, pas seulement les présences. Jolien Van Acker et Wouter Claeys ont déjà comparé les champs avec le fichier de Gand."), align="j")

    P(d, T("Points d'action – Actiepunten"), style="Heading 1")
    for f, n in [("Diffuser la note sur la conservation des documents et la suppression des données – SPP",
                  "De nota over de bewaring van documenten en het wissen van gegevens verspreiden – POD"),
                 ("Vérifier quelles données personnelles peuvent être supprimées pour les dossiers clôturés avant 2019 – chaque CPAS",
                  "Nagaan welke persoonsgegevens gewist kunnen worden voor dossiers afgesloten vóór 2019 – elk OCMW"),
                 ("Tester l'export des indicateurs communs sur la plateforme – Wouter Claeys et Jolien Van Acker",
                  "De export van de gemeenschappelijke indicatoren op het platform testen – Wouter Claeys en Jolien Van Acker"),
                 ("Proposer une formulation simple de la question sur l'intégration – Youssef Tahiri",
                  "Een eenvoudige formulering van de vraag over integratie voorstellen – Youssef Tahiri"),
                 ("Rédiger une procédure type pour les demandes d'accès (article 15) – CPAS de Bruxelles",
                  "Een modelprocedure voor inzageverzoeken (artikel 15) opstellen – OCMW Brussel"),
                 ("Fixer la date et le lieu de la rencontre de printemps – à définir",
                  "Datum en plaats van de voorjaarsbijeenkomst vastleggen – nog te bepalen")]:
        P(d, T(f), style="List Number", after=0)
        P(d, T(n), italic=True, color=GREY, indent=1.27, after=4)

    P(d, T("Divers – Varia"), style="Heading 1")
    P(d, T("Inge Peeters signale que Schoten accueillera en 2024 un stagiaire assistant social qui pourrait aider à l'encodage. Prochaine rencontre : printemps 2024, en présentiel (lieu et date à fixer)."), align="j")

    exp = {
        "file": "134_rencontre_webex_indicateurs_2023.docx",
        "languages": ["fr", "nl"],
        "online": True,
        "interpretation": True,
        "date": "2023-10-17",
        "people": [["Sarah El Moussaoui", "Present", "SPP"], ["Wouter Claeys", "Present", "SPP"],
                   ["Anne-Sophie Leclercq", "Present", "SPP"], ["Griet Vermeulen", "Present", "GENT"],
                   ["Jolien Van Acker", "Present", "GENT"], ["Youssef Tahiri", "Present", "LIEGE"],
                   ["Valérie Ghislain", "Present", "CHARLEROI"], ["Fabienne Hanoteau", "Present", "BINCHE"],
                   ["Kobe Janssens", "Present", "ANTWERPEN"], ["Inge Peeters", "Present", "SCHOTEN"],
                   ["Liesbeth De Wilde", "Present", "MORTSEL"], ["Aurélie Van Cauwenberghe", "Present", "BRUXELLES"],
                   ["Nathalie Servais", "Present", "BRUXELLES"], ["Patricia Rondeau", "Present", None],
                   ["Dirk Lemmens", "Present", None], ["Marie-Christine Lambotte", "Excused", "LIEGE"],
                   ["Mehdi Ouazzani", "Excused", "CHARLEROI"], ["Tom Van Looy", "Excused", "EDEGEM"]],
        "agenda": [["10:00", None, "Accueil et tour de table"],
                   ["10:15", None, "Les indicateurs communs du FAMI : premier exercice de rapportage"],
                   ["11:00", None, "Conservation des documents et protection des données"],
                   ["11:45", None, "La nouvelle plateforme de suivi des participants"],
                   ["12:15", None, "Divers et clôture"]],
        "headings": [["", "Accueil et tour de table – Verwelkoming en kennismaking"],
                     ["", "Indicateurs communs – Gemeenschappelijke indicatoren"],
                     ["", "Conservation des documents et RGPD – Bewaring van documenten en AVG"],
                     ["", "Plateforme de suivi – Opvolgingsplatform"],
                     ["", "Points d'action – Actiepunten"], ["", "Divers – Varia"]],
        "actions": [["SPP", [], None, "Diffuser la note sur la conservation des documents"],
                    ["CPAS", [], None, "Vérifier quelles données personnelles peuvent être supprimées"],
                    ["Several Network Contacts", ["Wouter Claeys", "Jolien Van Acker"], None,
                     "Tester l'export des indicateurs communs sur la plateforme"],
                    ["Network Contact", ["Youssef Tahiri"], None, "Proposer une formulation simple de la question"],
                    ["CPAS", [], "BRUXELLES", "Rédiger une procédure type pour les demandes d'accès"],
                    ["To Be Assigned", [], None, "Fixer la date et le lieu de la rencontre"]],
        "next_meeting": {"date": None, "text": "Prochaine rencontre : printemps 2024, en présentiel (lieu et date à fixer)."},
        "remarks": ["Les chiffres 2022 de Charleroi et de Binche sont à compléter.",
                    "[tableau des indicateurs par CPAS à insérer]"],
    }
    return d, deep(T, exp)


# ---------------------------------------------------------------------------------------------
# 135 - CPAS de Binche (partner of Charleroi), secretary Julien Stiévenart. Online (Teams), no
# interpretation. Cambria 11, title block in a shaded one-cell table, people as dash lines
# "Nom, organisation", agenda as typed numbered lines with "14h00-14h10", Roman headings with a
# dash "I – ...", actions in present tense in the text and as arrow lines. Straight apostrophes,
# ordinary spaces before colons.
# ---------------------------------------------------------------------------------------------
def r135():
    d = new_doc("Cambria", 11)
    header_footer(d, head="CPAS de Binche - partenaire du projet FAMI de Charleroi", foot="JS / réseau FAMI 18.03.2025",
                  color=GREY, head_align="l", foot_align="r", page_prefix=" - ")

    def H(num, title):
        P(d, num + " – " + title, bold=True, size=12, color=NAVY, before=12, after=4)

    t = d.add_table(rows=1, cols=1)
    t.style = d.styles["Table Grid"]
    c = t.cell(0, 0)
    shade(c, "DDEBF7")
    set_cell(c, "Réunion du réseau FAMI des CPAS\nMardi 18 mars 2025 de 14h00 à 15h45 - en ligne (Teams)", bold=True, size=12)
    P(d, "", after=2)
    P(d, "Présents :", bold=True, after=0)
    for n in ["Julien Stiévenart, CPAS de Binche (PV)", "Fabienne Hanoteau, CPAS de Binche",
              "Valérie Ghislain, CPAS de Charleroi", "Sarah El Moussaoui, SPP Intégration sociale",
              "Wouter Claeys, SPP Intégration sociale", "Jolien Van Acker, OCMW Gent",
              "Delphine Masset, CPAS de Liège", "Kobe Janssens, OCMW Antwerpen",
              "Tom Van Looy, OCMW Edegem", "Nathalie Servais, CPAS de Bruxelles"]:
        P(d, "- " + n, after=0, indent=0.4)
    P(d, "Excusés :", bold=True, before=4, after=0)
    P(d, "- Youssef Tahiri, CPAS de Liège ; Inge Peeters, OCMW Schoten ; Liesbeth De Wilde, OCMW Mortsel", indent=0.4, after=4)
    P(d, "Pas d'interprétation : réunion courte, chacun s'exprime dans sa langue et les collègues flamands parlent français quand c'est nécessaire.", italic=True, size=10, after=8)

    P(d, "Ordre du jour :", bold=True, after=0)
    for line in ["1. 14h00-14h10 Ouverture",
                 "2. 14h10-14h40 Bilan de la période 2024 : sorties vers l'ISP et la formation",
                 "3. 14h40-15h10 Un an de plateforme de suivi : retours des CPAS",
                 "4. 15h10-15h30 Les partenariats entre petits et grands CPAS",
                 "5. 15h30-15h45 Divers"]:
        P(d, line, after=0, indent=0.4)

    H("I", "Ouverture")
    P(d, "Sarah El Moussaoui remercie Binche d'avoir accepté de rédiger le PV, une première pour un CPAS partenaire. Le PV de la rencontre d'octobre à Liège est approuvé.", align="j")

    H("II", "Bilan 2024 : sorties vers l'ISP et la formation")
    P(d, "Chaque CPAS donne ses chiffres de fin de parcours pour 2024 :", after=2)
    table(d, [["CPAS", "Parcours terminés", "Vers ISP / formation", "Remarques"],
              ["Gent", "41", "12", "dont 5 en formation de néerlandais niveau 2"],
              ["Liège", "37", "9", "atelier informatique très demandé"],
              ["Charleroi + Binche", "44", "15", "Binche : 6 parcours, 2 vers l'ISP"],
              ["Antwerpen + partenaires", "58", "17", "Edegem et Mortsel compris"],
              ["Bruxelles", "49", "11", "beaucoup d'abandons pour raisons de logement"]],
          widths=[4, 3, 3.5, 6], fill="DDEBF7", size=9.5)
    P(d, "Chiffres du module de janvier (Binche) : à venir.", italic=True, color=RED, before=4)
    P(d, "Les parcours durent souvent plus de six mois. Les CPAS soulignent que la sortie vers l'ISP n'est pas le seul résultat : pour beaucoup de participants, savoir prendre un rendez-vous seul ou se déplacer en ville est déjà une vraie avancée.", align="j")

    H("III", "Plateforme de suivi : retours")
    P(d, "La plateforme est utilisée par tous les CPAS depuis janvier 2024. Points positifs : plus de double encodage, les présences et les retards sont enregistrés par séance, l'export des indicateurs fonctionne. Points à améliorer : l'approbation des bilans d'orientation par le responsable prend du temps, et les petits CPAS n'ont pas toujours quelqu'un pour encoder.", align="j")
    P(d, "Le SPP envoie aux CPAS la liste des champs obligatoires de la plateforme d'ici fin avril, pour que chacun sache ce qui peut rester vide.", align="j")

    H("IV", "Petits et grands CPAS : les partenariats")
    P(d, "Fabienne Hanoteau et Tom Van Looy comparent les deux formules. Binche envoie ses participants aux ateliers de Charleroi ; Edegem a son propre groupe mais utilise les outils d'Anvers. Dans les deux cas, la convention de partenariat et la répartition du budget sont essentielles. Tom insiste sur l'importance d'un référent fixe chez le partenaire principal.", align="j")

    H("V", "Divers")
    P(d, "Jolien Van Acker annonce que la version en dari de l'enquête de satisfaction est prête.", align="j")

    P(d, "Suivi", bold=True, size=12, color=NAVY, before=12, after=4)
    for line in ["→ Binche : envoyer le modèle de convention de partenariat à Edegem et à Mortsel",
                 "→ L'OCMW d'Anvers organise une visite du groupe d'Edegem pour les collègues de Binche",
                 "→ Jolien et Delphine : comparer les questionnaires de fin de module",
                 "→ Kobe Janssens présentera les chiffres ISP d'Anvers à la prochaine réunion",
                 "→ Réserver une salle pour la réunion de juin (responsable à définir)"]:
        P(d, line, after=2)
    P(d, "Prochaine réunion : le 12 juin 2025 à Gand (à confirmer).", bold=True, before=8)

    exp = {
        "file": "135_pv_reseau_binche_teams_2025.docx",
        "languages": ["fr"],
        "online": True,
        "interpretation": False,
        "date": "2025-03-18",
        "people": [["Julien Stiévenart", "Present", "BINCHE"], ["Fabienne Hanoteau", "Present", "BINCHE"],
                   ["Valérie Ghislain", "Present", "CHARLEROI"], ["Sarah El Moussaoui", "Present", "SPP"],
                   ["Wouter Claeys", "Present", "SPP"], ["Jolien Van Acker", "Present", "GENT"],
                   ["Delphine Masset", "Present", "LIEGE"], ["Kobe Janssens", "Present", "ANTWERPEN"],
                   ["Tom Van Looy", "Present", "EDEGEM"], ["Nathalie Servais", "Present", "BRUXELLES"],
                   ["Youssef Tahiri", "Excused", "LIEGE"], ["Inge Peeters", "Excused", "SCHOTEN"],
                   ["Liesbeth De Wilde", "Excused", "MORTSEL"]],
        "agenda": [["14:00", "14:10", "Ouverture"],
                   ["14:10", "14:40", "Bilan de la période 2024 : sorties vers l'ISP et la formation"],
                   ["14:40", "15:10", "Un an de plateforme de suivi : retours des CPAS"],
                   ["15:10", "15:30", "Les partenariats entre petits et grands CPAS"],
                   ["15:30", "15:45", "Divers"]],
        "headings": [["I", "Ouverture"], ["II", "Bilan 2024 : sorties vers l'ISP et la formation"],
                     ["III", "Plateforme de suivi : retours"], ["IV", "Petits et grands CPAS : les partenariats"],
                     ["V", "Divers"], ["", "Suivi"]],
        "actions": [["SPP", [], None, "Le SPP envoie aux CPAS la liste"],
                    ["CPAS", [], "BINCHE", "envoyer le modèle de convention de partenariat"],
                    ["CPAS", [], "ANTWERPEN", "L'OCMW d'Anvers organise une visite du groupe"],
                    ["Several Network Contacts", ["Jolien Van Acker", "Delphine Masset"], None,
                     "comparer les questionnaires de fin de module"],
                    ["Network Contact", ["Kobe Janssens"], None, "Kobe Janssens présentera les chiffres ISP d'Anvers"],
                    ["To Be Assigned", [], None, "Réserver une salle pour la réunion de juin"]],
        "next_meeting": {"date": "2025-06-12", "text": "Prochaine réunion : le 12 juin 2025 à Gand (à confirmer)."},
        "remarks": ["Chiffres du module de janvier (Binche) : à venir."],
    }
    return d, exp


# ---------------------------------------------------------------------------------------------
# 136 - OCMW Mortsel (partner of Antwerpen), secretary Sofie Mertens. In person, whispered
# interpretation. Segoe UI 10, NL then FR paragraph by paragraph (FR in blue), mixed headings
# (typed "1." then unnumbered), people in prose per organisation, agenda in a sentence of the
# introduction, actions in the running text in the present tense.
# ---------------------------------------------------------------------------------------------
def r136():
    d = new_doc("Segoe UI", 10)
    style_heading(d, 1, 12, color=TEAL, before=12, after=3)
    BLUE = RGBColor(0x2E, 0x55, 0x9F)
    header_footer(d, head="OCMW Mortsel – Sociaal Huis | AMIF-netwerk", foot="Verslag – Rapport 05.02.2026",
                  color=GREY, head_align="r", foot_align="c", page_prefix=" · ")

    def NLFR(n, f):
        P(d, n, align="j", after=2)
        P(d, f, italic=True, color=BLUE, align="j", after=8)

    P(d, "Verslag bijeenkomst AMIF-netwerk", bold=True, size=16, color=TEAL, after=0)
    P(d, "Rapport de la rencontre du réseau FAMI", bold=True, size=13, color=BLUE, after=4)
    P(d, "Donderdag 5 februari 2026 – jeudi 5 février 2026 · Sociaal Huis Mortsel, Mortsel", after=10)

    NLFR("Aanwezig waren, voor het OCMW Mortsel, Sofie Mertens (verslag) en Liesbeth De Wilde; voor het OCMW Antwerpen Kobe Janssens en Fatma Yildiz; voor Schoten Inge Peeters; voor Edegem Tom Van Looy; voor Gent Jolien Van Acker; voor Luik Delphine Masset en Youssef Tahiri; voor Charleroi Mehdi Ouazzani; voor Binche Julien Stiévenart; voor Brussel Nathalie Servais; voor de POD Sarah El Moussaoui. Verontschuldigd: Valérie Ghislain (Charleroi) en Wouter Claeys (POD).",
         "Étaient présents, pour le CPAS de Mortsel, Sofie Mertens (rapport) et Liesbeth De Wilde ; pour Anvers Kobe Janssens et Fatma Yildiz ; pour Schoten Inge Peeters ; pour Edegem Tom Van Looy ; pour Gand Jolien Van Acker ; pour Liège Delphine Masset et Youssef Tahiri ; pour Charleroi Mehdi Ouazzani ; pour Binche Julien Stiévenart ; pour Bruxelles Nathalie Servais ; pour le SPP Sarah El Moussaoui. Excusés : Valérie Ghislain (Charleroi) et Wouter Claeys (SPP).")
    NLFR("Laurent Deprez zorgde voor fluistervertaling voor de Franstalige collega's. Op de agenda stonden een rondleiding in het Sociaal Huis, de resultaten van de tevredenheidsenquête, de rapportering over 2025 en de planning van 2026.",
         "Laurent Deprez a assuré l'interprétation chuchotée pour les collègues francophones. À l'ordre du jour : une visite de la Maison sociale, les résultats de l'enquête de satisfaction, le rapportage 2025 et le planning 2026.")

    P(d, "1. Onthaal en rondleiding – Accueil et visite", style="Heading 1")
    NLFR("Liesbeth De Wilde verwelkomt het netwerk in Mortsel, voor het eerst gastheer sinds de start van het partnerschap met Antwerpen in 2019. Tijdens de rondleiding maken we kennis met de groep van dinsdag: zeven deelnemers werken aan een fotoreportage over hun buurt.",
         "Liesbeth De Wilde accueille le réseau à Mortsel, qui reçoit pour la première fois depuis le début du partenariat avec Anvers en 2019. Pendant la visite, nous rencontrons le groupe du mardi : sept participants réalisent un reportage photo sur leur quartier.")

    P(d, "2. Resultaten tevredenheidsenquête – Résultats de l'enquête de satisfaction", style="Heading 1")
    NLFR("Jolien Van Acker stelt de resultaten van 2025 voor: 412 ingevulde vragenlijsten, waarvan 38 % in een andere taal dan Nederlands of Frans. 86 % van de deelnemers zegt dat de activiteit hen geholpen heeft om hun weg te vinden. Minder positief: de communicatie over gewijzigde uurroosters en afgelaste lessen.",
         "Jolien Van Acker présente les résultats 2025 : 412 questionnaires remplis, dont 38 % dans une autre langue que le néerlandais ou le français. 86 % des participants disent que l'activité les a aidés à trouver leur chemin. Moins positif : la communication sur les changements d'horaire et les cours annulés.")
    NLFR("Het OCMW Gent bezorgt de vragenlijst in het Dari en het Pasjtoe aan alle partners, zodat iedereen dezelfde versie gebruikt.",
         "Le CPAS de Gand envoie le questionnaire en dari et en pachto à tous les partenaires, pour que chacun utilise la même version.")
    P(d, "Presentatie OCMW Edegem: nog aan te vullen.", bold=True, color=RED, after=8)

    P(d, "3. Rapportering 2025 – Rapportage 2025", style="Heading 1")
    NLFR("Sarah El Moussaoui herinnert aan de deadline voor de jaarlijkse indicatoren. De POD stuurt de definitieve indicatorentabel door vóór 15 maart. Elk OCMW bezorgt zijn cijfers over 2025 vóór 31 maart via het platform. Voor de partner-OCMW's rapporteert het hoofd-OCMW, maar de partners controleren hun eigen cijfers.",
         "Sarah El Moussaoui rappelle l'échéance des indicateurs annuels. Le SPP envoie le tableau définitif des indicateurs avant le 15 mars. Chaque CPAS transmet ses chiffres 2025 avant le 31 mars via la plateforme. Pour les CPAS partenaires, c'est le CPAS principal qui rapporte, mais les partenaires vérifient leurs propres chiffres.")

    P(d, "4. Planning 2026 – Planning 2026", style="Heading 1")
    NLFR("2026 is het laatste volledige jaar van de huidige projecten. Het netwerk wil vooral inzetten op de overgang naar socioprofessionele inschakeling. Kobe en Inge bereiden een uitwisseling over SPI-trajecten voor, met getuigenissen van oud-deelnemers.",
         "2026 est la dernière année complète des projets actuels. Le réseau veut surtout travailler la transition vers l'insertion socioprofessionnelle. Kobe et Inge préparent un échange sur les parcours d'ISP, avec des témoignages d'anciens participants.")

    P(d, "Afspraken – Accords", style="Heading 1")
    NLFR("Sofie zet de foto's van het bezoek op de gedeelde map van het netwerk. De organisatie van de najaarsbijeenkomst in Brussel: nog te bepalen.",
         "Sofie dépose les photos de la visite dans le dossier partagé du réseau. L'organisation de la rencontre d'automne à Bruxelles : à définir.")

    P(d, "Varia – Divers", style="Heading 1")
    NLFR("Youssef Tahiri meldt dat het atelier informatica in Luik vanaf april ook op zaterdag open is. De volgende bijeenkomst vindt plaats op 11 juni 2026 in Charleroi.",
         "Youssef Tahiri annonce que l'atelier informatique de Liège ouvrira aussi le samedi à partir d'avril. La prochaine rencontre aura lieu le 11 juin 2026 à Charleroi.")

    exp = {
        "file": "136_verslag_mortsel_tweetalig_2026.docx",
        "languages": ["nl", "fr"],
        "online": False,
        "interpretation": True,
        "date": "2026-02-05",
        "people": [["Sofie Mertens", "Present", "MORTSEL"], ["Liesbeth De Wilde", "Present", "MORTSEL"],
                   ["Kobe Janssens", "Present", "ANTWERPEN"], ["Fatma Yildiz", "Present", "ANTWERPEN"],
                   ["Inge Peeters", "Present", "SCHOTEN"], ["Tom Van Looy", "Present", "EDEGEM"],
                   ["Jolien Van Acker", "Present", "GENT"], ["Delphine Masset", "Present", "LIEGE"],
                   ["Youssef Tahiri", "Present", "LIEGE"], ["Mehdi Ouazzani", "Present", "CHARLEROI"],
                   ["Julien Stiévenart", "Present", "BINCHE"], ["Nathalie Servais", "Present", "BRUXELLES"],
                   ["Sarah El Moussaoui", "Present", "SPP"], ["Laurent Deprez", "Present", None],
                   ["Valérie Ghislain", "Excused", "CHARLEROI"], ["Wouter Claeys", "Excused", "SPP"]],
        "agenda": [[None, None, "een rondleiding in het Sociaal Huis"],
                   [None, None, "de resultaten van de tevredenheidsenquête"],
                   [None, None, "de rapportering over 2025"], [None, None, "de planning van 2026"]],
        "headings": [["1", "Onthaal en rondleiding – Accueil et visite"],
                     ["2", "Resultaten tevredenheidsenquête – Résultats de l'enquête de satisfaction"],
                     ["3", "Rapportering 2025 – Rapportage 2025"], ["4", "Planning 2026 – Planning 2026"],
                     ["", "Afspraken – Accords"], ["", "Varia – Divers"]],
        "actions": [["CPAS", [], "GENT", "Het OCMW Gent bezorgt de vragenlijst in"],
                    ["SPP", [], None, "De POD stuurt de definitieve indicatorentabel door"],
                    ["CPAS", [], None, "Elk OCMW bezorgt zijn cijfers over 2025"],
                    ["Several Network Contacts", ["Kobe Janssens", "Inge Peeters"], None,
                     "Kobe en Inge bereiden een uitwisseling over"],
                    ["Network Contact", ["Sofie Mertens"], None, "Sofie zet de foto's van het bezoek"],
                    ["To Be Assigned", [], None, "De organisatie van de najaarsbijeenkomst in Brussel"]],
        "next_meeting": {"date": "2026-06-11", "text": "De volgende bijeenkomst vindt plaats op 11 juni 2026 in Charleroi."},
        "remarks": ["Presentatie OCMW Edegem: nog aan te vullen."],
    }
    return d, exp


REPORTS = [r127, r128, r129, r130, r131, r132, r133, r134, r135, r136]


def main():
    for f in REPORTS:
        d, exp = f()
        save(d, exp)
        print("wrote", exp["file"])


if __name__ == "__main__":
    main()
