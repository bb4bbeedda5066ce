// Padding for `Add-Padding: true` range responses (shared/spec/hibp-compat.md),
// private to src/api/. What must stay secret is the size of the real bucket,
// so the NUMBER of fake lines is drawn from libsodium's CSPRNG for every
// response (PaddingLinesFor). The fake lines themselves ("\r\nSUFFIX:0") carry
// no secret: they are cut from a pool of pre-generated text (suffixes from the
// same CSPRNG) at a CSPRNG-chosen line, sent without a copy (Share: the
// response's body_tail), and the pool is rebuilt from fresh random bytes after
// a number of uses (docs/decisions.md, "Padding from a pool").
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

#include "api/handler.h"

namespace leakwatch::api {

// A uniform draw from [0, upper) (0 when upper < 2), without modulo bias, from
// CSPRNG bytes made 4 KiB at a time per thread: libsodium's ChaCha20 under a
// fresh 32-byte key from the system CSPRNG (randombytes_buf = getrandom(2);
// one system call per ~1,000 draws instead of one per draw). Each byte is used
// once and wiped when used; a child drops its copy after fork(). Thread-safe
// (per-thread state).
std::uint32_t SecureUniform(std::uint32_t upper);

// Fake lines for a response of `real_lines`: up to 800 lines in total, plus
// 0-200 more, uniform (SecureUniform). Thread-safe.
std::size_t PaddingLinesFor(std::size_t real_lines);

// A block of pre-generated fake range lines, each "\r\n" + `suffix_chars`
// upper-case hex digits from the CSPRNG (as SecureUniform's) + ":0".
//
// Thread safety: none; one pool per thread (ThreadPaddingPool) so the hot path
// takes no lock and touches no shared cache line.
class PaddingPool {
 public:
  struct Options {
    std::size_t lines = 4096;    // lines in the pool (the most one slice takes)
    std::uint64_t uses = 10000;  // Append calls before the pool is rebuilt
  };

  // REQUIRES: suffix_chars >= 1; lines and uses below 1 count as 1.
  // Builds the pool (one system call for all its random bytes).
  PaddingPool(std::size_t suffix_chars, Options options);
  explicit PaddingPool(std::size_t suffix_chars) : PaddingPool(suffix_chars, Options()) {}

  // Appends `count` fake lines to `*body`: consecutive whole lines of the pool
  // starting at a line chosen by SecureUniform (several slices if count > the pool's
  // lines), without the leading CRLF when `*body` is empty, so the result is
  // CRLF-separated with no trailing CRLF. One memcpy per slice, no fill.
  // Counts as one use; the pool is rebuilt first once it has served `uses`.
  void Append(std::size_t count, std::string* body);

  // The same lines as Append for `count` <= lines(), not copied: a view of one
  // slice of the pool text that shares ownership of it, so the bytes stay valid
  // (and unchanged) after the pool is rebuilt, for as long as the result or a
  // copy of it lives. Without the leading CRLF when `first_in_body`. Counts as
  // one use. REQUIRES: 1 <= count <= lines().
  SharedBytes Share(std::size_t count, bool first_in_body);

  std::size_t suffix_chars() const { return suffix_chars_; }
  std::size_t line_bytes() const { return line_bytes_; }  // suffix_chars + 4
  // The pool text: lines() lines of line_bytes(), each starting with CRLF.
  // Replaced (not overwritten) when the pool is rebuilt.
  const std::string& text() const { return *text_; }
  std::size_t lines() const { return options_.lines; }
  // How many times the pool has been built (1 after construction).
  std::uint64_t generation() const { return generation_; }

 private:
  void Renew();
  // The byte offset in the text of a window of `take` <= lines() whole lines
  // starting at a line drawn by SecureUniform.
  std::size_t UseWindow(std::size_t take);

  std::size_t suffix_chars_;
  std::size_t line_bytes_;
  Options options_;
  std::shared_ptr<const std::string> text_;
  std::uint64_t uses_ = 0;
  std::uint64_t generation_ = 0;
};

// The calling thread's pool for `suffix_chars` (35 for SHA-1, 27 for NTLM;
// other lengths get a pool too), built on first use with the default Options.
// Valid until the thread ends.
PaddingPool& ThreadPaddingPool(std::size_t suffix_chars);

}  // namespace leakwatch::api
