"""What a "how many" question's count is of when its verb says so, and whether a quote's count is.

"Сколько военных погибло в миссии KFOR?" over «…в настоящее время она насчитывает около 4 500 военных»:
the quote counts the asked people, in the asked place, and says nothing of deaths. A count answers
only a question whose verb of this kind (staying or remaining, dying, graduating, opposing, training, studying,
withdrawing) its sentence tells too; other verbs ("have", "serve", «насчитывает») are not judged. Word stems in
English, Russian and Ukrainian (question_events.py's counterpart for counts).
"""

from __future__ import annotations

import re

REMAIN, DIE, GRADUATE, OPPOSE, TRAIN, STUDY, WITHDRAW = (
    "remain", "die", "graduate", "oppose", "train", "study", "withdraw")

_VERBS = {
    # not "kept" ("Denver's offense was kept out of the end zone"), «останки» (remains), «залишки»
    REMAIN: (r"remain(?:s|ed|ing)?|stay(?:s|ed|ing)?|"
             r"остан(?:ется|утся|усь|емся|етесь|ешься)|оста[её]тся|остаются|остал\w*|оставаться|оставал\w*|"
             r"сохран\w*|залиш(?!к)\w*|лиша\w*|збереж\w*|зберіга\w*"),
    DIE: (r"die[ds]?|dying|dead|deaths?|kill\w*|lives|casualt\w*|fatalit\w*|perish\w*|wiped out|destroy\w*|"
          r"погиб\w*|гибел\w*|умер\w*|умира\w*|смерт\w*|убит\w*|убил\w*|жертв\w*|скончал\w*|жизн\w*|уничтож\w*|"
          r"загин\w*|загибл\w*|помер\w*|вмер\w*|вбит\w*|вбил\w*|житт\w*|знищ\w*"),
    GRADUATE: (r"graduat\w*|"
               r"окончи\w*|оканчива\w*|выпуск\w*|выпусти\w*|"
               r"закінчи\w*|закінчува\w*|випуск\w*|випусти\w*"),
    # a verb of opposing: not "against" / «против» alone («игры против Питтсбурга»)
    OPPOSE: (r"oppos\w*|object(?:s|ed|ing)|resist\w*|"
             r"(?:выступа|выступи)\w* против|возража\w*|возрази\w*|сопротивл\w*|противятся|противился|"
             r"(?:виступа|виступи)\w* проти|заперечу\w*|заперечи\w*|опира\w*"),
    # a verb of training, not the noun ("How many trains…", "training mission", «миссия по обучению»)
    TRAIN: (r"trained|(?<!\bthe )(?<!\ba )(?<!\bby )(?<!\bon )train(?!\s+(?:station|line|service|ride|journey|track))|"
            r"обучил\w*|обучен(?:о|ы|ных|ные|ный)|обуча(?:ют|ли|ет|л)|подготовил\w*|подготовлен(?:о|ы|ных|ные)|"
            r"навчил\w*|навчен(?:о|і|их)|навча(?:ють|ли|є|в)|підготува\w*|підготовлен(?:о|і|их)"),
    # withdrawing troops: «Сколько военных США планируют вывести из Косово?» is not answered by KFOR's strength.
    # The verb only: "How many US troops remain in Iraq after the withdrawal?" asks who remain (nouns: _TOLD_TOO)
    WITHDRAW: (r"withdr(?:aw|aws|awn|awing|ew)|pull(?:s|ed|ing)? (?:out|back)|"
               r"вывест\w*|выведу\w*|выведе[тмш]\w*|вывел\w*|выводи\w*|выводя\w*|выведен\w*|"
               r"отвест\w*|отведу\w*|отведе[тмш]\w*|отвел\w*|отводи\w*|отводя\w*|"
               r"вивест\w*|виведу\w*|виведе[тм]\w*|вивел\w*|вивів|виводи\w*|виводя\w*|виведен(?!н)\w*|"
               r"відвест\w*|відведу\w*|відвел\w*|відвів|відводи\w*|відводя\w*"),
    # studying, as a verb: not "a 1996 study", «изучал» (research)
    STUDY: (r"studied|stud(?:y|ies|ying)\s+(?:at|in|under)|"
            r"учил(?:ись|ся|ась|ось)|уча(?:тся|щихся|щиеся)|учится|обучал(?:ись|ся|ась|ось)|обуча(?:ются|ется)|"
            r"навчал(?:ися|ись|ся|ась|ося|ось)|навча(?:ються|ється)|вчил(?:ися|ись|ся|ась|ося|ось)|вчаться|вчиться"),
}
# Words a sentence tells remaining by that a question's verb would not be read by: «Сколько секунд осталось…?»
# is answered by "with 17 seconds left", «…остались без бензина?» by "had no fuel" ("left" in a question is
# often leaving)
_TOLD_TOO = {REMAIN: r"left|without|had no|no longer had",
             # and training by its nouns: «прошли подготовку», "trainees"
             TRAIN: r"train(?:ing|ees?)|обучени\w*|подготовк\w*|навчання|підготовк\w*",
             # and withdrawing by its nouns: «…в рамках вывода войск»
             WITHDRAW: r"withdrawals?|pullout|вывод\w*|отвод\w*|виведення|вивід\w*|відвед\w*"}
# Studying is told by being trained too: «…были подготовлены более пяти тысяч военнослужащих» answers "How many
# servicemen studied…", «…направили около 300 офицеров» does not answer "How many Iraqi officers studied at the
# academy?". Not among _OTHER_PEOPLE: those who study somewhere are its people («в котором учились 2 000 студентов»)
_TOLD_TOO[STUDY] = "|".join((_VERBS[TRAIN], _TOLD_TOO[TRAIN], r"students?|студент\w*|курсант\w*|слухач\w*"))
_PATTERNS = {kind: re.compile(rf"(?<![^\W\d_])(?:{words})(?![^\W\d_])", re.IGNORECASE)
             for kind, words in _VERBS.items()}
_TOLD = {kind: re.compile(rf"(?<![^\W\d_])(?:{'|'.join(filter(None, (words, _TOLD_TOO.get(kind))))})(?![^\W\d_])",
                          re.IGNORECASE)
         for kind, words in _VERBS.items()}


def count_verbs(text: str, told: bool = False) -> set[str]:
    """The kinds of verb above that `text` uses, any number of them; `told`: as a sentence tells them."""
    return {kind for kind, pattern in (_TOLD if told else _PATTERNS).items() if pattern.search(text)}


def untold_count_verb(question: str, sentence: str) -> bool:
    """Whether the "how many" question's verb is of a kind above that `sentence` does not tell: «Скільки
    офіцерів закінчили навчання в академії?» is not answered by «…направили около 300 офицеров»."""
    asked = count_verbs(question)
    return bool(asked) and not asked & count_verbs(sentence, told=True)


# Kinds whose count is of other people than a question without that verb asks for: those trained are not a
# mission's strength («Скільки військових зараз налічує місія НАТО в Іраку?» is not answered by «…были подготовлены
# более пяти тысяч военнослужащих…»). Not remaining (those who stay are the ones there).
_OTHER_PEOPLE = frozenset({TRAIN})


def counts_others(question: str, sentence: str) -> bool:
    """Whether `sentence` counts by a verb of a kind in _OTHER_PEOPLE that the question does not ask by."""
    return bool((count_verbs(sentence) & _OTHER_PEOPLE) - count_verbs(question))
