#pragma once

// An annotated mutex, its scoped lock and a condition variable over it.
//
// libstdc++'s std::mutex carries no thread-safety attributes, so GUARDED_BY on
// a std::mutex member is an error under clang -Wthread-safety. base::Mutex is
// a thin, annotated wrapper (after google/leveldb port/port_stdcxx.h and
// util/mutexlock.h):
//
//   base::Mutex mu_;
//   std::deque<Job> jobs_ GUARDED_BY(mu_);
//   base::CondVar cv_{&mu_};
//
//   void Push(Job j) LOCKS_EXCLUDED(mu_) {
//     base::MutexLock lock(&mu_);
//     jobs_.push_back(std::move(j));
//     cv_.Signal();
//   }
//   Job Pop() LOCKS_EXCLUDED(mu_) {
//     base::MutexLock lock(&mu_);
//     while (jobs_.empty()) cv_.Wait();
//     ...
//   }

#include <chrono>
#include <condition_variable>
#include <mutex>

#include "base/thread_annotations.h"

namespace lantian::base {

class CondVar;

// A non-recursive mutual-exclusion lock. Thread-safe; neither copyable nor
// movable.
class CAPABILITY("mutex") Mutex {
 public:
  Mutex() = default;
  Mutex(const Mutex&) = delete;
  Mutex& operator=(const Mutex&) = delete;

  void Lock() EXCLUSIVE_LOCK_FUNCTION() { mu_.lock(); }
  void Unlock() UNLOCK_FUNCTION() { mu_.unlock(); }
  // Tells the analysis the caller holds the lock (no runtime check).
  void AssertHeld() ASSERT_EXCLUSIVE_LOCK() {}

 private:
  friend class CondVar;
  std::mutex mu_;
};

// Holds a Mutex for the lifetime of the scope. Neither copyable nor movable.
class SCOPED_CAPABILITY MutexLock {
 public:
  explicit MutexLock(Mutex* mu) EXCLUSIVE_LOCK_FUNCTION(mu) : mu_(mu) { mu_->Lock(); }
  ~MutexLock() UNLOCK_FUNCTION() { mu_->Unlock(); }
  MutexLock(const MutexLock&) = delete;
  MutexLock& operator=(const MutexLock&) = delete;

 private:
  Mutex* const mu_;
};

// A condition variable bound to one Mutex, which callers of Wait*() must
// hold. (Not annotated: clang cannot tie the CondVar's pointer to the
// caller's member, as leveldb's port::CondVar notes.) Thread-safe; neither
// copyable nor movable.
class CondVar {
 public:
  explicit CondVar(Mutex* mu) : mu_(mu) {}
  CondVar(const CondVar&) = delete;
  CondVar& operator=(const CondVar&) = delete;

  // Atomically releases the mutex and waits; holds it again on return.
  // Spurious wake-ups happen: wait in a loop over the condition.
  void Wait() {
    std::unique_lock<std::mutex> lock(mu_->mu_, std::adopt_lock);
    cv_.wait(lock);
    lock.release();
  }
  // As Wait(), for at most `timeout`. Returns false when it timed out.
  template <typename Rep, typename Period>
  bool WaitFor(std::chrono::duration<Rep, Period> timeout) {
    std::unique_lock<std::mutex> lock(mu_->mu_, std::adopt_lock);
    const bool signalled = cv_.wait_for(lock, timeout) == std::cv_status::no_timeout;
    lock.release();
    return signalled;
  }
  // As Wait(), until `deadline`. Returns false when it timed out.
  template <typename Clock, typename Duration>
  bool WaitUntil(std::chrono::time_point<Clock, Duration> deadline) {
    std::unique_lock<std::mutex> lock(mu_->mu_, std::adopt_lock);
    const bool signalled = cv_.wait_until(lock, deadline) == std::cv_status::no_timeout;
    lock.release();
    return signalled;
  }
  void Signal() { cv_.notify_one(); }
  void SignalAll() { cv_.notify_all(); }

 private:
  Mutex* const mu_;
  std::condition_variable cv_;
};

}  // namespace lantian::base
