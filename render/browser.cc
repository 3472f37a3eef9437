// Browser: one Chromium child on --remote-debugging-pipe, a reader thread
// dispatching its messages, and Render() driving one tab per call.
//
// Protocol reference: Chrome DevTools Protocol (chromedevtools.github.io/
// devtools-protocol), domains Target, Page, Fetch, Runtime, Emulation and
// Browser. Pipe framing: one JSON text per message, ended by '\0'
// (content/browser/devtools/devtools_pipe_handler.cc).

#include "render/browser.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstring>
#include <deque>
#include <filesystem>
#include <fstream>
#include <functional>
#include <map>
#include <set>
#include <thread>

#include <nlohmann/json.hpp>

#include "base/mutex.h"
#include "base/thread_annotations.h"

extern char** environ;

namespace lantian::render {
namespace {

using Json = nlohmann::json;
using Clock = std::chrono::steady_clock;

// Chrome may take seconds to start on a loaded 2-core machine.
constexpr std::chrono::seconds kStartupTimeout{20};
// Time for the work after loading (boxes, DOM, screenshot, PDF, closing the
// tab): Render() returns within page_timeout + this.
constexpr std::chrono::milliseconds kFinishBudget{3'000};
// SIGTERM, then SIGKILL after this.
constexpr std::chrono::seconds kTermGrace{2};
constexpr int kMaxBoxedElements = 20'000;

// Serialises for the pipe. A loader's header or body may hold bytes that are
// not UTF-8 (a Latin-1 header); they become U+FFFD rather than an exception.
std::string Dump(const Json& j) { return j.dump(-1, ' ', false, Json::error_handler_t::replace); }

constexpr char kBase64Chars[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

std::string Base64Encode(std::string_view in) {
  std::string out;
  out.reserve((in.size() + 2) / 3 * 4);
  std::size_t i = 0;
  for (; i + 2 < in.size(); i += 3) {
    const unsigned v = static_cast<unsigned char>(in[i]) << 16 |
                       static_cast<unsigned char>(in[i + 1]) << 8 |
                       static_cast<unsigned char>(in[i + 2]);
    out += kBase64Chars[v >> 18 & 63];
    out += kBase64Chars[v >> 12 & 63];
    out += kBase64Chars[v >> 6 & 63];
    out += kBase64Chars[v & 63];
  }
  if (i < in.size()) {
    unsigned v = static_cast<unsigned char>(in[i]) << 16;
    if (i + 1 < in.size()) v |= static_cast<unsigned char>(in[i + 1]) << 8;
    out += kBase64Chars[v >> 18 & 63];
    out += kBase64Chars[v >> 12 & 63];
    out += i + 1 < in.size() ? kBase64Chars[v >> 6 & 63] : '=';
    out += '=';
  }
  return out;
}

// Decodes standard base64 (as CDP sends binary data); false on a bad byte.
bool Base64Decode(std::string_view in, std::string* out) {
  out->clear();
  out->reserve(in.size() / 4 * 3);
  unsigned v = 0;
  int bits = 0;
  for (char c : in) {
    int d;
    if (c >= 'A' && c <= 'Z') d = c - 'A';
    else if (c >= 'a' && c <= 'z') d = c - 'a' + 26;
    else if (c >= '0' && c <= '9') d = c - '0' + 52;
    else if (c == '+') d = 62;
    else if (c == '/') d = 63;
    else if (c == '=') break;
    else return false;
    v = (v << 6) | static_cast<unsigned>(d);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out->push_back(static_cast<char>(v >> bits & 0xff));
    }
  }
  return true;
}

// "3 s", "2.5 s": durations in notes.
std::string Seconds(std::chrono::milliseconds d) {
  if (d.count() % 1000 == 0) return std::to_string(d.count() / 1000) + " s";
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f s", static_cast<double>(d.count()) / 1000.0);
  return buf;
}

// Page text in a note stays one line and short.
std::string OneLine(std::string_view s, std::size_t max = 200) {
  std::string out;
  for (char c : s.substr(0, max)) out += (c == '\n' || c == '\r' || c == '\t') ? ' ' : c;
  if (s.size() > max) out += "...";
  return out;
}

// Cuts at most `max` bytes without splitting a UTF-8 sequence.
void CutUtf8(std::string* s, std::size_t max) {
  if (s->size() <= max) return;
  std::size_t n = max;
  while (n > 0 && (static_cast<unsigned char>((*s)[n]) & 0xC0) == 0x80) --n;
  s->resize(n);
}

// The messages for one waiter (a Render call, or Launch): replies to its
// commands and events of its sessions, in arrival order. Thread-safe.
class Inbox {
 public:
  enum class Pop { kMessage, kTimeout, kClosed };

  void Push(Json message) LOCKS_EXCLUDED(mu_) {
    base::MutexLock lock(&mu_);
    queue_.push_back(std::move(message));
    cv_.Signal();
  }
  // No more messages will come (the browser is gone).
  void Close() LOCKS_EXCLUDED(mu_) {
    base::MutexLock lock(&mu_);
    closed_ = true;
    cv_.SignalAll();
  }
  // Waits until `deadline` for a message. kClosed only once the queue is drained.
  Pop Next(Clock::time_point deadline, Json* out) LOCKS_EXCLUDED(mu_) {
    base::MutexLock lock(&mu_);
    while (queue_.empty() && !closed_) {
      if (!cv_.WaitUntil(deadline) && queue_.empty()) return closed_ ? Pop::kClosed : Pop::kTimeout;
    }
    if (queue_.empty()) return Pop::kClosed;
    *out = std::move(queue_.front());
    queue_.pop_front();
    return Pop::kMessage;
  }

 private:
  base::Mutex mu_;
  base::CondVar cv_{&mu_};
  std::deque<Json> queue_ GUARDED_BY(mu_);
  bool closed_ GUARDED_BY(mu_) = false;
};

struct FdCloser {
  void operator()(const int* fd) const {
    if (*fd >= 0) ::close(*fd);
    delete fd;
  }
};

}  // namespace

// The browser process and the message routing. Thread-safe; see Browser.
// Lock order: mu_ before an Inbox's own mutex is never needed (inboxes are
// copied out of the maps under mu_ and pushed to after it is released);
// write_mu_ is taken alone.
class Browser::Impl {
 public:
  explicit Impl(BrowserOptions options) : options_(std::move(options)), free_tabs_(options_.tabs) {}
  ~Impl();
  Impl(const Impl&) = delete;
  Impl& operator=(const Impl&) = delete;

