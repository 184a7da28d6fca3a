# -*- coding: utf-8 -*-
"""Ten AMIF network meeting reports (357-366), each with its hand-typed expected list."""
import json
import os

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
TAG_NL = "Naar een geïntegreerd migratiebeleid, dankzij het AMIF"
TAG_FR = "Vers une politique de migration plus intégrée, grâce au FAMI"


# ---------------------------------------------------------------- helpers
def new_doc(font=None, size=None, margins=2.5):
    d = Document()
    for s in d.sections:
        s.page_height = Cm(29.7)
        s.page_width = Cm(21.0)
        s.left_margin = s.right_margin = Cm(margins)
        s.top_margin = s.bottom_margin = Cm(2.2)
    if font:
        st = d.styles["Normal"]
        st.font.name = font
        st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    if size:
        d.styles["Normal"].font.size = Pt(size)
    return d


def para(d, segs, style=None, align=None, space_after=None, indent=None):
    """segs: str or list of (text, dict(bold, italic, underline, color, size))."""
    p = d.add_paragraph(style=style) if style else d.add_paragraph()
    if isinstance(segs, str):
        segs = [(segs, {})]
    for text, f in segs:
        r = p.add_run(text)
        r.bold = f.get("b")
        r.italic = f.get("i")
        r.underline = f.get("u")
        if f.get("c"):
            r.font.color.rgb = RGBColor.from_string(f["c"])
        if f.get("s"):
            r.font.size = Pt(f["s"])
        if f.get("caps"):
            r.font.all_caps = True
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "j":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    if indent is not None:
        p.paragraph_format.left_indent = Cm(indent)
    return p


def B(t, **k):
    k["b"] = True
    return (t, k)


def I(t, **k):
    k["i"] = True
    return (t, k)


def N(t, **k):
    return (t, k)


def cell_text(cell, segs, bold=False, italic=False, size=None):
    cell.text = ""
    p = cell.paragraphs[0]
    if isinstance(segs, str):
        segs = [(segs, {"b": bold, "i": italic})]
    for text, f in segs:
        r = p.add_run(text)
        r.bold = f.get("b")
        r.italic = f.get("i")
        if size:
            r.font.size = Pt(size)
    return p


def table(d, rows, widths=None, style="Table Grid", header=True, size=None, shade=None):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    if style:
        t.style = d.styles[style]
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            cell_text(c, val, bold=(header and i == 0), size=size)
            if widths:
                c.width = Cm(widths[j])
            if shade and header and i == 0:
                tcPr = c._tc.get_or_add_tcPr()
                sh = OxmlElement("w:shd")
                sh.set(qn("w:val"), "clear")
                sh.set(qn("w:color"), "auto")
                sh.set(qn("w:fill"), shade)
                tcPr.append(sh)
    return t


def add_page_field(p, prefix=""):
    if prefix:
        p.add_run(prefix)
    r = p.add_run()
    f1 = OxmlElement("w:fldChar")
    f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = "PAGE"
    f2 = OxmlElement("w:fldChar")
    f2.set(qn("w:fldCharType"), "end")
    r._r.append(f1)
    r._r.append(it)
    r._r.append(f2)


def header_footer(d, head=None, foot=None, page=None, italic=True):
    s = d.sections[0]
    if head:
        hp = s.header.paragraphs[0]
        for i, line in enumerate(head):
            if i:
                hp = s.header.add_paragraph()
            r = hp.add_run(line)
            r.italic = italic
            r.font.size = Pt(8)
            hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if foot or page:
        fp = s.footer.paragraphs[0]
        if foot:
            r = fp.add_run(foot)
            r.font.size = Pt(8)
        if page:
            add_page_field(fp, page)
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER


