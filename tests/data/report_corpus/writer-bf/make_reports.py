# -*- coding: utf-8 -*-
"""Builds the ten meeting reports 587-596 of the AMIF network (invented people)."""
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.shared import Pt, RGBColor, Cm

TAG_NL = "Naar een geïntegreerd migratiebeleid, dankzij het AMIF"
TAG_FR = "Vers une politique de migration plus intégrée, grâce au FAMI"
GREY = RGBColor(0x59, 0x59, 0x59)
BLUE = RGBColor(0x1F, 0x4E, 0x79)
RED = RGBColor(0xC0, 0x00, 0x00)


def base(font="Calibri", size=11):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    return doc


def par(doc, text="", bold=False, italic=False, size=None, color=None, style=None, align=None, underline=False):
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        r.underline = underline
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = color
    if align:
        p.alignment = align
    return p


def runs(doc, parts, style=None):
    """parts: list of (text, dict of bold/italic/color)."""
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    for text, fmt in parts:
        r = p.add_run(text)
        r.bold = fmt.get("b", False)
        r.italic = fmt.get("i", False)
        r.underline = fmt.get("u", False)
        if "c" in fmt:
            r.font.color.rgb = fmt["c"]
    return p


def table(doc, rows, style=None, bold_first=False, widths=None):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    if style:
        t.style = style
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            cell = t.cell(i, j)
            cell.text = ""
            lines = val.split("\n")
            p = cell.paragraphs[0]
            for k, line in enumerate(lines):
                if k:
                    p = cell.add_paragraph()
                r = p.add_run(line)
                if bold_first and i == 0:
                    r.bold = True
            if widths:
                cell.width = widths[j]
    return t


def header_footer(doc, head=None, foot=None):
    sec = doc.sections[0]
    if head:
        for i, line in enumerate(head):
            p = sec.header.paragraphs[0] if i == 0 else sec.header.add_paragraph()
            r = p.add_run(line)
            r.italic = True
            r.font.size = Pt(8)
    if foot:
        p = sec.footer.paragraphs[0]
        r = p.add_run(foot)
        r.font.size = Pt(8)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER


# ---------------------------------------------------------------------------
def r587():
    """SPP / POD MI, Flemish desk: Katrien Vermeulen. Bilingual NL first, Roman headings."""
    doc = base("Arial", 10)
    header_footer(doc, [TAG_NL, TAG_FR], "POD Maatschappelijke Integratie | SPP Intégration Sociale")
    par(doc, "POD | Maatschappelijke Integratie", bold=True, color=BLUE)
    par(doc, "SPP | Intégration Sociale", bold=True, color=BLUE)
    par(doc, "Verslag bijeenkomst OCMW's – Rapport rencontre CPAS", bold=True, size=14,
        align=WD_ALIGN_PARAGRAPH.CENTER)
    par(doc, "AMIF – dinsdag 18 oktober 2016 – FAMI – mardi 18 octobre 2016", bold=True,
        align=WD_ALIGN_PARAGRAPH.CENTER)
    par(doc, "POD MI, Koning Albert II-laan 30, 1000 Brussel (zaal 3.14)", italic=True,
        align=WD_ALIGN_PARAGRAPH.CENTER)
    runs(doc, [("Aanwezig / Présents : ", {"b": True}),
               ("Katrien Vermeulen (POD MI), Hélène Dumont (SPP IS), Wouter De Smet (OCMW Gent), "
                "Sofie Van Acker (OCMW Gent), Nathalie Gilson (CPAS Liège), Karim Haddad (CPAS Liège), "
                "Sandrine Delvaux (CPAS Charleroi), Els Janssens (OCMW Antwerpen), "
                "Marc Vandenbroucke (CPAS Bruxelles)", {})])
    runs(doc, [("Verontschuldigd / Excusés : ", {"b": True}),
               ("Tom Peeters (OCMW Antwerpen), Isabelle Roland (CPAS Bruxelles)", {})])
    par(doc, "Agenda / Ordre du jour", bold=True)
    table(doc, [
        ["10u00 – 10u30", "Onthaal en koffie / Accueil et café"],
        ["10u30 – 11u15", "Stand van zaken per OCMW / État des lieux par CPAS"],
        ["11u15 – 12u00", "Projectfiches: template en timing / Fiches projet : modèle et calendrier"],
        ["12u00 – 12u30", "Varia en volgende bijeenkomst / Divers et prochaine rencontre"],
    ], style="Table Grid")
    par(doc)
    par(doc, "I. Verwelkoming / Accueil", style="Heading 1")
    par(doc, "Katrien verwelkomt de OCMW's in de lokalen van de POD. Het netwerk bestaat nu een half jaar; "
             "elk OCMW is met zijn eerste module gestart.")
    par(doc, "Katrien accueille les CPAS dans les locaux du SPP. Le réseau existe depuis six mois ; chaque CPAS "
             "a démarré son premier module.", italic=True)
    par(doc, "II. Stand van zaken per OCMW / État des lieux par CPAS", style="Heading 1")
    par(doc, "II.1 Gent", style="Heading 2")
    par(doc, "Twee groepen van twaalf deelnemers zijn gestart. De doorverwijzing via de maatschappelijk "
             "werkers van de sociale diensten loopt goed.")
    par(doc, "Deux groupes de douze participants ont démarré. L'orientation par les assistants sociaux "
             "des antennes fonctionne bien.", italic=True)
    par(doc, "II.2 Liège / Luik", style="Heading 2")
    par(doc, "Het intakegesprek en de oriëntatiebalans worden door één persoon gedaan. Per deelnemer worden "
             "drie contracten getekend.")
    par(doc, "L'entretien d'admission et le bilan d'orientation sont faits par une seule personne. Trois "
             "contrats sont signés par participant.", italic=True)
    par(doc, "II.3 Charleroi", style="Heading 2")
    par(doc, "Meer dan 1000 potentiële deelnemers werden opgelijst; 315 werden door de maatschappelijk "
             "werkers weerhouden voor module 1.")
    par(doc, "Plus de 1000 bénéficiaires potentiels ont été répertoriés ; 315 ont été retenus par les AS "
             "pour le module 1.", italic=True)
    par(doc, "II.4 Antwerpen / Anvers en Bruxelles / Brussel", style="Heading 2")
    par(doc, "Antwerpen zoekt nog een tweede trajectbegeleider. Brussel start in november.")
    par(doc, "Anvers cherche encore un deuxième accompagnateur. Bruxelles démarre en novembre.", italic=True)
    par(doc, "III. Projectfiches / Fiches projet", style="Heading 1")
    par(doc, "De POD stelt het template van de projectfiche voor: doelgroep, rekrutering, modules met minstens "
             "drie subdoelstellingen per module, kosten en praktische aspecten.")
    par(doc, "Le SPP présente le modèle de fiche projet : public cible, recrutement, modules avec au moins "
             "trois sous-objectifs par module, coûts et aspects pratiques.", italic=True)
    runs(doc, [("Actie / Action: ", {"b": True, "c": RED}),
               ("Katrien stuurt het template van de projectfiche naar alle OCMW's vóór 4 november. / "
                "Katrien envoie le modèle de fiche projet à tous les CPAS avant le 4 novembre.", {})])
    runs(doc, [("Actie / Action: ", {"b": True, "c": RED}),
               ("elk OCMW vult zijn projectfiche in en bezorgt ze terug tegen 30 november. / "
                "chaque CPAS complète sa fiche projet et la renvoie pour le 30 novembre.", {})])
    par(doc, "IV. Varia / Divers", style="Heading 1")
    par(doc, "Sandrine vraagt of de fiches ook in het Frans beschikbaar zullen zijn. Dat is het geval.")
    par(doc, "Sandrine demande si les fiches seront aussi disponibles en français. C'est le cas.", italic=True)
    runs(doc, [("Actie / Action: ", {"b": True, "c": RED}),
               ("Hélène vertaalt de invulinstructies naar het Frans. / Hélène traduit les instructions "
                "en français.", {})])
    par(doc)
    runs(doc, [("Volgende bijeenkomst: donderdag 8 december 2016 bij OCMW Gent", {"b": True})])
    runs(doc, [("Prochaine rencontre : jeudi 8 décembre 2016 au CPAS de Gand", {"b": True})])
    par(doc)
    par(doc, "Opmerkingen van de OCMW's nog toe te voegen – Commentaires des CPAS encore à ajouter",
        italic=True, color=GREY)
    doc.save("587_bijeenkomst_brussel_2016.docx")


