# -*- coding: utf-8 -*-
"""Ten meeting reports (347-356) of the AMIF/FAMI network, written as office practice makes them.
Each function builds one .docx and returns the expected dict typed from the report itself."""
import json
import os

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
TAG_FR = "Vers une politique de migration plus intégrée, grâce au FAMI"
TAG_NL = "Naar een geïntegreerd migratiebeleid, dankzij het AMIF"


# ---------------------------------------------------------------- helpers
_CURRENT = []


def new_doc(font="Calibri", size=11, margins=2.5):
    d = Document()
    _CURRENT[:] = [d]
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    for s in d.sections:
        s.page_height, s.page_width = Cm(29.7), Cm(21.0)
        s.left_margin = s.right_margin = Cm(margins)
        s.top_margin = s.bottom_margin = Cm(2.2)
    return d


def P(d, text="", style=None, bold=False, italic=False, size=None, color=None, align=None, space_after=None):
    p = d.add_paragraph(style=style) if style else d.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold or None
        r.italic = italic or None
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "j":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    return p


def R(d, parts, style=None):
    """paragraph of runs: parts = [(text, 'b'/'i'/'bi'/'u'/''), ...]"""
    p = d.add_paragraph(style=style) if style else d.add_paragraph()
    for text, fmt in parts:
        r = p.add_run(text)
        if "b" in fmt:
            r.bold = True
        if "i" in fmt:
            r.italic = True
        if "u" in fmt:
            r.underline = True
    return p


def T(d, rows, style="Table Grid", bold_header=True, widths=None, shade=None):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    if style:
        t.style = d.styles[style]
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            cell = t.cell(i, j)
            cell.text = ""
            lines = val.split("\n")
            par = cell.paragraphs[0]
            for k, line in enumerate(lines):
                if k:
                    par = cell.add_paragraph()
                r = par.add_run(line)
                if i == 0 and bold_header:
                    r.bold = True
            if widths:
                cell.width = Cm(widths[j])
    return t


def header_footer(d, head=None, foot=None, head_align="r"):
    s = d.sections[0]
    if head:
        hp = s.header.paragraphs[0]
        hp.text = head
        hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT if head_align == "r" else WD_ALIGN_PARAGRAPH.LEFT
        for r in hp.runs:
            r.font.size = Pt(8)
            r.font.color.rgb = RGBColor(0x59, 0x59, 0x59)
    if foot:
        fp = s.footer.paragraphs[0]
        fp.text = foot
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        for r in fp.runs:
            r.font.size = Pt(8)
            r.italic = True


def tabs(p, *cms):
    for c in cms:
        p.paragraph_format.tab_stops.add_tab_stop(Cm(c), WD_TAB_ALIGNMENT.LEFT)
    return p


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


# ---------------------------------------------------------------- 347
def r347():
    """SPP secretary reuses the June 2016 file: old footer left in, a figure still to fill in."""
    name = "347_rapport_rencontre_cpas_charleroi_oct2016"
    d = new_doc("Arial", 10)
    header_footer(d, head="POD | Maatschappelijke Integratie\nSPP | Intégration Sociale",
                  foot="Rapport_rencontre_CPAS_Liege_09062016_v2 – " + TAG_FR)
    P(d, TAG_NL, italic=True, size=8, align="r", space_after=0)
    P(d, TAG_FR, italic=True, size=8, align="r")
    P(d, "Rapport rencontre CPAS – FAMI", bold=True, size=14, align="c")
    P(d, "13 octobre 2016", bold=True, align="c")
    P(d, "CPAS de Charleroi – Service Action Migrants, salle du 3e étage", align="c")
    R(d, [("Présents : ", "b"),
          ("Nathalie Vandenbroucke (SPP IS), Tom Verhaeghe (OCMW Gand), Griet De Smet (OCMW Gand), "
           "Marie-France Lejeune (CPAS Liège), Karim Benali (CPAS Liège), Fabienne Dufrasne (CPAS Charleroi), "
           "Özge Yilmaz (CPAS Charleroi), Antonio Russo (CPAS Charleroi), Samir Haddad (CPAS Bruxelles)", "")])
    R(d, [("Excusés : ", "b"), ("Katrien Peeters (OCMW Anvers), Véronique Mertens (CPAS Bruxelles)", "")])
    P(d, "Ordre du jour", bold=True, color="1F3864")
    ag = [("9h30 – 10h00", "Accueil et café"),
          ("10h00 – 11h00", "Présentation du projet Activ'Up"),
          ("11h00 – 12h30", "Tour de table des CPAS"),
          ("12h30 – 13h30", "Lunch"),
          ("13h30 – 15h00", "Rapportage trimestriel et indicateurs")]
    for t_, title in ag:
        tabs(P(d, t_ + "\t" + title, space_after=0), 3.5)
    P(d, "")
    P(d, "1. Accueil", bold=True)
    P(d, "Fabienne Dufrasne accueille les CPAS au nom du CPAS de Charleroi. Elle présente Özge Yilmaz, qui "
         "reprend le suivi des ateliers découvertes depuis le départ de Sandrine Collard en août.", align="j")
    P(d, "2. Présentation du projet Activ'Up", bold=True)
    P(d, "Le projet fonctionne par modules de septembre à juin. Le module 2 a démarré le 12 septembre. Les AS des "
         "antennes sociales ont retenu une liste de candidats, qui ont été invités à une séance d'information.",
      align="j")
    P(d, "[Charleroi : XXX participants inscrits au module 2 – à compléter]", color="FF0000")
    P(d, "Le coaching individuel a lieu une fois toutes les deux semaines ; les ateliers découvertes une fois par "
         "semaine. Antonio Russo montre quelques photos des sorties socio-culturelles.", align="j")
    P(d, "3. Tour de table des CPAS", bold=True)
    P(d, "Gand : le groupe du matin est complet, une liste d'attente est tenue par Griet De Smet.", style="List Bullet")
    P(d, "Liège : les trois contrats (AS, entretien d'admission, module) sont maintenant signés par tous les "
         "participants.", style="List Bullet")
    P(d, "Bruxelles : recrutement difficile pendant l'été, reprise en octobre.", style="List Bullet")
    P(d, "4. Rapportage trimestriel et indicateurs", bold=True)
    P(d, "Le SPP rappelle que le rapport trimestriel doit être rentré au plus tard 30 jours après la fin du "
         "trimestre. Les CPAS trouvent le tableau des indicateurs trop long.", align="j")
    P(d, "5. Actions", bold=True)
    P(d, "Le SPP envoie le nouveau modèle de rapport trimestriel à tous les CPAS.", style="List Bullet")
    P(d, "Fabienne transmet la liste des ateliers découvertes au CPAS de Liège.", style="List Bullet")
    P(d, "Chaque CPAS complète le tableau des indicateurs pour le 15 novembre.", style="List Bullet")
    P(d, "")
    R(d, [("Prochaine réunion : le jeudi 16 février 2017 à Gand (OCMW Gent).", "b")])
    return name, dict(
        languages=["fr"], online=False, interpretation=False, date="2016-10-13",
        people=[["Nathalie Vandenbroucke", "Present", "SPP"], ["Tom Verhaeghe", "Present", "GENT"],
                ["Griet De Smet", "Present", "GENT"], ["Marie-France Lejeune", "Present", "LIEGE"],
                ["Karim Benali", "Present", "LIEGE"], ["Fabienne Dufrasne", "Present", "CHARLEROI"],
                ["Özge Yilmaz", "Present", "CHARLEROI"], ["Antonio Russo", "Present", "CHARLEROI"],
                ["Samir Haddad", "Present", "BRUXELLES"], ["Katrien Peeters", "Excused", "ANTWERPEN"],
                ["Véronique Mertens", "Excused", "BRUXELLES"]],
        agenda=[["09:30", "10:00", "Accueil et café"], ["10:00", "11:00", "Présentation du projet Activ'Up"],
                ["11:00", "12:30", "Tour de table des CPAS"], ["12:30", "13:30", "Lunch"],
                ["13:30", "15:00", "Rapportage trimestriel et indicateurs"]],
        headings=[["1", "Accueil"], ["2", "Présentation du projet Activ'Up"], ["3", "Tour de table des CPAS"],
                  ["4", "Rapportage trimestriel et indicateurs"], ["5", "Actions"]],
        actions=[["SPP", [], None, "Le SPP envoie le nouveau modèle de rapport trimestriel"],
                 ["Network Contact", ["Fabienne Dufrasne"], None, "Fabienne transmet la liste des ateliers découvertes"],
                 ["CPAS", [], None, "Chaque CPAS complète le tableau des indicateurs"]],
        next_meeting={"date": "2017-02-16", "text": "Prochaine réunion : le jeudi 16 février 2017 à Gand (OCMW Gent)."},
        remarks=["[Charleroi : XXX participants inscrits au module 2 – à compléter]"])


