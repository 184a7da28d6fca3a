# -*- coding: utf-8 -*-
"""Builds reports 367-376 of the AMIF network (meeting reports of the CPAS/OCMW and the SPP IS/POD MI),
each as one invented secretary would type it in Word. Run from this folder:  python make_reports.py
All people are invented."""
import datetime
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_COLOR_INDEX, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------- helpers


def new_doc(author, created, title, font="Calibri", size=11, margins=2.5, lang="fr-BE"):
    d = Document()
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.PORTRAIT
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(margins)
    sec.top_margin = sec.bottom_margin = Cm(margins)
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rpr.get_or_add_rFonts().set(qn("w:eastAsia"), font)
    lg = OxmlElement("w:lang")
    lg.set(qn("w:val"), lang)
    rpr.append(lg)
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = created
    cp.modified = created + datetime.timedelta(days=2, hours=3)
    cp.revision = 3
    return d


def style_font(d, name, font=None, size=None, bold=None, color=None, italic=None, before=None, after=None):
    s = d.styles[name]
    if font:
        s.font.name = font
        s.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), font)
        rf = s.element.rPr.rFonts
        for a in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
            if rf.get(qn(a)) is not None:
                del rf.attrib[qn(a)]
    if size:
        s.font.size = Pt(size)
    if bold is not None:
        s.font.bold = bold
    if italic is not None:
        s.font.italic = italic
    if color:
        s.font.color.rgb = RGBColor.from_string(color)
    if before is not None:
        s.paragraph_format.space_before = Pt(before)
    if after is not None:
        s.paragraph_format.space_after = Pt(after)
    return s


HL = {"y": WD_COLOR_INDEX.YELLOW, "g": WD_COLOR_INDEX.BRIGHT_GREEN, "t": WD_COLOR_INDEX.TURQUOISE,
      "gr": WD_COLOR_INDEX.GRAY_25}


def add_runs(p, runs):
    for r in runs:
        if isinstance(r, str):
            p.add_run(r)
            continue
        text, fmt = r[0], r[1]
        opts = r[2] if len(r) > 2 else {}
        run = p.add_run(text)
        run.bold = "b" in fmt or None
        run.italic = "i" in fmt or None
        run.underline = "u" in fmt or None
        if "color" in opts:
            run.font.color.rgb = RGBColor.from_string(opts["color"])
        if "hl" in opts:
            run.font.highlight_color = HL[opts["hl"]]
        if "size" in opts:
            run.font.size = Pt(opts["size"])
        if "font" in opts:
            run.font.name = opts["font"]
        if opts.get("caps"):
            run.font.all_caps = True
    return p


def P(where, *runs, style=None, align=None, after=None, before=None, indent=None, first=None, tabs=None,
      keep=False):
    """Add a paragraph to a document or a cell. runs: str or (text, 'biu', {opts})."""
    p = where.add_paragraph(style=style) if style else where.add_paragraph()
    add_runs(p, runs)
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
    if indent is not None:
        pf.left_indent = Cm(indent)
    if first is not None:
        pf.first_line_indent = Cm(first)
    for t in tabs or []:
        if isinstance(t, tuple):
            pf.tab_stops.add_tab_stop(Cm(t[0]), t[1], t[2] if len(t) > 2 else WD_TAB_LEADER.SPACES)
        else:
            pf.tab_stops.add_tab_stop(Cm(t))
    if keep:
        pf.keep_with_next = True
    return p


def cell_text(cell, *runs, bold=False, align=None, size=None, shade=None):
    """Write into the (empty) first paragraph of a cell."""
    p = cell.paragraphs[0]
    add_runs(p, [(r, "b") if (bold and isinstance(r, str)) else r for r in runs])
    if size:
        for r in p.runs:
            r.font.size = Pt(size)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if shade:
        shade_cell(cell, shade)
    return p


def cell_more(cell, *runs, style=None, size=None):
    p = cell.add_paragraph(style=style) if style else cell.add_paragraph()
    add_runs(p, runs)
    if size:
        for r in p.runs:
            r.font.size = Pt(size)
    return p


def shade_cell(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def col_widths(table, widths_cm):
    table.autofit = False
    for gc, w in zip(table._tbl.tblGrid.gridCol_lst, widths_cm):
        gc.w = Cm(w)
    for row in table.rows:
        for i, w in enumerate(widths_cm):
            if i < len(row.cells):
                row.cells[i].width = Cm(w)


def table(where, rows, cols, style="Table Grid"):
    t = where.add_table(rows=rows, cols=cols)
    if style:
        t.style = style
    return t


def add_field(p, instr, size=None):
    def r_el():
        r = OxmlElement("w:r")
        if size:
            rpr = OxmlElement("w:rPr")
            sz = OxmlElement("w:sz")
            sz.set(qn("w:val"), str(int(size * 2)))
            rpr.append(sz)
            r.append(rpr)
        return r
    r1 = r_el()
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), "begin")
    r1.append(fc)
    r2 = r_el()
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " %s " % instr
    r2.append(it)
    r3 = r_el()
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), "separate")
    r3.append(fc)
    r4 = r_el()
    t = OxmlElement("w:t")
    t.text = "1"
    r4.append(t)
    r5 = r_el()
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), "end")
    r5.append(fc)
    for r in (r1, r2, r3, r4, r5):
        p._p.append(r)


def auto_list(d, items, style="List Number", runs_fn=None):
    """Automatically numbered list (Word numbering), restarted at 1."""
    numbering = d.part.numbering_part.numbering_definitions._numbering
    num_id = d.styles[style].element.pPr.numPr.numId.val
    abs_id = numbering.num_having_numId(num_id).abstractNumId.val
    new = numbering.add_num(abs_id)
    new.add_lvlOverride(ilvl=0).add_startOverride(1)
    out = []
    for it in items:
        p = d.add_paragraph(style=style)
        add_runs(p, it if isinstance(it, list) else [it])
        numPr = p._p.get_or_add_pPr().get_or_add_numPr()
        numPr.get_or_add_ilvl().val = 0
        numPr.get_or_add_numId().val = new.numId
        out.append(p)
    return out


def bullets(where, items, style="List Bullet", size=None, after=None):
    out = []
    for it in items:
        p = where.add_paragraph(style=style)
        add_runs(p, it if isinstance(it, list) else [it])
        if size:
            for r in p.runs:
                r.font.size = Pt(size)
        if after is not None:
            p.paragraph_format.space_after = Pt(after)
        out.append(p)
    return out


def header_text(d, *runs, align=None, size=9, color=None):
    p = d.sections[0].header.paragraphs[0]
    add_runs(p, runs)
    for r in p.runs:
        r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
    if align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def footer_text(d, *runs, page=None, align=None, size=8):
    p = d.sections[0].footer.paragraphs[0]
    add_runs(p, runs)
    for r in p.runs:
        r.font.size = Pt(size)
    if page:
        if page == "x/y":
            add_field(p, "PAGE", size)
            p.add_run(" / ").font.size = Pt(size)
            add_field(p, "NUMPAGES", size)
        else:
            add_field(p, "PAGE", size)
    if align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def save(d, name):
    d.save(os.path.join(HERE, name))
    print("wrote", name)


def dt(y, m, dd, h=17):
    return datetime.datetime(y, m, dd, h, 12)


