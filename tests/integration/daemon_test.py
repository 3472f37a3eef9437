#!/usr/bin/env python3
"""Integration tests for `lantian daemon` against the mock platforms.

Runs the real binary with a test config whose schedules are seconds long,
a fixture server on 127.0.0.2 serving tests/data/mock/shop, and a webhook
receiver on 127.0.0.1 that fails twice before it accepts. Checks: jobs run on
time and never overlap; each alert arrives exactly once; /metrics parses as
Prometheus text and matches the sweeps; SIGHUP with a broken config keeps the
old one; SIGTERM mid-sweep exits within 10 s and `--once` resumes the sweep.

usage: daemon_test.py LANTIAN FIXTURE_SERVER SOURCE_DIR
"""
import http.server
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import unittest
import urllib.request

LANTIAN, FIXTURE, SOURCE = sys.argv[1:4]
MOCK = os.path.join(SOURCE, "tests", "data", "mock")


class Webhook:
    """Loopback receiver: the first `failures` POSTs get 503, later ones 204."""

    def __init__(self, failures):
        self.failures = failures
        self.posts = []  # (status, key, body)
        outer = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_POST(self):
                body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                status = 503 if len(outer.posts) < outer.failures else 204
                outer.posts.append((status, self.headers.get("Idempotency-Key"), body))
                self.send_response(status)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args):
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = "http://127.0.0.1:%d/hook" % self.server.server_address[1]
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def close(self):
        self.server.shutdown()
        self.server.server_close()


class Site:
    def __init__(self, name, address):
        self.proc = subprocess.Popen([FIXTURE, "--root", os.path.join(MOCK, name), "--bind", address, "--port", "0"],
                                     stdout=subprocess.PIPE, text=True)
        line = self.proc.stdout.readline().strip()
        m = re.match(r"listening (\S+):(\d+)$", line)
        if not m:
            self.proc.kill()
            raise RuntimeError("fixture_server did not start: %r" % line)
        self.base = "http://%s:%s" % (m.group(1), m.group(2))

    def close(self):
        self.proc.terminate()
        self.proc.wait(timeout=10)
        self.proc.stdout.close()


