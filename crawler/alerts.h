#pragma once

// Alert delivery for `lantian daemon`: a webhook POST and/or a shell command
// per alert, and the retry schedule between failed attempts. The daemon
// stores each alert first (store/daemon_state.h) and calls DeliverAlert until
// it succeeds or max_attempts is reached, so a receiver that is down loses
// nothing.
//
//   AlertOptions o;
//   o.webhook_url = "http://127.0.0.1:9000/hook";
//   Status s = DeliverAlert(o, Alert{42, R"({"kind":"new_hits",...})"});
//   if (!s.ok()) retry_at = now + AlertBackoff(o, /*attempts=*/1, /*jitter_seed=*/42);

#include <chrono>
#include <cstdint>
#include <string>

#include "base/status.h"

namespace lantian::crawler {

// Where alerts go. Plain options struct (STYLE.md §7); mapped from the
// `[alerts]` table of lantian.toml.
struct AlertOptions {
  // JSON POST target; empty = no webhook. Default empty.
  std::string webhook_url;
  // Shell command run with the alert JSON on stdin (`/bin/sh -c`); exit 0
  // means delivered. Empty = none. Default empty.
  std::string command;
  // Lowest hit severity that raises an alert: low | medium | high. Default
  // "high": analysts are paged only for clear solicitations.
  std::string min_severity = "high";
  // Per-attempt time limit for the webhook or the command. Default 10 s.
  int64_t timeout_ms = 10'000;
  // First retry delay; doubles per attempt up to max_backoff_ms, with +-20%
  // jitter so many daemons don't retry in step. Defaults 2 s and 10 min.
  int64_t base_backoff_ms = 2'000;
  int64_t max_backoff_ms = 600'000;
  // After this many failed attempts the alert stays stored as failed and is
  // no longer retried (visible in `lantian_alerts_pending`). Default 20.
  int max_attempts = 20;
};

// One alert: `id` is the store's alert row id, sent as the webhook's
// `Idempotency-Key: lantian-alert-<id>` header so a receiver can drop a
// duplicate when a response was lost after it had acted.
struct Alert {
  int64_t id = 0;
  std::string json;  // the whole payload
};

// Delivers `alert` to every configured channel (webhook, command). OK only
// when all succeed; the error names the channel and why, e.g.
//   webhook http://127.0.0.1:9/hook: HTTP 503
// Blocks for at most about 2 × timeout_ms. Thread-compatible (uses its own
// curl easy handle per call).
[[nodiscard]] Status DeliverAlert(const AlertOptions& options, const Alert& alert);

// Delay before retry number `attempts` (1 = first retry): exponential
// backoff with deterministic jitter from `jitter_seed` (tests pass a fixed
// seed; the daemon passes the alert id).
std::chrono::milliseconds AlertBackoff(const AlertOptions& options, int attempts, uint64_t jitter_seed);

}  // namespace lantian::crawler
