# -*- coding: utf-8 -*-
"""Builds the ten invented AMIF/FAMI network meeting reports 537-546 as .docx files.

One function per report. Every person is invented. The expected lists next to the
documents are written by hand; this script only writes the Word files.
"""
import os

from docx import Document
from docx.enum.section import WD_ORIENT  # noqa: F401  (kept for the A4 habits below)
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_COLOR_INDEX
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

TAG_FR = "Vers une politique de migration plus intégrée, grâce au FAMI"
TAG_NL = "Naar een geïntegreerd migratiebeleid, dankzij het AMIF"


# ---------------------------------------------------------------- helpers
def new_doc(font="Calibri", size=11, margins=2.0):
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
        s.page_height = Cm(29.7)
        s.page_width = Cm(21.0)
        s.left_margin = s.right_margin = Cm(margins)
        s.top_margin = s.bottom_margin = Cm(margins)
    return doc


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


def header(doc, lines, italic=True, align=WD_ALIGN_PARAGRAPH.LEFT, size=8):
    hdr = doc.sections[0].header
    p = hdr.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = hdr.add_paragraph()
        p.alignment = align
        r = p.add_run(line)
        r.italic = italic
        r.font.size = Pt(size)


def footer(doc, before="", after="", align=WD_ALIGN_PARAGRAPH.CENTER, size=8, page=True):
    p = doc.sections[0].footer.paragraphs[0]
    p.alignment = align
    if before:
        r = p.add_run(before)
        r.font.size = Pt(size)
    if page:
        r = p.add_run()
        r.font.size = Pt(size)
        add_field(r, "PAGE")
    if after:
        r = p.add_run(after)
        r.font.size = Pt(size)


def para(doc, text="", bold=False, italic=False, size=None, align=None, style=None,
         highlight=None, color=None, underline=False, space_after=None):
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        r.underline = underline
        if size:
            r.font.size = Pt(size)
        if highlight:
            r.font.highlight_color = highlight
        if color:
            r.font.color.rgb = color
    if align is not None:
        p.alignment = align
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    return p


def runs(doc, parts, style=None, align=None):
    """parts: list of (text, dict(bold=, italic=, highlight=))"""
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    for text, fmt in parts:
        r = p.add_run(text)
        r.bold = fmt.get("bold", False)
        r.italic = fmt.get("italic", False)
        if fmt.get("highlight"):
            r.font.highlight_color = fmt["highlight"]
        if fmt.get("size"):
            r.font.size = Pt(fmt["size"])
    if align is not None:
        p.alignment = align
    return p


def heading(doc, text, level=1, color=None):
    h = doc.add_heading(text, level=level)
    if color is not None:
        for r in h.runs:
            r.font.color.rgb = color
    return h


def cell_text(cell, text, bold=False, italic=False, size=None):
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    if size:
        r.font.size = Pt(size)
    return p


def cell_more(cell, text, bold=False, italic=False, size=None):
    p = cell.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    if size:
        r.font.size = Pt(size)
    return p


def shade(cell, fill):
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcpr.append(shd)


def table(doc, rows, head=True, widths=None, style="Table Grid", size=None, fill="D9D9D9"):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            cell_text(c, val, bold=(head and i == 0), size=size)
            if head and i == 0 and fill:
                shade(c, fill)
            if widths:
                c.width = Cm(widths[j])
    return t


def page_break(doc):
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def save(doc, name):
    doc.core_properties.title = ""
    doc.save(os.path.join(HERE, name))
    print("wrote", name)


# ---------------------------------------------------------------- 537
def r537():
    """Charleroi, Nov 2016, FR. Nathalie Wauters (SPP IS) opened the file of the June
    report (Liège) and typed over it; leftover passages are still highlighted."""
    doc = new_doc("Arial", 10)
    header(doc, [TAG_FR, "SPP Intégration Sociale"], align=WD_ALIGN_PARAGRAPH.RIGHT)
    footer(doc, before="Page ")
    Y = WD_COLOR_INDEX.YELLOW

    para(doc, "Rapport rencontre CPAS – FAMI", bold=True, size=14, align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "Jeudi 24 novembre 2016", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "CPAS de Charleroi – Service Action Migrants, rue du Parc 40, 6000 Charleroi",
         align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "[NB : trame reprise du rapport du 9 juin 2016 (Liège) – vérifier les passages en jaune avant diffusion]",
         italic=True, highlight=Y)
    runs(doc, [("Présents : ", {"bold": True}),
               ("Nathalie Wauters (SPP IS), Didier Lambotte (CPAS Charleroi), Samira Bouzidi (CPAS Charleroi), "
                "Gaëlle Hanquet (CPAS Binche), Pieter Van Acker (CPAS Gand), Fatma Yilmaz (CPAS Gand), "
                "Jean-Marc Collignon (CPAS Liège), Els Goossens (CPAS Anvers), Karim Benali (CPAS Bruxelles) ", {}),
               ("(liste reprise de juin, à vérifier)", {"highlight": Y})])
    runs(doc, [("Excusés : ", {"bold": True}),
               ("Hélène Dasnoy (CPAS Liège), Bart Claes (CPAS Anvers)", {})])

    rows = [["Ordre du jour", ""],
            ["9h30 – 10h00", "Accueil et café"],
            ["10h00 – 10h45", "Tour de table : état d’avancement des projets"],
            ["10h45 – 12h00", "Présentation du projet Activ’Up (CPAS de Charleroi)"],
            ["12h00 – 13h00", "Lunch"],
            ["13h00 – 14h30", "Recrutement des participants : échange de pratiques"],
            ["14h30 – 15h00", "Divers et prochaine réunion"]]
    t = table(doc, rows, widths=[3.5, 12.5])
    m = t.cell(0, 0).merge(t.cell(0, 1))
    cell_text(m, "Ordre du jour", bold=True)
    para(doc)

    heading(doc, "1. Accueil", 1)
    runs(doc, [("Didier Lambotte accueille les CPAS au nom du Service Action Migrants et rappelle que le projet "
                "Activ’Up en est à son deuxième module (septembre 2016 – juin 2017). ", {}),
               ("L’équipe de Liège remercie les participants pour leur venue.", {"highlight": Y})])

    heading(doc, "2. Tour de table", 1)
    heading(doc, "2.1 CPAS de Gand", 2)
    para(doc, "Le groupe du jeudi compte douze participants. Fatma Yilmaz signale que plusieurs personnes ont trouvé "
              "un emploi à temps partiel et ne viennent plus qu’au coaching individuel. Le CPAS de Gand a déjà adapté "
              "l’horaire en conséquence.")
    heading(doc, "2.2 CPAS de Liège", 2)
    para(doc, "Trois contrats sont signés par participant : avec l’assistant social, avec la personne chargée de "
              "l’entretien d’admission et avec le responsable de chaque module. Les autres CPAS trouvent l’idée "
              "intéressante. Jean-Marc Collignon enverra le modèle de contrat aux autres CPAS avant la fin de l’année.")
    heading(doc, "2.3 CPAS d’Anvers", 2)
    para(doc, "Els Goossens explique que le partenariat avec Schoten, Edegem et Mortsel se met en place ; les "
              "premières orientations sont attendues en janvier.")
    heading(doc, "2.4 CPAS de Bruxelles", 2)
    para(doc, "Karim Benali indique que le recrutement reste difficile : beaucoup de personnes orientées ne se "
              "présentent pas à l’entretien d’admission.")

    heading(doc, "3. Présentation du projet Activ’Up", 1)
    para(doc, "Samira Bouzidi présente le fonctionnement par modules et les trois axes du projet : coaching individuel "
              "tous les quinze jours, activités collectives chaque semaine et suivi social sur rendez-vous. Une semaine "
              "type est projetée (cours de FLE, ateliers découvertes, séance d’information « se débrouiller en "
              "Belgique »).")
    para(doc, "Le CPAS de Binche, partenaire de Charleroi, envoie déjà ses participants aux séances d’information "
              "collectives depuis septembre.")

    heading(doc, "4. Recrutement des participants", 1)
    para(doc, "Charleroi a d’abord dressé, avec l’observatoire local, une liste de plus de 1 000 bénéficiaires "
              "potentiels ; les assistants sociaux en ont retenu 315 pour le module 1. Sur ces 315 personnes invitées, "
              "110 sont venues à la séance d’information (35 %).")
    para(doc, "Les CPAS aimeraient pouvoir comparer ces chiffres entre eux. Le SPP va rassembler les chiffres de "
              "recrutement de chaque CPAS pour la prochaine réunion.")
    para(doc, "Chaque CPAS transmet au SPP, pour le 16 décembre, le nombre de personnes invitées et présentes aux "
              "séances d’information.")

    heading(doc, "5. Divers", 1)
    para(doc, "Le questionnaire de satisfaction reste difficile pour les participants peu scolarisés ; une traduction "
              "en arabe serait utile (souhait des CPAS, pas de décision à ce stade).")
    para(doc, "Prochaine réunion : mars 2017, au CPAS d’Anvers.", bold=True)
    para(doc)
    para(doc, "Rapport : Nathalie Wauters, SPP IS", italic=True)
    save(doc, "537_reunion_charleroi_2016.docx")


