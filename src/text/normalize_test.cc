#include "text/normalize.h"

#include <gtest/gtest.h>
#include <utf8proc.h>

#include <cstdlib>
#include <random>
#include <string>
#include <vector>

#include "text/random_pieces_test_util.h"

namespace leakwatch::text {
namespace {

struct Case {
  const char* in;
  const char* want;
};

// The per-cluster algorithm written the plain way (one utf8proc call per
// character), as the reference for the table-driven implementation.
NormalizedText ReferenceNfkcWithMap(std::string_view in) {
  NormalizedText out;
  std::u32string cluster;
  size_t cluster_start = 0;
  bool identity = true;
  auto flush = [&] {
    if (cluster.empty()) return;
    size_t before = out.text.size();
    if (cluster.size() == 1 && identity) {
      AppendUtf8(cluster[0], &out.text);
    } else {
      std::string utf8;
      for (char32_t cp : cluster) AppendUtf8(cp, &utf8);
      utf8proc_uint8_t* result = nullptr;
      utf8proc_ssize_t n = utf8proc_map(
          reinterpret_cast<const utf8proc_uint8_t*>(utf8.data()),
          static_cast<utf8proc_ssize_t>(utf8.size()), &result,
          static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_COMPAT));
      out.text.append(n < 0 ? utf8 : std::string(reinterpret_cast<const char*>(result), n));
      std::free(result);
    }
    out.source_offset.insert(out.source_offset.end(), out.text.size() - before,
                             static_cast<std::uint32_t>(cluster_start));
    cluster.clear();
  };
  size_t pos = 0;
  while (pos < in.size()) {
    size_t start = pos;
    char32_t cp = DecodeUtf8(in, &pos);
    bool starts = true, same = true;
    if (cp >= 0x80) {
      utf8proc_int32_t buf[8];
      int last_boundclass = 0;
      utf8proc_ssize_t n = utf8proc_decompose_char(
          static_cast<utf8proc_int32_t>(cp), buf, 8,
          static_cast<utf8proc_option_t>(UTF8PROC_DECOMPOSE | UTF8PROC_COMPAT), &last_boundclass);
      utf8proc_int32_t first = n > 0 ? buf[0] : static_cast<utf8proc_int32_t>(cp);
      starts = cp < 0x300 || utf8proc_get_property(first)->combining_class == 0;
      same = n == 1 && buf[0] == static_cast<utf8proc_int32_t>(cp);
    }
    if (starts) {
      flush();
      cluster_start = start;
      identity = same;
    } else {
      identity = false;
    }
    cluster.push_back(cp);
  }
  flush();
  out.source_offset.push_back(static_cast<std::uint32_t>(in.size()));
  return out;
}

void ExpectSameAsReference(std::string_view in) {
  NormalizedText got = NfkcWithMap(in);
  NormalizedText want = ReferenceNfkcWithMap(in);
  ASSERT_EQ(got.text, want.text) << "input bytes: " << in.size();
  ASSERT_EQ(got.source_offset, want.source_offset) << got.text;
  ASSERT_EQ(Nfkc(in), want.text);
}

// Every code point, alone and in the contexts where clusters form: after an
// ASCII letter, a kana and an ideograph, and followed by combining marks.
TEST(NfkcWithMap, SameAsReferenceForEveryCodePointInContext) {
  for (char32_t cp = 1; cp < 0x30000; ++cp) {
    if (cp >= 0xD800 && cp < 0xE000) continue;
    if (cp >= 0x20000 && cp < 0x2F800) continue;  // CJK extensions: one class, sampled below
    std::string c;
    AppendUtf8(cp, &c);
    ExpectSameAsReference(c);
    ExpectSameAsReference("a" + c + "\u3099b");
    ExpectSameAsReference("か" + c + "\u0301\u0323漢");
    if (HasFailure()) return;
  }
  for (char32_t cp = 0x20000; cp < 0x2F800; cp += 97) {
    std::string c;
    AppendUtf8(cp, &c);
    ExpectSameAsReference("x" + c + "\u3099");
  }
}

TEST(NfkcWithMap, SameAsReferenceForRandomMixturesAndBrokenUtf8) {
  std::mt19937 rng(11);
  const char* pieces[] = {"a",      "Z",    " ",        "\n",     "ｱ",      "ﾞ",      "ﾟ",
                          "\u0301", "１",   "漢",       "가",     "\u3099", "ﬀ",      "Ⅻ",
                          "㈱",     "\xff", "\xe3\x81", "\xc3",   "\u1100", "\u1161", "\u11a8",
                          "é",      "😀",    "\u0344",   "\u0F73", "。",     "　"};
  for (int i = 0; i < 20000; ++i) {
    const std::string s = JoinRandomPieces(rng, pieces, rng() % 24);
    ExpectSameAsReference(s);
    if (HasFailure()) return;
  }
}

TEST(Nfkc, Table) {
  const Case cases[] = {
      {"ＵＳＢメモリ", "USBメモリ"},
      {"１２３４５", "12345"},
      {"ｶﾞｲﾄﾞ", "ガイド"},
      {"平成２３年１０月２１日", "平成23年10月21日"},
      {"（保険年金）", "(保険年金)"},
      {"plain ascii", "plain ascii"},
      {"㈱", "(株)"},
      {"", ""},
  };
  for (const auto& c : cases) EXPECT_EQ(Nfkc(c.in), c.want) << c.in;
}

TEST(Nfkc, InvalidUtf8BecomesReplacementCharacter) {
  EXPECT_EQ(Nfkc(std::string_view("a\xff"
                                  "b",
                                  3)),
            "a\xEF\xBF\xBD"
            "b");
  EXPECT_EQ(Nfkc(std::string_view("\xe3\x81", 2)), "\xEF\xBF\xBD\xEF\xBF\xBD");
}

TEST(NfkcWithMap, MapsOutputBytesToSourceBytes) {
  std::string in = "ａｂｶﾞ1";  // 3 + 3 + 3 + 3 + 1 bytes
  NormalizedText n = NfkcWithMap(in);
  EXPECT_EQ(n.text, "abガ1");
  ASSERT_EQ(n.source_offset.size(), n.text.size() + 1);
  EXPECT_EQ(n.source_offset[0], 0u);   // a <- ａ
  EXPECT_EQ(n.source_offset[1], 3u);   // b <- ｂ
  EXPECT_EQ(n.source_offset[2], 6u);   // ガ <- ｶﾞ (3 bytes, all from offset 6)
  EXPECT_EQ(n.source_offset[5], 12u);  // 1
  auto [s, e] = n.SourceRange(2, 5);
  EXPECT_EQ(s, 6u);
  EXPECT_EQ(e, 12u);
  EXPECT_EQ(in.substr(s, e - s), "ｶﾞ");
}

// Per-cluster normalisation (with its identity fast path) gives what utf8proc's
// whole-string NFKC gives, and a map that is monotonic and covers the output.
TEST(NfkcWithMap, AgreesWithWholeStringNfkc) {
  std::vector<std::string> cases = {"",
                                    "abc",
                                    "１２３ＡＢＣ",
                                    "ｶﾞｷﾞｸﾞ ﾊﾟ",
                                    "が",
                                    "か\xE3\x82\x99",
                                    "한국어",
                                    "①②㈱㍻",
                                    "e\xCC\x81\xCC\xA3",
                                    "Å ﬁ ² ½ ﾞ",
                                    "平成23年10月21日 ＜注＞"};
  std::mt19937 rng(7);
  const char32_t pool[] = {U'a',  U'ｱ',  U'ﾞ',      U'ﾟ', U'\u0301', U'１',
                           U'漢', U'가', U'\u3099', U'ﬀ', U'Ⅻ'};
  for (int i = 0; i < 300; ++i) {
    std::string s;
    for (int k = 0; k < 12; ++k) AppendUtf8(pool[rng() % std::size(pool)], &s);
    cases.push_back(s);
  }
  for (const std::string& c : cases) {
    NormalizedText n = NfkcWithMap(c);
    auto* whole = utf8proc_NFKC(reinterpret_cast<const utf8proc_uint8_t*>(c.c_str()));
    ASSERT_NE(whole, nullptr) << c;
    EXPECT_EQ(n.text, reinterpret_cast<const char*>(whole)) << c;
    std::free(whole);
    ASSERT_EQ(n.source_offset.size(), n.text.size() + 1) << c;
    for (size_t i = 1; i < n.source_offset.size(); ++i)
      EXPECT_LE(n.source_offset[i - 1], n.source_offset[i]) << c;
    EXPECT_EQ(n.source_offset.back(), c.size()) << c;
  }
}

// The inline decoder accepts exactly what utf8proc accepts: every scalar value,
// and none of the ill-formed kinds (overlong, surrogate, past U+10FFFF,
// truncated, stray continuation bytes), also on random bytes.
TEST(Utf8, DecoderAgreesWithUtf8proc) {
  auto utf8proc_decode = [](std::string_view s, size_t pos, char32_t* cp) -> utf8proc_ssize_t {
    utf8proc_int32_t c = 0;
    utf8proc_ssize_t n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(s.data() + pos),
                                          static_cast<utf8proc_ssize_t>(s.size() - pos), &c);
    *cp = static_cast<char32_t>(c);
    return n;
  };
  for (char32_t cp = 0; cp <= 0x10FFFF; ++cp) {
    if (cp >= 0xD800 && cp <= 0xDFFF) continue;
    std::string s;
    AppendUtf8(cp, &s);
    size_t pos = 0;
    char32_t got = 0;
    ASSERT_TRUE(DecodeWellFormedUtf8(s, &pos, &got)) << std::hex << static_cast<unsigned>(cp);
    ASSERT_EQ(got, cp);
    ASSERT_EQ(pos, s.size());
  }
  for (std::string bad :
       {"\xC0\x80", "\xC1\xBF", "\xE0\x80\x80", "\xE0\x9F\xBF", "\xED\xA0\x80", "\xED\xBF\xBF",
        "\xF0\x80\x80\x80", "\xF4\x90\x80\x80", "\xF5\x80\x80\x80", "\xFF", "\x80", "\xE4\xBF",
        "\xF0\x9F\x98", "\xE4\x41\x80"}) {
    size_t pos = 0;
    char32_t cp = 0;
    EXPECT_FALSE(DecodeWellFormedUtf8(bad, &pos, &cp)) << testing::PrintToString(bad);
    EXPECT_EQ(pos, 0u);
    EXPECT_LE(utf8proc_decode(bad, 0, &cp), 0) << testing::PrintToString(bad);
    EXPECT_EQ(DecodeUtf8(bad, &pos), char32_t{0xFFFD});
    EXPECT_EQ(pos, 1u);
  }
  std::mt19937 rng(3);
  for (int i = 0; i < 200000; ++i) {
    std::string s;
    for (int k = 0; k < 4; ++k)
      s.push_back(static_cast<char>(0x80 + rng() % 0x80 - (k == 0 ? 0x10 * (rng() % 8) : 0)));
    size_t pos = 0;
    char32_t ours = 0, theirs = 0;
    bool ok = DecodeWellFormedUtf8(s, &pos, &ours);
    utf8proc_ssize_t n = utf8proc_decode(s, 0, &theirs);
    ASSERT_EQ(ok, n > 0) << testing::PrintToString(s);
    if (ok) {
      ASSERT_EQ(ours, theirs);
      ASSERT_EQ(pos, static_cast<size_t>(n));
    }
  }
}

