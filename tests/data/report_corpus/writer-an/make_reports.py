# -*- coding: utf-8 -*-
"""Builds the meeting reports 407-416 of the AMIF/FAMI network (one secretary per report)."""
import datetime
import os

from docx import Document
from docx.enum.section import WD_ORIENT  # noqa: F401
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_COLOR_INDEX
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
NB = "\u00a0"  # Word's automatic non-breaking space before ':' in French

HL = {"yellow": WD_COLOR_INDEX.YELLOW, "green": WD_COLOR_INDEX.BRIGHT_GREEN, "turq": WD_COLOR_INDEX.TURQUOISE,
      "grey": WD_COLOR_INDEX.GRAY_25}
ALIGN = {"c": WD_ALIGN_PARAGRAPH.CENTER, "r": WD_ALIGN_PARAGRAPH.RIGHT, "j": WD_ALIGN_PARAGRAPH.JUSTIFY,
         "l": WD_ALIGN_PARAGRAPH.LEFT}


# ---------------------------------------------------------------- helpers
def new_doc(font="Calibri", size=11, margins=2.5, author="", created=None):
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
        s.top_margin = s.bottom_margin = Cm(margins)
        s.left_margin = s.right_margin = Cm(margins)
        s.page_height = Cm(29.7)
        s.page_width = Cm(21.0)
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    if created:
        cp.created = created
        cp.modified = created + datetime.timedelta(days=2, hours=3)
    cp.title = ""
    return doc


def fmt_run(r, f):
    if not f:
        return r
    if f.get("b"):
        r.bold = True
    if f.get("i"):
        r.italic = True
    if f.get("u"):
        r.underline = True
    if f.get("caps"):
        r.font.all_caps = True
    if f.get("sc"):
        r.font.small_caps = True
    if f.get("color"):
        r.font.color.rgb = RGBColor.from_string(f["color"])
    if f.get("hl"):
        r.font.highlight_color = HL[f["hl"]]
    if f.get("size"):
        r.font.size = Pt(f["size"])
    if f.get("font"):
        r.font.name = f["font"]
        rpr = r._element.get_or_add_rPr()
        rf = rpr.find(qn("w:rFonts"))
        rf.set(qn("w:cs"), f["font"])
        rf.set(qn("w:eastAsia"), f["font"])
    return r


def add_runs(p, runs, base=None):
    for item in runs:
        if isinstance(item, str):
            fmt_run(p.add_run(item), base)
        else:
            text, f = item
            ff = dict(base or {})
            ff.update(f)
            fmt_run(p.add_run(text), ff)
    return p


def P(container, *runs, style=None, align=None, after=None, before=None, left=None, first=None, base=None,
      keep=False):
    """Add a paragraph to a document or a cell. runs: str or (str, fmt)."""
    if hasattr(container, "_tc") and len(container.paragraphs) == 1 and not container.paragraphs[0].text \
            and not getattr(container, "_used", False):
        p = container.paragraphs[0]
        container._used = True
        if style:
            p.style = style
    else:
        p = container.add_paragraph(style=style) if style else container.add_paragraph()
    if hasattr(container, "_tc"):
        container._used = True
    add_runs(p, runs, base)
    pf = p.paragraph_format
    if align:
        p.alignment = ALIGN[align]
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


def H(doc, text, level=1, color=None, size=None):
    """Word heading style; the number is typed in the text."""
    h = doc.add_heading(level=level)
    r = h.add_run(text)
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    if size:
        r.font.size = Pt(size)
    return h


def shade(cell, hexfill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexfill)
    tcPr.append(shd)


def widths(table, cms):
    for row in table.rows:
        for i, w in enumerate(cms):
            if i < len(row.cells):
                row.cells[i].width = Cm(w)


def table(doc, rows, header=True, style="Table Grid", cms=None, fill=None, size=None, bold_first_col=False):
    t = doc.add_table(rows=0, cols=len(rows[0]))
    if style:
        t.style = style
    for ri, row in enumerate(rows):
        cells = t.add_row().cells
        for ci, val in enumerate(row):
            vals = val if isinstance(val, list) else [val]
            for v in vals:
                f = {}
                if header and ri == 0:
                    f["b"] = True
                if bold_first_col and ci == 0 and ri > 0:
                    f["b"] = True
                if size:
                    f["size"] = size
                if isinstance(v, tuple):
                    f.update(v[1])
                    v = v[0]
                P(cells[ci], (v, f), after=0)
            if header and ri == 0 and fill:
                shade(cells[ci], fill)
    if cms:
        widths(t, cms)
    return t


def field(p, instr):
    r = p.add_run()
    b = OxmlElement("w:fldChar")
    b.set(qn("w:fldCharType"), "begin")
    r._r.append(b)
    r2 = p.add_run()
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " %s " % instr
    r2._r.append(it)
    r3 = p.add_run()
    s = OxmlElement("w:fldChar")
    s.set(qn("w:fldCharType"), "separate")
    r3._r.append(s)
    p.add_run("1")
    r4 = p.add_run()
    e = OxmlElement("w:fldChar")
    e.set(qn("w:fldCharType"), "end")
    r4._r.append(e)


def header_text(doc, lines, align="l", size=8, italic=False, color=None, first=False):
    hdr = doc.sections[0].header
    p = hdr.paragraphs[0]
    for i, ln in enumerate(lines):
        if i:
            p = hdr.add_paragraph()
        fmt_run(p.add_run(ln), {"size": size, "i": italic, "color": color})
        p.alignment = ALIGN[align]
    return hdr


def footer_text(doc, lines, align="c", size=8, italic=False, page=False, color=None):
    ftr = doc.sections[0].footer
    p = ftr.paragraphs[0]
    for i, ln in enumerate(lines):
        if i:
            p = ftr.add_paragraph()
        fmt_run(p.add_run(ln), {"size": size, "i": italic, "color": color})
        p.alignment = ALIGN[align]
    if page:
        p = ftr.add_paragraph()
        p.alignment = ALIGN[align]
        fmt_run(p.add_run("p. "), {"size": size})
        field(p, "PAGE")
        fmt_run(p.add_run(" / "), {"size": size})
        field(p, "NUMPAGES")
    return ftr


def bullets(doc, items, style="List Bullet", base=None, after=2):
    for it in items:
        runs = it if isinstance(it, list) else [it]
        P(doc, *runs, style=style, base=base, after=after)


def dashes(doc, items, dash="- ", base=None, left=0.6, after=2):
    for it in items:
        runs = it if isinstance(it, list) else [it]
        P(doc, dash, *runs, base=base, left=left, first=-0.4, after=after)


def two_col(doc, pairs, cms=(8.0, 8.0), head=None, size=None, italic_right=False, fill=None):
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    if head:
        cells = t.add_row().cells
        for i, h in enumerate(head):
            P(cells[i], (h, {"b": True}), after=0)
            if fill:
                shade(cells[i], fill)
    for left, right in pairs:
        cells = t.add_row().cells
        for i, val in enumerate((left, right)):
            vals = val if isinstance(val, list) else [val]
            for v in vals:
                runs = v if isinstance(v, tuple) and isinstance(v[0], (list,)) else None
                base = {"size": size} if size else {}
                if italic_right and i == 1:
                    base["i"] = True
                if isinstance(v, list):
                    P(cells[i], *v, base=base, after=3)
                else:
                    P(cells[i], v, base=base, after=3)
    widths(t, cms)
    return t


def set_cols(section, n, space_cm=1.0):
    sectPr = section._sectPr
    cols = sectPr.find(qn("w:cols"))
    if cols is None:
        cols = OxmlElement("w:cols")
        sectPr.append(cols)
    cols.set(qn("w:num"), str(n))
    cols.set(qn("w:space"), str(int(space_cm * 567)))


def save(doc, name):
    doc.save(os.path.join(HERE, name))
    print("wrote", name)


def dt(s, h=17):
    d = datetime.date.fromisoformat(s)
    return datetime.datetime(d.year, d.month, d.day, h, 12, 0)


