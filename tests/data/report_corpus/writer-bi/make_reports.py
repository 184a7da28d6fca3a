# -*- coding: utf-8 -*-
"""Builds the ten meeting reports 617-626 (writer-bi) with python-docx.

Each report is written by a different (invented) secretary of one organisation of the
AMIF/FAMI network, each with their own Word habits. The answer keys (*.expected.json) are
written by hand, not by this script.
"""
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))

TAG_FR = "Vers une politique de migration plus intégrée, grâce au FAMI"
TAG_NL = "Naar een geïntegreerd migratiebeleid, dankzij het AMIF"


# ---------------------------------------------------------------- helpers
def new_doc(font="Calibri", size=11):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.append(rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(a), font)
    return d


def fmt_run(run, f="", color=None, size=None):
    if "b" in f:
        run.bold = True
    if "i" in f:
        run.italic = True
    if "u" in f:
        run.underline = True
    if color:
        run.font.color.rgb = RGBColor.from_string(color)
    if size:
        run.font.size = Pt(size)
    return run


def add_runs(p, runs):
    for r in runs:
        if isinstance(r, str):
            p.add_run(r)
        else:
            text, f = r[0], r[1]
            color = r[2] if len(r) > 2 else None
            size = r[3] if len(r) > 3 else None
            fmt_run(p.add_run(text), f, color, size)
    return p


def P(d, *runs, style=None, align=None, after=None, before=None, indent=None):
    p = d.add_paragraph(style=style)
    add_runs(p, runs)
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


def H(d, text, level=1, color=None):
    """A Word heading; the section number, if any, is typed in the text."""
    h = d.add_heading(level=level)
    r = h.add_run(text)
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    return h


def cell_p(cell, *runs, first=False, style=None):
    if first:
        p = cell.paragraphs[0]
        if style:
            p.style = style
    else:
        p = cell.add_paragraph(style=style)
    add_runs(p, runs)
    return p


def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def page_field(p, prefix=""):
    if prefix:
        p.add_run(prefix)
    run = p.add_run()
    b = OxmlElement("w:fldChar")
    b.set(qn("w:fldCharType"), "begin")
    t = OxmlElement("w:instrText")
    t.set(qn("xml:space"), "preserve")
    t.text = "PAGE"
    e = OxmlElement("w:fldChar")
    e.set(qn("w:fldCharType"), "end")
    run._r.append(b)
    run._r.append(t)
    run._r.append(e)


def header_footer(d, header=None, footer=None, page=None, italic_header=True):
    sec = d.sections[0]
    if header:
        hp = sec.header.paragraphs[0]
        for i, line in enumerate(header.split("\n")):
            if i:
                hp.add_run().add_break()
            r = hp.add_run(line)
            r.italic = italic_header
            r.font.size = Pt(8)
    if footer or page is not None:
        fp = sec.footer.paragraphs[0]
        if footer:
            r = fp.add_run(footer)
            r.font.size = Pt(8)
        if page is not None:
            page_field(fp, page)
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER


def save(d, name):
    d.save(os.path.join(HERE, name))
    print("wrote", name)


# ---------------------------------------------------------------- 617 SPP IS
def r617():
    """Sofie Vandenbroucke, attachée SPP IS: Heading styles, roman numerals typed,
    people in a table, agenda table with times, full NL version after a page break."""
    d = new_doc("Calibri", 11)
    header_footer(d, header=TAG_NL + "\n" + TAG_FR, footer="SPP IS / POD MI – Cellule FAMI – ", page="p. ")
    P(d, ("PROJET – à valider par les participants avant diffusion", "b", "C00000"), align="r")
    t = d.add_paragraph(style="Title")
    t.add_run("Rapport rencontre CPAS – Verslag bijeenkomst OCMW's")
    P(d, ("Jeudi 13 octobre 2016 – Donderdag 13 oktober 2016", "b"), align="c")
    P(d, "SPP Intégration Sociale, boulevard Roi Albert II 30, 1000 Bruxelles – salle 7.14", align="c")
    P(d, ("Interprétation simultanée FR/NL en cabine : Anne-Marie Collignon et Geert Lammens", "i"), align="c")

    P(d, ("Présents :", "b"), before=12)
    rows = [("Sofie Vandenbroucke", "SPP IS"), ("Marc Delvaux", "SPP IS"),
            ("Liesbeth De Smet", "CPAS Gand"), ("Koen Verhaeghe", "CPAS Gand"),
            ("Abdelkader Mansouri", "CPAS Liège"), ("Julie Lambotte", "CPAS Liège"),
            ("Véronique Dufrasne", "CPAS Charleroi"), ("Evelien Goossens", "CPAS Anvers"),
            ("Nour El Idrissi", "CPAS Anvers"), ("Karim Benjelloun", "CPAS Bruxelles"),
            ("Anne-Marie Collignon", "interprète"), ("Geert Lammens", "interprète")]
    tb = d.add_table(rows=1, cols=2)
    tb.style = "Table Grid"
    cell_p(tb.rows[0].cells[0], ("Nom", "b"), first=True)
    cell_p(tb.rows[0].cells[1], ("Organisation", "b"), first=True)
    for n, o in rows:
        c = tb.add_row().cells
        cell_p(c[0], n, first=True)
        cell_p(c[1], o, first=True)
    P(d, ("Excusés : ", "b"), "Hatice Yilmaz (CPAS Gand), Aïcha Tahiri (CPAS Charleroi) et Mariam Kaba (CPAS Bruxelles).",
      before=8)

    P(d, ("Ordre du jour", "b"), before=12)
    ag = [("9h30", "Accueil et café"), ("10h00", "Tour de table : état d'avancement des projets"),
          ("11h15", "Présentation du nouveau canevas de rapportage"), ("12h30", "Lunch"),
          ("13h30", "Échange : le recrutement des participants"), ("15h00", "Conclusions et prochaine réunion")]
    ta = d.add_table(rows=0, cols=2)
    ta.style = "Light List Accent 1"
    for h, it in ag:
        c = ta.add_row().cells
        cell_p(c[0], h, first=True)
        cell_p(c[1], it, first=True)

    H(d, "I. Accueil", 1)
    P(d, "Marc Delvaux souhaite la bienvenue aux cinq CPAS et remercie les interprètes. Il rappelle le but du réseau : "
         "échanger les pratiques entre les CPAS qui mènent un projet FAMI, sans partager de données personnelles des "
         "participants. Chaque CPAS reste seul responsable des données de ses bénéficiaires finaux.", align="j")

    H(d, "II. Tour de table", 1)
    P(d, "Chaque CPAS présente brièvement où en est son projet.")
    P(d, ("Gand", "b"), " : 42 participants inscrits, deux groupes d'activation linguistique et un suivi individuel toutes "
      "les deux semaines. L'entretien d'admission se fait avec une grille commune. Koen Verhaeghe enverra la grille "
      "d'intake utilisée à Gand à tous les CPAS.", style="List Bullet")
    P(d, ("Liège", "b"), " : le projet « Pas à Pas » a démarré en septembre ; 28 participants, surtout des personnes "
      "peu scolarisées. Un atelier créatif et un atelier informatique tournent chaque semaine.", style="List Bullet")
    P(d, ("Charleroi", "b"), " : recrutement via les antennes sociales ; une liste de 640 bénéficiaires potentiels a été "
      "établie, 190 ont été retenus par les AS et 71 sont venus à la séance d'information.", style="List Bullet")
    P(d, ("Anvers", "b"), " : démarrage plus lent (recrutement du coach en août) ; 19 participants à ce jour.",
      style="List Bullet")
    P(d, ("Bruxelles", "b"), " : séances d'information hebdomadaires sur la vie en Belgique (institutions, logement, "
      "mobilité) ; forte demande, liste d'attente.", style="List Bullet")

    H(d, "III. Nouveau canevas de rapportage", 1)
    P(d, "Le SPP présente le canevas du rapport semestriel. Les CPAS trouvent que certains indicateurs sont difficiles à "
         "compter (p. ex. « participants ayant progressé »). Il est convenu de simplifier la partie qualitative.",
      align="j")
    P(d, "Le SPP IS adaptera le canevas et le renverra aux CPAS pour le 15 novembre.")
    P(d, "Chaque CPAS transmet ses remarques sur le canevas au SPP pour le 31 octobre au plus tard.")

    H(d, "IV. Échange : le recrutement des participants", 1)
    P(d, "Charleroi explique le travail avec les antennes sociales : rencontre avec les managers, listing avec "
         "l'observatoire local, puis invitation par courrier. Gand et Anvers passent surtout par le contact direct des "
         "assistants sociaux. Tout le monde constate qu'un tiers seulement des personnes invitées se présente.",
      align="j")
    P(d, "Véronique Dufrasne et Julie Lambotte prépareront ensemble une courte présentation sur le travail avec les "
         "antennes sociales pour la prochaine réunion.")

    H(d, "V. Conclusions", 1)
    P(d, "Les participants apprécient le format d'une journée avec interprétation. La question des frais de transport "
         "des participants (tickets TEC/STIB/De Lijn) revient dans tous les CPAS.")
    P(d, "Rédaction d'une note commune sur les frais de transport des participants : responsable à désigner.")
    P(d, ("Prochaine réunion : jeudi 9 février 2017 au CPAS de Gand.", "b"), before=10)

    d.add_page_break()
    t = d.add_paragraph(style="Title")
    t.add_run("Verslag bijeenkomst OCMW's – 13 oktober 2016")
    P(d, ("Aanwezigen en agenda: zie Franse versie hierboven.", "i"))
    H(d, "I. Onthaal", 1)
    P(d, "Marc Delvaux verwelkomt de vijf OCMW's en bedankt de tolken. Hij herinnert aan het doel van het netwerk: "
         "praktijken uitwisselen tussen de OCMW's met een AMIF-project, zonder persoonsgegevens van deelnemers te delen.",
      align="j")
    H(d, "II. Tafelronde", 1)
    P(d, "Elk OCMW geeft een korte stand van zaken (zie de Franse versie voor de cijfers). Koen Verhaeghe stuurt het "
         "intakerooster van Gent naar alle OCMW's.")
    H(d, "III. Nieuw rapporteringssjabloon", 1)
    P(d, "De POD MI past het sjabloon aan en stuurt het tegen 15 november terug. Elk OCMW bezorgt zijn opmerkingen "
         "tegen 31 oktober.")
    H(d, "IV. Uitwisseling: de rekrutering van deelnemers", 1)
    P(d, "Charleroi licht de samenwerking met de sociale antennes toe. Véronique Dufrasne en Julie Lambotte bereiden "
         "daarover een korte presentatie voor.")
    H(d, "V. Conclusies", 1)
    P(d, "Gemeenschappelijke nota over vervoerskosten van deelnemers: verantwoordelijke nog aan te duiden.")
    P(d, ("Volgende bijeenkomst: donderdag 9 februari 2017 bij het OCMW Gent.", "b"))
    save(d, "617_spp-rencontre-cpas-2016.docx")