  Status Start();

  // Sends `method` (to `session` when non-empty); its reply goes to
  // `reply_to`. Returns the message id, or -1 when the browser is gone.
  std::int64_t Send(const std::string& method, Json params, const std::string& session,
                    const std::shared_ptr<Inbox>& reply_to) LOCKS_EXCLUDED(mu_, write_mu_);
  // Sends and waits for the reply; other messages arriving meanwhile go to
  // `on_other` (when set).
  Result<Json> Call(const std::shared_ptr<Inbox>& inbox, const std::string& method, Json params,
                    const std::string& session, Clock::time_point deadline,
                    const std::function<void(const Json&)>& on_other);

  void RouteSession(const std::string& session, std::shared_ptr<Inbox> inbox) LOCKS_EXCLUDED(mu_);
  void RouteTarget(const std::string& target, std::shared_ptr<Inbox> inbox) LOCKS_EXCLUDED(mu_);
  // Forgets every route and pending reply that leads to `inbox`.
  void Unroute(const std::shared_ptr<Inbox>& inbox) LOCKS_EXCLUDED(mu_);

  // Waits for a free tab; false when the browser died meanwhile.
  bool AcquireTab() LOCKS_EXCLUDED(mu_);
  void ReleaseTab() LOCKS_EXCLUDED(mu_);

  // Why the browser is unusable; ok while it runs.
  Status DeathStatus() LOCKS_EXCLUDED(mu_);

  const BrowserOptions& options() const { return options_; }
  int pid() const { return static_cast<int>(pid_); }

 private:
  void ReadLoop();
  void Dispatch(std::string_view text) LOCKS_EXCLUDED(mu_);
  void Die(std::string why) LOCKS_EXCLUDED(mu_);
  std::string StderrTail() const;

  // Constant after Start().
  const BrowserOptions options_;
  pid_t pid_ = -1;
  int to_browser_ = -1;    // our end of the browser's fd 3
  int from_browser_ = -1;  // our end of the browser's fd 4
  int wake_read_ = -1, wake_write_ = -1;  // stops the reader
  // Readable once the browser process exits (Linux >= 5.3; -1 without). The
  // reader watches it too: a helper process that inherited the pipe may keep
  // it open for a while after the browser died.
  int pidfd_ = -1;
  std::string profile_dir_;
  std::thread reader_;