# ---------------------------------------------------------------- 407  SPP IS / POD MI, 2016
def r407():
    """Sarah Dewulf, SPP IS: Heading 1 with typed Roman numbers, FR paragraph then NL paragraph in grey
    italics, agenda in a shaded table, bullets, header with the SPP block, tagline in the footer."""
    doc = new_doc("Calibri", 11, 2.2, "Sarah Dewulf", dt("2016-10-24", 10))
    header_text(doc, ["POD | Maatschappelijke Integratie", "SPP | Intégration Sociale"], "l", 9, color="1F4E79")
    footer_text(doc, ["Naar een geïntegreerd migratiebeleid, dankzij het AMIF",
                      "Vers une politique de migration plus intégrée, grâce au FAMI"], "c", 8, italic=True)
    NLF = {"i": True, "color": "595959"}

    def fr_nl(fr, nl):
        P(doc, fr, align="j", after=2)
        P(doc, nl, base=NLF, align="j", after=10)

    P(doc, ("Verslag bijeenkomst OCMW's – Rapport rencontre CPAS", {"b": True, "size": 16, "color": "1F4E79"}),
      align="c", after=2)
    P(doc, ("AMIF / FAMI", {"b": True, "size": 12}), align="c", after=2)
    P(doc, ("20 oktober 2016 – 20 octobre 2016", {"size": 12}), align="c", after=2)
    P(doc, "POD Maatschappelijke Integratie / SPP Intégration Sociale, Koning Albert II-laan 30, 1000 Brussel "
           "– salle / zaal 4.12", align="c", after=14)

    P(doc, ("Présents / Aanwezig : ", {"b": True}),
      "Sarah Dewulf (SPP IS), Koen Verhaegen (POD MI), Jonas Verstraete (CPAS Gand / OCMW Gent), "
      "Evelien Claeys (CPAS Gand / OCMW Gent), Karim Benali (CPAS Liège / OCMW Luik), "
      "Sophie Lambotte (CPAS Liège / OCMW Luik), Isabelle Fontaine (CPAS Charleroi), "
      "Nadia Janssens (CPAS Anvers / OCMW Antwerpen), Bram Wouters (CPAS Anvers / OCMW Antwerpen), "
      "Agathe Vandamme (CPAS Bruxelles / OCMW Brussel)", align="j", after=4)
    P(doc, ("Excusés / Verontschuldigd : ", {"b": True}),
      "Samira El Amrani (CPAS Charleroi), Youssef Tahiri (CPAS Bruxelles / OCMW Brussel)", align="j", after=12)

    P(doc, ("Ordre du jour / Agenda", {"b": True}), after=4)
    table(doc, [
        ["Heure / Uur", "Point / Punt"],
        ["9h30 – 10h00", "Accueil, café / Onthaal, koffie"],
        ["10h00 – 10h45", "Tour de table des projets / Stand van zaken per project"],
        ["10h45 – 11h30", "Présentation : l’entretien d’admission à Liège / Voorstelling: het intakegesprek in Luik"],
        ["11h30 – 12h15", "Enquête de satisfaction : premiers retours / Tevredenheidsenquête: eerste feedback"],
        ["12h15 – 12h30", "Divers et prochaine réunion / Varia en volgende bijeenkomst"],
    ], cms=(3.5, 12.5), fill="DEEAF6", size=10)
    P(doc, "", after=4)

    H(doc, "I. Accueil et introduction / Onthaal en inleiding", 1, size=13)
    fr_nl("Sarah Dewulf souhaite la bienvenue aux participants au nom du SPP Intégration Sociale. C’est la "
          "troisième rencontre du réseau depuis le lancement des projets FAMI en 2015. La rencontre se déroule "
          "avec une interprétation simultanée français-néerlandais : deux interprètes sont installées en cabine, "
          "chacun peut donc s’exprimer dans sa langue.",
          "Sarah Dewulf verwelkomt de deelnemers namens de POD Maatschappelijke Integratie. Het is de derde "
          "bijeenkomst van het netwerk sinds de start van de AMIF-projecten in 2015. Er is simultaanvertaling "
          "Frans-Nederlands: twee tolken zitten in de cabine, zodat iedereen in zijn eigen taal kan spreken.")
    fr_nl("Koen Verhaegen fait le point sur le programme : tous les CPAS ont reçu la deuxième tranche de "
          "subsides en septembre. Le modèle de fiche projet ne change pas (objectif, groupe cible, modules, "
          "sous-objectifs, coûts, aspects pratiques).",
          "Koen Verhaegen geeft een stand van zaken van het programma: alle OCMW’s ontvingen in september de "
          "tweede schijf van de subsidie. Het sjabloon van de projectfiche blijft hetzelfde (doelstelling, "
          "doelgroep, modules, subdoelstellingen, kosten, praktische aspecten).")

    H(doc, "II. Tour de table / Stand van zaken", 1, size=13)
    fr_nl("Gand / Gent : le projet compte 42 participants actifs. Les ateliers d’activation linguistique ont "
          "lieu deux fois par semaine, le coaching de groupe une fois par mois. Le CPAS de Gand a déjà envoyé "
          "sa fiche projet mise à jour au SPP.",
          "Gent: het project telt 42 actieve deelnemers. De taalactiveringsateliers vinden twee keer per week "
          "plaats, de groepscoaching één keer per maand. OCMW Gent heeft zijn bijgewerkte projectfiche al aan "
          "de POD bezorgd.")
    fr_nl("Liège / Luik : Mod’Actions fonctionne avec quatre modules (activation sociale, atelier créatif, "
          "atelier informatique, réalisation de projet). Depuis septembre, trois contrats sont signés par "
          "participant : avec l’assistant social, avec la personne chargée de l’entretien d’admission et avec "
          "le responsable de chaque module.",
          "Luik: Mod’Actions werkt met vier modules (sociale activering, creatief atelier, informatica-atelier, "
          "projectrealisatie). Sinds september worden per deelnemer drie contracten ondertekend: met de "
          "maatschappelijk werker, met de intaker en met de verantwoordelijke van elke module.")
    fr_nl("Charleroi : Isabelle Fontaine présente les chiffres de recrutement du module 2. Sur les 199 "
          "personnes retenues par les assistantes sociales, 60 sont venues à la séance d’information (30 %). "
          "Pour le module 1, c’était 110 sur 315 (35 %).",
          "Charleroi: Isabelle Fontaine geeft de rekruteringscijfers van module 2. Van de 199 personen die de "
          "maatschappelijk werkers selecteerden, kwamen er 60 naar de infosessie (30 %). Voor module 1 was dat "
          "110 op 315 (35 %).")
    fr_nl("Anvers / Antwerpen : 28 participants, dont une majorité de femmes. Un partenariat avec les CPAS de "
          "Schoten, Edegem et Mortsel est en préparation pour 2017.",
          "Antwerpen: 28 deelnemers, vooral vrouwen. Een samenwerking met de OCMW’s van Schoten, Edegem en "
          "Mortsel wordt voorbereid voor 2017.")
    P(doc, "Bruxelles / Brussel : le recrutement passe par les antennes sociales ; une première séance "
           "d’information a eu lieu le 3 octobre. ",
      ("[chiffres de Bruxelles à compléter]", {"i": True, "color": "C00000"}), align="j", after=2)
    P(doc, "Brussel: de rekrutering verloopt via de sociale antennes; een eerste infosessie vond plaats op "
           "3 oktober.", base=NLF, align="j", after=10)

    H(doc, "III. L’entretien d’admission à Liège / Het intakegesprek in Luik", 1, size=13)
    fr_nl("Karim Benali et Sophie Lambotte présentent l’entretien d’admission. Chaque nouveau client est reçu "
          "individuellement ; une analyse des besoins est faite avec lui, puis un bilan d’orientation (parcours, "
          "objectifs, motivation, obstacles) propose les modules qui lui conviennent. Le responsable de "
          "l’équipe valide le bilan ou le renvoie pour complément.",
          "Karim Benali en Sophie Lambotte stellen het intakegesprek voor. Elke nieuwe cliënt wordt individueel "
          "ontvangen; samen met hem wordt een behoefteanalyse gemaakt, daarna stelt een oriëntatiebalans "
          "(traject, doelen, motivatie, drempels) de passende modules voor. De teamverantwoordelijke keurt de "
          "balans goed of stuurt ze terug voor aanvulling.")
    fr_nl("Discussion : Anvers travaille avec un formulaire plus court ; Gand fait l’entretien avec un "
          "médiateur interculturel quand c’est nécessaire. Le réseau souhaite que les CPAS puissent comparer "
          "leurs grilles d’entretien lors d’une prochaine rencontre.",
          "Bespreking: Antwerpen werkt met een korter formulier; Gent doet het gesprek met een intercultureel "
          "bemiddelaar wanneer nodig. Het netwerk wenst dat de OCMW’s hun gespreksleidraden op een volgende "
          "bijeenkomst kunnen vergelijken.")

    H(doc, "IV. Enquête de satisfaction / Tevredenheidsenquête", 1, size=13)
    fr_nl("Les premiers retours montrent que l’enquête actuelle est peu claire pour le groupe cible : les "
          "termes sont trop abstraits (« autonomie », « compétences transversales ») et le questionnaire "
          "n’existe qu’en français et en néerlandais. Plusieurs participants ont eu besoin d’aide pour le "
          "remplir.",
          "De eerste reacties tonen dat de huidige enquête onduidelijk is voor de doelgroep: de termen zijn te "
          "abstract („zelfredzaamheid”, „transversale competenties”) en de vragenlijst bestaat enkel in het "
          "Frans en het Nederlands. Verschillende deelnemers hadden hulp nodig om ze in te vullen.")
    fr_nl("Il est décidé de garder le questionnaire actuel jusqu’en juin 2017, afin de pouvoir comparer les "
          "résultats des modules en cours.",
          "Er wordt beslist de huidige vragenlijst te behouden tot juni 2017, om de resultaten van de lopende "
          "modules te kunnen vergelijken.")

    H(doc, "V. Actions / Acties", 1, size=13)
    bullets(doc, [
        ["Transmettre le modèle de contrat tripartite aux autres CPAS (resp. Karim Benali)",
         (" – Het model van driedelig contract bezorgen aan de andere OCMW’s (verantw. Karim Benali)", NLF)],
        ["Le SPP IS fera traduire l’enquête de satisfaction en arabe, en dari et en tigrinya",
         (" – De POD MI laat de tevredenheidsenquête vertalen in het Arabisch, Dari en Tigrinya", NLF)],
        ["Chaque CPAS communique ses chiffres de participants du 1er semestre pour le 15 novembre",
         (" – Elk OCMW bezorgt de deelnemerscijfers van het eerste semester tegen 15 november", NLF)],
        ["Jonas et Nadia comparent leurs horaires hebdomadaires et en font une synthèse",
         (" – Jonas en Nadia vergelijken hun weekroosters en maken een synthese", NLF)],
        ["Proposer une date pour une visite de terrain à Anvers (resp. à définir)",
         (" – Een datum voorstellen voor een werkbezoek in Antwerpen (verantw. nog te bepalen)", NLF)],
    ])
    P(doc, "", after=2)

    H(doc, "VI. Prochaine réunion / Volgende bijeenkomst", 1, size=13)
    fr_nl("La prochaine rencontre aura lieu le mardi 14 mars 2017 à l’OCMW de Gand.",
          "De volgende bijeenkomst vindt plaats op dinsdag 14 maart 2017 bij OCMW Gent.")
    P(doc, ("Rapport : Sarah Dewulf – version envoyée aux participants le 24/10/2016", {"size": 9, "color": "7F7F7F"}),
      align="r", before=12)
    save(doc, "407_rencontre_spp_bruxelles_2016.docx")


