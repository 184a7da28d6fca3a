# -*- coding: utf-8 -*-
"""Builds ten invented AMIF/FAMI network meeting reports (567-576) as .docx files.
One function per report; every person is invented."""
import os

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_COLOR_INDEX
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

TAG_FR = "Vers une politique de migration plus intégrée, grâce au FAMI"
TAG_NL = "Naar een geïntegreerd migratiebeleid, dankzij het AMIF"


# ---------------------------------------------------------------- helpers
def new_doc(font="Calibri", size=11):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    return doc


def add_page_field(par, prefix=""):
    if prefix:
        par.add_run(prefix)
    run = par.add_run()
    b = OxmlElement("w:fldChar")
    b.set(qn("w:fldCharType"), "begin")
    i = OxmlElement("w:instrText")
    i.set(qn("xml:space"), "preserve")
    i.text = "PAGE"
    e = OxmlElement("w:fldChar")
    e.set(qn("w:fldCharType"), "end")
    run._r.append(b)
    run._r.append(i)
    run._r.append(e)


def header_lines(doc, lines, italic=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=9):
    hdr = doc.sections[0].header
    first = True
    for line in lines:
        p = hdr.paragraphs[0] if first else hdr.add_paragraph()
        first = False
        r = p.add_run(line)
        r.italic = italic
        r.font.size = Pt(size)
        p.alignment = align


def footer(doc, text="", page_prefix="", align=WD_ALIGN_PARAGRAPH.RIGHT):
    ftr = doc.sections[0].footer
    p = ftr.paragraphs[0]
    p.alignment = align
    if text:
        r = p.add_run(text)
        r.font.size = Pt(8)
    add_page_field(p, page_prefix)


def para(doc, text="", bold=False, italic=False, style=None, size=None, align=None, highlight=False,
         color=None, space_after=None):
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if highlight:
            r.font.highlight_color = WD_COLOR_INDEX.YELLOW
        if color:
            r.font.color.rgb = RGBColor(*color)
    if align is not None:
        p.alignment = align
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    return p


def runs(doc_or_cell, parts, style=None):
    """parts: list of (text, dict(bold=, italic=, highlight=))"""
    p = doc_or_cell.add_paragraph(style=style) if style else doc_or_cell.add_paragraph()
    for text, fmt in parts:
        r = p.add_run(text)
        r.bold = fmt.get("b", False)
        r.italic = fmt.get("i", False)
        if fmt.get("hl"):
            r.font.highlight_color = WD_COLOR_INDEX.YELLOW
    return p


def table(doc, rows, widths=None, bold_header=True, style="Table Grid", size=None):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            c.text = ""
            r = c.paragraphs[0].add_run(val)
            if i == 0 and bold_header:
                r.bold = True
            if size:
                r.font.size = Pt(size)
            if widths:
                c.width = Cm(widths[j])
    return t


def cell_par(cell, text, bold=False, italic=False, first=False, style=None):
    if first:
        p = cell.paragraphs[0]
        if style:
            p.style = style
    else:
        p = cell.add_paragraph(style=style) if style else cell.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    return p


def save(doc, name):
    doc.save(os.path.join(HERE, name))
    print("wrote", name)


# ---------------------------------------------------------------- 567
def report_567():
    """Charleroi, Thursday 13 October 2016. Nathalie Collard (SPP IS) started from the file of
    the 19 May 2016 report: yellow leftovers, old reminder kept in Divers."""
    doc = new_doc("Arial", 10)
    header_lines(doc, [TAG_FR, TAG_NL])
    footer(doc, "SPP Intégration Sociale – POD Maatschappelijke Integratie    ", "p. ")
    para(doc, "Rapport rencontre CPAS – FAMI", bold=True, size=14, align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "Charleroi, jeudi 13 octobre 2016", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "Lieu : CPAS de Charleroi, Service Action Migrants, salle de réunion du 2e étage")
    runs(doc, [("Présents : ", {"b": True}),
               ("Nathalie Collard (SPP IS), Véronique Lambotte (SPP IS), Pieter Goossens (CPAS Gand), "
                "Hanne Vervaet (CPAS Gand), Mélanie Dardenne (CPAS Liège), Karim Bensaïd (CPAS Charleroi), "
                "Sophie Delhaye (CPAS Charleroi), Els Van Looveren (CPAS Anvers), Anaïs Vander Elst "
                "(CPAS Bruxelles)", {})])
    runs(doc, [("Excusés : ", {"b": True}),
               ("Jonas De Smedt (CPAS Anvers), Fabienne Rousseau (CPAS Liège)", {})])
    para(doc, "Ordre du jour", bold=True)
    for line in ["9h30 – 10h00 : Accueil et café",
                 "10h00 – 11h00 : Activ'Up : recrutement du module 2",
                 "11h00 – 12h15 : Tour de table des CPAS",
                 "12h15 – 13h15 : Lunch",
                 "13h15 – 14h30 : Enquête de satisfaction : premiers résultats",
                 "14h30 – 15h00 : Divers"]:
        para(doc, line, style="List Number")

    para(doc, "I. Accueil", bold=True, size=11)
    para(doc, "Karim Bensaïd accueille le réseau dans les locaux du Service Action Migrants et présente "
              "brièvement l'équipe. Nathalie Collard rappelle que le rapport de la rencontre du 19 mai a été "
              "envoyé à tous les CPAS en juillet ; aucune remarque n'a été reçue.")

    para(doc, "II. Activ'Up : recrutement du module 2", bold=True, size=11)
    para(doc, "Sophie Delhaye explique comment Charleroi a constitué son public. Avec l'observatoire local du "
              "CPAS, plus de 1000 personnes ont été répertoriées ; les assistantes sociales en ont retenu 315 "
              "pour le module 1 et 199 pour le module 2. Toutes ont été invitées à une séance d'information : "
              "110 personnes sur 315 sont venues pour le module 1 (35 %) et 60 sur 199 pour le module 2 (30 %).")
    para(doc, "Les autres CPAS trouvent ces taux encourageants. Gand fait remarquer que le courrier seul ne "
              "suffit pas : un appel de l'assistant social la veille augmente nettement la présence.")
    para(doc, "Action : transmettre aux autres CPAS le modèle de lettre d'invitation aux séances "
              "d'information. Qui : Sophie Delhaye")
    para(doc, "[photos de la visite à insérer]", highlight=True)

    para(doc, "III. Tour de table", bold=True, size=11)
    para(doc, "Gand", bold=True, italic=True)
    para(doc, "Le groupe du mardi est complet et une liste d'attente a été ouverte. Pieter Goossens et Hanne "
              "Vervaet proposent d'accueillir la prochaine rencontre à Gand.")
    para(doc, "Liège", bold=True, italic=True)
    para(doc, "Mélanie Dardenne présente les trois contrats que signe chaque participant (avec son assistant "
              "social, avec la personne chargée de l'entretien d'admission et avec le responsable de chaque "
              "module). Liège souhaiterait que les autres CPAS partagent un jour leur règlement d'ordre intérieur.")
    para(doc, "Anvers", bold=True, italic=True)
    para(doc, "Els Van Looveren annonce que les CPAS de Schoten et d'Edegem rejoindront le projet comme "
              "partenaires à partir de janvier 2017 ; la convention est en préparation.")
    para(doc, "Bruxelles", bold=True, italic=True)
    para(doc, "[texte du 19 mai – à mettre à jour]", highlight=True)
    para(doc, "Le CPAS de Bruxelles a engagé une deuxième animatrice ; les ateliers informatiques reprennent "
              "en septembre.")

    para(doc, "IV. Enquête de satisfaction : premiers résultats", bold=True, size=11)
    para(doc, "Les premiers questionnaires remplis montrent que beaucoup de participants ne comprennent pas "
              "les termes abstraits (« autonomie », « estime de soi »). Plusieurs CPAS demandent aussi une "
              "version dans d'autres langues que le français et le néerlandais.")
    para(doc, "Décision : l'enquête sera simplifiée (phrases courtes, pictogrammes) avant la fin du module.")
    para(doc, "Le questionnaire adapté sera envoyé par le SPP à tous les CPAS pour le 30 novembre. "
              "Chaque CPAS va ensuite le tester auprès de cinq participants et renvoyer ses remarques au SPP.")

    para(doc, "V. Divers", bold=True, size=11)
    para(doc, "Rappel (repris du rapport du 19 mai) : les fiches projets mises à jour doivent être renvoyées "
              "au SPP pour le 30 juin 2016.")
    para(doc, "Action : organisation de la prochaine rencontre à Gand (salle, lunch, visite des ateliers). "
              "Qui : Pieter Goossens et Hanne Vervaet")
    para(doc, "Prochaine réunion : à Gand, en février 2017.", bold=True)
    save(doc, "567_rencontre_charleroi_2016.docx")