# ---------------------------------------------------------------- 348
def r348():
    """Antwerp coordinator types her handwritten notes six days later; partners' overleg, no agenda."""
    name = "348_verslag_partneroverleg_antwerpen_maart2017"
    d = new_doc("Calibri", 11)
    P(d, "Verslag partneroverleg AMIF – OCMW Antwerpen en partners", bold=True, size=13)
    P(d, "Overleg van donderdag 2 maart 2017, OCMW Antwerpen (Lange Gasthuisstraat), 13u30–16u")
    P(d, "Uitgetypt op 8/03 op basis van mijn notities (Katrien).", italic=True, size=9)
    P(d, "Aanwezig:", bold=True, space_after=0)
    for x in ["Katrien Peeters – OCMW Antwerpen", "Nadia Bouzid – OCMW Antwerpen", "Els Janssens – OCMW Schoten",
              "Bart Wouters – OCMW Edegem", "Pieter Claeys – POD MI"]:
        P(d, x, style="List Bullet")
    R(d, [("Verontschuldigd: ", "b"), ("Lien Goossens (Mortsel)", "")])
    P(d, "")
    P(d, "Stand van zaken Schoten", bold=True, size=12)
    P(d, "Schoten heeft 6 deelnemers in traject. De doorverwijzing via de maatschappelijk werkers loopt traag: "
         "veel collega's kennen het project nog niet.")
    P(d, "Actie Schoten: lijst van doorverwijzers bezorgen aan Katrien.", italic=True)
    P(d, "Stand van zaken Edegem", bold=True, size=12)
    P(d, "Edegem is in februari gestart met een eerste groep. Er is een lokaal gevonden in het sociaal huis.")
    P(d, "[cijfers Edegem nog aan te vullen]")
    P(d, "Intake en oriëntatiebalans", bold=True, size=12)
    P(d, "We willen hetzelfde sjabloon voor het intakegesprek gebruiken bij alle partners. Antwerpen gebruikt "
         "het sjabloon van Luik als basis (drie contracten: met de maatschappelijk werker, met de intaker en "
         "met de verantwoordelijke van de module).")
    P(d, "→ Nadia stuurt het sjabloon intakegesprek door naar alle partners")
    P(d, "Tevredenheidsenquête", bold=True, size=12)
    P(d, "De enquête is te abstract voor onze doelgroep. Voorstel: met pictogrammen werken en vertalen.")
    P(d, "Actie: ? – iemand zoeken die de tevredenheidsenquête vertaalt naar het Arabisch en het Dari")
    P(d, "Varia", bold=True, size=12)
    P(d, "Tolkkosten: POD MI bekijkt of de kosten voor sociaal tolken subsidiabel zijn binnen het AMIF-budget.")
    P(d, "")
    P(d, "Volgend overleg: juni, datum nog te prikken via Doodle.")
    P(d, "Katrien", italic=True)
    return name, dict(
        languages=["nl"], online=False, interpretation=False, date="2017-03-02",
        people=[["Katrien Peeters", "Present", "ANTWERPEN"], ["Nadia Bouzid", "Present", "ANTWERPEN"],
                ["Els Janssens", "Present", "SCHOTEN"], ["Bart Wouters", "Present", "EDEGEM"],
                ["Pieter Claeys", "Present", "SPP"], ["Lien Goossens", "Excused", "MORTSEL"]],
        agenda=[],
        headings=[["", "Stand van zaken Schoten"], ["", "Stand van zaken Edegem"], ["", "Intake en oriëntatiebalans"],
                  ["", "Tevredenheidsenquête"], ["", "Varia"]],
        actions=[["CPAS", [], "SCHOTEN", "lijst van doorverwijzers bezorgen aan Katrien"],
                 ["Network Contact", ["Nadia Bouzid"], None, "Nadia stuurt het sjabloon intakegesprek door"],
                 ["To Be Assigned", [], None, "iemand zoeken die de tevredenheidsenquête vertaalt"],
                 ["SPP", [], None, "POD MI bekijkt of de kosten"]],
        next_meeting={"date": None, "text": "Volgend overleg: juni, datum nog te prikken via Doodle."},
        remarks=["[cijfers Edegem nog aan te vullen]"])