  base::Mutex write_mu_;  // one message at a time on to_browser_
  base::Mutex mu_;
  base::CondVar tab_cv_{&mu_};
  std::int64_t next_id_ GUARDED_BY(mu_) = 1;
  std::map<std::int64_t, std::shared_ptr<Inbox>> replies_ GUARDED_BY(mu_);
  std::map<std::string, std::shared_ptr<Inbox>> sessions_ GUARDED_BY(mu_);
  // Target id (== its main frame id) -> inbox, for browser-level events:
  // popups (openerId), downloads (frameId), crashes.
  std::map<std::string, std::shared_ptr<Inbox>> targets_ GUARDED_BY(mu_);
  int free_tabs_ GUARDED_BY(mu_);
  std::string death_ GUARDED_BY(mu_);  // non-empty once the browser is gone
};

Status Browser::Impl::Start() {
  const std::string& bin = options_.chromium;
  if (!Available(bin)) return Status::NotFound(bin + ": no executable chromium there");

  char tmpl[] = "/tmp/lantian-chromium-XXXXXX";
  if (::mkdtemp(tmpl) == nullptr) {
    return Status::IoError(std::string("mkdtemp /tmp/lantian-chromium-XXXXXX: ") + std::strerror(errno));
  }
  profile_dir_ = tmpl;

  // Socket pairs rather than pipes: a write to a dead browser then fails with
  // EPIPE under MSG_NOSIGNAL instead of raising SIGPIPE in the caller.
  int cmd[2], evt[2], wake[2];
  if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, cmd) != 0 ||
      ::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, evt) != 0 ||
      ::pipe2(wake, O_CLOEXEC) != 0) {
    return Status::IoError(bin + ": socketpair: " + std::strerror(errno));
  }
  to_browser_ = cmd[0];
  from_browser_ = evt[0];
  wake_read_ = wake[0];
  wake_write_ = wake[1];
  const int null_fd = ::open("/dev/null", O_RDWR | O_CLOEXEC);
  const std::string log_path = profile_dir_ + "/stderr.log";
  const int log_fd = ::open(log_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
  int exec_status[2];
  if (null_fd < 0 || log_fd < 0 || ::pipe2(exec_status, O_CLOEXEC) != 0) {
    return Status::IoError(bin + ": opening /dev/null or " + log_path + ": " + std::strerror(errno));
  }

  std::vector<std::string> args = {
      bin,
      "--headless",
      "--remote-debugging-pipe",
      "--user-data-dir=" + profile_dir_,
      "--no-first-run",
      "--no-default-browser-check",
      "--disable-gpu",
      "--disable-dev-shm-usage",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--disable-extensions",
      "--disable-default-apps",
      "--mute-audio",
      "--hide-scrollbars",
      // Every tab of the pool renders as if in front: a background tab's
      // timers would be throttled to one a second and its page would look
      // settled while its script still works.
      "--disable-background-timer-throttling",
      "--disable-renderer-backgrounding",
      "--disable-backgrounding-occluded-windows",
      // All frames in one renderer per tab, so the tab's Fetch interception
      // sees iframe requests too (an out-of-process iframe has its own
      // target), and fewer processes (RSS).
      "--disable-site-isolation-trials",
      "--disable-features=IsolateOrigins,site-per-process,Translate,MediaRouter,OptimizationHints",
      // Whatever escapes interception (websockets, service workers) fails:
      // nothing listens on port 9, loopback goes through the proxy too, and
      // no name resolves.
      "--proxy-server=http://127.0.0.1:9",
      "--proxy-bypass-list=<-loopback>",
      "--host-resolver-rules=MAP * ~NOTFOUND",
      "--window-size=" + std::to_string(options_.viewport_width) + "," +
          std::to_string(options_.viewport_height),
  };
  // Chromium refuses to run as root with its sandbox (containers, CI).
  if (::geteuid() == 0) args.push_back("--no-sandbox");
  if (!options_.user_agent.empty()) args.push_back("--user-agent=" + options_.user_agent);
  for (const std::string& a : options_.extra_args) args.push_back(a);
  args.push_back("about:blank");
  std::vector<char*> argv;
  for (std::string& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);

  pid_ = ::fork();
  if (pid_ < 0) return Status::IoError(bin + ": fork: " + std::strerror(errno));
  if (pid_ == 0) {
    // Child: only async-signal-safe calls until execve.
    ::setpgid(0, 0);  // its helpers share the group, so the destructor reaches them all
    int fd3 = ::fcntl(cmd[1], F_DUPFD, 10);
    int fd4 = ::fcntl(evt[1], F_DUPFD, 10);
    int status_fd = ::fcntl(exec_status[1], F_DUPFD_CLOEXEC, 10);
    ::dup2(null_fd, 0);
    ::dup2(null_fd, 1);
    ::dup2(log_fd, 2);
    ::dup2(fd3, 3);
    ::dup2(fd4, 4);
    ::dup2(status_fd, 5);
    ::fcntl(5, F_SETFD, FD_CLOEXEC);
    ::syscall(SYS_close_range, 6u, ~0u, 0u);
    ::execve(bin.c_str(), argv.data(), environ);
    const int err = errno;
    ssize_t ignored = ::write(5, &err, sizeof err);
    (void)ignored;  // the parent sees EOF and reports a generic failure
    ::_exit(127);
  }
  ::close(cmd[1]);
  ::close(evt[1]);
  ::close(null_fd);
  ::close(log_fd);
  ::close(exec_status[1]);
  int exec_errno = 0;
  ssize_t n;
  do n = ::read(exec_status[0], &exec_errno, sizeof exec_errno);
  while (n < 0 && errno == EINTR);
  ::close(exec_status[0]);
  if (n == static_cast<ssize_t>(sizeof exec_errno)) {
    return Status::IoError(bin + ": exec failed: " + std::strerror(exec_errno));
  }

  pidfd_ = static_cast<int>(::syscall(SYS_pidfd_open, pid_, 0));
  reader_ = std::thread([this] { ReadLoop(); });

  auto inbox = std::make_shared<Inbox>();
  const auto deadline = Clock::now() + kStartupTimeout;
  Result<Json> version = Call(inbox, "Browser.getVersion", Json::object(), "", deadline, nullptr);
  if (!version.ok()) return version.status().WithContext(bin + ": did not start");
  // Downloads are refused, but reported as events (Browser.downloadWillBegin).
  Result<Json> r = Call(inbox, "Browser.setDownloadBehavior", {{"behavior", "deny"}, {"eventsEnabled", true}},
                        "", deadline, nullptr);
  if (!r.ok()) return r.status().WithContext(bin);
  // Target.targetCreated for popups (their openerId names our tab).
  r = Call(inbox, "Target.setDiscoverTargets", {{"discover", true}}, "", deadline, nullptr);
  if (!r.ok()) return r.status().WithContext(bin);
  Unroute(inbox);
  return Status::Ok();
}

