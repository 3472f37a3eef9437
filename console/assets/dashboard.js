// The dashboard: new findings per day by category and by platform (stacked
// bars), the takedown rate and median time to removal, the top offenders.
// Charts are SVG built here (no library); colours come from style.css's
// category palette so a category looks the same on every page.

import * as api from "./api.js";
import { h, svg, CATEGORY_INDEX, number, pageHeader, loading, clear } from "./dom.js";

const PALETTE = ["#d9480f", "#1971c2", "#862e9c", "#2b8a3e", "#e67700", "#0b7285", "#c2255c", "#5c7cfa"];
const PLATFORM_COLOURS = { xianyu: "#f59f00", taobao: "#e8590c", pinduoduo: "#e03131", jd: "#5f3dc4", douyin: "#212529", weidian: "#1098ad" };

function days(n) {
  const out = [];
  const today = new Date();
  for (let i = n - 1; i >= 0; i--) {
    const d = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() - i));
    out.push(d.toISOString().slice(0, 10));
  }
  return out;
}

// Stacked bars: one per day, one segment per series key.
function stackedBars(perDay, key, colour, dayList, W) {
  const keys = [...new Set(perDay.map((r) => r[key]))].sort();
  const byDay = new Map(dayList.map((d) => [d, Object.fromEntries(keys.map((k) => [k, 0]))]));
  for (const r of perDay) if (byDay.has(r.day)) byDay.get(r.day)[r[key]] += r.count;
  const totals = dayList.map((d) => Object.values(byDay.get(d)).reduce((a, b) => a + b, 0));
  const max = Math.max(1, ...totals);
  const step = niceStep(max);
  const top = Math.ceil(max / step) * step;
  const H = 240, L = 40, B = 22, T = 8;
  const bw = (W - L) / dayList.length;
  const y = (v) => T + (H - T - B) * (1 - v / top);
  const g = svg("svg", { viewBox: `0 0 ${W} ${H}`, role: "img", "aria-label": `new findings per day by ${key}` });
  for (let v = 0; v <= top; v += step) {
    g.append(svg("line", { class: "grid-line", x1: L, x2: W, y1: y(v), y2: y(v) }),
      svg("text", { x: L - 6, y: y(v) + 4, "text-anchor": "end" }, String(v)));
  }
  dayList.forEach((d, i) => {
    let acc = 0;
    const x = L + i * bw + 1;
    for (const k of keys) {
      const n = byDay.get(d)[k];
      if (!n) continue;
      g.append(svg("rect", { class: "bar", x, width: Math.max(1, bw - 2), y: y(acc + n), height: y(acc) - y(acc + n), fill: colour(k) },
        svg("title", null, `${d} · ${k}: ${n}`)));
      acc += n;
    }
    if (i % Math.ceil(dayList.length / 10) === 0 || i === dayList.length - 1) {
      g.append(svg("text", { x: x + bw / 2, y: H - 6, "text-anchor": "middle" }, d.slice(5)));
    }
  });
  const legend = h("div", { class: "legend" }, keys.map((k) => {
    const i = h("i");
    i.style.background = colour(k);
    return h("span", null, i, k.replace(/_/g, " "));
  }));
  return [g, legend];
}

function niceStep(max) {
  const raw = max / 4;
  const p = 10 ** Math.floor(Math.log10(raw));
  return [1, 2, 5, 10].map((m) => m * p).find((s) => s >= raw) || p * 10;
}

function hbars(rows, W) {
  const max = Math.max(1, ...rows.map((r) => r.value));
  const row = 24, L = 230;
  const g = svg("svg", { viewBox: `0 0 ${W} ${rows.length * row + 4}`, role: "img", "aria-label": "top offenders" });
  rows.forEach((r, i) => {
    const y = i * row + 2;
    const a = svg("a", { href: r.href });
    a.append(svg("text", { x: L - 8, y: y + 15, "text-anchor": "end" }, r.label));
    g.append(a,
      svg("rect", { class: "bar", x: L, y: y + 3, height: row - 8, width: Math.max(2, ((W - L - 60) * r.value) / max), rx: 3, fill: "#2b50c8" },
        svg("title", null, `${r.label}: ${r.value}`)),
      svg("text", { x: L + Math.max(2, ((W - L - 60) * r.value) / max) + 6, y: y + 15 }, number(r.value)));
  });
  return g;
}

export async function render(main) {
  main.append(loading());
  const n = 30;
  const s = await api.stats(n);
  clear(main);
  const dayList = days(n);
  // Drawn at the panel's pixel width, so SVG text stays at the page's size.
  const W = Math.max(600, Math.round(main.clientWidth - 60));
  const total = s.per_day.filter((r) => dayList.includes(r.day)).reduce((a, r) => a + r.count, 0);
  const catColour = (c) => PALETTE[CATEGORY_INDEX(c)];
  const platColour = (p) => PLATFORM_COLOURS[p] || PALETTE[CATEGORY_INDEX(p)];
  const rate = Math.round((s.takedown_rate || 0) * 1000) / 10;
  const gauge = h("span");
  gauge.style.width = `${Math.min(100, rate)}%`;
  const median = s.median_hours_to_removal;
  main.append(
    pageHeader("Dashboard", h("span", { class: "muted" }, `last ${n} days · ${number(total)} new findings`)),
    h("div", { class: "dash" },
      h("section", { class: "panel chart wide" }, h("h2", null, "New findings per day, by category"), stackedBars(s.per_day, "category", catColour, dayList, W)),
      h("section", { class: "panel chart wide" }, h("h2", null, "New findings per day, by platform"), stackedBars(s.per_day, "platform", platColour, dayList, W)),
      h("section", { class: "panel" }, h("h2", null, "Takedown rate"),
        h("div", { class: "bignum" }, `${rate}%`), h("div", { class: "gauge" }, gauge),
        h("p", { class: "muted" }, "of reported listings are gone at their latest recheck")),
      h("section", { class: "panel" }, h("h2", null, "Median time to removal"),
        h("div", { class: "bignum" }, median === null || median === undefined ? "—" : median < 48 ? `${median} h` : `${(median / 24).toFixed(1)} d`),
        h("p", { class: "muted" }, median === null || median === undefined ? "no listing taken down yet" : "from the notice to the recheck that found it gone")),
      h("section", { class: "panel chart wide" }, h("h2", null, "Top offenders by confirmed hits"),
        s.top_offenders.length ? hbars(s.top_offenders.map((o) => ({
          label: `#${o.id} ${(o.shops[0] || "").replace(/^[^:]*:/, "")}${o.shops.length > 1 ? ` +${o.shops.length - 1}` : ""}`,
          value: o.confirmed_hits, href: `#/offender/${o.id}`,
        })), W) : h("p", { class: "empty" }, "No confirmed hits yet."))));
}
