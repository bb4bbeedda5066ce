#include "text/extract/boilerplate.h"

#include <gtest/gtest.h>

namespace leakwatch::text {
namespace {

TEST(Boilerplate, Lines) {
  const std::pair<const char*, bool> cases[] = {
      {"[PR]上記の広告は3ヶ月以上新規記事投稿のないブログに表示されています。", true},
      {"PR", true},
      {"この記事にコメントする", true},
      {"PDFファイルの閲覧には Adobe Reader が必要です。", true},
      {"国民健康保険被保険者証(見本) (pdf, 348.10KB)", true},
      {"ツイート", true},
      {"ホーム > 報道発表資料 > 西成区", true},
      {"Copyright (c) City of Osaka", true},
      {"Skip to main content", true},
      {"×", true},
      {"3世帯8名の、被保険者証番号・氏名・生年月日", false},
      {"4 再発防止について", false},
      {"Share this with the members who were affected by the incident.", false},
      {"情報ソース", false},
  };
  for (const auto& [line, want] : cases) EXPECT_EQ(IsBoilerplateLine(line), want) << line;
}

TEST(Boilerplate, StripKeepsBody) {
  EXPECT_EQ(StripBoilerplate("[PR]広告\n本文一\n\n\n本文二  \nPR\nこの記事にコメントする"),
            "本文一\n\n本文二\n");
}

}  // namespace
}  // namespace leakwatch::text
