# -*- coding: utf-8 -*-
"""Builds the ten meeting reports 627-636 (AMIF / FAMI network) with python-docx.
Each report is written the way its (invented) writer would type it in Word.
The expected JSON files are written separately, by hand."""
import os

from docx import Document
from docx.enum.section import WD_ORIENT  # noqa: F401  (kept: writers' templates)
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_COLOR_INDEX
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

GREY = RGBColor(0x59, 0x59, 0x59)
RED = RGBColor(0xC0, 0x00, 0x00)
BLUE = RGBColor(0x1F, 0x4E, 0x79)
TEAL = RGBColor(0x00, 0x70, 0x70)

TAG_FR = "Vers une politique de migration plus intégrée, grâce au FAMI"
TAG_NL = "Naar een geïntegreerd migratiebeleid, dankzij het AMIF"


# ---------------------------------------------------------------- helpers
def new_doc(font="Calibri", size=11):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    return doc


def P(container, text="", bold=False, italic=False, color=None, size=None, style=None,
      align=None, underline=False, highlight=None):
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        r.underline = underline
        if color is not None:
            r.font.color.rgb = color
        if size:
            r.font.size = Pt(size)
        if highlight is not None:
            r.font.highlight_color = highlight
    if align is not None:
        p.alignment = align
    return p


def R(p, text, bold=False, italic=False, color=None, highlight=None, size=None, underline=False):
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    r.underline = underline
    if color is not None:
        r.font.color.rgb = color
    if highlight is not None:
        r.font.highlight_color = highlight
    if size:
        r.font.size = Pt(size)
    return r


def lines(container, parts, bold=False, italic=False, color=None, size=None):
    """One paragraph, several lines separated by soft line breaks (Shift+Enter)."""
    p = container.add_paragraph()
    for i, t in enumerate(parts):
        r = p.add_run(t)
        r.bold = bold
        r.italic = italic
        if color is not None:
            r.font.color.rgb = color
        if size:
            r.font.size = Pt(size)
        if i < len(parts) - 1:
            r.add_break()
    return p


def header_text(doc, text, italic=True, size=8, align=WD_ALIGN_PARAGRAPH.RIGHT):
    hp = doc.sections[0].header.paragraphs[0]
    r = hp.add_run(text)
    r.italic = italic
    r.font.size = Pt(size)
    hp.alignment = align
    return hp


def footer_text(doc, text, size=8, align=WD_ALIGN_PARAGRAPH.CENTER):
    fp = doc.sections[0].footer.paragraphs[0]
    r = fp.add_run(text)
    r.font.size = Pt(size)
    fp.alignment = align
    return fp


def cell_text(cell, text, bold=False, italic=False, size=None):
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    if size:
        r.font.size = Pt(size)
    return p


def cell_add(cell, text="", bold=False, italic=False, style=None, color=None):
    p = cell.add_paragraph(style=style) if style else cell.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if color is not None:
            r.font.color.rgb = color
    return p


def save(doc, name):
    doc.save(os.path.join(HERE, name))
    print("written", name)


# ---------------------------------------------------------------- 627
def r627():
    """Anne-Sophie Lemaire (SPP IS). Started from the file of the May 2016 report in Gent:
    the header still carries the old place and date."""
    doc = new_doc("Arial", 10)
    header_text(doc, "FAMI – Rapport rencontre CPAS – Gand, 24 mai 2016")
    footer_text(doc, TAG_FR + "  |  " + TAG_NL)

    P(doc, "POD | Maatschappelijke Integratie", color=GREY, size=9)
    P(doc, "SPP | Intégration Sociale", color=GREY, size=9)
    P(doc, "Rapport rencontre CPAS – FAMI", bold=True, size=14, align=WD_ALIGN_PARAGRAPH.CENTER)
    P(doc, "Jeudi 13 octobre 2016", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    P(doc, "CPAS de Charleroi – Service Action Migrants", italic=True, align=WD_ALIGN_PARAGRAPH.CENTER)

    p = P(doc)
    R(p, "Présents : ", bold=True)
    R(p, "Anne-Sophie Lemaire (SPP IS), Katrien Vandenberghe (SPP IS), Sébastien Dupont (CPAS Charleroi), "
         "Ayşe Yilmaz (CPAS Charleroi), Carine Lambotte (CPAS Charleroi), Jonas De Smet (CPAS Gand), "
         "Hilde Verstraete (CPAS Gand), Nathalie Grosjean (CPAS Liège), Olivier Delhaize (CPAS Liège), "
         "Nadia Amrani (CPAS Anvers), Karim Benali (CPAS Bruxelles)")
    p = P(doc)
    R(p, "Excusés : ", bold=True)
    R(p, "Wouter Peeters (CPAS Anvers), Marie-Claire Nkulu (CPAS Bruxelles) ")
    R(p, "[NB : liste reprise du rapport de mai, à vérifier]", highlight=WD_COLOR_INDEX.YELLOW)

    P(doc, "Ordre du jour", bold=True, underline=True)
    for t in ["9h30\tAccueil et café",
              "10h00 – 11h00\tPrésentation du projet Activ'Up et visite des locaux",
              "11h00 – 12h30\tTour de table : état d'avancement par CPAS",
              "12h30\tLunch",
              "13h30 – 15h00\tRecrutement des participants : échange de pratiques",
              "15h00 – 15h30\tDivers et clôture"]:
        p = P(doc, t)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(3.5))
        p.paragraph_format.space_after = Pt(0)

    doc.add_heading("I. Accueil et introduction", level=1)
    P(doc, "Sébastien Dupont accueille les CPAS dans les locaux du Service Action Migrants. Un café est offert "
           "et l'équipe fait visiter les salles d'ateliers. Katrien Vandenberghe rappelle le calendrier FAMI : "
           "les rapports intermédiaires sont attendus pour fin janvier.")

    doc.add_heading("2. Activ'Up : présentation du projet", level=1)
    P(doc, "Ayşe Yilmaz présente Activ'Up. Le projet fonctionne par modules de septembre à juin et repose sur "
           "trois axes : un coaching individuel (un rendez-vous toutes les deux semaines), des activités "
           "collectives (ateliers découvertes une fois par semaine, séances d'information « se débrouiller en "
           "Belgique », coaching collectif une fois par mois, sorties socio-culturelles) et un suivi social sur "
           "rendez-vous. Les participants d'Activ'Up sont prioritaires pour les cours de FLE du service.")
    P(doc, "Le module 2 a démarré en septembre. (à compléter par Charleroi : chiffres du module 2)", italic=False)

    doc.add_heading("3. Tour de table", level=1)
    for lab, txt in [
        ("Gand : ", "les intakes se font désormais à deux (maatschappelijk werker et coach). Le groupe de "
                    "néerlandais pratique compte douze personnes."),
        ("Liège : ", "le module informatique est complet ; une liste d'attente est tenue par Olivier. L'atelier "
                     "créatif reste le plus demandé."),
        ("Anvers : ", "démarrage plus lent que prévu, les antennes sociales orientent encore peu de clients."),
        ("Bruxelles : ", "recrutement d'une médiatrice interculturelle en cours ; les séances collectives "
                         "reprennent en novembre."),
    ]:
        p = P(doc)
        R(p, lab, bold=True)
        R(p, txt)

    doc.add_heading("4. Recrutement des participants", level=1)
    P(doc, "Charleroi a répertorié plus de 1 000 bénéficiaires potentiels avec l'observatoire local du CPAS ; "
           "les assistants sociaux en ont retenu 315 pour le module 1. 110 personnes sont venues à la séance "
           "d'information (35 %).")
    P(doc, "Les autres CPAS trouvent ce taux réaliste. Liège préfère les inscriptions en continu via les "
           "antennes sociales : « les nouvelles personnes sont toujours les bienvenues ». Gand et Anvers "
           "souhaitent présenter le projet aux équipes sociales lors de leurs réunions de service.")

    doc.add_heading("5. Divers", level=1)
    P(doc, "Le SPP rappelle que l'enquête de satisfaction doit rester compréhensible pour un public peu "
           "alphabétisé. Plusieurs CPAS demandent une version avec moins de texte.")

    doc.add_heading("6. Points d'action", level=1)
    for t in ["Sébastien enverra la présentation d'Activ'Up à tous les CPAS.",
              "Le SPP fera circuler un modèle commun d'enquête de satisfaction avant fin novembre.",
              "Chaque CPAS transmet au SPP ses chiffres de recrutement pour le 15 novembre.",
              "Nathalie et Olivier prépareront un exercice de présentation pour la prochaine rencontre."]:
        P(doc, t, style="List Bullet")

    p = P(doc)
    R(p, "Prochaine rencontre : début février 2017 à Gand, la date exacte suivra.", bold=True)
    save(doc, "627_charleroi-copie-mai.docx")