# ---------------------------------------------------------------- 367
def r367():
    """CPAS de Charleroi, Aurélie Delcourt, 2016. Normal style only, Arial 10, Roman numerals typed in bold
    underlined headings, agenda on tab stops, people in one running paragraph like the SPP's own report,
    arrows for actions, Word FR apostrophes."""
    d = new_doc("Aurélie Delcourt", dt(2016, 11, 25), "Rencontre CPAS FAMI 24-11-2016", font="Arial", size=10)
    header_text(d, "CPAS de Charleroi – Service Action Migrants", align="r", color="595959")
    footer_text(d, "Rencontre FAMI du 24/11/2016 – page ", page=True, align="c")
    P(d, ("Rencontre entre CPAS – projets FAMI", "b", {"size": 14}), align="c", after=0)
    P(d, ("Uitwisseling OCMW’s – AMIF-projecten", "i", {"size": 11}), align="c", after=6)
    P(d, ("Jeudi 24 novembre 2016", "b"), align="c", after=0)
    P(d, "CPAS de Charleroi – salle du Conseil, boulevard Joseph II, 6000 Charleroi", align="c", after=12)

    P(d, ("Présents : ", "b"),
      "Lotte Verhaegen (SPP IS), Griet Van Acker (CPAS Gand), Sami Ouahabi (CPAS Gand), Fabienne Lambotte "
      "(CPAS Liège), Youssef El Kaddouri (CPAS Liège), Sandrine Dufrasne (CPAS Charleroi), Kader Mebarki (CPAS "
      "Charleroi), Aurélie Delcourt (CPAS Charleroi), Valérie Leclercq (CPAS Binche), Hanne Goossens (CPAS Anvers), "
      "Isabelle Moreau (CPAS Bruxelles)", align="j")
    P(d, ("Excusés : ", "b"), "Bart Van den Broeck (CPAS Anvers), Ahmed Tahiri (CPAS Bruxelles)", after=12)

    P(d, ("Ordre du jour", "bu"), after=4)
    tabs = [3.2]
    for t, title in [("9h30 - 10h00", "Accueil et café"),
                     ("10h00 - 10h30", "Tour de table : où en sont les projets ?"),
                     ("10h30 - 12h00", "Présentation du projet Activ’Up (CPAS de Charleroi et de Binche)"),
                     ("12h00 - 13h00", "Lunch"),
                     ("13h00 - 14h30", "Atelier : le recrutement des participants"),
                     ("14h30 - 15h00", "Divers et prochaine rencontre")]:
        P(d, t + "\t" + title, tabs=tabs, after=0, indent=0.5)
    P(d, "", after=6)

    P(d, ("I. Accueil", "bu"), before=6, after=4)
    P(d, "Sandrine Dufrasne souhaite la bienvenue aux collègues des autres CPAS et du SPP. C’est la première fois "
         "que la rencontre se tient à Charleroi. Lotte Verhaegen (SPP IS) rappelle le but de ces rencontres : "
         "échanger les pratiques entre les cinq CPAS qui mènent un projet FAMI et leurs partenaires, et pas "
         "« contrôler » les projets. Les rapports seront rédigés à tour de rôle par le CPAS qui accueille.",
      align="j")

    P(d, ("II. Tour de table", "bu"), before=6, after=4)
    P(d, "- Gand : le projet tourne depuis septembre avec deux groupes de 12 participants. Beaucoup de "
         "participants décrochent après trois mois (travail intérimaire, cours de néerlandais le matin).",
      indent=0.5, align="j", after=2)
    P(d, "- Liège : Mod’Actions a accueilli 46 personnes depuis janvier. Les inscriptions restent possibles à tout "
         "moment. L’atelier créatif marche très bien ; l’atelier informatique manque de PC.",
      indent=0.5, align="j", after=2)
    P(d, "- Charleroi et Binche : voir point III.", indent=0.5, after=2)
    P(d, "- Anvers : Hanne Goossens explique que les partenaires (Schoten, Edegem, Mortsel) démarrent seulement ; "
         "les premiers entretiens d’intake ont eu lieu en octobre.", indent=0.5, align="j", after=2)
    P(d, "- Bruxelles : beaucoup de demandes des antennes sociales, mais le local ne permet pas plus de 10 "
         "personnes. Le CPAS cherche une autre salle.", indent=0.5, align="j")
    P(d, "Liège travaille avec trois contrats par participant (avec l’AS, avec la personne qui fait l’entretien "
         "d’admission et avec le responsable de chaque module). Les autres CPAS sont intéressés.", align="j")
    P(d, "→ Le CPAS de Liège enverra son modèle de contrat aux autres CPAS via Lotte.", indent=0.5)

    P(d, ("II", "bu"), ("I. Activ’Up : présentation du projet", "bu"), before=6, after=4)
    P(d, "Kader Mebarki présente Activ’Up. Le projet fonctionne par modules de septembre à juin, avec trois axes : "
         "coaching individuel (un rendez-vous tous les quinze jours), activités collectives (ateliers découvertes, "
         "séances d’information « se débrouiller en Belgique », sorties socio-culturelles) et suivi social sur "
         "rendez-vous.", align="j")
    P(d, "Le recrutement demande beaucoup d’énergie : une liste de plus de 1000 bénéficiaires potentiels a été "
         "faite avec l’observatoire du CPAS ; les assistantes sociales en ont retenu 315 pour le module 1. "
         "110 personnes sont venues aux séances d’information (35 %).", align="j")
    P(d, "Valérie Leclercq explique qu’à Binche le groupe est plus petit (8 participants) et se réunit deux fois par "
         "semaine. Le transport reste un problème : pas de bus direct depuis certains villages de l’entité.",
      align="j")
    P(d, "Questions : Gand demande comment motiver les AS à orienter des clients. Réponse de Charleroi : le projet a "
         "été présenté au directeur, aux managers et aux travailleurs de première ligne de chaque antenne sociale.",
      align="j")
    P(d, "→ Kader envoie la présentation PowerPoint à tous les participants de la réunion.", indent=0.5)

    P(d, ("IV. Le recrutement des participants : échange", "bu"), before=6, after=4)
    P(d, "Ce qui marche :", after=0)
    P(d, "- passer dans les équipes des antennes sociales plutôt qu’envoyer un mail ;", indent=0.5, after=0)
    P(d, "- une séance d’information courte, avec un café, et un interprète social si nécessaire ;",
      indent=0.5, after=0)
    P(d, "- rappeler les personnes par téléphone la veille.", indent=0.5)
    P(d, "Ce qui est difficile :", after=0)
    P(d, "- beaucoup de personnes invitées ne viennent pas (adresse plus correcte, garde d’enfants) ;",
      indent=0.5, after=0)
    P(d, "- les chiffres ne sont pas comptés de la même façon d’un CPAS à l’autre.", indent=0.5)
    P(d, "Il est convenu de compter les personnes de la même manière à partir de janvier 2017 : orientées par l’AS, "
         "invitées, présentes à la séance d’information, inscrites.", align="j")
    P(d, "→ Chaque CPAS transmet au SPP, pour le 15 janvier, le nombre de personnes orientées, invitées et présentes "
         "aux séances d’information.", indent=0.5, after=2)
    P(d, "→ Le SPP prépare un petit tableau commun pour ces chiffres.", indent=0.5)
    P(d, ("[Ajouter les commentaires du CPAS d’Anvers reçus après la réunion]", "i", {"color": "C00000"}))

    P(d, ("V. Divers", "bu"), before=6, after=4)
    P(d, "Lotte rappelle le calendrier des rapports intermédiaires (voir mail du SPP du 7 novembre).", align="j")
    P(d, "Bruxelles propose de faire visiter son projet au printemps. Organiser la visite du projet bruxellois en "
         "juin : qui ? à définir.", align="j")
    P(d, ("Prochaine rencontre : jeudi 16 mars 2017 à Gand (à confirmer)", "b"), before=10)
    P(d, ("Rapport : Aurélie Delcourt, CPAS de Charleroi", "i", {"size": 9}), before=12)
    save(d, "367_rencontre_cpas_charleroi_2016.docx")


# ---------------------------------------------------------------- 368
def r368():
    """OCMW Schoten, Ann Verbist, 2017. Title style, Heading 1 with typed numbers, people table with an
    'aanwezig' column, agenda as automatic Word numbering, action table at the end, page numbers in footer."""
    d = new_doc("Ann Verbist", dt(2017, 6, 14), "Verslag partneroverleg AMIF 12 juni 2017", lang="nl-BE")
    style_font(d, "Title", font="Calibri", size=20, color="1F3864")
    style_font(d, "Heading 1", font="Calibri", size=13, color="1F3864", before=12, after=4)
    footer_text(d, "Partneroverleg AMIF regio Antwerpen – verslag 12/06/2017 – pagina ", page=True, align="r")
    header_text(d, "OCMW Schoten", align="r", color="808080")
    P(d, "Verslag partneroverleg AMIF – regio Antwerpen", style="Title")
    P(d, ("Datum: ", "b"), "maandag 12 juni 2017, 14u00 – 16u30", after=0)
    P(d, ("Plaats: ", "b"), "OCMW Schoten, vergaderzaal 1ste verdieping", after=0)
    P(d, ("Verslag: ", "b"), "Ann Verbist", after=10)

    P(d, ("Deelnemers", "b"), after=2)
    t = table(d, 10, 3)
    rows = [("Naam", "Organisatie", "Aanwezig"),
            ("Hanne Goossens", "OCMW Antwerpen", "x"),
            ("Bart Van den Broeck", "OCMW Antwerpen", "verontschuldigd"),
            ("Ann Verbist", "OCMW Schoten", "x"),
            ("Dirk Peeters", "OCMW Schoten", "x"),
            ("Inge Jacobs", "OCMW Edegem", "x"),
            ("Soufiane Amrani", "OCMW Edegem", "x"),
            ("Katrien Mertens", "OCMW Mortsel", "x"),
            ("Joris Van Hove", "OCMW Mortsel", "verontschuldigd"),
            ("Lotte Verhaegen", "POD MI", "x (vanaf punt 4)")]
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            cell_text(t.cell(i, j), v, bold=(i == 0), size=10, shade="D9E2F3" if i == 0 else None)
    col_widths(t, [5.5, 5, 4.5])
    P(d, "", after=4)

    P(d, ("Agenda", "b"), after=2)
    auto_list(d, ["Welkom en goedkeuring verslag vorig overleg",
                  "Stand van zaken instroom per partner",
                  "Tevredenheidsenquête: ervaringen",
                  "Terugkoppeling netwerkbijeenkomst OCMW's (Lotte)",
                  "Varia"])

    P(d, "1. Welkom en verslag vorig overleg", style="Heading 1")
    P(d, "Ann verwelkomt iedereen in Schoten. Het verslag van 20 maart wordt goedgekeurd zonder opmerkingen.")

    P(d, "2. Stand van zaken instroom", style="Heading 1")
    bullets(d, [
        [("Antwerpen: ", "b"), "38 deelnemers in traject, 11 nieuwe aanmeldingen sinds maart. Er is een wachtlijst "
                               "voor de module 'Nederlands oefenen'."],
        [("Schoten: ", "b"), "9 deelnemers. De aanmelding via de maatschappelijk werkers loopt traag. Dirk is "
                             "intussen langsgegaan op het teamoverleg van de sociale dienst; sindsdien 3 nieuwe "
                             "doorverwijzingen."],
        [("Edegem: ", "b"), "6 deelnemers, 2 afhakers (werk gevonden, wat eigenlijk goed nieuws is)."],
        [("Mortsel: ", "b"), "7 deelnemers. ", ("(aan te vullen door Mortsel: cijfers mei)", "", {"hl": "y"})],
    ])
    P(d, "Algemeen: de intakegesprekken duren langer dan voorzien (vaak 1,5 uur met tolk). Iedereen vindt de "
         "oriëntatiebalans wel nuttig, ook voor de maatschappelijk werker.")

    P(d, "3. Tevredenheidsenquête", style="Heading 1")
    P(d, "De enquête van het POD werd in alle gemeenten afgenomen bij het einde van module 1. Ervaringen:")
    bullets(d, ["deelnemers begrijpen de vragen niet goed, woorden zoals 'zelfredzaamheid' en 'participatie' zijn "
                "te abstract;",
                "met een tolk lukt het beter, maar dan antwoorden mensen wat ze denken dat wij willen horen;",
                "smileys of pictogrammen zouden helpen (Edegem heeft dat al geprobeerd met een eigen blad)."])
    P(d, "Het overleg wil dat de enquête ook in andere talen bestaat (Arabisch, Dari, Tigrinya). Dat is een vraag "
         "voor het netwerk, niet enkel voor de partners.")

    P(d, "4. Terugkoppeling netwerk", style="Heading 1")
    P(d, "Lotte geeft kort terug van de netwerkbijeenkomst van 16 maart in Gent: de OCMW's tellen vanaf januari de "
         "doorverwezen, uitgenodigde en aanwezige personen op dezelfde manier. Het verslag van Gent is rondgestuurd. "
         "De partners mogen altijd mee naar de netwerkbijeenkomsten; graag één persoon per gemeente.")

    P(d, "5. Varia", style="Heading 1")
    P(d, "In juli liggen de modules stil. Edegem stelt voor om in augustus samen een uitstap te doen met de "
         "deelnemers van de vier gemeenten (bv. naar zee).")

    P(d, "Actielijst", style="Heading 1")
    a = table(d, 7, 4)
    acts = [("Nr", "Actie", "Wie", "Tegen"),
            ("1", "Voorstel vereenvoudigde tevredenheidsenquête (met pictogrammen) opmaken", "OCMW Antwerpen",
             "september"),
            ("2", "Vraag naar vertaling enquête (Arabisch, Dari, Tigrinya) meenemen naar het netwerk", "Lotte",
             "oktober"),
            ("3", "Cijfers van mei doorsturen naar Ann voor het verslag", "Katrien", "20/06"),
            ("4", "Gezamenlijke uitstap augustus: datum kiezen en bus regelen", "Inge + Soufiane", "30/06"),
            ("5", "Vorming 'omgaan met laaggeletterdheid' zoeken voor de begeleiders", "?", "–"),
            ("6", "Verslag rondsturen naar alle partners en naar het POD", "Ann", "asap")]
    for i, r in enumerate(acts):
        for j, v in enumerate(r):
            cell_text(a.cell(i, j), v, bold=(i == 0), size=10, shade="D9E2F3" if i == 0 else None)
    col_widths(a, [1, 9, 3.5, 2.5])
    P(d, "")
    P(d, ("Volgende partneroverleg: dinsdag 10/10/2017 om 14u in Edegem", "b"))
    save(d, "368_partneroverleg_schoten_2017.docx")


