# -*- coding: utf-8 -*-
"""Writer O: ten meeting reports of the AMIF/FAMI network (157-166), each in its own hand.
Each function builds one .docx and returns its expected dict, typed by hand from the text."""
import json
import os

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_COLOR_INDEX
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))


# ---------------------------------------------------------------- small helpers
def new_doc(font, size, margins=2.5):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.append(rf)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rf.set(qn(a), font)
    for s in doc.sections:
        s.left_margin = s.right_margin = Cm(margins)
        s.top_margin = s.bottom_margin = Cm(margins)
    return doc


def fmt_run(r, bold=None, italic=None, underline=None, size=None, color=None, font=None, caps=None,
            highlight=None):
    if bold is not None:
        r.bold = bold
    if italic is not None:
        r.italic = italic
    if underline is not None:
        r.underline = underline
    if size:
        r.font.size = Pt(size)
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    if font:
        r.font.name = font
        rpr = r._element.get_or_add_rPr()
        rf = rpr.find(qn("w:rFonts"))
        if rf is None:
            rf = OxmlElement("w:rFonts")
            rpr.append(rf)
        for a in ("w:ascii", "w:hAnsi", "w:cs"):
            rf.set(qn(a), font)
    if caps:
        r.font.small_caps = True
    if highlight:
        r.font.highlight_color = highlight
    return r


def P(box, text="", style=None, align=None, after=None, before=None, indent=None, **kw):
    p = box.add_paragraph(style=style) if style else box.add_paragraph()
    if text:
        fmt_run(p.add_run(text), **kw)
    if align:
        p.alignment = align
    if after is not None:
        p.paragraph_format.space_after = Pt(after)
    if before is not None:
        p.paragraph_format.space_before = Pt(before)
    if indent is not None:
        p.paragraph_format.left_indent = Cm(indent)
    return p


def R(box, parts, style=None, align=None, after=None, before=None, indent=None):
    """parts: list of (text, dict of run formats)"""
    p = box.add_paragraph(style=style) if style else box.add_paragraph()
    for t, f in parts:
        fmt_run(p.add_run(t), **f)
    if align:
        p.alignment = align
    if after is not None:
        p.paragraph_format.space_after = Pt(after)
    if before is not None:
        p.paragraph_format.space_before = Pt(before)
    if indent is not None:
        p.paragraph_format.left_indent = Cm(indent)
    return p


def cell(c, text, **kw):
    p = c.paragraphs[0]
    fmt_run(p.add_run(text), **kw)
    return p


def cell_more(c, text, style=None, **kw):
    p = c.add_paragraph(style=style) if style else c.add_paragraph()
    fmt_run(p.add_run(text), **kw)
    return p


def shade(c, hexcolor):
    tcPr = c._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def page_field(p, instr="PAGE"):
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), instr)
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "1"
    r.append(t)
    fld.append(r)
    p._p.append(fld)


def col_widths(table, widths):
    for row in table.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = Cm(w)


def style_heading(doc, name, font, size, color=None, bold=True, italic=False, before=None, after=None):
    st = doc.styles[name]
    st.font.name = font
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.append(rf)
    for a in list(rf.attrib):
        del rf.attrib[a]
    for a in ("w:ascii", "w:hAnsi", "w:cs"):
        rf.set(qn(a), font)
    st.font.size = Pt(size)
    st.font.bold = bold
    st.font.italic = italic
    st.font.color.rgb = RGBColor.from_string(color or "000000")
    if before is not None:
        st.paragraph_format.space_before = Pt(before)
    if after is not None:
        st.paragraph_format.space_after = Pt(after)


B = {"bold": True}
I = {"italic": True}
N = {}


# ---------------------------------------------------------------- 157
def r157():
    """SPP (Lotte Vermeiren), 2017, started from the report of an older meeting and edited."""
    doc = new_doc("Arial", 10)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    fmt_run(hp.add_run("Naar een geïntegreerd migratiebeleid, dankzij het AMIF\n"), italic=True, size=8, color="1F4E79")
    fmt_run(hp.add_run("Vers une politique de migration plus intégrée, grâce au FAMI"), italic=True, size=8, color="1F4E79")
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = sec.footer.paragraphs[0]
    # footer left over from the file this report was started from
    fmt_run(fp.add_run("Rapport échange CPAS – Gand – 17/11/2016 – p. "), size=7, color="808080")
    page_field(fp)

    P(doc, "POD | Maatschappelijke Integratie", bold=True, size=9, after=0)
    P(doc, "SPP | Intégration Sociale", bold=True, size=9, after=18)
    P(doc, "Verslag uitwisseling OCMW's – Rapport échange entre CPAS", bold=True, size=13,
      align=WD_ALIGN_PARAGRAPH.CENTER, after=4)
    P(doc, "FAMI 29 juni 2017 – 29 juin 2017", bold=True, size=11, align=WD_ALIGN_PARAGRAPH.CENTER, after=4)
    P(doc, "CPAS de Charleroi, Service Action Migrants, rue du Grand Central 8, 6000 Charleroi",
      align=WD_ALIGN_PARAGRAPH.CENTER, after=14)
    R(doc, [("Présents : ", B),
            ("Lotte Vermeiren (SPP IS-MI), Wouter Van Hecke (CPAS Gand), Fien De Smet (CPAS Gand), "
             "Marc Lemaire (CPAS Liège), Aïcha Benali (CPAS Liège), Sophie Lambotte (CPAS Charleroi), "
             "Gülsen Yilmaz (CPAS Charleroi), Didier Hanquet (CPAS Charleroi), Els Peeters (CPAS Anvers), "
             "Anne-Sophie Moreau (CPAS Bruxelles)", N)], after=4)
    R(doc, [("Excusés : ", B), ("Rachid Ouali (CPAS Anvers), Karim Belkacem (CPAS Bruxelles)", N)], after=10)
    P(doc, "Programme :", bold=True, after=2)
    for t, x in [("10h00", "Accueil et café"), ("10h30", "Présentation d'Activ'Up par l'équipe de Charleroi"),
                 ("12h30", "Lunch"), ("13h30", "Échange de pratiques"), ("15h30", "Clôture")]:
        p = P(doc, t + "\t" + x, after=0, indent=0.5)
    doc.add_paragraph()

    P(doc, "I. Accueil et introduction", bold=True, size=11, before=6, after=4)
    P(doc, "L'équipe du Service Action Migrants du CPAS de Charleroi a accueilli les autres CPAS dans la salle "
           "de réunion du rez-de-chaussée. Sophie Lambotte rappelle que le projet Activ'Up en est à la fin de son "
           "deuxième module. Un café et des viennoiseries ont été offerts.")
    P(doc, "2. Activ'Up : présentation du projet et de ses modules", bold=True, size=11, before=6, after=4)
    P(doc, "Le projet fonctionne par modules de septembre à juin (module 1 : 2015-2016, module 2 : 2016-2017, "
           "module 3 : à partir de septembre 2017). Il repose sur trois axes :")
    for x in ["un coaching individuel (un rendez-vous tous les quinze jours) et collectif autour du projet de vie de la personne ;",
              "des activités collectives : ateliers découvertes (informatique, sport, photo, mobilier en carton), sorties socio-culturelles ;",
              "des séances d'information « se débrouiller en Belgique » : institutions, droits sociaux, droit de séjour, logement, mobilité, banque et assurances."]:
        P(doc, x, style="List Bullet")
    # paragraph pasted from the old file (kept its Calibri font)
    P(doc, "Les participants d'Activ'Up sont prioritaires pour les cours de FLE organisés au sein du Service "
           "Action Migrants. Gülsen Yilmaz montre un exemple de semaine type : FLE le lundi et le mercredi, ateliers "
           "le mardi, séance d'information le jeudi, coaching collectif le vendredi.", font="Calibri", size=11)
    P(doc, "Sophie Lambotte enverra la présentation Activ'Up à tous les CPAS via Lotte.")
    P(doc, "3. Le recrutement : listing, séances d'information et taux de réponse", bold=True, size=11, before=6, after=4)
    P(doc, "Avec l'observatoire local du CPAS, un listing de plus de 1000 bénéficiaires potentiels a été établi. "
           "Les assistantes sociales des antennes en ont retenu 315 pour le module 1 et 199 pour le module 2. Aux "
           "séances d'information, 110 personnes sur 315 invitées sont venues pour le module 1 (35 %) et 60 sur 199 "
           "pour le module 2 (30 %). Les autres CPAS trouvent ce travail de mobilisation impressionnant ; Gand "
           "travaille plutôt au cas par cas via les maatschappelijk werkers.")
    P(doc, "Le SPP vérifiera si les frais liés aux sorties socio-culturelles sont éligibles et reviendra vers Charleroi.")
    P(doc, "5. Échange de pratiques et feed-back", bold=True, size=11, before=6, after=4)
    R(doc, [("Ce qui marche : ", B), ("le travail intensif avec le public, presque tous les jours de la semaine ; les "
             "liens entre agents et participants ; l'esprit de groupe à la fin du module.", N)])
    R(doc, [("À améliorer : ", B), ("la communication envers les participants (horaires qui changent, cours annulés), "
             "des horaires équilibrés entre anciens et nouveaux, anticiper les activités car les procédures "
             "administratives sont de plus en plus longues. Pas d'activité obligatoire sur des sujets sensibles "
             "(sexualité, violences conjugales).", N)])
    P(doc, "Marc Lemaire et Els Peeters préparent ensemble une proposition de calendrier pour les rencontres de 2018.")
    doc.add_paragraph()
    P(doc, "Les remarques du CPAS de Bruxelles sur le point 5 sont encore à ajouter.", italic=True)
    R(doc, [("Prochaine rencontre : ", B), ("novembre 2017 à Anvers (date exacte à confirmer).", N)])
    doc.save(os.path.join(HERE, "157_echange_charleroi_activup.docx"))
    return {
        "file": "157_echange_charleroi_activup.docx",
        "languages": ["nl", "fr"],
        "online": False,
        "interpretation": False,
        "date": "2017-06-29",
        "people": [
            ["Lotte Vermeiren", "Present", "SPP"],
            ["Wouter Van Hecke", "Present", "GENT"],
            ["Fien De Smet", "Present", "GENT"],
            ["Marc Lemaire", "Present", "LIEGE"],
            ["Aïcha Benali", "Present", "LIEGE"],
            ["Sophie Lambotte", "Present", "CHARLEROI"],
            ["Gülsen Yilmaz", "Present", "CHARLEROI"],
            ["Didier Hanquet", "Present", "CHARLEROI"],
            ["Els Peeters", "Present", "ANTWERPEN"],
            ["Anne-Sophie Moreau", "Present", "BRUXELLES"],
            ["Rachid Ouali", "Excused", "ANTWERPEN"],
            ["Karim Belkacem", "Excused", "BRUXELLES"],
        ],
        "agenda": [
            ["10:00", None, "Accueil et café"],
            ["10:30", None, "Présentation d'Activ'Up par l'équipe de Charleroi"],
            ["12:30", None, "Lunch"],
            ["13:30", None, "Échange de pratiques"],
            ["15:30", None, "Clôture"],
        ],
        "headings": [
            ["I", "Accueil et introduction"],
            ["2", "Activ'Up : présentation du projet et de ses modules"],
            ["3", "Le recrutement : listing, séances d'information et taux de réponse"],
            ["5", "Échange de pratiques et feed-back"],
        ],
        "actions": [
            ["Network Contact", ["Sophie Lambotte"], None, "Sophie Lambotte enverra la présentation Activ'Up"],
            ["SPP", [], None, "Le SPP vérifiera si les frais"],
            ["Several Network Contacts", ["Marc Lemaire", "Els Peeters"], None,
             "Marc Lemaire et Els Peeters préparent ensemble"],
        ],
        "next_meeting": {"date": None, "text": "Prochaine rencontre : novembre 2017 à Anvers (date exacte à confirmer)."},
        "remarks": ["Les remarques du CPAS de Bruxelles sur le point 5 sont encore à ajouter."],
    }


