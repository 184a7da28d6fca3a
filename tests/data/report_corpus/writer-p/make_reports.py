# -*- coding: utf-8 -*-
"""Builds reports 167-176 of the AMIF / FAMI network of the CPAS / OCMW with python-docx.
One function per report: it writes the .docx and returns the expected dict, typed by hand
from the text written in that function."""
import json
import os

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor, Cm

HERE = os.path.dirname(os.path.abspath(__file__))
NBSP = "\u00a0"


# ---------------------------------------------------------------- helpers
def new_doc(font="Calibri", size=11):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.append(rfonts)
    for k in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(k), font)
    for s in d.sections:
        s.left_margin = Cm(2.2)
        s.right_margin = Cm(2.2)
        s.top_margin = Cm(2.0)
        s.bottom_margin = Cm(2.0)
    return d


def fmt_run(run, f):
    if not f:
        return run
    if "b" in f.get("s", ""):
        run.bold = True
    if "i" in f.get("s", ""):
        run.italic = True
    if "u" in f.get("s", ""):
        run.underline = True
    if "color" in f:
        run.font.color.rgb = RGBColor.from_string(f["color"])
    if "size" in f:
        run.font.size = Pt(f["size"])
    if "font" in f:
        run.font.name = f["font"]
    if "caps" in f:
        run.font.all_caps = True
    return run


def R(text, s="", **kw):
    kw["s"] = s
    return (text, kw)


def P(container, *runs, style=None, align=None, after=None, before=None, indent=None, pstyle_bold=False):
    """Add a paragraph of runs: each run is a plain str or R(text, 'biu', color=..., size=...)."""
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    for r in runs:
        if isinstance(r, str):
            p.add_run(r)
        else:
            fmt_run(p.add_run(r[0]), r[1])
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


def H(doc, text, level=1, color=None, size=None, font=None):
    p = doc.add_heading("", level=level)
    r = p.add_run(text)
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    if size:
        r.font.size = Pt(size)
    if font:
        r.font.name = font
    return p


def cell_write(cell, *paras):
    """paras: each a str or a list of runs; first goes into the existing paragraph."""
    first = True
    for para in paras:
        runs = [para] if isinstance(para, (str, tuple)) else para
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        for r in runs:
            if isinstance(r, str):
                p.add_run(r)
            else:
                fmt_run(p.add_run(r[0]), r[1])
    return cell


def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def table(container, rows, widths=None, style="Table Grid", header_bold=True, header_fill=None):
    t = container.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            if isinstance(val, list):
                cell_write(c, *val)
            else:
                cell_write(c, val)
            if i == 0 and header_bold:
                for r in c.paragraphs[0].runs:
                    r.bold = True
            if i == 0 and header_fill:
                shade(c, header_fill)
            if widths:
                c.width = Cm(widths[j])
    return t


def new_abstract_numbering(doc, fmt="decimal", text="%1.", indent=432):
    """A Word automatic numbering (abstractNum + num); returns the numId."""
    numbering = doc.part.numbering_part.element
    ids = [int(a.get(qn("w:abstractNumId"))) for a in numbering.findall(qn("w:abstractNum"))]
    aid = max(ids + [0]) + 1
    an = OxmlElement("w:abstractNum")
    an.set(qn("w:abstractNumId"), str(aid))
    mlt = OxmlElement("w:multiLevelType")
    mlt.set(qn("w:val"), "hybridMultilevel")
    an.append(mlt)
    lvl = OxmlElement("w:lvl")
    lvl.set(qn("w:ilvl"), "0")
    for tag, val in (("w:start", "1"), ("w:numFmt", fmt), ("w:lvlText", text), ("w:lvlJc", "left")):
        e = OxmlElement(tag)
        e.set(qn("w:val"), val)
        lvl.append(e)
    ppr = OxmlElement("w:pPr")
    ind = OxmlElement("w:ind")
    ind.set(qn("w:left"), str(indent))
    ind.set(qn("w:hanging"), str(indent))
    ppr.append(ind)
    lvl.append(ppr)
    an.append(lvl)
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(an)
    else:
        numbering.append(an)
    num = numbering.add_num(aid)
    return num.numId


def set_num(p, num_id, ilvl=0):
    pPr = p._p.get_or_add_pPr()
    numPr = pPr.get_or_add_numPr()
    numPr.get_or_add_ilvl().val = ilvl
    numPr.get_or_add_numId().val = num_id


def header_footer(doc, header=None, footer=None, hfmt=None, ffmt=None, halign=None, falign=None):
    sec = doc.sections[0]
    if header is not None:
        p = sec.header.paragraphs[0]
        fmt_run(p.add_run(header), hfmt or {"s": "i", "size": 8, "color": "7F7F7F"})
        if halign == "c":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif halign == "r":
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if footer is not None:
        p = sec.footer.paragraphs[0]
        fmt_run(p.add_run(footer), ffmt or {"s": "", "size": 8, "color": "7F7F7F"})
        if falign == "c":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif falign == "r":
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT


def expected(file, languages, online, interpretation, date, people, agenda, headings, actions, next_meeting,
             remarks):
    return {
        "file": file,
        "languages": languages,
        "online": online,
        "interpretation": interpretation,
        "date": date,
        "people": people,
        "agenda": agenda,
        "headings": headings,
        "actions": actions,
        "next_meeting": next_meeting,
        "remarks": remarks,
    }


# ---------------------------------------------------------------- 167: SPP IS, Véronique Staquet
def r167():
    fn = "167_rapport_rencontre_spp_nov2016.docx"
    d = new_doc("Arial", 10)
    header_footer(d,
                  "Vers une politique de migration plus intégrée, grâce au FAMI  |  "
                  "Naar een geïntegreerd migratiebeleid, dankzij het AMIF",
                  "SPP Intégration Sociale – POD Maatschappelijke Integratie  |  Bd du Roi Albert II 30, 1000 Bruxelles",
                  halign="c", falign="c")
    P(d, R("POD | Maatschappelijke Integratie", "b", size=9, color="1F4E79"), align="r", after=0)
    P(d, R("SPP | Intégration Sociale", "b", size=9, color="1F4E79"), align="r")
    P(d, R("Rapport rencontre CPAS – Verslag bijeenkomst OCMW's", "b", size=14), align="c", after=2)
    P(d, R("FAMI 24 novembre 2016 – 24 november 2016", "b"), align="c", after=2)
    P(d, "SPP Intégration Sociale, Boulevard du Roi Albert II 30, 1000 Bruxelles – salle 04.12 "
         "(interprétation simultanée FR/NL)", align="c")
    P(d, R("Présents / Aanwezig : ", "b"),
      "Véronique Staquet (SPP IS-MI), Koen Vermeulen (SPP IS-MI), Mieke Van Damme (CPAS Gand), "
      "Rachid Ouali (CPAS Gand), Anne-Sophie Lejeune (CPAS Liège), Grégory Lambert (CPAS Liège), "
      "Fatima Zahraoui (CPAS Charleroi), Tom Peeters (CPAS Anvers), Isabelle Dewinter (CPAS Bruxelles)",
      align="j", after=2)
    P(d, R("Interprètes / Tolken : ", "b"), "Nathalie Gérard, Pieter Claes", after=2)
    P(d, R("Excusés / Verontschuldigd : ", "b"),
      "Bart Wouters (CPAS Anvers), Laurence Hubert (CPAS Charleroi)")

    P(d, R("Ordre du jour / Agenda", "bu"), before=6, after=2)
    ag = [("10h00 – 10h30", "Accueil et tour de table"),
          ("10h30 – 11h45", "Présentation des projets FAMI des cinq CPAS"),
          ("11h45 – 12h30", "Rapportage FAMI : indicateurs et calendrier"),
          ("12h30 – 13h15", "Lunch"),
          ("13h15 – 14h45", "Atelier : l’entretien d’admission et le bilan d’orientation"),
          ("14h45 – 15h00", "Conclusions et prochaine rencontre")]
    for t, x in ag:
        p = P(d, t + "\t" + x, after=0)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(3.5))

    P(d, R("I. Accueil et tour de table", "b", size=11), before=12)
    P(d, "Koen Vermeulen souhaite la bienvenue aux CPAS au nom du SPP IS. C’est la première rencontre du "
         "réseau depuis le lancement des projets FAMI en septembre 2015. Chaque participant se présente "
         "brièvement ; Koen rappelle que l’interprétation simultanée est prévue pour toute la journée et "
         "invite chacun à parler dans sa langue.", align="j")

    P(d, R("II. Présentation des projets FAMI des cinq CPAS", "b", size=11), before=6)
    P(d, R("Gand", "b"), " : le projet accompagne des primo-arrivants peu scolarisés, surtout des femmes. "
                          "L’intake se fait par l’équipe du projet, après orientation par le travailleur social "
                          "de l’antenne.", align="j")
    P(d, R("Liège", "b"), " : Mod’Actions propose quatre modules collectifs (activation sociale, atelier "
                           "créatif, informatique, réalisation de projet) et un accompagnement individuel. "
                           "Trois contrats sont signés par participant.", align="j")
    P(d, R("Charleroi", "b"), " : Activ’Up fonctionne par modules de septembre à juin. Pour le module 2, "
                               "199 personnes ont été retenues par les assistantes sociales ; 60 se sont "
                               "présentées à la séance d’information (30 %).", align="j")
    P(d, R("Anvers", "b"), " : le CPAS d’Anvers a démarré en septembre avec un premier groupe "
                            "[chiffres à compléter par Tom].", align="j")
    P(d, R("Bruxelles", "b"), " : les ateliers ont lieu deux fois par semaine ; un accent est mis sur la "
                               "langue et sur l’orientation vers l’ISP.", align="j")

    P(d, R("3. Rapportage FAMI : indicateurs et calendrier", "b", size=11), before=6)
    P(d, "Koen présente le calendrier du rapport annuel. Les CPAS rapportent le nombre de participants, les "
         "modules suivis et les heures prestées. Les données nominatives restent au CPAS : le SPP ne reçoit "
         "que des chiffres agrégés.", align="j")
    P(d, "→ Le SPP envoie le canevas du rapport annuel à tous les CPAS avant le 15 décembre.", after=0, indent=0.5)
    P(d, "→ Chaque CPAS complète le tableau des indicateurs pour le 31 janvier 2017.", indent=0.5)

    P(d, R("4. Atelier : l’entretien d’admission et le bilan d’orientation", "b", size=11), before=6)
    P(d, "En sous-groupes, les CPAS comparent leurs grilles d’entretien. Tous insistent sur l’importance de "
         "partir des besoins du client. Gand utilise une grille courte (une page), Liège un bilan "
         "d’orientation plus complet.", align="j")
    P(d, "→ Mieke transmettra la grille d’intake de Gand à Anne-Sophie et à Isabelle.", after=0, indent=0.5)
    P(d, "→ Tom et Isabelle préparent ensemble une proposition de questionnaire de satisfaction commun.",
      indent=0.5)

    P(d, R("5. Conclusions", "b", size=11), before=6)
    P(d, "Il est convenu que le réseau se réunira trois fois par an, chaque fois dans un autre CPAS. Le SPP "
         "prend en charge l’interprétation.", align="j")
    P(d, R("Prochaine rencontre : jeudi 16 mars 2017 au CPAS de Gand (Onderbergen 86).", "b"))
    d.save(os.path.join(HERE, fn))

    return expected(
        fn, ["fr", "nl"], False, True, "2016-11-24",
        [["Véronique Staquet", "Present", "SPP"],
         ["Koen Vermeulen", "Present", "SPP"],
         ["Mieke Van Damme", "Present", "GENT"],
         ["Rachid Ouali", "Present", "GENT"],
         ["Anne-Sophie Lejeune", "Present", "LIEGE"],
         ["Grégory Lambert", "Present", "LIEGE"],
         ["Fatima Zahraoui", "Present", "CHARLEROI"],
         ["Tom Peeters", "Present", "ANTWERPEN"],
         ["Isabelle Dewinter", "Present", "BRUXELLES"],
         ["Nathalie Gérard", "Present", None],
         ["Pieter Claes", "Present", None],
         ["Bart Wouters", "Excused", "ANTWERPEN"],
         ["Laurence Hubert", "Excused", "CHARLEROI"]],
        [["10:00", "10:30", "Accueil et tour de table"],
         ["10:30", "11:45", "Présentation des projets FAMI des cinq CPAS"],
         ["11:45", "12:30", "Rapportage FAMI : indicateurs et calendrier"],
         ["12:30", "13:15", "Lunch"],
         ["13:15", "14:45", "Atelier : l’entretien d’admission et le bilan d’orientation"],
         ["14:45", "15:00", "Conclusions et prochaine rencontre"]],
        [["I", "Accueil et tour de table"],
         ["II", "Présentation des projets FAMI des cinq CPAS"],
         ["3", "Rapportage FAMI : indicateurs et calendrier"],
         ["4", "Atelier : l’entretien d’admission et le bilan d’orientation"],
         ["5", "Conclusions"]],
        [["SPP", [], None, "Le SPP envoie le canevas du rapport annuel"],
         ["CPAS", [], None, "Chaque CPAS complète le tableau des indicateurs"],
         ["Network Contact", ["Mieke Van Damme"], None, "Mieke transmettra la grille d’intake de Gand"],
         ["Several Network Contacts", ["Tom Peeters", "Isabelle Dewinter"], None,
          "Tom et Isabelle préparent ensemble une proposition"]],
        {"date": "2017-03-16", "text": "Prochaine rencontre : jeudi 16 mars 2017 au CPAS de Gand (Onderbergen 86)."},
        ["[chiffres à compléter par Tom]"])


