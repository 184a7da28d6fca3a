# -*- coding: utf-8 -*-
"""Meeting reports 137-146 of the AMIF/FAMI network of the CPAS/OCMW.

Each function builds one .docx in the habits of one hand and returns the expected dict,
typed by hand from the text written in that function."""
import json
import os

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_COLOR_INDEX
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
NB = "\u00a0"  # non-breaking space (French autocorrect)

CENTER = WD_ALIGN_PARAGRAPH.CENTER
RIGHT = WD_ALIGN_PARAGRAPH.RIGHT
JUSTIFY = WD_ALIGN_PARAGRAPH.JUSTIFY


# ---------------------------------------------------------------- helpers
def new_doc(font="Calibri", size=11, heading_font=None, heading_color=None):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), font)
    for name in ("Heading 1", "Heading 2", "Heading 3", "Title", "Subtitle"):
        hs = d.styles[name]
        hs.font.name = heading_font or font
        rf = hs.element.get_or_add_rPr().get_or_add_rFonts()
        for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
            rf.set(qn(a), heading_font or font)
        for a in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
            if rf.get(qn(a)) is not None:
                del rf.attrib[qn(a)]
        if heading_color is not None:
            hs.font.color.rgb = heading_color
    for s in d.sections:
        s.left_margin = s.right_margin = Cm(2.3)
        s.top_margin = Cm(2.0)
        s.bottom_margin = Cm(2.0)
    return d


def fmt_run(r, f="", color=None, size=None, font=None, highlight=None):
    if "b" in f:
        r.bold = True
    if "i" in f:
        r.italic = True
    if "u" in f:
        r.underline = True
    if color is not None:
        r.font.color.rgb = color
    if size is not None:
        r.font.size = Pt(size)
    if font is not None:
        r.font.name = font
        r._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), font)
    if highlight is not None:
        r.font.highlight_color = highlight
    return r


def P(container, *parts, style=None, align=None, after=None, before=None, f="", color=None, size=None,
      font=None, indent=None):
    """Add a paragraph. parts: str, or tuple (text, flags[, color]) for a run with its own format.
    f/color/size/font apply to every run."""
    p = container.add_paragraph(style=style)
    for part in parts:
        if isinstance(part, str):
            fmt_run(p.add_run(part), f, color, size, font)
        else:
            text, flags = part[0], part[1]
            c = part[2] if len(part) > 2 else color
            hl = part[3] if len(part) > 3 else None
            fmt_run(p.add_run(text), f + flags, c, size, font, hl)
    if align is not None:
        p.alignment = align
    if after is not None:
        p.paragraph_format.space_after = Pt(after)
    if before is not None:
        p.paragraph_format.space_before = Pt(before)
    if indent is not None:
        p.paragraph_format.left_indent = Cm(indent)
    return p


def cell_text(cell, lines, f="", size=None, color=None, font=None, align=None):
    """Write lines (str or list of str) into a table cell, one paragraph each."""
    if isinstance(lines, str):
        lines = [lines]
    first = True
    for line in lines:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        fmt_run(p.add_run(line), f, color, size, font)
        if align is not None:
            p.alignment = align
    return cell


def table(d, rows, style="Table Grid", widths=None, head=True, size=None, shade=None, font=None):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    if style:
        t.style = d.styles[style]
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            cell_text(t.cell(i, j), val, "b" if (head and i == 0) else "", size=size, font=font)
            if head and i == 0 and shade:
                set_shade(t.cell(i, j), shade)
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    return t


def set_shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def add_field(paragraph, instr):
    r = paragraph.add_run()
    b = OxmlElement("w:fldChar")
    b.set(qn("w:fldCharType"), "begin")
    t = OxmlElement("w:instrText")
    t.set(qn("xml:space"), "preserve")
    t.text = instr
    s = OxmlElement("w:fldChar")
    s.set(qn("w:fldCharType"), "separate")
    v = OxmlElement("w:t")
    v.text = "1"
    e = OxmlElement("w:fldChar")
    e.set(qn("w:fldCharType"), "end")
    r._r.append(b)
    r._r.append(t)
    r._r.append(s)
    r._r.append(v)
    r._r.append(e)
    return r


def header(d, text, align=RIGHT, f="", size=8, color=None):
    hp = d.sections[0].header.paragraphs[0]
    for i, line in enumerate(text.split("\n")):
        if i:
            hp.add_run().add_break()
        fmt_run(hp.add_run(line), f, color, size)
    hp.alignment = align
    return hp


def footer(d, text, page=True, align=CENTER, f="", size=8, color=None, page_prefix=" – p. "):
    fp = d.sections[0].footer.paragraphs[0]
    fmt_run(fp.add_run(text), f, color, size)
    if page:
        fmt_run(fp.add_run(page_prefix), f, color, size)
        fmt_run(add_field(fp, "PAGE"), f, color, size)
    fp.alignment = align
    return fp