# ---------------------------------------------------------------- 158
def r158():
    """Gent chair (Wouter Van Hecke), his own notes cleaned up afterwards, 2018, Dutch."""
    doc = new_doc("Calibri", 11, margins=2.0)
    P(doc, "Netwerkoverleg AMIF – 15/03/2018", bold=True, size=14, after=2)
    P(doc, "OCMW Gent, zaal De Meersen – voorzitter + notities: Wouter", italic=True, color="595959", after=10)
    P(doc, "Aanwezig:", bold=True, after=0)
    for x in ["Wouter Van Hecke, Fien De Smet, Youssef Amrani (Gent)",
              "Marc Lemaire (Luik)",
              "Sophie Lambotte (Charleroi)",
              "Els Peeters, Rachid Ouali (Antwerpen)",
              "Inès Vandenbroeck (Brussel)",
              "Lotte Vermeiren (POD MI)"]:
        P(doc, x, style="List Bullet")
    R(doc, [("Verontschuldigd: ", B), ("Anne-Sophie Moreau (Brussel), Aïcha Benali (Luik)", N)], before=4)
    R(doc, [("Agenda: ", B), ("1. welkom – 2. rondje OCMW's – 3. tevredenheidsenquête – 4. varia", N)], after=10)

    def head(t):
        P(doc, t, bold=True, underline=True, before=8, after=2)

    head("Welkom")
    P(doc, "Iedereen welkom in Gent. Nieuwe lokalen op de 2de verdieping (lift werkt terug). Koffie + broodjes voorzien door de dienst.")
    head("Rondje OCMW's")
    for x in ["Gent: 31 deelnemers in traject, wachtlijst voor het taalactiveringsatelier. Intake nu door 2 collega's.",
              "Luik: nieuwe groep creatief atelier gestart, Marc toont foto's van de tentoonstelling.",
              "Charleroi: module 3 loopt, infosessies in maart – 38 aanwezig op 120 uitgenodigd.",
              "Antwerpen: samenwerking met Schoten opgestart, eerste 4 doorverwijzingen.",
              "Brussel – stand van zaken nog aan te vullen door Inès (moest vroeger weg)"]:
        P(doc, x, style="List Bullet")
    head("Tevredenheidsenquête")
    P(doc, "Enquête te abstract voor onze doelgroep (vb. „in welke mate…”). Voorstel: meer pictogrammen, kortere vragen. "
           "Vraag naar meer talen: Arabisch, Dari, Tigrinya, Engels.")
    P(doc, "→ Fien: vertaling enquête naar Arabisch en Dari laten nakijken", indent=0.6, after=0)
    P(doc, "→ POD: navragen of de enquête ook in het Tigrinya kan", indent=0.6)
    head("Varia")
    P(doc, "Aanwezigheidsgraad: iedereen telt anders (per sessie / per maand). Afspraak: voortaan per sessie.")
    P(doc, "→ elk OCMW: cijfers aanwezigheidsgraad 2017 bezorgen vóór eind april", indent=0.6, after=0)
    P(doc, "→ Rachid + Els: voorbeeld intakeformulier Antwerpen doorsturen naar iedereen", indent=0.6, after=0)
    P(doc, "→ nog te bepalen: gedeelde lijst van sociaal tolken opmaken", indent=0.6)
    P(doc, "Volgende keer: juni, in Antwerpen? (datum via mail)", bold=True, before=10)
    doc.save(os.path.join(HERE, "158_netwerkoverleg_gent.docx"))
    return {
        "file": "158_netwerkoverleg_gent.docx",
        "languages": ["nl"],
        "online": False,
        "interpretation": False,
        "date": "2018-03-15",
        "people": [
            ["Wouter Van Hecke", "Present", "GENT"],
            ["Fien De Smet", "Present", "GENT"],
            ["Youssef Amrani", "Present", "GENT"],
            ["Marc Lemaire", "Present", "LIEGE"],
            ["Sophie Lambotte", "Present", "CHARLEROI"],
            ["Els Peeters", "Present", "ANTWERPEN"],
            ["Rachid Ouali", "Present", "ANTWERPEN"],
            ["Inès Vandenbroeck", "Present", "BRUXELLES"],
            ["Lotte Vermeiren", "Present", "SPP"],
            ["Anne-Sophie Moreau", "Excused", "BRUXELLES"],
            ["Aïcha Benali", "Excused", "LIEGE"],
        ],
        "agenda": [
            [None, None, "welkom"],
            [None, None, "rondje OCMW's"],
            [None, None, "tevredenheidsenquête"],
            [None, None, "varia"],
        ],
        "headings": [
            ["", "Welkom"],
            ["", "Rondje OCMW's"],
            ["", "Tevredenheidsenquête"],
            ["", "Varia"],
        ],
        "actions": [
            ["Network Contact", ["Fien De Smet"], None, "vertaling enquête naar Arabisch en Dari"],
            ["SPP", [], None, "navragen of de enquête ook"],
            ["CPAS", [], None, "cijfers aanwezigheidsgraad 2017 bezorgen"],
            ["Several Network Contacts", ["Rachid Ouali", "Els Peeters"], None,
             "voorbeeld intakeformulier Antwerpen doorsturen"],
            ["To Be Assigned", [], None, "gedeelde lijst van sociaal tolken"],
        ],
        "next_meeting": {"date": None, "text": "Volgende keer: juni, in Antwerpen? (datum via mail)"},
        "remarks": ["Brussel – stand van zaken nog aan te vullen door Inès (moest vroeger weg)"],
    }


