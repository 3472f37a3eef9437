// Opens an exported evidence bundle the way a platform's complaint desk would:
// in ReplayWeb.page (npm `replaywebpage`, served here on loopback) driven in
// headless Debian Chromium with playwright-core, and renders the takedown
// notice to PNG and PDF.
//
// Checks, each printed as one line "ok: ..." or "FAIL: ...":
//   1. the bundle loads and its first page (pages/pages.jsonl) replays, i.e.
//      the archived page's text shows in the replay frame;
//   2. ReplayWeb.page's own signature check (wabac.js: ECDSA P-384 over the
//      datapackage hash, key from signedData) records the signature as valid,
//      no file hash as invalid, and shows our public key as the observer key;
//   3. the same bundle with one byte of the signature flipped is recorded as
//      invalid (so check 2 can fail);
//   4. notice.html renders to a PNG and a PDF, no script from a listing ran
//      (no dialog, no marker global, title unchanged) and the escaped
//      `<script>` text is visible as text.
//
// usage: node replay_check.mjs --tools DIR --bundle FILE --bad-bundle FILE
//          --page-url URL --page-text TEXT --public-key B64 --notice FILE
//          --out DIR [--chromium /usr/bin/chromium]
//          [--shots N]            notice.html must show N listing screenshots (img.shot)
//          [--script-title no]    the bundle has no listing titled with a <script> to look for
// Exit 0 when every check passes, 1 otherwise, 2 on bad usage.

import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";

function parseArgs(argv) {
  const args = { chromium: "/usr/bin/chromium" };
  for (let i = 0; i < argv.length; i += 2) {
    const key = argv[i];
    if (!key.startsWith("--") || i + 1 >= argv.length) {
      console.error(`replay_check: bad argument ${JSON.stringify(key)}`);
      process.exit(2);
    }
    args[key.slice(2).replace(/-([a-z])/g, (_, c) => c.toUpperCase())] = argv[i + 1];
  }
  for (const need of ["tools", "bundle", "badBundle", "pageUrl", "pageText", "publicKey", "notice", "out"]) {
    if (!args[need]) {
      console.error(`replay_check: missing --${need.replace(/[A-Z]/g, (c) => "-" + c.toLowerCase())}`);
      process.exit(2);
    }
  }
  return args;
}

const args = parseArgs(process.argv.slice(2));
const require = createRequire(path.join(args.tools, "package.json"));
const { chromium } = require("playwright-core");
const rwpRoot = path.join(args.tools, "replaywebpage");

let failures = 0;
function check(ok, what, detail = "") {
  console.log(`${ok ? "ok" : "FAIL"}: ${what}${detail ? ` (${detail})` : ""}`);
  if (!ok) failures++;
}

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "application/javascript",
  ".json": "application/json",
  ".wacz": "application/wacz",
  ".css": "text/css",
  ".svg": "image/svg+xml",
};

