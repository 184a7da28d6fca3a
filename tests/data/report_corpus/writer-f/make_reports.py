# -*- coding: utf-8 -*-
"""Writer F: twelve meeting reports (63-74) of the AMIF/FAMI network of the CPAS/OCMW.

Six hands, two reports each:
  Lisa Asselman   (SPP IS / POD MI)      63 (2017, Charleroi), 64 (2021, Teams)
  Mieke De Roo    (OCMW Gent)            65 (2016, Gent),      66 (2024, Gent)
  Silvia Soares   (CPAS de Liège)        67 (2022, Liège),     68 (2025, Webex)
  Ozlem Baslari   (CPAS de Charleroi)    69 (2020, Zoom),      70 (2023, Charleroi)
  Nauar Elfargani (OCMW Antwerpen)       71 (2018, Antwerpen), 72 (2026, Antwerpen)
  Agnès Dubus     (CPAS de Bruxelles)    73 (2019, Bruxelles), 74 (2022, Teams)

Each function writes the report out in full and holds its expected dict, typed by hand.
"""
import json
import os

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

# ----------------------------------------------------------------------------
# small Word helpers
# ----------------------------------------------------------------------------

def new_doc(font="Calibri", size=11, margins=2.5):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.append(rfonts)
    for k in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(k), font)
    for name in ("List Bullet", "List Number", "List Bullet 2"):
        doc.styles[name].font.name = font
        doc.styles[name].font.size = Pt(size)
    sec = doc.sections[0]
    sec.page_width = Cm(21.0)
    sec.page_height = Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(margins)
    sec.top_margin = Cm(2.2)
    sec.bottom_margin = Cm(2.0)
    return doc


def _fmt_run(run, b=False, i=False, u=False, size=None, color=None):
    if b:
        run.bold = True
    if i:
        run.italic = True
    if u:
        run.underline = True
    if size:
        run.font.size = Pt(size)
    if color:
        run.font.color.rgb = RGBColor.from_string(color)
    return run


def p(container, text="", b=False, i=False, u=False, style=None, size=None,
      align=None, after=None, before=None, color=None, first=False):
    """Add a paragraph to a document or a table cell.  first=True re-uses the
    empty paragraph a new table cell already holds."""
    if first and hasattr(container, "paragraphs") and len(container.paragraphs) == 1 \
            and not container.paragraphs[0].text:
        par = container.paragraphs[0]
        if style:
            par.style = style
    else:
        par = container.add_paragraph(style=style) if style else container.add_paragraph()
    if text:
        _fmt_run(par.add_run(text), b, i, u, size, color)
    if align == "center":
        par.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        par.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "justify":
        par.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if after is not None:
        par.paragraph_format.space_after = Pt(after)
    if before is not None:
        par.paragraph_format.space_before = Pt(before)
    return par


def rich(container, parts, style=None, align=None, after=None, first=False):
    """parts: list of (text, flags) with flags a string of 'b', 'i', 'u'."""
    par = p(container, "", style=style, align=align, after=after, first=first)
    for part in parts:
        if isinstance(part, str):
            text, flags = part, ""
        else:
            text, flags = part
        _fmt_run(par.add_run(text), "b" in flags, "i" in flags, "u" in flags)
    return par


def bullets(container, items, style="List Bullet", i=False):
    for it in items:
        if isinstance(it, (list, tuple)):
            rich(container, it, style=style)
        else:
            p(container, it, style=style, i=i)


def tab_line(container, left, right, tab_cm=3.5, b_left=False):
    par = container.add_paragraph()
    par.paragraph_format.tab_stops.add_tab_stop(Cm(tab_cm), WD_TAB_ALIGNMENT.LEFT)
    _fmt_run(par.add_run(left), b=b_left)
    par.add_run("\t" + right)
    par.paragraph_format.space_after = Pt(0)
    return par


def shade(cell, fill="D9D9D9"):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def table(doc, rows, widths=None, header=True, style="Table Grid", bold_first_col=False):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for r, row in enumerate(rows):
        for c, val in enumerate(row):
            cell = t.cell(r, c)
            p(cell, val, b=(header and r == 0) or (bold_first_col and c == 0), first=True)
            if header and r == 0:
                shade(cell)
    if widths:
        t.autofit = False
        for c, w in enumerate(widths):
            t.columns[c].width = Cm(w)
        for row in t.rows:
            for c, w in enumerate(widths):
                row.cells[c].width = Cm(w)
    return t


def field(par, instr):
    run = par.add_run()
    f1 = OxmlElement("w:fldChar")
    f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = instr
    f2 = OxmlElement("w:fldChar")
    f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t")
    t.text = "1"
    f3 = OxmlElement("w:fldChar")
    f3.set(qn("w:fldCharType"), "end")
    run._r.append(f1)
    run._r.append(it)
    run._r.append(f2)
    run._r.append(t)
    run._r.append(f3)


def header_footer(doc, header_lines=(), footer_text=None, page_label=None, header_size=8,
                  header_italic=False, header_align=None):
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    for n, line in enumerate(header_lines):
        par = hp if n == 0 else sec.header.add_paragraph()
        _fmt_run(par.add_run(line), i=header_italic, size=header_size, color="595959")
        if header_align == "right":
            par.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif header_align == "center":
            par.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp = sec.footer.paragraphs[0]
    if footer_text:
        _fmt_run(fp.add_run(footer_text), i=True, size=8, color="595959")
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if page_label:
        fp2 = sec.footer.add_paragraph() if footer_text else fp
        fp2.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        _fmt_run(fp2.add_run(page_label), size=8)
        field(fp2, "PAGE")


def heading(doc, text, level=1, color=None):
    h = doc.add_heading(text, level=level)
    if color:
        for r in h.runs:
            r.font.color.rgb = RGBColor.from_string(color)
    return h


SPP_HEADER = ("POD | Maatschappelijke Integratie        SPP | Intégration Sociale",)
SPP_FOOTER = ("Naar een geïntegreerd migratiebeleid, dankzij het AMIF – "
              "Vers une politique de migration plus intégrée, grâce au FAMI")


# ----------------------------------------------------------------------------
# 63 - Lisa Asselman (SPP), Charleroi, 29 June 2017
# ----------------------------------------------------------------------------

def r63():
    fn = "63_echange_cpas_charleroi_2017.docx"
    doc = new_doc("Calibri", 11)
    header_footer(doc, SPP_HEADER, SPP_FOOTER)

    p(doc, "Verslag uitwisseling OCMW’s – Rapport échange entre CPAS", b=True, size=14, align="center")
    p(doc, "FAMI 29 juni 2017 – 29 juin 2017", b=True, align="center")
    p(doc, "CPAS de Charleroi, Service Action Migrants, 6000 Charleroi", align="center", after=12)

    rich(doc, [("Présents : ", "b"),
               "Lisa Asselman (SPP IS-MI), Nathalie Mertens (SPP IS-MI), Johan Maekelberg (CPAS Gand), "
               "Mieke De Roo (CPAS Gand), Ibrahim Aguelmin (CPAS Liège), Claudine Gbambili (CPAS Liège), "
               "Ozlem Baslari (CPAS Charleroi), Véronique Lambot (CPAS Charleroi), Karim Bouzidi (CPAS Charleroi), "
               "Nauar Elfargani (CPAS Anvers), Agnès Dubus (CPAS Bruxelles)"], align="justify")
    rich(doc, [("Excusés : ", "b"), "Silvia Soares (CPAS Liège), Ibrahim Laaroussi (CPAS Gand)"])

    p(doc, "Programme :", b=True, before=6)
    bullets(doc, [
        "Accueil et tour de table",
        "Présentation du Service Action Migrants et du projet Activ’UP",
        "Le recrutement des participants : échange entre CPAS",
        "Les fiches projet : état des lieux",
        "Divers et prochaine rencontre",
    ])

    p(doc, "I. Accueil et tour de table", b=True, before=12)
    p(doc, "L’équipe du Service Action Migrants du CPAS de Charleroi a accueilli les autres CPAS dans ses "
           "locaux. Après un café, chaque CPAS a brièvement présenté l’état d’avancement de son projet FAMI. "
           "Ozlem Baslari a rappelé que le projet Activ’UP arrive à la fin de son deuxième module "
           "(septembre 2016 – juin 2017) et que le troisième module démarre en septembre.", align="justify")
    p(doc, "Le CPAS de Gand signale que le groupe du printemps était complet et qu’une liste d’attente a été "
           "créée. Le CPAS de Liège travaille depuis peu avec une association qui accompagne des victimes de la "
           "traite des êtres humains. À Anvers, les contacts avec les communes de Schoten, Edegem et Mortsel "
           "avancent ; une collaboration formelle est envisagée pour 2018. Le CPAS de Bruxelles a dû reporter "
           "son deuxième groupe faute d’inscriptions suffisantes.", align="justify")

    p(doc, "2. Activ’UP : présentation du projet et de ses modules", b=True, before=12)
    p(doc, "Véronique Lambot présente le Service Action Migrants : le service s’adresse à toute personne "
           "étrangère ou d’origine étrangère qui réside sur le territoire de Charleroi et poursuit quatre "
           "objectifs : accueil, information, intégration et activation sociale. Le projet Activ’UP fonctionne "
           "par modules d’une année scolaire :", align="justify")
    bullets(doc, [
        "Module 1 : septembre 2015 – juin 2016",
        "Module 2 : septembre 2016 – juin 2017",
        "Module 3 : septembre 2017 – juin 2018",
    ])
    p(doc, "Le programme repose sur trois activités principales :")
    p(doc, "1. du coaching individuel (un rendez-vous tous les quinze jours) et collectif (trois groupes, une "
           "demi-journée tous les 15 jours) autour du projet de vie de la personne ;")
    p(doc, "2. des activités collectives : ateliers découvertes (informatique, sport, photo, mobilier en "
           "carton…) et sorties socio-culturelles ;")
    p(doc, "3. des séances d’information hebdomadaires « se débrouiller en Belgique » (institutions, droits et "
           "devoirs, droits sociaux, droit de séjour, mobilité, logement, banque et assurances).")
    p(doc, "Les participants d’Activ’UP sont prioritaires pour les cours de FLE organisés par le Service Action "
           "Migrants grâce au subside PCS de la Région wallonne. Nous avons reçu un exemple de semaine type : "
           "FLE le lundi et le mercredi, ateliers le mardi, séance d’information et coaching individuel le "
           "jeudi, coaching collectif le vendredi.", align="justify")

    p(doc, "3. Le recrutement des participants", b=True, before=12)
    p(doc, "Le CPAS de Charleroi insiste sur l’importance du travail de mobilisation. Le projet a été présenté "
           "au directeur, aux managers et aux travailleurs de première ligne des antennes sociales. Avec "
           "l’observatoire local du CPAS, une liste de plus de 1000 bénéficiaires potentiels a été constituée "
           "pour les modules 1 et 2. Les assistants sociaux en ont retenu 315 pour le module 1 et 199 pour le "
           "module 2.", align="justify")
    p(doc, "Tous ont été invités à deux séances d’information : 110 personnes sur 315 sont venues pour le "
           "module 1 (35 %) et 60 sur 199 pour le module 2 (30 %). Karim Bouzidi précise qu’un rappel "
           "téléphonique la veille de la séance améliore nettement la présence.", align="justify")
    p(doc, "Échange entre CPAS :", i=True)
    bullets(doc, [
        "Gand et Anvers reçoivent surtout des orientations individuelles des maatschappelijk werkers ; il "
        "n’y a pas de listing global.",
        "Liège réalise un bilan d’orientation pour chaque nouveau participant ; les inscriptions restent "
        "ouvertes toute l’année.",
        "Bruxelles constate que beaucoup de personnes invitées ne se présentent pas et trouve le système de "
        "rappel de Charleroi intéressant.",
    ])
    p(doc, "Ce qu’il faut améliorer selon Charleroi : la communication envers les participants (horaires qui "
           "changent, cours annulés), des horaires équilibrés entre anciens et nouveaux participants, et une "
           "planification plus précoce des activités, car les procédures administratives sont de plus en plus "
           "longues.", align="justify")
    p(doc, "Johan et Nauar prépareront pour la prochaine rencontre une courte présentation de leur manière de "
           "travailler avec les assistants sociaux.", align="justify")

    p(doc, "4. Les fiches projet", b=True, before=12)
    p(doc, "Lisa explique que le SPP souhaite disposer d’une fiche par projet, sur un modèle commun et "
           "bilingue : personne de contact, objectif principal, groupe cible, méthode de recrutement, modules "
           "et sous-objectifs (au moins trois par module), coûts, aspects pratiques, facteurs de succès, "
           "partenaires et évaluation des participants. Les fiches permettent à chaque CPAS de mieux connaître "
           "les projets des autres.", align="justify")
    p(doc, "Lisa enverra la version définitive du canevas à tous les CPAS avant le 15 septembre. Chaque CPAS "
           "complète sa fiche et la renvoie au SPP pour le 13 octobre 2017 au plus tard.", align="justify")

    p(doc, "5. Divers et prochaine rencontre", b=True, before=12)
    p(doc, "Le CPAS de Charleroi transmettra sa présentation PowerPoint à l’ensemble des CPAS via le SPP.")
    p(doc, "La prochaine rencontre aura lieu au CPAS de Gand, en principe le jeudi 16 novembre 2017 "
           "(à confirmer).")
    p(doc, "Les commentaires du CPAS de Liège sur le point 4 doivent encore être ajoutés.", i=True, before=12)

    expected = {
        "file": fn,
        "languages": ["fr"],
        "online": False,
        "interpretation": False,
        "date": "2017-06-29",
        "people": [
            ["Lisa Asselman", "Present", "SPP"],
            ["Nathalie Mertens", "Present", "SPP"],
            ["Johan Maekelberg", "Present", "GENT"],
            ["Mieke De Roo", "Present", "GENT"],
            ["Ibrahim Aguelmin", "Present", "LIEGE"],
            ["Claudine Gbambili", "Present", "LIEGE"],
            ["Ozlem Baslari", "Present", "CHARLEROI"],
            ["Véronique Lambot", "Present", "CHARLEROI"],
            ["Karim Bouzidi", "Present", "CHARLEROI"],
            ["Nauar Elfargani", "Present", "ANTWERPEN"],
            ["Agnès Dubus", "Present", "BRUXELLES"],
            ["Silvia Soares", "Excused", "LIEGE"],
            ["Ibrahim Laaroussi", "Excused", "GENT"],
        ],
        "agenda": [
            ["", "", "Accueil et tour de table"],
            ["", "", "Présentation du Service Action Migrants et du projet Activ’UP"],
            ["", "", "Le recrutement des participants : échange entre CPAS"],
            ["", "", "Les fiches projet : état des lieux"],
            ["", "", "Divers et prochaine rencontre"],
        ],
        "headings": [
            ["I", "Accueil et tour de table"],
            ["2", "Activ’UP : présentation du projet et de ses modules"],
            ["3", "Le recrutement des participants"],
            ["4", "Les fiches projet"],
            ["5", "Divers et prochaine rencontre"],
        ],
        "actions": [
            ["Several Network Contacts", ["Johan Maekelberg", "Nauar Elfargani"], None,
             "Johan et Nauar prépareront pour la prochaine rencontre"],
            ["Network Contact", ["Lisa Asselman"], None, "Lisa enverra la version définitive du canevas"],
            ["CPAS", [], None, "Chaque CPAS complète sa fiche et la renvoie"],
            ["CPAS", [], "CHARLEROI", "Le CPAS de Charleroi transmettra sa présentation PowerPoint"],
        ],
        "next_meeting": {"date": "2017-11-16",
                         "text": "La prochaine rencontre aura lieu au CPAS de Gand, en principe le jeudi "
                                 "16 novembre 2017 (à confirmer)."},
        "remarks": ["Les commentaires du CPAS de Liège sur le point 4 doivent encore être ajoutés."],
    }
    return fn, doc, expected


# ----------------------------------------------------------------------------
# 64 - Lisa Asselman (SPP), Teams, 23 March 2021, FR/NL paragraph by paragraph
# ----------------------------------------------------------------------------

