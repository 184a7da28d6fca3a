# -*- coding: utf-8 -*-
"""Builds ten invented meeting reports of the AMIF/FAMI network of the CPAS/OCMW (numbers 467-476).

One function per report; each writes the report as its (invented) secretary would in Word.
The expected lists (*.expected.json) are written by hand from the reports' text, not here.
"""
import datetime
import os

from docx import Document
from docx.enum.section import WD_ORIENT  # noqa: F401  (kept for habits that switch orientation)
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK  # noqa: F401
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

TAG_FR = "Vers une politique de migration plus intégrée, grâce au FAMI"
TAG_NL = "Naar een geïntegreerd migratiebeleid, dankzij het AMIF"

GREY = RGBColor(0x59, 0x59, 0x59)
BLUE = RGBColor(0x1F, 0x4E, 0x79)
GENT_BLUE = RGBColor(0x00, 0x5B, 0x9A)
RED = RGBColor(0xC0, 0x00, 0x00)
GREEN = RGBColor(0x38, 0x76, 0x1D)
ORANGE = RGBColor(0xC5, 0x5A, 0x11)
PURPLE = RGBColor(0x5B, 0x2C, 0x6F)


# ---------------------------------------------------------------- helpers

def new_doc(font="Calibri", size=11, author="", title="", date=None, margins=2.0):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.append(rfonts)
    for k in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rfonts.set(qn(k), font)
    for sec in doc.sections:
        sec.left_margin = sec.right_margin = Cm(margins)
        sec.top_margin = Cm(2.0)
        sec.bottom_margin = Cm(1.8)
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    if date is not None:
        stamp = datetime.datetime(date.year, date.month, date.day, 17, 0, 0)
        cp.created = stamp
        cp.modified = stamp
        cp.revision = 3
    return doc


def style_font(doc, style, font=None, size=None, color=None, bold=None, italic=None):
    st = doc.styles[style]
    if font:
        st.font.name = font
        rpr = st.element.get_or_add_rPr()
        rfonts = rpr.find(qn("w:rFonts"))
        if rfonts is None:
            rfonts = OxmlElement("w:rFonts")
            rpr.append(rfonts)
        for k in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
            rfonts.set(qn(k), font)
        for k in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme"):
            if rfonts.get(qn(k)) is not None:
                del rfonts.attrib[qn(k)]
    if size:
        st.font.size = Pt(size)
    if color is not None:
        st.font.color.rgb = color
    if bold is not None:
        st.font.bold = bold
    if italic is not None:
        st.font.italic = italic


def fmt_run(r, bold=None, italic=None, underline=None, color=None, size=None, font=None, highlight=None):
    if bold is not None:
        r.bold = bold
    if italic is not None:
        r.italic = italic
    if underline is not None:
        r.underline = underline
    if color is not None:
        r.font.color.rgb = color
    if size is not None:
        r.font.size = Pt(size)
    if font is not None:
        r.font.name = font
    if highlight is not None:
        r.font.highlight_color = highlight
    return r


def P(container, parts="", style=None, align=None, after=None, before=None, indent=None, **fmt):
    """Add a paragraph. parts: a string, or a list of strings / (text, {fmt}) tuples."""
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    if isinstance(parts, (str, tuple)):
        parts = [parts]
    for part in parts:
        if isinstance(part, tuple):
            text, f = part
            merged = dict(fmt)
            merged.update(f)
            fmt_run(p.add_run(text), **merged)
        elif part:
            fmt_run(p.add_run(part), **fmt)
    if align is not None:
        p.alignment = align
    pf = p.paragraph_format
    if after is not None:
        pf.space_after = Pt(after)
    if before is not None:
        pf.space_before = Pt(before)
    if indent is not None:
        pf.left_indent = Cm(indent)
    return p


def H(doc, text, level=1, color=None):
    h = doc.add_heading(text, level=level)
    if color is not None:
        for r in h.runs:
            r.font.color.rgb = color
    return h


def cell_text(cell, parts, first=True, **fmt):
    """Put a paragraph into a cell (first=True reuses the empty first paragraph)."""
    if first:
        p = cell.paragraphs[0]
        for r in list(p.runs):
            r._r.getparent().remove(r._r)
    else:
        p = cell.add_paragraph()
    if isinstance(parts, (str, tuple)):
        parts = [parts]
    for part in parts:
        if isinstance(part, tuple):
            text, f = part
            merged = dict(fmt)
            merged.update(f)
            fmt_run(p.add_run(text), **merged)
        elif part:
            fmt_run(p.add_run(part), **fmt)
    return p


def cell_lines(cell, lines, **fmt):
    for i, line in enumerate(lines):
        cell_text(cell, line, first=(i == 0), **fmt)


def shade(cell, hex_fill):
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcpr.append(shd)


def table(doc, rows, widths=None, style="Table Grid", head=True, head_fill=None, head_color=None, size=None):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    if style:
        t.style = doc.styles[style]
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            if isinstance(val, list):
                cell_lines(c, val, size=size)
            else:
                cell_text(c, val, bold=(True if (head and i == 0) else None), color=(head_color if head and i == 0 else None), size=size)
            if head and i == 0 and head_fill:
                shade(c, head_fill)
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    return t


def no_borders(t):
    tblpr = t._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement("w:" + side)
        el.set(qn("w:val"), "nil")
        borders.append(el)
    # keep the schema order of w:tblPr (tblBorders comes before shd, tblLayout, tblCellMar, tblLook)
    for tag in ("w:shd", "w:tblLayout", "w:tblCellMar", "w:tblLook", "w:tblCaption", "w:tblDescription"):
        nxt = tblpr.find(qn(tag))
        if nxt is not None:
            nxt.addprevious(borders)
            return
    tblpr.append(borders)


def page_field(paragraph, instr="PAGE"):
    run = paragraph.add_run()
    f1 = OxmlElement("w:fldChar")
    f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " %s " % instr
    f2 = OxmlElement("w:fldChar")
    f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t")
    t.text = "1"
    f3 = OxmlElement("w:fldChar")
    f3.set(qn("w:fldCharType"), "end")
    for el in (f1, it, f2, t, f3):
        run._r.append(el)
    return run


def header(doc, lines, align=WD_ALIGN_PARAGRAPH.LEFT, size=8, color=GREY, italic=False):
    hdr = doc.sections[0].header
    first = True
    for line in lines:
        p = hdr.paragraphs[0] if first else hdr.add_paragraph()
        first = False
        fmt_run(p.add_run(line), size=size, color=color, italic=italic)
        p.alignment = align


def footer(doc, before="", after="", align=WD_ALIGN_PARAGRAPH.CENTER, size=8, total=False):
    ftr = doc.sections[0].footer
    p = ftr.paragraphs[0]
    if before:
        fmt_run(p.add_run(before), size=size, color=GREY)
    r = page_field(p)
    r.font.size = Pt(size)
    if total:
        fmt_run(p.add_run(" / "), size=size, color=GREY)
        r2 = page_field(p, "NUMPAGES")
        r2.font.size = Pt(size)
    if after:
        fmt_run(p.add_run(after), size=size, color=GREY)
    p.alignment = align


def save(doc, name):
    doc.save(os.path.join(HERE, name))


# ---------------------------------------------------------------- 467
# Els Verhaegen, POD MI, 2016: NL paragraph then FR paragraph in grey italics; Heading styles with
# typed numbers; agenda as a table with "10u00 – 10u30"; people grouped per organisation in bullets.