# ---------------------------------------------------------------- 369
NB = "\u00a0"


def r369():
    """CPAS de Liège, Marie-Laure Piron, 2018. French Word with non-breaking spaces before colons, headings
    typed as '1) TITRE' in blue capitals, people grouped by organisation in bullets, agenda on tabs with start
    times only, 'Action / Qui' lines, a red NB still to complete."""
    d = new_doc("Marie-Laure Piron", dt(2018, 5, 24), "Rencontre réseau FAMI 22 mai 2018 - RGPD", font="Calibri",
                size=11)
    header_text(d, "CPAS de Liège – Mod’Actions – Projet FAMI", align="r", color="1F4E79")
    footer_text(d, "Rédaction" + NB + ": M.-L. Piron – relu par F. Lambotte", align="c")
    blue = {"color": "1F4E79"}

    def h(txt):
        return P(d, (txt, "b", blue), before=10, after=4, keep=True)

    P(d, ("RENCONTRE RÉSEAU FAMI – RAPPORT", "b", {"size": 15, "color": "1F4E79"}), align="c", after=0)
    P(d, ("Netwerkbijeenkomst AMIF", "i", {"color": "1F4E79"}), align="c", after=8)
    P(d, ("Date" + NB + ": ", "b"), "mardi 22 mai 2018, de 9h30 à 15h00", after=0)
    P(d, ("Lieu" + NB + ": ", "b"), "SPP Intégration sociale, boulevard du Roi Albert II 30, 1000 Bruxelles "
                                   "(salle 7.12)", after=0)
    P(d, ("Interprétation" + NB + ": ", "b"), "simultanée FR/NL (cabine)", after=8)

    P(d, ("Présents" + NB + ":", "b"), after=2)
    bullets(d, ["SPP IS" + NB + ": Régis Hallet, Lotte Verhaegen, Marc Dewulf (délégué à la protection des données)",
                "CPAS de Gand" + NB + ": Sami Ouahabi, Eline De Smet",
                "CPAS de Liège" + NB + ": Fabienne Lambotte, Thierry Gilson, Marie-Laure Piron",
                "CPAS de Charleroi" + NB + ": Kader Mebarki",
                "CPAS d’Anvers" + NB + ": Bart Van den Broeck, Fatma Yilmaz",
                "CPAS de Bruxelles" + NB + ": Isabelle Moreau, Karim Haddouchi",
                "Interprètes" + NB + ": Olga Petrenko, Dominique Kabasele"], after=0)
    P(d, ("Excusés" + NB + ": ", "b"), "Griet Van Acker (CPAS Gand), Valérie Leclercq (CPAS Binche), "
                                      "Sandrine Dufrasne (CPAS Charleroi)", before=4, after=8)

    P(d, ("Ordre du jour" + NB + ":", "b"), after=2)
    for t, title in [("09h30", "Accueil – café"),
                     ("10h00", "Introduction par le SPP"),
                     ("10h15", "Le RGPD et les données des participants (exposé du DPO du SPP)"),
                     ("11h30", "Pause"),
                     ("11h45", "Qui voit quoi" + NB + "? Échange entre CPAS"),
                     ("12h45", "Lunch"),
                     ("13h30", "Fiche projet" + NB + ": version 2018"),
                     ("15h00", "Fin")]:
        P(d, t + "\t" + title, tabs=[2.5], indent=0.6, after=0)

    h("1) ACCUEIL ET INTRODUCTION")
    P(d, "Régis Hallet ouvre la réunion et remercie les interprètes. Il rappelle que le Règlement général sur la "
         "protection des données (RGPD) s’applique à partir du 25 mai, donc trois jours après cette rencontre. "
         "Beaucoup de questions sont arrivées au SPP ces dernières semaines, d’où ce thème.", align="j")

    h("2) LE RGPD ET LES DONNÉES DES PARTICIPANTS")
    P(d, "Marc Dewulf (DPO du SPP) présente les grands principes" + NB + ":", after=2)
    bullets(d, ["chaque CPAS reste responsable des données de ses participants" + NB + "; le SPP ne reçoit que des "
                "chiffres agrégés, jamais de noms" + NB + ";",
                "la nationalité, le niveau de langue, la situation familiale et surtout la santé sont des données "
                "sensibles" + NB + ": ne noter que ce qui est nécessaire pour le trajet" + NB + ";",
                "les documents du projet doivent être gardés le temps prévu par les règles du FAMI, mais pas les "
                "données personnelles au-delà de ce qui est nécessaire" + NB + ";",
                "un participant peut demander à voir ce que le CPAS a noté sur lui."], after=0)
    P(d, "Les CPAS demandent une phrase type pour informer les participants lors de l’entretien d’admission.",
      before=4, align="j")
    P(d, ("Action" + NB + ": ", "b"), "envoyer aux CPAS un modèle de clause d’information pour les participants "
                                     "(FR/NL). ", ("Qui" + NB + ": SPP IS", "b"), " – pour le 15 juin.")

    h("3) QUI VOIT QUOI" + NB + "? ÉCHANGE ENTRE CPAS")
    P(d, "Chaque CPAS explique comment il garde les données" + NB + ":", after=2)
    bullets(d, ["Gand" + NB + ": dossier papier chez l’accompagnateur + un fichier Excel partagé dans l’équipe" + NB
                + ";",
                "Liège" + NB + ": logiciel social du CPAS, les animateurs n’ont accès qu’aux présences" + NB + ";",
                "Charleroi" + NB + ": listing des bénéficiaires potentiels fait avec l’observatoire, à revoir" + NB
                + ";",
                "Anvers" + NB + ": dossier électronique du CPAS, les partenaires (Schoten, Edegem, Mortsel) "
                "travaillent chacun dans leur propre système" + NB + ";",
                "Bruxelles" + NB + ": fichier Excel par module, sur le serveur du service."], after=0)
    P(d, ("NB" + NB + ": compléter avec les chiffres de Charleroi (pas reçus au moment de la rédaction)", "i",
          {"color": "FF0000"}), before=4)
    P(d, ("Action" + NB + ": ", "b"), "faire l’inventaire des fichiers Excel contenant des noms de participants. ",
      ("Qui" + NB + ": chaque CPAS.", "b"))
    P(d, ("Action" + NB + ": ", "b"), "vérifier si la liste des présences peut être partagée avec l’AS référent. ",
      ("Qui" + NB + ": à définir", "b"), " (question au DPO de chaque CPAS" + NB + "?)")

    h("4) FICHE PROJET 2018")
    P(d, "Lotte Verhaegen présente le modèle 2018 de la fiche projet (en-têtes bilingues). Nouveau" + NB + ": au "
         "moins trois sous-objectifs par module, formulés comme un changement chez le participant. Les CPAS "
         "trouvent l’exercice utile mais demandent des exemples ; Liège a déjà partagé les siens par mail.", align="j")
    P(d, ("Action" + NB + ": ", "b"), "renvoyer la fiche projet complétée avant les vacances. ",
      ("Qui" + NB + ": CPAS d’Anvers", "b"), " (les autres CPAS l’ont déjà renvoyée).")
    P(d, ("Action" + NB + ": ", "b"), "préparer une courte présentation de l’atelier créatif pour la prochaine "
                                     "rencontre. ", ("Qui" + NB + ": Fabienne Lambotte et Thierry Gilson.", "b"))

    h("5) DIVERS")
    P(d, "Bruxelles souhaiterait que la prochaine rencontre parle aussi de l’enquête de satisfaction, jugée trop "
         "abstraite pour le public.", align="j")
    P(d, ("Prochaine réunion" + NB + ": en octobre 2018 au CPAS de Gand (date encore à fixer).", "b"), before=6)
    save(d, "369_rencontre_reseau_bruxelles_rgpd_2018.docx")