def save(d, name, exp):
    d.save(os.path.join(HERE, name + ".docx"))
    exp = dict(exp)
    out = {"file": name + ".docx"}
    for k in ["languages", "online", "interpretation", "date", "people", "agenda", "headings", "actions",
              "next_meeting", "remarks"]:
        out[k] = exp[k]
    with open(os.path.join(HERE, name + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=2)
        f.write("\n")


# ---------------------------------------------------------------- 357
def r357():
    """Hanne De Clercq, OCMW Gent, 2016: Title style, bullets for people, agenda table, Heading 1 '1.'."""
    name = "357_verslag_netwerkbijeenkomst_gent_nov2016"
    d = new_doc()
    d.add_paragraph("Verslag netwerkbijeenkomst AMIF – OCMW Gent", style="Title")
    para(d, [B("Datum: "), N("donderdag 17 november 2016")], space_after=0)
    para(d, [B("Plaats: "), N("OCMW Gent, Administratief Centrum, vergaderzaal 2.14")], space_after=0)
    para(d, [B("Verslag: "), N("Hanne De Clercq")])
    para(d, [B("Aanwezig")], space_after=2)
    pres = [("Griet Vanhoutte", "POD MI", "SPP"), ("Tom Verstraete", "OCMW Gent", "GENT"),
            ("Hanne De Clercq", "OCMW Gent", "GENT"), ("Youssef El Amrani", "OCMW Gent", "GENT"),
            ("Kristof Peeters", "OCMW Antwerpen", "ANTWERPEN"), ("Michel Lejeune", "OCMW Luik", "LIEGE"),
            ("Karim Benali", "OCMW Brussel", "BRUXELLES")]
    for n, o, _ in pres:
        d.add_paragraph("%s (%s)" % (n, o), style="List Bullet")
    para(d, [B("Verontschuldigd: "), N("Sandrine Hougardy (OCMW Luik), Véronique Dethier (OCMW Charleroi)")])
    para(d, [B("Agenda")], space_after=2)
    ag = [("9u30 – 10u00", "Onthaal en koffie"),
          ("10u00 – 10u45", "Voorstelling project ‘Samen Sterk’ OCMW Gent"),
          ("10u45 – 11u30", "Stand van zaken per OCMW"),
          ("11u30 – 12u15", "Intake en oriëntatiebalans: ervaringen"),
          ("12u15", "Lunch")]
    table(d, [["Uur", "Onderwerp"]] + [list(a) for a in ag], widths=[3.5, 12])
    d.add_paragraph()
    d.add_heading("1. Welkom", level=1)
    para(d, "Tom verwelkomt de collega’s in Gent. Het is de eerste keer dat alle vijf OCMW’s samen rond de tafel "
            "zitten sinds de start van de projecten. De vergadering verloopt in het Nederlands; waar nodig vat "
            "Youssef kort samen in het Frans voor Michel en Karim.", align="j")
    d.add_heading("2. Voorstelling project ‘Samen Sterk’", level=1)
    para(d, "Het Gentse project werkt met drie modules: individuele begeleiding (om de twee weken), collectieve "
            "workshops (wekelijks) en sociaal-culturele uitstappen (maandelijks). De deelnemers worden "
            "doorverwezen door de maatschappelijk werkers van de sociale diensten. Er zijn momenteel 38 "
            "deelnemers, van wie 22 vrouwen.", align="j")
    para(d, "Vragen uit de groep gingen vooral over de intakefiche en over hoe Gent met afwezigheden omgaat.",
         align="j")
    para(d, [B("Actie Tom: "), N("de presentatie en de intakefiche bezorgen aan alle OCMW’s.")])
    d.add_heading("3. Stand van zaken per OCMW", level=1)
    para(d, [B("Antwerpen: "), N("start module 1 in oktober; aantal deelnemers [nog aan te vullen door Kristof]. "
                                 "Kristof bezorgt de cijfers van Antwerpen aan Hanne vóór 1 december.")],
         style="List Bullet")
    para(d, [B("Luik: "), N("Michel licht het project Mod’Actions toe. Vier modules, waaronder een creatief "
                            "atelier met een kunstenaar en een informatica-atelier.")], style="List Bullet")
    para(d, [B("Brussel: "), N("Karim meldt dat de aanwerving van de tweede animator rond is. De eerste "
                               "infosessie voor deelnemers vond plaats op 7 november.")], style="List Bullet")
    para(d, [B("Charleroi: "), N("verontschuldigd, geen update.")], style="List Bullet")
    d.add_heading("4. Intake en oriëntatiebalans", level=1)
    para(d, "Elk OCMW doet een intakegesprek, maar de inhoud verschilt sterk. Gent en Luik maken een "
            "oriëntatiebalans op, Antwerpen nog niet. De groep vindt het nuttig om de procedures naast elkaar te "
            "leggen.", align="j")
    para(d, [B("Actie alle OCMW’s: "), N("intakeprocedure kort voorstellen op de volgende bijeenkomst.")])
    para(d, [B("Actie POD: "), N("nagaan of de oriëntatiebalans als verplichte stap in de projectfiche moet.")])
    d.add_heading("5. Varia", level=1)
    para(d, "Youssef heeft de contactlijst van het netwerk al rondgestuurd. Wie nog wijzigingen heeft, meldt dit "
            "aan hem.", align="j")
    para(d, "Michel en Karim bekijken samen of een gezamenlijke uitstap met deelnemers naar Brussel in het "
            "voorjaar mogelijk is.", align="j")
    d.add_paragraph()
    nm = "Volgende bijeenkomst: donderdag 16 maart 2017 om 10u00 in Luik."
    para(d, [B(nm)])
    exp = dict(
        languages=["nl"], online=False, interpretation=False, date="2016-11-17",
        people=[[n, "Present", o] for n, _, o in pres] + [["Sandrine Hougardy", "Excused", "LIEGE"],
                                                          ["Véronique Dethier", "Excused", "CHARLEROI"]],
        agenda=[["09:30", "10:00", "Onthaal en koffie"],
                ["10:00", "10:45", "Voorstelling project ‘Samen Sterk’ OCMW Gent"],
                ["10:45", "11:30", "Stand van zaken per OCMW"],
                ["11:30", "12:15", "Intake en oriëntatiebalans: ervaringen"],
                ["12:15", None, "Lunch"]],
        headings=[["1", "Welkom"], ["2", "Voorstelling project ‘Samen Sterk’"], ["3", "Stand van zaken per OCMW"],
                  ["4", "Intake en oriëntatiebalans"], ["5", "Varia"]],
        actions=[["Network Contact", ["Tom Verstraete"], None, "de presentatie en de intakefiche bezorgen"],
                 ["Network Contact", ["Kristof Peeters"], None, "Kristof bezorgt de cijfers van Antwerpen"],
                 ["CPAS", [], None, "intakeprocedure kort voorstellen op de volgende bijeenkomst"],
                 ["SPP", [], None, "nagaan of de oriëntatiebalans als verplichte"],
                 ["Several Network Contacts", ["Michel Lejeune", "Karim Benali"], None,
                  "Michel en Karim bekijken samen of"]],
        next_meeting={"date": "2017-03-16", "text": nm},
        remarks=["[nog aan te vullen door Kristof]"])
    save(d, name, exp)


# ---------------------------------------------------------------- 358
def r358():
    """Leen Wouters, OCMW Antwerpen, 2017: attendance grid with x, numbered agenda, bold '1 –' sections,
    action table at the end."""
    name = "358_verslag_partneroverleg_antwerpen_jun2017"
    d = new_doc(font="Calibri", size=10.5)
    header_footer(d, head=["OCMW Antwerpen – Departement Samenleving", "AMIF-partneroverleg"])
    para(d, [B("Verslag partneroverleg AMIF", s=16, c="1F4E79")], space_after=0)
    para(d, [N("OCMW Antwerpen – Schoten – Edegem – Mortsel", c="1F4E79")])
    para(d, "Antwerpen, 8 juni 2017 – 14u00 tot 16u30 – lokaal 3.02, Lange Gasthuisstraat")
    rows = [["Naam", "Organisatie", "Aanwezig", "Verontschuldigd"],
            ["Kristof Peeters", "OCMW Antwerpen", "x", ""],
            ["Leen Wouters", "OCMW Antwerpen", "x", ""],
            ["Samira Bouzid", "OCMW Antwerpen", "", "x"],
            ["Els Janssens", "OCMW Schoten", "x", ""],
            ["Bart Van Gorp", "OCMW Edegem", "x", ""],
            ["An Smolders", "OCMW Mortsel", "", "x"],
            ["Wim De Backer", "OCMW Mortsel", "x", ""],
            ["Griet Vanhoutte", "POD MI", "", "x"]]
    table(d, rows, widths=[5, 5, 2.5, 3], size=10, shade="D9E2F3")
    para(d, "")
    para(d, [B("Agenda", u=True)], space_after=2)
    ag = ["Goedkeuring verslag vorig overleg (16 maart)",
          "Instroom en doorverwijzing vanuit de partnergemeenten",
          "Tevredenheidsenquête: vertaling",
          "Planning module 2 (september 2017 – juni 2018)",
          "Varia"]
    for a in ag:
        d.add_paragraph(a, style="List Number")
    para(d, "")
    secs = ["Goedkeuring verslag vorig overleg", "Instroom en doorverwijzing vanuit de partnergemeenten",
            "Tevredenheidsenquête", "Planning module 2", "Varia"]
    body = [
        ["Het verslag van 16 maart wordt goedgekeurd zonder opmerkingen."],
        ["Schoten en Edegem krijgen weinig doorverwijzingen. De maatschappelijk werkers kennen het project te "
         "weinig. Mortsel werkt met een vaste contactpersoon per sociale dienst, dat werkt goed. De directeur "
         "van OCMW Schoten, Marc Van Roey, steunt het project en wil het op het directiecomité brengen.",
         "Er wordt beslist om de doorverwijsfiche van Antwerpen te gebruiken in alle partnergemeenten."],
        ["Veel deelnemers begrijpen de vragen niet (te abstract). Els en Bart hebben een eerste versie met "
         "eenvoudiger woorden gemaakt. Vertaling naar het Arabisch en Dari is wenselijk."],
        ["Module 2 start op 11 september. Het uurrooster moet rekening houden met oude en nieuwe deelnemers. "
         "De groepsactiviteiten blijven op dinsdag en donderdag."],
        ["Wim vraagt of de subsidie na 2018 verlengd wordt. Niemand weet het op dit moment."]]
    for i, (s, b) in enumerate(zip(secs, body), 1):
        para(d, [B("%d – %s" % (i, s), c="1F4E79")], space_after=2)
        for t in b:
            para(d, t, align="j")
    para(d, [B("Actiepunten", u=True)], space_after=2)
    acts = [["Wat", "Wie", "Tegen"],
            ["Lijst van doorverwijzende maatschappelijk werkers bezorgen", "Schoten", "30/06"],
            ["Tevredenheidsenquête laten vertalen naar het Arabisch en Dari", "Els + Bart", "eind augustus"],
            ["Uurrooster module 2 opmaken en rondsturen", "Leen", "1/09"],
            ["Infosessie voor maatschappelijk werkers in Mortsel organiseren", "nog te bepalen", "najaar"],
            ["Vraag over verlenging subsidie doorgeven aan POD", "Kristof", "z.s.m."]]
    table(d, acts, widths=[10, 3, 3], size=10, shade="D9E2F3")
    para(d, "")
    nm = "Volgend partneroverleg: dinsdag 19 september 2017, 14u, OCMW Edegem."
    para(d, [B(nm)])
    para(d, [I("Verslag: Leen Wouters")])
    exp = dict(
        languages=["nl"], online=False, interpretation=False, date="2017-06-08",
        people=[["Kristof Peeters", "Present", "ANTWERPEN"], ["Leen Wouters", "Present", "ANTWERPEN"],
                ["Els Janssens", "Present", "SCHOTEN"], ["Bart Van Gorp", "Present", "EDEGEM"],
                ["Wim De Backer", "Present", "MORTSEL"],
                ["Samira Bouzid", "Excused", "ANTWERPEN"], ["An Smolders", "Excused", "MORTSEL"],
                ["Griet Vanhoutte", "Excused", "SPP"]],
        agenda=[[None, None, a] for a in ag],
        headings=[[str(i), s] for i, s in enumerate(secs, 1)] + [["", "Actiepunten"]],
        actions=[["CPAS", [], "SCHOTEN", "Lijst van doorverwijzende maatschappelijk werkers bezorgen"],
                 ["Several Network Contacts", ["Els Janssens", "Bart Van Gorp"], None,
                  "Tevredenheidsenquête laten vertalen naar het Arabisch"],
                 ["Network Contact", ["Leen Wouters"], None, "Uurrooster module 2 opmaken en rondsturen"],
                 ["To Be Assigned", [], None, "Infosessie voor maatschappelijk werkers in Mortsel organiseren"],
                 ["Network Contact", ["Kristof Peeters"], None, "Vraag over verlenging subsidie doorgeven aan POD"]],
        next_meeting={"date": "2017-09-19", "text": nm},
        remarks=[])
    save(d, name, exp)


# ---------------------------------------------------------------- 359
def r359():
    """Jeroen Van Damme & Marie-Laure Collignon, CPAS Bruxelles, 2018: bilingual FR then NL in italics,
    people table, tabbed agenda, Heading 1 typed numbers, actions only in the last section."""
    name = "359_rapport_verslag_bruxelles_mars2018"
    d = new_doc(font="Arial", size=10)
    header_footer(d, head=[TAG_FR, TAG_NL])
    para(d, [B("Rapport rencontre CPAS – Verslag bijeenkomst OCMW's", s=15)], align="c", space_after=0)
    para(d, [B("22 mars 2018 – 22 maart 2018")], align="c", space_after=0)
    para(d, "CPAS de Bruxelles / OCMW Brussel, salle du Conseil / Raadzaal", align="c")
    para(d, [B("Présents / Aanwezig :")], space_after=2)
    pres = [("Sophie Lambotte", "SPP IS / POD MI", "SPP"), ("Griet Vanhoutte", "SPP IS / POD MI", "SPP"),
            ("Hanne De Clercq", "CPAS Gand / OCMW Gent", "GENT"), ("Youssef El Amrani", "CPAS Gand / OCMW Gent", "GENT"),
            ("Sandrine Hougardy", "CPAS Liège / OCMW Luik", "LIEGE"),
            ("Véronique Dethier", "CPAS Charleroi / OCMW Charleroi", "CHARLEROI"),
            ("Olivier Piret", "CPAS Charleroi / OCMW Charleroi", "CHARLEROI"),
            ("Kristof Peeters", "CPAS Anvers / OCMW Antwerpen", "ANTWERPEN"),
            ("Karim Benali", "CPAS Bruxelles / OCMW Brussel", "BRUXELLES"),
            ("Marie-Laure Collignon", "CPAS Bruxelles / OCMW Brussel", "BRUXELLES"),
            ("Jeroen Van Damme", "CPAS Bruxelles / OCMW Brussel", "BRUXELLES"),
            ("Anne Colson", "interprète / tolk", None), ("Luc Verhaegen", "interprète / tolk", None)]
    table(d, [["Nom / Naam", "Organisation / Organisatie"]] + [[n, o] for n, o, _ in pres], widths=[6, 9],
          size=9)
    para(d, "")
    para(d, [B("Excusés / Verontschuldigd : "),
             N("Tom Verstraete (CPAS Gand / OCMW Gent), Michel Lejeune (CPAS Liège / OCMW Luik)")])
    para(d, [B("Ordre du jour / Agenda")], space_after=2)
    ag = [("9h30 – 10h00", "Accueil / Onthaal"),
          ("10h00 – 11h00", "Présentation du projet bruxellois « Trait d'Union » / Voorstelling van het Brusselse project « Trait d'Union »"),
          ("11h00 – 12h00", "Tour de table des CPAS / Rondje van de OCMW's"),
          ("12h00 – 13h00", "Lunch"),
          ("13h00 – 14h30", "Atelier : l'enquête de satisfaction / Workshop: de tevredenheidsenquête"),
          ("14h30 – 15h00", "Conclusions / Besluiten")]
    for t, a in ag:
        p = para(d, "%s\t%s" % (t, a), space_after=0)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(3.2))
        p.paragraph_format.left_indent = Cm(3.2)
        p.paragraph_format.first_line_indent = Cm(-3.2)
    para(d, "")

    def bi(fr, nl):
        para(d, fr, align="j", space_after=2)
        para(d, [I(nl, c="595959")], align="j")

    hs = [("1", "Accueil / Onthaal"),
          ("2", "Présentation du projet « Trait d'Union » / Voorstelling van het project « Trait d'Union »"),
          ("3", "Tour de table / Rondje van de OCMW's"),
          ("4", "Atelier enquête de satisfaction / Workshop tevredenheidsenquête"),
          ("5", "Actions / Acties")]
    d.add_heading("%s. %s" % hs[0], level=1)
    bi("Karim souhaite la bienvenue au nom du CPAS de Bruxelles. La réunion se tient avec une interprétation "
       "simultanée ; merci à Anne et Luc.",
       "Karim verwelkomt iedereen namens OCMW Brussel. De vergadering wordt simultaan getolkt; dank aan Anne en Luc.")
    d.add_heading("%s. %s" % hs[1], level=1)
    bi("Le projet accueille des primo-arrivants orientés par les antennes sociales. Chaque participant a un "
       "entretien d'admission, puis suit un parcours de six mois : ateliers de langue, séances d'information sur "
       "la vie en Belgique et sorties socio-culturelles. L'équipe est bilingue.",
       "Het project richt zich tot nieuwkomers die door de sociale antennes worden doorverwezen. Na een "
       "intakegesprek volgt een traject van zes maanden: taalateliers, infosessies over het leven in België en "
       "sociaal-culturele uitstappen. Het team is tweetalig.")
    d.add_heading("%s. %s" % hs[2], level=1)
    bi("Gand : 41 participants, bonne dynamique de groupe. Liège : le module créatif se poursuit. Charleroi : "
       "difficulté à toucher les personnes listées. Anvers : deux nouveaux partenaires (Schoten et Edegem).",
       "Gent: 41 deelnemers, goede groepsdynamiek. Luik: de creatieve module loopt verder. Charleroi: moeilijk "
       "om de opgelijste personen te bereiken. Antwerpen: twee nieuwe partners (Schoten en Edegem).")
    d.add_heading("%s. %s" % hs[3], level=1)
    bi("L'enquête actuelle est trop abstraite pour notre public. Les CPAS proposent des questions plus courtes, "
       "des pictogrammes et des traductions. Décision : une seule enquête commune pour tout le réseau.",
       "De huidige enquête is te abstract voor onze doelgroep. De OCMW's stellen kortere vragen, pictogrammen "
       "en vertalingen voor. Beslissing: één gemeenschappelijke enquête voor het hele netwerk.")
    d.add_heading("%s. %s" % hs[4], level=1)
    fr_acts = ["Le SPP fait traduire l'enquête de satisfaction en arabe, dari et tigrinya.",
               "Karim envoie la présentation du projet à tous les participants.",
               "Chaque CPAS transmet ses remarques sur le questionnaire avant le 30 avril.",
               "Sandrine et Véronique préparent ensemble une proposition de pictogrammes."]
    nl_acts = ["De POD laat de tevredenheidsenquête vertalen naar het Arabisch, Dari en Tigrinya.",
               "Karim stuurt de presentatie van het project naar alle deelnemers.",
               "Elk OCMW bezorgt zijn opmerkingen over de vragenlijst vóór 30 april.",
               "Sandrine en Véronique werken samen een voorstel met pictogrammen uit."]
    for a in fr_acts:
        d.add_paragraph(a, style="List Bullet")
    for a in nl_acts:
        p = d.add_paragraph(style="List Bullet")
        r = p.add_run(a)
        r.italic = True
        r.font.color.rgb = RGBColor.from_string("595959")
    para(d, "")
    nm = ("Prochaine rencontre / Volgende bijeenkomst : juin 2018 à Charleroi (date à confirmer) / "
          "juni 2018 in Charleroi (datum te bevestigen)")
    para(d, [B(nm)])
    exp = dict(
        languages=["fr", "nl"], online=False, interpretation=True, date="2018-03-22",
        people=[[n, "Present", o] for n, _, o in pres] + [["Tom Verstraete", "Excused", "GENT"],
                                                          ["Michel Lejeune", "Excused", "LIEGE"]],
        agenda=[["09:30", "10:00", ag[0][1]], ["10:00", "11:00", ag[1][1]], ["11:00", "12:00", ag[2][1]],
                ["12:00", "13:00", ag[3][1]], ["13:00", "14:30", ag[4][1]], ["14:30", "15:00", ag[5][1]]],
        headings=[list(h) for h in hs],
        actions=[["SPP", [], None, "Le SPP fait traduire l'enquête de satisfaction"],
                 ["Network Contact", ["Karim Benali"], None, "Karim envoie la présentation du projet à tous"],
                 ["CPAS", [], None, "Chaque CPAS transmet ses remarques sur le questionnaire"],
                 ["Several Network Contacts", ["Sandrine Hougardy", "Véronique Dethier"], None,
                  "Sandrine et Véronique préparent ensemble une proposition"]],
        next_meeting={"date": None, "text": nm},
        remarks=[])
    save(d, name, exp)


