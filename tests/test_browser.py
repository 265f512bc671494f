"""A real browser over the real server: headless Debian Chromium against `minutes-miner serve`.

`minutes-miner serve` is started on 127.0.0.1 on a free port over the ingested sample
corpus (the command `make demo` runs), and Chromium is driven through chromedriver with
plain WebDriver HTTP calls (urllib; no Python dependency). The test opens the home page,
follows the Corporate Parenting Panel's outstanding actions, clicks an action's source link,
and checks that the browser shows the evidence highlighted on screen. Screenshots go to
tests/artifacts/ (git-ignored).

Needs Debian's `chromium` and `chromium-driver` (.ci/run installs them); skips, saying so,
when they are missing. Nothing is installed at run time.
"""

from __future__ import annotations

import base64
import contextlib
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from helpers import ROOT
from datasette_helpers import query

CHROMIUM = shutil.which("chromium") or ("/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None)
CHROMEDRIVER = shutil.which("chromedriver") or ("/usr/bin/chromedriver" if Path("/usr/bin/chromedriver").exists() else None)
pytestmark = pytest.mark.skipif(
    not (CHROMIUM and CHROMEDRIVER),
    reason="headless browser test needs Debian's chromium and chromium-driver "
    "(apt-get install -y chromium chromium-driver, as .ci/run does); not installed here",
)

ARTIFACTS = ROOT / "tests" / "artifacts"
PANEL = "Corporate Parenting Panel"
ELEMENT = "element-6066-11e4-a52e-4f735466cecf"  # the W3C WebDriver element reference key
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
    "--window-size=1400,900",
]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(url: str, process: subprocess.Popen, seconds: float = 30.0) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"{process.args[0]} exited with {process.returncode} before answering {url}")
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            time.sleep(0.2)
    raise RuntimeError(f"nothing answered {url} within {seconds}s")


@contextlib.contextmanager
def started(cmd: list[str], ready_url: str, log: Path):
    """Run `cmd` in its own process group until the block ends; then end that group."""
    with open(log, "wb") as out:
        process = subprocess.Popen(cmd, stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
        try:
            wait_for(ready_url, process)
            yield process
        finally:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGTERM)
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(process.pid, signal.SIGKILL)
                process.wait(timeout=10)


class Browser:
    """The few WebDriver calls the test needs, over plain HTTP."""

    def __init__(self, driver_url: str, profile: str):
        self.driver_url = driver_url
        caps = {
            "capabilities": {
                "alwaysMatch": {
                    "browserName": "chrome",
                    "goog:chromeOptions": {"binary": CHROMIUM, "args": CHROMIUM_FLAGS + [f"--user-data-dir={profile}"]},
                }
            }
        }
        self.session = self._call("POST", "/session", caps)["sessionId"]

    def _call(self, method: str, path: str, body=None):
        data = json.dumps(body).encode() if body is not None else None
        request = urllib.request.Request(self.driver_url + path, data=data, method=method, headers={"Content-Type": "application/json"})
        try:
            with urllib.request.urlopen(request, timeout=60) as response:
                return json.loads(response.read())["value"]
        except urllib.error.HTTPError as error:
            raise AssertionError(f"WebDriver {method} {path}: {error.read().decode(errors='replace')[:500]}") from None

    def _s(self, path: str) -> str:
        return f"/session/{self.session}{path}"

    def open(self, url: str) -> None:
        self._call("POST", self._s("/url"), {"url": url})

    def url(self) -> str:
        return self._call("GET", self._s("/url"))

    def find(self, css: str = None, xpath: str = None) -> str:
        using, value = ("xpath", xpath) if xpath else ("css selector", css)
        return self._call("POST", self._s("/element"), {"using": using, "value": value})[ELEMENT]

    def find_all(self, css: str) -> list[str]:
        return [e[ELEMENT] for e in self._call("POST", self._s("/elements"), {"using": "css selector", "value": css})]

    def text(self, element: str) -> str:
        return self._call("GET", self._s(f"/element/{element}/text"))

    def attribute(self, element: str, name: str) -> str | None:
        return self._call("GET", self._s(f"/element/{element}/attribute/{name}"))

    def click(self, element: str) -> None:
        self._call("POST", self._s(f"/element/{element}/click"), {})

    def type(self, element: str, text: str) -> None:
        self._call("POST", self._s(f"/element/{element}/value"), {"text": text})

    def run(self, script: str, *args):
        return self._call("POST", self._s("/execute/sync"), {"script": script, "args": list(args)})

    def wait_until(self, script: str, seconds: float = 10.0):
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            value = self.run(script)
            if value:
                return value
            time.sleep(0.1)
        raise AssertionError(f"timed out waiting for: {script}")

    def screenshot(self, path: Path) -> Path:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(base64.b64decode(self._call("GET", self._s("/screenshot"))))
        return path

    def close(self) -> None:
        with contextlib.suppress(Exception):
            self._call("DELETE", self._s(""))


@pytest.fixture(scope="module")
def server(samples_db, tmp_path_factory):
    """`minutes-miner serve` over the samples, on 127.0.0.1 and a free port."""
    port = free_port()
    script = Path(sys.executable).with_name("minutes-miner")
    cmd = [str(script)] if script.exists() else [sys.executable, "-c", "from minutes_miner.cli import cli; cli()"]
    cmd += ["serve", str(samples_db), "--host", "127.0.0.1", "--port", str(port)]
    base = f"http://127.0.0.1:{port}"
    with started(cmd, f"{base}/-/versions.json", tmp_path_factory.mktemp("server") / "datasette.log"):
        yield base


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    port = free_port()
    logs = tmp_path_factory.mktemp("chromedriver")
    with started([CHROMEDRIVER, f"--port={port}"], f"http://127.0.0.1:{port}/status", logs / "chromedriver.log"):
        profile = tempfile.mkdtemp(prefix="chromium-profile-", dir=logs)
        b = Browser(f"http://127.0.0.1:{port}", profile)
        try:
            yield b
        finally:
            b.close()


