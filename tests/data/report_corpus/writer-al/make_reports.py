# -*- coding: utf-8 -*-
"""Builds the reports 387-396 of the AMIF/FAMI network test corpus (writer-al).

Each build_NNN() plays one invented writer with their own Word habits.
Run from this folder:  python make_reports.py
"""
import datetime
import os

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_COLOR_INDEX, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Mm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

# ----------------------------------------------------------------- helpers


def new_doc(lang, font="Calibri", size=11, margins=2.5, author=None, created=None, title=None):
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(margins))
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
    # proofing language of the whole document
    defaults = doc.styles.element.find(qn("w:docDefaults"))
    drpr = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
    lg = drpr.find(qn("w:lang"))
    if lg is None:
        lg = OxmlElement("w:lang")
        drpr.append(lg)
    lg.set(qn("w:val"), lang)
    cp = doc.core_properties
    if author:
        cp.author = author
        cp.last_modified_by = author
    if created:
        cp.created = created
        cp.modified = created + datetime.timedelta(hours=3)
    if title:
        cp.title = title
    return doc


def add_runs(p, parts):
    if isinstance(parts, str):
        parts = [(parts, {})]
    for item in parts:
        if isinstance(item, str):
            text, f = item, {}
        else:
            text, f = item
        r = p.add_run(text)
        if f.get("b"):
            r.bold = True
        if f.get("i"):
            r.italic = True
        if f.get("u"):
            r.underline = True
        if "color" in f:
            r.font.color.rgb = RGBColor.from_string(f["color"])
        if "size" in f:
            r.font.size = Pt(f["size"])
        if "hl" in f:
            r.font.highlight_color = f["hl"]
        if "font" in f:
            r.font.name = f["font"]
        if f.get("caps"):
            r.font.all_caps = True
    return p


def para(container, parts="", style=None, align=None, after=None, before=None, left=None, first=None,
         keep=False):
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    add_runs(p, parts)
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
    if left is not None:
        pf.left_indent = Cm(left)
    if first is not None:
        pf.first_line_indent = Cm(first)
    if keep:
        pf.keep_with_next = True
    return p


def cell_text(cell, parts, first=True, style=None, after=None):
    """Write into a table cell: the first call fills the cell's empty paragraph."""
    if first:
        p = cell.paragraphs[0]
        if style:
            p.style = style
        add_runs(p, parts)
    else:
        p = cell.add_paragraph(style=style) if style else cell.add_paragraph()
        add_runs(p, parts)
    if after is not None:
        p.paragraph_format.space_after = Pt(after)
    return p


def cell_lines(cell, lines, after=0, style=None):
    for k, ln in enumerate(lines):
        cell_text(cell, ln, first=(k == 0), style=style, after=after)


def shade(cell, fill):
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcpr.append(shd)


def col_widths(table, widths_cm):
    table.autofit = False
    for k, w in enumerate(widths_cm):
        table.columns[k].width = Cm(w)
    for row in table.rows:
        for k, w in enumerate(widths_cm):
            row.cells[k].width = Cm(w)


def add_field(p, instr, placeholder="1", fmt=None):
    def fc(kind):
        r = p.add_run()
        el = OxmlElement("w:fldChar")
        el.set(qn("w:fldCharType"), kind)
        r._r.append(el)
        return r
    fc("begin")
    r = p.add_run()
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " %s " % instr
    r._r.append(it)
    fc("separate")
    r = p.add_run(placeholder)
    if fmt and fmt.get("size"):
        r.font.size = Pt(fmt["size"])
    fc("end")


def bottom_border(p, color="808080", sz="6"):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), sz)
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    bdr.append(b)
    ppr.append(bdr)


def heading_color(doc, level, color, size=None, font=None):
    st = doc.styles["Heading %d" % level]
    st.font.color.rgb = RGBColor.from_string(color)
    if size:
        st.font.size = Pt(size)
    if font:
        st.font.name = font
        rpr = st.element.get_or_add_rPr()
        rf = rpr.find(qn("w:rFonts"))
        if rf is None:
            rf = OxmlElement("w:rFonts")
            rpr.append(rf)
        for a in ("w:ascii", "w:hAnsi", "w:cs"):
            rf.set(qn(a), font)
        for a in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme"):
            if rf.get(qn(a)) is not None:
                del rf.attrib[qn(a)]


def save(doc, name):
    doc.save(os.path.join(HERE, name))
    print("wrote", name)


def spp_header(doc, order="nl"):
    """Tagline block of the SPP IS / POD MI template, in the page header."""
    hdr = doc.sections[0].header
    p = hdr.paragraphs[0]
    nl = "Naar een geïntegreerd migratiebeleid, dankzij het AMIF"
    fr = "Vers une politique de migration plus intégrée, grâce au FAMI"
    a, b = (nl, fr) if order == "nl" else (fr, nl)
    add_runs(p, [(a, {"i": True, "size": 8, "color": "1F4E79"})])
    p2 = hdr.add_paragraph()
    add_runs(p2, [(b, {"i": True, "size": 8, "color": "1F4E79"})])
    p3 = hdr.add_paragraph()
    p3.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    add_runs(p3, [("POD | Maatschappelijke Integratie   SPP | Intégration Sociale", {"b": True, "size": 8,
                                                                                    "color": "595959"})])
    bottom_border(p3, "1F4E79")


# ----------------------------------------------------------------- 387
# Lien Verhaeghe, attaché at the POD MI (Flemish staff), writes the network exchange in Gent.
# SPP template header, inline people lists like the 2019 report, agenda in a grid table,
# typed numbered headings in bold, "Actie:" lines, closing italic note.