# ---------------------------------------------------------------- 360
def r360():
    """Didier Mahieu, CPAS Binche, 2019, writes once a year: all Normal style, caps title, people in one
    sentence with Mme/M., typed dashes, bold 'a)' sections, '→ Qui :' after each task."""
    name = "360_pv_reunion_binche_charleroi_oct2019"
    d = new_doc(font="Times New Roman", size=12)
    para(d, [B("CPAS DE BINCHE")], space_after=0)
    para(d, "Service d'insertion sociale – projet FAMI", space_after=12)
    para(d, [B("PROCES-VERBAL DE LA REUNION DU 10/10/2019", u=True)], align="c")
    para(d, "Réunion de partenariat CPAS de Charleroi – CPAS de Binche, dans nos locaux de la rue de la Triperie.",
         align="c")
    para(d, [B("Présents : "), N("Mme Véronique Dethier (CPAS Charleroi), M. Olivier Piret (CPAS Charleroi), "
                                 "Mme Nathalie Gobert (CPAS Binche), M. Didier Mahieu (CPAS Binche), "
                                 "Mme Sophie Lambotte (SPP IS).")], align="j")
    para(d, [B("Excusée : "), N("Mme Fatou Diallo (CPAS Binche).")])
    para(d, [B("Ordre du jour :")], space_after=0)
    ag = [("9h30", "Accueil et café"), ("9h45", "Bilan du module 2 à Binche"),
          ("10h30", "Recrutement : séance d'information du 3 septembre"), ("11h15", "Divers")]
    for t, a in ag:
        para(d, "- %s : %s" % (t, a), space_after=0, indent=0.6)
    para(d, "")
    para(d, [B("a) Accueil")])
    para(d, "M. Mahieu remercie Mme Lambotte pour sa visite. C'est la première fois que le SPP vient à Binche "
            "depuis le début du partenariat.", align="j")
    para(d, [B("b) Bilan du module 2")])
    para(d, "Le module 2 s'est terminé en juin. 18 participants ont suivi les ateliers découvertes, 11 jusqu'au "
            "bout. Les participants ont apprécié les sorties (musée du Masque, Mons). Points à améliorer : "
            "communication quand un atelier est annulé, horaires qui changent trop souvent.", align="j")
    para(d, "Taux de présence moyen sur l'année : 71 %. [taux de présence de septembre : XXX %]", align="j")
    para(d, "Envoyer la liste des participants du module 3 au CPAS de Charleroi → Qui : Nathalie")
    para(d, "Prévoir un local plus grand pour les ateliers du jeudi → Qui : à définir")
    para(d, [B("c) Recrutement")])
    para(d, "Sur 212 personnes listées, 74 ont été retenues par les AS et 26 sont venues à la séance "
            "d'information du 3 septembre (35 %). Charleroi a des chiffres comparables (30 à 35 %). Les "
            "personnes qui ne viennent pas sont d'habitude recontactées par téléphone par leur AS.", align="j")
    para(d, "Compléter le tableau des indicateurs pour le 31 octobre → Qui : Didier et Olivier")
    para(d, [B("d) Divers")])
    para(d, "Question des frais de transport (TEC) des participants : Le SPP vérifiera si les frais de transport "
            "des participants sont éligibles.", align="j")
    para(d, "")
    nm = "Prochaine réunion : le jeudi 12 décembre 2019 à 9h30 au CPAS de Charleroi."
    para(d, [B(nm)])
    para(d, "")
    para(d, "Pour le CPAS de Binche,", space_after=0)
    para(d, "Didier Mahieu")
    exp = dict(
        languages=["fr"], online=False, interpretation=False, date="2019-10-10",
        people=[["Véronique Dethier", "Present", "CHARLEROI"], ["Olivier Piret", "Present", "CHARLEROI"],
                ["Nathalie Gobert", "Present", "BINCHE"], ["Didier Mahieu", "Present", "BINCHE"],
                ["Sophie Lambotte", "Present", "SPP"], ["Fatou Diallo", "Excused", "BINCHE"]],
        agenda=[["09:30", None, "Accueil et café"], ["09:45", None, "Bilan du module 2 à Binche"],
                ["10:30", None, "Recrutement : séance d'information du 3 septembre"], ["11:15", None, "Divers"]],
        headings=[["a", "Accueil"], ["b", "Bilan du module 2"], ["c", "Recrutement"], ["d", "Divers"]],
        actions=[["Network Contact", ["Nathalie Gobert"], None, "Envoyer la liste des participants du module 3"],
                 ["To Be Assigned", [], None, "Prévoir un local plus grand pour les ateliers"],
                 ["Several Network Contacts", ["Didier Mahieu", "Olivier Piret"], None,
                  "Compléter le tableau des indicateurs pour le"],
                 ["SPP", [], None, "Le SPP vérifiera si les frais de transport"]],
        next_meeting={"date": "2019-12-12", "text": nm},
        remarks=["[taux de présence de septembre : XXX %]"])
    save(d, name, exp)


