# -*- coding: utf-8 -*-
"""Ten meeting reports of the AMIF/FAMI network of the CPAS/OCMW (numbers 287-296), written as
everyday office practice makes them, each with the hand-typed list of what it says.

Run with the python that has python-docx:  python make_reports.py
Each function builds one .docx and returns its expected dict (saved as NNN_slug.expected.json)."""
import datetime as dt
import json
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_COLOR_INDEX, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
NB = "\u00a0"  # the non-breaking space Word's French autocorrect puts before : ; ? !
GREY = RGBColor(0x59, 0x59, 0x59)
BLUE = RGBColor(0x1F, 0x4E, 0x79)
RED = RGBColor(0xC0, 0x00, 0x00)
GREEN = RGBColor(0x37, 0x86, 0x3C)


# ----------------------------------------------------------------------------------------------
# small helpers around python-docx
# ----------------------------------------------------------------------------------------------
def new_doc(font="Calibri", size=11, margins=(2.5, 2.5, 2.5, 2.5), author=None, last_by=None,
            created=None, title=None):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.append(rf)
    for k in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rf.set(qn(k), font)
    for s in d.sections:
        s.page_height = Cm(29.7)
        s.page_width = Cm(21.0)
        s.top_margin, s.bottom_margin, s.left_margin, s.right_margin = [Cm(m) for m in margins]
    cp = d.core_properties
    if author:
        cp.author = author
    cp.last_modified_by = last_by or author or ""
    if created:
        cp.created = created
        cp.modified = created + dt.timedelta(hours=3)
    if title:
        cp.title = title
    return d


def add_runs(p, parts):
    """parts: str or (text, fmt) tuples; fmt keys: b, i, u, color, hl, size, font, caps."""
    if isinstance(parts, (str, tuple)):
        parts = [parts]
    for part in parts:
        if isinstance(part, str):
            text, fmt = part, {}
        else:
            text, fmt = part
        chunks = text.split("\n")
        r = None
        for n, ch in enumerate(chunks):
            r = p.add_run(ch)
            if n < len(chunks) - 1:
                r.add_break()
            if fmt.get("b"):
                r.bold = True
            if fmt.get("i"):
                r.italic = True
            if fmt.get("u"):
                r.underline = True
            if fmt.get("color") is not None:
                r.font.color.rgb = fmt["color"]
            if fmt.get("hl") is not None:
                r.font.highlight_color = fmt["hl"]
            if fmt.get("size"):
                r.font.size = Pt(fmt["size"])
            if fmt.get("font"):
                r.font.name = fmt["font"]
            if fmt.get("caps"):
                r.font.all_caps = True
    return p


def para(container, parts="", style=None, align=None, after=None, before=None, indent=None,
         keep=False, page_break_before=False, tabs=None):
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    add_runs(p, parts)
    pf = p.paragraph_format
    if align:
        p.alignment = {"c": WD_ALIGN_PARAGRAPH.CENTER, "r": WD_ALIGN_PARAGRAPH.RIGHT,
                       "j": WD_ALIGN_PARAGRAPH.JUSTIFY, "l": WD_ALIGN_PARAGRAPH.LEFT}[align]
    if after is not None:
        pf.space_after = Pt(after)
    if before is not None:
        pf.space_before = Pt(before)
    if indent is not None:
        pf.left_indent = Cm(indent)
    if keep:
        pf.keep_with_next = True
    if page_break_before:
        pf.page_break_before = True
    if tabs:
        for pos in tabs:
            pf.tab_stops.add_tab_stop(Cm(pos))
    return p


def cell_text(cell, parts, bold=False, size=None, align=None, shade=None):
    p = cell.paragraphs[0]
    if isinstance(parts, str):
        parts = [(parts, {"b": bold, "size": size})]
    add_runs(p, parts)
    if align:
        p.alignment = {"c": WD_ALIGN_PARAGRAPH.CENTER, "r": WD_ALIGN_PARAGRAPH.RIGHT}[align]
    if shade:
        shade_cell(cell, shade)
    return p


def shade_cell(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def set_widths(table, widths_cm):
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_cm):
        gc.set(qn("w:w"), str(int(Cm(w).twips)))
    for row in table.rows:
        for c, w in zip(row.cells, widths_cm):
            c.width = Cm(w)


def table(doc, rows, widths=None, style="Table Grid", header=True, shade="D9E2F3", size=None):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    if style:
        t.style = style
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            cell = t.cell(i, j)
            if isinstance(val, list):  # several paragraphs in the cell
                first = True
                for v in val:
                    p = cell.paragraphs[0] if first else cell.add_paragraph()
                    first = False
                    add_runs(p, v if not isinstance(v, str) else [(v, {"size": size})])
            else:
                cell_text(cell, val if not isinstance(val, str) else [(val, {"b": header and i == 0,
                                                                             "size": size})],
                          shade=shade if header and i == 0 and shade else None)
    if widths:
        set_widths(t, widths)
    return t


def page_field(p, instr="PAGE"):
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), instr)
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "1"
    r.append(t)
    fld.append(r)
    p._p.append(fld)


def header_lines(doc, lines, align="r", size=8, color=GREY, italic=False):
    h = doc.sections[0].header
    first = True
    for ln in lines:
        p = h.paragraphs[0] if first else h.add_paragraph()
        first = False
        add_runs(p, [(ln, {"size": size, "color": color, "i": italic})])
        p.alignment = {"c": WD_ALIGN_PARAGRAPH.CENTER, "r": WD_ALIGN_PARAGRAPH.RIGHT,
                       "l": WD_ALIGN_PARAGRAPH.LEFT}[align]


def footer_line(doc, text, page="p. ", of_total=False, size=8, align="c"):
    f = doc.sections[0].footer
    p = f.paragraphs[0]
    add_runs(p, [(text, {"size": size, "color": GREY})])
    if page is not None:
        add_runs(p, [(page, {"size": size, "color": GREY})])
        page_field(p, "PAGE")
        if of_total:
            add_runs(p, [("/", {"size": size, "color": GREY})])
            page_field(p, "NUMPAGES")
    p.alignment = {"c": WD_ALIGN_PARAGRAPH.CENTER, "r": WD_ALIGN_PARAGRAPH.RIGHT,
                   "l": WD_ALIGN_PARAGRAPH.LEFT}[align]


def tagline_header(doc):
    """The SPP/POD template header: tagline left, service name right."""
    h = doc.sections[0].header
    t = h.add_table(rows=1, cols=2, width=Cm(16))
    a, b = t.cell(0, 0), t.cell(0, 1)
    add_runs(a.paragraphs[0], [("Naar een geïntegreerd migratiebeleid,\ndankzij het AMIF",
                                {"size": 8, "i": True, "color": BLUE})])
    p = a.add_paragraph()
    add_runs(p, [("Vers une politique de migration plus intégrée,\ngrâce au FAMI",
                  {"size": 8, "i": True, "color": BLUE})])
    add_runs(b.paragraphs[0], [("POD | Maatschappelijke Integratie\nSPP | Intégration Sociale",
                                {"size": 8, "b": True, "color": GREY})])
    b.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if h.paragraphs and not h.paragraphs[0].text:
        pass


def expected(file, languages, online, interpretation, date, people, agenda, headings, actions,
             next_meeting, remarks):
    return {"file": file, "languages": languages, "online": online, "interpretation": interpretation,
            "date": date, "people": people, "agenda": agenda, "headings": headings,
            "actions": actions, "next_meeting": next_meeting, "remarks": remarks}


def save(doc, name):
    doc.save(os.path.join(HERE, name))