Browser::Impl::~Impl() {
  if (pid_ > 0) {
    ::kill(-pid_, SIGTERM);
    ::kill(pid_, SIGTERM);
    bool reaped = false;
    // Waits for the exit without sleeping: a pidfd turns readable when the
    // process ends (Linux >= 5.3). Without one, SIGKILL at once.
    if (pidfd_ >= 0) {
      pollfd p{pidfd_, POLLIN, 0};
      const int ms = static_cast<int>(std::chrono::milliseconds(kTermGrace).count());
      int rc;
      do rc = ::poll(&p, 1, ms);
      while (rc < 0 && errno == EINTR);
      reaped = rc > 0 && ::waitpid(pid_, nullptr, WNOHANG) == pid_;
    }
    if (!reaped) {
      ::kill(-pid_, SIGKILL);
      ::kill(pid_, SIGKILL);
      while (::waitpid(pid_, nullptr, 0) < 0 && errno == EINTR) {
      }
    }
    ::kill(-pid_, SIGKILL);  // helpers that outlived the browser
  }
  if (reader_.joinable()) {
    const char byte = 0;
    ssize_t ignored = ::write(wake_write_, &byte, 1);
    (void)ignored;  // the reader also stops at EOF, which the kill above brings
    reader_.join();
  }
  for (int fd : {to_browser_, from_browser_, wake_read_, wake_write_, pidfd_}) {
    if (fd >= 0) ::close(fd);
  }
  if (!profile_dir_.empty()) {
    std::error_code ec;
    std::filesystem::remove_all(profile_dir_, ec);  // best effort: a leftover temp dir harms nothing
  }
}

std::string Browser::Impl::StderrTail() const {
  std::ifstream in(profile_dir_ + "/stderr.log", std::ios::binary);
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  while (!text.empty() && (text.back() == '\n' || text.back() == '\r')) text.pop_back();
  const std::size_t nl = text.rfind('\n');
  if (nl != std::string::npos) text = text.substr(nl + 1);
  return OneLine(text, 300);
}

void Browser::Impl::Die(std::string why) {
  std::vector<std::shared_ptr<Inbox>> all;
  {
    base::MutexLock lock(&mu_);
    if (!death_.empty()) return;
    // Peek at the exit without reaping (WNOWAIT): the destructor reaps, so
    // it never signals a pid the system may have reused.
    siginfo_t info;
    std::memset(&info, 0, sizeof info);
    if (::waitid(P_PID, static_cast<id_t>(pid_), &info, WEXITED | WNOHANG | WNOWAIT) == 0 &&
        info.si_pid == pid_) {
      if (info.si_code == CLD_EXITED) why += " (exit code " + std::to_string(info.si_status) + ")";
      if (info.si_code == CLD_KILLED || info.si_code == CLD_DUMPED) {
        why += " (signal " + std::to_string(info.si_status) + ")";
      }
    }
    const std::string tail = StderrTail();
    if (!tail.empty()) why += "; last stderr line: " + tail;
    death_ = options_.chromium + " (pid " + std::to_string(pid_) + ") " + why;
    for (auto& [id, inbox] : replies_) all.push_back(inbox);
    for (auto& [id, inbox] : sessions_) all.push_back(inbox);
    for (auto& [id, inbox] : targets_) all.push_back(inbox);
    tab_cv_.SignalAll();
  }
  for (auto& inbox : all) inbox->Close();
}

void Browser::Impl::ReadLoop() {
  std::string buffer;
  char chunk[65536];
  for (;;) {
    // A negative fd (no pidfd) is skipped by poll().
    pollfd fds[3] = {{from_browser_, POLLIN, 0}, {wake_read_, POLLIN, 0}, {pidfd_, POLLIN, 0}};
    const int rc = ::poll(fds, 3, -1);
    if (rc < 0 && errno == EINTR) continue;
    if (rc < 0) return Die(std::string("poll failed: ") + std::strerror(errno));
    if (fds[1].revents != 0) return Die("closed by its owner");
    if (fds[2].revents != 0) return Die("exited or closed its DevTools pipe");
    if (fds[0].revents == 0) continue;
    const ssize_t n = ::read(from_browser_, chunk, sizeof chunk);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return Die("exited or closed its DevTools pipe");
    buffer.append(chunk, static_cast<std::size_t>(n));
    std::size_t start = 0;
    for (std::size_t end; (end = buffer.find('\0', start)) != std::string::npos; start = end + 1) {
      Dispatch(std::string_view(buffer).substr(start, end - start));
    }
    buffer.erase(0, start);
  }
}

void Browser::Impl::Dispatch(std::string_view text) {
  Json message = Json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (!message.is_object()) return;  // not CDP; nothing to route it to
  std::shared_ptr<Inbox> to;
  {
    base::MutexLock lock(&mu_);
    if (auto id = message.find("id"); id != message.end() && id->is_number_integer()) {
      if (auto it = replies_.find(id->get<std::int64_t>()); it != replies_.end()) {
        to = std::move(it->second);
        replies_.erase(it);
      }
    } else if (auto sid = message.find("sessionId"); sid != message.end() && sid->is_string()) {
      if (auto it = sessions_.find(sid->get<std::string>()); it != sessions_.end()) to = it->second;
    } else if (auto params = message.find("params"); params != message.end() && params->is_object()) {
      // Browser-level events: route by the tab they concern.
      std::string target;
      if (auto info = params->find("targetInfo"); info != params->end() && info->is_object()) {
        target = info->value("openerId", "");
      } else {
        target = params->value("frameId", params->value("targetId", ""));
      }
      if (auto it = targets_.find(target); it != targets_.end()) to = it->second;
      // A download from an iframe names the iframe, not the tab: with one
      // tab busy it can only be that tab's.
      if (!to && message.value("method", "") == "Browser.downloadWillBegin" && targets_.size() == 1) {
        to = targets_.begin()->second;
      }
    }
  }
  if (to) to->Push(std::move(message));
}