# ---------------------------------------------------------------- 538
def r538():
    """Gent, March 2017, NL. Griet Van Damme (OCMW Gent) typed her handwritten notes up
    six days later; bold typed headings '1)', people in bullets per organisation."""
    doc = new_doc("Verdana", 9)
    header(doc, ["OCMW Gent – AMIF"], italic=False)
    footer(doc, before="p. ", align=WD_ALIGN_PARAGRAPH.RIGHT)

    para(doc, "Verslag AMIF-overleg OCMW's", bold=True, size=13)
    para(doc, "Dinsdag 21 maart 2017 – OCMW Gent, Sociaal Huis, zaal 1.04")
    para(doc, "Uitgetypt op maandag 27 maart 2017 op basis van mijn handgeschreven notities – wie iets mist of anders "
              "begrepen heeft, laat het me weten. Griet", italic=True, color=RGBColor(0x59, 0x59, 0x59))

    para(doc, "Aanwezig:", underline=True)
    for line in ["POD MI: Koen Verhaeghe",
                 "OCMW Gent: Griet Van Damme, Tom De Smet, Nadia El Amrani",
                 "OCMW Antwerpen: Liesbeth Peeters",
                 "OCMW Luik: Marie Fontaine en een collega van het onthaal (naam niet genoteerd – na te vragen)",
                 "OCMW Charleroi: Farid Chaoui",
                 "OCMW Brussel: Youssef Haddad"]:
        para(doc, line, style="List Bullet")
    para(doc, "Verontschuldigd:", underline=True)
    for line in ["Bart Claes (OCMW Antwerpen)", "Karim Benali (OCMW Brussel)"]:
        para(doc, line, style="List Bullet")

    para(doc, "Agenda:", underline=True)
    for line in ["10u00\tWelkom en kennismaking",
                 "10u15\tStand van zaken per OCMW",
                 "11u30\tTevredenheidsenquête: wat loopt er mis?",
                 "12u30\tLunch",
                 "13u30\tBezoek aan de ateliers"]:
        para(doc, line, space_after=0)
    para(doc)

    para(doc, "1) Welkom en kennismaking", bold=True)
    para(doc, "Tom De Smet heet iedereen welkom. Korte voorstellingsronde, want er zijn drie nieuwe gezichten "
              "(Luik, Charleroi en Brussel).")

    para(doc, "2) Stand van zaken per OCMW", bold=True)
    para(doc, "Gent: 2 groepen van 10, wachtlijst van ongeveer 15 mensen. De intake gebeurt nu door Nadia, niet meer "
              "door de maatschappelijk werkers zelf.")
    para(doc, "Antwerpen: nog in opstart met de partner-OCMW's, eerste groep start in mei.")
    para(doc, "Luik: vier modules lopen, het creatieve atelier blijft het populairst. Ze werken met drie contracten per "
              "deelnemer (zie vorig verslag).")
    para(doc, "Charleroi: module 2 loopt tot juni; rekrutering via de sociale antennes.")
    para(doc, "Brussel: moeite met stiptheid, ze denken aan een aanwezigheidscontract zoals in Luik "
              "(en nog iets over de mobiliteit – onleesbaar in mijn notities).")
    para(doc, "Actie Tom: bezorgt de aangepaste intakefiche aan alle OCMW's (ten laatste eind april).", bold=True)

    para(doc, "3) Tevredenheidsenquête", bold=True)
    para(doc, "Iedereen vindt de enquête te abstract voor de doelgroep (woorden als 'tevredenheid' en 'doelstelling'). "
              "Gent heeft al een versie met pictogrammen getest bij één groep: positief.")
    para(doc, "Voorstel van Luik: de enquête mondeling afnemen met een sociaal tolk. Geen beslissing.")
    para(doc, "→ POD: vraagt na of de enquête vertaald kan worden in het Arabisch en het Tigrinya.")
    para(doc, "Elk OCMW test de versie met pictogrammen bij minstens één groep vóór de zomer.")
    para(doc, "Vergelijkende tabel van de resultaten per OCMW opmaken – wie: nog te bepalen.")

    para(doc, "4) Bezoek aan de ateliers", bold=True)
    para(doc, "Na de lunch rondleiding in de ateliers (koken, naaien, computer). De deelnemers vertelden zelf wat ze "
              "doen; dat werd erg gewaardeerd.")

    para(doc, "5) Varia", bold=True)
    para(doc, "Koen bedankt Gent voor de ontvangst.")
    para(doc, "Volgende bijeenkomst: in juni, in Luik.")
    save(doc, "538_verslag_gent_2017.docx")


