#include "text/normalize.h"

#include <utf8proc.h>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include <array>
#include <bit>
#include <cstdlib>
#include <cstring>
#include <memory>

namespace leakwatch::text {

namespace {

constexpr char32_t kReplacement = 0xFFFD;
constexpr auto kNfkcOptions =
    static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_COMPAT);

// How a code point takes part in per-cluster NFKC. A cluster starts at a
// character whose compatibility decomposition begins with a starter (canonical
// combining class 0); a one-character cluster is copied as it is when NFKC
// leaves that character alone.
struct CharClass {
  bool starts;
  bool identity;
};

// The end of the run of ASCII bytes that starts at s[from] (from itself if
// s[from] is not ASCII; s.size() if the run reaches the end).
size_t AsciiRunEnd(std::string_view s, size_t from) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
#ifdef __SSE2__
  while (s.size() - from >= 16) {
    const unsigned mask = static_cast<unsigned>(
        _mm_movemask_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i*>(p + from))));
    if (mask != 0) return from + static_cast<size_t>(std::countr_zero(mask));
    from += 16;
  }
#endif
  while (from < s.size() && p[from] < 0x80) ++from;
  return from;
}

size_t Utf8Length(char32_t cp) { return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4; }

CharClass Classify(char32_t cp) {
  if (cp < 0x80) return {true, true};
  utf8proc_int32_t buf[8];
  int last_boundclass = 0;
  utf8proc_ssize_t n = utf8proc_decompose_char(
      static_cast<utf8proc_int32_t>(cp), buf, 8,
      static_cast<utf8proc_option_t>(UTF8PROC_DECOMPOSE | UTF8PROC_COMPAT), &last_boundclass);
  utf8proc_int32_t first = n > 0 ? buf[0] : static_cast<utf8proc_int32_t>(cp);
  return {cp < 0x300 || utf8proc_get_property(first)->combining_class == 0,
          n == 1 && buf[0] == static_cast<utf8proc_int32_t>(cp)};
}

// The classes of the Basic Multilingual Plane, and the NFKC of every BMP
// character that starts a cluster but is not left alone (ａ -> a, ｶ -> カ,
// ㈱ -> (株)), computed once: almost every character of a notice is in the BMP,
// and a table lookup is far cheaper than asking utf8proc each time.
class BmpTable {
 public:
  BmpTable() {
    for (char32_t cp = 0; cp < 0x10000; ++cp) {
      CharClass c = Classify(cp);
      flags_[cp] = static_cast<std::uint8_t>((c.starts ? kStarts : 0) | (c.identity ? kSame : 0));
      if (!c.starts || c.identity || (cp >= 0xD800 && cp < 0xE000)) continue;
      std::string utf8;
      AppendUtf8(cp, &utf8);
      utf8proc_uint8_t* mapped = nullptr;
      utf8proc_ssize_t n =
          utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(utf8.data()),
                       static_cast<utf8proc_ssize_t>(utf8.size()), &mapped, kNfkcOptions);
      if (n >= 0 && n < 256) {
        single_[cp] = static_cast<std::uint32_t>(pool_.size()) << 8 | static_cast<std::uint32_t>(n);
        pool_.append(reinterpret_cast<const char*>(mapped), static_cast<size_t>(n));
        flags_[cp] |= kHasSingle;
      }
      std::free(mapped);
    }
  }

  CharClass Class(char32_t cp) const {
    if (cp >= 0x10000) return Classify(cp);
    return {(flags_[cp] & kStarts) != 0, (flags_[cp] & kSame) != 0};
  }

  // True if `cp` (in the BMP) starts a cluster and NFKC leaves it alone.
  bool StartsAlone(char32_t cp) const {
    return (flags_[cp] & (kStarts | kSame)) == (kStarts | kSame);
  }

  // The NFKC of `cp` standing alone, if the table holds it.
  bool Single(char32_t cp, std::string_view* out) const {
    if (cp >= 0x10000 || !(flags_[cp] & kHasSingle)) return false;
    *out = std::string_view(pool_).substr(single_[cp] >> 8, single_[cp] & 0xFF);
    return true;
  }

 private:
  static constexpr std::uint8_t kStarts = 1, kSame = 2, kHasSingle = 4;
  std::array<std::uint8_t, 0x10000> flags_{};
  std::array<std::uint32_t, 0x10000> single_{};  // pool offset << 8 | length
  std::string pool_;
};

const BmpTable& Table() {
  static const auto* table = new BmpTable();  // never destroyed: used until exit
  return *table;
}

