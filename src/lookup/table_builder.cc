#include "lookup/table_builder.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <map>
#include <queue>

#include "lookup/format.h"

namespace leakwatch::lookup {

namespace {

std::string Errno() { return std::strerror(errno); }

// A buffered reader of one sorted run file.
class RunReader {
 public:
  template <typename R>
  static bool Next(std::FILE* f, R* r) {
    return std::fread(r, sizeof(R), 1, f) == 1;
  }
};

}  // namespace

TableBuilder::TableBuilder(BuildOptions options)
    : options_(std::move(options)), hash_bytes_(format::HashBytesFor(options_.kind)) {
  buffer_cap_ = std::max<std::size_t>(1024, options_.memory_budget / sizeof(Record));
}

TableBuilder::~TableBuilder() {
  for (const auto& r : runs_) std::remove(r.c_str());
  if (!run_dir_.empty()) ::rmdir(run_dir_.c_str());
}

Status TableBuilder::Add(const unsigned char* hash, std::uint64_t value) {
  Record r{};
  std::memcpy(r.hash, hash, hash_bytes_);
  r.value_lo = static_cast<std::uint32_t>(value);
  r.value_hi = static_cast<std::uint32_t>(value >> 32);
  // Reserve the whole budget once: pages are only touched as records arrive, and
  // no doubling reallocation ever holds two copies (peak memory stays the budget).
  if (buffer_.capacity() < buffer_cap_) buffer_.reserve(buffer_cap_);
  buffer_.push_back(r);
  ++added_;
  if (buffer_.size() >= buffer_cap_) return SpillRun();
  return Status::Ok();
}

Status TableBuilder::AddCount(const unsigned char* hash, std::uint64_t count) {
  if (options_.kind == HashKind::kIdentifier)
    return Status::InvalidArgument("an identifier store takes incident ids, not counts");
  if (count == 0) return Status::InvalidArgument("a count must be at least 1");
  return Add(hash, count);
}

Status TableBuilder::AddIdentifier(const unsigned char* hash, std::string_view incident_id) {
  if (options_.kind != HashKind::kIdentifier)
    return Status::InvalidArgument("a password store takes counts, not incident ids");
  auto [it, inserted] =
      name_index_.try_emplace(std::string(incident_id), static_cast<std::uint32_t>(names_.size()));
  if (inserted) names_.emplace_back(incident_id);
  return Add(hash, it->second);
}

namespace {
bool HashLess(const unsigned char* a, const unsigned char* b, std::size_t n) {
  return std::memcmp(a, b, n) < 0;
}
}  // namespace

Status TableBuilder::SpillRun() {
  const std::size_t n = hash_bytes_;
  std::sort(buffer_.begin(), buffer_.end(),
            [n](const Record& a, const Record& b) { return HashLess(a.hash, b.hash, n); });
  if (run_dir_.empty()) {
    std::string base = options_.temp_dir;
    if (base.empty()) {
      const char* t = std::getenv("TMPDIR");
      base = t && *t ? t : "/tmp";
    }
    std::string tmpl = base + "/leakwatch-runs-XXXXXX";
    if (!mkdtemp(tmpl.data()))
      return Status::IoError(base + ": cannot create a run directory: " + Errno());
    run_dir_ = tmpl;
  }
  std::string path = run_dir_ + "/run-" + std::to_string(runs_.size());
  std::FILE* f = std::fopen(path.c_str(), "wb");
  if (!f) return Status::IoError(path + ": " + Errno());
  runs_.push_back(path);
  bool ok = std::fwrite(buffer_.data(), sizeof(Record), buffer_.size(), f) == buffer_.size();
  ok = std::fclose(f) == 0 && ok;
  if (!ok) return Status::IoError(path + ": cannot write a sorted run (disk full?)");
  buffer_.clear();
  return Status::Ok();
}

// Writes the store file section by section (see docs/lookup-format.md).
class TableBuilder::Writer {
 public:
  Writer(HashKind kind, std::uint32_t hash_bytes) : hash_bytes_(hash_bytes) {
    header_.kind = kind;
    header_.hash_bytes = header_.entry_bytes = hash_bytes;
    index_.assign(format::kBuckets + 1, 0);
  }
  ~Writer() {
    if (out_) std::fclose(out_);
    if (overflow_) std::fclose(overflow_);
    if (!tmp_path_.empty()) std::remove(tmp_path_.c_str());
  }

  Status Start(const std::string& path) {
    path_ = path;
    std::string tmpl = path + ".tmp-XXXXXX";
    int fd = mkstemp(tmpl.data());
    if (fd < 0)
      return Status::IoError(path + ": cannot create a temporary file beside it: " + Errno());
    tmp_path_ = tmpl;
    ::fchmod(fd, 0644);
    out_ = fdopen(fd, "w+b");
    overflow_ = std::tmpfile();
    if (!out_ || !overflow_) return Status::IoError("cannot open temporary files: " + Errno());
    std::setvbuf(out_, nullptr, _IOFBF, 1 << 20);
    std::vector<unsigned char> zeros(format::kHeaderBytes + format::kIndexBytes, 0);
    return Write(zeros.data(), zeros.size(), nullptr);
  }

