#include "text/extract/sections.h"

#include <gtest/gtest.h>
#include <re2/re2.h>

#include <random>
#include <string>
#include <vector>

#include "text/random_pieces_test_util.h"

namespace leakwatch::text {
namespace {

TEST(Sections, ListMarkerPreCheckAgreesWithTheMarkerRegex) {
  // Every string the marker regex matches starts with a byte the pre-check lets through.
  static const RE2 marker("^(?:\\([0-9]{1,2}\\)|[0-9]{1,2}[.)]|[①-⑳]|[・●■※-]) *");
  const std::string pieces[] = {"(", ")", "1", "12", ".", "①",  "⑳",    "・",  "●",
                                "■", "※", "-", " ",  "a", "あ", "\xE2", "\x80"};
  std::mt19937 rng(3);
  for (int round = 0; round < 20000; ++round) {
    const std::string s = JoinRandomPieces(rng, pieces, 1 + rng() % 4);
    if (RE2::PartialMatch(s, marker)) ASSERT_TRUE(MayStartListMarker(s[0])) << s;
  }
  EXPECT_FALSE(MayStartListMarker('a'));
}

TEST(Sections, NumberingPreCheckAgreesWithTheNumberingRegex) {
  // Wherever HeadingKind's numbering regex takes something from a line that
  // starts with no space, the pre-check lets the line through.
  static const RE2 numbering(
      "^(?:(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3}|[①-⑳]|第[0-9]{1,2}|[A-Za-z])(?:[.、．)]| )|"
      "\\([0-9]{1,2}\\)|[■□●○◆◇▼▽・※]|【|\\[)? *");
  const std::string pieces[] = {"(",  ")", "1", "12", ".",  "、", "．",   " ",    "一", "十",
                                "百", "①", "⑳", "⑴",  "第", "■",  "▽",    "・",   "※",  "【",
                                "[",  "a", "Z", "ſ",  "K",  "あ", "\xE2", "\x80", "\t", "経過"};
  std::mt19937 rng(43);
  for (int round = 0; round < 50000; ++round) {
    const std::string s = JoinRandomPieces(rng, pieces, 1 + rng() % 4);
    if (s[0] == ' ') continue;
    re2::StringPiece sp(s);
    if (RE2::Consume(&sp, numbering) && sp.size() < s.size())
      ASSERT_TRUE(MayStartNumbering(s)) << s;
  }
  EXPECT_FALSE(MayStartNumbering("経過"));
  // Digits and letters need the separator after them.
  EXPECT_FALSE(MayStartNumbering("2024年"));
  EXPECT_FALSE(MayStartNumbering("What happened"));
  EXPECT_TRUE(MayStartNumbering("12. What happened"));
  EXPECT_TRUE(MayStartNumbering("A What happened"));
}

TEST(Sections, HeadingPreCheckAgreesWithTheRules) {
  // Wherever a heading rule matches, the pre-check lets the words through.
  const std::string pieces[] = {"what",
                                "wh",
                                "at",
                                " ",
                                "you can do",
                                "steps",
                                "ste",
                                "ps",
                                "ſteps",
                                "ta",
                                "Ken",
                                "taken",
                                "preventi",
                                "cause",
                                "why did",
                                "information",
                                "data",
                                "was",
                                "involved",
                                "response",
                                "in",
                                "background",
                                "incident",
                                "details",
                                "summary",
                                "about",
                                "the",
                                "contact",
                                "questions",
                                "sources",
                                "source:",
                                ":",
                                "$",
                                "再発",
                                "防止",
                                "策",
                                "今後",
                                "の",
                                "取組",
                                "原因",
                                "対象",
                                "者",
                                "記載",
                                "内容",
                                "流出",
                                "漏え",
                                "漏洩",
                                "い",
                                "情報",
                                "影響",
                                "含まれる",
                                "紛失",
                                "対応",
                                "措置",
                                "経過",
                                "概要",
                                "経緯",
                                "事案",
                                "発生状況",
                                "現在の状況",
                                "事故",
                                "問い",
                                "合わせ",
                                "問合せ",
                                "連絡先",
                                "窓口",
                                "出典",
                                "ソース",
                                "掲載元",
                                "お客様へのお願い",
                                "ご注意ください",
                                "した",
                                "された",
                                "ファイル",
                                "データ",
                                "a",
                                "x",
                                "ſ",
                                "K",
                                "k",
                                "s",
                                "ã"};
  std::mt19937 rng(7);
  int headings = 0;
  for (int round = 0; round < 50000; ++round) {
    const std::string s = JoinRandomPieces(rng, pieces, 1 + rng() % 4);
    if (HeadingRuleKind(s)) {
      ++headings;
      ASSERT_TRUE(MayNameHeading(s)) << s;
    }
  }
  EXPECT_GT(headings, 1000);
  EXPECT_FALSE(MayNameHeading("dear valued customer"));
  EXPECT_FALSE(MayNameHeading("株式会社テスト"));
  EXPECT_TRUE(MayNameHeading("ſummary"));
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
      // dev108/005: the questions of an Australian clinic's notice.
      {"What have we done?", SectionKind::kResponse},
      {"What are we changing?", SectionKind::kPrevention},
      {"What Information Was Involved?", SectionKind::kData},
      // dev68/018: what a file held.
      {"What was in the spreadsheet", SectionKind::kData},
      {"What was on the laptop", SectionKind::kData},
      {"What We Are Doing", SectionKind::kResponse},
      {"What You Can Do", SectionKind::kYouCanDo},
      {"For More Information", SectionKind::kContact},
      // Information named by what happened to it.
      {"2 誤送信した個人情報", SectionKind::kData},
      {"【送付された情報】", SectionKind::kData},
      {"閲覧された情報:氏名、生年月日", SectionKind::kData},
      // dev106/002: the file attached by mistake, what it held listed under it.
      {"2. 誤って添付したファイル", SectionKind::kData},
      {"紛失したデータ", SectionKind::kData},
      {"紛失した書類に記載された情報", SectionKind::kData},
      {"What data was involved", SectionKind::kData},
      {"Information affected", SectionKind::kData},
      {"Categories of personal data exposed", SectionKind::kData},
      // A form's field about the one who reports is no data heading.
      {"Relationship to the company whose data was exposed: Vendor", std::nullopt},
      // dev72/028: a category of people in a data list, not a contact heading.
      {"(2) Contact persons at customers and business partners: approx. 9,800 persons",
       std::nullopt},
      {"Contact", SectionKind::kContact},
      {"Contact us", SectionKind::kContact},
      {"Contact information", SectionKind::kContact},
      {"Contacts", SectionKind::kContact},
      {"Contact phone numbers", SectionKind::kContact},
      {"4. Actions Taken in Response", SectionKind::kResponse},
      {"Response", SectionKind::kResponse},
      {"提供する情報", std::nullopt},
      {"今後このようなことが生じないよう再発防止に努め、個人情報の保護に取り組んでまいります。",
       std::nullopt},
      {"本日は晴天です", std::nullopt},
      // A site's navigation row copied with the page heads no section.
      {"ログイン 会員登録 お問い合わせ", std::nullopt},
      {"Contact us | Home | Sitemap", std::nullopt},
      {"お問い合わせ", SectionKind::kContact},
      // A bullet that lists items is no heading, though 内容 heads a timeline.
      {"・受診歴、治療内容の区分", std::nullopt},
      {"・事故の内容", SectionKind::kTimeline},
      // A table's row is no heading.
      {"項目 | 内容", std::nullopt},
      {"│ ご家族(緊急連絡先) │ 3名 │", std::nullopt},
      // A line that counts what was lost names 連絡先 but heads no contact (dev88/013).
      {"ひよこ組 7世帯分の緊急連絡先カード", std::nullopt},
      {"連絡先", SectionKind::kContact},
      // Several rules match: the first listed names the heading.
      {"再発防止策と今後の対応", SectionKind::kPrevention},    // also response
      {"お客様へのお願いと再発防止", SectionKind::kYouCanDo},  // also prevention
      {"事案の原因と経緯", SectionKind::kCause},               // also timeline
      {"対象者へのお問い合わせ窓口", SectionKind::kData},      // also contact
      {"対象のお客さまへの対応", SectionKind::kResponse},      // also data
      // dev22, dev23: what a server held, the incident's effect on the business, the notifier
      // by its name, a site menu's "About Us" and a closing profile.
      {"【保存されていた主な情報】", SectionKind::kData},
      {"【業務への影響】", SectionKind::kOther},
      {"What NRH Is Doing", SectionKind::kResponse},
      {"About Us", std::nullopt},
      {"About Acme Bank", SectionKind::kOther},
      // dev25: what a document sent in error held is listed under it.
      {"2 誤送信した書類", SectionKind::kData},
      {"2 紛失した受付票", SectionKind::kData},
      {"3.誤送付した納税通知書等", SectionKind::kData},
      // dev78/009: a heading of 21 Japanese characters (63 bytes); a long line that heads no
      // data is no heading; where things stand now ends a list of data (dev26/006).
      {"2 誤送付された負担割合証に記載されていた情報", SectionKind::kData},
      {"2 誤送付された負担割合証の回収と皆様へのご連絡について", std::nullopt},
      {"3.現在の状況", SectionKind::kTimeline},
  };
  for (const auto& [line, want] : cases) EXPECT_EQ(HeadingKind(line), want) << line;
}

TEST(Sections, RunInHeadings) {
  // A letter's standard headings run into their paragraphs.
  const std::string text =
      "Dear Member,\nWhat Happened? On May 4, 2023, we learned that an employee's email account "
      "was accessed.\nWhat Information Was Involved? The account held names and Social Security "
      "numbers.\nWhat We Are Doing. We reset the employee's password and added filtering.\nWhat "
      "happened to the mail is not known, and it is a long line that is not a heading at all.\n";
  std::vector<Section> s = FindSections(text);
  ASSERT_EQ(s.size(), 3u);
  EXPECT_EQ(s[0].kind, SectionKind::kTimeline);
  EXPECT_EQ(s[1].kind, SectionKind::kData);
  EXPECT_EQ(s[2].kind, SectionKind::kResponse);
  EXPECT_EQ(text.substr(s[1].heading_start, s[1].heading_end - s[1].heading_start),
            "What Information Was Involved?");
  EXPECT_TRUE(text.substr(s[1].start).starts_with("The account held"));
  EXPECT_EQ(s[1].end, s[2].heading_start);
}

TEST(Sections, Ranges) {
  std::string text = "前文\n1 経過\n本文A。\n2 再発防止\n本文B。\n";
  std::vector<Section> s = FindSections(text);
  ASSERT_EQ(s.size(), 2u);
  EXPECT_EQ(s[0].kind, SectionKind::kTimeline);
  EXPECT_EQ(text.substr(s[0].start, s[0].end - s[0].start), "本文A。\n");
  EXPECT_EQ(Sentences(text, s[1].start, s[1].end), std::vector<std::string>{"本文B。"});
}

// A table's header row under a data heading ("項目 内容" from <th> cells) goes on with the
// data; 内容 alone would head a timeline (dev68/008).
TEST(Sections, TableHeaderRowUnderDataHeading) {
  std::string text =
      "2. 閲覧可能となっていた情報\n 項目 内容\n 基本情報 氏名、受験番号\n3. 対応\n本文。\n";
  std::vector<Section> s = FindSections(text);
  ASSERT_EQ(s.size(), 2u);
  EXPECT_EQ(s[0].kind, SectionKind::kData);
  EXPECT_EQ(text.substr(s[0].start, s[0].end - s[0].start),
            " 項目 内容\n 基本情報 氏名、受験番号\n");
}

// dev106/001: information named by where it went ("第三者に渡った") heads the data.
TEST(Sections, DataHeadingOfInformationThatWentToOthers) {
  EXPECT_EQ(HeadingKind("3 第三者に渡った個人情報"), SectionKind::kData);
  EXPECT_EQ(HeadingKind("２ 誤送付により第三者に渡った個人情報"), SectionKind::kData);
}

// dev106/004, dev105/015: lines that go on with the list above them are no headings, though
// they hold a heading's word (連絡先, 内容).
TEST(Sections, ListEntriesThatHoldAHeadingWord) {
  std::string numbered =
      "2 保存されていた個人情報\n (1)生徒の氏名\n (5)通学方法\n (6)保護者の緊急連絡先電話番号\n"
      "3 対応\n本文。\n";
  std::vector<Section> s = FindSections(numbered);
  ASSERT_EQ(s.size(), 2u);
  EXPECT_EQ(s[0].kind, SectionKind::kData);
  EXPECT_EQ(s[1].kind, SectionKind::kResponse);
  // (Headings numbered one after the other still head sections of their own.)
  std::string headings = "(1)漏えいした情報\n(2)原因\n本文。\n";
  s = FindSections(headings);
  ASSERT_EQ(s.size(), 2u);
  EXPECT_EQ(s[1].kind, SectionKind::kCause);
  std::string broken =
      "■閲覧できる状態だった情報\n・項目:保護者のお名前、お子さまの学年、\n  "
      "アレルギーの有無とその内容\n";
  s = FindSections(broken);
  ASSERT_EQ(s.size(), 1u);
  EXPECT_EQ(s[0].end, broken.size());
}

TEST(Sections, PreventionMeasures) {
  std::vector<std::string> got =
      PreventionMeasures({"これまで注意喚起を行ってまいりました。",
                          "今回の事態を厳粛に受け止め、別の職員によるダブルチェックを怠ることなく厳"
                          "重に行うよう、作業マニュアルを徹底しチェック強化を図ります。"});
  EXPECT_EQ(got, (std::vector<std::string>{"別の職員によるダブルチェックを怠ることなく厳重に行う",
                                           "作業マニュアルを徹底しチェック強化を図る"}));
}

// PreventionMeasures as it was before its pre-checks: every regex on every sentence.
std::vector<std::string> PreventionMeasuresReference(const std::vector<std::string>& sentences) {
  static const RE2 past("(?:ました|ものです|ものである|でした|ません)。?$");
  static const RE2 lead(
      "^(?:今回の(?:事態|事案|事故|件)を(?:厳粛|重く|真摯)に受け止め、?|さらに、?|また、?|今後は?"
      "、?|"
      "このため、?|つきましては、?|加えて、?|併せて、?|あわせて、?)+");
  static const RE2 recipient("、(?:全|各)?(?:職員|社員|従業員|教職員)に(?:対し(?:て)?)?、?");
  static const RE2 filler_tail(
      "、?[^、]*(?:全力で取り組んでまいります|努めてまいります|取り組んでまいります|"
      "再発防止に努めます)$");
  static const RE2 filler(
      "^(?:再発防止に(?:向け|努め).*|.*全力で取り組んでまいります.*|.*努めてまいります.*)$");
  static const std::pair<const char*, const char*> kEnd[] = {{"ようにいたします", "ようにする"},
                                                             {"いたします", "する"},
                                                             {"してまいります", "する"},
                                                             {"図ります", "図る"},
                                                             {"行います", "行う"},
                                                             {"努めます", "努める"},
                                                             {"徹底します", "徹底する"},
                                                             {"します", "する"},
                                                             {"ります", "る"},
                                                             {"います", "う"},
                                                             {"ます", "る"},
                                                             {"喚起し", "喚起する"},
                                                             {"徹底し", "徹底する"},
                                                             {"強化し", "強化する"},
                                                             {"実施し", "実施する"},
                                                             {"行い", "行う"},
                                                             {"図り", "図る"},
                                                             {"努め", "努める"}};
  std::vector<std::string> out;
  for (std::string s : sentences) {
    if (RE2::PartialMatch(s, past)) continue;
    if (s.ends_with("。")) s.resize(s.size() - 3);
    RE2::Replace(&s, lead, "");
    RE2::Replace(&s, filler_tail, "");
    std::vector<std::string> parts;
    size_t from = 0, at;
    while ((at = s.find("よう、", from)) != std::string::npos) {
      parts.push_back(s.substr(from, at - from));
      from = at + std::string_view("よう、").size();
    }
    parts.push_back(s.substr(from));
    for (std::string p : parts) {
      RE2::Replace(&p, lead, "");
      RE2::GlobalReplace(&p, recipient, "");
      for (size_t at = p.find("、"); at != std::string::npos; at = p.find("、", at))
        p.erase(at, std::string_view("、").size());
      if (p.size() < 12 || RE2::FullMatch(p, filler)) continue;
      for (const auto& [from_s, to_s] : kEnd) {
        std::string_view f(from_s);
        if (std::string_view(p).ends_with(f)) {
          p = p.substr(0, p.size() - f.size()) + to_s;
          break;
        }
      }
      out.push_back(p);
    }
  }
  return out;
}

TEST(Sections, PreventionMeasuresEqualsReferenceOnRandomSentences) {
  const std::vector<std::string> pieces = {"今回の事案を重く受け止め、",
                                           "さらに、",
                                           "また",
                                           "今後は、",
                                           "このため",
                                           "つきましては、",
                                           "加えて",
                                           "併せて、",
                                           "あわせて",
                                           "今",
                                           "ま",
                                           "、全職員に対して、",
                                           "、各社員に",
                                           "従業員に",
                                           "職員",
                                           "再発防止に向け",
                                           "再発防止に努めます",
                                           "全力で取り組んでまいります",
                                           "努めてまいります",
                                           "取り組んでまいります",
                                           "よう、",
                                           "ました",
                                           "ものです",
                                           "ものである",
                                           "でした",
                                           "ません",
                                           "。",
                                           "。",
                                           "チェック体制を強化し",
                                           "確認を徹底します",
                                           "研修を行います",
                                           "図ります",
                                           "いたします",
                                           "す",
                                           "た",
                                           "ん",
                                           "る",
                                           "\n",
                                           "、",
                                           "x",
                                           "個人情報の管理"};
  std::mt19937 rng(41);
  for (int round = 0; round < 20000; ++round) {
    std::vector<std::string> sentences(rng() % 3);
    for (std::string& s : sentences) s = JoinRandomPieces(rng, pieces, rng() % 8);
    ASSERT_EQ(PreventionMeasures(sentences), PreventionMeasuresReference(sentences))
        << testing::PrintToString(sentences);
  }
}

}  // namespace
}  // namespace leakwatch::text
