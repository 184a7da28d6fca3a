# -*- coding: utf-8 -*-
"""Builds the ten meeting reports 377-386 of the AMIF network (python-docx).

Every report is written as if by a different person with their own Word habits.
All people are invented. Run with the python that has python-docx installed;
the .docx files are written next to this script.
"""
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_COLOR_INDEX, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

SPP_BLUE = RGBColor(0x1F, 0x3A, 0x68)
GREY = RGBColor(0x59, 0x59, 0x59)


# ---------------------------------------------------------------- helpers
class R(object):
    """A run: text plus formatting (b, i, u, color, hl, size, font, strike)."""

    def __init__(self, text, **fmt):
        self.text = text
        self.fmt = fmt


def _style_run(run, fmt):
    if fmt.get("b"):
        run.bold = True
    if fmt.get("i"):
        run.italic = True
    if fmt.get("u"):
        run.underline = True
    if fmt.get("strike"):
        run.font.strike = True
    if fmt.get("color") is not None:
        run.font.color.rgb = fmt["color"]
    if fmt.get("hl") is not None:
        run.font.highlight_color = fmt["hl"]
    if fmt.get("size"):
        run.font.size = Pt(fmt["size"])
    if fmt.get("font"):
        run.font.name = fmt["font"]
        rpr = run._r.get_or_add_rPr()
        rf = rpr.find(qn("w:rFonts"))
        rf.set(qn("w:hAnsi"), fmt["font"])
        rf.set(qn("w:cs"), fmt["font"])


def add_runs(p, parts):
    for part in parts:
        if part is None:
            continue
        if isinstance(part, str):
            part = R(part)
        if part.text == "\n":  # a soft line break (Shift+Enter)
            p.add_run().add_break()
            continue
        if part.text == "\t":
            p.add_run("\t")
            continue
        run = p.add_run(part.text)
        _style_run(run, part.fmt)
    return p


def P(container, *parts, **kw):
    """Adds a paragraph to a document or a table cell."""
    style = kw.get("style")
    if kw.get("reuse") and hasattr(container, "paragraphs") and len(container.paragraphs) == 1 \
            and not container.paragraphs[0].text:
        p = container.paragraphs[0]
        if style:
            p.style = style
    else:
        p = container.add_paragraph(style=style) if style else container.add_paragraph()
    add_runs(p, parts)
    pf = p.paragraph_format
    if kw.get("align") == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif kw.get("align") == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif kw.get("align") == "j":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if "before" in kw:
        pf.space_before = Pt(kw["before"])
    if "after" in kw:
        pf.space_after = Pt(kw["after"])
    if "left" in kw:
        pf.left_indent = Cm(kw["left"])
    if "first" in kw:
        pf.first_line_indent = Cm(kw["first"])
    if kw.get("keep"):
        pf.keep_with_next = True
    for pos in kw.get("tabs", []):
        if isinstance(pos, tuple):
            pf.tab_stops.add_tab_stop(Cm(pos[0]), pos[1])
        else:
            pf.tab_stops.add_tab_stop(Cm(pos))
    if kw.get("shade"):
        shade_par(p, kw["shade"])
    return p


def cell(tbl, r, c):
    return tbl.cell(r, c)


def C(tbl, r, c, *parts, **kw):
    kw.setdefault("reuse", True)
    return P(tbl.cell(r, c), *parts, **kw)


def shade_cell(c, hexfill):
    tcpr = c._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexfill)
    tcpr.append(shd)


def shade_par(p, hexfill):
    ppr = p._p.get_or_add_pPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexfill)
    ppr.append(shd)


def border_bottom(p, size=6, color="1F3A68"):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(size))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    bdr.append(b)
    ppr.append(bdr)


def col_widths(tbl, widths):
    tbl.autofit = False
    grid = tbl._tbl.tblGrid
    for i, gc in enumerate(grid.findall(qn("w:gridCol"))):
        gc.set(qn("w:w"), str(int(round(widths[i] / 2.54 * 1440))))
    for row in tbl.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = Cm(w)


def add_field(p, instr, shown="1", **fmt):
    def fc(kind):
        r = p.add_run()
        _style_run(r, fmt)
        el = OxmlElement("w:fldChar")
        el.set(qn("w:fldCharType"), kind)
        r._r.append(el)
        return r
    fc("begin")
    r = p.add_run()
    _style_run(r, fmt)
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " %s " % instr
    r._r.append(it)
    fc("separate")
    r = p.add_run(shown)
    _style_run(r, fmt)
    fc("end")


def set_lang(style, lang):
    rpr = style.element.get_or_add_rPr()
    el = rpr.find(qn("w:lang"))
    if el is None:
        el = OxmlElement("w:lang")
        rpr.append(el)
    el.set(qn("w:val"), lang)


def new_doc(font="Calibri", size=11, lang="fr-BE", margins=(2.5, 2.5, 2.5, 2.5), author="", title="",
            heading_font=None, heading_color=None, after=None):
    doc = Document()
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.PORTRAIT
    sec.page_width = Cm(21.0)
    sec.page_height = Cm(29.7)
    sec.top_margin, sec.bottom_margin, sec.left_margin, sec.right_margin = [Cm(m) for m in margins]
    normal = doc.styles["Normal"]
    normal.font.name = font
    normal.font.size = Pt(size)
    rf = normal.element.get_or_add_rPr().find(qn("w:rFonts"))
    if rf is not None:
        rf.set(qn("w:eastAsia"), font)
        rf.set(qn("w:cs"), font)
    if after is not None:
        normal.paragraph_format.space_after = Pt(after)
    set_lang(normal, lang)
    for name in ("Heading 1", "Heading 2", "Heading 3", "Title"):
        st = doc.styles[name]
        if heading_font:
            st.font.name = heading_font
            r = st.element.get_or_add_rPr().find(qn("w:rFonts"))
            if r is not None:
                for a in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
                    if r.get(qn(a)) is not None:
                        del r.attrib[qn(a)]
                r.set(qn("w:ascii"), heading_font)
                r.set(qn("w:hAnsi"), heading_font)
        if heading_color is not None:
            st.font.color.rgb = heading_color
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    return doc


def save(doc, name):
    doc.save(os.path.join(HERE, name))
    print("wrote", name)


def spp_header(doc, footer_text=None, page_field=True):
    """The bilingual SPP header as on the network's own documents."""
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.paragraph_format.tab_stops.add_tab_stop(Cm(16), WD_TAB_ALIGNMENT.RIGHT)
    add_runs(hp, [R("POD | Maatschappelijke Integratie", b=True, size=8, color=SPP_BLUE), "\t",
                  R("Naar een geïntegreerd migratiebeleid, dankzij het AMIF", i=True, size=8, color=GREY)])
    hp2 = sec.header.add_paragraph()
    hp2.paragraph_format.tab_stops.add_tab_stop(Cm(16), WD_TAB_ALIGNMENT.RIGHT)
    add_runs(hp2, [R("SPP | Intégration Sociale", b=True, size=8, color=SPP_BLUE), "\t",
                   R("Vers une politique de migration plus intégrée, grâce au FAMI", i=True, size=8, color=GREY)])
    border_bottom(hp2)
    fp = sec.footer.paragraphs[0]
    fp.paragraph_format.tab_stops.add_tab_stop(Cm(16), WD_TAB_ALIGNMENT.RIGHT)
    if footer_text:
        add_runs(fp, [R(footer_text, size=8, color=GREY)])
    if page_field:
        add_runs(fp, ["\t"])
        add_field(fp, "PAGE", "1", size=8, color=GREY)
        add_runs(fp, [R("/", size=8, color=GREY)])
        add_field(fp, "NUMPAGES", "2", size=8, color=GREY)