# ---------------------------------------------------------------------------
def r588():
    """OCMW Gent: Sofie Van Acker. Dutch, bold lines as headings, people in a status table."""
    doc = base("Calibri", 11)
    header_footer(doc, ["OCMW Gent – Project AMIF 'Samen op weg'"], None)
    par(doc, "VERSLAG NETWERKDAG AMIF", bold=True, size=16, color=BLUE)
    par(doc, "Donderdag 23 maart 2017 – OCMW Gent, Onderbergen 86, 9000 Gent")
    par(doc, "Aanwezigen", bold=True, underline=True)
    table(doc, [
        ["Naam", "Organisatie", "Aanwezig?"],
        ["Sofie Van Acker", "OCMW Gent", "ja"],
        ["Wouter De Smet", "OCMW Gent", "ja"],
        ["Youssef Benali", "OCMW Gent", "ja"],
        ["Katrien Vermeulen", "POD MI", "ja"],
        ["Nathalie Gilson", "OCMW Luik", "verontschuldigd"],
        ["Sandrine Delvaux", "OCMW Charleroi", "ja"],
        ["Els Janssens", "OCMW Antwerpen", "ja"],
        ["Tom Peeters", "OCMW Antwerpen", "ja"],
        ["Marc Vandenbroucke", "OCMW Brussel", "verontschuldigd"],
    ], style="Table Grid", bold_first=True)
    par(doc)
    par(doc, "Agenda", bold=True, underline=True)
    for item in ["Welkom en kennismakingsronde", "Voorstelling project 'Samen op weg'",
                 "Bezoek aan de ateliers", "Groepsgrootte en aanwezigheidsregels",
                 "Afspraken en volgende netwerkdag"]:
        par(doc, item, style="List Number")
    par(doc)
    par(doc, "1. Welkom", bold=True)
    par(doc, "Wouter heet iedereen welkom in Gent. Korte kennismakingsronde, want er zijn twee nieuwe "
             "collega's (Youssef in Gent, Tom in Antwerpen).")
    par(doc, "2. Voorstelling project 'Samen op weg'", bold=True)
    par(doc, "2.1 Doelgroep en toeleiding", bold=True)
    par(doc, "Het project richt zich op volwassen nieuwkomers met een lage geletterdheid die al lang "
             "leefloon krijgen. Toeleiding gebeurt via de maatschappelijk werkers van de sociale centra.")
    par(doc, "2.2 Modules", bold=True)
    par(doc, "Individuele coaching om de twee weken, een wekelijks taalactiveringsatelier en een "
             "maandelijkse socio-culturele uitstap.")
    par(doc, "3. Bezoek aan de ateliers", bold=True)
    par(doc, "De deelnemers van het naaiatelier stellen hun werk voor. Veel vragen over de "
             "aanwezigheidsgraad: Gent werkt met een schriftelijke afspraak per deelnemer.")
    par(doc, "4. Groepsgrootte en aanwezigheidsregels", bold=True)
    par(doc, "Antwerpen werkt met groepen van maximum tien, Gent met twaalf. Het lijkt nuttig om de "
             "aanwezigheidsregels naast elkaar te leggen (zie afspraken).")
    par(doc, "5. Afspraken", bold=True)
    table(doc, [
        ["Wie", "Wat", "Tegen wanneer"],
        ["Youssef", "stuurt het model van de schriftelijke afspraak door naar alle OCMW's", "eind april"],
        ["Sofie en Els", "maken een overzicht van de aanwezigheidsregels per OCMW", "volgende netwerkdag"],
        ["alle OCMW's", "bezorgen hun uurrooster aan de POD", "15 april"],
        ["POD MI", "bundelt de uurroosters in één document", "mei"],
    ], style="Light Grid Accent 1", bold_first=True)
    par(doc)
    runs(doc, [("Volgende netwerkdag: ", {"b": True}),
               ("22 juni, in Antwerpen (te bevestigen door Els).", {})])
    par(doc, "Verslag: Sofie Van Acker", italic=True, size=9, color=GREY)
    doc.save("588_netwerkdag_gent_2017.docx")


