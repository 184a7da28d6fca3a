# -*- coding: utf-8 -*-
"""Builds the meeting reports 417-426 of the AMIF/FAMI network as Word files."""
import datetime
import os

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_COLOR_INDEX
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

GREY = RGBColor(0x80, 0x80, 0x80)
RED = RGBColor(0xC0, 0x00, 0x00)
BLUE = RGBColor(0x1F, 0x4E, 0x9A)
DARKBLUE = RGBColor(0x00, 0x33, 0x66)
CENTER = WD_ALIGN_PARAGRAPH.CENTER
RIGHT = WD_ALIGN_PARAGRAPH.RIGHT


class R(object):
    """One run with its formatting."""

    def __init__(self, text, b=False, i=False, u=False, color=None, hl=None, size=None, font=None):
        self.text, self.b, self.i, self.u = text, b, i, u
        self.color, self.hl, self.size, self.font = color, hl, size, font


def new_doc(font="Calibri", size=11, author="", title="", created=None):
    doc = Document()
    for s in doc.sections:
        s.page_height = Cm(29.7)
        s.page_width = Cm(21.0)
        s.left_margin = s.right_margin = Cm(2.3)
        s.top_margin = Cm(2.2)
        s.bottom_margin = Cm(2.0)
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.append(rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:cs"):
        rfonts.set(qn(a), font)
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    if created:
        cp.created = created
        cp.modified = created
    return doc


def heading_look(doc, name, size=None, color=None, font=None, bold=True, italic=None):
    st = doc.styles[name]
    if size:
        st.font.size = Pt(size)
    st.font.color.rgb = color if color is not None else RGBColor(0, 0, 0)
    st.font.bold = bold
    if italic is not None:
        st.font.italic = italic
    if font:
        st.font.name = font
        rpr = st.element.get_or_add_rPr()
        rfonts = rpr.find(qn("w:rFonts"))
        if rfonts is None:
            rfonts = OxmlElement("w:rFonts")
            rpr.append(rfonts)
        for a in ("w:ascii", "w:hAnsi", "w:cs", "w:asciiTheme", "w:hAnsiTheme"):
            if a.endswith("Theme"):
                if rfonts.get(qn(a)) is not None:
                    del rfonts.attrib[qn(a)]
            else:
                rfonts.set(qn(a), font)


def fill(p, parts):
    if isinstance(parts, (str, R)):
        parts = [parts]
    for part in parts:
        if isinstance(part, str):
            part = R(part)
        run = p.add_run(part.text)
        if part.b:
            run.bold = True
        if part.i:
            run.italic = True
        if part.u:
            run.underline = True
        if part.color is not None:
            run.font.color.rgb = part.color
        if part.hl is not None:
            run.font.highlight_color = part.hl
        if part.size:
            run.font.size = Pt(part.size)
        if part.font:
            run.font.name = part.font
    return p


def P(doc, parts="", style=None, align=None, after=None, before=None, indent=None, first=None):
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    fill(p, parts)
    if align is not None:
        p.alignment = align
    pf = p.paragraph_format
    if after is not None:
        pf.space_after = Pt(after)
    if before is not None:
        pf.space_before = Pt(before)
    if indent is not None:
        pf.left_indent = Cm(indent)
    if first is not None:
        pf.first_line_indent = Cm(first)
    return p


def H(doc, text, level=1):
    return doc.add_heading(text, level=level)


def cell_write(cell, parts, style=None, align=None, first=True):
    """Writes in the cell's first paragraph (first=True) or in a new one."""
    if first:
        p = cell.paragraphs[0]
        if style:
            p.style = style
    else:
        p = cell.add_paragraph(style=style) if style else cell.add_paragraph()
    fill(p, parts)
    if align is not None:
        p.alignment = align
    return p


def table(doc, rows, widths=None, style="Table Grid", header_bold=True, shade=None, size=None):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    if style:
        t.style = style
    for ri, row in enumerate(rows):
        for ci, val in enumerate(row):
            c = t.cell(ri, ci)
            if isinstance(val, list) and val and isinstance(val[0], list):
                # several paragraphs in one cell
                for k, par in enumerate(val):
                    cell_write(c, par, first=(k == 0))
            else:
                if ri == 0 and header_bold and isinstance(val, str):
                    val = R(val, b=True)
                cell_write(c, val)
            if size:
                for p in c.paragraphs:
                    for r in p.runs:
                        r.font.size = Pt(size)
            if ri == 0 and shade:
                set_shade(c, shade)
    if widths:
        for row in t.rows:
            for ci, w in enumerate(widths):
                row.cells[ci].width = Cm(w)
    return t


def set_shade(cell, hexcolor):
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcpr.append(shd)


def add_field(p, instr, size=None):
    run = p.add_run()
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
    if size:
        run.font.size = Pt(size)
    return run


def header_footer(doc, header=None, footer=None, page=None, size=8, header_align=None, footer_align=None):
    s = doc.sections[0]
    if header is not None:
        hp = s.header.paragraphs[0]
        fill(hp, R(header, size=size, color=GREY))
        if header_align is not None:
            hp.alignment = header_align
    if footer is not None or page:
        fp = s.footer.paragraphs[0]
        if footer:
            fill(fp, R(footer, size=size, color=GREY))
        if page == "page":
            fill(fp, R("\tpage ", size=size, color=GREY))
            add_field(fp, "PAGE", size)
        elif page == "pagina":
            fill(fp, R("\tPagina ", size=size, color=GREY))
            add_field(fp, "PAGE", size)
        elif page == "p_of":
            fill(fp, R(" – p. ", size=size, color=GREY))
            add_field(fp, "PAGE", size)
            fill(fp, R("/", size=size, color=GREY))
            add_field(fp, "NUMPAGES", size)
        elif page == "p":
            fill(fp, R(" – p. ", size=size, color=GREY))
            add_field(fp, "PAGE", size)
        if footer_align is not None:
            fp.alignment = footer_align


def page_break(doc):
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def tagline(doc):
    P(doc, R("Naar een geïntegreerd migratiebeleid, dankzij het AMIF", i=True, size=9, color=DARKBLUE), align=RIGHT, after=0)
    P(doc, R("Vers une politique de migration plus intégrée, grâce au FAMI", i=True, size=9, color=DARKBLUE), align=RIGHT, after=0)
    P(doc, R("POD | Maatschappelijke Integratie", b=True, size=9), after=0)
    P(doc, R("SPP | Intégration Sociale", b=True, size=9), after=12)


def save(doc, name):
    doc.save(os.path.join(HERE, name))
    print("wrote", name)


# ---------------------------------------------------------------------------
# 417 - Anne-Sophie Delvaux (SPP IS), October 2016, started from the June file
# ---------------------------------------------------------------------------
def r417():
    doc = new_doc("Calibri", 11, author="Delvaux Anne-Sophie", title="Rapport réunion FAMI 16 juin 2016",
                  created=datetime.datetime(2016, 6, 20, 9, 12))
    heading_look(doc, "Heading 2", size=12, color=DARKBLUE)
    heading_look(doc, "Heading 3", size=11, color=RGBColor(0, 0, 0), italic=True)
    header_footer(doc, header="SPP Intégration Sociale – Réseau FAMI\t\tRéunion FAMI – 16 juin 2016",
                  footer="Rapport_CPAS_FAMI_16062016_v2.docx", page="page")
    tagline(doc)
    P(doc, R("Verslag uitwisseling OCMW's – Rapport échange entre CPAS", b=True, size=15), align=CENTER, after=4)
    P(doc, R("FAMI 18 oktober 2016 – 18 octobre 2016", b=True), align=CENTER, after=2)
    P(doc, "CPAS de Bruxelles, rue Haute 298A, 1000 Bruxelles", align=CENTER, after=2)
    P(doc, R("Mise à jour : 21/06/2016", size=8, color=GREY), align=RIGHT, after=10)
    P(doc, [R("Présents : ", b=True),
            "Anne-Sophie Delvaux (SPP IS), Pieter Van Damme (POD MI), Hilde Verstraete (CPAS Gand), "
            "Bram De Smet (CPAS Gand), Nadia Benali (CPAS Liège), Christophe Renard (CPAS Liège), "
            "Fatima Ouali (CPAS Charleroi), Murielle Lejeune (CPAS Binche), Els Peeters (CPAS Anvers), "
            "Véronique Stas (CPAS Bruxelles), Karim Haddad (CPAS Bruxelles, Amélie Jacquemin (CPAS Bruxelles)"],
      align=WD_ALIGN_PARAGRAPH.JUSTIFY)
    P(doc, [R("Excusés : ", b=True), "Grégory Lambot (CPAS Charleroi), Samira Bouzid (CPAS Anvers)"], after=10)
    P(doc, R("Ordre du jour", b=True, u=True), after=4)
    for line in ["09h30 – 10h00 : Accueil et café",
                 "10h00 – 10h45 : Le projet du CPAS de Bruxelles : présentation et visite",
                 "10h45 – 12h00 : État des lieux par CPAS",
                 "12h00 – 13h00 : Lunch",
                 "13h00 – 14h30 : Atelier : l'enquête de satisfaction des participants",
                 "14h30 – 15h00 : Points d'action et prochaine réunion"]:
        P(doc, line, after=0, indent=0.6)
    P(doc, "", after=4)

    H(doc, "I. Accueil et introduction", 2)
    P(doc, "Véronique Stas accueille les participants au nom du CPAS de Bruxelles. Pieter Van Damme rappelle le "
           "but de ces rencontres : apprendre les uns des autres, sans jugement, et faire remonter au SPP ce qui "
           "coince sur le terrain. Un tour de table permet aux nouveaux collègues de se présenter : Karim Haddad a "
           "rejoint l'équipe bruxelloise en septembre comme animateur, Murielle Lejeune représente le CPAS de "
           "Binche, partenaire de Charleroi depuis le début du module 2.")
    H(doc, "2. Le projet du CPAS de Bruxelles : présentation et visite", 2)
    P(doc, "L'équipe bruxelloise présente son organisation : un coordinateur, deux animateurs et une assistante "
           "sociale à mi-temps pour le suivi individuel. Les participants sont orientés par les antennes sociales, "
           "après un premier entretien avec l'AS de référence. Un bilan d'orientation est ensuite réalisé avec la "
           "personne, en présence d'un médiateur interculturel si nécessaire.")
    P(doc, "Le projet comporte trois volets :", after=2)
    for b in ["des séances d'information « Vivre en Belgique » (institutions, droits et devoirs, logement, "
              "mobilité, banque et assurances) ;",
              "un atelier collectif hebdomadaire d'activation linguistique ;",
              "un accompagnement individuel toutes les deux semaines."]:
        P(doc, b, style="List Bullet", after=0)
    P(doc, "La visite des locaux (deux salles au deuxième étage, dont une équipée de six ordinateurs) a suscité "
           "beaucoup de questions sur l'accueil des enfants pendant les ateliers : Bruxelles n'a pas de solution de "
           "garde et constate que certaines mères abandonnent après deux ou trois séances.", before=6)
    H(doc, "III. État des lieux par CPAS", 2)
    H(doc, "Gand :", 3)
    P(doc, "Le groupe de l'automne compte 18 participants, dont une majorité de femmes. L'équipe travaille avec "
           "deux médiateurs interculturels (arabe et tigrinya). Hilde Verstraete souligne que le recrutement via "
           "les maatschappelijk werkers fonctionne bien mais prend du temps : il faut compter trois à quatre "
           "semaines entre la première orientation et l'entretien d'admission.")
    H(doc, "Liège :", 3)
    P(doc, "Nadia Benali présente les chiffres du premier semestre : 41 entretiens d'admission, 33 bilans "
           "d'orientation et 29 personnes inscrites dans au moins un module. Les trois contrats (avec l'AS, avec la "
           "personne chargée de l'admission et avec le responsable du module) sont maintenus ; ils fixent les "
           "règles sur le taux de présence et la ponctualité.")
    H(doc, "Charleroi / Binche :", 3)
    P(doc, ["Fatima Ouali explique l'entonnoir de recrutement du module 2 : 199 personnes retenues par les "
            "assistantes sociales, 60 présentes aux séances d'information (30 %). Binche a orienté 14 personnes, "
            "dont 9 ont commencé. ",
            R("[Fatima : compléter les chiffres du module 2 ?]", hl=WD_COLOR_INDEX.YELLOW)])
    H(doc, "Anvers :", 3)
    P(doc, "Els Peeters annonce que trois petits CPAS de la région (Schoten, Edegem, Mortsel) pourraient rejoindre "
           "le projet anversois comme partenaires. Les discussions sont en cours ; une décision est attendue pour "
           "la fin de l'année. Le transport des participants vers Anvers sera la principale difficulté.")
    H(doc, "Bruxelles :", 3)
    P(doc, "Voir point 2.")
    H(doc, "IV. Atelier : l'enquête de satisfaction des participants", 2)
    P(doc, "Chaque CPAS utilise l'enquête de satisfaction par module proposée par le SPP. Tous constatent qu'elle "
           "est difficile pour le public cible : les termes sont abstraits (« pertinence », « objectifs "
           "atteints »), les échelles de 1 à 5 sont mal comprises et l'enquête n'existe qu'en français et en "
           "néerlandais. Plusieurs animateurs remplissent l'enquête avec les participants, ce qui influence les "
           "réponses.")
    P(doc, "Propositions issues de l'atelier :", after=2)
    for b in ["utiliser des pictogrammes (smileys) plutôt qu'une échelle chiffrée ;",
              "limiter l'enquête à six questions ;",
              "prévoir une version en arabe, en anglais, en dari et en tigrinya ;",
              "faire passer l'enquête oralement, avec un médiateur, pour les personnes peu alphabétisées."]:
        P(doc, b, style="List Bullet", after=0)
    P(doc, "Il est décidé de garder le format actuel jusqu'en juin 2017, le temps de tester une version simplifiée "
           "dans deux CPAS. Le CPAS de Charleroi a déjà envoyé sa version adaptée au SPP lors de la dernière "
           "réunion.", before=6)
    H(doc, "V. Points d'action", 2)
    for b in ["Action : le SPP envoie le nouveau modèle d'enquête de satisfaction à tous les CPAS avant le "
              "15 novembre.",
              "Action : Nadia Benali fera circuler les trois modèles de contrat utilisés à Liège.",
              "Action : chaque CPAS transmet ses chiffres de recrutement du premier semestre (personnes listées, "
              "invitées, présentes).",
              "Action : Els Peeters tiendra le réseau informé de l'arrivée des partenaires anversois.",
              "Action : traduction de l'enquête en arabe et en dari – qui ? à définir"]:
        P(doc, b, style="List Bullet", after=2)
    H(doc, "VI. Prochaine réunion", 2)
    P(doc, "La prochaine réunion aura lieu le jeudi 9 février 2017 au CPAS de Gand.")
    P(doc, R("Merci à l'équipe de Charleroi pour son accueil chaleureux et pour le lunch !", i=True, color=GREY),
      before=12)
    save(doc, "417_rencontre_bruxelles_oct2016.docx")


# ---------------------------------------------------------------------------
# 418 - Koen Janssens (OCMW Antwerpen), notes typed a week later, March 2018
# ---------------------------------------------------------------------------
def r418():
    doc = new_doc("Arial", 10, author="Janssens Koen", title="",
                  created=datetime.datetime(2018, 3, 22, 16, 40))
    header_footer(doc, footer="netwerk AMIF – notities KJ", page="p")
    P(doc, R("Verslag netwerkmoment AMIF – OCMW Antwerpen", b=True, size=13), after=2)
    P(doc, "Datum: donderdag 15 maart 2018, 10u–15u", after=0)
    P(doc, R("(notities uitgetypt op 22/03/2018 – sorry voor de vertraging, KJ)", i=True, color=GREY), after=0)
    P(doc, "Plaats: OCMW Antwerpen, Campus Lange Gasthuisstraat, zaal 2.14", after=8)
    P(doc, R("Aanwezig:", b=True), after=0)
    for line in ["- Pieter Van Damme – POD MI",
                 "- Els Peeters – OCMW Antwerpen",
                 "- Koen Janssens – OCMW Antwerpen (verslag)",
                 "- Samira Bouzid – OCMW Antwerpen",
                 "- Jan Verhoeven – OCMW Schoten",
                 "- Ann Wouters – OCMW Edegem",
                 "- Hilde Verstraete – OCMW Gent",
                 "- Youssef El Amrani – OCMW Gent",
                 "- Nadia Benali – OCMW Luik",
                 "- Fatima Ouali – OCMW Charleroi",
                 "- Karim Haddad – OCMW Brussel"]:
        P(doc, line, after=0, indent=0.4)
    P(doc, [R("Verontschuldigd: ", b=True),
            "Anne-Sophie Delvaux (POD MI), Tom Claes (Mortsel), Christophe Renard (Luik)"], before=6, after=10)

    P(doc, R("Inleiding", b=True), after=2)
    P(doc, "Els verwelkomt iedereen in Antwerpen, en in het bijzonder de drie nieuwe partner-OCMW's. Ze overloopt "
           "de agenda van de dag:", after=2)
    for item in ["Kennismaking nieuwe partners Schoten, Edegem en Mortsel",
                 "Stand van zaken per OCMW",
                 "Het intakegesprek: hoe doen jullie het?",
                 "Tevredenheidsenquête: vertaling en vereenvoudiging",
                 "Varia"]:
        P(doc, item, style="List Number", after=0)
    P(doc, "Er wordt gevraagd om de lunch wat korter te houden zodat iedereen de trein van 15u30 haalt.",
      before=4, after=10)

    P(doc, R("1) Kennismaking nieuwe partners", b=True), after=2)
    P(doc, "Sinds januari zijn Schoten, Edegem en Mortsel officieel partner in het Antwerpse AMIF-project. Jan "
           "(Schoten) en Ann (Edegem) stellen hun werking voor. Beide OCMW's hebben weinig nieuwkomers in "
           "absolute aantallen maar geen eigen aanbod voor sociale activering; hun cliënten kunnen nu deelnemen "
           "aan de modules in Antwerpen. Het vervoer blijft een probleem: de verplaatsing duurt soms meer dan "
           "een uur met bus en tram.")
    P(doc, "Mortsel was verontschuldigd; Tom laat weten dat ze in april starten met twee deelnemers.", after=10)

    P(doc, R("2) Stand van zaken per OCMW", b=True), after=2)
    P(doc, [R("Gent: ", b=True), "groep van 22 deelnemers, waarvan 15 vrouwen. De intercultureel bemiddelaars "
            "(o.a. Youssef) zijn onmisbaar bij de intake. Wachtlijst van 9 personen."])
    P(doc, [R("Luik: ", b=True), "Nadia vertelt over de creatieve workshop met een kunstenaar; er loopt een "
            "fotoproject dat in juni tentoongesteld wordt. Ze geven nog steeds drie contracten per deelnemer."])
    P(doc, [R("Charleroi: ", b=True), "module 3 is gestart in september 2017. Van de 260 mensen die door de "
            "maatschappelijk werkers werden voorgesteld, kwamen er 84 naar de infosessie. Fatima vindt dat laag"
            "; sinds januari nodigen ze meer persoonlijk uit (telefoon i.p.v. brief)."])
    P(doc, [R("Brussel: ", b=True), "Karim meldt dat de kinderopvang nog altijd niet geregeld is. Ze werken nu "
            "samen met een buurthuis dat op woensdagnamiddag opvang voorziet."])
    P(doc, [R("Antwerpen: ", b=True), "Samira licht het nieuwe intakeformulier toe (zie punt 3). De groepen "
            "zitten vol tot de zomer; nieuwe aanmeldingen komen op de wachtlijst."])
    P(doc, R("TODO: cijfers Edegem aanvullen", b=True, color=RED), after=10)

    P(doc, R("3) Intakegesprekken", b=True), after=2)
    P(doc, "Elk OCMW doet een intake, maar de inhoud verschilt sterk. In Antwerpen duurt het eerste gesprek "
           "ongeveer een uur en wordt een oriëntatiebalans opgemaakt met de deelnemer: traject, doelen, motivatie "
           "en drempels. In Luik volgt de intake op een verwijzing van de maatschappelijk werker en wordt er "
           "meteen een contract getekend. Gent werkt met een korte intake en een tweede gesprek na drie weken.")
    P(doc, "Iedereen is het eens dat de noden van de cliënt centraal moeten staan en niet het aanbod. Samira "
           "bezorgt de intakefiche van Antwerpen aan Hilde en Nadia, zodat ze die kunnen vergelijken met hun "
           "eigen fiche.")
    P(doc, "Discussie over wie de balans goedkeurt: in Antwerpen de teamverantwoordelijke, in Gent de "
           "coördinator. Charleroi laat dit aan het team zelf. Als de balans onvolledig is, gaat ze terug naar "
           "de maatschappelijk werker.", after=10)

    P(doc, R("4) Tevredenheidsenquête", b=True), after=2)
    P(doc, "De vragenlijst blijft een struikelblok. Woorden als 'relevantie' of 'doelstelling' zijn voor veel "
           "deelnemers onbegrijpelijk, ook in vertaling. Hilde en Youssef maken een korte lijst van de 'moeilijke "
           "woorden' in de enquête, met een voorstel van eenvoudiger alternatieven.")
    P(doc, "Het POD bekijkt of de enquête ook in het Tigrinya en het Dari kan. We beslissen om de enquête "
           "voorlopig niet te wijzigen tot de vertaling klaar is.", after=10)

    P(doc, R("5) Varia", b=True), after=2)
    P(doc, "Het zou fijn zijn mocht er eens een gezamenlijke uitstap komen voor deelnemers van verschillende "
           "OCMW's (voorstel Karim). Gent heeft de nieuwe folder al verspreid bij de sociale diensten.", after=10)

    P(doc, R("Afspraken", b=True), after=2)
    for line in ["- intakefiche Antwerpen doorsturen naar Gent en Luik (Samira) – zie punt 3",
                 "- Ann: stuurt de cijfers van Edegem door vóór de volgende vergadering",
                 "- Alle OCMW's sturen hun weekplanning naar Pieter vóór eind april"]:
        P(doc, line, after=0, indent=0.4)
    P(doc, "Volgende bijeenkomst: in juni bij OCMW Gent, datum volgt via mail.", before=10)
    P(doc, R("KJ", i=True), align=RIGHT)
    save(doc, "418_netwerkmoment_antwerpen_maart2018.docx")


# ---------------------------------------------------------------------------
# 419 - Fatima Ouali (CPAS Charleroi), e-mail summary pasted into Word, Dec 2019
# ---------------------------------------------------------------------------
def r419():
    doc = new_doc("Calibri", 11, author="Ouali Fatima", title="RE: Réunion FAMI du 12/12",
                  created=datetime.datetime(2019, 12, 16, 11, 50))
    for lab, val in [("De : ", "Ouali Fatima <fatima.ouali@cpascharleroi.be>"),
                     ("Envoyé : ", "lundi 16 décembre 2019 11:42"),
                     ("À : ", "Delvaux Anne-Sophie; Van Damme Pieter; Verstraete Hilde; De Smet Bram; Benali Nadia; "
                              "Renard Christophe; Gilson Mélanie; Peeters Els; Bouzid Samira; Stas Véronique; "
                              "Haddad Karim; Lejeune Murielle"),
                     ("Cc : ", "Lambot Grégory; Devos Aurélie"),
                     ("Objet : ", "Réunion FAMI du 12/12 – petit résumé + à faire")]:
        P(doc, [R(lab, b=True), val], after=0)
    P(doc, "")
    P(doc, "Bonjour à toutes et à tous,")
    P(doc, "Comme promis, voici un petit résumé de notre rencontre de jeudi dernier (12 décembre) au Service "
           "Action Migrants. Merci encore d'être venus jusqu'à Charleroi malgré la pluie et les travaux autour "
           "de la gare !")
    P(doc, "Présents (d'après la feuille de présence) : Anne-Sophie Delvaux (SPP), Pieter Van Damme (POD), "
           "Hilde Verstraete, Bram De Smet (Gand), Nadia Benali, Christophe Renard, Mélanie Gilson (Liège), "
           "Els Peeters (Anvers), Véronique Stas (Bruxelles), Murielle Lejeune (Binche), Fatima Ouali, "
           "Grégory Lambot, Aurélie Devos (Charleroi).")
    P(doc, "Excusés : Karim (Bruxelles) et Samira (Anvers).")
    P(doc, "Pour rappel, nous avions à l'ordre du jour :", after=0)
    for line in ["- 10h00 : accueil et café",
                 "- 10h30 : le recrutement, de la liste au module (présentation Charleroi)",
                 "- 11h30 : les feuilles de présence et la ponctualité",
                 "- 12h30 : lunch",
                 "- 13h30 : planning 2020 et divers"]:
        P(doc, line, after=0)
    P(doc, "")
    P(doc, R("RECRUTEMENT", b=True))
    P(doc, "Grégory a présenté notre « entonnoir » pour le module 5 : 840 personnes repérées avec l'observatoire "
           "local, 260 retenues par les AS, 81 présentes aux deux séances d'information (31 %) et finalement 58 "
           "inscrites. C'est un peu mieux que l'an passé grâce aux appels téléphoniques de rappel la veille.")
    P(doc, "Discussion : Gand et Anvers ne font pas de listing en masse, ils travaillent au cas par cas avec les "
           "maatschappelijk werkers. Liège est entre les deux. Tout le monde trouve intéressant de comparer les "
           "chiffres, à condition de compter de la même façon (personnes listées / invitées / venues / inscrites).")
    P(doc, "Nous avons convenu de ne plus envoyer de rappels par courrier, seulement par téléphone ou SMS.")
    P(doc, R("PRÉSENCES ET PONCTUALITÉ", b=True))
    P(doc, "Liège utilise une feuille par séance, signée par le participant, et calcule un taux de présence par "
           "mois ; en dessous de 80 %, l'AS est prévenu(e). Gand note aussi les retards de plus de 15 minutes. "
           "Bruxelles n'a pas encore de système commun.")
    P(doc, "Beaucoup d'absences s'expliquent par des rendez-vous médicaux, des convocations (Office des "
           "étrangers, ONEM, école des enfants) ou la garde des enfants. On est d'accord qu'il ne faut pas "
           "sanctionner trop vite : mieux vaut un entretien avec la personne et son AS.")
    P(doc, R("PLANNING 2020", b=True))
    P(doc, "Anne-Sophie a rappelé que la période actuelle du FAMI se termine et que le SPP attend encore des "
           "nouvelles pour la suite. Les projets continuent normalement jusqu'en juin 2020 au moins. Pieter "
           "rappelle la règle : les pièces justificatives (feuilles de présence, contrats, enquêtes) sont "
           "conservées cinq ans après le dernier paiement.")
    P(doc, "Chaque CPAS a donné une idée de ses modules pour le printemps : Liège relance l'atelier créatif en "
           "février, Gand ouvre un deuxième groupe le mercredi, Charleroi et Binche gardent le même rythme.")
    P(doc, "NB : chiffres de Bruxelles à suivre.")
    P(doc, R("À FAIRE", b=True))
    for line in ["- Nadia : envoie le modèle de feuille de présence de Liège à tout le monde",
                 "- le SPP va vérifier ce qui est prévu pour la prolongation des projets après juin 2020",
                 "- chaque CPAS va compléter le tableau « entonnoir » (listés / invités / venus / inscrits) pour "
                 "fin janvier",
                 "- Els et Véronique préparent ensemble un petit échange sur les contrats pour la prochaine fois",
                 "- traduction du dépliant en turc : à définir"]:
        P(doc, line, after=0)
    P(doc, "(déjà fait : la présentation de Grégory est sur le SharePoint du réseau)", before=4)
    P(doc, "Prochaine rencontre : le mardi 17 mars 2020 à Gand (à confirmer).")
    P(doc, "Bonne fin d'année à tous !")
    P(doc, "Bien à vous,", after=0)
    P(doc, R("Fatima Ouali", b=True), after=0)
    P(doc, R("Coordinatrice – Service Action Migrants", size=9, color=GREY), after=0)
    P(doc, R("CPAS de Charleroi", size=9, color=GREY))
    P(doc, "")
    P(doc, "-----Message d'origine-----", after=0)
    for lab, val in [("De : ", "Van Damme Pieter"),
                     ("Envoyé : ", "vendredi 29 novembre 2019 09:15"),
                     ("À : ", "Ouali Fatima; Delvaux Anne-Sophie; Verstraete Hilde; Benali Nadia; Peeters Els; "
                              "Stas Véronique"),
                     ("Objet : ", "Réunion FAMI du 12/12")]:
        P(doc, [R(lab, b=True), val], after=0)
    P(doc, "")
    P(doc, "Chers collègues,")
    P(doc, "Je vous confirme notre réunion du jeudi 12 décembre à Charleroi, de 10h00 à 15h00, au Service Action "
           "Migrants (rez-de-chaussée). Parking possible derrière le bâtiment.")
    P(doc, "Bien à vous,", after=0)
    P(doc, "Pieter")
    save(doc, "419_resume_mail_charleroi_dec2019.docx")


# ---------------------------------------------------------------------------
# 420 - Pieter Van Damme (POD MI), short online check-in, April 2020
# ---------------------------------------------------------------------------
def r420():
    doc = new_doc("Calibri", 11, author="Van Damme Pieter", title="Check-in AMIF",
                  created=datetime.datetime(2020, 4, 21, 11, 20))
    heading_look(doc, "Heading 1", size=16, color=BLUE)
    heading_look(doc, "Heading 2", size=12, color=BLUE)
    header_footer(doc, footer="POD MI – intern – check-in 21/04/2020", page="pagina")
    H(doc, "Korte check-in AMIF-netwerk", 1)
    P(doc, "dinsdag 21 april 2020 – 10u00 tot 11u00 – via Microsoft Teams", after=0)
    P(doc, "Verslag: Pieter Van Damme (POD MI)", after=8)
    rows = [["Naam", "Organisatie", ""],
            ["Pieter Van Damme", "POD MI", "aanwezig"],
            ["Anne-Sophie Delvaux", "SPP IS", "aanwezig"],
            ["Hilde Verstraete", "OCMW Gent", "aanwezig"],
            ["Bram De Smet", "OCMW Gent", "verontschuldigd"],
            ["Nadia Benali", "CPAS Liège", "aanwezig"],
            ["Fatima Ouali", "CPAS Charleroi", "aanwezig"],
            ["Murielle Lejeune", "CPAS Binche", "verontschuldigd"],
            ["Els Peeters", "OCMW Antwerpen", "aanwezig"],
            ["Tom Claes", "OCMW Mortsel", "aanwezig"],
            ["Véronique Stas", "CPAS Bruxelles", "aanwezig (vanaf 10u20)"],
            ["Karim Haddad", "CPAS Bruxelles", "verontschuldigd"]]
    table(doc, rows, widths=[5.5, 5.0, 5.0], shade="DDEBF7", size=10)
    P(doc, "Geen vertolking vandaag: iedereen sprak in zijn eigen taal en dat ging vlot.", before=8)
    P(doc, R("Agenda", b=True), after=2)
    for line in ["10u00 – 10u10\tWelkom en technische check",
                 "10u10 – 10u40\tRondje: hoe gaat het met de projecten tijdens de lockdown?",
                 "10u40 – 10u55\tGroepsgrootte en digitale begeleiding",
                 "10u55 – 11u00\tAfspraken"]:
        P(doc, line, after=0)
    H(doc, "Rondje per OCMW", 2)
    for b in ["Gent: alle groepsactiviteiten liggen stil sinds 13 maart. De begeleiders bellen elke deelnemer "
              "minstens één keer per week. Hilde heeft een belscript gemaakt dat goed werkt.",
              "Luik: individuele opvolging per telefoon en WhatsApp. Zes deelnemers hebben een tablet van het OCMW "
              "geleend; de anderen hebben enkel een smartphone.",
              "Charleroi: het team werkt van thuis. Veel deelnemers hebben vragen over hun leefloon en over de "
              "school van de kinderen, minder over de modules.",
              "Antwerpen / Mortsel: de lessen Nederlands zijn gestopt. Tom meldt dat de twee deelnemers uit Mortsel "
              "telefonisch worden opgevolgd door hun maatschappelijk werker.",
              "Brussel: Véronique kwam later binnen (verbinding). Ze bevestigt dat de sociale dienst open blijft "
              "voor dringende gevallen."]:
        P(doc, b, style="List Bullet", after=2)
    P(doc, R("(aanvullingen Brussel volgen nog)", i=True, color=GREY))
    H(doc, "Groepsgrootte", 2)
    P(doc, "Niemand weet nog wanneer groepsactiviteiten opnieuw mogen. Als er versoepeld wordt, denken Charleroi "
           "en Luik aan 3 deelnemers + 1 begeleider per lokaal, Gent eerder aan 4 + 1 omdat hun lokalen groter "
           "zijn. Het zou handig zijn om later een overzicht te hebben van de regel per OCMW.")
    P(doc, "In Antwerpen denkt men aan lessen in twee shifts (voormiddag en namiddag), zodat evenveel deelnemers "
           "aan bod komen in kleinere groepen. Mortsel heeft geen geschikt lokaal en volgt wat Antwerpen beslist. "
           "Iedereen verwacht dat mondmaskers en handgel verplicht zullen zijn.")
    P(doc, "Nadia en Fatima stemmen de 3+1-regel af met hun preventiedienst.")
    H(doc, "Digitale begeleiding", 2)
    P(doc, "Digitale begeleiding werkt voor een deel van de deelnemers, maar veel mensen hebben geen computer, geen "
           "data of weinig digitale vaardigheden. Een groepsgesprek via video is voor de meesten geen optie. "
           "Bellen blijft de basis; sommige begeleiders sturen ook korte spraakberichten in de taal van de "
           "deelnemer, met hulp van een collega.")
    P(doc, "Anne-Sophie wijst erop dat WhatsApp niet ideaal is voor gevoelige gegevens (gezondheid, "
           "verblijfsstatuut). Elk OCMW blijft zelf verantwoordelijk voor de gegevens van zijn deelnemers en "
           "bepaalt welke kanalen aanvaardbaar zijn.")
    P(doc, "Beslist: de fysieke netwerkdag van juni wordt geannuleerd.")
    P(doc, "Luik heeft al tablets uitgeleend aan zes deelnemers (zie hoger).")
    H(doc, "Afspraken", 2)
    for b in ["Deel je voorbeeld van een belscript voor individuele opvolging (resp. Hilde)",
              "Bezorg het POD de aangepaste planning tot eind juni (resp. alle OCMW's)",
              "Vraag bij de Commissie na of online sessies meetellen als deelname (resp. POD)",
              "Zoek een gratis tool voor videobellen met deelnemers (resp. ?)"]:
        P(doc, b, style="List Bullet", after=2)
    H(doc, "Volgende check-in", 2)
    P(doc, "Dinsdag 19 mei 2020 om 10u, zelfde Teams-link.")
    P(doc, R("Blijf gezond!", i=True), before=8)
    save(doc, "420_checkin_teams_april2020.docx")


# ---------------------------------------------------------------------------
# 421 - Sarah Lemmens (POD MI) standing in for Pieter, Webex with interpreters, June 2021
# ---------------------------------------------------------------------------
def r421():
    doc = new_doc("Calibri", 10.5, author="Lemmens Sarah", title="Verslag AMIF-netwerk 10/06/2021",
                  created=datetime.datetime(2021, 6, 11, 14, 5))
    heading_look(doc, "Title", size=18, color=DARKBLUE)
    heading_look(doc, "Heading 2", size=12, color=DARKBLUE)
    header_footer(doc, header="POD MI – SPP IS | AMIF-netwerk – Réseau FAMI", page="pagina")
    doc.add_paragraph("Verslag bijeenkomst OCMW's – Rapport rencontre CPAS", style="Title")
    P(doc, R("10 juni 2021 – 10 juin 2021", b=True, size=12), align=CENTER, after=0)
    P(doc, "Online via Webex – En ligne via Webex", align=CENTER, after=8)
    P(doc, "Verslag / Rapport: Sarah Lemmens (ter vervanging van / en remplacement de Pieter Van Damme)", after=4)
    P(doc, "Simultaanvertaling NL-FR door Dominique Kervyn en Geert Hofman (kanaal 1: NL, kanaal 2: FR). / "
           "Interprétation simultanée NL-FR par Dominique Kervyn et Geert Hofman (canal 1 : NL, canal 2 : FR).",
      after=8)
    P(doc, R("Aanwezig / Présents", b=True), after=2)
    for name, org in [("Sarah Lemmens", "POD MI / SPP IS"),
                      ("Anne-Sophie Delvaux", "SPP IS / POD MI"),
                      ("Hilde Verstraete", "OCMW Gent / CPAS Gand"),
                      ("Lotte Vanhove", "OCMW Gent / CPAS Gand"),
                      ("Nadia Benali", "OCMW Luik / CPAS Liège"),
                      ("Mélanie Gilson", "OCMW Luik / CPAS Liège"),
                      ("Fatima Ouali", "CPAS Charleroi"),
                      ("Cédric Mahieu", "CPAS Binche"),
                      ("Els Peeters", "OCMW Antwerpen / CPAS Anvers"),
                      ("Leen Mertens", "OCMW Mortsel"),
                      ("Karim Haddad", "CPAS Bruxelles / OCMW Brussel"),
                      ("Dominique Kervyn, Geert Hofman", "tolken / interprètes")]:
        p = P(doc, name + "\t" + org, after=0)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(6.5))
    P(doc, R("Verontschuldigd / Excusés", b=True), before=6, after=2)
    for name, org in [("Pieter Van Damme", "POD MI (verlof / congé)"),
                      ("Koen Janssens", "OCMW Antwerpen"),
                      ("Jan Verhoeven", "OCMW Schoten")]:
        p = P(doc, name + "\t" + org, after=0)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(6.5))
    P(doc, R("Agenda / Ordre du jour", b=True), before=8, after=2)
    table(doc, [["Uur / Heure", "Punt / Point"],
                ["09:30–09:45", "Welkom, technische afspraken / Accueil, consignes techniques"],
                ["09:45–10:45", "Heropstart groepsactiviteiten / Reprise des activités de groupe"],
                ["10:45–11:00", "Pauze / Pause"],
                ["11:00–11:45", "Nieuwe AMIF-periode 2021-2027 / Nouvelle période FAMI 2021-2027"],
                ["11:45–12:15", "Tevredenheidsenquête: stand van zaken / Enquête de satisfaction : état des lieux"],
                ["12:15–12:30", "Afspraken en volgende bijeenkomst / Actions et prochaine réunion"]],
          widths=[3.0, 13.0], shade="D9E2F3", size=10)

    def fr(text):
        P(doc, R(text, i=True, color=RGBColor(0x40, 0x40, 0x40)))

    H(doc, "A. Welkom / Accueil", 2)
    P(doc, "Sarah verwelkomt iedereen en legt uit dat ze het verslag opmaakt omdat Pieter met verlof is. Ze "
           "herinnert aan de Webex-afspraken: microfoon uit als je niet spreekt, kies het juiste tolkkanaal, en "
           "gebruik de chat voor technische vragen.")
    fr("Sarah accueille les participants et explique qu'elle rédige le rapport en l'absence de Pieter, en congé. "
       "Elle rappelle les consignes Webex : micro coupé quand on ne parle pas, choisir le bon canal "
       "d'interprétation et utiliser le chat pour les questions techniques.")
    H(doc, "B. Heropstart groepsactiviteiten / Reprise des activités de groupe", 2)
    P(doc, "Sinds 9 juni mogen groepsactiviteiten opnieuw met meer deelnemers. De OCMW's passen de regels "
           "verschillend toe:", after=2)
    for b in ["Gent: 4 deelnemers + 1 begeleider per lokaal, vanaf september wellicht 6 + 1;",
              "Luik en Charleroi: nog 3 + 1, omdat de lokalen klein zijn;",
              "Binche: geen groepen tot na de zomer, enkel individuele opvolging;",
              "Antwerpen en Mortsel: groepen van 6 + 1 in de grote zaal, met mondmasker."]:
        P(doc, b, style="List Bullet", after=0)
    P(doc, "Nadia en Fatima schrijven samen een korte nota over de 3+1-regel, zodat de andere OCMW's weten "
           "waarom zij strenger blijven.", before=6)
    fr("Depuis le 9 juin, les activités de groupe peuvent reprendre avec davantage de participants. Les CPAS "
       "appliquent les règles de manière différente : Gand 4 + 1, Liège et Charleroi encore 3 + 1, Binche "
       "uniquement en individuel jusqu'à la rentrée, Anvers et Mortsel 6 + 1. Nadia et Fatima rédigent ensemble "
       "une courte note sur la règle 3 + 1.")
    H(doc, "C. Nieuwe AMIF-periode 2021-2027 / Nouvelle période FAMI 2021-2027", 2)
    P(doc, "Anne-Sophie stelt de nieuwe AMIF-verordening voor (Verordening (EU) 2021/1147). Projecten worden "
           "voortaan gemeten met gemeenschappelijke output- en resultaatindicatoren: het aantal deelnemers aan "
           "ondersteunende activiteiten (taalcursus, inburgering, persoonlijke begeleiding), het aantal "
           "deelnemers aan een taalcursus dat minstens één ERK-niveau is gestegen, en het aantal deelnemers dat "
           "zegt dat de activiteit hun integratie heeft geholpen. België moet die cijfers jaarlijks "
           "rapporteren; het POD verzamelt ze bij de OCMW's.")
    P(doc, R("[Pieter: aub aanvullen met de cijfers van het eerste kwartaal]", b=True, color=RED))
    P(doc, "Pieter heeft de nieuwe projectfiches al goedgekeurd. / Pieter a déjà approuvé les nouvelles fiches "
           "projet.")
    fr("Anne-Sophie présente le nouveau règlement FAMI (règlement (UE) 2021/1147) et les indicateurs communs de "
       "réalisation et de résultat : participants aux activités de soutien, participants à un cours de langue "
       "ayant progressé d'au moins un niveau du CECR, participants qui estiment que l'activité a aidé leur "
       "intégration. La Belgique les rapporte chaque année ; le SPP les collecte auprès des CPAS.")
    H(doc, "D. Tevredenheidsenquête / Enquête de satisfaction", 2)
    P(doc, "Gent heeft de enquête herschreven in eenvoudige taal, met pictogrammen. Een eerste test met 12 "
           "deelnemers was positief: de meesten konden de vragen zelfstandig invullen. De Arabische vertaling "
           "is klaar. Lotte merkt op dat vooral de vraag over 'integratie' "
           "moeilijk blijft.")
    fr("Gand a réécrit l'enquête en langage simple, avec des pictogrammes. Un premier test avec 12 participants "
       "est positif : la plupart ont pu répondre seuls. La traduction arabe est prête.")
    H(doc, "E. Afspraken / Actions", 2)
    for b in ["Sarah stuurt de lijst met gemeenschappelijke indicatoren door naar alle OCMW's. / Sarah envoie la "
              "liste des indicateurs communs à tous les CPAS.",
              "Het OCMW van Gent deelt zijn aangepaste enquête met pictogrammen. / Le CPAS de Gand partage son "
              "enquête adaptée avec pictogrammes.",
              "Alle OCMW's bezorgen vóór 30 juni hun aantal deelnemers per module. / Tous les CPAS communiquent "
              "avant le 30 juin leur nombre de participants par module.",
              "Nalezen van de Arabische vertaling van de enquête – wie: nog te bepalen. / Relecture de la "
              "traduction arabe de l'enquête – qui : à définir.",
              "(De nota over de 3+1-regel: zie punt B. / La note sur la règle 3 + 1 : voir point B.)"]:
        P(doc, b, style="List Bullet", after=2)
    H(doc, "F. Volgende bijeenkomst / Prochaine réunion", 2)
    P(doc, "Donderdag 14 oktober 2021 in Luik, onder voorbehoud. / Jeudi 14 octobre 2021 à Liège, sous réserve.")
    P(doc, "Beslissing: de bijeenkomst in het najaar gaat fysiek door als de maatregelen het toelaten. / "
           "Décision : la réunion d'automne aura lieu en présentiel si les mesures le permettent.")
    save(doc, "421_bijeenkomst_webex_juni2021.docx")