# ---------------------------------------------------------------- 159
def r159():
    """Bruxelles (Karim Belkacem): an e-mail summary of a Teams meeting pasted into Word, 2020."""
    doc = new_doc("Calibri", 11, margins=2.2)
    P(doc, "Réunion FAMI 14 mai 2020 (Teams) – résumé envoyé au réseau", bold=True, size=12, after=8)
    for t in ["De : BELKACEM Karim", "Envoyé : vendredi 15 mai 2020 11:42",
              "À : Réseau FAMI CPAS; VERMEIREN Lotte; DUMONT Kevin", "Cc : MOREAU Anne-Sophie",
              "Objet : Résumé réunion Teams FAMI 14/05"]:
        k, v = t.split(" : ", 1)
        R(doc, [(k + " : ", {"bold": True, "size": 10, "color": "404040"}), (v, {"size": 10, "color": "404040"})], after=0)
    doc.add_paragraph()
    P(doc, "Bonjour à toutes et à tous,")
    P(doc, "Comme promis, un petit résumé de notre réunion Teams d'hier (jeudi 14 mai 2020). Merci à tous pour la "
           "patience avec le son, ce n'était pas évident au début !")
    P(doc, "Étaient connectés : Lotte Vermeiren et Kevin Dumont (SPP IS), Wouter Van Hecke (Gand), Julie Thonon "
           "(Liège), Gülsen Yilmaz (Charleroi), Cédric Malengreau (Binche), Els Peeters (Anvers), Anne-Sophie "
           "Moreau et moi-même (Karim Belkacem) pour Bruxelles.")
    P(doc, "Excusés : Marc Lemaire (Liège), Rachid Ouali (Anvers).")

    def head(t):
        P(doc, t, bold=True, before=8, after=2)

    head("1) Tour de table : comment chacun s'organise pendant le confinement")
    P(doc, "Partout les ateliers collectifs sont suspendus depuis mi-mars. Les coachs gardent le contact par "
           "téléphone et WhatsApp. Gand envoie des petites vidéos en néerlandais facile, Liège a prêté quelques "
           "tablettes. À Charleroi et Binche, beaucoup de participants n'ont pas de données mobiles.")
    head("2) Règles pour les groupes")
    P(doc, "Charleroi et Liège : 3 participants + 1 formateur. Gand : 4 + 1. Anvers attend la décision de sa "
           "direction. Chez nous à Bruxelles on reste surtout en individuel pour l'instant.")
    head("3) Rapportage au SPP")
    P(doc, "Kevin confirme que le rapport intermédiaire peut être rentré plus tard. Nombre de participants suivis à "
           "distance : Gand 22, Liège 17, Anvers 25, Bruxelles 30, Charleroi (chiffres à venir).")
    head("4) Divers")
    P(doc, "Binche demande si les sorties socio-culturelles annulées peuvent être reportées à l'automne : oui, "
           "selon Lotte, si le budget le permet.")
    P(doc, "Ce qu'il faut faire :", bold=True, underline=True, before=8)
    for x in ["Kevin : envoyer le modèle de rapport intermédiaire adapté (délai prolongé)",
              "Chaque CPAS : renvoyer au SPP le nombre de participants suivis à distance pour le 29/05",
              "Gülsen et Cédric : partager la fiche « atelier à distance par WhatsApp »",
              "Bruxelles : tester Teams avec quelques participants et faire un retour la prochaine fois"]:
        P(doc, "- " + x, after=0, indent=0.4)
    doc.add_paragraph()
    P(doc, "Prochaine réunion Teams : jeudi 11 juin 2020 à 10h, même lien.")
    P(doc, "Bonne fin de semaine et prenez soin de vous,")
    P(doc, "Karim", after=0)
    P(doc, "Karim Belkacem | Coordinateur FAMI | CPAS de Bruxelles", size=9, color="7F7F7F")
    doc.save(os.path.join(HERE, "159_resume_teams_mai2020.docx"))
    return {
        "file": "159_resume_teams_mai2020.docx",
        "languages": ["fr"],
        "online": True,
        "interpretation": False,
        "date": "2020-05-14",
        "people": [
            ["Lotte Vermeiren", "Present", "SPP"],
            ["Kevin Dumont", "Present", "SPP"],
            ["Wouter Van Hecke", "Present", "GENT"],
            ["Julie Thonon", "Present", "LIEGE"],
            ["Gülsen Yilmaz", "Present", "CHARLEROI"],
            ["Cédric Malengreau", "Present", "BINCHE"],
            ["Els Peeters", "Present", "ANTWERPEN"],
            ["Anne-Sophie Moreau", "Present", "BRUXELLES"],
            ["Karim Belkacem", "Present", "BRUXELLES"],
            ["Marc Lemaire", "Excused", "LIEGE"],
            ["Rachid Ouali", "Excused", "ANTWERPEN"],
        ],
        "agenda": [],
        "headings": [
            ["1", "Tour de table : comment chacun s'organise pendant le confinement"],
            ["2", "Règles pour les groupes"],
            ["3", "Rapportage au SPP"],
            ["4", "Divers"],
            ["", "Ce qu'il faut faire"],
        ],
        "actions": [
            ["Network Contact", ["Kevin Dumont"], None, "envoyer le modèle de rapport intermédiaire"],
            ["CPAS", [], None, "renvoyer au SPP le nombre"],
            ["Several Network Contacts", ["Gülsen Yilmaz", "Cédric Malengreau"], None,
             "partager la fiche « atelier à distance"],
            ["CPAS", [], "BRUXELLES", "tester Teams avec quelques participants"],
        ],
        "next_meeting": {"date": "2020-06-11", "text": "Prochaine réunion Teams : jeudi 11 juin 2020 à 10h, même lien."},
        "remarks": ["(chiffres à venir)"],
    }


# ---------------------------------------------------------------- 160
def r160():
    """SPP (Kevin Dumont) standing in for the usual secretary Lotte Vermeiren, 2019, Gent, French."""
    doc = new_doc("Times New Roman", 11)
    style_heading(doc, "Heading 2", "Times New Roman", 12, color="000000", before=10, after=3)
    style_heading(doc, "Heading 3", "Times New Roman", 11, color="000000", italic=True, before=6, after=2)
    fp = doc.sections[0].footer.paragraphs[0]
    fmt_run(fp.add_run("PV 17/10/2019 – rédaction K. Dumont (remplacement) – page "), size=8)
    page_field(fp)
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER

    P(doc, "Rencontre du réseau FAMI des CPAS", size=16, caps=True, align=WD_ALIGN_PARAGRAPH.CENTER, after=0)
    P(doc, "Procès-verbal de la réunion du 17 octobre 2019", italic=True, size=12,
      align=WD_ALIGN_PARAGRAPH.CENTER, after=12)
    R(doc, [("Lieu : ", B), ("CPAS de Gand, salle De Meersen", N)], after=0)
    R(doc, [("Rédaction : ", B), ("Kevin Dumont (SPP IS), en remplacement de Lotte Vermeiren", N)], after=8)
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for i, h in enumerate(["Nom", "Organisation", "Présent(e) / Excusé(e)"]):
        cell(t.rows[0].cells[i], h, bold=True)
        shade(t.rows[0].cells[i], "D9D9D9")
    rows = [("Lotte Vermeiren", "SPP IS", "Excusée"), ("Kevin Dumont", "SPP IS", "Présent"),
            ("Wouter Van Hecke", "CPAS de Gand", "Présent"), ("Hilde Verstraete", "CPAS de Gand", "Présente"),
            ("Julie Thonon", "CPAS de Liège", "Présente"), ("Fabrice Dethier", "CPAS de Liège", "Présent"),
            ("Sophie Lambotte", "CPAS de Charleroi", "Excusée"), ("Didier Hanquet", "CPAS de Charleroi", "Présent"),
            ("Katrien Janssens", "CPAS d'Anvers", "Présente"), ("Inès Vandenbroeck", "CPAS de Bruxelles", "Présente")]
    for r in rows:
        cs = t.add_row().cells
        for i, v in enumerate(r):
            cell(cs[i], v)
    col_widths(t, [5, 5, 5])
    P(doc, "")
    P(doc, "Ordre du jour", bold=True, underline=True, after=2)
    for x in ["09h30 – 10h00 : Accueil et café", "10h00 – 11h00 : Tour de table des CPAS",
              "11h00 – 12h15 : Présentation du trajet d'intake à Gand (Hilde Verstraete)",
              "12h15 – 13h00 : Lunch", "13h00 – 14h30 : Atelier : les contrats avec les participants",
              "14h30 : Divers et clôture"]:
        P(doc, x, after=0, indent=0.5)

    doc.add_heading("1. Accueil", level=2)
    P(doc, "M. Van Hecke accueille le réseau au CPAS de Gand et remercie les collègues wallons et bruxellois "
           "d'avoir fait le déplacement. Mme Vermeiren étant en congé, le présent PV est rédigé par M. Dumont.")
    doc.add_heading("2. Tour de table des CPAS", level=2)
    doc.add_heading("2.1 Gand", level=3)
    P(doc, "Environ 35 participants en trajet. L'intake est désormais fait par deux collègues, avec une analyse "
           "des besoins systématique.")
    doc.add_heading("2.2 Liège", level=3)
    P(doc, "Les trois contrats par participant (assistant social, entretien d'admission, responsable de module) "
           "fonctionnent bien ; le taux de présence est discuté chaque mois en équipe.")
    doc.add_heading("2.3 Charleroi", level=3)
    P(doc, "M. Hanquet signale que le module 3 se termine en juin 2020 et que le recrutement pour la suite est en cours.")
    P(doc, "NB : le point 2.3 (Charleroi) sera complété par Sophie Lambotte, excusée ce jour.", italic=True)
    doc.add_heading("2.4 Anvers", level=3)
    P(doc, "Le partenariat avec Schoten, Edegem et Mortsel se met en place ; premières orientations par les "
           "assistants sociaux des partenaires.")
    doc.add_heading("2.5 Bruxelles", level=3)
    P(doc, "Forte demande pour le module d'information sur le logement. Liste d'attente de 20 personnes.")
    doc.add_heading("3. Le trajet d'intake à Gand", level=2)
    P(doc, "Mme Verstraete présente le canevas d'intake : parcours, objectifs, motivation, obstacles, puis une "
           "proposition de modules. Le bilan d'orientation est validé par la responsable d'équipe avant le début "
           "du trajet. Les autres CPAS demandent à recevoir le canevas.")
    doc.add_heading("4. Atelier : les contrats avec les participants", level=2)
    P(doc, "En sous-groupes, les CPAS comparent leurs règles de présence et de ponctualité. Liège fixe ces règles "
           "dans trois contrats ; Gand et Anvers dans un seul engagement signé à l'intake. Question ouverte : "
           "combien de temps garder les contrats signés ?")
    doc.add_heading("5. Divers", level=2)
    P(doc, "Pas d'autre point.")
    doc.add_heading("6. Actions", level=2)
    t2 = doc.add_table(rows=1, cols=3)
    t2.style = "Table Grid"
    for i, h in enumerate(["Qui", "Quoi", "Pour quand"]):
        cell(t2.rows[0].cells[i], h, bold=True)
        shade(t2.rows[0].cells[i], "D9D9D9")
    for r in [("Hilde Verstraete", "Envoyer le canevas d'intake de Gand à tous les participants", "31/10"),
              ("Julie Thonon et Fabrice Dethier", "Rédiger une note sur les trois contrats de Liège", "prochaine réunion"),
              ("SPP IS", "Vérifier la durée de conservation des contrats signés", "décembre"),
              ("À définir", "Traduire la note sur les contrats en néerlandais", "–"),
              ("CPAS d'Anvers", "Partager les résultats de l'enquête de satisfaction 2019", "15/11")]:
        cs = t2.add_row().cells
        for i, v in enumerate(r):
            cell(cs[i], v)
    col_widths(t2, [4.5, 8, 3])
    P(doc, "")
    R(doc, [("Prochaine réunion : ", B), ("le jeudi 13 février 2020 à Bruxelles (lieu à préciser).", N)])
    doc.save(os.path.join(HERE, "160_pv_gand_octobre2019.docx"))
    return {
        "file": "160_pv_gand_octobre2019.docx",
        "languages": ["fr"],
        "online": False,
        "interpretation": False,
        "date": "2019-10-17",
        "people": [
            ["Kevin Dumont", "Present", "SPP"],
            ["Wouter Van Hecke", "Present", "GENT"],
            ["Hilde Verstraete", "Present", "GENT"],
            ["Julie Thonon", "Present", "LIEGE"],
            ["Fabrice Dethier", "Present", "LIEGE"],
            ["Didier Hanquet", "Present", "CHARLEROI"],
            ["Katrien Janssens", "Present", "ANTWERPEN"],
            ["Inès Vandenbroeck", "Present", "BRUXELLES"],
            ["Lotte Vermeiren", "Excused", "SPP"],
            ["Sophie Lambotte", "Excused", "CHARLEROI"],
        ],
        "agenda": [
            ["09:30", "10:00", "Accueil et café"],
            ["10:00", "11:00", "Tour de table des CPAS"],
            ["11:00", "12:15", "Présentation du trajet d'intake à Gand (Hilde Verstraete)"],
            ["12:15", "13:00", "Lunch"],
            ["13:00", "14:30", "Atelier : les contrats avec les participants"],
            ["14:30", None, "Divers et clôture"],
        ],
        "headings": [
            ["1", "Accueil"],
            ["2", "Tour de table des CPAS"],
            ["2.1", "Gand"],
            ["2.2", "Liège"],
            ["2.3", "Charleroi"],
            ["2.4", "Anvers"],
            ["2.5", "Bruxelles"],
            ["3", "Le trajet d'intake à Gand"],
            ["4", "Atelier : les contrats avec les participants"],
            ["5", "Divers"],
            ["6", "Actions"],
        ],
        "actions": [
            ["Network Contact", ["Hilde Verstraete"], None, "Envoyer le canevas d'intake de Gand"],
            ["Several Network Contacts", ["Julie Thonon", "Fabrice Dethier"], None, "Rédiger une note sur les trois contrats"],
            ["SPP", [], None, "Vérifier la durée de conservation des contrats"],
            ["To Be Assigned", [], None, "Traduire la note sur les contrats"],
            ["CPAS", [], "ANTWERPEN", "Partager les résultats de l'enquête"],
        ],
        "next_meeting": {"date": "2020-02-13",
                         "text": "Prochaine réunion : le jeudi 13 février 2020 à Bruxelles (lieu à préciser)."},
        "remarks": ["NB : le point 2.3 (Charleroi) sera complété par Sophie Lambotte, excusée ce jour."],
    }