# ---------------------------------------------------------------- 370
def r370():
    """OCMW Gent, Eline De Smet, 2019. Bilingual NL then FR in grey italics, Heading 2 with typed numbers and
    bilingual titles, people side by side in a two-column table, agenda table with '10u00 – 10u30'."""
    d = new_doc("Eline De Smet", dt(2019, 9, 23), "Verslag bijeenkomst OCMW's 19-09-2019", lang="nl-BE")
    style_font(d, "Heading 2", font="Calibri", size=12, color="00703C", before=12, after=3)
    header_text(d, "OCMW Gent – Team Inburgering & Activering", align="r", color="00703C")
    footer_text(d, "Verslag netwerk AMIF 19/09/2019 – ", page="x/y", align="r")
    fr = {"color": "595959"}

    def nl_fr(nl, frtxt):
        P(d, nl, align="j", after=2)
        P(d, (frtxt, "i", fr), align="j")

    P(d, ("Verslag bijeenkomst OCMW's – Rapport rencontre CPAS", "b", {"size": 15, "color": "00703C"}), align="c",
      after=0)
    P(d, "19 september 2019 – 19 septembre 2019", align="c", after=0)
    P(d, "OCMW Gent, Sociaal Huis Nieuw Gent – CPAS de Gand", align="c", after=10)

    t = table(d, 1, 2)
    left, right = t.cell(0, 0), t.cell(0, 1)
    cell_text(left, ("Aanwezig – Présents", "b"))
    for line in ["Griet Van Acker – OCMW Gent", "Sami Ouahabi – OCMW Gent", "Eline De Smet – OCMW Gent (verslag)",
                 "Koen Vermeiren – OCMW Gent", "Lotte Verhaegen – POD MI / SPP IS",
                 "Youssef El Kaddouri – CPAS Liège", "Marie-Laure Piron – CPAS Liège",
                 "Sandrine Dufrasne – CPAS Charleroi", "Hanne Goossens – OCMW Antwerpen",
                 "Katrien Mertens – OCMW Mortsel", "Laure Vanhamme – CPAS Bruxelles",
                 "Jolien Baert – Agentschap Integratie en Inburgering (gast)"]:
        cell_more(left, line, size=10)
    cell_text(right, ("Verontschuldigd – Excusés", "b"))
    for line in ["Bart Van den Broeck – OCMW Antwerpen", "Karim Haddouchi – CPAS Bruxelles",
                 "Valérie Leclercq – CPAS Binche"]:
        cell_more(right, line, size=10)
    col_widths(t, [9, 7])
    P(d, "Er was geen tolk; iedereen sprak in zijn eigen taal. / Pas d’interprète ; chacun a parlé dans sa langue.",
      before=4, after=8)

    P(d, ("Agenda – Ordre du jour", "b"), after=2)
    ag = table(d, 7, 2)
    arows = [("Uur / Heure", "Onderwerp / Sujet"),
             ("10u00 – 10u30", "Onthaal en koffie / Accueil et café"),
             ("10u30 – 11u15", "Stand van zaken per OCMW / État des lieux par CPAS"),
             ("11u15 – 12u30", "Voorstelling: taalactivering in Gent / Présentation : activation linguistique à "
                               "Gand"),
             ("12u30 – 13u30", "Lunch"),
             ("13u30 – 15u00", "Tevredenheidsenquête: werkgroep / Enquête de satisfaction : groupe de travail"),
             ("15u00 – 15u30", "Einde AMIF-periode 2014-2020: wat na 2020? / Fin de la période FAMI 2014-2020 : "
                               "et après 2020 ?")]
    for i, r in enumerate(arows):
        for j, v in enumerate(r):
            cell_text(ag.cell(i, j), v, bold=(i == 0), size=10, shade="E2EFD9" if i == 0 else None)
    col_widths(ag, [3.2, 12.8])

    P(d, "1. Welkom / Bienvenue", style="Heading 2")
    nl_fr("Griet Van Acker verwelkomt de collega's in het Sociaal Huis. Na de koffie een korte rondleiding in de "
          "lokalen van de taalactivering.",
          "Griet Van Acker accueille les collègues au Sociaal Huis. Après le café, courte visite des locaux de "
          "l’activation linguistique.")

    P(d, "2. Stand van zaken per OCMW / État des lieux par CPAS", style="Heading 2")
    nl_fr("Gent: 52 deelnemers, drie groepen. Liège: instroom stabiel, het creatief atelier draait nu ook op "
          "woensdag. Charleroi: module 4 loopt; de infosessies trekken minder volk dan vroeger. Antwerpen en "
          "Mortsel: de partners draaien goed mee, Mortsel heeft een eigen groep van 9. Bruxelles: nieuw lokaal "
          "sinds juni, plaats voor 15 personen.",
          "Gand : 52 participants, trois groupes. Liège : flux stable, l’atelier créatif a aussi lieu le mercredi. "
          "Charleroi : le module 4 est en cours ; les séances d’information attirent moins de monde. Anvers et "
          "Mortsel : les partenaires suivent bien, Mortsel a son propre groupe de 9. Bruxelles : nouveau local "
          "depuis juin, 15 places.")
    P(d, ("ACTIE / ACTION: ", "b"), "Sandrine bezorgt de cijfers van de infosessies aan Lotte. / ",
      ("Sandrine transmet les chiffres des séances d’information à Lotte.", "i", fr))

    P(d, "3. Taalactivering in Gent / Activation linguistique à Gand", style="Heading 2")
    nl_fr("Sami en Koen stellen de methodiek voor: deelnemers oefenen Nederlands in echte situaties (markt, "
          "bibliotheek, huisarts), in kleine groepen met een vrijwilliger. Geen les maar oefenen; de lat ligt laag. "
          "De deelnemers kiezen zelf de thema's.",
          "Sami et Koen présentent la méthode : les participants pratiquent le néerlandais dans des situations "
          "réelles (marché, bibliothèque, médecin), en petits groupes avec un bénévole. Pas un cours mais de la "
          "pratique ; les thèmes sont choisis par les participants.")
    nl_fr("Vragen van Liège en Bruxelles: hoe vinden jullie vrijwilligers? Via het vrijwilligerspunt van de stad.",
          "Questions de Liège et Bruxelles : comment trouver des bénévoles ? Via le point bénévolat de la ville.")

    P(d, "4. Tevredenheidsenquête / Enquête de satisfaction", style="Heading 2")
    nl_fr("De werkgroep vindt de huidige enquête te abstract voor de doelgroep. Voorstel: minder vragen, "
          "pictogrammen, en de enquête mondeling afnemen met een tolk waar nodig. Het netwerk vraagt ook versies "
          "in andere talen.",
          "Le groupe de travail trouve l’enquête actuelle trop abstraite pour le public. Proposition : moins de "
          "questions, des pictogrammes, et une passation orale avec un interprète si nécessaire. Le réseau demande "
          "aussi des versions dans d’autres langues.")
    P(d, ("ACTIE / ACTION: ", "b"), "werkgroep enquête (Hanne, Marie-Laure, Sami) maakt een nieuw ontwerp met "
                                    "pictogrammen tegen januari. / ",
      ("le groupe de travail (Hanne, Marie-Laure, Sami) prépare un nouveau projet avec pictogrammes pour janvier.",
       "i", fr))
    P(d, ("ACTIE / ACTION: ", "b"), "POD MI vraagt vertaling van de enquête aan in het Arabisch, Dari, Tigrinya en "
                                    "Engels. / ",
      ("le SPP IS demande la traduction de l’enquête en arabe, dari, tigrinya et anglais.", "i", fr))

    P(d, "5. Na 2020 / Après 2020", style="Heading 2")
    nl_fr("Lotte licht toe dat de AMIF-periode 2014-2020 afloopt; de nieuwe periode is nog niet vastgelegd op "
          "Europees niveau. Iedereen wil de werking behouden. Jolien Baert (Agentschap) vraagt om de link met het "
          "inburgeringstraject te bewaken.",
          "Lotte explique que la période FAMI 2014-2020 se termine ; la nouvelle période n’est pas encore fixée au "
          "niveau européen. Tous veulent garder le projet. Jolien Baert (Agentschap) demande de garder le lien "
          "avec le parcours d’intégration.")
    P(d, ("ACTIE / ACTION: ", "b"), "elk OCMW bezorgt tegen 31 oktober een korte nota met wat het na 2020 wil "
                                    "behouden. / ",
      ("chaque CPAS envoie pour le 31 octobre une courte note sur ce qu’il veut garder après 2020.", "i", fr))
    P(d, ("ACTIE / ACTION (nog te bepalen / à déterminer): ", "b"),
      "nagaan of partners (Binche, Schoten, Edegem, Mortsel) zelf een project kunnen indienen. / ",
      ("vérifier si les partenaires peuvent introduire eux-mêmes un projet.", "i", fr))

    P(d, "6. Volgende vergadering / Prochaine réunion", style="Heading 2")
    P(d, ("Dinsdag 12 november 2019 in Brussel (CPAS Bruxelles) – mardi 12 novembre 2019 à Bruxelles.", "b"))
    save(d, "370_verslag_netwerk_gent_2019.docx")


