import datetime as dt

from rag.cleaning import clean_text, guess_title
from rag.dates import extract_date, latest_year_mentioned
from rag.ingest import parse_article
from rag.language import detect_language

from .conftest import SEED


def test_boilerplate_lines_removed_by_shape():
    raw = ("$41.28 €43.46\nmenu closed\nmenu open\nweather -1 Киев\nlanguages\n\nЗаголовок новости\n\n"
           "Текст статьи о переговорах.\nРеклама\nЕще текст. Фото: Shutterstock\nФото: EPA\n"
           "Последний абзац статьи.\n\nТеми:\n\nЩе на цю тему")
    cleaned = clean_text(raw)
    assert cleaned.split("\n\n") == ["Заголовок новости", "Текст статьи о переговорах.", "Последний абзац статьи."]


def test_repeated_headline_is_removed_from_lead():
    cleaned = clean_text("Итоги переговоров\n\nИтоги переговоров Стороны обсудили гарантии.\n")
    assert cleaned == "Итоги переговоров\n\nСтороны обсудили гарантии."


def test_seed_boilerplate_gone_and_content_kept():
    a = parse_article((SEED / "004_ef5d765d65997f62.txt").read_bytes(), "004.txt")
    for chrome in ("$41.28", "menu closed", "weather -1", "languages", "Фото: EPA"):
        assert chrome not in a.text
    assert "Делегацию РФ возглавляли замглавы МИД Александр Грушко" in a.text
    b = parse_article((SEED / "001_cb2fd77c0b4dd6b1.txt").read_bytes(), "001.txt")
    assert "Теми:" not in b.text and "Ще на цю тему" not in b.text
    c = parse_article((SEED / "002_97f0df2eef87aeec.txt").read_bytes(), "002.txt")
    assert "Реклама" not in c.text and "Shutterstock" not in c.text


def test_date_formats():
    assert extract_date("Заголовок\n\n8 января 2018, 19:27\n\nТекст.") == dt.date(2018, 1, 8)
    assert extract_date("Заголовок\n\n16:00 21.12.2021\n\nТекст.") == dt.date(2021, 12, 21)
    assert extract_date("Title\n\nJanuary 8, 2018\n\nText.") == dt.date(2018, 1, 8)
    assert extract_date("Заголовок\n\n21/12/2021\n\nТекст.") == dt.date(2021, 12, 21)
    assert extract_date("Title\n\n12/21/2021\n\nText.") == dt.date(2021, 12, 21)  # month first: 21 is no month
    assert extract_date("Title\n\n01/12/2022\n\nText.") is None  # 1 December or January 12: no date, not a guess
    assert extract_date("Title\n\n2022-01-12T14:35:00+03:00\n\nText.") == dt.date(2022, 1, 12)


def test_day_month_year_from_context():
    text = ("Заголовок\n\nОб этом 12 января пишет ТАСС.\n\nПереговоры шли долго.\n\nДалее.\n\n"
            "Контекст: 7 декабря 2021 года прошел разговор.")
    assert extract_date(text) == dt.date(2022, 1, 12)


def test_event_dates_inside_long_paragraphs_are_not_publication_dates():
    long_para = "Контора НАТО проработала в Ираке почти семь лет и закрыла свою деятельность 31 декабря 2011 года. " * 3
    assert extract_date(long_para) is None


def test_latest_year_mentioned_counts_years_not_other_numbers():
    assert latest_year_mentioned("Операция начата в 2018 году, а с 2021-го ее расширяли; соглашение 2024 года.") == 2024
    assert latest_year_mentioned("Миссия насчитывает около 4500 военных и 2030 единиц техники.") is None
    assert latest_year_mentioned("Published 16:00 21.12.2021. In 1999, KFOR began.") == 2021
    assert latest_year_mentioned("У 2014 році почалося; 1500 солдатів.") == 2014
    assert latest_year_mentioned("") is None
    # a year still to come is a plan, not a bound on when the article was written
    assert latest_year_mentioned("В 2022 году НАТО поставило цель к 2030 году.", until=2026) == 2022
    assert latest_year_mentioned("В 2022 году НАТО поставило цель к 2030 году.", until=2030) == 2030


def test_seed_metadata():
    expected = {
        "001_cb2fd77c0b4dd6b1.txt": ("uk", dt.date(2021, 12, 21)),
        "002_97f0df2eef87aeec.txt": ("ru", dt.date(2018, 1, 8)),
        "003_0b30eddd88892599.txt": ("ru", None),
        "004_ef5d765d65997f62.txt": ("ru", dt.date(2022, 1, 12)),
    }
    for name, (lang, date) in expected.items():
        a = parse_article((SEED / name).read_bytes(), name)
        assert (a.language, a.date) == (lang, date), name
    no_title = parse_article((SEED / "003_0b30eddd88892599.txt").read_bytes(), "003")
    assert no_title.title is None
    assert guess_title("В НАТО объяснили сближение с Россией\n\nТекст") == "В НАТО объяснили сближение с Россией"