// Appends the NFKC of the cluster `bytes` (a starter and the marks after it,
// valid UTF-8 unless `repair`, in which case invalid bytes become U+FFFD).
void NfkcCluster(std::string_view bytes, bool repair, std::string* out) {
  std::string repaired;
  if (repair) {
    for (size_t pos = 0; pos < bytes.size();) AppendUtf8(DecodeUtf8(bytes, &pos), &repaired);
    bytes = repaired;
  }
  utf8proc_int32_t buf[64];
  utf8proc_ssize_t n =
      utf8proc_decompose(reinterpret_cast<const utf8proc_uint8_t*>(bytes.data()),
                         static_cast<utf8proc_ssize_t>(bytes.size()), buf, 64, kNfkcOptions);
  if (n >= 0 && n <= 64) {
    n = utf8proc_normalize_utf32(buf, n, kNfkcOptions);
    if (n >= 0) {
      for (utf8proc_ssize_t i = 0; i < n; ++i) AppendUtf8(static_cast<char32_t>(buf[i]), out);
      return;
    }
  }
  // A long run of marks: let utf8proc allocate.
  utf8proc_uint8_t* result = nullptr;
  n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(bytes.data()),
                   static_cast<utf8proc_ssize_t>(bytes.size()), &result, kNfkcOptions);
  if (n < 0) {
    out->append(bytes);
  } else {
    out->append(reinterpret_cast<const char*>(result), static_cast<size_t>(n));
  }
  std::free(result);
}

// Per-cluster NFKC of `in` into `out`, and the source map if `offsets`.
// Runs of characters that NFKC leaves alone are copied as they are.
void Normalize(std::string_view in, std::string* out, std::vector<std::uint32_t>* offsets) {
  const BmpTable& table = Table();
  out->reserve(in.size());
  if (offsets) offsets->reserve(in.size() + 1);
  size_t verbatim = 0;   // [verbatim, cluster) is copied as it is, not yet emitted
  size_t cluster = 0;    // start of the current cluster
  bool identity = true;  // the current cluster is one character NFKC leaves alone
  bool repair = false;   // the current cluster holds an invalid sequence
  char32_t first = 0;    // its first code point
  auto emit_verbatim = [&](size_t end) {
    if (offsets) {
      std::uint32_t at = static_cast<std::uint32_t>(verbatim);
      for (size_t i = verbatim; i < end; ++i) {
        if ((static_cast<unsigned char>(in[i]) & 0xC0) != 0x80) at = static_cast<std::uint32_t>(i);
        offsets->push_back(at);
      }
    }
    out->append(in.substr(verbatim, end - verbatim));
  };
  // Closes the current cluster, which ends at `end`.
  auto close = [&](size_t end) {
    if (identity || end == cluster) return;  // stays in the verbatim run
    emit_verbatim(cluster);
    size_t before = out->size();
    std::string_view single;
    if (!repair && end - cluster == Utf8Length(first) && table.Single(first, &single)) {
      out->append(single);
    } else {
      NfkcCluster(in.substr(cluster, end - cluster), repair, out);
    }
    if (offsets)
      offsets->insert(offsets->end(), out->size() - before, static_cast<std::uint32_t>(cluster));
    verbatim = end;
  };
  size_t pos = 0;
  while (pos < in.size()) {
    if (identity) {
      // A run of 3-byte characters NFKC leaves alone (kana, kanji), each a
      // cluster of its own: what the steps below do for each of them (close()
      // has nothing to emit while the current cluster is left alone), without
      // the general decoding. Leads E1-EC and EE-EF take any continuation bytes.
      const auto* p = reinterpret_cast<const unsigned char*>(in.data());
      size_t run = pos;
      char32_t cp = first;
      if constexpr (std::endian::native == std::endian::little) {
        // Four bytes read at once (the first is the lowest), the fourth left
        // for the next round; the loop below takes the last character.
        while (in.size() - run >= 4) {
          std::uint32_t x;
          std::memcpy(&x, p + run, 4);
          const std::uint32_t c = x & 0xFF;
          if ((x & 0xC0C000) != 0x808000 || c < 0xE1 || c == 0xED || c > 0xEF) break;
          const char32_t next = (c & 0x0F) << 12 | ((x >> 8) & 0x3F) << 6 | ((x >> 16) & 0x3F);
          if (!table.StartsAlone(next)) break;
          cp = next;
          run += 3;
        }
      }
      while (in.size() - run >= 3) {
        const unsigned char c = p[run];
        if (c < 0xE1 || c > 0xEF || c == 0xED || (p[run + 1] & 0xC0) != 0x80 ||
            (p[run + 2] & 0xC0) != 0x80)
          break;
        const char32_t next =
            (char32_t{c} & 0x0F) << 12 | (char32_t{p[run + 1]} & 0x3F) << 6 | (p[run + 2] & 0x3F);
        if (!table.StartsAlone(next)) break;
        cp = next;
        run += 3;
      }
      if (run != pos) {
        cluster = run - 3;
        repair = false;
        first = cp;
        pos = run;
        continue;
      }
    }
    if (static_cast<unsigned char>(in[pos]) < 0x80) {
      // ASCII: each byte is a cluster NFKC leaves alone; only the last can
      // still gain a following mark.
      close(pos);
      pos = AsciiRunEnd(in, pos + 1) - 1;
      cluster = pos++;
      identity = true;
      repair = false;
      first = static_cast<unsigned char>(in[cluster]);
      continue;
    }
    size_t start = pos;
    char32_t cp = 0;
    bool bad = !DecodeWellFormedUtf8(in, &pos, &cp);
    if (bad) ++pos;
    CharClass c = bad ? CharClass{true, true} : table.Class(cp);
    if (c.starts) {
      close(start);
      cluster = start;
      identity = c.identity && !bad;
      repair = bad;
      first = bad ? kReplacement : cp;
    } else {
      identity = false;
    }
  }
  close(in.size());
  emit_verbatim(in.size());
  if (offsets) offsets->push_back(static_cast<std::uint32_t>(in.size()));
}

}  // namespace

