"""Strip web boilerplate from article text by general line rules (never per-file hacks).

The rules look at the *shape* of a line: navigation words, ticker lines, photo credits,
tag/related-links headers, adverts. Everything else is kept verbatim, so cleaned text is
still an exact quote of what the publisher wrote.
"""

from __future__ import annotations

import re

# Whole lines that are page chrome in ru/uk/en news sites.
_CHROME_LINE = re.compile(
    r"""^(
        реклама | advertisement | ad | sponsored |
        menu(\s+(open|closed))? | меню | languages? | мови | языки |
        теми: ? | темы: ? | теги: ? | tags: ? | topics: ? |
        ще\s+на\s+цю\s+тему | читайте\s+також:? | читайте\s+также:? | по\s+теме:? |
        еще\s+по\s+теме:? | related( articles)?:? | share | поделиться | поділитися |
        подписывайтесь.* | підписуйтесь.* | subscribe.*
    )$""",
    re.IGNORECASE | re.VERBOSE,
)
# A link to another story inside the body: "Читайте також: Зеленський провів розмову з Байденом".
_SEE_ALSO = re.compile(
    r"^(?:читайте(?:\s+(?:також|также|еще|ещё|більше))?|дивіться\s+також|смотрите\s+также|по\s+теме|"
    r"на\s+тему|read\s+(?:also|more)|see\s+also|related)\s*:\s*\S.{0,200}$",
    re.IGNORECASE)
# Site notices: "Если вы заметили ошибку, выделите ее и нажмите Ctrl+Enter", "© 2023 … Все права
# защищены", "We use cookies…", "Follow us on Twitter". Short lines only: an article may discuss cookies.
_NOTICE = re.compile(
    r"ctrl\s*\+\s*enter|^©|^\(c\)\s|все права защищены|всі права захищені|all rights reserved|"
    r"^(?:мы используем|ми використовуємо|we use)\s+(?:файлы\s+)?(?:cookie|куки|файли\s+cookie)|"
    r"^follow us\b|^sign up for our newsletter",
    re.IGNORECASE)
MAX_NOTICE_CHARS = 200
# "weather -1 Киев", "погода +3 Київ"
_WEATHER = re.compile(r"^(weather|погода)\s+[+\-−]?\d+\S*(\s+\S+){0,2}$", re.IGNORECASE)
# Currency tickers: "$41.28 €43.46", "USD 27,5 EUR 30,1"
_TICKER = re.compile(r"^([$€£₴₽]|usd|eur|rub|uah)\s*\d+[.,]\d+(\s+([$€£₴₽]|usd|eur|rub|uah)\s*\d+[.,]\d+)*$",
                     re.IGNORECASE)
# A row of sharing buttons: "Share this article: Twitter | Facebook", "Поделиться: VK Telegram WhatsApp".
_SOCIAL = (r"twitter|x|facebook|fb|telegram|vk|vkontakte|вконтакте|whatsapp|viber|linkedin|reddit|email|e-mail|"
           r"ok|одноклассники|pinterest|threads|copy\s+link")
_SHARE_ROW = re.compile(
    rf"^(?:(?:share(?:\s+this(?:\s+article|\s+story)?)?|поделиться|поділитися)\s*:?\s*)?"
    rf"(?:(?:{_SOCIAL})[\s|,·•/]*){{2,}}$",
    re.IGNORECASE)
# A standalone photo credit: "Фото: EPA", "Photo: Reuters".
_CREDIT_LINE = re.compile(r"^(фото|photo|фото\s+ілюстративне|иллюстрация|ілюстрація)\s*:\s*\S.{0,60}$",
                          re.IGNORECASE)
# A caption ending in a credit: "В НАТО рассказали о сближении с РФ. Фото: Shutterstock"
_TRAILING_CREDIT = re.compile(r"\s*(фото|photo)\s*:\s*[^.!?]{1,60}$", re.IGNORECASE)


def _is_chrome(line: str) -> bool:
    s = line.strip()
    return bool(_CHROME_LINE.match(s) or _WEATHER.match(s) or _TICKER.match(s) or _CREDIT_LINE.match(s)
                or _SHARE_ROW.match(s) or _SEE_ALSO.match(s) or (len(s) <= MAX_NOTICE_CHARS and _NOTICE.search(s)))


def clean_text(raw: str) -> str:
    """Return the article body as paragraphs separated by one blank line."""
    text = raw.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ").replace("\ufeff", "")
    paragraphs: list[str] = []
    for line in text.split("\n"):
        line = re.sub(r"[ \t]+", " ", line).strip()
        if not line or _is_chrome(line):
            continue
        if _TRAILING_CREDIT.search(line) and len(line) < 300:
            # A photo caption: the caption text repeats the story; the credit is chrome.
            continue
        if paragraphs:
            prev = paragraphs[-1]
            if line == prev:
                continue
            # Pages often repeat the headline at the start of the lead ("Title Title Subtitle").
            if line.startswith(prev) and len(line) > len(prev):
                line = line[len(prev):].strip()
                if not line:
                    continue
        paragraphs.append(line)
    # Trailing section headers with nothing after them ("Контекст" at the very end).
    while paragraphs and len(paragraphs[-1]) < 30 and not re.search(r"[.!?»\"]$", paragraphs[-1]):
        paragraphs.pop()
    return "\n\n".join(paragraphs)


def guess_title(cleaned: str) -> str | None:
    """The first paragraph, if it is short enough to be a headline."""
    first = cleaned.split("\n\n", 1)[0].strip() if cleaned else ""
    if not first or len(first) > 220:
        return None
    return first