def build_387():
    doc = new_doc("nl-BE", "Calibri", 11, 2.5, "Lien Verhaeghe", datetime.datetime(2018, 3, 26, 9, 12),
                  "Verslag uitwisseling OCMW's 22 maart 2018")
    spp_header(doc, "nl")
    ft = doc.sections[0].footer.paragraphs[0]
    add_runs(ft, [("Verslag AMIF-netwerk 22/03/2018 – ontwerp", {"size": 8, "color": "808080"})])

    para(doc, [("Verslag uitwisseling OCMW's – Rapport échange entre CPAS", {"b": True, "size": 14})],
         align="c", before=12, after=4)
    para(doc, [("AMIF 22 maart 2018 – 22 mars 2018", {"b": True})], align="c", after=2)
    para(doc, "OCMW Gent, Dienst Werk – Kammerstraat 28, 9000 Gent", align="c", after=14)

    para(doc, [("Aanwezig: ", {"b": True}),
               "Lien Verhaeghe (POD MI), Bart Desmet (POD MI), Mieke Van Landeghem (OCMW Gent), Youssef El "
               "Haddouchi (OCMW Gent), Griet Martens (OCMW Gent), Nadia Benali (OCMW Luik), Pierre Lejeune "
               "(OCMW Luik), Sandrine Ghislain (OCMW Charleroi), Hanne Peeters (OCMW Antwerpen), Valérie "
               "Mertens (OCMW Brussel), Catherine Dufour (tolk), Stijn Raes (tolk)"], align="j")
    para(doc, [("Verontschuldigd: ", {"b": True}),
               "Ahmed Bouzid (OCMW Antwerpen), Marie-Claire Henrard (OCMW Brussel)"], after=10)

    para(doc, [("Agenda", {"b": True})], after=4, keep=True)
    rows = [("10u00 – 10u30", "Onthaal met koffie"),
            ("10u30 – 11u15", "Voorstelling van het project ‘Samen Sterk’ van OCMW Gent"),
            ("11u15 – 12u30", "Stand van zaken per OCMW"),
            ("12u30 – 13u30", "Lunch"),
            ("13u30 – 15u00", "Workshop: de tevredenheidsenquête"),
            ("15u00 – 15u30", "Afspraken en afsluiting")]
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for a, b in rows:
        c = t.add_row().cells
        cell_text(c[0], a)
        cell_text(c[1], b)
    col_widths(t, [3.5, 12.5])
    para(doc, "", after=0)

    def h(txt):
        para(doc, [(txt, {"b": True, "size": 12})], before=10, after=4, keep=True)

    h("1. Welkom en inleiding")
    para(doc, "Mieke Van Landeghem verwelkomt de collega's van de andere OCMW's in de vergaderzaal van de "
              "Dienst Werk. Na een korte kennismakingsronde licht Lien Verhaeghe de stand van zaken van het "
              "AMIF-programma toe. De inhoudelijke en financiële rapportering over 2017 is van alle OCMW's "
              "binnen; het POD bezorgt de feedback per project in de loop van april. Bart Desmet herinnert "
              "eraan dat kosten voor vertaling en tolken enkel aanvaard worden als ze in het budget voorzien "
              "zijn.", align="j")
    para(doc, "Er is fluistertolking FR-NL voorzien voor de collega's van Luik, Charleroi en Brussel.", align="j")

    h("2. Voorstelling van het project ‘Samen Sterk’ (OCMW Gent)")
    para(doc, "Youssef El Haddouchi en Griet Martens stellen het Gentse project voor. De maatschappelijk "
              "werkers van de sociale centra verwijzen cliënten door; elke kandidaat krijgt een intakegesprek "
              "en een oriëntatiebalans. Daarna volgt de deelnemer een traject van zes tot negen maanden met:",
         align="j")
    for b in ["individuele begeleiding om de twee weken;",
              "een wekelijkse groepssessie ‘Nederlands in actie’ (taalactivering, max. 12 deelnemers);",
              "maandelijkse uitstappen (bibliotheek, markt, stadhuis, een werkplaats);",
              "een buddy: een vrijwilliger die de deelnemer een paar uur per maand begeleidt."]:
        para(doc, b, style="List Bullet", after=0)
    para(doc, "Sinds de start in september 2016 stapten 64 deelnemers in, van wie 41 nog actief zijn. Elf "
              "deelnemers zijn doorgestroomd naar een opleiding of een traject socio-professionele "
              "inschakeling. De buddywerking spreekt de andere OCMW's erg aan: Luik en Brussel willen weten "
              "hoe de vrijwilligers gerekruteerd en verzekerd worden.", align="j", before=6)

    h("3. Stand van zaken per OCMW")
    for lead, rest in [
        ("OCMW Luik: ", "de collectieve modules lopen op volle kracht, er is een wachtlijst voor het atelier "
                        "informatica. Pierre Lejeune merkt op dat de contracten met de deelnemers (aanwezigheid, "
                        "stiptheid) goed werken, maar zwaar zijn voor mensen die net aangekomen zijn."),
        ("OCMW Charleroi: ", "module 3 loopt sinds september 2017. Van de 240 kandidaten die de maatschappelijk "
                             "werkers weerhouden hadden, kwamen er 81 naar een infosessie (34 %). Sandrine "
                             "Ghislain vraagt hoe de andere OCMW's de opkomst verhogen."),
        ("OCMW Antwerpen: ", "de samenwerking met de partnergemeenten wordt voorbereid; vanaf 2019 zouden ook "
                             "deelnemers uit kleinere OCMW's uit de regio kunnen instappen."),
        ("OCMW Brussel: ", "Valérie Mertens meldt dat het team opnieuw volledig is na twee aanwervingen. De "
                           "infosessies over wonen en mobiliteit worden voortaan apart in het Frans en in het "
                           "Nederlands gegeven."),
    ]:
        para(doc, [(lead, {"b": True}), rest], style="List Bullet", after=2, align="j")

    h("4. Workshop tevredenheidsenquête")
    para(doc, "In gemengde groepen werd de huidige tevredenheidsenquête overlopen. Alle OCMW's vinden de "
              "vragenlijst te moeilijk voor de doelgroep: begrippen als ‘zelfredzaamheid’ of ‘competentie’ zijn "
              "te abstract, en veel deelnemers kunnen de vragen niet zelfstandig lezen. De groepen stellen voor:",
         align="j")
    for b in ["kortere vragen, met een antwoordschaal van drie smileys;",
              "vertalingen in meer talen (Arabisch, Dari, Tigrinya, Somali);",
              "de enquête mondeling afnemen, met een intercultureel bemiddelaar waar nodig."]:
        para(doc, b, style="List Bullet", after=0)
    para(doc, "Het OCMW Antwerpen werkt al met een eigen versie met pictogrammen.", before=6)
    para(doc, [("Actie: ", {"b": True}),
               "Hanne stuurt de Antwerpse versie met pictogrammen naar alle OCMW's."], after=2)
    para(doc, [("Actie POD MI: ", {"b": True}),
               "een voorstel van vereenvoudigde vragenlijst opmaken tegen de volgende bijeenkomst."])

    h("5. Afspraken")
    for b in ["Elk OCMW bezorgt vóór 30 april de cijfers van het eerste kwartaal (instroom, uitstroom, "
              "aanwezigheidsgraad) aan het POD.",
              "Youssef en Griet werken samen met Nadia een korte fiche uit over de buddywerking (rekrutering, "
              "verzekering, opvolging).",
              "OCMW Charleroi gaat na of de volgende bijeenkomst in hun lokalen kan plaatsvinden.",
              "De netwerkbijeenkomsten blijven tweetalig, met tolken."]:
        para(doc, b, style="List Bullet", after=2, align="j")

    h("6. Volgende bijeenkomst")
    para(doc, "Donderdag 20 september 2018 in Charleroi (onder voorbehoud).")
    para(doc, [("(Opmerkingen van de OCMW's nog toe te voegen na nalezing – LV)",
                {"i": True, "color": "7F7F7F"})], before=12)
    save(doc, "387_verslag_uitwisseling_gent_2018.docx")


# ----------------------------------------------------------------- 388
# Koen Aerts, coordinator at OCMW Antwerpen, partner meeting with Schoten, Edegem, Mortsel.
# Word styles throughout (Title, Heading 1, List Number), attendance table with x marks,
# action table Wat/Wie/Tegen wanneer, yellow highlight for what is missing, page X of Y footer.

def build_388():
    doc = new_doc("nl-BE", "Calibri", 11, 2.2, "Koen Aerts", datetime.datetime(2021, 6, 10, 16, 40),
                  "Verslag partneroverleg AMIF 8 juni 2021")
    heading_color(doc, 1, "C00000", 13)
    hdr = doc.sections[0].header.paragraphs[0]
    hdr.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    add_runs(hdr, [("OCMW Antwerpen – AMIF-partnerschap Antwerpen | Schoten | Edegem | Mortsel",
                    {"size": 8, "color": "808080"})])
    fp = doc.sections[0].footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_runs(fp, [("Pagina ", {"size": 8})])
    add_field(fp, "PAGE", "1")
    add_runs(fp, [(" van ", {"size": 8})])
    add_field(fp, "NUMPAGES", "2")

    para(doc, "Verslag partneroverleg AMIF", style="Title")
    para(doc, [("Datum: ", {"b": True}), "dinsdag 8 juni 2021, 13u30 – 15u30"], after=0)
    para(doc, [("Plaats: ", {"b": True}), "Lange Gasthuisstraat 39, zaal 2.14 en via MS Teams"], after=0)
    para(doc, [("Verslag: ", {"b": True}), "Koen Aerts"], after=8)

    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for k, lab in enumerate(["Naam", "Organisatie", "Aanwezig", "Verontschuldigd"]):
        cell_text(t.rows[0].cells[k], [(lab, {"b": True})])
        shade(t.rows[0].cells[k], "D9D9D9")
    for row in [("Koen Aerts", "OCMW Antwerpen", "x", ""),
                ("Hanne Peeters", "OCMW Antwerpen", "x (Teams)", ""),
                ("Sarah Van den Broeck", "OCMW Schoten", "x", ""),
                ("Dirk Wouters", "OCMW Schoten", "", "x"),
                ("Ilse Claes", "OCMW Edegem", "x (Teams)", ""),
                ("Jamal Amrani", "OCMW Mortsel", "x", ""),
                ("Tine Goossens", "OCMW Mortsel", "x (Teams)", ""),
                ("Elke Vermeulen", "POD MI", "", "x")]:
        c = t.add_row().cells
        for k, v in enumerate(row):
            cell_text(c[k], v)
            if k >= 2:
                c[k].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    col_widths(t, [5.0, 4.5, 3.0, 3.5])

    doc.add_heading("Agenda", 1)
    for a in ["Goedkeuring verslag van 20 april",
              "Terugstart groepsmodules na de versoepelingen",
              "Instroom en doorverwijzingen per partner",
              "Tevredenheidsenquête: vertalingen",
              "Varia"]:
        para(doc, a, style="List Number", after=0)

    doc.add_heading("Verslag vorige keer", 1)
    para(doc, "Het verslag van 20 april wordt goedgekeurd zonder opmerkingen.")

    doc.add_heading("Terugstart groepsmodules", 1)
    para(doc, "Sinds de versoepelingen van 9 juni mogen de groepsmodules opnieuw met meer deelnemers "
              "doorgaan. We houden voorlopig de regel van 6 deelnemers + 1 begeleider aan (tot nu toe was dat "
              "4 + 1), met mondmasker en verluchting. De groep ‘Wegwijs in Antwerpen’ start opnieuw op 22 juni "
              "in het lokaal aan de Carnotstraat.")
    para(doc, "De online sessies via WhatsApp-video lopen af eind juni. Hanne merkt op dat een aantal "
              "deelnemers de online lessen eigenlijk makkelijker vond (geen verplaatsing, kinderen thuis). Of een "
              "deel online kan blijven, komt in september terug op de agenda.")
    para(doc, "Schoten heeft nog geen vast lokaal voor module 2 na de zomer.")

    doc.add_heading("Instroom per partner", 1)
    para(doc, [("Schoten: ", {"b": True}), "4 nieuwe aanmeldingen sinds april, 3 intakes gedaan."],
         style="List Bullet", after=0)
    para(doc, [("Edegem: ", {"b": True}), "2 nieuwe deelnemers. Ilse meldt dat de maatschappelijk werkers weinig "
               "doorverwijzen omdat ze het project nog te weinig kennen. Voorstel: een korte infosessie op "
               "een teamvergadering van de sociale dienst."], style="List Bullet", after=0)
    para(doc, [("Mortsel: ", {"b": True}), "5 aanmeldingen, waarvan 2 via het Sociaal Huis. ",
               ("[cijfers mei Mortsel nog aan te vullen]", {"hl": WD_COLOR_INDEX.YELLOW})],
         style="List Bullet", after=0)
    para(doc, [("Antwerpen: ", {"b": True}), "instroom stabiel (± 12 per maand), wachtlijst voor de groepsmodule "
               "van dinsdag."], style="List Bullet")

    doc.add_heading("Tevredenheidsenquête", 1)
    para(doc, "De vertaling van de enquête in het Arabisch en het Dari is klaar (vertaalbureau). Voor we ze "
              "gebruiken, laten we ze nalezen door iemand die de doelgroep kent. De Engelse en Franse versie "
              "zijn al in gebruik.")

    doc.add_heading("Varia", 1)
    para(doc, "Elke (POD MI) liet per mail weten dat de vraag over een verlenging van de looptijd intern "
              "besproken wordt. Edegem stelde kort de samenwerking met het lokaal dienstencentrum voor; de "
              "presentatie wordt als bijlage meegestuurd. ",)
    para(doc, [("Bijlage presentatie Edegem volgt nog.", {"i": True, "hl": WD_COLOR_INDEX.YELLOW})])

    doc.add_heading("Actiepunten", 1)
    t = doc.add_table(rows=1, cols=3)
    t.style = "Light Grid Accent 1"
    for k, lab in enumerate(["Wat", "Wie", "Tegen wanneer"]):
        cell_text(t.rows[0].cells[k], lab)
    for row in [("Aangepast lesrooster doorsturen naar de partners", "Koen", "15/06"),
                ("Lokaal voor module 2 vastleggen", "OCMW Schoten", "eind juni"),
                ("Arabische en Dari-versie van de enquête laten nalezen", "Ilse + Tine", "september"),
                ("Mail naar POD MI i.v.m. verlenging looptijd project", "Hanne", "30/06"),
                ("Cijfers instroom mei bezorgen aan Koen", "alle partners", "18/06"),
                ("Infosessie voor de maatschappelijk werkers in Edegem plannen", "?", "")]:
        c = t.add_row().cells
        for k, v in enumerate(row):
            cell_text(c[k], v)
    col_widths(t, [9.5, 3.5, 3.0])

    para(doc, [("Volgend overleg: ", {"b": True}),
               "dinsdag 14 september 2021 om 13u30 in Mortsel (of via Teams, afhankelijk van de maatregelen)."],
         before=12)
    save(doc, "388_partneroverleg_antwerpen_juni2021.docx")


