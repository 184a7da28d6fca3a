#!/usr/bin/env python3
"""Generates the network meeting reports 15-28 (writer-b) with python-docx.
One function per report; all text written out in full."""
import os
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH

OUT = os.path.dirname(os.path.abspath(__file__))
CENTER = WD_ALIGN_PARAGRAPH.CENTER


def new_doc(font="Calibri", size=11):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    for s in d.sections:
        s.left_margin = Cm(2.2)
        s.right_margin = Cm(2.2)
    return d


def banner(d, first="nl"):
    """Tagline and logo lines as on the SPP/POD templates."""
    nl = "Naar een geïntegreerd migratiebeleid,\ndankzij het AMIF"
    fr = "Vers une politique de migration plus intégrée,\ngrâce au FAMI"
    for t in ((nl, fr) if first == "nl" else (fr, nl)):
        p = d.add_paragraph()
        p.alignment = CENTER
        r = p.add_run(t)
        r.italic = True
        r.font.size = Pt(9)
        r.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
    p = d.add_paragraph()
    p.alignment = CENTER
    r = p.add_run("POD | Maatschappelijke Integratie\nSPP | Intégration Sociale")
    r.bold = True
    r.font.size = Pt(9)


def para(d, *parts, style=None, align=None):
    """parts: plain strings or (text, flags) with flags among 'b', 'i', 'u'."""
    p = d.add_paragraph(style=style) if style else d.add_paragraph()
    for part in parts:
        if isinstance(part, tuple):
            text, flags = part
        else:
            text, flags = part, ""
        r = p.add_run(text)
        r.bold = "b" in flags
        r.italic = "i" in flags
        r.underline = "u" in flags
    if align:
        p.alignment = align
    return p


def bold(d, text, size=None):
    p = d.add_paragraph()
    r = p.add_run(text)
    r.bold = True
    if size:
        r.font.size = Pt(size)
    return p


def italic(d, text):
    p = d.add_paragraph()
    p.add_run(text).italic = True
    return p


def bullets(d, items, style="List Bullet"):
    for it in items:
        if isinstance(it, tuple):
            para(d, *it, style=style)
        else:
            d.add_paragraph(it, style=style)


def table(d, rows, header=True, style="Table Grid", widths=None):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            cell = t.cell(i, j)
            cell.text = ""
            r = cell.paragraphs[0].add_run(val)
            if header and i == 0:
                r.bold = True
            if widths:
                cell.width = Cm(widths[j])
    d.add_paragraph()
    return t


def title(d, text, size=14):
    p = d.add_paragraph()
    p.alignment = CENTER
    r = p.add_run(text)
    r.bold = True
    r.font.size = Pt(size)
    return p


def save(d, name):
    d.save(os.path.join(OUT, name))
    print("wrote", name)


# ---------------------------------------------------------------------------
# 15 - Gent, 13 October 2016 - Lisa Asselman (POD MI), NL first, NL+FR
# ---------------------------------------------------------------------------
def report_15():
    d = new_doc()
    banner(d, "nl")
    title(d, "Verslag bijeenkomst OCMW's – Rapport rencontre CPAS")
    para(d, ("13 oktober 2016 – 13 octobre 2016", "b"), align=CENTER)
    para(d, "OCMW Gent, Onderbergen 86, 9000 Gent", align=CENTER)
    para(d, ("Aanwezig / Présents: ", "b"),
         "Lisa Asselman (POD MI), Johan Maekelberg (OCMW Gent), Mieke De Roo (OCMW Gent), "
         "Ibrahim Laaroussi (OCMW Gent), Ibrahim Aguelmin (OCMW Luik), Claudine Gbambili (OCMW Luik), "
         "Ozlem Baslari (OCMW Charleroi), Nauar Elfargani (OCMW Antwerpen), Agnès Dubus (OCMW Brussel)")
    para(d, ("Verontschuldigd / Excusés: ", "b"),
         "Silvia Soares (OCMW Luik), Marc Delvaux (OCMW Charleroi)")
    bold(d, "Agenda / Ordre du jour")
    bullets(d, [
        "10u00 – 10u30: Onthaal en kennismaking / Accueil et présentation",
        "10u30 – 11u30: Voorstelling van het project van OCMW Gent / Présentation du projet du CPAS de Gand",
        "11u30 – 12u30: Stand van zaken per OCMW / État des lieux par CPAS",
        "12u30 – 13u30: Lunch",
        "13u30 – 15u00: De tevredenheidsenquête / L'enquête de satisfaction",
        "15u00 – 15u30: Afspraken en volgende bijeenkomst / Accords et prochaine réunion",
    ])

    d.add_heading("1. Onthaal en kennismaking / Accueil et présentation", level=1)
    para(d, "Johan Maekelberg verwelkomt de collega's in de vergaderzaal van OCMW Gent. Het is de eerste "
            "bijeenkomst van het netwerk sinds de start van de AMIF-projecten. Elke deelnemer stelt zich kort "
            "voor: functie, rol in het project en verwachtingen ten aanzien van het netwerk. Lisa Asselman "
            "herinnert eraan dat het netwerk bedoeld is om ervaringen uit te wisselen, niet om de projecten "
            "met elkaar te vergelijken.")
    para(d, ("Johan Maekelberg accueille les collègues dans la salle de réunion du CPAS de Gand. C'est la "
             "première rencontre du réseau depuis le lancement des projets FAMI. Chaque participant se présente "
             "brièvement : fonction, rôle dans le projet et attentes vis-à-vis du réseau. Lisa Asselman rappelle "
             "que le réseau sert à échanger des expériences, et non à comparer les projets entre eux.", "i"))

    d.add_heading("2. Voorstelling van het project van OCMW Gent / Présentation du projet du CPAS de Gand", level=1)
    para(d, "Mieke De Roo stelt het Gentse project voor. De maatschappelijk werkers van de sociale diensten "
            "verwijzen cliënten door; daarna volgt een intakegesprek met Ibrahim Laaroussi, die ook als "
            "intercultureel bemiddelaar optreedt. Het traject combineert individuele begeleiding om de twee "
            "weken met wekelijkse groepsactiviteiten: taalactivering, een computeratelier en infosessies over "
            "het leven in België (huisvesting, mobiliteit, bank en verzekeringen).")
    para(d, "Het team telt drie VTE en twee halftijdse begeleiders. Inschrijven kan op elk moment. Op dit "
            "ogenblik volgen 34 deelnemers een traject, van wie 21 vrouwen.")
    para(d, ("Mieke De Roo présente le projet gantois. Les assistants sociaux des services sociaux orientent les "
             "clients ; suit un entretien d'admission avec Ibrahim Laaroussi, qui intervient aussi comme "
             "médiateur interculturel. Le trajet combine un accompagnement individuel toutes les deux semaines "
             "et des activités collectives hebdomadaires : activation linguistique, atelier informatique et "
             "séances d'information sur la vie en Belgique (logement, mobilité, banque et assurances). "
             "L'équipe compte 3 ETP et deux accompagnateurs à mi-temps. Actuellement, 34 participants suivent "
             "un trajet, dont 21 femmes.", "i"))

    d.add_heading("3. Stand van zaken per OCMW / État des lieux par CPAS", level=1)
    d.add_heading("3.1 Luik / Liège", level=2)
    para(d, "Ibrahim Aguelmin licht toe dat Mod' Actions met vier modules werkt. Voor elke nieuwe cliënt wordt "
            "een oriëntatiebalans opgemaakt. Claudine Gbambili neemt de intakegesprekken af.")
    para(d, ("Ibrahim Aguelmin explique que Mod' Actions fonctionne avec quatre modules. Un bilan d'orientation "
             "est réalisé pour chaque nouveau client. Claudine Gbambili mène les entretiens d'admission.", "i"))
    d.add_heading("3.2 Charleroi", level=2)
    para(d, "Ozlem Baslari vertelt dat Activ'Up in september 2015 met een eerste module gestart is. De "
            "rekrutering vraagt veel tijd: de maatschappelijk werkers van de antennes moeten overtuigd worden.")
    para(d, ("Ozlem Baslari explique qu'Activ'Up a démarré un premier module en septembre 2015. Le recrutement "
             "demande beaucoup de temps : il faut convaincre les AS des antennes sociales.", "i"))
    d.add_heading("3.3 Antwerpen / Anvers", level=2)
    para(d, "Nauar Elfargani meldt dat Antwerpen samenwerkt met drie partnergemeenten: Schoten, Edegem en "
            "Mortsel. De afspraken met de partners zijn nog niet uitgeschreven.")
    para(d, ("Nauar Elfargani signale qu'Anvers collabore avec trois communes partenaires : Schoten, Edegem et "
             "Mortsel. Les accords avec les partenaires ne sont pas encore rédigés.", "i"))
    d.add_heading("3.4 Brussel / Bruxelles", level=2)
    para(d, "Agnès Dubus geeft aan dat het Brusselse project een tweetalig onthaal organiseert. De eerste groep "
            "start in november.")
    para(d, ("Agnès Dubus indique que le projet bruxellois organise un accueil bilingue. Le premier groupe "
             "démarre en novembre.", "i"))

    d.add_heading("4. De tevredenheidsenquête / L'enquête de satisfaction", level=1)
    para(d, "Alle OCMW's vinden de huidige enquête te abstract voor de doelgroep. Woorden als 'zelfredzaamheid' "
            "of 'participatie' worden niet begrepen. Er is vraag naar een versie met pictogrammen en naar "
            "vertalingen (Arabisch, Dari, Tigrinya, Somali).")
    para(d, ("Tous les CPAS trouvent l'enquête actuelle trop abstraite pour le public cible. Des mots comme "
             "« autonomie » ou « participation » ne sont pas compris. Les CPAS demandent une version avec "
             "pictogrammes et des traductions (arabe, dari, tigrinya, somali).", "i"))

    d.add_heading("5. Actiepunten / Actions", level=1)
    bullets(d, [
        "Johan Maekelberg bezorgt de intakefiche van OCMW Gent aan alle OCMW's. / Johan Maekelberg envoie la "
        "fiche d'admission du CPAS de Gand à tous les CPAS.",
        "Het POD MI stuurt vóór eind november een nieuwe versie van de tevredenheidsenquête rond. / Le SPP IS "
        "enverra une nouvelle version de l'enquête de satisfaction avant fin novembre.",
        "Claudine Gbambili en Ibrahim Aguelmin vertalen de vragen van de enquête in eenvoudig Frans. / Claudine "
        "Gbambili et Ibrahim Aguelmin traduisent les questions de l'enquête en français facile.",
        "OCMW Antwerpen stelt de samenwerking met de partnergemeenten voor op de volgende bijeenkomst. / Le CPAS "
        "d'Anvers présentera la collaboration avec les communes partenaires lors de la prochaine réunion.",
    ])

    d.add_heading("6. Volgende bijeenkomst / Prochaine réunion", level=1)
    para(d, "De volgende bijeenkomst vindt plaats in februari 2017 in Antwerpen.")
    para(d, ("La prochaine réunion aura lieu en février 2017 à Anvers.", "i"))
    save(d, "15_gent-2016-10.docx")