# ---------------------------------------------------------------- 618 OCMW Gent
def r618():
    """Liesbeth De Smet, OCMW Gent: no heading styles, bold typed '1.' lines, people grouped
    by organisation in bullets, Word-numbered agenda, 'Actie X:' lines in italics."""
    d = new_doc("Calibri", 11)
    header_footer(d, footer="Verslag netwerk AMIF – 9/02/2017 – blz. ", page="")
    P(d, ("Verslag netwerkbijeenkomst AMIF", "b", None, 16), after=0)
    P(d, "Donderdag 9 februari 2017 – OCMW Gent, dienstencentrum De Vlier, Gent", after=12)
    P(d, ("Aanwezig", "bu"))
    for org, names in [("POD MI", "Sofie Vandenbroucke"),
                       ("OCMW Gent", "Liesbeth De Smet, Koen Verhaeghe, Hatice Yilmaz, Bram Van Acker"),
                       ("OCMW Luik", "Abdelkader Mansouri, Fatou Diallo"),
                       ("OCMW Charleroi", "Véronique Dufrasne"),
                       ("OCMW Antwerpen", "Nour El Idrissi"),
                       ("OCMW Brussel", "Karim Benjelloun, Mariam Kaba"),
                       ("Tolk", "Nadia Bouzid")]:
        P(d, (org + ": ", "i"), names, style="List Bullet")
    P(d, ("Verontschuldigd: ", "bu"), "Marc Delvaux (POD MI), Julie Lambotte (OCMW Luik), Evelien Goossens "
      "(OCMW Antwerpen)", before=6)
    P(d, "Voor de Franstalige collega's was er fluistertolking door Nadia Bouzid.", before=6)

    P(d, ("Agenda", "bu"), before=12)
    for it in ["Welkom en rondleiding in De Vlier", "Goedkeuring verslag 13 oktober 2016",
               "Voorstelling intakegesprek en oriëntatiebalans in Gent",
               "Presentatie Charleroi en Luik: samenwerking met de sociale antennes", "Varia"]:
        P(d, it, style="List Number")

    P(d, ("1. Welkom", "b"), before=12)
    P(d, "Liesbeth heet iedereen welkom in De Vlier, waar het Gentse project zijn groepsactiviteiten houdt. Na de "
         "koffie volgt een korte rondleiding langs het taalcafé en het computerlokaal.")
    P(d, ("2. Verslag vorige bijeenkomst", "b"), before=12)
    P(d, "Het verslag van 13 oktober wordt goedgekeurd mits één correctie (schrijfwijze naam Fatou).")
    P(d, ("3. Intake en oriëntatiebalans in Gent", "b"), before=12)
    P(d, "Hatice en Koen tonen hoe het intakegesprek verloopt: eerst het traject en de motivatie van de deelnemer, dan "
         "de drempels (kinderopvang, gezondheid, mobiliteit). De oriëntatiebalans wordt samen met de maatschappelijk "
         "werker opgemaakt en na drie maanden herbekeken. Op dit moment lopen er twee groepen van 12 deelnemers "
         "[Koen: kan jij de cijfers van de groepen nog nakijken?].")
    P(d, "Luik merkt op dat zij het begrip ‘oriëntatiebalans’ breder gebruiken (ook richting ISP). Brussel vraagt of de "
         "balans gedeeld wordt met de deelnemer: ja, hij tekent mee.")
    P(d, ("Actie Hatice: bezorgt het intakeformulier (NL + FR) aan alle OCMW's via Sofie.", "i"))
    P(d, ("Actie alle OCMW's: oriëntatiebalans van 3 (geanonimiseerde) deelnemers meebrengen naar de volgende "
          "bijeenkomst.", "i"))
    P(d, ("4. Samenwerking met de sociale antennes (Charleroi – Luik)", "b"), before=12)
    P(d, "Véronique en Abdelkader stellen voor hoe zij de maatschappelijk werkers van de antennes betrekken: een "
         "infomoment per antenne, een vaste contactpersoon en een korte verwijsfiche. Het aantal doorverwijzingen is "
         "daardoor in Charleroi verdubbeld.")
    P(d, ("Actie Véronique en Abdelkader: sturen hun presentatie door naar Liesbeth, die ze bij het verslag voegt.",
          "i"))
    P(d, ("5. Varia", "b"), before=12)
    P(d, "Vraag over vervoerskosten van deelnemers (tramticket): mogen die ingebracht worden in het AMIF-budget?")
    P(d, ("Actie POD: bekijkt of verplaatsingskosten van deelnemers in aanmerking komen.", "i"))
    P(d, ("Actie ???: vertaling tevredenheidsenquête naar het Arabisch en Dari – wie neemt dit op?", "i"))
    P(d, ("Volgende bijeenkomst: dinsdag 27 juni 2017 in Luik.", "b"), before=12)
    P(d, "Liesbeth De Smet, OCMW Gent", align="r", before=18)
    save(d, "618_gent-netwerk-feb2017.docx")