# ---------------------------------------------------------------- 539
def r539():
    """Online, May 2020. Sophie Lemaire (SPP IS) sent a summary e-mail the day after the
    Teams call; a colleague pasted the mail into Word for the archive."""
    doc = new_doc("Calibri", 11)
    header(doc, ["SPP Intégration Sociale – POD Maatschappelijke Integratie"], italic=False)

    para(doc, "Réunion Teams FAMI – 14/05/2020 (résumé envoyé par mail)", bold=True, size=12)
    para(doc)
    for lab, val in [("De :", " Lemaire Sophie"),
                     ("Envoyé :", " vendredi 15 mai 2020 16:42"),
                     ("À :", " Réseau FAMI – CPAS"),
                     ("Objet :", " Résumé réunion Teams FAMI du 14/05 – Samenvatting Teams-vergadering AMIF 14/05")]:
        p = runs(doc, [(lab, {"bold": True}), (val, {})])
        p.paragraph_format.space_after = Pt(0)
    para(doc)
    para(doc, "Bonjour à tous,")
    para(doc, "Voici un petit résumé de notre réunion Teams d'hier (jeudi 14 mai 2020, 10h00-11h30). Pas "
              "d'interprétation cette fois-ci : chacun a parlé dans sa langue et on s'est bien compris.")
    para(doc, "Étaient connectés : Sophie Lemaire (SPP), Jeroen Maes et An Verbruggen (Gand), Marc Delvaux (Liège), "
              "Aïcha Mansouri (Charleroi), Hilde Wouters (Anvers) et Wim Janssens (Mortsel). Olivier Hermans "
              "(Bruxelles) s'était excusé.")
    para(doc, "Nous avons parlé de trois choses : la reprise des activités de groupe, les chiffres pour le rapport "
              "annuel et l'enquête de satisfaction.")

    para(doc, "Reprise des activités de groupe", bold=True, underline=True)
    para(doc, "Charleroi et Liège reprennent début juin avec des groupes de 3 participants + 1 formateur. Gand "
              "travaille déjà avec 4 + 1 depuis le 11 mai. Anvers et Mortsel espèrent passer à 6 + 1 après l'été, si "
              "les règles le permettent.")
    para(doc, "Marc et Aïcha vont comparer leurs plannings de reprise et nous en feront un retour à la prochaine "
              "réunion.")

    para(doc, "Chiffres pour le rapport annuel", bold=True, underline=True)
    para(doc, "La Commission demande le nombre de participants par type d'activité. Action pour tous les CPAS : "
              "envoyer au SPP, pour le vendredi 29 mai, les chiffres de participants de janvier à avril.")

    para(doc, "Enquête de satisfaction", bold=True, underline=True)
    para(doc, "Jeroen a présenté la version simplifiée avec pictogrammes que Gand utilise depuis l'an dernier. "
              "Beaucoup d'intérêt. Jeroen partage la version simplifiée de l'enquête avec tout le monde via Teams.")
    para(doc, "Le SPP renverra la présentation de Gand en PDF à toute la liste.")
    para(doc, "Prochaine réunion Teams : jeudi 11 juin 2020 à 10h00, même lien.")
    para(doc, "PS : le rapport complet suivra la semaine prochaine.")
    para(doc, "Bien à vous,")
    para(doc, "Sophie")

    para(doc, "Samenvatting in het Nederlands", bold=True, underline=True)
    para(doc, "Teams-vergadering van donderdag 14 mei 2020, zonder tolk. Heropstart groepsactiviteiten: Charleroi en "
              "Luik starten begin juni met 3 + 1, Gent werkt al met 4 + 1, Antwerpen en Mortsel hopen op 6 + 1 na de "
              "zomer. Alle OCMW's sturen hun deelnemerscijfers januari–april tegen 29 mei naar de POD. Gent deelt de "
              "vereenvoudigde enquête met pictogrammen. Volgende vergadering: donderdag 11 juni 2020 om 10u00.")
    para(doc)
    para(doc, "Sophie Lemaire | Attachée FAMI | SPP Intégration Sociale – POD Maatschappelijke Integratie",
         size=9, color=RGBColor(0x1F, 0x4E, 0x79))
    save(doc, "539_resume_mail_teams_2020.docx")


# ---------------------------------------------------------------- 540
def r540():
    """Antwerpen, Oct 2018, NL then FR paragraph by paragraph. The SPP secretary was ill;
    Jan Dewilde of the host OCMW wrote the report in her place."""
    doc = new_doc("Calibri", 10.5)
    header(doc, ["POD Maatschappelijke Integratie | SPP Intégration Sociale"], italic=False,
           align=WD_ALIGN_PARAGRAPH.CENTER)
    footer(doc, before=TAG_NL + " – " + TAG_FR + "   |   ", size=7)
    GREY = RGBColor(0x40, 0x40, 0x40)

    def nlfr(nl, fr, bold=False):
        para(doc, nl, bold=bold, space_after=2)
        para(doc, fr, bold=bold, italic=True, color=GREY)

    doc.add_heading("Verslag bijeenkomst OCMW's – Rapport rencontre CPAS", level=0)
    para(doc, "Dinsdag 16 oktober 2018 – Mardi 16 octobre 2018", bold=True)
    para(doc, "OCMW Antwerpen, vergaderzaal De Schelde – CPAS d'Anvers, salle De Schelde")
    nlfr("Verslag: Jan Dewilde (OCMW Antwerpen), ter vervanging van Eva Claessens (POD MI)",
         "Rapport : Jan Dewilde (CPAS d'Anvers), en remplacement d'Eva Claessens (SPP IS)")
    nlfr("Er was geen tolk; iedereen sprak Nederlands of Frans.",
         "Pas d'interprète ; chacun s'est exprimé en néerlandais ou en français.")

    rows = [["Naam / Nom", "Organisatie / Organisation", "Status"],
            ["Jan Dewilde", "OCMW Antwerpen", "aanwezig / présent"],
            ["Eva Claessens", "POD MI", "verontschuldigd / excusée"],
            ["Sarah Nuyts", "OCMW Antwerpen", "aanwezig / présente"],
            ["Luc Vandenberghe", "OCMW Schoten", "aanwezig / présent"],
            ["Mohamed Ait Lahcen (spelling na te vragen)", "OCMW Edegem", "aanwezig / présent"],
            ["Katrien Wouters", "OCMW Mortsel", "aanwezig / présente"],
            ["Pieter Van Acker", "OCMW Gent", "aanwezig / présent"],
            ["Julie Renard", "CPAS Liège", "aanwezig / présente"],
            ["Didier Lambotte", "CPAS Charleroi", "verontschuldigd / excusé"],
            ["Laura Dumont", "CPAS Bruxelles", "aanwezig / présente"]]
    table(doc, rows, widths=[6.5, 5.0, 4.5], size=9.5)
    para(doc)

    para(doc, "Agenda – Ordre du jour:", italic=True)
    for line in ["10.00 – Onthaal / Accueil",
                 "10.15 – Stand van zaken per OCMW / État des lieux par CPAS",
                 "11.30 – Partnerwerking Schoten, Edegem, Mortsel / Partenariat Schoten, Edegem, Mortsel",
                 "12.30 – Broodjeslunch / Lunch",
                 "13.30 – Workshop contracten / Atelier contrats"]:
        para(doc, line, style="List Bullet")

    heading(doc, "A. Onthaal / Accueil", 1)
    nlfr("Sarah Nuyts verwelkomt iedereen in Antwerpen. Eva Claessens van het POD is ziek; Jan Dewilde neemt het "
         "verslag op zich.",
         "Sarah Nuyts accueille tout le monde à Anvers. Eva Claessens du SPP est malade ; Jan Dewilde se charge du "
         "rapport.")

    heading(doc, "B. Stand van zaken per OCMW / État des lieux par CPAS", 1)
    heading(doc, "B.1 Gent / Gand", 2)
    nlfr("Twee groepen lopen; de intake gebeurt door één vaste medewerker. Gent heeft de tevredenheidsenquête met "
         "pictogrammen nu in alle groepen ingevoerd.",
         "Deux groupes sont en cours ; l'entretien d'admission est assuré par un seul collaborateur. Gand utilise "
         "désormais l'enquête de satisfaction avec pictogrammes dans tous les groupes.")
    heading(doc, "B.2 Luik / Liège", 2)
    nlfr("Luik werkt met drie contracten per deelnemer. Julie Renard heeft een voorbeeld meegebracht voor de workshop "
         "van de namiddag.",
         "Liège travaille avec trois contrats par participant. Julie Renard a apporté un exemple pour l'atelier de "
         "l'après-midi.")
    heading(doc, "B.3 Brussel / Bruxelles", 2)
    nlfr("Brussel heeft sinds september een nieuwe coördinator. De aanwezigheidsgraad ligt rond 70 %.",
         "Bruxelles a un nouveau coordinateur depuis septembre. Le taux de présence tourne autour de 70 %.")
    heading(doc, "B.4 Antwerpen / Anvers", 2)
    nlfr("Antwerpen start in januari een derde groep, samen met de partners.",
         "Anvers lancera un troisième groupe en janvier, avec les partenaires.")

    heading(doc, "C. Partnerwerking / Partenariat", 1)
    nlfr("Schoten, Edegem en Mortsel stellen kort hun werking voor. De doorverwijzing verloopt via de maatschappelijk "
         "werkers van elk OCMW; het collectieve aanbod vindt plaats in Antwerpen.",
         "Schoten, Edegem et Mortsel présentent brièvement leur fonctionnement. L'orientation passe par les "
         "assistants sociaux de chaque CPAS ; l'offre collective a lieu à Anvers.")
    nlfr("Actie OCMW Edegem: slides van de partnerwerking doorsturen naar het POD.",
         "Action CPAS d'Edegem : transmettre au SPP les slides du partenariat.", bold=True)
    para(doc, "[slides Edegem nog toe te voegen als bijlage / slides d'Edegem encore à joindre en annexe]",
         highlight=WD_COLOR_INDEX.BRIGHT_GREEN)

    heading(doc, "D. Workshop contracten / Atelier contrats", 1)
    nlfr("De contracten van de verschillende OCMW's worden naast elkaar gelegd. Beslist: elk OCMW behoudt zijn eigen "
         "contract, maar de regels over aanwezigheid en stiptheid krijgen overal dezelfde bewoordingen.",
         "Les contrats des différents CPAS sont comparés. Décidé : chaque CPAS garde son propre contrat, mais les "
         "règles sur la présence et la ponctualité seront formulées partout de la même manière.")
    nlfr("Actie Eva Claessens (na haar terugkeer): het modelcontract van Luik in beide talen verspreiden.",
         "Action Eva Claessens (à son retour) : diffuser le modèle de contrat de Liège dans les deux langues.",
         bold=True)
    nlfr("Luc Vandenberghe en Sarah Nuyts bekijken samen hoe de aanwezigheidslijsten van Antwerpen en de partners "
         "gelijkgetrokken kunnen worden.",
         "Luc Vandenberghe et Sarah Nuyts examinent ensemble comment harmoniser les listes de présence d'Anvers et "
         "des partenaires.")

    heading(doc, "E. Varia / Divers", 1)
    nlfr("Geen varia.", "Pas de divers.")
    save(doc, "540_verslag_antwerpen_vervanging_2018.docx")