# ---------------------------------------------------------------------------
def r589():
    """CPAS Liège: Aurore Lambotte. French, lettered headings, agenda with tabs and 'h' times."""
    doc = base("Times New Roman", 11)
    header_footer(doc, None, "Rapport rédigé par A. Lambotte – CPAS de Liège, projet Mod’Actions")
    par(doc, "Rencontre du réseau FAMI", bold=True, size=15, align=WD_ALIGN_PARAGRAPH.CENTER)
    par(doc, "Jeudi 14 juin 2018 – Maison de l’activation sociale, Liège", italic=True,
        align=WD_ALIGN_PARAGRAPH.CENTER)
    par(doc)
    par(doc, "Présents :", bold=True)
    par(doc, "CPAS de Liège : Aurore Lambotte, Karim Haddad, Nathalie Gilson")
    par(doc, "CPAS de Gand : Wouter De Smet, Youssef Benali")
    par(doc, "CPAS de Charleroi : Mehmet Yilmaz")
    par(doc, "CPAS d’Anvers : Amina El Idrissi")
    par(doc, "CPAS de Bruxelles : Fatou Diallo")
    par(doc, "SPP Intégration Sociale : Hélène Dumont")
    par(doc, "Excusés :", bold=True)
    par(doc, "Sandrine Delvaux (CPAS de Charleroi), Katrien Vermeulen (SPP IS)")
    par(doc)
    par(doc, "Ordre du jour :", bold=True)
    for line in ["9h30\tAccueil",
                 "10h00\tPrésentation des ateliers de Mod’Actions",
                 "11h00\tL’enquête de satisfaction : retours des participants",
                 "12h30\tRepas à la ferme du CPAS",
                 "14h00 – 15h30\tAtelier méthodologique (exercices de présentation)",
                 "15h30\tConclusions"]:
        p = par(doc, line)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(3))
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    par(doc, "A. Accueil", style="Heading 2")
    par(doc, "Nathalie accueille le réseau et rappelle que les modules de Mod’Actions sont proposés par année "
             "scolaire. Elle présente Karim, qui assure désormais les entretiens d’admission.")
    par(doc, "B. Présentation des ateliers", style="Heading 2")
    par(doc, "Trois ateliers collectifs sont en cours : activation sociale (faibles compétences "
             "linguistiques), atelier créatif et atelier informatique. Les participants viennent presque "
             "tous les jours de la semaine.")
    p = par(doc, "« On sent un réel progrès quand le groupe se retrouve chaque jour » (Karim).", italic=True)
    par(doc, "C. L’enquête de satisfaction", style="Heading 2")
    par(doc, "Tous les CPAS trouvent l’enquête actuelle trop abstraite pour le public : des mots comme "
             "« autonomie » ou « compétences » ne sont pas compris. Gand propose des pictogrammes.")
    par(doc, "Karim enverra la version simplifiée de Liège aux autres CPAS d’ici fin juin.")
    par(doc, "Youssef partagera les pictogrammes utilisés à Gand.")
    par(doc, "Traduction de l’enquête en arabe et en dari : responsable encore à désigner.")
    par(doc, "D. Atelier méthodologique", style="Heading 2")
    par(doc, "L’après-midi, l’équipe de Liège fait tester deux exercices de présentation et une manière "
             "ludique d’aborder le français. Grand succès auprès des collègues de Gand.")
    par(doc, "E. Conclusions", style="Heading 2")
    par(doc, "Le SPP fera circuler le calendrier des rapports intermédiaires avant les vacances.")
    par(doc, "Chaque CPAS complète le tableau des participants par module pour le 15 septembre.")
    par(doc)
    runs(doc, [("Prochaine réunion : jeudi 25 octobre 2018 au CPAS de Charleroi.", {"b": True})])
    doc.save("589_rencontre_liege_2018.docx")