def r64():
    fn = "64_rencontre_cpas_teams_2021.docx"
    doc = new_doc("Calibri", 10, margins=2.0)
    header_footer(doc, SPP_HEADER, SPP_FOOTER, page_label="p. ")

    def fr_nl(fr, nl):
        p(doc, fr, align="justify", after=2)
        p(doc, nl, i=True, color="1F4E79", align="justify")

    p(doc, "Rapport rencontre CPAS – Verslag bijeenkomst OCMW’s", b=True, size=14, align="center")
    p(doc, "23 mars 2021 – 23 maart 2021", b=True, align="center")
    p(doc, "En ligne (Microsoft Teams) – interprétation simultanée FR/NL", align="center", after=0)
    p(doc, "Online (Microsoft Teams) – simultaanvertaling FR/NL", i=True, align="center", after=12)

    rich(doc, [("Présents / Aanwezig : ", "b"),
               "Lisa Asselman (SPP IS), Pieter Vanhoutte (POD MI), Johan Maekelberg (OCMW Gent), "
               "Hanne De Smet (OCMW Gent), Ibrahim Aguelmin (CPAS Liège), Marc Lejeune (CPAS Liège), "
               "Ozlem Baslari (CPAS Charleroi), Christelle Marchal (CPAS Binche), Nauar Elfargani (OCMW Antwerpen), "
               "Greet Verhaegen (OCMW Schoten), Lien Goossens (OCMW Mortsel), Agnès Dubus (CPAS Bruxelles), "
               "Els Dierickx (CPAS Bruxelles), Anne-Marie Fontaine (interprète/tolk), Dirk Van Acker (interprète/tolk)"],
         align="justify")
    rich(doc, [("Excusés / Verontschuldigd : ", "b"),
               "Silvia Soares (CPAS Liège), Kristof Mertens (OCMW Edegem)"])

    p(doc, "Ordre du jour / Agenda", b=True, before=8)
    table(doc, [
        ["Heure / Uur", "Point / Punt"],
        ["09:30 – 09:45", "Accueil et tour de table / Onthaal en tafelronde"],
        ["09:45 – 10:45", "Les projets en période COVID-19 / De projecten tijdens COVID-19"],
        ["10:45 – 11:00", "Pause / Pauze"],
        ["11:00 – 11:45", "Le futur programme FAMI 2021-2027 / Het toekomstige AMIF-programma 2021-2027"],
        ["11:45 – 12:15", "L’enquête de satisfaction / De tevredenheidsenquête"],
        ["12:15 – 12:30", "Divers / Varia"],
    ], widths=[3.2, 12.5])

    heading(doc, "1. Accueil et tour de table / Onthaal en tafelronde", 2)
    fr_nl("Lisa souhaite la bienvenue à tous et rappelle les consignes pour l’interprétation : choisir le canal "
          "de sa langue dans Teams, couper son micro et parler lentement. Pieter Vanhoutte, nouveau collègue au "
          "POD MI, se présente ; il est désormais chargé, avec Lisa, du suivi des projets néerlandophones.",
          "Lisa heet iedereen welkom en herhaalt de afspraken voor de tolken: het kanaal van de eigen taal kiezen "
          "in Teams, de microfoon uitzetten en traag spreken. Pieter Vanhoutte, nieuwe collega bij de POD MI, "
          "stelt zich voor; hij staat voortaan samen met Lisa in voor de opvolging van de Nederlandstalige projecten.")

    heading(doc, "2. Les projets en période COVID-19 / De projecten tijdens COVID-19", 2)
    heading(doc, "2.1 Gand / Gent", 3)
    fr_nl("Les ateliers collectifs ont repris en petits groupes de quatre participants et un formateur (4 + 1). "
          "Les entretiens individuels se font en partie par téléphone. Hanne signale que plusieurs participants "
          "n’ont pas assez de données mobiles pour les appels vidéo.",
          "De groepsateliers zijn hernomen in kleine groepen van vier deelnemers en één begeleider (4 + 1). De "
          "individuele gesprekken gebeuren deels telefonisch. Hanne meldt dat verschillende deelnemers "
          "onvoldoende mobiele data hebben voor videogesprekken.")
    heading(doc, "2.2 Liège / Luik", 3)
    fr_nl("Le CPAS de Liège applique la règle de trois participants plus un formateur (3 + 1). L’atelier créatif "
          "se poursuit à la ferme du CPAS, en extérieur quand la météo le permet. Marc indique que les contrats "
          "de participation ont été adaptés : le taux de présence exigé tient compte des quarantaines.",
          "OCMW Luik werkt met de regel van drie deelnemers plus één begeleider (3 + 1). Het creatieve atelier "
          "loopt verder op de boerderij van het OCMW, buiten als het weer het toelaat. Marc geeft aan dat de "
          "deelnamecontracten aangepast werden: bij de vereiste aanwezigheidsgraad wordt rekening gehouden met "
          "quarantaines.")
    heading(doc, "2.3 Charleroi et Binche / Charleroi en Binche", 3)
    fr_nl("Activ’UP fonctionne également en 3 + 1. Les séances d’information « se débrouiller en Belgique » sont "
          "enregistrées en courtes vidéos et partagées via un groupe WhatsApp. Christelle précise qu’à Binche le "
          "groupe compte actuellement six participants, répartis en deux sous-groupes.",
          "Ook Activ’UP werkt met 3 + 1. De infosessies ‘se débrouiller en Belgique’ worden als korte video’s "
          "opgenomen en via een WhatsApp-groep gedeeld. Christelle verduidelijkt dat de groep in Binche momenteel "
          "zes deelnemers telt, verdeeld over twee subgroepen.")
    heading(doc, "2.4 Anvers et partenaires / Antwerpen en partners", 3)
    fr_nl("À Anvers, l’accompagnement est essentiellement individuel depuis novembre. Schoten a pu maintenir une "
          "activité collective en plein air (promenades de découverte de la commune). Les chiffres de Mortsel "
          "n’étaient pas disponibles au moment de la réunion.",
          "In Antwerpen is de begeleiding sinds november vooral individueel. Schoten kon een groepsactiviteit in "
          "openlucht behouden (ontdekkingswandelingen in de gemeente). De cijfers van Mortsel waren op het moment "
          "van de vergadering niet beschikbaar.")
    heading(doc, "2.5 Bruxelles / Brussel", 3)
    fr_nl("Le CPAS de Bruxelles a pu prêter une vingtaine de tablettes grâce à une association partenaire. Els "
          "souligne que la fracture numérique reste le principal obstacle : certains participants ne savent pas "
          "ouvrir un lien de visioconférence sans aide.",
          "Het OCMW van Brussel kon een twintigtal tablets uitlenen dankzij een partnervereniging. Els benadrukt "
          "dat de digitale kloof het grootste obstakel blijft: sommige deelnemers kunnen zonder hulp geen link "
          "naar een videovergadering openen.")

    heading(doc, "3. Le futur programme FAMI 2021-2027 / Het toekomstige AMIF-programma 2021-2027", 2)
    fr_nl("Pieter présente l’état d’avancement du nouveau règlement FAMI pour la période 2021-2027, toujours en "
          "cours d’adoption au niveau européen. Les projets devront rapporter des indicateurs communs de "
          "réalisation et de résultat, par exemple le nombre de participants à un cours de langue, à une "
          "orientation civique ou à un accompagnement professionnel personnalisé, et le nombre de participants "
          "ayant progressé d’au moins un niveau du CECR.",
          "Pieter geeft een stand van zaken van de nieuwe AMIF-verordening voor de periode 2021-2027, die op "
          "Europees niveau nog wordt goedgekeurd. De projecten zullen over gemeenschappelijke output- en "
          "resultaatindicatoren moeten rapporteren, bijvoorbeeld het aantal deelnemers aan een taalcursus, aan "
          "maatschappelijke oriëntatie of aan persoonlijke professionele begeleiding, en het aantal deelnemers "
          "dat minstens één ERK-niveau is gestegen.")
    fr_nl("Les CPAS s’inquiètent de la charge administrative et de la mesure du niveau de langue pour un public "
          "peu scolarisé.",
          "De OCMW’s maken zich zorgen over de administratieve last en over het meten van het taalniveau bij "
          "laaggeschoolde deelnemers.")

    heading(doc, "4. L’enquête de satisfaction / De tevredenheidsenquête", 2)
    fr_nl("Plusieurs CPAS trouvent l’enquête de satisfaction actuelle peu claire pour le public : les termes "
          "« autonomie », « épanouissement » ou « compétences transversales » sont trop abstraits et l’échelle de "
          "1 à 10 est mal comprise. Le réseau demande une version plus simple, avec des pictogrammes, et des "
          "traductions dans d’autres langues (arabe, dari, tigrinya). Hanne et Marc ont déjà travaillé avec des "
          "pictogrammes dans leurs projets.",
          "Verschillende OCMW’s vinden de huidige tevredenheidsenquête onduidelijk voor de doelgroep: termen als "
          "‘autonomie’, ‘ontplooiing’ of ‘transversale competenties’ zijn te abstract en de schaal van 1 tot 10 "
          "wordt slecht begrepen. Het netwerk vraagt een eenvoudigere versie, met pictogrammen, en vertalingen in "
          "andere talen (Arabisch, Dari, Tigrinya). Hanne en Marc werkten in hun projecten al met pictogrammen.")

    heading(doc, "5. Divers / Varia", 2)
    fr_nl("Agnès signale qu’une association bruxelloise prête gratuitement des tablettes aux personnes suivies "
          "par un CPAS. Christelle demande si les frais de données mobiles des participants peuvent être pris en "
          "charge par le projet (voir actions).",
          "Agnès meldt dat een Brusselse vereniging gratis tablets uitleent aan personen die door een OCMW "
          "begeleid worden. Christelle vraagt of de kosten voor mobiele data van de deelnemers door het project "
          "gedragen kunnen worden (zie actiepunten).")

    heading(doc, "6. Actions / Actiepunten", 2)
    table(doc, [
        ["Qui / Wie", "Quoi / Wat", "Quand / Wanneer"],
        ["SPP IS / POD MI",
         "Envoyer aux CPAS le projet de liste des indicateurs communs. / De ontwerplijst van de "
         "gemeenschappelijke indicatoren naar de OCMW’s sturen.", "dès que possible / zo snel mogelijk"],
        ["SPP IS / POD MI",
         "Vérifier si les frais de données mobiles des participants sont éligibles. / Nagaan of de kosten voor "
         "mobiele data van deelnemers subsidieerbaar zijn.", "15/06/2021"],
        ["Hanne De Smet, Marc Lejeune",
         "Proposer une version simplifiée de l’enquête de satisfaction, avec pictogrammes. / Een vereenvoudigde "
         "versie van de tevredenheidsenquête voorstellen, met pictogrammen.", "15/06/2021"],
        ["Chaque CPAS / Elk OCMW",
         "Transmettre les chiffres de participation du 1er trimestre 2021. / De deelnamecijfers van het 1ste "
         "kwartaal 2021 bezorgen.", "30/04/2021"],
        ["Agnès",
         "Partager les coordonnées de l’association qui prête des tablettes. / De contactgegevens delen van de "
         "vereniging die tablets uitleent.", "31/03/2021"],
        ["À déterminer / Nog te bepalen",
         "Faire traduire l’enquête en arabe, dari et tigrinya. / De enquête laten vertalen in het Arabisch, "
         "Dari en Tigrinya.", "–"],
    ], widths=[3.5, 9.5, 3.0])

    rich(doc, [("Prochaine réunion / Volgende bijeenkomst : ", "b"),
               "mardi 15 juin 2021 / dinsdag 15 juni 2021, en ligne / online (Teams)."], after=6).paragraph_format.space_before = Pt(12)
    p(doc, "NB : les chiffres d’OCMW Mortsel (point 2.4) doivent encore être ajoutés. / De cijfers van OCMW "
           "Mortsel (punt 2.4) moeten nog worden toegevoegd.", i=True, size=10)

    expected = {
        "file": fn,
        "languages": ["fr", "nl"],
        "online": True,
        "interpretation": True,
        "date": "2021-03-23",
        "people": [
            ["Lisa Asselman", "Present", "SPP"],
            ["Pieter Vanhoutte", "Present", "SPP"],
            ["Johan Maekelberg", "Present", "GENT"],
            ["Hanne De Smet", "Present", "GENT"],
            ["Ibrahim Aguelmin", "Present", "LIEGE"],
            ["Marc Lejeune", "Present", "LIEGE"],
            ["Ozlem Baslari", "Present", "CHARLEROI"],
            ["Christelle Marchal", "Present", "BINCHE"],
            ["Nauar Elfargani", "Present", "ANTWERPEN"],
            ["Greet Verhaegen", "Present", "SCHOTEN"],
            ["Lien Goossens", "Present", "MORTSEL"],
            ["Agnès Dubus", "Present", "BRUXELLES"],
            ["Els Dierickx", "Present", "BRUXELLES"],
            ["Anne-Marie Fontaine", "Present", None],
            ["Dirk Van Acker", "Present", None],
            ["Silvia Soares", "Excused", "LIEGE"],
            ["Kristof Mertens", "Excused", "EDEGEM"],
        ],
        "agenda": [
            ["09:30", "09:45", "Accueil et tour de table / Onthaal en tafelronde"],
            ["09:45", "10:45", "Les projets en période COVID-19 / De projecten tijdens COVID-19"],
            ["10:45", "11:00", "Pause / Pauze"],
            ["11:00", "11:45", "Le futur programme FAMI 2021-2027 / Het toekomstige AMIF-programma 2021-2027"],
            ["11:45", "12:15", "L’enquête de satisfaction / De tevredenheidsenquête"],
            ["12:15", "12:30", "Divers / Varia"],
        ],
        "headings": [
            ["1", "Accueil et tour de table / Onthaal en tafelronde"],
            ["2", "Les projets en période COVID-19 / De projecten tijdens COVID-19"],
            ["2.1", "Gand / Gent"],
            ["2.2", "Liège / Luik"],
            ["2.3", "Charleroi et Binche / Charleroi en Binche"],
            ["2.4", "Anvers et partenaires / Antwerpen en partners"],
            ["2.5", "Bruxelles / Brussel"],
            ["3", "Le futur programme FAMI 2021-2027 / Het toekomstige AMIF-programma 2021-2027"],
            ["4", "L’enquête de satisfaction / De tevredenheidsenquête"],
            ["5", "Divers / Varia"],
            ["6", "Actions / Actiepunten"],
        ],
        "actions": [
            ["SPP", [], None, "Envoyer aux CPAS le projet de liste"],
            ["SPP", [], None, "Vérifier si les frais de données mobiles"],
            ["Several Network Contacts", ["Hanne De Smet", "Marc Lejeune"], None,
             "Proposer une version simplifiée de l’enquête"],
            ["CPAS", [], None, "Transmettre les chiffres de participation du 1er trimestre"],
            ["Network Contact", ["Agnès Dubus"], None, "Partager les coordonnées de l’association"],
            ["To Be Assigned", [], None, "Faire traduire l’enquête en arabe"],
        ],
        "next_meeting": {"date": "2021-06-15",
                         "text": "Prochaine réunion / Volgende bijeenkomst : mardi 15 juin 2021 / dinsdag "
                                 "15 juni 2021, en ligne / online (Teams)."},
        "remarks": ["NB : les chiffres d’OCMW Mortsel (point 2.4) doivent encore être ajoutés. / De cijfers van "
                    "OCMW Mortsel (punt 2.4) moeten nog worden toegevoegd."],
    }
    return fn, doc, expected


# ----------------------------------------------------------------------------
# 65 - Mieke De Roo (OCMW Gent), Gent, 20 October 2016, NL
# ----------------------------------------------------------------------------