# ---------------------------------------------------------------- 349
def r349():
    """Liège coordinator's e-mail summary pasted into Word (mail header kept)."""
    name = "349_compte_rendu_mail_liege_juin2018"
    d = new_doc("Calibri", 11, margins=2.0)
    for l in ["De : Sophie Thiry", "Envoyé : lundi 25 juin 2018 16:42",
              "À : reseau-fami@mi-is.be", "Cc : Marie-France Lejeune; Karim Benali",
              "Objet : Compte rendu réunion FAMI du 21/06 à Liège"]:
        P(d, l, size=10, space_after=0)
    P(d, "")
    P(d, "Bonjour à tous,")
    P(d, "Voici un petit compte rendu de notre rencontre de jeudi 21 juin chez nous à Liège. Merci encore à "
         "tous d'être venus !")
    P(d, "Étaient présents : Sophie Thiry, Karim Benali et Marie-France Lejeune pour Liège, Tom Verhaeghe et "
         "Griet De Smet (Gand), Fabienne Dufrasne (Charleroi), Samir Haddad (Bruxelles), Nathalie "
         "Vandenbroucke (SPP).")
    P(d, "Excusée : Katrien (Anvers).")
    P(d, "Pour rappel, le programme de la journée :")
    for l in ["- 10h : visite de la ferme du CPAS", "- 11h : présentation des trois contrats",
              "- 14h : tour de table", "- divers"]:
        P(d, l, space_after=0)
    P(d, "")
    P(d, "1) Visite de la ferme du CPAS")
    P(d, "Karim a fait visiter la ferme. Les participants y viennent une fois par semaine pour l'atelier "
         "potager ; c'est aussi là que se font les sorties du mercredi.")
    P(d, "2) Les trois contrats")
    P(d, "Marie-France a expliqué les trois contrats signés par chaque participant (avec l'AS, avec la "
         "personne qui fait l'entretien d'admission et avec le responsable du module). Gand et Bruxelles sont "
         "intéressés par le modèle.")
    P(d, "=> Karim envoie le modèle de contrat à tout le monde")
    P(d, "3) Tour de table")
    P(d, "Gand : 2 groupes en cours, bonne dynamique. Charleroi : la séance d'information de mai a attiré 60 "
         "personnes sur 199 invitées. Bruxelles : nouvelle animatrice depuis avril.")
    P(d, "=> Nathalie vérifie si les frais de repas des sorties sont éligibles")
    P(d, "4) Divers")
    P(d, "Gand propose d'accueillir la prochaine rencontre.")
    P(d, "=> Griet réserve une salle à Gand pour le 18 octobre")
    P(d, "Prochaine rencontre : jeudi 18 octobre à Gand (à confirmer).")
    P(d, "PS : les chiffres de Bruxelles sont encore à ajouter (pas encore reçus).")
    P(d, "Bonne soirée,")
    P(d, "Sophie", space_after=0)
    P(d, "")
    P(d, "Sophie Thiry", bold=True, size=9, space_after=0)
    P(d, "Coordinatrice projet FAMI – CPAS de Liège", size=9, space_after=0)
    P(d, TAG_FR, italic=True, size=8, color="1F6F3F")
    return name, dict(
        languages=["fr"], online=False, interpretation=False, date="2018-06-21",
        people=[["Sophie Thiry", "Present", "LIEGE"], ["Karim Benali", "Present", "LIEGE"],
                ["Marie-France Lejeune", "Present", "LIEGE"], ["Tom Verhaeghe", "Present", "GENT"],
                ["Griet De Smet", "Present", "GENT"], ["Fabienne Dufrasne", "Present", "CHARLEROI"],
                ["Samir Haddad", "Present", "BRUXELLES"], ["Nathalie Vandenbroucke", "Present", "SPP"],
                ["Katrien", "Excused", "ANTWERPEN"]],
        agenda=[["10:00", None, "visite de la ferme du CPAS"], ["11:00", None, "présentation des trois contrats"],
                ["14:00", None, "tour de table"], [None, None, "divers"]],
        headings=[["1", "Visite de la ferme du CPAS"], ["2", "Les trois contrats"], ["3", "Tour de table"],
                  ["4", "Divers"]],
        actions=[["Network Contact", ["Karim Benali"], None, "Karim envoie le modèle de contrat"],
                 ["Network Contact", ["Nathalie Vandenbroucke"], None, "Nathalie vérifie si les frais de repas"],
                 ["Network Contact", ["Griet De Smet"], None, "Griet réserve une salle à Gand"]],
        next_meeting={"date": "2018-10-18", "text": "Prochaine rencontre : jeudi 18 octobre à Gand (à confirmer)."},
        remarks=["PS : les chiffres de Bruxelles sont encore à ajouter (pas encore reçus)."])


# ---------------------------------------------------------------- 350
def r350():
    """Bilingual network report written by a stand-in from the host OCMW Gent; interpreters present."""
    name = "350_verslag_bijeenkomst_ocmw_gent_nov2019"
    d = new_doc("Calibri", 10.5)
    header_footer(d, head="POD MI – SPP IS   |   " + TAG_NL + " / " + TAG_FR, foot="Verslag 28/11/2019 – Rapport 28/11/2019")
    P(d, "Verslag bijeenkomst OCMW's – Rapport rencontre CPAS", style="Title")
    P(d, "28 november 2019 – 28 novembre 2019", bold=True)
    P(d, "OCMW Gent, Onderbergen 86, 9000 Gent")
    P(d, "Verslag opgemaakt door Youssef Amrani (OCMW Gent) ter vervanging van Pieter Claeys – Rapport rédigé "
         "par Youssef Amrani en remplacement de Pieter Claeys", italic=True, size=9)
    P(d, "Aanwezig – Présents", bold=True)
    T(d, [["Naam – Nom", "Organisatie – Organisation"],
          ["Tom Verhaeghe", "OCMW Gent"], ["Youssef Amrani", "OCMW Gent"], ["Marie-France Lejeune", "CPAS Liège"],
          ["Karim Benali", "CPAS Liège"], ["Özge Yilmaz", "CPAS Charleroi"], ["Katrien Peeters", "OCMW Antwerpen"],
          ["Samir Haddad", "CPAS Bruxelles"], ["Nathalie Vandenbroucke", "SPP IS"],
          ["Anne Dierickx", "tolk – interprète"], ["Marc Leroy", "tolk – interprète"]], widths=[6, 8])
    P(d, "")
    R(d, [("Verontschuldigd – Excusés: ", "b"), ("Pieter Claeys (POD MI), Julie Ngalula (CPAS Bruxelles)", "")])
    P(d, "Agenda – Ordre du jour", bold=True)
    T(d, [["Uur – Heure", "Onderwerp – Sujet"],
          ["10.00 – 10.30", "Onthaal / Accueil"],
          ["10.30 – 11.30", "Voorstelling project Gent / Présentation du projet de Gand"],
          ["11.30 – 12.30", "Indicatoren en rapportering / Indicateurs et rapportage"],
          ["13.30 – 15.00", "Tevredenheidsenquête: werkgroep / Enquête de satisfaction : groupe de travail"]],
      widths=[3.5, 10.5])
    P(d, "")
    P(d, "1. Onthaal – Accueil", style="Heading 1")
    P(d, "Tom Verhaeghe verwelkomt de OCMW's in Gent. Er is simultaanvertaling voorzien.")
    P(d, "Tom Verhaeghe accueille les CPAS à Gand. Une interprétation simultanée est prévue.", italic=True)
    P(d, "2. Voorstelling project Gent – Présentation du projet de Gand", style="Heading 1")
    P(d, "Gent werkt met twee groepen per week en individuele coaching om de twee weken. De groepen combineren "
         "taalactivering met sociale activering.")
    P(d, "Gand travaille avec deux groupes par semaine et un coaching individuel toutes les deux semaines. Les "
         "groupes combinent activation linguistique et activation sociale.", italic=True)
    P(d, "3. Indicatoren en rapportering – Indicateurs et rapportage", style="Heading 1")
    P(d, "Het POD bezorgt de nieuwe indicatorenlijst aan alle OCMW's vóór eind december.")
    P(d, "Le SPP transmet la nouvelle liste d'indicateurs à tous les CPAS avant fin décembre.", italic=True)
    P(d, "4. Tevredenheidsenquête – Enquête de satisfaction", style="Heading 1")
    P(d, "De huidige enquête is te moeilijk voor deelnemers met een laag taalniveau. Tom en Karim werken samen "
         "een voorstel uit voor een eenvoudigere enquête met pictogrammen.")
    P(d, "L'enquête actuelle est trop difficile pour les participants ayant un faible niveau de langue. Tom et "
         "Karim élaborent ensemble une proposition d'enquête simplifiée avec pictogrammes.", italic=True)
    P(d, "Katrien vraagt of de enquête ook in het Arabisch kan. Dat is voorlopig niet voorzien.")
    P(d, "Katrien demande si l'enquête peut aussi exister en arabe. Ce n'est pas prévu pour "
         "l'instant.", italic=True)
    P(d, "")
    R(d, [("Volgende bijeenkomst / Prochaine rencontre : 12 maart 2020 – 12 mars 2020, Charleroi", "b")])
    return name, dict(
        languages=["nl", "fr"], online=False, interpretation=True, date="2019-11-28",
        people=[["Tom Verhaeghe", "Present", "GENT"], ["Youssef Amrani", "Present", "GENT"],
                ["Marie-France Lejeune", "Present", "LIEGE"], ["Karim Benali", "Present", "LIEGE"],
                ["Özge Yilmaz", "Present", "CHARLEROI"], ["Katrien Peeters", "Present", "ANTWERPEN"],
                ["Samir Haddad", "Present", "BRUXELLES"], ["Nathalie Vandenbroucke", "Present", "SPP"],
                ["Anne Dierickx", "Present", None], ["Marc Leroy", "Present", None],
                ["Pieter Claeys", "Excused", "SPP"], ["Julie Ngalula", "Excused", "BRUXELLES"]],
        agenda=[["10:00", "10:30", "Onthaal / Accueil"],
                ["10:30", "11:30", "Voorstelling project Gent / Présentation du projet de Gand"],
                ["11:30", "12:30", "Indicatoren en rapportering / Indicateurs et rapportage"],
                ["13:30", "15:00", "Tevredenheidsenquête: werkgroep / Enquête de satisfaction : groupe de travail"]],
        headings=[["1", "Onthaal – Accueil"], ["2", "Voorstelling project Gent – Présentation du projet de Gand"],
                  ["3", "Indicatoren en rapportering – Indicateurs et rapportage"],
                  ["4", "Tevredenheidsenquête – Enquête de satisfaction"]],
        actions=[["SPP", [], None, "Het POD bezorgt de nieuwe indicatorenlijst"],
                 ["Several Network Contacts", ["Tom Verhaeghe", "Karim Benali"], None,
                  "Tom en Karim werken samen een voorstel uit"]],
        next_meeting={"date": "2020-03-12",
                      "text": "Volgende bijeenkomst / Prochaine rencontre : 12 maart 2020 – 12 mars 2020, Charleroi"},
        remarks=[])


