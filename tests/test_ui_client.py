"""The running chat app through gradio_client: the /ask endpoint, errors, and two clients at once."""

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


def ask(url, question, k=5):
    from gradio_client import Client

    text, payload = Client(url, verbose=False).predict(question, k, api_name="/ask")
    return text, json.loads(payload)


def test_api_answer_is_cited(url):
    text, data = ask(url, "When did NATO close its military advisers mission in Iraq?")
    assert "2011" in text
    assert not data["abstained"]
    assert data["citations"][0]["source"] == "003_0b30eddd88892599.txt"
    assert data["text"] == text


def test_empty_question_is_a_clear_error(url):
    from gradio_client import Client

    with pytest.raises(Exception, match="question is empty"):
        Client(url, verbose=False).predict("   ", 5, api_name="/ask")


def test_two_clients_at_once_get_their_own_answers(url):
    questions = {
        "ru": ("Когда Скапарротти и Герасимов общались по телефону?", "002_97f0df2eef87aeec.txt", "2017"),
        "uk": ("Хто прокоментував участь Казахстану та Вірменії у програмах НАТО?", "001_cb2fd77c0b4dd6b1.txt",
               "Пєсков"),
    }
    results, errors = {}, {}
    start = threading.Barrier(len(questions))

    def worker(key):
        try:
            start.wait(timeout=60)
            results[key] = ask(url, questions[key][0])
        except Exception as exc:  # reported below, with the other client's result
            errors[key] = exc

    threads = [threading.Thread(target=worker, args=(key,)) for key in questions]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=300)
    assert not errors, errors
    for key, (question, source, expected) in questions.items():
        text, data = results[key]
        assert data["question"] == question
        assert data["citations"][0]["source"] == source
        assert expected in text


def test_chat_on_a_busy_port_says_so_before_loading_anything(capsys):
    import socket

    from rag.cli import main

    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        assert main(["chat", "--port", str(port)]) == 1
    err = capsys.readouterr().err
    assert f"port {port}" in err and "--port" in err
