"""A "how many" question's verb that says what is counted must be told by the count's sentence."""

import pytest

from rag.count_verbs import (
    DIE,
    GRADUATE,
    OPPOSE,
    REMAIN,
    STUDY,
    TRAIN,
    WITHDRAW,
    count_verbs,
    counts_others,
    untold_count_verb,
)


@pytest.mark.parametrize("text, kinds", [
    ("Сколько военных погибло в миссии KFOR?", {DIE}),
    ("How many people died in the plague? The war claimed many lives.", {DIE}),
    ("Скільки офіцерів закінчили навчання в академії?", {GRADUATE}),
    ("Сколько американских военных останется в Ираке?", {REMAIN}),
    ("How many troops will stay in Iraq?", {REMAIN}),
    ("How many allies oppose ending the mission?", {OPPOSE}),
    ("How many police officers has NATO trained in Kosovo? How many officers did NATO train?", {TRAIN}),
    ("How many police officers did NATO's Iraq mission train?", {TRAIN}),  # "mission train": not "on train"
    ("Сколько полицейских подготовила миссия? Скільки військових навчили інструктори?", {TRAIN}),
    # training as a noun, and trains
    ("How many soldiers serve in the training mission? How many trains run? Сколько военных в миссии по обучению?",
     set()),
    ("How many people took the train? How many travel by train? How many train stations are there?", set()),
    # no verb of these kinds: having, serving, sending
    ("How many soldiers does KFOR have? Сколько офицеров направили? Скільки військових відправили?", set()),
    ("How many troops will the US withdraw? Сколько военных выведут? Скільки військових виведуть?", {WITHDRAW}),
    # withdrawal as a noun: the question's verb is remaining
    ("How many US troops remain in Iraq after the withdrawal? Сколько останется после вывода?", {REMAIN}),
    # look-alikes (XQuAD): kept out of the end zone, fossil remains, a game against Pittsburgh
    ("How many plays was Denver kept out of the end zone? Сколько лет ископаемым останкам?", set()),
    ("Сколько очков Бронкос набрал в игре против Питтсбурга?", set()),
    ("How many Iraqi officers studied at the academy? Сколько офицеров учились в академии? Скільки навчалися?",
     {STUDY}),
    ("How many studies found it? Сколько лет он изучал право?", set()),  # a study, research: not studying
    ("Two-thirds of its population has been wiped out; уничтожено две трети населения.", {DIE}),
])
def test_count_verbs(text, kinds):
    assert count_verbs(text) == kinds


def test_a_count_answers_only_a_question_whose_verb_its_sentence_tells():
    kfor = "В настоящее время она насчитывает около 4 500 военных."
    academy = "А в пригороде Багдада усилиями НАТО открыли военную академию, в которую направили около 300 офицеров."
    assert untold_count_verb("Сколько военных погибло в миссии KFOR?", kfor)
    assert untold_count_verb("Скільки офіцерів закінчили навчання в академії під Багдадом?", academy)
    assert not untold_count_verb("Скільки офіцерів направили до академії?", academy)  # no such verb asked
    assert not untold_count_verb("How many people died in the plague?", "Чума унесла жизни 300 человек.")
    assert not untold_count_verb("Сколько военных останется в Ираке?", "В Ираке останутся около 500 военных.")
    # «осталась… без ракет» is the «залишилася» of the question
    assert not untold_count_verb("Через скільки місяців війни Франція залишилася без ракет?",
                                 "Франция… а через два месяца войны осталась, как и другие члены блока, без ракет.")
    # a sentence tells remaining by words a question would not be read by (XQuAD, Russian over English)
    assert not untold_count_verb("Сколько секунд осталось в игре?", "…a pass with 17 seconds left on the clock.")
    assert not untold_count_verb("Сколько процентов автозаправок остались без бензина?",
                                 "20% of American gasoline stations had no fuel.")
    # the KFOR count is of troops it has, not of police it trained; the Iraq mission's are of those it trained
    assert untold_count_verb("How many police officers has NATO trained in Kosovo?", kfor)
    assert not untold_count_verb("How many police officers did NATO train in Iraq?",
                                 "С момента ее начала были подготовлены более пяти тысяч военнослужащих.")
    assert not untold_count_verb("Сколько военных обучила миссия?", "Более 5 000 военных прошли подготовку.")
    # studying is told by studying or by being trained; not by being sent
    assert untold_count_verb("How many Iraqi officers studied at NATO's academy near Baghdad?", academy)
    assert not untold_count_verb("How many servicemen studied under NATO's mission?",
                                 "С момента ее начала были подготовлены более пяти тысяч военнослужащих.")
    assert not untold_count_verb("Сколько офицеров учились в академии?", "В академии обучались 300 курсантов.")
    # withdrawing is told by the verb or its noun; the KFOR count is of troops it has
    assert untold_count_verb("Сколько военных США планируют вывести из Косово?",
                             "В настоящее время она насчитывает около 4 500 военных.")
    assert not untold_count_verb("How many troops will the US pull out of Iraq?",
                                 "США также планируют вывести около 2 500 военных из Ирака.")
    assert not untold_count_verb("Скільки військових виведуть?", "В рамках вывода войск Ирак покинут 2 500 военных.")
    assert untold_count_verb("Скільки курсантів навчалося в академії під Багдадом?", academy)  # neuter past
    assert count_verbs("How many people left the country?") == set()  # "left" in a question is often leaving


def test_a_count_of_people_trained_is_not_a_missions_strength():
    trained = "С момента ее начала были подготовлены более пяти тысяч военнослужащих."
    assert counts_others("Скільки військових зараз налічує місія НАТО в Іраку?", trained)
    assert not counts_others("Скільки військовослужбовців підготувала місія НАТО в Іраку?", trained)
    # those who study somewhere are its people
    assert not counts_others("Сколько студентов в университете?", "В университете учились 2 000 студентов.")
    assert not counts_others("How many troops does KFOR have?", "Она насчитывает около 4 500 военных.")
