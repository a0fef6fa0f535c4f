"""Questions about what came of an event, and quotes that report the event only as planned.

"Чем закончилась личная встреча Скапарротти и Герасимова?" over an article that reports the meeting
as «якобы запланированной на январь»: the quote is on the subject, names the people and the month,
and says nothing about an outcome, because there was none to report. A question asking for an
outcome (what was decided, agreed, how it ended) is refused when its best quote tells the event only
as planned, scheduled, alleged or still at an early stage (assistant.py). Word patterns in English,
Russian and Ukrainian.
"""

from __future__ import annotations

import re

_FLAGS = re.IGNORECASE | re.UNICODE
_OUTCOME_QUESTION = re.compile(
    r"\bwhat (?:was|were|has been|have been) (?:decided|agreed|achieved|the (?:outcome|results?|upshot))\b|"
    r"\bhow did (?:[\w'’-]+\s+){1,6}(?:end|turn out)\b|\bwhat came (?:of|out of)\b|"
    r"\bwhat (?:did|have|has) (?:[\w'’-]+\s+){1,4}(?:decide|agree|achieve)\b|"
    r"\bчем (?:закончил\w*|завершил\w*|кончил\w*|обернул\w*)|\bкаки\w* (?:итог\w*|результат\w*)|"
    r"\bчто (?:решил\w*|было решено)|\bк чему (?:привел\w*|пришл\w*)|\bо ч[её]м (?:договорил\w*|удалось)|"
    r"\bчим (?:закінчил\w*|завершил\w*|обернул\w*)|\bяк\w* (?:підсумк\w*|результат\w*)|"
    r"\bщо (?:вирішил\w*|було вирішено)|\bдо чого (?:призвел\w*|призвів|дійшл\w*)|\bпро що (?:домовил\w*|вдалося)",
    _FLAGS)
# The event told as still to come or unconfirmed: "якобы запланированной на январь", "который в июле
# состоится", "такая встреча возможна", "is scheduled to", "allegedly". Not "будет" / "will" alone:
# «…достичь прогресса будет сложно» reports an outcome.
_ONLY_PLANNED = re.compile(
    r"\b(?:запланирован\w*|планиру\w*|намечен\w*|предстоящ\w*|состоит?ся|состоятся|пройд[её]т|пройдут|якобы|"
    r"возможн[аоы]?|заплановано|запланован\w*|плану\w*|відбудеться|відбудуться|нібито|можлив(?:а|е|о|і|ий)|"
    r"planned|scheduled|upcoming|allegedly|possible|will (?:be held|take place)|(?:is|are) (?:due|set|expected) to|"
    # still under way: «обсуждения находятся на очень ранней стадии»
    r"на (?:очень |самой |дуже |найбільш )?ранн(?:ей|ій) стад(?:ии|ії)|на (?:очень |дуже )?ранн(?:ем|ьому) этапе|"
    r"на (?:дуже )?ранньому етапі|at an? (?:very )?early stage|(?:is|are) (?:still )?(?:ongoing|under way))\b",
    _FLAGS)


def asks_for_an_outcome(question: str) -> bool:
    return bool(_OUTCOME_QUESTION.search(question))


def only_planned(sentence: str) -> bool:
    """Whether the sentence tells its event as planned, scheduled, alleged or still at an early stage."""
    return bool(_ONLY_PLANNED.search(sentence))
