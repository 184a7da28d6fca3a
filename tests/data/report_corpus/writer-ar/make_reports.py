# -*- coding: utf-8 -*-
"""Builds the meeting reports 447-456 of the AMIF/FAMI network (python-docx)."""
import os
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_COLOR_INDEX, WD_BREAK
from docx.enum.table import WD_TABLE_ALIGNMENT

HERE = os.path.dirname(os.path.abspath(__file__))
TAG_FR = "Vers une politique de migration plus intégrée, grâce au FAMI"
TAG_NL = "Naar een geïntegreerd migratiebeleid, dankzij het AMIF"
GREY = RGBColor(0x80, 0x80, 0x80)
RED = RGBColor(0xC0, 0x00, 0x00)
BLUE = RGBColor(0x1F, 0x4E, 0x79)


def new_doc(font="Calibri", size=11, margins=2.5):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    for s in d.sections:
        s.page_height = Cm(29.7)
        s.page_width = Cm(21.0)
        s.left_margin = s.right_margin = Cm(margins)
        s.top_margin = s.bottom_margin = Cm(2.2)
    return d


def para(d, *runs, style=None, align=None, space_after=None, indent=None):
    """runs: strings or (text, dict(b=, i=, u=, color=, hl=, size=, strike=))"""
    p = d.add_paragraph(style=style) if style else d.add_paragraph()
    for r in runs:
        if isinstance(r, str):
            p.add_run(r)
        else:
            t, f = r
            run = p.add_run(t)
            run.bold = f.get("b")
            run.italic = f.get("i")
            run.underline = f.get("u")
            if f.get("strike"):
                run.font.strike = True
            if f.get("color"):
                run.font.color.rgb = f["color"]
            if f.get("hl"):
                run.font.highlight_color = f["hl"]
            if f.get("size"):
                run.font.size = Pt(f["size"])
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "j":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    if indent is not None:
        p.paragraph_format.left_indent = Cm(indent)
    return p


def B(t, **k):
    k["b"] = True
    return (t, k)


def I(t, **k):
    k["i"] = True
    return (t, k)


def table(d, rows, style="Table Grid", bold_first=True, widths=None):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    try:
        t.style = style
    except Exception:
        t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            c.text = ""
            run = c.paragraphs[0].add_run(val)
            if i == 0 and bold_first:
                run.bold = True
            if widths:
                c.width = Cm(widths[j])
    return t


def hf(d, header=None, footer=None, header_align="r", footer_align="c", size=8):
    s = d.sections[0]
    if header is not None:
        hp = s.header.paragraphs[0]
        hp.text = header
        hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT if header_align == "r" else WD_ALIGN_PARAGRAPH.LEFT
        for r in hp.runs:
            r.font.size = Pt(size)
            r.font.color.rgb = GREY
    if footer is not None:
        fp = s.footer.paragraphs[0]
        fp.text = footer
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER if footer_align == "c" else WD_ALIGN_PARAGRAPH.LEFT
        for r in fp.runs:
            r.font.size = Pt(size)
            r.font.italic = True


def save(d, name):
    d.save(os.path.join(HERE, name))
    print("wrote", name)


# ---------------------------------------------------------------- 447 (2016, FR, Charleroi)
# Fabienne Lardinois (CPAS Charleroi) reopened the Gent report of September and typed over it.
def r447():
    d = new_doc("Arial", 10.5, 2.3)
    hf(d, header="Réseau FAMI – Rapport de la réunion du 22 septembre 2016 – Gand",
       footer="CPAS de Charleroi – Service Action Migrants – rapport réunion FAMI")
    para(d, B("RAPPORT DE LA RÉUNION DU RÉSEAU FAMI DES CPAS", size=13), align="c", space_after=2)
    para(d, B("Jeudi 17 novembre 2016 – CPAS de Charleroi", size=11), align="c", space_after=2)
    para(d, I(TAG_FR, color=GREY), align="c")
    para(d, "Lieu : CPAS de Charleroi, Service Action Migrants, salle du 2e étage, boulevard Joseph II 13, 6000 Charleroi")
    para(d, B("Présents : "), "Sarah Vermeulen (SPP IS), Pieter De Smet (CPAS Gand), Hanne Claeys (CPAS Gand), "
         "Nathalie Dubois (CPAS Liège), Karim Benali (CPAS Liège), Fabienne Lardinois (CPAS Charleroi), "
         "Mehmet Yilmaz (CPAS Charleroi), Julie Hanquet (CPAS Binche), Els Van den Broeck (CPAS Anvers), "
         "Marc Dewandre (CPAS Bruxelles)", align="j")
    para(d, B("Excusés : "), "Aïcha Benjelloun (CPAS Bruxelles), Kristof Janssens (OCMW Schoten)")
    para(d, B("Ordre du jour :"), space_after=2)
    for line in ["09h30 – 10h00 : Accueil et café",
                 "10h00 – 11h00 : Présentation du projet Activ'Up (CPAS de Charleroi)",
                 "11h00 – 12h15 : Tour de table des CPAS",
                 "12h15 – 13h15 : Lunch",
                 "13h15 – 14h30 : Recrutement des participants : échange de pratiques",
                 "14h30 – 15h00 : Divers et prochaine réunion"]:
        para(d, line, indent=0.8, space_after=0)
    para(d, "")
    para(d, B("I. Accueil et introduction"))
    para(d, "Mehmet Yilmaz accueille les participants au nom du CPAS de Charleroi et rappelle que c'est la "
         "première fois que le réseau se réunit à Charleroi. Sarah Vermeulen remercie l'équipe pour l'organisation "
         "et rappelle l'objectif des rencontres : échanger des pratiques concrètes entre les projets FAMI et non "
         "faire un contrôle des projets.", align="j")
    para(d, "Il est décidé de garder le rythme d'une réunion par trimestre, chaque fois dans un autre CPAS.",
         align="j")
    para(d, B("II. Présentation du projet Activ'Up"))
    para(d, "Fabienne Lardinois présente le Service Action Migrants et le projet Activ'Up. Le projet fonctionne par "
         "modules d'une année scolaire (septembre à juin). Il repose sur trois axes : un coaching individuel "
         "(un rendez-vous tous les quinze jours), des activités collectives (ateliers découvertes une fois par "
         "semaine, séances d'information, coaching collectif une fois par mois, sorties socio-culturelles) et un "
         "suivi social à la demande.", align="j")
    para(d, "Pour le module 1, plus de 1.000 personnes ont été listées ; les assistants sociaux en ont retenu 315. "
         "110 personnes sont venues à la séance d'information, soit 35 %. Pour le module 2, 199 personnes ont été "
         "retenues et 60 sont venues (30 %).", align="j")
    para(d, "Les autres CPAS sont intéressés par la méthode de recrutement. Els demande si la liste de départ est "
         "tirée du logiciel social ou faite à la main ; c'est un mélange des deux.", align="j")
    para(d, B("III. Tour de table"))
    para(d, B("CPAS de Gand :"), space_after=2)
    para(d, "Le projet démarre son deuxième groupe en janvier. Les entretiens d'admission se font désormais à deux "
         "(un assistant social et un médiateur interculturel). Pieter trouve que cela prend plus de temps mais que "
         "les participants décrochent moins.", align="j")
    para(d, B("Action : ", color=BLUE), "Pieter enverra la grille d'entretien d'admission à tous les CPAS avant fin décembre.")
    para(d, B("CPAS de Liège :"), space_after=2)
    para(d, "Nathalie explique les trois contrats signés par chaque participant (avec l'assistant social, avec la "
         "personne chargée de l'admission et avec le responsable de chaque module). Liège a déjà envoyé sa fiche "
         "projet au SPP.", align="j")
    para(d, B("CPAS de Binche :"), space_after=2)
    para(d, "Binche travaille en partenariat avec Charleroi. Les premières séances d'information ont eu lieu en "
         "octobre dans les locaux de l'antenne sociale.", align="j")
    para(d, ("Binche : chiffres du module 1 – XXX", {"hl": WD_COLOR_INDEX.YELLOW}))
    para(d, "Julie Hanquet et Mehmet Yilmaz vont préparer une note commune sur le partenariat Charleroi–Binche "
         "pour la prochaine réunion.", align="j")
    para(d, B("CPAS d'Anvers :"), space_after=2)
    para(d, "Els présente brièvement le fonctionnement avec les partenaires (Schoten, Edegem, Mortsel). "
         "Les partenaires n'ont pas encore de participants propres.", align="j")
    para(d, ("[compléter après retour d'Els]", {"i": True, "color": GREY}))
    para(d, B("CPAS de Bruxelles :"), space_after=2)
    para(d, "Marc Dewandre signale que l'équipe a été renforcée par un formateur à mi-temps. Le groupe du mardi "
         "est complet ; une liste d'attente est tenue par l'antenne du centre.", align="j")
    para(d, B("IV. Recrutement des participants : échange de pratiques"))
    para(d, "Tous les CPAS constatent qu'une partie importante des personnes invitées ne vient pas à la séance "
         "d'information. Pistes évoquées :", align="j", space_after=2)
    for t in ["un rappel par SMS la veille (Gand le fait déjà) ;",
              "une invitation traduite ou expliquée oralement par l'assistant social ;",
              "une séance d'information plus courte, suivie d'un café ;",
              "accepter les inscriptions à tout moment (Liège)."]:
        para(d, t, style="List Bullet", space_after=0)
    para(d, "Els souhaiterait qu'on puisse comparer les taux de présence d'un CPAS à l'autre.", align="j")
    para(d, B("Action : ", color=BLUE), "chaque CPAS transmet ses chiffres de recrutement (listés / retenus / présents) "
         "au SPP pour le 15 décembre.")
    para(d, "Le SPP fera circuler un tableau commun pour ces chiffres en début d'année.", align="j")
    para(d, B("V. Divers"))
    para(d, "- Rappel : les fiches projets de Gand et de Charleroi ont bien été reçues par le SPP (voir réunion précédente).")
    para(d, "- Réserver une salle à Anvers pour la réunion de mars – qui : à définir.")
    para(d, "- Le calendrier des paiements 2017 n'est pas encore connu.")
    para(d, B("VI. Prochaine réunion"))
    para(d, "Prochaine réunion : le jeudi 16 mars 2017 à Anvers (à confirmer).")
    para(d, "")
    para(d, I("Rapport : Fabienne Lardinois – 21/11/2016", color=GREY), align="r")
    save(d, "447_reunion_charleroi_activup.docx")