# ---------------------------------------------------------------- 351
def r351():
    """Short Teams check-in during the first lockdown, first names only, action table."""
    name = "351_checkin_teams_mei2020"
    d = new_doc("Segoe UI", 10)
    P(d, "Korte check-in AMIF-netwerk (Teams)", style="Heading 1")
    P(d, "dinsdag 12 mei 2020, 14u–15u", italic=True)
    P(d, "Deelnemers: Pieter (POD MI), Tom (Gent), Katrien (Antwerpen), Fabienne (Charleroi), Sophie (Luik), "
         "Samir (Brussel).")
    P(d, "Verontschuldigd: Griet (Gent).")
    P(d, "Stand van zaken per OCMW", style="Heading 2")
    for l in ["Gent: groepssessies opnieuw opgestart met max. 4 deelnemers + 1 begeleider; rest via telefoon.",
              "Antwerpen: enkel individuele opvolging, veel deelnemers zonder laptop of data.",
              "Charleroi: règle 3 + 1 pour les ateliers, reprise prévue le 25 mai.",
              "Luik: zelfde regel 3 + 1; de ferme blijft dicht.",
              "Brussel: alles online via WhatsApp-groepen, lage deelname."]:
        P(d, l, style="List Bullet")
    P(d, "Afspraken", style="Heading 2")
    T(d, [["Wie", "Wat", "Tegen"],
          ["Tom", "deelt de Gentse richtlijn voor groepssessies met de anderen", "15/05"],
          ["Alle OCMW's", "melden hun aantal actieve deelnemers aan het POD", "20/05"],
          ["POD", "vraagt na of online sessies meetellen voor de indicatoren", "asap"]],
      style="Light Grid Accent 1", widths=[3, 9, 2])
    P(d, "")
    P(d, "Volgende check-in: dinsdag 26 mei, 14u, zelfde Teams-link.", bold=True)
    return name, dict(
        languages=["nl"], online=True, interpretation=False, date="2020-05-12",
        people=[["Pieter", "Present", "SPP"], ["Tom", "Present", "GENT"], ["Katrien", "Present", "ANTWERPEN"],
                ["Fabienne", "Present", "CHARLEROI"], ["Sophie", "Present", "LIEGE"], ["Samir", "Present", "BRUXELLES"],
                ["Griet", "Excused", "GENT"]],
        agenda=[],
        headings=[["", "Stand van zaken per OCMW"], ["", "Afspraken"]],
        actions=[["Network Contact", ["Tom"], None, "deelt de Gentse richtlijn voor groepssessies"],
                 ["CPAS", [], None, "melden hun aantal actieve deelnemers aan het POD"],
                 ["SPP", [], None, "vraagt na of online sessies meetellen"]],
        next_meeting={"date": "2020-05-26", "text": "Volgende check-in: dinsdag 26 mei, 14u, zelfde Teams-link."},
        remarks=[])