# ---------------------------------------------------------------- 541
def r541():
    """Teams call, Feb 2021, FR. Claire Dujardin (SPP IS) writes a quick note, no headings."""
    doc = new_doc("Calibri", 11)
    header(doc, ["SPP Intégration Sociale"], italic=False, align=WD_ALIGN_PARAGRAPH.RIGHT)

    para(doc, "Point téléphonique FAMI – CPAS wallons", bold=True, size=12)
    para(doc, "Mardi 9 février 2021, 9h30 – 10h00, Teams")
    para(doc, "En ligne : Claire Dujardin (SPP IS), Marc Delvaux (CPAS de Liège), Aïcha Mansouri (CPAS de Charleroi), "
              "Gaëlle Hanquet (CPAS de Binche).")
    para(doc, "Excusée : Hélène Dasnoy (CPAS de Liège).")
    para(doc, "Note rapide, non relue.", italic=True, color=RGBColor(0xC0, 0x00, 0x00))
    para(doc, "Court appel pour faire le point entre deux réunions du réseau. Deux sujets : la limite de taille des "
              "groupes et les indicateurs 2020.")
    para(doc, "Depuis janvier, Liège et Charleroi travaillent toujours avec 3 participants + 1 formateur. Binche a déjà "
              "adapté son horaire : deux demi-groupes le mardi au lieu d'un groupe le jeudi. Tout le monde espère "
              "passer à 6 + 1 au printemps, mais rien n'est décidé.")
    para(doc, "Pour les indicateurs 2020, le SPP a besoin du nombre de participants par type d'activité (cours de "
              "langue, orientation civique, accompagnement individuel). Question ouverte : les séances en ligne "
              "comptent-elles ?")
    para(doc, "À faire :")
    for line in ["– Qui : Marc Delvaux – envoyer le tableau de présence de janvier à Claire.",
                 "– Qui : SPP – vérifier auprès de la Commission si les séances en ligne comptent comme activités de "
                 "soutien.",
                 "– Qui : Aïcha Mansouri et Gaëlle Hanquet – mettre à jour la liste des participants communs "
                 "Charleroi–Binche.",
                 "– Qui : ? – préparer une note commune sur la limite de taille des groupes."]:
        para(doc, line, space_after=2)
    para(doc, "Prochain point : même heure dans un mois.")
    save(doc, "541_point_telephonique_2021.docx")


# ---------------------------------------------------------------- 542
def r542():
    """Antwerpen, Sept 2023, NL. Kristof Wuyts, head of service at OCMW Antwerpen, chairs the
    project meeting with the partner OCMW's and writes decisions and a Wie/Wat/Wanneer table."""
    doc = new_doc("Arial", 10)
    header(doc, ["OCMW Antwerpen – AMIF-project"], italic=False)
    footer(doc, before="Pagina ", align=WD_ALIGN_PARAGRAPH.RIGHT)
    BLUE = RGBColor(0x00, 0x3A, 0x70)

    para(doc, "Overleg AMIF-project Antwerpen en partner-OCMW's", bold=True, size=14, color=BLUE)
    para(doc, "Maandag 18 september 2023, 14u00 – 16u00, OCMW Antwerpen (lokaal 2.11)")
    para(doc, "Voorzitter en verslag: Kristof Wuyts (diensthoofd, OCMW Antwerpen)")
    para(doc, "Aanwezig: Kristof Wuyts, Ilse Verbeeck (OCMW Antwerpen); Joris Aerts (OCMW Schoten); Nele Segers "
              "(OCMW Edegem); Dirk Van Looy (OCMW Mortsel); Femke Jacobs (POD MI)")
    para(doc, "Verontschuldigd: Bram Smets (OCMW Mortsel)")
    para(doc, "Agenda:")
    for line in ["14u00-14u20 Opvolging vorige actiepunten",
                 "14u20-15u00 Instroom via de sociale dienst",
                 "15u00-15u40 Indicatoren AMIF 2021-2027",
                 "15u40-16u00 Beslissingen en taken"]:
        para(doc, line, style="List Number")

    heading(doc, "1. Opvolging vorige actiepunten", 2, color=BLUE)
    for line in ["Aanwezigheidslijsten Schoten: bezorgd, afgerond.",
                 "Contactlijst partners: bijgewerkt door Ilse, afgerond.",
                 "Vertaling tevredenheidsenquête naar het Dari: nog open (zie taken)."]:
        para(doc, line, style="List Bullet")

    heading(doc, "2. Instroom via de sociale dienst", 2, color=BLUE)
    para(doc, "Instroom blijft laag in Mortsel (2 deelnemers sinds januari). Schoten zit aan 9. Cijfers Edegem volgen.")
    para(doc, "Oorzaak volgens Nele: de maatschappelijk werkers kennen het aanbod onvoldoende. Femke wijst erop dat "
              "Charleroi werkt met een lijst van potentiële deelnemers die de maatschappelijk werkers samen overlopen; "
              "mogelijk ook bruikbaar hier.")

    heading(doc, "3. Indicatoren AMIF 2021-2027", 2, color=BLUE)
    para(doc, "Femke licht de gemeenschappelijke output- en resultaatindicatoren toe: deelnemers aan taalcursus, "
              "maatschappelijke oriëntatie en individuele begeleiding; deelnemers die minstens één ERK-niveau stijgen; "
              "deelnemers die zeggen dat de activiteit hun integratie heeft geholpen. Het POD rapporteert ze jaarlijks "
              "aan de Commissie. Vraag van Schoten: tellen deelnemers die halverwege stoppen mee? Zie taken.")

    heading(doc, "4. Beslissingen", 2, color=BLUE)
    for line in ["B1 – De groepsgrootte blijft 8 deelnemers + 1 begeleider.",
                 "B2 – De intake voor de partners blijft centraal in Antwerpen.",
                 "B3 – Het voorstel van Schoten voor een gezamenlijke uitstap wordt uitgesteld naar het voorjaar."]:
        para(doc, line, space_after=2)

    heading(doc, "5. Taken", 2, color=BLUE)
    rows = [["Wie", "Wat", "Wanneer"],
            ["Ilse Verbeeck", "Overzicht instroom per partner-OCMW opmaken voor 2023", "15/10"],
            ["Kristof Wuyts en Nele Segers", "Infomoment plannen met de sociale dienst van Edegem", "oktober"],
            ["OCMW Mortsel", "Nieuwe contactpersoon doorgeven aan Antwerpen en het POD", "zo snel mogelijk"],
            ["POD MI", "Antwoord bezorgen over deelnemers die halverwege stoppen", "volgend overleg"],
            ["nog te bepalen", "Vertaling tevredenheidsenquête naar het Dari laten nakijken", "–"]]
    table(doc, rows, widths=[4.5, 9.0, 3.0], fill="BDD7EE")
    para(doc)
    para(doc, "Volgend overleg: maandag 4 december 2023, 14u00, OCMW Edegem.", bold=True)
    save(doc, "542_beslissingen_antwerpen_2023.docx")


