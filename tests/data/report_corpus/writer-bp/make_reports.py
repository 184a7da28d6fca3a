# -*- coding: utf-8 -*-
"""Builds the ten meeting reports 687-696 of the AMIF network (python-docx)."""
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_COLOR_INDEX
from docx.shared import Pt, RGBColor, Cm

BLUE = RGBColor(0x1F, 0x4E, 0x79)
GREY = RGBColor(0x80, 0x80, 0x80)
RED = RGBColor(0xC0, 0x00, 0x00)


def new_doc(font="Calibri", size=11, header=None, footer=None):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    if header:
        hp = sec.header.paragraphs[0]
        hp.text = header
        hp.runs[0].font.size = Pt(8)
        hp.runs[0].font.color.rgb = GREY
    if footer:
        fp = sec.footer.paragraphs[0]
        fp.text = footer
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        fp.runs[0].font.size = Pt(8)
        fp.runs[0].italic = True
    return d


def p(d, text="", bold=False, italic=False, style=None, color=None, size=None, align=None, hl=None, under=False):
    par = d.add_paragraph(style=style) if style else d.add_paragraph()
    if text:
        r = par.add_run(text)
        r.bold = bold
        r.italic = italic
        r.underline = under
        if color is not None:
            r.font.color.rgb = color
        if size:
            r.font.size = Pt(size)
        if hl:
            r.font.highlight_color = hl
    if align == "c":
        par.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        par.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    return par


def mixed(d, parts, style=None):
    """parts: list of (text, 'b'/'i'/'bi'/'' )"""
    par = d.add_paragraph(style=style) if style else d.add_paragraph()
    for text, f in parts:
        r = par.add_run(text)
        r.bold = "b" in f
        r.italic = "i" in f
        if "h" in f:
            r.font.highlight_color = WD_COLOR_INDEX.YELLOW
        if "g" in f:
            r.font.color.rgb = GREY
        if "r" in f:
            r.font.color.rgb = RED
    return par


def table(d, rows, bold_first=True, style="Table Grid", widths=None):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            c.text = ""
            r = c.paragraphs[0].add_run(val)
            if bold_first and i == 0:
                r.bold = True
            if widths:
                c.width = Cm(widths[j])
    return t


def page_break(d):
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


# ---------------------------------------------------------------- 687
def r687():
    # SPP writer who started from the file of the April meeting
    d = new_doc(header="SPP Intégration Sociale – Réseau FAMI des CPAS",
                footer="Vers une politique de migration plus intégrée, grâce au FAMI")
    p(d, "Rapport rencontre CPAS – FAMI", style="Title")
    mixed(d, [("Date : ", "b"), ("jeudi 13 octobre 2016", "")])
    mixed(d, [("Lieu : ", "b"), ("CPAS de Charleroi, Service Action Migrants, salle du 2e étage", "")])
    mixed(d, [("Présents : ", "b"), ("Hélène Vandermeulen (SPP IS), Katrien Van Acker (OCMW Gent), Jonas De Smet (OCMW Gent), "
               "Olivier Dethier (CPAS Liège), Amina Benali (CPAS Liège), Véronique Delhaye (CPAS Charleroi), "
               "Karim Bouzid (CPAS Charleroi), Nathalie Ghislain (CPAS Binche), Wim Peeters (OCMW Antwerpen), "
               "Isabelle Gérard (CPAS Bruxelles)", "")])
    mixed(d, [("Excusés : ", "b"), ("Leen Verhaegen (OCMW Antwerpen), Mehdi Tahiri (CPAS Bruxelles) ", ""),
              ("[NB : liste des excusés reprise du rapport d'avril, à vérifier]", "h")])
    p(d, "Ordre du jour :", bold=True)
    for line in ["10h00 – 10h30 : Accueil et tour de table",
                 "10h30 – 12h00 : Activ'Up : bilan du module 1 et lancement du module 2",
                 "12h00 – 13h00 : Lunch",
                 "13h00 – 14h30 : Recrutement des participants : échange entre CPAS",
                 "14h30 – 15h00 : Divers et prochaine rencontre"]:
        p(d, line, style="List Bullet")
    d.add_heading("1. Accueil et tour de table", level=2)
    p(d, "Véronique Delhaye accueille le réseau au Service Action Migrants. Nathalie Ghislain (CPAS de Binche) "
         "participe pour la première fois : Binche rejoint le projet comme partenaire de Charleroi.")
    p(d, "Tour de table rapide : Gand a démarré un deuxième groupe en septembre ; Liège signale une liste d'attente "
         "pour l'atelier créatif ; Anvers prépare l'arrivée de ses partenaires (Schoten, Edegem, Mortsel) pour 2017 ; "
         "Bruxelles a recruté une deuxième animatrice.")
    d.add_heading("2. Activ'Up : bilan du module 1 et lancement du module 2", level=2)
    p(d, "Karim Bouzid présente le bilan du module 1 (septembre 2015 – juin 2016). Le programme repose sur trois axes : "
         "coaching individuel tous les quinze jours, activités collectives (ateliers découvertes, séances d'information, "
         "sorties) et suivi social sur rendez-vous.")
    p(d, "Ce qui marche : le travail intensif, presque tous les jours de la semaine, et l'esprit de groupe en fin de module. "
         "À améliorer : la communication quand un horaire change ou qu'un cours est annulé.")
    mixed(d, [("Chiffres du module 2 : ", ""), ("XXX (Karim, tu peux compléter ?)", "h")])
    d.add_heading("3. Recrutement des participants", level=2)
    p(d, "Échange sur la manière dont les AS des antennes sociales orientent les clients. Charleroi a établi avec "
         "l'observatoire local un listing de plus de 1000 bénéficiaires potentiels ; les AS en ont retenu 315 pour le "
         "module 1, et 110 personnes sont venues à la séance d'information (35 %).")
    p(d, "Gand et Liège fonctionnent par orientation individuelle : l'inscription est possible à tout moment. "
         "Olivier Dethier a déjà fait circuler la brochure Mod' Actions lors de la dernière rencontre.")
    p(d, "Les CPAS conviennent de ce qui suit :")
    p(d, "Karim Bouzid envoie aux autres CPAS le modèle de listing des bénéficiaires potentiels.", style="List Bullet")
    p(d, "Le SPP transmettra avant fin novembre les nouvelles consignes de rapportage FAMI.", style="List Bullet")
    p(d, "Chaque CPAS complète sa fiche projet pour le 15 novembre.", style="List Bullet")
    d.add_heading("4. Divers", level=2)
    p(d, "Il est décidé d'organiser la prochaine rencontre à Gand, dans les locaux du projet.")
    p(d, "Prochaine rencontre : février 2017, à Gand (date exacte encore à fixer).", bold=True)
    p(d, "Hélène Vandermeulen – SPP IS", italic=True, align="r")
    d.save("687_charleroi_rencontre_octobre.docx")


