#!/usr/bin/env python3
"""A stand-in for `lantian serve`: console/assets/ plus console/API.md on made-up data.

For developing the console's pages and for tests/console/console_pages_test.py,
which drives the pages against this server by default and against the real
`lantian serve` when given --server-cmd. It keeps to the contract the real
server keeps: session cookie `lt_session`, X-CSRF-Token and Origin checks on
every state-changing request, roles, the error strings and the security headers
of API.md, and the status moves of store/hit_status.h (new -> confirmed |
dismissed; confirmed -> reported by an export; reopen from confirmed or
dismissed), so the pages meet the same refusals they meet for real.

The data are generated from a fixed seed: --findings items (default 10000, so
the queue is exercised at the size analysts see) with Chinese listing titles
over six platforms, six categories and ~40 sellers grouped into offenders, one
to three captures each (hostile HTML carrying a <script>), review history,
sweeps and daemon jobs. Exports are real zip files whose manifest hashes are
checked again when the bundle is verified.

Stdlib only. Prints "listening on http://127.0.0.1:PORT" on stderr once ready.

usage: mock_api.py [--port 0] [--assets DIR] [--findings N]
                   [--user NAME --password PW]   (the officer; an analyst
                                                  "ana" / "ana-password" too)
"""
import argparse
import datetime
import hashlib
import http.server
import io
import json
import os
import random
import re
import secrets
import sys
import threading
import time
import urllib.parse
import zipfile

CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "frame-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'self'")
CAPTURE_CSP = "sandbox; default-src 'none'; img-src data:; style-src 'unsafe-inline'"
TYPES = {".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8",
         ".css": "text/css; charset=utf-8", ".svg": "image/svg+xml"}
ROLES = {"analyst": 1, "officer": 2, "admin": 3}
OPEN_ORDER = ["new", "confirmed", "still_up", "reported", "taken_down", "dismissed"]
ALLOWED = {("new", "confirmed"), ("new", "dismissed"), ("confirmed", "reported"),
           ("reported", "taken_down"), ("reported", "still_up"), ("still_up", "taken_down"),
           ("still_up", "still_up")}
IDLE_S, ABSOLUTE_S = 30 * 60, 12 * 3600
LOCK_FAILURES, LOCK_WINDOW_S = 20, 15 * 60

CATEGORIES = ["guaranteed_grant", "certificate_renting", "forged_seal", "trademark_squatting",
              "unlicensed_agency", "abnormal_application"]
PLATFORMS = ["xianyu", "taobao", "pinduoduo", "jd", "douyin", "weidian"]
PHRASES = {
    "guaranteed_grant": ["发明专利包授权", "不授权全额退款", "三个月包下证", "实用新型包过"],
    "certificate_renting": ["专利证书挂靠", "资质证书出租", "建造师证书挂靠", "高新认定证书租用"],
    "forged_seal": ["代刻公章", "专利局印章加急", "电子签章代办", "合同章刻制"],
    "trademark_squatting": ["商标急售 R标", "知名商标转让", "抢注商标出售", "成品商标低价转让"],
    "unlicensed_agency": ["个人代理专利申请", "无资质代办商标", "内部渠道代理", "兼职代理人接单"],
    "abnormal_application": ["批量专利申请", "非正常申请包撤回", "专利凑数代写", "一天十件专利"],
}
EXTRA = ["加急下证", "全国可办", "价格可谈", "当天出稿", "老客户优惠", "包年费", "正规渠道", "安全保密"]
SHOP_WORDS = ["极速", "鼎盛", "华创", "金桥", "知识", "汇智", "恒通", "卓越", "启航", "诚信", "东方", "远洋"]
SHOP_TAILS = ["知产", "专利事务所", "商标工作室", "企服", "科技咨询", "代理中心"]


