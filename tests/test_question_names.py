from rag.answer_types import asks_how_long, asks_how_many
from rag.chunking import ChunkingParams
from rag.extractive import EvidenceSentence, count_after, headline_and_lead, prefer_first_mention, sentences_before
from rag.indexer import load_index, update_index
from rag.question_names import (
    about_names,
    asked_places,
    bare_name,
    best_named,
    capitalised_mention,
    cyrillic_variants,
    elsewhere,
    located_places,
    mentions_place,
    names_mentioned,
    place_forms,
    place_key,
    placed_at,
    question_names,
    scene,
    spelt_out,
    subject_names,
    subjects_mentioned,
    to_cyrillic,
    where_asked,
)
from rag.retrieval import Retriever
from rag.types import Citation


def test_romanised_russian_names_come_back_to_cyrillic():
    assert to_cyrillic("Ryabkov") == "рябков"
    assert to_cyrillic("Scaparrotti") == "скапарротти"
    assert to_cyrillic("Shchukin") == "щукин"
    assert to_cyrillic("Zelensky") == "зеленский"
    assert to_cyrillic("Yermak") == "ермак"


def test_names_are_the_capitalised_words_after_the_first():
    curtis, scaparrotti = question_names("Who is Curtis Scaparrotti?")
    assert curtis[0] == "curti" and "курти" in curtis and "скапа" in scaparrotti
    assert question_names("Кто такая Венди Шерман?") == [("венд",), ("шерма",)]
    assert question_names("When did the mission close?") == []  # "When" starts the question
    assert question_names("Who is Ed?") == []  # too short to match safely


def test_english_names_are_spelt_as_russian_writes_them():
    assert cyrillic_variants("Ryabkov")[0] == to_cyrillic("Ryabkov")  # letter by letter first
    for name, russian in (("Joe Biden", "Джо Байденом"), ("Donald Trump", "Дональда Трампа"),
                          ("Anthony Blinken", "Энтони Блинкен"), ("Elbridge Colby", "Элбридж Колби"),
                          ("Jake Sullivan", "Джейк Салливан"), ("Lloyd Austin", "Ллойд Остин"),
                          ("Julianne Smith", "Джулианна Смит"), ("Cam Newton", "Кэм Ньютон"),
                          ("Andrew Stewart", "Эндрю Стюарт")):
        names = question_names(f"Who is {name}?")
        assert names_mentioned(russian, names) == 2, name
    # every name must match: "Ian Smith" is not "Джулианна Смит"
    assert names_mentioned("Джулианна Смит", question_names("Who is Ian Smith?")) == 1


def test_a_name_matches_its_inflected_and_ukrainian_forms_in_either_script():
    names = question_names("Who is Curtis Scaparrotti?")
    assert names_mentioned("встрече между командующим Куртисом Скапарротти и Герасимовым", names) == 2
    assert names_mentioned("Скапарротти и Герасимов уже общались по телефону", names) == 1
    assert names_mentioned("Під час прес-колу Пєскова запитали", question_names("Who is Peskov?")) == 1
    # the stemmer cuts a name's forms differently («Пєскова» → «песко…», «Песков» → «песк»): words as written count
    assert names_mentioned("Дмитрий Песков заявил", question_names("Які статті згадують Пєскова?")) == 1
    assert names_mentioned("император Генрих 3 пожаловал", question_names("Кому Генрихом III пожаловано?")) == 1
    assert names_mentioned("полёт на Марс", question_names("Что было в Марселе?")) == 0
    assert names_mentioned("срока Дональда Трампа", question_names("Who is Donald Smith?")) == 1  # soft sign
    # Russian y as «ы», German sch and z as «ш» and «ц», Slavic c as «ч» or «ц»
    for english, russian in (("Kadyrov", "Кадыров"), ("Scholz", "Шольц"), ("Merz", "Мерц"), ("Vucic", "Вучич")):
        assert names_mentioned(f"Как заявил {russian}, переговоры продолжатся.", question_names(f"Who is {english}?"))
    # Ukrainian «е» for Russian «э» at a name's start, both ways
    assert names_mentioned("заместитель главы Пентагона Элбридж Колби", question_names("Хто такий Елбрідж Колбі?")) == 2
    assert names_mentioned("держсекретар Ентоні Блінкен", question_names("Что сказал Энтони Блинкен?")) == 2
    # a word of a body's name that each language translates: «Рада», «Совет», "Council"
    council = "В Брюсселе завершилось заседание Совета Россия – НАТО."
    assert names_mentioned(council, question_names("Хто був на засіданні Ради Росія – НАТО?")) == 3
    assert names_mentioned(council, question_names("Who attended the NATO Council?")) == 2
    assert names_mentioned("Вашингтон готовий до обговорення через раду Росія—НАТО.",
                           question_names("Что решил Совет НАТО?")) == 2