# ---------------------------------------------------------------- 371
def r371():
    """CPAS de Binche, Valérie Leclercq, 2020, Teams. Heading 1 without numbers, List Bullet everywhere, names as
    'Prénom NOM', typed agenda numbers without times, green highlight for decisions, 'Qui fait quoi ?' list with
    the owner first."""
    d = new_doc("Valérie Leclercq", dt(2020, 11, 18), "Réunion FAMI Teams 17/11/2020", size=11)
    style_font(d, "Heading 1", font="Calibri", size=13, color="538135", before=12, after=4)
    footer_text(d, "CPAS de Binche – Service d’insertion sociale – PV réunion FAMI du 17/11/2020", align="c")
    P(d, ("Réunion FAMI – CPAS francophones", "b", {"size": 16, "color": "538135"}), after=0)
    P(d, ("Mardi 17 novembre 2020 – 14h00 à 15h45 – en ligne (Microsoft Teams)", "", {"size": 11}), after=0)
    P(d, ("Prise de notes : Valérie Leclercq (CPAS de Binche)", "i", {"size": 10}), after=10)

    P(d, ("Participants (Teams) :", "b"), after=0)
    bullets(d, ["Amandine COLSON – SPP IS",
                "Sandrine DUFRASNE – CPAS Charleroi",
                "Jonathan PIROTTE – CPAS Charleroi",
                "Valérie LECLERCQ – CPAS Binche",
                "Michel SCARCEZ – CPAS Binche",
                "Fabienne LAMBOTTE – CPAS Liège",
                "Youssef EL KADDOURI – CPAS Liège",
                "Laure VANHAMME – CPAS Bruxelles"], after=0)
    P(d, ("Excusé :", "b"), before=4, after=0)
    bullets(d, ["Karim HADDOUCHI – CPAS Bruxelles"], after=0)
    P(d, "Pas d’interprétation : réunion entre CPAS francophones. Gand et Anvers recevront le PV.", before=4,
      after=8)

    P(d, ("Ordre du jour :", "b"), after=0)
    for line in ["1. Tour de table : situation des groupes depuis le 2 novembre",
                 "2. Règles de groupe : 3 + 1, 4 + 1 ?",
                 "3. Modules à distance : ce qui marche, ce qui ne marche pas",
                 "4. Rapportage 2020 (SPP)",
                 "5. Divers"]:
        P(d, line, indent=0.5, after=0)

    P(d, "Tour de table", style="Heading 1")
    bullets(d, [
        [("Charleroi : ", "b"), "depuis le reconfinement du 2 novembre, les ateliers collectifs sont suspendus. Le "
                                "coaching individuel continue par téléphone, parfois en vidéo."],
        [("Binche : ", "b"), "deux participantes n’ont pas de smartphone ; Michel passe déposer les exercices à "
                             "domicile (sur le pas de la porte)."],
        [("Liège : ", "b"), "les petits groupes continuent à la ferme, 3 participants + 1 formateur, avec masques et "
                            "aération."],
        [("Bruxelles : ", "b"), "local fermé jusqu’à nouvel ordre ; appels vidéo via WhatsApp avec les personnes qui "
                                "le peuvent."]])

    P(d, "Taille des groupes", style="Heading 1")
    P(d, "Discussion sur la règle à appliquer. Amandine signale que Gand applique 4 + 1 dans ses locaux, selon les "
         "règles de la Communauté flamande. Les CPAS wallons et bruxellois restent prudents.")
    P(d, ("Décision : on garde la règle 3 participants + 1 formateur jusqu’à nouvel ordre.", "b", {"hl": "g"}))

    P(d, "Modules à distance", style="Heading 1")
    P(d, "Ce qui marche :", after=0)
    bullets(d, ["les groupes WhatsApp (messages vocaux pour les personnes qui lisent peu) ;",
                "l’appel téléphonique hebdomadaire, même court ;",
                "les exercices papier déposés à domicile."], after=4)
    P(d, "Ce qui ne marche pas :", after=0)
    bullets(d, ["Teams ou Zoom pour un public peu alphabétisé : trop compliqué, pas de données mobiles ;",
                "les séances d’information « se débrouiller en Belgique » à distance : peu de participants."],
            after=4)
    P(d, "Michel a testé des tablettes prêtées par la bibliothèque de Binche : bon résultat pour les plus jeunes. "
         "Il a présenté ses photos et ses conseils.")
    P(d, ("[lien vers la présentation de Binche à insérer]", "", {"hl": "y"}))

    P(d, "Rapportage 2020", style="Heading 1")
    P(d, "Amandine rappelle que le rapport annuel est attendu pour le 31 janvier 2021. Les activités à distance "
         "peuvent être comptées si elles sont notées (date, durée, participants). Question ouverte : un appel "
         "téléphonique individuel compte-t-il comme une « activité » ?")

    P(d, "Divers", style="Heading 1")
    P(d, "Liège a écrit un petit guide « WhatsApp pour débutants » avec des captures d’écran. Tout le monde est "
         "intéressé. Bruxelles souhaiterait des tablettes pour les participants.")

    P(d, "Qui fait quoi ?", style="Heading 1")
    bullets(d, [
        [("Amandine : ", "b"), "vérifie auprès de l’autorité responsable si les appels téléphoniques comptent comme "
                               "« activité » pour le rapportage."],
        [("Sandrine et Valérie : ", "b"), "mettent en commun la liste des sorties extérieures possibles (musées, "
                                          "parcs) pour le printemps."],
        [("CPAS de Liège : ", "b"), "partage son guide « WhatsApp pour débutants » avec les autres CPAS."],
        [("Tous : ", "b"), "envoyer les chiffres d’octobre à Amandine avant le 30/11."],
        [("??? : ", "b"), "demander un devis pour des tablettes (budget FAMI ?)."]])
    P(d, ("Prochaine réunion Teams : mardi 8 décembre 2020 à 14h00 (invitation suivra)", "b"), before=8)
    save(d, "371_reunion_teams_covid_binche_2020.docx")


# ---------------------------------------------------------------- 372
def r372():
    """SPP IS / POD MI, Nadia Benali, 2021, Zoom with interpretation. SPP house look: bilingual tagline in the
    header, bilingual title, people table with merged section rows, agenda table with start and end columns,
    Heading 1 with typed numbers, French paragraphs followed by Dutch in blue italics, action table."""
    d = new_doc("Nadia Benali", dt(2021, 6, 2), "Rapport rencontre CPAS - Verslag bijeenkomst OCMW's 27/05/2021",
                size=10.5)
    style_font(d, "Heading 1", font="Calibri", size=12, color="2E74B5", before=12, after=4)
    hp = header_text(d, ("Vers une politique de migration plus intégrée, grâce au FAMI", "i"), align="c", size=8)
    hp.add_run("\n")
    r = hp.add_run("Naar een geïntegreerd migratiebeleid, dankzij het AMIF")
    r.italic = True
    r.font.size = Pt(8)
    hp2 = d.sections[0].header.add_paragraph()
    rr = hp2.add_run("SPP | Intégration Sociale – POD | Maatschappelijke Integratie")
    rr.font.size = Pt(8)
    rr.bold = True
    hp2.alignment = WD_ALIGN_PARAGRAPH.CENTER
    footer_text(d, "", page="x/y", align="r")
    nlc = {"color": "2E74B5"}

    def fr_nl(frt, nlt):
        P(d, frt, align="j", after=2)
        P(d, (nlt, "i", nlc), align="j")

    P(d, ("Rapport rencontre CPAS – Verslag bijeenkomst OCMW's", "b", {"size": 15}), align="c", after=0)
    P(d, ("27 mai 2021 – 27 mei 2021", "b"), align="c", after=0)
    P(d, "En ligne (Zoom), avec interprétation simultanée FR/NL – Online (Zoom), met simultaanvertaling FR/NL",
      align="c", after=10)

    pt = table(d, 19, 2)
    cell_text(pt.cell(0, 0), "Nom / Naam", bold=True, shade="DEEAF6")
    cell_text(pt.cell(0, 1), "Organisation / Organisatie", bold=True, shade="DEEAF6")
    m = pt.cell(1, 0).merge(pt.cell(1, 1))
    cell_text(m, ("Présents / Aanwezig", "b"), shade="F2F2F2")
    pres = [("Nadia Benali", "SPP IS / POD MI (rapport)"), ("Régis Hallet", "SPP IS / POD MI"),
            ("Griet Van Acker", "OCMW Gent"), ("Koen Vermeiren", "OCMW Gent"), ("Fabienne Lambotte", "CPAS Liège"),
            ("Aurélie Delcourt", "CPAS Charleroi"), ("Valérie Leclercq", "CPAS Binche"),
            ("Hanne Goossens", "OCMW Antwerpen"), ("Wouter Claes", "OCMW Antwerpen"), ("Ann Verbist", "OCMW Schoten"),
            ("Laure Vanhamme", "CPAS Bruxelles"), ("Ahmed Tahiri", "CPAS Bruxelles"),
            ("Anneleen Stas", "interprète / tolk"), ("Dominique Kabasele", "interprète / tolk")]
    for i, (n, o) in enumerate(pres):
        cell_text(pt.cell(2 + i, 0), n, size=10)
        cell_text(pt.cell(2 + i, 1), o, size=10)
    m = pt.cell(16, 0).merge(pt.cell(16, 1))
    cell_text(m, ("Excusés / Verontschuldigd", "b"), shade="F2F2F2")
    for i, (n, o) in enumerate([("Inge Jacobs", "OCMW Edegem"), ("Katrien Mertens", "OCMW Mortsel")]):
        cell_text(pt.cell(17 + i, 0), n, size=10)
        cell_text(pt.cell(17 + i, 1), o, size=10)
    col_widths(pt, [6, 10])

    P(d, ("Ordre du jour / Agenda", "b"), before=10, after=2)
    at = table(d, 7, 3)
    arows = [("Début / Begin", "Fin / Einde", "Point / Punt"),
             ("09:30", "09:45", "Accueil, règles Zoom et interprétation / Welkom, Zoom-afspraken en tolken"),
             ("09:45", "10:30", "Le nouveau FAMI 2021-2027 / Het nieuwe AMIF 2021-2027"),
             ("10:30", "11:15", "Indicateurs communs : ce que les CPAS devront compter / Gemeenschappelijke "
                                "indicatoren: wat de OCMW's moeten tellen"),
             ("11:15", "11:30", "Pause / Pauze"),
             ("11:30", "12:15", "Tour de table / Rondvraag"),
             ("12:15", "12:30", "Conclusions et suite / Conclusies en vervolg")]
    for i, r in enumerate(arows):
        for j, v in enumerate(r):
            cell_text(at.cell(i, j), v, bold=(i == 0), size=10, shade="DEEAF6" if i == 0 else None)
    col_widths(at, [2.3, 2.3, 11.4])

    P(d, "1. Accueil / Welkom", style="Heading 1")
    fr_nl("Nadia Benali souhaite la bienvenue. Chacun s’exprime dans sa langue ; le canal d’interprétation se choisit "
          "en bas de l’écran Zoom. Micro coupé quand on ne parle pas, main levée pour demander la parole.",
          "Nadia Benali heet iedereen welkom. Iedereen spreekt in zijn eigen taal; het tolkkanaal kies je onderaan "
          "in Zoom. Micro uit als je niet spreekt, hand opsteken om het woord te vragen.")

    P(d, "2. Le nouveau FAMI 2021-2027 / Het nieuwe AMIF 2021-2027", style="Heading 1")
    fr_nl("Régis Hallet présente le nouveau règlement (UE) 2021/1147. Le SPP prévoit un appel à projets à "
          "l’automne ; les projets actuels continuent d’ici là. L’intégration des ressortissants de pays tiers "
          "reste un objectif spécifique du fonds.",
          "Régis Hallet stelt de nieuwe verordening (EU) 2021/1147 voor. Het POD plant een projectoproep in het "
          "najaar; de huidige projecten lopen tot dan door. Integratie van onderdanen van derde landen blijft een "
          "specifieke doelstelling van het fonds.")

    P(d, "3. Indicateurs communs / Gemeenschappelijke indicatoren", style="Heading 1")
    fr_nl("Le fonds mesure les projets avec des indicateurs communs : participants aux activités de soutien (cours "
          "de langue, orientation civique, accompagnement professionnel personnalisé), participants qui ont gagné "
          "au moins un niveau CECR, participants qui disent que l’activité les a aidés à s’intégrer. Le SPP "
          "rassemble les chiffres des CPAS chaque année.",
          "Het fonds meet de projecten met gemeenschappelijke indicatoren: deelnemers aan ondersteunende activiteiten "
          "(taalcursus, maatschappelijke oriëntatie, persoonlijke professionele begeleiding), deelnemers die minstens "
          "één ERK-niveau stegen, deelnemers die zeggen dat de activiteit hen hielp integreren. Het POD verzamelt de "
          "cijfers van de OCMW's jaarlijks.")
    fr_nl("Gand insiste : compter des personnes, pas des séances. Liège se demande comment mesurer « m’a aidé à "
          "m’intégrer » avec un public peu alphabétisé ; l’enquête simplifiée avec pictogrammes pourrait servir.",
          "Gent benadrukt: personen tellen, geen sessies. Luik vraagt zich af hoe je \"hielp mij integreren\" meet "
          "bij laaggeletterden; de vereenvoudigde enquête met pictogrammen kan helpen.")

    P(d, "4. Tour de table / Rondvraag", style="Heading 1")
    fr_nl("Gand : groupes de 4 + 1, on espère 6 + 1 en juin. Liège et Charleroi : retour progressif des ateliers. "
          "Anvers et Schoten : les intakes se font à nouveau sur place. Bruxelles : liste d’attente de 23 personnes.",
          "Gent: groepen van 4 + 1, hopelijk 6 + 1 in juni. Luik en Charleroi: workshops komen stilaan terug. "
          "Antwerpen en Schoten: intakes opnieuw ter plaatse. Brussel: wachtlijst van 23 personen.")

    P(d, "5. Points d’action / Actiepunten", style="Heading 1")
    act = table(d, 7, 3)
    arows = [("Qui / Wie", "Quoi / Wat", "Pour quand / Tegen wanneer"),
             ("SPP IS / POD MI", "Envoyer la fiche technique des indicateurs communs / Technische fiche van de "
                                 "gemeenschappelijke indicatoren bezorgen", "15/06/2021"),
             ("Tous les CPAS / Alle OCMW's", "Tester la liste des indicateurs sur les participants de mai / "
                                             "Indicatorenlijst testen op de deelnemers van mei", "15/09/2021"),
             ("Hanne Goossens + Griet Van Acker", "Partager le modèle d’enquête avec pictogrammes / Enquêtemodel "
                                                  "met pictogrammen delen", "juin / juni"),
             ("CPAS Charleroi", "Présenter l’entonnoir de recrutement (chiffres 2020-2021) à la prochaine rencontre "
                                "/ De rekruteringstrechter (cijfers 2020-2021) voorstellen op de volgende bijeenkomst",
              "21/10/2021"),
             ("à définir / nog te bepalen", "Organiser une rencontre en présentiel dès que possible / Zo snel "
                                            "mogelijk een fysieke bijeenkomst organiseren", "–"),
             ("Nadia Benali", "Diffuser le rapport FR/NL après relecture / Verslag FR/NL verspreiden na nalezing",
              "début juin / begin juni")]
    for i, r in enumerate(arows):
        for j, v in enumerate(r):
            cell_text(act.cell(i, j), v, bold=(i == 0), size=9.5, shade="DEEAF6" if i == 0 else None)
    col_widths(act, [4, 9, 3])

    P(d, "6. Prochaine rencontre / Volgende bijeenkomst", style="Heading 1")
    P(d, "Jeudi 21 octobre 2021, en présentiel si possible (lieu à confirmer) – Donderdag 21 oktober 2021, fysiek "
         "indien mogelijk (plaats te bevestigen)")
    P(d, ("Les commentaires des CPAS seront encore ajoutés – De opmerkingen van de OCMW's worden nog toegevoegd.",
          "i", {"color": "808080"}), before=10)
    save(d, "372_rapport_reseau_zoom_amif2021.docx")