# ---------------------------------------------------------------- 408  OCMW Gent, 2017
def r408():
    """Evelien Claeys, OCMW Gent: Arial 10, Heading 2/3 with typed numbers, sub-headings ending with a colon,
    typed dashes, people in a mixed table, agenda as 'from – to : title' lines, French summary at the end."""
    doc = new_doc("Arial", 10, 2.0, "Evelien Claeys", dt("2017-03-16", 14))
    header_text(doc, ["OCMW Gent – Dienst Activering | AMIF-project ‘Samen Sterk’"], "r", 8, color="808080")
    footer_text(doc, ["verslag_netwerk_AMIF_20170314_def.docx"], "l", 7, color="808080")

    P(doc, ("VERSLAG NETWERKBIJEENKOMST AMIF", {"b": True, "size": 14}), after=0)
    P(doc, ("Rapport de la rencontre du réseau FAMI", {"i": True, "size": 11}), after=8)
    P(doc, ("Datum: ", {"b": True}), "dinsdag 14 maart 2017, 10u00 – 15u00", after=0)
    P(doc, ("Plaats: ", {"b": True}), "OCMW Gent, Onderbergen 86, 9000 Gent (vergaderzaal 2.04)", after=0)
    P(doc, ("Verslag: ", {"b": True}), "Evelien Claeys", after=10)

    P(doc, ("Aanwezig / verontschuldigd", {"b": True, "u": True}), after=4)
    table(doc, [
        ["Naam", "Organisatie", ""],
        ["Evelien Claeys", "OCMW Gent", "aanwezig"],
        ["Jonas Verstraete", "OCMW Gent", "aanwezig"],
        ["Hamid Bouzidi", "OCMW Gent", "aanwezig"],
        ["Sarah Dewulf", "POD MI", "aanwezig"],
        ["Karim Benali", "OCMW Luik", "verontschuldigd"],
        ["Claire Henrard", "OCMW Luik", "aanwezig"],
        ["Isabelle Fontaine", "OCMW Charleroi", "aanwezig"],
        ["Valérie Dumont", "OCMW Binche", "aanwezig"],
        ["Nadia Janssens", "OCMW Antwerpen", "aanwezig"],
        ["Fatma Yilmaz", "OCMW Antwerpen", "verontschuldigd"],
        ["Agathe Vandamme", "OCMW Brussel", "aanwezig"],
        ["Youssef Tahiri", "OCMW Brussel", "aanwezig"],
    ], cms=(5.5, 5.0, 3.5), fill="E7E6E6", size=9)
    P(doc, "", after=2)

    P(doc, ("Agenda", {"b": True, "u": True}), after=4)
    for line in ["10u00 – 10u30 : Onthaal en koffie",
                 "10u30 – 11u15 : Voorstelling van het project in Gent: taalactivering en groepscoaching",
                 "11u15 – 12u00 : Stand van zaken per OCMW",
                 "12u00 – 13u00 : Lunch",
                 "13u00 – 14u30 : Bezoek aan het buurtcentrum Nieuw Gent",
                 "14u30 – 15u00 : Afspraken en varia"]:
        P(doc, line, after=0, left=0.5)
    P(doc, "", after=4)

    H(doc, "1. Welkom", 2)
    P(doc, "Jonas Verstraete verwelkomt iedereen in Gent, ook Valérie Dumont van OCMW Binche, dat sinds januari "
           "als partner van Charleroi meedraait. Er was deze keer geen tolk voorzien; iedereen sprak rustig en "
           "de Franstalige collega’s kregen de slides vooraf in het Frans.", align="j")

    H(doc, "2. Voorstelling project OCMW Gent", 2)
    P(doc, "Het Gentse project ‘Samen Sterk’ combineert individuele trajectbegeleiding met collectieve modules. "
           "Deelnemers worden aangemeld door de maatschappelijk werkers van de sociale diensten. Na een "
           "intakegesprek volgt een oriëntatiebalans en stapt de deelnemer in een groep.", align="j")
    dashes(doc, [
        "taalactivering: twee keer per week, in kleine groepen van maximum 10 deelnemers;",
        "groepscoaching: één keer per maand, rond het eigen project van de deelnemer;",
        "infosessies ‘Wonen en leven in België’: huisvesting, mobiliteit, bank en verzekeringen;",
        "maandelijkse sociaal-culturele uitstap (vorige maand: het STAM en de bibliotheek De Krook).",
    ])
    P(doc, "Hamid Bouzidi vertelt over zijn rol als intercultureel bemiddelaar: hij tolkt bij intakes en bij "
           "moeilijke gesprekken, maar ook in de groep als de uitleg te abstract wordt. De groep vindt dat een "
           "sterk punt; Brussel stelt voor om de volgende keer een deelnemer te laten getuigen.", align="j")

    H(doc, "3. Stand van zaken per OCMW", 2)
    H(doc, "3.1 OCMW Luik:", 3)
    P(doc, "Claire Henrard vervangt Karim. Mod’Actions loopt met vier modules. OCMW Luik heeft de contracten "
           "al aangepast: de regels over aanwezigheidsgraad en stiptheid staan nu op één pagina, in eenvoudige "
           "taal. De boerderij van het OCMW wordt gebruikt voor de creatieve ateliers.", align="j")
    H(doc, "3.2 OCMW Charleroi en Binche:", 3)
    P(doc, "Module 2 loopt tot juni. Isabelle Fontaine meldt dat de infosessies goed werken om deelnemers te "
           "motiveren, maar dat de opkomst laag blijft (30 %). Binche start in september met een eigen groep "
           "van een tiental deelnemers, met dezelfde modules als Charleroi.", align="j")
    H(doc, "3.3 OCMW Antwerpen:", 3)
    P(doc, "Nadia Janssens: 31 deelnemers, waarvan 24 vrouwen. De samenwerking met Schoten, Edegem en Mortsel "
           "is ondertekend; de eerste deelnemers uit de randgemeenten starten na de paasvakantie. ", align="j",
      after=2)
    P(doc, ("NB: cijfers Schoten, Edegem en Mortsel volgen", {"color": "FF0000", "b": True}), after=8)
    H(doc, "3.4 OCMW Brussel:", 3)
    P(doc, "Agathe Vandamme en Youssef Tahiri: de wachtlijst is lang (een vijftigtal personen). Brussel werkt "
           "met twee groepen per week en een individuele begeleiding om de twee weken. Probleem: de "
           "uurroosters veranderen vaak en de deelnemers worden niet altijd tijdig verwittigd.", align="j")

    H(doc, "4. Bezoek buurtcentrum Nieuw Gent", 2)
    P(doc, "Na de lunch bezoeken we het buurtcentrum waar de taalactivering plaatsvindt. De deelnemers van de "
           "namiddaggroep stellen zich voor en tonen hun fotoproject over de wijk. Enkele vaststellingen:",
      align="j")
    dashes(doc, [
        "de groep heeft duidelijk een eigen groepsgevoel opgebouwd;",
        "deelnemers met een laag taalniveau doen mee dankzij de beelden;",
        "de ruimte is klein: met meer dan 10 deelnemers wordt het moeilijk.",
    ])

    H(doc, "5. Afspraken", 2)
    P(doc, "Er wordt afgesproken dat elk OCMW zijn eigen tevredenheidsenquête blijft gebruiken tot september; "
           "daarna bekijken we een gemeenschappelijke versie.", align="j")
    dashes(doc, [
        "Hamid: bezorgt de lijst met intercultureel bemiddelaars en hun talen aan OCMW Brussel.",
        "OCMW Charleroi: stuurt de cijfers van de infosessies (module 1 en 2) door naar alle OCMW’s.",
        "Jonas en Nadia: bereiden een gezamenlijke workshop over groepscoaching voor.",
        "POD MI: zet het verslag en de slides op de gedeelde map.",
    ])
    P(doc, "Volgende bijeenkomst: najaar 2017 in Luik.", before=6, base={"b": True})

    H(doc, "6. Résumé en français", 2)
    P(doc, "La rencontre a eu lieu au CPAS de Gand, sans interprétation. Le projet gantois « Samen Sterk » "
           "combine accompagnement individuel et modules collectifs (activation linguistique deux fois par "
           "semaine, coaching de groupe mensuel, séances d’information et sorties).", base={"i": True},
      align="j")
    P(doc, "Accords : Hamid envoie la liste des médiateurs interculturels au CPAS de Bruxelles ; le CPAS de "
           "Charleroi transmet les chiffres des séances d’information ; Jonas et Nadia préparent un atelier "
           "commun sur le coaching de groupe ; le SPP place le rapport sur le dossier partagé. Chaque CPAS "
           "garde sa propre enquête de satisfaction jusqu’en septembre.", base={"i": True}, align="j")
    P(doc, "Prochaine rencontre : automne 2017 à Liège.", base={"i": True})
    save(doc, "408_netwerk_gent_2017.docx")


# ---------------------------------------------------------------- 409  CPAS Liège, 2018
def fr_typo(s):
    """French Word autocorrect: non-breaking space before : ; ? ! and inside « »."""
    for a in (" :", " ;", " ?", " !"):
        s = s.replace(a, NB + a[1])
    return s.replace("« ", "«" + NB).replace(" »", NB + "»")


def r409():
    """Sophie Lambotte, CPAS Liège: Times New Roman 12, no heading styles (bold underlined lines typed '1)'),
    agenda as a Word-numbered list inside the introduction, people as Word bullets, French typography
    (non-breaking spaces, curly apostrophes), tasks highlighted in yellow, page numbers in the footer."""
    doc = new_doc("Times New Roman", 12, 2.5, "Sophie Lambotte", dt("2018-11-28", 9))
    footer_text(doc, ["CPAS de Liège – Service d’activation sociale – projet Mod’Actions (FAMI)"], "c", 9, page=True)
    T = fr_typo

    def para(*runs, **kw):
        runs = [T(r) if isinstance(r, str) else (T(r[0]), r[1]) for r in runs]
        kw.setdefault("align", "j")
        kw.setdefault("after", 6)
        return P(doc, *runs, **kw)

    def head(text):
        P(doc, (T(text), {"b": True, "u": True}), before=10, after=4, keep=True)

    para(("Rencontre du réseau FAMI des CPAS", {"b": True, "size": 15}), align="c", after=0)
    para(("Lundi 26 novembre 2018 – Maison de l’activation sociale, Liège", {"size": 12}), align="c", after=0)
    para(("Compte rendu rédigé par Sophie Lambotte", {"i": True, "size": 10}), align="c", after=14)

    para(("Présents :", {"b": True}), after=2)
    for n in ["Karim Benali – CPAS de Liège", "Sophie Lambotte – CPAS de Liège", "Claire Henrard – CPAS de Liège",
              "Marc Delvaux – CPAS de Liège (animateur de l’atelier créatif)", "Sarah Dewulf – SPP IS",
              "Jonas Verstraete – CPAS de Gand", "Lotte De Smet – CPAS de Gand",
              "Didier Hautecoeur – CPAS de Charleroi", "Bram Wouters – CPAS d’Anvers",
              "Griet Aerts – CPAS de Mortsel", "Agathe Vandamme – CPAS de Bruxelles"]:
        P(doc, T(n), style="List Bullet", after=0)
    para(("Excusés :", {"b": True}), before=6, after=2)
    for n in ["Isabelle Fontaine – CPAS de Charleroi", "Valérie Dumont – CPAS de Binche",
              "Kristof Van Dyck – CPAS de Schoten"]:
        P(doc, T(n), style="List Bullet", after=0)

    head("1) Introduction")
    para("Karim Benali accueille les collègues dans la maison de l’activation sociale, rue de la Station, et "
         "présente l’équipe de Mod’Actions (3 ETP + 2 fois 0,5 ETP). Chacun s’exprime dans sa langue ; il n’y a "
         "pas d’interprétation cette fois, les collègues de Gand, d’Anvers et de Mortsel comprenant bien le "
         "français. Karim rappelle l’ordre du jour :", after=2)
    for a in ["Tour de table des CPAS", "Les contrats tripartites : bilan après un an",
              "Atelier créatif : démonstration par Marc Delvaux", "Enquête de satisfaction : vers une version simplifiée",
              "Divers"]:
        P(doc, T(a), style="List Number", after=0)

    head("2) Tour de table")
    para(("Gand : ", {"b": True}), "le projet accueille une quarantaine de participants. Lotte De Smet "
         "explique que les infosessions sur le logement attirent le plus de monde. Gand propose de partager "
         "ses supports visuels avec les autres CPAS.")
    para(("Charleroi : ", {"b": True}), "Didier Hautecoeur présente le module 3 (septembre 2018 – juin 2019). "
         "Le listing des bénéficiaires potentiels a été refait avec l’observatoire local. ",
         ("[à compléter : chiffres de Charleroi]", {"hl": "yellow"}))
    para(("Anvers et Mortsel : ", {"b": True}), "Bram Wouters et Griet Aerts expliquent le fonctionnement avec "
         "les partenaires : les AS de Mortsel orientent leurs clients vers les modules d’Anvers, le suivi "
         "individuel reste à Mortsel. ",
         ("Le CPAS d’Anvers va envoyer sa grille horaire hebdomadaire aux autres CPAS.", {"hl": "yellow"}))
    para(("Bruxelles : ", {"b": True}), "Agathe Vandamme signale que la communication vers les participants "
         "reste difficile quand un cours est annulé. Le CPAS de Bruxelles a déjà mis en place un système de "
         "SMS groupés, avec de bons résultats.")

    head("3) Les contrats tripartites : bilan après un an")
    para("Claire Henrard rappelle le principe : trois contrats par participant, un avec l’assistant social, "
         "un avec la personne chargée de l’entretien d’admission et un avec le responsable de chaque module. "
         "Les règles sur le taux de présence (80 %) et la ponctualité y sont fixées.")
    para("Bilan : les participants connaissent mieux les règles et les absences non justifiées ont baissé. "
         "En revanche, le contrat du module est jugé trop long. ",
         ("Claire va adapter le modèle de contrat pour y ajouter une règle simple sur la ponctualité.",
          {"hl": "yellow"}))
    para("Les collègues de Gand trouvent l’idée intéressante mais ne souhaitent pas introduire de contrat "
         "écrit pour l’instant : le réseau souhaite d’abord voir les résultats de Liège sur une année complète.")

    head("4) Atelier créatif")
    para("Marc Delvaux présente son atelier à travers un court film tourné avec les participants. On y voit "
         "comment la peinture et le collage permettent de parler de soi sans passer par la langue. Les "
         "participants reprennent confiance et découvrent leurs propres intérêts.")
    para("Question de Bruxelles sur le coût du matériel. ",
         ("Le SPP va vérifier si les frais de matériel de l’atelier créatif sont éligibles au FAMI.",
          {"hl": "yellow"}))
    para("Ensuite, démonstration : chacun réalise en vingt minutes une « carte de son parcours ». L’exercice "
         "est repris avec enthousiasme ; Jonas demande s’il peut l’utiliser à Gand, ce que Marc accepte.")

    head("5) Enquête de satisfaction")
    para("Constat partagé : l’enquête actuelle contient trop de termes abstraits et beaucoup de participants "
         "ne la comprennent pas. Il est décidé de travailler sur une version illustrée avec des pictogrammes "
         "et des smileys, et de la proposer aussi en arabe, en dari et en anglais.")
    para(("Une proposition de questionnaire en pictogrammes sera préparée par Lotte et Bram.", {"hl": "yellow"}),
         " ",
         ("Tous les CPAS vont tester le nouveau questionnaire auprès de cinq participants avant la prochaine "
          "rencontre.", {"hl": "yellow"}))

    head("6) Divers")
    para("Sarah Dewulf informe que le SPP a bien reçu tous les rapports annuels 2017. Plusieurs CPAS "
         "demandent des précisions sur les frais éligibles. ",
         ("Rédiger une FAQ commune sur l’éligibilité des frais (qui ? à définir).", {"hl": "yellow"}))
    para(("La prochaine rencontre est prévue le lundi 25 mars 2019 à Anvers.", {"b": True}))
    para(("Merci à toute l’équipe de Liège pour l’accueil et le repas à la ferme !", {"i": True}), before=8)
    save(doc, "409_rencontre_liege_2018.docx")


