"""The real console in real headless Chromium (Debian's, through Selenium): filters, boxes, a
correction that needs a fresh approval, refusals (authority, CSRF, no session, a used link)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from countersign.domain import ProposalStatus
from tests.console_harness import CLERK, MANAGER, browser_available, chromium, running_console

pytestmark = pytest.mark.slow
REPORTS = Path(__file__).resolve().parent.parent / "evals" / "reports"


@pytest.fixture(scope="module")
def browser():
    why = browser_available()
    if why:
        if os.environ.get("CI"):
            pytest.fail(why)
        pytest.skip(why)
    with chromium() as driver:
        yield driver


@pytest.fixture
def console(open_ws, demo_pdfs, browser):
    browser.delete_all_cookies()
    with open_ws() as services, running_console(services, demo_pdfs) as running:
        yield running


def wait(driver, condition, timeout=15):
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(driver, timeout).until(lambda d: condition(d))


def css(driver, selector):
    from selenium.webdriver.common.by import By

    return driver.find_elements(By.CSS_SELECTOR, selector)


def sign_in(driver, console, user):
    driver.delete_all_cookies()
    driver.get(console.link(user))
    css(driver, "#sign-in")[0].click()
    wait(driver, lambda d: css(d, "#signed-in-as"))
    assert user in css(driver, "#signed-in-as")[0].text


def rows(driver):
    return {row.get_attribute("data-case") for row in css(driver, "#cases tbody tr[data-case]")}


def submit_filters(driver, **values):
    from selenium.webdriver.support.ui import Select

    Select(css(driver, "#f-status")[0]).select_by_value(values.get("status", ""))
    for name in ("vendor", "q"):
        box = css(driver, f"#f-{name}")[0]
        box.clear()
        box.send_keys(values.get(name, ""))
    mine = css(driver, "#f-mine")[0]
    if mine.is_selected() != bool(values.get("mine")):
        mine.click()
    before = css(driver, "#cases")[0]
    css(driver, "#f-apply")[0].click()
    wait(driver, gone(before))  # the new page, not the old one's table
    wait(driver, lambda d: css(d, "#cases"))


def gone(element):
    """A wait condition: `element` left the document. Stale, or, caught mid-navigation, a node Chrome
    no longer knows ("Node with given id does not belong to the document"), which Selenium's
    staleness_of does not count as stale."""
    from selenium.common.exceptions import WebDriverException

    def check(_driver) -> bool:
        try:
            element.is_enabled()
        except WebDriverException:
            return True
        return False

    return check


def flash(driver):
    return " ".join(f.text for f in css(driver, ".flash"))


def test_inbox_filters(browser, console):
    sign_in(browser, console, MANAGER)
    assert rows(browser) == set(console.cases.values())
    submit_filters(browser, status="blocked")
    assert rows(browser) == {console.cases["duplicate"], console.cases["bank"]}
    submit_filters(browser, q="INV-1043")
    assert rows(browser) == {console.cases["clean"]}
    submit_filters(browser, vendor="northwind")
    assert rows(browser) == {console.cases["variance"]}
    submit_filters(browser, mine=True)  # ap_approver: the two bills in the standard band
    assert rows(browser) == {console.cases["clean"], console.cases["variance"]}


def test_clicking_a_field_shows_its_box_and_a_box_its_field(browser, console):
    sign_in(browser, console, MANAGER)
    browser.get(f"{console.base}/cases/{console.cases['clean']}")
    wait(browser, lambda d: d.execute_script("return document.querySelector('.page img').complete"))
    css(browser, "#field-total th")[0].click()
    [box] = [b for b in css(browser, ".box.active") if b.get_attribute("data-field") == "total"][:1]
    image = css(browser, ".page img")[0]
    assert box.size["width"] > 5 and box.size["height"] > 5
    # where the reader found the total, in PDF points (top-left origin), scaled to the image shown
    [evidence] = console.services.store.get_case(console.cases["clean"]).extracted["fields"]["total"]["evidence"][:1]
    scale = image.size["width"] / 595.0  # the demo invoices are A4
    assert abs(box.location["x"] - (image.location["x"] + evidence["bbox"][0] * scale)) <= 3
    assert abs(box.location["y"] - (image.location["y"] + evidence["bbox"][1] * scale)) <= 3
    assert "active" in css(browser, "#field-total")[0].get_attribute("class")
    css(browser, '.box[data-field="invoice_number"]')[0].click()
    assert "active" in css(browser, "#field-invoice_number")[0].get_attribute("class")
    assert "active" not in css(browser, "#field-total")[0].get_attribute("class")
    # The README's screenshot is refreshed on request only, so a test run leaves the checkout clean.
    if os.environ.get("COUNTERSIGN_SAVE_SCREENSHOTS"):
        REPORTS.mkdir(parents=True, exist_ok=True)
        browser.save_screenshot(str(REPORTS / "console-case.png"))
    else:
        assert browser.get_screenshot_as_png().startswith(b"\x89PNG")


def test_a_correction_validates_again_and_needs_a_new_approval(browser, console):
    case_id = console.cases["clean"]
    sign_in(browser, console, CLERK)
    browser.get(f"{console.base}/cases/{case_id}")
    old = css(browser, "#proposal-id")[0].text
    due = css(browser, "#input-due_date")[0]
    due.clear()
    due.send_keys("2026-12-31")
    css(browser, "#correct-reason")[0].send_keys("terms are net 45")
    css(browser, "#correct-submit")[0].click()
    wait(browser, lambda d: "applied" in flash(d) or "awaits" in flash(d))
    assert "awaits a fresh approval" in flash(browser), flash(browser)
    new = css(browser, "#proposal-id")[0].text
    assert new != old and old in css(browser, "#approval")[0].text  # the old request is listed, superseded
    assert console.services.store.get_proposal(old).status == ProposalStatus.SUPERSEDED
    assert "2026-12-31" in css(browser, "#corrections")[0].text

    sign_in(browser, console, MANAGER)
    browser.get(f"{console.base}/cases/{case_id}")
    css(browser, "#approve")[0].click()
    wait(browser, lambda d: "approved" in flash(d))
    assert css(browser, "#case-status")[0].text == "posted"
    assert console.services.store.get_proposal(new).status == ProposalStatus.POSTED


def test_an_unauthorized_approval_is_refused(browser, console):
    case_id = console.cases["variance"]
    sign_in(browser, console, CLERK)  # an ap_clerk, and the uploader
    browser.get(f"{console.base}/cases/{case_id}")
    css(browser, "#approve")[0].click()
    wait(browser, lambda d: "not applied" in flash(d))
    assert "holds none of the roles" in flash(browser) or "ap_approver" in flash(browser)
    assert css(browser, "#case-status")[0].text == "awaiting_approval"
    assert console.services.audit.events(case_id)[-1].action == "decision_refused"


def test_a_forged_csrf_token_and_a_missing_session_are_refused(browser, console):
    case_id = console.cases["clean"]
    sign_in(browser, console, MANAGER)
    browser.get(f"{console.base}/cases/{case_id}")
    browser.execute_script("document.querySelector('#approve-form input[name=csrf]').value = 'forged'")
    css(browser, "#approve")[0].click()
    wait(browser, lambda d: css(d, "#error"))
    assert "CSRF" in css(browser, "#error")[0].text
    browser.get(f"{console.base}/cases/{case_id}")
    browser.delete_all_cookies()  # the session is gone; the page with its form is still open
    css(browser, "#approve")[0].click()
    wait(browser, lambda d: css(d, "#error"))
    assert "sign in first" in css(browser, "#error")[0].text
    [proposal] = console.services.store.proposals_for_case(case_id)
    assert proposal.status == ProposalStatus.AWAITING_APPROVAL
    refused = [e for e in console.services.audit.events(case_id) if e.action == "console_refused"]
    assert len(refused) == 2


def test_a_one_time_link_used_twice_is_refused(browser, console):
    link = console.link(MANAGER)
    browser.get(link)
    css(browser, "#sign-in")[0].click()
    wait(browser, lambda d: css(d, "#signed-in-as"))
    browser.delete_all_cookies()
    browser.get(link)
    css(browser, "#sign-in")[0].click()
    wait(browser, lambda d: css(d, "#error"))
    assert "already used" in css(browser, "#error")[0].text
    assert not css(browser, "#signed-in-as")