# ---------------------------------------------------------------- 168: OCMW Gent, Liesbeth De Smet
def r168():
    fn = "168_verslag_gent_maart2017.docx"
    d = new_doc("Arial", 10)
    header_footer(d, "OCMW Gent – Dienst Sociale Activering – AMIF-project 'Samen Vooruit'",
                  "Verslag netwerk AMIF 16/03/2017 – versie 2 (na nalezing)", halign="r", falign="r")
    hnum = new_abstract_numbering(d, "decimal", "%1.")
    lnum = new_abstract_numbering(d, "decimal", "%1.", indent=360)

    P(d, R("Verslag netwerkbijeenkomst AMIF-OCMW's", "b", size=16, color="2E74B5"), after=6)
    P(d, R("Datum: ", "b"), "donderdag 16 maart 2017, 9u30 – 15u30", after=0)
    P(d, R("Plaats : ", "b"), "OCMW Gent , Onderbergen 86, 9000 Gent (zaal Leie)", after=0)
    P(d, R("Verslaggever: ", "b"), "Liesbeth De Smet")

    P(d, R("Aanwezigen", "b"), after=2)
    table(d, [["Naam", "Organisatie", "Aanwezig"],
              ["Liesbeth De Smet", "OCMW Gent", "x"],
              ["Mieke Van Damme", "OCMW Gent", "x"],
              ["Rachid Ouali", "OCMW Gent", "x"],
              ["Koen Vermeulen", "POD MI", "x"],
              ["Anne-Sophie Lejeune", "OCMW Luik", "x"],
              ["Fatima Zahraoui", "OCMW Charleroi", "verontschuldigd"],
              ["Tom Peeters", "OCMW Antwerpen", "x"],
              ["Hilde Verbruggen", "OCMW Antwerpen", "x"],
              ["Isabelle Dewinter", "OCMW Brussel", "verontschuldigd"],
              ["Karim Benali", "OCMW Brussel", "x"]],
          widths=[5.5, 5.0, 3.5], header_fill="DEEAF6")

    P(d, R("Agenda", "b"), before=10, after=2)
    for x in ["9u30 onthaal en koffie",
              "10u00 voorstelling van het Gentse traject 'Samen Vooruit'",
              "11u00 bezoek aan de ateliers",
              "12u30 lunch",
              "13u30 intake en oriëntatie: uitwisseling",
              "15u00 rapportering AMIF en varia"]:
        p = P(d, x, after=0)
        set_num(p, lnum)

    h = H(d, "Verwelkoming", 1, size=13)
    set_num(h, hnum)
    P(d, "Mieke heet iedereen welkom in Gent. Er was geen tolk voorzien; Mieke vatte de belangrijkste punten "
         "samen in het Frans voor Anne-Sophie en Karim.")

    h = H(d, "Voorstelling van het Gentse traject 'Samen Vooruit'", 1, size=13)
    set_num(h, hnum)
    P(d, "Het Gentse traject loopt per schooljaar. Deelnemers worden doorverwezen door de maatschappelijk "
         "werkers van de sociale diensten; daarna volgt een intakegesprek met Rachid. Er zijn drie collectieve "
         "modules (taalactivering, creatief atelier, 'wegwijs in Gent') en individuele coaching om de twee weken.")
    P(d, "Momenteel zijn 38 deelnemers ingeschreven, van wie 29 vrouwen. De aanwezigheidsgraad ligt rond  70 %.")

    h = H(d, "Intake en oriëntatie: hoe pakken de OCMW's het aan?", 1, size=13)
    set_num(h, hnum)
    P(d, "Elk OCMW licht kort toe hoe het intakegesprek verloopt. Antwerpen werkt met een oriëntatiebalans in "
         "twee gesprekken; Luik met drie contracten per deelnemer.")
    H(d, "Sterktes", 2, size=11)
    P(d, "het intakegesprek vertrekt van de vraag van de cliënt", style="List Bullet")
    P(d, "korte lijnen met de maatschappelijk werkers", style="List Bullet")
    H(d, "Werkpunten", 2, size=11)
    P(d, "veel deelnemers haken af tussen doorverwijzing en intake", style="List Bullet")
    P(d, "de tevredenheidsenquête is te abstract voor laaggeletterde deelnemers ", style="List Bullet")

    h = H(d, "Rapportering AMIF", 1, size=13)
    set_num(h, hnum)
    P(d, "Koen licht de timing van het jaarverslag toe. De cijfers van Gent, Luik, Antwerpen en Brussel zijn binnen.")
    P(d, R("Cijfers Charleroi: nog aan te vullen", "i", color="C00000"))

    h = H(d, "Varia", 1, size=13)
    set_num(h, hnum)
    P(d, "Hilde vraagt of de volgende bijeenkomst ook een namiddag over de tevredenheidsenquête kan bevatten. "
         "Akkoord.")

    h = H(d, "Afspraken", 1, size=13)
    set_num(h, hnum)
    table(d, [["Wat", "Wie", "Tegen wanneer"],
              ["Intakeleidraad Gent doorsturen naar alle OCMW's", "Mieke", "31/03"],
              ["Voorstel van vereenvoudigde tevredenheidsenquête opmaken", "Hilde en Tom", "volgende bijeenkomst"],
              ["Cijfers jaarverslag 2016 bezorgen aan de POD", "OCMW Charleroi", "24/03"],
              ["Feedback op het sjabloon jaarverslag verzamelen", "POD MI", "april"],
              ["Bezoek aan de ateliers van Luik organiseren", "nog te bepalen", "—"]],
          widths=[9.0, 3.5, 3.5], header_fill="DEEAF6")
    P(d, "")
    P(d, R("Volgende bijeenkomst: donderdag 8 juni 2017 in Luik (te bevestigen door OCMW Luik).", "b"))
    d.save(os.path.join(HERE, fn))

    return expected(
        fn, ["nl"], False, False, "2017-03-16",
        [["Liesbeth De Smet", "Present", "GENT"],
         ["Mieke Van Damme", "Present", "GENT"],
         ["Rachid Ouali", "Present", "GENT"],
         ["Koen Vermeulen", "Present", "SPP"],
         ["Anne-Sophie Lejeune", "Present", "LIEGE"],
         ["Tom Peeters", "Present", "ANTWERPEN"],
         ["Hilde Verbruggen", "Present", "ANTWERPEN"],
         ["Karim Benali", "Present", "BRUXELLES"],
         ["Fatima Zahraoui", "Excused", "CHARLEROI"],
         ["Isabelle Dewinter", "Excused", "BRUXELLES"]],
        [["09:30", None, "onthaal en koffie"],
         ["10:00", None, "voorstelling van het Gentse traject 'Samen Vooruit'"],
         ["11:00", None, "bezoek aan de ateliers"],
         ["12:30", None, "lunch"],
         ["13:30", None, "intake en oriëntatie: uitwisseling"],
         ["15:00", None, "rapportering AMIF en varia"]],
        [["", "Verwelkoming"],
         ["", "Voorstelling van het Gentse traject 'Samen Vooruit'"],
         ["", "Intake en oriëntatie: hoe pakken de OCMW's het aan?"],
         ["", "Sterktes"],
         ["", "Werkpunten"],
         ["", "Rapportering AMIF"],
         ["", "Varia"],
         ["", "Afspraken"]],
        [["Network Contact", ["Mieke Van Damme"], None, "Intakeleidraad Gent doorsturen naar alle OCMW's"],
         ["Several Network Contacts", ["Hilde Verbruggen", "Tom Peeters"], None,
          "Voorstel van vereenvoudigde tevredenheidsenquête opmaken"],
         ["CPAS", [], "CHARLEROI", "Cijfers jaarverslag 2016 bezorgen aan de POD"],
         ["SPP", [], None, "Feedback op het sjabloon jaarverslag verzamelen"],
         ["To Be Assigned", [], None, "Bezoek aan de ateliers van Luik organiseren"]],
        {"date": "2017-06-08",
         "text": "Volgende bijeenkomst: donderdag 8 juni 2017 in Luik (te bevestigen door OCMW Luik)."},
        ["Cijfers Charleroi: nog aan te vullen"])