# ---------------------------------------------------------------- 568
def report_568():
    """Gent, Tuesday 21 March 2017. Lotte Claeys (OCMW Gent) typed up her handwritten notes three
    days later; initials with a legend, arrows for actions."""
    doc = new_doc("Calibri", 11)
    header_lines(doc, ["OCMW Gent – AMIF-project"], italic=False, align=WD_ALIGN_PARAGRAPH.LEFT)
    footer(doc, "", "", align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "Verslag netwerkvergadering AMIF – OCMW's", style="Title")
    para(doc, "Dinsdag 21 maart 2017 – OCMW Gent, Administratief Centrum, zaal 1.04")
    para(doc, "Uitgetypt op vrijdag 24 maart op basis van mijn handgeschreven notities (LC). Wie iets mist of "
              "anders begrepen heeft: laat het me weten.", italic=True)
    para(doc, "Aanwezig: LC, PG, HV (OCMW Gent) – VL (POD MI) – MD (OCMW Luik) – KB (OCMW Charleroi) – "
              "EVL (OCMW Antwerpen) – AVE (OCMW Brussel)")
    para(doc, "Verontschuldigd: FR (OCMW Luik), NC (POD MI)")
    para(doc, "Afkortingen:", italic=True)
    table(doc, [["Initialen", "Naam", "Organisatie"],
                ["LC", "Lotte Claeys", "OCMW Gent (verslag)"],
                ["PG", "Pieter Goossens", "OCMW Gent"],
                ["HV", "Hanne Vervaet", "OCMW Gent"],
                ["VL", "Véronique Lambotte", "POD Maatschappelijke Integratie"],
                ["MD", "Mélanie Dardenne", "OCMW Luik"],
                ["KB", "Karim Bensaïd", "OCMW Charleroi"],
                ["EVL", "Els Van Looveren", "OCMW Antwerpen"],
                ["AVE", "Anaïs Vander Elst", "OCMW Brussel"],
                ["FR", "Fabienne Rousseau", "OCMW Luik"],
                ["NC", "Nathalie Collard", "POD Maatschappelijke Integratie"]], size=9)
    para(doc, "")
    para(doc, "Agenda (zoals vooraf rondgestuurd):")
    for line in ["10u00\tOnthaal en koffie",
                 "10u15\tStand van zaken per OCMW",
                 "12u30\tMiddagpauze",
                 "13u15\tTevredenheidsenquête: testversie",
                 "14u30\tVaria"]:
        para(doc, line, space_after=0)

    doc.add_heading("Onthaal", level=2)
    para(doc, "PG verwelkomt iedereen. Korte rondleiding in het atelier op de 2e verdieping.")
    doc.add_heading("Stand van zaken per OCMW", level=2)
    runs(doc, [("Gent", {"b": True})])
    para(doc, "Twee groepen (di + do), samen 24 deelnemers. Wachtlijst van 9. Samenwerking met het CVO "
              "voor de taallessen loopt goed.")
    runs(doc, [("Luik", {"b": True})])
    para(doc, "MD: nieuw intakeformulier; de oriëntatiebalans gebeurt nu in twee gesprekken i.p.v. één.")
    runs(doc, [("Charleroi", {"b": True})])
    runs(doc, [("KB: module 2 loopt, 60 mensen op de infosessie. ", {}),
               ("(hier is mijn notitie onleesbaar – KB, kan jij aanvullen?)", {"hl": True})])
    runs(doc, [("Antwerpen", {"b": True})])
    para(doc, "EVL: partners Schoten en Edegem zijn in januari gestart. Mortsel komt er misschien bij in 2018.")
    runs(doc, [("Brussel", {"b": True})])
    para(doc, "AVE: informaticamodule opnieuw gestart, nieuwe lokalen vanaf mei. AVE heeft haar aangepaste "
              "projectfiche al doorgestuurd naar VL.")
    doc.add_heading("Tevredenheidsenquête: testversie", level=2)
    para(doc, "VL toont de vereenvoudigde versie met pictogrammen. Reacties algemeen positief, maar nog te "
              "abstract: 'zelfvertrouwen', 'autonomie'. Voorstel van MD: vraag 6 en 9 schrappen. Iedereen "
              "akkoord om de testperiode te laten lopen tot eind april.")
    doc.add_heading("Varia", level=2)
    para(doc, "Volgende keer: juni, in Luik?")
    doc.add_heading("Actiepunten", level=2)
    for line in ["→ VL past de enquête aan (vraag 6 en 9) en stuurt ze rond vóór 7 april",
                 "→ elk OCMW test de enquête bij min. 5 deelnemers",
                 "→ MD checkt of de zaal in Luik vrij is in juni",
                 "→ PG en HV bezorgen hun aangepaste projectfiche aan VL",
                 "→ vertaling enquête naar Arabisch en Dari: wie? nog te bepalen"]:
        para(doc, line, space_after=2)
    save(doc, "568_verslag_gent_2017.docx")


