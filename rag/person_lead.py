"""A short answer ahead of the quotes for a who-question: the people the best quote names for it.

The date, count, place and office leads' sibling (answer_lead.py, count_lead.py, place_lead.py,
role_lead.py). "Who led the US delegation in Geneva?" is answered «Российскую делегацию возглавляли
замминистра иностранных дел Сергей Рябков и Фомин, делегацию США – Шерман.»; the person is the part a
reader needs: "Шерман (Sherman) [1]. The articles say: «…»".

People are found by natasha's named-entity tagger for Russian news (slovnet; its models ship in the
natasha wheel), not by capitalised words: a sentence's bodies, places and outlets are not people. A name
the morphology tagger reads in another case is put in the nominative by pymorphy3 («режима Башара
Асада» → «Башар Асад»); a Ukrainian quote's names stay as written (the taggers are Russian). An English
question gets each name as the quote writes it, then in Latin letters: as English spells the words it can
(english_names.py: "Венди Шерман (Wendy Sherman)", "Джулианна Смит (Dzhulianna Smith)"), the others romanised
(iuliia, Wikipedia's scheme for Russian: "Сергей Рябков (Sergey Ryabkov)"); a name with Ukrainian letters is
as written.

Written only when the reading is unambiguous:
- the question asks who ("Who…", «Кто…», «С кем…», "Which official…"), not who someone is ("Who is X?":
  role_lead.py) nor who reported something (an outlet);
- the best quote is Russian or Ukrainian and names someone the question does not;
- an office the question names is the quote's (tells_who_leads, names_the_asked_office and
  names_the_asked_side are also the assistant's checks that a who-question is answered at all), a country
  whose delegation it asks about is named, and "who led" is told by a verb, an office or a head;
- the quote's clause closest in meaning to the question (clauses at commas, semicolons, colons, brackets
  and sentence ends; both embedded) names them, by CLAUSE_MARGIN ahead of every other clause naming someone;
  or it gives what someone said («…, что НАТО нуждается в…») and the clause before names the speaker;
- several people in that clause share a plural verb («возглавляли … Грушко и … Фомин»), or are told apart
  by their own words' closeness to the question («между командующим … Скапарротти и руководителем
  генштаба … Герасимовым»); an office the question names picks its holder among them.
"""

from __future__ import annotations

import functools
import itertools
import re
from dataclasses import dataclass

from .answer_texts import listed
from .english_names import english_name
from .glossary import TERM_ENGLISH, TERMS, TITLES
from .language import CYRILLIC, LATIN, UKRAINIAN_LETTER
from .morphology import analyzer
from .question_names import (
    acronym_forms,
    located_places,
    mentions_place,
    named_words,
    nationality,
    place_forms,
    places_in,
)
from .question_people import asked_identity, asks_who_took_part, mentions_person
from .question_sources import asks_for_a_source
from .types import CLAUSE_MARGIN, ClauseSimilarity

_FLAGS = re.IGNORECASE
_PERSON_NOUN = (r"official|minister|diplomat|president|leader|general|commander|secretary|spokes(?:man|woman|person)|"
                r"politician|person|chancellor|premier|министр\w*|чиновник\w*|дипломат\w*|президент\w*|лидер\w*|"
                r"генерал\w*|командующ\w*|секретар\w*|политик\w*|канцлер\w*|премьер\w*|міністр\w*|посадов\w*|"
                r"лідер\w*|командувач\w*|політик\w*|прем'єр\w*|deputy|заместител\w*|замминистр\w*|замглав\w*|"
                r"заступник\w*")
_WHICH_PERSON = re.compile(rf"\b(?:which|what|как(?:ой|ая|ие|ого|ому|им|их)|як(?:ий|а|і|ого|ому|им|их))\s+"
                           rf"(?P<whose>(?:[\w'-]+\s+){{0,3}}?)(?:{_PERSON_NOUN})", _FLAGS)
