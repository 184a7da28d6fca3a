# -*- coding: utf-8 -*-
"""Builds the ten meeting reports 657-666 (AMIF / FAMI network) with python-docx.
Each report is written the way its (invented) writer would do it in Word."""
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_COLOR_INDEX
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

RED = RGBColor(0xC0, 0x00, 0x00)
BLUE = RGBColor(0x1F, 0x4E, 0x79)
GREY = RGBColor(0x59, 0x59, 0x59)
GREEN = RGBColor(0x38, 0x76, 0x1D)
TAGLINE_FR = "Vers une politique de migration plus intégrée, grâce au FAMI"
TAGLINE_NL = "Naar een geïntegreerd migratiebeleid, dankzij het AMIF"


# ---------------------------------------------------------------- helpers
def new_doc(font="Calibri", size=11):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.append(rfonts)
    rfonts.set(qn("w:eastAsia"), font)
    for s in doc.sections:
        s.left_margin = s.right_margin = Cm(2.2)
    return doc


def fmt(run, bold=None, italic=None, color=None, size=None, underline=None, strike=None, highlight=None,
        caps=None):
    if bold is not None:
        run.bold = bold
    if italic is not None:
        run.italic = italic
    if color is not None:
        run.font.color.rgb = color
    if size is not None:
        run.font.size = Pt(size)
    if underline is not None:
        run.underline = underline
    if strike is not None:
        run.font.strike = strike
    if highlight is not None:
        run.font.highlight_color = highlight
    if caps is not None:
        run.font.all_caps = caps
    return run


def P(container, text="", style=None, align=None, space_after=None, **kw):
    """Paragraph with one run (text) or several runs (list of (text, dict))."""
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    if isinstance(text, (list, tuple)):
        for t, f in text:
            if t == "\n":
                p.add_run().add_break()
            else:
                fmt(p.add_run(t), **f)
    elif text:
        fmt(p.add_run(text), **kw)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "justify":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    return p


def H(doc, text, level=1, color=None):
    h = doc.add_heading(level=level)
    r = h.add_run(text)
    if color is not None:
        r.font.color.rgb = color
    return h


def cell_text(cell, text, bold=False, italic=False, color=None, size=None):
    """Write text into a cell; '\n' in text makes a new paragraph inside the cell."""
    parts = text.split("\n")
    cell.paragraphs[0].text = ""
    first = True
    for part in parts:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        if part:
            fmt(p.add_run(part), bold=bold, italic=italic, color=color, size=size)
    return cell


def table(doc, rows, widths=None, style="Table Grid", header=True, size=None, shade=None):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            cell_text(t.cell(i, j), val, bold=(header and i == 0), size=size)
            if shade and header and i == 0:
                set_shading(t.cell(i, j), shade)
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    return t