# ---------------------------------------------------------------- 569
def report_569():
    """Liège, Friday 15 June 2018. Jérôme Massart (SPP IS) pasted his summary e-mail into Word."""
    doc = new_doc("Calibri", 11)
    for line in ["De : Massart Jérôme (SPP IS)",
                 "Envoyé : mardi 19 juin 2018 16:42",
                 "À : Réseau FAMI CPAS",
                 "Cc : Collard Nathalie",
                 "Objet : Résumé de la réunion FAMI de vendredi à Liège"]:
        para(doc, line, size=10, space_after=0)
    para(doc, "")
    para(doc, "Bonjour à tous,")
    para(doc, "Comme promis, un petit résumé de notre réunion du vendredi 15 juin 2018 à Liège (à la ferme du "
              "CPAS). Encore merci à l'équipe de Mod'Actions pour l'accueil et le repas !")
    para(doc, "Étaient là : Mélanie Dardenne et Fabienne Rousseau (Liège), Lotte Claeys (Gand), Karim Bensaïd "
              "(Charleroi), Els Van Looveren et Jonas De Smedt (Anvers), Anaïs Vander Elst (Bruxelles), "
              "Nathalie Collard et moi-même pour le SPP. Excusé : Pieter Goossens (Gand).")
    para(doc, "Le programme : accueil à 9h30, présentation de Mod'Actions à 10h, échange sur les contrats à "
              "11h30 et, après le repas à la ferme, les indicateurs du fonds à partir de 14h.")
    para(doc, "1) Mod'Actions", bold=True)
    para(doc, "Fabienne et Mélanie ont présenté les modules (activation sociale, atelier créatif, informatique, "
              "projet personnel) et montré le petit film tourné pendant l'atelier créatif. Bel exemple de "
              "dynamique de groupe. Liège travaille aussi avec une asbl qui accompagne des victimes de la traite.")
    para(doc, "2) Les contrats", bold=True)
    para(doc, "Liège fait signer 3 contrats à chaque participant (AS, entretien d'admission, responsable de "
              "module) avec les règles sur la présence et la ponctualité. Gand et Bruxelles trouvent l'idée "
              "intéressante ; Anvers est plus réservé (trop formel pour un public peu alphabétisé). Pas de "
              "décision commune : chaque CPAS garde sa méthode.")
    para(doc, "3) Indicateurs", bold=True)
    para(doc, "Nathalie a expliqué ce que le fonds demande : nombre de participants par type d'activité, cours "
              "de langue, orientation civique, etc. Les chiffres 2018 seront demandés par le SPP en janvier 2019. "
              "Gand et Anvers ont déjà des chiffres propres, les autres CPAS comptent encore à la main.")
    para(doc, "(les chiffres de Charleroi suivront)", italic=True)
    para(doc, "4) À faire", bold=True)
    for line in ["Envoyer le modèle des 3 contrats à tout le monde → Mélanie Dardenne",
                 "Envoyer la liste des indicateurs en FR et en NL → SPP (moi)",
                 "Confirmer la date de septembre à Anvers → Els et Jonas",
                 "Chaque CPAS renvoie sa fiche projet 2018 mise à jour pour le 31 août"]:
        para(doc, line, style="List Bullet")
    para(doc, "On se revoit à Anvers fin septembre.")
    para(doc, "Bonne journée,")
    para(doc, "Jérôme Massart", space_after=0)
    para(doc, "Attaché FAMI – SPP Intégration Sociale", size=9, color=(0x55, 0x55, 0x55))
    save(doc, "569_resume_mail_liege_2018.docx")