def r467():
    doc = new_doc("Calibri", 11, "Els Verhaegen", "Verslag startvergadering AMIF-netwerk", datetime.date(2016, 10, 20))
    style_font(doc, "Heading 1", font="Calibri", size=13, color=BLUE)
    style_font(doc, "Heading 2", font="Calibri", size=11.5, color=BLUE)
    header(doc, ["POD Maatschappelijke Integratie | SPP Intégration Sociale", TAG_NL + " – " + TAG_FR])
    footer(doc, before="Verslag 20/10/2016 – p. ")

    def fr(text, **kw):
        return P(doc, text, italic=True, color=GREY, after=8, **kw)

    P(doc, "Verslag startvergadering AMIF-netwerk OCMW's", bold=True, size=16, color=BLUE, align=WD_ALIGN_PARAGRAPH.CENTER, after=0)
    P(doc, "Rapport réunion de lancement du réseau FAMI des CPAS", bold=True, italic=True, size=14, color=GREY, align=WD_ALIGN_PARAGRAPH.CENTER)
    P(doc, "Donderdag 20 oktober 2016 – Jeudi 20 octobre 2016", align=WD_ALIGN_PARAGRAPH.CENTER, after=0)
    P(doc, "POD Maatschappelijke Integratie, Koning Albert II-laan 30, 1000 Brussel – zaal 4.03", align=WD_ALIGN_PARAGRAPH.CENTER, after=0)
    P(doc, "Simultaanvertaling NL/FR – Interprétation simultanée NL/FR", align=WD_ALIGN_PARAGRAPH.CENTER, italic=True)

    P(doc, [("Aanwezig – Présents", {"bold": True, "underline": True})], before=10)
    for line in [
        "POD MI / SPP IS: Els Verhaegen, Sophie Lambotte, Marc Delvaux",
        "OCMW Gent / CPAS Gand: Griet Van Acker, Tom De Smet",
        "CPAS Liège / OCMW Luik: Hélène Renard, Karim Bouzidi",
        "CPAS Charleroi / OCMW Charleroi: Véronique Hanssens",
        "OCMW Antwerpen / CPAS Anvers: Wim Peeters, Leen Janssens",
        "CPAS Bruxelles / OCMW Brussel: Fatima Zahra Amrani",
        "Tolken / Interprètes: Chantal Geerts, Luc Hermans",
    ]:
        P(doc, line, style="List Bullet", after=0)
    P(doc, [("Verontschuldigd – Excusés: ", {"bold": True, "underline": True}), "Nicolas Vandenberghe (CPAS Bruxelles / OCMW Brussel)"], before=8)

    P(doc, [("Agenda – Ordre du jour", {"bold": True, "underline": True})], before=10)
    table(doc, [
        ["Uur / Heure", "Punt / Point"],
        ["10u00 – 10u30", "Onthaal en kennismaking / Accueil et présentations"],
        ["10u30 – 11u15", "Het AMIF-kader / Le cadre FAMI"],
        ["11u15 – 12u30", "Voorstelling van de projecten / Présentation des projets"],
        ["12u30 – 13u30", "Lunch"],
        ["13u30 – 14u30", "Werking van het netwerk / Fonctionnement du réseau"],
        ["14u30 – 15u00", "Afspraken en varia / Accords et divers"],
    ], widths=[3.5, 12.5], head_fill="DEEAF6")

    H(doc, "1. Onthaal en kennismaking – Accueil et présentations", 1)
    P(doc, "Els Verhaegen verwelkomt de deelnemers op deze eerste bijeenkomst van het netwerk. De vijf OCMW's die een AMIF-project uitvoeren, stellen zich kort voor. Iedereen is het erover eens dat het netwerk vooral een plek moet zijn om methodes en ervaringen uit te wisselen.", after=4)
    fr("Els Verhaegen souhaite la bienvenue aux participants à cette première rencontre du réseau. Les cinq CPAS qui mènent un projet FAMI se présentent brièvement. Tout le monde s'accorde à dire que le réseau doit avant tout être un lieu d'échange de méthodes et d'expériences.")

    H(doc, "2. Het AMIF-kader – Le cadre FAMI", 1)
    P(doc, "Sophie Lambotte licht het Europese Fonds voor Asiel, Migratie en Integratie toe: de doelgroep (derdelanders, vooral nieuwkomers), de subsidievoorwaarden (75 % AMIF, 15 % POD, 10 % eigen middelen van het OCMW) en de jaarlijkse rapportering. Marc Delvaux geeft uitleg over de bewijsstukken bij de personeelskosten.", after=4)
    fr("Sophie Lambotte présente le Fonds européen Asile, Migration et Intégration : le public cible (ressortissants de pays tiers, surtout primo-arrivants), les conditions de subvention (75 % FAMI, 15 % SPP, 10 % moyens propres du CPAS) et le rapportage annuel. Marc Delvaux explique les pièces justificatives des frais de personnel.")
    P(doc, [("Actie POD: ", {"bold": True}), "de subsidievoorwaarden en het rapporteringssjabloon naar alle OCMW's sturen."], after=0)
    fr([("Action SPP : ", {"bold": True}), "envoyer les conditions de subvention et le modèle de rapportage à tous les CPAS."])

    H(doc, "3. Voorstelling van de projecten – Présentation des projets", 1)
    H(doc, "3.1 OCMW Gent – CPAS Gand", 2)
    P(doc, "Gent werkt met individuele trajectbegeleiding en groepssessies rond taalactivering. De maatschappelijk werkers van de sociale diensten verwijzen de deelnemers door; het project start in januari met een eerste groep van twaalf personen.", after=4)
    fr("Gand travaille avec un accompagnement individuel et des séances collectives d'activation linguistique. Les assistants sociaux des services sociaux orientent les participants ; le projet démarre en janvier avec un premier groupe de douze personnes.")
    H(doc, "3.2 CPAS Liège – OCMW Luik", 2)
    P(doc, "Luik stelt Mod' Actions voor: een individuele begeleiding en vier collectieve ateliers (activering met zwakke taalvaardigheid, creatief atelier, informatica, projectrealisatie). Elke deelnemer tekent drie contracten: met de maatschappelijk werker, met de persoon die het intakegesprek voert en met de verantwoordelijke van elke module.", after=4)
    fr("Liège présente Mod' Actions : un accompagnement individuel et quatre ateliers collectifs (activation sociale pour faibles compétences linguistiques, atelier créatif, informatique, réalisation de projet). Chaque participant signe trois contrats : avec l'assistant social, avec la personne qui mène l'entretien d'admission et avec le responsable de chaque module.")
    P(doc, [("Actie Karim Bouzidi: ", {"bold": True}), "het sjabloon van de drie contracten delen met de andere OCMW's."], after=0)
    fr([("Action Karim Bouzidi : ", {"bold": True}), "partager le modèle des trois contrats avec les autres CPAS."])
    H(doc, "3.3 CPAS Charleroi", 2)
    P(doc, "Charleroi (Service Action Migrants) werkt met modules van september tot juni. Voor module 1 werden 315 mogelijke deelnemers uitgenodigd op een infosessie; 110 kwamen opdagen.", after=4)
    fr("Charleroi (Service Action Migrants) travaille par modules de septembre à juin. Pour le module 1, 315 participants potentiels ont été invités à une séance d'information ; 110 sont venus.")
    P(doc, [("Actie Véronique Hanssens: ", {"bold": True}), "de cijfers van de informatiesessies van module 1 bezorgen aan het POD."], after=0)
    fr([("Action Véronique Hanssens : ", {"bold": True}), "transmettre au SPP les chiffres des séances d'information du module 1."])
    H(doc, "3.4 OCMW Antwerpen – CPAS Anvers", 2)
    P(doc, "Antwerpen zoekt voor de volgende jaren samenwerking met kleinere OCMW's uit de regio. De projectfiche werd al ingediend bij het POD.", after=4)
    fr("Anvers cherche à collaborer, pour les années à venir, avec de plus petits CPAS de la région. La fiche projet a déjà été introduite auprès du SPP.")
    H(doc, "3.5 CPAS Bruxelles – OCMW Brussel", 2)
    P(doc, "Brussel focust op informatiesessies over het leven in België (instellingen, rechten en plichten, huisvesting, mobiliteit). Fatima Zahra Amrani stelt voor om het materiaal later met het netwerk te delen.", after=4)
    fr("Bruxelles met l'accent sur des séances d'information sur la vie en Belgique (institutions, droits et devoirs, logement, mobilité). Fatima Zahra Amrani propose de partager plus tard le matériel avec le réseau.")

    H(doc, "4. Werking van het netwerk – Fonctionnement du réseau", 1)
    P(doc, [("Beslissing: ", {"bold": True}), "het netwerk komt drie keer per jaar samen, telkens bij een ander OCMW. Het POD maakt het verslag in de twee talen."], after=0)
    fr([("Décision : ", {"bold": True}), "le réseau se réunit trois fois par an, chaque fois dans un autre CPAS. Le SPP rédige le rapport dans les deux langues."])
    P(doc, [("Actie elk OCMW: ", {"bold": True}), "één vaste contactpersoon voor het netwerk doorgeven aan het POD vóór 15 november."], after=0)
    fr([("Action chaque CPAS : ", {"bold": True}), "communiquer au SPP une personne de contact fixe pour le réseau avant le 15 novembre."])
    P(doc, [("Actie Els Verhaegen en Sophie Lambotte: ", {"bold": True}), "een gemeenschappelijke projectfiche opstellen en in december aan het netwerk voorleggen."], after=0)
    fr([("Action Els Verhaegen et Sophie Lambotte : ", {"bold": True}), "rédiger une fiche projet commune et la soumettre au réseau en décembre."])

    H(doc, "5. Afspraken en varia – Accords et divers", 1)
    P(doc, "Nicolas Vandenberghe (verontschuldigd) heeft de presentaties vooraf al per mail ontvangen. De deelnemers vragen een gedeelde map voor presentaties en sjablonen.", after=4)
    fr("Nicolas Vandenberghe (excusé) a déjà reçu les présentations par courriel. Les participants demandent un dossier partagé pour les présentations et les modèles.")
    P(doc, [("Actie (wie: nog te bepalen): ", {"bold": True}), "een gedeelde map voor de documenten van het netwerk aanmaken."], after=0)
    fr([("Action (qui : à déterminer) : ", {"bold": True}), "créer un dossier partagé pour les documents du réseau."])

    P(doc, [("Volgende bijeenkomst: dinsdag 7 februari 2017 bij OCMW Gent.", {"bold": True})], before=12, after=0)
    fr([("Prochaine réunion : mardi 7 février 2017 au CPAS de Gand.", {"bold": True})])
    save(doc, "467_startvergadering_pod_2016.docx")


# ---------------------------------------------------------------- 468
# Aurore Dessart, CPAS Charleroi, 2017: Arial, bold underlined roman-numbered lines (no heading
# styles), typed "- " bullets, agenda "9h30-10h00 : ...", owners by first name "(resp. Samir)",
# "va + infinitif".