# ----------------------------------------------------------------------------------------------
# 287 - Thomas Lejeune (SPP IS) starts the December report from the September file (Gand):
#       the footer still carries the old meeting, a section was deleted (no 4), the old thanks
#       to Gand stayed at the end, Anvers' paragraph is a yellow placeholder.
# ----------------------------------------------------------------------------------------------
def r287():
    name = "287_rapport_rencontre_cpas_charleroi_dec2016.docx"
    d = new_doc("Calibri", 11, author="Katrien Vandamme", last_by="Thomas Lejeune",
                created=dt.datetime(2016, 9, 26, 9, 12), title="Rapport rencontre CPAS")
    header_lines(d, ["SPP Intégration Sociale – Réseau FAMI des CPAS"], align="r")
    footer_line(d, "Rapport rencontre CPAS – 22 septembre 2016 – Gand\t\t", page="p. ", align="l")

    para(d, [("Rapport rencontre CPAS – Verslag bijeenkomst OCMW's", {"b": True, "size": 15})],
         align="c", after=2)
    para(d, [("Jeudi 8 décembre 2016", {"b": True})], align="c", after=2)
    para(d, "CPAS de Charleroi – Service Action Migrants, rue de l'Espérance 14, 6000 Charleroi",
         align="c", after=12)

    presents = [("Thomas Lejeune", "SPP IS", "SPP"), ("Véronique Dubois", "CPAS Charleroi", "CHARLEROI"),
                ("Fatima Ouali", "CPAS Charleroi", "CHARLEROI"), ("Damien Lefèvre", "CPAS Charleroi", "CHARLEROI"),
                ("Nadia Benali", "CPAS Liège", "LIEGE"), ("Céline Dethier", "CPAS Liège", "LIEGE"),
                ("Isabelle Vandenbroucke", "CPAS Bruxelles", "BRUXELLES"),
                ("Eline Janssens", "CPAS Anvers", "ANTWERPEN"), ("Laurence Hubert", "CPAS Binche", "BINCHE")]
    excuses = [("Katrien Vandamme", "POD MI", "SPP"), ("Pieter Verhulst", "CPAS Gand", "GENT"),
               ("Hanne Claeys", "CPAS Gand", "GENT"), ("Bart Peeters", "CPAS Anvers", "ANTWERPEN")]
    para(d, [("Présents : ", {"b": True}), ", ".join("%s (%s)" % (n, o) for n, o, _ in presents)],
         align="j", after=4)
    para(d, [("Excusés : ", {"b": True}), ", ".join("%s (%s)" % (n, o) for n, o, _ in excuses)],
         align="j", after=4)
    para(d, [("Pas d'interprétation prévue cette fois : les collègues néerlandophones avaient "
              "annoncé leur absence, à l'exception d'Eline qui suit en français.", {"i": True})], after=10)

    agenda = [("9h30 – 10h00", "Accueil et café", "09:30", "10:00"),
              ("10h00 – 10h15", "Approbation du rapport du 22 septembre et suivi des actions", "10:00", "10:15"),
              ("10h15 – 11h30", "Tour de table des CPAS", "10:15", "11:30"),
              ("11h30 – 12h30", "Présentation d'Activ'Up : le recrutement des participants", "11:30", "12:30"),
              ("12h30 – 13h30", "Lunch", "12:30", "13:30"),
              ("13h30 – 14h30", "Enquête de satisfaction : premiers retours", "13:30", "14:30"),
              ("14h30 – 15h00", "Points d'action et divers", "14:30", "15:00")]
    para(d, [("Ordre du jour", {"b": True, "u": True})], after=2)
    for t, title, _, _ in agenda:
        para(d, "%s\t%s" % (t, title), after=0, tabs=[3.5])
    para(d, "", after=6)

    H = []

    def h(num, title, level=2):
        txt = ("%s. %s" % (num, title)) if num else title
        d.add_heading(txt, level=level)
        H.append([num, title])

    h("1", "Accueil")
    para(d, "Véronique souhaite la bienvenue à tous dans les nouveaux locaux du Service Action Migrants. "
            "Le rapport de la réunion du 22 septembre est approuvé sans remarque.", align="j")
    h("2", "Suivi des actions de la réunion du 22 septembre")
    para(d, "Les actions décidées à Gand ont été passées en revue :", after=2)
    for s in ["Envoi du calendrier 2017 des réunions par le SPP – fait.",
              "Partage de la fiche d'intake de Gand – fait (envoyée par Hanne le 3 octobre).",
              "Troisième action (contrats participants) – pas encore faite, reportée (voir point 7)."]:
        para(d, s, style="List Bullet", after=0)
    para(d, "", after=0)
    h("3", "Tour de table des CPAS")
    h("", "Liège", 3)
    para(d, "Le module 2 a démarré en septembre avec 14 participants. Céline a mené 22 entretiens "
            "d'admission depuis la rentrée ; chaque participant signe trois contrats (avec son AS, avec "
            "Céline et avec le responsable du module). L'équipe constate que le taux de présence baisse "
            "en décembre (fêtes, démarches administratives).", align="j")
    h("", "Bruxelles", 3)
    para(d, "Le projet a pris du retard : le recrutement du coordinateur adjoint n'a été finalisé qu'en "
            "novembre. Les premières séances d'information auront lieu en janvier. Isabelle souhaite "
            "s'inspirer des contrats utilisés à Liège.", align="j")
    h("", "Anvers", 3)
    rem1 = "[Anvers : état des lieux à compléter]"
    para(d, [(rem1, {"hl": WD_COLOR_INDEX.YELLOW})])
    h("", "Binche", 3)
    para(d, "Laurence présente brièvement le partenariat avec Charleroi : Binche envoie ses participants "
            "aux séances d'information de Charleroi et organise ses propres ateliers découvertes le mardi. "
            "Six personnes de Binche suivent actuellement le module.", align="j")
    h("5", "Activ'Up : comment recruter les participants ?")
    para(d, "Véronique et Fatima expliquent la démarche de mobilisation. Un listing de plus de 1 000 "
            "bénéficiaires potentiels a été établi avec l'observatoire local du CPAS ; les assistantes "
            "sociales des antennes en ont retenu 315 pour le module 1 et 199 pour le module 2. Tous ont été "
            "invités à deux séances d'information : 110 personnes sur 315 (35 %) sont venues pour le "
            "module 1, 60 sur 199 (30 %) pour le module 2.", align="j")
    para(d, "Les CPAS présents trouvent la démarche lourde mais efficace. Damien insiste sur l'importance "
            "de rencontrer les managers des antennes avant d'envoyer les invitations.", align="j")
    h("6", "Enquête de satisfaction")
    para(d, "Thomas présente le projet d'enquête de satisfaction par module. Plusieurs CPAS trouvent les "
            "questions trop abstraites pour le public (« pertinence », « autonomisation »). Il est proposé "
            "de travailler avec des pictogrammes et des phrases courtes. La version néerlandaise suivra.",
         align="j")
    h("7", "Points d'action")
    acts = [("Le SPP envoie le modèle de rapport annuel FAMI aux CPAS pour le 20 décembre.",
             ["SPP", [], None, "Le SPP envoie le modèle de rapport annuel"]),
            ("Chaque CPAS relit l'enquête de satisfaction et envoie ses remarques à Thomas avant le "
             "13 janvier 2017.", ["CPAS", [], None, "Chaque CPAS relit l'enquête de satisfaction"]),
            ("Véronique transmet aux autres CPAS le canevas de l'invitation aux séances d'information.",
             ["Network Contact", ["Véronique Dubois"], None, "Véronique transmet aux autres CPAS le canevas"]),
            ("Nadia et Isabelle comparent leurs contrats participants (action reportée de septembre).",
             ["Several Network Contacts", ["Nadia Benali", "Isabelle Vandenbroucke"], None,
              "Nadia et Isabelle comparent leurs contrats participants"])]
    for s, _ in acts:
        para(d, s, style="List Bullet", after=0)
    para(d, "", after=0)
    h("8", "Prochaine réunion")
    nm = "Prochaine réunion : le jeudi 16 mars 2017 au CPAS de Liège (à confirmer)."
    para(d, nm)
    para(d, [("Rapport : Thomas Lejeune", {"i": True})], before=12, after=2)
    para(d, [("Merci encore à l'équipe de Gand pour son accueil chaleureux !", {"i": True})])
    save(d, name)
    return expected(name, ["fr"], False, False, "2016-12-08",
                    [[n, "Present", c] for n, _, c in presents] + [[n, "Excused", c] for n, _, c in excuses],
                    [[s, e, t] for _, t, s, e in agenda], H, [a for _, a in acts],
                    {"date": "2017-03-16", "text": nm}, [rem1])


# ----------------------------------------------------------------------------------------------
# 288 - Eline Janssens (OCMW Antwerpen) types up her handwritten notes eight days after the
#       meeting: first names only, no agenda, bold-underlined section lines, a TO DO list at the
#       end that repeats two tasks of the body.
# ----------------------------------------------------------------------------------------------
def r288():
    name = "288_verslag_amif_overleg_antwerpen_mei2017.docx"
    d = new_doc("Arial", 10, margins=(2.0, 2.0, 2.2, 2.2), author="Eline Janssens",
                created=dt.datetime(2017, 5, 19, 14, 3))
    para(d, [("AMIF overleg OCMW's – 11/05/2017 – OCMW Antwerpen (Lange Gasthuisstraat)",
              {"b": True, "size": 12})], after=2)
    para(d, [("Notities Eline, uitgetypt op 19/05/2017 – graag aanvullen/corrigeren waar nodig!",
              {"i": True, "color": GREY})], after=10)
    para(d, "Aanwezig: Katrien (POD), Pieter en Hanne (Gent), Nadia (Luik), Véronique (Charleroi), "
            "Isabelle (Brussel), Bart, Ahmed en Eline (Antwerpen), Koen Van den Broeck (Schoten)", after=2)
    para(d, "Verontschuldigd: Thomas (POD), Griet (Edegem)", after=2)
    para(d, "Tolken: geen, we hebben Nederlands en Frans door elkaar gesproken, ging prima.", after=10)
    people = [["Katrien", "Present", "SPP"], ["Pieter", "Present", "GENT"], ["Hanne", "Present", "GENT"],
              ["Nadia", "Present", "LIEGE"], ["Véronique", "Present", "CHARLEROI"],
              ["Isabelle", "Present", "BRUXELLES"], ["Bart", "Present", "ANTWERPEN"],
              ["Ahmed", "Present", "ANTWERPEN"], ["Eline", "Present", "ANTWERPEN"],
              ["Koen Van den Broeck", "Present", "SCHOTEN"],
              ["Thomas", "Excused", "SPP"], ["Griet", "Excused", "EDEGEM"]]
    H = []

    def sec(title):
        para(d, [(title, {"b": True, "u": True})], before=8, after=3, keep=True)
        H.append(["", title])

    A = []
    sec("Rondje OCMW's")
    para(d, [("Gent: ", {"b": True}), "2de groep gestart in maart, 12 deelnemers. Youssef (bemiddelaar) doet "
             "nu ook de intakegesprekken mee, werkt goed voor wie weinig Nederlands spreekt. Probleem: "
             "wachtlijst NT2 blijft lang."], after=3)
    para(d, [("Luik: ", {"b": True}), "veel nieuwe deelnemers via de antennes. Nadia: de drie contracten "
             "blijven, deelnemers begrijpen beter wat er van hen verwacht wordt."], after=3)
    para(d, [("Charleroi: ", {"b": True}), "module 2 loopt, ongeveer 30 % van de uitgenodigden kwam naar de "
             "infosessies. Véronique stuurt de uitnodiging nog eens door (was vorige keer al beloofd)."],
         after=3)
    A.append(["Network Contact", ["Véronique"], None, "Véronique stuurt de uitnodiging nog eens door"])
    rem = "(stuk over Brussel nog aan te vullen – mijn notities zijn hier onvolledig)"
    para(d, [("Brussel: ", {"b": True}), (rem, {"i": True})], after=3)
    para(d, [("Antwerpen + Schoten: ", {"b": True}), "Bart legt uit hoe de samenwerking met Schoten loopt. "
             "Koen: Schoten stuurt 4 deelnemers naar de groepsmodules in Antwerpen, de individuele "
             "begeleiding gebeurt in Schoten zelf. Vervoer blijft een probleem (abonnement De Lijn?)."],
         after=3)

    sec("Presentatie Antwerpen – trajectbegeleiding")
    para(d, "Ahmed stelt de trajectbegeleiding voor. Elke deelnemer krijgt een vaste begeleider, om de "
            "twee weken een gesprek. Er wordt gewerkt met een 'levenslijn' en met doelen per 3 maanden. "
            "Vraag van Luik: hoe meet je vooruitgang? Antwoord: samen met de deelnemer, op basis van de "
            "eigen doelen, geen scores.", after=3)
    para(d, "Bart stuurt de intakefiche van Antwerpen door naar Luik en Charleroi.", after=3)
    A.append(["Network Contact", ["Bart"], None, "Bart stuurt de intakefiche van Antwerpen door"])

    sec("Tevredenheidsenquête")
    para(d, "Katrien heeft de opmerkingen van december verwerkt. Nog altijd te moeilijk volgens Gent en "
            "Charleroi: te lange zinnen, woorden als 'zelfredzaamheid'. Voorstel: smileys i.p.v. een "
            "schaal van 1 tot 5. Katrien zal de enquête nog eens aanpassen en rondsturen.", after=3)
    A.append(["Network Contact", ["Katrien"], None, "Katrien zal de enquête nog eens aanpassen"])
    para(d, "Hanne en Véronique bekijken of een vertaling in het Arabisch en het Dari mogelijk is "
            "(via de bemiddelaars).", after=3)
    A.append(["Several Network Contacts", ["Hanne", "Véronique"], None, "Hanne en Véronique bekijken of een vertaling"])

    sec("Varia")
    para(d, "- Rapportering: de POD vraagt de cijfers van het 1e kwartaal.", after=0)
    para(d, "- Koen vraagt of de partner-OCMW's ook op de verzendlijst van het verslag mogen -> ja.", after=3)

    sec("TO DO")
    para(d, "- Katrien: aangepaste enquête rondsturen tegen eind mei", after=0)
    para(d, "- BP: intakefiche naar Luik + Charleroi", after=0)
    para(d, "- elk OCMW: cijfers 1e kwartaal doorsturen naar POD vóór 15/06", after=0)
    A.append(["CPAS", [], None, "cijfers 1e kwartaal doorsturen naar POD"])
    para(d, "- wie?: verslag laten vertalen naar het Frans", after=8)
    A.append(["To Be Assigned", [], None, "verslag laten vertalen naar het Frans"])

    nm = "Volgende bijeenkomst: ergens in september, in Gent (datum nog te prikken)"
    para(d, [(nm, {"b": True})], after=8)
    para(d, "Eline")
    save(d, name)
    return expected(name, ["nl"], False, False, "2017-05-11", people, [], H, A,
                    {"date": None, "text": nm}, [rem])