_ASKS_WHO = re.compile(
    r"^\W*(?:(?:and|but|а|и|но|і|та|але)\s+)?(?:who|whom|whose|кто|кого|кому|кем|хто|ким)\b|"
    # "Did anyone from Ukraine take part…?", «Участвовал ли кто-нибудь из Украины…?»: who, if anyone
    r"^\W*(?:did|was|were|has|had|is|are)\s+(?:anyone|anybody|someone|somebody)\b|\bкто-(?:нибудь|то|либо)\b|"
    r"\bхтось\b|\bхто-небудь\b|"
    r"\b(?:with|to|by|from|for) whom\b|\b(?:с|со|у|от|к|для|про|о|об|з|із|від|до|на) (?:кем|кого|кому|ким|ком)\b|"
    rf"\b(?:which|what|как(?:ой|ая|ие|ого|ому|им|их)|котор\w+|як(?:ий|а|і|ого|ому|им|их))\s+(?:[\w'-]+\s+){{0,3}}?"
    rf"(?P<noun>{_PERSON_NOUN})\b", _FLAGS)
# The Russian tagger reads a Ukrainian sentence's capitalised pronoun as a name («Він нагадав…»)
_PRONOUNS = {"Он", "Она", "Они", "Він", "Вона", "Вони"}
# "Who led / headed / commanded…?" is answered by a quote that tells someone leads: a verb, an office or a head
# («Хто очолював операцію НАТО в Лівії?» is not answered by «Франция, усилиями Николя Саркози вернувшаяся…»)
_ASKS_WHO_LED = re.compile(r"\b(?:led|leads?|head(?:s|ed)?|command(?:s|ed)?|chair(?:s|ed)?|возглав\w*|руковод\w*|"
                           r"командова\w*|командует|очол\w*|керу\w*|керував\w*|командує|командував\w*)\b", _FLAGS)
_TELLS_WHO_LEADS = re.compile(
    r"возглав|руковод|командующ|командова|командир|\bглав[аеуыо]\b|\bглави\b|во главе|очол|керівник|керував|"
    r"командувач|лидер|лідер|генсек|генеральн\w* секретар|председател|голов[аиуо]\b|президент|директор|"
    r"начальник|губернатор|мэр|премьер|прем'єр|канцлер|корол|царь|импера|правител|правлени|правил|правит|"
    r"\bhead|\bled\b|\blead|\bchief|commander|chair|president|director|governor|mayor|premier|chancellor|\bking|"
    r"\bqueen|emperor|\brule|\breign|\bkhan\b|\bхан\b|successor|преемни|наступни", _FLAGS)
_CLAUSE_BREAK = re.compile(r"[,;:()]|[.!?](?=\s)")  # a quote may run on over two sentences
_BREAKS = " ,;:().!?"
_SIDE = re.compile(r"\b(?:delegat\w*|side|represent\w*|делегац\w*|сторон\w*|представ\w*|боку)", _FLAGS)
# "for the US", «от России», «від Росії»; "who from the US", «кто из США», «хто з України»
_ON_BEHALF = re.compile(r"\b(?:for|от|від|(?:who|кто|хто|anyone|anybody|someone|somebody|кто-(?:нибудь|то|либо)|"
                        r"хтось|хто-небудь)\s+(?:from|из|з|із|зі))\s+(?:the\s+)?$", _FLAGS)
_SENTENCE_HE_OR_SHE = re.compile(r"^[.!?]\s+(?:он|она|він|вона|he|she)\b", _FLAGS)
# A clause that gives what someone said: «…Элбридж Колби объявил, что НАТО нуждается в глубоком реформировании»
_REPORTED = re.compile(r"^\W*(?:что|чтобы|що|щоб|that)\b", _FLAGS)
# A sentence giving the words of the last person named: «По ее словам, "…"», «За його словами», "According to her"
_BY_THEIR_WORDS = re.compile(r"^[.!?]\s+(?:по\s+(?:его|ее|её|их)\s+словам|за\s+(?:його|її|їхніми)\s+словами|"
                             r"according\s+to\s+(?:him|her|them))\b", _FLAGS)
