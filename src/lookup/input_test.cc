#include "lookup/input.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "lookup/identifier.h"
#include "util/scratch_dir_test_util.h"

namespace leakwatch::lookup {
namespace {

namespace fs = std::filesystem;

class InputTest : public ::testing::Test {
 protected:
  std::string Write(const std::string& name, const std::string& text) {
    fs::path p = dir_ / name;
    fs::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << text;
    return p.string();
  }
  // Builds from `input` and returns the range body of `prefix` (or the error).
  Result<std::string> BuildAndRange(const std::string& input, InputOptions o, std::uint32_t prefix,
                                    InputReport* report) {
    BuildOptions bo;
    bo.kind = o.kind;
    TableBuilder b(bo);
    LW_RETURN_IF_ERROR(ReadInput(input, o, &b, report));
    std::string out = (dir_ / "out.lwh").string();
    LW_RETURN_IF_ERROR(b.Finish(out, nullptr));
    LW_ASSIGN_OR_RETURN(auto t, LookupTable::Open(out));
    std::string body;
    LW_RETURN_IF_ERROR(t->AppendRange(prefix, &body).status());
    return body;
  }
  util::ScratchDir dir_{"lw-input-test"};
};

TEST_F(InputTest, PrefixFolderWithBomAndCrlf) {
  Write("pp/21BD1.txt",
        "\xEF\xBB\xBF"
        "0018A45C4D1DEF81644B54AB7F969B88D65:10\r\n0018A45C4D1DEF81644B54AB7F969B88D66:2");
  Write("pp/00000.txt", "005AD76BD555C1D6D771DE417A4B87E4B41:3\r\n");
  Write("pp/readme.md", "not a prefix file");
  InputReport r;
  auto body = BuildAndRange((dir_ / "pp").string(), {}, 0x21BD1, &r);
  ASSERT_TRUE(body.ok()) << body.status().ToString();
  EXPECT_EQ(*body,
            "0018A45C4D1DEF81644B54AB7F969B88D65:10\r\n0018A45C4D1DEF81644B54AB7F969B88D66:2");
  EXPECT_EQ(r.files, 2u);
  EXPECT_EQ(r.ignored_files, 1u);
  EXPECT_EQ(r.hashes, 3u);
  EXPECT_EQ(r.bad, 0u);
}

TEST_F(InputTest, SingleFileLfAndCrlfGiveTheSameStore) {
  const std::string lines[] = {"21BD10018A45C4D1DEF81644B54AB7F969B88D65:10",
                               "21bd10018a45c4d1def81644b54ab7f969b88d64:4"};
  InputReport r;
  auto lf = BuildAndRange(Write("lf.txt", lines[0] + "\n" + lines[1] + "\n"), {}, 0x21BD1, &r);
  auto crlf = BuildAndRange(Write("crlf.txt", lines[0] + "\r\n" + lines[1]), {}, 0x21BD1, &r);
  ASSERT_TRUE(lf.ok() && crlf.ok());
  EXPECT_EQ(*lf, *crlf);
  EXPECT_EQ(*lf, "0018A45C4D1DEF81644B54AB7F969B88D64:4\r\n0018A45C4D1DEF81644B54AB7F969B88D65:10");
}

TEST_F(InputTest, BadLinesAreCountedWithLineNumbers) {
  std::string f = Write("bad.txt",
                        "21BD10018A45C4D1DEF81644B54AB7F969B88D65:10\n"
                        "nothex0018A45C4D1DEF81644B54AB7F969B8865:1\n"
                        "21BD10018A45C4D1DEF81644B54AB7F969B88D6:1\n"
                        "\n"
                        "21BD10018A45C4D1DEF81644B54AB7F969B88D66:x\n"
                        "21BD10018A45C4D1DEF81644B54AB7F969B88D67:0\n" +
                            std::string(5000, 'A') + "\n");
  InputReport r;
  auto body = BuildAndRange(f, {}, 0x21BD1, &r);
  ASSERT_TRUE(body.ok());
  EXPECT_EQ(*body, "0018A45C4D1DEF81644B54AB7F969B88D65:10");
  EXPECT_EQ(r.bad, 5u);
  ASSERT_EQ(r.bad_samples.size(), 5u);
  EXPECT_NE(r.bad_samples[0].find("bad.txt:2: hash part is not hexadecimal"), std::string::npos);
  EXPECT_NE(r.bad_samples[1].find(":3: hash part has 39 characters"), std::string::npos);
  EXPECT_NE(r.bad_samples[2].find(":5: count is not"), std::string::npos);
  EXPECT_NE(r.bad_samples[3].find(":6: count must be at least 1"), std::string::npos);
  EXPECT_NE(r.bad_samples[4].find(":7: line longer"), std::string::npos);

  fs::remove(dir_ / "out.lwh");
  InputOptions strict;
  strict.strict = true;
  auto s = BuildAndRange(f, strict, 0, &r);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.status().code(), StatusCode::kInvalidArgument);
  EXPECT_NE(s.status().message().find("bad.txt:2:"), std::string::npos);
  EXPECT_FALSE(fs::exists(dir_ / "out.lwh"));
}

TEST_F(InputTest, EmptyInputsAreClearErrors) {
  InputReport r;
  auto s = BuildAndRange(Write("empty.txt", ""), {}, 0, &r);
  EXPECT_EQ(s.status().code(), StatusCode::kInvalidArgument);
  EXPECT_NE(s.status().message().find("no valid lines"), std::string::npos);
  fs::create_directories(dir_ / "nofiles");
  s = BuildAndRange((dir_ / "nofiles").string(), {}, 0, &r);
  EXPECT_NE(s.status().message().find("no per-prefix files"), std::string::npos);
  s = BuildAndRange((dir_ / "missing.txt").string(), {}, 0, &r);
  EXPECT_EQ(s.status().code(), StatusCode::kIoError);
}

TEST_F(InputTest, NtlmSingleFile) {
  InputOptions o;
  o.kind = HashKind::kNtlm;
  InputReport r;
  auto body = BuildAndRange(Write("ntlm.txt",
                                  "8846F7EAEE8FB117AD06BDD830B7586C:42\r\n"
                                  "21BD10018A45C4D1DEF81644B54AB7F969B88D65:1\r\n"),
                            o, 0x8846F, &r);
  ASSERT_TRUE(body.ok()) << body.status().ToString();
  EXPECT_EQ(*body, "7EAEE8FB117AD06BDD830B7586C:42");
  EXPECT_EQ(r.bad, 1u);  // a SHA-1 line in an NTLM file
}

TEST_F(InputTest, IdentifiersAreNormalisedAndHashed) {
  InputOptions o;
  o.kind = HashKind::kIdentifier;
  std::string f = Write("ids.csv",
                        "email,incident_id\n"
                        "  Test@Example.COM ,inc-1\n"
                        "test@example.com,inc-2\n"
                        "06-6659-9945,inc-3\n"
                        "not-an-identifier,inc-4\n"
                        "someone@example.org,\n");
  BuildOptions bo;
  bo.kind = o.kind;
  TableBuilder b(bo);
  InputReport r;
  ASSERT_TRUE(ReadInput(f, o, &b, &r).ok());
  EXPECT_EQ(r.hashes, 3u);
  EXPECT_EQ(r.bad, 2u);
  std::string out = (dir_ / "ids.lwh").string();
  ASSERT_TRUE(b.Finish(out, nullptr).ok());
  std::ifstream in(out, std::ios::binary);
  std::string raw((std::istreambuf_iterator<char>(in)), {});
  EXPECT_EQ(raw.find("example.com"), std::string::npos);  // never stored in clear
  auto t = LookupTable::Open(out);
  ASSERT_TRUE(t.ok());
  auto find = [&](const std::string& normalised) {
    auto h = Sha1(normalised);
    std::vector<std::string> names;
    EXPECT_TRUE((*t)->ForEachInBucket(Prefix20(h.data()),
                                      [&](const Entry& e) {
                                        if (!std::equal(h.begin(), h.end(), e.hash)) return;
                                        auto found = (*t)->IncidentsOf(e.value);
                                        ASSERT_TRUE(found.ok());
                                        for (auto n : *found) names.emplace_back(n);
                                      })
                    .ok());
    return names;
  };
  EXPECT_EQ(find("test@example.com"), (std::vector<std::string>{"inc-1", "inc-2"}));
  EXPECT_EQ(find("+81666599945"), (std::vector<std::string>{"inc-3"}));
  EXPECT_TRUE(find("someone@example.org").empty());
}

}  // namespace
}  // namespace leakwatch::lookup
