# -*- coding: utf-8 -*-
"""Builds the meeting reports 397-406 of the AMIF network (one invented writer each).

Run with the python that has python-docx; the .docx files are written next to this script.
"""
import datetime as dt
import os

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_COLOR_INDEX, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Mm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

NB = "\u00a0"  # the non-breaking space that French autocorrect puts before : ; ? and inside guillemets


def check_day(iso, weekday):
    """Guard: the weekday written in a report must be the real one."""
    names = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
    d = dt.date.fromisoformat(iso)
    assert names[d.weekday()] == weekday, (iso, weekday)


# ---------------------------------------------------------------- helpers

def base_doc(font="Calibri", size=11, lang="nl-BE", margins=(2.5, 2.5, 2.5, 2.5), author="", created=None):
    doc = Document()
    sec = doc.sections[0]
    sec.page_width = Mm(210)
    sec.page_height = Mm(297)
    sec.top_margin, sec.bottom_margin, sec.left_margin, sec.right_margin = [Cm(x) for x in margins]
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
    ln = OxmlElement("w:lang")
    ln.set(qn("w:val"), lang)
    rpr.append(ln)
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    if created:
        cp.created = created
        cp.modified = created
    cp.title = ""
    return doc


def style_font(doc, name, font=None, size=None, bold=None, color=None, italic=None, before=None, after=None):
    st = doc.styles[name]
    if font:
        st.font.name = font
        rpr = st.element.get_or_add_rPr()
        rfonts = rpr.find(qn("w:rFonts"))
        if rfonts is None:
            rfonts = OxmlElement("w:rFonts")
            rpr.insert(0, rfonts)
        for a in list(rfonts.attrib):
            del rfonts.attrib[a]
        for a in ("w:ascii", "w:hAnsi", "w:cs"):
            rfonts.set(qn(a), font)
    if size:
        st.font.size = Pt(size)
    if bold is not None:
        st.font.bold = bold
    if italic is not None:
        st.font.italic = italic
    if color is not None:
        st.font.color.rgb = RGBColor.from_string(color)
    if before is not None:
        st.paragraph_format.space_before = Pt(before)
    if after is not None:
        st.paragraph_format.space_after = Pt(after)
    return st


def para(where, text="", style=None, b=False, i=False, u=False, size=None, color=None, align=None,
         after=None, before=None, hl=None, font=None, indent=None, keep=False):
    p = where.add_paragraph(style=style) if style else where.add_paragraph()
    if text:
        add(p, text, b=b, i=i, u=u, size=size, color=color, hl=hl, font=font)
    if align:
        p.alignment = {"c": WD_ALIGN_PARAGRAPH.CENTER, "r": WD_ALIGN_PARAGRAPH.RIGHT,
                       "j": WD_ALIGN_PARAGRAPH.JUSTIFY, "l": WD_ALIGN_PARAGRAPH.LEFT}[align]
    if after is not None:
        p.paragraph_format.space_after = Pt(after)
    if before is not None:
        p.paragraph_format.space_before = Pt(before)
    if indent is not None:
        p.paragraph_format.left_indent = Cm(indent)
    if keep:
        p.paragraph_format.keep_with_next = True
    return p


def add(p, text, b=False, i=False, u=False, size=None, color=None, hl=None, font=None, caps=False):
    r = p.add_run(text)
    r.bold = b or None
    r.italic = i or None
    r.underline = u or None
    if size:
        r.font.size = Pt(size)
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    if hl:
        r.font.highlight_color = hl
    if font:
        r.font.name = font
    if caps:
        r.font.small_caps = True
    return r


def mixed(where, parts, style=None, after=None, indent=None, align=None, before=None):
    """parts: list of (text, dict of run options) or plain strings."""
    p = where.add_paragraph(style=style) if style else where.add_paragraph()
    for part in parts:
        if isinstance(part, str):
            add(p, part)
        else:
            add(p, part[0], **part[1])
    if after is not None:
        p.paragraph_format.space_after = Pt(after)
    if before is not None:
        p.paragraph_format.space_before = Pt(before)
    if indent is not None:
        p.paragraph_format.left_indent = Cm(indent)
    if align == "j":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    return p


def tabs(p, *positions_cm, leader=None):
    pf = p.paragraph_format
    for pos in positions_cm:
        pf.tab_stops.add_tab_stop(Cm(pos))
    return p


def new_list(doc, fmt="decimal", text="%1.", left=0.63, hanging=0.63, font=None):
    """A fresh numbering definition (so that each list starts at 1), returns its numId."""
    numbering = doc.part.numbering_part.element
    aid = max([int(a.get(qn("w:abstractNumId"))) for a in numbering.findall(qn("w:abstractNum"))] + [0]) + 1
    absn = OxmlElement("w:abstractNum")
    absn.set(qn("w:abstractNumId"), str(aid))
    mlt = OxmlElement("w:multiLevelType")
    mlt.set(qn("w:val"), "singleLevel")
    absn.append(mlt)
    lvl = OxmlElement("w:lvl")
    lvl.set(qn("w:ilvl"), "0")
    for tag, val in (("w:start", "1"), ("w:numFmt", fmt), ("w:lvlText", text), ("w:lvlJc", "left")):
        e = OxmlElement(tag)
        e.set(qn("w:val"), val)
        lvl.append(e)
    ppr = OxmlElement("w:pPr")
    ind = OxmlElement("w:ind")
    ind.set(qn("w:left"), str(int(left * 567)))
    ind.set(qn("w:hanging"), str(int(hanging * 567)))
    ppr.append(ind)
    lvl.append(ppr)
    if font:
        rpr = OxmlElement("w:rPr")
        rf = OxmlElement("w:rFonts")
        for a in ("w:ascii", "w:hAnsi", "w:hint"):
            rf.set(qn(a), font if a != "w:hint" else "default")
        rpr.append(rf)
        lvl.append(rpr)
    absn.append(lvl)
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(absn)
    else:
        numbering.append(absn)
    nid = max([int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))] + [0]) + 1
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), str(nid))
    an = OxmlElement("w:abstractNumId")
    an.set(qn("w:val"), str(aid))
    num.append(an)
    numbering.append(num)
    return nid


def numbered(p, nid):
    numpr = p._p.get_or_add_pPr().get_or_add_numPr()
    numpr.get_or_add_ilvl().val = 0
    numpr.get_or_add_numId().val = nid
    return p


def field(p, instr, placeholder="1", size=None, color=None):
    def r_with(el):
        r = p.add_run()
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
        r._r.append(el)
        return r
    b = OxmlElement("w:fldChar")
    b.set(qn("w:fldCharType"), "begin")
    r_with(b)
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " %s " % instr
    r_with(it)
    s = OxmlElement("w:fldChar")
    s.set(qn("w:fldCharType"), "separate")
    r_with(s)
    r = p.add_run(placeholder)
    if size:
        r.font.size = Pt(size)
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    e = OxmlElement("w:fldChar")
    e.set(qn("w:fldCharType"), "end")
    r_with(e)


def shade(cell, hexcolor):
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcpr.append(shd)


def cell_text(cell, text, b=False, i=False, size=None, color=None, align=None):
    """Write into the first (empty) paragraph of a cell."""
    p = cell.paragraphs[0]
    if text:
        add(p, text, b=b, i=i, size=size, color=color)
    if align:
        p.alignment = {"c": WD_ALIGN_PARAGRAPH.CENTER, "r": WD_ALIGN_PARAGRAPH.RIGHT}[align]
    return p


def widths(table, cms):
    table.autofit = False
    for row in table.rows:
        for c, w in zip(row.cells, cms):
            c.width = Cm(w)
    for gc, w in zip(table._tbl.tblGrid.findall(qn("w:gridCol")), cms):
        gc.set(qn("w:w"), str(int(w * 567)))


def spp_header(doc, size=8):
    """The tagline block of the SPP/POD documents, in the page header."""
    hdr = doc.sections[0].header
    t = hdr.add_table(rows=1, cols=2, width=Cm(16))
    l, r = t.rows[0].cells
    cell_text(l, "Naar een geïntegreerd migratiebeleid,", i=True, size=size, color="1F3864")
    para(l, "dankzij het AMIF", i=True, size=size, color="1F3864")
    para(l, "Vers une politique de migration plus intégrée,", i=True, size=size, color="1F3864")
    para(l, "grâce au FAMI", i=True, size=size, color="1F3864")
    cell_text(r, "POD | Maatschappelijke Integratie", b=True, size=size + 1, color="1F3864", align="r")
    p = para(r, "SPP | Intégration Sociale", b=True, size=size + 1, color="1F3864", align="r")
    hdr.paragraphs[0].text = ""
    return hdr


def save(doc, name):
    doc.save(os.path.join(HERE, name))
    print("wrote", name)


# ======================================================================
# 397 - stuurgroep / comité de pilotage, POD MI Brussel, 18/10/2018, simultaanvertaling
# writer: Annelies Vervoort, coördinator AMIF-netwerk bij de POD MI (careful, bilingual, styles)
# ======================================================================