# ======================================================================
# 377  SPP (POD MI) - report started from the file of the previous meeting
#      writer: Tom Verstraete, POD MI. nl first, fr translation in italics.
# ======================================================================
def r377():
    doc = new_doc(font="Arial", size=10, lang="nl-BE", author="Tom Verstraete", heading_font="Arial",
                  heading_color=SPP_BLUE, title="Verslag bijeenkomst OCMW's 5 mei 2022", after=4)
    doc.styles["Heading 1"].font.size = Pt(11)
    doc.styles["Heading 2"].font.size = Pt(10)
    # footer never updated since the previous meeting (Liège, 5 May 2022)
    spp_header(doc, footer_text="Verslag bijeenkomst OCMW's – Rapport rencontre CPAS – 5 mei 2022 – Luik")

    P(doc, R("Verslag bijeenkomst OCMW's – Rapport rencontre CPAS", b=True, size=14, color=SPP_BLUE),
      align="c", before=6, after=2)
    P(doc, R("AMIF – 20 oktober 2022 – 20 octobre 2022", b=True, size=11), align="c", after=2)
    P(doc, R("OCMW Antwerpen, Sociaal Huis De Schelde, Kaaistraat 14, 2000 Antwerpen", i=True), align="c", after=10)

    P(doc, R("Aanwezig / Présents : ", b=True),
      "Tom Verstraete (POD MI), Olivier Renard (SPP IS), Nadia El Khattabi (OCMW Antwerpen), "
      "Pieter Van Looy (OCMW Antwerpen), Sofie Mertens (OCMW Schoten), Jonas Wuyts (OCMW Edegem), "
      "Elif Demir (OCMW Gent), Bram De Smet (OCMW Gent), Fabienne Lejeune (CPAS Liège), "
      "Karim Benali (CPAS Charleroi), Aurélie Vandenbossche (CPAS Bruxelles)", align="j")
    P(doc, R("Verontschuldigd / Excusés : ", b=True),
      "Lotte Peeters (OCMW Mortsel), Christelle Dumont (CPAS Binche) ",
      R("(Mortsel: nog te bevestigen)", hl=WD_COLOR_INDEX.YELLOW), after=10)

    P(doc, R("Agenda / Ordre du jour", b=True, color=SPP_BLUE), keep=True)
    rows = [("10:00 – 10:30", "Onthaal en koffie / Accueil et café"),
            ("10:30 – 11:30", "Stand van zaken per OCMW / État des lieux par CPAS"),
            ("11:30 – 12:15", "Voorstelling sociale kaart Antwerpen / Présentation de la carte sociale d'Anvers"),
            ("12:15 – 13:15", "Lunch"),
            ("13:15 – 14:30", "Tevredenheidsenquête: nieuwe versie / Enquête de satisfaction : nouvelle version"),
            ("14:30 – 15:00", "Varia en afspraken / Divers et accords")]
    t = doc.add_table(rows=len(rows), cols=2)
    t.style = "Table Grid"
    for i, (tm, ti) in enumerate(rows):
        C(t, i, 0, R(tm, size=9))
        C(t, i, 1, R(ti, size=9))
    col_widths(t, [3.2, 12.8])

    doc.add_heading("1. Onthaal / Accueil", level=1)
    P(doc, "Nadia El Khattabi verwelkomt de OCMW's in het Sociaal Huis. Het AMIF-team van Antwerpen werkt sinds "
           "september vanuit deze locatie, samen met de partners uit Schoten en Edegem.", align="j")
    P(doc, R("Nadia El Khattabi accueille les CPAS à la Maison sociale. L'équipe AMIF d'Anvers travaille depuis "
             "septembre dans ces locaux, avec les partenaires de Schoten et d'Edegem.", i=True), align="j")

    doc.add_heading("2. Stand van zaken per OCMW / État des lieux par CPAS", level=1)
    doc.add_heading("2.1 Antwerpen (met Schoten en Edegem)", level=2)
    P(doc, "De nieuwe module startte op 12 september met 14 deelnemers, waarvan 3 uit Schoten en 2 uit Edegem. "
           "De aanmelding via de maatschappelijk werkers verloopt vlot, maar de intakegesprekken lopen achter "
           "omdat één medewerker langdurig afwezig is.", align="j")
    P(doc, R("Le nouveau module a démarré le 12 septembre avec 14 participants, dont 3 de Schoten et 2 d'Edegem. "
             "Les entretiens d'admission ont du retard (absence de longue durée d'un collaborateur).", i=True),
      align="j")
    doc.add_heading("2.2 Gent", level=2)
    P(doc, "Gent werkt met twee groepen (beginners en gevorderden). De aanwezigheidsgraad ligt rond 80 %. "
           "Er is een wachtlijst van 9 personen.", align="j")
    P(doc, R("Gand travaille avec deux groupes (débutants et avancés). Le taux de présence tourne autour de 80 %. "
             "Il y a une liste d'attente de 9 personnes.", i=True), align="j")
    doc.add_heading("2.3 Luik, Charleroi, Brussel / Liège, Charleroi, Bruxelles", level=2)
    P(doc, "Liège heeft het atelier informatique uitgebreid naar twee sessies per week. Charleroi start in "
           "november een nieuwe informatiesessie voor de antennes. Brussel meldt dat de ponctualiteit een "
           "werkpunt blijft; het contract met de deelnemers wordt aangepast.", align="j")
    P(doc, R("Liège a étendu l'atelier informatique à deux sessions par semaine. Charleroi lance en novembre une "
             "nouvelle séance d'information pour les antennes. Bruxelles signale que la ponctualité reste un "
             "point d'attention ; le contrat avec les participants sera adapté.", i=True), align="j")

    doc.add_heading("3. Voorstelling sociale kaart Antwerpen / Présentation de la carte sociale d'Anvers", level=1)
    P(doc, "Pieter Van Looy toont de digitale sociale kaart die het team gebruikt om deelnemers door te verwijzen "
           "(taallessen, vrijetijd, gezondheid, huisvesting). De kaart is enkel in het Nederlands beschikbaar.",
      align="j")
    # paragraph left over from the report of 5 May (Liège) - to be rewritten
    P(doc, R("Het team van Luik stelde zijn methodologie voor: een kennismakingsoefening, een creatieve opdracht "
             "en een speelse manier om Frans te oefenen. ", color=GREY),
      R("[tekst vorige keer – nog aanpassen]", b=True, hl=WD_COLOR_INDEX.YELLOW), align="j")

    doc.add_heading("4. Tevredenheidsenquête / Enquête de satisfaction", level=1)
    P(doc, "Het netwerk vindt de huidige enquête te abstract voor de doelgroep. Voorstel van het POD: kortere "
           "vragen, pictogrammen (smileys) en vertalingen in het Arabisch, Dari en Tigrinya.", align="j")
    P(doc, R("Le réseau trouve l'enquête actuelle trop abstraite pour le public. Proposition du SPP : questions "
             "plus courtes, pictogrammes (smileys) et traductions en arabe, dari et tigrinya.", i=True), align="j")
    P(doc, R("Beslissing / Décision : ", b=True),
      "de nieuwe versie wordt eerst getest vóór ze in alle OCMW's gebruikt wordt.", align="j")

    doc.add_heading("5. Varia / Divers", level=1)
    P(doc, "Charleroi vraagt of de kosten van een tolk voor de intakegesprekken AMIF-subsidiabel zijn.", align="j")
    P(doc, R("Charleroi demande si les frais d'interprète pour les entretiens d'admission sont éligibles FAMI.",
             i=True), align="j")

    doc.add_heading("6. Actiepunten / Points d'action", level=1)
    acts = [
        ("Tom Verstraete bezorgt de nieuwe versie van de enquête aan alle OCMW's vóór 15 november.",
         "Tom Verstraete envoie la nouvelle version de l'enquête à tous les CPAS avant le 15 novembre."),
        ("Elk OCMW test de enquête met minstens vijf deelnemers en geeft feedback tegen 9 december.",
         "Chaque CPAS teste l'enquête avec au moins cinq participants et fait un retour pour le 9 décembre."),
        ("OCMW Antwerpen deelt de sociale kaart (pdf) met het netwerk.",
         "Le CPAS d'Anvers partage la carte sociale (pdf) avec le réseau."),
        ("Het POD gaat na of tolkkosten bij intakes onder het AMIF-budget vallen.",
         "Le SPP vérifie si les frais d'interprète lors des entretiens d'admission relèvent du budget FAMI."),
    ]
    for nl, fr in acts:
        P(doc, nl, "\n", R(fr, i=True), style="List Bullet", after=3)

    doc.add_heading("7. Volgende bijeenkomst / Prochaine rencontre", level=1)
    P(doc, "Volgende bijeenkomst: voorjaar 2023, in Luik (datum volgt) – Prochaine rencontre : printemps 2023, "
           "à Liège (date à suivre)")
    save(doc, "377_verslag_ocmw_antwerpen_okt2022.docx")