void AppendUtf8(char32_t cp, std::string* out) {
  utf8proc_uint8_t buf[4];
  utf8proc_ssize_t n = utf8proc_encode_char(static_cast<utf8proc_int32_t>(cp), buf);
  if (n <= 0) n = utf8proc_encode_char(kReplacement, buf);
  out->append(reinterpret_cast<const char*>(buf), static_cast<size_t>(n));
}

bool IsValidUtf8(std::string_view s, size_t* bad_offset) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const size_t n = s.size();
  size_t pos = 0;
  char32_t cp = 0;
  while (pos < n) {
    const unsigned char c = p[pos];
    if (c < 0x80) {
      // ASCII, and the rest of its run.
      pos = AsciiRunEnd(s, pos + 1);
      continue;
    }
    // A run of 3-byte sequences whose lead (E1-EC, EE-EF) takes any
    // continuation bytes (kana, kanji), without the general decoder: four
    // bytes read at once (little-endian: the first is the lowest), the fourth
    // left for the next round.
    if constexpr (std::endian::native == std::endian::little) {
      const size_t from = pos;
      // Two such sequences at a time: eight bytes read, six taken.
      auto lead_ok = [](std::uint64_t lead) { return lead - 0xE1 <= 0xEF - 0xE1 && lead != 0xED; };
      while (n - pos >= 8) {
        std::uint64_t x;
        std::memcpy(&x, p + pos, 8);
        if ((x & 0xC0C000C0C000ULL) != 0x808000808000ULL || !lead_ok(x & 0xFF) ||
            !lead_ok((x >> 24) & 0xFF))
          break;
        pos += 6;
      }
      while (n - pos >= 4) {
        std::uint32_t x;
        std::memcpy(&x, p + pos, 4);
        const std::uint32_t lead = x & 0xFF;
        if ((x & 0xC0C000) != 0x808000 || lead < 0xE1 || lead == 0xED || lead > 0xEF) break;
        pos += 3;
      }
      if (pos != from) continue;
    }
    if (c >= 0xE1 && c <= 0xEF && c != 0xED && n - pos >= 3 && (p[pos + 1] & 0xC0) == 0x80 &&
        (p[pos + 2] & 0xC0) == 0x80) {
      pos += 3;
      continue;
    }
    if (!DecodeWellFormedUtf8(s, &pos, &cp)) {
      if (bad_offset) *bad_offset = pos;
      return false;
    }
  }
  return true;
}

NormalizedText NfkcWithMap(std::string_view in) {
  NormalizedText out;
  Normalize(in, &out.text, &out.source_offset);
  return out;
}

std::string Nfkc(std::string_view in) {
  std::string out;
  Normalize(in, &out, nullptr);
  return out;
}

std::pair<std::uint32_t, std::uint32_t> NormalizedText::SourceRange(size_t start,
                                                                    size_t end) const {
  if (source_offset.empty()) return {0, 0};
  size_t last = source_offset.size() - 1;
  if (start > last) start = last;
  if (end > last) end = last;
  // The end maps to the start of the next source character after end-1.
  std::uint32_t s = source_offset[start];
  std::uint32_t e = end == 0 ? s : source_offset[end];
  if (end > start && e == source_offset[end - 1]) {
    // end falls inside one source character's expansion: include it whole.
    size_t k = end;
    while (k < last && source_offset[k] == source_offset[end - 1]) ++k;
    e = source_offset[k];
  }
  return {s, e};
}

}  // namespace leakwatch::text
