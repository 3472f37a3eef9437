#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Rebuild dev2 segmentation pages and labels.

    python3 tools/gen.py

Deterministic: every page gets its own random.Random seeded from a fixed string,
and pages are generated in a fixed order (global de-duplication of titles/posts
depends on that order). Python 3 stdlib only.
"""
import json
import os
import random
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import pages_lists    # noqa: E402
import pages_threads  # noqa: E402
import pages_other    # noqa: E402
from common import pad_head  # noqa: E402

ROOT = os.path.dirname(HERE)
SEED = "dev2-segmentation-2026-12"


def main():
    out_dir = os.path.join(ROOT, "pages")
    os.makedirs(out_dir, exist_ok=True)
    for f in os.listdir(out_dir):
        if f.endswith(".html"):
            os.remove(os.path.join(out_dir, f))
    fns = pages_lists.PAGES + pages_threads.PAGES + pages_other.PAGES
    lines = []
    total = 0
    for k, fn in enumerate(fns):
        rng = random.Random("%s/%02d/%s" % (SEED, k, fn.__name__))
        p = fn(rng)
        enc = p.get("enc", "utf-8")
        html_text = pad_head(rng, p["html"], 9000, enc)
        data = html_text.encode(enc, "strict")
        name = "%02d_%s.html" % (k + 1, p["name"])
        with open(os.path.join(out_dir, name), "wb") as fh:
            fh.write(data)
        lines.append(json.dumps({"page": "pages/" + name, "url": p["url"], "kind": p["kind"], "items": p["items"]}, ensure_ascii=False))
        total += len(p["items"])
        print("%-40s %-6s %3d items %6.1f KB %s" % (name, p["kind"], len(p["items"]), len(data) / 1024.0, enc))
    with open(os.path.join(ROOT, "labels.jsonl"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")
    print("pages: %d  items: %d" % (len(fns), total))


if __name__ == "__main__":
    main()