# ---------------------------------------------------------------------------
def r590():
    """CPAS Charleroi: Julie Pirotte. French, online (Teams), unnumbered underlined headings."""
    doc = base("Verdana", 10)
    par(doc, "CPAS de Charleroi – Service Action Migrants", bold=True, color=BLUE)
    par(doc, "Réunion FAMI (Teams) du 26/11/2020", bold=True, size=13)
    par(doc, "Version provisoire", italic=True, color=RED)
    par(doc)
    par(doc, "Participants (en ligne) :", bold=True)
    for who in ["Julie Pirotte – CPAS Charleroi", "Sandrine Delvaux – CPAS Charleroi",
                "Valérie Lecomte – CPAS Binche", "Aurore Lambotte – CPAS Liège",
                "Fatou Diallo – CPAS Bruxelles", "Hélène Dumont – SPP IS"]:
        par(doc, who, style="List Bullet")
    runs(doc, [("Excusé : ", {"b": True}), ("Karim Haddad (CPAS Liège)", {})])
    par(doc)
    par(doc, "Ordre du jour :", bold=True)
    for item in ["Les activités de groupe depuis le second confinement",
                 "Le recrutement via les antennes sociales",
                 "Les sorties socio-culturelles : que garder ?",
                 "Divers"]:
        par(doc, item, style="List Bullet 2")
    par(doc)
    par(doc, "Les activités de groupe depuis le second confinement", bold=True, underline=True)
    par(doc, "À Charleroi et à Liège la règle reste « 3 participants + 1 formateur ». Bruxelles travaille "
             "en petits groupes de 4 et fait du suivi individuel par téléphone. Les ateliers informatiques "
             "sont suspendus partout.")
    par(doc, "► Sandrine : vérifier avec la direction si des groupes de 6 + 1 seront permis en janvier.")
    par(doc, "Le recrutement via les antennes sociales", bold=True, underline=True)
    par(doc, "Les AS sont débordés et orientent beaucoup moins. Sur 120 personnes contactées depuis "
             "septembre, 31 sont venues à la séance d’information (26 %).")
    par(doc, "► Julie : relancer les AS des antennes avec un mail court et l’affiche du module.")
    par(doc, "► CPAS de Binche : transmettre à Charleroi la liste des personnes intéressées.")
    par(doc, "Les sorties socio-culturelles : que garder ?", bold=True, underline=True)
    par(doc, "Les musées sont fermés. Idée de promenades guidées en plein air, à valider quand les "
             "règles le permettront.")
    par(doc, "[à compléter après relecture par Sandrine]", color=RED)
    par(doc, "Divers", bold=True, underline=True)
    par(doc, "Hélène rappelle que les chiffres du rapport annuel doivent être transmis au SPP.")
    par(doc, "► Tous les CPAS : envoyer les chiffres de participation au SPP pour le 15 décembre.")
    par(doc)
    par(doc, "Prochaine réunion : à fixer via Doodle (janvier).", bold=True)
    doc.save("590_reunion_teams_charleroi_2020.docx")