# ---------------------------------------------------------------- 543
def r543():
    """Binche, June 2022, hybrid, FR | NL in two columns, interpretation. Written by
    Valérie Deprez (CPAS Charleroi), Binche's lead partner."""
    doc = new_doc("Calibri", 10)
    header(doc, [TAG_FR, TAG_NL], align=WD_ALIGN_PARAGRAPH.CENTER)
    footer(doc, before="CPAS de Binche – OCMW Binche | page ")

    para(doc, "Rapport de réunion du réseau FAMI – Verslag netwerkvergadering AMIF", bold=True, size=13,
         align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "Jeudi 23 juin 2022 – Donderdag 23 juni 2022", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "CPAS de Binche, salle du conseil, et en ligne (Teams) – OCMW Binche, raadzaal, en online (Teams)",
         align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "Réunion hybride avec interprétation simultanée FR/NL pour tous les participants. – Hybride vergadering "
              "met simultaanvertaling FR/NL voor alle deelnemers.", italic=True)
    para(doc, "Rapport : Valérie Deprez (CPAS de Charleroi) – Verslag: Valérie Deprez (OCMW Charleroi)", italic=True)

    rows = [["Nom / Naam", "Organisation / Organisatie", "Participation / Deelname"],
            ["Gaëlle Hanquet", "CPAS Binche", "sur place / ter plaatse"],
            ["Valérie Deprez", "CPAS Charleroi", "sur place / ter plaatse"],
            ["Claire Dujardin", "SPP IS / POD MI", "sur place / ter plaatse"],
            ["Frank Schepers", "OCMW Gent", "en ligne / online"],
            ["Hélène Dasnoy", "CPAS Liège", "sur place / ter plaatse"],
            ["Laura Dumont", "CPAS Bruxelles", "en ligne / online"],
            ["Hilde Wouters", "OCMW Antwerpen", "en ligne / online"],
            ["Katrien Wouters", "OCMW Mortsel", "excusée / verontschuldigd"],
            ["Anne-Sophie Leroy", "interprète / tolk", "sur place / ter plaatse"],
            ["Tim Bogaerts", "interprète / tolk", "sur place / ter plaatse"],
            ["Jeroen Maes", "OCMW Gent", "excusé / verontschuldigd"]]
    table(doc, rows, widths=[5.0, 5.5, 5.5], size=9, fill="E2EFD9")
    para(doc)

    rows = [["Heure / Uur", "Point / Punt"],
            ["9h30 – 10h00", "Accueil et café / Onthaal en koffie"],
            ["10h00 – 10h45", "Le partenariat Charleroi–Binche / Het partnerschap Charleroi–Binche"],
            ["10h45 – 11h45", "Tour de table / Rondvraag"],
            ["11h45 – 12h15", "Réunions hybrides : questions pratiques / Hybride vergaderingen: praktische vragen"],
            ["12h15 – 12h30", "Divers / Varia"]]
    table(doc, rows, widths=[3.5, 12.5], size=9, fill="E2EFD9")
    para(doc)

    body = [
        ("1. Accueil / Verwelkoming", [
            ("Gaëlle Hanquet accueille le réseau dans la salle du conseil du CPAS de Binche. C'est la première réunion "
             "hybride du réseau ; trois CPAS suivent en ligne. Une visite des locaux de l'activation sociale a lieu "
             "après la réunion.",
             "Gaëlle Hanquet verwelkomt het netwerk in de raadzaal van OCMW Binche. Het is de eerste hybride "
             "vergadering van het netwerk; drie OCMW's volgen online. Na de vergadering volgt een bezoek aan de "
             "lokalen van de sociale activering.")]),
        ("2. Le partenariat Charleroi–Binche / Het partnerschap Charleroi–Binche", [
            ("Binche oriente ses participants vers les séances d'information et le coaching collectif de Charleroi ; "
             "le suivi individuel reste à Binche. Binche a déjà ouvert un deuxième groupe en mai. Les trajets en bus "
             "restent un frein pour certains participants.",
             "Binche stuurt zijn deelnemers naar de infosessies en de collectieve coaching in Charleroi; de "
             "individuele opvolging blijft in Binche. Binche heeft in mei al een tweede groep opgestart. De busrit "
             "blijft voor sommige deelnemers een drempel."),
            ("→ Binche : envoie la liste de ses partenaires locaux au SPP avant les vacances.",
             "→ Binche: stuurt de lijst van zijn lokale partners vóór de vakantie naar de POD.")]),
        ("3. Tour de table / Rondvraag", [
            ("Gand : la limite de groupe est levée, retour à 10 participants. Liège : les contrats ont été simplifiés "
             "(un seul document au lieu de trois). Bruxelles : recrutement en hausse grâce aux antennes sociales. "
             "Anvers : le planning hebdomadaire a été revu pour équilibrer anciens et nouveaux participants.",
             "Gent: de groepslimiet is opgeheven, terug naar 10 deelnemers. Luik: de contracten zijn vereenvoudigd "
             "(één document in plaats van drie). Brussel: meer instroom dankzij de sociale antennes. Antwerpen: de "
             "weekplanning is herzien om oude en nieuwe deelnemers in evenwicht te brengen."),
            ("Le CPAS d'Anvers fera circuler son modèle de planning hebdomadaire.",
             "OCMW Antwerpen bezorgt zijn model van weekplanning aan iedereen.")]),
        ("4. Questions pratiques pour les réunions hybrides / Praktische vragen bij hybride vergaderingen", [
            ("Le son de la salle était difficile à suivre pour les participants en ligne. Proposition : alterner "
             "réunions en présentiel et en ligne plutôt que de tout faire en hybride. Pas de décision.",
             "Het geluid in de zaal was moeilijk te volgen voor wie online was. Voorstel: afwisselen tussen fysieke en "
             "online vergaderingen in plaats van alles hybride. Geen beslissing."),
            ("→ Le SPP réserve pour la prochaine réunion une salle équipée d'un micro d'ambiance.",
             "→ De POD reserveert voor de volgende vergadering een zaal met een zaalmicrofoon."),
            ("→ Frank Schepers et Laura Dumont : test du son avec la salle une semaine avant la prochaine réunion.",
             "→ Frank Schepers en Laura Dumont: geluidstest met de zaal een week vóór de volgende vergadering.")]),
        ("5. Divers / Varia", [
            ("Photos de la visite à ajouter.", "Foto's van het bezoek toe te voegen."),
            ("Prochaine réunion : octobre 2022 à Liège, en hybride.",
             "Volgende vergadering: oktober 2022 in Luik, hybride.")]),
    ]
    nrows = sum(1 + len(ps) for _, ps in body)
    t = doc.add_table(rows=nrows, cols=2)
    t.style = "Table Grid"
    i = 0
    for title, ps in body:
        m = t.cell(i, 0).merge(t.cell(i, 1))
        cell_text(m, title, bold=True)
        shade(m, "E2EFD9")
        i += 1
        for fr, nl in ps:
            cell_text(t.cell(i, 0), fr)
            cell_text(t.cell(i, 1), nl, italic=True)
            i += 1
    save(doc, "543_hybride_binche_2022.docx")


