#!/usr/bin/env python3
"""An exported bundle in a web-archive player and the notice in a browser.

Sweeps a copy of the mock shop (tests/data/mock/shop) served by the fixture
server on 127.0.0.2, with one extra listing whose title is a `<script>`;
confirms every hit, exports a signed bundle, and then hands it to
replay_check.mjs, which opens it in ReplayWeb.page (npm `replaywebpage`) in
headless Debian Chromium via playwright-core: the first page must replay, the
player must record the signature as valid (and a copy with one flipped
signature byte as invalid), and notice.html must render to PNG and PDF with
the listing's script shown as text, never run.

The browser tools come from scripts/setup (Debian chromium, npm playwright-core
and replaywebpage in ~/.cache/lantian-tools). Without them the test says so and
is skipped (exit 77), so a bare `ctest` outside scripts/test still passes.

usage: replay_test.py LANTIAN FIXTURE_SERVER SOURCE_DIR
"""
import base64
import html
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile

SKIP = 77
LANTIAN, FIXTURE, SOURCE = sys.argv[1:4]
TOOLS = os.environ.get("LANTIAN_TOOLS_DIR", os.path.expanduser("~/.cache/lantian-tools"))
CHROMIUM = os.environ.get("LANTIAN_CHROMIUM", "/usr/bin/chromium")
CHECK = os.path.join(SOURCE, "tests", "integration", "replay_check.mjs")

# A listing whose title carries markup: the notice must show it as text.
SCRIPT_LISTING = """<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>&lt;script&gt;window.__lantian_pwned=1;document.title='PWNED'&lt;/script&gt;发明专利包授权 - 淘淘集市</title>
</head><body>
<div class="detail" data-id="1009">
  <h1 class="title">&lt;script&gt;window.__lantian_pwned=1;document.title='PWNED'&lt;/script&gt;发明专利包授权 加急下证</h1>
  <span class="price">¥8800.00</span>
  <a class="shop" href="/shop/jisu.html">极速知产</a>
  <div class="desc">
    <p>发明专利包授权，不授权全额退款，内部渠道加急下证。</p>
    <p>加微信 jisu2026 咨询。</p>
  </div>
</div>
</body></html>
"""


def missing_tools():
    missing = []
    if not os.access(CHROMIUM, os.X_OK):
        missing.append(CHROMIUM)
    for rel in ("node_modules/playwright-core/package.json", "replaywebpage/sw.js", "replaywebpage/ui.js"):
        if not os.path.exists(os.path.join(TOOLS, rel)):
            missing.append(os.path.join(TOOLS, rel))
    if not shutil.which("node"):
        missing.append("node")
    return missing


def run(*args, **kwargs):
    result = subprocess.run(args, capture_output=True, text=True, timeout=120, **kwargs)
    if result.returncode != 0:
        sys.exit("FAIL: %s exited %d\n%s%s" % (" ".join(args[:2]), result.returncode, result.stdout, result.stderr))
    return result.stdout


def start_site(root, bind="127.0.0.2"):
    proc = subprocess.Popen([FIXTURE, "--root", root, "--bind", bind, "--port", "0"],
                            stdout=subprocess.PIPE, text=True)
    line = proc.stdout.readline().strip()
    m = re.match(r"listening (\S+):(\d+)$", line)
    if not m:
        proc.kill()
        sys.exit("FAIL: fixture_server did not start: %r" % line)
    return proc, "http://%s:%s" % (m.group(1), m.group(2))


def clean_up(site, work):
    """Stops the fixture server and removes the work folder (kept with LANTIAN_KEEP_WORK=1)."""
    if site:
        site.terminate()
        site.wait(timeout=10)
        site.stdout.close()
    if not os.environ.get("LANTIAN_KEEP_WORK"):
        shutil.rmtree(work, ignore_errors=True)