  Status AddEntry(const unsigned char* hash, std::uint64_t value, std::uint64_t weight) {
    std::uint32_t bucket = Prefix20(hash);
    if (bucket < last_bucket_) return Status::Internal("entries out of order");
    last_bucket_ = bucket;
    ++index_[bucket + 1];
    std::uint32_t v20 =
        value < format::kValueEscape ? static_cast<std::uint32_t>(value) : format::kValueEscape;
    if (v20 == format::kValueEscape) {
      unsigned char rec[16];
      format::Store64(rec, header_.entry_count);
      format::Store64(rec + 8, value);
      if (std::fwrite(rec, 16, 1, overflow_) != 1)
        return Status::IoError("cannot write overflow values");
      ++header_.overflow_count;
    }
    unsigned char e[20];
    const unsigned hb = hash_bytes_;
    e[0] = static_cast<unsigned char>((v20 >> 16) << 4 | (hash[2] & 15));
    std::memcpy(e + 1, hash + 3, hb - 3);
    e[hb - 2] = static_cast<unsigned char>(v20);
    e[hb - 1] = static_cast<unsigned char>(v20 >> 8);
    ++header_.entry_count;
    if (header_.entry_count > 0xFFFFFFFFull)
      return Status::TooLarge("more than 2^32-1 distinct hashes: over the format's limit");
    header_.value_total += weight;
    return Write(e, hb, &header_.entries_crc);
  }

  // Identifier stores: the sets and names sections.
  void SetIncidents(std::vector<std::vector<std::uint32_t>> sets, std::vector<std::string> names) {
    sets_ = std::move(sets);
    names_ = std::move(names);
  }

  Status Finish(std::int64_t created_unix, std::uint64_t* file_bytes) {
    // Overflow records, copied from their temporary file.
    std::rewind(overflow_);
    unsigned char buf[1 << 16];
    std::size_t n;
    while ((n = std::fread(buf, 1, sizeof buf, overflow_)) > 0)
      LW_RETURN_IF_ERROR(Write(buf, n, &header_.tail_crc));
    // Sets: offsets then data.
    std::uint64_t off = 0;
    unsigned char b8[8];
    format::Store64(b8, 0);
    LW_RETURN_IF_ERROR(Write(b8, 8, &header_.tail_crc));
    for (const auto& s : sets_) {
      off += s.size();
      format::Store64(b8, off);
      LW_RETURN_IF_ERROR(Write(b8, 8, &header_.tail_crc));
    }
    for (const auto& s : sets_)
      for (std::uint32_t v : s) {
        format::Store32(b8, v);
        LW_RETURN_IF_ERROR(Write(b8, 4, &header_.tail_crc));
      }
    header_.set_count = sets_.size();
    header_.set_data_count = off;
    // Names: offsets then bytes.
    off = 0;
    format::Store64(b8, 0);
    LW_RETURN_IF_ERROR(Write(b8, 8, &header_.tail_crc));
    for (const auto& s : names_) {
      off += s.size();
      format::Store64(b8, off);
      LW_RETURN_IF_ERROR(Write(b8, 8, &header_.tail_crc));
    }
    for (const auto& s : names_)
      LW_RETURN_IF_ERROR(
          Write(reinterpret_cast<const unsigned char*>(s.data()), s.size(), &header_.tail_crc));
    header_.name_count = names_.size();
    header_.name_bytes = off;
    // Bucket index (running sums) and header, at the front.
    std::vector<unsigned char> index(format::kIndexBytes);
    std::uint32_t sum = 0;
    for (std::uint32_t i = 0; i <= format::kBuckets; ++i) {
      sum += index_[i];
      format::Store32(&index[4ull * i], sum);
    }
    header_.index_crc = format::Crc32(0, index.data(), index.size());
    header_.created_unix = created_unix;
    auto head = format::EncodeHeader(header_);
    if (std::fflush(out_) != 0) return Status::IoError(tmp_path_ + ": write failed: " + Errno());
    int fd = fileno(out_);
    if (pwrite(fd, head.data(), head.size(), 0) != static_cast<ssize_t>(head.size()) ||
        pwrite(fd, index.data(), index.size(), format::kHeaderBytes) !=
            static_cast<ssize_t>(index.size()))
      return Status::IoError(tmp_path_ + ": write failed: " + Errno());
    if (fsync(fd) != 0) return Status::IoError(tmp_path_ + ": fsync failed: " + Errno());
    *file_bytes = static_cast<std::uint64_t>(ftello(out_));
    int rc = std::fclose(out_);
    out_ = nullptr;
    if (rc != 0) return Status::IoError(tmp_path_ + ": close failed: " + Errno());
    if (std::rename(tmp_path_.c_str(), path_.c_str()) != 0)
      return Status::IoError(path_ + ": cannot rename the finished file into place: " + Errno());
    tmp_path_.clear();
    std::string dir = std::filesystem::path(path_).parent_path().string();
    int dfd = ::open(dir.empty() ? "." : dir.c_str(), O_RDONLY | O_DIRECTORY);
    if (dfd >= 0) {
      fsync(dfd);
      ::close(dfd);
    }
    return Status::Ok();
  }