# ----------------------------------------------------------------------------------------------
# 289 - Lotte Wouters (OCMW Antwerpen) writes the report as stand-in for Katrien (POD MI, on
#       leave), in the POD template, in Dutch only; people and agenda in tables, numbered
#       headings with sub-sections 2.1-2.5, an action table Wat / Wie / Tegen.
# ----------------------------------------------------------------------------------------------
def r289():
    name = "289_verslag_bijeenkomst_gent_maart2018.docx"
    d = new_doc("Calibri", 11, author="Lotte Wouters", created=dt.datetime(2018, 3, 26, 10, 40),
                title="Verslag bijeenkomst OCMW's 22/03/2018")
    tagline_header(d)
    footer_line(d, "Verslag AMIF-netwerk 22/03/2018 – ontwerp – ", page="pagina ", align="r")

    para(d, [("Verslag bijeenkomst OCMW's", {"b": True, "size": 16, "color": BLUE})], after=0)
    para(d, [("22 maart 2018 – OCMW Gent, vergaderzaal Kouter, Gent", {"size": 12})], after=6)
    para(d, [("Verslag: Lotte Wouters (OCMW Antwerpen), ter vervanging van Katrien Vandamme (POD MI) "
              "die met verlof is.", {"i": True})], after=10)

    pres = [("Pieter Verhulst", "OCMW Gent", "GENT"), ("Hanne Claeys", "OCMW Gent", "GENT"),
            ("Youssef El Amrani", "OCMW Gent", "GENT"), ("Thomas Lejeune", "POD MI / SPP IS", "SPP"),
            ("Nadia Benali", "OCMW Luik", "LIEGE"), ("Marc Thonon", "OCMW Luik", "LIEGE"),
            ("Véronique Dubois", "OCMW Charleroi", "CHARLEROI"),
            ("Isabelle Vandenbroucke", "OCMW Brussel", "BRUXELLES"), ("Samir Haddad", "OCMW Brussel", "BRUXELLES"),
            ("Bart Peeters", "OCMW Antwerpen", "ANTWERPEN"), ("Lotte Wouters", "OCMW Antwerpen", "ANTWERPEN"),
            ("Anne Gilson", "tolk", None), ("Dirk Raes", "tolk", None)]
    exc = [("Katrien Vandamme", "POD MI", "SPP"), ("Fatima Ouali", "OCMW Charleroi", "CHARLEROI"),
           ("Griet Mertens", "OCMW Edegem", "EDEGEM")]
    para(d, [("Aanwezig", {"b": True})], after=2, keep=True)
    table(d, [["Naam", "Organisatie"]] + [[n, o] for n, o, _ in pres], widths=[6, 7], size=10)
    para(d, "", after=0)
    para(d, [("Verontschuldigd: ", {"b": True}), ", ".join("%s (%s)" % (n, o) for n, o, _ in exc)], after=10)

    ag = [("10u00 – 10u15", "Onthaal en kennismaking", "10:00", "10:15"),
          ("10u15 – 11u15", "Stand van zaken per OCMW", "10:15", "11:15"),
          ("11u15 – 12u30", "Presentatie OCMW Gent: de rol van de intercultureel bemiddelaar", "11:15", "12:30"),
          ("12u30 – 13u30", "Lunch", "12:30", "13:30"),
          ("13u30 – 15u00", "Workshop: de tevredenheidsenquête", "13:30", "15:00"),
          ("15u00 – 15u30", "Afspraken en rondvraag", "15:00", "15:30")]
    para(d, [("Agenda", {"b": True})], after=2, keep=True)
    table(d, [["Uur", "Onderwerp"]] + [[t, s] for t, s, _, _ in ag], widths=[3.5, 12], size=10)

    H = []

    def h(num, title, level=2):
        d.add_heading("%s %s" % (num + ("." if "." not in num else ""), title), level=level)
        H.append([num, title])

    h("1", "Onthaal en kennismaking")
    para(d, "Pieter verwelkomt de deelnemers in Gent. Omdat Katrien met verlof is, leidt Thomas de "
            "vergadering; Lotte neemt het verslag op zich. De vergadering verloopt met simultaanvertaling "
            "NL-FR door Anne Gilson en Dirk Raes.", align="j")
    h("2", "Stand van zaken per OCMW")
    h("2.1", "Gent", 3)
    para(d, "Groep 3 is in januari gestart met 14 deelnemers, van wie 9 vrouwen. De wachtlijst voor NT2 "
            "blijft een knelpunt; Gent overlegt hierover met het Huis van het Nederlands.", align="j")
    h("2.2", "Luik", 3)
    para(d, "Nadia meldt dat de samenwerking met de antennes goed loopt. Marc start in april een nieuw "
            "informatica-atelier. De aanwezigheidsgraad ligt rond 80 %.", align="j")
    h("2.3", "Charleroi", 3)
    para(d, "Véronique stelt de resultaten van module 2 voor: 60 van de 199 uitgenodigde personen kwamen "
            "naar de infosessies (30 %). Charleroi wil de infosessies voortaan in kleinere groepen "
            "organiseren.", align="j")
    h("2.4", "Brussel", 3)
    para(d, "Het project draait sinds januari op kruissnelheid. Samir volgt de individuele begeleiding op; "
            "er zijn momenteel 18 deelnemers.", align="j")
    h("2.5", "Antwerpen", 3)
    para(d, "Bart geeft een korte stand van zaken over de partnerwerking met Schoten, Edegem en Mortsel. "
            "De partners verwijzen hun deelnemers door naar de groepsmodules in Antwerpen.", align="j")
    h("3", "De rol van de intercultureel bemiddelaar")
    para(d, "Youssef El Amrani stelt zijn werk als intercultureel bemiddelaar voor. Hij is aanwezig bij de "
            "intakegesprekken en bij de oriëntatiebalans, en tolkt waar nodig als sociaal tolk (Arabisch, "
            "Berbers, Frans). Belangrijk volgens hem: de deelnemer moet weten dat de bemiddelaar neutraal "
            "is en niets doorgeeft zonder toestemming. Luik en Brussel werken voor dezelfde taak met "
            "vrijwilligers en willen graag meer weten over de functieomschrijving.", align="j")
    h("4", "Workshop tevredenheidsenquête")
    para(d, "In drie groepen werd de ontwerpversie van de enquête getest. Belangrijkste opmerkingen:", after=2)
    for s in ["de vragen zijn te abstract ('in welke mate ...');",
              "een schaal met smileys werkt beter dan cijfers;",
              "deelnemers willen de enquête ook in het Arabisch, het Engels en het Dari;",
              "de enquête mag niet langer dan tien minuten duren."]:
        para(d, s, style="List Bullet", after=0)
    rem = "Opmerkingen van de deelnemers nog toe te voegen na nazicht door Katrien."
    para(d, [(rem, {"i": True, "color": RED})], before=6)
    h("5", "Actiepunten")
    acts = [("De functieomschrijving van de intercultureel bemiddelaar bezorgen aan Luik en Brussel",
             "Youssef", "15/04/2018",
             ["Network Contact", ["Youssef El Amrani"], None, "De functieomschrijving van de intercultureel bemiddelaar"]),
            ("Een aangepaste versie van de enquête opmaken op basis van de workshop", "POD", "30/04/2018",
             ["SPP", [], None, "Een aangepaste versie van de enquête"]),
            ("De enquête testen met een kleine groep deelnemers", "Alle OCMW's", "mei 2018",
             ["CPAS", [], None, "De enquête testen met een kleine groep"]),
            ("Een voorstel uitwerken voor infosessies in kleine groepen", "OCMW Charleroi", "juni 2018",
             ["CPAS", [], "CHARLEROI", "Een voorstel uitwerken voor infosessies in"]),
            ("Vertaling van de enquête naar het Arabisch en het Dari regelen", "nog te bepalen", "–",
             ["To Be Assigned", [], None, "Vertaling van de enquête naar het"]),
            ("De Franse versie van dit verslag opmaken", "POD", "na terugkeer Katrien",
             ["SPP", [], None, "De Franse versie van dit verslag"])]
    table(d, [["Wat", "Wie", "Tegen"]] + [[a, b, c] for a, b, c, _ in acts], widths=[10, 3.3, 3], size=10)
    h("6", "Volgende bijeenkomst")
    nm = "Volgende bijeenkomst: donderdag 14 juni 2018, OCMW Brussel (onder voorbehoud)."
    para(d, nm)
    para(d, [("Lotte Wouters – 26/03/2018", {"i": True, "color": GREY})], before=12)
    save(d, name)
    return expected(name, ["nl"], False, True, "2018-03-22",
                    [[n, "Present", c] for n, _, c in pres] + [[n, "Excused", c] for n, _, c in exc],
                    [[s, e, t] for _, t, s, e in ag], H, [a[3] for a in acts],
                    {"date": "2018-06-14", "text": nm}, [rem])


