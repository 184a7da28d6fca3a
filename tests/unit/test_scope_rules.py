"""The CPAS scope, as plain rules: who may reach which record."""

import pytest

from amif_network.rules import scope
from amif_network.rules.network import partner_problem

STAFF = ["CPAS Staff"]


def quote(value):
	return "'" + value.replace("'", "''") + "'"


def test_a_liege_user_is_kept_to_liege_rows():
	assert scope.sql_condition("Participant", ["LIEGE"], quote) == "`tabParticipant`.`cpas` in ('LIEGE')"


def test_a_user_bound_to_two_cpas_sees_both_and_values_are_quoted():
	condition = scope.sql_condition("Participant", ["GENT", "O'CMW", "GENT"], quote)
	assert condition == "`tabParticipant`.`cpas` in ('GENT', 'O''CMW')"


def test_a_user_bound_to_no_cpas_sees_nothing():
	assert scope.sql_condition("Participant", [], quote) == "1=0"
	assert scope.sql_condition("Participant", ["", None], quote) == "1=0"


def test_a_record_of_another_cpas_is_refused_for_every_read_path():
	for ptype in ("read", "print", "export", "report", "write", "delete", "share", "email"):
		assert scope.may_access("Participant", ptype, "GENT", ["LIEGE"], STAFF) is False


def test_a_record_of_the_own_cpas_is_not_objected_to():
	assert scope.may_access("Participant", "read", "LIEGE", ["LIEGE"], STAFF) is None


def test_a_record_without_cpas_is_never_visible_to_cpas_roles():
	assert scope.may_access("Participant", "read", None, ["LIEGE"], STAFF) is False
	assert scope.may_access("Participant", "read", "", ["LIEGE"], STAFF) is False


def test_system_managers_are_not_bound():
	assert scope.may_access("Participant", "read", "GENT", [], ["System Manager"]) is None
	assert scope.binding_problem("GENT", None, [], ["System Manager"]) is None


def test_unscoped_doctypes_are_left_to_frappe():
	assert scope.may_access("ToDo", "read", "GENT", ["LIEGE"], STAFF) is None


def test_creation_is_judged_by_the_binding_rule_with_a_clear_message():
	assert scope.may_access("Participant", "create", "GENT", ["LIEGE"], STAFF) is None
	problem = scope.binding_problem("GENT", None, ["LIEGE"], STAFF)
	assert problem.args == ("GENT", "LIEGE")
	assert "not bound to CPAS GENT" in problem.render()


def test_a_record_without_cpas_cannot_be_saved():
	problem = scope.binding_problem(None, None, ["LIEGE"], STAFF)
	assert problem.message == "Choose the CPAS this record belongs to."


def test_a_record_cannot_be_moved_out_of_a_foreign_cpas_into_ones_own():
	problem = scope.binding_problem("LIEGE", "GENT", ["LIEGE"], STAFF)
	assert problem is not None and problem.args == ("GENT",)


def test_a_record_of_the_own_cpas_can_be_saved():
	assert scope.binding_problem("LIEGE", "LIEGE", ["LIEGE"], STAFF) is None


@pytest.mark.parametrize("doctype", scope.CPAS_PRIVATE_DOCTYPES)
def test_private_doctypes_are_scoped(doctype):
	assert scope.is_scoped(doctype)
	assert doctype not in scope.CPAS_SHARED_DOCTYPES


def test_messages_are_translated_before_formatting():
	problem = scope.binding_problem("GENT", None, ["LIEGE"], STAFF)
	french = {"You are not bound to CPAS {0}: you can only record data for {1}.": "Pas rattaché à {0} ({1})"}
	assert problem.render(lambda s: french.get(s, s)) == "Pas rattaché à GENT (LIEGE)"


def test_partner_rules():
	assert partner_problem("BINCHE", "CHARLEROI", None) is None
	assert partner_problem("BINCHE", None, None) is None
	assert partner_problem("BINCHE", "BINCHE", None).message == "A CPAS cannot be a partner of itself."
	assert partner_problem("X", "BINCHE", "CHARLEROI").args == ("BINCHE", "CHARLEROI")


def test_files_tags_and_follows_of_unreadable_records_are_hidden():
	condition = scope.referencing_condition("Tag Link", ["Participant"], ["LIEGE"], quote)
	assert condition == (
		"not ((ifnull(`tabTag Link`.`document_type`, '') = 'Participant' and `tabTag Link`.`document_name` "
		"not in (select `tabParticipant`.`name` from `tabParticipant` where `tabParticipant`.`cpas` in ('LIEGE'))))"
	)
	assert "`tabFile`.`attached_to_name`" in scope.referencing_condition("File", ["Participant"], [], quote)
	assert "1=0" in scope.referencing_condition("File", ["Participant"], [], quote)
	assert scope.referencing_condition("File", [], ["LIEGE"], quote) == ""


def test_a_participant_is_shared_only_within_its_cpas():
	assert scope.share_problem("Participant", "LIEGE", False, ["LIEGE"], STAFF) is None
	across = scope.share_problem("Participant", "LIEGE", False, ["GENT"], STAFF)
	assert across.args == ("LIEGE",)
	assert scope.share_problem("Participant", "LIEGE", True, [], []) is not None
	assert scope.share_problem("Participant", "LIEGE", False, [], ["System Manager"]) is None
	assert scope.share_problem("Project Fiche", "LIEGE", True, [], []) is None