 private:
  Status Write(const unsigned char* p, std::size_t n, std::uint32_t* crc) {
    if (crc) *crc = format::Crc32(*crc, p, n);
    if (std::fwrite(p, 1, n, out_) != n)
      return Status::IoError(tmp_path_ + ": write failed (disk full?): " + Errno());
    return Status::Ok();
  }

  std::uint32_t hash_bytes_;
  format::Header header_;
  std::vector<std::uint32_t> index_;
  std::uint32_t last_bucket_ = 0;
  std::FILE* out_ = nullptr;
  std::FILE* overflow_ = nullptr;
  std::string path_, tmp_path_;
  std::vector<std::vector<std::uint32_t>> sets_;
  std::vector<std::string> names_;
};

Status TableBuilder::Finish(const std::string& path, BuildSummary* summary) {
  const std::size_t n = hash_bytes_;
  auto less = [n](const Record& a, const Record& b) { return HashLess(a.hash, b.hash, n); };
  // Sources of sorted records: the in-memory buffer, or the runs on disk.
  std::vector<std::FILE*> files;
  struct Closer {
    std::vector<std::FILE*>* f;
    ~Closer() {
      for (auto* x : *f) std::fclose(x);
    }
  } closer{&files};
  std::size_t pos = 0;
  if (!runs_.empty()) {
    if (!buffer_.empty()) LW_RETURN_IF_ERROR(SpillRun());
    std::vector<Record>().swap(buffer_);
    for (const auto& r : runs_) {
      std::FILE* f = std::fopen(r.c_str(), "rb");
      if (!f) return Status::IoError(r + ": " + Errno());
      std::setvbuf(f, nullptr, _IOFBF, 1 << 20);
      files.push_back(f);
    }
  } else {
    std::sort(buffer_.begin(), buffer_.end(), less);
  }
  using Item = std::pair<Record, std::size_t>;
  auto greater = [&less](const Item& a, const Item& b) { return less(b.first, a.first); };
  std::priority_queue<Item, std::vector<Item>, decltype(greater)> heap(greater);
  for (std::size_t i = 0; i < files.size(); ++i) {
    Record r;
    if (RunReader::Next(files[i], &r)) heap.push({r, i});
  }
  auto next = [&](Record* r) -> bool {
    if (files.empty()) {
      if (pos >= buffer_.size()) return false;
      *r = buffer_[pos++];
      return true;
    }
    if (heap.empty()) return false;
    auto [top, i] = heap.top();
    heap.pop();
    *r = top;
    Record nr;
    if (RunReader::Next(files[i], &nr)) heap.push({nr, i});
    return true;
  };

  Writer writer(options_.kind, hash_bytes_);
  LW_RETURN_IF_ERROR(writer.Start(path));
  util::Progress progress("writing " + path, added_, "hashes", options_.quiet);
  const bool ids = options_.kind == HashKind::kIdentifier;
  std::map<std::vector<std::uint32_t>, std::uint32_t> set_ids;
  std::vector<std::vector<std::uint32_t>> sets;
  std::vector<std::uint32_t> members;
  Record cur, r;
  bool have = next(&cur);
  std::uint64_t entries = 0;
  while (have) {
    std::uint64_t total = std::uint64_t(cur.value_hi) << 32 | cur.value_lo;
    members.assign(1, cur.value_lo);
    std::uint64_t group = 1;
    while ((have = next(&r)) && std::memcmp(r.hash, cur.hash, n) == 0) {
      std::uint64_t v = std::uint64_t(r.value_hi) << 32 | r.value_lo;
      total = total + v < total ? UINT64_MAX : total + v;  // saturate
      if (ids) members.push_back(r.value_lo);
      ++group;
    }
    std::uint64_t value = total;
    if (ids) {
      std::sort(members.begin(), members.end());
      members.erase(std::unique(members.begin(), members.end()), members.end());
      auto [it, inserted] = set_ids.try_emplace(members, static_cast<std::uint32_t>(sets.size()));
      if (inserted) sets.push_back(members);
      value = it->second;
    }
    LW_RETURN_IF_ERROR(writer.AddEntry(cur.hash, value, ids ? members.size() : total));
    ++entries;
    progress.Add(group);
    if (have) cur = r;
  }
  progress.Finish();
  if (ids) writer.SetIncidents(std::move(sets), names_);
  std::int64_t created = options_.created_unix ? options_.created_unix : std::time(nullptr);
  BuildSummary s;
  LW_RETURN_IF_ERROR(writer.Finish(created, &s.file_bytes));
  s.added = added_;
  s.entries = entries;
  s.runs = runs_.size();
  if (summary) *summary = s;
  return Status::Ok();
}

}  // namespace leakwatch::lookup
