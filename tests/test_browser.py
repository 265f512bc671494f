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
import re
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

from helpers import ROOT, SHARED, needs_shared
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

    def back(self) -> None:
        self._call("POST", self._s("/back"), {})

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

    def follow(self, element: str, ready: str) -> None:
        """Click a link or button and wait for the page it opens to be ready.

        The old page is marked before the click and the wait asks for an unmarked page: a ready
        condition the old page also meets (the home page has a rows-and-columns table of its own)
        would otherwise end the wait before the new page has loaded.
        """
        self.run("window.__mmLeft = true;")
        self.click(element)
        self.wait_until(f"if (window.__mmLeft || document.readyState !== 'complete') return false; {ready}")

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


@contextlib.contextmanager
def served(db_path: Path, log_dir: Path):
    """`minutes-miner serve DB` on 127.0.0.1 and a free port until the block ends; yields its base URL."""
    port = free_port()
    script = Path(sys.executable).with_name("minutes-miner")
    cmd = [str(script)] if script.exists() else [sys.executable, "-c", "from minutes_miner.cli import cli; cli()"]
    cmd += ["serve", str(db_path), "--host", "127.0.0.1", "--port", str(port)]
    base = f"http://127.0.0.1:{port}"
    with started(cmd, f"{base}/-/versions.json", log_dir / "datasette.log"):
        yield base


@pytest.fixture(scope="module")
def server(samples_db, tmp_path_factory):
    """`minutes-miner serve` over the samples, on 127.0.0.1 and a free port."""
    with served(samples_db, tmp_path_factory.mktemp("server")) as base:
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


HEX64 = r"\b[0-9a-f]{64}\b"


def assert_first_row_on_first_screen(browser, what: str) -> None:
    """The page is not scrolled and its table's first row is wholly inside the window."""
    browser.wait_until("return document.readyState === 'complete'")
    scroll, top, bottom, height = browser.run(
        "var r = document.querySelector('table.rows-and-columns tbody tr').getBoundingClientRect();"
        "return [window.scrollY, r.top, r.bottom, window.innerHeight];"
    )
    assert scroll == 0 and 0 <= top and bottom <= height, f"{what}: first row at {top:.0f}-{bottom:.0f} px of a {height} px window"


def assert_no_machinery(browser, what: str) -> None:
    """No raw JSON in any cell, no sha256 in any heading."""
    cells = browser.run("return Array.from(document.querySelectorAll('td')).map(td => td.innerText)")
    raw = [c for c in cells if c.strip().startswith('{"')]
    assert not raw, f"{what}: raw JSON shown: {raw[:2]}"
    headings = browser.run("return Array.from(document.querySelectorAll('h1, h2, h3, title')).map(h => h.textContent)")
    assert not [h for h in headings if re.search(HEX64, h)], f"{what}: a 64-hex heading: {headings}"