# ---------------------------------------------------------------- 410  CPAS Charleroi, 2020 (online)
def r410():
    """Laura Pirotte, CPAS Charleroi: Verdana 9.5, typed lettered headings 'A.' bold in blue with a bottom
    border feel, title in a shaded box, agenda under its own label with start times and tabs, people
    grouped per CPAS, an action table, a remark in green italics."""
    doc = new_doc("Verdana", 9.5, 2.0, "Laura Pirotte", dt("2020-06-22", 11))
    header_text(doc, ["CPAS de Charleroi – Service Action Migrants – projet Activ’Up"], "r", 7, color="7F7F7F")
    footer_text(doc, ["Vers une politique de migration plus intégrée, grâce au FAMI"], "c", 7, italic=True)
    BLUE = "2E74B5"

    def head(text):
        P(doc, (text, {"b": True, "color": BLUE, "size": 11}), before=12, after=4, keep=True)

    def para(*runs, **kw):
        kw.setdefault("align", "j")
        kw.setdefault("after", 6)
        return P(doc, *runs, **kw)

    box = doc.add_table(rows=1, cols=1)
    box.style = "Table Grid"
    c = box.rows[0].cells[0]
    shade(c, "D9E2F3")
    P(c, ("Réunion du réseau FAMI – CPAS", {"b": True, "size": 13}), align="c", after=0)
    P(c, ("Jeudi 18 juin 2020 – 10h00 à 12h30", {"size": 10}), align="c", after=0)
    P(c, ("Réunion en ligne (Microsoft Teams), organisée par le CPAS de Charleroi", {"size": 9, "i": True}),
      align="c", after=0)
    P(doc, "", after=4)

    para(("Participants", {"b": True, "u": True}), after=2)
    for org, names in [("SPP IS", "Sarah Dewulf, Thomas Lemaire"),
                       ("CPAS de Charleroi", "Laura Pirotte, Samira El Amrani, Didier Hautecoeur"),
                       ("CPAS de Binche", "Olivier Lecomte"),
                       ("CPAS de Liège", "Karim Benali"),
                       ("CPAS de Gand", "Jonas Verstraete, Hamid Bouzidi"),
                       ("CPAS d’Anvers", "Nadia Janssens"),
                       ("CPAS de Bruxelles", "Youssef Tahiri"),
                       ("Interprètes", "Catherine Vanhove, Luc Desmet")]:
        para((org + "\t: ", {"b": True}), names, after=0, left=0.3)
    para(("Excusés\t: ", {"b": True}), "Agathe Vandamme (CPAS de Bruxelles), Kristof Van Dyck (CPAS de Schoten)",
         before=4, after=10, left=0.3)

    para(("Ordre du jour", {"b": True, "u": True}), after=2)
    for t, title in [("10h00", "Accueil, tests micro et canal d’interprétation"),
                     ("10h15", "Tour de table : la reprise après le confinement"),
                     ("11h00", "Règles pour les groupes et les ateliers"),
                     ("11h40", "Suivi à distance des participants"),
                     ("12h15", "Points d’action et prochaine réunion")]:
        para(t + "\t" + title, after=0, left=0.3)
    P(doc, "", after=2)

    head("A. Accueil")
    para("Laura Pirotte ouvre la réunion, la deuxième organisée en ligne depuis le début de la crise "
         "sanitaire. Les interprètes assurent la traduction simultanée FR/NL via le canal d’interprétation "
         "de Teams ; chacun est invité à couper son micro quand il ne parle pas.")
    para("Thomas Lemaire se présente : il reprend une partie du suivi du réseau au SPP IS, aux côtés de "
         "Sarah Dewulf.")

    head("B. Tour de table : la reprise après le confinement")
    para(("Charleroi : ", {"b": True}), "les ateliers collectifs ont été suspendus du 16 mars au 2 juin. "
         "Pendant le confinement, l’équipe a gardé le contact par téléphone (un appel par semaine et par "
         "participant). La reprise se fait par petits groupes. ",
         ("NB : chiffres de fréquentation de mai à suivre", {"i": True, "color": "00B050"}))
    para(("Binche : ", {"b": True}), "Olivier Lecomte explique que le groupe de Binche a repris avec quatre "
         "participants ; les sorties socio-culturelles sont annulées jusqu’à la rentrée.")
    para(("Liège : ", {"b": True}), "Liège a déjà rouvert ses ateliers le 8 juin, avec des horaires décalés "
         "pour éviter les croisements dans la maison de l’activation sociale.")
    para(("Gand : ", {"b": True}), "Jonas Verstraete : le suivi individuel s’est fait par appel vidéo ; "
         "environ deux tiers des participants ont pu être joints. Le problème principal reste le matériel "
         "(pas de smartphone ou pas de données mobiles).")
    para(("Anvers : ", {"b": True}), "Nadia Janssens signale que les partenaires (Schoten, Edegem, Mortsel) "
         "ont suivi le même schéma. Les cours de néerlandais externes reprennent seulement en septembre.")
    para(("Bruxelles : ", {"b": True}), "Youssef Tahiri : les antennes sociales ont continué à orienter des "
         "personnes pendant le confinement ; une liste d’attente d’une trentaine de personnes s’est formée.")

    head("C. Règles pour les groupes")
    para("Les règles diffèrent d’un CPAS à l’autre, selon les consignes communales et celles du CPAS :")
    table(doc, [
        ["CPAS", "Règle actuelle (juin 2020)"],
        ["Charleroi / Binche", "3 participants + 1 formateur"],
        ["Liège", "3 participants + 1 formateur"],
        ["Gand", "4 participants + 1 formateur"],
        ["Anvers et partenaires", "4 participants + 1 accompagnateur (à l’extérieur si possible)"],
        ["Bruxelles", "individuel uniquement jusqu’au 30 juin"],
    ], cms=(5.0, 11.0), fill="D9E2F3", size=9)
    para("Il est convenu que chaque CPAS applique les règles de sa commune ; le réseau ne fixe pas de règle "
         "commune. Le SPP confirme que les heures prestées à distance restent éligibles si elles sont "
         "documentées.", before=6)

    head("D. Suivi à distance des participants")
    para("Échange sur les outils : appels téléphoniques, WhatsApp, vidéos courtes envoyées au groupe, "
         "exercices sur papier déposés à domicile. Points d’attention : la protection des données (pas de "
         "groupes WhatsApp avec des numéros visibles par tous) et la fatigue des participants.")
    para("Hamid et Jonas présenteront leur méthode d’appel vidéo en petit groupe lors de la prochaine réunion.")
    para("Le réseau souhaite aussi que la Commission assouplisse les règles sur l’achat de matériel "
         "informatique pour les participants.")
    para("Samira El Amrani partage l’expérience de Charleroi : les participants qui ont gardé un contact "
         "régulier avec leur coach pendant le confinement sont presque tous revenus aux ateliers. À l’inverse, "
         "ceux qui n’avaient qu’un numéro de téléphone partagé ont souvent décroché. Didier Hautecoeur "
         "ajoute que les séances d’information « se débrouiller en Belgique » ont été remplacées par des "
         "capsules audio de cinq minutes, bien écoutées.")

    head("E. Points d’action")
    table(doc, [
        ["Action", "Qui", "Pour quand"],
        ["Envoyer le protocole de reprise des ateliers (version 3)", "Samira", "30/06"],
        ["Relayer la question des tablettes auprès de l’autorité responsable du FAMI", "SPP IS", "juillet"],
        ["Compléter le tableau des présences adapté (Covid)", "Tous les CPAS", "15/09"],
        ["Partager les vidéos explicatives en arabe et en dari", "CPAS de Gand", "septembre"],
        ["Organiser un webinaire sur l’accompagnement à distance", "?", "à fixer"],
    ], cms=(10.0, 3.5, 2.5), fill="D9E2F3", size=9)

    head("F. Prochaine réunion")
    para("La prochaine réunion aura lieu en ligne, le jeudi 1er octobre 2020 à 10h00.")
    save(doc, "410_reunion_charleroi_en_ligne_2020.docx")