def r397():
    check_day("2018-10-18", "thursday")
    doc = base_doc(font="Arial", size=10, lang="nl-BE", margins=(2.2, 2.0, 2.2, 2.2),
                   author="Annelies Vervoort", created=dt.datetime(2018, 10, 22, 9, 14))
    style_font(doc, "Heading 1", font="Arial", size=11, bold=True, color="1F3864", before=12, after=4)
    style_font(doc, "Heading 2", font="Arial", size=10, bold=True, color="2E74B5", before=8, after=2)
    spp_header(doc)
    ft = doc.sections[0].footer.paragraphs[0]
    ft.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    add(ft, "Verslag stuurgroep AMIF – Rapport comité de pilotage FAMI – 18/10/2018 – p. ", size=8, color="7F7F7F")
    field(ft, "PAGE", size=8, color="7F7F7F")

    para(doc, "Verslag stuurgroep AMIF – Rapport comité de pilotage FAMI", b=True, size=14, color="1F3864",
         align="c", after=2)
    para(doc, "18 oktober 2018 – 18 octobre 2018", b=True, size=11, align="c", after=2)
    para(doc, "POD Maatschappelijke Integratie, Koning Albert II-laan 30, 1000 Brussel – zaal 5.12", align="c",
         after=2)
    para(doc, "Simultaanvertaling NL-FR voorzien / Traduction simultanée NL-FR prévue", i=True, align="c",
         after=10, color="595959")

    para(doc, "Deelnemers / Participants", b=True, after=3)
    people = [
        ("Annelies Vervoort", "POD MI / SPP IS", "aanwezig / présente"),
        ("Thomas Wuyts", "POD MI / SPP IS", "aanwezig / présent"),
        ("Pieter-Jan Claeys", "OCMW Gent / CPAS Gand", "aanwezig / présent"),
        ("Sarah Mertens", "OCMW Gent / CPAS Gand", "verontschuldigd / excusée"),
        ("Karima El Idrissi", "CPAS Liège / OCMW Luik", "aanwezig / présente"),
        ("Benoît Collignon", "CPAS Liège / OCMW Luik", "aanwezig / présent"),
        ("Valérie Dethier", "CPAS Charleroi", "verontschuldigd / excusée"),
        ("Murielle Paquet", "CPAS Binche", "aanwezig / présente"),
        ("Joris Verhaegen", "OCMW Antwerpen / CPAS Anvers", "aanwezig / présent"),
        ("Hanne Peeters", "OCMW Schoten", "aanwezig / présente"),
        ("Nathalie Vandersmissen", "CPAS Bruxelles / OCMW Brussel", "aanwezig / présente"),
        ("Marc Heylen", "tolk / interprète", "aanwezig / présent"),
        ("Cécile Hanquet", "tolk / interprète", "aanwezig / présente"),
    ]
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ("Naam / Nom", "Organisatie / Organisation", "Aanwezig / Présent")):
        cell_text(c, h, b=True, size=9)
        shade(c, "D9E2F3")
    for name, org, st in people:
        row = t.add_row().cells
        cell_text(row[0], name, size=9)
        cell_text(row[1], org, size=9)
        cell_text(row[2], st, size=9, i=st.startswith("verontschuldigd"))
    widths(t, (5.0, 6.5, 4.8))

    para(doc, "", after=0)
    para(doc, "Agenda / Ordre du jour", b=True, after=3)
    agenda = [
        ("10:00 – 10:15", "Welkom en goedkeuring vorig verslag / Accueil et approbation du rapport précédent"),
        ("10:15 – 11:00", "Stand van zaken per OCMW / État des lieux par CPAS"),
        ("11:00 – 11:15", "Pauze / Pause"),
        ("11:15 – 12:00", "Financiële rapportering 2018 / Rapportage financier 2018"),
        ("12:00 – 12:30", "Uitwisselingsdagen 2019 / Journées d'échange 2019"),
        ("12:30", "Lunch"),
    ]
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for tm, title in agenda:
        row = t.add_row().cells
        cell_text(row[0], tm, size=9)
        cell_text(row[1], title, size=9)
    widths(t, (3.0, 13.3))

    def two(nl, fr):
        para(doc, nl, after=2, align="j")
        para(doc, fr, i=True, color="595959", after=6, align="j")

    doc.add_paragraph("1. Welkom en goedkeuring vorig verslag / Accueil et approbation du rapport précédent",
                      style="Heading 1")
    two("Annelies verwelkomt iedereen in het POD. Er is simultaanvertaling voorzien; de headsets liggen aan de "
        "ingang van de zaal. Het verslag van de stuurgroep van 12 juni 2018 wordt goedgekeurd mits één correctie: "
        "Hanne Peeters (Schoten) stond ten onrechte bij de verontschuldigden.",
        "Annelies souhaite la bienvenue à tous au SPP. Une traduction simultanée est prévue ; les casques sont "
        "à l'entrée de la salle. Le rapport du comité de pilotage du 12 juin 2018 est approuvé moyennant une "
        "correction : Hanne Peeters (Schoten) figurait à tort parmi les excusés.")

    doc.add_paragraph("2. Stand van zaken per OCMW / État des lieux par CPAS", style="Heading 1")
    doc.add_paragraph("2.1 Gent / Gand", style="Heading 2")
    two("Gent is in september gestart met een nieuwe groep van 14 deelnemers. De wachtlijst blijft lang: 22 "
        "mensen werden door de maatschappelijk werkers doorverwezen maar kunnen pas in januari starten. De "
        "intakegesprekken duren langer sinds er voor iedereen een oriëntatiebalans wordt opgemaakt.",
        "Gand a démarré en septembre un nouveau groupe de 14 participants. La liste d'attente reste longue : 22 "
        "personnes orientées par les assistants sociaux ne pourront commencer qu'en janvier. Les entretiens "
        "d'admission prennent plus de temps depuis que le bilan d'orientation est fait pour tous.")
    doc.add_paragraph("2.2 Liège / Luik", style="Heading 2")
    two("Luik heeft het atelier informatica uitgebreid naar twee halve dagen per week. Karima meldt dat het "
        "aantal deelnemers met een zeer laag taalniveau stijgt; de module voor zwakke taalvaardigheid zit vol.",
        "Liège a étendu l'atelier informatique à deux demi-journées par semaine. Karima signale que le nombre de "
        "participants avec un niveau de langue très faible augmente ; le module « faibles compétences "
        "linguistiques » est complet.")
    doc.add_paragraph("2.3 Charleroi – Binche", style="Heading 2")
    two("Charleroi is verontschuldigd. Murielle geeft een korte stand van zaken voor Binche: 9 deelnemers in de "
        "collectieve coaching en één socio-culturele uitstap per maand (in oktober naar het Waals Parlement).",
        "Charleroi est excusé. Murielle fait le point pour Binche : 9 participants au coaching collectif et une "
        "sortie socioculturelle par mois (en octobre au Parlement de Wallonie).")
    doc.add_paragraph("2.4 Antwerpen / Anvers – Schoten", style="Heading 2")
    two("Joris en Hanne stellen de samenwerking met Schoten voor: de deelnemers uit Schoten volgen de collectieve "
        "modules in Antwerpen, de individuele begeleiding gebeurt lokaal in Schoten. Er is nood aan een folder "
        "in het Arabisch en het Tigrinya; de vertaling is klaar maar moet nog nagelezen worden.",
        "Joris et Hanne présentent la collaboration avec Schoten : les participants de Schoten suivent les "
        "modules collectifs à Anvers, l'accompagnement individuel se fait à Schoten. Un dépliant en arabe et en "
        "tigrinya est nécessaire ; la traduction est prête mais doit encore être relue.")
    doc.add_paragraph("2.5 Bruxelles / Brussel", style="Heading 2")
    two("Nathalie meldt dat de tevredenheidsenquête moeilijk is voor de doelgroep: woorden als "
        "'zelfredzaamheid' of 'competentie' worden niet begrepen. Ze vraagt een versie in eenvoudige taal en "
        "in meer talen. Vanaf januari neemt haar collega Carine tijdelijk over.",
        "Nathalie signale que l'enquête de satisfaction est difficile pour le public : des termes comme "
        "« autonomie » ou « compétence » ne sont pas compris. Elle demande une version en langage simple et "
        "dans plus de langues. À partir de janvier, sa collègue Carine reprend temporairement.")

    doc.add_paragraph("3. Financiële rapportering 2018 / Rapportage financier 2018", style="Heading 1")
    two("Thomas overloopt de timing: het tussentijds financieel verslag moet ten laatste op 30 november 2018 "
        "ingediend worden. Personeelskosten worden bewezen met loonfiches en tijdsregistratie. Voor wie "
        "deeltijds op het project werkt (bv. 0,5 VTE) moet de verdeelsleutel duidelijk in het dossier staan.",
        "Thomas rappelle le calendrier : le rapport financier intermédiaire doit être introduit au plus tard le "
        "30 novembre 2018. Les frais de personnel sont justifiés par les fiches de paie et l'enregistrement du "
        "temps. Pour le personnel à temps partiel sur le projet (p.ex. 0,5 ETP), la clé de répartition doit "
        "figurer clairement dans le dossier.")

    doc.add_paragraph("4. Uitwisselingsdagen 2019 / Journées d'échange 2019", style="Heading 1")
    two("Voor 2019 worden twee uitwisselingsdagen voorzien. Luik stelt voor om in het voorjaar te ontvangen "
        "(bezoek aan het activeringshuis en de boerderij van het OCMW). Antwerpen kan de tweede dag in het "
        "najaar organiseren.",
        "Deux journées d'échange sont prévues en 2019. Liège propose d'accueillir au printemps (visite de la "
        "maison d'activation sociale et de la ferme du CPAS). Anvers peut organiser la deuxième journée en "
        "automne.")
    mixed(doc, [("Beslissing / Décision: ", {"b": True}),
                "de uitwisselingsdagen vallen op een donderdag en er zijn altijd tolken / les journées d'échange "
                "ont lieu un jeudi, toujours avec interprètes."], after=6)

    doc.add_paragraph("5. Varia", style="Heading 1")
    two("Geen bijkomende punten.", "Pas d'autres points.")

    doc.add_paragraph("Actiepunten / Points d'action", style="Heading 1")
    acts = [
        ("Verslag 12 juni 2018 aanpassen (aanwezigheidslijst) en opnieuw rondsturen / Adapter le rapport du "
         "12 juin 2018 (liste des présents) et le renvoyer", "Annelies", "26/10/2018"),
        ("Tussentijds financieel verslag indienen / Introduire le rapport financier intermédiaire",
         "Elk OCMW / Chaque CPAS", "30/11/2018"),
        ("Model tevredenheidsenquête in eenvoudige taal rondsturen / Envoyer le modèle d'enquête de "
         "satisfaction en langage simple", "POD MI / SPP IS", "december 2018 / décembre 2018"),
        ("Vertaling folder (Arabisch, Tigrinya) nalezen / Relire la traduction du dépliant (arabe, tigrinya)",
         "Karima + Joris", "15/11/2018"),
        ("Datum en programma uitwisselingsdag najaar 2019 voorstellen / Proposer date et programme de la "
         "journée d'échange de l'automne 2019", "OCMW Antwerpen / CPAS Anvers", "volgende stuurgroep / "
         "prochain comité"),
    ]
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ("Wat / Quoi", "Wie / Qui", "Tegen / Pour le")):
        cell_text(c, h, b=True, size=9)
        shade(c, "D9E2F3")
    for what, who, when in acts:
        row = t.add_row().cells
        cell_text(row[0], what, size=9)
        cell_text(row[1], who, size=9)
        cell_text(row[2], when, size=9)
    widths(t, (9.8, 3.8, 2.7))

    para(doc, "", after=0)
    mixed(doc, [("Volgende stuurgroep / Prochain comité de pilotage: dinsdag 12 februari 2019, 10u00 – mardi 12 "
                 "février 2019, 10h00 (POD MI, zaal 5.12)", {"b": True})])
    check_day("2019-02-12", "tuesday")
    save(doc, "397_stuurgroep_comite_pilotage_2018.docx")


# ======================================================================
# 398 - GT interprétariat social, CPAS Liège + Teams, 14/06/2022
# writer: Sophie Lambotte, coordinatrice Mod'Actions (no styles, bold/underlined labels, French NBSP)
# ======================================================================