# ---------------------------------------------------------------------------
# 422 - Philippe Dethier (chef de service, CPAS Charleroi), decision-and-task list, Sept 2022
# ---------------------------------------------------------------------------
def r422():
    doc = new_doc("Verdana", 9.5, author="Dethier Philippe", title="Relevé de décisions",
                  created=datetime.datetime(2022, 9, 27, 8, 30))
    heading_look(doc, "Heading 1", size=11, color=RGBColor(0x7F, 0x00, 0x00), font="Verdana")
    header_footer(doc, header="CPAS de Charleroi – Service Action Migrants\t\tDocument interne",
                  footer="PD/fo – 27/09/2022", page="page")
    P(doc, R("RELEVÉ DE DÉCISIONS ET D'ACTIONS", b=True, size=13), after=2)
    P(doc, R("Réunion de suivi FAMI Charleroi – Binche / SPP IS", b=True), after=0)
    P(doc, "Lundi 26 septembre 2022, 14h00 – 16h00 – CPAS de Charleroi, salle du 3e étage", after=0)
    P(doc, "Rédaction : Philippe Dethier, chef de service", after=8)
    P(doc, R("Présents :", b=True), after=0)
    P(doc, "Philippe Dethier (PD), Fatima Ouali (FO), Aurélie Devos (AD) – CPAS de Charleroi ; Cédric Mahieu "
           "(CM) – CPAS de Binche ; Anne-Sophie Delvaux (ASD), Julie Collignon (JC) – SPP IS", after=2)
    P(doc, "Excusé : Grégory Lambot (GL), CPAS de Charleroi (congé)", after=2)
    P(doc, R("JC a suivi la réunion via Teams depuis Bruxelles.", i=True), after=2)
    P(doc, "Objet : faire le point sur le module 2021-2022 et préparer le démarrage d'octobre.", after=8)

    H(doc, "1. Contexte", 1)
    P(doc, "Le module 2021-2022 s'est terminé le 24 juin avec 41 participants (Charleroi 32, Binche 9). Le taux "
           "de présence moyen était de 74 %, avec une nette baisse en mai (ramadan, rendez-vous administratifs). "
           "Le SPP souhaite que les indicateurs communs du premier semestre 2022 soient transmis rapidement ; "
           "Binche a pris du retard suite au départ de son AS en mai.")
    P(doc, "Le programme d'octobre reprend les trois axes habituels : coaching individuel tous les quinze jours, "
           "ateliers découvertes hebdomadaires (informatique, carton, sport) et séances d'information « se "
           "débrouiller en Belgique » le jeudi. Les cours de FLE restent financés par le PCS et ne font pas "
           "partie du projet FAMI. FO signale que les participants demandent des horaires plus stables : en "
           "2021-2022, plusieurs ateliers ont été déplacés au dernier moment.")
    P(doc, "ASD rappelle que chaque CPAS reste responsable des données personnelles de ses participants : le SPP "
           "ne reçoit que des chiffres agrégés, jamais de listes nominatives. Les participants de Binche qui "
           "suivent un atelier à Charleroi restent des participants du CPAS de Binche.")
    H(doc, "2. Décisions", 1)
    table(doc, [["N°", "Décision"],
                ["D1", "Le module d'octobre démarre le 17/10/2022 avec 12 participants maximum par groupe."],
                ["D2", "La règle « 6 + 1 » n'est plus appliquée ; les groupes reviennent à leur taille normale."],
                ["D3", "Les participants de Binche rejoignent l'atelier informatique de Charleroi le jeudi "
                       "(transport pris en charge par le CPAS de Binche)."],
                ["D4", "Les enquêtes de satisfaction se font désormais oralement, avec un médiateur, pour les "
                       "personnes peu alphabétisées."],
                ["D5", "La fiche projet est adaptée pour la partie coûts : 3 ETP + 2 × 0,5 ETP."]],
          widths=[1.2, 15.0], shade="F2DCDB")
    P(doc, "", after=2)
    H(doc, "3. Actions", 1)
    table(doc, [["N°", "Action", "Qui", "Pour le"],
                ["A1", "Mettre à jour la fiche projet (partie coûts et partenaires)", "FO", "14/10"],
                ["A2", "Transmettre au SPP les indicateurs du 1er semestre 2022", "CPAS de Binche", "07/10"],
                ["A3", "Organiser deux séances d'information pour le module d'octobre", "AD + GL", "30/09"],
                ["A4", "Envoyer le nouveau modèle de rapport annuel", "SPP", "03/10"],
                ["A5", "Vérifier la durée de conservation des dossiers papier (5 ans après le dernier paiement)",
                 "?", "–"],
                ["A6", "Chaque CPAS désigne un référent RGPD pour le projet", "tous", "31/10"],
                ["A7", "PD présente le projet au Comité spécial du service social", "PD", "novembre"]],
          widths=[1.2, 10.3, 2.8, 2.0], shade="F2DCDB")
    P(doc, "", after=2)
    H(doc, "4. Points en suspens", 1)
    for b in ["Transport des participants de Binche le vendredi : pas de solution pour l'instant.",
              "Accès du SPP aux listes nominatives : refusé, voir point 1.",
              "Prolongation du contrat de l'animatrice informatique au-delà de juin 2023 : en attente du budget.",
              "Garderie pendant les ateliers du matin : piste d'une collaboration avec la crèche du CPAS."]:
        P(doc, b, style="List Bullet", after=0)
    H(doc, "5. Prochaine réunion", 1)
    P(doc, "Lundi 28 novembre 2022 à 14h00, CPAS de Binche.")
    H(doc, "Annexe : chiffres de recrutement", 1)
    table(doc, [["Module 2022-2023 (au 26/09)", "Charleroi", "Binche"],
                ["Personnes proposées par les AS", "214", "31"],
                ["Invitées à la séance d'information", "214", "31"],
                ["Présentes", "66", "12"],
                ["Inscrites", "38", "9"]],
          widths=[8.0, 3.5, 3.5], shade="F2DCDB")
    P(doc, R("Chiffres de septembre : XXX (en attente du service encodage)", color=RED), before=6)
    P(doc, R("Diffusion : participants + Direction de l'action sociale", size=8, color=GREY), before=10)
    save(doc, "422_releve_decisions_charleroi_binche_2022.docx")