# A clause going on with the words before it: «…заявила, что Штаты… готовы вести диалог с РФ, однако не видят…»
_GOING_ON = re.compile(r"^\W*(?:однако|но|а|и|зато|причем|причём|але|проте|однак|і|й|та|but|and|however|yet)\b", _FLAGS)
_UD_CASES = {"Gen": "gent", "Dat": "datv", "Acc": "accs", "Ins": "ablt", "Loc": "loct"}
_UD_GENDERS = {"Masc": "masc", "Fem": "femn"}


@dataclass(frozen=True)
class Person:
    written: str  # as the sentence writes it: «Башара Асада»
    name: str  # in the nominative: «Башар Асад»
    start: int
    end: int


def asks_who(question: str) -> bool:
    """Whether the question asks for a person by name (not who someone is, nor who reported something)."""
    # "Which … official": a noun in lower case, not a title before a name ("What organization did General Nimeiry…")
    asks = any(m.group("noun") is None or m.group("noun").islower() for m in _ASKS_WHO.finditer(question))
    return asks and asked_identity(question) is None and not asks_for_a_source(question)


@functools.cache
def _taggers():
    """natasha's segmenter, entity and morphology taggers and pymorphy3's analyser: loaded on the first
    who-question (about 1 s), not with the assistant."""
    from natasha import NewsEmbedding, NewsMorphTagger, NewsNERTagger, Segmenter

    embedding = NewsEmbedding()
    return Segmenter(), NewsNERTagger(embedding), NewsMorphTagger(embedding), analyzer()


def load_taggers() -> None:
    """Load the taggers now (the chat does at start), so that no who-question waits for them."""
    _taggers()


def _nominative(word: str, feats: dict[str, str], morph) -> str:
    """`word` of a name in the nominative, if the tagger reads it in another case and pymorphy3 knows a name
    or noun of that case and gender to inflect; else as written."""
    case = _UD_CASES.get(feats.get("Case", ""))
    if case is None:
        return word
    gender = _UD_GENDERS.get(feats.get("Gender", ""))
    for parse in morph.parse(word):
        tag = parse.tag
        if tag.case != case or (gender and tag.gender and tag.gender != gender):
            continue
        if not ({"Name", "Surn", "Patr"} & tag.grammemes or tag.POS == "NOUN"):
            continue
        inflected = parse.inflect({"nomn"})
        if inflected is not None:
            return inflected.word[:1].upper() + inflected.word[1:]
    return word


@functools.lru_cache(maxsize=4096)
def _tagged(sentence: str) -> tuple[tuple[Person, ...], tuple[tuple[int, str], ...]]:
    """The people `sentence` names, in order, and where its plural verbs («возглавляли») and prepositions start."""
    from natasha import Doc

    segmenter, ner, morphology, morph = _taggers()
    doc = Doc(sentence)
    doc.segment(segmenter)
    doc.tag_morph(morphology)
    doc.tag_ner(ner)
    ukrainian = bool(UKRAINIAN_LETTER.search(sentence))
    people = []
    for span in doc.spans:
        if span.type != "PER":
            continue
        # a name's words share a case: the tagger reads «Куртисом Скапарротти» as nominative, then instrumental
        case = next((c for t in span.tokens if (c := (t.feats or {}).get("Case", "Nom")) != "Nom"), "Nom")
        name = span.text if ukrainian else " ".join(_nominative(t.text, {**(t.feats or {}), "Case": case}, morph)
                                                    for t in span.tokens)
        people.append(Person(span.text, name, span.start, span.stop))
    marks = tuple((t.start, t.pos) for t in doc.tokens if t.pos == "ADP" or _plural_verb(t.text, t.feats or {}))
    return tuple(people), marks


def _plural_verb(word: str, feats: dict[str, str]) -> bool:
    """A finite verb in the plural («возглавляли»; the Russian tagger reads Ukrainian «очолювали» as singular):
    not a participle («Объединенных вооруженных сил»)."""
    return feats.get("VerbForm") == "Fin" and (feats.get("Number") == "Plur" or word.endswith("ли"))