# ---------------------------------------------------------------- 688
def r688():
    # Gent social worker types up his handwritten notes a week later
    d = new_doc(font="Arial", size=10)
    p(d, "Verslag uitwisseling OCMW's AMIF", bold=True, size=14, color=BLUE)
    p(d, "Uitgetypt op 27/03 op basis van mijn handgeschreven notities. Opmerkingen of aanvullingen graag vóór 3 april aan Jonas.",
      italic=True, color=GREY)
    mixed(d, [("Datum:\t", "b"), ("dinsdag 21 maart 2017", "")])
    mixed(d, [("Plaats:\t", "b"), ("OCMW Gent, vergaderzaal tweede verdieping", "")])
    p(d, "Aanwezig:", bold=True)
    for line in ["Katrien Van Acker – OCMW Gent", "Jonas De Smet – OCMW Gent (verslag)", "Yasmina El Khattabi – OCMW Gent",
                 "Hélène Vandermeulen – POD MI", "Wim Peeters – OCMW Antwerpen", "Bart Mertens – OCMW Schoten",
                 "Amina Benali – OCMW Luik", "Julie Mercier – OCMW Charleroi", "Claire Dumont – OCMW Brussel"]:
        p(d, line, style="List Bullet")
    mixed(d, [("Verontschuldigd: ", "b"), ("Olivier Dethier (OCMW Luik), Els Wouters (OCMW Edegem)", "")])
    p(d, "Agenda:", bold=True)
    p(d, "1. Welkom\n2. Stand van zaken per OCMW\n3. Tevredenheidsenquête\n4. Varia")
    p(d, "1. Welkom", bold=True, under=True)
    p(d, "Katrien verwelkomt iedereen in Gent. Korte kennismaking met Bart (Schoten), die voor het eerst aansluit bij het netwerk.")
    p(d, "2. Stand van zaken per OCMW", bold=True, under=True)
    p(d, "Gent: twee groepen lopen, ongeveer 24 deelnemers. Intakegesprek en oriëntatiebalans nu door Yasmina.", style="List Bullet")
    mixed(d, [("Antwerpen: 31 deelnemers in traject, Schoten start in mei met een eerste groep van 8 ", ""),
              ("(niet helemaal zeker van dit cijfer – Wim, kan je bevestigen?)", "ih")], style="List Bullet")
    p(d, "Luik: creatief atelier zit vol, wachtlijst van een tiental personen.", style="List Bullet")
    p(d, "Charleroi: module 2 loopt tot juni; aanwezigheidsgraad rond 70 %.", style="List Bullet")
    p(d, "Brussel: nieuwe animatrice sinds januari, taalactivering twee keer per week.", style="List Bullet")
    p(d, "3. Tevredenheidsenquête", bold=True, under=True)
    p(d, "Iedereen vindt de huidige enquête te moeilijk voor de doelgroep: abstracte woorden, te veel tekst. "
         "Voorstel om met pictogrammen en smileys te werken. Vraag naar meer talen (Arabisch, Dari, Tigrinya).")
    p(d, "4. Varia", bold=True, under=True)
    p(d, "Sommige OCMW's werken met sociaal tolken, andere met interculturele bemiddelaars van het eigen team. Het zou handig zijn "
         "om te weten wie waar beschikbaar is.")
    p(d, "Actiepunten", bold=True, color=BLUE)
    p(d, "Yasmina maakt een vereenvoudigde versie van de tevredenheidsenquête (met pictogrammen).", style="List Number")
    p(d, "POD MI: vraagt na of de enquête ook in het Arabisch en Dari mag worden aangeboden.", style="List Number")
    p(d, "Wim en Bart bezorgen de cijfers van Schoten en Antwerpen aan Hélène.", style="List Number")
    p(d, "Lijst met sociaal tolken per OCMW bijhouden (wie?).", style="List Number")
    p(d)
    p(d, "Volgende bijeenkomst: 22 juni 2017 in Luik.", bold=True)
    d.save("688_gent_uitwisseling_maart.docx")


# ---------------------------------------------------------------- 689
def r689():
    # e-mail summary by Bruxelles pasted into Word by the SPP for the archive
    d = new_doc(font="Calibri", size=11)
    p(d, "[Hélène : mail de Claire copié tel quel, mise en page à revoir avant diffusion]", color=RED, italic=True)
    for a, b in [("De : ", "Claire Dumont"), ("Envoyé : ", "vendredi 15 juin 2018 16:42"), ("À : ", "Réseau FAMI CPAS"),
("Objet : ", "Résumé de notre rencontre FAMI d'hier")]:
        mixed(d, [(a, "b"), (b, "")])
    p(d)
    p(d, "Bonjour à toutes et à tous,")
    p(d, "Comme promis, voici un petit résumé de notre rencontre d'hier (jeudi 14 juin) au CPAS de Bruxelles. "
         "Merci encore d'être venus si nombreux malgré les grèves de train !")
    p(d, "Étaient présents : Hélène (SPP), Katrien et Yasmina (Gand), Olivier (Liège), Véronique (Charleroi), Leen (Anvers), "
         "Mehdi et moi-même pour Bruxelles. Sophie (Liège) et Wim (Anvers) s'étaient excusés.")
    p(d, "1) Fiches projet", bold=True)
    p(d, "Le SPP demande une mise à jour des fiches projet (groupe cible, modules, au moins trois sous-objectifs par module, "
         "coûts en ETP). Hélène rappelle que les parts de financement doivent faire 100 %.")
    p(d, "2) Enquête de satisfaction", bold=True)
    p(d, "Liège a testé une version courte, avec des images, et les participants l'ont bien comprise. On garde le principe "
         "d'une enquête par module. Gand a déjà partagé sa version en néerlandais simplifié.")
    p(d, "3) Indicateurs", bold=True)
    p(d, "Pour le rapport annuel, les chiffres de Binche seront comptés avec ceux de Charleroi. On garde le rythme de trois rencontres par an.")
    p(d, "Ce qu'il reste à faire :")
    p(d, "- Olivier nous envoie la version courte de l'enquête testée à Liège ;")
    p(d, "- Chaque CPAS renvoie sa fiche projet mise à jour à Hélène pour le 30 juin ;")
    p(d, "- Pour Charleroi : transmettre les chiffres du module 3 (Binche compris).")
    p(d, "Prochaine rencontre : jeudi 11 octobre 2018 à Anvers, Leen nous accueille.")
    p(d, "Bonne fin de semaine,")
    p(d, "Claire")
    p(d, "Claire Dumont\nCoordinatrice FAMI – CPAS de Bruxelles", color=GREY, size=9)
    d.save("689_bruxelles_resume_mail.docx")


