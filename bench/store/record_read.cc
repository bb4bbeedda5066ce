// lw_bench_record_read CORPUS.jsonl [N]: reading incident records, leakwatch's
// simdjson reader (record::ParseJson) side by side with its peer, the
// nlohmann reader it replaced (record::ParseJsonReference). Each reader reads
// the first N records (default 20,000) seven times, alternating; the median
// round is printed in microseconds per record with the ratio. Every record
// must read the same both ways. Not a test: prints figures.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>
#include <vector>

#include "record/incident.h"

namespace {

using leakwatch::Result;
using leakwatch::record::Incident;

template <typename Read>
double MicrosPerRecord(const std::vector<std::string>& lines, Read read, std::size_t* fields) {
  auto t0 = std::chrono::steady_clock::now();
  for (const auto& line : lines) {
    Result<Incident> r = read(line);
    if (!r.ok()) {
      std::fprintf(stderr, "record does not read: %s\n", r.status().ToString().c_str());
      std::exit(1);
    }
    *fields += r->data_items.size() + r->timeline.size();
  }
  auto t1 = std::chrono::steady_clock::now();
  return std::chrono::duration<double, std::micro>(t1 - t0).count() / lines.size();
}

double Median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return v[v.size() / 2];
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: lw_bench_record_read CORPUS.jsonl [N]\n");
    return 2;
  }
  std::size_t n = argc > 2 ? std::strtoul(argv[2], nullptr, 10) : 20000;
  std::ifstream in(argv[1]);
  std::vector<std::string> lines;
  std::size_t bytes = 0;
  for (std::string line; lines.size() < n && std::getline(in, line);) {
    if (line.empty()) continue;
    // As the store keeps it: ToJsonLine of the parsed record.
    auto r = leakwatch::record::ParseJsonReference(line);
    if (!r.ok()) {
      std::fprintf(stderr, "corpus line does not read: %s\n", r.status().ToString().c_str());
      return 1;
    }
    lines.push_back(leakwatch::record::ToJsonLine(*r));
    bytes += lines.back().size();
    auto fast = leakwatch::record::ParseJson(lines.back());
    if (!fast.ok() || !(*fast == *r)) {
      std::fprintf(stderr, "readers disagree on record %zu\n", lines.size());
      return 1;
    }
  }
  if (lines.empty()) {
    std::fprintf(stderr, "no records in %s\n", argv[1]);
    return 1;
  }
  std::vector<double> fast, reference;
  std::size_t fields = 0;
  for (int round = 0; round < 7; ++round) {
    reference.push_back(MicrosPerRecord(lines, leakwatch::record::ParseJsonReference, &fields));
    fast.push_back(MicrosPerRecord(lines, leakwatch::record::ParseJson, &fields));
  }
  double f = Median(fast), r = Median(reference);
  std::printf("record read, %zu records of %.0f bytes on average (median of 7 rounds):\n",
              lines.size(), static_cast<double>(bytes) / lines.size());
  std::printf("  %-34s%10.2f us/record\n", "leakwatch (simdjson reader)", f);
  std::printf("  %-34s%10.2f us/record\n", "peer (nlohmann reader)", r);
  std::printf("  %-34s%10.2fx\n", "speed-up", r / f);
  return fields == 0 ? 1 : 0;
}