def norm(text: str) -> str:
    return " ".join(text.split())


def test_from_the_home_page_to_an_open_actions_highlighted_source(server, browser, samples_db):
    name = samples_db.stem

    # 1. The front page points at the minutes; its home page says what is in the database.
    browser.open(f"{server}/")
    browser.click(browser.find(xpath=f"//a[contains(., 'Browse the minutes in {name}')]"))
    browser.wait_until("return document.querySelector('.mm-home') !== null")
    assert urllib.parse.urlparse(browser.url()).path == f"/{name}"
    lede = norm(browser.text(browser.find(".mm-lede")))
    documents, councils, first, last = query(samples_db, "select count(*), count(distinct council), min(meeting_date), max(meeting_date) from documents")[0]
    assert f"{documents} documents" in lede and f"{councils} councils" in lede and f"from {first} to {last}" in lede
    queries = [browser.text(e) for e in browser.find_all(".mm-queries a")]
    assert "Outstanding actions by owner" in queries and "People and their actions" in queries and "Decisions of one meeting" in queries
    browser.screenshot(ARTIFACTS / "home.png")

    # 2. The Panel's open actions: one click from the bodies table.
    link = browser.find(xpath=f"//table[contains(@class, 'mm-bodies')]//tr[td[1][normalize-space()='Westbrook County Council'] and td[2][normalize-space()='{PANEL}']]//a[contains(., 'open')]")
    shown_count = int(browser.text(link).split()[0])
    browser.click(link)
    browser.wait_until("return document.querySelector('table.rows-and-columns') !== null")
    expected = query(
        samples_db,
        "select o.id, coalesce(o.owner_name, o.owner), o.owner_role, a.sentence, o.status from outstanding_actions o join actions a on a.id = o.id "
        "where o.body = ? and o.council = 'Westbrook County Council' order by o.id",
        (PANEL,),
    )
    rows = browser.find_all("table.rows-and-columns tbody tr")
    assert len(rows) == len(expected) == shown_count > 0
    ids = [browser.text(e) for e in browser.find_all("table.rows-and-columns tbody td.col-id")]
    assert sorted(ids) == [e[0] for e in expected]
    owners = {norm(browser.text(e)) for e in browser.find_all("table.rows-and-columns tbody td.col-owner_name")}
    assert {e[1] for e in expected if e[1]} & owners, "the owners' names are not shown"
    heading = norm(browser.text(browser.find("h3")))
    assert PANEL in heading
    browser.run("document.querySelector('table.rows-and-columns').scrollIntoView()")
    browser.screenshot(ARTIFACTS / "outstanding_actions.png")

    # 3. Follow the first action's source link: the evidence is highlighted, on screen.
    first_id = ids[0]
    row = browser.find(xpath=f"//table[contains(@class, 'rows-and-columns')]//tr[td[contains(@class, 'col-id')][normalize-space()='{first_id}']]")
    source_link = browser._call("POST", browser._s(f"/element/{row}/element"), {"using": "css selector", "value": "td.col-description a.mm-source-link"})[ELEMENT]
    browser.click(source_link)
    browser.wait_until("return document.querySelector('mark#evidence') !== null && document.readyState === 'complete'")
    assert f"/record/actions/{first_id}" in browser.url()
    sentence = {e[0]: e[3] for e in expected}[first_id]
    mark = browser.find("mark#evidence")
    assert norm(browser.run("return document.querySelector('mark#evidence').textContent")) == norm(sentence)
    background = browser.run("return getComputedStyle(document.querySelector('mark#evidence')).backgroundColor")
    assert background not in ("", "transparent", "rgba(0, 0, 0, 0)"), "the evidence is not highlighted"
    in_view = browser.wait_until(
        "var r = document.querySelector('mark#evidence').getBoundingClientRect();"
        "return r.top >= 0 && r.bottom <= window.innerHeight && r.height > 0;"
    )
    assert in_view, "the highlighted evidence is not scrolled into view"
    meeting = norm(browser.text(browser.find(".mm-meeting")))
    assert PANEL in meeting and "Westbrook County Council" in meeting
    fields = norm(browser.text(browser.find(".mm-fields")))
    owner = {e[0]: e[1] for e in expected}[first_id]
    status = {e[0]: e[4] for e in expected}[first_id]  # pending, no update, in progress or outstanding: not done
    assert owner in fields and status in fields and status != "done"
    assert browser.text(mark)  # WebDriver sees it as displayed text
    browser.screenshot(ARTIFACTS / "action_source.png")


def test_search_everything_from_the_home_page(server, browser, samples_db):
    name = samples_db.stem
    browser.open(f"{server}/{name}")
    box = browser.find("#mm-q")
    browser.type(box, "breakdown district")
    browser.click(browser.find(".mm-search input[type=submit]"))
    browser.wait_until("return document.querySelector('table.rows-and-columns') !== null")
    assert "/search_everything" in browser.url()
    marks = [browser.text(e).lower() for e in browser.find_all("td.col-snippet mark")]
    assert marks and set(marks) <= {"breakdown", "district", "districts"}
    links = browser.find_all("td.col-source a.mm-source-link")
    assert len(links) == len(browser.find_all("table.rows-and-columns tbody tr")) > 0
    browser.screenshot(ARTIFACTS / "search.png")
    browser.click(links[0])
    browser.wait_until("return document.querySelector('mark#evidence, #item') !== null")
    assert "/-/minutes/" in browser.url()