# ---------------------------------------------------------------- 690
def r690():
    # SPP secretary away: an Antwerp colleague writes the bilingual report
    d = new_doc(header="POD Maatschappelijke Integratie | SPP Intégration Sociale",
                footer="Naar een geïntegreerd migratiebeleid, dankzij het AMIF – Vers une politique de migration plus intégrée, grâce au FAMI")
    p(d, "Verslag bijeenkomst OCMW's – Rapport rencontre CPAS", bold=True, size=15, align="c")
    p(d, "28 novembre 2019 – 28 november 2019", bold=True, align="c")
    p(d, "CPAS de Gand / OCMW Gent, Sociaal Huis – salle Leie / zaal Leie", align="c")
    p(d, "Rapport rédigé par Samir Azzouzi (OCMW Antwerpen) en remplacement du SPP – Verslag opgemaakt door Samir Azzouzi "
         "ter vervanging van de POD", italic=True, align="c", size=9)
    p(d, "NB secrétariat : Pieter, peux-tu relire la partie néerlandaise avant diffusion ?", italic=True, hl=WD_COLOR_INDEX.YELLOW)
    p(d, "Présents / Aanwezig", bold=True)
    table(d, [["Nom / Naam", "Organisation / Organisatie"],
              ["Nadia Ouali", "SPP IS / POD MI"],
              ["Katrien Van Acker", "CPAS Gand / OCMW Gent"],
              ["Yasmina El Khattabi", "CPAS Gand / OCMW Gent"],
              ["Olivier Dethier", "CPAS Liège / OCMW Luik"],
              ["Sophie Lambotte", "CPAS Liège / OCMW Luik"],
              ["Karim Bouzid", "CPAS Charleroi / OCMW Charleroi"],
              ["Nathalie Ghislain", "CPAS Binche / OCMW Binche"],
              ["Samir Azzouzi", "CPAS Anvers / OCMW Antwerpen"],
              ["Els Wouters", "CPAS Edegem / OCMW Edegem"],
              ["Isabelle Gérard", "CPAS Bruxelles / OCMW Brussel"],
              ["Marie-Anne Leclercq", "Interprète / Tolk"],
              ["Dirk Hendrickx", "Interprète / Tolk"]], widths=[6, 9])
    p(d)
    mixed(d, [("Excusés / Verontschuldigd : ", "b"), ("Pieter Goossens (SPP IS / POD MI), Wim Peeters (CPAS Anvers / OCMW Antwerpen)", "")])
    p(d, "Ordre du jour / Agenda", bold=True)
    table(d, [["09u30 – 10u00", "Accueil – Onthaal"],
              ["10u00 – 11u00", "Tour de table des CPAS – Ronde van de OCMW's"],
              ["11u00 – 12u30", "Enquête de satisfaction : nouvelle version – Tevredenheidsenquête: nieuwe versie"],
              ["12u30 – 13u30", "Lunch"],
              ["13u30 – 15u00", "Indicateurs FAMI 2019 – AMIF-indicatoren 2019"]], bold_first=False, widths=[3.5, 11.5])
    p(d, "Interprétation simultanée assurée par Marie-Anne Leclercq et Dirk Hendrickx.", italic=True, size=9)
    page_break(d)
    d.add_heading("Version française", level=1)
    d.add_heading("1. Tour de table", level=2)
    p(d, "Gand : 28 participants, deux nouveaux groupes depuis septembre. Liège : l'atelier informatique est complet. "
         "Charleroi et Binche : module 4 lancé, recrutement via les antennes sociales. Anvers et Edegem : "
         "l'intégration des partenaires se passe bien, Edegem accueille un petit groupe de femmes. Bruxelles : "
         "beaucoup de participants très peu alphabétisés cette année.")
    d.add_heading("2. Enquête de satisfaction", level=2)
    p(d, "Liège présente une version illustrée de l'enquête. Les CPAS trouvent qu'elle est plus claire pour le public cible, "
         "mais les questions sur « l'autonomie » restent trop abstraites. Le réseau demande l'enquête en plus de langues.")
    d.add_heading("3. Indicateurs FAMI 2019", level=2)
    p(d, "Nadia Ouali explique ce que le SPP doit rapporter pour 2019 : nombre de participants par type d'activité "
         "(cours de langue, orientation civique, accompagnement). Les chiffres des partenaires sont rapportés par le CPAS porteur.")
    d.add_heading("4. Actions", level=2)
    p(d, "Sophie Lambotte adapte la version illustrée de l'enquête et l'envoie au SPP.", style="List Bullet")
    p(d, "Le SPP fait traduire l'enquête en arabe, dari et tigrinya.", style="List Bullet")
    p(d, "Le CPAS d'Anvers vérifie ses chiffres 2019 (partenaires compris) avant le 15 décembre.", style="List Bullet")
    p(d, "Katrien Van Acker et Karim Bouzid préparent ensemble l'atelier d'échange de mars.", style="List Bullet")
    p(d, "Prochaine rencontre : jeudi 12 mars 2020 à Charleroi.", bold=True)
    page_break(d)
    d.add_heading("Nederlandse versie", level=1)
    d.add_heading("1. Ronde van de OCMW's", level=2)
    p(d, "Gent: 28 deelnemers, twee nieuwe groepen sinds september. Luik: het computeratelier is volzet. Charleroi en Binche: "
         "module 4 gestart, rekrutering via de sociale antennes. Antwerpen en Edegem: de integratie van de partners verloopt goed, "
         "Edegem ontvangt een kleine groep vrouwen. Brussel: dit jaar veel deelnemers die nauwelijks gealfabetiseerd zijn.")
    d.add_heading("2. Tevredenheidsenquête", level=2)
    p(d, "Luik stelt een geïllustreerde versie van de enquête voor. De OCMW's vinden ze duidelijker voor de doelgroep, maar de "
         "vragen over 'zelfstandigheid' blijven te abstract. Het netwerk vraagt de enquête in meer talen.")
    d.add_heading("3. AMIF-indicatoren 2019", level=2)
    p(d, "Nadia Ouali legt uit wat de POD voor 2019 moet rapporteren: aantal deelnemers per type activiteit (taalcursus, "
         "maatschappelijke oriëntatie, begeleiding). De cijfers van de partners worden door het trekkende OCMW gerapporteerd.")
    d.add_heading("4. Acties", level=2)
    p(d, "Sophie Lambotte past de geïllustreerde versie van de enquête aan en stuurt ze naar de POD.", style="List Bullet")
    p(d, "De POD laat de enquête vertalen in het Arabisch, Dari en Tigrinya.", style="List Bullet")
    p(d, "Het OCMW Antwerpen controleert zijn cijfers 2019 (partners inbegrepen) vóór 15 december.", style="List Bullet")
    p(d, "Katrien Van Acker en Karim Bouzid bereiden samen het uitwisselingsatelier van maart voor.", style="List Bullet")
    p(d, "Volgende bijeenkomst: donderdag 12 maart 2020 in Charleroi.", bold=True)
    d.save("690_gent_rencontre_novembre.docx")