def test_only_questions_that_are_mostly_names_are_about_names():
    for q in ("Who is Curtis Scaparrotti?", "Кто такой Герасимов?", "What is KFOR?"):
        assert about_names(q, question_names(q)), q
    for q in ("How much does KFOR cost per year?", "When did the NATO mission close?", "Who led it?"):
        assert not about_names(q, question_names(q)), q


def _sentence(passage, start, text, score):
    return EvidenceSentence(passage=passage, start=start, end=start + len(text), text=text, score=score)


def test_the_first_mention_in_the_article_is_quoted():
    passages = [Citation(source="a.txt", title=None, date=None, language="ru", snippet="", start=0, end=500,
                         score=0.0),
                Citation(source="b.txt", title=None, date=None, language="ru", snippet="", start=0, end=500,
                         score=0.0)]
    names = question_names("Who is Curtis Scaparrotti?")
    ranked = [_sentence(1, 10, "Куртис Скапарротти в другой статье.", 0.80),
              _sentence(0, 300, "Скапарротти и Герасимов общались.", 0.79),
              _sentence(0, 200, "Куртиса Скапарротти упомянули снова.", 0.78),
              _sentence(0, 50, "Командующий Куртис Скапарротти заявил.", 0.70),
              _sentence(1, 90, "Песков прокомментировал переговоры.", 0.795)]
    out = prefer_first_mention(ranked, passages, names, "a.txt")
    assert out[0].start == 50 and out[0].score == 0.80  # earliest sentence naming both, in a.txt
    assert [s.start for s in out[1:]] == [10, 300, 200]  # sentences naming neither are dropped
    assert prefer_first_mention(ranked, passages, names, "c.txt") == ranked


def test_the_store_finds_an_articles_first_chunk_naming_everyone(seed_copy, tmp_path, hash_embedder):
    P = ChunkingParams()
    update_index(seed_copy, tmp_path / "index", hash_embedder, P)
    snap = load_index(tmp_path / "index", hash_embedder.id, hash_embedder.dim, P)
    source = "002_97f0df2eef87aeec.txt"
    found = Retriever(snap, hash_embedder).first_mention(source, question_names("Who is Curtis Scaparrotti?"))
    assert found is not None
    chunk, features = found
    text = snap.store.article_text(source)
    assert chunk.source == source and text[chunk.start:chunk.end] == chunk.snippet
    assert chunk.start <= text.index("Куртисом Скапарротти") < chunk.end
    assert len(features.spans) == len(features.sentence_vectors) > 0
    assert Retriever(snap, hash_embedder).first_mention(source, question_names("Who is Wendy Sherman?")) is None


def test_a_place_is_one_name_in_every_language():
    finland = place_forms("Finland")
    assert finland is not None
    assert place_forms("Финляндии") == place_forms("Фінляндії") == place_forms("Finland's") == finland
    assert names_mentioned("Финляндия подала заявку.", [finland]) == 1
    assert names_mentioned("Швеция подала заявку.", [finland]) == 0
    assert place_forms("Peskov") is None  # not a place
    assert place_forms("Korea") is None  # only one-word names: "South Korea" / "North Korea"
    # larger cities, by their English name (GeoNames' Cyrillic names)
    assert names_mentioned("Вечером 10 января в Женеве завершились переговоры.", [place_forms("Geneva")]) == 1
    assert names_mentioned("Переговоры в Брюсселе.", [place_forms("Vilnius")]) == 0
    assert place_forms("Женева") is None  # Cyrillic words are looked up among countries only


