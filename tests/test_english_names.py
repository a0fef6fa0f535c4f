"""English spellings of names Russian news write in Cyrillic (rag/english_names.py)."""

import pytest

from rag.english_names import english_name, english_spelling


@pytest.mark.parametrize("name, english", [
    ("Венди Шерман", "Wendy Sherman"), ("Энтони Блинкен", "Anthony Blinken"), ("Джейк Салливан", "Jake Sullivan"),
    ("Дональд Трамп", "Donald Trump"), ("Пейтон Мэннинг", "Peyton Manning"), ("Ллойд Остин", "Lloyd Austin"),
    # Russian names, and names no census list has, stay romanised for Russian
    ("Сергей Рябков", "Sergey Ryabkov"), ("Валерий Герасимов", "Valery Gerasimov"),
    ("Куртис Скапарротти", "Curtis Skaparrotti"), ("Дмитрий Песков", "Dmitry Peskov"),
    # a romanisation that is a listed name stays against one not far more frequent (Allison)
    ("Ларри Эллисон", "Larry Ellison"),
])
def test_a_name_is_spelled_as_english_spells_it_where_the_census_has_it(name, english):
    assert english_name(name) == english


def test_a_long_vowel_needs_a_consonant_and_a_vowel_after_it():
    assert english_spelling("Джейк", first_name=True) == "Jake"  # not the more frequent "Jack"
    assert english_spelling("Шерман", first_name=False) is None  # romanised, it is the spelling already
    assert english_spelling("ТАСС-2", first_name=False) is None
