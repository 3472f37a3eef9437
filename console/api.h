#pragma once

// The JSON routes of console/API.md as functions over one Store, without
// HTTP or sessions: the server (console/server.cc) checks the session, CSRF
// token and role and then calls these; the benchmark calls them directly.
// They use the library calls the CLI uses (Store::ListHits, GroupFindings,
// SortFindings, SetHitStatus, ListOffenders, ListExports).
//
//   console::ApiResponse r = console::ListFindings(store, {{"status", "open"}, {"limit", "50"}});
//   r.status;  // 200
//   r.body;    // {"total":N,"offset":0,"findings":[...]}
//
// Thread-compatible: each call uses `store` from the calling thread only; the
// caller serialises access to one Store (STYLE.md §6).

#include <cstdint>
#include <map>
#include <string>
#include <string_view>

#include "store/daemon_state.h"
#include "store/store.h"

namespace lantian::console {

struct ApiResponse {
  int status = 200;
  std::string body;
  std::string content_type = "application/json; charset=utf-8";
};

using Query = std::map<std::string, std::string, std::less<>>;

// {"error": message} with `status`.
ApiResponse ErrorResponse(int status, std::string_view message);

// GET /api/v1/findings (query: status, category, platform, seller, q, since,
// until, order, offset, limit). Bad query values: 400 naming the parameter.
ApiResponse ListFindings(store::Store& store, const Query& query);
// GET /api/v1/findings/{item_id}: finding, text, spans (code-point offsets),
// captures, history. 404 for an item without hits.
ApiResponse GetFinding(store::Store& store, int64_t item_id);
// POST /api/v1/findings/{item_id}/review with body {"action","note","category"}
// by `user` (the chain's actor). 409 when the move is not allowed.
ApiResponse ReviewFinding(store::Store& store, int64_t item_id, std::string_view user, std::string_view body);
// POST /api/v1/findings/{item_id}/undo: reverses `user`'s latest review of
// the item (back to new, kind "reopen", note "undo: ..."); 409 when none.
ApiResponse UndoReview(store::Store& store, int64_t item_id, std::string_view user);
// GET /api/v1/captures/{capture_id}/page: the final response body as archived
// (content-decoded), text/html; the caller adds the sandbox CSP.
ApiResponse CapturePage(store::Store& store, int64_t capture_id);
// GET /api/v1/offenders?top=N.
ApiResponse ListOffenders(store::Store& store, const Query& query);
// GET /api/v1/offenders/{id}: the group, its findings and a timeline (items
// first seen, status changes of their hits), oldest first. 404 for no group.
ApiResponse GetOffender(store::Store& store, int64_t offender_id);
// GET /api/v1/stats?days=N (30): hits per capture day, category and platform
// over the last N days before now_ms; the share of reported hits taken
// down; the median hours from report to takedown (null when none); the top
// offenders.
ApiResponse Stats(store::Store& store, const Query& query, int64_t now_ms);
// GET /api/v1/sweeps: the latest 100 sweeps; `daemon` (may be null) gives the
// scheduled jobs' last and next runs (jobs named by those sweeps, plus the
// built-in recheck and learn jobs, that have run).
ApiResponse ListSweeps(store::Store& store, store::DaemonState* daemon);
// GET /api/v1/exports.
ApiResponse ListExports(store::Store& store);
// GET /api/v1/users (no password hashes).
ApiResponse ListUsers(store::Store& store);

}  // namespace lantian::console