# ---------------------------------------------------------------- 691
def r691():
    # short Teams check-in during the first lockdown, written by the POD
    d = new_doc(font="Segoe UI", size=10)
    p(d, "Korte check-in AMIF-netwerk (Teams) – 23/04/2020", bold=True, size=13)
    mixed(d, [("Deelnemers: ", "b"), ("Pieter Goossens (POD MI), Katrien Van Acker (Gent), Wim Peeters (Antwerpen), An Claes (Mortsel), "
               "Olivier Dethier (Luik), Véronique Delhaye (Charleroi), Mehdi Tahiri (Brussel).", "")])
    mixed(d, [("Verontschuldigd: ", "b"), ("Bart Mertens (Schoten).", "")])
    p(d, "Korte ronde over hoe de projecten draaien tijdens de lockdown, max. 45 minuten.", italic=True)
    mixed(d, [("Gent – ", "b"), ("alle groepsmodules stilgelegd, individuele opvolging per telefoon en WhatsApp. Als het mag, "
               "herstart in kleine groepen van 4 + 1 (4 deelnemers en 1 begeleider).", "")], style="List Bullet")
    mixed(d, [("Antwerpen/Mortsel – ", "b"), ("wekelijks belrondje door de maatschappelijk werkers; Mortsel brengt "
               "taalpakketjes aan huis.", "")], style="List Bullet")
    mixed(d, [("Luik en Charleroi – ", "b"), ("de Franse gemeenschap denkt aan 3 + 1 per sessie. Charleroi bereidt "
               "infosessies in open lucht voor.", "")], style="List Bullet")
    mixed(d, [("Brussel – ", "b"), ("online lessen lukken nauwelijks: veel deelnemers hebben geen laptop of enkel een gsm "
               "met weinig data.", "")], style="List Bullet")
    p(d, "Afspraken", bold=True, under=True)
    p(d, "We houden deze korte call voortaan elke twee weken, zolang de maatregelen duren.")
    p(d, "Pieter vraagt bij de beheersautoriteit na of activiteiten op afstand meetellen voor de indicatoren.", style="List Bullet")
    p(d, "Iedereen stuurt zijn aangepast weekrooster door tegen 8 mei.", style="List Bullet")
    p(d, "Brussel bekijkt of laptops voor deelnemers met eigen middelen kunnen worden aangekocht.", style="List Bullet")
    p(d)
    p(d, "Volgende check-in: donderdag 7 mei, 10u, zelfde Teams-link.", bold=True)
    p(d, "PG", color=GREY, size=8)
    d.save("691_teams_checkin_lockdown.docx")