# ======================================================================
# 378  CPAS Liège - team notes typed up four days later
#      writer: Julie Noël, animatrice. Normal style only, typed numbers and dashes.
# ======================================================================
def r378():
    doc = new_doc(font="Times New Roman", size=12, lang="fr-BE", author="Julie Noël", after=0,
                  margins=(2.0, 2.0, 2.5, 2.5), title="notes réunion équipe")
    P(doc, R("Réunion équipe Mod’Actions + visite SPP – lundi 12/03/2018", b=True, u=True))
    P(doc, R("(notes prises pendant la réunion, mises au propre le vendredi 16/03 – désolée pour le retard !)",
             i=True, size=10))
    P(doc, "")
    P(doc, R("Présents : ", b=True), "Marc Lambotte, Samira Ouali, Thierry Dosogne, Julie Noël (CPAS Liège) et "
                                     "Olivier Renard (SPP Intégration sociale)")
    P(doc, R("Excusée : ", b=True), "Nadège Piron (AS antenne Sainte-Walburge, malade)")
    P(doc, "")
    P(doc, R("Ordre du jour", b=True), " (pas suivi dans l’ordre, Olivier devait partir à 11h)")
    for x in ["1) Nouvelles inscriptions", "2) Contrats et taux de présence",
              "3) Atelier créatif – expo de juin", "4) Visite SPP : rapport intermédiaire", "5) Divers"]:
        P(doc, x, left=0.8)
    P(doc, "")

    P(doc, R("4) Visite SPP : rapport intermédiaire", b=True))
    P(doc, "Olivier explique ce que le SPP attend pour le rapport intermédiaire : nombre de participants par "
           "module, taux de présence, nombre d’abandons + raisons. Pas de noms de participants dans le rapport "
           "(données du CPAS). On peut donner des exemples anonymes.")
    P(doc, "- le modèle actuel n’est pas clair pour la partie « résultats » (qq questions en double)")
    P(doc, "- Le SPP renverra le modèle de rapport intermédiaire corrigé avant fin mars.")
    P(doc, "- délai de remise : 30 avril (confirmé)")
    P(doc, "")

    P(doc, R("1) Nouvelles inscriptions", b=True))
    P(doc, "12 nouvelles demandes via les AS depuis janvier, dont 4 dossiers incomplets (pas de bilan "
           "d’orientation ou pas de date d’entretien). ",
      R("[à compléter : chiffres des inscriptions de février, demander à Samira]", hl=WD_COLOR_INDEX.YELLOW))
    P(doc, "Samira fait les entretiens d’admission le mardi et le jeudi matin, elle est complète jusqu’au 27/03.")
    P(doc, "→ Samira : relancer les AS pour les 4 dossiers incomplets")
    P(doc, "Claudine de l’antenne Nord a déjà envoyé la liste des personnes en attente (merci).")
    P(doc, "")

    P(doc, R("2) Contrats et taux de présence", b=True))
    P(doc, "On garde les 3 contrats (AS / entretien d’admission / responsable de module). Discussion sur la "
           "ponctualité : +/- 1 participant sur 3 arrive en retard le lundi. Marc propose de commencer à 9h15 "
           "au lieu de 9h le lundi. ", R("OK pour tout le monde.", b=True))
    P(doc, "→ Marc : adapter l’horaire du lundi et prévenir les AS")
    P(doc, "")

    P(doc, R("3) Atelier créatif – expo de juin", b=True))
    P(doc, "Thierry voudrait exposer les travaux de l’atelier (photos + objets en carton) avec un petit "
           "vernissage pour les familles. Date possible : fin juin ",
      R("(je ne me souviens plus de la date exacte proposée par Thierry — à vérifier)", i=True), ".")
    P(doc, "- réserver la salle du Centre culturel pour l’expo (qui ? à définir)")
    P(doc, "- Thierry fait la liste du matériel nécessaire")
    P(doc, "")

    P(doc, R("5) Divers", b=True))
    P(doc, "- Rencontre FAMI entre CPAS en mai : c’est nous qui accueillons ! ")
    P(doc, "→ Marc et Julie : préparer la présentation pour la rencontre FAMI de mai (organigramme, modules, "
           "film de l’atelier ?)")
    P(doc, "- Olivier demande si on peut accueillir un stagiaire AS en septembre → pas de décision, on en "
           "reparle.")
    P(doc, "")
    P(doc, R("Prochaine réunion : lundi 9 avril 2018 à 9h30 (salle du 1er)", b=True))
    P(doc, "")
    P(doc, R("Julie", i=True))
    save(doc, "378_notes_equipe_liege_mars2018.docx")


# ======================================================================
# 379  OCMW Gent - e-mail summary of a Teams meeting pasted into Word
#      writer: Bram De Smet. Outlook header, soft returns, signature.
# ======================================================================
def r379():
    doc = new_doc(font="Calibri", size=11, lang="nl-BE", author="Bram De Smet", after=0,
                  title="samenvatting overleg 12/05")
    P(doc, R("Van:", b=True), " Bram De Smet", "\n",
      R("Verzonden:", b=True), " dinsdag 12 mei 2020 16:42", "\n",
      R("Aan:", b=True), " Hanne Claeys; Fabienne Lejeune; Karim Benali; Nadia El Khattabi; Aurélie Vandenbossche", "\n",
      R("CC:", b=True), " Elif Demir; Pieter Van Looy", "\n",
      R("Onderwerp:", b=True), " samenvatting overleg AMIF-netwerk 12/05 (Teams)")
    P(doc, "")
    P(doc, "Hallo allemaal,")
    P(doc, "")
    P(doc, "Zoals afgesproken hierbij een korte samenvatting van ons overleg van vanmorgen via Teams (10u–11u45). "
           "Er waren geen tolken deze keer, we hebben het in een mengeling van Nederlands en Frans gedaan, dus "
           "laat zeker weten als ik iets verkeerd begrepen heb.")
    P(doc, "")
    P(doc, "Aanwezig: Hanne Claeys (POD MI), Elif Demir en Bram De Smet (Gent), Fabienne Lejeune (Luik), "
           "Karim Benali (Charleroi), Nadia El Khattabi (Antwerpen), Aurélie Vandenbossche (Brussel)")
    P(doc, "Verontschuldigd: Pieter Van Looy (Antwerpen)")
    P(doc, "")
    P(doc, R("1. Groepsgrootte en heropstart", b=True))
    P(doc, "Iedereen werkt nog grotendeels individueel (telefonisch of via WhatsApp). Vanaf 18 mei mogen we "
           "opnieuw kleine groepen ontvangen:", "\n",
      "- Gent: 4 deelnemers + 1 begeleider", "\n",
      "- Charleroi en Luik: 3 deelnemers + 1 formateur", "\n",
      "- Antwerpen en Brussel: nog geen groepssessies vóór juni", "\n",
      "De regels verschillen dus per OCMW, dat is ok volgens Hanne zolang de maatregelen van de Veiligheidsraad "
      "gevolgd worden.")
    P(doc, "Actie: Hanne vraagt na bij het kabinet of online sessies meetellen als AMIF-activiteit.")
    P(doc, "")
    P(doc, R("2. Aanwezigheden en rapportering", b=True))
    P(doc, "Aanwezigheden worden nu per telefooncontact bijgehouden. Voor de rapportering aan het POD tellen we "
           "een individueel contact van minstens 30 minuten als een sessie. Cijfers eerste trimester: Gent 41 "
           "deelnemers, Luik 36, Charleroi 28, Antwerpen 33 ",
      R("[cijfers Brussel nog toe te voegen]", hl=WD_COLOR_INDEX.YELLOW), ".")
    P(doc, "Actie voor iedereen: jullie aangepaste planning tegen 29/05 doorsturen naar Hanne.")
    P(doc, "")
    P(doc, R("3. Contact met deelnemers", b=True))
    P(doc, "Charleroi en Luik hebben goede ervaringen met WhatsApp-groepen per module (korte filmpjes, "
           "spraakberichten in plaats van tekst voor wie niet goed leest). Gent en Antwerpen willen dat ook "
           "proberen maar hebben vragen over privacy (GDPR).")
    P(doc, "Actie: Karim en Fabienne bundelen hun ervaringen met WhatsApp-groepen in een korte nota.")
    P(doc, "Ook nodig: een korte FAQ voor de maatschappelijk werkers opstellen over de heropstart → wie: nog te "
           "bepalen")
    P(doc, "")
    P(doc, R("4. Varia", b=True))
    P(doc, "Het netwerkmoment in Brussel (juni) gaat niet door. Hanne hoopt dat een fysieke bijeenkomst in het "
           "najaar weer kan.")
    P(doc, "")
    P(doc, "Volgend overleg: dinsdag 9 juni 2020 om 10u, opnieuw via Teams (uitnodiging volgt)")
    P(doc, "")
    P(doc, "Met vriendelijke groeten,")
    P(doc, "Bram")
    P(doc, "")
    P(doc, R("Bram De Smet", b=True, color=RGBColor(0x00, 0x5B, 0x96)), "\n",
      R("Projectcoördinator AMIF | Dienst Inburgering & Activering", size=9, color=GREY), "\n",
      R("OCMW Gent", size=9, color=GREY), "\n",
      R("T 09 266 00 00 | bram.desmet@ocmw.example", size=9, color=GREY))
    save(doc, "379_mail_samenvatting_teams_mei2020.docx")