def fr(s):
    """What Word's French autocorrect does while Sophie types."""
    s = s.replace(" :", NB + ":").replace(" ;", NB + ";").replace(" ?", NB + "?").replace(" !", NB + "!")
    s = s.replace("« ", "«" + NB).replace(" »", NB + "»")
    return s


def r398():
    check_day("2022-06-14", "tuesday")
    doc = base_doc(font="Arial", size=10, lang="fr-BE", margins=(2.0, 2.0, 2.0, 2.0),
                   author="Sophie Lambotte", created=dt.datetime(2022, 6, 15, 16, 40))
    hp = doc.sections[0].header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    add(hp, "CPAS de Liège – Mod'Actions (FAMI)", size=8, color="808080")

    def P(text, **kw):
        return para(doc, fr(text), **kw)

    def H(text):
        return para(doc, fr(text), b=True, u=True, before=10, after=4, keep=True)

    def arrow(owner, text):
        p = doc.add_paragraph()
        add(p, "→ ", b=True, color="C00000")
        add(p, fr(owner + " : "), b=True, color="C00000")
        add(p, fr(text))
        p.paragraph_format.left_indent = Cm(0.5)
        p.paragraph_format.space_after = Pt(4)
        return p

    P("Groupe de travail « Interprétariat social »", b=True, size=14, after=0)
    P("Compte rendu de la réunion du mardi 14 juin 2022", b=True, size=11, after=8)
    mixed(doc, [("Lieu", {"b": True}), fr(" : CPAS de Liège, Place Saint-Jacques 13, salle 2 – et sur Teams "
                                           "(réunion hybride)")], after=2)
    mixed(doc, [("Horaire", {"b": True}), fr(" : 9h30 – 12h00")], after=6)
    mixed(doc, [("Présents", {"b": True}),
                fr(" : Sophie Lambotte, Karim Ait Lhaj, Élodie Renard (CPAS Liège) ; Anissa Boukhari (CPAS "
                   "Charleroi, via Teams) ; Griet Van Hove (OCMW Gent, via Teams) ; Youssef Amrani (CPAS "
                   "Bruxelles) ; Clara Debroux (SETIS wallon, invitée) ; Thomas Wuyts (SPP IS, via Teams)")],
          after=2)
    mixed(doc, [("Excusés", {"b": True}), fr(" : Jan De Smet (OCMW Antwerpen), Murielle Paquet (CPAS Binche)")],
          after=8)

    P("Ordre du jour :", b=True, after=2)
    nid = new_list(doc, text="%1.")
    for item in ("Tour de table : comment chaque CPAS travaille-t-il avec des interprètes ?",
                 "Présentation du SETIS wallon (Clara Debroux)",
                 "Interprétariat par téléphone et par vidéo : vos expériences",
                 "Budget FAMI : les frais d'interprétariat sont-ils éligibles ?",
                 "Divers"):
        numbered(P(item, after=0), nid)

    H("1) Tour de table")
    for line in (
        "- Liège : surtout les médiatrices interculturelles de l'équipe (arabe, dari, pachto) ; pour les autres "
        "langues, le SETIS. Les AS des antennes ne savent pas toujours qu'ils peuvent demander un interprète "
        "pour l'entretien d'admission.",
        "- Charleroi : SETIS + quelques bénévoles. Anissa insiste : plus jamais les enfants comme interprètes "
        "(c'est encore arrivé en mai, une fille de 12 ans pour sa maman).",
        "- Gand : Griet explique qu'à Gand on passe par le « sociaal tolken » de l'agence flamande, souvent par "
        "téléphone. Bien pour les rendez-vous courts, beaucoup moins pour le bilan d'orientation.",
        "- Bruxelles : le CPAS a ses propres interprètes pour l'arabe et le roumain. Pour le tigrinya, très "
        "difficile (délai de 3 semaines et plus).",
    ):
        P(line, after=2, indent=0.3)
    mixed(doc, [("Décision", {"b": True}),
                fr(" : le GT recommande de ne plus faire appel aux proches (et jamais aux enfants) comme "
                   "interprètes lors des entretiens.")], after=4)
    P("[Élodie : ajouter les chiffres 2021 de Liège (nombre d'heures d'interprétariat) ?]",
      hl=WD_COLOR_INDEX.YELLOW, after=4)

    H("2) Présentation du SETIS wallon")
    P("Clara présente le service : interprétariat en milieu social, sur place ou par téléphone, dans une "
      "cinquantaine de langues. Les interprètes sont formés à la neutralité et au secret professionnel. Les "
      "demandes se font au moins 48 heures à l'avance via le formulaire en ligne ; pour les urgences, par "
      "téléphone. Le tarif dépend de la convention avec le CPAS (Liège et Charleroi en ont une, Binche non).",
      after=4, align="j")
    arrow("Sophie", "envoyer à tous la présentation de Clara avec ce compte rendu.")
    arrow("Clara", "nous fait parvenir la grille tarifaire 2022 et le modèle de convention.")

    H("3) Interprétariat à distance")
    P("Par téléphone : OK pour des infos pratiques (rendez-vous, documents). Par vidéo : plus confortable pour "
      "le participant, mais il faut une bonne connexion. En groupe, ça ne marche pas : Karim a testé avec une "
      "tablette lors d'un atelier, le son ne passait pas et les participants parlaient en même temps. Griet "
      "signale qu'à Gand les AS préparent l'entretien avec l'interprète 5 minutes avant, ça aide beaucoup.",
      after=4, align="j")
    arrow("Anissa et Youssef", "faire un relevé des demandes d'interprétariat des 3 derniers mois (langues, "
                               "délais, annulations) pour la prochaine réunion.")

    H("4) Budget FAMI")
    P("Thomas explique que les frais d'interprétariat peuvent en principe être repris dans les frais de "
      "fonctionnement s'ils sont prévus dans la convention. Pour les CPAS dont le budget ne comprend que des "
      "frais de personnel, il doit vérifier.", after=4, align="j")
    arrow("SPP", "vérifier l'éligibilité des frais d'interprétariat et envoyer une réponse écrite à tous les "
                 "CPAS.")

    H("5) Divers")
    P("Griet propose une fiche « bonnes pratiques » pour les AS : comment demander un interprète, comment "
      "préparer l'entretien, ce qu'on ne demande pas à un interprète. Tout le monde est d'accord mais personne "
      "ne s'est proposé.", after=4, align="j")
    arrow("Qui ? (à définir)", "rédiger une première version de la fiche « bonnes pratiques ».")

    P("", after=0)
    mixed(doc, [("Prochaine réunion", {"b": True}),
                fr(" : à fixer par Doodle, normalement fin septembre (en présentiel à Charleroi ?)")],
          before=6)
    save(doc, "398_gt_interpretariat_liege_2022.docx")


# ======================================================================
# 399 - vormingsdag traumasensitief werken, OCMW Gent, 21/11/2019
# writer: Jelle Van Damme, maatschappelijk werker OCMW Antwerpen (busy; List Bullet, tabs, underlined titles)
# ======================================================================

def r399():
    check_day("2019-11-21", "thursday")
    doc = base_doc(font="Calibri", size=11, lang="nl-BE", margins=(2.5, 2.5, 2.5, 2.5),
                   author="Jelle Van Damme", created=dt.datetime(2019, 11, 28, 20, 5))
    doc.styles["Normal"].paragraph_format.space_after = Pt(4)

    def H(text):
        return para(doc, text, b=True, u=True, before=10, after=3, keep=True)

    para(doc, "Verslag vormingsdag AMIF-netwerk: traumasensitief werken met nieuwkomers", b=True, size=14,
         after=2)
    para(doc, "Donderdag 21 november 2019 – OCMW Gent, Vormingscentrum, Onderbergen 86, 9000 Gent", after=2)
    para(doc, "Verslag: Jelle Van Damme (OCMW Antwerpen)", i=True, after=8)

    para(doc, "Aanwezig:", b=True, after=2)
    for line in ("Eva Moens – lesgever (Solentra)",
                 "Sarah Mertens, Fatma Yildiz, Bram De Clercq – OCMW Gent",
                 "Jelle Van Damme, Lotte Verbruggen – OCMW Antwerpen",
                 "Stijn Goossens – OCMW Mortsel",
                 "Ilse Wouters – OCMW Edegem",
                 "Naïma Chahid – OCMW Brussel",
                 "Marijke Dewulf – POD MI"):
        para(doc, line, style="List Bullet", after=0)
    mixed(doc, [("Verontschuldigd: ", {"b": True}), "Hanne Peeters (Schoten), Kristof Janssens (OCMW Gent)"],
          after=8)

    para(doc, "Programma", b=True, after=2)
    for tm, title in (("9u00 – 9u30", "Onthaal met koffie"),
                      ("9u30 – 11u00", "Wat is trauma? Impact op leren, taal en geheugen"),
                      ("11u00 – 11u15", "Pauze"),
                      ("11u15 – 12u30", "Casussen in kleine groepen"),
                      ("12u30 – 13u30", "Lunch (broodjes)"),
                      ("13u30 – 15u30", "Zelfzorg voor hulpverleners + oefeningen"),
                      ("15u30 – 16u00", "Evaluatie en afsluiting")):
        tabs(para(doc, tm + "\t" + title, after=0), 3.2)

    H("Ochtend: wat is trauma?")
    para(doc, "Eva legt uit hoe langdurige stress en trauma het leren beïnvloeden: concentratie, geheugen, slaap. "
              "Deelnemers die 'niet opletten', te laat komen of plots wegblijven zijn daarom niet altijd "
              "ongemotiveerd. Wat we in onze modules kunnen doen:", align="j")
    for line in ("voorspelbaarheid: vaste uren, vaste lokalen, vaste begeleider",
                 "niet te veel wijzigingen op het laatste moment, en altijd uitleggen waarom iets verandert",
                 "bij taal: herhalen, visueel werken, kleine groepjes (nieuwe woorden blijven minder goed hangen "
                 "bij stress)",
                 "geen verplichte activiteiten rond gevoelige thema's (geweld, seksualiteit), wel een aanbod"):
        para(doc, line, style="List Bullet", after=0)
    para(doc, "Ze gaf ook het 'raam van tolerantie' mee: buiten dat raam (te veel of te weinig spanning) leert "
              "iemand niets bij. Veel herkenning in de zaal.", before=4, align="j")

    H("Casussen in kleine groepen")
    para(doc, "Drie groepjes, elk met een casus van een van de OCMW's. Groep 1 (Gent): een vrouw van rond de 40 "
              "die na twee weken niet meer naar de taalactivering komt en bij huisbezoek zegt dat ze 'te moe' "
              "is. Groep 2 (Mortsel): een jonge man die in de groep heel kwaad reageert als er over familie "
              "gepraat wordt. Groep 3 (Brussel): een moeder van drie kinderen die alle afspraken nakomt maar "
              "niets lijkt te onthouden.", align="j")
    para(doc, "Rode draad uit de bespreking: eerst veiligheid en vertrouwen, dan pas doelen. Bij twijfel over "
              "psychische problemen doorverwijzen (CGG, Solentra), maar de band met de begeleider niet "
              "loslaten.", align="j")
    mixed(doc, [("Afspraak: ", {"i": True}),
                ("casussen worden in het netwerk altijd anoniem gebracht: geen naam, geen foto, nationaliteit "
                 "alleen als het er echt toe doet.", {"i": True})])

    H("Namiddag: zelfzorg")
    para(doc, "Oefeningen rond ademhaling en grenzen. Eva gebruikte het 'emmer-model': wat vult jouw emmer, "
              "wat laat hem leeglopen? Iedereen schreef drie dingen op die hij of zij de komende maand zelf kan "
              "doen. Gesprek over intervisie: in Antwerpen en Gent bestaat dat al per team, in de kleinere "
              "OCMW's (Mortsel, Edegem) niet. Idee om een netwerkintervisie te starten.", align="j")

    H("Evaluatie van de dag")
    para(doc, "Mondelinge ronde: iedereen positief, vooral over de casussen en de concrete tips. Minpunt: te "
              "weinig tijd voor de namiddag, de oefeningen moesten ingekort worden.", align="j")
    para(doc, "(nog aan te vullen met de resultaten van de evaluatieformulieren – Sarah heeft ze meegenomen)",
         i=True, color="7F7F7F")

    H("Afspraken")
    for line in ("Eva stuurt de slides en de literatuurlijst door naar Marijke. Marijke zet alles in de gedeelde "
                 "map van het netwerk.",
                 "Gent bekijkt of er in het voorjaar een vervolgsessie kan komen rond kinderen en trauma.",
                 "Alle OCMW's brengen voor de volgende intervisie één geanonimiseerde casus mee.",
                 "Jelle: verslag rondsturen voor 6 december"):
        para(doc, line, style="List Bullet", after=0)
    para(doc, "Volgende vorming: ergens in het voorjaar 2020, datum volgt nog.", b=True, before=8)
    save(doc, "399_vormingsdag_trauma_gent_2019.docx")