# ---------------------------------------------------------------- 570
def report_570():
    """Antwerpen, Thursday 28 November 2019. Ruben Peeters stands in for Els Van Looveren;
    NL paragraph then FR paragraph (italic)."""
    doc = new_doc("Calibri", 11)
    header_lines(doc, [TAG_NL, TAG_FR])
    footer(doc, "OCMW Antwerpen – CPAS d'Anvers   |   ", "")

    def nlfr(nl, fr):
        para(doc, nl, space_after=2)
        para(doc, fr, italic=True, color=(0x40, 0x40, 0x80))

    para(doc, "Verslag bijeenkomst OCMW's – Rapport rencontre CPAS", bold=True, size=15,
         align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "donderdag 28 november 2019 – jeudi 28 novembre 2019", align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "Plaats / Lieu : OCMW Antwerpen, vergaderzaal De Schelde (2e verdieping)")
    para(doc, "Aanwezig / Présents :", bold=True)
    for line in ["POD MI / SPP IS: Nathalie Collard, Jérôme Massart",
                 "OCMW Gent / CPAS de Gand: Lotte Claeys, Bram Vandenberghe",
                 "CPAS Liège / OCMW Luik: Mélanie Dardenne",
                 "CPAS Charleroi: Karim Bensaïd",
                 "CPAS Binche: Gaëlle Fontaine",
                 "OCMW Antwerpen / CPAS d'Anvers: Ruben Peeters, Jonas De Smedt",
                 "OCMW Schoten: Inge Wouters",
                 "OCMW Edegem: Dirk Van Gorp",
                 "OCMW Mortsel: Sanne Janssens"]:
        para(doc, line, style="List Bullet")
    para(doc, "Verontschuldigd / Excusés :", bold=True)
    for line in ["OCMW Antwerpen: Els Van Looveren",
                 "CPAS Bruxelles / OCMW Brussel: Anaïs Vander Elst"]:
        para(doc, line, style="List Bullet")
    para(doc, "Verslag / Rapport : Ruben Peeters (OCMW Antwerpen), ter vervanging van Els Van Looveren / "
              "en remplacement d'Els Van Looveren")
    para(doc, "Agenda / Ordre du jour", bold=True)
    table(doc, [["Uur / Heure", "Onderwerp / Sujet"],
                ["10u00-10u30", "Onthaal / Accueil"],
                ["10u30-11u30", "Partners Schoten, Edegem en Mortsel stellen zich voor / Présentation des partenaires"],
                ["11u30-12u30", "Stand van zaken per OCMW / État des lieux par CPAS"],
                ["12u30-13u30", "Lunch"],
                ["13u30-15u00", "Workshop: deelnemers bereiken / Atelier : atteindre les participants"],
                ["15u00-15u30", "Afspraken en afsluiting / Accords et clôture"]], widths=[3, 13])

    doc.add_heading("1. Onthaal / Accueil", level=1)
    nlfr("Jonas De Smedt verwelkomt iedereen namens OCMW Antwerpen. Els Van Looveren is ziek; Ruben Peeters "
         "neemt het verslag over.",
         "Jonas De Smedt souhaite la bienvenue au nom du CPAS d'Anvers. Els Van Looveren est malade ; Ruben "
         "Peeters se charge du rapport.")
    doc.add_heading("2. Voorstelling partners / Présentation des partenaires", level=1)
    nlfr("Schoten werkt met een halftijdse begeleider en start in januari met een eerste groep van acht "
         "deelnemers. Edegem kiest voorlopig enkel voor individuele coaching. Mortsel is nog volop aan het "
         "rekruteren via de sociale dienst.",
         "Schoten travaille avec un accompagnateur à mi-temps et lance en janvier un premier groupe de huit "
         "participants. Edegem opte pour l'instant uniquement pour le coaching individuel. Mortsel recrute "
         "encore via le service social.")
    nlfr("Dirk Van Gorp stelt voor om de intakeformulieren van alle OCMW's naast elkaar te leggen.",
         "Dirk Van Gorp propose de comparer les formulaires d'admission de tous les CPAS.")
    doc.add_heading("3. Stand van zaken / État des lieux", level=1)
    doc.add_heading("3.1 Gent / Gand", level=2)
    nlfr("Lotte Claeys: drie groepen, vooral vrouwen met jonge kinderen. Kinderopvang blijft het grootste "
         "probleem.",
         "Lotte Claeys : trois groupes, surtout des femmes avec de jeunes enfants. La garde d'enfants reste "
         "le principal obstacle.")
    doc.add_heading("3.2 Luik / Liège", level=2)
    nlfr("Mélanie Dardenne: de boerderij van het OCMW wordt nu ook gebruikt voor de maandelijkse uitstappen.",
         "Mélanie Dardenne : la ferme du CPAS sert désormais aussi aux sorties mensuelles.")
    doc.add_heading("3.3 Charleroi – Binche", level=2)
    nlfr("Karim Bensaïd en Gaëlle Fontaine: Binche start in 2020 als partner van Charleroi; de "
         "samenwerkingsovereenkomst is ondertekend.",
         "Karim Bensaïd et Gaëlle Fontaine : Binche démarre en 2020 comme partenaire de Charleroi ; la "
         "convention de collaboration est signée.")
    doc.add_heading("4. Workshop: deelnemers bereiken / Atelier : atteindre les participants", level=1)
    nlfr("Resultaten van de workshop:", "Résultats de l'atelier :")
    for line in ["Maatschappelijk werkers beter informeren over het project / Mieux informer les AS sur le projet",
                 "Affiche en folder in eenvoudige taal / Affiche et dépliant en langage simple",
                 "Eerste contact telefonisch, niet enkel per brief / Premier contact par téléphone, pas seulement par courrier"]:
        para(doc, line, style="List Bullet")
    doc.add_heading("5. Afspraken / Accords", level=1)
    nlfr("Actie Schoten: bezorgt de planning van de eerste groep aan Jonas De Smedt.",
         "Action Schoten : transmet le planning du premier groupe à Jonas De Smedt.")
    nlfr("Intakeformulieren van alle OCMW's verzamelen en vergelijken (resp. Dirk Van Gorp).",
         "Rassembler et comparer les formulaires d'admission de tous les CPAS (resp. Dirk Van Gorp).")
    nlfr("Affiche en folder in eenvoudige taal delen met het netwerk (resp. POD MI).",
         "Partager l'affiche et le dépliant en langage simple avec le réseau (resp. SPP IS).")
    para(doc, "Volgende bijeenkomst / Prochaine rencontre : donderdag 12 maart 2020 in Brussel / jeudi 12 mars "
              "2020 à Bruxelles", bold=True)
    para(doc, "Opmerking: dit verslag is nog niet nagelezen door Els Van Looveren. / Remarque : ce rapport n'a "
              "pas encore été relu par Els Van Looveren.", italic=True, size=9)
    save(doc, "570_verslag_antwerpen_2019.docx")


# ---------------------------------------------------------------- 571
def report_571():
    """Online check-in call, Tuesday 12 May 2020. Caroline Hermans (SPP IS), short notes."""
    doc = new_doc("Segoe UI", 10)
    header_lines(doc, ["SPP Intégration Sociale – FAMI"], italic=False, align=WD_ALIGN_PARAGRAPH.RIGHT, size=8)
    para(doc, "Point de contact FAMI – appel Teams", bold=True, size=13)
    para(doc, "Mardi 12 mai 2020, 10h00 – 10h45 (en ligne)")
    para(doc, "Notes : Caroline Hermans (SPP IS)", italic=True)
    table(doc, [["Participant·e", "Organisation", "Présence"],
                ["Caroline Hermans", "SPP IS", "présente"],
                ["Nathalie Collard", "SPP IS", "présente"],
                ["Bram Vandenberghe", "CPAS Gand", "présent"],
                ["Mélanie Dardenne", "CPAS Liège", "présente"],
                ["Karim Bensaïd", "CPAS Charleroi", "présent"],
                ["Jonas De Smedt", "CPAS Anvers", "présent"],
                ["Anaïs Vander Elst", "CPAS Bruxelles", "excusée (congé)"],
                ["Lotte Claeys", "CPAS Gand", "excusée"]], widths=[5, 5, 4], size=9)
    para(doc, "")
    para(doc, "Pas d'ordre du jour : tour de table rapide sur la reprise des activités de groupe après le "
              "confinement.")
    para(doc, "Gand", bold=True)
    para(doc, "Reprise le 18 mai avec des groupes de 4 participants + 1 formateur dans la grande salle, masque "
              "obligatoire. Pendant le confinement, tous les participants ont été appelés au moins une fois "
              "par semaine.")
    para(doc, "Liège", bold=True)
    para(doc, "Groupes de 3 participants + 1 formateur à partir du 18 mai. La ferme reste ouverte pour des "
              "activités en extérieur.")
    para(doc, "Charleroi", bold=True)
    para(doc, "Aussi 3 + 1. Les ateliers informatiques sont remplacés par des appels vidéo, mais beaucoup de "
              "participants n'ont pas d'ordinateur. Karim va partager le protocole sanitaire de Charleroi avec "
              "le réseau.")
    para(doc, "Anvers", bold=True)
    runs(doc, [("Jonas : reprise prévue en juin ; Schoten et Edegem suivent le même calendrier. ", {}),
               ("(chiffres d'inscription d'Anvers à compléter)", {"hl": True})])
    para(doc, "SPP", bold=True)
    para(doc, "Question de plusieurs CPAS : les séances à distance comptent-elles pour les indicateurs ? Le SPP "
              "va vérifier auprès de l'autorité responsable du fonds. Nathalie enverra une note aux CPAS dès "
              "que la réponse est connue.")
    para(doc, "À retenir", bold=True)
    para(doc, "Les règles de taille des groupes diffèrent d'un CPAS à l'autre (3 + 1 à Liège et Charleroi, "
              "4 + 1 à Gand) : pas d'harmonisation demandée, chaque CPAS suit les consignes de sa commune.",
         style="List Bullet")
    para(doc, "Le rapport de la rencontre de mars (annulée) n'a plus d'objet.", style="List Bullet")
    para(doc, "Prochain appel : même heure, mardi 26 mai.", bold=True)
    save(doc, "571_appel_teams_2020.docx")