// Static loopback server: ReplayWeb.page's files at /, the bundles at
// /bundle.wacz and /bad.wacz, with HTTP Range support (wabac.js reads WACZ
// files by range when the server allows it).
function startServer() {
  const mounts = { "/bundle.wacz": args.bundle, "/bad.wacz": args.badBundle };
  const server = http.createServer((req, res) => {
    const urlPath = decodeURIComponent(new URL(req.url, "http://x").pathname);
    let file = mounts[urlPath];
    if (!file) {
      const rel = path.normalize(urlPath === "/" ? "/index.html" : urlPath);
      file = path.join(rwpRoot, rel);
      if (!file.startsWith(rwpRoot + path.sep)) file = null;
    }
    let stat = null;
    try {
      stat = file && fs.statSync(file);
    } catch {
      stat = null;
    }
    if (!stat || !stat.isFile()) {
      res.writeHead(404, { "Content-Type": "text/plain" });
      res.end("not found");
      return;
    }
    const headers = {
      "Content-Type": TYPES[path.extname(urlPath)] || "application/octet-stream",
      "Accept-Ranges": "bytes",
      "Cache-Control": "no-store",
    };
    let start = 0;
    let end = stat.size - 1;
    let status = 200;
    const range = /^bytes=(\d*)-(\d*)$/.exec(req.headers.range || "");
    if (range) {
      if (range[1] === "") {
        start = Math.max(0, stat.size - Number(range[2]));
      } else {
        start = Number(range[1]);
        if (range[2] !== "") end = Math.min(end, Number(range[2]));
      }
      if (start > end) {
        res.writeHead(416, { "Content-Range": `bytes */${stat.size}` });
        res.end();
        return;
      }
      status = 206;
      headers["Content-Range"] = `bytes ${start}-${end}/${stat.size}`;
    }
    headers["Content-Length"] = String(end - start + 1);
    res.writeHead(status, headers);
    if (req.method === "HEAD") {
      res.end();
      return;
    }
    fs.createReadStream(file, { start, end }).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

// Reads every record of wabac.js's "verification" object stores (one IndexedDB
// per loaded collection) from the page's origin.
async function verificationRecords(page) {
  return page.evaluate(async () => {
    const out = [];
    const dbs = await indexedDB.databases();
    for (const { name } of dbs) {
      const db = await new Promise((resolve, reject) => {
        const req = indexedDB.open(name);
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      if (db.objectStoreNames.contains("verification")) {
        const rows = await new Promise((resolve, reject) => {
          const req = db.transaction("verification").objectStore("verification").getAll();
          req.onsuccess = () => resolve(req.result);
          req.onerror = () => reject(req.error);
        });
        for (const row of rows) out.push({ db: name, ...row });
      }
      db.close();
    }
    return out;
  });
}

// Loads `source` in the ReplayWeb.page app at the given page and returns the
// replay frame's text once it shows `text` (or "" after the deadline).
async function replay(context, base, source, pageUrl, text) {
  const page = await context.newPage();
  const messages = [];
  page.on("console", (m) => messages.push(m.text()));
  const target = `${base}/index.html?source=${encodeURIComponent(base + source)}#view=pages&url=${encodeURIComponent(pageUrl)}`;
  await page.goto(target, { waitUntil: "load" });
  const deadline = Date.now() + 60000;
  let seen = "";
  while (Date.now() < deadline && !seen.includes(text)) {
    for (const frame of page.frames()) {
      if (frame === page.mainFrame()) continue;
      try {
        const body = await frame.evaluate(() => (document.body ? document.body.innerText : ""));
        if (body.includes(text)) seen = body;
      } catch {
        // Frame navigated away while we read it; look again next round.
      }
    }
    if (!seen.includes(text)) await page.waitForTimeout(500);
  }
  return { page, seen, messages };
}

// Opens the player's "Archive Info" dialog (menu "more replay controls") and
// returns the text of its labelled fields.
async function archiveInfo(page) {
  await page.getByRole("button", { name: "more replay controls" }).click();
  await page.locator("sl-menu-item", { hasText: "Archive Info" }).click();
  await page.locator("wr-labeled-field").first().waitFor({ timeout: 15000 });
  return page.locator("wr-labeled-field").allInnerTexts();
}

async function waitForVerification(page, wantSignature) {
  const deadline = Date.now() + 30000;
  let rows = [];
  while (Date.now() < deadline) {
    rows = await verificationRecords(page);
    if (!wantSignature || rows.some((r) => r.id.endsWith("signature"))) break;
    await page.waitForTimeout(500);
  }
  return rows;
}

async function main() {
  fs.mkdirSync(args.out, { recursive: true });
  const server = await startServer();
  const base = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({
    executablePath: args.chromium,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"],
  });
  try {
    // 1 + 2: the real bundle replays and its signature is valid.
    {
      const context = await browser.newContext();
      const { page, seen, messages } = await replay(context, base, "/bundle.wacz", args.pageUrl, args.pageText);
      check(seen.includes(args.pageText), "first page replays in ReplayWeb.page", args.pageUrl);
      if (!seen.includes(args.pageText)) console.log(messages.slice(-20).join("\n"));
      const rows = await waitForVerification(page, true);
      const signature = rows.find((r) => r.id.endsWith("signature"));
      const key = rows.find((r) => r.id.endsWith("publicKey"));
      check(signature && signature.matched === true, "ReplayWeb.page verifies the signature",
            signature ? `matched=${signature.matched}` : "no signature record");
      check(key && key.expected === args.publicKey, "observer public key is the export key",
            key ? key.expected.slice(0, 24) + "..." : "none shown");
      if (process.env.REPLAY_DEBUG) console.log(JSON.stringify(rows, null, 1));
      // What a desk officer sees: "Archive Info" lists the observer key.
      const fields = await archiveInfo(page);
      check(fields.includes(args.publicKey), "Archive Info shows the observer public key");
      const validation = fields.find((f) => /hashes\s+verified|Not Available/.test(f)) || "";
      console.log(`info: Archive Info validation line: ${validation.replace(/\s+/g, " ").trim()}`);
      await page.screenshot({ path: path.join(args.out, "replay.png") });
      await context.close();
    }
    // 3: one flipped signature byte is seen as invalid.
    {
      const context = await browser.newContext();
      const { page } = await replay(context, base, "/bad.wacz", args.pageUrl, args.pageText);
      const rows = await waitForVerification(page, true);
      const signature = rows.find((r) => r.id.endsWith("signature"));
      check(signature && signature.matched === false, "a tampered signature shows as invalid",
            signature ? `matched=${signature.matched}` : "no signature record");
      await context.close();
    }
    // 4: notice.html renders to PNG and PDF, listing scripts stay text.
    {
      const context = await browser.newContext({ javaScriptEnabled: true });
      const page = await context.newPage();
      const dialogs = [];
      page.on("dialog", async (d) => {
        dialogs.push(d.message());
        await d.dismiss();
      });
      await page.goto(pathToFileURL(path.resolve(args.notice)).href, { waitUntil: "load" });
      await page.waitForTimeout(300);
      const state = await page.evaluate(() => ({
        pwned: typeof window.__lantian_pwned !== "undefined",
        title: document.title,
        text: document.body.innerText,
        scripts: document.scripts.length,
      }));
      check(dialogs.length === 0 && !state.pwned && !state.title.includes("PWNED"),
            "no script from a listing ran in notice.html", dialogs.join("; "));
      check(state.scripts === 0, "notice.html holds no <script> element", `${state.scripts} found`);
      if (args.scriptTitle !== "no") {
        check(state.text.includes("<script>"), "the escaped <script> title shows as text");
      }
      if (args.shots) {
        // Each listing's screenshot, from the bundle's screenshots/ folder, is
        // an image the browser could decode.
        const shots = await page.evaluate(() => [...document.querySelectorAll("img.shot")].map(
            (img) => ({ src: img.getAttribute("src"), ok: img.complete && img.naturalWidth > 0 })));
        const shown = shots.filter((s) => s.ok).length;
        check(shown === Number(args.shots) && shots.length === shown, "each listing's screenshot shows in notice.html",
              `${shown} of ${shots.length} shown, ${args.shots} expected`);
      }
      const png = path.join(args.out, "notice.png");
      const pdf = path.join(args.out, "notice.pdf");
      await page.screenshot({ path: png, fullPage: true });
      await page.pdf({ path: pdf, format: "A4", printBackground: true });
      const pngHead = fs.readFileSync(png).subarray(0, 8).toString("latin1");
      const pdfHead = fs.readFileSync(pdf).subarray(0, 5).toString("latin1");
      check(pngHead === "\x89PNG\r\n\x1a\n" && fs.statSync(png).size > 10000, "notice.png rendered",
            `${fs.statSync(png).size} bytes`);
      check(pdfHead === "%PDF-" && fs.statSync(pdf).size > 10000, "notice.pdf rendered",
            `${fs.statSync(pdf).size} bytes`);
      await context.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
  process.exit(failures ? 1 : 0);
}

main().catch((err) => {
  console.error(`replay_check: ${err.stack || err}`);
  process.exit(1);
});
