// libFuzzer target: VERIS and HIBP JSON inputs must give a record or a clean
// error (never a crash or an escaped exception), and every record must validate.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "interop/interop.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace leakwatch::interop;
  std::string_view text(reinterpret_cast<const char*>(data), size);
  for (Format f : {Format::kVeris, Format::kHibp}) {
    Parsed parsed;
    (void)ParseInput(f, "fuzz.json", text, {}, &parsed);
    for (const auto& item : parsed.items)
      if (!leakwatch::record::Validate(item.incident).ok()) __builtin_trap();
  }
  return 0;
}
