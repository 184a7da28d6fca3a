# -*- coding: utf-8 -*-
"""Builds the ten meeting reports 797-806 of the AMIF network (one function per report/writer)."""
import os
from docx import Document
from docx.shared import Pt, RGBColor, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_COLOR_INDEX, WD_BREAK

HERE = os.path.dirname(os.path.abspath(__file__))
TAG_FR = "Vers une politique de migration plus intégrée, grâce au FAMI"
TAG_NL = "Naar een geïntegreerd migratiebeleid, dankzij het AMIF"


def base(font, size):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    return d


def fmt(run, bold=False, italic=False, underline=False, color=None, hl=None, size=None):
    run.bold = bold or None
    run.italic = italic or None
    run.underline = underline or None
    if color:
        run.font.color.rgb = RGBColor.from_string(color)
    if hl:
        run.font.highlight_color = hl
    if size:
        run.font.size = Pt(size)
    return run


def p(d, text="", style=None, align=None, **kw):
    para = d.add_paragraph(style=style)
    if text:
        fmt(para.add_run(text), **kw)
    if align:
        para.alignment = align
    return para


def rp(d, parts, style=None):
    """paragraph made of several runs: parts = [(text, {fmt}), ...]"""
    para = d.add_paragraph(style=style)
    for t, kw in parts:
        fmt(para.add_run(t), **kw)
    return para


def tbl(d, rows, style="Table Grid", bold_first=True, widths=None):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            c.text = ""
            fmt(c.paragraphs[0].add_run(val), bold=(bold_first and i == 0))
            if widths:
                c.width = Cm(widths[j])
    return t


def header_footer(d, head=None, foot=None):
    s = d.sections[0]
    if head:
        s.header.paragraphs[0].text = head
    if foot:
        s.footer.paragraphs[0].text = foot


def save(d, name):
    d.save(os.path.join(HERE, name))
    print("wrote", name)


# ---------------------------------------------------------------- 797 SPP, 2016, fr + nl
def r797():
    """Nathalie Vandevelde, SPP IS: bilingual FR/NL, Roman numerals, tables for people/agenda/actions."""
    d = base("Calibri", 11)
    header_footer(d, TAG_NL + " / " + TAG_FR, "SPP Intégration Sociale – POD Maatschappelijke Integratie – projet v0.2")
    p(d, "POD | Maatschappelijke Integratie", bold=True, color="1F4E79")
    p(d, "SPP | Intégration Sociale", bold=True, color="1F4E79")
    p(d, "Rapport rencontre CPAS – Verslag bijeenkomst OCMW's", align=WD_ALIGN_PARAGRAPH.CENTER, bold=True, size=16)
    p(d, "22 novembre 2016 – 22 november 2016", align=WD_ALIGN_PARAGRAPH.CENTER, bold=True)
    p(d, "SPP Intégration Sociale, Boulevard du Roi Albert II 30, 1000 Bruxelles – salle 6.14",
      align=WD_ALIGN_PARAGRAPH.CENTER, italic=True)
    p(d, "Présents / Aanwezig", bold=True, underline=True)
    tbl(d, [["Nom / Naam", "Organisation / Organisatie"],
            ["Nathalie Vandevelde", "SPP IS / POD MI"],
            ["Koen De Smet", "SPP IS / POD MI"],
            ["Lieve Van Acker", "CPAS Gand / OCMW Gent"],
            ["Youssef Amrani", "CPAS Gand / OCMW Gent"],
            ["Sabine Lhoest", "CPAS Liège / OCMW Luik"],
            ["Frédéric Gillard", "CPAS Liège / OCMW Luik"],
            ["Giuseppe Lombardo", "CPAS Charleroi"],
            ["Nadia El Idrissi", "CPAS Anvers / OCMW Antwerpen"],
            ["Karima Ouali", "CPAS Bruxelles / OCMW Brussel"],
            ["Agnieszka Nowak", "CPAS Bruxelles / OCMW Brussel"]], widths=[6, 9])
    p(d)
    rp(d, [("Excusés / Verontschuldigd : ", {"bold": True}),
           ("Hilde Goossens (OCMW Antwerpen), Marc Dethier (CPAS Charleroi)", {})])
    p(d, "Ordre du jour / Agenda", bold=True, underline=True)
    tbl(d, [["Heure / Uur", "Point / Punt"],
            ["10h00 – 10h15", "Accueil / Verwelkoming"],
            ["10h15 – 11h00", "Lancement du réseau FAMI / Opstart van het AMIF-netwerk"],
            ["11h00 – 12h30", "Tour de table des CPAS / Rondetafel OCMW's"],
            ["12h30 – 13h30", "Lunch"],
            ["13h30 – 15h00", "Fiche projet : modèle commun / Projectfiche: gemeenschappelijk model"],
            ["15h00 – 15h30", "Divers et clôture / Varia en afsluiting"]], widths=[3.5, 11.5])

    def H(num, title):
        p(d, "%s. %s" % (num, title), bold=True, color="1F4E79", size=12)

    def fr(t):
        p(d, t)

    def nl(t):
        p(d, t, italic=True, color="595959")

    H("I", "Accueil – Verwelkoming")
    fr("Le SPP souhaite la bienvenue aux cinq CPAS qui démarrent un projet FAMI d'activation sociale pour "
       "primo-arrivants. Chacun se présente brièvement.")
    nl("Het POD verwelkomt de vijf OCMW's die een AMIF-project sociale activering voor nieuwkomers opstarten. "
       "Iedereen stelt zich kort voor.")
    H("II", "Lancement du réseau FAMI – Opstart van het AMIF-netwerk")
    fr("Le réseau se réunira deux à trois fois par an, chaque fois dans un autre CPAS. Le SPP rédige le rapport, "
       "le fait relire par les participants puis le diffuse en français et en néerlandais.")
    nl("Het netwerk komt twee à drie keer per jaar samen, telkens in een ander OCMW. Het POD schrijft het verslag, "
       "laat het nalezen en verspreidt het in het Frans en het Nederlands.")
    H("III", "Tour de table des CPAS – Rondetafel OCMW's")
    for num, title, t in [
        ("III.1", "Gand / Gent", "Module collectif hebdomadaire et coaching individuel ; recrutement via les maatschappelijk werkers."),
        ("III.2", "Liège / Luik", "Trois contrats par participant : avec l'AS, avec la personne chargée de l'admission et avec le responsable du module."),
        ("III.3", "Charleroi", "Plus de 1000 personnes listées avec l'observatoire local ; séances d'information prévues en septembre. "
         "[NV : chiffres de Charleroi à confirmer par Giuseppe]"),
        ("III.4", "Anvers / Antwerpen", "Les partenaires Schoten, Edegem et Mortsel rejoindront le projet en 2017."),
        ("III.5", "Bruxelles / Brussel", "Ateliers de langue et séances « vivre en Belgique » ; recherche d'un local.")]:
        p(d, "%s %s" % (num, title), bold=True, italic=True)
        fr(t)
    H("IV", "Fiche projet – Projectfiche")
    fr("Le SPP présente le modèle commun : objectif principal, groupe cible, méthode de recrutement, modules "
       "(au moins trois sous-objectifs par module), coûts en ETP et financement.")
    nl("Het POD stelt het gemeenschappelijke model voor: hoofddoel, doelgroep, rekrutering, modules (minstens drie "
       "subdoelen per module), kosten in VTE en financiering.")
    H("V", "Points d'action – Actiepunten")
    tbl(d, [["Qui / Wie", "Quoi / Wat", "Quand / Wanneer"],
            ["SPP IS / POD MI", "Envoie le modèle de fiche projet à tous les CPAS / stuurt het sjabloon naar alle OCMW's", "2 décembre 2016"],
            ["Tous les CPAS / Alle OCMW's", "Renvoient la fiche complétée au SPP / sturen de ingevulde fiche terug", "31 janvier 2017"],
            ["Sabine Lhoest", "Vérifie la répartition des frais de personnel (75 % / 15 % / 10 %)", "janvier 2017"],
            ["Youssef Amrani + Nadia El Idrissi", "Préparent une proposition de calendrier des rencontres 2017", "prochaine réunion"]],
        widths=[4.5, 8, 3])
    H("VI", "Divers – Varia")
    fr("Pas de point divers. / Geen varia.")
    p(d)
    rp(d, [("Prochaine réunion / Volgende bijeenkomst : ", {"bold": True}),
           ("mardi 14 mars 2017 – dinsdag 14 maart 2017, OCMW Gent", {})])
    save(d, "797_spp_lancement_reseau.docx")