# ----------------------------------------------------------------- 389
# Els Van Hove, bilingual coordinator of the CPAS de Bruxelles / OCMW Brussel team, lockdown 2020.
# No heading styles: bold dark-blue typed headings, bilingual titles, paragraphs in FR or NL as people
# spoke, automatic numbering for the agenda, arrows for the tasks, confidential footer.

def build_389():
    doc = new_doc("fr-BE", "Arial", 10, 2.0, "Els Van Hove", datetime.datetime(2020, 4, 23, 14, 5),
                  "Réunion d'équipe FAMI 23/04/2020")
    hdr = doc.sections[0].header.paragraphs[0]
    hdr.paragraph_format.tab_stops.add_tab_stop(Cm(17), WD_TAB_ALIGNMENT.RIGHT)
    add_runs(hdr, [("CPAS de Bruxelles – OCMW van Brussel", {"size": 8, "b": True, "color": "1F3864"}),
                   ("\tFAMI / AMIF", {"size": 8, "color": "1F3864"})])
    fp = doc.sections[0].footer.paragraphs[0]
    add_runs(fp, [("Document interne – intern document", {"size": 7, "i": True, "color": "808080"})])

    BLUE = "1F3864"
    para(doc, [("Réunion d'équipe FAMI – Teamoverleg AMIF", {"b": True, "size": 14, "color": BLUE})], after=2)
    para(doc, "Jeudi 23 avril 2020 – donderdag 23 april 2020, 10h00-11h30, via Teams", after=10)

    para(doc, [("Présents / Aanwezig : ", {"b": True}),
               "Els Van Hove, Karim Ouali, Fatima Zahra Bennani, Joris Lambrechts, Aurélie Gilson, Mohamed "
               "Cherkaoui (médiateur interculturel) et, pour le point 2, Elke Vermeulen (SPP IS)"], after=2)
    para(doc, [("Excusée / Verontschuldigd : ", {"b": True}), "Nathalie Wauters (maladie)"], after=10)

    para(doc, [("Ordre du jour / Agenda :", {"b": True})], after=2)
    for a in ["Suivi des participants pendant le confinement / Opvolging deelnemers tijdens de lockdown",
              "Message du SPP IS : dépenses éligibles",
              "Cours à distance : WhatsApp, Teams ?",
              "Reprise en mai-juin / Heropstart mei-juni",
              "Divers / Varia"]:
        para(doc, a, style="List Number", after=0)

    def h(txt):
        para(doc, [(txt, {"b": True, "color": BLUE, "size": 11})], before=12, after=4, keep=True)

    def todo(parts):
        para(doc, parts, left=0.6, after=2)

    h("1. Suivi des participants / Opvolging deelnemers")
    para(doc, "Chaque membre de l'équipe appelle ses participants au moins une fois par semaine. Sur 38 "
              "participants actifs, 31 ont pu être joints. Principales difficultés : pas de crédit d'appel, "
              "enfants à la maison, stress lié au séjour (rendez-vous à l'Office des étrangers reportés). "
              "Plusieurs participants ne comprennent pas les règles du confinement ; Mohamed a déjà enregistré "
              "un premier message vocal en arabe, partagé dans les groupes WhatsApp.", align="j")
    para(doc, "Joris volgt de Nederlandstalige groep op (9 deelnemers). Twee deelnemers zijn niet bereikbaar; "
              "hij heeft al contact opgenomen met hun maatschappelijk werker.", align="j")
    todo([("→ Karim & Aurélie : ", {"b": True}),
          "appeler chaque semaine les participants du groupe du mardi et noter les besoins (colis, crédit "
          "d'appel)."])
    todo([("→ Mohamed : ", {"b": True}),
          "enregistrer un message vocal sur les nouvelles règles en arabe et en tamazight."])

    h("2. Dépenses éligibles (SPP IS)")
    para(doc, "Elke Vermeulen explique que le SPP IS accepte en principe les frais liés au travail à distance "
              "avec les participants (data mobile, cartes prépayées), à condition qu'ils soient justifiés et "
              "liés au projet. Les achats de tablettes sont à discuter au cas par cas.", align="j")
    todo([("→ ", {"b": True}), "Els envoie au SPP la liste des frais prévus d'ici le 30/04."])
    todo([("→ ", {"b": True}), "Le SPP IS confirmera par écrit si les cartes prépayées sont éligibles."])

    h("3. Cours à distance / Lessen op afstand")
    para(doc, "Les groupes WhatsApp fonctionnent bien pour garder le contact (photos d'exercices, messages "
              "vocaux). Un vrai cours en ligne reste difficile : beaucoup de participants n'ont qu'un "
              "smartphone, parfois partagé avec toute la famille.", align="j")
    para(doc, "Fatima Zahra stelt voor om met een klein groepje (3 à 4 deelnemers) een les via Teams te "
              "testen. Het team is akkoord, maar niemand heeft zich al opgegeven.", align="j")
    todo([("→ Joris : ", {"b": True}),
          "de Nederlandstalige deelnemers bellen en noteren wie een smartphone met internet heeft."])
    todo([("→ ", {"b": True}), "Tester Teams avec un petit groupe : qui ? (à définir)"])

    h("4. Reprise / Heropstart")
    para(doc, "Aucune activité de groupe avant le feu vert des autorités. Si les règles le permettent, on "
              "reprendra par petits groupes (4 participants + 1 animateur) dans la grande salle, avec masques "
              "et gel. Le planning sera revu à la prochaine réunion.", align="j")
    para(doc, "Voorstel van Els: eerst de taalactivering opnieuw opstarten, daarna de infosessies.", align="j")

    h("5. Divers / Varia")
    para(doc, "Nathalie est en congé de maladie au moins jusqu'au 15 mai. Ses participants sont répartis entre "
              "Karim et Aurélie (voir liste).", align="j")
    para(doc, [("[liste des participants sans smartphone à ajouter en annexe]", {"color": "C00000"})])

    para(doc, [("Prochaine réunion / volgende vergadering : ", {"b": True}),
               "jeudi 7 mai 2020, même heure, même lien Teams."], before=12)
    save(doc, "389_reunion_equipe_bruxelles_avril2020.docx")


