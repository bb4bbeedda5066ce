#include "text/extract/vocab.h"

#include <gtest/gtest.h>
#include <re2/re2.h>

#include <random>
#include <string>
#include <vector>

#include "text/extract/common.h"

namespace leakwatch::text {
namespace {

using record::DataItem;
using record::IncidentType;

TEST(Vocab, IncidentTypes) {
  const std::tuple<const char*, const char*, IncidentType> cases[] = {
      {"被保険者証の誤送付について", "", IncidentType::kMisdeliveryMail},
      {"通知書の誤封入について", "", IncidentType::kMisdeliveryMail},
      {"メールの誤送信について", "BCCで送るべきところをTOで送信", IncidentType::kMisdeliveryEmail},
      {"FAXの誤送信について", "ファクスを誤って別の番号へ", IncidentType::kMisdeliveryFax},
      {"USBメモリの紛失について", "", IncidentType::kLoss},
      {"パソコンの盗難について", "", IncidentType::kTheft},
      {"不正アクセスによる情報流出", "", IncidentType::kUnauthorizedAccess},
      {"ランサムウェア被害について", "不正アクセスを受け", IncidentType::kMalwareRansomware},
      {"設定ミスによる個人情報の閲覧可能な状態について", "",
       IncidentType::kMisconfigurationExposure},
      {"書類の誤廃棄について", "", IncidentType::kImproperDisposal},
      {"Notice of Data Security Incident",
       "an unauthorized party gained access after a phishing email",
       IncidentType::kUnauthorizedAccess},
      {"Notice", "a laptop was stolen from an employee's car", IncidentType::kTheft},
      {"Notice", "letters were mailed to the wrong address", IncidentType::kMisdeliveryMail},
      {"Notice", "an employee accessed records without a business need",
       IncidentType::kInsiderMisuse},
      {"お知らせ", "本日は晴天です", IncidentType::kOther},
  };
  for (const auto& [title, body, want] : cases)
    EXPECT_EQ(ClassifyIncident(title, std::string(title) + "\n" + body).type, want)
        << title << body;
}

// ClassifyIncident reads the text in blocks of whole lines (about 128 bytes):
// offsets and the weak hints' cap of two must hold across blocks.
TEST(Vocab, IncidentTypeAcrossLineBlocks) {
  std::string filler;
  for (int i = 0; i < 100; ++i) filler += "あ";  // 300 bytes
  filler += "\n";
  const std::string three_blocks = filler + filler + filler + filler + filler;
  std::string text = three_blocks + "USBメモリを紛失しました\n" + filler;
  TypeGuess g = ClassifyIncident("お知らせ", text);
  EXPECT_EQ(g.type, IncidentType::kLoss);
  EXPECT_EQ(g.start, text.find("紛失"));
  EXPECT_EQ(g.end, text.find("紛失") + std::string_view("紛失").size());
  // A weak hint (メール) counts twice at most, wherever the blocks fall: three
  // mentions in three blocks are still not enough to name a type.
  std::string weak = "メール\n" + filler + filler + "メール\n" + filler + filler + "メール\n";
  EXPECT_EQ(ClassifyIncident("お知らせ", weak).type, IncidentType::kOther);
  EXPECT_EQ(ClassifyIncident("お知らせ", "メール メール メール\n").type, IncidentType::kOther);
  // The strong e-mail wording counts every time, in any block.
  std::string strong = "誤送信\n" + three_blocks + "誤送信\n";
  g = ClassifyIncident("お知らせ", strong);
  EXPECT_EQ(g.type, IncidentType::kMisdeliveryEmail);
  EXPECT_EQ(g.start, 0u);
}

TEST(Vocab, DataItemFor) {
  const std::pair<const char*, std::optional<DataItem>> cases[] = {
      {"被保険者証番号", DataItem::kInsuranceNumber},
      {"氏名", DataItem::kName},
      {"世帯主氏名", DataItem::kOther},
      {"生年月日", DataItem::kDateOfBirth},
      {"住所", DataItem::kAddress},
      {"メールアドレス", DataItem::kEmail},
      {"email addresses", DataItem::kEmail},
      {"Social Security numbers", DataItem::kMyNumberOrSsn},
      {"dates of birth", DataItem::kDateOfBirth},
      {"資格取得年月日", std::nullopt},
      {"クレジットカード番号", DataItem::kCreditCard},
      {"口座番号", DataItem::kAccountNumber},
  };
  for (const auto& [p, want] : cases) EXPECT_EQ(DataItemFor(p), want) << p;
}

TEST(Vocab, FindDataItems) {
  DataItems d = FindDataItems(
      "流出した個人情報\n3世帯8名の、被保険者証番号・氏名・生年月日・性別・住所・世帯主氏名・資格取"
      "得年月日・給付開始年月日\n");
  EXPECT_EQ(d.raw, (std::vector<std::string>{"被保険者証番号", "氏名", "生年月日", "性別", "住所",
                                             "世帯主氏名", "資格取得年月日", "給付開始年月日"}));
  EXPECT_EQ(d.items, (std::vector<DataItem>{DataItem::kAddress, DataItem::kDateOfBirth,
                                            DataItem::kInsuranceNumber, DataItem::kName,
                                            DataItem::kOther, DataItem::kSex}));
  DataItems e = FindDataItems(
      "The information involved may have included names, addresses, dates of birth, and Social "
      "Security numbers. We are sorry.");
  EXPECT_EQ(e.items, (std::vector<DataItem>{DataItem::kAddress, DataItem::kDateOfBirth,
                                            DataItem::kMyNumberOrSsn, DataItem::kName}));
  EXPECT_TRUE(FindDataItems("住所変更の処理を行った83世帯の封入作業において、宛名と封入する保険証の"
                            "確認が十分でなく、")
                  .items.empty());
}

TEST(Vocab, Sector) {
  EXPECT_EQ(SectorFor("大阪市西成区役所"), record::Sector::kGovernment);
  EXPECT_EQ(SectorFor("市立総合病院"), record::Sector::kHealthcare);
  EXPECT_EQ(SectorFor("県立高等学校"), record::Sector::kEducation);
  EXPECT_EQ(SectorFor("みずほ銀行"), record::Sector::kFinance);
  EXPECT_EQ(SectorFor("Acme Regional Hospital"), record::Sector::kHealthcare);
  EXPECT_EQ(SectorFor("xyz"), std::nullopt);
}

TEST(Vocab, SegmentStepsEqualTheirRegexesOnRandomText) {
  // The literal pre-checks never change a verdict: random strings of pieces of
  // the patterns (in both cases, with ſ and K) against the plain regexes.
  static const RE2 denial(
      "(?i)(?:ておりません|ていません|ありません|含まれません|お預かりしておりません|^no |"
      "(?:was|were|are|is) not|not (?:been )?(?:involved|affected|accessed|compromised|included)|"
      "no evidence|did not)");
  static const RE2 sample("見本|様式|記入例|サンプル|\\(pdf|(?i)sample");
  static const RE2 sep("・|、|,|/|;|及び|および|並びに|ならびに|\\band\\b|\\bor\\b|\\band/or\\b");
  const std::vector<std::string> pieces = {
      "No ",      "no",   "NO",         " not ",  "were",   "is",   "did",    "evidence",
      "ません",   "まし", "ありません", "見本",   "様式",   "記入", "例",     "サンプル",
      "サン",     "(pdf", "(PDF",       "Sample", "ſample", "AMPL", "amp",    "le",
      "・",       "、",   ",",          "/",      ";",      "及び", "および", "並びに",
      "ならびに", "びに", "and",        "AND",    "or",     "Or",   "and/or", "x",
      " ",        "3",    "氏名",       "a",      "n",      "o",    "d",      "K",
      "\xE3",     "\n"};
  std::mt19937 rng(11);
  for (int round = 0; round < 20000; ++round) {
    std::string s;
    for (size_t n = rng() % 8; n > 0; --n) s += pieces[rng() % pieces.size()];
    ASSERT_EQ(SegmentDenies(s), RE2::PartialMatch(s, denial)) << s;
    ASSERT_EQ(SegmentIsSample(s), RE2::PartialMatch(s, sample)) << s;
    // The parts between the regex's matches (a comma between digits kept).
    std::vector<std::string_view> want;
    std::string_view v = s;
    size_t last = 0;
    ForEachMatch(sep, v, [&](const auto& g) {
      size_t at = OffsetIn(v, g[0]);
      if (g[0] == "," && at > 0 && at + 1 < v.size() && std::isdigit((unsigned char)v[at - 1]) &&
          std::isdigit((unsigned char)v[at + 1]))
        return;
      want.push_back(v.substr(last, at - last));
      last = at + g[0].size();
    });
    want.push_back(v.substr(last));
    ASSERT_EQ(SplitAtSeparators(v), want) << s;
  }
  EXPECT_EQ(SplitAtSeparators("氏名、住所及び電話番号").size(), 3u);
  EXPECT_EQ(SplitAtSeparators("3,900 names").size(), 1u);
  EXPECT_TRUE(SegmentIsSample("ſAMPLE form"));
  EXPECT_TRUE(SegmentDenies("Passwords were NOT involved"));
}

}  // namespace
}  // namespace leakwatch::text
