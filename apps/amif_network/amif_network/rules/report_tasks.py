"""How a task is worded in a meeting report, whatever the verb: the grammar "Import from text" uses to
tell an action point from a statement without a list of every verb a secretary may choose.

- `task_start`: a French list item or cell that starts with an infinitive or with the noun of a task
  ("Envoyer la présentation", "Mise à jour du tableau", "Faire traduire l'enquête"), or a Dutch one
  that holds an infinitive ("Sjabloon rondsturen", "Een presentatie voorbereiden voor …").
- `future_or_duty`: a sentence whose verb is a future, "aller/gaan + infinitive", a duty ("doit",
  "moet", "est invité à", "il appartient à") or a commitment ("se charge de", "neemt op zich").

Plain Python, no Frappe: the rules are unit-tested on their own (tests/unit/test_report_tasks.py).
"""

import re
import unicodedata


def _fold(text: str) -> str:
	text = unicodedata.normalize("NFKD", text or "")
	return "".join(c for c in text if not unicodedata.combining(c)).lower().replace("’", "'")


# French words ending like an infinitive that are not verbs, as they open a list item
_FR_NOT_INFINITIVES = frozenset(
	"""premier premiere dernier derniere hier leur pour sur notre votre entre contre autre lettre centre
	membre ordre nombre chiffre offre titre livre dossier courrier calendrier fichier atelier quartier
	fevrier janvier cahier papier metier particulier regulier foyer loyer clavier chantier panier
	escalier entier leger cher fier hiver mer fer super poster folder flyer manager partner user laser
	encore cadre genre etre quatre octobre novembre decembre septembre propre libre pauvre simple
	matiere maniere frontiere filiere priere carriere lumiere barriere affaire affaires commentaire
	questionnaire horaire horaires salaire annuaire itineraire partenaire partenaires secretaire
	formulaire formulaires glossaire inventaire calendaire notaire vestiaire primaire scolaire
	extraordinaire ordinaire necessaire provisoire obligatoire territoire histoire memoire trajectoire
	soir espoir avenir loisir desir plaisir tir noir couloir miroir tiroir trottoir plusieurs
	meer weer hier over voor door per eerder later verder zomer nummer kamer water computer
	klanter""".split()
)
_FR_IRREGULAR_INFINITIVES = frozenset(
	"""fournir finir remplir choisir etablir definir reunir recueillir accueillir ouvrir offrir obtenir
	tenir maintenir revenir venir prevenir convenir intervenir partir repartir sortir servir investir
	enrichir approfondir reflechir saisir agir aboutir garantir elargir reussir bâtir batir
	transmettre mettre remettre soumettre permettre prendre reprendre comprendre apprendre entreprendre
	traduire produire reduire conduire introduire construire inscrire reinscrire decrire ecrire relire
	lire dire faire refaire suivre poursuivre repondre attendre rendre etendre joindre rejoindre
	inclure conclure exclure resoudre connaitre reconnaitre voir revoir prevoir recevoir percevoir
	concevoir devoir pouvoir savoir pourvoir""".split()
)
# the noun of a task that opens a list item: "Envoi du rapport", "Mise à jour de la fiche"
_FR_TASK_NOUNS = re.compile(
	r"^(?:envoi|mise\s+[aà]\s+jour|mise\s+en\s+place|redaction|preparation|organisation|traduction|"
	r"diffusion|transmission|verification|relecture|planification|elaboration|creation|collecte|"
	r"prise\s+de\s+contact|relance|finalisation|actualisation|adaptation|compilation|centralisation|"
	r"recherche|demande|proposition|reservation|validation)\b"
)
# Dutch infinitives: a stem, alone or after a separable prefix ("doorsturen", "voorbereiden")
_NL_PREFIXES = (
	r"(?:door|op|uit|aan|voor|na|rond|mee|bij|in|af|terug|samen|over|vast|klaar|bekend|toe|weg|rond|"
	r"be|ver|her|ont|onder|her)?"
)
_NL_STEMS = (
	r"(?:sturen|maken|bereiden|zoeken|stellen|vragen|vullen|werken|nemen|leggen|geven|plannen|brengen|"
	r"zetten|kijken|lezen|halen|delen|passen|volgen|spreken|gaan|zorgen|leveren|zorgen|zenden|wijzen|"
	r"lichten|denken|laten|hangen|schrijven|tellen|melden|roepen|nodigen|dragen|doen|gaan|komen|stemmen|"
	r"vertalen|testen|bevestigen|verspreiden|bundelen|mailen|regelen|reserveren|onderzoeken|verwerken|"
	r"verzamelen|bekijken|contacteren|checken|updaten|agenderen|informeren|organiseren|presenteren|"
	r"evalueren|coordineren|analyseren|actualiseren|finaliseren|centraliseren|formuleren|noteren|"
	r"opvolgen|afspreken|nagaan|navragen|bezorgen|versturen|voorzien|uitnodigen|bespreken|beslissen|"
	r"bepalen|bezoeken|ontwerpen|herwerken|aanpassen|aanvullen|inplannen|inventariseren|vastleggen|"
	r"splitsen|drukken|printen|uploaden|verlengen|verduidelijken|vereenvoudigen|verdelen|invoeren|"
	r"rapporteren|verbeteren|verwittigen|registreren|archiveren|bewaren|opslaan|verkennen|uitproberen|"
	r"afronden|afwerken|polsen|berekenen|houden|trekken|voeren)"
)
# a Dutch infinitive states a task when it closes its clause ("Sjabloon rondsturen", "… voorbereiden
# voor de eindconferentie"); followed by an article or a pronoun it is a plural verb ("ze sturen hun …")
_NL_INFINITIVE = re.compile(
	rf"(?<!\bte\s)\b{_NL_PREFIXES}{_NL_STEMS}(?=\s*$|\s*[,.;:(–-]|\s+(?:voor|met|naar|aan|bij|tegen|tot|over|in|op|via|"
	r"tijdens|vanuit|uiterlijk|vóór|en|of|zodat|zodra|ten\s+laatste|na|binnen|volgens|per|asap|tegen)\b)"
)
# a finite verb in the clause: a statement ("Rachid liet het formulier vertalen"), not a task
_NL_FINITE = re.compile(
	r"\b(?:is|zijn|was|waren|wordt|worden|werd|werden|heeft|hebben|had|hadden|kan|kunnen|kon|konden|liet|"
	r"lieten|laat|moet|moeten|zal|zullen|gaat|komt|blijft|blijven|wil|willen|mag|mogen|wilde|wou|bleek|"
	r"lijkt|lijken|vindt|vinden|vraagt|vragen\s+of|meldt|zegt)\b"
)
_FR_REFERENCE = re.compile(
	r"^(?:voir|cf\.?)\s+(?:aussi\s+)?(?:le\s+|la\s+|l')?(?:point|annexe|ci-|plus\s+haut|page|p\.|section)"
)