# ----------------------------------------------------------------------------------------------
# 290 - Formal procès-verbal (draft, to be approved at the next meeting) by Katrien Vandamme
#       for the president Thomas Lejeune: Roman numbers, a)-e) sub-points, titles M./Mme,
#       Word's French typography (non-breaking space before ":" and curly apostrophes),
#       bilingual headings and a Dutch summary that repeats the actions.
# ----------------------------------------------------------------------------------------------
def r290():
    name = "290_proces_verbal_reseau_fami_oct2019.docx"
    Q = "’"
    d = new_doc("Arial", 10, margins=(2.5, 2.2, 2.5, 2.5), author="Katrien Vandamme",
                created=dt.datetime(2019, 10, 22, 16, 5), title="PV 2019/03")
    header_lines(d, ["SPP Intégration Sociale – POD Maatschappelijke Integratie",
                     "Réseau FAMI des CPAS / AMIF-netwerk van de OCMW" + Q + "s"], align="l", size=8)
    footer_line(d, "PV 2019/03 – Réunion du 17 octobre 2019 – page ", page="", align="c")

    para(d, [("Réseau FAMI des CPAS – AMIF-netwerk van de OCMW" + Q + "s", {"b": True, "size": 11})],
         align="c", after=0)
    para(d, [("Procès-verbal de la réunion du 17 octobre 2019", {"b": True, "size": 14})], align="c", after=0)
    para(d, [("Verslag van de vergadering van 17 oktober 2019", {"i": True, "size": 11})], align="c", after=4)
    para(d, [("PROJET – à approuver lors de la prochaine réunion", {"b": True, "color": RED})],
         align="c", after=10)
    para(d, [("Lieu" + NB + ": ", {"b": True}), "SPP Intégration Sociale, salle de réunion du 4e étage, Bruxelles"],
         after=0)
    para(d, [("Début de la séance" + NB + ": ", {"b": True}), "9 h 35 – ", ("Fin" + NB + ": ", {"b": True}),
             "15 h 50"], after=8)

    pres = [("M. ", "Thomas Lejeune", ", attaché, SPP IS (président)", "SPP"),
            ("Mme ", "Katrien Vandamme", ", POD MI (secrétaire)", "SPP"),
            ("M. ", "Pieter Verhulst", ", OCMW Gent", "GENT"),
            ("Mme ", "Hanne Claeys", ", OCMW Gent", "GENT"),
            ("Mme ", "Nadia Benali", ", CPAS de Liège", "LIEGE"),
            ("M. ", "Grégory Lhoest", ", CPAS de Liège", "LIEGE"),
            ("M. ", "Damien Lefèvre", ", CPAS de Charleroi", "CHARLEROI"),
            ("Mme ", "Isabelle Vandenbroucke", ", CPAS de Bruxelles", "BRUXELLES"),
            ("M. ", "Bart Peeters", ", OCMW Antwerpen", "ANTWERPEN"),
            ("Mme ", "Griet Mertens", ", OCMW Edegem", "EDEGEM")]
    exc = [("Mme ", "Véronique Dubois", ", CPAS de Charleroi", "CHARLEROI"),
           ("M. ", "Koen Van den Broeck", ", OCMW Schoten", "SCHOTEN"),
           ("M. ", "Jan De Smet", ", OCMW Mortsel", "MORTSEL")]
    para(d, [("Sont présents" + NB + ":", {"b": True})], after=2, keep=True)
    for t, n, r, _ in pres:
        para(d, t + n + r, style="List Bullet", after=0)
    para(d, [("Assiste également" + NB + ": ", {"b": True}),
             "Mme Marieke Segers, chercheuse (HoGent), pour le point IV."], before=4, after=0)
    para(d, [("Interprétation simultanée" + NB + ": ", {"b": True}), "Mme Sophie Wauters et M. Dirk Raes."],
         after=4)
    para(d, [("Sont excusés" + NB + ":", {"b": True})], after=2, keep=True)
    for t, n, r, _ in exc:
        para(d, t + n + r, style="List Bullet", after=0)
    people = ([[n, "Present", c] for _, n, _, c in pres] + [["Marieke Segers", "Present", None],
              ["Sophie Wauters", "Present", None], ["Dirk Raes", "Present", None]]
              + [[n, "Excused", c] for _, n, _, c in exc])

    ag = [("9 h 30 – 9 h 45", "Accueil / Onthaal", "09:30", "09:45"),
          ("9 h 45 – 10 h 00", "Approbation du procès-verbal du 16 mai 2019 / Goedkeuring van het verslag "
                               "van 16 mei 2019", "09:45", "10:00"),
          ("10 h 00 – 11 h 30", "État d" + Q + "avancement des projets / Stand van zaken van de projecten",
           "10:00", "11:30"),
          ("11 h 30 – 12 h 30", "Évaluation externe" + NB + ": résultats intermédiaires / Externe evaluatie: "
                                "tussentijdse resultaten", "11:30", "12:30"),
          ("12 h 30 – 13 h 30", "Lunch", "12:30", "13:30"),
          ("13 h 30 – 15 h 00", "Enquête de satisfaction et indicateurs / Tevredenheidsenquête en indicatoren",
           "13:30", "15:00"),
          ("15 h 00 – 15 h 30", "Divers et date de la prochaine réunion / Varia en datum volgende vergadering",
           "15:00", "15:30")]
    para(d, [("Ordre du jour / Agenda", {"b": True})], before=8, after=2, keep=True)
    for t, s, _, _ in ag:
        para(d, t + NB + ": " + s, style="List Number", after=0)

    H = []

    def h(num, title, level=1):
        p = d.add_heading("", level=level)
        add_runs(p, [(("%s. " % num if level == 1 else "%s) " % num) if num else "", {}), (title, {})])
        H.append([num, title])

    A = []
    h("I", "Accueil / Onthaal")
    para(d, "Le président ouvre la séance à 9 h 35 et souhaite la bienvenue aux participants, en particulier "
            "à Mme Segers (HoGent), chargée de l" + Q + "évaluation externe du programme.", align="j")
    h("II", "Approbation du procès-verbal du 16 mai 2019 / Goedkeuring van het verslag van 16 mei 2019")
    para(d, "Le procès-verbal de la réunion du 16 mai 2019 à Liège est approuvé moyennant une correction" + NB
            + ": au point 2, il convient de lire «" + NB + "trois contrats par participant" + NB
            + "» au lieu de «" + NB + "deux contrats" + NB + "». / Het verslag wordt goedgekeurd mits "
            "één correctie.", align="j")
    h("III", "État d" + Q + "avancement des projets / Stand van zaken van de projecten")
    h("a", "Gand", 2)
    para(d, "M. Verhulst indique que 41 participants ont été accueillis depuis janvier. La collaboration avec "
            "le Huis van het Nederlands a permis de réduire la liste d" + Q + "attente pour les cours de "
            "néerlandais.", align="j")
    h("b", "Liège", 2)
    para(d, "Mme Benali et M. Lhoest présentent le bilan de l" + Q + "atelier créatif. Le film réalisé avec "
            "les participants sera projeté lors de la journée portes ouvertes du CPAS.", align="j")
    h("c", "Charleroi", 2)
    para(d, "M. Lefèvre signale que le module 3 compte 27 participants. Le CPAS de Binche a rejoint les "
            "ateliers découvertes du mardi.", align="j")
    h("d", "Bruxelles", 2)
    rem = "[chiffres du module 2 à compléter par le CPAS de Bruxelles]"
    para(d, ["Mme Vandenbroucke expose les difficultés de recrutement rencontrées au printemps. Les chiffres "
             "du module 2 ne sont pas encore disponibles ", (rem, {"hl": WD_COLOR_INDEX.YELLOW}), "."], align="j")
    h("e", "Anvers et partenaires", 2)
    para(d, "M. Peeters et Mme Mertens présentent le fonctionnement avec les CPAS partenaires (Schoten, "
            "Edegem, Mortsel). Les participants des communes partenaires suivent les modules collectifs à "
            "Anvers" + NB + "; l" + Q + "accompagnement individuel se fait localement.", align="j")
    h("IV", "Évaluation externe" + NB + ": résultats intermédiaires")
    para(d, "Mme Segers présente les premiers résultats de l" + Q + "évaluation externe (entretiens avec "
            "38 participants et 12 travailleurs). Points forts" + NB + ": le travail intensif avec le public, "
            "les liens créés au sein des groupes. Points d" + Q + "amélioration" + NB + ": la communication "
            "sur les changements d" + Q + "horaire, l" + Q + "anticipation des démarches administratives.",
         align="j")
    para(d, "Mme Segers partagera son rapport intermédiaire avec les CPAS dès sa validation par le comité "
            "d" + Q + "accompagnement.", align="j")
    A.append(["Network Contact", ["Marieke Segers"], None, "Mme Segers partagera son rapport intermédiaire"])
    h("V", "Enquête de satisfaction et indicateurs")
    para(d, "Le SPP IS présente la version revue de l" + Q + "enquête de satisfaction (pictogrammes, phrases "
            "courtes). Les CPAS demandent une version en arabe, en anglais et en dari. M. Peeters et "
            "Mme Claeys prépareront pour la prochaine réunion un atelier sur les indicateurs de résultat.",
         align="j")
    A.append(["Several Network Contacts", ["Bart Peeters", "Hanne Claeys"], None,
              "M. Peeters et Mme Claeys prépareront"])
    h("VI", "Divers")
    para(d, "Mme Benali rappelle que les pièces justificatives du projet doivent être conservées selon les "
            "règles du fonds. Aucune autre question n" + Q + "est soulevée.", align="j")
    h("VII", "Décisions et actions")
    para(d, [("Décisions" + NB + ":", {"b": True})], after=2)
    for s in ["Le procès-verbal du 16 mai 2019 est approuvé tel que corrigé.",
              "L" + Q + "enquête de satisfaction sera utilisée dans tous les CPAS à partir de janvier 2020."]:
        para(d, "– " + s, indent=0.6, after=0)
    para(d, [("Actions" + NB + ":", {"b": True})], before=4, after=2)
    acts = ["Le SPP IS transmettra la version définitive de l" + Q + "enquête de satisfaction, avec les "
            "traductions, pour le 15 novembre 2019.",
            "Le CPAS de Bruxelles communiquera ses chiffres du module 2 au secrétariat avant le "
            "15 novembre 2019.",
            "Mme Segers partagera son rapport intermédiaire (cf. point IV).",
            "M. Peeters et Mme Claeys préparent l" + Q + "atelier sur les indicateurs (cf. point V).",
            "Recherche d" + Q + "un interprète en dari pour tester l" + Q + "enquête" + NB
            + ": responsable à désigner."]
    for s in acts:
        para(d, "– " + s, indent=0.6, after=0)
    A.append(["SPP", [], None, "Le SPP IS transmettra la version définitive"])
    A.append(["CPAS", [], "BRUXELLES", "Le CPAS de Bruxelles communiquera ses chiffres"])
    A.append(["To Be Assigned", [], None, "Recherche d" + Q + "un interprète en dari pour"])
    nm = "La prochaine réunion aura lieu le jeudi 12 mars 2020 à l" + Q + "OCMW Antwerpen."
    para(d, nm, before=6)
    para(d, "La séance est levée à 15 h 50.")
    t = d.add_table(rows=1, cols=2)
    cell_text(t.cell(0, 0), [("Pour le secrétariat,\nKatrien Vandamme", {})])
    cell_text(t.cell(0, 1), [("Le président,\nThomas Lejeune", {})], align="r")

    h("", "Samenvatting in het Nederlands")
    para(d, "Het verslag van 16 mei 2019 werd goedgekeurd met één correctie. De OCMW" + Q + "s gaven een stand "
            "van zaken; de externe evaluatie (HoGent) noemt het intensieve werk met de deelnemers en de "
            "groepsdynamiek als sterke punten. Afspraken:", align="j", after=2)
    for s in ["De POD MI bezorgt de definitieve enquête met vertalingen tegen 15 november 2019.",
              "Het OCMW Brussel bezorgt de cijfers van module 2 vóór 15 november 2019.",
              "Mevr. Segers deelt het tussentijdse evaluatierapport.",
              "Dhr. Peeters en mevr. Claeys bereiden een workshop over indicatoren voor.",
              "Er wordt nog iemand gezocht om met een tolk Dari de enquête te testen."]:
        para(d, s, style="List Bullet", after=0)
    para(d, "Volgende vergadering: donderdag 12 maart 2020, OCMW Antwerpen.", before=4)
    save(d, name)
    return expected(name, ["fr", "nl"], False, True, "2019-10-17", people,
                    [[s, e, t] for _, t, s, e in ag], H, A, {"date": "2020-03-12", "text": nm}, [rem])