# ---------------------------------------------------------------- 169: CPAS de Liège, Nadia Bertrand
def r169():
    fn = "169_cr_reseau_liege_oct2018.docx"
    d = new_doc("Times New Roman", 11)
    header_footer(d, "CPAS de Liège – Mod'Actions – projet cofinancé par le FAMI",
                  "Compte-rendu rédigé par N. Bertrand – diffusion : membres du réseau FAMI", halign="l")
    P(d, R("COMPTE-RENDU – RÉUNION DU RÉSEAU FAMI", "b", size=14), align="c", after=12)
    P(d, R("Date : ", "b"), "jeudi 18 octobre 2018 de 9h30 à 15h30", after=0)
    P(d, R("Lieu : ", "b"), "Maison de l'activation sociale, rue Général Bertrand 35, 4000 Liège", after=0)
    P(d, R("Rédaction : ", "b"), "Nadia Bertrand (CPAS de Liège)")

    P(d, R("Présents :", "bu"), after=0)
    for x in ["Mme Nadia Bertrand – CPAS de Liège",
              "M. Grégory Lambert – CPAS de Liège",
              "Mme Anne-Sophie Lejeune – CPAS de Liège",
              "M. Koen Vermeulen – SPP Intégration Sociale",
              "Mme Mieke Van Damme – CPAS de Gand",
              "Mme Fatima Zahraoui – CPAS de Charleroi",
              "M. Jean-Marc Dufour – CPAS de Binche",
              "Mme Hilde Verbruggen – CPAS d'Anvers",
              "M. Karim Benali – CPAS de Bruxelles",
              "Mme Samira El Idrissi – médiatrice interculturelle, asbl Le Pont (invitée)"]:
        P(d, x, style="List Bullet", after=0)
    P(d, R("Excusés : ", "bu"),
      "M. Tom Peeters (CPAS d'Anvers) et Mme Isabelle Dewinter (CPAS de Bruxelles).", before=6)

    P(d, R("Ordre du jour :", "bu"), after=0)
    for x in ["Tour de table",
              "Les trois contrats : retour d'expérience",
              "Les interprètes sociaux dans les modules (intervention de l'asbl Le Pont)",
              "L'enquête de satisfaction",
              "Divers"]:
        P(d, x, style="List Number", after=0)

    P(d, R("1) Tour de table", "bu"), before=12)
    P(d, "Chaque CPAS fait le point sur son projet. Liège compte 47 participants actifs répartis sur quatre "
         "modules. Charleroi a démarré son module 4 en septembre. Binche rejoint le réseau comme partenaire de "
         "Charleroi : Jean-Marc présente le CPAS et son public (surtout des familles syriennes et érythréennes).",
      align="j")

    P(d, R("2) Les trois contrats : retour d'expérience", "bu"), before=6)
    P(d, "Nadia rappelle le principe : un contrat avec l'AS, un avec la personne chargée de l'entretien "
         "d'admission, un avec le responsable de chaque module. Les règles sur le taux de présence et la "
         "ponctualité y figurent. Gand trouve que trois contrats, c'est beaucoup pour un public peu "
         "alphabétisé ; Liège répond que les contrats sont expliqués oralement, avec un interprète social si "
         "nécessaire.", align="j")
    P(d, R("ACTION : ", "b"), "Nadia envoie le modèle des trois contrats aux autres CPAS pour la fin du mois.")
    P(d, "Mieke et Hilde comparent leurs grilles d'intake et en feront une synthèse pour le réseau.")

    P(d, R("3) Les interprètes sociaux dans les modules", "bu"), before=6)
    P(d, "Samira El Idrissi présente le travail des médiateurs interculturels de l'asbl Le Pont, qui "
         "interviennent comme interprètes sociaux pendant les entretiens individuels. Attention : ce ne sont pas "
         "des interprètes de conférence ; leur rôle est aussi de faire le lien culturel.", align="j")
    P(d, "Les CPAS souhaitent un échange sur le financement de ces interventions. Koen vérifiera si les frais "
         "d'interprétation sociale sont éligibles dans le budget FAMI.", align="j")

    P(d, R("4 ) L'enquête de satisfaction", "bu"), before=6)
    P(d, "Le questionnaire actuel contient trop de termes abstraits (« autonomie », « estime de soi »). Les "
         "participants ne le comprennent pas sans aide. Proposition : utiliser des pictogrammes et traduire le "
         "questionnaire.", align="j")
    P(d, R("ACTION : ", "b"), "Traduire l'enquête de satisfaction en arabe et en dari (à définir).")

    P(d, R("5) Divers", "bu"), before=6)
    P(d, "La prochaine réunion pourrait se tenir en visioconférence si les déplacements posent problème ; la "
         "majorité préfère garder les rencontres en présentiel.", align="j")
    P(d, "Le CPAS de Charleroi présentera son entonnoir de recrutement lors de la prochaine réunion.")
    P(d, R("Prochaine rencontre : à Anvers, au printemps 2019 (date à fixer).", "i"))
    d.save(os.path.join(HERE, fn))

    return expected(
        fn, ["fr"], False, False, "2018-10-18",
        [["Nadia Bertrand", "Present", "LIEGE"],
         ["Grégory Lambert", "Present", "LIEGE"],
         ["Anne-Sophie Lejeune", "Present", "LIEGE"],
         ["Koen Vermeulen", "Present", "SPP"],
         ["Mieke Van Damme", "Present", "GENT"],
         ["Fatima Zahraoui", "Present", "CHARLEROI"],
         ["Jean-Marc Dufour", "Present", "BINCHE"],
         ["Hilde Verbruggen", "Present", "ANTWERPEN"],
         ["Karim Benali", "Present", "BRUXELLES"],
         ["Samira El Idrissi", "Present", None],
         ["Tom Peeters", "Excused", "ANTWERPEN"],
         ["Isabelle Dewinter", "Excused", "BRUXELLES"]],
        [[None, None, "Tour de table"],
         [None, None, "Les trois contrats : retour d'expérience"],
         [None, None, "Les interprètes sociaux dans les modules (intervention de l'asbl Le Pont)"],
         [None, None, "L'enquête de satisfaction"],
         [None, None, "Divers"]],
        [["1", "Tour de table"],
         ["2", "Les trois contrats : retour d'expérience"],
         ["3", "Les interprètes sociaux dans les modules"],
         ["4", "L'enquête de satisfaction"],
         ["5", "Divers"]],
        [["Network Contact", ["Nadia Bertrand"], None, "Nadia envoie le modèle des trois contrats"],
         ["Several Network Contacts", ["Mieke Van Damme", "Hilde Verbruggen"], None,
          "Mieke et Hilde comparent leurs grilles d'intake"],
         ["Network Contact", ["Koen Vermeulen"], None, "Koen vérifiera si les frais d'interprétation"],
         ["To Be Assigned", [], None, "Traduire l'enquête de satisfaction en arabe"],
         ["CPAS", [], "CHARLEROI", "Le CPAS de Charleroi présentera son entonnoir"]],
        {"date": None, "text": "Prochaine rencontre : à Anvers, au printemps 2019 (date à fixer)."},
        [])