# ---------------------------------------------------------------- 361
def r361():
    """Pieter-Jan Claeys, POD MI, 2020: Teams with interpretation channel; header tagline, footer page;
    people table by organisation, agenda bullets with '10.00 – 10.15 u.:', Heading 2 unnumbered,
    numbered list of agreements with '– name' owners."""
    name = "361_verslag_teamsvergadering_pod_mei2020"
    d = new_doc(font="Calibri", size=11)
    header_footer(d, head=["POD Maatschappelijke Integratie – " + TAG_NL], page="Pagina ")
    para(d, [B("AMIF-netwerk OCMW’s – verslag online vergadering", s=14, c="2E74B5")], space_after=0)
    para(d, "Donderdag 14 mei 2020, 10.00 – 12.00 u., via Microsoft Teams (met tolkkanaal NL-FR)")
    para(d, [B("Deelnemers")], space_after=2)
    rows = [["Organisatie", "Aanwezig"],
            ["POD MI", "Pieter-Jan Claeys, Griet Vanhoutte"],
            ["OCMW Gent", "Tom Verstraete, Hanne De Clercq"],
            ["OCMW Luik", "Sandrine Hougardy, Fatima Ouali"],
            ["OCMW Charleroi", "Véronique Dethier"],
            ["OCMW Antwerpen", "Kristof Peeters, Samira Bouzid"],
            ["OCMW Brussel", "Jeroen Van Damme"],
            ["Tolken", "Anne Colson, Luc Verhaegen"]]
    table(d, rows, widths=[4, 11], size=10)
    para(d, [I("Verontschuldigd: Karim Benali (OCMW Brussel)")])
    para(d, [B("Agenda")], space_after=2)
    ag = [("10.00 – 10.15 u.", "Technische check en welkom", "10:00", "10:15"),
          ("10.15 – 11.00 u.", "Impact van de coronamaatregelen op de projecten", "10:15", "11:00"),
          ("11.00 – 11.30 u.", "Groepsactiviteiten: welke regels per OCMW?", "11:00", "11:30"),
          ("11.30 – 11.45 u.", "Rapportering indicatoren 2019", "11:30", "11:45"),
          ("11.45 – 12.00 u.", "Rondvraag", "11:45", "12:00")]
    for t, a, _, _ in ag:
        d.add_paragraph("%s: %s" % (t, a), style="List Bullet")
    hs = ["Welkom", "Impact van de coronamaatregelen", "Groepsactiviteiten", "Rapportering indicatoren",
          "Rondvraag", "Afspraken"]
    d.add_heading(hs[0], level=2)
    para(d, "Pieter-Jan heet iedereen welkom op deze eerste online netwerkvergadering. Het tolkkanaal werkt; "
            "wie Frans wil horen, kiest in Teams het kanaal van de tolk.", align="j")
    d.add_heading(hs[1], level=2)
    para(d, "Sinds half maart liggen alle collectieve activiteiten stil. De OCMW’s houden telefonisch contact "
            "met de deelnemers; Gent en Antwerpen doen ook videobellen via WhatsApp. Voor deelnemers met een "
            "laag taalniveau is dat moeilijk. Meerdere trajecten zullen langer duren dan gepland.", align="j")
    d.add_heading(hs[2], level=2)
    para(d, "Vanaf juni mogen kleine groepen opnieuw samenkomen. De regels verschillen per OCMW:", space_after=2)
    for t in ["Gent: 4 deelnemers + 1 begeleider", "Luik en Charleroi: 3 deelnemers + 1 formateur",
              "Antwerpen: nog geen beslissing, eerst individuele afspraken", "Brussel: zie punt Rondvraag"]:
        d.add_paragraph(t, style="List Bullet 2")
    d.add_heading(hs[3], level=2)
    para(d, "De POD heeft de cijfers van Gent, Luik, Antwerpen en Brussel ontvangen.", space_after=2)
    rem = "Cijfers Charleroi: nog aan te vullen"
    para(d, [N(rem, c="C00000")])
    d.add_heading(hs[4], level=2)
    para(d, "Jeroen meldt dat Karim ziek is; de Brusselse ploeg werkt grotendeels van thuis uit. Luik vraagt of "
            "de uitstappen van het voorjaar naar het najaar mogen worden verschoven: dat kan.", align="j")
    d.add_heading(hs[5], level=2)
    acts = ["De POD bezorgt een sjabloon voor de rapportering van de indicatoren.",
            "Elk OCMW stuurt zijn aangepaste weekplanning door vóór 29 mei.",
            "Checklist voor veilige groepssessies opstellen – Hanne en Sandrine",
            "Antwerpen test een eerste online module met een kleine groep.",
            "Contact opnemen met Karim over de stand van zaken in Brussel – Jeroen"]
    for a in acts:
        d.add_paragraph(a, style="List Number")
    para(d, "")
    nm = "Volgende vergadering: begin september, opnieuw via Teams; datum volgt via Doodle."
    para(d, nm)
    para(d, [I("Verslag: Pieter-Jan Claeys (POD MI)", s=9)])
    people = []
    orgmap = {"POD MI": "SPP", "OCMW Gent": "GENT", "OCMW Luik": "LIEGE", "OCMW Charleroi": "CHARLEROI",
              "OCMW Antwerpen": "ANTWERPEN", "OCMW Brussel": "BRUXELLES", "Tolken": None}
    for o, ns in rows[1:]:
        for n in ns.split(", "):
            people.append([n, "Present", orgmap[o]])
    people.append(["Karim Benali", "Excused", "BRUXELLES"])
    exp = dict(
        languages=["nl"], online=True, interpretation=True, date="2020-05-14",
        people=people,
        agenda=[[s, e, a] for _, a, s, e in ag],
        headings=[["", h] for h in hs],
        actions=[["SPP", [], None, "De POD bezorgt een sjabloon voor de"],
                 ["CPAS", [], None, "Elk OCMW stuurt zijn aangepaste weekplanning door"],
                 ["Several Network Contacts", ["Hanne De Clercq", "Sandrine Hougardy"], None,
                  "Checklist voor veilige groepssessies opstellen"],
                 ["CPAS", [], "ANTWERPEN", "Antwerpen test een eerste online module"],
                 ["Network Contact", ["Jeroen Van Damme"], None, "Contact opnemen met Karim over de stand"]],
        next_meeting={"date": None, "text": nm},
        remarks=[rem])
    save(d, name, exp)