# ---------------------------------------------------------------- 161
def r161():
    """Bruxelles team: bilingual report, FR and NL side by side, in person with interpreters, 2022."""
    doc = new_doc("Verdana", 9, margins=1.8)
    hp = doc.sections[0].header.paragraphs[0]
    fmt_run(hp.add_run("CPAS de Bruxelles – OCMW van Brussel | Projet FAMI / AMIF-project"), size=7, color="7F7F7F")
    P(doc, "Rapport de la rencontre des CPAS FAMI", bold=True, size=14, color="C00000", after=0)
    P(doc, "Verslag van de ontmoeting van de AMIF-OCMW's", bold=True, size=14, color="C00000", after=4)
    P(doc, "24 mars 2022 / 24 maart 2022 – CPAS de Bruxelles, rue des Tanneurs 12, 1000 Bruxelles", after=8)
    R(doc, [("Présents / Aanwezig : ", B),
            ("Anne-Sophie Moreau, Karim Belkacem, Inès Vandenbroeck (CPAS de Bruxelles / OCMW Brussel) ; "
             "Wouter Van Hecke, Youssef Amrani (CPAS de Gand / OCMW Gent) ; Marc Lemaire (CPAS de Liège / OCMW Luik) ; "
             "Sophie Lambotte (CPAS de Charleroi / OCMW Charleroi) ; Cédric Malengreau (CPAS de Binche / OCMW Binche) ; "
             "Els Peeters (CPAS d'Anvers / OCMW Antwerpen) ; Bart Wouters (CPAS de Schoten / OCMW Schoten) ; "
             "Sarah El Khatib, Nathalie Derijcke (SPP IS / POD MI) ; Mireille Haesen et Tom Lefèvre "
             "(interprètes / tolken)", N)], after=2)
    R(doc, [("Excusés / Verontschuldigd : ", B),
            ("Julie Thonon (CPAS de Liège / OCMW Luik), Leen Mertens (CPAS d'Edegem / OCMW Edegem)", N)], after=4)
    P(doc, "Interprétation simultanée FR-NL pendant toute la journée / Simultaanvertaling FR-NL de hele dag.",
      italic=True, after=8)
    P(doc, "Programme / Programma", bold=True, after=2)
    for x in ["09.30-10.00 : Accueil / Onthaal", "10.00-11.00 : Tour de table / Rondje OCMW's",
              "11.00-12.00 : Après le COVID : groupes de 6 + 1 / Na COVID: groepen van 6 + 1",
              "12.00-13.00 : Lunch",
              "13.00-14.30 : Les nouveaux indicateurs FAMI 2021-2027 / De nieuwe AMIF-indicatoren 2021-2027",
              "14.30-15.00 : Conclusions / Besluiten"]:
        P(doc, x, after=0, indent=0.4)

    def head(t):
        P(doc, t, bold=True, size=10, color="C00000", before=10, after=3)

    def two(fr, nl):
        t = doc.add_table(rows=1, cols=2)
        t.style = "Table Grid"
        c0, c1 = t.rows[0].cells
        for i, x in enumerate(fr):
            (cell if i == 0 else cell_more)(c0, x)
        for i, x in enumerate(nl):
            (cell if i == 0 else cell_more)(c1, x, italic=True)
        col_widths(t, [8.7, 8.7])
        return t

    head("1. Accueil / Onthaal")
    two(["Anne-Sophie Moreau souhaite la bienvenue. C'est la première rencontre en présentiel depuis février 2020."],
        ["Anne-Sophie Moreau heet iedereen welkom. Het is de eerste fysieke ontmoeting sinds februari 2020."])
    head("2. Tour de table / Rondje OCMW's")
    two(["Gand : reprise des groupes, 28 participants. Charleroi et Binche : module commun relancé en janvier. "
         "Anvers et Schoten : 15 orientations par les AS de Schoten. Bruxelles : liste d'attente pour le module logement."],
        ["Gent: groepen hernomen, 28 deelnemers. Charleroi en Binche: gezamenlijke module opnieuw gestart in januari. "
         "Antwerpen en Schoten: 15 doorverwijzingen door maatschappelijk werkers van Schoten. Brussel: wachtlijst voor de module huisvesting."])
    P(doc, "Liège : à compléter / Luik: nog aan te vullen", italic=True, color="7F7F7F", before=2)
    head("3. Après le COVID : groupes de 6 + 1 / Na COVID: groepen van 6 + 1")
    two(["La règle de 6 participants + 1 formateur est levée partout depuis mars. Certains CPAS gardent de petits "
         "groupes pour les personnes peu alphabétisées, parce que cela marche mieux."],
        ["De regel van 6 deelnemers + 1 begeleider is sinds maart overal opgeheven. Sommige OCMW's houden kleine "
         "groepen aan voor laaggeletterden, omdat dat beter werkt."])
    head("4. Les nouveaux indicateurs / De nieuwe indicatoren")
    two(["Sarah El Khatib présente les indicateurs communs du Règlement (UE) 2021/1147 : participants aux cours de "
         "langue, à l'orientation civique et à l'accompagnement personnel ; participants ayant progressé d'au moins "
         "un niveau CECR ; participants qui disent que l'activité les a aidés à s'intégrer."],
        ["Sarah El Khatib stelt de gemeenschappelijke indicatoren van Verordening (EU) 2021/1147 voor: deelnemers aan "
         "taallessen, maatschappelijke oriëntatie en persoonlijke begeleiding; deelnemers die minstens één ERK-niveau "
         "zijn gestegen; deelnemers die zeggen dat de activiteit hun integratie heeft geholpen."])
    head("5. Conclusions et actions / Besluiten en acties")
    two(["• Sarah El Khatib envoie la fiche des indicateurs communs à tous les CPAS.",
         "• Chaque CPAS vérifie comment compter les participants qui ont progressé d'un niveau CECR.",
         "• Le CPAS de Gand partage son test de langue interne.",
         "• Bart Wouters et Els Peeters présentent le partenariat Anvers–Schoten à la prochaine rencontre."],
        ["• Sarah El Khatib stuurt de fiche met de gemeenschappelijke indicatoren naar alle OCMW's.",
         "• Elk OCMW bekijkt hoe de deelnemers geteld worden die één ERK-niveau zijn gestegen.",
         "• OCMW Gent deelt zijn interne taaltest.",
         "• Bart Wouters en Els Peeters stellen het partnerschap Antwerpen–Schoten voor op de volgende ontmoeting."])
    P(doc, "")
    R(doc, [("Prochaine rencontre / Volgende ontmoeting : ", B), ("20 octobre 2022 – 20 oktober 2022, Charleroi", N)])
    doc.save(os.path.join(HERE, "161_rencontre_bruxelles_2022.docx"))
    return {
        "file": "161_rencontre_bruxelles_2022.docx",
        "languages": ["fr", "nl"],
        "online": False,
        "interpretation": True,
        "date": "2022-03-24",
        "people": [
            ["Anne-Sophie Moreau", "Present", "BRUXELLES"],
            ["Karim Belkacem", "Present", "BRUXELLES"],
            ["Inès Vandenbroeck", "Present", "BRUXELLES"],
            ["Wouter Van Hecke", "Present", "GENT"],
            ["Youssef Amrani", "Present", "GENT"],
            ["Marc Lemaire", "Present", "LIEGE"],
            ["Sophie Lambotte", "Present", "CHARLEROI"],
            ["Cédric Malengreau", "Present", "BINCHE"],
            ["Els Peeters", "Present", "ANTWERPEN"],
            ["Bart Wouters", "Present", "SCHOTEN"],
            ["Sarah El Khatib", "Present", "SPP"],
            ["Nathalie Derijcke", "Present", "SPP"],
            ["Mireille Haesen", "Present", None],
            ["Tom Lefèvre", "Present", None],
            ["Julie Thonon", "Excused", "LIEGE"],
            ["Leen Mertens", "Excused", "EDEGEM"],
        ],
        "agenda": [
            ["09:30", "10:00", "Accueil / Onthaal"],
            ["10:00", "11:00", "Tour de table / Rondje OCMW's"],
            ["11:00", "12:00", "Après le COVID : groupes de 6 + 1 / Na COVID: groepen van 6 + 1"],
            ["12:00", "13:00", "Lunch"],
            ["13:00", "14:30", "Les nouveaux indicateurs FAMI 2021-2027 / De nieuwe AMIF-indicatoren 2021-2027"],
            ["14:30", "15:00", "Conclusions / Besluiten"],
        ],
        "headings": [
            ["1", "Accueil / Onthaal"],
            ["2", "Tour de table / Rondje OCMW's"],
            ["3", "Après le COVID : groupes de 6 + 1 / Na COVID: groepen van 6 + 1"],
            ["4", "Les nouveaux indicateurs / De nieuwe indicatoren"],
            ["5", "Conclusions et actions / Besluiten en acties"],
        ],
        "actions": [
            ["Network Contact", ["Sarah El Khatib"], None, "Sarah El Khatib envoie la fiche"],
            ["CPAS", [], None, "Chaque CPAS vérifie comment compter"],
            ["CPAS", [], "GENT", "Le CPAS de Gand partage son test"],
            ["Several Network Contacts", ["Bart Wouters", "Els Peeters"], None, "Bart Wouters et Els Peeters présentent"],
        ],
        "next_meeting": {"date": "2022-10-20",
                         "text": "Prochaine rencontre / Volgende ontmoeting : 20 octobre 2022 – 20 oktober 2022, Charleroi"},
        "remarks": ["Liège : à compléter / Luik: nog aan te vullen"],
    }