def r468():
    doc = new_doc("Arial", 10, "Aurore Dessart", "Compte rendu réunion FAMI 29 juin 2017", datetime.date(2017, 6, 29), margins=2.2)
    header(doc, ["CPAS CHARLEROI – Service Action Migrants", TAG_FR], align=WD_ALIGN_PARAGRAPH.RIGHT, italic=True)
    footer(doc, before="Page ", align=WD_ALIGN_PARAGRAPH.RIGHT)

    def sec(text):
        return P(doc, [(text, {"bold": True, "underline": True})], before=12, after=4, size=11)

    def sub(text):
        return P(doc, [(text, {"bold": True, "italic": True})], before=6, after=2, indent=0.6)

    P(doc, "CPAS CHARLEROI", bold=True, size=14, color=RED, after=0)
    P(doc, "Réunion FAMI", bold=True, size=12, after=0)
    P(doc, "Compte rendu de la réunion du réseau FAMI du jeudi 29 juin 2017", bold=True, size=12)
    P(doc, "Lieu : CPAS de Charleroi, Service Action Migrants, salle du 2e étage", after=0)
    P(doc, "Pas d'interprétation : les collègues néerlandophones ont souhaité suivre la réunion en français.", italic=True)

    P(doc, [("Présents :", {"bold": True})], after=2)
    for line in [
        "- Véronique Hanssens, CPAS Charleroi (Service Action Migrants)",
        "- Samir Haddou, CPAS Charleroi",
        "- Aurore Dessart, CPAS Charleroi (secrétariat)",
        "- Els Verhaegen, SPP Intégration Sociale",
        "- Sophie Lambotte, SPP Intégration Sociale",
        "- Griet Van Acker, CPAS de Gand",
        "- Hélène Renard, CPAS de Liège",
        "- Julie Collignon, CPAS de Liège",
        "- Wim Peeters, CPAS d'Anvers",
        "- Fatima Zahra Amrani, CPAS de Bruxelles",
    ]:
        P(doc, line, after=0, indent=0.5)
    P(doc, [("Excusés :", {"bold": True})], before=6, after=2)
    for line in [
        "- Tom De Smet, CPAS de Gand",
        "- Karim Bouzidi, CPAS de Liège",
        "- Leen Janssens, CPAS d'Anvers",
    ]:
        P(doc, line, after=0, indent=0.5)

    P(doc, [("Ordre du jour", {"bold": True})], before=10, after=2)
    for line in [
        "9h30-10h00 : Accueil, café",
        "10h00-11h00 : Présentation du Service Action Migrants et du projet Activ'UP",
        "11h00-12h00 : Le travail de mobilisation : du listing aux séances d'information",
        "12h00-13h00 : Repas",
        "13h00-14h30 : Retour d'expérience : ce qui marche, ce qu'il faut améliorer",
        "14h30-15h00 : Divers et prochaine réunion",
    ]:
        P(doc, line, after=0, indent=0.5)

    sec("I. Accueil et tour de table")
    P(doc, "Véronique Hanssens accueille les CPAS dans les locaux du Service Action Migrants. Chaque CPAS donne brièvement des nouvelles de son projet. Gand et Anvers ont démarré leurs premiers groupes ; Bruxelles prépare un nouveau cycle de séances d'information pour septembre.")

    sec("II. Le Service Action Migrants et Activ'UP")
    P(doc, "Le public cible du service : toute personne étrangère ou d'origine étrangère qui réside sur le territoire de Charleroi. Objectifs : accueil, information, intégration, activation sociale. Activ'UP est le projet FAMI du service.")
    sub("A. Fonctionnement par modules")
    P(doc, "Le projet fonctionne par modules d'une année scolaire : module 1 de septembre 2015 à juin 2016, module 2 de septembre 2016 à juin 2017, module 3 à partir de septembre 2017.")
    P(doc, "Samir va envoyer le planning des modules 2017-2018 à tous les CPAS du réseau.", bold=True)
    sub("B. Les trois activités")
    P(doc, "1) Coaching individuel (un rendez-vous tous les quinze jours avec le référent) et coaching collectif (trois groupes, une demi-journée tous les quinze jours). 2) Activités collectives : ateliers découvertes (informatique, sport, photo, médias, mobilier en carton) et sorties socio-culturelles. 3) Séances d'information « se débrouiller en Belgique » : institutions, droits et devoirs, droits sociaux, droit de séjour, mobilité, logement, banque et assurances.")
    P(doc, "Les participants d'Activ'UP sont prioritaires pour les cours de FLE du service (subside PCS). L'exemple de semaine type a été montré en séance.")
    P(doc, "Exemple de semaine à partager avec le réseau (resp. Véronique).", bold=True)

    sec("III. Le travail de mobilisation")
    P(doc, "Le recrutement passe par les antennes sociales du CPAS : le projet a été présenté au directeur, aux managers et aux travailleurs de première ligne. Un listing de bénéficiaires potentiels a été créé avec l'observatoire local : plus de 1000 personnes répertoriées pour les modules 1 et 2. Les assistantes sociales en ont retenu 315 pour le module 1 et 199 pour le module 2.")
    P(doc, "Présence aux séances d'information : 110 personnes sur 315 invitées pour le module 1 (35 %) et 60 sur 199 pour le module 2 (30 %). Le listing a déjà été transmis à l'observatoire local du CPAS pour la mise à jour de septembre.")
    P(doc, "Hélène et Griet vont comparer leur méthode de recrutement avec celle de Charleroi et en faire un retour à la prochaine réunion.", bold=True)

    sec("IV. Retour d'expérience")
    sub("A. Ce qui marche")
    P(doc, "Le travail intensif avec le public : les participants sont là presque tous les jours de la semaine et on sent un réel progrès. Des liens se créent avec les agents et entre bénéficiaires ; à la fin du module, un esprit de groupe s'est créé et certains sont prêts à aller vers l'ISP.")
    sub("B. À améliorer")
    P(doc, "La communication envers les participants (horaires qui changent, cours annulés), des horaires équilibrés entre anciens et nouveaux, anticiper les activités plus tôt car les procédures administratives sont de plus en plus longues.")
    P(doc, [("Décision : ", {"bold": True}), "les activités sur des sujets sensibles (sexualité, violences conjugales) ne seront plus obligatoires à Charleroi."])
    P(doc, "Le SPP va vérifier si les frais des sorties socio-culturelles sont éligibles au FAMI.", bold=True)
    P(doc, "Chaque CPAS réfléchit à une meilleure communication des horaires aux participants et en parle à la prochaine réunion.", bold=True)

    sec("V. Divers")
    P(doc, "Envoyer les photos de la visite aux participants de la réunion (resp. Aurore).", bold=True)
    P(doc, "Leen (excusée) va transmettre la présentation d'Anvers prévue pour ce jour.", bold=True)
    P(doc, "[Photos de la visite à insérer]", color=RED)
    P(doc, [("Prochaine réunion : ", {"bold": True}), "à Anvers, à l'automne 2017 (date encore à fixer)."], before=10)
    P(doc, "Aurore Dessart – 3 juillet 2017", italic=True, align=WD_ALIGN_PARAGRAPH.RIGHT, before=12)
    save(doc, "468_reunion_charleroi_2017.docx")


# ---------------------------------------------------------------- 469
# Katrien Mertens, OCMW Antwerpen, 2018: Dutch, heading styles with "1)", people in a table with a
# status column, automatic agenda numbering with start times, action table, French summary.

def r469():
    doc = new_doc("Calibri Light", 11, "Katrien Mertens", "Verslag netwerkdag AMIF", datetime.date(2018, 11, 20))
    style_font(doc, "Heading 1", font="Calibri Light", size=14, color=RED)
    style_font(doc, "Heading 2", font="Calibri Light", size=12, color=GREY)
    header(doc, ["OCMW Antwerpen – AMIF-project", TAG_NL], align=WD_ALIGN_PARAGRAPH.LEFT)
    footer(doc, before="Stad Antwerpen – OCMW | pagina ", total=True)

    P(doc, "Verslag netwerkdag AMIF – OCMW Antwerpen", bold=True, size=18, color=RED, after=2)
    P(doc, "Dinsdag 20 november 2018, 10.00 – 15.30", size=12, after=0)
    P(doc, "OCMW Antwerpen, Lange Gasthuisstraat 39, 2000 Antwerpen – vergaderzaal De Schelde", after=0)
    P(doc, "Er waren geen tolken; de Franstalige collega's krijgen onderaan een korte samenvatting in het Frans.", italic=True, after=10)

    P(doc, "Deelnemers", bold=True, size=12, after=2)
    rows = [["Naam", "Organisatie", "Aanwezig / verontschuldigd"]]
    for n, o, s in [
        ("Katrien Mertens", "OCMW Antwerpen (verslag)", "aanwezig"),
        ("Wim Peeters", "OCMW Antwerpen", "aanwezig"),
        ("Hamza Ouali", "OCMW Antwerpen", "aanwezig"),
        ("Ilse Van Gorp", "OCMW Schoten", "aanwezig"),
        ("Dirk Wouters", "OCMW Edegem", "aanwezig"),
        ("Sara Verbruggen", "OCMW Mortsel", "verontschuldigd"),
        ("Els Verhaegen", "POD Maatschappelijke Integratie", "aanwezig"),
        ("Griet Van Acker", "OCMW Gent", "aanwezig"),
        ("Yasmina El Idrissi", "OCMW Gent", "aanwezig"),
        ("Hélène Renard", "OCMW Luik", "verontschuldigd"),
        ("Karim Bouzidi", "OCMW Luik", "aanwezig"),
        ("Véronique Hanssens", "OCMW Charleroi", "aanwezig"),
        ("Christelle Piret", "OCMW Binche", "aanwezig"),
        ("Nicolas Vandenberghe", "OCMW Brussel", "aanwezig"),
        ("Anke Vermeiren", "Universiteit Antwerpen (gastspreker)", "aanwezig"),
    ]:
        rows.append([n, o, s])
    table(doc, rows, widths=[5, 7, 4], style="Light Grid Accent 2", size=10)

    P(doc, "Agenda", bold=True, size=12, before=12, after=2)
    for line in [
        "10.00 Onthaal met koffie",
        "10.30 Rondvraag: stand van zaken per OCMW",
        "11.30 De partnerwerking in Antwerpen: Schoten, Edegem en Mortsel",
        "12.30 Lunch",
        "13.30 Gastspreker: laaggeletterdheid en zelfvertrouwen (Anke Vermeiren)",
        "14.45 Tevredenheidsenquête: eerste ervaringen",
        "15.15 Afspraken",
    ]:
        P(doc, line, style="List Number", after=0)

    H(doc, "1) Onthaal", 1)
    P(doc, "Wim Peeters verwelkomt de collega's in Antwerpen. Voor het eerst zitten ook de drie partner-OCMW's van Antwerpen mee aan tafel, en Binche als partner van Charleroi.")

    H(doc, "2) Stand van zaken per OCMW", 1)
    H(doc, "Gent", 2)
    P(doc, "Twee groepen lopen, samen 24 deelnemers. De wachtlijst voor de taalactivering groeit; Gent denkt aan een derde groep in het voorjaar.")
    H(doc, "Luik", 2)
    P(doc, "Karim Bouzidi meldt dat de intakegesprekken nu binnen de twee weken na doorverwijzing plaatsvinden. Het creatief atelier heeft een tentoonstelling gehouden in de bibliotheek.")
    H(doc, "Charleroi en Binche", 2)
    P(doc, "Module 3 is gestart. Binche verwijst zelf deelnemers door naar de ateliers in Charleroi; het vervoer blijft een probleem.")
    H(doc, "Brussel", 2)
    P(doc, "De infosessies over huisvesting en mobiliteit lopen goed; die over bank en verzekeringen trekken minder volk.")

    H(doc, "3) Partnerwerking in de regio Antwerpen", 1)
    P(doc, "Ilse Van Gorp (Schoten) en Dirk Wouters (Edegem) lichten toe hoe zij deelnemers toeleiden naar de groepsmodules in Antwerpen, terwijl de individuele begeleiding lokaal blijft. Edegem heeft de samenwerkingsovereenkomst intussen ondertekend. Voor Mortsel werd de overeenkomst al goedgekeurd door het vast bureau.")

    H(doc, "4) Laaggeletterdheid en zelfvertrouwen", 1)
    P(doc, "Anke Vermeiren stelt haar onderzoek voor: deelnemers die niet of weinig geletterd zijn, haken sneller af als opdrachten schriftelijk zijn. Ze raadt aan om met beelden, herhaling en kleine groepen te werken. Veel herkenning bij de OCMW's.")

    H(doc, "5) De tevredenheidsenquête", 1)
    P(doc, "De huidige enquête bevat te veel abstracte termen ('autonomie', 'competentie') en bestaat enkel in het Nederlands en het Frans. De OCMW's vragen een versie in eenvoudige taal en in meer talen.")
    P(doc, [("Beslist: ", {"bold": True}), "vanaf januari 2019 gebruiken alle OCMW's dezelfde enquête."])

    H(doc, "6) Afspraken", 1)
    rows = [["Wat", "Wie", "Tegen wanneer"],
            ["De presentatie over laaggeletterdheid doorsturen naar alle deelnemers", "Katrien", "eind november"],
            ["Een versie van de tevredenheidsenquête in eenvoudige taal laten opmaken", "POD", "januari 2019"],
            ["Voorbeelden van vertaalde enquêtes verzamelen en delen", "alle OCMW's", "volgende netwerkdag"],
            ["Afspraken over doorverwijzing tussen Schoten, Edegem en Mortsel op papier zetten", "Ilse, Dirk en Sara", "februari 2019"],
            ["Cijfers van de informatiesessies 2018 bezorgen aan het POD", "OCMW Charleroi", "15 december"],
            ["Locatie voor de volgende netwerkdag vastleggen", "OCMW Gent", "december"],
            ["Een lijst van vrijwilligersorganisaties voor de socio-culturele uitstappen opstellen", "nog te bepalen", "–"]]
    table(doc, rows, widths=[10, 3.5, 3], style="Light Grid Accent 2", size=10)
    P(doc, "Bijlage: presentatie OCMW Mortsel (volgt nog)", italic=True, before=6)
    P(doc, [("Volgende netwerkdag: dinsdag 12 februari 2019 in Gent.", {"bold": True})], before=6)

    H(doc, "Résumé en français", 1)
    P(doc, "Journée du réseau FAMI à Anvers, le mardi 20 novembre 2018. Pour la première fois, les CPAS partenaires d'Anvers (Schoten, Edegem, Mortsel) et Binche (partenaire de Charleroi) ont participé. Tour de table : les projets avancent partout ; Gand envisage un troisième groupe, Liège a raccourci le délai des entretiens d'admission.", italic=True)
    P(doc, "Anke Vermeiren (Université d'Anvers) a présenté ses recherches sur l'illettrisme et la confiance en soi : travailler avec des images, de la répétition et de petits groupes. L'enquête de satisfaction est jugée trop abstraite ; une version en langage simple et en plusieurs langues est demandée. À partir de janvier 2019, tous les CPAS utiliseront la même enquête. Points d'action : voir le tableau ci-dessus. Prochaine journée : le 12 février 2019 à Gand.", italic=True)
    save(doc, "469_netwerkdag_antwerpen_2018.docx")