# ---------------------------------------------------------------- 362
def r362():
    """Fatima Ouali, CPAS Liège, 2021, once a year: hybrid; people grouped by organisation and place,
    no agenda, Heading 1 with roman numerals, actions with initials in brackets."""
    name = "362_pv_rencontre_hybride_liege_sept2021"
    d = new_doc(font="Calibri", size=11)
    para(d, [B("CPAS de Liège – Projet Mod’Actions", c="7F7F7F", s=9)], align="r")
    para(d, [B("Rencontre du réseau FAMI des CPAS", s=16)], align="c", space_after=0)
    para(d, [N("Liège, le 23 septembre 2021 – en présentiel à L’Échelle des Mots et via Teams", i=True)],
         align="c")
    para(d, [B("Participants", u=True)], space_after=2)
    para(d, [I("En présentiel :")], space_after=0)
    onsite = [("SPP IS", "Sophie Lambotte", [("Sophie Lambotte", "SPP")]),
              ("CPAS de Liège", "Sandrine Hougardy, Michel Lejeune, Fatima Ouali",
               [("Sandrine Hougardy", "LIEGE"), ("Michel Lejeune", "LIEGE"), ("Fatima Ouali", "LIEGE")]),
              ("CPAS de Charleroi", "Olivier Piret", [("Olivier Piret", "CHARLEROI")]),
              ("CPAS de Binche", "Nathalie Gobert", [("Nathalie Gobert", "BINCHE")])]
    remote = [("CPAS de Gand", "Hanne De Clercq", [("Hanne De Clercq", "GENT")]),
              ("CPAS d’Anvers", "Kristof Peeters", [("Kristof Peeters", "ANTWERPEN")]),
              ("CPAS de Bruxelles", "Marie-Laure Collignon", [("Marie-Laure Collignon", "BRUXELLES")])]
    for o, ns, _ in onsite:
        d.add_paragraph("%s : %s" % (o, ns), style="List Bullet")
    para(d, [I("À distance (Teams) :")], space_after=0)
    for o, ns, _ in remote:
        d.add_paragraph("%s : %s" % (o, ns), style="List Bullet")
    para(d, [I("Excusés : "), N("Tom Verstraete (Gand), Els Janssens (Schoten)")])
    hs = [("I", "Accueil et tour de table"), ("II", "Le module « Mod’Actions » après la crise sanitaire"),
          ("III", "Les contrats de participation"), ("IV", "Divers"), ("V", "Prochaine rencontre")]
    d.add_heading("%s. %s" % hs[0], level=1)
    para(d, "Première rencontre « en vrai » depuis février 2020. La réunion se tient sans interprétation : "
            "Hanne et Kristof suivent en français, Sophie aide pour les questions en néerlandais. Chaque CPAS "
            "présente brièvement le nombre de participants actifs : Liège 46, Charleroi 39, Binche 12, "
            "Anvers 35, Bruxelles 28, Gand [compléter avec les chiffres de Gand].", align="j")
    d.add_heading("%s. %s" % hs[1], level=1)
    para(d, "Les ateliers collectifs ont repris en juin avec des groupes de 6 participants + 1 formateur. "
            "L’atelier créatif a beaucoup aidé à recréer le lien entre participants. Michel a déjà envoyé le "
            "calendrier des ateliers d’octobre à toutes les antennes.", align="j")
    para(d, "Relancer les AS des antennes pour les inscriptions d’octobre (M.L.)", style="List Bullet")
    para(d, "Proposer une date pour une visite de la ferme du CPAS (F.O. et K.P.)", style="List Bullet")
    d.add_heading("%s. %s" % hs[2], level=1)
    para(d, "À Liège, chaque participant signe trois contrats : avec son assistant social, avec la personne qui "
            "fait l’entretien d’admission et avec le responsable de chaque module. Les autres CPAS trouvent "
            "l’idée intéressante, surtout pour le taux de présence et la ponctualité.", align="j")
    para(d, "Envoyer le modèle des trois contrats aux autres CPAS (S.H.)", style="List Bullet")
    d.add_heading("%s. %s" % hs[3], level=1)
    para(d, "Nouvelle programmation FAMI 2021-2027 : les indicateurs vont changer. Le SPP communiquera les "
            "nouvelles règles de rapportage dès qu’elles seront connues.", align="j")
    d.add_heading("%s. %s" % hs[4], level=1)
    nm = "La prochaine rencontre aura lieu le jeudi 17 mars 2022 à Anvers."
    para(d, nm)
    para(d, "")
    para(d, [I("Rédaction : Fatima Ouali", s=9)], align="r")
    people = [[n, "Present", o] for _, _, l in onsite + remote for n, o in l]
    people += [["Tom Verstraete", "Excused", "GENT"], ["Els Janssens", "Excused", "SCHOTEN"]]
    exp = dict(
        languages=["fr"], online=True, interpretation=False, date="2021-09-23",
        people=people, agenda=[], headings=[list(h) for h in hs],
        actions=[["Network Contact", ["Michel Lejeune"], None, "Relancer les AS des antennes pour les"],
                 ["Several Network Contacts", ["Fatima Ouali", "Kristof Peeters"], None,
                  "Proposer une date pour une visite"],
                 ["Network Contact", ["Sandrine Hougardy"], None, "Envoyer le modèle des trois contrats"],
                 ["SPP", [], None, "Le SPP communiquera les nouvelles règles de rapportage"]],
        next_meeting={"date": "2022-03-17", "text": nm},
        remarks=["[compléter avec les chiffres de Gand]"])
    save(d, name, exp)


# ---------------------------------------------------------------- 363
def r363():
    """Youssef El Amrani, OCMW Gent, 2022: Zoom with interpreters; draft line; people grouped in one
    paragraph; agenda table 'Uur | Onderwerp | Wie' with start times '10.00 u.'; headings '1', '2.1'
    without dots; 'ACTIE:' lines with owner in brackets; French summary repeating the actions."""
    name = "363_verslag_zoomvergadering_gent_feb2022"
    d = new_doc(font="Verdana", size=9.5)
    para(d, [B("ONTWERP – opmerkingen van de deelnemers nog toe te voegen", c="C00000")])
    d.add_paragraph("Verslag netwerkvergadering AMIF", style="Title")
    para(d, [B("8 februari 2022"), N(" – online via Zoom, met simultaanvertaling NL/FR")])
    para(d, [B("Aanwezig: "),
             N("Griet Vanhoutte en Pieter-Jan Claeys (POD MI); Tom Verstraete, Hanne De Clercq en Youssef El "
               "Amrani (OCMW Gent); Sandrine Hougardy (OCMW Luik); Olivier Piret (OCMW Charleroi); Leen Wouters "
               "(OCMW Antwerpen); Jeroen Van Damme (OCMW Brussel); tolken: Anne Colson en Luc Verhaegen.")],
         align="j")
    para(d, [B("Verontschuldigd: "), N("Véronique Dethier (OCMW Charleroi), Karim Benali (OCMW Brussel).")])
    ag = [("10.00 u.", "Opening en goedkeuring vorig verslag", "Youssef"),
          ("10.10 u.", "Stand van zaken per OCMW", "allen"),
          ("11.00 u.", "Nieuwe AMIF-programmatie 2021–2027: indicatoren", "POD"),
          ("11.40 u.", "Tevredenheidsenquête: resultaten 2021", "Hanne"),
          ("12.15 u.", "Varia en volgende vergadering", "")]
    table(d, [["Uur", "Onderwerp", "Wie"]] + [list(a) for a in ag], widths=[2.2, 10, 3], style="Light List Accent 1")
    para(d, "")

    def act(text):
        para(d, [B("ACTIE: ", c="2F5496"), N(text)], indent=0.5)

    d.add_heading("1 Opening en goedkeuring vorig verslag", level=1)
    para(d, "Het verslag van 30 september 2021 wordt goedgekeurd. Youssef herinnert aan de afspraken rond "
            "anonimisering: in de verslagen komen geen namen van deelnemers.", align="j")
    d.add_heading("2 Stand van zaken per OCMW", level=1)
    d.add_heading("2.1 Gent", level=2)
    para(d, "34 lopende trajecten. Door omikron opnieuw kleinere groepen (4 + 1). De weekplanning is aangepast.",
         align="j")
    act("Tom stuurt de nieuwe weekplanning naar de POD.")
    d.add_heading("2.2 Luik", level=2)
    para(d, "Sandrine: het creatieve atelier loopt goed, het informatica-atelier is tijdelijk stopgezet door "
            "ziekte van de lesgever.", align="j")
    d.add_heading("2.3 Charleroi", level=2)
    para(d, "Olivier meldt een hoge instroom na de infosessie van januari.",
         align="j")
    act("cijfers instroom module 2 doorsturen (Charleroi)")
    d.add_heading("2.4 Antwerpen", level=2)
    para(d, "Leen: de partners Schoten, Edegem en Mortsel sturen meer deelnemers door sinds de infosessie voor "
            "maatschappelijk werkers.", align="j")
    d.add_heading("2.5 Brussel", level=2)
    para(d, "[update Brussel nog aan te vullen]")
    d.add_heading("3 Nieuwe AMIF-programmatie 2021–2027", level=1)
    para(d, "Griet licht de gemeenschappelijke output- en resultaatindicatoren van de nieuwe verordening toe: "
            "aantal deelnemers aan taalcursussen, burgerschapsoriëntatie en persoonlijke begeleiding, en het "
            "aantal deelnemers dat minstens één ERK-niveau stijgt.", align="j")
    act("de POD organiseert in maart een infosessie over de nieuwe indicatoren.")
    act("aantal deelnemers per taalniveau (ERK) bijhouden vanaf 1 maart (allen)")
    d.add_heading("4 Tevredenheidsenquête", level=1)
    para(d, "Hanne stelt de resultaten 2021 voor: 212 ingevulde enquêtes. Veel deelnemers vullen de vragen in "
            "met hulp van een intercultureel bemiddelaar.", align="j")
    act("eenvoudiger versie van de enquête met pictogrammen uitwerken (Hanne, Sandrine)")
    d.add_heading("5 Varia", level=1)
    para(d, "Leuke foto’s van de uitstap naar Brugge (Gent, december).", align="j")
    act("fotoreportage van de uitstap naar Brugge delen op het netwerkplatform (?)")
    nm = "Volgende vergadering: dinsdag 14 juni 2022, 10.00 u., in Charleroi (fysiek)."
    para(d, [B(nm)])
    d.add_heading("Résumé en français", level=1)
    para(d, [I("Actions décidées :")], space_after=2)
    for t in ["Tom envoie le nouveau planning hebdomadaire au SPP.",
              "Charleroi transmet les chiffres d’entrée du module 2.",
              "Le SPP organise en mars une séance d’information sur les nouveaux indicateurs.",
              "Tous les CPAS suivent le nombre de participants par niveau de langue (CECR) à partir du 1er mars.",
              "Hanne et Sandrine préparent une version simplifiée de l’enquête avec pictogrammes.",
              "Reportage photo de l’excursion à Bruges à partager sur la plateforme (qui ?)."]:
        d.add_paragraph(t, style="List Bullet")
    exp = dict(
        languages=["nl", "fr"], online=True, interpretation=True, date="2022-02-08",
        people=[["Griet Vanhoutte", "Present", "SPP"], ["Pieter-Jan Claeys", "Present", "SPP"],
                ["Tom Verstraete", "Present", "GENT"], ["Hanne De Clercq", "Present", "GENT"],
                ["Youssef El Amrani", "Present", "GENT"], ["Sandrine Hougardy", "Present", "LIEGE"],
                ["Olivier Piret", "Present", "CHARLEROI"], ["Leen Wouters", "Present", "ANTWERPEN"],
                ["Jeroen Van Damme", "Present", "BRUXELLES"], ["Anne Colson", "Present", None],
                ["Luc Verhaegen", "Present", None],
                ["Véronique Dethier", "Excused", "CHARLEROI"], ["Karim Benali", "Excused", "BRUXELLES"]],
        agenda=[["10:00", None, ag[0][1]], ["10:10", None, ag[1][1]], ["11:00", None, ag[2][1]],
                ["11:40", None, ag[3][1]], ["12:15", None, ag[4][1]]],
        headings=[["1", "Opening en goedkeuring vorig verslag"], ["2", "Stand van zaken per OCMW"],
                  ["2.1", "Gent"], ["2.2", "Luik"], ["2.3", "Charleroi"], ["2.4", "Antwerpen"], ["2.5", "Brussel"],
                  ["3", "Nieuwe AMIF-programmatie 2021–2027"], ["4", "Tevredenheidsenquête"], ["5", "Varia"],
                  ["", "Résumé en français"]],
        actions=[["Network Contact", ["Tom Verstraete"], None, "Tom stuurt de nieuwe weekplanning naar"],
                 ["CPAS", [], "CHARLEROI", "cijfers instroom module 2 doorsturen"],
                 ["SPP", [], None, "de POD organiseert in maart een infosessie"],
                 ["CPAS", [], None, "aantal deelnemers per taalniveau (ERK) bijhouden"],
                 ["Several Network Contacts", ["Hanne De Clercq", "Sandrine Hougardy"], None,
                  "eenvoudiger versie van de enquête met pictogrammen"],
                 ["To Be Assigned", [], None, "fotoreportage van de uitstap naar Brugge delen"]],
        next_meeting={"date": "2022-06-14", "text": nm},
        remarks=["ONTWERP – opmerkingen van de deelnemers nog toe te voegen", "[update Brussel nog aan te vullen]"])
    save(d, name, exp)


