#include "api/hibp_range_padding.h"

#include <pthread.h>
#include <sodium.h>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include <algorithm>
#include <array>
#include <cstring>
#include <memory>
#include <vector>

#include "util/encoding.h"

namespace leakwatch::api {

namespace {

const bool kSodiumReady = sodium_init() >= 0;

constexpr const char* kHexUpper = util::kHexUpperDigits;

// "00" .. "FF": two upper-case hex digits per byte value.
constexpr auto kHexPairs = [] {
  std::array<char, 512> t{};
  for (int b = 0; b < 256; ++b) {
    t[2 * b] = kHexUpper[b >> 4];
    t[2 * b + 1] = kHexUpper[b & 15];
  }
  return t;
}();

#ifdef __SSE2__
// Writes the 32 upper-case hex digits of in[0..16) to out.
inline void HexUpper16(const unsigned char* in, char* out) {
  const __m128i mask = _mm_set1_epi8(0x0f), nine = _mm_set1_epi8(9);
  const __m128i zero_char = _mm_set1_epi8('0'), letter_gap = _mm_set1_epi8('A' - '0' - 10);
  __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(in));
  __m128i hi = _mm_and_si128(_mm_srli_epi16(v, 4), mask);
  __m128i lo = _mm_and_si128(v, mask);
  auto ascii = [&](__m128i n) {
    __m128i letters = _mm_and_si128(_mm_cmpgt_epi8(n, nine), letter_gap);
    return _mm_add_epi8(_mm_add_epi8(n, zero_char), letters);
  };
  __m128i h = ascii(hi), l = ascii(lo);
  _mm_storeu_si128(reinterpret_cast<__m128i*>(out), _mm_unpacklo_epi8(h, l));
  _mm_storeu_si128(reinterpret_cast<__m128i*>(out + 16), _mm_unpackhi_epi8(h, l));
}
#endif

// Writes `chars` upper-case hex digits of in[0..(chars+1)/2) to out.
void HexUpper(const unsigned char* in, std::size_t chars, char* out) {
#ifdef __SSE2__
  for (; chars >= 32; chars -= 32, in += 16, out += 32) HexUpper16(in, out);
#endif
  for (; chars >= 2; chars -= 2, ++in, out += 2) std::memcpy(out, &kHexPairs[2 * *in], 2);
  if (chars) *out = kHexUpper[*in >> 4];
}

// `n` bytes from the system CSPRNG for one getrandom(2) call: a fresh 32-byte
// key from it, expanded by libsodium's ChaCha20 (randombytes_buf_deterministic),
// then wiped. randombytes_buf alone makes one system call per 256 bytes
// (libsodium 1.0.18), and system calls are what a padded response spends most on.
void FillRandom(unsigned char* out, std::size_t n) {
  unsigned char key[randombytes_SEEDBYTES];
  randombytes_buf(key, sizeof key);
  randombytes_buf_deterministic(out, n, key);
  sodium_memzero(key, sizeof key);
}

// CSPRNG bytes for the calling thread, made in blocks.
struct RandomBlock {
  std::array<unsigned char, 4096> bytes;
  std::size_t used = bytes.size();  // empty: filled at first use

  std::uint32_t Next32() {
    if (used + 4 > bytes.size()) {
      FillRandom(bytes.data(), bytes.size());
      used = 0;
    }
    std::uint32_t v;
    std::memcpy(&v, bytes.data() + used, 4);
    sodium_memzero(bytes.data() + used, 4);  // a later memory leak cannot replay it
    used += 4;
    return v;
  }
};

thread_local RandomBlock random_block;

// A child process must not draw what its parent draws next: fork() copies
// only the forking thread, whose block the child drops.
const int kForkHandler = pthread_atfork(nullptr, nullptr, [] {
  sodium_memzero(random_block.bytes.data(), random_block.bytes.size());
  random_block.used = random_block.bytes.size();
});

}  // namespace

std::uint32_t SecureUniform(std::uint32_t upper) {
  (void)kSodiumReady;
  (void)kForkHandler;
  if (upper < 2) return 0;
  // As randombytes_uniform: reject the 2^32 mod upper lowest values.
  const std::uint32_t min = (1U + ~upper) % upper;
  std::uint32_t r;
  do r = random_block.Next32();
  while (r < min);
  return r % upper;
}

std::size_t PaddingLinesFor(std::size_t real_lines) {
  std::size_t extra = SecureUniform(201);  // 0..200, uniform, CSPRNG
  return (real_lines < 800 ? 800 - real_lines : 0) + extra;
}

PaddingPool::PaddingPool(std::size_t suffix_chars, Options options)
    : suffix_chars_(suffix_chars), line_bytes_(suffix_chars + 4), options_(options) {
  options_.lines = std::max<std::size_t>(options_.lines, 1);
  options_.uses = std::max<std::uint64_t>(options_.uses, 1);
  Renew();
}

void PaddingPool::Renew() {
  (void)kSodiumReady;
  // Every line takes its own ceil(suffix_chars / 2) random bytes; all of them
  // come from one key from the system CSPRNG.
  const std::size_t per_line = (suffix_chars_ + 1) / 2;
  std::vector<unsigned char> random(options_.lines * per_line);
  FillRandom(random.data(), random.size());
  // A new string, not the old one refilled: slices handed out by Share may
  // still be on their way to a client.
  auto text = std::make_shared<std::string>(options_.lines * line_bytes_, '\0');
  char* w = text->data();
  for (std::size_t i = 0; i < options_.lines; ++i, w += line_bytes_) {
    w[0] = '\r';
    w[1] = '\n';
    HexUpper(random.data() + i * per_line, suffix_chars_, w + 2);
    w[2 + suffix_chars_] = ':';
    w[3 + suffix_chars_] = '0';
  }
  sodium_memzero(random.data(), random.size());
  text_ = std::move(text);
  uses_ = 0;
  ++generation_;
}

std::size_t PaddingPool::UseWindow(std::size_t take) {
  // Any of the lines() - take + 1 whole-line windows, uniformly.
  auto first = static_cast<std::size_t>(
      SecureUniform(static_cast<std::uint32_t>(options_.lines - take + 1)));
  return first * line_bytes_;
}

void PaddingPool::Append(std::size_t count, std::string* body) {
  if (uses_ >= options_.uses) Renew();
  ++uses_;
  while (count > 0) {
    std::size_t take = std::min(count, options_.lines);
    const char* from = text_->data() + UseWindow(take);
    std::size_t bytes = take * line_bytes_;
    if (body->empty()) {  // the first line of a body has no CRLF before it
      from += 2;
      bytes -= 2;
    }
    body->append(from, bytes);
    count -= take;
  }
}

SharedBytes PaddingPool::Share(std::size_t count, bool first_in_body) {
  if (uses_ >= options_.uses) Renew();
  ++uses_;
  count = std::clamp<std::size_t>(count, 1, options_.lines);
  std::string_view bytes(text_->data() + UseWindow(count), count * line_bytes_);
  if (first_in_body) bytes.remove_prefix(2);
  return SharedBytes{text_, bytes};
}

PaddingPool& ThreadPaddingPool(std::size_t suffix_chars) {
  thread_local std::array<std::unique_ptr<PaddingPool>, 65> pools;
  auto& pool = pools[std::min<std::size_t>(suffix_chars, pools.size() - 1)];
  if (!pool || pool->suffix_chars() != suffix_chars)
    pool = std::make_unique<PaddingPool>(suffix_chars);
  return *pool;
}

}  // namespace leakwatch::api