# ---------------------------------------------------------------- 619 CPAS Liège
def r619():
    """Nathalie Gilson, CPAS Liège: initials with a legend table, agenda in one sentence,
    letter headings bold+underlined, actions table Qui/Quoi/Pour quand."""
    d = new_doc("Arial", 10)
    header_footer(d, header="CPAS de Liège – Service d'insertion – Projet FAMI « Pas à Pas »", footer="NG/",
                  page="")
    P(d, ("Compte rendu – Rencontre des CPAS du réseau FAMI", "b", "1F3864", 14), align="c")
    P(d, ("Liège, le jeudi 24 mai 2018 – Maison des Savoirs, rue Saint-Léonard", "i"), align="c", after=14)
    P(d, ("Présents : ", "b"), "AM, JL, CR, FD, NG (CPAS Liège) – SV (SPP IS) – LDS, BVA (CPAS Gand) – VD, GLB "
      "(CPAS Charleroi) – NEI (CPAS Anvers) – MK (CPAS Bruxelles)")
    P(d, ("Excusés : ", "b"), "KB (CPAS Bruxelles), EG (CPAS Anvers)")
    P(d, ("Légende des initiales", "i"), before=6, after=2)
    leg = [("AM", "Abdelkader Mansouri"), ("JL", "Julie Lambotte"), ("CR", "Christophe Renard"),
           ("FD", "Fatou Diallo"), ("NG", "Nathalie Gilson"), ("SV", "Sofie Vandenbroucke"),
           ("LDS", "Liesbeth De Smet"), ("BVA", "Bram Van Acker"), ("VD", "Véronique Dufrasne"),
           ("GLB", "Giuseppe Lo Bello"), ("NEI", "Nour El Idrissi"), ("MK", "Mariam Kaba"),
           ("KB", "Karim Benjelloun"), ("EG", "Evelien Goossens")]
    tl = d.add_table(rows=0, cols=4)
    tl.style = "Table Grid"
    for i in range(0, len(leg), 2):
        c = tl.add_row().cells
        for j in range(2):
            if i + j < len(leg):
                cell_p(c[2 * j], (leg[i + j][0], "b"), first=True)
                cell_p(c[2 * j + 1], leg[i + j][1], first=True)
    P(d, "Pas d'interprète cette fois : les collègues néerlandophones ont préféré suivre en français, avec l'aide "
         "de LDS pour les questions.", before=8)
    P(d, ("Ordre du jour : ", "b"), "accueil à la Maison des Savoirs, présentation des contrats de participation, "
      "atelier sur l'enquête de satisfaction et divers.", before=8)

    def head(t):
        P(d, (t, "bu"), before=12)

    head("A. Accueil")
    P(d, "AM accueille le réseau à la Maison des Savoirs, nouveau lieu du projet depuis janvier. Les activités "
         "collectives s'y déroulent dans une maison avec cuisine et jardin, ce qui facilite l'accueil des "
         "participants.", align="j")
    head("B. Les contrats de participation")
    P(d, "JL présente les trois contrats signés par chaque participant : un avec son assistant social, un avec la "
         "personne qui fait l'entretien d'admission et un avec le responsable de chaque module suivi. Les règles sur le "
         "taux de présence (80 % minimum) et la ponctualité y sont fixées.", align="j")
    P(d, "Questions : Gand demande ce qui se passe en cas d'absences répétées (réponse : un entretien avec l'AS, "
         "pas d'exclusion automatique). Charleroi trouve l'idée d'un contrat par module intéressante pour Binche.",
      align="j")
    head("C. Atelier : l'enquête de satisfaction")
    P(d, "En petits groupes, les CPAS relisent l'enquête de satisfaction actuelle. Constat partagé : les questions "
         "sont trop abstraites pour un public peu alphabétisé (« dans quelle mesure… », « autonomie »), et l'enquête "
         "n'existe qu'en FR et NL.", align="j")
    P(d, "Décision : une version simplifiée (échelle de smileys, phrases courtes) sera testée à partir de septembre.",
      align="j")
    head("D. Divers")
    P(d, "SV informe que le rapport annuel est attendu pour fin juin. BVA signale que Gand cherche un lieu pour une "
         "sortie commune des participants en été.", align="j")

    P(d, ("Récapitulatif des actions", "b", "1F3864", 12), before=14)
    ta = d.add_table(rows=1, cols=3)
    ta.style = "Table Grid"
    for c, h in zip(ta.rows[0].cells, ["Qui", "Quoi", "Pour quand"]):
        cell_p(c, (h, "b"), first=True)
        shade(c, "D9E2F3")
    for who, what, when in [
            ("JL", "Envoyer le modèle des trois contrats (anonymisé) à tous les CPAS", "15 juin"),
            ("SV", "Vérifier si l'enquête de satisfaction peut être traduite en arabe, dari et tigrinya", "fin juin"),
            ("Chaque CPAS", "Tester la version simplifiée de l'enquête avec un groupe", "septembre-octobre"),
            ("CR + FD", "Rédiger une proposition de pictogrammes pour les questions abstraites", "prochaine réunion"),
            ("?", "Organiser la visite de l'atelier informatique pour les collègues de Gand", "à voir")]:
        c = ta.add_row().cells
        cell_p(c[0], who, first=True)
        cell_p(c[1], what, first=True)
        cell_p(c[2], when, first=True)
    P(d, ("Prochaine rencontre : à Charleroi, en octobre (date à fixer via Doodle).", "b"), before=12)
    P(d, ("NB : compte rendu non encore relu par AM ; les chiffres de présence sont à compléter.", "i", "808080"),
      before=6)
    save(d, "619_liege-rencontre-mai2018.docx")