# ---------------------------------------------------------------- 448 (2017, NL, Antwerpen)
# Bram Peeters typed his handwritten notes a week later; no styles, bold+underlined titles, dashes.
def r448():
    d = new_doc("Calibri", 11, 2.5)
    hf(d, footer="OCMW Antwerpen – AMIF-project – verslag partneroverleg maart 2017")
    para(d, B("Verslag partneroverleg AMIF – OCMW Antwerpen, Schoten, Edegem, Mortsel", size=14))
    para(d, I("Notities van de vergadering van dinsdag 28 maart 2017, uitgetypt op 4 april (sorry voor de "
              "vertraging – paasvakantie en een zieke collega)."), space_after=10)
    para(d, "Plaats: OCMW Antwerpen, vergaderzaal 3, Lange Gasthuisstraat 39, 2000 Antwerpen – 13u30 tot 16u00")
    para(d, B("Aanwezig:", u=True), space_after=0)
    for t in ["- Bram Peeters (BP) – OCMW Antwerpen",
              "- Els Van den Broeck (EVdB) – OCMW Antwerpen",
              "- Samira Ouali (SO) – OCMW Antwerpen",
              "- Kristof Janssens (KJ) – OCMW Schoten",
              "- An Verbruggen (AV) – OCMW Edegem",
              "- Sarah Vermeulen (SV) – POD MI"]:
        para(d, t, space_after=0, indent=0.5)
    para(d, B("Verontschuldigd:", u=True), space_after=0)
    para(d, "- Lotte Mertens (LM) – OCMW Mortsel", indent=0.5)
    para(d, B("Inleiding", u=True))
    para(d, "Els verwelkomt iedereen. Het is het eerste overleg waarop ook de POD aanwezig is. Sarah legt uit dat "
         "de POD de partnerwerking met de kleinere OCMW's wil opvolgen omdat die in het netwerk minder zichtbaar is. "
         "We overlopen de agenda:", space_after=2)
    for t in ["Stand van zaken per OCMW",
              "Tevredenheidsenquête voor deelnemers",
              "Samenwerking met de sociale diensten",
              "Varia"]:
        para(d, t, style="List Number", space_after=0)
    para(d, "")
    para(d, B("Stand van zaken per OCMW", u=True))
    para(d, B("Antwerpen:"), space_after=0)
    para(d, "Module 2 is in februari gestart met 18 deelnemers, vooral vrouwen met kinderen op school. De "
         "taalactivering loopt goed, de computerlessen minder: te weinig pc's in het lokaal. Els stuurt de "
         "planning van module 2 nog door naar Mortsel.")
    para(d, B("Schoten:"), space_after=0)
    para(d, "14 ingeschreven deelnemers, intake telkens samen met de maatschappelijk werker. KJ merkt dat de "
         "deelnemers afhaken als het traject langer dan zes maanden duurt zonder zichtbaar resultaat.")
    para(d, B("Edegem:"), space_after=0)
    para(d, "Edegem heeft de flyers al verspreid in het sociaal huis en bij de bibliotheek. Eerste infosessie "
         "gepland eind april; er is nog geen vast lokaal.")
    para(d, B("Mortsel:"), space_after=0)
    para(d, ("TODO: cijfers Mortsel nog opvragen (LM was er niet)", {"color": RED, "b": True}))
    para(d, B("Tevredenheidsenquête voor deelnemers", u=True))
    para(d, "Iedereen vindt de huidige enquête te moeilijk: woorden als 'zelfredzaamheid' of 'competentie' zijn "
         "voor de doelgroep niet duidelijk. Samira heeft de enquête mondeling afgenomen met een tolk, maar dat "
         "kost veel tijd. Vraag om de enquête ook in het Arabisch en het Dari te hebben.")
    para(d, "Er wordt beslist om de vragen voortaan voor te lezen in de groep, met pictogrammen als antwoord.")
    para(d, B("Samenwerking met de sociale diensten", u=True))
    para(d, "De maatschappelijk werkers verwijzen weinig door, vooral in Schoten en Edegem. Ze kennen het project "
         "niet goed of denken dat het alleen voor Antwerpen is. Voorstel van An: het project komen voorstellen op "
         "een teamvergadering van de sociale dienst. Het zou fijn zijn als de POD daar een korte brief over kan "
         "schrijven, maar dat is geen must.")
    para(d, "Er wordt beslist om de infosessies voortaan op dinsdag te laten doorgaan, zodat de maatschappelijk "
         "werkers van de drie partners hun cliënten makkelijker kunnen meebrengen.")
    para(d, B("Varia", u=True))
    para(d, "- Parkeren aan de Lange Gasthuisstraat is moeilijk; volgende keer liever bij een partner.")
    para(d, "- SV meldt dat de nieuwe oproep van het AMIF pas in het najaar verwacht wordt.")
    para(d, B("Acties", u=True))
    para(d, "KJ: bezorgt de aangepaste intakefiche aan EVdB en AV", space_after=0)
    para(d, "SV: vraagt bij de POD na of de enquête ook in het Arabisch en Dari kan", space_after=0)
    para(d, "SO + AV: werken samen een voorstel uit voor een gezamenlijke infosessie", space_after=0)
    para(d, "Alle OCMW's: aanwezigheidslijsten van module 1 doorsturen tegen 30 april", space_after=0)
    para(d, "Nog te bepalen: contact opnemen met de bibliotheek van Edegem voor een lokaal")
    para(d, B("Volgende vergadering", u=True))
    para(d, "Volgende vergadering: dinsdag 16 mei 2017, 13u30, OCMW Mortsel (onder voorbehoud)")
    para(d, "")
    para(d, I("BP – 04/04/2017"), align="r")
    save(d, "448_partneroverleg_antwerpen_notities.docx")