# ---------------------------------------------------------------------------
# 423 - Leen Mertens (OCMW Mortsel), hybrid meeting hosted by partner Mortsel, Nov 2023
# ---------------------------------------------------------------------------
def r423():
    doc = new_doc("Calibri", 11, author="Mertens Leen", title="Verslag AMIF-netwerk",
                  created=datetime.datetime(2023, 11, 20, 9, 0))
    heading_look(doc, "Title", size=20, color=RGBColor(0x00, 0x70, 0x60))
    heading_look(doc, "Heading 1", size=13, color=RGBColor(0x00, 0x70, 0x60))
    heading_look(doc, "Heading 2", size=11, color=RGBColor(0x00, 0x70, 0x60))
    heading_look(doc, "Heading 3", size=11, color=RGBColor(0x40, 0x40, 0x40), italic=True)
    header_footer(doc, header="OCMW Mortsel – Sociaal Huis", footer="Verslag AMIF-netwerk 16.11.2023", page="p")
    doc.add_paragraph("Verslag AMIF-netwerkvergadering", style="Title")
    P(doc, R("Donderdag 16 november 2023, 13.30 – 16.30 u.", b=True), after=0)
    P(doc, "Hybride: Sociaal Huis Mortsel en via Microsoft Teams", after=0)
    P(doc, "Verslaggever: Leen Mertens (OCMW Mortsel)", after=8)
    P(doc, R("Aanwezigen", b=True), after=2)
    P(doc, [R("Ter plaatse: ", i=True),
            "Leen Mertens (OCMW Mortsel); Tom Claes (OCMW Mortsel); Ann Wouters (OCMW Edegem); Jan Verhoeven "
            "(OCMW Schoten); Els Peeters (OCMW Antwerpen); Samira Bouzid (OCMW Antwerpen; Sarah Lemmens "
            "(POD MI); Lotte Vanhove (OCMW Gent)"], after=2)
    P(doc, [R("Online: ", i=True),
            "Julie Collignon (POD MI/SPP IS); Dirk Lauwers (OCMW Brussel); Hilde Verstraete (OCMW Gent)"], after=2)
    P(doc, [R("Verontschuldigd: ", i=True),
            "Koen Janssens (OCMW Antwerpen); Thomas Piron (OCMW Luik); Fatima Ouali (OCMW Charleroi); "
            "Cédric Mahieu (OCMW Binche)"], after=6)
    P(doc, "Er was geen vertolking voorzien; de vergadering verliep in het Nederlands. De Franstalige collega's "
           "kregen de slides vooraf in het Frans.", after=8)
    P(doc, R("Agenda", b=True), after=2)
    for line in ["13.30 – 13.45 u.: Welkom door OCMW Mortsel",
                 "13.45 – 14.30 u.: Het partnerproject van Mortsel, Edegem en Schoten",
                 "14.30 – 15.15 u.: Gemeenschappelijke indicatoren 2023: eerste cijfers",
                 "15.15 – 15.30 u.: Pauze",
                 "15.30 – 16.15 u.: Bewaartermijnen en privacy (GDPR)",
                 "16.15 – 16.30 u.: Rondvraag en afspraken"]:
        P(doc, line, after=0, indent=0.5)

    H(doc, "1. Welkom", 1)
    P(doc, "Tom Claes verwelkomt de deelnemers in het Sociaal Huis. Het is de eerste keer dat een partner-OCMW "
           "het netwerk ontvangt. Na een korte rondleiding start de vergadering om 13.50 u. De verbinding met "
           "Teams loopt via de camera van de vergaderzaal; de online deelnemers melden dat het geluid in het "
           "begin slecht is, daarna gaat het beter.")
    H(doc, "2. Het partnerproject van de kleine OCMW's", 1)
    H(doc, "2.1 Mortsel", 2)
    P(doc, "Mortsel heeft sinds 2018 in totaal 23 deelnemers naar de Antwerpse modules toegeleid. Sinds dit jaar "
           "is er ook een eigen groep sociale activering in het Sociaal Huis, elke dinsdagvoormiddag, met 7 vaste "
           "deelnemers. De maatschappelijk werkers doen zelf de intake en gebruiken de oriëntatiebalans van "
           "Antwerpen.")
    H(doc, "2.2 Edegem en Schoten", 2)
    P(doc, "Edegem en Schoten blijven doorverwijzen naar Antwerpen. Ann stelt vast dat de verplaatsing nog altijd "
           "de grootste drempel is. Edegem heeft de folder al vertaald in het Arabisch en het Oekraïens. Schoten "
           "merkt dat veel deelnemers afhaken wanneer het uurrooster verandert zonder dat ze verwittigd worden.")
    P(doc, "Samira en Jan werken samen een doorverwijsprocedure uit voor de sociale diensten van de "
           "partner-OCMW's, zodat de wachttijd tussen doorverwijzing en intake korter wordt.")
    P(doc, R("[slides Edegem nog toevoegen als bijlage]", i=True, color=BLUE))
    H(doc, "3. Gemeenschappelijke indicatoren", 1)
    P(doc, "Sarah overloopt de eerste cijfers voor 2023. De OCMW's tellen nog niet allemaal op dezelfde manier, "
           "vooral bij 'deelnemers aan een taalcursus' en 'persoonlijke begeleiding'. Ook de vraag of de "
           "activiteit hun integratie heeft geholpen wordt nog niet overal gesteld.")
    H(doc, "Wat loopt goed:", 3)
    for b in ["de meeste OCMW's leveren hun cijfers op tijd;",
              "de nieuwe sjabloon van het POD is duidelijker dan vroeger."]:
        P(doc, b, style="List Bullet", after=0)
    H(doc, "Werkpunten:", 3)
    for b in ["dezelfde definities gebruiken (wie telt als deelnemer?);",
              "het stijgen van één ERK-niveau wordt enkel gemeten in Gent en Antwerpen;",
              "de vraag over integratie moet in eenvoudige taal."]:
        P(doc, b, style="List Bullet", after=0)
    H(doc, "4. Bewaartermijnen en privacy", 1)
    P(doc, "Julie legt uit dat documenten van een AMIF-project vijf jaar bewaard moeten worden vanaf 31 december "
           "van het jaar van de laatste betaling (Verordening (EU) 2021/1060, artikel 82). Persoonsgegevens mogen "
           "niet langer bewaard worden dan nodig (AVG, artikel 5). Elk OCMW blijft eigenaar van de gegevens van "
           "zijn eigen deelnemers; het POD krijgt enkel geanonimiseerde cijfers.")
    P(doc, "Een deelnemer mag altijd vragen om alles te zien wat over hem of haar bewaard wordt. Dirk vraagt hoe "
           "dat praktisch moet als de gegevens in verschillende systemen zitten. Het netwerk is het erover eens "
           "dat een gemeenschappelijk toestemmingsformulier nuttig zou zijn.")
    P(doc, "De lijst met bewaartermijnen wordt tegen eind december bezorgd door het POD.")
    H(doc, "5. Rondvraag", 1)
    P(doc, "Lotte meldt dat Gent in 2024 graag een netwerkdag organiseert. Hilde (online) vraagt of de "
           "tevredenheidsenquête ook in het Oekraïens kan; Edegem heeft die vertaling vorige maand al gemaakt.")
    H(doc, "6. Actiepunten", 1)
    table(doc, [["Actie", "Wie", "Tegen"],
                ["Indicatorentabel 2023 aanvullen (taalcursus, inburgering, begeleiding)", "alle OCMW's",
                 "15/01/2024"],
                ["Voorbeeld van toestemmingsformulier delen", "Tom Claes", "15/12/2023"],
                ["Lijst bewaartermijnen bezorgen", "POD MI", "eind december"],
                ["Tevredenheidsenquête testen met een groep in Edegem", "OCMW Edegem", "februari 2024"],
                ["Uitnodiging netwerkdag 2024 opmaken", "nog te bepalen", "–"],
                ["Doorverwijsprocedure partner-OCMW's", "Samira / Jan", "maart 2024"]],
          widths=[9.5, 3.5, 3.0], shade="E2EFD9")
    H(doc, "7. Volgende vergadering", 1)
    P(doc, "Voorjaar 2024, vermoedelijk in Brussel (datum via Doodle).")
    save(doc, "423_hybride_mortsel_nov2023.docx")


