#pragma once

// Clang thread-safety annotations; no-ops on other compilers.
// (after google/leveldb port/thread_annotations.h)
#if defined(__clang__)
#define LANTIAN_THREAD_ANNOTATION(x) __attribute__((x))
#else
#define LANTIAN_THREAD_ANNOTATION(x)
#endif

#define GUARDED_BY(x) LANTIAN_THREAD_ANNOTATION(guarded_by(x))
#define PT_GUARDED_BY(x) LANTIAN_THREAD_ANNOTATION(pt_guarded_by(x))
#define EXCLUSIVE_LOCKS_REQUIRED(...) \
  LANTIAN_THREAD_ANNOTATION(exclusive_locks_required(__VA_ARGS__))
#define LOCKS_EXCLUDED(...) LANTIAN_THREAD_ANNOTATION(locks_excluded(__VA_ARGS__))
#define NO_THREAD_SAFETY_ANALYSIS LANTIAN_THREAD_ANNOTATION(no_thread_safety_analysis)
