// Static files compiled into the binary (src/web/static/, embedded at build
// time by embed_asset.cmake). Immutable for the life of the process.
#pragma once

#include <string_view>

namespace leakwatch::web {

extern const std::string_view kStyleCss;  // static/style.css

}  // namespace leakwatch::web