# ---------------------------------------------------------------------------
# 424 - Julie Collignon (SPP IS), formal procès-verbal / proces-verbaal, May 2024
# ---------------------------------------------------------------------------
def r424():
    doc = new_doc("Times New Roman", 11, author="Collignon Julie", title="PV réseau FAMI 14.05.2024",
                  created=datetime.datetime(2024, 5, 21, 10, 0))
    header_footer(doc, header="SPP Intégration sociale – POD Maatschappelijke Integratie",
                  footer="PV réseau FAMI / AMIF-netwerk 14.05.2024 – approuvé le 17.10.2024", page="p_of",
                  header_align=CENTER, footer_align=CENTER)
    P(doc, R("Vers une politique de migration plus intégrée, grâce au FAMI – Naar een geïntegreerd "
             "migratiebeleid, dankzij het AMIF", i=True, size=9), align=CENTER, after=10)
    P(doc, R("PROCÈS-VERBAL – PROCES-VERBAAL", b=True, size=15), align=CENTER, after=2)
    P(doc, "Réunion du réseau FAMI des CPAS – Vergadering van het AMIF-netwerk van de OCMW’s", align=CENTER, after=2)
    P(doc, "Mardi 14 mai 2024, 10h00 – 15h30 – Dinsdag 14 mei 2024, 10u00 – 15u30", align=CENTER, after=2)
    P(doc, "SPP Intégration sociale, Bruxelles – POD Maatschappelijke Integratie, Brussel", align=CENTER, after=10)
    P(doc, "Interprétation simultanée assurée en cabine par Mmes Dominique Kervyn et Nathalie Goffin. / "
           "Simultaanvertaling vanuit de tolkcabine door mevr. Dominique Kervyn en mevr. Nathalie Goffin.",
      align=WD_ALIGN_PARAGRAPH.JUSTIFY, after=8)
    P(doc, R("Présents – Aanwezig", b=True), after=2)
    table(doc, [["Nom – Naam", "Organisation – Organisatie"],
                ["Sarah Lemmens (présidente – voorzitter)", "SPP IS – POD MI"],
                ["Julie Collignon (secrétaire – secretaris)", "SPP IS – POD MI"],
                ["Hilde Verstraete", "CPAS de Gand – OCMW Gent"],
                ["Lotte Vanhove", "CPAS de Gand – OCMW Gent"],
                ["Thomas Piron", "CPAS de Liège – OCMW Luik"],
                ["Mélanie Gilson", "CPAS de Liège – OCMW Luik"],
                ["Fatima Ouali", "CPAS de Charleroi – OCMW Charleroi"],
                ["Cédric Mahieu", "CPAS de Binche – OCMW Binche"],
                ["Els Peeters", "CPAS d’Anvers – OCMW Antwerpen"],
                ["Koen Janssens", "CPAS d’Anvers – OCMW Antwerpen"],
                ["Ann Wouters", "CPAS d’Edegem – OCMW Edegem"],
                ["Karim Haddad", "CPAS de Bruxelles – OCMW Brussel"],
                ["Dirk Lauwers", "CPAS de Bruxelles – OCMW Brussel"],
                ["Dominique Kervyn", "interprète – tolk"],
                ["Nathalie Goffin", "interprète – tolk"]],
          widths=[7.5, 8.5], size=10)
    P(doc, [R("Excusés – Verontschuldigd : ", b=True),
            "Samira Bouzid (CPAS d’Anvers – OCMW Antwerpen), Tom Claes (CPAS de Mortsel – OCMW Mortsel), "
            "Aurélie Devos (CPAS de Charleroi – OCMW Charleroi)."], before=6, after=8)
    P(doc, R("Ordre du jour – Agenda", b=True), after=2)
    for line in ["1. Approbation du procès-verbal du 12 décembre 2023 – Goedkeuring van het proces-verbaal van "
                 "12 december 2023",
                 "2. Rapport annuel FAMI 2023 et indicateurs communs – Jaarverslag AMIF 2023 en gemeenschappelijke "
                 "indicatoren",
                 "3. Conservation des documents et RGPD – Bewaring van documenten en AVG",
                 "4. Tour de table des CPAS – Ronde van de OCMW’s",
                 "5. Décisions et actions – Beslissingen en acties",
                 "6. Prochaine réunion – Volgende vergadering"]:
        P(doc, line, after=0, indent=0.5, first=-0.5)
    P(doc, "", after=4)

    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"

    def head(text):
        row = t.add_row()
        c = row.cells[0].merge(row.cells[1])
        cell_write(c, R(text, b=True))
        set_shade(c, "E7E6E6")

    def pair(fr_pars, nl_pars):
        row = t.add_row()
        for cell, pars in ((row.cells[0], fr_pars), (row.cells[1], nl_pars)):
            for k, par in enumerate(pars):
                cell_write(cell, par, first=(k == 0))

    head("1. Approbation du procès-verbal – Goedkeuring van het proces-verbaal")
    pair(["Le procès-verbal de la réunion du 12 décembre 2023 est approuvé sans modification."],
         ["Het proces-verbaal van de vergadering van 12 december 2023 wordt zonder wijzigingen goedgekeurd."])
    head("2. Rapport annuel FAMI 2023 et indicateurs communs – Jaarverslag AMIF 2023 en gemeenschappelijke "
         "indicatoren")
    pair(["Mme Collignon présente la synthèse des indicateurs 2023 transmis par les CPAS. Au total, 412 "
          "participants ont pris part à des activités de soutien : 187 à un cours de langue, 226 à une orientation "
          "civique et 301 à un accompagnement professionnel personnalisé (un même participant peut être compté "
          "dans plusieurs catégories). 64 participants à un cours de langue ont progressé d’au moins un niveau du "
          "CECR. Parmi les 233 participants ayant répondu à la question, 81 % déclarent que l’activité a aidé leur "
          "intégration.",
          "Le rapport annuel doit être transmis à l’autorité responsable pour le 30 juin. Le SPP transmettra le "
          "modèle de rapport annuel aux CPAS le 31 mai au plus tard."],
         ["Mevr. Collignon stelt de synthese voor van de indicatoren 2023 die de OCMW’s hebben bezorgd. In totaal "
          "namen 412 deelnemers deel aan ondersteunende activiteiten: 187 aan een taalcursus, 226 aan inburgering "
          "en 301 aan persoonlijke professionele begeleiding (eenzelfde deelnemer kan in meerdere categorieën "
          "meetellen). 64 deelnemers aan een taalcursus zijn minstens één ERK-niveau gestegen. Van de 233 "
          "deelnemers die de vraag beantwoordden, zegt 81 % dat de activiteit hun integratie heeft geholpen.",
          "Het jaarverslag moet tegen 30 juni bij de verantwoordelijke autoriteit zijn. De POD bezorgt het "
          "sjabloon van het jaarverslag uiterlijk op 31 mei aan de OCMW’s."])
    head("3. Conservation des documents et RGPD – Bewaring van documenten en AVG")
    pair(["Le SPP rappelle que les documents d’une opération financée par le FAMI doivent être conservés pendant "
          "cinq ans à compter du 31 décembre de l’année du dernier paiement (règlement (UE) 2021/1060, article "
          "82). Les données personnelles ne peuvent être conservées plus longtemps que nécessaire (RGPD, article "
          "5, paragraphe 1er, e)) et toute personne peut demander à consulter l’ensemble des données la "
          "concernant (article 15).",
          "M. Lauwers demande comment concilier ces deux règles. Il est précisé que les pièces justificatives sont "
          "conservées, mais que les données qui ne sont plus nécessaires doivent être supprimées ou anonymisées."],
         ["De POD herinnert eraan dat de documenten van een door het AMIF gefinancierde concrete actie vijf jaar "
          "bewaard moeten worden vanaf 31 december van het jaar van de laatste betaling (Verordening (EU) "
          "2021/1060, artikel 82). Persoonsgegevens mogen niet langer bewaard worden dan nodig (AVG, artikel 5, "
          "lid 1, e)) en iedereen kan vragen om alle gegevens over zichzelf in te zien (artikel 15).",
          "Dhr. Lauwers vraagt hoe beide regels te verzoenen zijn. Er wordt verduidelijkt dat de "
          "bewijsstukken bewaard worden, maar dat gegevens die niet langer nodig zijn gewist of geanonimiseerd "
          "moeten worden."])
    head("4. Tour de table des CPAS – Ronde van de OCMW’s")
    pair(["Gand : 64 participants en 2023 ; liste d’attente de 11 personnes.",
          "Liège : nouveau local pour l’atelier créatif depuis mars.",
          "Charleroi et Binche : deux groupes de 12 participants, transport commun le jeudi.",
          "Anvers et partenaires : Edegem teste l’enquête simplifiée.",
          "Bruxelles : recrutement d’un médiateur interculturel (dari-pachto)."],
         ["Gent: 64 deelnemers in 2023; wachtlijst van 11 personen.",
          "Luik: nieuw lokaal voor het creatieve atelier sinds maart.",
          "Charleroi en Binche: twee groepen van 12 deelnemers, gezamenlijk vervoer op donderdag.",
          "Antwerpen en partners: Edegem test de vereenvoudigde enquête.",
          "Brussel: aanwerving van een intercultureel bemiddelaar (Dari-Pasjtoe)."])
    head("5. Décisions et actions – Beslissingen en acties")
    pair(["Le réseau décide d’organiser une journée réseau en 2025, à Gand.",
          "Le CPAS d’Anvers présentera son outil de suivi des présences lors de la prochaine réunion.",
          "Chaque CPAS vérifiera d’ici le 30 septembre que ses dossiers papier et électroniques respectent la "
          "durée de conservation.",
          "Mme Hilde Verstraete et M. Thomas Piron rédigeront une proposition de formulaire de consentement commun.",
          "La traduction de l’enquête de satisfaction en ukrainien sera confiée à un prestataire encore à désigner.",
          "Un rappel sera envoyé aux CPAS retardataires par Mme Julie Collignon."],
         ["Het netwerk beslist om in 2025 een netwerkdag te organiseren in Gent.",
          "Het OCMW Antwerpen stelt op de volgende vergadering zijn instrument voor de opvolging van de "
          "aanwezigheden voor.",
          "Elk OCMW gaat tegen 30 september na of zijn papieren en elektronische dossiers de bewaartermijn "
          "respecteren.",
          "Mevr. Hilde Verstraete en dhr. Thomas Piron schrijven een voorstel van gemeenschappelijk "
          "toestemmingsformulier.",
          "De vertaling van de tevredenheidsenquête in het Oekraïens wordt toevertrouwd aan een nog aan te "
          "duiden dienstverlener.",
          "Een herinnering wordt naar de OCMW’s die te laat zijn gestuurd door mevr. Julie Collignon."])
    head("6. Prochaine réunion – Volgende vergadering")
    pair(["La prochaine réunion se tiendra le jeudi 17 octobre 2024 à 10 heures au CPAS de Charleroi."],
         ["De volgende vergadering vindt plaats op donderdag 17 oktober 2024 om 10 uur in het OCMW van "
          "Charleroi."])
    for row in t.rows:
        row.cells[0].width = Cm(8.2)
        row.cells[-1].width = Cm(8.2)

    P(doc, "", after=4)
    P(doc, R("Le présent procès-verbal a été approuvé lors de la réunion du 17 octobre 2024. – Dit proces-verbaal "
             "werd goedgekeurd op de vergadering van 17 oktober 2024.", i=True), after=12)
    p = P(doc, "La secrétaire – De secretaris\tLa présidente – De voorzitter", after=0)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(9.5))
    p = P(doc, "Julie Collignon\tSarah Lemmens")
    p.paragraph_format.tab_stops.add_tab_stop(Cm(9.5))
    save(doc, "424_proces_verbal_bruxelles_mai2024.docx")


