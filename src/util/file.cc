#include "util/file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstring>
#include <filesystem>

namespace leakwatch::util {

namespace {
Status Errno(const std::string& what, const std::string& path) {
  return Status::IoError(path + ": " + what + ": " + std::strerror(errno));
}
}  // namespace

Result<std::string> ReadFile(const std::string& path, std::uint64_t max_bytes) {
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return Errno("cannot open", path);
  struct stat st {};
  if (::fstat(fd, &st) != 0) {
    Status s = Errno("cannot stat", path);
    ::close(fd);
    return s;
  }
  if (S_ISDIR(st.st_mode)) {
    ::close(fd);
    return Status::InvalidArgument(path + ": is a directory");
  }
  if (S_ISREG(st.st_mode) && static_cast<std::uint64_t>(st.st_size) > max_bytes) {
    ::close(fd);
    return Status::TooLarge(path + ": " + std::to_string(st.st_size) +
                            " bytes is over the limit of " + std::to_string(max_bytes) + " bytes");
  }
  std::string out;
  if (S_ISREG(st.st_mode)) out.reserve(static_cast<size_t>(st.st_size));
  char buf[1 << 16];
  for (;;) {
    ssize_t n = ::read(fd, buf, sizeof buf);
    if (n < 0) {
      if (errno == EINTR) continue;
      Status s = Errno("cannot read", path);
      ::close(fd);
      return s;
    }
    if (n == 0) break;
    if (out.size() + static_cast<size_t>(n) > max_bytes) {
      ::close(fd);
      return Status::TooLarge(path + ": over the limit of " + std::to_string(max_bytes) + " bytes");
    }
    out.append(buf, static_cast<size_t>(n));
  }
  ::close(fd);
  return out;
}

Status WriteFileAtomic(const std::string& path, std::string_view data) {
  LW_ASSIGN_OR_RETURN(auto file, AtomicFile::Create(path));
  LW_RETURN_IF_ERROR(file->Append(data));
  return file->Commit();
}

Result<std::unique_ptr<AtomicFile>> AtomicFile::Create(const std::string& path) {
  // A name no other writer uses (process id and a per-process counter), created
  // exclusively with mode 0644 so that the umask applies as to any new file.
  static std::atomic<unsigned> counter{0};
  for (int attempt = 0;; ++attempt) {
    std::string tmp = path + ".tmp." + std::to_string(::getpid()) + "." + std::to_string(counter++);
    int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    if (fd >= 0) return std::unique_ptr<AtomicFile>(new AtomicFile(path, std::move(tmp), fd));
    if (errno != EEXIST || attempt == 100)
      return Errno("cannot create a temporary file beside it", path);
  }
}

AtomicFile::~AtomicFile() {
  if (fd_ >= 0) ::close(fd_);
  if (!tmp_.empty()) ::unlink(tmp_.c_str());
}

Status AtomicFile::Append(std::string_view data) {
  LW_RETURN_IF_ERROR(WriteAt(size_, data));
  size_ += data.size();
  return Status::Ok();
}

Status AtomicFile::WriteAt(std::uint64_t offset, std::string_view data) {
  if (fd_ < 0) return Status::IoError(path_ + ": already committed or failed");
  size_t done = 0;
  while (done < data.size()) {
    ssize_t n =
        ::pwrite(fd_, data.data() + done, data.size() - done, static_cast<off_t>(offset + done));
    if (n < 0) {
      if (errno == EINTR) continue;
      return Errno("cannot write", tmp_);
    }
    done += static_cast<size_t>(n);
  }
  return Status::Ok();
}

Status AtomicFile::Commit() {
  if (fd_ < 0) return Status::IoError(path_ + ": already committed or failed");
  int fd = fd_;
  fd_ = -1;
  if (::fsync(fd) != 0) {
    Status s = Errno("cannot flush", tmp_);
    ::close(fd);
    return s;
  }
  if (::close(fd) != 0) return Errno("cannot flush", tmp_);
  if (::rename(tmp_.c_str(), path_.c_str()) != 0) return Errno("cannot rename into place", path_);
  tmp_.clear();
  std::filesystem::path target(path_);
  std::string dir = target.has_parent_path() ? target.parent_path().string() : ".";
  int dfd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (dfd >= 0) {
    ::fsync(dfd);
    ::close(dfd);
  }
  return Status::Ok();
}

}  // namespace leakwatch::util