# ---------------------------------------------------------------- 449 (2018, FR, e-mail pasted into Word)
# Thomas Lambrecht (SPP IS) sent a summary by e-mail; Aïcha Benjelloun pasted it into Word for the file.
def r449():
    d = new_doc("Calibri", 11, 2.0)
    hf(d, header="CPAS de Bruxelles – dossier FAMI 2018 – réseau", header_align="l")
    hdr = [("De : ", "Lambrecht Thomas (SPP IS) <thomas.lambrecht@mi-is.be>"),
           ("Envoyé : ", "mardi 12 juin 2018 16:42"),
           ("À : ", "Réseau FAMI CPAS"),
           ("Cc : ", "Vermeulen Sarah (SPP IS)"),
           ("Objet : ", "Résumé réunion FAMI du 7 juin – CPAS de Bruxelles")]
    for k, v in hdr:
        para(d, B(k), v, space_after=0)
    para(d, "_" * 60, space_after=8)
    para(d, "Bonjour à tous,")
    para(d, "Voici, comme promis, un petit résumé de notre réunion du jeudi 7 juin 2018 dans les locaux du CPAS de "
         "Bruxelles (rue Haute). Merci encore à Marc et à son équipe pour l'accueil et les sandwiches !")
    para(d, "Étaient présents : Thomas Lambrecht (SPP), Sarah Vermeulen (SPP), Hanne Claeys et Youssef El Amrani "
         "(Gand), Karim Benali (Liège), Mehmet Yilmaz (Charleroi), Els Van den Broeck (Anvers), Marc Dewandre et "
         "Aïcha Benjelloun (Bruxelles).")
    para(d, "Excusés : Nathalie Dubois (Liège), Julie Hanquet (Binche).")
    para(d, B("1) Tour de table"))
    para(d, "Gand : le deuxième module a démarré avec 16 participants ; l'équipe a engagé un médiateur "
         "interculturel qui parle arabe et tigrigna. Liège : Karim signale que les inscriptions restent possibles "
         "à tout moment, ce qui rend les groupes très mélangés (anciens et nouveaux participants). Charleroi : le "
         "module 3 est en préparation, les listes sont envoyées aux antennes sociales en juin. Anvers : les "
         "partenaires (Schoten, Edegem, Mortsel) ont maintenant chacun un petit groupe. Bruxelles : beaucoup de "
         "cours annulés en mai à cause des jours fériés, les participants ne comprennent pas toujours les "
         "changements d'horaire.")
    para(d, "Liège a déjà testé une version courte de l'enquête avec deux groupes (voir point 2).")
    para(d, B("2) Enquête de satisfaction"))
    para(d, "Tout le monde est d'accord : l'enquête actuelle est trop abstraite pour notre public. Les termes comme "
         "« autonomie » ou « compétences sociales » ne parlent pas aux participants. Nous avons convenu que "
         "l'enquête restera anonyme et qu'elle sera remplie en groupe, avec l'aide d'un animateur.")
    para(d, "Karim nous renvoie la version simplifiée de l'enquête d'ici fin juin (avec les smileys).")
    para(d, "De notre côté, le SPP va demander au service traduction une version en arabe, en dari et en tigrigna.")
    para(d, B("3) Indicateurs 2018"))
    para(d, "Rappel : le rapport annuel à l'Europe demande le nombre de participants par type d'activité "
         "(cours de langue, orientation civique, accompagnement individuel). Le tableau Excel a été adapté : il y a "
         "maintenant un onglet par année.")
    para(d, ("NB : chiffres de Binche à suivre (Julie était excusée).", {"i": True, "hl": WD_COLOR_INDEX.YELLOW}))
    para(d, B("4) Divers"))
    para(d, "Youssef propose une visite du projet d'Anvers à l'automne. Els est d'accord sur le principe.")
    para(d, "Qui fait quoi d'ici la prochaine fois :", space_after=2)
    for t in ["chaque CPAS complète le tableau des indicateurs (onglet 2018) avant le 31 août ;",
              "Aïcha et Hanne comparent leurs grilles d'évaluation et font une proposition commune pour la "
              "prochaine réunion ;",
              "le CPAS de Charleroi envoie le lien vers la vidéo Activ'Up ;",
              "organiser la visite à Anvers : qui s'en charge ? (à définir)"]:
        para(d, "- " + t, space_after=0, indent=0.5)
    para(d, "")
    para(d, "Prochaine rencontre : en octobre à Anvers, date à fixer via Doodle.")
    para(d, "N'hésitez pas à me signaler si j'ai oublié quelque chose.")
    para(d, "Bonne fin de semaine à tous,")
    para(d, "Thomas", space_after=8)
    para(d, B("Thomas Lambrecht"), space_after=0)
    para(d, "Attaché – Cellule FAMI", space_after=0)
    para(d, "SPP Intégration Sociale – POD Maatschappelijke Integratie", space_after=0)
    para(d, "Boulevard du Roi Albert II 30, 1000 Bruxelles", space_after=0)
    para(d, I(TAG_FR, color=BLUE), space_after=0)
    para(d, I(TAG_NL, color=BLUE))
    para(d, ("Pensez à l'environnement avant d'imprimer ce courriel.", {"color": RGBColor(0x38, 0x76, 0x1D), "size": 8}))
    save(d, "449_resume_mail_bruxelles.docx")


