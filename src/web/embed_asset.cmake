# Writes a C++ source defining `const std::string_view NAME` with the bytes of
# IN, in namespace leakwatch::web.
# Usage: cmake -DIN=file -DOUT=file.cc -DNAME=kName -P embed_asset.cmake
file(READ "${IN}" hex HEX)
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "0x\\1," bytes "${hex}")
file(WRITE "${OUT}.tmp"
  "// Generated from ${IN} by embed_asset.cmake; do not edit.\n"
  "#include <string_view>\n"
  "namespace leakwatch::web {\n"
  "namespace { constexpr unsigned char kData[] = {${bytes} 0x00}; }\n"
  "extern const std::string_view ${NAME};\n"
  "const std::string_view ${NAME}(reinterpret_cast<const char*>(kData), sizeof(kData) - 1);\n"
  "}  // namespace leakwatch::web\n")
file(COPY_FILE "${OUT}.tmp" "${OUT}" ONLY_IF_DIFFERENT)
