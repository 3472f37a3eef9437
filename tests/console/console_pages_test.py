#!/usr/bin/env python3
"""The analyst console's pages in a browser, against a server started here.

Starts the server (by default tests/console/mock_api.py, which implements
console/API.md on generated data; with --server-cmd any command line that
prints "listening on http://127.0.0.1:PORT" on stderr, e.g. the real
`lantian serve`), then runs console_check.mjs in headless Debian Chromium via
playwright-core: sign-in, ten findings triaged by keyboard, an undo, a note,
an export built and downloaded, a finding's page with its sandboxed capture,
the dossier, sweeps, exports and dashboard pages, each screenshotted into
--out. It fails on any console error, page error, CSP violation or failed
request, and checks here that the downloaded bundle is a readable zip and
every screenshot a real PNG.

The browser tools come from scripts/setup (Debian chromium, npm
playwright-core in ~/.cache/lantian-tools). Without them the test says so and
is skipped (exit 77).

usage: console_pages_test.py [--server-cmd CMD] [--user NAME] [--password PW]
                             [--out DIR]
The server command may also come from $LANTIAN_CONSOLE_SERVER_CMD.
"""
import argparse
import os
import queue
import re
import shlex
import shutil
import subprocess
import sys
import tempfile
import threading
import zipfile

SKIP = 77
HERE = os.path.dirname(os.path.abspath(__file__))
TOOLS = os.environ.get("LANTIAN_TOOLS_DIR", os.path.expanduser("~/.cache/lantian-tools"))
CHROMIUM = os.environ.get("LANTIAN_CHROMIUM", "/usr/bin/chromium")
SHOTS = ["signin", "queue", "queue-triaged", "queue-selected", "exports", "finding", "offenders", "dossier",
         "sweeps", "dashboard", "queue-all"]


def missing_tools():
    missing = []
    if not os.access(CHROMIUM, os.X_OK):
        missing.append(CHROMIUM)
    if not os.path.exists(os.path.join(TOOLS, "node_modules", "playwright-core", "package.json")):
        missing.append(os.path.join(TOOLS, "node_modules", "playwright-core"))
    if not shutil.which("node"):
        missing.append("node")
    return missing


def start_server(cmd):
    """Starts cmd; returns (process, base URL) once it says where it listens."""
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    lines = queue.Queue()
    seen = []

    def pump():
        for line in proc.stderr:
            lines.put(line)
        lines.put(None)

    threading.Thread(target=pump, daemon=True).start()
    while True:
        try:
            line = lines.get(timeout=60)
        except queue.Empty:
            line = None
        if line is None:
            proc.kill()
            sys.exit("FAIL: server %r printed no \"listening on http://127.0.0.1:PORT\" line within 60 s:\n%s"
                     % (" ".join(cmd), "".join(seen[-10:])))
        seen.append(line)
        m = re.search(r"listening on (http://127\.0\.0\.1:\d+)", line)
        if m:
            # Keep draining stderr so the server never blocks on a full pipe.
            return proc, m.group(1)


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    default_cmd = os.environ.get("LANTIAN_CONSOLE_SERVER_CMD") or \
        "%s %s --port 0" % (shlex.quote(sys.executable), shlex.quote(os.path.join(HERE, "mock_api.py")))
    p.add_argument("--server-cmd", default=default_cmd)
    p.add_argument("--user", default=os.environ.get("LANTIAN_CONSOLE_USER", "olga"))
    p.add_argument("--password", default=os.environ.get("LANTIAN_CONSOLE_PASSWORD", "console-test-pw"))
    p.add_argument("--out", default=None, help="screenshots and the downloaded bundle (default: a temp dir)")
    a = p.parse_args()
    missing = missing_tools()
    if missing:
        print("SKIPPED: browser tools missing (run scripts/setup): " + ", ".join(missing))
        return SKIP
    out = a.out or tempfile.mkdtemp(prefix="lantian-console-")
    shutil.rmtree(out, ignore_errors=True)
    os.makedirs(out)
    server, base = start_server(shlex.split(a.server_cmd))
    try:
        result = subprocess.run(["node", os.path.join(HERE, "console_check.mjs"), "--tools", TOOLS, "--chromium", CHROMIUM,
                                 "--base", base, "--user", a.user, "--password", a.password, "--out", out],
                                capture_output=True, text=True, timeout=270)
        sys.stdout.write(result.stdout)
        sys.stderr.write(result.stderr)
        failed = result.returncode != 0
        if server.poll() is not None:
            print("FAIL: the server exited during the test (code %d)" % server.returncode)
            failed = True
        bundle = os.path.join(out, "bundle.download")
        if os.path.exists(bundle):
            try:
                with zipfile.ZipFile(bundle) as z:
                    bad = z.testzip()
                    names = z.namelist()
                ok = bad is None and names
                print("%s: the downloaded bundle is a readable zip (%d entries%s)"
                      % ("ok" if ok else "FAIL", len(names), ", bad entry " + bad if bad else ""))
                failed |= not ok
            except zipfile.BadZipFile as e:
                print("FAIL: the downloaded bundle is not a zip: %s" % e)
                failed = True
        for name in SHOTS:
            path = os.path.join(out, name + ".png")
            if not os.path.exists(path):
                print("FAIL: no screenshot %s" % path)
                failed = True
                continue
            with open(path, "rb") as f:
                head = f.read(8)
            if head != b"\x89PNG\r\n\x1a\n" or os.path.getsize(path) < 10000:
                print("FAIL: %s is not a real screenshot (%d bytes)" % (path, os.path.getsize(path)))
                failed = True
        print("info: screenshots in %s" % out)
        return 1 if failed else 0
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()


if __name__ == "__main__":
    sys.exit(main())