# ----------------------------------------------------------------- 390
# Amandine Collard, new animator at the CPAS de Charleroi, her first PV. Everything formatted by hand:
# caps title, underlined bold labels, typed dashes and tabs, mixed heading numbers (I., 2., 3)),
# "Qui :" after each task, no header or footer, signature at the end.

def build_390():
    doc = new_doc("fr-BE", "Times New Roman", 12, 2.5, "acollard", datetime.datetime(2017, 10, 20, 11, 30))
    p = para(doc, [("CPAS DE CHARLEROI", {"b": True})], after=0)
    p = para(doc, "Service Action Migrants", after=0)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(16), WD_TAB_ALIGNMENT.RIGHT)
    add_runs(p, "\tCharleroi, le 20 octobre 2017")
    para(doc, "", after=0)
    para(doc, [("PV DE LA REUNION DE COORDINATION ACTIV'UP", {"b": True, "u": True, "size": 14})], align="c",
         after=0)
    para(doc, [("Jeudi 19 octobre 2017 – 9h30", {"b": True})], align="c", after=0)
    para(doc, "Lieu : Service Action Migrants, salle de réunion 2e étage", align="c", after=12)

    para(doc, [("Etaient présents :", {"b": True, "u": True})], after=0)
    for ln in ["- Mme Sandrine Ghislain, coordinatrice (CPAS Charleroi)",
               "- M. Rachid Benhaddou, coach (CPAS Charleroi)",
               "- Mme Amandine Collard, animatrice (CPAS Charleroi)",
               "- Mme Véronique Lambot, assistante sociale (CPAS Binche)",
               "- M. Michaël Duquesne, chef du service social (CPAS Binche)"]:
        para(doc, ln, after=0, left=0.5)
    para(doc, "", after=0)
    para(doc, [("Excusés :", {"b": True, "u": True})], after=0)
    for ln in ["- Mme Carine Pirson (SPP IS)",
               "- M. Grégory Leclercq (CPAS Charleroi, antenne de Marchienne)"]:
        para(doc, ln, after=0, left=0.5)
    para(doc, "", after=0)
    para(doc, [("Ordre du jour :", {"b": True, "u": True})], after=0)
    for tm, ti in [("9h30", "Accueil"),
                   ("9h45", "Bilan du module 2 (sept 2016 – juin 2017)"),
                   ("10h30", "Recrutement module 3 : listing et séances d'info"),
                   ("11h15", "Collaboration avec le CPAS de Binche"),
                   ("11h45", "Divers")]:
        p = para(doc, tm + "\t" + ti, after=0, left=0.5)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(2.5))
    para(doc, "", after=0)

    def h(txt):
        para(doc, [(txt, {"b": True})], before=10, after=4, keep=True)

    h("I. Accueil")
    para(doc, "Sandrine souhaite la bienvenue aux collègues de Binche, qui viennent pour la première fois a une "
              "réunion Activ'Up. Petit tour de table.", align="j")

    h("2. Bilan du module 2")
    para(doc, "Le module 2 s'est terminé fin juin. 60 personnes sont venues aux séances d'info, 34 ont commencé "
              "le module et 22 l'ont terminé. Taux de présence moyen : 71 %. (à compléter par Sandrine : "
              "chiffres exacts du module 2)", align="j")
    para(doc, "Points positifs : l'esprit de groupe à la fin du module, les sorties (musée de la Photographie, "
              "bibliothèque), le coaching individuel tous les 15 jours.", align="j")
    para(doc, "A améliorer : la communication quand un cours est annulé (certains participants viennent pour "
              "rien), les horaires qui changent trop souvent.", align="j")

    h("3) Recrutement module 3")
    para(doc, "Le listing a été refait avec l'observatoire du CPAS. Les AS ont retenu 240 personnes pour le "
              "module 3. Deux séances d'info sont prévues le 7 et le 9 novembre. Rachid propose d'envoyer un SMS "
              "de rappel la veille en plus du courrier, parce que beaucoup de personnes ne lisent pas le "
              "courrier.", align="j")
    para(doc, ["Envoyer les invitations pour les séances d'info du 7 et 9 novembre (courrier + SMS). ",
               ("Qui : Rachid et Amandine", {"b": True})])

    h("4. Collaboration avec le CPAS de Binche")
    para(doc, "Le CPAS de Binche rejoint le projet comme partenaire. Véronique Lambot explique que les AS de "
              "Binche ont déjà repéré une quinzaine de personnes intéressées, surtout des femmes avec enfants. "
              "Le problème principal est le transport : le trajet Binche-Charleroi prend plus d'une heure en bus "
              "et coûte cher pour les participants.", align="j")
    para(doc, "Le CPAS de Binche transmet la liste de ses bénéficiaires potentiels pour fin octobre.")
    para(doc, ["Demander au SPP si les participants de Binche peuvent être comptés dans le rapport annuel du "
               "projet. ", ("Qui : Sandrine", {"b": True})])
    para(doc, ["Trouver une solution pour le transport des participants de Binche (abonnement TEC ?). ",
               ("Qui : ?", {"b": True})])

    h("5. Divers")
    para(doc, "Michaël Duquesne demande si certaines activités pourraient avoir lieu à Binche. A discuter à la "
              "prochaine réunion.", align="j")
    para(doc, [("Prochaine réunion : ", {"b": True, "u": True}), "à fixer par mail (probablement fin novembre)."],
         before=10)
    para(doc, "", after=0)
    para(doc, "PV : Amandine Collard", align="r")
    save(doc, "390_pv_coordination_activup_charleroi_2017.docx")


# ----------------------------------------------------------------- 391
# Pieter Claeys, trajectbegeleider at OCMW Gent, writes the POD MI monitoring visit.
# Heading 2 styles without numbers, bulleted people and agenda, bold owner names with a colon,
# red note for what is missing, author line in the footer, no next meeting.

def build_391():
    doc = new_doc("nl-BE", "Calibri", 11, 2.5, "Pieter Claeys", datetime.datetime(2016, 11, 9, 10, 2),
                  "Verslag opvolgingsbezoek POD MI")
    heading_color(doc, 2, "2E74B5", 12)
    fp = doc.sections[0].footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    add_runs(fp, [("Verslag Pieter Claeys, 9/11/2016", {"size": 8, "i": True})])

    para(doc, [("Verslag opvolgingsbezoek POD MI", {"b": True, "size": 16, "color": "2E74B5"})], after=0)
    para(doc, [("AMIF-project ‘Samen Sterk’ – OCMW Gent", {"size": 12})], after=4)
    para(doc, "Dinsdag 8 november 2016 – 10u tot 12u30 – Dienst Werk, lokaal 1.03", after=10)

    para(doc, [("Aanwezig:", {"b": True})], after=0)
    for ln in ["Bart Desmet, attaché AMIF (POD MI)",
               "Lien Verhaeghe (POD MI)",
               "Mieke Van Landeghem, diensthoofd (OCMW Gent)",
               "Youssef El Haddouchi, trajectbegeleider (OCMW Gent)",
               "Pieter Claeys, trajectbegeleider, verslag (OCMW Gent)"]:
        para(doc, ln, style="List Bullet", after=0)
    para(doc, [("Verontschuldigd: ", {"b": True}), "An Wouters, intake (OCMW Gent)"], before=6, after=8)

    para(doc, [("Agenda", {"b": True})], after=0)
    for ln in ["10u00 – 10u15: kennismaking",
               "10u15 – 11u00: instroom en intakes",
               "11u00 – 11u45: financiële opvolging (personeelskosten, VTE)",
               "11u45 – 12u30: bezoek aan de groep ‘Nederlands in actie’"]:
        para(doc, ln, style="List Bullet", after=0)

    doc.add_heading("Kennismaking", 2)
    para(doc, "Bart Desmet is sinds september de nieuwe contactpersoon bij het POD voor de AMIF-projecten van "
              "de OCMW's. Hij wil elk project minstens één keer per jaar ter plaatse bezoeken. Lien Verhaeghe "
              "volgt de inhoudelijke rapportering op.")

    doc.add_heading("Instroom en intakes", 2)
    p = para(doc, "Het project is gestart op 1 september 2016. De maatschappelijk werkers van de sociale centra "
                  "verwezen tot nu toe 37 cliënten door. 29 intakegesprekken zijn afgerond, 24 deelnemers zijn "
                  "effectief gestart (cijfers tot eind september). ")
    add_runs(p, [("(cijfers oktober nog toevoegen)", {"color": "FF0000"})])
    para(doc, "Een intake duurt langer dan voorzien (gemiddeld 1u30), omdat er vaak een sociaal tolk nodig is. "
              "De meeste doorverwijzingen komen van twee sociale centra; de andere centra kennen het project "
              "nog weinig. Mieke stelde het project in oktober al voor op de teamvergaderingen van twee andere "
              "centra.")

    doc.add_heading("Financiële opvolging", 2)
    para(doc, "De projectfiche vermeldt 3 VTE + 2 x 0,5 VTE. In de praktijk is één halftijdse functie pas op "
              "1 oktober ingevuld. Bart wijst erop dat personeelskosten enkel aanvaard worden vanaf de "
              "effectieve indiensttreding en dat de tijdsbesteding per medewerker bijgehouden moet worden. Het "
              "project wordt gefinancierd met AMIF-middelen en eigen middelen van het OCMW.")

    doc.add_heading("Bezoek aan de groep", 2)
    para(doc, "Het POD woont een deel van de groepssessie bij (9 deelnemers, thema: een afspraak maken bij de "
              "huisarts). De deelnemers vertellen zelf over het project; enkelen vragen of er ook les kan zijn "
              "tijdens de schoolvakanties.")

    doc.add_heading("Afspraken", 2)
    for who, what in [("Mieke: ", "aangepaste projectfiche doorsturen naar het POD vóór 1 december (VTE vanaf "
                                  "1/10)."),
                      ("POD MI: ", "model voor het tussentijds inhoudelijk verslag bezorgen."),
                      ("Pieter en Youssef: ", "overzicht maken van de doorverwijzingen per sociaal centrum "
                                              "(sept.–nov.)."),
                      ("OCMW Gent: ", "schriftelijke toestemming van de deelnemers vragen voor foto's op de "
                                      "netwerkdag.")]:
        para(doc, [(who, {"b": True}), what], style="List Bullet", after=2)
    save(doc, "391_opvolgingsbezoek_pod_gent_nov2016.docx")