# ---------------------------------------------------------------- 170: CPAS de Charleroi, Fabienne Lemaire
def r170():
    fn = "170_pv_charleroi_mai2019.docx"
    d = new_doc("Calibri", 11)
    header_footer(d, "CPAS CHARLEROI – Service Action Migrants – Activ'Up",
                  "Vers une politique de migration plus intégrée, grâce au FAMI",
                  hfmt={"s": "b", "size": 9, "color": "C55A11"}, ffmt={"s": "i", "size": 8, "color": "7F7F7F"},
                  halign="l", falign="c")
    H(d, "Réunion du réseau FAMI – PV", 1, color="C55A11", size=16)
    P(d, R("Mardi 21 mai 2019", "b"), " – CPAS de Charleroi, Boulevard Joseph II 13, 6000 Charleroi")
    P(d, "Interprétation consécutive FR/NL : Katrien Wouters (interprète indépendante)", after=8)

    table(d, [["Présents", "Excusés"],
              ["Fabienne Lemaire (CPAS Charleroi)", "Koen Vermeulen (SPP IS)"],
              ["Ozlem Kaya (CPAS Charleroi)", "Rachid Ouali (CPAS Gand)"],
              ["Jean-Marc Dufour (CPAS Binche)", ""],
              ["Nadia Bertrand (CPAS Liège)", ""],
              ["Mieke Van Damme (CPAS Gand)", ""],
              ["Hilde Verbruggen (CPAS Anvers)", ""],
              ["Karim Benali (CPAS Bruxelles)", ""],
              ["Sarah Lenaerts (SPP IS)", ""],
              ["Katrien Wouters (interprète)", ""]],
          widths=[8.0, 8.0], header_fill="FBE4D5")

    P(d, R("Ordre du jour", "b", color="C55A11"), before=10, after=2)
    table(d, [["Heure", "Point"],
              ["09.30 – 10.00", "Accueil, café"],
              ["10.00 – 10.45", "Activ'Up : bilan du module 4"],
              ["10.45 – 11.30", "L'entonnoir de recrutement : de la liste à la séance d'info"],
              ["11.30 – 12.15", "Binche : premiers pas comme partenaire"],
              ["12.15 – 13.00", "Divers et clôture"]],
          widths=[3.5, 12.5], header_fill="FBE4D5")

    H(d, "A. Accueil", 2, color="C55A11")
    P(d, "Fabienne accueille le réseau dans les locaux du Service Action Migrants. Katrien Wouters assure "
         "l'interprétation consécutive pour les collègues néerlandophones.")
    H(d, "B. Activ'Up : bilan du module 4", 2, color="C55A11")
    P(d, "Le module 4 (septembre 2018 – juin 2019) compte 41 participants. Ozlem présente l'horaire type de la "
         "semaine : FLE le lundi et le mercredi, ateliers découvertes le mardi, séance d'information « se "
         "débrouiller en Belgique » le jeudi, coaching collectif le vendredi.")
    P(d, R("Points forts : ", "b"), "l'intensité du suivi, l'esprit de groupe en fin de module.", after=0)
    P(d, R("À améliorer : ", "b"),
      "la communication quand un cours est annulé ; les horaires entre anciens et nouveaux participants.")
    H(d, "C. L'entonnoir de recrutement", 2, color="C55A11")
    P(d, "Pour le module 4, l'observatoire local a listé 640 personnes. Les AS en ont retenu 214 ; 71 sont "
         "venues à la séance d'information (33 %) et 48 ont signé un contrat.")
    P(d, "Gand et Anvers ne travaillent pas avec une liste : l'inscription est possible à tout moment via l'AS.")
    H(d, "D. Binche : premiers pas comme partenaire", 2, color="C55A11")
    P(d, "Jean-Marc explique que Binche démarre avec un petit groupe de 8 participants, suivi par une AS à "
         "mi-temps. Les ateliers ont lieu à Binche ; les séances d'information sont communes avec Charleroi.")
    P(d, R("Commentaires du CPAS de Binche : à compléter.", "i", color="808080"))
    H(d, "E. Divers", 2, color="C55A11")
    P(d, "Sarah Lenaerts présente le nouveau calendrier de rapportage FAMI : un rapport intermédiaire au 30 juin, "
         "un rapport final au 31 mars.")
    H(d, "F. Qui fait quoi ?", 2, color="C55A11")
    P(d, R("Fabienne (Charleroi)", "b"), " : envoyer la présentation PowerPoint à tous les participants.", after=2)
    P(d, R("Jean-Marc et Ozlem", "b"), " : organiser une visite croisée Binche – Charleroi avant l'été.", after=2)
    P(d, R("SPP IS", "b"), " : vérifier si les frais de déplacement des participants sont éligibles.", after=2)
    P(d, R("Tous les CPAS", "b"), " : envoyer leurs chiffres de recrutement à Fabienne pour le 15 juin.")
    P(d, R("Prochaine réunion : mardi 12 novembre 2019 à 9h30, au CPAS de Bruxelles.", "b", color="C55A11"),
      before=8)
    d.save(os.path.join(HERE, fn))

    return expected(
        fn, ["fr"], False, True, "2019-05-21",
        [["Fabienne Lemaire", "Present", "CHARLEROI"],
         ["Ozlem Kaya", "Present", "CHARLEROI"],
         ["Jean-Marc Dufour", "Present", "BINCHE"],
         ["Nadia Bertrand", "Present", "LIEGE"],
         ["Mieke Van Damme", "Present", "GENT"],
         ["Hilde Verbruggen", "Present", "ANTWERPEN"],
         ["Karim Benali", "Present", "BRUXELLES"],
         ["Sarah Lenaerts", "Present", "SPP"],
         ["Katrien Wouters", "Present", None],
         ["Koen Vermeulen", "Excused", "SPP"],
         ["Rachid Ouali", "Excused", "GENT"]],
        [["09:30", "10:00", "Accueil, café"],
         ["10:00", "10:45", "Activ'Up : bilan du module 4"],
         ["10:45", "11:30", "L'entonnoir de recrutement : de la liste à la séance d'info"],
         ["11:30", "12:15", "Binche : premiers pas comme partenaire"],
         ["12:15", "13:00", "Divers et clôture"]],
        [["A", "Accueil"],
         ["B", "Activ'Up : bilan du module 4"],
         ["C", "L'entonnoir de recrutement"],
         ["D", "Binche : premiers pas comme partenaire"],
         ["E", "Divers"],
         ["F", "Qui fait quoi ?"]],
        [["Network Contact", ["Fabienne Lemaire"], None, "envoyer la présentation PowerPoint à tous"],
         ["Several Network Contacts", ["Jean-Marc Dufour", "Ozlem Kaya"], None,
          "organiser une visite croisée Binche"],
         ["SPP", [], None, "vérifier si les frais de déplacement"],
         ["CPAS", [], None, "envoyer leurs chiffres de recrutement à"]],
        {"date": "2019-11-12", "text": "Prochaine réunion : mardi 12 novembre 2019 à 9h30, au CPAS de Bruxelles."},
        ["Commentaires du CPAS de Binche : à compléter."])


# ---------------------------------------------------------------- 171: OCMW Antwerpen, Ilse Janssens
def r171():
    fn = "171_verslag_antwerpen_teams_nov2020.docx"
    d = new_doc("Verdana", 9)
    header_footer(d, "Stad Antwerpen | OCMW Antwerpen – Team Nieuwkomers – AMIF", "intern – niet verspreiden buiten het netwerk",
                  halign="r")
    P(d, R("Verslag AMIF-overleg OCMW’s (online – MS Teams)", "b", size=14, color="002060"), after=4)
    P(d, R("Datum: ", "b"), "17/11/2020, 10:00 – 12:00", after=8)

    P(d, R("Aanwezig:", "b"), after=0)
    for n, o in [("Ilse Janssens", "OCMW Antwerpen (verslag)"), ("Hilde Verbruggen", "OCMW Antwerpen"),
                 ("Els Goossens", "OCMW Schoten"), ("Sarah Martens", "OCMW Edegem"),
                 ("Wim De Bruyn", "OCMW Mortsel"), ("Mieke Van Damme", "OCMW Gent"),
                 ("Nadia Bertrand", "CPAS Luik"), ("Ozlem Kaya", "CPAS Charleroi"),
                 ("Sarah Lenaerts", "POD MI")]:
        p = P(d, n + "\t" + o, after=0, indent=0.5)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(5.5))
    P(d, R("Verontschuldigd:", "b"), after=0, before=6)
    for n, o in [("Karim Benali", "OCMW Brussel"), ("Jean-Marc Dufour", "OCMW Binche")]:
        p = P(d, n + "\t" + o, after=0, indent=0.5)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(5.5))

    P(d, R("Agenda", "b"), before=8, after=0)
    for x in ["10:00 – 10:15  Welkom en technische check",
              "10:15 – 11:00  Werking in coronatijd: groepsgrootte en online begeleiding",
              "11:00 – 11:30  Stand van zaken partners Schoten, Edegem, Mortsel",
              "11:30 – 11:50  AMIF-rapportering 2020",
              "11:50 – 12:00  Varia"]:
        P(d, x, style="List Bullet", after=0)

    H(d, "1. Welkom en technische check", 2, color="002060")
    P(d, "Ilse opent het overleg. Niet iedereen kan de camera aanzetten; de chat wordt gebruikt voor vragen. "
         "Voor de Franstalige collega’s is er geen tolk: we spreken traag Nederlands en vatten samen in het "
         "Frans waar nodig. Volgende keer graag opnieuw met tolk.")
    H(d, "2. Werking in coronatijd", 2, color="002060")
    H(d, "2.1 Groepsgrootte", 3, color="002060")
    P(d, "De regels verschillen per OCMW. Gent werkt met 4 deelnemers + 1 begeleider, Charleroi en Luik met "
         "3 + 1. Antwerpen houdt het op 4 + 1 en splitst de groepen in een voormiddag- en een namiddagsessie. "
         "Ozlem meldt dat Charleroi vanaf januari hoopt naar 6 + 1 te gaan als de maatregelen het toelaten.")
    P(d, R("ACTIE:", "b"), " elk OCMW bezorgt zijn actuele groepsregels aan Ilse tegen 1 december, zodat we een "
                           "overzicht kunnen maken.")
    H(d, "2.2 Online begeleiding", 3, color="002060")
    P(d, "Individuele coaching loopt deels telefonisch of via WhatsApp-video. Veel deelnemers hebben geen "
         "laptop; Mortsel leent tablets uit. Privacy: geen opnames van sessies, geen namen van deelnemers in "
         "groepschats.")
    P(d, R("ACTIE:", "b"), " OCMW Mortsel stuurt zijn uitleenreglement voor tablets door.")
    H(d, "3. Stand van zaken partners", 2, color="002060")
    P(d, "Schoten: 6 deelnemers, sessies in het sociaal huis. Edegem: start uitgesteld tot februari. Mortsel: "
         "9 deelnemers, waarvan 2 nieuw via de maatschappelijk werkers.")
    P(d, "Els en Sarah M. bekijken samen of Schoten en Edegem een gezamenlijke groep kunnen starten.")
    H(d, "4. AMIF-rapportering 2020", 2, color="002060")
    P(d, "Sarah L. (POD MI) bevestigt dat online sessies meetellen als deelname, op voorwaarde dat de "
         "aanwezigheid geregistreerd wordt.")
    P(d, R("ACTIE:", "b"), " de POD MI bezorgt een sjabloon voor de registratie van online aanwezigheden.")
    H(d, "5 Varia", 2, color="002060")
    P(d, "Hilde vraagt wie de tevredenheidsenquête kan laten vertalen – nog niemand aangeduid.")
    P(d, R("ACTIE:", "b"), " vertaling van de tevredenheidsenquête naar het Arabisch en het Tigrinya – trekker "
                           "nog te bepalen.")
    P(d, "Ilse plant in januari een extra Teams-overleg over de tevredenheidsenquête.")
    P(d, R("Volgend overleg: eind januari 2021, online – datum volgt via Doodle.", "b"), before=8)
    d.save(os.path.join(HERE, fn))

    return expected(
        fn, ["nl"], True, False, "2020-11-17",
        [["Ilse Janssens", "Present", "ANTWERPEN"],
         ["Hilde Verbruggen", "Present", "ANTWERPEN"],
         ["Els Goossens", "Present", "SCHOTEN"],
         ["Sarah Martens", "Present", "EDEGEM"],
         ["Wim De Bruyn", "Present", "MORTSEL"],
         ["Mieke Van Damme", "Present", "GENT"],
         ["Nadia Bertrand", "Present", "LIEGE"],
         ["Ozlem Kaya", "Present", "CHARLEROI"],
         ["Sarah Lenaerts", "Present", "SPP"],
         ["Karim Benali", "Excused", "BRUXELLES"],
         ["Jean-Marc Dufour", "Excused", "BINCHE"]],
        [["10:00", "10:15", "Welkom en technische check"],
         ["10:15", "11:00", "Werking in coronatijd: groepsgrootte en online begeleiding"],
         ["11:00", "11:30", "Stand van zaken partners Schoten, Edegem, Mortsel"],
         ["11:30", "11:50", "AMIF-rapportering 2020"],
         ["11:50", "12:00", "Varia"]],
        [["1", "Welkom en technische check"],
         ["2", "Werking in coronatijd"],
         ["2.1", "Groepsgrootte"],
         ["2.2", "Online begeleiding"],
         ["3", "Stand van zaken partners"],
         ["4", "AMIF-rapportering 2020"],
         ["5", "Varia"]],
        [["CPAS", [], None, "elk OCMW bezorgt zijn actuele groepsregels"],
         ["CPAS", [], "MORTSEL", "OCMW Mortsel stuurt zijn uitleenreglement"],
         ["Several Network Contacts", ["Els Goossens", "Sarah Martens"], None, "Els en Sarah M. bekijken samen"],
         ["SPP", [], None, "de POD MI bezorgt een sjabloon"],
         ["To Be Assigned", [], None, "vertaling van de tevredenheidsenquête naar"],
         ["Network Contact", ["Ilse Janssens"], None, "Ilse plant in januari een extra"]],
        {"date": None, "text": "Volgend overleg: eind januari 2021, online – datum volgt via Doodle."},
        [])