# ---------------------------------------------------------------------------
def r591():
    """OCMW Antwerpen: Els Janssens. Online with interpreting; NL version then FR version."""
    doc = base("Calibri", 11)
    header_footer(doc, ["OCMW Antwerpen | CPAS d'Anvers – AMIF/FAMI"], "Verslag / Rapport 22.04.2021")
    par(doc, "Verslag online netwerkoverleg AMIF", style="Title")
    par(doc, "Rapport concertation en ligne FAMI", italic=True, size=14)
    par(doc, "Donderdag 22 april 2021 – jeudi 22 avril 2021 – via Zoom, met simultaanvertaling NL-FR")
    par(doc)
    t = table(doc, [
        ["Aanwezig / Présents", "Verontschuldigd / Excusés"],
        ["Els Janssens (OCMW Antwerpen)\nAmina El Idrissi (OCMW Antwerpen)\nKaren Wouters (OCMW Schoten)\n"
         "Lies Verbruggen (OCMW Edegem)\nHanne De Wit (OCMW Mortsel)\nSofie Van Acker (OCMW Gent)\n"
         "Nathalie Gilson (CPAS Liège)\nMehmet Yilmaz (CPAS Charleroi)\nFatou Diallo (CPAS Bruxelles)\n"
         "Katrien Vermeulen (POD MI)",
         "Tom Peeters (OCMW Antwerpen)\nPieter Goossens (OCMW Edegem)"],
        ["Tolken / Interprètes: Anne-Marie Stoffels, Luc Bertrand", ""],
    ], style="Table Grid", bold_first=True)
    par(doc)
    par(doc, "Agenda", bold=True)
    table(doc, [
        ["10.00 – 10.15", "Technische check en welkom / Check technique et bienvenue"],
        ["10.15 – 11.00", "Partnerwerking Antwerpen – Schoten – Edegem – Mortsel / Le partenariat d'Anvers"],
        ["11.00 – 11.45", "Digitale kloof bij deelnemers / La fracture numérique des participants"],
        ["11.45 – 12.15", "Rondvraag / Tour de table"],
    ], style="Table Grid")
    par(doc, "Nederlandse versie", style="Heading 1")
    par(doc, "1. Welkom", style="Heading 2")
    par(doc, "Els opent de vergadering. De tolken stellen zich voor; wie wil spreken, gebruikt de "
             "handfunctie.")
    par(doc, "2. Partnerwerking", style="Heading 2")
    par(doc, "Antwerpen werkt sinds januari samen met Schoten, Edegem en Mortsel. De partners verwijzen "
             "deelnemers door; de ateliers vinden plaats in Antwerpen of Mortsel.")
    par(doc, "Actie Karen: bezorgt de lijst met wachtende deelnemers uit Schoten aan Amina.")
    par(doc, "3. Digitale kloof", style="Heading 2")
    par(doc, "Veel deelnemers hebben enkel een smartphone. Gent leent laptops uit; Liège organiseert een "
             "atelier 'smartphone en administratie'.")
    par(doc, "Actie Sofie: stuurt het uitleenreglement voor laptops naar alle partners.")
    par(doc, "Actie POD MI: onderzoekt of laptops in het AMIF-budget passen.")
    par(doc, "4. Rondvraag", style="Heading 2")
    par(doc, "Fatou vraagt om de tevredenheidsenquête ook in het Arabisch aan te bieden. Dat wordt "
             "meegenomen naar de volgende vergadering.")
    par(doc)
    par(doc, "Volgende vergadering: dinsdag 12 oktober 2021, 10u–12u30, online.", bold=True)
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    par(doc, "Version française", style="Heading 1")
    par(doc, "1. Bienvenue", style="Heading 2")
    par(doc, "Els ouvre la réunion. Les interprètes se présentent ; pour prendre la parole, on lève la main.")
    par(doc, "2. Le partenariat", style="Heading 2")
    par(doc, "Depuis janvier, Anvers collabore avec Schoten, Edegem et Mortsel. Les partenaires orientent "
             "des participants ; les ateliers ont lieu à Anvers ou à Mortsel.")
    par(doc, "Action Karen : transmet à Amina la liste des participants en attente à Schoten.")
    par(doc, "3. La fracture numérique", style="Heading 2")
    par(doc, "Beaucoup de participants n'ont qu'un smartphone. Gand prête des ordinateurs portables ; Liège "
             "organise un atelier « smartphone et administration ».")
    par(doc, "Action Sofie : envoie le règlement de prêt des portables à tous les partenaires.")
    par(doc, "Action SPP IS : examine si les portables peuvent entrer dans le budget FAMI.")
    par(doc, "4. Tour de table", style="Heading 2")
    par(doc, "Fatou demande que l'enquête de satisfaction soit aussi proposée en arabe. Ce point sera repris "
             "à la prochaine réunion.")
    par(doc)
    par(doc, "Prochaine réunion : mardi 12 octobre 2021, 10h–12h30, en ligne.", bold=True)
    doc.save("591_online_overleg_antwerpen_2021.docx")


# ---------------------------------------------------------------------------
def r592():
    """CPAS Bruxelles / OCMW Brussel: Fatou Diallo. Hybrid, interpreting, FR then NL per paragraph."""
    doc = base("Calibri", 11)
    header_footer(doc, [TAG_FR + " / " + TAG_NL], "CPAS de Bruxelles – OCMW van Brussel")
    par(doc, "PROJET – à valider par les participants / ONTWERP – te valideren door de deelnemers",
        bold=True, color=RED)
    par(doc, "Rapport rencontre CPAS – Verslag bijeenkomst OCMW's", bold=True, size=15)
    par(doc, "Jeudi 6 octobre 2022 – donderdag 6 oktober 2022")
    par(doc, "CPAS de Bruxelles, rue Haute 298a, 1000 Bruxelles, et en ligne (Teams) / en online (Teams)")
    par(doc, "Interprétation simultanée FR-NL en salle et sur Teams / Simultaanvertaling FR-NL in de zaal "
             "en op Teams", italic=True)
    par(doc)
    table(doc, [
        ["Sur place / Ter plaatse", "En ligne / Online"],
        ["Fatou Diallo (CPAS Bruxelles)\nIsabelle Roland (CPAS Bruxelles)\nMarc Vandenbroucke (CPAS Bruxelles)\n"
         "Hélène Dumont (SPP IS)\nMehmet Yilmaz (CPAS Charleroi)\nAurore Lambotte (CPAS Liège)\n"
         "Ingrid Vos (interprète / tolk)",
         "Sofie Van Acker (OCMW Gent)\nAmina El Idrissi (OCMW Antwerpen)\nJelle Van Dyck (OCMW Schoten)\n"
         "Valérie Lecomte (CPAS Binche)"],
    ], style="Table Grid", bold_first=True)
    runs(doc, [("Excusés / Verontschuldigd : ", {"b": True}),
               ("Katrien Vermeulen (POD MI), Els Janssens (OCMW Antwerpen)", {})])
    par(doc)
    par(doc, "Ordre du jour / Agenda", bold=True)
    table(doc, [
        ["10h00", "10h20", "Accueil / Onthaal"],
        ["10h20", "11h00", "Le nouveau programme FAMI 2021-2027 / Het nieuwe AMIF-programma 2021-2027"],
        ["11h00", "12h00", "Tour de table / Rondetafel"],
        ["12h00", "12h30", "Indicateurs communs / Gemeenschappelijke indicatoren"],
    ])
    par(doc)

    def bi(fr, nl):
        par(doc, fr)
        par(doc, nl, italic=True, color=GREY)

    par(doc, "I. Accueil / Onthaal", style="Heading 1")
    bi("Fatou souhaite la bienvenue, sur place et en ligne. Marc présente le service et la salle hybride.",
       "Fatou verwelkomt iedereen, ter plaatse en online. Marc stelt de dienst en de hybride zaal voor.")
    par(doc, "II. Le nouveau programme FAMI / Het nieuwe AMIF-programma", style="Heading 1")
    bi("Hélène présente le calendrier du programme 2021-2027. Les projets actuels sont prolongés jusqu’en "
       "juin 2023.",
       "Hélène stelt de timing van het programma 2021-2027 voor. De huidige projecten worden verlengd tot "
       "juni 2023.")
    par(doc, "III. Tour de table / Rondetafel", style="Heading 1")
    bi("Bruxelles : le groupe de 4 + 1 est abandonné, retour à des groupes de 10. Charleroi : recrutement "
       "difficile, 60 personnes présentes sur 199 invitées. Schoten : trois nouveaux participants via Anvers.",
       "Brussel: de groepen van 4 + 1 zijn afgeschaft, terug naar groepen van 10. Charleroi: moeilijke "
       "rekrutering, 60 aanwezigen op 199 uitgenodigden. Schoten: drie nieuwe deelnemers via Antwerpen.")
    par(doc, "IV. Indicateurs communs / Gemeenschappelijke indicatoren", style="Heading 1")
    bi("Le règlement (UE) 2021/1147 impose des indicateurs de réalisation et de résultat. Le SPP rassemble "
       "les chiffres une fois par an.",
       "Verordening (EU) 2021/1147 legt output- en resultaatindicatoren op. De POD verzamelt de cijfers "
       "één keer per jaar.")
    par(doc, "V. Actions / Acties", style="Heading 1")
    table(doc, [
        ["Qui / Wie", "Quoi / Wat", "Pour quand / Tegen"],
        ["SPP IS / POD MI", "Envoyer la liste des indicateurs aux CPAS / De lijst van indicatoren naar de "
                            "OCMW's sturen", "31/10"],
        ["Tous les CPAS / Alle OCMW's", "Vérifier quelles données ils récoltent déjà / Nagaan welke gegevens "
                                        "ze al verzamelen", "30/11"],
        ["Mehmet, Valérie", "Préparer une présentation commune Charleroi-Binche / Een gezamenlijke "
                            "voorstelling Charleroi-Binche voorbereiden", "janvier / januari"],
    ], style="Table Grid", bold_first=True)
    par(doc)
    par(doc, "Prochaine réunion / Volgende vergadering : jeudi 19 janvier 2023 / donderdag 19 januari 2023 "
             "– Gand / Gent", bold=True)
    doc.save("592_rencontre_hybride_bruxelles_2022.docx")


