#include "text/tokenizer.h"

#include <utf8proc.h>

#include <array>
#include <memory>

#include "text/normalize.h"

namespace leakwatch::text {

namespace {

enum CharClass : std::uint8_t { kSeparator = 0, kCjkChar = 1, kLetter = 2, kDigit = 3 };

// Per BMP code point: bit 0 "starts a cluster" (as NfkcWithMap decides it),
// bit 1 "NFKC of the code point alone is itself", bits 2-3 its CharClass.
constexpr std::uint8_t kStarts = 1, kIdentity = 2;

CharClass Classify(char32_t cp) {
  if (cp < 0x80) {
    if ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z') return kLetter;
    if (cp >= '0' && cp <= '9') return kDigit;
    return kSeparator;
  }
  if (IsCjk(cp)) return kCjkChar;
  switch (utf8proc_category(static_cast<utf8proc_int32_t>(cp))) {
    case UTF8PROC_CATEGORY_LU:
    case UTF8PROC_CATEGORY_LL:
    case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO:
    case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_MC:
      return kLetter;
    case UTF8PROC_CATEGORY_ND:
      return kDigit;
    default:
      return kSeparator;
  }
}

// Same rule as normalize.cc: a code point starts a cluster when its
// compatibility decomposition begins with a starter.
std::uint8_t ComputeFlags(char32_t cp) {
  std::uint8_t flags = static_cast<std::uint8_t>(Classify(cp) << 2);
  if (cp < 0x80) return flags | kStarts | kIdentity;
  utf8proc_int32_t buf[8];
  int boundclass = 0;
  utf8proc_ssize_t n = utf8proc_decompose_char(
      static_cast<utf8proc_int32_t>(cp), buf, 8,
      static_cast<utf8proc_option_t>(UTF8PROC_DECOMPOSE | UTF8PROC_COMPAT), &boundclass);
  utf8proc_int32_t first = n > 0 ? buf[0] : static_cast<utf8proc_int32_t>(cp);
  if (cp < 0x300 || utf8proc_get_property(first)->combining_class == 0) flags |= kStarts;
  if (n == 1 && buf[0] == static_cast<utf8proc_int32_t>(cp)) flags |= kIdentity;
  return flags;
}

const std::array<std::uint8_t, 0x10000>& BmpFlags() {
  static const auto* table = [] {
    auto* t = new std::array<std::uint8_t, 0x10000>;
    for (char32_t cp = 0; cp < 0x10000; ++cp) (*t)[cp] = ComputeFlags(cp);
    return t;
  }();
  return *table;
}

std::uint8_t Flags(char32_t cp) { return cp < 0x10000 ? BmpFlags()[cp] : ComputeFlags(cp); }

// One code point of the normalised text and the source bytes it came from.
struct NChar {
  char32_t cp;
  CharClass cls;
  std::uint32_t src_start, src_end;
};

// Appends the normalised code points of source cluster [start, end) to `out`.
void AppendCluster(std::string_view in, std::uint32_t start, std::uint32_t end, char32_t only_cp,
                   bool single, std::vector<NChar>* out) {
  if (single && (Flags(only_cp) & kIdentity)) {
    out->push_back({only_cp, static_cast<CharClass>(Flags(only_cp) >> 2), start, end});
    return;
  }
  std::string norm = Nfkc(in.substr(start, end - start));
  size_t pos = 0;
  while (pos < norm.size()) {
    char32_t cp = DecodeUtf8(norm, &pos);
    out->push_back({cp, static_cast<CharClass>(Flags(cp) >> 2), start, end});
  }
}

// The normalised text of `in` as code points, cluster by cluster as
// NfkcWithMap composes it, with a fast path for code points NFKC keeps.
void Normalize(std::string_view in, std::vector<NChar>* out) {
  out->clear();
  std::uint32_t cluster_start = 0, pos32 = 0;
  char32_t first_cp = 0;
  int cluster_len = 0;
  size_t pos = 0;
  while (pos < in.size()) {
    pos32 = static_cast<std::uint32_t>(pos);
    char32_t cp;
    unsigned char c = static_cast<unsigned char>(in[pos]);
    if (c < 0x80) {
      cp = c;
      ++pos;
    } else {
      cp = DecodeUtf8(in, &pos);
    }
    if (Flags(cp) & kStarts) {
      if (cluster_len > 0) AppendCluster(in, cluster_start, pos32, first_cp, cluster_len == 1, out);
      cluster_start = pos32;
      first_cp = cp;
      cluster_len = 0;
    }
    ++cluster_len;
  }
  if (cluster_len > 0)
    AppendCluster(in, cluster_start, static_cast<std::uint32_t>(in.size()), first_cp,
                  cluster_len == 1, out);
}

void AppendLower(char32_t cp, std::string* out) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp >= 'A' && cp <= 'Z' ? cp + 0x20 : cp));
    return;
  }
  AppendUtf8(static_cast<char32_t>(utf8proc_tolower(static_cast<utf8proc_int32_t>(cp))), out);
}