# ---------------------------------------------------------------- 172: CPAS de Bruxelles, Amélie Vandenbroucke
def r172():
    fn = "172_pv_bruxelles_webex_juin2021.docx"
    d = new_doc("Calibri", 10)
    header_footer(d, "CPAS de Bruxelles – OCMW Brussel  |  FAMI / AMIF",
                  "PV / Verslag 22.06.2021 – traduction / vertaling : CPAS de Bruxelles", halign="c", falign="c")
    P(d, R("Réunion du réseau FAMI / Netwerkvergadering AMIF", "b", size=15, color="833C0B"), align="c", after=0)
    P(d, R("Procès-verbal / Verslag – 22.06.2021 – Webex", "b", size=11), align="c", after=8)
    P(d, R("Lieu / Plaats" + NBSP + ": ", "b"),
      "en ligne via Webex (organisé par le CPAS de Bruxelles / georganiseerd door het OCMW Brussel) – "
      "interprétation simultanée / simultaanvertaling", after=4)
    P(d, R("Présents / Aanwezig" + NBSP + ": ", "b"),
      "Amélie Vandenbroucke, Karim Benali (CPAS de Bruxelles) ; Mieke Van Damme, Rachid Ouali (OCMW Gent) ; "
      "Nadia Bertrand (CPAS de Liège) ; Ozlem Kaya (CPAS de Charleroi) ; Hilde Verbruggen (OCMW Antwerpen) ; "
      "Wim De Bruyn (OCMW Mortsel) ; Sarah Lenaerts (SPP IS / POD MI).", after=2)
    P(d, R("Interprètes / Tolken" + NBSP + ": ", "b"), "Marie Lenoir, Joris Van Acker", after=2)
    P(d, R("Excusés / Verontschuldigd" + NBSP + ": ", "b"),
      "Jean-Marc Dufour (CPAS de Binche), Els Goossens (OCMW Schoten).", after=8)

    P(d, R("Ordre du jour / Agenda", "b", color="833C0B"), after=2)
    table(d, [["Heure / Uur", "FR", "NL"],
              ["14:00", "Accueil et règles Webex", "Verwelkoming en Webex-afspraken"],
              ["14:15", "Reprise des activités de groupe", "Heropstart van de groepsactiviteiten"],
              ["14:45", "Enquête de satisfaction" + NBSP + ": version simplifiée",
               "Tevredenheidsenquête: vereenvoudigde versie"],
              ["15:30", "Nouveau programme FAMI 2021-2027", "Nieuw AMIF-programma 2021-2027"],
              ["15:50", "Divers", "Varia"]],
          widths=[2.5, 7.0, 7.0], header_fill="F7CAAC")

    def section(title, rows):
        H(d, title, 2, color="833C0B")
        t = table(d, rows, widths=[8.3, 8.3], header_bold=False)
        for row in t.rows:
            for r in row.cells[1].paragraphs[0].runs:
                r.italic = True
        return t

    section("1. Accueil et règles Webex / Verwelkoming en Webex-afspraken",
            [["Amélie ouvre la réunion. Micro coupé quand on ne parle pas ; choisir le canal d'interprétation FR "
              "ou NL dans Webex. La réunion n'est pas enregistrée.",
              "Amélie opent de vergadering. Micro uit wanneer je niet spreekt; kies het tolkkanaal FR of NL in "
              "Webex. De vergadering wordt niet opgenomen."]])
    section("2. Reprise des activités de groupe / Heropstart van de groepsactiviteiten",
            [["Depuis le 9 juin, les groupes peuvent à nouveau accueillir plus de participants. Bruxelles passe à "
              "6 participants + 1 formateur ; Gand reste à 4 + 1 jusqu'en septembre. Liège reprend les sorties "
              "socio-culturelles en juillet.",
              "Sinds 9 juni kunnen de groepen opnieuw meer deelnemers ontvangen. Brussel gaat naar 6 deelnemers "
              "+ 1 begeleider; Gent blijft op 4 + 1 tot september. Luik hervat de socio-culturele uitstappen in "
              "juli."],
             [[R("Action" + NBSP + ": ", "b"),
               "chaque CPAS met à jour sa règle de groupe dans le tableau partagé avant le 1er juillet."],
              [R("Actie: ", "b"), "elk OCMW past zijn groepsregel aan in de gedeelde tabel vóór 1 juli."]]])
    section("3. Enquête de satisfaction" + NBSP + ": version simplifiée / Tevredenheidsenquête: vereenvoudigde versie",
            [["Karim présente la version simplifiée" + NBSP + ": 8 questions au lieu de 20, avec des smileys. Elle "
              "a été testée auprès de 12 participants à Bruxelles. Les termes abstraits (« autonomie », "
              "« intégration ») sont remplacés par des exemples concrets.",
              "Karim stelt de vereenvoudigde versie voor: 8 vragen in plaats van 20, met smileys. Ze werd getest "
              "bij 12 deelnemers in Brussel. Abstracte termen (\u201eautonomie\u201d, \u201eintegratie\u201d) zijn "
              "vervangen door concrete voorbeelden."],
             [[R("Action" + NBSP + ": ", "b"), "Karim envoie la version finale en FR et NL à tous les CPAS."],
              [R("Actie: ", "b"), "Karim stuurt de definitieve versie in het FR en NL naar alle OCMW's."]],
             [[R("Action" + NBSP + ": ", "b"), "Mieke et Hilde proposent une traduction en arabe, en dari et en "
                                               "tigrinya."],
              [R("Actie: ", "b"), "Mieke en Hilde stellen een vertaling in het Arabisch, Dari en Tigrinya voor."]]])
    section("4. Nouveau programme FAMI 2021-2027 / Nieuw AMIF-programma 2021-2027",
            [["Sarah présente les indicateurs communs du règlement (UE) 2021/1147" + NBSP + ": participants aux "
              "cours de langue, à l'orientation civique et à l'accompagnement professionnel personnalisé ; "
              "participants qui déclarent que l'activité les a aidés à s'intégrer. Le SPP enverra une note "
              "explicative en septembre.",
              "[vertaling nog aan te vullen]"]])
    section("5. Divers / Varia",
            [["Ozlem signale que Charleroi cherche un nouveau lieu pour les ateliers (travaux). Pas d'autre point.",
              "Ozlem meldt dat Charleroi een nieuwe locatie zoekt voor de ateliers (werken). Geen andere punten."]])
    P(d, "")
    P(d, R("Prochaine réunion / Volgende vergadering" + NBSP + ": 19.10.2021 – Liège / Luik (en présentiel si "
           "possible / fysiek indien mogelijk)", "b"))
    d.save(os.path.join(HERE, fn))

    return expected(
        fn, ["fr", "nl"], True, True, "2021-06-22",
        [["Amélie Vandenbroucke", "Present", "BRUXELLES"],
         ["Karim Benali", "Present", "BRUXELLES"],
         ["Mieke Van Damme", "Present", "GENT"],
         ["Rachid Ouali", "Present", "GENT"],
         ["Nadia Bertrand", "Present", "LIEGE"],
         ["Ozlem Kaya", "Present", "CHARLEROI"],
         ["Hilde Verbruggen", "Present", "ANTWERPEN"],
         ["Wim De Bruyn", "Present", "MORTSEL"],
         ["Sarah Lenaerts", "Present", "SPP"],
         ["Marie Lenoir", "Present", None],
         ["Joris Van Acker", "Present", None],
         ["Jean-Marc Dufour", "Excused", "BINCHE"],
         ["Els Goossens", "Excused", "SCHOTEN"]],
        [["14:00", None, "Accueil et règles Webex"],
         ["14:15", None, "Reprise des activités de groupe"],
         ["14:45", None, "Enquête de satisfaction\u00a0: version simplifiée"],
         ["15:30", None, "Nouveau programme FAMI 2021-2027"],
         ["15:50", None, "Divers"]],
        [["1", "Accueil et règles Webex / Verwelkoming en Webex-afspraken"],
         ["2", "Reprise des activités de groupe / Heropstart van de groepsactiviteiten"],
         ["3", "Enquête de satisfaction\u00a0: version simplifiée / Tevredenheidsenquête: vereenvoudigde versie"],
         ["4", "Nouveau programme FAMI 2021-2027 / Nieuw AMIF-programma 2021-2027"],
         ["5", "Divers / Varia"]],
        [["CPAS", [], None, "chaque CPAS met à jour sa règle de groupe"],
         ["Network Contact", ["Karim Benali"], None, "Karim envoie la version finale"],
         ["Several Network Contacts", ["Mieke Van Damme", "Hilde Verbruggen"], None,
          "Mieke et Hilde proposent une traduction"],
         ["SPP", [], None, "Le SPP enverra une note explicative"]],
        {"date": "2021-10-19",
         "text": "Prochaine réunion / Volgende vergadering\u00a0: 19.10.2021 – Liège / Luik (en présentiel si possible "
                 "/ fysiek indien mogelijk)"},
        ["[vertaling nog aan te vullen]"])