def r65():
    fn = "65_netwerk_gent_2016.docx"
    doc = new_doc("Arial", 10)
    header_footer(doc, ("OCMW Gent – AMIF-project sociale activering nieuwkomers",), header_align="right")

    p(doc, "Verslag netwerkbijeenkomst AMIF-projecten OCMW’s", b=True, size=13)
    rich(doc, [("Datum: ", "b"), "donderdag 20 oktober 2016, 9u30 – 13u00"], after=0)
    rich(doc, [("Plaats: ", "b"), "OCMW Gent, Onderbergen 86, 9000 Gent (zaal 2.14)"], after=0)
    rich(doc, [("Verslag: ", "b"), "Mieke De Roo"], after=10)

    p(doc, "Aanwezig:", b=True, after=0)
    bullets(doc, [
        "Lisa Asselman – POD Maatschappelijke Integratie",
        "Johan Maekelberg – OCMW Gent",
        "Ibrahim Laaroussi – OCMW Gent",
        "Mieke De Roo – OCMW Gent",
        "Ibrahim Aguelmin – OCMW Luik",
        "Frederic Darras – OCMW Luik",
        "Ozlem Baslari – OCMW Charleroi",
        "Nauar Elfargani – OCMW Antwerpen",
        "Agnès Dubus – OCMW Brussel",
    ])
    rich(doc, [("Verontschuldigd: ", "b"),
               "Claudine Gbambili (OCMW Luik), Jeroen Verbeke (Agentschap Integratie en Inburgering)"],
         after=10)

    p(doc, "Agenda", b=True, after=0)
    bullets(doc, [
        "Welkom en kennismakingsronde",
        "Voorstelling van het project van OCMW Gent",
        "Hoe bereiken we onze doelgroep?",
        "Afspraken voor het netwerk",
        "Varia",
    ])

    p(doc, "Welkom en kennismaking", b=True, u=True, before=10)
    p(doc, "Johan verwelkomt iedereen in Gent. Het is de eerste keer dat de vijf OCMW’s met een AMIF-project "
           "samenzitten. Lisa licht toe waarom het POD een netwerk opstart: alle projecten werken rond sociale "
           "activering van nieuwkomers, maar elk OCMW doet dat op zijn eigen manier. Ervaringen en methodieken "
           "uitwisselen staat centraal. Er was geen tolk; iedereen sprak in zijn eigen taal en dat ging vrij vlot.")
    p(doc, "Korte kennismakingsronde:")
    bullets(doc, [
        "Gent: trajecten sociale activering voor nieuwkomers met weinig kennis van het Nederlands, individuele "
        "begeleiding + groepsmodule ‘Wegwijs in Gent’.",
        "Luik: project Mod’Actions met vier modules (taal, creatief atelier, informatica, projectrealisatie).",
        "Charleroi: Activ’UP, werkt per schooljaar; de tweede module is in september gestart.",
        "Antwerpen: individuele trajecten, nog in opstartfase; er zijn contacten met enkele randgemeenten.",
        "Brussel: collectieve ateliers en socio-culturele uitstappen.",
    ])

    p(doc, "Voorstelling project OCMW Gent", b=True, u=True, before=10)
    p(doc, "Ibrahim L. stelt het Gentse project voor. De maatschappelijk werkers van de sociale diensten "
           "verwijzen cliënten door; daarna volgt een intakegesprek waarin noden, motivatie en drempels besproken "
           "worden. De deelnemers volgen twee halve dagen per week groepsactiviteiten en hebben om de twee weken "
           "een individueel gesprek.")
    p(doc, "In de eerste infosessie waren er 23 aanwezigen op 61 uitgenodigden. "
           "[cijfers tweede infosessie nog aan te vullen]")
    p(doc, "De vragen van de andere OCMW’s gingen vooral over taal: in Gent wordt in het Nederlands gewerkt, met "
           "ondersteuning van een intercultureel bemiddelaar tijdens het intakegesprek.")

    p(doc, "Bereik van de doelgroep", b=True, u=True, before=10)
    p(doc, "Iedereen herkent het probleem dat doorverwezen cliënten niet komen opdagen. Ozlem vertelt dat "
           "Charleroi samen met het lokale observatorium een lijst van potentiële deelnemers heeft opgemaakt en "
           "alle kandidaten uitnodigt op een infosessie. Agnès vindt dat interessant voor Brussel.")
    p(doc, "→ Ozlem en Agnès wisselen hun uitnodigingsbrief en de presentatie van de infosessie uit.")
    p(doc, "In Luik wordt voor elke nieuwe deelnemer een oriëntatiebalans opgemaakt; inschrijven kan het hele "
           "jaar door. Frederic toont enkele foto’s van het creatieve atelier.")
    p(doc, "Belangrijk: de maatschappelijk werkers moeten het project goed kennen, anders verwijzen ze niet door. "
           "Veel deelnemers volgen ook een inburgeringstraject; Johan vindt het nuttig dat de andere OCMW’s "
           "weten bij wie ze terechtkunnen.")
    p(doc, "→ Johan bezorgt de contactgegevens van het Agentschap Integratie en Inburgering aan de andere OCMW’s.")

    p(doc, "Afspraken over het netwerk", b=True, u=True, before=10)
    bullets(doc, [
        "Er werd afgesproken dat het netwerk ongeveer drie keer per jaar samenkomt, telkens bij een ander OCMW, "
        "en dat het ontvangende OCMW dan zijn project voorstelt.",
        "Over de taal van de verslagen werd nog niets beslist.",
    ])
    p(doc, "→ Lisa maakt een mailinglijst aan met alle contactpersonen.")
    p(doc, "→ Het POD werkt een sjabloon uit voor een projectfiche, zodat we elkaars projecten beter leren kennen.")

    p(doc, "Varia", b=True, u=True, before=10)
    p(doc, "Frederic nodigt iedereen uit om eens een activiteit van het creatieve atelier in Luik bij te wonen.")
    rich(doc, [("Volgende bijeenkomst: donderdag 9 februari 2017 bij OCMW Antwerpen (uur volgt nog).", "b")])

    expected = {
        "file": fn,
        "languages": ["nl"],
        "online": False,
        "interpretation": False,
        "date": "2016-10-20",
        "people": [
            ["Lisa Asselman", "Present", "SPP"],
            ["Johan Maekelberg", "Present", "GENT"],
            ["Ibrahim Laaroussi", "Present", "GENT"],
            ["Mieke De Roo", "Present", "GENT"],
            ["Ibrahim Aguelmin", "Present", "LIEGE"],
            ["Frederic Darras", "Present", "LIEGE"],
            ["Ozlem Baslari", "Present", "CHARLEROI"],
            ["Nauar Elfargani", "Present", "ANTWERPEN"],
            ["Agnès Dubus", "Present", "BRUXELLES"],
            ["Claudine Gbambili", "Excused", "LIEGE"],
            ["Jeroen Verbeke", "Excused", None],
        ],
        "agenda": [
            ["", "", "Welkom en kennismakingsronde"],
            ["", "", "Voorstelling van het project van OCMW Gent"],
            ["", "", "Hoe bereiken we onze doelgroep?"],
            ["", "", "Afspraken voor het netwerk"],
            ["", "", "Varia"],
        ],
        "headings": [
            ["", "Welkom en kennismaking"],
            ["", "Voorstelling project OCMW Gent"],
            ["", "Bereik van de doelgroep"],
            ["", "Afspraken over het netwerk"],
            ["", "Varia"],
        ],
        "actions": [
            ["Several Network Contacts", ["Ozlem Baslari", "Agnès Dubus"], None,
             "Ozlem en Agnès wisselen hun uitnodigingsbrief"],
            ["Network Contact", ["Johan Maekelberg"], None, "Johan bezorgt de contactgegevens van het Agentschap"],
            ["Network Contact", ["Lisa Asselman"], None, "Lisa maakt een mailinglijst aan"],
            ["SPP", [], None, "Het POD werkt een sjabloon uit"],
        ],
        "next_meeting": {"date": "2017-02-09",
                         "text": "Volgende bijeenkomst: donderdag 9 februari 2017 bij OCMW Antwerpen (uur volgt nog)."},
        "remarks": ["cijfers tweede infosessie nog aan te vullen"],
    }
    return fn, doc, expected


# ----------------------------------------------------------------------------
# 66 - Mieke De Roo (OCMW Gent), Gent, 14 May 2024, NL, whispered interpretation
# ----------------------------------------------------------------------------

def r66():
    fn = "66_netwerkdag_gent_2024.docx"
    doc = new_doc("Calibri", 11)
    header_footer(doc, ("OCMW Gent – Sociale Activering – AMIF",), page_label="Pagina ", header_align="right")

    t = doc.add_paragraph(style="Title")
    t.add_run("Verslag netwerkdag AMIF")
    p(doc, "OCMW Gent – dinsdag 14 mei 2024", b=True, size=12)
    rich(doc, [("Plaats: ", "b"), "Administratief Centrum Zuid, zaal Leie, Woodrow Wilsonplein 1, 9000 Gent"],
         after=0)
    rich(doc, [("Tolken: ", "b"), "fluistertolken Frans-Nederlands, voorzien door de POD MI"], after=0)
    rich(doc, [("Verslag: ", "b"), "Mieke De Roo"], after=10)

    tb = doc.add_table(rows=2, cols=2)
    tb.style = "Table Grid"
    p(tb.cell(0, 0), "Aanwezig", b=True, first=True)
    p(tb.cell(0, 1), "Verontschuldigd", b=True, first=True)
    shade(tb.cell(0, 0), "DEEAF6")
    shade(tb.cell(0, 1), "DEEAF6")
    present = ["Mieke De Roo (OCMW Gent)", "Ann Van de Velde (OCMW Gent)", "Tom Claeys (OCMW Gent)",
               "Sarah Benali (POD MI)", "Koen Dewulf (POD MI)", "Marc Lejeune (CPAS Luik)",
               "Aurélie Pirard (CPAS Luik)", "Sandrine Dufour (CPAS Charleroi)", "Christelle Marchal (CPAS Binche)",
               "Yasmina Bouhlal (OCMW Antwerpen)", "Lien Goossens (OCMW Mortsel)", "Youssef El Amrani (OCMW Brussel)",
               "Sophie Lambrecht (tolk)", "Dirk Van Acker (tolk)"]
    excused = ["Evi Janssens (OCMW Antwerpen)", "Greet Verhaegen (OCMW Schoten)",
               "Patricia Vandenbroeck (OCMW Brussel)"]
    for n, name in enumerate(present):
        p(tb.cell(1, 0), name, first=(n == 0), after=0)
    for n, name in enumerate(excused):
        p(tb.cell(1, 1), name, first=(n == 0), after=0)

    heading(doc, "Agenda", 1)
    for a, b in [("9u30 – 10u00", "Onthaal met koffie"),
                 ("10u00 – 10u15", "Verwelkoming door OCMW Gent"),
                 ("10u15 – 11u30", "Stand van zaken per OCMW"),
                 ("11u30 – 12u15", "Voorstelling: de buddywerking van OCMW Gent"),
                 ("12u15 – 13u15", "Lunch"),
                 ("13u15 – 14u30", "Tevredenheidsenquête: resultaten van de nieuwe versie"),
                 ("14u30 – 15u00", "Varia en afsluiting")]:
        tab_line(doc, a, b, 3.2)

    heading(doc, "1. Verwelkoming", 1)
    p(doc, "Ann Van de Velde, diensthoofd Sociale Activering, verwelkomt de collega’s in Gent. Ze herinnert eraan "
           "dat het netwerk sinds 2016 bestaat en dat er intussen veel collega’s gewisseld zijn. Sarah Benali "
           "(POD MI) geeft een korte stand van zaken van het AMIF-programma 2021-2027: de projecten lopen verder "
           "en de rapportering over de gemeenschappelijke indicatoren gebeurt jaarlijks via het POD.")

    heading(doc, "2. Stand van zaken per OCMW", 1)
    heading(doc, "2.1 OCMW Gent", 2)
    p(doc, "Het project werkt met een intake, een oriëntatiebalans en een traject op maat. Sinds januari loopt "
           "een buddywerking met vrijwilligers (zie punt 3). Er zijn momenteel 42 actieve deelnemers, van wie "
           "ongeveer een derde uit Oekraïne komt.")
    heading(doc, "2.2 CPAS Luik", 2)
    p(doc, "Marc meldt dat de wachtlijst voor de lessen Frans als vreemde taal (FLE) oploopt tot vier maanden. De "
           "drie contracten per deelnemer blijven behouden. Aurélie werkt aan een nieuwe module ‘numérique’ die in "
           "het najaar start.")
    heading(doc, "2.3 CPAS Charleroi en Binche", 2)
    p(doc, "Activ’UP rekruteert opnieuw via de sociale antennes. Sandrine geeft aan dat van de 180 uitgenodigde "
           "personen er 64 naar de infosessie kwamen (36 %). In Binche loopt een kleine groep van acht "
           "deelnemers; de huidige zaal is eigenlijk te klein.")
    heading(doc, "2.4 OCMW Antwerpen en Mortsel", 2)
    p(doc, "Yasmina stelt de module digitale vaardigheden voor, die in Antwerpen en Mortsel wordt aangeboden "
           "(e-mail, itsme, online afspraken maken). Lien vertelt dat Mortsel sinds dit jaar ook een groepsmoment "
           "‘Wegwijs in Mortsel’ organiseert.")
    heading(doc, "2.5 OCMW Brussel", 2)
    p(doc, "Youssef is sinds februari coördinator van het Brusselse project. Na een periode met veel "
           "personeelswissels draait de werking opnieuw op volle kracht. De cijfers voor 2023 waren nog niet "
           "beschikbaar.")

    heading(doc, "3. Voorstelling: de buddywerking van OCMW Gent", 1)
    p(doc, "Tom Claeys stelt de buddywerking voor. Elke deelnemer die dat wil, wordt gekoppeld aan een "
           "vrijwilliger die hem of haar een half jaar lang wekelijks ontmoet: samen naar de bibliotheek, de "
           "markt, een sportclub… De buddy’s krijgen een korte vorming en worden opgevolgd door een "
           "maatschappelijk werker.")
    p(doc, "Als sterke punten worden genoemd:")
    bullets(doc, [
        "de deelnemers oefenen Nederlands in een echte context;",
        "het netwerk van de deelnemer wordt groter;",
        "de vrijwilligers worden zelf ambassadeurs van het project.",
    ])
    p(doc, "Werkpunten die Tom aangeeft:")
    bullets(doc, [
        "er zijn meer vrouwelijke deelnemers dan vrouwelijke buddy’s;",
        "de opvolging vraagt veel tijd van de maatschappelijk werkers;",
        "niet elke deelnemer durft alleen met een onbekende op stap.",
    ])
    p(doc, "De andere OCMW’s tonen veel interesse. In Luik bestaat iets gelijkaardigs via een vzw; in Charleroi "
           "denkt men eerder aan een duowerking tussen oude en nieuwe deelnemers.")

    heading(doc, "4. Tevredenheidsenquête", 1)
    p(doc, "Sarah presenteert de eerste resultaten van de nieuwe versie van de tevredenheidsenquête, met "
           "pictogrammen en eenvoudige vragen. De enquête bestaat nu in het Nederlands, Frans, Arabisch, Dari, "
           "Pasjtoe en Tigrinya. De deelnemers vinden ze duidelijker dan de vorige versie; sommigen begrijpen de "
           "vraag over ‘integratie’ wel nog steeds niet goed. Er wordt gedacht aan een focusgroep met deelnemers.")
    p(doc, "Er wordt gevraagd om ook een Oekraïense versie te voorzien. Voor de indicator over de taalvooruitgang "
           "(minstens één ERK-niveau) gebruikt elk OCMW momenteel een eigen test, wat de cijfers moeilijk "
           "vergelijkbaar maakt.")

    heading(doc, "5. Varia", 1)
    p(doc, "Christelle vraagt of de vervoerskosten van deelnemers (busabonnement) subsidieerbaar zijn. "
           "Het POD bevestigt dit nog schriftelijk.")
    p(doc, "Lien meldt dat de opendeurdag in Mortsel in maart goed bezocht was.")

    heading(doc, "6. Actiepunten", 1)
    bullets(doc, [
        "De presentatie over de buddywerking wordt naar alle partners doorgestuurd (MDR).",
        "Vertaling van de enquête in het Oekraïens nakijken en voorstellen (CPAS Luik).",
        "Cijfers over de taalindicator per OCMW bezorgen aan het POD tegen 30 juni (alle OCMW’s).",
        "Voorstel van datum voor de volgende netwerkdag rondsturen (SB/KD).",
        "Nagaan of er voor de focusgroep een tolk Arabisch kan komen (nog te bepalen).",
    ])

    rich(doc, [("Volgende netwerkdag: in het najaar bij CPAS Charleroi, datum volgt.", "b")]).paragraph_format.space_before = Pt(10)
    p(doc, "De cijfers van OCMW Brussel (punt 2.5) moeten nog worden aangevuld.", i=True, color="C00000")

    expected = {
        "file": fn,
        "languages": ["nl"],
        "online": False,
        "interpretation": True,
        "date": "2024-05-14",
        "people": [
            ["Mieke De Roo", "Present", "GENT"],
            ["Ann Van de Velde", "Present", "GENT"],
            ["Tom Claeys", "Present", "GENT"],
            ["Sarah Benali", "Present", "SPP"],
            ["Koen Dewulf", "Present", "SPP"],
            ["Marc Lejeune", "Present", "LIEGE"],
            ["Aurélie Pirard", "Present", "LIEGE"],
            ["Sandrine Dufour", "Present", "CHARLEROI"],
            ["Christelle Marchal", "Present", "BINCHE"],
            ["Yasmina Bouhlal", "Present", "ANTWERPEN"],
            ["Lien Goossens", "Present", "MORTSEL"],
            ["Youssef El Amrani", "Present", "BRUXELLES"],
            ["Sophie Lambrecht", "Present", None],
            ["Dirk Van Acker", "Present", None],
            ["Evi Janssens", "Excused", "ANTWERPEN"],
            ["Greet Verhaegen", "Excused", "SCHOTEN"],
            ["Patricia Vandenbroeck", "Excused", "BRUXELLES"],
        ],
        "agenda": [
            ["09:30", "10:00", "Onthaal met koffie"],
            ["10:00", "10:15", "Verwelkoming door OCMW Gent"],
            ["10:15", "11:30", "Stand van zaken per OCMW"],
            ["11:30", "12:15", "Voorstelling: de buddywerking van OCMW Gent"],
            ["12:15", "13:15", "Lunch"],
            ["13:15", "14:30", "Tevredenheidsenquête: resultaten van de nieuwe versie"],
            ["14:30", "15:00", "Varia en afsluiting"],
        ],
        "headings": [
            ["1", "Verwelkoming"],
            ["2", "Stand van zaken per OCMW"],
            ["2.1", "OCMW Gent"],
            ["2.2", "CPAS Luik"],
            ["2.3", "CPAS Charleroi en Binche"],
            ["2.4", "OCMW Antwerpen en Mortsel"],
            ["2.5", "OCMW Brussel"],
            ["3", "Voorstelling: de buddywerking van OCMW Gent"],
            ["4", "Tevredenheidsenquête"],
            ["5", "Varia"],
            ["6", "Actiepunten"],
        ],
        "actions": [
            ["SPP", [], None, "Het POD bevestigt dit nog schriftelijk"],
            ["Network Contact", ["Mieke De Roo"], None, "De presentatie over de buddywerking wordt"],
            ["CPAS", [], "LIEGE", "Vertaling van de enquête in het Oekraïens"],
            ["CPAS", [], None, "Cijfers over de taalindicator per OCMW"],
            ["Several Network Contacts", ["Sarah Benali", "Koen Dewulf"], None,
             "Voorstel van datum voor de volgende"],
            ["To Be Assigned", [], None, "Nagaan of er voor de focusgroep"],
        ],
        "next_meeting": {"date": None, "text": "Volgende netwerkdag: in het najaar bij CPAS Charleroi, datum volgt."},
        "remarks": ["De cijfers van OCMW Brussel (punt 2.5) moeten nog worden aangevuld."],
    }
    return fn, doc, expected


# ----------------------------------------------------------------------------
# Silvia Soares (CPAS de Liège): attendance table helper
# ----------------------------------------------------------------------------

def liege_attendance(doc, present, excused):
    rows = 2 + len(present) + 1 + len(excused)
    t = doc.add_table(rows=rows, cols=2)
    t.style = "Table Grid"
    p(t.cell(0, 0), "Nom", b=True, first=True)
    p(t.cell(0, 1), "Institution", b=True, first=True)
    r = 1
    c = t.cell(r, 0).merge(t.cell(r, 1))
    p(c, "Présents", b=True, i=True, first=True)
    shade(c, "E2EFD9")
    r += 1
    for name, org in present:
        p(t.cell(r, 0), name, first=True)
        p(t.cell(r, 1), org, first=True)
        r += 1
    c = t.cell(r, 0).merge(t.cell(r, 1))
    p(c, "Excusés", b=True, i=True, first=True)
    shade(c, "FBE4D5")
    r += 1
    for name, org in excused:
        p(t.cell(r, 0), name, first=True)
        p(t.cell(r, 1), org, first=True)
        r += 1
    for row in t.rows:
        row.cells[0].width = Cm(6)
        row.cells[1].width = Cm(9)
    return t