// Words longer than this are cut: no real query asks for them whole.
constexpr size_t kMaxWordBytes = 128;

}  // namespace

bool IsCjk(char32_t cp) {
  if (cp < 0x3005) return false;
  if (cp <= 0x3007) return true;                          // 々 〆 〇
  if (cp == 0x303B) return true;                          // 〻
  if (cp >= 0x3041 && cp <= 0x309F) return true;          // hiragana (with sound marks)
  if (cp >= 0x30A1 && cp <= 0x30FF) return cp != 0x30FB;  // katakana and ー, not ・
  if (cp >= 0x31F0 && cp <= 0x31FF) return true;          // katakana phonetic extensions
  if (cp >= 0x3400 && cp <= 0x4DBF) return true;          // CJK extension A
  if (cp >= 0x4E00 && cp <= 0x9FFF) return true;          // CJK unified ideographs
  if (cp >= 0xF900 && cp <= 0xFAFF) return true;          // compatibility ideographs
  if (cp >= 0x20000 && cp <= 0x3FFFF) return true;        // extensions B and later
  return false;
}

bool ForEachToken(std::string_view text, const TokenSink& sink) {
  thread_local std::vector<NChar> chars;
  thread_local std::string word;
  Normalize(text, &chars);
  size_t n = chars.size();
  size_t i = 0;
  while (i < n) {
    CharClass cls = chars[i].cls;
    if (cls == kSeparator) {
      ++i;
      continue;
    }
    size_t j = i + 1;
    while (j < n && chars[j].cls == cls) ++j;
    if (cls == kCjkChar) {
      if (j - i == 1) {
        word.clear();
        AppendUtf8(chars[i].cp, &word);
        if (!sink(word, chars[i].src_start, chars[i].src_end)) return false;
      }
      for (size_t k = i; k + 1 < j; ++k) {
        word.clear();
        AppendUtf8(chars[k].cp, &word);
        AppendUtf8(chars[k + 1].cp, &word);
        if (!sink(word, chars[k].src_start, chars[k + 1].src_end)) return false;
      }
    } else {
      word.clear();
      for (size_t k = i; k < j; ++k) {
        size_t before = word.size();
        AppendLower(chars[k].cp, &word);
        if (word.size() > kMaxWordBytes) {
          word.resize(before);
          break;
        }
      }
      if (!sink(word, chars[i].src_start, chars[j - 1].src_end)) return false;
    }
    i = j;
  }
  return true;
}

std::vector<Token> Tokenize(std::string_view text) {
  std::vector<Token> out;
  ForEachToken(text, [&out](std::string_view t, std::uint32_t s, std::uint32_t e) {
    out.push_back({std::string(t), s, e});
    return true;
  });
  return out;
}

}  // namespace leakwatch::text