def iso(ts):
    return datetime.datetime.fromtimestamp(ts, datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


class Data:
    """All the mock's state; every method runs under `lock`."""

    def __init__(self, count, seed=15):
        self.lock = threading.Lock()
        rng = random.Random(seed)
        now = time.time()
        self.now = now
        self.offenders = {}
        self.sellers = []
        entity = 100
        for o in range(26):
            oid = entity
            shops = []
            for s in range(rng.choice([1, 1, 2, 3])):
                name = rng.choice(SHOP_WORDS) + rng.choice(SHOP_TAILS) + ("" if s == 0 else str(s + 1))
                platform = rng.choice(PLATFORMS)
                self.sellers.append({"name": name, "platform": platform, "offender": oid,
                                     "url": "https://%s.example/shop/%d" % (platform, entity)})
                shops.append(entity)
                entity += 1
            contacts = sorted({"wechat:%s%d" % (rng.choice(["jisu", "zhichan", "ipfast", "dingsheng"]), rng.randint(1000, 9999)),
                               "phone:1%d" % rng.randint(3000000000, 8999999999)})
            self.offenders[oid] = {"id": oid, "entity_ids": shops, "contacts": contacts}
        self.findings = {}
        self.texts = {}
        self.captures = {}
        self.history = {}
        self.changes = {}   # (user, item_id) -> [previous (status, note, analyst, reviewed_at)]
        self.reported_at = {}
        self.removed_at = {}
        hit_id = 1
        capture_id = 1
        for n in range(count):
            item_id = 1001 + n
            # A few sellers carry most listings, as on the real platforms.
            seller = self.sellers[min(int(rng.expovariate(1 / 8)), len(self.sellers) - 1)]
            cats = sorted(rng.sample(CATEGORIES, rng.choice([1, 1, 1, 2, 2, 3])), key=CATEGORIES.index)
            matches = {c: rng.choice(PHRASES[c]) for c in cats}
            title = " ".join([matches[cats[0]]] + rng.sample(EXTRA, 2))
            body = ["%s，%s。" % (matches[c], rng.choice(EXTRA)) for c in cats]
            body.append("联系%s 咨询，价格 ¥%d 起。" % (self.offenders[seller["offender"]]["contacts"][-1].split(":", 1)[1],
                                                   rng.randint(3, 90) * 100))
            if n % 7 == 0:
                body.append('<script>alert("x")</script> & <b>不是标记</b>')
            text = title + "\n" + "\n".join(body)
            first = now - rng.uniform(0, 30 * 86400)
            last = first + (now - first) * rng.uniform(0, 0.6)
            evidence, spans, hit_ids = [], [], []
            severity_rank = 0
            for c in cats:
                sev = rng.choice(["high", "high", "medium", "low"])
                severity_rank = max(severity_rank, {"high": 3, "medium": 2, "low": 1}[sev])
                m = matches[c]
                start = text.index(m, len(title))
                evidence.append({"category": c, "severity": sev, "match": m,
                                 "snippet": text[max(0, start - 8):start + len(m) + 8], "rule": "%s.%d" % (c, rng.randint(1, 9)),
                                 "hit_id": hit_id, "source": "rule" if rng.random() < 0.8 else "model"})
                spans.append({"start": start, "end": start + len(m), "category": c, "hit_id": hit_id})
                tstart = text.index(m)
                if tstart < len(title):
                    spans.append({"start": tstart, "end": tstart + len(m), "category": c, "hit_id": hit_id})
                hit_ids.append(hit_id)
                hit_id += 1
            status = rng.choices(["new", "confirmed", "dismissed", "reported", "still_up", "taken_down"],
                                 [70, 10, 8, 5, 3, 4])[0]
            caps = []
            for k in range(rng.choice([1, 1, 2, 3])):
                at = first + (last - first) * k / 3
                caps.append({"capture_id": capture_id, "url": "https://%s.example/item/%d" % (seller["platform"], item_id),
                             "captured_at": iso(at), "sha256": hashlib.sha256(("%d/%d" % (item_id, k)).encode()).hexdigest()})
                self.captures[capture_id] = (item_id, k)
                capture_id += 1
            f = {"item_id": item_id, "status": "new", "severity": ["", "low", "medium", "high"][severity_rank],
                 "score": 10 * sum({"high": 3, "medium": 2, "low": 1}[e["severity"]] for e in evidence) + min(len(hit_ids), 9),
                 "likelihood": round(rng.random(), 3) if rng.random() < 0.7 else None,
                 "categories": cats, "evidence": evidence, "hit_ids": hit_ids, "platform": seller["platform"],
                 "item_url": caps[0]["url"], "title": title, "seller": seller["name"], "seller_url": seller["url"],
                 "price": "¥%d.00" % (rng.randint(3, 90) * 100),
                 "listing_id": str(600000 + item_id), "first_seen": iso(first), "last_seen": iso(last),
                 "found_at": caps[-1]["captured_at"], "sightings": len(caps), "analyst": "", "note": "",
                 "reviewed_at": ""}
            self.findings[item_id] = f
            self.texts[item_id] = (text, spans, caps)
            self.history[item_id] = []
            path = {"new": [], "confirmed": ["confirmed"], "dismissed": ["dismissed"],
                    "reported": ["confirmed", "reported"], "still_up": ["confirmed", "reported", "still_up"],
                    "taken_down": ["confirmed", "reported", "taken_down"]}[status]
            at = last
            for to in path:
                at += (now - at) * rng.uniform(0.05, 0.4)
                kind = {"confirmed": "review", "dismissed": "review", "reported": "export"}.get(to, "recheck")
                actor = rng.choice(["wang", "li", "chen"]) if kind == "review" else "lantian"
                self._move(f, to, actor, "" if kind != "review" else rng.choice(["", "明确包授权", "非代理机构", "普通商品"]),
                           kind, iso(at))
                if to == "reported":
                    self.reported_at[item_id] = at
                if to == "taken_down":
                    self.removed_at[item_id] = at
        self.sessions = {}
        self.failures = {}
        self.exports = {}
        self.sweeps = []
        for s in range(12):
            start = now - (12 - s) * 86400 * 2.3
            errors = {h: rng.randint(1, 40) for h in rng.sample(["s.taobao.example", "m.xianyu.example", "mobile.pinduoduo.example",
                                                                    "item.jd.example", "www.douyin.example"], rng.randint(0, 3))}
            self.sweeps.append({"id": s + 1, "job": rng.choice(["sweep", "sweep", "recheck"]),
                                "status": "failed" if s == 8 else ("running" if s == 11 else "done"),
                                "started_at": iso(start), "finished_at": None if s == 11 else iso(start + rng.uniform(600, 7200)),
                                "pages": rng.randint(200, 9000), "hits": rng.randint(0, 400), "errors_by_host": errors})
        self.daemon = [{"job": "sweep", "last_run": iso(now - 5400), "next_run": iso(now + 9000), "last_status": "ok"},
                       {"job": "recheck", "last_run": iso(now - 86400), "next_run": iso(now + 3600),
                        "last_status": "error: item.jd.example: timeout after 30 s (12 of 40 pages)"},
                       {"job": "learn", "last_run": iso(now - 6 * 86400), "next_run": iso(now + 86400), "last_status": "ok"}]

    def _log(self, f, to, actor, note, kind, at):
        """One history entry per hit of f, as the store writes status_changes."""
        for h in f["hit_ids"]:
            cat = next(e["category"] for e in f["evidence"] if e["hit_id"] == h)
            self.history[f["item_id"]].append({"hit_id": h, "category": cat, "from": f["status"], "to": to, "actor": actor,
                                               "note": note, "kind": kind, "at": at})

    def _move(self, f, to, actor, note, kind, at, user=None):
        """Moves every hit of f to `to`; with `user`, keeps the old state for that user's undo."""
        if user is not None:
            self.changes.setdefault((user, f["item_id"]), []).append(
                (f["status"], f["note"], f["analyst"], f["reviewed_at"]))
        self._log(f, to, actor, note, kind, at)
        f["status"] = to
        if kind in ("review", "reopen", "note"):
            f["analyst"], f["note"], f["reviewed_at"] = actor, note, at

    def offender_json(self, oid):
        o = self.offenders[oid]
        shops = [s for s in self.sellers if s["offender"] == oid]
        fs = [f for f in self.findings.values() if any(f["seller"] == s["name"] and f["platform"] == s["platform"] for s in shops)]
        confirmed = sum(len(f["hit_ids"]) for f in fs if f["status"] in ("confirmed", "reported", "still_up", "taken_down"))
        return dict(o, confirmed_hits=confirmed, total_hits=sum(len(f["hit_ids"]) for f in fs),
                    shops=sorted("%s:%s" % (s["platform"], s["name"]) for s in shops),
                    platforms=sorted({s["platform"] for s in shops})), fs


class Handler(http.server.BaseHTTPRequestHandler):
    server_version = "lantian-mock"
    protocol_version = "HTTP/1.1"

    def log_message(self, fmt, *args):
        if os.environ.get("MOCK_API_LOG"):
            sys.stderr.write("mock_api: " + fmt % args + "\n")

    # -- plumbing ---------------------------------------------------------
    def send(self, status, body, ctype="application/json", headers=None, csp=CSP):
        data = body if isinstance(body, bytes) else json.dumps(body, ensure_ascii=False).encode()
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(data)))
        self.send_header("Content-Security-Policy", csp)
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Referrer-Policy", "no-referrer")
        self.send_header("Cache-Control", "no-store")
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(data)

    def error(self, status, message):
        self.send(status, {"error": message})

    def body_json(self):
        try:
            value = json.loads(self.raw_body or b"{}")
        except ValueError as e:
            raise ValueError("request body: not JSON (%s)" % e)
        if not isinstance(value, dict):
            raise ValueError("request body: expected a JSON object")
        return value

    def own_origin(self):
        return "http://" + (self.headers.get("Host") or "")

    def session(self):
        cookie = self.headers.get("Cookie") or ""
        m = re.search(r"(?:^|;\s*)lt_session=([0-9a-f]{64})", cookie)
        if not m:
            return None
        key = hashlib.sha256(m.group(1).encode()).hexdigest()
        s = DATA.sessions.get(key)
        now = time.time()
        if not s or now - s["last"] > IDLE_S or now - s["created"] > ABSOLUTE_S:
            DATA.sessions.pop(key, None)
            return None
        s["last"] = now
        s["key"] = key
        return s

    def do_GET(self):
        self.route("GET")

    def do_HEAD(self):
        self.route("GET")

    def do_POST(self):
        self.route("POST")

    def do_DELETE(self):
        self.route("DELETE")

    def do_PUT(self):
        self.route("PUT")

    def do_PATCH(self):
        self.route("PATCH")

    def route(self, method):
        url = urllib.parse.urlsplit(self.path)
        path = url.path
        query = {k: v[-1] for k, v in urllib.parse.parse_qs(url.query, keep_blank_values=True).items()}
        # Read the whole body first, so an early refusal leaves no bytes of it
        # in the kept-alive connection to be taken for the next request.
        try:
            n = int(self.headers.get("Content-Length") or 0)
        except ValueError:
            n = -1
        if not 0 <= n <= 1 << 20:
            self.close_connection = True
            return self.error(413, "request body: Content-Length must be 0..1048576")
        self.raw_body = self.rfile.read(n) if n else b""
        try:
            with DATA.lock:
                if method == "GET" and not path.startswith("/api/"):
                    return self.static(path)
                if path == "/api/v1/session" and method == "POST":
                    return self.sign_in()
                s = self.session()
                if not s:
                    return self.error(401, "not signed in")
                if method != "GET":
                    if self.headers.get("X-CSRF-Token") != s["csrf"]:
                        return self.error(403, "bad or missing CSRF token")
                    origin = self.headers.get("Origin")
                    if origin is not None and origin != self.own_origin():
                        return self.error(403, "cross-origin request refused")
                return self.api(method, path, query, s)
        except ValueError as e:
            return self.error(400, str(e))

    def static(self, path):
        if path == "/healthz":
            return self.send(200, {"ok": True})
        rel = "index.html" if path == "/" else path.lstrip("/")
        full = os.path.realpath(os.path.join(ASSETS, rel))
        ext = os.path.splitext(full)[1]
        if not full.startswith(ASSETS + os.sep) or ext not in TYPES or not os.path.isfile(full):
            return self.error(404, "%s: no such page" % path)
        with open(full, "rb") as f:
            self.send(200, f.read(), TYPES[ext])

    def sign_in(self):
        origin = self.headers.get("Origin")
        if origin is not None and origin != self.own_origin():
            return self.error(403, "cross-origin request refused")
        body = self.body_json()
        name, password = body.get("name"), body.get("password")
        now = time.time()
        addr = self.client_address[0]
        for key in (("user", name), ("addr", addr)):
            recent = [t for t in DATA.failures.get(key, []) if now - t < LOCK_WINDOW_S]
            DATA.failures[key] = recent
            if len(recent) >= LOCK_FAILURES:
                return self.error(429, "too many failed sign-ins; try again in %d s" % (LOCK_WINDOW_S - (now - recent[0])))
        user = USERS.get(name) if isinstance(name, str) else None
        if not user or not isinstance(password, str) or not secrets.compare_digest(user["password"], password):
            for key in (("user", name), ("addr", addr)):
                DATA.failures.setdefault(key, []).append(now)
            return self.error(401, "wrong name or password")
        sid = secrets.token_hex(32)
        csrf = secrets.token_hex(16)
        DATA.sessions[hashlib.sha256(sid.encode()).hexdigest()] = {
            "user": {"name": name, "role": user["role"]}, "csrf": csrf, "created": now, "last": now}
        self.send(200, {"user": {"name": name, "role": user["role"]}, "csrf": csrf},
                  headers={"Set-Cookie": "lt_session=%s; HttpOnly; SameSite=Strict; Path=/" % sid})

    # -- the API ----------------------------------------------------------
    def api(self, method, path, q, s):
        user = s["user"]

        def need(role):
            return ROLES[user["role"]] >= ROLES[role]

        m = re.fullmatch(r"/api/v1/(\w+)(?:/(\d+))?(?:/(\w+))?", path)
        if not m:
            return self.error(404, "%s %s: no such route" % (method, path))
        res, ident, sub = m.group(1), m.group(2), m.group(3)
        ident = int(ident) if ident else None
        key = (method, res, ident is not None, sub)
        if key == ("DELETE", "session", False, None):
            DATA.sessions.pop(s["key"], None)
            return self.send(200, {"ok": True}, headers={"Set-Cookie": "lt_session=; HttpOnly; SameSite=Strict; Path=/; Max-Age=0"})
        if key == ("GET", "me", False, None):
            return self.send(200, {"user": user, "csrf": s["csrf"]})
        if key == ("GET", "users", False, None):
            if not need("admin"):
                return self.error(403, "needs role admin")
            return self.send(200, {"users": [{"name": n, "role": u["role"], "disabled": False, "created_at": iso(DATA.now - 90 * 86400),
                                              "last_sign_in": None} for n, u in sorted(USERS.items())]})
        if key == ("GET", "findings", False, None):
            return self.list_findings(q)
        if res == "findings" and ident is not None:
            f = DATA.findings.get(ident)
            if not f:
                return self.error(404, "item %d: no such finding" % ident)
            if key == ("GET", "findings", True, None):
                text, spans, caps = DATA.texts[ident]
                return self.send(200, {"finding": f, "text": text, "spans": spans, "captures": caps,
                                       "history": DATA.history[ident]})
            if key == ("POST", "findings", True, "review"):
                return self.review(f, self.body_json(), user["name"])
            if key == ("POST", "findings", True, "undo"):
                return self.undo(f, user["name"])
        if key == ("GET", "captures", True, "page"):
            if ident not in DATA.captures:
                return self.error(404, "capture %d: no such capture" % ident)
            item_id, k = DATA.captures[ident]
            return self.send(200, capture_page(DATA.findings[item_id], DATA.texts[item_id][0], k).encode(),
                             "text/html; charset=utf-8", csp=CAPTURE_CSP)
        if key == ("GET", "offenders", False, None):
            top = int(q.get("top") or 50)
            rows = [DATA.offender_json(oid)[0] for oid in DATA.offenders]
            rows.sort(key=lambda o: (-o["confirmed_hits"], -o["total_hits"], o["id"]))
            return self.send(200, {"offenders": rows[:top]})
        if key == ("GET", "offenders", True, None):
            if ident not in DATA.offenders:
                return self.error(404, "offender %d: no such offender" % ident)
            o, fs = DATA.offender_json(ident)
            timeline = []
            for f in fs:
                timeline.append({"at": f["first_seen"], "what": "first seen on %s: %s" % (f["platform"], f["title"]), "item_id": f["item_id"]})
                seen = set()
                for h in DATA.history[f["item_id"]]:
                    if (h["to"], h["at"]) not in seen:
                        seen.add((h["to"], h["at"]))
                        timeline.append({"at": h["at"], "what": "%s by %s" % (h["to"].replace("_", " "), h["actor"]), "item_id": f["item_id"]})
            timeline.sort(key=lambda t: t["at"], reverse=True)
            fs = sorted(fs, key=lambda f: (-f["score"], f["item_id"]))
            return self.send(200, {"offender": o, "findings": fs, "timeline": timeline})
        if key == ("GET", "sweeps", False, None):
            return self.send(200, {"sweeps": list(reversed(DATA.sweeps)), "daemon": DATA.daemon})
        if key == ("GET", "stats", False, None):
            return self.stats(int(q.get("days") or 30))
        if key == ("GET", "exports", False, None):
            return self.send(200, {"exports": [{k: v for k, v in e.items() if k != "data"} for e in reversed(DATA.exports.values())]})
        if key == ("POST", "exports", False, None):
            if not need("officer"):
                return self.error(403, "needs role officer")
            return self.make_export(self.body_json(), user["name"])
        if key == ("GET", "exports", True, "download"):
            if not need("officer"):
                return self.error(403, "needs role officer")
            e = DATA.exports.get(ident)
            if not e:
                return self.error(404, "export %d: no such export" % ident)
            return self.send(200, e["data"], "application/zip",
                             headers={"Content-Disposition": 'attachment; filename="%s"' % os.path.basename(e["path"])})
        return self.error(404, "%s %s: no such route" % (method, path))

    def list_findings(self, q):
        status = q.get("status") or "open"
        statuses = set(OPEN_ORDER) | {"open", "all"}
        if status not in statuses:
            raise ValueError("status: unknown status %r" % status)
        order = q.get("order") or "score"
        if order not in ("score", "time", "likelihood", "severity"):
            raise ValueError("order: expected score, time, likelihood or severity, not %r" % order)
        try:
            offset = int(q.get("offset") or 0)
            limit = int(q.get("limit") or 50)
        except ValueError:
            raise ValueError("offset/limit: expected whole numbers")
        if offset < 0 or not 1 <= limit <= 500:
            raise ValueError("limit: expected 1..500, offset >= 0")
        for k in ("since", "until"):
            if q.get(k) and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", q[k]):
                raise ValueError("%s: expected a date YYYY-MM-DD, not %r" % (k, q[k]))
        text = (q.get("q") or "").lower()
        out = []
        for f in DATA.findings.values():
            if status == "open" and f["status"] in ("dismissed", "taken_down"):
                continue
            if status not in ("open", "all") and f["status"] != status:
                continue
            if q.get("category") and q["category"] not in f["categories"]:
                continue
            if q.get("platform") and q["platform"] != f["platform"]:
                continue
            if q.get("seller") and q["seller"].lower() not in f["seller"].lower():
                continue
            if text and text not in (f["title"] + "\n" + DATA.texts[f["item_id"]][0]).lower():
                continue
            if q.get("since") and f["found_at"][:10] < q["since"]:
                continue
            if q.get("until") and f["found_at"][:10] > q["until"]:
                continue
            out.append(f)
        sev = {"high": 3, "medium": 2, "low": 1}
        keys = {"score": lambda f: (-f["score"], -(f["likelihood"] or 0), f["item_id"]),
                "time": lambda f: (f["found_at"], f["item_id"]),
                "likelihood": lambda f: (f["likelihood"] is None, -(f["likelihood"] or 0), f["item_id"]),
                "severity": lambda f: (-sev.get(f["severity"], 0), -f["score"], f["item_id"])}
        out.sort(key=keys[order], reverse=(order == "time"))
        self.send(200, {"total": len(out), "offset": offset, "findings": out[offset:offset + limit]})

    def review(self, f, body, actor):
        action = body.get("action")
        note = body.get("note") or ""
        if not isinstance(note, str):
            raise ValueError("note: expected a string")
        target = {"confirm": "confirmed", "dismiss": "dismissed", "reopen": "new", "note": None}
        if action not in target:
            raise ValueError("action: expected confirm, dismiss, reopen or note, not %r" % (action,))
        at = iso(time.time())
        if action == "note":
            if not note.strip():
                raise ValueError("note: empty")
            DATA._move(f, f["status"], actor, note, "note", at, user=actor)
            return self.send(200, {"finding": f})
        to = target[action]
        if action == "reopen":
            if f["status"] not in ("confirmed", "dismissed"):
                return self.error(409, "hit %d: cannot reopen a %s hit (only confirmed or dismissed)" % (f["hit_ids"][0], f["status"]))
            if not note.strip():
                raise ValueError("note: a reopen needs a note saying why")
        elif (f["status"], to) not in ALLOWED:
            return self.error(409, "hit %d: cannot move from %s to %s" % (f["hit_ids"][0], f["status"], to))
        DATA._move(f, to, actor, note, "reopen" if action == "reopen" else "review", at, user=actor)
        self.send(200, {"finding": f})

    def undo(self, f, actor):
        stack = DATA.changes.get((actor, f["item_id"]))
        if not stack:
            return self.error(409, "item %d: nothing of yours to undo" % f["item_id"])
        status, note, analyst, reviewed_at = stack.pop()
        at = iso(time.time())
        DATA._log(f, status, actor, "undo: back to %s" % status, "reopen", at)
        f["status"], f["note"], f["analyst"], f["reviewed_at"] = status, note, analyst, reviewed_at
        self.send(200, {"finding": f})

    def stats(self, days):
        if not 1 <= days <= 366:
            raise ValueError("days: expected 1..366")
        since = iso(time.time() - days * 86400)[:10]
        counts = {}
        for f in DATA.findings.values():
            day = f["first_seen"][:10]
            if day >= since:
                k = (day, f["categories"][0], f["platform"])
                counts[k] = counts.get(k, 0) + 1
        per_day = [{"day": d, "category": c, "platform": p, "count": n} for (d, c, p), n in sorted(counts.items())]
        reported = [f for f in DATA.findings.values() if f["status"] in ("reported", "still_up", "taken_down")]
        removed = [f for f in reported if f["status"] == "taken_down"]
        hours = sorted((DATA.removed_at[f["item_id"]] - DATA.reported_at[f["item_id"]]) / 3600 for f in removed
                       if f["item_id"] in DATA.removed_at and f["item_id"] in DATA.reported_at)
        median = None
        if hours:
            mid = len(hours) // 2
            median = round(hours[mid] if len(hours) % 2 else (hours[mid - 1] + hours[mid]) / 2, 1)
        top = sorted((DATA.offender_json(oid)[0] for oid in DATA.offenders), key=lambda o: (-o["confirmed_hits"], o["id"]))[:10]
        self.send(200, {"per_day": per_day, "takedown_rate": round(len(removed) / len(reported), 3) if reported else 0.0,
                        "median_hours_to_removal": median,
                        "top_offenders": [{"id": o["id"], "shops": o["shops"], "confirmed_hits": o["confirmed_hits"]} for o in top]})

    def make_export(self, body, actor):
        ids = body.get("item_ids")
        if not isinstance(ids, list) or not ids or not all(isinstance(i, int) and not isinstance(i, bool) for i in ids):
            raise ValueError("item_ids: expected a non-empty list of item ids")
        for i in ids:
            if i not in DATA.findings:
                return self.error(404, "item %d: no such finding" % i)
        chosen = [DATA.findings[i] for i in ids if DATA.findings[i]["status"] == "confirmed"]
        if not chosen:
            return self.error(409, "export: none of the %d items has a confirmed hit" % len(ids))
        eid = len(DATA.exports) + 1
        at = iso(time.time())
        files = {"findings.jsonl": "".join(json.dumps(f, ensure_ascii=False) + "\n" for f in chosen).encode(),
                 "notice.html": notice_html(chosen).encode()}
        manifest = {"export": eid, "created_at": at, "actor": actor,
                    "files": {n: hashlib.sha256(d).hexdigest() for n, d in files.items()}}
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
            z.writestr("manifest.json", json.dumps(manifest, indent=2))
            for n, d in files.items():
                z.writestr(n, d)
        data = buf.getvalue()
        for f in chosen:
            DATA._move(f, "reported", actor, "export %d" % eid, "export", at)
            DATA.reported_at[f["item_id"]] = time.time()
        path = "exports/lantian-export-%d.zip" % eid
        e = {"id": eid, "created_at": at, "path": path, "hits": sum(len(f["hit_ids"]) for f in chosen), "actor": actor,
             "download": "/api/v1/exports/%d/download" % eid, "data": data}
        DATA.exports[eid] = e
        self.send(200, {"export": {"id": eid, "path": path, "download": e["download"], "verify": verify_bundle(data)}})