# ======================================================================
# 400 - visite d'échange OCMW Antwerpen au CPAS Charleroi, 12/10/2017, interprète consécutive
# writer: Nathalie Gilson, AS au Service Action Migrants (Times, typed letters, automatic numbered list)
# ======================================================================

def r400():
    check_day("2017-10-12", "thursday")
    doc = base_doc(font="Times New Roman", size=12, lang="fr-BE", margins=(2.5, 2.5, 2.5, 2.5),
                   author="Nathalie Gilson", created=dt.datetime(2017, 10, 16, 11, 2))
    doc.styles["Normal"].paragraph_format.space_after = Pt(3)
    hp = doc.sections[0].header.paragraphs[0]
    add(hp, "CPAS de Charleroi – Service Action Migrants", size=9, i=True)
    fp = doc.sections[0].footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add(fp, "Activ'Up – Vers une politique de migration plus intégrée, grâce au FAMI", size=8, i=True)

    def H(text):
        return para(doc, text, b=True, size=12, before=12, after=4, keep=True, color="17365D")

    para(doc, "Visite d'échange de l'OCMW d'Anvers au CPAS de Charleroi", b=True, size=15, align="c", after=4)
    para(doc, "Jeudi 12 octobre 2017 – Service Action Migrants, boulevard Joseph II 13, 6000 Charleroi",
         align="c", after=12)

    para(doc, "Participants", b=True, u=True, after=3)
    for org, names in (("Pour le CPAS de Charleroi : ", "Amélie Fontaine (coordinatrice Activ'Up), Nathalie "
                                                          "Gilson, Ozan Demir"),
                       ("Pour le CPAS de Binche : ", "Murielle Paquet"),
                       ("Pour l'OCMW d'Anvers : ", "Joris Verhaegen, Liesbeth Aerts, Mohamed Bouzidi"),
                       ("Interprète (consécutive FR-NL) : ", "Ann Claes")):
        mixed(doc, [(org, {"b": True}), names], after=1)
    mixed(doc, [("Excusée : ", {"b": True}), "Véronique Lardinois (CPAS de Charleroi)"], after=10)

    para(doc, "Programme de la journée", b=True, u=True, after=3)
    for line in ("9h30 : Accueil et café",
                 "10h00 : Présentation du Service Action Migrants et d'Activ'Up",
                 "11h00 : Visite d'un atelier (atelier carton)",
                 "12h30 : Lunch",
                 "13h30 : Échange : recrutement et mobilisation du public",
                 "15h00 : Conclusions et retour"):
        para(doc, line, after=0, indent=0.5)

    H("A. Présentation du Service Action Migrants et d'Activ'Up")
    para(doc, "Amélie présente le service (accueil et information, intégration et activation sociale, "
              "sensibilisation, réflexion sur l'immigration locale) puis le projet Activ'Up. Le projet "
              "fonctionne par modules de septembre à juin ; le module 3 a commencé en septembre 2017. Trois "
              "axes : un coaching individuel (un rendez-vous toutes les deux semaines), des activités "
              "collectives (ateliers découvertes et séance d'information une fois par semaine, coaching "
              "collectif une fois par mois, sorties socioculturelles) et un suivi social sur rendez-vous.",
         align="j")
    para(doc, "Les collègues d'Anvers posent beaucoup de questions sur le coaching collectif, qu'ils n'ont pas "
              "encore. Joris trouve intéressant de travailler le projet de vie en groupe.", align="j")

    H("B. Visite de l'atelier carton")
    para(doc, "Huit participants étaient présents à l'atelier. Ils fabriquent des petits meubles en carton "
              "(tabourets, étagères) qu'ils ramènent chez eux. L'animateur explique que l'atelier sert surtout "
              "à parler français sans pression et à travailler la confiance en soi. Mohamed a pu échanger en "
              "arabe avec deux participants, qui étaient fiers de montrer leur travail.", align="j")
    para(doc, "(photos de l'atelier à insérer)", i=True, color="C00000")

    H("C. Échange : recrutement et mobilisation du public")
    para(doc, "Charleroi a fait un gros travail de mobilisation avec les antennes sociales : pour les modules 1 "
              "et 2, plus de 1000 personnes répertoriées avec l'observatoire local, 315 retenues par les AS "
              "pour le module 1 et 199 pour le module 2. Présents aux séances d'information : 110 sur 315 "
              "(35 %) et 60 sur 199 (30 %). Pour le module 3, 240 personnes retenues et 81 présentes (34 %).",
         align="j")
    para(doc, "À Anvers, il n'y a pas de séance d'information collective : les maatschappelijk werkers "
              "orientent directement vers un entretien d'admission individuel. Liesbeth trouve la séance "
              "d'information intéressante mais craint que beaucoup de personnes ne viennent pas. Murielle "
              "explique qu'à Binche, petit CPAS, le bouche-à-oreille entre participants marche mieux que les "
              "invitations.", align="j")

    H("D. Ce que les collègues d'Anvers retiennent")
    for line in ("le coaching collectif une fois par mois autour du projet de vie ;",
                 "l'atelier carton comme activité « sans prérequis de langue » ;",
                 "le travail avec les antennes sociales pour le recrutement (présentation aux managers) ;",
                 "le programme hebdomadaire fixe, affiché et expliqué aux participants."):
        para(doc, "– " + line, indent=0.5, after=1)

    H("E. Suites à donner")
    nid = new_list(doc, text="%1.")
    for line in ("Joris envoie à Amélie la fiche d'intake d'Anvers (version vierge, sans données de "
                 "participants).",
                 "Le CPAS de Charleroi transmet le calendrier des séances d'information du module 3.",
                 "Nathalie et Ozan rédigent une petite fiche descriptive de l'atelier carton pour le réseau.",
                 "Organiser la visite retour à Anvers – qui ? à définir."):
        numbered(para(doc, line, after=1), nid)
    para(doc, "Prochaine rencontre : visite retour à l'OCMW d'Anvers au printemps 2018 (date à fixer).", b=True,
         before=8)

    H("Korte samenvatting (NL)")
    para(doc, "Het team van OCMW Antwerpen bezocht het project Activ'Up van OCMW Charleroi. Het project werkt "
              "met modules van september tot juni en combineert individuele coaching, collectieve activiteiten "
              "en sociale opvolging. Charleroi rekruteert via de sociale antennes en organiseert collectieve "
              "infosessies (ongeveer een derde van de uitgenodigden komt opdagen). Voor Antwerpen zijn vooral "
              "de maandelijkse collectieve coaching en het kartonatelier inspirerend. Een tegenbezoek in "
              "Antwerpen volgt in het voorjaar van 2018.", align="j", i=True)
    para(doc, "[vertaling nog na te lezen door Liesbeth]", color="C00000")
    save(doc, "400_visite_anvers_charleroi_2017.docx")


# ======================================================================
# 401 - réunion d'évaluation indicateurs FAMI, Teams + canal d'interprétation, 06/02/2023
# writer: Delphine Maes, SPP IS cellule FAMI (Heading styles with typed numbers, NOM Prénom table)
# ======================================================================