# ---------------------------------------------------------------------------
def r593():
    """CPAS Binche: Valérie Lecomte. French, '1)' headings, initials with a legend."""
    doc = base("Arial", 10)
    par(doc, "CPAS de Binche", bold=True, size=12)
    par(doc, "Compte rendu – réunion de partenariat FAMI Charleroi / Binche", bold=True, size=12)
    par(doc, "Le 11 mai 2023, de 13h30 à 16h, à la salle du conseil du CPAS de Binche")
    par(doc)
    par(doc, "Présents (les initiales sont utilisées dans le compte rendu) :", bold=True)
    table(doc, [
        ["VL", "Valérie Lecomte", "CPAS de Binche, assistante sociale"],
        ["GD", "Grégory Danhier", "CPAS de Binche, animateur"],
        ["SD", "Sandrine Delvaux", "CPAS de Charleroi, coordinatrice Activ'Up"],
        ["JP", "Julie Pirotte", "CPAS de Charleroi, AS référente"],
        ["HD", "Hélène Dumont", "SPP Intégration Sociale"],
    ])
    par(doc, "Excusé : Mehmet Yilmaz (CPAS de Charleroi)")
    par(doc)
    par(doc, "Programme :", bold=True)
    par(doc, "13h30-14h : tour de table\n14h-15h : bilan du module Binche 2022-2023\n"
             "15h-15h45 : la fin du projet et la suite\n15h45 : divers")
    par(doc)
    par(doc, "1) Tour de table", bold=True, color=BLUE)
    par(doc, "GD présente les 9 participants binchois du module. Deux ont trouvé une formation qualifiante, "
             "un est passé vers l'ISP.")
    par(doc, "2) Bilan du module Binche 2022-2023", bold=True, color=BLUE)
    par(doc, "Le module a eu lieu à Binche le mardi et le jeudi, avec une sortie par mois. Le taux de "
             "présence moyen est de 78 %. [à compléter : chiffres du module 2]")
    par(doc, "Points forts : la petite taille du groupe, le lien avec l'animateur, les trajets courts.")
    par(doc, "Points à améliorer : les horaires qui changent trop souvent, la communication quand un cours "
             "est annulé.")
    par(doc, "Action VL : envoyer aux participants un planning fixe par mois, sur papier.")
    par(doc, "3) La fin du projet et la suite", bold=True, color=BLUE)
    par(doc, "HD explique que les documents du projet doivent être conservés cinq ans à partir du 31 "
             "décembre de l'année du dernier paiement, mais que les données personnelles ne doivent pas "
             "être gardées plus longtemps que nécessaire.")
    par(doc, "Action SD + JP : faire l'inventaire des dossiers papier des participants à Charleroi.")
    par(doc, "Action GD : faire la même chose à Binche.")
    par(doc, "4) Divers", bold=True, color=BLUE)
    par(doc, "JP remercie Binche pour l'accueil et le café.")
    doc.save("593_partenariat_binche_2023.docx")