# ---------------------------------------------------------------- 692
def r692():
    # Charleroi coordinator's own list of decisions and tasks after a video meeting
    d = new_doc(font="Calibri", size=11, header="CPAS de Charleroi – Service Action Migrants – Activ'Up")
    p(d, "Réunion réseau FAMI du 16/09/2021 (visio) – Décisions et tâches", bold=True, size=13)
    mixed(d, [("Participants : ", "b"), ("VD, KB (Charleroi), NG (Binche), PG (SPP), OD, SL (Liège), KV (Gand), WP, LV (Anvers), IG (Bruxelles)", "")])
    mixed(d, [("Excusés : ", "b"), ("MT (Bruxelles), YE (Gand)", "")])
    p(d, "Légende : VD = Véronique Delhaye ; KB = Karim Bouzid ; NG = Nathalie Ghislain ; PG = Pieter Goossens ; "
         "OD = Olivier Dethier ; SL = Sophie Lambotte ; KV = Katrien Van Acker ; WP = Wim Peeters ; LV = Leen Verhaegen ; "
         "IG = Isabelle Gérard ; MT = Mehdi Tahiri ; YE = Yasmina El Khattabi", italic=True, size=9, color=GREY)
    d.add_heading("Décisions", level=2)
    p(d, "On passe à 6 + 1 par groupe dès le 1er octobre (Charleroi, Binche, Liège).", style="List Number")
    p(d, "Les rencontres du réseau restent en visio jusqu'à fin 2021.", style="List Number")
    p(d, "L'enquête de satisfaction illustrée devient la version officielle pour tous les CPAS.", style="List Number")
    d.add_heading("Tâches", level=2)
    table(d, [["Quoi", "Qui", "Pour quand"],
              ["Envoyer le nouveau canevas de rapport annuel aux CPAS", "PG", "30/09"],
              ["Mettre à jour le règlement des ateliers (6 + 1)", "KB + NG", "01/10"],
              ["Relancer les AS des antennes pour le module d'octobre", "CPAS Charleroi", "24/09"],
              ["Collecter les indicateurs 2021 par CPAS", "SPP", "15/01/2022"],
              ["Partager le film de l'atelier créatif", "OD", "fait"],
              ["Trouver une salle pour la rencontre de décembre", "?", "–"]], widths=[10, 3, 3])
    p(d)
    d.add_heading("Pour info", level=2)
    p(d, "Gand et Anvers : reprise des groupes depuis juin, mêmes règles que chez nous.")
    p(d, "à compléter : points Gand/Anvers (KV ?)", hl=WD_COLOR_INDEX.YELLOW)
    p(d, "Prochaine réunion : à fixer (décembre, en présentiel si possible)", bold=True)
    d.save("692_charleroi_decisions_taches.docx")


# ---------------------------------------------------------------- 693
def r693():
    # hybrid meeting hosted by the partner OCMW Mortsel, NL first then FR
    d = new_doc(font="Calibri", size=11, header="OCMW Mortsel – Sociaal Huis",
                footer="Naar een geïntegreerd migratiebeleid, dankzij het AMIF")
    p(d, "Verslag bijeenkomst OCMW's – Rapport rencontre CPAS", bold=True, size=14, color=BLUE)
    p(d, "12 mei 2022 – 12 mai 2022", bold=True)
    p(d, "OCMW Mortsel, Sociaal Huis – hybride bijeenkomst (Teams) / réunion hybride (Teams)")
    p(d, "Tolken / Interprètes: Dirk Hendrickx, Chantal Baudoux (simultaanvertaling voor de online deelnemers)")
    p(d, "Aanwezig / Présents", bold=True)
    table(d, [["Ter plaatse / Sur place", "Online / En ligne"],
              ["Tom Vervoort (OCMW Mortsel)", "Olivier Dethier (CPAS Liège)"],
              ["An Claes (OCMW Mortsel)", "Karim Bouzid (CPAS Charleroi)"],
              ["Wim Peeters (OCMW Antwerpen)", "Isabelle Gérard (CPAS Bruxelles)"],
              ["Samir Azzouzi (OCMW Antwerpen)", ""],
              ["Bart Mertens (OCMW Schoten)", ""],
              ["Els Wouters (OCMW Edegem)", ""],
              ["Pieter Goossens (POD MI)", ""],
              ["Katrien Van Acker (OCMW Gent)", ""]])
    p(d)
    mixed(d, [("Verontschuldigd / Excusés: ", "b"), ("Nadia Ouali (POD MI / SPP IS), Véronique Delhaye (CPAS Charleroi)", "")])
    p(d, "Agenda / Ordre du jour", bold=True)
    for line in ["13u30\tOnthaal en rondleiding Sociaal Huis / Accueil et visite",
                 "14u00\tVoorstelling project Mortsel / Présentation du projet de Mortsel",
                 "15u00\tPauze / Pause",
                 "15u15\tAMIF 2021-2027: nieuwe indicatoren / FAMI 2021-2027 : nouveaux indicateurs",
                 "16u30\tEinde / Fin"]:
        p(d, line)
    p(d, "[FR-versie nog na te lezen door Karim]", color=RED, italic=True)
    d.add_heading("Nederlands", level=1)
    d.add_heading("1. Onthaal", level=2)
    p(d, "Tom Vervoort verwelkomt het netwerk in het nieuwe Sociaal Huis. Het is de eerste keer dat een partner-OCMW de "
         "bijeenkomst organiseert. De Franstalige collega's volgen online met tolken.")
    d.add_heading("2. Project Mortsel: 'Samen Sterk'", level=2)
    p(d, "An Claes stelt het project voor: kleine groepen (max. 8), wekelijkse taalactivering, maandelijkse uitstap en "
         "individuele begeleiding door één vaste maatschappelijk werker. Sterk punt: de band tussen deelnemers. "
         "Werkpunt: uurroosters die vaak wijzigen.")
    d.add_heading("3. Nieuwe indicatoren AMIF 2021-2027", level=2)
    p(d, "Pieter Goossens licht de gemeenschappelijke output- en resultaatindicatoren toe (Verordening (EU) 2021/1147): "
         "deelnemers per type activiteit, deelnemers die minstens één ERK-niveau stijgen, deelnemers die zeggen dat de "
         "activiteit hun integratie hielp.")
    d.add_heading("4. Afspraken", level=2)
    p(d, "Pieter bezorgt de fiche met de gemeenschappelijke indicatoren aan alle OCMW's.", style="List Bullet")
    p(d, "Elk OCMW test de nieuwe registratietabel bij vijf deelnemers tegen eind juni.", style="List Bullet")
    p(d, "OCMW Antwerpen verzamelt de cijfers van de partners (Schoten, Edegem, Mortsel).", style="List Bullet")
    p(d, "Vertaling van de ERK-taaltestfiche naar het Frans: nog niemand aangeduid.", style="List Bullet")
    p(d, "Volgende bijeenkomst: donderdag 6 oktober 2022 in Luik.", bold=True)
    page_break(d)
    d.add_heading("Français", level=1)
    d.add_heading("1. Accueil", level=2)
    p(d, "Tom Vervoort accueille le réseau dans la nouvelle Maison sociale. C'est la première fois qu'un CPAS partenaire "
         "organise la rencontre. Les collègues francophones suivent en ligne avec interprétation.")
    d.add_heading("2. Projet de Mortsel : « Samen Sterk »", level=2)
    p(d, "An Claes présente le projet : petits groupes (max. 8), activation linguistique hebdomadaire, sortie mensuelle et "
         "accompagnement individuel par un seul assistant social. Point fort : le lien entre participants. "
         "Point à améliorer : des horaires qui changent souvent.")
    d.add_heading("3. Nouveaux indicateurs FAMI 2021-2027", level=2)
    p(d, "Pieter Goossens présente les indicateurs communs de réalisation et de résultat (règlement (UE) 2021/1147).")
    d.add_heading("4. Accords", level=2)
    p(d, "Pieter envoie la fiche des indicateurs communs à tous les CPAS.", style="List Bullet")
    p(d, "Chaque CPAS teste le nouveau tableau d'enregistrement avec cinq participants d'ici fin juin.", style="List Bullet")
    p(d, "Le CPAS d'Anvers rassemble les chiffres des partenaires (Schoten, Edegem, Mortsel).", style="List Bullet")
    p(d, "Traduction en français de la fiche de test linguistique CECR : personne n'est encore désigné.", style="List Bullet")
    p(d, "Prochaine rencontre : jeudi 6 octobre 2022 à Liège.", bold=True)
    d.save("693_mortsel_hybride_mai.docx")