# ---------------------------------------------------------------- 352
def r352():
    """Brussels manager's sheet of decisions and tasks; P/E column for attendance, initials as owners."""
    name = "352_decisions_taches_bruxelles_sept2021"
    d = new_doc("Arial", 10)
    header_footer(d, head="CPAS de Bruxelles – Département Action sociale – Projet FAMI", head_align="l")
    P(d, "Réunion FAMI – Décisions et tâches", bold=True, size=14, color="C00000")
    P(d, "Jeudi 23 septembre 2021 – CPAS de Bruxelles, rue Haute 298A, salle 2.14", space_after=2)
    P(d, "Rédaction : Véronique Mertens", italic=True, size=9)
    P(d, "Participants (P = présent, E = excusé)", bold=True)
    T(d, [["Nom", "Organisation", "P/E"],
          ["Véronique Mertens", "CPAS Bruxelles", "P"],
          ["Samir Haddad", "CPAS Bruxelles", "P"],
          ["Julie Ngalula", "CPAS Bruxelles", "P"],
          ["Sarah El Haddouchi", "SPP IS", "E"],
          ["Fabienne Dufrasne", "CPAS Charleroi", "P"],
          ["Laurent Delhaye", "CPAS Binche", "E"],
          ["Hélène Wauters", "asbl Lire et Écrire Bruxelles", "P"]], widths=[5, 7, 1.5])
    P(d, "")
    P(d, "A. Décisions", style="Heading 2")
    for l in ["Les sessions d'information « Vivre en Belgique » passent de 1x/semaine à 2x/mois.",
              "Les groupes restent limités à 6 participants + 1 formateur jusqu'à nouvel ordre.",
              "La fiche projet sera revue avant le dépôt du nouveau projet FAMI 2021-2027."]:
        P(d, l, style="List Number")
    P(d, "Le SPP a déjà transmis le modèle de fiche projet (mail du 14/09).", italic=True)
    P(d, "B. Tâches", style="Heading 2")
    T(d, [["N°", "Tâche", "Qui", "Échéance"],
          ["1", "Envoyer le calendrier des sessions d'information 2021-2022", "VM", "30/09"],
          ["2", "Mettre à jour la fiche projet (public cible, modules)", "Tous les CPAS", "15/10"],
          ["3", "Proposer une version simplifiée de l'enquête de satisfaction", "SH + JN", "fin octobre"],
          ["4", "Organiser une formation commune sur le RGPD", "à définir", "2022"],
          ["5", "Communiquer les indicateurs communs (règlement 2021/1147)", "SPP", "octobre"],
          ["6", "Vérifier les conditions de cofinancement avec Binche", "CPAS Charleroi", "15/10"]],
      widths=[1, 9, 3, 2.5])
    P(d, "")
    P(d, "C. Divers", style="Heading 2")
    P(d, "Budget 2022 : [montants à compléter après le comité du 5/10]")
    P(d, "Hélène Wauters propose de présenter l'offre de Lire et Écrire lors d'une prochaine réunion.")
    P(d, "Prochaine réunion d'équipe élargie : à fixer (novembre).", bold=True)
    return name, dict(
        languages=["fr"], online=False, interpretation=False, date="2021-09-23",
        people=[["Véronique Mertens", "Present", "BRUXELLES"], ["Samir Haddad", "Present", "BRUXELLES"],
                ["Julie Ngalula", "Present", "BRUXELLES"], ["Fabienne Dufrasne", "Present", "CHARLEROI"],
                ["Hélène Wauters", "Present", None], ["Sarah El Haddouchi", "Excused", "SPP"],
                ["Laurent Delhaye", "Excused", "BINCHE"]],
        agenda=[],
        headings=[["A", "Décisions"], ["B", "Tâches"], ["C", "Divers"]],
        actions=[["Network Contact", ["Véronique Mertens"], None, "Envoyer le calendrier des sessions d'information"],
                 ["CPAS", [], None, "Mettre à jour la fiche projet"],
                 ["Several Network Contacts", ["Samir Haddad", "Julie Ngalula"], None,
                  "Proposer une version simplifiée de l'enquête"],
                 ["To Be Assigned", [], None, "Organiser une formation commune sur le RGPD"],
                 ["SPP", [], None, "Communiquer les indicateurs communs (règlement 2021/1147)"],
                 ["CPAS", [], "CHARLEROI", "Vérifier les conditions de cofinancement avec Binche"]],
        next_meeting={"date": None, "text": "Prochaine réunion d'équipe élargie : à fixer (novembre)."},
        remarks=["[montants à compléter après le comité du 5/10]"])


# ---------------------------------------------------------------- 353
def r353():
    """Hybrid meeting hosted by partner CPAS Binche; French report with a Dutch summary at the end."""
    name = "353_rencontre_hybride_binche_mars2022"
    d = new_doc("Calibri", 11)
    header_footer(d, foot=TAG_FR + " – " + TAG_NL)
    P(d, "SPP Intégration Sociale – POD Maatschappelijke Integratie", size=9, color="1F3864")
    P(d, "Rencontre du réseau FAMI – CPAS de Binche (hybride)", style="Title")
    P(d, "Jeudi 17 mars 2022, 9h30 – 15h00", bold=True)
    P(d, "Réunion hybride : sur place au CPAS de Binche et via Teams, avec interprétation simultanée FR/NL "
         "(canal d'interprétation dans Teams).")
    R(d, [("Sur place : ", "b"), ("Laurent Delhaye (CPAS Binche), Fabienne Dufrasne (CPAS Charleroi), Antonio Russo "
                                  "(CPAS Charleroi), Sarah El Haddouchi (SPP IS), Julie Ngalula (CPAS Bruxelles)", "")])
    R(d, [("En ligne : ", "b"), ("Tom Verhaeghe (OCMW Gent), Katrien Peeters (OCMW Antwerpen), Lien Goossens "
                                 "(OCMW Mortsel), Karim Benali (CPAS Liège)", "")])
    R(d, [("Excusés : ", "b"), ("Sophie Thiry (CPAS Liège), Els Janssens (OCMW Schoten)", "")])
    P(d, "Ordre du jour", bold=True)
    for l in ["9.30 – 10.00 : Accueil à Binche et connexion Teams",
              "10.00 – 11.00 : Présentation du CPAS de Binche et du partenariat avec Charleroi",
              "11.15 – 12.30 : Tour de table",
              "13.30 – 15.00 : Le nouveau programme FAMI 2021-2027"]:
        P(d, l, style="List Number")
    P(d, "I. Accueil", style="Heading 1")
    P(d, "Laurent Delhaye souhaite la bienvenue au nom du Président du CPAS de Binche. Quelques problèmes de son "
         "au début pour les participants en ligne, résolus après 15 minutes.")
    P(d, "II. Présentation du CPAS de Binche et du partenariat avec Charleroi", style="Heading 1")
    P(d, "Binche suit les participants orientés par ses AS ; les ateliers collectifs se font à Charleroi. Le "
         "transport reste un obstacle (abonnements TEC).")
    P(d, "III. Tour de table", style="Heading 1")
    P(d, "Les groupes sont revenus à leur taille normale dans tous les CPAS. Mortsel signale une forte hausse "
         "des demandes de personnes venant d'Ukraine.")
    P(d, "IV. Le nouveau programme FAMI 2021-2027", style="Heading 1")
    P(d, "Sarah El Haddouchi présente les indicateurs communs du règlement (UE) 2021/1147 : participants aux "
         "cours de langue, orientation civique, accompagnement professionnel personnalisé.")
    P(d, "V. Points d'action", style="Heading 1")
    P(d, "1. Le SPP envoie la présentation et la liste des indicateurs à tous les participants.")
    P(d, "2. Laurent et Fabienne rédigent une note commune sur les frais de transport.")
    P(d, "3. Chaque CPAS indique avant le 15 avril combien de participants ukrainiens il suit.")
    P(d, "")
    R(d, [("Prochaine rencontre : 23 juin 2022 à Anvers (OCMW Antwerpen) – en hybride.", "b")])
    P(d, "Samenvatting in het Nederlands", style="Heading 1")
    P(d, "Hybride bijeenkomst in Binche met tolken via Teams. Binche stelde de samenwerking met Charleroi voor; "
         "het POD lichtte de nieuwe AMIF-indicatoren toe. Acties: het POD stuurt de presentatie door; Laurent en "
         "Fabienne schrijven een nota over vervoerskosten; elk OCMW meldt vóór 15 april het aantal Oekraïense "
         "deelnemers. Volgende bijeenkomst: 23 juni 2022 in Antwerpen.")
    return name, dict(
        languages=["fr", "nl"], online=True, interpretation=True, date="2022-03-17",
        people=[["Laurent Delhaye", "Present", "BINCHE"], ["Fabienne Dufrasne", "Present", "CHARLEROI"],
                ["Antonio Russo", "Present", "CHARLEROI"], ["Sarah El Haddouchi", "Present", "SPP"],
                ["Julie Ngalula", "Present", "BRUXELLES"], ["Tom Verhaeghe", "Present", "GENT"],
                ["Katrien Peeters", "Present", "ANTWERPEN"], ["Lien Goossens", "Present", "MORTSEL"],
                ["Karim Benali", "Present", "LIEGE"], ["Sophie Thiry", "Excused", "LIEGE"],
                ["Els Janssens", "Excused", "SCHOTEN"]],
        agenda=[["09:30", "10:00", "Accueil à Binche et connexion Teams"],
                ["10:00", "11:00", "Présentation du CPAS de Binche et du partenariat avec Charleroi"],
                ["11:15", "12:30", "Tour de table"],
                ["13:30", "15:00", "Le nouveau programme FAMI 2021-2027"]],
        headings=[["I", "Accueil"], ["II", "Présentation du CPAS de Binche et du partenariat avec Charleroi"],
                  ["III", "Tour de table"], ["IV", "Le nouveau programme FAMI 2021-2027"], ["V", "Points d'action"],
                  ["", "Samenvatting in het Nederlands"]],
        actions=[["SPP", [], None, "Le SPP envoie la présentation et la liste"],
                 ["Several Network Contacts", ["Laurent Delhaye", "Fabienne Dufrasne"], None,
                  "Laurent et Fabienne rédigent une note commune"],
                 ["CPAS", [], None, "Chaque CPAS indique avant le 15 avril"]],
        next_meeting={"date": "2022-06-23",
                      "text": "Prochaine rencontre : 23 juin 2022 à Anvers (OCMW Antwerpen) – en hybride."},
        remarks=[])