# ---------------------------------------------------------------------------
# 16 - Antwerpen, 9 March 2017 - Sofie Verhaegen (OCMW Antwerpen), NL only
# ---------------------------------------------------------------------------
def report_16():
    d = new_doc("Arial", 10)
    title(d, "Verslag bijeenkomst OCMW's – Rapport rencontre CPAS", 13)
    para(d, "AMIF – 9 maart 2017 – 9 mars 2017", align=CENTER)
    para(d, "OCMW Antwerpen, Lange Gasthuisstraat 39, 2000 Antwerpen", align=CENTER)
    italic(d, "Dit verslag is nog aan te vullen met de opmerkingen van OCMW Luik en OCMW Charleroi.")
    bold(d, "Aanwezig")
    table(d, [
        ["Naam", "Organisatie"],
        ["Lisa Asselman", "POD MI"],
        ["Nauar Elfargani", "OCMW Antwerpen"],
        ["Sofie Verhaegen", "OCMW Antwerpen"],
        ["Wim Peeters", "OCMW Schoten"],
        ["Kaat Janssens", "OCMW Edegem"],
        ["Youssef Bakkali", "OCMW Mortsel"],
        ["Mieke De Roo", "OCMW Gent"],
        ["Ibrahim Laaroussi", "OCMW Gent"],
        ["Silvia Soares", "CPAS Luik"],
        ["Ozlem Baslari", "CPAS Charleroi"],
        ["Agnès Dubus", "OCMW Brussel"],
        ["Katrien Goossens", "Atlas Integratie & Inburgering Antwerpen"],
    ], widths=[6, 9])
    para(d, ("Verontschuldigd: ", "b"), "Johan Maekelberg (OCMW Gent); Ibrahim Aguelmin (CPAS Luik);")

    bold(d, "1. Inleiding")
    para(d, "Nauar Elfargani verwelkomt iedereen in de vergaderzaal van het OCMW aan de Lange Gasthuisstraat. "
            "Voor het eerst zijn ook de drie partnergemeenten van het Antwerpse project aanwezig. Het programma "
            "van de dag:")
    para(d, "9u30 – 10u00 : Onthaal en koffie")
    para(d, "10u00 – 11u00 : Voorstelling van het Antwerpse project en de partnerwerking met Schoten, Edegem en Mortsel")
    para(d, "11u00 – 12u30 : Stand van zaken per OCMW")
    para(d, "12u30 – 13u30 : Middagmaal")
    para(d, "13u30 – 15u00 : Feedback en uitwisseling")
    para(d, "De presentaties waren in het Nederlands; Lisa vatte ze telkens kort samen in het Frans voor de "
            "Franstalige collega's.")

    bold(d, "2. Het project in Antwerpen en de partnergemeenten")
    para(d, "Het Antwerpse project richt zich op nieuwkomers die al langer dan een jaar een leefloon ontvangen "
            "en weinig Nederlands spreken. De maatschappelijk werkers van de sociale centra melden kandidaten "
            "aan; Sofie Verhaegen plant de intakegesprekken. Na de intake volgt een traject van ongeveer zes "
            "maanden met individuele coaching en groepsmodules (taalactivering, 'wegwijs in Antwerpen', "
            "een creatief atelier).")
    para(d, "De partnergemeenten werken elk op hun eigen schaal. Schoten (Wim Peeters) begeleidt een kleine "
            "groep van acht deelnemers en organiseert de groepsmomenten in het lokaal dienstencentrum. Edegem "
            "(Kaat Janssens) stuurt deelnemers door naar de groepsmodules in Antwerpen en volgt hen individueel "
            "op. Mortsel (Youssef Bakkali) bereidt een eigen groep voor. De verplaatsing naar Antwerpen is "
            "voor sommige deelnemers een drempel; het OCMW voorziet een vervoersbewijs.")
    para(d, "Sofie zal de samenwerkingsovereenkomst met de partnergemeenten doorsturen naar alle OCMW's, zodat "
            "Luik en Charleroi kunnen zien hoe de verdeling van de middelen geregeld is.")

    bold(d, "3. Uitwisseling: stand van zaken per OCMW")
    para(d, "Gent (Mieke De Roo): 41 lopende trajecten. De intercultureel bemiddelaars worden steeds vaker "
            "gevraagd als sociaal tolk, ook buiten het project. Dat zet druk op hun agenda.")
    para(d, "Luik (Silvia Soares): de modules lopen per schooljaar, van september tot juni. Nieuwe deelnemers "
            "kunnen op elk moment instappen in het individuele luik. Silvia bezorgt de planning van de modules "
            "van Luik aan Mieke.")
    para(d, "Charleroi (Ozlem Baslari): de tweede module is gestart. Van de 199 kandidaten die de "
            "maatschappelijk werkers weerhouden hadden, kwamen er 60 naar de infosessie.")
    para(d, "Brussel (Agnès Dubus): de eerste groep is in november gestart met twaalf deelnemers. Het tweetalige "
            "onthaal werkt goed, maar de groepen zijn taalkundig zeer gemengd.")

    bold(d, "4. Feedback")
    para(d, "In de namiddag bespreken we in twee groepen wat in de projecten werkt en wat beter kan. Katrien "
            "Goossens van Atlas geeft toelichting bij de inburgeringstrajecten, zodat de OCMW's dubbel werk "
            "vermijden.")
    para(d, ("Sterktes:", "b"))
    bullets(d, [
        "de kleine groepen laten toe om iedereen persoonlijk te volgen;",
        "de intercultureel bemiddelaars verlagen de drempel bij de intake;",
        "de samenwerking met de partnergemeenten brengt het aanbod dichter bij de deelnemers.",
    ])
    para(d, ("Werkpunten:", "b"))
    bullets(d, [
        "de tevredenheidsenquête is te moeilijk: deelnemers begrijpen de vragen niet;",
        "wijzigingen in het uurrooster worden te laat aan de deelnemers meegedeeld;",
        "de registratie van de aanwezigheden gebeurt in elk OCMW anders.",
    ])
    para(d, "Het POD MI zal tegen de volgende bijeenkomst een voorstel van vereenvoudigde enquête uitwerken.")

    bold(d, "5. Varia en volgende bijeenkomst")
    para(d, "Er is interesse voor een gezamenlijke vorming rond interculturele communicatie voor de begeleiders. "
            "Een gezamenlijke vorming rond interculturele communicatie wordt georganiseerd; wie de trekker is, "
            "is nog te bepalen.")
    para(d, "De volgende bijeenkomst vindt plaats op 29 juni 2017 in Charleroi.")
    save(d, "16_antwerpen-2017-03.docx")


# ---------------------------------------------------------------------------
# 17 - Charleroi, 29 June 2017 - Lisa Asselman, FR first, FR+NL, Roman headings
# ---------------------------------------------------------------------------
def report_17():
    d = new_doc()
    banner(d, "fr")
    title(d, "Rapport rencontre CPAS – Verslag bijeenkomst OCMW's")
    para(d, ("FAMI 29 juin 2017 – 29 juni 2017", "b"), align=CENTER)
    para(d, "CPAS de Charleroi, Service Action Migrants, boulevard Joseph II 13, 6000 Charleroi", align=CENTER)
    para(d, ("Présents / Aanwezig :", "b"))
    bullets(d, [
        "Lisa Asselman (SPP IS-MI)",
        "Ozlem Baslari (CPAS Charleroi)",
        "Marc Delvaux (CPAS Charleroi)",
        "Véronique Lambot (CPAS Binche)",
        "Johan Maekelberg (CPAS Gand)",
        "Ibrahim Laaroussi (CPAS Gand",
        "Claudine Gbambili (CPAS Liège)",
        "Frederic Darras (CPAS Liège)",
        "Nauar Elfargani (CPAS Anvers)",
        "Agnès Dubus (CPAS Bruxelles))",
    ])
    para(d, ("Excusés / Verontschuldigd : ", "b"), "Mieke De Roo (CPAS Gand), Ibrahim Aguelmin (CPAS Liège).")
    para(d, ("Ordre du jour / Agenda", "bu"))
    bullets(d, [
        "de 9h30 à 10h : accueil / onthaal",
        "de 10h à 11h15 : présentation du projet Activ'Up / voorstelling van het project Activ'Up",
        "de 11h15 à 12h30 : le recrutement des participants / de rekrutering van deelnemers",
        "de 13h30 à 15h : retour d'expérience / ervaringen",
        "de 15h à 15h30 : divers / varia",
    ])

    d.add_heading("I. Accueil – Onthaal", level=1)
    para(d, "Ozlem Baslari et Marc Delvaux accueillent le réseau dans les locaux du Service Action Migrants. "
            "Le CPAS de Binche, partenaire de Charleroi, participe pour la première fois à une rencontre.")
    para(d, ("Ozlem Baslari en Marc Delvaux ontvangen het netwerk in de lokalen van de Service Action Migrants. "
             "OCMW Binche, partner van Charleroi, neemt voor het eerst deel aan een bijeenkomst.", "i"))

    d.add_heading("II. Présentation du projet Activ'Up – Voorstelling van het project Activ'Up", level=1)
    para(d, "Le Service Action Migrants s'adresse à toute personne étrangère ou d'origine étrangère qui réside "
            "sur le territoire de Charleroi. Ses objectifs : accueil, information, intégration et activation "
            "sociale. Activ'Up fonctionne par modules d'un an (module 1 : septembre 2015 – juin 2016 ; module 2 : "
            "septembre 2016 – juin 2017 ; module 3 : septembre 2017 – juin 2018).")
    para(d, "Le programme repose sur trois activités principales :")
    bullets(d, [
        "du coaching individuel (un rendez-vous tous les quinze jours) et collectif (trois groupes, une demi-journée "
        "tous les quinze jours) autour du projet de vie de la personne ;",
        "des activités collectives : ateliers découvertes (informatique, sport, photo, médias, mobilier en carton) "
        "et sorties socioculturelles ;",
        "des séances d'information « se débrouiller en Belgique » : institutions, droits et devoirs, droits "
        "sociaux, droit de séjour, mobilité, logement, banque et assurances.",
    ], style="List Number")
    para(d, "Les participants d'Activ'Up sont prioritaires pour les cours de FLE organisés par le service grâce "
            "au subside PCS de la Région wallonne.")
    para(d, ("Activ'Up richt zich tot alle personen van vreemde nationaliteit of herkomst die in Charleroi wonen. "
             "Het project werkt met modules van een jaar en rust op drie pijlers: individuele en collectieve "
             "coaching rond het levensproject, collectieve activiteiten (ontdekkingsateliers, socio-culturele "
             "uitstappen) en infosessies over het leven in België. Deelnemers krijgen voorrang in de lessen Frans "
             "als vreemde taal, gefinancierd met een subsidie van het Waals Gewest.", "i"))

    d.add_heading("III. Le recrutement des participants – De rekrutering van deelnemers", level=1)
    para(d, "Le travail de mobilisation est primordial. Le service social a été associé au recrutement via les "
            "antennes sociales (rencontre du directeur, des managers et des travailleurs de première ligne). "
            "Avec l'observatoire local du CPAS, un listing de plus de 1000 bénéficiaires potentiels a été "
            "constitué. Les assistantes sociales ont retenu 315 personnes pour le module 1 et 199 pour le "
            "module 2. Aux séances d'information, 110 personnes sur 315 invitées sont venues pour le module 1 "
            "(35 %) et 60 sur 199 pour le module 2 (30 %).")
    para(d, "Véronique Lambot explique qu'à Binche, le nombre de personnes est beaucoup plus petit : les AS "
            "connaissent chaque client et le contactent directement par téléphone.")
    para(d, ("De mobilisatie is cruciaal. Met het lokale observatorium werd een lijst van meer dan 1000 "
             "potentiële deelnemers opgemaakt; de maatschappelijk werkers weerhielden er 315 voor module 1 en 199 "
             "voor module 2. Op de infosessies kwamen 110 van de 315 genodigden (35 %) en 60 van de 199 (30 %). "
             "In Binche is de groep veel kleiner en bellen de maatschappelijk werkers de cliënten zelf op.", "i"))

    d.add_heading("IV. Retour d'expérience – Ervaringen", level=1)
    para(d, ("Ce qui marche / Wat werkt", "b"))
    bullets(d, [
        "Faire de l'intensif avec le public : les participants sont présents presque tous les jours de la semaine. "
        "/ Intensief werken: de deelnemers komen bijna elke dag.",
        "Des liens se créent avec les agents et entre participants ; à la fin du module, un esprit de groupe est "
        "né. / Er ontstaan banden met het personeel en tussen de deelnemers; op het einde is er een groepsgevoel.",
    ])
    para(d, ("Ce qu'il faut améliorer / Wat kan beter", "b"))
    bullets(d, [
        "La communication envers les participants (horaires qui changent, cours annulés). / De communicatie naar "
        "de deelnemers (wisselende uurroosters, geschrapte lessen).",
        "Des horaires équilibrés entre anciens et nouveaux participants. / Evenwichtige uurroosters voor oude en "
        "nieuwe deelnemers.",
        "Anticiper les activités, car les procédures administratives sont de plus en plus longues. / Activiteiten "
        "vroeger plannen, want de administratieve procedures duren steeds langer.",
        "Ne pas imposer d'activités obligatoires sur des sujets sensibles (sexualité, violences conjugales). / "
        "Geen verplichte activiteiten over gevoelige onderwerpen (seksualiteit, partnergeweld).",
    ])
    para(d, "Johan Maekelberg remarque que Gand rencontre les mêmes difficultés de communication et utilise "
            "depuis peu des messages vocaux en plusieurs langues.")
    para(d, ("Johan Maekelberg merkt op dat Gent dezelfde communicatieproblemen heeft en sinds kort gesproken "
             "berichten in meerdere talen gebruikt.", "i"))

    d.add_heading("V. Divers – Varia", level=1)
    para(d, "Frederic Darras montre quelques photos de l'exposition de l'atelier créatif de Liège. Agnès Dubus "
            "signale que Bruxelles cherche un partenaire pour des sorties culturelles gratuites.")
    para(d, ("Frederic Darras toont foto's van de tentoonstelling van het creatieve atelier in Luik. Agnès Dubus "
             "meldt dat Brussel een partner zoekt voor gratis culturele uitstappen.", "i"))

    d.add_heading("VI. Actions – Actiepunten", level=1)
    bullets(d, [
        "Ozlem enverra la présentation Activ'Up à tous les CPAS. / Ozlem stuurt de presentatie van Activ'Up naar "
        "alle OCMW's.",
        "Le CPAS de Charleroi va partager le modèle de listing réalisé avec l'observatoire local. / OCMW Charleroi "
        "deelt het model van de lijst die met het observatorium werd opgemaakt.",
        "Les fiches projet complétées seront envoyées au SPP par Johan et Claudine. / De ingevulde projectfiches "
        "worden door Johan en Claudine naar het POD bezorgd.",
        "Le SPP organise une journée de formation commune sur la communication interculturelle (date à "
        "déterminer). / Het POD organiseert een gezamenlijke vormingsdag over interculturele communicatie "
        "(datum te bepalen).",
    ])

    d.add_heading("VII. Prochaine réunion – Volgende bijeenkomst", level=1)
    para(d, "Prochaine réunion : le 16 novembre 2017 au CPAS de Bruxelles.")
    para(d, ("Volgende bijeenkomst: 16 november 2017 bij OCMW Brussel.", "i"))
    save(d, "17_charleroi-2017-06.docx")


