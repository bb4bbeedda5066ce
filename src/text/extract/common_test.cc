#include "text/extract/common.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <string>
#include <vector>

#include "text/random_pieces_test_util.h"

namespace leakwatch::text {
namespace {

TEST(Common, SentenceAround) {
  std::string t = "一文目。二文目です。\nNext one. Last";
  auto [s, e] = SentenceAround(t, t.find("二"));
  EXPECT_EQ(t.substr(s, e - s), "二文目です。");
  auto [s2, e2] = SentenceAround(t, t.find("one"));
  EXPECT_EQ(t.substr(s2, e2 - s2), "Next one.");
}

TEST(Common, NewRuleSetHitsAreRuleIndexes) {
  struct Rule {
    int id;
    const char* pattern;
  };
  const Rule rules[] = {{7, "alpha"}, {8, "be+ta"}, {9, "gamma$"}};
  const RE2::Set* set = NewRuleSet(rules, [](const Rule& r) { return r.pattern; });
  std::vector<int> hits;
  ASSERT_TRUE(set->Match("a beeta and gamma", &hits));
  std::sort(hits.begin(), hits.end());
  EXPECT_EQ(hits, (std::vector<int>{1, 2}));
  hits.clear();
  EXPECT_FALSE(set->Match("gamma ray", &hits));
  delete set;
}

TEST(CommonDeathTest, BadBuiltInPatternAbortsWithThePattern) {
  // A rejected pattern would shift every later index; it must not be skipped.
  RE2::Set set(RE2::Options(), RE2::UNANCHORED);
  AddOrDie(set, "fine");
  EXPECT_DEATH(AddOrDie(set, "broken(group"), "bad built-in pattern \"broken\\(group\"");
}

TEST(Common, AsciiLower) {
  // Only A-Z change; the bytes around them in ASCII and UTF-8 bytes stay.
  EXPECT_EQ(AsciiLower("@AZ[`az{ 09"), "@az[`az{ 09");
  EXPECT_EQ(AsciiLower("ÀÉ Ｅｍａｉｌ \x80\xC1\xDA\xFF"), "ÀÉ Ｅｍａｉｌ \x80\xC1\xDA\xFF");
  EXPECT_EQ(AsciiLower(""), "");
}

TEST(Common, FindByByteEqualsFind) {
  const std::string_view pieces[] = {"〒", "、", "あ", "\xE3", "\x80", "\x92", "a", "〒〒"};
  const std::string_view needles[] = {"〒", "〒あ", "a\x80", "\x80"};
  std::mt19937 rng(17);
  for (int round = 0; round < 20000; ++round) {
    const std::string t = JoinRandomPieces(rng, pieces, rng() % 12);
    const std::string_view needle = needles[rng() % std::size(needles)];
    for (size_t key = 0; key < needle.size(); ++key) {
      ASSERT_EQ(FindByByte(t, needle, key), t.find(needle)) << t << " / " << needle << " @" << key;
      // From each place, and from past the end.
      for (size_t from = 0; from <= t.size() + 1; ++from)
        ASSERT_EQ(FindByByte(t, needle, key, from), t.find(needle, from))
            << t << " / " << needle << " @" << key << " from " << from;
    }
  }
}

TEST(Common, FindRareEqualsFind) {
  // Needles whose rarest byte is their first, a middle or their last one, a needle of one
  // byte and the empty one, over text of their own bytes and pieces.
  const std::string_view pieces[] = {"関", "連", "関連", "s", " ", "a", "affected", "\xE9", "y"};
  const std::string_view needles[] = {"関連", "s affected", "y", "連関", "", "ys ", "affected y"};
  EXPECT_EQ(FindRare("s affected", "s affected"), 0u);
  EXPECT_EQ(FindRare("", ""), 0u);
  EXPECT_EQ(FindRare("ab", "", 3), std::string_view::npos);
  std::mt19937 rng(23);
  for (int round = 0; round < 20000; ++round) {
    const std::string t = JoinRandomPieces(rng, pieces, rng() % 12);
    const std::string_view needle = needles[rng() % std::size(needles)];
    // From each place, and from past the end.
    for (size_t from = 0; from <= t.size() + 1; ++from)
      ASSERT_EQ(FindRare(t, needle, from), std::string_view(t).find(needle, from))
          << t << " / " << needle << " from " << from;
  }
}

TEST(Common, HasAsciiDigitEqualsFindFirstOf) {
  for (std::string_view s : {"", "a", "0", "9", "/", ":", "abc9", "\xEF\xBC\x91", "一二三", "x 12"})
    EXPECT_EQ(HasAsciiDigit(s), s.find_first_of("0123456789") != std::string_view::npos) << s;
}

// Bytes for the case-blind searches: the needles' letters in both cases, the
// neighbours of their case bits, a space and non-ASCII lead and continuation bytes.
constexpr std::string_view kNoCaseBytes[] = {"n", "N", "o", "O", "t",    "T",   ";",
                                             "@", "[", "`", " ", "\x80", "\xE3"};

TEST(Common, ContainsAsciiNoCaseEqualsLowerFind) {
  EXPECT_TRUE(ContainsAsciiNoCase("Was NOT", "not"));
  EXPECT_FALSE(ContainsAsciiNoCase("nt", "not"));
  EXPECT_TRUE(ContainsAsciiNoCase("x", ""));
  std::mt19937 rng(5);
  for (int round = 0; round < 20000; ++round) {
    const std::string s = JoinRandomPieces(rng, kNoCaseBytes, rng() % 12);
    std::string needle = rng() % 2 ? "no" : "not;";
    ASSERT_EQ(ContainsAsciiNoCase(s, needle), AsciiLower(s).find(needle) != std::string::npos) << s;
  }
}

TEST(Common, FindNoCaseEqualsLowerFind) {
  // Lengths past the sixteen-bytes-at-a-time path; needles of one byte, and
  // of a second byte that is a letter or not (the SIMD filter's cases).
  std::mt19937 rng(11);
  constexpr std::string_view kNeedles[] = {"no", "not;", "n", "t;", "@n"};
  for (int round = 0; round < 20000; ++round) {
    const std::string s = JoinRandomPieces(rng, kNoCaseBytes, rng() % 60);
    const std::string needle(kNeedles[rng() % std::size(kNeedles)]);
    ASSERT_EQ(FindNoCase(s, needle), AsciiLower(s).find(needle)) << s;
  }
}

TEST(Common, FindNoCaseOfWordsEqualsRegexStart) {
  // FillSections' contact labels: the leftmost of the words is where the
  // regex matches first.
  const RE2 label("(?i)(問い?合わ?せ|連絡先|お電話|call |contact )");
  const std::vector<std::string> pieces = {
      "問",     "い",      "合",    "わ",   "せ",    "連絡先",   "連絡",
      "お電話", "電話",    "CALL ", "Call", "call ", "Contact ", "conTACT",
      "c",      "ontact ", " ",     "。",   "\n",    "a",        "お"};
  std::mt19937 rng(13);
  for (int round = 0; round < 20000; ++round) {
    const std::string text = JoinRandomPieces(rng, pieces, rng() % 20);
    size_t first = std::string::npos;
    for (std::string_view w :
         {"問合せ", "問い合せ", "問合わせ", "問い合わせ", "連絡先", "お電話", "call ", "contact "})
      first = std::min(first, FindNoCase(text, w));
    re2::StringPiece m;
    const bool found = RE2::PartialMatch(text, label, &m);
    ASSERT_EQ(first, found ? static_cast<size_t>(m.data() - text.data()) : std::string::npos)
        << text;
  }
}

TEST(Common, AsciiLowerEqualsBytewiseLowerOnRandomBytes) {
  // The eight-bytes-at-a-time path against one byte at a time, every length
  // around the word size and every byte value.
  std::mt19937 rng(7);
  for (int round = 0; round < 2000; ++round) {
    std::string s(static_cast<size_t>(rng() % 40), '\0');
    for (char& c : s) c = static_cast<char>(rng() % 256);
    std::string want = s;
    for (char& c : want)
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    ASSERT_EQ(AsciiLower(s), want);
  }
  std::string all;
  for (int c = 0; c < 256; ++c) all.push_back(static_cast<char>(c));
  std::string want = all;
  for (char& c : want)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  EXPECT_EQ(AsciiLower(all), want);
}

// SentenceAround as it was before it skipped bytes that cannot end a sentence
// (and before it looked for 。 by its middle and last bytes).
std::pair<size_t, size_t> SentenceAroundReference(std::string_view text, size_t pos) {
  auto is_end = [&](size_t i, size_t* len) {
    const char c = text[i];
    if (c == '\n' || c == '!' || c == '?') {
      *len = 1;
      return true;
    }
    if (c != '.' && c != '\xE3') return false;
    if (c == '.' && (i + 1 >= text.size() || text[i + 1] == ' ' || text[i + 1] == '\n') &&
        !(i >= 2 && text[i - 2] == ' ') && !(i >= 3 && text.substr(i - 3, 3) == "Inc") &&
        !(i >= 2 && text.substr(i - 2, 2) == "Dr") && !(i >= 2 && text.substr(i - 2, 2) == "Mr")) {
      *len = 1;
      return true;
    }
    if (text.substr(i).starts_with("。")) {
      *len = 3;
      return true;
    }
    return false;
  };
  pos = std::min(pos, text.size());
  size_t start = pos, len = 0;
  const size_t kMax = 2000;
  while (start > 0 && pos - start < kMax) {
    if (is_end(start - 1, &len) ||
        (text[start - 1] == '\x82' && text.substr(0, start).ends_with("。")))
      break;
    --start;
  }
  while (start > 0 && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80) --start;
  size_t end = pos;
  while (end < text.size() && end - pos < kMax) {
    if (is_end(end, &len)) {
      end += text[end] == '\n' ? 0 : len;
      break;
    }
    ++end;
  }
  while (end < text.size() && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) ++end;
  return {start, end};
}

TEST(Common, SentenceAroundEqualsReferenceOnRandomText) {
  const std::string_view pieces[] = {
      "。", "、", "です", "Inc. ", "Dr. ", "Mr.", " ",  ".",    "\n",       "!",    "?",
      "a",  "Z",  "3",    "\xE3",  "\x82", "ー",  "Ｅ", "\x80", "\xE3\x80", "、。", "\xE3\x80\x80"};
  std::mt19937 rng(11);
  for (int round = 0; round < 3000; ++round) {
    const std::string t = JoinRandomPieces(rng, pieces, rng() % (round % 10 == 0 ? 1500 : 30));
    for (size_t pos = 0; pos <= t.size(); pos += 1 + rng() % 7)
      ASSERT_EQ(SentenceAround(t, pos), SentenceAroundReference(t, pos)) << t << " @" << pos;
  }
}

std::vector<std::pair<size_t, size_t>> AllMatches(const RE2& re, std::string_view text) {
  std::vector<std::pair<size_t, size_t>> out;
  ForEachMatch(re, text, [&](const std::vector<std::string_view>& g) {
    out.emplace_back(OffsetIn(text, g[0]), OffsetIn(text, g[0]) + g[0].size());
  });
  return out;
}

TEST(Common, ForEachMatchInLinePresenceWindowsEqualsWholeTextScan) {
  // Patterns of the kinds LinePresence allows: on one line but for the line
  // break before or after, \b next to the match's own word characters.
  const RE2 edge("(?:^|[^0-9])([0-9]{1,2})/([0-9]{1,2})(?:[^0-9]|$)");
  const RE2 ja("([0-9一二]{1,3}) *月 *([0-9]{1,3}) *日");
  const RE2 word("(?i)\\b(jan|feb)\\.? +([0-9]{1,2})\\b");
  const RE2 lit("(同日|the same day)");
  const std::vector<const RE2*> res{&edge, &ja, &word, &lit};
  // One set, a set each, and sets shared out of order: the same windows' worth.
  const LinePresence one_set(LinePresence::PatternsOf(res));
  const LinePresence own_sets(LinePresence::PatternsOf(res), {0, 1, 2, 3});
  const LinePresence mixed_sets(LinePresence::PatternsOf(res), {7, 0, 7, 2});
  const std::string_view pieces[] = {"1",  "2",    "12",           "/",       " ",   "\n",
                                     "月", "日",   "一",           "Jan",     "feb", ".",
                                     "a",  "同日", "the same day", "x\n3/4\n"};
  std::mt19937 rng(5);
  for (int round = 0; round < 400; ++round) {
    const std::string t = JoinRandomPieces(rng, pieces, rng() % 900);
    for (const LinePresence* presence : {&one_set, &own_sets, &mixed_sets}) {
      const std::vector<std::vector<Window>> where = presence->In(t);
      ASSERT_EQ(where.size(), res.size());
      for (size_t r = 0; r < res.size(); ++r) {
        std::vector<std::pair<size_t, size_t>> got;
        ForEachMatchIn(*res[r], t, where[r], [&](const std::vector<std::string_view>& g) {
          got.emplace_back(OffsetIn(t, g[0]), OffsetIn(t, g[0]) + g[0].size());
        });
        ASSERT_EQ(got, AllMatches(*res[r], t)) << "pattern " << r << " in: " << t;
      }
      // Which names the patterns that match the text, in order, whatever their sets.
      std::vector<int> which, want;
      presence->Which(t, &which);
      for (size_t r = 0; r < res.size(); ++r)
        if (!AllMatches(*res[r], t).empty()) want.push_back(static_cast<int>(r));
      ASSERT_EQ(which, want) << t;
      // Asked for a range of patterns, it names those of the range that match (and
      // maybe others from the same sets).
      for (size_t from = 0; from < res.size(); ++from)
        for (size_t to = from + 1; to <= res.size(); ++to) {
          std::vector<int> in_range, want_in_range;
          presence->Which(t, &in_range, from, to);
          std::erase_if(in_range, [&](int f) {
            return static_cast<size_t>(f) < from || static_cast<size_t>(f) >= to;
          });
          for (int f : want)
            if (static_cast<size_t>(f) >= from && static_cast<size_t>(f) < to)
              want_in_range.push_back(f);
          ASSERT_EQ(in_range, want_in_range) << from << " " << to << " " << t;
        }
    }
  }
}

TEST(Common, WidenRepeats) {
  EXPECT_EQ(WidenRepeats("誤って.{0,15}(?:送付|郵送)"), "誤って.*(?:送付|郵送)");
  EXPECT_EQ(WidenRepeats("[^.\n]{0,60}?x"), "[^.\n]*?x");
  EXPECT_EQ(WidenRepeats("(?:[a-z]+ ){1,3}y"), "(?:[a-z]+ )+y");
  EXPECT_EQ(WidenRepeats("a{2,}b{00,4}"), "a+b*");
  // What counts nothing stays: an exact count, escapes with braces, braces in a
  // class, a brace with no count before its comma.
  for (const char* same : {"[0-9]{4}", "\\x{C0}-\\x{24F}", "\\p{Han}", "[{]{1}", "[^]{]", "a{,3}",
                           "\\{1,2\\}", "[[:alpha:]{]x", "{", "a{1,2"})
    EXPECT_EQ(WidenRepeats(same), same);
  // The widened pattern matches wherever the pattern does.
  const char* patterns[] = {"a.{0,3}b",         "(?:ab|c){1,2}d",    "x[^.]{0,2}?y",
                            "(?i)\\bq{2,3}\\b", "(?:z{0,1}w){2,4}$", "^[ab]{1,}c{0,0}a"};
  const std::string_view pieces[] = {"a", "b", "c", "d", "q", "Q", "w",
                                     "x", "y", "z", ".", " ", "\n"};
  std::mt19937 rng(17);
  for (const char* p : patterns) {
    const RE2 exact(p), wide(WidenRepeats(p));
    ASSERT_TRUE(wide.ok()) << WidenRepeats(p);
    for (int round = 0; round < 2000; ++round) {
      const std::string t = JoinRandomPieces(rng, pieces, rng() % 12);
      if (RE2::PartialMatch(t, exact)) {
        ASSERT_TRUE(RE2::PartialMatch(t, wide)) << p << " in " << t;
      }
    }
  }
}

TEST(Common, CutAtGaps) {
  EXPECT_EQ(CutAtGaps("(?:fax|ファクス).*(?:誤|wrong)"), "(?:fax|ファクス)");
  // The stretch whose matches take the most bytes, wherever it is.
  EXPECT_EQ(CutAtGaps("e-?mail.*(?:wrong|incorrect) recipient"), "(?:wrong|incorrect) recipient");
  EXPECT_EQ(CutAtGaps("instead,? (?:[a-z]+ )*attached (?:a|the)"), "attached (?:a|the)");
  // Each alternative on its own; one without a gap stays whole.
  EXPECT_EQ(CutAtGaps("abc|x[^.\n]*yz|q"), "abc|yz|q");
  EXPECT_EQ(CutAtGaps("\\bsent\\b[^.\n]{0,40}\\b(?:in error)\\b"), "\\b(?:in error)\\b");
  // A short counted run stays when `near` takes it in.
  EXPECT_EQ(CutAtGaps("誤って.{0,15}(?:送付|郵送)|ab[^.]{0,40}cde", 20),
            "誤って.{0,15}(?:送付|郵送)|cde");
  EXPECT_EQ(CutAtGaps("誤って.{0,15}(?:送付|郵送)"), "誤って");
  // A group that holds a gap is one, optional or not.
  EXPECT_EQ(CutAtGaps("(?:a|b.*c)d"), "d");
  EXPECT_EQ(CutAtGaps("unauthorized access (?:to [^.\n]{0,50})?by"), "unauthorized access ");
  EXPECT_EQ(CutAtGaps("made it possible (?:for (?:[a-z]+ )+)?to"), "made it possible ");
  // What is not a gap: a narrow or bounded repeat, one optional word, a class
  // with a brace or a bar in it, an escaped dot.
  for (const char* same :
       {"[0-9]{1,3}人", "ab?c", "(?:x|y)+z", "a.{0,3}b", "misdirected (?:[a-z]+ )?mail", "[|(]x|y",
        "a\\.*b", "\\x{C0}+y", "\\p{Han}+"})
    EXPECT_EQ(CutAtGaps(same), same);
  // The cut pattern matches in every line in which the pattern matches.
  const char* patterns[] = {
      "ab.*cd",       "x[^.]*y|zz",       "(?:a|bb)[a-z ]+ q.+r",
      "a\\b.*\\bcd",  "^q.*z$",           "(?:ab|c)[^.\n]{0,9}?d.*\\.(?:y|z)+",
      "(?i:Q.*ab|z)", "a(?:[a-z]+ )*b c", "ab(?:c[^.]*)?d"};
  const std::string_view pieces[] = {"a",   "b", "c", "d",  "q",  "Q",   "r",
                                     "x",   "y", "z", "ab", "cd", " cd", " q",
                                     "b c", ".", " ", " ",  "\n", "zz",  "z\nq"};
  std::mt19937 rng(29);
  for (const char* p : patterns) {
    const RE2 exact(p), cut(CutAtGaps(p));
    ASSERT_TRUE(cut.ok()) << CutAtGaps(p);
    int matched = 0;
    for (int round = 0; round < 5000; ++round) {
      const std::string t = JoinRandomPieces(rng, pieces, rng() % 20);
      for (size_t ls = 0; ls <= t.size();) {
        size_t le = t.find('\n', ls);
        if (le == std::string::npos) le = t.size();
        const std::string_view line = std::string_view(t).substr(ls, le - ls);
        if (RE2::PartialMatch(line, exact)) {
          ++matched;
          ASSERT_TRUE(RE2::PartialMatch(line, cut)) << p << " in " << line;
        }
        ls = le + 1;
      }
    }
    EXPECT_GT(matched, 20) << p << " matched " << matched;  // the random lines reach it
  }
}

TEST(Common, UrlHost) {
  EXPECT_EQ(UrlHost("https://www.city.osaka.lg.jp/nishinari/page.html"), "www.city.osaka.lg.jp");
  EXPECT_EQ(UrlHost("http://example.test:8080/x"), "example.test");
  EXPECT_EQ(UrlHost("https://teawatenancy.govt.nz?ref=1"), "teawatenancy.govt.nz");
  EXPECT_EQ(UrlHost("city.sakai.lg.jp/kurashi"), "city.sakai.lg.jp");
}

TEST(Common, StripBullet) {
  EXPECT_EQ(StripBullet("  - those results belong to 742 patients"),
            "those results belong to 742 patients");
  EXPECT_EQ(StripBullet("\xE3\x80\x80・氏名、住所"), "氏名、住所");
  EXPECT_EQ(StripBullet("• they were mailed"), "they were mailed");
  EXPECT_EQ(StripBullet("●電話番号"), "電話番号");
  EXPECT_EQ(StripBullet("■ 生年月日 "), "生年月日");
  EXPECT_EQ(StripBullet("*  Names"), "Names");
  // A hyphen or an asterisk without a space after it is no marker ("-5 degrees", "*Note").
  EXPECT_EQ(StripBullet("-5 degrees"), "-5 degrees");
  EXPECT_EQ(StripBullet(" *Note "), "*Note");
  EXPECT_EQ(StripBullet("氏名"), "氏名");
  EXPECT_EQ(StripBullet("  "), "");
  EXPECT_EQ(BulletBytes("・氏名"), 3u);
  EXPECT_EQ(BulletBytes("- a"), 2u);
  EXPECT_EQ(BulletBytes(" - a"), 0u);  // spaces first: the caller trims
  EXPECT_EQ(BulletBytes("—a"), 0u);    // an em dash (E2 80 94) is no marker
  EXPECT_EQ(BulletBytes("-"), 0u);
}

TEST(Common, LeadingParenNumber) {
  size_t len = 0;
  EXPECT_EQ(LeadingParenNumber("(6)保護者の電話番号", &len), 6);
  EXPECT_EQ(len, 3u);
  EXPECT_EQ(LeadingParenNumber("(12) 氏名", &len), 12);
  EXPECT_EQ(len, 4u);
  EXPECT_EQ(LeadingParenNumber("(123)"), 0);
  EXPECT_EQ(LeadingParenNumber("(a)"), 0);
  EXPECT_EQ(LeadingParenNumber("(1"), 0);
  EXPECT_EQ(LeadingParenNumber(" (1)"), 0);
}

}  // namespace
}  // namespace leakwatch::text