# ----------------------------------------------------------------------------------------------
# 291 - The e-mail summary of an online Teams meeting (April 2020) pasted into Word to be filed:
#       Outlook header block with soft line breaks, "1)" section lines, "->" action lines,
#       the signature and the quoted earlier message below.
# ----------------------------------------------------------------------------------------------
def r291():
    name = "291_reunion_teams_fami_compte_rendu_avril2020.docx"
    Q = "’"
    d = new_doc("Calibri", 11, margins=(2.0, 2.0, 2.0, 2.0), author="Véronique Dubois",
                created=dt.datetime(2020, 4, 27, 8, 55))
    para(d, [("Réunion FAMI Teams du 23/04/2020 – compte rendu (copie du mail de Thomas, classé le 27/04)",
              {"b": True, "color": BLUE})], after=10)
    para(d, [("De :", {"b": True}), " Lejeune Thomas\n", ("Envoyé :", {"b": True}),
             " vendredi 24 avril 2020 11:42\n", ("À :", {"b": True}), " Réseau FAMI CPAS\n",
             ("Cc :", {"b": True}), " Vandamme Katrien\n", ("Objet :", {"b": True}),
             " Compte rendu – réunion Teams FAMI du 23 avril"], after=12)
    para(d, "Bonjour à toutes et à tous,", after=8)
    para(d, "Voici un bref compte rendu de notre réunion Teams d" + Q + "hier (jeudi 23 avril, de 10h à 11h30). "
            "Merci pour votre participation malgré les circonstances !", after=8)
    para(d, "Participants : Katrien Vandamme (POD MI), Nadia Benali et Marc Thonon (CPAS Liège), Véronique "
            "Dubois et Fatima Ouali (CPAS Charleroi), Isabelle Vandenbroucke (CPAS Bruxelles), Pieter "
            "Verhulst (OCMW Gent), Bart Peeters (OCMW Anvers) et moi-même, Thomas Lejeune (SPP IS).", after=0)
    para(d, "Excusée : Laurence Hubert (CPAS Binche), qui nous a transmis ses infos par mail.", after=8)
    people = [["Katrien Vandamme", "Present", "SPP"], ["Nadia Benali", "Present", "LIEGE"],
              ["Marc Thonon", "Present", "LIEGE"], ["Véronique Dubois", "Present", "CHARLEROI"],
              ["Fatima Ouali", "Present", "CHARLEROI"], ["Isabelle Vandenbroucke", "Present", "BRUXELLES"],
              ["Pieter Verhulst", "Present", "GENT"], ["Bart Peeters", "Present", "ANTWERPEN"],
              ["Thomas Lejeune", "Present", "SPP"], ["Laurence Hubert", "Excused", "BINCHE"]]
    H, A = [], []

    def sec(num, title):
        para(d, [("%s) %s" % (num, title), {"b": True})], before=6, after=2)
        H.append([num, title])

    def line(s):
        para(d, s, after=0)

    sec("1", "Situation dans les CPAS")
    line("- Les antennes sociales fonctionnent surtout par téléphone. Les modules collectifs sont suspendus "
         "partout depuis le 16 mars.")
    line("- Liège et Charleroi prévoient une reprise progressive en petits groupes : 3 participants + "
         "1 formateur maximum, dès que les mesures le permettront.")
    line("- Gand applique la règle 4 + 1 pour les entretiens collectifs dans la grande salle.")
    line("- Anvers maintient les suivis individuels par téléphone et par WhatsApp.")
    rem = "[chiffres Bruxelles à compléter]"
    line("- Bruxelles : " + rem + " participants contactés par téléphone depuis le début du confinement.")
    sec("2", "Modules à distance")
    line("- Marc et Fatima ont développé des fiches d" + Q + "exercices (français, calcul, vie quotidienne) "
         "envoyées par courrier ou par WhatsApp. Beaucoup de participants n" + Q + "ont pas d" + Q
         + "ordinateur : le smartphone reste le seul outil.")
    line("-> Marc et Fatima : partager leurs fiches d" + Q + "exercices avec les autres CPAS (format PDF).")
    A.append(["Several Network Contacts", ["Marc Thonon", "Fatima Ouali"], None,
              "partager leurs fiches d" + Q + "exercices avec les autres CPAS"])
    line("- Question : les appels vidéo et téléphoniques peuvent-ils compter comme séances pour le FAMI ?")
    line("-> Katrien vérifie avec l" + Q + "autorité responsable et revient vers nous.")
    A.append(["Network Contact", ["Katrien Vandamme"], None, "Katrien vérifie avec l" + Q + "autorité responsable"])
    sec("3", "Rapportage / indicateurs")
    line("- Le délai du rapport annuel est maintenu.")
    line("-> Chaque CPAS envoie d" + Q + "ici le 8 mai une estimation du nombre de participants suivis à distance.")
    A.append(["CPAS", [], None, "Chaque CPAS envoie d" + Q + "ici le 8 mai"])
    line("- Le SPP reviendra vers vous sur une éventuelle prolongation de la période du projet.")
    A.append(["SPP", [], None, "Le SPP reviendra vers vous sur"])
    sec("4", "Divers")
    line("- Pieter demande si la réunion de juin à Liège est maintenue : sans doute pas, on verra en mai.")
    nm = "Prochain Teams : jeudi 28 mai à 10h (l" + Q + "invitation suit)."
    para(d, [(nm, {"b": True})], before=8, after=8)
    para(d, "Bonne fin de semaine et prenez soin de vous,", after=0)
    para(d, "Thomas", after=10)
    para(d, [("Thomas Lejeune\nAttaché – Cellule FAMI\nSPP Intégration Sociale", {"size": 9, "color": GREY})],
         after=10)
    para(d, "________________________________", after=4)
    para(d, [("De :", {"b": True}), " Benali Nadia\n", ("Envoyé :", {"b": True}), " jeudi 23 avril 2020 08:15\n",
             ("À :", {"b": True}), " Lejeune Thomas\n", ("Objet :", {"b": True}), " RE: Réunion Teams FAMI – 23/04"],
         after=8)
    para(d, "Bonjour Thomas,", after=4)
    para(d, "Je serai connectée avec Marc. Nous n" + Q + "avons pas de micro dans le bureau, nous utiliserons le "
            "chat si nécessaire.", after=4)
    para(d, "Nadia")
    save(d, name)
    return expected(name, ["fr"], True, False, "2020-04-23", people, [], H, A,
                    {"date": "2020-05-28", "text": nm}, [rem])


# ----------------------------------------------------------------------------------------------
# 292 - Isabelle Vandenbroucke (coordinatrice, CPAS de Bruxelles) keeps a manager's record of
#       decisions and actions of an online network meeting: info table with a one-line agenda,
#       participants table with a P/E column (presents and excused mixed), decisions D1-D4,
#       action table with initials, "Tous les CPAS", "à définir".
# ----------------------------------------------------------------------------------------------
def r292():
    name = "292_releve_decisions_actions_reseau_juin2021.docx"
    d = new_doc("Calibri", 10.5, margins=(2.0, 1.8, 2.0, 2.0), author="Isabelle Vandenbroucke",
                created=dt.datetime(2021, 6, 10, 14, 20), title="Relevé décisions actions 10/06/2021")
    header_lines(d, ["CPAS de Bruxelles – Département Action sociale – Projet FAMI"], align="l", size=8)
    footer_line(d, "Relevé D&A – réseau FAMI – 10/06/2021", page=None, align="r")

    para(d, [("RELEVÉ DES DÉCISIONS ET ACTIONS", {"b": True, "size": 14, "color": BLUE})], after=0)
    para(d, [("Réunion du réseau FAMI – 10/06/2021 – Teams", {"size": 11})], after=8)
    agenda_line = ("1. Tour de table – 2. Enquête de satisfaction – 3. Règles sanitaires et reprise des "
                   "groupes – 4. Indicateurs 2020")
    t = table(d, [["Réunion", "Réseau FAMI des CPAS (réunion trimestrielle)"],
                  ["Date / heure", "10/06/2021, 9h30 – 12h00"],
                  ["Lieu", "En ligne (Microsoft Teams), invitation du POD MI"],
                  ["Rédaction", "I. Vandenbroucke (usage interne + envoi au réseau)"],
                  ["Ordre du jour", agenda_line]], widths=[3.5, 13], header=False, size=10)
    for r in t.rows:
        shade_cell(r.cells[0], "F2F2F2")
        for run in r.cells[0].paragraphs[0].runs:
            run.bold = True
    agenda = [[None, None, "Tour de table"], [None, None, "Enquête de satisfaction"],
              [None, None, "Règles sanitaires et reprise des groupes"], [None, None, "Indicateurs 2020"]]

    rows = [("Isabelle Vandenbroucke", "CPAS Bruxelles", "P", "BRUXELLES"),
            ("Samir Haddad", "CPAS Bruxelles", "P", "BRUXELLES"),
            ("Marie-Claire Nkulu", "CPAS Bruxelles", "E", "BRUXELLES"),
            ("Katrien Vandamme", "POD MI", "P", "SPP"),
            ("Thomas Lejeune", "SPP IS", "P", "SPP"),
            ("Pieter Verhulst", "OCMW Gent", "P", "GENT"),
            ("Youssef El Amrani", "OCMW Gent", "P", "GENT"),
            ("Nadia Benali", "CPAS Liège", "P", "LIEGE"),
            ("Véronique Dubois", "CPAS Charleroi", "E", "CHARLEROI"),
            ("Fatima Ouali", "CPAS Charleroi", "P", "CHARLEROI"),
            ("Bart Peeters", "OCMW Antwerpen", "P", "ANTWERPEN"),
            ("Laurence Hubert", "CPAS Binche", "E", "BINCHE")]
    para(d, [("Participants", {"b": True})], before=10, after=2, keep=True)
    table(d, [["Nom", "Organisation", "P/E"]] + [[n, o, s] for n, o, s, _ in rows], widths=[6, 6, 1.6], size=10)
    para(d, [("P = présent·e ; E = excusé·e", {"i": True, "size": 8, "color": GREY})], after=6)
    people = ([[n, "Present", c] for n, _, s, c in rows if s == "P"]
              + [[n, "Excused", c] for n, _, s, c in rows if s == "E"])

    H = []

    def h(num, title):
        d.add_heading("%s. %s" % (num, title), level=2)
        H.append([num, title])

    h("A", "Décisions")
    for s in ["D1 – Les réunions du réseau restent en ligne jusqu'à l'été ; la réunion de septembre se fera en "
              "présentiel si les mesures le permettent.",
              "D2 – À partir du 1er juillet, les groupes peuvent passer à 6 participants + 1 formateur (au lieu "
              "de 3 + 1 ou 4 + 1), dans le respect des règles locales.",
              "D3 – L'enquête de satisfaction est adoptée dans sa version courte (10 questions, pictogrammes).",
              "D4 – Les indicateurs 2020 sont validés, sous réserve des corrections de Bruxelles et de Binche."]:
        para(d, s, after=3, align="j")
    h("B", "Actions")
    acts = [("Envoyer la nouvelle version de l'enquête de satisfaction (FR/NL/EN/AR)", "SPP", "30/06",
             ["SPP", [], None, "Envoyer la nouvelle version de l'enquête"]),
            ("Vérifier la version arabe de l'enquête avant l'envoi", "Youssef (Gand)", "25/06",
             ["Network Contact", ["Youssef El Amrani"], None, "Vérifier la version arabe de l'enquête"]),
            ("Tester l'enquête avec au moins un groupe de participants", "Tous les CPAS", "septembre",
             ["CPAS", [], None, "Tester l'enquête avec au moins un groupe"]),
            ("Organiser une visite du projet de Gand pour l'équipe bruxelloise", "SH / MCN", "après l'été",
             ["Several Network Contacts", ["Samir Haddad", "Marie-Claire Nkulu"], None,
              "Organiser une visite du projet de Gand"]),
            ("Présenter les résultats du module « logement » à la prochaine réunion", "CPAS Charleroi", "23/09",
             ["CPAS", [], "CHARLEROI", "Présenter les résultats du module"]),
            ("Rédiger une note commune sur l'application de la règle 6 + 1", "à définir", "–",
             ["To Be Assigned", [], None, "Rédiger une note commune sur l'application"]),
            ("Transmettre le tableau des indicateurs 2020 corrigé", "IV", "18/06",
             ["Network Contact", ["Isabelle Vandenbroucke"], None, "Transmettre le tableau des indicateurs 2020 corrigé"]),
            ("Envoyer les corrections des indicateurs de Binche", "CPAS Binche", "18/06",
             ["CPAS", [], "BINCHE", "Envoyer les corrections des indicateurs de Binche"])]
    table(d, [["N°", "Action", "Responsable", "Échéance"]] + [[str(i + 1), a, b, c] for i, (a, b, c, _) in
                                                               enumerate(acts)],
          widths=[1, 9.5, 3.3, 2.4], size=10)
    h("C", "Points d'attention (équipe bruxelloise)")
    for s in ["La salle du 3e étage reste limitée à 4 participants + 1 formateur (surface).",
              "Le tableau des indicateurs doit reprendre les participants de Binche séparément."]:
        para(d, s, style="List Bullet", after=0)
    nm = "Prochaine réunion réseau : 23/09/2021, en présentiel à Liège si possible."
    para(d, [(nm, {"b": True})], before=10)
    save(d, name)
    return expected(name, ["fr"], True, False, "2021-06-10", people, agenda, H, [a[3] for a in acts],
                    {"date": "2021-09-23", "text": nm}, [])