def test_from_the_home_page_to_an_open_actions_highlighted_source(server, browser, samples_db):
    name = samples_db.stem

    # 1. The front page points at the minutes; its home page says what is in the database.
    browser.open(f"{server}/")
    browser.follow(browser.find(xpath=f"//a[contains(., 'Browse the minutes in {name}')]"), "return document.querySelector('.mm-home') !== null")
    assert urllib.parse.urlparse(browser.url()).path == f"/{name}"
    lede = norm(browser.text(browser.find(".mm-lede")))
    documents, councils, first, last = query(samples_db, "select count(*), count(distinct council), min(meeting_date), max(meeting_date) from documents")[0]
    assert f"{documents} documents" in lede and f"{councils} councils" in lede and f"from {first} to {last}" in lede
    queries = [browser.text(e) for e in browser.find_all(".mm-queries a")]
    assert "Outstanding actions by owner" in queries and "People and their actions" in queries and "Decisions of one meeting" in queries
    browser.screenshot(ARTIFACTS / "home.png")

    # 2. The Panel's open actions: one click from the bodies table.
    link = browser.find(
        xpath=f"//table[contains(@class, 'mm-bodies')]//tr[td[1][normalize-space()='Westbrook County Council'] and td[2][normalize-space()='{PANEL}']]//a[contains(., 'open')]"
    )
    shown_count = int(browser.text(link).split()[0])
    browser.follow(link, "return document.querySelector('table.rows-and-columns') !== null")
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
    owners = " ".join(norm(browser.text(e)) for e in browser.find_all("table.rows-and-columns tbody td.col-owner"))
    assert all(e[1] in owners for e in expected if e[1]), "the owners' names are not shown"
    heading = norm(browser.text(browser.find(".mm-count")))  # "11 rows where body = ..."
    assert PANEL in heading
    assert_first_row_on_first_screen(browser, "outstanding actions")
    browser.screenshot(ARTIFACTS / "outstanding_actions.png")

    # 3. Follow the first action's source link: the evidence is highlighted, on screen.
    first_id = ids[0]
    row = browser.find(xpath=f"//table[contains(@class, 'rows-and-columns')]//tr[td[contains(@class, 'col-id')][normalize-space()='{first_id}']]")
    source_link = browser._call("POST", browser._s(f"/element/{row}/element"), {"using": "css selector", "value": "td.col-description a.mm-source-link"})[
        ELEMENT
    ]
    browser.follow(source_link, "return document.querySelector('mark#evidence') !== null && document.readyState === 'complete'")
    assert f"/record/actions/{first_id}" in browser.url()
    sentence = {e[0]: e[3] for e in expected}[first_id]
    mark = browser.find("mark#evidence")
    assert norm(browser.run("return document.querySelector('mark#evidence').textContent")) == norm(sentence)
    background = browser.run("return getComputedStyle(document.querySelector('mark#evidence')).backgroundColor")
    assert background not in ("", "transparent", "rgba(0, 0, 0, 0)"), "the evidence is not highlighted"
    in_view = browser.wait_until(
        "var r = document.querySelector('mark#evidence').getBoundingClientRect();return r.top >= 0 && r.bottom <= window.innerHeight && r.height > 0;"
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
    browser.follow(browser.find(".mm-search input[type=submit]"), "return document.querySelector('table.rows-and-columns') !== null")
    assert "/search_everything" in browser.url()
    marks = [browser.text(e).lower() for e in browser.find_all("td.col-snippet mark")]
    assert marks and set(marks) <= {"breakdown", "district", "districts"}
    links = browser.find_all("td.col-source a.mm-source-link")
    assert len(links) == len(browser.find_all("table.rows-and-columns tbody tr")) > 0
    browser.screenshot(ARTIFACTS / "search.png")
    browser.follow(links[0], "return document.querySelector('mark#evidence, #item') !== null")
    assert "/-/minutes/" in browser.url()


# --- the officer's and the journalist's questions on real minutes (../shared/corpus/kent) ----


@pytest.fixture(scope="module")
def kent_server(tmp_path_factory):
    """Kent County Council's minutes and reports from ../shared, ingested and served."""
    if not (SHARED / "corpus" / "kent").is_dir():
        pytest.skip("../shared/corpus/kent is not beside the project")
    from minutes_miner.ingest import ingest_files, iter_files

    db_path = tmp_path_factory.mktemp("kent") / "kent.db"
    ingest_files(str(db_path), list(iter_files([str(SHARED / "corpus" / "kent")])), workers=2)
    with served(db_path, tmp_path_factory.mktemp("kent-server")) as base:
        yield base, db_path


def click_body_link(browser, council: str, body: str, column: int) -> None:
    """Click the link in one column of a body's row in the home page's Councils and bodies table."""
    link = browser.find(
        xpath=f"//table[contains(@class, 'mm-bodies')]//tr[td[1][normalize-space()='{council}'] and td[2][normalize-space()='{body}']]/td[{column}]/a"
    )
    browser.follow(link, "return document.querySelector('table.rows-and-columns') !== null && document.readyState === 'complete'")


@needs_shared
def test_an_officer_finds_the_open_actions_of_a_body_and_who_owns_them(kent_server, browser):
    base, db_path = kent_server
    browser.open(f"{base}/{db_path.stem}")
    click_body_link(browser, "Kent County Council", "Cabinet", 7)
    expected = query(
        db_path,
        "select description, coalesce(owner_name, owner, owner_role) from outstanding_actions where council = 'Kent County Council' and body = 'Cabinet'",
    )
    rows = browser.find_all("table.rows-and-columns tbody tr")
    assert len(rows) == len(expected) > 0
    columns = [browser.attribute(e, "data-column") for e in browser.find_all("table.rows-and-columns thead th")]
    assert columns[:3] == ["description", "owner", "status"], columns
    owners = " ".join(norm(browser.text(e)) for e in browser.find_all("td.col-owner"))
    assert all(norm(o) in owners for _, o in expected if o)
    assert_first_row_on_first_screen(browser, "outstanding actions of Kent's Cabinet")
    assert_no_machinery(browser, "outstanding actions")
    feed = browser.attribute(browser.find("a.mm-feed-link"), "href")
    assert "new_actions.atom" in feed and "Cabinet" in urllib.parse.unquote_plus(feed)
    browser.screenshot(ARTIFACTS / "officer_outstanding_actions.png")
    # Where was the first one agreed? Its source link shows the sentence in the minutes.
    browser.follow(
        browser.find("table.rows-and-columns tbody tr td.col-description a.mm-source-link"),
        "return document.querySelector('mark#evidence') !== null && document.readyState === 'complete'",
    )
    assert "Cabinet" in norm(browser.text(browser.find(".mm-meeting")))
    browser.screenshot(ARTIFACTS / "officer_action_source.png")


@needs_shared
def test_a_journalist_reads_what_a_councils_cabinet_decided(kent_server, browser):
    base, db_path = kent_server
    browser.open(f"{base}/{db_path.stem}")
    click_body_link(browser, "Kent County Council", "Cabinet", 6)
    expected = query(
        db_path, "select r.text from resolutions r join documents d on d.id = r.document_id where d.council = 'Kent County Council' and d.body = 'Cabinet'"
    )
    rows = browser.find_all("table.rows-and-columns tbody tr")
    assert len(rows) == len(expected) > 0
    columns = [browser.attribute(e, "data-column") for e in browser.find_all("table.rows-and-columns thead th")]
    assert columns[:5] == ["text", "decision_type", "outcome", "document_id", "page"], columns
    assert "sentence" not in columns
    meetings = [norm(browser.text(e)) for e in browser.find_all("td.col-document_id")]
    assert all(m.startswith("Cabinet, Kent County Council · 20") for m in meetings), meetings[:3]
    assert_first_row_on_first_screen(browser, "resolutions of Kent's Cabinet")
    assert_no_machinery(browser, "resolutions")
    browser.screenshot(ARTIFACTS / "journalist_resolutions.png")
    # The meeting link opens the document, headed by its meeting, not its sha256.
    browser.follow(browser.find("table.rows-and-columns tbody tr td.col-document_id a"), "return document.querySelector('h1.mm-row-heading') !== null")
    heading = norm(browser.text(browser.find("h1")))
    assert heading.startswith("Cabinet, Kent County Council · 20") and not re.search(HEX64, heading)
    assert_no_machinery(browser, "a document's page")
    browser.screenshot(ARTIFACTS / "journalist_document.png")
    # Subscribing: the Atom feed of the Cabinet's decisions is one click away.
    browser.back()
    feed = browser.attribute(browser.find("a.mm-feed-link"), "href")
    assert "new_decisions.atom" in feed


@needs_shared
def test_documents_and_their_details_read_as_words(kent_server, browser):
    base, db_path = kent_server
    browser.open(f"{base}/{db_path.stem}/documents")
    browser.wait_until("return document.querySelector('table.rows-and-columns') !== null")
    assert_first_row_on_first_screen(browser, "documents")
    assert_no_machinery(browser, "documents")
    headings = [norm(browser.text(e)) for e in browser.find_all(".mm-doc-heading")]
    assert len(headings) == len(browser.find_all("table.rows-and-columns tbody tr")) > 0
    with_details = query(db_path, "select count(*) from documents where details is not null")[0][0]
    if with_details:
        browser.open(f"{base}/{db_path.stem}/documents?details__notblank=1")
        browser.wait_until("return document.querySelector('dl.mm-details') !== null")
        assert_no_machinery(browser, "documents with details")
    browser.screenshot(ARTIFACTS / "documents.png")
