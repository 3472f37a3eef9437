// DOM helpers shared by the pages. Data never goes through innerHTML: text is
// set with textContent (listing text is hostile), attributes with
// setAttribute, styles only through classes or element.style (CSP allows
// both; it refuses style attributes written in HTML).

const SVG_NS = "http://www.w3.org/2000/svg";

function build(el, attrs, children) {
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === undefined || v === null || v === false) continue;
    if (k.startsWith("on") && typeof v === "function") el.addEventListener(k.slice(2), v);
    else if (k === "class") el.setAttribute("class", Array.isArray(v) ? v.filter(Boolean).join(" ") : v);
    else if (k === "testid") el.dataset.testid = v;
    else if (k === "value" || k === "checked" || k === "disabled" || k === "selected") el[k] = v;
    else el.setAttribute(k, v === true ? "" : String(v));
  }
  for (const c of children.flat(Infinity)) {
    if (c === undefined || c === null || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return el;
}

// h("a", {href: "#/x", class: "link"}, "text", child...)
export function h(tag, attrs, ...children) {
  return build(document.createElement(tag), attrs, children);
}

export function svg(tag, attrs, ...children) {
  return build(document.createElementNS(SVG_NS, tag), attrs, children);
}

export function clear(el) {
  while (el.firstChild) el.firstChild.remove();
  return el;
}

const STATUS_LABELS = {
  new: "new", confirmed: "confirmed", dismissed: "dismissed", reported: "reported",
  still_up: "still up", taken_down: "taken down",
};

export function statusBadge(status) {
  return h("span", { class: `badge status-${status}` }, STATUS_LABELS[status] || status);
}

export function categoryChip(category) {
  return h("span", { class: `chip cat-${CATEGORY_INDEX(category)}`, title: category }, category.replace(/_/g, " "));
}

const CATEGORY_ORDER = ["guaranteed_grant", "certificate_renting", "forged_seal", "trademark_squatting",
  "unlicensed_agency", "abnormal_application"];
// A stable colour slot (0..7) for a category, known ones first.
export function CATEGORY_INDEX(category) {
  const i = CATEGORY_ORDER.indexOf(category);
  if (i >= 0) return i;
  let n = 0;
  for (const ch of category) n = (n * 31 + ch.codePointAt(0)) % 8;
  return n;
}

// "2026-12-07T10:00:00Z" -> "12-07 10:00" (UTC, as stored), "" for none.
export function shortTime(iso) {
  if (!iso) return "";
  return iso.replace(/^\d{4}-(\d\d-\d\d)T(\d\d:\d\d).*$/, "$1 $2");
}

export function fullTime(iso) {
  return iso ? iso.replace("T", " ").replace("Z", " UTC") : "—";
}

// "3 h ago", "2 d ago" relative to now.
export function ago(iso) {
  if (!iso) return "—";
  const s = (Date.now() - Date.parse(iso)) / 1000;
  if (Number.isNaN(s)) return iso;
  const future = s < 0;
  const a = Math.abs(s);
  const t = a < 90 ? `${Math.round(a)} s` : a < 5400 ? `${Math.round(a / 60)} min` : a < 129600 ? `${Math.round(a / 3600)} h` : `${Math.round(a / 86400)} d`;
  return future ? `in ${t}` : `${t} ago`;
}

export const number = (n) => (typeof n === "number" ? n.toLocaleString("en-US") : "—");

// Whether a key event was typed into a field (page shortcuts keep off then).
export function inField(ev) {
  const t = ev.target;
  return t instanceof HTMLElement && (t.isContentEditable || ["INPUT", "SELECT", "TEXTAREA"].includes(t.tagName));
}

export function pageHeader(title, ...extra) {
  return h("header", { class: "page-head" }, h("h1", null, title), ...extra);
}

export function loading() {
  return h("div", { class: "loading" }, "Loading…");
}