TEST(Utf8, Validity) {
  size_t bad = 0;
  EXPECT_TRUE(IsValidUtf8("日本語"));
  EXPECT_FALSE(IsValidUtf8(std::string_view("ab\xc3", 3), &bad));
  EXPECT_EQ(bad, 2u);
}

TEST(Utf8, ValidityEqualsDecoderOnRandomBytes) {
  // IsValidUtf8's shortcuts (eight ASCII bytes, 3-byte sequences led by
  // E1-EC/EE-EF) against decoding every character.
  auto reference = [](std::string_view s, size_t* bad) {
    size_t pos = 0;
    char32_t cp = 0;
    while (pos < s.size())
      if (!DecodeWellFormedUtf8(s, &pos, &cp)) {
        *bad = pos;
        return false;
      }
    return true;
  };
  const std::vector<std::string> pieces = {"a",
                                           "abcdefgh",
                                           " ",
                                           "\x7F",
                                           "é",
                                           "の",
                                           "漢",
                                           "\uFFFF",
                                           "\uE000",
                                           "😀",
                                           "\xE0\xA0\x80",
                                           "\xE0\x80\x80",
                                           "\xED\x9F\xBF",
                                           "\xED\xA0\x80",
                                           "\xE3\x81",
                                           "\xE3",
                                           "\xEF\xBF",
                                           "\xC3",
                                           "\x80",
                                           "\xFF",
                                           "\xF4\x90\x80\x80",
                                           "\xE4\x41\x80",
                                           "\xE4\x80\xC0"};
  std::mt19937 rng(29);
  for (int round = 0; round < 50000; ++round) {
    const std::string s = JoinRandomPieces(rng, pieces, rng() % 12);
    size_t got_bad = 12345, want_bad = 12345;
    const bool got = IsValidUtf8(s, &got_bad);
    ASSERT_EQ(got, reference(s, &want_bad)) << testing::PrintToString(s);
    ASSERT_EQ(got_bad, want_bad) << testing::PrintToString(s);
  }
}

}  // namespace
}  // namespace leakwatch::text