# ----------------------------------------------------------------- 392
# Laura Pirotte, newly arrived at the CPAS de Liège, writes her first network report (hybrid, with
# interpreters). French Word autocorrect: curly apostrophes, non-breaking space before colons.
# Names as NAME First name grouped per CPAS, agenda table with start times only, headings "1)".

def build_392():
    def t(s):
        return s.replace(" :", "\u00a0:").replace(" ;", "\u00a0;").replace("'", "’")

    doc = new_doc("fr-BE", "Calibri", 11, 2.5, "PIROTTE Laura", datetime.datetime(2023, 5, 15, 15, 20),
                  t("PV rencontre réseau FAMI 11-05-2023"))
    heading_color(doc, 2, "C00000", 12)
    hdr = doc.sections[0].header.paragraphs[0]
    add_runs(hdr, [(t("CPAS de Liège"), {"b": True, "color": "C00000", "size": 10}),
                   (t("  |  Département de l'Action sociale"), {"size": 8, "color": "595959"})])
    fp = doc.sections[0].footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_runs(fp, [(t("Rencontre réseau FAMI du 11/05/2023 – page "), {"size": 8})])
    add_field(fp, "PAGE", "1")

    para(doc, t("Rencontre du réseau FAMI des CPAS"), style="Title")
    para(doc, [(t("Procès-verbal"), {"b": True, "size": 12})], after=2)
    para(doc, t("Jeudi 11 mai 2023, de 10h00 à 15h00"), after=0)
    para(doc, t("Lieu : CPAS de Liège, salle du Conseil (place Saint-Jacques) et en ligne via Teams"), after=0)
    para(doc, t("Interprétation simultanée français-néerlandais (en salle et sur le canal Teams)"), after=10)

    para(doc, [(t("Présents :"), {"b": True})], after=0)
    for org, names in [("SPP Intégration sociale", "VERMEULEN Elke, DESMET Bart"),
                       ("CPAS de Liège", "PIROTTE Laura, HANSEN Marc, BENALI Nadia"),
                       ("CPAS de Charleroi", "GHISLAIN Sandrine"),
                       ("CPAS de Bruxelles", "OUALI Karim"),
                       ("OCMW Gent", "CLAEYS Pieter (via Teams)"),
                       ("OCMW Antwerpen", "AERTS Koen (via Teams)"),
                       ("Interprètes", "LOUIS Anne, DE CLERCQ Wim")]:
        para(doc, [(t(org + " : "), {"u": True}), names], style="List Bullet", after=0)
    para(doc, [(t("Excusés :"), {"b": True})], before=6, after=0)
    for org, names in [("CPAS de Binche", "DUQUESNE Michaël"), ("OCMW Mortsel", "AMRANI Jamal")]:
        para(doc, [(t(org + " : "), {"u": True}), names], style="List Bullet", after=0)

    para(doc, [(t("Ordre du jour"), {"b": True})], before=10, after=2)
    tb = doc.add_table(rows=1, cols=2)
    tb.style = "Table Grid"
    cell_text(tb.rows[0].cells[0], [("Heure", {"b": True})])
    cell_text(tb.rows[0].cells[1], [("Point", {"b": True})])
    shade(tb.rows[0].cells[0], "F2DCDB")
    shade(tb.rows[0].cells[1], "F2DCDB")
    for a, b in [("10h00", "Accueil – café"),
                 ("10h20", "Tour de table des CPAS"),
                 ("11h15", "Présentation : les indicateurs communs du FAMI 2021-2027 (SPP IS)"),
                 ("12h15", "Lunch"),
                 ("13h15", "Atelier : la fiche projet et les sous-objectifs"),
                 ("14h45", "Conclusions et suites")]:
        c = tb.add_row().cells
        cell_text(c[0], a)
        cell_text(c[1], t(b))
    col_widths(tb, [2.5, 13.5])

    def action(txt):
        para(doc, [(t("Action : "), {"b": True, "color": "C00000"}), t(txt)], after=4)

    doc.add_heading(t("1) Accueil"), 2)
    para(doc, t("Marc Hansen accueille les participants au nom du Président du CPAS de Liège. Pour certains "
                "collègues, c'est la première rencontre du réseau en présentiel depuis 2019. Les collègues de Gand "
                "et d'Anvers suivent la réunion via Teams ; l'interprétation est disponible sur le canal Teams."),
         align="j")

    doc.add_heading(t("2) Tour de table"), 2)
    for lead, rest in [("Liège : ", "le projet a repris avec deux groupes de 10 personnes. Beaucoup de nouveaux "
                                    "participants sont ukrainiens ; les cours de français sont saturés."),
                       ("Charleroi : ", "nouvelle équipe depuis janvier. Sandrine signale des difficultés pour "
                                        "recruter via les antennes sociales (les AS sont surchargés)."),
                       ("Bruxelles : ", "Karim présente le nouveau module « Se loger à Bruxelles »."),
                       ("Gand : ", "l'entretien d'admission sera enregistré de manière numérique à partir de "
                                   "septembre."),
                       ("Anvers : ", "test de niveau de langue à l'entrée et à la sortie du module, avec "
                                     "pictogrammes.")]:
        para(doc, [(t(lead), {"b": True}), t(rest)], style="List Bullet", after=2)

    doc.add_heading(t("3) Les indicateurs communs"), 2)
    para(doc, t("Elke Vermeulen présente les indicateurs communs du nouveau programme (règlement (UE) 2021/1147) : "
                "nombre de participants aux activités de soutien (cours de langue, orientation civique, "
                "accompagnement professionnel personnalisé), nombre de participants aux cours de langue qui ont "
                "progressé d'au moins un niveau du CECR, et nombre de participants qui déclarent que l'activité "
                "les a aidés à s'intégrer. Le SPP IS rassemble les chiffres des CPAS une fois par an."), align="j")
    para(doc, t("Plusieurs CPAS se demandent comment mesurer un niveau CECR pour un public peu alphabétisé. Nadia "
                "propose d'utiliser le test déjà fait lors de l'entretien d'admission."), align="j")
    action("le SPP IS enverra la fiche des indicateurs en français et en néerlandais.")
    action("chaque CPAS vérifie pour le 30 juin s'il peut compter les participants par niveau CECR.")

    doc.add_heading(t("4) Atelier fiche projet"), 2)
    p = para(doc, t("En petits groupes, chaque CPAS a relu sa fiche projet. Rappel du SPP : au moins trois "
                    "sous-objectifs par module, formulés comme un changement chez le participant (« le participant "
                    "sait prendre un rendez-vous chez le médecin » plutôt que « atelier santé »). "), align="j")
    add_runs(p, [(t("[photos de l'atelier à insérer]"), {"i": True, "color": "808080"})])
    action("Nadia et Marc partagent leur grille d'entretien d'admission avec le réseau.")

    doc.add_heading(t("5) Conclusions et suites"), 2)
    para(doc, t("Les participants apprécient la rencontre en présentiel. Pour la prochaine fois, il faudrait "
                "plus de temps pour les échanges informels. Le CPAS d'Anvers propose d'accueillir la prochaine "
                "rencontre."), align="j")
    action("le CPAS d'Anvers présente son test de niveau à la prochaine rencontre.")
    para(doc, [(t("Prochaine rencontre : mardi 17 octobre 2023 à Anvers (à confirmer)."), {"b": True})],
         before=8)
    para(doc, [(t("(liste des participants en ligne à vérifier avec le rapport Teams)"), {"i": True})])
    para(doc, t("PV : Laura Pirotte"), align="r", before=10)
    save(doc, "392_rencontre_reseau_liege_mai2023.docx")