# ---------------------------------------------------------------- 354
def r354():
    """Formal draft verslag / procès-verbal of the SPP, to be approved at the next meeting."""
    name = "354_verslag_bijeenkomst_ocmw_brussel_april2023"
    d = new_doc("Calibri", 10.5)
    header_footer(d, head="ONTWERP – PROJET", foot="Dit verslag wordt ter goedkeuring voorgelegd op de volgende "
                  "bijeenkomst. – Ce rapport sera soumis à approbation lors de la prochaine rencontre.")
    P(d, "POD Maatschappelijke Integratie | SPP Intégration Sociale", bold=True, color="2E74B5", size=9)
    P(d, TAG_NL + " – " + TAG_FR, italic=True, size=8)
    P(d, "Verslag bijeenkomst OCMW's – Rapport rencontre CPAS", style="Title")
    P(d, "3 april 2023 – 3 avril 2023", bold=True)
    P(d, "POD MI, Koning Albert II-laan 30, 1000 Brussel – met simultaanvertaling / avec interprétation simultanée")
    P(d, "Opmerkingen van de OCMW's nog toe te voegen – Commentaires des CPAS encore à ajouter", color="FF0000",
      italic=True)
    T(d, [["Aanwezig – Présents", ""],
          ["Sarah El Haddouchi", "POD MI – SPP IS"], ["Pieter Claeys", "POD MI – SPP IS"],
          ["Griet De Smet", "OCMW Gent"], ["Youssef Amrani", "OCMW Gent"], ["Sophie Thiry", "CPAS Liège"],
          ["Antonio Russo", "CPAS Charleroi"], ["Nadia Bouzid", "OCMW Antwerpen"], ["Bart Wouters", "OCMW Edegem"],
          ["Véronique Mertens", "CPAS Bruxelles"], ["Anne Dierickx", "tolk – interprète"],
          ["Luc Fontaine", "tolk – interprète"]], widths=[6, 8])
    P(d, "")
    T(d, [["Verontschuldigd – Excusés", ""], ["Tom Verhaeghe", "OCMW Gent"], ["Karim Benali", "CPAS Liège"]],
      widths=[6, 8])
    P(d, "")
    P(d, "Agenda – Ordre du jour", bold=True)
    for l in ["10u00 – 10u15: Goedkeuring verslag 8 december 2022 / Approbation du rapport du 8 décembre 2022",
              "10u15 – 11u30: Stand van zaken per OCMW / État des lieux par CPAS",
              "11u30 – 12u30: Vertaling tevredenheidsenquête / Traduction de l'enquête de satisfaction",
              "12u30 – 13u00: Bewaring van documenten / Conservation des documents"]:
        P(d, l, style="List Bullet")
    P(d, "1. Goedkeuring verslag 8 december 2022 – Approbation du rapport du 8 décembre 2022", style="Heading 1")
    P(d, "Het verslag wordt goedgekeurd zonder opmerkingen. / Le rapport est approuvé sans remarques.")
    P(d, "2. Stand van zaken per OCMW – État des lieux par CPAS", style="Heading 1")
    P(d, "2.1 Gent – Gand", style="Heading 2")
    P(d, "Twee nieuwe groepen gestart in februari, samen 22 deelnemers. / Deux nouveaux groupes ont démarré en "
         "février, 22 participants au total.")
    P(d, "2.2 Liège – Luik", style="Heading 2")
    P(d, "Le module informatique est complet ; liste d'attente de 9 personnes. / De informaticamodule is volzet; "
         "wachtlijst van 9 personen.")
    P(d, "2.3 Antwerpen en partners – Anvers et partenaires", style="Heading 2")
    P(d, "Edegem zoekt een nieuwe begeleider. / Edegem cherche un nouvel accompagnateur.")
    P(d, "3. Vertaling tevredenheidsenquête – Traduction de l'enquête de satisfaction", style="Heading 1")
    P(d, "De vereenvoudigde enquête met pictogrammen is klaar in het Nederlands en het Frans. Antwerpen heeft ze "
         "laten vertalen naar het Arabisch, Dari en Tigrinya. / L'enquête simplifiée avec pictogrammes est prête "
         "en néerlandais et en français. Anvers l'a fait traduire en arabe, dari et tigrinya.")
    P(d, "4. Bewaring van documenten – Conservation des documents", style="Heading 1")
    P(d, "Het POD herinnert eraan dat documenten vijf jaar bewaard worden vanaf 31 december van het jaar van de "
         "laatste betaling (art. 82 verordening 2021/1060). / Le SPP rappelle que les documents sont conservés "
         "cinq ans à partir du 31 décembre de l'année du dernier paiement (art. 82 du règlement 2021/1060).")
    P(d, "5. Actiepunten – Points d'action", style="Heading 1")
    T(d, [["Wie – Qui", "Actie – Action"],
          ["Nadia Bouzid", "Bezorgt de vertaalde enquêtes aan het POD. / Transmet les enquêtes traduites au SPP."],
          ["POD MI – SPP IS", "Zet de enquêtes op de gedeelde site van het netwerk. / Publie les enquêtes sur le "
                              "site partagé du réseau."],
          ["Elk OCMW – Chaque CPAS", "Controleert zijn archief volgens de bewaartermijn. / Vérifie ses archives "
                                    "selon le délai de conservation."]], widths=[4, 10])
    P(d, "")
    P(d, "Volgende bijeenkomst – Prochaine rencontre: 19 juni 2023 – 19 juin 2023, OCMW Luik / CPAS de Liège",
      bold=True)
    return name, dict(
        languages=["nl", "fr"], online=False, interpretation=True, date="2023-04-03",
        people=[["Sarah El Haddouchi", "Present", "SPP"], ["Pieter Claeys", "Present", "SPP"],
                ["Griet De Smet", "Present", "GENT"], ["Youssef Amrani", "Present", "GENT"],
                ["Sophie Thiry", "Present", "LIEGE"], ["Antonio Russo", "Present", "CHARLEROI"],
                ["Nadia Bouzid", "Present", "ANTWERPEN"], ["Bart Wouters", "Present", "EDEGEM"],
                ["Véronique Mertens", "Present", "BRUXELLES"], ["Anne Dierickx", "Present", None],
                ["Luc Fontaine", "Present", None], ["Tom Verhaeghe", "Excused", "GENT"],
                ["Karim Benali", "Excused", "LIEGE"]],
        agenda=[["10:00", "10:15", "Goedkeuring verslag 8 december 2022 / Approbation du rapport du 8 décembre 2022"],
                ["10:15", "11:30", "Stand van zaken per OCMW / État des lieux par CPAS"],
                ["11:30", "12:30", "Vertaling tevredenheidsenquête / Traduction de l'enquête de satisfaction"],
                ["12:30", "13:00", "Bewaring van documenten / Conservation des documents"]],
        headings=[["1", "Goedkeuring verslag 8 december 2022 – Approbation du rapport du 8 décembre 2022"],
                  ["2", "Stand van zaken per OCMW – État des lieux par CPAS"],
                  ["2.1", "Gent – Gand"], ["2.2", "Liège – Luik"], ["2.3", "Antwerpen en partners – Anvers et partenaires"],
                  ["3", "Vertaling tevredenheidsenquête – Traduction de l'enquête de satisfaction"],
                  ["4", "Bewaring van documenten – Conservation des documents"],
                  ["5", "Actiepunten – Points d'action"]],
        actions=[["Network Contact", ["Nadia Bouzid"], None, "Bezorgt de vertaalde enquêtes aan het POD"],
                 ["SPP", [], None, "Zet de enquêtes op de gedeelde site"],
                 ["CPAS", [], None, "Controleert zijn archief volgens de bewaartermijn"]],
        next_meeting={"date": "2023-06-19",
                      "text": "Volgende bijeenkomst – Prochaine rencontre: 19 juni 2023 – 19 juin 2023, OCMW Luik / CPAS de Liège"},
        remarks=["Opmerkingen van de OCMW's nog toe te voegen – Commentaires des CPAS encore à ajouter"])