std::int64_t Browser::Impl::Send(const std::string& method, Json params, const std::string& session,
                                 const std::shared_ptr<Inbox>& reply_to) {
  std::int64_t id;
  {
    base::MutexLock lock(&mu_);
    if (!death_.empty()) return -1;
    id = next_id_++;
    replies_[id] = reply_to;
  }
  Json message = {{"id", id}, {"method", method}, {"params", std::move(params)}};
  if (!session.empty()) message["sessionId"] = session;
  std::string text = Dump(message);
  text.push_back('\0');
  bool failed = false;
  {
    base::MutexLock lock(&write_mu_);
    for (std::size_t off = 0; off < text.size();) {
      const ssize_t n = ::send(to_browser_, text.data() + off, text.size() - off, MSG_NOSIGNAL);
      if (n < 0 && errno == EINTR) continue;
      if (n <= 0) {
        failed = true;
        break;
      }
      off += static_cast<std::size_t>(n);
    }
  }
  if (failed) {
    Die("stopped reading its DevTools pipe");
    return -1;
  }
  return id;
}

Result<Json> Browser::Impl::Call(const std::shared_ptr<Inbox>& inbox, const std::string& method,
                                 Json params, const std::string& session, Clock::time_point deadline,
                                 const std::function<void(const Json&)>& on_other) {
  const std::int64_t id = Send(method, std::move(params), session, inbox);
  if (id < 0) return DeathStatus().WithContext(method);
  for (;;) {
    Json message;
    switch (inbox->Next(deadline, &message)) {
      case Inbox::Pop::kMessage:
        break;
      case Inbox::Pop::kTimeout:
        return Status::Unavailable(method + ": no reply from " + options_.chromium + " in time");
      case Inbox::Pop::kClosed:
        return DeathStatus().WithContext(method);
    }
    if (auto it = message.find("id"); it != message.end() && *it == id) {
      if (auto err = message.find("error"); err != message.end() && err->is_object()) {
        return Status::Internal(method + ": " + OneLine(err->value("message", "error")));
      }
      return message.value("result", Json::object());
    }
    if (on_other) on_other(message);
  }
}

void Browser::Impl::RouteSession(const std::string& session, std::shared_ptr<Inbox> inbox) {
  base::MutexLock lock(&mu_);
  sessions_[session] = std::move(inbox);
}

void Browser::Impl::RouteTarget(const std::string& target, std::shared_ptr<Inbox> inbox) {
  base::MutexLock lock(&mu_);
  targets_[target] = std::move(inbox);
}

void Browser::Impl::Unroute(const std::shared_ptr<Inbox>& inbox) {
  base::MutexLock lock(&mu_);
  std::erase_if(replies_, [&](const auto& kv) { return kv.second == inbox; });
  std::erase_if(sessions_, [&](const auto& kv) { return kv.second == inbox; });
  std::erase_if(targets_, [&](const auto& kv) { return kv.second == inbox; });
}

bool Browser::Impl::AcquireTab() {
  base::MutexLock lock(&mu_);
  while (free_tabs_ <= 0 && death_.empty()) tab_cv_.Wait();
  if (!death_.empty()) return false;
  --free_tabs_;
  return true;
}

void Browser::Impl::ReleaseTab() {
  base::MutexLock lock(&mu_);
  ++free_tabs_;
  tab_cv_.Signal();
}

Status Browser::Impl::DeathStatus() {
  base::MutexLock lock(&mu_);
  if (death_.empty()) return Status::Ok();
  return Status::Unavailable(death_);
}

namespace {

// One Render() call: its tab, its requests in flight at the loader, and what
// it found. Single-thread (the Render() caller's).
class PageRun {
 public:
  PageRun(Browser::Impl& browser, ResourceLoader& loader, const RenderOptions& options,
          std::string url)
      : browser_(browser), loader_(loader), options_(options), url_(std::move(url)),
        inbox_(std::make_shared<Inbox>()) {}
  ~PageRun() { browser_.Unroute(inbox_); }
  PageRun(const PageRun&) = delete;
  PageRun& operator=(const PageRun&) = delete;

  Result<RenderResult> Run();

 private:
  Result<Json> Call(const std::string& method, Json params, Clock::time_point deadline) {
    return browser_.Call(inbox_, method, std::move(params), session_, deadline,
                         [this](const Json& m) { Handle(m); });
  }
  void Send(const std::string& method, Json params) {
    (void)browser_.Send(method, std::move(params), session_, inbox_);  // a dead browser shows at the next Call
  }
  void Note(std::string line) { result_.notes.push_back(std::move(line)); }
  void Handle(const Json& message);
  void HandleEvent(const std::string& method, const Json& params);
  void OnRequestPaused(const Json& params);
  void Answer(std::uint64_t id, PageResponse response);
  void Fail(const std::string& request_id, const char* reason) {
    Send("Fetch.failRequest", {{"requestId", request_id}, {"errorReason", reason}});
  }
  Status Open(Clock::time_point deadline);
  void Load(Clock::time_point deadline);
  void Finish(Clock::time_point deadline);
  Status Close();

  struct Pending {
    std::string request_id;  // Chrome's
    std::string url;
  };

