#!/usr/bin/env python3
"""Pages a browser must render (issue 16), end to end with the real binary.

The fixture platform tests/data/render/spa-shop serves search pages whose
listings come only from a JSON API through script (an empty app root, hashed
class names), on 127.0.0.21 by the fixture server. Checked:

1. `--render never` finds no listing; `--render auto` finds at least 95% of
   the offending listings of truth.json as items with hits, with their titles,
   and keeps the browser's requests, the DOM and a screenshot per list page.
2. The confirmed hits export to a bundle that verifies, holds a screenshot per
   listing, and replays in ReplayWeb.page (the script-built list shows from
   the archived API answer), with the screenshots shown in notice.html.
3. Misbehaving pages (never settles, 1,000 subresources, sends the browser to
   loopback and private addresses, starts downloads) each end with a note;
   the sweep exits 0 and the evidence chain verifies.
4. Without a browser the sweep still runs, plain, and says rendering was skipped.

Skipped (exit 77) without Debian chromium or the npm tools of scripts/setup.

usage: render_test.py LANTIAN FIXTURE_SERVER SOURCE_DIR
"""
import json
import os
import subprocess
import sys
import tempfile
import zipfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import replay_test as rt  # noqa: E402  (shares its tools check, runner, site and signature helpers)

LANTIAN, FIXTURE, SOURCE = rt.LANTIAN, rt.FIXTURE, rt.SOURCE
SITE = os.path.join(SOURCE, "tests", "data", "render", "spa-shop")
BIND = "127.0.0.21"
failures = []


def check(ok, what, detail=""):
    print(("ok   " if ok else "FAIL ") + what + ((": " + detail) if detail and not ok else ""))
    if not ok:
        failures.append(what)


def sweep(config, db, seeds, *extra):
    args = [LANTIAN, "sweep", "--config", config, "--db", db, "--allow-private", "--per-host-delay-ms", "20",
            "--max-depth", "0", "--format", "json", *extra]
    for s in seeds:
        args += ["--seed", s]
    result = subprocess.run(args, capture_output=True, text=True, timeout=240)
    return result.returncode, json.loads(result.stdout or "{}"), result.stderr


def items(db):
    out = rt.run(LANTIAN, "items", "--db", db, "--format", "jsonl")
    return [json.loads(line) for line in out.splitlines() if line.strip()]