# ---------------------------------------------------------------- 628
def r628():
    """Ilse Janssens (OCMW Antwerpen): handwritten notes typed up a week later."""
    doc = new_doc("Calibri", 11)
    P(doc, "Overleg AMIF – OCMW Antwerpen en partners", bold=True, size=13)
    P(doc, "Donderdag 9 maart 2017, 13u30, Lange Gasthuisstraat (zaal 2.04)")
    P(doc, "Aanwezig: Wouter Peeters, Nadia Amrani, Ilse Janssens (OCMW Antwerpen); Lien Van Dyck (OCMW Schoten); "
           "Tom Wuyts (OCMW Edegem); Samira Ouali (OCMW Mortsel); Mehdi Bouzidi (POD MI)")
    P(doc, "Verontschuldigd: Hans Goossens (OCMW Mortsel)")
    P(doc, "Uitgetypt op 16/03 op basis van mijn handgeschreven notities – sorry voor de vertraging, aanvullingen welkom.",
      italic=True, color=GREY)

    P(doc, "Rondje partners", bold=True)
    P(doc, "- Schoten: 4 deelnemers doorverwezen sinds januari, 2 zijn gestart in de taalactiveringsgroep.")
    P(doc, "- Edegem: ??? (stuk over Edegem nog na te vragen bij Tom, mijn notities zijn hier onleesbaar)")
    P(doc, "- Mortsel: eerste intakegesprekken gepland, Samira doet ze samen met de maatschappelijk werker.")
    P(doc, "- Antwerpen zelf: 19 deelnemers in module 2, aanwezigheidsgraad rond 70 %.")

    P(doc, "Doorverwijzing door maatschappelijk werkers", bold=True)
    P(doc, "Probleem: de MW's van de partners kennen het project te weinig, er komen weinig doorverwijzingen. "
           "Voorstel Wouter: korte voorstelling (15 min) op hun teamoverleg, met een deelnemer erbij als dat lukt.")
    P(doc, "→ Tom + Lien: vragen bij hun maatschappelijk werkers wanneer het volgende teamoverleg is")

    P(doc, "Deelnemerslijsten & privacy", bold=True)
    P(doc, "Afspraak: de partners krijgen geen namen van deelnemers van een ander OCMW, enkel aantallen. "
           "Mehdi bevestigt dat ook het POD geen namen nodig heeft.")
    P(doc, "→ Nadia: lijst met aantallen per module doorsturen naar de partners (zonder namen!)")

    P(doc, "Tevredenheidsenquête", bold=True)
    P(doc, "Veel deelnemers begrijpen de vragen niet (te abstract: 'relevantie', 'tevredenheid over de modaliteiten'). "
           "Vraag om een versie in meer talen.")
    P(doc, "→ Mehdi: checkt bij het POD of de enquête vertaald kan worden in het Arabisch en het Dari")

    P(doc, "Varia", bold=True)
    P(doc, "Infosessies in mei (wonen, mobiliteit, bank): planning nog te maken.")
    P(doc, "→ planning infosessies mei opmaken – wie? (niet afgesproken)")

    P(doc, "")
    P(doc, "Volgende keer: donderdag 20 april, 13u30, in Mortsel (OCMW, zaal beneden).", bold=True)
    save(doc, "628_antwerpen-notities.docx")


# ---------------------------------------------------------------- 629
def r629():
    """E-mail of Nathalie Grosjean (CPAS Liège) pasted into Word by her colleague Fatoumata Diallo."""
    doc = new_doc("Calibri", 11)
    P(doc, "[Fatoumata : mail de Nathalie collé tel quel pour l'archive, mise en page à revoir]",
      italic=True, color=RED)
    lines(doc, ["De : Grosjean Nathalie",
                "Envoyé : mardi 26 juin 2018 16:42",
                "À : Réseau FAMI – CPAS ; Vandenberghe Katrien (SPP IS)",
                "Objet : Résumé réunion FAMI du 21/06 à Liège"], size=10)
    P(doc, "")
    P(doc, "Bonjour à toutes et à tous,")
    P(doc, "Voici comme promis un petit résumé de notre rencontre de jeudi dernier (21 juin) à la maison "
           "d'activation sociale de Liège. Merci encore d'être venus jusqu'ici !")
    P(doc, "Étaient présents : Katrien Vandenberghe (SPP), Jonas De Smet et Yasmina El Khatib (Gand), "
           "Ayşe Yilmaz (Charleroi), Véronique Debaisieux (Binche), Wouter Peeters (Anvers), Karim Benali "
           "(Bruxelles) et pour Liège Olivier Delhaize, Fatoumata Diallo et moi-même.")
    P(doc, "Excusés : Sébastien Dupont (Charleroi) et Marie-Claire Nkulu (Bruxelles).")
    P(doc, "Au programme : l'accueil des nouveaux collègues, le bilan du module 3, les contrats participants "
           "et la fiche projet 2019.")
    P(doc, "On a commencé par un tour de présentation : bienvenue à Yasmina (Gand) et Véronique (Binche) qui "
           "nous ont rejoints ce printemps.")

    P(doc, "1) Bilan du module 3", bold=True)
    P(doc, "Liège termine son module 3 fin juin : 22 participants ont suivi au moins un atelier, 14 jusqu'au "
           "bout. L'atelier créatif reste le plus demandé. Charleroi constate la même chose pour ses ateliers "
           "découvertes. Tout le monde note que les horaires qui changent découragent les participants.")

    P(doc, "2) Contrats participants", bold=True)
    P(doc, "Chez nous chaque participant signe trois contrats (avec son AS, avec Fatoumata pour l'entretien "
           "d'admission, et avec le responsable de chaque module). Plusieurs CPAS aimeraient s'en inspirer pour "
           "fixer les règles de présence et de ponctualité.")
    P(doc, "→ Olivier vous envoie notre modèle de contrat (version 2018) d'ici vendredi.")

    P(doc, "3) Fiche projet 2019", bold=True)
    P(doc, "Katrien a présenté le canevas de la fiche projet 2019 (au moins trois sous-objectifs par module !). "
           "La partie « coûts » demande maintenant le détail des ETP et des sources de financement.")
    P(doc, "→ Chaque CPAS envoie ses remarques sur le canevas à Katrien avant le 15 juillet.")
    P(doc, "→ Katrien vérifie si les frais des sorties socio-culturelles sont éligibles.")

    P(doc, "4) Divers", bold=True)
    P(doc, "Véronique propose d'organiser un atelier commun Charleroi–Binche sur l'enquête de satisfaction, "
           "à discuter à la prochaine rencontre.")
    P(doc, "La prochaine rencontre aura lieu à Bruxelles en octobre. Karim enverra un Doodle pour fixer la date.")
    P(doc, "NL – In het kort: Luik sluit module 3 af (22 deelnemers, 14 tot het einde). Olivier stuurt het "
           "contractmodel door, opmerkingen over de projectfiche naar Katrien vóór 15 juli, volgende bijeenkomst "
           "in oktober in Brussel.", italic=True)
    P(doc, "Bonne soirée et à bientôt,")
    lines(doc, ["Nathalie Grosjean", "Coordinatrice FAMI – CPAS de Liège", "Maison d'activation sociale"],
          color=GREY, size=9)
    save(doc, "629_liege-mail-colle.docx")


