"""Which kind of change a question asks about (a start, an end, growth, a cut), and whether a
sentence tells another kind only.

Sentence embeddings place "when did the mission start?" and "the mission closed on 31 December
2011" close together: same subject, same kind of answer, another event. A date lead states its
date as the answer (answer_lead.py), so "Когда началась миссия НАТО в Ираке?" and "When did NATO
decide to expand the Iraq mission?" must not be answered "31 декабря 2011 года" from a sentence
about the closure. The test is on words: the question names one kind of event (a start or a
birth; an end or a death; an expansion; a cut; a joining; a leaving; taking an office), and the
sentence names events of other kinds only. A sentence naming the asked kind, or no kind, is not judged.

Word stems in English, Russian and Ukrainian; written to avoid common look-alikes ("основном",
"открыто заявил", "умеренный", "народ").
"""

from __future__ import annotations

import re

from .question_outcomes import only_planned

START, END, GROWTH, CUT, JOIN, LEAVE, APPOINT = "start", "end", "growth", "cut", "join", "leave", "appoint"

_EVENT_WORDS = {
    START: (
        r"start(?:s|ed|ing)?|began|begins?|beginning|begun|launch\w*|found(?:ed|ing)|establish\w*|"
        r"creat(?:e|es|ed|ing|ion)|open(?:s|ed|ing)?|introduc\w*|initiat\w*|inaugurat\w*|commenc\w*|"
        r"born|birth|"
        r"начал\w*|начат\w*|начина\w*|начн\w*|запуст\w*|запуск\w*|основа(?:л[аио]?|н[аоы]?|ть)|"
        r"созда\w*|учред\w*|открыл\w*|открыт[аы]?|открыти\w*|открыва\w*|откро\w*|введ\w*|"
        r"появ\w*|возник\w*|старт\w*|родил\w*|рождени\w*|"
        r"почал\w*|почат\w*|почина\w*|розпоч\w*|заснов\w*|створ\w*|відкри\w*|започатк\w*|запровад\w*|"
        r"з['’]яв\w*|виник\w*|народи\w*|народж\w*"
    ),
    END: (
        r"end(?:s|ed|ing)?|clos(?:e|es|ed|ing|ure)|finish\w*|conclu\w*|terminat\w*|withdr\w*|dissol\w*|"
        r"disband\w*|abolish\w*|shut(?:s|ting)?|ceas\w*|stop(?:s|ped|ping)?|wound (?:up|down)|"
        r"wind(?:s|ing)? (?:up|down)|wrap(?:s|ped)? up|"
        r"die[ds]?|death|"
        r"закры\w*|закро\w*|заверш\w*|законч\w*|оконч\w*|кончи\w*|конец|конц[еау]|прекрат\w*|прекращ\w*|"
        r"сверн\w*|сворач\w*|ликвид\w*|распущ\w*|распуст\w*|упраздн\w*|вывед\w*|вывод\w*|вывест\w*|останов\w*|"
        r"умер(?:л[аио]?)?|скончал\w*|смерт\w*|гибел\w*|"
        r"закри\w*|закінч\w*|кінц\w*|припин\w*|згорн\w*|згорт\w*|ліквід\w*|розпущ\w*|розпуст\w*|"
        r"скасува\w*|вивед\w*|вивод\w*|вивест\w*|помер(?:л[аио]?)?"
    ),
    GROWTH: (
        r"expand\w*|expansion|extend\w*|enlarg\w*|increas\w*|grow(?:s|n|th|ing)?|grew|boost\w*|"
        r"расшир\w*|увелич\w*|нарастил\w*|наращива\w*|розшир\w*|збільш\w*|нарощ\w*"
    ),
    CUT: (
        r"reduc\w*|cut(?:s|ting)?|shr[iau]nk\w*|scal(?:e|ed|es|ing) (?:down|back)|downsiz\w*|decreas\w*|"
        r"сократ\w*|сокращ\w*|уменьш\w*|сниз\w*|сниж\w*|скорот\w*|скороч\w*|зменш\w*|зниз\w*|зниж\w*"
    ),
    JOIN: (  # a member's joining ("вступительных заявлений" are opening statements; "admission" is a college's too)
        r"join(?:s|ed|ing)?|accession|accede[ds]?|"
        r"вступ(?!ительн|ні)\w*|присоедин\w*|приєдна\w*|"
        # becoming a member: "When will Ukraine become a NATO member?", «Коли Україна стане членом НАТО?»
        r"bec(?:ome|omes|ame|oming)\s+(?:\w+\s+){0,2}members?|"
        r"(?:стал[аио]?|стать|станет|станут|стане|стануть|став|стала|стали)\s+(?:\w+\s+)?член\w*|"
        # returning into a body is joining it again: «Франция… вернувшаяся в военную организацию НАТО», "rejoined";
        # not a return to lines or places («вернулось в рамки рубежей 1997 года»)
        r"rejoin\w*|return(?:s|ed|ing)?\s+to\s+(?:\S+\s+){0,2}(?:organi[sz]ation|alliance|bloc|NATO|union|command)\w*|"
        r"(?:верн[уеё]|вернувш|возвра[тщ]|поверн|поверта)\w*\s+(?:в|во|до|у)\s+(?:\S+\s+){0,2}"
        r"(?:организаци|альянс|блок|НАТО|союз|состав|ряд|структур|командовани|організаці|склад|командуванн)\w*"
    ),
    # a member's leaving, the joining's opposite: «вышла из военной организации НАТО», but not «вышла новость»
    # (came out) nor «выходные»
    LEAVE: (
        r"leav(?:e|es|ing)|left|quit(?:s|ting)?|exit(?:s|ed|ing)?|покину\w*|покида\w*|"
        r"(?:вышл[аио]|вышел|выйт[иь]|выйд\w*|выход(?:а|е|ом|у)?)\s+из|"
        r"(?:вийш\w*|вийт[иь]|вийд\w*|вихід|вихо(?:ду|ді|дом))\s+(?:з|із|зі)"
    ),
    # taking an office: "appointed", «назначен», «призначили», «избран». Not «стал» / "became" in a sentence:
    # «операция… стала первым применением сил НАТО» tells no appointment
    APPOINT: (
        r"appoint\w*|nominat\w*|sworn in|took office|tak(?:e|es|ing) office|elected|"
        # "Nixon named William E. Simon as the first Administrator"; not "named after"
        r"named(?=(?:\s+[A-Z][\w.]*){1,4}\s+(?:as|to)\b)|"
        # "replaced Stoltenberg", «сменил Столтенберга»: a person's office (not "replaced the equipment")
        r"(?:replac(?:e|es|ed|ing)|succeed(?:s|ed|ing)?)(?=\s+(?-i:[A-Z]))|successors?|"
        r"(?:смени|замени|зміни|заміни)\w*(?=\s+(?-i:[А-ЯІЇЄ]))|преемни\w*|наступни[кц]\w*|"
        r"назнач\w*|избран\w*|избра(?:л|ли|ть)|вступил\w* в должность|"
        r"признач\w*|обран\w*|обрали|обрати|обрав|вступи\w* на посаду"
    ),
}
# A member's joining or leaving, or taking an office: a dated step that texts tell in its own words ("joined",
# «вышла из», «назначен»), unlike a start or an end, which encyclopaedic text tells by a span («длилась от
# ~74 000 лет до…»)
MEMBERSHIP = frozenset({JOIN, LEAVE, APPOINT})
# The kind of event a question about another is most often answered with by mistake: the 2011 closure for
# "When did the mission start?"
OPPOSITE = {START: END, END: START, GROWTH: CUT, CUT: GROWTH, JOIN: LEAVE, LEAVE: JOIN}
_EVENTS = {kind: re.compile(rf"(?<![^\W\d_])(?:{words})(?![^\W\d_])", re.IGNORECASE)
           for kind, words in _EVENT_WORDS.items()}
