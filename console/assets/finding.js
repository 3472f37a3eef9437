// One finding: its fields and evidence, the item text with each evidence span
// marked, the captured page from the WARC in a sandboxed iframe (no
// allow-scripts: the page is hostile, and the server's sandbox CSP agrees),
// every sighting (capture) and the review history. Keys as in the queue:
// c confirm, d dismiss, n note, u undo, Esc back to the queue.

import * as api from "./api.js";
import { h, clear, statusBadge, categoryChip, CATEGORY_INDEX, fullTime, shortTime, inField, loading } from "./dom.js";

// The text as nodes, spans (code-point offsets into text) as <mark>.
// Overlapping spans are merged into the first; out-of-range ones are clipped.
export function markedText(text, spans) {
  const cps = Array.from(text);
  const sorted = spans
    .map((s) => ({ ...s, start: Math.max(0, s.start), end: Math.min(cps.length, s.end) }))
    .filter((s) => s.end > s.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const out = [];
  let at = 0;
  for (const s of sorted) {
    if (s.start < at) continue;
    if (s.start > at) out.push(document.createTextNode(cps.slice(at, s.start).join("")));
    const m = document.createElement("mark");
    m.className = `m-${CATEGORY_INDEX(s.category)}`;
    m.title = `${s.category} · hit ${s.hit_id}`;
    m.textContent = cps.slice(s.start, s.end).join("");
    out.push(m);
    at = s.end;
  }
  if (at < cps.length) out.push(document.createTextNode(cps.slice(at).join("")));
  return out;
}

export async function render(main, ctx, id) {
  main.append(loading());
  let data = await api.finding(id);
  let busy = false;
  let captureIndex = 0;
  // The offender whose shop sold this (API offenders name shops "platform:name").
  // Filled in place when found, so the capture frame does not reload.
  const dossierLink = h("span");
  api.offenders(500).then((r) => {
    const shop = `${data.finding.platform}:${data.finding.seller}`;
    const o = r.offenders.find((x) => x.shops.includes(shop));
    if (o) dossierLink.replaceChildren(h("a", { href: `#/offender/${o.id}` }, `offender #${o.id} dossier`));
  }, () => {});
  const note = h("input", { class: "note-input", placeholder: "Note (n) — Enter saves", testid: "note-input", maxlength: "2000" });

  async function act(fn, okMessage) {
    if (busy) return;
    busy = true;
    try {
      await fn();
      data = await api.finding(id);
      draw();
      if (okMessage) ctx.toast(okMessage, "ok");
    } catch (e) {
      ctx.toast(e.message);
    } finally {
      busy = false;
    }
  }
  const confirm = () => act(() => api.review(id, "confirm", note.value.trim() || undefined));
  const dismiss = () => act(() => api.review(id, "dismiss", note.value.trim() || undefined));
  const saveNote = () => note.value.trim() && act(() => api.review(id, "note", note.value.trim()), "Note saved");
  const undo = () => act(() => api.undo(id), "Undone");
  const reopen = () => {
    const why = note.value.trim();
    if (!why) {
      ctx.toast("A reopen needs a note saying why: type it in the note field first.");
      note.focus();
      return;
    }
    act(() => api.review(id, "reopen", why), "Reopened");
  };
  note.addEventListener("keydown", (ev) => {
    if (ev.key === "Enter") {
      ev.preventDefault();
      saveNote();
    } else if (ev.key === "Escape") note.blur();
  });

  function button(label, key, testid, fn, cls) {
    const b = h("button", { type: "button", class: ["act", cls], testid }, label, key ? h("kbd", null, key) : null);
    b.addEventListener("click", fn);
    return b;
  }

  function draw() {
    const f = data.finding;
    clear(main);
    note.value = "";
    const back = h("a", { href: "#/queue" }, "‹ Queue");
    main.append(
      h("div", { class: "finding-head" }, back, statusBadge(f.status), h("h1", null, f.title || f.item_url),
        f.categories.map(categoryChip)),
      h("div", { class: "finding-meta" },
        h("span", null, `#${f.item_id}`), h("span", null, `score ${f.score}`), h("span", null, `severity ${f.severity}`),
        h("span", null, f.likelihood === null || f.likelihood === undefined ? "no model score" : `likelihood ${f.likelihood.toFixed(2)}`),
        h("span", null, `${f.platform} · ${f.seller}`),
        dossierLink,
        h("span", null, `${f.sightings} sighting${f.sightings === 1 ? "" : "s"}`)),
      h("div", { class: "actions-inline" },
        button("Confirm", "c", "confirm", confirm, "confirm"), button("Dismiss", "d", "dismiss", dismiss, "dismiss"),
        note, button("Save note", null, null, saveNote), button("Reopen", null, null, reopen), button("Undo", "u", "undo", undo),
        h("span", { class: "spacer" }),
        f.reviewed_at ? h("span", { class: "muted" }, `last review: ${f.analyst} · ${shortTime(f.reviewed_at)}${f.note ? " · " + f.note : ""}`) : null),
      h("div", { class: "finding-grid" },
        h("div", { class: "stack" }, textPanel(), evidencePanel(f), fieldsPanel(f)),
        h("div", { class: "stack" }, capturePanel(), historyPanel())));
  }

  function textPanel() {
    return h("section", { class: "panel" }, h("h2", null, "Item text"),
      h("p", { class: "item-text", lang: "zh-CN" }, markedText(data.text || "", data.spans || [])));
  }

  function evidencePanel(f) {
    return h("section", { class: "panel" }, h("h2", null, "Evidence"),
      h("table", { class: "grid" },
        h("thead", null, h("tr", null, ["Category", "Severity", "Match", "Rule", "Source", "Hit"].map((t) => h("th", null, t)))),
        h("tbody", null, f.evidence.map((e) => h("tr", null,
          h("td", null, categoryChip(e.category)), h("td", null, e.severity), h("td", { lang: "zh-CN", class: "nowrap" }, h("mark", { class: `m-${CATEGORY_INDEX(e.category)}` }, e.match)),
          h("td", { class: "mono" }, e.rule), h("td", null, e.source), h("td", { class: "num" }, String(e.hit_id)))))));
  }

  function fieldsPanel(f) {
    const link = (url) => (url && /^https?:\/\//.test(url) ? h("a", { href: url, rel: "noreferrer noopener", target: "_blank" }, url) : url || "—");
    const rows = [
      ["Listing URL", link(f.item_url)], ["Listing id", f.listing_id || "—"], ["Price", f.price || "—"],
      ["Seller", h("span", null, h("a", { href: `#/queue?seller=${encodeURIComponent(f.seller)}&status=all` }, f.seller || "—"),
        " · ", link(f.seller_url))],
      ["Platform", f.platform], ["First seen", fullTime(f.first_seen)], ["Last seen", fullTime(f.last_seen)],
      ["Found", fullTime(f.found_at)], ["Hits", f.hit_ids.join(", ")],
    ];
    return h("section", { class: "panel" }, h("h2", null, "Fields"),
      h("dl", { class: "fields" }, rows.map(([k, v]) => [h("dt", null, k), h("dd", null, v)])));
  }

  function capturePanel() {
    const caps = data.captures || [];
    const panel = h("section", { class: "panel" }, h("h2", null, `Captured page (${caps.length})`));
    if (!caps.length) {
      panel.append(h("p", { class: "empty" }, "No capture of this item is stored."));
      return panel;
    }
    captureIndex = Math.min(captureIndex, caps.length - 1);
    const c = caps[captureIndex];
    const bar = h("div", { class: "capture-bar" },
      caps.map((cap, i) => {
        const b = h("button", { type: "button", class: i === captureIndex ? "active" : null }, shortTime(cap.captured_at));
        b.addEventListener("click", () => {
          captureIndex = i;
          panel.replaceWith(capturePanel());
        });
        return b;
      }),
      h("span", { class: "muted mono", title: c.sha256 }, `sha256 ${c.sha256.slice(0, 16)}…`));
    // sandbox="" : no scripts, no forms, no top navigation, opaque origin.
    const frame = h("iframe", { class: "capture", sandbox: "", referrerpolicy: "no-referrer", title: `capture ${c.capture_id}`,
      src: api.capturePageUrl(c.capture_id), testid: "capture-frame" });
    panel.append(bar, frame,
      h("h2", { class: "sightings-h" }, "Sightings"),
      h("table", { class: "grid" },
        h("thead", null, h("tr", null, ["Captured", "URL", "SHA-256"].map((t) => h("th", null, t)))),
        h("tbody", null, caps.map((cap) => h("tr", null, h("td", { class: "time" }, fullTime(cap.captured_at)),
          h("td", null, cap.url), h("td", { class: "mono" }, cap.sha256.slice(0, 24) + "…"))))));
    return panel;
  }

  function historyPanel() {
    const hist = [...(data.history || [])].reverse();
    return h("section", { class: "panel" }, h("h2", null, `History (${hist.length})`),
      hist.length ? h("table", { class: "grid history" },
        h("thead", null, h("tr", null, ["When", "Hit", "Change", "Who", "Kind", "Note"].map((t) => h("th", null, t)))),
        h("tbody", null, hist.map((e) => h("tr", null,
          h("td", { class: "time" }, shortTime(e.at)), h("td", { class: "num" }, String(e.hit_id)),
          h("td", null, e.from === e.to ? statusBadge(e.to) : [statusBadge(e.from), " → ", statusBadge(e.to)]),
          h("td", null, e.actor), h("td", null, e.kind), h("td", { lang: "zh-CN" }, e.note || "")))))
        : h("p", { class: "empty" }, "Not reviewed yet."));
  }

  function onKey(ev) {
    if (ev.ctrlKey || ev.metaKey || ev.altKey || inField(ev)) return;
    const keys = { c: confirm, d: dismiss, u: undo, n: () => note.focus(), Escape: () => ctx.navigate("#/queue") };
    if (keys[ev.key]) {
      ev.preventDefault();
      keys[ev.key]();
    }
  }
  draw();
  document.addEventListener("keydown", onKey);
  return () => document.removeEventListener("keydown", onKey);
}
