#include "http/target.h"

#include "util/encoding.h"

namespace leakwatch::http {
namespace {}  // namespace

bool IsValidUtf8(std::string_view s) {
  size_t i = 0;
  while (i < s.size()) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      ++i;
      continue;
    }
    int len;
    unsigned int cp;
    if ((c & 0xE0) == 0xC0) {
      len = 2;
      cp = c & 0x1F;
    } else if ((c & 0xF0) == 0xE0) {
      len = 3;
      cp = c & 0x0F;
    } else if ((c & 0xF8) == 0xF0) {
      len = 4;
      cp = c & 0x07;
    } else {
      return false;
    }
    if (i + len > s.size()) return false;
    for (int k = 1; k < len; ++k) {
      unsigned char cc = static_cast<unsigned char>(s[i + k]);
      if ((cc & 0xC0) != 0x80) return false;
      cp = (cp << 6) | (cc & 0x3F);
    }
    if ((len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000) ||
        cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
      return false;
    }
    i += len;
  }
  return true;
}

Result<std::string> PercentDecode(std::string_view in, bool plus_is_space) {
  // Most targets are plain ASCII without escapes: nothing to decode or check.
  bool plain = true;
  for (char c : in) {
    unsigned char u = static_cast<unsigned char>(c);
    if (u == '%' || u == '\0' || u >= 0x80 || (u == '+' && plus_is_space)) {
      plain = false;
      break;
    }
  }
  if (plain) return std::string(in);
  std::string out;
  out.reserve(in.size());
  for (size_t i = 0; i < in.size(); ++i) {
    char c = in[i];
    if (c == '%') {
      if (i + 2 >= in.size()) {
        return Status::InvalidArgument("truncated percent-escape");
      }
      int hi = util::HexDigitValue(in[i + 1]), lo = util::HexDigitValue(in[i + 2]);
      if (hi < 0 || lo < 0) return Status::InvalidArgument("invalid percent-escape");
      c = static_cast<char>(hi * 16 + lo);
      i += 2;
    } else if (c == '+' && plus_is_space) {
      c = ' ';
    }
    if (c == '\0') return Status::InvalidArgument("NUL in request target");
    out.push_back(c);
  }
  if (!IsValidUtf8(out)) return Status::InvalidArgument("request target is not valid UTF-8");
  return out;
}

Result<Target> ParseTarget(std::string_view target) {
  if (target.empty() || target[0] != '/') {
    return Status::InvalidArgument("request target must be an absolute path");
  }
  for (char c : target) {
    unsigned char u = static_cast<unsigned char>(c);
    if (u <= 0x20 || u == 0x7F) return Status::InvalidArgument("control character in target");
  }
  Target t;
  size_t q = target.find('?');
  std::string_view raw_path = target.substr(0, q);
  if (size_t hash = raw_path.find('#'); hash != std::string_view::npos) {
    return Status::InvalidArgument("fragment in request target");
  }
  LW_ASSIGN_OR_RETURN(t.path, PercentDecode(raw_path, /*plus_is_space=*/false));
  for (unsigned char c : t.path) {
    if (c < 0x20 || c == 0x7F || c == '\\') {
      return Status::InvalidArgument("control character or backslash in path");
    }
  }
  // No dot segments: "/a/../b", "/a/./b", "/..", also when they were %2e-encoded.
  size_t start = 1;
  while (start <= t.path.size()) {
    size_t end = t.path.find('/', start);
    if (end == std::string::npos) end = t.path.size();
    std::string_view seg(t.path.data() + start, end - start);
    if (seg == "." || seg == "..") return Status::InvalidArgument("dot segment in path");
    start = end + 1;
  }
  if (q == std::string_view::npos) return t;
  std::string_view query = target.substr(q + 1);
  if (query.find('#') != std::string_view::npos) {
    return Status::InvalidArgument("fragment in request target");
  }
  while (!query.empty()) {
    size_t amp = query.find('&');
    std::string_view part = query.substr(0, amp);
    query = amp == std::string_view::npos ? std::string_view() : query.substr(amp + 1);
    if (part.empty()) continue;
    size_t eq = part.find('=');
    std::string_view name = part.substr(0, eq);
    std::string_view value =
        eq == std::string_view::npos ? std::string_view() : part.substr(eq + 1);
    LW_ASSIGN_OR_RETURN(std::string dn, PercentDecode(name, true));
    LW_ASSIGN_OR_RETURN(std::string dv, PercentDecode(value, true));
    t.query.emplace_back(std::move(dn), std::move(dv));
  }
  return t;
}

}  // namespace leakwatch::http