# ---------------------------------------------------------------- 373
def r373():
    """CPAS de Bruxelles, Laure Vanhamme, 2022, hybrid. 'PV' style: Heading 2 with typed letters in dark red, Mme/M.
    before names, present list split 'sur place' / 'en ligne', agenda bullets with '14h00-14h15 :', 'Action :'
    with '(resp. : ...)', brainstorm table, capitals for what is still to complete."""
    d = new_doc("Laure Vanhamme", dt(2022, 12, 5), "PV rencontre réseau FAMI 01.12.2022", font="Calibri", size=11)
    style_font(d, "Heading 2", font="Calibri", size=12, color="833C0B", before=12, after=4)
    header_text(d, "CPAS de Bruxelles – Cellule Primo-arrivants – projet FAMI", align="r", size=8, color="833C0B")
    footer_text(d, "PV 01.12.2022 – page ", page=True, align="r")
    P(d, ("PROCÈS-VERBAL", "b", {"size": 14, "color": "833C0B"}), after=0)
    P(d, ("Rencontre du réseau FAMI – CPAS / OCMW", "b", {"size": 12}), after=6)
    P(d, ("Date : ", "b"), "jeudi 1er décembre 2022, 14h00-17h00", after=0)
    P(d, ("Lieu : ", "b"), "CPAS de Bruxelles, rue Haute 298A, salle Horta – et en ligne via Teams (hybride)",
      after=0)
    P(d, ("Interprétation : ", "b"), "FR/NL, interprètes en cabine et canal d’interprétation dans Teams", after=8)

    P(d, ("Présent·e·s sur place :", "b"), after=0)
    bullets(d, ["Mme Laure Vanhamme, CPAS de Bruxelles (PV)",
                "M. Ahmed Tahiri, CPAS de Bruxelles",
                "M. Karim Haddouchi, CPAS de Bruxelles",
                "Mme Nadia Benali, SPP Intégration sociale",
                "Mme Marie-Laure Piron, CPAS de Liège",
                "M. Jonathan Pirotte, CPAS de Charleroi",
                "Mme Fatma Yilmaz, OCMW Antwerpen",
                "Mme Anneleen Stas, interprète",
                "M. Pierre Lenoir, interprète"], after=0)
    P(d, ("Présent·e·s en ligne (Teams) :", "b"), before=4, after=0)
    bullets(d, ["M. Sami Ouahabi, OCMW Gent",
                "Mme Griet Van Acker, OCMW Gent",
                "M. Michel Scarcez, CPAS de Binche",
                "Mme Inge Jacobs, OCMW Edegem"], after=0)
    P(d, ("Excusé·e·s : ", "b"), "Mme Hanne Goossens (OCMW Antwerpen), M. Régis Hallet (SPP IS), Mme Katrien "
                                 "Mertens (OCMW Mortsel)", before=4, after=8)

    P(d, ("Ordre du jour", "b"), after=0)
    bullets(d, ["14h00-14h15 : Accueil et approbation du PV du 16 juin 2022",
                "14h15-15h00 : Accueil des personnes venant d’Ukraine : ce que font les CPAS",
                "15h00-15h45 : Retour sur l’enquête de satisfaction simplifiée",
                "15h45-16h00 : Pause",
                "16h00-16h45 : Points forts et points à améliorer (brainstorm)",
                "16h45-17h00 : Divers"], after=0)

    P(d, "A. Accueil et PV du 16 juin 2022", style="Heading 2")
    P(d, "M. Tahiri accueille les participants sur place et en ligne. Test du son avec les interprètes : les "
         "personnes en ligne choisissent la langue dans Teams. Le PV du 16 juin 2022 est approuvé.", align="j")

    P(d, "B. Personnes venant d’Ukraine", style="Heading 2")
    P(d, "Tous les CPAS accueillent des personnes sous protection temporaire. Certaines rejoignent les modules "
         "collectifs ; la barrière de la langue est forte et il manque des interprètes russes et ukrainiens. "
         "Anvers travaille avec des interprètes sociaux par téléphone. Liège a ouvert un groupe spécifique le "
         "vendredi matin.", align="j")
    P(d, ("Action : ", "b"), "transmettre au SPP le nombre de personnes sous protection temporaire suivies dans le "
                            "projet (resp. : chaque CPAS, pour le 15/01).")

    P(d, "C. Enquête de satisfaction simplifiée", style="Heading 2")
    P(d, "La version avec pictogrammes est utilisée depuis septembre à Gand et à Liège. Premiers retours : plus de "
         "réponses, moins de questions non comprises. Les participants aiment les smileys mais répondent souvent "
         "« tout va bien ». Le réseau souhaite une version ukrainienne.", align="j")
    P(d, ("Action : ", "b"), "traduire l’enquête en ukrainien et en russe (resp. : SPP IS).")
    P(d, ("Action : ", "b"), "comparer les résultats Gand–Liège et présenter une synthèse à la prochaine rencontre "
                            "(resp. : M. Sami Ouahabi et Mme Marie-Laure Piron).")

    P(d, "D. Points forts et points à améliorer", style="Heading 2")
    P(d, "Brainstorm en deux groupes (un groupe sur place, un groupe en ligne), résultats mis en commun :", after=4)
    bt = table(d, 5, 2)
    cell_text(bt.cell(0, 0), "Points forts", bold=True, shade="FBE4D5")
    cell_text(bt.cell(0, 1), "Points à améliorer", bold=True, shade="FBE4D5")
    pairs = [("le travail intensif avec le public, presque tous les jours", "la communication vers les "
              "participants (horaires qui changent, cours annulés)"),
             ("les liens entre agents et participants", "des horaires équilibrés entre anciens et nouveaux"),
             ("l’esprit de groupe en fin de module", "anticiper : les procédures administratives sont de plus "
              "en plus longues"),
             ("les sorties socio-culturelles", "pas d’activité obligatoire sur les sujets sensibles")]
    for i, (a, b) in enumerate(pairs):
        cell_text(bt.cell(i + 1, 0), a, size=10)
        cell_text(bt.cell(i + 1, 1), b, size=10)
    P(d, ("(photo du tableau blanc à ajouter)", "i", {"color": "808080"}), before=4)
    P(d, ("Action : ", "b"), "rédiger une fiche « bonnes pratiques » à partir du tableau (resp. : à définir).")

    P(d, "E. Divers", style="Heading 2")
    P(d, "Mme Yilmaz propose de partager la liste des interprètes sociaux utilisée à Anvers.", after=2)
    P(d, ("Action : ", "b"), "Mme Yilmaz enverra la liste des interprètes sociaux à tous les CPAS.")
    P(d, "Le SPP rappelle que les chiffres des indicateurs 2022 seront demandés en janvier.", after=2)
    P(d, ("À COMPLÉTER : tableau des indicateurs 2022 (en attente du SPP)", "b", {"color": "C00000"}))
    P(d, ("Action : ", "b"), "envoyer le lien Teams et le plan d’accès pour la rencontre de mars (resp. : CPAS de "
                            "Liège).")
    P(d, "La prochaine rencontre aura lieu le jeudi 16 mars 2023 au CPAS de Liège (en hybride).", before=8)
    P(d, ("PV rédigé par L. Vanhamme – à approuver lors de la prochaine rencontre", "i", {"size": 9}), before=8)
    save(d, "373_pv_rencontre_hybride_bruxelles_2022.docx")