# ---------------------------------------------------------------- 630
def r630():
    """Yasmina El Khatib (OCMW Gent) standing in for Katrien Vandenberghe (POD MI).
    Dutch and French in alternating paragraphs, French in italics."""
    doc = new_doc("Calibri", 10.5)
    header_text(doc, TAG_NL + " / " + TAG_FR)
    footer_text(doc, "Verslag 26/11/2019 – Rapport 26/11/2019")

    P(doc, "Verslag bijeenkomst OCMW's – Rapport rencontre CPAS", bold=True, size=15, color=BLUE)
    P(doc, "Dinsdag 26 november 2019 – mardi 26 novembre 2019", bold=True)
    P(doc, "OCMW Gent – zaal Leie / CPAS de Gand – salle Leie")
    P(doc, "Verslag opgemaakt door Yasmina El Khatib (OCMW Gent) ter vervanging van Katrien Vandenberghe (POD MI).",
      size=9)
    P(doc, "Rapport rédigé par Yasmina El Khatib (CPAS de Gand) en remplacement de Katrien Vandenberghe (SPP IS).",
      size=9, italic=True)
    P(doc, "Consecutieve vertaling door Geneviève Thiry.", size=9)
    P(doc, "Interprétation consécutive par Geneviève Thiry.", size=9, italic=True)

    P(doc, "Aanwezig – Présents / Verontschuldigd – Excusés", bold=True)
    rows = [("Naam / Nom", "Organisatie / Organisation", ""),
            ("Jonas De Smet", "OCMW Gent", "aanwezig"),
            ("Yasmina El Khatib", "OCMW Gent", "aanwezig"),
            ("Hilde Verstraete", "OCMW Gent", "verontschuldigd"),
            ("Katrien Vandenberghe", "POD MI", "verontschuldigd"),
            ("Mehdi Bouzidi", "POD MI", "aanwezig"),
            ("Nathalie Grosjean", "CPAS Liège", "présente"),
            ("Fatoumata Diallo", "CPAS Liège", "présente"),
            ("Sébastien Dupont", "CPAS Charleroi", "présent"),
            ("Véronique Debaisieux", "CPAS Binche", "excusée"),
            ("Nadia Amrani", "OCMW Antwerpen", "aanwezig"),
            ("Samira Ouali", "OCMW Mortsel", "aanwezig"),
            ("Karim Benali", "CPAS Bruxelles", "présent"),
            ("Geneviève Thiry", "tolk / interprète", "aanwezig")]
    t = doc.add_table(rows=len(rows), cols=3)
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            cell_text(t.cell(i, j), v, bold=(i == 0), size=9)
    P(doc, "")

    P(doc, "Agenda – Ordre du jour", bold=True)
    ag = [("Uur / Heure", "Punt / Point"),
          ("10u00 – 10u15", "Verwelkoming / Accueil"),
          ("10u15 – 11u00", "Rondje OCMW's / Tour de table des CPAS"),
          ("11u00 – 12u00", "Voorstelling traject Gent: van intake tot oriëntatiebalans / Présentation du parcours "
                            "gantois : de l'entretien d'admission au bilan d'orientation"),
          ("12u00 – 13u00", "Lunch"),
          ("13u00 – 14u30", "Indicatoren AMIF 2019 / Indicateurs FAMI 2019"),
          ("14u30 – 15u00", "Varia en afsluiting / Divers et clôture")]
    t = doc.add_table(rows=len(ag), cols=2)
    t.style = "Table Grid"
    for i, row in enumerate(ag):
        for j, v in enumerate(row):
            cell_text(t.cell(i, j), v, bold=(i == 0), size=9)

    def nl(text):
        P(doc, text)

    def fr(text):
        P(doc, text, italic=True, color=GREY)

    doc.add_heading("1. Verwelkoming / Accueil", level=2)
    nl("Jonas De Smet verwelkomt iedereen in Gent en verontschuldigt Katrien, die ziek is. Yasmina neemt het verslag over.")
    fr("Jonas De Smet souhaite la bienvenue à tous à Gand et excuse Katrien, malade. Yasmina prend le rapport en charge.")

    doc.add_heading("2. Rondje OCMW's / Tour de table des CPAS", level=2)
    nl("Luik heeft een wachtlijst voor het atelier informatica. Charleroi start in januari een nieuwe groep collectieve "
       "coaching. Antwerpen en Mortsel werken nu met een gezamenlijke intakekalender. Brussel heeft een interculturele "
       "bemiddelaar aangeworven die ook als sociaal tolk optreedt.")
    fr("Liège a une liste d'attente pour l'atelier informatique. Charleroi lance en janvier un nouveau groupe de "
       "coaching collectif. Anvers et Mortsel utilisent désormais un calendrier d'admission commun. Bruxelles a engagé "
       "une médiatrice interculturelle qui fait aussi office d'interprète sociale.")

    doc.add_heading("3. Traject Gent: van intake tot oriëntatiebalans / Parcours gantois : de l'entretien d'admission "
                    "au bilan d'orientation", level=2)
    nl("Gent stelt het traject voor: doorverwijzing door de maatschappelijk werker, intakegesprek, behoefteanalyse en "
       "een oriëntatiebalans die door de teamverantwoordelijke wordt goedgekeurd of teruggestuurd. Pas daarna krijgt de "
       "deelnemer een voorstel van modules.")
    fr("Gand présente son parcours : orientation par l'assistant social, entretien d'admission, analyse des besoins et "
       "un bilan d'orientation approuvé ou renvoyé par la responsable d'équipe. Ce n'est qu'ensuite que le participant "
       "reçoit une proposition de modules.")

    doc.add_heading("4. Indicatoren AMIF 2019 / Indicateurs FAMI 2019", level=2)
    nl("Mehdi overloopt de indicatoren die het POD in januari verzamelt. Luik meldt 41 deelnemers, Charleroi 58 (met "
       "Binche). Vraag: hoe tellen we deelnemers die na één sessie stoppen?")
    fr("Mehdi passe en revue les indicateurs que le SPP récolte en janvier. Liège compte 41 participants, Charleroi 58 "
       "(avec Binche). Question : comment compter les participants qui arrêtent après une séance ?")
    P(doc, "Katrien, kan jij bij je terugkeer de cijfers van Luik in punt 4 nog nakijken? Ik was niet zeker van mijn "
           "notities.", highlight=WD_COLOR_INDEX.YELLOW)

    doc.add_heading("5. Varia / Divers", level=2)
    nl("Samira vraagt of de tevredenheidsenquête ook in het Tigrinya kan. Dit wordt meegenomen naar de volgende bijeenkomst.")
    fr("Samira demande si l'enquête de satisfaction peut aussi exister en tigrinya. Le point est reporté à la prochaine rencontre.")

    doc.add_heading("6. Actiepunten / Points d'action", level=2)
    for a, b in [("Jonas bezorgt de presentatie aan alle deelnemers.",
                  "Jonas envoie la présentation à tous les participants."),
                 ("Alle OCMW's bezorgen hun indicatoren 2019 ten laatste op 15 januari 2020 aan het POD.",
                  "Tous les CPAS transmettent leurs indicateurs 2019 au SPP pour le 15 janvier 2020 au plus tard."),
                 ("Het POD vraagt bij de Europese cel na hoe deelnemers die na één sessie stoppen geteld worden.",
                  "Le SPP demande à la cellule européenne comment compter les participants qui arrêtent après une séance."),
                 ("Nathalie en Fatoumata sturen het Luikse model van de oriëntatiebalans naar Gent.",
                  "Nathalie et Fatoumata envoient le modèle liégeois du bilan d'orientation à Gand.")]:
        P(doc, a, style="List Bullet")
        p = P(doc, b, style="List Bullet", italic=True, color=GREY)

    P(doc, "")
    P(doc, "Volgende bijeenkomst: dinsdag 11 februari 2020 in Charleroi.", bold=True)
    P(doc, "Prochaine rencontre : mardi 11 février 2020 à Charleroi.", bold=True, italic=True)
    save(doc, "630_gent-vervanging.docx")