def people_in(sentence: str) -> tuple[Person, ...]:
    """The people `sentence` names, in order."""
    return _tagged(sentence)[0]


def _one_of_several(quote: str, clause: tuple[int, int], people: list[Person], question: str,
                    similarity: ClauseSimilarity | None) -> list[Person] | None:
    """Of several people in one clause, those the question asks for. People a plural verb before them
    shares all answer («…возглавляли … Александр Грушко и … Александр Фомин»); people each with their own
    office are told apart by how close each one's words are to the question («между командующим … Куртисом
    Скапарротти и руководителем генштаба российской армии Валерием Герасимовым»), by CLAUSE_MARGIN; else None."""
    # the last plural verb or preposition before the first of them: a verb they share, not «…подтвердили
    # информацию о встрече между командующим…»
    before = [pos for start, pos in _tagged(quote)[1] if clause[0] <= start < people[0].start]
    if len(people) == 1 or (before and before[-1] == "VERB"):
        return people
    if similarity is None:
        return None
    ends = [clause[0], *(p.end for p in people[:-1])]
    scores = similarity(question, [quote[a:p.end].strip(_BREAKS) for a, p in zip(ends, people, strict=True)])
    ranked = sorted(scores, reverse=True)
    return [people[scores.index(ranked[0])]] if ranked[0] - ranked[1] >= CLAUSE_MARGIN else None


def _asked(person: Person, question: str) -> bool:
    """Whether the question names this person, in any script and spelling ("Who stripped the ball from
    Newton?": not «Ньютон»; "Who did Putin speak with?": not Путин)."""
    return any(mentions_person(person.written, (word,)) for word, _ in named_words(question))


def _no_person(written: str) -> bool:
    """A one-word name the tagger took for a person that is a pronoun, a place or a body («Він», «Росія»)."""
    return written in _PRONOUNS or (" " not in written and (written in TERMS or place_forms(written) is not None))


def tells_who_leads(question: str, quote: str) -> bool:
    """Unless the question asks who led, headed or commanded, True; if it does, whether the quote tells someone
    leads: by a verb, an office or a head («Хто очолював операцію НАТО в Лівії?» is not answered by «Франция,
    усилиями Николя Саркози вернувшаяся в военную организацию НАТО…»)."""
    return not _ASKS_WHO_LED.search(question) or bool(_TELLS_WHO_LEADS.search(quote))


def _asked_offices(question: str) -> list[re.Pattern[str]]:
    """The offices of the table (glossary.TITLES) the question names, as the patterns that find them in a quote:
    «генсеком», "deputy defence minister" (by the office's English name; "deputy" alone is any deputy's)."""
    asked = question.lower().replace("defense", "defence")
    found = [(pattern, english.lower()) for pattern, english, _ in TITLES
             if pattern.search(question) or english.lower() in asked]
    # "deputy" is any deputy's: not asked for beside "deputy defence minister"
    return [pattern for pattern, name in found if not any(name != other and name in other for _, other in found)]


def names_the_asked_office(question: str, quote: str) -> bool:
    """An office the question asks about ("Secretary General", «генсеком») is one the quote names, if the
    office table knows it: «Кто был генсеком НАТО в 2018 году?» is not answered by who was president."""
    asked = _asked_offices(question)
    return not asked or any(pattern.search(quote) for pattern in asked)