# ---------------------------------------------------------------- 544
def r544():
    """Brussels, March 2024. Formal PV by Rudi Claeys (SPP IS), approved at the June session;
    full French text, then a full Dutch version after a page break."""
    doc = new_doc("Times New Roman", 11, margins=2.5)
    header(doc, ["SPP Intégration Sociale – POD Maatschappelijke Integratie"], italic=False,
           align=WD_ALIGN_PARAGRAPH.CENTER)
    footer(doc, before="– ", after=" –")
    C = WD_ALIGN_PARAGRAPH.CENTER

    def block(title, sub, seance, place, approved, present_lab, present, exc_lab, excused, lang_line,
              odj_lab, odj, sections, signature):
        para(doc, title, bold=True, size=16, align=C)
        para(doc, sub, bold=True, align=C)
        para(doc, seance, align=C)
        para(doc, place, align=C)
        para(doc, approved, italic=True, align=C)
        para(doc, present_lab, bold=True)
        for x in present:
            para(doc, x, style="List Bullet")
        para(doc, exc_lab, bold=True)
        for x in excused:
            para(doc, x, style="List Bullet")
        para(doc, lang_line)
        para(doc, odj_lab, bold=True)
        for x in odj:
            para(doc, x, space_after=0)
        para(doc)
        for h, texts in sections:
            heading(doc, h, 1, color=RGBColor(0, 0, 0))
            for x in texts:
                p = para(doc, x)
                p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        para(doc)
        para(doc, signature)

    block(
        "PROCÈS-VERBAL", "Réunion du réseau FAMI des CPAS", "Séance du vendredi 15 mars 2024",
        "SPP Intégration Sociale, Bruxelles – salle 4.02",
        "Procès-verbal approuvé en séance du 14 juin 2024.",
        "Membres présents :",
        ["Mme Inès Carpentier, SPP Intégration Sociale, présidente",
         "M. Rudi Claeys, SPP Intégration Sociale, secrétaire",
         "Mme Hanne Jacobs, CPAS de Gand",
         "M. Olivier Hermans, CPAS de Bruxelles",
         "Mme Julie Renard, CPAS de Liège",
         "M. Didier Lambotte, CPAS de Charleroi",
         "Mme Sarah Nuyts, CPAS d’Anvers"],
        "Membres excusés :",
        ["Mme Gaëlle Hanquet, CPAS de Binche",
         "M. Joris Aerts, CPAS de Schoten"],
        "La séance se tient en français et en néerlandais, sans interprétation.",
        "Ordre du jour :",
        ["I. Ouverture de la séance",
         "II. Approbation du procès-verbal de la séance du 24 novembre 2023",
         "III. Communications du SPP",
         "IV. Rapports des CPAS",
         "V. Indicateurs communs 2021-2027",
         "VI. Divers",
         "VII. Clôture"],
        [("I. Ouverture de la séance",
          ["La présidente ouvre la séance à 10h05 et constate que cinq des neuf CPAS du réseau sont "
           "représentés."]),
         ("II. Approbation du procès-verbal de la séance du 24 novembre 2023",
          ["Le procès-verbal de la séance du 24 novembre 2023 est approuvé sans modification."]),
         ("III. Communications du SPP",
          ["Le SPP rappelle que les documents d’une opération financée par le fonds sont conservés pendant cinq ans "
           "à compter du 31 décembre de l’année du dernier paiement (règlement (UE) 2021/1060, article 82). Les "
           "données personnelles des participants ne sont pas conservées plus longtemps que nécessaire.",
           "Une note explicative sur la conservation des documents sera envoyée par le SPP à tous les CPAS."]),
         ("IV. Rapports des CPAS",
          ["Chaque CPAS présente brièvement l’état de son projet. Gand fait part des premiers résultats de l’enquête "
           "de satisfaction adaptée ; Mme Hanne Jacobs présentera les résultats complets lors de la prochaine séance. "
           "Liège signale une hausse du taux de présence depuis la simplification des contrats."]),
         ("V. Indicateurs communs 2021-2027",
          ["Le SPP présente les indicateurs communs de réalisation et de résultat du règlement (UE) 2021/1147.",
           "Le SPP transmettra aux CPAS, pour le 30 avril 2024, la fiche de collecte des indicateurs. Les CPAS sont "
           "invités à communiquer leurs remarques sur cette fiche avant le 31 mai 2024.",
           "Le réseau décide de collecter les indicateurs deux fois par an."]),
         ("VI. Divers",
          ["M. Olivier Hermans propose d’organiser une journée du réseau à Bruxelles à l’automne. La proposition est "
           "accueillie favorablement."]),
         ("VII. Clôture",
          ["La prochaine séance aura lieu le vendredi 14 juin 2024 à 10h00 au CPAS de Liège. La séance est levée à "
           "12h20."])],
        "Le secrétaire, Rudi Claeys\t\t\tLa présidente, Inès Carpentier")

    page_break(doc)

    block(
        "PROCES-VERBAAL", "Vergadering van het AMIF-netwerk van de OCMW’s", "Zitting van vrijdag 15 maart 2024",
        "POD Maatschappelijke Integratie, Brussel – zaal 4.02",
        "Proces-verbaal goedgekeurd in de zitting van 14 juni 2024.",
        "Aanwezige leden:",
        ["mevr. Inès Carpentier, POD Maatschappelijke Integratie, voorzitter",
         "dhr. Rudi Claeys, POD Maatschappelijke Integratie, secretaris",
         "mevr. Hanne Jacobs, OCMW Gent",
         "dhr. Olivier Hermans, OCMW Brussel",
         "mevr. Julie Renard, OCMW Luik",
         "dhr. Didier Lambotte, OCMW Charleroi",
         "mevr. Sarah Nuyts, OCMW Antwerpen"],
        "Verontschuldigde leden:",
        ["mevr. Gaëlle Hanquet, OCMW Binche",
         "dhr. Joris Aerts, OCMW Schoten"],
        "De vergadering verloopt in het Frans en het Nederlands, zonder tolken.",
        "Agenda:",
        ["I. Opening van de zitting",
         "II. Goedkeuring van het proces-verbaal van de zitting van 24 november 2023",
         "III. Mededelingen van de POD",
         "IV. Verslagen van de OCMW’s",
         "V. Gemeenschappelijke indicatoren 2021-2027",
         "VI. Varia",
         "VII. Sluiting"],
        [("I. Opening van de zitting",
          ["De voorzitter opent de zitting om 10.05 uur en stelt vast dat vijf van de negen OCMW’s van het "
           "netwerk vertegenwoordigd zijn."]),
         ("II. Goedkeuring van het proces-verbaal van de zitting van 24 november 2023",
          ["Het proces-verbaal van de zitting van 24 november 2023 wordt zonder wijzigingen goedgekeurd."]),
         ("III. Mededelingen van de POD",
          ["De POD herinnert eraan dat de documenten van een door het fonds gefinancierde concrete actie vijf jaar "
           "worden bewaard vanaf 31 december van het jaar van de laatste betaling (Verordening (EU) 2021/1060, "
           "artikel 82). Persoonsgegevens van deelnemers worden niet langer bewaard dan nodig.",
           "Een toelichtende nota over de bewaring van documenten zal door de POD aan alle OCMW’s worden bezorgd."]),
         ("IV. Verslagen van de OCMW’s",
          ["Elk OCMW geeft een korte stand van zaken. Gent deelt de eerste resultaten van de aangepaste "
           "tevredenheidsenquête; mevr. Hanne Jacobs zal de volledige resultaten op de volgende zitting voorstellen. "
           "Luik meldt een hogere aanwezigheidsgraad sinds de vereenvoudiging van de contracten."]),
         ("V. Gemeenschappelijke indicatoren 2021-2027",
          ["De POD stelt de gemeenschappelijke output- en resultaatindicatoren van Verordening (EU) 2021/1147 voor.",
           "De POD bezorgt de OCMW’s tegen 30 april 2024 de fiche voor de inzameling van de indicatoren. De OCMW’s "
           "worden verzocht hun opmerkingen over die fiche vóór 31 mei 2024 mee te delen.",
           "Het netwerk beslist de indicatoren twee keer per jaar in te zamelen."]),
         ("VI. Varia",
          ["Dhr. Olivier Hermans stelt voor in het najaar een netwerkdag in Brussel te organiseren. Het voorstel wordt "
           "positief onthaald."]),
         ("VII. Sluiting",
          ["De volgende zitting vindt plaats op vrijdag 14 juni 2024 om 10.00 uur in het OCMW van Luik. De zitting "
           "wordt gesloten om 12.20 uur."])],
        "De secretaris, Rudi Claeys\t\t\tDe voorzitter, Inès Carpentier")
    save(doc, "544_proces_verbal_reseau_2024.docx")