def flip_signature(src, dst):
    """Copy of the bundle with one byte of the signature changed."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w") as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == "datapackage-digest.json":
                digest = json.loads(data)
                raw = bytearray(base64.b64decode(digest["signedData"]["signature"]))
                raw[len(raw) // 2] ^= 0x01
                digest["signedData"]["signature"] = base64.b64encode(bytes(raw)).decode()
                data = json.dumps(digest, indent=2).encode()
            zout.writestr(info, data)


def visible_heading(path):
    """The h1 text of a listing page as a browser shows it."""
    with open(path, encoding="utf-8") as f:
        m = re.search(r"<h1[^>]*>(.*?)</h1>", f.read(), re.S)
    return html.unescape(re.sub(r"\s+", " ", m.group(1))).strip() if m else ""


def main():
    missing = missing_tools()
    if missing:
        print("SKIPPED: browser tools missing (run scripts/setup): " + ", ".join(missing))
        return SKIP
    work = tempfile.mkdtemp(prefix="lantian-replay-")
    site = None
    try:
        root = os.path.join(work, "shop")
        shutil.copytree(os.path.join(SOURCE, "tests", "data", "mock", "shop"), root)
        with open(os.path.join(root, "item", "1009.html"), "w", encoding="utf-8") as f:
            f.write(SCRIPT_LISTING)
        site, base = start_site(root)
        db = os.path.join(work, "lantian.db")
        config = os.path.join(work, "lantian.toml")
        with open(config, "w", encoding="utf-8") as f:
            # The mock shop's profile lives with the mocks, not in config/sites.
            f.write('[crawler]\nsites_dir = "%s"\n' % os.path.join(SOURCE, "tests", "data", "mock", "sites"))
        run(LANTIAN, "sweep", "--config", config, "--db", db, "--allow-private", "--per-host-delay-ms", "0", "--max-depth", "0",
            "--seed", base + "/item/1009.html", "--seed", base + "/item/1001.html", "--format", "json")
        ids = [row["id"] for row in map(json.loads, run(LANTIAN, "hits", "--db", db, "--format", "jsonl").splitlines())]
        if not ids:
            sys.exit("FAIL: the sweep found no hits to export")
        run(LANTIAN, "review", *map(str, ids), "--confirm", "--note", "replay test", "--db", db)
        keys = os.path.join(work, "keys")
        run(LANTIAN, "keygen", "--out", keys)
        bundle = os.path.join(work, "bundle.zip")
        run(LANTIAN, "export", "--db", db, "--key", os.path.join(keys, "lantian-signing.key.pem"), "--out", bundle, "--draft")
        run(LANTIAN, "verify", bundle)
        bad = os.path.join(work, "bad.zip")
        flip_signature(bundle, bad)

        with zipfile.ZipFile(bundle) as z:
            pages = [json.loads(line) for line in z.read("pages/pages.jsonl").decode().splitlines()[1:]]
            z.extract("notice.html", work)
        first = pages[0]["url"]
        text = visible_heading(os.path.join(root, first.split("/", 3)[3]))
        # The key as the player shows it: base64 of the DER SubjectPublicKeyInfo,
        # taken from keygen's PEM file, not from the bundle.
        with open(os.path.join(keys, "lantian-signing.pub.pem")) as f:
            public_key = "".join(line.strip() for line in f if not line.startswith("-----"))

        out = os.environ.get("LANTIAN_REPLAY_OUT", os.path.join(work, "out"))
        result = subprocess.run(["node", CHECK, "--tools", TOOLS, "--chromium", CHROMIUM,
                                 "--bundle", bundle, "--bad-bundle", bad, "--page-url", first,
                                 "--page-text", text, "--public-key", public_key,
                                 "--notice", os.path.join(work, "notice.html"), "--out", out],
                                capture_output=True, text=True, timeout=240)
        sys.stdout.write(result.stdout)
        sys.stderr.write(result.stderr)
        return 0 if result.returncode == 0 else 1
    finally:
        clean_up(site, work)


if __name__ == "__main__":
    sys.exit(main())