# ---------------------------------------------------------------- 631
def r631():
    """Mehdi Bouzidi (POD MI): a quick Teams check-in in lockdown; names pasted from the Teams list."""
    doc = new_doc("Segoe UI", 10)
    P(doc, "AMIF – korte check-in via Teams / bref point via Teams", bold=True, size=12)
    P(doc, "Donderdag 23 april 2020, 10u00 – 10u45")
    P(doc, "Deelnemers (Teams):", underline=True)
    for n in ["Bouzidi Mehdi (POD MI)", "Vandenberghe Katrien (POD MI)", "Verstraete Hilde (OCMW Gent)",
              "Delhaize Olivier (CPAS Liège)", "Yilmaz Ayşe (CPAS Charleroi)", "Amrani Nadia (OCMW Antwerpen)",
              "Benali Karim (CPAS Bruxelles)"]:
        p = P(doc, n, style="List Bullet")
        p.paragraph_format.space_after = Pt(0)
    P(doc, "Verontschuldigd: Dupont Sébastien (CPAS Charleroi), Peeters Wouter (OCMW Antwerpen)")
    P(doc, "Doel: even horen hoe de projecten draaien tijdens de lockdown. Geen agenda, rondje per OCMW.")

    P(doc, "Stand van zaken per OCMW", bold=True, underline=True)
    P(doc, "Gent: groepsactiviteiten stilgelegd, individuele opvolging per telefoon en WhatsApp-video. Luik: ateliers "
           "opgeschort, Olivier belt elke deelnemer één keer per week. Charleroi: individuele coaching per telefoon "
           "(Ayşe). Antwerpen: taalactivering online in kleine groepjes, maar veel deelnemers hebben geen laptop. "
           "Brussel: nog geen online aanbod, vooral sociale opvolging.")
    P(doc, "Groepsgrootte", bold=True, underline=True)
    P(doc, "Bij heropstart denken Charleroi en Luik aan 3 deelnemers + 1 begeleider, Gent aan 4 + 1. Er is geen "
           "gemeenschappelijke regel: elk OCMW volgt de richtlijnen van zijn eigen bestuur.")
    P(doc, "Afspraken", bold=True, underline=True)
    for t in ["Hilde stuurt haar draaiboek voor videobellen met deelnemers door naar iedereen.",
              "Het POD vraagt aan de Europese Commissie of online sessies meetellen voor de indicatoren.",
              "Elk OCMW houdt de aanwezigheden ook online bij (Teams-lijst of telefoonlijst).",
              "Nadia en Karim bekijken samen of er laptops geleend kunnen worden via een partner."]:
        P(doc, t, style="List Number")
    P(doc, "Volgende check-in: donderdag 7 mei om 10u, zelfde Teams-link.", bold=True)

    P(doc, "* * *", align=WD_ALIGN_PARAGRAPH.CENTER)
    P(doc, "(traduction rapide, pas relue)", italic=True, color=GREY)
    P(doc, "État des lieux par CPAS", bold=True, underline=True)
    P(doc, "Gand : activités de groupe à l'arrêt, suivi individuel par téléphone et vidéo WhatsApp. Liège : ateliers "
           "suspendus, Olivier appelle chaque participant une fois par semaine. Charleroi : coaching individuel par "
           "téléphone (Ayşe). Anvers : activation linguistique en ligne en petits groupes, mais beaucoup de "
           "participants n'ont pas d'ordinateur. Bruxelles : pas encore d'offre en ligne, surtout du suivi social.")
    P(doc, "Taille des groupes", bold=True, underline=True)
    P(doc, "À la reprise, Charleroi et Liège pensent à 3 participants + 1 formateur, Gand à 4 + 1. Pas de règle "
           "commune : chaque CPAS suit les consignes de ses propres autorités.")
    P(doc, "Accords", bold=True, underline=True)
    for t in ["Hilde envoie à tous son guide pour les appels vidéo avec les participants.",
              "Le SPP demande à la Commission européenne si les séances en ligne comptent pour les indicateurs.",
              "Chaque CPAS enregistre aussi les présences en ligne (liste Teams ou liste d'appels).",
              "Nadia et Karim regardent ensemble si des ordinateurs peuvent être prêtés par un partenaire."]:
        P(doc, t, style="List Number")
    P(doc, "Prochain point : jeudi 7 mai à 10h, même lien Teams.", bold=True)
    save(doc, "631_teams-checkin-lockdown.docx")