# ---------------------------------------------------------------- 364
def r364():
    """Griet Vanhoutte, POD MI, 2023: fully bilingual NL | FR two-column tables under Heading 1, people one
    per line with Mevr./Dhr., agenda with tabs, bilingual action table with 'Wie / Qui'."""
    name = "364_verslag_rapport_netwerk_brussel_nov2023"
    d = new_doc(font="Arial", size=10)
    header_footer(d, head=[TAG_NL, TAG_FR], foot="POD MI / SPP IS – AMIF/FAMI", page=" – ")
    para(d, [B("POD | Maatschappelijke Integratie", c="0070C0")], space_after=0)
    para(d, [B("SPP | Intégration Sociale", c="0070C0")])
    para(d, [B("Verslag bijeenkomst OCMW's – Rapport rencontre CPAS", s=14)], align="c", space_after=0)
    para(d, [B("28 november 2023 – 28 novembre 2023")], align="c", space_after=0)
    para(d, "POD MI, vergaderzaal Europa, Brussel – SPP IS, salle Europe, Bruxelles", align="c")
    para(d, [B("Aanwezig – Présents :")], space_after=0)
    pres = [("Mevr.", "Griet Vanhoutte", "POD MI / SPP IS", "SPP"), ("Dhr.", "Pieter-Jan Claeys", "POD MI / SPP IS", "SPP"),
            ("Mevr.", "Sophie Lambotte", "POD MI / SPP IS", "SPP"), ("Dhr.", "Tom Verstraete", "OCMW Gent", "GENT"),
            ("Mevr.", "Hanne De Clercq", "OCMW Gent", "GENT"), ("Dhr.", "Michel Lejeune", "CPAS de Liège", "LIEGE"),
            ("Mevr.", "Fatima Ouali", "CPAS de Liège", "LIEGE"), ("Dhr.", "Olivier Piret", "CPAS de Charleroi", "CHARLEROI"),
            ("Dhr.", "Kristof Peeters", "OCMW Antwerpen", "ANTWERPEN"),
            ("Mevr.", "Samira Bouzid", "OCMW Antwerpen", "ANTWERPEN"),
            ("Mevr.", "Marie-Laure Collignon", "CPAS de Bruxelles / OCMW Brussel", "BRUXELLES"),
            ("Dhr.", "Karim Benali", "CPAS de Bruxelles / OCMW Brussel", "BRUXELLES"),
            ("Mevr.", "Anne Colson", "tolk – interprète", None), ("Dhr.", "Luc Verhaegen", "tolk – interprète", None)]
    for t, n, o, _ in pres:
        para(d, "%s %s – %s" % (t, n, o), space_after=0, indent=0.5)
    para(d, "")
    para(d, [B("Verontschuldigd – Excusés :")], space_after=0)
    para(d, "Mevr. Véronique Dethier – CPAS de Charleroi", space_after=0, indent=0.5)
    para(d, "Dhr. Bart Van Gorp – OCMW Edegem", indent=0.5)
    para(d, [B("Agenda – Ordre du jour")], space_after=2)
    ag = [("10u00 – 10u30", "Onthaal – Accueil", "10:00", "10:30"),
          ("10u30 – 12u00", "Terugblik 2023 per OCMW – Rétrospective 2023 par CPAS", "10:30", "12:00"),
          ("12u00 – 13u00", "Lunch – Lunch", "12:00", "13:00"),
          ("13u00 – 14u00", "Gemeenschappelijke indicatoren – Indicateurs communs", "13:00", "14:00"),
          ("14u00 – 14u45", "Bewaartermijnen en GDPR – Délais de conservation et RGPD", "14:00", "14:45"),
          ("14u45 – 15u15", "Planning 2024", "14:45", "15:15")]
    for t, a, _, _ in ag:
        p = para(d, "%s\t%s" % (t, a), space_after=0)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(3.5))
    para(d, "")
    hs = [("1", "Welkom – Accueil"), ("2", "Terugblik 2023 per OCMW – Rétrospective 2023 par CPAS"),
          ("3", "Gemeenschappelijke indicatoren – Indicateurs communs"),
          ("4", "Bewaartermijnen en GDPR – Délais de conservation et RGPD"), ("5", "Planning 2024")]
    texts = [
        [("Griet verwelkomt iedereen. De vergadering wordt simultaan getolkt door Anne Colson en Luc Verhaegen.",
          "Griet souhaite la bienvenue. La réunion est interprétée en simultané par Anne Colson et Luc Verhaegen.")],
        [("Gent: 52 deelnemers, 9 naar opleiding. Luik: 47 deelnemers, nieuw atelier rond mobiliteit. Charleroi: "
          "[cijfers Charleroi aan te vullen – chiffres de Charleroi à compléter]. Antwerpen: 40 deelnemers, "
          "met Schoten, Edegem en Mortsel. Brussel: 31 deelnemers.",
          "Gand : 52 participants, 9 vers une formation. Liège : 47 participants, nouvel atelier mobilité. "
          "Charleroi : voir ci-contre. Anvers : 40 participants, avec Schoten, Edegem et Mortsel. Bruxelles : "
          "31 participants.")],
        [("De OCMW’s rapporteren vanaf 2024 volgens de gemeenschappelijke indicatoren van Verordening (EU) "
          "2021/1147. Het aantal deelnemers dat minstens één ERK-niveau stijgt, is moeilijk te meten zonder "
          "gestandaardiseerde test.",
          "À partir de 2024, les CPAS rapportent selon les indicateurs communs du Règlement (UE) 2021/1147. Le "
          "nombre de participants qui progressent d’au moins un niveau CECR est difficile à mesurer sans test "
          "standardisé.")],
        [("Projectdocumenten worden vijf jaar bewaard vanaf 31 december van het jaar van de laatste betaling. "
          "Persoonsgegevens van deelnemers niet langer dan nodig. Antwerpen heeft al een bewaarschema.",
          "Les documents du projet sont conservés cinq ans à partir du 31 décembre de l’année du dernier "
          "paiement. Les données personnelles des participants pas plus longtemps que nécessaire. Anvers a déjà "
          "un schéma de conservation.")],
        [("Drie bijeenkomsten in 2024. Het netwerk wil ook een uitwisseling op het terrein tussen "
          "begeleiders.",
          "Trois rencontres en 2024. Le réseau souhaite aussi un échange de terrain entre accompagnateurs.")]]
    for (num, h), tx in zip(hs, texts):
        d.add_heading("%s. %s" % (num, h), level=1)
        t = d.add_table(rows=len(tx), cols=2)
        t.style = d.styles["Table Grid"]
        for i, (nl, fr) in enumerate(tx):
            cell_text(t.cell(i, 0), nl)
            cell_text(t.cell(i, 1), [(fr, {"i": True})])
    para(d, "")
    para(d, [B("Actiepunten – Points d’action", s=12)], space_after=2)
    acts = [["Actie", "Action", "Wie / Qui"],
            ["Bewaarschema van Antwerpen delen met het netwerk", "Partager le schéma de conservation d’Anvers avec le réseau",
             "OCMW Antwerpen / CPAS Anvers"],
            ["Verduidelijking vragen aan de Europese Commissie over de ERK-indicator",
             "Demander une clarification à la Commission européenne sur l’indicateur CECR", "POD / SPP"],
            ["Per deelnemer het taalniveau bij de start en het einde noteren",
             "Noter le niveau de langue de chaque participant au début et à la fin", "Alle OCMW’s / Tous les CPAS"],
            ["Terreinuitwisseling tussen begeleiders voorbereiden", "Préparer l’échange de terrain entre accompagnateurs",
             "Tom & Kristof"],
            ["Gezamenlijke tevredenheidsenquête 2024 in het Tigrinya laten vertalen",
             "Faire traduire l’enquête de satisfaction 2024 en tigrinya", "nog te bepalen / à définir"],
            ["Presentatie nieuw atelier mobiliteit rondsturen", "Envoyer la présentation du nouvel atelier mobilité",
             "Fatima Ouali"]]
    table(d, acts, widths=[6.5, 6.5, 3], size=9, shade="DEEAF6")
    para(d, "")
    nm = ("Volgende bijeenkomst – Prochaine rencontre: donderdag 21 maart 2024 – jeudi 21 mars 2024, "
          "OCMW Gent / CPAS de Gand")
    para(d, [B(nm)])
    exp = dict(
        languages=["nl", "fr"], online=False, interpretation=True, date="2023-11-28",
        people=[[n, "Present", o] for _, n, _, o in pres] + [["Véronique Dethier", "Excused", "CHARLEROI"],
                                                             ["Bart Van Gorp", "Excused", "EDEGEM"]],
        agenda=[[s, e, a] for _, a, s, e in ag],
        headings=[list(h) for h in hs] + [["", "Actiepunten – Points d’action"]],
        actions=[["CPAS", [], "ANTWERPEN", "Bewaarschema van Antwerpen delen met het netwerk"],
                 ["SPP", [], None, "Verduidelijking vragen aan de Europese Commissie"],
                 ["CPAS", [], None, "Per deelnemer het taalniveau bij de start"],
                 ["Several Network Contacts", ["Tom Verstraete", "Kristof Peeters"], None,
                  "Terreinuitwisseling tussen begeleiders voorbereiden"],
                 ["To Be Assigned", [], None, "Gezamenlijke tevredenheidsenquête 2024 in het Tigrinya laten vertalen"],
                 ["Network Contact", ["Fatima Ouali"], None, "Presentatie nieuw atelier mobiliteit rondsturen"]],
        next_meeting={"date": "2024-03-21", "text": nm},
        remarks=["[cijfers Charleroi aan te vullen – chiffres de Charleroi à compléter]"])
    save(d, name, exp)