# ---------------------------------------------------------------- 620 CPAS Charleroi
def r620():
    """Véronique Dufrasne, CPAS Charleroi: Teams meeting in the first lockdown, blue
    coloured headings typed '1)', agenda lines with ranges and tabs, arrows for actions."""
    d = new_doc("Arial", 10)
    header_footer(d, header="CPAS de Charleroi – Service Action Migrants", footer=TAG_FR, italic_header=False)
    P(d, ("Version provisoire – à compléter après retour de Caroline sur le point 2.", "i", "7F7F7F"))
    P(d, ("Réunion FAMI – visioconférence Teams", "b", "2E74B5", 15), after=0)
    P(d, ("Jeudi 30 avril 2020, 10h00 – 12h00", "b"), after=10)
    P(d, ("Étaient présents : ", "b"), "Yasmina Ouali et Marc Delvaux (SPP IS), Véronique Dufrasne, Giuseppe Lo Bello "
      "et Aïcha Tahiri (CPAS Charleroi), Caroline Lemaire (CPAS Binche), Abdelkader Mansouri (CPAS Liège), "
      "Thomas Dewilde (CPAS Bruxelles).", align="j")
    P(d, ("Excusés : ", "b"), "Didier Wauthier (CPAS Binche), Mariam Kaba (CPAS Bruxelles).")
    P(d, "Réunion réservée aux CPAS francophones (suivi du confinement), en ligne via Teams ; les CPAS flamands "
         "recevront ce compte rendu.", align="j")
    P(d, ("Ordre du jour", "bu"), before=10)
    for a in ["10h00 – 10h15\tTour de connexion et nouvelles de chacun",
              "10h15 – 11h00\tReprise des activités collectives : règles sanitaires",
              "11h00 – 11h40\tSuivi individuel à distance",
              "11h40 – 12h00\tDivers"]:
        P(d, a, after=0, indent=0.5)

    blue = "2E74B5"
    P(d, ("1) Nouvelles de chacun", "b", blue, 12), before=14)
    P(d, "Toutes les activités collectives sont suspendues depuis le 16 mars. Les équipes gardent le contact par "
         "téléphone et WhatsApp. À Charleroi, 47 participants sur 58 ont pu être joints au moins une fois par semaine. "
         "Bruxelles a mis en place des capsules vidéo en plusieurs langues.", align="j")
    P(d, ("2) Reprise des activités collectives", "b", blue, 12), before=14)
    P(d, "Le SPP confirme qu'une reprise progressive est possible à partir de juin si les mesures sont respectées. "
         "Charleroi et Liège partent sur des groupes de 3 participants + 1 formateur, dans un local aéré, masques "
         "fournis. Binche n'a pas encore de local assez grand.", align="j")
    P(d, ("→ ", "b"), "Binche transmet sa fiche de mesures sanitaires aux autres CPAS d'ici le 8 mai.")
    P(d, ("→ ", "b"), "Le SPP vérifie si les masques achetés pour les participants sont éligibles (frais FAMI).")
    P(d, ("3) Suivi individuel à distance", "b", blue, 12), before=14)
    P(d, "Beaucoup de participants n'ont pas de smartphone ou pas de données mobiles. Les coachs adaptent : appels "
         "courts, SMS, rendez-vous sur le pas de la porte. La fatigue et l'isolement sont très présents.",
      align="j")
    P(d, ("→ ", "b"), "Giuseppe et Aïcha mettent à jour la liste des participants sans smartphone.")
    P(d, ("→ ", "b"), "Tous les CPAS : envoyer au SPP le nombre de suivis individuels réalisés par téléphone en avril.")
    P(d, ("4) Divers", "b", blue, 12), before=14)
    P(d, "Bruxelles propose de partager son tutoriel vidéo pour installer WhatsApp.")
    P(d, ("→ ", "b"), "Thomas envoie le lien vers le tutoriel vidéo à tout le monde.")
    P(d, ("Prochaine réunion Teams : mardi 26 mai 2020 à 10h (invitation suivra).", "b"), before=14)
    P(d, "V. Dufrasne", align="r")
    save(d, "620_charleroi-teams-avril2020.docx")


# ---------------------------------------------------------------- 621 OCMW Antwerpen
def r621():
    """Evelien Goossens, OCMW Antwerpen: hybrid day, people table with a status column
    (sorted by organisation), Word-numbered agenda with time ranges, Heading 1/2 with typed
    2.1 numbers, action table at the end."""
    d = new_doc("Verdana", 9)
    header_footer(d, header="OCMW Antwerpen – AMIF-netwerk", footer="Verslag netwerkdag 18/11/2021 – p. ", page="")
    P(d, ("Verslag netwerkdag AMIF-OCMW's", "b", "C00000", 16), after=0)
    P(d, "18 november 2021 – Antwerpen, Lange Gasthuisstraat (zaal Scheldezicht) en via Zoom", after=4)
    P(d, ("Hybride vergadering. Simultaanvertaling NL/FR via het tolkkanaal in Zoom en in de zaal.", "i"), after=10)

    P(d, ("Deelnemers", "b"))
    tb = d.add_table(rows=1, cols=3)
    tb.style = "Table Grid"
    for c, h in zip(tb.rows[0].cells, ["Naam", "Organisatie", ""]):
        cell_p(c, (h, "b"), first=True)
        shade(c, "F2F2F2")
    for n, o, s in [("Yasmina Ouali", "POD MI", "aanwezig (online)"),
                    ("Pieter-Jan Claes", "POD MI", "verontschuldigd"),
                    ("Evelien Goossens", "OCMW Antwerpen", "aanwezig"),
                    ("Jens Peeters", "OCMW Antwerpen", "aanwezig"),
                    ("Nour El Idrissi", "OCMW Antwerpen", "aanwezig"),
                    ("Ilse Vermeulen", "OCMW Schoten", "aanwezig"),
                    ("Kathleen Mertens", "OCMW Edegem", "aanwezig (online)"),
                    ("Sanne Verbist", "OCMW Mortsel", "verontschuldigd"),
                    ("Hatice Yilmaz", "OCMW Gent", "aanwezig (online)"),
                    ("Bram Van Acker", "OCMW Gent", "aanwezig (online)"),
                    ("Fatou Diallo", "OCMW Luik", "aanwezig (online)"),
                    ("Giuseppe Lo Bello", "OCMW Charleroi", "verontschuldigd"),
                    ("Thomas Dewilde", "OCMW Brussel", "aanwezig (online)"),
                    ("Hilde Wuyts", "tolk", "aanwezig"),
                    ("Anne-Marie Collignon", "tolk", "aanwezig")]:
        c = tb.add_row().cells
        cell_p(c[0], n, first=True)
        cell_p(c[1], o, first=True)
        cell_p(c[2], (s, "i" if s == "verontschuldigd" else ""), first=True)

    P(d, ("Agenda", "b"), before=12)
    for a in ["13u30 – 13u45\tVerwelkoming en praktische afspraken hybride vergadering",
              "13u45 – 14u30\tStand van zaken per OCMW",
              "14u30 – 15u15\tNieuwe AMIF-programmaperiode 2021-2027: indicatoren",
              "15u15 – 15u30\tPauze",
              "15u30 – 16u15\tPartnerwerking Antwerpen met Schoten, Edegem en Mortsel",
              "16u15 – 16u30\tVaria en afspraken"]:
        P(d, a, style="List Number", after=0)

    H(d, "1. Verwelkoming", 1)
    P(d, "Evelien verwelkomt iedereen, in de zaal en online. Afspraak: wie online is, gebruikt de chatfunctie om het "
         "woord te vragen; de tolken krijgen de presentaties vooraf. Het is de eerste fysieke netwerkdag sinds "
         "februari 2020.")
    H(d, "2. Stand van zaken per OCMW", 1)
    H(d, "2.1 Gent", 2)
    P(d, "Groepen opnieuw met 8 deelnemers (in 2020 en begin 2021 maximaal 4 + 1 begeleider). Er is een wachtlijst "
         "voor het taalcafé.")
    H(d, "2.2 Luik", 2)
    P(d, "Fatou meldt dat het vrijwilligerswerk als nieuw onderdeel goed loopt: 11 deelnemers doen een paar uur per "
         "week vrijwilligerswerk in een sociale kruidenier of een kringloopwinkel.")
    H(d, "2.3 Charleroi", 2)
    P(d, "Geen update (Giuseppe verontschuldigd). Charleroi stuurt een korte nota na.")
    H(d, "2.4 Antwerpen en partners", 2)
    P(d, "Instroom 2021: 63 nieuwe deelnemers, van wie 14 via de partners Schoten, Edegem en Mortsel. "
         "Opmerking voor Jens: klopt het cijfer van de instroom (63)? Graag nakijken vóór verzending.")
    H(d, "2.5 Brussel", 2)
    P(d, "Thomas: de infosessies over wonen en huren trekken veel volk; de sessie over bank en verzekeringen wordt "
         "herwerkt.")
    H(d, "3. Nieuwe programmaperiode: indicatoren", 1)
    P(d, "Yasmina licht de gemeenschappelijke output- en resultaatindicatoren van de nieuwe AMIF-verordening "
         "(2021/1147) toe: aantal deelnemers aan taalcursussen, aan maatschappelijke oriëntatie en aan persoonlijke "
         "begeleiding, deelnemers die minstens één ERK-niveau stijgen, en deelnemers die zeggen dat de activiteit hen "
         "hielp bij hun integratie. De OCMW's vragen een duidelijke definitie van ‘deelnemer’ (vanaf wanneer telt "
         "iemand mee?).")
    H(d, "4. Partnerwerking Antwerpen – Schoten, Edegem, Mortsel", 1)
    P(d, "Ilse en Kathleen stellen de werking voor: de kleinere OCMW's verwijzen door naar de collectieve modules in "
         "Antwerpen en doen zelf de individuele begeleiding. Knelpunt: verplaatsing van de deelnemers. Beslist: één "
         "gezamenlijke flyer voor de maatschappelijk werkers van de vier OCMW's.")
    H(d, "5. Varia", 1)
    P(d, "Geen gastheer gevonden voor het najaar van 2022. Brussel ontvangt de volgende netwerkdag.")

    P(d, ("Actiepunten", "b", "C00000", 12), before=14)
    ta = d.add_table(rows=1, cols=3)
    ta.style = "Light Grid Accent 2"
    for c, h in zip(ta.rows[0].cells, ["Wat", "Wie", "Tegen wanneer"]):
        cell_p(c, h, first=True)
    for what, who, when in [
            ("Lijst met gemeenschappelijke outputindicatoren vertalen en rondsturen", "POD MI", "10/12"),
            ("Per OCMW nagaan hoeveel taalcursisten bij de start een ERK-niveau hebben", "alle OCMW's", "januari"),
            ("Gezamenlijke flyer voor de partnerwerking afwerken", "Ilse + Kathleen", "eind december"),
            ("Presentatie over vrijwilligerswerk bezorgen aan Evelien", "Fatou", "z.s.m."),
            ("Mortsel informeren over de afspraken van vandaag", "OCMW Antwerpen", "volgende week"),
            ("Gastheer zoeken voor de netwerkdag najaar 2022", "nog te bepalen", "")]:
        c = ta.add_row().cells
        cell_p(c[0], what, first=True)
        cell_p(c[1], who, first=True)
        cell_p(c[2], when, first=True)
    P(d, ("Volgende netwerkdag: donderdag 17 maart 2022 bij OCMW Brussel (onder voorbehoud).", "b"), before=12)
    save(d, "621_antwerpen-netwerkdag-2021.docx")