# ---------------------------------------------------------------------------
# 18 - Bruxelles, 16 November 2017 - Nadia El Amrani (CPAS Bruxelles), FR/NL
# ---------------------------------------------------------------------------
def report_18():
    d = new_doc("Times New Roman", 11)
    banner(d, "fr")
    title(d, "Rapport rencontre CPAS – Verslag bijeenkomst OCMW's")
    para(d, "16 novembre 2017 – 16 november 2017", align=CENTER)
    para(d, "CPAS de Bruxelles / OCMW Brussel, rue Haute 298a / Hoogstraat 298a, 1000 Bruxelles", align=CENTER)
    para(d, ("Présents / Aanwezig : ", "b"),
         "Lisa Asselman (SPP IS-MI), Agnès Dubus (CPAS Bruxelles), Nadia El Amrani (CPAS Bruxelles), "
         "Stijn Dewulf (OCMW Brussel), Johan Maekelberg (OCMW Gent), Mieke De Roo (OCMW Gent), "
         "Claudine Gbambili (CPAS Liège), Silvia Soares (CPAS Liège), Ozlem Baslari (CPAS Charleroi), "
         "Nauar Elfargani (OCMW Antwerpen), Sofie Verhaegen (OCMW Antwerpen)")
    para(d, ("Excusés / Verontschuldigd : ", "b"), "Ibrahim Laaroussi (OCMW Gent) ; Véronique Lambot (CPAS Binche) ;")
    para(d, ("Ordre du jour / Agenda", "b"))
    table(d, [
        ["Heure / Uur", "Point / Punt"],
        ["09:30", "Accueil – Onthaal"],
        ["10:00", "Présentation du projet du CPAS de Bruxelles – Voorstelling van het project van OCMW Brussel"],
        ["11:00", "Tour de table – Rondetafel"],
        ["12:30", "Lunch"],
        ["13:30", "Atelier : l'enquête de satisfaction – Workshop: de tevredenheidsenquête"],
        ["15:00", "Conclusions – Besluiten"],
    ], widths=[3, 12])

    bold(d, "A. Accueil – Onthaal")
    para(d, "Agnès Dubus souhaite la bienvenue aux collègues dans la salle du conseil du CPAS.")
    para(d, "Agnès Dubus verwelkomt de collega's in de raadzaal van het OCMW.")

    bold(d, "B. Présentation du projet du CPAS de Bruxelles – Voorstelling van het project van OCMW Brussel")
    para(d, "Le projet bruxellois travaille en deux langues. Chaque participant choisit la langue de son "
            "accompagnement ; les ateliers collectifs sont organisés en français et en néerlandais. Stijn Dewulf "
            "assure l'accueil néerlandophone. Le projet compte aujourd'hui 27 participants, originaires de "
            "Syrie, d'Afghanistan, de Guinée, d'Érythrée et du Maroc.")
    para(d, "Het Brusselse project werkt in twee talen. Elke deelnemer kiest de taal van zijn begeleiding; de "
            "groepsateliers worden in het Frans en in het Nederlands georganiseerd. Stijn Dewulf verzorgt het "
            "Nederlandstalige onthaal. Vandaag telt het project 27 deelnemers, afkomstig uit Syrië, Afghanistan, "
            "Guinee, Eritrea en Marokko.")
    para(d, "Nadia El Amrani présente le guide d'accueil bilingue remis à chaque nouveau participant : horaires, "
            "personnes de contact, règles de présence et plan d'accès.")
    para(d, "Nadia El Amrani stelt de tweetalige onthaalbrochure voor die elke nieuwe deelnemer krijgt: "
            "uurrooster, contactpersonen, afspraken over aanwezigheid en een plannetje.")

    bold(d, "C. Tour de table – Rondetafel")
    para(d, "Gand : Johan Maekelberg signale que la liste d'attente s'allonge ; les AS orientent plus de "
            "clients que le projet ne peut en accueillir. Liège : Claudine Gbambili a revu la grille "
            "d'entretien d'admission pour mieux faire ressortir les besoins du client. Charleroi : le module 3 "
            "a démarré en septembre avec 38 participants. Anvers : Sofie Verhaegen explique que Mortsel a "
            "lancé son propre groupe en avril.")
    para(d, "Gent: Johan Maekelberg meldt dat de wachtlijst langer wordt; de maatschappelijk werkers verwijzen "
            "meer cliënten door dan het project kan opnemen. Luik: Claudine Gbambili heeft het intakeformulier "
            "herwerkt. Charleroi: module 3 is in september gestart met 38 deelnemers. Antwerpen: Sofie "
            "Verhaegen vertelt dat Mortsel in april een eigen groep gestart is.")

    bold(d, "D. Atelier : l'enquête de satisfaction – Workshop: de tevredenheidsenquête")
    para(d, "En petits groupes, les CPAS ont relu l'enquête question par question. Les termes abstraits "
            "(« autonomie », « estime de soi ») doivent être remplacés par des exemples concrets. Une échelle "
            "avec des smileys est proposée. Les CPAS demandent aussi l'enquête en arabe, en dari et en tigrinya.")
    para(d, "In kleine groepen werd de enquête vraag per vraag overlopen. Abstracte begrippen "
            "('zelfredzaamheid', 'zelfbeeld') moeten vervangen worden door concrete voorbeelden. Er wordt een "
            "schaal met smileys voorgesteld. De OCMW's vragen de enquête ook in het Arabisch, Dari en Tigrinya.")

    bold(d, "E. Conclusions – Besluiten")
    para(d, "Les échanges en petits groupes ont été appréciés. Le réseau souhaite garder ce format pour les "
            "prochaines rencontres.")
    para(d, "De uitwisseling in kleine groepen werd gewaardeerd. Het netwerk wil die formule behouden.")

    bold(d, "F. Actions – Actiepunten")
    bullets(d, [
        "Agnès Dubus enverra le guide d'accueil bilingue à tous les CPAS. / Agnès Dubus bezorgt de tweetalige "
        "onthaalbrochure aan alle OCMW's.",
        "Lisa et Nadia vont rassembler les propositions de questions pour l'enquête. / Lisa en Nadia bundelen de "
        "voorstellen van vragen voor de enquête.",
        "Le CPAS de Liège partage la grille d'entretien d'admission de Claudine. / OCMW Luik deelt het "
        "intakeformulier van Claudine.",
        "Une traduction de l'enquête en arabe, en dari et en tigrinya sera demandée ; responsable à déterminer. / "
        "Een vertaling van de enquête wordt aangevraagd; verantwoordelijke nog te bepalen.",
    ])
    para(d, ("Prochaine réunion / Volgende bijeenkomst : ", "b"), "date à fixer / datum nog te bepalen")
    italic(d, "Les commentaires des CPAS seront ajoutés dans la version finale. / De opmerkingen van de OCMW's "
              "worden in de definitieve versie toegevoegd.")
    save(d, "18_bruxelles-2017-11.docx")


# ---------------------------------------------------------------------------
# 19 - Gent, 22 March 2018 - Mieke De Roo (OCMW Gent), NL only, short
# ---------------------------------------------------------------------------
def report_19():
    d = new_doc("Calibri", 11)
    bold(d, "Verslag uitwisseling OCMW's – Rapport échange entre CPAS", 13)
    para(d, "22 maart 2018 – 22 mars 2018")
    para(d, "Wijkcentrum De Centrale, Kraankindersstraat 2, 9000 Gent")
    para(d, ("Aanwezig: ", "b"),
         "Lisa Asselman (POD MI), Mieke De Roo, Johan Maekelberg, Ibrahim Laaroussi (OCMW Gent), "
         "Ibrahim Aguelmin (OCMW Luik), Ozlem Baslari (OCMW Charleroi), Youssef Bakkali (OCMW Mortsel), "
         "Agnès Dubus (OCMW Brussel)")
    para(d, ("Afwezig met kennisgeving: ", "b"), "Nauar Elfargani (OCMW Antwerpen), Claudine Gbambili (OCMW Luik)")

    bold(d, "Inleiding")
    para(d, "Korte bijeenkomst in De Centrale, waar de groepsateliers van het Gentse project doorgaan. Op het "
            "programma:")
    bullets(d, [
        "voorstelling van de nieuwe werking rond taalactivering",
        "stand van zaken",
        "afspraken over de tevredenheidsenquête",
    ])

    bold(d, "Taalactivering in Gent")
    para(d, "Ibrahim Laaroussi toont hoe de taalactivering nu in kleine groepen van zes deelnemers verloopt, "
            "gekoppeld aan een concrete situatie (de apotheek, het loket van De Lijn, een oudercontact). "
            "Deelnemers oefenen in rollenspelen en gaan daarna samen ter plaatse. Youssef Bakkali vindt de "
            "oefeningen ook bruikbaar voor Mortsel.")

    bold(d, "Stand van zaken")
    para(d, "Luik en Charleroi: geen bijzondere problemen; de modules lopen tot juni. Brussel start een tweede "
            "groep. Mortsel heeft nu tien deelnemers.")

    bold(d, "Tevredenheidsenquête")
    para(d, "De nieuwe versie met smileys is beter, maar nog te lang (22 vragen). Iedereen is het eens om het "
            "aantal vragen te beperken tot tien.")

    bold(d, "Afspraken")
    para(d, "→ Mieke: doorsturen van de presentatie naar iedereen")
    para(d, "→ Ibrahim L. + Youssef: oefenmateriaal taalactivering bundelen")
    para(d, "→ POD MI: nieuwe versie enquête (max. 10 vragen) tegen eind april")
    para(d, "→ OCMW Luik: Arabische vertaling van de enquête nakijken")
    para(d, ("Volgende bijeenkomst: ", "b"), "datum nog te bepalen (juni?)")
    save(d, "19_gent-2018-03.docx")