# ======================================================================
# 380  CPAS Charleroi + Binche - written by a stand-in secretary
#      writer: Laura Cappelle (replaces Karim Benali). Heading styles, tab agenda, people table.
# ======================================================================
def r380():
    doc = new_doc(font="Calibri", size=11, lang="fr-BE", author="Laura Cappelle", after=4,
                  heading_color=RGBColor(0x7B, 0x2C, 0x55), title="PV rencontre FAMI Charleroi Binche 30-03-2023")
    doc.styles["Heading 1"].font.size = Pt(12)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    add_runs(hp, [R("CPAS de Charleroi – Service Action Migrants – projet Activ’Up (FAMI)", size=8, color=GREY)])
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = sec.footer.paragraphs[0]
    add_runs(fp, [R("Vers une politique de migration plus intégrée, grâce au FAMI", i=True, size=8, color=GREY)])
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER

    P(doc, "Rencontre FAMI CPAS de Charleroi – CPAS de Binche", style="Title")
    P(doc, R("Jeudi 30 mars 2023, 9h30 – 12h45", b=True), "\n",
      "Lieu : Service Action Migrants, CPAS de Charleroi (salle de réunion, 2e étage)")
    P(doc, R("Rédaction : Laura Cappelle, en remplacement de Karim Benali (en congé jusqu’au 14 avril)", i=True,
             color=GREY))

    t = doc.add_table(rows=2, cols=2)
    t.style = "Table Grid"
    C(t, 0, 0, R("Présents", b=True))
    C(t, 0, 1, R("Excusés", b=True))
    shade_cell(t.cell(0, 0), "E8D5DF")
    shade_cell(t.cell(0, 1), "E8D5DF")
    pres = ["Laura Cappelle (CPAS Charleroi)", "Ayşe Yilmaz (CPAS Charleroi)", "Grégory Fontaine (CPAS Charleroi)",
            "Christelle Dumont (CPAS Binche)", "Marie-Pierre Delhaye (CPAS Binche)", "Olivier Renard (SPP IS)"]
    C(t, 1, 0, pres[0])
    for x in pres[1:]:
        P(t.cell(1, 0), x)
    C(t, 1, 1, "Karim Benali (CPAS Charleroi)")
    P(t.cell(1, 1), "Mélanie Sarto (CPAS Binche)")
    col_widths(t, [8.5, 7.5])
    P(doc, "")

    P(doc, R("Ordre du jour", b=True), keep=True)
    ag = [("9h30", "Accueil"),
          ("9h45 – 10h30", "Recrutement module 2023-2024 : listing et séances d’info"),
          ("10h30 – 11h15", "Indicateurs FAMI 2021-2027 : ce que le SPP attend"),
          ("11h15 – 11h30", "Pause"),
          ("11h30 – 12h15", "Groupe de travail « enquête de satisfaction »"),
          ("12h15", "Divers et clôture")]
    for tm, ti in ag:
        P(doc, tm, "\t", ti, tabs=[3.0], left=0.5, after=0)
    P(doc, "")

    doc.add_heading("1. Accueil", level=1)
    P(doc, "Grégory Fontaine accueille l’équipe de Binche et Olivier Renard. Karim étant en congé, c’est Laura "
           "qui prend les notes. Tour de table rapide : Binche a une nouvelle collègue (Marie-Pierre Delhaye, "
           "AS) depuis janvier.", align="j")

    doc.add_heading("2. Recrutement : listing et séances d’info", level=1)
    P(doc, "Comme pour les modules précédents, le listing des bénéficiaires potentiels a été fait avec "
           "l’observatoire local. Pour le module 2023-2024 :", align="j")
    P(doc, "620 personnes répertoriées (Charleroi + Binche)", style="List Bullet")
    P(doc, "240 retenues par les AS des antennes", style="List Bullet")
    P(doc, "78 présentes aux deux séances d’information (32,5 %)", style="List Bullet")
    P(doc, "Binche remarque que beaucoup de personnes invitées n’ont pas compris le courrier (trop long, "
           "uniquement en français). Proposition : un courrier plus court avec pictogrammes + appel téléphonique "
           "par l’AS la veille.", align="j")
    P(doc, R("Décision : ", b=True), "on teste l’appel de la veille pour la séance de mai.")

    doc.add_heading("3. Indicateurs FAMI", level=1)
    P(doc, "Olivier présente les indicateurs communs du règlement (UE) 2021/1147 que le SPP doit rapporter "
           "chaque année : participants aux activités de soutien (cours de langue, orientation civique, "
           "accompagnement professionnel personnalisé), participants ayant gagné au moins un niveau CECR, "
           "participants qui estiment que l’activité les a aidés à s’intégrer.", align="j")
    P(doc, "Question de Charleroi : est-ce qu’un atelier informatique compte comme « activité de soutien » ? "
           "Olivier n’est pas sûr (voir suites à donner).", align="j")
    P(doc, R("[Échéance du point 3 à compléter par Karim à son retour]", hl=WD_COLOR_INDEX.YELLOW))

    doc.add_heading("4. Enquête de satisfaction", level=1)
    P(doc, "Le groupe de travail (Ayşe et Marie-Pierre) a préparé une version simplifiée : 8 questions au lieu "
           "de 15, réponses avec smileys, une version audio pour les personnes qui ne lisent pas. Les "
           "participants de Binche ont trouvé le mot « pertinence » incompréhensible : il est supprimé.",
      align="j")

    doc.add_heading("5. Divers", level=1)
    P(doc, "Binche souhaite organiser la prochaine rencontre chez eux. Accord de tous.", align="j")

    doc.add_heading("Suites à donner", level=1)
    for x in ["Transmettre au SPP les chiffres de participation 2022 ventilés par module (qui : Grégory Fontaine)",
              "Envoyer à Charleroi le nombre de candidats retenus par les AS de Binche (qui : CPAS de Binche)",
              "Préciser la définition d’« activité de soutien » pour l’indicateur (qui : SPP)",
              "Tester la version simplifiée de l’enquête avec un groupe du module en cours (qui : Ayşe et "
              "Marie-Pierre)"]:
        P(doc, x, style="List Bullet")
    P(doc, "")
    P(doc, R("Prochaine rencontre : à Binche, en juin (date à fixer via Doodle)", b=True))
    P(doc, R("PV rédigé par Laura Cappelle le 31/03/2023 – à relire par Karim Benali avant diffusion.", i=True,
             size=9, color=GREY))
    save(doc, "380_pv_charleroi_binche_remplacement.docx")


# ======================================================================
# 381  OCMW Antwerpen + partners - short Teams check-in
#      writer: Pieter Van Looy. One page, Heading 2, dash agenda in one line, action table.
# ======================================================================
def r381():
    doc = new_doc(font="Calibri", size=10.5, lang="nl-BE", author="Pieter Van Looy", after=3,
                  heading_color=RGBColor(0xC0, 0x00, 0x00), title="check-in AMIF partners")
    doc.styles["Heading 2"].font.size = Pt(11)
    fp = doc.sections[0].footer.paragraphs[0]
    add_runs(fp, [R("OCMW Antwerpen – AMIF – intern/partners", size=8, color=GREY)])

    P(doc, R("Check-in AMIF – partners regio Antwerpen", b=True, size=14))
    P(doc, "Teams-call, do 14/01/2021, 14u–14u30", after=8)
    P(doc, R("Aanwezig:", b=True), after=0)
    for x in ["Pieter Van Looy – OCMW Antwerpen", "Nadia El Khattabi – OCMW Antwerpen",
              "Sofie Mertens – OCMW Schoten", "Jonas Wuyts – OCMW Edegem", "Hanne Claeys – POD MI (vanaf 14u10)"]:
        P(doc, x, style="List Bullet", after=0)
    P(doc, R("Verontschuldigd:", b=True), " Lotte Peeters – OCMW Mortsel", before=4)
    P(doc, R("Agenda:", b=True), " rondje stand van zaken – lockdown en groepssessies – rapportering 2020 – varia",
      after=8)

    doc.add_heading("Rondje", level=2)
    P(doc, "Antwerpen: 11 deelnemers actief, alles individueel (telefoon, videobellen). Schoten: 3 actief, 1 "
           "stopgezet (verhuisd). Edegem: 2 actief, wachten op heropstart groep. Mortsel: geen info (Lotte "
           "afwezig).")
    doc.add_heading("Lockdown en groepssessies", level=2)
    P(doc, "Groepssessies blijven stilliggen tot minstens eind januari. Sommige deelnemers hebben geen laptop "
           "of enkel een gsm met beperkte data. Edegem heeft 2 laptops van de bib kunnen lenen.")
    doc.add_heading("Rapportering 2020", level=2)
    P(doc, "Hanne bevestigt: deadline jaarrapport 2020 is 31 maart. Antwerpen maakt één rapport voor de hele "
           "regio, de partners leveren hun cijfers aan.")
    doc.add_heading("Varia", level=2)
    P(doc, "Infosessie Mortsel van 26/01 wordt verplaatst.")

    doc.add_heading("Acties", level=2)
    t = doc.add_table(rows=6, cols=3)
    t.style = "Table Grid"
    hdr = ["Wat", "Wie", "Tegen"]
    for i, h in enumerate(hdr):
        C(t, 0, i, R(h, b=True))
        shade_cell(t.cell(0, i), "D9D9D9")
    rows = [("Aanwezigheidslijsten Q4 doorsturen naar Antwerpen", "alle partner-OCMW's", "22/01"),
            ("Jaarrapport 2020 deel Antwerpen opmaken", "Pieter", "15/03"),
            ("Antwoord bezorgen op de vraag over online sessies en AMIF-kosten", "POD MI", "volgende check-in"),
            ("Laptop-uitleen voor deelnemers bekijken (bib, Digipunt)", "Sofie + Jonas", "11/02"),
            ("Nieuwe datum infosessie Mortsel vastleggen", "?", "")]
    for r, row in enumerate(rows, start=1):
        for c, v in enumerate(row):
            C(t, r, c, v)
    col_widths(t, [9.5, 4.0, 3.0])
    P(doc, "")
    P(doc, "Volgende check-in: donderdag 11 februari 2021, zelfde uur.")
    save(doc, "381_checkin_partners_antwerpen_jan2021.docx")