# ---------------------------------------------------------------- 173: CPAS de Binche, Murielle Descamps
def r173():
    fn = "173_pv_binche_gt_enquete_sept2022.docx"
    d = new_doc("Calibri", 11)
    header_footer(d, None, "PV rédigé par M. Descamps – relu par J-M. Dufour", falign="l")
    P(d, R("PV réunion réseau FAMI", "bu", size=14))
    P(d, R("Groupe de travail « enquête de satisfaction et règles de groupe »", "i"))
    P(d, R("Date:", "b"), "jeudi 15/09/2022 – 13h30", after=0)
    P(d, R("Lieu:", "b"), "CPAS de Binche, salle du Conseil", after=0)
    P(d, R("Présents:", "b"), "Murielle Descamps (Binche), Jean-Marc Dufour (Binche), Ozlem Kaya et Fabienne "
                              "Lemaire (Charleroi), Nadia Bertrand (Liège), Amélie Vandenbroucke (Bruxelles), "
                              "Sarah Lenaerts (SPP IS).", after=0)
    P(d, R("Excusés:", "b"), "Mieke Van Damme (Gand), Hilde Verbruggen (Anvers)  .", after=0)
    P(d, R("Ordre du jour:", "b"), "1) accueil 2) enquête de satisfaction : retour des tests 3) règles de groupe "
                                   "et taille des groupes 4) divers")
    P(d, R("1. Accueil", "b"), before=10)
    P(d, "Murielle accueille le groupe à Binche. Tour de table rapide ; Sarah rappelle que ce groupe de travail "
         "prépare la réunion plénière de décembre.")
    P(d, R("2 . Enquête de satisfaction : retour des tests", "b"), before=6)
    P(d, "La version simplifiée (8 questions, smileys) a été testée à Bruxelles, Charleroi et Binche. "
         "Résultats : 57 questionnaires à Charleroi, 14 à Binche, 31 à Bruxelles (chiffres de Liège à compléter). "
         "Les participants comprennent mieux ; la question sur « l'autonomie » pose encore problème.")
    P(d, "Murielle envoie la version corrigée de l'enquête à tous les CPAS pour le 30 septembre.")
    P(d, "M. Dufour prévoit une séance test avec l'interprète social du CPAS pour les participants qui ne lisent "
         "pas.")
    P(d, R("3- Règles de groupe", "b"), before=6)
    P(d, "Depuis la fin des mesures, chaque CPAS fixe ses propres règles. Charleroi : 10 participants + 1 "
         "formateur pour les ateliers, 6 + 1 pour l'informatique (nombre de PC). Binche : max. 8. Liège : 12. "
         "Bruxelles garde 6 + 1 pour les ateliers de langue.")
    P(d, "Proposition de Nadia : garder une taille maximale commune dans la fiche projet. Pas de consensus.")
    P(d, "Faire un tableau comparatif des tailles de groupe pour la plénière (à définir).")
    P(d, R("4.Divers", "b"), before=6)
    P(d, "Le SPP : rappel du délai pour les indicateurs 2022 (fin janvier). Sarah enverra le fichier Excel en "
         "décembre.")
    P(d, "Charleroi vérifie la disponibilité de la salle pour la plénière.")
    P(d, R("Prochaine réunion (plénière):", "b"), "le jeudi 8 décembre, lieu à confirmer")
    d.save(os.path.join(HERE, fn))

    return expected(
        fn, ["fr"], False, False, "2022-09-15",
        [["Murielle Descamps", "Present", "BINCHE"],
         ["Jean-Marc Dufour", "Present", "BINCHE"],
         ["Ozlem Kaya", "Present", "CHARLEROI"],
         ["Fabienne Lemaire", "Present", "CHARLEROI"],
         ["Nadia Bertrand", "Present", "LIEGE"],
         ["Amélie Vandenbroucke", "Present", "BRUXELLES"],
         ["Sarah Lenaerts", "Present", "SPP"],
         ["Mieke Van Damme", "Excused", "GENT"],
         ["Hilde Verbruggen", "Excused", "ANTWERPEN"]],
        [[None, None, "accueil"],
         [None, None, "enquête de satisfaction : retour des tests"],
         [None, None, "règles de groupe et taille des groupes"],
         [None, None, "divers"]],
        [["1", "Accueil"],
         ["2", "Enquête de satisfaction : retour des tests"],
         ["3", "Règles de groupe"],
         ["4", "Divers"]],
        [["Network Contact", ["Murielle Descamps"], None, "Murielle envoie la version corrigée"],
         ["Network Contact", ["Jean-Marc Dufour"], None, "M. Dufour prévoit une séance test"],
         ["To Be Assigned", [], None, "Faire un tableau comparatif des"],
         ["Network Contact", ["Sarah Lenaerts"], None, "Sarah enverra le fichier Excel"],
         ["CPAS", [], "CHARLEROI", "Charleroi vérifie la disponibilité de"]],
        {"date": None, "text": "Prochaine réunion (plénière):le jeudi 8 décembre, lieu à confirmer"},
        ["(chiffres de Liège à compléter)"])


# ---------------------------------------------------------------- 174: OCMW Schoten, Els Goossens
def r174():
    fn = "174_verslag_schoten_zoom_mei2023.docx"
    d = new_doc("Calibri Light", 11)
    header_footer(d, "OCMW Schoten – Sociaal Huis – partner AMIF-project OCMW Antwerpen", None, halign="l")
    P(d, R("Netwerkoverleg AMIF – verslag", "b", size=18, color="1F3864"), after=2)
    P(d, R("Nederlandstalig overleg Antwerpen en partners, met Gent en de POD", "i", color="1F3864"), after=6)
    t = table(d, [["Datum", "dinsdag 9 mei 2023, 13u30-15u30"],
                  ["Waar", "online (Zoom-link van OCMW Schoten)"],
                  ["Verslag", "Els Goossens"]],
              widths=[3.0, 13.0], header_bold=False)
    for row in t.rows:
        shade(row.cells[0], "D9E2F3")
        for r in row.cells[0].paragraphs[0].runs:
            r.bold = True
    P(d, "")
    P(d, "Aanwezig waren Els Goossens en Pieter Wuyts (OCMW Schoten), Hilde Verbruggen en Ilse Janssens (OCMW "
         "Antwerpen), Wim De Bruyn (OCMW Mortsel), Hanne Claeys (OCMW Gent) en Sarah Lenaerts van de POD MI. "
         "Sarah Martens (OCMW Edegem) en Karim Benali (OCMW Brussel) waren verontschuldigd.")
    P(d, R("Agenda", "b", color="1F3864"), after=0)
    for x in ["Welkom", "GDPR: wat bewaren we en hoe lang?", "AMIF-indicatoren 2021-2027",
              "Recrutering via de maatschappelijk werkers", "Rondvraag"]:
        P(d, x, style="List Bullet", after=0)

    H(d, "Welkom", 2, color="1F3864")
    P(d, "Els verwelkomt iedereen. Pieter is nieuw in het team van Schoten (intake en coaching).")
    H(d, "GDPR: wat bewaren we en hoe lang?", 2, color="1F3864")
    P(d, "Sarah licht toe: documenten van een AMIF-project moeten vijf jaar bewaard worden vanaf 31 december van "
         "het jaar van de laatste betaling. Persoonsgegevens van deelnemers niet langer dan nodig. Een deelnemer "
         "mag altijd vragen welke gegevens we over hem of haar bijhouden.")
    P(d, "Elk OCMW blijft eigenaar van de gegevens van zijn deelnemers: de POD krijgt alleen geaggregeerde "
         "cijfers. Gent en Antwerpen werken met een apart dossier per deelnemer; Schoten nog op papier.")
    H(d, "AMIF-indicatoren", 2, color="1F3864")
    P(d, "Nieuw: per deelnemer registreren of hij/zij een taalcursus, een maatschappelijke oriëntatie of "
         "persoonlijke begeleiding volgde, en of het taalniveau met minstens één ERK-niveau steeg. Hilde vindt "
         "dat laatste moeilijk te meten voor laaggeletterden.")
    H(d, "Recrutering", 2, color="1F3864")
    P(d, "Mortsel krijgt weinig doorverwijzingen. Wim stelt voor om de maatschappelijk werkers een korte "
         "infofiche te geven. Antwerpen heeft er een; Ilse stuurt die door naar Wim en Els.")
    P(d, R("Stand van zaken Edegem: nog aan te vullen door Sarah M.", "i"))
    H(d, "Rondvraag", 2, color="1F3864")
    P(d, "Hanne vraagt of er interesse is voor een gezamenlijke vorming over traumasensitief werken. Veel "
         "interesse.")
    H(d, "Actiepunten", 2, color="1F3864")
    table(d, [["Actie", "Wie", "Deadline"],
              ["Bewaartermijnen per documenttype oplijsten", "POD MI", "30/06"],
              ["Nagaan welke persoonsgegevens in de intakefiche echt nodig zijn", "Elk OCMW", "volgend overleg"],
              ["Registratie ERK-niveau: voorstel van werkwijze", "Hilde + Pieter", "september"],
              ["Vorming traumasensitief werken organiseren", "nog te bepalen", "–"],
              ["Papieren dossiers Schoten digitaliseren", "OCMW Schoten", "eind 2023"]],
          widths=[10.0, 3.5, 3.0], header_fill="D9E2F3")
    P(d, "")
    P(d, R("Volgende vergadering: 26/09/2023 om 13u30 (Zoom)", "b"))
    d.save(os.path.join(HERE, fn))

    return expected(
        fn, ["nl"], True, False, "2023-05-09",
        [["Els Goossens", "Present", "SCHOTEN"],
         ["Pieter Wuyts", "Present", "SCHOTEN"],
         ["Hilde Verbruggen", "Present", "ANTWERPEN"],
         ["Ilse Janssens", "Present", "ANTWERPEN"],
         ["Wim De Bruyn", "Present", "MORTSEL"],
         ["Hanne Claeys", "Present", "GENT"],
         ["Sarah Lenaerts", "Present", "SPP"],
         ["Sarah Martens", "Excused", "EDEGEM"],
         ["Karim Benali", "Excused", "BRUXELLES"]],
        [[None, None, "Welkom"],
         [None, None, "GDPR: wat bewaren we en hoe lang?"],
         [None, None, "AMIF-indicatoren 2021-2027"],
         [None, None, "Recrutering via de maatschappelijk werkers"],
         [None, None, "Rondvraag"]],
        [["", "Welkom"],
         ["", "GDPR: wat bewaren we en hoe lang?"],
         ["", "AMIF-indicatoren"],
         ["", "Recrutering"],
         ["", "Rondvraag"],
         ["", "Actiepunten"]],
        [["Network Contact", ["Ilse Janssens"], None, "Ilse stuurt die door naar"],
         ["SPP", [], None, "Bewaartermijnen per documenttype oplijsten"],
         ["CPAS", [], None, "Nagaan welke persoonsgegevens in de intakefiche"],
         ["Several Network Contacts", ["Hilde Verbruggen", "Pieter Wuyts"], None,
          "Registratie ERK-niveau: voorstel van werkwijze"],
         ["To Be Assigned", [], None, "Vorming traumasensitief werken organiseren"],
         ["CPAS", [], "SCHOTEN", "Papieren dossiers Schoten digitaliseren"]],
        {"date": "2023-09-26", "text": "Volgende vergadering: 26/09/2023 om 13u30 (Zoom)"},
        ["Stand van zaken Edegem: nog aan te vullen door Sarah M."])