def set_shading(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def add_field(run, instr):
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
    for el in (f1, it, f2, t, f3):
        run._r.append(el)


def header(doc, text, italic=True, align="right", size=8, color=GREY):
    hp = doc.sections[0].header.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        r = hp.add_run(line)
        fmt(r, italic=italic, size=size, color=color)
        if i < len(lines) - 1:
            r.add_break()
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT if align == "right" else (
        WD_ALIGN_PARAGRAPH.CENTER if align == "center" else WD_ALIGN_PARAGRAPH.LEFT)


def footer(doc, prefix="", page=True, suffix="", size=8):
    fp = doc.sections[0].footer.paragraphs[0]
    fmt(fp.add_run(prefix), size=size, color=GREY)
    if page:
        r = fp.add_run()
        fmt(r, size=size, color=GREY)
        add_field(r, "PAGE")
    if suffix:
        fmt(fp.add_run(suffix), size=size, color=GREY)
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER


def tabbed(doc, cols, tabs_cm, **kw):
    p = doc.add_paragraph()
    for cm in tabs_cm:
        p.paragraph_format.tab_stops.add_tab_stop(Cm(cm))
    fmt(p.add_run("\t".join(cols)), **kw)
    return p


def save(doc, name):
    doc.save(os.path.join(HERE, name))
    print("wrote", name)


# ---------------------------------------------------------------- 657
def r657():
    """Charleroi, Nov 2016: the CPAS's own PV template, some prompts left in."""
    doc = new_doc("Arial", 10)
    header(doc, "CPAS de Charleroi – Service Action Migrants", align="left")
    footer(doc, "Modèle PV-SAM v2.3 – ne pas modifier la mise en page – page ")
    P(doc, "PROCÈS-VERBAL DE RÉUNION", align="center", bold=True, size=16, color=BLUE)
    t = table(doc, [
        ["Objet :", "Rencontre du réseau FAMI – échange entre CPAS"],
        ["Date :", "jeudi 17 novembre 2016"],
        ["Heure :", "9h30 – 15h30"],
        ["Lieu :", "Service Action Migrants, CPAS de Charleroi (salle polyvalente, 1er étage)"],
        ["Rédacteur :", "[Nom du rédacteur]"],
        ["Diffusion :", "participants + excusés, Direction de l'Action sociale"],
    ], widths=[3.5, 13], header=False)
    for row in t.rows:
        row.cells[0].paragraphs[0].runs[0].bold = True
    P(doc)
    P(doc, "PARTICIPANTS", bold=True, color=BLUE, size=11)
    P(doc, "P = présent(e)   E = excusé(e)", italic=True, size=8)
    rows = [["Nom", "Service / Institution", "P / E"],
            ["Isabelle Dethier", "CPAS Charleroi – Service Action Migrants", "P"],
            ["Samira Ait Hammou", "CPAS Charleroi – antenne sociale de Marchienne", "P"],
            ["Kevin Moreau", "CPAS Charleroi – Service Action Migrants", "P"],
            ["Nathalie Vandenbroucke", "SPP Intégration Sociale", "P"],
            ["Marc Deprez", "CPAS Liège – Mod'Actions", "P"],
            ["Fatoumata Diallo", "CPAS Liège – Mod'Actions", "E"],
            ["Bram De Smet", "CPAS Gand (OCMW Gent)", "P"],
            ["Karen Vermeulen", "CPAS Anvers (OCMW Antwerpen)", "P"],
            ["Anne-Sophie Ngoma", "CPAS Bruxelles", "E"],
            ["Laurence Piret", "CPAS Binche (partenaire de Charleroi)", "P"],
            ["[Nom Prénom]", "", ""]]
    table(doc, rows, widths=[5, 9.5, 2], shade="D9E2F3")
    P(doc)
    P(doc, "ORDRE DU JOUR", bold=True, color=BLUE, size=11)
    for item in ["Accueil et tour de table",
                 "Présentation du projet Activ'Up : bilan du module 1 et démarrage du module 2",
                 "Recrutement : de la liste au participant",
                 "Visite de l'atelier carton",
                 "Divers"]:
        P(doc, item, style="List Number")
    P(doc)
    H(doc, "COMPTE RENDU", 1, BLUE)
    H(doc, "1. Accueil et tour de table", 2)
    P(doc, "Isabelle souhaite la bienvenue aux collègues des autres CPAS et au SPP. Tour de table : chacun "
           "présente sa fonction dans le projet. Laurence Piret présente le CPAS de Binche, qui rejoint le "
           "projet comme partenaire de Charleroi depuis septembre.", align="justify")
    P(doc, "Pas d'interprète prévu cette fois : Bram et Karen suivent en français et posent leurs questions "
           "en français.", align="justify")
    H(doc, "2. Activ'Up : bilan du module 1 et démarrage du module 2", 2)
    P(doc, "Kevin présente les chiffres du recrutement. Pour le module 1 (sept 2015 – juin 2016), plus de 1000 "
           "personnes avaient été répertoriées avec l'observatoire local ; les assistantes sociales en ont retenu "
           "315. 110 personnes sont venues aux séances d'information (35 %).", align="justify")
    P(doc, "Pour le module 2 (sept 2016 – juin 2017) : 199 personnes retenues, 60 présentes aux séances "
           "d'information (30 %). Le groupe a démarré le 3 octobre avec 24 participants.", align="justify")
    P(doc, "Points forts cités : le travail intensif (presque tous les jours), l'esprit de groupe en fin de "
           "module. À améliorer : la communication sur les changements d'horaire.", align="justify")
    H(doc, "3. Recrutement : de la liste au participant", 2)
    P(doc, "Échange sur les méthodes de chaque CPAS :", align="justify")
    for b in ["Liège : orientation par les AS puis bilan d'orientation ; inscription possible à tout moment.",
              "Gand : intake individuel, liste d'attente depuis l'été.",
              "Anvers : présentation du projet aux maatschappelijk werkers de chaque antenne.",
              "Charleroi : listing + invitation à deux séances d'information."]:
        P(doc, b, style="List Bullet")
    P(doc, "Constat commun : la séance d'information « filtre » beaucoup. Samira souligne qu'un appel "
           "téléphonique la veille augmente la présence.", align="justify")
    H(doc, "4. Visite de l'atelier carton", 2)
    P(doc, "Visite de l'atelier mobilier carton, rencontre avec le formateur et quelques participants. "
           "Les autres CPAS trouvent l'idée intéressante pour travailler la confiance en soi.", align="justify")
    H(doc, "5. Divers", 2)
    P(doc, "Binche demande si les déplacements de ses participants vers Charleroi peuvent être financés. "
           "Nathalie vérifie si les frais de déplacement de Binche peuvent être pris en charge par le "
           "subside.", align="justify")
    H(doc, "ACTIONS", 1, BLUE)
    rows = [["Action", "Responsable", "Échéance"],
            ["Envoyer le listing anonymisé des participants du module 1 (uniquement les chiffres, pas de noms)",
             "Kevin Moreau", "15/12/2016"],
            ["Transmettre le canevas de la séance d'information aux autres CPAS", "Isabelle / Samira",
             "fin novembre"],
            ["Partager la fiche d'évaluation de Gand (traduite en FR)", "Bram", "janvier 2017"],
            ["Proposer une date pour la visite de Binche", "CPAS Binche", "—"],
            ["Cliquez ici pour entrer du texte.", "", ""]]
    table(doc, rows, widths=[10, 4, 2.5], shade="D9E2F3")
    P(doc)
    H(doc, "PROCHAINE RÉUNION", 1, BLUE)
    P(doc, "Jeudi 9 février 2017, 9h30, au CPAS de Gand.")
    save(doc, "657_charleroi-canevas.docx")


# ---------------------------------------------------------------- 658
def r658():
    """Antwerpen partners, Webex call March 2017, typed live by Elif."""
    doc = new_doc("Calibri", 11)
    P(doc, "Webex partneroverleg AMIF – 21/03/2017", bold=True, size=13)
    P(doc, "(live getypt tijdens de call, nog niet nagelezen)", italic=True, color=GREY)
    P(doc, "Start 10u03 – einde ± 11u20")
    P(doc, [("Aanwezig (in de call): ", {"bold": True}),
            ("KV, EY, JVdB (Antwerpen), EW (Schoten), DJ (Edegem), KP (Mortsel), SC (POD MI)", {})])
    P(doc, [("Verontschuldigd: ", {"bold": True}), ("Nadia Mertens (A'pen), Sarah Aerts (Edegem)", {})])
    P(doc, "KV = Karen Vermeulen, EY = Elif Yildiz (notulen), JVdB = Joris Van den Bossche, EW = Ellen Wouters, "
           "DJ = Dirk Janssens, KP = Koen Peeters, SC = Sofie Claeys", size=9, color=GREY)
    P(doc, "Agenda (mail Karen van 14/3): 1) stand van zaken toeleiding partners 2) tevredenheidsenquête "
           "3) rapportering Q1 4) varia")
    P(doc, "10u05 – KV: welkom, Sarah is ziek, Nadia zit in opleiding. Even wachten op KP (link werkte niet).")
    P(doc, "1) toeleiding partners", bold=True)
    P(doc, "- Schoten: 4 aanmeldingen via MW, 2 intakes gepland. EW: mensen haken af door vervoer naar "
           "Antwerpen (bus 410?)")
    P(doc, "- Edegem: DJ … nog geen deelnemers, MW kennen het project niet goed … [stuk gemist, DJ nog eens vragen?]")
    P(doc, "- Mortsel: KP: 3 deelnemers gestart in module 1, 1 stopgezet (werk gevonden!)")
    P(doc, "→ actie JVdB: infosessie voor MW Edegem organiseren, samen met DJ", bold=True)
    P(doc, "2) tevredenheidsenquête", bold=True)
    P(doc, "SC: POD MI werkt aan nieuwe versie. Feedback netwerk = te abstract, te veel tekst. Vraag om ook "
           "versies in Arabisch / Turks / Engels.")
    P(doc, "KV: kunnen we pictogrammen gebruiken? SC neemt het mee.")
    P(doc, "→ POD bezorgt ontwerp nieuwe enquête vóór de volgende call", bold=True)
    P(doc, "→ alle partners: lijst talen doorgeven aan Karen tegen 31/3", bold=True)
    P(doc, "3) rapportering Q1", bold=True)
    P(doc, "KV: cijfers Q1 per partner nodig (aantal deelnemers, geslacht, leeftijd – GEEN namen!!)")
    P(doc, "EW vraagt of het template van vorig jaar nog geldt → ja")
    P(doc, "→ EY stuurt het template opnieuw rond (vandaag nog)", bold=True)
    P(doc, "→ elke partner: cijfers Q1 invullen en naar Karen sturen tegen 7/4", bold=True)
    P(doc, "4) varia", bold=True)
    P(doc, "- KP: antenne Mortsel verhuist in mei, geen impact op de groepen")
    P(doc, "- Partnerdag in juni organiseren → wie? nog open")
    P(doc, "Volgende call: di 25/4, 10u, zelfde Webex-link", bold=True)
    P(doc, "11u20 einde")
    P(doc, "TODO EY: opmaak + doorsturen naar KV voor nalezing", color=RED, highlight=WD_COLOR_INDEX.YELLOW)
    save(doc, "658_antwerpen-webex-live.docx")


# ---------------------------------------------------------------- 659
def r659():
    """Gent network day June 2018: the chair's notes, typed out by Lien; French summary at the end."""
    doc = new_doc("Verdana", 10)
    header(doc, "OCMW Gent – Dienst Integratie\n" + TAGLINE_NL)
    P(doc, "Netwerkdag AMIF – Journée du réseau FAMI", style="Title")
    P(doc, "Donderdag 7 juni 2018 – Sociaal Huis Gent, Onderbergen 86", bold=True)
    P(doc, "Notities van de voorzitter (Bram), uitgeschreven door Lien", italic=True, color=GREY)
    P(doc, "Aanwezig", bold=True, underline=True)
    for line in ["POD MI: Pieter Goossens, Nathalie Vandenbroucke",
                 "OCMW Gent: Bram De Smet (voorzitter), Lien Vercruysse (verslag), Youssef El Khattabi",
                 "OCMW Luik: Marc Deprez, Jérôme Lambotte",
                 "OCMW Charleroi: Isabelle Dethier",
                 "OCMW Antwerpen: Karen Vermeulen, Elif Yildiz",
                 "OCMW Brussel: Rachid Benali",
                 "Tolk (consecutief NL-FR): Marianne Delvaux"]:
        P(doc, line, space_after=0)
    P(doc, "Verontschuldigd", bold=True, underline=True)
    P(doc, "Anne-Sophie Ngoma (OCMW Brussel), Kevin Moreau (OCMW Charleroi)")
    P(doc, "Programma", bold=True, underline=True)
    for cols in [("9.30", "Onthaal"),
                 ("10.00 – 11.00", "Ronde van de OCMW's"),
                 ("11.00 – 12.30", "Bezoek aan het atelier taalactivering"),
                 ("12.30", "Lunch"),
                 ("13.30 – 15.00", "Tevredenheidsenquête: nieuwe versie POD MI"),
                 ("15.00 – 15.30", "Afspraken en volgende bijeenkomst")]:
        tabbed(doc, cols, [3.5]).paragraph_format.space_after = Pt(0)
    P(doc)
    H(doc, "1. Ronde van de OCMW's", 1)
    P(doc, "Omdat Luik en Charleroi erbij waren, werd alles consecutief vertaald door Marianne. Dat nam tijd, "
           "maar iedereen kon volgen.", italic=True)
    for who, txt in [("Gent", "22 deelnemers, wachtlijst van 9. Intakes door Youssef, ook in het Arabisch."),
                     ("Luik", "drie contracten per deelnemer (MW, intake, moduleverantwoordelijke). "
                              "Aanwezigheidsgraad goed, stiptheid blijft een werkpunt."),
                     ("Charleroi", "module 3 start in september. Nieuwe listing via het observatorium."),
                     ("Antwerpen", "partners Schoten, Edegem en Mortsel draaien mee. Twee infosessies voor MW."),
                     ("Brussel", "Rachid: nieuwe coördinator vanaf september (Anne-Sophie vertrekt niet, "
                                 "wordt teamleider).")]:
        P(doc, [(who + ": ", {"bold": True}), (txt, {})], style="List Bullet")
    H(doc, "2. Bezoek aan het atelier taalactivering", 1)
    P(doc, "Groep van 8 deelnemers, niveau beginners. Werken met foto's van de eigen buurt. Sterk: de deelnemers "
           "spreken meer dan in een klassieke les. Luik had graag het draaiboek; Lien heeft het intussen al doorgestuurd.")
    H(doc, "3. Tevredenheidsenquête", 1)
    P(doc, "Pieter toont de nieuwe versie. Reacties:")
    for b in ["nog te veel abstracte woorden (\"tevredenheid\", \"verwachtingen\")",
              "pictogrammen werken beter dan een schaal van 1 tot 5",
              "vertalingen gevraagd in Arabisch, Dari, Tigrinya en Turks"]:
        P(doc, b, style="List Bullet")
    P(doc, "Pieter past de enquête aan op basis van de opmerkingen en stuurt ze rond tegen eind augustus.")
    P(doc, "Elk OCMW test de nieuwe enquête bij minstens vijf deelnemers in september.")
    H(doc, "4. Afspraken", 1)
    P(doc, "Youssef en Jérôme zetten een uitwisseling tussen de bemiddelaars op (datum nog te bepalen).",
      style="List Bullet")
    P(doc, "OCMW Charleroi bezorgt de presentatie over de rekrutering aan iedereen.", style="List Bullet")
    P(doc, "Vertaling van de enquête in het Tigrinya: wie heeft een vertaler? Nog niemand gevonden.",
      style="List Bullet")
    P(doc, "Bram, klopt dit zo? Ik kon je notities bij punt 4 niet goed lezen.", color=RED, italic=True)
    P(doc, [("Volgende netwerkdag: in oktober in Charleroi, datum volgt via Doodle.", {"bold": True})])
    H(doc, "Résumé en français", 1)
    P(doc, "La journée du réseau s'est tenue à Gand le 7 juin 2018, avec interprétation consécutive. Tour de "
           "table des CPAS, visite de l'atelier d'activation linguistique, discussion sur la nouvelle enquête "
           "de satisfaction (trop abstraite, pictogrammes souhaités, traductions demandées).", italic=True)
    P(doc, "Pieter adaptera l'enquête d'ici fin août ; chaque CPAS la testera en septembre auprès de cinq "
           "participants au moins. Youssef et Jérôme organisent un échange entre médiateurs ; Charleroi envoie "
           "sa présentation sur le recrutement. La traduction en tigrinya n'a pas encore de responsable.",
      italic=True)
    P(doc, "Prochaine journée : en octobre à Charleroi, date par Doodle.", italic=True)
    save(doc, "659_gent-notities-voorzitter.docx")


# ---------------------------------------------------------------- 660
def r660():
    """Bruxelles, Oct 2019: Véronique reused the Liège report of May as a base."""
    doc = new_doc("Times New Roman", 11)
    header(doc, TAGLINE_NL + "\n" + TAGLINE_FR + "\nPOD | Maatschappelijke Integratie – SPP | Intégration Sociale",
           align="center")
    P(doc, "Brouillon – repris du rapport de Liège du 16 mai, à relire", highlight=WD_COLOR_INDEX.YELLOW,
      bold=True)
    P(doc, "Rapport échange entre CPAS – FAMI", align="center", bold=True, size=14)
    P(doc, "15 octobre 2019", align="center")
    P(doc, "CPAS de Bruxelles, rue Haute 298A, 1000 Bruxelles", align="center", italic=True)
    P(doc, [("Présents : ", {"bold": True}),
            ("Anne-Sophie Ngoma (CPAS Bruxelles), Rachid Benali (CPAS Bruxelles), Véronique Stas (CPAS Bruxelles), "
             "Nathalie Vandenbroucke (SPP IS-MI), Amina Bouzidi (SPP IS-MI), Bram De Smet (CPAS Gand), "
             "Hilde Van Acker (CPAS Gand), Marc Deprez (CPAS Liège), Céline Hardy (CPAS Liège), "
             "Isabelle Dethier (CPAS Charleroi), Laurence Piret (CPAS Binche), Joris Van den Bossche (CPAS Anvers)",
             {})], align="justify")
    P(doc, [("Excusés : ", {"bold": True}),
            ("Karen Vermeulen (CPAS Anvers), Fatoumata Diallo (CPAS Liège)", {})])
    P(doc)
    P(doc, "I. Accueil et introduction", bold=True, underline=True)
    P(doc, "L'équipe du projet FAMI de Bruxelles a accueilli les autres CPAS dans ses locaux de la rue Haute. "
           "Une visite des locaux a suivi, et une tasse de café a été offerte.", align="justify")
    p = P(doc, "À midi, un repas est offert aux CPAS dans la ferme du CPAS de Liège.", strike=True, color=GREY)
    fmt(p.add_run(" [phrase de Liège – à supprimer ?]"), color=RED, bold=True)
    P(doc, "Anne-Sophie rappelle que le projet bruxellois a changé de nom depuis la rentrée.", align="justify")
    P(doc, "2. Le projet « Trait d'Union » : présentation et modules", bold=True, underline=True)
    P(doc, "Rachid présente l'organisation du projet et ses liens avec les antennes sociales du CPAS. Une analyse "
           "des besoins est faite pour tous les nouveaux participants, en entretien individuel. Le participant "
           "est ensuite orienté vers l'un des modules :", align="justify")
    for b in ["1) Module « Premiers pas » pour les personnes peu ou pas alphabétisées",
              "2) Module « Vivre à Bruxelles » (institutions, logement, mobilité, banque)",
              "3) Atelier numérique",
              "4) Accompagnement individuel vers la formation"]:
        P(doc, b, style="List Bullet")
    P(doc, "(à compléter par Rachid : liste des associations partenaires de Trait d'Union)", italic=True,
      color=RED)
    P(doc, "3. Les médiateurs interculturels", bold=True, underline=True)
    P(doc, "Hilde explique comment Gand travaille avec des médiateurs interculturels qui interviennent aussi "
           "comme interprètes sociaux. Bruxelles travaille avec des médiateurs en arabe et en romani et "
           "souhaite élargir au dari.", align="justify")
    P(doc, "Hilde enverra la description de fonction des médiateurs de Gand à Rachid.", align="justify")
    P(doc, "5. Clôture avec des questions et un feed-back", bold=True, underline=True)
    P(doc, "Quelles leçons les autres CPAS peuvent-ils tirer ?")
    for b in ["Un accueil accessible et une salle d'attente conviviale aident les participants à revenir",
              "Le lien avec les antennes sociales reste la clé du recrutement",
              "Les médiateurs facilitent le premier entretien"]:
        P(doc, b, style="List Bullet")
    P(doc, "Les points d'action suivants sont retenus :")
    for b in ["Le SPP rassemble les indicateurs communs pour le rapport annuel et envoie un tableau vierge à chaque "
              "CPAS pour le 15 novembre.",
              "Chaque CPAS complète le tableau et le renvoie pour le 13 décembre (chiffres uniquement, pas de noms).",
              "Marc et Céline organiseront une démonstration des méthodologies de Liège lors de la prochaine "
              "rencontre."]:
        P(doc, b, style="List Bullet")
    P(doc)
    P(doc, "Prochaine rencontre : février 2020 à Anvers (date à fixer).", bold=True)
    save(doc, "660_bruxelles-repris-liege.docx")


# ---------------------------------------------------------------- 661
def r661():
    """Teams meeting May 2020, Amina (SPP): FR | NL side by side and a decision/action table."""
    doc = new_doc("Calibri", 10)
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    header(doc, "SPP IS – POD MI   |   " + TAGLINE_FR + " / " + TAGLINE_NL)
    footer(doc, "Réseau FAMI / Netwerk AMIF – 26/05/2020 – p. ")
    P(doc, "Version provisoire – à valider par les CPAS avant diffusion / Voorlopige versie – te valideren door "
           "de OCMW's vóór verspreiding", color=RED, bold=True, size=9)
    P(doc, "Réunion réseau FAMI – Netwerkvergadering AMIF", style="Title")
    P(doc, "mardi 26 mai 2020 – dinsdag 26 mei 2020, 10:00–12:00", bold=True)
    P(doc, "Microsoft Teams – interprétation simultanée FR/NL / simultaanvertaling FR/NL", italic=True)
    rows = [["Organisation / Organisatie", "Présents / Aanwezig", "Excusés / Verontschuldigd"],
            ["SPP IS / POD MI", "Amina Bouzidi, Nathalie Vandenbroucke", "—"],
            ["CPAS Gand / OCMW Gent", "Bram De Smet, Youssef El Khattabi", "Lien Vercruysse"],
            ["CPAS Liège / OCMW Luik", "Marc Deprez, Fatoumata Diallo", "—"],
            ["CPAS Charleroi / OCMW Charleroi", "Isabelle Dethier, Samira Ait Hammou", "—"],
            ["CPAS Binche / OCMW Binche", "Grégory Delhaye", "Laurence Piret"],
            ["CPAS Anvers / OCMW Antwerpen", "Karen Vermeulen", "Joris Van den Bossche"],
            ["CPAS Bruxelles / OCMW Brussel", "Rachid Benali", "Anne-Sophie Ngoma"],
            ["Interprètes / Tolken", "Erik Jacobs, Olga Petrova", "—"]]
    table(doc, rows, widths=[7, 9, 8], shade="E2EFD9")
    P(doc)
    P(doc, "Ordre du jour / Agenda", bold=True, color=GREEN, size=12)
    for line in ["10:00–10:40  Tour de table : reprise des activités / Rondetafel: heropstart van de activiteiten",
                 "10:40–11:10  Règles pour les groupes / Regels voor de groepen",
                 "11:10–11:40  Prolongation des projets et rapportage / Verlenging van de projecten en rapportering",
                 "11:40–12:00  Divers / Varia"]:
        P(doc, line, style="List Number")

    def two_col(fr_list, nl_list):
        t = doc.add_table(rows=len(fr_list), cols=2)
        t.style = "Table Grid"
        for i, (fr, nl) in enumerate(zip(fr_list, nl_list)):
            cell_text(t.cell(i, 0), fr)
            cell_text(t.cell(i, 1), nl, italic=True, color=BLUE)
        for row in t.rows:
            row.cells[0].width = Cm(12.5)
            row.cells[1].width = Cm(12.5)
        P(doc)

    H(doc, "1. Tour de table / Rondetafel", 2)
    two_col(["Gand : le coaching individuel a repris par téléphone ; les groupes reprennent le 2 juin à 4 "
             "participants + 1 formateur.",
             "Liège et Charleroi : groupes de 3 participants + 1 formateur à la maison d'activation / au Service "
             "Action Migrants. Binche garde le contact par téléphone.",
             "Anvers : activités en ligne (appels vidéo WhatsApp), difficile pour les personnes peu "
             "alphabétisées. Bruxelles : locaux fermés jusqu'au 8 juin."],
            ["Gent: individuele coaching opnieuw gestart via telefoon; groepen herstarten op 2 juni met 4 "
             "deelnemers + 1 begeleider.",
             "Luik en Charleroi: groepen van 3 deelnemers + 1 begeleider in het activeringshuis / de Service "
             "Action Migrants. Binche houdt telefonisch contact.",
             "Antwerpen: online activiteiten (WhatsApp-videogesprekken), moeilijk voor laaggeletterden. "
             "Brussel: lokalen dicht tot 8 juni."])
    H(doc, "2. Règles pour les groupes / Regels voor de groepen", 2)
    two_col(["Discussion : faut-il une règle commune ? Le SPP ne souhaite pas imposer une règle : chaque CPAS "
             "suit les consignes de sa commune et de sa région. Décision : chaque CPAS garde sa propre règle "
             "(voir tableau)."],
            ["Discussie: is er een gemeenschappelijke regel nodig? De POD wil geen regel opleggen: elk OCMW volgt "
             "de richtlijnen van zijn gemeente en gewest. Beslissing: elk OCMW behoudt zijn eigen regel "
             "(zie tabel)."])
    H(doc, "3. Prolongation des projets et rapportage / Verlenging van de projecten en rapportering", 2)
    two_col(["Le SPP confirme que les projets FAMI peuvent être prolongés ; les modalités suivront. Les heures "
             "d'activités à distance comptent dans le rapportage, à condition de les noter séparément."],
            ["De POD bevestigt dat de AMIF-projecten verlengd kunnen worden; de modaliteiten volgen. Uren "
             "afstandsactiviteiten tellen mee in de rapportering, op voorwaarde dat ze apart genoteerd worden."])
    H(doc, "4. Divers / Varia", 2)
    two_col(["Prochaine réunion : mardi 8 septembre 2020 à 10h, en ligne ou à Liège selon les mesures."],
            ["Volgende vergadering: dinsdag 8 september 2020 om 10u, online of in Luik afhankelijk van de "
             "maatregelen."])
    H(doc, "Tableau des décisions et actions / Overzicht beslissingen en acties", 2)
    t = doc.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    heads = ["N°", "Décision / Beslissing", "Action / Actie", "Qui / Wie", "Pour le / Tegen"]
    for j, h in enumerate(heads):
        cell_text(t.cell(0, j), h, bold=True)
        set_shading(t.cell(0, j), "E2EFD9")
    data = [
        ["1", "Chaque CPAS garde sa propre règle (3+1 / 4+1)\nElk OCMW behoudt zijn eigen regel (3+1 / 4+1)",
         "—", "—", "—"],
        ["2", "—", "Communiquer la règle en vigueur et sa date de début au SPP\nDe geldende regel en de startdatum "
                   "doorgeven aan de POD", "Tous les CPAS / Alle OCMW's", "05/06"],
        ["3", "—", "Envoyer la note sur la prolongation des projets FAMI\nNota over de verlenging van de "
                   "AMIF-projecten bezorgen", "SPP / POD", "15/06"],
        ["4", "—", "Partager le guide pour les activités en ligne (WhatsApp, Zoom)\nHandleiding online "
                   "activiteiten delen", "Karen Vermeulen", "asap"],
        ["5", "—", "Tester un module court sur les gestes barrières avec les participants\nKorte module over de "
                   "coronamaatregelen testen met de deelnemers", "Isabelle Dethier + Grégory Delhaye", "fin juin / eind juni"],
        ["6", "—", "Trouver un lieu (plus grand) pour la réunion de septembre si elle a lieu en présentiel\nEen "
                   "(grotere) locatie zoeken voor september als de vergadering fysiek doorgaat",
         "à déterminer / te bepalen", "—"],
    ]
    for row in data:
        cells = t.add_row().cells
        for j, v in enumerate(row):
            cell_text(cells[j], v)
            if j in (1, 2) and "\n" in v:
                for r in cells[j].paragraphs[1].runs:
                    r.italic = True
                    r.font.color.rgb = BLUE
    for row in t.rows:
        for j, w in enumerate([1.2, 7, 9, 4.5, 3]):
            row.cells[j].width = Cm(w)
    save(doc, "661_teams-decisions-acties.docx")


# ---------------------------------------------------------------- 662
def r662():
    """SPP IS, Oct 2021: the long formal report of a hybrid meeting, by Thomas Lejeune."""
    doc = new_doc("Cambria", 11)
    header(doc, "SPP Intégration Sociale – Réseau des CPAS FAMI – Rapport de réunion du 19 octobre 2021")
    footer(doc, "Page ", suffix=" – " + TAGLINE_FR)
    P(doc, "Rapport de la réunion du réseau des CPAS FAMI", style="Title")
    P(doc, "Bruxelles, le mardi 19 octobre 2021", italic=True, align="right")
    P(doc, "Réunion hybride : salle 4.12 du SPP Intégration Sociale (boulevard du Roi Albert II 30, 1000 "
           "Bruxelles) et Microsoft Teams. Interprétation simultanée français-néerlandais, en cabine et via le "
           "canal d'interprétation de Teams.", align="justify")
    P(doc, "Étaient présents :", bold=True)
    for line in ["Pour le SPP Intégration Sociale : M. Thomas Lejeune, Mme Nathalie Vandenbroucke, Mme Sofie Claeys ;",
                 "Pour le CPAS de Gand : M. Bram De Smet (en ligne), M. Youssef El Khattabi (en ligne) ;",
                 "Pour le CPAS de Liège : Mme Fatoumata Diallo, M. Jérôme Lambotte ;",
                 "Pour le CPAS de Charleroi : Mme Isabelle Dethier ;",
                 "Pour le CPAS de Binche : M. Grégory Delhaye (en ligne) ;",
                 "Pour le CPAS d'Anvers : Mme Karen Vermeulen (en ligne), Mme Elif Yildiz (en ligne) ;",
                 "Pour le CPAS de Mortsel : Mme Ayşe Demir (en ligne) ;",
                 "Pour le CPAS de Bruxelles : M. Rachid Benali, Mme Véronique Stas ;",
                 "Interprètes : Mme Olga Petrova, M. Erik Jacobs."]:
        P(doc, line, style="List Bullet")
    P(doc, [("Étaient excusés : ", {"bold": True}),
            ("M. Marc Deprez (CPAS de Liège), Mme Anne-Sophie Ngoma (CPAS de Bruxelles), M. Pieter Goossens "
             "(SPP Intégration Sociale).", {})], align="justify")
    P(doc, "Ordre du jour", bold=True)
    rows = [["Heure", "Point"],
            ["9h30", "Accueil des participants"],
            ["9h45 – 10h15", "Introduction et approbation du rapport du 22 juin 2021"],
            ["10h15 – 11h00", "Nouveau programme FAMI 2021-2027 : indicateurs communs"],
            ["11h00 – 11h15", "Pause"],
            ["11h15 – 12h15", "État d'avancement des projets"],
            ["12h15 – 12h45", "Conservation des documents et protection des données"],
            ["12h45", "Conclusions et lunch"]]
    table(doc, rows, widths=[3.5, 13], shade="DEEAF6")
    P(doc, "Le présent rapport est soumis à l'approbation des participants lors de la prochaine réunion.",
      italic=True, size=9)
    doc.add_page_break()

    def body(txt):
        return P(doc, txt, align="justify")

    H(doc, "1. Introduction et approbation du rapport précédent", 1)
    body("M. Lejeune ouvre la réunion et remercie les participants, en particulier ceux qui se sont déplacés. "
         "Il rappelle les règles pratiques de la réunion hybride : les participants en ligne lèvent la main dans "
         "Teams et choisissent leur canal linguistique ; les participants en salle utilisent les micros afin "
         "que les interprètes et les collègues en ligne puissent suivre.")
    body("Le rapport de la réunion du 22 juin 2021 est approuvé sans modification.")
    H(doc, "2. Le programme FAMI 2021-2027", 1)
    H(doc, "2.1 Cadre réglementaire", 2)
    body("Mme Vandenbroucke présente le nouveau cadre. Le règlement (UE) 2021/1147 établit le Fonds "
         "« Asile, migration et intégration » pour la période 2021-2027. Les règles communes de gestion "
         "figurent dans le règlement (UE) 2021/1060. Les projets des CPAS s'inscrivent dans l'objectif "
         "spécifique relatif à l'intégration des ressortissants de pays tiers.")
    H(doc, "2.2 Indicateurs communs de réalisation et de résultat", 2)
    body("Le Fonds mesure les projets au moyen d'indicateurs communs. Pour les projets des CPAS, les indicateurs "
         "suivants seront demandés :")
    for b in ["le nombre de participants aux activités de soutien, dont les participants à un cours de langue, "
              "à un cours d'orientation civique et à un accompagnement professionnel personnalisé ;",
              "le nombre de participants à un cours de langue qui ont amélioré leur niveau d'au moins un niveau "
              "du Cadre européen commun de référence (CECR) ;",
              "le nombre de participants qui déclarent que l'activité les a aidés dans leur intégration."]:
        P(doc, b, style="List Bullet")
    body("Mme Dethier demande comment mesurer un niveau CECR pour des personnes illettrées. Le SPP répond "
         "qu'un test de positionnement simple, au début et à la fin, suffit ; il ne s'agit pas d'un examen. "
         "Mme Yildiz souligne que l'indicateur « l'activité m'a aidé » suppose une enquête compréhensible ; "
         "l'enquête actuelle reste trop abstraite pour une partie du public.")
    H(doc, "2.3 Calendrier du rapportage", 2)
    body("Les États membres rapportent les indicateurs chaque année. Le SPP rassemble chaque année les chiffres des "
         "CPAS au premier trimestre, pour l'année écoulée. Les chiffres sont transmis sans aucune "
         "donnée nominative : chaque CPAS reste seul propriétaire des données de ses participants.")
    H(doc, "3. État d'avancement des projets", 1)
    H(doc, "3.1 CPAS de Gand", 2)
    body("M. De Smet indique que 31 participants sont actuellement suivis. Les groupes ont repris à pleine "
         "capacité depuis septembre. La liste d'attente est de 12 personnes.")
    H(doc, "3.2 CPAS de Liège", 2)
    body("Mme Diallo présente l'outil de suivi des trois contrats (assistant social, entretien d'admission, "
         "responsable de module). Le taux de présence moyen est de 78 % ; la ponctualité s'améliore depuis "
         "l'introduction d'un rappel par SMS.")
    H(doc, "3.3 CPAS de Charleroi et de Binche", 2)
    body("Mme Dethier et M. Delhaye présentent la collaboration entre Charleroi et Binche. Les participants de "
         "Binche suivent le coaching individuel sur place et rejoignent Charleroi pour les ateliers collectifs. "
         "Le transport reste un frein.")
    H(doc, "3.4 CPAS d'Anvers et partenaires", 2)
    body("Mme Vermeulen fait le point pour Anvers et les partenaires de Schoten, Edegem et Mortsel. "
         "Mme Demir signale que Mortsel a accueilli un groupe de huit femmes pour un module de conversation.")
    H(doc, "3.5 CPAS de Bruxelles", 2)
    body("M. Benali indique que le projet « Trait d'Union » compte 27 participants. Les médiateurs "
         "interculturels travaillent désormais aussi en dari.")
    H(doc, "4. Conservation des documents et protection des données", 1)
    body("Mme Claeys rappelle que les documents d'une opération financée par le Fonds doivent être conservés "
         "pendant cinq ans à compter du 31 décembre de l'année du dernier paiement (règlement (UE) 2021/1060, "
         "article 82). Les données à caractère personnel ne peuvent pas être conservées plus longtemps que "
         "nécessaire (RGPD, article 5, paragraphe 1, e)). Tout participant peut demander à voir l'ensemble des "
         "données le concernant (RGPD, article 15).")
    body("Plusieurs CPAS demandent une note écrite sur la manière de concilier ces deux obligations.")
    H(doc, "5. Conclusions et points d'action", 1)
    body("Les participants conviennent des points d'action suivants :")
    for b in ["Le SPP IS transmettra aux CPAS, pour le 15 novembre 2021, le canevas de rapportage des indicateurs "
              "communs.",
              "Chaque CPAS désignera une personne de référence pour le rapportage et en communiquera le nom au SPP "
              "avant le 1er novembre.",
              "Mme Diallo et M. Lambotte présenteront, lors de la prochaine réunion, l'outil de suivi des contrats "
              "utilisé à Liège.",
              "Le CPAS d'Anvers vérifiera avec ses partenaires (Schoten, Edegem, Mortsel) la possibilité d'un "
              "rapportage commun.",
              "Mme Claeys fera parvenir la note juridique relative à la durée de conservation des documents.",
              "La traduction de l'enquête de satisfaction en dari et en tigrinya reste à attribuer."]:
        P(doc, b, style="List Number")
    body("La prochaine réunion du réseau se tiendra le mardi 15 février 2022 au CPAS de Charleroi, sous réserve "
         "de l'évolution de la situation sanitaire.")
    P(doc, "Thomas Lejeune\nAttaché – Service Fonds européens", align="right")
    doc.add_page_break()
    H(doc, "Liste des indicateurs communs (annexe)", 1)
    table(doc, [["Indicateur", "Type", "Source dans les CPAS"],
                ["Participants aux activités de soutien", "Réalisation", "Registre des présences"],
                ["dont : cours de langue", "Réalisation", "Registre des présences"],
                ["dont : orientation civique", "Réalisation", "Séances d'information"],
                ["dont : accompagnement professionnel personnalisé", "Réalisation", "Coaching individuel"],
                ["Participants ayant progressé d'au moins un niveau CECR", "Résultat", "Test de positionnement"],
                ["Participants déclarant que l'activité a aidé leur intégration", "Résultat",
                 "Enquête de satisfaction"]], widths=[8, 3, 5.5], shade="DEEAF6")
    P(doc, "[Tableau à compléter par S. Claeys]", color=RED, italic=True)
    save(doc, "662_spp-rapport-formel.docx")


# ---------------------------------------------------------------- 663
def r663():
    """Antwerpen partner meeting Sept 2022; Nadia pasted the Outlook header with the distribution list."""
    doc = new_doc("Calibri", 11)
    for lab, val in [("Van:", "Mertens Nadia <nadia.mertens@ocmw.antwerpen.invalid>"),
                     ("Verzonden:", "woensdag 14 september 2022 16:42"),
                     ("Aan:", "Vermeulen Karen <karen.vermeulen@ocmw.antwerpen.invalid>; Yildiz Elif "
                              "<elif.yildiz@ocmw.antwerpen.invalid>; Van den Bossche Joris "
                              "<joris.vandenbossche@ocmw.antwerpen.invalid>; Wouters Ellen "
                              "<ellen.wouters@ocmw.schoten.invalid>; Janssens Dirk <dirk.janssens@ocmw.edegem.invalid>; "
                              "Aerts Sarah <sarah.aerts@ocmw.edegem.invalid>; Peeters Koen "
                              "<koen.peeters@ocmw.mortsel.invalid>; Demir Ayşe <ayse.demir@ocmw.mortsel.invalid>"),
                     ("CC:", "'Claeys Sofie (POD MI)' <sofie.claeys@mi-is.invalid>; AMIF-team Antwerpen "
                             "<amif.team@ocmw.antwerpen.invalid>"),
                     ("Onderwerp:", "verslag partneroverleg 13/9")]:
        P(doc, [(lab + " ", {"bold": True, "size": 10}), (val, {"size": 10})], space_after=0)
    P(doc, "______________________________________________", color=GREY)
    P(doc, "Verslag partneroverleg AMIF Antwerpen – dinsdag 13 september 2022", bold=True, size=14, color=BLUE)
    P(doc, "Sociaal Huis Antwerpen, zaal 2.03 – 13u30-16u")
    P(doc, [("Aanwezig: ", {"bold": True}),
            ("Karen Vermeulen, Elif Yildiz, Nadia Mertens (verslag) – OCMW Antwerpen; Ellen Wouters – OCMW Schoten; "
             "Dirk Janssens – OCMW Edegem; Koen Peeters, Ayşe Demir – OCMW Mortsel; Sofie Claeys – POD MI", {})])
    P(doc, [("Verontschuldigd: ", {"bold": True}), ("Sarah Aerts (Edegem)", {})])
    P(doc, "Agenda", bold=True)
    for b in ["Terugblik zomerwerking", "Aanwezigheidsgraad en stiptheid: nieuwe afspraken",
              "Indicatoren 2022 (POD MI)", "Kalender najaar"]:
        P(doc, b, style="List Bullet")
    H(doc, "Terugblik zomerwerking", 2)
    P(doc, "In juli en augustus liep een lichter programma: twee uitstappen (Middelheimmuseum, Zoo), een "
           "fietsles in Mortsel en open koffiemomenten. Opkomst wisselend: goed bij de uitstappen, laag bij de "
           "koffiemomenten. Schoten had geen zomerwerking (personeel met verlof).")
    H(doc, "Aanwezigheidsgraad en stiptheid", 2)
    P(doc, "De groepen zitten sinds mei weer op volle capaciteit. De aanwezigheidsgraad schommelt tussen 60 en 85 %. "
           "Nieuwe afspraken, voor alle partners dezelfde:")
    for b in ["na 3 keer onverwittigd afwezig: gesprek met de maatschappelijk werker",
              "wie meer dan 15 minuten te laat is, mag binnen, maar het telt als halve aanwezigheid",
              "het reglement wordt mondeling uitgelegd bij de intake, niet enkel op papier"]:
        P(doc, b, style="List Bullet")
    H(doc, "Indicatoren 2022", 2)
    P(doc, "Sofie licht toe welke cijfers de POD begin 2023 nodig heeft: aantal deelnemers per soort activiteit "
           "(taal, maatschappelijke oriëntatie, individuele begeleiding), progressie in ERK-niveau voor wie een "
           "taalcursus volgt, en het aandeel deelnemers dat zegt dat het project hen geholpen heeft. Enkel "
           "totalen, geen namen.")
    P(doc, "Koen vraagt of de busabonnementen voor deelnemers uit Mortsel als projectkost mogen. Nog niet "
           "duidelijk.")
    H(doc, "Kalender najaar", 2)
    for b in ["18/10 infosessie voor maatschappelijk werkers in Edegem",
              "november: start nieuwe groep Schoten (6 deelnemers ingeschreven)",
              "december: slotdag voor alle deelnemers (locatie?)"]:
        P(doc, b, style="List Bullet")
    P(doc, "Volgende partneroverleg: dinsdag 22 november 2022, 13u30, OCMW Mortsel", bold=True)
    H(doc, "Taken", 2)
    table(doc, [["Wat", "Wie", "Tegen wanneer"],
                ["nieuw aanwezigheidsreglement vertalen in eenvoudig Nederlands + pictogrammen", "Elif", "30/9"],
                ["cijfers jan-aug doorsturen (deelnemers, uren, geslacht – anoniem)", "elk OCMW (ook Antwerpen)",
                 "23/9"],
                ["nakijken of de POD de busabonnementen mag financieren", "Sofie", "volgend overleg"],
                ["uitnodiging infosessie Edegem opmaken en verspreiden", "Dirk + Nadia", "begin oktober"],
                ["lokaal voor de slotdag in december", "?", ""]], widths=[10, 4, 3], shade="DDEBF7")
    P(doc)
    P(doc, "Opmerkingen of aanvullingen graag vóór vrijdag, daarna stuur ik het verslag door naar de "
           "diensthoofden.", italic=True)
    P(doc, "Groetjes,\nNadia")
    save(doc, "663_antwerpen-verzendlijst.docx")


# ---------------------------------------------------------------- 664
def r664():
    """Binche hosts, Nov 2023, hybrid; Grégory writes FR, each paragraph followed by NL."""
    doc = new_doc("Calibri", 11)
    header(doc, "CPAS de Binche – partenaire du projet Activ'Up (Charleroi)", align="left")
    footer(doc, TAGLINE_FR + " – " + TAGLINE_NL, page=False)

    def fr(txt, **kw):
        return P(doc, txt, align="justify", **kw)

    def nl(txt, **kw):
        p = P(doc, txt, align="justify", italic=True, color=BLUE, **kw)
        return p

    P(doc, "Rencontre du réseau FAMI chez notre partenaire Binche / Netwerkbijeenkomst AMIF bij partner Binche",
      style="Title")
    P(doc, "Jeudi 23 novembre 2023 / Donderdag 23 november 2023", bold=True)
    P(doc, "CPAS de Binche, salle du conseil – et sur Teams pour ceux qui ne pouvaient pas se déplacer", space_after=0)
    P(doc, "OCMW Binche, raadzaal – en via Teams voor wie zich niet kon verplaatsen", italic=True, color=BLUE)
    P(doc, "Sur place / Ter plaatse :", bold=True, space_after=0)
    P(doc, "Laurence Piret (Binche), Grégory Delhaye (Binche), Isabelle Dethier (Charleroi), Kevin Moreau "
           "(Charleroi), Amina Bouzidi (SPP IS), Bram De Smet (Gent), Marianne Delvaux (interprète / tolk)")
    P(doc, "En ligne / Online :", bold=True, space_after=0)
    P(doc, "Fatoumata Diallo (Liège), Karen Vermeulen (Antwerpen), Ellen Wouters (Schoten), Rachid Benali (Bruxelles)")
    P(doc, "Excusés / Verontschuldigd :", bold=True, space_after=0)
    P(doc, "Jérôme Lambotte (Liège), Youssef El Khattabi (Gent)")
    P(doc, "Ordre du jour / Agenda", bold=True)
    for b in ["10h00 Accueil café / Onthaal met koffie",
              "10h30 Visite de l'antenne sociale de Binche / Bezoek aan de sociale antenne van Binche",
              "11h30 Bilan 2023 des projets / Stand van zaken 2023",
              "13h00 Lunch",
              "13h45 Enquête de satisfaction : résultats / Tevredenheidsenquête: resultaten",
              "14h30 Divers et clôture / Varia en afsluiting"]:
        P(doc, b, style="List Bullet")

    H(doc, "1. Accueil / Onthaal", 1)
    fr("Laurence souhaite la bienvenue au nom du CPAS de Binche, qui accueille le réseau pour la première fois. "
       "La connexion Teams a été installée dans la salle du conseil ; le son était parfois difficile pour les "
       "collègues en ligne. Bram a bénéficié d'une interprétation chuchotée (Marianne Delvaux) pendant la "
       "matinée ; l'après-midi, les échanges avec les collègues en ligne se sont faits en partie en néerlandais, "
       "avec Marianne en consécutif.")
    nl("Laurence verwelkomt iedereen namens het OCMW Binche, dat het netwerk voor het eerst ontvangt. De "
       "Teams-verbinding werd in de raadzaal geïnstalleerd; het geluid was soms moeilijk voor wie online was. "
       "Bram kreeg 's ochtends fluistertolken (Marianne Delvaux); 's namiddags verliep het gesprek met de online "
       "collega's deels in het Nederlands, met Marianne in consecutief.")
    H(doc, "2. Visite de l'antenne sociale / Bezoek aan de sociale antenne", 1)
    fr("Grégory présente l'antenne sociale et la manière dont les AS orientent les primo-arrivants vers le "
       "coaching individuel, qui a lieu à Binche. Les ateliers collectifs se font à Charleroi ; le trajet "
       "(train + bus) reste un frein, surtout pour les mères de jeunes enfants.")
    nl("Grégory stelt de sociale antenne voor en legt uit hoe de maatschappelijk werkers nieuwkomers "
       "doorverwijzen naar de individuele coaching, die in Binche plaatsvindt. De groepsateliers zijn in "
       "Charleroi; de verplaatsing (trein + bus) blijft een drempel, vooral voor moeders met jonge kinderen.")
    H(doc, "3. Bilan 2023 / Stand van zaken 2023", 1)
    fr("Chaque CPAS donne ses chiffres principaux. Charleroi et Binche : 46 participants, dont 9 de Binche. "
       "Gand : 34. Anvers et partenaires : 41. Bruxelles : 29. Liège n'a pas encore ses chiffres du 3e trimestre.")
    nl("Elk OCMW geeft zijn belangrijkste cijfers. Charleroi en Binche: 46 deelnemers, waarvan 9 uit Binche. "
       "Gent: 34. Antwerpen en partners: 41. Brussel: 29. Luik heeft zijn cijfers van het 3de kwartaal nog niet.")
    fr("Isabelle et Laurence prépareront ensemble une fiche projet commune pour 2024. Le CPAS de Liège enverra "
       "ses chiffres de présence du 3e trimestre, qui manquaient.", bold=True)
    nl("Isabelle en Laurence maken samen een gemeenschappelijke projectfiche voor 2024. Het OCMW Luik bezorgt "
       "de ontbrekende aanwezigheidscijfers van het 3de kwartaal.", bold=True)
    H(doc, "4. Enquête de satisfaction / Tevredenheidsenquête", 1)
    fr("Amina présente les résultats : 212 questionnaires. Les participants sont globalement satisfaits, mais "
       "beaucoup n'ont pas compris les questions sur les « attentes ». La version avec pictogrammes testée à "
       "Gand fonctionne mieux.")
    nl("Amina stelt de resultaten voor: 212 vragenlijsten. De deelnemers zijn globaal tevreden, maar velen "
       "begrepen de vragen over \"verwachtingen\" niet. De versie met pictogrammen die in Gent getest werd, "
       "werkt beter.")
    fr("Amina envoie à tous les CPAS la version simplifiée de l'enquête (avec pictogrammes) pour relecture. "
       "Tous les CPAS renvoient leurs commentaires sur cette version pour le 15 décembre.", bold=True)
    nl("Amina stuurt de vereenvoudigde versie (met pictogrammen) naar alle OCMW's om na te lezen. Alle OCMW's "
       "sturen hun opmerkingen terug tegen 15 december.", bold=True)
    P(doc, "(photos de la visite à insérer)", color=RED, italic=True)
    H(doc, "5. Divers / Varia", 1)
    fr("Plusieurs CPAS accueillent des personnes venues d'Ukraine. Le SPP vérifiera si la traduction de "
       "l'enquête en ukrainien peut être financée.")
    nl("Verschillende OCMW's begeleiden mensen uit Oekraïne. De POD bekijkt of de vertaling van de enquête in "
       "het Oekraïens gefinancierd kan worden.")
    fr("Trouver un CPAS d'accueil pour la rencontre de printemps : personne ne s'est encore proposé.")
    nl("Een gastheer zoeken voor de voorjaarsbijeenkomst: nog niemand heeft zich kandidaat gesteld.")
    fr("Prochaine rencontre : au printemps 2024, lieu encore à trouver.", bold=True)
    nl("Volgende bijeenkomst: voorjaar 2024, locatie nog te zoeken.", bold=True)
    P(doc)
    P(doc, "Les parties en néerlandais ont été relues par Sofie Claeys (SPP) ; merci de signaler toute erreur de "
           "traduction.", size=9, color=GREY)
    save(doc, "664_binche-hybride.docx")


# ---------------------------------------------------------------- 665
def r665():
    """Quick Teams check-in Gent – POD MI, June 2024, typed by Hilde."""
    doc = new_doc("Calibri", 11)
    P(doc, "Check-in AMIF Gent – POD MI", bold=True, size=12)
    P(doc, "di 11/06/2024, 14u–14u30, Teams")
    P(doc, "Sofie (POD MI), Bram, Hilde, Youssef (OCMW Gent). Lien (ook Gent) verontschuldigd.")
    for b in ["Instroom: 9 nieuwe aanmeldingen sinds april, wachtlijst 5. Youssef doet de intakes in het Arabisch "
              "zelf, voor Dari via een tolk van het Agentschap.",
              "Indicatoren: POD MI vraagt de cijfers over taalniveau (ERK) per deelnemer, geanonimiseerd. Gent meet "
              "dat nog niet systematisch. Bram bekijkt met de taalpartner of een ERK-test bij start en einde "
              "haalbaar is.",
              "Bewaring dossiers: hoe lang moeten de papieren contracten bewaard worden? Sofie: 5 jaar vanaf "
              "31 december van het jaar van de laatste betaling, daarna vernietigen. Sofie stuurt de link naar de "
              "nota.",
              "Tevredenheidsenquête: nieuwe versie werkt beter, maar de Tigrinya-versie ontbreekt nog."]:
        P(doc, b, style="List Bullet")
    P(doc, "→ Tigrinya-vertaling van de enquête regelen: wie? nog niet beslist")
    P(doc, "→ Hilde + Youssef: lijst van de 9 nieuwe deelnemers (enkel codes) in de databank zetten voor eind juni")
    P(doc, "Volgende check-in: dinsdag 10 september, zelfde uur.")
    save(doc, "665_gent-checkin.docx")


# ---------------------------------------------------------------- 666
def r666():
    """Liège, Feb 2026: report sent again with corrections, FR then the full NL version."""
    doc = new_doc("Segoe UI", 10)
    header(doc, "CPAS de Liège – Mod'Actions\n" + TAGLINE_FR)
    footer(doc, "v2 (corrigée) – ")
    P(doc, "VERSION CORRIGÉE – remplace la version envoyée le 12 février 2026 / GECORRIGEERDE VERSIE – vervangt de "
           "versie verstuurd op 12 februari 2026", bold=True, color=RED)
    P(doc, "Corrections : nom de la collègue d'Edegem (Sarah Aerts), chiffres de Charleroi (point 3), date de la "
           "prochaine réunion.", italic=True, color=RED)
    P(doc, "Rapport de la rencontre du réseau FAMI / Verslag netwerkbijeenkomst AMIF", style="Title")
    P(doc, "Jeudi 5 février 2026 / Donderdag 5 februari 2026", bold=True, space_after=0)
    P(doc, "CPAS de Liège – Maison d'activation sociale")
    P(doc, "Interprétation simultanée / simultaanvertaling FR-NL", italic=True)
    rows = [["CPAS / SPP – OCMW / POD", "Présents / Aanwezig", "Excusés / Verontschuldigd"],
            ["SPP IS / POD MI", "Amina Bouzidi\nThomas Lejeune", "Sofie Claeys"],
            ["CPAS Liège / OCMW Luik", "Céline Hardy\nFatoumata Diallo\nJérôme Lambotte", "Marc Deprez"],
            ["CPAS Gand / OCMW Gent", "Lien Vercruysse\nYoussef El Khattabi", ""],
            ["CPAS Charleroi / OCMW Charleroi", "Samira Ait Hammou", "Isabelle Dethier"],
            ["CPAS Binche / OCMW Binche", "Laurence Piret", ""],
            ["CPAS Anvers / OCMW Antwerpen", "Elif Yildiz", ""],
            ["CPAS Edegem / OCMW Edegem", "Sarah Aerts", ""],
            ["CPAS Bruxelles / OCMW Brussel", "", "Rachid Benali"],
            ["Interprètes / Tolken", "Olga Petrova\nMarianne Delvaux", ""]]
    table(doc, rows, widths=[6.5, 5.5, 5], shade="FBE4D5")
    P(doc)
    P(doc, "Ordre du jour / Agenda", bold=True, size=11)
    table(doc, [["9h30–10h00", "Accueil / Onthaal"],
                ["10h00–11h00", "Bilan 2025 des projets / Balans 2025 van de projecten"],
                ["11h00–11h45", "Charleroi : recrutement du module 2025-2026 / Charleroi: rekrutering module 2025-2026"],
                ["11h45–12h30", "Indicateurs et rapport annuel / Indicatoren en jaarverslag"],
                ["12h30", "Divers / Varia"]], widths=[3, 14], header=False, style="Light List Accent 2")
    doc.add_page_break()

    H(doc, "1. Accueil", 1)
    P(doc, "Céline accueille le réseau à la maison d'activation sociale. Tour de table rapide ; Sarah Aerts "
           "représente Edegem pour la première fois.", align="justify")
    H(doc, "2. Les projets en 2025 : bilan", 1)
    P(doc, "Les cinq CPAS présentent leurs chiffres 2025. Tous notent une hausse des personnes très peu "
           "alphabétisées et des trajets plus longs (souvent plus de six mois). Gand a maintenant deux groupes "
           "de 8 ; Liège a ajouté un module numérique.", align="justify")
    H(doc, "3. Charleroi : recrutement du module 2025-2026", 1)
    p = P(doc, "Samira présente l'entonnoir de recrutement : 620 personnes listées, 240 retenues par les AS, "
               "98 présentes à l'information collective (41 %). ", align="justify")
    fmt(p.add_run("(chiffres corrigés le 13/02)"), color=RED, italic=True)
    P(doc, "Action : Samira et Elif comparent les taux de présence à l'information collective entre Charleroi et "
           "Anvers.", bold=True)
    H(doc, "4. Indicateurs et rapport annuel", 1)
    P(doc, "Amina rappelle les indicateurs communs à fournir pour 2025 : participants par type d'activité (cours "
           "de langue, orientation civique, accompagnement personnalisé), progression d'au moins un niveau CECR, "
           "et participants qui disent que le projet les a aidés.", align="justify")
    P(doc, "Action : le SPP envoie le modèle de rapport annuel 2025 pour le 20 février.", bold=True)
    P(doc, "Action : chaque CPAS remplit les indicateurs communs et les renvoie pour le 13 mars.", bold=True)
    P(doc, "Action : Fatoumata présentera l'outil de bilan d'orientation numérique à la prochaine rencontre.",
      bold=True)
    H(doc, "5. Divers", 1)
    P(doc, "Question de Gand sur l'effacement des données après la fin des trajets (RGPD). Gand a rédigé un "
           "protocole interne.", align="justify")
    P(doc, "Action : CPAS de Gand : partager son protocole d'effacement des données avec les autres CPAS.", bold=True)
    P(doc, "Action : à attribuer – mise à jour de la liste des contacts du réseau.", bold=True)
    P(doc, "Prochaine rencontre : jeudi 11 juin 2026, CPAS de Gand.", bold=True)
    P(doc, "(date corrigée : et non le 4 juin comme indiqué dans la première version)", color=RED, italic=True)

    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    H(doc, "Nederlandse versie", 1)
    H(doc, "1. Onthaal", 2)
    P(doc, "Céline verwelkomt het netwerk in het sociaal activeringshuis. Korte ronde; Sarah Aerts "
           "vertegenwoordigt Edegem voor het eerst.", align="justify")
    H(doc, "2. De projecten in 2025: balans", 2)
    P(doc, "De vijf OCMW's stellen hun cijfers voor 2025 voor. Iedereen ziet meer zeer laaggeletterde personen en "
           "langere trajecten (vaak meer dan zes maanden). Gent heeft nu twee groepen van 8; Luik voegde een "
           "digitale module toe.", align="justify")
    H(doc, "3. Charleroi: rekrutering module 2025-2026", 2)
    P(doc, "Samira stelt de rekruteringstrechter voor: 620 personen opgelijst, 240 weerhouden door de "
           "maatschappelijk werkers, 98 aanwezig op de collectieve infosessie (41 %).", align="justify")
    P(doc, "Actie: Samira en Elif vergelijken de opkomst op de infosessies in Charleroi en Antwerpen.", bold=True)
    H(doc, "4. Indicatoren en jaarverslag", 2)
    P(doc, "Amina herhaalt welke gemeenschappelijke indicatoren voor 2025 nodig zijn.", align="justify")
    P(doc, "Actie: de POD stuurt het sjabloon van het jaarverslag 2025 tegen 20 februari.", bold=True)
    P(doc, "Actie: elk OCMW vult de gemeenschappelijke indicatoren in en stuurt ze terug tegen 13 maart.", bold=True)
    P(doc, "Actie: Fatoumata stelt op de volgende bijeenkomst de digitale oriëntatiebalans voor.", bold=True)
    H(doc, "5. Varia", 2)
    P(doc, "Vraag van Gent over het wissen van gegevens na het einde van de trajecten (AVG). Gent heeft een "
           "intern protocol.", align="justify")
    P(doc, "Actie: OCMW Gent deelt zijn protocol met de andere OCMW's.", bold=True)
    P(doc, "Actie: nog toe te wijzen – contactlijst van het netwerk bijwerken.", bold=True)
    P(doc, "Volgende bijeenkomst: donderdag 11 juni 2026, OCMW Gent.", bold=True)
    save(doc, "666_liege-version-corrigee.docx")


if __name__ == "__main__":
    for f in (r657, r658, r659, r660, r661, r662, r663, r664, r665, r666):
        f()