# ----------------------------------------------------------------- 393
# Elke Vermeulen, POD MI (Flemish staff), online network day with an interpretation channel.
# NL text with a short FR summary in italics under each section; Heading 1/2 with typed numbers
# including 2.1 / 2.2; agenda in automatic numbering with times and a tab; people in a table;
# action table; red draft line on top; SPP header and page number footer.

def build_393():
    doc = new_doc("nl-BE", "Calibri", 11, 2.3, "Elke Vermeulen", datetime.datetime(2024, 4, 29, 8, 45),
                  "Verslag netwerkdag AMIF 25/04/2024")
    heading_color(doc, 1, "1F4E79", 13)
    heading_color(doc, 2, "1F4E79", 11)
    spp_header(doc, "nl")
    fp = doc.sections[0].footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    add_runs(fp, [("p. ", {"size": 8})])
    add_field(fp, "PAGE", "1")

    para(doc, [("ONTWERP – opmerkingen welkom tot 10 mei / PROJET – remarques bienvenues jusqu'au 10 mai",
                {"b": True, "color": "FF0000", "size": 9})], after=8)
    para(doc, [("Verslag netwerkdag AMIF – Rapport journée réseau FAMI", {"b": True, "size": 15})], after=2)
    para(doc, [("25 april 2024 – 25 avril 2024", {"b": True})], after=0)
    para(doc, "Online (Zoom) – tolkkanaal NL/FR / canal d'interprétation NL/FR", after=10)

    def fr(txt):
        para(doc, [("FR – " + txt, {"i": True, "color": "595959", "size": 10})], after=6, align="j")

    para(doc, [("Aanwezig / Présents", {"b": True})], after=2)
    tb = doc.add_table(rows=1, cols=2)
    tb.style = "Light List Accent 1"
    cell_text(tb.rows[0].cells[0], "Naam / Nom")
    cell_text(tb.rows[0].cells[1], "Organisatie / Organisation")
    for a, b in [("Elke Vermeulen", "POD MI"),
                 ("Thomas Lenaerts", "POD MI"),
                 ("Pieter Claeys", "OCMW Gent"),
                 ("Sofie De Bruyne", "OCMW Gent"),
                 ("Marc Hansen", "CPAS Liège"),
                 ("Sandrine Ghislain", "CPAS Charleroi"),
                 ("Michaël Duquesne", "CPAS Binche"),
                 ("Koen Aerts", "OCMW Antwerpen"),
                 ("Sarah Van den Broeck", "OCMW Schoten"),
                 ("Els Van Hove", "OCMW Brussel / CPAS Bruxelles"),
                 ("Isabelle Morel", "tolk / interprète"),
                 ("Frank Vanderlinden", "tolk / interprète")]:
        c = tb.add_row().cells
        cell_text(c[0], a)
        cell_text(c[1], b)
    col_widths(tb, [6, 10])
    para(doc, [("Verontschuldigd / Excusés: ", {"b": True}),
               "Ilse Claes (OCMW Edegem), Laura Pirotte (CPAS Liège), Tine Goossens (OCMW Mortsel)"],
         before=6, after=8)

    para(doc, [("Agenda / Ordre du jour", {"b": True})], after=2)
    for tm, ti in [("09:30 – 09:45", "Welkom en technische afspraken / Accueil et consignes techniques"),
                   ("09:45 – 10:30", "Jaarrapportering 2023: gemeenschappelijke indicatoren / Rapport annuel "
                                     "2023 : indicateurs communs"),
                   ("10:30 – 10:45", "Pauze / Pause"),
                   ("10:45 – 11:45", "Tevredenheidsenquête: nieuwe versie / Enquête de satisfaction : nouvelle "
                                     "version"),
                   ("11:45 – 12:30", "Bewaring van documenten en persoonsgegevens / Conservation des documents "
                                     "et des données personnelles")]:
        p = para(doc, tm + "\t" + ti, style="List Number", after=0)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(3.6))

    doc.add_heading("1. Welkom / Accueil", 1)
    para(doc, "Elke Vermeulen verwelkomt iedereen. Afspraken: micro uit als je niet spreekt, kies in Zoom het "
              "kanaal van je taal, spreek traag voor de tolken. De vergadering wordt niet opgenomen.", align="j")
    fr("Accueil par Elke Vermeulen. Consignes : micro coupé, choisir le canal de sa langue dans Zoom, parler "
       "lentement pour les interprètes. La réunion n'est pas enregistrée.")

    doc.add_heading("2. Jaarrapportering 2023 / Rapport annuel 2023", 1)
    p = para(doc, "Thomas Lenaerts overloopt de gemeenschappelijke indicatoren van het AMIF (verordening (EU) "
                  "2021/1147) die de OCMW's jaarlijks aanleveren: aantal deelnemers aan ondersteunende "
                  "activiteiten (taalcursus, maatschappelijke oriëntatie, persoonlijke professionele "
                  "begeleiding), aantal deelnemers aan een taalcursus die minstens één ERK-niveau gestegen zijn, "
                  "en aantal deelnemers die aangeven dat de activiteit hun integratie heeft geholpen. ", align="j")
    add_runs(p, [("[presentatie Thomas nog toe te voegen als bijlage]", {"hl": WD_COLOR_INDEX.YELLOW})])
    fr("Thomas Lenaerts présente les indicateurs communs (règlement (UE) 2021/1147) que les CPAS communiquent "
       "chaque année au SPP IS.")

    doc.add_heading("2.1 Cijfers per OCMW / Chiffres par CPAS", 2)
    for ln in ["Gent: 112 deelnemers, waarvan 58 in een taalactiveringsmodule",
               "Liège: 87 deelnemers",
               "Charleroi + Binche: 64 deelnemers (waarvan 11 uit Binche)",
               "Antwerpen + partners: 143 deelnemers",
               "Brussel / Bruxelles: 95 deelnemers"]:
        para(doc, ln, style="List Bullet", after=0)
    para(doc, "De cijfers van Schoten, Edegem en Mortsel zitten in het totaal van Antwerpen.", before=4)
    fr("Chiffres 2023 par CPAS : voir ci-dessus (Schoten, Edegem et Mortsel compris dans le total d'Anvers).")

    doc.add_heading("2.2 Knelpunten / Difficultés", 2)
    para(doc, "Het ERK-niveau meten blijft moeilijk voor laaggeletterde deelnemers. Verschillende OCMW's "
              "gebruiken een eigen test. Afspraak: bij het begin en het einde van een module wordt dezelfde test "
              "gebruikt.", align="j")
    fr("Mesurer le niveau CECR reste difficile pour un public peu alphabétisé. Accord : le même test est utilisé "
       "au début et à la fin du module.")

    doc.add_heading("3. Tevredenheidsenquête / Enquête de satisfaction", 1)
    para(doc, "De werkgroep van Antwerpen, Schoten, Edegem en Mortsel stelt de nieuwe tevredenheidsenquête voor: "
              "8 korte vragen, een antwoordschaal met drie smileys en pictogrammen bij elke vraag. De enquête "
              "bestaat nu in het Nederlands, Frans, Engels en Arabisch. Sarah Van den Broeck vertelt dat de test "
              "in Mortsel en Schoten goed verliep: deelnemers vulden de enquête in minder dan tien minuten in, "
              "meestal met hulp. Michaël Duquesne toont de vragenlijst die Binche gebruikt, met foto's van de "
              "activiteiten.", align="j")
    fr("Présentation de la nouvelle enquête de satisfaction (8 questions, trois smileys, pictogrammes), en NL, FR, "
       "EN et arabe. Le test à Mortsel et Schoten s'est bien passé.")

    doc.add_heading("4. Bewaring van documenten / Conservation des documents", 1)
    para(doc, "Thomas herinnert aan de regels: documenten van een AMIF-project worden vijf jaar bewaard vanaf "
              "31 december van het jaar van de laatste betaling (art. 82 van verordening (EU) 2021/1060). "
              "Persoonsgegevens van deelnemers worden niet langer bewaard dan nodig (AVG, art. 5.1.e) en een "
              "deelnemer heeft het recht om alle gegevens over zichzelf in te zien (art. 15). Elk OCMW blijft "
              "eigenaar van de gegevens van zijn deelnemers; het POD ontvangt enkel geanonimiseerde cijfers.",
         align="j")
    fr("Rappel : conservation des documents cinq ans à partir du 31 décembre de l'année du dernier paiement ; "
       "données personnelles pas plus longtemps que nécessaire ; droit d'accès du participant. Le SPP ne reçoit "
       "que des chiffres anonymisés.")

    doc.add_heading("5. Actiepunten / Points d'action", 1)
    tb = doc.add_table(rows=1, cols=3)
    tb.style = "Table Grid"
    for k, lab in enumerate(["Wat / Quoi", "Wie / Qui", "Tegen / Pour le"]):
        cell_text(tb.rows[0].cells[k], [(lab, {"b": True})])
        shade(tb.rows[0].cells[k], "DEEAF6")
    for row in [("Cijfers 2023 nakijken en bevestigen / Vérifier et confirmer les chiffres 2023",
                 "Alle OCMW's / tous les CPAS", "15/05/2024"),
                ("Nieuwe enquête laten vertalen in Dari, Tigrinya en Oekraïens / Traduire la nouvelle enquête "
                 "en dari, tigrinya et ukrainien", "POD MI / SPP IS", "30/06/2024"),
                ("Test van de enquête met een groep in Gent en in Charleroi / Test de l'enquête à Gand et à "
                 "Charleroi", "Sofie en Sandrine", "september"),
                ("Vragenlijst van Binche met foto's doorsturen naar het POD / Envoyer le questionnaire de Binche "
                 "au SPP", "Michaël", "10/05/2024"),
                ("Bewaartermijnen in het partnerschap nakijken met de DPO / Vérifier les délais de conservation "
                 "avec le DPO", "OCMW Antwerpen", "september"),
                ("AVG-vorming voor de projectteams organiseren / Organiser une formation RGPD pour les équipes",
                 "nog te bepalen / à définir", "")]:
        c = tb.add_row().cells
        for k, v in enumerate(row):
            cell_text(c[k], [(v, {"size": 10})])
    col_widths(tb, [10, 3.8, 2.6])

    doc.add_heading("6. Volgende netwerkdag / Prochaine journée réseau", 1)
    para(doc, "Dinsdag 3 december 2024 in Brussel, bij het OCMW Brussel – mardi 3 décembre 2024 à Bruxelles, "
              "au CPAS de Bruxelles.")
    save(doc, "393_netwerkdag_online_april2024.docx")