# ---------------------------------------------------------------- 572
def report_572():
    """Antwerpen, Monday 20 September 2021. Koen Verbruggen (diensthoofd OCMW Antwerpen) writes
    decisions and a Wie/Wat/Wanneer task table."""
    doc = new_doc("Verdana", 9)
    header_lines(doc, ["OCMW Antwerpen"], italic=False, align=WD_ALIGN_PARAGRAPH.LEFT)
    footer(doc, "", "Pagina ")
    para(doc, "Overleg AMIF-project Antwerpen & partnerbesturen", bold=True, size=13)
    para(doc, "maandag 20 september 2021 – 14u00 – lokaal 3.12")
    para(doc, "Voorzitter en verslag: Koen Verbruggen")
    para(doc, "Aanwezig:", bold=True)
    for line in ["OCMW Antwerpen: Koen Verbruggen, Jonas De Smedt, Sarah Aerts",
                 "OCMW Schoten: Inge Wouters",
                 "OCMW Edegem: Dirk Van Gorp",
                 "OCMW Mortsel: Tom Geerts",
                 "POD MI: Caroline Hermans (tot 15u)"]:
        para(doc, line, style="List Bullet")
    para(doc, "Verontschuldigd: Sanne Janssens (OCMW Mortsel)")
    para(doc, "Agenda:", bold=True)
    for line in ["Opvolging vorig overleg", "Herstart groepswerking (6 + 1)", "Rapportering indicatoren 2021",
                 "Budget 2022", "Varia"]:
        para(doc, line, style="List Bullet")

    doc.add_heading("1. Opvolging vorig overleg", level=1)
    para(doc, "Alle taken van 21 juni zijn afgewerkt, behalve de gedeelde kalender (zie taken).")
    doc.add_heading("2. Herstart groepswerking", level=1)
    para(doc, "Vanaf 1 oktober groepen van max. 6 deelnemers + 1 begeleider. Schoten start al op 27 september. "
              "Edegem houdt individuele coaching aan tot eind oktober.")
    doc.add_heading("3. Rapportering indicatoren 2021", level=1)
    para(doc, "Caroline Hermans licht de gemeenschappelijke indicatoren van het fonds toe (deelnemers per "
              "type activiteit, taalcursus, maatschappelijke oriëntatie). Het POD vraagt de cijfers per module "
              "tegen 15 januari. Discussie: telt iemand die maar één keer kwam? Zie B2.")
    doc.add_heading("4. Budget 2022", level=1)
    runs(doc, [("Budget 2022 ingediend voor Antwerpen, Schoten en Edegem. Mortsel: ", {}),
               ("cijfers volgen", {"hl": True}), (" (Sanne afwezig).", {})])
    doc.add_heading("5. Varia", level=1)
    para(doc, "Sarah Aerts stelt voor om in het voorjaar een gezamenlijke uitstap naar het MAS te organiseren "
              "voor de deelnemers van de vier besturen. Goed idee, bekijken we in januari.")
    doc.add_heading("Beslissingen", level=1)
    for line in ["B1. Groepsgrootte vanaf 1/10: 6 + 1, voor alle partners gelijk.",
                 "B2. Een deelnemer telt mee vanaf de eerste sessie, maar wordt apart aangeduid als hij of zij "
                 "minder dan drie keer kwam.",
                 "B3. Geen eigen tevredenheidsenquête voor Antwerpen en partners: we volgen de versie van het POD."]:
        para(doc, line, space_after=3)
    doc.add_heading("Taken", level=1)
    table(doc, [["Wie", "Wat", "Wanneer"],
                ["Sarah + Jonas", "Gedeelde kalender opzetten voor de vier besturen", "15/10"],
                ["Schoten", "Planning van de eerste groep doorsturen naar Jonas", "24/9"],
                ["POD", "Template voor de indicatoren bezorgen", "eind oktober"],
                ["Alle OCMW's", "Cijfers per module aanleveren volgens het template", "15/1/2022"],
                ["Koen", "Budget Mortsel finaliseren met Sanne", "1/10"],
                ["nog te bepalen", "Vertaling van de infobrochure naar het Arabisch", "nog te bepalen"]],
          widths=[3, 10, 3])
    para(doc, "")
    para(doc, "Volgend overleg: maandag 18 oktober 2021, 14u00, zelfde lokaal.", bold=True)
    save(doc, "572_overleg_antwerpen_2021.docx")