  Browser::Impl& browser_;
  ResourceLoader& loader_;
  const RenderOptions& options_;
  const std::string url_;
  const std::shared_ptr<Inbox> inbox_;
  std::string target_id_, session_;
  RenderResult result_;
  std::map<std::uint64_t, Pending> pending_;
  std::uint64_t next_request_ = 1;
  std::int64_t navigate_id_ = -1;
  bool loaded_ = false;
  bool taken_ = false;  // the DOM is being taken: new requests are refused
  Clock::time_point last_activity_ = Clock::now();
  int over_cap_ = 0, after_taken_ = 0;
  std::set<std::string> downloads_, popups_;
  std::string crashed_;
};

Result<RenderResult> PageRun::Run() {
  const auto start = Clock::now();
  const auto load_deadline = start + options_.page_timeout;
  LANTIAN_RETURN_IF_ERROR(Open(load_deadline));
  Load(load_deadline);
  if (Status dead = browser_.DeathStatus(); !dead.ok()) {
    return dead.WithContext("rendering " + url_);
  }
  Finish(std::max(Clock::now(), load_deadline) + kFinishBudget);
  const Status closed = Close();
  if (!crashed_.empty()) return Status::Unavailable("rendering " + url_ + ": tab crashed (" + crashed_ + ")");
  if (Status dead = browser_.DeathStatus(); !dead.ok()) return dead.WithContext("rendering " + url_);
  // A tab that would not close is the browser's problem, not the page's.
  if (!closed.ok()) Note("tab not closed: " + closed.message());
  return std::move(result_);
}

Status PageRun::Open(Clock::time_point deadline) {
  const BrowserOptions& bo = browser_.options();
  Result<Json> created = Call("Target.createTarget", {{"url", "about:blank"}, {"background", false}}, deadline);
  if (!created.ok()) return created.status().WithContext("rendering " + url_);
  target_id_ = created->value("targetId", "");
  browser_.RouteTarget(target_id_, inbox_);
  Result<Json> attached =
      Call("Target.attachToTarget", {{"targetId", target_id_}, {"flatten", true}}, deadline);
  if (!attached.ok()) return attached.status().WithContext("rendering " + url_);
  // Route the session before using it: its events start with the first command.
  const std::string session = attached->value("sessionId", "");
  browser_.RouteSession(session, inbox_);
  session_ = session;
  const std::pair<const char*, Json> setup[] = {
      {"Page.enable", Json::object()},
      {"Fetch.enable",
       {{"patterns", Json::array({{{"urlPattern", "*"}, {"requestStage", "Request"}}})}}},
      {"Emulation.setDeviceMetricsOverride",
       {{"width", bo.viewport_width}, {"height", bo.viewport_height}, {"deviceScaleFactor", 1},
        {"mobile", false}}},
      // Every tab acts focused and in front, so its timers run at full speed
      // while other tabs of the pool render (with the launch switches above).
      {"Emulation.setFocusEmulationEnabled", {{"enabled", true}}},
  };
  for (const auto& [method, params] : setup) {
    Result<Json> r = Call(method, params, deadline);
    if (!r.ok()) return r.status().WithContext("rendering " + url_);
  }
  return Status::Ok();
}

void PageRun::Load(Clock::time_point deadline) {
  navigate_id_ = browser_.Send("Page.navigate", {{"url", url_}}, session_, inbox_);
  if (navigate_id_ < 0) return;
  last_activity_ = Clock::now();
  for (;;) {
    const auto now = Clock::now();
    if (!crashed_.empty() || !browser_.DeathStatus().ok()) return;
    if (loaded_ && pending_.empty() && now - last_activity_ >= options_.settle) return;
    if (now >= deadline) {
      result_.timed_out = true;
      Note("load did not finish in " + Seconds(options_.page_timeout) + "; DOM taken as it was");
      return;
    }
    // With requests at the loader, alternate short waits on both sides.
    const auto wait = pending_.empty() ? std::chrono::milliseconds(50) : std::chrono::milliseconds(5);
    Json message;
    for (auto until = std::min(deadline, now + wait);
         inbox_->Next(until, &message) == Inbox::Pop::kMessage; until = Clock::now()) {
      Handle(message);
    }
    if (!pending_.empty()) {
      for (auto& [id, response] : loader_.Poll(std::chrono::milliseconds(5))) {
        Answer(id, std::move(response));
      }
    }
  }
}

void PageRun::Handle(const Json& message) {
  try {
    if (auto id = message.find("id"); id != message.end()) {
      if (*id == navigate_id_) {
        const Json result = message.value("result", Json::object());
        const std::string error = result.value("errorText", "");
        if (!error.empty()) Note("navigation failed: " + url_ + ": " + error);
      }
      return;  // replies to fire-and-forget commands
    }
    HandleEvent(message.value("method", ""), message.value("params", Json::object()));
  } catch (const Json::exception& e) {
    // A message of an unexpected shape (a protocol change): keep going, say so.
    Note(std::string("unexpected DevTools message: ") + e.what());
  }
}

void PageRun::HandleEvent(const std::string& method, const Json& params) {
  if (method == "Fetch.requestPaused") {
    OnRequestPaused(params);
  } else if (method == "Page.frameStartedLoading") {
    if (params.value("frameId", "") == target_id_) loaded_ = false;
  } else if (method == "Page.loadEventFired" ||
             (method == "Page.frameStoppedLoading" && params.value("frameId", "") == target_id_)) {
    loaded_ = true;
    last_activity_ = Clock::now();
  } else if (method == "Page.javascriptDialogOpening") {
    // Nobody is there to click; a dismissed dialog lets the script go on.
    Send("Page.handleJavaScriptDialog", {{"accept", false}});
    Note("dialog dismissed: " + params.value("type", "dialog") + ": " +
         OneLine(params.value("message", "")));
  } else if (method == "Page.downloadWillBegin" || method == "Browser.downloadWillBegin") {
    const std::string url = params.value("url", "");
    if (downloads_.insert(url).second) Note("download refused: " + url);
  } else if (method == "Page.windowOpen") {
    const std::string url = params.value("url", "");
    if (popups_.insert(url).second) Note("popup not followed: " + url);
  } else if (method == "Target.targetCreated") {
    // A popup of our tab (routed here by its openerId): close it unloaded;
    // it has no Fetch interception, so it must not run.
    const Json info = params.value("targetInfo", Json::object());
    const std::string url = info.value("url", "");
    if (popups_.empty() && popups_.insert(url).second) Note("popup not followed: " + url);
    (void)browser_.Send("Target.closeTarget", {{"targetId", info.value("targetId", "")}}, "", inbox_);
  } else if (method == "Inspector.targetCrashed" ||
             (method == "Target.targetCrashed" && params.value("targetId", "") == target_id_)) {
    crashed_ = params.value("status", "renderer gone");
  }
}

void PageRun::OnRequestPaused(const Json& params) {
  const std::string request_id = params.value("requestId", "");
  const Json request = params.value("request", Json::object());
  const std::string url = request.value("url", "");
  last_activity_ = Clock::now();
  if (taken_) {
    ++after_taken_;
    ++result_.refused;
    return Fail(request_id, "BlockedByClient");
  }
  if (result_.requests >= options_.max_requests) {
    ++over_cap_;
    ++result_.refused;
    return Fail(request_id, "BlockedByClient");
  }
  PageRequest out;
  out.id = next_request_++;
  out.url = url;
  out.method = request.value("method", "GET");
  // A named copy: items() of a temporary would dangle inside the loop.
  const Json headers = request.value("headers", Json::object());
  for (const auto& [name, value] : headers.items()) {
    out.headers.emplace_back(name, value.is_string() ? value.get<std::string>() : value.dump());
  }
  if (auto entries = request.find("postDataEntries"); entries != request.end() && entries->is_array()) {
    for (const Json& entry : *entries) {
      std::string bytes;
      if (Base64Decode(entry.value("bytes", ""), &bytes)) out.post_data += bytes;
    }
  } else {
    out.post_data = request.value("postData", "");
  }
  out.resource_type = params.value("resourceType", "");
  out.navigation = out.resource_type == "Document";
  ++result_.requests;
  pending_[out.id] = {request_id, url};
  loader_.Start(std::move(out));
}

void PageRun::Answer(std::uint64_t id, PageResponse response) {
  auto it = pending_.find(id);
  if (it == pending_.end()) return;  // answered already, or failed at the end
  const Pending p = std::move(it->second);
  pending_.erase(it);
  last_activity_ = Clock::now();
  if (!response.refused.empty()) {
    ++result_.refused;
    Note("refused " + p.url + ": " + OneLine(response.refused));
    return Fail(p.request_id, "BlockedByClient");
  }
  if (response.status < 100 || response.status > 999) {
    ++result_.refused;
    Note("refused " + p.url + ": loader gave HTTP status " + std::to_string(response.status));
    return Fail(p.request_id, "Failed");
  }
  Json headers = Json::array();
  for (const auto& [name, value] : response.headers) {
    std::string lower = name;
    std::transform(lower.begin(), lower.end(), lower.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (lower == "content-encoding" || lower == "transfer-encoding" || lower == "content-length") continue;
    // Chrome refuses the download (setDownloadBehavior deny); say which.
    if (lower == "content-disposition" && value.rfind("attachment", 0) == 0 &&
        downloads_.insert(p.url).second) {
      Note("download refused: " + p.url);
    }
    headers.push_back({{"name", name}, {"value", value}});
  }
  Send("Fetch.fulfillRequest", {{"requestId", p.request_id},
                                {"responseCode", response.status},
                                {"responseHeaders", std::move(headers)},
                                {"body", Base64Encode(response.body)}});
}

// Boxes first read, then written: writing between reads would force a
// layout per element (attribute selectors may match data-* attributes).
constexpr char kAnnotateScript[] = R"JS((() => {
  const max = %MAX%, sx = window.scrollX, sy = window.scrollY, boxes = [];
  for (const el of document.querySelectorAll('*')) {
    if (boxes.length >= max) break;
    const r = el.getBoundingClientRect();
    if (r.width > 0 && r.height > 0) boxes.push([el, Math.round(r.left + sx) + ',' + Math.round(r.top + sy) +
        ',' + Math.round(r.width) + ',' + Math.round(r.height)]);
  }
  for (const [el, box] of boxes) el.setAttribute('data-lantian-box', box);
  return boxes.length;
})())JS";

