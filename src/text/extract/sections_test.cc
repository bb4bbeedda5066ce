#include "text/extract/sections.h"

#include <gtest/gtest.h>
#include <re2/re2.h>

#include <random>
#include <string>

namespace leakwatch::text {
namespace {

TEST(Sections, ListMarkerPreCheckAgreesWithTheMarkerRegex) {
  // Every string the marker regex matches starts with a byte the pre-check lets through.
  static const RE2 marker("^(?:\\([0-9]{1,2}\\)|[0-9]{1,2}[.)]|[①-⑳]|[・●■※-]) *");
  const std::string pieces[] = {"(", ")", "1", "12", ".", "①",  "⑳",    "・",  "●",
                                "■", "※", "-", " ",  "a", "あ", "\xE2", "\x80"};
  std::mt19937 rng(3);
  for (int round = 0; round < 20000; ++round) {
    std::string s;
    for (size_t n = 1 + rng() % 4; n > 0; --n) s += pieces[rng() % std::size(pieces)];
    if (RE2::PartialMatch(s, marker)) ASSERT_TRUE(MayStartListMarker(s[0])) << s;
  }
  EXPECT_FALSE(MayStartListMarker('a'));
}

TEST(Sections, HeadingKinds) {
  const std::pair<const char*, std::optional<SectionKind>> cases[] = {
      {"1 経過と概要", SectionKind::kTimeline},
      {"2 流出した個人情報", SectionKind::kData},
      {"3 事故後の対応", SectionKind::kResponse},
      {"4 再発防止について", SectionKind::kPrevention},
      {"(5)原因", SectionKind::kCause},
      {"問い合わせ先:西成区役所(06-6659-9945)", SectionKind::kContact},
      {"情報ソース", SectionKind::kSources},
      {"What Happened", SectionKind::kTimeline},
      {"What Information Was Involved?", SectionKind::kData},
      {"What We Are Doing", SectionKind::kResponse},
      {"What You Can Do", SectionKind::kYouCanDo},
      {"For More Information", SectionKind::kContact},
      {"今後このようなことが生じないよう再発防止に努め、個人情報の保護に取り組んでまいります。",
       std::nullopt},
      {"本日は晴天です", std::nullopt},
      // Several rules match: the first listed names the heading.
      {"再発防止策と今後の対応", SectionKind::kPrevention},    // also response
      {"お客様へのお願いと再発防止", SectionKind::kYouCanDo},  // also prevention
      {"事案の原因と経緯", SectionKind::kCause},               // also timeline
      {"対象者へのお問い合わせ窓口", SectionKind::kData},      // also contact
  };
  for (const auto& [line, want] : cases) EXPECT_EQ(HeadingKind(line), want) << line;
}

TEST(Sections, Ranges) {
  std::string text = "前文\n1 経過\n本文A。\n2 再発防止\n本文B。\n";
  std::vector<Section> s = FindSections(text);
  ASSERT_EQ(s.size(), 2u);
  EXPECT_EQ(s[0].kind, SectionKind::kTimeline);
  EXPECT_EQ(text.substr(s[0].start, s[0].end - s[0].start), "本文A。\n");
  EXPECT_EQ(Sentences(text, s[1].start, s[1].end), std::vector<std::string>{"本文B。"});
}

TEST(Sections, PreventionMeasures) {
  std::vector<std::string> got =
      PreventionMeasures({"これまで注意喚起を行ってまいりました。",
                          "今回の事態を厳粛に受け止め、別の職員によるダブルチェックを怠ることなく厳"
                          "重に行うよう、作業マニュアルを徹底しチェック強化を図ります。"});
  EXPECT_EQ(got, (std::vector<std::string>{"別の職員によるダブルチェックを怠ることなく厳重に行う",
                                           "作業マニュアルを徹底しチェック強化を図る"}));
}

}  // namespace
}  // namespace leakwatch::text