def r401():
    check_day("2023-02-06", "monday")
    doc = base_doc(font="Calibri", size=10.5, lang="fr-BE", margins=(2.0, 2.0, 2.0, 2.0),
                   author="Delphine Maes", created=dt.datetime(2023, 2, 8, 10, 30))
    style_font(doc, "Heading 1", font="Calibri", size=12, bold=True, color="C55A11", before=12, after=4)
    style_font(doc, "Heading 2", font="Calibri", size=11, bold=True, color="404040", before=6, after=2)
    spp_header(doc, size=7)
    fp = doc.sections[0].footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add(fp, "SPP IS – cellule FAMI – ", size=8)
    field(fp, "PAGE", size=8)
    add(fp, "/", size=8)
    field(fp, "NUMPAGES", placeholder="2", size=8)

    para(doc, "Réunion d'évaluation FAMI – indicateurs communs", b=True, size=15, color="C55A11", after=0)
    para(doc, "Rapport – lundi 6 février 2023, 14h00-16h00 (Microsoft Teams)", b=True, after=2)
    para(doc, "Interprétation simultanée FR/NL via le canal d'interprétation de Teams.", i=True, after=8)

    para(doc, "Participants", b=True, after=2)
    rows = [("MAES Delphine", "SPP IS – cellule FAMI (rapport)"), ("WUYTS Thomas", "SPP IS – cellule FAMI"),
            ("CLAEYS Pieter-Jan", "OCMW Gent"), ("DE BACKER Lien", "OCMW Gent"),
            ("EL IDRISSI Karima", "CPAS Liège"), ("GILSON Nathalie", "CPAS Charleroi"),
            ("VERHAEGEN Joris", "OCMW Antwerpen"), ("VAN LOOY Kaat", "OCMW Mortsel"),
            ("ROSSI Giulia", "CPAS Bruxelles"), ("LEJEUNE Pauline", "interprète"), ("PEETERS Bart", "tolk")]
    t = doc.add_table(rows=0, cols=2)
    t.style = "Light List Accent 2"
    look = t._tbl.tblPr.find(qn("w:tblLook"))
    if look is None:
        look = OxmlElement("w:tblLook")
        t._tbl.tblPr.append(look)
    look.set(qn("w:firstRow"), "0")
    look.set(qn("w:val"), "0000")
    for n, o in rows:
        r = t.add_row().cells
        cell_text(r[0], n, size=9.5)
        cell_text(r[1], o, size=9.5)
    widths(t, (5.5, 8.0))
    mixed(doc, [("Excusés : ", {"b": True}), "DETHIER Valérie (CPAS Charleroi), PAQUET Murielle (CPAS Binche)"],
          after=8).paragraph_format.space_before = Pt(6)

    para(doc, "Ordre du jour", b=True, after=2)
    for tm, title in (("14h00 – 14h10", "Accueil, test du canal d'interprétation"),
                      ("14h10 – 14h40", "Les indicateurs communs du règlement (UE) 2021/1147 : rappel"),
                      ("14h40 – 15h30", "Chiffres 2022 par CPAS"),
                      ("15h30 – 15h50", "Indicateur de résultat « l'activité m'a aidé à m'intégrer »"),
                      ("15h50 – 16h00", "Divers et planning")):
        tabs(para(doc, tm + "\t" + title, after=0), 3.0)

    doc.add_paragraph("1. Rappel : les indicateurs du règlement (UE) 2021/1147", style="Heading 1")
    para(doc, "Thomas rappelle que, pour la programmation 2021-2027, la Commission mesure les projets avec des "
              "indicateurs communs. L'État membre les rapporte chaque année ; le SPP les rassemble auprès des "
              "CPAS. Pour notre réseau, les indicateurs qui comptent sont :", align="j")
    for line in ("indicateurs de réalisation : participants aux activités de soutien, dont cours de langue, "
                 "orientation civique et accompagnement professionnel personnalisé ;",
                 "indicateurs de résultat : participants aux cours de langue qui ont progressé d'au moins un "
                 "niveau du CECR ; participants qui déclarent que l'activité les a aidés à s'intégrer."):
        para(doc, line, style="List Bullet", after=0)
    para(doc, "Un participant est compté une seule fois par an, même s'il suit plusieurs modules. Les CPAS ne "
              "transmettent que des chiffres, jamais de noms.", before=4, align="j")

    doc.add_paragraph("2. Chiffres 2022 par CPAS", style="Heading 1")
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    hdrs = ("CPAS / OCMW", "Participants", "Cours de langue", "Orientation civique", "Accomp. pro", "+1 niveau CECR")
    for c, h in zip(t.rows[0].cells, hdrs):
        cell_text(c, h, b=True, size=9)
        shade(c, "FBE4D5")
    for rowv in (("Gent", "64", "41", "64", "18", "23"), ("Liège", "87", "52", "87", "21", "19"),
                 ("Charleroi", "72", "30", "72", "26", "11"), ("Antwerpen (+ Mortsel)", "95", "70", "95", "15", "34"),
                 ("Bruxelles", "58", "…", "58", "…", "…")):
        r = t.add_row().cells
        for c, v in zip(r, rowv):
            cell_text(c, v, size=9, align=None if v == rowv[0] else "c")
    widths(t, (4.0, 2.4, 2.6, 2.8, 2.4, 2.6))
    para(doc, "[Bruxelles : chiffres cours de langue et CECR en attente, à compléter]", color="C00000", size=9,
         before=2)

    doc.add_paragraph("2.1 Gent", style="Heading 2")
    para(doc, "Lien licht toe: in 2022 namen 64 deelnemers deel aan het project. 23 van de 41 cursisten stegen "
              "minstens één ERK-niveau (testen via het CVO). De maatschappelijke oriëntatie gebeurt in de "
              "infosessies 'Leven in België', die iedereen volgt.", align="j")
    doc.add_paragraph("2.2 Antwerpen – Mortsel", style="Heading 2")
    para(doc, "Joris: 95 deelnemers, waarvan 12 uit Mortsel. Mortsel registreert de taaltesten anders (geen "
              "ERK-niveau maar een beschrijving van de vorderingen), waardoor de 34 misschien te laag is.",
         align="j")
    mixed(doc, [("Actie: ", {"b": True}),
                "OCMW Antwerpen vraagt na hoe Mortsel de ERK-testen registreert en past de cijfers zo nodig aan."])
    doc.add_paragraph("2.3 Liège", style="Heading 2")
    para(doc, "Karima : le niveau CECR est évalué par l'opérateur FLE, mais pas pour tous les participants "
              "(ceux qui arrêtent en cours de module ne passent pas le test). L'orientation civique est "
              "intégrée dans l'atelier activation sociale.", align="j")
    doc.add_paragraph("2.4 Charleroi", style="Heading 2")
    para(doc, "Nathalie : peu de cours de langue dans le projet lui-même ; les participants suivent le FLE du "
              "Service Action Migrants (subside PCS, hors FAMI). Question : peut-on les compter ? Réponse du "
              "SPP : oui si le participant est suivi dans le projet et que le cours fait partie de son "
              "parcours, mais sans double financement.", align="j")
    doc.add_paragraph("2.5 Bruxelles", style="Heading 2")
    para(doc, "Giulia : 58 participants. Les chiffres pour les cours de langue et le CECR ne sont pas encore "
              "disponibles (changement de logiciel au service ISP).", align="j")

    doc.add_paragraph("3. L'indicateur « l'activité m'a aidé à m'intégrer »", style="Heading 1")
    para(doc, "Tous les CPAS trouvent la question trop abstraite pour le public. Les participants ne savent pas "
              "ce que veut dire « s'intégrer » et répondent souvent « oui » pour faire plaisir. Proposition : "
              "une question courte avec des pictogrammes (smileys), posée oralement à la fin du module, et "
              "traduite en arabe, dari, tigrinya, russe et roumain. Le SPP rappelle que la formulation doit "
              "rester compatible avec la définition de la Commission.", align="j")

    doc.add_paragraph("4. Divers", style="Heading 1")
    para(doc, "Thomas rappelle la conservation des documents : cinq ans à partir du 31 décembre de l'année du "
              "dernier paiement (règlement (UE) 2021/1060, art. 82). Les données personnelles des "
              "participants ne sont pas gardées plus longtemps que nécessaire.", align="j")

    doc.add_paragraph("5. Actions", style="Heading 1")
    for who, what in (("SPP IS", "envoyer le modèle Excel définitif avec les définitions des indicateurs "
                                 "(semaine du 13/02)."),
                      ("Chaque CPAS", "compléter l'onglet 2022 pour le 28 février 2023."),
                      ("CPAS Bruxelles", "transmettre les chiffres manquants (cours de langue, CECR)."),
                      ("Karima et Lien", "proposer une version simplifiée de la question avec pictogrammes.")):
        mixed(doc, [(who + " : ", {"b": True}), what], style="List Bullet", after=0)

    para(doc, "Prochaine réunion d'évaluation : lundi 15 mai 2023, 14h00 – 16h00 (Teams, avec interprétation).",
         b=True, before=10)
    check_day("2023-05-15", "monday")
    para(doc, "Annexe : présentation PowerPoint du SPP (à ajouter)", i=True, size=9, color="7F7F7F", before=6)
    save(doc, "401_evaluation_indicateurs_fami_2023.docx")


# ======================================================================
# 402 - overleg met het Agentschap Integratie en Inburgering, OCMW Edegem, 15/10/2024
# writer: Griet Lemmens, welzijnsconsulent OCMW Edegem (form table, initials as owners, action table)
# ======================================================================

