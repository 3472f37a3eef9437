// Drives the analyst console in headless Debian Chromium with playwright-core
// against a running server (the mock of tests/console/mock_api.py or the real
// `lantian serve`), the way an analyst uses it, and fails on any console
// error, page error, CSP violation or failed request the flow did not ask for.
//
// Flow, each step printed as "ok: ..." or "FAIL: ...":
//   1. the sign-in page; a wrong password is refused with the server's error;
//      the right one opens the queue;
//   2. ten findings of the "New" tab triaged by keyboard (c/d), each decision
//      checked through the API; a deliberate confirm of a dismissed finding
//      shows the server's 409 error as a toast and changes nothing;
//   3. u undoes the last decision; n + Enter adds a note (hostile markup in
//      it stays text); both checked through the API;
//   4. three confirmed rows selected with x and exported with the export
//      button; the bundle verifies and downloads;
//   5. a finding's page: evidence marked with <mark>, the captured page in an
//      <iframe sandbox> whose script never runs;
//   6. offenders, a dossier, sweeps, exports and the dashboard render;
//   7. the queue over all findings stays responsive (page load and key times).
// Screenshots of every page go to --out. Figures go to --out/figures.json.
//
// usage: node console_check.mjs --tools DIR --base URL --user NAME
//          --password PW --out DIR [--chromium /usr/bin/chromium]
// Exit 0 when every check passes, 1 otherwise, 2 on bad usage.

import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";

function parseArgs(argv) {
  const args = { chromium: "/usr/bin/chromium" };
  for (let i = 0; i < argv.length; i += 2) {
    const key = argv[i];
    if (!key.startsWith("--") || i + 1 >= argv.length) {
      console.error(`console_check: bad argument ${JSON.stringify(key)}`);
      process.exit(2);
    }
    args[key.slice(2)] = argv[i + 1];
  }
  for (const need of ["tools", "base", "user", "password", "out"]) {
    if (!args[need]) {
      console.error(`console_check: missing --${need}`);
      process.exit(2);
    }
  }
  return args;
}

const args = parseArgs(process.argv.slice(2));
const require = createRequire(path.join(args.tools, "package.json"));
const { chromium } = require("playwright-core");

let failures = 0;
function check(ok, what, detail = "") {
  console.log(`${ok ? "ok" : "FAIL"}: ${what}${detail ? ` (${detail})` : ""}`);
  if (!ok) failures++;
  return ok;
}

// Problems the flow provokes on purpose, each allowed exactly as often as asked.
const expected = [];
function expect(method, pathRe, status) {
  const e = { method, pathRe, status, seen: 0 };
  expected.push(e);
  return e;
}
const problems = [];
const isCapture = (url) => /\/api\/v1\/captures\/\d+\/page/.test(url || "");
const captureNotes = [];

async function api(page, method, p, body) {
  return page.evaluate(async ([m, url, b]) => {
    const headers = { Accept: "application/json" };
    if (m !== "GET") {
      const me = await (await fetch("/api/v1/me")).json();
      headers["X-CSRF-Token"] = me.csrf;
      headers["Content-Type"] = "application/json";
    }
    const r = await fetch(url, { method: m, headers, body: b ? JSON.stringify(b) : undefined });
    return { status: r.status, body: await r.json() };
  }, [method, p, body]);
}

async function shot(page, name) {
  await page.waitForTimeout(150);
  const file = path.join(args.out, `${name}.png`);
  await page.screenshot({ path: file, fullPage: false });
  return file;
}

async function statusOf(page, id) {
  const r = await api(page, "GET", `/api/v1/findings/${id}`);
  return r.body.finding;
}

// Presses key and waits for the request it causes (matching urlPart).
async function pressFor(page, key, urlPart) {
  const wait = page.waitForResponse((r) => r.url().includes(urlPart) && r.request().method() === "POST", { timeout: 10000 });
  await page.keyboard.press(key);
  return wait;
}

async function rowIds(page) {
  return page.$$eval('[data-testid="queue-row"]', (rows) => rows.map((r) => Number(r.dataset.item)));
}