# ---------------------------------------------------------------- 450 (2019, FR/NL, Gent, stand-in secretary)
# Nathalie Dubois (CPAS Liège) took the minutes because the SPP secretary was on leave; Word headings.
def r450():
    d = new_doc("Calibri", 10.5, 2.2)
    hf(d, header="POD MI – SPP IS  |  AMIF / FAMI", footer=TAG_NL + " – " + TAG_FR)
    para(d, B("Verslag bijeenkomst OCMW's – Rapport rencontre CPAS", size=15, color=BLUE), align="c", space_after=2)
    para(d, B("24 oktober 2019 – 24 octobre 2019"), align="c", space_after=2)
    para(d, "OCMW Gent, Sociaal Huis, Onderbergen 86, 9000 Gent", align="c")
    para(d, I("Rapport rédigé par Nathalie Dubois (CPAS Liège) en remplacement de Sarah Vermeulen, en congé. / "
              "Verslag opgemaakt door Nathalie Dubois (OCMW Luik) ter vervanging van Sarah Vermeulen (verlof)."),
         align="c")
    para(d, B("Présents / Aanwezig"), space_after=2)
    table(d, [["Nom / Naam", "Organisation / Organisatie"],
              ["Thomas Lambrecht", "SPP IS / POD MI"],
              ["Pieter De Smet", "OCMW Gent / CPAS Gand"],
              ["Hanne Claeys", "OCMW Gent / CPAS Gand"],
              ["Youssef El Amrani", "OCMW Gent / CPAS Gand"],
              ["Nathalie Dubois", "CPAS Liège / OCMW Luik"],
              ["Karim Benali", "CPAS Liège / OCMW Luik"],
              ["Fabienne Lardinois", "CPAS Charleroi"],
              ["Mehmet Yilmaz", "CPAS Charleroi"],
              ["Samira Ouali", "OCMW Antwerpen / CPAS Anvers"],
              ["Olivier Van Hoof", "CPAS Bruxelles / OCMW Brussel"],
              ["Claire Moreau", "interprète / tolk"],
              ["Jan Wouters", "interprète / tolk"]], widths=[6, 9])
    para(d, "")
    para(d, B("Excusés / Verontschuldigd : "), "Sarah Vermeulen (SPP IS), Els Van den Broeck (OCMW Antwerpen), "
         "Julie Hanquet (CPAS Binche)")
    para(d, B("Ordre du jour / Agenda"), space_after=2)
    table(d, [["Heure / Uur", "Point / Punt"],
              ["10:00–10:15", "Accueil – Verwelkoming"],
              ["10:15–11:30", "Tour de table – Rondetafel"],
              ["11:30–12:30", "Le bilan d'orientation à Gand – De oriëntatiebalans in Gent"],
              ["12:30–13:30", "Lunch"],
              ["13:30–14:45", "Points forts et points à améliorer – Sterktes en verbeterpunten"],
              ["14:45–15:00", "Actions et prochaine réunion – Acties en volgende bijeenkomst"]], widths=[3, 12])
    para(d, "")
    para(d, "1. Accueil / Verwelkoming", style="Heading 1")
    para(d, "Pieter De Smet souhaite la bienvenue au nom du CPAS de Gand. La réunion se tient en deux langues ; "
         "Claire Moreau et Jan Wouters assurent la traduction simultanée depuis la cabine au fond de la salle.",
         align="j")
    para(d, I("Pieter De Smet verwelkomt iedereen namens OCMW Gent. De vergadering verloopt tweetalig; Claire "
              "Moreau en Jan Wouters zorgen voor de simultaanvertaling vanuit de cabine achteraan."), align="j")
    para(d, "2. Tour de table / Rondetafel", style="Heading 1")
    para(d, "2.1 Gand / Gent :", style="Heading 2")
    para(d, "Le nouveau module de bilan d'orientation a démarré en septembre. Gand a déjà adapté sa grille "
         "d'entretien après les remarques du réseau.", align="j")
    para(d, I("De nieuwe module oriëntatiebalans is in september gestart. Gent heeft het intakesjabloon al "
              "aangepast na de opmerkingen van het netwerk."), align="j")
    para(d, "2.2 Liège / Luik :", style="Heading 2")
    para(d, "Les ateliers créatifs continuent avec l'artiste ; l'atelier d'informatique manque de formateurs. "
         "Karim signale 42 participants actifs.", align="j")
    para(d, I("De creatieve ateliers lopen verder met de kunstenaar; voor het computeratelier zijn er te weinig "
              "lesgevers. Karim meldt 42 actieve deelnemers."), align="j")
    para(d, "2.3 Charleroi :", style="Heading 2")
    para(d, "Le module 4 a commencé. Sur 230 personnes retenues par les assistants sociaux, 71 sont venues à la "
         "séance d'information.", align="j")
    para(d, I("Module 4 is gestart. Van de 230 personen die de maatschappelijk werkers selecteerden, kwamen er 71 "
              "naar de infosessie."), align="j")
    para(d, "2.4 Anvers / Antwerpen :", style="Heading 2")
    para(d, "Samira présente les chiffres des partenaires ; Mortsel et Edegem organisent maintenant des séances "
         "communes.", align="j")
    para(d, I("Samira stelt de cijfers van de partners voor; Mortsel en Edegem organiseren nu gezamenlijke "
              "sessies."), align="j")
    para(d, "2.5 Bruxelles / Brussel :", style="Heading 2")
    para(d, ("[à compléter par Bruxelles / aan te vullen door Brussel]", {"color": RED, "i": True}))
    para(d, "3. Le bilan d'orientation à Gand / De oriëntatiebalans in Gent", style="Heading 1")
    para(d, "Hanne Claeys présente la méthode : un entretien individuel d'environ une heure et demie, avec un "
         "médiateur interculturel si nécessaire. On parcourt le parcours de la personne, ses objectifs, sa "
         "motivation et les obstacles (santé, garde d'enfants, mobilité). Le bilan se termine par une proposition "
         "de modules, discutée avec l'assistant social.", align="j")
    para(d, I("Hanne Claeys stelt de werkwijze voor: een individueel gesprek van ongeveer anderhalf uur, indien "
              "nodig met een interculturele bemiddelaar. Traject, doelen, motivatie en drempels komen aan bod. De "
              "balans eindigt met een voorstel van modules, besproken met de maatschappelijk werker."), align="j")
    para(d, "4. Points forts et points à améliorer / Sterktes en verbeterpunten", style="Heading 1")
    para(d, "Points forts / Sterktes : le lien entre l'équipe et les participants, l'esprit de groupe à la fin "
         "d'un module / de band tussen team en deelnemers, de groepssfeer op het einde van een module.", align="j")
    para(d, "Points à améliorer / Verbeterpunten : prévenir plus tôt quand un cours est annulé, planifier les "
         "activités plus tôt / deelnemers sneller verwittigen bij afgelaste lessen, activiteiten vroeger plannen.",
         align="j")
    para(d, "Il est convenu de ne plus proposer d'activité obligatoire sur des sujets sensibles. / Er wordt "
         "afgesproken geen verplichte activiteiten meer te organiseren rond gevoelige thema's.", align="j")
    para(d, "5. Actions / Acties", style="Heading 1")
    table(d, [["Quoi / Wat", "Qui / Wie", "Quand / Wanneer"],
              ["Envoyer le canevas du bilan d'orientation à tous les CPAS / Het sjabloon van de oriëntatiebalans "
               "naar alle OCMW's sturen", "Hanne Claeys", "15/11/2019"],
              ["Traduire la fiche « règles de présence » en néerlandais / De fiche 'aanwezigheidsregels' naar het "
               "Nederlands vertalen", "SPP / POD", "décembre / december"],
              ["Compléter les indicateurs FAMI 2019 / De AMIF-indicatoren 2019 invullen",
               "Tous les CPAS / alle OCMW's", "31/01/2020"],
              ["Proposer une date pour la visite à Charleroi / Een datum voorstellen voor het bezoek aan Charleroi",
               "Fabienne Lardinois, Mehmet Yilmaz", "—"],
              ["Chercher des interprètes pour mars / Tolken zoeken voor maart", "à définir / nog te bepalen", "—"]],
          widths=[9, 4, 3])
    para(d, "6. Prochaine réunion / Volgende bijeenkomst", style="Heading 1")
    para(d, "La prochaine réunion aura lieu le jeudi 12 mars 2020 à Charleroi.", space_after=0)
    para(d, I("De volgende bijeenkomst vindt plaats op donderdag 12 maart 2020 in Charleroi."))
    save(d, "450_rencontre_gent_bilan_orientation.docx")


# ---------------------------------------------------------------- 451 (2020, NL, short Teams check-in)
# Youssef El Amrani (OCMW Gent) wrote it straight after the call; lettered headings, table of afspraken.
def r451():
    d = new_doc("Verdana", 9.5, 2.0)
    hf(d, header="AMIF-netwerk OCMW's – check-in 28/04/2020", footer="OCMW Gent – Dienst Sociale Activering – intern werkdocument")
    para(d, B("Korte check-in AMIF-netwerk", size=14, color=BLUE), space_after=0)
    para(d, B("Dinsdag 28 april 2020, 14u00 – 15u15"), space_after=8)
    para(d, "Door de coronamaatregelen gaat het netwerkoverleg niet door in Brussel. In de plaats daarvan houden we "
         "een korte check-in via Microsoft Teams, om te horen hoe elk OCMW het contact met de deelnemers "
         "volhoudt. Verslag: Youssef El Amrani.", align="j")
    para(d, B("Aanwezig (online): "), "Sarah Vermeulen (POD MI), Thomas Lambrecht (POD MI), Youssef El Amrani "
         "[OCMW Gent), Pieter De Smet (OCMW Gent), Karim Benali (OCMW Luik), Fabienne Lardinois (OCMW Charleroi), "
         "Samira Ouali (OCMW Antwerpen), Olivier Van Hoof (OCMW Brussel)", align="j")
    para(d, B("Verontschuldigd: "), "Els Van den Broeck (OCMW Antwerpen) en Julie Hanquet (OCMW Binche)")
    para(d, "Agenda (we houden het kort):", space_after=0)
    for t in ["14u00 – 14u30: rondje per OCMW",
              "14u30 – 14u50: groepsactiviteiten na de lockdown",
              "14u50 – 15u05: rapportering en indicatoren",
              "15u05 – 15u15: afspraken"]:
        para(d, t, style="List Bullet", space_after=0)
    para(d, "")
    para(d, B("A. Hoe gaat het met de deelnemers?"))
    para(d, "Alle OCMW's bellen hun deelnemers minstens één keer per week op. Gent en Antwerpen gebruiken ook "
         "WhatsApp-groepen voor korte taalopdrachten. Gent heeft al 12 laptops uitgeleend aan deelnemers met "
         "schoolgaande kinderen. Luik stelt vast dat vooral de deelnemers die niet kunnen lezen of schrijven uit "
         "beeld verdwijnen. In Charleroi werkt de coach met korte spraakberichten in plaats van e-mails.",
         align="j")
    para(d, "Samira vertelt dat Antwerpen de infosessies over wonen en huur via korte video's verder zet. De "
         "partners (Schoten, Edegem, Mortsel) bellen hun deelnemers zelf op; de coördinatie loopt via Antwerpen. "
         "Karim merkt dat veel deelnemers stress hebben over hun verblijfsdocumenten, omdat de loketten "
         "gesloten zijn. Fabienne bevestigt dat voor Charleroi: de vragen gaan nu meer over sociale rechten "
         "dan over de modules.", align="j")
    para(d, "Pieter wijst erop dat het contact met de maatschappelijk werkers van de sociale diensten ook "
         "moeilijker is: zij werken thuis en verwijzen bijna niemand door. De instroom voor de volgende module "
         "zal dus lager liggen.", align="j")
    para(d, "Brussel: het aantal actieve deelnemers is moeilijk te schatten, veel telefoons staan uit.")
    para(d, ("NB: cijfers Brussel volgen nog.", {"i": True, "color": RED}))
    para(d, B("B. Groepsactiviteiten na de lockdown"))
    para(d, "Zodra het weer mag, willen de OCMW's kleine groepen opstarten. De regels verschillen:", space_after=2)
    para(d, "Gent\t4 deelnemers + 1 begeleider", space_after=0, indent=0.8)
    para(d, "Luik\t3 deelnemers + 1 lesgever", space_after=0, indent=0.8)
    para(d, "Charleroi\t3 deelnemers + 1 lesgever", space_after=0, indent=0.8)
    para(d, "Antwerpen\tnog niet bekend", indent=0.8)
    para(d, "Besloten: geen fysieke netwerkvergadering vóór september. Sarah vindt het wel belangrijk dat de "
         "OCMW's de ervaringen met online begeleiding verzamelen.", align="j")
    para(d, B("C. Rapportering en indicatoren"))
    para(d, "Thomas legt uit dat de Europese Commissie flexibel zal zijn voor de rapportering over 2020, maar de "
         "indicatoren (deelnemers per type activiteit) blijven wel gevraagd. Individuele telefonische begeleiding "
         "mag meegeteld worden als persoonlijke begeleiding.", align="j")
    para(d, B("D. Afspraken"))
    table(d, [["Wat", "Wie", "Tegen"],
              ["De richtlijnen rond groepsgrootte per OCMW bundelen in één overzicht", "POD MI", "8 mei"],
              ["Ervaringen met videobellen met deelnemers delen op de volgende check-in", "alle OCMW's", "26 mei"],
              ["Het lesmateriaal taalactivering (online versie) doorsturen", "Pieter", "asap"],
              ["Nagaan of de indicatorentabel later mag worden ingediend", "Sarah en Thomas", "15 mei"],
              ["Tablets voor deelnemers zonder internet: mogelijkheden onderzoeken", "nog te bepalen", "—"]],
          style="Light Grid Accent 1", widths=[10, 3.5, 2.5])
    para(d, "")
    para(d, B("E. Volgende check-in"))
    para(d, "Volgende check-in: dinsdag 26 mei 2020 om 14u, zelfde Teams-link.")
    para(d, I("Blijf gezond! – Youssef"), align="r")
    save(d, "451_checkin_teams_corona.docx")