# ---------------------------------------------------------------------------
def r594():
    """OCMW Schoten: Jelle Van Dyck. Dutch, unnumbered Heading 2, people in a sentence, arrows."""
    doc = base("Calibri", 11)
    header_footer(doc, None, "OCMW Schoten – verslag netwerk AMIF")
    par(doc, "Netwerkoverleg AMIF bij OCMW Schoten", style="Title")
    par(doc, "Donderdag 29 februari 2024, 10u00 tot 13u00 – Sociaal Huis Schoten")
    par(doc)
    par(doc, "Aanwezig waren Karen Wouters en Jelle Van Dyck (OCMW Schoten), Tom Peeters en Amina El Idrissi "
             "(OCMW Antwerpen), Lies Verbruggen en Pieter Goossens (OCMW Edegem), Hanne De Wit (OCMW Mortsel) "
             "en Bart Lemmens (POD MI). Verontschuldigd: Dries Claessens (OCMW Mortsel) en Sofie Van Acker "
             "(OCMW Gent).")
    par(doc)
    par(doc, "Agenda", style="Heading 3")
    for line in ["10u00 Onthaal met koffie", "10u15 Workshop 'eenvoudige taal in de enquête'",
                 "11u30 Stand van zaken partners", "12u30 Lunch"]:
        par(doc, line)
    par(doc, "Onthaal", style="Heading 2")
    par(doc, "Karen verwelkomt iedereen in het nieuwe Sociaal Huis. Bart is de nieuwe contactpersoon bij de POD.")
    par(doc, "Workshop eenvoudige taal", style="Heading 2")
    par(doc, "In kleine groepjes herschrijven we de vragen van de tevredenheidsenquête. Woorden als "
             "'integratie' en 'zelfredzaamheid' vervangen we door voorbeelden uit het dagelijks leven.")
    par(doc, "→ Karen bezorgt de herschreven vragen aan Bart.")
    par(doc, "→ Lies en Pieter testen de nieuwe enquête bij de groep van Edegem.")
    par(doc, "→ Nog iemand zoeken die de Franse vertaling nakijkt.")
    par(doc, "TODO: foto's van de workshop nog invoegen", bold=True, color=RED)
    par(doc, "Stand van zaken partners", style="Heading 2")
    par(doc, "Schoten: zes deelnemers, wachtlijst van vier. Edegem: groep loopt goed, één deelnemer "
             "stapt over naar een beroepsopleiding. Mortsel: de ateliers verhuizen in april.")
    par(doc, "→ Hanne stuurt het nieuwe adres van de ateliers door.")
    par(doc, "Lunch", style="Heading 2")
    par(doc, "Broodjes, met dank aan OCMW Schoten.")
    par(doc)
    par(doc, "Volgende keer: donderdag 13 juni 2024 bij OCMW Mortsel.", italic=True)
    doc.save("594_netwerkoverleg_schoten_2024.docx")


# ---------------------------------------------------------------------------
def r595():
    """OCMW Edegem: Lies Verbruggen. Dutch, hybrid, numbered headings without dots, draft marks."""
    doc = base("Calibri", 11)
    header_footer(doc, ["ONTWERP"], "OCMW Edegem – AMIF-netwerk – versie 0.3")
    par(doc, "Ontwerpversie – niet verspreiden", bold=True, color=RED, align=WD_ALIGN_PARAGRAPH.RIGHT)
    par(doc, "Verslag AMIF-netwerkdag", bold=True, size=16)
    par(doc, "18/09/2025 – OCMW Edegem, Drie Eikenstraat (raadzaal) en via Teams (hybride)")
    par(doc)
    par(doc, "Deelnemers", bold=True)
    for who in ["Lies Verbruggen (OCMW Edegem) – ter plaatse",
                "Pieter Goossens (OCMW Edegem) – ter plaatse",
                "Amina El Idrissi (OCMW Antwerpen) – ter plaatse",
                "Hanne De Wit (OCMW Mortsel) – online",
                "Jelle Van Dyck (OCMW Schoten) – online",
                "Bart Lemmens (POD MI) – online",
                "Youssef Benali (OCMW Gent) – online"]:
        par(doc, who, style="List Bullet")
    runs(doc, [("Verontschuldigd: ", {"b": True}), ("Karen Wouters (OCMW Schoten)", {})])
    par(doc)
    par(doc, "Agenda", bold=True)
    table(doc, [
        ["09:30–10:00", "Onthaal en technische check"],
        ["10:00–11:00", "Indicatoren AMIF 2021-2027: wat moeten we meten?"],
        ["11:00–11:45", "Bewaren en wissen van deelnemersgegevens"],
        ["11:45–12:00", "Afspraken"],
    ], style="Table Grid")
    par(doc)
    par(doc, "1 Onthaal", style="Heading 1")
    par(doc, "Lies verwelkomt de aanwezigen in de raadzaal en online. De verbinding valt twee keer weg.")
    par(doc, "2 Indicatoren AMIF 2021-2027", style="Heading 1")
    par(doc, "2.1 Output- en resultaatindicatoren", style="Heading 2")
    par(doc, "Bart overloopt de gemeenschappelijke indicatoren: deelnemers aan taalcursussen, "
             "maatschappelijke oriëntatie en persoonlijke begeleiding; deelnemers die minstens één "
             "ERK-niveau stijgen; deelnemers die zeggen dat de activiteit hun integratie hielp.")
    par(doc, "2.2 Wat meten de OCMW's nu al?", style="Heading 2")
    par(doc, "Edegem en Mortsel meten aanwezigheid per sessie, maar niet het taalniveau. [aan te vullen "
             "met cijfers Mortsel]")
    par(doc, "3 Bewaren en wissen van gegevens", style="Heading 1")
    par(doc, "Projectdocumenten blijven vijf jaar bewaard vanaf 31 december van het jaar van de laatste "
             "betaling; persoonsgegevens niet langer dan nodig. Deelnemers mogen vragen om alles in te zien "
             "wat over hen bewaard wordt.")
    par(doc, "4 Afspraken", style="Heading 1")
    par(doc, "De tevredenheidsenquête vereenvoudigen met pictogrammen (Amina, OCMW Antwerpen)",
        style="List Number")
    par(doc, "Een bewaartermijnenlijst opstellen voor de partners (Lies en Pieter)", style="List Number")
    par(doc, "POD MI: stuurt vóór 15 oktober de nieuwe indicatorentabel door", style="List Number")
    par(doc)
    par(doc, "Volgende netwerkdag: 4 december 2025 (locatie nog te bepalen)", bold=True)
    doc.save("595_netwerkdag_edegem_2025.docx")