# ---------------------------------------------------------------- 162
def r162():
    """Antwerpen manager (Rachid Ouali): very short decision list, Webex, 2022, Dutch."""
    doc = new_doc("Arial", 10, margins=2.0)
    P(doc, "Beslissingenlijst overleg AMIF Antwerpen + partner-OCMW's", bold=True, size=12, after=0)
    P(doc, "Webex, di 10/05/2022, 14u–15u", after=8, color="404040")
    R(doc, [("Aanw.: ", B), ("Rachid Ouali (RO), Els Peeters (EP), Katrien Janssens (KJ) – OCMW Antwerpen; "
                             "Bart Wouters (BW) – OCMW Schoten; Leen Mertens (LM) – OCMW Edegem; "
                             "Jan Goossens (JG) – OCMW Mortsel", N)], after=0)
    R(doc, [("Verontsch.: ", B), ("Sarah El Khatib (POD MI)", N)], after=8)
    P(doc, "Beslissingen", bold=True, underline=True, after=2)
    for x in ["Partners blijven in 2022-2023 via Antwerpen instromen; geen eigen aanvraag.",
              "Groepsgrootte vanaf september: max. 8 deelnemers + 1 begeleider.",
              "Tevredenheidsenquête: we gebruiken vanaf nu de versie met pictogrammen.",
              "Infosessie voor nieuwe deelnemers: 1x per maand, beurtelings in Schoten, Edegem en Mortsel."]:
        P(doc, x, style="List Number", after=0)
    P(doc, "Acties", bold=True, underline=True, before=8, after=2)
    for x in ["EP – pictogrammenversie enquête finaliseren en rondsturen – 31/05",
              "BW/LM/JG – aantal doorverwijzingen Q1 doorgeven aan KJ – 20/05",
              "RO – POD contacteren over verlenging partnerovereenkomst – asap",
              "OCMW Mortsel – lokaal voor infosessie juni vastleggen – 01/06",
              "nog te bepalen – tolk Dari zoeken voor infosessie juni"]:
        P(doc, x, after=0)
    P(doc, "Volgend overleg: di 14/06/2022, 14u, Webex", bold=True, before=10)
    doc.save(os.path.join(HERE, "162_beslissingen_antwerpen.docx"))
    return {
        "file": "162_beslissingen_antwerpen.docx",
        "languages": ["nl"],
        "online": True,
        "interpretation": False,
        "date": "2022-05-10",
        "people": [
            ["Rachid Ouali", "Present", "ANTWERPEN"],
            ["Els Peeters", "Present", "ANTWERPEN"],
            ["Katrien Janssens", "Present", "ANTWERPEN"],
            ["Bart Wouters", "Present", "SCHOTEN"],
            ["Leen Mertens", "Present", "EDEGEM"],
            ["Jan Goossens", "Present", "MORTSEL"],
            ["Sarah El Khatib", "Excused", "SPP"],
        ],
        "agenda": [],
        "headings": [
            ["", "Beslissingen"],
            ["", "Acties"],
        ],
        "actions": [
            ["Network Contact", ["Els Peeters"], None, "pictogrammenversie enquête finaliseren en rondsturen"],
            ["Several Network Contacts", ["Bart Wouters", "Leen Mertens", "Jan Goossens"], None,
             "aantal doorverwijzingen Q1 doorgeven"],
            ["Network Contact", ["Rachid Ouali"], None, "POD contacteren over verlenging partnerovereenkomst"],
            ["CPAS", [], "MORTSEL", "lokaal voor infosessie juni vastleggen"],
            ["To Be Assigned", [], None, "tolk Dari zoeken voor infosessie"],
        ],
        "next_meeting": {"date": "2022-06-14", "text": "Volgend overleg: di 14/06/2022, 14u, Webex"},
        "remarks": [],
    }


# ---------------------------------------------------------------- 163
def r163():
    """Partner CPAS Binche (Cédric Malengreau) writes up a joint workshop with Charleroi, 2023."""
    doc = new_doc("Trebuchet MS", 10)
    teal = "1F6F78"
    fp = doc.sections[0].footer.paragraphs[0]
    fmt_run(fp.add_run("CPAS de Binche – Service d'insertion sociale – atelier commun du 21/09/2023"), size=7,
            italic=True, color=teal)
    P(doc, "Atelier commun Charleroi – Binche", bold=True, size=16, color=teal, after=0)
    P(doc, "« Une enquête de satisfaction que nos participants comprennent »", italic=True, size=12, after=4)
    P(doc, "Jeudi 21 septembre 2023 – CPAS de Binche, salle du conseil", after=10)
    t = doc.add_table(rows=5, cols=2)
    lab = ["Pour le CPAS de Binche", "Pour le CPAS de Charleroi", "Pour le SPP IS", "Invitée", "Excusée"]
    val = ["Cédric Malengreau (rédaction), Valérie Dufrane, Nadia Boukhari (AS)",
           "Sophie Lambotte, Gülsen Yilmaz, Didier Hanquet",
           "Nathalie Derijcke",
           "Camille Hubert, asbl Les Mots Passants (alphabétisation)",
           "Mme Aurore Piette (CPAS de Binche)"]
    for i in range(5):
        cell(t.rows[i].cells[0], lab[i], bold=True, color=teal)
        cell(t.rows[i].cells[1], val[i])
    col_widths(t, [4.5, 11.5])
    P(doc, "")
    P(doc, "Déroulement", bold=True, color=teal, after=2)
    for x in ["13h30 – Accueil", "13h45 – Ce que nous dit l'enquête actuelle (Gülsen Yilmaz)",
              "14h30 – Travail en sous-groupes : reformuler les questions", "15h30 – Mise en commun et suites"]:
        P(doc, x, after=0, indent=0.5)

    def head(t):
        p = P(doc, t, bold=True, size=12, color=teal, before=12, after=4)
        pPr = p._p.get_or_add_pPr()
        bdr = OxmlElement("w:pBdr")
        b = OxmlElement("w:bottom")
        b.set(qn("w:val"), "single")
        b.set(qn("w:sz"), "6")
        b.set(qn("w:space"), "1")
        b.set(qn("w:color"), teal)
        bdr.append(b)
        pPr.append(bdr)

    head("A. Pourquoi cet atelier ?")
    P(doc, "Depuis le début du module commun, les participants remplissent une enquête de satisfaction à la fin de "
           "chaque module. Les animateurs constatent que beaucoup ne comprennent pas les questions (« dans quelle "
           "mesure… », « pertinence », « autonomie »). Le réseau l'avait déjà relevé. Nous avons donc proposé à "
           "Charleroi de travailler ensemble sur une version plus simple.")
    head("B. Ce que nous dit l'enquête actuelle")
    P(doc, "Gülsen Yilmaz présente les résultats du module 2 : sur les 42 enquêtes rentrées à Charleroi, 17 "
           "comportaient au moins une question sans réponse ; pour Binche [chiffres à venir]. Les questions ouvertes "
           "sont presque toujours vides. Les participants qui ont le plus de mal sont ceux qui sont peu ou pas "
           "alphabétisés.")
    head("C. Les sous-groupes")
    R(doc, [("Groupe 1 ", B), ("(vocabulaire) : remplacer les mots abstraits par des exemples de la vie "
                                "quotidienne ; une seule idée par question.", N)])
    R(doc, [("Groupe 2 ", B), ("(forme) : échelle avec trois visages plutôt que cinq cases ; lire les questions à "
                                "voix haute en petit groupe ; laisser la place à un dessin.", N)])
    R(doc, [("Groupe 3 ", B), ("(langues) : Camille Hubert rappelle que traduire ne suffit pas si la personne ne "
                                "lit pas sa propre langue ; prévoir une version audio.", N)])
    head("D. Suites")
    P(doc, "Ce que nous faisons ensuite :", after=2)
    for x in ["Regrouper les questions reformulées dans un seul document (Cédric Malengreau)",
              "Tester la version pictogrammes avec le groupe du mardi à Charleroi (CPAS de Charleroi)",
              "Demander au SPP si la version simplifiée peut remplacer le formulaire officiel (Nathalie Derijcke)",
              "Prévoir une traduction en arabe et en turc (à définir)"]:
        P(doc, x, style="List Bullet", after=0)
    P(doc, "Gülsen Yilmaz et Nadia Boukhari animeront une séance test commune en novembre, avec un groupe mixte "
           "Charleroi–Binche.", before=6)
    P(doc, "Merci à toutes et à tous pour cet après-midi très riche !", italic=True, before=8)
    doc.save(os.path.join(HERE, "163_atelier_binche_enquete.docx"))
    return {
        "file": "163_atelier_binche_enquete.docx",
        "languages": ["fr"],
        "online": False,
        "interpretation": False,
        "date": "2023-09-21",
        "people": [
            ["Cédric Malengreau", "Present", "BINCHE"],
            ["Valérie Dufrane", "Present", "BINCHE"],
            ["Nadia Boukhari", "Present", "BINCHE"],
            ["Sophie Lambotte", "Present", "CHARLEROI"],
            ["Gülsen Yilmaz", "Present", "CHARLEROI"],
            ["Didier Hanquet", "Present", "CHARLEROI"],
            ["Nathalie Derijcke", "Present", "SPP"],
            ["Camille Hubert", "Present", None],
            ["Aurore Piette", "Excused", "BINCHE"],
        ],
        "agenda": [
            ["13:30", None, "Accueil"],
            ["13:45", None, "Ce que nous dit l'enquête actuelle (Gülsen Yilmaz)"],
            ["14:30", None, "Travail en sous-groupes : reformuler les questions"],
            ["15:30", None, "Mise en commun et suites"],
        ],
        "headings": [
            ["A", "Pourquoi cet atelier ?"],
            ["B", "Ce que nous dit l'enquête actuelle"],
            ["C", "Les sous-groupes"],
            ["D", "Suites"],
        ],
        "actions": [
            ["Network Contact", ["Cédric Malengreau"], None, "Regrouper les questions reformulées dans"],
            ["CPAS", [], "CHARLEROI", "Tester la version pictogrammes avec"],
            ["Network Contact", ["Nathalie Derijcke"], None, "Demander au SPP si la version"],
            ["To Be Assigned", [], None, "Prévoir une traduction en arabe"],
            ["Several Network Contacts", ["Gülsen Yilmaz", "Nadia Boukhari"], None,
             "Gülsen Yilmaz et Nadia Boukhari animeront"],
        ],
        "next_meeting": None,
        "remarks": ["[chiffres à venir]"],
    }


