#include "lookup/lookup_table.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <charconv>
#include <cstring>

#include "lookup/format.h"
#include "util/encoding.h"

namespace leakwatch::lookup {

using format::Load32;
using format::Load64;

namespace {
using util::HexDigitValue;
constexpr const char* kHexUpper = util::kHexUpperDigits;
}  // namespace

std::string_view HashKindName(HashKind kind) {
  switch (kind) {
    case HashKind::kSha1:
      return "sha1";
    case HashKind::kNtlm:
      return "ntlm";
    case HashKind::kIdentifier:
      return "identifiers";
  }
  return "unknown";
}

std::optional<HashKind> ParseHashKind(std::string_view name) {
  if (name == "sha1") return HashKind::kSha1;
  if (name == "ntlm") return HashKind::kNtlm;
  if (name == "identifiers") return HashKind::kIdentifier;
  return std::nullopt;
}

bool ParseHex(std::string_view hex, unsigned char* out) {
  for (std::size_t i = 0; i + 1 < hex.size(); i += 2) {
    int hi = HexDigitValue(hex[i]), lo = HexDigitValue(hex[i + 1]);
    if (hi < 0 || lo < 0) return false;
    out[i / 2] = static_cast<unsigned char>(hi << 4 | lo);
  }
  return hex.size() % 2 == 0;
}

std::string ToHexUpper(std::span<const unsigned char> bytes) {
  std::string s(bytes.size() * 2, '0');
  for (std::size_t i = 0; i < bytes.size(); ++i) {
    s[2 * i] = kHexUpper[bytes[i] >> 4];
    s[2 * i + 1] = kHexUpper[bytes[i] & 15];
  }
  return s;
}

LookupTable::~LookupTable() {
  if (mapping_) munmap(mapping_, size_);
}

Result<std::unique_ptr<LookupTable>> LookupTable::Open(const std::string& path) {
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return Status::IoError(path + ": cannot open: " + std::strerror(errno));
  struct stat st {};
  if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
    ::close(fd);
    return Status::IoError(path + ": not a regular file");
  }
  std::unique_ptr<LookupTable> t(new LookupTable());
  t->size_ = static_cast<std::uint64_t>(st.st_size);
  if (t->size_ < format::kHeaderBytes) {
    ::close(fd);
    return Status::Corruption(path + ": truncated: " + std::to_string(t->size_) +
                              " bytes, a store has at least " +
                              std::to_string(format::kHeaderBytes));
  }
  void* m = mmap(nullptr, t->size_, PROT_READ, MAP_SHARED, fd, 0);
  ::close(fd);
  if (m == MAP_FAILED) return Status::IoError(path + ": cannot map: " + std::strerror(errno));
  t->mapping_ = m;
  t->base_ = static_cast<const unsigned char*>(m);
  auto r = Check(std::move(t));
  if (!r.ok()) return r.status().WithContext(path);
  return r;
}

Result<std::unique_ptr<LookupTable>> LookupTable::OpenBytes(std::string_view bytes) {
  std::unique_ptr<LookupTable> t(new LookupTable());
  t->base_ = reinterpret_cast<const unsigned char*>(bytes.data());
  t->size_ = bytes.size();
  return Check(std::move(t));
}