# ---------------------------------------------------------------- 545
def r545():
    """Gent, Nov 2019: the network day, NL | FR side by side under each heading, with
    interpretation and a list of annexes (two still to follow). Eva Claessens (POD MI)."""
    doc = new_doc("Calibri", 10)
    header(doc, [TAG_NL, TAG_FR], align=WD_ALIGN_PARAGRAPH.LEFT)
    footer(doc, before="POD Maatschappelijke Integratie – SPP Intégration Sociale | ")
    ORANGE = RGBColor(0xC5, 0x5A, 0x11)

    para(doc, "Netwerkdag AMIF – Journée du réseau FAMI", bold=True, size=16, color=ORANGE)
    para(doc, "Donderdag 21 november 2019 – Jeudi 21 novembre 2019", bold=True)
    para(doc, "OCMW Gent, Sociaal Huis – CPAS de Gand, Maison sociale")
    para(doc, "Met simultaanvertaling Nederlands-Frans. – Avec interprétation simultanée néerlandais-français.")
    para(doc, "Verslag: Eva Claessens (POD MI) / Rapport : Eva Claessens (SPP IS)", italic=True)

    rows = [["Naam / Nom", "Organisatie / Organisation", "Aanwezig / Présent"],
            ["Hanne Jacobs", "OCMW Gent", "ja / oui"],
            ["Sara Van Hove", "OCMW Gent", "ja / oui"],
            ["Tom De Smet", "OCMW Gent", "nee, verontschuldigd / non, excusé"],
            ["Julien Marchal", "CPAS Liège", "ja / oui"],
            ["Hélène Dasnoy", "CPAS Liège", "ja / oui"],
            ["Aïcha Mansouri", "CPAS Charleroi", "ja / oui"],
            ["Gaëlle Hanquet", "CPAS Binche", "nee, verontschuldigd / non, excusée"],
            ["Hilde Wouters", "OCMW Antwerpen", "ja / oui"],
            ["Luc Vandenberghe", "OCMW Schoten", "ja / oui"],
            ["Nele Segers", "OCMW Edegem", "ja / oui"],
            ["Olivier Hermans", "CPAS Bruxelles", "ja / oui"],
            ["Eva Claessens", "POD MI / SPP IS", "ja / oui"],
            ["Koen Verhaeghe", "POD MI / SPP IS", "ja / oui"],
            ["Lotte Desmet", "Universiteit Gent (gastspreker / oratrice invitée)", "ja / oui"]]
    table(doc, rows, widths=[4.5, 7.0, 4.5], size=9, fill="FBE4D5")
    para(doc)

    rows = [["Uur / Heure", "Programma / Programme"],
            ["9.30 – 10.00", "Onthaal en koffie / Accueil et café"],
            ["10.00 – 10.45", "Voorstelling van het project van OCMW Gent / Présentation du projet du CPAS de Gand"],
            ["10.45 – 11.15", "Rekrutering en doorverwijzing: inzichten uit onderzoek / Recrutement et orientation : "
                              "apports de la recherche"],
            ["11.15 – 12.30", "Workshops in kleine groepen / Ateliers en petits groupes"],
            ["12.30 – 13.30", "Lunch"],
            ["13.30 – 15.00", "Wat werkt en wat kan beter? / Ce qui marche et ce qui peut être amélioré"],
            ["15.00 – 15.30", "Afsluiting / Clôture"]]
    table(doc, rows, widths=[3.0, 13.0], size=9, fill="FBE4D5")

    def two(pairs):
        t = doc.add_table(rows=len(pairs), cols=2)
        t.style = "Table Grid"
        for i, (nl, fr) in enumerate(pairs):
            cell_text(t.cell(i, 0), nl)
            cell_text(t.cell(i, 1), fr, italic=True)

    heading(doc, "1. Onthaal / Accueil", 1, color=ORANGE)
    two([("Koen Verhaeghe opent de netwerkdag. Alle negen OCMW's waren uitgenodigd; zeven zijn aanwezig. Twee tolken "
          "zorgen voor de simultaanvertaling.",
          "Koen Verhaeghe ouvre la journée du réseau. Les neuf CPAS étaient invités ; sept sont présents. Deux "
          "interprètes assurent la traduction simultanée.")])

    heading(doc, "2. Voorstelling project OCMW Gent / Présentation du projet du CPAS de Gand", 1, color=ORANGE)
    two([("Hanne Jacobs en Sara Van Hove stellen het Gentse project voor: individuele trajectbegeleiding om de twee "
          "weken, wekelijkse groepsateliers en een maandelijkse uitstap. Presentatie in bijlage 1.",
          "Hanne Jacobs et Sara Van Hove présentent le projet gantois : accompagnement individuel tous les quinze "
          "jours, ateliers collectifs hebdomadaires et une sortie par mois. Présentation en annexe 1.")])

    heading(doc, "3. Rekrutering en doorverwijzing / Recrutement et orientation", 1, color=ORANGE)
    two([("Lotte Desmet (UGent) stelt de eerste resultaten voor van een onderzoek naar doorverwijzing door "
          "maatschappelijk werkers. Veel verwijzingen gaan verloren tussen de uitnodiging en de infosessie.",
          "Lotte Desmet (UGent) présente les premiers résultats d'une recherche sur l'orientation par les "
          "assistants sociaux. Beaucoup d'orientations se perdent entre l'invitation et la séance d'information.")])

    heading(doc, "4. Workshops / Ateliers", 1, color=ORANGE)
    heading(doc, "4.1 Rekrutering / Recrutement", 2, color=ORANGE)
    two([("Charleroi toont hoe het van een lijst van potentiële deelnemers naar een infosessie gaat en hoeveel mensen "
          "er bij elke stap afhaken. Andere OCMW's willen dat ook bijhouden.",
          "Charleroi montre comment il passe d'une liste de participants potentiels à une séance d'information, et "
          "combien de personnes décrochent à chaque étape. D'autres CPAS veulent aussi suivre ces chiffres."),
         ("OCMW Charleroi deelt zijn rekruteringstabel met het netwerk.",
          "Le CPAS de Charleroi partage son tableau de recrutement avec le réseau.")])
    heading(doc, "4.2 Tevredenheidsenquête / Enquête de satisfaction", 2, color=ORANGE)
    two([("De huidige enquête is te abstract voor de doelgroep. Gent en Luik werken elk aan een eenvoudigere versie.",
          "L'enquête actuelle est trop abstraite pour le public. Gand et Liège travaillent chacun à une version "
          "plus simple."),
         ("Actie: Sara Van Hove en Julien Marchal – gezamenlijk voorstel van een enquête met pictogrammen, tegen de "
          "volgende netwerkdag.",
          "Action : Sara Van Hove et Julien Marchal – proposition commune d'une enquête avec pictogrammes, pour la "
          "prochaine journée du réseau.")])

    heading(doc, "5. Wat werkt en wat kan beter / Ce qui marche et ce qui peut être amélioré", 1, color=ORANGE)
    two([("Wat werkt: intensief werken met de deelnemers, bijna elke dag van de week; de band tussen begeleiders en "
          "deelnemers en tussen de deelnemers onderling; de groepsgeest op het einde van een module.",
          "Ce qui marche : le travail intensif avec les participants, presque tous les jours de la semaine ; les "
          "liens entre encadrants et participants, et entre participants ; l'esprit de groupe en fin de module."),
         ("Wat kan beter: communicatie naar de deelnemers bij gewijzigde uurroosters of afgelaste lessen; "
          "evenwichtige uurroosters voor oude en nieuwe deelnemers; activiteiten vroeger plannen; geen verplichte "
          "activiteiten rond gevoelige thema's.",
          "À améliorer : la communication vers les participants quand les horaires changent ou qu'un cours est "
          "annulé ; des horaires équilibrés entre anciens et nouveaux ; planifier les activités plus tôt ; pas "
          "d'activités obligatoires sur des sujets sensibles."),
         ("Het POD verzamelt alle brainstormresultaten en stuurt ze rond als bijlage 2.",
          "Le SPP rassemble tous les résultats du brainstorm et les diffuse en annexe 2.")])

    heading(doc, "6. Afsluiting / Clôture", 1, color=ORANGE)
    two([("Koen bedankt Gent voor de ontvangst en de tolken voor hun werk.",
          "Koen remercie Gand pour l'accueil et les interprètes pour leur travail."),
         ("Volgende netwerkdag: najaar 2020.", "Prochaine journée du réseau : automne 2020.")])

    heading(doc, "Bijlagen / Annexes", 1, color=ORANGE)
    for line in ["Bijlage 1 / Annexe 1: presentatie OCMW Gent / présentation du CPAS de Gand",
                 "Bijlage 2 / Annexe 2: resultaten brainstorm / résultats du brainstorm (volgt / suit)",
                 "Bijlage 3 / Annexe 3: presentatie Lotte Desmet / présentation de Lotte Desmet (volgt / suit)"]:
        para(doc, line, style="List Bullet")
    save(doc, "545_netwerkdag_gent_2019.docx")