class Daemon:
    def __init__(self, config, *extra):
        self.log_lines = []
        self.proc = subprocess.Popen([LANTIAN, "daemon", "--config", config, "--log-format", "json", *extra],
                                     stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        self.thread = threading.Thread(target=self._read, daemon=True)
        self.thread.start()

    def _read(self):
        for line in self.proc.stderr:
            line = line.strip()
            if not line:
                continue
            entry = json.loads(line)  # every log line must be one JSON object
            entry["t"] = time.monotonic()
            self.log_lines.append(entry)

    def messages(self):
        return [e["msg"] for e in self.log_lines]

    def wait_for(self, pattern, count=1, timeout=30):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            hits = [e for e in self.log_lines if re.search(pattern, e["msg"])]
            if len(hits) >= count:
                return hits
            if self.proc.poll() is not None:
                break
            time.sleep(0.05)
        raise AssertionError("no %d× %r in daemon log:\n%s" % (count, pattern, "\n".join(self.messages())))

    def stop(self, timeout=10):
        start = time.monotonic()
        self.proc.send_signal(signal.SIGTERM)
        code = self.proc.wait(timeout=timeout)
        self.join()
        return code, time.monotonic() - start

    def join(self):
        self.thread.join(timeout=5)
        self.proc.stderr.close()


def write_config(path, db, seeds, schedule, webhook=None, delay_ms=50, metrics=True, max_pages=50):
    with open(path, "w", encoding="utf-8") as f:
        f.write('[crawler]\nallow_private = true\nper_host_delay_ms = %d\ndb = "%s"\n' % (delay_ms, db))
        f.write('max_pages = %d\n' % max_pages)
        # The mock platforms' profiles live with the mocks, not in config/sites.
        f.write('sites_dir = "%s"\n' % os.path.join(MOCK, "sites"))
        if metrics:
            f.write('metrics_listen = "127.0.0.1:0"\n')
        f.write('\n[daemon]\nrecheck_schedule = ""\nutc_offset_minutes = 0\n')
        if webhook:
            f.write('\n[alerts]\nwebhook_url = "%s"\nmin_severity = "high"\nbase_backoff_ms = 200\n'
                    'max_backoff_ms = 400\ntimeout_ms = 2000\n' % webhook)
        f.write('\n[[job]]\nname = "shop"\nseeds = [%s]\nschedule = "%s"\nmax_depth = 1\n'
                % (", ".join('"%s"' % s for s in seeds), schedule))


def parse_prometheus(text):
    samples = {}
    for line in text.splitlines():
        if not line or line.startswith("#"):
            if line.startswith("# TYPE"):
                assert len(line.split()) == 4, line
            continue
        m = re.match(r'^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{[^}]*\})? (\S+)$', line)
        assert m, "not Prometheus text: %r" % line
        samples[m.group(1) + (m.group(2) or "")] = float(m.group(3))
    return samples


class DaemonTest(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.mkdtemp(prefix="lantian-daemon-")
        self.shop = Site("shop", "127.0.0.2")
        self.config = os.path.join(self.tmp, "lantian.toml")
        self.db = os.path.join(self.tmp, "lantian.db")

    def tearDown(self):
        self.shop.close()
        shutil.rmtree(self.tmp, ignore_errors=True)

    def test_schedule_alerts_metrics_and_reload(self):
        hook = Webhook(failures=2)
        try:
            write_config(self.config, self.db, [self.shop.base + "/search.html"], "3s", webhook=hook.url)
            d = Daemon(self.config)
            try:
                d.wait_for(r"^job shop: done", count=2, timeout=40)
                # Jobs never overlap: every start follows the previous end.
                events = [e for e in d.log_lines if re.match(r"^job shop: (starting|done|interrupted)", e["msg"])]
                kinds = [("start" if "starting" in e["msg"] else "end") for e in events]
                self.assertEqual(kinds[:4], ["start", "end", "start", "end"])
                # On time: the second run starts about 3 s after the first ended.
                gap = events[2]["t"] - events[1]["t"]
                self.assertGreater(gap, 2.5)
                self.assertLess(gap, 6.0)

                # Each alert exactly once: two failed attempts, then one delivery.
                d.wait_for(r"^alert \d+: delivered", timeout=20)
                delivered = [p for p in hook.posts if p[0] == 204]
                self.assertEqual(len(delivered), 1, hook.posts)
                self.assertEqual(len(hook.posts), 3)
                self.assertEqual({p[1] for p in hook.posts}, {delivered[0][1]})
                alert = json.loads(delivered[0][2])
                self.assertEqual(alert["kind"], "new_hits")
                self.assertTrue(all(h["severity"] == "high" for h in alert["hits"]))
                self.assertGreater(len(alert["hits"]), 0)

                # /metrics parses and its counters match what the sweeps logged.
                port = int(re.search(r":(\d+)/metrics$", d.wait_for(r"^metrics on ")[0]["msg"]).group(1))
                text = urllib.request.urlopen("http://127.0.0.1:%d/metrics" % port, timeout=5).read().decode()
                samples = parse_prometheus(text)
                done = [e["msg"] for e in d.log_lines if e["msg"].startswith("job shop: done")]
                sweeps = samples["lantian_sweeps_total"]
                self.assertGreaterEqual(sweeps, 2)
                logged_hits = sum(int(re.search(r"(\d+) hits", m).group(1)) for m in done[: int(sweeps)])
                hits_total = sum(v for k, v in samples.items() if k.startswith("lantian_hits_total{"))
                self.assertEqual(hits_total, logged_hits)
                self.assertIn("lantian_alerts_pending", samples)
                # Every fetched page is one latency observation.
                pages = sum(v for k, v in samples.items() if k.startswith("lantian_pages_fetched_total{"))
                self.assertGreater(pages, 0)
                self.assertGreaterEqual(samples["lantian_fetch_duration_seconds_count"], pages)
                # (The sum may be 0: loopback fetches take under the 1 ms resolution.)
                self.assertGreaterEqual(samples["lantian_fetch_duration_seconds_sum"], 0)
                health = urllib.request.urlopen("http://127.0.0.1:%d/healthz" % port, timeout=5).read()
                self.assertEqual(health, b"ok\n")

                # SIGHUP with a broken config: rejected, the old config keeps running.
                with open(self.config, "w") as f:
                    f.write("[crawler\nthis is not toml")
                runs_before = len(d.wait_for(r"^job shop: starting"))
                d.proc.send_signal(signal.SIGHUP)
                d.wait_for(r"^config reload rejected", timeout=15)
                d.wait_for(r"^job shop: starting", count=runs_before + 1, timeout=15)
                self.assertIsNone(d.proc.poll())
            finally:
                code, _ = d.stop()
            self.assertEqual(code, 0)
        finally:
            hook.close()

    def test_sigterm_mid_sweep_then_once_resumes(self):
        # A slow crawl (300 ms per page) so SIGTERM lands mid-sweep.
        write_config(self.config, self.db, [self.shop.base + "/search.html"], "1h", delay_ms=300, metrics=False)
        d = Daemon(self.config)
        d.wait_for(r"^job shop: starting")
        time.sleep(1.0)
        code, seconds = d.stop(timeout=12)
        self.assertEqual(code, 0)
        self.assertLess(seconds, 10.0)
        self.assertTrue(any(m.startswith("job shop: interrupted") for m in d.messages()), d.messages())

        once = Daemon(self.config, "--once")
        self.assertEqual(once.proc.wait(timeout=60), 0)
        once.join()
        msgs = once.messages()
        self.assertIn("job shop: starting (resuming)", msgs)
        self.assertTrue(any(m.startswith("job shop: done") for m in msgs), msgs)

        # Restarting does not re-run a job that is not due.
        again = Daemon(self.config, "--once")
        self.assertEqual(again.proc.wait(timeout=30), 0)
        again.join()
        self.assertIn("no job is due", again.messages())

    def test_unreachable_host_fails_the_run_not_the_daemon(self):
        # Bound but not listening: connections are refused.
        refusing = socket.socket()
        refusing.bind(("127.0.0.1", 0))
        dead = "http://127.0.0.1:%d" % refusing.getsockname()[1]
        try:
            write_config(self.config, self.db, [self.shop.base + "/search.html", dead + "/list"], "1h", metrics=False)
            d = Daemon(self.config, "--once")
            self.assertEqual(d.proc.wait(timeout=60), 0)
            d.join()
        finally:
            refusing.close()
        msgs = d.messages()
        self.assertTrue(any(m.startswith("job shop: done, ") for m in msgs), msgs)
        errors = [e["msg"] for e in d.log_lines if e.get("level") == "error"]
        self.assertEqual(errors, ["job shop: host %s unreachable: connection refused (1 URL not fetched: %s/list)"
                                  % (dead, dead)])

    def test_builtin_recheck_job_runs_on_its_schedule(self):
        with open(self.config, "w", encoding="utf-8") as f:
            f.write('[crawler]\nallow_private = true\ndb = "%s"\n\n[daemon]\nrecheck_schedule = "1h"\n' % self.db)
        d = Daemon(self.config, "--once")
        self.assertEqual(d.proc.wait(timeout=30), 0)
        d.join()
        self.assertIn("job recheck: starting", d.messages())
        self.assertTrue(any(m.startswith("job recheck: done, 0 items") for m in d.messages()), d.messages())
        again = Daemon(self.config, "--once")
        self.assertEqual(again.proc.wait(timeout=30), 0)
        again.join()
        self.assertIn("no job is due", again.messages())

    def test_builtin_learn_job_waits_for_reviews(self):
        with open(self.config, "w", encoding="utf-8") as f:
            f.write('[crawler]\nallow_private = true\ndb = "%s"\n\n[daemon]\nrecheck_schedule = ""\n'
                    'learn_schedule = "1h"\n' % self.db)
        d = Daemon(self.config, "--once")
        self.assertEqual(d.proc.wait(timeout=30), 0)
        d.join()
        self.assertIn("job learn: done, skipped: no examples: no corpus given and no confirmed or dismissed items in "
                      + self.db, d.messages())
        self.assertFalse(os.path.exists(os.path.join(self.tmp, "learned", "model.ftz")))

    def test_builtin_learn_job_trains_on_reviews_then_rescans(self):
        write_config(self.config, self.db, [self.shop.base + "/search.html"], "1h", metrics=False)
        d = Daemon(self.config, "--once")
        self.assertEqual(d.proc.wait(timeout=60), 0)
        d.join()
        found = subprocess.run([LANTIAN, "hits", "--by", "item", "--format", "jsonl", "--db", self.db],
                               capture_output=True, text=True, check=True).stdout.splitlines()
        items = [json.loads(line)["item_id"] for line in found]
        self.assertGreaterEqual(len(items), 2, found)
        for item, verdict in ((items[0], "--confirm"), (items[1], "--dismiss")):
            subprocess.run([LANTIAN, "review", "--item", str(item), verdict, "--analyst", "ana", "--db", self.db],
                           capture_output=True, text=True, check=True)
        # Turn the learn job on: it is due at once, the sweep is not.
        holdout = os.path.join(SOURCE, "tests", "data", "patterns", "holdout.jsonl")
        with open(self.config, encoding="utf-8") as f:
            text = f.read().replace('[daemon]\n', '[daemon]\nlearn_schedule = "1h"\nlearn_corpora = ["%s"]\n' % holdout)
        with open(self.config, "w", encoding="utf-8") as f:
            f.write(text)
        learn = Daemon(self.config, "--once")
        self.assertEqual(learn.proc.wait(timeout=120), 0)
        learn.join()
        msgs = learn.messages()
        self.assertNotIn("job shop: starting", msgs)
        model = os.path.join(self.tmp, "learned", "model.ftz")
        done = [m for m in msgs if m.startswith("job learn: done, trained on ")]
        self.assertEqual(len(done), 1, msgs)
        self.assertIn("(1 confirmed items, 1 dismissed) into %s; rescanned " % model, done[0])
        self.assertTrue(os.path.exists(model))
        self.assertTrue(os.path.exists(os.path.join(self.tmp, "learned", "thresholds.toml")))
        # The rescan joined the chain like any new hit: the store still verifies.
        verify = subprocess.run([LANTIAN, "verify", "--db", self.db], capture_output=True, text=True)
        self.assertEqual(verify.returncode, 0, verify.stdout + verify.stderr)


if __name__ == "__main__":
    unittest.main(argv=[sys.argv[0], "-v"])