constexpr char kDomScript[] = R"JS((() => {
  const d = document, dt = d.doctype;
  return {html: (dt ? new XMLSerializer().serializeToString(dt) : '<!DOCTYPE html>') +
                (d.documentElement ? d.documentElement.outerHTML : ''),
          title: d.title, url: location.href};
})())JS";

void PageRun::Finish(Clock::time_point deadline) {
  taken_ = true;
  if (!pending_.empty()) {
    std::string urls;
    int listed = 0;
    for (const auto& [id, p] : pending_) {
      Fail(p.request_id, "TimedOut");
      ++result_.refused;
      if (listed++ < 3) urls += (urls.empty() ? "" : ", ") + p.url;
    }
    Note(std::to_string(pending_.size()) + " requests unanswered when the page was taken, failed: " + urls +
         (pending_.size() > 3 ? ", ..." : ""));
    pending_.clear();
  }
  if (over_cap_ > 0) {
    Note("request cap " + std::to_string(options_.max_requests) + " reached: " + std::to_string(over_cap_) +
         " requests refused");
  }
  auto evaluate = [&](std::string expression) -> Result<Json> {
    Result<Json> r = Call("Runtime.evaluate",
                          {{"expression", std::move(expression)}, {"returnByValue", true}}, deadline);
    if (!r.ok()) return r.status();
    if (auto ex = r->find("exceptionDetails"); ex != r->end()) {
      return Status::Internal("script threw: " + OneLine(ex->value("text", "")));
    }
    return r->value("result", Json::object()).value("value", Json());
  };
  if (options_.annotate_boxes) {
    std::string script = kAnnotateScript;
    script.replace(script.find("%MAX%"), 5, std::to_string(kMaxBoxedElements));
    Result<Json> boxed = evaluate(std::move(script));
    if (!boxed.ok()) {
      Note("element boxes not set: " + boxed.status().message());
    } else if (boxed->is_number() && boxed->get<int>() >= kMaxBoxedElements) {
      Note("element boxes set on the first " + std::to_string(kMaxBoxedElements) + " elements only");
    }
  }
  Result<Json> dom = evaluate(kDomScript);
  if (!dom.ok() || !dom->is_object()) {
    Note("DOM not taken: " + (dom.ok() ? std::string("no document") : dom.status().message()));
  } else {
    result_.dom_html = dom->value("html", "");
    result_.title = dom->value("title", "");
    result_.final_url = dom->value("url", "");
    if (result_.dom_html.size() > options_.max_dom_bytes) {
      const std::size_t full = result_.dom_html.size();
      CutUtf8(&result_.dom_html, options_.max_dom_bytes);
      Note("DOM cut at " + std::to_string(result_.dom_html.size()) + " of " + std::to_string(full) + " bytes");
    }
  }
  auto binary = [&](const char* what, const char* method, Json params, std::string* out) {
    Result<Json> r = Call(method, std::move(params), deadline);
    if (!r.ok() || !Base64Decode(r->value("data", ""), out) || out->empty()) {
      out->clear();
      Note(std::string(what) + " failed: " + (r.ok() ? std::string("no data") : r.status().message()));
    }
  };
  if (options_.screenshot) {
    const BrowserOptions& bo = browser_.options();
    double height = bo.viewport_height;
    if (Result<Json> metrics = Call("Page.getLayoutMetrics", Json::object(), deadline); metrics.ok()) {
      height = std::max(height, metrics->value("cssContentSize", Json::object()).value("height", height));
    }
    const int full = static_cast<int>(std::ceil(height));
    const int capped = std::min(full, options_.max_screenshot_height);
    if (capped < full) {
      Note("screenshot height capped at " + std::to_string(capped) + " px (page is " + std::to_string(full) +
           " px)");
    }
    binary("screenshot", "Page.captureScreenshot",
           {{"format", "png"},
            {"captureBeyondViewport", true},
            {"clip", {{"x", 0}, {"y", 0}, {"width", bo.viewport_width}, {"height", capped}, {"scale", 1}}}},
           &result_.screenshot_png);
  }
  if (options_.pdf) {
    binary("PDF", "Page.printToPDF", {{"printBackground", true}}, &result_.pdf);
  }
  if (after_taken_ > 0) {
    Note(std::to_string(after_taken_) + " requests made after the page was taken refused");
  }
}