# ---------------------------------------------------------------- 573
def report_573():
    """Binche, Thursday 20 October 2022, hybrid, simultaneous interpretation. Gaëlle Fontaine
    (CPAS Binche) writes in French with a Dutch summary at the end."""
    doc = new_doc("Calibri", 11)
    header_lines(doc, ["CPAS de Binche", TAG_FR])
    footer(doc, "", "", align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "Version provisoire – 24/10/2022", italic=True, color=(0xC0, 0x00, 0x00),
         align=WD_ALIGN_PARAGRAPH.RIGHT)
    para(doc, "Rencontre du réseau FAMI – CPAS de Binche", style="Title")
    para(doc, "Jeudi 20 octobre 2022 – réunion hybride (salle du conseil du CPAS de Binche et Teams)", bold=True)
    para(doc, "Interprétation simultanée français-néerlandais assurée sur place et en ligne (interprètes : "
              "voir la liste ci-dessous).")
    table(doc, [["Nom", "Organisation", "Présence"],
                ["Gaëlle Fontaine", "CPAS de Binche", "sur place"],
                ["Luc Deprez", "CPAS de Binche", "sur place"],
                ["Karim Bensaïd", "CPAS de Charleroi", "sur place"],
                ["Sophie Delhaye", "CPAS de Charleroi", "sur place"],
                ["Caroline Hermans", "SPP IS", "sur place"],
                ["Mélanie Dardenne", "CPAS de Liège", "en ligne"],
                ["Bram Vandenberghe", "OCMW Gent", "en ligne"],
                ["Jonas De Smedt", "OCMW Antwerpen", "en ligne"],
                ["Inge Wouters", "OCMW Schoten", "en ligne"],
                ["Yasmina El Idrissi", "CPAS de Bruxelles", "en ligne"],
                ["Marleen Desmet", "interprète", "sur place"],
                ["Olivier Grégoire", "interprète", "sur place"],
                ["Dirk Van Gorp", "OCMW Edegem", "excusé"],
                ["Lotte Claeys", "OCMW Gent", "excusée"]], widths=[5, 6, 3])
    para(doc, "")
    para(doc, "Programme", bold=True)
    table(doc, [["Heure", "Point"],
                ["10.00", "Accueil par le CPAS de Binche"],
                ["10.20", "Présentation du projet de Binche avec Charleroi"],
                ["11.15", "Indicateurs communs : bilan de la première année"],
                ["12.30", "Lunch (sur place)"],
                ["13.30", "Enquête de satisfaction en plusieurs langues"],
                ["14.30", "Conclusions"]], widths=[2, 12])

    doc.add_heading("A. Accueil", level=1)
    para(doc, "Luc Deprez, président du CPAS de Binche, accueille les participants sur place et en ligne. "
              "C'est la première rencontre du réseau organisée par un CPAS partenaire.")
    doc.add_heading("B. Le projet de Binche", level=1)
    para(doc, "Binche est partenaire de Charleroi depuis 2020. Une personne à temps plein anime deux groupes "
              "par semaine à Binche même ; le coaching individuel a lieu toutes les deux semaines. Les "
              "participants sont orientés par les assistants sociaux du CPAS.")
    para(doc, "Points forts", bold=True)
    for line in ["petits groupes, beaucoup de temps pour chacun",
                 "lien de confiance avec les assistants sociaux",
                 "esprit de groupe en fin de module"]:
        para(doc, line, style="List Bullet")
    para(doc, "Points à améliorer", bold=True)
    for line in ["communication des changements d'horaire aux participants",
                 "transport depuis les villages de l'entité"]:
        para(doc, line, style="List Bullet")
    doc.add_heading("C. Indicateurs communs", level=1)
    para(doc, "Caroline Hermans présente le bilan de la première année avec les indicateurs du règlement : "
              "participants par type d'activité (cours de langue, orientation civique, accompagnement "
              "professionnel), progression d'au moins un niveau du CECR, et participants qui disent que "
              "l'activité les a aidés à s'intégrer. Les chiffres 2022 seront demandés par le SPP en janvier "
              "2023 via le nouveau tableau.")
    doc.add_heading("D. Enquête de satisfaction", level=1)
    para(doc, "Bruxelles a déjà traduit l'enquête en arabe et en dari. Yasmina El Idrissi partagera les versions "
              "traduites avec tous les CPAS. Gand et Anvers souhaitent aussi une version en tigrinya.")
    para(doc, "Faire traduire l'enquête en tigrinya : qui ? à déterminer.")
    doc.add_heading("E. Conclusions et suites", level=1)
    para(doc, "Le CPAS de Binche enverra la liste de ses partenaires locaux (transport, garde d'enfants) au "
              "réseau. Merci à l'équipe de Binche et aux interprètes.")
    runs(doc, [("Photos de la journée : à ajouter", {"i": True, "hl": True})])
    doc.add_heading("Samenvatting in het Nederlands", level=1)
    para(doc, "Eerste netwerkbijeenkomst bij een partner-OCMW, hybride met simultaanvertaling. Binche stelde "
              "zijn project voor (kleine groepen, vervoer blijft een probleem). De POD MI vraagt de cijfers 2022 "
              "op in januari. Brussel deelt de vertaalde tevredenheidsenquêtes (Arabisch, Dari); voor een "
              "Tigrinya-versie is nog niemand aangeduid. Binche bezorgt de lijst van lokale partners.",
         italic=True)
    save(doc, "573_reunion_hybride_binche_2022.docx")


# ---------------------------------------------------------------- 574
def report_574():
    """Bruxelles, Tuesday 14 March 2023. Formal procès-verbal by Thomas Leclercq (CPAS de Bruxelles),
    approved at the next meeting; typographic apostrophes."""
    doc = new_doc("Times New Roman", 11)
    header_lines(doc, ["CPAS de Bruxelles"], italic=False, align=WD_ALIGN_PARAGRAPH.LEFT)
    footer(doc, "", "Page ", align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "PROCÈS-VERBAL", bold=True, size=16, align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "Réunion du réseau FAMI des CPAS", bold=True, size=12, align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "Séance du mardi 14 mars 2023, de 9 h 30 à 13 h 00, CPAS de Bruxelles, salle B",
         align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "Procès-verbal approuvé lors de la réunion du 23 mai 2023, sans modification.", italic=True,
         align=WD_ALIGN_PARAGRAPH.CENTER)
    table(doc, [["Nom", "Fonction", "Organisation", "Statut"],
                ["Yasmina El Idrissi", "coordinatrice FAMI, présidente", "CPAS de Bruxelles", "Présente"],
                ["Thomas Leclercq", "secrétaire de séance", "CPAS de Bruxelles", "Présent"],
                ["Caroline Hermans", "attachée", "SPP Intégration Sociale", "Présente"],
                ["Bram Vandenberghe", "coordinateur", "CPAS de Gand", "Présent"],
                ["Mélanie Dardenne", "coordinatrice", "CPAS de Liège", "Présente"],
                ["Sophie Delhaye", "assistante sociale", "CPAS de Charleroi", "Présente"],
                ["Jonas De Smedt", "coordinateur", "CPAS d’Anvers", "Présent"],
                ["Gaëlle Fontaine", "coordinatrice", "CPAS de Binche", "Excusée"],
                ["Karim Bensaïd", "responsable", "CPAS de Charleroi", "Excusé"]], widths=[4, 4.5, 4.5, 2])
    para(doc, "")
    para(doc, "Ordre du jour :", bold=True)
    for line in ["1. Approbation du procès-verbal de la réunion du 17 janvier 2023",
                 "2. Rapport annuel au fonds : indicateurs 2022",
                 "3. Conservation des documents et données personnelles",
                 "4. Divers"]:
        para(doc, line, space_after=0)

    doc.add_heading("1. Approbation du procès-verbal de la réunion du 17 janvier 2023", level=1)
    para(doc, "Le procès-verbal de la réunion du 17 janvier 2023 est approuvé à l’unanimité, moyennant la "
              "correction du nom de Mme Dardenne au point 3.")
    doc.add_heading("2. Rapport annuel au fonds : indicateurs 2022", level=1)
    para(doc, "Mme Hermans rappelle que les États membres rapportent chaque année à la Commission les "
              "indicateurs communs de réalisation et de résultat du fonds, et que le SPP les rassemble auprès "
              "des CPAS.")
    doc.add_heading("2.1 Chiffres par CPAS", level=2)
    para(doc, "Les CPAS présentent leurs chiffres 2022. Le CPAS de Liège signale que le nombre de participants "
              "ayant progressé d’au moins un niveau du CECR n’est pas encore disponible. Le CPAS de Liège "
              "communiquera ce chiffre au SPP pour le 31 mars 2023.")
    para(doc, "Annexe : tableau des chiffres par CPAS – à joindre", italic=True)
    doc.add_heading("2.2 Difficultés rencontrées", level=2)
    para(doc, "Plusieurs CPAS relèvent que la question relative à l’aide perçue pour l’intégration est mal "
              "comprise par les participants. Il est proposé de l’illustrer par des exemples concrets. Une "
              "version illustrée de la question sera préparée par le SPP.")
    doc.add_heading("3. Conservation des documents et données personnelles", level=1)
    para(doc, "Mme Hermans rappelle que les documents d’une opération financée par le fonds sont conservés cinq "
              "ans à compter du 31 décembre de l’année du dernier paiement, que les données personnelles ne "
              "sont pas conservées plus longtemps que nécessaire et que tout participant peut demander à "
              "consulter les données qui le concernent.")
    para(doc, "Décision : le réseau adopte un calendrier de conservation commun.")
    para(doc, "Transmettre au SPP le nom d’une personne de référence pour les demandes d’accès (resp. chaque "
              "CPAS).")
    doc.add_heading("4. Divers", level=1)
    para(doc, "M. De Smedt informe l’assemblée qu’une nouvelle collègue rejoindra l’équipe du CPAS de Mortsel. "
              "Mme Fontaine, excusée, a fait savoir que le CPAS de Binche souhaiterait accueillir une réunion "
              "en 2024.")
    para(doc, "La prochaine réunion aura lieu le mardi 23 mai 2023 à Liège.")
    para(doc, "")
    table(doc, [["Le secrétaire de séance,", "La présidente,"],
                ["Thomas Leclercq", "Yasmina El Idrissi"]], bold_header=False, style=None)
    save(doc, "574_proces_verbal_bruxelles_2023.docx")


