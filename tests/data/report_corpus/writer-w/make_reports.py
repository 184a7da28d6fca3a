# -*- coding: utf-8 -*-
"""Ten meeting reports of the AMIF/FAMI network (numbers 237-246), written as everyday office
practice makes them, each with the list of what it says (NNN_slug.expected.json)."""
import json
import os

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

TAGLINE_FR = "Vers une politique de migration plus intégrée, grâce au FAMI"
TAGLINE_NL = "Naar een geïntegreerd migratiebeleid, dankzij het AMIF"


# ---------------------------------------------------------------- helpers
def new_doc(font="Calibri", size=11, margins=(2.5, 2.5, 2.5, 2.5)):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rfonts = st.element.get_or_add_rPr().find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = st.element.get_or_add_rPr().makeelement(qn("w:rFonts"), {})
        st.element.get_or_add_rPr().append(rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rfonts.set(qn(a), font)
    for s in d.sections:
        s.page_width = Cm(21.0)
        s.page_height = Cm(29.7)
        s.top_margin, s.bottom_margin, s.left_margin, s.right_margin = [Cm(m) for m in margins]
    return d


def fmt_run(run, b=False, i=False, u=False, color=None, size=None, font=None, strike=False):
    run.bold = b or None
    run.italic = i or None
    run.underline = u or None
    if strike:
        run.font.strike = True
    if color:
        run.font.color.rgb = RGBColor.from_string(color)
    if size:
        run.font.size = Pt(size)
    if font:
        run.font.name = font


def P(d, *runs, style=None, align=None, after=None, before=None, indent=None):
    """Add a paragraph; each run is a str or (str, dict of formatting)."""
    p = d.add_paragraph(style=style)
    for r in runs:
        if isinstance(r, str):
            p.add_run(r)
        else:
            text, f = r
            fmt_run(p.add_run(text), **f)
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


def H(d, text, level=1, color=None, size=None):
    h = d.add_heading("", level=level)
    r = h.add_run(text)
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    if size:
        r.font.size = Pt(size)
    return h


def tabs(p, *positions_cm):
    for pos in positions_cm:
        p.paragraph_format.tab_stops.add_tab_stop(Cm(pos))
    return p


def cell_text(cell, text, b=False, i=False, size=None, color=None, shade=None):
    cell.text = ""
    par = cell.paragraphs[0]
    fmt_run(par.add_run(text), b=b, i=i, size=size, color=color)
    if shade:
        tcPr = cell._tc.get_or_add_tcPr()
        shd = tcPr.makeelement(qn("w:shd"), {qn("w:val"): "clear", qn("w:color"): "auto", qn("w:fill"): shade})
        tcPr.append(shd)


def table(d, rows, style="Table Grid", header=True, widths=None, size=None, shade=None):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    try:
        t.style = d.styles[style]
    except KeyError:
        t.style = d.styles["Table Grid"]
    for ri, row in enumerate(rows):
        for ci, val in enumerate(row):
            cell_text(t.cell(ri, ci), val, b=(header and ri == 0), size=size,
                      shade=(shade if header and ri == 0 else None))
    if widths:
        for row in t.rows:
            for ci, w in enumerate(widths):
                row.cells[ci].width = Cm(w)
    return t


def header_footer(d, header=None, footer=None, hsize=8, fsize=8, halign="r", falign="c", italic_footer=True):
    s = d.sections[0]
    if header:
        hp = s.header.paragraphs[0]
        fmt_run(hp.add_run(header), size=hsize, color="595959")
        hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT if halign == "r" else WD_ALIGN_PARAGRAPH.LEFT
    if footer:
        fp = s.footer.paragraphs[0]
        fmt_run(fp.add_run(footer), size=fsize, i=italic_footer, color="595959")
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER if falign == "c" else WD_ALIGN_PARAGRAPH.LEFT


def page_break(d):
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def E(file, languages, online, interpretation, date, people, agenda, headings, actions, next_meeting, remarks):
    return {"file": file, "languages": languages, "online": online, "interpretation": interpretation,
            "date": date, "people": people, "agenda": agenda, "headings": headings, "actions": actions,
            "next_meeting": next_meeting, "remarks": remarks}


def save(d, exp):
    d.save(os.path.join(HERE, exp["file"]))
    with open(os.path.join(HERE, exp["file"][:-5] + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=2)
        f.write("\n")


# ---------------------------------------------------------------- 237
def r237():
    """Charleroi, Nov. 2016: the coordinator starts from the file of the June meeting in Gent
    (page header still says so); typed numbers, tabbed agenda, arrows for actions, XXX left in."""
    fn = "237_reunion_fami_charleroi_nov2016.docx"
    d = new_doc("Arial", 10)
    header_footer(d, header="Réunion FAMI – Gand – 23 juin 2016", footer=TAGLINE_FR)
    P(d, ("CPAS CHARLEROI – Service Action Migrants", {"b": True, "size": 9, "color": "1F4E79"}))
    P(d, ("Réunion FAMI – échange entre CPAS", {"b": True, "size": 14}), align="c", before=12, after=2)
    P(d, ("Jeudi 17 novembre 2016", {"b": True}), align="c", after=2)
    P(d, "Lieu : salle du conseil, CPAS de Charleroi, boulevard Joseph II 13, 6000 Charleroi", align="c")
    P(d, ("Rédaction : Véronique Dumont", {"i": True, "size": 9}), align="c", after=12)

    P(d, ("Présents :", {"b": True, "u": True}), after=2)
    for line in ["Sophie Vandermeulen (SPP Intégration Sociale)",
                 "Griet Van Damme (CPAS Gand)",
                 "Marc Lejeune (CPAS Liège)",
                 "Véronique Dumont, Samir Haddou (CPAS Charleroi)",
                 "Laurence Gobert (CPAS Binche)",
                 "Els Peeters (CPAS Anvers)",
                 "Catherine Lemaire (CPAS Bruxelles)"]:
        P(d, line, style="List Bullet", after=0)
    P(d, ("Excusés : ", {"b": True, "u": True}), "Tom De Smet (CPAS Gand), Fatima Benali (CPAS Liège)",
      before=6)

    P(d, ("Ordre du jour", {"b": True, "u": True}), before=8, after=2)
    agenda = [("9h30 – 10h00", "09:30", "10:00", "Accueil et café"),
              ("10h00 – 11h00", "10:00", "11:00", "Présentation d’Activ’Up (Charleroi)"),
              ("11h00 – 12h00", "11:00", "12:00", "Recrutement des participants : échange entre CPAS"),
              ("12h00 – 13h00", "12:00", "13:00", "Lunch"),
              ("13h00 – 14h30", "13:00", "14:30", "Visite du Service Action Migrants"),
              ("14h30 – 15h00", "14:30", "15:00", "Divers et prochaine réunion")]
    for t, _, _, title in agenda:
        tabs(P(d, t + "\t" + title, after=0), 3.5)

    def sec(n, title):
        P(d, (n + ". " + title, {"b": True, "size": 11}), before=12, after=4)

    sec("1", "Accueil et tour de table")
    P(d, "Véronique souhaite la bienvenue aux collègues au nom du CPAS de Charleroi. Tour de table rapide : "
         "chaque CPAS présente l’état de son projet après un peu plus d’un an de fonctionnement. Les collègues "
         "néerlandophones s’expriment en français ; il n’y a pas d’interprétation lors de cette réunion.", align="j")

    sec("2", "Présentation d’Activ’Up")
    P(d, "Samir présente le fonctionnement par modules (module 1 : sept 2015 – juin 2016 ; module 2 : sept 2016 – "
         "juin 2017) et les trois axes du projet : coaching individuel (1x toutes les 2 semaines), activités "
         "collectives (ateliers découvertes, séances d’information, coaching collectif 1x/mois, sorties "
         "socio-culturelles) et suivi social sur rendez-vous.", align="j")
    P(d, ("Participants ayant terminé le module 1 : XXX", {"b": True}))
    P(d, "Les séances d’information « se débrouiller en Belgique » (institutions, droits et devoirs, logement, "
         "mobilité, banque/assurances) sont très appréciées. Les participants d’Activ’Up sont prioritaires pour "
         "les cours de FLE du Service Action Migrants (subside PCS).", align="j")

    sec("3", "Recrutement : échange entre CPAS")
    for line in ["- Charleroi : plus de 1000 personnes répertoriées avec l’observatoire local ; 315 retenues par les "
                 "AS pour le module 1, dont 110 présentes aux séances d’information (35 %). Module 2 : 199 "
                 "retenues, 60 présentes (30 %).",
                 "- Binche : premiers contacts avec les antennes sociales, [chiffres de Binche à compléter].",
                 "- Liège : inscriptions possibles à tout moment, orientation après un bilan d’orientation "
                 "individuel.",
                 "- Gand : recrutement via les maatschappelijk werkers, groupes de 10 à 12 personnes.",
                 "- Anvers et Bruxelles : difficile de mobiliser les AS des antennes, beaucoup de rendez-vous "
                 "manqués."]:
        P(d, line, indent=0.5, after=2)
    P(d, "Constat commun : il faut une personne de référence dans chaque antenne sociale et une information "
         "régulière des AS sur le projet.", before=4)

    sec("4", "Visite du Service Action Migrants")
    P(d, "Après le lunch, visite des locaux (Point-Info, salle informatique, atelier carton). Les participants de "
         "l’atelier carton ont présenté le mobilier qu’ils ont réalisé.")

    sec("5", "Divers")
    P(d, "Catherine signale que l’équipe FAMI du CPAS de Bruxelles déménagera rue Haute en janvier 2017.")
    P(d, "Sophie présente brièvement le calendrier du rapportage annuel au SPP (voir mail du 3 novembre).")

    sec("6", "Points d’action")
    acts = ["Samir envoie à tous les CPAS le modèle de listing utilisé avec l’observatoire local.",
            "Chaque CPAS transmet au SPP ses chiffres de recrutement (invités / présents) pour le 15 décembre.",
            "Le SPP prépare un modèle commun pour le rapportage de ces chiffres.",
            "Griet et Els : préparer ensemble l’ordre du jour de la réunion de Gand."]
    for a in acts:
        P(d, "→ " + a, after=2)
    P(d, ("Prochaine réunion : jeudi 16 mars 2017 à Gand (à confirmer).", {"b": True}), before=10)

    exp = E(fn, ["fr"], False, False, "2016-11-17",
            [["Sophie Vandermeulen", "Present", "SPP"],
             ["Griet Van Damme", "Present", "GENT"],
             ["Marc Lejeune", "Present", "LIEGE"],
             ["Véronique Dumont", "Present", "CHARLEROI"],
             ["Samir Haddou", "Present", "CHARLEROI"],
             ["Laurence Gobert", "Present", "BINCHE"],
             ["Els Peeters", "Present", "ANTWERPEN"],
             ["Catherine Lemaire", "Present", "BRUXELLES"],
             ["Tom De Smet", "Excused", "GENT"],
             ["Fatima Benali", "Excused", "LIEGE"]],
            [[s, e, t] for _, s, e, t in agenda],
            [["1", "Accueil et tour de table"],
             ["2", "Présentation d’Activ’Up"],
             ["3", "Recrutement : échange entre CPAS"],
             ["4", "Visite du Service Action Migrants"],
             ["5", "Divers"],
             ["6", "Points d’action"]],
            [["Network Contact", ["Samir Haddou"], None, "Samir envoie à tous les CPAS"],
             ["CPAS", [], None, "Chaque CPAS transmet au SPP ses chiffres"],
             ["SPP", [], None, "Le SPP prépare un modèle commun"],
             ["Several Network Contacts", ["Griet Van Damme", "Els Peeters"], None,
              "préparer ensemble l’ordre du jour de la réunion"]],
            {"date": "2017-03-16", "text": "Prochaine réunion : jeudi 16 mars 2017 à Gand (à confirmer)."},
            ["Participants ayant terminé le module 1 : XXX", "[chiffres de Binche à compléter]"])
    save(d, exp)


# ---------------------------------------------------------------- 238
def r238():
    """Gent, May 2017: Tom types up his handwritten notes eleven days later. First names for his
    own colleagues, Word auto-numbered agenda, bold underlined section lines, a 'To do' list."""
    fn = "238_verslag_netwerkdag_gent_mei2017.docx"
    d = new_doc("Calibri", 11)
    P(d, ("Verslag netwerkdag AMIF – Gent, 4 mei 2017", {"b": True, "size": 14}), after=2)
    P(d, ("Uitgetypt op 15/05/2017 op basis van mijn handgeschreven notities (Tom).", {"i": True, "color": "7F7F7F"}))
    P(d, "Plaats: OCMW Gent, vergaderzaal 2.14 + wijkcentrum Ledeberg")

    P(d, ("Aanwezig:", {"b": True}), after=0)
    for line in ["Griet, Hanne, Tom (OCMW Gent)",
                 "Sophie Vandermeulen (POD MI)",
                 "Marc Lejeune, Fatima Benali (OCMW Luik)",
                 "Véronique Dumont (OCMW Charleroi)",
                 "Els Peeters, Kris Janssens (OCMW Antwerpen)",
                 "Catherine Lemaire (OCMW Brussel)"]:
        P(d, line, style="List Bullet", after=0)
    P(d, ("Verontschuldigd: ", {"b": True}), "Samir Haddou (Charleroi), Youssef (OCMW Gent)", before=4)
    P(d, "Geen tolken vandaag; er werd Nederlands en Frans door elkaar gesproken.", before=2)

    P(d, ("Agenda (zoals in de uitnodiging):", {"b": True}), before=8, after=0)
    agenda = ["Rondleiding in het wijkcentrum",
              "Werking Gent: taalactivering in kleine groepen",
              "Tevredenheidsenquête: wat loopt er mis?",
              "Varia"]
    for a in agenda:
        P(d, a, style="List Number", after=0)

    def sec(title):
        P(d, (title, {"b": True, "u": True}), before=10, after=2)

    sec("Rondleiding")
    P(d, "Griet gaf een rondleiding: onthaal, 2 groepslokalen, computerlokaal (8 pc’s), keukentje. Deelnemers "
         "maken zelf koffie voor de bezoekers → werkt goed voor het groepsgevoel.")
    sec("Werking Gent")
    for line in ["- groepen van 10-12 deeln., 3 voormiddagen/week",
                 "- taalactivering: NT2-oefeningen gekoppeld aan praktische situaties (huisarts, school, bus)",
                 "- intercultureel bemiddelaar (Youssef) doet de intake mee in het Arabisch",
                 "- instroom via MW van de sociale centra, soms lange wachttijd",
                 "- cijfers 2016: (aan te vullen)"]:
        P(d, line, after=0, indent=0.4)
    sec("Tevredenheidsenquête")
    P(d, "Iedereen vindt de huidige enquête te moeilijk voor de doelgroep: woorden als ‘zelfredzaamheid’ en "
         "‘competenties’ worden niet begrepen. Luik gebruikt al smileys. Vraag om de enquête ook in het Arabisch, "
         "Dari en Tigrinya te hebben.")
    P(d, "Fatima: bij analfabete deelnemers wordt de enquête mondeling afgenomen met een tolk → kost veel tijd.")
    sec("Varia")
    P(d, "Els: Antwerpen start in september met de partners Schoten, Edegem en Mortsel.")
    P(d, "Volgende keer: in het najaar bij OCMW Brussel, datum volgt.")
    sec("To do")
    todo = ["- Griet: enquête herschrijven in eenvoudig Nederlands en rondsturen",
            "- POD: nagaan of de enquête vertaald kan worden (Arabisch, Dari, Tigrinya)",
            "- Fatima en Marc bezorgen hun intakeformulier aan alle OCMW’s",
            "- OCMW Antwerpen: cijfers aanwezigheidsgraad delen vóór de zomer",
            "- verslag vertalen naar het Frans: nog te bepalen"]
    for line in todo:
        P(d, line, after=0, indent=0.4)
    P(d, ("Opmerkingen van Luik en Charleroi nog toe te voegen.", {"i": True, "color": "C00000"}), before=12)

    exp = E(fn, ["nl"], False, False, "2017-05-04",
            [["Griet", "Present", "GENT"],
             ["Hanne", "Present", "GENT"],
             ["Tom", "Present", "GENT"],
             ["Sophie Vandermeulen", "Present", "SPP"],
             ["Marc Lejeune", "Present", "LIEGE"],
             ["Fatima Benali", "Present", "LIEGE"],
             ["Véronique Dumont", "Present", "CHARLEROI"],
             ["Els Peeters", "Present", "ANTWERPEN"],
             ["Kris Janssens", "Present", "ANTWERPEN"],
             ["Catherine Lemaire", "Present", "BRUXELLES"],
             ["Samir Haddou", "Excused", "CHARLEROI"],
             ["Youssef", "Excused", "GENT"]],
            [[None, None, a] for a in agenda],
            [["", "Rondleiding"], ["", "Werking Gent"], ["", "Tevredenheidsenquête"], ["", "Varia"],
             ["", "To do"]],
            [["Network Contact", ["Griet"], None, "enquête herschrijven in eenvoudig Nederlands en rondsturen"],
             ["SPP", [], None, "nagaan of de enquête vertaald kan worden"],
             ["Several Network Contacts", ["Fatima Benali", "Marc Lejeune"], None,
              "Fatima en Marc bezorgen hun intakeformulier"],
             ["CPAS", [], "ANTWERPEN", "cijfers aanwezigheidsgraad delen vóór de zomer"],
             ["To Be Assigned", [], None, "verslag vertalen naar het Frans"]],
            {"date": None, "text": "Volgende keer: in het najaar bij OCMW Brussel, datum volgt."},
            ["(aan te vullen)", "Opmerkingen van Luik en Charleroi nog toe te voegen."])
    save(d, exp)


# ---------------------------------------------------------------- 239
def r239():
    """Brussels, Feb. 2018: formal bilingual procès-verbal / verslag of the SPP, approved at the
    next meeting; presence table with X marks, agenda table, Heading 1 with typed numbers,
    FR paragraph followed by NL paragraph in italics, action table."""
    fn = "239_pv_verslag_bruxelles_fev2018.docx"
    d = new_doc("Calibri", 10.5, margins=(2.0, 2.0, 2.2, 2.2))
    header_footer(d, header="POD Maatschappelijke Integratie | SPP Intégration Sociale",
                  footer=TAGLINE_NL + " – " + TAGLINE_FR)
    t = d.add_paragraph(style="Title")
    t.add_run("Procès-verbal de la réunion du réseau FAMI – Verslag van de AMIF-netwerkvergadering").font.size = Pt(18)
    P(d, ("22 février 2018 – 22 februari 2018", {"b": True}), after=2)
    P(d, "CPAS de Bruxelles, rue Haute 298A, 1000 Bruxelles – OCMW Brussel, Hoogstraat 298A, 1000 Brussel", after=2)
    P(d, ("Approuvé lors de la réunion du 14 juin 2018 – Goedgekeurd op de vergadering van 14 juni 2018",
          {"i": True, "color": "7F7F7F", "size": 9}), after=10)

    P(d, ("Présences – Aanwezigheden", {"b": True, "color": "1F4E79"}), after=2)
    rows = [["Nom – Naam", "Organisation – Organisatie", "Présent – Aanwezig", "Excusé – Verontschuldigd"],
            ["Sophie Vandermeulen", "SPP IS – POD MI", "X", ""],
            ["Pieter Claeys", "SPP IS – POD MI", "X", ""],
            ["Griet Van Damme", "CPAS de Gand – OCMW Gent", "X", ""],
            ["Hanne Verbeke", "CPAS de Gand – OCMW Gent", "", "X"],
            ["Marc Lejeune", "CPAS de Liège – OCMW Luik", "X", ""],
            ["Fatima Benali", "CPAS de Liège – OCMW Luik", "X", ""],
            ["Véronique Dumont", "CPAS de Charleroi – OCMW Charleroi", "X", ""],
            ["Laurence Gobert", "CPAS de Binche – OCMW Binche", "", "X"],
            ["Els Peeters", "CPAS d’Anvers – OCMW Antwerpen", "X", ""],
            ["Bart Van Looy", "CPAS de Schoten – OCMW Schoten", "X", ""],
            ["Catherine Lemaire", "CPAS de Bruxelles – OCMW Brussel", "X", ""],
            ["Nadia Cherkaoui", "CPAS de Bruxelles – OCMW Brussel", "X", ""],
            ["Anne Rousseau", "Interprète – Tolk", "X", ""],
            ["Koen Maes", "Interprète – Tolk", "X", ""]]
    table(d, rows, style="Light Grid Accent 1", widths=[4.5, 6.5, 2.8, 3.2], size=9.5)
    P(d, "Interprétation simultanée – Simultaanvertaling : Anne Rousseau et Koen Maes.", before=6)

    P(d, ("Ordre du jour – Agenda", {"b": True, "color": "1F4E79"}), before=8, after=2)
    agenda = [("10.00 – 10.15", "10:00", "10:15",
               "Accueil et approbation du PV du 19 octobre 2017 – Verwelkoming en goedkeuring verslag 19 oktober 2017"),
              ("10.15 – 11.15", "10:15", "11:15", "Le projet du CPAS de Bruxelles – Het project van OCMW Brussel"),
              ("11.15 – 12.15", "11:15", "12:15", "Indicateurs et rapportage – Indicatoren en rapportering"),
              ("12.15 – 12.30", "12:15", "12:30", "Divers – Varia"),
              ("12.30", "12:30", None, "Lunch offert par le CPAS de Bruxelles – Lunch aangeboden door OCMW Brussel")]
    table(d, [["Heure – Uur", "Point – Punt"]] + [[a, t_] for a, _, _, t_ in agenda],
          style="Light Grid Accent 1", widths=[3.0, 14.0], size=9.5)

    heads = [("1", "Accueil et approbation du PV – Verwelkoming en goedkeuring van het verslag"),
             ("2", "Le projet du CPAS de Bruxelles – Het project van OCMW Brussel"),
             ("3", "Indicateurs et rapportage – Indicatoren en rapportering"),
             ("4", "Divers – Varia"),
             ("5", "Décisions et actions – Beslissingen en acties")]
    body = {
        "1": ("Catherine Lemaire accueille le réseau au nom du CPAS de Bruxelles. Le PV de la réunion du "
              "19 octobre 2017 est approuvé sans modification.",
              "Catherine Lemaire verwelkomt het netwerk namens OCMW Brussel. Het verslag van de vergadering van "
              "19 oktober 2017 wordt zonder wijzigingen goedgekeurd."),
        "2": ("Nadia Cherkaoui présente le projet du CPAS de Bruxelles : un parcours de douze mois qui combine "
              "entretiens individuels, ateliers collectifs de citoyenneté et accompagnement vers la formation. "
              "64 participants ont été accueillis en 2017, dont 41 femmes. Bart Van Looy demande comment les mères "
              "de jeunes enfants peuvent participer : Bruxelles collabore avec une crèche de quartier.",
              "Nadia Cherkaoui stelt het project van OCMW Brussel voor: een traject van twaalf maanden met "
              "individuele gesprekken, collectieve workshops burgerschap en begeleiding naar opleiding. In 2017 "
              "werden 64 deelnemers opgevangen, van wie 41 vrouwen. Op de vraag van Bart Van Looy hoe moeders van "
              "jonge kinderen kunnen deelnemen: Brussel werkt samen met een buurtcrèche."),
        "3": ("Pieter Claeys explique le nouveau tableau des indicateurs demandé par l’autorité responsable du "
              "FAMI : nombre de participants par type d’activité, taux de présence et nombre de trajets terminés. "
              "Le SPP ne reçoit que des chiffres agrégés ; les données nominatives restent au CPAS.",
              "Pieter Claeys licht de nieuwe indicatorentabel toe die de verantwoordelijke autoriteit van het AMIF "
              "vraagt: aantal deelnemers per type activiteit, aanwezigheidsgraad en aantal afgeronde trajecten. "
              "De POD ontvangt enkel geaggregeerde cijfers; de persoonsgegevens blijven bij het OCMW."),
        "4": ("Els Peeters annonce que le partenariat entre Anvers et Schoten a démarré en janvier 2018.",
              "Els Peeters meldt dat het partnerschap tussen Antwerpen en Schoten in januari 2018 gestart is."),
    }
    for num, title in heads:
        H(d, num + ". " + title, level=1, size=12)
        if num in body:
            fr, nl = body[num]
            P(d, fr, align="j", after=3)
            P(d, (nl, {"i": True, "color": "404040"}), align="j")
    P(d, ("Décision – Beslissing : ", {"b": True}),
      "le tableau des indicateurs est utilisé à partir du rapport 2018 – de indicatorentabel wordt gebruikt "
      "vanaf de rapportering 2018.")
    actions = [["Action – Actie", "Responsable – Verantwoordelijke", "Échéance – Deadline"],
               ["Envoyer la présentation aux participants – De presentatie aan de deelnemers bezorgen",
                "CPAS de Bruxelles – OCMW Brussel", "01/03/2018"],
               ["Transmettre le tableau des indicateurs aux CPAS – De indicatorentabel aan de OCMW’s bezorgen",
                "SPP IS – POD MI", "31/03/2018"],
               ["Compléter le tableau et le renvoyer au SPP – De tabel invullen en terugsturen naar de POD",
                "Tous les CPAS – Alle OCMW’s", "30/04/2018"],
               ["Présenter le partenariat Anvers–Schoten à la prochaine réunion – Het partnerschap "
                "Antwerpen–Schoten voorstellen op de volgende vergadering",
                "Els Peeters, Bart Van Looy", "14/06/2018"]]
    table(d, actions, style="Light Grid Accent 1", widths=[9.5, 5.0, 2.5], size=9.5)
    nxt = ("Prochaine réunion – Volgende vergadering : jeudi 14 juin 2018, CPAS d’Anvers – donderdag "
           "14 juni 2018, OCMW Antwerpen")
    P(d, (nxt, {"b": True}), before=10)
    P(d, "Pour le SPP Intégration Sociale – Voor de POD Maatschappelijke Integratie,", before=10, after=0)
    P(d, "Sophie Vandermeulen")

    exp = E(fn, ["fr", "nl"], False, True, "2018-02-22",
            [["Sophie Vandermeulen", "Present", "SPP"],
             ["Pieter Claeys", "Present", "SPP"],
             ["Griet Van Damme", "Present", "GENT"],
             ["Marc Lejeune", "Present", "LIEGE"],
             ["Fatima Benali", "Present", "LIEGE"],
             ["Véronique Dumont", "Present", "CHARLEROI"],
             ["Els Peeters", "Present", "ANTWERPEN"],
             ["Bart Van Looy", "Present", "SCHOTEN"],
             ["Catherine Lemaire", "Present", "BRUXELLES"],
             ["Nadia Cherkaoui", "Present", "BRUXELLES"],
             ["Anne Rousseau", "Present", None],
             ["Koen Maes", "Present", None],
             ["Hanne Verbeke", "Excused", "GENT"],
             ["Laurence Gobert", "Excused", "BINCHE"]],
            [[s, e, t_] for _, s, e, t_ in agenda],
            [[n, t_] for n, t_ in heads],
            [["CPAS", [], "BRUXELLES", "Envoyer la présentation aux participants"],
             ["SPP", [], None, "Transmettre le tableau des indicateurs aux CPAS"],
             ["CPAS", [], None, "Compléter le tableau et le renvoyer au SPP"],
             ["Several Network Contacts", ["Els Peeters", "Bart Van Looy"], None,
              "Présenter le partenariat Anvers–Schoten à la prochaine réunion"]],
            {"date": "2018-06-14", "text": nxt},
            [])
    save(d, exp)


# ---------------------------------------------------------------- 240
def r240():
    """Antwerpen, Oct. 2019: Els's e-mail summary of the partner meeting, pasted into Word for
    the project file (mail header kept, '1)' points in bold, owners in arrows or as subject)."""
    fn = "240_samenvatting_partneroverleg_antwerpen_okt2019.docx"
    d = new_doc("Calibri", 11, margins=(2.0, 2.0, 2.0, 2.0))
    for lab, val in [("Van:", "Els Peeters"),
                     ("Verzonden:", "vrijdag 11 oktober 2019 16:42"),
                     ("Aan:", "Kris Janssens; Sanne Wouters; Bart Van Looy; Ilse Goossens; Wim De Backer; Pieter Claeys"),
                     ("Onderwerp:", "samenvatting partneroverleg AMIF 10/10")]:
        P(d, (lab, {"b": True}), " " + val, after=0)
    P(d, "")
    P(d, "Dag allemaal,")
    P(d, "Bedankt voor jullie komst gisteren in de Lange Gasthuisstraat. Hieronder kort wat we afgesproken hebben "
         "op het partneroverleg van donderdag 10 oktober. Een officieel verslag komt er niet, dit is het verslag :-)")
    P(d, "Aanwezig: Els Peeters, Kris Janssens en Sanne Wouters (OCMW Antwerpen), Bart Van Looy (OCMW Schoten), "
         "Ilse Goossens (OCMW Edegem), Pieter Claeys (POD MI).", after=0)
    P(d, "Verontschuldigd: Wim De Backer (OCMW Mortsel).")

    heads = [("1", "Instroom vanuit de partnergemeenten"), ("2", "Vervoer van deelnemers"),
             ("3", "Infosessies en planning"), ("4", "Varia")]
    texts = {
        "1": ["Schoten heeft sinds de start 9 deelnemers doorverwezen, Edegem een handvol (cijfers Edegem nog aan te "
              "vullen). De MW in de partnergemeenten kennen het project nog te weinig. Voorstel: één keer per "
              "kwartaal een infomoment per gemeente.",
              "Schoten bekijkt met de sociale dienst of er maandelijks kan doorverwezen worden → actie Bart"],
        "2": ["Deelnemers uit Edegem en Schoten moeten met tram of bus naar de groepslokalen in Antwerpen. Dat kost "
              "geld en tijd, sommigen haken daardoor af.",
              "Pieter vraagt intern na of vervoersonkosten van deelnemers subsidiabel zijn binnen het AMIF-budget."],
        "3": ["Sanne en Kris maken een gezamenlijke planning voor de infosessies in Edegem en Schoten (start januari).",
              "Ilse stuurt de lijst met het aantal deelnemers per maand naar Kris (enkel aantallen, geen namen!)."],
        "4": ["Wim heeft laten weten dat Mortsel graag eens gastheer is voor een netwerkbijeenkomst.",
              "Volgend partneroverleg: ergens in januari, wie wil ons ontvangen?"],
    }
    for n, title in heads:
        P(d, (n + ") " + title, {"b": True}), before=6, after=2)
        for tx in texts[n]:
            P(d, tx, after=2)
    P(d, "Groetjes,", before=10, after=0)
    P(d, "Els")
    P(d, ("Els Peeters", {"b": True, "color": "C00000", "size": 9}), after=0)
    P(d, ("Coördinator AMIF-project | OCMW Antwerpen", {"size": 9, "color": "595959"}), after=0)
    P(d, ("Lange Gasthuisstraat 33, 2000 Antwerpen", {"size": 9, "color": "595959"}))

    exp = E(fn, ["nl"], False, False, "2019-10-10",
            [["Els Peeters", "Present", "ANTWERPEN"],
             ["Kris Janssens", "Present", "ANTWERPEN"],
             ["Sanne Wouters", "Present", "ANTWERPEN"],
             ["Bart Van Looy", "Present", "SCHOTEN"],
             ["Ilse Goossens", "Present", "EDEGEM"],
             ["Pieter Claeys", "Present", "SPP"],
             ["Wim De Backer", "Excused", "MORTSEL"]],
            [],
            [[n, t_] for n, t_ in heads],
            [["Network Contact", ["Bart Van Looy"], None, "Schoten bekijkt met de sociale dienst of"],
             ["Network Contact", ["Pieter Claeys"], None, "Pieter vraagt intern na of vervoersonkosten"],
             ["Several Network Contacts", ["Sanne Wouters", "Kris Janssens"], None,
              "Sanne en Kris maken een gezamenlijke planning"],
             ["Network Contact", ["Ilse Goossens"], None, "Ilse stuurt de lijst met het aantal"]],
            {"date": None, "text": "Volgend partneroverleg: ergens in januari, wie wil ons ontvangen?"},
            ["(cijfers Edegem nog aan te vullen)"])
    save(d, exp)


# ---------------------------------------------------------------- 241
def r241():
    """Teams check-in, May 2020 (lockdown): Nathalie of the SPP, one page, Heading 2 per CPAS,
    Griet's point pasted in Dutch from the chat."""
    fn = "241_checkin_teams_mai2020.docx"
    d = new_doc("Calibri", 11)
    H(d, "Check-in FAMI – Teams – 12/05/2020", level=1, size=15)
    P(d, ("Point hebdomadaire pendant le confinement – 10h00–11h00. Pas d’interprétation : chacun parle sa "
          "langue.", {"i": True}))
    P(d, ("Participants : ", {"b": True}),
      "SPP : Nathalie Delvaux, Pieter Claeys – Gand : Griet Van Damme – Liège : Marc Lejeune, Julie Lambotte – "
      "Charleroi : Samir Haddou – Anvers : Kris Janssens – Bruxelles : Olivier Mertens", after=0)
    P(d, ("Excusée : ", {"b": True}), "Catherine Lemaire (Bruxelles)")

    H(d, "Gent", level=2)
    P(d, ("(Griet avait un problème de micro ; elle a mis son point dans le chat, repris tel quel)",
          {"i": True, "size": 9}), after=2)
    P(d, "Groepsactiviteiten opnieuw gestart in groepjes van 4 deelnemers + 1 begeleider, in het grootste lokaal, "
         "met mondmaskers. Individuele opvolging verder telefonisch of via WhatsApp-video. Actie: Griet bezorgt de "
         "Gentse richtlijnen (4+1) aan het netwerk.")
    H(d, "Liège", level=2)
    P(d, "Reprise prudente : 3 participants + 1 formateur par groupe. Les ateliers créatifs restent suspendus. "
         "Julie a préparé des fiches d’exercices que les participants font à domicile ; retour très positif.")
    P(d, "Liège partage ses fiches d’exercices via le Teams du réseau.", style="List Bullet")
    H(d, "Charleroi", level=2)
    P(d, "Même règle (3 + 1). Samir signale que beaucoup de participants n’ont ni ordinateur ni crédit de "
         "données ; les séances d’information sont suspendues jusqu’à nouvel ordre. Question : l’achat de "
         "tablettes peut-il être financé par le FAMI ?")
    P(d, "Pieter vérifie auprès de l’autorité responsable.", style="List Bullet")
    H(d, "Antwerpen", level=2)
    P(d, "Tout reste à distance jusqu’à fin mai. Reprise prévue en juin avec 5 participants par groupe si la "
         "ville donne son accord.")
    H(d, "Bruxelles", level=2)
    P(d, "Olivier : permanence téléphonique tous les matins, distribution de colis avec l’épicerie sociale. Pas "
         "encore de date de reprise des ateliers.")
    H(d, "Suite", level=2)
    P(d, ("Tous les CPAS : ", {"b": True}),
      "envoyer à Nathalie leurs règles de groupe actuelles pour le 19/05 (tableau comparatif).")
    P(d, ("Prochain check-in : mardi 26 mai, même heure, même lien Teams.", {"b": True, "color": "2E74B5"}),
      before=6)

    exp = E(fn, ["fr", "nl"], True, False, "2020-05-12",
            [["Nathalie Delvaux", "Present", "SPP"],
             ["Pieter Claeys", "Present", "SPP"],
             ["Griet Van Damme", "Present", "GENT"],
             ["Marc Lejeune", "Present", "LIEGE"],
             ["Julie Lambotte", "Present", "LIEGE"],
             ["Samir Haddou", "Present", "CHARLEROI"],
             ["Kris Janssens", "Present", "ANTWERPEN"],
             ["Olivier Mertens", "Present", "BRUXELLES"],
             ["Catherine Lemaire", "Excused", "BRUXELLES"]],
            [],
            [["", "Gent"], ["", "Liège"], ["", "Charleroi"], ["", "Antwerpen"], ["", "Bruxelles"], ["", "Suite"]],
            [["Network Contact", ["Griet Van Damme"], None, "Griet bezorgt de Gentse richtlijnen (4+1)"],
             ["CPAS", [], "LIEGE", "Liège partage ses fiches d’exercices via"],
             ["Network Contact", ["Pieter Claeys"], None, "Pieter vérifie auprès de l’autorité responsable"],
             ["CPAS", [], None, "envoyer à Nathalie leurs règles de groupe actuelles"]],
            {"date": "2020-05-26", "text": "Prochain check-in : mardi 26 mai, même heure, même lien Teams."},
            [])
    save(d, exp)


# ---------------------------------------------------------------- 242
def r242():
    """Webex, March 2021, organised by Liège: Julie stands in for the usual secretary. Liège's
    report template, presence table per organisation, tabbed agenda with '9.30', Heading 1/2
    with typed numbers, recap of actions with 'Qui :' after each task."""
    fn = "242_rapport_reseau_webex_mars2021.docx"
    d = new_doc("Calibri", 10.5)
    header_footer(d, header="CPAS de Liège – Projet Mod’Actions (FAMI)", footer="Rapport provisoire – réseau FAMI",
                  halign="l", italic_footer=False)
    t = d.add_paragraph(style="Title")
    t.add_run("Rapport de la réunion du réseau FAMI").font.size = Pt(20)
    P(d, ("Jeudi 18 mars 2021 – 9h30 à 12h00 – Webex (organisation : CPAS de Liège)", {"b": True}), after=10)

    P(d, ("Participants", {"b": True, "size": 11}), after=2)
    rows = [["Organisation", "Participant·e·s"],
            ["SPP Intégration Sociale", "Nathalie Delvaux, Pieter Claeys"],
            ["CPAS de Gand", "Griet Van Damme, Youssef El Amrani"],
            ["CPAS de Liège", "Marc Lejeune, Julie Lambotte, Denis Hardy"],
            ["CPAS de Charleroi", "Aurélie Piérard"],
            ["CPAS d’Anvers", "Sanne Wouters"],
            ["CPAS de Bruxelles", "Nadia Cherkaoui"],
            ["Interprètes", "Anne Rousseau, Lotte Verstraete"]]
    table(d, rows, style="Table Grid", widths=[5.0, 11.0], shade="D9E2F3")
    P(d, ("Excusé·e·s : ", {"b": True}),
      "Fatima Benali (Liège), Véronique Dumont (Charleroi), Catherine Lemaire (Bruxelles)", before=6)
    P(d, "Interprétation FR/NL via le canal d’interprétation de Webex.")

    P(d, ("Ordre du jour", {"b": True, "size": 11}), before=8, after=2)
    agenda = [("9.30 – 9.45", "09:30", "09:45", "Ouverture et consignes Webex (canal d’interprétation)"),
              ("9.45 – 10.30", "09:45", "10:30", "Reprise des activités collectives : où en est chaque CPAS ?"),
              ("10.30 – 10.45", "10:30", "10:45", "Pause"),
              ("10.45 – 11.30", "10:45", "11:30", "Enquête de satisfaction : version simplifiée"),
              ("11.30 – 12.00", "11:30", "12:00", "Indicateurs 2020 et calendrier du rapportage")]
    for tm, _, _, title in agenda:
        tabs(P(d, tm + "\t" + title, after=0), 3.0)

    heads = []

    def h(num, title, level=1):
        heads.append([num, title])
        H(d, (num + ". " if level == 1 else num + " ") + title, level=level, size=(13 if level == 1 else 11))

    h("1", "Ouverture")
    P(d, "Marc ouvre la réunion. Rappel des consignes : micro coupé quand on ne parle pas, choisir son canal "
         "(FR ou NL) dans le menu d’interprétation, lever la main virtuellement.")
    h("2", "Reprise des activités collectives")
    h("2.1", "Gand", 2)
    P(d, "Groupes de 4 + 1 maintenus. Youssef fait les intakes en présentiel sur rendez-vous. Les participants "
         "sont fatigués des séances en ligne.")
    h("2.2", "Liège", 2)
    P(d, "Depuis février, deux petits groupes en présentiel (3 + 1) à la maison d’activation sociale. L’atelier "
         "informatique a été réorganisé pour apprendre aux participants à utiliser WhatsApp et Teams. Denis a "
         "tourné une courte vidéo de l’atelier créatif.")
    h("2.3", "Charleroi", 2)
    P(d, "Aurélie explique que le module 6 a démarré avec 14 participants (au lieu de 20 habituellement). Les "
         "sorties socio-culturelles restent suspendues.")
    h("2.4", "Anvers", 2)
    P(d, "Sanne : reprise en groupes de 6 + 1 dans une salle plus grande prêtée par le district. Les partenaires "
         "(Schoten, Edegem, Mortsel) envoient moins de participants depuis la crise.")
    h("2.5", "Bruxelles", 2)
    P(d, "Nadia présente les chiffres de fréquentation du premier trimestre. [commentaires de Bruxelles à ajouter]")
    h("3", "Enquête de satisfaction")
    P(d, "Nathalie présente une version simplifiée de l’enquête : 8 questions au lieu de 15, des pictogrammes et "
         "des smileys, plus de termes abstraits. Les CPAS trouvent cette version nettement plus claire. Gand et "
         "Anvers demandent une version en arabe, en dari et en tigrinya.")
    h("4", "Indicateurs 2020")
    P(d, "Pieter rappelle le calendrier : les indicateurs 2020 devaient être transmis pour le 28 février ; tous "
         "les CPAS l’ont fait, sauf pour le module 3 de Charleroi (retard dû à un changement de logiciel). Le taux "
         "de présence est calculé sur les séances effectivement organisées : les séances annulées pour cause de "
         "COVID ne comptent pas.")
    h("5", "Récapitulatif des actions")
    recap = ["Transmettre la version simplifiée de l’enquête en néerlandais et en arabe – Qui : Nathalie Delvaux",
             "Tester la nouvelle enquête avec un groupe de participants – Qui : tous les CPAS",
             "Envoyer les chiffres manquants du module 3 – Qui : CPAS de Charleroi",
             "Partager la vidéo de l’atelier créatif et celle de Gand – Qui : Denis et Youssef",
             "Organiser une séance d’échange sur les outils à distance – Qui : à définir"]
    for r in recap:
        P(d, r, style="List Bullet", after=0)
    nxt = "Prochaine réunion du réseau : juin 2021, probablement à nouveau sur Webex (date à fixer via Doodle)."
    P(d, (nxt, {"b": True}), before=8)
    P(d, ("Version provisoire – les commentaires des CPAS seront intégrés avant diffusion.",
          {"i": True, "color": "C00000"}), before=6)
    P(d, ("Rapport rédigé par Julie Lambotte (en remplacement de Fatima Benali, en congé) – relu par Marc Lejeune.",
          {"i": True, "size": 9, "color": "595959"}))

    exp = E(fn, ["fr"], True, True, "2021-03-18",
            [["Nathalie Delvaux", "Present", "SPP"],
             ["Pieter Claeys", "Present", "SPP"],
             ["Griet Van Damme", "Present", "GENT"],
             ["Youssef El Amrani", "Present", "GENT"],
             ["Marc Lejeune", "Present", "LIEGE"],
             ["Julie Lambotte", "Present", "LIEGE"],
             ["Denis Hardy", "Present", "LIEGE"],
             ["Aurélie Piérard", "Present", "CHARLEROI"],
             ["Sanne Wouters", "Present", "ANTWERPEN"],
             ["Nadia Cherkaoui", "Present", "BRUXELLES"],
             ["Anne Rousseau", "Present", None],
             ["Lotte Verstraete", "Present", None],
             ["Fatima Benali", "Excused", "LIEGE"],
             ["Véronique Dumont", "Excused", "CHARLEROI"],
             ["Catherine Lemaire", "Excused", "BRUXELLES"]],
            [[s, e, t_] for _, s, e, t_ in agenda],
            heads,
            [["Network Contact", ["Nathalie Delvaux"], None, "Transmettre la version simplifiée de l’enquête"],
             ["CPAS", [], None, "Tester la nouvelle enquête avec un groupe"],
             ["CPAS", [], "CHARLEROI", "Envoyer les chiffres manquants du module 3"],
             ["Several Network Contacts", ["Denis Hardy", "Youssef El Amrani"], None,
              "Partager la vidéo de l’atelier créatif"],
             ["To Be Assigned", [], None, "Organiser une séance d’échange sur les outils"]],
            {"date": None, "text": nxt},
            ["[commentaires de Bruxelles à ajouter]",
             "Version provisoire – les commentaires des CPAS seront intégrés avant diffusion."])
    save(d, exp)


# ---------------------------------------------------------------- 243
def r243():
    """Hybrid meeting, June 2022, hosted by partner OCMW Mortsel; Pieter of the POD writes in
    Dutch with French passages; presents split room / Teams; agenda table with '9u30';
    Heading 1 numbered without a dot; 'Wie | Wat | Tegen' table of agreements."""
    fn = "243_verslag_hybride_mortsel_juni2022.docx"
    d = new_doc("Calibri", 11, margins=(2.0, 2.0, 2.5, 2.0))
    header_footer(d, header="POD Maatschappelijke Integratie – AMIF-netwerk OCMW’s", footer=TAGLINE_NL)
    t = d.add_paragraph(style="Title")
    t.add_run("Verslag AMIF-netwerkbijeenkomst (hybride)").font.size = Pt(20)
    P(d, ("Donderdag 9 juni 2022 – OCMW Mortsel (gastheer) en via Microsoft Teams", {"b": True}), after=2)
    P(d, "Tolken: simultaanvertaling NL-FR via het tolkkanaal van Teams, ook voor de aanwezigen in de zaal "
         "(koptelefoons).", after=8)

    P(d, ("Aanwezig in de zaal", {"b": True}), after=0)
    for line in ["Wim De Backer (OCMW Mortsel, gastheer)",
                 "Els Peeters, Ahmed Bouzid (OCMW Antwerpen)",
                 "Ilse Goossens (OCMW Edegem)",
                 "Pieter Claeys, Jonas Verhaegen (POD MI)",
                 "Koen Maes (tolk)"]:
        P(d, line, style="List Bullet", after=0)
    P(d, ("Aanwezig via Teams", {"b": True}), before=4, after=0)
    for line in ["Griet Van Damme (OCMW Gent)",
                 "Marc Lejeune (OCMW Luik)",
                 "Aurélie Piérard (OCMW Charleroi)",
                 "Laurence Gobert (OCMW Binche)",
                 "Olivier Mertens (OCMW Brussel)",
                 "Anne Rousseau (tolk)"]:
        P(d, line, style="List Bullet", after=0)
    P(d, ("Verontschuldigd: ", {"b": True}), "Bart Van Looy (OCMW Schoten), Nadia Cherkaoui (OCMW Brussel)",
      before=4)

    P(d, ("Agenda", {"b": True}), before=8, after=2)
    agenda = [("9u30 – 10u00", "09:30", "10:00", "Onthaal en koffie (online: verbinding testen)"),
              ("10u00 – 10u45", "10:00", "10:45", "Voorstelling van de werking van OCMW Mortsel"),
              ("10u45 – 11u30", "10:45", "11:30", "De nieuwe AMIF-programmaperiode 2021-2027: wat verandert er?"),
              ("11u30 – 12u15", "11:30", "12:15", "Gemeenschappelijke indicatoren (Verordening (EU) 2021/1147)"),
              ("12u15 – 13u15", "12:15", "13:15", "Lunch"),
              ("13u15 – 14u30", "13:15", "14:30", "Werkgroepen: registratie van aanwezigheden"),
              ("14u30 – 15u00", "14:30", "15:00", "Afronding en volgende bijeenkomst")]
    table(d, [["Uur", "Onderwerp"]] + [[a, t_] for a, _, _, t_ in agenda], style="Light List Accent 1",
          widths=[3.2, 13.0])

    heads = [("1", "Onthaal en praktische afspraken"), ("2", "Werking van OCMW Mortsel"),
             ("3", "Nieuwe programmaperiode 2021-2027"), ("4", "Gemeenschappelijke indicatoren"),
             ("5", "Werkgroepen: registratie van aanwezigheden"), ("6", "Afspraken")]
    H(d, "1 " + heads[0][1], level=1, size=13)
    P(d, "Wim De Backer verwelkomt iedereen in het Sociaal Huis van Mortsel. De verbinding met Teams viel de eerste "
         "tien minuten weg; de online deelnemers hebben de voorstelling van de agenda gemist.")
    H(d, "2 " + heads[1][1], level=1, size=13)
    P(d, "Mortsel is sinds 2019 partner van OCMW Antwerpen. Wim licht toe: een kleine groep van 8 deelnemers, "
         "vooral vrouwen, één voormiddag per week in Mortsel; de andere activiteiten volgen ze in Antwerpen. De "
         "samenwerking met de maatschappelijk werkers loopt vlot omdat iedereen in hetzelfde gebouw zit.")
    H(d, "3 " + heads[2][1], level=1, size=13)
    P(d, "Jonas Verhaegen licht de nieuwe programmaperiode toe. De projecten lopen verder onder het nieuwe fonds; "
         "de rapportering wordt jaarlijks en strenger opgevolgd. Documenten moeten bewaard blijven tot vijf jaar "
         "na 31 december van het jaar van de laatste betaling.")
    P(d, ("Intervention de Marc Lejeune (en français) : ", {"i": True}),
      "le CPAS de Liège s’inquiète de la charge administrative supplémentaire pour une petite équipe de 4 ETP. "
      "Le POD répond que les modèles de rapport ont déjà été simplifiés et sont communs à tous les CPAS.")
    H(d, "4 " + heads[3][1], level=1, size=13)
    P(d, "De gemeenschappelijke indicatoren worden overlopen: aantal deelnemers aan ondersteunende activiteiten "
         "(taalcursus, oriëntatie, persoonlijke begeleiding), deelnemers die minstens één ERK-niveau stijgen, en "
         "deelnemers die zeggen dat de activiteit hen hielp bij hun integratie. Aurélie vraagt hoe een taalniveau "
         "gemeten wordt bij analfabete deelnemers. Volgens Jonas volstaat een test op niveau A1.1.")
    P(d, ("Question de Laurence Gobert (Binche) : ", {"i": True}),
      "les participants des CPAS partenaires sont-ils comptés séparément ? Réponse : non, ils sont comptés avec "
      "le CPAS porteur (Charleroi pour Binche).")
    H(d, "5 " + heads[4][1], level=1, size=13)
    P(d, "Twee groepen (zaal en online). Vergelijking van de systemen: Antwerpen registreert per sessie in Excel, "
         "Charleroi met een papieren lijst die achteraf ingevoerd wordt, Gent met een app. Stiptheid wordt enkel in "
         "Luik systematisch genoteerd. Voorstel: een gemeenschappelijke minimale registratie (aanwezig / afwezig / "
         "te laat / verwittigd).")
    P(d, ("[foto’s van de flappen nog toe te voegen]", {"color": "FF0000"}))
    H(d, "6 " + heads[5][1], level=1, size=13)
    acts = [["Wie", "Wat", "Tegen"],
            ["POD MI", "Definities van de indicatoren in het Frans en Nederlands doorsturen", "30/06"],
            ["Wim", "Presentatie van Mortsel op de gedeelde map zetten", "asap"],
            ["Elk OCMW", "Minimale aanwezigheidsregistratie testen vanaf september", "30/09"],
            ["Ahmed + Aurélie", "Registratiesystemen van Antwerpen en Charleroi naast elkaar leggen", "20/10"],
            ["OCMW Edegem", "Nieuwe contactpersoon voor de partnerwerking doorgeven", "30/06"],
            ["?", "Gastheer voor de najaarsbijeenkomst zoeken", "—"]]
    table(d, acts, style="Table Grid", widths=[3.5, 10.5, 2.2], shade="DEEAF6")
    nxt = "Volgende bijeenkomst: donderdag 20 oktober 2022, plaats nog te bepalen."
    P(d, (nxt, {"b": True}), before=8)
    P(d, ("Verslag: Pieter Claeys (POD MI)", {"i": True, "size": 9}))

    exp = E(fn, ["nl", "fr"], True, True, "2022-06-09",
            [["Wim De Backer", "Present", "MORTSEL"],
             ["Els Peeters", "Present", "ANTWERPEN"],
             ["Ahmed Bouzid", "Present", "ANTWERPEN"],
             ["Ilse Goossens", "Present", "EDEGEM"],
             ["Pieter Claeys", "Present", "SPP"],
             ["Jonas Verhaegen", "Present", "SPP"],
             ["Koen Maes", "Present", None],
             ["Griet Van Damme", "Present", "GENT"],
             ["Marc Lejeune", "Present", "LIEGE"],
             ["Aurélie Piérard", "Present", "CHARLEROI"],
             ["Laurence Gobert", "Present", "BINCHE"],
             ["Olivier Mertens", "Present", "BRUXELLES"],
             ["Anne Rousseau", "Present", None],
             ["Bart Van Looy", "Excused", "SCHOTEN"],
             ["Nadia Cherkaoui", "Excused", "BRUXELLES"]],
            [[s, e, t_] for _, s, e, t_ in agenda],
            [[n, t_] for n, t_ in heads],
            [["SPP", [], None, "Definities van de indicatoren in het Frans"],
             ["Network Contact", ["Wim De Backer"], None, "Presentatie van Mortsel op de gedeelde map"],
             ["CPAS", [], None, "Minimale aanwezigheidsregistratie testen vanaf september"],
             ["Several Network Contacts", ["Ahmed Bouzid", "Aurélie Piérard"], None,
              "Registratiesystemen van Antwerpen en Charleroi naast"],
             ["CPAS", [], "EDEGEM", "Nieuwe contactpersoon voor de partnerwerking doorgeven"],
             ["To Be Assigned", [], None, "Gastheer voor de najaarsbijeenkomst zoeken"]],
            {"date": "2022-10-20", "text": nxt},
            ["[foto’s van de flappen nog toe te voegen]"])
    save(d, exp)


# ---------------------------------------------------------------- 244
def r244():
    """Brussels, April 2024: the host's head of service keeps only decisions and tasks; Arial 10,
    lettered bold headings, typed numbered decisions, task table with initials as owners."""
    fn = "244_decisions_taches_bruxelles_avril2024.docx"
    d = new_doc("Arial", 10, margins=(2.0, 2.0, 2.0, 2.0))
    P(d, ("CPAS de Bruxelles – Direction de l’Action sociale", {"size": 8, "color": "7F7F7F"}))
    P(d, ("Réunion réseau FAMI du 23/04/2024 (CPAS de Bruxelles) – décisions et tâches", {"b": True, "size": 12}))
    P(d, ("Pas de PV détaillé cette fois : uniquement les décisions et la répartition des tâches. Les "
          "présentations sont sur le SharePoint du réseau.", {"i": True}))
    P(d, ("Présents : ", {"b": True}),
      "Jonas Verhaegen, Nathalie Delvaux (SPP IS) ; Griet Van Damme (Gand) ; Denis Hardy (Liège) ; Samir Haddou "
      "(Charleroi) ; Sanne Wouters (Anvers) ; Olivier Mertens, Nadia Cherkaoui, Catherine Lemaire (Bruxelles).",
      after=0)
    P(d, ("Excusés : ", {"b": True}), "Marc Lejeune (Liège), Laurence Gobert (Binche).")

    P(d, ("A. Décisions", {"b": True, "size": 11}), before=8)
    for i, dec in enumerate([
            "Les données nominatives des participants restent au CPAS ; le SPP ne reçoit que des chiffres agrégés "
            "par module.",
            "Durée de conservation des documents FAMI : 5 ans à partir du 31/12 de l’année du dernier paiement ; "
            "ensuite destruction des données personnelles.",
            "L’enquête de satisfaction reste en 4 smileys ; les questions sont lues à voix haute dans les groupes "
            "d’alphabétisation.",
            "Les chiffres de Binche sont désormais intégrés à ceux de Charleroi (CPAS porteur)."], 1):
        p = P(d, "%d.\t%s" % (i, dec), after=2)
        p.paragraph_format.left_indent = Cm(0.6)
        p.paragraph_format.first_line_indent = Cm(-0.6)
        tabs(p, 0.6)

    P(d, ("B. Tâches", {"b": True, "size": 11}), before=8)
    rows = [["N°", "Tâche", "Qui", "Pour le"],
            ["1", "Envoyer la note sur la durée de conservation des documents", "JV", "15/05"],
            ["2", "Adapter le formulaire de consentement (droit d’accès, art. 15 RGPD)", "chaque CPAS", "30/06"],
            ["3", "Traduire l’enquête de satisfaction en tigrinya et en dari", "GVD + SW", "31/05"],
            ["4", "Compiler les indicateurs communs 2023 par CPAS", "SPP", "15/06"],
            ["5", "Réserver la salle du conseil pour octobre", "OM", "asap"],
            ["6", "Présenter le nouveau module logement à la prochaine réunion", "CPAS Charleroi", "15/10"],
            ["7", "Trouver un intervenant sur la santé mentale des primo-arrivants", "?", "—"]]
    table(d, rows, style="Table Grid", widths=[1.0, 10.5, 3.0, 2.0], size=9, shade="F2F2F2")

    P(d, ("C. Pour la prochaine réunion", {"b": True, "size": 11}), before=8)
    for line in ["Bilan du module logement (Charleroi)",
                 "Santé mentale des primo-arrivants (si un intervenant est trouvé)",
                 "[autres points à compléter]"]:
        P(d, line, style="List Bullet", after=0)
    nxt = "Prochaine réunion : mardi 15 octobre 2024 à 9h30, CPAS de Bruxelles (salle du conseil)."
    P(d, (nxt, {"b": True}), before=6)
    P(d, ("OM – 24/04/2024", {"size": 8, "color": "7F7F7F"}), align="r")

    exp = E(fn, ["fr"], False, False, "2024-04-23",
            [["Jonas Verhaegen", "Present", "SPP"],
             ["Nathalie Delvaux", "Present", "SPP"],
             ["Griet Van Damme", "Present", "GENT"],
             ["Denis Hardy", "Present", "LIEGE"],
             ["Samir Haddou", "Present", "CHARLEROI"],
             ["Sanne Wouters", "Present", "ANTWERPEN"],
             ["Olivier Mertens", "Present", "BRUXELLES"],
             ["Nadia Cherkaoui", "Present", "BRUXELLES"],
             ["Catherine Lemaire", "Present", "BRUXELLES"],
             ["Marc Lejeune", "Excused", "LIEGE"],
             ["Laurence Gobert", "Excused", "BINCHE"]],
            [],
            [["A", "Décisions"], ["B", "Tâches"], ["C", "Pour la prochaine réunion"]],
            [["Network Contact", ["Jonas Verhaegen"], None, "Envoyer la note sur la durée de conservation"],
             ["CPAS", [], None, "Adapter le formulaire de consentement"],
             ["Several Network Contacts", ["Griet Van Damme", "Sanne Wouters"], None,
              "Traduire l’enquête de satisfaction en tigrinya"],
             ["SPP", [], None, "Compiler les indicateurs communs 2023 par CPAS"],
             ["Network Contact", ["Olivier Mertens"], None, "Réserver la salle du conseil pour octobre"],
             ["CPAS", [], "CHARLEROI", "Présenter le nouveau module logement"],
             ["To Be Assigned", [], None, "Trouver un intervenant sur la santé mentale"]],
            {"date": "2024-10-15", "text": nxt},
            ["[autres points à compléter]"])
    save(d, exp)


# ---------------------------------------------------------------- 245
def r245():
    """Charleroi, Feb. 2025: bilingual report with two annexes after a page break; typed '•' and
    tab presence list, programme with start times only, roman-numbered coloured headings, a Dutch
    summary that repeats the actions."""
    fn = "245_rapport_charleroi_annexes_fev2025.docx"
    d = new_doc("Calibri", 10.5)
    header_footer(d, header="CPAS de Charleroi – Service Action Migrants | Réseau FAMI / AMIF-netwerk",
                  footer=TAGLINE_FR + " – " + TAGLINE_NL)
    P(d, ("Rapport de la rencontre du réseau FAMI – Verslag van de AMIF-netwerkbijeenkomst",
          {"b": True, "size": 15, "color": "1F3864"}), align="c", after=2)
    P(d, ("6 février 2025 – 6 februari 2025", {"b": True}), align="c", after=2)
    P(d, "CPAS de Charleroi, boulevard Joseph II 13, 6000 Charleroi", align="c", after=10)

    P(d, ("Présents / Aanwezig :", {"b": True}), after=2)
    for line in ["Aurélie Piérard, Samir Haddou – CPAS de Charleroi",
                 "Laurence Gobert, Damien Lefèvre – CPAS de Binche",
                 "Jonas Verhaegen – SPP IS / POD MI",
                 "Hanne Verbeke – OCMW Gent",
                 "Julie Lambotte – CPAS de Liège",
                 "Ahmed Bouzid – OCMW Antwerpen",
                 "Ilse Goossens – OCMW Edegem",
                 "Nadia Cherkaoui – CPAS de Bruxelles",
                 "Sarah Moens – Fedasil (invitée)",
                 "Anne Rousseau, Lotte Verstraete – interprètes / tolken"]:
        p = P(d, "•\t" + line, after=0)
        p.paragraph_format.left_indent = Cm(0.8)
        p.paragraph_format.first_line_indent = Cm(-0.5)
        tabs(p, 0.8)
    P(d, ("Excusés / Verontschuldigd : ", {"b": True}),
      "Nathalie Delvaux (SPP IS), Griet Van Damme (OCMW Gent)", before=4)
    P(d, "Interprétation simultanée FR/NL (cabine mobile) – simultaanvertaling FR/NL.")

    P(d, ("Programme / Programma :", {"b": True}), before=6, after=2)
    agenda = [("9h30", "09:30", "Accueil et café / Onthaal en koffie"),
              ("10h00", "10:00", "Le projet de Binche : un an de partenariat / Het project van Binche: een jaar partnerschap"),
              ("11h00", "11:00", "Fedasil : l’orientation des primo-arrivants / Fedasil: de doorverwijzing van nieuwkomers"),
              ("12h30", "12:30", "Repas / Lunch"),
              ("13h30", "13:30", "Indicateurs communs 2024 (voir annexe 2) / Gemeenschappelijke indicatoren 2024 (zie bijlage 2)"),
              ("15h00", "15:00", "Clôture / Afsluiting")]
    for tm, _, title in agenda:
        p = tabs(P(d, tm + "\t" + title, after=0), 1.6)
        p.paragraph_format.left_indent = Cm(1.6)
        p.paragraph_format.first_line_indent = Cm(-1.6)

    def sec(num, title):
        H(d, (num + ". " if num else "") + title, level=2, color="1F3864", size=12)

    sec("I", "Accueil")
    P(d, "Samir Haddou accueille les participants au nom du CPAS de Charleroi. Tour de table ; Sarah Moens "
         "(Fedasil) est invitée pour le point III.")
    sec("II", "Le projet de Binche : un an de partenariat")
    P(d, "Laurence Gobert et Damien Lefèvre présentent le bilan de la première année du partenariat "
         "Binche–Charleroi (voir annexe 1). Binche organise ses propres séances d’information ; les participants "
         "rejoignent les ateliers de Charleroi deux fois par semaine. Difficulté principale : le transport "
         "(45 minutes en bus).", align="j")
    P(d, "Points forts : un groupe soudé, des AS de Binche très impliquées. À améliorer : la communication des "
         "horaires et des annulations aux participants.", align="j")
    sec("III", "Fedasil : l’orientation des primo-arrivants")
    P(d, "Sarah Moens explique comment Fedasil oriente vers les CPAS les personnes qui quittent le réseau "
         "d’accueil. Les CPAS demandent un contact régional unique pour les situations urgentes.", align="j")
    sec("IV", "Indicateurs communs 2024")
    P(d, "Jonas Verhaegen présente les chiffres provisoires 2024 (annexe 2). Discussion sur l’indicateur "
         "« participants ayant progressé d’au moins un niveau CECR » : les CPAS ne font pas tous passer un test "
         "de langue en début et en fin de parcours.", align="j")
    sec("V", "Actions")
    acts = ["Le CPAS de Binche envoie sa présentation complète à tous les participants.",
            "Sarah Moens transmet la liste des contacts régionaux de Fedasil.",
            "Jonas vérifie avec l’autorité responsable la définition de l’indicateur CECR.",
            "Hanne et Ahmed préparent un atelier sur les tests de langue pour la prochaine rencontre.",
            "Tous les CPAS envoient leurs chiffres définitifs 2024 au SPP pour le 28 février."]
    for a in acts:
        P(d, a, style="List Bullet", after=0)
    nxt = ("Prochaine rencontre / Volgende bijeenkomst : mardi 10 juin 2025 à Anvers / dinsdag 10 juni 2025 "
           "in Antwerpen")
    P(d, (nxt, {"b": True}), before=8)

    sec("", "Samenvatting in het Nederlands")
    P(d, ("Binche stelde het eerste jaar van het partnerschap met Charleroi voor (bijlage 1). Fedasil lichtte de "
          "doorverwijzing van nieuwkomers naar de OCMW’s toe. De voorlopige indicatoren 2024 werden besproken "
          "(bijlage 2).", {"i": True}), align="j")
    P(d, ("Acties: OCMW Binche stuurt de presentatie naar iedereen; Sarah Moens bezorgt de lijst met regionale "
          "contactpersonen; Jonas gaat de definitie van de ERK-indicator na; Hanne en Ahmed bereiden een workshop "
          "over taaltesten voor; alle OCMW’s sturen hun definitieve cijfers 2024 vóór 28 februari naar de POD.",
          {"i": True}), align="j")
    P(d, ("Annexes / Bijlagen : ", {"b": True}),
      "1. Le projet de Binche en bref – 2. Indicateurs communs 2024 (chiffres provisoires)", before=6)
    P(d, ("Rapport : Aurélie Piérard (CPAS de Charleroi)", {"i": True, "size": 9}))

    page_break(d)
    sec("", "Annexe 1 – Le projet de Binche en bref")
    for line in ["Lancement : janvier 2024",
                 "22 personnes orientées par les AS de Binche, 17 ont commencé le parcours",
                 "Modules suivis : ateliers découvertes, séances d’information « se débrouiller en Belgique », "
                 "coaching individuel tous les quinze jours",
                 "Partenaires : TEC (abonnements à tarif réduit), maison de quartier"]:
        P(d, line, style="List Bullet", after=0)
    sec("", "Annexe 2 – Indicateurs communs 2024 (chiffres provisoires)")
    rows = [["CPAS", "Participants 2024", "dont cours de langue", "progrès ≥ 1 niveau CECR"],
            ["Gand", "71", "58", "23"],
            ["Liège", "64", "40", "15"],
            ["Charleroi (avec Binche)", "88", "52", "19"],
            ["Anvers (avec partenaires)", "102", "87", "31"],
            ["Bruxelles", "55", "39", "[chiffres définitifs à compléter]"]]
    table(d, rows, style="Medium Shading 1 Accent 1", widths=[5.0, 3.5, 3.5, 4.5])

    exp = E(fn, ["fr", "nl"], False, True, "2025-02-06",
            [["Aurélie Piérard", "Present", "CHARLEROI"],
             ["Samir Haddou", "Present", "CHARLEROI"],
             ["Laurence Gobert", "Present", "BINCHE"],
             ["Damien Lefèvre", "Present", "BINCHE"],
             ["Jonas Verhaegen", "Present", "SPP"],
             ["Hanne Verbeke", "Present", "GENT"],
             ["Julie Lambotte", "Present", "LIEGE"],
             ["Ahmed Bouzid", "Present", "ANTWERPEN"],
             ["Ilse Goossens", "Present", "EDEGEM"],
             ["Nadia Cherkaoui", "Present", "BRUXELLES"],
             ["Sarah Moens", "Present", None],
             ["Anne Rousseau", "Present", None],
             ["Lotte Verstraete", "Present", None],
             ["Nathalie Delvaux", "Excused", "SPP"],
             ["Griet Van Damme", "Excused", "GENT"]],
            [[s, None, t_] for _, s, t_ in agenda],
            [["I", "Accueil"],
             ["II", "Le projet de Binche : un an de partenariat"],
             ["III", "Fedasil : l’orientation des primo-arrivants"],
             ["IV", "Indicateurs communs 2024"],
             ["V", "Actions"],
             ["", "Samenvatting in het Nederlands"],
             ["", "Annexe 1 – Le projet de Binche en bref"],
             ["", "Annexe 2 – Indicateurs communs 2024 (chiffres provisoires)"]],
            [["CPAS", [], "BINCHE", "Le CPAS de Binche envoie sa présentation complète"],
             ["Network Contact", ["Sarah Moens"], None, "Sarah Moens transmet la liste des contacts"],
             ["Network Contact", ["Jonas Verhaegen"], None, "Jonas vérifie avec l’autorité responsable la définition"],
             ["Several Network Contacts", ["Hanne Verbeke", "Ahmed Bouzid"], None,
              "Hanne et Ahmed préparent un atelier"],
             ["CPAS", [], None, "Tous les CPAS envoient leurs chiffres définitifs"]],
            {"date": "2025-06-10", "text": nxt},
            ["[chiffres définitifs à compléter]"])
    save(d, exp)


# ---------------------------------------------------------------- 246
def r246():
    """Gent, Jan. 2026: Hanne (Gent) writes the morning in Dutch with '1.1' headings, Julie (Liège)
    the afternoon in French with 'a)' headings in blue; shared draft v2 with a header note."""
    fn = "246_verslag_netwerkdag_gent_jan2026.docx"
    d = new_doc("Aptos", 11)
    header_footer(d, header="OCMW Gent – CPAS de Liège | gezamenlijk verslag / rapport commun – ontwerp v2")
    t = d.add_paragraph(style="Title")
    t.add_run("Verslag netwerkdag AMIF – Rapport de la journée du réseau FAMI").font.size = Pt(18)
    P(d, ("Gent, dinsdag 20 januari 2026 – Gand, mardi 20 janvier 2026", {"b": True}), after=2)
    P(d, "Locatie / lieu : wijkcentrum Ledeberg, Gent", after=8)

    P(d, ("Aanwezig / Présents", {"b": True}), after=2)
    rows = [["Organisatie / Organisation", "Naam / Nom", "Functie / Fonction"],
            ["POD MI / SPP IS", "Jonas Verhaegen", "adviseur / conseiller"],
            ["OCMW Gent", "Hanne Verbeke", "projectcoördinator"],
            ["OCMW Gent", "Youssef El Amrani", "intercultureel bemiddelaar"],
            ["OCMW Gent", "Lies Vermeire", "maatschappelijk werker"],
            ["CPAS de Liège", "Julie Lambotte", "coordinatrice"],
            ["CPAS de Liège", "Denis Hardy", "animateur atelier créatif"],
            ["CPAS de Charleroi", "Samir Haddou", "coach"],
            ["OCMW Antwerpen", "Sanne Wouters", "teamcoach"],
            ["OCMW Mortsel", "Wim De Backer", "maatschappelijk werker"],
            ["CPAS de Bruxelles", "Nadia Cherkaoui", "coordinatrice"]]
    table(d, rows, style="Light Shading Accent 1", widths=[5.0, 5.0, 6.0])
    P(d, ("Verontschuldigd / Excusés: ", {"b": True}),
      "Aurélie Piérard (CPAS de Charleroi), Ahmed Bouzid (OCMW Antwerpen), Olivier Mertens (CPAS de Bruxelles)",
      before=6)
    P(d, "Verslag / rapport: Hanne Verbeke (voormiddag, in het Nederlands) en Julie Lambotte (après-midi, en "
         "français). Geen tolken deze keer – pas d’interprétation cette fois.", after=6)

    P(d, ("Agenda / Ordre du jour", {"b": True}), after=2)
    agenda = [("09.30 u. – 10.00 u.", "09:30", "10:00", "Onthaal / Accueil"),
              ("10.00 u. – 11.30 u.", "10:00", "11:30", "Tien jaar AMIF-netwerk: terugblik / Dix ans de réseau : rétrospective"),
              ("11.30 u. – 12.30 u.", "11:30", "12:30", "Bezoek aan het wijkcentrum / Visite du centre de quartier"),
              ("12.30 u. – 13.30 u.", "12:30", "13:30", "Lunch"),
              ("13.30 u. – 15.00 u.", "13:30", "15:00", "Archivering en bewaartermijnen / Archivage et durées de conservation"),
              ("15.00 u. – 15.30 u.", "15:00", "15:30", "Planning 2026")]
    for tm, _, _, title in agenda:
        tabs(P(d, tm + "\t" + title, after=0), 4.2)

    H(d, "Deel 1 – Voormiddag (Hanne)", level=1, size=14)
    H(d, "1.1 Onthaal", level=2)
    P(d, "Hanne verwelkomt iedereen in het wijkcentrum. Korte voorstelling van de nieuwe collega’s: Lies "
         "(maatschappelijk werker Gent) en Wim (Mortsel).")
    H(d, "1.2 Tien jaar AMIF-netwerk: terugblik", level=2)
    P(d, "Jonas toont een tijdlijn van het netwerk sinds 2016: de eerste uitwisselingen in Charleroi en Gent, de "
         "check-ins tijdens corona, de hybride bijeenkomsten sinds 2022. Wat blijft werken: intensief werken met de "
         "doelgroep, de band tussen begeleiders en deelnemers, het groepsgevoel op het einde van een module. Wat "
         "beter kan: communicatie naar deelnemers bij wijzigingen, en activiteiten vroeger plannen omdat de "
         "administratieve procedures langer duren.")
    P(d, "Instroom per OCMW 2016–2025: Gent 612, Antwerpen 880, Charleroi 705, Brussel 498, Luik (aan te vullen "
         "door Liège).")
    P(d, ("Actie Gent: ", {"b": True}), "foto’s en het filmpje van de terugblik delen via de gedeelde map.")
    H(d, "1.3 Bezoek aan het wijkcentrum", level=2)
    P(d, "Youssef gaf een rondleiding. De deelnemers van de taalgroep hadden soep gemaakt voor de bezoekers.")

    blue = "1F4E9D"
    H(d, "Partie 2 – Après-midi (Julie)", level=1, size=14, color=blue)
    H(d, "a) Archivage et durées de conservation", level=2, color=blue)
    P(d, ("Jonas rappelle les règles : les documents d’une opération financée par le fonds sont conservés cinq "
          "ans à partir du 31 décembre de l’année du dernier paiement ; les données personnelles pas plus "
          "longtemps que nécessaire (RGPD, art. 5). Un participant peut demander à voir tout ce que le CPAS "
          "conserve à son sujet (art. 15). Liège et Gand ont encore des dossiers papier de 2016 ; Bruxelles a "
          "déjà tout numérisé.", {"color": blue}))
    H(d, "b) Planning 2026", level=2, color=blue)
    P(d, ("Trois rencontres sont prévues : mai (Mortsel), septembre (Liège), décembre (en ligne). Denis propose "
          "une journée d’échange entre participants des différents CPAS, avec un atelier créatif commun.",
          {"color": blue}))
    H(d, "c) Actions / Acties", level=2, color=blue)
    for a in ["Le POD envoie une note récapitulative sur les délais de conservation (31/12 + 5 ans).",
              "Chaque CPAS fait l’inventaire de ses archives FAMI (papier et numérique) pour fin mars.",
              "Denis et Youssef : préparer le programme de la journée d’échange des participants.",
              "Wim : demander à Mortsel si la salle polyvalente est libre en mai."]:
        P(d, (a, {"color": blue}), style="List Bullet", after=0)
    nxt = "Prochaine réunion / volgende bijeenkomst : jeudi 21 mai 2026 à Mortsel (sous réserve)."
    P(d, (nxt, {"b": True, "color": blue}), before=8)

    exp = E(fn, ["nl", "fr"], False, False, "2026-01-20",
            [["Jonas Verhaegen", "Present", "SPP"],
             ["Hanne Verbeke", "Present", "GENT"],
             ["Youssef El Amrani", "Present", "GENT"],
             ["Lies Vermeire", "Present", "GENT"],
             ["Julie Lambotte", "Present", "LIEGE"],
             ["Denis Hardy", "Present", "LIEGE"],
             ["Samir Haddou", "Present", "CHARLEROI"],
             ["Sanne Wouters", "Present", "ANTWERPEN"],
             ["Wim De Backer", "Present", "MORTSEL"],
             ["Nadia Cherkaoui", "Present", "BRUXELLES"],
             ["Aurélie Piérard", "Excused", "CHARLEROI"],
             ["Ahmed Bouzid", "Excused", "ANTWERPEN"],
             ["Olivier Mertens", "Excused", "BRUXELLES"]],
            [[s, e, t_] for _, s, e, t_ in agenda],
            [["", "Deel 1 – Voormiddag (Hanne)"],
             ["1.1", "Onthaal"],
             ["1.2", "Tien jaar AMIF-netwerk: terugblik"],
             ["1.3", "Bezoek aan het wijkcentrum"],
             ["", "Partie 2 – Après-midi (Julie)"],
             ["a", "Archivage et durées de conservation"],
             ["b", "Planning 2026"],
             ["c", "Actions / Acties"]],
            [["CPAS", [], "GENT", "foto’s en het filmpje van de terugblik"],
             ["SPP", [], None, "Le POD envoie une note récapitulative sur"],
             ["CPAS", [], None, "Chaque CPAS fait l’inventaire de ses archives"],
             ["Several Network Contacts", ["Denis Hardy", "Youssef El Amrani"], None,
              "préparer le programme de la journée d’échange"],
             ["Network Contact", ["Wim De Backer"], None, "demander à Mortsel si la salle polyvalente"]],
            {"date": "2026-05-21", "text": nxt},
            ["(aan te vullen door Liège)"])
    save(d, exp)


if __name__ == "__main__":
    for f in (r237, r238, r239, r240, r241, r242, r243, r244, r245, r246):
        f()
    print("done")