# ---------------------------------------------------------------- 798 Gent, 2017, nl
def r798():
    """Griet Vermeersch, OCMW Gent: Word heading styles with typed numbers, bullets for people,
    'Actie:' lines after each section with first names."""
    d = base("Verdana", 10)
    header_footer(d, "OCMW Gent – AMIF-project Samen Thuis", "verslag netwerk 14/03/2017 – Griet V.")
    d.add_heading("Verslag netwerkbijeenkomst AMIF", 0)
    p(d, "Dinsdag 14 maart 2017 – OCMW Gent, Onderbergen 86, 9000 Gent (zaal Leie)")
    p(d, "Aanwezig", bold=True)
    for t in ["Griet Vermeersch – OCMW Gent (verslag)", "Youssef Amrani – OCMW Gent", "Lieve Van Acker – OCMW Gent",
              "Nathalie Vandevelde – POD MI", "Frédéric Gillard – OCMW Luik", "Giuseppe Lombardo – OCMW Charleroi",
              "Nadia El Idrissi – OCMW Antwerpen", "Hilde Goossens – OCMW Antwerpen", "Karima Ouali – OCMW Brussel"]:
        p(d, t, style="List Bullet")
    rp(d, [("Verontschuldigd: ", {"bold": True}), ("Sabine Lhoest (OCMW Luik), Koen De Smet (POD MI)", {})])
    p(d, "Agenda", bold=True)
    for t in ["10u00 – 10u20  Onthaal en koffie",
              "10u20 – 11u30  Voorstelling project Samen Thuis (OCMW Gent)",
              "11u30 – 12u30  Stand van zaken per OCMW",
              "13u30 – 14u30  Aanwezigheidsregistratie en stiptheid",
              "14u30  Rondvraag"]:
        p(d, t, style="List Number")
    d.add_heading("1. Onthaal", 1)
    p(d, "Lieve heet iedereen welkom in Gent. Nathalie (POD) licht kort toe dat de projectfiches van alle OCMW's "
         "binnen zijn.")
    d.add_heading("2. Voorstelling project Samen Thuis", 1)
    d.add_heading("2.1 Intake en oriëntatiebalans", 2)
    p(d, "Elke deelnemer krijgt een intakegesprek met een behoefteanalyse. Youssef toont het formulier van de "
         "oriëntatiebalans: traject, doelen, motivatie, drempels. De teamverantwoordelijke keurt het voorstel "
         "van modules goed of stuurt het terug.")
    p(d, "Actie: Youssef bezorgt de aanwezigheidslijsten van module 1 aan het POD (zonder namen van deelnemers).",
      bold=True, color="C00000")
    d.add_heading("2.2 Groepsmodules", 2)
    p(d, "Wekelijkse workshops taalactivering en creatief atelier, maandelijkse uitstap. "
         "(nog na te vragen bij Nathalie: budgetlijn 2018?)")
    d.add_heading("3. Stand van zaken per OCMW", 1)
    p(d, "Luik: drie contracten per deelnemer. Charleroi: infosessies in april. Antwerpen: de partners Schoten, "
         "Edegem en Mortsel starten in september. Brussel: zoekt nog een lokaal.")
    p(d, "TODO Griet: slides Charleroi toevoegen als bijlage", hl=WD_COLOR_INDEX.YELLOW)
    p(d, "Actie: elk OCMW stuurt zijn weekrooster naar Griet vóór 15 april.", bold=True, color="C00000")
    d.add_heading("4. Aanwezigheidsregistratie en stiptheid", 1)
    p(d, "Discussie over een gemeenschappelijke registratie per sessie (aanwezig, te laat, afwezig). De "
         "tevredenheidsenquête is voor veel deelnemers te abstract.")
    p(d, "Actie: Nadia en Hilde bekijken samen het model van de tevredenheidsenquête.", bold=True, color="C00000")
    p(d, "Actie: het POD zoekt uit of huurkosten voor lokalen subsidieerbaar zijn.", bold=True, color="C00000")
    d.add_heading("5. Rondvraag", 1)
    p(d, "Geen punten.")
    p(d, "Volgende bijeenkomst: ergens in juni in Luik (datum volgt via doodle)", italic=True)
    save(d, "798_gent_samen_thuis.docx")