# ---------------------------------------------------------------------------
# 20 - Mortsel, 11 October 2018 - Sofie Verhaegen (OCMW Antwerpen), NL/FR, table
# ---------------------------------------------------------------------------
def report_20():
    d = new_doc("Calibri", 10)
    banner(d, "nl")
    title(d, "Verslag bijeenkomst OCMW's – Rapport rencontre CPAS", 13)
    para(d, ("11 oktober 2018 – 11 octobre 2018", "b"), align=CENTER)
    para(d, "OCMW Mortsel, Mechelsesteenweg 30, 2640 Mortsel", align=CENTER)
    para(d, ("Aanwezig – Présents :", "b"))
    bullets(d, [
        "Lisa Asselman – POD MI",
        "Youssef Bakkali – OCMW Mortsel",
        "Kaat Janssens – OCMW Edegem",
        "Wim Peeters – OCMW Schoten",
        "Nauar Elfargani – OCMW Antwerpen",
        "Sofie Verhaegen – OCMW Antwerpen",
        "Johan Maekelberg – OCMW Gent",
        "Ibrahim Aguelmin – CPAS Liège",
        "Silvia Soares – CPAS Liège",
        "Marc Delvaux – CPAS Charleroi",
        "Karim Benali – CPAS Binche",
    ])
    para(d, ("Verontschuldigd – Excusés : ", "b"),
         "Agnès Dubus – CPAS Bruxelles; Nadia El Amrani – CPAS Bruxelles; Ozlem Baslari – CPAS Charleroi")
    d.add_heading("Agenda – Ordre du jour", level=2)
    bullets(d, [
        "10u: Onthaal en voorstelling van OCMW Mortsel / Accueil et présentation du CPAS de Mortsel",
        "10u30: Stand van zaken per OCMW / État des lieux par CPAS",
        "11u45: Het oriëntatiegesprek / Le bilan d'orientation",
        "13u30: Bezoek aan de werkplaats / Visite de l'atelier",
    ])

    d.add_heading("1) Onthaal / Accueil", level=1)
    para(d, "Youssef Bakkali verwelkomt het netwerk in Mortsel. Het is de eerste keer dat een partnergemeente "
            "de bijeenkomst organiseert. Mortsel werkt binnen het Antwerpse AMIF-project met een eigen groep "
            "van tien tot twaalf deelnemers.")
    para(d, ("Youssef Bakkali accueille le réseau à Mortsel. C'est la première fois qu'une commune partenaire "
             "organise la rencontre. Dans le projet FAMI d'Anvers, Mortsel travaille avec son propre groupe de "
             "dix à douze participants.", "i"))

    d.add_heading("2) Stand van zaken / État des lieux", level=1)
    para(d, "Elk OCMW gaf vooraf enkele cijfers door. Overzicht (situatie op 1 oktober 2018):")
    para(d, ("Chaque CPAS a transmis quelques chiffres à l'avance. Aperçu (situation au 1er octobre 2018) :", "i"))
    table(d, [
        ["OCMW / CPAS", "Lopende trajecten / Trajets en cours", "Opmerkingen / Remarques"],
        ["Antwerpen / Anvers", "46", "wachtlijst van 15 personen / liste d'attente de 15 personnes"],
        ["Schoten", "8", "groep in het dienstencentrum / groupe au centre de services"],
        ["Edegem", "5", "deelnemers volgen de modules in Antwerpen / participants aux modules à Anvers"],
        ["Mortsel", "11", "eigen groep sinds april 2017 / groupe propre depuis avril 2017"],
        ["Gent / Gand", "52", "nieuwe werking taalactivering / nouvelle activation linguistique"],
        ["Luik / Liège", "63", "vier modules / quatre modules"],
        ["Charleroi", "38", "module 3 loopt / module 3 en cours"],
        ["Binche", "9", "samen met Charleroi / avec Charleroi"],
        ["Brussel / Bruxelles", "–", "cijfers volgen / chiffres à suivre"],
    ], widths=[3.5, 4, 8.5])
    d.add_heading("2.1 Antwerpen en partnergemeenten / Anvers et communes partenaires", level=2)
    para(d, "Nauar Elfargani meldt dat de wachtlijst in Antwerpen groeit. Wim Peeters en Kaat Janssens "
            "merken dat de verplaatsing naar Antwerpen voor deelnemers uit Schoten en Edegem nog altijd een "
            "drempel is. Het vervoersbewijs helpt, maar niet voor moeders met jonge kinderen.")
    para(d, ("Nauar Elfargani signale que la liste d'attente s'allonge à Anvers. Wim Peeters et Kaat Janssens "
             "constatent que le déplacement vers Anvers reste un obstacle pour les participants de Schoten et "
             "d'Edegem, surtout pour les mères de jeunes enfants.", "i"))
    d.add_heading("2.2 Gent, Luik, Charleroi / Gand, Liège, Charleroi", level=2)
    para(d, "Johan Maekelberg: de nieuwe werking rond taalactivering slaat aan. Ibrahim Aguelmin en Silvia "
            "Soares: Luik werkt verder met vier modules, de aanwezigheidsgraad ligt rond 80 %. Marc Delvaux en "
            "Karim Benali: Charleroi en Binche stemmen hun kalender beter op elkaar af.")
    para(d, ("Johan Maekelberg : la nouvelle activation linguistique fonctionne bien. Ibrahim Aguelmin et Silvia "
             "Soares : Liège continue avec quatre modules, le taux de présence tourne autour de 80 %. Marc "
             "Delvaux et Karim Benali : Charleroi et Binche accordent mieux leurs calendriers.", "i"))

    d.add_heading("3) Het oriëntatiegesprek / Le bilan d'orientation", level=1)
    para(d, "Ibrahim Aguelmin licht de oriëntatiebalans van Luik toe: na de doorverwijzing door de "
            "maatschappelijk werker volgt een individueel gesprek over het parcours, de doelen, de motivatie en "
            "de obstakels van de cliënt. Op basis daarvan stelt het team de modules voor die passen. Er worden "
            "drie contracten getekend: met de maatschappelijk werker, met de intakemedewerker en met de "
            "verantwoordelijke van elke module.")
    para(d, ("Ibrahim Aguelmin présente le bilan d'orientation de Liège : après l'orientation par l'AS, un "
             "entretien individuel porte sur le parcours, les objectifs, la motivation et les obstacles du "
             "client. L'équipe propose ensuite les modules qui conviennent. Trois contrats sont signés : avec "
             "l'AS, avec la personne chargée de l'admission et avec le responsable de chaque module.", "i"))

    d.add_heading("4) Bezoek aan de werkplaats / Visite de l'atelier", level=1)
    para(d, "In de namiddag bezoeken we de werkplaats waar deelnemers uit Mortsel meubels herstellen. "
            "Deelnemers vertellen zelf over hun traject.")
    para(d, ("L'après-midi, nous visitons l'atelier où des participants de Mortsel réparent des meubles. "
             "Des participants racontent eux-mêmes leur trajet.", "i"))

    d.add_heading("5) Actiepunten / Points d'action", level=1)
    bullets(d, [
        "De fiche van het oriëntatiegesprek wordt doorgestuurd door Ibrahim Aguelmin. / La fiche du bilan "
        "d'orientation sera envoyée par Ibrahim Aguelmin.",
        "Kaat en Youssef stellen samen een folder op voor de maatschappelijk werkers. / Kaat et Youssef rédigent "
        "ensemble un dépliant pour les AS.",
        "Het POD MI zal de cijfers van alle OCMW's bundelen in één overzicht. / Le SPP IS rassemblera les "
        "chiffres de tous les CPAS dans un seul aperçu.",
        "OCMW Brussel bezorgt zijn cijfers nog aan Lisa. / Le CPAS de Bruxelles transmet encore ses chiffres "
        "à Lisa.",
    ])
    d.add_heading("6) Volgende bijeenkomst / Prochaine réunion", level=1)
    para(d, "Voorjaar 2019, in Luik.")
    para(d, ("Printemps 2019, à Liège.", "i"))
    italic(d, "Dit verslag is nog aan te vullen met de cijfers van OCMW Brussel. / Ce rapport doit encore être "
              "complété avec les chiffres du CPAS de Bruxelles.")
    save(d, "20_mortsel-2018-10.docx")


# ---------------------------------------------------------------------------
# 21 - Bruxelles, 28 November 2019 - Nadia El Amrani (CPAS Bruxelles), FR only
# ---------------------------------------------------------------------------
def report_21():
    d = new_doc("Calibri", 11)
    banner(d, "fr")
    title(d, "Rapport rencontre CPAS – Verslag bijeenkomst OCMW's")
    para(d, "Jeudi 28 novembre 2019 – donderdag 28 november 2019", align=CENTER)
    para(d, "CPAS de Bruxelles, rue Haute 298a, 1000 Bruxelles – salle Bara", align=CENTER)
    para(d, ("Présents :", "b"))
    bullets(d, [
        "Lisa Asselman (SPP IS)",
        "Pieter Van den Bossche (SPP IS – POD MI)",
        "Agnès Dubus (CPAS Bruxelles)",
        "Nadia El Amrani (CPAS Bruxelles)",
        "Johan Maekelberg (CPAS Gand)",
        "Elif Yildiz (CPAS Gand)",
        "Ibrahim Aguelmin (CPAS de Liège)",
        "Claudine Gbambili (CPAS de Liège)",
        "Ozlem Baslari (CPAS Charleroi)",
        "Karim Benali (CPAS Binche)",
        "Sofie Verhaegen (CPAS Anvers)",
        "Sarah Mbuyi (Fedasil)",
    ])
    para(d, ("Excusés : ", "b"), "Nauar Elfargani (CPAS Anvers), Mieke De Roo (CPAS Gand), Silvia Soares (CPAS de Liège)")
    para(d, ("Ordre du jour", "b"))
    bullets(d, [
        "Accueil et passage de témoin au SPP",
        "Fin de la programmation FAMI 2014-2020 : prolongation des projets",
        "Évaluation des participants : pratiques des CPAS",
        "L'enquête de satisfaction illustrée",
        "Divers",
    ])

    d.add_heading("1. Accueil et passage de témoin", level=1)
    para(d, "Agnès Dubus accueille le réseau au CPAS de Bruxelles. Lisa Asselman annonce qu'elle quitte la "
            "coordination du réseau à la fin de l'année ; Pieter Van den Bossche reprend le suivi des projets "
            "FAMI au SPP. Les CPAS remercient Lisa pour ces années de travail et pour l'esprit d'échange qu'elle "
            "a su installer. Lisa transmettra à Pieter l'ensemble des contacts et des documents du réseau avant "
            "la fin de l'année.")

    d.add_heading("2. Fin de la programmation FAMI 2014-2020", level=1)
    para(d, "Pieter explique que la programmation 2014-2020 touche à sa fin. Les projets en cours peuvent être "
            "prolongés jusqu'à fin 2021, moyennant un avenant à la convention. Les conditions de financement "
            "restent les mêmes (pour Liège : 75 % FAMI pour les frais de personnel, 15 % SPP, 10 % CPAS). Les "
            "CPAS demandent une réponse rapide, car les contrats du personnel doivent être prolongés à temps. "
            "Le SPP enverra aux CPAS le modèle d'avenant à la convention dès qu'il sera validé.")
    para(d, "Ozlem Baslari rappelle que les procédures administratives sont de plus en plus longues, ce qui a "
            "déjà retardé le recrutement des participants pour le module de septembre.")

    d.add_heading("3. Évaluation des participants", level=1)
    para(d, "Chaque CPAS présente sa manière d'évaluer l'évolution des participants.")
    d.add_heading("3.1 Gand", level=2)
    para(d, "Elif Yildiz explique que l'équipe discute de chaque participant tous les mois, sur la base des "
            "objectifs fixés lors de l'intake. Le participant reçoit un retour lors de l'entretien individuel.")
    d.add_heading("3.2 Liège", level=2)
    para(d, "Claudine Gbambili présente la grille d'évaluation liée aux trois contrats : taux de présence, "
            "ponctualité, progrès par rapport aux objectifs du bilan d'orientation. Claudine va envoyer la grille "
            "d'évaluation de Liège à Elif et à Sofie.")
    d.add_heading("3.3 Charleroi et Binche", level=2)
    para(d, "À Charleroi, le coaching collectif se termine par une auto-évaluation en groupe. Karim Benali "
            "ajoute qu'à Binche, l'évaluation se fait surtout de manière informelle, vu la petite taille du "
            "groupe.")
    d.add_heading("3.4 Anvers", level=2)
    para(d, "Sofie Verhaegen indique qu'Anvers utilise un « plan de trajet » que le participant signe au début "
            "et relit à la fin avec son coach.")
    d.add_heading("3.5 Bruxelles", level=2)
    para(d, "Nadia El Amrani explique que l'évaluation se fait dans la langue choisie par le participant, avec "
            "l'aide d'un médiateur interculturel si nécessaire.")

    d.add_heading("4. L'enquête de satisfaction illustrée", level=1)
    para(d, "La version illustrée de l'enquête (dix questions, échelle de smileys) est globalement appréciée. "
            "Certains pictogrammes restent ambigus, par exemple celui de la « confiance en soi ». Le CPAS de "
            "Bruxelles testera la version illustrée avec deux groupes en janvier.")

    d.add_heading("5. Divers et prochaine réunion", level=1)
    para(d, "Sarah Mbuyi (Fedasil) présente brièvement le parcours des personnes qui quittent un centre "
            "d'accueil et s'installent dans une commune. Les CPAS souhaitent mieux connaître ce passage. Une "
            "visite commune d'un centre Fedasil sera organisée ; qui s'en charge reste à déterminer.")
    para(d, "La prochaine réunion aura lieu en mars 2020, à Gand.")
    save(d, "21_bruxelles-2019-11.docx")


