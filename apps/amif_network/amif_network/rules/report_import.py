"""Import from text: an old network meeting report (pasted, .txt, .docx or .pdf) read into a draft.

The network has years of reports in Word and PDF, in the form of the 2019 report: bilingual
title and date line, place, present and excused lists, an agenda, numbered sections, action
points in plain sentences, the next meeting. Each recogniser below reads one of these parts and
is tested on its own; `recognise_report` puts them together and keeps what it could not place
as left-over lines for the user to see before anything is saved. Nothing here touches the site:
contacts and CPAS come in as plain data and the result is a proposal.
"""

import re
import unicodedata
from dataclasses import asdict, dataclass, field
from datetime import date

from amif_network.rules.meeting_report import MONTHS_FR, MONTHS_NL, clock_text, section_level
from amif_network.rules.messages import Problem, _
from amif_network.rules.report_tasks import french_infinitive, future_or_duty, task_start

MAX_TEXT_LENGTH = 400_000

MONTHS = {name: number for names in (MONTHS_FR, MONTHS_NL) for number, name in enumerate(names, 1)}
MONTHS.update({"fevrier": 2, "aout": 8, "decembre": 12, "febr": 2, "okt": 10, "oct": 10, "sept": 9, "sep": 9})

# The network's CPAS under every name the reports use, French, Dutch or English.
CPAS_ALIASES = {
	"GENT": ("gent", "gand", "ghent"),
	"LIEGE": ("liege", "luik", "lieja", "lk", "lg"),
	"CHARLEROI": ("charleroi", "cha", "crl"),
	"ANTWERPEN": ("antwerpen", "anvers", "antwerp", "antw", "anv", "a'pen"),
	"BRUXELLES": ("bruxelles", "brussel", "brussels", "bxl", "bru", "brx", "brux"),
	"BINCHE": ("binche",),
	"SCHOTEN": ("schoten",),
	"EDEGEM": ("edegem",),
	"MORTSEL": ("mortsel",),
}
SPP_ALIASES = (
	"spp is",
	"spp-is",
	"spp is-mi",
	"spp mi-is",
	"pod mi",
	"pod-mi",
	"pod mi-is",
	"mi-is",
	"is-mi",
	"spp integration sociale",
	"pod maatschappelijke integratie",
	"spp",
	"pod",
)

PRESENT_LABELS = (
	"presents",
	"presentes",
	"present",
	"presences",
	"etaient presents",
	"personnes presentes",
	"liste des presences",
	"aanwezig waren",
	"waren aanwezig",
	"participants",
	"aanwezig",
	"aanwezigen",
	"aanwezigheden",
	"deelnemers",
	"zijn aanwezig",
	"etaient la",
	"sont presents",
	"ont participe",
	"ont participe a la reunion",
	"presents a la reunion",
	"in aanwezigheid van",
	"wie was er",
	"aanwezig zijn",
	"il y avait",
	"aanw",
	"pres",
	"etaient connectes",
	"connectes",
	"sont presents",
	"sont presentes",
	"participaient a la reunion",
	"participaient",
	"ont pris part a la reunion",
	"hebben deelgenomen",
	"namen deel",
	"membres presents",
	"aanwezige leden",
)
EXCUSED_LABELS = (
	"membres excuses",
	"verontschuldigde leden",
	"excuses",
	"excusees",
	"excuse",
	"absents excuses",
	"etaient excuses",
	"personnes excusees",
	"waren verontschuldigd",
	"se sont excuses",
	"absents",
	"verontschuldigd",
	"verontschuldigden",
	"verontschuldigingen",
	"zijn verontschuldigd",
	"afwezig",
	"etaient absents",
	"se sont excuses",
	"excuses pour",
	"hebben zich verontschuldigd",
	"afgemeld",
	"afw",
	"verontsch",
	"exc",
	"sont excuses",
	"afwezig met kennisgeving",
)
PLACE_LABELS = ("lieu", "adresse", "endroit", "plaats", "locatie", "adres", "waar")
AGENDA_LABELS = (
	"ordre du jour",
	"agenda",
	"programme",
	"programma",
	"dagorde",
	"programme de la journee",
	"programma van de dag",
	"au programme",
	"au programme de la journee",
	"le programme de la journee",
	"dagprogramma",
	"odj",
	"o.d.j",
	"deroulement",  # "Déroulement :" of an intervision, its steps numbered under it
	"verloop",
)
NEXT_MEETING = re.compile(
	r"^\s*(?:la\s+|de\s+|het\s+)?(?:prochaine?s?\s+(?:r[ée]union|rencontre|s[ée]ance|[ée]change|concertation|"
	r"groupe\s+de\s+travail|journ[ée]e\s+(?:de\s+|du\s+)?r[ée]seau|comit[ée]|atelier)|volgende\s+"
	r"(?:bijeenkomst|vergadering|ontmoeting|uitwisseling|samenkomst|overleg|netwerkbijeenkomst|netwerkmoment|"
	r"netwerkdag|netwerkvergadering|overlegmoment|werkgroep|stuurgroep|werkvergadering)|"
	# "Prochain point de coordination :", "Slotbijeenkomst:", "Tegenbezoek in Luik:", "Réunion de clôture :"
	r"prochain\s+point\s+(?:de\s+coordination|de\s+contact|t[ée]l[ée]phonique|fami|amif)(?=\s*:)|"
	r"prochain\s+point(?=\s*:\s*(?:(?:lundi|mardi|mercredi|jeudi|vendredi)\s+)?\d)|"  # "Prochain point : jeudi 7 mai"
	# "Nouvelle réunion : …", "Date de la prochaine réunion : …", "Datum volgende vergadering: …"
	r"(?:nouvelle\s+(?:r[ée]union|rencontre)|nieuwe\s+(?:vergadering|bijeenkomst|afspraak))(?=\s*:)|"
	r"(?:date\s+de\s+la\s+prochaine\s+(?:r[ée]union|rencontre)|datum\s+(?:van\s+de\s+)?volgende\s+"
	r"(?:vergadering|bijeenkomst|overleg))(?=\s*:)|"
	r"(?:tegenbezoek|slotbijeenkomst|slotdag|r[ée]union\s+de\s+cl[ôo]ture|visite\s+de\s+retour)(?:\s+[\w'’-]+){0,3}(?=\s*:)|"
	r"(?:prochaine?|volgende?|vlgnd|next)(?:\s+(?!(?:[ée]tapes?|stappen|stap|steps?|actions?|acties?|actiepunten|points?|"
	r"punten|agendapunt)\b)[\w’'-]+){0,2}(?:\s*/\s*(?:prochaine?|volgende?)(?:\s+[\w’'-]+){0,2})?(?=\s*:))\b\s*[:\-–]?\s*(.*)$",
	re.IGNORECASE,
)
ONLINE = re.compile(
	r"\b(en ligne|online|teams|zoom|webex|visio(?:conf[ée]rence)?|virtuel(?:le)?|digitaal|digitale)\b", re.I
)
INTERPRETATION = re.compile(
	r"(interpr[ée]tation|traduction simultan|simultaanvertaling|simultane vertaling|tolk|vertaling|interpret)",
	re.I,
)
STILL_TO_BE_ADDED = re.compile(
	r"(encore\s+\b[àa]\s+(?:ajouter|compl[ée]ter)|(?<!indicateurs\s)(?<!tableau\s)(?<!fiche\s)(?<!formulaire\s)\b[àa]\s+compl[ée]ter|[àa]\s+ajouter|suivront|"
	r"nog\s+aan\s+te\s+vullen|nog\s+toe\s+te\s+voegen|aan\s+te\s+vullen|volgen\s+nog(?!\s+(?:steeds|altijd|een|de|het)\b)|volgt\s+nog(?!\s+(?:steeds|altijd|een|de|het)\b)|"
	r"still\s+to\s+be\s+added|to\s+be\s+completed|(?:chiffres|donn[ée]es|d[ée]tails|infos?|informations|r[ée]sultats|montants?|tableau|suite|photos?)\s+[àa]\s+venir\b|\[[^\]]*[àa]\s+venir|nog\s+te\s+bezorgen|"
	r"nog\s+aanvullen|wordt\s+nog\s+aangevuld|sera\s+compl[ée]t[ée]|encore\s+(?:[êe]tre\s+)?(?:compl[ée]t|ajout)|"
	r"[àa]\s+ins[ée]rer\b|(?:annexes?|documents?|listes?|tableaux?|pi[eè]ces?|fichiers?|photos?|chiffres)\s+[àa]\s+joindre\b|"
	r"[(\[][^()\[\]]{0,40}[àa]\s+joindre\b|nog\s+in\s+te\s+voegen|:\s*[àa]\s+venir\b|"
	r"(?:seront|sera)\s+ajout[ée]e?s?\s+(?:dans|[àa]|au)|nog\s+(?:\w+\s+){0,3}(?:toegevoegd|aangevuld|verwerkt)|"
	r"(?:moeten|moet)\s+nog\s+(?:\w+\s+){0,2}(?:toegevoegd|aangevuld)|nog\s+niet\s+(?:verwerkt|opgenomen)|"
	r"pas\s+encore\s+(?:[ée]t[ée]\s+)?(?:int[ée]gr|repris|ajout|incorpor)|nog\s+niet\s+(?:ge[iï]ntegreerd|toegevoegd)|"
	r"je\s+les\s+ajouterai|(?:doivent|doit)\s+encore\s+(?:m'|nous\s+|me\s+)?(?:envoyer|transmettre|faire\s+parvenir)|"
	r"(?:moeten|moet)\s+nog\s+(?:\w+\s+){0,2}(?:bezorgen|doorsturen|sturen)|"
	r"(?:seront|sera)\s+ajout[ée]e?s?\s+d[èe]s\b|\b(?:vul|vullen)\s+(?:ik|we|wij)\s+aan\b|"
	r"\[[^\[\]]{0,60}\b(?:aanvullen|volgen|volgt|suivent|suivront)\b[^\[\]]{0,60}\]|"
	# a bracket to check or to rework: "(Mortsel: nog te bevestigen)", "(… — à vérifier)", "[tekst vorige keer – nog aanpassen]"
	r"[(\[][^()\[\]]{0,80}\b[àa]\s+compl[ée]ter\b[^()\[\]]{0,40}[)\]]|"  # "(tableau des indicateurs à compléter)"
	r"[(\[][^()\[\]]{0,120}\b(?:[àa]\s+v[ée]rifier|nog\s+te\s+bevestigen|nog\s+te\s+checken|nog\s+na\s+te\s+kijken|"
	r"nog\s+aan\s+te\s+passen|nog\s+aanpassen|[àa]\s+adapter|[àa]\s+relire|nog\s+na\s+te\s+lezen|[àa]\s+valider|te\s+valideren|"
	r"graag\s+(?:nalezen|nakijken|checken|controleren|aanvullen)|merci\s+de\s+(?:relire|v[ée]rifier|compl[ée]ter)|"
	# "(bedrag nakijken)", "(bedrag nog op te zoeken)", "[… nog af te stemmen met de VA]", "(à nettoyer + traduire …)"
	r"nakijken|nog\s+op\s+te\s+zoeken|nog\s+opvragen|nog\s+af\s+te\s+stemmen|[àa]\s+nettoyer|manquants?|"
	r"ontbreken|ontbrekende?)\b[^()\[\]]{0,80}[)\]]|"
	# "[Ann: Franse versie later]", "(aantal: XX)", "[XX – cijfer nog opvragen …]", "(nom ?)"
	r"\[\s*[A-ZÀ-Ý][\w-]+\s*:[^\[\]]{0,60}\blater\s*\]|[(\[][^()\[\]]{0,40}(?-i:\bXX\b)[^()\[\]]{0,80}[)\]]|"
	# a note to a colleague in a bracket: "[Élodie : ajouter les chiffres 2021 …]", "(Inès : compléter avec …)"
	r"[(\[]\s*[A-ZÀ-Ý][\w-]+\s*:\s*(?:merci\s+de\s+|graag\s+)?(?:compl[ée]ter|ajouter|v[ée]rifier|ins[ée]rer|aanvullen|toevoegen|"
	r"checken|nakijken)\b|"
	r"\bnog\s+toevoegen\b|^\W*to\s?-?do\s*:|^\W*to\s?-?do\s*\(?[A-ZÀ-Ý][\w.]{0,12}\)?\s*:(?=[^.]{0,80}?\b(?:compl|ajout|aanvul|toevoeg|"
	r"invul|v[ée]rifi|nakijk|check|cijfers|chiffres))|\[\s*to\s?-?do\b|\?{3,}(?!\s*:)|"
	# figures or a text still to come, in a note or a bracket: "NB: cijfers Schoten volgen", "[traduction à suivre]"
	r"(?:^\W*n\.?b\.?\s*:|[(\[])[^.;()\[\]]{0,40}?\b(?:cijfers|gegevens|resultaten|foto['’]?s|vertaling|tekst|chiffres|"
	r"donn[ée]es|r[ée]sultats|traduction|photos?|texte|liste|tableau)\b[^.;:()\[\]]{0,60}\b(?:volgen|volgt|[àa]\s+suivre)\b|"
	r"\[[^\[\]]{0,60}\b(?:toevoegen|aanvullen|invullen|invoegen|ajouter|compl[ée]ter|ins[ée]rer)\s*\]|"
	r"\bnog\s+niet\s+verspreiden\b|\bne\s+pas\s+diffuser\b|"
	r"\[[^\[\]]{0,60}\bnog\s+(?:op\s+)?te\s+(?:vragen|bezorgen|ontvangen|krijgen|checken)\b[^\[\]]{0,40}\]|"
	# a draft mark: "PROJET – à approuver lors de la prochaine réunion", "Version provisoire, non relue par le SPP",
	# notes said to be incomplete, a part that follows later ("Stand van zaken Mortsel: volgt na contact met Griet")
	r"^\W*(?:projet|ontwerp|draft|concept)\s*[–—-]\s*(?:[àa]\s+(?:approuver|valider)|te\s+valideren|goed\s+te\s+keuren)\b|"
	r"\b(?:version\s+provisoire|voorlopige\s+versie)\b[^.]{0,40}\b(?:non\s+relue?|niet\s+nagelezen)\b|"
	r"\b(?:notes|notities)\b[^.]{0,40}\b(?:incompl[èe]tes?|onvolledig)\b|\bpeux-tu\s+compl[ée]ter\b|"
	r"^[^:.]{3,40}:\s*(?:volgt|suit|[àa]\s+suivre)\b|"
	# "DRAFT – version de travail, pas encore relue par les deux rédactrices"
	r"^\W*(?:draft|concept|ontwerp|projet|brouillon)\b[^.]{0,80}(?:pas\s+encore\s+relue?s?|nog\s+niet\s+nagelezen)\b|"
	r"^\W*nog\s+nalezen\b|"  # "NOG NALEZEN DOOR LOTTE"
	# a question to a colleague in a bracket: "(Samira, peux-tu compléter la partie sur les indicateurs ? – TP)"
	r"[(\[][^()\[\]]{0,40}\b(?:peux-tu|pourrais-tu|pouvez-vous|kan\s+je|kun\s+je|kan\s+jij|kun\s+jij)\b"
	r"[^()\[\]]{0,60}\b(?:compl[ée]ter|ajouter|v[ée]rifier|aanvullen|toevoegen|checken|nakijken)|"
	# a draft still to be read again: "[DRAFT – nog na te lezen door POD MI]", "ONTWERP – ter nalezing door de OCMW's",
	# "… – à relire par X", "ONTWERP – opmerkingen welkom tot 10 mei" (not "PROJET – à approuver …", a status)
	r"\b[àa]\s+relire\s+par\b|\bter\s+nalezing\b|\bnog\s+na\s+te\s+lezen\b|\bopmerkingen\s+welkom\b|"
	r"\bremarques\s+bienvenues\b|\bcommentaires\s+bienvenus\b|"
	r"^\W*(?-i:[A-Z]{2,3})\s*:\s*[A-ZÀ-Ý][\w-]+,\s+(?:kan|kun|peux|pourrais|pourriez|zou|klopt|is\s+dit|est-ce)\b|"
	r"^\W*n\.?b\.?\s*:\s*(?:compl[ée]ter|ajouter|ins[ée]rer|aanvullen|toevoegen)\b|"
	r"\[\s*(?:compl[ée]ter|ajouter|ins[ée]rer|aanvullen|invullen|toevoegen)\b[^\[\]]{0,80}\]|"
	# a note to a colleague on the report: "Opmerking voor Jens: klopt het cijfer …?", "Note à Thomas : merci de
	# vérifier …", "(Lotte, klopt dit cijfer? …)", "PC: gelezen, cijfer Luik klopt."
	r"^\W*(?:opmerking|noot|vraag|note|question|remarque|nb|n\.b\.)\s+(?:voor|aan|[àa]|pour)\s+(?-i:[A-ZÀ-Ý])[\w-]+\s*:|"
	# "@Sarah : peux-tu vérifier …", "Pour Karim : merci de relire …", "Nog te checken bij Wim: …"
	r"^\W*@(?-i:[A-ZÀ-Ý])[\w-]+\s*:|^\W*(?:pour|voor)\s+(?-i:[A-ZÀ-Ý])[\w-]+\s*:\s*(?:merci\s+de|graag|kan\s+je|kun\s+je|peux-tu)\b|"
	r"^\W*nog\s+te\s+(?:checken|controleren|bevestigen|verifi[eë]ren)\s+(?:bij|met)\s+(?-i:[A-ZÀ-Ý])|"
	r"\b(?:version|versie)\s+non\s+valid[ée]e\b|\bniet[- ]gevalideerde\s+versie\b|"
	r"\b(?:tekst|paragraaf|deel|texte|paragraphe|partie)\s+(?:nog\s+te\s+herwerken|[àa]\s+retravailler|[àa]\s+reformuler)\b|"
	r"^\W*(?:concept|ontwerp|brouillon|draft|projet)\s*[–—-]\s*(?:niet\s+verspreiden|ne\s+pas\s+diffuser|[àa]\s+ne\s+pas\s+diffuser)\b|"
	r"\[[^\[\]]{2,40}\?\s*\]|"
	# "Liste des présences à vérifier", "Lijst van aanwezigen niet volledig", "Je complète cette partie la semaine
	# prochaine", "Dit deel wordt aangevuld na …", "Chiffres de Charleroi : ??", "Cijfers Mortsel: xx deelnemers",
	# "niet alles was verstaanbaar", "Nog na te lezen door het POD", "Brouillon v2"
	r"\b(?:liste|lijst)\s+(?:des\s+pr[ée]sen\w+|van\s+(?:de\s+)?aanwezig\w*)\s+(?:[àa]\s+v[ée]rifier|niet\s+volledig|incompl[èe]te|"
	r"na\s+te\s+kijken)\b|\bje\s+compl[èe]te\b|\b(?:dit|dat|het)\s+(?:deel|punt|stuk)\s+wordt\s+(?:later\s+)?aangevuld\b|"
	r":\s*\?{2,}|\b(?:cijfers?|chiffres?)\b[^.:]{0,30}:\s*(?:xx|x{2,})\b|\bniet\s+alles\s+was\s+verstaanbaar\b|"
	r"^\W*nog\s+na\s+te\s+lezen\b|^\W*(?:brouillon|ontwerp|concept|draft)\s+v\d|"
	# a question to a colleague after their name ("Els: klopt dit aantal?", "Bram, klopt dit zo?"), a template's
	# prompt left in ("[Nom Prénom]", "Cliquez ici pour entrer du texte."), notes typed live or in haste, a
	# corrected version and what it corrects, comments asked for, a report to approve, a translation to read
	r"^\W*(?-i:[A-ZÀ-Ý])[\w-]+\s*[:,]\s*(?:klopt|is\s+dit|kan\s+je|kun\s+je|peux-tu|est-ce|c['’]est\s+(?:bien|correct))\b[^.?]{0,80}\?|"
	r"^\W*\[(?:nom|naam|pr[ée]nom|voornaam|date|datum|titre|titel|texte|tekst|r[ée]dacteur)\b[^\[\]]{0,40}\]\W*$|"
	r"^\W*(?:cliquez\s+ici\s+pour|klik\s+hier\s+om)\b|\b(?:klik\s+of\s+tik\s+om|cliquez\s+ou\s+appuyez\s+ici\s+pour)\b|"
	r"\[(?:nom|naam)\s+(?:du\s+|de\s+la\s+|van\s+de\s+)?(?:r[ée]dacteur|r[ée]dactrice|verslaggever|secr[ée]taire|notulist)\]|"
	r"[(\[][^()\[\]]{0,60}\b(?:nog\s+niet\s+nagelezen|pas\s+(?:encore\s+)?relue?s?|niet\s+nagelezen)\b|"
	r"\b(?:live|snel)\s+getypt\b|\bvul\s+aan\s+als\b|\bcompl[ée]tez\s+si\b|"
	r"^\W*to\s?-?do\s+(?-i:[A-Z]{2,3})\s*:[^.]{0,60}\b(?:nalezing|nalezen|opmaak|relecture|relire|mise\s+en\s+page)\b|"
	r"^\W*(?:brouillon|ontwerp|concept|draft|projet)\b[^.]{0,80}\b(?:[àa]\s+relire|na\s+te\s+lezen|[àa]\s+v[ée]rifier|"
	r"na\s+te\s+kijken)\b|"
	r"\b(?:le\s+pr[ée]sent|ce)\s+(?:rapport|compte[- ]rendu|pv|proc[eè]s-verbal)\s+(?:est|sera)\s+soumis\b|"
	r"\b(?:dit|het)\s+verslag\s+wordt\s+(?:ter\s+goedkeuring\s+)?voorgelegd\b|"
	r"\b(?:opmerkingen|aanvullingen|remarques|commentaires|corrections|verbeteringen)\b[^.]{0,30}\b(?:graag|bienvenue?s|"
	r"welkom|volontiers)\b|\bmerci\s+de\s+(?:signaler|transmettre|nous\s+faire\s+part\s+de)\s+(?:toute|toutes|vos)\s+"
	r"(?:erreurs?|corrections?|remarques?)\b|"
	r"^\W*(?:version\s+corrig[ée]e|gecorrigeerde\s+versie)\b|\bremplace\s+la\s+version\b|\bvervangt\s+de\s+versie\b|"
	r"^\W*(?:corrections?|verbeteringen|correcties)\s*:|[(\[][^()\[\]]{0,40}\b(?:corrig[ée]e?s?|verbeterd|gecorrigeerd)\b|"
	r"\bexcuse[rz]?\s+(?:voor\s+)?(?:mon|mijn)\s+(?:nederlands|fran[çc]ais|frans)\b|"
	r"^\W*n\.?b\.?\s*:[^.]{0,120}\b(?:relue?s?|nagelezen|doit\s+encore|moet\s+nog)\b|\bnon\s+encore\s+valid[ée]e?\b|"
	r"[(\[]\s*(?-i:[A-ZÀ-Ý])[\w-]+\s*[:,]\s+(?:klopt|kan|kun|is|heb|mag|moet|zou|wil|peux|peut|est-ce|c['’]est|tu|as-tu)\b"
	r"[^()\[\]]{0,120}\?|"
	r"^\W*(?-i:[A-Z]{2,3})\s*:\s*(?:gelezen|nagelezen|lu|relu|vu|ok)\b|"
	# a working document, notes typed up or pasted as they were, a layout or a translation not checked
	r"^\W*(?:document\s+de\s+travail|werkdocument)\b|\baanvullingen\s+welkom\b|\bcompl[ée]ments\s+bienvenus\b|"
	r"\bmise\s+en\s+page\s+[àa]\s+revoir\b|\bcoll[ée]e?\s+tel(?:le)?\s+quel(?:le)?\b|"
	r"^\W*(?:traduction|vertaling|version|versie|notes?|notities)\s+(?:rapide|snelle?|provisoire|voorlopige?)\b[^.]{0,20}"
	r"\b(?:pas\s+relue?s?|non\s+relue?s?|niet\s+nagelezen)\b|"
	r"\b(?:geen|pas\s+un|niet\s+een)\s+(?:volledig\s+verslag|compte[- ]rendu\s+complet|rapport\s+complet)\b|"
	r"^\W*n\.?b\.?\s*:[^.]{0,80}\b(?:[àa]\s+v[ée]rifier|na\s+te\s+kijken|te\s+controleren|nakijken|checken)\b|"
	r"\bnog\s+in\s+te\s+vullen\b|"
	# a figure left as "XXX"; the comments of others still to be worked in ("seront intégrés avant diffusion")
	# "Les chiffres de Bruxelles seront ajoutés ultérieurement", "De cijfers worden later toegevoegd"
	r"\b(?:seront|sera|worden|wordt)\s+(?:\w+\s+)?(?:ajout[ée]e?s?|toegevoegd|aangevuld)\s+(?:ult[ée]rieurement|plus\s+tard)\b|"
	r"\b(?:worden|wordt)\s+later\s+(?:toegevoegd|aangevuld)\b|"
	# "Foto's van het werkbezoek volgen.", "Cijfers indicatoren 2024 volgen na validatie door het POD."
	r"^\W*(?:(?:de|les|la|le)\s+)?(?:cijfers|gegevens|resultaten|foto['’]?s|chiffres|donn[ée]es|r[ée]sultats|photos?)\b"
	r"[^.;:]{0,60}\b(?:volgen|volgt|suivront|suivra)\b(?!\s+(?:de|het|een|la|le|les)\b)|"
	# a version not final yet: "ONTWERPVERSLAG – nog niet goedgekeurd", "PROJET – version du 24/11/2016, à valider
	# par les participants", "Versie ter goedkeuring – version pour approbation", "Traduction provisoire – à relire",
	# "Note rapide, non relue.", "Version NL à relire / NL-versie na te lezen"
	r"^\W*(?-i:PROJET|ONTWERP|CONCEPT|DRAFT|BROUILLON)(?:VERSLAG|VERSIE)?\b[^.]{0,60}?(?:[–—/-]|\bv\d)|"
	r"^\W*(?:ontwerp|concept)(?:verslag|versie)\b|"
	r"^\W*(?:versie|version)\s+(?:\d+(?:\.\d+)?|ter\s+goedkeuring|pour\s+approbation|de\s+travail|provisoire)\b"
	r"(?![^.]{0,60}\b(?:definitief|d[ée]finitive?|finale?|goedgekeurd|approuv[ée]e?)\b)[^.]{0,60}?"
	r"(?:[–—/-]|$)|\b(?:nog\s+niet\s+goedgekeurd|nog\s+niet\s+gevalideerd|pas\s+encore\s+(?:approuv|valid)[ée]e?|"
	r"ter\s+goedkeuring|pour\s+approbation)\b|"
	r"^\W*(?:traduction|vertaling|version|versie|note|notes|notities)\b[^.]{0,40}\b(?:provisoire|voorlopige?|rapide|snel)\b"
	r"[^.]{0,30}(?:[àa]\s+relire|na\s+te\s+lezen|non\s+relue?s?|niet\s+nagelezen)|"
	r"\b(?:version|versie)\s+(?:nl|fr|n[ée]erlandaise|fran[çc]aise|nederlandse|franse)\s+(?:[àa]\s+relire|na\s+te\s+lezen)\b|"
	# comments asked on the report, how the notes were taken: "Opmerkingen op dit verslag graag vóór 22 mei aan Sanne.",
	# "wie iets mist of anders begrepen heeft, laat het me weten", "(naam niet genoteerd – na te vragen)"
	r"\b(?:opmerkingen|commentaires|remarques|reacties)\s+(?:op|sur|bij|[àa]\s+propos\s+de)\s+(?:dit|het|ce|le)\s+"
	r"(?:verslag|rapport|compte[- ]rendu|pv)\b|\blaat\s+het\s+(?:me|mij)\s+weten\b|\bwie\s+iets\s+mist\b|"
	r"\bfaites[- ]moi\s+signe\b|\bsi\s+j['’]ai\s+oubli[ée]\b|"
	r"[(\[][^()\[\]]{0,60}\b(?:na\s+te\s+vragen|vraag\s+ik\s+(?:nog\s+)?na|onleesbaar|niet\s+genoteerd|illisible|"
	r"pas\s+not[ée]e?|[àa]\s+demander|[àa]\s+confirmer\s+par|op\s+te\s+vragen)\b[^()\[\]]{0,60}[)\]]|"
	# an annex or a report that follows: "(volgt / suit)", "(à joindre)", "le rapport complet suivra la semaine prochaine"
	r"\((?:volgt|suit|[àa]\s+suivre|[àa]\s+joindre|volgt\s*/\s*suit|suit\s*/\s*volgt|nog\s+toe\s+te\s+voegen)\)|"
	# "Annexe : tableau des chiffres par CPAS – à joindre", "Bijlage 1: presentatie OCMW Gent – volgt"
	r"^\W*(?:annexe|bijlage|annex)\s*\d*\s*:[^.]{0,80}\s[–—-]\s*(?:volgt|suit|suivra|[àa]\s+joindre|[àa]\s+suivre|"
	r"nog\s+toe\s+te\s+voegen|bij\s+te\s+voegen)\W*$|"
	# "Mortsel: cijfers volgen", "[texte du 19 mai – à mettre à jour]", "[Wout : les chiffres, tu les as notés ?]"
	r"\b(?-i:[A-ZÀ-Ý])[\w-]+\s*:\s*(?:de\s+|les\s+)?(?:cijfers|chiffres|gegevens|donn[ée]es)\s+(?:volgen|suivent|[àa]\s+suivre)\b|"
	r"\[[^\[\]]{0,60}\b(?:[àa]\s+mettre\s+[àa]\s+jour|bij\s+te\s+werken|te\s+actualiseren|updaten)\s*\]|"
	r"\[\s*(?-i:[A-ZÀ-Ý])[\w-]+\s*:[^\[\]]{0,80}\?\s*\]|"
	r"^\W*(?-i:PROJET)\W*$|"
	r"\b(?:rapport|compte[- ]rendu|pv|verslag|version|versie)\b[^.]{0,30}\b(?:suivra(?!\s+(?:le|la|les|un|une)\s+(?:m[êe]mes?|mod[èe]le|proc[ée]dure|r[èe]gle|format|structure|sch[ée]ma)\b)|volgt(?!\s+(?:de|het|een|la|le)\b))\b|"
	# a draft mark on a line of its own: "CONCEPTVERSIE", "ONTWERP – BROUILLON", "Version provisoire"
	r"^\W*(?:concept(?:versie)?|ontwerp(?:versie)?|werkversie|draft|brouillon|version\s+provisoire|voorlopige\s+versie|"
	r"version\s+de\s+travail)"
	r"(?:\s*[–—/-]\s*(?:brouillon|ontwerp|concept|draft|projet|version\s+provisoire|voorlopige\s+versie|"
	r"version\s+de\s+travail|werkversie))?\W*$|"
	# "Hilde, kan jij dit nog nalezen voor het rondgaat?": a colleague asked to read or complete the report
	r"^\W*(?-i:[A-ZÀ-Ý])[\w-]+,\s+(?:kan|kun|wil|mag)\s+(?:jij|je|u)\b[^.?]{0,80}\b(?:nalezen|nakijken|checken|aanvullen|"
	r"controleren|bevestigen|toevoegen)\b|"
	r"^\W*(?-i:[A-ZÀ-Ý])[\w-]+,\s+(?:peux-tu|pourrais-tu|tu\s+peux|pouvez-vous)\b[^.?]{0,80}\b(?:relire|v[ée]rifier|"
	r"compl[ée]ter|confirmer|ajouter)\b|"
	r"\bX{3,}\b|(?-i:\b(?:XX|xx)\b)(?=\s+[a-zà-ÿ%€])|"
	# "Tekst in geel nog te bevestigen door Koen en Eva.", "(Pieter : merci de compléter D3 si j'ai mal résumé)"
	r"\b(?:tekst|texte|passages?|zinnen|phrases?|cijfers|chiffres)\s+(?:in\s+(?:het\s+)?|en\s+)(?:geel|jaune|rood|rouge|"
	r"groen|vert|blauw|bleu|grijs|gris)\b|\b(?:commentaires|remarques|opmerkingen|feedback)\b[^.;]{0,60}?\b(?:seront|sera|doivent\s+encore\s+"
	r"[êe]tre|moeten\s+nog|worden\s+nog)\s+(?:int[ée]gr|ajout|verwerkt|toegevoegd|ge[iï]ntegreerd)|"
	r"encore\s+[àa]\s+int[ée]grer|nog\s+te\s+verwerken|"
	# read again before it is sent ("(relire avec Samir avant envoi)", "…, peux-tu relire … avant diffusion ?"), a text
	# still to have checked ("[FR-tekst nog te laten nakijken door Dirk]"), a figure not sure ("(niet helemaal zeker
	# van dit cijfer – Wim, kan je bevestigen?)"), a translation to check or to make ("Traduction NL à vérifier par
	# Pieter", "NL : à traduire"), an approval left blank ("Approuvé en séance du …………")
	r"\b(?:relire|relecture|nalezen|herlezen)\b[^.]{0,60}\b(?:avant\s+(?:l['’]\s*)?(?:envoi|diffusion)|"
	r"v[óo]{1,2}r\s+(?:verzending|verspreiding|het\s+(?:rondsturen|versturen|verspreiden)))\b|"
	r"\bnog\s+te\s+laten\s+(?:nakijken|nalezen|vertalen|checken|controleren)\b|"
	r"[(\[][^()\[\]]{0,80}\b(?:niet\s+(?:helemaal\s+|zo\s+|heel\s+)?zeker|pas\s+(?:tout\s+[àa]\s+fait\s+|bien\s+|tr[èe]s\s+)?s[uû]re?|"
	r"kan\s+je\s+bevestigen|kun\s+je\s+bevestigen|peux-tu\s+confirmer)\b|"
	r"^\W*(?:traduction|vertaling)\b[^.]{0,30}\b(?:[àa]\s+v[ée]rifier|[àa]\s+relire|na\s+te\s+kijken|na\s+te\s+lezen|"
	r"te\s+controleren|te\s+checken)\b|"
	r"^\W*(?:nl|fr|version\s+(?:nl|fr)|versie\s+(?:nl|fr))\s*:\s*(?:[àa]\s+traduire|(?:nog\s+)?te\s+vertalen)\W*$|"
	r"^\W*(?:approuv[ée]e?|adopt[ée]e?|goedgekeurd|valid[ée]e?)\b[^.]{0,40}(?:…{2,}|\.{4,}|_{4,})|"
	r"\b(?:voeg|vul)\s+(?:ik|we|wij)\s+(?:\w+\s+){0,2}(?:later\s+)?(?:nog\s+)?(?:toe|aan)\b|\bje\s+(?:les\s+|l['’])?ajouterai\b)|"
	# whatever the verb, something of the report itself that is still to come
	r"^(?!.*\b(?:onderaan|hieronder|ci-dessous|plus\s+bas|en\s+bas)\b)"  # "Onderaan volgt een korte samenvatting"
	r"(?=.*(?:\b(?:ce|cette|(?:le|au|du)\s+pr[ée]sent|la\s+pr[ée]sente)\s+(?:rapport|compte[- ]rendu|pv|proc[eè]s-verbal|version)\b|"
	r"\bversion\s+d[ée]finitive|\bdefinitieve\s+versie|\b(?:en|in)\s+(?:annexe|bijlage)\b|"
	r"\b(?:dit|het|vorige|volgende)\s+verslag\b|\bsamenvatting\b|\br[ée]sum[ée]\s+(?:en|in)\b)"
	r")"  # "… zodra de Commissie de definitieve versie bevestigt" is a task's condition, not a remark
	r"(?=.*\b(?:encore|nog(?!\s+(?:altijd|steeds))|seront|sera|suivra|suivront|volgt|volgen)\b|"
	r".*(?:\bversion\s+d[ée]finitive|\bdefinitieve\s+versie|\bverslag\b|\brapport\b|\bsamenvatting\b).*\b(?:d[èe]s\s+que|zodra)\b)",
	re.I | re.S,
)


def fold(text: str) -> str:
	"""Lower case without accents, one kind of apostrophe, for comparing names the way people write them."""
	decomposed = unicodedata.normalize("NFKD", str(text or "").replace("’", "'").replace("‘", "'"))
	return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).lower().split())


def clean_line(line: str) -> str:
	"""A line without the markup of a converted document (`**bold**`, `# `, `> `)."""
	line = line.replace("\u00a0", " ").replace("\t", " ")
	line = re.sub(r"\*\*|__", "", line)
	line = re.sub(r"^\s*(#+|>)\s*", "", line)
	return " ".join(line.split())


# --- dates -----------------------------------------------------------------------------------

_WRITTEN_DATE = re.compile(
	r"\b(\d{1,2})(?:er|e|ste|de)?\s+([a-zA-ZÀ-ÿ]{3,10})\.?\s+(\d{4})\b",
)
_NUMERIC_DATE = re.compile(r"\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\b")
_SHORT_DATE = re.compile(r"(?<![\d/.-])(\d{1,2})([/.])(\d{1,2})\2(\d{2})(?![\d/.-])")


@dataclass
class FoundDate:
	value: date | None
	text: str
	problem: Problem | None = None


def find_date(text: str) -> FoundDate | None:
	"""The first date written as `16 mei 2019`, `1er avril 2023` or `16/05/2019`.

	A date that does not exist (`31 février 2023`) is found with a problem, not silently skipped.
	"""
	candidates = []
	for found in _WRITTEN_DATE.finditer(text or ""):
		month = MONTHS.get(fold(found.group(2)).rstrip("."))
		if month:
			candidates.append(
				(found.start(), int(found.group(1)), month, int(found.group(3)), found.group(0))
			)
	for found in _NUMERIC_DATE.finditer(text or ""):
		candidates.append(
			(found.start(), int(found.group(1)), int(found.group(2)), int(found.group(3)), found.group(0))
		)
	if not candidates:
		for found in _SHORT_DATE.finditer(text or ""):  # "09.02.21": the network began in 2015
			day, month, year = int(found.group(1)), int(found.group(3)), int(found.group(4))
			if 15 <= year <= 40 and 1 <= month <= 12:
				candidates.append((found.start(), day, month, 2000 + year, found.group(0)))
	if not candidates:
		return None
	_start, day, month, year, written = min(candidates)
	try:
		return FoundDate(date(year, month, day), written)
	except ValueError:
		return FoundDate(None, written, Problem(_("The date {0} does not exist."), (written,)))


# --- organisations and people ---------------------------------------------------------------


# Organisations the network works with that are not a CPAS: guests of a meeting, never owners.
PARTNER_ORGANISATIONS = (
	"fedasil",
	"lire et ecrire",
	"lezen en schrijven",
	"atlas",
	"agii",
	"agentschap integratie",
	"inburgering",
	"caw",
	"vdab",
	"forem",
	"actiris",
	"bon",
	"ciré",
	"cire",
	"croix-rouge",
	"rode kruis",
	"vzw",
	"asbl",
)


def is_partner_organisation(text: str) -> bool:
	folded = fold(text)
	return any(re.search(rf"(^|\W){re.escape(fold(name))}($|\W)", folded) for name in PARTNER_ORGANISATIONS)


def recognise_organisation(text: str, cpas_aliases: dict | None = None) -> tuple[str | None, str | None]:
	"""("CPAS", code), ("SPP", None) or (None, None) for an organisation as a report names it:
	`CPAS Gand`, `OCMW Gent`, `CPAS de Liège`, `SPP IS-MI`, `POD MI`..."""
	folded = fold(text)
	if not folded or (is_partner_organisation(text) and not re.search(r"\b(cpas|ocmw)\b", folded)):
		return None, None
	if re.search(r"\b(?:universit\w*|hogeschool|haute\s+ecole)\b", folded):
		return None, None  # "Universiteit Antwerpen": a university of the town, not its CPAS
	words = re.sub(r"[^a-z0-9 -]", " ", folded)
	if len(words.split()) > 3 and not re.search(r"\b(cpas|ocmw)\b", words) and "&" in folded:
		return None, None  # "Atlas Integratie & Inburgering Antwerpen": another organisation of the town
	for code, aliases in (cpas_aliases or CPAS_ALIASES).items():
		for alias in aliases:
			if re.search(rf"(^|[\s-]){re.escape(fold(alias))}($|[\s-])", words):
				return "CPAS", code
	spaced = " ".join(words.replace("-", " - ").split()).replace(" - ", "-")
	for alias in SPP_ALIASES:
		if re.search(rf"(^|\s){re.escape(alias)}($|\s|-)", spaced):
			return "SPP", None
	if re.search(r"\b(cpas|ocmw)\b", words):
		return "CPAS", None
	return None, None


@dataclass
class Person:
	full_name: str
	organisation: str = ""
	organisation_type: str | None = None
	cpas: str | None = None
	attendance: str = "Present"
	contact: str | None = None
	contact_name: str | None = None
	check: str = ""  # why a person should look at this item in the check dialog; empty when sure
	initials: str = ""  # the initials the report uses for them ("Mieke De Roo (MDR)")


# what someone did at the meeting, in a bracket after their name: "(verslag)", "(PV)", "(présidence)"
_ROLE_WORDS = (
	r"pv|verslag|verslaggever|rapport|notulen|notulist|notes?|secr[ée]tari\w*|voorzitter|pr[ée]sid\w*|chair|"
	r"compte[- ]rendu|cr"
)
_GUEST_SPEAKER = r"(?:(?:gast)?spreker|spreekster|oratrice|orateur|intervenante?)(?:\s+invit[ée]e?)?"
_ABSENCE_REASON = (
	r"cong[ee]\w*|ziek\w*|malade|maladie|verlof\w*|vakantie|vacances?|en\s+formation|in\s+opleiding|"
	r"zwangerschapsverlof|ouderschapsverlof|cong[ee]\s+de\s+maternit[ee]|en\s+mission|op\s+zending"
)
_ROLE_IN_BRACKETS = re.compile(
	rf"([,–-]\s*(?:CPAS|OCMW|SPP|POD)\b[^,;()]{{0,40}}?)\s*\((?:{_ROLE_WORDS}|"
	r"r[ée]daction(?:\s+du\s+(?:pv|rapport|compte[- ]rendu))?|"
	r"(?:r[ée]dige|verslag|notulen)\s+(?:le\s+pv|het\s+verslag|door\s+\w+)|"
	# "Marc Delvaux, SPP IS (contrôle financier)", "…, CPAS Charleroi (Service Action Migrants)": a role
	r"(?-i:[a-zà-ÿ])[^()]{1,40}|service\s+[^()]{2,40}|dpo)\)(?=\s*(?:[,;]|$))|"
	# "Laura Di Stefano, CPAS de Charleroi – PV": the writer's role after a dash
	r"([,–-]\s*(?:CPAS|OCMW|SPP|POD)\b[^,;()–]{0,40}?)\s+[–-]\s+(?:pv|verslag|notulen|secr[ée]tariat|r[ée]daction)(?=\s*(?:[,;]|$))",
	re.I,
)
# how someone was at the meeting: "(sur place)", "Online (Teams)", "Aanwezig in de zaal"
_HOW_THERE = (
	r"online|en\s+ligne|via\s+\w+|in\s+de\s+zaal|sur\s+place|ter\s+plaatse|[àa]\s+distance|digitaal|fysiek|"
	r"en\s+pr[ée]sentiel|op\s+afstand|(?:microsoft\s+)?teams|zoom|webex"
)
_ROLE_NOTE = re.compile(rf"\s*\((?:{_ROLE_WORDS}|moderat\w*|animat\w*)\)", re.I)
_HOW_THERE_BRACKETED = re.compile(rf"\s*\((?:{_HOW_THERE})\)", re.I)
_HOW_THERE_LABEL = re.compile(rf"(?:{_HOW_THERE})(?:\s*\([^()]*\))?")
_SPLIT_OUTSIDE_PARENS = re.compile(r"[,;](?![^()]*\))")
_ORGANISATION_WORD = re.compile(r"\b(cpas|ocmw|spp|pod|mi-is|is-mi|service|dienst|asbl|vzw)\b")
_JOINED_NAMES = re.compile(r"\s+(?:et|en|and|&|\+)\s+")
_NAME_WORD = re.compile(r"^[A-ZÀ-Ý][\w'’.-]*$|^(?:de|van|der|den|le|la|du|da|dos|el|ter|ten|von|di|d')$")
_ARTICLES = {
	"le",
	"la",
	"les",
	"l'",
	"de",
	"het",
	"een",
	"un",
	"une",
	"des",
	"du",
	"the",
	"chaque",
	"elk",
	"ce",
	"cette",
}


def looks_like_name(text: str) -> bool:
	"""Two to five words, each capitalised or a particle: `Mieke De Roo`, `Jan van der Berg`."""
	words = text.split()
	if not 2 <= len(words) <= 5:
		return False
	if not all(_NAME_WORD.match(word) for word in words) or fold(words[0]) in _ARTICLES:
		return False
	return words[0][0].isupper() and words[-1][0].isupper()


_COURTESY = re.compile(
	r"^(?:m\.|mr\.?|mme\.?|mmes\.?|mm\.|mevr\.?|mw\.?|dhr\.?|mevrouw|madame|mesdames|monsieur|messieurs|de heer)\s+",
	re.I,
)


_E_MAIL = re.compile(r"\s*<[^<>@\s]+@([^<>\s]+)>")
_ORGANISATION_GROUP_START = re.compile(
	r"^\s*(?:(?i:pour|voor|namens)\s+(?:(?i:le|la|les|het|de)\s+|(?i:l)['’])?)?[A-ZÀ-Ý][^:;,()]{1,40}\s?:\s*[A-ZÀ-Ý]"
)  # also "pour le SPP : Sofie Claes"
_DOMAIN_SPP = re.compile(r"(?:^|[.-])(?:mi-is|mi_is|spp-?is|pod-?mi|mi-is\.be|integration|integratie)")


def _organisation_of_domain(domain: str, cpas_aliases: dict | None = None) -> str:
	"""` (CPAS Liège)` for an address at `cpasdeliege.be`, ` (SPP IS)` at `mi-is.be`, `` elsewhere."""
	folded = fold(domain)
	if _DOMAIN_SPP.search(folded):
		return " (SPP IS)"
	for _code, aliases in (cpas_aliases or CPAS_ALIASES).items():
		for alias in aliases:
			if (len(alias) >= 4 or alias == "bxl") and fold(alias).replace(" ", "") in folded:
				return f" (CPAS {aliases[0]})"
	return ""


_RUN_TOGETHER_PERSON = re.compile(
	r"\)\s+(?=[A-ZÀ-Ý][a-zà-ÿ'’]+(?:-[A-ZÀ-Ý]?[a-zà-ÿ'’]+)*(?:\s+(?:[A-ZÀ-Ý][\w'’-]+|de|van|den|der|le|la|el)){1,3}\s*[(,]|"
	r"[A-ZÀ-Ý][a-zà-ÿ'’]+(?:\s+[A-ZÀ-Ý][\w'’-]+){1,2}\s+(?:et|en)\s+[A-ZÀ-Ý][a-zà-ÿ'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+){1,2}\s*\()"
)


def _people_run_together(text: str) -> str:
	"""`Thomas Claeys (POD MI) Anke Verbist, Wim Goossens (OCMW Antwerpen) Els Jacobs (OCMW Schoten)`: the
	paragraphs of a table's cell that a PDF's text ran together, as groups between semicolons."""
	if len(_RUN_TOGETHER_PERSON.findall(text)) >= 2 and ";" not in text:
		return _RUN_TOGETHER_PERSON.sub("); ", text)
	two = re.fullmatch(r"([^();,]+\(([^()]+)\))\s+([^();,]+\(([^()]+)\))", text.strip())
	if (
		two
		and all(recognise_organisation(two.group(i))[0] for i in (2, 4))
		and _RUN_TOGETHER_PERSON.search(text)
	):
		return f"{two.group(1)}; {two.group(3)}"  # "Tom Vervoort (OCMW Mortsel) Olivier Dethier (CPAS Liège)": two cells
	return text


_NAME_THEN_ORGANISATION = re.compile(
	r"^(?!(?:Pour|Voor|Namens|Van|De|Le|La|Les|Het)\s)((?:(?:Mme|M\.|Mevr\.|Dhr\.)\s+)?[A-ZÀ-Ý][\w'’-]+"
	r"(?:\s+(?:van|de|der|den|le|la|el|di|da|du|ter|ten|von|[A-ZÀ-Ý][\w'’-]+)){1,3})\s+"
	r"((?:CPAS|OCMW|SPP|POD)\b[^():;]{0,50}?)(?:\s*\([^()]*\))?\s*$"
)


def _name_then_organisation(text: str) -> str:
	""" "Mme Bernadette Lhoir CPAS de Bruxelles (secrétaire)", "M. Hugo Lenaerts OCMW Gent": one person a line,
	the tab between the name and the organisation lost in a text export."""
	found = _NAME_THEN_ORGANISATION.match(text.strip())
	if not found or len(re.findall(r"\b(?:CPAS|OCMW|SPP|POD)\b", text)) != 1 or ";" in text:
		return text
	return f"{found.group(1)} ({found.group(2).strip(' ,')})"


_EXCUSED_MARK = r"(?:exc\.?|excus[ée]e?s?|verontsch\.?|verontschuldigd|afwezig)"


def split_people(text: str, attendance: str = "Present", cpas_aliases: dict | None = None) -> list[Person]:
	"""People of a list, as `_split_people` reads them; a person marked in the list as excused
	(`Yasmina El Khattabi (exc.)`, `Griet Van den Broeck (Mortsel, exc.)`) is excused, and how someone
	took part (`Kristof Mertens (Edegem, Teams)`) is no organisation."""
	excused = {
		fold(found.group(1))
		for found in re.finditer(
			rf"([A-ZÀ-Ý][\w'’-]+(?:\s+[\w'’-]+){{0,4}}?)\s*\((?:[^()]*,\s*)?{_EXCUSED_MARK}\)",
			text or "",
			re.I,
		)
	}
	if excused:
		text = re.sub(rf"\s*\({_EXCUSED_MARK}\)", "", text, flags=re.I)
		text = re.sub(rf",\s*{_EXCUSED_MARK}\)", ")", text, flags=re.I)
	text = re.sub(rf",\s*(?:{_HOW_THERE})\s*\)", ")", text or "", flags=re.I)  # "(Edegem, Teams)"
	# "… en ikzelf (Wouter Verhaeghe)": the writer, named in brackets
	text = re.sub(
		r"\b(?:moi-m[êe]me|moi|ikzelf|mezelf|myself)\s*\(\s*([A-ZÀ-Ý][\w'’-]+(?:\s+[\w'’-]+){1,3})\s*\)",
		lambda found: found.group(1) if looks_like_name(found.group(1)) else found.group(0),
		text,
		flags=re.I,
	)
	# "… (SPP IS). Sur Teams : Fabienne Collard (CPAS de Liège)": how the next ones were there, not a name
	text = re.sub(
		r"(?:^|(?<=[.;,])\s*)(?:sur|via|op|en|in)\s+(?:teams|zoom|webex|ligne|visio)\s*:\s*",
		" ",
		text,
		flags=re.I,
	)
	# "Tom Peeters (Antwerpen) Online: Ann Verstraeten (POD MI)": the next label of how people took part, run in
	text = re.sub(
		r"(?<=\))\s+(?:online|on-line|en\s+ligne|sur\s+place|ter\s+plaatse|[àa]\s+distance|op\s+afstand|"
		r"(?:via|sur|op|in)\s+(?:teams|zoom|webex|visio))\s*:\s*(?=[A-ZÀ-Ý])",
		"; ",
		text,
		flags=re.I,
	)
	people = _split_people(text, attendance, cpas_aliases)
	for person in people:
		if excused and fold(person.full_name or "") in excused:
			person.attendance = "Excused"
	return people


def _split_people(text: str, attendance: str = "Present", cpas_aliases: dict | None = None) -> list[Person]:
	"""`Lisa Asselman (SPP IS-MI), Johan Maekelberg (CPAS Gand)` as people with their organisation.

	Also `Jan Peeters en Sofie Claes (OCMW Gent)`, `Marie Dubois – CPAS de Liège`, `CPAS Gand :
	Johan, Mieke` and an organisation excused as a whole (`CPAS de Charleroi`).
	"""
	people, with_role, labelled_from = [], [], set()
	text = clean_line(text)
	# "Marchal Julien <julien.marchal@mi-is.be>; …": a distribution list pasted in, its addresses' domains
	text = _E_MAIL.sub(lambda found: _organisation_of_domain(found.group(1), cpas_aliases), text)
	text = re.sub(
		r"\s*\[[^\[\]]{0,120}\]\s*$", "", text
	)  # "… [Nom Prénom (organisation)]": a template's prompt
	text = _people_run_together(text)  # "Katrien Vanhoutte (SPP IS) Wouter De Smet (CPAS Gand) …"
	# "Fabienne Lecomte, CPAS de Charleroi (sur place)": how they were there, not their organisation
	text = _HOW_THERE_BRACKETED.sub("", text)
	dashed = re.split(r"\s+[–—|]\s+(?=[A-ZÀ-Ý][^:;,()–—|]{1,40}\s?:\s*[A-ZÀ-Ý])", text)
	if len(dashed) > 1 and all(
		_ORGANISATION_GROUP_START.match(g) and recognise_organisation(g.split(":")[0], cpas_aliases)[0]
		for g in dashed
	):
		text = "; ".join(
			dashed
		)  # "SPP : Nathalie Delvaux, Pieter Claeys – Gand : Griet Van Damme – Liège : …"
	groups = [g for g in re.split(r"\s*;\s*", text) if g.strip()]
	if len(groups) > 1 and all(
		re.match(r"^(?:pour|voor|namens)\s+(?:le\s+|la\s+|l['’]|het\s+|de\s+)?[^,:]{2,40},\s*\S", g, re.I)
		and recognise_organisation(g.split(",")[0], cpas_aliases)[0]
		for g in groups
	):
		# "pour le CPAS de Liège, Mme …, M. … ; pour l'OCMW Gent, Mme … ; pour le SPP, …": one group each
		return [p for group in groups for p in split_people(group.strip(" ."), attendance, cpas_aliases)]
	if len(groups) > 1 and all(_ORGANISATION_GROUP_START.match(g) for g in groups):
		# "SPP IS : Julien Marchal, Sofie Claeys; Gand : Hanne Verstraete, Yusuf Demir": groups per organisation,
		# and "…; Excusés : Olivier Delhaize (CPAS de Liège)": the ones after that label were excused
		found = []
		for group in groups:
			label = re.match(r"^\s*([^:]{3,30}?)\s*:\s*(.+)$", group)
			if label and _attendance_label(label.group(1)):
				attendance, group = _attendance_label(label.group(1)), label.group(2)
			found.extend(split_people(group, attendance, cpas_aliases))
		return found
	dashed_groups = [re.match(r"^\s*([^,;:()–—-]{3,60}?)\s+[–—-]\s+([^;]+)$", g) for g in groups]
	if len(groups) > 1 and all(d and looks_like_name(d.group(1).strip()) for d in dashed_groups):
		# "Samira Haddou – taalcoach, vzw Woordwerk; Tom Vandenbroucke – onderzoeker, UAntwerpen": one each
		return [
			p
			for d in dashed_groups
			for p in split_people(
				f"{d.group(1).strip()} ({d.group(2).split(',')[-1].strip()})", attendance, cpas_aliases
			)
		]
	# "Julien Stiévenart, CPAS de Binche (PV)": the writer's role, not an organisation
	text = _ROLE_IN_BRACKETS.sub(lambda found: found.group(1) or found.group(2), text)
	heading = re.match(r"^((?:CPAS|OCMW|SPP|POD)[^:()]{0,40}):\s*(.+)$", text)
	grouped = re.match(
		r"^(?:pour|voor|namens|van)?\s*(?:le\s+|la\s+|l['’]|het\s+|de\s+|les\s+|nos\s+|onze\s+)?([^:(),]{2,40}?)\s*[:,]\s*(.+)$",
		text,
		re.I,
	)
	if (
		not heading
		and grouped
		and (
			recognise_organisation(grouped.group(1), cpas_aliases)[0]
			or is_partner_organisation(grouped.group(1))
			or re.fullmatch(
				r"(?:interpr[èe]tes?|tolk(?:en)?|invit[ée]e?s|gasten|guests)", fold(grouped.group(1))
			)
		)
		and (text[:1].islower() or text.lower().startswith(("pour", "voor", "namens")) or ":" in text[:45])
	):
		heading = grouped
	if not heading:
		other = re.match(r"^([^:()]{2,40}?)\s*:\s*(.+)$", text)  # "Fedasil : Dirk Wuyts"
		if other and is_partner_organisation(other.group(1)) and not looks_like_name(other.group(1)):
			heading = other
	shared_organisation = heading.group(1).strip() if heading else ""
	if heading:
		text = heading.group(2)
	# "Nadia Bouzid, Geert Lammens tolken – interprètes": the role of the names before it
	text = re.sub(
		r"(?<=[a-zà-ÿ])\s+((?:tolk(?:en)?|interpr[èe]tes?)(?:\s*[–/-]\s*(?:tolk(?:en)?|interpr[èe]tes?))?)\s*$",
		r", \1",
		text,
	)
	# "... (CPAS Gand) et Ozlem Baslari (...)", "… (CPAS de Bruxelles) ainsi que moi-même, …"
	text = re.sub(
		r"\)\s+(?:et|en|and|&|ainsi\s+que|de\s+m[êe]me\s+que|alsook|evenals|en\s+ook)\s+", "), ", text
	)
	if len(re.findall(r"\)\s+[–—-]\s+", text)) >= 2:
		text = re.sub(r"\)\s+[–—-]\s+", "), ", text)  # "Lisa Asselman (POD) – Julie Vandenberghe (POD) – ..."
	for item in _SPLIT_OUTSIDE_PARENS.split(text):
		item = item.strip(" .-–•*")
		# "Marie Fontaine en een collega van het onthaal": a colleague not named is no one to list
		item = re.sub(r"\s+(?:en|et)\s+(?:een|un|une)\s+(?:collega|coll[èe]gue|stagiaire)\b.*$", "", item)
		# "Els Verhoeven, avec Kris Janssens (Schoten)": who came along is there too
		item = re.sub(
			r"^(?:avec|met|samen\s+met|accompagn[ée]e?\s+de|vergezeld\s+van)\s+(?=[A-ZÀ-Ý])", "", item
		)
		item = re.sub(
			r"(\([^()]*\))\s+[–-]\s+[a-zà-ÿ][^()]*$", r"\1", item
		)  # "X (OCMW Antwerpen) – bemiddelaar"
		unlabelled = re.sub(
			r"^(?:(?:tolk(?:en)?|interpr[èe]tes?)(?:\s*[/–—-]\s*(?:tolk(?:en)?|interpr[èe]tes?))*|invit[ée]e?s?|gast(?:en)?|guests?|"
			rf"{_GUEST_SPEAKER}(?:\s*[/–—-]\s*{_GUEST_SPEAKER})*|"
			r"(?:les\s+|de\s+)?(?:ocmw['’]?s|cpas|partners?|partenaires|partnergemeenten|communes\s+partenaires))"
			r"\s*:\s*",
			"",
			item,
			flags=re.I,
		)
		if unlabelled != item:
			labelled_from.add(len(people))  # who follows a label: of no organisation named before it
		item = unlabelled
		item = re.sub(r"^(?:et|en|and|&)\s+(?=[A-ZÀ-Ý])", "", item, flags=re.I)  # "…, et Mme Leen Van Acker"
		slashed = re.match(r"^([^/()]{3,40}?)\s*/\s*((?:CPAS|OCMW|SPP|POD)\b[^/()]{0,40})$", item)
		if (
			slashed
			and looks_like_name(slashed.group(1).strip())
			and not recognise_organisation(slashed.group(1), cpas_aliases)[0]
		):
			item = f"{slashed.group(1).strip()} ({slashed.group(2).strip()})"  # "Jan Peeters/OCMW Gent"
		if not item or item.startswith("[") or STILL_TO_BE_ADDED.search(item):
			continue  # "[chiffres à venir]" in a table of people: a remark, nobody
		carried = re.match(
			r"^(?:et\s+|en\s+)?(?:pour|voor)\s+(?:le\s+cpas\s+de\s+|het\s+ocmw\s+)?([A-ZÀ-Ý][\w'’-]+)\s+(?=[A-ZÀ-Ý])(.+)$",
			item,
			re.I,
		)
		if (
			carried
			and recognise_organisation(carried.group(1), cpas_aliases)[1]
			and looks_like_name(re.split(r"\s+(?:et|en)\s+", carried.group(2))[0])
		):
			# "… et pour Liège Olivier Delhaize, Fatoumata Diallo et moi-même": the organisation of the rest
			shared_organisation, item = f"CPAS {carried.group(1)}", carried.group(2)
		organisation = shared_organisation
		for_organisation = re.match(
			r"^(.+?)\s+(?:pour|voor|namens)\s+(?:le\s+|la\s+|l['’]|les\s+|het\s+|de\s+)?([^()]{2,40})$", item
		)
		if (
			for_organisation
			and not organisation
			and recognise_organisation(for_organisation.group(2), cpas_aliases)[0]
		):
			item = f"{for_organisation.group(1)} ({for_organisation.group(2)})"  # "Pierre-Yves et moi pour le SPP"
		if item.count("(") != item.count(")"):
			item = re.sub(
				r"\)\s*\)", ")", re.sub(r"\(\s*\(", "(", item)
			)  # "Carine Mertens ((CPAS Bruxelles)"
		in_parens = re.match(r"^(.*?)\s*\(([^()]*)\)\s*$", item)
		dashed = re.match(r"^(.*?)\s+[–-]\s+(.+)$", item)
		initials = ""
		if re.fullmatch(
			r"(?:pv|verslag|notulen|notulist\w*|secr[ée]tari\w*|r[ée]daction|compte[- ]rendu)", fold(item)
		):
			continue  # "… – CPAS de Bruxelles, PV": who writes the report, not a person
		marked = re.match(rf"^(.*?\S)\s*\(({_INITIALS_WORD})\)\s*(?:[–—-]+\s*(\S.*))?$", item)
		if (
			marked
			and marked.group(3)
			and _initials_of(_COURTESY.sub("", marked.group(1)).strip(), marked.group(2))
		):
			# "Sarah Van Hoof (SVH) – POD MI": the initials the report uses, then the organisation
			initials = marked.group(2)
			item = f"{marked.group(1)} ({marked.group(3).strip()})"
			in_parens, dashed = re.match(r"^(.*?)\s*\(([^()]*)\)\s*$", item), None
		town_and_initials = in_parens and re.fullmatch(
			r"([A-Za-zÀ-ÿ]{1,12})\s*/\s*([A-ZÀ-Ý]{2,5})", in_parens.group(2).strip()
		)
		if town_and_initials and _initials_of(in_parens.group(1).strip(), town_and_initials.group(2)):
			# "Wouter Van Hecke (G/WVH)": the town's letter and the person's initials
			town = _town_of(town_and_initials.group(1), cpas_aliases)
			item, initials = in_parens.group(1).strip(), town_and_initials.group(2)
			in_parens = re.match(r"^(.*?)\s*\((.*)\)$", f"{item} ({town})") if town else None
		if (
			in_parens
			and re.fullmatch(_INITIALS_WORD, in_parens.group(2).strip())
			and _initials_of(in_parens.group(1).strip(), in_parens.group(2).strip())
		):
			# "Wouter Van Hecke (WVH)": the initials the report uses for them, not an organisation
			item, initials, in_parens = in_parens.group(1).strip(), in_parens.group(2).strip(), None
		if in_parens:
			item, organisation = in_parens.group(1).strip(), in_parens.group(2).strip()
			if (
				shared_organisation
				and not recognise_organisation(organisation, cpas_aliases)[0]
				and not is_partner_organisation(organisation)
			):
				organisation = shared_organisation  # "OCMW Gent: Bart Van Damme (coördinator AMIF)": a role
			elif (
				re.fullmatch(r"DPO|(?-i:[a-zà-ÿ])[^()]{1,40}", organisation)
				and not re.search(r"tolk|interpr|invit|gast|guest|stagi", fold(organisation))
				and not recognise_organisation(organisation, cpas_aliases)[0]
				and not is_partner_organisation(organisation)
			):
				if re.fullmatch(_ROLE_WORDS, fold(organisation)) or re.fullmatch(
					_ABSENCE_REASON, fold(organisation)
				):
					# "Bram De Smedt (verslag)": the writer, whatever the others' organisation; "Karim Benali
					# (congé)": why they were away, not the organisation of the next one
					with_role.append(item)
				organisation = ""  # "Lotte Willems (DPO)", "Marc Delvaux (contrôle financier)": a role, not an organisation
			guest = re.match(r"^(.*?)\s+[–-]\s+(.+)$", item)
			if guest and looks_like_name(guest.group(1).strip()):
				item, organisation = (
					guest.group(1).strip(),
					guest.group(2).strip(),
				)  # "Jeroen Smets – Fedasil (invité)"
		elif dashed and (
			recognise_organisation(dashed.group(2), cpas_aliases)[0]
			or (looks_like_name(dashed.group(1).strip()) and len(dashed.group(2).split()) <= 5)
		):
			item, organisation = dashed.group(1).strip(), dashed.group(2).strip()
			organisation = (
				re.sub(r"\s*\([^()]*\)\s*$", "", organisation) or organisation
			)  # "Fedasil (invité)"
		names = [_COURTESY.sub("", name.strip()) for name in _JOINED_NAMES.split(item) if name.strip()]
		if len(names) == 1 and len(names[0].split()) >= 4:
			# "Wim Peeters Inès Bouchard": two names of one cell, its lines joined by a text export (also
			# three: "Katrien Peeters Hamid Boukhari Sofie Janssens")
			first, second = _two_columns_of_names(names[0])
			if second:
				names = [first, second]
				while len(names[-1].split()) >= 4:
					first, second = _two_columns_of_names(names[-1])
					if not second:
						break
					names[-1:] = [first, second]
		if len(names) > 1 and (
			is_partner_organisation(item) or not all(looks_like_name(n) or " " not in n for n in names)
		):
			names = [item]  # "Lire et Écrire": one organisation, not two people
		if (
			not organisation
			and len(names) == 1
			and " " not in names[0]
			and people
			and recognise_organisation(names[0], cpas_aliases)[1]
		):
			names = ["CPAS " + names[0]]  # "Nauar Elfargani, Anvers": the town names its CPAS
		names = [n for n in names if not re.fullmatch(r"moi-m[êe]me|moi|mezelf|ikzelf|ik|myself|me", fold(n))]
		if not names:
			continue
		if names and names[0][:1].islower() and people and organisation and not people[-1].organisation:
			# `Lisa Asselman, coordinatrice (SPP IS)`: a role, and the organisation of the person before it
			previous = people[-1]
			previous.organisation = organisation
			previous.organisation_type, previous.cpas = recognise_organisation(organisation, cpas_aliases)
			continue
		if names[0][:1].islower() and len(names) == 1 and not looks_like_name(names[0]):
			if re.match(r"(?:interpr[eè]tes?|tolk(?:en)?|interpreters?)\b", fold(names[0])):
				for person in reversed(people):  # "Mme Vanhove et M. Dethier, interprètes": their role
					if person.organisation or not person.full_name:
						break
					person.organisation = names[0]
			in_role = re.search(r"\b(?:CPAS|OCMW|SPP|POD)\b.*$", names[0])
			if (
				in_role
				and len(names[0].split()) <= 6
				and people
				and people[-1].full_name
				and not people[-1].organisation
				and looks_like_name(people[-1].full_name)
			):
				org_type, cpas = recognise_organisation(in_role.group(0), cpas_aliases)
				if (
					org_type == "SPP" or cpas
				):  # "Lotte Claeys, stagiaire OCMW Gent": a role at an organisation
					previous = people[-1]
					previous.organisation, previous.organisation_type, previous.cpas = (
						in_role.group(0),
						org_type,
						cpas,
					)
			continue  # "chef de service", "coordinatrice": a role, not a person
		org_type, cpas = recognise_organisation(organisation, cpas_aliases)
		if (
			not organisation
			and len(names) == 1
			and (_ORGANISATION_WORD.search(fold(names[0])) or is_partner_organisation(names[0]))
		):
			org_type, cpas = recognise_organisation(names[0], cpas_aliases)
			if org_type:
				unplaced = [p for p in people if p.full_name and not p.organisation]
				if unplaced:
					# `Lisa Asselman, SPP IS, Johan Maekelberg, CPAS Gand`: the organisation of those before it
					for person in unplaced:
						person.organisation, person.organisation_type, person.cpas = names[0], org_type, cpas
				else:
					# an organisation excused or present as a whole
					people.append(Person("", names[0], org_type, cpas, attendance))
				continue
		for name in names:
			people.append(Person(name, organisation, org_type, cpas, attendance, initials=initials))
	# `Mieke De Roo, Johan Maekelberg, Ibrahim Laaroussi (OCMW Gent)`: a colleague's brackets
	# name the organisation of the names listed just before without one (not of one with a role of their own)
	for position in range(len(people) - 2, -1, -1):
		person, following = people[position], people[position + 1]
		if any(person.full_name and person.full_name in item for item in with_role):
			continue
		if position + 1 in labelled_from:
			continue  # "tolken: Koen Dierickx, Mireille Kabongo; gastspreker: Hilde Vandevelde (UAntwerpen)"
		if person.full_name and not person.organisation and following.organisation and following.full_name:
			person.organisation, person.organisation_type, person.cpas = (
				following.organisation,
				following.organisation_type,
				following.cpas,
			)
	return people


@dataclass(frozen=True)
class Contact:
	name: str
	full_name: str
	cpas: str | None = None
	organisation_type: str | None = None


def match_contact(full_name: str, contacts: list[Contact], cpas: str | None = None) -> Contact | None:
	"""The Network Contact a name means, whatever its accents and case; a first name alone
	(`Marie`) matches only when one contact has it; a close spelling (`Frédéric Daras`) matches
	when nothing else comes near."""
	from rapidfuzz import fuzz, process

	if fold(full_name) and " " not in fold(full_name).strip() and "-" in full_name:
		# "Marie-Paule": a first name of its own, not two words
		hyphenated = [c for c in contacts if fold(c.full_name).split(" ")[0] == fold(full_name).strip()]
		if len(hyphenated) == 1:
			return hyphenated[0]
	wanted = fold(full_name).replace("-", " ")
	if not wanted or not contacts:
		return None
	folded = [fold(contact.full_name).replace("-", " ") for contact in contacts]
	exact = [c for c, name in zip(contacts, folded, strict=True) if name == wanted]
	if len(exact) > 1 and cpas:
		exact = [c for c in exact if c.cpas == cpas] or exact
	if exact:
		return exact[0]
	first_initial = re.fullmatch(r"([a-z])\.\s*(\S.*)", wanted)
	if first_initial:
		# "A. Dubus": the one whose first name starts with A and whose last name is Dubus
		found = [
			c
			for c, name in zip(contacts, folded, strict=True)
			if name.startswith(first_initial.group(1)) and name.endswith(" " + first_initial.group(2))
		]
		return found[0] if len(found) == 1 else None
	initials = re.fullmatch(r"(\S+)\s+((?:[a-z]\.\s?){2,3})", wanted)
	if initials:
		# "Youssef E.A.": the Youssef whose last name's words start with E and A
		letters = re.sub(r"[.\s]", "", initials.group(2))
		found = [
			c
			for c, name in zip(contacts, folded, strict=True)
			if name.split(" ")[0] == initials.group(1)
			and "".join(w[0] for w in name.split(" ")[1:]) == letters
		]
		return found[0] if len(found) == 1 else None
	initial = re.fullmatch(r"(\S+)\s+([a-z])\.?", wanted)
	if initial:
		# "Ibrahim L.": the Ibrahim whose last name starts with L
		found = [
			c
			for c, name in zip(contacts, folded, strict=True)
			if name.split(" ")[0] == initial.group(1)
			and " " in name
			and name.split(" ", 1)[1].startswith(initial.group(2))
		]
		return found[0] if len(found) == 1 else None
	if " " not in wanted:
		first_names = [c for c, name in zip(contacts, folded, strict=True) if name.split(" ")[0] == wanted]
		if cpas:
			first_names = [c for c in first_names if c.cpas == cpas] or first_names
		return first_names[0] if len(first_names) == 1 else None
	scored = process.extract(wanted, folded, scorer=fuzz.token_sort_ratio, limit=2)
	if not scored or scored[0][1] < 88:
		return None
	if len(scored) > 1 and scored[1][1] >= scored[0][1] - 2 and folded[scored[1][2]] != folded[scored[0][2]]:
		return None
	return contacts[scored[0][2]]


# --- agenda --------------------------------------------------------------------------------

_CLOCK = r"(\d{1,2}\s*(?:[:hHuU.]\s*\d{2}|[hHuU]))(?:ur\b\.?|\s+u(?:ur)?\b\.?)?"  # also `13.30 u`, `12 uur`
_TIME_SLOT = re.compile(
	rf"^\s*(?:[-–•*]\s*)?(?:de\s+|van\s+|from\s+)?{_CLOCK}\s*(?:[àa]|-|–|—|tot|to|till|jusqu'[àa])\s*{_CLOCK}"
	rf"\s*(?:u(?:ur)?\b)?\s*[:\-–—.]?\s*(.*)$",
	re.I,
)
_TRAILING_SLOT = re.compile(
	rf"^\s*(?:[-–•*]\s*)?(.+?)\s*[(\[:–-]?\s*{_CLOCK}\s*(?:[àa]|-|–|—|tot|to)\s*{_CLOCK}\s*(?:u(?:ur)?)?\s*[)\]]?\s*$",
	re.I,
)
_TIME_IN_BRACKETS = re.compile(
	rf"^\s*(?:[-–•*]\s*)?(.+?)\s*[(\[]\s*(?:vers\s+|[àa]\s+|om\s+|d[èe]s\s+|rond\s+)?{_CLOCK}\s*(?:u(?:ur)?)?\s*[)\]]\s*$",
	re.I,
)
# "Le recrutement dans Activ'Up – 10h00": the item, then its time after a dash
_TIME_AFTER_DASH = re.compile(rf"^\s*(?:[-–•*]\s*)?(.+?)\s+[–—-]\s*{_CLOCK}\s*(?:u(?:ur)?)?\s*$", re.I)
_SINGLE_TIME = re.compile(
	rf"^\s*(?:[-–•*]\s*)?(?:[àa]\s+partir\s+de\s+|vanaf\s+|d[èe]s\s+|from\s+|[àa]\s+|om\s+)?{_CLOCK}\s*(?:u(?:ur)?\b)?\s*[:\-–—.]?\s+(.+)$",
	re.I,
)


@dataclass
class AgendaItem:
	title: str
	from_time: str = ""
	to_time: str = ""
	check: str = ""  # why a person should look at this item in the check dialog; empty when sure


def parse_time_slot(line: str) -> AgendaItem | None:
	"""`10h00 à 10h45 : Accueil`, `13:30 à 14:00 Lunch`, `van 9u30 tot 10u: Onthaal`, `14h Visite`."""
	line = clean_line(line)
	if re.match(r"^\W*(?:date|datum)\s*:", line, re.I):
		return None  # "Datum: dinsdag 27 september 2022, 09.30 – 15.00 uur": the meeting's day and hours
	# "van 10 tot 10.30 uur", "de 9 à 10h": the first hour written bare
	line = re.sub(
		r"^(\s*(?:[-–•*]\s*)?(?:van|de)\s+)(\d{1,2})(\s+(?:tot|[àa])\s+\d)", r"\1\2u\3", line, flags=re.I
	)
	found = _TIME_SLOT.match(line)
	if found:
		start, end = clock_text(_plain_clock(found.group(1))), clock_text(_plain_clock(found.group(2)))
		if start and end:
			return AgendaItem(found.group(3).strip(" :-–|"), start, end)
	found = _SINGLE_TIME.match(line)
	if found and not re.fullmatch(r"u(?:ur)?\.?", found.group(2).strip()):  # "10.00 u." is a time, no item
		start = clock_text(_plain_clock(found.group(1)))
		if start:
			return AgendaItem(found.group(2).strip(" :-–|"), start, "")
	found = _TRAILING_SLOT.match(line)
	if found:
		start, end = clock_text(_plain_clock(found.group(2))), clock_text(_plain_clock(found.group(3)))
		if start and end and found.group(1).strip(" :-–|"):
			return AgendaItem(found.group(1).strip(" :-–|"), start, end)
	# not "Jeudi 19 octobre 2017 – 9h30": when the meeting starts
	found = _TIME_IN_BRACKETS.match(line) or (_TIME_AFTER_DASH.match(line) if not find_date(line) else None)
	if found:
		start = clock_text(_plain_clock(found.group(2)))
		if start and found.group(1).strip(" :-–|"):
			return AgendaItem(found.group(1).strip(" :-–|"), start, "")  # "accueil et café (9h30)"
	return None


def _plain_clock(value: str) -> str:
	value = re.sub(r"\s+", "", value).lower().rstrip(".")  # "10.00 u."
	value = re.sub(r"^(\d{1,2})[.:hu](\d{2})(?:uur|u|h)$", r"\1:\2", value)  # "9.30 u", "10.00 uur"
	return re.sub(r"uur$", "h", value).replace("u", "h")


# --- section numbers ---------------------------------------------------------------------

_ROMAN = re.compile(r"^(?=[IVXLC])(C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$")
_HEADING = re.compile(
	# a Roman number of a section is small: "CC: Elif Demir" is an e-mail's copy line, not section 200
	r"^\s*((?:\d{1,2}(?:\.\d{1,2}){0,3})|(?:[IVX]{1,6}(?:\.\d{1,2}){1,2})|(?:[IVX]{1,6}|[LC]))"
	r"(?:[.)]\s*[-–—]|\.|\)|\s*[-–—:])?\s+(\S.*)$",  # also "II.1 CPAS de Liège"
)


def roman_value(text: str) -> int | None:
	if not text or not _ROMAN.match(text):
		return None
	values = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
	total = 0
	for position, letter in enumerate(text):
		value = values[letter]
		following = values[text[position + 1]] if position + 1 < len(text) else 0
		total += -value if value < following else value
	return total


def number_parts(number: str) -> tuple[int, ...] | None:
	"""`4.1` → (4, 1), `IV` → (4,), `0` → (0,); None for anything else."""
	roman = roman_value(number)
	if roman:
		return (roman,)
	if re.fullmatch(r"\d{1,2}(?:\.\d{1,2})*", number):
		return tuple(int(part) for part in number.split("."))
	mixed = re.fullmatch(r"([IVX]{1,6})((?:\.\d{1,2}){1,2})", number or "")
	if mixed and roman_value(mixed.group(1)):
		return (
			roman_value(mixed.group(1)),
			*(int(p) for p in mixed.group(2).strip(".").split(".")),
		)  # "II.1"
	return None


@dataclass
class Heading:
	number: str
	level: int
	title: str


def parse_heading(line: str, marked: bool = False) -> Heading | None:
	"""A numbered heading in any of the styles the reports use: `I. Accueil`, `2. Mod' Actions`,
	`4.1 Gent`, `4.2. Luik`, `IV – Clôture`, `0. Introduction`. A list item (`1. un contrat ;`,
	`- 1) Module`) or a sentence is not a heading."""
	raw = line.replace("\u00a0", " ")
	if re.match(r"^\s*[-–•*·▪✓]", raw.replace("**", "")):
		return None
	line = clean_line(raw)
	line = re.sub(r"^(\s*\d{1,2})\s([.)])(?=\s)", r"\1\2", line)  # "2 . Enquête", "4 ) L'enquête"
	line = re.sub(r"^(\s*\d{1,2}\.)(?=[A-ZÀ-Ý][a-zà-ÿ]{2})", r"\1 ", line)  # "4.Divers"
	found = _HEADING.match(line)
	if not found:
		return None
	number, title = found.group(1), found.group(2).strip()
	if number_parts(number) is None or parse_time_slot(line):
		return None
	if not marked and not title[0].isupper() and not title[0].isdigit() and title[0] not in "«\"'":
		return None  # a heading style or bold type may start in lower case ("1) covid-update")
	longest = 2 if re.search(r"\s[–/|]\s", title) else 1  # a heading in both languages
	if len(title) > 110 * longest or len(title.split()) > 14 * longest or title.endswith((";", ",")):
		return None
	if title.endswith(".") and len(title.split()) > 6:
		return None
	month = re.match(r"([a-z]+)\.?\s+(?:19|20)\d{2}\b", fold(title))
	if number.isdigit() and int(number) <= 31 and month and month.group(1) in MONTHS:
		return None  # "23 mars 2017": a date, not section 23
	return Heading(number, section_level(number), title.rstrip(" :"))


def follows(previous: tuple[int, ...] | None, current: tuple[int, ...]) -> bool:
	"""Whether a number can come after the previous heading's: a later number at the same or an
	upper level (gaps allowed: reports skip numbers), or the first child (4 → 4.1)."""
	if previous is None:
		return len(current) == 1 or current[-1] <= 1
	if len(current) == len(previous) + 1:
		return current[:-1] == previous and current[-1] <= 2
	if len(current) <= len(previous):
		return current[:-1] == previous[: len(current) - 1] and current[-1] > previous[len(current) - 1]
	return False


# --- action points ---------------------------------------------------------------------------

_FR_FUTURE = (
	r"(?:va|vont|vais|allons|allez|doit|doivent|devra|devront|se\s+charge(?:ra|nt|ront)?\s+de|est\s+charg[ée]e?\s+de|"
	r"(?:est|sont)\s+(?:invit[ée]e?s?|pri[ée]e?s?|charg[ée]e?s?)\s+(?:[àa]|de|d')|"
	r"s'engage(?:nt)?\s+[àa]|propose(?:ra|nt|ront)?\s+de)"
)
_FR_FUTURE_VERB = r"\w+(?:era|eront|ira|iront|dra|dront|ra|ront)\b"
_NL_FUTURE = r"(?:zal|zullen|moet|moeten|neemt\s+contact|nemen\s+contact|gaat|gaan)\b"
# Dutch reports often state an action in the present tense ("Jan bezorgt de lijst"): only verbs
# of handing something over count, and only with people as subject (not "het OCMW organiseert").
_NL_PRESENT_ACTION = (
	r"(?:bezorgt|bezorgen|stuurt|sturen|verstuurt|versturen|mailt|mailen|bezorgt|contacteert|contacteren|"
	r"bereidt|bereiden|verspreidt|verspreiden|vult|vullen|bezorgen)\b"
)
_PASSIVE_LATER = re.compile(
	r"\b(sera|seront)\s+(?:\w+\s+)?(communiqu|envoy|transmis|fix|pr[ée]cis|annonc|diffus|partag|d[ée]cid|organis|"
	r"tradui|r[ée]dig|pr[ée]par|synth[ée]tis|mis\s+[àa]\s+jour|tenu|compl[ée]t|v[ée]rifi|test|[ée]tabli|"
	r"pr[ée]sent|mis\b|ajout|relu|corrig|centralis|collect|rassembl|[ée]labor|pris|assur|fourni|conçu|d[ée]velopp|"
	r"fait\b|r[ée]alis|coordonn|pilot|suivi)\w*|"
	# any other participle after "sera": "sera proposé", "seront relus" (not "sera consacrée à")
	r"(?<!\bne\s)(?<!\bqui\s)(?<!\bque\s)(?<!\bn')\b(?:sera|seront)\s+(?:\w+\s+)?(?!consacr|d[ée]di|bas[ée]|compos|situ|ouvert|ferm|limit|accompagn|financ|"
	r"r[ée]serv|destin|n[ée]cessaire|possible|difficile|disponible)\w{3,}(?:é|ée|és|ées|is|ise|ises|u|ue|us|ues)\b|"
	r"\b(wordt|worden|zal|zullen)\b.*\b(meegedeeld|bezorgd|verstuurd|vastgelegd|doorgestuurd|"
	r"gecommuniceerd|bekendgemaakt|gedeeld|georganiseerd|bepaald|opgesteld|vertaald|bijgehouden|aangepast|"
	r"voorbereid|uitgewerkt|verzameld|gebundeld|getest|nagekeken|rondgestuurd|bezorgd|opgevolgd|verzorgd|"
	r"gemaakt|ontwikkeld|opgenomen|geregeld)\b",
	re.I,
)
_ACTION_MARKER = re.compile(
	r"^\s*(?:actions?|acties?|actiepunt(?:en)?|point\s+d'action|[àa]\s+faire|to\s*do|todo|→|->|=>|⇒|➔)"
	r"(?:\s*/\s*(?:actions?|acties?)\b)?\s*[:\-–]?\s*(.+)$",
	re.I,
)
_NOT_AN_ACTION = re.compile(r"\b(a\s+été|ont\s+été|werd|werden|heeft|hebben|avait|avaient)\b", re.I)


# "Il est convenu que Marie enverra...": the agreement is the action's lead-in, Marie its owner
_AGREED = re.compile(
	r"^(?:il\s+(?:est|a\s+été)\s+(?:(?:par\s+ailleurs|[ée]galement|aussi|en\s+outre|enfin|donc)\s+)?"
	r"(?:convenu|décidé|decide)\s+que\s+|on\s+convient\s+que\s+|"
	r"er\s+(?:wordt|werd|is)\s+(?:(?:ook|verder|nog)\s+)?(?:afgesproken|beslist|overeengekomen)\s+dat\s+|"
	r"(?:afgesproken|afspraak|convenu|décidé)\s*:\s*|"
	# "Anne-Sophie rappelle que tous les CPAS doivent encoder …": a reminder whose clause is the task
	r"(?-i:[A-ZÀ-Ý])[\w-]+(?:\s+(?-i:[A-ZÀ-Ý])[\w-]+)?\s+rappelle\s+que\s+(?=(?:tous\s+les|chaque)\s[^.]*\b(?:pour\s+le|avant\s+le|d['’]ici)\s))",
	re.I,
)


@dataclass
class ActionPoint:
	action: str
	owner_type: str = "To Be Assigned"
	owners: list = field(default_factory=list)
	owner_cpas: str | None = None
	contacts: list = field(default_factory=list)
	check: str = ""  # why a person should look at this item in the check dialog; empty when sure


# a full stop that ends an abbreviation or an initial, not a sentence: "M. Piette", "Mme. Lhoest", "J. Maes"
_ABBREVIATION_END = re.compile(
	r"(?:^|[\s(])(?:[A-ZÀ-Ý]|m|mm|mr|mme|mmes|mlle|dr|dhr|mevr|mw|st|cf|art|p|n°|nr|vb|bv|cie|resp|ca|env|vs|ex)\.$",
	re.I,
)


def split_sentences(text: str) -> list[str]:
	text = " ".join(text.split())
	pieces = [
		s.strip() for s in re.split(r"(?<=[.!?])\s+(?=[A-ZÀ-Ý«\"(•▪◦]|→\s*[A-ZÀ-Ý])", text) if s.strip()
	]
	# "… tous les CPAS. • Chaque CPAS vérifie …": the items of a list run together in a table's cell
	pieces = [pieces[0], *(re.sub(r"^[•▪◦]\s*", "", p) for p in pieces[1:])] if pieces else pieces
	sentences = []
	for piece in pieces:
		if sentences and _ABBREVIATION_END.search(sentences[-1]):
			sentences[-1] += " " + piece
		else:
			sentences.append(piece)
	return sentences


_CLAUSE = re.compile(r"\b(que|qui|dont|dat|die|wat|als|si|quand|wanneer|omdat|parce)\b", re.I)


def _subject_and_rest(sentence: str) -> tuple[str, str, bool] | None:
	"""The subject before the first verb that announces an action, the rest, and whether the verb
	is a Dutch present tense (which only people can carry)."""
	candidates = []
	for auxiliary, pattern, present in (
		(True, rf"^(.{{2,80}}?)\s+{_FR_FUTURE}\s+(.+)$", False),
		(
			False,
			rf"^(.{{2,80}}?)\s+(?:se\s+|s'|l'|les\s+|lui\s+|leur\s+|nous\s+|vous\s+|en\s+|y\s+)?({_FR_FUTURE_VERB}.*)$",
			False,
		),
		(True, rf"^(.{{2,80}}?)\s+{_NL_FUTURE}\s+(.+)$", False),
		(False, rf"^(.{{2,80}}?)\s+({_NL_PRESENT_ACTION}.+)$", True),
	):
		found = re.match(pattern, sentence, re.I)
		if found:
			subject = found.group(1).strip()
			# "Mme Hanne De Smet et M. Wouter Peeters": their titles are no words of the subject
			if len(_COURTESY.sub("", subject).split()) > 7 or _CLAUSE.search(subject) or ":" in subject:
				continue
			candidates.append(
				(not auxiliary, len(subject), subject, found.group(found.lastindex).strip(), present)
			)
	if not candidates:
		return None
	# a verb that is an auxiliary of the future comes first ("Wim zal … bezorgen zodra …": not "zodra";
	# "Mehdi et Samira vont …": not "Samira"), then the first verb of the sentence
	auxiliaries = [c for c in candidates if not c[0]]
	_verb, _length, subject, rest, present = (
		min(auxiliaries, key=lambda c: c[1]) if auxiliaries else candidates[0]
	)
	return subject, rest, present


_OWNER_PREFIX = re.compile(
	r"^(?:(?:ensuite|puis|enfin|donc|dan|daarna|verder|tot slot|ook)\b)?[\s,]*(?:(?:pour|voor|namens)\s+(?=\S+\s*$))?"
	r"(?:(?:le|la|les|de|het|ook)\b|l')?\s*",
	re.I,
)
_NOT_OWNERS = re.compile(
	r"^(?:il|elle|ils|elles|on|nous|vous|je|hij|zij|ze|we|wij|men|dit|dat|cela|ce|ceci|cette|"
	r"qui|die|er|het\s+project|le\s+projet|l'[ée]quipe|the)$",
	re.I,
)


def recognise_owner(subject: str, contacts: list[Contact], cpas_aliases: dict | None = None) -> ActionPoint:
	"""Who a sentence's subject names: one or more contacts, a CPAS, the SPP, or nobody."""
	written = subject  # "De OCMW's", "Les CPAS": every CPAS, as the article says
	bracket = re.search(r"\(([^)]*)\)", subject)
	_kind, named_cpas = recognise_organisation(bracket.group(1), cpas_aliases) if bracket else (None, None)
	if (
		bracket
		and not _kind
		and recognise_organisation(subject[: bracket.start()], cpas_aliases)[0]
		and re.search(r"\b(cpas|ocmw|pod|spp)\b", fold(subject[: bracket.start()]))
	):
		inside = recognise_owner(bracket.group(1), contacts, cpas_aliases)
		if inside.owner_type in CONTACT_OWNERS:
			return inside  # "POD MI (Sarah)", "CPAS de Gand (M. Van Hecke)": the person named
	if (
		bracket
		and _kind == "SPP"
		and re.fullmatch(
			r"(?:(?:le|la|l'|het|de)\s*)?(?:secretariat|secretariaat|coordination|coordinatie|cellule|cel|service|dienst|"
			r"equipe|team)",
			fold(subject[: bracket.start()]).strip().replace("’", "'"),
		)
	):
		point = ActionPoint(action="")  # "Le secrétariat (SPP)": the SPP's own service
		point.owner_type, point.owners = "SPP", [subject]
		return point
	subject = re.sub(r"(?<=\w)\s*/\s*(?=[A-ZÀ-Ý])", " et ", subject)  # "Silvia/Claudine"
	subject = re.sub(r"\s*\([^)]*\)", "", subject)  # "Ibrahim (Liège)": the CPAS tells two Ibrahims apart
	prefix = re.match(r"^([^–-]{2,40}?)\s+[–-]\s+(.+)$", subject)
	if prefix and recognise_organisation(prefix.group(1), cpas_aliases)[0]:
		subject = prefix.group(2)  # "Bruxelles – Agnès Dubus": the person, not the place
	subject = _OWNER_PREFIX.sub("", subject.strip(" ,")).strip()
	subject = re.sub(
		r"\b(?:m\.|mr\.?|mme\.?|mmes\.?|mevr\.?|mw\.?|dhr\.?|mevrouw|madame|monsieur|de heer)\s+(?=[A-ZÀ-Ý])",
		"",
		subject,
		flags=re.I,
	)
	point = ActionPoint(action="")
	if not subject or _NOT_OWNERS.match(subject):
		return point
	if re.fullmatch(
		r"(?:tous|toutes|tout\s+le\s+monde|iedereen|allen|everyone|everybody)", fold(subject).strip(" .")
	):
		# "(tous)", "– iedereen": each CPAS of the network, for itself
		point.owner_type, point.owner_cpas, point.owners = "CPAS", None, [subject]
		return point
	org_type, cpas = recognise_organisation(subject, cpas_aliases)
	names = [n.strip() for n in _JOINED_NAMES.split(re.sub(r",\s*", " et ", subject)) if n.strip()]
	people = []
	for name in names:
		known = match_contact(name, contacts, named_cpas) if named_cpas else None
		known = known or match_contact(name, contacts)
		if not known and re.fullmatch(r"[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ýa-z][\w'’-]+){0,2}", name):
			# "Mme Asselman", "Mme De Roo": a surname of someone of the meeting
			same = [c for c in contacts if fold(c.full_name).endswith(" " + fold(name))]
			known = same[0] if len(same) == 1 else None
		if known:
			people.append((known.full_name, known.name or None))
		elif looks_like_name(name) and not recognise_organisation(name, cpas_aliases)[0]:
			people.append((name, None))
	if people and len(people) == len(names):
		point.owners = [full_name for full_name, _contact in people]
		point.contacts = [contact for _full_name, contact in people]
		point.owner_type = "Network Contact" if len(people) == 1 else "Several Network Contacts"
		return point
	towns = "|".join(re.escape(a) for aliases in (cpas_aliases or CPAS_ALIASES).values() for a in aliases)
	if (
		org_type == "CPAS"
		and cpas
		and not re.search(r"\b(tous|toutes|alle|chaque|elk|ieder)\b", fold(subject))
		# "Les frais d'un partenaire comme Binche", "JVA toont het ontwerp van Gent": not the CPAS
		and re.match(rf"^(?:cpas|ocmw|sociaal\s+huis|(?:{towns})\b)", fold(subject))
	):
		point.owner_type, point.owner_cpas, point.owners = "CPAS", cpas, [subject]
		return point
	if org_type == "CPAS" and (
		re.match(
			r"^(?:chaque|elk|ieder|alle|tous\s+les|toutes\s+les|each|every|all)\s+(?:\w+[\s-]+)?(?:cpas|ocmw)",
			fold(subject),
		)
		or (
			re.fullmatch(r"(?:ocmw'?s|ocmws|cpas|partner[- ]?(?:ocmw'?s|cpas))", fold(subject))
			and (fold(subject) != "cpas" or re.match(r"^\s*les\s", fold(written)))
		)
	):
		point.owner_type, point.owners = "CPAS", [subject]  # "chaque CPAS", "alle OCMW's": every CPAS
		point.check = CHECK_EVERY_CPAS
		return point
	if org_type == "CPAS" and not re.search(r"\b(et|en|and)\b", fold(subject)):
		# a CPAS not named: an action of the network, to be assigned
		point.owners = [subject]
		return point
	if org_type == "SPP":
		point.owner_type, point.owners = "SPP", [subject]
	return point


def recognise_action(sentence: str, contacts: list[Contact], cpas_aliases: dict | None = None):
	"""An action point in a sentence where someone will do something, with its owner:
	`Marie enverra la présentation à tous`, `Jan en Sofie bezorgen de lijst aan het POD`,
	`le CPAS de Gand va organiser une visite`, `la date sera communiquée plus tard` (unassigned)."""
	sentence = clean_line(sentence).strip(" -–•*")
	written = sentence
	marker = _ACTION_MARKER.match(sentence)
	if marker:
		sentence = marker.group(1)
	sentence = _AGREED.sub("", sentence)
	sentence = sentence[:1].upper() + sentence[1:]
	if _SOMEONE.match(sentence) and _FUTURE_MARK.search(sentence):
		return ActionPoint(action=written)  # "Quelqu'un devra se renseigner...": nobody named yet
	if len(sentence) < 8 or sentence.endswith("?"):
		return None
	open_owner = re.match(
		r"^(.{10,120}?)\s*:\s*(?:nog\s+te\s+bepalen|[àa]\s+d[ée]terminer|[àa]\s+d[ée]finir|[àa]\s+d[ée]signer)\W*$",
		sentence,
		re.I,
	)
	if open_owner and not re.search(
		r"\b(?:datum|date|plaats|lieu|locatie|volgende|prochaine?|uur|heure|tijdstip)\b",
		fold(open_owner.group(1)),
	):
		return ActionPoint(
			action=sentence
		)  # "Controle van de gegevens van afgesloten trajecten: nog te bepalen."
	duty = re.match(
		r"^il\s+(?:appartient|appartiendra|revient|reviendra|incombe|incombera)\s+(?:[àa]u?x?\s+)(.{2,50}?)\s+d(?:e\s|')",
		sentence,
		re.I,
	)
	if duty:
		point = recognise_owner(duty.group(1), contacts, cpas_aliases)  # "Il appartiendra à chaque CPAS de…"
		if point.owners:
			point.action = sentence
			return point
	split = _subject_and_rest(sentence)
	if split and not _NOT_AN_ACTION.search(split[0]):
		point = recognise_owner(split[0], contacts, cpas_aliases)
		if point.owners or marker:
			point.action = written if _AGREED.match(written) else sentence
			return point
	if _PASSIVE_LATER.search(sentence) or marker:
		return ActionPoint(action=sentence)
	return None


# --- the report as a whole ---------------------------------------------------------------------


@dataclass
class Section:
	number: str
	level: int
	heading: str
	lines: list = field(default_factory=list)
	remarks: list = field(default_factory=list)
	check: str = ""  # why a person should look at this heading; empty when sure

	@property
	def body(self) -> str:
		return "\n".join(self.lines).strip()


@dataclass
class RecognisedReport:
	language: str = "fr"
	title_fr: str = ""
	title_nl: str = ""
	meeting_date: str | None = None
	date_text: str = ""
	place: str = ""
	is_online: bool = False
	simultaneous_interpretation: bool = False
	no_interpretation: bool = False  # the report says there was none
	host_cpas: str | None = None
	attendees: list = field(default_factory=list)
	agenda: list = field(default_factory=list)
	sections: list = field(default_factory=list)
	action_points: list = field(default_factory=list)
	next_meeting_date: str | None = None
	next_meeting_note: str = ""
	remarks: list = field(default_factory=list)
	leftover: list = field(default_factory=list)
	writer: str = ""  # who wrote the report, when it names them among the people present ("moi-même")
	problems: list = field(default_factory=list)
	legend: dict = field(default_factory=dict)  # initials the report explains ("MDR = Mieke De Roo")
	prose: list = field(default_factory=list)  # the paragraphs before any heading, for a report without one
	top: list = field(default_factory=list)  # the report's first lines: its title, as written
	interpreters: list = field(default_factory=list)  # the names read as interpreters, of no organisation

	def as_dict(self) -> dict:
		data = asdict(self)
		del data["legend"], data["prose"], data["top"], data["interpreters"]
		data["problems"] = [asdict(p) for p in self.problems]
		for section, original in zip(data["sections"], self.sections, strict=True):
			section["body"] = original.body
			del section["lines"]
		return data


_FR_WORDS = {"le", "la", "les", "des", "est", "et", "une", "du", "pour", "avec", "sont", "dans", "qui", "au"}
_NL_WORDS = {"de", "het", "een", "en", "van", "is", "zijn", "voor", "met", "die", "dat", "niet", "ook", "op"}
_PAGE_MARK = r"(?:page|pagina|blz\.?|p\.)\s*\d{1,3}(?:\s*(?:/|sur|van|de|of)\s*\d{1,3})?"  # "p. 2/3"
_BOILERPLATE = re.compile(
	r"^(naar een ge[iï]ntegreerd|dankzij het amif|vers une politique|gr[aâ]ce au fami|int[ée]gr[ée]e,? gr[aâ]ce|"
	r"pod\s*\|?\s*maatschappelijke|spp\s*\|?\s*int[ée]gration|migratiebeleid|(?:page|pagina|p\.)\s*\d+|\d{1,3}(?:\s*/\s*\d{1,3})?$|"
	rf".{{3,90}}\s[–—|-]\s+{_PAGE_MARK}\s*$)",
	re.I,
)


def report_language(text: str) -> str:
	"""`fr` or `nl`: the language most of the report's words are in."""
	words = re.findall(r"[a-zà-ÿ']+", text.lower())
	french = sum(word in _FR_WORDS for word in words)
	dutch = sum(word in _NL_WORDS for word in words)
	return "nl" if dutch > french else "fr"


def _label(line: str, labels) -> str | None:
	"""The rest of a line that starts with one of the labels (`Présents :`, `Aanwezig:`)."""
	line = re.sub(r"[·.]e[·.]?s\b|\(e\)s?|\(es\)|\(s\)", "es", line)  # Présent·e·s, Excusé(e)s
	# also "Agenda (mail Karen van 14/3): …", "Présents (12) :": a bracket between the label and its colon
	found = re.match(r"^\s*([A-Za-zÀ-ÿ' ]{3,30}?)\s*(?:\([^()]{1,40}\)\s*)?[:：]\s*(.*)$", line)
	keys = {_label_key(label) for label in labels}
	if found and _label_key(found.group(1)) in keys:
		return found.group(2).strip()
	if _label_key(line.rstrip(" :")) in keys:
		return ""
	return None


def _label_key(text: str) -> str:
	"""A label without its plural or feminine ending: `Présentes`, `Présents` and `Présent` alike."""
	key, previous = fold(text).strip(" ."), None
	while key != previous:
		previous, key = key, re.sub(r"(es|s|e)$", "", key)
	return key


def is_report_text(text: str) -> bool:
	"""A meeting report has words, and somewhere a date or a numbered heading."""
	if not text or len(text.strip()) < 40:
		return False
	if find_date(text) is None and not any(parse_heading(line) for line in text.splitlines()):
		return False
	letters = sum(ch.isalpha() for ch in text)
	marks = sum(1 for ch in text if not ch.isspace() and ch not in "-|+=_:")  # not a table's borders
	return letters > 0.4 * marks


# the bullets a PDF's text gives as glyphs of a symbol font ("", "") or as other marks: a plain bullet
_PRIVATE_BULLET = re.compile(r"(?m)^([ \t]*)[\ue000-\uf8ff◦●○■□◆❖➢➤▪]\s*")


def recognise_report(text: str, contacts: list[Contact] = (), cpas_aliases: dict | None = None):
	"""The parts of a report found in its text, and the lines left over.

	The text may carry the marks of its format (`# heading`, `**bold**`, `*italic*`, `| table |`:
	see `report_documents`): a heading style, a bold line or a table row is then read as such; a
	plain text is read by its words and layout alone.
	"""
	report = RecognisedReport()
	if not text or not text.strip():
		report.problems.append(Problem(_("The text is empty: paste a report or choose its file.")))
		return report
	if len(text) > MAX_TEXT_LENGTH:
		report.problems.append(Problem(_("The text is too long for one meeting report.")))
		return report
	if "\x00" in text or not is_report_text(text):
		report.problems.append(
			Problem(_("This does not look like a meeting report: no date or numbered section was found."))
		)
		return report
	from amif_network.rules.report_documents import logical_lines

	report.language = report_language(text)
	text = _PRIVATE_BULLET.sub(r"\1• ", text)
	_ReportReader(report, logical_lines(text), cpas_aliases).read()
	report.writer = writer_of(text, report.attendees)
	_finish(report, list(contacts), cpas_aliases)
	return report


_HEADER_WORDS = {
	"init",
	"initiales",
	"initialen",
	"initials",
	"institution",
	"instelling",
	"francais",
	"nederlands",
	"frans",
	"fr",
	"nl",
	"n°",
	"no",
	"nr",
	"n",
	"#",
	"nummer",
	"nom",
	"naam",
	"name",
	"prenom",
	"voornaam",
	"organisation",
	"organisatie",
	"organisme",
	"cpas",
	"ocmw",
	"fonction",
	"functie",
	"service",
	"dienst",
	"statut",
	"status",
	"presence",
	"aanwezigheid",
	"heure",
	"uur",
	"tijd",
	"tijdstip",
	"agendapunt",
	"heures",
	"horaire",
	"van",
	"tot",
	"de",
	"a",
	"debut",
	"fin",
	"point",
	"punt",
	"sujet",
	"onderwerp",
	"thema",
	"theme",
	"titre",
	"titel",
	"agenda",
	"programma",
	"programme",
	"ordre du jour",
	"intervenant",
	"intervenants",
	"onderdeel",
	"spreker",
	"qui",
	"wie",
	"time",
	"item",
	"from",
	"to",
	"role",
	"rol",
	"p",
	"e",
	"aanw",
	"verontsch",
	"veront",
	"exc",
	"ter",
	"plaatse",
	"online",
	"sur",
	"place",
	"ligne",
	"deelname",
	"participation",
	"waar",
	"ou",
	"lieu",
	"mode",
}
_EXCUSED_STATUS = re.compile(r"\b(excus|verontsch|veront\b|afwez|absent|kennisgeving)", re.I)
_PRESENT_STATUS = re.compile(r"^(?:aanwezig|present|présente?s?|oui|ja|x)\b", re.I)
_AGENDA_ANNOUNCED = re.compile(
	r"(ordre du jour|agenda|programme|programma|dagorde|d[ée]roulement|verloop)\b.*:$|"
	r"\b(au programme|op het programma|figurent au programme|staat op de agenda|sont abord[ée]s)\b.*:?$",
	re.I,
)
_AGENDA_IN_SENTENCE = re.compile(
	r"\b(?:l['’]ordre\s+du\s+jour|ordre\s+du\s+jour|de\s+agenda|agenda|het\s+programma|de\s+dagorde|"
	r"le\s+programme\s+(?:annonc[ée]|pr[ée]vu|de\s+la\s+(?:r[ée]union|journ[ée]e|rencontre|matin[ée]e))|"
	r"(?<![\w'’])(?:le|au)\s+programme(?=\s*:)|"  # "Le programme : accueil à 9h30, …", "Au programme : …"
	# "Deux sujets : …", "Nous avons parlé de trois choses : …", "Elle annonce ensuite le programme : …"
	r"(?:deux|trois|quatre|cinq|twee|drie|vier|vijf)\s+(?:sujets|points|th[èe]mes|choses|onderwerpen|punten|"
	r"thema['’]?s|zaken)|annonce\s+(?:ensuite\s+)?le\s+programme|kondigt\s+(?:daarna\s+)?het\s+programma)"
	r"(?:,?\s+[\w'’]+){0,16}?\s*:\s*((?:[^.:]|(?<=\d)[.:](?=\d))+?)\.(?:\s|$)",  # "L'ordre du jour est le suivant : …"
	re.I,
)
# "L'ordre du jour prévoyait, après l'accueil, la visite …", "Op de agenda stonden een rondleiding, …"
_AGENDA_IN_SENTENCE_VERB = re.compile(
	r"\b(?:l['’]ordre\s+du\s+jour|(?:op\s+)?de\s+agenda|(?:le|het)\s+programm[ae]|de\s+dagorde)\s+"
	r"(?:pr[ée]voyait|pr[ée]voit|comportait|comprenait|reprenait|stonden|stond|omvatte|bevatte|voorzag|"
	r"se\s+composait\s+de|bestond\s+uit|[ée]tait\s+compos[ée]\s+de)\s*,?\s*([^.:]+?)\.(?:\s|$)",
	re.I,
)
_AGENDA_CONNECTIVE = re.compile(
	r"^(?:apr[eè]s|puis|ensuite|enfin|et|en|daarna|dan|vervolgens|tot\s+slot|eerst|d['’]abord|"
	r"['’]s\s+(?:morgens|middags|namiddags|avonds)|le\s+matin|l['’]apr[eè]s-midi)\s*,?\s+",
	re.I,
)
_ONLY_CLOCK = re.compile(rf"^\s*{_CLOCK}\s*(?:u(?:ur)?)?\s*$", re.I)
_CLOCK_RANGE = re.compile(rf"^\s*{_CLOCK}\s*(?:[àa]|-|–|—|tot|to)\s*{_CLOCK}\s*(?:u(?:ur)?)?\s*$", re.I)
# what a report's title calls the meeting or the report
_REPORT_TITLE = re.compile(
	r"\b(?:rencontre|r[ée]union|compte[- ]rendu|proc[eè]s[- ]verbal|pv|rapport|verslag|netwerk\w*|r[ée]seau|"
	r"\w*bijeenkomst|\w*overleg|\w*vergadering|notulen|journ[ée]e|netwerkdag)\b"
)
# the header of a people table's column of initials: "Init.", "Initialen", "Afk."
# who wrote the report, on a line of its own: "Verslag / Rapport : Ruben Peeters", "Notulen: Sanne"
_WRITER_LABEL = re.compile(
	r"^\W*(?:verslag|verslaggever|notulen|notulist|r[ée]daction|pv|rapport)(?:\s*/\s*(?:verslag|rapport|r[ée]daction|"
	r"notulen|pv))?\s*:\s*(?-i:[A-ZÀ-Ý])",
	re.I,
)
_INITIALS_HEADER = re.compile(r"init|initiales|initialen|initials|afk|sigle")
_LETTER_HEADING = re.compile(r"^\s*([A-H])(?:\.|\)|\s*[-–:])\s+(\S.*)$")
# a sub-heading numbered after its letter or number: "B.1 Le listing", "2a) Regels per OCMW"
_SUB_NUMBERED = re.compile(r"^\s*([A-H]\.\d{1,2}|\d{1,2}[a-h])(?:[.)]|\s*[-–:])?\s+(\S.*)$")
_LEGEND_LINE = re.compile(
	r"^([A-ZÀ-Ý]{2,4}|[A-ZÀ-Ý](?:[a-z]{0,2}[A-ZÀ-Ý]){1,4})\s*(?:=|:|–|—)\s*([A-ZÀ-Ý].{3,80})$"
)


# the report again in its other language, its sections numbered from 1 again
_VERSION_HEADING = re.compile(
	r"^(?:(?:verslag|rapport|compte[- ]rendu|pv)\s*[–—-]\s*)?(?:version\s+(?:fran[cç]aise|n[ée]erlandaise)|(?:nederlandse|franse)\s+versie|"
	r"texte\s+(?:fran[cç]ais|n[ée]erlandais)|(?:nederlandse|franse)\s+tekst)\W*$"
)


_NOT_INITIALS = {
	"SPP",
	"POD",
	"FR",
	"NL",
	"MI",
	"IS",
	"EU",
	"UE",
	"AMIF",
	"FAMI",
	"CPAS",
	"OCMW",
	"EN",
	"ODJ",
	"PV",
}


# the header of an e-mail pasted into a report, and the greetings around its text
_MAIL_FIELD = re.compile(
	r"^(?:van|aan|cc|bcc|verzonden|onderwerp|from|to|sent|subject|de|[àa]|envoy[ée]|objet)\s*:\s*\S", re.I
)
_GREETING = re.compile(
	r"^(?:dag|beste|hallo|hoi|bonjour|bonsoir|chers?|ch[èe]res?|hello|hi|groetjes|vriendelijke\s+groet\w*|"
	r"met\s+vriendelijke\s+groet\w*|bien\s+[àa]\s+vous|cordialement|bonne\s+journ[ée]e|merci)\b.{0,40}[,!]?$",
	re.I,
)


def _agenda_header(cells: list) -> bool:
	"""The header of an agenda's table: a column of times and one of subjects (`| Heure | Sujet | Qui |`),
	also in both languages (`| Uur / Heure | Onderwerp / Sujet |`)."""
	words = [
		w.strip(" :?.")
		for c in cells
		if c.strip()
		for w in re.split(r"\s*/\s*|\s+[–—-]\s+", fold(c))
		if w.strip(" :?.")
	]
	times = {"heure", "heures", "uur", "tijd", "tijdstip", "horaire", "time"}
	subjects = {
		"sujet",
		"onderwerp",
		"point",
		"punt",
		"thema",
		"theme",
		"titre",
		"titel",
		"agendapunt",
		"item",
		"programma",
		"programme",
	}
	return (
		any(w in times for w in words)
		and any(w in subjects for w in words)
		and all(
			w in _HEADER_WORDS or re.fullmatch(r"intervenant\W*e?\W*s?|presentateur|door|par", w)
			for w in words
		)
	)


def _people_header(cells: list) -> bool:
	"""A table's header naming its people and their organisation: `| Nom | Institution |`."""
	words = [re.sub(r"\((?:e|s|es)\)|[·.]e[·.]?s?\b", "", fold(c)).strip(" :?.") for c in cells if c.strip()]
	names = [
		w
		for w in words
		if re.fullmatch(
			r"(?:nom|naam|name|nom\s*[/–—-]\s*naam|naam\s*[/–—-]\s*nom)(?:\s+(?:et\s+)?pr[ée]nom|\s+(?:en\s+)?voornaam)?"
			r"|(?:pr[ée]nom\s+(?:et\s+)?nom|voornaam\s+(?:en\s+)?naam)",
			w,
		)
		# "Leden werkgroep", "Membres du groupe", "Deelnemers": the column of the people
		or re.fullmatch(
			r"(?:leden|membres|deelnemers?|participant(?:e)?s?|members)(?:\s+(?:werkgroep|du\s+groupe(?:\s+de\s+travail)?|"
			r"van\s+de\s+werkgroep|stuurgroep|comit[ée]))?",
			w,
		)
	]
	return bool(names) and all(
		w in _HEADER_WORDS
		or w in names
		or (
			re.fullmatch(r"[\w\s/–—-]{2,40}", w)
			and all(p in _HEADER_WORDS or _attendance_label(p) for p in re.split(r"\s*[/–—-]\s*|\s+", w) if p)
		)
		for w in words
	)


_INFO_LABEL = re.compile(
	r"(?:date|datum|heure|heures|uur|tijd|horaire|lieu|plaats|locatie|adresse?|redaction|redacteur|redactrice"
	r"|verslag|verslaggever|notulist|secretariat|secretaire|president(?:e)?|presidence|voorzitter|objet"
	r"|onderwerp|reference|referentie|ref|n/ref|organisateur|host|hote|gastheer|reunion|vergadering)"
	r"(?:\s*[/–-]\s*\w+)?"
)
_PRESENCE_WORD = re.compile(
	r"present(?:e|es|s)?|presences?|aanwezig(?:e|en|heid|heden|heidslijst)?|aanw|pres|particip(?:ants?|antes?|ent|aient|ait)"
	r"|deelnemers?|deelgenomen|assist(?:ent|aient|ait|ants|antes)|connecte(?:e|es|s)?"
)
_EXCUSE_WORD = re.compile(r"excus\w*|exc|verontsch\w*|afwezig\w*|afw|absent(?:e|es|s)?|afgemeld|afmelding\w*")
_LABEL_FILLER = {
	*"est sont etaient etait ont a ete se s zijn waren was is en et outre aussi egalement ook de la le les".split(),
	*"l aan bij reunion seance vergadering bijeenkomst personnes hebben zich met kennisgeving in van het".split(),
	*"pour voor ces deze cette ce were also the meeting".split(),
}


def _unbroken_word(cell: str) -> str:
	""" "Verontschuldig d" → "Verontschuldigd": a word of a table's header that a PDF broke at the cell's edge."""
	broken = re.match(r"^(.*?\b)(\w{4,})\s(\w{1,3})$", cell.strip())
	if broken:
		joined = broken.group(2) + broken.group(3)
		if fold(joined) in _HEADER_WORDS or _attendance_label(joined):
			return broken.group(1) + joined
	# "Veront schuldigd", "Ver slaggever": a label broken across two lines of a narrow column
	split = re.fullmatch(r"(\*\*)?([A-ZÀ-Ý][a-zà-ÿ]{1,8})\s([a-zà-ÿ]{4,})(\*\*)?", cell.strip())
	if split:
		joined = split.group(2) + split.group(3)
		if _attendance_label(joined) or fold(joined) in (
			"verslaggever",
			"verslag",
			"rapporteur",
			"secretaris",
		):
			return joined
	return cell


def _attendance_words(text: str) -> str | None:
	""" "Present" or "Excused" for a label made of words of presence or excuse and small words only:
	`Étaient présents`, `Assistent en outre à la réunion`, `Est excusée`, `Hebben zich verontschuldigd`."""
	words = re.findall(r"[a-z]+", fold(text))
	content = [w for w in words if w not in _LABEL_FILLER]
	if not content or len(words) > 7 or {words[0], words[-1]} & {"en", "et", "and"}:
		return None
	if all(_EXCUSE_WORD.fullmatch(w) for w in content):
		return "Excused"
	if all(_PRESENCE_WORD.fullmatch(w) for w in content):
		return "Present"
	return None


def _attendance_label(text: str) -> str | None:
	""" "Present" or "Excused" for a line or cell that is only that label (`Aanwezig:`, `Excusés`)."""
	head = re.sub(r"[·.]e[·.]?s\b|\(e\)s?|\(es\)|\(s\)", "es", text.strip().rstrip(":： ").strip("*_ "))
	parts = [p for p in re.split(r"\s*[/|]\s*|\s+[–-]\s+", head) if p.strip()]
	if not parts:
		return None
	for kind, labels in (("Present", PRESENT_LABELS), ("Excused", EXCUSED_LABELS)):
		keys = {_label_key(label) for label in labels}
		if all(
			_label_key(part) in keys or _extra_label(kind.lower(), part) or _attendance_words(part) == kind
			for part in parts
		):
			return kind
	return None


_ORGANISATION_AFTER_DASH = (
	r"(?:OCMW|CPAS|POD|SPP)(?:\s+(?:de|du|van|d')?\s*[A-ZÀ-Ý][\w'’-]*)?(?:\s+(?:MI|IS|IS-MI|MI-IS))?"
)


_EVERY_CPAS_PLURAL = re.compile(r"^(?:les\s+|de\s+)?(?:ocmw'?s|ocmws|cpas|partner[- ]?(?:ocmw'?s|cpas))$")
# a deadline makes a sentence about every CPAS a task: "De OCMW's bezorgen hun cijfers ten laatste op 30 april"
_DEADLINE = re.compile(
	r"\b(?:avant|pour|tegen|v[óo]{1,2}r)\s+(?:la\s+prochaine\s+(?:r[ée]union|rencontre)|de\s+volgende\s+"
	r"(?:vergadering|bijeenkomst))\b|"  # "avant la prochaine réunion"
	r"\b(?:ten\s+laatste|uiterlijk|tegen|voor|avant|d['’]ici|pour|au\s+plus\s+tard|pour\s+le)\s+(?:op\s+|le\s+|de\s+|het\s+|"
	r"eind\s+|fin\s+|begin\s+|d[ée]but\s+|half\s+|mi-)?(?:\d{1,2}(?:[/.]\d{1,2}|\s+[a-zéû]{3,})|"
	# "pour le premier trimestre 2017", "tegen het tweede kwartaal"
	r"(?:premier|second|deuxi[èe]me|troisi[èe]me|quatri[èe]me|1er|2e|3e|4e|eerste|tweede|derde|vierde)\s+"
	r"(?:trimestre|semestre|kwartaal|semester|jaarhelft)|" + "|".join(MONTHS_FR + MONTHS_NL) + r")\b",
	re.I,
)
_LABEL_AFTER_BRACKET = re.compile(
	r"\)\s+((?:exc|excus[ée]e?s?|excus[ée]\(e\)s|absents?|afwezig|verontsch\w*|tolk(?:en)?|interpr[èe]tes?)\.?)\s*:\s*",
	re.I,
)
_NAME_PARTICLES = {
	"de",
	"van",
	"der",
	"den",
	"le",
	"la",
	"du",
	"da",
	"dos",
	"el",
	"ter",
	"ten",
	"von",
	"di",
	"d'",
}


def _row_label(text: str):
	"""The label of a table's row of guests or interpreters: `Gasten`, `Invités`, `Tolken`."""
	return re.match(rf"^(?:{_INTERPRETER_WORD}|invit[ée]e?s?|gast(?:en)?|guests?)\b\s*", text, re.I)


_FRENCH_WORDS = {
	"le",
	"la",
	"les",
	"l'",
	"du",
	"des",
	"et",
	"a",
	"au",
	"aux",
	"par",
	"pour",
	"sur",
	"un",
	"une",
	"avec",
	"d'",
}
_DUTCH_WORDS = {"het", "een", "van", "voor", "op", "met", "aan", "bij", "naar", "per", "tot", "over", "uit"}


def first_language_half(title: str) -> str:
	"""`Accueil et café Onthaal en koffie`: the title in the first language of a row that holds it in
	French and in Dutch, cut before the capital where the other language starts (the cut that best
	parts French words from Dutch ones, else the one nearest the middle); as it was if there is none."""
	if re.search(r"\s[/|–]\s", title):
		return title  # "Accueil / Onthaal": both languages written as one title
	words = title.split()

	def lean(part: list[str]) -> int:  # > 0: French, < 0: Dutch
		folded = [fold(w).strip(",.:;()") for w in part]
		french = sum(1 for w in folded if w in _FRENCH_WORDS or w.startswith(("l'", "d'")))
		return french - sum(1 for w in folded if w in _DUTCH_WORDS)

	best = None
	for cut in range(1, len(words)):
		word = words[cut]
		if not word[:1].isupper() or fold(words[cut - 1]) in _NAME_PARTICLES:
			continue
		left, right = words[:cut], words[cut:]
		apart = abs(lean(left) - lean(right)) + (2 if fold(" ".join(left)) == fold(" ".join(right)) else 0)
		key = (apart, not word.isupper(), -abs(len(left) - len(right)))
		if best is None or key > best[0]:
			best = (key, " ".join(left))
	return best[1] if best else title


def _rows_run_together(text: str) -> list[str]:
	"""Rows of a people table joined on one line (`POD MI Elke Janssens – OCMW Luik Fabienne Collard`):
	a row a part, cut before each organisation that follows a name or an empty cell."""
	parts = re.split(
		r"(?<=[\w'’)–—-])\s+(?=(?:CPAS|OCMW|SPP|POD|Gasten|Invit[ée]s?|Tolken|Interpr[èe]tes)\b)", text
	)
	rows = []
	for part in parts:
		if (
			rows
			and not _organisation_then_names(rows[-1])
			and not re.search(r"[–—]\s*$", rows[-1])
			and not _row_label(rows[-1])
		):
			rows[-1] = (
				f"{rows[-1]} {part}"  # "CPAS de Bruxelles – OCMW Brussel": one organisation in two languages
			)
		else:
			rows.append(part)
	return rows


def _two_columns_of_names(text: str) -> tuple[str, str]:
	"""`Sarah El Moussaoui, Wouter Claeys Pieter Vanhoutte`: the names of two cells run together, cut
	where a part between commas holds two names (the first of two words and its particles)."""
	chunks = [c.strip() for c in text.split(",")]
	for index, chunk in enumerate(chunks):
		words = chunk.split()
		if len(words) < 4:
			continue
		cut = 2
		while cut < len(words) - 2 and fold(words[cut - 1]) in _NAME_PARTICLES:
			cut += 1
		while cut < len(words) - 1 and fold(words[cut]) in _NAME_PARTICLES and len(words) - cut < 3:
			cut -= 1
		first, second = " ".join(words[:cut]), " ".join(words[cut:])
		if (
			looks_like_name(first)
			and looks_like_name(second)
			and fold(words[cut]) not in _NAME_PARTICLES
			and not _ORGANISATION_WORD.search(fold(chunk))
			and not recognise_organisation(second)[0]
			and not is_partner_organisation(chunk)
		):
			present = ", ".join([*chunks[:index], first])
			excused = ", ".join([second, *chunks[index + 1 :]])
			return present, excused
	return text, ""


_STATUS_WORD = r"(?:pr[ée]sente?s?|excus[ée]e?s?|absente?s?|aanwezig|verontschuldigd|afwezig)"


def _named_rows_header(text: str) -> str | None:
	"""The column a header cell of a people table names: "name", "organisation", "status" or None."""
	folded = fold(text).strip(" :")
	if not folded.startswith("participant"):
		folded = re.sub(r"(?<=[a-z])[·.]e\b|\(e\)", "", folded)  # "Présent·e / Aanwezig", "Excusé(e)"
	if re.fullmatch(
		r"(?:nom|naam|name|participant[·.(]e\)?(?:[·.]?s)?)(?:\s*[/–—-]\s*(?:nom|naam|name))?",
		folded,
	):
		return "name"  # also "Participant·e"
	if re.fullmatch(
		r"(?:organisation|organisatie|institution|instelling|organisme)(?:\s*[/–—-]\s*\w+)?", folded
	):
		return "organisation"
	if re.fullmatch(
		r"(?:presence|aanwezigheid|statut|status|present\s*[?]?|aanwezig\s*[?]?|excuse\w*|verontschuldigd|participation|"
		r"deelname)"
		r"(?:\s*[/–—-]\s*\w+){0,3}",  # also "Présent / Excusé – Aanwezig / Verontschuldigd"
		folded,
	):
		return "status"
	return None


# the role that stands where a row of a people table gives the organisation: "Griet Lenaerts Interprète"
_ROW_ROLE = r"(?:interpr[èe]te|tolk|vertaler|traduct\w+|invit[ée]e?|gast|asbl|vzw)"


def _how_there_cell(cell: str) -> bool:
	"""`Sur place / Ter plaatse`, `En ligne / Online`: the header of a column of people by how they took part."""
	parts = [p for p in re.split(r"\s*/\s*|\s+[–—-]\s+", fold(cell).strip(" :*_")) if p]
	return bool(parts) and all(
		re.fullmatch(
			r"(?:sur\s+place|ter\s+plaatse|en\s+ligne|online|in\s+de\s+zaal|dans\s+la\s+salle|en\s+salle|"
			r"via\s+teams|op\s+afstand|[àa]\s+distance|en\s+pr[ée]sentiel|fysiek)",
			part,
		)
		for part in parts
	)


def _only_names(text: str) -> bool:
	"""`Hanne Goris, Luc Fontaine`, `Maud Lenaerts et Koen Dierickx`: people's names and nothing else."""
	parts = [p.strip() for p in re.split(r"\s*[,;&]\s*|\s+(?:et|en|and)\s+", text) if p.strip()]
	return bool(parts) and all(looks_like_name(p) and len(p.split()) <= 4 for p in parts)


_WEEKDAYS = set(
	"lundi mardi mercredi jeudi vendredi samedi dimanche maandag dinsdag woensdag donderdag vrijdag zaterdag "
	"zondag le de".split()
)


def _only_a_date(text: str) -> bool:
	"""`23 mars 2017`, `18 mars 2021 – 18 maart 2021`, `Jeudi 29 septembre 2022`: a date and nothing else."""
	words = re.findall(r"[a-z]+", fold(clean_line(text)))
	return (
		bool(find_date(text))
		and bool(re.search(r"\b(?:19|20)\d{2}\b", text))
		and all(w in MONTHS or w in _WEEKDAYS for w in words)
	)


def _continues_title(title: str, text: str) -> bool:
	"""Whether a line without a time goes on the agenda title above it, which a PDF or a table's cell
	wrapped: it starts small ("2021-2027 et les indicateurs"), or the title stopped on a small word
	("Stand van zaken per") or inside quotes ("« Samen"); not a sentence ("collega's. Le français suit …")."""
	return (
		len(text) < 60
		and not re.search(r"[.!?]\W*$", text)
		and bool(
			re.match(r"[0-9]", text)
			or (re.match(r"[a-zà-ÿ]", text) and title[:1].isupper())  # not in an agenda all in small letters
			or re.search(
				r"\b(?:de|du|des|la|le|les|et|[àa]|pour|sur|avec|par|van|het|en|voor|op|met|in|per|over|l['’]|d['’])$",
				title,
				re.I,
			)
			or title.count("«") > title.count("»")
			or title.count("(") > title.count(")")
		)
	)


def _named_rows_joined_header(text: str) -> bool:
	"""`Naam Organisatie Aanwezig?`, `Nom / Naam Organisation / Organisatie Présence`: the header of a
	name / organisation / status table whose cells a PDF's text ran together on one line."""
	words = text.split()
	if len(words) == 3 and _INITIALS_HEADER.fullmatch(fold(words[1]).strip(".:")):
		# "Nom Initiales Organisation": the name, its initials, the organisation (no status column)
		return [_named_rows_header(words[0]), _named_rows_header(words[2])] == ["name", "organisation"]
	if not 3 <= len(words) <= 9:
		return False
	for first in range(1, len(words) - 1):
		for second in range(first + 1, len(words)):
			parts = [" ".join(words[:first]), " ".join(words[first:second]), " ".join(words[second:])]
			if [_named_rows_header(part) for part in parts] == ["name", "organisation", "status"]:
				return True
	return False


def _organisation_cell(text: str, cpas_aliases=None) -> bool:
	"""`CPAS de Gand – OCMW Gent`, `SPP IS – POD MI`: an organisation alone, not a person."""
	if not (recognise_organisation(text, cpas_aliases)[0] or is_partner_organisation(text)):
		return False
	if _name_then_organisation(text) != text:
		return (
			False  # "Sanne Verbist OCMW Mortsel": a person and their organisation, the tab between them lost
		)
	return not any(
		looks_like_name(part.strip()) and not _ORGANISATION_WORD.search(fold(part))
		for part in re.split(r"\s*[/–—(,]\s*|\s+-\s+", text)
	)


def _two_people(text: str) -> list[str] | None:
	"""The people of one row of a two-column table exported as one line: `Nauar Elfargani (OCMW
	Antwerpen) Bram Wouters (OCMW Mortsel)`, `Tine Claes – OCMW Antwerpen Lisa Asselman – POD MI`."""
	text = text.strip()
	parts = re.split(r"(?<=\))\s+(?=[A-ZÀ-Ý])", text)
	if len(parts) == 2:
		return parts
	dashed = re.match(rf"^(.+?\s[–-]\s{_ORGANISATION_AFTER_DASH})\s+([A-ZÀ-Ý].+\s[–-]\s.+)$", text)
	if dashed:
		return [dashed.group(1), dashed.group(2)]
	if len(parts) == 1 and (_is_people_line(text, None) or re.search(r"\s[–-]\s", text)):
		return [text]
	return None


_GROUP_FOR = re.compile(
	r"^(?:pour|voor|namens|van|du|de)\s+(?:le\s+|la\s+|l['’]|het\s+|de\s+)?(.{2,60}?)\s*[,:]\s*(.+)$", re.I
)
_GROUP_AFTER = re.compile(r"^(.+?)\s+[–—-]\s+([^,()]{2,60})$")


def _town_of(written: str, cpas_aliases=None) -> str:
	"""A CPAS written as a town's name, an abbreviation or its first letter only when no other CPAS of
	the network starts with it (`G` for Gent): the name to read it by, or ""."""
	aliases = cpas_aliases or CPAS_ALIASES
	if recognise_organisation(written, cpas_aliases)[0]:
		return written
	letter = fold(written)
	if len(letter) == 1:
		codes = [code for code, names in aliases.items() if any(name.startswith(letter) for name in names)]
		if len(codes) == 1:
			return aliases[codes[0]][0]
	return ""


_GROUP_FOR_BARE = re.compile(r"^(?:pour|voor|namens)\s+(?:le\s+|la\s+|l['’]|het\s+|de\s+)?(\S.{1,80})$", re.I)


def _group_for(group: str, cpas_aliases=None) -> tuple[str, str] | None:
	"""(organisation, names) of `pour le CPAS de Gand, Mieke De Roo et Lotte Claeys` or of
	`voor het OCMW Gent Griet Vermeulen en Bram De Smedt` (nothing between the two), or None."""
	found = _GROUP_FOR.match(group)
	if found:
		known = recognise_organisation(found.group(1), cpas_aliases)[0] or is_partner_organisation(
			found.group(1)
		)
		if not known:
			return None
		# "voor het OCMW Gent Griet Vermeulen, Nadia Ait Ouali …": the first name before the comma
		split = _organisation_then_names(found.group(1), cpas_aliases)
		if split and looks_like_name(_COURTESY.sub("", split[1])):
			return split[0], f"{split[1]}, {found.group(2)}"
		return found.group(1), found.group(2)
	found = _GROUP_FOR_BARE.match(group)
	return _organisation_then_names(found.group(1), cpas_aliases) if found else None


def _organisation_then_names(text: str, cpas_aliases=None) -> tuple[str, str] | None:
	"""(organisation, names) of `OCMW Gent Griet Vermeulen en Bram De Smedt`: the shortest organisation
	the next word no longer changes, followed by a name."""
	words = text.split()
	for cut in range(1, len(words) - 1):
		organisation, names = " ".join(words[:cut]), " ".join(words[cut:])
		known = recognise_organisation(organisation, cpas_aliases)
		if not (known[0] or is_partner_organisation(organisation)):
			continue
		longer = recognise_organisation(f"{organisation} {words[cut]}", cpas_aliases)
		if longer != known or fold(words[cut]) in _ORGANISATION_GOES_ON or organisation.endswith(("/", "|")):
			continue  # "OCMW" then "Gent", "POD" then "Maatschappelijke Integratie"
		first = re.split(r",|\s(?:en|et|and)\s|\(", names)[0].strip(" –—")
		if looks_like_name(_COURTESY.sub("", first)):
			return organisation, names
	return None


def _label_then_names(text: str) -> tuple[str, str] | None:
	"""(label, names) of `Excusés / Verontschuldigd Bram De Smet (OCMW Gent)`, `Interprètes / tolken Anne Lecocq`."""
	words = text.split()
	for cut in range(min(len(words) - 2, 5), 0, -1):
		label, names = " ".join(words[:cut]), " ".join(words[cut:])
		if not (_attendance_label(label) or _INTERPRETERS_WORDS.fullmatch(label)):
			continue
		first = re.split(r",|\s(?:en|et|and)\s|\(", names)[0].strip(" –—")
		if looks_like_name(_COURTESY.sub("", first)):
			return label, names
	return None


_ORGANISATION_GOES_ON = {
	*"maatschappelijke integratie integration sociale mi is mi-is is-mi sociaal huis dienst service / |".split(),
	*"de du d' van het la le l'".split(),
}


# the verb that ends a sentence naming who was excused: "A et B s'étaient excusés", "C had zich verontschuldigd"
_EXCUSED_AFTER = re.compile(
	r"\s+(?:s['’](?:[ée]taient|[ée]tait|est|sont)\s+(?:fait\s+)?excus|se\s+sont\s+(?:fait\s+)?excus|"
	r"(?:[ée]taient|sont|[ée]tait|est)\s+excus[ée]|(?:waren|zijn|was|is)\s+verontschuldigd|"
	r"(?:hadden|hebben|had|heeft)\s+zich\s+(?:laten\s+)?verontschuldig)\w*(?:\W*$|\s*[;,(]\s*\S)",
	re.I,
)


def _organisation_groups(text: str, cpas_aliases=None) -> list[tuple[str, str]] | None:
	"""A list of people grouped per organisation, the groups between semicolons: `pour le CPAS de Gand,
	Mieke De Roo et Lotte Claeys ; pour le CPAS de Liège, ...` or `Johan Maekelberg (JM), Mieke De Roo
	(MDR) – OCMW Gent; Lisa Asselman (LA) – POD MI`. (names, organisation) per group, or None."""
	groups = [g.strip() for g in re.split(r"\s*;\s*", text) if g.strip()]
	if len(groups) < 2:
		return None
	out = []
	leading = ""  # the organisation a "pour le CPAS de X :" group named, for the groups after it
	for group in groups:
		group = re.sub(r"^(?:et|en|ainsi\s+que)\s*,\s*(?=(?:pour|voor|van|de|du)\b)", "", group, flags=re.I)
		grouped = _group_for(group, cpas_aliases)
		if grouped:
			out.append((grouped[1], grouped[0]))
			leading = grouped[0]
			continue
		found = _GROUP_AFTER.match(group)
		if (
			found
			and found.group(1)[:1].isupper()
			and (
				recognise_organisation(found.group(2), cpas_aliases)[0]
				or is_partner_organisation(found.group(2))
			)
		):
			out.append((found.group(1), found.group(2)))
			continue
		role = re.match(
			r"^(?:ainsi\s+que\s*,?\s*)?(?:en\s+qualit[ée]\s+d['’]|als\s+)(\w+)\s*[,:]\s*(.+)$", group, re.I
		)
		if role:  # "en qualité d'interprètes, Olga Petrenko et Hilde Claes"
			out.append((role.group(2), ""))
			leading = ""
			continue
		out.append((group, leading))
	return out if any(organisation for _names, organisation in out) else None


# initials as people write them: "PVA", "SV", and "EVdB" for Els Van den Broeck
_MIXED_INITIALS = r"[A-ZÀ-Ý](?:[a-z]{0,2}[A-ZÀ-Ý]){1,4}"
# also with a small letter at the end, to tell two people apart: "KBa" beside "KB"
_INITIALS_WORD = rf"{_MIXED_INITIALS}[a-z]?"


def _name_words(full_name: str) -> list[str]:
	"""The words a name's initials are taken from: `Pieter-Jan Maes` has three."""
	return [word for word in re.split(r"[\s-]+", full_name) if word]


_ROW_STATUS = re.compile(
	r"\s+(ter\s+plaatse|online|on-line|verontschuldigd|excus[ée]e?|sur\s+place|en\s+ligne|aanwezig|pr[ée]sente?|"
	r"afwezig|absente?|hybride|via\s+teams|via\s+zoom)$",
	re.I,
)


# the header of a people table of three columns whose cells a PDF's raw text runs together:
# "Nom Organisation Fonction", "Naam / Nom Organisatie / Organisation Aanwezig / Présent"
_NAME_ORGANISATION_HEADER = re.compile(
	r"(?:nom|naam|name)(?:\s*/\s*(?:nom|naam|name))?\s+(?:organisation|organisatie|institution|instelling)"
	r"(?:\s*/\s*(?:organisation|organisatie|institution|instelling))?\s+"
	r"(?:fonction|functie|r[ôo]le|rol|aanwezig|present|presente|presence|status|statut|participation|deelname)"
	r"(?:\s*/\s*[\w()]+)?"
)


def _name_organisation_row(text: str, cpas_aliases) -> tuple | None:
	"""`Ilse Maes CPAS de Gand coordinatrice AMIF`: a row of a "Nom | Organisation | Fonction" table whose
	cells run together; (name, organisation) or None."""
	words = text.split()
	for size in (2, 3, 4):
		name, rest = " ".join(words[:size]), words[size:]
		if not rest or not looks_like_name(name) or recognise_organisation(name, cpas_aliases)[0]:
			continue
		for length in range(1, min(5, len(rest)) + 1):
			organisation = " ".join(rest[:length])
			following = rest[length] if length < len(rest) else ""
			if (
				re.match(r"(?:cpas|ocmw|spp|pod)\b", fold(organisation))
				and recognise_organisation(organisation, cpas_aliases)[0]
				and (
					not following
					or following[:1].islower()
					or re.match(
						r"(?:pr[ée]sente?|excus[ée]e?|aanwezig|verontschuldigd|afwezig|absente?)\b",
						fold(following),
					)
				)
				and not re.match(r"(?:d['’]|de$|du$|van$)", following)
			):
				return name, organisation, " ".join(rest[length:])  # "SPP IS secrétaire", "CPAS d'Anvers …"
	return None


def _organisation_name_row(text: str, cpas_aliases) -> tuple | None:
	"""`OCMW Gent Lies Verhaeghe online`: a row of an "Organisatie | Naam | Deelname" table whose cells
	run together; (organisation, name, status) or None."""
	status = _ROW_STATUS.search(text)
	rest = text[: status.start()] if status else text
	words = rest.split()
	for size in range(1, min(8, len(words) - 1)):
		organisation, name = " ".join(words[:size]), " ".join(words[size:])
		if words[size - 1] in ("–", "-", "/") or words[size] in ("–", "-", "/"):
			continue  # "POD MI – SPP IS Sofie Verbeke": the organisation in two languages goes on
		if (
			recognise_organisation(organisation, cpas_aliases)[0]
			and looks_like_name(name.split(",")[0].strip())
			and not recognise_organisation(name, cpas_aliases)[0]
			and not words[size].isupper()  # "POD MI Sofie Verbeke": "MI" still names the organisation
			and words[size][:1].isupper()
		):
			return organisation, name, status.group(1) if status else ""
	return None


def _initials_of(full_name: str, initials: str) -> bool:
	"""Whether initials stand for a name: `MDR` for Mieke De Roo, `JVDB` for Jan Van den Broeck."""
	words = _name_words(full_name)  # "Pieter-Jan Maes" is PJM
	capitals = [word[0] for word in words if word[:1].isupper()]
	letters = [word[0].upper() for word in words]
	if not capitals:
		return False
	if re.search(r"[a-z]", initials) and re.sub(r"[a-z]", "", initials) == "".join(capitals):
		return True  # "EVdB" for Els Van den Broeck, "AnS" for An Smolders
	initials = initials.upper()
	if initials in ("".join(capitals), "".join(letters)):
		return True
	if (
		len(initials) >= 2
		and len(words) > len(initials)
		and initials == "".join(capitals[: len(initials)])
		and fold(words[len(initials) - 1]) in _NAME_PARTICLES
	):
		return True  # "YE" for Yasmina El Khattabi, "KV" for Katrien Van Acker: up to the surname's particle
	if initials[0] != capitals[0] or len(initials) > len(re.sub(r"\W", "", full_name)):
		return False
	# `PVH` for Pieter Vanhoutte, `JVDB` for Jan Van den Broeck: the letters in the name's order,
	# the first and the last from the first and the last word
	rest = iter(fold(" ".join(full_name.split()[1:])).upper())
	return all(letter in rest for letter in initials[1:]) and fold(full_name.split()[-1]).upper().startswith(
		tuple(initials[1:])
	)


class _ReportReader:
	"""Reads logical lines in order: the header (title, date, place), the present and excused
	lists, the agenda (under its own label or announced in the introduction), then the sections."""

	def __init__(self, report: RecognisedReport, lines: list, cpas_aliases):
		self.report = report
		self.lines = lines
		self.aliases = cpas_aliases
		self.mode = "header"
		self.attendance = "Present"
		self.columns = None  # the roles of a people or agenda table's columns
		self.pending_clock = None  # a time on its own line, before its title (a table exported cell by cell)
		self.section = None
		self.last_number = None
		self.letters = None  # the last letter of headings numbered A, B, C
		self.announced_agenda = False
		self.numbered_agenda = 0  # the agenda's own numbering (1, 2, 3...) goes on; sections start again
		self.agenda_start = 0
		self.next_meeting_section = False
		self.agenda_bullets = False  # the agenda's items are a bulleted list
		self.header_cells, self.presenter_cell = 0, False
		self.header_names, self.translated_cell = set(), False
		self.repeated_agenda = False
		self.agenda_again = 0
		self.position = 0
		self.action_columns = None  # the columns of a table of action points in this section
		# the columns of a decision table that is the whole report, its sections as merged rows ("| A. … |")
		self.log_columns = None
		self.action_header_decisions = False  # the task column also holds decisions ("Décision / action")
		self.cell_columns, self.cell_buffer, self.cell_header_left = 0, [], 0
		self.cell_numbered = False
		self.run_table = None  # a table of action points whose cells run together on each line
		self.people_cells = None  # a people table exported one cell a line: its size and the row read so far
		self.organisation_first = (
			False  # its header was "Organisation", then "Participants": groups, then names
		)
		self.group = None  # (organisation, type, CPAS) of a group heading whose people are listed under it
		self.rows_of_people = None  # the rows read so far of a people table whose cells run together
		self.bilingual_agenda = False  # the agenda's header names its columns in French and in Dutch
		self.name_rows = (
			None  # the rows read so far of a "Nom | Organisation | Présence" table, one cell a line
		)
		self.whole_rows = False  # that table has no status column: each line of it is a whole row
		self.agenda_referred = False  # the agenda's label only refers to another document
		self.last_people = None  # what the last line of a people list held: name, organisation, status
		self.interpreters_next = False  # an interpreters' label alone on its line: its names follow
		self.title_line = None
		self.alternate = None  # [cells read, empty lines in a row] of a table exported cell by cell
		self.last_roman = None  # whether the sections are numbered I, II, III
		self.skip_to = -1
		self.legend_rows = -2  # the position of the last legend row read run together
		self.interpreters = []  # the interpreters named in a sentence above the people list
		self.marked = any(line.level or line.bold for line in lines)
		report.top = [
			re.sub(r"^(?:onderwerp|objet|subject)\s*:\s*", "", line.text, flags=re.I)
			for line in lines
			if not line.blank
			and line.cells is None
			and not (
				_MAIL_FIELD.match(line.text)
				and not re.match(r"(?:onderwerp|objet|subject)\s*:", line.text, re.I)
			)
		][:2]
		self.numbered = any(
			(h := parse_heading(line.text)) and number_parts(h.number) for line in lines if not line.cells
		)

	# --- the walk ---------------------------------------------------------------------------

	def read(self):
		for position, line in enumerate(self.lines):
			# "Sjabloon rondsturen Hélène" then "→ →": a PDF's raw text gives the arrows of a line after it
			following = self.lines[position + 1].text.strip() if position + 1 < len(self.lines) else ""
			if (
				re.fullmatch(r"(?:→\s*){1,2}", line.text.strip())
				and position
				and not self.lines[position - 1].blank
				and not re.match(
					r"[a-zà-ÿ(](?![.)]\s)|\d{1,2}\s+[a-zà-ÿ]", following
				)  # "vóór", "→", "31 maart": inside its item
			):
				self.lines[position - 1].text += " " + line.text.strip()
				line.text = ""
		for position, line in enumerate(self.lines):
			if line.blank:
				self.blank()
				continue
			arrows = re.search(r"(?:\s*→){1,2}\s*$", line.text)
			if arrows and not line.cells and re.search(r"\w", line.text[: arrows.start()]):
				line.text = line.raw = self.arrows_placed(
					line.text[: arrows.start()].rstrip(), arrows.group(0).count("→")
				)
			self.line(line, position)
		self.flush_people_by_organisation()  # a table of people that ends the text
		seen, attendees = set(), []
		for person in self.report.attendees:
			key = (fold(person.full_name), person.attendance) if person.full_name else None
			if (person.full_name or person.organisation) and (key is None or key not in seen):
				attendees.append(person)  # a list given in both languages names each person twice
				seen.add(key)
		self.report.attendees = attendees
		for person in self.report.attendees:
			explained = self.report.legend.get((person.full_name or "").strip())
			if explained:  # "Aanwezig: LA, JM, MDR" with a legend of initials
				person.full_name = explained.full_name
				if not person.organisation:
					person.organisation, person.organisation_type, person.cpas = (
						explained.organisation,
						explained.organisation_type,
						explained.cpas,
					)
		for person in self.report.attendees:
			if person.full_name and " " not in person.full_name.strip():
				person.check = CHECK_ONE_NAME
			elif person.full_name and not person.organisation:
				person.check = CHECK_NO_ORGANISATION

	def arrows_placed(self, text: str, arrows: int) -> str:
		"""`Sjabloon rondsturen Hélène` with its arrows given after it: `→ Sjabloon rondsturen → Hélène`,
		the owner being the longest end of the line that names someone of the meeting, the SPP, a CPAS or
		nobody yet; without such an end, the arrow opened the line."""
		bullet = re.match(r"^(?:[-•*]\s+)", text)
		body = text[bullet.end() :] if bullet else text
		if arrows == 1 and re.search(r"\b(?:qui|wie)\s*:", body, re.I):
			return f"- {body}"  # "Réserver la salle — Qui : CPAS Binche": the arrow opened the line, an item
		if arrows == 1 and (_LABELLED_OWNER.match(body) or _OWNER_BRACKETS.match(body)):
			return f"→ {body}"  # "PC: partage du protocole (à tous)": its owner said already, the arrow opened it
		known = [Contact("", p.full_name, p.cpas) for p in self.report.attendees if p.full_name]
		words = body.split()
		for size in range(min(6, len(words) - 3), 0, -1):
			who = " ".join(words[-size:])
			if _NOBODY_YET.match(fold(who)) or re.fullmatch(
				r"nog\s+niemand|personne\s+encore|pas\s+encore\s+d[ée]sign[ée]", fold(who)
			):
				found = True
			else:
				point = recognise_owner(who, known, self.aliases)
				found = bool(point.owners) and (
					(
						point.owner_type in ("SPP", "CPAS")
						and re.fullmatch(
							r"(?:(?:het|de|le|la|l'|elk|ieder|alle|chaque|tous\s+les)\s+)?(?:pod|spp|ocmw'?s?|cpas)"
							r"(?:\s+(?:de\s+|d')?[\w-]+){0,2}",
							fold(who).replace("’", "'"),
						)
					)
					or (
						point.owner_type in CONTACT_OWNERS
						and all(match_contact(name, known) for name in point.owners)
					)
				)
			if found:
				task = " ".join(words[:-size])
				opening = "→ " if arrows > 1 else (bullet.group(0) if bullet else "")
				return f"{opening}{task} → {who}"
		return f"→ {body}"  # no owner at its end: the arrow opened the line

	def attendance_columns(self, cells: list) -> bool:
		"""`| Aanwezig: | Verontschuldigd: |`: a table with one column of people per attendance, and
		maybe a column naming their organisation (`| Organisation | Présents | Excusés |`)."""
		kinds = []
		for cell in cells:
			kind = _attendance_label(cell) if cell.strip() else ""
			if kind is None and all(
				re.fullmatch(
					r"(?:organisations?|organisaties?|organismes?|institutions?|instellingen?|cpas|ocmw'?s?|spp|pod|"
					r"spp\s+is|pod\s+mi|ville|stad|gemeente|commune)",
					part,
				)
				for part in re.split(r"\s*/\s*|\s+[–—-]\s+", fold(cell).strip(" :*_"))
			):
				kind = "organisation"  # also "Organisation – Organisatie"
			if kind is None and _how_there_cell(cell):
				kind = (
					"Present"  # "| Sur place / Ter plaatse | En ligne / Online |": how each column took part
				)
			kinds.append(kind)
		attendance = set(k for k in kinds if k in ("Present", "Excused"))
		how_there = (
			len(kinds) >= 2
			and all(k == "Present" for k in kinds)
			and not any(_attendance_label(c) for c in cells)
		)
		if (
			None in kinds
			or not attendance
			or (len(attendance) < 2 and "organisation" not in kinds and not how_there)
		):
			return False  # "| Organisation | Présents |" is one too: each organisation with its people
		if kinds.count("organisation") > 1:
			return False
		self.mode, self.columns = "people", ["attendance:" + (k or "") for k in kinds]
		return True

	def people_cell_by_cell(self, line, position: int) -> bool:
		"""`Organisation`, `Présents`, `Excusés`, then each row's cells one a line (`CPAS de Liège`,
		`Nathalie Pirard, Ibrahim Aguelmin`, `Frederic Darras`, "–" for none): a table with one column of
		people per attendance, exported one cell a line."""
		if self.people_cells and self.people_cells.get("by_organisation"):
			return self.people_by_organisation(line)
		if self.people_cells:
			label = self.label_of(line)
			if (
				self.people_cells.get("initials")
				and label
				and label[0] in ("present", "excused")
				and not label[1]
				and not self.people_cells["buffer"]
			):
				self.attendance = (
					"Present" if label[0] == "present" else "Excused"
				)  # "Verontschuldigd", its rows
				return True
			first = line.text.strip()
			if (
				self.people_cells.get("initials")
				and not self.people_cells["buffer"]
				and not re.fullmatch(
					r"init\.?|initiales|initialen|initials|nom|naam|name", fold(first).strip(" :.")
				)
				and not (
					re.fullmatch(_MIXED_INITIALS, first)
					or (len(first) <= 60 and looks_like_name(_COURTESY.sub("", first)))
				)
			):
				self.people_cells = None  # "Interprétation simultanée assurée par …": the table ended
				return False
			if (
				line.blank
				or not line.text.strip()
				or len(line.text) > 120
				or (label and (label[0] not in ("present", "excused") or label[1]))
				or parse_heading(line.text)
			):
				self.flush_people_by_organisation()
				self.people_cells = None  # also "Excusés : …": a list after the table
				return False
			self.people_cells["buffer"].append(line.text.strip())
			if len(self.people_cells["buffer"]) == self.people_cells["size"]:
				self.people_row(self.people_cells["buffer"])
				self.people_cells["buffer"] = []
			return True
		if self.section is not None or self.mode not in ("header", "people") or line.blank:
			return False
		header = []
		for following in self.lines[position : position + 4]:
			if following.blank or following.cells or len(following.text) > 40:
				break
			header.append(following.text.strip())
			kinds = [_attendance_label(h) or "organisation" for h in header]
			if len(set(kinds)) < len(kinds):
				header.pop()
				break  # "Participants", then "Organisation | Présents | Excusés": the header starts later
		cells = []
		for following in self.lines[position : position + 4]:
			if (
				following.blank
				or following.cells
				or (not _people_header([*cells, following.text.strip()]) and cells)
			):
				break
			cells.append(following.text.strip())
		folded = [fold(c).strip(" :?.") for c in cells]
		rows = [n.text.strip() for n in self.lines[position : position + 3] if not n.blank and not n.cells]
		four = [n.text.strip() for n in self.lines[position : position + 4] if not n.blank and not n.cells]
		if (
			len(four) == 4
			and [_named_rows_header(r) for r in four[:3]] == ["organisation", "name", "status"]
			and recognise_organisation(four[3], self.aliases)[0]
		):
			# "Organisatie / Organisation", "Naam / Nom", "Status", then "OCMW Gent", "Lotte Van Hecke",
			# "aanwezig / présente": one cell a line
			self.mode, self.columns = "people", [fold(r).strip(" :?.") for r in four[:3]]
			self.people_cells = {"size": 3, "buffer": [], "ends_at_blank": True}
			self.skip_to = position + 2
			return True
		if (
			len(rows) == 3
			and _INITIALS_HEADER.fullmatch(fold(rows[0]).strip(" .:"))
			and re.fullmatch(r"(?:naam|nom|name),\s*\w+", fold(rows[1]).strip(" .:"))
			and re.fullmatch(_INITIALS_WORD, rows[2])
		):
			# "Initialen", "Naam, organisatie", then "KV", "Katrien Verhulst, POD MI": one cell a line
			self.mode, self.columns = "people", [fold(r).strip(" :?.") for r in rows[:2]]
			self.people_cells = {"size": 2, "buffer": [], "initials": True}
			self.skip_to = position + 1
			return True
		parts = [re.split(r"\s*/\s*|\s+[–—-]\s+", fold(r).strip(" :?.")) for r in rows]
		if (
			len(rows) == 3
			and all(
				p in ("organisatie", "organisation", "instelling", "institution", "organisme")
				for p in parts[0]
			)
			and all(p in ("naam", "nom", "name") for p in parts[1])
			and recognise_organisation(rows[2], self.aliases)[0]
		):
			# "Organisatie / Organisation", "Naam / Nom", then "OCMW Schoten", "Tom Claes": one cell a line
			self.mode, self.columns = "people", [fold(r).strip(" :?.") for r in rows[:2]]
			self.people_cells = {"size": 2, "buffer": []}
			self.skip_to = position + 1
			return True
		after = self.lines[position + len(cells)] if position + len(cells) < len(self.lines) else None
		if (
			len(cells) >= 3
			and not any(_attendance_label(c) for c in cells)
			and (
				folded[0] in ("init", "initiales", "initialen", "initials")
				or (
					re.fullmatch(r"nom|naam|name", folded[0])
					and after is not None
					and looks_like_name(_COURTESY.sub("", after.text.strip()))
				)
			)
		):
			# "Init.", "Naam", "Organisatie", then "EW", "Els Wouters", "OCMW Antwerpen": people with their initials;
			# "Nom", "Organisation", "Fonction", then "Nadia Boukhris", "SPP IS", "coordinatrice": one cell a line
			self.mode, self.columns = "people", folded
			self.people_cells = {"size": len(cells), "buffer": [], "initials": True}
			self.skip_to = position + len(cells) - 1
			return True
		for size in range(len(header), 1, -1):
			cells = header[:size]
			if size == 2:
				# two columns, "Organisation / Organisatie" then "Aanwezig / Présents": only when an
				# organisation's name follows, not a person's ("Nom", "Institution", "Présents", "Silvia Soares")
				first = self.lines[position + 2] if position + 2 < len(self.lines) else None
				if (
					_attendance_label(cells[0])
					or first is None
					or first.blank
					or looks_like_name(first.text.strip())
					or not recognise_organisation(first.text, self.aliases)[0]
				):
					continue
			if self.attendance_columns(list(cells)):
				# also two columns: "Organisation / Organisatie", "Aanwezig / Présents"
				self.people_cells = {"size": size, "buffer": []}
				kinds = [_attendance_label(c) for c in cells]
				if size == 3 and kinds == [None, "Present", "Excused"]:
					# "Organisation | Présents | Excusés" with several names a cell, one a line: a row
					# starts at its organisation, "–" stands for an empty cell
					self.people_cells["by_organisation"] = True
				self.skip_to = position + size - 1
				return True
		return False

	def people_by_organisation(self, line) -> bool:
		"""A line of an "Organisation | Présents | Excusés" table exported one line a cell: an
		organisation (or "Invité", "Tolken") starts a row, names and "–" (an empty cell) fill it."""
		buffer = self.people_cells["buffer"]
		text = line.text.strip()
		kind = self.row_of_people(text)
		if not kind:
			self.flush_people_by_organisation()
			self.people_cells = None
			return False
		if kind == "row" and buffer:
			self.flush_people_by_organisation()
		self.people_cells["buffer"].append(text)
		return True

	def row_of_people(self, text: str) -> str | None:
		""" "row" for a cell that starts a row (an organisation, a guest's or interpreter's label),
		"cell" for names or a dash, None for a line after the table."""
		if _organisation_cell(text, self.aliases) or re.fullmatch(
			rf"(?:{_INTERPRETER_WORD}|invit[ée]e?s?|gast(?:en)?|guests?)(?:\s*[/–—-]\s*\w+)?", fold(text)
		):
			return "row"
		if re.fullmatch(r"[–—-]+", text):
			return "cell"
		first = re.split(r",|;|\(|\s[–-]\s", text)[0].strip()
		return "cell" if looks_like_name(_COURTESY.sub("", first)) and len(text) < 160 else None

	def people_rows(self, line) -> bool:
		"""`Organisation Présents Excusés` on one line, then a row a line whose cells run together
		(`OCMW Gent Griet Vermeulen Jolien Van Acker`), a long cell going on on the next line: a table
		of people as a PDF's raw text gives it."""
		text = line.text.strip()
		if self.rows_of_people is None:
			if self.section is not None or self.mode not in ("header", "people"):
				return False
			words = [w for w in re.split(r"[\s/–—-]+", fold(text)) if w]
			kinds = [_attendance_label(w) or w for w in words]
			if (
				2 <= len(words) <= 6
				and "Present" in kinds
				and "Excused" in kinds
				and any(
					w
					in (
						"organisation",
						"organisatie",
						"institution",
						"instelling",
						"organisme",
						"cpas",
						"ocmw",
					)
					for w in words
				)
				and kinds.index("Present") < kinds.index("Excused")
			):
				self.rows_of_people = []
				self.mode = "people"
				return True
			return False
		rows = self.rows_of_people
		starts = bool(_organisation_then_names(text, self.aliases) or _row_label(text))
		label = self.label_of(line)
		ends = (
			not text
			or (label and label[0] != "present")
			or parse_heading(text)
			or len(text) > 160
			or (not starts and not rows)
		)
		if not ends and not starts:
			# the rest of the cells of the row above: "Tahiri", "Haddouchi, Nathalie Servais", "–"
			previous = rows[-1]
			goes_on = previous.rstrip().endswith((",", "–", "-")) or re.fullmatch(
				r"(?:[–—-]|(?:[A-ZÀ-Ý][\w'’-]+(?:\s+|,\s*|$)){1,4}|[–—-]\s+.*)", text
			)
			if goes_on and not text.endswith("."):
				rows[-1] = f"{previous} {text}"
				return True
			ends = True
		if ends:
			self.rows_of_people = None
			for row in rows:
				self.people_row_run_together(row)
			return False
		rows.extend(_rows_run_together(text))
		return True

	def labelled_row(self, cells: list) -> bool:
		"""A row of a table of people at the top whose first cell says who the second cell's people are:
		`| Aanwezig / Présents |  |` alone, `| Pour le CPAS de Binche | Cédric Malengreau, Valérie Dufrane |`,
		`| Invitée | Camille Hubert, asbl … |`, `| Excusée | Mme Aurore Piette (CPAS de Binche) |`."""
		filled = [c.strip() for c in cells if c.strip()]
		if len(filled) == 1 and _attendance_label(filled[0]) and self.columns is None:
			self.start_people(_attendance_label(filled[0]), "")
			return True
		if len(filled) != 2 or len(cells) > 3 or self.columns is not None:
			return False  # also a row under a header that named the columns ("| Organisation | Présents |")
		label, names = filled
		first = re.split(r",|;|\(|\s[–-]\s", names)[0].strip()
		bare = re.sub(
			r"^(?:pour|voor|namens|van|bij)\s+(?:le\s+|la\s+|l['’]|het\s+|de\s+)?", "", label, flags=re.I
		)
		group = _organisation_cell(bare, self.aliases)
		if not looks_like_name(_COURTESY.sub("", first)) or (looks_like_name(label) and not group):
			return False
		attendance = _attendance_label(label)
		guest = _row_label(label)
		if not (attendance or guest or group):
			return False
		self.mode, self.columns = "people", self.columns if attendance else None
		found = self.add_people(names, attendance or "Present")
		for person in found:
			if group and not person.organisation_type:
				person.organisation = bare
				person.organisation_type, person.cpas = recognise_organisation(bare, self.aliases)
			elif guest and not person.organisation_type:
				person.organisation = ""
		return True

	def named_rows(self, line, position: int) -> bool:
		"""`Nom`, `Organisation`, `Présence`, then a row's cells one a line or joined (`Valérie Ghislain`,
		`CPAS de Charleroi présente`): a table of people with a status column, as a text export gives it."""
		text = line.text.strip()
		if self.name_rows is None:
			if self.section is not None or self.mode not in ("header", "people") or not text:
				return False
			if _named_rows_joined_header(text):
				self.name_rows, self.mode = [], "people"  # "Naam Organisatie Aanwezig?" on one line
				# "Nom Initiales Organisation": no status column, each line a whole row
				self.whole_rows = bool(_INITIALS_HEADER.search(fold(text)))
				return True
			header = [n.text.strip() for n in self.lines[position : position + 8] if not n.blank][:4]
			kinds = [_named_rows_header(h) for h in header]
			if (
				kinds == ["name", "organisation", "status", "status"]
				and not _EXCUSED_STATUS.search(header[2])
				and _EXCUSED_STATUS.search(header[3])
				and all(not n.blank for n in self.lines[position : position + 4])
			):
				# "Naam", "Organisatie", "Aanwezig", "Verontschuldigd", then each row's four cells a line, an
				# empty cell an empty line: a cross under present or under excused
				self.mode, self.columns = "people", ["cross-rows"]
				self.skip_to = max(self.skip_to, position + 3)
				return True
			if kinds[:3] != ["name", "organisation", "status"] or (len(kinds) > 3 and kinds[3]):
				return False  # "Naam | Organisatie | Aanwezig | Verontschuldigd" with crosses: another table
			self.name_rows, self.mode = [], "people"
			self.skip_to = max(
				self.skip_to,
				position
				+ next(i for i, n in enumerate(self.lines[position:]) if n.text.strip() == header[2]),
			)
			return True
		if not text:
			return True
		following = next((n for n in self.lines[position + 1 :] if not n.blank), None)
		if (
			position
			and self.lines[position - 1].blank
			and following is not None
			and len(following.text) > 80
			and (parse_heading(text) or _LETTER_HEADING.match(text))
		):
			# "A. Accueil" after the table's empty line, over a paragraph: the first section, not "A. Dupont"
			rows, self.name_rows = self.name_rows, None
			for row in rows:
				self.named_row(row)
			self.mode = "between"
			return False
		text = re.sub(
			r"^((?:[A-ZÀ-Ý][\w'’-]+\s+){1,3}[A-ZÀ-Ý][\w'’-]+)\s+(?-i:[A-Z]{2,4})(?=\s+(?:CPAS|OCMW|SPP|POD|interpr|tolk)\b)",
			r"\1",
			text,
		)  # "Leen De Smet LDS CPAS Gand": the initials' column
		first = re.split(r"\s+(?=(?:CPAS|OCMW|SPP|POD)\b)", text)[0].strip()
		# "Griet Lenaerts Interprète aanwezig": the name before the role
		first = re.split(rf"\s+(?={_ROW_ROLE}\b)", first, flags=re.I)[0].strip()
		starts = looks_like_name(_COURTESY.sub("", first)) and not _organisation_cell(first, self.aliases)
		rows = self.name_rows
		ends = [
			found.end()
			for found in re.finditer(
				rf"\s{_STATUS_WORD}\b(?:\s*\([^()]*\))?(?=\s+(?-i:[A-ZÀ-Ý][a-zà-ÿ]))", text, flags=re.I
			)
		]
		if starts and ends:
			# "Bram Hermans OCMW Mortsel aanwezig (online) Hélène Morel interprète / tolk présente (cabine)":
			# whole rows a PDF's text ran together, each ending in its status
			for start, end in zip([0, *ends], [*ends, len(text)], strict=True):
				rows.append([text[start:end].strip()])
			return True
		if starts and not (
			rows
			and not self.whole_rows
			and len(rows[-1]) == 1
			and not re.search(rf"\s{_STATUS_WORD}\b", rows[-1][0], re.I)  # a whole row, run together
			and not recognise_organisation(text, self.aliases)[0]
			and not looks_like_name(text)
		):
			rows.append([text])
			return True
		status = re.match(rf"{_STATUS_WORD}\b(?!\s*:\s*\S)", text, re.I)  # not "Excusés : Hélène …", a label
		if (
			rows
			and len(rows[-1]) < 3
			and len(text) < 80
			and (status or not (self.label_of(line) or parse_heading(text)))
		):
			rows[-1].append(text)  # the row's organisation or status ("tolk FR-NL", "aanwezig")
			return True
		self.name_rows = None
		for row in rows:
			self.named_row(row)
		return False

	def named_row(self, cells: list):
		"""One row of a "Nom | Organisation | Présence" table: the name, the organisation, the status
		(its own cell, or at the end of the cell before it)."""
		joined = " ".join(cells)
		status = re.search(rf"\s({_STATUS_WORD}\b[^|]*)$", joined, re.I)
		attendance = "Excused" if status and _EXCUSED_STATUS.search(status.group(1)) else "Present"
		body = joined[: status.start()].strip() if status else joined
		name = cells[0]
		split = re.split(r"\s+(?=(?:CPAS|OCMW|SPP|POD)\b)", name, maxsplit=1)
		role = re.match(rf"^(.+?)\s+({_ROW_ROLE}\b.*)$", body, re.I)
		if len(split) == 2:
			name, organisation = split[0], body[len(split[0]) :].strip()
		elif len(cells) == 1 and role:  # "Griet Lenaerts Interprète Présente": a row run together
			name, organisation = role.group(1), role.group(2)
		else:
			organisation = body[len(name) :].strip()
		person = self.add_people(f"{name} ({organisation})" if organisation else name, attendance)
		for each in person:
			if (
				organisation
				and not each.organisation_type
				and not recognise_organisation(organisation, self.aliases)[0]
			):
				each.organisation = organisation  # "tolk FR-NL", "Agentschap Integratie en Inburgering"

	def people_row_run_together(self, row: str):
		"""`OCMW Charleroi Sandrine Dufour Youssef El Hamdaoui`: the organisation, then the present
		people, then the excused ones; a dash is an empty cell."""
		label = _row_label(row)
		if label:
			organisation, rest = "", row[label.end() :].strip()
		else:
			split = _organisation_then_names(row, self.aliases)
			if not split:
				return
			organisation, rest = split
		organisation = re.sub(r"\s*\([^()]*\)", "", organisation)  # "OCMW Gent (gastheer) Bart De Smet"
		if re.search(r"\s[–—]$", organisation):  # "OCMW Brussel – Hélène Masson": nobody present
			organisation, rest = organisation[:-1].strip(), f"– {rest}"
		rest = re.sub(r"^\([^()]*\)\s*", "", rest)
		parts = re.split(r"\s+[–—]\s+|^[–—]\s+|\s+[–—]$|^[–—]$", rest)
		if len(parts) >= 2:
			present, excused = parts[0], " ".join(parts[1:])
		else:
			present, excused = _two_columns_of_names(rest)
		for names, attendance in ((present, "Present"), (excused, "Excused")):
			if not names.strip(" –—-"):
				continue
			found = self.add_people(f"{organisation}: {names}" if organisation else names, attendance)
			for person in found:
				if not organisation and not person.organisation_type:
					person.organisation = ""

	def flush_people_by_organisation(self):
		"""The row read so far of an "Organisation | Présents | Excusés" table exported one line a
		name: the names before a dash are present, those after it excused; with no dash, one name a
		cell, and of more names the last one excused (both cells have someone)."""
		cells = self.people_cells or {}
		if not cells.get("by_organisation"):
			return
		row, cells["buffer"] = cells.get("buffer") or [], []
		if len(row) < 2:
			return
		organisation, items = row[0], row[1:]
		dash = next((i for i, item in enumerate(items) if re.fullmatch(r"[–—-]*", item)), None)
		if dash is not None:
			present = [i for i in items[:dash] if not re.fullmatch(r"[–—-]*", i)]
			excused = [i for i in items[dash + 1 :] if not re.fullmatch(r"[–—-]*", i)]
		elif len(items) == 1:
			present, excused = items, []
		else:
			present, excused = items[:-1], items[-1:]
		if not _organisation_cell(organisation, self.aliases):
			# "Invité | Bart Coppens (Agentschap Integratie en Inburgering)": a guest or an interpreter
			for names, attendance in ((present, "Present"), (excused, "Excused")):
				for person in self.add_people("; ".join(names), attendance) if names else []:
					if not person.organisation_type:
						person.organisation = ""
			return
		self.people_row([organisation, "; ".join(present), "; ".join(excused)])

	def side_by_side(self, line, position: int) -> bool:
		"""The present and excused columns of a table, as a text export gives them: both labels on
		one line (`Aanwezig: Verontschuldigd:`, then rows with a person of each column), or each on a
		line of its own with the rows' cells one per line (an empty cell as an empty line)."""
		words = line.text.split()
		for cut in range(1, len(words)):
			left, right = " ".join(words[:cut]), " ".join(words[cut:])
			if _attendance_label(left) == "Present" and _attendance_label(right) == "Excused":
				self.mode, self.columns, self.alternate = "people", ["pair"], None
				return True
		if _attendance_label(line.text) != "Present":
			return False
		following = self.lines[position + 1] if position + 1 < len(self.lines) else None
		after = self.lines[position + 2] if position + 2 < len(self.lines) else None
		if following is None or following.blank or _attendance_label(following.text) != "Excused":
			return False
		if after is None or after.blank:
			return False
		self.mode, self.columns, self.alternate = "people", ["cells"], [0, 0]
		self.skip_to = position + 1
		block = self.people_block(position + 2)
		if block:
			# one row whose cells hold a paragraph a person: the present ones, then the excused ones, as
			# LibreOffice's text gives them (no empty line, as an empty cell of a row a person would give)
			for text, attendance in block:
				_meeting_facts(self.report, text)
				self.add_in_column(text, attendance)
			self.skip_to = position + 1 + len(block)
			self.alternate = None
		return True

	def people_block(self, start: int) -> list:
		"""The people of a two-column table's one row, its cells' paragraphs one a line: where the
		organisations start over (`… (OCMW Edegem)`, `… (interprètes)`, then `Hatice Yilmaz (OCMW Gent)`
		again) the excused column begins. Empty when the lines may be rows of a person each."""
		lines = []
		for line in self.lines[start:]:
			if (
				line.blank
				or line.cells is not None
				or not _is_people_line(line.text, self.aliases)
				or re.match(r"^[^:()]{2,40}:\s", line.text)  # "Tolken / Interprètes: …": a list of its own
				or (
					line.text.rstrip().endswith(".") and len(line.text.split()) > 6
				)  # a sentence after the table
			):
				break
			lines.append(line.text)
		end = start + len(lines)
		following = next((n for n in self.lines[end:] if not n.blank), None)
		if len(lines) < 5 or (
			end < len(self.lines)
			and self.lines[end].blank
			and following is not None
			and following.cells is None
			and _is_people_line(following.text, self.aliases)
		):
			return []  # a row a person, an empty cell as an empty line
		towns = []
		for text in lines:
			people = split_people(text, "Present", self.aliases)
			towns.append(next((p.cpas or p.organisation_type for p in people if p.organisation_type), None))
		split = len(lines)
		for index in range(1, len(lines)):
			if towns[index] and towns[index] in towns[: index - 1] and towns[index] != towns[index - 1]:
				split = index
				break
		return [(text, "Present" if index < split else "Excused") for index, text in enumerate(lines)]

	def add_in_column(self, text: str, attendance: str, organisation: str = ""):
		if organisation:  # "Hanne Goossens, Wouter Claes (verslag), Fatma Yilmaz" in the row of their OCMW
			text = _ROLE_NOTE.sub("", text)
		found = split_people(text, attendance, self.aliases)
		for person in found:
			if organisation and person.full_name and not person.organisation:
				person.organisation = organisation
				person.organisation_type, person.cpas = recognise_organisation(organisation, self.aliases)
		if attendance == "Present":
			at = next(
				(i for i, p in enumerate(self.report.attendees) if p.attendance == "Excused"),
				len(self.report.attendees),
			)
			self.report.attendees[at:at] = found
		else:
			self.report.attendees.extend(found)

	def legend_row(self, cells: list) -> bool:
		"""`| GVA | Griet Van Acker | YEI | Yasmina El Idrissi |`: a legend of initials laid out as a table,
		each pair of cells the initials and the name they stand for."""
		filled = [c.strip() for c in cells]
		while filled and not filled[-1]:
			filled.pop()
		if (
			len(filled) == 3
			and re.fullmatch(_INITIALS_WORD, filled[0])
			and looks_like_name(filled[1])
			and _initials_of(filled[1], filled[0])
		):
			# "| KVH | Katrien Van Hove | POD MI |": the initials, the name and the organisation
			organisation = re.sub(r"\s*\([^()]*\)", "", filled[2]).strip()  # "OCMW Schoten (verslag)"
			people = split_people(f"{filled[1]} ({organisation})", "Present", self.aliases)
			if len(people) == 1:
				self.report.legend[filled[0]] = people[0]
				self.legend_as_list(people[0])
				return True
		if len(filled) < 2 or len(filled) % 2:
			return False
		found = {}
		for initials, name in zip(filled[::2], filled[1::2], strict=True):
			bare = re.sub(
				r"\s*\([^()]*\)\s*$", "", name
			).strip()  # "Jonas Peeters (POD MI)": who, and of what
			if not re.fullmatch(_MIXED_INITIALS, initials) or not looks_like_name(bare):
				return False
			if not _initials_of(bare, initials):
				return False
			people = split_people(name, "Present", self.aliases) if bare != name else []
			found[initials] = people[0] if len(people) == 1 else Person(bare)
		self.report.legend.update(found)
		return True

	def legend_cells(self, text: str, position: int) -> bool:
		"""`AV`, `An Verhaegen`, `OCMW Schoten` on lines of their own: a legend table exported one cell a
		line (the organisation's cell is optional)."""
		if (
			_INITIALS_HEADER.fullmatch(fold(text).strip(" .:"))
			and (self.mode == "people" or self.given_by_initials())
		):  # the legend of the initials the people above were given by, or the people list with their initials
			header = [
				(i, n.text.strip())
				for i, n in enumerate(self.lines[position + 1 : position + 5], position + 1)
				if not n.blank
			][:2]
			if header and all(
				_named_rows_header(h) in ("name", "organisation")
				or re.fullmatch(r"(?:naam|nom|name),\s*\w+", fold(h))
				for _i, h in header
			):  # also "Naam, organisatie": one cell for both
				self.skip_to = header[-1][0]  # "Initialen", "Naam", "Organisatie": the header
				return True
		if not re.fullmatch(_INITIALS_WORD, text.strip()):
			return False
		after = [
			(i, n.text.strip()) for i, n in enumerate(self.lines[position + 1 :], position + 1) if not n.blank
		][:2]
		joined = re.match(r"^(.+?),?\s+((?:OCMW|CPAS|POD|SPP)\b.*)$", after[0][1]) if after else None
		if joined and looks_like_name(joined.group(1)) and _initials_of(joined.group(1), text.strip()):
			after = [(after[0][0], f"{joined.group(1)} ({joined.group(2)})")]  # "Véronique Lambotte POD MI"
		if (
			not after
			or not looks_like_name(after[0][1].split(" (")[0])
			or not _initials_of(after[0][1].split(" (")[0], text.strip())
		):
			return False
		end, written = after[0][0], after[0][1]
		if len(after) > 1 and not re.fullmatch(_INITIALS_WORD, after[1][1]):
			organisation = re.sub(r"\s*\([^()]*\)", "", after[1][1]).strip()  # "OCMW Schoten (verslag)"
			if recognise_organisation(organisation, self.aliases)[0] or is_partner_organisation(organisation):
				end, written = after[1][0], f"{written} ({organisation})"
		people = split_people(written, "Present", self.aliases)
		if len(people) != 1:
			return False
		self.report.legend[text.strip()] = people[0]
		self.skip_to = end
		self.legend_as_list(people[0])
		return True

	def given_by_initials(self) -> bool:
		"""Whether the people read so far were given by their initials (`Aanwezig: KW, TL, LVD`)."""
		return any(re.fullmatch(_INITIALS_WORD, p.full_name or "") for p in self.report.attendees)

	def legend_as_list(self, person):
		"""A legend's person under a label of the people present, when no one was given by initials before:
		"KV", "Katrien Verhulst, POD MI" under "Aanwezig (initialen gebruikt in dit verslag):" is the list itself."""
		if self.mode == "people" and not self.given_by_initials():
			person.attendance = self.attendance or "Present"
			self.report.attendees.append(person)

	def legend_line(self, text: str, strict: bool = True) -> bool:
		"""`MDR = Mieke De Roo (OCMW Gent)`: initials the report uses for a person, kept aside. Also
		several on one line: `Initialen in dit verslag: MDR = Mieke De Roo (OCMW Gent), SV = ...`."""
		text = text.lstrip("-–•*· ").strip()
		if text.startswith("(") and text.endswith(")"):
			text = text[1:-1].strip()  # "(LA = Lisa Asselman, PVH = Pieter Vanhoutte)"
		many = re.match(r"^[^=:]{3,40}:\s*(.+=.+)$", text)
		body = many.group(1) if many else text
		# also "KW = Kristel Wouters, OCMW Antwerpen TL = Tom Leysen, OCMW Edegem": two columns of a legend run together
		entries = [
			e.strip() for e in re.split(rf"(?:[,;]\s*|\s+)(?=(?:{_MIXED_INITIALS})\s*=)", body) if e.strip()
		]
		found = {}
		for index, entry in enumerate(entries):
			match = _LEGEND_LINE.match(entry.rstrip(" .;,*_"))
			people = split_people(match.group(2), "Present", self.aliases) if match else []
			if (
				not match
				or len(people) != 1
				or not looks_like_name(people[0].full_name)
				or (strict and not _initials_of(people[0].full_name, match.group(1)))
			):
				if len(entries) >= 3 and (
					(index == 0 and "=" not in entry) or (index == len(entries) - 1 and "=" in entry)
				):
					continue  # "Dethier ; SL = …", "… ; OD = Olivier": a legend a PDF broke over its lines
				return False
			found[match.group(1)] = people[0]
		if not found or (many and len(found) < 2 and not entries[0].startswith(tuple(found))):
			return False
		self.report.legend.update(found)
		return True

	def legend_run_together(self, text: str) -> bool:
		"""`LC Lotte Claeys OCMW Gent (verslag)`: a row of a legend table (initials, name, organisation)
		whose cells a PDF's text ran together, when the people above were given by their initials."""
		if self.section is not None:
			return False
		found = re.match(rf"^({_INITIALS_WORD})\s+(\S.*)$", text.strip())
		if not found or not any(p.full_name == found.group(1) for p in self.report.attendees):
			return False
		initials, words = found.group(1), found.group(2).split()
		capitals = sum(1 for c in initials if c.isupper())
		for size in sorted((2, 3, 4), key=lambda n: n != capitals):  # "AVE Anaïs Vander Elst": three words
			name = " ".join(words[:size])
			organisation = re.sub(r"\s*\([^()]*\)", "", " ".join(words[size:])).strip()  # "(verslag)"
			if len(words) < size or not looks_like_name(name) or not _initials_of(name, initials):
				continue
			# "AM Abdelkader Mansouri JL Julie Lambotte": two cells of a legend of two columns on one line
			if len(words) > size and self.legend_run_together(" ".join(words[size:])):
				people = split_people(name, "Present", self.aliases)
				if len(people) == 1:
					self.report.legend[initials] = people[0]
					return True
			if organisation and not (
				recognise_organisation(organisation, self.aliases)[0] or is_partner_organisation(organisation)
			):
				continue
			self.legend_rows = self.position
			written = f"{name} ({organisation})" if organisation else name
			people = split_people(written, "Present", self.aliases)
			if len(people) == 1:
				self.report.legend[initials] = people[0]
				return True
		return False

	def blank(self):
		cells = self.people_cells
		if cells and cells.get("ends_at_blank") and not cells["buffer"]:
			self.people_cells = None  # the empty line after the last row of a table one cell a line
			return
		if cells and cells.get("by_organisation") and 0 < len(cells["buffer"]) < 3:
			cells["buffer"].append(
				"–"
			)  # an empty cell of an "Organisation | Présents | Excusés" row, one a line
		if self.alternate is not None:
			self.alternate = [self.alternate[0] + 1, self.alternate[1] + 1]
			if self.alternate[1] >= 2:  # two empty lines: the table ended
				self.alternate = None
		if self.section is not None and self.section.lines and self.section.lines[-1]:
			self.section.lines.append("")

	def line(self, line, position: int):
		report, text = self.report, line.text
		self.position = position
		if (
			line.cells is not None
			and self.section is None
			and self.mode != "agenda"
			and not report.agenda
			and 2 <= len([c for c in line.cells if c.strip()]) <= 3
			and (_ONLY_CLOCK.match(line.cells[0]) or _CLOCK_RANGE.match(line.cells[0]))
			and re.search(r"[^\W\d_]{3}", line.cells[1])
		):
			self.start_agenda()  # "| 13u30 | Opening |" under the people, with no label: the agenda's table
		if (
			self.mode == "people"
			and self.columns == ["name-organisation-rows"]
			and self.report.attendees
			and re.fullmatch(rf"{_STATUS_WORD}|ja|oui|ja\s*/\s*oui|[✓✔xX]", text.strip(), re.I)
			and not any(
				_NAME_ORGANISATION_HEADER.fullmatch(fold(n.text).strip())
				for n in self.lines[position + 1 : position + 3]
			)  # not "Verontschuldigd" over the header of the excused ones' table
		):
			# "Présente" under "Véronique Hublet CPAS de Binche (partenaire" / "de Charleroi)": its row's status
			if _EXCUSED_STATUS.search(text):
				self.report.attendees[-1].attendance = "Excused"
			return
		named = (
			INTERPRETER_LABEL.match(clean_line(text).strip("*_ "))
			if self.section is None and self.mode != "people" and not line.cells
			else None
		)
		names = clean_line(text).strip("*_ ")[named.end() :].rstrip(" .") if named else ""
		if named and _only_names(re.sub(r"\s*\([^()]*\)", "", names)):
			# "*Simultaanvertaling / interprétation simultanée: Hanne Goris, Luc Fontaine*" above the list
			self.interpreters.extend(self.add_interpreters(names))
		at_work = (
			re.search(
				r"\b(?:interpr[èe]tes|tolken)\s*\(((?:(?:Mme|M\.|Mevr\.|Dhr\.)\s+)?[A-ZÀ-Ý][^()]{3,80})\)",
				text,
			)
			if self.section is None and not line.cells
			else None
		)
		at_work_names = re.sub(r"\b(?:Mme|M\.|Mevr\.|Dhr\.)\s+", "", at_work.group(1)) if at_work else ""
		if at_work and not named and _only_names(at_work_names):
			# "assurée par deux interprètes (Mme Sophie Renard et M. Koen Dierckx)": the interpreters named
			self.interpreters.extend(self.add_interpreters(at_work_names))
		if self.mode == "people" and self.columns == ["cross-rows"] and not line.cells:
			if position <= self.skip_to:
				return
			cells = [n.text.strip() for n in self.lines[position : position + 4]]
			if (
				len(cells) == 4
				and looks_like_name(_COURTESY.sub("", cells[0]))
				and not parse_heading(cells[0])
			):
				excused = not cells[2] and bool(cells[3])
				written = f"{cells[0]} ({cells[1]})" if cells[1] else cells[0]
				self.add_people(written, "Excused" if excused else "Present")
				self.skip_to = position + 3
				return
			self.columns, self.mode = None, "between"  # the table ended
		if self.mode == "people" and not line.cells and _WRITER_LABEL.match(text):
			self.mode = "between"  # "Verslag / Rapport : Ruben Peeters (…)" under the excused: who wrote it
			return
		if (
			not line.cells
			and self.mode != "people"
			and _NAME_ORGANISATION_HEADER.fullmatch(fold(text).strip())
		):
			# "Naam / Nom Organisatie / Organisation Aanwezig / Présent" in an annex: the list of people
			self.mode, self.attendance, self.columns = "people", "Present", ["name-organisation-rows"]
			return
		if (
			line.cells
			and self.mode == "section"
			# only interpreters read so far ("Interprétation … : Marc Stassart, Irina Popescu"), the rest "voir annexe 1"
			and all(
				any(p is i for i in self.interpreters) or not (p.cpas or p.organisation_type)
				for p in report.attendees
			)
			and [_named_rows_header(c) for c in line.cells[:3]] == ["name", "organisation", "status"]
		):
			# "| Naam / Nom | Organisatie / Organisation | Aanwezig / Présent |" in an annex: the people
			self.mode, self.attendance, self.columns = "people", "Present", None
			self.people_row(line.cells)
			return
		if (
			self.mode == "people"
			and self.columns == ["name-organisation-rows"]
			and re.fullmatch(r"[-–✓✔]", text.strip())
		):
			return  # "✓" (or the bullet it became) of a row whose organisation ran over two lines
		lead = (
			re.match(
				r"^\s*(?:\*\*|__)([^*_:]{2,60}?)(?:\*\*|__)\s+(?=[A-ZÀ-Ý])(.+)$", " ".join(line.raw.split())
			)
			if self.section is None and self.mode in ("header", "people") and not line.cells
			else None
		)
		if lead and (
			recognise_organisation(lead.group(1), self.aliases)[0]
			or _attendance_label(lead.group(1))
			or _INTERPRETERS_WORDS.fullmatch(lead.group(1).strip())
		):
			# "**SPP IS / POD MI** Olivier Renard, Hanne Claeys": the organisation or label in bold, then its people
			line.text = text = f"{lead.group(1).strip()}: {clean_line(lead.group(2))}"
		elif (
			self.section is None
			and self.mode == "people"
			and not line.cells
			and ":" not in text
			and not text.lstrip().startswith(("-", "•", "*"))
			and self.rows_of_people is None  # not a row of a table of people as a PDF's text gives it
			and not self.people_cells
			and self.name_rows is None
		):
			# "SPP IS / POD MI Olivier Renard, Hanne Claeys", "Excusés / Verontschuldigd Bram De Smet (OCMW
			# Gent)": an organisation or a label, then its people, the tab between them lost in a text export
			labelled = _label_then_names(text)
			if not labelled:
				labelled = _organisation_then_names(text, self.aliases)
				if labelled and not recognise_organisation(labelled[0], self.aliases)[0]:
					labelled = None  # "Atlas Integratie & Inburgering Antwerpen": a partner's name, not the network's
			if (
				labelled
				and len(labelled[0].split()) <= 6
				and not re.search(r"[<>@;,()]", labelled[0])
				and not recognise_organisation(re.split(r"[,;(]", labelled[1])[0], self.aliases)[0]
				and not is_partner_organisation(labelled[1])
			):
				line.text = text = f"{labelled[0]}: {labelled[1]}"
		if line.cells and any(_unbroken_word(c) != c for c in line.cells):
			line.cells = [_unbroken_word(c) for c in line.cells]  # "Verontschuldig d": a header a PDF broke
			line.text = " | ".join(c.strip() for c in line.cells if c.strip())
			text = line.text
		filled = [c.strip() for c in line.cells or [] if c.strip()]
		if line.cells is not None and re.fullmatch(_PAGE_MARK, filled[-1] if filled else "", re.I):
			return  # a page's footer laid out as a row: "| Verslag … 10/02/2026 | p. 2/3 |"
		in_a_row = len(filled) > 1 and any(looks_like_name(c.split(",")[0].strip(" :")) for c in filled[1:])
		in_a_table = (  # "SPP Intégration sociale" as a cell, "31/10" as an action table's date
			bool(self.people_cells)
			or self.rows_of_people is not None
			or self.name_rows is not None
			or bool(self.cell_columns and not self.cell_header_left)
			or (
				self.mode == "people" and self.last_people in ("name", "header")
			)  # a name, then its organisation
		)
		if (_BOILERPLATE.match(text) and not (in_a_row or in_a_table)) or (
			text == self.title_line and self.mode != "header"
		):
			return  # the tagline, a page number; not "| SPP Intégration sociale | Sarah El Moussaoui |"
		if line.cells is None and line.text.strip():
			self.log_columns = None  # the decision table ended
		if (
			line.cells is not None
			and len(filled) >= 4
			and not self.action_columns
			and (columns := _action_table_columns(line.cells))
			and any(_DECISION_HEADER.fullmatch(part) for c in line.cells for part in _header_parts(c))
		):
			# "| Nr | Onderwerp / Sujet | Besluit / Décision | Actie / Action | Wie / Qui | Tegen / Pour le |":
			# the report is a log of decisions and actions, its sections are the merged rows that follow
			self.log_columns = columns
			self.action_header_decisions = True
			if self.section is not None:
				self.action_columns = columns
			else:
				self.mode = "between"
			return
		if (
			line.cells is not None
			and len(filled) == 1
			and len(filled[0]) <= 40
			and all(fold(p).strip(" :*").startswith(AGENDA_LABELS) for p in re.split(r"\s*/\s*", filled[0]))
		):
			self.start_agenda()  # "| Ordre du jour / Agenda |": the label of the agenda table below
			return
		if line.cells and self.section is None:
			# "| Aanwezig – Présents; Griet Van Acker – OCMW Gent; … | Verontschuldigd – Excusés; … |": a
			# column of people per attendance, each cell its label, then its people, one a paragraph
			labelled = [re.match(r"^([^;]{3,40});\s*(\S.*)$", c.strip()) for c in line.cells if c.strip()]
			if labelled and all(labelled) and all(_attendance_label(m.group(1)) for m in labelled):
				self.mode = "people"
				for found in labelled:
					self.add_people(found.group(2), _attendance_label(found.group(1)))
				return
			line = self.info_row(line)
			text = line.text
		if self.section is not None and not line.cells and self.cell_by_cell(line):
			return
		if self.section is not None and not line.cells and self.run_together(line):
			return
		if not line.cells and (self.legend_line(text) or self.legend_run_together(text)):
			return
		if (
			not line.cells
			and self.legend_rows == position - 1
			and self.section is None
			and re.fullmatch(r"[A-ZÀ-Ý][\w'’-]+(?:\s+[\w'’-]+){0,2}", text.strip())
			and not parse_heading(text)
			and not self.label_of(line)
		):
			return  # "Integratie": the rest of the organisation of the legend's row above ("POD Maatschappelijke")
		people_with_initials = (
			self.mode == "people"
			and self.columns
			and any(_INITIALS_HEADER.fullmatch(c) for c in self.columns)
		)  # "| Init. | Naam | Organisatie |": the people list itself, each with their initials
		if line.cells and not people_with_initials and self.legend_row(line.cells):
			return
		filled = [c for c in line.cells or [] if c.strip()]
		if filled and all(_LEGEND_LINE.match(c.strip().rstrip(" .;,")) for c in filled):
			if self.legend_line("; ".join(c.strip().rstrip(" .;,") for c in filled), strict=len(filled) < 2):
				return  # "| KM = Katrien Mertens (OCMW Antwerpen) | KJ = Kris Janssens (OCMW Schoten) |"
		if position <= self.skip_to:
			return
		if (
			not line.cells
			and not (self.people_cells and self.people_cells.get("initials"))
			and self.legend_cells(text, position)
		):
			return
		if line.cells and self.attendance_columns(line.cells):
			return
		if not line.cells and self.people_rows(line):
			return
		if not line.cells and self.named_rows(line, position):
			return
		if not line.cells and self.people_cell_by_cell(line, position):
			return
		if line.cells and self.section is None and self.mode == "header" and line.cells[0].strip():
			# "| Nom Présents | Institution |": the header, and the label of the first rows joined to it
			joined = re.match(r"^(nom|naam|name)\s+(\S.*)$", line.cells[0].strip(), re.I)
			if (
				joined
				and _attendance_label(joined.group(2))
				and _people_header([joined.group(1), *line.cells[1:]])
			):
				self.mode, self.columns = "people", None
				self.people_row([joined.group(1), *line.cells[1:]])
				self.attendance = _attendance_label(joined.group(2))
				return
		if (
			line.cells
			and self.section is None
			and self.mode in ("header", "people")
			and _agenda_header(line.cells)
		):
			self.start_agenda()  # "| Tijdstip | Onderwerp | Wie |" right after the excused: the agenda's table
			return
		words = [w for w in re.split(r"[\s/–—-]+", fold(text).strip(" :")) if w]
		if (
			not line.cells
			and self.section is None
			and self.mode in ("people", "between")
			and len(words) >= 2
			and _agenda_header(words)
		):
			self.start_agenda()  # "Heure / Uur Point / Punt": an agenda table's header, its cells run together
			self.agenda_line(text, line)
			return
		following = next((n for n in self.lines[position + 1 :] if not n.blank), None)
		if (
			not line.cells
			and self.section is None
			and self.mode in ("header", "people", "between")
			and following is not None
			and _agenda_header([text, following.text])
			and (len(text.split()) == 1 or re.fullmatch(r"\w+\s*/\s*\w+", text.strip()))  # "Uur / Heure"
		):
			self.start_agenda()  # "Tijdstip", "Onderwerp", "Wie": the same table exported one cell a line
			self.header_cells = 1
			return
		if (
			line.cells
			and self.section is None
			and self.mode in ("header", "people")
			and self.labelled_row(line.cells)
		):
			return
		if (
			line.cells
			and self.section is None
			and (self.mode in ("header", "people") or (self.mode == "agenda" and len(line.cells) >= 2))
			and _people_header(line.cells)
		):
			previous = next((n for n in reversed(self.lines[:position]) if not n.blank), None)
			label = self.label_of(previous) if previous is not None and self.mode == "people" else None
			# "| Nom | Institution |"; under "**Excusés – Verontschuldigd**", the excused ones
			attendance = "Excused" if label and label[0] == "excused" and not label[1] else "Present"
			self.mode, self.attendance, self.columns = "people", attendance, None
			self.people_row(line.cells)
			return
		if not line.cells and self.mode != "section" and self.side_by_side(line, position):
			return
		if self.mode == "people" and self.columns == ["cells"] and self.alternate is not None:
			if self.heading_of(line, position) or self.label_of(line):
				self.alternate = None
			else:
				column = self.alternate[0] % 2
				self.alternate = [self.alternate[0] + 1, 0]
				self.add_in_column(text, "Excused" if column else "Present")
				return
		if self.mode == "people" and self.columns == ["pair"] and not line.cells:
			pair = _two_people(text)
			if pair and not self.heading_of(line, position) and not self.label_of(line):
				self.add_in_column(pair[0], "Present")
				if len(pair) > 1:
					self.add_in_column(pair[1], "Excused")
				return
		if self.section is None and self.mode == "header" and line.level and self.is_title_or_date(text):
			self.header_line(line)
			return
		if self.mode == "people" and _INTERPRETER_LABEL_ALONE.match(text):
			self.interpreters_next = True  # "Interprètes / Tolken :", its names on the next line
			return
		if self.interpreters_next:
			self.interpreters_next = False
			if (
				self.mode == "people"
				and not line.level
				and not self.label_of(line)
				and self.add_interpreters(text)
			):
				return
		label = self.label_of(line)
		if (
			label
			and label[0] == "present"
			and not label[1].strip()
			and self.mode == "agenda"
			and self.header_cells
			and len(self.report.agenda) == self.agenda_start
		):
			label = (
				None  # "Heure", "Sujet", "Intervenant(e)": the header of the agenda's table, one cell a line
			)
		listing = self.mode in ("people", "agenda")
		heading = (
			None
			if (label and label[0] in ("present", "excused", "place"))
			or (label and label[0] == "next" and len(label[1]) > 3 and not parse_heading(text))
			else self.heading_of(line, position, listing)
		)
		if label and label[0] in ("present", "excused"):
			if self.mode == "people" and self.last_people == "organisation" and ":" not in text:
				# a status cell of a table exported cell by cell ("verontschuldigd / excusé")
				self.report.attendees[-1].attendance = "Present" if label[0] == "present" else "Excused"
				self.last_people = "status"
				return
			self.start_people("Present" if label[0] == "present" else "Excused", label[1])
			return
		if (
			label
			and label[0] == "agenda"
			and not label[1]
			and self.mode == "agenda"
			and self.header_cells
			and len(self.report.agenda) == self.agenda_start
		):
			self.agenda_line(
				text, line
			)  # "Programma", "Programme" under "Uur / Heure": the table's header cells
			return
		if (
			label
			and label[0] == "agenda"
			and label[1]
			and re.match(r"^\W*(?:zie|voir|cf\.?|see)\b", label[1], re.I)
			and not (heading and heading.number)
		):
			# "Agenda: zie uitnodiging van 4 november": no agenda here, so "1 – Opening" below is no item of it
			self.start_agenda()
			self.agenda_referred = True
			return
		if label and label[0] == "agenda" and not (heading and heading.number):
			self.start_agenda()
			numbered = _inline_numbered_items(label[1]) if label[1] else []
			if numbered:  # "Ordre du jour:1) accueil 2) enquête 3) divers", "Agenda: (1) welkom, (2) varia"
				self.report.agenda.extend(AgendaItem(item) for item in numbered)
				self.mode = "between"
			elif label[1]:
				parts = re.split(r"\s+/\s+|\s*;\s*", label[1])
				dashed = [p for p in re.split(r"\s+(?:–|—|--?)\s+", label[1]) if p.strip()]
				if len(parts) > 2 and sum(bool(parse_time_slot(p)) for p in parts) >= len(parts) - 1:
					for part in parts:  # "Agenda: 9u30 onthaal / 10u rondje OCMW's / 11u15 werkbezoek"
						self.agenda_line(part)
				elif len(dashed) > 2 and all(parse_time_slot(p) for p in dashed):
					for part in dashed:  # "Agenda: 10u00 Opening – 10u15 Stand van zaken – 12u30 Varia"
						self.agenda_line(part)
				elif (len(dashed) > 2 or len(parts) > 2) and not any(
					parse_time_slot(p) for p in dashed + parts
				):
					# "Agenda: ronde OCMW's – nieuwe AMIF-periode – indicatoren – varia", "ODJ: a / b / c":
					# the whole agenda on its line
					for part in dashed if len(dashed) > 2 else parts:
						# "Agenda: 1. welkom – 2. rondje OCMW's – 3. varia": each item without its number
						part = re.sub(r"^\s*\d{1,2}[.)]\s+", "", part)
						self.report.agenda.append(AgendaItem(part.strip(" .;")))
					self.mode = "between"
				elif (
					label[1].count(",") >= 2
					and not re.search(r"\(\d{1,2}\)|(?:^|\s)\d{1,2}[.)]\s", label[1])
					and self.agenda_in_sentence(f"ordre du jour : {label[1].strip().rstrip('.')}.")
				):
					self.mode = "between"  # "Ordre du jour : tour de table, recrutement, calendrier, divers."
				else:
					self.agenda_line(label[1])
			return
		if self.mode == "people" and heading and re.match(r"^\s*\d{1,2}[.)]\s", text) and not line.level:
			numbered = re.sub(r"^\s*\d{1,2}[.)]\s+", "", text)
			if _is_people_line(numbered.rstrip(".;"), self.aliases):
				heading = None  # "1) Lisa Asselman – SPP IS-MI": a numbered list of people
		if (
			self.mode == "people"
			and heading
			and not heading.number
			and self.columns == ["name-organisation-rows"]
			and _name_organisation_row(text, self.aliases)
			and self.people_line(line)
		):
			return  # "Mélanie Dardenne CPAS Liège ja / oui" in an annex's table: a row, not a heading
		if self.mode == "people" and not heading and self.people_line(line):
			return
		if self.mode == "agenda" and heading and self.continues_agenda_numbering(heading):
			self.report.agenda.append(parse_time_slot(heading.title) or AgendaItem(heading.title))
			self.numbered_agenda += 1
			return
		if (
			self.mode == "agenda"
			and heading
			and not self.report.sections
			and self.agenda_start
			and len(self.report.agenda) == self.agenda_start
			and number_parts(heading.number) == (self.agenda_start + 1,)
			and not heading.level > 1
		):
			# "Agenda" then "6. Goedkeuring …" after the French "1." to "5.": the same agenda in the other
			# language, Word's numbering going on from the first list
			self.repeated_agenda = True
			self.agenda_again = self.agenda_start + 1
			return
		if (
			self.mode == "agenda"
			and heading
			and self.repeated_agenda
			and self.agenda_again
			and number_parts(heading.number) == (self.agenda_again + 1,)
			and self.agenda_again < 2 * self.agenda_start
		):
			self.agenda_again += 1
			return
		if self.mode == "agenda" and not heading and self.heading_after_agenda(line, position):
			heading = Heading("", 1, text.rstrip(" :"))
		if self.mode == "agenda" and not heading and self.agenda_line(text, line):
			return
		if listing and not heading and not (label and label[0] in ("present", "excused", "place")):
			heading = self.heading_of(line, position)  # the list ended: an unnumbered heading may follow
		if (
			heading
			and not heading.number
			and _NEXT_TIME.match(heading.title)
			and self.section is not None
			and len(heading.title.split()) > 3
		):
			heading = None  # "La prochaine fois c'est jeudi 14 mars à Liège !" set in bold: a sentence
			if not (report.next_meeting_date or report.next_meeting_note):
				_next_meeting(report, text)
			self.section.lines.append(text)
			return
		if heading and not heading.number and self.section is not None and STILL_TO_BE_ADDED.search(text):
			heading = None  # "**Cijfers Mortsel: nog aan te vullen**": a remark set in bold, not a section
		if heading:
			self.start_section(heading, label)
			if not heading.number and not (line.level or line.bold):
				self.section.check = CHECK_PLAIN_HEADING
			return
		if label and label[0] == "next":
			_next_meeting(report, label[1] or text)
			if self.section is not None:
				self.section.lines.append(text)
			return
		if label and label[0] == "place" and self.section is None:
			_place_facts(report, label[1])
			if not report.is_online:
				report.place = label[1]
			return
		if self.section is None:
			self.header_line(line)
			return
		self.section_line(line)

	def info_row(self, line):
		"""A row of the table of facts at the top (`| Aanwezig | Thomas Claeys (POD MI); … |`,
		`| Uur | 13u30 – 16u30 |`) read as the labelled line it stands for; any other row as it is."""
		cells = [c.strip() for c in line.cells if c.strip()]
		if len(cells) >= 2 and all(_how_there_cell(c) for c in cells):
			return line  # "| Sur place / Ter plaatse | En ligne / Online |": a people table's header
		if len(cells) == 2 and self.mode != "agenda":
			labels = [self.label_of(type(line)(c)) for c in cells]
			if all(labels) and labels[0][0] == labels[1][0] and labels[0][0] in ("present", "excused"):
				# "| Présents : Sarah Mertens, … | Aanwezig: Sarah Mertens, … |": one list in two languages
				return type(line)(cells[0], bold=line.bold)
		if len(cells) != 2 or len(cells[0]) > 60 or self.mode == "agenda":
			return line  # "| Présents sur place / Aanwezig ter plaatse | … |": a label, in two languages
		if _attendance_label(cells[1]) or all(
			w in _HEADER_WORDS for w in re.split(r"\s*[/–—-]\s*|\s+", fold(cells[1]).strip(" :*_")) if w
		):
			return line  # "| Heure – Uur | Point – Punt |", "| Organisation | Présents |": a table's header
		label = cells[0].strip("*_ ").rstrip(" :：")
		as_line = type(line)(f"{label}: {cells[1]}", bold=line.bold)
		found = self.label_of(as_line)
		if (found and found[0] != "agenda") or _INFO_LABEL.fullmatch(fold(label)):
			return as_line
		return line

	# --- labels and headings ----------------------------------------------------------------

	def label_of(self, line):
		"""("present" | "excused" | "agenda" | "place" | "next", the rest of the line) or None."""
		text = line.text.lstrip("- ").strip()
		if line.cells:
			return None
		if text[:1].islower() and ":" not in text and self.mode != "people":
			return None  # "deelnemers" alone in lower case: the rest of a sentence or a cell, not a label
		text = re.sub(r"[·.]e[·.]?s\b|\(e\)s?|\(es\)|\(s\)", "es", text)  # Présent·e·s, Excusé(e)s
		dashed = re.match(r"^(\w+(?:\s+\w+)?)\s+[–—-]\s+(\S.*:.*)$", text)
		if (
			dashed
			and _attendance_words(dashed.group(1))
			and _attendance_label(dashed.group(1))
			and not _attendance_words(dashed.group(2).split(":")[0])  # not "Aanwezig – Présents :"
		):
			text = (
				f"{dashed.group(1)}: {dashed.group(2)}"  # "Aanwezig – POD MI: Lotte Verhaegen | OCMW Gent: …"
			)
		found = re.match(r"^([^:：]{2,70}?)\s*[:：]\s*(.*)$", text)
		# also "Étaient présents pour le SPP IS : Céline Marchal et Youssef Benali ; pour le CPAS de Bruxelles : …"
		said = re.match(
			r"^([^,:：]{2,40}?)\s*(?:,\s*|\s(?=(?:pour|voor|namens)\s+(?:le|la|l['’]|het|de)\b))((?:pour|voor|namens)\s.+)$",
			text,
			re.I,
		)
		if said and _attendance_words(said.group(1)):
			# "Aanwezig waren, voor het OCMW Mortsel, Sofie Mertens …; voor …": a list in a sentence
			kind = "present" if _attendance_words(said.group(1)) == "Present" else "excused"
			return kind, said.group(2).strip()
		head, rest = (found.group(1), found.group(2).strip()) if found else (text, "")
		if not found and len(text) > 70:
			return None
		# "Agenda (mail Karen van 14/3):": the bracket is not a part of the label
		parts = [
			p
			for p in re.split(r"\s+[/–—|-]\s+|\s*/\s*", re.sub(r"\s*\([^()]{0,40}\)", "", head))
			if p.strip()
		]
		number = parse_heading(head)
		if number and number_parts(number.number):
			parts = [
				p for p in re.split(r"\s+[/–—|-]\s+|\s*/\s*", number.title) if p.strip()
			]  # "2. Ordre du jour / Agenda"
		if (self.mode == "people" or (self.section is None and (found or line.bold))) and all(
			_HOW_THERE_LABEL.fullmatch(fold(p).strip(" :*")) for p in parts or [head]
		):
			# "Online (Teams)", "En ligne :", "En ligne / Online :" after those in the room: there too
			return "present", rest
		both = [p for p in re.split(r"\s+(?:en|et|and|&)\s+", head) if p.strip()]
		if len(both) == 2 and [_attendance_label(p) for p in both] == ["Present", "Excused"]:
			return "present", rest  # "Aanwezigen en verontschuldigden": a list or table with a status
		for kind, labels in (
			("present", PRESENT_LABELS),
			("excused", EXCUSED_LABELS),
			("agenda", AGENDA_LABELS),
		):
			keys = {_label_key(label) for label in labels}
			if parts and all(
				_label_key(_ATTENDANCE_MODE.sub("", re.sub(r"\(.*?\)", "", part))) in keys
				or _extra_label(kind, part)
				or (kind != "agenda" and _attendance_words(part) == kind.capitalize())
				for part in parts
			):
				group = re.search(r"\(([^()]{2,40})\)", head)
				if (
					kind != "agenda"
					and group
					and rest
					and ":" not in rest
					and recognise_organisation(group.group(1), self.aliases)[0]
				):
					rest = f"{group.group(1)}: {rest}"  # "Bezoekers (OCMW Gent): Koen De Smet, …": their organisation
				return kind, rest
		if not found and len(text) <= 40 and fold(text).startswith(AGENDA_LABELS) and not number:
			return "agenda", ""  # "Ordre du jour de la rencontre"
		if (
			found
			and parts
			and all(_label_key(part) in {_label_key(label) for label in PLACE_LABELS} for part in parts)
		):
			return "place", rest
		next_meeting = NEXT_MEETING.match(text if not number else number.title)
		if next_meeting:
			rest = (next_meeting.group(1) or "").strip(" :/–-")
			again = NEXT_MEETING.match(rest)  # "Volgende bijeenkomst / Prochaine rencontre : ..."
			return "next", (again.group(1) if again else rest).strip(" :/–-")
		return None

	def heading_of(self, line, position: int, listing: bool = False):
		text = line.text
		if _only_a_date(text):
			return None  # "**23 mars 2017**" under the title of the report's other language: its date
		cells = [c.strip() for c in line.cells or []]
		if (
			len(cells) == 2
			and re.fullmatch(r"(?:\d{1,2}|[IVX]{1,4}|[A-H])[.)]?", cells[0])
			and _short_title(cells[1])
			and len(cells[1].split()) <= 10
			and not cells[1].endswith(".")
			and not parse_time_slot(cells[1])
			and all(
				n.cells is None
				for n in (
					self.lines[position - 1] if position else None,
					self.lines[min(position + 1, len(self.lines) - 1)],
				)
				if n is not None and n is not line and not n.blank
			)
		):
			# "| 3 | Rapportering indicatoren 2025 |": a section's number and title in a shaded table of one row
			return Heading(cells[0].rstrip(".)"), 1, cells[1])
		if re.match(
			r"^(?:l[ée]gende|legend|afkortingen|abr[ée]viations|initiales|initialen)\b[^.:]{0,30}:?$",
			fold(text),
		):
			return None  # "Legende / Légende", "Legende initialen": the label of a legend, not a section
		if re.match(r"^(?:actions?|actie|actiepunt|[àa]\s+faire|to\s*do)\b[^:]{0,40}:\s*\S", text, re.I):
			return None  # "**Actie POD: nota rondsturen**": a task set in bold, not a section
		repeated = parse_heading(text, marked=bool(line.level or line.bold))
		if (
			repeated
			and not line.cells
			and self.section is not None
			and self.section.number
			and repeated.number == self.section.number
			and not self.section.body
			and fold(repeated.title) != fold(self.section.heading)
			and _short_title(repeated.title)
			and repeated.title[:1].isalpha()
			and not parse_time_slot(repeated.title)
			and self.mode != "agenda"
		):
			return (
				repeated  # "3. Ateliers" right under "3. Workshops": the same heading in the other language
			)
		lead = re.match(r"^([A-ZÀ-Ý]{2,4})\s+[A-ZÀ-Ý]", text.strip())
		plain = fold(clean_line(text)).strip(" :*_")
		following = next((n for n in self.lines[position + 1 :] if not n.blank), None)
		if (
			not line.cells
			and self.section is not None
			and len(plain.split()) <= 3
			and _ACTION_HEADING.match(plain)
			and _ACTION_HEADING.match(plain).end() == len(plain)
			and following is not None
			and following.cells
		):
			return Heading("", 1, clean_line(text).strip(" :*_"))  # "To do" above its rows "PC | oproep …"
		if (
			not line.cells
			and following is not None
			and following.cells
			and _action_table_columns(following.cells)
			and _short_title(clean_line(text).strip(" *_"))
			and len(text.split()) <= 8
			and not parse_heading(clean_line(text))
			and not _LETTER_HEADING.match(clean_line(text))
			and not (line.level or line.bold)
		):
			return Heading(
				"", 1, clean_line(text).strip(" :*_")
			)  # "Décisions et suites à donner" above its table
		if (
			self.next_meeting_section
			and self.section is not None
			and not any(str(n).strip() for n in self.section.lines)
			and find_date(text)
			and not parse_heading(text)
		):
			return None  # "**Jeudi 16 mars 2017, CPAS de Gand**" under "Prochaine réunion": the date, not a section
		if (
			self.mode == "people"
			and not line.level
			and lead
			and self.people_initials(lead.group(1), text.strip())
		):
			return None  # "EW Els Wouters OCMW Antwerpen": a row of people with their initials
		if (
			re.match(r"^(?:qui|wie|who)\s*[?:]\s*\S", clean_line(text).strip(" *_"), re.I)
			and len(text.split()) <= 8
		):
			return None  # "**Qui : CPAS de Liège**" under its task: the owner, not a section
		if line.cells and len([c for c in line.cells if c.strip()]) == 1:
			# "| 1. Accueil – Verwelkoming |": a heading across a two-language table
			cell = next(c for c in line.cells if c.strip())
			found = parse_heading(cell)
			if found and number_parts(found.number) and follows(self.last_number, number_parts(found.number)):
				return found
			letter = _LETTER_HEADING.match(cell)
			if self.log_columns and letter and not NEXT_MEETING.match(cell):
				# "| A. Opvolging vorige vergadering – Suivi de la réunion précédente |" across a decision log
				return Heading(letter.group(1), 1, letter.group(2).strip().rstrip(" :"))
			return None
		filled = [c.strip() for c in line.cells or [] if c.strip()]
		if len(filled) == 2:
			# "| 1. Accueil et ouverture | 1. Onthaal en opening |": a heading in both columns of a bilingual table
			both = [parse_heading(c) for c in filled]
			if (
				all(h and number_parts(h.number) for h in both)
				and both[0].number == both[1].number
				and follows(self.last_number, number_parts(both[0].number))
				and all(_short_title(h.title) for h in both)
			):
				return both[0]
			letters = [_LETTER_HEADING.match(c) for c in filled]
			if (
				all(letters)
				and letters[0].group(1) == letters[1].group(1) == self.next_letter()
				and all(_short_title(found.group(2)) for found in letters)
			):
				return Heading(letters[0].group(1), 1, letters[0].group(2).strip().rstrip(" :"))
		if line.cells or (line.bullet and not line.level):
			return None
		again = parse_heading(text, marked=True)
		if (
			again
			and self.section is not None
			and again.number
			and again.number == self.section.number
			and not any(str(n).strip() for n in self.section.lines)
		):
			return None  # "1. Accueil et ouverture" then "1. Onthaal en opening": its other-language cell
		before = next((n.text for n in reversed(self.lines[:position]) if not n.blank), "")
		if (
			len(text.split()) <= 4
			and _NEVER_A_TASK.match(clean_line(before).strip())
			# "1. Onthaal" under "Verslag opgesteld door …": a numbered heading, styled or next in its numbering
			and not (
				again
				and again.number
				and (
					line.level
					or (
						number_parts(again.number)
						and follows(self.last_number, number_parts(again.number))
						and len(clean_line(before)) > 60  # a sentence, not "Pour le CPAS de Charleroi,"
					)
				)
			)
		):
			return None  # "Sophie" under "Bonne soirée,": who signs, not a section
		if fold(clean_line(text).strip(" *_:")) in {
			fold(p.full_name) for p in self.report.attendees if p.full_name
		}:
			return None  # "**Sophie Thiry**" above her role: a signature, not a section
		if self.mode == "header" and not line.level and not self.report.attendees and not self.report.agenda:
			# before the people and the agenda, only a numbered heading starts the report's body
			found = parse_heading(text)
			if found and number_parts(found.number) and follows(self.last_number, number_parts(found.number)):
				return found
			return None
		if (
			line.level
			and self.mode == "header"
			and not (self.report.attendees or self.report.agenda or self.report.sections)
			and not parse_heading(text, marked=True)
			and (
				_REPORT_TITLE.search(fold(text))
				or (len(text.split()) <= 4 and recognise_organisation(text, self.aliases)[0])
			)
		):
			return None  # a PDF's title in large print: "Rencontre du réseau FAMI – CPAS de Binche (hybride)"
		if line.level:
			found = parse_heading(text, marked=True)
			if found and number_parts(found.number):
				return Heading(found.number, line.level, found.title)
			letter = (
				_LETTER_HEADING.match(text)
				or _SUB_NUMBERED.match(text)
				or re.match(r"^\s*([a-h])[.)]\s+(\S.*)$", text)
			)
			if letter:
				return Heading(letter.group(1), line.level, letter.group(2).strip().rstrip(" :"))
			return Heading("", line.level, text.rstrip(" :").strip() or text)
		found = parse_heading(text)
		if found and self.mode == "agenda" and self.report.agenda and parse_time_slot(found.title):
			return None  # "3. 11u15 – 12u30: uitwisseling …" in a numbered agenda: its next slot
		before = next((n.text for n in reversed(self.lines[:position]) if not n.blank), "")
		if found and before.rstrip().endswith((";", ",")) and text.rstrip().endswith((".", ";")):
			found = None  # "4) 41 inscrites." after "3) 64 présentes ;": the last item of a list
		if found and follows(self.last_number, number_parts(found.number)):
			roman = bool(re.fullmatch(r"[IVXLC]+", found.number))
			in_actions = self.section is not None and _ACTION_HEADING.search(fold(self.section.heading))
			if in_actions and self.last_roman is not None and roman != self.last_roman and not line.bold:
				found = None  # "7) Organiser..." under "VI. À faire": an item, not the next section
			elif (
				in_actions
				and not line.bold
				and re.fullmatch(r"[A-Za-z]", self.section.number or "")
				and found.number.isdigit()
			):
				return None  # "2. Proposer … – KH" under "F. Points d'action": its list, not a section
			elif in_actions and not self.section.number and self.marked and not line.bold:
				found = None  # "1. Diffuser la note … – SPP" under a styled "Points d'action": its list
			elif (
				in_actions
				and not self.section.number
				and not self.marked
				and (task_start(found.title) or re.search(r"\s[–—]\s+[^–—]{2,50}$", found.title))
			):
				found = None  # the same list in a text without marks: a task, with its owner after a dash
			elif (
				in_actions
				and not line.bold
				and len(found.number) <= 2
				and (
					re.search(r"\([^()]{2,40}\)\W*$", found.title)
					or re.match(
						r"^[A-ZÀ-Ý][\w'’-]+(?:\s*(?:\+|en|et|&)\s*[A-ZÀ-Ý][\w'’-]+)?\s*:\s+\S", found.title
					)
				)
				and len(found.title.split()) >= 5
			):
				found = None  # "9. Gastspreker … zoeken (nog te bepalen)", "10. Jean-Marc: zaal reserveren": tasks
			elif not (self.letters and len(found.number) == 1 and found.number in "CDI"):
				return found
		letter = _LETTER_HEADING.match(text)
		if letter and self.next_letter() == letter.group(1) and _short_title(letter.group(2)):
			return Heading(letter.group(1), 1, letter.group(2).strip().rstrip(" :"))
		small = re.match(r"^\s*([a-h])[.)]\s+(\S.*)$", text)
		first_of_letters = (
			small is not None
			and self.section is None
			and small.group(1) == "a"
			and any(re.match(r"^\s*b[.)]\s+\S", n.text) for n in self.lines[position + 2 :])
		)  # "a) Tour de table covid" after the agenda, "b) Reprise des groupes" further on: the sections
		if (
			small
			and not listing
			and (self.section is not None or first_of_letters)
			and _short_title(small.group(2))
		):
			# "a) Gand", "b) Liège" under a numbered section: its sub-sections, in a text without marks
			previous = (
				self.section.number
				if self.section is not None
				and len(self.section.number) == 1
				and self.section.number.islower()
				else ""
			)
			expected = chr(ord(previous) + 1) if previous else "a"
			following = next((n for n in self.lines[position + 1 :] if not n.blank), None)
			if (
				small.group(1) == expected
				and following is not None
				and not following.text.startswith(
					(f"{chr(ord(expected) + 1)})", f"{chr(ord(expected) + 1)}.")
				)
			):
				return Heading(small.group(1), 2, small.group(2).strip().rstrip(" :"))
		lettered = re.match(r"^\s*([a-hA-H])[.)]\s+(\S.*)$", clean_line(text))
		if line.bold and lettered and _short_title(lettered.group(2)[:1].upper() + lettered.group(2)[1:]):
			return Heading(
				lettered.group(1), 1, lettered.group(2).strip().rstrip(" :")
			)  # "**b) Reprise des groupes**"
		sub = _SUB_NUMBERED.match(clean_line(text))
		if sub and _short_title(sub.group(2)) and (line.bold or self.sub_number_follows(sub.group(1))):
			return Heading(sub.group(1), 2, sub.group(2).strip().rstrip(" :"))  # "**B.1 Le listing**"
		if line.bold and _short_title(text):
			found = found or parse_heading(text, marked=True)
			if found and number_parts(found.number):
				return found
			return Heading("", 2 if text.endswith(":") else 1, text.rstrip(" :"))
		if self.marked or line.italic or listing:
			return None
		if self.plain_heading(text, position):
			numbered = parse_heading(text, marked=True)  # "1. rondje": a heading style lost in a text export
			if (
				numbered
				and numbered.title[:1].isalpha()
				and number_parts(numbered.number)
				and (
					follows(self.last_number, number_parts(numbered.number))
					or any(s.number == numbered.number for s in self.report.sections)
				)
			):
				return numbered  # also "2. État des lieux" beside "2. Stand van zaken": the other language's
			return Heading("", 2 if text.endswith(":") else 1, text.rstrip(" :"))
		return None

	def heading_after_agenda(self, line, position: int) -> bool:
		"""In a text without marks, the first heading after an agenda without times: a short line after
		an empty one, followed by a paragraph (`Accueil – Onthaal`, then what was said)."""
		report, text = self.report, line.text
		if self.marked or line.bullet or line.cells or len(report.agenda) <= self.agenda_start:
			return False
		mine = report.agenda[self.agenda_start :]
		if (
			len(mine) >= 2
			and not mine[0].from_time
			and fold(text).strip(" :") == fold(mine[0].title).strip(" :")
		):
			return True  # "Stand van zaken per OCMW" again after the list: the first section's heading
		spaced = sum(1 for n in self.lines if n.blank) > 0.1 * len(
			self.lines
		)  # paragraphs apart by empty lines
		if not position or (spaced and not self.lines[position - 1].blank) or parse_time_slot(text):
			return False
		if self.pending_clock or re.search(_CLOCK, text) or not re.search(r"[A-Za-zÀ-ÿ]{3}", text):
			return False  # a time of an agenda table exported one cell a line
		following = next((n for n in self.lines[position + 1 :] if not n.blank), None)
		if following is None or following.cells or following.bullet or parse_time_slot(following.text):
			return False
		if len(following.text) < 70 or len(following.text.split()) < 10:
			return False
		return bool(_short_title(text)) and len(text.split()) <= 9 and not text.endswith((".", ";", ","))

	def is_title_or_date(self, text: str) -> bool:
		"""A title set as a heading (a PDF's larger type, Word's Title style) is still the title."""
		report = self.report
		if not (report.title_fr or report.title_nl) and re.search(
			r"\b(verslag|rapport|compte[- ]rendu|proces[- ]verbal|notulen|minutes)\b", fold(text)
		):
			return True
		first = not any(n.text.strip() for n in self.lines[: self.position])
		if (
			first
			and not (parse_heading(text) and number_parts(parse_heading(text).number))
			and re.search(
				r"\b(reunion|rencontre|comite|vergadering|bijeenkomst|overleg|netwerk|reseau|besluiten|decisions|"
				r"releve|werkgroep|groupe\s+de\s+travail|stuurgroep)\b",
				fold(text),
			)
		):
			return True  # "CPAS DE BINCHE – Comité de suivi FAMI": the document's first line, in large type
		following = next((n for n in self.lines[self.position + 1 :] if n.text.strip()), None)
		if (
			first
			and not parse_heading(text)
			and following is not None
			and not following.level
			and find_date(following.text) is not None
		):
			return True  # "Point de contact FAMI – appel Teams" over "Mardi 12 mai 2020, 10h00": the title
		return not report.date_text and find_date(text) is not None and len(text) < 80

	def continues_agenda_numbering(self, heading) -> bool:
		"""`1. Accueil`, `2. Visite` under the agenda's label are its items, not the first sections."""
		only_numbered = len(self.report.agenda) - self.agenda_start == self.numbered_agenda
		return (
			only_numbered
			and not self.agenda_referred
			and not self.repeated_agenda  # "# 1 Accueil" after a second version's agenda, all of it skipped
			and number_parts(heading.number) == (self.numbered_agenda + 1,)
			and not heading.level > 1
		)

	def sub_number_follows(self, number: str) -> bool:
		"""`B.1` under `B.`, `B.2` after `B.1`, `2a` under `2)`: the next sub-heading of the section."""
		if self.section is None:
			return False
		head, sub = number.split(".") if "." in number else (number[:-1], number[-1])
		current = self.section.number or ""
		first = "1" if sub.isdigit() else "a"
		if current == number and self.section.body:
			return True  # "3a Atteindre les participants" after "3a Deelnemers bereiken" and its paragraph
		if current == head:
			return sub == first
		if "." in current:
			before, _dot, last = current.partition(".")
			return before == head and last.isdigit() and sub.isdigit() and int(sub) == int(last) + 1
		previous = re.fullmatch(r"(\d{1,2})([a-h])", current)
		return bool(
			previous
			and previous.group(1) == head
			and not sub.isdigit()
			and ord(sub) == ord(previous.group(2)) + 1
		)

	def next_letter(self) -> str:
		return chr(ord(self.letters) + 1) if self.letters else "A"

	def plain_heading(self, text: str, position: int) -> bool:
		"""An unnumbered heading in a text without marks: a short line of its own, not a sentence,
		followed by text."""
		words = len(text.split())
		if re.fullmatch(r"[\d/.\-–\s]+", text) or fold(text) in {
			fold(p.full_name).split()[0] for p in self.report.attendees if p.full_name
		}:
			return False  # "15/04/2025", "Nicolas": a cell of a table exported one cell a line
		agenda = self.report.agenda
		if (
			len(agenda) >= 2
			and len(text) <= 120
			and any(fold(text).strip(" :") == fold(item.title).strip(" :") for item in agenda)
			and not (self.mode == "agenda" and not self.lines[position - 1 if position else 0].blank)
			and next((n for n in self.lines[position + 1 :] if not n.blank), None) is not None
		):
			return True  # "Stand van zaken per OCMW", an item of the agenda above, then "Gent:": its section
		if not _short_title(text) or parse_time_slot(text) or words > (6 if text.endswith(":") else 9):
			return False
		if _VERSION_HEADING.match(fold(text)) and any(not n.blank for n in self.lines[position + 1 :]):
			return True  # "NEDERLANDSE VERSIE", then the report again in Dutch
		if _WHO.match(text) or _WHAT.match(text) or _WHEN.match(text):
			return False  # a line of a "Qui ? Quoi ? Quand ?" block
		if text.endswith("?") and words > 4:
			return False  # a question the text asks, not a title
		if text.endswith(":") and self.section is None:
			return False
		if re.search(r":\s+[a-zà-ÿ]", text) and words > 4 and not _bilingual(text):
			pass  # "Voorstelling: het nieuwe groepsaanbod" is a heading too
		if re.match(
			r"^[A-ZÀ-Ý][A-Za-zÀ-ÿ]{0,3}(?:\s*[+/&]\s*[A-ZÀ-Ý][A-Za-zÀ-ÿ]{0,3})*\s*:\s+[a-zà-ÿ]", text
		) and (self.section is not None and _ACTION_HEADING.search(fold(self.section.heading))):
			return False  # "KJ: bezorgt de aangepaste intakefiche aan EVdB" under "Acties": a task
		following = next((line for line in self.lines[position + 1 :] if not line.blank), None)
		if following is None or following.cells:
			return False
		if (
			text.endswith(":")
			and _AGENDA_ANNOUNCED.search(text)
			and re.match(r"^\s*1[.)]\s+\S", following.text)
		):
			return False  # "Op de agenda stonden:" at the end of a paragraph, its numbered items below
		if (
			_is_people_line(text, self.aliases)
			and not text.endswith(":")
			and (
				re.search(r"[,;()]|\s[–-]\s", text)
				or (
					looks_like_name(text)
					and not recognise_organisation(text, self.aliases)[0]
					and not (text.isupper() and len(text.split()) >= 3)  # "SAMENVATTING IN HET NEDERLANDS"
				)
			)
		):
			return False
		if self.announced_agenda and not (
			self.report.agenda and self.lines[position - 1 if position else 0].blank
		):
			return False  # the agenda announced in the introduction goes on, unless its list has ended
		if _ACTION_HEADING.search(fold(text)) or NEXT_MEETING.match(text):
			return True  # "Actiepunten", "Volgende bijeenkomst": whatever follows
		if _VERSION_HEADING.match(fold(text)):
			return True  # "Version française", then "1. Bienvenue": the report again in its other language
		return len(following.text) > len(text) or following.bullet

	def start_section(self, heading, label):
		self.action_columns = self.log_columns
		self.cell_columns, self.cell_buffer, self.cell_header_left = 0, [], 0
		self.cell_numbered = False
		self.run_table = None  # a table of action points whose cells run together on each line
		title = heading.title
		presenters = re.search(
			r"\s+\(((?-i:[A-Z][A-Za-z]{1,3})(?:\s*[+/,&]\s*(?-i:[A-Z][A-Za-z]{1,3}))*)\)$", title
		)
		if presenters and not set(re.split(r"\s*[+/,&]\s*", presenters.group(1))) & _NOT_INITIALS:
			title = title[: presenters.start()]  # "Accueil (AB)", "Actions / Acties (AB + LD)": who wrote it
		self.section = Section(heading.number, heading.level, title)
		self.report.sections.append(self.section)
		parts = number_parts(heading.number)
		if (
			heading.number
			and len(heading.number) == 1
			and heading.number in "ABCDEFGH"
			and (self.letters or heading.number == "A")
		):
			self.letters = heading.number
		elif parts:
			self.last_number = parts
			self.last_roman = bool(re.fullmatch(r"[IVXLC]+", heading.number))
		if not heading.number and _VERSION_HEADING.match(fold(heading.title)):
			self.last_number, self.letters = None, None  # "Version française": its numbering starts again
		self.mode = "section"
		self.announced_agenda = False
		self.next_meeting_section = (
			bool(label and label[0] == "next")
			or bool(NEXT_MEETING.match(heading.title))
			or fold(heading.title).strip(" :.")
			in ("volgende", "prochaine", "prochaine fois", "volgende keer")
		)
		if label and label[0] == "next" and label[1]:
			_next_meeting(self.report, label[1])  # "Prochaine réunion : 14 décembre 2023" set as a heading
		if label and label[0] == "agenda":
			self.mode, self.columns, self.pending_clock = "agenda", None, None

	# --- people ---------------------------------------------------------------------------------

	def start_agenda(self):
		"""The agenda's items follow: under its label, after its announcement or in its own table."""
		self.mode, self.columns, self.pending_clock = "agenda", None, None
		self.numbered_agenda, self.agenda_start, self.agenda_bullets = 0, len(self.report.agenda), False
		self.header_cells, self.presenter_cell = 0, False  # a table of three columns, one cell a line
		self.header_names, self.translated_cell = set(), False  # its third column, the second's translation
		self.repeated_agenda = False  # the items under this label repeat the agenda read before
		self.agenda_again = 0  # the number of the last item of a repeated agenda numbered on from the first

	def start_people(self, attendance: str, rest: str):
		self.mode, self.attendance, self.columns, self.group = "people", attendance, None, None
		if not rest:
			return
		# "Étaient présents : A et B (Gand), C (Liège). Excusées : D (Liège). Pas d'interprètes cette fois.":
		# the list goes on to the end of its sentence; a label after it starts the next list
		parts = split_sentences(rest)
		self.add_people(parts[0])
		for part in parts[1:]:
			label = self.label_of(type(self.lines[0])(part)) if self.lines else None
			excused = _EXCUSED_AFTER.search(part)
			if label and label[0] in ("present", "excused") and label[1]:
				self.attendance = "Present" if label[0] == "present" else "Excused"
				self.add_people(label[1])
			elif excused and _is_people_line(part[: excused.start()].strip(" ,"), self.aliases):
				# "Madame Els Peeters (OCMW d'Anvers) et Monsieur Wouter De Smet s'étaient excusés."
				self.attendance = "Excused"
				self.add_people(part[: excused.start()].strip(" ,"))
			elif _is_people_line(part.rstrip(". "), self.aliases):
				self.add_people(part)
			else:
				_meeting_facts(self.report, part)
				break

	def people_initials(self, initials: str, text: str) -> bool:
		"""Whether a line of people starts with the initials of the name that follows them."""
		words = text.split()[1:]
		return any(
			len(words) >= size
			and all(w[:1].isupper() or w in ("de", "van", "der", "den", "le", "la") for w in words[:size])
			and _initials_of(" ".join(words[:size]), initials)
			for size in (2, 3, 4)
		)

	def add_interpreters(self, text: str) -> list:
		"""The people after an interpreters' label: present, whatever list came before, of no
		organisation of the network (a bracket at the end says how they worked); the meeting had them."""
		found = self.add_people(re.sub(r"\s*\([^()]*\)\s*$", "", text), "Present")
		for person in found:
			person.organisation, person.organisation_type, person.cpas = "", None, None
			self.report.interpreters.append(fold(person.full_name or ""))
		if found and not self.report.no_interpretation:
			self.report.simultaneous_interpretation = True
		return found

	def add_people(self, text: str, attendance: str | None = None):
		_meeting_facts(self.report, text)  # "…, interprètes, qui assurent l'interprétation simultanée"
		pairs = []

		def explained(found):
			initials, name, rest = found.group(1), found.group(2).strip(), (found.group(3) or "").strip()
			if not looks_like_name(name) or not _initials_of(name, initials):
				return found.group(0)
			pairs.append((initials, name))
			return f"{name} ({rest})" if rest else name

		# "JW (Jens Wouters, OCMW Antwerpen), AO (Ahmed Ouali, …)": each person's initials, then who they are
		unfolded = re.sub(
			rf"\b({_INITIALS_WORD})\s*\(\s*([A-ZÀ-Ý][\w'’-]+(?:\s+[\w'’-]+){{1,3}}?)\s*(?:,\s*([^()]*))?\)",
			explained,
			text,
		)
		if pairs:
			found = self.add_people(unfolded, attendance)
			for person in found:
				for initials, name in pairs:
					if fold(person.full_name or "") == fold(name):
						self.report.legend[initials] = person
			return found
		lead = re.match(
			r"^([A-ZÀ-Ý]{2,4})\s+([A-ZÀ-Ý][a-zà-ÿ'’-]+(?:\s+[\w'’-]+){1,3}?)(?=\s|$)", text.strip()
		)
		if lead and self.people_initials(lead.group(1), text.strip()):
			# "EW Els Wouters OCMW Antwerpen": a row of a people table with initials, its cells run together
			found = self.add_people(text.strip()[len(lead.group(1)) :].strip(), attendance)
			if len(found) == 1:
				self.report.legend[lead.group(1)] = found[0]
			return found
		joined = _LABEL_AFTER_BRACKET.search(text)
		if joined:
			# "Jessica Moreau (stagiaire chez nous) Exc: Sandrine Dufour", "… (OCMW Mortsel) Tolken: …": the
			# next line of the list, joined to this one by a text export
			head = self.add_people(text[: joined.start() + 1], attendance)
			label, rest = joined.group(1), text[joined.end() :]
			if re.fullmatch(_INTERPRETER_WORD, label, re.I):
				return head + self.add_interpreters(rest)
			kind = _attendance_label(label)
			self.attendance = kind or self.attendance
			return head + self.add_people(rest, kind or attendance)
		text = re.sub(
			r"(\([^()]*\))\s+(?:pas|geen|sans|zonder|aucun|no)\s+[a-zà-ÿ'’].*$", r"\1", text, flags=re.I
		)  # "Koen Verstraete (Anvers) Pas d'interprète cette fois"
		text = text.strip().lstrip(":：").strip().rstrip(".;")
		text = re.sub(r"\[([^\[\]()]{2,40})\)|\(([^\[\]()]{2,40})\]", r"(\1\2)", text)  # "… [OCMW Gent)"
		text = re.sub(
			r"\(\s*\(([^()]*)\)(?!\))", r"(\1)", text
		)  # a stray opening bracket: "((CPAS Bruxelles)"
		text = re.sub(r"\(([^()]*?)\s*\([^()]*\)\)", r"(\1)", text)  # "(CPAS de Bruxelles (secrétaire))"
		text = re.sub(r"\(([^()]*)\)\)+", r"(\1)", text)  # a stray closing bracket
		text = _close_brackets(text)  # "Ibrahim Laaroussi (CPAS Gand, Claudine..."
		text = _people_run_together(text)
		text = _name_then_organisation(text)
		text = self.organisation_after_preposition(text)
		piped = re.split(r"\s+\|\s+", text)
		if len(piped) > 1 and all(
			_ORGANISATION_GROUP_START.match(p) and not _attendance_words(p.split(":")[0]) for p in piped
		):
			text = "; ".join(
				piped
			)  # "POD MI: Lotte Verhaegen | OCMW Gent: Pieter Claeys": groups per organisation
		# also "… Marie-Claire Nkulu (CPAS Bruxelles) [NB : liste reprise du rapport de mai, à vérifier]"
		for bracket in re.findall(r"\([^()\[\]]{3,160}\)|(?<=\)\s)\[[^()\[\]]{3,160}\]", text):
			if STILL_TO_BE_ADDED.search(
				bracket
			):  # "Gaëlle Wauters (CPAS de Binche) (liste des excusés à compléter)"
				self.report.remarks.append(bracket)
				text = text.replace(bracket, " ").strip()
		found = []
		if self.group and self.mode == "people":
			self.group_people(text, found)
			if found:
				self.report.attendees.extend(found)
				return found
		for names, organisation in _organisation_groups(text, self.aliases) or [(text, "")]:
			people = split_people(names, attendance or self.attendance, self.aliases)
			for person in people:
				if person.initials:  # "Johan Maekelberg (JM)": the initials the report uses for them later
					self.report.legend[person.initials] = person
				if (
					organisation
					and person.full_name
					and (not person.organisation or not person.organisation_type)
					and recognise_organisation(organisation, self.aliases)[0]
				):
					# also "Bram De Smedt (verslag)" in the group of the OCMW Gent: a role, not an organisation
					person.organisation = organisation
					person.organisation_type, person.cpas = recognise_organisation(organisation, self.aliases)
				elif organisation and not person.organisation and person.full_name:
					person.organisation = organisation
					person.organisation_type, person.cpas = recognise_organisation(organisation, self.aliases)
			found.extend(people)
		self.report.attendees.extend(found)
		return found

	def organisation_after_preposition(self, text: str) -> str:
		"""`Lotte Verhaegen du SPP, Pieter et Hanne de Gand, Nathalie Grosjean pour Liège, ainsi que Tarik
		Ouchène pour Charleroi`: each organisation named after its people, written as `(SPP)`, `(Gand)`."""

		def bracket(found):
			organisation = found.group(2)
			before = re.split(r"[,;:]", found.string[: found.start()])[-1].split()
			if (
				before
				and before[-1][
					:1
				].isupper()  # after a name: "Hanne de Gand", not "; pour le CPAS de Liège, …"
				and not re.match(r"(?:pour|voor|namens|van|du|de)$", before[0], re.I)
				and not recognise_organisation(" ".join(before), self.aliases)[0]
				and recognise_organisation(organisation, self.aliases)[0]
			):
				return f"{found.group(1)}({organisation})"
			return found.group(0)

		text = re.sub(r"(?:^|(?<=,\s))ainsi\s+que\s+", "", text)
		return re.sub(
			r"(\s)(?:du|de\s+la|de|d['’]|pour|van|voor|namens)\s+((?:le\s+|la\s+|l['’]|het\s+)?"
			r"(?:CPAS\s+(?:de\s+|d['’])?|OCMW\s+)?[A-ZÀ-Ý][\w'’-]+(?:\s+(?:IS|MI|Intégration\s+sociale))?)"
			r"(?=\s*(?:,|;|\.|$)|\s+(?:et|en|ainsi)\s)",
			bracket,
			text,
		)

	def group_people(self, text: str, found: list):
		"""The people of a line under a group heading, of that group's organisation unless they have
		their own."""
		for person in split_people(text, self.attendance, self.aliases):
			if person.initials:
				self.report.legend[person.initials] = person
			if person.full_name and not person.organisation_type:
				person.organisation, person.organisation_type, person.cpas = self.group
			found.append(person)

	def remarks_taken_out(self, text: str, first_only: bool = False) -> str:
		"""A people entry without the brackets that say something is still to come or to check, each
		kept as a remark of the report."""
		for bracket in list(_BRACKETED.finditer(text)):
			if STILL_TO_BE_ADDED.search(bracket.group(0)):
				self.report.remarks.append(bracket.group(0))
				text = text.replace(bracket.group(0), " ").strip()
				if first_only:
					break
		return text

	def people_line(self, line) -> bool:
		text = re.sub(r"^\s*\d{1,2}[.)]\s+", "", line.text.lstrip("- ").strip())
		if line.cells is None:
			# "Marie Fontaine en een collega (naam niet genoteerd – na te vragen)": the list, and a remark
			text = self.remarks_taken_out(text)
		if re.match(
			r"^(?:secr[ée]tariat|secretariaat|r[ée]daction|verslag(?:gever)?|notulen|notulist)\s*:",
			text,
			re.I,
		):
			self.mode = (
				"between"  # "Secrétariat : Nathalie Verstraeten (SPP IS).": who writes, after the lists
			)
			return True
		if line.cells is not None:
			return self.people_row([c for c in line.cells])
		people = self.report.attendees
		if (
			re.fullmatch(r"[A-ZÀ-Ý][a-zà-ÿ'’]+(?:-[A-ZÀ-Ý]?[a-zà-ÿ'’]+)?", text)
			and people
			and people[-1].full_name
			and len(people[-1].full_name.split()) == 1
			and not re.fullmatch(
				r"[A-Z]{1,4}[a-z]?", people[-1].full_name
			)  # "VH", then "Legende": initials, a label
			and not re.match(r"(?:l[ée]gende|legend|initia|afkort|abr[ée]v)", fold(text))
			and not self.lines[self.position - 1].blank
			and not self.lines[self.position - 1].text.rstrip().endswith((",", ";", ".", ":", ")"))
		):
			people[
				-1
			].full_name += f" {text}"  # "…, Sarah Lambrechts, Kevin" then "Mukendi": a name a PDF broke
			return True
		interpreters = re.match(
			rf"^{_INTERPRETER_WORD}(?:\s*[/–-]\s*{_INTERPRETER_WORD})?\s+(?=[A-ZÀ-Ý])(\S.+)$", text, re.I
		)
		if interpreters and looks_like_name(
			re.split(r",|\s(?:en|et|and)\s", interpreters.group(1))[0].strip()
		):
			self.add_interpreters(
				interpreters.group(1)
			)  # "Tolken Geert Lammens en Hilde Wuyts": its tab lost
			return True
		if re.fullmatch(r"init\.?\s+(?:naam|nom|name)(?:\s+[\w/–-]+){0,3}", fold(text).strip()):
			return True  # "Init. Naam Organisatie": a people table's header, its cells run together
		if re.fullmatch(
			r"(?:organisatie|organisation|instelling|institution)(?:\s*[–/-]\s*(?:organisatie|organisation))?\s+"
			r"(?:naam|nom|name|aanwezig|presents?|present\(e\)s|presente?s|deelnemers|participants)(?:\s+[\w/–()-]+){0,3}",
			fold(text).strip(),
		):
			self.columns = ["organisation-name-rows"]  # "Organisatie Naam Deelname": the cells run together
			return True
		if _NAME_ORGANISATION_HEADER.fullmatch(fold(text).strip()):
			self.columns = ["name-organisation-rows"]  # "Nom Organisation Fonction": the cells run together
			return True
		if self.columns == ["name-organisation-rows"]:
			text = re.sub(r"(?<=\S)\s*\([^()]*\)(?=\s)", "", text)  # "OCMW Gent (verslag / rapport) ja / oui"
			row = _name_organisation_row(text, self.aliases)
			if row:
				excused = bool(_EXCUSED_STATUS.search(row[2]))
				self.add_people(f"{row[0]} ({row[1]})", "Excused" if excused else self.attendance)
				return True  # "Ilse Maes CPAS de Gand coordinatrice AMIF", "Ann Wouters OCMW Edegem verontschuldigd"
			if re.fullmatch(r"[✓✔xX]|ja|oui|[A-ZÀ-Ý]?[a-zà-ÿ]+", text.strip()):
				return True  # "✓" or "Inburgering": the rest of the row above, wrapped
			other = re.match(
				r"^([A-ZÀ-Ý][\w'’-]+\s+(?:(?i:van|de|der|den|el|le|la|van\s+der|van\s+den)\s+)?[A-ZÀ-Ý][\w'’-]+)\s+(\S.*)$",
				text.strip(),
			)
			if other and looks_like_name(other.group(1)):
				name, rest = other.group(1), other.group(2)
				excused = bool(_EXCUSED_STATUS.search(rest))
				if re.search(_INTERPRETER_WORD, rest, re.I):
					self.add_interpreters(name)  # "Geert Hofman tolk ✓"
					return True
				organisation = re.sub(
					r"\s*(?:[✓✔]|\b(?:ja|oui|x)\b|\b(?:verontsch|excus|afwez|absent)\S*.*)$", "", rest
				)
				written = f"{name} ({organisation})" if organisation else name
				self.add_people(written, "Excused" if excused else self.attendance)
				return True  # "Wim Dierckx Agentschap Integratie en Inburgering ✓": a guest
		if self.columns == ["organisation-name-rows"]:
			text = re.sub(r"^([^:]{2,40}):\s+(?:[–-]\s+)?", r"\1 – " if " – " in text[:45] else r"\1 ", text)
			interpreters = re.match(
				rf"^(?:{_INTERPRETER_WORD})(?:\s*[–/-]\s*(?:{_INTERPRETER_WORD}))?\s+(?=[A-ZÀ-Ý])", text, re.I
			)
			if interpreters:
				self.add_interpreters(
					text[interpreters.end() :]
				)  # "Tolken – Interprètes Anne-Sophie Michiels, …"
				return True
			row = _organisation_name_row(text, self.aliases)
			if row:
				organisation, name, status = row
				excused = bool(status and _EXCUSED_STATUS.search(status))
				written = f"{organisation}: {name}" if "," in name else f"{name} ({organisation})"
				self.add_people(written, "Excused" if excused else self.attendance)
				return True  # "OCMW Gent Lies Verhaeghe online"
			self.columns = None
		group = _GROUP_HEADING.match(text)
		if group and self.group_heading(group.group(1).strip(), text.endswith((":", "："))):
			return True
		interpreters = INTERPRETER_LABEL.match(text)
		if interpreters:
			found = self.add_interpreters(text[interpreters.end() :])
			self.last_people = "list"
			return bool(found)
		people = self.report.attendees
		if STILL_TO_BE_ADDED.search(text) or (
			text.endswith(".")
			and len(text.split()) > 6
			and "(" not in text
			and ":" not in text[:60]
			and not (len(text.split()) <= 9 and _is_people_line(text.rstrip(" ."), self.aliases))
			and not (  # "M. Wim Peeters, CPAS d'Anvers ; M. Tom Vervoort, CPAS de Mortsel.": one a part
				";" in text
				and all(
					len(part.split()) <= 9 and _is_people_line(part.strip(" ."), self.aliases)
					for part in text.split(";")
				)
			)
		):
			return False  # a sentence, not a list of people
		folded = fold(text).strip(" :")
		if re.fullmatch(rf"(?:{_HOW_THERE})(?:\s*/?\s*(?:{_HOW_THERE})){{1,5}}", folded):
			return True  # "Ter plaatse / Sur place Online / En ligne": the header of a table of how people took part
		if folded and (
			all(part in _HEADER_WORDS for part in re.split(r"\s*/\s*|\s+[-–—]\s+", folded))
			or all(word in _HEADER_WORDS for word in re.split(r"[\s/–—-]+", folded) if word)
		):
			following = next((n.text for n in self.lines[self.position + 1 :] if not n.blank), "")
			if folded in (
				"organisation",
				"organisatie",
				"institution",
				"instelling",
				"organisme",
			) and re.match(
				r"(?:participant|deelnemer|personnes|aanwezig|pr[ée]sent|nom\b|naam\b|name\b)",
				fold(following),
			):
				self.organisation_first = (
					True  # "Organisation", "Participant·e·s", then each group and its names
				)
			if re.search(r"\b(nom|naam|name)\b", folded) and re.search(
				r"\b(organisation|organisatie|institution|instelling|organisme)\b", folded
			):
				self.last_people = (
					"header"  # "Nom – Naam Organisation – Organisatie": name, then organisation
				)
			return True  # a table's header exported cell by cell ("Naam / Nom")
		if self.last_people == "organisation" and re.fullmatch(
			r"(?:zaal|salle|online|en\s+ligne|teams|zoom|webex|ter\s+plaatse|sur\s+place|[àa]\s+distance|op\s+afstand|"
			r"fysiek|hybride|pr[ée]sentiel)",
			folded,
		):
			return True  # "zaal", "online": how the person above took part, a column of the table one cell a line
		if "=" in text and re.search(r"present|aanwezig", folded) and _EXCUSED_STATUS.search(text):
			return True  # "P = présent(e) ; E = excusé(e)": the legend of a status column
		if _PRESENT_STATUS.match(folded) or (_EXCUSED_STATUS.search(text) and len(text) < 40):
			if people:
				people[-1].attendance = "Excused" if _EXCUSED_STATUS.search(text) else people[-1].attendance
			self.last_people = "status"
			return True
		if (
			people
			and self.last_people == "name"
			and fold(text).strip(" .") in ("idem", "id", "dito", "ibidem")
		):
			# "idem": the organisation of the person above
			above = next((p for p in reversed(people[:-1]) if p.organisation), None)
			if above:
				last = people[-1]
				last.organisation, last.organisation_type, last.cpas = (
					above.organisation,
					above.organisation_type,
					above.cpas,
				)
			self.last_people = "organisation"
			return True
		org_type, cpas = recognise_organisation(text, self.aliases)
		is_organisation = org_type and (not looks_like_name(text) or _ORGANISATION_WORD.search(fold(text)))
		if (
			self.last_people == "name"
			and people
			and not people[-1].organisation
			and ("&" in text or is_partner_organisation(text) or (text[:1].islower() and len(text) < 40))
		):
			# "Atlas Integratie & Inburgering", "Agentschap Integratie en Inburgering", "tolk FR-NL":
			# a table's organisation cell, exported one cell a line
			is_organisation = True
		if (
			people
			and is_organisation
			and not people[-1].organisation
			and len(text) < 60
			and "(" not in text
			and ":" not in text
			and not line.bullet
			and not re.match(r"^[A-ZÀ-Ý][\w'’-]+\s+[A-ZÀ-Ý][\w'’-]+.*,", text)
			and _name_then_organisation(text) == text  # not "Evelien Goossens OCMW Antwerpen": a person
		):
			last = people[-1]
			last.organisation, last.organisation_type, last.cpas = text, org_type, cpas
			self.last_people = "organisation"
			return True
		word = r"(?:[A-ZÀ-Ý][\w'’-]+|de|van|der|den|le|la|du|da|dos|el|ter|ten|von|di)"
		row = re.match(rf"^([A-ZÀ-Ý][\w'’-]+(?:\s+{word}){{1,4}}?)\s+((?:CPAS|OCMW|POD|SPP)\b.*)$", text)
		if row and looks_like_name(row.group(1)) and not line.bullet:
			# a table's row as plain text: "Lisa Asselman POD MI aanwezig / présente"
			rest = row.group(2)
			status = re.search(
				r"\s((?:aanwezig|verontschuldigd|afwezig|pr[ée]sente?|excus[ée]e?)\b.*)$", rest, re.I
			)
			organisation = rest[: status.start()] if status else rest
			attendance = (
				("Excused" if _EXCUSED_STATUS.search(status.group(1)) else "Present") if status else None
			)
			self.add_people(f"{row.group(1)} ({organisation.strip()})", attendance)
			self.last_people = "row" if self.last_people in ("header", "row") else "list"
			return True
		if self.last_people in ("header", "row") and not line.bullet and "(" not in text:
			# under a "Nom Organisation" header, a row whose cells run together: "Marc Debruyne Fedasil",
			# "Mehdi Bouzid idem", "Olga Petrenko interprète – tolk"
			row = re.match(rf"^([A-ZÀ-Ý][\w'’-]+(?:\s+{word}){{1,3}}?)\s+(\S.*)$", text)
			if (
				row
				and looks_like_name(row.group(1))
				and not recognise_organisation(row.group(1), self.aliases)[0]
			):
				self.people_row([row.group(1), row.group(2)])
				self.last_people = "row"
				return True
		if line.bullet or _is_people_line(text.rstrip(".;"), self.aliases):
			found = self.add_people(text)
			self.last_people = "name" if found and not found[-1].organisation else "list"
			return bool(found) or line.bullet
		if (
			people
			and self.last_people == "organisation"
			and len(text) < 60
			and not line.bullet
			and text[:1].isupper()
		):
			# another organisation of a table exported cell by cell, with no CPAS ("Atlas Integratie")
			if looks_like_name(text) and not re.search(r"[&]|\b(vzw|asbl|integratie|fedasil)\b", fold(text)):
				return False
		return False

	def group_heading(self, organisation: str, colon: bool) -> bool:
		"""`Pour le CPAS de Binche :` or `OCMW Gent` on its own line, the people of that organisation
		listed under it: their organisation, until the next group or label. An organisation that is
		itself the item (`Excusés : CPAS de Charleroi`) has no names under it."""
		if not _organisation_cell(organisation, self.aliases):
			return False  # "Nathalie Degrève – SPP IS": a person, not a group
		org_type, cpas = recognise_organisation(organisation, self.aliases)
		following = next((line for line in self.lines[self.position + 1 :] if not line.blank), None)
		if following is None or following.cells is not None:
			return False
		below = following.text.lstrip("- ").strip()
		first = re.split(r",|\s[–-]\s|\(", below)[0].strip()
		if not (colon or following.bullet or self.organisation_first) or not looks_like_name(
			_COURTESY.sub("", first)
		):
			return False
		if recognise_organisation(below, self.aliases)[0] and "(" in below:
			return False  # the next line names its own organisation: this one is a list of its own
		self.group = (organisation, org_type, cpas)
		self.last_people = "group"
		return True

	def people_row(self, cells: list) -> bool:
		filled = [c.strip() for c in cells if c.strip()]
		if len(filled) == 2 and re.match(r"^:\s*\S", filled[1]):
			# "| CPAS de Liège | : PIROTTE Laura, HANSEN Marc |": an organisation, a tab, a colon, its people
			cells = [f"{filled[0]}:", filled[1].lstrip(" :")]
			filled = [c.strip() for c in cells if c.strip()]
		words = [w for c in filled for w in re.split(r"\s*[/–—-]\s*|\s+", fold(c).strip(" :*_")) if w]
		if (
			words
			and all(w in _HEADER_WORDS for w in words)
			and set(words) & {"heure", "uur", "tijd", "horaire", "time"}
		):
			# "| Heure – Uur | Point – Punt |": the people table ended, the agenda's table begins
			self.start_agenda()
			return self.agenda_row(cells)
		if len(filled) == 1 and _attendance_label(filled[0]):
			self.attendance = _attendance_label(filled[0])  # "| Excusés |": the rows below are excused
			return True
		labelled = [re.match(r"^([^:]{3,40}?)\s*:\s*(\S.*)$", c) for c in filled]
		if (
			len(filled) == 2
			and all(labelled)
			and _attendance_label(labelled[0].group(1))
			and _attendance_label(labelled[0].group(1)) == _attendance_label(labelled[1].group(1))
		):
			# "| Excusés : Olivier Delhaize (CPAS de Liège) | Verontschuldigd: Olivier Delhaize (OCMW Luik) |": the
			# same list in two languages, the first one read
			self.add_people(labelled[0].group(2), _attendance_label(labelled[0].group(1)))
			return True
		if (
			len(filled) == 2
			and re.fullmatch(rf"{_INTERPRETER_WORD}(?:\s*[/–-]\s*{_INTERPRETER_WORD})?\s*:?", filled[0], re.I)
			and not self.columns
		):
			self.add_interpreters(filled[1])  # "Tolken⇥Geert Lammens en Hilde Wuyts"
			return True
		if (
			len(filled) == 2
			and filled[0].endswith(":")
			and len(filled[0].split()) <= 8
			and not _attendance_label(filled[0])
			and not self.columns
		):
			# "POD MI / SPP IS:⇥Pieter Van Hoorebeke, Lisa Asselman": an organisation, a tab, its people
			self.add_people(f"{filled[0]} {filled[1]}")
			return True
		if self.columns and all(c.startswith("attendance:") for c in self.columns):
			# one column of people per attendance: the present first, then the excused
			organisation = next(
				(
					c.strip()
					for c, k in zip(cells, self.columns, strict=False)
					if k == "attendance:organisation"
				),
				"",
			)
			for cell, column in zip(cells, self.columns, strict=False):
				kind = column.split(":", 1)[1] or "Present"
				if cell.strip(" –-—") and kind != "organisation" and re.search(r"[^\W\d_]{2}", cell):
					self.add_in_column(cell.strip(), kind, organisation)  # not "| Gand | 61 |": a figure
			return True
		folded = [fold(c).strip(" :?.") for c in cells]
		words = [w for c in folded for w in re.split(r"\s*/\s*|\s+[–—-]\s+|\s*,\s*", c) if w]
		if (words and all(w in _HEADER_WORDS or _attendance_label(w) or not w for w in words)) or (
			not self.columns and _people_header(cells)
		):
			self.columns = folded  # also "| Leden werkgroep | Organisatie | |"
			return True
		values = [c.strip() for c in cells]
		if not any(values):
			return True
		pairs = [values[i : i + 2] for i in range(0, len(values), 2)]
		if (
			not self.columns
			and len(pairs) >= 2
			and all(len(p) == 2 for p in pairs if p[0])
			and sum(1 for p in pairs if p[0]) >= 2
			and all(
				_organisation_cell(p[1], self.aliases) or re.search(_INTERPRETER_WORD, p[1], re.I)
				for p in pairs
				if p[0]
			)
			and not any(_organisation_cell(p[0], self.aliases) for p in pairs)
		):
			# "| Lies Vanhove | POD MI | Olivier Renard | SPP IS |": two people a row, each with their organisation
			for name, organisation in (p for p in pairs if p[0]):
				self.people_row([name, organisation])
			return True
		name_i, org_i, status_i, excused_i, initials_i = 0, 1, None, None, None
		if self.columns:
			for i, head in enumerate(self.columns):
				if _INITIALS_HEADER.fullmatch(head):
					initials_i = i  # "| Init. | Naam | Organisatie |": the legend of the initials used below
					if name_i == i:
						name_i, org_i = i + 1, i + 2
				elif (
					_EXCUSED_STATUS.search(head)
					and len(head) < 40
					and not re.search(r"\b(presen|aanwezig)", head)
				):
					excused_i = i  # "| Naam | Organisatie | Aanwezig | Verontschuldigd |" with an x in one
				elif re.search(r"\b(statut|status|presence|aanwezig|aanw|present)\b|^p\s*/\s*e$", head):
					status_i = i
				elif re.search(
					r"\b(organisation|organisatie|organisme|institution|instelling|cpas|ocmw|service|dienst)",
					head,
				):
					org_i = i
				elif re.search(r"\b(nom|naam|name)\b", head):
					name_i = i
		name = values[name_i] if name_i < len(values) else ""
		name = self.remarks_taken_out(name, first_only=True)  # "Mohamed Ait Lahcen (spelling na te vragen)"
		organisation = values[org_i] if org_i < len(values) and org_i != name_i else ""
		if (
			self.columns
			and len(values) == len(self.columns) - 1
			and 0 < name_i
			and looks_like_name(re.sub(r"\s*\([^()]*\)", "", values[0]))
			and not _organisation_cell(values[0], self.aliases)
		):
			# "| Nathalie Goffin (interprète) | présente |" in an "Organisation | Nom | Présence" table: the
			# organisation's cell merged with the name's, the status last
			name, organisation = values[0], ""
			if status_i is not None:
				status_i = len(values) - 1
		attendance = self.attendance
		if excused_i is not None and excused_i < len(values):
			attendance = "Excused" if values[excused_i].strip(" -–") else "Present"
		elif status_i is not None and status_i < len(values):
			status = values[status_i]
			excused = _EXCUSED_STATUS.search(status) or fold(status).strip(" .") in (
				"e",
				"exc",
				"nee",
				"non",
				"no",
			)
			attendance = "Excused" if excused else "Present"  # "E" of a "P/E" column, "nee, verontschuldigd"
		elif len(values) > 2 and any(_EXCUSED_STATUS.search(v) for v in values[2:]):
			attendance = "Excused"
		if not name:
			return True
		if fold(organisation).strip(" .") in ("idem", "id", "dito", "ibidem"):
			above = next((p for p in reversed(self.report.attendees) if p.organisation), None)
			organisation = above.organisation if above else ""  # "idem": the organisation of the row above
		if "(" in organisation and re.sub(r"\s*\([^()]*\)", "", organisation).strip():
			# "POD MI (verslag / rapport)", "Interprète (externe)", "Université Saint-Louis (invitée)"
			organisation = re.sub(r"\s*\([^()]*\)", "", organisation).strip()
		text = f"{name} ({organisation})" if organisation and "(" not in name else name
		found = self.add_people(text, attendance)
		initials = (
			values[initials_i].strip(" .") if initials_i is not None and initials_i < len(values) else ""
		)
		if found and len(found) == 1 and re.fullmatch(r"[A-ZÀ-Ý][A-Za-zÀ-ÿ]{0,4}", initials):
			self.report.legend[initials] = found[0]
		return True

	# --- agenda ---------------------------------------------------------------------------------

	def agenda_line(self, text: str, line=None) -> bool:
		agenda = self.report.agenda
		if line is not None and line.cells is not None:
			return self.agenda_row(line.cells)
		if re.match(
			r"^\W*(?:einde|fin)\s+(?:voorzien|pr[ée]vue?|de\s+la\s+r[ée]union|van\s+de\s+vergadering)\b",
			fold(text),
		) and (line is None or not line.cells):
			return True  # "Einde voorzien om 12.15 / Fin prévue à 12h15": when the meeting ends, not an item
		if self.agenda_start and self.report.sections and self.duplicate_agenda(text):
			self.repeated_agenda = True
			return True  # "Ordre du jour" of a report's second version: the same times as the first one's
		lettered = re.match(r"^\s*[a-hA-H][.)]\s+(?=\S)", text)
		body = re.sub(
			r"^\s*(?:[-–•*·▪→]|\d{1,2}[.)](?!\d)|\(\d{1,2}\)|[a-hA-H][.)](?=\s))\s*", "", text
		).strip()
		if _VERSION_HEADING.match(fold(body)) and line is not None and not line.cells:
			return False  # "Nederlandse versie" after the agenda: the report's first part
		if len(agenda) == self.agenda_start and (_MAIL_FIELD.match(body) or _GREETING.match(body)):
			return True  # "Van: Leen Goossens", "Onderwerp: agenda …", "Dag iedereen,": the e-mail it came in
		numbered = re.match(r"^\s*\d{1,2}[.)]\s", text)
		if (
			len(agenda) - self.agenda_start >= 2
			and self.numbered_agenda == len(agenda) - self.agenda_start
			and not numbered
			and not (line is not None and line.bullet)
			and not parse_time_slot(body)
			and (_GREETING.match(body) or body.endswith(","))
		):
			self.mode = "between"
			return False  # "Groetjes," after "4. Planning volgende maanden": the e-mail's end, not an item
		if _ONLY_CLOCK.match(body) or _CLOCK_RANGE.match(body):
			self.presenter_cell = False  # the row before had its presenter's cell empty
			if self.pending_clock and _ONLY_CLOCK.match(body) and not self.pending_clock[1]:
				self.pending_clock = (self.pending_clock[0], _clock_of(body))
			else:
				clocks = re.findall(_CLOCK, body, re.I)
				self.pending_clock = (_clock_of(clocks[0]), _clock_of(clocks[1]) if len(clocks) > 1 else "")
			return True
		if self.presenter_cell:
			self.presenter_cell = False
			if len(body.split()) <= 4 and not re.search(_CLOCK, body) and not body.endswith((".", ":")):
				return True  # "Samira" after "Ouverture et météo Covid": the presenter's cell of its row
			if self.translated_cell and not _ONLY_CLOCK.match(body) and not _CLOCK_RANGE.match(body):
				return True  # "Accueil et café" under "Programme", beside "Programma": the title translated
		header = [
			re.sub(r"\((?:e|s|es)\)$", "", word)
			for word in re.split(r"[\s/]+", fold(body).strip(" :"))
			if word
		]
		if header and all(word in _HEADER_WORDS for word in header):
			if len(agenda) == self.agenda_start:
				self.header_cells += 1  # "Heure", "Sujet", "Intervenant(e)": a table exported one cell a line
				self.header_names.add(fold(body).strip(" :"))
				self.translated_cell = any(
					{nl, fr} <= self.header_names
					for nl, fr in (("programma", "programme"), ("onderwerp", "sujet"), ("punt", "point"))
				)
			return True  # a table's header ("Heure / Uur Point / Punt")
		words = [w for w in re.split(r"[\s/–—-]+", fold(body).strip(" :")) if w]
		if words and all(w in _HEADER_WORDS or w in ("ordre", "du", "jour", "agendapunt") for w in words):
			# "Heure – Uur Ordre du jour Agenda", "Uur – Heure Agendapunt Point": a header in two languages,
			# whose rows hold each title twice, run together in a text export
			self.bilingual_agenda = bool(
				({"heure", "horaire"} & set(words) and {"uur", "tijd"} & set(words))
				or ({"point"} & set(words) and {"punt"} & set(words))
			)
			return True
		mine = agenda[self.agenda_start :]
		if (
			mine
			and mine[-1].from_time
			and not self.pending_clock
			and not parse_time_slot(body)
			and not (line is not None and (line.bullet or line.bold or line.level))
			and _continues_title(mine[-1].title, body)
		):
			mine[-1].title = f"{mine[-1].title} {body}"  # "Stand van zaken per" / "OCMW tijdens de lockdown"
			return True
		if mine and not parse_time_slot(body) and not self.pending_clock:
			following = next((n for n in self.lines[self.position + 1 :] if not n.blank), None)
			before_text = following is not None and len(following.text) > 80 and not following.bullet
			timed = all(item.from_time for item in mine)
			# "Anne-Sophie Baert verzorgde fluistertolken Nederlands-Frans voor de Franstalige": a sentence
			if (timed and (before_text or len(body.split()) >= 8)) or any(
				fold(item.title).startswith(fold(body).rstrip(" :")) for item in mine
			):
				return False  # after a timed agenda, or repeating an item: the first section's heading
		listed_before = self.agenda_bullets and (line is None or not line.bullet)
		if listed_before and not parse_time_slot(body) and not self.pending_clock:
			return False  # the agenda was a list: a line that is not an item ends it
		slot = parse_time_slot(body)
		two_clocks = re.match(rf"^{_CLOCK}\s+{_CLOCK}\s+(\S.*)$", body, re.I)
		if two_clocks:  # a table's row as plain text: from, to, title
			slot = AgendaItem(
				two_clocks.group(3).strip(" :-–"),
				_clock_of(two_clocks.group(1)),
				_clock_of(two_clocks.group(2)),
			)
		if slot:
			if self.bilingual_agenda:
				slot.title = first_language_half(slot.title)  # "Accueil et café Onthaal en koffie"
			agenda.append(slot)
			self.pending_clock = None
			return True
		if self.pending_clock:
			agenda.append(AgendaItem(body.strip(" :-–"), *self.pending_clock))
			self.pending_clock = None
			self.presenter_cell = self.header_cells >= 3
			return True
		listed = (
			(line is not None and line.bullet)
			or re.match(r"^\s*(?:\d{1,2}[.)]|\(\d{1,2}\))\s", text)
			or lettered
		)
		if listed and line is not None and line.bullet:
			self.agenda_bullets = True
		plain_item = (
			len(body) <= 100
			and body[:1].isupper()
			and not body.endswith((".", ":") if line is not None else ".")
			and not (line is not None and (line.bold or line.level))
		)
		if listed or plain_item:
			item = AgendaItem(body.rstrip(" ;"))
			if not listed:
				item.check = CHECK_AGENDA_NO_TIME
			number = re.match(r"^\s*(\d{1,2})[.)]\s", text)
			if number and int(number.group(1)) == self.numbered_agenda + 1 == len(mine) + 1:
				self.numbered_agenda += 1  # "1. Tour de table : où en sont les projets ?": "2. …" goes on
			agenda.append(item)
			return True
		return False

	def agenda_row(self, cells: list) -> bool:
		values = [re.sub(r"^[-–•*·▪]\s+", "", c.strip()) for c in cells if c.strip(" -–•*")]
		values = [
			v for v in values if not re.fullmatch(r"(?:\d{1,2}|[a-hA-H]|[IVX]{1,4})[.)]?", v)
		] or values  # "1." column
		values = [
			re.sub(r"^\d{1,2}[.)]\s+(?=\d)", "", v) for v in values
		]  # "1. 9u30-9u45": the item's number
		if not values:
			return True
		folded = [fold(v).strip(" :") for v in values]
		if _agenda_header(values) or all(
			any(w in _HEADER_WORDS for w in re.split(r"\s*/\s*|\s+[–—-]\s+", f)) for f in folded
		):
			return True  # "| Heure / Uur | Point |", "| Heure – Uur | Point – Punt |"
		clocks, titles = [], []
		for value in values:
			if _ONLY_CLOCK.match(value):
				clocks.append(_clock_of(value))
			elif _CLOCK_RANGE.match(value):
				found = re.findall(_CLOCK, value, re.I)
				clocks.extend(_clock_of(c) for c in found[:2])
			else:
				slot = parse_time_slot(value)
				if slot and not titles and not clocks:
					clocks.extend(c for c in (slot.from_time, slot.to_time) if c)
					if slot.title.strip(" :-–"):
						titles.append(slot.title)
				else:
					titles.append(value)
		if not titles:
			return True
		last = self.report.agenda[-1] if self.report.agenda else None
		if not clocks and last is not None and last.from_time and _continues_title(last.title, titles[0]):
			# "| 10h00 – 11h00 | Le nouveau programme FAMI |", "| 2021-2027 et les indicateurs |": a title a PDF
			# wrapped onto a row of its own
			last.title = f"{last.title} {titles[0].strip()}"
			return True
		clocks += ["", ""]
		self.report.agenda.append(AgendaItem(titles[0].strip(" :-–"), clocks[0], clocks[1]))
		return True

	# --- header and sections --------------------------------------------------------------------

	def header_line(self, line):
		report, text = self.report, line.text
		if (
			not line.cells
			and len(text) < 200
			and re.match(
				r"^\W*(?:projet|ontwerp|draft|concept|version\s+provisoire|voorlopige\s+versie)\b", text, re.I
			)
			and STILL_TO_BE_ADDED.search(text)
		):
			report.remarks.append(
				text
			)  # "Projet de rapport – les remarques d'Anne-Sophie doivent encore être intégrées."
			return True
		if not line.cells:
			report.prose.append(text)  # what a report without headings says, for its tasks
		for cell in line.cells or []:
			for sentence in split_sentences(cell):
				_meeting_facts(
					report, sentence
				)  # "| Praktisch | … Tolken NL ↔ FR via het tolkenkanaal in Teams |"
		had_title = bool(report.title_fr or report.title_nl)
		if self.mode == "people":
			self.mode = "between"
		_add_interpreters(report, text)
		if not report.agenda and not line.cells and self.agenda_in_sentence(text):
			_place_facts(report, text)  # "Réunion en français, sans interprétation. Un seul point : …"
			return
		if _header_line(report, text):
			if not had_title and (report.title_fr or report.title_nl):
				self.title_line = text
			return
		if (
			not report.agenda
			and not line.cells
			and (
				len(text) < 100
				# "L'ordre du jour, tel qu'il avait été communiqué …, comportait les points suivants :"
				or (
					len(text) < 220
					and re.search(r"\b(?:suivants|volgende|ci-dessous|hieronder)\s*:\s*$", text, re.I)
				)
			)
			and text.rstrip().endswith((":", "："))
			and _AGENDA_ANNOUNCED.search(text)
		):
			# "L'ordre du jour, c'était :", "Pour rappel, l'ordre du jour était :": its list follows
			self.start_agenda()
			return
		slot = parse_time_slot(text)
		hours = re.match(r"^\s*([^:]{2,20}?)\s*:", text)
		if hours and _INFO_LABEL.fullmatch(fold(hours.group(1))):
			slot = None  # "Uur: 13u30 – 16u30": the meeting's hours, not an item of its agenda
		before = self.lines[self.position - 1] if self.position else None
		if (
			slot
			and not slot.title.strip(" :-–")
			and before is not None
			and not before.blank
			and before.text.rstrip().endswith(("–", "—", "-", ","))
		):
			slot = None  # "Plaats: OCMW Antwerpen, … –" then "13u30 tot 16u00": a line of a PDF run on
		if slot and not report.sections:
			report.agenda.append(slot)
			self.mode = "agenda"
			return
		if STILL_TO_BE_ADDED.search(text):
			report.remarks.extend(self.remark_sentences(text))
			if len(text) < 300:
				return  # a long paragraph says more than its remark: read on
		if not report.agenda:
			self.agenda_in_sentence(text)
		if report.attendees and not (report.next_meeting_date or report.next_meeting_note) and not line.cells:
			# a report without headings: "La prochaine rencontre se tiendra le jeudi 13 juin 2024 à Charleroi."
			for sentence in split_sentences(text):
				if (NEXT_MEETING.search(sentence) or _NEXT_MEETING_IN_TEXT.search(sentence)) and find_date(
					sentence
				):
					_next_meeting(report, sentence)
					break
		if not line.cells and len(text) > 40 and not _MAIL_FIELD.match(text):
			listed = any(p.full_name for p in report.attendees)
			for sentence in split_sentences(text):
				_add_unlisted(report, people_in_prose(sentence, self.aliases, listed))
				_meeting_facts(report, sentence)  # "… houden we een korte check-in via Microsoft Teams"
		report.leftover.append(text)

	def agenda_in_sentence(self, text: str) -> bool:
		"""`L'ordre du jour est le suivant : tour de table, présentation d'Activ'Up, repas et divers.`:
		an agenda listed in a sentence of the introduction, without times."""
		inline = _AGENDA_IN_SENTENCE.search(text) or _AGENDA_IN_SENTENCE_VERB.search(text)
		single = re.search(
			r"\b(?:un\s+seul\s+point|[ée][ée]n\s+(?:enkel\s+)?punt|enig\s+agendapunt)\s*:\s*([^.:]{3,100})\.",
			text,
			re.I,
		)
		if single and not inline:
			item = AgendaItem(single.group(1).strip())  # "Un seul point : la continuité des modules …"
			item.check = CHECK_AGENDA_IN_TEXT
			self.report.agenda.append(item)
			return True
		if not inline:
			return False
		items = [i.strip(" .") for i in re.split(r"\s*;\s*", inline.group(1)) if i.strip(" .")]
		timed = re.compile(r"(?:om|[àa]|vers|van|de)?\s*\d{1,2}(?:[.:hu]\d{2}|\s*[hu])\b", re.I)
		if len(items) < 3 and len(timed.findall(inline.group(1))) >= 3:
			# "om 9.30 onthaal met koffie, om 10.00 voorstelling …, en om 15.00 afspraken en afsluiting": each
			# item starts at its time
			items = [
				re.sub(r"^(?:om|[àa]|vers)\s+", "", i.strip(" .,"), flags=re.I)
				for i in re.split(r",?\s+(?:et|en|and)\s+(?=(?:om|[àa]|vers)\s+\d)|,\s*", inline.group(1))
				if i.strip(" .,")
			]
			# "… à 11h30 et, après le repas à la ferme, les indicateurs": the joining words around an item
			items = [
				re.sub(
					r"^(?:et|en|puis|ensuite|apr[èe]s|na|daarna)\s+|\s+(?:et|en|and|puis)$",
					"",
					item,
					flags=re.I,
				)
				for item in items
			]
		if len(items) < 3:
			# "a, b et c": commas, and "et"/"en" before the last item only (or before its article); "…, d et, pour
			# finir, e": the last item whole
			listed = inline.group(1)
			last_whole = re.search(
				r"\s+(?:et|en),?\s+(?:pour\s+finir|enfin|pour\s+terminer|tot\s+slot|ten\s+slotte),\s*", listed
			)
			if last_whole:
				listed = listed[: last_whole.start()] + ", " + listed[last_whole.end() :]
			items = [i.strip(" .") for i in re.split(r",\s*", listed) if i.strip(" .")]
			if items and not last_whole:
				items[-1:] = [
					i
					for i in re.split(
						r"\s+(?:et|en|and)\s+(?=\S+$|\S+\s+\S+$|(?:le|la|les|l['’]|un|une|des|du|de|het|een)\b)",
						items[-1],
					)
					if i
				]
			# "een voorstelling van X en een gesprek met Y": two items in one, each with its article
			items = [_AGENDA_CONNECTIVE.sub("", i).strip() for i in items]
			split = []
			for item in items:
				parts = re.split(r"\s+(?:et|en|and)\s+(?=(?:un|une|een)\s)", item)
				indefinite = item.split()[0].lower() in ("un", "une", "een") if item.split() else False
				split.extend(parts if len(parts) > 1 and indefinite else [item])
			items = [i for i in split if i]
		items = [re.sub(r"^\d{1,2}[.)]\s+", "", item) for item in items]  # "…; 4) divers."
		counted = re.search(r"\b(deux|trois|quatre|cinq|twee|drie|vier|vijf)\s+\w+", inline.group(0), re.I)
		numbers = {"deux": 2, "twee": 2, "trois": 3, "drie": 3, "quatre": 4, "vier": 4, "cinq": 5, "vijf": 5}
		if len(items) < 3 and not (counted and numbers[counted.group(1).lower()] == len(items)):
			return False  # "Deux sujets : a et b": as many items as the sentence counts
		clock = r"\d{1,2}(?:[hu.:]\d{2}|\s*[hu])"
		for item in items:
			# "l'après-midi, de 13h30 à 15h30, un atelier …", "'s namiddags, van 13u30 tot 15u30, …"
			item = re.sub(
				r"^(?:l['’]apr[èe]s-midi|le\s+matin|['’]s\s+(?:namiddags|middags|ochtends|morgens)|in\s+de\s+"
				r"(?:namiddag|voormiddag))\s*,?\s+(?=(?:de|van|[àa]|om|vers)\s+\d)",
				"",
				item,
				flags=re.I,
			)
			# "à 10h15, les contrats des participants", "de 13h30 à 15h30, un atelier …": the time first
			item = re.sub(
				rf"^(?:de|van)\s+({clock})\s+(?:[àa]|tot)\s+({clock})\s*,?\s+", r"\1 – \2 ", item, flags=re.I
			)
			item = re.sub(rf"^(?:[àa]|om|vers)\s+({clock})\s*,?\s+", r"\1 ", item, flags=re.I)
			# "accueil à 9h30", "les indicateurs du fonds à partir de 14h": the time after the item
			item = re.sub(
				rf"^(\S.*?)\s+(?:[àa]\s+partir\s+de|[àa]|vers|d[èe]s|om|vanaf)\s+({clock})$",
				r"\2 \1",
				item,
				flags=re.I,
			)
			slot = parse_time_slot(item) or AgendaItem(item)
			slot.check = CHECK_AGENDA_IN_TEXT
			self.report.agenda.append(slot)
		return True

	def section_line(self, line):
		report, section, text = self.report, self.section, line.text
		if self.mode in ("people", "agenda"):
			self.mode = "section"
		filled = [c.strip() for c in line.cells or [] if c.strip()]
		if len(filled) == 3 and filled[1] in ("→", "->", "=>", "⇒", "➔"):
			section.lines.append(f"- {filled[0]} → {filled[2]}")  # "| task | → | owner |": a list of a PDF
			return
		who = re.match(r"^(?:qui|wie)\s*:\s*(\S.*)$", filled[1], re.I) if len(filled) == 2 else None
		if who and len(filled[0].split()) >= 3:
			# "| Partager la procédure de suivi téléphonique. | Qui : Karim. |": a task and its owner side by side
			section.lines.append(f"- {filled[0].rstrip(' .')} – Qui : {who.group(1).rstrip(' .')}")
			return
		if line.cells is not None and self.action_row(line.cells):
			if self.log_columns:  # "| 5 | Cijfers Q3 | [nog aan te vullen] | …": a decision still to come
				for cell in line.cells:
					remarks = self.remark_sentences(cell.strip()) if STILL_TO_BE_ADDED.search(cell) else []
					section.remarks.extend(remarks)
					report.remarks.extend(remarks)
			return
		filled = [c.strip() for c in line.cells or [] if c.strip()]
		if (
			filled
			and len(filled) <= 2
			and _ACTION_HEADING.search(fold(section.heading))
			and len(items := [i for i in re.split(r";\s+", filled[0]) if i.strip()]) > 1
		):
			# "| Envoyer … (chaque CPAS); Partager … (SPP) | De … (elk OCMW); … |": the task list of the
			# report's first language, one paragraph a task, beside its translation
			for item in items:
				if NEXT_MEETING.match(item.strip()) and not (
					report.next_meeting_date or report.next_meeting_note
				):
					_next_meeting(report, item.strip())  # "…; Volgende bijeenkomst: 16 mei 2019 in Luik."
				else:
					section.lines.append(f"- {item.strip()}")
			return
		if (
			self.next_meeting_section
			and not (report.next_meeting_date or report.next_meeting_note)
			and not re.search(
				r"\b(?:sluit\s+de\s+vergadering|l[èe]ve\s+la\s+s[ée]ance|cl[ôo]ture\s+la\s+r[ée]union|dankt|remercie)\b",
				text,
				re.I,
			)  # "De voorzitter dankt de tolken en sluit de vergadering": the meeting's end, the next one follows
		):
			_next_meeting(report, text)
		elif not (report.next_meeting_date or report.next_meeting_note):
			for sentence in split_sentences(text):
				sentence = re.sub(
					r"^\s*(?:→|->|=>)\s*", "", sentence
				)  # "→ volgende netwerkdag: Charleroi, feb. '18"
				if (
					NEXT_MEETING.search(sentence)
					or _NEXT_MEETING_IN_TEXT.search(sentence)
					or _NEXT_TIME.match(sentence)
				):
					_next_meeting(report, sentence)
					break
		first_part = all((number_parts(s.number) or (0,))[0] == 1 for s in report.sections)
		if (len(report.sections) <= 1 or first_part) and not line.cells:
			# how this meeting was held is said in the introduction (1, 1.1...), not in a look back on others
			for sentence in split_sentences(text):
				_meeting_facts(report, sentence)
		if len(report.sections) <= 1 and not report.agenda:
			self.agenda_in_sentence(text)
		if (
			_AGENDA_ANNOUNCED.search(text)
			and not line.bullet
			and len(report.sections) <= 1
			and not report.agenda
		):
			section.lines.append(line.raw.rstrip() if not self.marked else text)
			following = next((n for n in self.lines[self.position + 1 :] if not n.blank), None)
			if (
				text.rstrip().endswith((":", "："))
				and following is not None
				and not following.cells
				and re.match(r"^\s*1[.)]\s+\S", following.text)
			):
				# "L'ordre du jour est ensuite parcouru :" then "1. Tour de table", "2. …": its numbered
				# items, not the report's first sections
				self.start_agenda()
				return
			self.announced_agenda = True
			return
		if self.announced_agenda or (len(report.sections) <= 1 and not report.agenda):
			if line.bullet or parse_time_slot(text) or (self.announced_agenda and line.cells):
				if line.cells:
					self.agenda_row(line.cells)
				elif not self.duplicate_agenda(text):
					slot = parse_time_slot(text.lstrip("- ")) or AgendaItem(
						text.lstrip("- ").strip().rstrip(" ;.")
					)
					if self.announced_agenda or slot.from_time:
						slot.check = CHECK_AGENDA_IN_TEXT
						report.agenda.append(slot)
						return
				else:
					return
			elif self.announced_agenda and not line.italic:
				self.announced_agenda = False
		sentences = split_sentences(text)
		whole = text.strip("-–•* ")
		if _whole_bracket(whole) and _SETTLED_NOTE.search(whole):
			return  # "[Yusuf, kan jij deel 3 en 4 aanvullen? – gedaan]": a note on the text, settled since
		if (STILL_TO_BE_ADDED.search(text) or any(STILL_TO_BE_ADDED.search(s) for s in sentences[1:])) and (
			line.italic
			or len(text) < 300
			or any(len(s) < 300 and STILL_TO_BE_ADDED.search(s) for s in sentences)
			or any(STILL_TO_BE_ADDED.search(b.group(0)) for b in _BRACKETED.finditer(text))
		):
			remarks = self.remark_sentences(text)
			if remarks:
				section.remarks.extend(remarks)
				report.remarks.extend(remarks)
				if " | " in text:
					# a row of a table that holds the remark: the rest is its label, or the text it was to translate
					said = [
						c.strip() for c in line.cells or [] if c.strip() and not any(r in c for r in remarks)
					]
					if len(said) == 1 and len(said[0].split()) >= 6:
						section.lines.append(said[0])
					return
				rest = " ".join(s for s in split_sentences(text) if s.lstrip("-–•* ") not in remarks)
				if rest:
					section.lines.append(rest)
				return
		filled = [c.strip() for c in line.cells or [] if c.strip()]
		if (
			len(filled) == 2
			and all(len(c.split()) >= 5 for c in filled)
			and _sentence_language(filled[0]) != _sentence_language(filled[1])
		):
			section.lines.append(
				filled[0]
			)  # "| Amélie ouvre la réunion. … | Amélie opent de vergadering. … |"
			return
		section.lines.append(text if self.marked else line.raw.rstrip())

	def action_row(self, cells: list) -> bool:
		"""A table of action points (Wat / Wie / Tegen wanneer, Action / Qui / Échéance): each row
		becomes the list item `- owner: action (when)`, read as an action list's item."""
		folded = [fold(c).strip(" :") for c in cells]
		if all(
			re.match(r"^(actions?|acties?|actiepunt(en)?|wat|quoi|taak|t[aâ]ches?)\b", c)
			and len(c.split()) <= 5
			for c in folded
			if c
		):
			return True  # "| Action – à charge de | Actie – verantwoordelijke |": a header without columns to read
		filled = [c.strip() for c in cells if c.strip()]
		if (
			not self.action_columns
			and len(filled) == 2
			and len(filled[0].split()) <= 4
			and len(filled[1].split()) >= 3
			and task_start(filled[1])
			and not STILL_TO_BE_ADDED.search(filled[1])
			and (
				self.owner_cell(filled[0])
				or re.fullmatch(
					r"\?+|[A-ZÀ-Ý][A-Za-zÀ-ÿ]{0,3}(?:\s*[+/&,]\s*[A-ZÀ-Ý][A-Za-zÀ-ÿ]{0,3})*", filled[0]
				)
			)
			and not self.owner_cell(filled[1])
			and not _action_table_columns(cells)
		):
			self.section.lines.append(
				f"→ {filled[0]}: {filled[1]}"
			)  # "PC ⇥ oproep … doorsturen": owner, task
			self.action_section = True
			return True
		columns = _action_table_columns(cells)
		if columns:
			self.action_columns = columns
			self.action_header_decisions = bool(_DECISION_HEADER.search(fold(cells[columns[0]])))
			return True
		if not self.action_columns:
			return False
		what_i, who_i, when_i = self.action_columns
		values = [c.strip() for c in cells]
		if self.log_columns and len(values) <= what_i and len([v for v in values if v]) >= 2:
			return True  # "| 1 | Verslag 15 juni | Goedgekeurd | – |": a decision without an action
		if max(what_i, who_i) >= len(values) or not values[what_i]:
			return False
		if not values[what_i].strip(" –—-/"):
			return True  # "–": a row of the table without an action
		if (who_i >= len(values) or not values[who_i].strip(" –—-/?")) and self.action_header_decisions:
			return True  # "| 3 | Enquête | Le questionnaire reste d'application. | – |": a decision, no task
		when = (
			f" ({values[when_i]})" if when_i is not None and when_i < len(values) and values[when_i] else ""
		)
		owner = values[who_i] or "?"
		self.section.lines.append(f"→ {owner}: {values[what_i]}{when}")  # a row of an action table: an action
		self.action_section = True
		return True

	def known(self) -> list:
		"""The people of the meeting read so far, as contacts an owner may name."""
		return [Contact("", p.full_name, p.cpas) for p in self.report.attendees if p.full_name]

	def after_table(self, text: str) -> bool:
		"""`Prochaine réunion : …`, `NB : …`, `Bijlage: … (nog toe te voegen)`: a line after an action
		table exported one cell a line, never one of its cells."""
		if NEXT_MEETING.match(text):
			return not self.cell_buffer or ":" in text
		return bool(
			re.match(r"^(?:nb|n\.b\.|remarques?|opmerkingen?|bijlagen?|annexes?)\s*:", fold(text))
			or (STILL_TO_BE_ADDED.search(text) and len(text) > 25)
		)

	def owner_cell(self, text: str) -> bool:
		"""`Kristof`, `POD MI`, `nog te bepalen`: a cell that names an action's owner."""
		text = text.strip()
		if not text or len(text) > 60:
			return False
		initials = {p.initials for p in self.report.attendees if p.initials} | set(self.report.legend)
		if initials and all(part in initials for part in re.split(r"\s*(?:\+|&|/|,|\bet\b|\ben\b)\s*", text)):
			return True  # "GV", "HVA + KB": the initials the report gave its people
		return bool(recognise_owner(text, self.known(), self.aliases).owners) or bool(
			_NOBODY_YET.match(fold(text).strip(" –-."))
		)

	def other_paragraph(self, text: str) -> bool:
		"""A second paragraph of a row's task cell, where the owner or the date was due: its translation
		(`De presentatie … sturen.` under `Envoyer la présentation …`) is left out, the rest of a task in
		the same language joins it. The next line must then be the cell that was due."""
		what_i, who_i, when_i = self.action_columns or (None, None, None)
		column = len(self.cell_buffer)
		if what_i is None or column - 1 != what_i or self.position + 1 >= len(self.lines):
			return False
		following = self.lines[self.position + 1].text

		def when_like(value: str) -> bool:
			return bool(_WHEN_CELL.match(" " + re.split(r"\s+/\s+", value.strip())[0]))  # "mai / mei"

		if column == who_i:
			shifted = not self.owner_cell(text) and self.owner_cell(following)
		elif column == when_i:
			shifted = not when_like(text) and when_like(following)
		else:
			return False
		if shifted and _sentence_language(text) == _sentence_language(self.cell_buffer[-1]):
			self.cell_buffer[-1] = f"{self.cell_buffer[-1]} {text.strip()}"
		return shifted

	def cell_by_cell(self, line) -> bool:
		"""A table of action points exported one cell a line (`Wat`, `Wie`, `Tegen wanneer`, then the
		cells of each row): the rows are gathered and read as `action_row` reads them."""
		if self.cell_columns and self.cell_header_left:
			self.cell_header_left -= 1
			return True
		if self.cell_columns:
			numbered = parse_heading(line.text)
			number_cell = not self.cell_buffer and self.cell_numbered and len(line.text.strip()) <= 6
			owner_cell = (  # "POD MI" under "Wie", or a task whose owner follows: a row, not a heading
				not self.cell_buffer
				and self.action_columns
				and self.position + self.action_columns[1] < len(self.lines)
				and self.owner_cell(self.lines[self.position + self.action_columns[1]].text)
			)
			if not number_cell and (  # "A1", "3.": the number column of the table, not a heading
				(
					not self.cell_buffer
					and self.cell_numbered
					and not re.fullmatch(r"[A-Z]?\d{1,3}[.)]?", line.text.strip())
				)
				or line.level
				or line.bold
				or (numbered and numbered.number)
				or self.after_table(line.text.strip())
				or (
					not self.cell_buffer
					and not self.marked
					and not owner_cell
					and self.plain_heading(line.text, self.position)
				)
			):
				what_i, who_i, _when = self.action_columns or (None, None, None)
				if what_i is not None and max(what_i, who_i) < len(self.cell_buffer):
					self.action_row(self.cell_buffer)  # a last row whose date cell ran into another
				self.cell_columns, self.cell_buffer = 0, []  # the table ended
				return False
			if self.cell_buffer and self.other_paragraph(line.text):
				return True
			self.cell_buffer.append(line.text)
			if len(self.cell_buffer) == self.cell_columns:
				self.action_row(self.cell_buffer)
				self.cell_buffer = []
			return True
		following = [n.text for n in self.lines[self.position : self.position + 6]]
		header = []
		for text in following:
			if _action_header_cell(text):
				header.append(text)
			else:
				break
		what = r"(wat|quoi|what|actions?|acties?|actiepunt(en)?|taak|taken|t[aâ]ches?)"
		if (
			len(header) > 2
			and re.fullmatch(r"(actions|acties|actiepunten|taken|t[aâ]ches)", fold(header[0]).strip(" :?."))
			and any(re.fullmatch(what, fold(h).strip(" :?.")) for h in header[1:])
		):
			return False  # "Actiepunten", then "Wat", "Wie", "Tegen": the section's heading, then the table
		if len(header) >= 2 and self.action_row(header):
			self.cell_columns, self.cell_header_left = len(header), len(header) - 1
			self.cell_numbered = bool(re.fullmatch(r"(n[°o]|nr|no|#)\.?", fold(header[0]).strip(" :.")))
			return True
		return False

	def run_together(self, line) -> bool:
		"""A table of action points whose cells run together on one line, as a PDF's text gives it
		(`Quoi Qui Pour quand`, then `Envoyer le modèle SPP IS 30/06/2020`, a long task wrapped over
		several lines): each row ends on the line that ends with its owner (and its date)."""
		text = line.text.strip()
		table = self.run_table
		if table is None:
			words = _run_together_header(text) if not self.cell_columns else []
			if not words:
				return False
			self.run_table = {"header": words, "task": [], "rows": False, "skip_next": False}
			self.run_table["numbered"] = bool(re.fullmatch(r"n[°o]|nr|no|#", words[0]))
			self.run_table["when"] = any(re.match(_WHEN_HEADER, w) for w in words)
			return True
		if not table["task"] and not table["rows"] and _header_words(text):
			table["header"] += _header_words(text)  # a header wrapped over two lines
			table["when"] = table["when"] or any(re.match(_WHEN_HEADER, w) for w in table["header"])
			return True
		numbered = parse_heading(text)
		if (
			not text
			or line.level
			or NEXT_MEETING.match(text)
			or re.match(r"^(?:nb|n\.b\.|remarque|opmerking)\b", fold(text))
			or (STILL_TO_BE_ADDED.search(text) and text.endswith("."))
			or (
				numbered
				and numbered.number
				and not (table["numbered"] and re.match(r"^[A-Z]?\d{1,2}\s", text))
			)
		):
			if table["task"]:
				self.section.lines.append(" ".join(table["task"]))
			self.run_table = None
			return False
		if table["skip_next"] and re.fullmatch(
			r"(?:r[ée]union|vergadering|bijeenkomst|netwerkdag)\W*", fold(text)
		):
			table["skip_next"] = False
			return True  # "prochaine" / "réunion": a date wrapped onto the next line
		table["skip_next"] = False
		known = self.known()
		# rows a text export joined into one line: a date followed by the next row's task
		for part in _split_rows(text):
			if not table["task"]:
				part = re.sub(r"^(?:[A-Z]?\d{1,2}[.)]?)\s+(?=\S)", "", part)  # the number column: "A1", "3"
			row = _run_together_row(part, known, self.aliases, table["when"], self.report.legend)
			if row is None:
				table["task"].append(part)
				continue
			what, who, when = row
			task = " ".join([*table["task"], what]).strip()
			table["task"], table["rows"] = [], True
			table["skip_next"] = bool(re.search(r"\b(?:prochaine|volgende)$", when))
			if task:
				self.section.lines.append(f"→ {who}: {task}" + (f" ({when})" if when else ""))
				self.action_section = True
		return True

	def duplicate_agenda(self, text: str) -> bool:
		"""A bilingual report lists its agenda twice: the second list repeats the first one's times."""
		slot = parse_time_slot(text.lstrip("- "))
		return bool(
			slot
			and slot.from_time
			and any(a.from_time == slot.from_time and a.to_time == slot.to_time for a in self.report.agenda)
		)

	def remark_sentences(self, text: str) -> list:
		if " | " in text:  # a table's row: the first cell that says it (not its translation beside it)
			for cell in text.split(" | "):
				found = self.remark_sentences(cell.strip(" |"))
				if found:
					return found
			return []
		found = []
		whole = text.strip("-–•* ")
		if (
			_whole_bracket(whole) or (len(whole) < 300 and _NOTE_TO_A_COLLEAGUE.match(whole))
		) and STILL_TO_BE_ADDED.search(whole):
			# "[AS : Pieter, peux-tu relire ma partie ? Je n'étais pas sûre …]", "Opmerking voor Jens: klopt …?
			# Graag nakijken vóór verzending.": one note, whatever its sentences
			return [] if _SETTLED_NOTE.search(whole) else [whole]
		for bracket in _SQUARE_BRACKETED.finditer(text):
			if re.search(r"[?!.]\s", bracket.group(0)) and STILL_TO_BE_ADDED.search(bracket.group(0)):
				# "… afgewerkt. [Hilde, klopt dit cijfer? Ik heb 23 genoteerd …] De meeste …": a note of its own
				# sentences in a paragraph, read whole before the paragraph is cut into sentences
				found.append(bracket.group(0))
				text = text.replace(bracket.group(0), " ")
		last_whole = None  # the sentence just before, when it was a remark of its own
		for s in split_sentences(text):
			# a bracket in a sentence: "[chiffres à venir]", or "(chiffres de Bruxelles à compléter)" in a long one
			whole_before, last_whole = last_whole, None
			pattern = _BRACKETED if len(s.split()) > 12 else _SQUARE_BRACKETED
			brackets = [b.group(0) for b in pattern.finditer(s) if STILL_TO_BE_ADDED.search(b.group(0))]
			if brackets and brackets[0] != s.strip("-–•*. "):
				found.extend(
					brackets
				)  # "… ; pour Binche [chiffres à venir]. …", "(date à confirmer)": the bracket
			elif (
				STILL_TO_BE_ADDED.search(s)
				and len(s) < 300
				and not (NEXT_MEETING.match(s.lstrip("-–•* ")) or _NEXT_MEETING_IN_TEXT.search(s))
				and (not s.startswith("- ") or _MARKED_REMARK.search(s))
				and (not self.owned(s) or _ABOUT_THE_REPORT.search(s) or _MARKED_REMARK.search(s))
				and not _REPORTED_SPEECH.match(s)
			):
				if (
					whole_before is not None
					and found
					and found[-1] == whole_before
					and whole_before.endswith("?")
				):
					# "Opmerking voor Jens: klopt het cijfer …? Graag nakijken vóór verzending.": one note
					found[-1] = last_whole = f"{whole_before} {s.lstrip('-–•* ')}"
					continue
				found.append(s.lstrip("-–•* "))
				last_whole = found[-1]
		return [f for f in found if not _SETTLED_NOTE.search(f)]

	def owned(self, sentence: str) -> bool:
		"""`Le tableau sera complété par le CPAS de Binche`: a task with its owner, not a remark."""
		found = _BY_OWNER.search(sentence)
		if not found or re.search(
			r"\b(?:validatie|validation|goedkeuring|approbation|controle|contr[ôo]le|v[ée]rification|nazicht)\s*$",
			sentence[: found.start()],
			re.I,
		):
			return False  # "… volgen na validatie door het POD": who checks, not who adds
		point = recognise_owner(found.group(1).strip(), [], self.aliases)
		return point.owner_type in ("Network Contact", "Several Network Contacts", "SPP") or bool(
			point.owner_cpas
		)


def _whole_bracket(text: str) -> bool:
	"""`[…]` or `(…)` around the whole line: a note of its own."""
	return bool(_SQUARE_BRACKETED.fullmatch(text) or re.fullmatch(r"\([^()]{3,300}\)", text))


# a note that says it was settled: "[Yusuf, kan jij deel 3 en 4 aanvullen? – gedaan]"
_SETTLED_NOTE = re.compile(
	r"\s[–—-]\s*(?:gedaan|fait|faite|ok|done|opgelost|afgewerkt|r[ée]gl[ée]e?|ajout[ée]e?s?|aangevuld|toegevoegd)\s*[)\]]?\W*$",
	re.I,
)
# what someone said at the meeting: "Bram meldt dat de enquêtes nog niet verwerkt zijn." is no note on the report
_REPORTED_SPEECH = re.compile(
	r"^\W*(?-i:[A-ZÀ-Ý])[\w'’-]+(?:\s+(?-i:[A-ZÀ-Ý])[\w'’-]+){0,2}\s+(?:meldt|zegt|vertelt|laat\s+weten|signale|"
	r"indique|explique|pr[ée]cise|rapporte|souligne|benadrukt)\s+(?:dat|que|qu['’])",
	re.I,
)
_NOTE_TO_A_COLLEAGUE = re.compile(
	r"^\W*(?:(?:opmerking|noot|vraag|note|question|remarque)\s+(?:voor|aan|[àa]|pour)\s+(?-i:[A-ZÀ-Ý])[\w-]+\s*:|"
	r"(?-i:[A-ZÀ-Ý])[\w-]+\s*[:,]\s*(?:klopt|is\s+dit|kan\s+je|kun\s+je|peux-tu|est-ce)\b|"
	r"(?-i:[A-Z]{2,3})\s*:\s*(?-i:[A-ZÀ-Ý])[\w-]+,\s+(?:klopt|is\s+dit|kan\s+je|kun\s+je|peux-tu|est-ce)\b|"
	r"(?:version\s+corrig[ée]e|gecorrigeerde\s+versie|corrections?\s*:|nb\s*:)|"
	r"[^.]{0,60}\b(?:relue?s?|nagelezen)\s+(?:par|door)\b)",
	re.I,
)
# a bracket that may hold a remark: "[chiffres à venir]", "(chiffres de Bruxelles à compléter)"
_SQUARE_BRACKETED = re.compile(r"\[[^\[\]]{3,160}\]")
_BRACKETED = re.compile(rf"{_SQUARE_BRACKETED.pattern}|\([^()]{{3,160}}\)")


# a sentence about the report itself: what is still to be added to it is a remark, not a task
_ABOUT_THE_REPORT = re.compile(
	r"\b(ce\s+(?:rapport|compte[- ]rendu|pv|proc[eè]s-verbal)|le\s+pr[ée]sent\s+(?:rapport|proc[eè]s-verbal|compte)|"
	r"dit\s+verslag|het\s+verslag|deze\s+versie|cette\s+version|version\s+provisoire|voorlopige\s+versie|la\s+version\s+d[ée]finitive|de\s+definitieve\s+versie|"
	r"en\s+annexe|in\s+bijlage|le\s+point\s+\d|punt\s+\d|^\W*(?:versie|version)\s+\d+(?:\.\d+)?\s*[–—-]|"
	r"^\W*(?:ontwerp|concept)(?:versie|verslag)\b|^\W*(?:werkversie|version\s+de\s+travail|document\s+de\s+travail)\b)",
	re.I,  # also "Versie 1 – nog niet gevalideerd door Dirk Mertens": the report's version, not a task
)


# the name of an action table's owner column, in either language
_WHO_WORDS = r"(wie|qui|who|responsables?|resp(?:\.|\b)|verantwoordelijke?n?|trekker|owner|eigenaar|uitvoerder|pilote|porteur|par\s+qui|door\s+wie)"
_ACTION_HEADER_WORDS = re.compile(
	r"(n[°o]|nr|no|#|wat|quoi|what|actions?|acties?|actiepunt(?:en)?|taak|taken|t[aâ]ches?|wie|qui|who|"
	r"responsables?|resp(?:\.|\b)|verantwoordelijken?|trekker|owner|eigenaar|uitvoerder|pilote|porteur|par\s+qui|door\s+wie|wanneer|"
	r"tegen\s+wanneer|tegen|quand|pour\s+quand|pour(?:\s+l[ea])?|when|[ée]ch[ée]ances?|d[ée]lai|deadline|termijn|timing|datum|date|"
	r"statut|status|stand|suivi|opvolging|remarques?|opmerkingen?|commentaires?|actions?\s+[àa]\s+mener|"
	r"actions?\s+[àa]\s+entreprendre|wat\s+moet\s+er\s+gebeuren)"
)


def _action_header_cell(text: str) -> bool:
	"""`Quoi`, `Pour quand ?`, `Action / Actie`, `Responsable – Verantwoordelijke`, `N°`: a cell of the
	header of an action table, in one language or two."""
	folded = fold(text).strip(" :?.")
	if not folded or len(folded) > 60:
		return False
	parts = [p.strip(" :?.") for p in re.split(r"\s*/\s*|\s+[–-]\s+", folded) if p.strip(" :?.")]
	return bool(parts) and all(_ACTION_HEADER_WORDS.fullmatch(p) for p in parts)


_WHEN_HEADER = (
	r"(?:wanneer|tegen|quand|pour\s+quand|[ée]ch[ée]ance|d[ée]lai|deadline|termijn|timing|datum|date|when)"
)
_HEADER_TOKEN = re.compile(r"\s*(/|–|-|" + _ACTION_HEADER_WORDS.pattern + r")(?=\s|/|$)")
_WHO_HEADER = re.compile(_WHO_WORDS + "$")


def _header_words(text: str) -> list:
	"""The column names of a line made only of an action table's column names, or []."""
	folded, words, position = fold(text).strip(" :?"), [], 0
	while position < len(folded):
		found = _HEADER_TOKEN.match(folded, position)
		if not found or found.end() == position:
			return []
		if found.group(1) not in ("/", "–", "-"):
			words.append(found.group(1))
		position = found.end()
		while position < len(folded) and folded[position] in " ?:":
			position += 1
	return words


def _run_together_header(text: str) -> list:
	"""The column names of an action table's header whose cells run together (`Quoi Qui Pour quand`,
	`Nr Actie Wie Tegen`), or [] if the line is not such a header."""
	words = _header_words(text)
	return words if len(words) >= 2 and any(_WHO_HEADER.match(w) for w in words) else []


_MONTH_WORD = r"(?:" + "|".join(sorted({fold(m) for m in MONTHS}, key=len, reverse=True)) + r")\.?"
_WHEN_CELL = re.compile(
	"".join(
		(
			r"\s((?:\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?",
			rf"|\d{{1,2}}(?:er|e)?\s+{_MONTH_WORD}(?:\s+\d{{4}})?",
			rf"|(?:fin|debut|début|mi-?|eind|begin|half|medio|midden|tegen|avant|voor|d'ici)\s*{_MONTH_WORD}(?:\s+\d{{4}})?",
			rf"|{_MONTH_WORD}(?:\s+\d{{4}})?",
			r"|(?:la\s+)?prochaine(?:\s+r[ée]union)?|volgende(?:\s+(?:vergadering|bijeenkomst|netwerkdag|overleg))?",
			r"|\?|asap|z\.?s\.?m\.?|doorlopend|continu|permanent|en\s+continu|wekelijks|chaque\s+semaine|maandelijks",
			r"|q[1-4](?:\s+\d{4})?|[/–-]",
			r"|(?:printemps|automne|[ée]t[ée]|hiver|najaar|voorjaar|zomer)(?:\s+\d{4})?))",
			r"(?:\s+(?:open|lopend|en\s+cours|fait|done|afgerond|gedaan|[àa]\s+faire|todo|ok|[–-]\s*open|[–-]))?\W*$",
		)
	),
	re.I,
)


def _split_rows(text: str) -> list:
	"""Rows of a run-together action table that a text export joined into one line: a row ends with its
	date ("… SPP IS 30/06/2020 Partager …", "… Nauar 29 maart 2 Contactgegevens …")."""
	parts, start = [], 0
	for found in re.finditer(r"\s+(?=(?:[A-Z]?\d{1,2}[.)]?\s+)?[A-ZÀ-Ý][a-zà-ÿ])", text):
		before = text[start : found.start()]
		if re.search(r"/\d{4}$", before) or (
			re.match(r"\s+[A-Z]?\d{1,2}[.)]?\s", text[found.start() :]) and _WHEN_CELL.search(" " + before)
		):
			parts.append(before)
			start = found.end()
	return [*parts, text[start:]]


def _run_together_row(text: str, known, cpas_aliases, with_when: bool, legend: dict | None = None):
	"""(task, owner, when) of the line that ends a row of a run-together action table, or None if
	the line is only part of a task. The owner is the longest run of last words that names someone
	of the meeting, the SPP, a CPAS, every CPAS or nobody yet."""
	when = ""
	if with_when:
		found = _WHEN_CELL.search(" " + text)
		if not found:
			return None
		when = found.group(1).strip()
		text = (" " + text)[: found.start()].strip()
	words = text.split()
	for size in range(1, min(4, len(words)) + 1):
		who = " ".join(words[-size:])
		if _NOBODY_YET.match(fold(who).strip(" –-")):
			return " ".join(words[:-size]), who, when  # "nog te bepalen", "à définir"
	for size in range(min(7, len(words)), 0, -1):
		who = " ".join(words[-size:])
		task = " ".join(words[:-size])
		if legend and _explained_owners(who, legend, task):
			return task, who, when
		point = recognise_owner(who, known, cpas_aliases)
		if not point.owners or point.owner_type == "To Be Assigned":
			continue
		if point.owner_type in CONTACT_OWNERS and not all(match_contact(n, known) for n in point.owners):
			continue  # a name must be someone of the meeting
		if point.owner_type == "SPP" and not re.match(
			r"^(?:le\s+|het\s+|de\s+)?(?:spp|pod|mi-is|is-mi)\b", fold(who)
		):
			continue  # "la prolongation SPP IS": the owner is only "SPP IS"
		if point.owner_type in ("SPP", "CPAS") and len(who.split()) > 4:
			continue
		if (
			point.owner_type == "CPAS"
			and len(who.split()) > 1
			and not re.search(r"^(?:le\s+|het\s+)?(cpas|ocmw|tous|toutes|alle|chaque|elk|ieder)\b", fold(who))
		):
			continue
		return task, who, when
	return None


def _close_brackets(text: str) -> str:
	"""A bracket left open in a list of people is closed before the next person."""
	out, depth = [], 0
	for position, char in enumerate(text):
		if char == "(":
			if depth:
				out.append(")")  # the previous one was never closed
			depth = 1
		elif char == ")":
			if not depth:
				continue
			depth = 0
		elif (
			char in ",;"
			and depth
			and "(" in text[position:]
			and text.find(")", position) > text.find("(", position)
		):
			out.append(")")  # the next bracket opens before this one closes
			depth = 0
		out.append(char)
	if depth:
		out.append(")")
	return "".join(out)


# how people were there, after a label: "Aanwezig in de zaal", "Aanwezig via Teams", "Présents en ligne"
_ATTENDANCE_MODE = re.compile(
	rf"\s+(?:in\s+[A-ZÀ-Ý][\w'’-]+|{_HOW_THERE}|op\s+locatie|en\s+visio(?:conf[ée]rence)?|en\s+salle|dans\s+la\s+salle|"
	r"in\s+de\s+vergaderzaal|"
	r"(?:par|sur|op)\s+(?:teams|zoom|webex|vid[ée]o)|in\s+person|remotely)\s*$",
	re.I,
)


def _extra_label(kind: str, part: str) -> bool:
	folded = fold(part).strip(" :")
	if kind == "excused":
		return bool(
			re.fullmatch(
				r"(?:afwezig|absents?)(?: met kennisgeving| excuses?)?|excusee?s?|excuse\(e\)s", folded
			)
		)
	if kind == "agenda":
		return folded in ("programme", "programma", "agenda de la journee", "dagordening", "ordre du jour")
	if kind == "present":  # "Externe gasten (voor punt C): …", "Invités : …": guests are there too
		return bool(
			re.fullmatch(
				r"(?:externe\s+)?(?:gast(?:en)?|gastsprekers?|genodigden)|"
				r"(?:invite|intervenant)e?s?(?:\s+externes?)?|(?:external\s+)?guests?|"
				# "Participaient à l'intervision :", "Namen deel aan de werkgroep:"
				r"(?:participaient|ont\s+participe|namen\s+deel)(?:\s+(?:a|au|aan)\s+(?:l'|la\s+|le\s+|de\s+|het\s+)?"
				r"[a-z-]+)?|"
				r"bezoekers|gastheren|gastvrouwen|visiteurs|hotes|accueillants|"  # "Bezoekers (OCMW Gent): …"
				r"rond\s+de\s+tafel|autour\s+de\s+la\s+table",
				re.sub(r"\(.*?\)", "", folded).strip(),
			)
		)
	return False


def _bilingual(text: str) -> bool:
	return bool(re.search(r"\s[–/|]\s", text))


def _short_title(text: str) -> bool:
	text = text.strip()
	longest = 2 if _bilingual(text) else 1
	return (
		0 < len(text) <= 110 * longest
		and len(text.split()) <= 14 * longest
		and not text.endswith((".", ";", ","))
		and (text[:1].isupper() or text[:1].isdigit() or text[:1] in "«\"'")
	)


def _clock_of(value: str) -> str:
	return clock_text(_plain_clock(value)) or ""


_NEXT_TIME = re.compile(
	r"^(?:la\s+prochaine\s+fois|on\s+se\s+revoit|on\s+se\s+retrouve|nous\s+nous\s+reverrons|rendez-vous\s+"
	r"(?:le|au|en|dans)|de\s+volgende\s+keer|volgende\s+keer|we\s+zien\s+elkaar|tot\s+de\s+volgende|"
	r"(?:we|wij)\s+spreken\s+(?:opnieuw|terug)\s+af|nous\s+nous\s+retrouverons|on\s+se\s+reverra)\b|"
	# "De werkgroep komt opnieuw samen op dinsdag 17 december", "Le groupe se réunira à nouveau le 3 mars"
	r"^(?:de|het|le|la|l['’])?\s*[\w'’-]+(?:\s+[\w'’-]+)?\s+(?:(?:komt|komen)\s+(?:opnieuw|terug|weer)\s+samen|"
	r"se\s+r[ée]unira\s+(?:[àa]|de)\s+nouveau|se\s+retrouvera)\b",
	re.I,
)
_NEXT_MEETING_IN_TEXT = re.compile(
	r"\b(prochaine?s?\s+(?:r[ée]union|rencontre|s[ée]ance)|volgende\s+(?:bijeenkomst|vergadering|ontmoeting))\b"
	r".{0,40}\b(aura\s+lieu|se\s+tiendra|est\s+pr[ée]vue|vindt\s+plaats|gaat\s+door|is\s+gepland|:)",
	re.I,
)
_MEETING_ONLINE = re.compile(
	r"\b(r[ée]union|rencontre|[ée]change|vergadering|bijeenkomst|overleg|meeting|s[ée]ance|vergaderden|vergaderen|check-in|"
	r"kwamen\s+samen|se\s+sont\s+r[ée]unis|s'est\s+retrouv\w*|se\s+sont\s+retrouv\w*|on\s+s'est\s+vu\w*|"
	r"zagen\s+elkaar|nous\s+nous\s+sommes\s+r[ée]unis|s'est\s+tenue|s'est\s+d[ée]roul[ée]e|"
	r"vond|a\s+eu\s+lieu)\b.{0,60}"
	r"\b(en ligne|online|via teams|via zoom|par teams|par zoom|sur teams|sur zoom|op teams|in teams|digitaal|"
	r"virtuel(?:le)?|visioconf[ée]rence|vid[ée]oconf[ée]rence|videoconferentie|videovergadering|webex|"
	r"microsoft\s+teams)\b|^(?:en ligne|online|via teams|via zoom)\b|"
	r"\b(?:organis[ée]e?|tenue?|d[ée]roul[ée]e?|georganiseerd|gehouden|plaatsgevonden|doorgegaan)\s+"
	r"(?:en ligne|online|via teams|via zoom|par teams|sur teams|digitaal|virtueel)\b",
	re.I,
)
_INTERPRETED = re.compile(
	r"(interpr[ée]tation\s+simultan|simultaanvertaling|simultane\s+vertaling|avec\s+interpr[ée]tation|"
	r"(?<!werken\s)(?<!werkt\s)\bmet\s+tolken|\btolken\s+(?:waren|zorgden|vertaalden)|\bles\s+interpr[èe]tes\s+(?:ont|de\s+la|assur)|"
	r"interpr[èe]tes\s+(?:[ée]taient|sont)\s+pr[ée]sent|\btolken\s+(?:waren\s+)?aanwezig|"
	r"remerci\w*\s+(?:les\s+)?interpr[èe]tes|bedankt?\s+de\s+tolken|dank\s+aan\s+de\s+tolken|"
	r"interpr[ée]tation\s+(?:chuchot[ée]e|consécutive|consecutive)|chuchotage|fluister(?:vertaling|tolk\w*)|"
	r"tolkenkanaal|canal\s+(?:d['’]interpr[ée]tation|de\s+langue)|interpr[èe]tes?\s+en\s+cabine|tolkencabine)",
	re.I,
)
_NOT_INTERPRETED = re.compile(
	r"\b(sans\s+interpr|zonder\s+tolk|geen\s+tolk|geen\s+simultaan\w*|pas\s+d'interpr|geen\s+(?:simultane\s+)?vertaling|"
	r"pas\s+de\s+traduction|pas\s+besoin\s+d'interpr|sans\s+traduction|aucune\s+(?:interpr|traduction)|"
	r"interpr[ée]tation\s*:\s*(?:non|pas|aucune|n[ée]ant)|tolk(?:en)?\s*:\s*(?:geen|nee|neen)|geen\s+tolken|"
	r"pas\s+d['’]interpr|n['’]avait\s+(?:pas\s+)?[ée]t[ée]\s+pr[ée]vue|geen\s+vertolking|"
	# "De tolken waren deze keer niet beschikbaar", "les interprètes n'étaient pas disponibles"
	r"tolken\s+waren\s+(?:\w+\s+){0,3}niet\s+(?:beschikbaar|aanwezig)|"
	r"interpr[èe]tes\s+n['’][ée]taient\s+pas\s+(?:disponibles|pr[ée]sents))",
	re.I,
)


_DAY_AND_MONTH = re.compile(r"\b(\d{1,2})(?:er|e)?\s+([a-zéèûôà]{3,10}\.?)(?!\s*\d)", re.I)


def _date_in_year_of_meeting(text: str, meeting_date: str | None) -> FoundDate | None:
	"""`jeudi 14 mars`, `op 5 juni` with no year: the first such day after the meeting's date."""
	if not meeting_date:
		return None
	held = date.fromisoformat(meeting_date)
	for found in _DAY_AND_MONTH.finditer(text or ""):
		month = MONTHS.get(fold(found.group(2)).rstrip("."))
		if not month:
			continue
		for year in (held.year, held.year + 1):
			try:
				day = date(year, month, int(found.group(1)))
			except ValueError:
				return None
			if day > held:
				return FoundDate(day, found.group(0))
	for found in _DAY_SLASH_MONTH.finditer(text or ""):  # "do 25/6, 10u", "(21/05)"
		for year in (held.year, held.year + 1):
			try:
				day = date(year, int(found.group(2)), int(found.group(1)))
			except ValueError:
				break
			if day > held:
				return FoundDate(day, found.group(0))
	return None


# a day and month in figures with no year: "25/6", "21/05" (not "25/6/2020", nor "1/3" of a fraction's "1/3 des")
_DAY_SLASH_MONTH = re.compile(r"(?<![\d/.])([0-3]?\d)/([01]?\d)(?![\d/.]|\s*(?:des|van|of|de)\b)")


# "Le rapport de la rencontre en ligne du 17 février est approuvé": another meeting was online
_ANOTHER_MEETING_ONLINE = re.compile(
	r"\b(?:rencontre|r[ée]union|vergadering|bijeenkomst|meeting)\s+(?:en\s+ligne|online|digitale?|virtuelle?)\s+"
	r"(?:du|de|van|of|d['’])\s+(?:\d|[a-zé]+\s+\d|la\s+semaine|vorige|dernier|pass)",
	re.I,
)


def _meeting_facts(report: RecognisedReport, text: str, online=_MEETING_ONLINE, interpreted=_INTERPRETED):
	"""Whether the meeting was online or interpreted, as a sentence of the text says it (strict
	patterns) or a line of the header (`_place_facts`: any mention); "sans interprétation" holds."""
	if online.search(text) and not _ANOTHER_MEETING_ONLINE.search(text):
		report.is_online = True
	_add_interpreters(report, text)
	if _NOT_INTERPRETED.search(text):
		report.simultaneous_interpretation = False
		report.no_interpretation = True
	elif interpreted.search(text) and not report.no_interpretation:
		report.simultaneous_interpretation = True


_INTERPRETER_WORD = r"(?:interpr[èe]tes?|tolk(?:en)?|interpreters?|vertalers?)"
# "Interprètes / Tolken : Patricia Rondeau, Dirk Lemmens", "Tolken: Claire Dumont en Jeroen Bral (…)"
INTERPRETER_LABEL = re.compile(
	rf"^(?:les\s+|de\s+)?(?:{_INTERPRETER_WORD}|interpr[ée]tation(?:\s+simultan[ée]e)?|tolking|simultaanvertaling)"
	r"(?:\s+(?:FR|NL|EN)\s*[/–—-]\s*(?:FR|NL|EN))?"  # "Interprétation simultanée FR-NL / Simultaanvertaling FR-NL :"
	rf"(?:\s*[/–—-]\s*(?:{_INTERPRETER_WORD}|interpr[ée]tation(?:\s+simultan[ée]e)?|simultaanvertaling)"
	r"(?:\s+(?:FR|NL|EN)\s*[/–—-]\s*(?:FR|NL|EN))?)*"
	r"(?:\s+(?:FR|NL|EN)\s*[/–—-]\s*(?:FR|NL|EN))?(?:\s*\([^()]{1,40}\))?\s*[:：]\s*(?=\S)",
	re.I,  # also "Tolken (simultaan NL-FR): …", "Interprétation FR/NL : Dirk Hermans"
)
_INTERPRETERS_WORDS = re.compile(
	rf"{_INTERPRETER_WORD}(?:\s*/\s*{_INTERPRETER_WORD})?", re.I
)  # "Interprètes / tolken"
_INTERPRETER_LABEL_ALONE = re.compile(
	rf"^(?:les\s+|de\s+)?(?:{_INTERPRETER_WORD}|interpr[ée]tation|tolking)(?:\s*[/–—-]\s*{_INTERPRETER_WORD})*"
	r"(?:\s+(?:FR|NL|EN)\s*[/–—-]\s*(?:FR|NL|EN))?(?:\s*\([^()]{1,40}\))?\s*[:：]\s*$",
	re.I,
)
_NAMES_SAID = (
	r"((?:(?:Mme|M\.|Mevr\.|Dhr\.|Madame|Monsieur|mevrouw|de heer)\s+)?[A-ZÀ-Ý]"
	r"(?:[^.;:()]|(?<=\bM)\.|(?<=\bMevr)\.|(?<=\bDhr)\.){2,90}?)"
)
# interpreters named in a sentence: "… interprétation simultanée assurée par Mme Anke Wouters et M. Laurent
# Deprez", "Laurent Deprez a assuré l'interprétation chuchotée", "de vertaling werd verzorgd door X en Y"
_INTERPRETERS_SAID = (
	re.compile(
		r"\b(?:interpr[ée]tation|traduction|vertaling|simultaanvertaling|fluistertolk\w*|tolk\w*)\b[^.;]{0,80}?"
		rf"\b(?:assur[ée]e?s?\s+par|verzorgd\s+door|gebeurde\s+door|door\s+de\s+tolken|par\s+les\s+interpr[èe]tes)\s+{_NAMES_SAID}"
		r"(?=\s*(?:(?<!\bM)(?<!\bMevr)(?<!\bDhr)\.|[;(]|,\s+(?:qui|die|que|dont)\b|\s(?:via|dans|in|en\s+cabine|depuis|vanuit)\b|$))",
		re.I,
	),
	re.compile(
		rf"(?:^|[.;]\s+|,\s+){_NAMES_SAID}\s+(?:(?:a|ont|heeft|hebben)\s+(?:assur[ée]|verzorgd|getolkt)\s+"
		r"(?:l['’]interpr[ée]tation|la\s+traduction|de\s+vertaling|de\s+tolk\w*)|(?:assur(?:e|ent|ait|aient)|"
		r"verzorg(?:t|en|de|den))\s+(?:l['’]interpr[ée]tation|la\s+traduction|de\s+\w*vertaling|de\s+\w*tolking)"
		r"|zorgden?\s+voor\s+(?:de\s+)?\w*(?:vertaling|tolking)|tolkten?\b)",
		re.I,
	),
)


def interpreters_named(sentence: str) -> list[str]:
	"""The interpreters a sentence names as doing the interpretation, their courtesy titles left out."""
	names = []
	for pattern in _INTERPRETERS_SAID:
		for found in pattern.finditer(sentence or ""):
			for part in re.split(r",\s*|\s+(?:et|en|and|&)\s+", found.group(1)):
				part = _COURTESY.sub("", part.strip())
				if looks_like_name(part) and not recognise_organisation(part)[0]:
					names.append(part)
	return names


def _add_interpreters(report: RecognisedReport, text: str):
	"""The interpreters a sentence names, present and of no organisation, unless already listed."""
	names = interpreters_named(text)
	if names and not report.no_interpretation:
		report.simultaneous_interpretation = True  # interpreters named at work: the meeting had them
	report.interpreters.extend(fold(name) for name in names)
	_add_unlisted(report, [Person(name, attendance="Present") for name in names])


def _add_unlisted(report: RecognisedReport, people: list):
	"""People found outside a list, added unless the report lists them already."""
	known = {fold(p.full_name) for p in report.attendees if p.full_name}
	for person in people:
		if fold(person.full_name) not in known:
			report.attendees.append(person)
			known.add(fold(person.full_name))


# --- people told in a sentence of the introduction -----------------------------------------------

_PROSE_NAME = re.compile(
	r"(?:(?:Mme|M\.|Mevr\.|Dhr\.|Madame|Monsieur|mevrouw|de heer)\s+)?"
	r"([A-ZÀ-Ý][\w'’-]+(?:\s+(?:(?:de|van|der|den|le|la|du|da|dos|el|ter|ten|von|di)\s+)*"
	r"(?!(?:CPAS|OCMW|SPP|POD|Sociaal|Maison)\b)[A-ZÀ-Ý][\w'’-]+){1,3})"
)
_PROSE_ORGANISATION = re.compile(
	r"^\s*(?:\(([^()]{2,60})\)|(?:,?\s*(?:van|de|du|des|pour|voor|namens|bij|uit|d['’])\s*(?:het\s+|le\s+|la\s+|l['’]|de\s+)?"
	r"((?:CPAS|OCMW|SPP|POD)\b[^,;.()]{0,40}?)|,?\s*(?:van|pour|voor|namens|uit)\s+([A-ZÀ-Ý][\w'’-]+))"
	r"(?=\s*(?:[,;.()]|\s(?:et|en|and|ainsi|waren|[ée]taient|was|"
	r"[ée]tait|zijn|sont|qui|die)\b|$)))",
	re.I,
)
_PROSE_PRESENT = re.compile(
	r"\b(pr[ée]sent(?:e|s|es)?|aanwezig|deelnemers|participants|particip(?:ai|ent|ait)\w*|waren\s+(?:met|er)|"
	r"[ée]taient\s+l[àa]|ontvangen\s+door|accueilli\w*\s+par|re[çc]u\w*\s+par|vertegenwoordigd|repr[ée]sent\w*)",
	re.I,
)
_PROSE_EXCUSED = re.compile(
	r"\b(excus\w*|verontschuldigd|afwezig|absent\w*|afgemeld|kon(?:den)?\s+niet\s+(?:aanwezig|komen)|"
	r"n['’](?:a|ont|avait|avaient)\s+pas\s+pu\s+(?:venir|[êe]tre))",
	re.I,
)
_PROSE_PLACE = re.compile(r"^(?:in|[àa]|au|chez|bij|te|op)\s+(?:het\s+|le\s+|la\s+)?([A-ZÀ-Ý][\w'’-]+)", re.I)
_NOT_A_FIRST_WORD = {
	*"in op na bij te voor van met en de het een we wij ze zij hij il elle ils elles nous on le la les un une".split(),
	*"pour par avec dans au aux chez sur sous ce cette ces lors apres avant depuis tijdens sinds om tot".split(),
	*"lundi mardi mercredi jeudi vendredi maandag dinsdag woensdag donderdag vrijdag monsieur madame".split(),
	*"mme mmes m. mr mevr mevr. dhr dhr. mevrouw mesdames messieurs".split(),
}


def people_in_prose(sentence: str, cpas_aliases=None, known_list: bool = False) -> list[Person]:
	"""People a sentence of the introduction names as there or excused: `We waren met vier: Lies Mertens
	en Jonas Peeters van OCMW Schoten, Sara Dewulf van OCMW Antwerpen. In Gent werden we ontvangen door
	Hanne Vermeulen en Bart De Smet. An Goossens (OCMW Edegem) was verontschuldigd.` A sentence counts
	when it says presence or excuse, or, before any list was found, names two people of an organisation."""
	clauses = [c for c in re.split(r"\s+;\s+", sentence) if c.strip()]
	if len(clauses) > 1 and _PROSE_EXCUSED.search(sentence) and not _PROSE_EXCUSED.search(clauses[0]):
		# "… ont accueilli Mme X du CPAS de Gand … ; Mme Y, du SPP également, s'étaient excusés": two lists
		return [p for clause in clauses for p in people_in_prose(clause, cpas_aliases, known_list)]
	towns = {alias for aliases in (cpas_aliases or CPAS_ALIASES).values() for alias in aliases}
	place = _PROSE_PLACE.match(sentence)
	default = ""
	if place and recognise_organisation(place.group(1), cpas_aliases)[0]:
		default = place.group(1)  # "In Gent werden we ontvangen door …": the people of that town's CPAS
	people, pending, last_end, group = [], [], 0, ""
	for found in _PROSE_NAME.finditer(sentence):
		name = found.group(1)
		words = [fold(w) for w in name.split()]
		if (
			not looks_like_name(name)
			or words[0] in _NOT_A_FIRST_WORD
			or any(w in towns or w in MONTHS for w in words)
			or recognise_organisation(name, cpas_aliases)[0]
			or is_partner_organisation(name)
			or _ORGANISATION_WORD.search(" ".join(words))
			or _REPLACED.search(sentence[: found.start()])
		):
			continue  # also "… ter vervanging van Katrien Vandenberghe": the one replaced was not there
		person = Person(name)
		lead = _PROSE_GROUP.search(sentence[last_end : found.start()])
		if lead and recognise_organisation(lead.group(1), cpas_aliases)[0]:
			group = lead.group(
				1
			)  # "… ; pour le CPAS de Liège, Carine Hansen et Aïcha Benali ; …": its people follow
		if group:
			org_type, cpas = recognise_organisation(group, cpas_aliases)
			person.organisation, person.organisation_type, person.cpas = group, org_type, cpas
		between = _COURTESY.sub("", sentence[last_end : found.start()]) if people else ""
		if len(re.findall(r"[\w'’-]+", between)) > 3:
			pending = []  # "X, coordinatrice, et Y, formateur, ont accueilli … Z du CPAS de Gand": not theirs
		people.append(person)
		pending.append(person)
		last_end = found.end()
		organisation = _PROSE_ORGANISATION.match(sentence[found.end() :])
		if organisation:
			written = (organisation.group(1) or organisation.group(2) or organisation.group(3)).strip()
			org_type, cpas = recognise_organisation(written, cpas_aliases)
			if org_type or is_partner_organisation(written):
				for each in pending:
					each.organisation, each.organisation_type, each.cpas = written, org_type, cpas
				pending = []
	if default:
		org_type, cpas = recognise_organisation(default, cpas_aliases)
		for each in pending:
			each.organisation, each.organisation_type, each.cpas = default, org_type, cpas
	if not people:
		return []
	excused = bool(_PROSE_EXCUSED.search(sentence))
	said = excused or _PROSE_PRESENT.search(sentence)
	if (
		said
		and len(people) == 1
		and not excused
		and re.fullmatch(r"(?i)deelnemers|participants", said.group(1))
	):
		said = None  # "Mme X souhaite la bienvenue aux participants": one person at work, no list
	placed = sum(1 for p in people if p.organisation_type)
	if not said and (known_list or placed < 2):
		return []
	for person in people:
		person.attendance = "Excused" if excused else "Present"
	return people


# the organisation that opens a group of people in a sentence: "pour le CPAS de Gand, …", "voor het POD: …"
_PROSE_GROUP = re.compile(
	r"\b(?:pour|voor|namens)\s+(?:le\s+|la\s+|l['’]|het\s+|de\s+)?([^,;:()]{2,40}?)\s*[,:]\s*$", re.I
)
_REPLACED = re.compile(
	r"\b(?:ter\s+vervanging\s+van|in\s+vervanging\s+van|en\s+remplacement\s+de|in\s+plaats\s+van|"
	r"[àa]\s+la\s+place\s+de|remplace|vervangt)\s+(?:(?:Mme|M\.|Mevr\.|Dhr\.|mevrouw|madame|monsieur)\s+)?$",
	re.I,
)
_ORGANISATION_GROUP = re.compile(r"^(?:CPAS|OCMW|SPP|POD)[^:()]{0,40}:")
# an organisation alone on its line, its people under it: "Pour le CPAS de Binche :", "OCMW Gent"
_GROUP_HEADING = re.compile(
	r"^(?:(?:pour|voor|namens|van|bij)\s+)?(?:le\s+|la\s+|l['’]|het\s+|de\s+)?([^:()\[\],;]{2,60}?)\s*[:：]?$",
	re.I,
)


def _wraps(previous: str, line: str) -> bool:
	"""Whether a line goes on with the previous one rather than starting a new person."""
	if _ORGANISATION_GROUP.match(line):
		return False
	if (
		"," not in line
		and len(line.split()) <= 6
		and not line[:1].islower()
		and (
			recognise_organisation(line.strip(" :"))[0]
			or re.fullmatch(r"(?:interpr[èe]tes?|tolk(?:en)?|invit[ée]e?s|gasten)\s*:?", fold(line))
		)
	):
		return False  # "CPAS de Gand" alone after "Nathalie Delvaux, Pieter Claeys": the next group's organisation
	if previous.endswith((",", ";", "(", "-")) or previous.count("(") > previous.count(")"):
		return True
	if line[:1] in "(," or line[:1].islower():
		return True
	return "," in previous and not previous.endswith(")") and not re.match(r"^[-–•*·▪]", line)


def _is_people_line(line: str, cpas_aliases) -> bool:
	items = split_people(line, "Present", cpas_aliases)
	return bool(items) and all(
		p.organisation_type
		or looks_like_name(p.full_name)
		or (p.organisation and re.fullmatch(_MIXED_INITIALS, p.full_name or ""))  # "LC (Agentschap …, gast)"
		for p in items
	)


def _header_line(report: RecognisedReport, line: str) -> bool:
	if STILL_TO_BE_ADDED.search(line) and not _label(line, PLACE_LABELS):
		return False  # "[FR-vertaling nog na te lezen]": a remark on the report, not its title or how it was held
	folded = fold(line)
	if re.search(
		r"[(\[–—-]\s*(?:via\s+)?(?:webex|zoom|(?:ms\s+|microsoft\s+)?teams|en\s+ligne|online|visio\w*)\b",
		folded,
	):
		report.is_online = True  # "Réunion FAMI Charleroi – Binche – SPP (Webex)", "Verslag werkgroep (Zoom)"
	place = _label(line, PLACE_LABELS)
	if place:
		_place_facts(report, place)
		if not report.is_online:
			report.place = place
		return True
	if (
		not (report.title_fr or report.title_nl)
		and len(line) < 160
		and re.search(r"\b(verslag|rapport|compte[- ]rendu)\b(?!\s*:)", folded)
	):
		parts = re.split(r"\s+[–—/-]\s+|\s*\|\s*", line)
		dutch = [part for part in parts if re.search(r"\bverslag\b", fold(part))]
		if not dutch:
			report.title_fr = line  # a French title only ("Compte rendu – Rencontre des CPAS")
		for part in parts if dutch else ():
			if part in dutch:
				report.title_nl = part.strip()
			elif re.search(r"\b(rapport|compte[- ]rendu|reunion|rencontre)\b", fold(part)):
				report.title_fr = part.strip()
		found = find_date(line)
		if found and not report.date_text:
			report.date_text = found.text
			if found.problem:
				report.problems.append(found.problem)
			else:
				report.meeting_date = found.value.isoformat()
		return True
	if not report.date_text:
		found = find_date(line)
		if found:
			report.date_text = found.text
			if found.problem:
				report.problems.append(found.problem)
			else:
				report.meeting_date = found.value.isoformat()
			_place_facts(report, line)
			return True
	if report.date_text and not report.place and not report.attendees and len(line) < 200:
		if (
			ONLINE.search(line)
			or INTERPRETATION.search(line)
			or re.search(r"\d{4}\s+\w|rue|straat|\d+,", line)
		):
			_place_facts(report, line)
			if not report.is_online:
				report.place = line
			return True
	if report.date_text and (ONLINE.search(line) or INTERPRETATION.search(line)) and len(line) < 200:
		_place_facts(report, line)
		return True
	return False


def _place_facts(report: RecognisedReport, line: str):
	_meeting_facts(report, line, ONLINE, INTERPRETATION)


def _next_meeting(report: RecognisedReport, text: str):
	found = find_date(text) or _date_in_year_of_meeting(text, report.meeting_date)
	if (
		found
		and found.value
		and report.next_meeting_date == found.value.isoformat()
		and report.next_meeting_note
	):
		return  # "Volgende bijeenkomst: dinsdag 14 juni 2022" then "Prochaine rencontre : mardi 14 juin 2022"
	if found and found.value:
		report.next_meeting_date = found.value.isoformat()
	rest = text.strip()
	if not found or not found.value or len(rest) > len(found.text) + 3:
		report.next_meeting_note = rest


def _implied_legend(report: RecognisedReport) -> dict:
	"""The initials the report explains, and those of the people present that it uses without a legend
	(`-> JM stuurt de richtlijn door` with Julien Marchal present): each only when one person has them."""
	legend = dict(report.legend)
	implied: dict = {}
	for person in report.attendees:
		words = _name_words(person.full_name or "")
		if len(words) < 2:
			continue
		variants = {"".join(w[0].upper() for w in words), "".join(w[0] for w in words if w[0].isupper())}
		if words[0].isupper() and len(words[0]) > 1:  # "KABONGO Mireille": "M.K.", first name first
			variants.add("".join(w[0].upper() for w in words[1:] + words[:1]))
		for initials in variants:
			if len(initials) >= 2:
				implied.setdefault(initials, []).append(person)
	for initials, people in implied.items():
		if initials not in legend and len({p.full_name for p in people}) == 1:
			legend[initials] = people[0]
	return legend


def _without_translated_twins(points: list) -> list:
	"""A report written in one language, then again in the other (its sections repeated, translated, or
	side by side): the tasks of the second language each twin one of the first, with the same owner
	and the same figures, and are left out. A second writer's own tasks in the other language twin
	few of the first and are all kept."""
	languages = [_sentence_language(p.action) for p in points]
	if len(set(languages)) < 2:
		return points
	# the language of the first task with an owner: "De groepsateliers worden per taal georganiseerd …" read as
	# a task before the French ones says nothing of the order the report was written in
	first = next((language for p, language in zip(points, languages, strict=True) if p.owners), languages[0])
	later = [i for i, language in enumerate(languages) if language != first]
	used, twins = set(), set()
	for i in later:
		twin = next(
			(
				j
				for j in range(i)
				if languages[j] == first
				and j not in used
				and _owner_key(points[j]) == _owner_key(points[i])
				and re.findall(r"\d+", points[j].action) == re.findall(r"\d+", points[i].action)
			),
			None,
		)
		if twin is not None:
			used.add(twin)
			twins.add(i)
	if len(twins) == 1 and len(later) == 1:
		# one task read in the other language is left out when its words, not only its spelling, say so
		(i,) = twins
		if _marked_language(points[i].action) != languages[i]:
			return points
	elif not twins or len(twins) < 2 or len(twins) < 0.6 * len(later):
		return points
	return [p for i, p in enumerate(points) if i not in twins]


def _owner_key(point: ActionPoint) -> tuple:
	owners = tuple(sorted(fold(o) for o in point.owners)) if point.owner_type in CONTACT_OWNERS else ()
	return point.owner_type, point.owner_cpas, owners


# "Résumé en français", "Samenvatting in het Nederlands", "(version française)", "Franse versie"
_RESTATED = re.compile(
	r"\b(?:resume|samenvatting|summary|synthese|korte\s+samenvatting)\b.{0,20}\b(?:francais|nederlands|neerlandais|"
	r"frans|french|dutch|fr|nl)\b|\bversion\s+(?:francaise|neerlandaise)\b|\b(?:franse|nederlandse)\s+"
	r"(?:versie|vertaling|samenvatting)\b|\btraduction\s+(?:francaise|neerlandaise)\b"
)


def _team_of_one_cpas(report: RecognisedReport, cpas_aliases):
	"""`Stuurgroep AMIF – OCMW Gent`: a meeting of one CPAS's own team, whose title names that CPAS and no
	other organisation; the people it lists without an organisation are of that CPAS."""
	title = " – ".join(report.top)
	if not title or _NETWORK_MEETING.search(fold(title)):
		return
	org_type, cpas = recognise_organisation(title, cpas_aliases)
	if org_type != "CPAS" or not cpas or len(re.findall(r"\b(?:cpas|ocmw)\b", fold(title))) != 1:
		return
	towns = {
		code
		for code, aliases in (cpas_aliases or CPAS_ALIASES).items()
		if any(re.search(rf"\b{re.escape(fold(alias))}\b", fold(title)) for alias in aliases)
	}
	if towns != {cpas}:
		return  # "Atelier commun Charleroi – Binche": a meeting of two CPAS
	if any(p.cpas and p.cpas != cpas for p in report.attendees):
		return  # "Bijeenkomst Gent": the network met in Gent, its people of every CPAS
	for person in report.attendees:
		if (
			person.full_name
			and not person.organisation
			and not person.organisation_type
			and fold(person.full_name) not in report.interpreters
		):
			person.organisation, person.organisation_type, person.cpas = title, "CPAS", cpas


_NETWORK_MEETING = re.compile(
	r"\b(?:reseau|netwerk\w*|partners?\w*|network|rencontre|intervision|partenari\w*)\b"
)


def _agenda_without_translation(agenda: list) -> list:
	"""An agenda given again in the other language ("10:00 – 10:30 Accueil …", then "10:00 – 10:30 Onthaal …"):
	the second list repeats the first one's times in the same order, and is left out."""
	times = [(a.from_time, a.to_time) for a in agenda]
	for start in range(2, len(times) // 2 + 1):
		block = times[start : 2 * start]
		if len(block) == start and block == times[:start] and times[0][0]:
			return agenda[:start] + agenda[2 * start :]
	return agenda


def _finish(report: RecognisedReport, contacts: list[Contact], cpas_aliases):
	named = [fold(p.full_name) for p in report.attendees if p.full_name]
	report.attendees = [
		p
		for p in report.attendees
		if not (p.full_name and not p.organisation and named.count(fold(p.full_name)) > 1)
		or all(fold(q.full_name or "") != fold(p.full_name) or not q.organisation for q in report.attendees)
	]  # "… en remplacement de Sarah Vermeulen" above the list where she is excused (SPP IS): the list's
	if not report.no_interpretation and any(
		p.attendance == "Present"
		and re.search(r"\b(?:interpr[eè]te|tolk|interpreter)", fold(p.organisation or ""))
		for p in report.attendees
	):
		report.simultaneous_interpretation = True  # "Dirk Van Laere (tolk FR-NL)" among those there
	_team_of_one_cpas(report, cpas_aliases)
	report.agenda = _agenda_without_translation(report.agenda)
	for person in report.attendees:
		if person.full_name:
			match = match_contact(person.full_name, contacts, person.cpas)
			if match:
				person.contact, person.contact_name = match.name, match.full_name
	# owners are first looked for among the people of the meeting ("Marie" is the Marie present)
	in_meeting = [
		Contact(p.contact or "", p.contact_name or p.full_name, p.cpas)
		for p in report.attendees
		if p.full_name
	]
	legend = _implied_legend(report)
	# a report written without a single heading (a narrative procès-verbal): its tasks are in its text
	unheaded = [Section("", 1, "", lines=list(report.prose))] if not report.sections else []
	if report.sections and any(
		_ACTION_INTRO.search(line) or re.match(r"^\W*(?:actie|action)s?\s*:", line, re.I)
		for line in report.prose
	):
		# "We hebben het volgende afgesproken:" in an e-mail's text before a heading that comes late
		unheaded = [Section("", 1, "", lines=list(report.prose))]
	restated = None  # the tasks read before a summary or a version in the other language
	for section in unheaded + report.sections if report.sections else unheaded:
		if restated is None and report.action_points and _RESTATED.search(fold(section.heading)):
			restated = {_owner_key(p) for p in report.action_points}
		in_section, paired = [], []
		listed = bool(_ACTION_HEADING.search(fold(section.heading)))
		subject = None  # the person the last sentence was about: "Elle enverra..." is about her
		for sentence, in_list, who in _action_candidates(section, listed):
			if _NEVER_A_TASK.match(sentence):
				continue
			an_item = in_list == "item"
			me_named = re.match(
				r"^\W*(?i:ik|moi|moi-m[êe]me|je)\s*\(\s*([A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+){0,2})\s*\)\s+[a-zà-ÿ]",
				sentence,
			)
			if (
				who is None
				and me_named
				and not re.search(r"\b(?:stel|stelt)\s+voor\b|\bpropos|\bsugg[eè]r", sentence)
			):
				who = me_named.group(1)  # "Ik (Sarah) maak een lijstje …": the writer, named in brackets
			if who is not None:
				point = _owned_by(sentence, who, in_meeting, contacts, cpas_aliases, legend)
			else:
				item = in_list == "item"
				announced = in_list == "announced"
				in_list = in_list is True or announced
				point = _action_of(sentence, in_list, in_meeting, contacts, cpas_aliases, legend, item=item)
				if point is None and report.writer and _ME.search(sentence):
					# "M. Benmoussa et moi-même allons préparer …": the writer is one of the owners
					point = _action_of(
						_ME.sub(report.writer, sentence),
						in_list,
						in_meeting,
						contacts,
						cpas_aliases,
						legend,
					)
					if point is not None and point.owner_type in CONTACT_OWNERS:
						point.action = sentence
					else:
						point = None
				elif (
					point is not None
					and report.writer
					and point.owner_type in CONTACT_OWNERS
					and fold(report.writer) not in [fold(o) for o in point.owners]
					and re.match(
						r"^\W*[A-ZÀ-Ý][\w'’-]+\s+(?:et|en)\s+(?:moi|moi-m[êe]me|ikzelf|ik)\b", sentence
					)
				):
					# "→ Sarah et moi préparons une affiche": the writer is the other owner
					point.owners.append(report.writer)
					point.contacts.append(None)
					point.owner_type = "Several Network Contacts"
				if (
					announced
					and point is not None
					and not point.owners
					and not task_start(point.action)
					and not _TO_BE_DECIDED.search(sentence)
				):
					point = None  # "sélection par les AS : 315 personnes": a step that was, not a task
				pronoun = re.match(r"^(?:Il|Elle|Hij|Zij|Ze)\s+(?=\S)", sentence)
				if point is None and pronoun and subject and not in_list:
					point = _action_of(
						subject + " " + sentence[pronoun.end() :], False, in_meeting, contacts, cpas_aliases
					)
					if point is not None and point.owner_type == "Network Contact":
						point.action = sentence
						point.check = CHECK_PRONOUN
					else:
						point = None
				subject = _sentence_subject(sentence, in_meeting) or (subject if pronoun else None)
			if (not point or not point.owners) and not in_list and (";" in sentence or ": " in sentence):
				# "Mortsel heeft een folder gemaakt; OCMW Mortsel zal de folder delen.", "Se pose la
				# question des séances à distance : le SPP vérifiera si…": the task is a clause
				clauses = re.split(r";\s+|(?<=\w)\s?:\s+(?=\S)", sentence)
				point = next(
					(
						found
						for clause in clauses[1:]
						if (found := _action_of(clause, False, in_meeting, contacts, cpas_aliases, legend))
						and _task_clause(clause, found)
						and (point is None or found.owners)  # a whole without an owner stays whole
					),
					point,  # "Ajout de Charleroi : Sarah et Ludovic enverront …", else what the whole said
				)
			if not point and an_item and who is None:
				# "- Antwerpen: start in oktober. Kristof bezorgt de cijfers aan Hanne.": a task in an item's sentence
				point = next(
					(
						found
						for part in split_sentences(sentence)[1:]
						if (found := _action_of(part, False, in_meeting, contacts, cpas_aliases, legend))
						and found.owners
					),
					None,
				)
			if not point:
				continue
			if not point.owners and _A_RULE_FROM_NOW.search(sentence):
				continue  # "Er wordt afgesproken dat de partners voortaan elk kwartaal samenkomen.": a decision
			if point.owner_type in CONTACT_OWNERS:
				point.contacts = [
					found or (m.name if (m := match_contact(name, contacts)) else None)
					for name, found in zip(point.owners, point.contacts, strict=True)
				]
			if _translates(report.action_points[-1] if report.action_points else None, point):
				continue  # the same action again in the report's other language
			if restated is not None and _owner_key(point) in restated:
				continue  # a summary's task of an owner whose tasks were read: the same task again
			# a list repeated in the other language pairs its items in the same order
			twin = next((p for p in in_section if p not in paired), None)
			if twin is not None and _translates(twin, point):
				paired.append(twin)  # a list repeated in the other language, in the same order
				continue
			if _ALREADY_DONE.search(point.action):
				continue  # "Charleroi a déjà transmis ses listes …": done, not to do
			if any(_restates(p, point) for p in report.action_points if p not in in_section):
				continue  # "Presentatie infosessie doorsturen – Sanne" in the list, after "Sanne zal de presentatie …"
			report.action_points.append(point)
			in_section.append(point)
	report.action_points = [
		p
		for p in _without_translated_twins(report.action_points)
		if not any(len(p.action) > 20 and fold(p.action) in fold(remark) for remark in report.remarks)
	]  # "Bram, klopt dit zo? Ik kon je notities bij punt 4 niet goed lezen.": a note, no task in it
	if report.place and not report.host_cpas:
		org_type, cpas = recognise_organisation(report.place, cpas_aliases)
		report.host_cpas = cpas if org_type == "CPAS" else None


# what nobody has to do once but everyone from now on, or what was agreed: a decision, not a task
_A_RULE_FROM_NOW = re.compile(
	# "La journée réseau 2026 sera organisée en Flandre.": where it takes place, decided
	r"\b(?:sera|seront)\s+organis[ée]e?s?\s+(?:en|[àa]|au|dans|chez)\s+(?-i:[A-ZÀ-Ý])|"
	# "Gegevens van deelnemers worden nooit op naam uitgewisseld": what is never done, a rule
	r"\b(?:nooit|jamais)\b|"
	r"\b(?:voortaan|vanaf\s+nu|d[ée]sormais|dor[ée]navant|[àa]\s+l['’]avenir)\b|"
	r"^\W*(?:er\s+wordt\s+(?:afgesproken|beslist|overeengekomen)|(?:il\s+est|il\s+a\s+[ée]t[ée])\s+(?:convenu|d[ée]cid[ée])|"
	r"on\s+(?:convient|d[ée]cide))\b",
	re.I,
)
_ME = re.compile(r"\b(?:moi-m[êe]me|moi|ikzelf|mezelf)\b|^(?:ik|je)\b|(?<=\s)(?:ik)\b(?=\s)", re.I)
_WRITER = re.compile(
	r"(?:r[ée]dig[ée]e?\s+par|r[ée]daction\s*:|r[ée]dacteur\w*\s*:|opgemaakt\s+door|verslag(?:gever)?\s*:|"
	r"notulist\w*\s*:|notes?\s*:|pv\s*:|secr[ée]tariat\s*:|moi-m[êe]me\s*,|ik\s*\(|verslag\s+door|notes\s+de)\s*"
	r"(?:(?:Mme|M\.|Mevr\.|Dhr\.)\s+)?([A-ZÀ-Ý][\w'’-]+(?:\s+(?:[A-ZÀ-Ý][\w'’-]+|de|van|der|den|le|la|el)){1,3})",
	re.I,
)


def writer_of(text: str, attendees: list) -> str:
	"""The full name of who wrote the report, as the text names them (`Rédigé par Émilie Lambert`,
	`moi-même, Émilie Lambert`, `Verslag: Wim Peeters`), when they are among the people of the meeting."""
	present = {fold(p.full_name): p.full_name for p in attendees if p.full_name and p.attendance == "Present"}
	for found in _WRITER.finditer(text or ""):
		name = found.group(1).strip()
		for size in range(len(name.split()), 1, -1):  # "Émilie Lambert, stagiaire": the name only
			candidate = " ".join(name.split()[:size])
			if fold(candidate) in present:
				return present[fold(candidate)]
	# "- Fatou Diallo, stagiaire AS (CPAS Bruxelles) – prise de notes": the list says who took the notes
	for found in _NOTE_TAKER.finditer(text or ""):
		if fold(found.group(1)) in present:
			return present[fold(found.group(1))]
	return ""


_NOTE_TAKER = re.compile(
	r"([A-ZÀ-Ý][\w'’-]+(?:\s+(?:[A-ZÀ-Ý][\w'’-]+|de|van|der|den|le|la|el)){1,3})\b[^\n]{0,60}?[–(-]\s*"
	r"(?:prise\s+de\s+notes|notulen|notulist\w*|verslaggever|neemt\s+(?:de\s+)?notities|"
	r"secr[ée]tari\w*\s+de\s+s[ée]ance)\b",
	re.I,
)


def _sentence_subject(sentence: str, in_meeting) -> str | None:
	"""The person of the meeting a sentence begins with (`Aurélie Henrard a revu le modèle`)."""
	folded = fold(sentence)
	for contact in in_meeting:
		name = fold(contact.full_name)
		if name and (folded.startswith(name + " ") or folded.startswith(name.split()[0] + " ")):
			return contact.full_name
	return None


def _task_clause(clause: str, point: ActionPoint) -> bool:
	"""A clause after a semicolon that states a task on its own: a future with a person, the SPP or a
	CPAS named as such as its subject, or who will do it still to be decided."""
	if re.match(r"^(?:wie|qui)\b", clause, re.I):
		return True
	if not point.owners or not re.search(
		r"\b(zal|zullen|va|vont|devra|devront|allons|gaan|gaat)\b|\w(?:era|eront|ira|iront|dra|dront|rra|rront)\b",
		clause,
		re.I,
	):
		return False
	if point.owner_type == "CPAS":
		return bool(re.search(r"\b(cpas|ocmw)\b", fold(" ".join(point.owners))))
	return True


_ARROWS = ("→", "->", "=>", "⇒", "➔", "> ")  # "=> Karim envoie le modèle": a task
_LIST_ITEM = re.compile(r"^\s*(?:[-–•*·▪☐☑✓□■]|\d{1,2}[.)]|[A-Z]\d{1,2}[.)])\s+")


_WHO = re.compile(r"^\s*(?:[-–•*]\s*)?(?:qui|wie|who)\s*[?:]\s*[?:]?\s*(.*)$", re.I | re.S)
_WHAT = re.compile(r"^\s*(?:[-–•*]\s*)?(?:quoi|wat|what)\s*[?:]\s*[?:]?\s*(.*)$", re.I | re.S)
_WHEN = re.compile(
	r"^\s*(?:[-–•*]\s*)?(?:quand|wanneer|when|[ée]ch[ée]ance|deadline|tegen\s+wanneer)\s*[?:]", re.I
)


_INLINE_NUMBER = re.compile(r"(?:^|(?<=[\s,;]))\(?(\d{1,2})[.)]\s*(?=\S)")


def _inline_numbered_items(text: str) -> list[str]:
	"""`1) accueil 2) enquête : retour des tests 3) divers`, `(1) welkom, (2) rapportering 2025, (3) varia`:
	the items of a list numbered 1, 2, 3 … on one line, or [] when the line is not one."""
	marks = [
		m for m in _INLINE_NUMBER.finditer(text) if m.group(0).rstrip()[-1] == ")" or m.group(0).endswith(" ")
	]
	if (
		len(marks) < 3
		or marks[0].start() > 0
		or [int(m.group(1)) for m in marks] != list(range(1, len(marks) + 1))
	):
		return []
	items = [
		text[mark.end() : following.start() if following else len(text)].strip(" ,;.–—-")
		for mark, following in zip(marks, [*marks[1:], None], strict=True)
	]
	return items if all(items) else []


def _header_parts(cell: str) -> list[str]:
	"""`Quoi / Wat`, `Actie – Action`: the names a table's header cell gives its column, in either language."""
	folded = fold(cell).strip(" :")
	# "Verantwoordelijk e": a word a PDF broke at the edge of a narrow column
	folded = re.sub(r"^(\w{6,}) (\w{1,2})$", r"\1\2", folded)
	return [part.strip(" ?") for part in re.split(r"\s*/\s*|\s+[–-]\s+", folded)] if folded else []


_WHAT_HEADER = re.compile(
	r"(wat|quoi|what|actions?|acties?|actiepunt(en)?|taak|taken|taches?|t[aâ]ches?|"
	r"actions?\s+[àa]\s+(mener|entreprendre)|wat\s+moet\s+er\s+gebeuren)"
)
_DECISION_HEADER = re.compile(r"(besluit(en)?|beslissing(en)?|d[ée]cisions?|afspra(ak|ken)|conclusions?)")


def _action_table_columns(cells: list) -> tuple | None:
	"""(what, who, when) column numbers of an action table's header row (`| Wat | Wie | Tegen |`), or None."""
	parts = [_header_parts(c) for c in cells]

	def column(pattern) -> list[int]:
		return [i for i, p in enumerate(parts) if p and all(re.fullmatch(pattern, part) for part in p)]

	what, who = column(_WHAT_HEADER), column(_WHO_WORDS)
	if (
		not what
	):  # "Décision / action": a column of decisions and tasks, the tasks being the rows with an owner
		what = [
			i
			for i, p in enumerate(parts)
			if p
			and any(re.fullmatch(_WHAT_HEADER, part) for part in p)
			and all(re.fullmatch(_WHAT_HEADER, part) or _DECISION_HEADER.fullmatch(part) for part in p)
		]
	if not (what and who):
		return None
	when = [
		i
		for i, c in enumerate(cells)
		if re.search(
			r"(wanneer|quand|[ée]ch[ée]ance|d[ée]lai|deadline|tegen|date|datum|termijn|timing)", fold(c)
		)
	]
	return what[0], who[0], when[0] if when else None


_FIELD_LABEL = re.compile(
	r"(?:^|(?<=\s))(?P<label>qui|wie|who|verantwoordelijke|responsable|quoi|wat|what|actie|action|taak|t[aâ]che|"
	r"quand|pour\s+quand|wanneer|when|tegen\s+wanneer|deadline|[ée]ch[ée]ance|timing)\s*\??\s*:\s*",
	re.I,
)


# the owner in a label after the task: "… delen met het netwerk. Wie: Tom", "… (pictogrammes). Qui : SPP"
_TRAILING_WHO = re.compile(
	r"^(\S.{6,}?)(?:\s*[.;,]\s*|\s+[–—-]\s+)(?:wie|qui|who|verantwoordelijke|responsable|trekker)\s*\??\s*:\s*"
	r"([^:]{1,60}?)(?:\s*[–—|-]\s*(?:wanneer|quand|deadline|tegen|pour\s+quand|[ée]ch[ée]ance)\s*\??\s*:.*)?[.\s]*$",
	re.I,
)


def _fields_line(line: str) -> tuple[str, str] | None:
	"""`Wie: BC – Wat: de tabel naar alle OCMW's sturen – Wanneer: 20/02`, `Quoi : … | Qui : …`: an action
	written on one line as labelled fields, in any order; (what, who) or None."""
	text = re.sub(r"^\s*(?:[-–•*·▪]|\d{1,2}[.)])\s*", "", clean_line(line)).strip()
	labels = list(_FIELD_LABEL.finditer(text))
	if len(labels) < 2 or labels[0].start() != 0:
		trailing = _TRAILING_WHO.match(text)  # "Het intakeformulier delen met het netwerk. Wie: Tom"
		if trailing and len(trailing.group(1).split()) >= 2:
			return trailing.group(1).strip(" .;,–—-"), trailing.group(2).strip(" .;,")
		return None
	fields = {}
	for label, following in zip(labels, [*labels[1:], None], strict=True):
		value = text[label.end() : following.start() if following else len(text)]
		word = fold(label.group("label")).split()[-1]
		kind = (
			"who"
			if word in ("qui", "wie", "who", "verantwoordelijke", "responsable")
			else "when"
			if word in ("quand", "wanneer", "when", "deadline", "echeance", "timing")
			else "what"
		)
		fields.setdefault(kind, value.strip(" –—-|;,/"))
	if fields.get("who") and fields.get("what") and len(fields["what"].split()) >= 2:
		return fields["what"], fields["who"]
	return None


# a line that only points elsewhere: "Voir aussi plus haut : calendrier (AB) …", "(… : zie punt B.)"
_REFERENCE_ONLY = re.compile(
	r"^\W*(?:voir\s+aussi|zie\s+ook|cf\.?)\s|"
	r"^[^:]{2,30}:\s*(?:zie|voir)\s+(?:lijst|liste|hoger|plus\s+haut|punt|point|bijlage|annexe)\b|"  # "Afkortingen: zie lijst …"
	r"^\(.*\b(?:zie|voir|cf\.?)\s+(?:punt|point|hoger|plus\s+haut|annexe|bijlage)\b.*\)$",
	re.I,
)


def _who_after_task(lines: list) -> list:
	"""`Action : envoyer le tableau aux autres CPAS` then `Qui : Véronique` on the next line: the owner
	joined to its task (`… – Qui : Véronique`), unless a "Quoi ?" follows (a "Qui ? Quoi ?" block)."""
	joined = []
	for index, line in enumerate(lines):
		who = _WHO.match(line) if line.strip() else None
		previous = next((n for n in reversed(joined) if n.strip()), None) if who else None
		following = next((n for n in lines[index + 1 :] if n.strip()), "")
		if (
			who
			and who.group(1).strip()
			and len(who.group(1).split()) <= 5
			and not task_start(who.group(1))
			and previous is not None
			and not (_WHO.match(previous) or _WHAT.match(previous) or _WHEN.match(previous))
			and not _WHAT.match(following)
			and not previous.rstrip().endswith(":")
			and len(previous.split()) >= 4
			and not _TRAILING_WHO.match(previous)
		):
			at = len(joined) - 1 - next(i for i, n in enumerate(reversed(joined)) if n.strip())
			joined[at] = f"{previous.rstrip().rstrip('.')} – Qui : {who.group(1).strip()}"
			continue
		joined.append(line)
	return joined


def _action_candidates(section: Section, listed: bool):
	"""(sentence, whether it is an item of an action list, its owner if a "Qui ?" line named it) for
	each candidate of a section."""
	paragraph = []
	who = None  # the last "Qui ? / Wie ?" of a "Qui ? Quoi ? Quand ?" block
	tasks_listed = bool(_ACTION_ITEMS_HEADING.search(fold(section.heading)))  # its items are tasks
	announced = False  # the items after "Les prochaines étapes sont les suivantes :" are tasks
	for line in [*_who_after_task(section.lines), ""]:
		item = _LIST_ITEM.match(line) or line.lstrip().startswith(_ARROWS)
		if not item and line.strip():
			announced = bool(_ACTION_INTRO.search(clean_line(line)))
		fields = _fields_line(line) if line.strip() else None
		block = not fields and (_WHO.match(line) or _WHAT.match(line) or _WHEN.match(line))
		if item or block or fields or not line.strip():
			for sentence in split_sentences(" ".join(paragraph)):
				yield sentence, False, None
			paragraph = []
		if fields:
			yield fields[0], True, fields[1]
			continue
		if block:
			if _WHO.match(line):
				who = " ".join(_WHO.match(line).group(1).split())
				told = re.match(r"^([^–—:]{1,60}?)\s+[–—]\s+(\S.{6,})$", who) or re.match(
					r"^()[–—]\s+(\S.{6,})$", who
				)
				if told:  # "– Qui : Marc Delvaux – envoyer le tableau de janvier": the owner, then the task
					yield told.group(2), True, told.group(1) or "?"
					who = None
			elif _WHAT.match(line) and who is not None:
				yield " ".join(_WHAT.match(line).group(1).split()), True, who
				who = None
			continue
		if item:
			if re.match(r"^\s*[☑✅]", line):
				continue  # "☑ Tevredenheidsenquêtes 2025 verzameld" beside "☐ Bram: …": ticked off, done
			whole = re.sub(r"^\s*(?:[-–•*·▪☐☑✓□■]|\d{1,2}[.)]|[A-Z]\d{1,2}[.)])\s*", "", line).strip()
			if NEXT_MEETING.match(re.sub(r"^\s*(?:→|->|=>)\s*", "", whole)):
				continue  # "→ volgende netwerkdag: Charleroi, feb. '18": the next meeting, not a task
			# "• A. • B. • C.": the items of a list run together in one line (a table's cell)
			for text in _RUN_TOGETHER_ITEMS.split(whole):
				if _REFERENCE_ONLY.match(text):
					continue  # "(De nota over de 3+1-regel: zie punt B.)": where it was said, not a task
				if not listed and (tasks_listed or announced):
					yield text, "announced", None  # a task if worded as one or given an owner
				else:
					yield text, listed or text.startswith(_ARROWS) or "item", None
		elif line.strip():
			if listed and _REFERENCE_ONLY.match(line.strip()):
				continue  # "Voir aussi plus haut : calendrier (AB), template (POD MI)": where the tasks were
			if listed and not line.rstrip().endswith(":"):
				text = line.strip()
				cells = [c.strip() for c in text.strip("| ").split(" | ")]
				if (
					len(cells) == 2
					and all(cells)
					and _sentence_language(cells[0]) != _sentence_language(cells[1])
				):
					text = cells[0]  # a row of a table in two languages: the first one
				sentences = split_sentences(text)
				if len(sentences) > 1 and all(len(s.split()) >= 4 for s in sentences):
					for sentence in sentences:  # a paragraph of tasks: one a sentence
						yield sentence, True, None
				else:
					yield line.strip(), True, None
			else:
				paragraph.append(line)


_RUN_TOGETHER_ITEMS = re.compile(
	r"(?<=[.!?;])\s+(?:[•▪◦]|-(?=\s+[A-ZÀ-Ý])(?!\s+(?i:responsables?|resp|verantwoordelijke|qui|wie|"
	r"d[ée]lai|[ée]ch[ée]ance|deadline|tegen|timing|quand|wanneer)\b))\s+|(?<=[.!?;])\s+(?=[→➔]\s)"
)


def _explained_owners(written: str, legend: dict, action: str) -> ActionPoint | None:
	"""`MDR`, `JM/IL`, `IL + NE`: owners written as the initials the report's legend explains."""
	parts = [part for part in _OWNER_SEPARATORS.split(written) if part]
	# "AdS" for Annelies De Smet: initials written with a small letter for "de", "van"
	parts = [
		next((key for key in (part, part.upper(), part.replace(".", "").upper()) if key in legend), part)
		for part in parts
	]  # also "K.V.", "B.V.D." with their full stops
	if not parts or not all(part in legend for part in parts):
		return None
	names = [legend[part].full_name for part in parts]
	return ActionPoint(
		action=action,
		owner_type="Network Contact" if len(names) == 1 else "Several Network Contacts",
		owners=names,
		contacts=[None] * len(names),
	)


def _owned_by(what: str, who: str, in_meeting, contacts, cpas_aliases, legend) -> ActionPoint:
	"""The action of a "Qui ? Quoi ? Quand ?" block: `Qui ? Samira`, `Qui ? le CPAS de Gand`,
	`Qui ? personne pour l'instant`."""
	explained = _explained_owners(who, legend, what)
	if explained:
		return explained
	point = recognise_owner(who, in_meeting or contacts, cpas_aliases)
	if (not point.owners or point.owner_type == "To Be Assigned") and contacts:
		point = recognise_owner(who, contacts, cpas_aliases)
	if point.owner_type == "To Be Assigned":
		point.owners = []
	point.action = what
	if (
		not point.owners
		and not _TO_BE_DECIDED.search(f"({who})")
		and not re.search(r"\b(personne|niemand|nobody|\?)", fold(who) + who)
	):
		point.check = CHECK_NO_OWNER
	return point


_UNOWNED_LABEL = re.compile(
	r"^(?:nog\s+te\s+verdelen|nog\s+toe\s+te\s+wijzen|[àa]\s+attribuer|[àa]\s+r[ée]partir|sans\s+responsable|"
	r"zonder\s+trekker|(?:actie|action)\s*\?+)\s*:\s*(\S.{6,})$",
	re.I,
)
_UNOWNED_AFTER = re.compile(
	r"^(\S.{6,}?)\s*(?:\(\s*(?:actie|action|wie|qui)\s*:\s*(?:nog\s+te\s+(?:bekijken|bepalen|zoeken)\s+wie|"
	r"[àa]\s+(?:voir|d[ée]finir|d[ée]terminer)\s+qui|\?+)\s*\)\W*$)|"
	r"^((?=\S.{6,}?\s+(?:moet|moeten)\s+nog\s+iemand\s+\w+\b).*)$|"
	# "Rapport annuel : responsable à désigner", "Folder vertalen – trekker nog te zoeken", "Trekker gezocht voor
	# de FAQ", "La salle doit encore être réservée (qui ?)": a task whose owner is still to be found
	r"^((?=\S.{6,}?\s*[:–—-]\s*(?:responsable|trekker|verantwoordelijke|pilote)\s+(?:[àa]\s+(?:d[ée]signer|trouver)|"
	r"nog\s+te\s+(?:bepalen|zoeken|vinden|kiezen))\W*$).*)$|"
	r"^((?=(?:trekker|vrijwilliger|volontaire|responsable|verantwoordelijke)\s+(?:gezocht|recherch[ée]e?)\s).{12,})$|"
	r"^((?=\S.{6,}?\s*\(\s*(?:qui|wie)\s*\?\s*\)\W*$).*)$|"
	# "De contactlijst moet nog bijgewerkt worden, maar wie dat doet is nog niet duidelijk"
	r"^((?!(?:de|het)\s+(?:datum|locatie|zaal|plaats)\b)(?=\S.{6,}?\s(?:moet|moeten)\s+nog\s+(?:\S+\s+){0,3}?\w+[dt]\s+worden\b).*)$",
	re.I,
)
# a rule in the present passive, with nothing still to do: "De indicatoren worden per kalenderjaar verzameld"
_HOW_IT_IS_DONE = re.compile(
	r"^(?!.*\b(?:nog|encore|binnenkort|bient[ôo]t|voortaan|d[ée]sormais|later|plus\s+tard)\b)[^:]{3,80}?\s(?:wordt|worden)\s+"
	r"(?:(?!nog\b)\S+\s+){0,6}?(?:\w*ge\w{3,}|\w+eerd|ver\w+[dt]|be\w+[dt]|ont\w+[dt]|her\w+[dt])\s*"
	r"(?:[,.;]|$|(?:tot|per|volgens|gedurende|als|wanneer|indien|zodra)\s)",
	re.I,
)
_TO_BE_DECIDED = re.compile(
	r"\b(?:encore|nog)\s+(?:[àa]\s+d[ée]terminer|[àa]\s+d[ée]signer|te\s+bepalen|aan\s+te\s+duiden)\b|"
	r"[:(,–-]\s*(?:[àa]\s+d[ée]terminer|[àa]\s+fixer|[àa]\s+d[ée]finir|nog\s+te\s+bepalen|nog\s+niet\s+bepaald|"
	r"trekker\s+nog\s+te\s+bepalen|responsable\s+[àa]\s+d[ée]signer|qui\s*\?|wie\s*\?|tbd|nog\s+te\s+verdelen|"
	r"nog\s+niemand(?:\s+aangeduid)?|(?:is\s+)?nog\s+niet\s+(?:beslist|bepaald)|n['’]est\s+pas\s+encore\s+(?:d[ée]cid[ée]|fix[ée])|"
	r"(?:encore\s+)?[àa]\s+(?:attribuer|r[ée]partir)|wie\s+neemt\s+dit\s+op\s*\?|qui\s+s['’]en\s+charge\s*\?|"
	r"(?:qui|wie)\s*\?\s*(?:[àa]\s+d[ée]finir|[àa]\s+d[ée]terminer|[àa]\s+voir|nog\s+te\s+bepalen|onbekend))\W*$",
	re.I,
)
# a remark marked as one, even in a list: "- Tableau des chiffres (à compléter)", "- opm.: cijfers nog aan te vullen"
_MARKED_REMARK = re.compile(
	r"[(\[][^()\[\]]*(?:[àa]\s+compl[ée]ter|[àa]\s+venir|aan\s+te\s+vullen|nog\s+aan\s+te\s+vullen|volgt|suivr)[^()\[\]]*[)\]]"
	r"|^[-–•*\s]*(?:opm\.?|opmerking|nb|n\.b\.|remarque|note|\[?\s*to\s?-?do)\s*:"
	r"|^[-–•*\s]*\[[^\[\]]+\]\W*$|^[-–•*\s]*\([^()]+\)\W*$"  # "- [cijfers Edegem nog aanvullen]": an item that is only a bracket
	# "- stats module 1: à compléter qd Sandrine rentre": a short item whose rest is still to come
	r"|^[-–•*\s]*[^:]{2,40}:\s*(?:[àa]\s+compl[ée]ter|[àa]\s+venir|nog\s+aan\s+te\s+vullen|volgt(?:\s+nog)?|"
	r"encore\s+[àa]\s+(?:int[ée]grer|compl[ée]ter|ajouter)|nog\s+te\s+verwerken|X{3,})\b"
	r"|\bX{3,}\b",  # "- Stand van zaken Edegem: XXX": a figure to fill in
	re.I,
)
_STILL_OPEN = re.compile(
	r"\b(?:reste|restent|est\s+encore|sont\s+encore|c['’]est\s+encore|blijft|blijven|is\s+nog|zijn\s+nog)\s+"
	r"(?:[àa]\s+(?:d[ée]finir|d[ée]terminer|fixer|organiser|trouver|d[ée]signer|voir|attribuer|r[ée]partir)|te\s+bepalen|"
	r"te\s+verdelen|toe\s+te\s+wijzen|te\s+organiseren|open)\b",
	re.I,
)
_BY_OWNER = re.compile(
	r"\b(?:par|door)\s+((?:le|la|l'|les|het|de)?\s*(?:(?:M|Mme|Mevr|Dhr)\.\s+)?[^,.;:()]{2,60}?)\s*(?:[,.;:(]|\s+(?:à|aan|naar|avant|tegen|via|voor|d'ici|dans|in|au|aux|op|met|tijdens|lors|pour|om)\b|$)",
	re.I,
)
_FR_PRESENT_ACTION = (
	r"(?:envoie|envoient|transmet|transmettent|v[ée]rifie|v[ée]rifient|pr[ée]pare|pr[ée]parent|partage|"
	r"partagent|communique|communiquent|contacte|contactent|relance|relancent|diffuse|diffusent|publie|publient|"
	r"r[ée]dige|r[ée]digent|(?<!\ba\s)fait\s+(?:suivre|circuler|parvenir)|(?<!\bont\s)font\s+(?:suivre|circuler|parvenir)|pr[êe]te|pr[êe]tent|"
	r"met\s+[àa]\s+jour|mettent\s+[àa]\s+jour|compl[eè]te|compl[eè]tent|apporte|apportent|renvoie|renvoient|"
	r"compare|comparent|contr[ôo]le|contr[ôo]lent|teste|testent|d[ée]signe|d[ée]signent|se\s+renseigne|"
	r"se\s+renseignent|adapte|adaptent|(?<!\ba\s)fait\s+traduire|(?<!\bont\s)font\s+traduire|s['’]occupe(?:nt)?\s+d[eu']|prend\s+contact|prennent\s+contact|tient\s+(?:\S+\s+){1,3}?inform[ée]|"
	r"tiennent\s+(?:\S+\s+){1,3}?inform[ée]|(?:doit|doivent)\s+encore\s+[a-zà-ÿ]+(?:er|ir|re)\b)\b"
)
_FR_PRESENT_DATED = (
	r"(?:organise|organisent|r[ée]serve|r[ée]servent|rassemble|rassemblent|collecte|collectent|centralise|"
	r"centralisent|traduit|traduisent|se\s+renseigne|se\s+renseignent|fournit|fournissent|finalise|finalisent|"
	r"actualise|actualisent|teste|testent)\b"
)
# the words between a Dutch verb and its particle, and what may follow the particle: "levert zijn cijfers aan vóór …"
_BEFORE_PARTICLE = r"(?:(?!(?:dat|die|of|om|door|aan|in|bij)\b)\S+\s+){0,6}?"
_PARTICLE_END = r"(?=\s*(?:[.,;:()]|$|v[óo]{1,2}r\b|tegen\b|tot\b|uiterlijk\b|ten\b|tijdens\b|naar\b|aan\b|en\b|volgens\b|op\s+basis\b|zodat\b))"
_NL_PRESENT_ANY = (
	r"(?:bezorgt|bezorgen|stuurt|sturen|verstuurt|versturen|mailt|mailen|contacteert|contacteren|bereidt|"
	r"bereiden|verspreidt|verspreiden|vult|vullen|maakt|maken|zet|zetten|werk(?:t|en)\s+(?:\S+\s+){1,12}?uit\b|werken\s+samen|bevraagt|"
	r"bevragen|deelt|delen|neemt\s+contact|nemen\s+contact|"
	r"plant|plannen|schrijft|schrijven|leent|lenen|bekijkt|bekijken|onderzoekt|onderzoeken|"
	r"zoekt\s+uit|zoeken\s+uit|vraagt\s+\w+\s+op|vragen\s+\w+\s+op|past\s+\w+\s+aan|"
	r"passen\s+\w+\s+aan|vertaalt|vertalen|volgt\s+\w+\s+op|volgen\s+\w+\s+op|neemt\s+op|nemen\s+op|"
	r"bevestigt(?!\s+dat\b)|bevestigen(?!\s+dat\b)|vergelijkt|vergelijken|checkt|checken|controleert|controleren|test|testen|"
	r"(?:vraagt|vragen)\s+(?:\S+\s+){0,6}?na|"
	r"(?:kijkt|kijken|gaat|gaan)\s+(?:\S+\s+){0,6}?na|"
	# "Alle OCMW's melden elke wijziging …" (not "Griet meldt 7 deelnemers", "melden dat …": news),
	# "stellen samen een handleiding op", "VL past de enquête aan (vraag 6 en 9)"
	r"melden\s+(?!dat\b|\d)|"
	rf"(?:stelt|stellen)\s+{_BEFORE_PARTICLE}op{_PARTICLE_END}|"
	rf"(?:past|passen)\s+{_BEFORE_PARTICLE}aan{_PARTICLE_END}|"
	rf"(?:duidt|duiden)\s+{_BEFORE_PARTICLE}aan{_PARTICLE_END}|(?:stuurt|sturen)\s+{_BEFORE_PARTICLE}na{_PARTICLE_END}|"
	rf"(?:wisselt|wisselen)\s+{_BEFORE_PARTICLE}uit{_PARTICLE_END}|"
	r"(?:telt|tellen)\s+hoeveel\b|"
	r"co[öo]rdineer(?:t|en)\s+(?:de|het)\s+(?:bundeling|inzameling|verzameling|opmaak|verzending|planning)\b|"
	r"(?:laat|laten)\s+weten\s+(?:of|wanneer|hoe|wie|welke|tegen)\b|"
	r"(?:zorgt|zorgen)\s+voor\b|(?:houdt|houden)\s+(?:\S+\s+){1,3}?op\s+de\s+hoogte)\b"
)
# verbs that describe what someone does as often as they give a task: a task only with a deadline
_NL_PRESENT_DATED = (
	# "Elk OCMW levert zijn indicatoren aan vóór 28 februari": a verb whose particle comes last
	rf"(?:(?:levert|leveren|dient|dienen)\s+{_BEFORE_PARTICLE}(?:aan|in){_PARTICLE_END}|"
	rf"(?:geeft|geven|stuurt|sturen)\s+{_BEFORE_PARTICLE}door{_PARTICLE_END}|"
	rf"(?:houdt|houden)\s+{_BEFORE_PARTICLE}bij{_PARTICLE_END}|"
	r"organiseert|organiseren|reserveert|reserveren|regelt|regelen|verzamelt|verzamelen|"
	r"ontwerpt|ontwerpen|actualiseert|actualiseren)\b"
)
_STATEMENT = re.compile(
	r"\b(sinds|depuis|d[ée]j[àa]|al\s+(?:enkele|jaren|twee|drie)|voor\s+het\s+eerst|pour\s+la\s+premi[èe]re|"
	r"gaat\s+het|gaan\s+het|il\s+s'agit|chaque\s+(?:semaine|mois|ann[ée]e)|elke\s+(?:week|maand|jaar)|jaarlijks|"
	r"(?:une|deux|trois|\d)\s+fois\s+par\s+(?:an|mois|semaine)|(?:twee|drie|\d)\s+(?:à|a|tot)\s+\w+\s+\w+\s+per\s+jaar|"
	r"(?:per|par)\s+(?:jaar|an)|telkens|[àa]\s+tour\s+de\s+r[ôo]le|om\s+beurten|beurtelings|"
	# what will not happen is no task: "De vergadering wordt niet opgenomen."
	r"(?:wordt|worden|zal|zullen)\s+(?:niet|geen)|ne\s+(?:sera|seront|va|vont)\s+pas|"
	r"toujours|altijd|meestal|souvent|vaak|normaal|habituellement)\b",
	re.I,
)


def _action_of(
	sentence: str, in_list: bool, in_meeting, contacts, cpas_aliases, legend=None, item: bool = False
) -> ActionPoint | None:
	"""The action point a sentence or an action list's item states, with its owner, or None."""
	# "ACTIE / ACTION: …": the label in two languages
	sentence = re.sub(r"^(\W*)(actions?|acties?)\s*/\s*(?:actions?|acties?)\b", r"\1\2", sentence, flags=re.I)
	tabbed = re.match(r"^\s*([^\t|]{1,40}?)(?:\t+|\s+\|\s+)\s*([^|]{7,})$", sentence)
	if (
		tabbed
		and in_list
		and len(tabbed.group(1).split()) <= 4
		and len(tabbed.group(2).split()) >= 3
		and not task_start(tabbed.group(1))  # not "Envoyer les règles | *De toegepaste …": a wrapped row
		and not tabbed.group(2).lstrip().startswith(("*", "-", "–", "_"))
	):
		# "PC⇥oproep doorsturen", "| NG + MB | Franse versie nalezen |": an owner, a tab or a cell, a task
		sentence = f"{tabbed.group(1).strip()}: {tabbed.group(2).strip()}"
	text = re.sub(r"^[►▶➤➢■□◆◦●○▪•·✓☐☑]\s*", "", clean_line(sentence).strip(" -–•*"))  # "► Action : ..."
	for joint in (" | ", " / "):
		cells = text.split(joint)
		if len(cells) == 2 and all(cells) and _sentence_language(cells[0]) != _sentence_language(cells[1]):
			if (
				joint == " | "
				or _LABELLED_OWNER.match(cells[0].strip())
				or _OWNER_BRACKETS.match(cells[0].strip())
			):
				text = cells[0].strip()  # a row of a table, or an item, in two languages: the first one
				break
	if re.match(r"^(?:voorstel|proposition|suggestie|suggestion|idee|wens|souhait)\b[^:]{0,30}:", fold(text)):
		return None  # "Voorstel van An: het project komen voorstellen …": a proposal, not a task
	if (
		_MAIL_FIELD.match(text)
		or _GREETING.match(text)
		or (len(text.split()) <= 4 and looks_like_name(_COURTESY.sub("", text).strip(" .,")))
		or _CLOCK_RANGE.match(text.split(" : ")[0].split(": ")[0])
		or _only_a_date(text)
		or re.match(r"^\W*(?:merci|bedankt|dank\s+(?:u|je|jullie)|dankjewel|thanks)\b", text, re.I)
	):
		# "Van: Bouzidi Mehdi", "Bonjour à tous,", "10h00 – 10h30 : Accueil", "Aurélie Dethier" under the tasks: the
		# e-mail the invitation came in, its programme, a signature
		return None
	to_be_done_by = re.search(
		r"(?<!\[)\b(?:[àa]\s+(?:transmettre|envoyer|fournir|remettre)|te\s+(?:bezorgen|sturen|versturen))\s+(?:par|door)\s+"
		r"((?:le\s+|la\s+|l['’]|les\s+|het\s+|de\s+)?[^,.;()\[\]]{2,40}?)"
		r"(?=\s+(?:pour|avant|d['’]ici|tegen|v[óo]{1,2}r|tot)\b|\s*[.,;]|$)",
		text,
		re.I,
	)
	if to_be_done_by:  # "Chiffres 2023 à transmettre par tous les CPAS pour fin février"
		owner = recognise_owner(to_be_done_by.group(1), in_meeting or contacts, cpas_aliases)
		if owner.owners and owner.owner_type != "To Be Assigned":
			owner.action = text
			return owner
	by_label = re.match(
		r"^(?:[àa]\s+faire|te\s+doen|actie|action)\s+(?:par|door|pour|voor)\s+([^:]{2,40}?)\s*:\s*(\S.{6,})$",
		text,
		re.I,
	)
	if by_label:  # "À faire par Jan : envoyer le rapport."
		return _owned_by(
			by_label.group(2), by_label.group(1), in_meeting or contacts, contacts, cpas_aliases, legend or {}
		)
	unowned = _UNOWNED_LABEL.match(text) or _UNOWNED_AFTER.match(text)
	if unowned:
		# "Nog te verdelen: opmaak van een FAQ", "Actie ???: vertaling …", "Kalender voorstellen (actie: nog te
		# bekijken wie)", "Budgetraming 2023 moet nog iemand opmaken": a task nobody has yet
		return ActionPoint(action=next(g for g in unowned.groups() if g).strip())
	# "Trouver une salle pour la prochaine réunion : ?": no owner yet
	nobody = re.match(r"^(\S.{6,}?)\s+(?:[:–—-]|→|->)\s*\?+$", text)  # also "Lesgever zoeken → ???"
	if nobody and task_start(nobody.group(1)):
		return ActionPoint(action=nobody.group(1))
	asks_who = _LABELLED_OWNER.match(text) or _OWNER_BRACKETS.match(text)
	if len(text) < 8 or (text.endswith("?") and not asks_who) or NEXT_MEETING.match(text):
		return None
	known = in_meeting or contacts
	up_to = _UP_TO.match(text)
	if up_to:  # "Il appartiendra au CPAS de Charleroi d'envoyer l'invitation", "Het is aan Gent om …"
		point = recognise_owner(up_to.group(1), known, cpas_aliases)
		if point.owners and point.owner_type != "To Be Assigned":
			point.action = text
			return point
	after = re.match(
		r"^(\S.{6,}?)\s*(?:→|->|=>|⇒|➔)\s*(?i:actie|action|qui|wie|who)\s*[:?]?\s*([^:→]{2,40}?)\W*$", text
	)
	if after:  # "Schoten bekijkt met de sociale dienst of … → actie Bart": the owner after the arrow
		return _owned_by(after.group(1), after.group(2), known, contacts, cpas_aliases, legend or {})
	arrow = re.match(r"^(?:→|->|=>|⇒|➔|>)\s*(.+)$", text)  # also "> Vragenlijst aanpassen (Hanne)."
	if arrow:
		text, in_list = arrow.group(1), True
	named = re.match(
		r"^(?i:actions?|actie|actiepunt|[àa]\s+faire|to\s*do)\s+([^:()–—]{2,40}?)(?:\s*\([^()]{1,40}\))?\s*:\s*(\S.+)$",
		text,
	)  # also "Actie Eva Claessens (na haar terugkeer): …"
	if named and not _LABELLED_OWNER.match(text):
		who = re.sub(r"^(?:voor|pour|for)\s+", "", named.group(1), flags=re.I)  # "Actie voor iedereen: …"
		owner = recognise_owner(who, known, cpas_aliases)
		if owner.owners and owner.owner_type != "To Be Assigned":
			# "Actie Gent: foto's delen", "Actie Hanne en Bart: …": the owner between the label and the colon
			return _owned_by(named.group(2), who, known, contacts, cpas_aliases, legend or {})
	owned = re.match(
		r"^(?i:actions?|actie|actiepunt|[àa]\s+faire|to\s*do)\s*(?:\(([^()]{1,40})\)|"
		r"([A-ZÀ-Ý]\.?[A-ZÀ-Ý.]{1,7}(?:(?:\s*[+/&]\s*|\s+(?:en|et|and)\s+)[A-ZÀ-Ý]\.?[A-ZÀ-Ý.]{1,7})*))\s*[:–-]\s*(\S.+)$",
		text,
	)
	if owned:  # "Action (SPP) : publier …", "Actie (nog geen trekker): …", "ACTIE KVD: mail naar …"
		return _owned_by(
			owned.group(3), owned.group(1) or owned.group(2), known, contacts, cpas_aliases, legend or {}
		)
	marked = re.match(r"^(?:actions?|actie|actiepunt|[àa]\s+faire|to\s*do)\s*[:–-]\s*(\S.+)$", text, re.I)
	if marked:
		text, in_list = marked.group(1), True  # "► Action : le SPP enverra...": an action, whatever its verb
		people = re.match(
			r"^([A-ZÀ-Ý][\w'’-]+(?:(?:\s*,\s*|\s+(?:en|et|and)\s+|\s*[+&]\s*)[A-ZÀ-Ý][\w'’-]+)+)\s+(?=[a-zà-ÿ])",
			text,
		)
		point = recognise_owner(people.group(1), known, cpas_aliases) if people else None
		if point and point.owner_type == "Several Network Contacts":
			point.action = text  # "Actie: Tom en Wouter verzamelen …": the people, whatever the verb
			return point
	initials = re.match(r"^([A-ZÀ-Ý]{2,5}(?:\s*[+/,&]\s*[A-ZÀ-Ý]{2,5})*)\s*(?::|→|->)\s*(\S.+)$", text)
	spaced = re.match(r"^([A-ZÀ-Ý]{2,5}(?:\s*[+/&]\s*[A-ZÀ-Ý]{2,5})*)\s+(?=[a-zà-ÿ])(\S.+)$", text)
	if not initials and spaced and task_start(spaced.group(2)):
		initials = spaced  # "CV zaal reserveren in Brussel voor 11/06": the tab between owner and task lost
	if (in_list or item) and initials and legend:
		parts = [p for p in re.split(r"\s*[+/,&]\s*", initials.group(1)) if p]
		if (
			all(part in legend for part in parts)
			and (in_list or _TASK_VERB.search(fold(initials.group(2))))
			and not _NOT_A_TASK.search(initials.group(2))  # "HM: demande si qqn a une fiche en arabe"
		):
			return _owned_by(initials.group(2), initials.group(1), known, contacts, cpas_aliases, legend)
	asked_first = re.match(
		r"^(?i:qui|wie|who|resp\.?|responsable|verantwoordelijke|trekker)\s*[:?]\s*([^–—:]{1,60}?)\s+[–—-]\s+(\S.{6,})$",
		text,
	)  # also "Resp. : Marie – envoyer la note de synthèse."
	if asked_first:  # "Qui : Marc Delvaux – envoyer le tableau de présence de janvier à Claire."
		return _owned_by(
			asked_first.group(2).strip(),
			asked_first.group(1).strip(),
			known,
			contacts,
			cpas_aliases,
			legend or {},
		)
	acted = re.match(r"^(\S.{6,}?)\s*\(\s*(?i:actie|action)\s*:\s*([^():]{2,40})\)\W*$", text)
	if acted:  # "De planning wordt doorgestuurd naar alle OCMW's (actie: Pieter).": the owner said outright
		point = _owned_by(
			acted.group(1).strip(), acted.group(2).strip(), known, contacts, cpas_aliases, legend or {}
		)
		if point.owners or _TO_BE_DECIDED.search(f"({acted.group(2)})"):
			point.action = text
			return point
	delimited = _owner_delimited(text, legend or {}, known, contacts, cpas_aliases)
	if delimited:
		return delimited
	worded = in_list or (item and _TASK_VERB.search(fold(text)))
	if worded or (item and task_start(text)):
		bracketed = _owner_in_brackets(text, legend or {}, known, cpas_aliases) or _owner_labelled(
			text, legend or {}, known, contacts, cpas_aliases
		)
		if (
			bracketed
			and bracketed.owner_type == "CPAS"
			and re.match(
				r"^\W*(?:(?i:le|la|l['’]|het|de)\s*)?(?:CPAS|OCMW)\s+(?:de\s+|d['’]\s*|van\s+)?[A-ZÀ-Ý][\w'’-]+\s+[a-zà-ÿ]",
				text,
			)
		):
			bracketed = None  # "OCMW Antwerpen verzamelt de cijfers van de partners (Schoten, …)": its subject does it
		if bracketed and (
			worded
			or not (bracketed.owner_type == "CPAS" and bracketed.owner_cpas)
			or re.search(r"\([^()]*\b(?:cpas|ocmw)\b[^()]*\)\W*$", fold(text))
			or _DEADLINE.search(fold(text))
		):
			# "□ Indicatorgegevens … aanleveren, uiterlijk 31 januari 2024 (alle OCMW's)"; not "intensief werken met
			# de deelnemers (Charleroi, Luik)", where the bracket says who does it already
			return bracketed
	if not worded and not item and task_start(text) and _OWNER_BRACKETS.match(text):
		# "Correctie in het verslag doorvoeren en opnieuw rondsturen (WP).": a task and its owner, in the text
		bracketed = _owner_in_brackets(text, legend or {}, known, cpas_aliases)
		if bracketed and bracketed.owners and bracketed.owner_type != "To Be Assigned":
			return bracketed
	responsible = re.search(
		r"\(\s*resp\.\s*[^()]{2,60}\)\W*$", text, re.I
	)  # "(resp. Véronique)": said outright
	asked = re.search(r"[(–—-]\s*(?:qui|wie)\s*:\s*[^():]{2,40}\)?\W*$", text, re.I)
	if responsible or (asked and (item or task_start(text))):
		# "Rassembler les résultats dans une note commune (qui : SPP IS).": whatever its verb, asked who
		labelled = _owner_labelled(text, legend or {}, known, contacts, cpas_aliases)
		if labelled:
			return labelled
	if item and _TO_BE_DECIDED.search(text) and _TASK_VERB.search(fold(text)):
		return ActionPoint(action=text)  # "Visite ... : à organiser, responsable à désigner."
	if (
		_TO_BE_DECIDED.search(text)
		and re.match(r"^[A-ZÀ-Ý][a-zà-ÿ]+(?:er|ir|re)\s", text)
		and task_start(text)
		and text.rstrip(" .").endswith(")")
	):
		return ActionPoint(action=text)  # "Faire un tableau comparatif … pour la plénière (à définir)."
	undecided = re.search(
		r"(?:\s[:–—-]|:)\s*(?:(?:qui|wie|responsable|trekker)\s*[:?]?\s*)?[^:–—]{0,25}$", text
	)
	if undecided and _TO_BE_DECIDED.search(undecided.group(0)) and task_start(text[: undecided.start()]):
		return ActionPoint(action=text, check=CHECK_NO_OWNER)  # "L'organisation d'une visite … : à définir."
	if in_list:
		point = listed_action(text, known, cpas_aliases)
		if point.owners:
			return point
	lead = re.match(r"^([A-ZÀ-Ý]{2,4}(?:\s*(?:\+|/|&|en|et)\s*[A-ZÀ-Ý]{2,4})*)\s+(?=[a-zà-ÿ])(\S.+)$", text)
	if (
		lead
		and legend
		and re.match(
			rf"(?:{_NL_PRESENT_ANY}|{_FR_PRESENT_ACTION}|{_NL_FUTURE}|{_FR_FUTURE}|{_FR_FUTURE_VERB}|testen\b)",
			lead.group(2),
			re.I,
		)
	):
		explained = _explained_owners(lead.group(1), legend, text)  # "KJ stuurt de Zoom-link rond"
		if explained:
			return explained
	labelled = re.match(r"^([A-ZÀ-Ý][^:()]{1,40}?)\s?:\s+([a-zà-ÿ]\S*\s.{8,})$", text)
	if (
		labelled
		and re.match(
			rf"(?:{_NL_PRESENT_ANY}|{_FR_PRESENT_ACTION}|{_NL_FUTURE}|{_FR_FUTURE}|{_FR_FUTURE_VERB}|"
			r"vraagt|vragen|zoekt|zoeken|cherche|cherchent|demande|demandent|stuurt|sturen)\b",
			labelled.group(2),
			re.I,
		)
		and not _NOT_A_TASK.search(labelled.group(2))
	):  # not "HV: demande si qqn a une fiche …": a question
		# "MJ en TV: sturen de intakefiches … door naar AO", "OCMW Mortsel: zoekt een nieuwe lokatie": an owner
		# set before the task with a colon, wherever the line stands
		point = _explained_owners(labelled.group(1), legend or {}, text)
		if point is None:
			point = recognise_owner(labelled.group(1), known, cpas_aliases)
			point.action = text
		if point.owners and point.owner_type != "To Be Assigned":
			return point
	topic = re.match(r"^([A-ZÀ-Ý][\w'’-]+(?:\s[\w'’-]+){0,3})\s?:\s+([A-ZÀ-Ý]\S*\s.{12,})$", text)
	if topic and not recognise_owner(topic.group(1), known, cpas_aliases).owners:
		# "Tolkkosten: POD MI bekijkt of …": a topic's name, then the sentence that gives the task
		point = _action_of(topic.group(2), False, in_meeting, contacts, cpas_aliases, legend)
		if point and point.owners and point.owner_type != "To Be Assigned":
			return point
	point = recognise_action(text, in_meeting, cpas_aliases)
	if _every_cpas_without_deadline(point, text):
		point = None  # "Les CPAS devront rapporter …": the network's rule, not a task
	if (not point or not point.owners) and contacts:
		point = recognise_action(text, contacts, cpas_aliases) or point
	if point and point.owners and _weak_owner(point, text):
		point = None if not in_list else ActionPoint(action=text)
	if not point or not point.owners:
		by = _passive_owner(text, known, cpas_aliases)
		if by:
			by.check = CHECK_PASSIVE
			return by
		present = _present_action(text, known, cpas_aliases)
		if present:
			present.check = CHECK_PRESENT_TENSE
			return present
	if in_list and (not point or not point.owners):
		prefixed = _owner_at_start(text, known, cpas_aliases)
		if not prefixed and _HOW_IT_IS_DONE.search(text) and not _DEADLINE.search(fold(text)):
			return None  # "Aanwezigheden worden per sessie bijgehouden.": how things are done, nobody's task
		if prefixed:
			prefixed.check = CHECK_OWNER_AT_START
		return prefixed or ActionPoint(action=text, check=CHECK_NO_OWNER)
	if not point and _TO_BE_DECIDED.search(text) and re.match(r"^(?:wie|qui)\b", text, re.I):
		return ActionPoint(action=text)  # "wie die infosessie organiseert, is nog te bepalen"
	if (
		not point
		and (still_open := _STILL_OPEN.search(text))
		and ";" not in text[: still_open.start()]
		and not (NEXT_MEETING.search(text) or _NEXT_MEETING_IN_TEXT.search(text))
		and not re.search(
			r"\bprochaine?\s+(?:r[ée]union|rencontre|s[ée]ance)|\bvolgende\s+(?:vergadering|bijeenkomst|overleg)",
			text,
			re.I,
		)
	):
		return ActionPoint(
			action=text, check=CHECK_NO_OWNER
		)  # "La question du CPAS qui accueillera … reste à définir"
	if (
		point
		and not point.owners
		and not (_PASSIVE_LATER.search(text) or _TO_BE_DECIDED.search(text) or _SOMEONE.match(text))
	):
		return None
	if point and not point.owners and (_STATEMENT.search(text) or _NOT_A_TASK.search(text)):
		return None
	if point and not point.owners and _HOW_IT_IS_DONE.search(text) and not _DEADLINE.search(fold(text)):
		return None  # "De indicatoren worden per kalenderjaar verzameld": a rule, nobody's task
	if point and point.owner_type == "To Be Assigned" and not _TO_BE_DECIDED.search(text):
		point.check = CHECK_NO_OWNER
	elif point and point.owners and not _FUTURE_MARK.search(text) and not _PASSIVE_LATER.search(text):
		point.check = CHECK_PRESENT_TENSE
	return point


_UP_TO = re.compile(
	r"^(?:il\s+(?:appartiendra|appartient|reviendra|revient|incombera|incombe)\s+(?:aux?\s+|[àa]\s+(?:la\s+|l['’])?)|"
	r"het\s+is\s+(?:nu\s+)?aan\s+(?:het\s+|de\s+)?)([^,;:]{2,60}?)\s+(?:d['’]|de\s+(?=[a-zàâéèêîôû]+(?:er|ir|re)\b)|om\s+)",
	re.I,
)
_SOMEONE = re.compile(r"^(?:quelqu['’]un|iemand|someone|un\s+volontaire|een\s+vrijwilliger)\s", re.I)
_NOT_A_TASK = re.compile(
	r"\b(demande|demandent|vraagt|vragen)\s+(si|comment|pourquoi|quand|of|hoe|wat|waarom|wanneer)\b|"
	r"\b(stel\w*|leg\w*)\b.*\b(voor|uit)\W*$|\bstelt\s+zich\s+voor|\blegt\s+uit|\bgeeft\s+toelichting|"
	r"\b(merk\w*\s+op|remarquen?t?|constaten?t?|stel\w*\s+vast|expliquen?t?|pr[ée]senten?t?|soulignen?t?|"
	r"rappellen?t?(?!\s+que\s+(?:tous\s+les|chaque)\s[^.]*\b(?:pour\s+le|avant\s+le|d['’]ici)\s)|benadrukt|benadrukken|vertelt|vertellen)\b|"
	r"^\W*(?:prochaine?\s+(?:r|s[ée]ance|journ)|volgende\s+(?:b|netwerkdag|vergadering|overleg))|^\W*(?:voir\s+aussi|zie\s+ook)\b|\bga(?:at|an)\s+akkoord\b|^\W*(?:beslist|besloten|beslissing|d[ée]cid[ée]e?|d[ée]cision)\s*:|\bmeld(?:t|en)\s+dat\b|\bsignalen?t?\s+que\b|\bindiquen?t?\s+que\b|"
	r"\bzeg(?:t|gen)\s+dat\b|\bdeel(?:t|en)\s+mee\s+dat\b|"
	# an offer or a suggestion to the meeting: "Hélène propose de présenter …", "Wim stelt voor om …"
	r"\b(?:propose|proposent|sugg[èe]re|sugg[èe]rent)\s+(?:de\s|d['’])|\bstel(?:t|len)\s+voor\s+om\b|"
	r"\br[ée]dige\w*\s+(?:le|ce)\s+(?:rapport|compte|pv|proc)|\bmaakt\s+het\s+verslag|\bnotuleert\b|"
	r"\binforme\w*\s+(?:l['’]assembl[ée]e|le\s+r[ée]seau|les\s+participants|les\s+membres)\s+que\b|\(voir\s+(?:action|point)",
	re.I,
)
# a line that is never a task, even in an action section: who wrote the report ("Rapport rédigé par X –
# relu par Y", "Verslag opgesteld door X"), a signature, an e-mail's closing, how an earlier action stands
_NEVER_A_TASK = re.compile(
	r"^\W*(?:(?:le\s+|ce\s+|dit\s+|het\s+)?(?:rapport|compte[- ]rendu|pv|proc[eè]s-verbal|verslag|notulen|notes)\s+)?"
	r"(?:r[ée]dig[ée]e?s?|opgesteld|opgemaakt|genomen|pris(?:es)?|relu|nagelezen)\s+(?:par|door)\b|"
	r"^(?-i:[A-ZÀ-Ý]\.\s*[A-ZÀ-Ý][\w'’-]+)$|"  # a signature: "K. Lejeune"
	r"^\W*(?:cliquez\s+ici|klik\s+hier|click\s+here)\b|"  # a template's empty field
	# who wrote the report: "Verslag: Pieter Claeys (POD MI)", "Rédaction : Samira Bouzid"
	r"^\W*(?:(?:verslag|verslaggever|notulen|notulist|r[ée]daction|r[ée]dactrice|r[ée]dacteur|pv|notes?)\s*/?\s*){1,2}:\s*"
	r"(?-i:[A-ZÀ-Ý])[^:]{2,60}$|"
	# a signature: "Pour le CPAS de Charleroi,", then "Sophie Lejeune, assistante administrative"
	r"^(?:pour|namens|voor)\s+(?:le\s+|la\s+|l['’]|het\s+|de\s+)?[^,.;:]{2,50},?$|"
	# "Pour le SPP IS – Voor de POD MI : Katrien Vandenberghe, secrétaire du réseau / netwerksecretaris"
	r"^(?:pour|namens|voor)\s+(?:le\s+|la\s+|l['’]|het\s+|de\s+)?(?:spp|pod|cpas|ocmw)\b[^,.;:]{0,50}:\s*"
	r"(?-i:[A-ZÀ-Ý])[\w'’-]+\s+(?-i:[A-ZÀ-Ý])[^:]{2,80}$|"
	r"^(?-i:[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+){1,3},\s+[a-zà-ÿ][a-zà-ÿ'’ -]{2,40})$|"
	# an e-mail's closing: "Groetjes,", "Vragen? Laat maar weten!", "Bien à vous,"
	r"^(?:groetjes|(?:vriendelijke\s+|hartelijke\s+)?groeten|met\s+vriendelijke\s+groet(?:en)?|bien\s+[àa]\s+vous|"
	r"cordialement|bien\s+cordialement|salutations|bonne\s+(?:journ[ée]e|soir[ée]e)|"
	r"(?:vragen|des\s+questions|questions)\s*\?.{0,40})\W*$|"
	# how an earlier action stands: "Envoi du calendrier par le SPP – fait.", "… – pas encore faite, reportée"
	r"^.{6,}\s[–—-]\s*(?:fait|faite|faits|r[ée]alis[ée]e?|termin[ée]e?|pas\s+encore\s+fait\w*|report[ée]e?|"
	r"gedaan|afgewerkt|afgerond|uitgevoerd|klaar|done|ok)\b[^–—]{0,80}$",
	re.I,
)
_FUTURE_MARK = re.compile(
	r"\b(zal|zullen|va|vont|gaat|gaan|moet|moeten|doit|doivent|devra|devront)\b|\w(?:era|eront|ira|iront|dra|dront)\b",
	re.I,
)


def _weak_owner(point: ActionPoint, text: str) -> bool:
	"""An owner read from a sentence that states a fact rather than a task."""
	if _NOT_A_TASK.search(text):
		return True
	if _STATEMENT.search(text) and point.owner_type != "SPP":
		return True
	if point.owner_type == "CPAS" and not _FUTURE_MARK.search(text):
		if not re.search(r"\b(cpas|ocmw)\b", fold(" ".join(point.owners))):
			return True  # "Edegem (Kaat Janssens) stuurt deelnemers door": a status, not a task
	if point.owner_type == "To Be Assigned" and point.owners:
		return True  # "Les CPAS devront...", "Voor de OCMW-projecten gaat het...": a statement
	return False


_OWNER_BRACKETS = re.compile(r"^(.*?\w.*?)\s*\(([^()]{1,40})\)\W*$")
# "Envoyer au groupe la liste des services … [IVD]", "Présenter un cas lors de la prochaine séance [?]"
_OWNER_SQUARE = re.compile(r"^(.*?\w.*?)\s*\[([A-ZÀ-Ý]{2,4}(?:\s*[/+,&]\s*[A-ZÀ-Ý]{2,4})*|\?)\]\W*$")
_OWNER_SEPARATORS = re.compile(r"\s*(?:/|,|\+|&|\s(?:en|et|and)\s)\s*")


def _owner_in_brackets(text: str, legend: dict, contacts, cpas_aliases) -> ActionPoint | None:
	"""`presentatie doorsturen naar alle OCMW's (MDR)`, `... (JM/IL)`, `... (POD)`, `... (OCMW Luik)`,
	`... (nog te bepalen)`: an action list's item whose owner stands in brackets at its end."""
	found = _OWNER_BRACKETS.match(text) or _OWNER_SQUARE.match(text)
	if not found:
		return None
	action, inside = found.group(1).strip(" -–:"), found.group(2).strip()
	# "(elk OCMW zelf, tegen de zomer)": the owner, then when
	inside = re.sub(
		r",\s*(?:tegen|voor|vóór|avant|pour|d['’]ici|deadline|ten\s+laatste|uiterlijk|au\s+plus\s+tard)\b.*$",
		"",
		inside,
	)
	explained = _explained_owners(inside, legend, action)
	if explained:
		return explained
	named = re.match(r"^([A-ZÀ-Ý][\w'’-]+(?:\s+[\w'’-]+){0,3}),\s*(?:OCMW|CPAS|POD|SPP)\b[^,]*$", inside)
	if named and not recognise_organisation(named.group(1), cpas_aliases)[0]:
		inside = named.group(1)  # "(Amina, OCMW Antwerpen)": the person, then where they work
	if re.match(
		r"^(?:datum|date|timing|deadline|wanneer|quand|locatie|lieu|plaats|zaal|salle)\b", inside, re.I
	):
		return None  # "(datum nog te bepalen)": when or where is still open, not who
	if re.search(r"\b(?:compris|inclus|inbegrepen|inclusief|included|incl)\b", inside, re.I):
		return None  # "(Binche compris)": who the task covers, not who does it
	if _TO_BE_DECIDED.search(f"({inside})") or re.match(r"^(?:wie|qui)\s*\?$", inside, re.I):
		return ActionPoint(action=action)
	if len(inside.split()) > 5:
		return None
	point = recognise_owner(inside, contacts, cpas_aliases)
	if not point.owners or point.owner_type == "To Be Assigned":
		return None
	if point.owner_type in CONTACT_OWNERS and not all(
		match_contact(name, contacts) or looks_like_name(name) for name in point.owners
	):
		return None
	point.action = action
	return point


# the verbs of a task written as an infinitive or a noun ("Organiser une visite", "presentatie doorsturen")
_TASK_VERB = re.compile(
	r"\b(envoyer|envoi|transmettre|organiser|[àa] organiser|preparer|partager|rediger|verifier|communiquer|contacter|"
	r"proposer|faire|mettre|demander|relancer|diffuser|completer|traduire|planifier|inviter|confirmer|informer|"
	r"bezorgen|doorsturen|sturen|versturen|opmaken|maken|organiseren|voorbereiden|delen|nakijken|contacteren|"
	r"vertalen|plannen|uitnodigen|bevestigen|opvragen|bundelen|testen|opstellen|uitwerken|verspreiden|navragen|"
	r"aanvullen|bekijken|zoeken|schrijven|visite|bezoek|reserver|reserveren|vastleggen)\b"
)
_LABELLED_OWNER = re.compile(
	r"^(.*?\w.*?)\s*(?:[–—:-]|\||,|;|\()\s*(?:(?:wie|qui|verantwoordelijke|responsable|resp\.|trekker|pilote|owner)"
	r"\s*[:?]|(?:[àa]\s+charge\s+de|door|par)\b\s*:?|resp\.\s*)\s*(.+?)\)?\s*(?:[–—,;-]\s*(?:tegen|deadline|[ée]ch[ée]ance|quand|"
	r"wanneer|d'ici|pour|tegen\s+wanneer|timing|datum|date|d[ée]lai|termijn)\b.*)?[.;]?$",
	re.I,
)


def _owner_labelled(text: str, legend: dict, known, contacts, cpas_aliases) -> ActionPoint | None:
	"""`Draaiboek delen – Wie: LC – Tegen: 30/06`, `Envoyer la présentation – à charge de : Thomas
	Lejeune`: an action list's item whose owner follows a label at its end."""
	found = _LABELLED_OWNER.match(text)
	if not found:
		return None
	return _owned_by(
		found.group(1).strip(" -–:"), found.group(2).strip(" .;"), known, contacts, cpas_aliases, legend
	)


_OWNER_FIRST = re.compile(
	r"^((?:[^:;.!?]|(?<=[A-Z])\.){2,60}?)\s*(?::|→|->)\s+(\S.{6,})$"
)  # also "Nathalie G.:"
_OWNER_LAST = re.compile(r"^(\S.{6,}?)\s+(?:[–—-]|→|->)\s+([^–—:;!?]{2,60}?)[\s.;]*$")
_NOBODY_YET = re.compile(
	r"^(?:[àa]\s+(?:d[ée]signer|d[ée]finir|d[ée]terminer|fixer|confirmer)(?:\s+qui)?|"
	r"(?:nog\s+)?te\s+(?:bepalen|kiezen|zoeken)(?:\s+wie)?|"
	r"nog\s+niet\s+bepaald|(?:qui|wie)\s*\?|\?|tbd|n\.?\s*n\.?|open|personne|niemand|iemand|quelqu'un|"
	r"nog\s+niemand(?:\s+aangeduid|\s+gevonden)?|encore\s+personne|personne\s+pour\s+(?:l'instant|le\s+moment)|"
	r"personne\s+ne\s+s'est\s+(?:encore\s+)?propos[ée]e?|niemand\s+heeft\s+zich\s+(?:al\s+)?(?:gemeld|aangeboden)|"
	r"(?:un|une|een)\s+(?:volontaire|vrijwilliger))(?:\W*$|\s*,\s*[àa]\s+voir\b.*$)",
	re.I,
)


def _owner_delimited(
	text: str, legend: dict, known, contacts, cpas_aliases, keep_owner: bool = True
) -> ActionPoint | None:
	"""`Julie : rédiger une nouvelle version`, `Envoyer la présentation – Ozlem`, `À désigner :
	centraliser les retours`, `Sjabloon rondsturen → Sarah`: a task worded as such (an infinitive or a
	task's noun), its owner before a colon or after a dash. The owner must be someone of the meeting, the
	SPP, a CPAS, every CPAS, or said to be still to be found."""
	# "Tabel doorsturen naar de OCMW's – POD – 15 maart": the deadline after the owner
	text = re.sub(
		r"(\s[–—-]\s[^–—-]{2,40}?)\s+[–—-]\s+(?:\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?|\d{1,2}\s+[a-zà-ÿ]{3,9}\.?(?:\s+\d{4})?|"
		r"asap|z\.s\.m\.|(?:fin|eind|d[ée]but|begin|mi|half)\s+[a-zà-ÿ]{3,9})\W*$",
		r"\1",
		text.strip(),
		flags=re.I,
	)
	for pattern, owner_group, task_group in ((_OWNER_FIRST, 1, 2), (_OWNER_LAST, 2, 1)):
		found = pattern.match(text.strip())
		if not found:
			continue
		who, task = found.group(owner_group).strip(" ,"), found.group(task_group).strip(" -–—")
		if owner_group == 1 and re.match(
			r"^(?:voorstel|proposition|suggestie|suggestion|idee|wens|souhait|vraag|question)\b", fold(who)
		):
			return None  # "Voorstel van An: het project komen voorstellen …": a proposal, not a task
		if " / " in who:
			sides = who.split(" / ")
			kinds = [recognise_owner(side, known, cpas_aliases) for side in sides[:2]]
			same_body = kinds[0].owner_type in ("SPP", "CPAS") and (
				kinds[0].owner_type,
				kinds[0].owner_cpas,
			) == (
				kinds[1].owner_type,
				kinds[1].owner_cpas,
			)  # "SPP IS / POD MI", "alle OCMW's / tous les CPAS"
			if (
				fold(sides[0]).split()[:1] == fold(sides[1]).split()[:1]
				or len(sides) > 2
				or same_body
				or all(_NOBODY_YET.match(fold(side).strip()) for side in sides)  # "à déterminer / te bepalen"
			):
				who = sides[0]  # "Yasmina en Aurélie / Yasmina et Aurélie": one owner, two languages
			else:
				who = ", ".join(sides)  # "Nathalie G. / Youssef E.A.": two owners
		if (
			owner_group == 1
			and _NOBODY_YET.match(fold(task))
			and re.match(r"(?:personne|niemand|nog\s+niemand|encore\s+personne)\b", fold(task))
			and len(who.split()) >= 3
			and not NEXT_MEETING.search(who)
		):
			return ActionPoint(action=text.strip())  # "Réservation de la salle : personne pour l'instant"
		if (
			owner_group == 1
			and _NOBODY_YET.match(fold(who))
			and not task_start(task)
			and len(task.split()) >= 3
		):
			return ActionPoint(
				action=text.strip()
			)  # "nog te bepalen wie: verslag van 6/2 nog eens rondsturen"
		if (
			_NOBODY_YET.match(fold(who))
			and re.match(
				r"(?:personne|niemand|nog\s+niemand|encore\s+personne|iemand|quelqu'un)\b", fold(who)
			)
			and len(task.split()) >= 3
			and not _NOT_A_TASK.search(task)
			and not NEXT_MEETING.search(task)
			and not re.search(r"\b(?:wie|qui|vraagt|demande|vragen|demandent)\b", task, re.I)
		):
			return ActionPoint(action=task)  # "Tolk voor de workshop – nog niemand": a task nobody has yet
		if not task_start(task) or len(who.split()) > 6 or _NOT_A_TASK.search(task):
			continue
		if _NOBODY_YET.match(fold(who)) or _TO_BE_DECIDED.search(f"({who})"):
			return ActionPoint(action=task)
		explained = _explained_owners(who, legend, task)
		if explained:
			return explained
		named = re.match(r"^(.{2,40}?)\s*\(([^()]{2,40})\)$", who)
		if named and recognise_organisation(named.group(1), cpas_aliases)[0]:
			person = recognise_owner(named.group(2), known, cpas_aliases)
			if person.owner_type in CONTACT_OWNERS and all(match_contact(n, known) for n in person.owners):
				who = named.group(2)  # "Anvers (Hanne)": the person named for the CPAS is the owner
		point = recognise_owner(who, known, cpas_aliases)
		if (not point.owners or point.owner_type == "To Be Assigned") and contacts and contacts is not known:
			point = recognise_owner(who, contacts, cpas_aliases)
		if not point.owners:
			continue
		if point.owner_type == "To Be Assigned":
			continue  # "Les CPAS wallons": not one owner
		if point.owner_type in CONTACT_OWNERS and not all(
			match_contact(name, known) or looks_like_name(name) for name in point.owners
		):
			continue
		# "Julie : rédiger …" as written keeps its owner; a table's row gives the task alone
		point.action = task if owner_group == 2 or not keep_owner else text.strip()
		return point
	return None


_PASSIVE_PRESENT_DATED = re.compile(
	r"\b(?:wordt|worden)\b.*\b(?:eind|begin|half|midden|tegen|voor|uiterlijk|ten\s+laatste|in)\s+"
	r"(?:" + "|".join(MONTHS_NL) + r"|volgende\s+(?:week|maand)|het\s+najaar|het\s+voorjaar)\b"
	r".*\b\w{0,6}ge\w{3,}(?:d|t)\b",
	re.I,
)


# a present passive whose verb hands something over or prepares it: "De vraag … wordt voorgelegd aan de
# juridische dienst door de POD", "Le modèle est transmis aux CPAS par le SPP"
_PASSIVE_PRESENT_TASK = re.compile(
	r"\b(?:wordt|worden)\s+(?:\S+\s+){0,8}?(?:voorgelegd|bezorgd|doorgestuurd|verstuurd|gestuurd|rondgestuurd|"
	r"bekeken|nagevraagd|opgevolgd|opgesteld|voorbereid|uitgewerkt|georganiseerd|gedeeld|verspreid|vertaald|"
	r"aangepast|nagekeken|gecontacteerd|gepland|ingediend|bezorgd|nagelezen|herlezen|getest|bijgewerkt)\b|"
	r"\b(?:est|sont)\s+(?:\S+\s+){0,4}?(?:transmise?s?|envoy[ée]e?s?|soumise?s?|pr[ée]par[ée]e?s?|"
	r"r[ée]dig[ée]e?s?|diffus[ée]e?s?|traduite?s?|v[ée]rifi[ée]e?s?|organis[ée]e?s?)\s+(?:\S+\s+){0,8}?par\b",
	re.I,
)


_ALREADY_DONE = re.compile(
	# "Contactpersoon doorgeven aan Antwerpen (gedaan)", "… – bezorgd, afgerond": marked as done
	r"[(\[]\s*(?:gedaan|fait|faite|klaar|afgerond|done|r[ée]alis[ée]e?|ok|termin[ée]e?)\s*[)\]]\W*$|"
	r"[:–—-]\s*(?:bezorgd|verstuurd|doorgestuurd|envoy[ée]e?s?|transmise?s?)\s*,\s*(?:afgerond|gedaan|fait|termin[ée]e?)\W*$|"
	# "We houden de volgende bijeenkomst in Charleroi": where the next meeting is, not a task
	r"\b(?:houden|tiendrons|tiendra)\s+(?:de|la|het)\s+(?:volgende|prochaine)\s+"
	r"(?:bijeenkomst|vergadering|r[ée]union|rencontre|overleg)\b|"
	r"\b(?:a|ont|heeft|hebben)\s+(?:[\w'’-]+\s+){0,3}?(?:d[ée]j[àa]|reeds)\s+\w+|"
	r"\b(?:heeft|hebben)\s+(?:[\w'’-]+\s+){0,6}?al\s+\w+|"
	# "Reeds gedaan: …", "Décision : …", "Résumé : …": what was done or decided, a summary
	r"^\W*(?:(?:reeds|al)\s+gedaan|d[ée]j[àa]\s+fait|d[ée]cision|beslissing|besluit|beslist|besloten|d[ée]cid[ée]|"
	r"r[ée]sum[ée]|samenvatting)\s*:|"
	# "Diffuser le guide aux AS (fait ✔)"
	r"[(\[]\s*(?:gedaan|fait|faite|klaar|afgerond|done|ok)\s*[✔✓✅]\s*[)\]]\W*$",
	re.I,
)
_NEGATED = re.compile(r"\b(?:ne|n['’])\b.*\b(?:pas|jamais|plus)\b|\b(?:niet|nooit|geen)\b", re.I)


def _passive_owner(text: str, contacts, cpas_aliases) -> ActionPoint | None:
	"""`Le film sera envoyé par Frederic`, `De fiche wordt doorgestuurd door Ibrahim`: the owner
	comes last. Also a present passive with a date to come: `Het verslag wordt eind maart ingediend
	door het POD`, or with a verb of a task: `De vraag wordt voorgelegd aan de juridische dienst door de POD`."""
	if re.search(
		r"\b(?:le\s+pr[ée]sent|la\s+pr[ée]sente|ce|cette|dit|het)\s+(?:pv|rapport|compte[- ]rendu|proc[eè]s-verbal|verslag)\s+"
		r"(?:est|a\s+[ée]t[ée]|wordt|werd)\b",
		text,
		re.I,
	):
		return None  # "le présent PV est rédigé par M. Dumont": who writes this report, not a task
	present_task = not (_PASSIVE_LATER.search(text) or _PASSIVE_PRESENT_DATED.search(text))
	if present_task and (not _PASSIVE_PRESENT_TASK.search(text) or _NEGATED.search(text)):
		return None
	found = _BY_OWNER.search(text)
	if not found:
		return None
	who = found.group(1).strip()
	point = recognise_owner(who, contacts, cpas_aliases)
	bare = re.sub(r"(?:\s+[a-zà-ÿ]{4,})+$", "", who)
	if bare != who and bare:
		without = recognise_owner(
			bare, contacts, cpas_aliases
		)  # "door Karim gedeeld", "door elk OCMW nagelezen"
		point = without if without.owners else point
	if not point.owners or (present_task and point.owner_type == "To Be Assigned"):
		return None
	point.action = text
	return point


# a verb of handing something over to others, in the present: "envoie", "transmet", "bezorgt", "stuurt … door"
_SENDS = (
	r"\b(?:envoie|envoient|renvoie|renvoient|transmet|transmettent|partage|partagent|fait\s+suivre|"
	r"bezorgt|bezorgen|stuurt|sturen|deelt|delen)\b"
)


# a town's CPAS that sends a document is given a task: "Charleroi stuurt een korte nota na" (not "Edegem stuurt
# deelnemers door naar …", news of how it works)
_DOCUMENT_SENT = (
	rf"(?:(?:stuurt|sturen)\s+{_BEFORE_PARTICLE}na{_PARTICLE_END}|{_SENDS}\s+(?:\S+\s+){{0,3}}?"
	r"(?:nota|note|lijst|liste|cijfers|chiffres|fiche|tabel|tableau|sjabloon|mod[eè]le|model|verslag|rapport)\b)"
)


def _present_action(text: str, contacts, cpas_aliases) -> ActionPoint | None:
	"""`Le SPP vérifie si...`, `Silvia bezorgt de planning aan Mieke`: a task in the present tense,
	only with a person, the SPP or a CPAS named as such as its subject."""
	# "… d'ici fin avril quelles données il récolte déjà": what is said of the present in a clause of its own
	main = re.split(r"\b(?:quelles?|quels?|welke)\b", text, maxsplit=1)[0]
	if _STATEMENT.search(main) or _NOT_A_TASK.search(text):
		return None
	place = re.match(r"^([^:]{2,30}?)\s*:\s+([A-ZÀ-Ý].{10,})$", text)
	if (
		place
		and recognise_organisation(place.group(1), cpas_aliases)[0]
		and re.search(_SENDS, place.group(2), re.I)
	):
		# "Bruxelles : Aïcha envoie le nouveau calendrier … à tous les CPAS": a CPAS's news, and a task in it
		return _present_action(place.group(2), contacts, cpas_aliases)
	dated = bool(_DEADLINE.search(fold(text)))
	for verbs in (_FR_PRESENT_ACTION, _NL_PRESENT_ANY, _FR_PRESENT_DATED, _NL_PRESENT_DATED):
		if verbs in (_FR_PRESENT_DATED, _NL_PRESENT_DATED) and not dated:
			break
		found = re.match(rf"^(.{{2,60}}?)\s+(?:(?:nous|vous|leur|lui|ons|jullie)\s+)?{verbs}", text, re.I)
		if not found:
			continue
		subject = found.group(1)
		if _CLAUSE.search(subject) or ":" in subject:
			continue
		point = recognise_owner(subject, contacts, cpas_aliases)
		if not point.owners or point.owner_type == "To Be Assigned":
			continue
		if (
			point.owner_type == "CPAS"
			and not re.search(r"\b(cpas|ocmw)\b", fold(subject))
			and verbs not in (_FR_PRESENT_DATED, _NL_PRESENT_DATED)
			and not re.match(_DOCUMENT_SENT, text[found.end(1) :].strip(), re.I)
		):
			# "Gent start in september": news; but "Brussel dient zijn fiche in vóór 31 maart", "Charleroi
			# stuurt een korte nota na": a task
			continue
		if point.owner_type in ("SPP", "CPAS") and re.search(r"\b(en|et|and)\b", fold(subject)):
			continue  # "Het POD en de OCMW's bekijken samen...": the network at work, not a task of one
		if _every_cpas_without_deadline(point, text):
			continue  # "De OCMW's maken zich zorgen over …"
		point.action = text
		return point
	return None


def _every_cpas_without_deadline(point, text: str) -> bool:
	"""`De OCMW's` or `les CPAS` as a subject, with no deadline: the network at large, not a task."""
	return bool(
		point
		and point.owner_type == "CPAS"
		and point.owners
		and _EVERY_CPAS_PLURAL.match(fold(point.owners[0]))
		and not _DEADLINE.search(text)
	)


def _owner_at_start(text: str, contacts, cpas_aliases) -> ActionPoint | None:
	"""An action list's item that starts with its owner (`Kaat en Youssef stellen samen...`)."""
	words = text.split()
	for size in range(min(6, len(words) - 1), 0, -1):
		subject = " ".join(words[:size])
		if any(
			french_infinitive(fold(word).strip(",;:"))
			or (word[:1].islower() and len(word) > 3 and not re.search(r"['’]", word))
			for word in words[1:size]
		):
			continue  # "Lien De Smet Proposer une date": the owner stops before the task's verb
		point = recognise_owner(subject, contacts, cpas_aliases)
		if point.owners and point.owner_type != "To Be Assigned":
			point.action = text
			return point
	return None


_FR_MARKS = _FR_WORDS | {"a", "par", "sur", "ce", "ses", "son", "sa", "aux", "ou", "l", "d", "un"}
_NL_MARKS = (_NL_WORDS - {"de", "en"}) | {"naar", "aan", "bij", "om", "te", "wordt", "worden", "door"}


def _small_words(text: str) -> tuple[int, int]:
	"""How many of a sentence's small words are French and how many Dutch; not the capitals of a name:
	"IS" of "SPP IS" is no Dutch "is"."""
	words = re.findall(r"[a-zà-ÿ]+", fold(re.sub(r"\b[A-ZÀ-Ý]{2,}\b", " ", text)))
	return sum(w in _FR_MARKS for w in words), sum(w in _NL_MARKS for w in words)


def _marked_language(text: str) -> str | None:
	"""The language a sentence's own small words say, by two of them at least; None when they do not tell."""
	french, dutch = _small_words(text)
	return "fr" if french >= dutch + 2 else "nl" if dutch >= french + 2 else None


def _sentence_language(text: str) -> str:
	french, dutch = _small_words(text)
	if dutch == french:
		# "De geactualiseerde projectfiche invullen": no word tells, the spelling does (not of the names)
		common = " ".join(w for w in re.findall(r"[\wÀ-ÿ'’-]+", text) if w[:1].islower())
		french = len(re.findall(r"[éèêàçù]|eau|oi|qu|tion\b|[^ ]ez\b|er\b", common))
		dutch = len(re.findall(r"aa|ee|oo|uu|ij|oe|ui|sch|\bge\w{4,}|\w{2}en\b", common))
		return "nl" if dutch >= french + 2 else "fr"
	return "nl" if dutch > french else "fr"


def _restates(earlier: ActionPoint, point: ActionPoint) -> bool:
	"""Whether a task of the action list repeats one the text gave before: the same owner, and most
	of its words (`Presentatie infosessie doorsturen – Sanne` after `Sanne zal de presentatie van de
	infosessie doorsturen`)."""
	if not point.owners or earlier.owner_type != point.owner_type or earlier.owner_cpas != point.owner_cpas:
		return False
	if point.owner_type in CONTACT_OWNERS and [fold(o).split()[0] for o in earlier.owners] != [
		fold(o).split()[0] for o in point.owners
	]:
		return False

	def stems(text: str) -> set:
		owners = {w for o in point.owners for w in fold(o).split()}
		return {w[:6] for w in re.findall(r"[a-z]{5,}", fold(text)) if w not in owners}

	mine, theirs = stems(point.action), stems(earlier.action)
	return len(mine) >= 2 and len(mine & theirs) >= max(2, (len(mine) + 1) // 2)


def _translates(previous: ActionPoint | None, point: ActionPoint) -> bool:
	"""Whether an action repeats the one before it in the other language (bilingual reports)."""
	if previous is None or previous.owner_type != point.owner_type:
		return False
	if _sentence_language(previous.action) == _sentence_language(point.action):
		return False
	if re.findall(r"\d+", previous.action) != re.findall(r"\d+", point.action):
		return (
			False  # "Resultaten enquête 2025 …" then "Franse samenvatting …": two tasks, not one translated
		)
	if point.owner_type in CONTACT_OWNERS:
		return [fold(o).split()[0] for o in previous.owners] == [fold(o).split()[0] for o in point.owners]
	return previous.owner_cpas == point.owner_cpas


_ACTION_HEADING = re.compile(
	r"^(?:les\s+|de\s+)?(actions?|points? d'action|actiepunt(?:en)?|acties|afspraken|a faire|to do|todo|"
	# "Suivi" alone is the follow-up of the tasks; "Suivi des participants" is about the participants
	r"suivi(?!\s+(?:des|du|de\s+la|de\s+l')\s*(?:participants?|personnes?|b[ée]n[ée]ficiaires?|dossiers?|groupes?|"
	r"usagers?|stagiaires?))(?!\s+(?:individuel|collectif|social|psycho|[àa]\s+distance|t[ée]l[ée]phonique|et\s))|"
	r"taches|taken|suites? [aà] donner|suites$|engagements|qui fait quoi|wie doet wat|te doen|actielijst|opvolgpunten|accords|"
	r"wat moet er (?:nog )?gebeuren|ce qu'il (?:nous )?reste a faire|(?:il )?reste a faire)\b|"
	r"^(?:recapitulatif|liste|suivi|tableau|overzicht|lijst)\s+(?:des\s+|van\s+de\s+|der\s+)?"
	r"(actions?|actiepunt(?:en)?|acties|taches|taken|afspraken)\b"
)


# a section whose list items are tasks, its prose not: "Conclusions et prochaines étapes", "Varia en afspraken"
_ACTION_ITEMS_HEADING = re.compile(
	r"\b(actions?|acties|actiepunten|afspraken|prochaines? [ée]tapes|volgende stappen|next steps|"
	r"suites? [àa] donner|d[ée]cisions|besluiten|engagements|to do)\s*$"
)
# a line that announces a list of tasks: "Les prochaines étapes retenues sont les suivantes :", "Afspraken:"
_ACTION_INTRO = re.compile(
	r"(?:\b(actions?|acties|actiepunten|afspraken|[ée]tapes|stappen|suites? [àa] donner|d[ée]cisions|"
	r"engagements|t[âa]ches|taken|[àa] faire|te doen|to do|convenu|d[ée]cid[ée]|afgesproken|beslist|"
	r"retenu(?:e|es|s)?|suivantes|volgende)\b[^:]{0,40}|^(?:qui|wie)\b[^:]{0,30}):\s*$",
	re.I,
)


def listed_action(line: str, contacts: list[Contact], cpas_aliases: dict | None = None) -> ActionPoint:
	"""A line of an action list: `Marie : envoyer la présentation`, `POD MI – sjabloon bezorgen`."""
	found = re.match(r"^(.{2,60}?)\s*(?::|→|->|\s[–-]\s)\s*(.+)$", line)
	if found:
		point = recognise_owner(found.group(1), contacts, cpas_aliases)
		if point.owners:
			point.action = line
			return point
	return ActionPoint(action=line)


def counts(report: RecognisedReport) -> dict:
	"""What the import found, per kind, as the measurement script and the dialog show it, and how
	many of the found items it is not sure of."""
	items = [
		*[p for p in report.attendees if p.full_name],
		*report.agenda,
		*report.sections,
		*report.action_points,
	]
	return {
		"people": len([p for p in report.attendees if p.full_name]),
		"agenda": len(report.agenda),
		"headings": len(report.sections),
		"actions": len(report.action_points),
		"to_check": len([item for item in items if item.check]),
	}


# --- from the confirmed draft to the report's fields ------------------------------------------

# Why an item is shown first in the check dialog: the import is less sure of it.
CHECK_NO_ORGANISATION = _("No organisation was found for this person.")
CHECK_ONE_NAME = _("Only one name: check who this is.")
CHECK_PLAIN_HEADING = _("A line without number or style was taken for a heading.")
CHECK_AGENDA_IN_TEXT = _("Taken from the text of the introduction as an agenda item.")
CHECK_AGENDA_NO_TIME = _("An agenda line without a time.")
CHECK_NO_OWNER = _("No owner was found: assign one or leave it to be assigned.")
CHECK_PRESENT_TENSE = _("Read as a task from a sentence in the present tense.")
CHECK_PASSIVE = _("The owner was read from the end of a passive sentence.")
CHECK_EVERY_CPAS = _("Every CPAS: choose one, or it is saved as to be assigned.")
CHECK_PRONOUN = _("The owner was read from the sentence before (he, she).")
CHECK_OWNER_AT_START = _("The owner was read from the first words of a list item.")

IMPORTERS = ("AMIF Network Manager", "System Manager", "Administrator")
IMPORT_REFUSED = Problem(_("Only an AMIF Network Manager can import meeting reports."))
NOT_A_DRAFT = Problem(_("The draft sent is not readable; recognise the text again."))
EMPTY_FILE = Problem(_("The file is empty."))
UNREADABLE_FILE = Problem(_("The file could not be read as a report: it is damaged or not a text document."))
FILE_TOO_LARGE = Problem(_("The file is too large for one meeting report."))
UNSUPPORTED_FILE = Problem(_("Only .txt, .docx or .pdf files can be imported."))
NO_TITLE = Problem(_("The report needs its title in French and in Dutch."))
NO_DATE = Problem(_("The meeting date is missing or does not exist."))

CONTACT_OWNERS = ("Network Contact", "Several Network Contacts")


def may_import(roles) -> bool:
	return any(role in IMPORTERS for role in roles)


def text_of_bytes(data: bytes) -> str | None:
	"""A text file's content, UTF-8 or the Windows encoding old exports use; None when binary."""
	if b"\x00" in data[:4096]:
		return None
	for encoding in ("utf-8-sig", "cp1252"):
		try:
			text = data.decode(encoding)
		except UnicodeDecodeError:
			continue
		controls = sum(1 for ch in text[:4096] if ord(ch) < 32 and ch not in "\n\r\t\f")
		return None if controls > 8 else text
	return None


def place_of(organisation_name: str | None) -> list[str]:
	"""`CPAS de Gand` → [`gand`], `OCMW Gent` → [`gent`]: the town a CPAS is named after."""
	folded = fold(organisation_name or "")
	rest = re.sub(r"^(cpas|ocmw)\s+(de\s+|d'|van\s+)?", "", folded).strip()
	return [rest] if rest and rest != folded else []


def format_number(number: int, kind: str) -> str:
	"""A list number as Word shows it: decimal, upper or lower Roman, upper or lower letter."""
	if kind in ("upperRoman", "lowerRoman"):
		pairs = (
			(100, "C"),
			(90, "XC"),
			(50, "L"),
			(40, "XL"),
			(10, "X"),
			(9, "IX"),
			(5, "V"),
			(4, "IV"),
			(1, "I"),
		)
		roman = ""
		for value, letters in pairs:
			while number >= value:
				roman, number = roman + letters, number - value
		return roman if kind == "upperRoman" else roman.lower()
	if kind in ("upperLetter", "lowerLetter"):
		letter = chr(ord("A") + (number - 1) % 26)
		return letter if kind == "upperLetter" else letter.lower()
	return str(number)


def _valid_iso_date(value) -> bool:
	try:
		date.fromisoformat(str(value or ""))
	except ValueError:
		return False
	return True


def draft_problems(draft: dict) -> list[Problem]:
	"""What must hold before a confirmed draft is saved: both titles and a real date."""
	problems = []
	if not (str(draft.get("title_fr") or "").strip() and str(draft.get("title_nl") or "").strip()):
		problems.append(NO_TITLE)
	if not _valid_iso_date(draft.get("meeting_date")):
		problems.append(NO_DATE)
	for key in ("attendees", "agenda", "sections", "action_points"):
		rows = draft.get(key) or []
		if not isinstance(rows, list) or not all(isinstance(row, dict) for row in rows):
			problems.append(NOT_A_DRAFT)
			break
	return problems


def _section_body(section: dict) -> str:
	from amif_network.rules.meeting_report import text_as_html

	lines = str(section.get("body") or "").split("\n")
	# a list item's own number stays in its text ("- 1) Module"): the bullet is enough
	lines = [re.sub(r"^(\s*[-–•*])\s*\d{1,2}\)\s+", r"\1 ", line) for line in lines]
	html = text_as_html("\n".join(unwrap(lines)))
	# bold as a converted Word document marks it (**un film**)
	return re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", html or "").replace("**", "")


def unwrap(lines: list[str]) -> list[str]:
	"""Lines a PDF broke in the middle of a sentence joined again; paragraphs and list items stay."""
	joined = []
	for line in lines:
		text = line.strip()
		previous = joined[-1].strip() if joined else ""
		if (
			text
			and previous
			and not previous.endswith((".", ":", "!", "?", ";"))
			and not re.match(r"^([-–•*·▪]|\d{1,2}[.)])\s", text)
			and (text[:1].islower() or not re.match(r"^([-–•*·▪]|\d{1,2}[.)])\s", previous))
		):
			joined[-1] = f"{joined[-1].rstrip()} {text}"
		else:
			joined.append(line)
	return joined


def report_fields(draft: dict, created_contacts: dict | None = None, contacts: list | tuple = ()) -> dict:
	"""The Network Meeting Report fields of a confirmed draft, in the language it was written in.

	`created_contacts` maps the names of contacts created at confirmation to their records, so
	attendees and action-point owners link to them; other owners are looked up in `contacts`.
	"""
	created_contacts = created_contacts or {}
	lang = "nl" if draft.get("language") == "nl" else "fr"
	languages = draft.get("report_languages") or ("Dutch only" if lang == "nl" else "French only")

	def contact_of(name, contact=None):
		if contact or not name:
			return contact
		if name.strip() in created_contacts:
			return created_contacts[name.strip()]
		known = match_contact(name, list(contacts))
		return known.name if known else None

	attendees = []
	for person in draft.get("attendees") or []:
		contact = contact_of(person.get("full_name"), person.get("contact"))
		if contact and contact not in {row["contact"] for row in attendees}:
			attendees.append({"attendance": person.get("attendance") or "Present", "contact": contact})
	sections = []
	for section in draft.get("sections") or []:
		sections.append(
			{
				"number": str(section.get("number") or ""),
				"level": int(section.get("level") or 0) or None,
				f"heading_{lang}": section.get("heading") or "",
				f"body_{lang}": _section_body(section),
				f"remark_{lang}": "\n".join(section.get("remarks") or []),
			}
		)
	agenda = [
		{
			"from_time": item.get("from_time") or "",
			"to_time": item.get("to_time") or "",
			f"title_{lang}": item.get("title") or "",
		}
		for item in draft.get("agenda") or []
	]
	action_points = []
	for point in draft.get("action_points") or []:
		owner_type = point.get("owner_type") or "To Be Assigned"
		row = {"action": point.get("action") or "", "status": "Open", "owner_type": owner_type}
		if owner_type in CONTACT_OWNERS:
			owners = point.get("owners") or []
			known = point.get("contacts") or [None] * len(owners)
			owner_ids = [c for c in (contact_of(n, k) for n, k in zip(owners, known, strict=False)) if c]
			owner_ids = list(dict.fromkeys(owner_ids))
			if not owner_ids:
				row["owner_type"] = "To Be Assigned"
			else:
				row["owner_type"] = CONTACT_OWNERS[0] if len(owner_ids) == 1 else CONTACT_OWNERS[1]
				for fieldname, contact in zip(
					("action_owner", "second_owner", "third_owner"), owner_ids, strict=False
				):
					row[fieldname] = contact
		elif owner_type == "CPAS":
			if point.get("owner_cpas"):
				row["owner_cpas"] = point.get("owner_cpas")
			else:
				row["owner_type"] = "To Be Assigned"
		action_points.append(row)
	remarks = draft.get("remarks") or []
	return {
		"title_fr": draft.get("title_fr"),
		"title_nl": draft.get("title_nl"),
		"meeting_date": draft.get("meeting_date"),
		"place": "" if draft.get("is_online") else (draft.get("place") or ""),
		"is_online": 1 if draft.get("is_online") else 0,
		"simultaneous_interpretation": 1 if draft.get("simultaneous_interpretation") else 0,
		"host_cpas": draft.get("host_cpas") or None,
		"report_languages": languages,
		"attendees": attendees,
		"agenda": agenda,
		"sections": sections,
		"action_points": action_points,
		"next_meeting_date": draft.get("next_meeting_date") or None,
		f"next_meeting_note_{lang}": draft.get("next_meeting_note") or "",
		"comments_pending": 1 if remarks else 0,
	}