# ---------------------------------------------------------------- 799 Liège, 2018, fr
def r799():
    """Sabine Lhoest, CPAS Liège: running 'Présents :' line with Mme/M., lettered agenda, bold underlined
    lettered headings, 'Suites à donner' with dashes."""
    d = base("Garamond", 12)
    header_footer(d, "CPAS de Liège – Mod' Actions", TAG_FR)
    p(d, "Rencontre du réseau FAMI des CPAS", bold=True, size=15, align=WD_ALIGN_PARAGRAPH.CENTER)
    p(d, "Jeudi 24 mai 2018 – CPAS de Liège, rue Sainte-Marguerite 180, 4000 Liège", align=WD_ALIGN_PARAGRAPH.CENTER)
    p(d)
    rp(d, [("Présents : ", {"bold": True}),
           ("Mme Sabine Lhoest (CPAS Liège), M. Frédéric Gillard (CPAS Liège), Mme Aïcha Boukhari (CPAS Liège), "
            "Mme Nathalie Vandevelde (SPP IS), Mme Griet Vermeersch (CPAS Gand), M. Youssef Amrani (CPAS Gand), "
            "M. Giuseppe Lombardo (CPAS Charleroi), Mme Laetitia Dufrasne (CPAS Binche), Mme Nadia El Idrissi "
            "(CPAS Anvers), Mme Agnieszka Nowak (CPAS Bruxelles)", {})])
    rp(d, [("Excusés : ", {"bold": True}),
           ("Mme Karima Ouali (CPAS Bruxelles), Mme Hilde Goossens (CPAS Anvers)", {})])
    p(d)
    p(d, "Ordre du jour :", bold=True)
    for t in ["a) Accueil et visite des locaux", "b) Les contrats de participation", "c) Le bilan d'orientation",
              "d) Échanges entre CPAS", "e) Suite et clôture"]:
        p(d, "\t" + t)

    def H(t):
        p(d, t, bold=True, underline=True)

    H("A. Accueil et visite des locaux")
    p(d, "Sabine accueille les collègues. Visite de la maison où se déroulent les ateliers ; un membre du personnel "
         "article 60 accueille chaque personne qui entre. Café et croissants.")
    H("B. Les contrats de participation")
    p(d, "Trois contrats sont signés par participant : avec l'assistant social, avec Aïcha qui mène les entretiens "
         "d'admission, et avec le responsable de chaque module. Ils fixent les règles sur le taux de présence et "
         "la ponctualité. À ce jour, [XX – chiffre à vérifier avec Frédéric] participants ont signé les trois contrats.")
    H("C. Le bilan d'orientation")
    p(d, "Aïcha présente la grille : parcours, objectifs, motivation, obstacles. Le bilan propose les modules qui "
         "conviennent ; le responsable d'antenne le valide ou le renvoie. Gand fait la même chose avec un "
         "canevas plus court.")
    H("D. Échanges entre CPAS")
    p(d, "Charleroi et Binche constatent que beaucoup de personnes invitées ne viennent pas aux séances "
         "d'information. Anvers travaille avec des médiateurs interculturels comme interprètes sociaux.")
    H("E. Suite et clôture")
    p(d, "Suites à donner :", italic=True)
    for t in ["– Frédéric G. transmettra le modèle de contrat aux autres CPAS.",
              "– Le CPAS de Gand enverra son canevas d'intake à Aïcha.",
              "– Le SPP fera un retour sur l'éligibilité des frais de repas.",
              "– (à désigner) prendra contact avec la ferme pour la visite d'octobre."]:
        p(d, t)
    p(d)
    p(d, "Prochaine rencontre : jeudi 18 octobre 2018, à Charleroi (lieu exact à confirmer)", bold=True)
    p(d, "Rédaction : S. Lhoest – relu par : ……… (à compléter)", italic=True, size=10)
    save(d, "799_liege_contrats.docx")