# ---------------------------------------------------------------- 411  OCMW Antwerpen, 2021 (Teams)
def r411():
    """Fatma Yilmaz, OCMW Antwerpen: Calibri 11, unnumbered Heading 1 sections, labels set in Heading 2,
    people in two tables, agenda table with separate from/to columns, 'ACTIE:' lines with '– wie:' and a
    recap table of the same actions at the end."""
    doc = new_doc("Calibri", 11, 2.0, "Fatma Yilmaz", dt("2021-03-25", 16))
    header_text(doc, ["OCMW Antwerpen | AMIF-netwerk"], "r", 8, color="C00000")
    footer_text(doc, ["Naar een geïntegreerd migratiebeleid, dankzij het AMIF"], "c", 8, italic=True, page=True)

    def para(*runs, **kw):
        kw.setdefault("after", 6)
        return P(doc, *runs, **kw)

    def actie(task, who):
        para(("ACTIE: ", {"b": True, "color": "C00000"}), task, " – wie: ", (who, {"b": True}), left=0.5)

    doc.add_heading("Verslag netwerkvergadering AMIF-projecten OCMW’s", level=0)
    para(("Dinsdag 23 maart 2021, 9u30 – 12u15 – digitaal via MS Teams", {"b": True}))
    para("Gastheer: OCMW Antwerpen – verslag: Fatma Yilmaz", after=10)

    doc.add_heading("Aanwezig", level=2)
    table(doc, [
        ["Naam", "Organisatie", "Functie"],
        ["Fatma Yilmaz", "OCMW Antwerpen", "projectcoördinator"],
        ["Nadia Janssens", "OCMW Antwerpen", "trajectbegeleider"],
        ["Dirk Van den Bossche", "OCMW Antwerpen", "teamleider activering"],
        ["Kristof Van Dyck", "OCMW Schoten", "maatschappelijk werker"],
        ["Sofie Hermans", "OCMW Edegem", "maatschappelijk werker"],
        ["Griet Aerts", "OCMW Mortsel", "diensthoofd sociale dienst"],
        ["Thomas Lemaire", "POD MI", "netwerkcoördinator"],
        ["Jonas Verstraete", "OCMW Gent", "projectcoördinator"],
        ["Claire Henrard", "OCMW Luik", "intaker"],
        ["Samira El Amrani", "OCMW Charleroi", "coach"],
        ["Pieter Goossens", "OCMW Brussel", "maatschappelijk werker"],
        ["Els Vandenberghe", "Universiteit Antwerpen", "gastspreker"],
    ], cms=(5.0, 5.0, 6.0), fill="F2F2F2", size=10)
    doc.add_heading("Verontschuldigd", level=2)
    table(doc, [
        ["Naam", "Organisatie", "Functie"],
        ["Karim Benali", "OCMW Luik", "projectcoördinator"],
        ["Evelien Claeys", "OCMW Gent", "trajectbegeleider"],
    ], cms=(5.0, 5.0, 6.0), fill="F2F2F2", size=10)

    doc.add_heading("Agenda", level=2)
    table(doc, [
        ["Van", "Tot", "Onderwerp"],
        ["09:30", "09:45", "Welkom en technische check"],
        ["09:45", "10:30", "Ronde van de OCMW’s: werking in coronatijd"],
        ["10:30", "11:15", "Gastspreker: meertalige tevredenheidsmeting"],
        ["11:15", "11:25", "Pauze"],
        ["11:25", "12:00", "Nieuwe AMIF-programmaperiode 2021–2027"],
        ["12:00", "12:15", "Rondvraag"],
    ], cms=(1.8, 1.8, 12.4), fill="F2F2F2", size=10)

    doc.add_heading("Welkom", level=1)
    para("Fatma Yilmaz verwelkomt iedereen. Het is de vierde digitale vergadering op rij. De tolken waren "
         "deze keer niet beschikbaar; de Franstalige collega’s volgden met de live-ondertiteling van Teams en "
         "stelden hun vragen in het Frans.")

    doc.add_heading("Ronde van de OCMW’s", level=1)
    para(("Antwerpen en partners. ", {"b": True}), "De groepsmodules lopen opnieuw sinds februari, met "
         "maximaal 4 deelnemers en 1 begeleider per lokaal. Schoten heeft de laptops van het OCMW al "
         "uitgedeeld aan acht deelnemers. Edegem stelt voor om de infosessie ‘Wonen in België’ samen met "
         "Mortsel te organiseren.")
    para(("Gent. ", {"b": True}), "Jonas Verstraete legt uit hoe Gent videobellen in kleine groepjes "
         "organiseert, met een draaiboek voor de begeleiders.")
    actie("draaiboek videobellen doorsturen naar alle partners", "Jonas Verstraete")
    para(("Luik. ", {"b": True}), "Claire Henrard: de intakegesprekken gebeuren weer ter plaatse; de "
         "modules lopen in twee shifts. Het creatief atelier werkt met 3 deelnemers + 1 begeleider.")
    para(("Charleroi. ", {"b": True}), "Samira El Amrani: de rekrutering via de sociale antennes ligt "
         "grotendeels stil; slechts 40 van de 120 uitgenodigde personen kwamen naar de infosessie.")
    para(("Brussel. ", {"b": True}), "Pieter Goossens: de wachtlijst blijft lang. Het zou goed zijn als "
         "het netwerk een gemeenschappelijke tekst had om deelnemers uit te leggen waarom een les wegvalt.")

    doc.add_heading("Meertalige tevredenheidsmeting", level=1)
    para("Els Vandenberghe (Universiteit Antwerpen) stelt de resultaten voor van een kleine studie bij 60 "
         "deelnemers: de huidige tevredenheidsenquête gebruikt te abstracte termen; vragen met smileys, "
         "korte zinnen en een audioversie in de moedertaal werken beter. Ze raadt aan om de vragenlijst eerst "
         "met een kleine groep te testen.")
    para("Er wordt beslist om de vragenlijst in eenvoudig Nederlands en eenvoudig Frans te herschrijven "
         "voor de zomer.")
    actie("de vragenlijst in eenvoudig Nederlands en Frans testen bij tien deelnemers per OCMW", "alle OCMW’s")
    actie("slides van de gastspreker verspreiden via de gedeelde map", "POD MI")

    doc.add_heading("AMIF 2021–2027", level=1)
    para("Thomas Lemaire licht de nieuwe programmaperiode toe. De verordening (EU) 2021/1147 is nog niet "
         "definitief gepubliceerd, maar de gemeenschappelijke indicatoren zijn gekend: aantal deelnemers aan "
         "taalcursussen, aan maatschappelijke oriëntatie en aan persoonlijke professionele begeleiding; "
         "deelnemers die minstens één ERK-niveau stijgen; deelnemers die zeggen dat de activiteit hun "
         "integratie heeft geholpen.")
    para("Vraag van verschillende OCMW’s: welke gegevens moeten we per deelnemer bijhouden, en hoe lang?")
    actie("nagaan welke indicatoren per deelnemer moeten worden bijgehouden", "nog te bepalen")
    actie("partnerovereenkomst met Schoten, Edegem en Mortsel actualiseren", "OCMW Antwerpen")
    actie("gezamenlijke infosessie voor de maatschappelijk werkers in de rand organiseren", "Griet en Sofie")

    doc.add_heading("Rondvraag", level=1)
    para("Geen bijkomende punten. Samira bedankt Antwerpen voor de organisatie.")
    para(("Volgende digitale vergadering: dinsdag 22 juni 2021, 9u30.", {"b": True}))

    doc.add_heading("Overzicht acties", level=1)
    table(doc, [
        ["Wat", "Wie", "Tegen"],
        ["Draaiboek videobellen doorsturen", "Jonas Verstraete", "eind maart"],
        ["Vragenlijst testen bij tien deelnemers", "alle OCMW’s", "22/06"],
        ["Slides gastspreker verspreiden", "POD MI", "26/03"],
        ["Indicatoren per deelnemer nagaan", "nog te bepalen", "22/06"],
        ["Partnerovereenkomst actualiseren", "OCMW Antwerpen", "30/04"],
        ["Infosessie maatschappelijk werkers rand", "Griet en Sofie", "mei"],
    ], cms=(9.0, 4.0, 3.0), fill="F2F2F2", size=10)
    save(doc, "411_vergadering_antwerpen_teams_2021.docx")


# ---------------------------------------------------------------- 412  CPAS Bruxelles, 2022 (hybrid)
def r412():
    """Youssef Tahiri, CPAS de Bruxelles: bilingual headings (Heading 1, typed '1.'), the text of every section
    in a two-column FR | NL table, people typed in one paragraph with stray brackets, agenda lines
    'hh-hh : FR – NL', a four-column action table, remarks in red."""
    doc = new_doc("Calibri", 10.5, 1.9, "Youssef Tahiri", dt("2022-05-16", 15))
    header_text(doc, ["CPAS de Bruxelles – OCMW van Brussel", "Projet FAMI / AMIF-project « Trait d’union »"],
                "l", 8, color="1F3864")
    footer_text(doc, ["Vers une politique de migration plus intégrée, grâce au FAMI – Naar een geïntegreerd "
                      "migratiebeleid, dankzij het AMIF"], "c", 7, italic=True)
    RED = {"color": "FF0000"}

    def sect(pairs):
        two_col(doc, pairs, cms=(8.6, 8.6), head=["FR", "NL"], size=10, fill="DAE3F3")
        P(doc, "", after=2)

    P(doc, ("Rapport rencontre CPAS – Verslag bijeenkomst OCMW’s", {"b": True, "size": 15}), align="c", after=2)
    P(doc, ("Jeudi 12 mai 2022 – Donderdag 12 mei 2022", {"b": True}), align="c", after=2)
    P(doc, "Réunion hybride : salle du Conseil du CPAS de Bruxelles (rue Haute 298A, 1000 Bruxelles) et "
           "Microsoft Teams – Hybride vergadering: raadzaal OCMW Brussel en Microsoft Teams", align="c", after=12)

    P(doc, ("Présents – Aanwezig : ", {"b": True}),
      "Youssef Tahiri (CPAS Bruxelles), Agathe Vandamme (CPAS Bruxelles, Pieter Goossens (OCMW Brussel)), "
      "Thomas Lemaire (SPP IS), Nathalie Peeters (POD MI), Evelien Claeys (OCMW Gent), Hamid Bouzidi "
      "(OCMW Gent) [Teams], Karim Benali (CPAS Liège), Laura Pirotte (CPAS Charleroi) [Teams], "
      "Valérie Dumont (CPAS Binche), Nadia Janssens (OCMW Antwerpen), Ann Mertens (OCMW Schoten)",
      align="j", after=3)
    P(doc, ("Interprètes – Tolken : ", {"b": True}), "Catherine Vanhove, Luc Desmet", after=3)
    P(doc, ("Excusés – Verontschuldigd : ", {"b": True}),
      "Fatma Yilmaz (OCMW Antwerpen), Sophie Lambotte (CPAS Liège), Tom Vermeulen (OCMW Edegem", after=12)

    P(doc, ("Ordre du jour – Agenda", {"b": True, "u": True}), after=3)
    for ln in ["9h30-10h00 : Accueil – Onthaal",
               "10h00-10h45 : Tour de table – Ronde van de OCMW’s",
               "10h45-11h30 : Indicateurs FAMI 2021-2027 – AMIF-indicatoren 2021-2027",
               "11h30-12h00 : Conservation des données et RGPD – Bewaring van gegevens en AVG",
               "12h00-12h30 : Feed-back et actions – Feedback en acties"]:
        P(doc, ln, after=0, left=0.4)
    P(doc, "", after=4)

    H(doc, "1. Accueil – Onthaal", 1, size=12)
    sect([
        ("Youssef Tahiri accueille les participants, sur place et en ligne. C’est la première rencontre en "
         "présentiel depuis 2019. Les interprètes sont en cabine dans la salle ; les collègues sur Teams "
         "choisissent leur langue via le canal d’interprétation.",
         "Youssef Tahiri verwelkomt de deelnemers, ter plaatse en online. Het is de eerste fysieke "
         "bijeenkomst sinds 2019. De tolken zitten in de cabine in de zaal; de collega’s op Teams kiezen hun "
         "taal via het tolkkanaal."),
        ("Nathalie Peeters (SPP IS) se présente : elle reprend le suivi administratif des projets.",
         "Nathalie Peeters (POD MI) stelt zich voor: zij neemt de administratieve opvolging van de projecten "
         "over."),
    ])

    H(doc, "2. Tour de table – Ronde van de OCMW’s", 1, size=12)
    sect([
        ("Bruxelles : 64 participants en 2021, dont 41 femmes. Les groupes sont de nouveau à 10 personnes. "
         "[TODO : chiffres 2021 de Bruxelles par module]",
         "Brussel: 64 deelnemers in 2021, waarvan 41 vrouwen. De groepen tellen opnieuw 10 personen."),
        ("Gand : Evelien Claeys explique que le coaching de groupe a repris chaque mois. Hamid suit surtout "
         "les intakes avec interprétation sociale.",
         "Gent: Evelien Claeys legt uit dat de groepscoaching opnieuw maandelijks plaatsvindt. Hamid volgt "
         "vooral de intakes met sociaal tolken."),
        ("Charleroi et Binche : Laura Pirotte présente le module 2021-2022. Le CPAS de Binche enverra son "
         "calendrier d’ateliers d’été à tous les partenaires.",
         ("[vertaling volgt]", RED)),
        ("Liège : Karim Benali signale que les trois contrats par participant sont maintenus ; l’atelier "
         "informatique a été renforcé.",
         "Luik: Karim Benali meldt dat de drie contracten per deelnemer behouden blijven; het "
         "informatica-atelier werd versterkt."),
        ("Anvers et Schoten : Nadia Janssens et Ann Mertens présentent le « buddy » qui accompagne les "
         "nouveaux participants pendant les trois premières semaines.",
         "Antwerpen en Schoten: Nadia Janssens en Ann Mertens stellen de buddywerking voor: een buddy "
         "begeleidt nieuwe deelnemers tijdens de eerste drie weken."),
    ])

    H(doc, "3. Indicateurs FAMI 2021-2027 – AMIF-indicatoren 2021-2027", 1, size=12)
    sect([
        ("Thomas Lemaire présente les indicateurs communs du règlement (UE) 2021/1147 : participants aux "
         "activités de soutien (cours de langue, orientation civique, accompagnement professionnel "
         "personnalisé), participants aux cours de langue ayant progressé d’au moins un niveau du CECR, et "
         "participants qui déclarent que l’activité a aidé leur intégration.",
         "Thomas Lemaire stelt de gemeenschappelijke indicatoren voor uit verordening (EU) 2021/1147: "
         "deelnemers aan ondersteunende activiteiten (taalcursus, maatschappelijke oriëntatie, persoonlijke "
         "professionele begeleiding), deelnemers aan taalcursussen die minstens één ERK-niveau stegen, en "
         "deelnemers die zeggen dat de activiteit hun integratie heeft geholpen."),
        ("Le règlement prévoit un rapportage annuel de ces chiffres. Plusieurs CPAS ne mesurent pas encore "
         "le niveau CECR à l’entrée.",
         "De verordening voorziet een jaarlijkse rapportering van die cijfers. Verschillende OCMW’s meten "
         "het ERK-niveau nog niet bij de start."),
    ])

    H(doc, "4. Conservation des données et RGPD – Bewaring van gegevens en AVG", 1, size=12)
    sect([
        ("Les documents d’une opération financée par l’UE sont conservés cinq ans à partir du 31 décembre de "
         "l’année du dernier paiement (règlement (UE) 2021/1060, article 82). Les données personnelles ne "
         "sont pas gardées plus longtemps que nécessaire (RGPD, art. 5.1.e) et chaque participant peut "
         "demander à voir tout ce qui est conservé à son sujet (art. 15).",
         "Documenten van een door de EU gefinancierde concrete actie worden vijf jaar bewaard vanaf 31 "
         "december van het jaar van de laatste betaling (verordening (EU) 2021/1060, artikel 82). "
         "Persoonsgegevens worden niet langer bewaard dan nodig (AVG, art. 5.1.e) en elke deelnemer mag "
         "inzage vragen in alles wat over hem bewaard wordt (art. 15)."),
        ("Rappel : chaque CPAS reste propriétaire des données de ses participants ; ni les autres CPAS ni "
         "le SPP ne voient un participant par son nom.",
         "Herinnering: elk OCMW blijft eigenaar van de gegevens van zijn deelnemers; andere OCMW’s noch de "
         "POD zien een deelnemer bij naam."),
    ])

    H(doc, "5. Feed-back : points forts et points à améliorer – Feedback: sterke punten en werkpunten", 1,
      size=12)
    sect([
        ("Points forts : le travail intensif avec le public, les liens entre participants, l’esprit de "
         "groupe en fin de module.",
         "Sterke punten: het intensieve werk met de deelnemers, de band tussen deelnemers, het groepsgevoel "
         "op het einde van een module."),
        ("Points à améliorer : la communication quand un horaire change, l’équilibre entre anciens et "
         "nouveaux participants, et la planification plus tôt des activités. Le réseau souhaite une version "
         "de l’enquête de satisfaction dans plus de langues.",
         "Werkpunten: de communicatie bij gewijzigde uurroosters, het evenwicht tussen oude en nieuwe "
         "deelnemers, en activiteiten vroeger plannen. Het netwerk wenst de tevredenheidsenquête in meer "
         "talen."),
    ])

    H(doc, "6. Actions – Acties", 1, size=12)
    table(doc, [
        ["Action", "Actie", "Qui – Wie", "Échéance – Deadline"],
        ["Envoyer la fiche indicateurs 2021 complétée", "De ingevulde indicatorenfiche 2021 bezorgen",
         "Chaque CPAS – Elk OCMW", "30/06/2022"],
        ["Préparer une note sur la durée de conservation des dossiers",
         "Een nota opstellen over de bewaartermijn van dossiers", "SPP IS – POD MI", "septembre – september"],
        ["Partager le modèle de consentement RGPD du CPAS de Bruxelles",
         "Het AVG-toestemmingsformulier van OCMW Brussel delen", "Agathe", "31/05"],
        ["Comparer la mesure du niveau CECR à l’entrée et à la sortie",
         "De ERK-meting bij start en einde vergelijken", "Karim / Nadia", "octobre – oktober"],
        ["Traduire l’enquête de satisfaction en tigrinya", "De tevredenheidsenquête vertalen in het Tigrinya",
         "à définir – nog te bepalen", "–"],
    ], cms=(5.5, 5.5, 3.2, 3.0), fill="DAE3F3", size=9)
    P(doc, "", after=2)

    H(doc, "7. Prochaine réunion – Volgende vergadering", 1, size=12)
    P(doc, "Le jeudi 6 octobre 2022 à Anvers – Donderdag 6 oktober 2022 in Antwerpen.", after=10)
    P(doc, ("Rapport approuvé par mail par les participants – Verslag goedgekeurd per mail door de "
            "deelnemers (20/05/2022)", {"i": True, "size": 9}))
    save(doc, "412_rencontre_bruxelles_hybride_2022.docx")