# ---------------------------------------------------------------- 694
def r694():
    # formal procès-verbal, draft to be approved at the next meeting
    d = new_doc(font="Times New Roman", size=11, footer="PV réseau FAMI 2023/1 – projet")
    p(d, "PROJET – à approuver lors de la prochaine réunion", bold=True, color=RED, align="r")
    p(d, "PROCÈS-VERBAL", bold=True, size=16, align="c")
    p(d, "Réunion du réseau FAMI des CPAS – n° 2023/1", bold=True, align="c")
    p(d, "Séance du jeudi 9 mars 2023 – CPAS de Bruxelles, salle du Conseil", align="c")
    p(d)
    p(d, "Sont présents :", bold=True)
    for line in ["M. Pieter Goossens, SPP Intégration Sociale, président de séance",
                 "Mme Nadia Ouali, SPP Intégration Sociale, secrétaire",
                 "Mme Isabelle Gérard, CPAS de Bruxelles",
                 "M. Mehdi Tahiri, CPAS de Bruxelles",
                 "M. Olivier Dethier, CPAS de Liège",
                 "Mme Amina Benali, CPAS de Liège",
                 "M. Karim Bouzid, CPAS de Charleroi",
                 "Mme Nathalie Ghislain, CPAS de Binche",
                 "Mme Katrien Van Acker, CPAS de Gand",
                 "M. Samir Azzouzi, CPAS d'Anvers"]:
        p(d, line)
    p(d, "Sont excusés :", bold=True)
    p(d, "M. Wim Peeters, CPAS d'Anvers ; M. Tom Vervoort, CPAS de Mortsel.")
    p(d, "Ordre du jour :", bold=True)
    agenda = ["Approbation du procès-verbal de la séance du 6 octobre 2022",
              "Indicateurs communs 2022 : résultats",
              "Conservation des documents et données personnelles",
              "Calendrier 2023",
              "Divers"]
    for i, a in enumerate(agenda, 1):
        p(d, "%d. %s" % (i, a))
    p(d, "La séance est ouverte à 10 h 05.", italic=True)
    d.add_heading("1. Approbation du procès-verbal de la séance du 6 octobre 2022", level=3)
    p(d, "Le procès-verbal de la séance du 6 octobre 2022 est approuvé sans remarque.")
    d.add_heading("2. Indicateurs communs 2022 : résultats", level=3)
    p(d, "Le SPP présente les chiffres consolidés 2022 : 612 participants, dont 238 ont suivi un cours de langue et 171 une "
         "orientation civique. 64 % des répondants déclarent que l'activité les a aidés dans leur intégration. Les CPAS "
         "relèvent que la mesure du niveau CECR reste difficile pour les personnes illettrées.")
    d.add_heading("3. Conservation des documents et données personnelles", level=3)
    p(d, "Le SPP rappelle que les documents d'une opération financée par l'UE sont conservés cinq ans à partir du 31 décembre "
         "de l'année du dernier paiement (règlement (UE) 2021/1060, article 82), et que les données personnelles ne sont pas "
         "gardées plus longtemps que nécessaire (RGPD, article 5, § 1er, e). Chaque CPAS reste propriétaire des données de ses "
         "participants. Une personne peut demander à voir tout ce qui est conservé à son sujet (article 15).")
    p(d, "Décision : le réseau adopte une durée de conservation commune pour les listes de présence.")
    p(d, "Le SPP rédige une note sur la durée de conservation des dossiers des participants.", style="List Bullet")
    p(d, "Isabelle Gérard et Mehdi Tahiri présenteront à la prochaine séance la procédure de Bruxelles pour les demandes d'accès.",
      style="List Bullet")
    p(d, "Chaque CPAS vérifie ses délais d'archivage des dossiers FAMI.", style="List Bullet")
    d.add_heading("4. Calendrier 2023", level=3)
    p(d, "La prochaine séance est fixée au jeudi 15 juin 2023 à 10 h au CPAS de Charleroi.")
    p(d, "La séance d'automne aura lieu à Gand, en octobre.")
    d.add_heading("5. Divers", level=3)
    p(d, "Néant. La séance est levée à 12 h 40.")
    p(d)
    t = table(d, [["La secrétaire,", "Le président de séance,"], ["Nadia Ouali", "Pieter Goossens"]], bold_first=False,
              style=None)
    p(d)
    p(d, "Approuvé en séance du …………", italic=True)
    d.save("694_pv_reseau_2023_1.docx")


