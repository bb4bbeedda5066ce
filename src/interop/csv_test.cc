#include "interop/csv.h"

#include <gtest/gtest.h>

namespace leakwatch::interop {
namespace {

using Fields = std::vector<std::string>;

struct Case {
  std::string input;
  std::vector<Fields> want;
};

TEST(CsvReader, ParsesTheRfc4180Cases) {
  const Case cases[] = {
      {"a,b,c\n", {{"a", "b", "c"}}},
      {"a,b,c", {{"a", "b", "c"}}},
      {"a,b\r\nc,d\r\n", {{"a", "b"}, {"c", "d"}}},
      {"\"a,1\",b\n", {{"a,1", "b"}}},
      {"\"line\nbreak\",x\n", {{"line\nbreak", "x"}}},
      {"\"say \"\"hi\"\"\",y\n", {{"say \"hi\"", "y"}}},
      {"a,,\n", {{"a", "", ""}}},
      {"\"\",b\n", {{"", "b"}}},
      {"\xEF\xBB\xBFh1,h2\n", {{"h1", "h2"}}},
      {"a\n\n\nb\n", {{"a"}, {"b"}}},
      {"caf\xC3\xA9,\xE6\x97\xA5\n", {{"caf\xC3\xA9", "\xE6\x97\xA5"}}},
      {"\"crlf\r\ninside\"\r\n", {{"crlf\r\ninside"}}},
  };
  for (const auto& c : cases) {
    auto r = ParseCsv(c.input);
    ASSERT_TRUE(r.ok()) << c.input << ": " << r.status().ToString();
    ASSERT_EQ(r->size(), c.want.size()) << c.input;
    for (std::size_t i = 0; i < c.want.size(); ++i) EXPECT_EQ((*r)[i].fields, c.want[i]) << c.input;
  }
}

TEST(CsvReader, CountsLinesAcrossQuotedBreaks) {
  CsvReader reader("h\n\"a\nb\nc\"\nnext\n");
  CsvRecord rec;
  Status st;
  ASSERT_TRUE(reader.Next(&rec, &st));
  EXPECT_EQ(rec.line, 1);
  ASSERT_TRUE(reader.Next(&rec, &st));
  EXPECT_EQ(rec.line, 2);
  ASSERT_TRUE(reader.Next(&rec, &st));
  EXPECT_EQ(rec.line, 5);
  EXPECT_EQ(rec.fields, Fields{"next"});
  EXPECT_FALSE(reader.Next(&rec, &st));
}

TEST(CsvReader, ReportsBrokenRecordsAndContinues) {
  const struct {
    std::string input;
    std::string error;
  } cases[] = {
      {"a\"b,c\nok,1\n", "quote inside an unquoted field"},
      {"\"a\"b,c\nok,1\n", "text after a closing quote"},
  };
  for (const auto& c : cases) {
    CsvReader reader(c.input);
    CsvRecord rec;
    Status st;
    ASSERT_TRUE(reader.Next(&rec, &st));
    EXPECT_FALSE(st.ok());
    EXPECT_NE(st.message().find(c.error), std::string::npos) << st.message();
    EXPECT_NE(st.message().find("line 1"), std::string::npos) << st.message();
    ASSERT_TRUE(reader.Next(&rec, &st)) << c.input;
    EXPECT_TRUE(st.ok()) << st.ToString();
    EXPECT_EQ(rec.fields, (Fields{"ok", "1"}));
    EXPECT_EQ(rec.line, 2);
  }
}

TEST(CsvReader, UnclosedQuoteIsAnErrorNotAHang) {
  auto r = ParseCsv("a,b\n\"never closed,x\ny,z\n");
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("line 2"), std::string::npos) << r.status().message();
  // Reading resumes on the line after the unclosed quote.
  CsvReader reader("a,b\n\"never closed,x\ny,z\n");
  CsvRecord rec;
  Status st;
  ASSERT_TRUE(reader.Next(&rec, &st));
  ASSERT_TRUE(reader.Next(&rec, &st));
  EXPECT_FALSE(st.ok());
  ASSERT_TRUE(reader.Next(&rec, &st));
  EXPECT_TRUE(st.ok());
  EXPECT_EQ(rec.fields, (Fields{"y", "z"}));
  EXPECT_EQ(rec.line, 3);
  EXPECT_FALSE(reader.Next(&rec, &st));
  CsvReader lone("\"");
  ASSERT_TRUE(lone.Next(&rec, &st));
  EXPECT_FALSE(st.ok());
  EXPECT_FALSE(lone.Next(&rec, &st));
}

TEST(CsvWriter, QuotesOnlyWhenNeededAndRoundTrips) {
  EXPECT_EQ(QuoteCsvField("plain"), "plain");
  EXPECT_EQ(QuoteCsvField("a,b"), "\"a,b\"");
  EXPECT_EQ(QuoteCsvField("say \"x\""), "\"say \"\"x\"\"\"");
  EXPECT_EQ(QuoteCsvField("two\nlines"), "\"two\nlines\"");
  EXPECT_EQ(QuoteCsvField(" padded"), "\" padded\"");
  Fields row = {"a,b", "\"q\"", "", "multi\r\nline", "日本"};
  auto r = ParseCsv(CsvLine(row) + CsvLine({"x"}));
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  ASSERT_EQ(r->size(), 2u);
  EXPECT_EQ((*r)[0].fields, row);
}

}  // namespace
}  // namespace leakwatch::interop