# ----------------------------------------------------------------------------------------------
# 293 - Annelies De Wilde (POD MI) reports the first hybrid meeting, hosted by partner OCMW
#       Schoten: people grouped by organisation, in the room / online; agenda with start times
#       only ("13.30 u."); Word-numbered list of agreements with the owner in brackets; a French
#       summary that repeats the agreements.
# ----------------------------------------------------------------------------------------------
def r293():
    name = "293_verslag_hybride_bijeenkomst_schoten_nov2022.docx"
    Q = "’"
    d = new_doc("Calibri", 11, author="Annelies De Wilde", created=dt.datetime(2022, 11, 28, 9, 30),
                title="Verslag AMIF-netwerk 24/11/2022")
    tagline_header(d)
    footer_line(d, "Verslag AMIF-netwerk – Schoten, 24 november 2022 – versie 2", page=" | ", align="c")

    d.add_paragraph("Verslag AMIF-netwerk OCMW" + Q + "s", style="Title")
    d.add_paragraph("Bijeenkomst van 24 november 2022 – Sociaal Huis Schoten en via Teams (hybride)",
                    style="Subtitle")
    para(d, [("Verslag: Annelies De Wilde (POD MI) – versie 2, na opmerkingen van Koen en Bart",
              {"i": True, "size": 9, "color": GREY})], after=6)
    para(d, "Simultaanvertaling NL-FR via het tolkkanaal in Teams.", after=8)

    para(d, [("Aanwezig in Schoten", {"b": True})], after=2, keep=True)
    room = [("OCMW Schoten", [("Koen Van den Broeck", " (gastheer)")], "SCHOTEN"),
            ("OCMW Antwerpen", [("Bart Peeters", ""), ("Lotte Wouters", "")], "ANTWERPEN"),
            ("OCMW Edegem", [("Griet Mertens", "")], "EDEGEM"),
            ("OCMW Mortsel", [("Jan De Smet", "")], "MORTSEL"),
            ("POD MI", [("Annelies De Wilde", ""), ("Julie Renard", "")], "SPP")]
    online = [("OCMW Gent", [("Hanne Claeys", ""), ("Sofie Van Acker", "")], "GENT"),
              ("CPAS Luik", [("Céline Dethier", "")], "LIEGE"),
              ("CPAS Charleroi", [("Damien Lefèvre", "")], "CHARLEROI"),
              ("CPAS Brussel", [("Samir Haddad", "")], "BRUXELLES"),
              ("Tolk", [("Anne Gilson", "")], None)]
    people = []
    for grp in (room, online):
        if grp is online:
            para(d, [("Online (Teams)", {"b": True})], before=4, after=2, keep=True)
        for org, ps, code in grp:
            para(d, [(org + ": ", {"b": True}), ", ".join(n + x for n, x in ps)], style="List Bullet", after=0)
            people += [[n, "Present", code] for n, _ in ps]
    exc = [("Pieter Verhulst", "OCMW Gent", "GENT"), ("Nadia Benali", "CPAS Luik", "LIEGE"),
           ("Laurence Hubert", "CPAS Binche", "BINCHE")]
    para(d, [("Verontschuldigd: ", {"b": True}), ", ".join("%s (%s)" % (n, o) for n, o, _ in exc)],
         before=4, after=8)
    people += [[n, "Excused", c] for n, _, c in exc]

    ag = [("13.30 u.", "Welkom door OCMW Schoten", "13:30"),
          ("13.45 u.", "Kennismaking met de partner-OCMW" + Q + "s van Antwerpen", "13:45"),
          ("14.30 u.", "AMIF 2021-2027: gemeenschappelijke indicatoren (POD MI)", "14:30"),
          ("15.15 u.", "Pauze", "15:15"),
          ("15.30 u.", "Uitwisseling: kwetsbare deelnemers bereiken", "15:30"),
          ("16.30 u.", "Afspraken en einde", "16:30")]
    para(d, [("Agenda", {"b": True})], after=2, keep=True)
    for t, s, _ in ag:
        para(d, t + "\t" + s, after=0, tabs=[2.0])

    H = []

    def h(num, title, level=1):
        d.add_heading((num + (". " if "." not in num else " ") if num else "") + title, level=level)
        H.append([num, title])

    h("1", "Welkom")
    para(d, "Koen Van den Broeck verwelkomt de deelnemers in het Sociaal Huis van Schoten. Het is de eerste "
            "hybride bijeenkomst van het netwerk: de Franstalige collega" + Q + "s volgen via Teams, met "
            "vertaling via het tolkkanaal (Anne Gilson). De geluidskwaliteit in de zaal was in het begin zwak; "
            "na de pauze werd een extra micro gebruikt.", align="j")
    h("2", "De partner-OCMW" + Q + "s van Antwerpen")
    para(d, "Bart licht toe hoe de partnerwerking georganiseerd is. De partner-OCMW" + Q + "s verwijzen "
            "deelnemers naar de groepsmodules in Antwerpen; de intake en de individuele begeleiding gebeuren "
            "lokaal.", align="j")
    h("2.1", "Schoten", 2)
    para(d, "Schoten begeleidt dit jaar 11 deelnemers. Het vervoer naar Antwerpen blijft een drempel; het OCMW "
            "betaalt nu een abonnement van De Lijn voor de duur van de module.", align="j")
    h("2.2", "Edegem", 2)
    para(d, "Griet meldt 7 deelnemers, vooral vrouwen met jonge kinderen. Kinderopvang tijdens de modules is "
            "het grootste knelpunt.", align="j")
    h("2.3", "Mortsel", 2)
    rem = "[aantal deelnemers Mortsel nog aan te vullen]"
    para(d, ["Mortsel is pas in september gestart ", (rem, {"hl": WD_COLOR_INDEX.YELLOW}),
             ". Jan noemt de eerste ervaringen met de intake positief."], align="j")
    h("3", "AMIF 2021-2027: gemeenschappelijke indicatoren")
    para(d, "Julie Renard stelt de gemeenschappelijke output- en resultaatindicatoren van het nieuwe fonds voor "
            "(Verordening (EU) 2021/1147): deelnemers aan ondersteunende activiteiten, opgesplitst naar "
            "taalcursus, inburgeringscursus en persoonlijke professionele begeleiding; deelnemers aan een "
            "taalcursus die minstens één ERK-niveau gestegen zijn; deelnemers die aangeven dat de activiteit "
            "hun integratie heeft geholpen. De OCMW" + Q + "s leveren de cijfers jaarlijks aan de POD MI.",
         align="j")
    para(d, "Vraag van Charleroi: hoe meten we een ERK-niveau bij deelnemers die niet kunnen lezen of schrijven? "
            "Julie antwoordt dat enkel deelnemers met een begin- en eindtest meetellen voor die indicator.",
         align="j")
    h("4", "Uitwisseling: kwetsbare deelnemers bereiken")
    for s in ["Samenwerken met de maatschappelijk werkers van de antennes blijft de beste manier om "
              "deelnemers te vinden.",
              "Deelnemers die weinig geletterd zijn haken af bij lange infosessies; Charleroi werkt nu met "
              "korte sessies van 45 minuten.",
              "Hanne: de tevredenheidsenquête blijft moeilijk; de vertalingen helpen, maar voor het Tigrinya "
              "bestaat nog geen versie.",
              "Kinderopvang tijdens de activiteiten (Edegem, Brussel) verhoogt duidelijk de aanwezigheidsgraad."]:
        para(d, s, style="List Bullet", after=0)
    h("5", "Afspraken")
    acts = [("Indicatorenfiche met definities en rapporteringsschema bezorgen aan alle OCMW" + Q + "s (POD MI)",
             ["SPP", [], None, "Indicatorenfiche met definities en rapporteringsschema bezorgen"]),
            ("Elk OCMW duidt vóór 15 december één contactpersoon aan voor de indicatoren.",
             ["CPAS", [], None, "Elk OCMW duidt vóór 15 december"]),
            ("Voorbeeld van de samenwerkingsovereenkomst tussen Antwerpen en de partners delen (Lotte)",
             ["Network Contact", ["Lotte Wouters"], None, "Voorbeeld van de samenwerkingsovereenkomst tussen Antwerpen"]),
            ("Griet en Jan werken samen een flyer uit voor de maatschappelijk werkers van de partner-OCMW" + Q + "s.",
             ["Several Network Contacts", ["Griet Mertens", "Jan De Smet"], None, "Griet en Jan werken samen een flyer"]),
            ("Nagaan of de enquête in het Tigrinya vertaald kan worden (wie: nog te bepalen)",
             ["To Be Assigned", [], None, "Nagaan of de enquête in het Tigrinya"])]
    for s, _ in acts:
        para(d, s, style="List Number", after=0)
    nm = "Volgende bijeenkomst: dinsdag 7 maart 2023 in Charleroi (tolken nog te bevestigen)."
    para(d, [(nm, {"b": True})], before=8)

    h("", "Résumé en français")
    for s in ["Première réunion hybride du réseau, accueillie par le CPAS de Schoten, partenaire d" + Q
              + "Anvers. Les CPAS partenaires (Schoten, Edegem, Mortsel) ont présenté leur fonctionnement ; le "
              "SPP a présenté les indicateurs communs du FAMI 2021-2027. Actions :",
              "• le SPP envoie une fiche sur les indicateurs à tous les CPAS ;",
              "• chaque CPAS désigne une personne de contact pour les indicateurs avant le 15 décembre ;",
              "• Lotte partage l" + Q + "exemple de convention de partenariat ;",
              "• Griet et Jan préparent un dépliant pour les assistants sociaux ;",
              "• traduction de l" + Q + "enquête en tigrinya : responsable à définir.",
              "Prochaine réunion : mardi 7 mars 2023 à Charleroi."]:
        para(d, [(s, {"i": True})], after=0, indent=0.5 if s.startswith("•") else None)
    save(d, name)
    return expected(name, ["nl", "fr"], True, True, "2022-11-24", people,
                    [[s, None, t] for _, t, s in ag], H, [a for _, a in acts],
                    {"date": "2023-03-07", "text": nm}, [rem])