# A question asks about taking an office by "become" too, when an office follows ("When did Colby become
# Deputy Secretary of Defense?", «Когда Колби стал заместителем…?»); not "become operational", "become part of",
# «стало известно», nor «стал» before an infinitive, where it means "began" («…стала рассматриваться?»)
# (a name or a country's before the office: "US ambassador", "Kremlin spokesman", "Under Secretary")
_OFFICES = (r"(?:deputy |vice |acting |first |the |a |an |its |their |his |her |new |chief |(?-i:[A-Z][\w.]*) )*"
            r"(?:secretary|minister|president|prime|chancellor|head|chief|director|chair\w*|ambassador|"
            r"spokes\w*|governor|mayor|commander|general|leader|king|queen|pope|ceo|administrator)\b|"
            r"(?:перв\w+ |нов\w+ )?(?:заместител\w*|заступник\w*|заступниц\w*|замглав\w*|министр\w*|"
            r"замминистр\w*|міністр\w*|президент\w*|премьер\w*|прем.єр\w*|глав(?:ой|ою)|руководител\w*|"
            r"керівник\w*|директор\w*|председател\w*|голов(?:ой|ою)|посл(?:ом|ами)|генсек\w*|генеральн\w* "
            r"секретар\w*|секретар\w*|спикер\w*|речник\w*|губернатор\w*|мэр(?:ом)?|командующ\w*|"
            r"командувач\w*|канцлер\w*|лидер\w*|лідер\w*|постпред\w*|постійн\w* представник\w*|королев\w*|"
            r"корол[её]м|папой)")