# ---------------------------------------------------------------- 452 (2021, FR, manager's decisions and tasks)
# Marc Dewandre, head of service at CPAS Bruxelles, chaired and wrote a terse decision/task list.
def r452():
    d = new_doc("Cambria", 11, 2.5)
    hf(d, header="CPAS de Bruxelles – Département Action sociale – Cellule FAMI",
       footer="Document interne – diffusion : réseau FAMI des CPAS et SPP IS")
    para(d, B("Réunion du réseau FAMI – Décisions et tâches", size=14))
    para(d, "Date : jeudi 18 novembre 2021, 9h30–12h30", space_after=0)
    para(d, "Lieu : CPAS de Bruxelles, rue Haute 298a, salle du conseil", space_after=0)
    para(d, "Rédaction : Marc Dewandre", space_after=8)
    para(d, B("Présents :"), space_after=0)
    for t in ["Marc Dewandre (CPAS Bruxelles, président de séance)",
              "Olivier Van Hoof (CPAS Bruxelles)",
              "Thomas Lambrecht (SPP IS)",
              "Lien Desmet (SPP IS)",
              "Hanne Claeys (CPAS Gand)",
              "Sophie Lejeune (CPAS Liège)",
              "Fabienne Lardinois (CPAS Charleroi)",
              "Julie Hanquet (CPAS Binche)",
              "Bram Peeters (CPAS Anvers)"]:
        para(d, t, style="List Bullet", space_after=0)
    para(d, B("Excusés : "), "Karim Benali (CPAS Liège), Lotte Mertens (OCMW Mortsel)")
    para(d, I("Julie Hanquet (CPAS Binche) a suivi la réunion via Teams, les autres participants étaient sur place."))
    para(d, B("Ordre du jour"), space_after=0)
    for t in ["Mesures sanitaires et taille des groupes",
              "Rapportage FAMI 2021",
              "Journée réseau 2022",
              "Archivage et RGPD"]:
        para(d, t, style="List Number", space_after=0)
    para(d, "Contexte", style="Heading 2")
    para(d, "Les CPAS ont repris les activités collectives depuis septembre, avec des règles différentes d'un "
         "CPAS à l'autre. Le SPP demande un premier bilan de l'année et une position commune pour 2022. La "
         "discussion a été longue ; ne sont repris ci-dessous que les décisions et les tâches.", align="j")
    para(d, "En bref : Gand et Anvers travaillent à 6 + 1 depuis octobre, Liège et Charleroi sont restés à "
         "4 + 1, Bruxelles a alterné présentiel et appels vidéo. Le recrutement a repris lentement ; les antennes "
         "sociales orientent à nouveau, mais beaucoup de participants ont décroché pendant les confinements. Le "
         "SPP rappelle que les participants suivis uniquement par téléphone comptent pour l'accompagnement "
         "individuel, à condition que les entretiens soient notés dans le dossier.", align="j")
    para(d, "Les CPAS signalent aussi que les démarches administratives (titres de séjour, inscriptions) prennent "
         "de plus en plus de temps, ce qui retarde le début des modules.", align="j")
    para(d, "Décisions", style="Heading 2")
    for t in ["D1. La taille des groupes passe à 6 participants + 1 formateur dans tous les CPAS à partir du "
              "1er décembre.",
              "D2. Le rapport annuel 2021 suivra le même modèle que 2020 ; pas de nouveaux indicateurs cette année.",
              "D3. La journée réseau 2022 aura lieu au printemps, avec interprétation simultanée.",
              "D4. Charleroi a déjà transmis ses listes de présence du premier semestre : pas besoin de les "
              "renvoyer."]:
        para(d, t, space_after=2, indent=0.5)
    para(d, "Tâches", style="Heading 2")
    for t in ["T1. Adapter le règlement d'ordre intérieur des ateliers – Qui : chaque CPAS – Pour : 15/12",
              "T2. Envoyer le modèle de rapport annuel FAMI 2021 – Qui : SPP – Pour : 30/11",
              "T3. Préparer la présentation « recrutement » pour la journée réseau – Qui : Julie Hanquet et "
              "Fabienne Lardinois – Pour : février",
              "T4. Vérifier la durée de conservation des dossiers papier (5 ans à partir du 31 décembre de l'année "
              "du dernier paiement) – Qui : Olivier – Pour : 20/01",
              "T5. Le CPAS de Liège partagera sa convention avec l'asbl L'Échelle des Mots.",
              "T6. Réserver les interprètes pour la journée réseau – Qui : ? – Pour : janvier"]:
        para(d, t, space_after=2, indent=0.5)
    para(d, "Points ouverts", style="Heading 2")
    para(d, "Budget 2022 : en attente de la confirmation de la part de l'Europe.", space_after=2)
    para(d, ("[à compléter après le comité de direction du 25/11]", {"color": RED, "b": True}))
    para(d, "Plusieurs CPAS souhaiteraient un modèle commun d'enquête de satisfaction en plusieurs langues. "
         "À rediscuter à la journée réseau.", align="j")
    para(d, "Prochaine réunion", style="Heading 2")
    para(d, "Prochaine réunion : jeudi 20 janvier 2022, 10h00, en ligne (Teams).")
    para(d, "")
    para(d, "M. Dewandre", align="r", space_after=0)
    para(d, I("Chef de service – CPAS de Bruxelles"), align="r")
    save(d, "452_decisions_taches_bruxelles.docx")