def main():
    missing = rt.missing_tools()
    if missing:
        print("SKIPPED: browser tools missing (run scripts/setup): " + ", ".join(missing))
        return rt.SKIP
    work = tempfile.mkdtemp(prefix="lantian-render-")
    site = None
    try:
        site, base = rt.start_site(SITE, BIND)
        config = os.path.join(work, "lantian.toml")
        with open(config, "w", encoding="utf-8") as f:
            f.write("[crawler]\nfsync = false\nrender_timeout_ms = 4000\nrender_max_requests = 100\n"
                    "total_timeout_ms = 2000\nmax_attempts = 1\n")
        with open(os.path.join(SITE, "truth.json"), encoding="utf-8") as f:
            truth = json.load(f)
        lists = [base + "/search-%d.html" % n for n in (1, 2, 3)]

        # 1. Plain fetch sees an empty shell; the browser sees the listings.
        rc, plain, err = sweep(config, os.path.join(work, "plain.db"), lists, "--render", "never")
        check(rc == 0, "plain sweep exits 0", err)
        check(plain.get("hits") == 0 and plain.get("rendered") == 0, "a plain sweep finds no listing",
              json.dumps({k: plain.get(k) for k in ("items", "hits", "rendered")}))
        db = os.path.join(work, "lantian.db")
        rc, summary, err = sweep(config, db, lists, "--render", "auto")
        check(rc == 0, "rendering sweep exits 0", err)
        check(summary.get("rendered") == 3, "auto renders the three shells", str(summary.get("rendered")))
        found = {it["item_url"]: it for it in items(db)}
        # What rendering must deliver is the listings the detector flags when it
        # reads them: each title scanned on its own is the control (the rules'
        # recall on these phrasings is the detector's business, not the browser's).
        titles = os.path.join(work, "titles.txt")
        with open(titles, "w", encoding="utf-8") as f:
            f.write("".join(t["title"] + "\n" for t in truth))
        scanned = [json.loads(line) for line in rt.run(LANTIAN, "scan", "--lines", "--format", "jsonl", titles).splitlines()]
        flagged = {int(d["doc"]) - 1 for d in scanned if d["hits"]}
        offending = [t for t in truth if t["offending"]]
        expected = [t for i, t in enumerate(truth) if i in flagged]
        with_hits = [t for t in expected if found.get(base + t["url"], {}).get("hits")]
        as_items = [t for t in truth if base + t["url"] in found]
        titled = [t for t in truth if found.get(base + t["url"], {}).get("title") == t["title"]]
        share = len(with_hits) / max(1, len(expected))
        print("listings found as items: %d of %d; with hits: %d of the %d whose title the detector flags (%.3f), "
              "%d of %d labelled offending; titles right %d of %d"
              % (len(as_items), len(truth), len(with_hits), len(expected), share,
                 sum(1 for t in offending if found.get(base + t["url"], {}).get("hits")), len(offending),
                 len(titled), len(truth)))
        check(len(expected) >= 20, "the control flags enough listings to judge by", str(len(expected)))
        check(len(as_items) >= 0.95 * len(truth), "at least 95% of the listings are items of their own", str(len(as_items)))
        check(share >= 0.95, "at least 95% of the flagged listings are items with hits", "%.3f" % share)
        check(len(titled) >= 0.95 * len(truth), "at least 95% of the titles are right", str(len(titled)))

        # The shells come back byte for byte; their listings are still read again.
        rc, again, err = sweep(config, db, lists, "--render", "auto")
        check(rc == 0 and again.get("rendered") == 3 and again.get("revisits") == 0,
              "an unchanged shell is rendered again, not taken as unchanged",
              json.dumps({k: again.get(k) for k in ("rendered", "revisits", "new_hits")}))

        # 2. Export, verify, screenshots, replay.
        hits = [json.loads(line)["id"] for line in rt.run(LANTIAN, "hits", "--db", db, "--format", "jsonl").splitlines()]
        rt.run(LANTIAN, "review", *map(str, hits), "--confirm", "--note", "render test", "--db", db)
        keys = os.path.join(work, "keys")
        rt.run(LANTIAN, "keygen", "--out", keys)
        bundle = os.path.join(work, "bundle.zip")
        rt.run(LANTIAN, "export", "--db", db, "--key", os.path.join(keys, "lantian-signing.key.pem"), "--out", bundle,
               "--draft")
        rt.run(LANTIAN, "verify", bundle)
        rt.run(LANTIAN, "verify", "--db", db)
        with zipfile.ZipFile(bundle) as z:
            names = z.namelist()
            shots = [n for n in names if n.startswith("screenshots/")]
            listed = sum(1 for it in found.values() if it.get("hits"))
            check(len(shots) == listed, "a screenshot per reported listing", "%d for %d" % (len(shots), listed))
            check(all(z.read(n).startswith(b"\x89PNG\r\n\x1a\n") for n in shots), "the screenshots are PNGs")
            widths = [int.from_bytes(z.read(n)[16:20], "big") for n in shots]
            check(all(0 < w < 1280 for w in widths), "each is cropped to its listing, not the whole page", str(widths[:5]))
            cdx = z.read("indexes/index.cdxj").decode()
            check("/api/search/page-1.json" in cdx, "the API answer the list was built from is archived")
            check("urn:screenshot:" in cdx, "the screenshot records are indexed")
            z.extract("notice.html", work)
            for n in shots:
                z.extract(n, work)
        first = lists[0]
        page_text = next(t["title"] for t in truth if t["url"] == truth[0]["url"])
        bad = os.path.join(work, "bad.zip")
        rt.flip_signature(bundle, bad)
        with open(os.path.join(keys, "lantian-signing.pub.pem")) as f:
            public_key = "".join(line.strip() for line in f if not line.startswith("-----"))
        out = os.environ.get("LANTIAN_REPLAY_OUT", os.path.join(work, "out"))
        result = subprocess.run(["node", rt.CHECK, "--tools", rt.TOOLS, "--chromium", rt.CHROMIUM,
                                 "--bundle", bundle, "--bad-bundle", bad, "--page-url", first,
                                 "--page-text", page_text, "--public-key", public_key,
                                 "--notice", os.path.join(work, "notice.html"), "--out", out,
                                 "--shots", str(len(shots)), "--script-title", "no"],
                                capture_output=True, text=True, timeout=240)
        sys.stdout.write(result.stdout)
        sys.stderr.write(result.stderr)
        check(result.returncode == 0, "the bundle replays and its notice shows the screenshots")

        # 3. Pages that misbehave in a browser.
        trouble = [base + "/trouble/" + p for p in
                   ("never-settles.html", "many-requests.html", "to-private.html", "download.html")]
        with open(config, "a", encoding="utf-8") as f:
            f.write("render_other_hosts = true\n")  # so the address guard itself meets the private targets
        tdb = os.path.join(work, "trouble.db")
        rc, t, err = sweep(config, tdb, trouble, "--render", "always")
        notes = "\n".join(t.get("notes", []))
        print(notes)
        check(rc == 0, "the sweep over misbehaving pages exits 0", err)
        check(t.get("pages") == 4 and t.get("rendered") == 4, "every misbehaving page is stored, rendered",
              json.dumps({k: t.get(k) for k in ("pages", "rendered")}))
        check("never-settles.html: rendered: load did not finish" in notes, "a page that never settles is cut off")
        check("many-requests.html: rendered: request cap 100 reached" in notes, "1,000 subresources meet the cap")
        for target in ("http://127.0.0.1:9/admin", "http://10.20.30.40/pixel.png", "http://192.168.1.1/api/status"):
            check(("refused " + target) in notes, "the browser is kept from " + target)
        check("address_refused" in notes, "the address guard refuses the private targets")
        check("went on to" in notes, "the page the browser left is kept as fetched")
        check("download refused: " + base + "/files/agreement.zip" in notes, "a download is refused")
        rt.run(LANTIAN, "verify", "--db", tdb)

        # 4. No browser: plain, and said once.
        with open(config, "a", encoding="utf-8") as f:
            f.write('chromium = "/nonexistent/chromium"\n')
        rc, n, err = sweep(config, os.path.join(work, "nobrowser.db"), lists[:1], "--render", "auto")
        check(rc == 0 and n.get("pages") == 1 and n.get("rendered") == 0, "without a browser the sweep runs plain", err)
        check(any(x.startswith("rendering skipped: no browser at /nonexistent/chromium") for x in n.get("notes", [])),
              "and says rendering was skipped", json.dumps(n.get("notes")))
        return 1 if failures else 0
    finally:
        rt.clean_up(site, work)


if __name__ == "__main__":
    sys.exit(main())
