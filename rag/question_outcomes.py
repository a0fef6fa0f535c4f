"""Questions about what came of an event, and quotes that report the event only as planned or tell no
decision.

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
    r"\bhow did (?:[\w'’–—-]+\s+){1,6}(?:end|turn out)\b|\bwhat came (?:of|out of)\b|"
    r"\bwhat (?:did|have|has) (?:[\w'’–—-]+\s+){1,4}(?:decide|agree|achieve)\b|"
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


# "What decision did the defence ministers take?", «Какое решение приняли…?», «Яке рішення ухвалили…?»
_DECISION_QUESTION = re.compile(
    r"\b(?:what|which) (?:\w+ ){0,2}decisions?\b|\bwhat (?:was|were|has been|have been) decided\b|"
    r"\bwhat (?:did|have|has) (?:[\w'’–—-]+\s+){1,4}decide\b|"
    r"\bкак\w* (?:\w+ )?решени\w*|\bчто (?:решил\w*|было решено|решено)|"
    r"\bяк\w* (?:\w+ )?рішенн\w*|\bщо (?:вирішил\w*|було вирішено|вирішено)",
    _FLAGS)
# A sentence telling a decision: "decided", "agreed", "approved", «решило», «приняли решение», «согласовали»,
# «ухвалили», «домовилися». Not «приняли участие» (took part): «приня\w*» only with «решени».
_DECISION = re.compile(
    r"\b(?:decid\w*|decision\w*|agreed|agreement|approv\w*|adopt\w*|resolv\w*|resolution\w*|ruled|"
    r"реш(?:ил|ил[аио]|или|ать|ено|ени\w*)|постанов\w*|договори\w*|договорен\w*|соглас(?:ова|и)\w*|одобр\w*|"
    r"утверд\w*|рішенн\w*|виріш\w*|ухвал\w*|погоди\w*|погодж\w*|домовил\w*|домовлен\w*|схвал\w*|затвер\w*)",
    _FLAGS)


def asks_for_a_decision(question: str) -> bool:
    return bool(_DECISION_QUESTION.search(question))


def tells_a_decision(sentence: str) -> bool:
    """Whether the sentence tells that something was decided, agreed or approved (or that it was not)."""
    return bool(_DECISION.search(sentence))


# "Which allies voted against ending the Iraq mission?", «Кто голосовал…?», «Хто проголосував…?»: a vote asked about
_VOTE_QUESTION = re.compile(r"\b(?:vot(?:e|es|ed|ing|ers?)|ballots?|(?:про)?голос(?:ова|ува)\w*)\b", _FLAGS)
# a sentence telling one: «…проголосовали…», «голосование», "the vote", a referendum, an election, a majority
# ("…by a two-thirds majority can censure…" answers "How much of a voting majority…?", XQuAD)
_VOTE = re.compile(r"\b(?:vot\w*|ballot\w*|referend\w*|elect\w*|(?:про)?голос\w*|референдум\w*|выбор\w*|вибор\w*|"
                   r"majorit\w*|unanimous\w*|большинств\w*|більшіст\w*|единогласн\w*|одноголосн\w*)", _FLAGS)


def asks_about_a_vote(question: str) -> bool:
    return bool(_VOTE_QUESTION.search(question))


def tells_a_vote(sentence: str) -> bool:
    """Whether the sentence tells of a vote, a referendum or an election."""
    return bool(_VOTE.search(sentence))
