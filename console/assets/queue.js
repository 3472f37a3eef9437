// The triage queue: findings by score or time, filtered, a page of PAGE rows
// at a time (offset/limit, so 10,000 findings cost one page of DOM), and
// driven from the keyboard:
//   j/k next/previous row (crossing pages), Enter/o open, c confirm,
//   d dismiss, n note (Enter saves, Esc leaves), u undo my last change,
//   x select for export, / search.
// After confirm or dismiss the row keeps its place with its new status and
// the cursor moves on, so a run of decisions is a run of keys.

import * as api from "./api.js";
import { remember } from "./exports.js";
import { h, clear, statusBadge, categoryChip, shortTime, number, inField, loading } from "./dom.js";

const PAGE = 100;
const STATUSES = [
  ["open", "Open"], ["new", "New"], ["confirmed", "Confirmed"], ["reported", "Reported"],
  ["still_up", "Still up"], ["taken_down", "Taken down"], ["dismissed", "Dismissed"], ["all", "All"],
];
const CATEGORIES = ["guaranteed_grant", "certificate_renting", "forged_seal", "trademark_squatting",
  "unlicensed_agency", "abnormal_application"];
const PLATFORMS = ["xianyu", "taobao", "pinduoduo", "jd", "douyin", "weidian"];

// Kept across visits, so going to a finding and back returns to the same place.
const state = {
  filters: { status: "open", category: "", platform: "", seller: "", q: "", since: "", until: "", order: "score" },
  offset: 0,
  cursor: 0,
  selected: new Map(), // item_id -> title, the export selection
  undoStack: [], // item ids of my changes this session, latest last
};

