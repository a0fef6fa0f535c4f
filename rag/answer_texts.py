"""What the assistant says in its own words, in the question's language (en, ru, uk).

Everything else in an answer is quoted from the articles. One place for the wording, so a
translator or a new language touches one file; an unknown language falls back to English.
"""

# Opens the quoted evidence (extractive.extractive_answer).
FALLBACK_PREFIX = {
    "en": "The articles say:",
    "ru": "В статьях сказано:",
    "uk": "У статтях сказано:",
}

# Introduces a later article on the subject after the answer (later_reports.py).
INTRO = {
    "en": "Another article ({}) says:",
    "ru": "В другой статье ({}) сказано:",
    "uk": "В іншій статті ({}) сказано:",
}

# An undated article's label, without and with the latest year its text states (Citation.date_label).
DATE_UNKNOWN = {
    "en": ("date unknown", "date unknown, latest year mentioned {}"),
    "ru": ("дата неизвестна", "дата неизвестна, последний упомянутый год — {}"),
    "uk": ("дата невідома", "дата невідома, останній згаданий рік — {}"),
}

# A question about the collection itself (collection_overview.py): the count, then, when not all
# are listed, how many of the newest are.
OVERVIEW_TEXT = {
    "en": ("Articles in the collection: {}, newest first.", "The {} newest:"),
    "ru": ("Статей в коллекции: {}, сначала новые.", "{} самых новых:"),
    "uk": ("Статей у колекції: {}, спочатку нові.", "{} найновіших:"),
}

# A request for the articles on a subject (article_listing.py): the subject and the count ("at
# least" when more may lie beyond the passages read), then, when not all are listed, how many are.
LISTING_TEXT = {
    "en": ("Articles on “{}”: {}, newest first.", "at least {}", "The {} newest:"),
    "ru": ("Статьи по теме «{}»: {}, сначала новые.", "не меньше {}", "{} самых новых:"),
    "uk": ("Статті на тему «{}»: {}, спочатку нові.", "щонайменше {}", "{} найновіших:"),
}
# ... and for a summary request, the articles' opening sentences (article_listing.article_lead).
SUMMARY_TEXT = {
    "en": ("The articles on “{}” ({}, newest first), by their opening sentences:", "at least {}", "The {} newest:"),
    "ru": ("Статьи по теме «{}» ({}, сначала новые), по их первым фразам:", "не меньше {}", "{} самых новых:"),
    "uk": ("Статті на тему «{}» ({}, спочатку нові), за їхніми першими реченнями:", "щонайменше {}",
           "{} найновіших:"),
}
# An untitled article whose opening sentence is the one shown for it, named in a list.
UNTITLED_TEXT = {"en": "Untitled article", "ru": "Статья без заголовка", "uk": "Стаття без заголовка"}
# ... and when no article is on it.
NO_LISTING_TEXT = {
    "en": "None of the articles is on “{}”.",
    "ru": "Ни одна статья не относится к теме «{}».",
    "uk": "Жодна стаття не стосується теми «{}».",
}