def liege_action(doc, text):
    rich(doc, [("► Action : ", "b"), (text, "b")])


# ----------------------------------------------------------------------------
# 67 - Silvia Soares (CPAS de Liège), Liège, 29 September 2022, FR
# ----------------------------------------------------------------------------

def r67():
    fn = "67_pv_reseau_liege_2022.docx"
    doc = new_doc("Century Gothic", 10, margins=2.2)
    header_footer(doc, ("CPAS de Liège – Projet FAMI « Mod’Actions »",), page_label="Page ",
                  header_align="right")

    p(doc, "PROCÈS-VERBAL", b=True, size=16, align="center", after=0)
    p(doc, "Réunion du réseau FAMI des CPAS", b=True, size=12, align="center", after=12)
    rich(doc, [("Date : ", "b"), "jeudi 29 septembre 2022, de 9h30 à 15h30"], after=0)
    rich(doc, [("Lieu : ", "b"), "L’Échelle des Mots, rue Général Bertrand 35, 4000 Liège"], after=0)
    rich(doc, [("Rédaction : ", "b"), "Silvia Soares"], after=10)

    liege_attendance(doc, [
        ("Silvia Soares", "CPAS de Liège"),
        ("Ibrahim Aguelmin", "CPAS de Liège"),
        ("Claudine Gbambili", "CPAS de Liège"),
        ("Marc Lejeune", "CPAS de Liège"),
        ("Pieter Vanhoutte", "SPP Intégration Sociale"),
        ("Julie Delvaux", "SPP Intégration Sociale"),
        ("Ann Van de Velde", "CPAS de Gand"),
        ("Sandrine Dufour", "CPAS de Charleroi"),
        ("Karim Bouzidi", "CPAS de Charleroi"),
        ("Evi Janssens", "CPAS d’Anvers"),
        ("Kristof Mertens", "CPAS d’Edegem"),
        ("Agnès Dubus", "CPAS de Bruxelles"),
        ("Laurence Gillet", "CRIPEL"),
    ], [
        ("Johan Maekelberg", "CPAS de Gand"),
        ("Nauar Elfargani", "CPAS d’Anvers"),
        ("Christelle Marchal", "CPAS de Binche"),
    ])
    p(doc, "La réunion s’est déroulée en français, sans interprétation ; les collègues néerlandophones avaient "
           "confirmé au préalable qu’ils suivaient sans difficulté.", i=True, size=9, before=4)

    p(doc, "Ordre du jour", b=True, u=True, before=8)
    for item in ["9h30 – 10h00 : Accueil – café",
                 "10h00 – 10h30 : Mot de bienvenue et tour de table",
                 "10h30 – 11h30 : Le programme FAMI 2021-2027 : calendrier et indicateurs (SPP IS)",
                 "11h30 – 12h30 : Le parcours d’intégration en Wallonie (CRIPEL)",
                 "12h30 – 13h30 : Repas à la ferme du CPAS",
                 "13h30 – 15h00 : Atelier d’échange : les contrats de participation",
                 "15h00 – 15h30 : Divers et clôture"]:
        p(doc, item, style="List Number", after=0)

    p(doc, "I. – Accueil et tour de table", b=True, size=11, before=14)
    p(doc, "Ibrahim Aguelmin souhaite la bienvenue aux participants au nom du CPAS de Liège. C’est la première "
           "rencontre en présentiel depuis le début de la crise sanitaire. Lors du tour de table, chaque CPAS "
           "présente ses nouveaux collègues (Marc Lejeune à Liège, Ann Van de Velde à Gand, Sandrine Dufour à "
           "Charleroi, Evi Janssens à Anvers) et la situation de ses groupes.", align="justify")
    p(doc, "Les règles sanitaires ne limitent plus la taille des groupes. Plusieurs CPAS constatent toutefois que "
           "certains participants hésitent encore à revenir aux ateliers collectifs. À Edegem, le module collectif "
           "a repris en septembre avec neuf participants.", align="justify")

    p(doc, "II. – Le programme FAMI 2021-2027", b=True, size=11, before=14)
    p(doc, "a) Calendrier", b=True, i=True)
    p(doc, "Pieter Vanhoutte présente le calendrier du nouveau programme. Les conventions des CPAS couvrent la "
           "période 2022-2025, avec une possibilité de prolongation. Le premier rapport annuel porte sur l’année "
           "2022 ; le modèle de rapport est en préparation au SPP.", align="justify")
    p(doc, "b) Indicateurs communs", b=True, i=True)
    p(doc, "Le règlement (UE) 2021/1147 prévoit des indicateurs communs de réalisation et de résultat. Pour les "
           "projets des CPAS, les plus pertinents sont :", align="justify")
    bullets(doc, [
        "le nombre de participants aux activités de soutien (cours de langue, orientation civique, "
        "accompagnement professionnel personnalisé) ;",
        "le nombre de participants à un cours de langue qui ont progressé d’au moins un niveau du CECR ;",
        "le nombre de participants qui déclarent que l’activité les a aidés dans leur intégration.",
    ])
    p(doc, "Les CPAS s’interrogent sur la manière de mesurer le niveau CECR pour un public peu ou pas alphabétisé. "
           "Julie Delvaux précise que le SPP ne demande pas de test officiel : une évaluation documentée par le "
           "formateur suffit.", align="justify")
    liege_action(doc, "le SPP enverra aux CPAS une fiche explicative des indicateurs communs d’ici la fin octobre.")

    p(doc, "III. – Le parcours d’intégration en Wallonie (CRIPEL)", b=True, size=11, before=14)
    p(doc, "Laurence Gillet, du Centre régional pour l’intégration des personnes étrangères ou d’origine "
           "étrangère de Liège (CRIPEL), présente le parcours d’intégration wallon : module d’accueil, formation "
           "à la langue française, formation à la citoyenneté et orientation socioprofessionnelle. De nombreux "
           "participants des projets FAMI suivent ce parcours en parallèle ; une meilleure coordination "
           "éviterait les doublons d’entretiens.", align="justify")
    liege_action(doc, "Laurence Gillet transmettra à Silvia la liste des référents du parcours d’intégration pour "
                      "la province de Liège.")
    p(doc, "Karim signale que la collaboration avec le CRIC à Charleroi fonctionne bien grâce à une convention "
           "signée en 2021.", align="justify")

    p(doc, "IV. – Atelier : les contrats de participation", b=True, size=11, before=14)
    p(doc, "Claudine Gbambili présente le système liégeois : trois contrats par participant (avec l’assistant "
           "social, avec la personne chargée de l’entretien d’admission et avec le responsable de chaque module). "
           "Les contrats fixent les règles relatives au taux de présence et à la ponctualité.", align="justify")
    p(doc, "Les échanges en sous-groupes ont fait ressortir les points suivants :")
    bullets(doc, [
        "Gand et Anvers travaillent avec un seul accord de trajet, signé lors de l’intake ;",
        "Charleroi n’a pas de contrat écrit mais une charte de groupe discutée lors du premier atelier ;",
        "tous les CPAS jugent utile de fixer un taux de présence minimum, mais avec souplesse (maladie, "
        "rendez-vous administratifs, garde d’enfants) ;",
        "les contrats doivent être rédigés dans un langage simple, éventuellement avec des pictogrammes.",
    ])
    liege_action(doc, "Claudine et Ann rédigent une proposition de charte commune de participation, à discuter "
                      "lors de la prochaine réunion.")
    liege_action(doc, "chaque CPAS apporte ses modèles de contrat ou de charte à la prochaine réunion.")

    p(doc, "V. – Divers", b=True, size=11, before=14)
    p(doc, "Agnès Dubus informe le réseau que le CPAS de Bruxelles recrute un nouveau coordinateur pour le projet "
           "FAMI.", align="justify")
    p(doc, "Le CPAS de Charleroi organisera la prochaine réunion dans les locaux du Service Action Migrants.")
    rich(doc, [("Prochaine réunion : ", "bu"), ("le mardi 24 janvier 2023 à Charleroi (à confirmer).", "b")],
         after=12)
    p(doc, "Remarque : le point V doit encore être complété avec les informations du CPAS d’Anvers.", i=True,
      size=9)

    expected = {
        "file": fn,
        "languages": ["fr"],
        "online": False,
        "interpretation": False,
        "date": "2022-09-29",
        "people": [
            ["Silvia Soares", "Present", "LIEGE"],
            ["Ibrahim Aguelmin", "Present", "LIEGE"],
            ["Claudine Gbambili", "Present", "LIEGE"],
            ["Marc Lejeune", "Present", "LIEGE"],
            ["Pieter Vanhoutte", "Present", "SPP"],
            ["Julie Delvaux", "Present", "SPP"],
            ["Ann Van de Velde", "Present", "GENT"],
            ["Sandrine Dufour", "Present", "CHARLEROI"],
            ["Karim Bouzidi", "Present", "CHARLEROI"],
            ["Evi Janssens", "Present", "ANTWERPEN"],
            ["Kristof Mertens", "Present", "EDEGEM"],
            ["Agnès Dubus", "Present", "BRUXELLES"],
            ["Laurence Gillet", "Present", None],
            ["Johan Maekelberg", "Excused", "GENT"],
            ["Nauar Elfargani", "Excused", "ANTWERPEN"],
            ["Christelle Marchal", "Excused", "BINCHE"],
        ],
        "agenda": [
            ["09:30", "10:00", "Accueil – café"],
            ["10:00", "10:30", "Mot de bienvenue et tour de table"],
            ["10:30", "11:30", "Le programme FAMI 2021-2027 : calendrier et indicateurs (SPP IS)"],
            ["11:30", "12:30", "Le parcours d’intégration en Wallonie (CRIPEL)"],
            ["12:30", "13:30", "Repas à la ferme du CPAS"],
            ["13:30", "15:00", "Atelier d’échange : les contrats de participation"],
            ["15:00", "15:30", "Divers et clôture"],
        ],
        "headings": [
            ["I", "Accueil et tour de table"],
            ["II", "Le programme FAMI 2021-2027"],
            ["a", "Calendrier"],
            ["b", "Indicateurs communs"],
            ["III", "Le parcours d’intégration en Wallonie (CRIPEL)"],
            ["IV", "Atelier : les contrats de participation"],
            ["V", "Divers"],
        ],
        "actions": [
            ["SPP", [], None, "le SPP enverra aux CPAS une fiche explicative"],
            ["Network Contact", ["Laurence Gillet"], None, "Laurence Gillet transmettra à Silvia la liste"],
            ["Several Network Contacts", ["Claudine Gbambili", "Ann Van de Velde"], None,
             "Claudine et Ann rédigent une proposition"],
            ["CPAS", [], None, "chaque CPAS apporte ses modèles de contrat"],
            ["CPAS", [], "CHARLEROI", "Le CPAS de Charleroi organisera la prochaine réunion"],
        ],
        "next_meeting": {"date": "2023-01-24",
                         "text": "Prochaine réunion : le mardi 24 janvier 2023 à Charleroi (à confirmer)."},
        "remarks": ["Remarque : le point V doit encore être complété avec les informations du CPAS d’Anvers."],
    }
    return fn, doc, expected


# ----------------------------------------------------------------------------
# 68 - Silvia Soares (CPAS de Liège), Webex, 11 February 2025, FR, interpretation
# ----------------------------------------------------------------------------

def r68():
    fn = "68_pv_reseau_webex_2025.docx"
    doc = new_doc("Century Gothic", 10, margins=2.2)
    header_footer(doc, ("CPAS de Liège – Projet FAMI « Mod’Actions »",), page_label="Page ",
                  header_align="right")

    p(doc, "PROCÈS-VERBAL", b=True, size=16, align="center", after=0)
    p(doc, "Réunion du réseau FAMI des CPAS – visioconférence", b=True, size=12, align="center", after=12)
    rich(doc, [("Date : ", "b"), "mardi 11 février 2025, de 9h30 à 12h00"], after=0)
    rich(doc, [("Lieu : ", "b"), "en ligne (Webex, lien envoyé par le SPP)"], after=0)
    rich(doc, [("Interprétation simultanée FR/NL : ", "b"), "Anne-Marie Fontaine et Bram Coppens"], after=0)
    rich(doc, [("Rédaction : ", "b"), "Silvia Soares"], after=10)

    liege_attendance(doc, [
        ("Sarah Benali", "SPP Intégration Sociale"),
        ("Koen Dewulf", "SPP Intégration Sociale"),
        ("Silvia Soares", "CPAS de Liège"),
        ("Marc Lejeune", "CPAS de Liège"),
        ("Aurélie Pirard", "CPAS de Liège"),
        ("Ann Van de Velde", "CPAS de Gand"),
        ("Hanne De Smet", "CPAS de Gand"),
        ("Sandrine Dufour", "CPAS de Charleroi"),
        ("Yasmina Bouhlal", "CPAS d’Anvers"),
        ("Lien Goossens", "CPAS de Mortsel"),
        ("Youssef El Amrani", "CPAS de Bruxelles"),
        ("Anne-Marie Fontaine", "interprète"),
        ("Bram Coppens", "interprète"),
    ], [
        ("Ibrahim Aguelmin", "CPAS de Liège"),
        ("Christelle Marchal", "CPAS de Binche"),
        ("Greet Verhaegen", "CPAS de Schoten"),
    ])

    p(doc, "Ordre du jour", b=True, u=True, before=10)
    for item in ["Approbation du PV de la réunion du 3 octobre 2024",
                 "Rapportage annuel 2024 : indicateurs communs et chiffres par CPAS",
                 "Conservation des documents et protection des données",
                 "Enquête de satisfaction : nouvelles traductions",
                 "Divers"]:
        p(doc, item, style="List Number", after=0)

    p(doc, "I. – Approbation du PV de la réunion du 3 octobre 2024", b=True, size=11, before=14)
    p(doc, "Le PV est approuvé moyennant une correction : au point III, il fallait lire « 52 participants » et "
           "non « 25 participants » pour le CPAS de Gand.", align="justify")

    p(doc, "II. – Rapportage annuel 2024", b=True, size=11, before=14)
    p(doc, "a) Indicateurs communs", b=True, i=True)
    p(doc, "Sarah Benali rappelle que le SPP rassemble chaque année les indicateurs communs du FAMI (règlement "
           "(UE) 2021/1147) pour l’ensemble des CPAS : participants aux activités de soutien par type (cours de "
           "langue, orientation civique, accompagnement professionnel personnalisé), participants ayant progressé "
           "d’au moins un niveau du CECR, et participants déclarant que l’activité les a aidés dans leur "
           "intégration. Ce dernier indicateur est calculé à partir de l’enquête de satisfaction.", align="justify")
    p(doc, "Marc et Yasmina constatent que Liège et Anvers n’évaluent pas le niveau CECR de la même façon (test "
           "écrit à Liège, évaluation orale par le formateur à Anvers).", align="justify")
    liege_action(doc, "Marc et Yasmina comparent leurs grilles d’évaluation et présentent une proposition commune "
                      "à la réunion de juin.")
    p(doc, "b) Chiffres par CPAS", b=True, i=True)
    p(doc, "Chiffres provisoires communiqués en séance :")
    table(doc, [
        ["CPAS", "Participants 2024", "dont cours de langue", "+ 1 niveau CECR"],
        ["Gand", "118", "74", "31"],
        ["Liège", "96", "88", "40"],
        ["Charleroi (+ Binche)", "102", "61", "à compléter"],
        ["Anvers (+ partenaires)", "135", "90", "38"],
        ["Bruxelles", "77", "52", "19"],
    ], widths=[5, 3.5, 3.5, 3.5])
    liege_action(doc, "chaque CPAS envoie ses chiffres définitifs 2024 à Sarah pour le 28 février au plus tard.")

    p(doc, "III. – Conservation des documents et protection des données", b=True, size=11, before=14)
    p(doc, "Koen Dewulf rappelle les règles : les documents d’une opération financée par le FAMI sont conservés "
           "pendant cinq ans à partir du 31 décembre de l’année du dernier paiement (règlement (UE) 2021/1060, "
           "article 82). Les données personnelles des participants ne peuvent toutefois pas être gardées plus "
           "longtemps que nécessaire (RGPD, article 5, § 1er, e), et chaque participant peut demander à voir "
           "toutes les données qui le concernent (article 15).", align="justify")
    p(doc, "Chaque CPAS reste propriétaire des données de ses participants : le SPP ne reçoit que des chiffres "
           "agrégés. Youssef demande si les fiches d’inscription papier peuvent être scannées puis détruites.",
      align="justify")
    liege_action(doc, "le SPP vérifiera auprès de son service juridique si les fiches papier peuvent être "
                      "détruites après numérisation.")

    p(doc, "IV. – Enquête de satisfaction : nouvelles traductions", b=True, size=11, before=14)
    p(doc, "L’enquête existe aujourd’hui en français, néerlandais, arabe, dari, pachto, tigrinya et ukrainien. "
           "Plusieurs CPAS demandent une version en somali et en turc. Hanne signale que la version orale "
           "(lecture par un médiateur interculturel) donne de meilleurs résultats avec les personnes peu "
           "alphabétisées.", align="justify")
    liege_action(doc, "une personne doit encore être désignée pour coordonner les nouvelles traductions "
                      "(somali, turc).")

    p(doc, "V. – Divers", b=True, size=11, before=14)
    p(doc, "Aurélie présente brièvement le nouveau module numérique de Liège, qui a démarré en janvier avec "
           "douze participants.", align="justify")
    p(doc, "Youssef propose que la réunion de juin ait lieu en présentiel au CPAS de Bruxelles ; la proposition "
           "est acceptée.", align="justify")
    rich(doc, [("Prochaine réunion : ", "bu"),
               ("jeudi 12 juin 2025, en présentiel au CPAS de Bruxelles (sous réserve).", "b")], after=12)
    p(doc, "Remarque : les chiffres du CPAS de Binche (tableau du point II b) doivent encore être ajoutés.",
      i=True, size=9)

    expected = {
        "file": fn,
        "languages": ["fr"],
        "online": True,
        "interpretation": True,
        "date": "2025-02-11",
        "people": [
            ["Sarah Benali", "Present", "SPP"],
            ["Koen Dewulf", "Present", "SPP"],
            ["Silvia Soares", "Present", "LIEGE"],
            ["Marc Lejeune", "Present", "LIEGE"],
            ["Aurélie Pirard", "Present", "LIEGE"],
            ["Ann Van de Velde", "Present", "GENT"],
            ["Hanne De Smet", "Present", "GENT"],
            ["Sandrine Dufour", "Present", "CHARLEROI"],
            ["Yasmina Bouhlal", "Present", "ANTWERPEN"],
            ["Lien Goossens", "Present", "MORTSEL"],
            ["Youssef El Amrani", "Present", "BRUXELLES"],
            ["Anne-Marie Fontaine", "Present", None],
            ["Bram Coppens", "Present", None],
            ["Ibrahim Aguelmin", "Excused", "LIEGE"],
            ["Christelle Marchal", "Excused", "BINCHE"],
            ["Greet Verhaegen", "Excused", "SCHOTEN"],
        ],
        "agenda": [
            ["", "", "Approbation du PV de la réunion du 3 octobre 2024"],
            ["", "", "Rapportage annuel 2024 : indicateurs communs et chiffres par CPAS"],
            ["", "", "Conservation des documents et protection des données"],
            ["", "", "Enquête de satisfaction : nouvelles traductions"],
            ["", "", "Divers"],
        ],
        "headings": [
            ["I", "Approbation du PV de la réunion du 3 octobre 2024"],
            ["II", "Rapportage annuel 2024"],
            ["a", "Indicateurs communs"],
            ["b", "Chiffres par CPAS"],
            ["III", "Conservation des documents et protection des données"],
            ["IV", "Enquête de satisfaction : nouvelles traductions"],
            ["V", "Divers"],
        ],
        "actions": [
            ["Several Network Contacts", ["Marc Lejeune", "Yasmina Bouhlal"], None,
             "Marc et Yasmina comparent leurs grilles d’évaluation"],
            ["CPAS", [], None, "chaque CPAS envoie ses chiffres définitifs 2024"],
            ["SPP", [], None, "le SPP vérifiera auprès de son service juridique"],
            ["To Be Assigned", [], None, "une personne doit encore être désignée"],
        ],
        "next_meeting": {"date": "2025-06-12",
                         "text": "Prochaine réunion : jeudi 12 juin 2025, en présentiel au CPAS de Bruxelles "
                                 "(sous réserve)."},
        "remarks": ["Remarque : les chiffres du CPAS de Binche (tableau du point II b) doivent encore être ajoutés."],
    }
    return fn, doc, expected