# ---------------------------------------------------------------------------
# 22 - online (Teams), 23 April 2020 - Pieter Van den Bossche (POD MI), NL/FR,
#      met simultaanvertaling, agenda lines in the introduction
# ---------------------------------------------------------------------------
def report_22():
    d = new_doc("Calibri", 11)
    banner(d, "nl")
    title(d, "Verslag bijeenkomst OCMW's – Rapport rencontre CPAS")
    para(d, ("23 april 2020 – 23 avril 2020", "b"), align=CENTER)
    para(d, "Online (Microsoft Teams)", align=CENTER)
    para(d, ("Aanwezig / Présents : ", "b"),
         "Pieter Van den Bossche (POD MI), Elif Yildiz (OCMW Gent), Johan Maekelberg (OCMW Gent), "
         "Claudine Gbambili (CPAS Luik), Ibrahim Aguelmin (CPAS Luik), Ozlem Baslari (CPAS Charleroi), "
         "Véronique Lambot (CPAS Binche), Sofie Verhaegen (OCMW Antwerpen), Wim Peeters (OCMW Schoten), "
         "Nadia El Amrani (OCMW Brussel)")
    para(d, ("Verontschuldigd / Excusés : ", "b"),
         "Agnès Dubus (CPAS Bruxelles), Kaat Janssens (OCMW Edegem), Youssef Bakkali (OCMW Mortsel)")

    d.add_heading("1. Inleiding / Introduction", level=1)
    para(d, "Door de coronamaatregelen kon de geplande bijeenkomst in Gent niet doorgaan. De vergadering vond "
            "online plaats via Teams, met simultaanvertaling Nederlands-Frans. Pieter overloopt de agenda:")
    para(d, ("En raison des mesures sanitaires, la rencontre prévue à Gand n'a pas pu avoir lieu. La réunion "
             "s'est tenue en ligne via Teams, avec interprétation simultanée néerlandais-français. Pieter "
             "présente l'ordre du jour :", "i"))
    para(d, "10u00 – 10u15 : Welkom en technische afspraken / Bienvenue et consignes techniques")
    para(d, "10u15 – 11u15 : Hoe lopen de projecten tijdens de lockdown? / Les projets pendant le confinement")
    para(d, "11u15 – 11u45 : Groepsactiviteiten en veiligheidsregels / Activités collectives et règles sanitaires")
    para(d, "11u45 – 12u00 : Varia / Divers")
    para(d, "Afspraak: micro uit wanneer je niet spreekt, vragen in de chat. De tolken hebben de presentaties "
            "vooraf ontvangen.")
    para(d, ("Consigne : micro coupé quand on ne parle pas, questions dans le chat. Les interprètes ont reçu "
             "les présentations à l'avance.", "i"))

    d.add_heading("2. De projecten tijdens de lockdown / Les projets pendant le confinement", level=1)
    para(d, "Sinds half maart zijn alle groepsactiviteiten stilgelegd. De OCMW's houden telefonisch contact "
            "met de deelnemers, meestal één keer per week. Gent gebruikt WhatsApp-groepen per module; de "
            "intercultureel bemiddelaars sturen korte spraakberichten in de eigen taal van de deelnemers. Elif "
            "stuurt de Gentse handleiding voor videobellen door naar alle OCMW's.")
    para(d, ("Depuis la mi-mars, toutes les activités collectives sont suspendues. Les CPAS gardent le contact "
             "par téléphone, en général une fois par semaine. Gand utilise des groupes WhatsApp par module ; les "
             "médiateurs interculturels envoient de courts messages vocaux dans la langue des participants. "
             "Elif envoie le guide gantois pour les appels vidéo à tous les CPAS.", "i"))
    para(d, "Veel deelnemers hebben geen computer en een beperkt databundel. Sofie Verhaegen vertelt dat "
            "Antwerpen samenwerkt met een vzw die gratis simkaarten verdeelt. OCMW Antwerpen zal een lijst van "
            "die initiatieven delen met de andere OCMW's.")
    para(d, ("Beaucoup de participants n'ont pas d'ordinateur et peu de données mobiles. Sofie Verhaegen "
             "explique qu'Anvers collabore avec une asbl qui distribue des cartes SIM gratuites. Le CPAS "
             "d'Anvers partagera une liste de ces initiatives avec les autres CPAS.", "i"))
    para(d, "In Luik en Charleroi lopen de individuele gesprekken telefonisch verder. Véronique Lambot meldt "
            "dat in Binche enkele deelnemers afhaken omdat ze thuis de kinderen moeten begeleiden.")
    para(d, ("À Liège et à Charleroi, les entretiens individuels continuent par téléphone. Véronique Lambot "
             "signale qu'à Binche, quelques participants décrochent parce qu'ils doivent s'occuper des enfants "
             "à la maison.", "i"))

    d.add_heading("3. Groepsactiviteiten en veiligheidsregels / Activités collectives et règles sanitaires",
                  level=1)
    para(d, "Wanneer de groepen opnieuw mogen starten, volgt elk OCMW de regels van zijn eigen stad. Voorlopig: "
            "Charleroi en Luik plannen groepjes van 3 deelnemers + 1 begeleider; Gent gaat uit van 4 + 1. "
            "Antwerpen wacht op de richtlijnen van de stad. De vraag is of tablets voor deelnemers als kosten "
            "ingebracht kunnen worden. Het POD MI bevraagt de verantwoordelijke autoriteit over de "
            "subsidiabiliteit van tablets en zal het antwoord aan iedereen bezorgen.")
    para(d, ("Quand les groupes pourront reprendre, chaque CPAS suivra les règles de sa ville. Pour l'instant : "
             "Charleroi et Liège prévoient des groupes de 3 participants + 1 formateur ; Gand part sur 4 + 1. "
             "Anvers attend les directives de la ville. Le SPP IS interroge l'autorité responsable sur "
             "l'éligibilité des tablettes et transmettra la réponse à tous.", "i"))
    para(d, "Claudine en Ozlem werken samen een protocol uit voor de heropstart van de groepen, dat de andere "
            "OCMW's kunnen overnemen.")
    para(d, ("Claudine et Ozlem élaborent ensemble un protocole pour la reprise des groupes, que les autres "
             "CPAS pourront reprendre.", "i"))

    d.add_heading("4. Varia / Divers", level=1)
    para(d, "Het format online met tolken werkt goed; de OCMW's vragen wel om kortere vergaderingen. De "
            "volgende bijeenkomst is voorzien in september, wellicht opnieuw online.")
    para(d, ("Le format en ligne avec interprètes fonctionne bien ; les CPAS demandent toutefois des réunions "
             "plus courtes. La prochaine réunion est prévue en septembre, sans doute à nouveau en ligne.", "i"))
    save(d, "22_online-2020-04.docx")


# ---------------------------------------------------------------------------
# 23 - online (Zoom), 8 October 2020 - Nadia El Amrani, FR first, FR/NL, tolken,
#      present list as a table, Roman headings, colon sub-headings
# ---------------------------------------------------------------------------
def report_23():
    d = new_doc("Arial", 10)
    banner(d, "fr")
    title(d, "Rapport rencontre CPAS – Verslag bijeenkomst OCMW's", 13)
    para(d, ("8 octobre 2020 – 8 oktober 2020", "b"), align=CENTER)
    para(d, "Zoom", align=CENTER)
    para(d, ("Présents / Aanwezig", "b"))
    table(d, [
        ["Nom / Naam", "Organisation / Organisatie"],
        ["Pieter Van den Bossche", "SPP IS – POD MI"],
        ["Nathalie Lemaire", "SPP IS"],
        ["Nadia El Amrani", "CPAS Bruxelles"],
        ["Agnès Dubus", "CPAS Bruxelles"],
        ["Elif Yildiz", "OCMW Gent"],
        ["Ibrahim Laaroussi", "OCMW Gent"],
        ["Aminata Diallo", "CPAS de Liège"],
        ["Claudine Gbambili", "CPAS de Liège"],
        ["Ozlem Baslari", "CPAS Charleroi"],
        ["Marc Delvaux", "CPAS Charleroi"],
        ["Sofie Verhaegen", "OCMW Antwerpen"],
        ["Youssef Bakkali", "OCMW Mortsel"],
    ], widths=[6, 8])
    para(d, ("Excusés / Verontschuldigd : ", "b"),
         "Ibrahim Aguelmin (CPAS Liège) ; Véronique Lambot (CPAS Binche) ; Kaat Janssens (OCMW Edegem)")
    para(d, ("Ordre du jour / Agenda", "b"))
    bullets(d, [
        "14h00–14h15 : Accueil / Onthaal",
        "14h15–15h00 : La reprise des activités collectives / De heropstart van de groepsactiviteiten",
        "15h00–15h45 : Retour sur l'accompagnement à distance / Terugblik op de begeleiding op afstand",
        "15h45–16h00 : Actions et prochaine réunion / Actiepunten en volgende bijeenkomst",
    ])

    d.add_heading("I – Accueil / Onthaal", level=1)
    para(d, "La réunion s'est déroulée sur Zoom ; des interprètes assuraient la traduction simultanée. Pieter "
            "Van den Bossche présente Nathalie Lemaire, qui rejoint l'équipe FAMI du SPP, et Aminata Diallo, "
            "nouvelle coordinatrice du projet Mod' Actions à Liège.")
    para(d, ("De vergadering verliep via Zoom; tolken waren aanwezig. Pieter Van den Bossche stelt Nathalie "
             "Lemaire voor, die het AMIF-team van het POD versterkt, en Aminata Diallo, nieuwe coördinator van "
             "Mod' Actions in Luik.", "i"))

    d.add_heading("II – La reprise des activités collectives / De heropstart van de groepsactiviteiten", level=1)
    para(d, "Depuis septembre, les groupes ont repris partout, avec des règles différentes selon les CPAS. À "
            "Liège, les groupes sont passés de 3 + 1 à 6 + 1 dans la grande salle de la ferme. Charleroi garde "
            "3 + 1 pour les ateliers informatiques et 5 + 1 pour les séances d'information. Gand travaille en "
            "4 + 1, Anvers et Mortsel en 5 + 1. À Bruxelles, les sorties socioculturelles restent suspendues.")
    para(d, ("Sinds september zijn de groepen overal herstart, met verschillende regels per OCMW. In Luik gingen "
             "de groepen van 3 + 1 naar 6 + 1 in de grote zaal van de boerderij. Charleroi houdt 3 + 1 aan voor "
             "de computerateliers en 5 + 1 voor de infosessies. Gent werkt met 4 + 1, Antwerpen en Mortsel met "
             "5 + 1. In Brussel blijven de socio-culturele uitstappen geschrapt.", "i"))
    para(d, "Les plus petits groupes demandent plus de séances et donc plus de personnel ; les animateurs "
            "répètent le même atelier deux ou trois fois par semaine.")
    para(d, ("Kleinere groepen vragen meer sessies en dus meer personeel; de begeleiders geven hetzelfde atelier "
             "twee of drie keer per week.", "i"))

    d.add_heading("III – Retour sur l'accompagnement à distance / Terugblik op de begeleiding op afstand", level=1)
    para(d, "Chaque CPAS a partagé ce qu'il retient de six mois d'accompagnement à distance.")
    para(d, ("Elk OCMW deelde wat het onthoudt van zes maanden begeleiding op afstand.", "i"))
    para(d, ("Points forts / Sterke punten :", "b"))
    bullets(d, [
        "le contact téléphonique hebdomadaire a maintenu le lien avec presque tous les participants / het "
        "wekelijkse telefonische contact hield de band met bijna alle deelnemers in stand",
        "les messages vocaux dans la langue des participants (Gand) / spraakberichten in de taal van de "
        "deelnemers (Gent)",
        "certains participants ont appris à utiliser WhatsApp et Zoom / sommige deelnemers leerden WhatsApp en "
        "Zoom gebruiken",
    ])
    para(d, ("Points à améliorer / Werkpunten :", "b"))
    bullets(d, [
        "la fracture numérique : pas d'ordinateur, pas de wifi / de digitale kloof: geen computer, geen wifi",
        "les participants analphabètes décrochent plus vite / laaggeletterde deelnemers haken sneller af",
        "la charge pour les équipes, joignables à toute heure / de belasting voor de teams, die op elk uur "
        "bereikbaar zijn",
    ])

    d.add_heading("IV – Actions / Actiepunten", level=1)
    bullets(d, [
        "Aminata Diallo enverra le planning des groupes de Liège (6 + 1) à Pieter. / Aminata Diallo stuurt de "
        "planning van de Luikse groepen naar Pieter.",
        "Les messages vocaux multilingues seront partagés par Ibrahim Laaroussi et Elif Yildiz. / De meertalige "
        "spraakberichten worden gedeeld door Ibrahim Laaroussi en Elif Yildiz.",
        "Le SPP va demander un délai supplémentaire pour le rapport annuel. / Het POD MI vraagt extra tijd voor "
        "het jaarverslag.",
        "Le CPAS de Mortsel prête deux tablettes au CPAS de Binche. / OCMW Mortsel leent twee tablets uit aan "
        "OCMW Binche.",
        "Une formation aux outils numériques pour les formateurs sera organisée ; organisateur à déterminer. / "
        "Een vorming digitale tools voor de begeleiders; organisator nog te bepalen.",
    ])

    d.add_heading("V – Prochaine réunion / Volgende bijeenkomst", level=1)
    para(d, "Prochaine réunion : 4 février 2021, en ligne. / Volgende bijeenkomst: 4 februari 2021, online.")
    save(d, "23_zoom-2020-10.docx")