# ---------------------------------------------------------------- 164
def r164():
    """SPP (Nathalie Derijcke): long formal report with annexes, Teams with interpretation, 2024."""
    doc = new_doc("Calibri", 10.5, margins=2.2)
    blue = "1F3864"
    style_heading(doc, "Heading 1", "Calibri Light", 14, color=blue, bold=False, before=14, after=4)
    style_heading(doc, "Heading 2", "Calibri Light", 12, color=blue, bold=False, before=8, after=2)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    fmt_run(hp.add_run("SPP Intégration Sociale | POD Maatschappelijke Integratie"), bold=True, size=8, color=blue)
    hp2 = sec.header.add_paragraph()
    fmt_run(hp2.add_run("Vers une politique de migration plus intégrée, grâce au FAMI – Naar een geïntegreerd "
                        "migratiebeleid, dankzij het AMIF"), italic=True, size=7, color="595959")
    fp = sec.footer.paragraphs[0]
    fmt_run(fp.add_run("Réseau FAMI – Rapport du 28/11/2024 – Version publiée – "), size=7, color="595959")
    page_field(fp)
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT

    P(doc, "Rapport de la réunion du réseau FAMI des CPAS", bold=True, size=18, color=blue, after=0)
    P(doc, "Verslag van de netwerkvergadering AMIF-OCMW’s", size=14, color="2E74B5", after=10)
    for k, v in [("Date", "jeudi 28 novembre 2024, 9h30–12h30"),
                 ("Lieu", "en ligne (Microsoft Teams), avec interprétation simultanée FR/NL"),
                 ("Présidence et rapport", "Nathalie Derijcke, SPP IS"),
                 ("Statut", "version publiée après relecture par les CPAS")]:
        R(doc, [(k + " : ", B), (v, N)], after=0)
    P(doc, "")
    P(doc, "Participants", bold=True, color=blue, after=2)
    t = doc.add_table(rows=1, cols=3)
    t.style = "Light Grid Accent 1"
    for i, h in enumerate(["Organisation", "Présents", "Excusés"]):
        cell(t.rows[0].cells[i], h, bold=True)
    for r in [("SPP IS", "Nathalie Derijcke, Sarah El Khatib", "—"),
              ("CPAS de Gand", "Hilde Verstraete, Youssef Amrani", "—"),
              ("CPAS de Liège", "Julie Thonon, Fabrice Dethier", "—"),
              ("CPAS de Charleroi", "Didier Hanquet", "Sophie Lambotte"),
              ("CPAS de Binche", "Valérie Dufrane", "—"),
              ("CPAS d’Anvers", "Katrien Janssens", "Els Peeters"),
              ("CPAS de Schoten", "—", "Bart Wouters"),
              ("CPAS d’Edegem", "Leen Mertens", "—"),
              ("CPAS de Mortsel", "Jan Goossens", "—"),
              ("CPAS de Bruxelles", "Inès Vandenbroeck, Karim Belkacem", "—"),
              ("Interprètes", "Mireille Haesen, Pauline Verhulst", "—")]:
        cs = t.add_row().cells
        for i, v in enumerate(r):
            cell(cs[i], v)
    col_widths(t, [4.5, 7.5, 4.5])
    P(doc, "")
    P(doc, "Ordre du jour", bold=True, color=blue, after=2)
    t2 = doc.add_table(rows=1, cols=2)
    t2.style = "Light Grid Accent 1"
    cell(t2.rows[0].cells[0], "Heure", bold=True)
    cell(t2.rows[0].cells[1], "Point", bold=True)
    for h, x in [("09:30", "Ouverture et approbation du rapport du 6 juin 2024"),
                 ("09:45", "Tour de table des CPAS"),
                 ("10:45", "Indicateurs communs 2024 : méthode de collecte"),
                 ("11:30", "Conservation des documents et RGPD"),
                 ("12:15", "Divers et prochaine réunion")]:
        cs = t2.add_row().cells
        cell(cs[0], h)
        cell(cs[1], x)
    col_widths(t2, [2.5, 14])

    doc.add_heading("1. Ouverture et approbation du rapport précédent", level=1)
    P(doc, "La présidente ouvre la réunion et rappelle les règles de la réunion en ligne (micro coupé, canal "
           "d’interprétation choisi dans Teams). Le rapport de la réunion du 6 juin 2024 est approuvé sans remarque.")
    doc.add_heading("2. Tour de table des CPAS", level=1)
    doc.add_heading("2.1 Wallonie et Bruxelles", level=2)
    P(doc, "Liège compte 26 participants dans les modules collectifs ; Charleroi et Binche terminent le module "
           "d’automne avec 19 et 8 participants. Bruxelles signale un nombre croissant de participants orientés "
           "vers la formation à la fin du trajet.")
    doc.add_heading("2.2 Flandre", level=2)
    P(doc, "Gand a ouvert un second groupe d’activation linguistique. À Anvers, les partenaires d’Edegem et de "
           "Mortsel orientent désormais directement vers l’intake, sans passer par le service central.")
    doc.add_heading("3. Indicateurs communs 2024", level=1)
    P(doc, "Sarah El Khatib rappelle que le Règlement (UE) 2021/1147 impose des indicateurs de réalisation et de "
           "résultat communs, que l’État membre communique chaque année. Le SPP les rassemble auprès des CPAS : "
           "nombre de participants aux activités de soutien (cours de langue, orientation civique, accompagnement "
           "professionnel personnalisé), participants ayant progressé d’au moins un niveau CECR, participants qui "
           "déclarent que l’activité a aidé leur intégration. Les CPAS demandent une définition claire du moment où "
           "la progression CECR est mesurée.")
    P(doc, "Les chiffres de Bruxelles pour l’indicateur « progression d’au moins un niveau CECR » sont encore à compléter.",
      italic=True, color="C00000")
    doc.add_heading("4. Conservation des documents et protection des données", level=1)
    P(doc, "Les documents d’une opération financée par l’UE sont conservés cinq ans à partir du 31 décembre de "
           "l’année du dernier paiement (Règlement (UE) 2021/1060, art. 82). Les données personnelles des "
           "participants ne sont pas gardées plus longtemps que nécessaire (RGPD, art. 5, §1, e) et chaque "
           "personne peut demander à voir toutes les données qui la concernent (art. 15). Chaque CPAS reste "
           "propriétaire des données de ses participants ; le SPP ne reçoit que des chiffres agrégés.")
    doc.add_heading("5. Divers", level=1)
    P(doc, "Fabrice Dethier propose d’organiser la prochaine réunion en présentiel à Liège. Accord de principe.")
    doc.add_heading("6. Tableau des actions", level=1)
    t3 = doc.add_table(rows=1, cols=4)
    t3.style = "Light Grid Accent 1"
    for i, h in enumerate(["N°", "Action", "Responsable", "Échéance"]):
        cell(t3.rows[0].cells[i], h, bold=True)
    for r in [("1", "Envoyer le modèle de collecte des indicateurs 2024", "SPP IS", "06/12/2024"),
              ("2", "Transmettre les indicateurs communs 2024 complétés", "Chaque CPAS", "31/01/2025"),
              ("3", "Rédiger une note commune sur la durée de conservation des dossiers des participants",
               "Julie Thonon, Hilde Verstraete", "15/03/2025"),
              ("4", "Vérifier avec le DPO du CPAS la procédure de demande d’accès (art. 15 RGPD)",
               "Inès Vandenbroeck", "31/01/2025"),
              ("5", "Traduire en néerlandais la fiche « niveau CECR » de Liège", "À définir", "—")]:
        cs = t3.add_row().cells
        for i, v in enumerate(r):
            cell(cs[i], v)
    col_widths(t3, [1.0, 8.5, 4.3, 2.7])
    P(doc, "")
    R(doc, [("Prochaine réunion : ", B), ("jeudi 27 mars 2025, en présentiel à Liège (sous réserve).", N)])
    doc.add_heading("Annexes", level=1)
    for x in ["Annexe 1 – Liste des indicateurs communs (Règlement (UE) 2021/1147)",
              "Annexe 2 – Présentation du CPAS de Liège : mesurer la progression CECR",
              "Annexe 3 – Note du SPP sur la conservation des documents"]:
        P(doc, x, after=0)
    doc.add_heading("Samenvatting (NL)", level=1)
    P(doc, "Het netwerk besprak de gemeenschappelijke indicatoren 2024 (Verordening (EU) 2021/1147) en de bewaring "
           "van documenten: vijf jaar vanaf 31 december van het jaar van de laatste betaling; persoonsgegevens niet "
           "langer dan nodig. Elk OCMW blijft eigenaar van de gegevens van zijn deelnemers. De acties staan in de "
           "tabel onder punt 6.", italic=True)
    doc.save(os.path.join(HERE, "164_rapport_reseau_nov2024.docx"))
    return {
        "file": "164_rapport_reseau_nov2024.docx",
        "languages": ["fr", "nl"],
        "online": True,
        "interpretation": True,
        "date": "2024-11-28",
        "people": [
            ["Nathalie Derijcke", "Present", "SPP"],
            ["Sarah El Khatib", "Present", "SPP"],
            ["Hilde Verstraete", "Present", "GENT"],
            ["Youssef Amrani", "Present", "GENT"],
            ["Julie Thonon", "Present", "LIEGE"],
            ["Fabrice Dethier", "Present", "LIEGE"],
            ["Didier Hanquet", "Present", "CHARLEROI"],
            ["Valérie Dufrane", "Present", "BINCHE"],
            ["Katrien Janssens", "Present", "ANTWERPEN"],
            ["Leen Mertens", "Present", "EDEGEM"],
            ["Jan Goossens", "Present", "MORTSEL"],
            ["Inès Vandenbroeck", "Present", "BRUXELLES"],
            ["Karim Belkacem", "Present", "BRUXELLES"],
            ["Mireille Haesen", "Present", None],
            ["Pauline Verhulst", "Present", None],
            ["Sophie Lambotte", "Excused", "CHARLEROI"],
            ["Els Peeters", "Excused", "ANTWERPEN"],
            ["Bart Wouters", "Excused", "SCHOTEN"],
        ],
        "agenda": [
            ["09:30", None, "Ouverture et approbation du rapport du 6 juin 2024"],
            ["09:45", None, "Tour de table des CPAS"],
            ["10:45", None, "Indicateurs communs 2024 : méthode de collecte"],
            ["11:30", None, "Conservation des documents et RGPD"],
            ["12:15", None, "Divers et prochaine réunion"],
        ],
        "headings": [
            ["1", "Ouverture et approbation du rapport précédent"],
            ["2", "Tour de table des CPAS"],
            ["2.1", "Wallonie et Bruxelles"],
            ["2.2", "Flandre"],
            ["3", "Indicateurs communs 2024"],
            ["4", "Conservation des documents et protection des données"],
            ["5", "Divers"],
            ["6", "Tableau des actions"],
            ["", "Annexes"],
            ["", "Samenvatting (NL)"],
        ],
        "actions": [
            ["SPP", [], None, "Envoyer le modèle de collecte des indicateurs 2024"],
            ["CPAS", [], None, "Transmettre les indicateurs communs 2024"],
            ["Several Network Contacts", ["Julie Thonon", "Hilde Verstraete"], None,
             "Rédiger une note commune sur"],
            ["Network Contact", ["Inès Vandenbroeck"], None, "Vérifier avec le DPO du CPAS"],
            ["To Be Assigned", [], None, "Traduire en néerlandais la fiche"],
        ],
        "next_meeting": {"date": "2025-03-27",
                         "text": "Prochaine réunion : jeudi 27 mars 2025, en présentiel à Liège (sous réserve)."},
        "remarks": ["Les chiffres de Bruxelles pour l’indicateur « progression d’au moins un niveau CECR » sont encore à compléter."],
    }


