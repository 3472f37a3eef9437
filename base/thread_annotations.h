#pragma once

// Clang thread-safety annotations; no-ops on other compilers.
// (after google/leveldb port/thread_annotations.h and abseil's
// absl/base/thread_annotations.h)
//
// Annotate the lock type once (base::Mutex is a CAPABILITY) and the data it
// guards at each member:
//
//   class Counter {
//    public:
//     void Add(int n) LOCKS_EXCLUDED(mu_) { base::MutexLock l(&mu_); total_ += n; }
//    private:
//     base::Mutex mu_;
//     int total_ GUARDED_BY(mu_) = 0;
//   };
//
// `clang++ -Wthread-safety` (cmake -DLANTIAN_THREAD_SAFETY=ON) then rejects
// any access to total_ without mu_ held.
#if defined(__clang__)
#define LANTIAN_THREAD_ANNOTATION(x) __attribute__((x))
#else
#define LANTIAN_THREAD_ANNOTATION(x)
#endif

#define CAPABILITY(x) LANTIAN_THREAD_ANNOTATION(capability(x))
#define SCOPED_CAPABILITY LANTIAN_THREAD_ANNOTATION(scoped_lockable)
#define GUARDED_BY(x) LANTIAN_THREAD_ANNOTATION(guarded_by(x))
#define PT_GUARDED_BY(x) LANTIAN_THREAD_ANNOTATION(pt_guarded_by(x))
#define ACQUIRED_AFTER(...) LANTIAN_THREAD_ANNOTATION(acquired_after(__VA_ARGS__))
#define ACQUIRED_BEFORE(...) LANTIAN_THREAD_ANNOTATION(acquired_before(__VA_ARGS__))
#define EXCLUSIVE_LOCKS_REQUIRED(...) \
  LANTIAN_THREAD_ANNOTATION(exclusive_locks_required(__VA_ARGS__))
#define LOCKS_EXCLUDED(...) LANTIAN_THREAD_ANNOTATION(locks_excluded(__VA_ARGS__))
#define EXCLUSIVE_LOCK_FUNCTION(...) LANTIAN_THREAD_ANNOTATION(acquire_capability(__VA_ARGS__))
#define UNLOCK_FUNCTION(...) LANTIAN_THREAD_ANNOTATION(release_capability(__VA_ARGS__))
#define ASSERT_EXCLUSIVE_LOCK(...) LANTIAN_THREAD_ANNOTATION(assert_capability(__VA_ARGS__))
#define NO_THREAD_SAFETY_ANALYSIS LANTIAN_THREAD_ANNOTATION(no_thread_safety_analysis)