# ======================================================================
# 382  CPAS Bruxelles - a manager's decisions and tasks
#      writer: Aurélie Vandenbossche. Tables D1.. / T1.., initials, automatic agenda numbering.
# ======================================================================
def r382():
    doc = new_doc(font="Verdana", size=9, lang="fr-BE", author="Aurélie Vandenbossche", after=2,
                  margins=(2.0, 2.0, 2.0, 2.0), heading_font="Verdana", heading_color=RGBColor(0x00, 0x70, 0x60),
                  title="Coordination FAMI 23.04.2024")
    doc.styles["Heading 1"].font.size = Pt(11)
    doc.styles["Heading 2"].font.size = Pt(10)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.paragraph_format.tab_stops.add_tab_stop(Cm(17), WD_TAB_ALIGNMENT.RIGHT)
    add_runs(hp, [R("CPAS de Bruxelles – Département Action sociale", size=7), "\t",
                  R("Usage interne", b=True, size=7, color=RGBColor(0xC0, 0x00, 0x00))])
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    add_runs(fp, [R("p. ", size=7)])
    add_field(fp, "PAGE", "1", size=7)

    P(doc, "Coordination FAMI – décisions et tâches", style="Heading 1")
    t = doc.add_table(rows=3, cols=2)
    t.style = "Table Grid"
    C(t, 0, 0, R("Date", b=True))
    C(t, 0, 1, "Mardi 23 avril 2024, 14h – 15h30")
    C(t, 1, 0, R("Lieu", b=True))
    C(t, 1, 1, "Salle 2.14")
    C(t, 2, 0, R("Participants", b=True))
    C(t, 2, 1, "Aurélie Vandenbossche (AV), Youssef Bakkali (YB), Inès Martin (IM), Benoît Collard (BC) – "
               "CPAS de Bruxelles ; Olivier Renard (SPP IS), pour le point 3")
    for r in range(3):
        shade_cell(t.cell(r, 0), "E2EFEC")
    col_widths(t, [3.0, 14.0])
    P(doc, R("Excusée : ", b=True), "Sarah Ndiaye (CPAS de Bruxelles, formation)", before=4)

    P(doc, R("Ordre du jour", b=True), before=6)
    for x in ["Intakes en attente", "Contrats et taux de présence", "Rapport annuel FAMI et indicateurs",
              "Sorties socio-culturelles", "Divers"]:
        P(doc, x, style="List Number", after=0)

    doc.add_heading("Décisions", level=2)
    dt = doc.add_table(rows=5, cols=2)
    dt.style = "Table Grid"
    dec = [("D1", "Les intakes en attente depuis plus de 2 mois sans réaction du bénéficiaire sont clôturés ; "
                  "l’AS en est informé(e) par mail."),
           ("D2", "Retard toléré : 15 minutes. Au 3e retard non justifié, entretien avec le responsable de module."),
           ("D3", "Le taux de présence minimum reste fixé à 75 % par module."),
           ("D4", "Pour les indicateurs, un participant ne compte qu’une fois par type d’activité "
                  "(cours de langue / orientation civique / accompagnement professionnel)."),
           ("D5", "Pas d’activité obligatoire sur les thèmes sensibles (vie affective, violences conjugales) : "
                  "ces séances sont proposées, pas imposées.")]
    for r, (n, d) in enumerate(dec):
        C(dt, r, 0, R(n, b=True))
        C(dt, r, 1, d)
    col_widths(dt, [1.2, 15.8])

    doc.add_heading("Tâches", level=2)
    tt = doc.add_table(rows=6, cols=4)
    tt.style = "Table Grid"
    for i, h in enumerate(["N°", "Tâche", "Resp.", "Échéance"]):
        C(tt, 0, i, R(h, b=True, color=RGBColor(0xFF, 0xFF, 0xFF)))
        shade_cell(tt.cell(0, i), "007060")
    tasks = [("T1", "Contacter les AS des antennes pour les 6 bilans d’orientation en attente", "YB", "03/05"),
             ("T2", "Adapter le contrat participant (règle de ponctualité D2) et le faire relire par le juridique",
              "IM + BC", "10/05"),
             ("T3", "Transmettre au SPP les indicateurs 2023 (participants par type d’activité, niveau CECR)",
              "AV", "30/04"),
             ("T4", "Envoyer le canevas du rapport annuel 2024 et la définition des indicateurs", "SPP", "mai"),
             ("T5", "Organiser une sortie socio-culturelle en juin (musée ? parc ?)", "à définir", "–")]
    for r, row in enumerate(tasks, start=1):
        for c, v in enumerate(row):
            C(tt, r, c, v)
    col_widths(tt, [1.2, 11.3, 2.2, 2.3])
    P(doc, R("[T5 : budget à compléter]", i=True, color=RGBColor(0xC0, 0x00, 0x00)), before=4)

    doc.add_heading("Pour info", level=2)
    P(doc, "Olivier rappelle que les documents du projet doivent être conservés 5 ans à partir du 31 décembre "
           "de l’année du dernier paiement, mais que les données personnelles des participants ne sont pas "
           "gardées plus longtemps que nécessaire. YB a déjà fait le tri des dossiers 2019.")
    P(doc, R("Prochaine coordination : mardi 21 mai 2024, 14h, salle 2.14", b=True), before=8)
    P(doc, "AV")
    save(doc, "382_coordination_bruxelles_decisions_taches.docx")