export function render(main, ctx) {
  for (const k of Object.keys(state.filters)) {
    if (ctx.query.has(k)) {
      state.filters[k] = ctx.query.get(k);
      state.offset = 0;
      state.cursor = 0;
    }
  }
  let rows = []; // findings on this page
  let total = 0;
  let busy = false;
  let loadSeq = 0;

  const tabs = h("div", { class: "tabs", role: "tablist" });
  const filterBar = buildFilters();
  const tbody = h("tbody");
  const table = h("table", { class: "grid queue" },
    h("thead", null, h("tr", null,
      h("th", { class: "sel" }, ""), h("th", { class: "num" }, "Score"), h("th", null, "Status"),
      h("th", null, "Categories"), h("th", { class: "title-col" }, "Listing"), h("th", null, "Seller"),
      h("th", null, "Platform"), h("th", { class: "num" }, "Price"), h("th", null, "Found"),
      h("th", { class: "num" }, "Seen"), h("th", null, "Note"))),
    tbody);
  const pager = h("div", { class: "pager" });
  const note = h("input", { class: "note-input", placeholder: "Note (n) — Enter saves", testid: "note-input", maxlength: "2000" });
  const current = h("div", { class: "current" });
  const bConfirm = h("button", { type: "button", class: "act confirm", testid: "confirm", title: "Confirm (c)" }, "Confirm", h("kbd", null, "c"));
  const bDismiss = h("button", { type: "button", class: "act dismiss", testid: "dismiss", title: "Dismiss (d)" }, "Dismiss", h("kbd", null, "d"));
  const bUndo = h("button", { type: "button", class: "act", testid: "undo", title: "Undo my last change (u)" }, "Undo", h("kbd", null, "u"));
  const bExport = h("button", { type: "button", class: "act primary", testid: "export-button",
    title: ctx.user.role === "analyst" ? "Exports need the officer role" : "Build an evidence bundle from the selected findings" });
  const actions = h("div", { class: "actionbar" }, current, bConfirm, bDismiss, note, bUndo, h("span", { class: "spacer" }), bExport);
  const help = h("p", { class: "keys muted" },
    "j/k move · Enter open · c confirm · d dismiss · n note · u undo · x select · / search");
  main.append(tabs, filterBar.el, actions, h("div", { class: "table-wrap queue-wrap" }, table), pager, help);

  function updateExportButton() {
    bExport.textContent = `Export selected (${state.selected.size})`;
    bExport.disabled = state.selected.size === 0 || ctx.user.role === "analyst";
  }

  function buildFilters() {
    const f = state.filters;
    const sel = (key, options, label) => {
      const s = h("select", { name: key, "aria-label": label },
        options.map(([v, t]) => h("option", { value: v, selected: f[key] === v }, t)));
      s.addEventListener("change", () => apply(key, s.value));
      return s;
    };
    const input = (key, attrs) => {
      const i = h("input", { name: key, value: f[key], ...attrs });
      i.addEventListener("change", () => apply(key, i.value.trim()));
      i.addEventListener("keydown", (ev) => {
        if (ev.key === "Enter") apply(key, i.value.trim());
        if (ev.key === "Escape") i.blur();
      });
      return i;
    };
    const search = input("q", { type: "search", placeholder: "Search text (/)", class: "search", "aria-label": "text" });
    const el = h("div", { class: "filters" },
      search,
      sel("category", [["", "All categories"], ...CATEGORIES.map((c) => [c, c.replace(/_/g, " ")])], "category"),
      sel("platform", [["", "All platforms"], ...PLATFORMS.map((p) => [p, p])], "platform"),
      input("seller", { placeholder: "Seller", "aria-label": "seller", class: "seller" }),
      h("label", { class: "inline" }, "from", input("since", { type: "date", "aria-label": "since" })),
      h("label", { class: "inline" }, "to", input("until", { type: "date", "aria-label": "until" })),
      sel("order", [["score", "by score"], ["time", "newest first"], ["likelihood", "by likelihood"], ["severity", "by severity"]], "order"));
    return { el, search };
  }

  function apply(key, value) {
    if (state.filters[key] === value) return;
    state.filters[key] = value;
    state.offset = 0;
    state.cursor = 0;
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries(state.filters)) if (v && !(k === "status" && v === "open") && !(k === "order" && v === "score")) q.set(k, v);
    history.replaceState(null, "", `#/queue${q.toString() ? "?" + q : ""}`);
    load();
    loadCounts();
  }

  function params(extra) {
    const p = { ...state.filters, ...extra };
    return p;
  }

  async function loadCounts() {
    const seq = loadSeq;
    const counts = await Promise.all(STATUSES.map(([s]) =>
      api.findings(params({ status: s, offset: 0, limit: 1 })).then((r) => r.total, () => null)));
    if (seq !== loadSeq) return;
    clear(tabs);
    STATUSES.forEach(([s, label], i) => {
      const t = h("button", { type: "button", role: "tab", class: ["tab", `tab-${s}`, state.filters.status === s && "active"],
        "aria-selected": state.filters.status === s ? "true" : "false" },
      label, h("span", { class: "count" }, counts[i] === null ? "?" : number(counts[i])));
      t.addEventListener("click", () => apply("status", s));
      tabs.append(t);
    });
  }

  async function load(cursorAt) {
    const seq = ++loadSeq;
    clear(tbody).append(h("tr", null, h("td", { colspan: "11" }, loading())));
    let r;
    try {
      r = await api.findings(params({ offset: state.offset, limit: PAGE }));
    } catch (e) {
      if (seq === loadSeq) {
        clear(tbody);
        ctx.toast(e.message);
      }
      return;
    }
    if (seq !== loadSeq) return;
    rows = r.findings;
    total = r.total;
    if (cursorAt === "last") state.cursor = rows.length - 1;
    state.cursor = Math.max(0, Math.min(state.cursor, rows.length - 1));
    drawRows();
    drawPager();
  }

  function rowFor(f, i) {
    const check = h("input", { type: "checkbox", checked: state.selected.has(f.item_id), "aria-label": `select ${f.item_id}`, tabindex: "-1" });
    check.addEventListener("click", (ev) => {
      ev.stopPropagation();
      toggleSelect(i);
    });
    const open = h("a", { href: `#/finding/${f.item_id}`, class: "title", tabindex: "-1" }, f.title || f.item_url);
    const sellerLink = h("a", { href: "#", class: "seller", tabindex: "-1", title: "Only this seller" }, f.seller || "—");
    sellerLink.addEventListener("click", (ev) => {
      ev.preventDefault();
      ev.stopPropagation();
      filterBar.el.querySelector("input[name=seller]").value = f.seller;
      apply("seller", f.seller);
    });
    const tr = h("tr", { testid: "queue-row", "data-item": f.item_id, class: [`st-${f.status}`, i === state.cursor && "cursor", state.selected.has(f.item_id) && "picked"] },
      h("td", { class: "sel" }, check),
      h("td", { class: "num score" }, String(f.score)),
      h("td", null, statusBadge(f.status)),
      h("td", { class: "cats" }, f.categories.map(categoryChip)),
      h("td", { class: "title-col" }, open, h("div", { class: "sub" }, `#${f.item_id}`, f.evidence[0] ? ` · ${f.evidence[0].match}` : "")),
      h("td", { class: "nowrap" }, sellerLink),
      h("td", null, h("span", { class: `plat plat-${f.platform}` }, f.platform)),
      h("td", { class: "num" }, f.price || ""),
      h("td", { class: "time", title: f.found_at }, shortTime(f.found_at)),
      h("td", { class: "num" }, String(f.sightings)),
      h("td", { class: "note-cell", title: f.note || "" }, f.note ? `${f.analyst}: ${f.note}` : ""));
    tr.addEventListener("click", () => moveTo(i));
    tr.addEventListener("dblclick", () => ctx.navigate(`#/finding/${f.item_id}`));
    return tr;
  }

  function drawRows() {
    clear(tbody);
    if (!rows.length) {
      tbody.append(h("tr", null, h("td", { colspan: "11", class: "empty" }, "No findings match these filters.")));
    }
    rows.forEach((f, i) => tbody.append(rowFor(f, i)));
    drawCurrent();
    scrollToCursor();
    updateExportButton();
  }

  function redrawRow(i) {
    const old = tbody.children[i];
    if (old) old.replaceWith(rowFor(rows[i], i));
  }

  function drawPager() {
    clear(pager);
    const prev = h("button", { type: "button", disabled: state.offset === 0 }, "‹ Previous");
    const next = h("button", { type: "button", disabled: state.offset + PAGE >= total }, "Next ›");
    prev.addEventListener("click", () => page(-1));
    next.addEventListener("click", () => page(1));
    const from = total ? state.offset + 1 : 0;
    pager.append(prev, h("span", { class: "range" },
      `${number(from)}–${number(Math.min(total, state.offset + rows.length))} of ${number(total)}`), next);
  }

  function page(dir, cursorAt) {
    const o = state.offset + dir * PAGE;
    if (o < 0 || o >= total) return false;
    state.offset = o;
    state.cursor = 0;
    load(cursorAt);
    return true;
  }

  function drawCurrent() {
    const f = rows[state.cursor];
    clear(current);
    if (!f) return;
    current.append(statusBadge(f.status), h("span", { class: "cur-title" }, `#${f.item_id} ${f.title}`));
    note.value = "";
  }

  function scrollToCursor() {
    const tr = tbody.children[state.cursor];
    if (tr && tr.scrollIntoView) tr.scrollIntoView({ block: "nearest" });
  }

  function moveTo(i) {
    if (i < 0 || i >= rows.length) return;
    const old = tbody.children[state.cursor];
    if (old) old.classList.remove("cursor");
    state.cursor = i;
    const tr = tbody.children[i];
    if (tr) tr.classList.add("cursor");
    drawCurrent();
    scrollToCursor();
  }

  function move(d) {
    const i = state.cursor + d;
    if (i >= rows.length) page(1);
    else if (i < 0) page(-1, "last");
    else moveTo(i);
  }

  function toggleSelect(i) {
    const f = rows[i];
    if (!f) return;
    if (state.selected.has(f.item_id)) state.selected.delete(f.item_id);
    else state.selected.set(f.item_id, f.title);
    redrawRow(i);
    if (i === state.cursor) tbody.children[i].classList.add("cursor");
    updateExportButton();
  }

  function replaceFinding(f) {
    const i = rows.findIndex((r) => r.item_id === f.item_id);
    if (i >= 0) {
      rows[i] = f;
      redrawRow(i);
      if (i === state.cursor) drawCurrent();
    }
    return i;
  }

  async function act(action) {
    const f = rows[state.cursor];
    if (!f || busy) return;
    busy = true;
    const text = note.value.trim();
    try {
      const r = await api.review(f.item_id, action, action === "note" ? text : text || undefined);
      state.undoStack.push(f.item_id);
      const i = replaceFinding(r.finding);
      if (action === "note") {
        note.value = "";
        note.blur();
        ctx.toast(`Note saved on #${f.item_id}`, "ok");
      } else if (i === state.cursor) {
        move(1);
      }
    } catch (e) {
      ctx.toast(e.message);
    } finally {
      busy = false;
    }
  }

  async function undoLast() {
    if (busy) return;
    const id = state.undoStack[state.undoStack.length - 1];
    if (id === undefined) {
      ctx.toast("Nothing to undo in this session.");
      return;
    }
    busy = true;
    try {
      const r = await api.undo(id);
      state.undoStack.pop();
      const i = replaceFinding(r.finding);
      if (i >= 0) moveTo(i);
      ctx.toast(`Undone on #${id}: back to ${r.finding.status.replace("_", " ")}`, "ok");
    } catch (e) {
      ctx.toast(e.message);
    } finally {
      busy = false;
    }
  }

  async function exportSelected() {
    const ids = [...state.selected.keys()];
    if (!ids.length) return;
    bExport.disabled = true;
    try {
      const r = await api.makeExport(ids);
      state.selected.clear();
      remember(r.export);
      ctx.navigate(`#/exports?made=${r.export.id}`);
    } catch (e) {
      ctx.toast(e.message);
      updateExportButton();
    }
  }

  bConfirm.addEventListener("click", () => act("confirm"));
  bDismiss.addEventListener("click", () => act("dismiss"));
  bUndo.addEventListener("click", undoLast);
  bExport.addEventListener("click", exportSelected);
  note.addEventListener("keydown", (ev) => {
    if (ev.key === "Enter") {
      ev.preventDefault();
      if (note.value.trim()) act("note");
    } else if (ev.key === "Escape") {
      note.blur();
    }
  });

  function onKey(ev) {
    if (ev.ctrlKey || ev.metaKey || ev.altKey || inField(ev)) return;
    const keys = {
      j: () => move(1), ArrowDown: () => move(1), k: () => move(-1), ArrowUp: () => move(-1),
      c: () => act("confirm"), d: () => act("dismiss"), u: undoLast, x: () => toggleSelect(state.cursor),
      n: () => note.focus(), "/": () => filterBar.search.focus(),
      Enter: () => rows[state.cursor] && ctx.navigate(`#/finding/${rows[state.cursor].item_id}`),
      o: () => rows[state.cursor] && ctx.navigate(`#/finding/${rows[state.cursor].item_id}`),
    };
    const fn = keys[ev.key];
    if (fn) {
      ev.preventDefault();
      fn();
    }
  }
  document.addEventListener("keydown", onKey);
  updateExportButton();
  load();
  loadCounts();
  return () => document.removeEventListener("keydown", onKey);
}