# ---------------------------------------------------------------------------
# 425 - Lotte Vanhove (OCMW Gent), network day with annexes, Oct 2025
# ---------------------------------------------------------------------------
def r425():
    doc = new_doc("Calibri", 10.5, author="Vanhove Lotte", title="Netwerkdag AMIF 2025",
                  created=datetime.datetime(2025, 10, 14, 15, 30))
    heading_look(doc, "Title", size=20, color=RGBColor(0x00, 0x5A, 0x9C))
    heading_look(doc, "Heading 1", size=13, color=RGBColor(0x00, 0x5A, 0x9C))
    heading_look(doc, "Heading 2", size=11, color=RGBColor(0x33, 0x33, 0x33))
    header_footer(doc, header="Netwerkdag AMIF – Journée réseau FAMI | Gent, 9 oktober 2025",
                  footer="OCMW Gent – Dienst Sociale Activering", page="pagina")
    doc.add_paragraph("Netwerkdag AMIF 2025 – Journée réseau FAMI 2025", style="Title")
    P(doc, R("Donderdag 9 oktober 2025 – jeudi 9 octobre 2025", b=True), after=0)
    P(doc, "Wijkcentrum De Wissel, Gent", after=0)
    P(doc, "Verslag: Lotte Vanhove (OCMW Gent) – traduction des passages FR : Hilde Verstraete", after=0)
    P(doc, "Deelnemerslijst: zie bijlage 1. / Liste des participants : voir annexe 1.", after=0)
    P(doc, "Tolken: Geert Hofman en Nathalie Goffin (cabine in de plenaire zaal, fluistertolken in de workshops). / "
           "Interprètes : Geert Hofman et Nathalie Goffin.", after=8)
    P(doc, R("Programma / Programme", b=True), after=2)
    table(doc, [["Uur / Heure", "Programma / Programme", "Zaal / Salle"],
                ["09.30 – 10.00", "Onthaal met koffie / Accueil café", "inkomhal"],
                ["10.00 – 10.30", "Opening door OCMW Gent en POD MI / Ouverture", "grote zaal"],
                ["10.30 – 12.00", "Workshops in drie groepen / Ateliers en trois groupes", "zalen 1–3"],
                ["12.00 – 13.00", "Lunch", "cafetaria"],
                ["13.00 – 14.00", "Getuigenissen van deelnemers / Témoignages de participants", "grote zaal"],
                ["14.00 – 15.00", "Brainstorm: het netwerk na 2027 / Brainstorming : le réseau après 2027",
                 "grote zaal"],
                ["15.00 – 15.30", "Conclusies en afsluiting / Conclusions et clôture", "grote zaal"]],
          widths=[2.8, 10.2, 3.0], shade="DEEAF6", size=10)

    def fr(text):
        P(doc, R(text, i=True, color=RGBColor(0x55, 0x55, 0x55)))

    H(doc, "Opening / Ouverture", 1)
    P(doc, "Hilde Verstraete heet iedereen welkom in Gent, tien jaar na de start van het netwerk. Sarah Lemmens "
           "(POD MI) blikt terug: vijf OCMW's, vier partner-OCMW's en meer dan 2.000 deelnemers sinds 2015. Ze "
           "herinnert eraan dat de huidige programmaperiode loopt tot 2027 en dat nog niet beslist is wat er "
           "daarna met het netwerk gebeurt.")
    fr("Hilde Verstraete souhaite la bienvenue à Gand, dix ans après le lancement du réseau. Sarah Lemmens "
       "rappelle que la période de programmation actuelle court jusqu'en 2027.")
    H(doc, "Workshops / Ateliers", 1)
    H(doc, "Workshop 1: Intake en oriëntatiebalans", 2)
    P(doc, "Begeleiding: Samira Bouzid en Christophe Renard. De groep vergelijkt de intakefiches van Antwerpen en "
           "Luik. Beide vertrekken van de noden van de deelnemer, maar Luik tekent drie contracten (met de "
           "maatschappelijk werker, met de intakemedewerker en met de moduleverantwoordelijke), Antwerpen één. "
           "De balans wordt in beide OCMW's goedgekeurd door een verantwoordelijke die ze kan terugsturen als ze "
           "onvolledig is.")
    H(doc, "Workshop 2: Werken met tolken en intercultureel bemiddelaars", 2)
    P(doc, "Begeleiding: Youssef El Amrani. Intercultureel bemiddelaars werken in Gent als sociaal tolk tijdens de "
           "intake en bij moeilijke gesprekken. Belangrijk: de bemiddelaar is geen familielid en geen andere "
           "deelnemer. Brussel zoekt nog een bemiddelaar Dari-Pasjtoe.")
    fr("Le CPAS de Bruxelles cherche toujours un médiateur dari-pachto. [à compléter par le CPAS de Bruxelles]")
    H(doc, "Workshop 3: De tevredenheidsenquête in eenvoudige taal", 2)
    P(doc, "Begeleiding: Els Peeters. De versie met pictogrammen wordt nu in vijf OCMW's gebruikt. Deelnemers "
           "vragen om de enquête mondeling te kunnen doen. Voorstel: de vragen ook als audio opnemen in de meest "
           "gesproken talen.")
    H(doc, "Getuigenissen / Témoignages", 1)
    P(doc, "Drie deelnemers (uit Gent, Charleroi en Mortsel) vertelden over hun traject. Op hun vraag worden hun "
           "namen niet opgenomen in het verslag. Wat blijft hangen: de groep als tweede familie, de schrik om "
           "Nederlands of Frans te spreken die verdwijnt, en het belang van één vaste begeleider.")
    fr("Trois participants ont témoigné de leur parcours ; à leur demande, leurs noms ne figurent pas dans le "
       "rapport.")
    H(doc, "Brainstorm: het netwerk na 2027 / Brainstorming : le réseau après 2027", 1)
    P(doc, "Resultaten van de brainstorm: zie bijlage 2. Kort samengevat:", after=2)
    for b in ["sterk: de uitwisseling tussen Nederlandstalige en Franstalige OCMW's, de netwerkdagen, het delen van "
              "fiches en sjablonen;",
              "te verbeteren: meer tijd voor praktijkvoorbeelden, minder presentaties, en een gedeelde map die "
              "iedereen echt gebruikt;",
              "wens: een netwerk dat ook na het einde van het AMIF-project blijft bestaan, eventueel met eigen "
              "middelen."]:
        P(doc, b, style="List Bullet", after=0)
    P(doc, "We kiezen ervoor om de workshops volgend jaar opnieuw in kleine groepen te doen.", before=6)
    P(doc, "Het OCMW Antwerpen heeft zijn checklist voor de intake al gedeeld (zie bijlage 2).")
    H(doc, "Conclusies en acties / Conclusions et actions", 1)
    for b in ["Een gemeenschappelijke woordenlijst in eenvoudige taal opstellen – wie: Lotte en Christophe",
              "De getuigenissen (met toestemming) bundelen in een brochure – wie: OCMW Gent",
              "Een voorstel voor het netwerk na 2027 voorleggen aan de Commissie – wie: POD MI",
              "Eén contactpersoon aanduiden voor de werkgroep enquête – wie: elk OCMW",
              "Zaal en datum voor de netwerkdag 2026 zoeken – wie: nog te bepalen"]:
        P(doc, b, style="List Bullet", after=2)
    fr("Les actions ci-dessus valent pour tous ; les CPAS francophones reçoivent la liste traduite par mail.")
    H(doc, "Volgende afspraak / Prochain rendez-vous", 1)
    P(doc, "De volgende netwerkvergadering vindt plaats op donderdag 12 februari 2026 in Luik. / La prochaine "
           "réunion du réseau aura lieu le jeudi 12 février 2026 à Liège.")
    page_break(doc)
    H(doc, "Bijlage 1 – Deelnemerslijst / Liste des participants", 1)
    ok = "✓"
    table(doc, [["Naam / Nom", "Organisatie / Organisation", "Aanwezig / Présent"],
                ["Lotte Vanhove", "OCMW Gent", ok],
                ["Hilde Verstraete", "OCMW Gent", ok],
                ["Youssef El Amrani", "OCMW Gent", ok],
                ["Sarah Lemmens", "POD MI", ok],
                ["Julie Collignon", "SPP IS", ok],
                ["Thomas Piron", "CPAS Liège", ok],
                ["Christophe Renard", "CPAS Liège", ok],
                ["Fatima Ouali", "CPAS Charleroi", ok],
                ["Cédric Mahieu", "CPAS Binche", ok],
                ["Els Peeters", "OCMW Antwerpen", ok],
                ["Samira Bouzid", "OCMW Antwerpen", ok],
                ["Jan Verhoeven", "OCMW Schoten", ok],
                ["Ann Wouters", "OCMW Edegem", "verontschuldigd / excusée"],
                ["Leen Mertens", "OCMW Mortsel", ok],
                ["Karim Haddad", "CPAS Bruxelles", ok],
                ["Dirk Lauwers", "OCMW Brussel", ok],
                ["Wim Dierckx", "Agentschap Integratie en Inburgering", ok],
                ["Geert Hofman", "tolk", ok],
                ["Nathalie Goffin", "interprète", ok],
                ["Mélanie Gilson", "CPAS Liège", "verontschuldigd / excusée"],
                ["Koen Janssens", "OCMW Antwerpen", "verontschuldigd / excusé"]],
          widths=[5.0, 7.0, 4.0], shade="DEEAF6", size=10)
    H(doc, "Bijlage 2 – Resultaten brainstorm / Résultats du brainstorming", 1)
    table(doc, [["Sterk / Points forts", "Te verbeteren / À améliorer"],
                ["uitwisseling NL–FR, altijd met tolken", "te veel presentaties, te weinig praktijk"],
                ["netwerkdagen in een ander OCMW", "gedeelde map wordt weinig gebruikt"],
                ["sjablonen en fiches die gedeeld worden (bv. checklist intake Antwerpen)",
                 "nieuwe collega's kennen het netwerk niet"],
                ["korte lijnen met het POD", "weinig tijd tussen twee bijeenkomsten"]],
          widths=[8.0, 8.0], shade="DEEAF6", size=10)
    P(doc, "Checklist intake OCMW Antwerpen: zie gedeelde map.", before=6)
    P(doc, R("Bijlage 3 (foto's van de dag) volgt nog.", i=True), before=6)
    save(doc, "425_netwerkdag_gent_okt2025.docx")


