// libFuzzer: LookupTable::OpenBytes on arbitrary bytes must refuse or accept
// cleanly (never crash, hang or read out of bounds), and an accepted table
// must answer every query within its bounds. A second pass expands the input
// into a well-checksummed file (Expand) so the fuzzer also reaches the
// structural checks behind the checksums.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include "lookup/format.h"
#include "lookup/lookup_table.h"

using leakwatch::lookup::LookupTable;
namespace format = leakwatch::lookup::format;

namespace {

void Exercise(const std::string& bytes) {
  auto t = LookupTable::OpenBytes(bytes);
  static const bool debug = std::getenv("LW_FUZZ_DEBUG") != nullptr;  // prints why inputs fail
  if (debug) std::fprintf(stderr, "open: %s\n", t.status().ToString().c_str());
  if (!t.ok()) return;
  const LookupTable& table = **t;
  for (std::uint32_t p : {0u, 1u, 0x12345u, 0xFFFFFu, 0x100000u}) {
    std::string body;
    (void)table.AppendRange(p, &body);
    (void)table.ForEachInBucket(p, [&](const leakwatch::lookup::Entry& e) {
      if (table.kind() == leakwatch::lookup::HashKind::kIdentifier)
        (void)table.IncidentsOf(e.value);
    });
  }
  (void)table.Verify();
}

// Expands a compact input into a store file a builder could have written,
// so the fuzzer reaches the checks behind the checksums without 4 MiB inputs:
//   [0,128)    the header (magic, version, kind, sizes and CRCs are fixed up)
//   [128]      n (mod 9): entries; [129, 129+4n) their bucket ids (20 bits)
//   the rest   the sections after the index (entries, overflow, sets, names)
// The index is built from the bucket ids; the entry count is n; CRCs are recomputed.
// Not coverage-instrumented: its 2^20-step index loop would swamp the fuzzer.
__attribute__((no_sanitize("coverage"))) std::string Expand(const std::string& in) {
  if (in.size() < format::kHeaderBytes + 1) return in;
  auto* h = reinterpret_cast<const unsigned char*>(in.data());
  std::size_t n = h[128] % 9;
  std::size_t ids_end = 129 + 4 * n;
  if (in.size() < ids_end) return in;
  std::vector<std::uint32_t> ids;
  for (std::size_t i = 0; i < n; ++i) ids.push_back(format::Load32(h + 129 + 4 * i) & 0xFFFFF);
  std::sort(ids.begin(), ids.end());
  std::string out(in.substr(0, format::kHeaderBytes));
  out.resize(format::kHeaderBytes + format::kIndexBytes);
  auto* b = reinterpret_cast<unsigned char*>(out.data());
  std::size_t k = 0;
  for (std::uint32_t i = 0; i <= format::kBuckets; ++i) {
    while (k < ids.size() && ids[k] < i) ++k;
    format::Store32(b + format::kHeaderBytes + 4ull * i, static_cast<std::uint32_t>(k));
  }
  out.append(in.substr(ids_end));
  b = reinterpret_cast<unsigned char*>(out.data());
  std::memcpy(b, format::kMagic.data(), format::kMagic.size());
  format::Store32(b + 8, format::kVersion);
  std::uint32_t kind = 1 + (b[12] + 2u) % 3;  // 1, 2, 3 stay themselves
  format::Store32(b + 12, kind);
  std::uint32_t hb = kind == 2 ? 16 : 20;
  format::Store32(b + 16, hb);
  format::Store32(b + 20, hb);
  format::Store64(b + 24, n);
  for (int i = 100; i < 124; ++i) b[i] = 0;
  if (kind != 3) std::memset(b + 40, 0, 32);  // password stores hold no sets or names
  format::Header hd;
  hd.kind = static_cast<leakwatch::lookup::HashKind>(kind);
  hd.hash_bytes = hd.entry_bytes = hb;
  hd.entry_count = n;
  hd.overflow_count = format::Load64(b + 32);
  hd.set_count = format::Load64(b + 40);
  hd.set_data_count = format::Load64(b + 48);
  hd.name_count = format::Load64(b + 56);
  hd.name_bytes = format::Load64(b + 64);
  auto layout = format::LayoutFor(hd);
  format::Store32(b + 88, format::Crc32(0, b + format::kHeaderBytes, format::kIndexBytes));
  if (layout.ok() && layout->file_size == out.size()) {
    format::Store32(b + 92, format::Crc32(0, b + layout->entries_offset,
                                          layout->overflow_offset - layout->entries_offset));
    format::Store32(b + 96, format::Crc32(0, b + layout->overflow_offset,
                                          layout->file_size - layout->overflow_offset));
  }
  format::Store32(b + 124, format::Crc32(0, b, 124));
  return out;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string bytes(reinterpret_cast<const char*>(data), size);
  Exercise(bytes);
  Exercise(Expand(bytes));
  return 0;
}