# ----------------------------------------------------------------------------
# 69 - Ozlem Baslari (CPAS de Charleroi), Zoom, 18 June 2020, FR
# ----------------------------------------------------------------------------

def r69():
    fn = "69_cr_reseau_zoom_2020.docx"
    doc = new_doc("Arial", 11)
    header_footer(doc, ("CPAS de Charleroi – Service Action Migrants – Projet Activ'UP",))

    p(doc, "Compte rendu de la réunion du réseau FAMI", b=True, size=14)
    p(doc, "Jeudi 18 juin 2020 – 10h00 à 12h00 – visioconférence Zoom", b=True, after=0)
    p(doc, "Rédaction : O. Baslari", i=True, after=10)

    p(doc, "Présents :", b=True, u=True, after=0)
    for line in ["- Nathalie Mertens, SPP IS",
                 "- Lisa Asselman, SPP IS",
                 "- Ozlem Baslari, CPAS Charleroi",
                 "- Véronique Lambot, CPAS Charleroi",
                 "- Christelle Marchal, CPAS Binche",
                 "- Ibrahim Aguelmin, CPAS Liège",
                 "- Silvia Soares, CPAS Liège",
                 "- Johan Maekelberg, OCMW Gent",
                 "- Nauar Elfargani, OCMW Antwerpen",
                 "- Agnès Dubus, CPAS Bruxelles"]:
        p(doc, line, after=0)
    rich(doc, [("Excusés : ", "bu"), "Mieke De Roo (OCMW Gent) et Karim Bouzidi (CPAS Charleroi)."],
         after=4).paragraph_format.space_before = Pt(6)
    p(doc, "Pas d'interprétation pour cette réunion : Johan et Nauar ont préféré suivre en français.", i=True,
      after=10)

    p(doc, "Ordre du jour :", b=True, u=True, after=0)
    for line in ["1) Tour de table : comment allez-vous ? (10h00 – 10h15)",
                 "2) Reprise des activités après le confinement (10h15 – 11h00)",
                 "3) Recrutement et accompagnement à distance (11h00 – 11h30)",
                 "4) Prolongation des projets et budget 2020 (11h30 – 11h50)",
                 "5) Divers (11h50 – 12h00)"]:
        p(doc, line, after=0)

    p(doc, "1. Tour de table", b=True, u=True, before=14)
    p(doc, "Toutes les équipes sont en bonne santé. Elles ont travaillé en grande partie en télétravail depuis le "
           "16 mars. Les contacts avec les participants ont été maintenus surtout par téléphone et par WhatsApp. "
           "Plusieurs CPAS signalent des situations de grande détresse chez les participants (isolement, enfants "
           "à la maison, perte d'un travail intérimaire).", align="justify")

    p(doc, "2. Reprise des activités après le confinement", b=True, u=True, before=14)
    p(doc, "2.1 Règles pour les groupes", b=True)
    p(doc, "Depuis le 8 juin, les activités collectives peuvent reprendre en petits groupes. Les règles diffèrent "
           "d'un CPAS à l'autre :", align="justify")
    bullets(doc, [
        "Charleroi et Binche : 3 participants + 1 formateur, masque obligatoire, désinfection des tables entre "
        "deux groupes ;",
        "Liège : également 3 + 1, uniquement pour l'atelier créatif et l'atelier informatique ;",
        "Gand : 4 + 1, dans une grande salle du CPAS ;",
        "Anvers : uniquement de l'accompagnement individuel jusqu'en septembre ;",
        "Bruxelles : activités collectives suspendues jusqu'à la rentrée.",
    ])
    p(doc, "Véronique a rédigé un protocole sanitaire pour les ateliers de Charleroi, validé par le conseiller en "
           "prévention.", align="justify")
    p(doc, "2.2 Outils numériques", b=True)
    p(doc, "Le confinement a montré la fracture numérique : beaucoup de participants n'ont qu'un smartphone "
           "(souvent partagé avec les enfants) et pas d'abonnement internet. Les groupes WhatsApp ont bien "
           "fonctionné pour garder le lien ; les petites vidéos en français simple ont eu du succès à Liège. Zoom "
           "reste difficile pour la plupart des participants.", align="justify")

    p(doc, "3. Recrutement et accompagnement à distance", b=True, u=True, before=14)
    p(doc, "Le recrutement est à l'arrêt depuis mars : plus de séances d'information, et les AS des antennes ont "
           "d'autres priorités. Johan explique qu'à Gand le coaching individuel a continué par téléphone, avec un "
           "appel par semaine, ce qui a permis de garder presque tous les participants. Nauar confirme la même "
           "expérience à Anvers.", align="justify")

    p(doc, "4. Prolongation des projets et budget 2020", b=True, u=True, before=14)
    p(doc, "Nathalie explique que les projets peuvent demander une prolongation pour compenser la période de "
           "confinement. Une partie du budget 2020 n'a pas été utilisée (activités annulées, sorties "
           "socio-culturelles). Un avenant à la convention est nécessaire. Pour le CPAS de Liège, les frais de "
           "repas à la ferme n'ont pas été engagés.", align="justify")

    p(doc, "5. Divers", b=True, u=True, before=14)
    p(doc, "Agnès annonce que le projet du CPAS de Bruxelles a obtenu un nouveau local, plus grand.")

    p(doc, "Récapitulatif des actions", b=True, u=True, before=14)
    table(doc, [
        ["Quoi", "Qui", "Pour quand"],
        ["Envoyer le modèle d'avenant pour la prolongation", "SPP IS", "30/06/2020"],
        ["Partager le protocole sanitaire des ateliers (3 + 1)", "Véronique", "25/06/2020"],
        ["Faire un relevé des participants sans smartphone ni ordinateur", "Tous les CPAS", "septembre"],
        ["Préparer une note sur le coaching par téléphone", "Johan + Nauar", "prochaine réunion"],
        ["Renvoyer le budget 2020 adapté", "CPAS Liège", "15/07/2020"],
        ["Organiser une petite formation Zoom pour les animateurs", "à définir", "?"],
    ], widths=[9.5, 3.5, 3.0])

    rich(doc, [("Prochaine réunion : ", "b"), "septembre 2020 (date via Doodle), si possible en présentiel."],
         after=6).paragraph_format.space_before = Pt(10)
    p(doc, "NB : les chiffres de participation de Binche pour le module en cours restent à compléter.", i=True)

    expected = {
        "file": fn,
        "languages": ["fr"],
        "online": True,
        "interpretation": False,
        "date": "2020-06-18",
        "people": [
            ["Nathalie Mertens", "Present", "SPP"],
            ["Lisa Asselman", "Present", "SPP"],
            ["Ozlem Baslari", "Present", "CHARLEROI"],
            ["Véronique Lambot", "Present", "CHARLEROI"],
            ["Christelle Marchal", "Present", "BINCHE"],
            ["Ibrahim Aguelmin", "Present", "LIEGE"],
            ["Silvia Soares", "Present", "LIEGE"],
            ["Johan Maekelberg", "Present", "GENT"],
            ["Nauar Elfargani", "Present", "ANTWERPEN"],
            ["Agnès Dubus", "Present", "BRUXELLES"],
            ["Mieke De Roo", "Excused", "GENT"],
            ["Karim Bouzidi", "Excused", "CHARLEROI"],
        ],
        "agenda": [
            ["10:00", "10:15", "Tour de table : comment allez-vous ?"],
            ["10:15", "11:00", "Reprise des activités après le confinement"],
            ["11:00", "11:30", "Recrutement et accompagnement à distance"],
            ["11:30", "11:50", "Prolongation des projets et budget 2020"],
            ["11:50", "12:00", "Divers"],
        ],
        "headings": [
            ["1", "Tour de table"],
            ["2", "Reprise des activités après le confinement"],
            ["2.1", "Règles pour les groupes"],
            ["2.2", "Outils numériques"],
            ["3", "Recrutement et accompagnement à distance"],
            ["4", "Prolongation des projets et budget 2020"],
            ["5", "Divers"],
            ["", "Récapitulatif des actions"],
        ],
        "actions": [
            ["SPP", [], None, "Envoyer le modèle d'avenant pour"],
            ["Network Contact", ["Véronique Lambot"], None, "Partager le protocole sanitaire des ateliers"],
            ["CPAS", [], None, "Faire un relevé des participants"],
            ["Several Network Contacts", ["Johan Maekelberg", "Nauar Elfargani"], None,
             "Préparer une note sur le coaching"],
            ["CPAS", [], "LIEGE", "Renvoyer le budget 2020 adapté"],
            ["To Be Assigned", [], None, "Organiser une petite formation Zoom"],
        ],
        "next_meeting": {"date": None,
                         "text": "Prochaine réunion : septembre 2020 (date via Doodle), si possible en présentiel."},
        "remarks": ["NB : les chiffres de participation de Binche pour le module en cours restent à compléter."],
    }
    return fn, doc, expected


# ----------------------------------------------------------------------------
# 70 - Ozlem Baslari (CPAS de Charleroi), Charleroi, 13 June 2023, FR + NL summary
# ----------------------------------------------------------------------------

def r70():
    fn = "70_cr_rencontre_charleroi_2023.docx"
    doc = new_doc("Arial", 11)
    header_footer(doc, ("CPAS de Charleroi – Service Action Migrants – Projet Activ'UP",), page_label="")

    p(doc, "Compte rendu – Rencontre du réseau FAMI au CPAS de Charleroi", b=True, size=14)
    p(doc, "Mardi 13 juin 2023 – 9h30 à 15h00", b=True, after=0)
    p(doc, "Lieu : CPAS de Charleroi, Service Action Migrants, salle polyvalente (2e étage)", after=0)
    p(doc, "Interprétation simultanée FR/NL assurée par Sophie Lambrecht et Bram Coppens (cabine mobile).",
      after=0)
    p(doc, "Rédaction : O. Baslari", i=True, after=10)

    p(doc, "Présents :", b=True, u=True, after=0)
    for line in ["- Sarah Benali, SPP IS",
                 "- Pieter Vanhoutte, SPP IS",
                 "- Ozlem Baslari, CPAS Charleroi",
                 "- Sandrine Dufour, CPAS Charleroi",
                 "- Karim Bouzidi, CPAS Charleroi",
                 "- Christelle Marchal, CPAS Binche",
                 "- Marc Lejeune, CPAS Liège",
                 "- Ann Van de Velde, OCMW Gent",
                 "- Evi Janssens, OCMW Antwerpen",
                 "- Greet Verhaegen, OCMW Schoten",
                 "- Patricia Vandenbroeck, CPAS Bruxelles",
                 "- Damien Hubert, CRIC Charleroi",
                 "- Françoise Collard, Lire et Écrire Charleroi Sud-Hainaut",
                 "- Sophie Lambrecht et Bram Coppens, interprètes"]:
        p(doc, line, after=0)
    rich(doc, [("Excusés : ", "bu"),
               "Silvia Soares (CPAS Liège), Kristof Mertens (OCMW Edegem), Youssef El Amrani (CPAS Bruxelles)."],
         after=10).paragraph_format.space_before = Pt(6)

    p(doc, "Programme :", b=True, u=True, after=0)
    for a, b in [("9h30", "Accueil"),
                 ("10h00 – 10h30", "Mot d'accueil de la Présidente et tour de table"),
                 ("10h30 – 11h30", "Activ'UP 2022-2023 : bilan du recrutement"),
                 ("11h30 – 12h30", "Alphabétisation et FLE : collaboration avec Lire et Écrire et le CRIC"),
                 ("12h30 – 13h30", "Lunch"),
                 ("13h30 – 14h30", "Visite de l'atelier carton et de l'atelier informatique"),
                 ("14h30 – 15h00", "Conclusions et prochaines étapes")]:
        tab_line(doc, a, b, 3.3)

    p(doc, "1. Accueil et tour de table", b=True, u=True, before=14)
    p(doc, "La Présidente du CPAS souhaite la bienvenue au réseau et rappelle l'engagement du CPAS de Charleroi "
           "dans le FAMI depuis 2015. Tour de table : Gand et Anvers signalent une forte augmentation des "
           "participants ukrainiens ; à Schoten, le groupe du printemps est complet ; Bruxelles a une nouvelle "
           "équipe depuis janvier.", align="justify")

    p(doc, "2. Activ'UP 2022-2023 : bilan du recrutement", b=True, u=True, before=14)
    p(doc, "Sandrine présente le bilan du recrutement pour le module 2022-2023 :")
    bullets(doc, [
        "640 bénéficiaires potentiels repérés avec l'observatoire local du CPAS ;",
        "220 personnes retenues par les AS des antennes sociales ;",
        "81 personnes présentes aux séances d'information (37 %) ;",
        "54 participants ont commencé le module, 41 sont toujours actifs en juin.",
    ])
    p(doc, "Le rappel par SMS la veille de la séance d'information reste très efficace. Karim souligne que "
           "l'entretien d'admission prend plus de temps qu'avant : beaucoup de candidats ont des problèmes de "
           "logement ou de santé qu'il faut d'abord régler.", align="justify")

    p(doc, "3. Alphabétisation et FLE", b=True, u=True, before=14)
    p(doc, "Françoise Collard (Lire et Écrire) explique que de nombreux participants orientés vers les cours de "
           "FLE sont en réalité analphabètes dans leur langue maternelle. Un test de positionnement simple permet "
           "d'orienter vers l'alphabétisation ou vers le FLE. Damien Hubert (CRIC) rappelle que le parcours "
           "d'intégration wallon prévoit jusqu'à 400 heures de formation en français langue étrangère pour les "
           "personnes qui en ont besoin.", align="justify")
    p(doc, "Les listes d'attente restent longues : jusqu'à six mois pour certains groupes d'alphabétisation à "
           "Charleroi.", align="justify")

    p(doc, "4. Visite des ateliers", b=True, u=True, before=14)
    p(doc, "L'après-midi, le réseau a visité l'atelier carton (fabrication de petits meubles) et l'atelier "
           "informatique. Deux participantes ont présenté, en français, ce qu'elles avaient appris pendant "
           "l'année ; l'interprétation a été assurée en chuchotage pendant la visite.", align="justify")

    p(doc, "5. Conclusions et prochaines étapes", b=True, u=True, before=14)
    p(doc, "Ce qui marche, selon les participants de la rencontre : l'intensité du suivi (les participants "
           "viennent presque tous les jours), les liens entre les agents et les participants, l'esprit de groupe "
           "en fin de module et la collaboration avec les associations locales.", align="justify")
    p(doc, "Ce qu'il faut encore améliorer : la communication quand un horaire change ou qu'un cours est annulé, "
           "l'équilibre entre anciens et nouveaux participants dans les horaires, et ne pas imposer d'activités "
           "obligatoires sur des sujets sensibles (sexualité, violences conjugales).", align="justify")
    p(doc, "Les prochaines étapes retenues sont les suivantes :")
    bullets(doc, [
        "Envoyer la présentation Activ'UP 2022-2023 à tous les participants de la rencontre – Ozlem",
        "Organiser une rencontre entre Lire et Écrire et les formateurs FLE des CPAS wallons – Françoise et Karim",
        "Intégrer le test de positionnement dans l'entretien d'admission – CPAS de Charleroi",
        "Proposer une date pour la rencontre d'automne – SPP IS",
        "Trouver qui présentera le projet de Gand à la prochaine rencontre – à déterminer",
    ])
    rich(doc, [("Prochaine rencontre : automne 2023, à Gand (date à fixer).", "b")]).paragraph_format.space_before = Pt(8)
    p(doc, "Les remarques de Lire et Écrire sur le point 3 doivent encore être ajoutées après relecture.", i=True)

    p(doc, "Samenvatting in het Nederlands", b=True, u=True, before=16)
    p(doc, "Op 13 juni 2023 ontving het OCMW van Charleroi het AMIF-netwerk. Het OCMW stelde de resultaten van de "
           "rekrutering voor Activ'UP voor: 640 potentiële deelnemers, 220 weerhouden door de maatschappelijk "
           "werkers, 81 aanwezigen op de infosessies (37 %) en 54 gestarte deelnemers. Lire et Écrire en het CRIC "
           "lichtten toe hoe analfabete deelnemers beter naar alfabetisering kunnen worden doorverwezen; de "
           "wachtlijsten blijven lang. In de namiddag werden het kartonatelier en het informatica-atelier bezocht. "
           "De actiepunten staan hierboven onder punt 5.", align="justify")

    expected = {
        "file": fn,
        "languages": ["fr", "nl"],
        "online": False,
        "interpretation": True,
        "date": "2023-06-13",
        "people": [
            ["Sarah Benali", "Present", "SPP"],
            ["Pieter Vanhoutte", "Present", "SPP"],
            ["Ozlem Baslari", "Present", "CHARLEROI"],
            ["Sandrine Dufour", "Present", "CHARLEROI"],
            ["Karim Bouzidi", "Present", "CHARLEROI"],
            ["Christelle Marchal", "Present", "BINCHE"],
            ["Marc Lejeune", "Present", "LIEGE"],
            ["Ann Van de Velde", "Present", "GENT"],
            ["Evi Janssens", "Present", "ANTWERPEN"],
            ["Greet Verhaegen", "Present", "SCHOTEN"],
            ["Patricia Vandenbroeck", "Present", "BRUXELLES"],
            ["Damien Hubert", "Present", None],
            ["Françoise Collard", "Present", None],
            ["Sophie Lambrecht", "Present", None],
            ["Bram Coppens", "Present", None],
            ["Silvia Soares", "Excused", "LIEGE"],
            ["Kristof Mertens", "Excused", "EDEGEM"],
            ["Youssef El Amrani", "Excused", "BRUXELLES"],
        ],
        "agenda": [
            ["09:30", "", "Accueil"],
            ["10:00", "10:30", "Mot d'accueil de la Présidente et tour de table"],
            ["10:30", "11:30", "Activ'UP 2022-2023 : bilan du recrutement"],
            ["11:30", "12:30", "Alphabétisation et FLE : collaboration avec Lire et Écrire et le CRIC"],
            ["12:30", "13:30", "Lunch"],
            ["13:30", "14:30", "Visite de l'atelier carton et de l'atelier informatique"],
            ["14:30", "15:00", "Conclusions et prochaines étapes"],
        ],
        "headings": [
            ["1", "Accueil et tour de table"],
            ["2", "Activ'UP 2022-2023 : bilan du recrutement"],
            ["3", "Alphabétisation et FLE"],
            ["4", "Visite des ateliers"],
            ["5", "Conclusions et prochaines étapes"],
            ["", "Samenvatting in het Nederlands"],
        ],
        "actions": [
            ["Network Contact", ["Ozlem Baslari"], None, "Envoyer la présentation Activ'UP 2022-2023"],
            ["Several Network Contacts", ["Françoise Collard", "Karim Bouzidi"], None,
             "Organiser une rencontre entre Lire et Écrire"],
            ["CPAS", [], "CHARLEROI", "Intégrer le test de positionnement dans"],
            ["SPP", [], None, "Proposer une date pour la rencontre"],
            ["To Be Assigned", [], None, "Trouver qui présentera le projet de Gand"],
        ],
        "next_meeting": {"date": None, "text": "Prochaine rencontre : automne 2023, à Gand (date à fixer)."},
        "remarks": ["Les remarques de Lire et Écrire sur le point 3 doivent encore être ajoutées après relecture."],
    }
    return fn, doc, expected