# ---------------------------------------------------------------- 695
def r695():
    # network day in Brussels with annexes, FR first then NL, interpretation
    d = new_doc(font="Calibri", size=11, header="SPP Intégration Sociale | POD Maatschappelijke Integratie",
                footer="Vers une politique de migration plus intégrée, grâce au FAMI – Naar een geïntegreerd migratiebeleid, dankzij het AMIF")
    p(d, "Journée réseau FAMI – AMIF-netwerkdag", style="Title")
    p(d, "17 octobre 2024 – 17 oktober 2024", bold=True)
    p(d, "CPAS de Bruxelles / OCMW Brussel – salle polyvalente")
    p(d, "Interprétation / Tolken : Chantal Baudoux et Dirk Hendrickx (cabine FR-NL)")
    p(d, "Liste des participants : voir annexe 1 – Deelnemerslijst: zie bijlage 1", italic=True)
    p(d, "Programme / Programma", bold=True)
    table(d, [["Heure / Uur", "Programme / Programma"],
              ["09:00 – 09:30", "Accueil café / Onthaal met koffie"],
              ["09:30 – 10:15", "Ouverture par le SPP IS / Opening door de POD MI"],
              ["10:15 – 12:00", "Ateliers en sous-groupes / Workshops in subgroepen"],
              ["12:00 – 13:00", "Lunch"],
              ["13:00 – 14:30", "Témoignages de participants / Getuigenissen van deelnemers"],
              ["14:30 – 15:30", "Restitution et clôture / Terugkoppeling en afsluiting"]], widths=[3.5, 12])
    p(d)
    d.add_heading("FR", level=1)
    d.add_heading("1. Ouverture", level=2)
    p(d, "Nadia Ouali ouvre la journée : c'est la dernière journée réseau avant l'évaluation à mi-parcours du programme "
         "FAMI 2021-2027. Isabelle Gérard présente l'équipe bruxelloise.")
    d.add_heading("2. Ateliers en sous-groupes", level=2)
    d.add_heading("2.1 Atelier A : communication vers les participants", level=3)
    p(d, "Horaires qui changent, cours annulés : les participants ne sont pas toujours prévenus. Bonnes pratiques : groupe "
         "WhatsApp par module (Liège), calendrier papier affiché (Charleroi), rappel la veille par SMS (Anvers).")
    d.add_heading("2.2 Atelier B : horaires et planification", level=3)
    p(d, "Équilibrer les horaires entre anciens et nouveaux participants ; planifier les sorties plus tôt car les "
         "procédures administratives sont de plus en plus longues. Résultats détaillés en annexe 2.")
    d.add_heading("3. Témoignages", level=2)
    p(d, "Trois participantes (Gand, Charleroi, Bruxelles) racontent leur parcours. Avec leur accord, seuls leurs prénoms "
         "sont cités en séance ; ils ne figurent pas dans ce rapport.")
    d.add_heading("4. Suite à donner", level=2)
    p(d, "Le SPP diffuse le rapport et les annexes à tout le réseau.", style="List Bullet")
    p(d, "Amina Benali et Leen Verhaegen rédigent une fiche « bonnes pratiques » sur la communication des horaires.", style="List Bullet")
    p(d, "Chaque CPAS désigne une personne de contact pour les témoignages.", style="List Bullet")
    p(d, "Julie Mercier envoie le modèle de calendrier partagé de Charleroi.", style="List Bullet")
    p(d, "Prochaine rencontre : printemps 2025, à Gand (date à communiquer).", bold=True)
    page_break(d)
    d.add_heading("NL", level=1)
    d.add_heading("1. Opening", level=2)
    p(d, "Nadia Ouali opent de dag: het is de laatste netwerkdag vóór de tussentijdse evaluatie van het AMIF-programma "
         "2021-2027. Isabelle Gérard stelt het Brusselse team voor.")
    d.add_heading("2. Workshops in subgroepen", level=2)
    d.add_heading("2.1 Workshop A: communicatie naar deelnemers", level=3)
    p(d, "Wijzigende uurroosters, geannuleerde lessen: deelnemers worden niet altijd verwittigd. Goede praktijken: "
         "WhatsApp-groep per module (Luik), papieren kalender aan de muur (Charleroi), sms-herinnering de dag ervoor (Antwerpen).")
    d.add_heading("2.2 Workshop B: uurroosters en planning", level=3)
    p(d, "Uurroosters evenwichtig verdelen tussen oude en nieuwe deelnemers; uitstappen vroeger plannen omdat de "
         "administratieve procedures steeds langer duren. Uitgebreide resultaten in bijlage 2.")
    d.add_heading("3. Getuigenissen", level=2)
    p(d, "Drie deelneemsters (Gent, Charleroi, Brussel) vertellen over hun traject. Met hun akkoord worden alleen hun "
         "voornamen genoemd; ze staan niet in dit verslag.")
    d.add_heading("4. Opvolging", level=2)
    p(d, "De POD verspreidt het verslag en de bijlagen naar het hele netwerk.", style="List Bullet")
    p(d, "Amina Benali en Leen Verhaegen schrijven een fiche 'goede praktijken' over de communicatie van uurroosters.", style="List Bullet")
    p(d, "Elk OCMW duidt een contactpersoon aan voor de getuigenissen.", style="List Bullet")
    p(d, "Julie Mercier stuurt het model van de gedeelde kalender van Charleroi door.", style="List Bullet")
    p(d, "Volgende bijeenkomst: voorjaar 2025, in Gent (datum volgt).", bold=True)
    p(d)
    p(d, "Annexes / Bijlagen", bold=True, under=True)
    p(d, "Annexe 1 – Liste des participants / Bijlage 1 – Deelnemerslijst")
    p(d, "Annexe 2 – Résultats des ateliers / Bijlage 2 – Resultaten van de workshops")
    p(d, "Annexe 3 – Photos de la journée / Bijlage 3 – Foto's (à ajouter)", hl=WD_COLOR_INDEX.YELLOW)
    page_break(d)
    d.add_heading("Annexe 1 – Liste des participants / Bijlage 1 – Deelnemerslijst", level=2)
    table(d, [["Nom – Naam", "Organisation – Organisatie", "Présence – Aanwezigheid"],
              ["Nadia Ouali", "SPP IS – POD MI", "présente / aanwezig"],
              ["Pieter Goossens", "SPP IS – POD MI", "présent / aanwezig"],
              ["Isabelle Gérard", "CPAS de Bruxelles – OCMW Brussel", "présente / aanwezig"],
              ["Mehdi Tahiri", "CPAS de Bruxelles – OCMW Brussel", "présent / aanwezig"],
              ["Claire Dumont", "CPAS de Bruxelles – OCMW Brussel", "présente / aanwezig"],
              ["Katrien Van Acker", "CPAS de Gand – OCMW Gent", "présente / aanwezig"],
              ["Lotte Desmet", "CPAS de Gand – OCMW Gent", "présente / aanwezig"],
              ["Olivier Dethier", "CPAS de Liège – OCMW Luik", "présent / aanwezig"],
              ["Amina Benali", "CPAS de Liège – OCMW Luik", "présente / aanwezig"],
              ["Karim Bouzid", "CPAS de Charleroi – OCMW Charleroi", "présent / aanwezig"],
              ["Julie Mercier", "CPAS de Charleroi – OCMW Charleroi", "présente / aanwezig"],
              ["Nathalie Ghislain", "CPAS de Binche – OCMW Binche", "présente / aanwezig"],
              ["Samir Azzouzi", "CPAS d'Anvers – OCMW Antwerpen", "présent / aanwezig"],
              ["Leen Verhaegen", "CPAS d'Anvers – OCMW Antwerpen", "présente / aanwezig"],
              ["Bart Mertens", "CPAS de Schoten – OCMW Schoten", "présent / aanwezig"],
              ["An Claes", "CPAS de Mortsel – OCMW Mortsel", "présente / aanwezig"],
              ["Els Wouters", "CPAS d'Edegem – OCMW Edegem", "excusée / verontschuldigd"],
              ["Wim Peeters", "CPAS d'Anvers – OCMW Antwerpen", "excusé / verontschuldigd"],
              ["Sophie Lambotte", "CPAS de Liège – OCMW Luik", "excusée / verontschuldigd"]], widths=[4.5, 7, 4.5])
    p(d)
    d.add_heading("Annexe 2 – Résultats des ateliers / Bijlage 2 – Resultaten van de workshops", level=2)
    table(d, [["Atelier / Workshop", "Points forts / Sterke punten", "À améliorer / Werkpunten"],
              ["A", "Groupe WhatsApp, rappel SMS", "Horaires communiqués trop tard"],
              ["B", "Modules de septembre à juin", "Sorties planifiées trop tard"]], widths=[3, 6.5, 6.5])
    d.save("695_journee_reseau_bruxelles.docx")


