# -*- coding: utf-8 -*-
"""Ten meeting reports of the AMIF network of the CPAS/OCMW (numbers 197-206).

One function per report: it builds the .docx the way its writer would type it in Word and
returns the expected dict, typed by hand from the text written here (nothing is computed from
the text). main() saves each .docx and writes NNN_slug.expected.json next to it.
"""
import json
import os

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
RED = RGBColor(0xC0, 0x00, 0x00)
BLUE = RGBColor(0x1F, 0x4E, 0x79)
GREY = RGBColor(0x59, 0x59, 0x59)


# ----------------------------------------------------------------- helpers
def new_doc(font="Calibri", size=11, margins=25):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.append(rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rfonts.set(qn(a), font)
    for s in doc.sections:
        s.page_width, s.page_height = Mm(210), Mm(297)
        s.left_margin = s.right_margin = Mm(margins)
        s.top_margin = s.bottom_margin = Mm(20)
    return doc


def para(doc, text="", bold=False, italic=False, underline=False, style=None, align=None,
         color=None, size=None, space_after=None):
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold, r.italic, r.underline = bold or None, italic or None, underline or None
        if color is not None:
            r.font.color.rgb = color
        if size:
            r.font.size = Pt(size)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "justify":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    return p


def runs(doc_or_cell, parts, style=None, align=None):
    """parts: list of (text, dict(bold=, italic=, color=, underline=))."""
    p = doc_or_cell.add_paragraph(style=style) if style else doc_or_cell.add_paragraph()
    for text, fmt in parts:
        r = p.add_run(text)
        if fmt.get("bold"):
            r.bold = True
        if fmt.get("italic"):
            r.italic = True
        if fmt.get("underline"):
            r.underline = True
        if fmt.get("color") is not None:
            r.font.color.rgb = fmt["color"]
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def table(doc, rows, header=True, style="Table Grid", widths=None, shade=None, size=None):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            cell = t.cell(i, j)
            lines = val if isinstance(val, list) else [val]
            cell.text = ""
            first = True
            for line in lines:
                p = cell.paragraphs[0] if first else cell.add_paragraph()
                first = False
                if isinstance(line, tuple):
                    text, fmt = line
                else:
                    text, fmt = line, {}
                r = p.add_run(text)
                if (header and i == 0) or fmt.get("bold"):
                    r.bold = True
                if fmt.get("italic"):
                    r.italic = True
                if fmt.get("color") is not None:
                    r.font.color.rgb = fmt["color"]
                if size:
                    r.font.size = Pt(size)
            if shade and header and i == 0:
                tcpr = cell._tc.get_or_add_tcPr()
                shd = OxmlElement("w:shd")
                shd.set(qn("w:val"), "clear")
                shd.set(qn("w:color"), "auto")
                shd.set(qn("w:fill"), shade)
                tcpr.append(shd)
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Mm(w)
    return t


def header_text(doc, lines, italic=True, size=8, color=GREY):
    hdr = doc.sections[0].header
    p = hdr.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = hdr.add_paragraph()
        r = p.add_run(line)
        r.italic = italic
        r.font.size = Pt(size)
        r.font.color.rgb = color


def footer_text(doc, text, size=8):
    p = doc.sections[0].footer.paragraphs[0]
    r = p.add_run(text)
    r.font.size = Pt(size)
    r.font.color.rgb = GREY


def auto_number(p, num_id=5, ilvl=0):
    """Word automatic numbering on a paragraph (numId 5 = the template's decimal list)."""
    ppr = p._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    lvl = OxmlElement("w:ilvl")
    lvl.set(qn("w:val"), str(ilvl))
    nid = OxmlElement("w:numId")
    nid.set(qn("w:val"), str(num_id))
    numpr.append(lvl)
    numpr.append(nid)
    ppr.insert(0, numpr) if ppr.find(qn("w:pStyle")) is None else ppr.find(qn("w:pStyle")).addnext(numpr)
    return p


def save(doc, name):
    doc.core_properties.author = ""
    doc.core_properties.title = ""
    doc.save(os.path.join(HERE, name))


# ----------------------------------------------------------------- 197
def r197():
    """Gent: a social worker stands in for the coordinator. Typed numbers, one number twice."""
    name = "197_gent_verslag_vervanging.docx"
    doc = new_doc("Calibri", 11)
    para(doc, "Verslag AMIF-netwerk OCMW's", bold=True, size=14)
    para(doc, "Bijeenkomst van donderdag 13 oktober 2016 – OCMW Gent")
    para(doc, "Plaats: Sociaal Huis, vergaderzaal 2de verdieping")
    para(doc, "Verslag: Hanne Verbeke (maatschappelijk werker, vervangt Tom deze keer als coördinator)")
    para(doc)
    runs(doc, [("Aanwezig: ", {"bold": True}),
               ("Hanne Verbeke, Jonas Pauwels (OCMW Gent); Greet Van Acker (POD MI); Mohamed El Idrissi, "
                "Els Wouters (OCMW Antwerpen); Céline Dupont (CPAS Luik); Marc Lambotte (OCMW Charleroi); "
                "Fatima Ouali (OCMW Brussel)", {})])
    runs(doc, [("Verontschuldigd: ", {"bold": True}),
               ("Tom De Clercq (OCMW Gent), Sarah Janssens (OCMW Mortsel)", {})])
    para(doc)
    para(doc, "Agenda:", space_after=2)
    for line in ["9u30\tOnthaal en koffie",
                 "10u00 – 10u45\tStand van zaken per OCMW",
                 "10u45 – 11u30\tNieuwe tevredenheidsenquête",
                 "11u30 – 12u15\tBezoek aan het taalatelier",
                 "12u15\tVaria"]:
        para(doc, line, space_after=0)
    para(doc)

    para(doc, "1. Welkom", bold=True)
    para(doc, "Hanne verwelkomt iedereen namens Tom, die op opleiding is. Korte voorstellingsronde want "
              "Céline en Marc zijn nieuw in het netwerk. Greet legt nog eens uit wat het netwerk wil: "
              "ervaringen uitwisselen tussen de vijf OCMW's met een AMIF-project, zonder dat er namen van "
              "deelnemers uitgewisseld worden (privacy, elk OCMW blijft eigenaar van de gegevens van zijn "
              "deelnemers).")

    para(doc, "2. Stand van zaken per OCMW:", bold=True)
    para(doc, "Gent: 42 deelnemers ingeschreven, waarvan 11 nieuw sinds september. Wachtlijst voor de "
              "taalactivering. De maatschappelijk werkers van de sociale antennes verwijzen goed door, maar "
              "de intake loopt achter (1 intaker voor alles).")
    para(doc, "Antwerpen: Mohamed vertelt over de nieuwe groep in Borgerhout. Veel mensen met een laag "
              "taalniveau, daarom nu meer individuele coaching. Schoten en Edegem willen volgend jaar "
              "aansluiten als partner.")
    para(doc, "Luik: Céline stelt Mod'Actions voor (in het Frans, Hanne vat samen). Drie contracten per "
              "deelnemer: met de maatschappelijk werker, met de intaker en met de verantwoordelijke van elke "
              "module. Afspraken over aanwezigheid en stiptheid staan erin.")
    para(doc, "Charleroi: module 2 is gestart in september. Van de 199 uitgenodigden kwamen er 60 naar de "
              "infosessie (30 %). Marc vraagt of andere OCMW's ook zoveel uitval hebben tussen de lijst en "
              "de infosessie. Herkenbaar voor Antwerpen.")
    para(doc, "Brussel: (nog aan te vullen)")

    para(doc, "2. Nieuwe tevredenheidsenquête", bold=True)
    para(doc, "Greet toont het ontwerp van de tevredenheidsenquête per module. Reacties: te veel abstracte "
              "woorden (\"autonomie\", \"zelfbeeld\"), te lang voor mensen die nauwelijks lezen. Voorstel om "
              "met pictogrammen te werken. Els bekijkt tegen de volgende keer of de enquête ook in het "
              "Arabisch en het Dari kan, Antwerpen heeft daar vertalers voor.")
    para(doc, "Actie: Greet stuurt de aangepaste versie van de enquête naar alle OCMW's vóór eind november.")

    para(doc, "4 Bezoek aan het taalatelier", bold=True)
    para(doc, "Jonas neemt de groep mee naar het taalatelier op het gelijkvloers. Deelnemers oefenen er met "
              "rollenspellen (bij de dokter, op de bus, aan het loket). Veel vragen over hoe de groep "
              "samengesteld wordt: oude en nieuwe deelnemers samen werkt goed volgens Jonas.")
    para(doc, "Actie (Jonas + Hanne): foto's van het taalatelier doormailen naar iedereen, zonder herkenbare "
              "deelnemers.")

    para(doc, "5. Varia", bold=True)
    para(doc, "Actie: elk OCMW bezorgt zijn aantallen van september aan het POD vóór 31/10.")
    para(doc, "Nog iemand zoeken die de Franse vertaling van het verslag naleest (Tom is er niet).")
    para(doc, "Volgende bijeenkomst: donderdag 9 februari in Luik")
    para(doc)
    para(doc, "Hanne")
    save(doc, name)
    return {
        "file": name,
        "languages": ["nl"],
        "online": False,
        "interpretation": False,
        "date": "2016-10-13",
        "people": [
            ["Hanne Verbeke", "Present", "GENT"],
            ["Jonas Pauwels", "Present", "GENT"],
            ["Greet Van Acker", "Present", "SPP"],
            ["Mohamed El Idrissi", "Present", "ANTWERPEN"],
            ["Els Wouters", "Present", "ANTWERPEN"],
            ["Céline Dupont", "Present", "LIEGE"],
            ["Marc Lambotte", "Present", "CHARLEROI"],
            ["Fatima Ouali", "Present", "BRUXELLES"],
            ["Tom De Clercq", "Excused", "GENT"],
            ["Sarah Janssens", "Excused", "MORTSEL"],
        ],
        "agenda": [
            ["09:30", None, "Onthaal en koffie"],
            ["10:00", "10:45", "Stand van zaken per OCMW"],
            ["10:45", "11:30", "Nieuwe tevredenheidsenquête"],
            ["11:30", "12:15", "Bezoek aan het taalatelier"],
            ["12:15", None, "Varia"],
        ],
        "headings": [
            ["1", "Welkom"],
            ["2", "Stand van zaken per OCMW"],
            ["2", "Nieuwe tevredenheidsenquête"],
            ["4", "Bezoek aan het taalatelier"],
            ["5", "Varia"],
        ],
        "actions": [
            ["Network Contact", ["Els Wouters"], None, "Els bekijkt tegen de volgende keer of"],
            ["Network Contact", ["Greet Van Acker"], None, "Greet stuurt de aangepaste versie van"],
            ["Several Network Contacts", ["Jonas Pauwels", "Hanne Verbeke"], None,
             "foto's van het taalatelier doormailen naar iedereen"],
            ["CPAS", [], None, "elk OCMW bezorgt zijn aantallen van september"],
            ["To Be Assigned", [], None, "Nog iemand zoeken die de Franse vertaling"],
        ],
        "next_meeting": {"date": "2017-02-09", "text": "Volgende bijeenkomst: donderdag 9 februari in Luik"},
        "remarks": ["(nog aan te vullen)"],
    }


# ----------------------------------------------------------------- 198
def r198():
    """Liège: the project secretary, long sentences, people named in the prose, Roman numerals."""
    name = "198_liege_rencontre_modactions.docx"
    doc = new_doc("Times New Roman", 12)
    para(doc, "CPAS DE LIÈGE – Projet Mod’Actions", bold=True, align="center")
    para(doc, "Compte rendu de la rencontre des CPAS – projets FAMI", bold=True, align="center", size=13)
    para(doc, "Jeudi 23 mars 2017 – Liège, Maison Mod’Actions (salle polyvalente)", align="center")
    para(doc)
    para(doc, "La rencontre de ce jeudi 23 mars s’est tenue dans les locaux du projet Mod’Actions, où "
              "Mme Véronique Hardy, coordinatrice, et M. Julien Masset, formateur, ont accueilli, avec la "
              "soussignée, Nathalie Grosjean, les représentants des autres CPAS du réseau, à savoir "
              "Mme Anneleen Bracke du CPAS de Gand, M. Youssef Amrani du CPAS d’Anvers, Mme Sabrina Leroy "
              "du CPAS de Charleroi et Mme Patricia Nsimba du CPAS de Bruxelles, ainsi que M. Koen Vermeulen, "
              "qui représentait le SPP Intégration Sociale ; Mme Isabelle Fontaine, du SPP également, et "
              "M. Wim Goossens, du CPAS de Gand, s’étaient excusés.", align="justify")
    para(doc, "La réunion s’est déroulée en français, sans interprète, nos collègues néerlandophones ayant "
              "fait savoir qu’ils le comprenaient suffisamment, et l’ordre du jour prévoyait successivement : "
              "accueil et tour de table, contrats de participation, état d’avancement des projets, enquête "
              "de satisfaction et divers.", align="justify")

    para(doc, "I. Accueil et tour de table", bold=True, underline=True)
    para(doc, "Après un café et une courte visite de la maison, où les participants du module créatif "
              "avaient exposé leurs travaux, Mme Hardy a rappelé que le projet accueille à ce jour une "
              "cinquantaine de primo-arrivants, orientés par les assistants sociaux des antennes, et que "
              "l’entretien d’admission, qui débouche sur un bilan d’orientation, reste selon elle le moment "
              "le plus important du parcours, puisque c’est là que se décide, avec la personne elle-même, "
              "vers quel module elle sera orientée.", align="justify")

    para(doc, "II. Les contrats de participation", bold=True, underline=True)
    para(doc, "M. Masset a ensuite présenté les trois contrats que signe chaque participant, le premier avec "
              "son assistant social, le deuxième avec la personne chargée des entretiens d’admission et le "
              "troisième avec le responsable de chaque module suivi, en insistant sur le fait que ces "
              "contrats fixent des règles claires quant au taux de présence et à la ponctualité, règles qui, "
              "d’après l’expérience liégeoise, sont mieux respectées lorsqu’elles ont été discutées plutôt "
              "qu’imposées. Mme Bracke s’est demandé si trois contrats n’étaient pas beaucoup pour des "
              "personnes qui lisent peu, ce à quoi il a été répondu que les contrats sont lus à voix haute "
              "et expliqués, au besoin avec l’aide d’un médiateur. Le modèle des trois contrats, dans sa "
              "version révisée de février, sera transmis à l’ensemble des CPAS par M. Julien Masset avant la "
              "prochaine rencontre.", align="justify")

    para(doc, "III. État d’avancement dans chaque CPAS", bold=True, underline=True)
    para(doc, "Le tour des CPAS a permis à chacun de faire le point : à Gand, selon Mme Bracke, les groupes "
              "sont complets jusqu’à l’été ; à Anvers, M. Amrani explique que l’accent est mis sur le "
              "coaching individuel, le niveau de langue des participants étant souvent très faible ; à "
              "Charleroi, Mme Leroy rappelle que sur les 199 personnes retenues par les assistantes sociales "
              "pour le module 2, seules 60 se sont présentées à la séance d’information, ce qui a suscité une "
              "longue discussion sur la manière d’inviter le public ; quant à Bruxelles, Mme Nsimba indique "
              "que l’équipe vient d’être complétée par un deuxième animateur (chiffres de Bruxelles à "
              "compléter).", align="justify")
    para(doc, "Mme Sabrina Leroy partagera avec les autres CPAS la lettre d’invitation utilisée à Charleroi, "
              "qui semble avoir mieux fonctionné que les convocations classiques, et chaque CPAS fera "
              "parvenir au SPP, pour le 30 avril, le nombre de participants par module.", align="justify")

    para(doc, "IV. L’enquête de satisfaction", bold=True, underline=True)
    para(doc, "Concernant l’enquête de satisfaction, tous les CPAS ont fait remarquer que les questions "
              "actuelles comportent des termes trop abstraits pour notre public, et certains ont regretté "
              "qu’elle n’existe qu’en français et en néerlandais. Le SPP, par la voix de M. Koen Vermeulen, "
              "s’engage à revoir la formulation des questions et à en proposer une version en arabe et en "
              "anglais.", align="justify")

    para(doc, "V. Divers", bold=True, underline=True)
    para(doc, "En divers, il a été question de rassembler les bonnes pratiques de chaque CPAS en matière de "
              "recrutement, mais personne ne s’est encore proposé pour s’en charger, de sorte que ce point "
              "reviendra à l’ordre du jour.", align="justify")
    para(doc, "La prochaine rencontre aura lieu le jeudi 15 juin à Charleroi, à l’invitation de Mme Leroy, "
              "que nous remercions d’avance.", align="justify")
    para(doc)
    para(doc, "Pour le CPAS de Liège,", align="right", space_after=0)
    para(doc, "N. Grosjean, secrétariat Mod’Actions", align="right")
    footer_text(doc, "Vers une politique de migration plus intégrée, grâce au FAMI")
    save(doc, name)
    return {
        "file": name,
        "languages": ["fr"],
        "online": False,
        "interpretation": False,
        "date": "2017-03-23",
        "people": [
            ["Véronique Hardy", "Present", "LIEGE"],
            ["Julien Masset", "Present", "LIEGE"],
            ["Nathalie Grosjean", "Present", "LIEGE"],
            ["Anneleen Bracke", "Present", "GENT"],
            ["Youssef Amrani", "Present", "ANTWERPEN"],
            ["Sabrina Leroy", "Present", "CHARLEROI"],
            ["Patricia Nsimba", "Present", "BRUXELLES"],
            ["Koen Vermeulen", "Present", "SPP"],
            ["Isabelle Fontaine", "Excused", "SPP"],
            ["Wim Goossens", "Excused", "GENT"],
        ],
        "agenda": [
            [None, None, "accueil et tour de table"],
            [None, None, "contrats de participation"],
            [None, None, "état d’avancement des projets"],
            [None, None, "enquête de satisfaction"],
            [None, None, "divers"],
        ],
        "headings": [
            ["I", "Accueil et tour de table"],
            ["II", "Les contrats de participation"],
            ["III", "État d’avancement dans chaque CPAS"],
            ["IV", "L’enquête de satisfaction"],
            ["V", "Divers"],
        ],
        "actions": [
            ["Network Contact", ["Julien Masset"], None, "Le modèle des trois contrats, dans sa version"],
            ["Network Contact", ["Sabrina Leroy"], None, "Mme Sabrina Leroy partagera avec les autres"],
            ["CPAS", [], None, "chaque CPAS fera parvenir au SPP"],
            ["SPP", [], None, "Le SPP, par la voix de M. Koen"],
            ["To Be Assigned", [], None, "rassembler les bonnes pratiques de chaque CPAS"],
        ],
        "next_meeting": {"date": "2017-06-15",
                         "text": "La prochaine rencontre aura lieu le jeudi 15 juin à Charleroi, à l’invitation "
                                 "de Mme Leroy, que nous remercions d’avance."},
        "remarks": ["(chiffres de Bruxelles à compléter)"],
    }


# ----------------------------------------------------------------- 199
def r199():
    """SPP / POD MI, Dutch-speaking policy officer: Word styles, tables, summary in French."""
    name = "199_pod_mi_teams_indicatoren.docx"
    doc = new_doc("Arial", 10)
    header_text(doc, ["Naar een geïntegreerd migratiebeleid, dankzij het AMIF",
                      "Vers une politique de migration plus intégrée, grâce au FAMI",
                      "POD | Maatschappelijke Integratie – SPP | Intégration Sociale"])
    doc.add_paragraph("Verslag bijeenkomst OCMW's – Rapport rencontre CPAS", style="Title")
    para(doc, "9 februari 2021 – 9 février 2021", bold=True)
    para(doc, "Online via Microsoft Teams, met simultaanvertaling NL/FR via het tolkkanaal")
    para(doc, "Verslag: Pieter Hermans, beleidsmedewerker POD MI", italic=True)

    doc.add_heading("Deelnemers", level=1)
    table(doc, [
        ["Organisatie", "Aanwezig", "Verontschuldigd"],
        ["POD MI", "Pieter Hermans, Lotte Declercq", ""],
        ["OCMW Gent", "Anneleen Bracke, Bram De Smet", ""],
        ["CPAS Liège", "Véronique Hardy", "Julien Masset"],
        ["CPAS Charleroi", "Sabrina Leroy, Mathieu Dethier", ""],
        ["OCMW Antwerpen", "Youssef Amrani", "Kris Van Dyck"],
        ["CPAS Bruxelles", "Patricia Nsimba", ""],
        ["Tolken (extern)", "Anne-Marie Leclercq, Bart Simoens", ""],
    ], shade="D9E2F3", widths=[40, 70, 50])

    doc.add_heading("Agenda", level=1)
    table(doc, [
        ["Tijdstip", "Onderwerp"],
        ["10:00 – 10:15", "Welkom en praktische afspraken"],
        ["10:15 – 11:00", "Stand van zaken per OCMW: modules in coronatijd"],
        ["11:00 – 11:45", "AMIF 2021-2027: gemeenschappelijke indicatoren"],
        ["11:45 – 12:00", "Varia en volgende bijeenkomst"],
    ], shade="D9E2F3", widths=[35, 125])

    doc.add_heading("Welkom en praktische afspraken", level=1)
    para(doc, "Pieter Hermans opent de vergadering en overloopt de praktische afspraken: micro uit als je "
              "niet spreekt, Nederlandstaligen en Franstaligen spreken in hun eigen taal, wie de vertaling "
              "wil volgen kiest in Teams het tolkkanaal. De tolken, Anne-Marie Leclercq en Bart Simoens, "
              "worden bedankt. De vergadering wordt niet opgenomen.")

    doc.add_heading("Stand van zaken per OCMW", level=1)
    doc.add_heading("Gent", level=2)
    para(doc, "Sinds november opnieuw kleine groepen van 4 deelnemers + 1 begeleider. De individuele "
              "coaching loopt telefonisch of via WhatsApp-video. Bram De Smet merkt dat vooral deelnemers "
              "zonder smartphone afhaken.")
    doc.add_heading("Liège / Luik", level=2)
    para(doc, "Véronique Hardy: groepen van 3 + 1, in de grote zaal van het project. Het creatief atelier "
              "ligt stil. De intakegesprekken gaan gewoon door, met mondmasker.")
    doc.add_heading("Charleroi", level=2)
    para(doc, "Ook hier 3 + 1. Sabrina Leroy en Mathieu Dethier vragen zich af of 6 + 1 vanaf maart "
              "mogelijk wordt, want de wachtlijst groeit (ongeveer 40 mensen).")
    doc.add_heading("Antwerpen", level=2)
    para(doc, "Alle collectieve modules online sinds oktober. Youssef Amrani schat dat ongeveer de helft van "
              "de deelnemers bereikt wordt. De partners Schoten, Edegem en Mortsel volgen hetzelfde schema.")
    doc.add_heading("Bruxelles / Brussel", level=2)
    para(doc, "Patricia Nsimba: de groepsactiviteiten liggen stil tot eind februari, enkel individuele "
              "opvolging.")

    doc.add_heading("Gemeenschappelijke indicatoren", level=1)
    para(doc, "Lotte Declercq stelt de gemeenschappelijke output- en resultaatindicatoren voor uit "
              "Verordening (EU) 2021/1147: het aantal deelnemers aan ondersteunende activiteiten "
              "(taalcursus, maatschappelijke oriëntatie, persoonlijke professionele begeleiding), het aantal "
              "deelnemers aan een taalcursus dat minstens één ERK-niveau vooruitgaat, en het aantal "
              "deelnemers dat aangeeft dat de activiteit hen geholpen heeft bij hun integratie. Het POD "
              "verzamelt die cijfers jaarlijks bij de OCMW's. Bedenking van de OCMW's: een ERK-niveau meten "
              "is voor laaggeletterde deelnemers weinig zinvol.")

    doc.add_heading("Acties", level=1)
    for a in ["Template voor de indicatoren rondsturen naar alle OCMW's (POD MI)",
              "Cijfers 2020 per module aanleveren vóór 15 maart (alle OCMW's)",
              "Ervaringen met online sessies bundelen in één document (Anneleen en Sabrina)",
              "Nagaan of de groepsnorm 6 + 1 vanaf maart haalbaar is (OCMW Charleroi)"]:
        doc.add_paragraph(a, style="List Bullet")

    doc.add_heading("Varia en volgende bijeenkomst", level=1)
    para(doc, "Geen varia.")
    para(doc, "Volgende bijeenkomst: dinsdag 8 juni 2021 om 10:00, opnieuw via Teams (onder voorbehoud)")
    para(doc, "Opmerkingen van de OCMW's op dit ontwerp worden nog toegevoegd.", italic=True, color=GREY)

    doc.add_heading("Résumé en français", level=1)
    para(doc, "Réunion en ligne (Teams) avec interprétation simultanée. Chaque CPAS a présenté "
              "l'organisation de ses modules pendant la crise sanitaire (groupes de 3 + 1 à Liège et à "
              "Charleroi, 4 + 1 à Gand, modules en ligne à Anvers, pause à Bruxelles). Le SPP a présenté les "
              "indicateurs communs du FAMI 2021-2027. Les actions sont reprises dans la liste ci-dessus (en "
              "néerlandais). Prochaine réunion le 8 juin 2021, via Teams.")
    save(doc, name)
    return {
        "file": name,
        "languages": ["nl", "fr"],
        "online": True,
        "interpretation": True,
        "date": "2021-02-09",
        "people": [
            ["Pieter Hermans", "Present", "SPP"],
            ["Lotte Declercq", "Present", "SPP"],
            ["Anneleen Bracke", "Present", "GENT"],
            ["Bram De Smet", "Present", "GENT"],
            ["Véronique Hardy", "Present", "LIEGE"],
            ["Sabrina Leroy", "Present", "CHARLEROI"],
            ["Mathieu Dethier", "Present", "CHARLEROI"],
            ["Youssef Amrani", "Present", "ANTWERPEN"],
            ["Patricia Nsimba", "Present", "BRUXELLES"],
            ["Anne-Marie Leclercq", "Present", None],
            ["Bart Simoens", "Present", None],
            ["Julien Masset", "Excused", "LIEGE"],
            ["Kris Van Dyck", "Excused", "ANTWERPEN"],
        ],
        "agenda": [
            ["10:00", "10:15", "Welkom en praktische afspraken"],
            ["10:15", "11:00", "Stand van zaken per OCMW: modules in coronatijd"],
            ["11:00", "11:45", "AMIF 2021-2027: gemeenschappelijke indicatoren"],
            ["11:45", "12:00", "Varia en volgende bijeenkomst"],
        ],
        "headings": [
            ["", "Deelnemers"],
            ["", "Agenda"],
            ["", "Welkom en praktische afspraken"],
            ["", "Stand van zaken per OCMW"],
            ["", "Gent"],
            ["", "Liège / Luik"],
            ["", "Charleroi"],
            ["", "Antwerpen"],
            ["", "Bruxelles / Brussel"],
            ["", "Gemeenschappelijke indicatoren"],
            ["", "Acties"],
            ["", "Varia en volgende bijeenkomst"],
            ["", "Résumé en français"],
        ],
        "actions": [
            ["SPP", [], None, "Template voor de indicatoren rondsturen naar"],
            ["CPAS", [], None, "Cijfers 2020 per module aanleveren vóór"],
            ["Several Network Contacts", ["Anneleen Bracke", "Sabrina Leroy"], None,
             "Ervaringen met online sessies bundelen in"],
            ["CPAS", [], "CHARLEROI", "Nagaan of de groepsnorm 6 + 1"],
        ],
        "next_meeting": {"date": "2021-06-08",
                         "text": "Volgende bijeenkomst: dinsdag 8 juni 2021 om 10:00, opnieuw via Teams "
                                 "(onder voorbehoud)"},
        "remarks": ["(onder voorbehoud)", "Opmerkingen van de OCMW's op dit ontwerp worden nog toegevoegd."],
    }


# ----------------------------------------------------------------- 200
def r200():
    """Charleroi: the team puts everything in Word tables; section titles '1)' as bold lines."""
    name = "200_charleroi_reunion_tableaux.docx"
    doc = new_doc("Arial", 10, margins=20)
    table(doc, [
        [("CPAS DE CHARLEROI", {"bold": True}), "Service Action Migrants – projet Activ'Up"],
        [("Réunion réseau FAMI", {"bold": True}), "Jeudi 21/06/2018 – 9h30"],
        ["Lieu", "CPAS de Charleroi, salle de réunion du 3e étage"],
        ["Rédaction", "Mathieu D."],
    ], header=False, widths=[50, 120])
    para(doc)

    para(doc, "1) Présences", bold=True)
    table(doc, [
        ["Nom", "Institution", "P / E"],
        ["Sabrina Leroy", "CPAS Charleroi", "P"],
        ["Mathieu Dethier", "CPAS Charleroi", "P"],
        ["Gaëlle Wauters", "CPAS Binche", "P"],
        ["Koen Vermeulen", "SPP IS", "P"],
        ["Patricia Nsimba", "CPAS Bruxelles", "E"],
        ["Véronique Hardy", "CPAS Liège", "P"],
        ["Bram De Smet", "OCMW Gent", "P"],
        ["Nadia Bouzid", "OCMW Antwerpen", "P"],
        ["Youssef Amrani", "OCMW Antwerpen", "E"],
        ["Carine Delvaux", "asbl Alpha Sambre (invitée)", "P"],
    ], shade="E7E6E6", widths=[55, 85, 30])
    para(doc, "P = présent(e) – E = excusé(e)", italic=True, size=8)

    para(doc, "2) Ordre du jour", bold=True)
    table(doc, [
        ["Heure", "Point"],
        ["9h30", "Accueil – café"],
        ["10h00", "Tour de table des CPAS"],
        ["10h45", "Présentation asbl Alpha Sambre : alphabétisation et FLE"],
        ["11h30", "Recrutement : bilan des séances d'information"],
        ["12h15", "Divers"],
        ["12h30", "Lunch (sandwichs)"],
    ], shade="E7E6E6", widths=[25, 145])
    para(doc)

    para(doc, "3) Compte rendu", bold=True)
    table(doc, [
        ["Point", "Discussion"],
        ["Tour de table", [
            "Charleroi : module 3 en préparation (sept 2018 – juin 2019). Nouveau listing de plus de 1000 "
            "personnes avec l'observatoire local.",
            "Binche : 12 participants, collaboration avec Charleroi pour les sorties socio-culturelles.",
            "Liège : rien de neuf, les ateliers tournent bien.",
            "Gent : nouvelle collègue pour l'intake à partir de septembre.",
            "Antwerpen : [à compléter – Youssef excusé]",
            "Bruxelles : excusée."]],
        ["Alpha Sambre", [
            "Carine présente les cours d'alpha et de FLE. Les participants d'Activ'Up restent prioritaires "
            "pour le FLE (subside PCS).",
            "Question de Bram : comment évaluer le niveau de langue sans test écrit ? Réponse : entretien "
            "oral + mises en situation."]],
        ["Recrutement", [
            "Module 1 : 110 présents sur 315 invités (35 %). Module 2 : 60 sur 199 (30 %). On perd beaucoup "
            "de monde entre le listing et la séance d'info.",
            "Idées : rappel par SMS la veille, invitation par l'AS elle-même, séance dans l'antenne sociale "
            "et pas au siège."]],
        ["Divers", "L'enquête de satisfaction est trop difficile pour nos participants. Demande de "
                   "traduction en arabe (déjà demandé en 2017 ?)."],
    ], shade="E7E6E6", widths=[35, 135])
    para(doc)

    para(doc, "4) Actions", bold=True)
    table(doc, [
        ["Quoi ?", "Qui ?", "Pour quand ?"],
        ["Envoyer la présentation d'Alpha Sambre à tous les CPAS", "Mathieu", "29/06"],
        ["Compléter le tableau des présences module 2", "CPAS Binche", "fin juin"],
        ["Transmettre les chiffres de recrutement par module", "chaque CPAS", "15/09"],
        ["Proposer une date pour la visite à Gent", "Bram + Sabrina", "?"],
        ["Traduire l'enquête de satisfaction en arabe", "SPP", "rentrée"],
        ["Réserver un interprète pour la réunion d'octobre", "?", "septembre"],
    ], shade="E7E6E6", widths=[100, 40, 30])
    para(doc)

    para(doc, "5) Prochaine réunion", bold=True)
    table(doc, [["Date", "jeudi 18 octobre 2018 – OCMW Gent (à confirmer)"]], header=False, widths=[35, 135])
    save(doc, name)
    return {
        "file": name,
        "languages": ["fr"],
        "online": False,
        "interpretation": False,
        "date": "2018-06-21",
        "people": [
            ["Sabrina Leroy", "Present", "CHARLEROI"],
            ["Mathieu Dethier", "Present", "CHARLEROI"],
            ["Gaëlle Wauters", "Present", "BINCHE"],
            ["Koen Vermeulen", "Present", "SPP"],
            ["Véronique Hardy", "Present", "LIEGE"],
            ["Bram De Smet", "Present", "GENT"],
            ["Nadia Bouzid", "Present", "ANTWERPEN"],
            ["Carine Delvaux", "Present", None],
            ["Patricia Nsimba", "Excused", "BRUXELLES"],
            ["Youssef Amrani", "Excused", "ANTWERPEN"],
        ],
        "agenda": [
            ["09:30", None, "Accueil – café"],
            ["10:00", None, "Tour de table des CPAS"],
            ["10:45", None, "Présentation asbl Alpha Sambre : alphabétisation et FLE"],
            ["11:30", None, "Recrutement : bilan des séances d'information"],
            ["12:15", None, "Divers"],
            ["12:30", None, "Lunch (sandwichs)"],
        ],
        "headings": [
            ["1", "Présences"],
            ["2", "Ordre du jour"],
            ["3", "Compte rendu"],
            ["4", "Actions"],
            ["5", "Prochaine réunion"],
        ],
        "actions": [
            ["Network Contact", ["Mathieu Dethier"], None, "Envoyer la présentation d'Alpha Sambre à"],
            ["CPAS", [], "BINCHE", "Compléter le tableau des présences module 2"],
            ["CPAS", [], None, "Transmettre les chiffres de recrutement par module"],
            ["Several Network Contacts", ["Bram De Smet", "Sabrina Leroy"], None,
             "Proposer une date pour la visite"],
            ["SPP", [], None, "Traduire l'enquête de satisfaction en arabe"],
            ["To Be Assigned", [], None, "Réserver un interprète pour la réunion"],
        ],
        "next_meeting": {"date": "2018-10-18", "text": "jeudi 18 octobre 2018 – OCMW Gent (à confirmer)"},
        "remarks": ["[à compléter – Youssef excusé]", "(à confirmer)"],
    }


# ----------------------------------------------------------------- 201
def r201():
    """Antwerpen coordinator: bullet fragments, first names for his own team, Zoom, lockdown."""
    name = "201_antwerpen_zoom_corona.docx"
    doc = new_doc("Verdana", 9)
    para(doc, "AMIF netwerk – overleg via Zoom – 14/05/2020", bold=True, size=11)
    para(doc, "notulen: Kris Van Dyck")
    para(doc)
    para(doc, "Aanw.:", space_after=0)
    for line in ["Antw: Kris, Nadia, Youssef",
                 "Schoten: Jef Peeters",
                 "Edegem: Lien Coppens",
                 "Gent: Bram De Smet",
                 "Luik: Véronique Hardy",
                 "Charleroi: Sabrina Leroy",
                 "Brussel: Patricia Nsimba",
                 "POD: Koen Vermeulen"]:
        doc.add_paragraph(line, style="List Bullet")
    runs(doc, [("Verontsch.: ", {"bold": True}), ("Sarah Janssens (Mortsel), Anneleen Bracke (Gent)", {})])
    para(doc, "geen tolk – iedereen in eigen taal, vragen in de chat", italic=True)
    para(doc, "Agenda:", space_after=0)
    for line in ["corona: hoe lopen de modules nu", "groepsgrootte", "enquête online?", "varia"]:
        doc.add_paragraph(line, style="List Bullet")
    para(doc)

    para(doc, "Corona – stand van zaken", bold=True)
    for line in ["Antw: alles online sinds 16/3, whatsappgroepen per module, ± 60% bereikt",
                 "Gent (Bram): 1x/week bellen naar elke deelnemer, veel stress ivm huur en school kinderen",
                 "Luik + Charleroi: individuele afspraken gaan door, collectief ligt stil",
                 "Brussel: pauze, enkel tel. opvolging",
                 "Schoten/Edegem: veel deelnemers zonder laptop of wifi → probleem",
                 "[cijfers Edegem nog aanvullen]",
                 "→ Jef: lijst laptops/tablets die partners kunnen uitlenen opvragen bij de gemeente",
                 "OCMW Edegem: checken of de bib wifi-hotspots uitleent"]:
        doc.add_paragraph(line, style="List Bullet")

    para(doc, "Groepen", bold=True)
    for line in ["vanaf 18/5 opnieuw kleine groepen mogelijk?",
                 "Gent denkt aan 4+1, Luik en Charleroi 3+1 (regels verschillen per OCMW/stad)",
                 "POD: standpunt over verlenging modules tot eind augustus tegen eind mei",
                 "ACTIE KVD: mail naar alle partners met de afspraken rond groepen"]:
        doc.add_paragraph(line, style="List Bullet")

    para(doc, "Enquête", bold=True)
    for line in ["papieren enquête kan nu niet, online?",
                 "Bram + Nadia: korte handleiding Zoom/Forms voor deelnemers maken (NL/FR?)",
                 "iemand moet de enquête omzetten naar Forms (vrijwilliger?)"]:
        doc.add_paragraph(line, style="List Bullet")

    para(doc, "Varia", bold=True)
    for line in ["elk OCMW: aantal bereikte deelnemers doorgeven tegen 1/6",
                 "Youssef stopt eind juni (!) – opvolger nog niet bekend",
                 "vlgnd overleg: do 25/6, 10u, Zoom"]:
        doc.add_paragraph(line, style="List Bullet")
    save(doc, name)
    return {
        "file": name,
        "languages": ["nl"],
        "online": True,
        "interpretation": False,
        "date": "2020-05-14",
        "people": [
            ["Kris Van Dyck", "Present", "ANTWERPEN"],
            ["Nadia", "Present", "ANTWERPEN"],
            ["Youssef", "Present", "ANTWERPEN"],
            ["Jef Peeters", "Present", "SCHOTEN"],
            ["Lien Coppens", "Present", "EDEGEM"],
            ["Bram De Smet", "Present", "GENT"],
            ["Véronique Hardy", "Present", "LIEGE"],
            ["Sabrina Leroy", "Present", "CHARLEROI"],
            ["Patricia Nsimba", "Present", "BRUXELLES"],
            ["Koen Vermeulen", "Present", "SPP"],
            ["Sarah Janssens", "Excused", "MORTSEL"],
            ["Anneleen Bracke", "Excused", "GENT"],
        ],
        "agenda": [
            [None, None, "corona: hoe lopen de modules nu"],
            [None, None, "groepsgrootte"],
            [None, None, "enquête online?"],
            [None, None, "varia"],
        ],
        "headings": [
            ["", "Corona – stand van zaken"],
            ["", "Groepen"],
            ["", "Enquête"],
            ["", "Varia"],
        ],
        "actions": [
            ["Network Contact", ["Jef Peeters"], None, "lijst laptops/tablets die partners kunnen uitlenen"],
            ["CPAS", [], "EDEGEM", "checken of de bib wifi-hotspots uitleent"],
            ["SPP", [], None, "standpunt over verlenging modules tot eind augustus"],
            ["Network Contact", ["Kris Van Dyck"], None, "mail naar alle partners met de afspraken"],
            ["Several Network Contacts", ["Bram De Smet", "Nadia"], None,
             "korte handleiding Zoom/Forms voor deelnemers maken"],
            ["To Be Assigned", [], None, "iemand moet de enquête omzetten naar Forms"],
            ["CPAS", [], None, "aantal bereikte deelnemers doorgeven tegen 1/6"],
        ],
        "next_meeting": {"date": "2020-06-25", "text": "vlgnd overleg: do 25/6, 10u, Zoom"},
        "remarks": ["[cijfers Edegem nog aanvullen]"],
    }


# ----------------------------------------------------------------- 202
def r202():
    """Bruxelles: the bilingual assistant, French and Dutch side by side in two-column tables, Webex."""
    name = "202_bruxelles_webex_bilingue.docx"
    doc = new_doc("Calibri", 10, margins=18)
    para(doc, "Rapport de la rencontre des CPAS – Verslag van de bijeenkomst van de OCMW's", bold=True,
         align="center", size=13)
    para(doc, "Jeudi 17 novembre 2022 – Donderdag 17 november 2022", align="center")
    para(doc, "Webex – avec interprétation simultanée FR/NL / met simultaanvertaling FR/NL", align="center")
    para(doc)
    para(doc, "Présents / Aanwezig :", space_after=0)
    for line in ["CPAS de Bruxelles / OCMW Brussel : Patricia Nsimba, Léa Vandenberghe",
                 "SPP IS / POD MI : Koen Vermeulen, Isabelle Fontaine",
                 "CPAS de Liège / OCMW Luik : Julien Masset",
                 "CPAS de Charleroi / OCMW Charleroi : Mathieu Dethier",
                 "OCMW Gent / CPAS de Gand : Anneleen Bracke",
                 "OCMW Antwerpen / CPAS d'Anvers : Nadia Bouzid",
                 "Interprètes / Tolken : Sophie Marchal, Pieter Vanhove"]:
        para(doc, line, space_after=0)
    para(doc)
    runs(doc, [("Excusés / Verontschuldigd : ", {"bold": True}),
               ("Véronique Hardy (CPAS de Liège), Kris Van Dyck (OCMW Antwerpen), Gaëlle Wauters (CPAS de "
                "Binche)", {})])
    para(doc, "Ordre du jour / Agenda :", space_after=0)
    for line in ["10:00 – 10:20  Accueil et tour de table / Onthaal en rondetafel",
                 "10:20 – 11:00  FAMI 2021-2027 : fiches projet / AMIF 2021-2027: projectfiches",
                 "11:00 – 11:40  Enquête de satisfaction multilingue / Meertalige tevredenheidsenquête",
                 "11:40 – 12:00  Divers / Varia"]:
        para(doc, line, space_after=0)
    para(doc)

    def two(fr, nl):
        table(doc, [[fr, nl]], header=False, style="Table Grid", widths=[87, 87])
        para(doc, space_after=0)

    para(doc, "1. Tour de table / Rondetafel", bold=True, color=BLUE)
    two("Chaque CPAS présente brièvement où en est son projet. Bruxelles : nouvelle équipe d'intake depuis "
        "septembre, 35 participants. Liège : Julien Masset signale que les trois contrats par participant "
        "sont maintenus. Charleroi : le module de septembre est complet. Gand : les ateliers du soir attirent "
        "plus de femmes. Anvers : Nadia Bouzid annonce que Schoten, Edegem et Mortsel restent partenaires.",
        "Elk OCMW geeft een korte stand van zaken. Brussel: nieuw intaketeam sinds september, 35 deelnemers. "
        "Luik: Julien Masset meldt dat de drie contracten per deelnemer behouden blijven. Charleroi: de module "
        "van september is volzet. Gent: de avondateliers trekken meer vrouwen aan. Antwerpen: Nadia Bouzid "
        "meldt dat Schoten, Edegem en Mortsel partner blijven.")

    para(doc, "2. Fiches projet / Projectfiches", bold=True, color=BLUE)
    two("Koen Vermeulen rappelle que la nouvelle fiche projet demande au moins trois sous-objectifs par "
        "module, et une ventilation des coûts en ETP (par ex. 3 ETP + 2 × 0,5 ETP) avec le type de "
        "financement. Isabelle Fontaine précise que la part du FAMI reste de 75 % des frais de personnel.",
        "Koen Vermeulen herinnert eraan dat de nieuwe projectfiche minstens drie subdoelstellingen per module "
        "vraagt, en een opsplitsing van de kosten in VTE (bv. 3 VTE + 2 × 0,5 VTE) met het type financiering. "
        "Isabelle Fontaine verduidelijkt dat het AMIF-aandeel 75 % van de personeelskosten blijft.")

    para(doc, "3. Enquête de satisfaction / Tevredenheidsenquête", bold=True, color=BLUE)
    t = table(doc, [["L'enquête actuelle reste trop abstraite. Le SPP a fait traduire une version simplifiée "
                     "en arabe et en dari. Plusieurs CPAS demandent aussi le tigrinya et l'ukrainien.",
                     "De huidige enquête blijft te abstract. Het POD liet een vereenvoudigde versie vertalen "
                     "naar het Arabisch en het Dari. Verschillende OCMW's vragen ook Tigrinya en Oekraïens. "]],
              header=False, widths=[87, 87])
    r = t.cell(0, 1).paragraphs[0].add_run("[NL-vertaling punt 3 nog na te kijken]")
    r.font.color.rgb = RED
    para(doc, space_after=0)

    para(doc, "4. Divers / Varia", bold=True, color=BLUE)
    two("Le CPAS de Bruxelles accueillera la réunion de mars dans ses locaux de la rue Haute.",
        "Het OCMW Brussel ontvangt de bijeenkomst van maart in zijn lokalen in de Hoogstraat.")

    para(doc, "5. Actions / Acties", bold=True, color=BLUE)
    table(doc, [
        ["Action / Actie", "Qui / Wie", "Quand / Wanneer"],
        ["Envoyer les versions arabe et dari de l'enquête / De Arabische en Dari-versie van de enquête "
         "versturen", "SPP IS / POD MI", "décembre / december"],
        ["Tester l'enquête simplifiée avec un groupe / De vereenvoudigde enquête testen met een groep",
         "chaque CPAS / elk OCMW", "janvier / januari"],
        ["Partager la fiche projet de Liège comme exemple / De projectfiche van Luik delen als voorbeeld",
         "Julien Masset", "30/11"],
        ["Organiser une réunion technique sur les indicateurs / Een technische vergadering over de "
         "indicatoren organiseren", "Koen + Nadia", "avant/vóór 31/12"],
        ["Réserver les interprètes pour mars / De tolken reserveren voor maart",
         "CPAS de Bruxelles / OCMW Brussel", "février / februari"],
    ], shade="DEEAF6", widths=[100, 45, 29])
    para(doc)
    para(doc, "Prochaine réunion / Volgende bijeenkomst : jeudi 16 mars 2023, CPAS de Bruxelles / donderdag "
              "16 maart 2023, OCMW Brussel")
    para(doc)
    para(doc, "Rédaction / Verslag : Léa Vandenberghe (CPAS de Bruxelles / OCMW Brussel)", italic=True,
         align="right")
    save(doc, name)
    return {
        "file": name,
        "languages": ["fr", "nl"],
        "online": True,
        "interpretation": True,
        "date": "2022-11-17",
        "people": [
            ["Patricia Nsimba", "Present", "BRUXELLES"],
            ["Léa Vandenberghe", "Present", "BRUXELLES"],
            ["Koen Vermeulen", "Present", "SPP"],
            ["Isabelle Fontaine", "Present", "SPP"],
            ["Julien Masset", "Present", "LIEGE"],
            ["Mathieu Dethier", "Present", "CHARLEROI"],
            ["Anneleen Bracke", "Present", "GENT"],
            ["Nadia Bouzid", "Present", "ANTWERPEN"],
            ["Sophie Marchal", "Present", None],
            ["Pieter Vanhove", "Present", None],
            ["Véronique Hardy", "Excused", "LIEGE"],
            ["Kris Van Dyck", "Excused", "ANTWERPEN"],
            ["Gaëlle Wauters", "Excused", "BINCHE"],
        ],
        "agenda": [
            ["10:00", "10:20", "Accueil et tour de table / Onthaal en rondetafel"],
            ["10:20", "11:00", "FAMI 2021-2027 : fiches projet / AMIF 2021-2027: projectfiches"],
            ["11:00", "11:40", "Enquête de satisfaction multilingue / Meertalige tevredenheidsenquête"],
            ["11:40", "12:00", "Divers / Varia"],
        ],
        "headings": [
            ["1", "Tour de table / Rondetafel"],
            ["2", "Fiches projet / Projectfiches"],
            ["3", "Enquête de satisfaction / Tevredenheidsenquête"],
            ["4", "Divers / Varia"],
            ["5", "Actions / Acties"],
        ],
        "actions": [
            ["SPP", [], None, "Envoyer les versions arabe et dari"],
            ["CPAS", [], None, "Tester l'enquête simplifiée avec un groupe"],
            ["Network Contact", ["Julien Masset"], None, "Partager la fiche projet de Liège"],
            ["Several Network Contacts", ["Koen Vermeulen", "Nadia Bouzid"], None,
             "Organiser une réunion technique sur les indicateurs"],
            ["CPAS", [], "BRUXELLES", "Réserver les interprètes pour mars"],
        ],
        "next_meeting": {"date": "2023-03-16",
                         "text": "Prochaine réunion / Volgende bijeenkomst : jeudi 16 mars 2023, CPAS de "
                                 "Bruxelles / donderdag 16 maart 2023, OCMW Brussel"},
        "remarks": ["[NL-vertaling punt 3 nog na te kijken]"],
    }


# ----------------------------------------------------------------- 203
def r203():
    """Binche hosts: the agenda (auto-numbered list) copied word for word into typed-number headings."""
    name = "203_binche_accueil_reseau.docx"
    doc = new_doc("Cambria", 11)
    para(doc, "CPAS DE BINCHE", bold=True, size=14, color=BLUE)
    para(doc, "Réunion du réseau FAMI des CPAS", bold=True, space_after=0)
    para(doc, "Jeudi 28 septembre 2023 – CPAS de Binche, salle du Conseil")
    para(doc)
    para(doc, "Étaient présents :", space_after=0)
    for line in ["Mme Gaëlle Wauters, coordinatrice du projet – CPAS de Binche",
                 "M. Thierry Lemaire, Président du CPAS de Binche (pour l'accueil)",
                 "Mme Sabrina Leroy – CPAS de Charleroi",
                 "M. Koen Vermeulen et Mme Julie Renard – SPP Intégration Sociale",
                 "M. Julien Masset – CPAS de Liège",
                 "Mme Anneleen Bracke – OCMW Gent",
                 "M. Jef Peeters – OCMW Schoten",
                 "Mme Hilde Verstraeten, interprète (interprétation consécutive FR-NL)"]:
        doc.add_paragraph(line, style="List Bullet")
    runs(doc, [("Excusés : ", {"bold": True}),
               ("Mme Patricia Nsimba (CPAS de Bruxelles), Mme Nadia Bouzid (OCMW Antwerpen)", {})])
    para(doc)
    para(doc, "Ordre du jour :", space_after=0)
    for line in ["9h30 – 10h00 : Accueil par le Président",
                 "10h00 – 10h45 : Présentation du projet de Binche",
                 "10h45 – 11h30 : Tour de table : recrutement et séances d'information",
                 "11h30 – 12h15 : Indicateurs communs et collecte des données",
                 "12h15 – 12h30 : Divers et prochaine réunion"]:
        doc.add_paragraph(line, style="List Number")
    para(doc)

    doc.add_heading("1. Accueil par le Président", level=2)
    para(doc, "M. Lemaire souhaite la bienvenue au réseau et rappelle que Binche participe au projet depuis "
              "2016 comme partenaire de Charleroi. Mme Verstraeten assure l'interprétation consécutive pour "
              "les collègues néerlandophones.")

    doc.add_heading("2. Présentation du projet de Binche", level=2)
    para(doc, "Gaëlle présente le projet : 18 participants cette année, coaching individuel tous les quinze "
              "jours, un atelier collectif par semaine et une sortie socio-culturelle par mois. L'équipe "
              "compte 1,5 ETP. Le recrutement se fait via les AS des antennes sociales.")
    para(doc, "Points forts : le travail intensif et le lien avec les participants. À améliorer : la "
              "communication quand un cours est annulé (les participants l'apprennent trop tard).")

    doc.add_heading("3. Tour de table : recrutement et séances d'information", level=2)
    para(doc, "Charleroi invite maintenant par courrier + rappel par téléphone, et le taux de présence aux "
              "séances d'information est monté à 45 %. Liège garde les inscriptions ouvertes toute l'année. "
              "À Gand et à Schoten, c'est surtout le bouche-à-oreille entre participants qui fonctionne.")
    para(doc, "Action : Mme Leroy enverra à Binche le modèle de lettre d'invitation utilisé à Charleroi.")

    doc.add_heading("4. Indicateurs communs et collecte des données", level=2)
    para(doc, "M. Vermeulen présente les indicateurs communs du Règlement (UE) 2021/1147 que chaque CPAS devra "
              "encoder chaque année : participants aux activités de soutien, progression d'au moins un niveau "
              "CECR, participants qui estiment que l'activité a aidé leur intégration. Mme Renard explique que "
              "le SPP ne reçoit que des chiffres, jamais de noms : chaque CPAS reste propriétaire des données "
              "de ses participants.")
    para(doc, "Action : SPP – envoi du tableau des indicateurs communs avant le 31 octobre.")
    para(doc, "Action : chaque CPAS désigne une personne de référence pour les données.")

    doc.add_heading("5. Divers et prochaine réunion", level=2)
    para(doc, "Action : le CPAS de Binche adapte sa fiche projet (au moins trois sous-objectifs par module).")
    para(doc, "Action : Anneleen et Jef préparent ensemble un atelier sur l'enquête de satisfaction pour la "
              "prochaine réunion.")
    para(doc, "Prochaine réunion : le jeudi 7 décembre 2023 à Schoten (date à confirmer).")
    para(doc, "Les chiffres de Liège seront ajoutés dès réception.", italic=True)
    para(doc)
    para(doc, "G. Wauters")
    save(doc, name)
    return {
        "file": name,
        "languages": ["fr"],
        "online": False,
        "interpretation": True,
        "date": "2023-09-28",
        "people": [
            ["Gaëlle Wauters", "Present", "BINCHE"],
            ["Thierry Lemaire", "Present", "BINCHE"],
            ["Sabrina Leroy", "Present", "CHARLEROI"],
            ["Koen Vermeulen", "Present", "SPP"],
            ["Julie Renard", "Present", "SPP"],
            ["Julien Masset", "Present", "LIEGE"],
            ["Anneleen Bracke", "Present", "GENT"],
            ["Jef Peeters", "Present", "SCHOTEN"],
            ["Hilde Verstraeten", "Present", None],
            ["Patricia Nsimba", "Excused", "BRUXELLES"],
            ["Nadia Bouzid", "Excused", "ANTWERPEN"],
        ],
        "agenda": [
            ["09:30", "10:00", "Accueil par le Président"],
            ["10:00", "10:45", "Présentation du projet de Binche"],
            ["10:45", "11:30", "Tour de table : recrutement et séances d'information"],
            ["11:30", "12:15", "Indicateurs communs et collecte des données"],
            ["12:15", "12:30", "Divers et prochaine réunion"],
        ],
        "headings": [
            ["1", "Accueil par le Président"],
            ["2", "Présentation du projet de Binche"],
            ["3", "Tour de table : recrutement et séances d'information"],
            ["4", "Indicateurs communs et collecte des données"],
            ["5", "Divers et prochaine réunion"],
        ],
        "actions": [
            ["Network Contact", ["Sabrina Leroy"], None, "Mme Leroy enverra à Binche le modèle"],
            ["SPP", [], None, "envoi du tableau des indicateurs communs"],
            ["CPAS", [], None, "chaque CPAS désigne une personne de référence"],
            ["CPAS", [], "BINCHE", "le CPAS de Binche adapte sa fiche projet"],
            ["Several Network Contacts", ["Anneleen Bracke", "Jef Peeters"], None,
             "Anneleen et Jef préparent ensemble un atelier"],
        ],
        "next_meeting": {"date": "2023-12-07",
                         "text": "Prochaine réunion : le jeudi 7 décembre 2023 à Schoten (date à confirmer)."},
        "remarks": ["(date à confirmer)", "Les chiffres de Liège seront ajoutés dès réception."],
    }


# ----------------------------------------------------------------- 204
def r204():
    """Schoten hosts: headings with letters that do not repeat the programme; remark in red."""
    name = "204_schoten_netwerkdag.docx"
    doc = new_doc("Calibri", 11)
    para(doc, "Verslag netwerkdag AMIF", bold=True, size=16, space_after=0)
    para(doc, "OCMW Schoten ontvangt het netwerk", italic=True, space_after=0)
    para(doc, "Donderdag 24 april 2025 – Sociaal Huis Schoten, zaal De Linde")
    para(doc)
    para(doc, "Aanwezig:", space_after=0)
    for line in ["OCMW Schoten:\tJef Peeters, Ilse Verhoeven",
                 "OCMW Antwerpen:\tKris Van Dyck, Nadia Bouzid",
                 "OCMW Edegem:\tLien Coppens",
                 "OCMW Mortsel:\tSarah Janssens",
                 "OCMW Gent:\tBram De Smet",
                 "CPAS Charleroi:\tMathieu Dethier",
                 "POD MI:\tJulie Renard",
                 "Gast:\tAhmed Benhaddou (vzw De Brug, buddywerking)"]:
        para(doc, line, space_after=0)
    para(doc)
    runs(doc, [("Verontschuldigd: ", {"bold": True}),
               ("Véronique Hardy (CPAS Luik), Patricia Nsimba (OCMW Brussel), Anneleen Bracke (OCMW Gent)", {})])
    para(doc)
    para(doc, "Programma:", space_after=0)
    for line in ["09.30 u.\tOntvangst met koffie",
                 "10.00 u.\tVoorstelling buddywerking vzw De Brug",
                 "10.45 u.\tStand van zaken per OCMW",
                 "11.45 u.\tHoe lang bewaren we dossiers? (GDPR)",
                 "12.30 u.\tBroodjeslunch"]:
        para(doc, line, space_after=0)
    para(doc)

    para(doc, "a) Onthaal", bold=True, color=BLUE)
    para(doc, "Jef heet iedereen welkom in Schoten. Schoten is sinds 2017 partner van het Antwerpse project; "
              "het is de eerste keer dat het netwerk hier samenkomt. Korte rondleiding in het Sociaal Huis.")

    para(doc, "b) Buddywerking De Brug", bold=True, color=BLUE)
    para(doc, "Ahmed Benhaddou stelt de buddywerking voor: vrijwilligers die een nieuwkomer een half jaar lang "
              "wekelijks ontmoeten. Buddy's krijgen een korte vorming. Ervaring: deelnemers durven meer "
              "Nederlands te spreken buiten de les. Vraag van Mathieu: werkt dat ook met mensen die nog niet "
              "kunnen lezen of schrijven? Ja, de buddy's werken vooral mondeling.")
    para(doc, "De presentatie van De Brug wordt na de vergadering doorgestuurd door Ilse. Lien en Sarah "
              "stellen samen een voorstel van buddycharter op voor Edegem en Mortsel.")

    para(doc, "c) Ronde van de OCMW's", bold=True, color=BLUE)
    para(doc, "Antwerpen (Kris, Nadia): 64 deelnemers, nieuwe module rond wonen en huren. Edegem: 9 "
              "deelnemers, wachtlijst. Mortsel: weinig doorverwijzingen van de maatschappelijk werkers. Sarah "
              "gaat de komende weken langs bij de teams van de sociale dienst. Gent (Bram): de "
              "tevredenheidsenquête met pictogrammen werkt goed. Charleroi (Mathieu): groep van 12, veel "
              "uitval na de infosessie, zoals vroeger. Schoten: 7 deelnemers, samenwerking met de bib.")

    para(doc, "d) Documenten bewaren: hoe lang?", bold=True, color=BLUE)
    para(doc, "Julie Renard licht toe hoe lang documenten bewaard moeten worden. Documenten van een "
              "AMIF-project worden vijf jaar bewaard vanaf 31 december van het jaar van de laatste betaling "
              "(Verordening (EU) 2021/1060, art. 82). Persoonsgegevens bewaar je niet langer dan nodig (AVG "
              "art. 5), en een deelnemer mag altijd vragen wat er over hem bijgehouden wordt (art. 15). "
              "Discussie: intakeverslagen en oriëntatiebalansen zitten vaak in het sociaal dossier, niet in "
              "het projectdossier.")
    para(doc, "Het POD stuurt een korte nota over de bewaartermijnen naar alle partners.")
    para(doc, "Elk OCMW gaat na waar de intakeverslagen van 2019-2020 nog bewaard worden.")
    para(doc, "OCMW Mortsel bezorgt de contactgegevens van hun DPO aan Schoten.")

    para(doc, "e) Allerlei", bold=True, color=BLUE)
    para(doc, "Volgende netwerkdag: dinsdag 30 september in Luik", space_after=0)
    para(doc, "(locatie nog te bevestigen)", color=RED)
    para(doc, "Bedankt aan het onthaalteam van Schoten voor de broodjes!")
    para(doc)
    para(doc, "verslag Ilse", italic=True)
    save(doc, name)
    return {
        "file": name,
        "languages": ["nl"],
        "online": False,
        "interpretation": False,
        "date": "2025-04-24",
        "people": [
            ["Jef Peeters", "Present", "SCHOTEN"],
            ["Ilse Verhoeven", "Present", "SCHOTEN"],
            ["Kris Van Dyck", "Present", "ANTWERPEN"],
            ["Nadia Bouzid", "Present", "ANTWERPEN"],
            ["Lien Coppens", "Present", "EDEGEM"],
            ["Sarah Janssens", "Present", "MORTSEL"],
            ["Bram De Smet", "Present", "GENT"],
            ["Mathieu Dethier", "Present", "CHARLEROI"],
            ["Julie Renard", "Present", "SPP"],
            ["Ahmed Benhaddou", "Present", None],
            ["Véronique Hardy", "Excused", "LIEGE"],
            ["Patricia Nsimba", "Excused", "BRUXELLES"],
            ["Anneleen Bracke", "Excused", "GENT"],
        ],
        "agenda": [
            ["09:30", None, "Ontvangst met koffie"],
            ["10:00", None, "Voorstelling buddywerking vzw De Brug"],
            ["10:45", None, "Stand van zaken per OCMW"],
            ["11:45", None, "Hoe lang bewaren we dossiers? (GDPR)"],
            ["12:30", None, "Broodjeslunch"],
        ],
        "headings": [
            ["a", "Onthaal"],
            ["b", "Buddywerking De Brug"],
            ["c", "Ronde van de OCMW's"],
            ["d", "Documenten bewaren: hoe lang?"],
            ["e", "Allerlei"],
        ],
        "actions": [
            ["Network Contact", ["Ilse Verhoeven"], None, "De presentatie van De Brug wordt"],
            ["Several Network Contacts", ["Lien Coppens", "Sarah Janssens"], None,
             "Lien en Sarah stellen samen een voorstel"],
            ["Network Contact", ["Sarah Janssens"], None, "Sarah gaat de komende weken langs"],
            ["SPP", [], None, "Het POD stuurt een korte nota"],
            ["CPAS", [], None, "Elk OCMW gaat na waar de"],
            ["CPAS", [], "MORTSEL", "OCMW Mortsel bezorgt de contactgegevens van"],
        ],
        "next_meeting": {"date": "2025-09-30", "text": "Volgende netwerkdag: dinsdag 30 september in Luik"},
        "remarks": ["(locatie nog te bevestigen)"],
    }


# ----------------------------------------------------------------- 205
def r205():
    """SPP, French-speaking officer: French then Dutch paragraph by paragraph, Teams without interpreters."""
    name = "205_spp_teams_bilan_2025.docx"
    doc = new_doc("Arial", 10)
    header_text(doc, ["SPP Intégration Sociale – POD Maatschappelijke Integratie",
                      "Vers une politique de migration plus intégrée, grâce au FAMI / Naar een geïntegreerd "
                      "migratiebeleid, dankzij het AMIF"])
    para(doc, "Rapport rencontre CPAS – Verslag bijeenkomst OCMW's", bold=True, size=14, color=BLUE)
    para(doc, "20 janvier 2026 – 20 januari 2026", bold=True)
    para(doc, "Réunion en ligne (Microsoft Teams), sans interprétation : chacun s'exprime dans sa langue.")
    para(doc, "Online vergadering (Microsoft Teams), zonder tolken: iedereen spreekt zijn eigen taal.",
         italic=True)
    runs(doc, [("Participants / Deelnemers : ", {"bold": True}),
               ("Julie Renard, Thomas Lejeune (SPP IS / POD MI) ; Bram De Smet (OCMW Gent) ; Julien Masset "
                "(CPAS de Liège) ; Mathieu Dethier (CPAS de Charleroi) ; Nadia Bouzid (OCMW Antwerpen) ; "
                "Lien Coppens (OCMW Edegem) ; Hind Belkacem (CPAS de Bruxelles)", {})])
    runs(doc, [("Excusés / Verontschuldigd : ", {"bold": True}), ("Gaëlle Wauters (CPAS de Binche) ", {}),
               ("(liste des excusés à compléter / lijst verontschuldigden aan te vullen)", {"italic": True})])
    runs(doc, [("Ordre du jour / Agenda : ", {"bold": True}),
               ("bilan des indicateurs 2025 / balans indicatoren 2025 – enquête simplifiée / vereenvoudigde "
                "enquête – calendrier 2026 / kalender 2026", {})])

    def fr_nl(fr, nl):
        para(doc, fr, space_after=2)
        para(doc, nl, italic=True, color=GREY)

    doc.add_heading("1 – Bilan des indicateurs 2025 / Balans indicatoren 2025", level=2)
    fr_nl("Julie Renard présente les chiffres consolidés 2025 : 412 participants aux activités de soutien dans "
          "les cinq CPAS et leurs partenaires, dont 268 en cours de langue ; 97 participants ont progressé "
          "d'au moins un niveau CECR. Les chiffres de Liège sur la progression CECR semblent trop élevés par "
          "rapport aux années précédentes.",
          "Julie Renard stelt de geconsolideerde cijfers 2025 voor: 412 deelnemers aan ondersteunende "
          "activiteiten in de vijf OCMW's en hun partners, waarvan 268 in een taalcursus; 97 deelnemers gingen "
          "minstens één ERK-niveau vooruit. De cijfers van Luik over de ERK-vooruitgang lijken te hoog in "
          "vergelijking met vorige jaren.")
    fr_nl("Action : le CPAS de Liège vérifie les chiffres CECR et renvoie le fichier corrigé.",
          "Actie: het OCMW Luik controleert de ERK-cijfers en stuurt het verbeterde bestand terug.")
    fr_nl("Action : chaque CPAS renvoie le fichier indicateurs 2025 complété pour le 27 février.",
          "Actie: elk OCMW stuurt het ingevulde indicatorenbestand 2025 terug tegen 27 februari.")

    doc.add_heading("2 – Enquête simplifiée / Vereenvoudigde enquête", level=2)
    fr_nl("Thomas Lejeune montre la version simplifiée de l'enquête de satisfaction : phrases courtes, "
          "pictogrammes, cinq questions au lieu de douze. Gand et Charleroi constatent des taux de présence "
          "très différents entre leurs groupes et voudraient comparer leurs pratiques.",
          "Thomas Lejeune toont de vereenvoudigde tevredenheidsenquête: korte zinnen, pictogrammen, vijf vragen "
          "in plaats van twaalf. Gent en Charleroi zien een heel verschillende aanwezigheidsgraad tussen hun "
          "groepen en willen hun werkwijze vergelijken.")
    fr_nl("Action (SPP) : publier la version simplifiée de l'enquête en six langues.",
          "Actie (POD): de vereenvoudigde enquête in zes talen publiceren.")
    fr_nl("Action : Bram et Mathieu comparent les taux de présence de Gand et de Charleroi.",
          "Actie: Bram en Mathieu vergelijken de aanwezigheidsgraad van Gent en Charleroi.")

    doc.add_heading("3 – Calendrier 2026 / Kalender 2026", level=2)
    fr_nl("Le calendrier 2026 prévoit trois rencontres, dont au moins une en présentiel. Hind Belkacem propose "
          "que Bruxelles accueille la prochaine.",
          "De kalender 2026 voorziet drie bijeenkomsten, waarvan minstens één fysiek. Hind Belkacem stelt voor "
          "dat Brussel de volgende ontvangt.")
    fr_nl("Action (TL) : envoyer le calendrier 2026 par mail à tout le réseau.",
          "Actie (TL): de kalender 2026 naar het hele netwerk mailen.")
    fr_nl("Prochaine réunion : mardi 21 avril 2026, en présentiel au CPAS de Bruxelles.",
          "Volgende vergadering: dinsdag 21 april 2026, fysiek bij het OCMW Brussel.")
    save(doc, name)
    return {
        "file": name,
        "languages": ["fr", "nl"],
        "online": True,
        "interpretation": False,
        "date": "2026-01-20",
        "people": [
            ["Julie Renard", "Present", "SPP"],
            ["Thomas Lejeune", "Present", "SPP"],
            ["Bram De Smet", "Present", "GENT"],
            ["Julien Masset", "Present", "LIEGE"],
            ["Mathieu Dethier", "Present", "CHARLEROI"],
            ["Nadia Bouzid", "Present", "ANTWERPEN"],
            ["Lien Coppens", "Present", "EDEGEM"],
            ["Hind Belkacem", "Present", "BRUXELLES"],
            ["Gaëlle Wauters", "Excused", "BINCHE"],
        ],
        "agenda": [
            [None, None, "bilan des indicateurs 2025 / balans indicatoren 2025"],
            [None, None, "enquête simplifiée / vereenvoudigde enquête"],
            [None, None, "calendrier 2026 / kalender 2026"],
        ],
        "headings": [
            ["1", "Bilan des indicateurs 2025 / Balans indicatoren 2025"],
            ["2", "Enquête simplifiée / Vereenvoudigde enquête"],
            ["3", "Calendrier 2026 / Kalender 2026"],
        ],
        "actions": [
            ["CPAS", [], "LIEGE", "le CPAS de Liège vérifie les chiffres"],
            ["CPAS", [], None, "chaque CPAS renvoie le fichier indicateurs"],
            ["SPP", [], None, "publier la version simplifiée de l'enquête"],
            ["Several Network Contacts", ["Bram De Smet", "Mathieu Dethier"], None,
             "Bram et Mathieu comparent les taux de"],
            ["Network Contact", ["Thomas Lejeune"], None, "envoyer le calendrier 2026 par mail"],
        ],
        "next_meeting": {"date": "2026-04-21",
                         "text": "Prochaine réunion : mardi 21 avril 2026, en présentiel au CPAS de Bruxelles."},
        "remarks": ["(liste des excusés à compléter / lijst verontschuldigden aan te vullen)"],
    }


# ----------------------------------------------------------------- 206
def r206():
    """Edegem partner: titles before names, no agenda, headings numbered automatically by Word."""
    name = "206_edegem_overleg_antwerpen.docx"
    doc = new_doc("Calibri", 11)
    para(doc, "Verslag AMIF-overleg OCMW's", bold=True, size=14, space_after=0)
    para(doc, "28 november 2019, OCMW Antwerpen (vergaderzaal 3.12)")
    para(doc, "Aanwezig: mevr. Lien Coppens (OCMW Edegem, verslag), dhr. Kris Van Dyck (coördinator, OCMW "
              "Antwerpen), mevr. Nadia Bouzid (OCMW Antwerpen), dhr. Jef Peeters (OCMW Schoten), mevr. Sarah "
              "Janssens (OCMW Mortsel), dhr. Tom De Clercq (OCMW Gent), mevr. Isabelle Fontaine (POD MI), "
              "mevr. Patricia Nsimba (OCMW Brussel).")
    para(doc, "Verontschuldigd: mevr. Véronique Hardy (CPAS Luik) en dhr. Mathieu Dethier (CPAS Charleroi).")

    def h(text):
        p = doc.add_heading(text, level=1)
        auto_number(p)
        return p

    h("Verwelkoming")
    para(doc, "Kris verwelkomt iedereen in Antwerpen. Het is de eerste keer dat de drie partnergemeenten "
              "(Edegem, Schoten, Mortsel) samen op het netwerk aanwezig zijn. Er is geen vaste agenda: we "
              "bespreken de punten die vooraf per mail binnenkwamen.")
    h("Oriëntatiebalans: ervaringen")
    para(doc, "Antwerpen maakt na het intakegesprek een oriëntatiebalans op: traject, doelen, motivatie, "
              "drempels, en een voorstel van modules. De coördinator keurt de balans goed of stuurt ze terug "
              "naar de maatschappelijk werker. Edegem en Mortsel werken nog met een eenvoudiger formulier. "
              "Kris bezorgt het sjabloon van de oriëntatiebalans aan de partnergemeenten.")
    h("Projectfiches 2020")
    para(doc, "Isabelle legt uit dat de projectfiche voor 2020 een nieuw sjabloon krijgt, met per module "
              "minstens drie subdoelstellingen en de kosten in VTE. Isabelle Fontaine (POD) laat weten wanneer "
              "het nieuwe sjabloon klaar is. OCMW Schoten vult zijn deel van de projectfiche aan tegen 15 "
              "januari.")
    h("Aanwezigheden en stiptheid")
    para(doc, "In Antwerpen wordt de aanwezigheid per sessie op papier bijgehouden en achteraf in Excel gezet; "
              "te laat komen wordt apart genoteerd. Brussel werkt met een gedeeld Excel-bestand per module, "
              "Patricia toont hoe dat eruitziet (zonder namen). Er moet nog iemand gevonden worden om het "
              "Excel-bestand van Brussel in Edegem te testen. Een overzicht van de afspraken rond stiptheid "
              "wordt voor Kerstmis rondgestuurd door Nadia Bouzid.")
    h("Varia")
    para(doc, "Tom vraagt of er in 2020 een netwerkdag in Gent kan komen. Iedereen akkoord.")
    para(doc, "Volgende bijeenkomst: nog geen datum, voorstel februari in Brussel.")
    para(doc, "(bijlage: presentatie Antwerpen – nog toe te voegen)")
    para(doc)
    para(doc, "Résumé en français", bold=True)
    para(doc, "Réunion à Anvers avec les trois CPAS partenaires (Edegem, Schoten, Mortsel). Anvers a présenté "
              "son bilan d'orientation après l'entretien d'admission ; le SPP a annoncé un nouveau modèle de "
              "fiche projet pour 2020 ; Bruxelles a montré son fichier Excel de présences. Pas encore de date "
              "pour la prochaine réunion (février, à Bruxelles ?).", italic=True)
    save(doc, name)
    return {
        "file": name,
        "languages": ["nl", "fr"],
        "online": False,
        "interpretation": False,
        "date": "2019-11-28",
        "people": [
            ["Lien Coppens", "Present", "EDEGEM"],
            ["Kris Van Dyck", "Present", "ANTWERPEN"],
            ["Nadia Bouzid", "Present", "ANTWERPEN"],
            ["Jef Peeters", "Present", "SCHOTEN"],
            ["Sarah Janssens", "Present", "MORTSEL"],
            ["Tom De Clercq", "Present", "GENT"],
            ["Isabelle Fontaine", "Present", "SPP"],
            ["Patricia Nsimba", "Present", "BRUXELLES"],
            ["Véronique Hardy", "Excused", "LIEGE"],
            ["Mathieu Dethier", "Excused", "CHARLEROI"],
        ],
        "agenda": [],
        "headings": [
            ["", "Verwelkoming"],
            ["", "Oriëntatiebalans: ervaringen"],
            ["", "Projectfiches 2020"],
            ["", "Aanwezigheden en stiptheid"],
            ["", "Varia"],
            ["", "Résumé en français"],
        ],
        "actions": [
            ["Network Contact", ["Kris Van Dyck"], None, "Kris bezorgt het sjabloon van de oriëntatiebalans"],
            ["Network Contact", ["Isabelle Fontaine"], None, "Isabelle Fontaine (POD) laat weten wanneer"],
            ["CPAS", [], "SCHOTEN", "OCMW Schoten vult zijn deel van"],
            ["To Be Assigned", [], None, "Er moet nog iemand gevonden worden"],
            ["Network Contact", ["Nadia Bouzid"], None, "Een overzicht van de afspraken rond stiptheid"],
        ],
        "next_meeting": {"date": None, "text": "Volgende bijeenkomst: nog geen datum, voorstel februari in Brussel."},
        "remarks": ["(bijlage: presentatie Antwerpen – nog toe te voegen)"],
    }


REPORTS = [r197, r198, r199, r200, r201, r202, r203, r204, r205, r206]


def main():
    for fn in REPORTS:
        exp = fn()
        stem = exp["file"][: -len(".docx")]
        with open(os.path.join(HERE, stem + ".expected.json"), "w", encoding="utf-8") as f:
            json.dump(exp, f, ensure_ascii=False, indent=2)
            f.write("\n")
        print("wrote", exp["file"])


if __name__ == "__main__":
    main()
