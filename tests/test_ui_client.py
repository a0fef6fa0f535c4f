"""The running chat app through gradio_client, including two clients at once."""

import json
import threading

import pytest

from .ui_server import start_app

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def url(tmp_path_factory):
    app, url, _ = start_app(tmp_path_factory.mktemp("uiclient"))
    yield url
    app.close()


def ask(url, question):
    from gradio_client import Client

    text, payload = Client(url, verbose=False).predict(question, 5, api_name="/ask")
    return text, json.loads(payload)


def test_api_answer_is_cited(url):
    text, data = ask(url, "When did NATO close its military advisers mission in Iraq?")
    assert "2011" in text
    assert data["citations"][0]["source"] == "003_0b30eddd88892599.txt"


def test_two_clients_at_once_get_their_own_answers(url):
    questions = {
        "ru": ("Когда Скапарротти и Герасимов общались по телефону?", "002_97f0df2eef87aeec.txt", "2017"),
        "uk": ("Хто прокоментував участь Казахстану та Вірменії у програмах НАТО?", "001_cb2fd77c0b4dd6b1.txt",
               "Пєсков"),
    }
    results = {}

    def worker(key):
        results[key] = ask(url, questions[key][0])

    threads = [threading.Thread(target=worker, args=(k,)) for k in questions]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=300)
    for key, (question, source, expected) in questions.items():
        text, data = results[key]
        assert data["question"] == question
        assert data["citations"][0]["source"] == source
        assert expected in text