def verify_bundle(data):
    """Re-reads a bundle and checks every file against the manifest's sha256."""
    failures = []
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        manifest = json.loads(z.read("manifest.json"))
        names = set(z.namelist()) - {"manifest.json"}
        for name, digest in manifest["files"].items():
            if name not in names:
                failures.append("%s: listed in manifest.json, missing from the bundle" % name)
            elif hashlib.sha256(z.read(name)).hexdigest() != digest:
                failures.append("%s: sha256 differs from manifest.json" % name)
        for name in sorted(names - set(manifest["files"])):
            failures.append("%s: in the bundle, not in manifest.json" % name)
    return {"ok": not failures, "failures": failures}


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def notice_html(findings):
    rows = "".join("<tr><td>%d</td><td>%s</td><td>%s</td></tr>" % (f["item_id"], esc(f["title"]), esc(f["item_url"])) for f in findings)
    return "<!doctype html><meta charset=utf-8><title>notice</title><table>%s</table>" % rows


def capture_page(f, text, k):
    """The archived listing page: hostile on purpose (a script, inline styles)."""
    return ("<!doctype html><html lang=zh-CN><head><meta charset=utf-8><title>%s</title>"
            "<style>body{font-family:sans-serif;margin:16px;color:#222}.price{color:#e4393c;font-size:22px}"
            ".shop{color:#666}.desc p{line-height:1.6}</style>"
            "<script>document.title='PWNED';window.parent.postMessage('pwned','*')</script></head><body>"
            "<h1>%s</h1><div class=price>%s</div><div class=shop>店铺：%s · 第 %d 次抓取</div>"
            "<div class=desc>%s</div><img alt=x src=\"http://127.0.0.1:1/beacon.gif\"></body></html>"
            % (esc(f["title"]), esc(f["title"]), esc(f["price"]), esc(f["seller"]), k + 1,
               "".join("<p>%s</p>" % esc(line) for line in text.split("\n")[1:])))


def main():
    global DATA, USERS, ASSETS
    here = os.path.dirname(os.path.abspath(__file__))
    p = argparse.ArgumentParser(description="mock of lantian serve's console API")
    p.add_argument("--port", type=int, default=0)
    p.add_argument("--assets", default=os.path.join(here, "..", "..", "console", "assets"))
    p.add_argument("--findings", type=int, default=10000)
    p.add_argument("--user", default="olga")
    p.add_argument("--password", default="console-test-pw")
    a = p.parse_args()
    if a.findings < 60:
        p.error("--findings: at least 60")
    ASSETS = os.path.realpath(a.assets)
    USERS = {a.user: {"password": a.password, "role": "officer"}, "ana": {"password": "ana-password", "role": "analyst"},
             "root": {"password": "root-password", "role": "admin"}}
    DATA = Data(a.findings)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", a.port), Handler)
    server.daemon_threads = True
    sys.stderr.write("listening on http://127.0.0.1:%d\n" % server.server_address[1])
    sys.stderr.flush()
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    main()