# ---------------------------------------------------------------- 470
# Yasmina El Idrissi, OCMW Gent, 2019: NL | FR in two columns (borderless tables) under bold coloured
# lettered headings; initials with a legend; agenda inside the introduction; "→ GVA".

def r470():
    doc = new_doc("Segoe UI", 10, "Yasmina El Idrissi", "Verslag AMIF-netwerk Gent 12-02-2019", datetime.date(2019, 2, 12), margins=1.8)
    header(doc, ["OCMW Gent – Dienst Welzijn en Samenleving", TAG_NL + " / " + TAG_FR], align=WD_ALIGN_PARAGRAPH.CENTER)
    footer(doc, before="", after="", align=WD_ALIGN_PARAGRAPH.RIGHT)

    def two(nl, fr):
        t = doc.add_table(rows=1, cols=2)
        no_borders(t)
        for j, content in enumerate((nl, fr)):
            c = t.cell(0, j)
            c.width = Cm(8.6)
            if isinstance(content, str):
                content = [content]
            for i, line in enumerate(content):
                cell_text(c, line, first=(i == 0), italic=(j == 1), size=9.5)
        P(doc, "", after=0)
        return t

    def head(text):
        return P(doc, [(text, {"bold": True, "color": GENT_BLUE, "size": 12})], before=8, after=2)

    P(doc, "Verslag bijeenkomst AMIF-netwerk – Rapport rencontre réseau FAMI", bold=True, size=15, color=GENT_BLUE, align=WD_ALIGN_PARAGRAPH.CENTER, after=0)
    P(doc, "12 februari 2019 – 12 février 2019", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, after=0)
    P(doc, "OCMW Gent, Onderbergen 86, 9000 Gent – zaal Leie / salle Leie", align=WD_ALIGN_PARAGRAPH.CENTER, after=0)
    P(doc, "Met simultaanvertaling NL-FR / Avec interprétation simultanée NL-FR", align=WD_ALIGN_PARAGRAPH.CENTER, italic=True)

    P(doc, [("Aanwezig / Présents: ", {"bold": True}), "GVA, YEI (OCMW Gent); HR, KB (CPAS Liège); VH (CPAS Charleroi); CP (CPAS Binche); WP, HO (OCMW Antwerpen); IVG (OCMW Schoten); NV, FZA (CPAS Bruxelles); EV (POD MI); tolken / interprètes: Chantal Geerts, Bart Lievens"], after=2)
    P(doc, [("Verontschuldigd / Excusés: ", {"bold": True}), "TDS (OCMW Gent), DW (OCMW Edegem), SV (OCMW Mortsel), SL (SPP IS)"], after=4)
    P(doc, [("Legende / Légende", {"bold": True, "size": 9})], after=0)
    leg = [("GVA", "Griet Van Acker"), ("YEI", "Yasmina El Idrissi"), ("HR", "Hélène Renard"), ("KB", "Karim Bouzidi"),
           ("VH", "Véronique Hanssens"), ("CP", "Christelle Piret"), ("WP", "Wim Peeters"), ("HO", "Hamza Ouali"),
           ("IVG", "Ilse Van Gorp"), ("NV", "Nicolas Vandenberghe"), ("FZA", "Fatima Zahra Amrani"), ("EV", "Els Verhaegen"),
           ("TDS", "Tom De Smet"), ("DW", "Dirk Wouters"), ("SV", "Sara Verbruggen"), ("SL", "Sophie Lambotte")]
    t = doc.add_table(rows=4, cols=8)
    t.style = doc.styles["Table Grid"]
    for k, (ini, name) in enumerate(leg):
        r, c = divmod(k, 4)
        cell_text(t.cell(r, 2 * c), ini, bold=True, size=8)
        cell_text(t.cell(r, 2 * c + 1), name, size=8)
    P(doc, "", after=0)

    head("A. Verwelkoming – Accueil")
    two(["Griet Van Acker verwelkomt het netwerk in Gent. Het programma: verwelkoming, rondvraag, oriëntatiebalans en intake, bezoek aan het atelier, afspraken voor 2019."],
        ["Griet Van Acker accueille le réseau à Gand. Le programme : accueil, tour de table, bilan d'orientation et admission, visite de l'atelier, accords pour 2019."])

    head("B. Rondvraag – Tour de table")
    two(["Alle OCMW's zitten in de tweede helft van hun module. Charleroi heeft zijn planning al bezorgd. Binche meldt dat zes deelnemers doorstromen naar een opleiding.",
         "Cijfers 2018 per module naar het POD sturen → alle OCMW's"],
        ["Tous les CPAS sont dans la seconde moitié de leur module. Charleroi a déjà transmis son planning. Binche signale que six participants passent vers une formation.",
         "Envoyer au SPP les chiffres 2018 par module → tous les CPAS"])

    head("C. Oriëntatiebalans en intake – Bilan d'orientation et admission")
    two(["Gent en Luik vergelijken hun werkwijze. In Gent duurt de intake één gesprek, in Luik twee (analyse van de noden en oriëntatiebalans). De balans behandelt traject, doelen, motivatie en drempels.",
         "Beslissing: de oriëntatiebalans blijft per OCMW verschillend; enkel de rubrieken worden gelijkgetrokken.",
         "De vragenlijst van de intake delen met het netwerk → KB",
         "Een gemeenschappelijk model van rubrieken uitwerken → GVA + HR",
         "(Opmerkingen van CPAS Liège op punt C nog toe te voegen)"],
        ["Gand et Liège comparent leurs pratiques. À Gand l'admission tient en un entretien, à Liège en deux (analyse des besoins et bilan d'orientation). Le bilan aborde le parcours, les objectifs, la motivation et les obstacles.",
         "Décision : le bilan d'orientation reste propre à chaque CPAS ; seules les rubriques sont harmonisées.",
         "Partager le questionnaire d'admission avec le réseau → KB",
         "Élaborer un modèle commun de rubriques → GVA + HR",
         "(Commentaires du CPAS de Liège sur le point C encore à ajouter)"])

    head("D. Bezoek aan het atelier – Visite de l'atelier")
    two(["Het netwerk bezoekt het naaiatelier en het computerlokaal. Deelnemers tonen hun werk; twee van hen vertellen over hun traject (met hun toestemming).",
         "Foto's van het atelier rondsturen, zonder herkenbare deelnemers → YEI"],
        ["Le réseau visite l'atelier couture et le local informatique. Des participants montrent leur travail ; deux d'entre eux racontent leur parcours (avec leur accord).",
         "Envoyer les photos de l'atelier, sans participants reconnaissables → YEI"])

    head("E. Afspraken voor 2019 – Accords pour 2019")
    two(["Datum en plaats van de bijeenkomsten in het najaar voorstellen → POD",
         "Een gastspreker rond trauma en stress zoeken → nog te bepalen",
         "Het sjabloon van de projectfiche aanpassen aan de nieuwe rubrieken → SL",
         "Volgende bijeenkomst: 16 mei 2019 in Luik (CPAS Liège)."],
        ["Proposer la date et le lieu des réunions d'automne → SPP",
         "Trouver un intervenant sur le trauma et le stress → à déterminer",
         "Adapter le modèle de fiche projet aux nouvelles rubriques → SL",
         "Prochaine réunion : le 16 mai 2019 à Liège (CPAS Liège)."])
    save(doc, "470_bijeenkomst_gent_2019.docx")


# ---------------------------------------------------------------- 471
# Sophie Lambotte, SPP IS, 2020 (Teams): long report, Heading 1/2 with typed "1." and "2.1",
# agenda table with start and end times, people inline, "Qui : ..." lines, passive "sera envoyé par le SPP".