# ---------------------------------------------------------------------------
# 24 - online (Teams), 18 March 2021 - Pieter Van den Bossche, Flemish OCMWs,
#      NL only, agenda lines in introduction, arrow actions, remark at the end
# ---------------------------------------------------------------------------
def report_24():
    d = new_doc("Calibri", 11)
    title(d, "Verslag overleg Vlaamse OCMW's – Rapport concertation CPAS flamands", 13)
    para(d, "18 maart 2021 – 18 mars 2021", align=CENTER)
    para(d, ("Aanwezig: ", "b"),
         "Pieter Van den Bossche (POD MI); Elif Yildiz (OCMW Gent); Ibrahim Laaroussi (OCMW Gent); "
         "Nauar Elfargani (OCMW Antwerpen); Sofie Verhaegen (OCMW Antwerpen); Wim Peeters (OCMW Schoten); "
         "Kaat Janssens (OCMW Edegem); Youssef Bakkali (OCMW Mortsel); Stijn Dewulf (OCMW Brussel);")
    para(d, ("Verontschuldigd: ", "b"), "Johan Maekelberg (OCMW Gent)")

    d.add_heading("1. Inleiding", level=1)
    para(d, "We vergaderden online via Teams; omdat alleen Nederlandstalige collega's deelnamen, was er geen "
            "vertaling nodig. Dit overleg vult de netwerkbijeenkomsten aan met onderwerpen die vooral in "
            "Vlaanderen en Brussel spelen. Agenda:")
    para(d, "13u30 – 13u45 : Welkom")
    para(d, "13u45 – 14u45 : Uitwisseling per OCMW: één jaar corona")
    para(d, "14u45 – 15u15 : Afstemming met het Agentschap Integratie en Inburgering")
    para(d, "15u15 – 15u30 : Afspraken")

    d.add_heading("2. Uitwisseling per OCMW: één jaar corona", level=1)
    para(d, "Gent (Elif, Ibrahim): de groepen draaien in 4 + 1. Sommige deelnemers komen liever niet naar de "
            "groep uit angst voor besmetting; zij krijgen een individuele begeleiding aan huis of via video. "
            "De intercultureel bemiddelaars helpen veel bij het uitleggen van de coronaregels.")
    para(d, "Antwerpen (Nauar, Sofie): de wachtlijst is gekrompen, omdat de maatschappelijk werkers minder "
            "nieuwe cliënten zien. De intakegesprekken lopen gedeeltelijk telefonisch.")
    para(d, "Schoten (Wim): buitenactiviteiten werken goed: wandelingen met een taalopdracht, samen tuinieren "
            "in de volkstuin. Edegem (Kaat): twee deelnemers zijn doorgestroomd naar een opleiding. Mortsel "
            "(Youssef): de werkplaats is weer open in kleine groepen.")
    para(d, "Brussel (Stijn): de Nederlandstalige groep telt nu negen deelnemers; de Franstalige groep is "
            "groter. Digitale oefeningen worden erg op prijs gesteld.")

    d.add_heading("3. Afstemming met het Agentschap Integratie en Inburgering", level=1)
    para(d, "Veel deelnemers volgen ook een inburgeringstraject. De OCMW's willen vermijden dat deelnemers "
            "dubbel informatie krijgen over dezelfde thema's (huisvesting, onderwijs, gezondheidszorg). Een "
            "gezamenlijke infosessie met het Agentschap kan helpen om de rollen duidelijk te maken.")

    d.add_heading("4. Actiepunten", level=1)
    para(d, "→ Nauar: contact opnemen met het Agentschap voor een gezamenlijke infosessie")
    para(d, "→ Elif en Stijn: voorbeelden van digitale oefeningen verzamelen en delen")
    para(d, "→ POD MI: de vraag over verlenging tot eind 2022 voorleggen aan de beheersautoriteit")
    para(d, "→ OCMW Schoten: ervaring met buitenactiviteiten voorstellen op de volgende netwerkbijeenkomst")
    para(d, "→ Nog te bepalen: organisatie van het Vlaamse overleg in het najaar")

    d.add_heading("5. Volgende overleg", level=1)
    para(d, "In het najaar, datum volgt.")
    italic(d, "Opmerking: dit verslag is nog aan te vullen met de cijfers van Edegem en Mortsel.")
    save(d, "24_vlaamse-ocmws-2021-03.docx")


# ---------------------------------------------------------------------------
# 25 - online (Teams), 9 December 2021 - Pieter Van den Bossche, NL/FR, tolken,
#      agenda as a table, sub-sections 2.1/4.1, actions only in the text
# ---------------------------------------------------------------------------
def report_25():
    d = new_doc("Calibri", 11)
    banner(d, "nl")
    title(d, "Verslag bijeenkomst OCMW's – Rapport rencontre CPAS")
    para(d, ("9 december 2021 – 9 décembre 2021", "b"), align=CENTER)
    para(d, ("Aanwezig – Présents: ", "b"),
         "Pieter Van den Bossche (POD MI), Hanne Claeys (POD MI), Nathalie Lemaire (SPP IS), Elif Yildiz "
         "(OCMW Gent), Tom Van Damme (OCMW Gent), Aminata Diallo (CPAS Liège), Silvia Soares (CPAS Liège), "
         "Ozlem Baslari (CPAS Charleroi), Karim Benali (CPAS Binche), Nauar Elfargani (OCMW Antwerpen), "
         "Kaat Janssens (OCMW Edegem), Nadia El Amrani (CPAS Bruxelles), Stijn Dewulf (OCMW Brussel)")
    para(d, ("Verontschuldigd – Excusés: ", "b"),
         "Sofie Verhaegen (OCMW Antwerpen), Wim Peeters (OCMW Schoten), Marc Delvaux (CPAS Charleroi)")
    d.add_heading("Agenda / Ordre du jour", level=2)
    table(d, [
        ["Van", "Tot", "Punt / Point"],
        ["09:30", "09:45", "Welkom / Accueil"],
        ["09:45", "10:45", "Het nieuwe AMIF-programma 2021-2027 en de indicatoren / Le nouveau programme FAMI "
                           "2021-2027 et les indicateurs"],
        ["10:45", "11:00", "Pauze / Pause"],
        ["11:00", "12:00", "Stand van zaken per OCMW / État des lieux par CPAS"],
        ["12:00", "12:30", "Bewaring van documenten en privacy / Conservation des documents et vie privée"],
    ], widths=[2, 2, 12])

    d.add_heading("1. Welkom / Accueil", level=1)
    para(d, "De bijeenkomst vond online plaats via Teams. Er waren tolken aanwezig voor de simultaanvertaling "
            "Nederlands-Frans. Pieter stelt Hanne Claeys voor, die vanaf januari de coördinatie van het netwerk "
            "overneemt, en Tom Van Damme, nieuwe collega in het Gentse team.")
    para(d, ("La rencontre a eu lieu en ligne via Teams, avec des interprètes pour la traduction simultanée. "
             "Pieter présente Hanne Claeys, qui reprend la coordination du réseau à partir de janvier, et Tom Van "
             "Damme, nouveau collègue dans l'équipe de Gand.", "i"))

    d.add_heading("2. Het nieuwe AMIF-programma 2021-2027 / Le nouveau programme FAMI 2021-2027", level=1)
    d.add_heading("2.1 Gemeenschappelijke indicatoren / Indicateurs communs", level=2)
    para(d, "Verordening (EU) 2021/1147 legt gemeenschappelijke output- en resultaatindicatoren op. Voor de "
            "OCMW-projecten gaat het vooral om het aantal deelnemers aan ondersteunende activiteiten (taalles, "
            "maatschappelijke oriëntatie, persoonlijke begeleiding), het aantal deelnemers aan een taalcursus "
            "dat minstens één ERK-niveau stijgt, en het aantal deelnemers dat aangeeft dat de activiteit hun "
            "integratie geholpen heeft. De lidstaten rapporteren die cijfers elk jaar; het POD verzamelt ze bij "
            "de OCMW's. Hanne bezorgt de definities van de indicatoren in beide talen aan alle OCMW's.")
    para(d, ("Le règlement (UE) 2021/1147 impose des indicateurs communs de réalisation et de résultat. Pour les "
             "projets des CPAS, il s'agit surtout du nombre de participants aux activités de soutien (cours de "
             "langue, orientation civique, accompagnement personnel), du nombre de participants à un cours de "
             "langue qui gagnent au moins un niveau du CECR, et du nombre de participants qui déclarent que "
             "l'activité a aidé leur intégration. Les États membres rapportent ces chiffres chaque année ; le SPP "
             "les rassemble auprès des CPAS. Hanne transmet les définitions des indicateurs dans les deux langues "
             "à tous les CPAS.", "i"))
    d.add_heading("2.2 Timing / Calendrier", level=2)
    para(d, "De eerste rapportering over 2022 is voorzien in het voorjaar van 2023. Het POD MI zal begin januari "
            "een sjabloon voor de jaarlijkse rapportering rondsturen.")
    para(d, ("Le premier rapportage sur 2022 est prévu au printemps 2023. Le SPP enverra début janvier un modèle "
             "pour le rapportage annuel.", "i"))

    d.add_heading("3. Stand van zaken per OCMW / État des lieux par CPAS", level=1)
    para(d, "Alle OCMW's werken opnieuw met volledige groepen. Luik en Gent merken dat het meten van een "
            "ERK-niveau voor laaggeletterde deelnemers moeilijk is: de meeste taaltesten veronderstellen dat "
            "men kan lezen. Aminata en Elif bereiden samen een voorstel voor om het ERK-niveau op een "
            "haalbare manier te meten. Charleroi en Binche zien meer deelnemers die doorstromen naar "
            "socio-professionele inschakeling. Antwerpen en Edegem melden een grotere instroom van Oekraïense "
            "en Afghaanse nieuwkomers.")
    para(d, ("Tous les CPAS travaillent à nouveau avec des groupes complets. Liège et Gand constatent qu'il est "
             "difficile de mesurer un niveau CECR pour les participants peu alphabétisés. Aminata et Elif "
             "préparent ensemble une proposition pour mesurer le niveau CECR de manière réaliste. Charleroi et "
             "Binche voient plus de participants passer vers l'ISP. Anvers et Edegem signalent davantage de "
             "primo-arrivants afghans et ukrainiens.", "i"))

    d.add_heading("4. Bewaring van documenten en privacy / Conservation des documents et vie privée", level=1)
    d.add_heading("4.1 Bewaartermijn / Durée de conservation", level=2)
    para(d, "Documenten van een door de EU gefinancierde concrete actie moeten vijf jaar bewaard worden vanaf "
            "31 december van het jaar van de laatste betaling (Verordening (EU) 2021/1060, artikel 82). "
            "Persoonsgegevens mogen niet langer bewaard worden dan nodig (AVG, artikel 5, lid 1, e). OCMW Gent "
            "deelt zijn bewaarschema met de andere OCMW's.")
    para(d, ("Les documents d'une opération financée par l'UE doivent être conservés cinq ans à partir du 31 "
             "décembre de l'année du dernier paiement (règlement (UE) 2021/1060, article 82). Les données "
             "personnelles ne peuvent pas être conservées plus longtemps que nécessaire (RGPD, article 5, "
             "paragraphe 1, e). Le CPAS de Gand partage son schéma de conservation avec les autres CPAS.", "i"))
    d.add_heading("4.2 Inzagerecht / Droit d'accès", level=2)
    para(d, "Een deelnemer kan vragen om alle gegevens in te zien die over hem bewaard worden (AVG, artikel 15). "
            "Nadia El Amrani vertelt dat Brussel dit jaar twee zulke vragen kreeg. Een modelbrief voor "
            "inzageverzoeken wordt opgesteld; wie dat doet, is nog te bepalen.")
    para(d, ("Un participant peut demander à voir toutes les données conservées à son sujet (RGPD, article 15). "
             "Nadia El Amrani explique que Bruxelles a reçu deux demandes cette année. Une lettre type pour les "
             "demandes d'accès sera rédigée ; qui s'en charge reste à déterminer.", "i"))

    d.add_heading("5. Volgende bijeenkomst / Prochaine réunion", level=1)
    para(d, "De volgende bijeenkomst vindt plaats op 17 maart 2022, normaal in Luik.")
    para(d, ("La prochaine réunion aura lieu le 17 mars 2022, normalement à Liège.", "i"))
    save(d, "25_teams-2021-12.docx")


