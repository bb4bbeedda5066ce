// The on-disk layout of a hash-range store (docs/lookup-format.md): constants
// and the fixed 128-byte header. Private to src/lookup/.
#pragma once

#include <array>
#include <cstdint>
#include <cstring>
#include <string>

#include "lookup/lookup_table.h"
#include "util/status.h"

namespace leakwatch::lookup::format {

inline constexpr std::array<char, 8> kMagic = {'L', 'W', 'H', 'A', 'S', 'H', '\r', '\n'};
inline constexpr std::uint32_t kVersion = 1;
inline constexpr std::size_t kHeaderBytes = 128;
inline constexpr std::uint32_t kBucketBits = 20;
inline constexpr std::uint32_t kBuckets = 1u << kBucketBits;
inline constexpr std::size_t kIndexBytes = (kBuckets + 1) * 4ull;
inline constexpr std::size_t kOverflowRecordBytes = 16;
// A 20-bit value field holding this means "look the value up in the overflow table".
inline constexpr std::uint32_t kValueEscape = 0xFFFFF;

struct Header {
  std::uint32_t version = kVersion;
  HashKind kind = HashKind::kSha1;
  std::uint32_t hash_bytes = 20;
  std::uint32_t entry_bytes = 20;
  std::uint64_t entry_count = 0;
  std::uint64_t overflow_count = 0;
  std::uint64_t set_count = 0;
  std::uint64_t set_data_count = 0;
  std::uint64_t name_count = 0;
  std::uint64_t name_bytes = 0;
  std::int64_t created_unix = 0;
  std::uint64_t value_total = 0;
  std::uint32_t index_crc = 0;
  std::uint32_t entries_crc = 0;
  std::uint32_t tail_crc = 0;
};

// Little-endian helpers: the file is little-endian whatever the host.
inline std::uint32_t Load32(const unsigned char* p) {
  return std::uint32_t(p[0]) | std::uint32_t(p[1]) << 8 | std::uint32_t(p[2]) << 16 |
         std::uint32_t(p[3]) << 24;
}
inline std::uint64_t Load64(const unsigned char* p) {
  return std::uint64_t(Load32(p)) | std::uint64_t(Load32(p + 4)) << 32;
}
inline void Store32(unsigned char* p, std::uint32_t v) {
  for (int i = 0; i < 4; ++i) p[i] = static_cast<unsigned char>(v >> (8 * i));
}
inline void Store64(unsigned char* p, std::uint64_t v) {
  for (int i = 0; i < 8; ++i) p[i] = static_cast<unsigned char>(v >> (8 * i));
}

// Serialises `h` (computing the header CRC) into 128 bytes.
std::array<unsigned char, kHeaderBytes> EncodeHeader(const Header& h);
// Parses and checks magic, header CRC, version, kind and sizes of `bytes`
// (at least kHeaderBytes). kCorruption with a message on failure.
Result<Header> DecodeHeader(const unsigned char* bytes);

// Hash size for a kind (20 for SHA-1 and identifiers, 16 for NTLM).
std::uint32_t HashBytesFor(HashKind kind);

// Section sizes and the total file size a header implies; kCorruption when
// the counts overflow 64 bits.
struct Layout {
  std::uint64_t index_offset, entries_offset, overflow_offset, sets_offset, names_offset;
  std::uint64_t file_size;
};
Result<Layout> LayoutFor(const Header& h);

// zlib CRC-32 of a byte range, continuing from `crc`.
std::uint32_t Crc32(std::uint32_t crc, const unsigned char* data, std::uint64_t size);

}  // namespace leakwatch::lookup::format