# ----------------------------------------------------------------------------
# 71 - Nauar Elfargani (OCMW Antwerpen), Antwerpen, 15 March 2018, NL + FR résumé
# ----------------------------------------------------------------------------

def r71():
    fn = "71_verslag_netwerk_antwerpen_2018.docx"
    doc = new_doc("Calibri", 11)
    header_footer(doc, ("OCMW Antwerpen – AMIF-project", "Verslag netwerkbijeenkomst 15/03/2018"),
                  page_label="blz. ")

    heading(doc, "Verslag AMIF-netwerkbijeenkomst OCMW's", 0)
    rich(doc, [("Datum: ", "b"), "donderdag 15 maart 2018"], after=0)
    rich(doc, [("Locatie: ", "b"), "OCMW Antwerpen, Lange Gasthuisstraat, 2000 Antwerpen (vergaderzaal 3de verdieping)"],
         after=0)
    rich(doc, [("Verslaggever: ", "b"), "Nauar Elfargani"], after=10)

    p(doc, "Aanwezig:", b=True, after=2)
    table(doc, [
        ["Naam", "Organisatie"],
        ["Nauar Elfargani", "OCMW Antwerpen"],
        ["Bart Wouters", "OCMW Antwerpen"],
        ["Evi Janssens", "OCMW Antwerpen"],
        ["Greet Verhaegen", "OCMW Schoten"],
        ["Kristof Mertens", "OCMW Edegem"],
        ["Lien Goossens", "OCMW Mortsel"],
        ["Lisa Asselman", "POD Maatschappelijke Integratie"],
        ["Mieke De Roo", "OCMW Gent"],
        ["Ibrahim Laaroussi", "OCMW Gent"],
        ["Silvia Soares", "OCMW Luik"],
        ["Ozlem Baslari", "OCMW Charleroi"],
        ["Agnès Dubus", "OCMW Brussel"],
        ["Jeroen Verbeke", "Agentschap Integratie en Inburgering"],
    ], widths=[5.5, 9.0])
    rich(doc, [("Verontschuldigd: ", "b"), "Johan Maekelberg (OCMW Gent), Ibrahim Aguelmin (OCMW Luik)"],
         after=4).paragraph_format.space_before = Pt(8)
    p(doc, "De vergadering verliep in het Nederlands en het Frans, zonder tolk. Onderaan volgt een korte "
           "samenvatting in het Frans.", i=True)

    p(doc, "Agenda", b=True, after=2)
    for line in ["09u30 – 10u00: Onthaal",
                 "10u00 – 10u45: Voorstelling project OCMW Antwerpen en partnergemeenten",
                 "10u45 – 11u30: Inburgering en AMIF: samenwerking met het Agentschap",
                 "11u30 – 12u15: Intake en oriëntatie: hoe doen de andere OCMW's het?",
                 "12u15 – 12u30: Varia en volgende bijeenkomst"]:
        p(doc, line, after=0)

    heading(doc, "A. Onthaal en inleiding", 1)
    p(doc, "Bart Wouters, teamcoördinator, verwelkomt de deelnemers in Antwerpen. Lisa overloopt de afspraken van "
           "de vorige bijeenkomst in Gent (16 november 2017): de projectfiches van alle OCMW's zijn intussen "
           "ontvangen en werden samen met het verslag verspreid.")

    heading(doc, "B. Project OCMW Antwerpen", 1)
    heading(doc, "1) Werking in Antwerpen", 2)
    p(doc, "Evi stelt het Antwerpse project voor. De deelnemers worden doorverwezen door de maatschappelijk "
           "werkers van de sociale centra. Na een intakegesprek volgt een individueel traject van zes tot negen "
           "maanden, met om de twee weken een gesprek en maandelijks een groepsactiviteit (bezoek aan de "
           "bibliotheek, het stadhuis, een vakbond…). In 2017 startten 87 deelnemers, van wie 61 het traject "
           "hebben afgerond.")
    p(doc, "Een knelpunt is de wachttijd voor de lessen Nederlands bij het Huis van het Nederlands: sommige "
           "deelnemers wachten drie maanden.")
    heading(doc, "2) Partnergemeenten Schoten, Edegem en Mortsel", 2)
    p(doc, "Sinds januari 2018 werken de OCMW's van Schoten, Edegem en Mortsel als partner mee aan het project. "
           "Greet en Kristof vertellen dat de aantallen klein zijn (vijf tot tien deelnemers per gemeente), maar "
           "dat de nabijheid een groot voordeel is: de deelnemers moeten niet naar Antwerpen-centrum. In Mortsel "
           "starten de eerste deelnemers pas in april.")

    heading(doc, "C. Samenwerking met het Agentschap Integratie en Inburgering", 1)
    p(doc, "Jeroen Verbeke licht het inburgeringstraject in Vlaanderen toe: een cursus maatschappelijke "
           "oriëntatie, lessen Nederlands, trajectbegeleiding naar werk en een netwerk- en participatietraject. "
           "Veel AMIF-deelnemers in Gent en Antwerpen volgen dit traject al of moeten het nog starten. Afstemming "
           "is nodig om te vermijden dat deelnemers twee keer dezelfde vragen krijgen.")
    p(doc, "De Franstalige OCMW's vergelijken met het integratietraject in Wallonië en Brussel; Ozlem legt uit "
           "dat er in Charleroi een samenwerking bestaat met het CRIC.")

    heading(doc, "D. Intake en oriëntatie", 1)
    p(doc, "Elk OCMW legt uit hoe het intakegesprek verloopt:")
    bullets(doc, [
        "Gent: intake door een maatschappelijk werker samen met een intercultureel bemiddelaar;",
        "Luik: oriëntatiebalans en drie contracten (maatschappelijk werker, intakeverantwoordelijke, "
        "moduleverantwoordelijke);",
        "Charleroi: infosessie voor alle kandidaten, daarna een individueel gesprek;",
        "Brussel: intake in groep, gevolgd door een kort individueel gesprek;",
        "Antwerpen: intake met een vragenlijst over netwerk, taal, gezondheid en motivatie.",
    ])
    p(doc, "Iedereen vindt het nuttig om de intake-instrumenten naast elkaar te leggen.")

    heading(doc, "E. Varia", 1)
    p(doc, "Agnès vraagt of de volgende bijeenkomst in Brussel kan doorgaan; dat is in orde.")
    rich(doc, [("Volgende bijeenkomst: dinsdag 19 juni 2018 bij OCMW Brussel.", "b")])

    p(doc, "Actiepunten", b=True, size=12, before=12)
    table(doc, [
        ["Actiepunt", "Verantwoordelijke", "Deadline"],
        ["Overzicht maken van de doorverwijzingen tussen OCMW en inburgering", "Jeroen Verbeke", "mei 2018"],
        ["Intakeformulier van Antwerpen delen met het netwerk", "Nauar", "30 maart"],
        ["Afspraken over gedeelde dossiers en privacy nakijken", "POD MI", "volgende bijeenkomst"],
        ["Intake-instrumenten vergelijken en voorstellen op de volgende bijeenkomst", "Silvia en Mieke", "19 juni"],
        ["Aantal deelnemers Mortsel doorgeven na de opstart", "OCMW Mortsel", "eind april"],
    ], widths=[9.0, 4.0, 3.5])
    p(doc, "Opmerking: de Franse samenvatting moet nog worden nagelezen.", i=True, before=8)

    p(doc, "Résumé en français", b=True, size=12, before=12)
    p(doc, "Le 15 mars 2018, le CPAS d'Anvers a accueilli le réseau FAMI. Anvers a présenté son projet (trajets "
           "individuels de six à neuf mois, activités de groupe mensuelles) et la collaboration avec ses "
           "nouveaux partenaires, les CPAS de Schoten, Edegem et Mortsel. Jeroen Verbeke (Agentschap Integratie "
           "en Inburgering) a expliqué le parcours d'intégration flamand ; une meilleure coordination avec les "
           "projets FAMI est nécessaire. Chaque CPAS a ensuite présenté sa manière de mener l'entretien "
           "d'admission. Les actions figurent dans le tableau ci-dessus.", align="justify")

    expected = {
        "file": fn,
        "languages": ["nl", "fr"],
        "online": False,
        "interpretation": False,
        "date": "2018-03-15",
        "people": [
            ["Nauar Elfargani", "Present", "ANTWERPEN"],
            ["Bart Wouters", "Present", "ANTWERPEN"],
            ["Evi Janssens", "Present", "ANTWERPEN"],
            ["Greet Verhaegen", "Present", "SCHOTEN"],
            ["Kristof Mertens", "Present", "EDEGEM"],
            ["Lien Goossens", "Present", "MORTSEL"],
            ["Lisa Asselman", "Present", "SPP"],
            ["Mieke De Roo", "Present", "GENT"],
            ["Ibrahim Laaroussi", "Present", "GENT"],
            ["Silvia Soares", "Present", "LIEGE"],
            ["Ozlem Baslari", "Present", "CHARLEROI"],
            ["Agnès Dubus", "Present", "BRUXELLES"],
            ["Jeroen Verbeke", "Present", None],
            ["Johan Maekelberg", "Excused", "GENT"],
            ["Ibrahim Aguelmin", "Excused", "LIEGE"],
        ],
        "agenda": [
            ["09:30", "10:00", "Onthaal"],
            ["10:00", "10:45", "Voorstelling project OCMW Antwerpen en partnergemeenten"],
            ["10:45", "11:30", "Inburgering en AMIF: samenwerking met het Agentschap"],
            ["11:30", "12:15", "Intake en oriëntatie: hoe doen de andere OCMW's het?"],
            ["12:15", "12:30", "Varia en volgende bijeenkomst"],
        ],
        "headings": [
            ["A", "Onthaal en inleiding"],
            ["B", "Project OCMW Antwerpen"],
            ["1", "Werking in Antwerpen"],
            ["2", "Partnergemeenten Schoten, Edegem en Mortsel"],
            ["C", "Samenwerking met het Agentschap Integratie en Inburgering"],
            ["D", "Intake en oriëntatie"],
            ["E", "Varia"],
            ["", "Actiepunten"],
            ["", "Résumé en français"],
        ],
        "actions": [
            ["Network Contact", ["Jeroen Verbeke"], None, "Overzicht maken van de doorverwijzingen"],
            ["Network Contact", ["Nauar Elfargani"], None, "Intakeformulier van Antwerpen delen met"],
            ["SPP", [], None, "Afspraken over gedeelde dossiers en privacy"],
            ["Several Network Contacts", ["Silvia Soares", "Mieke De Roo"], None,
             "Intake-instrumenten vergelijken en voorstellen op"],
            ["CPAS", [], "MORTSEL", "Aantal deelnemers Mortsel doorgeven na"],
        ],
        "next_meeting": {"date": "2018-06-19", "text": "Volgende bijeenkomst: dinsdag 19 juni 2018 bij OCMW Brussel."},
        "remarks": ["Opmerking: de Franse samenvatting moet nog worden nagelezen."],
    }
    return fn, doc, expected


# ----------------------------------------------------------------------------
# 72 - Nauar Elfargani (OCMW Antwerpen), Antwerpen, 20 January 2026, NL/FR, interpretation
# ----------------------------------------------------------------------------