# ---------------------------------------------------------------------------
# 26 - Binche, 2 June 2022 - Hanne Claeys (SPP IS-MI), FR only, programme
#      with 'HHhMM–HHhMM : titre' lines, unnumbered headings, colon sub-headings
# ---------------------------------------------------------------------------
def report_26():
    d = new_doc("Calibri", 11)
    banner(d, "fr")
    title(d, "Rapport rencontre CPAS – Verslag bijeenkomst OCMW's")
    para(d, "2 juin 2022 – 2 juni 2022", align=CENTER)
    para(d, "CPAS de Binche, rue de la Régence 31, 7130 Binche", align=CENTER)
    para(d, ("Présents : ", "b"),
         "Hanne Claeys (SPP IS-MI), Nathalie Lemaire (SPP IS), Karim Benali (CPAS Binche), Véronique Lambot "
         "(CPAS Binche), Ozlem Baslari (CPAS Charleroi), Marc Delvaux (CPAS Charleroi), Aminata Diallo (CPAS "
         "Liège, Frederic Darras (CPAS Liège), Elif Yildiz (CPAS Gand), Nauar Elfargani (CPAS Anvers), Youssef "
         "Bakkali (CPAS Mortsel), Nadia El Amrani (CPAS Bruxelles)), Julie Hubert (Lire et Écrire "
         "Centre-Mons-Borinage)")
    para(d, ("Excusés : ", "b"), "Tom Van Damme (CPAS Gand) ; Stijn Dewulf (CPAS Bruxelles) ;")
    para(d, ("Programme", "bu"))
    para(d, "10h00–10h30 : Accueil et café")
    para(d, "10h30–11h30 : Le projet du CPAS de Binche")
    para(d, "11h30–12h30 : Tour de table")
    para(d, "13h30–15h00 : Atelier : le parcours du participant, de l'orientation à la fin du trajet")
    para(d, "15h00–15h30 : Conclusions")

    d.add_heading("Accueil", level=1)
    para(d, "Karim Benali et Véronique Lambot accueillent le réseau à Binche, pour la première rencontre en "
            "présentiel depuis février 2020. Hanne Claeys, qui coordonne le réseau depuis janvier, remercie le "
            "CPAS de Binche pour son accueil. La réunion se déroule en français ; les collègues néerlandophones "
            "ont accepté de se passer d'interprètes.")

    d.add_heading("Le projet du CPAS de Binche", level=1)
    para(d, "Binche travaille avec Charleroi depuis 2017. Le projet binchois accueille chaque année une "
            "quinzaine de participants, surtout des femmes avec enfants. Les AS connaissent bien leurs clients "
            "et les orientent directement. Le coaching individuel a lieu tous les quinze jours ; l'atelier "
            "collectif hebdomadaire alterne activités créatives, informatique et séances d'information sur la "
            "vie en Belgique. Julie Hubert (Lire et Écrire) explique comment les participants analphabètes "
            "sont orientés vers les cours d'alphabétisation.")

    d.add_heading("Tour de table", level=1)
    para(d, "Charleroi : le module 2021-2022 se termine avec 41 participants, dont 9 orientés vers l'ISP. "
            "Liège : Frederic Darras prépare une nouvelle exposition de l'atelier créatif. Gand : l'équipe est de "
            "nouveau au complet. Anvers et Mortsel : forte arrivée de personnes venues d'Ukraine, qui ne relèvent "
            "pas toutes du projet. Bruxelles : le projet teste une permanence d'accueil sans rendez-vous le "
            "mercredi matin.")

    d.add_heading("Atelier : le parcours du participant", level=1)
    para(d, "En trois groupes, les CPAS ont retracé le parcours d'un participant : orientation par l'AS, "
            "entretien d'admission, bilan d'orientation, contrats, modules, évaluation et fin du trajet.")
    d.add_heading("Points forts :", level=2)
    bullets(d, [
        "l'entretien d'admission centré sur les besoins du client ;",
        "l'inscription possible à tout moment ;",
        "l'esprit de groupe qui se crée à la fin d'un module.",
    ])
    d.add_heading("Points à améliorer :", level=2)
    bullets(d, [
        "l'enquête de satisfaction reste trop abstraite et n'existe qu'en deux langues ;",
        "la fin du trajet est mal préparée : les participants se sentent parfois « lâchés » ;",
        "le passage d'un CPAS à l'autre quand un participant déménage.",
    ])

    d.add_heading("Conclusions", level=1)
    para(d, "La rencontre en présentiel a été très appréciée. Les CPAS souhaitent alterner rencontres en ligne "
            "et en présentiel.")

    d.add_heading("Actions", level=1)
    bullets(d, [
        "Karim enverra la brochure du projet de Binche à tous les CPAS.",
        "Le CPAS de Charleroi va proposer une date pour la visite de l'atelier carton.",
        "Les résultats de l'atelier seront synthétisés par Hanne et Nathalie.",
        "Le SPP envoie le rapport annuel consolidé avant fin juin.",
        "Traduction de l'enquête de satisfaction en tigrinya et en pachto : à déterminer.",
    ])

    d.add_heading("Prochaine réunion", level=1)
    para(d, "En octobre, à Anvers (date à fixer).")
    save(d, "26_binche-2022-06.docx")