# ---------------------------------------------------------------- 355
def r355():
    """Antwerp network day report with annexes (list of annexes + an inflow table still incomplete)."""
    name = "355_verslag_netwerkdag_antwerpen_okt2024"
    d = new_doc("Calibri", 11)
    header_footer(d, head="OCMW Antwerpen – AMIF-project 'Samen Sterk'", foot="Verslag netwerkdag 8 oktober 2024")
    P(d, "Verslag netwerkdag AMIF", style="Title")
    P(d, "Dinsdag 8 oktober 2024 – OCMW Antwerpen, Lange Gasthuisstraat 39, 2000 Antwerpen", bold=True)
    P(d, "Verslaggever: Jef Van Looy", italic=True)
    P(d, "Aanwezig", bold=True, space_after=0)
    for n, o in [("Jef Van Looy", "OCMW Antwerpen"), ("Nadia Bouzid", "OCMW Antwerpen"), ("Lien Goossens", "OCMW Mortsel"),
                 ("Bart Wouters", "OCMW Edegem"), ("Els Janssens", "OCMW Schoten"), ("Griet De Smet", "OCMW Gent"),
                 ("Sarah El Haddouchi", "POD MI"), ("Hilde Maes", "Atlas, integratie & inburgering Antwerpen")]:
        tabs(P(d, n + "\t" + o, space_after=0), 5.5)
    P(d, "")
    P(d, "Verontschuldigd", bold=True, space_after=0)
    tabs(P(d, "Pieter Claeys\tPOD MI", space_after=0), 5.5)
    P(d, "")
    P(d, "Programma", bold=True, space_after=0)
    for t_, title in [("9u30", "Onthaal en koffie"), ("10u", "Presentatie OCMW Mortsel: 'Welkom in Mortsel'"),
                      ("11u15", "Instroom en doorverwijzing"), ("13u", "Rondleiding Atlas")]:
        tabs(P(d, t_ + "\t" + title, space_after=0), 2)
    P(d, "")
    P(d, "1. Presentatie OCMW Mortsel", style="Heading 1")
    P(d, "Lien Goossens stelt het traject 'Welkom in Mortsel' voor (zie bijlage 1). Mortsel werkt met een vaste "
         "begeleider en wekelijkse groepsmomenten in het sociaal huis.")
    P(d, "Actie (Lien, Jef): de presentatie aanpassen voor de website van het netwerk.", italic=True)
    P(d, "2. Instroom en doorverwijzing", style="Heading 1")
    P(d, "2.1 Cijfers", style="Heading 2")
    P(d, "De instroomcijfers per OCMW staan in bijlage 2. In Antwerpen bereikt ongeveer een derde van de "
         "uitgenodigde cliënten de infosessie.")
    P(d, "2.2 Doorverwijzing door de maatschappelijk werkers", style="Heading 2")
    P(d, "Edegem krijgt weinig doorverwijzingen van de sociale dienst. Voorstel om het project voor te stellen op "
         "een teamvergadering.")
    P(d, "Actie OCMW Edegem: het project voorstellen op de teamvergadering van de sociale dienst.", italic=True)
    P(d, "Actie: nog te bepalen – een gemeenschappelijke folder voor maatschappelijk werkers maken.", italic=True)
    P(d, "3. Rondleiding Atlas", style="Heading 1")
    P(d, "Hilde Maes toont de werking van Atlas. Deelnemers van de OCMW's kunnen er terecht voor "
         "maatschappelijke oriëntatie.")
    P(d, "")
    P(d, "Volgende netwerkdag: donderdag 6 maart 2025 in Charleroi.", bold=True)
    P(d, "Bijlagen", style="Heading 1")
    P(d, "Bijlage 1: presentatie OCMW Mortsel (pdf, apart bestand)", style="List Number")
    P(d, "Bijlage 2: instroomcijfers per OCMW, januari–september 2024 (tabel hieronder)", style="List Number")
    T(d, [["OCMW", "Uitgenodigd", "Infosessie", "Gestart"],
          ["Antwerpen", "240", "81", "54"], ["Schoten", "35", "14", "11"], ["Edegem", "28", "9", "7"],
          ["Mortsel", "[cijfers Mortsel volgen]", "", ""]], style="Light List Accent 1", widths=[4, 4, 3, 3])
    return name, dict(
        languages=["nl"], online=False, interpretation=False, date="2024-10-08",
        people=[["Jef Van Looy", "Present", "ANTWERPEN"], ["Nadia Bouzid", "Present", "ANTWERPEN"],
                ["Lien Goossens", "Present", "MORTSEL"], ["Bart Wouters", "Present", "EDEGEM"],
                ["Els Janssens", "Present", "SCHOTEN"], ["Griet De Smet", "Present", "GENT"],
                ["Sarah El Haddouchi", "Present", "SPP"], ["Hilde Maes", "Present", None],
                ["Pieter Claeys", "Excused", "SPP"]],
        agenda=[["09:30", None, "Onthaal en koffie"], ["10:00", None, "Presentatie OCMW Mortsel: 'Welkom in Mortsel'"],
                ["11:15", None, "Instroom en doorverwijzing"], ["13:00", None, "Rondleiding Atlas"]],
        headings=[["1", "Presentatie OCMW Mortsel"], ["2", "Instroom en doorverwijzing"], ["2.1", "Cijfers"],
                  ["2.2", "Doorverwijzing door de maatschappelijk werkers"], ["3", "Rondleiding Atlas"],
                  ["", "Bijlagen"]],
        actions=[["Several Network Contacts", ["Lien Goossens", "Jef Van Looy"], None,
                  "de presentatie aanpassen voor de website"],
                 ["CPAS", [], "EDEGEM", "het project voorstellen op de teamvergadering"],
                 ["To Be Assigned", [], None, "een gemeenschappelijke folder voor maatschappelijk werkers maken"]],
        next_meeting={"date": "2025-03-06", "text": "Volgende netwerkdag: donderdag 6 maart 2025 in Charleroi."},
        remarks=["[cijfers Mortsel volgen]"])