def _sides(question: str, whose: bool = False) -> list[str]:
    """The countries (question_names.place_key) and bodies ("body:NATO") whose delegation or side the question
    asks about, by name or adjective: «делегацию Украины», "the Ukrainian delegation", «со стороны США», "from
    NATO's side"; `whose`: also the ones that say whose the asked person is ("Which US official…")."""
    at = located_places(question)
    named = [(p.key, p.start, p.end) for p in places_in(question) if p.key not in at]
    named += [(key, m.start(), m.end()) for m in re.finditer(r"[\w'-]+", question) if (key := nationality(m.group(0)))]
    # a body beside a side word is the side asked about: «Кто представлял НАТО на заседании Совета Россия – НАТО?»
    named += [(f"body:{word}", m.start(), m.end()) for m in re.finditer(r"[\w'-]+", question)
              if ((word := re.sub(r"'s$", "", m.group(0))) in TERMS or word in TERM_ENGLISH)  # "from NATO's side"
              and not places_in(word)]
    sides = []
    for m in _SIDE.finditer(question):  # each side word's nearest country or body, within 30 characters: «со
        # стороны США», not «Россия» of «Совета Россия – НАТО» before it
        gaps = [(start - m.end() if start >= m.end() else m.start() - end, key) for key, start, end in named]
        if near := [(gap, key) for gap, key in gaps if 0 <= gap <= 30]:
            sides.append(min(near)[1])
    # or a country or body right after "for" / «от» / «від»: "…attended the Russia–NATO Council for the United
    # States?", «Хто був присутній на засіданні… від Росії?»
    sides += [key for key, start, _ in named if _ON_BEHALF.search(question[:start])]
    # or one that says whose the asked person is: "Which US official attended…", "Which Russian deputy defence
    # minister…", «Какой российский министр…». Only to pick a clause: a quote need not name it ("Which Russian
    # general was Scaparrotti expected to meet?": «…общении (Скапарротти и Герасимова)…»)
    if whose and (m := _WHICH_PERSON.search(question)) is not None:
        sides += [key for key, start, _ in named if m.start("whose") <= start < m.end("whose")]
    return list(dict.fromkeys(sides))


def _countries_and_bodies(sides: list[str]) -> tuple[list[str], set[str]]:
    """`_sides` split: its countries, and the forms in every language of its bodies ("NATO", «НАТО»)."""
    bodies = [key.removeprefix("body:") for key in sides if key.startswith("body:")]
    return [key for key in sides if not key.startswith("body:")], {f for body in bodies for f in acronym_forms(body)}


def _asked_sides(question: str) -> list[str]:
    """The countries of `_sides`."""
    return _countries_and_bodies(_sides(question))[0]


def names_the_asked_side(question: str, quote: str) -> bool:
    """A country whose delegation or side the question asks about is the quote's too: «Кто возглавлял делегацию
    Украины…» and "Who led the Ukrainian delegation…" are not answered by the Russian and US delegations."""
    return all(mentions_place(quote, key) for key in _asked_sides(question))


def _clauses(sentence: str) -> list[tuple[int, int]]:
    bounds = [0, *(m.start() for m in _CLAUSE_BREAK.finditer(sentence)), len(sentence)]
    return [(a, b) for a, b in itertools.pairwise(bounds) if sentence[a:b].strip(_BREAKS)]


def with_romanisation(name: str) -> str:
    """"Сергей Рябков (Sergey Ryabkov)", «ТАСС (TASS)»: a Cyrillic name as written, then romanised by Wikipedia's
    scheme for Russian (iuliia, imported on first use)."""
    import iuliia

    return f"{name} ({iuliia.WIKIPEDIA.translate(name)})"


def _romanised(name: str) -> str:
    """A person's name as written, then in Latin letters (english_names.english_name: "Венди Шерман (Wendy
    Sherman)"); one with Ukrainian letters as written."""
    return name if UKRAINIAN_LETTER.search(name) else f"{name} ({english_name(name)})"


def people_in_quote(article: str, start: int, end: int) -> tuple[Person, ...]:
    """The people `article` names within its span [start, end) (a quote), at offsets into the quote: the tagger reads
    a surname alone at a sentence's start («Шерман после переговоров заявила…», «Рябков заявил…») only with the
    sentences before it. Each is named by the one full name the article gives with that surname, if it gives one
    ("Венди Шерман")."""
    if not CYRILLIC.search(article[start:end]):
        return ()
    everyone = people_in(article)
    full: dict[str, set[str]] = {}
    for p in everyone:
        if " " in p.name:
            full.setdefault(_surname(p.name), set()).add(p.name)

    def fullest(name: str) -> str:
        names = full.get(_surname(name), set())
        only = next(iter(names)) if len(names) == 1 else ""
        return only if name in only else name

    return tuple(Person(p.written, fullest(p.name), p.start - start, p.end - start)
                 for p in everyone if start <= p.start and p.end <= end)