# ---------------------------------------------------------------- 632
def r632():
    """Katrien Vandenberghe (SPP IS): formal minutes, French and Dutch side by side, to be approved later."""
    doc = new_doc("Times New Roman", 11)
    sec = doc.sections[0]
    sec.left_margin = Cm(2)
    sec.right_margin = Cm(2)
    header_text(doc, "SPP Intégration Sociale – POD Maatschappelijke Integratie", italic=False, size=9,
                align=WD_ALIGN_PARAGRAPH.LEFT)
    footer_text(doc, TAG_FR + " – " + TAG_NL)

    P(doc, "PROJET / ONTWERP – à approuver lors de la réunion du 17 juin 2021 / goed te keuren op de vergadering "
           "van 17 juni 2021", bold=True, color=RED, size=10)

    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER

    def row():
        r = t.add_row()
        return r.cells[0], r.cells[1]

    a, b = row()
    cell_text(a, "Procès-verbal de la réunion du réseau FAMI", bold=True, size=13)
    cell_text(b, "Proces-verbaal van de netwerkvergadering AMIF", bold=True, size=13)
    a, b = row()
    cell_text(a, "Jeudi 18 mars 2021 – Webex, avec interprétation simultanée")
    cell_text(b, "Donderdag 18 maart 2021 – Webex, met simultaanvertaling")

    a, b = row()
    cell_text(a, "Présents :", bold=True)
    for s in ["SPP IS : Katrien Vandenberghe, Pieter Claes",
              "CPAS de Gand : Jonas De Smet, Yasmina El Khatib",
              "CPAS de Liège : Nathalie Grosjean",
              "CPAS de Charleroi : Sébastien Dupont, Ayşe Yilmaz",
              "CPAS de Binche : Giuseppe Russo",
              "CPAS d'Anvers : Wouter Peeters, Nadia Amrani",
              "CPAS d'Edegem : Tom Wuyts",
              "CPAS de Bruxelles : Marie-Claire Nkulu, Karim Benali",
              "Interprètes : Geneviève Thiry, Bart Mertens"]:
        cell_add(a, s)
    cell_add(a, "Excusés : Olivier Delhaize (CPAS de Liège), Lien Van Dyck (CPAS de Schoten)")
    cell_text(b, "Aanwezig:", bold=True)
    for s in ["POD MI: Katrien Vandenberghe, Pieter Claes",
              "OCMW Gent: Jonas De Smet, Yasmina El Khatib",
              "OCMW Luik: Nathalie Grosjean",
              "OCMW Charleroi: Sébastien Dupont, Ayşe Yilmaz",
              "OCMW Binche: Giuseppe Russo",
              "OCMW Antwerpen: Wouter Peeters, Nadia Amrani",
              "OCMW Edegem: Tom Wuyts",
              "OCMW Brussel: Marie-Claire Nkulu, Karim Benali",
              "Tolken: Geneviève Thiry, Bart Mertens"]:
        cell_add(b, s)
    cell_add(b, "Verontschuldigd: Olivier Delhaize (OCMW Luik), Lien Van Dyck (OCMW Schoten)")

    a, b = row()
    cell_text(a, "Ordre du jour", bold=True)
    for s in ["Approbation du procès-verbal du 19 novembre 2020",
              "Indicateurs communs FAMI 2021-2027",
              "Conservation des documents et des données des participants",
              "Présentation : l'atelier numérique de Charleroi",
              "Divers"]:
        cell_add(a, s, style="List Number")
    cell_text(b, "Agenda", bold=True)
    for s in ["Goedkeuring van de notulen van 19 november 2020",
              "Gemeenschappelijke AMIF-indicatoren 2021-2027",
              "Bewaring van documenten en deelnemersgegevens",
              "Voorstelling: het digitale atelier van Charleroi",
              "Varia"]:
        cell_add(b, s, style="List Number")

    def section(fr_h, nl_h, fr_ps, nl_ps):
        a, b = row()
        cell_text(a, fr_h, bold=True)
        cell_text(b, nl_h, bold=True)
        for s in fr_ps:
            cell_add(a, s)
        for s in nl_ps:
            cell_add(b, s)
        return a, b

    section("1. Approbation du procès-verbal du 19 novembre 2020",
            "1. Goedkeuring van de notulen van 19 november 2020",
            ["Le procès-verbal de la réunion du 19 novembre 2020 est approuvé sans modification."],
            ["De notulen van de vergadering van 19 november 2020 worden zonder wijzigingen goedgekeurd."])
    section("2. Indicateurs communs FAMI 2021-2027",
            "2. Gemeenschappelijke AMIF-indicatoren 2021-2027",
            ["Pieter Claes présente les indicateurs communs du règlement (UE) 2021/1147 : participants aux activités "
             "de soutien (cours de langue, orientation civique, accompagnement professionnel personnalisé), "
             "participants ayant progressé d'au moins un niveau du CECR, participants déclarant que l'activité les a "
             "aidés à s'intégrer.",
             "Les CPAS s'inquiètent de la charge administrative et de la lisibilité de cette dernière question pour "
             "un public peu alphabétisé. Décision : la question sera reformulée en langage simple et testée avant "
             "diffusion."],
            ["Pieter Claes stelt de gemeenschappelijke indicatoren van verordening (EU) 2021/1147 voor: deelnemers "
             "aan ondersteunende activiteiten (taalcursus, maatschappelijke oriëntatie, persoonlijke professionele "
             "begeleiding), deelnemers die minstens één ERK-niveau zijn gestegen, deelnemers die verklaren dat de "
             "activiteit hun integratie heeft geholpen.",
             "De OCMW's maken zich zorgen over de administratieve last en over de leesbaarheid van die laatste vraag "
             "voor laaggeletterde deelnemers. Beslissing: de vraag wordt in eenvoudige taal herschreven en getest "
             "vóór verspreiding."])
    section("3. Conservation des documents et des données des participants",
            "3. Bewaring van documenten en deelnemersgegevens",
            ["Le SPP rappelle que les pièces d'une opération financée par l'UE sont conservées cinq ans à partir du "
             "31 décembre de l'année du dernier paiement (règlement (UE) 2021/1060, art. 82). Les données "
             "personnelles ne sont pas gardées plus longtemps que nécessaire (RGPD, art. 5). Chaque CPAS reste seul "
             "responsable des données de ses participants ; le SPP ne reçoit que des chiffres agrégés."],
            ["Het POD herinnert eraan dat de stukken van een door de EU gefinancierde concrete actie vijf jaar bewaard "
             "worden vanaf 31 december van het jaar van de laatste betaling (verordening (EU) 2021/1060, art. 82). "
             "Persoonsgegevens worden niet langer bewaard dan nodig (AVG, art. 5). Elk OCMW blijft als enige "
             "verantwoordelijk voor de gegevens van zijn deelnemers; het POD ontvangt alleen geaggregeerde cijfers."])
    section("4. Présentation : l'atelier numérique de Charleroi",
            "4. Voorstelling: het digitale atelier van Charleroi",
            ["Ayşe Yilmaz présente l'atelier numérique : deux groupes de 6 participants + 1 formateur, usage du "
             "smartphone pour les démarches en ligne (rendez-vous, banque, itsme)."],
            ["Ayşe Yilmaz stelt het digitale atelier voor: twee groepen van 6 deelnemers + 1 begeleider, gebruik van "
             "de smartphone voor onlinezaken (afspraken, bank, itsme)."])
    section("5. Divers", "5. Varia",
            ["Marie-Claire Nkulu annonce que Bruxelles reprend les séances collectives en avril."],
            ["Marie-Claire Nkulu meldt dat Brussel in april de groepssessies hervat."])
    section("6. Actions", "6. Acties",
            ["Le SPP adressera aux CPAS le tableau des indicateurs communs pour le 30 avril 2021.",
             "Le CPAS de Bruxelles présentera son module de coaching collectif à la réunion de juin.",
             "Nadia Amrani et Ayşe Yilmaz testeront la question de satisfaction reformulée avec un groupe de "
             "participants.",
             "Chaque CPAS vérifie ses délais de conservation des dossiers FAMI."],
            ["Het POD bezorgt de OCMW's de tabel met de gemeenschappelijke indicatoren tegen 30 april 2021.",
             "Het OCMW Brussel stelt zijn module collectieve coaching voor op de vergadering van juni.",
             "Nadia Amrani en Ayşe Yilmaz testen de herschreven tevredenheidsvraag met een groep deelnemers.",
             "Elk OCMW controleert zijn bewaartermijnen voor de AMIF-dossiers."])
    a, b = row()
    cell_text(a, "Prochaine réunion : jeudi 17 juin 2021, en ligne (Webex), avec interprétation.", bold=True)
    cell_text(b, "Volgende vergadering: donderdag 17 juni 2021, online (Webex), met tolken.", bold=True)

    P(doc, "")
    P(doc, "Pour le SPP IS – Voor de POD MI : Katrien Vandenberghe, secrétaire du réseau / netwerksecretaris",
      italic=True, size=9)
    save(doc, "632_pv-webex-a-approuver.docx")