# ---------------------------------------------------------------- 413  CPAS Binche, 2023
def r413():
    """Olivier Lecomte, CPAS de Binche: Century Gothic 10, headings typed in capitals and bold (no style, no
    number), people with tabs, agenda typed '1.' without times, an e-mail pasted into the report, an
    imperative to-do list with the owner in brackets, no header, approval line at the end."""
    doc = new_doc("Century Gothic", 10, 2.3, "Olivier Lecomte", dt("2023-10-02", 10))

    def head(t):
        P(doc, (t, {"b": True}), before=12, after=4, keep=True)

    def para(*runs, **kw):
        kw.setdefault("after", 6)
        return P(doc, *runs, **kw)

    para(("CPAS DE BINCHE", {"b": True, "color": "385623"}), after=0)
    para("Service d’insertion sociale – partenaire FAMI du CPAS de Charleroi", after=14)
    para(("Réunion du réseau FAMI", {"b": True, "size": 14}), after=0)
    para("Vendredi 29 septembre 2023 de 9h30 à 13h00", after=0)
    para("Lieu : salle polyvalente du CPAS, rue de la Triperie, Binche", after=12)

    para(("Présents :", {"b": True, "u": True}), after=2)
    for n, o in [("Valérie Dumont", "CPAS de Binche"), ("Olivier Lecomte", "CPAS de Binche"),
                 ("Laura Pirotte", "CPAS de Charleroi"), ("Samira El Amrani", "CPAS de Charleroi"),
                 ("Nathalie Peeters", "SPP Intégration sociale"), ("Sophie Lambotte", "CPAS de Liège"),
                 ("Lotte De Smet", "CPAS de Gand"), ("Bram Wouters", "CPAS d’Anvers"),
                 ("Agathe Vandamme", "CPAS de Bruxelles")]:
        para(n + "\t\t" + o, after=0, left=0.5)
    para(("Excusés :", {"b": True, "u": True}), before=6, after=2)
    for n, o in [("Karim Benali", "CPAS de Liège (voir mail ci-dessous)"), ("Jan De Backer", "CPAS de Mortsel")]:
        para(n + "\t\t" + o, after=0, left=0.5)

    para(("Ordre du jour :", {"b": True, "u": True}), before=10, after=2)
    for i, a in enumerate(["Accueil par la présidente du CPAS de Binche", "Visite de l’atelier couture",
                           "Tour de table des projets", "Recrutement : l’entonnoir de Charleroi",
                           "Enquête de satisfaction : la version illustrée", "Divers"], 1):
        para("%d. %s" % (i, a), after=0, left=0.5)

    head("ACCUEIL")
    para("La présidente du CPAS de Binche accueille le réseau pour la première fois à Binche. Elle rappelle "
         "que le CPAS est partenaire du projet de Charleroi depuis 2017 et qu’une quinzaine de Binchois "
         "suivent chaque année les modules. Café et croissants offerts par l’atelier cuisine.", align="j")

    head("VISITE DE L’ATELIER COUTURE")
    para("Valérie Dumont présente l’atelier couture, installé depuis janvier dans l’ancienne conciergerie. "
         "Huit participantes y viennent deux matinées par semaine. L’atelier sert aussi de lieu "
         "d’apprentissage du français : on nomme les outils, on lit les patrons, on calcule les mesures.",
         align="j")
    para("Les participantes ont préparé des costumes pour le cortège du carnaval des enfants. Il a été décidé "
         "de garder le carnaval comme fil rouge de l’atelier pour l’année 2023-2024.", align="j")

    head("TOUR DE TABLE")
    para("Charleroi : Samira El Amrani présente le nouveau module (septembre 2023 – juin 2024), 45 "
         "participants inscrits. Les séances d’information « se débrouiller en Belgique » ont lieu chaque "
         "jeudi.", align="j")
    para("Liège : Sophie Lambotte explique que les groupes sont stables ; les sorties socio-culturelles "
         "mensuelles ont repris.", align="j")
    para("Gand : Lotte De Smet signale un changement d’équipe : deux nouvelles accompagnatrices depuis l’été.",
         align="j")
    para("Anvers : Bram Wouters indique que la liste d’attente est plus courte grâce aux partenaires "
         "(Schoten, Edegem, Mortsel).", align="j")
    para("Bruxelles : Agathe Vandamme présente le « buddy » et les premiers résultats positifs.", align="j")

    head("RECRUTEMENT : L’ENTONNOIR DE CHARLEROI")
    para("Laura Pirotte présente l’entonnoir de recrutement du module en cours :", align="j", after=2)
    table(doc, [
        ["Étape", "Nombre", "%"],
        ["Personnes répertoriées (listing observatoire)", "1 040", ""],
        ["Retenues par les AS", "290", "100 %"],
        ["Présentes à la séance d’information", "96", "33 %"],
        ["Inscrites après l’entretien d’admission", "45", "16 %"],
    ], cms=(9.0, 2.5, 2.0), size=9)
    para("La perte la plus forte se situe entre l’invitation et la séance d’information. Samira a déjà "
         "présenté ces chiffres aux antennes sociales en septembre. Anvers propose d’envoyer un SMS de "
         "rappel la veille.", align="j", before=6)

    head("ENQUÊTE DE SATISFACTION")
    para("Le SPP montre la version illustrée (smileys, pictogrammes, phrases courtes). Elle est bien "
         "accueillie. Remarques : certaines images sont trop petites, et la version audio serait utile pour "
         "les personnes qui ne lisent pas.", align="j")

    head("DIVERS")
    para("Karim nous avait envoyé ce mail avant la réunion :", after=4)
    mail = [
        "De : Karim Benali <karim.benali@cpasdeliege.be>",
        "Envoyé : mercredi 27 septembre 2023 16:42",
        "À : Olivier Lecomte <olivier.lecomte@cpasbinche.be>",
        "Cc : Sophie Lambotte <sophie.lambotte@cpasdeliege.be>",
        "Objet : Réunion réseau FAMI vendredi – excusé",
        "",
        "Bonjour Olivier,",
        "",
        "Je ne pourrai malheureusement pas être présent vendredi (comité de direction). Sophie est au "
        "courant de tous les points.",
        "Pour le point 5 : nous avons testé la version illustrée de l’enquête avec 12 participants. Les "
        "smileys fonctionnent bien, les questions 4 et 7 restent difficiles. Je vous enverrai nos remarques "
        "écrites d’ici le 13 octobre.",
        "",
        "Bien à vous,",
        "Karim",
    ]
    for ln in mail:
        para((ln, {"font": "Calibri", "size": 10.5, "color": "1F3864"}), after=0, left=0.8)

    head("À FAIRE")
    for t in ["Envoyer les chiffres de l’entonnoir 2023-2024 au SPP (Charleroi)",
              "Imprimer la version illustrée de l’enquête en A3 pour les salles (chaque CPAS)",
              "Mettre à jour la liste de contacts du réseau (SPP)",
              "Organiser une sortie commune Binche-Charleroi au musée du Masque (Valérie et Laura)",
              "Chercher un traducteur pour la version audio en tigrinya (?)"]:
        para("- " + t, after=2, left=0.5)

    para(("Rapport approuvé par les participants le 6 octobre 2023.", {"i": True, "size": 9}), before=14)
    save(doc, "413_reunion_binche_2023.docx")


