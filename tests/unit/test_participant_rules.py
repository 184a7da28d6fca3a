"""A participant's identity, duplicates, consent and status, as plain rules."""

from datetime import date

from amif_network.rules import participant as rules

TODAY = date(2026, 11, 22)


def person(name, last_name, dob, number=None):
	return rules.Person(name, last_name, dob, number, f"X {last_name}")


def test_the_nationality_group_follows_the_eu_member_list():
	assert rules.nationality_group("Belgium") == "EU"
	assert rules.nationality_group("Romania") == "EU"
	assert rules.nationality_group("Morocco") == "non-EU"
	assert rules.nationality_group("United Kingdom") == "non-EU"
	assert rules.nationality_group(None) == ""


def test_a_birth_date_in_the_future_is_refused():
	assert rules.birth_date_problem(date(2030, 1, 1), TODAY)
	assert rules.birth_date_problem(date(1990, 5, 3), TODAY) is None


def test_names_match_whatever_their_accents_and_case():
	assert rules.same_last_name("Lévêque", "LEVEQUE")
	assert rules.same_last_name("Çelik", "celik")
	assert rules.same_last_name("N'Diaye", "ndiaye")
	assert rules.same_last_name("N'Diaye", "N Diaye")


def test_a_hyphenated_name_matches_its_parts_and_its_spaced_form():
	assert rules.same_last_name("Martin-Dubois", "martin dubois")
	assert rules.same_last_name("Benali-Haddad", "Benali")
	assert rules.same_last_name("Haddad", "BENALI-HADDAD")
	assert not rules.same_last_name("Martin-Dubois", "Dupont")


def test_particles_alone_do_not_make_two_families_the_same():
	assert not rules.same_last_name("El Amrani", "El Idrissi")
	assert not rules.same_last_name("Van Damme", "Van Dyck")
	assert rules.same_last_name("El Amrani", "el-amrani")


def test_a_duplicate_needs_the_same_last_name_and_the_same_birth_date():
	existing = [
		person("PART-1", "Lévêque", date(1990, 5, 3)),
		person("PART-2", "Lévêque", date(1991, 5, 3)),
		person("PART-3", "Dupont", date(1990, 5, 3)),
	]
	found = rules.possible_duplicates(person("new", "LEVEQUE", date(1990, 5, 3)), existing)
	assert [p.name for p in found] == ["PART-1"]


def test_the_same_national_number_is_a_duplicate_whatever_the_name():
	existing = [person("PART-9", "Amrani", date(1980, 1, 1), "85.07.30-033.28")]
	found = rules.possible_duplicates(person("new", "Smith", date(1999, 9, 9), "85073003328"), existing)
	assert [p.name for p in found] == ["PART-9"]


def test_a_record_is_not_its_own_duplicate():
	me = person("PART-1", "Dupont", date(1990, 1, 1))
	assert rules.possible_duplicates(me, [me]) == []


def test_a_duplicate_blocks_creation_until_a_cpas_manager_confirms():
	dup = [person("PART-1", "Dupont", date(1990, 1, 1))]
	blocked = rules.duplicate_problem(dup, confirmed=False, roles=["CPAS Staff"])
	assert blocked and "PART-1" in blocked.render()
	assert rules.duplicate_problem(dup, confirmed=True, roles=["CPAS Staff"]).message.startswith(
		"Only a CPAS Manager"
	)
	assert rules.duplicate_problem(dup, confirmed=True, roles=["CPAS Manager"]) is None
	assert rules.duplicate_problem([], confirmed=False, roles=["CPAS Staff"]) is None


def test_national_numbers_are_checked_with_their_modulo_97():
	assert rules.national_number_problem("85.07.30-033.28") is None
	assert rules.national_number_problem("85.07.30-033.27")
	assert rules.national_number_problem("1234")
	assert rules.national_number_problem("") is None
	# born in 2000 or later: the check digits count a leading 2
	body = "010203001"
	check = 97 - int("2" + body) % 97
	assert rules.national_number_problem(f"{body}{check:02d}") is None


def consent(kind=rules.PROCESSING_CONSENT, given=True, given_on=date(2026, 1, 10), withdrawn_on=None):
	return rules.Consent(kind, given, given_on, withdrawn_on)


def test_the_consent_gate_opens_only_on_a_given_processing_consent_not_withdrawn():
	assert rules.has_valid_processing_consent([consent()], TODAY)
	assert not rules.has_valid_processing_consent([], TODAY)
	assert not rules.has_valid_processing_consent([consent(given=False)], TODAY)
	assert not rules.has_valid_processing_consent([consent(withdrawn_on=date(2026, 6, 1))], TODAY)
	assert not rules.has_valid_processing_consent([consent(kind="Photo and film")], TODAY)
	assert not rules.has_valid_processing_consent([consent(given_on=date(2026, 12, 1))], TODAY)
	# withdrawn later than the day asked about: still valid that day
	assert rules.has_valid_processing_consent([consent(withdrawn_on=date(2026, 12, 31))], TODAY)
	assert rules.consent_gate_problem([consent(given=False)], TODAY)