# ---------------------------------------------------------------- 374
def r374():
    """OCMW Edegem, Soufiane Amrani, 2024. No styles at all: Arial 10, CAPITALS in bold for headings, typed '- '
    dashes, 'SURNAME Firstname', agenda with start times only ('13u30'), owners in brackets at the end."""
    d = new_doc("Soufiane Amrani", dt(2024, 4, 22), "verslag overleg 18-04", font="Arial", size=10, margins=2,
                lang="nl-BE")
    P(d, ("Verslag netwerkoverleg AMIF – regio Antwerpen", "b", {"size": 12}), after=0)
    P(d, "do 18/04/2024 – 13u30-16u – Sociaal Huis Antwerpen, zaal 3", after=8)
    P(d, ("Aanwezig: ", "b"), "GOOSSENS Hanne (OCMW Antwerpen), CLAES Wouter (OCMW Antwerpen), VERBIST Ann (OCMW "
                              "Schoten), PEETERS Dirk (OCMW Schoten), AMRANI Soufiane (OCMW Edegem, verslag), "
                              "MERTENS Katrien (OCMW Mortsel), WOUTERS Pieter-Jan (POD MI)")
    P(d, ("Verontschuldigd: ", "b"), "JACOBS Inge (OCMW Edegem), VAN HOVE Joris (OCMW Mortsel)", after=8)
    P(d, ("Agenda:", "b"), after=0)
    for line in ["13u30 welkom + verslag vorige keer",
                 "13u45 instroom 2024: cijfers per OCMW",
                 "14u30 bewaren van documenten en persoonsgegevens (Pieter-Jan)",
                 "15u15 nieuwe registratietool: eerste indrukken",
                 "15u45 varia"]:
        P(d, line, after=0)
    P(d, "")

    P(d, ("VERSLAG VORIGE KEER", "b"), after=2)
    P(d, "ok, geen opmerkingen")

    P(d, ("INSTROOM 2024", "b"), after=2)
    for line in ["- Antwerpen: 41 lopende trajecten, 14 nieuw sinds januari. Veel doorverwijzingen vanuit de "
                 "sociale dienst Noord.",
                 "- Schoten: 8 deelnemers, wachttijd voor intake ongeveer 3 weken.",
                 "- Edegem: 5 deelnemers (+2 in intake).",
                 "- Mortsel: ??? (cijfers nog aan te vullen)"]:
        P(d, line, after=0, indent=0.3)
    P(d, "Algemeen: meer mensen met een zware rugzak (gezondheid, stress), trajecten duren vaak langer dan 6 "
         "maanden. Iedereen merkt dat de aanwezigheidsgraad zakt na de wintermaanden.", before=4)

    P(d, ("BEWAREN VAN DOCUMENTEN EN GEGEVENS", "b"), after=2)
    P(d, "Pieter-Jan legt uit wat de regels zijn:", after=0)
    for line in ["- documenten van een project met EU-geld 5 jaar bijhouden vanaf 31 december van het jaar van de "
                 "laatste betaling (art. 82 verordening 2021/1060)",
                 "- persoonsgegevens niet langer dan nodig (AVG art. 5)",
                 "- een deelnemer mag vragen om alles te zien wat we over hem bijhouden (art. 15)"]:
        P(d, line, after=0, indent=0.3)
    P(d, "Discussie: bij verschillende OCMW's staan nog Excel-lijsten met namen in gedeelde mappen, ook van "
         "deelnemers die al jaren weg zijn. Dat moet opgekuist worden. Vraag van Schoten: mogen we de "
         "aanwezigheidslijsten op papier bewaren? Ja, maar in een afgesloten kast en niet langer dan nodig.",
      before=4)

    P(d, ("REGISTRATIETOOL", "b"), after=2)
    P(d, "Antwerpen test sinds maart een nieuwe tool voor aanmelding, intake en aanwezigheden. De intake wordt "
         "pas definitief als de teamverantwoordelijke ze goedkeurt (of terugstuurt met opmerkingen). Eerste "
         "indrukken:")
    for line in ["- te veel verplichte velden bij de aanmelding",
                 "- nationaliteit en gezondheid: wie ziet dat allemaal? enkel het eigen OCMW",
                 "- aanwezigheden per sessie invullen gaat snel, ook op gsm",
                 "- de partners willen graag meedoen maar hebben nog geen toegang"]:
        P(d, line, after=0, indent=0.3)
    P(d, "TODO: foto's flipover toevoegen", before=4)

    P(d, ("VARIA", "b"), after=2)
    P(d, "Mortsel zoekt een tolk Tigrinya voor de intakes. Schoten organiseert in mei een uitstap naar het "
         "Middelheimmuseum, deelnemers van de andere OCMW's zijn welkom.")

    P(d, ("TO DO", "b"), after=2)
    for line in ["- cijfers Q1 doorsturen naar Pieter-Jan (alle OCMW's)",
                 "- nota bewaartermijnen (5 jaar na laatste betaling) rondsturen (POD)",
                 "- oude Excel-lijsten met namen opkuisen (elk OCMW zelf, tegen de zomer)",
                 "- feedback registratietool verzamelen en bundelen (Wouter + Ann)",
                 "- tolkenlijst Antwerpen delen met de partners (Hanne)",
                 "- vorming GDPR voor de begeleiders organiseren (wie?)",
                 "- lokaal voor overleg in juni vastleggen (OCMW Edegem)",
                 "- verslag uittypen en rondsturen naar iedereen (Soufiane)"]:
        P(d, line, after=0, indent=0.3)
    P(d, "")
    P(d, "Volgende keer: na de zomer, datum volgt via mail")
    save(d, "374_verslag_partners_antwerpen_2024.docx")


