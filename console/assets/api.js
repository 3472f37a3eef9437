// The console's only door to the server: console/API.md, version 1.
//
// Every call goes through request(): JSON in and out, the X-CSRF-Token of the
// session on every state-changing request (taken from sign-in or
// GET /api/v1/me), and a 401 on any route but sign-in ends the session in the
// page (the app shows the sign-in form). A non-2xx answer throws ApiError
// carrying the server's one-line "error" string, which callers toast.

export class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

let csrf = null;
let onSignedOut = () => {};

// fn() runs when the server says the session is gone (401).
export function setSignedOutHandler(fn) {
  onSignedOut = fn;
}

async function request(method, path, body) {
  const headers = { Accept: "application/json" };
  const init = { method, headers, credentials: "same-origin" };
  if (body !== undefined) {
    headers["Content-Type"] = "application/json";
    init.body = JSON.stringify(body);
  }
  if (method !== "GET" && csrf) headers["X-CSRF-Token"] = csrf;
  let res;
  try {
    res = await fetch(path, init);
  } catch (e) {
    throw new ApiError(0, `${method} ${path}: server unreachable (${e.message})`);
  }
  let data = null;
  const type = res.headers.get("Content-Type") || "";
  if (type.startsWith("application/json")) {
    try {
      data = await res.json();
    } catch {
      throw new ApiError(res.status, `${method} ${path}: answer is not JSON`);
    }
  }
  if (res.status === 401 && path !== "/api/v1/session") {
    csrf = null;
    onSignedOut();
  }
  if (!res.ok) {
    const message = data && typeof data.error === "string" ? data.error : `${method} ${path}: HTTP ${res.status}`;
    throw new ApiError(res.status, message);
  }
  return data;
}

function query(params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params || {})) {
    if (v !== undefined && v !== null && v !== "") q.set(k, String(v));
  }
  const s = q.toString();
  return s ? `?${s}` : "";
}

// The signed-in user ({name, role}) or null when there is no session.
export async function currentUser() {
  try {
    const me = await request("GET", "/api/v1/me");
    csrf = me.csrf;
    return me.user;
  } catch (e) {
    if (e.status === 401) return null;
    throw e;
  }
}

export async function signIn(name, password) {
  const r = await request("POST", "/api/v1/session", { name, password });
  csrf = r.csrf;
  return r.user;
}

export async function signOut() {
  try {
    await request("DELETE", "/api/v1/session");
  } finally {
    csrf = null;
  }
}

export const findings = (params) => request("GET", `/api/v1/findings${query(params)}`);
export const finding = (id) => request("GET", `/api/v1/findings/${encodeURIComponent(id)}`);
export const review = (id, action, note) =>
  request("POST", `/api/v1/findings/${encodeURIComponent(id)}/review`, note ? { action, note } : { action });
export const undo = (id) => request("POST", `/api/v1/findings/${encodeURIComponent(id)}/undo`);
export const capturePageUrl = (captureId) => `/api/v1/captures/${encodeURIComponent(captureId)}/page`;
export const offenders = (top) => request("GET", `/api/v1/offenders${query({ top })}`);
export const offender = (id) => request("GET", `/api/v1/offenders/${encodeURIComponent(id)}`);
export const sweeps = () => request("GET", "/api/v1/sweeps");
export const stats = (days) => request("GET", `/api/v1/stats${query({ days })}`);
export const exports = () => request("GET", "/api/v1/exports");
export const makeExport = (itemIds) => request("POST", "/api/v1/exports", { item_ids: itemIds });