def r402():
    check_day("2024-10-15", "tuesday")
    doc = base_doc(font="Verdana", size=9, lang="nl-BE", margins=(2.0, 2.0, 2.0, 2.0),
                   author="Griet Lemmens", created=dt.datetime(2024, 10, 17, 14, 12))
    style_font(doc, "Heading 2", font="Verdana", size=10, bold=True, color="00704A", before=10, after=3)
    fp = doc.sections[0].footer.paragraphs[0]
    add(fp, "OCMW Edegem – Sociaal Huis\tverslag overleg AMIF / Agentschap I&I", size=7, color="808080")

    para(doc, "VERSLAG", b=True, size=16, color="00704A", after=4)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"

    def row(label, lines, bold_first=False):
        r = t.add_row().cells
        cell_text(r[0], label, b=True)
        shade(r[0], "E2EFD9")
        cell_text(r[1], lines[0], b=bold_first)
        for ln in lines[1:]:
            para(r[1], ln, after=0)

    row("Overleg", ["OCMW's regio Antwerpen (AMIF) – Agentschap Integratie en Inburgering"], bold_first=True)
    row("Datum", ["dinsdag 15 oktober 2024, 13u30 – 16u00"])
    row("Locatie", ["Sociaal Huis Edegem, vergaderzaal 1ste verdieping"])
    row("Aanwezig", ["Griet Lemmens (GL) – OCMW Edegem",
                     "Ilse Wouters (IW) – OCMW Edegem",
                     "Kaat Van Looy (KVL) – OCMW Mortsel",
                     "Hanne Peeters (HP) – OCMW Schoten",
                     "Liesbeth Aerts (LA) – OCMW Antwerpen, coördinatie AMIF",
                     "Wim Torfs (WT) – Agentschap Integratie en Inburgering, regio Antwerpen",
                     "Soumaya Haddad (SH) – Agentschap Integratie en Inburgering, team sociaal tolken"])
    row("Verontschuldigd", ["Joris Verhaegen (OCMW Antwerpen)"])
    row("Verslaggever", ["Griet Lemmens"])
    widths(t, (3.4, 13.6))

    para(doc, "Agenda", b=True, before=10, after=2)
    nid = new_list(doc, text="%1.")
    for item in ("Kennismaking",
                 "Aanbod van het Agentschap: inburgeringstraject, NT2, sociaal tolken",
                 "Doorverwijzing: hoe verloopt het nu?",
                 "Afspraken rond gegevensdeling",
                 "Varia"):
        numbered(para(doc, item, after=0), nid)

    doc.add_paragraph("1. Kennismaking", style="Heading 2")
    para(doc, "Korte ronde. Wim en Soumaya zijn sinds de zomer aan de slag in de regio. Liesbeth schetst het "
              "AMIF-project: Schoten, Edegem en Mortsel zijn partner van OCMW Antwerpen; de collectieve "
              "modules lopen in Antwerpen, de individuele begeleiding gebeurt in de eigen gemeente.", align="j")

    doc.add_paragraph("2. Aanbod van het Agentschap", style="Heading 2")
    para(doc, "Wim overloopt het inburgeringstraject: cursus maatschappelijke oriëntatie (ook in het Arabisch, "
              "Dari, Tigrinya, ...), NT2 via het Huis van het Nederlands, trajectbegeleiding en het "
              "participatietraject. Soumaya licht sociaal tolken en vertalen toe: ter plaatse, telefonisch of "
              "via video. Aanvragen minstens 5 werkdagen op voorhand; bij crisis kan telefonisch tolken "
              "dezelfde dag.", align="j")
    para(doc, "Hanne vraagt of de tolken ook in groep kunnen (infosessie): ja, maar liefst ter plaatse en met "
              "een voorbereiding.", align="j")

    doc.add_paragraph("3. Doorverwijzing in de praktijk", style="Heading 2")
    para(doc, "Edegem en Mortsel verwijzen nu vooral informeel door (telefoontje naar de trajectbegeleider). "
              "Schoten gebruikt een doorverwijsformulier. Gevolg: deelnemers krijgen soms twee afspraken op "
              "hetzelfde moment of tegenstrijdige info over de cursussen.", align="j")
    mixed(doc, [("Afgesproken: ", {"b": True}),
                "er komt één vaste contactpersoon per gemeente bij het Agentschap."])

    doc.add_paragraph("4. Gegevensdeling en toestemming", style="Heading 2")
    para(doc, "Elk OCMW blijft eigenaar van de gegevens van zijn deelnemers. Het Agentschap krijgt enkel "
              "gegevens met schriftelijke toestemming van de deelnemer, en enkel wat nodig is voor de "
              "doorverwijzing (geen medische info). Ook de andere OCMW's en het POD zien geen namen. Kaat "
              "vraagt om de DPO's van de drie gemeenten mee te betrekken.", align="j")
    para(doc, "(aan te vullen: hoe regelt Antwerpen dit nu met de wachtlijst NT2? – info Liesbeth)", i=True, color="FF0000")

    doc.add_paragraph("5. Varia", style="Heading 2")
    para(doc, "Hanne: het Huis van het Nederlands opent vanaf januari nieuwe lesplaatsen in Schoten (dag- en "
              "avondles).", align="j")

    doc.add_paragraph("Actiepunten", style="Heading 2")
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ("Wat", "Wie", "Tegen")):
        cell_text(c, h, b=True)
        shade(c, "E2EFD9")
    for what, who, when in (("Contactlijst trajectbegeleiders per gemeente bezorgen", "WT", "31/10"),
                            ("Ontwerp toestemmingsformulier deelnemers opmaken, samen met de DPO's", "GL + KVL",
                             "volgend overleg"),
                            ("Infosessie sociaal tolken plannen voor de maatschappelijk werkers", "SH",
                             "januari 2025"),
                            ("Aantal doorverwijzingen 2024 tellen", "elk OCMW", "30/11"),
                            ("Uitnodiging volgend overleg versturen", "OCMW Mortsel", "begin december"),
                            ("Flyer in eenvoudige taal over het aanbod maken", "nog te bepalen", "?")):
        r = t.add_row().cells
        cell_text(r[0], what)
        cell_text(r[1], who)
        cell_text(r[2], when)
    widths(t, (10.5, 3.0, 3.5))

    para(doc, "Volgend overleg: do 12/12/2024 om 14u, OCMW Mortsel", b=True, before=10)
    check_day("2024-12-12", "thursday")
    save(doc, "402_overleg_agentschap_integratie_edegem_2024.docx")


# ======================================================================
# 403 - intervision AS en ligne, Teams, 19/11/2020
# writer: Inès Moreau, AS au CPAS de Bruxelles (quick, lowercase, inclusive writing, bullets)
# ======================================================================

def r403():
    check_day("2020-11-19", "thursday")
    doc = base_doc(font="Calibri", size=11, lang="fr-BE", margins=(2.5, 2.5, 2.5, 2.5),
                   author="Inès Moreau", created=dt.datetime(2020, 11, 19, 16, 20))
    doc.styles["Normal"].paragraph_format.space_after = Pt(4)

    def H(text):
        return para(doc, text, b=True, before=8, after=2, keep=True, color="7030A0")

    para(doc, "Intervision AS – FAMI (en ligne)", b=True, size=13, after=0)
    para(doc, "jeudi 19 novembre 2020, 14h-16h, Teams", after=6)
    para(doc, "Présent·es :", b=True, after=0)
    for line in ("Léa Dumont (animatrice, externe)", "Inès Moreau (Brux.)", "Yasmina Cherif (Brux.)",
                 "Naïma Chahid (Brux.)", "Anissa Boukhari (Charleroi)", "Lucie Hennaux (Binche)",
                 "Élodie Renard (Liège)"):
        para(doc, line, style="List Bullet", after=0)
    mixed(doc, [("Excusé : ", {"b": True}), "Karim Ait Lhaj (Liège), malade"], after=6)

    para(doc, "Programme :", b=True, after=0)
    for line in ("14h00-14h15 météo / tour de table",
                 "14h15-15h00 situation apportée par Lucie (Binche)",
                 "15h00-15h45 situation apportée par Yasmina",
                 "15h45-16h00 ce qu'on retient + prochaine fois"):
        para(doc, line, after=0)
    para(doc, "Rappel de Léa : ce qui se dit en intervision reste en intervision. On ne cite pas de noms de "
              "participants (initiales seulement).", i=True, before=6)

    H("Météo")
    para(doc, "Tout le monde est fatigué. Deuxième confinement : les ateliers collectifs sont à l'arrêt ou en "
              "très petits groupes (Charleroi : 3 participants + 1 formateur, Liège pareil, Bruxelles a tout "
              "arrêté sauf l'individuel). Beaucoup de suivis par téléphone, très difficile avec les personnes "
              "qui parlent peu le français. Lucie se sent seule à Binche, pas de collègue FAMI à côté d'elle.")
    para(doc, "(Inès : compléter avec ce qu'a dit Anissa sur Charleroi, j'ai perdu la connexion 5 min)",
         hl=WD_COLOR_INDEX.YELLOW)

    H("Situation 1 (Lucie)")
    para(doc, "Mme A., la quarantaine, suivie depuis le module de septembre. Ne vient plus aux rendez-vous "
              "depuis le début du confinement, ne décroche plus le téléphone. Quand Lucie l'a eue, elle parlait "
              "de douleurs partout et de ne plus dormir. Question de Lucie : jusqu'où aller, est-ce que c'est "
              "encore notre travail ?")
    para(doc, "Pistes du groupe : ne pas lâcher le lien (un SMS simple chaque semaine), passer par une "
              "interprète pour être sûre que Mme A. comprend bien, proposer le médecin traitant plutôt qu'un "
              "« psy » directement. On n'est pas thérapeutes mais on peut orienter.")
    mixed(doc, [("→ ", {"b": True}),
                "Lucie reprend contact avec Mme A. par téléphone avec une interprète et propose un rendez-vous "
                "chez le médecin traitant (avec son accord)."])

    H("Situation 2 (Yasmina)")
    para(doc, "M. B., 30 ans, veut travailler tout de suite, n'est pas intéressé par les modules, dit que c'est "
              "« l'école pour les enfants ». Grosse pression de la famille au pays (envoyer de l'argent). Il "
              "vient aux rendez-vous individuels mais pas aux ateliers.")
    para(doc, "Discussion : partir de son projet à lui (le travail) et montrer ce que les modules lui apportent "
              "pour y arriver (CV, langue, codes du travail). Anissa : à Charleroi on fait venir d'anciens "
              "participants qui ont trouvé un emploi, ça parle plus que nous. Élodie : peut-être l'orienter "
              "vers l'ISP plus tôt, sans attendre la fin du module.")

    H("Ce qu'on retient")
    for line in ("on a le droit de dire qu'on ne sait pas",
                 "le lien compte plus que le contenu en ce moment",
                 "partir de ce que la personne veut, pas de ce que le projet prévoit",
                 "l'intervision fait du bien, à garder même après le confinement"):
        para(doc, line, style="List Bullet", after=0)

    H("Pour la prochaine fois")
    for line in ("Léa envoie le schéma des « 4 cercles » à tout le monde.",
                 "Yasmina et Naïma : liste des services de santé mentale qui travaillent avec interprète (Bxl "
                 "+ Wallonie)",
                 "demander au SPP si les abonnements de bus des participants peuvent passer dans le budget FAMI "
                 "→ qui ? à définir",
                 "Élodie apporte une situation pour la prochaine fois."):
        para(doc, line, style="List Bullet", after=0)
    para(doc, "Prochaine intervision : jeudi 17 décembre 2020 à 14h (même lien Teams)", b=True, before=8)
    check_day("2020-12-17", "thursday")
    save(doc, "403_intervision_en_ligne_2020.docx")


# ======================================================================
# 404 - werkgroep stages / GT stages, OCMW Gent + Teams, tolk, 13/03/2025
# writer: Lien De Backer, projectcoördinator OCMW Gent (Title + Heading 1/2 styles, NL with FR summaries)
# ======================================================================