Status PageRun::Close() {
  // Closing is asked of the browser, not the tab's session; wait briefly so
  // tabs do not pile up, but never past the finishing budget's end.
  session_.clear();
  Result<Json> r = Call("Target.closeTarget", {{"targetId", target_id_}}, Clock::now() + kFinishBudget / 3);
  return r.status();
}

}  // namespace

bool Browser::Available(const std::string& chromium) {
  struct stat st;
  return ::stat(chromium.c_str(), &st) == 0 && S_ISREG(st.st_mode) && ::access(chromium.c_str(), X_OK) == 0;
}

Result<std::unique_ptr<Browser>> Browser::Launch(BrowserOptions options) {
  if (options.tabs < 1) return Status::InvalidArgument("render: tabs must be >= 1, got " + std::to_string(options.tabs));
  auto impl = std::make_unique<Impl>(std::move(options));
  LANTIAN_RETURN_IF_ERROR(impl->Start());
  return std::unique_ptr<Browser>(new Browser(std::move(impl)));
}

Browser::Browser(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Browser::~Browser() = default;

int Browser::pid() const { return impl_->pid(); }

Result<RenderResult> Browser::Render(const std::string& url, ResourceLoader& loader,
                                     const RenderOptions& options) {
  if (!impl_->AcquireTab()) return impl_->DeathStatus().WithContext("rendering " + url);
  Result<RenderResult> result = PageRun(*impl_, loader, options, url).Run();
  impl_->ReleaseTab();
  return result;
}

}  // namespace lantian::render