def r471():
    doc = new_doc("Trebuchet MS", 10, "Sophie Lambotte", "Rapport réunion réseau FAMI 21-09-2020", datetime.date(2020, 9, 21))
    style_font(doc, "Heading 1", font="Trebuchet MS", size=13, color=PURPLE)
    style_font(doc, "Heading 2", font="Trebuchet MS", size=11, color=PURPLE)
    header(doc, ["SPP Intégration Sociale | POD Maatschappelijke Integratie", TAG_FR], align=WD_ALIGN_PARAGRAPH.RIGHT)
    footer(doc, before="Réseau FAMI – rapport du 21 septembre 2020 – ", total=True)

    def todo(task, who):
        return P(doc, ["► " + task + " ", ("Qui : " + who, {"bold": True})], indent=0.5, after=2)

    P(doc, "Rapport de la réunion du réseau FAMI – CPAS", bold=True, size=16, color=PURPLE, after=0)
    P(doc, "Lundi 21 septembre 2020, 9h30 – 12h30, en ligne (Microsoft Teams)", size=11, after=0)
    P(doc, "Interprétation simultanée FR/NL via le canal d'interprétation de Teams.", italic=True)
    P(doc, [("Présents : ", {"bold": True}),
            "Sophie Lambotte, Pieter Van Damme (SPP IS) ; Griet Van Acker, Yasmina El Idrissi (CPAS Gand) ; "
            "Hélène Renard, Karim Bouzidi, Julie Collignon (CPAS Liège) ; Véronique Hanssens, Samir Haddou (CPAS Charleroi) ; "
            "Christelle Piret (CPAS Binche) ; Wim Peeters, Hamza Ouali (CPAS Anvers) ; Ilse Van Gorp (CPAS Schoten) ; "
            "Sara Verbruggen (CPAS Mortsel) ; Fatima Zahra Amrani (CPAS Bruxelles) ; Chantal Geerts, Luc Hermans (interprètes)."],
      align=WD_ALIGN_PARAGRAPH.JUSTIFY)
    P(doc, [("Excusés : ", {"bold": True}), "Dirk Wouters (CPAS Edegem), Nicolas Vandenberghe (CPAS Bruxelles), Els Verhaegen (SPP IS)."])

    P(doc, "Ordre du jour", bold=True, size=11, color=PURPLE, before=6, after=2)
    table(doc, [
        ["Horaire", "Point"],
        ["9h30 – 9h45", "Accueil et règles de la réunion en ligne"],
        ["9h45 – 10h45", "Tour de table : les projets pendant la crise sanitaire"],
        ["10h45 – 11h00", "Pause"],
        ["11h00 – 11h45", "Reporting et chiffres 2020"],
        ["11h45 – 12h15", "Enquête de satisfaction : nouvelle version"],
        ["12h15 – 12h30", "Divers"],
    ], widths=[3.5, 12.5], head_fill="E4DFEC")

    H(doc, "1. Accueil et règles de la réunion en ligne", 1)
    P(doc, "Sophie Lambotte ouvre la réunion. Micros coupés par défaut, questions dans la conversation, la langue se choisit avec le bouton d'interprétation. La réunion n'est pas enregistrée.")

    H(doc, "2. Tour de table : les projets pendant la crise sanitaire", 1)
    P(doc, "Tous les CPAS ont repris les activités collectives en septembre, en petits groupes. Les règles diffèrent d'un CPAS à l'autre.")
    H(doc, "2.1 CPAS de Gand", 2)
    P(doc, "Groupes de 4 participants + 1 formateur depuis le 1er septembre. Le coaching individuel se fait en partie par téléphone. Une fiche d'information sur les cours en petits groupes a été traduite en cinq langues.")
    todo("Transmettre au réseau la fiche d'information « cours en petits groupes » traduite en cinq langues.", "Yasmina.")
    H(doc, "2.2 CPAS de Liège", 2)
    P(doc, "Règle : 3 participants + 1 formateur. Le CPAS de Liège a déjà repris les ateliers créatifs en extérieur, à la ferme du CPAS. Les participants sans smartphone sont suivis par téléphone fixe, une fois par semaine.")
    todo("Partager la procédure de suivi téléphonique des participants.", "Karim.")
    H(doc, "2.3 CPAS de Charleroi et de Binche", 2)
    P(doc, "Règle : 3 participants + 1 formateur, comme à Liège. Binche constate que beaucoup de participants n'ont pas d'accès à internet, ce qui empêche tout accompagnement à distance.")
    todo("Recenser les participants sans accès à internet ou sans ordinateur.", "CPAS de Binche.")
    H(doc, "2.4 CPAS d'Anvers et partenaires", 2)
    P(doc, "Anvers, Schoten et Mortsel travaillent avec des groupes de 4 + 1 et testent des séances en ligne pour les participants qui ont un ordinateur. Edegem (excusé) a transmis ses nouvelles par courriel.")
    P(doc, "[Commentaires du CPAS d'Anvers à ajouter]", color=RED, italic=True)
    todo("Rédiger une note commune sur l'accompagnement à distance.", "Wim Peeters, Ilse Van Gorp et Sara Verbruggen.")
    H(doc, "2.5 CPAS de Bruxelles", 2)
    P(doc, "Bruxelles a donné quelques séances d'information en ligne. La question se pose de savoir si ces séances peuvent être enregistrées pour les participants absents.")
    todo("Vérifier avec le service juridique si les séances en ligne peuvent être enregistrées.", "CPAS de Bruxelles.")

    H(doc, "3. Reporting et chiffres 2020", 1)
    H(doc, "3.1 Indicateurs", 2)
    P(doc, "Le modèle de reporting est adapté : les activités à distance (appels, séances en ligne) y ont une colonne propre.")
    P(doc, [("Décision : ", {"bold": True}), "les activités à distance sont comptées comme des séances à part entière."])
    P(doc, "Le modèle de reporting adapté sera envoyé par le SPP avant le 9 octobre.", indent=0.5)
    todo("Compléter les chiffres du premier semestre 2020 dans le modèle, pour le 30 octobre.", "chaque CPAS.")
    P(doc, "Chiffres de Liège : à compléter", color=RED, italic=True)
    H(doc, "3.2 Calendrier", 2)
    P(doc, "Le SPP a déjà demandé à la Commission européenne une prolongation des délais pour les activités reportées.")
    P(doc, "Une note sur la prolongation des délais sera diffusée par le SPP dès réception de la réponse.", indent=0.5)

    H(doc, "4. Enquête de satisfaction : nouvelle version", 1)
    P(doc, "La version actuelle reste trop abstraite pour une partie du public. Julie Collignon montre des pictogrammes utilisés à Liège. Plusieurs CPAS demandent l'enquête en arabe, en dari et en tigrinya.")
    todo("Proposer une version de l'enquête avec pictogrammes.", "Julie Collignon et Yasmina El Idrissi.")
    todo("Faire tester la nouvelle enquête par au moins dix participants.", "chaque CPAS.")
    todo("Traduire l'enquête en arabe, en dari et en tigrinya.", "à déterminer.")

    H(doc, "5. Divers", 1)
    P(doc, "Information : à partir de janvier 2021, la coordination du réseau passe à Pieter Van Damme.")
    todo("Envoyer les adresses des nouveaux collaborateurs pour la liste de diffusion.", "Samir Haddou.")
    P(doc, [("La prochaine réunion aura lieu en ligne le jeudi 10 décembre 2020 à 9h30.", {"bold": True})], before=10)
    save(doc, "471_reunion_teams_2020.docx")


# ---------------------------------------------------------------- 472
# Sara Verbruggen, OCMW Mortsel, 2021 (Zoom): Dutch, Verdana, unnumbered Heading 2 in green, people
# per organisation in bullets, agenda table "13u30 – 13u45", "Actie: Naam – taak".

def r472():
    doc = new_doc("Verdana", 9.5, "Sara Verbruggen", "Verslag AMIF-netwerkvergadering 23-03-2021", datetime.date(2021, 3, 23))
    style_font(doc, "Heading 2", font="Verdana", size=11, color=GREEN)
    header(doc, ["AMIF-netwerk OCMW's – verslag"], align=WD_ALIGN_PARAGRAPH.RIGHT)
    footer(doc, before="OCMW Mortsel – ", align=WD_ALIGN_PARAGRAPH.LEFT)

    def actie(owner, task):
        return P(doc, [("Actie: ", {"bold": True, "color": GREEN}), (owner + " – ", {"bold": True}), task], after=2)

    P(doc, "Verslag AMIF-netwerkvergadering (online)", bold=True, size=14, color=GREEN, after=0)
    P(doc, "dinsdag 23 maart 2021 – 13u30 tot 16u00 – Zoom", after=0)
    P(doc, "Met tolken via Zoom (FR/NL).", italic=True)

    P(doc, "Aanwezig", bold=True, after=0)
    for org, names in [
        ("POD MI: ", "Pieter Van Damme"),
        ("OCMW Gent: ", "Griet Van Acker, Yasmina El Idrissi"),
        ("OCMW Luik: ", "Julie Collignon"),
        ("OCMW Charleroi: ", "Samir Haddou"),
        ("OCMW Binche: ", "Christelle Piret"),
        ("OCMW Antwerpen: ", "Wim Peeters, Hamza Ouali"),
        ("OCMW Schoten: ", "Ilse Van Gorp"),
        ("OCMW Edegem: ", "Dirk Wouters"),
        ("OCMW Mortsel: ", "Sara Verbruggen (verslag)"),
        ("OCMW Brussel: ", "Anne-Sophie Mathieu"),
        ("Tolken: ", "Luc Hermans, Inge Claes"),
    ]:
        P(doc, [(org, {"bold": True}), names], style="List Bullet", after=0)
    P(doc, "Verontschuldigd", bold=True, before=6, after=0)
    P(doc, "Hélène Renard (OCMW Luik), Karim Bouzidi (OCMW Luik), Fatima Zahra Amrani (OCMW Brussel)")

    P(doc, "Agenda", bold=True, before=6, after=2)
    table(doc, [
        ["13u30 – 13u45", "Welkom en technische afspraken"],
        ["13u45 – 14u45", "Rondvraag: één jaar corona"],
        ["14u45 – 15u15", "Groepsgrootte en veiligheidsregels"],
        ["15u15 – 15u45", "Nieuwe AMIF-programmaperiode 2021-2027"],
        ["15u45 – 16u00", "Varia"],
    ], widths=[3.5, 12], style="Light List Accent 6", head=False, size=9)

    H(doc, "Welkom en technische afspraken", 2)
    P(doc, "Pieter Van Damme opent zijn eerste vergadering als coördinator van het netwerk. Wie Frans wil horen, kiest het Franse kanaal in Zoom; de tolken wisselen om het halfuur.")

    H(doc, "Rondvraag", 2)
    P(doc, [("Gent: ", {"bold": True}), "de groepen draaien opnieuw met 4 + 1. Veel deelnemers zijn moe van het online werken."])
    P(doc, [("Luik: ", {"bold": True}), "de ateliers in de boerderij van het OCMW gaan buiten door zolang het weer het toelaat."])
    P(doc, [("Charleroi en Binche: ", {"bold": True}), "een deel van de deelnemers is tijdens de lockdown afgehaakt."])
    actie("OCMW Charleroi", "het aantal deelnemers dat afhaakte tijdens de lockdown doorgeven aan het POD.")
    P(doc, [("Antwerpen, Schoten, Edegem en Mortsel: ", {"bold": True}), "Antwerpen geeft online taalactivering voor wie een laptop heeft gekregen; de partners volgen individueel op."])
    actie("Hamza Ouali", "de planning van de online taalactivering delen met de andere OCMW's.")
    P(doc, [("Brussel: ", {"bold": True}), "de infosessies gebeuren in kleine groepen in het OCMW-gebouw aan de Hoogstraat."])
    P(doc, "NOG AAN TE VULLEN: cijfers OCMW Schoten", bold=True, color=RED)

    H(doc, "Groepsgrootte en veiligheidsregels", 2)
    P(doc, "De regels verschillen per OCMW en veranderen vaak: 3 + 1 in Luik en Charleroi, 4 + 1 in Gent, 6 + 1 in Antwerpen sinds 1 maart.")
    P(doc, [("Afgesproken: ", {"bold": True}), "elk OCMW volgt de regels van zijn eigen gemeente; het netwerk legt geen gemeenschappelijke norm op."])
    actie("alle OCMW's", "de geldende groepsregel en de datum van wijziging melden aan het POD (bv. 4 + 1 of 6 + 1).")

    H(doc, "Nieuwe programmaperiode 2021-2027", 2)
    P(doc, "Het POD heeft de nieuwe oproep al aangekondigd op zijn website. Pieter licht de gemeenschappelijke output- en resultaatindicatoren toe: deelnemers aan taalcursussen, inburgering en persoonlijke begeleiding; deelnemers die minstens één ERK-niveau stijgen; deelnemers die zeggen dat de activiteit hun integratie heeft geholpen.")
    actie("POD", "een overzicht van de gemeenschappelijke indicatoren uit Verordening (EU) 2021/1147 bezorgen.")
    actie("Griet Van Acker en Julie Collignon", "nagaan hoe het stijgen van één ERK-niveau gemeten kan worden bij deelnemers die niet naar een taalcursus gaan.")
    P(doc, "Opmerkingen van Luik volgen nog.", italic=True, color=GREY)

    H(doc, "Varia", 2)
    actie("Dirk Wouters", "de contactgegevens van de nieuwe maatschappelijk werker van Edegem rondsturen.")
    actie("Fatima Zahra Amrani", "de brochure van het OCMW Brussel in het Nederlands bezorgen.")
    actie("nog te bepalen", "een OCMW zoeken dat de volgende fysieke bijeenkomst wil ontvangen.")
    P(doc, [("Volgende vergadering: ", {"bold": True}), "in juni, online of in Gent, datum volgt via Doodle."], before=8)
    save(doc, "472_netwerk_zoom_2021.docx")