def test_a_consent_record_must_hold_together():
	assert rules.consent_problems(consent(given_on=date(2027, 1, 1)), None, TODAY)
	assert rules.consent_problems(consent(withdrawn_on=date(2025, 1, 1)), None, TODAY)
	assert rules.consent_problems(consent(kind=rules.SHARING_CONSENT), "", TODAY)
	assert rules.consent_problems(consent(kind=rules.SHARING_CONSENT), "Mission locale", TODAY) == []
	assert rules.consent_status(consent(), TODAY) == "Valid"
	assert rules.consent_status(consent(given=False), TODAY) == "Refused"
	assert rules.consent_status(consent(withdrawn_on=date(2026, 3, 1)), TODAY) == "Withdrawn"


def test_the_status_moves_only_by_steps():
	assert rules.status_after("intake_started", "Referred") == ("In intake", None)
	assert rules.status_after("intake_approved", "In intake") == ("Active", None)
	assert rules.status_after("intake_rejected", "In intake") == ("Withdrawn", None)
	assert rules.status_after("intake_rejected", "Active") == ("Active", None)
	assert rules.status_after("completed", "Active") == ("Completed", None)
	assert rules.status_after("completed", "Referred")[1] is not None
	assert rules.status_after("intake_started", "Completed")[1] is not None


def test_typing_a_status_by_hand_is_refused():
	assert rules.status_change_problem("Referred", "Active", moved_by_step=False)
	assert rules.status_change_problem("Referred", "Active", moved_by_step=True) is None
	assert rules.status_change_problem(None, "Referred", moved_by_step=False) is None
	assert rules.status_change_problem("Active", "Lost", moved_by_step=True)


def test_only_a_manager_of_the_cpas_erases_after_typing_the_id():
	assert rules.erasure_problem(["CPAS Staff"], True, "PART-1", "PART-1")
	assert rules.erasure_problem(["CPAS Manager"], False, "PART-1", "PART-1")
	assert rules.erasure_problem(["CPAS Manager"], True, "yes", "PART-1")
	assert rules.erasure_problem(["CPAS Manager"], True, " PART-1 ", "PART-1") is None


def test_erasure_keeps_the_birth_year_only():
	assert rules.anonymised_birth_date(date(1988, 2, 14)) == date(1988, 7, 1)


def test_the_version_history_loses_every_former_value():
	data = {
		"changed": [
			["last_name", "Lévêque", "Leveque"],
			["status", "Referred", "In intake"],
			["goals", "Find work as Mme Leveque", None],
		],
		"added": [["proposed_modules", {"module": "MOD-1", "note": "Amina prefers mornings"}]],
		"row_changed": [["proposed_modules", 0, "abc", [["note", "call Amina", "x"]]]],
		"comment": "created by lise",
	}
	clean = rules.scrub_version_data(data, {"last_name", "note"}, ["Amina", "Lévêque"])
	assert clean["changed"][0] == ["last_name", rules.ANONYMISED, rules.ANONYMISED]
	assert clean["changed"][1] == ["status", "Referred", "In intake"]
	assert clean["changed"][2][1] == rules.ANONYMISED
	assert clean["added"][0][1]["note"] == rules.ANONYMISED
	assert clean["row_changed"][0][3][0][1] == rules.ANONYMISED
	assert "Amina" not in str(clean) and "Lévêque" not in str(clean) and "Leveque" not in str(clean)
	assert clean["comment"] == "created by lise"


def test_a_consent_or_intake_is_recorded_only_for_a_participant_of_ones_own_cpas():
	assert rules.participant_link_problem("PART-1", "GENT", "GENT", user_may_read_participant=False)
	assert rules.participant_link_problem("PART-1", "GENT", "LIEGE", user_may_read_participant=True)
	assert rules.participant_link_problem("PART-1", "LIEGE", "LIEGE", user_may_read_participant=True) is None


def test_the_consent_gate_guards_new_and_activated_enrolments():
	assert rules.enrolment_needs_consent(None, "Proposed")
	assert rules.enrolment_needs_consent("Proposed", "Active")
	assert not rules.enrolment_needs_consent("Active", "Active")
	assert not rules.enrolment_needs_consent("Active", "Completed")
	assert not rules.enrolment_needs_consent("Proposed", "Dropped")