Result<std::unique_ptr<LookupTable>> LookupTable::Check(std::unique_ptr<LookupTable> t) {
  if (t->size_ < format::kHeaderBytes)
    return Status::Corruption("truncated: " + std::to_string(t->size_) +
                              " bytes, a store has at least 128");
  LW_ASSIGN_OR_RETURN(format::Header h, format::DecodeHeader(t->base_));
  LW_ASSIGN_OR_RETURN(format::Layout l, format::LayoutFor(h));
  if (t->size_ < l.file_size)
    return Status::Corruption("truncated: " + std::to_string(t->size_) +
                              " bytes, the header says " + std::to_string(l.file_size));
  if (t->size_ > l.file_size)
    return Status::Corruption(std::to_string(t->size_ - l.file_size) +
                              " unexpected bytes after the last section");
  const unsigned char* b = t->base_;
  if (format::Crc32(0, b + l.index_offset, format::kIndexBytes) != h.index_crc)
    return Status::Corruption("bucket index checksum mismatch (the file is damaged)");
  if (format::Crc32(0, b + l.entries_offset, l.overflow_offset - l.entries_offset) != h.entries_crc)
    return Status::Corruption("entries checksum mismatch (the file is damaged)");
  if (format::Crc32(0, b + l.overflow_offset, l.file_size - l.overflow_offset) != h.tail_crc)
    return Status::Corruption("overflow/incident sections checksum mismatch (the file is damaged)");

  t->hash_bytes_ = h.hash_bytes;
  t->index_ = b + l.index_offset;
  t->entries_ = b + l.entries_offset;
  t->overflow_ = b + l.overflow_offset;
  t->set_offsets_ = b + l.sets_offset;
  t->set_data_ = t->set_offsets_ + (h.set_count + 1) * 8;
  t->name_offsets_ = b + l.names_offset;
  t->name_data_ = t->name_offsets_ + (h.name_count + 1) * 8;

  // Structure, independent of the checksums (a crafted file must not make us read out of bounds).
  std::uint32_t prev = 0, largest = 0;
  if (Load32(t->index_) != 0) return Status::Corruption("bucket index does not start at 0");
  for (std::uint32_t i = 1; i <= format::kBuckets; ++i) {
    std::uint32_t v = Load32(t->index_ + 4ull * i);
    if (v < prev)
      return Status::Corruption("bucket index is not ascending at bucket " + std::to_string(i));
    largest = std::max(largest, v - prev);
    prev = v;
  }
  if (prev != h.entry_count)
    return Status::Corruption("bucket index does not end at the entry count");
  std::uint64_t last = 0;
  for (std::uint64_t i = 0; i < h.overflow_count; ++i) {
    std::uint64_t idx = Load64(t->overflow_ + 16 * i);
    if (idx >= h.entry_count || (i > 0 && idx <= last))
      return Status::Corruption("overflow table is out of order or out of range");
    last = idx;
  }
  auto check_offsets = [](const unsigned char* p, std::uint64_t n, std::uint64_t end) {
    if (Load64(p) != 0) return false;
    for (std::uint64_t i = 1; i <= n; ++i)
      if (Load64(p + 8 * i) < Load64(p + 8 * (i - 1))) return false;
    return Load64(p + 8 * n) == end;
  };
  if (!check_offsets(t->set_offsets_, h.set_count, h.set_data_count))
    return Status::Corruption("incident set offsets are inconsistent");
  if (!check_offsets(t->name_offsets_, h.name_count, h.name_bytes))
    return Status::Corruption("incident name offsets are inconsistent");

  t->info_ = TableInfo{h.kind,      h.version,      h.entry_count, h.overflow_count, h.name_count,
                       h.set_count, h.created_unix, h.value_total, t->size_,         largest};
  return t;
}

std::uint32_t LookupTable::BucketSize(std::uint32_t p) const {
  if (p >= format::kBuckets) return 0;
  return Load32(index_ + 4ull * (p + 1)) - Load32(index_ + 4ull * p);
}

std::uint64_t LookupTable::ValueAt(std::uint64_t index, const unsigned char* e, bool* ok) const {
  const unsigned hb = hash_bytes_;
  std::uint32_t v =
      std::uint32_t(e[0] >> 4) << 16 | std::uint32_t(e[hb - 2]) | std::uint32_t(e[hb - 1]) << 8;
  if (v != format::kValueEscape) return v;
  std::uint64_t lo = 0, hi = info_.overflow_values;
  while (lo < hi) {
    std::uint64_t mid = lo + (hi - lo) / 2;
    std::uint64_t idx = Load64(overflow_ + 16 * mid);
    if (idx == index) return Load64(overflow_ + 16 * mid + 8);
    if (idx < index)
      lo = mid + 1;
    else
      hi = mid;
  }
  *ok = false;
  return 0;
}

void LookupTable::DecodeEntry(std::uint32_t p, std::uint64_t index, Entry* out, bool* ok) const {
  const unsigned char* e = entries_ + index * hash_bytes_;
  out->hash[0] = static_cast<unsigned char>(p >> 12);
  out->hash[1] = static_cast<unsigned char>(p >> 4);
  out->hash[2] = static_cast<unsigned char>((p & 15) << 4 | (e[0] & 15));
  std::memcpy(out->hash + 3, e + 1, hash_bytes_ - 3);
  out->value = ValueAt(index, e, ok);
}