def test_a_country_news_calls_otherwise_is_still_that_country():
    # CLDR says "Türkiye" and "United Kingdom": a Russian question naming Turkey or Britain must
    # still find an English article that uses the everyday one-word name
    assert names_mentioned("Turkey's parliament approved it.", [place_forms("Турции")]) == 1
    assert names_mentioned("Britain sent troops.", [place_forms("Великобритании")]) == 1
    assert names_mentioned("Британія надіслала війська.", [place_forms("Великобритании")]) == 1
    assert names_mentioned("France sent troops.", [place_forms("Великобритании")]) == 0


def test_a_country_whose_name_stems_short_is_known_by_its_inflected_forms():
    # «Росія» stems to «рос», under the 4 letters a stem must have: its forms are listed whole
    assert {place_key(w) for w in ("Росія", "Росії", "Росією", "Росію")} == {"country:RU"}
    assert [place_key(w) for w in ("Ливии", "Сирії", "Ирана")] == ["country:LY", "country:SY", "country:IR"]
    assert place_key("Ирак") == "country:IQ"  # not Iran
    # words that only look like them, and names that are common words opening a sentence («Мали», «Того»)
    assert place_key("Данило") is None and place_key("Кубок") is None
    assert place_key("Мали") is None and place_key("Того") is None


def test_quotes_from_an_article_naming_fewer_of_the_questions_names_are_set_aside():
    names = question_names("What did Stoltenberg say at his briefing after the Russia–NATO Council?")
    articles = {"peskov": "Пєскова запитали про програми НАТО.",
                "council": "Брифинг генсека НАТО Йенса Столтенберга перенесли. Заседание Совета Россия – НАТО."}
    ranked = [("peskov", 1), ("council", 1), ("peskov", 2), ("council", 2)]
    out = best_named(ranked, ranked[:2], lambda s: articles[s[0]], names)
    assert out == [("council", 1), ("council", 2)]
    # both quoted articles name as many: nothing set aside; no names or one quote: nothing either
    assert best_named(ranked, [ranked[1], ranked[3]], lambda s: articles[s[0]], names) == ranked
    assert best_named(ranked, ranked[:2], lambda s: articles[s[0]], []) == ranked
    assert best_named(ranked, ranked[:1], lambda s: articles[s[0]], names) == ranked


def test_a_name_typed_alone_is_a_name_if_the_articles_write_it_as_one():
    assert bare_name("Blinken") and bare_name("Скапарротти?") and bare_name("Curtis Scaparrotti")
    assert not bare_name("Ещё")  # stem «ещ»: too short to be told from other words
    assert not bare_name("KFOR") and not bare_name("Who is Blinken?")
    assert question_names("Blinken") and not question_names("Blinken said")  # a sentence's first word otherwise
    article = "Спасибо, сказал он. По итогам встречи госсекретарь США Энтони Блинкен заявил о трудностях."
    assert capitalised_mention(article, question_names("Blinken"))
    # «Спасибо» opens a sentence only: no name
    assert not capitalised_mention(article, question_names("Спасибо"))


def test_a_count_told_of_another_place_does_not_answer_for_the_asked_one():
    article = ("Миссия работала в Ираке. Её поддерживали союзники. Об этом писали газеты. "
               "В пригороде Багдада открыли академию. Туда направили около 300 офицеров.")
    quote = "Туда направили около 300 офицеров."
    s = EvidenceSentence(0, article.index(quote), len(article), quote, 1.0)
    # the quote with up to three sentences before it
    assert sentences_before(article, s, 3) == ("Её поддерживали союзники. Об этом писали газеты. "
                                               "В пригороде Багдада открыли академию. " + quote)
    assert sentences_before(article, s, 0) == quote
    afghanistan = asked_places("How many troops does NATO have in Afghanistan?")
    iraq = asked_places("Сколько офицеров НАТО было в Ираке?")
    assert afghanistan == {"country:AF"} and iraq == {"country:IQ"}
    assert elsewhere(afghanistan, sentences_before(article, s, 3))  # Baghdad, not Afghanistan
    assert not elsewhere(iraq, sentences_before(article, s, 4))  # «в Ираке» four sentences back
    assert not elsewhere(afghanistan, quote)  # a quote naming no place may be about the asked one
    # a city counts after "in" / «в»: elsewhere a city's name may be a person's («музея Виктории и Альберта»)
    assert asked_places("Скільки тривали переговори в Стамбулі?") == {"city:Istanbul"}
    assert asked_places("Сколько предметов в коллекции музея Виктории и Альберта?") == set()
    assert asked_places("How long were the Geneva talks?") == {"city:Geneva"}  # or after "the"
    assert asked_places("How many troops did Washington send?") == set()  # a person, or the US government
    assert asked_places("How many US soldiers are in Kosovo?", but={"country:US"}) == {"country:XK"}
    # the place after a preposition when the question has one; the US there only says who withdraws
    assert where_asked("Сколько военных США планируют вывести из Косово?") == {"country:XK"}
    assert where_asked("How many troops will the US withdraw from Kosovo?") == {"country:XK"}
    assert where_asked("How long were the Geneva talks?") == {"city:Geneva"}  # no preposition: all asked places