# ---------------------------------------------------------------- 622 CPAS Bruxelles
def r622():
    """Sarah Vanderelst, CPAS de Bruxelles: bilingual alternating paragraphs (FR, then NL in
    italics), headings in both languages on one line, people in a two-column table with line
    breaks inside the cells."""
    d = new_doc("Calibri", 11)
    header_footer(d, header="CPAS de Bruxelles – OCMW Brussel\n" + TAG_FR + " / " + TAG_NL,
                  footer="Rapport / Verslag 17.03.2022 – ", page="")
    P(d, ("Note à Thomas : merci de vérifier la traduction NL du point 3 avant envoi.", "", "FF0000"))
    P(d, ("Rencontre du réseau FAMI – Bijeenkomst AMIF-netwerk", "b", "002060", 15), align="c", after=0)
    P(d, ("Jeudi 17 mars 2022 / Donderdag 17 maart 2022", "b"), align="c", after=0)
    P(d, "CPAS de Bruxelles, rue Haute 298a – salle du Conseil / OCMW Brussel, Hoogstraat 298a – Raadzaal",
      align="c", after=10)
    P(d, ("Interprétation simultanée assurée par Geert Lammens et Nadia Bouzid. "
          "Simultaanvertaling door Geert Lammens en Nadia Bouzid.", "i"), align="c", after=10)

    tb = d.add_table(rows=2, cols=2)
    tb.style = "Table Grid"
    cell_p(tb.rows[0].cells[0], ("Présents / Aanwezig", "b"), first=True)
    cell_p(tb.rows[0].cells[1], ("Excusés / Verontschuldigd", "b"), first=True)
    pres = ["Sarah Vanderelst (CPAS Bruxelles)", "Thomas Dewilde (CPAS Bruxelles)", "Mariam Kaba (CPAS Bruxelles)",
            "Yasmina Ouali (SPP IS)", "Pieter-Jan Claes (SPP IS)", "Bram Van Acker (OCMW Gent)",
            "Fatou Diallo (CPAS Liège)", "Christophe Renard (CPAS Liège)", "Giuseppe Lo Bello (CPAS Charleroi)",
            "Didier Wauthier (CPAS Binche)", "Jens Peeters (OCMW Antwerpen)", "Wim Van Dyck (OCMW Edegem)",
            "Geert Lammens et Nadia Bouzid (interprètes / tolken)"]
    exc = ["Hatice Yilmaz (OCMW Gent)", "Evelien Goossens (OCMW Antwerpen)", "Ilse Vermeulen (OCMW Schoten)",
           "Sanne Verbist (OCMW Mortsel)"]
    cell_p(tb.rows[1].cells[0], "\n".join(pres), first=True)
    cell_p(tb.rows[1].cells[1], "\n".join(exc), first=True)

    P(d, ("Ordre du jour / Agenda", "b"), before=12)
    for a in ["9h30 : Accueil / Onthaal",
              "10h00 : Présentation du projet bruxellois « Trait d'Union » / Voorstelling van het Brusselse project "
              "« Trait d'Union »",
              "11h00 : Indicateurs FAMI 2021-2027 : état des lieux / AMIF-indicatoren 2021-2027: stand van zaken",
              "12h00 : Lunch",
              "13h00 : Visite de l'antenne sociale de la rue Haute / Bezoek aan de sociale antenne in de Hoogstraat"]:
        P(d, a, style="List Bullet", after=0)

    nl = "595959"

    def both(fr, nltext):
        P(d, fr, align="j", after=2)
        P(d, (nltext, "i", nl), align="j")

    H(d, "1. Accueil / Verwelkoming", 2)
    both("Sarah Vanderelst accueille le réseau au nom du CPAS de Bruxelles. C'est la première rencontre en présentiel "
         "depuis Anvers (novembre 2021).",
         "Sarah Vanderelst verwelkomt het netwerk namens het OCMW Brussel. Het is de eerste fysieke bijeenkomst sinds "
         "Antwerpen (november 2021).")
    H(d, "2. Le projet « Trait d'Union » / Het project « Trait d'Union »", 2)
    both("Mariam Kaba et Thomas Dewilde présentent le projet : un accueil individuel par un binôme assistant social – "
         "médiatrice interculturelle, puis des modules collectifs de six mois (français oral, citoyenneté, "
         "numérique). 84 participants en 2021, dont 60 % de femmes.",
         "Mariam Kaba en Thomas Dewilde stellen het project voor: individueel onthaal door een duo maatschappelijk "
         "werker – interculturele bemiddelaar, daarna collectieve modules van zes maanden (mondeling Frans, "
         "burgerschap, digitaal). 84 deelnemers in 2021, van wie 60 % vrouwen.")
    both("Edegem souhaite voir comment fonctionne le binôme sur le terrain. Mariam et Thomas organiseront une visite "
         "pour les collègues de l'OCMW Edegem.",
         "Edegem wil graag zien hoe het duo in de praktijk werkt. Mariam en Thomas organiseren een bezoek voor de "
         "collega's van OCMW Edegem.")
    H(d, "3. Indicateurs FAMI / AMIF-indicatoren", 2)
    both("Yasmina Ouali fait le point sur les indicateurs communs : les CPAS devront compter les participants qui "
         "progressent d'au moins un niveau CECR. Plusieurs CPAS n'ont pas de test de niveau à l'entrée. "
         "Pieter-Jan Claes enverra la note explicative sur l'indicateur « progression d'un niveau CECR » à tous les "
         "CPAS.",
         "Yasmina Ouali geeft een stand van zaken over de gemeenschappelijke indicatoren: de OCMW's moeten tellen "
         "hoeveel deelnemers minstens één ERK-niveau stijgen. Pieter-Jan Claes stuurt de toelichtende nota naar alle "
         "OCMW's.")
    both("Le CPAS de Liège testera le nouveau tableau d'encodage d'ici fin avril et fera un retour au réseau.",
         "Het OCMW Luik test het nieuwe invoerschema tegen eind april en koppelt terug naar het netwerk.")
    H(d, "4. Visite de l'antenne / Bezoek aan de antenne", 2)
    both("L'après-midi, visite de l'antenne sociale de la rue Haute : les assistants sociaux expliquent comment ils "
         "repèrent les primo-arrivants et les orientent vers le projet.",
         "In de namiddag bezoek aan de sociale antenne in de Hoogstraat: de maatschappelijk werkers leggen uit hoe zij "
         "nieuwkomers opsporen en doorverwijzen naar het project.")
    H(d, "5. Divers / Varia", 2)
    both("Plusieurs CPAS demandent une formation commune sur le RGPD (durée de conservation, droit d'accès). Le SPP IS "
         "fera une proposition de date pour cette formation.",
         "Verschillende OCMW's vragen een gezamenlijke opleiding over de GDPR. De POD MI doet een voorstel van datum.")
    P(d, ("Prochaine réunion / Volgende bijeenkomst : 20 octobre 2022 à Liège – 20 oktober 2022 in Luik", "b"),
      before=12)
    save(d, "622_bruxelles-reseau-mars2022.docx")