# ---------------------------------------------------------------- 165
def r165():
    """OCMW Antwerpen (Katrien Janssens): old-style Dutch 'Notulen' of the 2016 kick-off, French summary."""
    doc = new_doc("Times New Roman", 12, margins=2.5)
    P(doc, "NOTULEN", bold=True, size=14, align=WD_ALIGN_PARAGRAPH.CENTER, after=0)
    P(doc, "Kick-off AMIF-netwerk OCMW's", bold=True, size=12, align=WD_ALIGN_PARAGRAPH.CENTER, after=0)
    P(doc, "donderdag 13 oktober 2016 – POD Maatschappelijke Integratie, Brussel", size=11,
      align=WD_ALIGN_PARAGRAPH.CENTER, after=14)
    R(doc, [("Aanwezig: ", {"underline": True}),
            ("mevr. Lotte Vermeiren (POD MI), dhr. Pieter Claeys (POD MI), dhr. Wouter Van Hecke (OCMW Gent), "
             "mevr. Hilde Verstraete (OCMW Gent), dhr. Marc Lemaire (OCMW Luik), mevr. Aïcha Benali (OCMW Luik), "
             "mevr. Sophie Lambotte (OCMW Charleroi), mevr. Els Peeters (OCMW Antwerpen), mevr. Katrien Janssens "
             "(OCMW Antwerpen, verslag), mevr. Anne-Sophie Moreau (OCMW Brussel), dhr. Tom Lefèvre (tolk)", N)],
      align=WD_ALIGN_PARAGRAPH.JUSTIFY)
    R(doc, [("Verontschuldigd: ", {"underline": True}),
            ("dhr. Rachid Ouali (OCMW Antwerpen), dhr. Didier Hanquet (OCMW Charleroi)", N)])
    P(doc, "Er was fluistervertaling NL-FR voorzien voor de Franstalige collega's.", italic=True, size=11)
    P(doc, "Dagorde:", underline=True, after=0)
    for x in ["a) Verwelkoming door het POD", "b) Voorstelling van de vijf projecten",
              "c) Afspraken over de samenwerking in het netwerk", "d) Rondvraag"]:
        P(doc, x, after=0, indent=1.0)
    P(doc, "")

    def head(t):
        P(doc, t, underline=True, bold=True, before=10, after=4)

    head("1) Verwelkoming")
    P(doc, "Mevr. Vermeiren verwelkomt de aanwezigen namens het POD. Zij schetst het doel van het netwerk: kennis "
           "en ervaring uitwisselen tussen de vijf OCMW's die met steun van het AMIF een project voor nieuwkomers "
           "uitvoeren. Het netwerk komt twee à drie keer per jaar samen, telkens bij een ander OCMW.",
      align=WD_ALIGN_PARAGRAPH.JUSTIFY)
    head("2) Voorstelling van de projecten")
    P(doc, "Elk OCMW stelt kort zijn project voor. Gent werkt met individuele trajecten en taalactivering; Luik "
           "met het project Mod' Actions (individuele begeleiding en collectieve modules, waaronder een creatief "
           "atelier); Charleroi met Activ'Up (coaching, ontdekkingsateliers en infosessies); Antwerpen met een "
           "traject sociale activering samen met de partner-OCMW's; Brussel met infosessies over wonen en rechten.",
      align=WD_ALIGN_PARAGRAPH.JUSTIFY)
    head("3) Afspraken netwerk")
    P(doc, "De projectfiches worden opgemaakt volgens het sjabloon van het POD (doelgroep, werving, modules, "
           "kosten, succesfactoren). Persoonsgegevens van deelnemers worden niet uitgewisseld tussen OCMW's.",
      align=WD_ALIGN_PARAGRAPH.JUSTIFY)
    P(doc, "Dhr. Claeys bezorgt de contactlijst van het netwerk aan alle deelnemers.")
    P(doc, "Elk OCMW stuurt zijn projectfiche vóór 15 november naar het POD.")
    P(doc, "Het OCMW van Luik nodigt uit voor de volgende bijeenkomst.")
    P(doc, "Een gezamenlijk sjabloon voor de tevredenheidsenquête opmaken (trekker nog te bepalen).")
    head("4) Rondvraag")
    P(doc, "Mevr. Moreau vraagt of de vergaderingen ook in het Frans verslagen worden. Het POD bevestigt dat "
           "elk verslag in beide talen verspreid wordt.", align=WD_ALIGN_PARAGRAPH.JUSTIFY)
    P(doc, "De volgende bijeenkomst vindt plaats in het voorjaar van 2017 in Luik.")
    P(doc, "Bijlage projectfiche Brussel: nog aan te vullen.", italic=True)
    head("Résumé en français")
    P(doc, "Première rencontre du réseau FAMI des CPAS au SPP Intégration Sociale. Chaque CPAS a présenté son "
           "projet. Les fiches projet sont à envoyer au SPP avant le 15 novembre. Prochaine rencontre au printemps "
           "2017 à Liège.", italic=True, size=11, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
    P(doc, "K. Janssens", align=WD_ALIGN_PARAGRAPH.RIGHT, before=12)
    doc.save(os.path.join(HERE, "165_notulen_kickoff_2016.docx"))
    return {
        "file": "165_notulen_kickoff_2016.docx",
        "languages": ["nl", "fr"],
        "online": False,
        "interpretation": True,
        "date": "2016-10-13",
        "people": [
            ["Lotte Vermeiren", "Present", "SPP"],
            ["Pieter Claeys", "Present", "SPP"],
            ["Wouter Van Hecke", "Present", "GENT"],
            ["Hilde Verstraete", "Present", "GENT"],
            ["Marc Lemaire", "Present", "LIEGE"],
            ["Aïcha Benali", "Present", "LIEGE"],
            ["Sophie Lambotte", "Present", "CHARLEROI"],
            ["Els Peeters", "Present", "ANTWERPEN"],
            ["Katrien Janssens", "Present", "ANTWERPEN"],
            ["Anne-Sophie Moreau", "Present", "BRUXELLES"],
            ["Tom Lefèvre", "Present", None],
            ["Rachid Ouali", "Excused", "ANTWERPEN"],
            ["Didier Hanquet", "Excused", "CHARLEROI"],
        ],
        "agenda": [
            [None, None, "Verwelkoming door het POD"],
            [None, None, "Voorstelling van de vijf projecten"],
            [None, None, "Afspraken over de samenwerking in het netwerk"],
            [None, None, "Rondvraag"],
        ],
        "headings": [
            ["1", "Verwelkoming"],
            ["2", "Voorstelling van de projecten"],
            ["3", "Afspraken netwerk"],
            ["4", "Rondvraag"],
            ["", "Résumé en français"],
        ],
        "actions": [
            ["Network Contact", ["Pieter Claeys"], None, "Dhr. Claeys bezorgt de contactlijst"],
            ["CPAS", [], None, "Elk OCMW stuurt zijn projectfiche"],
            ["CPAS", [], "LIEGE", "Het OCMW van Luik nodigt"],
            ["To Be Assigned", [], None, "Een gezamenlijk sjabloon voor de"],
        ],
        "next_meeting": {"date": None, "text": "De volgende bijeenkomst vindt plaats in het voorjaar van 2017 in Luik."},
        "remarks": ["Bijlage projectfiche Brussel: nog aan te vullen."],
    }


# ---------------------------------------------------------------- 166
def r166():
    """Liège coordinator (Fabrice Dethier): Zoom meeting notes 2026, end of the programme, checkboxes."""
    doc = new_doc("Aptos", 10.5, margins=2.0)
    style_heading(doc, "Heading 2", "Aptos", 12, color="7030A0", bold=True, before=10, after=3)
    P(doc, "Réunion réseau FAMI — visio Zoom — 05.02.2026", bold=True, size=15, color="7030A0", after=2)
    P(doc, "Notes : Fabrice Dethier (CPAS de Liège)", italic=True, color="595959", after=8)
    P(doc, "Participant·e·s :", bold=True, after=0)
    for x in ["Liège : Fabrice Dethier, Julie Thonon",
              "SPP IS : Sarah El Khatib",
              "Gand : Hilde Verstraete",
              "Charleroi : Didier Hanquet — Binche : Valérie Dufrane",
              "Anvers : Katrien Janssens — Edegem : Leen Mertens",
              "Bruxelles : Inès Vandenbroeck"]:
        P(doc, x, style="List Bullet", after=0)
    R(doc, [("Excusé·e·s : ", B), ("Youssef Amrani (Gand), Jan Goossens (Mortsel)", N)], before=4, after=8)
    P(doc, "Ordre du jour", bold=True, after=0)
    for x in ["10:00-10:15\tAccueil & tour de table rapide", "10:15-11:00\tBilan des modules septembre–janvier",
              "11:00-11:30\tFin de programmation FAMI : archives et données", "11:30-12:00\tQuestions diverses"]:
        P(doc, x, after=0, indent=0.5)

    doc.add_heading("1 – Accueil & tour de table rapide", level=2)
    P(doc, "Tout le monde est connecté à 10h05. Sarah annonce qu'elle quittera le SPP en juin ; son successeur "
           "sera présenté à la prochaine réunion.")
    doc.add_heading("2 – Bilan des modules septembre–janvier", level=2)
    t = doc.add_table(rows=1, cols=3)
    t.style = "Light List Accent 4"
    for i, h in enumerate(["CPAS", "Participant·e·s", "Commentaire"]):
        cell(t.rows[0].cells[i], h, bold=True)
    for r in [("Liège", "24", "2 groupes créatifs + 1 groupe FLE"),
              ("Charleroi", "19", "module commun avec Binche"),
              ("Binche", "7", "—"),
              ("Gand", "[chiffres à venir]", "—"),
              ("Anvers + partenaires", "21", "dont 6 via Edegem"),
              ("Bruxelles", "28", "liste d'attente logement")]:
        cs = t.add_row().cells
        for i, v in enumerate(r):
            cell(cs[i], v)
    col_widths(t, [4.5, 3.5, 8])
    P(doc, "")
    P(doc, "Chiffres Gand : à compléter (Youssef excusé)", italic=True, color="C00000")
    P(doc, "Dans l'ensemble : bonne assiduité, mais la ponctualité reste difficile le lundi matin. Plusieurs "
           "participants passent vers une formation ou l'ISP.")
    doc.add_heading("3 – Fin de programmation FAMI : archives et données", level=2)
    P(doc, "Rappel de Sarah : les documents restent conservés 5 ans à partir du 31 décembre de l'année du dernier "
           "paiement. Les données personnelles, elles, ne doivent pas être gardées plus longtemps que nécessaire. "
           "Discussion sur ce qu'on garde : contrats, fiches de présence, enquêtes de satisfaction.")
    doc.add_heading("4 – Questions diverses", level=2)
    P(doc, "Idée d'une rencontre de clôture en présentiel avec tous les CPAS et quelques participants (à Anvers ?).")
    P(doc, "À faire", bold=True, before=8, after=2)
    for x in ["☐ Julie Thonon : finaliser le bilan chiffré du module 1 pour le 20/02",
              "☐ Sarah El Khatib envoie la checklist de clôture (archives, 5 ans après le dernier paiement)",
              "☐ Tous les CPAS : vérifier quelles données personnelles peuvent être supprimées",
              "☐ CPAS d'Anvers : proposer une date pour la rencontre de clôture",
              "☐ À définir : compiler les bonnes pratiques 2021-2026 dans un document commun"]:
        P(doc, x, after=1, indent=0.3)
    P(doc, "Prochaine réunion : mi-mars 2026, date via Doodle", bold=True, before=10)
    doc.save(os.path.join(HERE, "166_visio_zoom_fevrier2026.docx"))
    return {
        "file": "166_visio_zoom_fevrier2026.docx",
        "languages": ["fr"],
        "online": True,
        "interpretation": False,
        "date": "2026-02-05",
        "people": [
            ["Fabrice Dethier", "Present", "LIEGE"],
            ["Julie Thonon", "Present", "LIEGE"],
            ["Sarah El Khatib", "Present", "SPP"],
            ["Hilde Verstraete", "Present", "GENT"],
            ["Didier Hanquet", "Present", "CHARLEROI"],
            ["Valérie Dufrane", "Present", "BINCHE"],
            ["Katrien Janssens", "Present", "ANTWERPEN"],
            ["Leen Mertens", "Present", "EDEGEM"],
            ["Inès Vandenbroeck", "Present", "BRUXELLES"],
            ["Youssef Amrani", "Excused", "GENT"],
            ["Jan Goossens", "Excused", "MORTSEL"],
        ],
        "agenda": [
            ["10:00", "10:15", "Accueil & tour de table rapide"],
            ["10:15", "11:00", "Bilan des modules septembre–janvier"],
            ["11:00", "11:30", "Fin de programmation FAMI : archives et données"],
            ["11:30", "12:00", "Questions diverses"],
        ],
        "headings": [
            ["1", "Accueil & tour de table rapide"],
            ["2", "Bilan des modules septembre–janvier"],
            ["3", "Fin de programmation FAMI : archives et données"],
            ["4", "Questions diverses"],
            ["", "À faire"],
        ],
        "actions": [
            ["Network Contact", ["Julie Thonon"], None, "finaliser le bilan chiffré du module 1"],
            ["Network Contact", ["Sarah El Khatib"], None, "Sarah El Khatib envoie la checklist"],
            ["CPAS", [], None, "vérifier quelles données personnelles peuvent"],
            ["CPAS", [], "ANTWERPEN", "proposer une date pour la rencontre"],
            ["To Be Assigned", [], None, "compiler les bonnes pratiques 2021-2026"],
        ],
        "next_meeting": {"date": None, "text": "Prochaine réunion : mi-mars 2026, date via Doodle"},
        "remarks": ["[chiffres à venir]", "Chiffres Gand : à compléter (Youssef excusé)"],
    }


def main():
    for fn in (r157, r158, r159, r160, r161, r162, r163, r164, r165, r166):
        e = fn()
        base = e["file"][: -len(".docx")]
        with open(os.path.join(HERE, base + ".expected.json"), "w", encoding="utf-8") as f:
            json.dump(e, f, ensure_ascii=False, indent=2)
            f.write("\n")
        print("wrote", e["file"])


if __name__ == "__main__":
    main()