# ---------------------------------------------------------------- 414  OCMW Schoten, 2024
def r414():
    """Ann Mertens, OCMW Schoten: Segoe UI 10, bold typed numbered headings without styles, sub-headings
    '3.1 …:' ending with a colon, people with initials used as a legend, agenda lines with tabs, actions
    with an arrow and initials, '???' left in the text, footer with page number."""
    doc = new_doc("Segoe UI", 10, 2.2, "Ann Mertens", dt("2024-02-22", 13))
    footer_text(doc, ["Verslag AMIF-netwerk 20/02/2024 – OCMW Schoten"], "r", 8, page=True)

    def head(t, size=11):
        P(doc, (t, {"b": True, "size": size}), before=10, after=3, keep=True)

    def para(*runs, **kw):
        kw.setdefault("after", 6)
        kw.setdefault("align", "j")
        return P(doc, *runs, **kw)

    para(("Verslag netwerkbijeenkomst AMIF – OCMW’s", {"b": True, "size": 14, "color": "00607A"}), align="l",
         after=2)
    para("Dinsdag 20 februari 2024, 9.30 – 12.30 u.", align="l", after=0)
    para("Sociaal Huis Schoten, raadzaal (1e verdieping)", align="l", after=12)

    para(("Aanwezig: ", {"b": True}),
         "Ann Mertens (AM, OCMW Schoten), Kristof Van Dyck (KVD, OCMW Schoten), Nadia Janssens (NJ, OCMW "
         "Antwerpen), Dirk Van den Bossche (DVDB, OCMW Antwerpen), Sofie Hermans (SH, OCMW Edegem), Jan De "
         "Backer (JDB, OCMW Mortsel), Nathalie Peeters (NP, POD MI), Evelien Claeys (EC, OCMW Gent), Claire "
         "Henrard (CH, OCMW Luik), Didier Hautecoeur (DH, OCMW Charleroi), Pieter Goossens (PG, OCMW Brussel)",
         after=3)
    para(("Verontschuldigd: ", {"b": True}),
         "Thomas Lemaire (POD MI), Valérie Dumont (OCMW Binche), Griet Aerts (OCMW Mortsel)", after=12)

    para(("Agenda", {"b": True}), after=2)
    for ln in ["09.30 – 10.00 u.\tOnthaal met koffie",
               "10.00 – 10.45 u.\tVoorstelling OCMW Schoten: taalcafé en buddywerking",
               "10.45 – 11.30 u.\tStand van zaken per OCMW",
               "11.30 – 12.15 u.\tWerkpunten uit de tevredenheidsenquêtes",
               "12.15 – 12.30 u.\tAfspraken en volgende bijeenkomst"]:
        para(ln, after=0, align="l", left=0.3)

    head("1. Onthaal")
    para("AM verwelkomt iedereen in het Sociaal Huis. Het is de eerste keer dat Schoten het netwerk "
         "ontvangt. Dank aan de twee tolken van de POD voor de simultaanvertaling in de raadzaal; de "
         "Franstalige collega’s konden zo in het Frans tussenkomen.")

    head("2. Voorstelling OCMW Schoten")
    para("KVD stelt de Schootense werking voor. Schoten is sinds 2017 partner van OCMW Antwerpen: de "
         "maatschappelijk werkers verwijzen deelnemers door, de collectieve modules lopen in Antwerpen en het "
         "individuele traject blijft in Schoten.")
    para("Sinds september 2023 is er een wekelijks taalcafé in de bibliotheek, met vrijwilligers. Nieuwe "
         "deelnemers krijgen de eerste drie weken een buddy (een deelnemer die al langer meedoet). Resultaat: "
         "minder afhakers in de eerste maand (van 9 naar 3 op 25 deelnemers).")
    para("Mortsel stelt voor om het taalcafé ook voor deelnemers uit Mortsel en Edegem open te stellen. Dat "
         "wordt positief onthaald, maar er is nog geen beslissing.")
    para("Vragen uit de groep: hoe worden de buddy’s gekozen, en hoe voorkom je dat ze te veel "
         "verantwoordelijkheid krijgen? KVD: de buddy’s worden voorgesteld door de trajectbegeleider, krijgen "
         "een korte vorming van twee uur en kunnen altijd terecht bij hun begeleider. Ze krijgen geen "
         "vergoeding, wel een attest dat ze in hun eigen traject kunnen gebruiken. DVDB vult aan dat "
         "Antwerpen hetzelfde systeem sinds 2022 gebruikt in de groepen met nieuwkomers.")

    head("3. Stand van zaken")
    head("3.1 Antwerpen en partners:", 10)
    para("NJ: 58 deelnemers, waarvan 14 uit de randgemeenten. DVDB meldt dat de groepsgrootte opnieuw vrij "
         "is; in de praktijk houden ze het op maximum 12 per groep. Edegem heeft de nieuwe intakeleidraad al "
         "in gebruik genomen.")
    head("3.2 Gent:", 10)
    para("EC: de infosessies over huisvesting lopen goed en worden nu ook in het Arabisch gegeven, met een "
         "intercultureel bemiddelaar. EC bezorgt het draaiboek van de infosessie huisvesting aan Schoten.")
    head("3.3 Luik, Charleroi en Brussel:", 10)
    para("CH: Mod’Actions draait met vijf modules; de contracten werden vereenvoudigd. Aantal deelnemers Luik "
         "in 2023: ???")
    para("DH: Charleroi werkt aan een korter trechterrapport voor de sociale antennes. PG: Brussel heeft de "
         "infosessie ‘wonen’ laten vertalen in het Nederlands en Engels. Brussel zal de vertaalde versie delen "
         "met Luik en Charleroi.")

    head("4. Werkpunten tevredenheidsenquêtes")
    para("NP overloopt de resultaten van 2023 (312 ingevulde enquêtes). Sterke punten volgens de deelnemers: "
         "de sfeer in de groep, de begeleiders, de uitstappen. Werkpunten:")
    for b in ["uurroosters die wijzigen zonder tijdige verwittiging;",
              "te weinig evenwicht tussen nieuwe en oude deelnemers in dezelfde groep;",
              "sommige vragen blijven te abstract, vooral over ‘zelfstandigheid’;",
              "geen verplichte sessies over gevoelige thema’s zoals seksualiteit of partnergeweld."]:
        P(doc, b, style="List Bullet", after=0)
    para("DH merkt op dat de enquête in Charleroi vaak mondeling wordt afgenomen, met hulp van een "
         "begeleider; dat beïnvloedt wellicht de antwoorden. CH bevestigt dat het in Luik net zo gaat bij "
         "deelnemers die niet lezen. Het zou goed zijn om in 2024 ook een audioversie te hebben voor "
         "deelnemers die niet lezen.", before=6)

    head("5. Afspraken")
    for t, who in [("Buddyhandleiding doorsturen naar alle partners", "KVD"),
                   ("Pictogrammen voor de enquête verzamelen en bundelen", "NJ + SH"),
                   ("Cijfers aanwezigheidsgraad 2023 bezorgen aan de POD", "alle OCMW’s"),
                   ("Nieuwe versie van de jaarlijkse indicatorentabel verspreiden", "POD"),
                   ("Tolken reserveren voor de bijeenkomst in oktober", "nog te bepalen")]:
        para("• " + t + " → ", (who, {"b": True}), after=2, align="l", left=0.5, first=-0.4)
    para(("Volgende bijeenkomst: dinsdag 15 oktober, OCMW Edegem.", {"b": True}), before=8)
    save(doc, "414_bijeenkomst_schoten_2024.docx")


# ---------------------------------------------------------------- 415  OCMW Edegem, 2025 (hybrid)
def r415():
    """Tom Vermeulen, OCMW Edegem: Cambria 11, headings typed '1 – …' in bold teal without styles, people as
    Word bullets in a two-column section, no agenda, French summary after each section ('FR :'),
    'XXX' left in the text, online participation only said in a sentence."""
    from docx.enum.section import WD_SECTION
    doc = new_doc("Cambria", 11, 2.4, "Tom Vermeulen", dt("2025-06-16", 9))
    header_text(doc, ["OCMW Edegem – Sociale Dienst – AMIF-partnerproject"], "l", 8, color="5B9BD5")
    TEAL = "1F6F78"

    def head(t):
        P(doc, (t, {"b": True, "color": TEAL, "size": 12}), before=12, after=4, keep=True)

    def para(*runs, **kw):
        kw.setdefault("after", 6)
        kw.setdefault("align", "j")
        return P(doc, *runs, **kw)

    def fr(t):
        para(("FR : " + t, {"i": True, "color": "595959", "size": 10}), left=0.6)

    para(("Netwerkvergadering AMIF", {"b": True, "size": 16, "color": TEAL}), align="l", after=0)
    para(("Réunion du réseau FAMI", {"i": True, "size": 12}), align="l", after=6)
    para("Donderdag 12 juni 2025 – 13u30 tot 16u30", align="l", after=0)
    para("OCMW Edegem, Sociaal Huis, vergaderzaal ‘De Linde’", align="l", after=8)

    para(("Aanwezig:", {"b": True}), after=2, align="l")
    sec = doc.add_section(WD_SECTION.CONTINUOUS)
    set_cols(sec, 2, 0.8)
    for n in ["Tom Vermeulen – OCMW Edegem", "Sofie Hermans – OCMW Edegem", "Griet Aerts – OCMW Mortsel",
              "Kristof Van Dyck – OCMW Schoten", "Nadia Janssens – OCMW Antwerpen", "Nathalie Peeters – POD MI",
              "Koen Verhaegen – POD MI", "Lotte De Smet – OCMW Gent", "Hamid Bouzidi – OCMW Gent",
              "Laura Pirotte – OCMW Charleroi", "Agathe Vandamme – OCMW Brussel"]:
        P(doc, n, style="List Bullet", after=0)
    sec2 = doc.add_section(WD_SECTION.CONTINUOUS)
    set_cols(sec2, 1)
    para(("Verontschuldigd: ", {"b": True}), "Sophie Lambotte (OCMW Luik), Claire Henrard (OCMW Luik), "
         "Bram Wouters (OCMW Antwerpen)", before=6, after=10, align="l")

    head("1 – Welkom")
    para("Tom Vermeulen verwelkomt de collega’s in Edegem. Lotte en Hamid (Gent) volgden de vergadering via "
         "Teams, omdat de treinen door de staking beperkt reden. De Franstalige collega’s spreken vlot "
         "Nederlands.")
    fr("accueil à Edegem ; Lotte et Hamid (Gand) ont suivi la réunion par Teams.")

    head("2 – Rondvraag")
    para(("Edegem en Mortsel: ", {"b": True}), "de samenwerking met Antwerpen loopt goed. Sofie Hermans meldt "
         "dat er sinds januari 11 deelnemers uit Edegem gestart zijn. Griet gaat de contactgegevens van de "
         "nieuwe buddy’s doorgeven aan Schoten.")
    para(("Antwerpen: ", {"b": True}), "Nadia Janssens: Antwerpen heeft de nieuwe enquête al in vijf talen "
         "verspreid (Nederlands, Frans, Engels, Arabisch, Dari).")
    para(("Gent: ", {"b": True}), "Lotte De Smet: de groepsmodules zitten vol tot de zomer; de wachtlijst "
         "telt 23 personen. Hamid Bouzidi vult aan dat vooral de infosessies over huisvesting en "
         "mobiliteit populair zijn; de sessie over bank en verzekeringen trekt minder volk.")
    para(("Charleroi: ", {"b": True}), "Laura Pirotte: de nieuwe module start in september, de rekrutering "
         "via de sociale antennes is al bezig.")
    para(("Brussel: ", {"b": True}), "Agathe Vandamme: Brussel werkt sinds maart met een vaste intaker.")
    fr("Griet (Mortsel) transmettra les coordonnées des nouveaux « buddys » à Schoten ; Anvers a déjà diffusé "
       "la nouvelle enquête en cinq langues.")

    head("3 – Evaluatie van de deelnemers: wat meten we?")
    para("Nathalie Peeters herinnert aan de jaarlijkse rapportering van de AMIF-indicatoren. Vooral de "
         "resultaatindicator ‘deelnemers aan een taalcursus die minstens één ERK-niveau stijgen’ is moeilijk, "
         "omdat niet elk OCMW een test bij de start afneemt.")
    para("Elk OCMW houdt vanaf september bij hoeveel deelnemers minstens één ERK-niveau stijgen. "
         "OCMW Charleroi stuurt zijn evaluatierooster met smileys naar alle partners.")
    para("We spreken af dat de bespreking per deelnemer in het teamoverleg blijft zoals nu; enkel de "
         "eindmeting wordt gemeenschappelijk.")
    para("Discussie: Sofie vraagt of een deelnemer die halverwege stopt, meetelt. Nathalie: ja, als "
         "deelnemer aan een ondersteunende activiteit, maar niet voor de resultaatindicator. Hamid wijst erop "
         "dat een ERK-test voor laaggeletterde deelnemers veel stress geeft; de groep vindt dat de test kort "
         "en zo informeel mogelijk moet blijven, bijvoorbeeld als gesprek in de groep.")
    fr("chaque CPAS note à partir de septembre le nombre de participants qui progressent d’au moins un "
       "niveau du CECR ; Charleroi envoie sa grille d’évaluation avec smileys.")

    head("4 – Bewaartermijnen en inzagerecht")
    para("Koen Verhaegen licht de regels toe: documenten van een AMIF-project worden vijf jaar bewaard vanaf "
         "31 december van het jaar van de laatste betaling (art. 82 van verordening 2021/1060). Voor het "
         "project 2021–2027 betekent dat in de praktijk tot XXX. Persoonsgegevens worden niet langer bewaard "
         "dan nodig, en een deelnemer kan altijd vragen wat er over hem bewaard wordt (art. 15 AVG).")
    para("De nieuwe bewaartabel zal worden opgesteld door de POD. Een modelbrief voor inzageverzoeken "
         "(art. 15 AVG) moet nog iemand opmaken – nog te bepalen.")
    para("Het zou handig zijn als alle OCMW’s dezelfde termijnen hanteren voor de intakeverslagen.")
    fr("le SPP préparera un tableau des délais de conservation ; un modèle de lettre pour les demandes "
       "d’accès reste à attribuer.")

    head("5 – Varia")
    para("Sofie en Tom sturen de uitnodiging voor de netwerkwandeling in het Fort van Edegem rond, voor de "
         "deelnemers van alle partnergemeenten.")
    para("Laura bedankt Edegem voor de ontvangst en de rondleiding in het Sociaal Huis.")
    fr("Sofie et Tom enverront l’invitation pour la promenade au fort d’Edegem.")
    save(doc, "415_vergadering_edegem_2025.docx")