_BECOME = re.compile(rf"(?<![^\W\d_])(?:become|became|стал|стала|став)\s+(?:{_OFFICES})", re.IGNORECASE)


# «назначить» / «призначити» also schedule: «брифинг… был назначен на 14.30», «На яке число була призначена
# зустріч…?», "the meeting was scheduled": no one took an office
_EVENT_NOUNS = (r"встреч|зустріч|брифинг|брифінг|переговор|заседани|засідан|саммит|саміт|визит|візит|конференц|"
                r"выбор|вибор|суд|слушани|meeting|talks|briefing|summit|visit|hearing|election|vote")
_SCHEDULED = re.compile(
    rf"(?:назнач|признач)\w*\s+(?:на\s(?!(?:\w+\s+)?(?:должност|пост|посад))|(?:\w+\s+)?(?:{_EVENT_NOUNS}))|"
    rf"(?:{_EVENT_NOUNS})\w*\s+(?:\w+\s+){{0,2}}(?:назнач|признач|appoint|nominat)", re.IGNORECASE)


def events(text: str) -> set[str]:
    """The kinds of event `text` names (START, END, GROWTH, CUT, JOIN, LEAVE, APPOINT), any number of them."""
    found = {kind for kind, pattern in _EVENTS.items() if pattern.search(text)}
    if APPOINT in found and not _EVENTS[APPOINT].search(_SCHEDULED.sub(" ", text)):
        found.discard(APPOINT)
    return found


def asked_event(question: str) -> str | None:
    """The kind of event the question asks about, when it names one kind only ("When did the mission
    start?")."""
    named = events(question) | ({APPOINT} if _BECOME.search(question) else set())
    return next(iter(named)) if len(named) == 1 else None


def tells_only_as_planned(question: str, sentence: str) -> bool:
    """Whether `sentence` tells the kind of event the question asks about only as planned, scheduled or alleged
    (question_outcomes.only_planned): «США также планируют вывести… войска» tells no withdrawal yet."""
    asked = asked_event(question)
    return asked is not None and asked in events(sentence) and only_planned(sentence)


def tells_another_event(question: str, sentence: str) -> bool:
    """Whether `sentence` names events, none of the kind the question asks about: "закрыла миссию
    … 31 декабря 2011 года" for "Когда началась миссия?" or "When did NATO expand the mission?"."""
    asked = asked_event(question)
    told = events(sentence)
    return asked is not None and bool(told) and asked not in told


def tells_the_opposite_event(question: str, sentence: str) -> bool:
    """Whether `sentence` tells the opposite of the event the question asks about (OPPOSITE) and not that
    one: "закрыла миссию … 31 декабря 2011 года" for "When did NATO start its mission in Iraq?"."""
    return tells_another_event(question, sentence) and OPPOSITE.get(asked_event(question)) in events(sentence)


# "since then": what follows came after the time before it
_SINCE_THEN = re.compile(r"(?<![^\W\d_])(?:с тех пор|с того времени|since then|ever since|з тих пір|з того часу|"
                         r"відтоді)(?![^\W\d_])", re.IGNORECASE)


def told_since_then(question: str, sentence: str) -> bool:
    """Whether `sentence` tells the asked kind of event only after "since then", so that the time before it
    is a bound the event came after, not its time: «…вернулось в рамки рубежей 1997 года (с тех пор в Альянс
    вступил ряд стран, включая Польшу)» does not say Poland joined in 1997."""
    asked = asked_event(question)
    m = _SINCE_THEN.search(sentence)
    return (asked is not None and m is not None and asked in events(sentence[m.end():])
            and asked not in events(sentence[:m.start()]))


def untold_step(question: str, sentence: str) -> bool:
    """Whether the question asks when a step told in its own words came (MEMBERSHIP: joining, leaving,
    taking an office) and `sentence` does not tell it: «12 февраля… Элбридж Колби объявил…» gives the date
    of a speech, not of "When did Colby become Deputy Secretary of Defense?"."""
    asked = asked_event(question)
    return asked in MEMBERSHIP and asked not in events(sentence)
