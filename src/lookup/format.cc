#include "lookup/format.h"

#include <zlib.h>

#include <limits>

namespace leakwatch::lookup::format {

std::uint32_t HashBytesFor(HashKind kind) { return kind == HashKind::kNtlm ? 16 : 20; }

std::uint32_t Crc32(std::uint32_t crc, const unsigned char* data, std::uint64_t size) {
  uLong c = crc;
  while (size > 0) {
    std::uint64_t n = std::min<std::uint64_t>(size, 1u << 30);
    c = crc32_z(c, data, static_cast<z_size_t>(n));
    data += n;
    size -= n;
  }
  return static_cast<std::uint32_t>(c);
}

std::array<unsigned char, kHeaderBytes> EncodeHeader(const Header& h) {
  std::array<unsigned char, kHeaderBytes> b{};
  std::memcpy(b.data(), kMagic.data(), kMagic.size());
  Store32(&b[8], h.version);
  Store32(&b[12], static_cast<std::uint32_t>(h.kind));
  Store32(&b[16], h.hash_bytes);
  Store32(&b[20], h.entry_bytes);
  Store64(&b[24], h.entry_count);
  Store64(&b[32], h.overflow_count);
  Store64(&b[40], h.set_count);
  Store64(&b[48], h.set_data_count);
  Store64(&b[56], h.name_count);
  Store64(&b[64], h.name_bytes);
  Store64(&b[72], static_cast<std::uint64_t>(h.created_unix));
  Store64(&b[80], h.value_total);
  Store32(&b[88], h.index_crc);
  Store32(&b[92], h.entries_crc);
  Store32(&b[96], h.tail_crc);
  Store32(&b[124], Crc32(0, b.data(), 124));
  return b;
}

Result<Header> DecodeHeader(const unsigned char* b) {
  if (std::memcmp(b, kMagic.data(), kMagic.size()) != 0)
    return Status::Corruption("not a leakwatch hash store (bad magic number)");
  if (Load32(&b[124]) != Crc32(0, b, 124))
    return Status::Corruption("header checksum mismatch (the file is damaged)");
  Header h;
  h.version = Load32(&b[8]);
  if (h.version != kVersion)
    return Status::Corruption("format version " + std::to_string(h.version) +
                              " is not supported (this leakwatch reads version " +
                              std::to_string(kVersion) + ")");
  std::uint32_t kind = Load32(&b[12]);
  if (kind < 1 || kind > 3) return Status::Corruption("unknown hash kind " + std::to_string(kind));
  h.kind = static_cast<HashKind>(kind);
  h.hash_bytes = Load32(&b[16]);
  h.entry_bytes = Load32(&b[20]);
  if (h.hash_bytes != HashBytesFor(h.kind) || h.entry_bytes != h.hash_bytes)
    return Status::Corruption("hash or entry size does not match the hash kind");
  h.entry_count = Load64(&b[24]);
  h.overflow_count = Load64(&b[32]);
  h.set_count = Load64(&b[40]);
  h.set_data_count = Load64(&b[48]);
  h.name_count = Load64(&b[56]);
  h.name_bytes = Load64(&b[64]);
  h.created_unix = static_cast<std::int64_t>(Load64(&b[72]));
  h.value_total = Load64(&b[80]);
  h.index_crc = Load32(&b[88]);
  h.entries_crc = Load32(&b[92]);
  h.tail_crc = Load32(&b[96]);
  for (int i = 100; i < 124; ++i)
    if (b[i] != 0) return Status::Corruption("reserved header bytes are not zero");
  if (h.entry_count > std::numeric_limits<std::uint32_t>::max())
    return Status::Corruption("entry count exceeds the format's limit of 2^32-1");
  if (h.kind != HashKind::kIdentifier &&
      (h.set_count || h.set_data_count || h.name_count || h.name_bytes))
    return Status::Corruption("a password store must not hold incident sets");
  return h;
}

Result<Layout> LayoutFor(const Header& h) {
  // Every count is bounded by 2^40 before multiplying, so no sum can overflow.
  constexpr std::uint64_t kMax = 1ull << 40;
  if (h.entry_count > kMax || h.overflow_count > kMax || h.set_count > kMax ||
      h.set_data_count > kMax || h.name_count > kMax || h.name_bytes > kMax)
    return Status::Corruption("section counts in the header are implausibly large");
  Layout l;
  l.index_offset = kHeaderBytes;
  l.entries_offset = l.index_offset + kIndexBytes;
  l.overflow_offset = l.entries_offset + h.entry_count * h.entry_bytes;
  l.sets_offset = l.overflow_offset + h.overflow_count * kOverflowRecordBytes;
  l.names_offset = l.sets_offset + (h.set_count + 1) * 8 + h.set_data_count * 4;
  l.file_size = l.names_offset + (h.name_count + 1) * 8 + h.name_bytes;
  return l;
}

}  // namespace leakwatch::lookup::format
