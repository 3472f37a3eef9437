import json, os, sys, importlib
sys.path.insert(0, os.path.dirname(__file__))
OUT = os.path.join(os.path.dirname(__file__), "..")
mods = [m for m in ["shop", "thread", "serp", "board", "detail"] if os.path.exists(os.path.join(os.path.dirname(__file__), m + ".py"))]
labels = []
for m in mods:
    mod = importlib.import_module(m)
    for fn in mod.ALL:
        fname, url, kind, html_, items = fn()
        with open(os.path.join(OUT, "pages", fname), "w", encoding="utf-8") as f:
            f.write(html_)
        labels.append({"page": "pages/" + fname, "url": url, "kind": kind, "items": items})
        print("%-28s %-7s %3d items %6.1f KB" % (fname, kind, len(items), len(html_.encode()) / 1024))
with open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8") as f:
    for l in labels:
        f.write(json.dumps(l, ensure_ascii=False) + "\n")