# ---------------------------------------------------------------- 696
def r696():
    # two colleagues (Gent, then Antwerpen) write the report in turn
    d = new_doc(font="Aptos", size=11)
    p(d, "Verslag AMIF-netwerkoverleg 5 februari 2026 (online)", bold=True, size=14)
    p(d, "Verslag: deel 1 Katrien (Gent), deel 2 Leen (Antwerpen)", italic=True, color=GREY)
    mixed(d, [("Aanwezig: ", "b"), ("Katrien Van Acker, Lotte Desmet (OCMW Gent); Leen Verhaegen, Samir Azzouzi (OCMW Antwerpen); "
               "An Claes (OCMW Mortsel); Pieter Goossens (POD MI); Amina Benali (OCMW Luik); Julie Mercier (OCMW Charleroi); "
               "Claire Dumont (OCMW Brussel)", "")])
    mixed(d, [("Verontschuldigd: ", "b"), ("Bart Mertens (OCMW Schoten), Nathalie Ghislain (OCMW Binche)", "")])
    mixed(d, [("Agenda", "b")])
    p(d, "09.30 – 10.00\tStand van zaken AMIF-programma")
    p(d, "10.00 – 11.00\tEvaluatie tevredenheidsenquête 2025")
    p(d, "11.00 – 11.30\tVaria")
    d.add_heading("1. Stand van zaken AMIF-programma", level=2)
    p(d, "Pieter licht toe dat de eindevaluatie van het programma 2021-2027 in 2027 start. De OCMW's moeten hun cijfers "
         "per jaar kunnen verantwoorden; documenten blijven vijf jaar bewaard na 31 december van het jaar van de laatste betaling.")
    p(d, "Pieter stuurt de planning van de eindevaluatie AMIF 2021-2027 door.", style="List Bullet")
    mixed(d, [("Vraag van Antwerpen of er na 2027 nog een opvolgprogramma komt: nog geen nieuws. ", ""),
              ("KVA: Leen, klopt dit zo? Graag checken.", "ih")])
    d.add_heading("2. Evaluatie tevredenheidsenquête 2025", level=2)
    p(d, "De geïllustreerde enquête werd in 2025 door 143 deelnemers ingevuld, in zes talen. 81 % vindt dat de activiteiten "
         "hen hielpen om hun weg te vinden in België. Nog altijd moeilijk: de vragen over 'zelfvertrouwen' en de schaal van 1 tot 5.")
    p(d, "— Leen neemt over vanaf hier —", italic=True, color=GREY, align="c")
    p(d, "Luik en Gent willen een versie met drie smileys in plaats van de schaal testen. Het netwerk is akkoord.")
    p(d, "3) Varia", bold=True)
    p(d, "Antwerpen en de partners ruimen de oude deelnemerslijsten op (AVG: niet langer bewaren dan nodig). "
         "Mortsel zoekt een nieuwe maatschappelijk werker voor het project.")
    p(d, "TODO Leen: reactie van Pieter over het budget 2027 toevoegen", color=RED)
    p(d, "Acties", bold=True)
    table(d, [["Actie", "Wie", "Tegen"],
              ["Nieuwe versie enquête testen in Luik en Gent", "Amina + Lotte", "maart"],
              ["Resultaten enquête bundelen in één overzicht", "POD MI", "april"],
              ["Deelnemerslijsten opschonen volgens de bewaartermijn", "OCMW Antwerpen", "mei"],
              ["Gastheer voor de volgende bijeenkomst zoeken", "?", ""]], widths=[9, 4, 3])
    p(d)
    p(d, "Volgende overleg: begin juni 2026, datum volgt via Doodle.", bold=True)
    d.save("696_overleg_online_februari.docx")


if __name__ == "__main__":
    for f in (r687, r688, r689, r690, r691, r692, r693, r694, r695, r696):
        f()
    print("done")