# ---------------------------------------------------------------- 473
# Julie Collignon, CPAS Liège, 2022 (hybrid): French with a Dutch summary, bold typed "1." lines and
# italic "a)" sub-headings, people in a two-column table, programme lines "9h30-10h00 : ...", owners
# by first name, "(resp. ...)", future tense.

def r473():
    doc = new_doc("Calibri", 11, "Julie Collignon", "Rapport rencontre réseau FAMI Liège 19 mai 2022", datetime.date(2022, 5, 19))
    header(doc, ["CPAS de Liège – Mod' Actions", TAG_FR + " / " + TAG_NL], align=WD_ALIGN_PARAGRAPH.CENTER)
    footer(doc, before="– ", after=" –")

    def sec(text):
        return P(doc, [(text, {"bold": True, "size": 12, "color": ORANGE})], before=12, after=4)

    def sub(text):
        return P(doc, [(text, {"italic": True, "bold": True})], before=4, after=2)

    P(doc, "Rapport rencontre CPAS – Verslag bijeenkomst OCMW's", bold=True, size=16, color=ORANGE, align=WD_ALIGN_PARAGRAPH.CENTER, after=0)
    P(doc, "Jeudi 19 mai 2022 – Donderdag 19 mei 2022", align=WD_ALIGN_PARAGRAPH.CENTER, after=0)
    P(doc, "Maison de l'activation sociale, Liège, et en ligne (Teams) – réunion hybride", align=WD_ALIGN_PARAGRAPH.CENTER, after=0)
    P(doc, "Interprétation simultanée FR/NL sur place et dans Teams", align=WD_ALIGN_PARAGRAPH.CENTER, italic=True)

    t = doc.add_table(rows=2, cols=2)
    t.style = doc.styles["Table Grid"]
    cell_text(t.cell(0, 0), "Présents", bold=True)
    cell_text(t.cell(0, 1), "Excusés", bold=True)
    shade(t.cell(0, 0), "FBE4D5")
    shade(t.cell(0, 1), "FBE4D5")
    cell_lines(t.cell(1, 0), [
        "Julie Collignon – CPAS Liège",
        "Karim Bouzidi – CPAS Liège",
        "Hélène Renard – CPAS Liège",
        "Olivier Lemaire – CPAS Liège (atelier créatif)",
        "Pieter Van Damme – SPP IS (en ligne)",
        "Nadia Benali – SPP IS",
        "Griet Van Acker – CPAS Gand (en ligne)",
        "Bram Claeys – CPAS Gand (en ligne)",
        "Véronique Hanssens – CPAS Charleroi",
        "Christelle Piret – CPAS Binche",
        "Wim Peeters – CPAS Anvers (en ligne)",
        "Dirk Wouters – CPAS Edegem (en ligne)",
        "Anne-Sophie Mathieu – CPAS Bruxelles",
        "Chantal Geerts, Bart Lievens – interprètes",
    ], size=10)
    cell_lines(t.cell(1, 1), [
        "Samir Haddou – CPAS Charleroi",
        "Ilse Van Gorp – CPAS Schoten",
        "Sara Verbruggen – CPAS Mortsel",
        "Yasmina El Idrissi – CPAS Gand",
    ], size=10)
    P(doc, "", after=0)

    P(doc, "Programme", bold=True, after=2)
    for line in [
        "9h30-10h00 : Accueil et café",
        "10h00-10h45 : Mod' Actions en 2022 : où en sommes-nous ?",
        "10h45-11h30 : Les trois contrats et le taux de présence",
        "11h30-12h15 : Atelier : tester nos méthodes d'animation",
        "12h15-13h15 : Repas à la ferme du CPAS",
        "13h15-14h15 : Enquête de satisfaction et indicateurs FAMI",
        "14h15-14h45 : Conservation des documents et RGPD",
        "14h45-15h00 : Divers et clôture",
    ]:
        P(doc, line, after=0)

    sec("1. Accueil")
    P(doc, "Hélène Renard accueille le réseau, pour la première fois en hybride. Après deux ans de réunions en ligne, le plaisir de se revoir est grand. Les collègues en ligne suivent via Teams ; les interprètes travaillent depuis la salle.")

    sec("2. Mod' Actions en 2022")
    sub("a) Recrutement et bilan d'orientation")
    P(doc, "Les assistants sociaux des antennes continuent d'orienter les participants ; les inscriptions sont possibles à tout moment. Karim mène les entretiens d'admission et rédige le bilan d'orientation (parcours, objectifs, motivation, obstacles) avant l'orientation vers les modules.")
    P(doc, "Karim va envoyer la trame du bilan d'orientation aux CPAS qui la demandent.", bold=True)
    sub("b) Les modules")
    P(doc, "Le module Informatique a repris en présentiel depuis mars. L'atelier créatif d'Olivier Lemaire a exposé ses travaux à la bibliothèque en avril. Le module Réalisation de projet compte huit participants, dont trois qui se préparent à une formation qualifiante.")
    P(doc, "Olivier prépare une courte vidéo de l'atelier créatif pour la prochaine réunion.", bold=True)
    P(doc, "[Photos de l'atelier à insérer]", color=RED)

    sec("3. Les trois contrats et le taux de présence")
    P(doc, "Chaque participant signe trois contrats : avec son assistant social, avec Karim pour l'admission, avec le responsable de chaque module suivi. Les règles de présence et de ponctualité y sont fixées.")
    P(doc, [("Décision (CPAS de Liège) : ", {"bold": True}), "un retard de plus de 15 minutes compte comme une absence."])
    P(doc, "Julie enverra les trois modèles de contrat (AS, admission, module) à tout le réseau.", bold=True)
    P(doc, "Comparer les règles de présence des cinq CPAS dans un tableau (resp. Véronique et Christelle).", bold=True)

    sec("4. Atelier méthodes")
    P(doc, "Les participants testent trois exercices : un exercice de présentation en image, un jeu de mots autour du français de tous les jours et une mission d'écoute. Les collègues néerlandophones ont trouvé l'exercice d'écoute facile à reprendre en néerlandais.")
    P(doc, "Mettre les fiches des exercices d'animation sur l'espace partagé (resp. Hélène).", bold=True)

    sec("5. Enquête de satisfaction et indicateurs FAMI")
    sub("a) L'enquête")
    P(doc, "L'enquête actuelle reste difficile pour une partie du public : trop de mots abstraits. Plusieurs CPAS demandent d'autres langues.")
    P(doc, "Le SPP va soumettre la nouvelle enquête à un test de lisibilité (« langue claire »).", bold=True)
    P(doc, "Chaque CPAS envoie au SPP la liste des langues demandées par ses participants.", bold=True)
    sub("b) Les indicateurs")
    P(doc, "Nadia Benali présente les indicateurs communs du règlement (UE) 2021/1147 : participants aux activités de soutien (cours de langue, orientation civique, accompagnement professionnel personnalisé), participants qui progressent d'au moins un niveau du CECR, participants qui estiment que l'activité a aidé leur intégration.")
    P(doc, "Nadia va préparer une fiche par indicateur avec des exemples concrets.", bold=True)
    P(doc, "Le CPAS de Bruxelles transmettra ses chiffres 2021 corrigés avant fin juin.", bold=True)
    P(doc, "Chiffres 2021 de Binche : à compléter", color=RED)

    sec("6. Conservation des documents et RGPD")
    P(doc, "Les documents d'une opération financée par l'UE se gardent cinq ans à partir du 31 décembre de l'année du dernier paiement ; les données personnelles pas plus longtemps que nécessaire. Chaque CPAS reste seul responsable des données de ses participants.")
    P(doc, "La règle des cinq ans (art. 82 du règlement (UE) 2021/1060) sera expliquée dans une note du SPP.", bold=True)
    P(doc, "Vérifier combien de temps chaque CPAS garde les dossiers papier des participants (resp. : à désigner).", bold=True)

    sec("7. Divers")
    P(doc, "Le SPP a déjà réservé la salle pour la journée de novembre.")
    P(doc, "Sara va transmettre les coordonnées de la nouvelle coordinatrice de Mortsel.", bold=True)
    P(doc, [("Prochaine réunion : jeudi 17 novembre 2022 à Bruxelles (SPP IS), en hybride.", {"bold": True})], before=8)

    sec("Samenvatting in het Nederlands")
    P(doc, "Eerste hybride bijeenkomst, in Luik en via Teams, met simultaanvertaling. Het team van Luik stelde Mod' Actions voor in 2022: doorverwijzing via de sociale antennes, intake en oriëntatiebalans, drie contracten per deelnemer met regels over aanwezigheid en stiptheid. De deelnemers testten enkele animatiemethodes.", italic=True)
    P(doc, "Over de tevredenheidsenquête en de AMIF-indicatoren en over de bewaartermijn van documenten (vijf jaar) werden afspraken gemaakt; de actiepunten staan in de Franse tekst. Volgende bijeenkomst: donderdag 17 november 2022 in Brussel.", italic=True)
    save(doc, "473_reunion_liege_hybride_2022.docx")