# ---------------------------------------------------------------- 356
def r356():
    """Webex meeting; Gent writes the Dutch first half, Liège the French second half, comments left in."""
    name = "356_verslag_rapport_webex_feb2026"
    d = new_doc("Aptos", 11)
    P(d, "Verslag / Rapport – Netwerkoverleg AMIF / Concertation réseau FAMI (Webex)", style="Heading 1")
    P(d, "donderdag 5 februari 2026 – jeudi 5 février 2026 – 10u00-12u30", bold=True)
    P(d, "Online via Webex, met tolken NL/FR via het tolkkanaal / en ligne via Webex, avec interprètes via le "
         "canal d'interprétation.")
    P(d, "Aanwezig / Présents : Tom Verhaeghe (OCMW Gent); Youssef Amrani (OCMW Gent); Marie-France Lejeune "
         "(CPAS Liège); Sophie Thiry (CPAS Liège); Antonio Russo (CPAS Charleroi); Jef Van Looy (OCMW "
         "Antwerpen); Julie Ngalula (CPAS Bruxelles); Sarah El Haddouchi (SPP IS); Luc Fontaine (tolk / interprète)")
    P(d, "Verontschuldigd / Excusés : Fabienne Dufrasne (CPAS Charleroi); Lien Goossens (OCMW Mortsel)")
    P(d, "Agenda / Ordre du jour", bold=True)
    T(d, [["", "Onderwerp / Sujet", "Uur / Heure"],
          ["1", "Opening en ronde", "10u00"],
          ["2", "Eindrapportering AMIF 2021-2027: tussentijdse stand", "10u20"],
          ["3", "Évaluation des participants", "11h15"],
          ["4", "Divers / Varia", "12h15"]], widths=[1, 11, 3])
    P(d, "")
    P(d, "Deel 1 – Nederlands (opgesteld door Tom)", italic=True, color="808080")
    P(d, "1. Opening en ronde", bold=True, size=12)
    P(d, "Tom opent. Iedereen geeft kort de stand van zaken. Gent heeft 3 groepen lopen; Antwerpen merkt dat "
         "trajecten langer duren dan zes maanden.")
    P(d, "2. Eindrapportering AMIF: tussentijdse stand", bold=True, size=12)
    P(d, "Sarah licht de jaarlijkse rapportering van de gemeenschappelijke indicatoren toe (deelnemers aan "
         "taalcursus, maatschappelijke oriëntatie, persoonlijke begeleiding). Zoals elk jaar bundelt het POD de cijfers van de "
         "OCMW's.")
    P(d, "Elk OCMW levert zijn indicatoren 2025 aan vóór 28 februari.")
    P(d, "Jef en Youssef maken een gezamenlijke handleiding voor het invullen van de indicatoren.")
    P(d, "(Marie-France, kan jij dit nog nalezen voor de Franse kant?)", italic=True, color="808080")
    P(d, "Partie 2 – français (rédigée par Marie-France)", italic=True, color="808080")
    P(d, "3 – Évaluation des participants", bold=True, size=12)
    P(d, "Le questionnaire simplifié est utilisé partout depuis septembre. Les résultats sont bons : la plupart "
         "des participants disent que l'activité les a aidés dans leur intégration.")
    P(d, "[MF : chiffres de Charleroi à compléter]", color="C00000")
    P(d, "Antonio présentera les résultats de Charleroi lors de la prochaine réunion.")
    P(d, "4 – Divers", bold=True, size=12)
    P(d, "Julie rappelle que toute personne peut demander à voir les données qui la concernent (RGPD art. 15). "
         "Le SPP prépare un modèle de réponse commun pour les CPAS.")
    P(d, "")
    P(d, "Prochaine réunion : mardi 12 mai 2026 à Liège (à confirmer).", bold=True)
    return name, dict(
        languages=["nl", "fr"], online=True, interpretation=True, date="2026-02-05",
        people=[["Tom Verhaeghe", "Present", "GENT"], ["Youssef Amrani", "Present", "GENT"],
                ["Marie-France Lejeune", "Present", "LIEGE"], ["Sophie Thiry", "Present", "LIEGE"],
                ["Antonio Russo", "Present", "CHARLEROI"], ["Jef Van Looy", "Present", "ANTWERPEN"],
                ["Julie Ngalula", "Present", "BRUXELLES"], ["Sarah El Haddouchi", "Present", "SPP"],
                ["Luc Fontaine", "Present", None], ["Fabienne Dufrasne", "Excused", "CHARLEROI"],
                ["Lien Goossens", "Excused", "MORTSEL"]],
        agenda=[["10:00", None, "Opening en ronde"],
                ["10:20", None, "Eindrapportering AMIF 2021-2027: tussentijdse stand"],
                ["11:15", None, "Évaluation des participants"], ["12:15", None, "Divers / Varia"]],
        headings=[["1", "Opening en ronde"], ["2", "Eindrapportering AMIF: tussentijdse stand"],
                  ["3", "Évaluation des participants"], ["4", "Divers"]],
        actions=[["CPAS", [], None, "Elk OCMW levert zijn indicatoren 2025"],
                 ["Several Network Contacts", ["Jef Van Looy", "Youssef Amrani"], None,
                  "Jef en Youssef maken een gezamenlijke handleiding"],
                 ["Network Contact", ["Antonio Russo"], None, "Antonio présentera les résultats de Charleroi"],
                 ["SPP", [], None, "Le SPP prépare un modèle de réponse"]],
        next_meeting={"date": "2026-05-12", "text": "Prochaine réunion : mardi 12 mai 2026 à Liège (à confirmer)."},
        remarks=["[MF : chiffres de Charleroi à compléter]"])


if __name__ == "__main__":
    for fn in [r347, r348, r349, r350, r351, r352, r353, r354, r355, r356]:
        n, e = fn()
        save(_CURRENT[0], n, e)
        print(n)