async function cursorIndex(page) {
  return page.$$eval('[data-testid="queue-row"]', (rows) => rows.findIndex((r) => r.classList.contains("cursor")));
}

async function main() {
  fs.mkdirSync(args.out, { recursive: true });
  const figures = {};
  const browser = await chromium.launch({
    executablePath: args.chromium,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"],
  });
  try {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, acceptDownloads: true, locale: "zh-CN" });
    await context.addInitScript(() => {
      window.__csp = [];
      window.__messages = [];
      document.addEventListener("securitypolicyviolation", (e) => {
        window.__csp.push(`${e.violatedDirective} ${e.blockedURI} in ${document.URL}`);
        try {
          if (window.top !== window) window.top.postMessage({ __csp: `${e.violatedDirective} ${e.blockedURI}`, doc: document.URL }, "*");
        } catch { /* opaque frame */ }
      });
      window.addEventListener("message", (e) => window.__messages.push(typeof e.data === "string" ? e.data : JSON.stringify(e.data)));
    });
    const page = await context.newPage();
    page.on("console", (m) => {
      if (m.type() !== "error") return;
      const url = m.location().url || "";
      if (isCapture(url) && /Blocked script execution|Refused to (load|execute|apply)|violates the following Content Security Policy/.test(m.text())) {
        captureNotes.push(m.text());
        return;
      }
      const status = /status of (\d+)/.exec(m.text());
      if (status && expected.some((e) => e.status === Number(status[1]) && e.pathRe.test(new URL(url, args.base).pathname))) return;
      problems.push(`console error: ${m.text()} at ${url}`);
    });
    page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
    page.on("requestfailed", (r) => {
      const why = r.failure() ? r.failure().errorText : "";
      if (isCapture(r.frame()?.url()) && /BLOCKED_BY_CSP|ERR_BLOCKED|^csp$/.test(why)) return captureNotes.push(`blocked ${r.url()}`);
      // Leaving a finding's page while its capture loads cancels that load.
      if (isCapture(r.url()) && /ERR_ABORTED/.test(why)) return;
      if (/\/download$/.test(new URL(r.url()).pathname) && /ERR_ABORTED/.test(why)) return; // the download itself
      problems.push(`request failed: ${r.method()} ${r.url()} ${why}`);
    });
    page.on("response", (r) => {
      if (r.status() < 400) return;
      const p = new URL(r.url()).pathname;
      const e = expected.find((x) => x.method === r.request().method() && x.pathRe.test(p) && x.status === r.status());
      if (e) e.seen++;
      else problems.push(`unexpected HTTP ${r.status()}: ${r.request().method()} ${p}`);
    });

    // 1. sign-in.
    const meBefore = expect("GET", /^\/api\/v1\/me$/, 401);
    await page.goto(`${args.base}/#/queue`, { waitUntil: "load" });
    await page.getByTestId("signin-name").waitFor({ timeout: 10000 });
    check(meBefore.seen >= 1, "without a session the API answers 401 and the sign-in form shows");
    await shot(page, "signin");
    const wrong = expect("POST", /^\/api\/v1\/session$/, 401);
    await page.getByTestId("signin-name").fill(args.user);
    await page.getByTestId("signin-password").fill(args.password + "-wrong");
    await page.getByTestId("signin-submit").click();
    await page.locator(".signin-error", { hasText: "wrong name or password" }).waitFor({ timeout: 10000 });
    check(wrong.seen === 1, "a wrong password is refused with the server's error line");
    await page.getByTestId("signin-password").fill(args.password);
    await page.getByTestId("signin-submit").click();
    await page.getByTestId("queue-row").first().waitFor({ timeout: 15000 });
    check(await page.locator(".who", { hasText: args.user }).count() === 1, "signed in: the queue shows with the user's name");

    // 2. triage ten new findings by keyboard.
    await page.locator(".tab-new").click();
    await page.waitForFunction(() => document.querySelector(".tab-new.active") &&
      [...document.querySelectorAll('[data-testid="queue-row"]')].every((r) => r.classList.contains("st-new")), null, { timeout: 10000 });
    await shot(page, "queue");
    const ids = (await rowIds(page)).slice(0, 11);
    check(ids.length === 11, "the New tab lists at least eleven findings", `${ids.length}`);
    const plan = ids.slice(0, 10).map((id, i) => ({ id, key: i % 3 === 2 ? "d" : "c", want: i % 3 === 2 ? "dismissed" : "confirmed" }));
    const keyTimes = [];
    for (const [i, step] of plan.entries()) {
      check(await cursorIndex(page) === i, `cursor on row ${i + 1} before "${step.key}"`);
      const t0 = Date.now();
      const r = await pressFor(page, step.key, `/api/v1/findings/${step.id}/review`);
      await page.waitForFunction((n) => {
        const rows = document.querySelectorAll('[data-testid="queue-row"]');
        return rows[n] && rows[n].classList.contains("cursor");
      }, i + 1, { timeout: 5000 });
      keyTimes.push(Date.now() - t0);
      if (r.status() !== 200) check(false, `review of ${step.id}`, `HTTP ${r.status()}`);
    }
    let allRight = true;
    for (const step of plan) {
      const f = await statusOf(page, step.id);
      if (f.status !== step.want) {
        allRight = false;
        console.log(`  item ${step.id}: ${f.status}, wanted ${step.want}`);
      }
    }
    check(allRight, "ten findings triaged by keyboard, each stored as decided",
      plan.map((s) => `${s.id}:${s.key}`).join(" "));
    figures.triage_key_to_next_row_ms_max = Math.max(...keyTimes);
    const rowStatuses = await page.$$eval('[data-testid="queue-row"] .badge', (b) => b.slice(0, 10).map((x) => x.textContent));
    check(rowStatuses.filter((s) => s === "confirmed").length === 7 && rowStatuses.filter((s) => s === "dismissed").length === 3,
      "the rows show their new statuses in place", rowStatuses.join(","));
    await shot(page, "queue-triaged");

    // Bad on purpose: a dismissed finding cannot be confirmed.
    const refused = expect("POST", /^\/api\/v1\/findings\/\d+\/review$/, 409);
    const dismissedRow = page.getByTestId("queue-row").nth(2);
    await dismissedRow.locator("td.num.score").click();
    await pressFor(page, "c", `/api/v1/findings/${plan[2].id}/review`);
    await page.locator(".toast-error", { hasText: "cannot move from dismissed to confirmed" }).waitFor({ timeout: 5000 });
    check(refused.seen === 1 && (await statusOf(page, plan[2].id)).status === "dismissed",
      "confirming a dismissed finding shows the server's 409 as a toast and changes nothing");
    await page.locator(".toast").evaluateAll((ts) => ts.forEach((t) => t.remove()));
    // The server refuses a state change without the session's CSRF token.
    const noToken = expect("POST", /^\/api\/v1\/findings\/\d+\/review$/, 403);
    const forged = await page.evaluate(async (id) => {
      const r = await fetch(`/api/v1/findings/${id}/review`, { method: "POST", headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ action: "dismiss" }) });
      return { status: r.status, body: await r.json() };
    }, ids[10]);
    check(noToken.seen === 1 && forged.body.error === "bad or missing CSRF token" && (await statusOf(page, ids[10])).status === "new",
      "a POST without the CSRF token is refused (403) and changes nothing", JSON.stringify(forged.body));

    // 3. undo the last decision, then a note.
    const last = plan[9];
    await pressFor(page, "u", `/api/v1/findings/${last.id}/undo`);
    await page.locator(`[data-testid="queue-row"][data-item="${last.id}"].cursor .badge`, { hasText: "new" }).waitFor({ timeout: 5000 });
    const undone = await api(page, "GET", `/api/v1/findings/${last.id}`);
    check(undone.body.finding.status === "new" &&
      undone.body.history.some((e) => e.kind === "reopen" && /^undo/.test(e.note || "")),
      "u undoes the last decision: back to new, history has the undo", `item ${last.id}`);
    const noteText = "同一卖家多次发布包授权 <b>hostile</b>";
    await page.keyboard.press("n");
    check(await page.getByTestId("note-input").evaluate((el) => el === document.activeElement), "n focuses the note field");
    await page.keyboard.type(noteText);
    const noteResp = page.waitForResponse((r) => r.url().includes(`/api/v1/findings/${last.id}/review`), { timeout: 5000 });
    await page.keyboard.press("Enter");
    await noteResp;
    const noted = await statusOf(page, last.id);
    const cell = page.locator(`[data-testid="queue-row"][data-item="${last.id}"] .note-cell`);
    await cell.filter({ hasText: "hostile" }).waitFor({ timeout: 5000 });
    check(noted.note === noteText && (await cell.textContent()).includes("<b>hostile</b>") && (await cell.locator("b").count()) === 0,
      "the note is stored and shown as text, markup and all");

    // 4. export three confirmed findings.
    const picks = [plan[0].id, plan[1].id, plan[3].id];
    for (const id of picks) {
      await page.locator(`[data-testid="queue-row"][data-item="${id}"] td.score`).click();
      await page.keyboard.press("x");
    }
    const exportButton = page.getByTestId("export-button");
    check((await exportButton.textContent()).includes("(3)"), "x selects rows; the export button counts them");
    await shot(page, "queue-selected");
    await exportButton.click();
    await page.getByTestId("export-result").waitFor({ timeout: 30000 });
    check(await page.getByTestId("verify-ok").count() === 1, "the new bundle verifies");
    await shot(page, "exports");
    const [download] = await Promise.all([page.waitForEvent("download", { timeout: 30000 }), page.getByTestId("export-download").click()]);
    const bundle = path.join(args.out, "bundle.download");
    await download.saveAs(bundle);
    const head = fs.readFileSync(bundle).subarray(0, 4).toString("latin1");
    check(head === "PK\x03\x04", "the bundle downloads as a zip file", `${fs.statSync(bundle).size} bytes, ${download.suggestedFilename()}`);
    figures.bundle_bytes = fs.statSync(bundle).size;

    // 5. a finding's page.
    await page.goto(`${args.base}/#/finding/${plan[0].id}`);
    await page.locator(".item-text mark").first().waitFor({ timeout: 10000 });
    const detail = await api(page, "GET", `/api/v1/findings/${plan[0].id}`);
    const cps = Array.from(detail.body.text);
    const wantMarks = [...detail.body.spans].sort((a, b) => a.start - b.start).map((s) => cps.slice(s.start, s.end).join(""));
    const marks = await page.locator(".item-text mark").allTextContents();
    check(marks.length > 0 && marks.every((m) => wantMarks.includes(m)), "evidence spans are marked in the item text", marks.join(" | "));
    const frame = page.getByTestId("capture-frame");
    const hasCaptures = detail.body.captures.length > 0;
    if (hasCaptures) {
      await frame.waitFor({ timeout: 10000 });
      check(await frame.getAttribute("sandbox") === "", "the capture shows in an <iframe sandbox> with scripts off");
      await page.waitForTimeout(800);
      const msgs = await page.evaluate(() => window.__messages);
      check(!msgs.includes("pwned") && (await page.title()) !== "PWNED", "no script of the captured page ran");
    }
    await shot(page, "finding");
    // Hostile listing text stays text (when the data has such an item).
    const hostile = await api(page, "GET", `/api/v1/findings?status=all&q=${encodeURIComponent("<script>")}&limit=1`);
    if (hostile.body.findings && hostile.body.findings.length) {
      const hid = hostile.body.findings[0].item_id;
      await page.goto(`${args.base}/#/finding/${hid}`);
      await page.locator(".item-text").waitFor({ timeout: 10000 });
      const t = await page.locator(".item-text").evaluate((el) => ({ text: el.textContent, tags: el.querySelectorAll("*:not(mark)").length }));
      check(t.text.includes("<script>") && t.tags === 0, "listing text with markup shows as text, never as elements", `item ${hid}`);
    }

    // 6. the other pages.
    await page.goto(`${args.base}/#/offenders`);
    await page.locator("table.grid tbody tr").first().waitFor({ timeout: 10000 });
    await shot(page, "offenders");
    const firstOffender = await page.locator("table.grid tbody tr a").first().getAttribute("href");
    await page.goto(`${args.base}/${firstOffender}`);
    await page.locator("ul.timeline li").first().waitFor({ timeout: 10000 });
    check(await page.locator(".outcomes span").count() > 0, "a dossier shows listings, outcomes and a timeline", firstOffender);
    await shot(page, "dossier");
    await page.goto(`${args.base}/#/sweeps`);
    await page.locator("table.grid tbody tr").first().waitFor({ timeout: 10000 });
    check(await page.locator(".job").count() > 0, "sweeps and daemon jobs (or that there are none) render");
    await shot(page, "sweeps");
    await page.goto(`${args.base}/#/dashboard`);
    await page.locator(".chart svg").first().waitFor({ timeout: 10000 });
    const bars = await page.locator("svg rect.bar").count();
    check(bars > 10, "the dashboard draws its charts", `${bars} bars`);
    await shot(page, "dashboard");

    // 7. responsiveness over the whole queue.
    await page.goto(`${args.base}/#/queue?status=all`);
    await page.getByTestId("queue-row").first().waitFor({ timeout: 15000 });
    const total = await page.evaluate(async () => (await (await fetch("/api/v1/findings?status=all&limit=1")).json()).total);
    // Paging needs more than one page (100 rows): the mock has 10,000
    // findings; a small real store is checked on its one page.
    if (total > 100) {
      const t1 = Date.now();
      await page.locator(".pager button", { hasText: "Next" }).click();
      await page.waitForFunction(() => /^101–/.test(document.querySelector(".pager .range")?.textContent || "") &&
        document.querySelectorAll('[data-testid="queue-row"]').length > 0, null, { timeout: 15000 });
      figures.queue_next_page_ms = Date.now() - t1;
      const t2 = Date.now();
      for (let i = 0; i < 20; i++) await page.keyboard.press("j");
      await page.waitForFunction(() => {
        const rows = [...document.querySelectorAll('[data-testid="queue-row"]')];
        return rows.findIndex((r) => r.classList.contains("cursor")) === 20;
      }, null, { timeout: 5000 });
      figures.queue_20_keys_ms = Date.now() - t2;
      figures.queue_total = total;
      figures.queue_rows_in_dom = await page.getByTestId("queue-row").count();
      check(figures.queue_rows_in_dom <= 500, `the queue of ${total} findings keeps one page in the DOM`, `${figures.queue_rows_in_dom} rows`);
      check(figures.queue_next_page_ms < 5000 && figures.queue_20_keys_ms < 2000, "the queue stays responsive",
        `next page ${figures.queue_next_page_ms} ms, 20 x j ${figures.queue_20_keys_ms} ms`);
    } else {
      figures.queue_total = total;
      check(await page.getByTestId("queue-row").count() === total, `the queue of ${total} findings shows them all on one page`);
    }
    await shot(page, "queue-all");

    const csp = await page.evaluate(() => window.__csp);
    for (const v of csp) if (!isCapture(v.split(" in ")[1])) problems.push(`CSP violation: ${v}`);
    if (captureNotes.length) console.log(`info: the capture sandbox blocked ${captureNotes.length} thing(s): ${captureNotes[0].slice(0, 120)}`);
    check(problems.length === 0, "no console error, page error, CSP violation or failed request", problems.slice(0, 10).join("; "));
    fs.writeFileSync(path.join(args.out, "figures.json"), JSON.stringify(figures, null, 1));
    console.log(`info: figures ${JSON.stringify(figures)}`);
    await context.close();
  } finally {
    await browser.close();
  }
  process.exit(failures ? 1 : 0);
}

main().catch((err) => {
  console.error(`console_check: ${err.stack || err}`);
  if (problems.length) console.error(`console_check: seen so far: ${problems.slice(0, 10).join("; ")}`);
  process.exit(1);
});
