"""Drive the chat page in headless Chromium as a person would: type, send, read the answer and sources."""

import shutil
import tempfile
from pathlib import Path

import pytest

from .conftest import ROOT
from .ui_server import start_app

pytestmark = [pytest.mark.browser, pytest.mark.slow]

CHROMIUM = shutil.which("chromium")
CHROMEDRIVER = shutil.which("chromedriver")


@pytest.fixture(scope="module")
def page(tmp_path_factory):
    if not (CHROMIUM and CHROMEDRIVER):
        pytest.skip("Debian chromium and chromium-driver are not installed (.ci/run installs them)")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    app, url, _ = start_app(tmp_path_factory.mktemp("ui"))
    opts = webdriver.ChromeOptions()
    opts.binary_location = CHROMIUM
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--window-size=1280,1400", f"--user-data-dir={tempfile.mkdtemp()}"):
        opts.add_argument(flag)
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=opts)
    driver.get(url)
    yield driver
    driver.quit()
    app.close()


def test_question_answer_and_cited_snippet_in_the_page(page):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import WebDriverWait

    wait = WebDriverWait(page, 180)
    box = wait.until(ec.element_to_be_clickable((By.CSS_SELECTOR, "#question textarea")))
    box.send_keys("Когда Скапарротти и Герасимов общались по телефону?")
    page.find_element(By.CSS_SELECTOR, "#ask").click()
    wait.until(lambda d: "002_97f0df2eef87aeec.txt" in d.find_element(By.CSS_SELECTOR, "#sources").text)
    sources = page.find_element(By.CSS_SELECTOR, "#sources").text
    assert "В НАТО объяснили сближение с Россией" in sources and "2018-01-08" in sources
    bubbles = page.find_elements(By.CSS_SELECTOR, "[data-testid='bot']")
    assert bubbles and "2017" in bubbles[-1].text and "[1]" in bubbles[-1].text
    marks = page.find_elements(By.CSS_SELECTOR, "#sources mark")
    assert marks and "14 сентября 2017" in marks[0].text
    (ROOT / "docs").mkdir(exist_ok=True)
    page.save_screenshot(str(Path(ROOT / "docs" / "screenshot-chat.png")))