# ---------------------------------------------------------------- 623 CPAS Binche
def r623():
    """Caroline Lemaire, CPAS de Binche: Times New Roman, typed dashes for people, no agenda,
    bold underlined headings without numbers, actions in running text with Mme/M."""
    d = new_doc("Times New Roman", 12)
    header_footer(d, header="CPAS de Binche – Service d'insertion sociale", footer="Page ", page="",
                  italic_header=False)
    P(d, ("Document de travail – non diffusé", "i"), align="r")
    P(d, ("Réunion du réseau FAMI du 10 octobre 2019", "bu", None, 14), align="c")
    P(d, "Lieu : CPAS de Charleroi, boulevard Joseph II – Service Action Migrants", align="c", after=12)
    P(d, ("Présents :", "u"), after=0)
    for line in ["- M. Giuseppe Lo Bello, CPAS de Charleroi",
                 "- Mme Véronique Dufrasne, CPAS de Charleroi",
                 "- Mme Caroline Lemaire, CPAS de Binche",
                 "- M. Didier Wauthier, CPAS de Binche",
                 "- Mme Sofie Vandenbroucke, SPP Intégration sociale",
                 "- M. Abdelkader Mansouri, CPAS de Liège",
                 "- Mme Hatice Yilmaz, CPAS de Gand",
                 "- M. Dirk Wouters, CPAS d'Anvers",
                 "- Mme Hilde Wuyts, interprète"]:
        P(d, line, after=0)
    P(d, ("Excusés :", "u"), " M. Karim Benjelloun (CPAS de Bruxelles) et Mme Julie Lambotte (CPAS de Liège).",
      before=6)
    P(d, "Mme Wuyts a assuré la traduction consécutive pour les collègues néerlandophones.", before=6)

    def head(t):
        P(d, (t, "bu"), before=14)

    head("Mot d'accueil")
    P(d, "M. Lo Bello accueille les participants au nom du CPAS de Charleroi et rappelle que Binche est partenaire "
         "du projet depuis le début de l'année. Les participants binchois suivent les ateliers collectifs à Charleroi "
         "et le suivi individuel à Binche.", align="j")
    head("Le partenariat Charleroi – Binche")
    P(d, "Mme Lemaire présente les premiers mois : 23 personnes orientées par les assistants sociaux de Binche, 17 ont "
         "commencé. La difficulté principale est le déplacement vers Charleroi (horaires des bus, coût).", align="j")
    P(d, "Mme Lemaire se charge de transmettre le calendrier des ateliers de Binche à M. Lo Bello. M. Lo Bello et "
         "M. Wauthier verront ensemble comment partager le minibus pour les sorties socio-culturelles.", align="j")
    head("Le tunnel de recrutement")
    P(d, "Mme Dufrasne présente les chiffres du module 3 : 420 personnes listées avec l'observatoire, 180 retenues par "
         "les AS, 61 présentes à la séance d'information (34 %). Pour Binche, le module 2 compte (Didier : peux-tu "
         "compléter les chiffres de Binche pour le module 2 ?) personnes invitées.", align="j")
    P(d, "Le CPAS de Charleroi enverra le modèle de lettre d'invitation aux séances d'information à tous les "
         "partenaires.", align="j")
    head("Questions des CPAS flamands")
    P(d, "Mme Yilmaz et M. Wouters demandent comment on motive les personnes qui ne viennent pas à la séance "
         "d'information. Réponse : un rappel par SMS la veille et un appel de l'AS. Anvers voudrait un dépliant du "
         "projet pour ses partenaires.", align="j")
    P(d, "La traduction du dépliant en néerlandais reste à attribuer.", align="j")
    head("Divers")
    P(d, "Chaque CPAS envoie ses tableaux de présence du premier semestre au SPP pour le 31 octobre (rappel de "
         "Mme Vandenbroucke).", align="j")
    P(d, "La prochaine réunion aura lieu en février 2020 à Bruxelles (date à confirmer par le SPP).", before=12)
    P(d, "Pour le CPAS de Binche,", before=18, after=0)
    P(d, "C. Lemaire")
    save(d, "623_binche-reunion-charleroi-2019.docx")