# ---------------------------------------------------------------------------
# 426 - Thomas Piron (CPAS Liège, FR) and Samira Bouzid (OCMW Antwerpen, NL) in turn, Feb 2026
# ---------------------------------------------------------------------------
def r426():
    doc = new_doc("Calibri", 11, author="Piron Thomas", title="Réunion réseau FAMI 12/02/2026",
                  created=datetime.datetime(2026, 2, 13, 9, 45))
    doc.core_properties.last_modified_by = "Bouzid Samira"
    heading_look(doc, "Heading 2", size=12, color=RGBColor(0x8B, 0x00, 0x00))
    heading_look(doc, "Heading 3", size=11, color=RGBColor(0x8B, 0x00, 0x00), bold=False, italic=True)
    header_footer(doc, footer="Réseau FAMI – AMIF-netwerk – 12/02/2026", page="page")
    P(doc, R("Réunion du réseau FAMI / Netwerkvergadering AMIF", b=True, size=14), align=CENTER, after=2)
    P(doc, "Jeudi 12 février 2026 – CPAS de Liège, Maison de l'activation sociale", align=CENTER, after=2)
    P(doc, R("Rédaction : Thomas Piron (matinée, en français) / verslag namiddag: Samira Bouzid (in het "
             "Nederlands)", i=True), align=CENTER, after=10)
    P(doc, [R("Présents / Aanwezig : ", b=True),
            "Thomas Piron, Christophe Renard (CPAS Liège) – Samira Bouzid, Els Peeters (OCMW Antwerpen) – "
            "Koen Janssens (OCMW Antwerpen) – Hilde Verstraete (OCMW Gent) – Fatima Ouali, Aurélie Devos (CPAS "
            "Charleroi) – Karim Haddad (CPAS Bruxelles) – Julie Collignon (SPP IS)"], after=2)
    P(doc, "Koen a suivi la réunion à distance via Teams (problème de train).", after=2)
    P(doc, [R("Excusés / Verontschuldigd : ", b=True),
            "Sarah Lemmens (POD MI) ; Lotte Vanhove (OCMW Gent) ; Jan Verhoeven (Schoten)"], after=2)
    P(doc, "Pas d'interprétation cette fois : chacun parle sa langue.", after=8)
    P(doc, R("Ordre du jour / Agenda", b=True), after=2)
    for line in ["9h30 – Accueil et café",
                 "10h00 – Retour sur la journée réseau d'octobre",
                 "11h00 – Le nouveau formulaire de satisfaction : test à Liège",
                 "12h30 – Lunch",
                 "13h30 – Voorbereiding eindrapportering AMIF",
                 "14h30 – Uitwisseling: werken met vrijwilligers",
                 "15h30 – Einde"]:
        P(doc, line, after=0, indent=0.5)
    P(doc, "", after=2)

    # Thomas's part (heading styles, French)
    H(doc, "1. Retour sur la journée réseau d'octobre", 2)
    P(doc, "Thomas rappelle les conclusions de la journée réseau du 9 octobre à Gand. La liste de mots en langage "
           "simple avance : Christophe et Lotte ont rassemblé une soixantaine de mots (« loyer », « attestation », "
           "« rendez-vous »...) avec une traduction et un pictogramme. La brochure de témoignages de Gand est "
           "presque prête.")
    P(doc, "Hilde précise que le POD a bien introduit la proposition pour l'après-2027 ; pas de réponse de la "
           "Commission à ce stade. Les participants liégeois qui ont témoigné à Gand en parlent encore ; plusieurs "
           "souhaitent revenir l'an prochain, cette fois pour animer eux-mêmes un petit atelier.")
    P(doc, R("(Samira, peux-tu compléter la partie sur les indicateurs ? – TP)", i=True,
             hl=WD_COLOR_INDEX.BRIGHT_GREEN))
    H(doc, "2. Le nouveau formulaire de satisfaction : test à Liège", 2)
    P(doc, "Christophe présente le formulaire testé à Liège depuis novembre avec deux groupes (19 participants). "
           "Le formulaire compte six questions, avec des smileys, et peut être complété oralement avec l'aide "
           "d'un médiateur. Il existe en français, en arabe, en dari, en ukrainien et en tigrinya.")
    H(doc, "Points forts :", 3)
    for b in ["les participants répondent seuls dans 70 % des cas ;",
              "les réponses sont plus nuancées qu'avant ;",
              "l'équipe reçoit des idées concrètes (horaires, pauses, garderie)."]:
        P(doc, b, style="List Bullet", after=0)
    H(doc, "À améliorer :", 3)
    for b in ["la question sur « l'intégration » reste trop abstraite ;",
              "les horaires qui changent ne sont pas toujours communiqués à temps aux participants."]:
        P(doc, b, style="List Bullet", after=0)
    P(doc, "Christophe va envoyer la version test du formulaire à tous les CPAS d'ici fin février. Tous les CPAS "
           "testent le formulaire avec au moins un groupe avant fin avril. Le SPP va vérifier si les nouvelles "
           "questions peuvent remplacer la question sur l'intégration des indicateurs communs.", before=6)

    # Samira's part (bold underlined typed numbers, Dutch)
    P(doc, R("3) Voorbereiding eindrapportering AMIF", b=True, u=True), before=10, after=4)
    P(doc, "Julie licht toe wat het POD nodig heeft voor de eindrapportering: per OCMW het aantal deelnemers per "
           "type activiteit, de ERK-niveaus, de antwoorden op de integratievraag en een korte beschrijving van de "
           "werking. De definities zijn nu gelijk voor iedereen. Koen merkt op dat Antwerpen en de partners nog "
           "niet alle cijfers per partner-OCMW kunnen splitsen.")
    P(doc, R("TODO: cijfers Charleroi toevoegen", color=RED))
    P(doc, R("Afspraken:", b=True), after=2)
    for line in ["– Koen: maakt een overzicht van de indicatoren die nog ontbreken, per OCMW",
                 "– Een template voor het eindrapport uitwerken – nog te bepalen wie"]:
        P(doc, line, after=0, indent=0.5)
    P(doc, R("4) Uitwisseling: werken met vrijwilligers", b=True, u=True), before=10, after=4)
    P(doc, "Charleroi werkt sinds vorig jaar met vier vrijwilligers (gepensioneerde leerkrachten) voor de "
           "taalactivering. Antwerpen heeft een vrijwilligerscharter en een korte opleiding. Brussel twijfelt: "
           "vrijwilligers mogen geen persoonsgegevens van deelnemers zien. Iedereen is het eens dat een vrijwilliger "
           "een begeleider niet vervangt, maar wel extra oefenkansen geeft, vooral voor wie weinig Nederlands of "
           "Frans spreekt buiten de lessen.")
    P(doc, "Voorstel van Karim: een uitwisseling organiseren met de vrijwilligers zelf.")
    P(doc, "Beslist: we gebruiken vanaf nu één gedeelde map op het platform van het POD.")
    P(doc, "Het OCMW van Charleroi bezorgt zijn vrijwilligerscharter aan het netwerk. Els en Aurélie leggen hun "
           "vrijwilligersbeleid naast elkaar en brengen verslag uit in juni.")
    P(doc, R("5) Volgende vergadering", b=True, u=True), before=10, after=4)
    P(doc, "Juni 2026 in Antwerpen, datum volgt via Doodle.")
    P(doc, R("TP / SB", i=True), align=RIGHT)
    save(doc, "426_reseau_liege_fev2026.docx")


if __name__ == "__main__":
    for f in (r417, r418, r419, r420, r421, r422, r423, r424, r425, r426):
        f()