# ---------------------------------------------------------------- 575
def report_575():
    """Gent, Thursday 22 May 2025. Network day; Bram Vandenberghe (OCMW Gent) writes NL and FR in
    two columns; annexes, attendance list as annex 3."""
    doc = new_doc("Calibri", 10)
    header_lines(doc, [TAG_NL + " – " + TAG_FR], size=8)
    footer(doc, "OCMW Gent – CPAS de Gand | p. ", "", align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "Netwerkdag AMIF – Journée du réseau FAMI", style="Title")
    para(doc, "donderdag 22 mei 2025 – jeudi 22 mai 2025", bold=True)
    para(doc, "Wijkcentrum De Loods, Gent")
    para(doc, "Met simultaanvertaling NL-FR / Avec interprétation simultanée NL-FR (zie bijlage 3 / voir "
              "annexe 3)")
    para(doc, "Aanwezigheidslijst: zie bijlage 3 / Liste des présences : voir annexe 3")
    para(doc, "Programma / Programme", bold=True)
    table(doc, [["Uur / Heure", "Programma", "Programme"],
                ["09.30-10.00", "Onthaal en koffie", "Accueil et café"],
                ["10.00-10.15", "Welkom door OCMW Gent", "Mot de bienvenue du CPAS de Gand"],
                ["10.15-11.30", "Tien jaar AMIF-netwerk: wat hebben we geleerd?", "Dix ans de réseau FAMI : quelles leçons ?"],
                ["11.30-12.30", "Workshops in drie groepen", "Ateliers en trois groupes"],
                ["12.30-13.30", "Lunch", "Lunch"],
                ["13.30-14.30", "Terugkoppeling workshops", "Retour des ateliers"],
                ["14.30-15.00", "Afsluiting", "Clôture"]], widths=[2.5, 6.5, 6.5], size=9)
    para(doc, "")

    body = [
        (("1. Welkom", ["Nele De Wilde heet iedereen welkom in De Loods. Het netwerk bestaat tien jaar; "
                        "vandaag kijken we terug en vooruit."]),
         ("1. Bienvenue", ["Nele De Wilde souhaite la bienvenue à tous à De Loods. Le réseau existe depuis dix "
                           "ans ; aujourd'hui, nous regardons en arrière et en avant."])),
        (("2. Tien jaar netwerk", ["Caroline Hermans overloopt tien jaar samenwerking: van vijf projecten naar "
                                   "vijf projecten met vier partnerbesturen, van papieren fiches naar een "
                                   "gedeelde rapportering van de indicatoren.",
                                   "Het netwerk behoudt twee bijeenkomsten per jaar."]),
         ("2. Dix ans de réseau", ["Caroline Hermans retrace dix ans de collaboration : de cinq projets à cinq "
                                   "projets avec quatre CPAS partenaires, des fiches papier à un rapportage "
                                   "commun des indicateurs.",
                                   "Le réseau garde deux rencontres par an."])),
        (("3. Workshops", []), ("3. Ateliers", [])),
        (("3a Deelnemers bereiken", ["Het eerste contact via de maatschappelijk werker blijft doorslaggevend. "
                                     "Charleroi en Liège willen hun aanpak voor de rekrutering verder delen."]),
         ("3a Atteindre les participants", ["Le premier contact par l'assistant social reste décisif. "
                                            "Charleroi et Liège veulent partager davantage leur approche du "
                                            "recrutement."])),
        (("3b Tevredenheidsenquête", ["De enquête is nog te lang. Voorstel: maximaal tien vragen, met "
                                      "pictogrammen, in zes talen."]),
         ("3b Enquête de satisfaction", ["L'enquête est encore trop longue. Proposition : dix questions au "
                                         "maximum, avec des pictogrammes, en six langues."])),
        (("3c Bewaring van gegevens", ["Niet elk OCMW past dezelfde bewaartermijnen toe voor afgesloten "
                                       "trajecten."]),
         ("3c Conservation des données", ["Les CPAS n'appliquent pas tous les mêmes délais de conservation "
                                          "pour les trajets clôturés."])),
        (("4. Afspraken", ["Nele De Wilde bundelt de resultaten van de drie workshops en stuurt ze naar alle "
                           "deelnemers.",
                           "De POD MI past de tevredenheidsenquête aan (kortere vragen, pictogrammen).",
                           "Elk OCMW controleert zijn bewaartermijnen tegen eind september.",
                           "Mélanie Dardenne en Sophie Delhaye bereiden samen een workshop voor over de "
                           "rekrutering van deelnemers.",
                           "Het tienjarig overzicht in een brochure gieten: nog te bepalen wie.",
                           "Volgende bijeenkomst: najaar 2025, in Charleroi."]),
         ("4. Accords", ["Nele De Wilde rassemble les résultats des trois ateliers et les envoie à tous les "
                         "participants.",
                         "Le SPP IS adapte l'enquête de satisfaction (questions plus courtes, pictogrammes).",
                         "Chaque CPAS vérifie ses délais de conservation pour fin septembre.",
                         "Mélanie Dardenne et Sophie Delhaye préparent ensemble un atelier sur le recrutement "
                         "des participants.",
                         "Faire de l'aperçu des dix ans une brochure : qui ? à déterminer.",
                         "Prochaine rencontre : automne 2025, à Charleroi."])),
        (("5. Bijlagen", ["Bijlage 1: presentatie OCMW Gent – volgt",
                          "Bijlage 2: foto's van de flip-overs (op de gedeelde schijf van het netwerk)",
                          "Bijlage 3: aanwezigheidslijst"]),
         ("5. Annexes", ["Annexe 1 : présentation du CPAS de Gand – suivra",
                         "Annexe 2 : photos des flip-charts (sur le disque partagé du réseau)",
                         "Annexe 3 : liste des présences"])),
    ]
    t = doc.add_table(rows=1 + len(body), cols=2)
    t.style = "Table Grid"
    cell_par(t.cell(0, 0), "Nederlands", bold=True, first=True)
    cell_par(t.cell(0, 1), "Français", bold=True, first=True)
    for i, (nl, fr) in enumerate(body, start=1):
        for j, (head, pars) in enumerate((nl, fr)):
            c = t.cell(i, j)
            cell_par(c, head, bold=True, first=True)
            for p in pars:
                cell_par(c, p)

    doc.add_page_break()
    para(doc, "Bijlage 3 – Aanwezigheidslijst / Annexe 3 – Liste des présences", bold=True, size=12)
    table(doc, [["Naam / Nom", "Organisatie / Organisation", "Aanwezig / Présent"],
                ["Bram Vandenberghe", "OCMW Gent (verslag / rapport)", "ja / oui"],
                ["Nele De Wilde", "OCMW Gent", "ja / oui"],
                ["Caroline Hermans", "POD MI / SPP IS", "ja / oui"],
                ["Pauline Marchal", "POD MI / SPP IS", "ja / oui"],
                ["Mélanie Dardenne", "CPAS Liège", "ja / oui"],
                ["Sophie Delhaye", "CPAS Charleroi", "ja / oui"],
                ["Luc Deprez", "CPAS Binche", "ja / oui"],
                ["Jonas De Smedt", "OCMW Antwerpen", "ja / oui"],
                ["Inge Wouters", "OCMW Schoten", "ja / oui"],
                ["Tom Geerts", "OCMW Mortsel", "ja / oui"],
                ["Yasmina El Idrissi", "CPAS Bruxelles", "ja / oui"],
                ["Sofie Maes", "tolk / interprète", "ja / oui"],
                ["Jean-Marc Piette", "tolk / interprète", "ja / oui"],
                ["Dirk Van Gorp", "OCMW Edegem", "verontschuldigd / excusé"],
                ["Karim Bensaïd", "CPAS Charleroi", "verontschuldigd / excusé"]], widths=[5, 6, 4], size=9)
    save(doc, "575_netwerkdag_gent_2025.docx")