# ----------------------------------------------------------------- 394
# Céline Dewez, administrative employee at the CPAS de Binche, writes a report once in a while.
# Header block as a two-column table, no agenda, headings bold underlined with I., II., then 3., 4.,
# an unnumbered "Actions à suivre" with Word's automatic numbering.

def build_394():
    doc = new_doc("fr-BE", "Arial", 10, 2.0, "CDewez", datetime.datetime(2019, 10, 17, 9, 0))
    hdr = doc.sections[0].header.paragraphs[0]
    add_runs(hdr, [("CPAS de Binche – Service social", {"size": 8, "color": "7F7F7F"})])

    para(doc, [("Réunion de suivi – Partenariat Activ'Up Charleroi / Binche", {"b": True, "size": 13})],
         align="c", after=10)
    tb = doc.add_table(rows=5, cols=2)
    tb.style = "Table Grid"
    labels = ["Date", "Lieu", "Présents", "Excusé", "Rédaction"]
    for k, lab in enumerate(labels):
        cell_text(tb.rows[k].cells[0], [(lab, {"b": True})])
        shade(tb.rows[k].cells[0], "EDEDED")
    cell_text(tb.rows[0].cells[1], "Mardi 15 octobre 2019 – 13h30 à 15h30")
    cell_text(tb.rows[1].cells[1], "CPAS de Binche, salle de réunion du rez-de-chaussée")
    cell_lines(tb.rows[2].cells[1], ["Céline Dewez (CPAS Binche)",
                                     "Véronique Lambot (CPAS Binche)",
                                     "Rachid Benhaddou (CPAS Charleroi)",
                                     "Julie Maes (CPAS Charleroi)"])
    cell_text(tb.rows[3].cells[1], "Michaël Duquesne (CPAS Binche)")
    cell_text(tb.rows[4].cells[1], "Céline Dewez")
    col_widths(tb, [3.5, 13.5])
    para(doc, "", after=0)

    def h(txt):
        para(doc, [(txt, {"b": True, "u": True})], before=10, after=4, keep=True)

    h("I. Tour de table")
    para(doc, "Julie Maes est la nouvelle animatrice à Charleroi depuis septembre, elle remplace Amandine. "
              "Véronique présente la situation à Binche : 9 personnes de Binche suivent le module 3 à Charleroi "
              "depuis septembre.", align="j")

    h("II. Participants de Binche")
    para(doc, "Les participants de Binche sont contents des ateliers, surtout l'atelier informatique et les "
              "sorties. Deux personnes ont arrêté (une pour raison de santé, une a trouvé un travail). Le taux "
              "de présence des participants de Binche est plus bas, environ 60 % (nombre exact à compléter), "
              "surtout à cause du trajet.", align="j")
    para(doc, "Rachid rappelle que les participants doivent prévenir quand ils sont absents.", align="j")

    h("3. Transport")
    para(doc, "Le trajet en bus prend plus d'une heure. Le CPAS de Binche rembourse les tickets sur "
              "présentation, mais certains participants n'ont pas l'argent pour avancer. Idées : un abonnement "
              "TEC payé directement par le CPAS, ou une navette le jeudi (jour de l'atelier).", align="j")

    h("4. Divers")
    para(doc, "Véronique demande si des séances d'information « se débrouiller en Belgique » pourraient avoir "
              "lieu à Binche une fois par mois. Rachid est d'accord sur le principe, Sandrine doit encore donner "
              "son accord.", align="j")

    h("Actions à suivre")
    for ln in ["Rachid envoie le planning des ateliers du 2e trimestre à Véronique.",
               "Le CPAS de Charleroi vérifie si une navette peut être organisée le jeudi.",
               "Céline et Véronique mettent à jour la liste des participants de Binche (nom, AS référent, "
               "module).",
               "Demander un devis pour les abonnements TEC : qui ? à définir"]:
        para(doc, ln, style="List Number", after=2)

    para(doc, [("Prochaine réunion le 12/11/2019 à 13h30 à Charleroi (Service Action Migrants).", {"b": True})],
         before=12)
    save(doc, "394_reunion_suivi_binche_oct2019.docx")


# ----------------------------------------------------------------- 395
# Fatima Zahra Bennani, CPAS de Bruxelles, writes the network day the Brussels team hosted, with booth
# interpretation. French report with the Flemish updates kept in Dutch, lettered Heading 2 sections,
# people in a two-column table (present | excused), agenda table, owners as "(qui : ...)".