# ---------------------------------------------------------------------------
def r596():
    """OCMW Mortsel: Dries Claessens. Online with interpreting, NL | FR side by side."""
    doc = base("Segoe UI", 10)
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    header_footer(doc, [TAG_NL + " – " + TAG_FR], "OCMW Mortsel / CPAS de Mortsel")
    par(doc, "Verslag online netwerkvergadering – Rapport réunion de réseau en ligne", bold=True, size=14)
    par(doc, "Dinsdag 27 januari 2026 / mardi 27 janvier 2026 – Teams – tolken / interprètes NL-FR")
    par(doc)
    par(doc, "Aanwezig – Présents", bold=True)
    table(doc, [
        ["Dries Claessens", "OCMW Mortsel"],
        ["Hanne De Wit", "OCMW Mortsel"],
        ["Tom Peeters", "OCMW Antwerpen"],
        ["Wouter De Smet", "OCMW Gent"],
        ["Karim Haddad", "CPAS Liège"],
        ["Julie Pirotte", "CPAS Charleroi"],
        ["Isabelle Roland", "CPAS Bruxelles"],
        ["Bart Lemmens", "POD MI / SPP IS"],
        ["Sarah Kowalczyk", "tolk / interprète"],
        ["Benoît Hermans", "tolk / interprète"],
    ], style="Table Grid")
    par(doc, "Verontschuldigd – Excusés: Lies Verbruggen (OCMW Edegem), Grégory Danhier (CPAS Binche)")
    par(doc)
    par(doc, "Agenda – Ordre du jour", bold=True)
    for line in ["14:00 - 14:15  Opening / Ouverture",
                 "14:15 - 15:00  Afsluiting van de projecten / Clôture des projets",
                 "15:00 - 15:30  Tevredenheidsenquête in meer talen / Enquête de satisfaction en plusieurs langues",
                 "15:30 - 15:45  Varia / Divers"]:
        par(doc, line, style="List Bullet")
    par(doc)

    def sec2(head, nl, fr):
        par(doc, head, bold=True, size=12, color=BLUE)
        table(doc, [[nl, fr]], widths=[Cm(12), Cm(12)])

    sec2("A. Opening / Ouverture",
         "Dries opent de vergadering en bedankt de tolken. Hanne neemt de notulen.",
         "Dries ouvre la réunion et remercie les interprètes. Hanne prend les notes.")
    sec2("B. Afsluiting van de projecten / Clôture des projets",
         "De projecten lopen af in juni. Het eindrapport bevat de indicatoren.\n"
         "Actie: Hanne stuurt een sjabloon voor het eindrapport naar iedereen.\n"
         "Actie: Tom en Wouter verzamelen de getuigenissen van deelnemers.",
         "Les projets se terminent en juin. Le rapport final contient les indicateurs.\n"
         "Action : Hanne envoie un modèle de rapport final à tous.\n"
         "Action : Tom et Wouter rassemblent les témoignages des participants.")
    sec2("C. Tevredenheidsenquête / Enquête de satisfaction",
         "Karim stelt de enquête in het Arabisch, Dari en Tigrinya voor. Julie vindt de pictogrammen "
         "duidelijker dan de tekst.\nActie: POD MI zet de vertaalde versies op het netwerkplatform.",
         "Karim présente l'enquête en arabe, en dari et en tigrinya. Julie trouve les pictogrammes plus "
         "clairs que le texte.\nAction : le SPP IS met les versions traduites sur la plateforme du réseau.")
    sec2("D. Varia / Divers",
         "Isabelle meldt dat OCMW Brussel een afsluitend evenement plant in juni.",
         "Isabelle annonce que le CPAS de Bruxelles prévoit un événement de clôture en juin.")
    par(doc)
    par(doc, "Volgende vergadering: dinsdag 24 maart 2026 (online) – Prochaine réunion : mardi 24 mars 2026 "
             "(en ligne)", bold=True)
    doc.save("596_netwerkvergadering_mortsel_2026.docx")


if __name__ == "__main__":
    for f in (r587, r588, r589, r590, r591, r592, r593, r594, r595, r596):
        f()