# ---------------------------------------------------------------- 624 OCMW Schoten
def r624():
    """Ilse Vermeulen, OCMW Schoten: Webex with interpretation, people as tab-aligned lines,
    agenda lines with dotted times, Heading 2 with 'n.<tab>' numbers, TO DO bullets with bold owners."""
    d = new_doc("Calibri", 11)
    header_footer(d, header="OCMW Schoten – partner AMIF-project Antwerpen", footer="blz. ", page="")
    P(d, ("AMIF-netwerk OCMW's – verslag online overleg", "b", "375623", 15), after=0)
    P(d, "Donderdag 9 februari 2023, 9.30 – 11.30 uur, via Webex", after=2)
    P(d, ("Met simultaanvertaling NL-FR via de tolkfunctie van Webex.", "i"), after=10)
    P(d, ("Aanwezig", "b"), after=2)
    for n, o in [("Ilse Vermeulen", "OCMW Schoten"), ("Arben Krasniqi", "OCMW Schoten"), ("Yasmina Ouali", "POD MI"),
                 ("Jens Peeters", "OCMW Antwerpen"), ("Nour El Idrissi", "OCMW Antwerpen"),
                 ("Kathleen Mertens", "OCMW Edegem"), ("Youssef Amrani", "OCMW Mortsel"),
                 ("Bram Van Acker", "OCMW Gent"), ("Christophe Renard", "OCMW Luik"),
                 ("Aïcha Tahiri", "OCMW Charleroi"), ("Caroline Lemaire", "OCMW Binche"),
                 ("Thomas Dewilde", "OCMW Brussel")]:
        P(d, n + "\t" + o, after=0)
    P(d, "Tolken\tGeert Lammens en Hilde Wuyts", after=0)
    P(d, ("Verontschuldigd", "b"), before=8, after=2)
    for n, o in [("Evelien Goossens", "OCMW Antwerpen"), ("Wim Van Dyck", "OCMW Edegem"),
                 ("Mariam Kaba", "OCMW Brussel")]:
        P(d, n + "\t" + o, after=0)

    P(d, ("Agenda", "b"), before=10, after=2)
    for a in ["9.30 – 9.45\tOpening", "9.45 – 10.30\tTevredenheidsenquête: nieuwe versie in eenvoudige taal",
              "10.30 – 11.15\tUitwisseling: dropout en stiptheid", "11.15 – 11.30\tVaria"]:
        P(d, a, after=0)

    H(d, "1.\tOpening", 2)
    P(d, "Ilse opent het overleg. Het verslag van de vorige bijeenkomst (oktober 2022, Luik) wordt zonder "
         "opmerkingen goedgekeurd. Nieuw in het netwerk: Arben Krasniqi, trajectbegeleider in Schoten.")
    H(d, "2.\tTevredenheidsenquête in eenvoudige taal", 2)
    P(d, "De huidige enquête is te abstract voor een laaggeletterd publiek. Schoten heeft een eerste aanzet gemaakt "
         "met korte zinnen en smileys. Iedereen vindt pictogrammen nodig; Luik had daar in 2018 al een voorstel "
         "voor. Vraag om de enquête ook in het Oekraïens aan te bieden.")
    P(d, ("TO DO", "b"), after=0)
    P(d, ("Arben", "b"), ": maakt een eerste versie met pictogrammen en legt die voor aan 3 deelnemers.",
      style="List Bullet", after=0)
    P(d, ("POD MI", "b"), ": laat de enquête vertalen naar Arabisch, Dari, Tigrinya en Oekraïens.",
      style="List Bullet")
    H(d, "3.\tDropout en stiptheid", 2)
    P(d, "Elk OCMW geeft een beeld van de afhakers na de eerste module. Antwerpen: 18 %. Edegem: 4 van de 15. In "
         "Mortsel: [cijfer nog invullen] deelnemers gestopt na module 1. Redenen: werk gevonden (positief!), "
         "kinderopvang, gezondheid, verhuis. Te laat komen blijft een probleem in de ochtendgroepen.")
    P(d, "Gent heeft een protocol rond afwezigheden: na twee onverwittigde afwezigheden belt de begeleider, na drie "
         "volgt een gesprek met de maatschappelijk werker.")
    P(d, ("TO DO", "b"), after=0)
    P(d, ("Elk OCMW", "b"), ": bezorgt vóór 15 maart de aanwezigheidscijfers van 2022 (per module).",
      style="List Bullet", after=0)
    P(d, ("Kathleen & Youssef", "b"), ": bekijken samen een gedeelde sms-herinnering voor deelnemers.",
      style="List Bullet", after=0)
    P(d, ("OCMW Gent", "b"), ": deelt het protocol rond afwezigheden met het netwerk.", style="List Bullet")
    H(d, "4.\tVaria", 2)
    P(d, "De maatschappelijk werkers van de antennes stellen vaak dezelfde vragen over het project. Een FAQ zou helpen.")
    P(d, ("Nog te verdelen", "b"), ": opmaak van een gezamenlijke FAQ voor maatschappelijk werkers.",
      style="List Bullet")
    P(d, "We zien elkaar terug op donderdag 11 mei 2023 in Edegem (fysiek).", before=12)
    P(d, ("Ilse", "i"), align="r")
    save(d, "624_schoten-webex-feb2023.docx")


# ---------------------------------------------------------------- 625 OCMW Edegem
def r625():
    """Kathleen Mertens, OCMW Edegem: hybrid, people table by organisation (present /
    excused columns), agenda typed in one line with (1)(2), unnumbered Heading 2, actions with
    '(actie: X)' after the task, French summary at the end."""
    d = new_doc("Calibri", 11)
    header_footer(d, header="OCMW Edegem", footer="Netwerk AMIF – 26.09.2024")
    P(d, ("ONTWERP – nog na te lezen door Yasmina (POD)", "b", "FF0000"))
    P(d, "Verslag AMIF-netwerk", style="Title")
    P(d, ("Donderdag 26 september 2024 – Edegem, Sociaal Huis, en online via Teams", "b"), after=10)
    tb = d.add_table(rows=1, cols=3)
    tb.style = "Table Grid"
    for c, h in zip(tb.rows[0].cells, ["Organisatie", "Aanwezig", "Verontschuldigd"]):
        cell_p(c, (h, "b"), first=True)
        shade(c, "E2EFD9")
    for o, p, e in [("POD MI", "Yasmina Ouali", "Pieter-Jan Claes"),
                    ("OCMW Edegem", "Kathleen Mertens, Wim Van Dyck", "–"),
                    ("OCMW Antwerpen", "Jens Peeters, Lotte Vervoort (online)", "Nour El Idrissi"),
                    ("OCMW Schoten", "Arben Krasniqi", "Ilse Vermeulen"),
                    ("OCMW Mortsel", "Youssef Amrani (online)", "–"),
                    ("OCMW Gent", "Bram Van Acker (online), Hatice Yilmaz (online)", "–"),
                    ("OCMW Luik", "Christophe Renard (online)", "Fatou Diallo"),
                    ("OCMW Charleroi", "–", "Aïcha Tahiri"),
                    ("OCMW Brussel", "Thomas Dewilde (online)", "–")]:
        c = tb.add_row().cells
        cell_p(c[0], o, first=True)
        cell_p(c[1], p, first=True)
        cell_p(c[2], e, first=True)
    P(d, "Geen tolk deze keer; daarom onderaan een korte Franse samenvatting.", before=8)
    P(d, ("Agenda: ", "b"), "(1) welkom, (2) eindevaluatie projectjaar 2023-2024, (3) bewaring van dossiers en "
      "GDPR, (4) planning 2025.")

    H(d, "Welkom", 2)
    P(d, "Kathleen en Wim verwelkomen de collega's in het Sociaal Huis van Edegem. Lotte Vervoort is nieuw als "
         "coördinator in Antwerpen (opvolger van Evelien).")
    H(d, "Eindevaluatie projectjaar 2023-2024", 2)
    P(d, "Alle OCMW's halen hun doelstellingen qua aantal deelnemers, behalve Charleroi (personeelstekort). De "
         "tevredenheidsenquête met pictogrammen werkt goed; in Gent vulden 92 % van de deelnemers ze in. Groepen "
         "blijven klein (max. 10) om het groepsgevoel te bewaren.")
    P(d, "Resultaten tevredenheidsenquête 2023-2024 samenvatten voor het netwerk (actie: Lotte)", style="List Bullet")
    P(d, "OCMW Mortsel bezorgt de eindcijfers 2023-2024 aan de POD vóór 15 oktober.", style="List Bullet")
    H(d, "Bewaring van dossiers en GDPR", 2)
    P(d, "Yasmina herinnert aan de regels: documenten van een AMIF-project worden vijf jaar bewaard vanaf 31 december "
         "van het jaar van de laatste betaling (verordening 2021/1060, art. 82). Persoonsgegevens niet langer dan "
         "nodig (AVG art. 5). Een deelnemer kan inzage vragen in alles wat over hem bijgehouden wordt (art. 15). "
         "Elk OCMW blijft eigenaar van de gegevens van zijn deelnemers.")
    P(d, "Checklist bewaartermijnen opstellen voor alle partners (actie: Wim en Jens)", style="List Bullet")
    P(d, "Nagaan of de oude papieren dossiers van 2016-2017 vernietigd mogen worden (actie: POD MI)",
      style="List Bullet")
    P(d, "Procedure voor inzageverzoeken (art. 15 AVG) afstemmen met de eigen DPO (actie: elk OCMW)",
      style="List Bullet")
    H(d, "Planning 2025", 2)
    P(d, "Drie netwerkbijeenkomsten in 2025, waarvan minstens één fysiek in Wallonië.")
    P(d, "Kalender netwerkbijeenkomsten 2025 voorstellen (actie: nog te bekijken wie)", style="List Bullet")
    P(d, ("Volgende bijeenkomst: donderdag 5 december 2024, online (Teams).", "b"), before=10)

    H(d, "Résumé en français", 2)
    P(d, ("Traduction rapide, à relire.", "i"))
    P(d, "Réunion hybride à Edegem le 26 septembre 2024. Tous les CPAS atteignent leurs objectifs, sauf Charleroi. "
         "L'enquête avec pictogrammes fonctionne bien. Rappel des règles de conservation : cinq ans à partir du 31 "
         "décembre de l'année du dernier paiement ; droit d'accès des participants (RGPD art. 15).")
    P(d, "Actions : Lotte résume l'enquête ; Mortsel envoie ses chiffres ; Wim et Jens font une checklist ; le SPP "
         "vérifie les anciens dossiers papier ; chaque CPAS voit la procédure d'accès avec son DPO ; calendrier 2025 à "
         "proposer (qui ?).")
    P(d, "Prochaine réunion : 5 décembre 2024 (Teams).")
    save(d, "625_edegem-hybride-sept2024.docx")