def _first_word(text: str) -> str:
	found = re.match(r"^\W*([a-z][a-z'-]*)", _fold(text))
	return found.group(1) if found else ""


def french_infinitive(word: str) -> bool:
	"""`envoyer`, `transmettre`, `fournir`, `revoir`: a French infinitive (not `dossier`, `lettre`)."""
	word = _fold(word).strip(" '-")
	word = re.sub(r"^(?:se|s'|l'|les|le|la|en|y|leur|lui|nous|me)\s*", "", word) if " " in word else word
	if len(word) < 4 or word in _FR_NOT_INFINITIVES:
		return False
	return word in _FR_IRREGULAR_INFINITIVES or word.endswith("er")


def task_start(text: str) -> bool:
	"""Whether a list item or a table cell is worded as a task: a French infinitive or a task's noun
	at its start (after a pronoun: "Se renseigner", "Les contacter"), or a Dutch infinitive in it."""
	folded = _fold(text).strip(" -–•*→>:")
	if not folded:
		return False
	words = re.findall(r"[a-z][a-z'-]*", folded)
	if not words:
		return False
	first = words[0]
	if first in ("se", "s'", "les", "le", "la", "l'", "leur", "lui", "y", "en") and len(words) > 1:
		first = words[1]
	elif first.startswith(("s'", "l'")) and len(first) > 2:
		first = first[2:]
	if _FR_REFERENCE.match(folded):
		return False  # "voir point II"
	bare = re.sub(r"^(?:l'|la\s+|le\s+|les\s+)", "", folded)  # "L'organisation d'une visite"
	if french_infinitive(first) or _FR_TASK_NOUNS.match(folded) or _FR_TASK_NOUNS.match(bare):
		return True
	clause = re.split(
		r"[;:!?]|\.(?:\s|$)|\b(?:dat|die|omdat|wanneer|als|zodat|waar|wat|welke|welk|of|hoe|wie|waarom)\b",
		folded,
	)[0]
	if re.match(rf"^{_NL_PREFIXES}{_NL_STEMS}\s+van\b", clause) and not _NL_FINITE.search(clause):
		return True  # "Nalezen van de Franse versie": the infinitive first, as a noun
	if _NL_FINITE.search(clause):
		return False
	if _NL_INFINITIVE.search(clause):
		return True
	# "Lijst met deelnemers die een ERK-niveau stegen aanleveren": a relative clause before the infinitive
	whole = re.sub(r"\s*\([^()]*\)\W*$", "", folded).rstrip(" .;")
	return (
		bool(re.search(rf"\b{_NL_PREFIXES}{_NL_STEMS}$", whole))
		and bool(re.match(r"^[^,;:]{3,40}?\s+die\s", whole))
		and len(whole.split()) <= 14
	)


_FUTURE_OR_DUTY = re.compile(
	r"\b(?:va|vont|doit|doivent|devra|devront|zal|zullen|moet|moeten|gaat|gaan)\s+\w+|"
	r"\b\w{2,}(?:era|eront|ira|iront|dra|dront|rra|rront|ront)\b|\b(?:aura|auront|fera|feront)\b|"
	r"\b(?:est|sont)\s+(?:invit[ée]s?|pri[ée]s?|charg[ée]s?|tenue?s?)\s+(?:de|d'|[àa])|"
	r"\bil\s+(?:appartient|appartiendra|revient|reviendra|incombe)\s+[àa]|"
	r"\bse\s+charge(?:nt|ra|ront)?\s+de|\bs'engage(?:nt)?\s+[àa]|\bs'occupe(?:nt|ra|ront)?\s+de|"
	r"\bneemt\s+\w+(?:\s+\w+)?\s+op\s+zich|\bnemen\s+\w+(?:\s+\w+)?\s+op\s+zich|\bzorgt\s+voor|\bzorgen\s+voor|"
	r"\bwordt\s+gevraagd|\bworden\s+gevraagd|\bis\s+belast\s+met|\bkrijgt\s+de\s+opdracht",
)


def future_or_duty(sentence: str) -> bool:
	"""`Marie enverra`, `le SPP va vérifier`, `chaque CPAS est invité à`, `il appartiendra à chaque
	CPAS de`, `Jan zal`, `elk OCMW wordt gevraagd`: a sentence that puts a task on someone."""
	return bool(_FUTURE_OR_DUTY.search(_fold(sentence)))
