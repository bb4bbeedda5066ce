#include "text/normalize.h"

#include <utf8proc.h>

#include <cstdlib>

namespace leakwatch::text {

namespace {

constexpr char32_t kReplacement = 0xFFFD;

// NFKC of a short cluster of code points, appended to `out`.
void NfkcCluster(const std::u32string& cluster, std::string* out) {
  if (cluster.size() == 1 && cluster[0] < 0x80) {
    out->push_back(static_cast<char>(cluster[0]));
    return;
  }
  std::string utf8;
  for (char32_t cp : cluster) AppendUtf8(cp, &utf8);
  utf8proc_uint8_t* result = nullptr;
  utf8proc_ssize_t n = utf8proc_map(
      reinterpret_cast<const utf8proc_uint8_t*>(utf8.data()),
      static_cast<utf8proc_ssize_t>(utf8.size()), &result,
      static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_COMPAT));
  if (n < 0) {
    out->append(utf8);
  } else {
    out->append(reinterpret_cast<const char*>(result), static_cast<size_t>(n));
  }
  std::free(result);
}

}  // namespace

char32_t DecodeUtf8(std::string_view s, size_t* pos) {
  utf8proc_int32_t cp = 0;
  utf8proc_ssize_t n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(s.data() + *pos),
                                        static_cast<utf8proc_ssize_t>(s.size() - *pos), &cp);
  if (n <= 0) {
    *pos += 1;
    return kReplacement;
  }
  *pos += static_cast<size_t>(n);
  return static_cast<char32_t>(cp);
}

void AppendUtf8(char32_t cp, std::string* out) {
  utf8proc_uint8_t buf[4];
  utf8proc_ssize_t n = utf8proc_encode_char(static_cast<utf8proc_int32_t>(cp), buf);
  if (n <= 0) n = utf8proc_encode_char(kReplacement, buf);
  out->append(reinterpret_cast<const char*>(buf), static_cast<size_t>(n));
}

bool IsValidUtf8(std::string_view s, size_t* bad_offset) {
  size_t pos = 0;
  while (pos < s.size()) {
    utf8proc_int32_t cp = 0;
    utf8proc_ssize_t n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(s.data() + pos),
                                          static_cast<utf8proc_ssize_t>(s.size() - pos), &cp);
    if (n <= 0) {
      if (bad_offset) *bad_offset = pos;
      return false;
    }
    pos += static_cast<size_t>(n);
  }
  return true;
}

NormalizedText NfkcWithMap(std::string_view in) {
  NormalizedText out;
  out.text.reserve(in.size());
  out.source_offset.reserve(in.size() + 1);
  std::u32string cluster;
  size_t cluster_start = 0;
  bool identity = true;  // the cluster is one character that NFKC leaves alone
  auto flush = [&] {
    if (cluster.empty()) return;
    size_t before = out.text.size();
    if (cluster.size() == 1 && identity) {
      AppendUtf8(cluster[0], &out.text);
    } else {
      NfkcCluster(cluster, &out.text);
    }
    out.source_offset.insert(out.source_offset.end(), out.text.size() - before,
                             static_cast<std::uint32_t>(cluster_start));
    cluster.clear();
  };
  size_t pos = 0;
  while (pos < in.size()) {
    size_t start = pos;
    char32_t cp = DecodeUtf8(in, &pos);
    // A cluster starts at a character whose compatibility decomposition begins
    // with a starter (canonical combining class 0); it is an identity if that
    // decomposition is the character itself.
    bool starts = true, same = true;
    if (cp >= 0x80) {
      utf8proc_int32_t buf[8];
      int last_boundclass = 0;
      utf8proc_ssize_t n = utf8proc_decompose_char(
          static_cast<utf8proc_int32_t>(cp), buf, 8,
          static_cast<utf8proc_option_t>(UTF8PROC_DECOMPOSE | UTF8PROC_COMPAT), &last_boundclass);
      utf8proc_int32_t first = n > 0 ? buf[0] : static_cast<utf8proc_int32_t>(cp);
      starts = cp < 0x300 || utf8proc_get_property(first)->combining_class == 0;
      same = n == 1 && buf[0] == static_cast<utf8proc_int32_t>(cp);
    }
    if (starts) {
      flush();
      cluster_start = start;
      identity = same;
    } else {
      identity = false;
    }
    cluster.push_back(cp);
  }
  flush();
  out.source_offset.push_back(static_cast<std::uint32_t>(in.size()));
  return out;
}

std::string Nfkc(std::string_view in) { return NfkcWithMap(in).text; }

std::pair<std::uint32_t, std::uint32_t> NormalizedText::SourceRange(size_t start,
                                                                    size_t end) const {
  if (source_offset.empty()) return {0, 0};
  size_t last = source_offset.size() - 1;
  if (start > last) start = last;
  if (end > last) end = last;
  // The end maps to the start of the next source character after end-1.
  std::uint32_t s = source_offset[start];
  std::uint32_t e = end == 0 ? s : source_offset[end];
  if (end > start && e == source_offset[end - 1]) {
    // end falls inside one source character's expansion: include it whole.
    size_t k = end;
    while (k < last && source_offset[k] == source_offset[end - 1]) ++k;
    e = source_offset[k];
  }
  return {s, e};
}

}  // namespace leakwatch::text