# ---------------------------------------------------------------- 453 (2022, NL/FR, hybrid, hosted by OCMW Schoten)
# Kristof Janssens (OCMW Schoten) as host wrote it; bilingual column table, arrows for actions.
def r453():
    d = new_doc("Calibri", 10.5, 2.0)
    hf(d, header="OCMW Schoten  ·  AMIF-netwerk  ·  FAMI réseau", footer=TAG_NL + "  |  " + TAG_FR)
    para(d, B("Verslag netwerkvergadering AMIF – Rapport réunion réseau FAMI", size=14), align="c", space_after=0)
    para(d, "donderdag 9 juni 2022 – jeudi 9 juin 2022", align="c", space_after=0)
    para(d, "OCMW Schoten, Sociaal Huis, raadzaal – en via Teams / et via Teams", align="c")
    table(d, [["Praktisch", "Pratique"],
              ["Hybride vergadering: 11 deelnemers in de raadzaal van OCMW Schoten, 5 via Teams. Tolken NL ↔ FR "
               "via het tolkenkanaal in Teams; in de zaal met koptelefoon.",
               "Réunion hybride : 11 participants dans la salle du conseil du CPAS de Schoten, 5 via Teams. "
               "Interprétation NL ↔ FR par le canal d'interprétation de Teams ; dans la salle avec casque."]],
          widths=[8, 8])
    para(d, "")
    para(d, B("Aanwezig – Présents"), space_after=2)
    table(d, [["Naam / Nom", "Organisatie / Organisation", "Ter plaatse / Online"],
              ["Kristof Janssens", "OCMW Schoten", "ter plaatse"],
              ["Bram Peeters", "OCMW Antwerpen", "ter plaatse"],
              ["Samira Ouali", "OCMW Antwerpen", "ter plaatse"],
              ["An Verbruggen", "OCMW Edegem", "ter plaatse"],
              ["Lotte Mertens", "OCMW Mortsel", "ter plaatse"],
              ["Hanne Claeys", "OCMW Gent", "ter plaatse"],
              ["Lien Desmet", "POD MI / SPP IS", "ter plaatse"],
              ["Thomas Lambrecht", "POD MI / SPP IS", "online"],
              ["Sophie Lejeune", "CPAS Liège", "online"],
              ["Fabienne Lardinois", "CPAS Charleroi", "online"],
              ["Julie Hanquet", "CPAS Binche", "online"],
              ["Olivier Van Hoof", "CPAS Bruxelles", "online"]], widths=[5, 6, 4])
    para(d, "")
    para(d, B("Verontschuldigd – Excusés: "), "Youssef El Amrani (OCMW Gent), Aïcha Benjelloun (CPAS Bruxelles)")
    para(d, B("Agenda – Ordre du jour"), space_after=2)
    for t in ["10.00 – 10.20 : Welkom door OCMW Schoten – Accueil par le CPAS de Schoten",
              "10.20 – 11.15 : Stand van zaken per OCMW – État des lieux par CPAS",
              "11.15 – 11.45 : Nieuwe AMIF-periode 2021-2027 – Nouvelle période FAMI 2021-2027",
              "11.45 – 12.30 : Tevredenheidsenquête – Enquête de satisfaction"]:
        para(d, t, space_after=0, indent=0.6)
    para(d, "")
    para(d, B("1. Welkom – Accueil", color=BLUE))
    para(d, "Kristof verwelkomt de deelnemers in Schoten en online. Het is de eerste netwerkvergadering sinds de "
         "coronaperiode met deelnemers in de zaal. / Kristof accueille les participants à Schoten et en ligne ; "
         "c'est la première réunion du réseau avec des participants en salle depuis la crise sanitaire.", align="j")
    para(d, B("2. Stand van zaken – État des lieux", color=BLUE))
    para(d, B("2.1 Antwerpen en partners:"), space_after=0)
    para(d, "Antwerpen start in september met een nieuwe groep. Schoten en Mortsel werken samen voor de "
         "infosessies; Edegem heeft een eigen groep van 8 deelnemers.", align="j")
    para(d, ("[aan te vullen: cijfers Edegem]", {"hl": WD_COLOR_INDEX.BRIGHT_GREEN}))
    para(d, B("2.2 Gent:"), space_after=0)
    para(d, "Gent heeft de tevredenheidsenquête vertaald naar het Arabisch, Dari en Tigrinya en test ze in juni.",
         align="j")
    para(d, B("2.3 Wallonie et Bruxelles :"), space_after=0)
    para(d, "Liège, Charleroi et Binche ont repris les groupes à 6 participants + 1 formateur. Bruxelles signale "
         "des difficultés de recrutement : les antennes sociales orientent peu de personnes depuis la crise.",
         align="j")
    para(d, B("3. Nieuwe AMIF-periode 2021-2027 – Nouvelle période FAMI 2021-2027", color=BLUE))
    para(d, "Lien Desmet licht de nieuwe verordening (EU) 2021/1147 toe. Er komen gemeenschappelijke output- en "
         "resultaatindicatoren: aantal deelnemers aan taallessen, aan maatschappelijke oriëntatie en aan "
         "persoonlijke begeleiding, en het aantal deelnemers dat zegt dat de activiteit hen hielp. / Lien Desmet "
         "présente le nouveau règlement et ses indicateurs communs.", align="j")
    para(d, "Beslist: de volgende bijeenkomst wordt opnieuw hybride. / Décidé : la prochaine réunion sera de "
         "nouveau hybride.", align="j")
    para(d, B("4. Tevredenheidsenquête – Enquête de satisfaction", color=BLUE))
    para(d, "Het netwerk blijft de enquête te abstract vinden. Voorstel van Charleroi: met pictogrammen werken en "
         "maximaal tien vragen. / Le réseau trouve toujours l'enquête trop abstraite ; Charleroi propose des "
         "pictogrammes et dix questions au maximum.", align="j")
    para(d, B("5. Actiepunten – Points d'action", color=BLUE))
    for t in ["→ Het OCMW Gent stuurt de vertaalde enquête (Arabisch, Dari, Tigrinya) door naar alle partners.",
              "→ Opmaken van een gemeenschappelijke lijst met de nieuwe EU-indicatoren (verantw. POD MI)",
              "→ Lotte en An organiseren een uitwisseling tussen de trajectbegeleiders van Mortsel en Edegem.",
              "→ Chaque CPAS envoie ses remarques sur le projet de fiche 2023 avant le 1er juillet.",
              "→ Vérifier si la salle du CPAS de Binche est disponible en octobre (resp. Julie)"]:
        para(d, t, space_after=2, indent=0.4)
    para(d, B("6. Volgende vergadering – Prochaine réunion", color=BLUE))
    para(d, "Donderdag 6 oktober 2022 in Binche (hybride) – jeudi 6 octobre 2022 à Binche (hybride).")
    para(d, "")
    para(d, I("Verslag: Kristof Janssens, OCMW Schoten – nagelezen door Lien Desmet (POD MI)"), align="r")
    save(d, "453_hybride_schoten_netwerk.docx")


