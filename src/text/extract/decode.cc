#include "text/extract/decode.h"

#include <iconv.h>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <cstring>
#include <optional>

#include "text/normalize.h"

namespace leakwatch::text {

namespace {

// Converts `in` from `charset` to UTF-8 with iconv; nullopt on any invalid or
// incomplete sequence (strict: no //IGNORE, no transliteration).
std::optional<std::string> Iconv(std::string_view in, const char* charset) {
  iconv_t cd = iconv_open("UTF-8", charset);
  if (cd == reinterpret_cast<iconv_t>(-1)) return std::nullopt;
  std::string out(in.size() * 2 + 16, '\0');
  char* src = const_cast<char*>(in.data());
  size_t src_left = in.size();
  size_t done = 0;
  bool ok = true;
  while (src_left > 0) {
    char* dst = out.data() + done;
    size_t dst_left = out.size() - done;
    size_t r = iconv(cd, &src, &src_left, &dst, &dst_left);
    done = out.size() - dst_left;
    if (r == static_cast<size_t>(-1)) {
      if (errno == E2BIG) {
        out.resize(out.size() * 2);
        continue;
      }
      ok = false;
      break;
    }
  }
  iconv_close(cd);
  if (!ok) return std::nullopt;
  out.resize(done);
  return out;
}

// Number of hiragana, katakana and CJK ideographs in valid UTF-8 `s`.
size_t JapaneseChars(std::string_view s) {
  size_t n = 0, pos = 0;
  while (pos < s.size()) {
    char32_t cp = DecodeUtf8(s, &pos);
    if ((cp >= 0x3040 && cp <= 0x30FF) || (cp >= 0x4E00 && cp <= 0x9FFF)) ++n;
  }
  return n;
}

}  // namespace

bool LooksBinary(std::string_view raw) {
  std::string_view head = raw.substr(0, 64 * 1024);
  if (head.find('\0') != std::string_view::npos) return true;
  // Control characters other than tab, line ends, form feed and ESC (ISO-2022-JP),
  // counted with a byte table (no branch per byte).
  static constexpr auto kControl = [] {
    std::array<uint8_t, 256> t{};
    for (int c = 1; c < 0x20; ++c)
      t[static_cast<size_t>(c)] = c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1B;
    return t;
  }();
  size_t control = 0, i = 0;
#ifdef __SSE2__
  // Sixteen bytes at a time: a block with no byte below 0x20 holds no
  // control character (max(b, 0x20) == b exactly then).
  // (A control character is a byte below 0x20 other than 0 and the five let
  // through, which kControl tells.)
  const __m128i space = _mm_set1_epi8(0x20);
  for (; i + 16 <= head.size(); i += 16) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(head.data() + i));
    const unsigned at_least_space =
        static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(_mm_max_epu8(v, space), v)));
    if (at_least_space == 0xFFFF) continue;
    const __m128i allowed =
        _mm_or_si128(_mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('\t')),
                                               _mm_cmpeq_epi8(v, _mm_set1_epi8('\n'))),
                                  _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('\r')),
                                               _mm_cmpeq_epi8(v, _mm_set1_epi8('\f')))),
                     _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8(0x1B)),
                                  _mm_cmpeq_epi8(v, _mm_setzero_si128())));
    const unsigned not_control = at_least_space | static_cast<unsigned>(_mm_movemask_epi8(allowed));
    control += static_cast<size_t>(std::popcount(~not_control & 0xFFFFu));
  }
#endif
  // Eight bytes at a time: a word with no byte below 0x20 holds no control
  // character ((x - 0x20 per byte) & ~x & 0x80 per byte is 0 exactly then).
  for (; i + 8 <= head.size(); i += 8) {
    uint64_t x;
    std::memcpy(&x, head.data() + i, 8);
    if (((x - 0x2020202020202020ULL) & ~x & 0x8080808080808080ULL) == 0) continue;
    for (size_t j = i; j < i + 8; ++j) control += kControl[static_cast<unsigned char>(head[j])];
  }
  for (; i < head.size(); ++i) control += kControl[static_cast<unsigned char>(head[i])];
  return control * 20 > head.size();
}

std::string SanitizeUtf8(std::string_view s) {
  size_t bad = 0;
  if (IsValidUtf8(s, &bad)) return std::string(s);
  std::string out(s.substr(0, bad));
  size_t pos = bad;
  while (pos < s.size()) {
    size_t start = pos;
    char32_t cp = DecodeUtf8(s, &pos);
    if (cp == 0xFFFD && !(pos - start == 3 && s.substr(start, 3) == "\xEF\xBF\xBD")) {
      AppendUtf8(0xFFFD, &out);
    } else {
      out.append(s.substr(start, pos - start));
    }
  }
  return out;
}

Result<std::string> DecodeToUtf8(std::string_view raw) {
  if (raw.starts_with("\xEF\xBB\xBF")) raw.remove_prefix(3);
  if (raw.find_first_not_of(" \t\r\n\f") == std::string_view::npos) {
    return Status::InvalidArgument("empty input");
  }
  if (raw.starts_with("\xFF\xFE") || raw.starts_with("\xFE\xFF")) {
    return Status::InvalidArgument("UTF-16 input is not supported");
  }
  if (LooksBinary(raw)) return Status::InvalidArgument("binary input, not a text notice");
  if (IsValidUtf8(raw)) return std::string(raw);
  std::optional<std::string> sjis = Iconv(raw, "CP932");
  std::optional<std::string> euc = Iconv(raw, "EUC-JP");
  if (sjis && euc) return JapaneseChars(*euc) > JapaneseChars(*sjis) ? *euc : *sjis;
  if (sjis) return *sjis;
  if (euc) return *euc;
  return SanitizeUtf8(raw);
}

}  // namespace leakwatch::text
