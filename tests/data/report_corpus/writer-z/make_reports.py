# -*- coding: utf-8 -*-
"""Ten meeting reports of the AMIF/FAMI network of the CPAS/OCMW (numbers 267-276), written as
everyday office practice makes them, each with the list of what it says (typed by hand below)."""
import json
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_COLOR_INDEX
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Mm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

TAG_NL = "Naar een geïntegreerd migratiebeleid, dankzij het AMIF"
TAG_FR = "Vers une politique de migration plus intégrée, grâce au FAMI"
GREY = RGBColor(0x59, 0x59, 0x59)
BLUE = RGBColor(0x1F, 0x4E, 0x79)


# ----------------------------------------------------------------------------- helpers
def new_doc(font="Calibri", size=11, margins=2.5):
    d = Document()
    s = d.sections[0]
    s.orientation = WD_ORIENT.PORTRAIT
    s.page_width = Mm(210)
    s.page_height = Mm(297)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(s, side, Cm(margins))
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.append(rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rfonts.set(qn(a), font)
    return d


def fmt_run(r, bold=False, italic=False, underline=False, size=None, color=None, font=None, highlight=False):
    if highlight:
        r.font.highlight_color = WD_COLOR_INDEX.YELLOW
    if bold:
        r.bold = True
    if italic:
        r.italic = True
    if underline:
        r.underline = True
    if size:
        r.font.size = Pt(size)
    if color is not None:
        r.font.color.rgb = color
    if font:
        r.font.name = font
    return r


def para(d, text="", style=None, align=None, space_after=None, space_before=None, **kw):
    p = d.add_paragraph(style=style)
    if text:
        fmt_run(p.add_run(text), **kw)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "justify":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    if space_before is not None:
        p.paragraph_format.space_before = Pt(space_before)
    return p


def mixed(d, parts, style=None, align=None, space_after=None):
    """parts: list of (text, dict-of-format) or plain strings."""
    p = d.add_paragraph(style=style)
    for part in parts:
        if isinstance(part, str):
            p.add_run(part)
        else:
            fmt_run(p.add_run(part[0]), **part[1])
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    return p


def add_field(p, instr, **kw):
    r = p.add_run()
    fmt_run(r, **kw)
    b = OxmlElement("w:fldChar")
    b.set(qn("w:fldCharType"), "begin")
    r._r.append(b)
    r2 = p.add_run()
    fmt_run(r2, **kw)
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " %s " % instr
    r2._r.append(it)
    r3 = p.add_run()
    s = OxmlElement("w:fldChar")
    s.set(qn("w:fldCharType"), "separate")
    r3._r.append(s)
    r4 = p.add_run("1")
    fmt_run(r4, **kw)
    r5 = p.add_run()
    e = OxmlElement("w:fldChar")
    e.set(qn("w:fldCharType"), "end")
    r5._r.append(e)


def header_text(d, lines, align="right", size=8, italic=True, color=GREY):
    h = d.sections[0].header
    first = True
    for ln in lines:
        p = h.paragraphs[0] if first else h.add_paragraph()
        first = False
        fmt_run(p.add_run(ln), italic=italic, size=size, color=color)
        p.alignment = {"right": WD_ALIGN_PARAGRAPH.RIGHT, "center": WD_ALIGN_PARAGRAPH.CENTER,
                       "left": WD_ALIGN_PARAGRAPH.LEFT}[align]


def footer_page(d, prefix="", suffix_total=False, align="center", size=8):
    f = d.sections[0].footer
    p = f.paragraphs[0]
    if prefix:
        fmt_run(p.add_run(prefix), size=size, color=GREY)
    add_field(p, "PAGE", size=size, color=GREY)
    if suffix_total:
        fmt_run(p.add_run(" / "), size=size, color=GREY)
        add_field(p, "NUMPAGES", size=size, color=GREY)
    p.alignment = {"right": WD_ALIGN_PARAGRAPH.RIGHT, "center": WD_ALIGN_PARAGRAPH.CENTER,
                   "left": WD_ALIGN_PARAGRAPH.LEFT}[align]


def new_numbering(d, fmt="decimal", text="%1.", left=360, hanging=360, start=1):
    numbering = d.part.numbering_part.element
    ids = [int(a.get(qn("w:abstractNumId"))) for a in numbering.findall(qn("w:abstractNum"))]
    aid = max(ids + [0]) + 1
    absn = parse_xml(
        '<w:abstractNum %s w:abstractNumId="%d"><w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="%d"/><w:numFmt w:val="%s"/><w:lvlText w:val="%s"/>'
        '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="%d" w:hanging="%d"/></w:pPr></w:lvl></w:abstractNum>'
        % (nsdecls("w"), aid, start, fmt, text, left, hanging))
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(absn)
    else:
        numbering.append(absn)
    num = numbering.add_num(aid)
    return num.numId


def set_num(p, num_id, ilvl=0):
    ppr = p._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl")
    il.set(qn("w:val"), str(ilvl))
    ni = OxmlElement("w:numId")
    ni.set(qn("w:val"), str(num_id))
    numpr.append(il)
    numpr.append(ni)
    ppr.insert(0, numpr) if ppr.find(qn("w:pStyle")) is None else ppr.find(qn("w:pStyle")).addnext(numpr)


def table(d, rows, style="Table Grid", widths=None, header_bold=True, size=None, shade=None):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    if style:
        t.style = d.styles[style]
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            cell = t.cell(i, j)
            lines = val if isinstance(val, list) else [val]
            for k, ln in enumerate(lines):
                p = cell.paragraphs[0] if k == 0 else cell.add_paragraph()
                if ln:
                    r = p.add_run(ln)
                    if i == 0 and header_bold:
                        r.bold = True
                    if size:
                        r.font.size = Pt(size)
            if i == 0 and shade:
                tcpr = cell._tc.get_or_add_tcPr()
                sh = OxmlElement("w:shd")
                sh.set(qn("w:val"), "clear")
                sh.set(qn("w:color"), "auto")
                sh.set(qn("w:fill"), shade)
                tcpr.append(sh)
    if widths:
        t.autofit = False
        grid = t._tbl.tblGrid
        for j, gc in enumerate(grid.findall(qn("w:gridCol"))):
            gc.set(qn("w:w"), str(int(widths[j] * 567)))
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    return t


def page_break(d):
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def save(d, exp):
    d.core_properties.author = exp.pop("_author", "")
    d.core_properties.title = exp.pop("_title", "")
    path = os.path.join(HERE, exp["file"])
    d.save(path)
    with open(path[:-5] + ".expected.json", "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=2)
        f.write("\n")


def expected(file, languages, online, interpretation, date, people, agenda, headings, actions,
             next_meeting, remarks, author="", title=""):
    return {"file": file, "languages": languages, "online": online, "interpretation": interpretation,
            "date": date, "people": people, "agenda": agenda, "headings": headings, "actions": actions,
            "next_meeting": next_meeting, "remarks": remarks, "_author": author, "_title": title}


# ----------------------------------------------------------------------------- 267
def r267():
    """Tom Peeters (OCMW Antwerpen) opens the file of the June 2016 report and types over it:
    the footer still carries the June date, the tables are the old ones with new names."""
    d = new_doc("Arial", 10)
    header_text(d, [TAG_NL, TAG_FR], align="center")
    f = d.sections[0].footer.paragraphs[0]
    fmt_run(f.add_run("Verslag netwerkdag AMIF – 23 juni 2016 – p. "), size=8, color=GREY)
    add_field(f, "PAGE", size=8, color=GREY)
    f.alignment = WD_ALIGN_PARAGRAPH.RIGHT

    para(d, "Verslag netwerkdag AMIF – OCMW’s", bold=True, size=14, align="center", space_after=0)
    para(d, "Donderdag 17 november 2016", bold=True, size=12, align="center", space_after=0)
    para(d, "OCMW Antwerpen – vergaderzaal Scheldezicht, Lange Gasthuisstraat, 2000 Antwerpen",
         align="center", italic=True)

    para(d, "Aanwezig", bold=True, space_after=2)
    table(d, [
        ["Naam", "Organisatie"],
        ["Veerle Claeys", "POD Maatschappelijke Integratie"],
        ["Griet Vandenberghe", "OCMW Gent"],
        ["Kenan Yildiz", "OCMW Gent"],
        ["Marc Jadoul", "OCMW Luik"],
        ["Fatima Ouali", "OCMW Luik"],
        ["Isabelle Lambot", "OCMW Charleroi"],
        ["Els Verhoeven", "OCMW Antwerpen"],
        ["Tom Peeters", "OCMW Antwerpen (verslag)"],
        ["An Goossens", "OCMW Schoten"],
        ["Wim Van Dyck", "OCMW Edegem"],
        ["Laurence Mertens", "tolk FR-NL"],
        ["Dirk Hermans", "tolk FR-NL"],
    ], widths=[6, 9], shade="D9E2F3")
    para(d, "")
    mixed(d, [("Verontschuldigd: ", {"bold": True}),
              "Catherine Dumont (OCMW Brussel), Karim Haddou (OCMW Charleroi)"])

    para(d, "Agenda", bold=True, space_after=2)
    table(d, [
        ["Uur", "Onderwerp"],
        ["9u30 – 10u00", "Onthaal en koffie"],
        ["10u00 – 10u30", "Welkom en goedkeuring verslag 23 juni"],
        ["10u30 – 12u00", "Stand van zaken per OCMW"],
        ["12u00 – 13u00", "Broodjeslunch"],
        ["13u00 – 14u30", "Workshop: de tevredenheidsenquête"],
        ["14u30 – 15u00", "Varia en afspraken"],
    ], widths=[3.5, 11.5], shade="D9E2F3")

    d.add_paragraph("1. Welkom en verslag vorige bijeenkomst", style="Heading 1")
    para(d, "Els heet iedereen welkom in Antwerpen, ook de collega’s van Schoten en Edegem die voor het "
            "eerst op de netwerkdag zijn. Er wordt vertaald door twee tolken (simultaan, met koptelefoons). "
            "Het verslag van 23 juni in Luik wordt zonder opmerkingen goedgekeurd.", align="justify")

    d.add_paragraph("2. Stand van zaken per OCMW", style="Heading 1")
    d.add_paragraph("2.1 Gent", style="Heading 2")
    para(d, "Gent heeft sinds september 34 nieuwe deelnemers. Het intakegesprek gebeurt nu altijd met twee: "
            "de trajectbegeleider en de maatschappelijk werker van het sociaal huis. Kenan merkt dat "
            "deelnemers beter weten waarom ze komen.", align="justify")
    mixed(d, [("Actie: ", {"bold": True}), "Griet stuurt de intakefiche van Gent door naar alle OCMW’s."])
    d.add_paragraph("2.2 Luik", style="Heading 2")
    para(d, "Mod’ Actions draait met vier modules. Het creatieve atelier blijft het populairst; het "
            "informatica-atelier heeft een wachtlijst. Drie contracten per deelnemer (maatschappelijk "
            "werker, intake, moduleverantwoordelijke).", align="justify")
    d.add_paragraph("2.3 Charleroi", style="Heading 2")
    para(d, "Isabelle stelt de cijfers van module 2 voor: 199 personen weerhouden door de maatschappelijk "
            "werkers, 60 kwamen naar de infosessie (30 %). Het aantal wordt besproken: het is moeilijk om "
            "mensen te bereiken die al lang leefloon krijgen.", align="justify")
    d.add_paragraph("2.4 Antwerpen (met Schoten en Edegem)", style="Heading 2")
    mixed(d, ["Antwerpen start in januari een tweede groep. Schoten en Edegem verwijzen door via hun eigen "
              "maatschappelijk werkers; de groepen lopen in Antwerpen. Aantal doorverwijzingen: ",
              ("[cijfers Schoten en Edegem nog aan te vullen – TP]", {"color": RGBColor(0xC0, 0, 0)})])
    d.add_paragraph("2.5 Brussel", style="Heading 2")
    para(d, "[Stand van zaken Brussel nog aan te vullen]", color=RGBColor(0xC0, 0, 0))
    para(d, "Catherine was verontschuldigd. Catherine bezorgt haar stand van zaken per mail aan Tom.")

    d.add_paragraph("3. Workshop tevredenheidsenquête", style="Heading 1")
    para(d, "In kleine groepen werd de huidige enquête overlopen. Vaststellingen:", space_after=2)
    for t in ("de vragen zijn te abstract voor deelnemers met een laag taalniveau;",
              "de schaal van 1 tot 10 wordt niet begrepen, smileys werken beter;",
              "de enquête bestaat enkel in het Nederlands en het Frans."):
        d.add_paragraph(t, style="List Bullet")
    mixed(d, [("Actie POD MI: ", {"bold": True}),
              "een vereenvoudigde versie van de enquête opmaken tegen februari."])
    mixed(d, [("Actie elk OCMW: ", {"bold": True}),
              "de enquête laten vertalen in de meest gesproken talen van de deelnemers."])

    d.add_paragraph("4. Varia", style="Heading 1")
    para(d, "Veerle geeft een korte stand van zaken over de jaarlijkse rapportering voor de Europese "
            "Commissie: alles verloopt volgens planning. Geen verdere punten.")

    d.add_paragraph("5. Afspraken", style="Heading 1")
    para(d, "Tom en Els bezorgen het verslag aan alle deelnemers.")
    para(d, "Uitnodiging volgende bijeenkomst versturen – wie: nog te bepalen.")
    mixed(d, [("Volgende bijeenkomst: donderdag 16 maart 2017 in Charleroi.", {"bold": True})])

    exp = expected(
        "267_verslag_netwerkdag_antwerpen_nov2016.docx", ["nl"], False, True, "2016-11-17",
        [["Veerle Claeys", "Present", "SPP"],
         ["Griet Vandenberghe", "Present", "GENT"],
         ["Kenan Yildiz", "Present", "GENT"],
         ["Marc Jadoul", "Present", "LIEGE"],
         ["Fatima Ouali", "Present", "LIEGE"],
         ["Isabelle Lambot", "Present", "CHARLEROI"],
         ["Els Verhoeven", "Present", "ANTWERPEN"],
         ["Tom Peeters", "Present", "ANTWERPEN"],
         ["An Goossens", "Present", "SCHOTEN"],
         ["Wim Van Dyck", "Present", "EDEGEM"],
         ["Laurence Mertens", "Present", None],
         ["Dirk Hermans", "Present", None],
         ["Catherine Dumont", "Excused", "BRUXELLES"],
         ["Karim Haddou", "Excused", "CHARLEROI"]],
        [["09:30", "10:00", "Onthaal en koffie"],
         ["10:00", "10:30", "Welkom en goedkeuring verslag 23 juni"],
         ["10:30", "12:00", "Stand van zaken per OCMW"],
         ["12:00", "13:00", "Broodjeslunch"],
         ["13:00", "14:30", "Workshop: de tevredenheidsenquête"],
         ["14:30", "15:00", "Varia en afspraken"]],
        [["1", "Welkom en verslag vorige bijeenkomst"],
         ["2", "Stand van zaken per OCMW"],
         ["2.1", "Gent"],
         ["2.2", "Luik"],
         ["2.3", "Charleroi"],
         ["2.4", "Antwerpen (met Schoten en Edegem)"],
         ["2.5", "Brussel"],
         ["3", "Workshop tevredenheidsenquête"],
         ["4", "Varia"],
         ["5", "Afspraken"]],
        [["Network Contact", ["Griet Vandenberghe"], None, "Griet stuurt de intakefiche van Gent"],
         ["Network Contact", ["Catherine Dumont"], None, "Catherine bezorgt haar stand van zaken"],
         ["SPP", [], None, "een vereenvoudigde versie van de enquête opmaken"],
         ["CPAS", [], None, "de enquête laten vertalen in de"],
         ["Several Network Contacts", ["Tom Peeters", "Els Verhoeven"], None,
          "Tom en Els bezorgen het verslag"],
         ["To Be Assigned", [], None, "Uitnodiging volgende bijeenkomst versturen"]],
        {"date": "2017-03-16", "text": "Volgende bijeenkomst: donderdag 16 maart 2017 in Charleroi."},
        ["[cijfers Schoten en Edegem nog aan te vullen – TP]",
         "[Stand van zaken Brussel nog aan te vullen]"],
        author="Tom Peeters", title="Verslag netwerkdag AMIF 23 juni 2016")
    save(d, exp)


# ----------------------------------------------------------------------------- 268
def r268():
    """Aurore Deprez (CPAS de Charleroi) types up her handwritten notes a week after the meeting:
    Normal style only, bold-underlined titles, dashes typed by hand, a draft line at the end."""
    d = new_doc("Times New Roman", 11, margins=2.2)
    para(d, "Rencontre des CPAS FAMI – Charleroi, le jeudi 16 mars 2017", bold=True, size=13, space_after=0)
    para(d, "(notes prises par Aurore, mises au propre le 23/03 – désolée pour le retard)", italic=True,
         color=GREY)
    para(d, "Lieu : Service Action Migrants, CPAS de Charleroi, 1er étage (salle de formation)")
    mixed(d, [("Présents : ", {"bold": True}),
              "Veerle Claeys (SPP IS), Griet Vandenberghe et Lotte De Smet (CPAS de Gand), Marc Jadoul "
              "(CPAS de Liège), Els Verhoeven et Tom Peeters (CPAS d’Anvers), Catherine Dumont (CPAS de "
              "Bruxelles), Valérie Hanotiau (CPAS de Binche), Isabelle Lambot, Karim Haddou et Aurore "
              "Deprez (CPAS de Charleroi)."], align="justify")
    mixed(d, [("Excusés : ", {"bold": True}), "Kenan Yildiz (Gand) et Fatima Ouali (Liège)."])
    para(d, "Réunion en français, sans interprétation (pas de budget cette fois-ci).", italic=True)

    para(d, "Au programme :", bold=True, space_after=0)
    for t in ("- Visite du Service Action Migrants",
              "- Présentation d’Activ’Up (modules 1 et 2)",
              "- Le recrutement : du listing aux séances d’info",
              "- Binche : premiers mois du partenariat",
              "- Divers"):
        para(d, t, space_after=0)
    para(d, "")

    para(d, "Visite et accueil", bold=True, underline=True)
    para(d, "Isabelle a accueilli tout le monde vers 9h45 (les collègues d’Anvers avaient un peu de retard à "
            "cause des travaux sur le ring). Petite visite des locaux : salle informatique, salle de "
            "formation, local de coaching individuel. Les collègues flamands ont été surpris par la taille "
            "du service (Point-Info, cours de FLE, projets Roms…).", align="justify")

    para(d, "Activ’Up : présentation", bold=True, underline=True)
    para(d, "Karim a présenté le fonctionnement par modules (sept. → juin) et les trois axes : coaching "
            "individuel (1x toutes les 2 semaines), activités collectives (ateliers découvertes, séances "
            "d’information « se débrouiller en Belgique », sorties), suivi social sur RDV. Questions de "
            "Griet sur le coaching collectif : 3 groupes, une demi-journée tous les 15 jours.",
         align="justify")
    mixed(d, ["Taux de présence moyen module 2 : ",
              ("[à compléter, je n’ai pas noté le chiffre]", {"italic": True})])

    para(d, "Recrutement", bold=True, underline=True)
    para(d, "C’est le point qui a suscité le plus de discussions. Plus de 1000 personnes répertoriées avec "
            "l’observatoire local, 315 retenues par les AS pour le module 1 et 199 pour le module 2. Aux "
            "séances d’info : 110 sur 315 (35 %) et 60 sur 199 (30 %). Tom trouve le taux bon par rapport à "
            "Anvers. Griet propose qu’on compare nos méthodes de recrutement à la prochaine rencontre.",
         align="justify")
    para(d, "Isabelle a déjà envoyé la présentation PowerPoint à tout le monde le jour même.")

    para(d, "Binche", bold=True, underline=True)
    para(d, "Valérie explique que Binche envoie ses participants aux ateliers de Charleroi deux jours par "
            "semaine. Le transport reste un frein (bus, horaires). Le premier groupe compte surtout des "
            "femmes. Elle n’avait pas le nombre exact d’inscrits.", align="justify")

    para(d, "Divers", bold=True, underline=True)
    para(d, "Veerle fait le point sur le rapport annuel FAMI : pas de problème particulier. Marc demande si les frais d’interprétation "
            "peuvent être remboursés : pas de réponse pour le moment.", align="justify")

    para(d, "À faire", bold=True, underline=True)
    for t in ("- Karim envoie le modèle de listing (anonymisé) à tous les CPAS.",
              "- Le SPP vérifie si les frais d’interprétation peuvent être pris en charge pour la prochaine "
              "rencontre.",
              "- Valérie : transmettre le nombre d’inscrits de Binche à Isabelle.",
              "- Chaque CPAS : réfléchir à deux questions pour l’enquête de satisfaction."):
        para(d, t, space_after=0)
    para(d, "")
    para(d, "Prochaine rencontre : en juin à Gand, date encore à fixer.", bold=True)
    para(d, "")
    para(d, "Brouillon – compléments de Tom et Griet encore à ajouter avant diffusion.",
         color=RGBColor(0xC0, 0, 0), bold=True)

    exp = expected(
        "268_notes_rencontre_charleroi_mars2017.docx", ["fr"], False, False, "2017-03-16",
        [["Veerle Claeys", "Present", "SPP"],
         ["Griet Vandenberghe", "Present", "GENT"],
         ["Lotte De Smet", "Present", "GENT"],
         ["Marc Jadoul", "Present", "LIEGE"],
         ["Els Verhoeven", "Present", "ANTWERPEN"],
         ["Tom Peeters", "Present", "ANTWERPEN"],
         ["Catherine Dumont", "Present", "BRUXELLES"],
         ["Valérie Hanotiau", "Present", "BINCHE"],
         ["Isabelle Lambot", "Present", "CHARLEROI"],
         ["Karim Haddou", "Present", "CHARLEROI"],
         ["Aurore Deprez", "Present", "CHARLEROI"],
         ["Kenan Yildiz", "Excused", "GENT"],
         ["Fatima Ouali", "Excused", "LIEGE"]],
        [[None, None, "Visite du Service Action Migrants"],
         [None, None, "Présentation d’Activ’Up (modules 1 et 2)"],
         [None, None, "Le recrutement : du listing aux séances d’info"],
         [None, None, "Binche : premiers mois du partenariat"],
         [None, None, "Divers"]],
        [["", "Visite et accueil"],
         ["", "Activ’Up : présentation"],
         ["", "Recrutement"],
         ["", "Binche"],
         ["", "Divers"],
         ["", "À faire"]],
        [["Network Contact", ["Karim Haddou"], None, "Karim envoie le modèle de listing"],
         ["SPP", [], None, "Le SPP vérifie si les frais"],
         ["Network Contact", ["Valérie Hanotiau"], None, "transmettre le nombre d’inscrits de Binche"],
         ["CPAS", [], None, "réfléchir à deux questions pour l’enquête"]],
        {"date": None, "text": "Prochaine rencontre : en juin à Gand, date encore à fixer."},
        ["[à compléter, je n’ai pas noté le chiffre]",
         "Brouillon – compléments de Tom et Griet encore à ajouter avant diffusion."],
        author="Aurore Deprez", title="notes rencontre FAMI")
    save(d, exp)


# ----------------------------------------------------------------------------- 269
def r269():
    """Griet Vandenberghe (OCMW Gent) sent a short bilingual summary by e-mail; the SPP archive copy
    is that e-mail pasted into Word, Outlook header lines and signature included."""
    d = new_doc("Calibri", 11)
    for lab, val in (("Van:", "Griet Vandenberghe <griet.vandenberghe@ocmw.gent>"),
                     ("Verzonden:", "maandag 25 juni 2018 16:42"),
                     ("Aan:", "Netwerk AMIF-FAMI"),
                     ("CC:", "Veerle Claeys"),
                     ("Onderwerp:", "kort verslag netwerkdag 21/06 - bref compte rendu rencontre du 21/06")):
        mixed(d, [(lab, {"bold": True}), "\t" + val], space_after=0)
    para(d, "")
    para(d, "Beste collega's, chers collègues,")
    para(d, "Hierbij een kort verslag van onze netwerkdag van donderdag 21 juni in Gent. Vous trouverez la "
            "version française plus bas.")
    para(d, "Aanwezig: Veerle Claeys (POD MI); Griet Vandenberghe, Lotte De Smet, Kenan Yildiz (Gent); "
            "Julie Renard (Luik); Isabelle Lambot (Charleroi); Tom Peeters, Youssef El Amrani (Antwerpen); "
            "Sarah Jacobs (Mortsel); Catherine Dumont (Brussel); tolken: Laurence Mertens, Dirk Hermans")
    para(d, "Verontschuldigd: Marc Jadoul (Luik), Els Verhoeven (Antwerpen)")
    para(d, "In de voormiddag hebben we de werking van ons project in de Brugse Poort bezocht. Kenan heeft "
            "uitgelegd hoe het intakegesprek verloopt: eerst een gesprek over het traject en de doelen, "
            "dan de oriëntatiebalans, en pas daarna het voorstel van modules. Iedereen vond het nuttig "
            "dat de maatschappelijk werker van het sociaal huis mee aan tafel zit.")
    para(d, "In de namiddag een ronde per OCMW. Kort:")
    for t in ("- Luik: nieuwe animatrice voor het informatica-atelier, wachtlijst blijft;",
              "- Charleroi: module 3 loopt, nieuwe infosessies in september;",
              "- Antwerpen en Mortsel: Mortsel stuurt sinds april deelnemers naar de Antwerpse groepen;",
              "- Brussel: verhuis van het project naar een nieuw gebouw in de zomer;",
              "- Gent: 41 deelnemers dit schooljaar, de helft vrouwen."):
        para(d, t, space_after=0)
    para(d, "")
    para(d, "We hebben het volgende afgesproken:")
    for t in ("- Kenan stuurt de powerpoint van het intakegesprek naar iedereen.",
              "- Elk OCMW bezorgt tegen 15 september zijn deelnemerscijfers (eerste semester) aan Veerle.",
              "- Tom en Youssef werken een voorstel uit voor een gezamenlijke vorming rond tolken in de "
              "sociale dienst.",
              "- Brussel bekijkt of de volgende netwerkdag daar kan plaatsvinden."):
        para(d, t, space_after=0)
    para(d, "")
    para(d, "Volgende netwerkdag: eind oktober, in Brussel als dat lukt.")
    para(d, "Met dank aan de tolken en aan iedereen voor de fijne dag!")
    para(d, "-----")
    para(d, "Présents : voir ci-dessus.")
    para(d, "Le matin, nous avons visité le projet à la Brugse Poort. Kenan a expliqué le déroulement de "
            "l'entretien d'admission : d'abord le parcours et les objectifs, ensuite le bilan d'orientation, "
            "et seulement alors la proposition de modules. L'après-midi, tour de table des CPAS (voir la "
            "version néerlandaise pour le détail).")
    para(d, "Nous avons convenu de ce qui suit :")
    for t in ("- Kenan envoie le powerpoint de l'entretien d'admission à tous.",
              "- Chaque CPAS transmet ses chiffres (premier semestre) à Veerle pour le 15 septembre.",
              "- Tom et Youssef préparent une proposition de formation commune sur l'interprétariat social.",
              "- Bruxelles examine si la prochaine rencontre peut avoir lieu chez eux."):
        para(d, t, space_after=0)
    para(d, "")
    para(d, "Prochaine rencontre : fin octobre, à Bruxelles si possible.")
    para(d, "PS: de foto's van de rondleiding voeg ik later nog toe.")
    para(d, "")
    para(d, "Groetjes / Bien à vous,", space_after=0)
    para(d, "Griet", space_after=8)
    for t in ("Griet Vandenberghe", "Coördinator AMIF-project | OCMW Gent", "T 09 266 00 00"):
        para(d, t, size=9, color=BLUE, space_after=0)

    exp = expected(
        "269_mailverslag_netwerkdag_gent_juni2018.docx", ["nl", "fr"], False, True, "2018-06-21",
        [["Veerle Claeys", "Present", "SPP"],
         ["Griet Vandenberghe", "Present", "GENT"],
         ["Lotte De Smet", "Present", "GENT"],
         ["Kenan Yildiz", "Present", "GENT"],
         ["Julie Renard", "Present", "LIEGE"],
         ["Isabelle Lambot", "Present", "CHARLEROI"],
         ["Tom Peeters", "Present", "ANTWERPEN"],
         ["Youssef El Amrani", "Present", "ANTWERPEN"],
         ["Sarah Jacobs", "Present", "MORTSEL"],
         ["Catherine Dumont", "Present", "BRUXELLES"],
         ["Laurence Mertens", "Present", None],
         ["Dirk Hermans", "Present", None],
         ["Marc Jadoul", "Excused", "LIEGE"],
         ["Els Verhoeven", "Excused", "ANTWERPEN"]],
        [],
        [],
        [["Network Contact", ["Kenan Yildiz"], None, "Kenan stuurt de powerpoint van het intakegesprek"],
         ["CPAS", [], None, "Elk OCMW bezorgt tegen 15 september"],
         ["Several Network Contacts", ["Tom Peeters", "Youssef El Amrani"], None,
          "Tom en Youssef werken een voorstel uit"],
         ["CPAS", [], "BRUXELLES", "Brussel bekijkt of de volgende netwerkdag"]],
        {"date": None, "text": "Volgende netwerkdag: eind oktober, in Brussel als dat lukt."},
        ["PS: de foto's van de rondleiding voeg ik later nog toe."],
        author="Veerle Claeys", title="")
    save(d, exp)


# ----------------------------------------------------------------------------- 270
def r270():
    """Hélène Masson (CPAS de Bruxelles) stands in for the SPP secretary: one attendance table with a
    status column, agenda as a Word numbered list with tabs, letter-numbered Heading 2 sections and
    an action table at the end."""
    d = new_doc("Calibri", 11)
    header_text(d, ["CPAS de Bruxelles – Réseau FAMI", TAG_FR], align="left")
    footer_page(d, prefix="Rapport réunion réseau FAMI 12/02/2019 – page ", suffix_total=True, align="right")

    para(d, "Projet de rapport – les remarques d’Anne-Sophie doivent encore être intégrées.",
         italic=True, color=RGBColor(0xC0, 0, 0), size=9)
    d.add_paragraph("Réunion du réseau FAMI des CPAS", style="Title")
    para(d, "Mardi 12 février 2019 – CPAS de Bruxelles, salle du Conseil", bold=True)
    para(d, "Rapport rédigé par Hélène Masson (CPAS de Bruxelles), en remplacement d’Anne-Sophie Delvaux "
            "(SPP IS), excusée.", italic=True)

    para(d, "Participants", bold=True, size=12, space_after=2)
    table(d, [
        ["Nom", "Organisation", "Présence"],
        ["Anne-Sophie Delvaux", "SPP Intégration Sociale", "Excusée"],
        ["Veerle Claeys", "SPP Intégration Sociale", "Présente"],
        ["Griet Vandenberghe", "CPAS de Gand", "Présente"],
        ["Kenan Yildiz", "CPAS de Gand", "Excusé"],
        ["Marc Jadoul", "CPAS de Liège", "Présent"],
        ["Julie Renard", "CPAS de Liège", "Présente"],
        ["Isabelle Lambot", "CPAS de Charleroi", "Présente"],
        ["Valérie Hanotiau", "CPAS de Binche", "Présente"],
        ["Els Verhoeven", "CPAS d’Anvers", "Présente"],
        ["Youssef El Amrani", "CPAS d’Anvers", "Présent"],
        ["Catherine Dumont", "CPAS de Bruxelles", "Présente"],
        ["Hélène Masson", "CPAS de Bruxelles", "Présente (rapport)"],
        ["Julien Thiry", "Lire et Écrire Bruxelles (invité)", "Présent"],
    ], style="Light Grid Accent 1", widths=[5, 7, 3.5], size=10)
    para(d, "Interprétation simultanée FR/NL : Laurence Mertens et Dirk Hermans.", space_before=6)

    para(d, "Ordre du jour", bold=True, size=12, space_after=2)
    nid = new_numbering(d, text="%1.", left=720, hanging=360)
    for t in ("9h30 – 10h00\tAccueil et café",
              "10h00 – 10h45\tTour de table des projets",
              "10h45 – 11h30\tPrésentation de Lire et Écrire Bruxelles : l’alphabétisation des primo-arrivants",
              "11h30 – 12h15\tIndicateurs FAMI : rapport annuel 2018",
              "12h15 – 12h30\tDivers et prochaine réunion"):
        p = d.add_paragraph(t, style="List Paragraph")
        set_num(p, nid)
        p.paragraph_format.space_after = Pt(0)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(4.5))

    d.add_paragraph("A. Tour de table", style="Heading 2")
    for t in ("Gand : 38 participants en cours ; les entretiens d’admission se font désormais à deux.",
              "Liège : le module « Réalisation de projet » redémarre avec 9 personnes.",
              "Charleroi et Binche : le module 3 se termine en juin ; Binche a du mal à trouver un local.",
              "Anvers : nouvelle collaboration avec Mortsel et Schoten, premiers participants en mars.",
              "Bruxelles : le projet a déménagé ; les ateliers ont repris après trois semaines d’arrêt."):
        d.add_paragraph(t, style="List Bullet")

    d.add_paragraph("B. Lire et Écrire Bruxelles", style="Heading 2")
    para(d, "Julien Thiry présente le travail de Lire et Écrire avec les primo-arrivants peu ou pas "
            "scolarisés : tests de positionnement, groupes de 12 personnes maximum, cours en journée. Les "
            "CPAS constatent que beaucoup de leurs participants sont sur liste d’attente. Une visite d’une "
            "école est proposée par Julien.", align="justify")

    d.add_paragraph("C. Indicateurs FAMI – rapport annuel 2018", style="Heading 2")
    para(d, "Veerle présente le tableau à remplir : nombre de participants par type d’activité (cours de "
            "langue, orientation civique, accompagnement), avec la répartition hommes/femmes. Les chiffres "
            "de Gand, Liège, Charleroi et Anvers ont été présentés en séance.", align="justify")
    mixed(d, ["Chiffres 2018 de Bruxelles : ", ("[à compléter]", {"highlight": True})])

    d.add_paragraph("D. Divers", style="Heading 2")
    para(d, "Marc demande que l’on prévoie plus de temps pour les échanges informels lors des prochaines "
            "réunions. Accord de tous.")

    para(d, "Actions", bold=True, size=12, space_before=6, space_after=2)
    table(d, [
        ["Action", "Qui", "Échéance"],
        ["Envoyer le modèle de tableau des indicateurs aux CPAS", "SPP", "1er mars"],
        ["Compléter le tableau des indicateurs 2018", "Tous les CPAS", "22 mars"],
        ["Transmettre la brochure de Lire et Écrire aux CPAS néerlandophones", "Hélène", "fin février"],
        ["Organiser une visite de l’école de Lire et Écrire pour les animateurs", "à définir", ""],
        ["Vérifier les chiffres de Binche avant envoi", "Isabelle et Valérie", "15 mars"],
    ], style="Table Grid", widths=[10, 3.5, 2.5], size=10, shade="DEEAF6")
    para(d, "")
    para(d, "Prochaine réunion : le mardi 14 mai 2019 à Liège.", bold=True)

    exp = expected(
        "270_rapport_reunion_bruxelles_fev2019.docx", ["fr"], False, True, "2019-02-12",
        [["Veerle Claeys", "Present", "SPP"],
         ["Griet Vandenberghe", "Present", "GENT"],
         ["Marc Jadoul", "Present", "LIEGE"],
         ["Julie Renard", "Present", "LIEGE"],
         ["Isabelle Lambot", "Present", "CHARLEROI"],
         ["Valérie Hanotiau", "Present", "BINCHE"],
         ["Els Verhoeven", "Present", "ANTWERPEN"],
         ["Youssef El Amrani", "Present", "ANTWERPEN"],
         ["Catherine Dumont", "Present", "BRUXELLES"],
         ["Hélène Masson", "Present", "BRUXELLES"],
         ["Julien Thiry", "Present", None],
         ["Laurence Mertens", "Present", None],
         ["Dirk Hermans", "Present", None],
         ["Anne-Sophie Delvaux", "Excused", "SPP"],
         ["Kenan Yildiz", "Excused", "GENT"]],
        [["09:30", "10:00", "Accueil et café"],
         ["10:00", "10:45", "Tour de table des projets"],
         ["10:45", "11:30", "Présentation de Lire et Écrire Bruxelles : l’alphabétisation des primo-arrivants"],
         ["11:30", "12:15", "Indicateurs FAMI : rapport annuel 2018"],
         ["12:15", "12:30", "Divers et prochaine réunion"]],
        [["A", "Tour de table"],
         ["B", "Lire et Écrire Bruxelles"],
         ["C", "Indicateurs FAMI – rapport annuel 2018"],
         ["D", "Divers"],
         ["", "Actions"]],
        [["SPP", [], None, "Envoyer le modèle de tableau des indicateurs"],
         ["CPAS", [], None, "Compléter le tableau des indicateurs 2018"],
         ["Network Contact", ["Hélène Masson"], None, "Transmettre la brochure de Lire et Écrire"],
         ["To Be Assigned", [], None, "Organiser une visite de l’école de"],
         ["Several Network Contacts", ["Isabelle Lambot", "Valérie Hanotiau"], None,
          "Vérifier les chiffres de Binche avant envoi"]],
        {"date": "2019-05-14", "text": "Prochaine réunion : le mardi 14 mai 2019 à Liège."},
        ["Projet de rapport – les remarques d’Anne-Sophie doivent encore être intégrées.",
         "[à compléter]"],
        author="Hélène Masson", title="Rapport réunion réseau FAMI")
    save(d, exp)


# ----------------------------------------------------------------------------- 271
def r271():
    """Pieter Van Acker (POD MI), new at the network, notes a short Teams check-in during the first
    lockdown: first names only, one page, run-in bold labels, typed bullets."""
    d = new_doc("Calibri", 11)
    footer_page(d, prefix="POD MI – AMIF-netwerk – ", align="left")
    para(d, "Korte check-in AMIF-netwerk (Teams) – 12/05/2020", bold=True, size=13, color=BLUE)
    para(d, "Aanwezig: Pieter (POD MI), Griet (Gent), Julie (Luik), Karim (Charleroi), Els (Antwerpen), "
            "Catherine (Brussel)", space_after=0)
    para(d, "Verontschuldigd: Valérie (Binche)", space_after=0)
    para(d, "Geen tolk (korte check-in, iedereen spreekt in zijn eigen taal).", italic=True, color=GREY)

    para(d, "Rondje OCMW’s", bold=True, space_before=8)
    mixed(d, [("Gent – ", {"bold": True}),
              "groepen opnieuw gestart sinds 4 mei, max. 4 deelnemers + 1 begeleider. Individuele opvolging "
              "verder telefonisch. Mondmaskers voorzien door de stad."])
    mixed(d, [("Luik – ", {"bold": True}),
              "regel 3 + 1. Het creatieve atelier gaat door in de tuin van de boerderij als het weer het "
              "toelaat. Informatica ligt stil (te weinig ruimte tussen de pc’s)."])
    mixed(d, [("Charleroi – ", {"bold": True}),
              "ook 3 + 1. Karim belt elke deelnemer om de twee weken. Veel vragen rond leefloon en huur."])
    mixed(d, [("Antwerpen – ", {"bold": True}),
              "alles digitaal tot eind mei; een deel van de deelnemers heeft geen laptop. Schoten en Edegem "
              "volgen de Antwerpse aanpak."])
    mixed(d, [("Brussel – ", {"bold": True}),
              "gebouw nog dicht, heropening voorzien op 2 juni. Contact via WhatsApp-groepen."])
    para(d, "Algemeen: iedereen vraagt zich af of telefonische en online sessies meetellen in de "
            "AMIF-indicatoren.", italic=True)

    para(d, "Afspraken", bold=True, space_before=8)
    for t in ("•\tPieter vraagt na of online sessies meetellen voor de indicatoren.",
              "•\tKarim en Julie delen hun draaiboek voor sessies van 3 + 1.",
              "•\tIedereen: aantal deelnemers dat telefonisch opgevolgd wordt doorgeven via mail."):
        p = para(d, t, space_after=0)
        p.paragraph_format.left_indent = Cm(0.6)
        p.paragraph_format.first_line_indent = Cm(-0.6)
    para(d, "")
    para(d, "Volgende check-in: dinsdag 9 juni, 10u, zelfde Teams-link.", bold=True)

    exp = expected(
        "271_checkin_teams_mei2020.docx", ["nl"], True, False, "2020-05-12",
        [["Pieter", "Present", "SPP"],
         ["Griet", "Present", "GENT"],
         ["Julie", "Present", "LIEGE"],
         ["Karim", "Present", "CHARLEROI"],
         ["Els", "Present", "ANTWERPEN"],
         ["Catherine", "Present", "BRUXELLES"],
         ["Valérie", "Excused", "BINCHE"]],
        [],
        [["", "Rondje OCMW’s"],
         ["", "Afspraken"]],
        [["Network Contact", ["Pieter"], None, "Pieter vraagt na of online sessies"],
         ["Several Network Contacts", ["Karim", "Julie"], None, "Karim en Julie delen hun draaiboek"],
         ["CPAS", [], None, "aantal deelnemers dat telefonisch opgevolgd wordt"]],
        {"date": "2020-06-09", "text": "Volgende check-in: dinsdag 9 juni, 10u, zelfde Teams-link."},
        [],
        author="Pieter Van Acker", title="")
    save(d, exp)


# ----------------------------------------------------------------------------- 272
def r272():
    """Sarah Jacobs (OCMW Mortsel) writes up the first hybrid network day hosted by a partner OCMW:
    Word-numbered Heading 1 sections that follow the typed agenda, people as bullet lists per room,
    a short French summary in grey italics under each point (one still missing)."""
    d = new_doc("Verdana", 9.5, margins=2.3)
    header_text(d, ["OCMW Mortsel – AMIF-netwerk", TAG_NL + " / " + TAG_FR], align="right", size=7)
    footer_page(d, prefix="Verslag netwerkdag 21.10.2021 – ", align="center", size=7)

    para(d, "Verslag netwerkdag AMIF – hybride bijeenkomst", bold=True, size=14, color=BLUE, space_after=0)
    para(d, "Rapport de la rencontre du réseau FAMI – réunion hybride", italic=True, size=11, color=GREY)
    mixed(d, [("Datum: ", {"bold": True}), "donderdag 21 oktober 2021, 9.30 – 12.30 u."], space_after=0)
    mixed(d, [("Plaats: ", {"bold": True}), "OCMW Mortsel, raadzaal – en online via Microsoft Teams"],
          space_after=0)
    mixed(d, [("Tolken: ", {"bold": True}),
              "simultaanvertaling NL-FR in de zaal en via het tolkkanaal in Teams"])

    para(d, "Aanwezig in Mortsel", bold=True, space_after=0)
    for t in ("Pieter Van Acker – POD MI", "Sarah Jacobs – OCMW Mortsel (verslag)",
              "Els Verhoeven – OCMW Antwerpen", "Youssef El Amrani – OCMW Antwerpen",
              "An Goossens – OCMW Schoten", "Wim Van Dyck – OCMW Edegem", "Laurence Mertens – tolk"):
        d.add_paragraph(t, style="List Bullet").paragraph_format.space_after = Pt(0)
    para(d, "Online (Teams)", bold=True, space_after=0, space_before=4)
    for t in ("Griet Vandenberghe – OCMW Gent", "Julie Renard – CPAS Liège", "Karim Haddou – CPAS Charleroi",
              "Hélène Masson – CPAS Bruxelles", "Sophie Lejeune – tolk (tolkkanaal)"):
        d.add_paragraph(t, style="List Bullet").paragraph_format.space_after = Pt(0)
    para(d, "Verontschuldigd", bold=True, space_after=0, space_before=4)
    for t in ("Marc Jadoul – CPAS Liège", "Valérie Hanotiau – CPAS Binche"):
        d.add_paragraph(t, style="List Bullet").paragraph_format.space_after = Pt(0)

    para(d, "Agenda", bold=True, space_before=6, space_after=0)
    for t in ("1. Onthaal en technische check (9.30 – 10.00 u.)",
              "2. Welkom door OCMW Mortsel (10.00 – 10.15 u.)",
              "3. Nieuwe AMIF-programmaperiode 2021–2027 (10.15 – 11.00 u.)",
              "4. Stand van zaken per OCMW (11.00 – 12.15 u.)",
              "5. Varia (12.15 – 12.30 u.)"):
        p = para(d, t, space_after=0)
        p.paragraph_format.left_indent = Cm(0.5)

    hn = new_numbering(d, text="%1.", left=432, hanging=432)

    def head(t):
        p = d.add_paragraph(t, style="Heading 1")
        set_num(p, hn)
        return p

    def resume(t):
        return para(d, t, italic=True, color=GREY, size=8.5)

    head("Onthaal en technische check")
    para(d, "De verbinding met Teams liep de eerste tien minuten niet goed: de online deelnemers hoorden de "
            "zaal niet. Na het wisselen van microfoon was het in orde. Het tolkkanaal werkte, maar niet "
            "iedereen vond het meteen terug in de app.", align="justify")
    para(d, "Sarah stuurt een handleiding voor het tolkkanaal in Teams rond.")
    resume("Résumé : problèmes de son au début. Sarah enverra un mode d’emploi du canal d’interprétation dans "
           "Teams.")

    head("Welkom door OCMW Mortsel")
    para(d, "De voorzitter van het Bijzonder Comité heet iedereen welkom. Mortsel is sinds 2018 partner van "
            "Antwerpen; een twintigtal deelnemers volgde al een traject in de Antwerpse groepen.",
         align="justify")
    resume("Résumé : mot d’accueil ; Mortsel est partenaire d’Anvers depuis 2018.")

    head("Nieuwe AMIF-programmaperiode 2021–2027")
    para(d, "Pieter licht de nieuwe verordening toe (EU 2021/1147). De projecten worden gemeten met "
            "gemeenschappelijke output- en resultaatindicatoren: aantal deelnemers aan taalcursussen, "
            "maatschappelijke oriëntatie en individuele begeleiding, en het aantal deelnemers dat minstens "
            "één ERK-niveau stijgt. De OCMW’s vragen een eenvoudige fiche.", align="justify")
    mixed(d, [("Actie POD MI: ", {"bold": True}),
              "de nieuwe indicatorenfiche bezorgen aan alle OCMW’s vóór 30 november."])
    resume("Résumé : nouveau règlement et indicateurs communs. Le SPP enverra la nouvelle fiche "
           "d’indicateurs à tous les CPAS avant le 30 novembre.")

    head("Stand van zaken per OCMW")
    for lab, t in (("Gent: ", "groepen terug op volle sterkte; 6 + 1 blijft de regel voor uitstappen."),
                   ("Luik: ", "nieuwe ploeg voor de intake; twee animatoren vertrokken."),
                   ("Charleroi: ", "de tevredenheidsenquête is vertaald naar het Arabisch en het Dari."),
                   ("Antwerpen, Schoten, Edegem, Mortsel: ", "gemeenschappelijke wachtlijst sinds september."),
                   ("Brussel: ", "online sessies blijven voor wie niet kan verplaatsen.")):
        mixed(d, [(lab, {"bold": True}), t])
    mixed(d, [("Actie Charleroi: ", {"bold": True}),
              "de tevredenheidsenquête in het Arabisch en het Dari testen met de nieuwe groep."])
    mixed(d, [("Actie Griet en Sarah: ", {"bold": True}),
              "een uitwisseling plannen tussen de trajectbegeleiders van Gent en Mortsel."])
    resume("[résumé en français encore à ajouter]")

    head("Varia")
    para(d, "Idee van Youssef: een gemeenschappelijke folder voor de sociale antennes, zodat "
            "maatschappelijk werkers weten wat elk project aanbiedt. Iedereen is akkoord.")
    para(d, "Gemeenschappelijke folder voor de antennes opmaken (wie? nog te bepalen)")
    resume("Résumé : idée d’un dépliant commun pour les antennes sociales ; qui s’en charge reste à "
           "déterminer.")
    para(d, "")
    para(d, "Volgende netwerkdag: voorjaar 2022, bij voorkeur in Luik (datum volgt).", bold=True)

    exp = expected(
        "272_verslag_hybride_netwerkdag_mortsel_okt2021.docx", ["nl", "fr"], True, True, "2021-10-21",
        [["Pieter Van Acker", "Present", "SPP"],
         ["Sarah Jacobs", "Present", "MORTSEL"],
         ["Els Verhoeven", "Present", "ANTWERPEN"],
         ["Youssef El Amrani", "Present", "ANTWERPEN"],
         ["An Goossens", "Present", "SCHOTEN"],
         ["Wim Van Dyck", "Present", "EDEGEM"],
         ["Laurence Mertens", "Present", None],
         ["Griet Vandenberghe", "Present", "GENT"],
         ["Julie Renard", "Present", "LIEGE"],
         ["Karim Haddou", "Present", "CHARLEROI"],
         ["Hélène Masson", "Present", "BRUXELLES"],
         ["Sophie Lejeune", "Present", None],
         ["Marc Jadoul", "Excused", "LIEGE"],
         ["Valérie Hanotiau", "Excused", "BINCHE"]],
        [["09:30", "10:00", "Onthaal en technische check"],
         ["10:00", "10:15", "Welkom door OCMW Mortsel"],
         ["10:15", "11:00", "Nieuwe AMIF-programmaperiode 2021–2027"],
         ["11:00", "12:15", "Stand van zaken per OCMW"],
         ["12:15", "12:30", "Varia"]],
        [["1", "Onthaal en technische check"],
         ["2", "Welkom door OCMW Mortsel"],
         ["3", "Nieuwe AMIF-programmaperiode 2021–2027"],
         ["4", "Stand van zaken per OCMW"],
         ["5", "Varia"]],
        [["Network Contact", ["Sarah Jacobs"], None, "Sarah stuurt een handleiding voor het tolkkanaal"],
         ["SPP", [], None, "de nieuwe indicatorenfiche bezorgen aan alle"],
         ["CPAS", [], "CHARLEROI", "de tevredenheidsenquête in het Arabisch en"],
         ["Several Network Contacts", ["Griet Vandenberghe", "Sarah Jacobs"], None,
          "een uitwisseling plannen tussen de trajectbegeleiders"],
         ["To Be Assigned", [], None, "Gemeenschappelijke folder voor de antennes opmaken"]],
        {"date": None, "text": "Volgende netwerkdag: voorjaar 2022, bij voorkeur in Luik (datum volgt)."},
        ["[résumé en français encore à ajouter]"],
        author="Sarah Jacobs", title="Verslag netwerkdag AMIF")
    save(d, exp)


# ----------------------------------------------------------------------------- 273
def r273():
    """Marc Jadoul (coordinator, CPAS de Liège) chairs a Webex meeting and sends his own 'relevé des
    décisions et actions': initials everywhere, participants grouped by organisation, decisions D1..,
    a task table with initials in the 'Qui' column, Roman-numbered sections."""
    d = new_doc("Arial", 10, margins=2)
    header_text(d, ["CPAS de Liège – Département de l’Action sociale – Cellule FAMI"], align="left", size=8,
                italic=False)
    footer_page(d, prefix="MJ/2022-12 – p. ", align="right")

    para(d, "RELEVÉ DES DÉCISIONS ET ACTIONS", bold=True, size=13, space_after=0)
    para(d, "Réunion du réseau FAMI (Webex) du 06/12/2022 – 14h00-15h30", bold=True, space_after=0)
    para(d, "Rédaction : Marc Jadoul – relu par N. Benali", italic=True, size=9)

    mixed(d, [("Participants : ", {"bold": True}),
              "SPP IS : N. Benali ; Gand : G. Vandenberghe ; Liège : Marc Jadoul, F. Ouali ; "
              "Charleroi : I. Lambot, A. Deprez ; Anvers : E. Verhoeven ; Bruxelles : C. Dumont"],
          space_after=2)
    mixed(d, [("Excusé(e)s : ", {"bold": True}), "Anvers : T. Peeters ; Binche : V. Hanotiau"], space_after=2)
    para(d, "Pas d’interprétation (réunion courte en français ; E. Verhoeven et G. Vandenberghe ont préféré "
            "suivre en français).", italic=True, size=9)

    para(d, "Ordre du jour", bold=True, space_after=0)
    for t in ("a) Suivi des indicateurs 2022",
              "b) Clôture des projets FAMI 2014-2020 : archivage",
              "c) Enquête de satisfaction multilingue",
              "d) Calendrier 2023"):
        para(d, t, space_after=0).paragraph_format.left_indent = Cm(0.5)

    d.add_paragraph("I. Décisions", style="Heading 1")
    for t in ("D1. Les indicateurs 2022 sont communiqués selon le nouveau modèle (une ligne par type "
              "d’activité, hommes/femmes).",
              "D2. Les dossiers FAMI 2014-2020 sont conservés cinq ans à partir du 31 décembre de l’année du "
              "dernier paiement ; les données personnelles des participants ne sont pas conservées plus "
              "longtemps que nécessaire.",
              "D3. L’enquête de satisfaction sera disponible en FR, NL, arabe, dari et tigrinya, dans une "
              "version simplifiée (pictogrammes).",
              "D4. Le SPP reprend le secrétariat du réseau à partir de janvier 2023."):
        p = para(d, t, space_after=3, align="justify")
        p.paragraph_format.left_indent = Cm(0.8)
        p.paragraph_format.first_line_indent = Cm(-0.8)

    d.add_paragraph("II. Actions", style="Heading 1")
    table(d, [
        ["N°", "Tâche", "Qui", "Pour le"],
        ["T1", "Envoyer le calendrier d’archivage aux CPAS", "NB", "20/12/2022"],
        ["T2", "Faire traduire l’enquête en arabe, dari et tigrinya", "SPP", "31/01/2023"],
        ["T3", "Tester la version simplifiée avec un groupe de participants", "FO + AD", "28/02/2023"],
        ["T4", "Envoyer les indicateurs 2022 (participants, cours de langue, orientation civique)",
         "Tous les CPAS", "15/01/2023"],
        ["T5", "Proposer une date et un lieu pour la rencontre de printemps", "?", ""],
        ["T6", "Vérifier la liste des personnes de contact", "Charleroi", "20/12/2022"],
    ], widths=[1.2, 9.5, 2.8, 2.5], size=9, shade="E7E6E6")

    d.add_paragraph("III. Calendrier 2023", style="Heading 1")
    mixed(d, ["Dates des rencontres 2023 : ",
              ("[à compléter après consultation des CPAS]", {"italic": True})])
    para(d, "Prochaine réunion (Webex) : mardi 17 janvier 2023 à 14h00.", bold=True)
    para(d, "")
    para(d, "Marc Jadoul", space_after=0)
    para(d, "Coordinateur FAMI – CPAS de Liège", size=9, color=GREY)

    exp = expected(
        "273_releve_decisions_reseau_fami_dec2022.docx", ["fr"], True, False, "2022-12-06",
        [["N. Benali", "Present", "SPP"],
         ["G. Vandenberghe", "Present", "GENT"],
         ["Marc Jadoul", "Present", "LIEGE"],
         ["F. Ouali", "Present", "LIEGE"],
         ["I. Lambot", "Present", "CHARLEROI"],
         ["A. Deprez", "Present", "CHARLEROI"],
         ["E. Verhoeven", "Present", "ANTWERPEN"],
         ["C. Dumont", "Present", "BRUXELLES"],
         ["T. Peeters", "Excused", "ANTWERPEN"],
         ["V. Hanotiau", "Excused", "BINCHE"]],
        [[None, None, "Suivi des indicateurs 2022"],
         [None, None, "Clôture des projets FAMI 2014-2020 : archivage"],
         [None, None, "Enquête de satisfaction multilingue"],
         [None, None, "Calendrier 2023"]],
        [["I", "Décisions"],
         ["II", "Actions"],
         ["III", "Calendrier 2023"]],
        [["Network Contact", ["N. Benali"], None, "Envoyer le calendrier d’archivage aux CPAS"],
         ["SPP", [], None, "Faire traduire l’enquête en arabe"],
         ["Several Network Contacts", ["F. Ouali", "A. Deprez"], None, "Tester la version simplifiée avec un groupe"],
         ["CPAS", [], None, "Envoyer les indicateurs 2022"],
         ["To Be Assigned", [], None, "Proposer une date et un lieu"],
         ["CPAS", [], "CHARLEROI", "Vérifier la liste des personnes de contact"]],
        {"date": "2023-01-17", "text": "Prochaine réunion (Webex) : mardi 17 janvier 2023 à 14h00."},
        ["[à compléter après consultation des CPAS]"],
        author="Marc Jadoul", title="Relevé des décisions")
    save(d, exp)


# ----------------------------------------------------------------------------- 274
def r274():
    """Nadia Benali (SPP IS) writes the formal bilingual procès-verbal / notulen, approved at the next
    meeting: titles before names, present and excused side by side in one table, agenda table, each
    point in French with the Dutch translation in italics below, decisions and actions labelled."""
    d = new_doc("Calibri", 10.5)
    header_text(d, ["SPP Intégration Sociale | POD Maatschappelijke Integratie", TAG_FR, TAG_NL],
                align="center", size=8)
    footer_page(d, prefix="PV réseau FAMI / notulen AMIF-netwerk 03.04.2023 – ", suffix_total=True,
                align="center")

    para(d, "PROCÈS-VERBAL DE LA RÉUNION DU RÉSEAU FAMI", bold=True, size=13, align="center", space_after=0)
    para(d, "NOTULEN VAN DE AMIF-NETWERKVERGADERING", bold=True, size=13, align="center", color=GREY,
         space_after=4)
    para(d, "3 avril 2023 – 3 april 2023", bold=True, align="center", space_after=0)
    para(d, "SPP Intégration Sociale, Boulevard du Roi Albert II 30, 1000 Bruxelles – salle 3.12",
         align="center", space_after=4)
    p = para(d, "Procès-verbal approuvé lors de la réunion du 26 juin 2023 – Notulen goedgekeurd op de "
                "vergadering van 26 juni 2023", italic=True, size=9, align="center", color=BLUE)

    t = table(d, [
        ["Présents – Aanwezig", "Excusés – Verontschuldigd"],
        [["Mme Nadia Benali (SPP IS / POD MI)", "M. Pieter Van Acker (SPP IS / POD MI)",
          "Mme Lotte De Smet (CPAS de Gand / OCMW Gent)", "Mme Julie Renard (CPAS de Liège / OCMW Luik)",
          "Mme Fatima Ouali (CPAS de Liège / OCMW Luik)", "M. Karim Haddou (CPAS de Charleroi)",
          "Mme Valérie Hanotiau (CPAS de Binche)", "M. Youssef El Amrani (CPAS d’Anvers / OCMW Antwerpen)",
          "Mme Sarah Jacobs (OCMW Mortsel)", "Mme Hélène Masson (CPAS de Bruxelles / OCMW Brussel)",
          "Interprètes – tolken : Laurence Mertens, Dirk Hermans"],
         ["Mme Griet Vandenberghe (CPAS de Gand / OCMW Gent)", "Mme Els Verhoeven (CPAS d’Anvers / OCMW Antwerpen)",
          "Mme Catherine Dumont (CPAS de Bruxelles / OCMW Brussel)"]],
    ], widths=[9.5, 6.5], size=9.5, shade="D9D9D9")

    para(d, "Ordre du jour – Agenda", bold=True, space_before=8, space_after=2)
    table(d, [
        ["Heure – Uur", "Point – Punt"],
        ["10.00 – 10.15", "1. Approbation du PV précédent / Goedkeuring vorige notulen"],
        ["10.15 – 11.00", "2. Indicateurs communs du FAMI 2021-2027 / Gemeenschappelijke AMIF-indicatoren 2021-2027"],
        ["11.00 – 11.45", "3. Conservation des documents et RGPD / Bewaring van documenten en AVG"],
        ["11.45 – 12.30", "4. Enquête de satisfaction multilingue / Meertalige tevredenheidsenquête"],
        ["12.30 – 12.45", "5. Divers / Varia"],
    ], widths=[3, 13], size=9.5, shade="D9D9D9")

    def nl(t):
        return para(d, t, italic=True, color=GREY, align="justify")

    def lab(fr_label, fr, nl_label, nl_text):
        mixed(d, [(fr_label, {"bold": True}), fr], space_after=0)
        mixed(d, [(nl_label, {"bold": True, "italic": True, "color": GREY}), (nl_text, {"italic": True, "color": GREY})])

    d.add_paragraph("1. Approbation du PV précédent / Goedkeuring vorige notulen", style="Heading 1")
    lab("Décision : ", "le procès-verbal de la réunion du 17 janvier 2023 est approuvé sans modification.",
        "Besluit: ", "de notulen van de vergadering van 17 januari 2023 worden zonder wijziging goedgekeurd.")

    d.add_paragraph("2. Indicateurs communs du FAMI 2021-2027 / Gemeenschappelijke AMIF-indicatoren 2021-2027",
                    style="Heading 1")
    para(d, "Mme Benali présente les indicateurs communs du Règlement (UE) 2021/1147 : participants aux "
            "cours de langue, à l’orientation civique et à l’accompagnement professionnel personnalisé ; "
            "participants ayant progressé d’au moins un niveau du CECR ; participants qui estiment que "
            "l’activité a été utile à leur intégration. Les CPAS demandent comment mesurer le niveau "
            "CECR pour des personnes analphabètes.", align="justify")
    nl("Mevr. Benali stelt de gemeenschappelijke indicatoren van Verordening (EU) 2021/1147 voor. De OCMW’s "
       "vragen hoe het ERK-niveau gemeten kan worden bij deelnemers die niet gealfabetiseerd zijn.")
    lab("Action : ", "le SPP transmet aux CPAS la note explicative sur les indicateurs.",
        "Actie: ", "de POD MI bezorgt de OCMW’s de toelichtende nota bij de indicatoren.")
    lab("Action : ", "chaque CPAS vérifie le nombre de participants ayant progressé d’au moins un niveau CECR.",
        "Actie: ", "elk OCMW controleert het aantal deelnemers dat minstens één ERK-niveau gestegen is.")

    d.add_paragraph("3. Conservation des documents et RGPD / Bewaring van documenten en AVG", style="Heading 1")
    para(d, "Rappel : les documents d’une opération financée sont conservés cinq ans à partir du 31 décembre "
            "de l’année du dernier paiement (Règlement (UE) 2021/1060, art. 82). Les données personnelles "
            "ne sont pas gardées plus longtemps que nécessaire et chaque participant peut demander à voir "
            "ce que le CPAS détient à son sujet (RGPD, art. 15). Le CPAS de Bruxelles tient déjà un "
            "registre de ces demandes.", align="justify")
    nl("Herinnering: documenten worden vijf jaar bewaard vanaf 31 december van het jaar van de laatste "
       "betaling. Persoonsgegevens niet langer dan nodig; inzagerecht volgens artikel 15 AVG.")
    lab("Action : ", "M. Haddou et Mme Ouali préparent une proposition de procédure d’archivage commune.",
        "Actie: ", "Dhr. Haddou en Mevr. Ouali bereiden een voorstel van gemeenschappelijke archiveringsprocedure voor.")
    lab("Action : ", "le CPAS de Bruxelles partage son registre des demandes d’accès avec le réseau.",
        "Actie: ", "het OCMW Brussel deelt zijn register van inzageverzoeken met het netwerk.")

    d.add_paragraph("4. Enquête de satisfaction multilingue / Meertalige tevredenheidsenquête", style="Heading 1")
    para(d, "La version simplifiée (pictogrammes) a été testée à Liège, à Charleroi et à Mortsel. Les "
            "participants la comprennent mieux ; la traduction en tigrinya doit être relue.", align="justify")
    nl("De vereenvoudigde versie werd getest in Luik, Charleroi en Mortsel en wordt beter begrepen.")
    lab("Action : ", "Mme Jacobs diffuse la version néerlandaise testée à Mortsel.",
        "Actie: ", "Mevr. Jacobs verspreidt de in Mortsel geteste Nederlandstalige versie.")

    d.add_paragraph("5. Divers / Varia", style="Heading 1")
    para(d, "La date du prochain comité de suivi reste à confirmer.", space_after=0)
    nl("De datum van het volgende opvolgingscomité moet nog bevestigd worden.")

    para(d, "Prochaine réunion / Volgende vergadering : lundi 26 juin 2023 – maandag 26 juni 2023, CPAS de "
            "Charleroi.", bold=True, space_before=6)
    para(d, "")
    para(d, "Pour le SPP IS / Voor de POD MI", space_after=0)
    para(d, "Nadia Benali, secrétaire du réseau / secretaris van het netwerk", italic=True)

    exp = expected(
        "274_pv_notulen_reseau_fami_avril2023.docx", ["fr", "nl"], False, True, "2023-04-03",
        [["Nadia Benali", "Present", "SPP"],
         ["Pieter Van Acker", "Present", "SPP"],
         ["Lotte De Smet", "Present", "GENT"],
         ["Julie Renard", "Present", "LIEGE"],
         ["Fatima Ouali", "Present", "LIEGE"],
         ["Karim Haddou", "Present", "CHARLEROI"],
         ["Valérie Hanotiau", "Present", "BINCHE"],
         ["Youssef El Amrani", "Present", "ANTWERPEN"],
         ["Sarah Jacobs", "Present", "MORTSEL"],
         ["Hélène Masson", "Present", "BRUXELLES"],
         ["Laurence Mertens", "Present", None],
         ["Dirk Hermans", "Present", None],
         ["Griet Vandenberghe", "Excused", "GENT"],
         ["Els Verhoeven", "Excused", "ANTWERPEN"],
         ["Catherine Dumont", "Excused", "BRUXELLES"]],
        [["10:00", "10:15", "Approbation du PV précédent / Goedkeuring vorige notulen"],
         ["10:15", "11:00", "Indicateurs communs du FAMI 2021-2027 / Gemeenschappelijke AMIF-indicatoren 2021-2027"],
         ["11:00", "11:45", "Conservation des documents et RGPD / Bewaring van documenten en AVG"],
         ["11:45", "12:30", "Enquête de satisfaction multilingue / Meertalige tevredenheidsenquête"],
         ["12:30", "12:45", "Divers / Varia"]],
        [["1", "Approbation du PV précédent / Goedkeuring vorige notulen"],
         ["2", "Indicateurs communs du FAMI 2021-2027 / Gemeenschappelijke AMIF-indicatoren 2021-2027"],
         ["3", "Conservation des documents et RGPD / Bewaring van documenten en AVG"],
         ["4", "Enquête de satisfaction multilingue / Meertalige tevredenheidsenquête"],
         ["5", "Divers / Varia"]],
        [["SPP", [], None, "le SPP transmet aux CPAS la note"],
         ["CPAS", [], None, "chaque CPAS vérifie le nombre de participants"],
         ["Several Network Contacts", ["Karim Haddou", "Fatima Ouali"], None,
          "M. Haddou et Mme Ouali préparent une"],
         ["CPAS", [], "BRUXELLES", "le CPAS de Bruxelles partage son registre"],
         ["Network Contact", ["Sarah Jacobs"], None, "Mme Jacobs diffuse la version néerlandaise testée"]],
        {"date": "2023-06-26",
         "text": "Prochaine réunion / Volgende vergadering : lundi 26 juin 2023 – maandag 26 juni 2023, CPAS de "
                 "Charleroi."},
        [],
        author="Nadia Benali", title="PV réseau FAMI 3 avril 2023")
    save(d, exp)


# ----------------------------------------------------------------------------- 275
def r275():
    """Lotte De Smet (Stad Gent – OCMW) writes a tidy report in Word styles with two annexes: a summary
    of the Gent presentation and a table of participant figures where Charleroi's row is still 'XXX'."""
    d = new_doc("Calibri", 11)
    header_text(d, ["Stad Gent – OCMW | AMIF-project ‘Samen op weg’"], align="right", size=8)
    footer_page(d, prefix="Verslag AMIF-netwerk 28/11/2024 – blz. ", suffix_total=True, align="right")

    d.add_paragraph("Verslag bijeenkomst OCMW’s – AMIF-netwerk", style="Title")
    para(d, "Donderdag 28 november 2024, 13.30 – 16.30 u. | Sociaal Huis Gent-Zuid, Gent", bold=True)

    para(d, "Aanwezig", bold=True, space_after=0)
    for t in ("Nadia Benali (POD MI)", "Lotte De Smet (Stad Gent – OCMW, verslag)",
              "Kenan Yildiz (Stad Gent – OCMW)", "Julie Renard (OCMW Luik)", "Aurore Deprez (OCMW Charleroi)",
              "Youssef El Amrani (OCMW Antwerpen)", "Sarah Jacobs (OCMW Mortsel)", "An Goossens (OCMW Schoten)",
              "Hélène Masson (OCMW Brussel)", "Hanne Claes (Agentschap Integratie en Inburgering, gast)"):
        d.add_paragraph(t, style="List Bullet").paragraph_format.space_after = Pt(0)
    para(d, "Verontschuldigd", bold=True, space_after=0, space_before=4)
    for t in ("Karim Haddou (OCMW Charleroi)", "Wim Van Dyck (OCMW Edegem)"):
        d.add_paragraph(t, style="List Bullet").paragraph_format.space_after = Pt(0)
    para(d, "Tolken: Dirk Hermans en Sophie Lejeune (simultaanvertaling FR-NL)", italic=True, space_before=4)

    para(d, "Agenda", bold=True, space_before=6, space_after=2)
    table(d, [
        ["Start", "Agendapunt"],
        ["13.30 u.", "Onthaal en kennismaking met de nieuwe collega’s"],
        ["13.45 u.", "Presentatie: de werking van het AMIF-project in Gent"],
        ["14.30 u.", "Deelnemerscijfers en indicatoren 2024"],
        ["15.15 u.", "Pauze"],
        ["15.30 u.", "Het Agentschap Integratie en Inburgering: samenwerking rond inburgering"],
        ["16.15 u.", "Afspraken en volgende bijeenkomst"],
    ], style="Light List Accent 1", widths=[2.5, 13.5])

    d.add_paragraph("1. Onthaal en kennismaking", style="Heading 1")
    para(d, "Nadia verwelkomt Aurore (Charleroi) en Hanne (Agentschap Integratie en Inburgering). Korte "
            "voorstellingsronde; er wordt simultaan vertaald.", align="justify")

    d.add_paragraph("2. De werking van het AMIF-project in Gent (zie bijlage 1)", style="Heading 1")
    para(d, "Kenan en Lotte stellen het traject voor: verwijzing door de maatschappelijk werker, "
            "intakegesprek, oriëntatiebalans, daarna individuele begeleiding en groepsmodules. De "
            "presentatie wordt samengevat in bijlage 1. De andere OCMW’s stellen vooral vragen over de "
            "oriëntatiebalans: hoe lang duurt het gesprek en wie vult ze in?", align="justify")

    d.add_paragraph("3. Deelnemerscijfers en indicatoren 2024", style="Heading 1")
    d.add_paragraph("3.1 Stand per OCMW", style="Heading 2")
    para(d, "De cijfers per OCMW staan in bijlage 2. Gent, Luik, Antwerpen (met partners) en Brussel hebben "
            "hun cijfers bezorgd.", align="justify")
    mixed(d, ["Charleroi: ", ("[cijfers Charleroi nog aan te vullen]", {"highlight": True})])
    d.add_paragraph("3.2 Resultaatindicator: taalniveau", style="Heading 2")
    para(d, "Niet elk OCMW meet het ERK-niveau bij de start. Zonder beginniveau kan de indicator ‘minstens "
            "één niveau gestegen’ niet worden berekend.", align="justify")
    mixed(d, [("Actie: ", {"bold": True}),
              "per deelnemer het ERK-niveau bij start en einde bijhouden, vanaf januari 2025 (alle OCMW’s)."])

    d.add_paragraph("4. Samenwerking met het Agentschap Integratie en Inburgering", style="Heading 1")
    para(d, "Hanne licht het inburgeringstraject toe (NT2, maatschappelijke oriëntatie, trajectbegeleiding). "
            "Veel deelnemers van de AMIF-projecten volgen al een inburgeringstraject; dubbel werk kan "
            "vermeden worden met betere afspraken.", align="justify")
    mixed(d, [("Actie: ", {"bold": True}),
              "contactgegevens van de inburgeringsconsulenten per stad bezorgen aan het netwerk (Hanne)."])

    d.add_paragraph("5. Afspraken", style="Heading 1")
    for t in ("Kenan past de sjabloon van de oriëntatiebalans aan op basis van de feedback (tegen eind januari).",
              "De POD MI plant een online infosessie over de eindrapportage.",
              "OCMW Antwerpen bundelt de cijfers van Schoten, Edegem en Mortsel in één fiche.",
              "Aurore bezorgt de cijfers van Charleroi voor bijlage 2."):
        d.add_paragraph(t, style="List Number")
    para(d, "Volgende bijeenkomst: donderdag 20 maart 2025, OCMW Charleroi (onder voorbehoud).", bold=True,
         space_before=6)

    page_break(d)
    d.add_paragraph("Bijlage 1: Presentatie werking Gent (samenvatting)", style="Heading 1")
    for t in ("Doelgroep: nieuwkomers met een leefloon, vaak laaggeletterd of met weinig schoolervaring.",
              "Verwijzing: door de maatschappelijk werker van het sociaal huis; inschrijven kan doorlopend.",
              "Intake: gesprek met trajectbegeleider en maatschappelijk werker samen; oriëntatiebalans.",
              "Modules: individuele begeleiding (om de twee weken), taalactivering, digitale vaardigheden, "
              "info over wonen en werken in België, maandelijkse uitstap.",
              "Evaluatie: tevredenheidsenquête per module (vereenvoudigde versie met pictogrammen)."):
        d.add_paragraph(t, style="List Bullet")

    d.add_paragraph("Bijlage 2: Deelnemerscijfers 2024 (1 januari – 31 oktober)", style="Heading 1")
    t = table(d, [
        ["OCMW", "Deelnemers", "Taalcursus", "Maatschappelijke oriëntatie"],
        ["Gent", "52", "31", "44"],
        ["Luik", "47", "29", "40"],
        ["Charleroi", "XXX (nog aan te vullen)", "", ""],
        ["Antwerpen (+ Schoten, Edegem, Mortsel)", "61", "38", "55"],
        ["Brussel", "39", "22", "30"],
    ], widths=[6, 3, 3, 4], size=10, shade="D9E2F3")
    m = t.cell(3, 1).merge(t.cell(3, 3))
    # keep only the text of the first cell after the merge
    for extra in m.paragraphs[1:]:
        extra._p.getparent().remove(extra._p)
    m.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    para(d, "Bron: opgave van de OCMW’s, verzameld door de POD MI.", italic=True, size=9, color=GREY)

    exp = expected(
        "275_verslag_met_bijlagen_gent_nov2024.docx", ["nl"], False, True, "2024-11-28",
        [["Nadia Benali", "Present", "SPP"],
         ["Lotte De Smet", "Present", "GENT"],
         ["Kenan Yildiz", "Present", "GENT"],
         ["Julie Renard", "Present", "LIEGE"],
         ["Aurore Deprez", "Present", "CHARLEROI"],
         ["Youssef El Amrani", "Present", "ANTWERPEN"],
         ["Sarah Jacobs", "Present", "MORTSEL"],
         ["An Goossens", "Present", "SCHOTEN"],
         ["Hélène Masson", "Present", "BRUXELLES"],
         ["Hanne Claes", "Present", None],
         ["Dirk Hermans", "Present", None],
         ["Sophie Lejeune", "Present", None],
         ["Karim Haddou", "Excused", "CHARLEROI"],
         ["Wim Van Dyck", "Excused", "EDEGEM"]],
        [["13:30", None, "Onthaal en kennismaking met de nieuwe collega’s"],
         ["13:45", None, "Presentatie: de werking van het AMIF-project in Gent"],
         ["14:30", None, "Deelnemerscijfers en indicatoren 2024"],
         ["15:15", None, "Pauze"],
         ["15:30", None, "Het Agentschap Integratie en Inburgering: samenwerking rond inburgering"],
         ["16:15", None, "Afspraken en volgende bijeenkomst"]],
        [["1", "Onthaal en kennismaking"],
         ["2", "De werking van het AMIF-project in Gent (zie bijlage 1)"],
         ["3", "Deelnemerscijfers en indicatoren 2024"],
         ["3.1", "Stand per OCMW"],
         ["3.2", "Resultaatindicator: taalniveau"],
         ["4", "Samenwerking met het Agentschap Integratie en Inburgering"],
         ["5", "Afspraken"],
         ["", "Bijlage 1: Presentatie werking Gent (samenvatting)"],
         ["", "Bijlage 2: Deelnemerscijfers 2024 (1 januari – 31 oktober)"]],
        [["CPAS", [], None, "per deelnemer het ERK-niveau bij start"],
         ["Network Contact", ["Hanne Claes"], None, "contactgegevens van de inburgeringsconsulenten per stad"],
         ["Network Contact", ["Kenan Yildiz"], None, "Kenan past de sjabloon van de oriëntatiebalans"],
         ["SPP", [], None, "De POD MI plant een online infosessie"],
         ["CPAS", [], "ANTWERPEN", "OCMW Antwerpen bundelt de cijfers van"],
         ["Network Contact", ["Aurore Deprez"], None, "Aurore bezorgt de cijfers van Charleroi"]],
        {"date": "2025-03-20",
         "text": "Volgende bijeenkomst: donderdag 20 maart 2025, OCMW Charleroi (onder voorbehoud)."},
        ["[cijfers Charleroi nog aan te vullen]", "XXX (nog aan te vullen)"],
        author="Lotte De Smet", title="Verslag AMIF-netwerk")
    save(d, exp)


# ----------------------------------------------------------------------------- 276
def r276():
    """Two colleagues write in turn: Aurore Deprez (CPAS de Charleroi) the morning in French with
    Heading 2 and 'n)' numbers, Youssef El Amrani (OCMW Antwerpen) the afternoon in Dutch with bold
    typed '3.' titles; participants in one table per organisation, programme on a single line."""
    d = new_doc("Calibri", 11)
    header_text(d, [TAG_FR + " – " + TAG_NL], align="center", size=8)
    f = d.sections[0].footer.paragraphs[0]
    fmt_run(f.add_run("Compte rendu à deux mains – Aurore Deprez (FR) / Youssef El Amrani (NL)\t\t"), size=8,
            color=GREY)
    add_field(f, "PAGE", size=8, color=GREY)

    para(d, "Rencontre du réseau FAMI – Netwerkdag AMIF", bold=True, size=15, color=BLUE, space_after=0)
    para(d, "Jeudi 12 février 2026 – donderdag 12 februari 2026 | CPAS de Charleroi, Service Action Migrants",
         bold=True)
    para(d, "Pas d’interprétation : chacun parle sa langue, les présentations étaient bilingues.", italic=True,
         size=10)

    table(d, [
        ["Organisation", "Présent(e)s", "Excusé(e)s"],
        ["SPP IS / POD MI", "Nadia Benali, Pieter Van Acker", "—"],
        ["CPAS Gent", "Lotte De Smet", "Kenan Yildiz"],
        ["CPAS Liège", "Julie Renard, Fatima Ouali", "—"],
        ["CPAS Charleroi", "Aurore Deprez, Karim Haddou, Isabelle Lambot", "—"],
        ["CPAS Binche", "Valérie Hanotiau", "—"],
        ["OCMW Antwerpen", "Youssef El Amrani", "Els Verhoeven"],
        ["OCMW Edegem", "Wim Van Dyck", "—"],
        ["CPAS Bruxelles", "Hélène Masson", "Catherine Dumont"],
    ], style="Medium Shading 1 Accent 1", widths=[4, 8, 4], size=10)
    para(d, "")
    mixed(d, [("Programme : ", {"bold": True}),
              "9h30 accueil – 10h00 bilan 2025 des projets – 11h30 visite de l’espace Activ’Up – 12h30 lunch – "
              "13h30 werkgroepen tevredenheidsenquête – 15h00 conclusions / conclusies"])

    para(d, "(Rédaction de la matinée : Aurore Deprez)", italic=True, color=GREY, space_before=6)
    d.add_paragraph("1) Bilan 2025 des projets", style="Heading 2")
    para(d, "Nadia ouvre la journée : 2026 est la dernière année complète avant la clôture de la période "
            "2021-2027, le rapport final se prépare dès maintenant. Tour de table rapide :", align="justify")
    for t in ("Gand : 58 participants, dont 21 ont rejoint un trajet d’intégration socioprofessionnelle ;",
              "Liège : 49 participants, l’atelier créatif a exposé à la Cité Miroir en novembre ;",
              "Charleroi : 64 participants en 2025 ; Binche : [chiffre à compléter]",
              "Anvers et Edegem : 70 participants, liste d’attente commune ;",
              "Bruxelles : 41 participants, nouvel atelier numérique."):
        d.add_paragraph(t, style="List Bullet")
    para(d, "→ Nadia envoie le canevas du rapport final FAMI aux CPAS d’ici fin mars.")
    para(d, "→ Binche : revoir l’horaire des ateliers du mardi avec Charleroi.")

    d.add_paragraph("2) Visite de l’espace Activ’Up", style="Heading 2")
    para(d, "Karim et Isabelle font visiter les nouveaux locaux (salle informatique rénovée, cuisine "
            "pédagogique). Les participants présents ont expliqué en quelques mots ce que le projet leur "
            "apporte. Moment très apprécié.", align="justify")

    para(d, "(Namiddag – verslag: Youssef El Amrani)", italic=True, color=GREY, space_before=10)
    para(d, "3. Werkgroepen tevredenheidsenquête", bold=True, size=12, space_before=4)
    para(d, "Twee groepen. Groep 1 (taal): de vragen zijn nog te lang, ook in de vereenvoudigde versie. Groep 2 "
            "(afname): beter mondeling afnemen met een tolk of een intercultureel bemiddelaar dan op papier. "
            "Iedereen vindt dat de enquête ook in het Oekraïens moet bestaan.", align="justify")
    para(d, "4. Conclusies en afspraken", bold=True, size=12, space_before=4)
    para(d, "Actiepunten:", space_after=0)
    for t in ("Lotte, Julie en Youssef herschrijven de vragen in eenvoudige taal, met pictogrammen.",
              "POD MI: de meertalige versie op de website zetten zodra ze klaar is.",
              "Elk OCMW test de nieuwe versie met minstens tien deelnemers vóór de zomer.",
              "Testresultaten bundelen en samenvatten voor de volgende bijeenkomst – wie: nog te bepalen."):
        d.add_paragraph(t, style="List Bullet")
    para(d, "[version française des conclusions encore à ajouter]", color=RGBColor(0xC0, 0, 0))
    para(d, "Volgende bijeenkomst: juni 2026 in Antwerpen (datum volgt).", bold=True)

    exp = expected(
        "276_compte_rendu_verslag_charleroi_fev2026.docx", ["fr", "nl"], False, False, "2026-02-12",
        [["Nadia Benali", "Present", "SPP"],
         ["Pieter Van Acker", "Present", "SPP"],
         ["Lotte De Smet", "Present", "GENT"],
         ["Julie Renard", "Present", "LIEGE"],
         ["Fatima Ouali", "Present", "LIEGE"],
         ["Aurore Deprez", "Present", "CHARLEROI"],
         ["Karim Haddou", "Present", "CHARLEROI"],
         ["Isabelle Lambot", "Present", "CHARLEROI"],
         ["Valérie Hanotiau", "Present", "BINCHE"],
         ["Youssef El Amrani", "Present", "ANTWERPEN"],
         ["Wim Van Dyck", "Present", "EDEGEM"],
         ["Hélène Masson", "Present", "BRUXELLES"],
         ["Kenan Yildiz", "Excused", "GENT"],
         ["Els Verhoeven", "Excused", "ANTWERPEN"],
         ["Catherine Dumont", "Excused", "BRUXELLES"]],
        [["09:30", None, "accueil"],
         ["10:00", None, "bilan 2025 des projets"],
         ["11:30", None, "visite de l’espace Activ’Up"],
         ["12:30", None, "lunch"],
         ["13:30", None, "werkgroepen tevredenheidsenquête"],
         ["15:00", None, "conclusions / conclusies"]],
        [["1", "Bilan 2025 des projets"],
         ["2", "Visite de l’espace Activ’Up"],
         ["3", "Werkgroepen tevredenheidsenquête"],
         ["4", "Conclusies en afspraken"]],
        [["Network Contact", ["Nadia Benali"], None, "Nadia envoie le canevas du rapport final"],
         ["CPAS", [], "BINCHE", "revoir l’horaire des ateliers du mardi"],
         ["Several Network Contacts", ["Lotte De Smet", "Julie Renard", "Youssef El Amrani"], None,
          "Lotte, Julie en Youssef herschrijven de vragen"],
         ["SPP", [], None, "de meertalige versie op de website zetten"],
         ["CPAS", [], None, "Elk OCMW test de nieuwe versie"],
         ["To Be Assigned", [], None, "Testresultaten bundelen en samenvatten voor de"]],
        {"date": None, "text": "Volgende bijeenkomst: juni 2026 in Antwerpen (datum volgt)."},
        ["[chiffre à compléter]", "[version française des conclusions encore à ajouter]"],
        author="Aurore Deprez", title="Rencontre réseau FAMI 12/02/2026")
    save(d, exp)


if __name__ == "__main__":
    for fn in (r267, r268, r269, r270, r271, r272, r273, r274, r275, r276):
        fn()
    print("done")
