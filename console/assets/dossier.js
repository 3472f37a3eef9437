// Offenders: the list (GET /api/v1/offenders) and one offender's dossier —
// its shops, platforms, contacts, listings, takedown outcomes and timeline.

import * as api from "./api.js";
import { h, statusBadge, categoryChip, shortTime, number, pageHeader, loading, clear } from "./dom.js";

const OUTCOMES = ["new", "confirmed", "reported", "still_up", "taken_down", "dismissed"];

export function shopName(shop) {
  const i = shop.indexOf(":");
  return i > 0 ? { platform: shop.slice(0, i), name: shop.slice(i + 1) } : { platform: "", name: shop };
}

export async function renderList(main) {
  main.append(loading());
  const r = await api.offenders(100);
  clear(main);
  main.append(pageHeader("Offenders", h("span", { class: "muted" }, `${r.offenders.length} grouped by shared shops and contacts, most confirmed hits first`)),
    h("div", { class: "table-wrap panel-table" }, h("table", { class: "grid" },
      h("thead", null, h("tr", null, ["Offender", "Shops", "Platforms", "Contacts", "Confirmed hits", "All hits"].map((t, i) =>
        h("th", { class: i >= 4 ? "num" : null }, t)))),
      h("tbody", null, r.offenders.map((o) => h("tr", null,
        h("td", null, h("a", { href: `#/offender/${o.id}` }, `#${o.id}`)),
        h("td", { lang: "zh-CN" }, o.shops.map((s) => shopName(s).name).join("、")),
        h("td", null, o.platforms.join(", ")),
        h("td", { class: "mono" }, o.contacts.join("  ")),
        h("td", { class: "num" }, h("b", null, number(o.confirmed_hits))),
        h("td", { class: "num" }, number(o.total_hits))))))));
}

export async function render(main, ctx, id) {
  main.append(loading());
  const r = await api.offender(id);
  clear(main);
  const o = r.offender;
  const counts = Object.fromEntries(OUTCOMES.map((s) => [s, 0]));
  for (const f of r.findings) counts[f.status] = (counts[f.status] || 0) + 1;
  const sent = counts.reported + counts.still_up + counts.taken_down;
  const bar = h("div", { class: "outcomes" });
  for (const s of OUTCOMES) {
    if (!counts[s]) continue;
    const seg = h("span", { class: `bg-${s}`, title: `${s}: ${counts[s]}` });
    seg.style.width = `${(100 * counts[s]) / r.findings.length}%`;
    bar.append(seg);
  }
  main.append(
    pageHeader(`Offender #${o.id}`, h("span", { class: "muted" }, `entities ${o.entity_ids.join(", ")}`)),
    h("div", { class: "cards" },
      card("Confirmed hits", number(o.confirmed_hits)), card("All hits", number(o.total_hits)),
      card("Listings", number(r.findings.length)),
      card("Taken down", sent ? `${counts.taken_down} of ${sent} reported` : "none reported", true),
      card("Platforms", o.platforms.join(", "), true)),
    h("div", { class: "two" },
      h("div", { class: "stack" },
        h("section", { class: "panel" }, h("h2", null, "Shops"),
          h("table", { class: "grid" }, h("tbody", null, o.shops.map((s) => {
            const { platform, name } = shopName(s);
            return h("tr", null, h("td", null, platform), h("td", { lang: "zh-CN" },
              h("a", { href: `#/queue?seller=${encodeURIComponent(name)}&status=all` }, name)));
          })))),
        h("section", { class: "panel" }, h("h2", null, "Contacts"),
          o.contacts.length ? h("ul", { class: "mono" }, o.contacts.map((c) => h("li", null, c))) : h("p", { class: "muted" }, "none found")),
        h("section", { class: "panel" }, h("h2", null, "Takedown outcomes"), bar,
          h("div", { class: "legend" }, OUTCOMES.filter((s) => counts[s]).map((s) =>
            h("span", null, h("i", { class: `bg-${s}` }), `${s.replace("_", " ")} ${counts[s]}`))))),
      h("section", { class: "panel" }, h("h2", null, `Timeline (${r.timeline.length})`),
        h("ul", { class: "timeline" }, r.timeline.slice(0, 400).map((t) => h("li", null,
          h("span", { class: "when" }, shortTime(t.at)),
          h("span", { lang: "zh-CN" }, t.item_id ? h("a", { href: `#/finding/${t.item_id}` }, `#${t.item_id}`) : null, " ", t.what)))))),
    h("section", { class: "panel listings" }, h("h2", null, `Listings (${r.findings.length})`),
          h("table", { class: "grid" },
            h("thead", null, h("tr", null, ["Score", "Status", "Listing", "Categories", "Platform", "Found"].map((t) => h("th", null, t)))),
            h("tbody", null, r.findings.slice(0, 300).map((f) => h("tr", null,
              h("td", { class: "num" }, String(f.score)), h("td", null, statusBadge(f.status)),
              h("td", { lang: "zh-CN", class: "title-col" }, h("a", { href: `#/finding/${f.item_id}` }, f.title)),
              h("td", { class: "cats" }, f.categories.map(categoryChip)), h("td", null, f.platform),
              h("td", { class: "time" }, shortTime(f.found_at)))))),
          r.findings.length > 300 ? h("p", { class: "muted" }, h("a", { href: `#/queue?seller=${encodeURIComponent(shopName(o.shops[0] || "").name)}&status=all` },
            `${r.findings.length - 300} more in the queue`)) : null));
}

function card(k, v, small) {
  return h("div", { class: "card" }, h("div", { class: "k" }, k), h("div", { class: ["v", small && "small"] }, v));
}