def build_395():
    doc = new_doc("fr-BE", "Calibri", 11, 2.2, "Fatima Zahra Bennani", datetime.datetime(2022, 12, 2, 13, 10),
                  "Journée réseau FAMI 29/11/2022")
    heading_color(doc, 2, "833C0B", 12)
    hdr = doc.sections[0].header.paragraphs[0]
    hdr.paragraph_format.tab_stops.add_tab_stop(Cm(16.6), WD_TAB_ALIGNMENT.RIGHT)
    add_runs(hdr, [("CPAS de Bruxelles | OCMW van Brussel", {"b": True, "size": 9, "color": "833C0B"}),
                   ("\tCellule FAMI – AMIF-cel", {"size": 9, "color": "833C0B"})])
    bottom_border(hdr, "833C0B", "8")
    fp = doc.sections[0].footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    add_runs(fp, [("Page ", {"size": 8})])
    add_field(fp, "PAGE", "1")

    para(doc, [("Journée réseau FAMI – Netwerkdag AMIF", {"b": True, "size": 16, "color": "833C0B"})], after=0)
    para(doc, [("Compte rendu / Verslag", {"size": 12})], after=6)
    para(doc, "Mardi 29 novembre 2022 – dinsdag 29 november 2022", after=0)
    para(doc, "CPAS de Bruxelles, salle du Conseil, rue Haute, 1000 Bruxelles", after=0)
    para(doc, "Interprétation simultanée FR/NL en cabine – simultaanvertaling FR/NL", after=8)

    tb = doc.add_table(rows=2, cols=2)
    tb.style = "Table Grid"
    cell_text(tb.rows[0].cells[0], [("Présents / Aanwezig", {"b": True})])
    cell_text(tb.rows[0].cells[1], [("Excusés / Verontschuldigd", {"b": True})])
    shade(tb.rows[0].cells[0], "FBE4D5")
    shade(tb.rows[0].cells[1], "FBE4D5")
    cell_lines(tb.rows[1].cells[0], ["Fatima Zahra Bennani (CPAS Bruxelles)",
                                     "Els Van Hove (OCMW Brussel)",
                                     "Karim Ouali (CPAS Bruxelles)",
                                     "Elke Vermeulen (SPP IS)",
                                     "Thomas Lenaerts (POD MI)",
                                     "Sofie De Bruyne (OCMW Gent)",
                                     "Koen Aerts (OCMW Antwerpen)",
                                     "Ilse Claes (OCMW Edegem)",
                                     "Nadia Benali (CPAS Liège)",
                                     "Sandrine Ghislain (CPAS Charleroi)"])
    cell_lines(tb.rows[1].cells[1], ["Pieter Claeys (OCMW Gent)",
                                     "Jamal Amrani (OCMW Mortsel)",
                                     "Céline Dewez (CPAS Binche)"])
    col_widths(tb, [8.3, 8.3])

    para(doc, [("Ordre du jour / Agenda", {"b": True})], before=10, after=2)
    ta = doc.add_table(rows=1, cols=2)
    ta.style = "Light Shading Accent 2"
    cell_text(ta.rows[0].cells[0], "Heure / Uur")
    cell_text(ta.rows[0].cells[1], "Point / Punt")
    for a, b in [("09:30-10:00", "Accueil / Onthaal"),
                 ("10:00-10:30", "Mot d'accueil du CPAS de Bruxelles et du SPP IS"),
                 ("10:30-11:30", "Tour de table : état des lieux des projets / Stand van zaken"),
                 ("11:30-12:30", "Focus : la médiation interculturelle comme interprétariat social"),
                 ("12:30-13:30", "Lunch"),
                 ("13:30-15:00", "Brainstorming : la fin du programme 2014-2020 et la suite / het vervolg"),
                 ("15:00-15:30", "Conclusions / Besluiten")]:
        c = ta.add_row().cells
        cell_text(c[0], a)
        cell_text(c[1], b)
    col_widths(ta, [3.2, 13.4])

    doc.add_heading("A. Mot d'accueil / Welkomstwoord", 2)
    para(doc, "Fatima Zahra Bennani accueille les participants au nom du CPAS de Bruxelles. Elke Vermeulen (SPP "
              "IS) rappelle le calendrier : le programme FAMI 2014-2020 se termine pour les projets des CPAS fin "
              "2022, les projets du programme 2021-2027 démarreront en 2023 (appel en cours).", align="j")

    doc.add_heading("B. Tour de table / Stand van zaken", 2)
    for lead, rest in [("Liège (Nadia Benali) : ", "forte demande de participants ukrainiens ; les groupes sont "
                                                  "complets jusqu'en janvier."),
                       ("Charleroi (Sandrine Ghislain) : ", "le module en cours se termine en décembre ; 19 "
                                                            "participants sur 24 ont suivi tout le module."),
                       ("Bruxelles (Karim Ouali) : ", "les séances d'info sont organisées séparément en français "
                                                      "et en néerlandais ; nouveau module sur le logement."),
                       ("Gent (Sofie De Bruyne): ", "de groepen draaien opnieuw volledig fysiek. De wachtlijst "
                                                    "voor een intake is opgelopen tot zes weken."),
                       ("Antwerpen (Koen Aerts) en Edegem (Ilse Claes): ", "het partnerschap met Schoten, Edegem "
                        "en Mortsel loopt goed; Edegem heeft nu een vaste contactpersoon in de sociale dienst.")]:
        para(doc, [(lead, {"b": True}), rest], style="List Bullet", after=2, align="j")

    doc.add_heading("C. Focus : la médiation interculturelle", 2)
    para(doc, "Mohamed Cherkaoui, médiateur interculturel au CPAS de Bruxelles, présente son travail : il "
              "traduit pendant les entretiens, mais explique aussi le contexte (ce qu'est un CPAS, pourquoi on "
              "demande tel document). Il insiste sur la neutralité et le secret professionnel.", align="j")
    para(doc, "Discussie: het OCMW Antwerpen werkt met een afsprakenkader voor sociaal tolken (wie betaalt, "
              "wanneer een tolk gevraagd wordt, hoe de tolk voorbereid wordt).", align="j")
    para(doc, [("► ", {"color": "833C0B"}), "Het OCMW Antwerpen deelt zijn afsprakenkader voor tolken met het "
                                            "netwerk."], left=0.5, after=2)
    para(doc, [("► ", {"color": "833C0B"}), "Envoyer la présentation sur la médiation aux participants ",
               ("(qui : Karim)", {"i": True}), "."], left=0.5, after=2)
    para(doc, [("[NL-vertaling van punt C volgt]", {"color": "FF0000"})])

    doc.add_heading("D. Brainstorming : après 2022 / na 2022", 2)
    para(doc, "Ce qui marche selon les participants / wat werkt :", after=2)
    for ln in ["le travail intensif avec le public, presque tous les jours de la semaine",
               "les liens entre les participants et avec l'équipe",
               "l'esprit de groupe à la fin d'un module"]:
        para(doc, ln, style="List Bullet", after=0)
    para(doc, "Ce qu'il faut améliorer / werkpunten :", before=6, after=2)
    for ln in ["la communication vers les participants (horaires qui changent, cours annulés)",
               "des horaires équilibrés entre anciens et nouveaux participants",
               "planifier plus tôt, les procédures administratives sont de plus en plus longues",
               "pas d'activités obligatoires sur des sujets sensibles (sexualité, violences conjugales)"]:
        para(doc, ln, style="List Bullet", after=0)
    para(doc, [("(photos des post-it en annexe – à ajouter)", {"i": True, "color": "7F7F7F"})], before=4)
    para(doc, [("► ", {"color": "833C0B"}), "Rassembler les résultats du brainstorming dans une note commune ",
               ("(qui : SPP IS)", {"i": True}), "."], left=0.5, after=2)

    doc.add_heading("E. Conclusions / Besluiten", 2)
    para(doc, [("► ", {"color": "833C0B"}), "Sofie et Nadia préparent un échange de pratiques sur l'entretien "
                                            "d'admission / de intake pour la prochaine rencontre."],
         left=0.5, after=2)
    para(doc, [("► ", {"color": "833C0B"}), "Chaque CPAS envoie ses questions sur la clôture financière au SPP "
                                            "IS avant le 15 décembre."], left=0.5, after=2)
    para(doc, [("Prochaine journée réseau / volgende netwerkdag : ", {"b": True}),
               "printemps 2023, à Gand (date à fixer)."], before=10)
    save(doc, "395_journee_reseau_bruxelles_nov2022.docx")


# ----------------------------------------------------------------- 396
# Kristel De Wit, OCMW Edegem, takes the minutes of the survey working group for once.
# Arial 10, everything in bullets, short style, bold headings without numbers, initials as owners
# after an arrow, no header or footer.

def build_396():
    doc = new_doc("nl-BE", "Arial", 10, 2.0, "Kristel De Wit", datetime.datetime(2026, 1, 20, 11, 25))
    para(doc, [("Werkgroep tevredenheidsenquête – verslag", {"b": True, "size": 12})], after=0)
    para(doc, "di 20/01/2026, 10u-11u, Teams", after=8)
    para(doc, [("Aanwezig: ", {"b": True}),
               "Kristel De Wit (KDW, Edegem – verslag), Tine Goossens (TG, Mortsel), Sarah Van den Broeck (SVdB, "
               "Schoten), Hanne Peeters (HP, Antwerpen), Ahmed Bouzid (AB, Antwerpen)"], after=0)
    para(doc, [("Verontschuldigd: ", {"b": True}), "Koen Aerts (KA, Antwerpen)"], after=8)
    para(doc, [("Agenda:", {"b": True})], after=0)
    for ln in ["stand vertalingen", "resultaten test Mortsel", "pictogrammen", "planning + varia"]:
        para(doc, ln, style="List Bullet", after=0)

    def h(txt):
        para(doc, [(txt, {"b": True})], before=10, after=2, keep=True)

    def b(parts):
        para(doc, parts, style="List Bullet", after=0)

    h("Stand vertalingen")
    b("NL, FR, EN, Arabisch: klaar en in gebruik")
    b("Dari en Oekraïens: vertaling binnen (vertaalbureau via POD), nog niet nagelezen")
    b("Tigrinya: nog niet ontvangen")
    b(["Tigrinya-versie laten nalezen door een tolk van het tolkenbureau zodra binnen ", ("→ HP", {"b": True})])

    h("Resultaten test Mortsel")
    b("18 enquêtes ingevuld (groep dinsdag + groep donderdag), 15 met hulp van begeleider of bemiddelaar")
    b("vraag 6 (‘Ik voel me meer thuis in België’) wordt niet goed begrepen, ook niet in het Arabisch")
    b("5 antwoordmogelijkheden is te veel → terug naar 3 smileys")
    b([("(grafiek resultaten nog toe te voegen)", {"color": "FF0000"})])
    b(["antwoordschaal met 3 smileys uitwerken en vraag 6 herformuleren ", ("→ TG + KDW", {"b": True})])

    h("Pictogrammen")
    b("set van Antwerpen wordt gebruikt, licentie ok voor de partners (HP heeft dit nagevraagd)")
    b([("Schoten: ", {"b": True}), "vraagt na of de enquête ook op tablet kan (wifi in het lokaal?)"])

    h("Planning + varia")
    b("POD wil de nieuwe versie graag zien op de netwerkdag in het voorjaar")
    b(["voorstel doorsturen naar Elke (POD MI) vóór 15/02 ", ("→ AB", {"b": True})])
    b(["KA gaat eind februari met pensioen → voorzitterschap van de werkgroep overnemen vanaf maart: ",
       ("nog te bepalen", {"b": True})])

    para(doc, [("Volgende werkgroep: ", {"b": True}), "di 3/3/2026, 10u, Teams (zelfde link)"], before=10)
    save(doc, "396_werkgroep_enquete_edegem_jan2026.docx")


if __name__ == "__main__":
    for f in (build_387, build_388, build_389, build_390, build_391, build_392, build_393, build_394, build_395,
              build_396):
        f()