# ---------------------------------------------------------------- 454 (2023, FR, formal procès-verbal approved later)
# Sophie Lejeune (CPAS Liège), secrétaire de séance; Times New Roman, Roman numbers, signatures with tabs.
def r454():
    d = new_doc("Times New Roman", 11.5, 2.5)
    hf(d, header="Réseau FAMI des CPAS – PV 2023/01", footer="Procès-verbal approuvé – version publiée au réseau")
    para(d, B("PROCÈS-VERBAL DE LA RÉUNION DU RÉSEAU FAMI DES CPAS", size=13), align="c", space_after=0)
    para(d, B("Séance du jeudi 30 mars 2023"), align="c", space_after=0)
    para(d, "CPAS de Liège – Place Saint-Jacques 13, 4000 Liège – de 10 heures à 15 heures 30", align="c")
    para(d, I("Procès-verbal approuvé lors de la séance du 15 juin 2023, sans modification."), align="c")
    para(d, B("Sont présents :"), space_after=0)
    for t in ["M. Thomas Lambrecht, SPP Intégration Sociale, président de séance ;",
              "Mme Lien Desmet, SPP Intégration Sociale ;",
              "Mme Hanne Claeys, CPAS de Gand ;",
              "M. Pieter De Smet, CPAS de Gand ;",
              "Mme Sophie Lejeune, CPAS de Liège, secrétaire de séance ;",
              "M. Karim Benali, CPAS de Liège ;",
              "M. Mehmet Yilmaz, CPAS de Charleroi ;",
              "M. Bram Peeters, CPAS d'Anvers ;",
              "M. Olivier Van Hoof, CPAS de Bruxelles."]:
        para(d, t, space_after=0, indent=1.0)
    para(d, B("Sont excusés :"), space_after=0)
    for t in ["Mme Fabienne Lardinois, CPAS de Charleroi ;",
              "Mme An Verbruggen, OCMW d'Edegem."]:
        para(d, t, space_after=0, indent=1.0)
    para(d, "")
    para(d, B("Ordre du jour :"), space_after=0)
    for t in ["1. Ouverture de la séance",
              "2. Approbation du procès-verbal de la séance du 6 octobre 2022",
              "3. Communications du SPP",
              "4. Points par CPAS",
              "5. Indicateurs communs FAMI 2021-2027",
              "6. Conservation des documents et protection des données",
              "7. Divers"]:
        para(d, t, space_after=0, indent=1.0)
    para(d, "")
    para(d, B("I. Ouverture de la séance"))
    para(d, "La séance est ouverte à 10 heures 10 par M. Lambrecht, qui remercie le CPAS de Liège pour son "
         "accueil. Le quorum n'étant pas requis, l'assemblée peut délibérer valablement.", align="j")
    para(d, B("II. Approbation du procès-verbal de la séance du 6 octobre 2022"))
    para(d, "Le procès-verbal de la séance du 6 octobre 2022 est approuvé sans remarque.", align="j")
    para(d, B("III. Communications du SPP"))
    para(d, "M. Lambrecht informe l'assemblée que la convention de subvention 2023 a été signée par tous les CPAS. "
         "Les avances du premier semestre ont été versées le 15 mars. Le SPP communiquera aux CPAS la version "
         "définitive du guide des indicateurs pour le 30 avril 2023.", align="j")
    para(d, B("IV. Points par CPAS"))
    para(d, "Mme Claeys expose que le CPAS de Gand a atteint 64 participants au premier trimestre. M. Benali "
         "précise que Liège maintient ses trois contrats par participant (avec l'assistant social, avec la "
         "personne chargée de l'admission et avec le responsable de chaque module). M. Yilmaz indique que le CPAS "
         "de Charleroi a déjà transmis ses indicateurs 2022. M. Peeters fait état de la bonne collaboration avec "
         "Schoten, Edegem et Mortsel.", align="j")
    para(d, "Le CPAS de Bruxelles transmettra la liste de ses partenaires d'insertion socioprofessionnelle avant "
         "la prochaine séance.", align="j")
    para(d, B("V. Indicateurs communs FAMI 2021-2027"))
    para(d, "Mme Desmet présente les indicateurs communs prévus par le règlement (UE) 2021/1147 : participants aux "
         "activités de soutien, par cours de langue, orientation civique et accompagnement professionnel "
         "personnalisé ; participants ayant progressé d'au moins un niveau du CECR ; participants déclarant que "
         "l'activité a aidé leur intégration.", align="j")
    para(d, "L'assemblée constate que la progression d'un niveau du CECR est difficile à mesurer pour un public "
         "peu alphabétisé. Mme Claeys et M. Peeters prépareront une note sur les tests de niveau utilisés dans "
         "les CPAS néerlandophones.", align="j")
    para(d, B("VI. Conservation des documents et protection des données"))
    para(d, "M. Van Hoof rappelle que les documents d'une opération financée par l'Union sont conservés cinq ans à "
         "compter du 31 décembre de l'année du dernier paiement, et que les données personnelles ne peuvent être "
         "gardées plus longtemps que nécessaire. Chaque participant peut demander à consulter les données qui le "
         "concernent.", align="j")
    para(d, "Un modèle de registre de conservation sera proposé par M. Van Hoof pour la séance de juin. Chaque "
         "CPAS vérifiera ses délais d'archivage d'ici la prochaine séance.", align="j")
    para(d, "Il est décidé que les listes nominatives des participants ne seront plus jointes aux rapports "
         "envoyés au SPP.", align="j")
    para(d, B("VII. Divers"))
    para(d, "Organisation de la journée réseau 2024 : CPAS hôte à définir.", align="j")
    para(d, "M. Benali souhaiterait que la journée réseau comprenne une visite de terrain.", align="j")
    para(d, B("VIII. Clôture"))
    para(d, "La prochaine séance est fixée au jeudi 15 juin 2023 à 10 heures, à Anvers.", align="j")
    para(d, "La séance est levée à 15 heures 25.", align="j")
    para(d, "")
    para(d, "La secrétaire de séance,\t\t\t\tLe président de séance,", space_after=18)
    para(d, "Sophie Lejeune\t\t\t\t\t\tThomas Lambrecht")
    save(d, "454_proces_verbal_liege.docx")


# ---------------------------------------------------------------- 455 (2025, NL, network day in Gent with annexes)
# Hanne Claeys (OCMW Gent) with Word heading styles, typed numbers, agenda and people tables, annexes.
def r455():
    d = new_doc("Calibri", 11, 2.2)
    hf(d, header="Netwerkdag AMIF 2025 – OCMW Gent", footer="Verslag netwerkdag 20/03/2025 – met bijlagen")
    para(d, "Verslag netwerkdag AMIF-projecten OCMW's", style="Title")
    para(d, B("Donderdag 20 maart 2025 – De Centrale, Kraankindersstraat 2, 9000 Gent"), space_after=2)
    para(d, "Verslag: Hanne Claeys (OCMW Gent). Er was simultaanvertaling NL-FR voorzien, met een tolkencabine "
         "achteraan de zaal (twee tolken van het vertaalbureau van de stad).", align="j")
    para(d, B("Deelnemers"), space_after=2)
    table(d, [["Organisatie", "Aanwezig", "Verontschuldigd"],
              ["POD MI", "Lien Desmet, Thomas Lambrecht", "–"],
              ["OCMW Gent", "Hanne Claeys, Youssef El Amrani, Nour Haddad", "Pieter De Smet"],
              ["OCMW Luik", "Sophie Lejeune, Karim Benali", "–"],
              ["OCMW Charleroi", "Mehmet Yilmaz", "–"],
              ["OCMW Binche", "Julie Hanquet", "–"],
              ["OCMW Antwerpen", "Bram Peeters, Samira Ouali", "–"],
              ["OCMW Mortsel", "Lotte Mertens", "–"],
              ["OCMW Brussel", "Aïcha Benjelloun", "Olivier Van Hoof"]], widths=[4, 8, 4])
    para(d, "")
    para(d, B("Programma"), space_after=2)
    table(d, [["Uur", "Onderdeel"],
              ["09:30 – 10:00", "Onthaal en koffie"],
              ["10:00 – 10:30", "Welkom door OCMW Gent en POD MI"],
              ["10:30 – 11:30", "Presentatie OCMW Luik: drie contracten per deelnemer"],
              ["11:30 – 12:30", "Workshops in kleine groepen"],
              ["12:30 – 13:30", "Lunch"],
              ["13:30 – 14:45", "Brainstorm: de tevredenheidsenquête herbekijken"],
              ["14:45 – 15:30", "Terugkoppeling en afspraken"]], widths=[3.5, 12])
    para(d, "1. Welkom", style="Heading 1")
    para(d, "Youssef El Amrani verwelkomt de deelnemers in De Centrale, het intercultureel centrum waar de Gentse "
         "groepen elke week samenkomen. Lien Desmet schetst het kader: de netwerkdag is er om van elkaar te "
         "leren, niet om te rapporteren.", align="j")
    para(d, "2. Presentatie OCMW Luik: drie contracten per deelnemer", style="Heading 1")
    para(d, "Sophie Lejeune en Karim Benali tonen hoe in Luik elke deelnemer drie contracten ondertekent: met de "
         "maatschappelijk werker, met de intakemedewerker en met de verantwoordelijke van elke module. In de "
         "contracten staan de afspraken over aanwezigheid en stiptheid. De deelnemers vinden de contracten "
         "duidelijk, omdat ze mondeling worden uitgelegd.", align="j")
    para(d, "Karim bezorgt de contractmodellen van Luik in het Nederlands aan de Vlaamse OCMW's.", align="j")
    para(d, "3. Workshops", style="Heading 1")
    para(d, "3.1 Werking met laaggeletterde deelnemers", style="Heading 2")
    para(d, "Werken met beelden, vaste routines en korte opdrachten helpt. Antwerpen gebruikt een "
         "fotokalender zodat deelnemers zien wanneer er les is. Gent heeft de enquête al vertaald naar het "
         "Arabisch.", align="j")
    para(d, "3.2 Communicatie naar deelnemers", style="Heading 2")
    para(d, "Uurroosters die wijzigen en afgelaste lessen blijven een probleem. Binche stuurt een spraakbericht "
         "via WhatsApp; Brussel hangt een bord aan de ingang. Het zou goed zijn om oude en nieuwe deelnemers "
         "meer te mengen in het lesrooster.", align="j")
    para(d, "4. Brainstorm tevredenheidsenquête", style="Heading 1")
    para(d, "De resultaten van de brainstorm staan in bijlage 1. Kort samengevat: minder vragen, concrete "
         "voorbeelden, pictogrammen, en de mogelijkheid om de enquête mondeling af te nemen in de eigen taal.",
         align="j")
    para(d, "Beslist: de enquête krijgt maximaal tien vragen.", align="j")
    para(d, "5. Afspraken", style="Heading 1")
    for t in ["De vereenvoudigde enquête uittesten bij twee groepen – wie: OCMW Gent",
              "Pictogrammen voor de enquête verzamelen en delen – wie: Nour Haddad en Sophie Lejeune",
              "De POD MI bezorgt de nieuwe indicatorenfiche tegen eind april.",
              "Elk OCMW duidt een contactpersoon aan voor de werkgroep enquête.",
              "Een datum zoeken voor een uitwisseling over ISP-trajecten – wie: nog te bepalen"]:
        para(d, t, style="List Bullet", space_after=0)
    para(d, "6. Volgende bijeenkomst", style="Heading 1")
    para(d, "De volgende netwerkbijeenkomst vindt plaats op donderdag 25 september 2025 in Charleroi.")
    para(d, "7. Bijlagen", style="Heading 1")
    para(d, "Bijlage 1: resultaten van de brainstorm (hieronder)", space_after=0)
    para(d, "Bijlage 2: planning van de modules 2025-2026 per OCMW (hieronder)", space_after=0)
    para(d, "Bijlage 3: presentatie OCMW Luik (apart bestand, pdf)")
    p = para(d, "")
    p.add_run().add_break(WD_BREAK.PAGE)
    para(d, B("Bijlage 1 – Resultaten van de brainstorm", size=13))
    table(d, [["Wat werkt", "Wat kan beter"],
              ["Vragen mondeling stellen in de groep", "Abstracte woorden (zelfredzaamheid, competentie)"],
              ["Smileys en pictogrammen", "Te veel vragen (nu 24)"],
              ["Een tolk of bemiddelaar erbij", "Enquête enkel in NL en FR"],
              ["Enquête op het einde van de module", "Geen terugkoppeling naar de deelnemers"]], widths=[8, 8])
    para(d, "")
    para(d, B("Bijlage 2 – Planning modules 2025-2026", size=13))
    table(d, [["OCMW", "Start", "Einde", "Type"],
              ["Gent", "september 2025", "juni 2026", "taalactivering + individuele coaching"],
              ["Luik", "doorlopend", "–", "creatief atelier, computeratelier"],
              ["Charleroi / Binche", "september 2025", "juni 2026", "module 10"],
              ["Brussel", "oktober 2025", "juni 2026", "groepsateliers"]], widths=[4, 3.5, 3, 5.5])
    para(d, ("[Bijlage 2 wordt nog aangevuld – planning Antwerpen en partners ontbreekt]", {"i": True, "color": RED}))
    save(d, "455_netwerkdag_gent_bijlagen.docx")