# ---------------------------------------------------------------------------
# 27 - Gent, 21 September 2023 - Elif Yildiz (OCMW Gent), NL/FR, long report,
#      present/excused lists given in both languages
# ---------------------------------------------------------------------------
def report_27():
    d = new_doc("Calibri", 11)
    banner(d, "nl")
    title(d, "Verslag uitwisseling OCMW's – Rapport échange entre CPAS")
    para(d, ("21 september 2023 – 21 septembre 2023", "b"), align=CENTER)
    para(d, "OCMW Gent – Sociaal Huis Zuid, Woodrow Wilsonplein 1, 9000 Gent", align=CENTER)
    para(d, ("Aanwezig: ", "b"),
         "Hanne Claeys (POD MI), Elif Yildiz (OCMW Gent), Tom Van Damme (OCMW Gent), Ibrahim Laaroussi "
         "(OCMW Gent), Aminata Diallo (OCMW Luik), Claudine Gbambili (OCMW Luik), Ozlem Baslari (OCMW "
         "Charleroi), Nauar Elfargani (OCMW Antwerpen), Sofie Verhaegen (OCMW Antwerpen), Wim Peeters (OCMW "
         "Schoten), Nadia El Amrani (OCMW Brussel), Rania Haddad (OCMW Brussel)")
    para(d, ("Verontschuldigd: ", "b"), "Karim Benali (OCMW Binche), Kaat Janssens (OCMW Edegem), Nathalie Lemaire (POD MI)")
    para(d, ("Présents : ", "b"),
         "Hanne Claeys (SPP IS), Elif Yildiz (CPAS Gand), Tom Van Damme (CPAS Gand), Ibrahim Laaroussi "
         "(CPAS Gand), Aminata Diallo (CPAS Liège), Claudine Gbambili (CPAS Liège), Ozlem Baslari (CPAS "
         "Charleroi), Nauar Elfargani (CPAS Anvers), Sofie Verhaegen (CPAS Anvers), Wim Peeters (CPAS "
         "Schoten), Nadia El Amrani (CPAS Bruxelles), Rania Haddad (CPAS Bruxelles)")
    para(d, ("Excusés : ", "b"), "Karim Benali (CPAS Binche), Kaat Janssens (CPAS Edegem), Nathalie Lemaire (SPP IS)")
    d.add_heading("Agenda / Ordre du jour", level=2)
    bullets(d, [
        "9u30 – 10u00 Onthaal en rondleiding in het Sociaal Huis / Accueil et visite de la Maison sociale",
        "10u00 – 11u30 Acht jaar netwerk: wat hebben we geleerd? / Huit ans de réseau : qu'avons-nous appris ?",
        "11u30 – 12u30 De tevredenheidsenquête: nieuwe versie / L'enquête de satisfaction : nouvelle version",
        "13u30 – 15u00 Brainstorm: de toekomst van het netwerk / Brainstorming : l'avenir du réseau",
        "15u00 – 15u30 Afspraken / Accords",
    ], style="List Number")

    d.add_heading("1. Onthaal en rondleiding / Accueil et visite", level=1)
    para(d, "Elif Yildiz en Tom Van Damme ontvangen het netwerk in het Sociaal Huis Zuid, waar sinds dit jaar "
            "de sociale dienst, het AMIF-team en een lokaal dienstencentrum onder één dak zitten. Tijdens de "
            "rondleiding tonen ze het onthaal, de ruimte voor de groepsateliers en het 'taalcafé', waar "
            "deelnemers elke dinsdagnamiddag Nederlands oefenen met vrijwilligers. Ibrahim Laaroussi vertelt "
            "hoe de intercultureel bemiddelaars werken: zij begeleiden de intake, vertalen waar nodig en volgen "
            "de deelnemers op tussen de individuele gesprekken door.")
    para(d, ("Elif Yildiz et Tom Van Damme accueillent le réseau à la Maison sociale Sud, où le service social, "
             "l'équipe FAMI et un centre de services local se trouvent depuis cette année sous un même toit. "
             "Pendant la visite, ils montrent l'accueil, la salle des ateliers collectifs et le « café "
             "linguistique », où les participants pratiquent le néerlandais avec des bénévoles chaque mardi "
             "après-midi. Ibrahim Laaroussi explique le travail des médiateurs interculturels : ils accompagnent "
             "l'entretien d'admission, traduisent si nécessaire et suivent les participants entre les "
             "entretiens individuels.", "i"))

    d.add_heading("2. Acht jaar netwerk: wat hebben we geleerd? / Huit ans de réseau : qu'avons-nous appris ?",
                  level=1)
    para(d, "Hanne Claeys blikt terug op acht jaar netwerk. Sinds 2016 kwamen de OCMW's twee tot drie keer per "
            "jaar samen, eerst bij elkaar op bezoek, tijdens de coronajaren online met tolken, en sinds 2022 "
            "opnieuw afwisselend fysiek en online. Het netwerk groeide met de partnergemeenten Binche, Schoten, "
            "Edegem en Mortsel. Elk OCMW werkt op zijn eigen manier, maar de grote lijnen zijn dezelfde: "
            "doorverwijzing door de maatschappelijk werker, een intakegesprek en een oriëntatiebalans, "
            "individuele en collectieve modules, en een evaluatie op het einde.")
    para(d, ("Hanne Claeys revient sur huit années de réseau. Depuis 2016, les CPAS se sont réunis deux à trois "
             "fois par an, d'abord en se rendant visite, en ligne avec interprètes pendant les années covid, et "
             "depuis 2022 à nouveau en alternant présentiel et en ligne. Le réseau s'est élargi aux communes "
             "partenaires Binche, Schoten, Edegem et Mortsel. Chaque CPAS travaille à sa manière, mais les "
             "grandes lignes sont les mêmes : orientation par l'AS, entretien d'admission et bilan "
             "d'orientation, modules individuels et collectifs, et une évaluation à la fin.", "i"))
    d.add_heading("2.1 Wat werkt / Ce qui marche", level=2)
    para(d, "De deelnemers noemen drie dingen die voor hen het verschil maken. Ten eerste de intensieve "
            "begeleiding: wie bijna elke dag van de week in het project is, maakt duidelijk vooruitgang. Ten "
            "tweede de band met de begeleiders en met de andere deelnemers; op het einde van een module "
            "ontstaat vaak een echte groepsgeest. Ten derde het feit dat men op elk moment kan instappen, "
            "zodat niemand maanden moet wachten.")
    para(d, ("Les participants citent trois éléments qui font la différence. D'abord l'accompagnement intensif : "
             "ceux qui sont présents presque tous les jours de la semaine progressent nettement. Ensuite les "
             "liens avec les accompagnateurs et entre participants ; à la fin d'un module, un véritable esprit "
             "de groupe se crée souvent. Enfin, la possibilité de s'inscrire à tout moment, pour que personne ne "
             "doive attendre des mois.", "i"))
    d.add_heading("2.2 Wat kan beter / Ce qu'il faut améliorer", level=2)
    para(d, "De communicatie naar de deelnemers blijft een werkpunt: wijzigingen in het uurrooster en geschrapte "
            "lessen bereiken niet iedereen. Ozlem Baslari wijst erop dat de administratieve procedures steeds "
            "langer duren, waardoor activiteiten vroeger gepland moeten worden. Nadia El Amrani vraagt om geen "
            "verplichte activiteiten te organiseren over gevoelige onderwerpen zoals seksualiteit of "
            "partnergeweld; deelnemers moeten daar vrij voor kunnen kiezen. Sofie Verhaegen voegt toe dat de "
            "overgang naar een opleiding of werk (ISP) beter voorbereid moet worden.")
    para(d, ("La communication envers les participants reste un point faible : les changements d'horaire et les "
             "cours annulés n'atteignent pas tout le monde. Ozlem Baslari souligne que les procédures "
             "administratives sont de plus en plus longues, ce qui oblige à planifier les activités plus tôt. "
             "Nadia El Amrani demande de ne pas imposer d'activités obligatoires sur des sujets sensibles comme "
             "la sexualité ou les violences conjugales. Sofie Verhaegen ajoute que le passage vers une "
             "formation ou un emploi (ISP) doit être mieux préparé.", "i"))

    d.add_heading("3. De tevredenheidsenquête: nieuwe versie / L'enquête de satisfaction : nouvelle version",
                  level=1)
    para(d, "Het POD heeft de enquête herwerkt op basis van de opmerkingen van de vorige jaren: tien vragen, "
            "pictogrammen, korte zinnen, en een vraag die rechtstreeks aansluit bij de Europese "
            "resultaatindicator ('Heeft deze activiteit je geholpen om je thuis te voelen in België?'). De "
            "enquête bestaat nu in het Nederlands, Frans, Engels en Arabisch. Claudine Gbambili vindt de "
            "Franstalige versie duidelijker, maar twijfelt over het pictogram bij 'zelfvertrouwen'. Rania "
            "Haddad merkt op dat Brussel veel deelnemers uit Oekraïne en Afghanistan heeft.")
    para(d, ("Le SPP a retravaillé l'enquête sur la base des remarques des années précédentes : dix questions, "
             "des pictogrammes, des phrases courtes, et une question liée directement à l'indicateur de résultat "
             "européen (« Cette activité vous a-t-elle aidé à vous sentir chez vous en Belgique ? »). L'enquête "
             "existe en néerlandais, français, anglais et arabe. Claudine Gbambili trouve la version française "
             "plus claire, mais hésite sur le pictogramme de la « confiance en soi ». Rania Haddad fait remarquer "
             "que Bruxelles compte beaucoup de participants venus d'Ukraine et d'Afghanistan.", "i"))

    d.add_heading("4. Brainstorm: de toekomst van het netwerk / Brainstorming : l'avenir du réseau", level=1)
    para(d, "In de namiddag verzamelden we in twee groepen ideeën voor de komende jaren.")
    para(d, ("L'après-midi, deux groupes ont rassemblé des idées pour les années à venir.", "i"))
    para(d, ("Thema's / Thèmes :", "b"))
    bullets(d, [
        "de overgang naar ISP en opleiding / le passage vers l'ISP et la formation",
        "laaggeletterde deelnemers en het meten van taalvooruitgang / les participants peu alphabétisés et la "
        "mesure des progrès linguistiques",
        "het welzijn van de teams / le bien-être des équipes",
    ])
    para(d, ("Vorm / Format :", "b"))
    bullets(d, [
        "twee fysieke bijeenkomsten en één online bijeenkomst per jaar / deux rencontres en présentiel et une en "
        "ligne par an",
        "een uitwisseling tussen begeleiders op de werkvloer ('job shadowing') / des échanges entre "
        "accompagnateurs sur le terrain",
        "een gezamenlijke studiedag / une journée d'étude commune",
    ])

    d.add_heading("5. Actiepunten / Actions", level=1)
    bullets(d, [
        "Tom Van Damme stuurt de foto's van de rondleiding en de presentatie door. / Tom Van Damme envoie les "
        "photos de la visite et la présentation.",
        "Claudine en Aminata zullen de Franstalige versie van de enquête testen met twee groepen. / Claudine et "
        "Aminata testeront la version française de l'enquête avec deux groupes.",
        "OCMW Antwerpen organiseert de volgende bijeenkomst, samen met Schoten. / Le CPAS d'Anvers organise la "
        "prochaine rencontre, avec Schoten.",
        "Het POD MI zal de resultaten van de brainstorm verwerken in een voorstel van jaarplanning. / Le SPP "
        "intégrera les résultats du brainstorming dans une proposition de planning annuel.",
        "De vertaling van de enquête in het Oekraïens en het Pasjtoe wordt verzorgd door Rania. / La traduction "
        "de l'enquête en ukrainien et en pachto sera assurée par Rania.",
        "Een gezamenlijke studiedag in 2024: trekker nog te bepalen. / Une journée d'étude commune en 2024 : "
        "responsable à déterminer.",
    ])

    d.add_heading("6. Volgende bijeenkomst / Prochaine réunion", level=1)
    para(d, "Volgende bijeenkomst: 7 december 2023 in Antwerpen.")
    para(d, ("Prochaine réunion : 7 décembre 2023 à Anvers.", "i"))
    save(d, "27_gent-2023-09.docx")


# ---------------------------------------------------------------------------
# 28 - online (Teams), 13 February 2025 - Hanne Claeys (POD MI), NL only,
#      remark before the first section, Roman headings, agenda in introduction
# ---------------------------------------------------------------------------
def report_28():
    d = new_doc("Calibri", 11)
    banner(d, "nl")
    title(d, "Verslag bijeenkomst OCMW's – Rapport rencontre CPAS")
    para(d, "13 februari 2025 – 13 février 2025", align=CENTER)
    para(d, "Online – Teams", align=CENTER)
    para(d, ("Aanwezig", "b"))
    bullets(d, [
        "Hanne Claeys, POD MI",
        "Nathalie Lemaire, POD MI",
        "Tom Van Damme, OCMW Gent",
        "Elif Yildiz, OCMW Gent",
        "Aminata Diallo, OCMW Luik",
        "Ozlem Baslari, OCMW Charleroi",
        "Karim Benali, OCMW Binche",
        "Sofie Verhaegen, OCMW Antwerpen",
        "Youssef Bakkali, OCMW Mortsel",
        "Kaat Janssens, OCMW Edegem",
        "Rania Haddad, OCMW Brussel",
    ])
    para(d, ("Verontschuldigd", "b"))
    bullets(d, [
        "Nauar Elfargani, OCMW Antwerpen",
        "Nadia El Amrani, OCMW Brussel",
    ])
    italic(d, "Opmerkingen van de OCMW's moeten nog toegevoegd worden.")

    d.add_heading("I. Inleiding", level=1)
    para(d, "De bijeenkomst vond online plaats via Teams, zonder tolken: iedereen sprak in zijn eigen taal en "
            "Hanne vatte waar nodig samen. Het Franstalige verslag wordt apart verspreid. Agenda:")
    para(d, "10u00 – 10u10: Welkom")
    para(d, "10u10 – 10u50: Bewaring van projectdocumenten en persoonsgegevens")
    para(d, "10u50 – 11u30: De indicatoren over 2024")
    para(d, "11u30 – 12u00: Rondvraag")

    d.add_heading("II. Bewaring van projectdocumenten en persoonsgegevens", level=1)
    para(d, "Nu de eerste projecten van het programma 2014-2020 volledig afgerekend zijn, vragen de OCMW's hoe "
            "lang ze dossiers moeten bijhouden. Nathalie Lemaire herhaalt de regel: documenten van een door de "
            "EU gefinancierde actie worden vijf jaar bewaard vanaf 31 december van het jaar van de laatste "
            "betaling (Verordening (EU) 2021/1060, artikel 82). Tegelijk mogen persoonsgegevens niet langer "
            "bewaard worden dan nodig (AVG, artikel 5, lid 1, e).")
    para(d, "In de praktijk betekent dit dat de OCMW's een onderscheid moeten maken tussen wat de auditor nodig "
            "heeft (aanwezigheidslijsten, contracten, loonfiches) en wat enkel voor de begeleiding diende "
            "(notities van gesprekken, gegevens over gezondheid of gezinssituatie). Aminata Diallo legt uit "
            "dat Luik de begeleidingsnotities na het einde van het traject anonimiseert. Elk OCMW blijft "
            "eigenaar van de gegevens van zijn deelnemers; het POD ziet geen deelnemers bij naam.")
    para(d, "Kaat Janssens vraagt wat er gebeurt als een deelnemer vraagt om alle gegevens in te zien "
            "(AVG, artikel 15). Het antwoord: het OCMW bezorgt alles wat over de persoon bewaard wordt, ook de "
            "notities van de begeleiders.")

    d.add_heading("III. De indicatoren over 2024", level=1)
    para(d, "De termijn voor de cijfers over 2024 is 31 maart. Voor de meeste OCMW's gaat het vlot; "
            "het meten van de taalvooruitgang (één ERK-niveau) blijft moeilijk voor laaggeletterde deelnemers. "
            "Tom Van Damme toont hoe Gent de resultaatindicator ('de activiteit heeft mijn integratie "
            "geholpen') koppelt aan de laatste vraag van de tevredenheidsenquête.")

    d.add_heading("IV. Rondvraag", level=1)
    para(d, "Karim Benali meldt dat Binche een nieuwe groep start in maart. Youssef Bakkali zoekt een "
            "vervanger voor de begeleider van de werkplaats in Mortsel. Rania Haddad stelt zich voor als nieuwe "
            "coördinator in Brussel.")

    d.add_heading("V. Actiepunten", level=1)
    bullets(d, [
        "Nathalie stuurt de nota over de bewaartermijnen in beide talen rond.",
        "OCMW Luik bezorgt zijn procedure voor het anonimiseren van dossiers aan alle OCMW's.",
        "Tom en Sofie maken een eenvoudige fiche 'welke gegevens bewaren we?' voor de teams.",
        "Het POD MI stuurt op 1 maart een herinnering voor de indicatoren over 2024.",
        "Organisatie van een fysieke bijeenkomst in het voorjaar: nog te bepalen.",
    ], style="List Number")

    d.add_heading("VI. Volgende bijeenkomst", level=1)
    para(d, "Datum nog te bepalen; bij voorkeur een fysieke bijeenkomst in Charleroi in mei.")
    save(d, "28_online-2025-02.docx")


if __name__ == "__main__":
    for fn in (report_15, report_16, report_17, report_18, report_19, report_20, report_21,
               report_22, report_23, report_24, report_25, report_26, report_27, report_28):
        fn()