# ---------------------------------------------------------------- 633
def r633():
    """Hilde Verstraete (OCMW Gent, team lead): her own list of decisions and tasks, initials and a legend."""
    doc = new_doc("Calibri", 11)
    P(doc, "Netwerkdag AMIF 22/09/2022 – beslissingen en taken", style="Title")
    P(doc, "(mijn lijstje, geen volledig verslag – H.V.)", italic=True)
    P(doc, "Plaats: OCMW Gent, vergaderzaal 3de verdieping. Geen tolken deze keer; iedereen sprak zijn eigen taal.")
    p = P(doc)
    R(p, "Aanwezig: ", bold=True)
    R(p, "HV, JDS, YEK (Gent) – KV, PC (POD) – NG, FD (Luik) – SD (Charleroi) – GR (Binche) – WP, IJ (Antwerpen) – "
         "SO (Mortsel) – MCN (Brussel)")
    p = P(doc)
    R(p, "Verontschuldigd: ", bold=True)
    R(p, "KB (Brussel), TW (Edegem)")
    P(doc, "HV = Hilde Verstraete, JDS = Jonas De Smet, YEK = Yasmina El Khatib, KV = Katrien Vandenberghe, "
           "PC = Pieter Claes, NG = Nathalie Grosjean, FD = Fatoumata Diallo, SD = Sébastien Dupont, "
           "GR = Giuseppe Russo, WP = Wouter Peeters, IJ = Ilse Janssens, SO = Samira Ouali, "
           "MCN = Marie-Claire Nkulu, KB = Karim Benali, TW = Tom Wuyts", italic=True, size=8, color=GREY)

    P(doc, "A. Kort verloop", bold=True, underline=True, color=TEAL)
    P(doc, "Voormiddag: voorstelling van de nieuwe intakeprocedure in Gent (JDS, YEK).", style="List Bullet")
    P(doc, "Namiddag: workshop tevredenheidsenquête, voortbouwend op het werk van Charleroi en Binche.",
      style="List Bullet")

    P(doc, "B. Beslissingen", bold=True, underline=True, color=TEAL)
    for s in ["De tevredenheidsenquête krijgt maximum 8 vragen, met pictogrammen.",
              "Groepsactiviteiten: geen aparte coronaregel meer op netwerkniveau; elk OCMW beslist zelf.",
              "De indicatoren worden per kalenderjaar verzameld, niet per module."]:
        P(doc, s, style="List Number")

    P(doc, "C. Taken", bold=True, underline=True, color=TEAL)
    rows = [("Wat", "Wie", "Tegen"),
            ("Nieuwe intakeprocedure (stroomschema) delen met het netwerk", "JDS", "eind oktober"),
            ("Enquête herwerken tot max. 8 vragen met pictogrammen", "GR + SD", "15/11"),
            ("Template indicatoren 2022 rondsturen", "POD", "oktober"),
            ("Cijfers indicatoren 2022 aanleveren", "alle OCMW's", "31/01/2023"),
            ("Vertaling enquête in het Arabisch en Dari laten nakijken door deelnemers", "OCMW Antwerpen", "december"),
            ("Zaal + catering volgende netwerkdag regelen", "?", "")]
    t = doc.add_table(rows=len(rows), cols=3)
    t.style = "Light Grid Accent 1"
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            cell_text(t.cell(i, j), v, bold=(i == 0))

    P(doc, "")
    P(doc, "D. Volgende netwerkdag", bold=True, underline=True, color=TEAL)
    P(doc, "Woensdag 14 december 2022, 9u30 – Brussel, bij het POD (zaal nog te bevestigen).")
    save(doc, "633_gent-beslissingen-taken.docx")


# ---------------------------------------------------------------- 634
def r634():
    """Véronique Debaisieux (CPAS Binche, partner of Charleroi) writes up a network workshop."""
    doc = new_doc("Calibri Light", 11)
    header_text(doc, "CPAS de Binche – partenaire du projet FAMI de Charleroi", size=8)
    footer_text(doc, TAG_FR)
    h = doc.styles["Heading 1"]
    h.font.color.rgb = BLUE

    P(doc, "Compte rendu – Atelier réseau FAMI « Une enquête de satisfaction lisible pour tous »", bold=True,
      size=14, color=BLUE)
    P(doc, "Mardi 16 mai 2023 – CPAS de Charleroi (salle du Service Action Migrants) et via Teams")
    P(doc, "Rédigé par le CPAS de Binche (Véronique Debaisieux), partenaire du projet de Charleroi.", italic=True,
      size=9)

    P(doc, "Participants", bold=True)
    P(doc, "Sur place :")
    for s in ["CPAS de Charleroi : Ayşe Yilmaz, Carine Lambotte",
              "CPAS de Binche : Véronique Debaisieux, Giuseppe Russo",
              "CPAS de Liège : Fatoumata Diallo",
              "CPAS de Bruxelles : Sofie Vermeulen",
              "SPP IS : Anne-Sophie Lemaire"]:
        P(doc, s, style="List Bullet")
    P(doc, "En ligne (Teams) :")
    for s in ["Nadia Amrani (CPAS d'Anvers)", "Hilde Verstraete (CPAS de Gand)"]:
        P(doc, s, style="List Bullet")
    P(doc, "Excusés : Karim Benali (CPAS de Bruxelles), Pieter Claes (SPP IS).")
    P(doc, "Nadia et Hilde ont suivi en français ; pas d'interprétation pour cet atelier.", italic=True)

    P(doc, "Programme", bold=True)
    for s in ["9h30 – 10h00 : Accueil et café",
              "10h00 – 11h30 : Travail en sous-groupes",
              "11h30 – 12h15 : Mise en commun",
              "12h15 : Lunch offert par le CPAS de Charleroi"]:
        p = P(doc, s)
        p.paragraph_format.space_after = Pt(0)
        p.paragraph_format.left_indent = Cm(1)

    doc.add_heading("Pourquoi cet atelier ?", level=1)
    P(doc, "Depuis plusieurs années, le réseau constate que l'enquête de satisfaction est mal comprise par une partie "
           "des participants : termes abstraits (« pertinence », « modalités », « satisfaisant »), échelles de 1 à 5, "
           "questions doubles. À Binche, sur 12 questionnaires du dernier module, 5 étaient incomplets.")

    doc.add_heading("Travail en sous-groupes", level=1)
    doc.add_heading("Groupe 1 – Les mots", level=2)
    P(doc, "Le groupe a repris chaque question et proposé une formulation courte, au présent, avec un seul verbe. "
           "Exemple : « Le module a-t-il répondu à vos attentes ? » devient « Vous avez appris des choses utiles ? ».")
    doc.add_heading("Groupe 2 – Les pictogrammes", level=2)
    P(doc, "Trois visages (content, moyen, pas content) à la place de l'échelle de 1 à 5. Giuseppe a montré les "
           "pictogrammes utilisés à Binche pour les horaires ; le groupe propose de garder le même style.")

    doc.add_heading("Mise en commun", level=1)
    P(doc, "On retient : 8 questions maximum, une question par page, des pictogrammes, la possibilité de répondre "
           "oralement avec l'aide d'une médiatrice interculturelle. Fatoumata rappelle qu'à Liège l'enquête est "
           "remplie pendant l'entretien de fin de module, ce qui aide beaucoup.")
    P(doc, "Les photos des panneaux de la mise en commun seront ajoutées plus tard.", italic=True, color=GREY)

    doc.add_heading("Suites à donner", level=1)
    for s in ["Giuseppe met au propre la version avec pictogrammes pour fin juin.",
              "Ayşe et Carine testent la nouvelle version avec un groupe du module de septembre.",
              "Le SPP se renseigne sur une traduction en arabe, dari et tigrinya.",
              "Version néerlandaise : à prendre en charge par un CPAS flamand (à désigner).",
              "Chaque CPAS envoie à Véronique deux ou trois questions qui posent problème chez lui."]:
        P(doc, s, style="List Bullet")

    P(doc, "Prochain atelier : mardi 19 septembre 2023 à Binche (à confirmer).", bold=True)
    save(doc, "634_binche-atelier-enquete.docx")


