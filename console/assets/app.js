// The console's shell: sign-in, the top bar, hash routes and toasts.
//
// Routes: #/queue, #/finding/ID, #/offenders, #/offender/ID, #/sweeps,
// #/exports, #/dashboard. Each page module exports render(main, ctx, params)
// and may return a cleanup function (its key handlers), run before the next
// page renders. ctx = {user, toast, navigate}.

import * as api from "./api.js";
import { h, clear } from "./dom.js";
import * as queue from "./queue.js";
import * as findingPage from "./finding.js";
import * as dossier from "./dossier.js";
import * as sweepsPage from "./sweeps.js";
import * as exportsPage from "./exports.js";
import * as dashboard from "./dashboard.js";

const ROUTES = [
  { re: /^\/queue$/, page: queue.render, nav: "queue" },
  { re: /^\/finding\/(\d+)$/, page: findingPage.render, nav: "queue" },
  { re: /^\/offenders$/, page: dossier.renderList, nav: "offenders" },
  { re: /^\/offender\/(\d+)$/, page: dossier.render, nav: "offenders" },
  { re: /^\/sweeps$/, page: sweepsPage.render, nav: "sweeps" },
  { re: /^\/exports$/, page: exportsPage.render, nav: "exports" },
  { re: /^\/dashboard$/, page: dashboard.render, nav: "dashboard" },
];
const NAV = [
  ["queue", "Queue", "#/queue"],
  ["offenders", "Offenders", "#/offenders"],
  ["sweeps", "Sweeps", "#/sweeps"],
  ["exports", "Exports", "#/exports"],
  ["dashboard", "Dashboard", "#/dashboard"],
];

const root = document.getElementById("app");
const toasts = document.getElementById("toasts");
let user = null;
let cleanup = null;
let renderSeq = 0;

export function toast(message, kind = "error") {
  const t = h("div", { class: `toast toast-${kind}`, role: kind === "error" ? "alert" : "status" }, message);
  t.addEventListener("click", () => t.remove());
  toasts.append(t);
  setTimeout(() => t.remove(), kind === "error" ? 8000 : 4000);
}

function navigate(hash) {
  if (location.hash === hash) route();
  else location.hash = hash;
}

function signInPage(message) {
  if (cleanup) cleanup();
  cleanup = null;
  clear(root);
  const error = h("p", { class: "signin-error", role: "alert" }, message || "");
  const name = h("input", { id: "signin-name", name: "name", autocomplete: "username", required: true, testid: "signin-name" });
  const password = h("input", { id: "signin-password", name: "password", type: "password", autocomplete: "current-password",
    required: true, testid: "signin-password" });
  const submit = h("button", { type: "submit", class: "primary", testid: "signin-submit" }, "Sign in");
  const form = h("form", { class: "signin-card" },
    h("div", { class: "brand-big" }, h("img", { src: "/favicon.svg", alt: "" }), h("span", null, "lantian")),
    h("p", { class: "muted" }, "Triage console for IP-agency solicitations"),
    h("label", { for: "signin-name" }, "Name"), name,
    h("label", { for: "signin-password" }, "Password"), password,
    submit, error);
  form.addEventListener("submit", async (ev) => {
    ev.preventDefault();
    submit.disabled = true;
    error.textContent = "";
    try {
      user = await api.signIn(name.value.trim(), password.value);
      if (!location.hash || location.hash === "#/" || location.hash === "#") location.hash = "#/queue";
      else route();
    } catch (e) {
      error.textContent = e.message;
      password.select();
    } finally {
      submit.disabled = false;
    }
  });
  root.append(h("main", { class: "signin" }, form));
  name.focus();
}

function shell(active) {
  const signOut = h("button", { class: "ghost", type: "button" }, "Sign out");
  signOut.addEventListener("click", async () => {
    try {
      await api.signOut();
    } catch (e) {
      toast(e.message);
    }
    user = null;
    signInPage("Signed out.");
  });
  const bar = h("nav", { class: "topbar" },
    h("a", { class: "brand", href: "#/queue" }, h("img", { src: "/favicon.svg", alt: "" }), "lantian"),
    NAV.map(([key, label, href]) => h("a", { href, class: key === active ? "active" : null }, label)),
    h("span", { class: "spacer" }),
    h("span", { class: "who" }, user.name, h("span", { class: "role" }, user.role)),
    signOut);
  const main = h("main", { class: "page" });
  clear(root).append(bar, main);
  return main;
}

async function route() {
  const seq = ++renderSeq;
  if (cleanup) cleanup();
  cleanup = null;
  if (!user) {
    try {
      user = await api.currentUser();
    } catch (e) {
      toast(e.message);
    }
    if (seq !== renderSeq) return;
    if (!user) return signInPage();
  }
  const path = (location.hash.replace(/^#/, "").split("?")[0]) || "/queue";
  const r = ROUTES.find((x) => x.re.test(path));
  if (!r) {
    location.replace("#/queue");
    return;
  }
  const main = shell(r.nav);
  const params = path.match(r.re).slice(1);
  const ctx = { user, toast, navigate, query: new URLSearchParams(location.hash.split("?")[1] || "") };
  try {
    const c = await r.page(main, ctx, ...params);
    if (seq === renderSeq) cleanup = typeof c === "function" ? c : null;
    else if (typeof c === "function") c();
  } catch (e) {
    if (e.status === 401) return;
    toast(e.message);
    main.append(h("p", { class: "empty" }, e.message));
  }
}

api.setSignedOutHandler(() => {
  if (user) {
    user = null;
    signInPage("Your session ended; sign in again.");
  }
});
window.addEventListener("hashchange", route);
route();