# ---------------------------------------------------------------- 365
def r365():
    """Olivier Piret, CPAS Charleroi, 2024, once a year: SURNAMES in capitals, agenda bullets '09.30 – 10.00 :',
    Heading 1 '1.' and Heading 2 '2.1', 'Action :' lines and a recap table; no next meeting."""
    name = "365_compte_rendu_reseau_charleroi_juin2024"
    d = new_doc(font="Calibri", size=11)
    header_footer(d, head=["CPAS de Charleroi – Service Action Migrants"], foot=TAG_FR)
    para(d, [B("Compte rendu – Rencontre du réseau FAMI", s=15, c="385623")], space_after=0)
    para(d, [B("Charleroi, 13 juin 2024", c="385623")])
    para(d, "Lieu : CPAS de Charleroi, salle polyvalente du Service Action Migrants. Interprétation FR/NL "
            "assurée par notre interprète, Mme Anne COLSON.", align="j")
    para(d, [B("Étaient présents :")], space_after=0)
    pres = [("Véronique DETHIER", "CPAS de Charleroi", "CHARLEROI"), ("Olivier PIRET", "CPAS de Charleroi", "CHARLEROI"),
            ("Nathalie GOBERT", "CPAS de Binche", "BINCHE"), ("Sophie LAMBOTTE", "SPP IS", "SPP"),
            ("Pieter-Jan CLAEYS", "SPP IS", "SPP"), ("Hanne DE CLERCQ", "CPAS de Gand", "GENT"),
            ("Sandrine HOUGARDY", "CPAS de Liège", "LIEGE"), ("Leen WOUTERS", "CPAS d’Anvers", "ANTWERPEN"),
            ("Karim BENALI", "CPAS de Bruxelles", "BRUXELLES"), ("Anne COLSON", "interprète", None)]
    for n, o, _ in pres:
        d.add_paragraph("%s – %s" % (n, o), style="List Bullet")
    para(d, [B("Étaient excusés : "), N("Samira BOUZID (CPAS d’Anvers), Didier MAHIEU (CPAS de Binche)")])
    para(d, [B("Ordre du jour")], space_after=0)
    ag = [("09.30 – 10.00", "Accueil et café", "09:30", "10:00"),
          ("10.00 – 10.45", "Présentation d’Activ’Up 2024 (module 9)", "10:00", "10:45"),
          ("10.45 – 11.30", "Le recrutement : de la liste à la séance d’information", "10:45", "11:30"),
          ("11.30 – 12.15", "Échange : l’évaluation des participants", "11:30", "12:15"),
          ("12.15 – 13.30", "Repas et visite des locaux", "12:15", "13:30")]
    for t, a, _, _ in ag:
        d.add_paragraph("%s : %s" % (t, a), style="List Bullet")
    A = {"ver": "envoyer le programme des ateliers découvertes aux autres CPAS",
         "funnel": "chaque CPAS note son entonnoir de recrutement (listés / retenus / présents) pour la prochaine rencontre",
         "spp": "le SPP vérifie si l’entonnoir peut figurer dans le rapport annuel",
         "binche": "Binche organise une séance d’information commune en septembre",
         "trad": "traduire la fiche d’évaluation en néerlandais",
         "grid": "Hanne et Sandrine partagent leurs grilles d’évaluation"}

    def action(text, owner=None):
        segs = [B("Action : ", c="C55A11"), N(text)]
        if owner:
            segs.append(N(" – " + owner))
        para(d, segs, indent=0.5)

    d.add_heading("1. Accueil", level=1)
    para(d, "Véronique DETHIER accueille les collègues du réseau à Charleroi. Tour de table rapide. Les "
            "photos de la visite seront ajoutées [photos à insérer].", align="j")
    d.add_heading("2. Présentation d’Activ’Up 2024", level=1)
    para(d, "Activ’Up fonctionne par modules de septembre à juin. Le module 9 compte 41 participants.", align="j")
    d.add_heading("2.1 Le coaching individuel", level=2)
    para(d, "Un rendez-vous tous les quinze jours avec un coach, autour du projet de vie de la personne. Le suivi "
            "social reste assuré par l’AS de l’antenne.", align="j")
    d.add_heading("2.2 Les ateliers collectifs", level=2)
    para(d, "Ateliers découvertes une fois par semaine, séances d’information sur la vie en Belgique (logement, "
            "mobilité, banque et assurances), coaching collectif une fois par mois et sorties socio-culturelles.",
         align="j")
    action(A["ver"] + ".", "Véronique")
    d.add_heading("3. Le recrutement", level=1)
    para(d, "Sur 1.040 personnes listées, 298 ont été retenues par les AS et 101 sont venues à la séance "
            "d’information (34 %). Binche a un entonnoir comparable. Les autres CPAS ne comptent pas de la même "
            "manière.", align="j")
    action(A["funnel"] + ".")
    action(A["spp"] + ".")
    action(A["binche"] + ".")
    d.add_heading("4. L’évaluation des participants", level=1)
    para(d, "Chaque participant remplit une enquête de satisfaction par module. Hanne explique que Gand utilise "
            "une grille avec pictogrammes ; Liège fait une évaluation orale en groupe. La fiche de Charleroi "
            "n’existe qu’en français.", align="j")
    action(A["trad"], "à définir")
    action(A["grid"] + ".")
    d.add_heading("5. Récapitulatif des actions", level=1)
    rows = [["Action", "Qui", "Pour quand"],
            [A["ver"], "Véronique", "fin juin"],
            [A["funnel"], "Tous les CPAS", "prochaine rencontre"],
            [A["spp"], "SPP", "septembre"],
            [A["binche"], "CPAS de Binche", "septembre"],
            [A["trad"], "à définir", ""],
            [A["grid"], "Hanne, Sandrine", "juillet"]]
    table(d, rows, widths=[10, 3, 3], size=10, shade="E2EFD9")
    para(d, "")
    rem = "Commentaires des participants : à compléter"
    para(d, [I(rem)])
    para(d, [N("Rédaction : Olivier PIRET", s=9)], align="r")
    exp = dict(
        languages=["fr"], online=False, interpretation=True, date="2024-06-13",
        people=[[n, "Present", o] for n, _, o in pres] + [["Samira BOUZID", "Excused", "ANTWERPEN"],
                                                          ["Didier MAHIEU", "Excused", "BINCHE"]],
        agenda=[[s, e, a] for _, a, s, e in ag],
        headings=[["1", "Accueil"], ["2", "Présentation d’Activ’Up 2024"], ["2.1", "Le coaching individuel"],
                  ["2.2", "Les ateliers collectifs"], ["3", "Le recrutement"], ["4", "L’évaluation des participants"],
                  ["5", "Récapitulatif des actions"]],
        actions=[["Network Contact", ["Véronique DETHIER"], None, "envoyer le programme des ateliers découvertes"],
                 ["CPAS", [], None, "chaque CPAS note son entonnoir de recrutement"],
                 ["SPP", [], None, "le SPP vérifie si l’entonnoir peut"],
                 ["CPAS", [], "BINCHE", "Binche organise une séance d’information commune"],
                 ["To Be Assigned", [], None, "traduire la fiche d’évaluation en néerlandais"],
                 ["Several Network Contacts", ["Hanne DE CLERCQ", "Sandrine HOUGARDY"], None,
                  "Hanne et Sandrine partagent leurs grilles"]],
        next_meeting=None,
        remarks=["[photos à insérer]", rem])
    save(d, name, exp)