# ---------------------------------------------------------------- 635
def r635():
    """Pieter Claes (POD MI, Dutch, points 1-3) and Anne-Sophie Lemaire (SPP IS, French, points 4-6)
    writing in turn in one file, with notes to each other."""
    doc = new_doc("Calibri", 11)
    header_text(doc, TAG_NL + " – " + TAG_FR)
    footer_text(doc, "POD MI – SPP IS")

    P(doc, "Verslag netwerkbijeenkomst AMIF – Rapport rencontre réseau FAMI", style="Title")
    P(doc, "Antwerpen, donderdag 13 juni 2024 / Anvers, jeudi 13 juin 2024", bold=True)
    P(doc, "Fluistertolk voor de Franstalige collega's: Bart Mertens.")

    t = doc.add_table(rows=2, cols=2)
    t.style = "Table Grid"
    cell_text(t.cell(0, 0), "Aanwezig / Présents", bold=True)
    cell_text(t.cell(0, 1), "Verontschuldigd / Excusés", bold=True)
    pres = ["Pieter Claes – POD MI", "Anne-Sophie Lemaire – SPP IS", "Wouter Peeters – OCMW Antwerpen",
            "Ilse Janssens – OCMW Antwerpen", "Nadia Amrani – OCMW Antwerpen", "Lien Van Dyck – OCMW Schoten",
            "Tom Wuyts – OCMW Edegem", "Jonas De Smet – OCMW Gent", "Olivier Delhaize – CPAS Liège",
            "Fatoumata Diallo – CPAS Liège", "Carine Lambotte – CPAS Charleroi", "Sofie Vermeulen – CPAS Bruxelles",
            "Bart Mertens – tolk"]
    exc = ["Samira Ouali – OCMW Mortsel", "Giuseppe Russo – CPAS Binche", "Marie-Claire Nkulu – CPAS Bruxelles"]
    cell_text(t.cell(1, 0), pres[0])
    for s in pres[1:]:
        cell_add(t.cell(1, 0), s)
    cell_text(t.cell(1, 1), exc[0])
    for s in exc[1:]:
        cell_add(t.cell(1, 1), s)
    P(doc, "")

    P(doc, "Agenda / Ordre du jour", bold=True)
    for s in ["10u – Welkom / Accueil",
              "10u15 – Rondje OCMW's / Tour de table",
              "11u – Bezoek aan het taalatelier / Visite de l'atelier langue",
              "12u30 – Lunch",
              "13u30 – Monitoring en indicatoren / Suivi et indicateurs",
              "15u – Varia / Divers"]:
        p = P(doc, s)
        p.paragraph_format.space_after = Pt(0)

    # --- Pieter's part
    doc.add_heading("1. Welkom", level=1)
    P(doc, "Wouter Peeters verwelkomt het netwerk in Antwerpen. Het is de eerste bijeenkomst met Sofie Vermeulen "
           "(Brussel), die Karim opvolgt als coördinator.")
    doc.add_heading("2. Rondje OCMW's", level=1)
    P(doc, "Gent: nieuwe groep sociale activering sinds april, 11 deelnemers. Luik: het atelier creatief gaat "
           "verder, 37 deelnemers in 2024 tot nu toe. Charleroi: de collectieve coaching loopt opnieuw met 6 "
           "deelnemers + 1 begeleider. Schoten: 5 nieuwe doorverwijzingen. Edegem: XX deelnemers in 2024 "
           "[cijfers nog op te vragen].")
    doc.add_heading("3. Bezoek aan het taalatelier", level=1)
    P(doc, "Nadia leidt ons rond in het taalatelier. De deelnemers oefenen met situaties uit het dagelijks leven "
           "(huisarts, school, bank). De groep is gemengd, vooral vrouwen, met een laag taalniveau.")
    P(doc, "Actie: Nadia stuurt de oefenfiches van het taalatelier naar alle OCMW's.")
    P(doc, "Actie: Lien en Tom vragen na of hun OCMW mee kan stappen in het volgende taalatelier.")

    # --- Anne-Sophie's part
    p = P(doc)
    R(p, "[AS : Pieter, peux-tu relire ma partie ? Je n'étais pas sûre du chiffre de Liège.]",
      highlight=WD_COLOR_INDEX.BRIGHT_GREEN)
    p = P(doc)
    R(p, "[PC: gelezen, cijfer Luik klopt.]", highlight=WD_COLOR_INDEX.TURQUOISE)
    doc.add_heading("4. Suivi et indicateurs", level=1)
    P(doc, "Le SPP présente le tableau des indicateurs communs pour le rapport annuel. Liège (37 participants) "
           "demande si les participants qui n'ont suivi que l'entretien d'admission doivent être comptés : non, "
           "seulement ceux qui ont participé à au moins une activité de soutien.")
    P(doc, "→ Olivier et Fatoumata : préparer pour la prochaine rencontre un exemple de rapport annuel d'indicateurs.")
    P(doc, "→ SPP : envoyer la version définitive du tableau des indicateurs avant le 15 juillet.")
    doc.add_heading("5. Divers", level=1)
    P(doc, "La liste de contacts du réseau n'est plus à jour (plusieurs départs).")
    P(doc, "→ À attribuer : mise à jour de la liste de contacts du réseau.")
    P(doc, "→ CPAS de Charleroi : confirmer la salle et l'heure d'ici fin août.")
    doc.add_heading("6. Prochaine rencontre", level=1)
    P(doc, "Prochaine rencontre : jeudi 3 octobre 2024 à Charleroi, de 10h à 15h.")
    save(doc, "635_antwerpen-deux-plumes.docx")