def _candidates(quote: str, question: str, in_context: tuple[Person, ...] = ()) -> list[Person]:
    """The people `quote` names who may answer: not the question's own, not a pronoun, place or body the tagger
    took for a person, not inside a place's name («з Казахстаном і Вірменією»). With `in_context` (people_in_quote),
    each as the article names it; and those, when the quote read alone names no one (read in the article, the tagger
    took «Норманн» of «Норманн по имени Урсель» for a name too)."""
    placed = [(m.start, m.end) for m in places_in(quote)]
    alone = [next((c for c in in_context if c.start < p.end and p.start < c.end), p) for p in people_in(quote)]
    return [p for p in (alone or list(in_context))
            if not _asked(p, question) and not _no_person(p.written) and not any(a <= p.start < b for a, b in placed)]


def _names_sides(clause: str, sides: list[str], bodies: set[str]) -> bool:
    """Whether `clause` names every country of `sides` and, if any are asked, one of `bodies`' forms
    (`_countries_and_bodies`)."""
    return (all(mentions_place(clause, key) for key in sides)
            and (not bodies or bool(bodies & set(re.findall(r"\w+", clause)))))


def person_lead(question: str, quotes: list[str], language: str,
                similarity: ClauseSimilarity | None = None, in_context: tuple[Person, ...] = ()) -> str | None:
    """The person(s) a who-question asks for, named as the first (best) quote names them, when it names
    them unambiguously; else None. `in_context`: the people its article names in it (people_in_quote)."""
    if not quotes or not asks_who(question):
        return None
    quote = quotes[0]
    if len(CYRILLIC.findall(quote)) <= len(LATIN.findall(quote)):
        return None  # the taggers read Russian; an English quote answers an English reader as it is
    people = _candidates(quote, question, in_context)
    if (not people or not names_the_asked_office(question, quote) or not names_the_asked_side(question, quote)
            or not tells_who_leads(question, quote)):
        return None
    clauses = _clauses(quote)
    by_clause = {c: inside for c in clauses if (inside := [p for p in people if c[0] <= p.start < c[1]])}
    if len(clauses) > 1:
        # the clause closest in meaning answers, and it must name someone: «…частью "обязательства Трампа…",
        # …вывод происходит "в тесной координации" с Багдадом» answers "Who is the withdrawal coordinated
        # with?" by its last clause, which names no one
        if similarity is None:
            return None
        scores = similarity(question, [quote[a:b].strip(_BREAKS) for a, b in clauses])
        # a side the question asks about: the clauses naming someone that name it, if any do («Кто участвовал в
        # заседании… со стороны США?»: «…, замгоссекретаря США Венди Шерман», not «…, от НАТО приняли участие
        # Столтенберг», which is closer in meaning; "from NATO's side": «от НАТО приняли участие Столтенберг»)
        sides, bodies = _countries_and_bodies(_sides(question, whose=True))  # whose people included
        on_side = [i for i, (a, b) in enumerate(clauses)
                   if (a, b) in by_clause and (sides or bodies) and _names_sides(quote[a:b], sides, bodies)]
        if on_side:
            scores = [score if i in on_side else -1.0 for i, score in enumerate(scores)]
        elif not sides and not bodies and asks_who_took_part(question) and len(by_clause) > 1:
            # who took part, of no one side, when several clauses name people: all of them did («Делегацию РФ
            # возглавляли… Грушко и… Фомин, от НАТО приняли участие Столтенберг, …, …США Венди Шерман»); one clause's
            # people would lead a part as the whole
            return None
        def opening(i: int) -> str:  # clause i from its first word on
            return quote[clauses[i][0]:].lstrip(_BREAKS)

        top = max(range(len(clauses)), key=lambda i: scores[i])
        best = top
        # words asked about may be a clause going on with reported words: "Who said the allies see no room for a
        # big compromise?" over «…Джулианна Смит… заявила…, что Штаты… готовы вести диалог…, однако не видят…»
        back = top
        while back > 1 and clauses[back] not in by_clause and _GOING_ON.match(opening(back)):
            back -= 1
        if back != top and clauses[back] not in by_clause and _REPORTED.match(opening(back)):
            best = back
        if clauses[best] not in by_clause and best and _REPORTED.match(opening(best)):
            best -= 1  # "Who said NATO needs reform?": the clause before the words asked about names who said them
            a, b = clauses[best]
            before = [p for p in people if p.start < a]
            if clauses[best] not in by_clause and before and _SENTENCE_HE_OR_SHE.match(quote[a:b]):
                # «…Элбридж Колби объявил, что… Он заявил, что…»: a sentence opened by "he" goes on about the
                # last person named; not «…чиновник администрации США…, в то же время он подчеркнул, что…»
                by_clause[clauses[best]] = [before[-1]]
        elif clauses[best] not in by_clause and best and _BY_THEIR_WORDS.match(quote[clauses[best - 1][0]:]):
            # «…Джулианна Смит… заявила… . По ее словам, "никто не может заставить Альянс…"»: the words of the
            # last person named before
            best -= 1
            if before := [p for p in people if p.start < clauses[best][0]]:
                by_clause[clauses[best]] = [before[-1]]
        if clauses[best] not in by_clause:
            return None
        people = by_clause[clauses[best]]
        chosen = {p.name for p in people}
        clause = clauses[best]
        others = [scores[i] for i, c in enumerate(clauses)
                  if i not in (top, best) and c in by_clause and {p.name for p in by_clause[c]} != chosen]
        if others and scores[top] - max(others) < CLAUSE_MARGIN:
            return None
    else:
        clause = (0, len(quote))
    people = _one_of_several(quote, clause, people, question, similarity)
    if not people:
        return None
    if len(people) > 1 and (offices := _asked_offices(question)):
        # "Who was Russia's deputy defence minister…?": of «замглавы МИД Александр Грушко и замминистра обороны
        # Александр Фомин», the one whose own words before the name give that office
        starts = [clause[0], *(p.end for p in people[:-1])]
        own = [p for a, p in zip(starts, people, strict=True) if any(o.search(quote[a:p.end]) for o in offices)]
        people = own or people
    names = [p.name for p in people]
    names = list(dict.fromkeys(names))
    return listed([_romanised(n) for n in names] if language == "en" else names, language)