def r72():
    fn = "72_verslag_compte_rendu_antwerpen_2026.docx"
    doc = new_doc("Calibri", 11)
    header_footer(doc, ("OCMW Antwerpen – AMIF-project",
                        "Verslag netwerkbijeenkomst / Compte rendu rencontre du réseau – 20/01/2026"),
                  page_label="blz. ")

    def nl_fr(nl, fr):
        p(doc, nl, after=2)
        p(doc, fr, i=True, color="595959")

    heading(doc, "Verslag netwerkbijeenkomst AMIF – Compte rendu de la rencontre du réseau FAMI", 0)
    rich(doc, [("Datum / Date: ", "b"), "dinsdag 20 januari 2026 – mardi 20 janvier 2026"], after=0)
    rich(doc, [("Locatie / Lieu: ", "b"), "OCMW Antwerpen, Lange Gasthuisstraat, 2000 Antwerpen"], after=0)
    rich(doc, [("Tolken / Interprètes: ", "b"),
               "Dirk Van Acker en Anne-Marie Fontaine (simultaanvertaling NL-FR)"], after=0)
    rich(doc, [("Verslaggever / Rédaction: ", "b"), "Nauar Elfargani"], after=10)

    p(doc, "Aanwezig / Présents:", b=True, after=2)
    table(doc, [
        ["Naam / Nom", "Organisatie / Organisation"],
        ["Nauar Elfargani", "OCMW Antwerpen"],
        ["Yasmina Bouhlal", "OCMW Antwerpen"],
        ["Evi Janssens", "OCMW Antwerpen"],
        ["Lien Goossens", "OCMW Mortsel"],
        ["Kristof Mertens", "OCMW Edegem"],
        ["Sarah Benali", "POD MI / SPP IS"],
        ["Hanne De Smet", "OCMW Gent"],
        ["Aurélie Pirard", "CPAS Liège"],
        ["Sandrine Dufour", "CPAS Charleroi"],
        ["Youssef El Amrani", "CPAS Bruxelles"],
        ["Patricia Vandenbroeck", "CPAS Bruxelles"],
        ["Joke Van Damme", "Fedasil"],
        ["Dirk Van Acker", "tolk / interprète"],
        ["Anne-Marie Fontaine", "tolk / interprète"],
    ], widths=[5.5, 9.0])
    rich(doc, [("Verontschuldigd / Excusés: ", "b"),
               "Koen Dewulf (POD MI), Marc Lejeune (CPAS Liège), Greet Verhaegen (OCMW Schoten), "
               "Christelle Marchal (CPAS Binche)"], after=10).paragraph_format.space_before = Pt(8)

    p(doc, "Agenda / Ordre du jour", b=True, after=2)
    for line in ["10u00 – 10u15: Onthaal / Accueil",
                 "10u15 – 11u00: Van opvang naar OCMW (Fedasil) / De l'accueil au CPAS (Fedasil)",
                 "11u00 – 12u00: Jaarcijfers 2025 / Chiffres annuels 2025",
                 "12u00 – 12u30: Bewaring van documenten / Conservation des documents",
                 "12u30 – 13u00: Varia / Divers"]:
        p(doc, line, after=0)

    heading(doc, "A. Onthaal / Accueil", 1)
    nl_fr("Nauar verwelkomt iedereen in Antwerpen en wenst iedereen een goed 2026. Dit is de laatste volledige "
          "werkingsperiode van het huidige AMIF-programma; de netwerkbijeenkomsten van dit jaar staan in het "
          "teken van de afronding.",
          "Nauar souhaite la bienvenue à tous à Anvers et présente ses meilleurs vœux pour 2026. Il s'agit de la "
          "dernière période complète du programme FAMI actuel ; les rencontres du réseau de cette année sont "
          "consacrées à la clôture.")

    heading(doc, "B. Van opvang naar OCMW (Fedasil) / De l'accueil au CPAS (Fedasil)", 1)
    nl_fr("Joke Van Damme (Fedasil) legt uit hoe bewoners van een opvangcentrum na hun erkenning naar een OCMW "
          "doorstromen. Ze hebben twee maanden om het opvangcentrum te verlaten; in die periode zoeken ze een "
          "woning en vragen ze een leefloon aan. Veel nieuwkomers komen zo bij een OCMW terecht zonder dat het "
          "OCMW hun voorgeschiedenis kent.",
          "Joke Van Damme (Fedasil) explique comment les résidents d'un centre d'accueil passent vers un CPAS "
          "après leur reconnaissance. Ils disposent de deux mois pour quitter le centre ; pendant cette période, "
          "ils cherchent un logement et demandent le revenu d'intégration. Beaucoup de primo-arrivants arrivent "
          "ainsi au CPAS sans que celui-ci connaisse leur parcours.")
    nl_fr("De OCMW's vragen om een vast contactpunt per opvangcentrum. Met toestemming van de bewoner kan Fedasil "
          "een korte overdrachtsfiche meegeven.",
          "Les CPAS demandent un point de contact fixe par centre d'accueil. Avec l'accord du résident, Fedasil "
          "peut transmettre une courte fiche de transition.")

    heading(doc, "C. Jaarcijfers 2025 / Chiffres annuels 2025", 1)
    heading(doc, "1) Cijfers / Chiffres", 2)
    nl_fr("Sarah stelt de voorlopige cijfers voor 2025 voor (zie tabel). De indicatoren zijn dezelfde als vorig "
          "jaar.",
          "Sarah présente les chiffres provisoires pour 2025 (voir tableau). Les indicateurs sont les mêmes que "
          "l'an dernier.")
    table(doc, [
        ["OCMW / CPAS", "Deelnemers / Participants", "Taalcursus / Cours de langue",
         "≥ 1 ERK-niveau / ≥ 1 niveau CECR"],
        ["Gent", "124", "80", "35"],
        ["Luik / Liège", "101", "92", "44"],
        ["Charleroi", "97", "58", "22"],
        ["Binche", "–", "–", "–"],
        ["Antwerpen (+ partners)", "141", "95", "41"],
        ["Brussel / Bruxelles", "83", "57", "24"],
    ], widths=[4.5, 3.8, 3.8, 4.0])
    heading(doc, "2) Sterke punten en werkpunten / Points forts et points à améliorer", 2)
    nl_fr("Sterk: de intensieve begeleiding, de groepsdynamiek en de samenwerking met lokale partners. "
          "Werkpunten: het bereik van vrouwen met jonge kinderen (gebrek aan kinderopvang) en de doorstroming naar "
          "werk of opleiding.",
          "Points forts : l'accompagnement intensif, la dynamique de groupe et la collaboration avec les "
          "partenaires locaux. À améliorer : l'accès des femmes avec de jeunes enfants (manque de places "
          "d'accueil) et le passage vers l'emploi ou la formation.")

    heading(doc, "D. Bewaring van documenten / Conservation des documents", 1)
    nl_fr("Sarah herinnert eraan dat de documenten van een AMIF-project vijf jaar bewaard moeten worden vanaf "
          "31 december van het jaar van de laatste betaling (art. 82 Verordening (EU) 2021/1060). "
          "Persoonsgegevens mogen niet langer bewaard worden dan nodig (AVG, art. 5.1.e). Elk OCMW blijft eigenaar "
          "van de gegevens van zijn deelnemers.",
          "Sarah rappelle que les documents d'un projet FAMI doivent être conservés cinq ans à partir du "
          "31 décembre de l'année du dernier paiement (art. 82 du règlement (UE) 2021/1060). Les données "
          "personnelles ne peuvent pas être conservées plus longtemps que nécessaire (RGPD, art. 5.1.e). Chaque "
          "CPAS reste propriétaire des données de ses participants.")

    heading(doc, "E. Varia / Divers", 1)
    nl_fr("Kristof meldt dat Edegem de module digitale vaardigheden graag na 2027 zou voortzetten, eventueel met "
          "eigen middelen. De eindconferentie van het netwerk is gepland in het najaar van 2026.",
          "Kristof signale qu'Edegem aimerait poursuivre le module de compétences numériques après 2027, "
          "éventuellement sur fonds propres. La conférence de clôture du réseau est prévue à l'automne 2026.")

    heading(doc, "F. Actiepunten / Points d'action", 1)
    table(doc, [
        ["Wie / Qui", "Wat / Quoi", "Tegen / Pour le"],
        ["Joke Van Damme", "Contactlijst van de opvangcentra in de provincies bezorgen. / Transmettre la liste de "
                           "contacts des centres d'accueil par province.", "28/02/2026"],
        ["POD MI / SPP IS", "Nota over de bewaartermijnen rondsturen. / Envoyer une note sur les délais de "
                            "conservation.", "31/03/2026"],
        ["Elk OCMW / Chaque CPAS", "Een inventaris maken van de bewaarde dossiers en documenten. / Faire "
                                   "l'inventaire des dossiers et documents conservés.", "19/05/2026"],
        ["Yasmina en Aurélie / Yasmina et Aurélie", "Een gezamenlijke presentatie voorbereiden voor de "
                                                    "eindconferentie. / Préparer une présentation commune pour la "
                                                    "conférence de clôture.", "september 2026"],
        ["OCMW Edegem", "Nagaan of de module digitale vaardigheden na 2027 kan blijven bestaan. / Vérifier si le "
                        "module de compétences numériques peut être maintenu après 2027.", "19/05/2026"],
        ["Nog te bepalen / À déterminer", "Een moderator zoeken voor de eindconferentie. / Trouver un modérateur "
                                          "pour la conférence de clôture.", "juni 2026"],
    ], widths=[3.8, 9.5, 2.8])

    rich(doc, [("Volgende bijeenkomst / Prochaine rencontre: dinsdag 19 mei 2026 – mardi 19 mai 2026, "
                "CPAS Liège / OCMW Luik.", "b")]).paragraph_format.space_before = Pt(10)
    p(doc, "Opmerking / Remarque: de cijfers van CPAS Binche ontbreken nog in de tabel onder C.1 – les chiffres du "
           "CPAS de Binche doivent encore être ajoutés au tableau du point C.1.", i=True, size=10)

    expected = {
        "file": fn,
        "languages": ["nl", "fr"],
        "online": False,
        "interpretation": True,
        "date": "2026-01-20",
        "people": [
            ["Nauar Elfargani", "Present", "ANTWERPEN"],
            ["Yasmina Bouhlal", "Present", "ANTWERPEN"],
            ["Evi Janssens", "Present", "ANTWERPEN"],
            ["Lien Goossens", "Present", "MORTSEL"],
            ["Kristof Mertens", "Present", "EDEGEM"],
            ["Sarah Benali", "Present", "SPP"],
            ["Hanne De Smet", "Present", "GENT"],
            ["Aurélie Pirard", "Present", "LIEGE"],
            ["Sandrine Dufour", "Present", "CHARLEROI"],
            ["Youssef El Amrani", "Present", "BRUXELLES"],
            ["Patricia Vandenbroeck", "Present", "BRUXELLES"],
            ["Joke Van Damme", "Present", None],
            ["Dirk Van Acker", "Present", None],
            ["Anne-Marie Fontaine", "Present", None],
            ["Koen Dewulf", "Excused", "SPP"],
            ["Marc Lejeune", "Excused", "LIEGE"],
            ["Greet Verhaegen", "Excused", "SCHOTEN"],
            ["Christelle Marchal", "Excused", "BINCHE"],
        ],
        "agenda": [
            ["10:00", "10:15", "Onthaal / Accueil"],
            ["10:15", "11:00", "Van opvang naar OCMW (Fedasil) / De l'accueil au CPAS (Fedasil)"],
            ["11:00", "12:00", "Jaarcijfers 2025 / Chiffres annuels 2025"],
            ["12:00", "12:30", "Bewaring van documenten / Conservation des documents"],
            ["12:30", "13:00", "Varia / Divers"],
        ],
        "headings": [
            ["A", "Onthaal / Accueil"],
            ["B", "Van opvang naar OCMW (Fedasil) / De l'accueil au CPAS (Fedasil)"],
            ["C", "Jaarcijfers 2025 / Chiffres annuels 2025"],
            ["1", "Cijfers / Chiffres"],
            ["2", "Sterke punten en werkpunten / Points forts et points à améliorer"],
            ["D", "Bewaring van documenten / Conservation des documents"],
            ["E", "Varia / Divers"],
            ["F", "Actiepunten / Points d'action"],
        ],
        "actions": [
            ["Network Contact", ["Joke Van Damme"], None, "Contactlijst van de opvangcentra in"],
            ["SPP", [], None, "Nota over de bewaartermijnen rondsturen"],
            ["CPAS", [], None, "Een inventaris maken van de"],
            ["Several Network Contacts", ["Yasmina Bouhlal", "Aurélie Pirard"], None,
             "Een gezamenlijke presentatie voorbereiden voor"],
            ["CPAS", [], "EDEGEM", "Nagaan of de module digitale"],
            ["To Be Assigned", [], None, "Een moderator zoeken voor de"],
        ],
        "next_meeting": {"date": "2026-05-19",
                         "text": "Volgende bijeenkomst / Prochaine rencontre: dinsdag 19 mei 2026 – mardi 19 mai "
                                 "2026, CPAS Liège / OCMW Luik."},
        "remarks": ["Opmerking / Remarque: de cijfers van CPAS Binche ontbreken nog in de tabel onder C.1 – les "
                    "chiffres du CPAS de Binche doivent encore être ajoutés au tableau du point C.1."],
    }
    return fn, doc, expected


# ----------------------------------------------------------------------------
# 73 - Agnès Dubus (CPAS de Bruxelles), Bruxelles, 5 December 2019, FR | NL side by side
# ----------------------------------------------------------------------------

BXL_HEADER = ("CPAS de Bruxelles – OCMW van Brussel",
              "Département Action sociale – Departement Sociale Actie | Projet FAMI – AMIF-project")