# ----------------------------------------------------------------------------------------------
# 294 - Julie Renard (SPP IS) writes the report of the meeting hosted by partner CPAS Binche,
#       with annexes (summary of Binche's slides, indicator table with a missing row); names as
#       "Prénom NOM"; programme table with speakers; actions with "– Qui : ..." after the task.
# ----------------------------------------------------------------------------------------------
def r294():
    name = "294_rapport_rencontre_reseau_binche_oct2023.docx"
    Q = "’"
    d = new_doc("Calibri", 11, author="Julie Renard", last_by="Annelies De Wilde",
                created=dt.datetime(2023, 10, 16, 11, 0), title="Rapport rencontre réseau FAMI Binche")
    tagline_header(d)
    footer_line(d, "Rapport de la rencontre du réseau FAMI – Binche, 12/10/2023 – page ", page="",
                of_total=True, align="r")

    para(d, [("Rapport de la rencontre du réseau FAMI", {"b": True, "size": 18, "color": BLUE})], after=4)
    para(d, [("Jeudi 12 octobre 2023 – CPAS de Binche, salle du conseil, rue de la Régence 9, 7130 Binche",
              {"b": True})], after=2)
    para(d, [("Rédaction" + NB + ": Julie RENARD (SPP IS) – Relecture" + NB + ": Annelies DE WILDE (POD MI)",
              {"i": True, "color": GREY, "size": 9})], after=8)

    pres = [("Laurence HUBERT", " – CPAS de Binche (accueil)", "BINCHE"),
            ("Jérôme DELVAUX", " – CPAS de Binche", "BINCHE"),
            ("Véronique DUBOIS", " – CPAS de Charleroi", "CHARLEROI"),
            ("Damien LEFÈVRE", " – CPAS de Charleroi", "CHARLEROI"),
            ("Céline DETHIER", " – CPAS de Liège", "LIEGE"),
            ("Grégory LHOEST", " – CPAS de Liège", "LIEGE"),
            ("Samir HADDAD", " – CPAS de Bruxelles", "BRUXELLES"),
            ("Hanne CLAEYS", " – OCMW Gent", "GENT"),
            ("Eline JANSSENS", " – OCMW Antwerpen", "ANTWERPEN"),
            ("Julie RENARD", " – SPP IS", "SPP"),
            ("Annelies DE WILDE", " – POD MI", "SPP")]
    exc = [("Bart PEETERS", " – OCMW Antwerpen", "ANTWERPEN"),
           ("Isabelle VANDENBROUCKE", " – CPAS de Bruxelles", "BRUXELLES")]
    para(d, [("Présents" + NB + ":", {"b": True})], after=2, keep=True)
    for n, o, _ in pres:
        para(d, n + o, style="List Bullet", after=0)
    para(d, "Sophie WAUTERS et Dirk RAES – interprètes", style="List Bullet", after=0)
    para(d, [("Excusés" + NB + ":", {"b": True})], before=4, after=2, keep=True)
    for n, o, _ in exc:
        para(d, n + o, style="List Bullet", after=0)
    people = ([[n, "Present", c] for n, _, c in pres] + [["Sophie WAUTERS", "Present", None],
              ["Dirk RAES", "Present", None]] + [[n, "Excused", c] for n, _, c in exc])

    ag = [("9h30 - 10h00", "Accueil et café", "CPAS de Binche", "09:30", "10:00"),
          ("10h00 - 10h30", "Mot d" + Q + "accueil et présentation du projet de Binche", "L. Hubert", "10:00", "10:30"),
          ("10h30 - 11h45", "Tour de table des CPAS", "tous", "10:30", "11:45"),
          ("11h45 - 12h30", "Indicateurs communs FAMI 2021-2027" + NB + ": premier rapportage", "SPP IS",
           "11:45", "12:30"),
          ("12h30 - 13h30", "Lunch", "", "12:30", "13:30"),
          ("13h30 - 14h30", "Visite de l" + Q + "atelier couture", "J. Delvaux", "13:30", "14:30"),
          ("14h30 - 15h00", "Actions et clôture", "SPP IS", "14:30", "15:00")]
    para(d, [("Programme", {"b": True})], before=8, after=2, keep=True)
    table(d, [["Heure", "Point", "Intervenant·e"]] + [[a, b, c] for a, b, c, _, _ in ag],
          widths=[3, 9.5, 3.5], size=10, style="Light Grid Accent 1", shade=None)

    H = []

    def h(num, title, level=2, pb=False):
        p = d.add_heading(("%s. " % num if num else "") + title, level=level)
        if pb:
            p.paragraph_format.page_break_before = True
        H.append([num, title])

    A = []
    h("1", "Mot d" + Q + "accueil et présentation du projet de Binche")
    para(d, "Laurence HUBERT accueille le réseau au nom du CPAS de Binche, partenaire du CPAS de Charleroi "
            "depuis 2017. Elle présente le projet «" + NB + "Pas à pas" + NB + "»" + NB + ": un "
            "accompagnement individuel mensuel, un atelier couture hebdomadaire et la participation aux "
            "séances d" + Q + "information de Charleroi (voir annexe 1). Le projet compte actuellement "
            "16 participants, dont 12 femmes.", align="j")
    h("2", "Tour de table des CPAS")
    for s in ["Charleroi" + NB + ": 34 participants dans le module 2023-2024" + NB + "; les séances "
              "d" + Q + "information sont désormais limitées à 45 minutes.",
              "Liège" + NB + ": Céline signale une forte hausse des demandes venant des antennes" + NB
              + "; un deuxième groupe de français débutant a été ouvert.",
              "Bruxelles" + NB + ": Samir présente le nouvel atelier «" + NB + "logement" + NB + "»" + NB
              + "; les chiffres 2022 sont en cours de correction (voir annexe 2).",
              "Gand" + NB + ": Hanne annonce que l" + Q + "enquête de satisfaction existe maintenant en arabe, "
              "en dari, en tigrinya et en anglais.",
              "Anvers et partenaires" + NB + ": Eline fait le point sur Schoten, Edegem et Mortsel" + NB
              + "; la collaboration se passe bien."]:
        para(d, s, style="List Bullet", after=0, align="j")
    h("3", "Indicateurs communs" + NB + ": premier rapportage")
    para(d, "Julie RENARD présente le premier tableau des indicateurs communs (annexe 2). Les CPAS remarquent "
            "que l" + Q + "indicateur «" + NB + "participants ayant progressé d" + Q + "au moins un niveau "
            "du CECR" + NB + "» est difficile à mesurer pour les personnes analphabètes. Le SPP propose de ne "
            "compter que les participants qui ont passé un test au début et à la fin du module.", align="j",
         before=6)
    h("4", "Visite de l" + Q + "atelier couture")
    para(d, "L" + Q + "après-midi, Jérôme DELVAUX fait visiter l" + Q + "atelier couture. Les participantes y "
            "réalisent des vêtements pour leurs enfants et apprennent le vocabulaire français des tissus et "
            "des mesures. Plusieurs CPAS souhaitent s" + Q + "en inspirer.", align="j")
    h("5", "Actions")
    acts = [("Envoyer la version corrigée du tableau des indicateurs (annexe 2) à tous les CPAS", "SPP IS",
             ["SPP", [], None, "Envoyer la version corrigée du tableau"]),
            ("Compléter la ligne de Bruxelles dans le tableau de l" + Q + "annexe 2", "CPAS de Bruxelles",
             ["CPAS", [], "BRUXELLES", "Compléter la ligne de Bruxelles dans"]),
            ("Partager le modèle simplifié de contrat participant", "Céline",
             ["Network Contact", ["Céline DETHIER"], None, "Partager le modèle simplifié de contrat"]),
            ("Proposer deux dates pour une visite de l" + Q + "atelier couture par l" + Q + "équipe d" + Q
             + "Anvers", "Laurence et Jérôme",
             ["Several Network Contacts", ["Laurence HUBERT", "Jérôme DELVAUX"], None,
              "Proposer deux dates pour une visite"]),
            ("Vérifier le budget disponible pour l" + Q + "interprétation en 2024", "à définir",
             ["To Be Assigned", [], None, "Vérifier le budget disponible pour l" + Q + "interprétation"])]
    for s, who, _ in acts:
        para(d, [s + " – ", ("Qui" + NB + ": " + who, {"b": True})], style="List Bullet", after=0)
    h("6", "Prochaine rencontre")
    nm = "Prochaine rencontre" + NB + ": printemps 2024, à Gand (date à fixer)."
    para(d, nm)

    h("", "Annexe 1 – Présentation du projet de Binche", level=1)
    para(d, [("Projet «" + NB + "Pas à pas" + NB + "» – CPAS de Binche (résumé des slides)", {"i": True})])
    for s in ["Public" + NB + ": personnes primo-arrivantes bénéficiant du revenu d" + Q + "intégration, "
              "majoritairement des femmes",
              "Recrutement" + NB + ": par les assistants sociaux du CPAS, entretien d" + Q + "admission par "
              "Jérôme DELVAUX",
              "Axes" + NB + ": accompagnement individuel (1x/mois), atelier couture (1x/semaine), séances "
              "d" + Q + "information à Charleroi",
              "Équipe" + NB + ": 1 ETP + 2 x 0,5 ETP",
              "Financement" + NB + ": FAMI et moyens propres du CPAS"]:
        para(d, s, style="List Bullet", after=0)
    h("", "Annexe 2 – Indicateurs communs 2022 par CPAS", level=1)
    rem = "[chiffres de Bruxelles à compléter]"
    rows = [["CPAS", "Participants (activités de soutien)", "dont cours de langue",
             "Progression ≥ 1 niveau CECR", "Intégration aidée (déclaré)"],
            ["Gand", "58", "41", "17", "49"], ["Liège", "72", "50", "21", "60"],
            ["Charleroi", "66", "38", "12", "51"], ["Bruxelles", rem, "–", "–", "–"],
            ["Anvers (+ Schoten, Edegem, Mortsel)", "81", "55", "24", "70"],
            ["Binche", "16", "9", "3", "14"]]
    table(d, rows, widths=[4.2, 3.4, 2.8, 2.8, 2.8], size=9)
    para(d, [("Source" + NB + ": rapportage des CPAS au SPP IS, état au 30/09/2023.", {"i": True, "size": 9})],
         before=4)
    save(d, name)
    return expected(name, ["fr"], False, True, "2023-10-12", people,
                    [[s, e, t] for _, t, _, s, e in ag], H, [a for _, _, a in acts],
                    {"date": None, "text": nm}, [rem])


# ----------------------------------------------------------------------------------------------
# 295 - Annelies De Wilde's short notes of a 45-minute Webex check-in: one line of people each,
#       inline agenda "1) ... 2) ...", bullets only, "Actie:" lines, an XXX still to fill in.
# ----------------------------------------------------------------------------------------------
def r295():
    name = "295_korte_checkin_webex_mei2025.docx"
    d = new_doc("Aptos", 11, margins=(2.0, 2.0, 2.0, 2.0), author="Annelies De Wilde",
                created=dt.datetime(2025, 5, 15, 11, 2))
    para(d, [("Check-in AMIF – do 15/05/2025 – Webex (10u00-10u45)", {"b": True, "size": 13})], after=6)
    para(d, [("Aanwezig: ", {"b": True}), "Annelies De Wilde (POD MI), Hanne Claeys (Gent), Bart Peeters "
             "(Antwerpen), Céline Dethier (Luik), Damien Lefèvre (Charleroi), Samir Haddad (Brussel)"], after=0)
    para(d, [("Verontschuldigd: ", {"b": True}), "Julie Renard (POD MI), Griet Mertens (Edegem)"], after=0)
    para(d, "Geen tolken voorzien: Céline en Damien volgden in het Nederlands en schakelden waar nodig over "
            "naar het Frans.", after=6)
    para(d, [("Agenda: ", {"b": True}), "1) indicatoren 2024 2) einde projectperiode en archivering 3) varia"],
         after=8)
    people = [["Annelies De Wilde", "Present", "SPP"], ["Hanne Claeys", "Present", "GENT"],
              ["Bart Peeters", "Present", "ANTWERPEN"], ["Céline Dethier", "Present", "LIEGE"],
              ["Damien Lefèvre", "Present", "CHARLEROI"], ["Samir Haddad", "Present", "BRUXELLES"],
              ["Julie Renard", "Excused", "SPP"], ["Griet Mertens", "Excused", "EDEGEM"]]
    agenda = [[None, None, "indicatoren 2024"], [None, None, "einde projectperiode en archivering"],
              [None, None, "varia"]]
    A = []

    def b(s):
        para(d, s, style="List Bullet", after=2)

    def act(s, a):
        para(d, [(s, {"b": True, "color": GREEN})], indent=1.27, after=4)
        A.append(a)

    b("Indicatoren 2024: alle OCMW's hebben hun cijfers ingediend, behalve Edegem en Mortsel.")
    act("Actie: Bart bezorgt de cijfers van Edegem en Mortsel vóór 1 juni.",
        ["Network Contact", ["Bart Peeters"], None, "Bart bezorgt de cijfers van Edegem"])
    rem = "Stand van zaken Edegem: XXX"
    b(rem)
    b("Einde projectperiode: de POD herinnert eraan dat alle documenten vijf jaar bewaard moeten worden vanaf "
      "31 december van het jaar van de laatste betaling; persoonsgegevens niet langer dan nodig.")
    act("Actie POD: nota over archivering en AVG rondsturen naar alle OCMW's",
        ["SPP", [], None, "nota over archivering en AVG rondsturen"])
    b("Charleroi vraagt of deelnemers hun dossier mogen inkijken (art. 15 AVG): ja, op vraag; elk OCMW blijft "
      "verantwoordelijk voor de gegevens van de eigen deelnemers.")
    act("Actie Charleroi: procedure voor inzageverzoeken op papier zetten en delen met het netwerk",
        ["CPAS", [], "CHARLEROI", "procedure voor inzageverzoeken op papier zetten"])
    b("Varia: Samir stelt voor om de slotbijeenkomst in Brussel te houden -> iedereen akkoord.")
    nm = "Volgende check-in: do 12 juni, zelfde uur, zelfde link."
    para(d, [(nm, {"b": True})], before=8)
    save(d, name)
    return expected(name, ["nl"], True, False, "2025-05-15", people, agenda, [], A,
                    {"date": "2025-06-12", "text": nm}, [rem])