# ---------------------------------------------------------------- 456 (2026, FR/NL, two writers in turn)
# Aïcha Benjelloun (CPAS Bruxelles, FR) and Lien Desmet (POD MI, NL) wrote alternate sections, initials in brackets.
def r456():
    d = new_doc("Calibri", 11, 2.3)
    hf(d, header="Réseau FAMI / AMIF-netwerk – 12.02.2026", footer="Brouillon partagé – gedeeld ontwerp")
    para(d, ("DRAFT – version de travail, pas encore relue par les deux rédactrices", {"b": True, "color": RED}))
    para(d, B("Rapport rencontre CPAS – Verslag bijeenkomst OCMW's", size=14), space_after=0)
    para(d, "Jeudi 12 février 2026 – donderdag 12 februari 2026", space_after=0)
    para(d, "CPAS de Bruxelles, rue Haute 298a, 1000 Bruxelles", space_after=6)
    para(d, I("Rédaction à deux mains : AB = Aïcha Benjelloun (CPAS Bruxelles, parties en français) ; "
              "LD = Lien Desmet (POD MI, delen in het Nederlands)."), space_after=6)
    para(d, B("Présents / Aanwezig : "), "Aïcha Benjelloun (CPAS Bruxelles), Olivier Van Hoof (CPAS Bruxelles), "
         "Lien Desmet (POD MI), Thomas Lambrecht (POD MI), Nour Haddad (OCMW Gent), Sophie Lejeune (CPAS Liège), "
         "Mehmet Yilmaz (CPAS Charleroi), Julie Hanquet (CPAS Binche), Bram Peeters (OCMW Antwerpen), "
         "Lotte Mertens (OCMW Mortsel), Kristof Janssens (OCMW Schoten)", align="j")
    para(d, B("Excusés / Verontschuldigd : "), "Hanne Claeys (OCMW Gent), Karim Benali (CPAS Liège)")
    para(d, B("Ordre du jour / Agenda"), space_after=0)
    for t in ["10h00-10h15\tAccueil",
              "10h15-11h00\tStand van zaken POD MI",
              "11h00-12h15\tTour de table des CPAS",
              "13h00-14h00\tEvaluatie van de moduleperiode 2025-2026",
              "14h00-14h45\tRapportering 2025",
              "14h45-15h00\tActions et prochaine réunion"]:
        para(d, t, space_after=0, indent=0.5)
    para(d, "")
    para(d, B("1) Accueil"), "  (AB)")
    para(d, "Olivier Van Hoof accueille le réseau à la rue Haute. Pas d'interprétation cette fois : chacun parle sa "
         "langue et les collègues se traduisent au besoin. Tout le monde est venu sur place.", align="j")
    para(d, B("2) Stand van zaken POD MI"), "  (LD)")
    para(d, "De jaarlijkse rapportering aan de Europese Commissie is ingediend. Thomas meldt dat de "
         "gemeenschappelijke indicatoren voor 2025 volledig zijn, behalve voor het aantal deelnemers dat minstens "
         "één ERK-niveau vooruitging. De POD MI zal de rapporteringstemplate 2025 op de gedeelde map zetten "
         "zodra de Commissie de definitieve versie bevestigt.", align="j")
    para(d, B("3) Tour de table des CPAS"), "  (AB)")
    para(d, "Charleroi : le recrutement reste difficile ; sur 240 personnes retenues par les assistants sociaux, "
         "64 sont venues à la séance d'information (27 %). Le CPAS de Charleroi présentera son tableau de "
         "recrutement lors de la prochaine réunion.", align="j")
    para(d, "Liège : Sophie signale que les inscriptions à tout moment compliquent les horaires ; un groupe "
         "« anciens » et un groupe « nouveaux » ont été créés en janvier.", align="j")
    para(d, "Bruxelles : Aïcha envoie le nouveau calendrier des modules à tous les CPAS ; il tient compte des "
         "vacances scolaires pour éviter les cours annulés.", align="j")
    para(d, "Gent / Antwerpen / Mortsel / Schoten : zie punt 4 (LD).", align="j")
    para(d, ("TODO LD: cijfers Gent aanvullen", {"hl": WD_COLOR_INDEX.YELLOW}))
    para(d, B("4) Evaluatie van de moduleperiode 2025-2026"), "  (LD)")
    para(d, "Sterk: de groepssfeer, de band met de begeleiders, bijna dagelijks contact met de deelnemers. Beter: "
         "de communicatie bij wijzigingen in het lesrooster, en activiteiten vroeger plannen omdat de "
         "administratieve procedures steeds langer duren. Nour vertelt dat Gent sinds januari met een "
         "fotokalender werkt. Bram en Lotte bekijken samen hoe de intake in Mortsel kan verlopen met de "
         "Antwerpse intakemedewerker. Kristof stelt voor om in Schoten een gezamenlijke uitstap te organiseren.",
         align="j")
    para(d, B("5) Rapportering 2025"), "  (LD)")
    para(d, "Afgesproken: de bewaartermijn van vijf jaar na 31 december van het jaar van de laatste betaling "
         "blijft de regel; persoonsgegevens worden niet langer bewaard dan nodig. Alle OCMW's hebben hun "
         "aanwezigheidslijsten van 2025 al ingediend.", align="j")
    para(d, B("6) Actions / Acties"), "  (AB + LD)")
    para(d, "Tous les CPAS : relire la fiche projet et signaler les erreurs avant le 6 mars", space_after=0,
         indent=0.5)
    para(d, "Trouver une date pour la visite à Edegem (qui ? à définir)", space_after=0, indent=0.5)
    para(d, "Voir aussi plus haut : calendrier (AB), template (POD MI), intake Mortsel (Bram, Lotte), "
         "recrutement Charleroi.", indent=0.5)
    para(d, B("7) Prochaine réunion / Volgende vergadering"))
    para(d, "Prochaine réunion / Volgende vergadering : jeudi 11 juin 2026, à Anvers / in Antwerpen.")
    save(d, "456_rencontre_deux_mains_bruxelles.docx")


if __name__ == "__main__":
    for f in (r447, r448, r449, r450, r451, r452, r453, r454, r455, r456):
        f()
