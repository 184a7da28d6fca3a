"""French or Dutch: Dutch readers get Dutch, every other reader French, as the SPP works."""

import pytest

from amif_network.adapters import language


@pytest.mark.parametrize("code", ["nl", "nl-BE", "NL", " nl-be"])
def test_a_dutch_reader_gets_dutch(code):
	assert language.network_language(code) == "nl"


@pytest.mark.parametrize("code", ["fr", "fr-BE", "en", "de", "ar", "", None])
def test_every_other_reader_gets_french(code):
	assert language.network_language(code) == "fr"


def test_the_bilingual_text_and_its_column_follow_the_reader():
	assert language.pick("Liège", "Luik", "nl-BE") == "Luik"
	assert language.pick("Liège", "Luik", "en") == "Liège"
	assert language.column("label", "nl") == "label_nl"
	assert language.column("label", "fr-BE") == "label_fr"


def test_a_survey_language_is_the_code_without_its_region():
	assert language.base_code("fr-BE") == "fr"
	assert language.base_code(None) == "fr"
	assert language.base_code("ar") == "ar"


def test_texts_worded_in_three_languages_fall_back_to_english():
	assert language.wording_language("nl-BE") == "nl"
	assert language.wording_language("fr") == "fr"
	assert language.wording_language("de") == "en"
	assert language.wording_language(None) == "en"