# ---------------------------------------------------------------- 546
def r546():
    """Online, Jan 2026. Two SPP/POD colleagues write in turn: Jolien Vermeulen (NL, Word
    headings '1.') and Mathieu Lejeune (FR, bold lines '3)'); people as initials + legend."""
    doc = new_doc("Calibri", 11)
    header(doc, ["POD MI – SPP IS"], italic=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
    footer(doc)
    R = RGBColor(0xC0, 0x00, 0x00)

    para(doc, "Verslag AMIF-netwerk – Rapport réseau FAMI", bold=True, size=14)
    para(doc, "ONTWERP / PROJET – v0.3", bold=True, color=R)
    para(doc, "Dinsdag 27 januari 2026 – mardi 27 janvier 2026, 10u00-12u00, online (Teams)")
    para(doc, "Tolken waren aangevraagd maar niet beschikbaar; iedereen sprak zijn eigen taal. / Les interprètes "
              "demandés n'étaient pas disponibles ; chacun a parlé sa langue.")
    para(doc, "Aanwezig / Présents : JV, ML, HJ, JM, AM, HW, NS, OH, DVL")
    para(doc, "Verontschuldigd / Excusés : GH, LV")
    para(doc, "Legende / Légende :", space_after=0)
    for line in ["JV = Jolien Vermeulen (POD MI)",
                 "ML = Mathieu Lejeune (SPP IS)",
                 "HJ = Hanne Jacobs (OCMW Gent)",
                 "JM = Julien Marchal (CPAS Liège)",
                 "AM = Aïcha Mansouri (CPAS Charleroi)",
                 "HW = Hilde Wouters (OCMW Antwerpen)",
                 "NS = Nele Segers (OCMW Edegem)",
                 "OH = Olivier Hermans (CPAS Bruxelles)",
                 "DVL = Dirk Van Looy (OCMW Mortsel)",
                 "GH = Gaëlle Hanquet (CPAS Binche)",
                 "LV = Luc Vandenberghe (OCMW Schoten)"]:
        para(doc, line, size=9, space_after=0)
    para(doc)
    para(doc, "Verslag: JV (punten 1, 2 en 5) en ML (points 3 et 4)", italic=True)
    para(doc, "Agenda / Ordre du jour", italic=True, space_after=0)
    for line in ["10u00-10u15 Welkom en nieuwe contactpersonen",
                 "10u15-11u00 Stand van zaken per OCMW",
                 "11h00 – 11h30 Indicateurs communs : bilan 2025",
                 "11h30 – 11h50 Conservation des documents et RGPD",
                 "11u50-12u00 Varia"]:
        para(doc, line, space_after=0)
    para(doc)

    # --- Jolien
    heading(doc, "1. Welkom en nieuwe contactpersonen", 1)
    para(doc, "Jolien opent de vergadering. Nieuwe contactpersonen: Dirk Van Looy voor Mortsel en Julien Marchal als "
              "coördinator in Luik.")
    para(doc, "Actie JV: stuurt de nieuwe contactlijst rond voor eind januari.", bold=True)
    heading(doc, "2. Stand van zaken per OCMW", 1)
    para(doc, "Gent: het nieuwe registratieformulier is klaar.")
    para(doc, "Test van het nieuwe registratieformulier met twee groepen in februari (resp. OCMW Gent).")
    runs(doc, [("Antwerpen en partners: instroom stabiel. ", {}),
               ("[JV: cijfers Antwerpen nog aan te vullen]", {"highlight": WD_COLOR_INDEX.YELLOW})])
    para(doc, "Luik: de groepen zitten vol, wachtlijst van 12. Charleroi: nieuwe ateliers informatica. Brussel: nieuwe "
              "locatie sinds december.")
    para(doc, "HJ en AM bekijken samen de Franse en Nederlandse versie van de enquête, zodat beide hetzelfde vragen.")

    # --- Mathieu (his own habits: bold lines, '3)', French)
    para(doc, "3) Indicateurs communs : bilan 2025", bold=True, size=12)
    para(doc, "Mathieu présente le bilan 2025 des indicateurs communs : nombre de participants par type d'activité, "
              "participants ayant progressé d'au moins un niveau du CECR, participants qui estiment que l'activité a "
              "aidé leur intégration. Tous les CPAS ont transmis leurs chiffres à temps.")
    para(doc, "Le SPP enverra le rapport consolidé à chaque CPAS avant le 28 février.")
    para(doc, "[ML : à relire par Jolien]", italic=True, color=R)
    para(doc, "4) Conservation des documents et RGPD", bold=True, size=12)
    para(doc, "Rappel : les documents du projet sont conservés cinq ans à partir du 31 décembre de l'année du dernier "
              "paiement ; les données personnelles des participants, pas plus longtemps que nécessaire. Un participant "
              "peut demander à voir tout ce que le CPAS garde à son sujet (RGPD, article 15).")
    para(doc, "ML va préparer un tableau de conservation par type de document.")
    para(doc, "Chaque CPAS vérifie ce qu'il conserve encore sur les participants sortis avant 2020.")

    # --- Jolien again
    heading(doc, "5. Varia", 1)
    para(doc, "Netwerkdag in mei: Olivier stelt voor om die in Brussel te houden.")
    para(doc, "Praktische organisatie van de netwerkdag – wie? nog te bepalen.")
    para(doc, "Volgende vergadering / Prochaine réunion: dinsdag 24 maart 2026 / mardi 24 mars 2026, 10u00, online.",
         bold=True)
    save(doc, "546_twee_redacteurs_2026.docx")


if __name__ == "__main__":
    for f in (r537, r538, r539, r540, r541, r542, r543, r544, r545, r546):
        f()