def _surname(name: str) -> str:
    return name.split()[-1].lower()


def named_in_each(question: str, quotes: list[str], language: str) -> str | None:
    """"Who took part in both the Geneva talks and the Brussels meeting?" (question_alternatives.both_options): the
    people every quote names, one quote per option, matched by surname («Фомин», «Александр Фомин») and written as
    most fully named; of those the question asks for: not itself named, in a clause naming the side and the office it
    asks about ("Which Russian official…": not «…делегацию США – Шерман»). None if no one is named in each."""
    if len(quotes) < 2 or not asks_who(question):
        return None
    if any(len(CYRILLIC.findall(quote)) <= len(LATIN.findall(quote)) for quote in quotes):
        return None  # the taggers read Russian
    sides, bodies = _countries_and_bodies(_sides(question, whose=True))

    def asked_for(quote: str) -> dict[str, str]:
        found = {}
        for p in _candidates(quote, question):
            clause = next((quote[a:b] for a, b in _clauses(quote) if a <= p.start < b), quote)
            if _names_sides(clause, sides, bodies) and names_the_asked_office(question, clause):
                found.setdefault(_surname(p.name), p.name)
        return found

    each = [asked_for(quote) for quote in quotes]
    common = [key for key in each[0] if all(key in named for named in each[1:])]
    if not common:
        return None
    names = [max((named[key] for named in each), key=len) for key in common]
    return listed([_romanised(n) for n in names] if language == "en" else names, language)