# ---------------------------------------------------------------- 576
def report_576():
    """Online, Monday 9 February 2026, with interpretation. Amélie Jacquet (CPAS Liège) writes the
    morning in French, Wout Maes (OCMW Antwerpen) the afternoon in Dutch."""
    doc = new_doc("Calibri", 11)
    header_lines(doc, [TAG_FR, TAG_NL], size=8)
    footer(doc, "", "", align=WD_ALIGN_PARAGRAPH.RIGHT)
    para(doc, "Rapport réunion du réseau FAMI – Verslag netwerkvergadering AMIF", bold=True, size=14)
    para(doc, "Lundi 9 février 2026 – maandag 9 februari 2026 – en ligne (Teams) / online (Teams)")
    para(doc, "Interprétation simultanée FR-NL / Simultaanvertaling FR-NL (interprète / tolk : voir la liste)")
    para(doc, "Rapport rédigé à deux mains : matin Amélie Jacquet (CPAS Liège), après-midi Wout Maes (OCMW "
              "Antwerpen). / Verslag in twee delen: voormiddag Amélie, namiddag Wout.", italic=True)
    runs(doc, [("Participants / Deelnemers : ", {"b": True}),
               ("Amélie Jacquet (CPAS Liège), Wout Maes (OCMW Antwerpen), Pauline Marchal (SPP IS), Bram "
                "Vandenberghe (OCMW Gent), Nele De Wilde (OCMW Gent), Sophie Delhaye (CPAS Charleroi), Luc "
                "Deprez (CPAS Binche), Yasmina El Idrissi (CPAS Bruxelles), Tom Geerts (OCMW Mortsel), Sofie Maes "
                "(interprète / tolk)", {})])
    runs(doc, [("Excusés / Verontschuldigd : ", {"b": True}),
               ("Mélanie Dardenne (CPAS Liège), Inge Wouters (OCMW Schoten)", {})])
    para(doc, "Programme / Programma", bold=True)
    for line in ["1) 9h30 Accueil et tour de table",
                 "2) 10h15 Bilan 2025 des indicateurs",
                 "3) 11h15 Calendrier 2026",
                 "4) 13u30 Tevredenheidsenquête: resultaten 2025",
                 "5) 14u30 Bewaring en archief van dossiers"]:
        para(doc, line, space_after=0)

    para(doc, "")
    para(doc, "1. Accueil et tour de table", bold=True)
    para(doc, "Pauline Marchal ouvre la réunion. Tour de table rapide : tous les projets tournent, Charleroi et "
              "Binche ont un nouveau groupe depuis janvier, Gand a une liste d'attente.")
    para(doc, "2. Bilan 2025 des indicateurs", bold=True)
    runs(doc, [("Les chiffres 2025 sont presque complets. Le nombre de participants qui ont progressé d'un niveau "
                "du CECR est en hausse à Gand et à Bruxelles. ", {}),
               ("[Wout : les chiffres de Charleroi, tu les as notés ?]", {"hl": True})])
    para(doc, "Envoyer le tableau des indicateurs 2025 pré-rempli – Qui : SPP (Pauline Marchal)")
    para(doc, "Relancer les antennes sociales pour les orientations du printemps – Qui : chaque CPAS")
    para(doc, "3. Calendrier 2026", bold=True)
    para(doc, "La prochaine période de modules court de septembre 2026 à juin 2027. Le SPP rappelle que les "
              "fiches projets 2026 ont été reçues de tous les CPAS.")
    para(doc, "--- vanaf hier notities Wout ---", italic=True, color=(0x80, 0x80, 0x80))
    doc.add_heading("Tevredenheidsenquête: resultaten 2025", level=2)
    para(doc, "Respons beter dan vorig jaar dankzij de pictogrammen en de vertalingen. De Tigrinya-versie is "
              "klaar. Bram stuurt de Tigrinya-versie door naar iedereen.")
    runs(doc, [("TODO Wout: cijfers respons per OCMW toevoegen", {"hl": True})])
    doc.add_heading("Bewaring en archief van dossiers", level=2)
    para(doc, "Afgesloten trajecten worden bijgehouden tot vijf jaar na 31 december van het jaar van de laatste "
              "betaling; persoonsgegevens niet langer dan nodig. OCMW Binche maakt een voorstel voor de "
              "archiveringstermijnen van de partnerbesturen.")
    para(doc, "Controle van de gegevens van afgesloten trajecten (ouder dan 5 jaar): nog te bepalen.")
    doc.add_heading("Volgende stappen", level=2)
    para(doc, "Het netwerk blijft online vergaderen in de winter en fysiek in de lente.")
    para(doc, "Volgende netwerkdag: begin juni 2026 in Charleroi.", bold=True)
    save(doc, "576_reunion_deux_mains_2026.docx")


if __name__ == "__main__":
    for fn in (report_567, report_568, report_569, report_570, report_571, report_572, report_573,
               report_574, report_575, report_576):
        fn()
