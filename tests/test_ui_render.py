"""The chat's HTML: escaping of untrusted article text, highlight offsets, paragraphs, abstentions."""

import datetime as dt

from rag.types import Answer, Citation
from ui.render import answer_html, citation_card, related_html, streaming_html, surrounding_paragraphs

ARTICLE = ("Title line\n\nFirst paragraph. <script>alert(1)</script> Evil & co said \"hi\".\n\n"
           "Second paragraph with the key sentence. It ends here.\n\nThird paragraph.")


def cite(sentence: str, **kw) -> Citation:
    start = ARTICLE.index("First paragraph")
    end = ARTICLE.index("Third paragraph") - 2
    h0 = ARTICLE.index(sentence)
    base = dict(source="a<b>.txt", title=None, date=None, language="en", snippet=ARTICLE[start:end], start=start,
                end=end, score=0.9, highlight=(h0, h0 + len(sentence)))
    return Citation(**{**base, **kw})


def test_article_text_is_escaped_and_the_highlight_is_marked():
    html = citation_card(1, cite("Second paragraph with the key sentence."), ARTICLE)
    assert "<script>" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "Evil &amp; co said &quot;hi&quot;." in html
    assert "<mark>Second paragraph with the key sentence.</mark>" in html
    assert "a&lt;b&gt;.txt" in html and "date unknown" in html and "English" in html
    assert "Untitled article" in html  # no title: said so, the file name below it
    assert "<details" in html and "\n" not in html  # one line: the chat's Markdown leaves it alone


def test_card_shows_title_and_date():
    html = citation_card(2, cite("It ends here.", title="NATO & Russia", date=dt.date(2018, 1, 8), language="ru"),
                         ARTICLE)
    assert "[2]" in html and "NATO &amp; Russia" in html and "2018-01-08" in html and "Russian" in html


def test_surrounding_paragraphs_cover_the_snippet():
    c = cite("It ends here.")
    para, p0 = surrounding_paragraphs(ARTICLE, c)
    assert para == ARTICLE[p0:c.end] and para.startswith("First paragraph") and "Third" not in para
    inner = Citation(**{**c.__dict__, "start": ARTICLE.index("key sentence"), "end": ARTICLE.index(" It ends")})
    para, _ = surrounding_paragraphs(ARTICLE, inner)
    assert para == "Second paragraph with the key sentence. It ends here."
    assert surrounding_paragraphs(None, c) == ("", 0)


def test_long_paragraph_is_cut_around_the_snippet():
    article = "word " * 2000 + "needle sentence. " + "word " * 2000
    start = article.index("needle")
    c = Citation(source="x.txt", title=None, date=None, language="en", snippet=article[start:start + 16],
                 start=start, end=start + 16, score=1.0)
    para, p0 = surrounding_paragraphs(article, c)
    assert len(para) <= 2500 and p0 <= start and "needle sentence" in para


def test_answer_and_abstention_look_different():
    c = cite("It ends here.")
    ok = answer_html(Answer(text="It ends [1]. <b>x</b>", citations=[c], abstained=False, question="q?",
                            standalone_question="earlier q? q?"), lambda s: ARTICLE)
    assert "class='rag-answer'" in ok and "<span class='ref'>[1]</span>" in ok and "&lt;b&gt;x&lt;/b&gt;" in ok
    assert "Searched for: earlier q? q?" in ok and "rag-sources" in ok
    no = answer_html(Answer(text="The articles do not contain the answer.", citations=[], abstained=True,
                            question="q?", standalone_question="q?"), lambda s: ARTICLE)
    assert "rag-abstain" in no and "rag-sources" not in no and "Searched for" not in no


