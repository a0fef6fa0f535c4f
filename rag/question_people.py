"""The person a question asks about, and whether an article in any language mentions them.

"What did Macron say about KFOR?" over Russian articles that never name Macron was answered with
what four NATO diplomats said, and «Що Зеленський сказав про переговори в Женеві?» with the news
that the Geneva talks ended: quotes a reader takes for that person's words. The name check
(question_terms.unmentioned_names) reads names only in articles of the question's own language,
because names change form across languages and a strict spelling match across them refuses
answerable questions ("Bowl", "Harvard" in XQuAD; «Статуту» / «Устава»).

The person whose words or identity are asked for is a narrower case, and a surer one: the
question names them in a fixed slot ("What did X say…", "Who is X?", «Что X заявил…», «Що сказав
X…»), written as a name (capitalised words, no article), and news always name the person they
quote. So that one name is checked in every language, by its last word (the surname: "President
Macron", «Йенс Столтенберг»), and leniently: besides the name check's spellings (question_names),
a capitalised word of the article that is spelt nearly the same counts (`spelt_alike`: "Powell" /
«Пауэлл», «Єнс» / «Йенс», which the spelling rules miss).

News give a statement over several sentences, the speaker named in the first only: «Шерман после
переговоров заявила, что…» + «Она также сообщила, что…». A quote of the words asked for runs on, as
one exact span, through the next sentences of its paragraph in which the speaker goes on
(`through_their_words`: a personal pronoun and a verb of saying), as a "why" quote runs on to its reason.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Iterator
from dataclasses import replace
from functools import cache

from .answer_types import ruled_out_as_person
from .chunking import sentence_spans
from .extractive import (
    PERSONAL_PRONOUNS,
    EvidenceSentence,
    article_holding,
    quotes_closed,
    rest_of_paragraph,
    sentences_before,
    through_first,
)
from .glossary import TERM_ENGLISH, TERMS
from .language import CYRILLIC, LATIN
from .morphology import cases
from .question_names import (
    _FOLD,
    MIN_NAME_LETTERS,
    WORD,
    bare_name,
    cyrillic_variants,
    mentions_place,
    named_words,
    opens_sentence,
    place_forms,
    places_in,
    to_cyrillic,
    which_mentioned,
)
from .types import Citation

# How alike (difflib's ratio) a name's spelling and the start of an article's capitalised word must be.
# benchmarks/bench_name_spellings.py: of 152 English names in a sentence with their Russian spelling, the
# check finds 151 (not "Tajani" / «Таяни»); of the 141 that none of the seed articles mentions, 21 find a
# look-alike among all five articles' capitalised words ("Vance" / «Вечером») and would not be refused.
ALIKE = 0.8

_NAME = r"[A-ZА-ЯЁІЇЄҐ][\w'’-]+(?:\s+[A-ZА-ЯЁІЇЄҐ][\w'’-]+){0,5}"
EN_SPEECH = (r"say|said|tell|told|announce|claim|state|warn|think|believe|want|propose|suggest|write|comment|"
              r"mean|call|describe|argue|demand|ask|promise|deny|reply|respond|add|explain|admit")
RU_UK_SPEECH = (r"сказа|заяви|сообщи|говори|отмети|подчеркну|предупреди|счита|думае|хоч|хотел|предлож|напис|"
                 r"прокомментирова|ответи|пообеща|объясни|повідоми|відзначи|наголоси|попереди|вважа|дума|хотів|"
                 r"пропон|запропонува|прокоментува|відпові|пообіця|поясни|признал|визна")
_WORDS_ASKED = [  # whose words are asked for
    re.compile(rf"^\s*(?i:what|how)\s+(?:did|does|do|has|have|had|will|would)\s+(?P<name>{_NAME})(?:'s)?\s+"
               rf"(?:{EN_SPEECH})\b"),
    re.compile(rf"^\s*(?i:что|що)\b.*?(?P<name>{_NAME})\s+(?:{RU_UK_SPEECH})"),
    re.compile(rf"^\s*(?i:что|що)\s+(?:{RU_UK_SPEECH})\w*\s+(?P<name>{_NAME})"),
    re.compile(rf"(?i:according to|по словам|за словами)\s+(?P<name>{_NAME})"),
    # «Что говорится в заявлении Столтенберга…», "What does Stoltenberg's statement say…"
    re.compile(rf"^\s*(?i:what|что|що)\b.*?(?i:statement|заявлени[иея]|заяв[іи]|словах|интервью|інтерв['’]ю)\s+"
               rf"(?P<name>{_NAME})"),
    re.compile(rf"^\s*(?i:what)\b.*?(?P<name>{_NAME})['’]s\s+(?i:statement|words|interview)\b"),
]
# The same slot as the first three, in a question typed in lower case ("what did stoltenberg say…", «что
# песков сказал…»): any word there, read by question_case, which writes it capitalised when the passages do
# (beside a first name too, «Йенса Столтенберга») and never in lower case. Tighter than the above (no words
# before the name in Russian and Ukrainian): a lower-case word is no name by itself.
WORDS_SLOT_TYPED = [
    re.compile(rf"^\s*(?:what|how)\s+(?:did|does|do|has|have|had|will|would)\s+(?P<name>\w+(?:\s+\w+)?)\s+"
               rf"(?:{EN_SPEECH})\b", re.IGNORECASE),
    re.compile(rf"^\s*(?:что|що)\s+(?P<name>\w+(?:\s+\w+)?)\s+(?:{RU_UK_SPEECH})", re.IGNORECASE),
    re.compile(rf"^\s*(?:что|що)\s+(?:{RU_UK_SPEECH})\w*\s+(?P<name>\w+(?:\s+\w+)?)\b", re.IGNORECASE),
]
_ASKED_PERSON = [  # whose words or identity
    *_WORDS_ASKED,
    re.compile(rf"^\s*(?i:who)\s+(?:is|was)\s+(?P<name>{_NAME})\s*\??\s*$"),
    re.compile(rf"^\s*(?i:кто|хто)\s+(?:такой|такая|такий|така)\s+(?P<name>{_NAME})\s*\??\s*$"),
    # their office: "What is Colby's position?", «Какую должность занимает Грушко?», «Кем является…», «Яку посаду
    # обіймає…», «Ким є…»
    re.compile(rf"^\s*(?i:what)\s+(?:is|was)\s+(?P<name>{_NAME})['’]s\s+(?i:position|job|role|title|post|office)\b"
               r"(?!\s+(?i:on|regarding|about|towards?|over)\b)"),  # not a stance: "Sherman's position on…"
    re.compile(rf"^\s*(?i:what|which)\s+(?i:position|post|office|job|role)\s+(?:does|did)\s+(?P<name>{_NAME})\s+"
               r"(?i:hold|have|occupy)\b"),
    re.compile(rf"^\s*(?i:какую\s+должность|какой\s+пост|яку\s+посаду|який\s+пост)\s+(?i:занима|обійма|займа)\w*\s+"
               rf"(?P<name>{_NAME})"),
    re.compile(rf"^\s*(?i:кем|ким)\s+(?i:является|являлся|являлась|был|была|работает|работал|работала|є|був|була|"
               rf"працює|працював|працювала)\s+(?P<name>{_NAME})\s*\??\s*$"),
]
# A sentence in which the quoted speaker goes on: a personal pronoun among its first three words, or right
# after a verb of saying («"…", – добавил он»), and a verb of saying: «Она также сообщила, что…».
_PERSONAL = PERSONAL_PRONOUNS
_GOES_ON_SPEECH = (rf"\b(?-i:{EN_SPEECH}|{RU_UK_SPEECH}|stress|note|добави|дода|уточни|указа|зазначи|"
                   r"підкресли)")  # lower case: not "United States", «Думе»
_SPEAKER_GOES_ON = re.compile(rf"^(?:\W*\w+\W+){{0,2}}?(?:{_PERSONAL})\b.*?{_GOES_ON_SPEECH}|"
                              rf"{_GOES_ON_SPEECH}\w*\s+(?:{_PERSONAL})\b", re.IGNORECASE | re.DOTALL)
MORE_WORDS = 2  # sentences of the speaker's that a quote of their words may run on through
CAPITALISED_WORD = re.compile(r"\b[A-ZА-ЯЁІЇЄҐ][^\W\d_]+")


def _slot(question: str, patterns: list[re.Pattern[str]]) -> re.Match[str] | None:
    """The first of `patterns` to match the question (its "name" group is the person)."""
    return next((m for pattern in patterns if (m := pattern.search(question))), None)


def asked_person(question: str) -> tuple[str, ...] | None:
    """The name of the person whose words or identity the question asks for, word by word ("What did
    President Macron say…" → ("President", "Macron"), «Кто такая Венди Шерман?» → («Венди», «Шерман»)); a
    question that is only a name ("Kadyrov", «Скапарротти?»: question_names.bare_name) asks who that is.
    None when the question asks no such thing, or the slot holds no person's name (an acronym: "What did
    NATO say…"; a place, checked across languages already: "What did Germany say…"; "the Kremlin")."""
    m = _slot(question, _ASKED_PERSON)
    if m is None and not bare_name(question):
        return None
    words = [re.sub(r"['’]s$", "", w) for w in (m.group("name") if m else question.strip(" ?!.")).split()]
    while len(words) > 1 and words[0].isupper():  # «генсек НАТО Йенс Столтенберг»: the organisation first
        words.pop(0)
    last = words[-1]
    if (last.isupper() or len(last) < MIN_NAME_LETTERS or place_forms(last) is not None
            or _BODY_NOUN.fullmatch(last) or _body_named(" ".join(words)) is not None):
        return None
    return tuple(words)


_BODY_WORDS_ASKED = re.compile(
    rf"^\s*(?i:what|how)\s+(?:did|does|do|has|have|had|will|would)\s+(?:the\s+)?(?P<name>{_NAME})(?:'s)?\s+"
    rf"(?:{EN_SPEECH})\b")


# «Что заявили в Пентагоне…», «Що повідомили в Кремлі…»: the words of those in a body, said in the plural
_IN_BODY_WORDS_ASKED = re.compile(rf"^\s*(?i:что|що)\s+(?:{RU_UK_SPEECH})\w*ли\s+(?i:в|во|у)\s+(?P<name>{_NAME})")


def asked_body(question: str) -> tuple[str, ...]:
    """The forms of the body whose words the question asks for, in every language (glossary.TERMS): "What did
    Russia's Foreign Ministry say…" → «МИД», «МЗС», "Foreign Ministry"; «Что заявили в Пентагоне…» → «Пентагон»,
    "Pentagon"…; () for anyone else's."""
    m = _slot(question, [_BODY_WORDS_ASKED, _IN_BODY_WORDS_ASKED, *_WORDS_ASKED])
    if m is None:
        return ()
    name = re.sub(r"['’]s\b", "", m.group("name"))
    english = _body_named(name) or TERMS.get(name.split()[-1]) or TERMS.get(name.split()[0])  # «МИД России»
    # "Russia" («РФ»), "the US": countries, checked as ones (asked_country)
    if english is None or place_forms(english) is not None or places_in(english):
        return ()
    return tuple(sorted({english} | {k for k, e in TERMS.items() if e == english}))


# A country's words: "What did Armenia('s government) say…", "How did Germany react…", «Что ответила Армения…»
_COUNTRY_WORDS_ASKED = [
    re.compile(rf"^\s*(?i:what|how)\s+(?:did|does|do|has|have|had|will|would)\s+(?:the\s+)?(?P<name>{_NAME})(?:['’]s)?"
               rf"(?:\s+(?:government|authorities|officials|leadership))?\s+(?:{EN_SPEECH}|react)\b"),
    *_WORDS_ASKED[1:],
]


def asked_country(question: str) -> str | None:
    """The country (question_names.place_key) whose words the question asks for, or None. Not a city: a capital
    speaks for its country («Вашингтон заявив…» for "What did the US say…"), which the names do not tell."""
    m = _slot(question, _COUNTRY_WORDS_ASKED)
    if m is None:
        return None
    keys = {p.key for p in places_in(re.sub(r"['’]s\b", "", m.group("name")))}
    return keys.pop() if len(keys) == 1 and next(iter(keys)).startswith("country:") else None


# A preposition before a country's name: it is not the one speaking («…з Казахстаном і Вірменією», "with Armenia")
_PREPOSITIONS = frozenset(
    "with to from in on at about against for of by between among into over under after before "
    "з с со із зі в во у на о об про от від до к ко для против проти между між над под під при перед через за по из "
    "после після".split())
_AND = frozenset({"and", "и", "і", "й", "та"})
# Whose genitive names the country speaking: «президент РФ», «МИД Армении», «правительство Казахстана»
_OFFICIAL = re.compile(r"(?:президент|премьер|прем['’]єр|министр|міністр|мид|мзс|глав|голов|представител|представник|"
                       r"посол|секретар|спикер|речник|правительств|уряд|власт|влад|руководств|керівництв|парламент|"
                       r"лидер|лідер|канцлер|делегаци|делегаці|сторон)\w*$", re.IGNORECASE)


def speaks_as_country(text: str, key: str) -> bool:
    """Whether `text` names the country `key` where it may be the one speaking: not after a preposition (nor
    coordinated with a word that is: "with Kazakhstan and Armenia"), and in Russian or Ukrainian in the
    nominative («Армения заявила», «США настаивают») or as whose official speaks («президент РФ», «МИД
    Армении»); not «…з Казахстаном і Вірменією» (instrumental). A name of several words («Соединенные Штаты»)
    that no one word gives counts."""
    words = [m.group() for m in WORD.finditer(text)]
    named = [i for i, w in enumerate(words) if mentions_place(w, key)]
    if not named:
        return mentions_place(text, key)
    for i in named:
        j = i
        while j >= 2 and words[j - 1].lower() in _AND:  # back over "and": "with Kazakhstan and Armenia"
            j -= 2
        before = words[j - 1] if j > 0 else ""
        if before.lower() in _PREPOSITIONS:
            continue
        if not CYRILLIC.search(words[i]):
            return True
        found = cases(words[i])
        if not found or "nomn" in found or "gent" in found and _OFFICIAL.match(before):
            return True
    return False


# Taking part: "Who took part / attended / represented…", «Кто участвовал…», «Хто брав участь…», "…for NATO / from
# NATO's side" (asks_who_took_part), and a sentence telling who did (tells_who_took_part: not a noun of an office,
# «представитель НАТО заявил»)
_TOOK_PART_ASKED = re.compile(r"\b(?:t[ao]ok|take[sn]?|taking)\s+part\b|\bparticipat|\battend|\brepresent|"
                              r"\bdelegation|\bside\b|участ|присутств|присутн|представля|представил|представив|"
                              r"делегац|сторон", re.IGNORECASE)
_TOOK_PART_TOLD = re.compile(r"\b(?:t[ao]ok|take[sn]?|taking)\s+part\b|\bparticipat|\battend|\bdelegation|"
                             r"участ|присутств|присутн|делегаци|делегаці|возглавля|очолюва", re.IGNORECASE)


def asks_who_took_part(question: str) -> bool:
    """Whether a who-question asks who took part in, attended or represented someone at a meeting."""
    return bool(_TOOK_PART_ASKED.search(question))


def tells_who_took_part(sentence: str) -> bool:
    """Whether a sentence tells taking part or attending («приняли участие», «делегацию… возглавляли», "attended")."""
    return bool(_TOOK_PART_TOLD.search(sentence))


# A body speaks through no one name, and its words are checked as no person's: "Russia's Foreign Ministry",
# "the State Department" (glossary.TERMS's English: _body_named), or a slot ending in a body's noun ("the
# Defence Council", «Министерство»)
_BODY_NOUN = re.compile(
    r"ministry|department|office|council|committee|commission|agency|service|government|parliament|"
    r"command|headquarters|secretariat|embassy|administration|cabinet|court|"
    r"министерств\w*|ведомств\w*|совет\w*|комитет\w*|комисси\w*|агентств\w*|служб\w*|правительств\w*|"
    r"парламент\w*|командовани\w*|штаб\w*|посольств\w*|администраци\w*|суд\w*|"
    r"міністерств\w*|відомств\w*|рад[аиіу]|комітет\w*|комісі\w*|агентств\w*|служб\w*|уряд\w*|"
    r"командуванн\w*|посольств\w*|адміністраці\w*",
    re.IGNORECASE)


def _body_named(name: str) -> str | None:
    """The glossary body's English name that `name` is or ends with ("Russia's Foreign Ministry" → "Foreign
    Ministry"), or None."""
    return next((e for e in TERM_ENGLISH if name == e or name.endswith(" " + e)), None)


def asked_identity(question: str) -> tuple[str, ...] | None:
    """The person a question asks who they are ("Who is Antony Blinken?", «Кто такая Венди Шерман?», a
    name typed alone), as asked_person gives them; None for a question about their words or anything else."""
    return None if _slot(question, _WORDS_ASKED) is not None else asked_person(question)


# An office whose holder's words are asked for ("What did the NATO spokesperson say…", «Что сказал представитель
# НАТО…»), and how Russian and Ukrainian news name it: a quote giving those words names it
_OFFICES_NAMED = [
    (r"spokes(?:man|woman|person|people)|press secretary|пресс?-секретар\w*|спикер\w*|речник\w*",
     r"представител|представник|пресс?-секретар|спикер|речник"),
    (r"officials?|чиновник\w*|посадов\w*", r"чиновник|посадов|представител|представник"),
    (r"diplomats?|дипломат\w*", r"дипломат"),
    (r"representatives?|envoys?|представител\w*|представник\w*|постпред\w*", r"представител|представник|постпред"),
]
_OFFICE_WORDS_ASKED = [
    (re.compile(rf"^\s*(?:what|how)\s+(?:did|does|do|has|have|had|will|would)\s+(?:the\s+|a\s+|an\s+|one\s+)?"
                rf"(?:[\w-]+\s+){{0,3}}?(?:{asked})\s+(?:{EN_SPEECH})", re.IGNORECASE), re.compile(told, re.IGNORECASE))
    for asked, told in _OFFICES_NAMED] + [
    (re.compile(rf"^\s*(?:что|що)\s+(?:{RU_UK_SPEECH})\w*\s+(?:[\w-]+\s+){{0,2}}?(?:{asked})", re.IGNORECASE),
     re.compile(told, re.IGNORECASE))
    for asked, told in _OFFICES_NAMED]


def asked_office(question: str) -> re.Pattern[str] | None:
    """How the news names the office whose holder's words the question asks for ("What did the NATO spokesperson
    say about…?" → «представител…», «пресс-секретар…»…), or None."""
    return next((told for asked, told in _OFFICE_WORDS_ASKED if asked.search(question)), None)


def asks_for_words(question: str) -> bool:
    """Whether the question asks what someone said ("What did Sherman say…", «Что заявил Песков…»)."""
    return _slot(question, _WORDS_ASKED) is not None


def without_speaker(question: str) -> str:
    """The question without the name of the person whose words it asks for (the question itself when it
    asks for no one's words): their statement rarely repeats their name, the sentences around it do."""
    m = _slot(question, _WORDS_ASKED)
    return question if m is None else question[: m.start("name")] + question[m.end("name"):]


def speaker_goes_on(sentence: str) -> bool:
    return bool(_SPEAKER_GOES_ON.search(sentence.strip()))


def through_their_words(s: EvidenceSentence, passages: list[Citation],
                        read: Callable[[str], str | None]) -> EvidenceSentence:
    """`s` quoted on, as one exact span, through the end of the quotation it is part of, and through the next
    sentences of its paragraph in which the speaker goes on (up to MORE_WORDS each: «Шерман после
    переговоров заявила, что…» + «Она также сообщила, что…»)."""
    if (text := article_holding(s, passages, read)) is None:
        return s
    # a sentence inside a quotation («"Мы сохраняем экономические санкции (против РФ).») runs on to the one
    # closing it, which says whose words they are («…линии коммуникации", – говорится в заявлении Генсека.»)
    opened = text[text.rfind("\n", 0, s.start) + 1:s.start]
    if not quotes_closed(opened + s.text):
        rest = rest_of_paragraph(text, s.end)
        for _, stop in sentence_spans(rest)[:MORE_WORDS]:
            if quotes_closed(opened + s.text + rest[:stop]):
                s = replace(s, end=s.end + stop, text=text[s.start:s.end + stop])
                break
    for _ in range(MORE_WORDS):
        longer = through_first(s, text, rest_of_paragraph(text, s.end), 1, speaker_goes_on)
        if longer is s:
            break
        s = longer
    return _through_quotation_after(s, text)


_SPACE = re.compile(r"\s*")
_OPENS_QUOTATION = re.compile(r"^\s*[«\"“„]")
_CLOSING_TAIL = re.compile(r"[»\"”][^«»\"“”„]*$")  # what follows a quotation's last closing mark
MAX_QUOTATION_SENTENCES = 4  # sentences of a quotation given a paragraph of its own, read whole


def _through_quotation_after(s: EvidenceSentence, text: str) -> EvidenceSentence:
    """`s` quoted on through the next paragraph when `s` ends its own and the next is a quotation of the same
    speaker's: «Там сослались на недавнее заявление Генсека НАТО Йенса Столтенберга…» + «"Мы усилили нашу
    коллективную безопасность…", – говорится в заявлении Генсека.» (`continues_quotation`)."""
    if rest_of_paragraph(text, s.end).strip():
        return s
    start = _SPACE.match(text, s.end).end() - s.end  # to the next paragraph's first letter
    paragraph = rest_of_paragraph(text, s.end + start)
    if not _OPENS_QUOTATION.match(paragraph):
        return s
    for _, stop in sentence_spans(paragraph)[:MAX_QUOTATION_SENTENCES]:
        if quotes_closed(paragraph[:stop]):
            if continues_quotation(paragraph[:stop], s.text):
                end = s.end + start + stop
                return replace(s, end=end, text=text[s.start:end])
            break
    return s


def speaker_context(article: str, s: EvidenceSentence) -> tuple[str, str]:
    """(the SPEAKER_CONTEXT_SENTENCES sentences before, the text from there through `s`), counted back from where
    the quotation `s` is part of opens: «Но мы используем военные линии коммуникации", – говорится в заявлении
    Генсека» is the third sentence of a quotation, and the one naming the speaker comes before its first."""
    paragraph = article.rfind("\n", 0, s.start) + 1
    head = article[paragraph:s.start]
    opened = [head.rfind(mark) for mark, closing in (("«", "»"), ("“", "”")) if head.count(mark) > head.count(closing)]
    opened += [head.rfind('"')] if head.count('"') % 2 else []
    start = paragraph + min(opened) if opened else s.start
    context = sentences_before(article, replace(s, start=start), SPEAKER_CONTEXT_SENTENCES)
    return context[: len(context) - (s.end - start)], article[start:s.end]


def continues_quotation(quotation: str, before: str) -> bool:
    """Whether `quotation` gives the words of the speaker of `before` (the text right before it): a word of
    saying after its closing mark with a pronoun for the speaker («…", – сказал он»), or naming no one
    `before` does not («…", – говорится в заявлении Генсека» after «…заявление Генсека НАТО Йенса
    Столтенберга…»; not «…", – пояснили в Объединенном командовании»)."""
    tail = _CLOSING_TAIL.search(quotation)
    if tail is None or not (_ATTRIBUTION.search(tail.group(0)) or speaker_goes_on(tail.group(0))):
        return False
    if _PRONOUN.search(tail.group(0)):
        return True
    earlier = {_plain(m.group(0))[:5] for m in CAPITALISED_WORD.finditer(before)}
    return all(_plain(m.group(0))[:5] in earlier for m in CAPITALISED_WORD.finditer(tail.group(0)))


def continues_words_of(before: str, sentence: str, name: tuple[str, ...]) -> bool:
    """Whether `sentence` carries on the words of the person, named as the one speaking in the last sentence
    of `before` with a word of saying («…Путин … заявил, что…» + «"Поэтому…", – сказал он.»)."""
    if not (speaker_goes_on(sentence) or continues_quotation(sentence, before)):
        return False
    speaking = [words for _, words in _speakers(before)]
    forms = _name_forms(name)
    return bool(speaking and forms) and any(which_mentioned(" ".join(m.group(0) for m in speaking[-1]), forms))


def _plain(word: str) -> str:
    """A spelling with the letters that vary between Russian, Ukrainian and romanisation made one."""
    return word.lower().translate(_FOLD).translate(str.maketrans("ёэй", "ееи"))


@cache
def _spellings(name: str) -> tuple[str, ...]:
    """The name as written and, for a Latin-script one, as Russian may spell it."""
    spellings = [name.lower(), *cyrillic_variants(name)] if LATIN.search(name) else [name]
    return tuple(dict.fromkeys(_plain(v) for v in spellings))


def _capitalised(text: str, inside: bool) -> set[str]:
    """The text's capitalised words (`inside`: only those inside a sentence), each also in Cyrillic letters."""
    words = [m.group(0) for m in CAPITALISED_WORD.finditer(text) if not inside or not opens_sentence(text, m.start())]
    return {_plain(v) for w in words for v in ([w, to_cyrillic(w)] if LATIN.search(w) else [w])}


def spelt_alike(name: str, words: set[str]) -> bool:
    """Whether one of `words` starts with nearly the name's spelling, in either script."""
    for spelling in _spellings(name):
        n = len(spelling)
        for word in words:
            for start in {word[: n - 1], word[:n], word[: n + 1]}:
                alike = difflib.SequenceMatcher(None, spelling, start)
                # the cheap upper bounds first: most words share few letters with the name
                if alike.real_quick_ratio() >= ALIKE and alike.quick_ratio() >= ALIKE and alike.ratio() >= ALIKE:
                    return True
    return False


def mentions_person(text: str, name: tuple[str, ...]) -> bool:
    """Whether the text mentions the person: the surname (the name's last word) by the name check's
    spellings or a look-alike capitalised word; or another word of four letters or more by a look-alike
    inside a sentence («Шэнь Куа» / "Shen Kuo": the surname is too short to tell; a title opening a
    sentence, «Президент…», is not the person)."""
    *others, last = name
    forms = [f for _, f in named_words(last, first_too=True)]
    if (forms and any(which_mentioned(text, forms))) or spelt_alike(last, _capitalised(text, inside=False)):
        return True
    others = [w for w in others if len(w) >= MIN_NAME_LETTERS + 1]
    if not others:
        return False
    inside = _capitalised(text, inside=True)  # once for all the name's other words
    return any(spelt_alike(w, inside) for w in others)


# Words that carry someone's words in Russian and Ukrainian news: a verb of saying, writing or thinking
# («заявила», «писал», «полагал», «сформулировал»), or a noun («в заявлении Генсека…», «по словам…», «в интервью»).
_ATTRIBUTION = re.compile(rf"(?:{RU_UK_SPEECH}|добави|дода|уточни|указа|зазначи|підкресли|объяви|оголоси|опубликова|"
                          r"оприлюдни|публікува|утвержда|стверджу|запита|спроси|спрашива|писа|пише|полага|предполож|"
                          r"припуска|формулир|формулюва|выдвину|висуну|предлага|пропону|настаива|наполяга|призва|"
                          r"закли|назва|назыв|описа|опису|выступ|виступ|высказа|вислови|призна|визна|убежд|переконан|"
                          r"заявлени|заяв|слов|интервью|інтерв|говорится|йдеться)", re.IGNORECASE)
# A name in the instrumental case is no speaker: «Путин … с президентом США Джо Байденом заявил»,
# «встрече … с руководителем генштаба Валерием Герасимовым».
_INSTRUMENTAL = re.compile(r"(?:ом|ем|ым|ём)$", re.IGNORECASE)
# A verb of saying in the neuter past has a thing for its speaker, not a person the sentence names: «…издание
# BuzzFeed опубликовало информацию о… встрече Куртиса Скапарротти и Валерия Герасимова» gives no words of theirs.
_NEUTER_PAST = re.compile(r"\w+(?:ло|лось)", re.IGNORECASE)
_PLURAL_PAST = re.compile(r"\w+ли(?:сь|ся)?", re.IGNORECASE)  # «заявили», «повідомили», «высказались»
NEUTER_SPEAKER_GAP = 2  # words between such a verb and the thing's name: «сообщило агентство Интерфакс»
SPEAKER_CONTEXT_SENTENCES = 2  # «Смит … заявила…» + «По ее словам, "…"» + «Она добавила…»


def _words_between(text: str, a: re.Match[str], b: re.Match[str]) -> int:
    return len((text[a.end():b.start()] if a.end() <= b.start() else text[b.end():a.start()]).split())


def _attribution_words(sentence: str) -> list[re.Match[str]]:
    """The whole words of the sentence that carry someone's words (`_ATTRIBUTION`)."""
    said = [m.start() for m in _ATTRIBUTION.finditer(sentence)]
    return [w for w in re.finditer(r"\w+", sentence) if any(w.start() <= at < w.end() for at in said)]


def _speakers(text: str) -> Iterator[tuple[str, list[re.Match[str]]]]:
    """Each sentence of `text` with a word of saying, and its capitalised words in a form a speaker may take
    (not the instrumental case)."""
    for start, end in sentence_spans(text):
        sentence = text[start:end]
        verbs = _attribution_words(sentence)
        if not verbs:
            continue
        speaking = [m for m in CAPITALISED_WORD.finditer(sentence) if not _INSTRUMENTAL.search(m.group(0))]
        if all(_NEUTER_PAST.fullmatch(v.group(0)) for v in verbs):  # only the thing's name beside the verb
            speaking = [m for m in speaking if any(_words_between(sentence, m, v) <= NEUTER_SPEAKER_GAP for v in verbs)]
        yield sentence, speaking


_ENGLISH_ATTRIBUTION = re.compile(
    rf"\b(?:{EN_SPEECH}|wrote|written|assert|assur|condemn|declar|insist|infer|conclud|report|note|observ|express|"
    r"recommend|urg|accus|critici|prais|maintain|formulat|hypothes|reveal|confirm|teach|taught|preach|object|"
    r"oppos|reject|agree|predict|quot|according to|interview)\w*", re.IGNORECASE)
# beside `_ATTRIBUTION`, words that tell what someone held or taught: «Он уверял монахов…», «осудил», «учил»
_HELD = re.compile(r"(?:увер[яи]|завер[яи]|осуд|осужд|утвержд|стверд|доказыва|доказа|критику|критиков|отверг|"
                   r"возража|заперечу|настою|предсказ|передбач|проповед|проповід|цитир|цитува)", re.IGNORECASE)
_REPORT_LINE = re.compile(r"^\W*(?:об этом|про це|about this)\b", re.IGNORECASE)
# a quotation of a few words at least: «"гарантии безопасности"» names a thing, it quotes nobody
_QUOTATION = re.compile(r"[«\"“„][^«»\"“”„]*?(?:\w+\W+){3,}\w*[^«»\"“”„]*?[»\"”]|^\W*[«\"“„]")


def carries_words(sentence: str) -> bool:
    """Whether the sentence could give anyone's words: a word of saying (`_ATTRIBUTION`; English ones too), or
    a quotation of a few words. «В штаб-квартире… завершилось заседание Совета Россия – НАТО» gives no one's."""
    if _REPORT_LINE.match(sentence):  # «Об этом 12 января пишет ТАСС»: who reported the sentence before
        return False
    return bool(_attribution_words(sentence) or _ENGLISH_ATTRIBUTION.search(sentence) or _HELD.search(sentence)
                or _QUOTATION.search(sentence))


def _name_forms(name: tuple[str, ...]) -> list[tuple[str, ...]]:
    return [f for word in name if len(word) >= MIN_NAME_LETTERS for _, f in named_words(word, first_too=True)]


def gives_words_of(quote: str, name: tuple[str, ...]) -> bool:
    """Whether the quote names the person and gives their words (`named_but_silent`'s opposite)."""
    forms = _name_forms(name)
    return bool(forms) and any(which_mentioned(quote, forms)) and not named_but_silent(quote, name)


def named_but_silent(quote: str, name: tuple[str, ...]) -> bool:
    """Whether the quote names the person but gives no words of theirs: no sentence of it names them, in a
    form that may be the speaker's, beside a word of saying, writing or thinking (`_ATTRIBUTION`). "What
    did Biden reply to Putin?" is not answered by «…Путин во время разговора с … Байденом заявил…», nor
    «Что сказал Герасимов о встрече?» by the news of a planned meeting with him. A quote that does not
    name them (a title, «він», the name a sentence before) is left to the article check
    (question_terms.unmentioned_names), and so is an English quote."""
    forms = _name_forms(name)
    if not forms or not CYRILLIC.search(quote) or not any(which_mentioned(quote, forms)):
        return False  # English has no case to tell "Putin told Biden" from "Biden told Putin" by
    return not any(any(which_mentioned(" ".join(m.group(0) for m in speaking), forms))
                   for _, speaking in _speakers(quote))


_PRONOUN = re.compile(rf"\b(?:{_PERSONAL})\b", re.IGNORECASE)


def named_only_silently(context: str, quote: str, name: tuple[str, ...]) -> bool:
    """Whether `context` (a quote and the sentences before it) names the person only silently
    (`named_but_silent`) and the quote refers to no one by a personal pronoun: «"Россия и НАТО сохраняют
    линии коммуникации…", – пояснили в Объединенном командовании» after the news of a meeting with Gerasimov
    gives no words of his, while «…он обличил… и утверждал, что месса — это дар» after «Лютер расширил свою
    критику» may give Luther's."""
    return named_but_silent(context, name) and not _PRONOUN.search(quote)


def said_by_unnamed_many(quote: str, name: tuple[str, ...]) -> bool:
    """Whether the quote gives the words of an office or a crowd, not of the person: all its words of saying
    are verbs in the plural past with no subject a pronoun could be («В МИД РФ заявили о… отсутствии
    прогресса…», «…", – пояснили в Объединенном командовании»), and it never names the person. "What did
    Blinken say about Ukraine's membership?" is not answered by the Foreign Ministry's words, though the
    sentence before names Blinken speaking. Russian and Ukrainian only (English "said" has no number)."""
    if not CYRILLIC.search(quote) or _PRONOUN.search(quote) or mentions_person(quote, name):
        return False
    verbs = _attribution_words(quote)
    return bool(verbs) and all(_PLURAL_PAST.fullmatch(v.group(0)) for v in verbs)


def anothers_words(context: str, name: tuple[str, ...], common: frozenset[str]) -> bool:
    """Whether `context` (a quote and the SPEAKER_CONTEXT_SENTENCES before it) gives the words of someone other than the
    person, and never names the person: a sentence with a word of saying names another as the speaker, a
    capitalised word in a form a speaker may take that is no acronym, nor ruled out as a person by
    answer_types.ruled_out_as_person (a place, a body, «Кремля», a word its article writes in lower case:
    `common`, answer_types.common_words). "What did Grushko say
    after the talks?" is not answered by «Шерман после переговоров заявила…» and «Она также сообщила…»."""
    # the lenient test of whether they are named (a look-alike counts: "Hobson" / «Гобсон»)
    if not CYRILLIC.search(context) or mentions_person(context, name):
        return False
    return any(len(w := m.group(0)) >= MIN_NAME_LETTERS and not w.isupper() and not LATIN.search(w)
               and not ruled_out_as_person(w, sentence, m.start(), common)
               for sentence, speaking in _speakers(context) for m in speaking)
