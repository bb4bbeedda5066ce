#include "lookup/identifier.h"

#include <gtest/gtest.h>

#include "lookup/lookup_table.h"

namespace leakwatch::lookup {
namespace {

TEST(Identifier, EmailsAreTrimmedAndLowerCased) {
  struct Case {
    std::string in, want;
  } cases[] = {
      {"Test@Example.COM", "test@example.com"},
      {"  a.b+c@x.jp\t", "a.b+c@x.jp"},
      {"\xE3\x80\x80user@example.com", "user@example.com"},      // ideographic space trimmed
      {"\xC3\x89milie@Example.fr", "\xC3\xA9milie@example.fr"},  // É lower-cased
  };
  for (const auto& c : cases) {
    auto r = NormalizeEmail(c.in);
    ASSERT_TRUE(r.ok()) << c.in;
    EXPECT_EQ(*r, c.want);
  }
  for (const std::string& bad : std::vector<std::string>{
           "", "no-at-sign", "@x.jp", "a@", "a@b@c", "a b@c.jp", std::string(300, 'a') + "@x.jp"})
    EXPECT_EQ(NormalizeEmail(bad).status().code(), StatusCode::kInvalidArgument) << bad;
}

TEST(Identifier, PhonesBecomeE164) {
  struct Case {
    std::string in, country, want;
  } cases[] = {
      {"06-6659-9945", "JP", "+81666599945"},
      {"(06) 6659 9945", "JP", "+81666599945"},
      {"\xEF\xBC\x90\xEF\xBC\x96-6659-9945", "JP", "+81666599945"},  // full-width ０６
      {"090-1234-5678", "JP", "+819012345678"},
      {"+81 6 6659 9945", "US", "+81666599945"},
      {"0081666599945", "US", "+81666599945"},
      {"(415) 555-0100", "US", "+14155550100"},
      {"1-415-555-0100", "US", "+14155550100"},
  };
  for (const auto& c : cases) {
    auto r = NormalizePhone(c.in, c.country);
    ASSERT_TRUE(r.ok()) << c.in << ": " << r.status().ToString();
    EXPECT_EQ(*r, c.want) << c.in;
  }
  EXPECT_FALSE(NormalizePhone("12345", "JP").ok());
  EXPECT_FALSE(NormalizePhone("415-555-0100", "FR").ok());
  EXPECT_FALSE(NormalizePhone("06-6659-99x5", "JP").ok());
  EXPECT_FALSE(NormalizePhone("+1234567890123456", "JP").ok());
}

TEST(Identifier, HashesMatchKnownValues) {
  auto empty = Sha1("");
  EXPECT_EQ(ToHexUpper(empty), "DA39A3EE5E6B4B0D3255BFEF95601890AFD80709");
  EXPECT_EQ(ToHexUpper(Sha1("password")), "5BAA61E4C9B93F3F0682250B6CF8331B7EE68FD8");
  auto ntlm = Ntlm("password");
  if (ntlm.status().code() == StatusCode::kUnavailable) GTEST_SKIP() << "no MD4";
  ASSERT_TRUE(ntlm.ok());
  EXPECT_EQ(ToHexUpper(*ntlm), "8846F7EAEE8FB117AD06BDD830B7586C");
}

}  // namespace
}  // namespace leakwatch::lookup