# ---------------------------------------------------------------- 366
def r366():
    """An Smolders, OCMW Mortsel, 2026: hybrid via Webex; header/footer; people as tabbed lines with status,
    mixed order; tabbed agenda; bold CAPS unnumbered sections; action table with initials."""
    name = "366_verslag_partneroverleg_mortsel_jan2026"
    d = new_doc(font="Aptos", size=10.5, margins=2.2)
    header_footer(d, head=["OCMW Mortsel – AMIF-partneroverleg regio Antwerpen"], foot="Intern verslag – ",
                  page="p. ", italic=False)
    para(d, [B("Partneroverleg AMIF – regio Antwerpen", s=14)], space_after=0)
    para(d, "Mortsel, 20 januari 2026 – 13u30 – gemeentehuis Mortsel, zaal De Vloei + Webex", space_after=0)
    para(d, "Verslag: An Smolders")
    para(d, [B("AANWEZIG / VERONTSCHULDIGD")], space_after=2)
    ppl = [("An Smolders", "OCMW Mortsel", "aanwezig"), ("Wim De Backer", "OCMW Mortsel", "aanwezig"),
           ("Kristof Peeters", "OCMW Antwerpen", "aanwezig"), ("Samira Bouzid", "OCMW Antwerpen", "verontschuldigd"),
           ("Leen Wouters", "OCMW Antwerpen", "aanwezig"), ("Els Janssens", "OCMW Schoten", "aanwezig"),
           ("Bart Van Gorp", "OCMW Edegem", "aanwezig (Webex)"), ("Griet Vanhoutte", "POD MI", "aanwezig (Webex)"),
           ("Jan Hendrickx", "Atlas, integratie & inburgering", "verontschuldigd")]
    for n, o, s in ppl:
        p = para(d, "%s\t%s\t%s" % (n, o, s), space_after=0)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(4.5))
        p.paragraph_format.tab_stops.add_tab_stop(Cm(10.5))
    para(d, "")
    para(d, [B("AGENDA")], space_after=2)
    ag = [("13u30 – 13u45", "Onthaal en goedkeuring verslag 4 november", "13:30", "13:45"),
          ("13u45 – 14u30", "Terugblik najaar 2025", "13:45", "14:30"),
          ("14u30 – 15u00", "Instroom via de sociale diensten", "14:30", "15:00"),
          ("15u00 – 15u30", "Bewaring van dossiers (5 jaar na laatste betaling)", "15:00", "15:30"),
          ("15u30 – 15u45", "Varia", "15:30", "15:45")]
    for t, a, _, _ in ag:
        p = para(d, "%s\t%s" % (t, a), space_after=0)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(3.2))
    para(d, "")
    para(d, "Het verslag van 4 november wordt goedgekeurd.", align="j")
    hs = ["TERUGBLIK NAJAAR 2025", "INSTROOM", "BEWARING VAN DOSSIERS", "VARIA"]
    para(d, [B(hs[0], c="7030A0")], space_after=2)
    para(d, "Alle partners draaien mee in de nieuwe modulewerking (september – juni). Edegem start met een "
            "tweede groep; in Schoten ligt de aanwezigheidsgraad lager dan vorig jaar. De groepsgeest aan het "
            "einde van de module is overal sterk.", align="j")
    rem = "Tabel met instroomcijfers Schoten: nog aan te vullen door Els"
    para(d, [I(rem)])
    para(d, [B(hs[1], c="7030A0")], space_after=2)
    para(d, "De nieuwe folder voor maatschappelijk werkers is klaar en werd op het overleg rondgedeeld. Wim stelt voor om ook een korte infosessie te geven; daar is nog "
            "geen beslissing over.", align="j")
    para(d, [B(hs[2], c="7030A0")], space_after=2)
    para(d, "Documenten van het project moeten vijf jaar bewaard worden vanaf 31 december van het jaar van de "
            "laatste betaling. Persoonsgegevens van deelnemers niet langer dan nodig (GDPR). Een deelnemer kan "
            "altijd vragen om zijn dossier in te kijken. Er zijn nog papieren dossiers van 2019–2020.", align="j")
    para(d, [B(hs[3], c="7030A0")], space_after=2)
    para(d, "Atlas kon er vandaag niet bij zijn; de vraag naar taalcoaching blijft open.", align="j")
    para(d, [B("ACTIES", c="7030A0")], space_after=2)
    rows = [["Actie", "Wie", "Timing"],
            ["Overzicht lopende trajecten per gemeente bezorgen", "EJ, BVG", "februari"],
            ["Bewaarschema dossiers afstemmen met de DPO", "KP", "maart"],
            ["Nagaan of papieren dossiers van 2019–2020 vernietigd mogen worden", "POD", "maart"],
            ["Nieuwe folder voor maatschappelijk werkers verspreiden", "Mortsel", "februari"],
            ["Contact leggen met Atlas voor taalcoaching", "?", ""],
            ["Verslag van dit overleg rondsturen naar alle partners", "AnS", "z.s.m."]]
    table(d, rows, widths=[10, 2.5, 3], size=10)
    para(d, [I("Initialen: EJ = Els Janssens, BVG = Bart Van Gorp, KP = Kristof Peeters, AnS = An Smolders", s=8)])
    nm = "Volgend overleg: dinsdag 24 maart 2026 om 13u30 in OCMW Edegem."
    para(d, [B(nm)])
    orgmap = {"OCMW Mortsel": "MORTSEL", "OCMW Antwerpen": "ANTWERPEN", "OCMW Schoten": "SCHOTEN",
              "OCMW Edegem": "EDEGEM", "POD MI": "SPP"}
    people = [[n, "Present", orgmap.get(o)] for n, o, s in ppl if s.startswith("aanwezig")]
    people += [[n, "Excused", orgmap.get(o)] for n, o, s in ppl if s == "verontschuldigd"]
    exp = dict(
        languages=["nl"], online=True, interpretation=False, date="2026-01-20",
        people=people,
        agenda=[[s, e, a] for _, a, s, e in ag],
        headings=[["", h] for h in hs] + [["", "ACTIES"]],
        actions=[["Several Network Contacts", ["Els Janssens", "Bart Van Gorp"], None,
                  "Overzicht lopende trajecten per gemeente bezorgen"],
                 ["Network Contact", ["Kristof Peeters"], None, "Bewaarschema dossiers afstemmen met de DPO"],
                 ["SPP", [], None, "Nagaan of papieren dossiers van 2019–2020"],
                 ["CPAS", [], "MORTSEL", "Nieuwe folder voor maatschappelijk werkers verspreiden"],
                 ["To Be Assigned", [], None, "Contact leggen met Atlas voor taalcoaching"],
                 ["Network Contact", ["An Smolders"], None, "Verslag van dit overleg rondsturen"]],
        next_meeting={"date": "2026-03-24", "text": nm},
        remarks=[rem])
    save(d, name, exp)


if __name__ == "__main__":
    for f in (r357, r358, r359, r360, r361, r362, r363, r364, r365, r366):
        f()
    print("done")