def r73():
    fn = "73_cr_verslag_bruxelles_2019.docx"
    doc = new_doc("Verdana", 9, margins=2.0)
    header_footer(doc, BXL_HEADER, page_label="", header_align="center")

    p(doc, "Rencontre du réseau FAMI – Bijeenkomst AMIF-netwerk", b=True, size=13, align="center", after=0)
    p(doc, "Compte rendu – Verslag", b=True, size=11, align="center", after=0)
    p(doc, "Jeudi 5 décembre 2019 – Donderdag 5 december 2019", align="center", after=0)
    p(doc, "Lieu – Plaats : CPAS de Bruxelles, rue Haute 298A, 1000 Bruxelles – salle du Conseil / Raadzaal",
      align="center", after=12)

    p(doc, "Présents – Aanwezig :", b=True, after=0)
    bullets(doc, [
        "Agnès Dubus (CPAS de Bruxelles / OCMW van Brussel)",
        "Patricia Vandenbroeck (CPAS de Bruxelles / OCMW van Brussel)",
        "Els Dierickx (CPAS de Bruxelles / OCMW van Brussel)",
        "Lisa Asselman (SPP IS / POD MI)",
        "Nathalie Mertens (SPP IS / POD MI)",
        "Johan Maekelberg (CPAS de Gand / OCMW Gent)",
        "Ibrahim Laaroussi (CPAS de Gand / OCMW Gent)",
        "Silvia Soares (CPAS de Liège / OCMW Luik)",
        "Frederic Darras (CPAS de Liège / OCMW Luik)",
        "Ozlem Baslari (CPAS de Charleroi / OCMW Charleroi)",
        "Nauar Elfargani (CPAS d’Anvers / OCMW Antwerpen)",
        "Bart Wouters (CPAS d’Anvers / OCMW Antwerpen)",
        "Hélène Nicaise (Lire et Écrire Bruxelles)",
    ])
    rich(doc, [("Excusés – Verontschuldigd : ", "b"),
               "Mieke De Roo (OCMW Gent), Ibrahim Aguelmin (CPAS de Liège), Greet Verhaegen (OCMW Schoten)"],
         after=4)
    p(doc, "Pas d’interprétation : chacun s’exprime dans sa langue. – Geen tolken: iedereen spreekt in zijn "
           "eigen taal.", i=True, after=10)

    p(doc, "Ordre du jour – Agenda", b=True, after=2)
    for a, b in [("09:30 – 10:00", "Accueil – Onthaal"),
                 ("10:00 – 11:00", "Le projet du CPAS de Bruxelles – Het project van het OCMW van Brussel"),
                 ("11:00 – 11:45", "Lire et Écrire : repérer l’analphabétisme – Lire et Écrire: analfabetisme "
                                   "herkennen"),
                 ("11:45 – 12:30", "Bilan 2019 et perspectives 2020 – Balans 2019 en vooruitzichten 2020"),
                 ("12:30", "Lunch")]:
        tab_line(doc, a, b, 3.0)
    p(doc, "", after=6)

    sections = [
        ("1) Accueil – Onthaal",
         ["Agnès Dubus souhaite la bienvenue au CPAS de Bruxelles. Patricia Vandenbroeck, directrice du "
          "Département Action sociale, rappelle que le projet FAMI s’inscrit dans la politique d’activation "
          "sociale du CPAS.",
          "Lisa rappelle que le programme FAMI 2014-2020 touche à sa fin ; la suite devrait être connue dans le "
          "courant de 2020."],
         ["Agnès Dubus verwelkomt iedereen in het OCMW van Brussel. Patricia Vandenbroeck, directeur van het "
          "Departement Sociale Actie, herinnert eraan dat het AMIF-project deel uitmaakt van het beleid rond "
          "sociale activering van het OCMW.",
          "Lisa herinnert eraan dat het AMIF-programma 2014-2020 afloopt; over het vervolg zou er in de loop van "
          "2020 duidelijkheid komen."], None),
        ("2) Le projet du CPAS de Bruxelles – Het project van het OCMW van Brussel",
         ["Els Dierickx présente le projet : des ateliers collectifs trois matinées par semaine (français, "
          "citoyenneté, informatique), un accompagnement individuel par l’assistant social de référence et une "
          "sortie socioculturelle par mois (musées, Parlement, marché de Noël). Le projet accueille une "
          "quarantaine de participants par an, en majorité des femmes.",
          "Difficulté principale : de nombreuses personnes orientées ne se présentent pas à la première séance. "
          "Depuis 2018, le CPAS envoie un SMS de rappel, comme à Charleroi ; le taux de présence est passé "
          "d’environ 40 % à 60 %."],
         ["Els Dierickx stelt het project voor: groepsateliers op drie voormiddagen per week (Frans, "
          "burgerschap, informatica), individuele begeleiding door de eigen maatschappelijk werker en één "
          "socio-culturele uitstap per maand (musea, Parlement, kerstmarkt). Het project ontvangt een veertigtal "
          "deelnemers per jaar, vooral vrouwen.",
          "Grootste moeilijkheid: veel doorverwezen personen komen niet naar de eerste sessie. Sinds 2018 stuurt "
          "het OCMW een herinnerings-sms, zoals in Charleroi; de opkomst steeg van ongeveer 40 % naar 60 %."],
         None),
        ("3) Lire et Écrire : repérer l’analphabétisme – Lire et Écrire: analfabetisme herkennen",
         ["Hélène Nicaise (Lire et Écrire Bruxelles) explique comment repérer les personnes analphabètes ou peu "
          "scolarisées : elles évitent les formulaires, disent avoir oublié leurs lunettes, demandent à un enfant "
          "de lire un courrier… Elle présente le guide de repérage destiné aux travailleurs sociaux et les "
          "formations que Lire et Écrire organise pour eux."],
         ["Hélène Nicaise (Lire et Écrire Brussel) legt uit hoe je analfabete of laaggeschoolde personen kunt "
          "herkennen: ze vermijden formulieren, zeggen dat ze hun bril vergeten zijn, vragen een kind om een brief "
          "voor te lezen… Ze stelt de gids voor maatschappelijk werkers voor en de vormingen die Lire et Écrire "
          "voor hen organiseert."], None),
        ("4) Bilan 2019 et perspectives 2020 – Balans 2019 en vooruitzichten 2020",
         ["Chaque CPAS présente brièvement son bilan 2019 :"],
         ["Elk OCMW geeft een korte balans van 2019:"],
         (["Gand : 64 participants, bonne collaboration avec l’Agentschap Integratie en Inburgering ;",
           "Liège : 71 participants, nouvel atelier créatif avec Frederic Darras à la ferme du CPAS ;",
           "Charleroi : fin du module 4 en juin, 58 participants ;",
           "Anvers : bilan chiffré non disponible ;",
           "Bruxelles : 43 participants, dont 29 femmes."],
          ["Gent: 64 deelnemers, goede samenwerking met het Agentschap Integratie en Inburgering;",
           "Luik: 71 deelnemers, nieuw creatief atelier met Frederic Darras op de boerderij van het OCMW;",
           "Charleroi: einde van module 4 in juni, 58 deelnemers;",
           "Antwerpen: cijfers niet beschikbaar;",
           "Brussel: 43 deelnemers, van wie 29 vrouwen."],
          "Pour 2020, l’enquête de satisfaction reste une priorité du réseau : elle est jugée trop abstraite "
          "pour le public.",
          "Voor 2020 blijft de tevredenheidsenquête een prioriteit van het netwerk: ze wordt te abstract "
          "bevonden voor de doelgroep.")),
        ("5) Actions – Acties", [], [],
         (["Agnès envoie la présentation du projet bruxellois à tous les partenaires.",
           "Hélène transmet le guide de repérage de l’analphabétisme aux CPAS.",
           "Le SPP IS vérifie si une formation des AS par Lire et Écrire peut être financée par le FAMI.",
           "Johan et Ozlem préparent pour la prochaine réunion une proposition d’enquête de satisfaction "
           "simplifiée.",
           "Le CPAS de Liège accueillera la prochaine réunion."],
          ["Agnès stuurt de presentatie van het Brusselse project naar alle partners.",
           "Hélène bezorgt de gids over het herkennen van analfabetisme aan de OCMW’s.",
           "De POD MI gaat na of een vorming voor maatschappelijk werkers door Lire et Écrire met AMIF-middelen "
           "kan worden gefinancierd.",
           "Johan en Ozlem bereiden tegen de volgende vergadering een voorstel van vereenvoudigde "
           "tevredenheidsenquête voor.",
           "Het OCMW van Luik ontvangt de volgende vergadering."], None, None)),
        ("6) Prochaine réunion – Volgende vergadering",
         ["Mardi 10 mars 2020, au CPAS de Liège."],
         ["Dinsdag 10 maart 2020, in het OCMW van Luik."], None),
    ]

    t = doc.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    p(t.cell(0, 0), "Français", b=True, first=True, align="center")
    p(t.cell(0, 1), "Nederlands", b=True, first=True, align="center")
    shade(t.cell(0, 0), "BDD7EE")
    shade(t.cell(0, 1), "FFE699")
    for title, fr, nl, extra in sections:
        row = t.add_row()
        c = row.cells[0].merge(row.cells[1])
        p(c, title, b=True, first=True)
        shade(c, "F2F2F2")
        row = t.add_row()
        cf, cn = row.cells[0], row.cells[1]
        for n, txt in enumerate(fr):
            p(cf, txt, first=(n == 0), align="justify")
        for n, txt in enumerate(nl):
            p(cn, txt, first=(n == 0), align="justify")
        if extra:
            bl_fr, bl_nl, after_fr, after_nl = extra
            for n, txt in enumerate(bl_fr):
                p(cf, txt, style="List Bullet", first=(not fr and n == 0))
            for n, txt in enumerate(bl_nl):
                p(cn, txt, style="List Bullet", first=(not nl and n == 0))
            if after_fr:
                p(cf, after_fr, align="justify")
            if after_nl:
                p(cn, after_nl, align="justify")
    for row in t.rows:
        row.cells[0].width = Cm(8.5)
        row.cells[1].width = Cm(8.5)

    p(doc, "Le bilan chiffré d’Anvers doit encore être ajouté (point 4). – Het cijfermatige overzicht van "
           "Antwerpen moet nog worden toegevoegd (punt 4).", i=True, before=10, color="C00000")

    expected = {
        "file": fn,
        "languages": ["fr", "nl"],
        "online": False,
        "interpretation": False,
        "date": "2019-12-05",
        "people": [
            ["Agnès Dubus", "Present", "BRUXELLES"],
            ["Patricia Vandenbroeck", "Present", "BRUXELLES"],
            ["Els Dierickx", "Present", "BRUXELLES"],
            ["Lisa Asselman", "Present", "SPP"],
            ["Nathalie Mertens", "Present", "SPP"],
            ["Johan Maekelberg", "Present", "GENT"],
            ["Ibrahim Laaroussi", "Present", "GENT"],
            ["Silvia Soares", "Present", "LIEGE"],
            ["Frederic Darras", "Present", "LIEGE"],
            ["Ozlem Baslari", "Present", "CHARLEROI"],
            ["Nauar Elfargani", "Present", "ANTWERPEN"],
            ["Bart Wouters", "Present", "ANTWERPEN"],
            ["Hélène Nicaise", "Present", None],
            ["Mieke De Roo", "Excused", "GENT"],
            ["Ibrahim Aguelmin", "Excused", "LIEGE"],
            ["Greet Verhaegen", "Excused", "SCHOTEN"],
        ],
        "agenda": [
            ["09:30", "10:00", "Accueil – Onthaal"],
            ["10:00", "11:00", "Le projet du CPAS de Bruxelles – Het project van het OCMW van Brussel"],
            ["11:00", "11:45", "Lire et Écrire : repérer l’analphabétisme – Lire et Écrire: analfabetisme herkennen"],
            ["11:45", "12:30", "Bilan 2019 et perspectives 2020 – Balans 2019 en vooruitzichten 2020"],
            ["12:30", "", "Lunch"],
        ],
        "headings": [
            ["1", "Accueil – Onthaal"],
            ["2", "Le projet du CPAS de Bruxelles – Het project van het OCMW van Brussel"],
            ["3", "Lire et Écrire : repérer l’analphabétisme – Lire et Écrire: analfabetisme herkennen"],
            ["4", "Bilan 2019 et perspectives 2020 – Balans 2019 en vooruitzichten 2020"],
            ["5", "Actions – Acties"],
            ["6", "Prochaine réunion – Volgende vergadering"],
        ],
        "actions": [
            ["Network Contact", ["Agnès Dubus"], None, "Agnès envoie la présentation du projet"],
            ["Network Contact", ["Hélène Nicaise"], None, "Hélène transmet le guide de repérage"],
            ["SPP", [], None, "Le SPP IS vérifie si une formation"],
            ["Several Network Contacts", ["Johan Maekelberg", "Ozlem Baslari"], None,
             "Johan et Ozlem préparent pour la prochaine"],
            ["CPAS", [], "LIEGE", "Le CPAS de Liège accueillera la prochaine"],
        ],
        "next_meeting": {"date": "2020-03-10", "text": "Mardi 10 mars 2020, au CPAS de Liège."},
        "remarks": ["Le bilan chiffré d’Anvers doit encore être ajouté (point 4). – Het cijfermatige overzicht van "
                    "Antwerpen moet nog worden toegevoegd (punt 4)."],
    }
    return fn, doc, expected


# ----------------------------------------------------------------------------
# 74 - Agnès Dubus (CPAS de Bruxelles), Teams, 8 February 2022, FR, interpretation
# ----------------------------------------------------------------------------

def r74():
    fn = "74_cr_reunion_thematique_teams_2022.docx"
    doc = new_doc("Verdana", 9, margins=2.0)
    header_footer(doc, BXL_HEADER, page_label="", header_align="center")

    p(doc, "Réunion thématique du réseau FAMI", b=True, size=13, align="center", after=0)
    p(doc, "L’enquête de satisfaction : comment la rendre accessible ?", b=True, i=True, size=11,
      align="center", after=0)
    p(doc, "Compte rendu", b=True, align="center", after=6)
    p(doc, "Mardi 8 février 2022 – 9h30-12h00 – Microsoft Teams", align="center", after=0)
    p(doc, "Interprétation simultanée FR/NL : Bram Coppens et Sophie Lambrecht", i=True, align="center",
      after=12)

    p(doc, "Présents :", b=True, after=0)
    bullets(doc, [
        "Agnès Dubus – CPAS de Bruxelles",
        "Els Dierickx – CPAS de Bruxelles",
        "Youssef El Amrani – CPAS de Bruxelles",
        "Pieter Vanhoutte – SPP IS",
        "Julie Delvaux – SPP IS",
        "Hanne De Smet – OCMW Gent",
        "Marc Lejeune – CPAS de Liège",
        "Claudine Gbambili – CPAS de Liège",
        "Sandrine Dufour – CPAS de Charleroi",
        "Evi Janssens – OCMW Antwerpen",
        "Lien Goossens – OCMW Mortsel",
        "Bram Coppens – interprète",
        "Sophie Lambrecht – interprète",
    ])
    p(doc, "Excusés :", b=True, after=0)
    bullets(doc, [
        "Ozlem Baslari – CPAS de Charleroi",
        "Nauar Elfargani – OCMW Antwerpen",
        "Johan Maekelberg – OCMW Gent",
        "Christelle Marchal – CPAS de Binche",
    ])

    p(doc, "Ordre du jour", b=True, before=8, after=2)
    for a, b in [("9h30 – 9h40", "Ouverture et consignes techniques"),
                 ("9h40 – 10h30", "Résultats de l’enquête de satisfaction 2021"),
                 ("10h30 – 11h15", "Travail en sous-groupes : une enquête plus accessible"),
                 ("11h15 – 11h45", "Retour des sous-groupes"),
                 ("11h45 – 12h00", "Conclusions et suites")]:
        tab_line(doc, a, b, 3.0)

    p(doc, "1) Ouverture", b=True, size=10, color="2F5496", before=14)
    p(doc, "Agnès ouvre la réunion et rappelle les consignes : caméra allumée si possible, micro coupé, choix du "
           "canal d’interprétation (français ou néerlandais) en bas de l’écran. Cette réunion thématique fait "
           "suite à la demande du réseau de revoir l’enquête de satisfaction, jugée peu claire pour le public.",
      align="justify")

    p(doc, "2) Résultats de l’enquête de satisfaction 2021", b=True, size=10, color="2F5496", before=14)
    p(doc, "Julie Delvaux présente les résultats consolidés de 2021 : 214 questionnaires reçus pour l’ensemble "
           "des CPAS, soit un taux de réponse d’environ 45 %. Les participants sont globalement satisfaits "
           "(moyenne de 4,1 sur 5), mais beaucoup de questions restent sans réponse.", align="justify")
    p(doc, "Les animateurs rapportent que :")
    bullets(doc, [
        "les mots « autonomie », « épanouissement » et « compétences » ne sont pas compris ;",
        "l’échelle de 1 à 5 est confondue avec des notes scolaires ;",
        "plusieurs participants répondent « très satisfait » par politesse ;",
        "le questionnaire n’existe qu’en français et en néerlandais.",
    ])

    p(doc, "3) Travail en sous-groupes", b=True, size=10, color="2F5496", before=14)
    p(doc, "3.1) Sous-groupe 1 : le vocabulaire", b=True, i=True)
    p(doc, "Le sous-groupe propose de remplacer les termes abstraits par des phrases concrètes (« Je peux prendre "
           "le bus seul(e) », « Je connais mieux mon quartier ») et d’utiliser des smileys à la place des "
           "chiffres. Hanne montre les pictogrammes utilisés à Gand dans le module « Wegwijs ».", align="justify")
    p(doc, "3.2) Sous-groupe 2 : les langues et les supports", b=True, i=True)
    p(doc, "Le sous-groupe recommande une version orale de l’enquête, administrée par un médiateur interculturel "
           "ou un interprète social, et des traductions en arabe, dari, tigrinya et russe. Evi signale qu’Anvers "
           "utilise déjà des pictogrammes dans son module numérique.", align="justify")

    p(doc, "4) Conclusions", b=True, size=10, color="2F5496", before=14)
    p(doc, "Le réseau s’accorde sur une enquête plus courte (dix questions maximum), avec des smileys, disponible "
           "en version écrite et orale, et traduite dans les principales langues des participants. Les questions "
           "liées aux indicateurs du FAMI (« l’activité m’a aidé(e) dans mon intégration ») sont conservées.",
      align="justify")

    p(doc, "5) Suites à donner", b=True, size=10, color="2F5496", before=14)
    bullets(doc, [
        [("Julie : ", "b"), "rédiger une nouvelle version de l’enquête sur la base des propositions des "
                            "sous-groupes (pour fin mars)."],
        [("Hanne et Claudine : ", "b"), "tester la nouvelle version avec un groupe de participants à Gand et à "
                                        "Liège."],
        [("SPP IS : ", "b"), "prévoir un budget pour la traduction en arabe, dari, tigrinya et russe."],
        [("Chaque CPAS : ", "b"), "identifier un ou deux participants prêts à relire les pictogrammes."],
        [("CPAS d’Anvers : ", "b"), "partager les pictogrammes de son module numérique."],
        [("À désigner : ", "b"), "centraliser les retours des tests dans un seul tableau."],
    ])

    rich(doc, [("Prochaine réunion du réseau : ", "b"), "mardi 26 avril 2022, en ligne."]).paragraph_format.space_before = Pt(10)
    p(doc, "Les résultats détaillés de Charleroi (point 2) doivent encore être ajoutés.", i=True, color="C00000")

    expected = {
        "file": fn,
        "languages": ["fr"],
        "online": True,
        "interpretation": True,
        "date": "2022-02-08",
        "people": [
            ["Agnès Dubus", "Present", "BRUXELLES"],
            ["Els Dierickx", "Present", "BRUXELLES"],
            ["Youssef El Amrani", "Present", "BRUXELLES"],
            ["Pieter Vanhoutte", "Present", "SPP"],
            ["Julie Delvaux", "Present", "SPP"],
            ["Hanne De Smet", "Present", "GENT"],
            ["Marc Lejeune", "Present", "LIEGE"],
            ["Claudine Gbambili", "Present", "LIEGE"],
            ["Sandrine Dufour", "Present", "CHARLEROI"],
            ["Evi Janssens", "Present", "ANTWERPEN"],
            ["Lien Goossens", "Present", "MORTSEL"],
            ["Bram Coppens", "Present", None],
            ["Sophie Lambrecht", "Present", None],
            ["Ozlem Baslari", "Excused", "CHARLEROI"],
            ["Nauar Elfargani", "Excused", "ANTWERPEN"],
            ["Johan Maekelberg", "Excused", "GENT"],
            ["Christelle Marchal", "Excused", "BINCHE"],
        ],
        "agenda": [
            ["09:30", "09:40", "Ouverture et consignes techniques"],
            ["09:40", "10:30", "Résultats de l’enquête de satisfaction 2021"],
            ["10:30", "11:15", "Travail en sous-groupes : une enquête plus accessible"],
            ["11:15", "11:45", "Retour des sous-groupes"],
            ["11:45", "12:00", "Conclusions et suites"],
        ],
        "headings": [
            ["1", "Ouverture"],
            ["2", "Résultats de l’enquête de satisfaction 2021"],
            ["3", "Travail en sous-groupes"],
            ["3.1", "Sous-groupe 1 : le vocabulaire"],
            ["3.2", "Sous-groupe 2 : les langues et les supports"],
            ["4", "Conclusions"],
            ["5", "Suites à donner"],
        ],
        "actions": [
            ["Network Contact", ["Julie Delvaux"], None, "rédiger une nouvelle version de l’enquête"],
            ["Several Network Contacts", ["Hanne De Smet", "Claudine Gbambili"], None,
             "tester la nouvelle version avec"],
            ["SPP", [], None, "prévoir un budget pour la traduction"],
            ["CPAS", [], None, "identifier un ou deux participants"],
            ["CPAS", [], "ANTWERPEN", "partager les pictogrammes de son module"],
            ["To Be Assigned", [], None, "centraliser les retours des tests"],
        ],
        "next_meeting": {"date": "2022-04-26", "text": "Prochaine réunion du réseau : mardi 26 avril 2022, en ligne."},
        "remarks": ["Les résultats détaillés de Charleroi (point 2) doivent encore être ajoutés."],
    }
    return fn, doc, expected


REPORTS = [r63, r64, r65, r66, r67, r68, r69, r70, r71, r72, r73, r74]


def main():
    for fnc in REPORTS:
        fn, doc, expected = fnc()
        assert expected["file"] == fn
        doc.core_properties.author = {
            "63": "Lisa Asselman", "64": "Lisa Asselman", "65": "Mieke De Roo", "66": "Mieke De Roo",
            "67": "Silvia Soares", "68": "Silvia Soares", "69": "Ozlem Baslari", "70": "Ozlem Baslari",
            "71": "Nauar Elfargani", "72": "Nauar Elfargani", "73": "Agnès Dubus", "74": "Agnès Dubus",
        }[fn[:2]]
        doc.save(os.path.join(HERE, fn))
        base = fn[:-5]
        with open(os.path.join(HERE, base + ".expected.json"), "w", encoding="utf-8") as f:
            json.dump(expected, f, indent=1, ensure_ascii=False)
        print("wrote", fn)


if __name__ == "__main__":
    main()
