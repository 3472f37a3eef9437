#pragma once

// NoDestructor<T>: a value constructed once and never destroyed, for
// function-local statics that must outlive every thread still using them at
// exit (compiled regexes, library state). Replaces the "new T, leaked on
// purpose" idiom with a type that says so. (after google/leveldb
// util/no_destructor.h)
//
//   const RE2& Pattern() {
//     static const base::NoDestructor<RE2> re("[0-9]+");
//     return *re;
//   }
//
// Thread-safety: construction is the usual thread-safe static init; the value
// is then as thread-safe as T.

#include <new>
#include <type_traits>
#include <utility>

namespace lantian::base {

template <typename T>
class NoDestructor {
 public:
  template <typename... Args>
  explicit NoDestructor(Args&&... args) {
    new (storage_) T(std::forward<Args>(args)...);
  }
  NoDestructor(const NoDestructor&) = delete;
  NoDestructor& operator=(const NoDestructor&) = delete;
  ~NoDestructor() = default;  // T's destructor deliberately never runs

  T* get() { return std::launder(reinterpret_cast<T*>(storage_)); }
  const T* get() const { return std::launder(reinterpret_cast<const T*>(storage_)); }
  T& operator*() { return *get(); }
  const T& operator*() const { return *get(); }
  T* operator->() { return get(); }
  const T* operator->() const { return get(); }

 private:
  alignas(T) unsigned char storage_[sizeof(T)];
};

}  // namespace lantian::base