def test_a_compound_abbreviation_is_mentioned_where_its_words_are_spelt_out():
    text = "прикрывшись трактовкой резолюции № 1973 Совета Безопасности ООН и заявлением министерства обороны"
    assert spelt_out("Совбеза", text) and spelt_out("Минобороны", text)
    assert not spelt_out("Генсека", text) and not spelt_out("Макрона", text)
    assert not spelt_out("Sovbez", "Sovet Bezopasnosti")  # Cyrillic only


def test_a_quote_naming_the_place_runs_on_to_the_count_later_in_its_paragraph():
    article = ("Вечером 10 января в Женеве завершились переговоры. Делегацию возглавлял Рябков. "
               "Переговоры продолжались приблизительно 7,5 часов.\nДругой абзац: 4 часа.")
    first = "Вечером 10 января в Женеве завершились переговоры."
    s = EvidenceSentence(0, 0, len(first), first, 1.0)
    passages = [Citation("a.txt", None, None, "ru", article, 0, len(article), 1.0)]
    longer = count_after(s, passages, lambda _: article, asks_how_long("Сколько длились переговоры в Женеве?"))
    assert longer is not None and longer.text == article.split("\n")[0]  # one span, not past the paragraph
    # a count must count what is asked: «статьи пять Устава» is no number of troops
    other = "Силы действовали в Афганистане. Статья пять Устава была расширена."
    s = EvidenceSentence(0, 0, 31, other[:31], 1.0)
    passages = [Citation("b.txt", None, None, "ru", other, 0, len(other), 1.0)]
    assert count_after(s, passages, lambda _: other, asks_how_many("Сколько солдат в Афганистане?")) is None


def test_the_names_about_a_subject_take_an_acronyms_forms_in_every_language():
    russia, osce = subject_names("How many hours did the Russia–OSCE meeting last?")
    assert set(osce.acronyms) == {"OSCE", "ОБСЕ", "ОБСЄ"}
    assert russia.acronyms == ("РФ",)  # a country's abbreviation names it
    assert subjects_mentioned("…встреча представителей РФ и ОБСЕ.", [russia, osce]) == [True, True]
    names = subject_names("Скільки годин тривала зустріч Росії та ОБСЄ?")
    assert subjects_mentioned("12 января — Совет Россия – НАТО, 13 января — встреча РФ и ОБСЕ.", names) == [True, True]
    # an acronym is a whole word, not a stem: «ОБСЄ» is not in «обсуждали»
    assert subjects_mentioned("На заседании Совета Россия – НАТО обсуждали гарантии", names) == [True, False]


def test_an_adjective_of_nationality_may_be_left_out_of_the_subject_names():
    # "the American delegation" says whose it is, as "the US delegation" does: a who-question's side check reads it
    asked = "Who led the American delegation at the Geneva talks?"
    assert len(subject_names(asked)) == 2
    geneva, = subject_names(asked, nationalities=False)
    assert "женев" in geneva.prefixes


def test_a_headlines_context_is_the_lead_after_it():
    article = "Переговоры продлились четыре часа\n\nНа заседании Совета Россия – НАТО обсуждали гарантии. Итоги."
    head = EvidenceSentence(passage=0, start=0, end=33, text=article[:33], score=1.0)
    assert "Совета" in headline_and_lead(article, head, 1)
    later = article.index("Итоги")
    s = EvidenceSentence(passage=0, start=later, end=len(article), text="Итоги.", score=1.0)
    assert headline_and_lead(article, s, 1) == sentences_before(article, s, 1)