def r404():
    check_day("2025-03-13", "thursday")
    doc = base_doc(font="Calibri", size=10.5, lang="nl-BE", margins=(2.0, 2.0, 2.0, 2.0),
                   author="Lien De Backer", created=dt.datetime(2025, 3, 17, 8, 55))
    style_font(doc, "Title", font="Calibri Light", size=20, color="1F4E79")
    style_font(doc, "Heading 1", font="Calibri Light", size=13, color="1F4E79", before=12, after=3)
    style_font(doc, "Heading 2", font="Calibri Light", size=11, color="2E74B5", before=6, after=2)
    hp = doc.sections[0].header.paragraphs[0]
    add(hp, "OCMW Gent | AMIF – werkgroep stages", size=8, color="1F4E79")
    fp = doc.sections[0].footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    add(fp, "Pagina ", size=8)
    field(fp, "PAGE", size=8)
    add(fp, " van ", size=8)
    field(fp, "NUMPAGES", placeholder="2", size=8)

    doc.add_paragraph("Werkgroep stages – Groupe de travail stages", style="Title")
    para(doc, "Verslag – Rapport | donderdag 13 maart 2025 – jeudi 13 mars 2025 | 10.00-12.30", b=True, after=2)
    para(doc, "Hybride: OCMW Gent, Dienst Werk, zaal Leie + Teams. Tolk NL/FR in de zaal en via het tolkkanaal "
              "in Teams. / Hybride : OCMW Gent + Teams, avec interprète NL/FR.", i=True, after=6)

    para(doc, "Aanwezig / Présents", b=True, after=2)
    t = doc.add_table(rows=1, cols=3)
    t.style = "Light Grid Accent 1"
    for c, h in zip(t.rows[0].cells, ("Naam", "Organisatie", "Ter plaatse / online")):
        cell_text(c, h, b=True, size=9.5)
    for n, o, w in (("Lien De Backer", "OCMW Gent", "ter plaatse"),
                    ("Tom Vercruysse", "OCMW Gent – Dienst Werk", "ter plaatse"),
                    ("Aïcha Mansouri", "OCMW Gent – taalcoach", "ter plaatse"),
                    ("Julie Marchal", "CPAS Liège", "ter plaatse"),
                    ("Frederik Baert", "OCMW Antwerpen", "online"),
                    ("Amélie Fontaine", "CPAS Charleroi", "online"),
                    ("Youssef Amrani", "CPAS Bruxelles", "online"),
                    ("Sander Mahieu", "POD MI", "online"),
                    ("Hélène Vos", "tolk / interprète", "ter plaatse")):
        r = t.add_row().cells
        cell_text(r[0], n, size=9.5)
        cell_text(r[1], o, size=9.5)
        cell_text(r[2], w, size=9.5)
    widths(t, (5.0, 7.0, 4.5))
    mixed(doc, [("Verontschuldigd / Excusés: ", {"b": True}),
                "Murielle Paquet (CPAS Binche), Stijn Goossens (OCMW Mortsel)"],
          after=6).paragraph_format.space_before = Pt(6)

    para(doc, "Agenda / Ordre du jour", b=True, after=2)
    for tm, title in (("10.00-10.15", "Welkom / Accueil"),
                      ("10.15-11.00", "Stages in Gent: werkplekleren en taalcoaching / Les stages à Gand"),
                      ("11.00-11.45", "Ronde: hoe zoeken jullie stageplaatsen? / Tour de table"),
                      ("11.45-12.15", "Verzekering en vergoeding stagiairs / Assurance et défraiement"),
                      ("12.15-12.30", "Afspraken / Accords")):
        tabs(para(doc, tm + "\t" + title, after=0), 2.4)

    def frs(text):
        mixed(doc, [("FR : ", {"b": True, "i": True, "color": "595959"}), (text, {"i": True, "color": "595959"})],
              after=6)

    doc.add_paragraph("1. Welkom / Accueil", style="Heading 1")
    para(doc, "Lien verwelkomt iedereen, ook de online deelnemers. Hélène tolkt in de zaal; online kiest men het "
              "tolkkanaal in Teams. Twee nieuwe gezichten: Julie (Luik) en Frederik (Antwerpen).", align="j")
    frs("Lien souhaite la bienvenue. Hélène interprète en salle ; en ligne, choisir le canal d'interprétation "
        "dans Teams. Deux nouveaux : Julie (Liège) et Frederik (Anvers).")

    doc.add_paragraph("2. Stages in Gent / Les stages à Gand", style="Heading 1")
    doc.add_paragraph("2.1 Werkplekleren", style="Heading 2")
    para(doc, "Tom stelt het werkplekleren voor: deelnemers lopen 4 tot 8 weken stage bij een werkgever (zorg, "
              "schoonmaak, logistiek, horeca), 2 à 3 dagen per week, met een jobcoach die wekelijks langskomt. "
              "Er is een stageovereenkomst met de werkgever en de deelnemer. Wie er klaar voor is, kan daarna "
              "doorstromen naar een tewerkstelling artikel 60. In 2024: 17 stages, 11 afgerond.", align="j")
    doc.add_paragraph("2.2 Taalcoaching op de werkvloer", style="Heading 2")
    para(doc, "Aïcha gaat als taalcoach mee naar de werkvloer in de eerste weken. Ze maakt met de werkgever een "
              "woordenlijst per sector, met foto's (bv. 'emmer', 'dweil', 'handschoenen'). Werkgevers zijn "
              "tevreden, maar het vraagt veel tijd: één taalcoach voor alle stagiairs is te weinig.",
         align="j")
    frs("Gand présente les stages en entreprise (4 à 8 semaines, 2 à 3 jours par semaine, avec un jobcoach) et "
        "le coaching linguistique sur le lieu de travail (lexiques illustrés par secteur). En 2024 : 17 stages, "
        "11 terminés.")

    doc.add_paragraph("3. Ronde van de OCMW's / Tour de table", style="Heading 1")
    for who, txt in (("Luik – ", "Julie: stages via de ISP-partners, met een immersieovereenkomst. Weinig "
                                 "werkgevers willen stagiairs met een laag taalniveau."),
                     ("Charleroi – ", "Amélie: eerst korte kennismakingsstages (1 week) in de eigen diensten "
                                      "van het OCMW (keuken, onderhoud)."),
                     ("Antwerpen – ", "Frederik: werkt samen met sociale economie; wachtlijsten bij de "
                                      "werkervaringsplaatsen."),
                     ("Brussel – ", "Youssef: stages in het kader van ISP, maar pas na de modules; de "
                                    "overgang verloopt niet altijd vlot."),
                     ("POD – ", "Sander herinnert eraan dat stages binnen het project in de fiche moeten "
                                "staan om subsidieerbaar te zijn.")):
        mixed(doc, [(who, {"b": True}), txt], style="List Bullet", after=0)
    frs("Liège : stages via les partenaires ISP (convention d'immersion). Charleroi : courts stages de découverte "
        "dans les services du CPAS. Anvers : économie sociale. Bruxelles : stages ISP après les modules. "
        "SPP : les stages doivent figurer dans la fiche projet.")

    doc.add_paragraph("4. Verzekering en vergoeding / Assurance et défraiement", style="Heading 1")
    para(doc, "Stagiairs zijn verzekerd via de polis van het OCMW (arbeidsongevallen en burgerlijke "
              "aansprakelijkheid), maar niet iedereen weet of dat ook geldt bij een privéwerkgever. Gent betaalt "
              "een onkostenvergoeding en het vervoer; Luik en Charleroi enkel het vervoer; Brussel niets. Luik "
              "vraagt of vervoerskosten van stagiairs ook uit het AMIF-budget kunnen (zie afspraken).", align="j")
    frs("[samenvatting volgt – Hélène vertaalt]")

    doc.add_paragraph("5. Afspraken / Accords", style="Heading 1")
    for what, who in (("Overzicht van de verzekeringspolissen voor stagiairs verzamelen en delen", "Tom + Aïcha"),
                      ("Nagaan bij de Commissie of vervoerskosten van stagiairs subsidieerbaar zijn", "POD MI"),
                      ("Contactlijst van werkgevers die openstaan voor anderstalige stagiairs aanvullen",
                       "elk OCMW / chaque CPAS"),
                      ("Franstalige versie van de stageovereenkomst nalezen", "Julie"),
                      ("Presentatie van Gent in het Frans vertalen", "nog te bepalen")):
        mixed(doc, ["– " + what + " – ", ("Wie: ", {"b": True}), who], after=1, indent=0.4)
    mixed(doc, [("Beslissing / Décision: ", {"b": True}),
                "de werkgroep komt voortaan drie keer per jaar samen / le GT se réunit désormais trois fois par "
                "an."], after=6).paragraph_format.space_before = Pt(6)

    para(doc, "Volgende werkgroep: donderdag 22 mei 2025, 10u, online (Teams) / Prochain GT : jeudi 22 mai 2025, "
              "10h, en ligne", b=True, color="1F4E79", before=6)
    check_day("2025-05-22", "thursday")
    save(doc, "404_werkgroep_stages_gent_2025.docx")


# ======================================================================
# 405 - GT logement, CPAS de Bruxelles, 04/10/2016
# writer: Bernadette Lhoir, cellule logement CPAS de Bruxelles (old-school PV, Roman numerals, tabs, Mme/M.)
# ======================================================================

