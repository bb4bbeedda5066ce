// libFuzzer target, differential: record::ParseJson (simdjson) and
// record::ParseJsonReference (nlohmann) must give the same record or the
// same error for every input, and neither may crash or throw.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <string_view>

#include "record/incident.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace leakwatch::record;
  std::string_view text(reinterpret_cast<const char*>(data), size);
  auto fast = ParseJson(text);
  auto reference = ParseJsonReference(text);
  if (fast.ok() != reference.ok()) {
    std::fprintf(stderr, "readers disagree: fast %s, reference %s\n",
                 fast.ok() ? "ok" : fast.status().ToString().c_str(),
                 reference.ok() ? "ok" : reference.status().ToString().c_str());
    __builtin_trap();
  }
  if (fast.ok() ? !(*fast == *reference)
                : fast.status().ToString() != reference.status().ToString()) {
    std::fprintf(stderr, "readers disagree on the result\n");
    __builtin_trap();
  }
  return 0;
}
