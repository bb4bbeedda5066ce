#include "util/file.h"

#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>

#include "util/scratch_dir_test_util.h"

namespace leakwatch::util {
namespace {

namespace fs = std::filesystem;

class FileTest : public ::testing::Test {
 protected:
  std::string Path(const std::string& name) const { return (dir_ / name).string(); }
  size_t EntriesInDir() const {
    return static_cast<size_t>(std::distance(fs::directory_iterator(dir_.path()), {}));
  }
  ScratchDir dir_{"lw-file-test"};
};

TEST_F(FileTest, ReadFileRefusesFilesOverTheLimit) {
  ASSERT_TRUE(WriteFileAtomic(Path("a"), "0123456789").ok());
  auto whole = ReadFile(Path("a"), 10);
  ASSERT_TRUE(whole.ok()) << whole.status().message();
  EXPECT_EQ(*whole, "0123456789");
  auto over = ReadFile(Path("a"), 9);
  EXPECT_EQ(over.status().code(), StatusCode::kTooLarge);
  EXPECT_EQ(ReadFile(Path("missing")).status().code(), StatusCode::kIoError);
  EXPECT_EQ(ReadFile(dir_.path().string()).status().code(), StatusCode::kInvalidArgument);
}

TEST_F(FileTest, AtomicFileAppearsOnlyOnCommit) {
  ASSERT_TRUE(WriteFileAtomic(Path("out"), "old").ok());
  auto file = AtomicFile::Create(Path("out"));
  ASSERT_TRUE(file.ok()) << file.status().message();
  ASSERT_TRUE((*file)->Append("head").ok());
  ASSERT_TRUE((*file)->Append("-body").ok());
  ASSERT_TRUE((*file)->WriteAt(0, "HEAD").ok());
  EXPECT_EQ((*file)->size(), 9u);
  EXPECT_EQ(*ReadFile(Path("out")), "old");  // not yet visible
  EXPECT_EQ(EntriesInDir(), 2u);             // out and the temporary file
  ASSERT_TRUE((*file)->Commit().ok());
  EXPECT_EQ(*ReadFile(Path("out")), "HEAD-body");
  EXPECT_EQ(EntriesInDir(), 1u);
  EXPECT_EQ(fs::status(Path("out")).permissions() & fs::perms::others_read, fs::perms::others_read);
  EXPECT_FALSE((*file)->Append("more").ok());  // committed: no more writes
  EXPECT_FALSE((*file)->Commit().ok());
}

TEST_F(FileTest, AtomicFileDestroyedUncommittedLeavesNothingBehind) {
  ASSERT_TRUE(WriteFileAtomic(Path("out"), "old").ok());
  {
    auto file = AtomicFile::Create(Path("out"));
    ASSERT_TRUE(file.ok());
    ASSERT_TRUE((*file)->Append("half-written").ok());
  }
  EXPECT_EQ(*ReadFile(Path("out")), "old");
  EXPECT_EQ(EntriesInDir(), 1u);
}

// The output is created like any new file: the umask applies (an export of
// personal data stays private for a user whose umask says so).
TEST_F(FileTest, AtomicFileHonoursTheUmask) {
  mode_t old = ::umask(077);
  Status written = WriteFileAtomic(Path("private"), "x");
  ::umask(old);
  ASSERT_TRUE(written.ok()) << written.message();
  auto perms = fs::status(Path("private")).permissions();
  EXPECT_EQ(perms & (fs::perms::group_all | fs::perms::others_all), fs::perms::none);
  EXPECT_EQ(perms & fs::perms::owner_read, fs::perms::owner_read);
}

TEST_F(FileTest, AtomicFileInAMissingDirectoryIsAnIoError) {
  auto file = AtomicFile::Create(Path("no/such/dir/out"));
  ASSERT_FALSE(file.ok());
  EXPECT_EQ(file.status().code(), StatusCode::kIoError);
  EXPECT_NE(file.status().message().find("no/such/dir/out"), std::string::npos);
}

}  // namespace
}  // namespace leakwatch::util