# ---------------------------------------------------------------- 636
def r636():
    """Sofie Vermeulen (CPAS Bruxelles, host): report with three annexes, attendance list in annex 3."""
    doc = new_doc("Arial", 10)
    header_text(doc, "CPAS de Bruxelles – Réseau FAMI", size=8)
    footer_text(doc, "Version provisoire – " + TAG_FR)

    P(doc, "Rapport de la rencontre du réseau FAMI", style="Title")
    P(doc, "Jeudi 29 janvier 2026 – CPAS de Bruxelles, rue Haute 298a, 1000 Bruxelles, et via Zoom", bold=True)
    P(doc, "Interprétation simultanée FR/NL (sur place et sur Zoom) : Geneviève Thiry et Bart Mertens.")
    P(doc, "Présences : voir annexe 3.")
    P(doc, "Version provisoire – non validée par les participants.", italic=True, color=RED)

    P(doc, "Ordre du jour", bold=True)
    ag = [("Horaire", "Point"),
          ("9h30 – 10h00", "Accueil"),
          ("10h00 – 10h45", "Bilan 2025 des projets (voir annexe 1)"),
          ("10h45 – 11h30", "Rapport annuel 2025 : indicateurs communs"),
          ("11h45 – 12h30", "Conservation des données et droit d'accès des participants"),
          ("12h30 – 13h00", "Divers et date de la prochaine rencontre")]
    t = doc.add_table(rows=len(ag), cols=2)
    t.style = "Table Grid"
    for i, r in enumerate(ag):
        for j, v in enumerate(r):
            cell_text(t.cell(i, j), v, bold=(i == 0))

    doc.add_heading("1. Accueil", level=1)
    P(doc, "Sofie Vermeulen accueille le réseau au CPAS de Bruxelles. Cinq collègues suivent la réunion sur Zoom ; "
           "l'interprétation est disponible sur place (casques) et sur un canal Zoom séparé.")
    doc.add_heading("2. Bilan 2025 des projets", level=1)
    P(doc, "Chaque CPAS a présenté son bilan 2025 ; les chiffres transmis sont repris en annexe 1. Points communs : "
           "plus de participants avec des problèmes de santé, recrutement plus difficile via les antennes sociales, "
           "bons résultats des sorties socio-culturelles.")
    doc.add_heading("3. Rapport annuel 2025 : indicateurs communs", level=1)
    P(doc, "Pieter Claes rappelle les indicateurs communs du règlement (UE) 2021/1147. Le nombre de participants ayant "
           "progressé d'au moins un niveau du CECR reste difficile à mesurer pour les CPAS sans cours de langue "
           "certifiés ; le SPP accepte pour 2025 une estimation motivée.")
    doc.add_heading("4. Conservation des données et droit d'accès", level=1)
    P(doc, "Les documents sont conservés cinq ans à partir du 31 décembre de l'année du dernier paiement (voir le "
           "schéma en annexe 2). Les données personnelles des participants ne sont pas gardées au-delà de ce qui est "
           "nécessaire (RGPD, art. 5, 1, e). Bruxelles a reçu en 2025 une première demande d'accès d'un participant "
           "(art. 15 RGPD) ; le dossier complet lui a été remis en trois semaines.")
    doc.add_heading("5. Divers", level=1)
    P(doc, "Liège annonce le départ à la retraite d'Olivier Delhaize fin mars. Le réseau le remercie chaleureusement.")
    doc.add_heading("6. Actions", level=1)
    for s in ["SPP : envoyer aux CPAS le canevas du rapport annuel 2025 pour le 13 février.",
              "CPAS de Gand : transmettre les chiffres définitifs 2025 pour l'annexe 1.",
              "Tous les CPAS : vérifier la durée de conservation des dossiers FAMI à l'aide du schéma de l'annexe 2.",
              "Sofie Vermeulen et Karim Benali : rédiger une procédure courte pour les demandes d'accès "
              "(art. 15 RGPD).",
              "Ilse Janssens : partager la nouvelle version néerlandaise de l'enquête de satisfaction."]:
        P(doc, s, style="List Bullet")
    p = P(doc)
    R(p, "Prochaine rencontre : jeudi 7 mai 2026 à Gand (également sur Zoom).", bold=True)

    doc.add_heading("Samenvatting in het Nederlands", level=1)
    P(doc, "Het netwerk kwam samen in Brussel en via Zoom, met simultaanvertaling. De OCMW's gaven hun balans 2025 "
           "(bijlage 1). Het POD stuurt tegen 13 februari het sjabloon voor het jaarverslag 2025; Gent bezorgt zijn "
           "definitieve cijfers. Documenten worden vijf jaar bewaard vanaf 31 december van het jaar van de laatste "
           "betaling (bijlage 2). Volgende bijeenkomst: donderdag 7 mei 2026 in Gent.", italic=True)

    # annexes
    doc.add_page_break()
    doc.add_heading("Annexe 1 – Bilan 2025 par CPAS (chiffres transmis)", level=2)
    rows = [("CPAS", "Participants 2025", "Cours de langue", "Orientation civique", "Accompagnement professionnel"),
            ("Liège", "64", "22", "64", "17"),
            ("Charleroi (avec Binche)", "71", "30", "71", "24"),
            ("Anvers (avec Schoten, Edegem, Mortsel)", "88", "52", "80", "19"),
            ("Bruxelles", "59", "18", "59", "21"),
            ("Gand", "[chiffres de Gand à compléter]", "", "", "")]
    t = doc.add_table(rows=len(rows), cols=5)
    t.style = "Table Grid"
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            cell_text(t.cell(i, j), v, bold=(i == 0), size=9)

    doc.add_heading("Annexe 2 – Schéma de conservation des documents", level=2)
    P(doc, "Dernier paiement de l'opération en 2027 → conservation des pièces jusqu'au 31 décembre 2032.")
    P(doc, "Données personnelles des participants : uniquement tant que nécessaire au suivi et au contrôle, "
           "ensuite suppression ou anonymisation par le CPAS.")

    doc.add_page_break()
    doc.add_heading("Annexe 3 – Liste de présence", level=2)
    rows = [("Nom", "Organisation", "Présence"),
            ("Sofie Vermeulen", "CPAS de Bruxelles", "sur place"),
            ("Karim Benali", "CPAS de Bruxelles", "sur place"),
            ("Marie-Claire Nkulu", "CPAS de Bruxelles", "excusée"),
            ("Pieter Claes", "SPP IS", "sur place"),
            ("Anne-Sophie Lemaire", "SPP IS", "Zoom"),
            ("Jonas De Smet", "CPAS de Gand", "Zoom"),
            ("Nathalie Grosjean", "CPAS de Liège", "sur place"),
            ("Olivier Delhaize", "CPAS de Liège", "sur place"),
            ("Carine Lambotte", "CPAS de Charleroi", "sur place"),
            ("Véronique Debaisieux", "CPAS de Binche", "Zoom"),
            ("Ilse Janssens", "CPAS d'Anvers", "Zoom"),
            ("Wouter Peeters", "CPAS d'Anvers", "excusé"),
            ("Samira Ouali", "CPAS de Mortsel", "Zoom"),
            ("Tom Wuyts", "CPAS d'Edegem", "excusé"),
            ("Geneviève Thiry", "Interprète", "sur place"),
            ("Bart Mertens", "Interprète", "sur place")]
    t = doc.add_table(rows=len(rows), cols=3)
    t.style = "Table Grid"
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            cell_text(t.cell(i, j), v, bold=(i == 0), size=9)
    save(doc, "636_bruxelles-annexes.docx")


if __name__ == "__main__":
    for f in (r627, r628, r629, r630, r631, r632, r633, r634, r635, r636):
        f()