# ======================================================================
# 383  CPAS Binche hosts a hybrid network meeting with interpretation
#      writer: Christelle Dumont. Roman numerals, a) b), FR body with NL summaries.
# ======================================================================
def r383():
    doc = new_doc(font="Century Gothic", size=10, lang="fr-BE", author="Christelle Dumont", after=4,
                  title="Rapport rencontre CPAS 22-05-2025")
    spp_header(doc, footer_text="Rapport rencontre CPAS – Binche – 22/05/2025 – version provisoire")

    P(doc, R("Rapport rencontre CPAS – Verslag bijeenkomst OCMW's", b=True, size=13), align="c")
    P(doc, R("22 mai 2025 – 22 mei 2025", b=True), align="c")
    P(doc, "CPAS de Binche, salle du Conseil – en hybride (Teams) / hybride vergadering", align="c", after=10)

    P(doc, R("Présents sur place / Aanwezig ter plaatse :", b=True, u=True), after=0)
    P(doc, "Christelle Dumont, Marie-Pierre Delhaye (CPAS Binche) ; Laura Cappelle, Karim Benali (CPAS "
           "Charleroi) ; Fabienne Lejeune (CPAS Liège) ; Youssef Bakkali (CPAS Bruxelles) ; Olivier Renard "
           "(SPP IS)", left=0.5)
    P(doc, R("En ligne / Online :", b=True, u=True), after=0)
    P(doc, "Elif Demir (OCMW Gent) ; Nadia El Khattabi (OCMW Antwerpen) ; Jonas Wuyts (OCMW Edegem) ; "
           "Hanne Claeys (POD MI)", left=0.5)
    P(doc, R("Interprètes / Tolken :", b=True, u=True), after=0)
    P(doc, "Anne Lecocq et Wim Daels (cabine FR/NL sur place, canal d’interprétation dans Teams)", left=0.5)
    P(doc, R("Excusés / Verontschuldigd :", b=True, u=True), after=0)
    P(doc, "Bram De Smet (OCMW Gent), Sofie Mertens (OCMW Schoten), Lotte Peeters (OCMW Mortsel)", left=0.5,
      after=10)

    P(doc, R("Programme / Programma", b=True, size=11), keep=True)
    ag = [("10h00-10h20", "Accueil et présentation du CPAS de Binche / Onthaal"),
          ("10h20-11h10", "Le projet de Binche avec Charleroi : l’atelier cuisine du monde"),
          ("11h10-12h00", "Indicateurs UE : niveau CECR et « intégration perçue »"),
          ("12h00-13h00", "Lunch"),
          ("13h00-14h00", "Enquête de satisfaction multilingue / Tevredenheidsenquête in meer talen"),
          ("14h00-14h30", "Conservation des documents et RGPD"),
          ("14h30-15h00", "Feed-back et clôture")]
    t = doc.add_table(rows=len(ag), cols=2)
    for i, (tm, ti) in enumerate(ag):
        C(t, i, 0, R(tm, b=True))
        C(t, i, 1, ti)
        if i % 2 == 0:
            shade_cell(t.cell(i, 0), "F2F2F2")
            shade_cell(t.cell(i, 1), "F2F2F2")
    col_widths(t, [3.0, 13.0])
    P(doc, "")

    def head(txt):
        P(doc, R(txt, b=True, size=11, color=SPP_BLUE), before=8, keep=True)

    head("I. Accueil / Onthaal")
    P(doc, "Le Président du CPAS de Binche souhaite la bienvenue. C’est la première fois que Binche accueille le "
           "réseau : le CPAS est partenaire de Charleroi depuis 2022. Les collègues en ligne suivent via Teams ; "
           "l’interprétation passe par le canal d’interprétation.", align="j")
    head("II. L’atelier cuisine du monde (Binche – Charleroi)")
    P(doc, "Marie-Pierre Delhaye présente l’atelier : une fois par semaine, 8 participants cuisinent un plat de "
           "leur pays, font les courses ensemble (budget, étiquettes, unités) et invitent un service du CPAS "
           "au repas. L’atelier sert aussi d’activation linguistique.", align="j")
    P(doc, R("a) Points forts", b=True))
    P(doc, "le lien entre participants, la fierté de montrer son savoir-faire", style="List Bullet")
    P(doc, "le vocabulaire du quotidien appris « en faisant »", style="List Bullet")
    P(doc, R("b) Points à améliorer", b=True))
    P(doc, "horaires qui changent trop souvent (disponibilité de la cuisine)", style="List Bullet")
    P(doc, "règles d’hygiène (AFSCA) à expliquer plus simplement", style="List Bullet")
    P(doc, R("NL – samenvatting: ", b=True, i=True),
      R("Binche en Charleroi stellen hun wekelijks kookatelier voor. Sterk: groepsgevoel en woordenschat. "
        "Werkpunt: wisselende uurroosters.", i=True), align="j")

    head("III. Indicateurs UE")
    P(doc, "Olivier Renard rappelle les indicateurs de résultat du règlement (UE) 2021/1147 : participants à un "
           "cours de langue ayant progressé d’au moins un niveau CECR, et participants qui déclarent que "
           "l’activité les a aidés à s’intégrer. Les CPAS qui ne font pas de cours de langue (Liège, Binche) "
           "demandent comment mesurer l’activation linguistique. Le SPP propose de ne compter que les "
           "participants testés au début et à la fin.", align="j")
    P(doc, R("[NL: samenvatting punt III nog toe te voegen]", hl=WD_COLOR_INDEX.YELLOW))

    head("IV. Enquête de satisfaction multilingue / Tevredenheidsenquête")
    P(doc, "La version simplifiée (smileys, version audio) est utilisée par Charleroi et Binche depuis "
           "septembre. Gent heeft een Arabische vertaling gemaakt; Antwerpen vraagt Dari, Tigrinya en "
           "Oekraïens.", align="j")
    head("V. Conservation des documents et RGPD")
    P(doc, "Rappel : les pièces du projet sont conservées 5 ans à partir du 31 décembre de l’année du dernier "
           "paiement (règlement (UE) 2021/1060, art. 82). Les données personnelles des participants restent au "
           "CPAS et ne sont gardées que le temps nécessaire ; un participant peut demander à voir ce que le CPAS "
           "détient à son sujet.", align="j")
    head("VI. Feed-back et clôture")
    P(doc, "Tout le monde apprécie la formule hybride, mais le son de la salle était difficile à suivre en ligne "
           "le matin (micro de table ajouté l’après-midi).", align="j")

    head("Actions / Acties")
    P(doc, "Action : le SPP envoie une note sur le comptage des niveaux CECR avant le 30 juin.", style="List Bullet")
    P(doc, "Actie : OCMW Gent bezorgt de Arabische vertaling van de enquête aan alle OCMW's.",
      style="List Bullet")
    P(doc, "Action : Christelle Dumont et Laura Cappelle rédigent une fiche « atelier cuisine » pour le réseau.",
      style="List Bullet")
    P(doc, "Action : chaque CPAS vérifie ses délais de conservation et de suppression des dossiers "
           "participants.", style="List Bullet")
    P(doc, "")
    P(doc, R("Prochaine rencontre / Volgende bijeenkomst : 14 octobre 2025 – 14 oktober 2025, à Gand / in Gent "
             "(à confirmer)", b=True))
    save(doc, "383_rencontre_hybride_binche_2025.docx")


# ======================================================================
# 384  SPP - formal procès-verbal, approved at the following meeting
#      writer: Griet Verhaegen (secretary). Mme/M., ordre du jour, signatures with tabs.
# ======================================================================
def r384():
    doc = new_doc(font="Times New Roman", size=11, lang="fr-BE", author="Griet Verhaegen", after=6,
                  title="PV 4/2016 réseau FAMI")
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_runs(hp, [R("SPP Intégration Sociale – Réseau FAMI des CPAS", size=9, i=True)])
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_runs(fp, [R("PV 4/2016 – page ", size=9)])
    add_field(fp, "PAGE", "1", size=9)
    add_runs(fp, [R(" de ", size=9)])
    add_field(fp, "NUMPAGES", "2", size=9)

    P(doc, R("APPROUVÉ en séance du 14 mars 2017", b=True, size=9, color=RGBColor(0x00, 0x80, 0x00)), align="r")
    P(doc, R("PROCÈS-VERBAL N° 4/2016", b=True, size=13), align="c", after=0)
    P(doc, R("de la réunion du réseau FAMI des CPAS", b=True), align="c", after=0)
    P(doc, "tenue le mardi 22 novembre 2016 à 10 heures au SPP Intégration Sociale, Bruxelles (salle Lambermont)",
      align="c", after=12)

    P(doc, R("Présents :", u=True), after=2)
    for x in ["M. Laurent Dewit, SPP Intégration Sociale, président de séance ;",
              "Mme Griet Verhaegen, POD Maatschappelijke Integratie, secrétaire ;",
              "Mme Katrien Goossens, OCMW Gent ;",
              "M. Marc Lambotte, CPAS de Liège ;",
              "Mme Véronique Hanse, CPAS de Charleroi ;",
              "M. Dirk Janssens, OCMW Antwerpen ;",
              "Mme Naïma Bouzid, CPAS de Bruxelles."]:
        P(doc, x, left=1.0, after=0)
    P(doc, R("Assistent également :", u=True), " Mme Sabine Roelandt et M. Jean-Luc Marchal, interprètes "
                                               "(interprétation simultanée français-néerlandais).", before=6)
    P(doc, R("Excusée :", u=True), " Mme Hilde Baert, OCMW Antwerpen.", after=12)

    P(doc, R("Ordre du jour :", u=True), after=2)
    oj = ["Ouverture de la séance et approbation de l’ordre du jour",
          "Approbation du procès-verbal de la réunion du 27 septembre 2016",
          "État d’avancement des projets",
          "Rapport annuel 2016 : modalités",
          "Questions diverses",
          "Date de la prochaine réunion"]
    for i, x in enumerate(oj, start=1):
        P(doc, "%d.\t%s" % (i, x), left=1.0, first=-0.6, tabs=[1.0], after=0)
    P(doc, "", after=0)

    def head(txt):
        P(doc, R(txt, b=True), before=10, after=4, keep=True)

    head("1. Ouverture de la séance et approbation de l’ordre du jour")
    P(doc, "Le président ouvre la séance à 10h05 et remercie les interprètes. L’ordre du jour est approuvé "
           "sans modification.", align="j")
    head("2. Approbation du procès-verbal de la réunion du 27 septembre 2016")
    P(doc, "Le procès-verbal de la réunion du 27 septembre 2016 est approuvé sans remarque.", align="j")
    head("3. État d’avancement des projets")
    P(doc, "Chaque CPAS présente brièvement l’état de son projet.", align="j")
    P(doc, "Mme Goossens indique que le projet gantois compte 38 participants, répartis en deux groupes selon "
           "le niveau de langue. Le CPAS de Liège (M. Lambotte) a démarré en septembre un atelier créatif animé "
           "par un artiste ; trois contrats sont signés par participant. Mme Hanse expose la méthode de "
           "recrutement du CPAS de Charleroi (listing avec l’observatoire local, sélection par les assistants "
           "sociaux, séances d’information). M. Janssens annonce que l’OCMW Antwerpen souhaite associer des "
           "OCMW voisins au projet à partir de 2017. Mme Bouzid signale des difficultés de ponctualité.",
      align="j")
    P(doc, "Le CPAS de Charleroi présentera ses chiffres de recrutement détaillés lors de la prochaine réunion.",
      align="j")
    P(doc, "M. Dirk Janssens communiquera les coordonnées des OCMW intéressés au secrétariat du réseau.",
      align="j")
    head("4. Rapport annuel 2016 : modalités")
    P(doc, "Le président rappelle que le rapport annuel comprend le nombre de participants, le taux de présence "
           "et les abandons. Aucune donnée nominative ne doit être transmise au SPP.", align="j")
    P(doc, "Le SPP transmettra aux CPAS le modèle de rapport annuel pour le 15 décembre 2016.", align="j")
    P(doc, "Les CPAS communiquent au secrétariat le nom de la personne chargée du rapport pour le 9 décembre "
           "2016.", align="j")
    head("5. Questions diverses")
    P(doc, "Mme Bouzid demande que les documents du réseau soient systématiquement disponibles en français et en "
           "néerlandais. Le président marque son accord.", align="j")
    head("6. Date de la prochaine réunion")
    P(doc, "La prochaine réunion aura lieu le mardi 14 mars 2017 à 10 heures, au CPAS de Charleroi.", align="j")
    P(doc, "La séance est levée à 12h40.", before=8)
    P(doc, "")
    P(doc, "La secrétaire,\tLe président,", tabs=[9.0], after=0)
    P(doc, "", after=18)
    P(doc, "Griet Verhaegen\tLaurent Dewit", tabs=[9.0])
    save(doc, "384_pv_reseau_fami_novembre2016.docx")