# ---------------------------------------------------------------- 175: OCMW Edegem, Sarah Martens
def r175():
    fn = "175_verslag_netwerkdag_edegem_okt2024.docx"
    d = new_doc("Segoe UI", 10)
    header_footer(d, "OCMW Edegem | AMIF-partner van OCMW Antwerpen", "Verslag netwerkdag 15.10.2024 – pagina 1/2",
                  halign="r", falign="r")
    P(d, R("VERSLAG NETWERKDAG AMIF – OCMW EDEGEM", "b", size=15, color="375623"), after=2)
    P(d, "dinsdag 15 oktober 2024 | 10u00 – 15u00 | Sociaal Huis Edegem (vergaderzaal 1)", after=8)

    P(d, R("Aanwezigen", "b", color="375623"), after=2)
    table(d, [["Naam", "Organisatie"],
              ["Sarah Martens", "OCMW Edegem"],
              ["Lotte Van Hoeck", "OCMW Edegem"],
              ["Wim De Bruyn", "OCMW Mortsel"],
              ["Pieter Wuyts", "OCMW Schoten"],
              ["Ilse Janssens", "OCMW Antwerpen"],
              ["Hanne Claeys", "OCMW Gent"],
              ["Nadia Bertrand", "CPAS Luik"],
              ["Amélie Vandenbroucke", "OCMW Brussel"],
              ["Bram Peeters", "POD MI"],
              ["Prof. An Verhelst", "KU Leuven (gast)"]],
          widths=[6.0, 6.0], header_fill="E2EFD9")
    P(d, R("Verontschuldigd:", "b", color="375623"), before=6, after=0)
    P(d, "Ozlem Kaya (CPAS Charleroi)", style="List Bullet", after=0)
    P(d, "Murielle Descamps (CPAS Binche)", style="List Bullet")

    P(d, R("Agenda", "b", color="375623"), before=6, after=0)
    for x in ["10.00-10.30: Welkom en koffie",
              "10.30-11.30: Stand van zaken per OCMW",
              "11.30-12.30: Onderzoek 'Wat werkt voor laaggeletterde nieuwkomers?' (An Verhelst, KU Leuven)",
              "12.30-13.30: Lunch",
              "13.30-14.30: Werksessie: trajecten afronden en doorverwijzen naar ISP",
              "14.30-15.00: Afspraken en afsluiting"]:
        P(d, x, after=0)

    H(d, "1 Welkom", 1, color="375623", size=13)
    P(d, "Sarah verwelkomt iedereen in het Sociaal Huis. Er is geen tolk vandaag; Nadia en Amélie volgen in het "
         "Nederlands, een Franse samenvatting staat onderaan dit verslag.")
    H(d, "2 Stand van zaken per OCMW", 1, color="375623", size=13)
    for a, b in [("Edegem: ", "11 deelnemers, 3 trajecten afgerond (2 naar een opleiding, 1 naar werk)."),
                 ("Mortsel: ", "nieuwe groep gestart in september, vooral jonge moeders."),
                 ("Schoten: ", "dossiers zijn nu digitaal."),
                 ("Gent: ", "wachtlijst voor de taalactivering."),
                 ("Luik en Brussel: ", "[aan te vullen door Nadia en Amélie]")]:
        P(d, R(a, "b"), b, after=2)
    H(d, "3 Onderzoek KU Leuven", 1, color="375623", size=13)
    P(d, "An Verhelst stelt de eerste resultaten voor van haar onderzoek bij 60 deelnemers in vijf OCMW's. Wat "
         "werkt: vaste begeleider, kleine groepen, herhaling. Wat minder werkt: abstracte vragenlijsten, lessen "
         "die op het laatste moment verschuiven.")
    P(d, "→ Bram vraagt na of de POD het eindrapport kan verspreiden in het netwerk.")
    H(d, "4 Werksessie trajecten afronden", 1, color="375623", size=13)
    P(d, "Veel trajecten duren langer dan zes maanden. Hoe sluiten we af? Voorstellen: een afsluitgesprek met de "
         "maatschappelijk werker, een warme overdracht naar ISP, een getuigschrift van deelname.")
    H(d, "5 Afspraken", 1, color="375623", size=13)
    for x in ["Sjabloon voor het afsluitgesprek uitwerken (Sarah en Wim)",
              "Getuigschrift van deelname: voorbeeld van Gent doorsturen (Hanne)",
              "Lijst van ISP-partners per OCMW bijhouden in de gedeelde map (elk OCMW)",
              "Presentatie An Verhelst delen met alle deelnemers (POD MI)",
              "Vorming traumasensitief werken: trekker zoeken (nog te bepalen)"]:
        P(d, x, style="List Bullet", after=0)
    P(d, R("Volgende netwerkdag: dinsdag 4 februari 2025 bij OCMW Mortsel.", "b"), before=8)

    H(d, "Résumé en français", 1, color="375623", size=13)
    P(d, R("Réunion du réseau FAMI chez le CPAS d'Edegem, sans interprétation. Les CPAS ont fait le point sur "
           "leurs projets (Edegem : 11 participants, 3 trajets terminés). An Verhelst (KU Leuven) a présenté les "
           "premiers résultats de sa recherche : ce qui marche, ce sont un accompagnateur fixe, des petits groupes "
           "et la répétition. L'après-midi a porté sur la fin des trajets et l'orientation vers l'ISP. Les actions "
           "sont reprises au point 5. Prochaine rencontre : le 4 février 2025 au CPAS de Mortsel.", "i"))
    d.save(os.path.join(HERE, fn))

    return expected(
        fn, ["nl", "fr"], False, False, "2024-10-15",
        [["Sarah Martens", "Present", "EDEGEM"],
         ["Lotte Van Hoeck", "Present", "EDEGEM"],
         ["Wim De Bruyn", "Present", "MORTSEL"],
         ["Pieter Wuyts", "Present", "SCHOTEN"],
         ["Ilse Janssens", "Present", "ANTWERPEN"],
         ["Hanne Claeys", "Present", "GENT"],
         ["Nadia Bertrand", "Present", "LIEGE"],
         ["Amélie Vandenbroucke", "Present", "BRUXELLES"],
         ["Bram Peeters", "Present", "SPP"],
         ["An Verhelst", "Present", None],
         ["Ozlem Kaya", "Excused", "CHARLEROI"],
         ["Murielle Descamps", "Excused", "BINCHE"]],
        [["10:00", "10:30", "Welkom en koffie"],
         ["10:30", "11:30", "Stand van zaken per OCMW"],
         ["11:30", "12:30", "Onderzoek 'Wat werkt voor laaggeletterde nieuwkomers?' (An Verhelst, KU Leuven)"],
         ["12:30", "13:30", "Lunch"],
         ["13:30", "14:30", "Werksessie: trajecten afronden en doorverwijzen naar ISP"],
         ["14:30", "15:00", "Afspraken en afsluiting"]],
        [["1", "Welkom"],
         ["2", "Stand van zaken per OCMW"],
         ["3", "Onderzoek KU Leuven"],
         ["4", "Werksessie trajecten afronden"],
         ["5", "Afspraken"],
         ["", "Résumé en français"]],
        [["Network Contact", ["Bram Peeters"], None, "Bram vraagt na of de"],
         ["Several Network Contacts", ["Sarah Martens", "Wim De Bruyn"], None,
          "Sjabloon voor het afsluitgesprek uitwerken"],
         ["Network Contact", ["Hanne Claeys"], None, "Getuigschrift van deelname: voorbeeld van"],
         ["CPAS", [], None, "Lijst van ISP-partners per OCMW"],
         ["SPP", [], None, "Presentatie An Verhelst delen met"],
         ["To Be Assigned", [], None, "Vorming traumasensitief werken: trekker zoeken"]],
        {"date": "2025-02-04", "text": "Volgende netwerkdag: dinsdag 4 februari 2025 bij OCMW Mortsel."},
        ["[aan te vullen door Nadia en Amélie]"])