# ---------------------------------------------------------------- 800 Charleroi, 2019, fr
def r800():
    """Giuseppe Lombardo, CPAS Charleroi: people table with P/E column, bulleted agenda with start times,
    headings '1)' '3a)', ACTION arrows in colour."""
    d = base("Arial", 10)
    header_footer(d, "CPAS CHARLEROI – Service Action Migrants – Activ'Up", "Réunion FAMI 08/10/2019")
    p(d, "CPAS CHARLEROI", bold=True, size=14, color="2E75B6")
    p(d, "Réunion FAMI – 8 octobre 2019", bold=True, size=14)
    p(d, "Lieu : Service Action Migrants, Charleroi", italic=True)
    tbl(d, [["Nom", "Institution", "P/E"],
            ["Giuseppe Lombardo", "CPAS Charleroi", "P"],
            ["Marc Dethier", "CPAS Charleroi", "P"],
            ["Samira Haddouchi", "CPAS Charleroi", "P"],
            ["Laetitia Dufrasne", "CPAS Binche", "P"],
            ["Nathalie Vandevelde", "SPP IS", "P"],
            ["Koen De Smet", "SPP IS", "P"],
            ["Sabine Lhoest", "CPAS Liège", "P"],
            ["Lieve Van Acker", "OCMW Gent", "P"],
            ["Hilde Goossens", "OCMW Antwerpen", "P"],
            ["Agnieszka Nowak", "CPAS Bruxelles", "P"],
            ["Griet Vermeersch", "OCMW Gent", "E"],
            ["Nadia El Idrissi", "OCMW Antwerpen", "E"]], widths=[5, 5, 1.5])
    p(d, "P = présent, E = excusé", italic=True, size=8)
    p(d, "Ordre du jour", bold=True, underline=True)
    for t in ["9h30 : Accueil – café", "9h45 : Activ'Up, bilan du module 4",
              "10h45 : Recrutement : de la liste à la séance d'info", "11h30 : Enquête de satisfaction",
              "12h15 : Divers"]:
        p(d, t, style="List Bullet")

    def H(t):
        p(d, t, bold=True, size=11, color="2E75B6")

    def A(owner, task):
        rp(d, [("ACTION → ", {"bold": True, "color": "C00000"}), (owner + " : ", {"bold": True}), (task, {})])

    H("1) Accueil")
    p(d, "Giuseppe accueille le réseau au Service Action Migrants. Tour de table rapide.")
    H("2) Activ'Up : bilan du module 4")
    p(d, "Coaching individuel tous les 15 jours, ateliers découvertes une fois par semaine, coaching collectif une "
         "fois par mois, sorties socio-culturelles. Les participants sont prioritaires pour les cours de FLE (PCS). "
         "(photos à insérer)")
    H("3) Recrutement")
    p(d, "3a) Chiffres du module 4", bold=True, italic=True)
    p(d, "Sur 240 personnes retenues par les AS, 74 sont venues à la séance d'information, soit environ 31 %. "
         "?? vérifier le pourcentage avec Marc")
    p(d, "3b) Rôle des antennes sociales", bold=True, italic=True)
    p(d, "Binche (Laetitia) recrute directement par ses AS, sans listing : petit CPAS, tout le monde se connaît.")
    A("Laetitia (Binche)", "envoyer les chiffres de Binche pour le rapport annuel")
    H("4) Enquête de satisfaction")
    p(d, "Tout le monde trouve l'enquête trop abstraite pour le public. Liège a déjà une version simplifiée avec "
         "pictogrammes.")
    A("CPAS de Liège", "partager la version simplifiée de l'enquête")
    A("SPP", "traduire l'enquête en arabe, en tigrinya et en dari")
    A("tous les CPAS", "relire les questions de l'enquête avec 2 ou 3 participants")
    H("5) Divers")
    p(d, "Idée d'une sortie commune des participants de plusieurs CPAS au printemps.")
    A("?", "trouver une date pour la sortie commune")
    p(d)
    p(d, "Prochaine réunion : février 2020, à Anvers (date à fixer)", bold=True)
    save(d, "800_charleroi_activup.docx")


# ---------------------------------------------------------------- 801 Antwerpen, 2020, nl, online
def r801():
    """Nadia El Idrissi, OCMW Antwerpen: Teams meeting, people grouped per OCMW in a table, agenda table with
    10.00-10.30 times, headings '01', action table Wat/Wie/Deadline."""
    d = base("Arial", 10)
    header_footer(d, "OCMW Antwerpen – AMIF", "Verslag online netwerkoverleg 16.06.2020")
    p(d, "Verslag netwerkoverleg AMIF (online via Teams)", bold=True, size=14, color="E36C09")
    p(d, "Datum: 16 juni 2020, 10.00 – 12.00 uur")
    p(d, "Aanwezig (via Teams):", bold=True)
    tbl(d, [["OCMW Antwerpen", "Nadia El Idrissi, Hilde Goossens"],
            ["OCMW Schoten", "Jolien Peeters"],
            ["OCMW Edegem", "Mehmet Yildiz"],
            ["OCMW Mortsel", "Sofie Janssens"],
            ["OCMW Gent", "Griet Vermeersch"],
            ["CPAS Luik", "Aïcha Boukhari"],
            ["CPAS Charleroi", "Samira Haddouchi"],
            ["OCMW Brussel", "Karima Ouali"],
            ["POD MI", "Koen De Smet"]], bold_first=False, widths=[4, 9])
    rp(d, [("Verontschuldigd: ", {"bold": True}),
           ("Giuseppe Lombardo (Charleroi), Nathalie Vandevelde (POD MI)", {})])
    p(d, "Agenda", bold=True)
    tbl(d, [["Tijd", "Onderwerp"],
            ["10.00-10.15", "Welkom en afspraken"],
            ["10.15-11.00", "Werken in bubbels: groepsgrootte per OCMW"],
            ["11.00-11.45", "Digitale opvolging van deelnemers"],
            ["11.45-12.00", "Varia"]], widths=[3, 10])

    def H(t):
        p(d, t, style="Heading 2")

    H("01 Welkom en afspraken")
    p(d, "Iedereen zet de micro uit als hij niet spreekt; vragen in de chat. Collega's van Luik en Charleroi volgen "
         "in het Nederlands, Hilde vat waar nodig samen in het Frans. (link naar opname nog toevoegen)")
    H("02 Werken in bubbels: groepsgrootte per OCMW")
    p(d, "Gent werkt met 4 deelnemers + 1 begeleider, Luik en Charleroi met 3 + 1. Antwerpen en de partners volgen "
         "Gent. Mogelijk 6 + 1 vanaf september als de maatregelen versoepelen.")
    H("03 Digitale opvolging van deelnemers")
    p(d, "Individuele coaching loopt telefonisch of via WhatsApp-video. Veel deelnemers hebben geen laptop. "
         "[Nadia: nog aanvullen met de cijfers van Brussel]")
    H("04 Varia")
    p(d, "Het POD vraagt of de projectperiode kan worden verlengd. Voor de volgende online vergadering willen de "
         "Franstalige collega's een tolk.")
    p(d, "Actiepunten", bold=True, color="E36C09")
    tbl(d, [["Wat", "Wie", "Deadline"],
            ["Richtlijnen groepsgrootte (4+1) op papier zetten en delen", "Griet", "30/06"],
            ["Lijst van gratis tools voor videobellen doorsturen", "Jolien + Mehmet", "30/06"],
            ["Vraag over verlenging projectperiode stellen aan de Europese Commissie", "POD", "juli"],
            ["Aantal deelnemers zonder laptop of smartphone tellen", "alle OCMW's", "volgende vergadering"],
            ["Tolk voor de volgende online vergadering regelen", "?", "september"]], widths=[9, 3.5, 3])
    p(d)
    p(d, "Volgende vergadering: dinsdag 22 september 2020, 10.00 uur – opnieuw online tenzij de maatregelen het toelaten",
      bold=True)
    save(d, "801_antwerpen_bubbels.docx")