# ---------------------------------------------------------------- 375
def r375():
    """OCMW Antwerpen, Wouter Claes, 2025, in person with interpreters. Tables everywhere: people by organisation
    with present and excused columns, agenda table with 'Tijd | Onderwerp | Wie', Heading 1/2 with typed numbers
    and a tab, arrows 'Actie X:', results table. No next meeting and nothing left open."""
    d = new_doc("Wouter Claes", dt(2025, 3, 24), "Verslag netwerkdag AMIF 20 maart 2025", font="Calibri", size=10.5,
                lang="nl-BE")
    style_font(d, "Heading 1", font="Calibri", size=13, color="C00000", before=12, after=4)
    style_font(d, "Heading 2", font="Calibri", size=11, color="404040", before=8, after=2)
    header_text(d, ("Naar een geïntegreerd migratiebeleid, dankzij het AMIF", "i"), 
                size=8, color="808080")
    footer_text(d, "OCMW Antwerpen – Departement Sociale Dienstverlening – verslag netwerkdag AMIF 20 maart 2025 – "
                   "p. ", page=True, size=7.5)
    P(d, ("Verslag netwerkdag AMIF", "b", {"size": 16, "color": "C00000"}), after=0)
    P(d, ("donderdag 20 maart 2025 – OCMW Antwerpen, Lange Gasthuisstraat, zaal Permeke", "", {"size": 11}),
      after=0)
    P(d, "Met simultaanvertaling NL/FR (tolkencabine) – Avec interprétation simultanée", after=10)

    P(d, ("Deelnemers", "b"), after=2)
    rows = [("Organisatie", "Aanwezig", "Verontschuldigd"),
            ("POD MI", "Régis Hallet, Nadia Benali", "–"),
            ("OCMW Gent", "Griet Van Acker, Koen Vermeiren", "Sami Ouahabi"),
            ("CPAS Luik", "Fabienne Lambotte, Youssef El Kaddouri", "–"),
            ("CPAS Charleroi", "Jonathan Pirotte", "Aurélie Delcourt"),
            ("CPAS Binche", "Michel Scarcez", "–"),
            ("OCMW Antwerpen", "Hanne Goossens, Wouter Claes (verslag), Fatma Yilmaz", "–"),
            ("OCMW Schoten", "Dirk Peeters", "–"),
            ("OCMW Edegem", "–", "Inge Jacobs"),
            ("OCMW Mortsel", "Joris Van Hove", "–"),
            ("CPAS Brussel", "Ahmed Tahiri", "Laure Vanhamme"),
            ("Tolken", "Anneleen Stas, Pierre Lenoir", "–"),
            ("Gast", "Lien Vandaele (Universiteit Antwerpen)", "–")]
    t = table(d, len(rows), 3)
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            cell_text(t.cell(i, j), v, bold=(i == 0 or j == 0), size=9.5,
                      shade="F4CCCC" if i == 0 else ("F2F2F2" if j == 0 else None))
    col_widths(t, [3.8, 8.2, 4])

    P(d, ("Programma", "b"), before=10, after=2)
    prog = [("Tijd", "Onderwerp", "Wie"),
            ("09.30 – 10.00", "Onthaal", ""),
            ("10.00 – 10.20", "Welkom en stand van zaken AMIF 2021-2027", "POD MI"),
            ("10.20 – 11.15", "Het traject van een deelnemer: van doorverwijzing tot einde traject", "OCMW Antwerpen"),
            ("11.15 – 11.30", "Pauze", ""),
            ("11.30 – 12.30", "Onderzoek: wat zeggen deelnemers zelf?", "Lien Vandaele"),
            ("12.30 – 13.30", "Lunch", ""),
            ("13.30 – 14.45", "Workshops in kleine groepen (tolken per groep)", "allen"),
            ("14.45 – 15.15", "Terugkoppeling en afsluiting", "OCMW Antwerpen")]
    pt = table(d, len(prog), 3)
    for i, r in enumerate(prog):
        for j, v in enumerate(r):
            cell_text(pt.cell(i, j), v, bold=(i == 0), size=9.5, shade="F4CCCC" if i == 0 else None)
    col_widths(pt, [2.8, 10, 3.2])

    P(d, "1\tWelkom en stand van zaken", style="Heading 1")
    P(d, "Hanne Goossens verwelkomt het netwerk in Antwerpen. Régis Hallet geeft de stand van zaken: de projecten "
         "van de oproep 2022 lopen goed, de tussentijdse evaluatie door het POD volgt dit najaar. De cijfers van "
         "2024 (gemeenschappelijke indicatoren) zijn van alle OCMW's binnen.", align="j")
    P(d, "→ Actie POD MI: de timing van de tussentijdse evaluatie per mail bevestigen.", indent=0.5)

    P(d, "2\tHet traject van een deelnemer", style="Heading 1")
    P(d, "Fatma Yilmaz en Hanne Goossens overlopen het traject zoals het in Antwerpen en bij de partners loopt.")
    P(d, "2.1\tDoorverwijzing en intake", style="Heading 2")
    P(d, "De maatschappelijk werker stelt een cliënt voor; aanmelden kan altijd. Het intakegesprek met "
         "oriëntatiebalans (traject, doelen, motivatie, drempels) leidt tot een voorstel van modules. De "
         "teamverantwoordelijke keurt de balans goed of stuurt ze terug. Luik werkt op dezelfde manier en gebruikt "
         "daarnaast drie contracten per deelnemer.", align="j")
    P(d, "→ Actie Fatma: het sjabloon voor de oriëntatiebalans (NL/FR) delen met het netwerk.", indent=0.5)
    P(d, "2.2\tModules en aanwezigheden", style="Heading 2")
    P(d, "Individuele coaching om de twee weken, wekelijkse groepsateliers, infosessies over wonen, bank en "
         "verzekeringen, maandelijkse uitstap. Aanwezigheid en te laat komen worden per sessie genoteerd, maar "
         "niet overal op dezelfde manier.", align="j")
    P(d, "→ Actie alle OCMW's: aanwezigheden per sessie bijhouden op dezelfde manier (te laat = na 15 minuten).",
      indent=0.5)
    P(d, "2.3\tEinde traject", style="Heading 2")
    P(d, "Een traject duurt meestal meer dan zes maanden. Uitstroom naar opleiding of socioprofessionele "
         "inschakeling (ISP) blijft de uitzondering; de meeste deelnemers sluiten af met meer zelfvertrouwen en een "
         "netwerk. Charleroi en Binche geven aan dat het groepsgevoel op het einde van een module het sterkste punt "
         "is.", align="j")

    P(d, "3\tOnderzoek UAntwerpen", style="Heading 1")
    P(d, "Lien Vandaele stelt de eerste resultaten voor van interviews met 24 deelnemers in Gent en Antwerpen. "
         "Deelnemers waarderen vooral de vaste begeleider en het contact met andere deelnemers. Ze vinden "
         "wijzigingen in de planning moeilijk, en de tevredenheidsenquête blijft voor sommigen te abstract.",
      align="j")
    P(d, "→ Actie Lien Vandaele en Koen Vermeiren: interviewvragen vereenvoudigen en laten testen in Gent.",
      indent=0.5)

    P(d, "4\tWorkshops", style="Heading 1")
    P(d, "Drie groepen (NL, FR en gemengd met tolk). Samenvatting:", after=4)
    wt = table(d, 4, 2)
    cell_text(wt.cell(0, 0), "Wat werkt", bold=True, shade="F4CCCC")
    cell_text(wt.cell(0, 1), "Wat kan beter", bold=True, shade="F4CCCC")
    for i, (a, b) in enumerate([("intensief werken, bijna elke dag contact", "communicatie over gewijzigde uren en "
                                 "geannuleerde lessen"),
                                ("vaste begeleider, vertrouwensband", "uurrooster in evenwicht tussen oude en "
                                 "nieuwe deelnemers"),
                                ("groepsgevoel op het einde van de module", "activiteiten vroeger plannen "
                                 "(administratie duurt langer)")]):
        cell_text(wt.cell(i + 1, 0), a, size=9.5)
        cell_text(wt.cell(i + 1, 1), b, size=9.5)
    P(d, "→ Actie CPAS Charleroi: de workshop over communicatie met deelnemers (wijzigingen in planning) uitwerken "
         "voor de volgende netwerkdag.", indent=0.5, before=4)
    P(d, "→ Actie nog te bepalen: een gemeenschappelijke woordenlijst NL/FR voor de projectfiches opstellen.",
      indent=0.5)

    P(d, "5\tAfsluiting", style="Heading 1")
    P(d, "Hanne bedankt de tolken, de sprekers en iedereen die van ver kwam. Het netwerk vond de dag nuttig; de "
         "workshops in kleine groepen mogen terugkomen.", align="j")
    save(d, "375_netwerkdag_antwerpen_2025.docx")


# ---------------------------------------------------------------- 376
def r376():
    """OCMW Mortsel, Katrien Mertens, 2026, Teams with interpretation channel. Title style, Heading 2 without
    numbers, people as bullets 'Naam – Organisatie', agenda with bare hours ('10u – 10u15'), checkbox list of
    agreements with 'wie:' at the end, a DRAFT line on top."""
    d = new_doc("Katrien Mertens", dt(2026, 2, 11), "Verslag netwerkoverleg AMIF 10 februari 2026", font="Calibri", size=11, lang="nl-BE")
    style_font(d, "Title", font="Calibri", size=18, color="7030A0", after=4)
    style_font(d, "Heading 2", font="Calibri", size=12, color="7030A0", before=10, after=3)
    header_text(d, "OCMW Mortsel – Dienst Samenleven", align="r", size=8, color="7030A0")
    footer_text(d, "verslag netwerkoverleg 10/02/2026 – blz. ", page="x/y", align="c")
    P(d, ("[DRAFT – nog na te lezen door POD MI]", "b", {"color": "C00000"}), after=4)
    P(d, "Verslag netwerkoverleg AMIF", style="Title")
    P(d, "Dinsdag 10 februari 2026, 10u – 12u, online via Teams (met tolkkanaal NL/FR)", after=0)
    P(d, "Verslag: Katrien Mertens (OCMW Mortsel)", after=8)

    P(d, ("Aanwezig", "b"), after=0)
    bullets(d, ["Katrien Mertens – OCMW Mortsel (verslag)",
                "Joris Van Hove – OCMW Mortsel",
                "Nadia Benali – POD MI",
                "Pieter-Jan Wouters – POD MI",
                "Koen Vermeiren – OCMW Gent",
                "Thierry Gilson – CPAS Luik",
                "Aurélie Delcourt – CPAS Charleroi",
                "Hanne Goossens – OCMW Antwerpen",
                "Dirk Peeters – OCMW Schoten",
                "Ahmed Tahiri – OCMW Brussel",
                "Olga Petrenko – tolk",
                "Anneleen Stas – tolk"], after=0)
    P(d, ("Verontschuldigd", "b"), before=4, after=0)
    bullets(d, ["Valérie Leclercq – CPAS Binche", "Soufiane Amrani – OCMW Edegem"], after=0)

    P(d, ("Agenda", "b"), before=8, after=0)
    for line in ["10u – 10u15\tWelkom en technische afspraken (tolkkanaal)",
                 "10u15 – 11u\tIndicatoren 2025: eerste resultaten",
                 "11u – 11u45\tTevredenheidsenquête in meer talen: stand van zaken",
                 "11u45 – 12u\tVaria en afspraken"]:
        P(d, line, tabs=[3], after=0)

    P(d, "Welkom", style="Heading 2")
    P(d, "Nadia opent het overleg. Wie Frans wil horen kiest het tolkkanaal rechtsboven in Teams; de tolken vragen om "
         "langzaam te spreken en niet door elkaar. Het verslag van november is goedgekeurd.")

    P(d, "Indicatoren 2025", style="Heading 2")
    P(d, "Pieter-Jan toont de eerste optelling van de gemeenschappelijke indicatoren over 2025: deelnemers aan "
         "ondersteunende activiteiten, deelnemers aan een taalcursus die minstens één ERK-niveau stegen, en "
         "deelnemers die zeggen dat de activiteit hen hielp integreren. Sommige OCMW's telden sessies in plaats "
         "van personen, waardoor de totalen te hoog liggen.")
    P(d, ("(tabel met cijfers Schoten nog toe te voegen)", "i", {"hl": "y"}))
    P(d, "De cijfers gaan elk voorjaar naar de Europese Commissie; correcties kunnen nog tot begin maart.")

    P(d, "Tevredenheidsenquête", style="Heading 2")
    P(d, "De enquête met pictogrammen bestaat nu in het Nederlands, Frans, Engels, Arabisch en Oekraïens. Een "
         "Dari-versie is vertaald maar nog niet nagelezen. Gent en Luik willen de nieuwe versies eerst testen "
         "met een paar deelnemers voor ze overal gebruikt worden. Thierry merkt op dat mondeling afnemen met een "
         "tolk nog altijd het beste werkt voor wie niet leest.")

    P(d, "Varia", style="Heading 2")
    P(d, "Charleroi vraagt of de netwerkdagen weer fysiek kunnen; iedereen is akkoord om afwisselend fysiek en "
         "online te vergaderen. Schoten meldt een nieuwe collega vanaf april.")

    P(d, "Afspraken", style="Heading 2")
    for line in ["☐ Fiche met definities indicatoren aanpassen (deelnemer ≠ sessie) – wie: POD MI",
                 "☐ Cijfers 2025 nakijken en corrigeren vóór 6 maart – wie: elk OCMW",
                 "☐ Arabische en Oekraïense versie enquête testen met 5 deelnemers – wie: Koen (Gent) en Thierry "
                 "(Luik)",
                 "☐ Dari-versie laten nalezen door een tolk – wie: nog te bepalen",
                 "☐ Uitnodiging en routebeschrijving voor juni versturen – wie: OCMW Gent",
                 "☐ Verslag nalezen en doorsturen naar het netwerk – wie: Katrien"]:
        P(d, line, after=2, indent=0.3)
    P(d, ("Volgende netwerkbijeenkomst: dinsdag 9 juni 2026 in Gent (fysiek, met tolken).", "b"), before=8)
    save(d, "376_netwerkoverleg_teams_mortsel_2026.docx")


if __name__ == "__main__":
    for f in (r367, r368, r369, r370, r371, r372, r373, r374, r375, r376):
        f()