def E(file, languages, online, interpretation, date, people, agenda, headings, actions, next_meeting,
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


# ---------------------------------------------------------------- 137
def r137():
    """SPP staff member (FR) reusing the file of the previous meeting (12 May 2016, Gent) and
    editing it: the footer still carries the old file name, section 3 was deleted without
    renumbering, straight apostrophes, plain spaces before colons, one paragraph pasted from
    Charleroi's e-mail in another font with curly apostrophes."""
    fn = "137_rencontre_charleroi_reprise_pv.docx"
    d = new_doc("Arial", 10)
    header(d, "Naar een geïntegreerd migratiebeleid, dankzij het AMIF\n"
              "Vers une politique de migration plus intégrée, grâce au FAMI", align=RIGHT, f="i", size=8)
    footer(d, "PV_rencontre_CPAS_12-05-2016.docx", page=True, align=WD_ALIGN_PARAGRAPH.LEFT, size=7,
           page_prefix="    page ")
    P(d, "POD | Maatschappelijke Integratie", size=9, after=0)
    P(d, "SPP | Intégration Sociale", size=9)
    P(d, "Verslag bijeenkomst OCMW's – Rapport rencontre CPAS", f="b", size=14, align=CENTER, before=12)
    P(d, "FAMI 20 oktober 2016 – 20 octobre 2016", f="b", size=12, align=CENTER)
    P(d, "CPAS de Charleroi, Service Action Migrants, rue de Montigny 80, 6000 Charleroi", align=CENTER,
      after=12)
    P(d, ("Présents : ", "b"),
      "Nathalie Verhaegen (SPP IS-MI), Pieter Claeys (CPAS Gand), Sofie Van Damme (CPAS Gand), "
      "Malika Ait Ouali (CPAS Liège), Jean-Marc Lambotte (CPAS Liège), Sandrine Dufour (CPAS Charleroi), "
      "Youssef El Hamdaoui (CPAS Charleroi), Griet Wouters (CPAS Anvers), Hélène Masson (CPAS Bruxelles)",
      align=JUSTIFY)
    P(d, ("Excusés : ", "b"), "Koen Verstraete (CPAS Anvers), Aurélie Pirard (CPAS Bruxelles)")
    P(d, ("Ordre du jour", "bu"), before=6)
    table(d, [["9h30", "Accueil"],
              ["10h00", "Tour de table : état d'avancement des projets"],
              ["11h00", "Présentation du projet Activ'Up (CPAS de Charleroi)"],
              ["12h30", "Lunch"],
              ["13h30", "Indicateurs FAMI et rapportage annuel"],
              ["15h00", "Divers et clôture"]], style="Table Grid", widths=[2.2, 12], head=False)

    P(d, "I. Accueil et introduction", f="b", size=11, before=12)
    P(d, "L'équipe du Service Action Migrants a accueilli les autres CPAS dans ses locaux à Charleroi. "
         "Nathalie Verhaegen remercie Charleroi pour l'accueil et rappelle le but des rencontres : échanger "
         "les pratiques entre les cinq CPAS qui mènent un projet FAMI, et préparer ensemble le rapportage "
         "annuel. Une visite des locaux a suivi, et une tasse de café a été offerte.", align=JUSTIFY)

    P(d, "2. Tour de table des CPAS", f="b", size=11, before=12)
    P(d, ("Gand : ", "b"), "42 participants inscrits depuis janvier, dont 12 dans le nouveau groupe du soir. "
      "L'équipe cherche un deuxième local pour l'atelier de langue, le local actuel est trop petit pour "
      "deux groupes.", align=JUSTIFY)
    P(d, ("(à compléter par Gand)", "", None, WD_COLOR_INDEX.YELLOW))
    P(d, ("Liège : ", "b"), "les trois contrats (avec l'AS, avec la personne chargée de l'entretien "
      "d'admission et avec le responsable de chaque module) sont désormais signés pour tous les participants. "
      "Le taux de présence moyen sur le premier semestre est de 78 %.", align=JUSTIFY)
    P(d, ("Charleroi : ", "b"), "recrutement en cours pour le module 2 ; 199 personnes ont été retenues par "
      "les AS et invitées à la séance d'information du 8 novembre.", align=JUSTIFY)
    P(d, ("Chiffres module 2 : [chiffres à venir]", "", None, WD_COLOR_INDEX.YELLOW))
    P(d, ("Anvers : ", "b"), "Griet explique que les CPAS partenaires de Schoten, Edegem et Mortsel envoient "
      "désormais leurs participants aux séances collectives à Anvers. Le transport reste un obstacle pour "
      "une partie du public.", align=JUSTIFY)
    P(d, ("Bruxelles : ", "b"), "l'équipe est au complet depuis septembre ; un deuxième médiateur "
      "interculturel a été engagé pour les entretiens en arabe et en dari.", align=JUSTIFY)

    P(d, "4. Présentation du projet Activ'Up", f="b", size=11, before=12)
    P(d, "L’équipe de Charleroi présente le projet « Activ’Up », qui fait partie du Service Action "
         "Migrants (accueil, information, intégration, activation sociale). Plus de 1 000 personnes ont été "
         "listées au départ ; 315 ont été retenues par les AS pour le module 1 et 110 sont venues à la "
         "séance d’information, soit 35 %. Pour le module 2, l’équipe s’attend au même taux.",
      font="Calibri", size=11, align=JUSTIFY)
    P(d, "Les autres CPAS soulignent l'intérêt de la séance d'information collective avant l'entretien "
         "individuel : elle permet de présenter le projet à beaucoup de personnes en une fois. Liège fait "
         "remarquer que les courriers d'invitation sont difficiles à lire pour une partie du public.",
      align=JUSTIFY)

    P(d, "5. Indicateurs FAMI et rapportage annuel", f="b", size=11, before=12)
    P(d, "Nathalie présente le tableau des indicateurs que le SPP doit rassembler pour le rapport annuel "
         "du FAMI : nombre de participants par module, nombre d'heures suivies, sorties vers une formation "
         "ou vers l'ISP. Les CPAS demandent une définition commune de « participant actif ».", align=JUSTIFY)
    P(d, ("Actions :", "b"))
    P(d, "Nathalie enverra le tableau des indicateurs à tous les CPAS pour le 15 novembre.", style="List Bullet")
    P(d, "Chaque CPAS complète sa partie du rapport annuel avant le 15 décembre.", style="List Bullet")
    P(d, "Le CPAS de Charleroi partagera la présentation Activ'Up via le SPP.", style="List Bullet")

    P(d, "6. Divers", f="b", size=11, before=12)
    P(d, "Sofie et Pieter proposeront une date pour une visite de l'atelier de langue à Gand.",
      style="List Bullet")
    P(d, "Traduction de l'enquête de satisfaction en arabe et en dari : à définir.", style="List Bullet")
    P(d, "Prochaine réunion : février 2017 à Anvers (date à fixer).", f="b", before=6)

    d.save(os.path.join(HERE, fn))
    return E(fn, ["fr"], False, False, "2016-10-20",
             [["Nathalie Verhaegen", "Present", "SPP"],
              ["Pieter Claeys", "Present", "GENT"],
              ["Sofie Van Damme", "Present", "GENT"],
              ["Malika Ait Ouali", "Present", "LIEGE"],
              ["Jean-Marc Lambotte", "Present", "LIEGE"],
              ["Sandrine Dufour", "Present", "CHARLEROI"],
              ["Youssef El Hamdaoui", "Present", "CHARLEROI"],
              ["Griet Wouters", "Present", "ANTWERPEN"],
              ["Hélène Masson", "Present", "BRUXELLES"],
              ["Koen Verstraete", "Excused", "ANTWERPEN"],
              ["Aurélie Pirard", "Excused", "BRUXELLES"]],
             [["09:30", None, "Accueil"],
              ["10:00", None, "Tour de table : état d'avancement des projets"],
              ["11:00", None, "Présentation du projet Activ'Up (CPAS de Charleroi)"],
              ["12:30", None, "Lunch"],
              ["13:30", None, "Indicateurs FAMI et rapportage annuel"],
              ["15:00", None, "Divers et clôture"]],
             [["I", "Accueil et introduction"],
              ["2", "Tour de table des CPAS"],
              ["4", "Présentation du projet Activ'Up"],
              ["5", "Indicateurs FAMI et rapportage annuel"],
              ["6", "Divers"]],
             [["Network Contact", ["Nathalie Verhaegen"], None, "Nathalie enverra le tableau des indicateurs"],
              ["CPAS", [], None, "Chaque CPAS complète sa partie du rapport"],
              ["CPAS", [], "CHARLEROI", "Le CPAS de Charleroi partagera la présentation"],
              ["Several Network Contacts", ["Sofie Van Damme", "Pieter Claeys"], None,
               "Sofie et Pieter proposeront une date"],
              ["To Be Assigned", [], None, "Traduction de l'enquête de satisfaction en arabe"]],
             {"date": None, "text": "Prochaine réunion : février 2017 à Anvers (date à fixer)."},
             ["(à compléter par Gand)", "Chiffres module 2 : [chiffres à venir]"])


# ---------------------------------------------------------------- 138
def r138():
    """OCMW Gent hosting the network in its own building (NL first, French summary at the end).
    Calibri, Word heading styles without numbers, attendance and agenda in tables, 'Afspraken'
    as a Wat/Wie/Tegen wanneer table, curly apostrophes, whispered interpretation."""
    fn = "138_netwerkdag_gent_ocmw_ontvangt.docx"
    blue = RGBColor(0x1F, 0x4E, 0x79)
    d = new_doc("Calibri", 11, heading_color=blue)
    header(d, "OCMW Gent | Team Nieuwkomers – AMIF-project “Samen Sterk”", align=RIGHT, size=8, color=blue)
    footer(d, "Verslag netwerkdag 15/03/2018", page=True, align=RIGHT, size=8, page_prefix=" – pagina ")
    P(d, "Verslag netwerkdag AMIF", style="Title")
    P(d, "Verslag bijeenkomst OCMW’s – Rapport rencontre CPAS", f="i", color=blue)
    P(d, ("Datum: ", "b"), "donderdag 15 maart 2018, 9u30 – 15u30", after=0)
    P(d, ("Plaats: ", "b"), "OCMW Gent, vergaderzaal De Zuidpool, Sleepstraat 12, 9000 Gent", after=0)
    P(d, ("Verslag: ", "b"), "Hanne Vermeulen (OCMW Gent)")

    P(d, ("Aanwezigheden", "b"), before=6)
    table(d, [["Organisatie", "Aanwezig", "Verontschuldigd"],
              ["OCMW Gent (gastheer)", "Bart De Smet, Hanne Vermeulen, Mehmet Yilmaz", "–"],
              ["POD MI", "Elke Janssens", "–"],
              ["OCMW Luik", "Fabienne Collard, Rachid Benmoussa", "–"],
              ["OCMW Charleroi", "Sandrine Dufour", "Youssef El Hamdaoui"],
              ["OCMW Antwerpen", "Griet Wouters", "Koen Verstraete"],
              ["OCMW Brussel", "–", "Hélène Masson, Thomas Lejeune"],
              ["Gasten", "Ann Coppens (Agentschap Integratie en Inburgering), Lotte Maes (tolk)", "–"]],
          style="Light Grid Accent 1", widths=[4, 8, 4.5], size=10)

    P(d, ("Agenda", "b"), before=12)
    table(d, [["9u30 – 10u00", "Onthaal met koffie"],
              ["10u00 – 10u45", "Voorstelling van het project “Samen Sterk” (OCMW Gent)"],
              ["10u45 – 12u15", "Stand van zaken per OCMW"],
              ["12u15 – 13u15", "Lunch"],
              ["13u15 – 14u30", "Bezoek aan de taalwerkplaats in de Brugse Poort"],
              ["14u30 – 15u30", "Tevredenheidsenquête: feedback en brainstorm"],
              ["15u30", "Afsluiting"]], style=None, widths=[3.5, 13], head=False, size=10)

    d.add_heading("Onthaal", level=1)
    P(d, "Bart De Smet verwelkomt de partners in Gent en stelt het team Nieuwkomers voor. Voor de "
         "Franstalige collega’s uit Luik en Charleroi zorgt Lotte Maes voor fluistertolken; de slides "
         "waren tweetalig. Ann Coppens van het Agentschap Integratie en Inburgering is te gast omdat een "
         "deel van de deelnemers tegelijk het inburgeringstraject volgt.")

    d.add_heading("Voorstelling van het project “Samen Sterk”", level=1)
    P(d, "Mehmet Yilmaz stelt het project voor. Deelnemers worden aangemeld door hun maatschappelijk "
         "werker; na een intakegesprek volgt een oriëntatiebalans en kiest de deelnemer samen met de "
         "trajectbegeleider de modules die passen. Er zijn drie groepsmodules (taalactivering, digitale "
         "vaardigheden, wonen en budget) en een individuele begeleiding om de twee weken.")
    P(d, "Sinds september 2017 zijn 64 deelnemers gestart, 41 zijn nog actief. De aanwezigheidsgraad in de "
         "groepen ligt rond 80 %. Het team merkt dat deelnemers met weinig schoolervaring meer tijd nodig "
         "hebben in de eerste weken.")

    d.add_heading("Stand van zaken per OCMW", level=1)
    P(d, ("Luik: ", "b"), "het creatieve atelier draait met twee groepen; de drie contracten per deelnemer "
      "blijven de basis. Fabienne meldt een wachtlijst voor de informaticamodule.", style="List Bullet")
    P(d, ("Charleroi: ", "b"), "de infosessie voor module 2 is achter de rug; 60 van de 199 uitgenodigde "
      "personen kwamen opdagen (30 %).", style="List Bullet")
    P(d, ("Antwerpen: ", "b"), "de samenwerking met de partner-OCMW’s Schoten, Edegem en Mortsel is "
      "opgestart; de eerste deelnemers uit Mortsel zitten in de groep van april.", style="List Bullet")
    P(d, ("Brussel: ", "b"), "verontschuldigd, geen stand van zaken deze keer.",
      style="List Bullet")

    d.add_heading("Bezoek aan de taalwerkplaats", level=1)
    P(d, "Na de lunch trekt de groep naar de taalwerkplaats in de Brugse Poort, waar deelnemers in "
         "kleine groepjes Nederlands oefenen met vrijwilligers en een begeleider. Twee deelnemers vertellen "
         "hoe ze er zijn terechtgekomen en wat ze eraan hebben.")
    P(d, "Foto’s van het bezoek worden nog toegevoegd.", f="i")

    d.add_heading("Tevredenheidsenquête", level=1)
    P(d, "De huidige tevredenheidsenquête is te abstract voor de doelgroep. In kleine groepen werd "
         "besproken wat goed werkt en wat beter kan.")
    d.add_heading("Sterke punten", level=2)
    P(d, "De enquête wordt na elke module afgenomen, dus de resultaten zijn vergelijkbaar.",
      style="List Bullet")
    P(d, "De open vraag op het einde levert veel bruikbare opmerkingen op.", style="List Bullet")
    d.add_heading("Werkpunten", level=2)
    P(d, "Te moeilijke woorden (“relevant”, “verwachtingen”, “tevredenheid”).", style="List Bullet")
    P(d, "Alleen in het Nederlands en het Frans; vraag naar Arabisch, Dari en Tigrinya.", style="List Bullet")
    P(d, "Smileys of pictogrammen zouden helpen voor deelnemers die weinig lezen.", style="List Bullet")

    d.add_heading("Afspraken", level=1)
    table(d, [["Wat", "Wie", "Tegen wanneer"],
              ["De presentatie van Samen Sterk doorsturen naar alle partners", "Hanne", "31 maart"],
              ["Voorstel van vereenvoudigde tevredenheidsenquête uitwerken", "Elke (POD MI)", "mei"],
              ["Vertaling van de enquête in het Arabisch, Dari en Tigrinya laten nakijken door de eigen "
               "interculturele bemiddelaars", "elk OCMW", "mei"],
              ["Lijst van lesmateriaal van de taalwerkplaats delen", "Mehmet en Bart", "april"],
              ["Datum volgende bijeenkomst voorstellen via Doodle", "OCMW Antwerpen", "april"]],
          style="Light Grid Accent 1", widths=[10, 3.5, 3], size=10)

    d.add_heading("Volgende bijeenkomst", level=1)
    P(d, "De volgende bijeenkomst vindt plaats in juni 2018 in Antwerpen; de datum volgt nog.")

    d.add_heading("Résumé en français", level=1)
    P(d, "La rencontre s’est tenue au CPAS de Gand, avec une interprétation chuchotée pour les collègues "
         "francophones. Gand a présenté son projet « Samen Sterk » (64 participants depuis septembre 2017) "
         "et l’après-midi a été consacré à la visite de l’atelier de langue et à l’enquête de satisfaction, "
         "jugée trop abstraite pour le public.", f="i")
    P(d, "Suites : Hanne envoie la présentation à tous ; Elke (SPP) prépare une enquête simplifiée ; chaque "
         "CPAS fait vérifier les traductions ; Mehmet et Bart partagent le matériel ; Anvers propose une date "
         "pour juin.", f="i")

    d.save(os.path.join(HERE, fn))
    return E(fn, ["nl", "fr"], False, True, "2018-03-15",
             [["Bart De Smet", "Present", "GENT"],
              ["Hanne Vermeulen", "Present", "GENT"],
              ["Mehmet Yilmaz", "Present", "GENT"],
              ["Elke Janssens", "Present", "SPP"],
              ["Fabienne Collard", "Present", "LIEGE"],
              ["Rachid Benmoussa", "Present", "LIEGE"],
              ["Sandrine Dufour", "Present", "CHARLEROI"],
              ["Griet Wouters", "Present", "ANTWERPEN"],
              ["Ann Coppens", "Present", None],
              ["Lotte Maes", "Present", None],
              ["Youssef El Hamdaoui", "Excused", "CHARLEROI"],
              ["Koen Verstraete", "Excused", "ANTWERPEN"],
              ["Hélène Masson", "Excused", "BRUXELLES"],
              ["Thomas Lejeune", "Excused", "BRUXELLES"]],
             [["09:30", "10:00", "Onthaal met koffie"],
              ["10:00", "10:45", "Voorstelling van het project “Samen Sterk” (OCMW Gent)"],
              ["10:45", "12:15", "Stand van zaken per OCMW"],
              ["12:15", "13:15", "Lunch"],
              ["13:15", "14:30", "Bezoek aan de taalwerkplaats in de Brugse Poort"],
              ["14:30", "15:30", "Tevredenheidsenquête: feedback en brainstorm"],
              ["15:30", None, "Afsluiting"]],
             [["", "Onthaal"],
              ["", "Voorstelling van het project “Samen Sterk”"],
              ["", "Stand van zaken per OCMW"],
              ["", "Bezoek aan de taalwerkplaats"],
              ["", "Tevredenheidsenquête"],
              ["", "Sterke punten"],
              ["", "Werkpunten"],
              ["", "Afspraken"],
              ["", "Volgende bijeenkomst"],
              ["", "Résumé en français"]],
             [["Network Contact", ["Hanne Vermeulen"], None, "De presentatie van Samen Sterk doorsturen"],
              ["Network Contact", ["Elke Janssens"], None, "Voorstel van vereenvoudigde tevredenheidsenquête uitwerken"],
              ["CPAS", [], None, "Vertaling van de enquête in het Arabisch"],
              ["Several Network Contacts", ["Mehmet Yilmaz", "Bart De Smet"], None,
               "Lijst van lesmateriaal van de taalwerkplaats"],
              ["CPAS", [], "ANTWERPEN", "Datum volgende bijeenkomst voorstellen via Doodle"]],
             {"date": None, "text": "De volgende bijeenkomst vindt plaats in juni 2018 in Antwerpen; de datum volgt nog."},
             ["Foto’s van het bezoek worden nog toegevoegd."])


# ---------------------------------------------------------------- 139
def r139():
    """Dutch-speaking staff member of the POD MI, online meeting on Teams during the pandemic,
    with simultaneous interpretation. Arial 10, typed numbers in Heading 2, agenda as lines with
    dotted times, people as a bulleted list 'Naam – organisatie', tasks in the running text
    ('zal', present tense, passive), a short French part at the end."""
    fn = "139_online_teams_verslag_pod.docx"
    d = new_doc("Arial", 10, heading_color=RGBColor(0x00, 0x33, 0x66))
    header(d, "POD Maatschappelijke Integratie | AMIF-netwerk OCMW’s", align=WD_ALIGN_PARAGRAPH.LEFT, size=8)
    footer(d, "Verslag netwerkvergadering 25/03/2021", page=True, align=RIGHT, size=8, page_prefix=" – p. ")
    P(d, "Verslag netwerkvergadering AMIF – online (Teams)", f="b", size=14, after=8)
    P(d, ("Datum: ", "b"), "donderdag 25 maart 2021, 10.00 – 12.30 uur", after=0)
    P(d, ("Plaats: ", "b"), "Microsoft Teams (uitnodiging van de POD)")
    P(d, ("Aanwezig:", "b"), after=2)
    for line in ["Wim Peeters – POD MI (verslag)", "Elke Janssens – POD MI", "Hanne Vermeulen – OCMW Gent",
                 "Mehmet Yilmaz – OCMW Gent", "Fabienne Collard – OCMW Luik", "Sarah Lemaire – OCMW Charleroi",
                 "Ludovic Henrard – OCMW Charleroi", "Griet Wouters – OCMW Antwerpen",
                 "Lies Mertens – OCMW Schoten", "Thomas Lejeune – OCMW Brussel"]:
        P(d, line, style="List Bullet", after=0)
    P(d, ("Verontschuldigd: ", "b"), "Rachid Benmoussa (OCMW Luik), Tom Van den Broeck (OCMW Mortsel)",
      before=6)
    P(d, ("Tolken: ", "b"), "Claire Dumont en Jeroen Bral (simultaanvertaling NL-FR via het tolkenkanaal "
      "in Teams)")
    P(d, ("Agenda", "b"), before=6, after=2)
    for line in ["10.00 – 10.15\tWelkom en technische afspraken",
                 "10.15 – 11.00\tRonde van de OCMW’s: groepswerking in coronatijd",
                 "11.00 – 11.30\tNieuwe AMIF-programmaperiode 2021-2027",
                 "11.30 – 12.00\tRapportering en cijfers 2020",
                 "12.00 – 12.20\tTevredenheidsenquête",
                 "12.20 – 12.30\tVaria"]:
        P(d, line, after=0, indent=0.5)

    d.add_heading("1. Welkom en technische afspraken", level=2)
    P(d, "Elke verwelkomt iedereen. Micro’s staan uit wie niet spreekt; vragen mogen in de chat. Wie "
         "Frans wil horen, kiest het tolkenkanaal FR, wie Nederlands wil horen het kanaal NL. De vergadering "
         "wordt niet opgenomen.", align=JUSTIFY)

    d.add_heading("2. Ronde van de OCMW’s", level=2)
    P(d, "Gent werkt sinds januari met groepen van 4 deelnemers + 1 begeleider; Luik en Charleroi houden "
         "het op 3 + 1. Brussel geeft de collectieve modules voorlopig online, maar veel deelnemers hebben "
         "alleen een smartphone. In Antwerpen en Schoten lopen de individuele gesprekken gewoon door, de "
         "groepssessies zijn verplaatst naar grotere zalen.", align=JUSTIFY)
    P(d, "Iedereen merkt dat de deelnemers de groep missen: de groepsgeest die op het einde van een module "
         "ontstaat, is er nu veel minder. Het OCMW Gent zal zijn draaiboek voor online groepssessies delen "
         "met de andere OCMW’s.", align=JUSTIFY)
    P(d, "Verschillende OCMW’s vragen of vanaf mei groepen van 6 + 1 mogelijk worden. De vraag over de "
         "groepsgrootte vanaf mei wordt voorgelegd aan de juridische dienst door de POD.", align=JUSTIFY)

    d.add_heading("3. Nieuwe AMIF-programmaperiode 2021-2027", level=2)
    P(d, "Elke licht toe dat de nieuwe AMIF-verordening met gemeenschappelijke output- en "
         "resultaatindicatoren werkt: aantal deelnemers aan taalcursussen, aan maatschappelijke oriëntatie "
         "en aan persoonlijke begeleiding, en het aandeel deelnemers dat zegt dat de activiteit hen geholpen "
         "heeft. De tekst is nog niet definitief. Wim zal de nieuwe indicatorenfiche bezorgen zodra de "
         "verordening gepubliceerd is.", align=JUSTIFY)

    d.add_heading("4. Rapportering en cijfers 2020", level=2)
    P(d, "Door de lockdowns zijn de cijfers van 2020 lager dan gepland; de POD houdt daar rekening mee in "
         "het jaarverslag. De OCMW’s bezorgen hun cijfers voor 2020 ten laatste op 30 april aan de POD, in "
         "het gekende Excel-bestand.", align=JUSTIFY)
    P(d, "Opmerkingen van OCMW Brussel: nog aan te vullen.", f="i")

    d.add_heading("5. Tevredenheidsenquête", level=2)
    P(d, "De deelnemers vinden de vragen nog altijd te abstract, en online invullen lukt voor velen niet. "
         "Hanne en Fabienne werken tegen de volgende vergadering een eenvoudiger versie met pictogrammen uit.",
      align=JUSTIFY)

    d.add_heading("6. Varia", level=2)
    P(d, "Lies vraagt of de partner-OCMW’s ook de nieuwsbrief van de POD kunnen ontvangen; dat is in orde.",
      align=JUSTIFY)
    P(d, "Volgende vergadering: dinsdag 22 juni 2021 om 10 uur, opnieuw via Teams.", f="b")

    d.add_heading("Résumé en français", level=2)
    P(d, "Pour les collègues francophones, en bref : chaque CPAS a présenté son fonctionnement en période "
         "de covid (groupes de 3 + 1 à Liège et à Charleroi, 4 + 1 à Gand). Le SPP a présenté les nouveaux "
         "indicateurs communs du FAMI 2021-2027. Les chiffres 2020 sont attendus pour le 30 avril.",
      f="i", align=JUSTIFY)
    P(d, "Ajout de Charleroi après la réunion : Sarah et Ludovic enverront le calendrier des séances "
         "d’information de mai à tous les CPAS.", f="i", align=JUSTIFY)
    P(d, "Verslag: Wim Peeters, 29 maart 2021", size=8, before=12)

    d.save(os.path.join(HERE, fn))
    return E(fn, ["nl", "fr"], True, True, "2021-03-25",
             [["Wim Peeters", "Present", "SPP"],
              ["Elke Janssens", "Present", "SPP"],
              ["Hanne Vermeulen", "Present", "GENT"],
              ["Mehmet Yilmaz", "Present", "GENT"],
              ["Fabienne Collard", "Present", "LIEGE"],
              ["Sarah Lemaire", "Present", "CHARLEROI"],
              ["Ludovic Henrard", "Present", "CHARLEROI"],
              ["Griet Wouters", "Present", "ANTWERPEN"],
              ["Lies Mertens", "Present", "SCHOTEN"],
              ["Thomas Lejeune", "Present", "BRUXELLES"],
              ["Claire Dumont", "Present", None],
              ["Jeroen Bral", "Present", None],
              ["Rachid Benmoussa", "Excused", "LIEGE"],
              ["Tom Van den Broeck", "Excused", "MORTSEL"]],
             [["10:00", "10:15", "Welkom en technische afspraken"],
              ["10:15", "11:00", "Ronde van de OCMW’s: groepswerking in coronatijd"],
              ["11:00", "11:30", "Nieuwe AMIF-programmaperiode 2021-2027"],
              ["11:30", "12:00", "Rapportering en cijfers 2020"],
              ["12:00", "12:20", "Tevredenheidsenquête"],
              ["12:20", "12:30", "Varia"]],
             [["1", "Welkom en technische afspraken"],
              ["2", "Ronde van de OCMW’s"],
              ["3", "Nieuwe AMIF-programmaperiode 2021-2027"],
              ["4", "Rapportering en cijfers 2020"],
              ["5", "Tevredenheidsenquête"],
              ["6", "Varia"],
              ["", "Résumé en français"]],
             [["CPAS", [], "GENT", "Het OCMW Gent zal zijn draaiboek"],
              ["SPP", [], None, "De vraag over de groepsgrootte vanaf mei"],
              ["Network Contact", ["Wim Peeters"], None, "Wim zal de nieuwe indicatorenfiche bezorgen"],
              ["CPAS", [], None, "De OCMW’s bezorgen hun cijfers voor 2020"],
              ["Several Network Contacts", ["Hanne Vermeulen", "Fabienne Collard"], None,
               "Hanne en Fabienne werken tegen de volgende"],
              ["Several Network Contacts", ["Sarah Lemaire", "Ludovic Henrard"], None,
               "Sarah et Ludovic enverront le calendrier"]],
             {"date": "2021-06-22", "text": "Volgende vergadering: dinsdag 22 juni 2021 om 10 uur, opnieuw via Teams."},
             ["Opmerkingen van OCMW Brussel: nog aan te vullen."])


# ---------------------------------------------------------------- 140
def r140():
    """Team leader of the Service Action Migrants (Charleroi): short notes of a Webex meeting,
    typed dashes, initials explained in the attendance line, agenda as one line with slashes,
    headings a) b) c), tasks as arrow lines with the owner before the colon. Straight
    apostrophes, no space before colons, abbreviations."""
    fn = "140_notes_webex_reseau_juin2020.docx"
    d = new_doc("Calibri", 11)
    P(d, "Réunion réseau FAMI – Webex – 11/06/20", f="b", size=12)
    P(d, "Notes YEH (pour l'équipe + envoyées au réseau)", f="i", color=RGBColor(0x59, 0x59, 0x59))
    P(d, "Présents: Nathalie Verhaegen (NV, SPP), Pieter Claeys (PC, Gand), Malika Ait Ouali (MAO, Liège), "
         "Griet Wouters (GW, Anvers), Hélène Masson (HM, Bruxelles), Youssef El Hamdaoui (YEH, Charleroi), "
         "Jessica Moreau (stagiaire chez nous)", after=0)
    P(d, "Exc: Sandrine Dufour (congé, Charleroi), Koen Verstraete (Anvers)", after=0)
    P(d, "Pas d'interprète cette fois, chacun parle sa langue, ça marche.", after=0)
    P(d, "ODJ: tour de table covid / reprise des groupes / indicateurs / divers")

    P(d, "a) Tour de table covid", f="b", before=8, after=2)
    for line in ["- Gand: groupes 4+1 depuis le 18/05, masques, gel, fenêtres ouvertes",
                 "- Liège: 3+1, ateliers créatifs dehors (la ferme) quand il fait beau",
                 "- Anvers + partenaires: tout online jusque fin juin, peu de participants ont un PC",
                 "- BXL: suivi individuel par tél, les 2 médiateurs en télétravail",
                 "- nous: 3+1 depuis le 2/06, liste d'attente 38 pers.",
                 "→ PC: partage du protocole sanitaire de Gand (à tous)"]:
        P(d, line, after=0)

    P(d, "b) Reprise des groupes", f="b", before=8, after=2)
    for line in ["- NV: pas de consigne fédérale sur le nombre, suivre les règles locales + CNS",
                 "- 6+1 en sept.? personne ne sait, on verra fin août",
                 "- GW: les AS des partenaires envoient moins de monde depuis mars",
                 "→ nous (YEH + Jessica): refaire le planning des groupes 3+1 pour septembre"]:
        P(d, line, after=0)

    P(d, "c) Indicateurs", f="b", before=8, after=2)
    for line in ["- rapport intermédiaire repoussé au 31/07 (Commission OK)",
                 "- stats module 1: à compléter qd Sandrine rentre",
                 "→ NV: renvoyer le modèle du rapport intermédiaire (version juin)",
                 "→ chaque CPAS: chiffres participants T1-T2 pour le 30/06"]:
        P(d, line, after=0)

    P(d, "d) Divers", f="b", before=8, after=2)
    for line in ["- enquête satisfaction: trop abstraite, MAO propose des smileys",
                 "- HM: demande si qqn a une fiche consentement en arabe → non",
                 "→ ???: traduction fiche consentement en arabe"]:
        P(d, line, after=0)
    P(d, "Prochaine: septembre, date via Doodle", f="b", before=8)

    d.save(os.path.join(HERE, fn))
    return E(fn, ["fr"], True, False, "2020-06-11",
             [["Nathalie Verhaegen", "Present", "SPP"],
              ["Pieter Claeys", "Present", "GENT"],
              ["Malika Ait Ouali", "Present", "LIEGE"],
              ["Griet Wouters", "Present", "ANTWERPEN"],
              ["Hélène Masson", "Present", "BRUXELLES"],
              ["Youssef El Hamdaoui", "Present", "CHARLEROI"],
              ["Jessica Moreau", "Present", "CHARLEROI"],
              ["Sandrine Dufour", "Excused", "CHARLEROI"],
              ["Koen Verstraete", "Excused", "ANTWERPEN"]],
             [[None, None, "tour de table covid"],
              [None, None, "reprise des groupes"],
              [None, None, "indicateurs"],
              [None, None, "divers"]],
             [["a", "Tour de table covid"],
              ["b", "Reprise des groupes"],
              ["c", "Indicateurs"],
              ["d", "Divers"]],
             [["Network Contact", ["Pieter Claeys"], None, "partage du protocole sanitaire de Gand"],
              ["Several Network Contacts", ["Youssef El Hamdaoui", "Jessica Moreau"], None,
               "refaire le planning des groupes 3+1"],
              ["Network Contact", ["Nathalie Verhaegen"], None, "renvoyer le modèle du rapport intermédiaire"],
              ["CPAS", [], None, "chiffres participants T1-T2 pour le 30/06"],
              ["To Be Assigned", [], None, "traduction fiche consentement en arabe"]],
             {"date": None, "text": "Prochaine: septembre, date via Doodle"},
             ["stats module 1: à compléter qd Sandrine rentre"])


# ---------------------------------------------------------------- 141
def side(d, fr, nl, size=10):
    """FR | NL side by side in a borderless two-column table; fr and nl are lists of paragraphs."""
    t = d.add_table(rows=1, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    cell_text(t.cell(0, 0), fr, size=size)
    cell_text(t.cell(0, 1), nl, size=size, color=RGBColor(0x26, 0x26, 0x26))
    for row in t.rows:
        row.cells[0].width = Cm(8.2)
        row.cells[1].width = Cm(8.2)
    return t


def r141():
    """Formal bilingual report of the SPP IS / POD MI: French left, Dutch right, Roman headings with
    both titles on one line, participants in a table with a presence column, agenda and actions in
    tables (owner in its own column), French autocorrect (non-breaking spaces, « »), curly
    apostrophes, simultaneous interpretation in cabins."""
    fn = "141_rapport_bilingue_spp_novembre2023.docx"
    navy = RGBColor(0x1B, 0x36, 0x5D)
    d = new_doc("Arial", 10)
    header(d, "SPP Intégration Sociale | POD Maatschappelijke Integratie", align=RIGHT, size=8, color=navy)
    footer(d, "Vers une politique de migration plus intégrée, grâce au FAMI – Naar een geïntegreerd "
              "migratiebeleid, dankzij het AMIF", page=True, align=CENTER, f="i", size=7, page_prefix="  |  ")
    P(d, "Rapport rencontre CPAS – Verslag bijeenkomst OCMW’s", f="b", size=15, align=CENTER, color=navy,
      after=2)
    P(d, "23 novembre 2023 – 23 november 2023", f="b", size=12, align=CENTER, after=2)
    P(d, "SPP Intégration Sociale, boulevard Roi Albert II 30, 1000 Bruxelles – POD Maatschappelijke "
         "Integratie, Koning Albert II-laan 30, 1000 Brussel", size=9, align=CENTER, after=2)
    P(d, "Interprétation simultanée FR-NL – Simultaanvertaling FR-NL", size=9, f="i", align=CENTER,
      after=10)

    P(d, "Participants – Deelnemers", f="b", color=navy, after=2)
    table(d, [["Nom – Naam", "Organisation – Organisatie", "Présence – Aanwezigheid"],
              ["Nathalie Verhaegen", "SPP IS – POD MI", "présente – aanwezig"],
              ["Wim Peeters", "SPP IS – POD MI", "présent – aanwezig"],
              ["Hanne Vermeulen", "CPAS de Gand – OCMW Gent", "présente – aanwezig"],
              ["Fabienne Collard", "CPAS de Liège – OCMW Luik", "présente – aanwezig"],
              ["Sandrine Dufour", "CPAS de Charleroi – OCMW Charleroi", "excusée – verontschuldigd"],
              ["Karim Benali", "CPAS de Charleroi – OCMW Charleroi", "présent – aanwezig"],
              ["Marc Delvaux", "CPAS de Binche – OCMW Binche", "présent – aanwezig"],
              ["Griet Wouters", "CPAS d’Anvers – OCMW Antwerpen", "présente – aanwezig"],
              ["Tom Van den Broeck", "CPAS de Mortsel – OCMW Mortsel", "présent – aanwezig"],
              ["An Goossens", "CPAS d’Edegem – OCMW Edegem", "excusée – verontschuldigd"],
              ["Thomas Lejeune", "CPAS de Bruxelles – OCMW Brussel", "présent – aanwezig"],
              ["Aurélie Pirard", "CPAS de Bruxelles – OCMW Brussel", "excusée – verontschuldigd"],
              ["Claire Dumont", "Interprète – Tolk", "présente – aanwezig"],
              ["Jeroen Bral", "Interprète – Tolk", "présent – aanwezig"]],
          style="Table Grid", widths=[4.5, 7, 4.5], size=9, shade="D9E2F3")

    P(d, "Ordre du jour – Agenda", f="b", color=navy, before=10, after=2)
    table(d, [["Heure – Uur", "Point – Punt"],
              ["09:30 – 10:00", "Accueil / Onthaal"],
              ["10:00 – 10:30", "Introduction par le SPP / Inleiding door de POD"],
              ["10:30 – 11:45", "État des lieux par CPAS / Stand van zaken per OCMW"],
              ["11:45 – 12:30", "Indicateurs communs du FAMI 2021-2027 / Gemeenschappelijke AMIF-indicatoren 2021-2027"],
              ["12:30 – 13:30", "Lunch"],
              ["13:30 – 14:45", f"Atelier{NB}: enquête de satisfaction / Workshop: tevredenheidsenquête"],
              ["14:45 – 15:00", "Conclusions et prochaines étapes / Conclusies en volgende stappen"]],
          style="Table Grid", widths=[3, 13], size=9, shade="D9E2F3")

    def H(text):
        P(d, text, f="b", size=11, color=navy, before=12, after=4)

    H("I. Accueil / Onthaal")
    side(d, ["Nathalie Verhaegen souhaite la bienvenue aux participants, en particulier aux collègues des "
             "CPAS partenaires de Binche et de Mortsel, présents pour la première fois. Elle rappelle que la "
             "réunion se déroule avec interprétation simultanée et que le rapport sera diffusé dans les "
             "deux langues."],
         ["Nathalie Verhaegen verwelkomt de deelnemers, in het bijzonder de collega’s van de "
          "partner-OCMW’s Binche en Mortsel, die voor het eerst aanwezig zijn. Ze herinnert eraan dat de "
          "vergadering met simultaanvertaling verloopt en dat het verslag in beide talen verspreid wordt."])

    H("II. Introduction par le SPP / Inleiding door de POD")
    side(d, ["Wim Peeters présente le calendrier de la programmation 2021-2027. Les conventions des CPAS "
             "courent jusqu’au 31 décembre 2025\u00a0; une prolongation est à l’étude. Chaque CPAS reste "
             "propriétaire des données personnelles de ses participants\u00a0: le SPP ne reçoit que des chiffres "
             "agrégés."],
         ["Wim Peeters stelt de planning van de programmaperiode 2021-2027 voor. De overeenkomsten met de "
          "OCMW’s lopen tot 31 december 2025; een verlenging wordt onderzocht. Elk OCMW blijft eigenaar van "
          "de persoonsgegevens van zijn deelnemers: de POD ontvangt alleen samengevoegde cijfers."])

    H("III. État des lieux par CPAS / Stand van zaken per OCMW")
    side(d, [f"Gand{NB}: 58 participants actifs, nouveau module « logement et budget » depuis septembre.",
             f"Liège{NB}: les trois contrats par participant sont maintenus\u00a0; taux de présence de 81{NB}%.",
             f"Charleroi et Binche{NB}: 12 participants de Binche ont rejoint les groupes de Charleroi\u00a0; le "
             "transport reste difficile.",
             f"Anvers et Mortsel{NB}: les séances d’information sont désormais organisées aussi à Mortsel.",
             f"Bruxelles{NB}: forte demande de participants ukrainiens\u00a0; liste d’attente de 40 personnes."],
         ["Gent: 58 actieve deelnemers, nieuwe module ‘wonen en budget’ sinds september.",
          "Luik: de drie contracten per deelnemer blijven behouden; aanwezigheidsgraad van 81 %.",
          "Charleroi en Binche: 12 deelnemers uit Binche zijn aangesloten bij de groepen in Charleroi; het "
          "vervoer blijft moeilijk.",
          "Antwerpen en Mortsel: de infosessies worden nu ook in Mortsel georganiseerd.",
          "Brussel: grote vraag van Oekraïense deelnemers; wachtlijst van 40 personen."])

    H("IV. Indicateurs communs / Gemeenschappelijke indicatoren")
    side(d, [f"Le règlement (UE) 2021/1147 impose des indicateurs communs de réalisation et de résultat{NB}: "
             "nombre de participants aux cours de langue, à l’orientation civique et à l’accompagnement "
             "professionnel personnalisé\u00a0; participants ayant progressé d’au moins un niveau du CECR\u00a0; "
             "participants qui déclarent que l’activité les a aidés à s’intégrer.",
             "Les CPAS demandent comment mesurer la progression d’un niveau CECR pour des personnes peu "
             "alphabétisées. Le SPP propose de s’appuyer sur les tests déjà utilisés par les opérateurs de "
             "cours."],
         ["Verordening (EU) 2021/1147 legt gemeenschappelijke output- en resultaatindicatoren op: aantal "
          "deelnemers aan taalcursussen, maatschappelijke oriëntatie en persoonlijke professionele "
          "begeleiding; deelnemers die minstens één ERK-niveau vooruitgingen; deelnemers die zeggen dat de "
          "activiteit hun integratie heeft geholpen.",
          "De OCMW’s vragen hoe de vooruitgang van één ERK-niveau gemeten kan worden bij laaggeletterde "
          "deelnemers. De POD stelt voor de testen te gebruiken die de cursusaanbieders al hanteren."])

    H(f"V. Atelier{NB}: enquête de satisfaction / Workshop: tevredenheidsenquête")
    side(d, [f"Points forts{NB}: questionnaire court, administré à la fin de chaque module.",
             f"Points à améliorer{NB}: vocabulaire trop abstrait, pas de version en ukrainien ni en arabe, "
             "difficile à remplir sans aide pour les personnes qui lisent peu.",
             "Un groupe propose d’ajouter des pictogrammes et de lire les questions à voix haute."],
         ["Sterke punten: korte vragenlijst, afgenomen op het einde van elke module.",
          "Werkpunten: te abstracte woordenschat, geen versie in het Oekraïens of Arabisch, moeilijk in te "
          "vullen zonder hulp voor wie weinig leest.",
          "Eén groep stelt voor pictogrammen toe te voegen en de vragen luidop voor te lezen."])

    H("VI. Actions / Actiepunten")
    table(d, [["Action", "Actie", "Responsable – Verantwoordelijke", "Échéance – Termijn"],
              ["Envoyer la version finale de la fiche des indicateurs communs à tous les CPAS",
               "De definitieve fiche met de gemeenschappelijke indicatoren naar alle OCMW’s sturen",
               "SPP IS – POD MI", "15/12/2023"],
              ["Tester la nouvelle enquête de satisfaction avec au moins un groupe",
               "De nieuwe tevredenheidsenquête testen met minstens één groep",
               "Chaque CPAS – Elk OCMW", "29/02/2024"],
              ["Partager le guide illustré des séances d’information utilisé à Liège",
               "De geïllustreerde gids van de infosessies van Luik delen",
               "CPAS de Liège – OCMW Luik", "31/01/2024"],
              ["Proposer une traduction de l’enquête en ukrainien et en arabe",
               "Een vertaling van de enquête in het Oekraïens en het Arabisch voorstellen",
               "Wim Peeters, Hanne Vermeulen", "29/02/2024"],
              ["Organiser l’accueil de la rencontre de printemps",
               "Het onthaal van de voorjaarsbijeenkomst organiseren",
               "À définir – Nog te bepalen", "—"]],
          style="Table Grid", widths=[5.2, 5.2, 3.4, 2.4], size=9, shade="D9E2F3")

    H("VII. Prochaine rencontre / Volgende bijeenkomst")
    side(d, ["La prochaine rencontre aura lieu le jeudi 21 mars 2024 (lieu à confirmer)."],
         ["De volgende bijeenkomst vindt plaats op donderdag 21 maart 2024 (locatie te bevestigen)."])
    P(d, "Rapport approuvé par les participants le 8 décembre 2023 – Verslag goedgekeurd door de deelnemers "
         "op 8 december 2023", size=8, f="i", before=12)

    d.save(os.path.join(HERE, fn))
    return E(fn, ["fr", "nl"], False, True, "2023-11-23",
             [["Nathalie Verhaegen", "Present", "SPP"],
              ["Wim Peeters", "Present", "SPP"],
              ["Hanne Vermeulen", "Present", "GENT"],
              ["Fabienne Collard", "Present", "LIEGE"],
              ["Karim Benali", "Present", "CHARLEROI"],
              ["Marc Delvaux", "Present", "BINCHE"],
              ["Griet Wouters", "Present", "ANTWERPEN"],
              ["Tom Van den Broeck", "Present", "MORTSEL"],
              ["Thomas Lejeune", "Present", "BRUXELLES"],
              ["Claire Dumont", "Present", None],
              ["Jeroen Bral", "Present", None],
              ["Sandrine Dufour", "Excused", "CHARLEROI"],
              ["An Goossens", "Excused", "EDEGEM"],
              ["Aurélie Pirard", "Excused", "BRUXELLES"]],
             [["09:30", "10:00", "Accueil / Onthaal"],
              ["10:00", "10:30", "Introduction par le SPP / Inleiding door de POD"],
              ["10:30", "11:45", "État des lieux par CPAS / Stand van zaken per OCMW"],
              ["11:45", "12:30", "Indicateurs communs du FAMI 2021-2027 / Gemeenschappelijke AMIF-indicatoren 2021-2027"],
              ["12:30", "13:30", "Lunch"],
              ["13:30", "14:45", "Atelier\u00a0: enquête de satisfaction / Workshop: tevredenheidsenquête"],
              ["14:45", "15:00", "Conclusions et prochaines étapes / Conclusies en volgende stappen"]],
             [["I", "Accueil / Onthaal"],
              ["II", "Introduction par le SPP / Inleiding door de POD"],
              ["III", "État des lieux par CPAS / Stand van zaken per OCMW"],
              ["IV", "Indicateurs communs / Gemeenschappelijke indicatoren"],
              ["V", "Atelier\u00a0: enquête de satisfaction / Workshop: tevredenheidsenquête"],
              ["VI", "Actions / Actiepunten"],
              ["VII", "Prochaine rencontre / Volgende bijeenkomst"]],
             [["SPP", [], None, "Envoyer la version finale de la fiche"],
              ["CPAS", [], None, "Tester la nouvelle enquête de satisfaction"],
              ["CPAS", [], "LIEGE", "Partager le guide illustré des séances"],
              ["Several Network Contacts", ["Wim Peeters", "Hanne Vermeulen"], None,
               "Proposer une traduction de l’enquête en ukrainien"],
              ["To Be Assigned", [], None, "Organiser l’accueil de la rencontre de printemps"]],
             {"date": "2024-03-21", "text": "La prochaine rencontre aura lieu le jeudi 21 mars 2024 (lieu à confirmer)."},
             [])


# ---------------------------------------------------------------- 142
def r142():
    """A trainee social worker of the CPAS de Liège writing her first report of a network meeting
    (Zoom, interpretation channels). Times New Roman 12, justified, Title style, Heading 1 with
    typed '1)' numbers, people in two long sentences with Mme / M., agenda as an automatic numbered
    list, tasks in the running text with 'va + infinitif', personal remarks, French autocorrect."""
    fn = "142_premier_rapport_stagiaire_zoom.docx"
    d = new_doc("Times New Roman", 12, heading_color=RGBColor(0x2E, 0x54, 0x96))
    d.styles["Heading 1"].font.size = Pt(13)
    footer(d, "CPAS de Liège – Rapport de la réunion du réseau FAMI du 28 mai 2024", page=True,
           align=CENTER, size=9, page_prefix=" – page ")
    P(d, "Rapport de la réunion du réseau FAMI", style="Title")
    P(d, f"Réunion en ligne (Zoom) du mardi 28 mai 2024, de 9{NB}h{NB}30 à 12{NB}h", f="b", after=0)
    P(d, "Rédigé par Émilie Lambert, stagiaire assistante sociale au CPAS de Liège", f="i", after=12)

    P(d, f"Étaient présents à cette réunion{NB}: Mme Fabienne Collard et M. Rachid Benmoussa (CPAS de Liège), "
         "Mme Nathalie Verhaegen et M. Wim Peeters (SPP Intégration Sociale), Mme Hanne Vermeulen (CPAS de "
         "Gand), M. Karim Benali (CPAS de Charleroi), Mme Sara Dewulf (CPAS d’Anvers), Mme Nadia Cherkaoui "
         "(CPAS de Bruxelles) ainsi que moi-même, Émilie Lambert (stagiaire au CPAS de Liège).", align=JUSTIFY)
    P(d, f"Se sont excusés{NB}: M. Bart De Smet (CPAS de Gand) et Mme Aurélie Pirard (CPAS de Bruxelles).",
      align=JUSTIFY)
    P(d, "La réunion s’est déroulée sur Zoom, avec une interprétation simultanée français-néerlandais assurée "
         "par Mme Claire Dumont et M. Jeroen Bral. Chaque participant pouvait choisir son canal de langue en "
         "bas de l’écran, ce que je ne savais pas encore faire au début de la réunion.", align=JUSTIFY)
    P(d, f"L’ordre du jour était le suivant{NB}:", align=JUSTIFY, after=2)
    for item in ["Mot d’accueil",
                 "Retour sur la rencontre de mars à Bruxelles",
                 f"Présentation{NB}: le parcours d’un participant au CPAS de Liège",
                 "Les indicateurs de résultat",
                 "Questions diverses"]:
        P(d, item, style="List Number", after=0)

    d.add_heading("1) Mot d’accueil", level=1)
    P(d, "Mme Verhaegen a ouvert la réunion à 9\u00a0h\u00a035 en souhaitant la bienvenue à tous les participants. "
         "Elle a remercié tout le monde d’être présent malgré la période chargée de fin d’année scolaire, et "
         "elle m’a présentée aux autres membres du réseau puisque c’était ma première réunion.", align=JUSTIFY)

    d.add_heading("2) Retour sur la rencontre de mars", level=1)
    P(d, "M. Peeters a rappelé les principaux points de la rencontre du 21 mars à Bruxelles. La nouvelle "
         f"enquête de satisfaction a été testée par plusieurs CPAS. D’après les retours, elle est plus claire "
         f"grâce aux pictogrammes, mais certains mots restent difficiles, par exemple «{NB}autonomie{NB}» et "
         f"«{NB}objectif{NB}».", align=JUSTIFY)

    d.add_heading("3) Le parcours d’un participant au CPAS de Liège", level=1)
    P(d, "Mme Collard a présenté les différentes étapes du parcours d’un participant dans notre projet. "
         "J’ai trouvé cette partie très intéressante car elle m’a permis de mieux comprendre le travail de "
         "l’équipe. Les étapes sont les suivantes\u00a0:", align=JUSTIFY)
    for item in ["l’orientation par l’assistant social de l’antenne sociale, possible à tout moment de "
                 "l’année\u00a0;",
                 "l’entretien d’admission, qui permet de faire une analyse des besoins et un bilan "
                 "d’orientation (parcours, objectifs, motivation, obstacles)\u00a0;",
                 "la signature de trois contrats\u00a0: avec l’assistant social, avec la personne qui fait "
                 "l’entretien d’admission et avec le responsable de chaque module\u00a0;",
                 "la participation aux modules (atelier d’activation sociale, atelier créatif, atelier "
                 "informatique, réalisation de projet) et aux sorties socioculturelles mensuelles\u00a0;",
                 "l’enquête de satisfaction à la fin de chaque module, puis la fin du parcours, souvent "
                 "après plus de six mois, parfois vers une formation ou l’ISP."]:
        P(d, item, style="List Bullet", align=JUSTIFY, after=0)
    P(d, "Mme Vermeulen a demandé combien de temps dure l’entretien d’admission. Mme Collard a répondu qu’il "
         "dure environ une heure et demie, parfois avec un médiateur interculturel.", align=JUSTIFY, before=6)

    d.add_heading("4) Les indicateurs de résultat", level=1)
    P(d, "M. Peeters a expliqué que le SPP doit transmettre chaque année les indicateurs communs du FAMI, "
         "notamment le nombre de participants qui ont progressé d’au moins un niveau du CECR et le nombre de "
         "participants qui déclarent que l’activité les a aidés dans leur intégration. Mme Verhaegen va "
         "envoyer le tableau des indicateurs à chaque CPAS avant la fin du mois de juin.", align=JUSTIFY)
    P(d, "Chaque CPAS va vérifier le nombre de participants ayant progressé d’au moins un niveau, ce qui "
         "n’est pas simple pour les personnes qui ne suivent pas de cours de langue chez un opérateur "
         "extérieur.", align=JUSTIFY)
    P(d, f"(Partie à compléter par Mme Collard{NB}: chiffres du module 3.)", f="i",
      color=RGBColor(0xC0, 0x00, 0x00))

    d.add_heading("5) Questions diverses", level=1)
    P(d, "Mme Cherkaoui a demandé si un autre CPAS possède un guide pour l’entretien d’admission. Le CPAS "
         "de Gand va faire parvenir son guide d’entretien d’admission à tous les partenaires.", align=JUSTIFY)
    P(d, "M. Benali a signalé que certains participants de Charleroi ne comprennent toujours pas l’enquête. "
         "M. Benmoussa et moi-même allons préparer une version simplifiée de l’enquête de satisfaction avec "
         "des pictogrammes supplémentaires, que nous présenterons à la prochaine réunion.", align=JUSTIFY)

    d.add_heading("6) Conclusion", level=1)
    P(d, "La prochaine réunion du réseau aura lieu en septembre 2024, à Anvers, à une date qui doit encore "
         "être fixée.", align=JUSTIFY)
    P(d, "Pour terminer, je tiens à remercier toutes les personnes présentes pour leur accueil, et Mme "
         "Collard pour la relecture de ce rapport.", align=JUSTIFY)

    d.save(os.path.join(HERE, fn))
    return E(fn, ["fr"], True, True, "2024-05-28",
             [["Fabienne Collard", "Present", "LIEGE"],
              ["Rachid Benmoussa", "Present", "LIEGE"],
              ["Nathalie Verhaegen", "Present", "SPP"],
              ["Wim Peeters", "Present", "SPP"],
              ["Hanne Vermeulen", "Present", "GENT"],
              ["Karim Benali", "Present", "CHARLEROI"],
              ["Sara Dewulf", "Present", "ANTWERPEN"],
              ["Nadia Cherkaoui", "Present", "BRUXELLES"],
              ["Émilie Lambert", "Present", "LIEGE"],
              ["Claire Dumont", "Present", None],
              ["Jeroen Bral", "Present", None],
              ["Bart De Smet", "Excused", "GENT"],
              ["Aurélie Pirard", "Excused", "BRUXELLES"]],
             [[None, None, "Mot d’accueil"],
              [None, None, "Retour sur la rencontre de mars à Bruxelles"],
              [None, None, "Présentation\u00a0: le parcours d’un participant au CPAS de Liège"],
              [None, None, "Les indicateurs de résultat"],
              [None, None, "Questions diverses"]],
             [["1", "Mot d’accueil"],
              ["2", "Retour sur la rencontre de mars"],
              ["3", "Le parcours d’un participant au CPAS de Liège"],
              ["4", "Les indicateurs de résultat"],
              ["5", "Questions diverses"],
              ["6", "Conclusion"]],
             [["Network Contact", ["Nathalie Verhaegen"], None, "Mme Verhaegen va envoyer le tableau"],
              ["CPAS", [], None, "Chaque CPAS va vérifier le nombre de participants"],
              ["CPAS", [], "GENT", "Le CPAS de Gand va faire parvenir"],
              ["Several Network Contacts", ["Rachid Benmoussa", "Émilie Lambert"], None,
               "M. Benmoussa et moi-même allons préparer"]],
             {"date": None, "text": "La prochaine réunion du réseau aura lieu en septembre 2024, à Anvers, à une date qui doit encore être fixée."},
             ["(Partie à compléter par Mme Collard\u00a0: chiffres du module 3.)"])


# ---------------------------------------------------------------- 143
def r143():
    """Report written by two people taking turns: Griet (OCMW Antwerpen, host) writes the frame in
    Dutch with Calibri and Heading 1 + typed numbers; Thomas (CPAS Bruxelles) writes the workshop
    part in French, pasted in Arial 10 with bold lines, arrows and « » with non-breaking spaces.
    Each keeps his or her own way of naming people (full names vs first names)."""
    fn = "143_netwerkdag_antwerpen_twee_schrijvers.docx"
    d = new_doc("Calibri", 11, heading_color=RGBColor(0xC0, 0x00, 0x00))
    header(d, "OCMW Antwerpen – AMIF-netwerkdag 11/10/2022", align=RIGHT, size=8)
    footer(d, "Verslag: Griet Wouters (OCMW Antwerpen) en Thomas Lejeune (CPAS Bruxelles)", page=True,
           align=CENTER, size=8, page_prefix=" – ")
    P(d, "Verslag netwerkdag AMIF – Antwerpen, dinsdag 11 oktober 2022", f="b", size=15, after=0)
    P(d, "Rapport rencontre CPAS – Anvers, mardi 11 octobre 2022", f="i", size=11, after=8)
    P(d, ("Plaats: ", "b"), "OCMW Antwerpen, Campus Kiel, vergaderzaal 3", after=0)
    P(d, ("Verslag: ", "b"), "Griet Wouters (OCMW Antwerpen) – partie atelier : Thomas Lejeune (CPAS "
      "Bruxelles)")
    P(d, ("Aanwezig:", "b"), after=2)
    for line in ["OCMW Antwerpen: Griet Wouters, Koen Verstraete",
                 "OCMW Schoten: Lies Mertens",
                 "OCMW Edegem: An Goossens",
                 "OCMW Mortsel: Tom Van den Broeck",
                 "OCMW Gent: Hanne Vermeulen",
                 "OCMW Luik: Malika Ait Ouali",
                 "OCMW Charleroi: Youssef El Hamdaoui",
                 "OCMW Brussel: Thomas Lejeune",
                 "POD MI: Wim Peeters"]:
        P(d, line, style="List Bullet", after=0)
    P(d, ("Verontschuldigd: ", "b"), "Nathalie Verhaegen (POD MI), Fabienne Collard (OCMW Luik)", before=6)
    P(d, "Geen tolk vandaag: iedereen spreekt zijn eigen taal, de slides waren tweetalig.", f="i")
    P(d, ("Agenda", "b"), before=6, after=2)
    for line in ["9u30\tOnthaal en koffie", "10u00\tStand van zaken per OCMW",
                 "11u00\tWorkshop communicatie naar deelnemers", "12u00\tAfspraken en varia",
                 "12u30\tBroodjeslunch"]:
        P(d, line, after=0)

    d.add_heading("1. Onthaal", level=1)
    P(d, "Griet Wouters verwelkomt iedereen op Campus Kiel, voor het eerst samen met de drie "
         "partner-OCMW’s. Koen Verstraete geeft een korte rondleiding in het gebouw waar de groepssessies "
         "doorgaan.")

    d.add_heading("2. Stand van zaken per OCMW", level=1)
    for lead, txt in [("Antwerpen", "de infosessies lopen elke eerste maandag van de maand; gemiddeld "
                                    "komen 14 van de 40 uitgenodigde personen."),
                      ("Schoten, Edegem en Mortsel", "samen 23 deelnemers aangemeld sinds januari. Lies Mertens "
                       "meldt dat de maatschappelijk werkers in Schoten het aanmeldformulier te lang vinden."),
                      ("Gent", "Hanne Vermeulen vertelt dat de groepen opnieuw met 8 deelnemers draaien."),
                      ("Luik en Charleroi", "veel nieuwe aanmeldingen van Oekraïense vrouwen; de taalmodule "
                                            "zit vol."),
                      ("Brussel", "het team zoekt een nieuwe locatie voor de collectieve modules.")]:
        P(d, (lead + ": ", "b"), txt, style="List Bullet", after=0)

    # --- Thomas's part (pasted, Arial 10)
    P(d, "3. Atelier\u00a0: la communication vers les participants", f="b", font="Arial", size=11, before=14)
    P(d, "(Partie rédigée par Thomas – Bruxelles)", f="i", font="Arial", size=9)
    P(d, "L’atelier a été animé par Malika (Liège) et moi-même. Question de départ\u00a0: comment informer les "
         "participants quand un horaire change ou qu’un cours est annulé\u00a0? Trois petits groupes, vingt "
         "minutes, puis mise en commun.", font="Arial", size=10, align=JUSTIFY)
    P(d, "Points forts", f="b", font="Arial", size=10, before=6, after=2)
    for item in ["les SMS courts, envoyés la veille, fonctionnent bien (Anvers, Gand)",
                 "le groupe WhatsApp par module, géré par l’animateur, crée du lien entre les participants",
                 "l’affiche avec pictogrammes à l’entrée du local (Charleroi)"]:
        P(d, "– " + item, font="Arial", size=10, after=0, indent=0.5)
    P(d, "Points à améliorer", f="b", font="Arial", size=10, before=6, after=2)
    for item in ["les changements d’horaire arrivent trop tard, parfois le jour même",
                 "les courriers du CPAS sont trop longs et trop administratifs",
                 "les anciens et les nouveaux participants n’ont pas les mêmes informations"]:
        P(d, "– " + item, font="Arial", size=10, after=0, indent=0.5)
    P(d, "→ Thomas et Malika rédigent une fiche «\u00a0bonnes pratiques\u00a0» pour la prochaine rencontre.",
      font="Arial", size=10, before=6, after=0)
    P(d, "→ Le POD centralise les exemples de SMS envoyés aux participants.", font="Arial", size=10)
    P(d, "[Thomas\u00a0: ajouter les photos du tableau blanc]", font="Arial", size=10,
      color=RGBColor(0x80, 0x80, 0x80))

    # --- back to Griet
    d.add_heading("4. Afspraken en varia", level=1)
    for item in ["Koen stuurt de planning van de infosessies door naar de partner-OCMW’s.",
                 "OCMW Mortsel bezorgt zijn aanmeldingscijfers aan Antwerpen tegen 1 november.",
                 "Een opleiding over sms-communicatie organiseren: wie, nog te bepalen.",
                 "Wim Peeters meldt dat de nieuwe overeenkomsten voor 2023 door alle OCMW’s ondertekend zijn."]:
        P(d, item, style="List Bullet", after=0)
    P(d, "Volgende netwerkdag: begin februari 2023 in Brussel (CPAS Bruxelles ontvangt).", f="b", before=8)

    d.save(os.path.join(HERE, fn))
    return E(fn, ["nl", "fr"], False, False, "2022-10-11",
             [["Griet Wouters", "Present", "ANTWERPEN"],
              ["Koen Verstraete", "Present", "ANTWERPEN"],
              ["Lies Mertens", "Present", "SCHOTEN"],
              ["An Goossens", "Present", "EDEGEM"],
              ["Tom Van den Broeck", "Present", "MORTSEL"],
              ["Hanne Vermeulen", "Present", "GENT"],
              ["Malika Ait Ouali", "Present", "LIEGE"],
              ["Youssef El Hamdaoui", "Present", "CHARLEROI"],
              ["Thomas Lejeune", "Present", "BRUXELLES"],
              ["Wim Peeters", "Present", "SPP"],
              ["Nathalie Verhaegen", "Excused", "SPP"],
              ["Fabienne Collard", "Excused", "LIEGE"]],
             [["09:30", None, "Onthaal en koffie"],
              ["10:00", None, "Stand van zaken per OCMW"],
              ["11:00", None, "Workshop communicatie naar deelnemers"],
              ["12:00", None, "Afspraken en varia"],
              ["12:30", None, "Broodjeslunch"]],
             [["1", "Onthaal"],
              ["2", "Stand van zaken per OCMW"],
              ["3", "Atelier\u00a0: la communication vers les participants"],
              ["", "Points forts"],
              ["", "Points à améliorer"],
              ["4", "Afspraken en varia"]],
             [["Several Network Contacts", ["Thomas Lejeune", "Malika Ait Ouali"], None,
               "Thomas et Malika rédigent une fiche"],
              ["SPP", [], None, "Le POD centralise les exemples de SMS"],
              ["Network Contact", ["Koen Verstraete"], None, "Koen stuurt de planning van de infosessies"],
              ["CPAS", [], "MORTSEL", "OCMW Mortsel bezorgt zijn aanmeldingscijfers aan Antwerpen"],
              ["To Be Assigned", [], None, "Een opleiding over sms-communicatie organiseren"]],
             {"date": None, "text": "Volgende netwerkdag: begin februari 2023 in Brussel (CPAS Bruxelles ontvangt)."},
             ["[Thomas\u00a0: ajouter les photos du tableau blanc]"])


# ---------------------------------------------------------------- 144
def r144():
    """CPAS de Binche, partner of Charleroi, reporting on its visit to the Activ'Up project.
    Arial 11, underlined bold section lines numbered '1 -', people grouped per CPAS in bullet lists
    with their function, programme as lines with times, follow-ups as bullets with the owner after a
    dash, French autocorrect (non-breaking spaces, « », curly apostrophes)."""
    fn = "144_visite_binche_charleroi_activup.docx"
    d = new_doc("Arial", 11)
    header(d, "CPAS de Binche – Service d’insertion sociale – Partenariat FAMI avec le CPAS de Charleroi",
           align=WD_ALIGN_PARAGRAPH.LEFT, size=8, color=RGBColor(0x38, 0x56, 0x23))
    footer(d, "Compte rendu visite Activ’Up – 07/02/2019", page=True, align=RIGHT, size=8, page_prefix=" – ")
    P(d, "Compte rendu de la visite au CPAS de Charleroi", f="b", size=14, align=CENTER, after=2)
    P(d, f"Projet «{NB}Activ’Up{NB}» – jeudi 7 février 2019", f="b", size=12, align=CENTER, after=2)
    P(d, f"Rédaction{NB}: Céline Hubert (CPAS de Binche)", f="i", size=10, align=CENTER, after=12)

    def T(text):
        P(d, text, f="bu", before=10, after=4)

    T("Participants")
    P(d, f"Pour le CPAS de Binche{NB}:", after=0)
    for x in ["Marc Delvaux, coordinateur", "Céline Hubert, assistante sociale",
              "Laetitia Gobert, assistante sociale (antenne de Binche-Centre)"]:
        P(d, x, style="List Bullet", after=0)
    P(d, f"Pour le CPAS de Charleroi{NB}:", after=0, before=4)
    for x in ["Youssef El Hamdaoui, responsable du Service Action Migrants", "Karim Benali, animateur"]:
        P(d, x, style="List Bullet", after=0)
    P(d, f"Pour le SPP Intégration Sociale{NB}:", after=0, before=4)
    P(d, "Nathalie Verhaegen", style="List Bullet", after=0)
    P(d, f"Excusée{NB}: Sandrine Dufour (CPAS de Charleroi)", before=4)

    T("Programme")
    for x in [f"13h30{NB}: Accueil par l’équipe de Charleroi",
              f"14h00 - 15h00{NB}: Observation de l’atelier «{NB}Activ’Up{NB}»",
              f"15h00 - 15h45{NB}: Échange avec l’équipe et les AS",
              f"15h45 - 16h15{NB}: Suites pour le partenariat"]:
        P(d, x, after=0, indent=0.5)

    T("1 - Accueil")
    P(d, "Nous avons été accueillis par Youssef El Hamdaoui dans les locaux du Service Action Migrants. "
         "Il nous a rappelé les missions du service (accueil, information, intégration, activation "
         "sociale) et la place du projet Activ’Up dans cet ensemble.", align=JUSTIFY)

    T("2 - L’atelier observé")
    P(d, "Nous avons assisté à une séance de l’atelier collectif animé par Karim Benali, avec onze "
         "participants. Le thème du jour était la mobilité (lire un horaire de bus, acheter un ticket, "
         "trouver un arrêt). Les participants travaillent en petits groupes, les plus avancés aident les "
         "autres. L’ambiance est très bonne, les participants se connaissent bien.", align=JUSTIFY)

    T("3 - Échange avec l’équipe")
    P(d, "Youssef nous a expliqué le recrutement à Charleroi. Plus de 1 000 personnes ont été listées au "
         "départ, 315 ont été retenues par les AS pour le module 1 et invitées à une séance d’information, "
         f"et 110 sont venues, soit 35{NB}%. L’équipe insiste sur l’importance d’un premier contact "
         "personnel\u00a0: un appel téléphonique la veille augmente nettement la présence.", align=JUSTIFY)
    P(d, "Pour Binche, le nombre de personnes concernées est beaucoup plus petit. Laetitia estime qu’une "
         "vingtaine de personnes suivies à l’antenne de Binche-Centre pourraient entrer dans le projet.",
      align=JUSTIFY)
    P(d, f"Nombre de participants potentiels à Binche{NB}: [chiffres à venir]", f="i",
      color=RGBColor(0xC0, 0x00, 0x00))

    T("4 - Ce que nous retenons pour Binche")
    for x in ["la séance d’information collective avant l’entretien individuel",
              "l’appel téléphonique la veille de chaque séance",
              "des thèmes très concrets, liés à la vie quotidienne (mobilité, logement, banque)",
              "la possibilité, au début, d’envoyer nos participants dans un groupe de Charleroi plutôt que "
              "de créer un groupe à Binche"]:
        P(d, x, style="List Bullet", after=0)

    T("5 - Suites")
    for x in ["Envoyer à Binche le modèle de lettre d’invitation aux séances d’information – Karim",
              "Lister les bénéficiaires potentiels de Binche pour le module de septembre – CPAS de Binche",
              "Prévoir une place pour deux participants de Binche dans le groupe du mardi – Youssef et Karim",
              "Confirmer l’éligibilité des frais de transport des participants de Binche – SPP"]:
        P(d, x, style="List Bullet", after=0)
    P(d, f"Prochaine rencontre entre nos deux CPAS{NB}: à Binche, en avril (date à convenir).", f="b",
      before=10)

    d.save(os.path.join(HERE, fn))
    return E(fn, ["fr"], False, False, "2019-02-07",
             [["Marc Delvaux", "Present", "BINCHE"],
              ["Céline Hubert", "Present", "BINCHE"],
              ["Laetitia Gobert", "Present", "BINCHE"],
              ["Youssef El Hamdaoui", "Present", "CHARLEROI"],
              ["Karim Benali", "Present", "CHARLEROI"],
              ["Nathalie Verhaegen", "Present", "SPP"],
              ["Sandrine Dufour", "Excused", "CHARLEROI"]],
             [["13:30", None, "Accueil par l’équipe de Charleroi"],
              ["14:00", "15:00", "Observation de l’atelier «\u00a0Activ’Up\u00a0»"],
              ["15:00", "15:45", "Échange avec l’équipe et les AS"],
              ["15:45", "16:15", "Suites pour le partenariat"]],
             [["", "Participants"],
              ["", "Programme"],
              ["1", "Accueil"],
              ["2", "L’atelier observé"],
              ["3", "Échange avec l’équipe"],
              ["4", "Ce que nous retenons pour Binche"],
              ["5", "Suites"]],
             [["Network Contact", ["Karim Benali"], None, "Envoyer à Binche le modèle de lettre"],
              ["CPAS", [], "BINCHE", "Lister les bénéficiaires potentiels de Binche"],
              ["Several Network Contacts", ["Youssef El Hamdaoui", "Karim Benali"], None,
               "Prévoir une place pour deux participants"],
              ["SPP", [], None, "Confirmer l’éligibilité des frais de transport"]],
             {"date": None, "text": "Prochaine rencontre entre nos deux CPAS\u00a0: à Binche, en avril (date à convenir)."},
             ["Nombre de participants potentiels à Binche\u00a0: [chiffres à venir]"])


# ---------------------------------------------------------------- 145
def r145():
    """OCMW Schoten, partner of Antwerpen, reporting on a visit of the Antwerp partners to OCMW Gent.
    Verdana 10, informal 'we', people and programme told in the introduction, unnumbered bold
    headings, agreements as bullets with the owner in brackets at the end, straight apostrophes."""
    fn = "145_bezoek_gent_partners_schoten.docx"
    green = RGBColor(0x00, 0x6B, 0x5F)
    d = new_doc("Verdana", 10)
    header(d, "OCMW Schoten – Sociale dienst – AMIF-partnerschap met OCMW Antwerpen",
           align=WD_ALIGN_PARAGRAPH.LEFT, size=7, color=green)
    footer(d, "verslag bezoek Gent 20-05-2025", page=True, align=RIGHT, size=7, page_prefix=" / ")
    P(d, "Verslag bezoek OCMW Gent – dinsdag 20 mei 2025", f="b", size=13, color=green, after=2)
    P(d, "Opgemaakt door Lies Mertens (OCMW Schoten)", f="i", size=9, after=10)
    P(d, "Op dinsdag 20 mei 2025 trokken we met een kleine delegatie van de Antwerpse partners naar Gent om "
         "het AMIF-project van OCMW Gent van dichtbij te bekijken. We waren met vier: Lies Mertens en Jonas "
         "Peeters van OCMW Schoten, Sara Dewulf van OCMW Antwerpen en Tom Van den Broeck van OCMW Mortsel. "
         "In Gent werden we ontvangen door Hanne Vermeulen en Bart De Smet. An Goossens (OCMW Edegem) was "
         "verontschuldigd.", align=JUSTIFY)
    P(d, "Het programma: 's morgens een rondleiding in het wijkcentrum, een voorstelling van de "
         "oriëntatiebalans en een gesprek met twee deelnemers, 's middags een overleg over de samenwerking.",
      align=JUSTIFY)

    def H(text):
        P(d, text, f="b", color=green, before=10, after=3)

    H("Rondleiding")
    P(d, "Het wijkcentrum ligt vlak bij een tramhalte, wat voor veel deelnemers belangrijk is. Er is een "
         "open onthaal, een computerlokaal met acht pc's, twee groepslokalen en een kleine keuken waar de "
         "groepen samen koken. Deelnemers mogen ook buiten de lessen binnenlopen.", align=JUSTIFY)

    H("De oriëntatiebalans")
    P(d, "Hanne legde uit hoe Gent na het intakegesprek een oriëntatiebalans opmaakt: traject, doelen, "
         "motivatie en drempels, en op basis daarvan een voorstel van modules. De trajectbegeleider bespreekt "
         "de balans met de deelnemer en daarna met de teamverantwoordelijke, die het voorstel goedkeurt of "
         "terugstuurt. Het sjabloon past op twee bladzijden.", align=JUSTIFY)

    H("Gesprek met deelnemers")
    P(d, "Twee deelnemers (een vrouw uit Eritrea en een man uit Afghanistan) vertelden over hun traject. "
         "Ze zijn vooral blij met de vaste groepsdag op donderdag: ze kennen de andere deelnemers en de "
         "begeleiders, en weten waar ze met hun vragen terechtkunnen. Wat minder goed loopt: uurroosters die "
         "op het laatste moment wijzigen.", align=JUSTIFY)

    H("Overleg over de samenwerking")
    P(d, "We bespraken hoe de Antwerpse partners en Gent meer kunnen uitwisselen, vooral tussen de "
         "trajectbegeleiders. Sara stelde voor om de cijfers van de vier Antwerpse partners voortaan samen "
         "te rapporteren aan de POD.", align=JUSTIFY)

    H("Wat nemen we mee?")
    for x in ["een vaste groepsdag in de week, zodat de groep een echte groep wordt",
              "een korte oriëntatiebalans die door de teamverantwoordelijke goedgekeurd wordt",
              "geen verplichte activiteiten rond gevoelige thema's (seksualiteit, partnergeweld), wel een "
              "open aanbod"]:
        P(d, x, style="List Bullet", after=0)
    P(d, "In Schoten bekijken we of we de vaste groepsdag kunnen invoeren vanaf september.", before=4,
      align=JUSTIFY)

    H("Afspraken")
    for x in ["Het sjabloon van de oriëntatiebalans doorsturen (Hanne)",
              "Een gezamenlijke intervisie plannen voor de trajectbegeleiders (Lies en Sara)",
              "Cijfers aanmeldingen 2025 bundelen voor het jaarverslag (OCMW Antwerpen)",
              "Een volgende bezoekdag in Edegem organiseren (wie: nog te bepalen)"]:
        P(d, x, style="List Bullet", after=0)
    P(d, "De volgende netwerkvergadering van de POD is op donderdag 18 september 2025 in Brussel.",
      before=8)
    P(d, "Bijlagen (brochure en foto's): nog aan te vullen.", f="i", color=RGBColor(0x80, 0x80, 0x80))

    d.save(os.path.join(HERE, fn))
    return E(fn, ["nl"], False, False, "2025-05-20",
             [["Lies Mertens", "Present", "SCHOTEN"],
              ["Jonas Peeters", "Present", "SCHOTEN"],
              ["Sara Dewulf", "Present", "ANTWERPEN"],
              ["Tom Van den Broeck", "Present", "MORTSEL"],
              ["Hanne Vermeulen", "Present", "GENT"],
              ["Bart De Smet", "Present", "GENT"],
              ["An Goossens", "Excused", "EDEGEM"]],
             [[None, None, "een rondleiding in het wijkcentrum"],
              [None, None, "een voorstelling van de oriëntatiebalans"],
              [None, None, "een gesprek met twee deelnemers"],
              [None, None, "een overleg over de samenwerking"]],
             [["", "Rondleiding"],
              ["", "De oriëntatiebalans"],
              ["", "Gesprek met deelnemers"],
              ["", "Overleg over de samenwerking"],
              ["", "Wat nemen we mee?"],
              ["", "Afspraken"]],
             [["CPAS", [], "SCHOTEN", "In Schoten bekijken we of we"],
              ["Network Contact", ["Hanne Vermeulen"], None, "Het sjabloon van de oriëntatiebalans doorsturen"],
              ["Several Network Contacts", ["Lies Mertens", "Sara Dewulf"], None,
               "Een gezamenlijke intervisie plannen voor de trajectbegeleiders"],
              ["CPAS", [], "ANTWERPEN", "Cijfers aanmeldingen 2025 bundelen voor het jaarverslag"],
              ["To Be Assigned", [], None, "Een volgende bezoekdag in Edegem organiseren"]],
             {"date": "2025-09-18", "text": "De volgende netwerkvergadering van de POD is op donderdag 18 september 2025 in Brussel."},
             ["Bijlagen (brochure en foto's): nog aan te vullen."])


# ---------------------------------------------------------------- 146
def r146():
    """CPAS de Bruxelles hosting the network at its premises: every paragraph in French, followed by
    its Dutch version in grey italics. Calibri, Heading 1 with typed numbers and 'FR – NL' titles,
    people grouped per organisation in a table, agenda in a three-column table (time, FR, NL),
    tasks in the running text (passive with the owner at the end, future, present tense).
    No interpretation."""
    fn = "146_rencontre_bruxelles_fr_nl_mars2026.docx"
    red = RGBColor(0x9C, 0x1C, 0x2B)
    grey = RGBColor(0x59, 0x59, 0x59)
    d = new_doc("Calibri", 10.5, heading_color=red)
    d.styles["Heading 1"].font.size = Pt(12)
    header(d, "CPAS de Bruxelles – OCMW Brussel | Cellule Intégration – Cel Integratie", align=RIGHT, size=8,
           color=red)
    footer(d, "Rapport rencontre CPAS – Verslag bijeenkomst OCMW’s – 19/03/2026", page=True, align=CENTER,
           size=8, page_prefix=" – p. ")

    def FN(fr, nl, **kw):
        P(d, fr, align=JUSTIFY, after=2, **kw)
        P(d, nl, f="i", color=grey, align=JUSTIFY, after=8)

    P(d, "Rencontre du réseau FAMI – Netwerkbijeenkomst AMIF", f="b", size=16, color=red, after=2)
    P(d, "Jeudi 19 mars 2026 – Donderdag 19 maart 2026", f="b", size=12, after=2)
    P(d, "CPAS de Bruxelles, Maison de quartier des Marolles, rue Blaes 120, 1000 Bruxelles", after=2)
    FN(f"Pas d’interprétation{NB}: chacun s’exprime dans sa langue.",
       "Geen tolken: iedereen spreekt in zijn eigen taal.")

    P(d, ("Participants – Deelnemers", "b"), after=2)
    t = d.add_table(rows=10, cols=3)
    t.style = d.styles["Table Grid"]
    rows = [["Organisation – Organisatie", "Présents – Aanwezig", "Excusés – Verontschuldigd"],
            ["SPP IS – POD MI", ["Wim Peeters", "Inès Bouchard"], "–"],
            ["CPAS de Bruxelles – OCMW Brussel", ["Aurélie Pirard", "Thomas Lejeune", "Nadia Cherkaoui"], "–"],
            ["CPAS de Gand – OCMW Gent", "Hanne Vermeulen", "–"],
            ["CPAS de Liège – OCMW Luik", ["Rachid Benmoussa", "Émilie Lambert"], "–"],
            ["CPAS de Charleroi – OCMW Charleroi", "Karim Benali", "Youssef El Hamdaoui"],
            ["CPAS de Binche – OCMW Binche", "–", "Marc Delvaux"],
            ["CPAS d’Anvers – OCMW Antwerpen", "Sara Dewulf", "–"],
            ["CPAS d’Edegem – OCMW Edegem", "An Goossens", "–"],
            ["CPAS de Mortsel – OCMW Mortsel", "–", "Tom Van den Broeck"]]
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            cell_text(t.cell(i, j), val, "b" if i == 0 else "", size=9.5)
            if i == 0:
                set_shade(t.cell(i, j), "F2DCDB")
    for row in t.rows:
        for j, w in enumerate([6, 5.5, 4.5]):
            row.cells[j].width = Cm(w)

    P(d, ("Ordre du jour – Agenda", "b"), before=10, after=2)
    table(d, [["Heure – Uur", "Point", "Punt"],
              ["9h30 – 10h00", "Accueil et café", "Onthaal en koffie"],
              ["10h00 – 10h30", "Nouvelles du SPP", "Nieuws van de POD"],
              ["10h30 – 11h30", "Conservation des documents et données personnelles",
               "Bewaring van documenten en persoonsgegevens"],
              ["11h30 – 12h15", "Indicateurs de résultat 2025", "Resultaatindicatoren 2025"],
              ["12h15 – 12h45", "Tour de table", "Rondvraag"],
              ["12h45", "Lunch", "Lunch"]], style="Table Grid", widths=[3, 6.5, 6.5], size=9.5, shade="F2DCDB")

    d.add_heading("1. Accueil – Onthaal", level=1)
    FN("Aurélie Pirard accueille les participants à la Maison de quartier des Marolles, où se déroulent les "
       "ateliers collectifs du projet bruxellois. Elle présente Nadia Cherkaoui, nouvelle coordinatrice du "
       "projet, et Inès Bouchard, qui a rejoint l’équipe FAMI du SPP en janvier.",
       "Aurélie Pirard verwelkomt de deelnemers in het buurthuis in de Marollen, waar de groepsateliers van "
       "het Brusselse project plaatsvinden. Ze stelt Nadia Cherkaoui voor, de nieuwe coördinatrice van het "
       "project, en Inès Bouchard, die in januari bij het AMIF-team van de POD is begonnen.")

    d.add_heading("2. Nouvelles du SPP – Nieuws van de POD", level=1)
    FN("Wim Peeters annonce que les conventions des CPAS sont prolongées jusqu’au 30 juin 2027. Le rapport "
       "annuel 2025 a été transmis à la Commission dans les délais.",
       "Wim Peeters meldt dat de overeenkomsten met de OCMW’s verlengd worden tot 30 juni 2027. Het "
       "jaarverslag 2025 werd tijdig aan de Commissie bezorgd.")

    d.add_heading("3. Conservation des documents et données personnelles – Bewaring van documenten en "
                  "persoonsgegevens", level=1)
    FN("Les documents d’une opération financée par le FAMI doivent être conservés cinq ans à partir du "
       "31 décembre de l’année du dernier paiement (règlement (UE) 2021/1060, article 82). Les données "
       "personnelles des participants ne sont pas gardées plus longtemps que nécessaire (RGPD, article 5), "
       "et chaque participant peut demander à voir toutes les données qui le concernent (article 15).",
       "Documenten van een door AMIF gefinancierde concrete actie worden vijf jaar bewaard vanaf "
       "31 december van het jaar van de laatste betaling (verordening (EU) 2021/1060, artikel 82). "
       "Persoonsgegevens van deelnemers worden niet langer bewaard dan nodig (AVG, artikel 5), en elke "
       "deelnemer kan vragen om alle gegevens over hem of haar in te zien (artikel 15).")
    FN(f"Rappel{NB}: chaque CPAS reste seul propriétaire des données de ses participants{NB}; ni les autres "
       "CPAS ni le SPP ne voient un participant nominativement. Plusieurs CPAS souhaitent un modèle commun de "
       "formulaire de consentement, plus lisible que les versions actuelles.",
       "Ter herinnering: elk OCMW blijft de enige eigenaar van de gegevens van zijn deelnemers; de andere "
       "OCMW’s en de POD zien geen deelnemers bij naam. Verschillende OCMW’s wensen een gemeenschappelijk "
       "model van toestemmingsformulier dat leesbaarder is dan de huidige versies.")

    d.add_heading("4. Indicateurs de résultat 2025 – Resultaatindicatoren 2025", level=1)
    FN("Inès Bouchard présente le canevas des indicateurs de résultat. La progression d’au moins un niveau "
       "du CECR reste difficile à mesurer pour les personnes peu alphabétisées\u00a0; Liège a développé un "
       "outil de suivi qui intéresse les autres CPAS.",
       "Inès Bouchard stelt het sjabloon van de resultaatindicatoren voor. De vooruitgang van minstens één "
       "ERK-niveau blijft moeilijk te meten bij laaggeletterde deelnemers; Luik heeft een opvolgingsinstrument "
       "ontwikkeld dat de andere OCMW’s interesseert.")

    d.add_heading("5. Tour de table – Rondvraag", level=1)
    FN(f"Gand{NB}: un nouveau groupe du soir a démarré en février. Liège{NB}: 46 participants actifs. "
       f"Charleroi{NB}: l’atelier informatique est complet jusqu’en juin. Anvers et Edegem{NB}: les modules "
       "d’automne sont en préparation avec les trois partenaires.",
       "Gent: een nieuwe avondgroep is in februari gestart. Luik: 46 actieve deelnemers. Charleroi: het "
       "informatica-atelier is volzet tot juni. Antwerpen en Edegem: de najaarsmodules worden voorbereid met "
       "de drie partners.")

    d.add_heading("6. Décisions et actions – Beslissingen en acties", level=1)
    FN("La note sur la conservation des documents sera diffusée par le SPP avant la fin avril.",
       "De nota over de bewaring van documenten wordt voor eind april door de POD verspreid.")
    FN("Les indicateurs de résultat 2025 seront transmis par chaque CPAS pour le 30 avril.",
       "De resultaatindicatoren 2025 worden door elk OCMW tegen 30 april bezorgd.")
    FN("Émilie Lambert présentera l’outil de suivi de Liège à la prochaine réunion.",
       "Émilie Lambert stelt het opvolgingsinstrument van Luik voor op de volgende vergadering.")
    FN("Un modèle commun de formulaire de consentement sera rédigé par Nadia Cherkaoui et Inès Bouchard.",
       "Een gemeenschappelijk model van toestemmingsformulier wordt opgesteld door Nadia Cherkaoui en "
       "Inès Bouchard.")
    FN("Le CPAS d’Anvers vérifie avec ses partenaires les dates des modules d’automne.",
       "Het OCMW Antwerpen controleert met zijn partners de data van de najaarsmodules.")

    d.add_heading("7. Prochaine réunion – Volgende vergadering", level=1)
    FN(f"Prochaine réunion{NB}: le jeudi 18 juin 2026 à Gand.",
       "Volgende vergadering: donderdag 18 juni 2026 in Gent.", f="b")

    d.save(os.path.join(HERE, fn))
    return E(fn, ["fr", "nl"], False, False, "2026-03-19",
             [["Wim Peeters", "Present", "SPP"],
              ["Inès Bouchard", "Present", "SPP"],
              ["Aurélie Pirard", "Present", "BRUXELLES"],
              ["Thomas Lejeune", "Present", "BRUXELLES"],
              ["Nadia Cherkaoui", "Present", "BRUXELLES"],
              ["Hanne Vermeulen", "Present", "GENT"],
              ["Rachid Benmoussa", "Present", "LIEGE"],
              ["Émilie Lambert", "Present", "LIEGE"],
              ["Karim Benali", "Present", "CHARLEROI"],
              ["Sara Dewulf", "Present", "ANTWERPEN"],
              ["An Goossens", "Present", "EDEGEM"],
              ["Youssef El Hamdaoui", "Excused", "CHARLEROI"],
              ["Marc Delvaux", "Excused", "BINCHE"],
              ["Tom Van den Broeck", "Excused", "MORTSEL"]],
             [["09:30", "10:00", "Accueil et café"],
              ["10:00", "10:30", "Nouvelles du SPP"],
              ["10:30", "11:30", "Conservation des documents et données personnelles"],
              ["11:30", "12:15", "Indicateurs de résultat 2025"],
              ["12:15", "12:45", "Tour de table"],
              ["12:45", None, "Lunch"]],
             [["1", "Accueil – Onthaal"],
              ["2", "Nouvelles du SPP – Nieuws van de POD"],
              ["3", "Conservation des documents et données personnelles – Bewaring van documenten en persoonsgegevens"],
              ["4", "Indicateurs de résultat 2025 – Resultaatindicatoren 2025"],
              ["5", "Tour de table – Rondvraag"],
              ["6", "Décisions et actions – Beslissingen en acties"],
              ["7", "Prochaine réunion – Volgende vergadering"]],
             [["SPP", [], None, "La note sur la conservation des documents"],
              ["CPAS", [], None, "Les indicateurs de résultat 2025 seront transmis"],
              ["Network Contact", ["Émilie Lambert"], None, "Émilie Lambert présentera l’outil de suivi"],
              ["Several Network Contacts", ["Nadia Cherkaoui", "Inès Bouchard"], None,
               "Un modèle commun de formulaire de consentement"],
              ["CPAS", [], "ANTWERPEN", "Le CPAS d’Anvers vérifie avec ses partenaires"]],
             {"date": "2026-06-18", "text": "Prochaine réunion\u00a0: le jeudi 18 juin 2026 à Gand."},
             [])


REPORTS = [r137, r138, r139, r140, r141, r142, r143, r144, r145, r146]


def main():
    for fn in REPORTS:
        e = fn()
        base = e["file"][:-len(".docx")]
        with open(os.path.join(HERE, base + ".expected.json"), "w", encoding="utf-8") as f:
            json.dump(e, f, indent=1, ensure_ascii=False)
        print("wrote", e["file"])


if __name__ == "__main__":
    main()