def test_language_detection_short_questions():
    assert detect_language("When did the NATO Iraq mission close?") == "en"
    assert detect_language("Когда закрылась миссия НАТО в Ираке?") == "ru"
    assert detect_language("Коли закрилася місія НАТО в Іраку?") == "uk"
    assert detect_language("Хто очолював делегацію?") == "uk"
    # a name spelt the Russian way does not outvote the Ukrainian words around it, nor the reverse
    assert detect_language("Хто такий Элбридж Колби?") == "uk"
    assert detect_language("Що сказав Эрдоган про НАТО?") == "uk"
    assert detect_language("Что сказал Пєсков?") == "ru"
    assert detect_language("Элбридж Колби") == "ru"  # nothing but a name: its letters decide
    # no distinctive letter: words of one language only and verbal-noun endings ("-ння" / "-ние") decide
    assert detect_language("Чим завершилися обговорення згортання сил KFOR?") == "uk"
    assert detect_language("Чем завершилось обсуждение сокращения сил KFOR?") == "ru"
    assert detect_language("В скольких домохозяйствах проживают дети в возрасте до 18 лет?") == "ru"  # "до": both
    assert detect_language("Какой пост занимает Томас де Мезьер?") == "ru"  # "де" in a name is not Ukrainian "where"
    # Latin-script names do not outvote the Cyrillic words around them, nor the reverse
    assert detect_language("Кто основал McKinsey & Company?") == "ru"
    assert detect_language("What does Tesla Electric Light & Manufacturing do?") == "en"
    assert detect_language("Who is Элбридж Колби?") == "en"


def test_odd_encodings_and_bad_files():
    import pytest

    from rag.ingest import IngestError, decode_bytes

    text = "Заголовок статьи\n\nРоссия и НАТО завершили переговоры в Брюсселе по безопасности."
    for enc in ("cp1251", "koi8-r", "utf-16"):
        assert parse_article(text.encode(enc), f"a-{enc}.txt").text == text
    # short texts charset_normalizer reads as Shift JIS or Big5: the Cyrillic code page that reads as words wins
    for short, enc in [("Песков: переговоры продолжатся в Женеве.", "koi8-r"),
                       ("Пєсков: переговори тривають у Женеві.", "koi8-u"),
                       ("НАТО и Россия: итоги встречи в Брюсселе.", "cp1251"),
                       ("Россия и НАТО завершили переговоры.", "cp866")]:
        assert decode_bytes(short.encode(enc), "short.txt") == short, enc
    with pytest.raises(IngestError, match="empty"):
        parse_article(b"   \n", "empty.txt")
    with pytest.raises(IngestError, match="binary"):
        parse_article(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200), "img.txt")


def test_html_article():
    html = ("<html><head><title>Site | News</title></head><body><nav>Menu Home</nav><h1>Саммит НАТО</h1>"
            "<p>Саммит пройдет в июле в Анкаре, сообщили дипломаты.</p><footer>© 2026</footer></body></html>")
    a = parse_article(html.encode(), "x.html")
    assert a.title == "Саммит НАТО"
    assert "Анкаре" in a.text and "Menu" not in a.text and "©" not in a.text


def test_an_html_page_states_its_publication_date_for_machines():
    body = "<h1>Шольц о расходах</h1><p>Канцлер Германии Олаф Шольц заявил во вторник о расходах на оборону.</p>"
    meta = '<meta property="article:published_time" content="2023-03-14T09:12:00+03:00">'
    assert parse_article(f"<html><head>{meta}</head><body>{body}</body></html>".encode(), "a.html").date \
        == dt.date(2023, 3, 14)
    ld = '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2024-02-01"}</script>'
    assert parse_article(f"<html><head>{ld}</head><body>{body}</body></html>".encode(), "b.html").date \
        == dt.date(2024, 2, 1)
    timed = body + '<time datetime="2022-01-12T10:00">12 января</time>'
    sidebar = '<aside><time datetime="2024-05-05">5 мая</time> Другая новость</aside>'  # another story's time
    assert parse_article(f"<html><body>{sidebar}{timed}</body></html>".encode(), "c.html").date == dt.date(2022, 1, 12)
    assert parse_article(f"<html><body>{body}</body></html>".encode(), "d.html").date is None  # none stated


def test_sharing_buttons_and_markdown_emphasis_are_not_article_text():
    md = ("# Sweden joins NATO\n\n*7 March 2024*\n\nSweden formally became the 32nd member of NATO on "
          "7 March 2024.\n\nShare this article: Twitter | Facebook\n\nПоделиться: VK Telegram WhatsApp\n")
    a = parse_article(md.encode(), "sweden.md")
    assert a.text == ("Sweden joins NATO\n\n7 March 2024\n\nSweden formally became the 32nd member of NATO on "
                      "7 March 2024.")
    assert a.date == dt.date(2024, 3, 7)
    kept = "Twitter said on Monday that it would block the accounts."
    assert parse_article(f"Title line\n\n{kept}".encode(), "t.txt").text.endswith(kept)


def test_links_to_other_stories_and_site_notices_are_not_article_text():
    body = "Канцлер Германии Олаф Шольц заявил во вторник о расходах на оборону."
    page = "\n".join([
        "Шольц о расходах", body, "Читайте також: Зеленський провів розмову з Байденом",
        "Read more: Sweden joins NATO", "Если вы заметили ошибку, выделите ее и нажмите Ctrl+Enter",
        "© 2023 Example.ru. Все права защищены. 18+",
        "Мы используем cookie. Продолжая пользоваться сайтом, вы соглашаетесь.",
        "Читайте, что сказал Песков о расходах на оборону.",  # a sentence, not a link
    ])
    assert clean_text(page) == f"Шольц о расходах\n\n{body}\n\nЧитайте, что сказал Песков о расходах на оборону."