# ---------------------------------------------------------------- 626 OCMW Mortsel
def r626():
    """Sanne Verbist, OCMW Mortsel: landscape page, people and agenda full width, then the
    whole body as a side-by-side NL | FR table, headings typed inside the cells."""
    d = new_doc("Calibri", 10)
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(2)
    header_footer(d, header=TAG_NL + " – " + TAG_FR, footer="OCMW Mortsel – CPAS Mortsel – ", page="")
    P(d, ("Ontwerpversie v0.2 – nog niet gevalideerd door de POD", "i", "C00000"))
    P(d, ("Verslag netwerkoverleg AMIF – Compte rendu réunion réseau FAMI", "b", None, 14), after=0)
    P(d, ("Dinsdag 20 januari 2026 – Mardi 20 janvier 2026 – Zoom", "b"), after=2)
    P(d, "Simultaanvertaling via Zoom / interprétation simultanée via Zoom: Nadia Bouzid, Geert Lammens", after=8)

    P(d, ("Aanwezig – Présents", "b"), after=0)
    for n, o in [("Sanne Verbist", "OCMW Mortsel"), ("Youssef Amrani", "OCMW Mortsel"), ("Yasmina Ouali", "POD MI"),
                 ("Lotte Vervoort", "OCMW Antwerpen"), ("Arben Krasniqi", "OCMW Schoten"),
                 ("Wim Van Dyck", "OCMW Edegem"), ("Bram Van Acker", "OCMW Gent"),
                 ("Christophe Renard", "CPAS Liège"), ("Aïcha Tahiri", "CPAS Charleroi"),
                 ("Elodie Wathelet", "CPAS Binche"), ("Thomas Dewilde", "CPAS Bruxelles")]:
        P(d, n + " ", (o, "i"), style="List Bullet", after=0)
    P(d, "Nadia Bouzid, Geert Lammens ", ("tolken – interprètes", "i"), style="List Bullet", after=0)
    P(d, ("Verontschuldigd – Excusés: ", "b"), "Kathleen Mertens (OCMW Edegem), Jens Peeters (OCMW Antwerpen)",
      before=6)

    P(d, ("Agenda – Ordre du jour", "b"), before=8, after=0)
    for a in ["10:00 – 10:15  Welkom – Accueil",
              "10:15 – 11:00  Afsluiting AMIF-projecten 2021-2025: eindrapport – Clôture des projets FAMI "
              "2021-2025 : rapport final",
              "11:00 – 11:45  Bewaren van documenten na de laatste betaling – Conservation des documents après le "
              "dernier paiement",
              "11:45 – 12:00  Varia – Divers"]:
        P(d, a, after=0)

    P(d, "", after=0)
    tb = d.add_table(rows=1, cols=2)
    tb.style = "Table Grid"
    tb.alignment = WD_TABLE_ALIGNMENT.CENTER
    for c, h in zip(tb.rows[0].cells, ["Nederlands", "Français"]):
        cell_p(c, (h, "b"), first=True)
        shade(c, "DEEAF6")

    def row(nl_paras, fr_paras):
        c = tb.add_row().cells
        for cell, paras in ((c[0], nl_paras), (c[1], fr_paras)):
            for i, para in enumerate(paras):
                runs = para if isinstance(para, tuple) and isinstance(para[0], tuple) else (para,)
                cell_p(cell, *runs, first=(i == 0))

    row([(("1. Welkom", "b"),),
         "Sanne opent het overleg. Elodie Wathelet vervangt Caroline Lemaire voor Binche."],
        [(("1. Accueil", "b"),),
         "Sanne ouvre la réunion. Elodie Wathelet remplace Caroline Lemaire pour Binche."])
    row([(("2. Eindrapport", "b"),),
         "De projecten van de periode 2021-2025 zijn op 31 december afgesloten. De POD verzamelt de cijfers voor de "
         "jaarlijkse rapportering aan Europa: deelnemers per activiteit, stijging van minstens één ERK-niveau, en "
         "het aandeel deelnemers dat zegt dat het project hen hielp.",
         "Youssef bezorgt de eindcijfers van Mortsel uiterlijk 13 februari aan Lotte.",
         "OCMW Antwerpen coördineert de bundeling voor Schoten, Edegem en Mortsel.",
         "De POD stuurt het sjabloon van het eindrapport in de twee talen."],
        [(("2. Rapport final", "b"),),
         "Les projets de la période 2021-2025 sont clôturés au 31 décembre. Le SPP rassemble les chiffres pour le "
         "rapportage annuel à l'Europe [traduction à vérifier].",
         "Youssef envoie les chiffres finaux de Mortsel à Lotte pour le 13 février au plus tard.",
         "Le CPAS d'Anvers coordonne la collecte pour Schoten, Edegem et Mortsel.",
         "Le SPP envoie le modèle de rapport final dans les deux langues."])
    row([(("3. Bewaren van documenten", "b"),),
         "Documenten worden vijf jaar bewaard vanaf 31 december van het jaar van de laatste betaling. "
         "Contactgegevens van oud-deelnemers mogen niet langer bijgehouden worden dan nodig.",
         "Elk OCMW duidt een verantwoordelijke aan voor het archief van de AMIF-dossiers.",
         "Bram en Christophe maken een korte nota over wat er met de contactgegevens van oud-deelnemers gebeurt."],
        [(("3. Conservation des documents", "b"),),
         "Les documents sont conservés cinq ans à partir du 31 décembre de l'année du dernier paiement. Les "
         "coordonnées des anciens participants ne peuvent pas être gardées plus longtemps que nécessaire.",
         "Chaque CPAS désigne un responsable pour l'archive des dossiers FAMI.",
         "Bram et Christophe rédigent une courte note sur le sort des coordonnées des anciens participants."])
    row([(("4. Varia", "b"),),
         "Het netwerk wil ook na de projectperiode blijven samenkomen, twee keer per jaar.",
         "Volgende vergadering: dinsdag 24 maart 2026, 10 uur, Zoom."],
        [(("4. Divers", "b"),),
         "Le réseau souhaite continuer à se réunir après la période de projet, deux fois par an.",
         "Prochaine réunion : mardi 24 mars 2026, 10h, Zoom."])
    save(d, "626_mortsel-zoom-jan2026.docx")


if __name__ == "__main__":
    for f in (r617, r618, r619, r620, r621, r622, r623, r624, r625, r626):
        f()