# Refusals (assistant.py): the answer, then what is missing or how to ask.
ABSTAIN_TEXT = {
    "en": "The articles do not contain the answer to this question.",
    "ru": "В статьях нет ответа на этот вопрос.",
    "uk": "У статтях немає відповіді на це питання.",
}
NO_MONEY_TEXT = {
    "en": "any amount of money",
    "ru": "денежные суммы",
    "uk": "грошові суми",
}
NO_WEATHER_TEXT = {
    "en": "the weather",
    "ru": "погода",
    "uk": "погода",
}
NO_TIME_TEXT = {  # for "At what time…?"
    "en": "They give no time of day for it.",
    "ru": "Время они не называют.",
    "uk": "Часу вони не називають.",
}
NO_DATE_TEXT = {
    "en": "They give no date for it.",
    "ru": "Даты они не называют.",
    "uk": "Дати вони не називають.",
}
NO_COUNT_TEXT = {
    "en": "They give no number for it.",
    "ru": "Числа они не называют.",
    "uk": "Числа вони не називають.",
}
NO_LENGTH_TEXT = {
    "en": "They give no length of time for it.",
    "ru": "Продолжительности они не называют.",
    "uk": "Тривалості вони не називають.",
}
NO_PLACE_TEXT = {
    "en": "They name no place for it.",
    "ru": "Места они не называют.",
    "uk": "Місця вони не називають.",
}
NO_PERSON_TEXT = {
    "en": "They name nobody for it.",
    "ru": "Имени они не называют.",
    "uk": "Імені вони не називають.",
}
NO_WORDS_TEXT = {
    "en": "They quote nothing this person said on it.",
    "ru": "Слов этого человека об этом они не приводят.",
    "uk": "Слів цієї людини про це вони не наводять.",
}
# ... for a country's words ("What did Kazakhstan say about Russia's proposal?")
NO_COUNTRY_WORDS_TEXT = {
    "en": "They quote nothing this country said on it.",
    "ru": "Заявлений этой страны об этом они не приводят.",
    "uk": "Заяв цієї країни про це вони не наводять.",
}
# ... for a body's words ("What did the State Department say about Kosovo?")
NO_BODY_WORDS_TEXT = {
    "en": "They quote nothing this body said on it.",
    "ru": "Заявлений этой организации об этом они не приводят.",
    "uk": "Заяв цієї організації про це вони не наводять.",
}
ONLY_PLANNED_TEXT = {
    "en": "They report it only as planned, unconfirmed or still under way.",
    "ru": "Они сообщают об этом лишь как о запланированном, неподтверждённом или ещё не завершённом.",
    "uk": "Вони повідомляють про це лише як про заплановане, непідтверджене або ще не завершене.",
}
# ... of "what decision…", when the quotes tell no decision
NO_DECISION_TEXT = {
    "en": "They report no decision on it.",
    "ru": "Они не сообщают о принятом решении.",
    "uk": "Вони не повідомляють про ухвалене рішення.",
}
NO_VOTE_TEXT = {
    "en": "They report no vote on it.",
    "ru": "Они не сообщают о голосовании.",
    "uk": "Вони не повідомляють про голосування.",
}
# ... of a "when did X join / leave / take office", when the quotes give times of other things only
UNTOLD_STEP_TEXT = {
    "en": "None of the quotes closest to it tells when that happened.",
    "ru": "Ни один из ближайших к нему фрагментов не сообщает, когда это произошло.",
    "uk": "Жоден із найближчих до нього фрагментів не повідомляє, коли це сталося.",
}
VAGUE_TEXT = {
    "en": "Ask about something the articles report: a person, an event, a date, a number.",
    "ru": "Спросите о том, о чём пишут статьи: о человеке, событии, дате, числе.",
    "uk": "Запитайте про те, про що пишуть статті: про людину, подію, дату, число.",
}
COMPOSE_TEXT = {  # compose_requests.py
    "en": "I only quote what the articles report; I do not write jokes, poems, stories or code, "
          "nor set my instructions aside.",
    "ru": "Я только цитирую то, о чём сообщают статьи: не сочиняю шуток, стихов, рассказов или кода "
          "и не отступаю от своих инструкций.",
    "uk": "Я лише цитую те, про що повідомляють статті: не складаю жартів, віршів, оповідань чи коду "
          "й не відступаю від своїх інструкцій.",
}
# ... and a name they write nearly the same (question_terms.spelling_suggestions)
SPELLING_TEXT = {
    "en": "Did you mean: {}?",
    "ru": "Возможно, имелось в виду: {}.",
    "uk": "Можливо, малося на увазі: {}.",
}
NOT_MENTIONED_TEXT = {
    "en": "They do not mention: {}.",
    "ru": "В них не упоминается: {}.",
    "uk": "У них не згадано: {}.",
}
# ... of the question's names, one the quoted articles never mention while other articles found do, though
# not with the rest of what it asks about ("What did Stoltenberg say about Kosovo?")
NAMED_ELSEWHERE_TEXT = {
    "en": "The articles that mention {} do not say that.",
    "ru": "Статьи, где упоминается {}, об этом не сообщают.",
    "uk": "Статті, де згадано {}, про це не повідомляють.",
}
# ... of the question's names, those the articles mention but not with the rest of what it asks about
QUOTES_NOT_NAMING_TEXT = {
    "en": "The passages closest to it do not mention: {}.",
    "ru": "Ближайшие к нему фрагменты не упоминают: {}.",
    "uk": "Найближчі до нього фрагменти не згадують: {}.",
}

# Opens the machine translations of quotes for an English question (translation.py).
TRANSLATION_HEADER = {
    "en": "In English (machine translation: names and wording may be wrong; the quotes are the evidence):",
}
TRANSLATION_WITHHELD = {
    "en": "(translation withheld: it did not match the quote's numbers, dates, places, offices, Latin-script "
          "names or length)",
}
PART_WITHHELD = {  # one sentence of the quote, shown as […]
    "en": "([…]: translation withheld, it did not match the sentence's numbers, dates, places, offices, "
          "Latin-script names or length)",
}
NOT_TRANSLATED = {  # a quote in a language the offline model translates too badly to show
    "en": "(not translated: the offline model mistranslates {} too often)",
}


# Joins the names a lead lists ("Germany, Spain, France and Belgium", «Александр Грушко и Александр Фомин»).
AND = {"en": "and", "ru": "и", "uk": "і"}


def listed(names: list[str], language: str) -> str:
    """`names` as one list in `language`: "A", "A and B", "A, B and C" (place_lead.py, person_lead.py)."""
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} {AND.get(language, 'and')} {names[-1]}"
