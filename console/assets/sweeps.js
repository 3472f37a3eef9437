// Sweeps and daemon jobs: each job's last and next run and last status, and
// every sweep with its pages, hits, errors by host and, for a sweep a fleet
// of workers ran on a shared store, each worker's heartbeat and pages.

import * as api from "./api.js";
import { h, ago, fullTime, shortTime, number, pageHeader, loading, clear } from "./dom.js";

export async function render(main) {
  main.append(loading());
  const r = await api.sweeps();
  clear(main);
  const maxErr = Math.max(1, ...r.sweeps.flatMap((s) => Object.values(s.errors_by_host || {})));
  main.append(
    pageHeader("Sweeps and jobs"),
    h("div", { class: "jobs" }, r.daemon.length === 0
      ? h("div", { class: ["card", "job", "empty"] },
          h("div", { class: "name" }, "No daemon jobs"),
          h("div", { class: "status-line muted" }, "The daemon has not run on this store (lantian daemon)."))
      : r.daemon.map((j) => {
      const bad = j.last_status && j.last_status !== "ok";
      return h("div", { class: ["card", "job", bad && "bad"] },
        h("div", { class: "name" }, j.job),
        h("div", null, h("span", { class: "muted" }, "last run "), h("b", { title: fullTime(j.last_run) }, ago(j.last_run)),
          h("span", { class: "muted" }, " · next "), h("b", { title: fullTime(j.next_run) }, ago(j.next_run))),
        h("div", { class: "status-line" }, j.last_status || "never ran"));
    })),
    h("section", { class: "panel" }, h("h2", null, `Sweeps (${r.sweeps.length})`),
      h("table", { class: "grid" },
        h("thead", null, h("tr", null, ["#", "Job", "Status", "Started", "Took", "Pages", "Hits", "Errors by host", "Workers"].map((t, i) =>
          h("th", { class: i >= 5 && i <= 6 ? "num" : null }, t)))),
        h("tbody", null, r.sweeps.map((s) => {
          const hosts = Object.entries(s.errors_by_host || {}).sort((a, b) => b[1] - a[1]);
          return h("tr", null,
            h("td", { class: "num" }, String(s.id)), h("td", null, s.job),
            h("td", null, h("span", { class: `st-${s.status}` }, s.status)),
            h("td", { class: "time", title: fullTime(s.started_at) }, shortTime(s.started_at)),
            h("td", { class: "time" }, took(s)),
            h("td", { class: "num" }, number(s.pages)), h("td", { class: "num" }, number(s.hits)),
            h("td", null, hosts.length ? hosts.map(([host, n]) => {
              const b = h("span", { class: "bar" });
              b.style.width = `${Math.max(3, (120 * n) / maxErr)}px`;
              return h("div", { class: "hostbar" }, b, h("span", { class: "mono" }, host), h("b", null, String(n)));
            }) : h("span", { class: "muted" }, "none")),
            h("td", null, (s.workers || []).length ? s.workers.map((w) =>
              h("div", { class: "worker", title: `heartbeat ${fullTime(w.heartbeat)}; hosts in use: ${(w.hosts || []).join(", ") || "none"}` },
                h("span", { class: "mono" }, w.name), " ", h("span", { class: `st-${w.state}` }, w.state),
                h("span", { class: "muted" }, ` · ${number(w.pages)} pages · beat ${ago(w.heartbeat)}`)))
              : h("span", { class: "muted" }, "one process")));
        })))));
}

function took(s) {
  if (!s.finished_at) return "running";
  const m = (Date.parse(s.finished_at) - Date.parse(s.started_at)) / 60000;
  return m < 90 ? `${Math.round(m)} min` : `${(m / 60).toFixed(1)} h`;
}