# ---------------------------------------------------------------- 176: OCMW Mortsel, Wim De Bruyn
def r176():
    fn = "176_verslag_rapport_mortsel_teams_feb2026.docx"
    d = new_doc("Calibri", 10)
    header_footer(d, "OCMW Mortsel – CPAS de Mortsel  ·  AMIF / FAMI", "Naar een geïntegreerd migratiebeleid, "
                  "dankzij het AMIF – Vers une politique de migration plus intégrée, grâce au FAMI",
                  halign="l", falign="c")
    grey = "767171"

    def bi(nl, fr, **kw):
        P(d, nl, after=0, **kw)
        P(d, R(fr, "i", color=grey), **kw)

    P(d, R("Verslag netwerkoverleg AMIF – Rapport réunion de réseau FAMI", "b", size=14), after=2)
    P(d, "Dinsdag 10 februari 2026 – Mardi 10 février 2026 | Microsoft Teams | tolken / interprètes NL-FR", after=8)
    table(d, [["Organisatie / Organisation", "Aanwezig / Présent(e)s"],
              ["OCMW Mortsel", "Wim De Bruyn, Leen Smets"],
              ["OCMW Antwerpen", "Ilse Janssens"],
              ["OCMW Edegem", "Sarah Martens"],
              ["OCMW Gent", "Hanne Claeys, Youssef Amrani"],
              ["CPAS Liège", "Nadia Bertrand"],
              ["CPAS Charleroi", "Ozlem Kaya"],
              ["CPAS Bruxelles", "Amélie Vandenbroucke"],
              ["POD MI / SPP IS", "Bram Peeters"],
              ["Tolken / Interprètes", "Lies Vandamme, Olivier Masson"]],
          widths=[6.0, 10.0], header_fill="E7E6E6")
    P(d, R("Verontschuldigd / Excusés: ", "b"),
      "Pieter Wuyts (OCMW Schoten), Murielle Descamps (CPAS Binche), Karim Benali (CPAS Bruxelles).", before=6)

    P(d, R("Agenda / Ordre du jour", "b"), after=0)
    for x in ["10u00-10u10  Welkom / Bienvenue",
              "10u10-10u50  Indicatoren 2025: eerste cijfers / Indicateurs 2025 : premiers chiffres",
              "10u50-11u30  Tevredenheidsenquête in 6 talen / Enquête de satisfaction en 6 langues",
              "11u30-11u50  Toekomst van het netwerk na 2027 / Avenir du réseau après 2027",
              "11u50-12u00  Varia / Divers"]:
        P(d, x, style="List Number", after=0)

    H(d, "I. Welkom / Bienvenue", 1, size=12)
    bi("Wim opent het overleg. De tolken werken via de taalkanalen van Teams; wie spreekt, zet zijn camera aan.",
       "Wim ouvre la réunion. Les interprètes travaillent via les canaux de langue de Teams ; la personne qui parle "
       "allume sa caméra.")
    H(d, "II. Indicatoren 2025 / Indicateurs 2025", 1, size=12)
    bi("Bram toont de cijfers 2025 van de vijf projecten: 412 deelnemers, van wie 268 een taalactivering volgden "
       "en 190 een maatschappelijke oriëntatie. 71 % zegt dat het traject hielp bij de integratie.",
       "Bram présente les chiffres 2025 des cinq projets : 412 participants, dont 268 en activation linguistique "
       "et 190 en orientation civique. 71 % déclarent que le trajet les a aidés à s'intégrer.")
    P(d, R("[Cijfers Charleroi nog aan te vullen / chiffres de Charleroi à compléter]", "b", color="C00000"))
    H(d, "III. Tevredenheidsenquête in 6 talen / Enquête de satisfaction en 6 langues", 1, size=12)
    bi("Hanne meldt dat de vereenvoudigde enquête nu bestaat in het Nederlands, Frans, Arabisch, Dari, Tigrinya en "
       "Oekraïens. Luik wil er ook een Pashto-versie.",
       "Hanne signale que l'enquête simplifiée existe maintenant en néerlandais, français, arabe, dari, tigrinya et "
       "ukrainien. Liège souhaite aussi une version en pachto.")
    H(d, "IV. Toekomst van het netwerk / Avenir du réseau", 1, size=12)
    bi("Het huidige AMIF-programma loopt tot 2027. De OCMW's willen het netwerk behouden, ook zonder Europese "
       "middelen. Voorstel: twee bijeenkomsten per jaar, één fysiek en één online.",
       "Le programme FAMI actuel se termine en 2027. Les CPAS souhaitent garder le réseau, même sans fonds "
       "européens. Proposition : deux rencontres par an, une en présentiel et une en ligne.")
    H(d, "V. Varia / Divers", 1, size=12)
    bi("Ozlem vertelt dat Charleroi in april naar een nieuw gebouw verhuist.",
       "Ozlem annonce que le CPAS de Charleroi déménage en avril dans un nouveau bâtiment.")
    H(d, "VI. Actiepunten / Points d'action", 1, size=12)
    for x in ["Hanne Claeys (Gent) stuurt de zes vertaalde versies naar alle OCMW's. / Hanne Claeys (Gand) envoie "
              "les six versions traduites à tous les CPAS.",
              "POD MI / SPP IS: definitieve indicatoren 2025 bezorgen tegen 31 maart. / indicateurs 2025 "
              "définitifs pour le 31 mars.",
              "Alle OCMW's / Tous les CPAS: feedback op het voorstel over de toekomst van het netwerk. / avis sur la "
              "proposition concernant l'avenir du réseau.",
              "OCMW Charleroi / CPAS de Charleroi: cijfers 2025 aanvullen in de gedeelde tabel. / compléter les "
              "chiffres 2025 dans le tableau partagé.",
              "Nadia en Leen: Pashto-versie laten vertalen via een sociaal tolk. / Nadia et Leen : faire traduire "
              "une version pachto par un interprète social.",
              "Nog te bepalen / À définir: draaiboek voor een netwerk zonder AMIF-middelen. / scénario pour un "
              "réseau sans fonds FAMI."]:
        P(d, x, style="List Number", after=2)
    P(d, R("Volgende bijeenkomst / Prochaine rencontre: juni 2026, fysiek bij CPAS Charleroi (datum volgt / date "
           "à suivre).", "b"), before=8)
    d.save(os.path.join(HERE, fn))

    return expected(
        fn, ["nl", "fr"], True, True, "2026-02-10",
        [["Wim De Bruyn", "Present", "MORTSEL"],
         ["Leen Smets", "Present", "MORTSEL"],
         ["Ilse Janssens", "Present", "ANTWERPEN"],
         ["Sarah Martens", "Present", "EDEGEM"],
         ["Hanne Claeys", "Present", "GENT"],
         ["Youssef Amrani", "Present", "GENT"],
         ["Nadia Bertrand", "Present", "LIEGE"],
         ["Ozlem Kaya", "Present", "CHARLEROI"],
         ["Amélie Vandenbroucke", "Present", "BRUXELLES"],
         ["Bram Peeters", "Present", "SPP"],
         ["Lies Vandamme", "Present", None],
         ["Olivier Masson", "Present", None],
         ["Pieter Wuyts", "Excused", "SCHOTEN"],
         ["Murielle Descamps", "Excused", "BINCHE"],
         ["Karim Benali", "Excused", "BRUXELLES"]],
        [["10:00", "10:10", "Welkom / Bienvenue"],
         ["10:10", "10:50", "Indicatoren 2025: eerste cijfers / Indicateurs 2025 : premiers chiffres"],
         ["10:50", "11:30", "Tevredenheidsenquête in 6 talen / Enquête de satisfaction en 6 langues"],
         ["11:30", "11:50", "Toekomst van het netwerk na 2027 / Avenir du réseau après 2027"],
         ["11:50", "12:00", "Varia / Divers"]],
        [["I", "Welkom / Bienvenue"],
         ["II", "Indicatoren 2025 / Indicateurs 2025"],
         ["III", "Tevredenheidsenquête in 6 talen / Enquête de satisfaction en 6 langues"],
         ["IV", "Toekomst van het netwerk / Avenir du réseau"],
         ["V", "Varia / Divers"],
         ["VI", "Actiepunten / Points d'action"]],
        [["Network Contact", ["Hanne Claeys"], None, "Hanne Claeys (Gent) stuurt de zes vertaalde"],
         ["SPP", [], None, "definitieve indicatoren 2025 bezorgen"],
         ["CPAS", [], None, "feedback op het voorstel over"],
         ["CPAS", [], "CHARLEROI", "cijfers 2025 aanvullen in"],
         ["Several Network Contacts", ["Nadia Bertrand", "Leen Smets"], None, "Pashto-versie laten vertalen via een"],
         ["To Be Assigned", [], None, "draaiboek voor een netwerk zonder"]],
        {"date": None,
         "text": "Volgende bijeenkomst / Prochaine rencontre: juni 2026, fysiek bij CPAS Charleroi (datum volgt / "
                 "date à suivre)."},
        ["[Cijfers Charleroi nog aan te vullen / chiffres de Charleroi à compléter]"])


def main():
    for f in (r167, r168, r169, r170, r171, r172, r173, r174, r175, r176):
        e = f()
        base = e["file"][: -len(".docx")]
        with open(os.path.join(HERE, base + ".expected.json"), "w", encoding="utf-8") as fh:
            json.dump(e, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
        print("wrote", e["file"])


if __name__ == "__main__":
    main()