# ---------------------------------------------------------------- 474
# Tom De Smet, OCMW Gent, 2023: Dutch, Heading 1 with roman numbers and Heading 2 with "a.", people
# with their initials in brackets (automatic numbered list), agenda bullets without times, owners as
# initials in brackets at the end of each task.

def r474():
    doc = new_doc("Arial", 10, "Tom De Smet", "Verslag AMIF-netwerk 13-11-2023", datetime.date(2023, 11, 13))
    style_font(doc, "Heading 1", font="Arial", size=12, color=GENT_BLUE)
    style_font(doc, "Heading 2", font="Arial", size=10.5, color=GENT_BLUE, italic=True)
    header(doc, ["Stad Gent – OCMW Gent", "AMIF-netwerk – verslag"], align=WD_ALIGN_PARAGRAPH.LEFT)
    footer(doc, before="OCMW Gent – Verslag AMIF-netwerk – pagina ")

    def task(text):
        return P(doc, "□ " + text, indent=0.6, after=2)

    P(doc, "Verslag AMIF-netwerk", bold=True, size=18, color=GENT_BLUE, after=0)
    P(doc, "maandag 13 november 2023 | OCMW Gent, Sociaal Huis Zuid | 9.30 – 13.00 uur", color=GREY)
    P(doc, "Geen tolken: iedereen sprak zijn eigen taal, de Franstalige collega's volgden het Nederlands zonder problemen.", italic=True)

    P(doc, "Aanwezig", bold=True, after=0)
    for line in [
        "Tom De Smet (TDS) – OCMW Gent, verslag",
        "Griet Van Acker (GVA) – OCMW Gent",
        "Bram Claeys (BC) – OCMW Gent",
        "Nadia Benali (NB) – POD MI",
        "Pieter Van Damme (PVD) – POD MI",
        "Hélène Renard (HR) – OCMW Luik",
        "Véronique Hanssens (VH) – OCMW Charleroi",
        "Samir Haddou (SH) – OCMW Charleroi",
        "Wim Peeters (WP) – OCMW Antwerpen",
        "Katrien Mertens (KM) – OCMW Antwerpen",
        "Ilse Van Gorp (IVG) – OCMW Schoten",
        "Sara Verbruggen (SV) – OCMW Mortsel",
        "Nicolas Vandenberghe (NV) – OCMW Brussel",
    ]:
        P(doc, line, style="List Number", after=0)
    P(doc, "Verontschuldigd", bold=True, before=6, after=0)
    for line in [
        "Christelle Piret (CP) – OCMW Binche",
        "Dirk Wouters (DW) – OCMW Edegem",
        "Julie Collignon (JC) – OCMW Luik",
    ]:
        P(doc, line, style="List Bullet", after=0)

    P(doc, "Agenda", bold=True, before=8, after=0)
    for line in [
        "Verwelkoming door de schepen van Sociale Zaken",
        "Stand van zaken AMIF 2021-2027",
        "Workshop: de tevredenheidsenquête in de praktijk",
        "Dataminimalisatie en bewaartermijnen",
        "Rondvraag en varia",
    ]:
        P(doc, line, style="List Bullet", after=0)

    H(doc, "I. Verwelkoming", 1)
    P(doc, "De schepen van Sociale Zaken verwelkomt het netwerk en benadrukt het belang van de samenwerking tussen grote en kleine OCMW's. Griet Van Acker stelt Bram Claeys voor, die haar in 2024 opvolgt als coördinator van het Gentse project.")

    H(doc, "II. Stand van zaken AMIF 2021-2027", 1)
    H(doc, "a. Jaarrapportering indicatoren", 2)
    P(doc, "Nadia Benali overloopt de jaarlijkse rapportering aan Europa: het POD verzamelt de gemeenschappelijke indicatoren bij de OCMW's. Een nieuw sjabloon vervangt het Excel-bestand van vorig jaar.")
    P(doc, "Het nieuwe sjabloon wordt begin december door het POD verstuurd.", indent=0.6)
    task("Indicatorgegevens 2023 per OCMW aanleveren via het nieuwe sjabloon, uiterlijk 31 januari 2024 (alle OCMW's)")
    H(doc, "b. Begroting en VTE", 2)
    P(doc, "OCMW Antwerpen heeft de VTE-verdeling (4 VTE + 1 × 0,5 VTE) al aangepast aan de nieuwe projectfiche. Verschillende OCMW's vragen of de verdeelsleutel behouden blijft.")
    task("Nagaan of de verdeelsleutel 75 % AMIF / 15 % POD / 10 % OCMW ook in 2024 geldt (PVD)")

    H(doc, "III. Workshop tevredenheidsenquête", 1)
    P(doc, "In drie groepjes bespreken we hoe de enquête in de praktijk wordt afgenomen.")
    H(doc, "a. Wat werkt", 2)
    P(doc, "Een korte enquête na elke module; samen invullen met een tolk of intercultureel bemiddelaar; smileys in plaats van cijfers.")
    H(doc, "b. Wat beter kan", 2)
    P(doc, "Abstracte vragen ('In welke mate voelt u zich zelfredzaam?') blijven moeilijk. De enquête bestaat nog niet in het Tigrinya.")
    P(doc, [("Beslist: ", {"bold": True}), "de enquête wordt voortaan mondeling afgenomen bij laaggeletterde deelnemers."])
    task("Een versie van de enquête met pictogrammen testen in Gent en Charleroi (BC, SH)")
    task("De resultaten van de test voorstellen op de volgende bijeenkomst (BC)")

    H(doc, "IV. Dataminimalisatie en bewaartermijnen", 1)
    P(doc, "Elk OCMW blijft eigenaar van de persoonsgegevens van zijn deelnemers; het POD ziet geen namen. Documenten van het project worden vijf jaar bewaard vanaf 31 december van het jaar van de laatste betaling, persoonsgegevens niet langer dan nodig.")
    task("Een voorstel van bewaartermijnen per documenttype uitwerken (NB, KM)")
    task("De DPO van elk OCMW laten meelezen met het voorstel (wie: nog te bepalen)")

    H(doc, "V. Rondvraag en varia", 1)
    P(doc, "Schoten nodigt het netwerk uit voor een bezoek aan zijn project in het voorjaar. Brussel heeft een Nederlandstalige collega aangeworven voor de infosessies.")
    task("Een bezoek aan het project in Schoten plannen (OCMW Schoten)")
    task("De contactlijst van het netwerk actualiseren en rondsturen (TDS)")
    P(doc, [("Volgende bijeenkomst: dinsdag 19 maart 2024 bij OCMW Charleroi.", {"bold": True})], before=10)
    save(doc, "474_netwerk_gent_2023.docx")


# ---------------------------------------------------------------- 475
# Anne-Sophie Mathieu, CPAS Bruxelles, 2025: FR paragraph then NL paragraph in blue; Heading 1 "1."
# and Heading 2 "2.1"; people in a table per organisation; agenda table with start times only;
# action table; draft mark at the top.