# ---------------------------------------------------------------- 802 Bruxelles, 2021, fr + nl, hybrid, interpreters
def r802():
    """Karima Ouali, CPAS de Bruxelles: hybrid meeting with two interpreters, one person per line,
    tabbed agenda with HH:MM, headings 'Point 1 –', bilingual action list 'Name : task / taak'."""
    d = base("Cambria", 11)
    header_footer(d, "CPAS de Bruxelles / OCMW Brussel – FAMI / AMIF", "Projet de PV – ontwerp van verslag")
    p(d, "Procès-verbal de la réunion du réseau FAMI", bold=True, size=14)
    p(d, "Verslag van de vergadering van het AMIF-netwerk", bold=True, size=14, italic=True)
    p(d, "25 novembre 2021 – 25 november 2021 | CPAS de Bruxelles, rue Haute 298a, 1000 Bruxelles, et via Teams / en via Teams")
    p(d, "Interprétation simultanée FR-NL assurée / Simultaantolken FR-NL voorzien.", italic=True)
    p(d, "Présents / Aanwezig", bold=True)
    for t in ["Karima Ouali – CPAS de Bruxelles / OCMW Brussel",
              "Agnieszka Nowak – CPAS de Bruxelles / OCMW Brussel",
              "Thomas Mertens – CPAS de Bruxelles / OCMW Brussel",
              "Nathalie Vandevelde – SPP IS / POD MI",
              "Koen De Smet – SPP IS / POD MI (Teams)",
              "Griet Vermeersch – OCMW Gent / CPAS de Gand (Teams)",
              "Aïcha Boukhari – CPAS de Liège / OCMW Luik",
              "Frédéric Gillard – CPAS de Liège / OCMW Luik",
              "Samira Haddouchi – CPAS de Charleroi",
              "Hilde Goossens – OCMW Antwerpen / CPAS d'Anvers (Teams)",
              "Els Wouters – interprète / tolk",
              "Pierre-Yves Lambert – interprète / tolk"]:
        p(d, "•\t" + t)
    p(d, "Excusés / Verontschuldigd", bold=True)
    for t in ["Nadia El Idrissi – OCMW Antwerpen", "Laetitia Dufrasne – CPAS de Binche"]:
        p(d, "•\t" + t)
    p(d, "Ordre du jour / Agenda", bold=True)
    for t in ["09:30 – 10:00\tAccueil et tour de table / Onthaal en rondetafel",
              "10:00 – 11:00\tIndicateurs communs du FAMI 2021-2027 / Gemeenschappelijke AMIF-indicatoren 2021-2027",
              "11:00 – 11:15\tPause / Pauze",
              "11:15 – 12:15\tConservation des données et RGPD / Bewaring van gegevens en AVG",
              "12:15 – 12:30\tDivers / Varia"]:
        p(d, t)

    def H(t):
        p(d, t, bold=True, color="7030A0", size=12)

    def S(t):
        p(d, t, underline=True)

    def bi(fr, nl):
        p(d, fr)
        p(d, nl, italic=True, color="7F7F7F")

    H("Point 1 – Accueil et tour de table / Onthaal en rondetafel")
    bi("Karima accueille les participants dans la salle et en ligne. Deux interprètes assurent la traduction "
       "simultanée.", "Karima verwelkomt de deelnemers in de zaal en online. Twee tolken zorgen voor simultaanvertaling.")
    H("Point 2 – Indicateurs communs du FAMI 2021-2027 / Gemeenschappelijke AMIF-indicatoren 2021-2027")
    S("a. Indicateurs de réalisation / Outputindicatoren")
    bi("Nombre de participants aux activités de soutien : cours de langue, orientation civique, accompagnement "
       "professionnel personnalisé.",
       "Aantal deelnemers aan ondersteunende activiteiten: taalcursus, maatschappelijke oriëntatie, persoonlijke "
       "professionele begeleiding.")
    S("b. Indicateurs de résultat / Resultaatindicatoren")
    bi("Participants qui ont gagné au moins un niveau CECR ; participants qui disent que l'activité les a aidés "
       "à s'intégrer. Gand mesure déjà le niveau CECR en début et en fin de module.",
       "Deelnemers die minstens één ERK-niveau stegen; deelnemers die zeggen dat de activiteit hen hielp bij hun "
       "integratie. Gent meet het ERK-niveau al bij begin en einde van de module.")
    H("Point 3 – Conservation des données et RGPD / Bewaring van gegevens en AVG")
    bi("Les documents sont conservés cinq ans à partir du 31 décembre de l'année du dernier paiement ; les données "
       "personnelles pas plus longtemps que nécessaire. [à compléter : durée de conservation à Liège]",
       "Documenten worden vijf jaar bewaard vanaf 31 december van het jaar van de laatste betaling; persoonsgegevens "
       "niet langer dan nodig.")
    H("Point 4 – Divers / Varia")
    bi("Pas de divers.", "Geen varia.")
    p(d, "➤ À faire / Te doen :", italic=True, color="7030A0")
    for t in ["Karima Ouali : envoie la note RGPD du CPAS de Bruxelles à tous / stuurt de AVG-nota naar iedereen.",
              "SPP IS / POD MI : communique le modèle de rapportage annuel des indicateurs / bezorgt het model.",
              "CPAS de Gand / OCMW Gent : présente son outil de suivi du niveau CECR à la prochaine réunion.",
              "Aïcha Boukhari et Frédéric Gillard : comparent les durées de conservation à Liège et à Bruxelles."]:
        p(d, t, style="List Bullet")
    p(d)
    p(d, "Prochaine réunion / Volgende vergadering : le 15 mars 2022 à Liège – 15 maart 2022 in Luik", bold=True)
    p(d, "(NL à relire par Griet !)", hl=WD_COLOR_INDEX.BRIGHT_GREEN)
    save(d, "802_bruxelles_indicateurs_rgpd.docx")