def test_located_places_are_where_something_is_not_whose_or_from_where():
    assert located_places("Who headed Russia's delegation at the Russia–NATO Council in Brussels?") == {"city:Brussels"}
    assert located_places("Кто возглавлял делегацию России на переговорах в Брюсселе?") == {"city:Brussels"}
    assert located_places("Who led NATO's mission in Iraq?") == {"country:IQ"}
    assert located_places("США планируют вывести около 2 500 военных из Ирака") == set()
    assert located_places("брифинг был назначен на 14.30 по Киеву") == set()


def test_a_quotes_scene_runs_back_to_the_nearest_sentence_that_puts_something_at_a_place():
    back = ["Российскую делегацию возглавляли Рябков и Фомин.", "Вечером 10 января в Женеве завершились переговоры.",
            "На 13 января намечена встреча представителей РФ и ОБСЕ.", "Россия и НАТО завершили переговоры"]
    assert scene(back) == back[:2]
    assert scene(back[2:]) == back[2:]  # nothing placed: all of them, the title too
    geneva = "Переговоры в Женеве продлились 7,5 часов."
    assert scene([geneva, *back[1:]]) == [geneva]


def test_placed_at_reads_the_nearest_sentence_that_puts_something_at_a_place():
    geneva = ["Российскую делегацию возглавляли Рябков и Фомин.", "Вечером 10 января в Женеве завершились переговоры."]
    assert not placed_at({"city:Brussels"}, geneva, "")
    assert placed_at({"city:Geneva"}, geneva, "")
    # a time zone puts nothing at Kyiv; the sentence further back puts the meeting in Brussels
    brussels = ["Делегацию РФ возглавляли Грушко и Фомин.", "Брифинг был назначен на 14.30 по Киеву.",
                "В штаб-квартире альянса в Брюсселе завершилось заседание."]
    assert placed_at({"city:Brussels"}, brussels, "")
    # a sentence putting things at the asked place and another is not about the asked one alone
    assert not placed_at({"country:XK"}, ["Операция была начата в 2018 году.",
                                          "США давят на НАТО: миссия в Ираке и операции в Косово."], "")
    # a quote naming the asked place, though not after "in", is about it (XQuAD)
    assert placed_at({"country:SD"}, ["Sudan had an Islamist regime under the leadership of Hassan al-Turabi.",
                                      "The Muslim Brotherhood was active in Egypt."], "")
    # no sentence places anything: the article must name the place somewhere
    assert not placed_at({"city:Geneva"}, ["Скапарротти и Герасимов общались по телефону."], "Статья о НАТО.")
    assert placed_at({"city:Geneva"}, ["Рябков заявил журналистам."], "Переговоры в Женеве.")


def test_a_citys_short_stem_is_a_mention_only_before_a_case_ending():
    # Vienna's GeoNames stems include «вен» and «вид»: «Вене» names it, «Венди» and «видно» do not
    assert mentions_place("Встреча прошла в Вене.", "city:Vienna")
    assert not mentions_place("…замгоссекретаря США Венди Шерман.", "city:Vienna")
    assert not mentions_place("Это видно из заявления.", "city:Vienna")
    assert mentions_place("talks in Vienna", "city:Vienna")


def test_a_citys_case_forms_are_known_where_the_stemmer_cuts_them_short_or_otherwise():
    # «Рим», «Вена» stem under 4 letters; «Мюнхен» / «Мюнхене» stem differently; «Відень» loses its «е»
    words = ("Вене", "Відні", "Риме", "Празі", "Мюнхене", "Харкові", "Києва")
    assert [place_key(w) for w in words] == ["city:Vienna", "city:Vienna", "city:Rome", "city:Prague",
                                             "city:Munich", "city:Kharkiv", "city:Kyiv"]
    assert place_key("Хасана") is None  # likeliest a first name, though Hassan is a city
    assert mentions_place("Переговори у Відні тривали.", "city:Vienna")
    assert not mentions_place("Это вида не меняет.", "city:Vienna")
    assert mentions_place("Римский договор не препятствует этому.", "city:Rome")  # an adjective names it
