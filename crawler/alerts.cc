#include "crawler/alerts.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <memory>

#include "crawler/internal/curl.h"

namespace lantian::crawler {
namespace {

size_t DiscardBody(char*, size_t size, size_t n, void*) { return size * n; }

Status PostWebhook(const AlertOptions& o, const Alert& alert) {
  const std::string where = "webhook " + o.webhook_url;
  internal::CurlEasy easy(curl_easy_init());
  if (!easy) return Status::Internal(where + ": curl_easy_init failed");
  auto headers = internal::CurlSlist::Make({"Content-Type: application/json; charset=utf-8",
                                            "Idempotency-Key: lantian-alert-" + std::to_string(alert.id)});
  if (!headers) return Status::ResourceExhausted(where + ": curl_slist_append failed");
  char errbuf[CURL_ERROR_SIZE] = {0};
  CURL* h = easy.get();
  curl_easy_setopt(h, CURLOPT_URL, o.webhook_url.c_str());
  curl_easy_setopt(h, CURLOPT_POST, 1L);
  curl_easy_setopt(h, CURLOPT_POSTFIELDS, alert.json.data());
  curl_easy_setopt(h, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(alert.json.size()));
  curl_easy_setopt(h, CURLOPT_HTTPHEADER, headers->get());
  curl_easy_setopt(h, CURLOPT_TIMEOUT_MS, static_cast<long>(o.timeout_ms));
  curl_easy_setopt(h, CURLOPT_NOSIGNAL, 1L);
  curl_easy_setopt(h, CURLOPT_ERRORBUFFER, errbuf);
  curl_easy_setopt(h, CURLOPT_WRITEFUNCTION, DiscardBody);
  curl_easy_setopt(h, CURLOPT_USERAGENT, "lantian-alerts");
  const CURLcode rc = curl_easy_perform(h);
  if (rc != CURLE_OK) {
    return Status::Unavailable(where + ": " + internal::CurlErrorText(rc, errbuf));
  }
  long status = 0;
  curl_easy_getinfo(h, CURLINFO_RESPONSE_CODE, &status);
  if (status < 200 || status > 299) {
    return Status::Unavailable(where + ": HTTP " + std::to_string(status));
  }
  return Status::Ok();
}

Status RunCommand(const AlertOptions& o, const Alert& alert) {
  const std::string where = "alert command \"" + o.command + "\"";
  int in[2];
  if (pipe2(in, O_CLOEXEC) != 0) return Status::IoError(where + ": pipe: " + std::strerror(errno));
  const pid_t pid = fork();
  if (pid < 0) {
    close(in[0]);
    close(in[1]);
    return Status::IoError(where + ": fork: " + std::strerror(errno));
  }
  if (pid == 0) {
    dup2(in[0], STDIN_FILENO);
    execl("/bin/sh", "sh", "-c", o.command.c_str(), static_cast<char*>(nullptr));
    _exit(127);
  }
  close(in[0]);
  // The payload is small (a few KB); a command that does not read stdin
  // gets EPIPE, which is ignored: its exit status decides.
  signal(SIGPIPE, SIG_IGN);
  size_t off = 0;
  while (off < alert.json.size()) {
    const ssize_t n = write(in[1], alert.json.data() + off, alert.json.size() - off);
    if (n <= 0) break;
    off += static_cast<size_t>(n);
  }
  close(in[1]);
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(o.timeout_ms);
  int wstatus = 0;
  while (true) {
    const pid_t r = waitpid(pid, &wstatus, WNOHANG);
    if (r == pid) break;
    if (r < 0 && errno != EINTR) return Status::IoError(where + ": waitpid: " + std::strerror(errno));
    if (std::chrono::steady_clock::now() >= deadline) {
      kill(pid, SIGKILL);
      waitpid(pid, &wstatus, 0);
      return Status::Unavailable(where + ": timed out after " + std::to_string(o.timeout_ms) + " ms");
    }
    // A child exit is not pollable without a pidfd; 20 ms steps bound the
    // added latency and this runs only on the daemon's alert path.
    poll(nullptr, 0, 20);
  }
  if (WIFEXITED(wstatus) && WEXITSTATUS(wstatus) == 0) return Status::Ok();
  if (WIFEXITED(wstatus)) {
    return Status::Unavailable(where + ": exit status " + std::to_string(WEXITSTATUS(wstatus)));
  }
  return Status::Unavailable(where + ": killed by signal " + std::to_string(WTERMSIG(wstatus)));
}

}  // namespace

Status DeliverAlert(const AlertOptions& options, const Alert& alert) {
  if (options.webhook_url.empty() && options.command.empty()) {
    return Status::FailedPrecondition("alerts: neither webhook_url nor command is configured");
  }
  if (!options.webhook_url.empty()) LANTIAN_RETURN_IF_ERROR(PostWebhook(options, alert));
  if (!options.command.empty()) LANTIAN_RETURN_IF_ERROR(RunCommand(options, alert));
  return Status::Ok();
}

std::chrono::milliseconds AlertBackoff(const AlertOptions& options, int attempts, uint64_t jitter_seed) {
  int64_t delay = options.base_backoff_ms;
  for (int i = 1; i < attempts && delay < options.max_backoff_ms; ++i) delay *= 2;
  delay = std::min(delay, options.max_backoff_ms);
  // splitmix64 of (seed, attempt) → jitter in [-20%, +20%].
  uint64_t z = jitter_seed + 0x9e3779b97f4a7c15ULL * static_cast<uint64_t>(attempts + 1);
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
  z ^= z >> 31;
  const double frac = static_cast<double>(z % 10001) / 10000.0;  // 0..1
  const double factor = 0.8 + 0.4 * frac;
  return std::chrono::milliseconds(static_cast<int64_t>(static_cast<double>(delay) * factor));
}

}  // namespace lantian::crawler