# ---------------------------------------------------------------- 803 Binche, 2022, fr, no agenda
def r803():
    """Laetitia Dufrasne, CPAS de Binche: informal, tab-aligned names, no agenda, underlined unnumbered
    headings, '=>' tasks with first names, next meeting vague."""
    d = base("Century Gothic", 10)
    header_footer(d, "CPAS de Binche – partenaire FAMI de Charleroi")
    p(d, "Compte rendu – rencontre FAMI à Binche", bold=True, size=13)
    p(d, "Le 29 septembre 2022, au CPAS de Binche (salle du conseil)")
    p(d)
    p(d, "Étaient présents :", italic=True)
    for n, o in [("Laetitia Dufrasne", "CPAS Binche"), ("Jean-Marc Delhaye", "CPAS Binche"),
                 ("Giuseppe Lombardo", "CPAS Charleroi"), ("Samira Haddouchi", "CPAS Charleroi"),
                 ("Nathalie Vandevelde", "SPP IS"), ("Sabine Lhoest", "CPAS Liège"),
                 ("Agnieszka Nowak", "CPAS Bruxelles")]:
        p(d, "%s\t\t%s" % (n, o))
    p(d, "Se sont excusés : Marc Dethier (Charleroi), Koen De Smet (SPP), Lieve Van Acker (Gand)", italic=True)
    p(d)

    def H(t):
        p(d, t, underline=True, bold=True)

    H("Accueil à Binche")
    p(d, "Jean-Marc (président du CPAS) souhaite la bienvenue. C'est la première fois que le réseau vient à Binche !")
    H("Visite de l'atelier couture")
    p(d, "Huit participantes travaillent sur des costumes pour le carnaval. Bonne ambiance, beaucoup d'échanges en "
         "français entre elles. [photos]")
    H("Retour sur les sorties socio-culturelles")
    p(d, "Les sorties mensuelles marchent bien mais coûtent cher en transport. Charleroi propose de grouper les "
         "sorties avec Binche.")
    p(d, "=> Giuseppe s'occupe de demander les tarifs de groupe au musée de la Photographie.")
    p(d, "=> Le CPAS de Charleroi centralise les fiches d'inscription des deux CPAS.")
    p(d, "=> Qui ? Trouver un car pour la sortie commune de décembre.")
    H("Ce qui marche / ce qu'on peut améliorer")
    p(d, "Ce qui marche : le travail intensif, presque tous les jours ; l'esprit de groupe en fin de module. "
         "À améliorer : prévenir plus tôt quand un cours est annulé ; les sujets sensibles (violences conjugales) "
         "jamais en activité obligatoire.")
    p(d, "=> Laetitia et Samira préparent le questionnaire en images pour la fin du module.")
    p(d, "(Giuseppe, tu peux compléter la partie sur les chiffres ?)", color="FF0000")
    H("Divers")
    p(d, "Rien de spécial.")
    p(d)
    p(d, "On se revoit en janvier à Charleroi, date à convenir par mail.")
    p(d, "Laetitia")
    save(d, "803_binche_atelier_couture.docx")