def r475():
    doc = new_doc("Calibri", 10.5, "Anne-Sophie Mathieu", "Rapport rencontre réseau FAMI 27-03-2025", datetime.date(2025, 3, 27))
    style_font(doc, "Heading 1", font="Calibri", size=13, color=BLUE)
    style_font(doc, "Heading 2", font="Calibri", size=11, color=BLUE)
    header(doc, ["CPAS de Bruxelles / OCMW Brussel", TAG_FR + " – " + TAG_NL], align=WD_ALIGN_PARAGRAPH.CENTER)
    footer(doc, before="Page / pagina ", total=True)

    def nl(text, **kw):
        return P(doc, text, color=GENT_BLUE, after=8, **kw)

    P(doc, "PROJET – à valider par les participants / ONTWERP – te valideren door de deelnemers", bold=True, color=RED, align=WD_ALIGN_PARAGRAPH.CENTER)
    P(doc, "Rapport rencontre réseau FAMI – Verslag bijeenkomst AMIF-netwerk", bold=True, size=15, color=BLUE, align=WD_ALIGN_PARAGRAPH.CENTER, after=0)
    P(doc, "Jeudi 27 mars 2025 – donderdag 27 maart 2025", align=WD_ALIGN_PARAGRAPH.CENTER, after=0)
    P(doc, "CPAS de Bruxelles, rue Haute 298A, 1000 Bruxelles – salle du Conseil / Raadzaal", align=WD_ALIGN_PARAGRAPH.CENTER, after=0)
    P(doc, "Avec interprétation simultanée FR/NL – met simultaanvertaling FR/NL", align=WD_ALIGN_PARAGRAPH.CENTER, italic=True)

    table(doc, [
        ["Organisation / Organisatie", "Présents / Aanwezig", "Excusés / Verontschuldigd"],
        ["SPP IS / POD MI", "Nadia Benali, Pieter Van Damme", "–"],
        ["CPAS Gand / OCMW Gent", "Bram Claeys", "Griet Van Acker"],
        ["CPAS Liège / OCMW Luik", "Karim Bouzidi, Julie Collignon", "–"],
        ["CPAS Charleroi / OCMW Charleroi", "Samir Haddou", "Véronique Hanssens"],
        ["CPAS Binche / OCMW Binche", "Christelle Piret", "–"],
        ["CPAS Anvers / OCMW Antwerpen", "Katrien Mertens, Hamza Ouali", "Wim Peeters"],
        ["Partenaires d'Anvers / partners van Antwerpen", "Ilse Van Gorp (Schoten), Dirk Wouters (Edegem)", "Sara Verbruggen (Mortsel)"],
        ["CPAS Bruxelles / OCMW Brussel", "Anne-Sophie Mathieu, Nicolas Vandenberghe, Fatima Zahra Amrani, Lotte Willems (DPO)", "–"],
    ], widths=[5, 7, 4.5], head_fill="DDEBF7", size=9.5)
    P(doc, "", after=0)

    P(doc, "Ordre du jour / Agenda", bold=True, after=2)
    table(doc, [
        ["10h00", "Accueil / Onthaal"],
        ["10h15", "Indicateurs communs 2024 / Gemeenschappelijke indicatoren 2024"],
        ["11h15", "Protection des données / Gegevensbescherming"],
        ["12h00", "Lunch"],
        ["13h00", "Visite du projet / Bezoek aan het project"],
        ["14h00", "Actions et clôture / Acties en afsluiting"],
    ], widths=[2, 14], head=False, size=9.5)

    H(doc, "1. Accueil / Onthaal", 1)
    P(doc, "Nicolas Vandenberghe accueille le réseau au CPAS de Bruxelles et présente Lotte Willems, déléguée à la protection des données du CPAS, invitée pour le point 3.", after=2)
    nl("Nicolas Vandenberghe verwelkomt het netwerk in het OCMW Brussel en stelt Lotte Willems voor, functionaris voor gegevensbescherming van het OCMW, uitgenodigd voor punt 3.")

    H(doc, "2. Indicateurs communs 2024 / Gemeenschappelijke indicatoren 2024", 1)
    P(doc, "Nadia Benali présente les chiffres 2024 rassemblés par le SPP pour le rapport annuel à la Commission.", after=2)
    nl("Nadia Benali stelt de cijfers 2024 voor die het POD verzamelde voor het jaarverslag aan de Commissie.")
    H(doc, "2.1 Participants aux activités de soutien / Deelnemers aan ondersteunende activiteiten", 2)
    P(doc, "Les CPAS comptent différemment les participants qui suivent plusieurs activités. Le CPAS de Liège a déjà corrigé ses chiffres. Chiffres de Mortsel à compléter.", after=2)
    nl("De OCMW's tellen deelnemers die meerdere activiteiten volgen op een verschillende manier. OCMW Luik heeft zijn cijfers al gecorrigeerd. Cijfers Mortsel aan te vullen.")
    H(doc, "2.2 Progression d'un niveau CECR / Eén ERK-niveau vooruitgang", 2)
    P(doc, [("Décision : ", {"bold": True}), "seuls les tests de langue passés dans un centre reconnu sont comptés pour cet indicateur (voir action 2)."], after=2)
    nl([("Beslissing: ", {"bold": True}), "enkel taaltests in een erkend centrum tellen mee voor deze indicator (zie actie 2)."])
    H(doc, "2.3 Intégration perçue / Ervaren integratie", 2)
    P(doc, "La question de l'enquête de satisfaction (« L'activité vous a-t-elle aidé à vous intégrer ? ») est mal comprise. Les CPAS proposent une formulation plus simple et des exemples.", after=2)
    nl("De vraag in de tevredenheidsenquête (\"Heeft de activiteit u geholpen om te integreren?\") wordt slecht begrepen. De OCMW's stellen een eenvoudigere formulering met voorbeelden voor.")

    H(doc, "3. Protection des données / Gegevensbescherming", 1)
    H(doc, "3.1 Durée de conservation / Bewaartermijn", 2)
    P(doc, "Lotte Willems rappelle la règle : les documents sont gardés cinq ans à partir du 31 décembre de l'année du dernier paiement (règlement (UE) 2021/1060, art. 82), les données personnelles pas plus longtemps que nécessaire (RGPD, art. 5).", after=2)
    nl("Lotte Willems herhaalt de regel: documenten worden vijf jaar bewaard vanaf 31 december van het jaar van de laatste betaling (Verordening (EU) 2021/1060, art. 82), persoonsgegevens niet langer dan nodig (AVG, art. 5).")
    H(doc, "3.2 Droit d'accès / Recht op inzage", 2)
    P(doc, "Un participant peut demander à voir tout ce que le CPAS garde à son sujet (RGPD, art. 15). Aucun CPAS n'a encore reçu de demande, mais tous souhaitent une procédure.", after=2)
    nl("Een deelnemer mag vragen om alles in te kijken wat het OCMW over hem bijhoudt (AVG, art. 15). Geen enkel OCMW kreeg al een vraag, maar iedereen wil een procedure.")

    H(doc, "4. Visite du projet / Bezoek aan het project", 1)
    P(doc, "Visite des locaux de la rue Haute : l'espace d'accueil, la salle informatique et l'atelier cuisine, où les participants avaient préparé le repas de midi.", after=2)
    nl("Bezoek aan de lokalen in de Hoogstraat: de onthaalruimte, het computerlokaal en het kookatelier, waar de deelnemers de lunch hadden klaargemaakt.")

    H(doc, "5. Actions et clôture / Acties en afsluiting", 1)
    table(doc, [
        ["Action / Actie", "Qui / Wie", "Délai / Termijn"],
        [["Envoyer les chiffres 2024 corrigés (participants par type d'activité)", ("De gecorrigeerde cijfers 2024 bezorgen (deelnemers per type activiteit)", {"italic": True, "color": GENT_BLUE})], "Tous les CPAS / alle OCMW's", "15/04/2025"],
        [["Rédiger une fiche explicative sur l'indicateur « un niveau CECR »", ("Een toelichtende fiche over de indicator 'één ERK-niveau' opstellen", {"italic": True, "color": GENT_BLUE})], "Karim Bouzidi & Katrien Mertens", "30/05/2025"],
        [["Adapter la question sur l'intégration perçue dans l'enquête de satisfaction", ("De vraag over ervaren integratie in de tevredenheidsenquête aanpassen", {"italic": True, "color": GENT_BLUE})], "SPP IS / POD MI", "juin / juni"],
        [["Préparer un modèle de réponse à une demande d'accès (art. 15 RGPD)", ("Een modelantwoord op een vraag tot inzage voorbereiden (art. 15 AVG)", {"italic": True, "color": GENT_BLUE})], "Lotte Willems", "juin / juni"],
        [["Vérifier la date du dernier paiement pour calculer le délai de conservation", ("De datum van de laatste betaling nagaan om de bewaartermijn te berekenen", {"italic": True, "color": GENT_BLUE})], "SPP IS / POD MI", "–"],
        [["Partager les photos et le programme de la visite", ("De foto's en het programma van het bezoek delen", {"italic": True, "color": GENT_BLUE})], "Anne-Sophie", "04/04/2025"],
        [["Transmettre le rapport aux collègues excusés", ("Het verslag bezorgen aan de verontschuldigde collega's", {"italic": True, "color": GENT_BLUE})], "Nicolas", "après validation / na validatie"],
        [["Proposer un lieu pour la réunion d'automne", ("Een locatie voorstellen voor de najaarsvergadering", {"italic": True, "color": GENT_BLUE})], "à déterminer / nog te bepalen", "–"],
    ], widths=[9.5, 4, 3], head_fill="DDEBF7", size=9.5)
    P(doc, [("Prochaine réunion / Volgende vergadering : jeudi 2 octobre 2025 – donderdag 2 oktober 2025, lieu à confirmer / plaats te bevestigen.", {"bold": True})], before=10)
    save(doc, "475_rencontre_bruxelles_2025.docx")


# ---------------------------------------------------------------- 476
# Nadia Benali, SPP IS, 2026 (Webex, French-speaking CPAS only): short, unnumbered bold headings,
# agenda with start times inside the introduction, people in bullets, owners "→ Name".

def r476():
    doc = new_doc("Georgia", 10.5, "Nadia Benali", "Rapport réunion FAMI CPAS francophones 3 février 2026", datetime.date(2026, 2, 3))
    header(doc, ["SPP Intégration Sociale – Réseau FAMI"], align=WD_ALIGN_PARAGRAPH.LEFT, italic=True)
    footer(doc, before="p. ", align=WD_ALIGN_PARAGRAPH.RIGHT)

    def head(text):
        return P(doc, [(text, {"bold": True, "size": 11.5})], before=10, after=2)

    def todo(task, who):
        return P(doc, [task + " ", ("→ " + who, {"bold": True})], style="List Bullet", after=0)

    P(doc, "Réunion FAMI – CPAS francophones", bold=True, size=15, after=0)
    P(doc, "Mardi 3 février 2026 – en ligne (Webex), en français, sans interprétation", italic=True)

    P(doc, "Présents", bold=True, after=0)
    for line in [
        "Nadia Benali, SPP IS (rapport)",
        "Marc Delvaux, SPP IS (contrôle financier)",
        "Julie Collignon, CPAS de Liège",
        "Karim Bouzidi, CPAS de Liège",
        "Samir Haddou, CPAS de Charleroi",
        "Christelle Piret, CPAS de Binche",
        "Anne-Sophie Mathieu, CPAS de Bruxelles",
    ]:
        P(doc, line, style="List Bullet", after=0)
    P(doc, [("Excusés : ", {"bold": True}), "Véronique Hanssens (CPAS de Charleroi), Nicolas Vandenberghe (CPAS de Bruxelles)"], before=4)

    P(doc, "La réunion, ouverte à 10.00, a suivi le programme annoncé : 10.00 tour de table ; 10.30 préparation du rapport final ; 11.15 archivage des dossiers ; 11.45 divers. Elle prépare la réunion de tout le réseau de juin.", before=6)

    head("Tour de table")
    P(doc, "Liège et Bruxelles terminent leurs derniers groupes en juin 2026. Charleroi a clôturé le module d'automne ; Binche a encore un dernier module en cours, fin prévue en juin 2026.")
    todo("Envoyer le calendrier des derniers modules", "Christelle Piret")

    head("Préparation du rapport final")
    P(doc, "Le rapport final reprendra les indicateurs communs et quelques témoignages. Le canevas du rapport final sera envoyé par le SPP avant la fin février.")
    todo("Rassembler des témoignages de participants, anonymisés", "chaque CPAS")
    todo("Relire le chapitre « Résultats » du canevas", "Julie Collignon et Samir Haddou")
    P(doc, "(à compléter après réception des chiffres de Binche)", italic=True, color=GREY)

    head("Archivage des dossiers")
    P(doc, "Les documents sont gardés cinq ans à partir du 31 décembre de l'année du dernier paiement. Il est convenu que les données personnelles des participants ne seront pas transmises au SPP, même pour l'archivage. Le CPAS de Liège a déjà fait valider son plan d'archivage par son DPO.")
    todo("Calculer la date de fin de conservation pour chaque CPAS", "Marc Delvaux")
    todo("Faire valider le plan d'archivage par le DPO", "CPAS de Bruxelles")

    head("Divers")
    todo("Prévoir une séance d'information sur l'après-FAMI pour les AS", "à déterminer")
    P(doc, [("Prochaine réunion du réseau (tous les CPAS) : mardi 16 juin 2026 à Gand.", {"bold": True})], before=10)
    save(doc, "476_webex_cloture_2026.docx")


if __name__ == "__main__":
    for f in (r467, r468, r469, r470, r471, r472, r473, r474, r475, r476):
        f()
    print("10 reports written")