# ---------------------------------------------------------------- 416  OCMW Mortsel, 2026 (Zoom)
def r416():
    """Jan De Backer, OCMW Mortsel: draft line in red at the top, Heading 2/3 with typed decimal numbers
    without a final dot, people in a two-cell table (present | excused), bilingual agenda table with start
    times only, French paragraphs for the French-speaking CPAS, checkbox action list with the owner
    first, a TODO highlighted in green."""
    doc = new_doc("Calibri", 10.5, 2.0, "Jan De Backer", dt("2026-01-29", 12))
    header_text(doc, ["OCMW Mortsel – AMIF-netwerk – ONTWERP"], "r", 8, color="C00000")
    footer_text(doc, ["Naar een geïntegreerd migratiebeleid, dankzij het AMIF | Vers une politique de migration "
                      "plus intégrée, grâce au FAMI"], "c", 7, italic=True, page=True)

    def para(*runs, **kw):
        kw.setdefault("after", 6)
        kw.setdefault("align", "j")
        return P(doc, *runs, **kw)

    para(("ONTWERP – DRAFT – nog niet verspreiden", {"b": True, "color": "C00000"}), align="l", after=8)
    para(("Verslag netwerkvergadering AMIF / Rapport réunion réseau FAMI", {"b": True, "size": 15}),
         align="l", after=2)
    para("Dinsdag 27 januari 2026 – mardi 27 janvier 2026, 14u00 – 16u30", align="l", after=0)
    para("Online via Zoom (organisatie: OCMW Mortsel) – simultaanvertaling via het tolkkanaal in Zoom",
         align="l", after=10)

    t = doc.add_table(rows=2, cols=2)
    t.style = "Table Grid"
    P(t.cell(0, 0), ("Aanwezig / Présents", {"b": True}), after=0)
    P(t.cell(0, 1), ("Verontschuldigd / Excusés", {"b": True}), after=0)
    shade(t.cell(0, 0), "E2EFD9")
    shade(t.cell(0, 1), "E2EFD9")
    for n in ["Jan De Backer (OCMW Mortsel)", "Griet Aerts (OCMW Mortsel)", "Nadia Janssens (OCMW Antwerpen)",
              "Fatma Yilmaz (OCMW Antwerpen)", "Ann Mertens (OCMW Schoten)", "Sofie Hermans (OCMW Edegem)",
              "Nathalie Peeters (POD MI)", "Evelien Claeys (OCMW Gent)", "Karim Benali (CPAS Liège)",
              "Samira El Amrani (CPAS Charleroi)", "Olivier Lecomte (CPAS Binche)",
              "Youssef Tahiri (CPAS Bruxelles)", "Catherine Vanhove (tolk)", "Mathieu Renard (tolk)"]:
        P(t.cell(1, 0), (n, {"size": 10}), after=0)
    for n in ["Koen Verhaegen (POD MI)", "Tom Vermeulen (OCMW Edegem)", "Agathe Vandamme (CPAS Bruxelles)"]:
        P(t.cell(1, 1), (n, {"size": 10}), after=0)
    widths(t, (9.0, 8.0))
    P(doc, "", after=4)

    para(("Agenda / Ordre du jour", {"b": True}), after=3, align="l")
    table(doc, [
        ["Uur / Heure", "Onderwerp", "Sujet"],
        ["14u00", "Opening en afspraken Zoom", "Ouverture et consignes Zoom"],
        ["14u10", "Stand van zaken per OCMW", "Tour de table des CPAS"],
        ["15u00", "Jaarlijkse rapportering AMIF-indicatoren", "Rapportage annuel des indicateurs FAMI"],
        ["15u40", "Tevredenheidsenquête: versie 2026", "Enquête de satisfaction : version 2026"],
        ["16u15", "Actiepunten en volgende vergadering", "Actions et prochaine réunion"],
    ], cms=(2.5, 7.2, 7.3), fill="E2EFD9", size=9.5)
    P(doc, "", after=2)

    H(doc, "1 Opening", 2)
    para("Jan De Backer opent de vergadering. De tolken Catherine Vanhove en Mathieu Renard verzorgen de "
         "vertaling NL-FR; wie Frans wil horen, kiest het Franse kanaal onderaan in Zoom. Fatma Yilmaz "
         "herinnert eraan dat de huidige projecten tot eind 2027 lopen.")

    H(doc, "2 Stand van zaken per OCMW", 2)
    H(doc, "2.1 Antwerpen en partners:", 3)
    para("Antwerpen, Schoten, Edegem en Mortsel begeleidden in 2025 samen 132 deelnemers. Ann Mertens meldt "
         "dat het taalcafé in Schoten nu ook open is voor deelnemers uit Mortsel. Sofie Hermans: Edegem heeft "
         "de bewaartabel van de POD al toegepast op de dossiers van 2019.")
    H(doc, "2.2 Gent:", 3)
    para("Evelien Claeys: de wachtlijst is korter dan vorig jaar; de infosessies ‘Wonen in België’ worden nu "
         "in vier talen gegeven. ", ("TODO: cijfers Gent 2025 aanvullen", {"hl": "green"}))
    H(doc, "2.3 Liège, Charleroi, Binche, Bruxelles:", 3)
    para(("Liège : ", {"b": True}), "Karim Benali présente le bilan 2025 de Mod’Actions : 74 participants, "
         "dont 29 ont rejoint une formation ou un parcours d’insertion socioprofessionnelle (ISP). Les "
         "trois contrats par participant restent la règle.")
    para(("Charleroi : ", {"b": True}), "Samira El Amrani explique que le module 2025-2026 a démarré avec 52 "
         "participants ; l’entonnoir de recrutement reste stable (environ un tiers des invités viennent à la "
         "séance d’information).")
    para(("Binche : ", {"b": True}), "Olivier Lecomte : l’atelier couture continue. Le CPAS de Binche "
         "transmettra ses statistiques de fréquentation 2025 d’ici fin février.")
    para(("Bruxelles : ", {"b": True}), "Youssef Tahiri : la liste d’attente a été réduite de moitié grâce à "
         "un deuxième groupe le samedi matin.")

    H(doc, "3 Jaarlijkse rapportering AMIF-indicatoren", 2)
    para("Nathalie Peeters overloopt het sjabloon voor de indicatoren van 2025: deelnemers aan "
         "taalcursussen, maatschappelijke oriëntatie en persoonlijke professionele begeleiding, deelnemers die "
         "minstens één ERK-niveau stegen en deelnemers die zeggen dat de activiteit hun integratie heeft "
         "geholpen.")
    para("Volgens de OCMW’s zijn de definities van ‘deelnemer’ en ‘voltooid traject’ nog onduidelijk. "
         "Er wordt beslist om voor 2025 nog de definities van vorig jaar te gebruiken.")

    H(doc, "4 Tevredenheidsenquête: versie 2026", 2)
    para("De geïllustreerde versie wordt sinds 2024 overal gebruikt. De audioversie bestaat in het Arabisch "
         "en het Dari; Tigrinya en Oekraïens ontbreken nog. Deelnemers vinden de enquête duidelijker, maar "
         "vraag 6 (‘zelfstandigheid’) blijft te abstract.")
    para("Mortsel stelt voor om vraag 6 te vervangen door twee concrete vragen (zelf een afspraak maken, zelf "
         "de bus nemen). Het voorstel krijgt veel bijval, maar er wordt nog niets beslist.")

    H(doc, "5 Actiepunten", 2)
    for t in ["POD MI: bezorgt het sjabloon voor de indicatoren 2025 tegen 15 februari",
              "Alle OCMW’s: indicatoren 2025 invullen en terugsturen vóór 15 maart",
              "Karim: envoie la version audio de l’enquête en arabe aux partenaires néerlandophones",
              "Fatma en Evelien: vergelijken de cijfers over ERK-niveaus van Antwerpen en Gent",
              "OCMW Mortsel: organiseert de volgende vergadering in Mortsel",
              "?: verslag vertalen naar het Frans"]:
        para("☐ " + t, after=2, align="l", left=0.5, first=-0.5)

    H(doc, "6 Volgende vergadering", 2)
    para("Dinsdag 12 mei 2026, 10u00, OCMW Mortsel (Sociaal Huis, Mortsel) – hybride.", align="l")
    save(doc, "416_netwerk_mortsel_zoom_2026.docx")


if __name__ == "__main__":
    for f in (r407, r408, r409, r410, r411, r412, r413, r414, r415, r416):
        f()