# ---------------------------------------------------------------- 804 Schoten, 2023, nl + fr
def r804():
    """Jolien Peeters, OCMW Schoten: the network's bilingual title, people table with X columns,
    agenda with 13u30 times, headings '1.' '2.1', tasks as '[Wie] ...'."""
    d = base("Calibri", 11)
    header_footer(d, TAG_NL + " / " + TAG_FR, "OCMW Schoten – verslag 03/04/2023")
    p(d, "Verslag bijeenkomst OCMW's – Rapport rencontre CPAS", bold=True, size=16, align=WD_ALIGN_PARAGRAPH.CENTER)
    p(d, "3 april 2023 – 3 avril 2023", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    p(d, "OCMW Schoten, Verbertstraat 3, 2900 Schoten", align=WD_ALIGN_PARAGRAPH.CENTER)
    p(d, "Opmerkingen nog toe te voegen – Commentaires encore à ajouter", hl=WD_COLOR_INDEX.YELLOW,
      align=WD_ALIGN_PARAGRAPH.CENTER)
    tbl(d, [["Naam – Nom", "Organisatie – Organisation", "Aanwezig – Présent", "Verontschuldigd – Excusé"],
            ["Jolien Peeters", "OCMW Schoten", "X", ""],
            ["Dirk Van Gorp", "OCMW Schoten", "X", ""],
            ["Mehmet Yildiz", "OCMW Edegem", "X", ""],
            ["Sofie Janssens", "OCMW Mortsel", "X", ""],
            ["Nadia El Idrissi", "OCMW Antwerpen", "X", ""],
            ["Hilde Goossens", "OCMW Antwerpen", "X", ""],
            ["Koen De Smet", "POD MI – SPP IS", "X", ""],
            ["Griet Vermeersch", "OCMW Gent", "X", ""],
            ["Aïcha Boukhari", "CPAS Liège", "X", ""],
            ["Laetitia Dufrasne", "CPAS Binche", "X", ""],
            ["Karima Ouali", "CPAS Bruxelles", "", "X"],
            ["Samira Haddouchi", "CPAS Charleroi", "", "X"]], widths=[4, 4.5, 3, 3.5])
    p(d)
    p(d, "Agenda – Ordre du jour", bold=True)
    for t in ["13u30 – 13u45\tOnthaal – Accueil",
              "13u45 – 14u30\tFeedback op de modules: sterke punten en werkpunten – Feedback sur les modules : points forts et points à améliorer",
              "14u30 – 15u15\tBrainstorm: betere communicatie naar deelnemers – Brainstorming : meilleure communication vers les participants",
              "15u15 – 15u30\tAfspraken en volgende bijeenkomst – Accords et prochaine rencontre"]:
        p(d, t, style="List Number")

    def H(t, lvl=1):
        d.add_heading(t, lvl)

    H("1. Onthaal – Accueil")
    p(d, "Jolien verwelkomt iedereen in Schoten. Laetitia en Aïcha volgen in het Nederlands; Hilde en Griet vertalen "
         "waar nodig.")
    p(d, "Jolien souhaite la bienvenue. Hilde et Griet aident à traduire quand c'est nécessaire.", italic=True)
    H("2. Feedback op de modules – Feedback sur les modules")
    H("2.1 Sterke punten – Points forts", 2)
    p(d, "Intensief werken met de groep; band tussen begeleiders en deelnemers; groepsgevoel op het einde van de module.")
    p(d, "Travail intensif ; liens entre animateurs et participants ; esprit de groupe en fin de module.", italic=True)
    H("2.2 Werkpunten – Points à améliorer", 2)
    p(d, "Communicatie over gewijzigde uurroosters en geannuleerde lessen; evenwicht tussen oude en nieuwe deelnemers; "
         "activiteiten vroeger plannen. (FR-vertaling nog na te kijken)")
    H("3. Brainstorm – Brainstorming")
    p(d, "Ideeën: sms een dag vooraf, pictogrammen op het uurrooster, een vaste contactpersoon per groep.")
    p(d, "Idées : sms la veille, pictogrammes sur l'horaire, une personne de contact fixe par groupe.", italic=True)
    H("4. Afspraken – Accords")
    p(d, "Wie doet wat? – Qui fait quoi ?", italic=True)
    for who, t in [("[Mehmet]", " maakt een voorstel van gespreide planning voor oude en nieuwe deelnemers."),
                   ("[OCMW Antwerpen]", " deelt de sms-tool die ze gebruiken om lessen te annuleren."),
                   ("[POD]", " bezorgt de FR- en NL-versie van de tevredenheidsenquête in eenvoudige taal."),
                   ("[Jolien + Sofie]", " zetten de resultaten van de brainstorm in een fiche.")]:
        rp(d, [(who, {"bold": True}), (t, {})], style="List Bullet")
    p(d)
    p(d, "Volgende bijeenkomst – Prochaine rencontre: 12 oktober 2023 – 12 octobre 2023, OCMW Edegem", bold=True)
    save(d, "804_schoten_feedback_modules.docx")


# ---------------------------------------------------------------- 805 Edegem, 2024, nl, online
def r805():
    """Mehmet Yildiz, OCMW Edegem: CONCEPT mark, initials for people, agenda in one sentence, headings '§1',
    action table Wie/Wat/Tegen with initials."""
    d = base("Segoe UI", 10)
    header_footer(d, "OCMW Edegem – AMIF-partner van OCMW Antwerpen", "v0.3")
    p(d, "CONCEPT – niet verspreiden", bold=True, hl=WD_COLOR_INDEX.YELLOW)
    p(d, "Verslag AMIF-overleg Antwerpen en partners", style="Title")
    p(d, "10 december 2024 | 14.00-16.00 | online (Teams)")
    rp(d, [("Aanwezig: ", {"bold": True}),
           ("Mehmet Yildiz (MY, OCMW Edegem – verslag), Nadia El Idrissi (NEI, OCMW Antwerpen), Hilde Goossens "
            "(HG, OCMW Antwerpen), Jolien Peeters (JP, OCMW Schoten), Sofie Janssens (SJ, OCMW Mortsel), "
            "Koen De Smet (KDS, POD MI), Ruben Claes (RC, POD MI)", {})])
    rp(d, [("Verontschuldigd: ", {"bold": True}), ("Dirk Van Gorp (OCMW Schoten)", {})])
    rp(d, [("Agenda: ", {"bold": True}),
           ("(1) Opening en goedkeuring vorig verslag; (2) Indicatoren 2024: wat leveren we aan?; "
            "(3) Bewaartermijnen en inzagerecht; (4) Planning 2025.", {})])

    def H(t, lvl=1):
        d.add_heading(t, lvl)

    H("§1 Opening en goedkeuring vorig verslag")
    p(d, "NEI opent. Het verslag van 12/10 wordt goedgekeurd zonder opmerkingen.")
    H("§2 Indicatoren 2024")
    p(d, "KDS herhaalt welke gemeenschappelijke indicatoren het POD jaarlijks aan Europa rapporteert.")
    H("§2.1 Deelnemers per activiteit", 2)
    tbl(d, [["OCMW", "Taalcursus", "Maatsch. oriëntatie", "Prof. begeleiding"],
            ["Antwerpen", "112", "87", "40"], ["Schoten", "14", "11", "3"],
            ["Edegem", "9", "9", "2"], ["Mortsel", "12", "10", "5"]])
    p(d, "<<MY: tabel §2.1 nog updaten na mail Koen>>", color="FF0000")
    H("§2.2 ERK-niveau taalcursus", 2)
    p(d, "Alleen Antwerpen meet systematisch het ERK-niveau bij start en einde. De partners schatten nu in.")
    H("§3 Bewaartermijnen en inzagerecht")
    p(d, "Dossiers blijven vijf jaar bewaard vanaf 31 december van het jaar van de laatste betaling. Een deelnemer "
         "mag alles opvragen wat over hem bewaard wordt. Mortsel kreeg zo'n vraag en twijfelt over de procedure.")
    H("§4 Planning 2025")
    p(d, "Voorstel: één fysieke bijeenkomst in het voorjaar, één online in het najaar.")
    p(d, "Acties", bold=True)
    tbl(d, [["Wie", "Wat", "Tegen"],
            ["MY", "Verzamelt de indicatoren van Schoten, Edegem en Mortsel", "17/12"],
            ["NEI/HG", "Leggen de Antwerpse cijfers naast die van de partners", "20/12"],
            ["POD MI", "Stuurt het rapportagesjabloon 2024 vóór 20/12", "20/12"],
            ["Alle OCMW's", "Controleren of dossiers van vóór 2019 nog bewaard moeten worden", "jan. 2025"],
            ["OCMW Mortsel", "Vraagt advies aan de DPO over inzageverzoeken", "jan. 2025"],
            ["tbd", "Datum voor bijeenkomst in het voorjaar prikken", "–"]])
    p(d)
    p(d, "Volgende: voorjaar 2025 (tbd)", italic=True)
    save(d, "805_edegem_indicatoren.docx")


# ---------------------------------------------------------------- 806 Mortsel, 2026, nl + fr, hybrid, interpreters
def r806():
    """Sofie Janssens, OCMW Mortsel: closing meeting, number + tab headings, agenda table with 09.30 times,
    '►' tasks, people only in annex 1 after a page break."""
    d = base("Tahoma", 10)
    header_footer(d, TAG_NL + " / " + TAG_FR, "OCMW Mortsel – verslag/rapport 05.02.2026")
    p(d, "Verslag netwerkdag AMIF – Rapport journée réseau FAMI", bold=True, size=15, color="00694E")
    p(d, "5 februari 2026 – 5 février 2026")
    p(d, "OCMW Mortsel (Sociaal Huis) en online – CPAS de Mortsel (Maison sociale) et en ligne")
    p(d, "Met simultaanvertaling NL-FR door twee tolken – Avec interprétation simultanée NL-FR par deux interprètes. "
         "Aanwezigheidslijst: zie bijlage 1 – Liste de présence : voir annexe 1.", italic=True)
    p(d, "Agenda – Ordre du jour", bold=True)
    tbl(d, [["Tijd – Heure", "Punt – Point"],
            ["09.30 – 10.00", "Welkom – Bienvenue"],
            ["10.00 – 11.00", "Tien jaar netwerk: wat nemen we mee? – Dix ans de réseau : que retenons-nous ?"],
            ["11.00 – 12.00", "Archivering van projectdocumenten – Archivage des documents de projet"],
            ["12.00 – 12.30", "Afsluiting – Clôture"]], widths=[3, 12])
    p(d)

    def H(num, t, sub=False):
        p(d, "%s\t%s" % (num, t), bold=True, size=(10 if sub else 12), color="00694E")

    H("1", "Welkom – Bienvenue")
    p(d, "Sofie verwelkomt de collega's in Mortsel en online. Dit is de voorlaatste bijeenkomst van het netwerk.")
    p(d, "Sofie accueille les collègues à Mortsel et en ligne. C'est l'avant-dernière rencontre du réseau.", italic=True)
    H("2", "Tien jaar netwerk – Dix ans de réseau")
    H("2a", "Wat werkt – Ce qui marche", sub=True)
    p(d, "Elkaar kennen, bezoeken ter plaatse, gedeelde sjablonen (projectfiche, enquête in eenvoudige taal).")
    p(d, "Se connaître, les visites sur place, les modèles partagés (fiche projet, enquête en langage simple).", italic=True)
    H("2b", "Wat kan beter – Ce qui peut être amélioré", sub=True)
    p(d, "Verslagen sneller verspreiden; minder papier, meer gedeelde map.")
    p(d, "Diffuser les rapports plus vite ; moins de papier, plus de dossier partagé.", italic=True)
    H("3", "Archivering van projectdocumenten – Archivage des documents de projet")
    p(d, "Bewaren tot vijf jaar na 31 december van het jaar van de laatste betaling; persoonsgegevens niet langer dan "
         "nodig. In Mortsel gaat het om (aantal dossiers: XX). [TODO Sofie: FR-versie punt 3 laten nalezen]")
    H("4", "Afsluiting – Clôture")
    p(d, "Actie – Action", bold=True, underline=True)
    for t in ["► Sofie Janssens – bezorgt de archiveringschecklist aan alle partners / envoie la check-list à tous.",
              "► POD MI / SPP IS – bevestigt de einddatum van de bewaartermijn per OCMW / confirme la date de fin.",
              "► elk OCMW / chaque CPAS – maakt een lijst van de documenten die bewaard moeten blijven.",
              "► OCMW Gent – organiseert het slotmoment in juni / organise le moment de clôture.",
              "► Griet Vermeersch en Karima Ouali – schrijven samen een slotnota over tien jaar netwerk."]:
        p(d, t)
    p(d)
    p(d, "Volgende bijeenkomst – Prochaine rencontre : slotmoment in juni 2026 in Gent (datum volgt) – moment de "
         "clôture en juin 2026 à Gand (date à suivre)", bold=True)
    p(d).add_run().add_break(WD_BREAK.PAGE)
    H("Bijlage 1 –", "Aanwezigheidslijst (liste de présence)")
    tbl(d, [["Naam – Nom", "Organisatie – Organisation", "Aanwezig – Présent"],
            ["Sofie Janssens", "OCMW Mortsel", "ja / oui"],
            ["Wim Verbruggen", "OCMW Mortsel", "ja / oui"],
            ["Nadia El Idrissi", "OCMW Antwerpen", "ja / oui"],
            ["Mehmet Yildiz", "OCMW Edegem", "ja / oui"],
            ["Jolien Peeters", "OCMW Schoten", "ja / oui"],
            ["Griet Vermeersch", "OCMW Gent", "ja / oui"],
            ["Karima Ouali", "CPAS Bruxelles", "ja / oui"],
            ["Aïcha Boukhari", "CPAS Liège", "online / en ligne"],
            ["Samira Haddouchi", "CPAS Charleroi", "ja / oui"],
            ["Ruben Claes", "POD MI / SPP IS", "ja / oui"],
            ["Nathalie Vandevelde", "POD MI / SPP IS", "online / en ligne"],
            ["Anne-Sophie Dubois", "tolk – interprète", "ja / oui"],
            ["Bram Willems", "tolk – interprète", "ja / oui"],
            ["Laetitia Dufrasne", "CPAS Binche", "verontschuldigd / excusée"],
            ["Hilde Goossens", "OCMW Antwerpen", "verontschuldigd / excusée"]], widths=[4.5, 5, 4.5])
    save(d, "806_mortsel_slot_archivering.docx")


REPORTS = [r797, r798, r799, r800, r801, r802, r803, r804, r805, r806]

if __name__ == "__main__":
    for f in REPORTS:
        f()