Status LookupTable::ForEachInBucket(std::uint32_t p,
                                    const std::function<void(const Entry&)>& fn) const {
  if (p >= format::kBuckets) return Status::InvalidArgument("bucket out of range");
  std::uint64_t begin = Load32(index_ + 4ull * p), end = Load32(index_ + 4ull * (p + 1));
  Entry entry;
  for (std::uint64_t i = begin; i < end; ++i) {
    bool ok = true;
    DecodeEntry(p, i, &entry, &ok);
    if (!ok) return Status::Corruption("entry without its overflow value");
    fn(entry);
  }
  return Status::Ok();
}

Result<std::size_t> LookupTable::AppendRange(std::uint32_t p, std::string* out) const {
  if (info_.kind == HashKind::kIdentifier)
    return Status::InvalidArgument("an identifier store has no password ranges");
  if (p >= format::kBuckets) return Status::InvalidArgument("bucket out of range");
  const std::uint64_t begin = Load32(index_ + 4ull * p), end = Load32(index_ + 4ull * (p + 1));
  const unsigned hb = hash_bytes_;
  // 2*hb-5 suffix chars, ':', up to 20 digits, CRLF.
  const std::size_t line_max = 2 * hb - 5 + 1 + 20 + 2;
  std::size_t start = out->size();
  out->resize(start + (end - begin) * line_max);
  char* w = out->data() + start;
  for (std::uint64_t i = begin; i < end; ++i) {
    const unsigned char* e = entries_ + i * hb;
    if (i != begin) {
      *w++ = '\r';
      *w++ = '\n';
    }
    *w++ = kHexUpper[e[0] & 15];
    for (unsigned k = 1; k + 2 < hb; ++k) {
      *w++ = kHexUpper[e[k] >> 4];
      *w++ = kHexUpper[e[k] & 15];
    }
    *w++ = ':';
    bool ok = true;
    std::uint64_t v = ValueAt(i, e, &ok);
    if (!ok) {
      out->resize(start);
      return Status::Corruption("entry without its overflow value");
    }
    w = std::to_chars(w, w + 20, v).ptr;
  }
  out->resize(w - out->data());
  return static_cast<std::size_t>(end - begin);
}

Result<std::vector<std::string_view>> LookupTable::IncidentsOf(std::uint64_t set) const {
  if (set >= info_.incident_sets) return Status::Corruption("incident set index out of range");
  std::uint64_t b = Load64(set_offsets_ + 8 * set), e = Load64(set_offsets_ + 8 * (set + 1));
  std::vector<std::string_view> names;
  for (std::uint64_t i = b; i < e; ++i) {
    std::uint32_t n = Load32(set_data_ + 4 * i);
    if (n >= info_.incidents) return Status::Corruption("incident name index out of range");
    std::uint64_t nb = Load64(name_offsets_ + 8ull * n),
                  ne = Load64(name_offsets_ + 8ull * (n + 1));
    names.emplace_back(reinterpret_cast<const char*>(name_data_ + nb), ne - nb);
  }
  return names;
}

Status LookupTable::Verify() const {
  Entry prev, cur;
  bool have_prev = false;
  for (std::uint32_t p = 0; p < format::kBuckets; ++p) {
    std::uint64_t begin = Load32(index_ + 4ull * p), end = Load32(index_ + 4ull * (p + 1));
    for (std::uint64_t i = begin; i < end; ++i) {
      bool ok = true;
      DecodeEntry(p, i, &cur, &ok);
      if (!ok) return Status::Corruption("entry " + std::to_string(i) + " has no overflow value");
      if (have_prev && std::memcmp(prev.hash, cur.hash, hash_bytes_) >= 0)
        return Status::Corruption("entry " + std::to_string(i) + " is out of order or duplicated");
      if (info_.kind == HashKind::kIdentifier) {
        auto names = IncidentsOf(cur.value);
        if (!names.ok()) return names.status().WithContext("entry " + std::to_string(i));
        if (names->empty())
          return Status::Corruption("entry " + std::to_string(i) + " links no incident");
      } else if (cur.value == 0) {
        return Status::Corruption("entry " + std::to_string(i) + " has a zero count");
      }
      prev = cur;
      have_prev = true;
    }
  }
  return Status::Ok();
}

}  // namespace leakwatch::lookup
