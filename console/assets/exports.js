// Exports: the bundle just made (with its verify result and a download
// link), a form to make one from item ids, and every export so far.

import * as api from "./api.js";
import { h, shortTime, number, pageHeader, loading, clear } from "./dom.js";

let lastMade = null;
// The export just made (from the queue or here), shown once at the top.
export function remember(e) {
  lastMade = e;
}

function resultBox(e) {
  const v = e.verify || { ok: false, failures: ["no verify result"] };
  return h("section", { class: ["panel", "result", v.ok ? "ok" : "fail"], testid: "export-result" },
    h("h2", null, `Export #${e.id}`, v.ok ? h("span", { class: "verify-ok", testid: "verify-ok" }, "✓ verified")
      : h("span", { class: "verify-fail", testid: "verify-fail" }, `✗ ${v.failures.length} verify failure(s)`)),
    h("p", null, h("span", { class: "mono" }, e.path), "  ",
      h("a", { href: e.download, download: "", class: "download", testid: "export-download" }, "Download bundle")),
    v.failures.length ? h("ul", null, v.failures.map((f) => h("li", { class: "mono" }, f))) : null);
}

export async function render(main, ctx) {
  main.append(loading());
  const r = await api.exports();
  clear(main);
  const made = ctx.query.get("made");
  const last = lastMade && String(lastMade.id) === made ? lastMade : null;
  const officer = ctx.user.role !== "analyst";
  const ids = h("textarea", { class: "ids", placeholder: "Item ids, e.g. 1001 1002 1003 (or select rows in the queue with x)" });
  const make = h("button", { type: "button", class: "primary", disabled: !officer }, "Make bundle");
  make.addEventListener("click", async () => {
    const list = ids.value.split(/[\s,]+/).filter(Boolean);
    const bad = list.find((s) => !/^\d+$/.test(s));
    if (bad !== undefined || !list.length) {
      ctx.toast(bad !== undefined ? `item ids: "${bad}" is not a number` : "item ids: none given");
      return;
    }
    make.disabled = true;
    try {
      const res = await api.makeExport(list.map(Number));
      remember(res.export);
      ctx.navigate(`#/exports?made=${res.export.id}`);
    } catch (e) {
      ctx.toast(e.message);
    } finally {
      make.disabled = !officer;
    }
  });
  main.append(pageHeader("Exports", h("span", { class: "muted" }, "evidence bundles for platforms' complaint desks")));
  if (last) main.append(resultBox(last));
  main.append(
    h("section", { class: "panel result" }, h("h2", null, "Make a bundle"),
      officer ? null : h("p", { class: "muted" }, "Making and downloading bundles needs the officer role."),
      ids, h("p", null, make)),
    h("section", { class: "panel" }, h("h2", null, `All exports (${r.exports.length})`),
      r.exports.length ? h("table", { class: "grid" },
        h("thead", null, h("tr", null, ["#", "Made", "By", "Hits", "Bundle", ""].map((t) => h("th", null, t)))),
        h("tbody", null, r.exports.map((e) => h("tr", null,
          h("td", { class: "num" }, String(e.id)), h("td", { class: "time" }, shortTime(e.created_at)),
          h("td", null, e.actor), h("td", { class: "num" }, number(e.hits)), h("td", { class: "mono" }, e.path),
          h("td", null, officer ? h("a", { href: e.download, download: "" }, "download") : "")))))
        : h("p", { class: "empty" }, "No exports yet.")));
}