def r405():
    check_day("2016-10-04", "tuesday")
    doc = base_doc(font="Times New Roman", size=11, lang="fr-BE", margins=(2.5, 2.5, 2.0, 2.0),
                   author="blhoir", created=dt.datetime(2016, 10, 7, 9, 40))
    doc.styles["Normal"].paragraph_format.space_after = Pt(0)

    def H(text):
        return para(doc, text, b=True, u=True, before=12, after=6, keep=True)

    para(doc, "CPAS de Bruxelles", b=True)
    para(doc, "Département Action sociale – Cellule logement")
    para(doc, "Bruxelles, le 7 octobre 2016", align="r", after=12)
    para(doc, "PROCÈS-VERBAL DE LA RÉUNION DU GROUPE DE TRAVAIL « LOGEMENT » – PROJET FAMI", b=True, align="c",
         after=6)
    para(doc, "Réunion du mardi 4 octobre 2016, de 10h00 à 12h30, CPAS de Bruxelles, rue Haute 298a, salle du "
              "Conseil", align="c", after=14)

    para(doc, "Présent(e)s :", b=True, u=True, after=2)
    for n, o in (("Mme Bernadette Lhoir", "CPAS de Bruxelles (secrétaire)"),
                 ("Mme Nathalie Vandersmissen", "CPAS de Bruxelles"),
                 ("M. Olivier Dewez", "CPAS de Bruxelles, service logement"),
                 ("Mme Ozlem Kaya", "CPAS de Charleroi"),
                 ("M. Didier Lambert", "CPAS de Liège"),
                 ("M. Hugo Lenaerts", "OCMW Gent"),
                 ("Mme Marie Peeters", "SPP Intégration Sociale"),
                 ("Mme Rachida Lamrani", "AIS Quartiers (invitée)")):
        tabs(para(doc, "\t" + n + "\t" + o), 1.0, 7.5)
    para(doc, "Excusé(e)s :", b=True, u=True, before=8, after=2)
    for n, o in (("M. Koen Stevens", "OCMW Antwerpen"), ("Mme Valérie Dethier", "CPAS de Charleroi")):
        tabs(para(doc, "\t" + n + "\t" + o), 1.0, 7.5)

    para(doc, "Ordre du jour :", b=True, u=True, before=10, after=2)
    for tm, title in (("10h00 – 10h15", "Accueil et approbation du PV du 21 juin 2016"),
                      ("10h15 – 11h00", "Présentation de l'AIS Quartiers (Mme Lamrani)"),
                      ("11h00 – 11h45", "Recherche de logement avec les participants : état des lieux par CPAS"),
                      ("11h45 – 12h15", "Garantie locative et premier loyer"),
                      ("12h15 – 12h30", "Divers")):
        tabs(para(doc, "\t" + tm + "\t" + title), 1.0, 4.0)

    H("I. Approbation du PV du 21 juin 2016")
    para(doc, "Le PV de la réunion du 21 juin 2016 est approuvé sans remarques.", align="j")

    H("II. Présentation de l'AIS Quartiers")
    para(doc, "Mme Lamrani présente l'agence immobilière sociale : l'AIS prend en gestion des logements de "
              "propriétaires privés et les loue à des ménages à bas revenus, à un loyer inférieur au marché. "
              "L'AIS gère environ 230 logements ; la liste d'attente dépasse deux ans. Les AIS ne peuvent pas "
              "réserver des logements pour un public particulier, mais Mme Lamrani propose que les AS du projet "
              "FAMI la contactent directement pour les situations les plus urgentes (expulsion, logement "
              "insalubre).", align="j")
    para(doc, "M. Lenaerts explique qu'à Gand, les « sociale verhuurkantoren » fonctionnent de la même manière.",
         align="j", before=4)

    H("III. État des lieux par CPAS")
    para(doc, "Bruxelles (Mme Vandersmissen) : la recherche de logement prend une grande partie de "
              "l'accompagnement individuel ; beaucoup de participants vivent en colocation ou chez des "
              "connaissances. Discriminations fréquentes lors des visites.", align="j")
    para(doc, "Charleroi (Mme Kaya) : un « kit logement » a été conçu pour les participants (lexique, modèle de "
              "lettre, droits et devoirs du locataire). Il est utilisé en séance d'information.", align="j",
         before=4)
    para(doc, "Liège (M. Lambert) : collaboration avec le service logement du CPAS ; atelier « chercher un "
              "logement » dans le module activation sociale.", align="j", before=4)
    para(doc, "Gand (M. Lenaerts) : peu de logements disponibles ; le CPAS dispose de quelques logements de "
              "transit.", align="j", before=4)
    para(doc, "Il est convenu d'élaborer une fiche commune pour les participants.", align="j", before=4)
    para(doc, "Élaborer une fiche commune « chercher un logement » en langage simple.", align="j", before=4)
    para(doc, "Qui : M. Lenaerts et Mme Vandersmissen", i=True, indent=1.0)
    para(doc, "Transmettre aux membres du GT la liste des AIS bruxelloises et wallonnes.", align="j", before=4)
    para(doc, "Qui : Mme Lamrani / M. Dewez", i=True, indent=1.0)

    H("IV. Garantie locative")
    para(doc, "La plupart des CPAS avancent la garantie locative (deux mois de loyer) sous forme de garantie "
              "bancaire ou de lettre de garantie. Les propriétaires refusent souvent la lettre du CPAS. Le "
              "premier loyer pose aussi problème quand le revenu d'intégration n'est pas encore versé.",
         align="j")
    para(doc, "Le SPP vérifiera si une partie de la garantie locative peut être imputée au budget FAMI.",
         align="j", before=4)
    para(doc, "Chaque CPAS fera parvenir pour le 15 novembre un relevé du nombre de garanties locatives "
              "accordées à des participants FAMI en 2016.", align="j", before=4)

    H("V. Divers")
    para(doc, "Mme Kaya prépare pour la prochaine réunion une présentation du « kit logement » de Charleroi.",
         align="j")
    para(doc, "La prochaine réunion aura lieu le mardi 13 décembre 2016 à 10 heures au CPAS de Charleroi.",
         align="j", before=8, b=True)
    check_day("2016-12-13", "tuesday")
    para(doc, "Pour le secrétariat,", before=18)
    para(doc, "B. Lhoir")
    para(doc, "Annexe 1 : présentation de l'AIS Quartiers (à joindre)", i=True, before=14, size=10)
    save(doc, "405_gt_logement_bruxelles_2016.docx")


# ======================================================================
# 406 - stuurgroep online met tolkkanaal, 27/01/2026 (ontwerpverslag)
# writer: Evi Schoofs, POD MI (draft line in red, "Actie ...:" labels, semicolon people list)
# ======================================================================

def r406():
    check_day("2026-01-27", "tuesday")
    doc = base_doc(font="Arial", size=10, lang="nl-BE", margins=(2.0, 2.0, 2.2, 2.2),
                   author="Evi Schoofs", created=dt.datetime(2026, 1, 29, 15, 3))
    style_font(doc, "Heading 1", font="Arial", size=11, bold=True, color="0070C0", before=12, after=4)
    spp_header(doc, size=7)
    fp = doc.sections[0].footer.paragraphs[0]
    add(fp, "Verslag stuurgroep AMIF 27/01/2026 – ONTWERP\t\t", size=8, color="7F7F7F")
    field(fp, "PAGE", size=8, color="7F7F7F")

    para(doc, "ONTWERP – ter nalezing door de OCMW's tot 6 februari 2026", b=True, color="FF0000", after=6)
    para(doc, "Verslag stuurgroep AMIF", b=True, size=16, color="0070C0", after=0)
    para(doc, "Dinsdag 27 januari 2026 – 9u30 tot 11u30 – online (Teams, met tolkkanaal NL/FR)", after=8)

    mixed(doc, [("Aanwezig: ", {"b": True}),
                "Evi Schoofs, Sander Mahieu (POD MI); Lien De Backer (OCMW Gent); Julie Marchal (OCMW Luik); "
                "Amélie Fontaine (OCMW Charleroi); Frederik Baert, Liesbeth Aerts (OCMW Antwerpen); Giulia Rossi "
                "(OCMW Brussel); tolken: Pauline Lejeune, Bart Peeters"], after=3, align="j")
    mixed(doc, [("Verontschuldigd: ", {"b": True}),
                "Kaat Van Looy (OCMW Mortsel); Lucie Hennaux (OCMW Binche)"], after=8)

    para(doc, "Agenda", b=True, after=2)
    for tm, title in (("09:30 – 09:40", "Opening en technische check tolkkanaal"),
                      ("09:40 – 10:10", "Jaarrapportage 2025: indicatoren en timing"),
                      ("10:10 – 10:40", "Tussentijdse evaluatie AMIF 2021-2027: bevindingen"),
                      ("10:40 – 11:00", "Bewaring van documenten en persoonsgegevens"),
                      ("11:00 – 11:15", "Planning netwerkbijeenkomsten 2026"),
                      ("11:15", "Varia")):
        tabs(para(doc, tm + "\t" + title, after=0), 3.0)

    def actie(label, text):
        mixed(doc, [(label, {"b": True, "color": "0070C0"}), text], after=6, indent=0.5)

    doc.add_paragraph("1. Opening", style="Heading 1")
    para(doc, "Evi opent de vergadering. Het tolkkanaal werkt; Bart tolkt naar het Nederlands, Pauline naar het "
              "Frans. Het verslag van 14 oktober 2025 wordt goedgekeurd.", align="j")

    doc.add_paragraph("2. Jaarrapportage 2025", style="Heading 1")
    para(doc, "Sander licht de timing toe: de OCMW's bezorgen hun cijfers 2025 aan het POD, dat ze bundelt voor "
              "de jaarlijkse rapportering van de gemeenschappelijke output- en resultaatindicatoren. Nieuw dit "
              "jaar: per deelnemer wordt maar één keer geteld, ook bij meerdere modules; de ERK-vooruitgang "
              "enkel voor wie een begin- én eindtest heeft.", align="j")
    actie("Actie POD MI: ", "definitieve template jaarrapportage 2025 versturen tegen 13 februari.")
    actie("Actie alle OCMW's: ", "cijfers 2025 invullen in de template tegen 13 maart 2026.")
    para(doc, "[hier nog aan te vullen: cijfers werkplekleren Gent]", color="FF0000")

    doc.add_paragraph("3. Tussentijdse evaluatie", style="Heading 1")
    para(doc, "Het evaluatiebureau heeft interviews gedaan in vier OCMW's. Sterke punten: intensieve begeleiding "
              "(bijna elke dag van de week), de band tussen begeleiders en deelnemers, het groepsgevoel op het "
              "einde van een module. Werkpunten: communicatie naar deelnemers bij gewijzigde uurroosters, "
              "activiteiten vroeger plannen (administratieve procedures duren langer), en de "
              "tevredenheidsenquête, die te abstract blijft, vooral in het Frans.", align="j")
    actie("Actie: ", "Julie en Giulia bekijken samen hoe de Franstalige enquête vereenvoudigd kan worden.")

    doc.add_paragraph("4. Bewaring van documenten en persoonsgegevens", style="Heading 1")
    para(doc, "Evi herhaalt de regels: documenten van een AMIF-operatie worden bewaard tot vijf jaar na 31 "
              "december van het jaar van de laatste betaling (art. 82 Verordening (EU) 2021/1060). "
              "Persoonsgegevens van deelnemers worden niet langer bewaard dan nodig (AVG art. 5.1.e) en een "
              "deelnemer kan inzage vragen in alles wat over hem of haar bewaard wordt (AVG art. 15). Elk OCMW "
              "blijft eigenaar van de gegevens van zijn deelnemers.", align="j")
    para(doc, "Frederik vraagt hoe de partner-OCMW's (Schoten, Edegem, Mortsel) dit regelen, want hun dossiers "
              "zitten deels in Antwerpen.", align="j")
    actie("Actie OCMW Antwerpen: ", "bewaartermijnen van Schoten, Edegem en Mortsel opvragen en bundelen.")

    doc.add_paragraph("5. Planning 2026", style="Heading 1")
    para(doc, "Voorstel: een netwerkdag in het voorjaar (fysiek, met tolken) en een in het najaar. Beslist: Gent "
              "ontvangt de voorjaarsdag.", align="j")
    actie("Actie: ", "Evi stuurt een Doodle voor de netwerkdag in mei.")

    doc.add_paragraph("6. Varia", style="Heading 1")
    para(doc, "Organisatie netwerkdag najaar 2026 – wie: nog te bepalen.", align="j")
    para(doc, "Amélie meldt dat Charleroi vanaf maart een nieuwe coördinator heeft; zij blijft tot dan "
              "aanspreekpunt.", align="j")

    para(doc, "Volgende stuurgroep: dinsdag 5 mei 2026, 9u30, hybride (POD MI + Teams).", b=True, before=10)
    check_day("2026-05-05", "tuesday")
    save(doc, "406_stuurgroep_online_2026.docx")


if __name__ == "__main__":
    for f in (r397, r398, r399, r400, r401, r402, r403, r404, r405, r406):
        f()
