# -*- coding: utf-8 -*-
"""Regenerate pages/ and labels.jsonl (deterministic)."""
import json, os, sys
sys.path.insert(0, os.path.dirname(__file__))
from shops import SHOPS
from threads import THREADS
from serps import SERPS
from boards import BOARDS
from details import DETAILS

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FAMILY = {"shop": "shop_search", "thread": "forum_thread", "serp": "search_engine", "board": "board_list", "detail": "detail"}

def main():
    os.makedirs(os.path.join(ROOT, "pages"), exist_ok=True)
    out = []
    for name, fn in SHOPS + THREADS + SERPS + BOARDS + DETAILS:
        page, html, kind, items = fn()
        rel = f"pages/{name}.html"
        with open(os.path.join(ROOT, rel), "w", encoding="utf-8") as f:
            f.write(html)
        out.append({"page": rel, "url": page, "kind": kind, "family": FAMILY[name.split("_")[0]], "items": items})
    with open(os.path.join(ROOT, "labels.jsonl"), "w", encoding="utf-8") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    print(len(out), "pages")

if __name__ == "__main__":
    main()