# ----------------------------------------------------------------------------------------------
# 296 - Two colleagues write in turn: Hanne Claeys (OCMW Gent) the morning in Dutch with
#       Heading 1 and numbers, Grégory Lhoest (CPAS de Liège) the afternoon in French with bold
#       underlined "A." / "B." lines and "►" actions. People in a two-column table
#       (present | excused), bilingual programme table.
# ----------------------------------------------------------------------------------------------
def r296():
    name = "296_verslag_compte_rendu_gent_feb2026.docx"
    d = new_doc("Calibri", 11, author="Hanne Claeys", last_by="Grégory Lhoest",
                created=dt.datetime(2026, 2, 6, 9, 45), title="Verslag / compte rendu 05/02/2026")
    header_lines(d, ["AMIF-netwerk OCMW's – réseau FAMI des CPAS"], align="c", size=8, italic=True)
    footer_line(d, "Verslag 05/02/2026 – ontwerp v0.3 (HC/GL) – ", page="p. ", align="c")

    para(d, [("Verslag bijeenkomst OCMW's – Rapport rencontre CPAS", {"b": True, "size": 15, "color": BLUE})],
         align="c", after=0)
    para(d, [("5 februari 2026 – 5 février 2026", {"b": True})], align="c", after=0)
    para(d, "OCMW Gent, Sociaal Huis Wondelgem, Gent", align="c", after=4)
    para(d, [("Verslag voormiddag: Hanne Claeys (OCMW Gent) – rapport de l'après-midi : Grégory Lhoest "
              "(CPAS de Liège)", {"i": True, "size": 9, "color": GREY})], align="c", after=8)

    pres = [("Annelies De Wilde", "POD MI", "SPP"), ("Julie Renard", "SPP IS", "SPP"),
            ("Pieter Verhulst", "OCMW Gent", "GENT"), ("Hanne Claeys", "OCMW Gent", "GENT"),
            ("Sofie Van Acker", "OCMW Gent", "GENT"), ("Grégory Lhoest", "CPAS de Liège", "LIEGE"),
            ("Céline Dethier", "CPAS de Liège", "LIEGE"), ("Damien Lefèvre", "CPAS de Charleroi", "CHARLEROI"),
            ("Isabelle Vandenbroucke", "CPAS de Bruxelles", "BRUXELLES"),
            ("Lotte Wouters", "OCMW Antwerpen", "ANTWERPEN"), ("Koen Van den Broeck", "OCMW Schoten", "SCHOTEN")]
    exc = [("Bart Peeters", "OCMW Antwerpen", "ANTWERPEN"), ("Véronique Dubois", "CPAS de Charleroi", "CHARLEROI"),
           ("Jan De Smet", "OCMW Mortsel", "MORTSEL")]
    left = ["%s (%s)" % (n, o) for n, o, _ in pres] + ["Dirk Raes, Sophie Wauters (tolken / interprètes)"]
    right = ["%s (%s)" % (n, o) for n, o, _ in exc]
    table(d, [["Aanwezig / Présents", "Verontschuldigd / Excusés"], [left, right]], widths=[9, 7], size=10)
    people = ([[n, "Present", c] for n, _, c in pres] + [["Dirk Raes", "Present", None],
              ["Sophie Wauters", "Present", None]] + [[n, "Excused", c] for n, _, c in exc])

    ag = [("9u30 – 10u00", "Onthaal / Accueil", "09:30", "10:00"),
          ("10u00 – 10u30", "Goedkeuring vorig verslag / Approbation du rapport précédent", "10:00", "10:30"),
          ("10u30 – 12u30", "Stand van zaken per OCMW / État des lieux par CPAS", "10:30", "12:30"),
          ("12u30 – 13u30", "Lunch", "12:30", "13:30"),
          ("13u30 – 15u00", "Atelier : évaluation des participants / Workshop: evaluatie van de deelnemers",
           "13:30", "15:00"),
          ("15u00 – 15u30", "Fin du programme 2021-2027 : calendrier / Einde programma 2021-2027: planning",
           "15:00", "15:30")]
    para(d, [("Programma / Programme", {"b": True})], before=8, after=2, keep=True)
    table(d, [[a, b] for a, b, _, _ in ag], widths=[3.2, 12.8], header=False, size=10, style=None)

    H, A = [], []
    para(d, [("[Voormiddag – verslag Hanne]", {"i": True, "color": GREY})], before=10, after=0)

    def h1(num, title):
        d.add_heading("%s. %s" % (num, title), level=1)
        H.append([num, title])

    h1("1", "Onthaal en goedkeuring vorig verslag")
    para(d, "Pieter verwelkomt iedereen in Wondelgem. Het verslag van 18 september 2025 (Charleroi) wordt "
            "zonder opmerkingen goedgekeurd. Simultaanvertaling door Dirk Raes en Sophie Wauters.", align="j")
    h1("2", "Stand van zaken per OCMW")
    para(d, [("Gent: ", {"b": True}), "twee groepen lopen nog tot juni, samen 26 deelnemers. De vertaalde "
             "tevredenheidsenquête (Arabisch, Dari, Tigrinya) wordt vanaf maart gebruikt."], after=2)
    para(d, [("Actie Gent: ", {"b": True}), "de vertaalde tevredenheidsenquête online zetten op de gedeelde "
             "netwerkmap."], after=6, indent=0.8)
    A.append(["CPAS", [], "GENT", "de vertaalde tevredenheidsenquête online zetten op"])
    para(d, [("Luik: ", {"b": True}), "Céline meldt 64 deelnemers in 2025; de contracten worden vereenvoudigd."],
         after=2)
    para(d, [("Charleroi: ", {"b": True}), "volgens Damien loopt de rekrutering af; na april starten er geen "
             "nieuwe groepen meer."], after=2)
    para(d, [("Brussel: ", {"b": True}), "Isabelle: het atelier huisvesting wordt na het project voortgezet met "
             "eigen middelen."], after=2)
    rem1 = "[cijfers Antwerpen aanvullen]"
    para(d, [("Antwerpen en partners: ", {"b": True}), "Lotte en Koen: ", (rem1, {"hl": WD_COLOR_INDEX.YELLOW}),
             "; Schoten stopt in juni."], after=2)
    h1("3", "Archivering en einde van het project")
    para(d, "Julie en Annelies lichten de bewaartermijnen toe: documenten van een AMIF-operatie worden vijf jaar "
            "bewaard vanaf 31 december van het jaar van de laatste betaling; persoonsgegevens niet langer dan "
            "nodig. Elk OCMW blijft eigenaar van de gegevens van zijn deelnemers.", align="j")
    para(d, "Julie en Annelies bezorgen tegen eind februari een korte nota met de richtlijnen voor de "
            "archivering.", align="j")
    A.append(["Several Network Contacts", ["Julie Renard", "Annelies De Wilde"], None,
              "Julie en Annelies bezorgen tegen eind februari"])

    para(d, [("[Après-midi – rédaction Grégory]", {"i": True, "color": GREY})], before=10, after=4)

    def hb(num, title):
        para(d, [("%s. %s" % (num, title), {"b": True, "u": True})], before=6, after=4, keep=True)
        H.append([num, title])

    hb("A", "Atelier : évaluation des participants")
    para(d, "Sofie présente la grille d'observation utilisée à Gand pour suivre les progrès des participants "
            "(autonomie, langue, réseau social). Les CPAS francophones la trouvent très utile, mais demandent "
            "une version en français. Discussion sur les enquêtes de satisfaction : les pictogrammes "
            "fonctionnent bien, mais les termes abstraits restent un problème.", align="j")
    para(d, "► Sofie envoie aux CPAS francophones la grille d'observation traduite pour la fin mars.")
    A.append(["Network Contact", ["Sofie Van Acker"], None, "Sofie envoie aux CPAS francophones la grille"])
    rem2 = "Commentaires de Charleroi sur le point A : encore à intégrer."
    para(d, [(rem2, {"i": True, "color": RED})])
    hb("B", "Fin du programme 2021-2027 : calendrier")
    para(d, "Le programme se termine fin 2026 ; les derniers participants doivent terminer leur trajet avant le "
            "30 novembre 2026. Le SPP rappelle que chaque CPAS doit pouvoir répondre à la demande d'un "
            "participant qui veut voir toutes les données le concernant (article 15 RGPD).", align="j")
    para(d, "► Chaque CPAS vérifie quelles données personnelles peuvent déjà être supprimées et en informe le "
            "SPP avant le 30 avril.")
    A.append(["CPAS", [], None, "Chaque CPAS vérifie quelles données personnelles"])
    para(d, "► Organiser une rencontre de clôture du réseau en novembre – responsable : ?")
    A.append(["To Be Assigned", [], None, "Organiser une rencontre de clôture du réseau"])
    nm = ("Volgende bijeenkomst / Prochaine rencontre : donderdag 18 juni 2026 in Luik / jeudi 18 juin 2026 "
          "à Liège.")
    para(d, [(nm, {"b": True})], before=10)
    save(d, name)
    return expected(name, ["nl", "fr"], False, True, "2026-02-05", people,
                    [[s, e, t] for _, t, s, e in ag], H, A, {"date": "2026-06-18", "text": nm}, [rem1, rem2])


def main():
    for fn in (r287, r288, r289, r290, r291, r292, r293, r294, r295, r296):
        e = fn()
        out = os.path.join(HERE, e["file"][:-len(".docx")] + ".expected.json")
        with open(out, "w", encoding="utf-8") as f:
            json.dump(e, f, ensure_ascii=False, indent=2)
            f.write("\n")
        print("wrote", e["file"])


if __name__ == "__main__":
    main()