def test_the_short_answer_stands_out():
    lead = "31 December <2011>"
    answer = Answer(text=f"{lead} [1]. The articles say: «It ends here.» [1]", citations=[cite("It ends here.")],
                    abstained=False, lead=lead)
    html = answer_html(answer, lambda s: ARTICLE)
    assert "<strong class='rag-lead'>31 December &lt;2011&gt;</strong> <span class='ref'>[1]</span>. The" in html
    # a lead with markers of its own (a comparison's) is marked up as the text is, and not repeated
    lead = "The Geneva talks: about 7.5 hours [1]; the Brussels meeting: about 4 hours [2]"
    answer = Answer(text=f"{lead}. The articles say: «It ends here.» [1] «It ends here.» [2]",
                    citations=[cite("It ends here."), cite("It ends here.")], abstained=False, lead=lead)
    html = answer_html(answer, lambda source: None)
    assert ("<strong class='rag-lead'>The Geneva talks: about 7.5 hours <span class='ref'>[1]</span>; the Brussels "
            "meeting: about 4 hours <span class='ref'>[2]</span></strong>. The articles say") in html, html


def test_streaming_text_is_escaped():
    assert "&lt;img src=x&gt;" in streaming_html("<img src=x>")


def test_related_articles_are_folded_away_and_unnumbered():
    c, other = cite("It ends here."), cite("Second paragraph with the key sentence.", title="Other <i>story</i>")
    html = answer_html(Answer(text="It ends [1].", citations=[c], abstained=False, related=[other]),
                       lambda s: ARTICLE)
    assert "Also relevant, not quoted (1 article): «Other &lt;i&gt;story&lt;/i&gt;» (date unknown)</summary>" in html
    assert "<details class='rag-related'>" in html
    assert html.count("class='cite-n'") == 1  # only the quoted passage carries a number
    assert "Other &lt;i&gt;story&lt;/i&gt;" in html
    assert "rag-related" not in answer_html(Answer(text="It ends [1].", citations=[c], abstained=False),
                                            lambda s: ARTICLE)


def test_two_sentences_of_one_passage_make_one_card_with_both_marked():
    first, second = cite("Second paragraph with the key sentence."), cite("It ends here.")
    other = cite("Third paragraph.", source="b.txt", start=ARTICLE.index("Third"), end=len(ARTICLE),
                 snippet="Third paragraph.")
    html = answer_html(Answer(text="Key [1]. Ends [2]. Third [3].", citations=[first, second, other],
                              abstained=False), lambda s: ARTICLE)
    assert html.count("class='cite'") == 2  # a<b>.txt once, b.txt once
    assert "<span class='cite-n'>[1]</span> <span class='cite-n'>[2]</span>" in html
    assert "<mark>Second paragraph with the key sentence.</mark> <mark>It ends here.</mark>" in html


def test_the_folded_line_names_the_related_articles_with_their_dates():
    newer = cite("Second paragraph with the key sentence.", source="b.txt", latest_year=2024,
                 title="США давят на НАТО, чтобы блок сократил свои зарубежные операции в двух странах")
    dated = cite("It ends here.", source="c.txt", title="Short", date=dt.date(2022, 1, 12))
    html = related_html(Answer(text="x [1].", citations=[], abstained=False, related=[newer, dated]),
                        lambda s: ARTICLE)
    summary = html[html.index("<summary>"):html.index("</summary>")]
    assert "(2 articles): «США давят на НАТО, чтобы блок сократил свои зарубежные…» " \
           "(date unknown, latest year mentioned 2024); «Short» (2022-01-12)" in summary


def test_an_untitled_related_article_is_named_by_its_sentence_on_the_subject():
    untitled = cite("Second paragraph with the key sentence.", source="003.txt", latest_year=2011)
    html = related_html(Answer(text="x [1].", citations=[], abstained=False, related=[untitled]), lambda s: ARTICLE)
    summary = html[html.index("<summary>"):html.index("</summary>")]
    assert "«Second paragraph with the key sentence.» (untitled, date unknown, latest year mentioned 2011)" in summary
    assert "003.txt" not in summary


def test_an_undated_card_shows_the_latest_year_its_article_mentions():
    assert "date unknown, latest year mentioned 2011" in citation_card(1, cite("It ends here.", latest_year=2011),
                                                                      ARTICLE)
    assert "date unknown</span>" in citation_card(1, cite("It ends here."), ARTICLE)