# ======================================================================
# 385  POD MI - network day in Gent with annexes
#      writer: Lies Vanhove. Bilingual headings, tables for people and agenda, annex list.
# ======================================================================
def r385():
    doc = new_doc(font="Arial", size=10, lang="nl-BE", author="Lies Vanhove", after=4,
                  heading_font="Arial", heading_color=SPP_BLUE, title="Verslag netwerkdag AMIF Gent 28-11-2019")
    doc.styles["Heading 1"].font.size = Pt(11)
    doc.styles["Heading 2"].font.size = Pt(10)
    spp_header(doc, footer_text="Netwerkdag AMIF – Journée réseau FAMI – 28/11/2019")

    P(doc, R("Verslag netwerkdag AMIF – Rapport journée réseau FAMI", b=True, size=14, color=SPP_BLUE), align="c")
    P(doc, R("28 november 2019 – 28 novembre 2019", b=True), align="c", after=0)
    P(doc, "OCMW Gent, Onderbergen 86, 9000 Gent", align="c", after=10)

    P(doc, R("Aanwezig / Présents", b=True))
    people = [("Lies Vanhove", "POD MI"), ("Olivier Renard", "SPP IS"), ("Bram De Smet", "OCMW Gent"),
              ("Elif Demir", "OCMW Gent"), ("Ruben Claus", "OCMW Gent"), ("Fabienne Lejeune", "CPAS Liège"),
              ("Samira Ouali", "CPAS Liège"), ("Karim Benali", "CPAS Charleroi"),
              ("Nadia El Khattabi", "OCMW Antwerpen"), ("Aurélie Vandenbossche", "CPAS Bruxelles"),
              ("Youssef Bakkali", "CPAS Bruxelles"), ("An Verbeke", "tolk / interprète"),
              ("Céline Masson", "tolk / interprète")]
    t = doc.add_table(rows=(len(people) + 1) // 2, cols=4)
    t.style = "Table Grid"
    for i, (n, o) in enumerate(people):
        r, c = i // 2, (i % 2) * 2
        C(t, r, c, R(n, size=9))
        C(t, r, c + 1, R(o, size=9, color=GREY))
    col_widths(t, [4.0, 4.0, 4.0, 4.0])
    P(doc, R("Verontschuldigd / Excusés : ", b=True), "Pieter Van Looy (OCMW Antwerpen), Thierry Dosogne (CPAS "
                                                     "Liège)", before=6, after=8)

    P(doc, R("Programma / Programme", b=True))
    ag = [("9u30", "10u00", "Onthaal met koffie / Accueil café"),
          ("10u00", "10u15", "Welkom door OCMW Gent / Mot d'accueil du CPAS de Gand"),
          ("10u15", "11u15", "Voorstelling project \"Samen Sterk\" / Présentation du projet"),
          ("11u30", "12u30", "Workshop in groepen: sterke punten en werkpunten / Atelier en groupes"),
          ("12u30", "13u30", "Lunch"),
          ("13u30", "15u00", "Brainstorm tevredenheidsenquête / Brainstorming enquête de satisfaction"),
          ("15u00", "15u30", "Afspraken en afsluiting / Accords et clôture")]
    at = doc.add_table(rows=len(ag) + 1, cols=3)
    at.style = "Table Grid"
    for i, h in enumerate(["Van / De", "Tot / À", "Onderwerp / Sujet"]):
        C(at, 0, i, R(h, b=True, size=9))
        shade_cell(at.cell(0, i), "DCE6F1")
    for r, row in enumerate(ag, start=1):
        for c, v in enumerate(row):
            C(at, r, c, R(v, size=9))
    col_widths(at, [2.0, 2.0, 12.0])

    doc.add_heading("1. Welkom / Accueil", level=1)
    P(doc, "Bram De Smet verwelkomt het netwerk in Gent. De tolken zorgen voor fluistertolken in beide "
           "richtingen. ", R("Bram De Smet souhaite la bienvenue au réseau. Les interprètes assurent une "
                             "interprétation chuchotée dans les deux sens.", i=True), align="j")

    doc.add_heading("2. Voorstelling project \"Samen Sterk\" / Présentation du projet", level=1)
    P(doc, "Het Gentse project werkt met een intake, een oriëntatiebalans en drie modules: taalactivering, "
           "\"Wegwijs in Gent\" (infosessies over wonen, mobiliteit, bank en verzekeringen) en individuele "
           "coaching om de twee weken. Er lopen 2 groepen van 12 deelnemers. De presentatie zit in bijlage 1.",
      align="j")
    P(doc, R("Le projet gantois fonctionne avec un entretien d'admission, un bilan d'orientation et trois "
             "modules. La présentation se trouve en annexe 1.", i=True), align="j")

    doc.add_heading("3. Workshop: sterke punten en werkpunten / Atelier : points forts et points à améliorer",
                    level=1)
    doc.add_heading("3.1 Sterke punten / Points forts", level=2)
    for x in ["intensief werken met de groep, bijna elke dag / travail intensif, presque tous les jours",
              "band tussen medewerkers en deelnemers / lien entre agents et participants",
              "groepsgevoel op het einde van de module / esprit de groupe en fin de module"]:
        P(doc, x, style="List Bullet", after=0)
    doc.add_heading("3.2 Werkpunten / Points à améliorer", level=2)
    for x in ["communicatie naar deelnemers bij wijzigingen van uurrooster / communication en cas de "
              "changement d'horaire",
              "evenwicht tussen oude en nieuwe deelnemers / équilibre entre anciens et nouveaux",
              "activiteiten vroeger plannen (administratie duurt lang) / planifier plus tôt"]:
        P(doc, x, style="List Bullet", after=0)

    doc.add_heading("4. Brainstorm tevredenheidsenquête / Brainstorming enquête de satisfaction", level=1)
    P(doc, "De huidige enquête gebruikt te abstracte woorden (\"relevantie\", \"verwachtingen\"). Voorstellen: "
           "smileys, kortere vragen, mondeling afnemen met een tolk, vertalingen (Arabisch, Dari, Pasjtoe, "
           "Tigrinya). De foto's van de flipcharts komen in bijlage 2.", align="j")
    P(doc, R("[FR: traduction du point 4 à compléter]", hl=WD_COLOR_INDEX.YELLOW))

    doc.add_heading("5. Afspraken / Accords", level=1)
    for x in ["→ OCMW Gent: presentatie doorsturen naar POD MI voor verspreiding",
              "→ POD MI: nieuwe versie tevredenheidsenquête opmaken in eenvoudige taal",
              "→ Fabienne Lejeune en Elif Demir: lijst van moeilijke woorden uit de enquête verzamelen",
              "→ alle OCMW's: vertaalnoden doorgeven tegen 20 december",
              "→ nog te bepalen: contact opnemen met een vertaalbureau voor Pasjtoe"]:
        P(doc, x, after=2, left=0.5)

    doc.add_heading("6. Bijlagen / Annexes", level=1)
    P(doc, "Bijlage 1 – Presentatie OCMW Gent \"Samen Sterk\" (pdf)", after=0)
    P(doc, "Bijlage 2 – Foto's flipcharts brainstorm ", R("[bijlage 2 volgt nog]", hl=WD_COLOR_INDEX.YELLOW),
      after=0)
    P(doc, "Bijlage 3 – Aanwezigheidslijst (getekend)")
    P(doc, "")
    P(doc, R("Volgende netwerkdag / Prochaine journée réseau: maart 2020, OCMW Brussel / CPAS de Bruxelles",
             b=True))
    save(doc, "385_netwerkdag_gent_bijlagen_2019.docx")


# ======================================================================
# 386  SPP - two colleagues writing in turn (FR by Olivier, NL by Hanne)
#      writers: Olivier Renard + Hanne Claeys. Coloured notes, people grouped by organisation.
# ======================================================================
def r386():
    OR_COL = RGBColor(0x1F, 0x4E, 0x9D)
    HC_COL = RGBColor(0x2E, 0x7D, 0x32)
    doc = new_doc(font="Calibri", size=11, lang="fr-BE", author="Olivier Renard", after=4,
                  heading_color=SPP_BLUE, title="Réunion réseau FAMI 12-02-2026 - draft")
    doc.core_properties.last_modified_by = "Hanne Claeys"
    doc.styles["Heading 1"].font.size = Pt(12)
    doc.styles["Heading 2"].font.size = Pt(11)
    spp_header(doc, footer_text="DRAFT – ne pas diffuser / niet verspreiden")

    P(doc, "Réunion du réseau FAMI – Netwerkvergadering AMIF", style="Title")
    P(doc, R("Jeudi 12 février 2026 – donderdag 12 februari 2026 – Teams, 10h00-12h30", b=True))
    P(doc, R("Interprétation simultanée FR/NL via le canal d’interprétation Teams", i=True), after=8)

    P(doc, R("Participants / Deelnemers", b=True))
    groups = [("SPP IS / POD MI", "Olivier Renard, Hanne Claeys"),
              ("CPAS Liège", "Fabienne Lejeune, Samira Ouali"),
              ("OCMW Gent", "Elif Demir, Ruben Claus"),
              ("CPAS Charleroi", "Laura Cappelle"),
              ("CPAS Binche", "Christelle Dumont"),
              ("OCMW Antwerpen", "Nadia El Khattabi"),
              ("OCMW Edegem", "Jonas Wuyts"),
              ("CPAS Bruxelles", "Youssef Bakkali, Sarah Ndiaye"),
              ("Interprètes / tolken", "Anne Lecocq, Wim Daels")]
    for org, names in groups:
        P(doc, R(org, b=True), "\t", names, tabs=[4.5], after=0)
    P(doc, R("Excusés / Verontschuldigd", b=True), "\t", "Bram De Smet (OCMW Gent), Sofie Mertens (OCMW Schoten)",
      tabs=[4.5], before=4, after=8)

    P(doc, R("Ordre du jour / Agenda", b=True))
    for tm, ti in [("10h00", "Accueil / Welkom"),
                   ("10h10", "Nouvelle application pour les fiches projet / Nieuwe app voor de projectfiches"),
                   ("10h50", "Rapportage indicateurs 2025 / Rapportering indicatoren 2025"),
                   ("11h30", "Conservation des données / Bewaring van gegevens"),
                   ("12h10", "Varia")]:
        P(doc, tm, "\t", ti, tabs=[1.6], left=0.3, after=0)

    doc.add_heading("1. Accueil / Welkom", level=1)
    P(doc, "Olivier souhaite la bienvenue et rappelle le fonctionnement du canal d’interprétation. Tour de table : "
           "Sarah Ndiaye remplace Aurélie Vandenbossche comme coordinatrice au CPAS de Bruxelles.", align="j")

    doc.add_heading("2. Nouvelle application pour les fiches projet", level=1)
    P(doc, "Le SPP présente l’application qui remplace les fiches projet en Word et les rapports de réunion. "
           "Chaque CPAS encode sa fiche (groupe cible, modules, sous-objectifs, coûts en ETP, financement) ; "
           "les données des participants restent visibles uniquement pour leur propre CPAS. Les parcours "
           "(orientation, bilan, contrats, modules) pourront y être suivis, avec validation du bilan "
           "d’orientation par le responsable.", align="j")
    P(doc, "Questions : Liège demande si les anciens participants (2024-2025) doivent être réencodés ; "
           "Charleroi demande un accès pour les AS des antennes. ",
      R("[OR : réponse sur les accès AS à compléter après discussion avec l’équipe IT]", color=OR_COL, i=True),
      align="j")
    P(doc, R("À faire :", b=True))
    P(doc, "Hanne stuurt de handleiding van de app door vóór 27 februari.", style="List Bullet")
    P(doc, "Chaque CPAS désigne deux utilisateurs test et communique leurs noms au SPP (qui : tous les CPAS)",
      style="List Bullet")

    doc.add_heading("3. Rapportering indicatoren 2025", level=1)
    P(doc, R("(Hanne)", i=True, color=HC_COL))
    P(doc, "Voor het jaarverslag 2025 vraagt de Commissie de gemeenschappelijke output- en resultaatindicatoren: "
           "deelnemers aan taalcursussen, maatschappelijke oriëntatie en persoonlijke professionele begeleiding; "
           "deelnemers die minstens één ERK-niveau vooruitgingen; deelnemers die zeggen dat de activiteit hun "
           "integratie hielp. Gent en Antwerpen hebben hun cijfers al doorgestuurd.", align="j")
    P(doc, R("HC: Olivier, kan jij de cijfers van Luik nog checken? Ik heb 52 deelnemers, in het jaarrapport "
             "staat 57.", color=HC_COL, hl=WD_COLOR_INDEX.YELLOW))
    P(doc, R("Actiepunten:", b=True))
    P(doc, "Laura Cappelle en Christelle Dumont leveren één gezamenlijke tabel voor Charleroi en Binche.",
      style="List Bullet")
    P(doc, "Het POD stuurt een herinnering naar de OCMW's die nog niets bezorgden.", style="List Bullet")

    doc.add_heading("4. Bewaring van gegevens / Conservation des données", level=1)
    P(doc, R("(Hanne)", i=True, color=HC_COL))
    P(doc, "Projectdocumenten worden vijf jaar bewaard vanaf 31 december van het jaar van de laatste betaling "
           "(verordening (EU) 2021/1060, art. 82). Persoonsgegevens van deelnemers niet langer dan nodig (AVG "
           "art. 5). Een deelnemer kan vragen wat het OCMW over hem bijhoudt (art. 15).", align="j")
    P(doc, R("(Olivier)", i=True, color=OR_COL))
    P(doc, "En pratique : qui supprime quoi et quand ? Il faut une règle commune dans l’application. ",
      R("[OR : à compléter après réception du tableau de Charleroi]", color=OR_COL, i=True), align="j")
    P(doc, "Voorstel van bewaartermijnen per documenttype opstellen → wie: nog te bepalen", style="List Bullet")

    doc.add_heading("5. Varia", level=1)
    P(doc, "Youssef Bakkali vraagt of de enquête ook in het Oekraïens kan. ", "Oui, la traduction existe déjà "
           "(Gent, 2025).", align="j")
    P(doc, "")
    P(doc, R("Volgende netwerkvergadering / Prochaine réunion du réseau : jeudi 4 juin 2026 (en présentiel à Liège)",
             b=True))
    save(doc, "386_reseau_fami_teams_fevrier2026.docx")


if __name__ == "__main__":
    for f in (r377, r378, r379, r380, r381, r382, r383, r384, r385, r386):
        f()
